"""DATE_OF_BIRTH texts: chats in 24 languages, forms, JSON records, intake
notes, HR records, KYC logs, passenger lists, with many DATE decoys."""
import datetime as dt

from core import D, E, Txt, csv_row, fill, flat, jdump, jesc
import locales as LC
import shapes as SH


def DOB(v):
    return E("DATE_OF_BIRTH", v)


def child_dob(ctx):
    s = dt.date(2010, 1, 1).toordinal()
    e = dt.date(2022, 12, 31).toordinal()
    return dt.date.fromordinal(ctx.r.randint(s, e))


def dob_str(ctx, loc, style=None, d=None):
    return ctx.date(loc, d=d or ctx.dob_date(), style=style)


def dec_date(ctx, loc, style=None):
    return D("DATE", ctx.date(loc, dob=False, style=style))


# ⟦dob⟧ any style, ⟦dobL⟧ long, ⟦dobN⟧ numeric; ⟦date⟧ ⟦date2⟧ decoys; ⟦name⟧ person; ⟦kid⟧ child name + ⟦kdob⟧
CHAT = {
    "en": ["I was born on ⟦dob⟧ and the form wants my age on ⟦date⟧. What do I put?",
           "My date of birth is ⟦dob⟧. My appointment got moved to ⟦date⟧, can you update the booking?",
           "DOB ⟦dob⟧ - the portal keeps saying I'm under 18, which is obviously wrong.",
           "my birthday is ⟦dobL⟧ lol, so I'm a Capricorn right?",
           "Can you work out how old I'll be on ⟦date⟧? I was born ⟦dob⟧.",
           "My passport expires on ⟦date⟧. Born ⟦dob⟧. Do I need to renew before the trip on ⟦date2⟧?",
           "My son ⟦kid⟧ was born on ⟦kdob⟧. Is he still eligible for the child fare on ⟦date⟧?",
           "The insurer has my DOB as ⟦dob⟧ but it should be ⟦dob2⟧. Invoice dated ⟦date⟧ is wrong because of it.",
           "Hi, I'm ⟦name⟧, born ⟦dob⟧, calling about the claim I submitted on ⟦date⟧.",
           "Write a birthday message for my mum ⟦name⟧. She was born on ⟦dobL⟧ and the party is on ⟦date⟧.",
           "Please add my daughter ⟦kid⟧ (date of birth ⟦kdob⟧) to the policy starting ⟦date⟧."],
    "es": ["Nací el ⟦dob⟧ y tengo cita el ⟦date⟧. ¿Qué documentos necesito?",
           "Mi fecha de nacimiento es ⟦dob⟧; la solicitud vence el ⟦date⟧.",
           "Mi hija ⟦kid⟧ nació el ⟦kdob⟧. ¿Puede inscribirse antes del ⟦date⟧?",
           "Hola, soy ⟦name⟧, nacida el ⟦dob⟧. Quiero cambiar la cita del ⟦date⟧."],
    "de": ["Ich bin am ⟦dob⟧ geboren und habe am ⟦date⟧ einen Termin beim Bürgeramt.",
           "Geburtsdatum: ⟦dob⟧, Antrag gestellt am ⟦date⟧. Wie lange dauert die Bearbeitung?",
           "Mein Sohn ⟦kid⟧ ist am ⟦kdob⟧ geboren, die Anmeldefrist endet am ⟦date⟧.",
           "Hallo, ⟦name⟧ hier (geb. ⟦dob⟧). Die Rechnung vom ⟦date⟧ ist falsch."],
    "fr": ["Je suis né le ⟦dob⟧ et mon rendez-vous est le ⟦date⟧.",
           "Date de naissance : ⟦dob⟧ — dossier déposé le ⟦date⟧. Où en est-il ?",
           "Ma fille ⟦kid⟧ est née le ⟦kdob⟧ ; les inscriptions ferment le ⟦date⟧.",
           "Bonjour, ⟦name⟧, née le ⟦dob⟧. Je voudrais décaler la consultation du ⟦date⟧."],
    "pt": ["Nasci em ⟦dob⟧ e minha consulta é dia ⟦date⟧.", "Data de nascimento: ⟦dob⟧. Prazo de entrega: ⟦date⟧.",
           "Meu filho ⟦kid⟧ nasceu em ⟦kdob⟧. A matrícula fecha em ⟦date⟧?"],
    "it": ["Sono nato il ⟦dob⟧, la visita è fissata per il ⟦date⟧.", "Data di nascita: ⟦dob⟧. Scadenza del modulo: ⟦date⟧.",
           "Mia figlia ⟦kid⟧ è nata il ⟦kdob⟧."],
    "nl": ["Ik ben geboren op ⟦dob⟧ en mijn afspraak is op ⟦date⟧.", "Geboortedatum: ⟦dob⟧, aanvraag ingediend op ⟦date⟧."],
    "pl": ["Urodziłem się ⟦dob⟧, a wizytę mam ⟦date⟧.", "Data urodzenia: ⟦dob⟧. Termin złożenia wniosku: ⟦date⟧."],
    "cs": ["Narodil jsem se ⟦dob⟧, termín mám ⟦date⟧.", "Datum narození: ⟦dob⟧."],
    "hu": ["Születési dátum: ⟦dob⟧. Az időpontom: ⟦date⟧."],
    "ro": ["M-am născut pe ⟦dob⟧ și am programare pe ⟦date⟧."],
    "sv": ["Jag är född ⟦dob⟧ och har tid hos läkaren ⟦date⟧."],
    "da": ["Jeg er født ⟦dob⟧, og min tid er ⟦date⟧."],
    "no": ["Jeg er født ⟦dob⟧. Timen min er ⟦date⟧."],
    "fi": ["Olen syntynyt ⟦dob⟧. Aikani on ⟦date⟧."],
    "tr": ["⟦dob⟧ doğumluyum, randevum ⟦date⟧ tarihinde.", "Doğum tarihim ⟦dob⟧. Başvuru son günü ⟦date⟧."],
    "ru": ["Я родился ⟦dobL⟧ года, запись к врачу на ⟦date⟧.", "Дата рождения: ⟦dob⟧. Заявление подано ⟦date⟧.",
           "Моя дочь ⟦kid⟧ родилась ⟦kdobN⟧, запись в школу до ⟦date⟧."],
    "uk": ["Я народився ⟦dobL⟧ року, прийом призначено на ⟦date⟧.", "Дата народження: ⟦dob⟧."],
    "el": ["Γεννήθηκα στις ⟦dob⟧ και το ραντεβού μου είναι στις ⟦date⟧.", "Ημερομηνία γέννησης: ⟦dob⟧."],
    "ja": ["私は⟦dob⟧生まれです。予約は⟦date⟧です。", "生年月日：⟦dob⟧\n受付日：⟦date⟧", "娘の⟦kid⟧は⟦kdob⟧生まれです。"],
    "zh": ["我出生于⟦dob⟧，预约时间是⟦date⟧。", "出生日期：⟦dob⟧，申请日期：⟦date⟧。", "我儿子⟦kid⟧的生日是⟦kdob⟧。"],
    "ko": ["저는 ⟦dob⟧생입니다. 예약일은 ⟦date⟧입니다.", "생년월일: ⟦dob⟧ / 신청일: ⟦date⟧"],
    "ar": ["تاريخ ميلادي ⟦dob⟧ وموعدي يوم ⟦date⟧.", "ولدت في ⟦dob⟧، والطلب مقدم بتاريخ ⟦date⟧."],
    "he": ["נולדתי ב-⟦dobN⟧, והתור שלי ב-⟦dateN⟧.", "תאריך לידה: ⟦dob⟧."],
    "hi": ["मेरी जन्मतिथि ⟦dob⟧ है और अपॉइंटमेंट ⟦date⟧ को है।"],
    "vi": ["Tôi sinh ngày ⟦dobN⟧, lịch hẹn vào ngày ⟦dateN⟧.", "Ngày sinh: ⟦dobN⟧."],
    "id": ["Saya lahir tanggal ⟦dob⟧, janji temu tanggal ⟦date⟧.", "Tanggal lahir: ⟦dob⟧."],
    "th": ["ผมเกิดวันที่ ⟦dob⟧ นัดหมายวันที่ ⟦date⟧", "วันเกิด: ⟦dob⟧"],
    "sw": ["Nilizaliwa tarehe ⟦dob⟧, miadi yangu ni ⟦date⟧."],
}
CHAT_W = {"en": 22, "es": 6, "de": 6, "fr": 6, "pt": 4, "it": 3, "nl": 2, "pl": 2, "cs": 1, "hu": 1, "ro": 1, "sv": 1,
          "da": 1, "no": 1, "fi": 1, "tr": 2, "ru": 3, "uk": 1, "el": 1, "ja": 3, "zh": 3, "ko": 2, "ar": 2, "he": 1,
          "hi": 1, "vi": 1, "id": 1, "th": 1, "sw": 1}


def fill_dob(ctx, t, loc, name=None, kid=None):
    kw = {}
    for slot in ("dob", "dob2"):
        kw[slot] = DOB(dob_str(ctx, loc))
    kw["dobL"] = DOB(dob_str(ctx, loc, "long"))
    kw["dobN"] = DOB(dob_str(ctx, loc, "num"))
    kd = child_dob(ctx)
    kw["kdob"] = DOB(ctx.date(loc, d=kd))
    kw["kdobN"] = DOB(ctx.date(loc, d=kd, style="num"))
    kw["date"] = dec_date(ctx, loc)
    kw["date2"] = dec_date(ctx, loc)
    kw["dateN"] = dec_date(ctx, loc, "num")
    p = name or ctx.person(loc)
    kw["name"] = E("PERSON", p.full() if ctx.r.random() < 0.6 else p.given)
    k = kid or ctx.person(loc)
    kw["kid"] = E("PERSON", k.given)
    return fill(t, **kw)


def g_chat(ctx):
    langs = list(CHAT_W)
    lang = ctx.r.choices(langs, [CHAT_W[x] for x in langs])[0]
    locs = ctx.locales(lang=lang)
    loc = ctx.ch(locs)
    msg = fill_dob(ctx, ctx.ch(CHAT[lang]), loc)
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "chat", "openai", "otel", "log"), [3, 3, 3, 1, 1])
    return segs, shape, loc


FORM = {
    "en": ("PATIENT INTAKE FORM", ["Name", "Date of birth", "Phone", "Email", "Address", "Visit date", "Reason for visit"]),
    "de": ("Patientenaufnahme", ["Name", "Geburtsdatum", "Telefon", "E-Mail", "Anschrift", "Termin", "Anlass"]),
    "fr": ("Fiche d'admission", ["Nom", "Date de naissance", "Téléphone", "Courriel", "Adresse", "Date de visite", "Motif"]),
    "es": ("Ficha de ingreso", ["Nombre", "Fecha de nacimiento", "Teléfono", "Correo", "Domicilio", "Fecha de la cita", "Motivo"]),
    "pt": ("Ficha de admissão", ["Nome", "Data de nascimento", "Telefone", "E-mail", "Endereço", "Data da consulta", "Motivo"]),
    "it": ("Scheda di accettazione", ["Nome", "Data di nascita", "Telefono", "Email", "Indirizzo", "Data visita", "Motivo"]),
    "nl": ("Intakeformulier", ["Naam", "Geboortedatum", "Telefoon", "E-mail", "Adres", "Afspraak", "Reden"]),
    "pl": ("Karta przyjęcia", ["Imię i nazwisko", "Data urodzenia", "Telefon", "E-mail", "Adres", "Data wizyty", "Powód"]),
    "ja": ("問診票", ["氏名", "生年月日", "電話番号", "メール", "住所", "受診日", "主訴"]),
    "ko": ("접수 양식", ["성명", "생년월일", "전화번호", "이메일", "주소", "방문일", "방문 사유"]),
    "zh": ("就诊登记表", ["姓名", "出生日期", "电话", "邮箱", "地址", "就诊日期", "就诊原因"]),
}
REASONS = {"en": ["annual check-up", "follow-up", "knee pain", "vaccination", "blood test results"],
           "de": ["Kontrolle", "Impfung", "Rückenschmerzen"], "fr": ["contrôle annuel", "vaccination", "suivi"],
           "es": ["revisión anual", "vacunación", "seguimiento"], "pt": ["check-up", "retorno", "vacina"],
           "it": ["controllo annuale", "vaccinazione"], "nl": ["controle", "griepprik"], "pl": ["kontrola", "szczepienie"],
           "ja": ["定期健診", "予防接種"], "ko": ["정기 검진", "예방 접종"], "zh": ["体检", "复诊"]}
FORM_LOCS = {"en": ["en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN"], "de": ["de_DE", "de_AT", "de_CH"],
             "fr": ["fr_FR", "fr_CA"], "es": ["es_ES", "es_MX", "es_AR", "es_CO"], "pt": ["pt_PT", "pt_BR"], "it": ["it_IT"],
             "nl": ["nl_NL", "nl_BE"], "pl": ["pl_PL"], "ja": ["ja_JP"], "ko": ["ko_KR"], "zh": ["zh_CN", "zh_TW"]}


def g_form(ctx):
    lang = ctx.ch(sorted(FORM))
    loc = ctx.ch(FORM_LOCS[lang])
    title, labels = FORM[lang]
    p = ctx.person(loc)
    sep = "：" if lang in ("ja", "zh") else ": "
    rows = [[title]]
    vals = [E("PERSON", p.full()), DOB(dob_str(ctx, loc)), E("PHONE", ctx.phone(loc, lang=lang)),
            E("EMAIL", ctx.email(p)), E("ADDRESS", ctx.address(loc, oneline=True)), dec_date(ctx, loc), None]
    if lang in ("en", "de", "fr", "es", "pt", "it") and ctx.r.random() < 0.6:
        vals[6] = E("HEALTH", ctx.health(lang))
    else:
        vals[6] = ctx.ch(REASONS[lang])
    keep = [0, 1] + [i for i in (2, 3, 4, 5, 6) if ctx.r.random() < 0.75]
    for i in sorted(keep):
        rows.append([labels[i] + sep, vals[i]])
    if lang == "en" and ctx.r.random() < 0.5:
        rows.append(["Signed" + sep, E("PERSON", p.full()), "   Date" + sep, dec_date(ctx, loc)])
    out = []
    for i, r in enumerate(rows):
        if i:
            out.append("\n")
        out.extend(r)
    if ctx.r.random() < 0.6:
        return out, "form", loc
    ask = {"en": "Extract the fields from this form as JSON:\n\n", "de": "Bitte die Felder als JSON ausgeben:\n\n",
           "fr": "Extrais les champs de ce formulaire :\n\n", "es": "Extrae los campos de este formulario:\n\n"}.get(lang, "Extract the fields:\n\n")
    segs, shape = SH.wrap(ctx, flat(ask, out), lang, ("openai", "otel", "log"), [4, 1, 1])
    return segs, shape, loc


JKEYS = {
    "en": ("firstName", "lastName", "dob", "createdAt"), "en2": ("first_name", "last_name", "date_of_birth", "updated_at"),
    "en3": ("givenName", "familyName", "birthDate", "lastLogin"),
    "es": ("nombre", "apellidos", "fecha_nacimiento", "fecha_alta"), "de": ("vorname", "nachname", "Geburtsdatum", "angelegt_am"),
    "fr": ("prenom", "nom", "date_naissance", "date_inscription"), "pt": ("nome", "sobrenome", "data_nascimento", "data_cadastro"),
    "it": ("nome", "cognome", "data_di_nascita", "data_iscrizione"), "nl": ("voornaam", "achternaam", "geboortedatum", "aangemaakt"),
    "pl": ("imie", "nazwisko", "data_urodzenia", "utworzono"), "tr": ("ad", "soyad", "dogum_tarihi", "kayit_tarihi"),
    "ru": ("имя", "фамилия", "дата_рождения", "дата_регистрации"), "ja": ("名", "姓", "生年月日", "登録日"),
    "zh": ("名", "姓", "出生日期", "注册日期"), "ko": ("이름", "성", "생년월일", "가입일"),
}
JLOCS = {"en": ["en_US", "en_GB", "en_AU", "yo_NG", "ig_NG", "en_IN", "en_PH"], "en2": ["en_US", "en_CA", "en_ZA", "en_NZ"],
         "en3": ["en_US", "en_GB", "sw_KE", "tw_GH"], "es": ["es_ES", "es_MX", "es_CO", "es_AR", "es_CL"],
         "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CA", "fr_BE"], "pt": ["pt_BR", "pt_PT"], "it": ["it_IT"],
         "nl": ["nl_NL", "nl_BE"], "pl": ["pl_PL"], "tr": ["tr_TR"], "ru": ["ru_RU"], "ja": ["ja_JP"], "zh": ["zh_CN", "zh_TW"],
         "ko": ["ko_KR"]}


def g_json(ctx):
    key = ctx.ch(sorted(JKEYS))
    loc = ctx.ch(JLOCS[key])
    fk, lk, dk, ck = JKEYS[key]
    n = ctx.r.randint(1, 3)
    recs = []
    for _ in range(n):
        p = ctx.person(loc)
        style = ctx.ch(["iso", "iso", "num"])
        rec = {"id": ctx.r.randint(1000, 99999), fk: E("PERSON", p.given), lk: E("PERSON", p.family),
               dk: DOB(ctx.date(loc, d=ctx.dob_date(), style=style))}
        if ctx.r.random() < 0.5:
            rec["email"] = E("EMAIL", ctx.email(p))
        rec[ck] = D("DATE", ctx.ts(ctx.ch([0, 5])) if ctx.r.random() < 0.5 else ctx.recent_date().isoformat())
        if ctx.r.random() < 0.3:
            rec["plan"] = ctx.ch(["basic", "family", "premium"])
        recs.append(rec)
    body = recs[0] if n == 1 else {"data": recs, "page": 1, "total": n}
    k = ctx.r.randint(0, 3)
    js = jdump(body, indent=ctx.ch([None, 2]))
    if k == 0:
        return js, "json", loc
    if k == 1:
        tc = SH.tool_call(ctx, ctx.ch(["upsert_member", "create_patient", "update_profile"]), recs[0])
        return tc, "tool", loc
    if k == 2:
        out = fill("⟦ts⟧ INFO crm.sync payload=⟦p⟧", ts=D("DATE", ctx.ts(0)), p=['"'] + jesc(jdump(body)) + ['"'])
        return out, "log", loc
    msg = flat(ctx.ch(["Which of these members are over 65?\n", "Validate this record:\n", "Convert to CSV:\n"]), js)
    segs, shape = SH.wrap(ctx, msg, "en", ("openai", "chat", "prompt"))
    return segs, shape, loc


MED = {
    "en": ["Pt: ⟦name⟧, DOB ⟦dob⟧. Seen ⟦date⟧ for follow-up of ⟦h⟧. Current meds: ⟦h2⟧. Next review ⟦date2⟧.",
           "Clinic note ⟦date⟧\n⟦name⟧ (DOB ⟦dob⟧) presents with worsening symptoms; known ⟦h⟧. Plan: bloods, review on ⟦date2⟧.",
           "Referral: ⟦name⟧, born ⟦dob⟧, hx of ⟦h⟧, on ⟦h2⟧. Please book before ⟦date2⟧."],
    "es": ["Paciente: ⟦name⟧, fecha de nacimiento ⟦dob⟧. Consulta del ⟦date⟧ por ⟦h⟧. Tratamiento: ⟦h2⟧. Control el ⟦date2⟧."],
    "de": ["Patient: ⟦name⟧, geb. ⟦dob⟧. Vorstellung am ⟦date⟧ wegen ⟦h⟧. Medikation: ⟦h2⟧. Wiedervorstellung ⟦date2⟧."],
    "fr": ["Patiente : ⟦name⟧, née le ⟦dob⟧. Consultation du ⟦date⟧ pour ⟦h⟧. Traitement : ⟦h2⟧. Revoir le ⟦date2⟧."],
    "pt": ["Paciente: ⟦name⟧, nascido em ⟦dob⟧. Consulta em ⟦date⟧ por ⟦h⟧. Em uso de ⟦h2⟧. Retorno em ⟦date2⟧."],
    "it": ["Paziente: ⟦name⟧, nato il ⟦dob⟧. Visita del ⟦date⟧ per ⟦h⟧. Terapia: ⟦h2⟧. Controllo il ⟦date2⟧."],
}
MED_LOCS = {"en": ["en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_IN", "yo_NG"], "es": ["es_ES", "es_MX", "es_AR"],
            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CA"], "pt": ["pt_BR", "pt_PT"], "it": ["it_IT"]}


def g_medical(ctx):
    lang = ctx.r.choices(sorted(MED), [1, 1, 1, 3, 1, 1])[0]
    loc = ctx.ch(MED_LOCS[lang])
    p = ctx.person(loc)
    h = ctx.health(lang, "cond")
    h2 = ctx.health(lang, "med")
    msg = fill(ctx.ch(MED[lang]), name=E("PERSON", p.full()), dob=DOB(dob_str(ctx, loc)), date=dec_date(ctx, loc),
               date2=dec_date(ctx, loc), h=E("HEALTH", h), h2=E("HEALTH", h2))
    ask = {"en": "Summarise for the discharge letter:\n", "es": "Resume esta nota:\n", "de": "Fasse die Notiz zusammen:\n",
           "fr": "Résume cette note :\n", "pt": "Resuma a nota:\n", "it": "Riassumi la nota:\n"}[lang]
    if ctx.r.random() < 0.4:
        return msg, "note", loc
    segs, shape = SH.wrap(ctx, flat(ask, msg), lang, ("openai", "otel", "log", "prompt"), [3, 1, 1, 1])
    return segs, shape, loc


def g_hr(ctx):
    loc = ctx.ch(["en_US", "en_US", "en_GB", "en_CA", "en_AU", "de_DE", "fr_FR", "es_ES", "nl_NL", "pl_PL", "it_IT"])
    lang = ctx.lang(loc)
    p = ctx.person(loc)
    lab = {"en": ("Employee", "Date of birth", "Start date", "Probation ends", "Department"),
           "de": ("Mitarbeiter", "Geburtsdatum", "Eintrittsdatum", "Probezeit bis", "Abteilung"),
           "fr": ("Salarié", "Date de naissance", "Date d'entrée", "Fin de période d'essai", "Service"),
           "es": ("Empleado", "Fecha de nacimiento", "Fecha de alta", "Fin del periodo de prueba", "Departamento"),
           "nl": ("Medewerker", "Geboortedatum", "Startdatum", "Einde proeftijd", "Afdeling"),
           "pl": ("Pracownik", "Data urodzenia", "Data zatrudnienia", "Koniec okresu próbnego", "Dział"),
           "it": ("Dipendente", "Data di nascita", "Data di assunzione", "Fine periodo di prova", "Reparto")}[lang]
    dept = ctx.ch(["Finance", "Logistics", "R&D", "Customer Care", "Sales", "Facilities"])
    k = ctx.r.randint(0, 2)
    if k < 2:
        lines = [[lab[0] + ": ", E("PERSON", p.full())], [lab[1] + ": ", DOB(dob_str(ctx, loc))],
                 [lab[2] + ": ", dec_date(ctx, loc)], [lab[3] + ": ", dec_date(ctx, loc)], [lab[4] + ": " + dept]]
        if loc == "en_US" and ctx.r.random() < 0.7:
            lines.insert(2, ["SSN: ", E("US_SSN", ctx.ssn())])
        if ctx.r.random() < 0.4:
            lines.append(["Emergency contact: ", E("PHONE", ctx.phone(loc))])
        out = []
        for i, l in enumerate(lines):
            if i:
                out.append("\n" if k == 0 else " | ")
            out.extend(l)
        if ctx.r.random() < 0.5:
            return out, "record", loc
        segs, shape = SH.wrap(ctx, flat("Draft a welcome email for this new hire:\n", out), "en", ("openai", "chat"))
        return segs, shape, loc
    rows = [["employee_id", "name", "dob", "start_date", "department"]]
    for _ in range(ctx.r.randint(2, 4)):
        q = ctx.person(loc)
        rows.append([[f"E{ctx.r.randint(10000, 99999)}"], [E("PERSON", q.full())], [DOB(ctx.dob_date().isoformat())],
                     [D("DATE", ctx.recent_date(2015, 2025).isoformat())], [ctx.ch(["Finance", "Logistics", "R&D", "Sales"])]])
    out = []
    for i, r in enumerate(rows):
        if i:
            out.append("\n")
        out.extend(csv_row(r))
    return out, "csv", loc


def g_kyc_log(ctx):
    loc = ctx.ch(["en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "nl_NL", "pt_BR", "it_IT", "pl_PL"])
    tss = ctx.ts_seq(3, 0)
    rid = ctx.hexh(12)
    d = ctx.dob_date()
    lines = [
        fill("⟦t⟧ INFO kyc.submit request_id=⟦r⟧ country=⟦c⟧ dob=⟦d⟧ doc_type=passport", t=D("DATE", tss[0]),
             r=D("HEX_HASH", rid), c=ctx.country(loc), d=DOB(d.isoformat())),
        fill("⟦t⟧ INFO kyc.match request_id=⟦r⟧ name_score=0.97 dob_match=true", t=D("DATE", tss[1]), r=D("HEX_HASH", rid)),
        fill("⟦t⟧ WARN kyc.review request_id=⟦r⟧ reason=\"age check: dob ⟦d⟧ vs document ⟦d2⟧\"", t=D("DATE", tss[2]),
             r=D("HEX_HASH", rid), d=DOB(d.isoformat()), d2=DOB(ctx.date(loc, d=d, style="num"))),
    ]
    n = ctx.r.randint(2, 3)
    out = []
    for i, l in enumerate(lines[:n]):
        if i:
            out.append("\n")
        out.extend(l)
    return out, "log", loc


MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def g_pax(ctx):
    loc = ctx.ch(["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "tr_TR", "en_US", "yo_NG", "pt_BR", "sv_SE"])
    fl = D("DATE", ctx.recent_date(2024, 2025).strftime("%d") + MON3[ctx.r.randint(0, 11)])
    out = fill("FLIGHT ⟦f⟧ ⟦d⟧ PASSENGER MANIFEST\n", f=ctx.ch(["LH2043", "BA0117", "KL1602", "TK1980", "IB3170", "FR8204"]), d=fl)
    for i in range(ctx.r.randint(2, 4)):
        p = ctx.person(loc)
        b = ctx.dob_date()
        nm = f"{p.family.upper()}/{p.given.upper()}"
        dob = f"{b.day:02}{MON3[b.month - 1]}{b.year % 100:02}"
        out += fill(f"{i + 1}. ⟦n⟧ {'MR' if p.gender == 'm' else ctx.ch(['MS', 'MRS'])} DOB ⟦b⟧ SEAT {ctx.r.randint(1, 38)}{ctx.ch('ABCDEF')}\n",
                    n=E("PERSON", nm), b=DOB(dob))
    out += ["END OF LIST"]
    return out, "record", loc


EMAILS = {
    "en": ("From: ⟦pn⟧ <⟦pe⟧>\nTo: admissions office\nDate: ⟦hd⟧\nSubject: Enrolment for ⟦kg⟧\n\nHello,\n\n"
           "I'd like to enrol my child ⟦kf⟧ (date of birth ⟦kdob⟧) for the term starting ⟦date⟧. "
           "The deadline on your site says ⟦date2⟧ - is that still correct?\n\nKind regards,\n⟦pn⟧\n⟦ph⟧", "en_GB"),
    "de": ("Von: ⟦pn⟧ <⟦pe⟧>\nAn: Sekretariat\nDatum: ⟦hd⟧\nBetreff: Anmeldung ⟦kg⟧\n\nGuten Tag,\n\n"
           "hiermit melde ich meine Tochter ⟦kf⟧, geboren am ⟦kdob⟧, zum ⟦date⟧ an. Bis wann brauchen Sie die Unterlagen? "
           "Auf der Website steht ⟦date2⟧.\n\nMit freundlichen Grüßen\n⟦pn⟧\nTel. ⟦ph⟧", "de_DE"),
    "fr": ("De : ⟦pn⟧ <⟦pe⟧>\nÀ : secrétariat\nDate : ⟦hd⟧\nObjet : Inscription de ⟦kg⟧\n\nBonjour,\n\n"
           "Je souhaite inscrire mon fils ⟦kf⟧, né le ⟦kdob⟧, pour la rentrée du ⟦date⟧. La date limite est-elle bien le ⟦date2⟧ ?"
           "\n\nCordialement,\n⟦pn⟧\n⟦ph⟧", "fr_FR"),
    "es": ("De: ⟦pn⟧ <⟦pe⟧>\nPara: secretaría\nFecha: ⟦hd⟧\nAsunto: Matrícula de ⟦kg⟧\n\nBuenos días:\n\n"
           "Quiero matricular a mi hijo ⟦kf⟧, nacido el ⟦kdob⟧, para el curso que empieza el ⟦date⟧. ¿El plazo termina el ⟦date2⟧?"
           "\n\nUn saludo,\n⟦pn⟧\n⟦ph⟧", "es_ES"),
}


def g_email(ctx):
    lang = ctx.ch(sorted(EMAILS))
    t, loc = EMAILS[lang]
    parent = ctx.person(loc)
    kid = ctx.person(loc)
    kid.family = parent.family
    msg = fill(t, pn=E("PERSON", parent.full()), pe=E("EMAIL", ctx.email(parent, org=False)), hd=D("DATE", ctx.email_date()),
               kg=E("PERSON", kid.given), kf=E("PERSON", kid.full()), kdob=DOB(ctx.date(loc, d=child_dob(ctx))),
               date=dec_date(ctx, loc), date2=dec_date(ctx, loc), ph=E("PHONE", ctx.phone(loc)))
    return msg, "email", loc


def g_table(ctx):
    loc = ctx.ch(["en_US", "en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "ko_KR", "nl_NL", "it_IT", "tr_TR", "sv_SE"])
    rows = []
    md = ctx.r.random() < 0.5
    hdr = ["Member", "DOB", "Last visit", "Amount due"]
    for _ in range(ctx.r.randint(2, 5)):
        p = ctx.person(loc)
        rows.append([[E("PERSON", p.full())], [DOB(ctx.date(loc, style=ctx.ch(["num", "iso"])))],
                     [dec_date(ctx, loc, ctx.ch(["num", "iso"]))], [D("PRICE", ctx.price())]])
    out = []
    if md:
        out += ["| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr)]
        for r in rows:
            out += ["\n| "]
            for i, c in enumerate(r):
                if i:
                    out += [" | "]
                out += c
            out += [" |"]
    else:
        out += csv_row([[h] for h in hdr])
        for r in rows:
            out += ["\n"] + csv_row(r)
    if ctx.r.random() < 0.5:
        return out, "markdown" if md else "csv", loc
    segs, shape = SH.wrap(ctx, flat("Who in this list has a birthday this month?\n\n", out), "en", ("openai", "chat", "prompt"))
    return segs, shape, loc


def g_age_check(ctx):
    """Agent traces and tool calls that carry a DOB for age checks."""
    loc = ctx.ch(["en_US", "en_GB", "de_DE", "es_ES", "fr_FR", "ja_JP", "en_AU", "pt_BR"])
    d = ctx.dob_date()
    k = ctx.r.randint(0, 1)
    if k == 0:
        args = {"date_of_birth": DOB(d.isoformat()), "as_of": D("DATE", ctx.recent_date(2024, 2025).isoformat()),
                "jurisdiction": ctx.country(loc)}
        return SH.tool_call(ctx, "verify_age", args, indent=ctx.ch([None, 2])), "tool", loc
    tss = ctx.ts_seq(3, 0)
    out = fill("⟦t1⟧ user> I'm ⟦age⟧, born ⟦dob⟧. can I open a savings account for my kid?\n"
               "⟦t2⟧ tool> age_from_dob(dob=\"⟦iso⟧\") -> ⟦age⟧\n⟦t3⟧ assistant> Yes. Accounts opened after ⟦date⟧ need ID for both of you.",
               t1=D("DATE", tss[0]), t2=D("DATE", tss[1]), t3=D("DATE", tss[2]), age=str(2024 - d.year),
               dob=DOB(ctx.date(loc, d=d, style=ctx.ch(["long", "num"]))), iso=DOB(d.isoformat()), date=dec_date(ctx, loc))
    return out, "log", loc


BANK = {
    "de": ("Kontoeröffnung\nName: ⟦n⟧\nGeburtsdatum: ⟦dob⟧\nIBAN (Referenzkonto): ⟦iban⟧\nTelefon: ⟦ph⟧\nAntrag vom: ⟦date⟧", "de_DE", "DE"),
    "fr": ("Ouverture de compte\nNom : ⟦n⟧\nDate de naissance : ⟦dob⟧\nIBAN : ⟦iban⟧\nTéléphone : ⟦ph⟧\nDemande du : ⟦date⟧", "fr_FR", "FR"),
    "es": ("Alta de cliente\nNombre: ⟦n⟧\nFecha de nacimiento: ⟦dob⟧\nIBAN: ⟦iban⟧\nTeléfono: ⟦ph⟧\nFecha de solicitud: ⟦date⟧", "es_ES", "ES"),
    "it": ("Apertura conto\nNome: ⟦n⟧\nData di nascita: ⟦dob⟧\nIBAN: ⟦iban⟧\nTelefono: ⟦ph⟧\nRichiesta del: ⟦date⟧", "it_IT", "IT"),
    "nl": ("Rekening openen\nNaam: ⟦n⟧\nGeboortedatum: ⟦dob⟧\nIBAN: ⟦iban⟧\nTelefoon: ⟦ph⟧\nAanvraagdatum: ⟦date⟧", "nl_NL", "NL"),
    "pt": ("Abertura de conta\nNome: ⟦n⟧\nData de nascimento: ⟦dob⟧\nIBAN: ⟦iban⟧\nTelefone: ⟦ph⟧\nData do pedido: ⟦date⟧", "pt_PT", "PT"),
    "en": ("Account opening\nName: ⟦n⟧\nDate of birth: ⟦dob⟧\nIBAN: ⟦iban⟧\nPhone: ⟦ph⟧\nApplication date: ⟦date⟧", "en_GB", "GB"),
    "pl": ("Otwarcie rachunku\nImię i nazwisko: ⟦n⟧\nData urodzenia: ⟦dob⟧\nIBAN: ⟦iban⟧\nTelefon: ⟦ph⟧\nData wniosku: ⟦date⟧", "pl_PL", "PL"),
}


def g_bank(ctx):
    lang = ctx.ch(sorted(BANK))
    t, loc, cc = BANK[lang]
    p = ctx.person(loc)
    msg = fill(t, n=E("PERSON", p.full()), dob=DOB(dob_str(ctx, loc)), iban=E("IBAN", ctx.iban(cc)),
               ph=E("PHONE", ctx.phone(loc)), date=dec_date(ctx, loc))
    if ctx.r.random() < 0.5:
        return msg, "form", loc
    segs, shape = SH.wrap(ctx, flat("Check this application for missing fields:\n\n", msg), "en", ("openai", "log", "otel"))
    return segs, shape, loc


TAX = ["I'm filling out my W-4. Name ⟦n⟧, SSN ⟦ssn⟧, date of birth ⟦dob⟧. Do I claim my daughter ⟦kid⟧ (born ⟦kdob⟧) as a dependent?",
       "For the tax return: my SSN is ⟦ssn⟧ and my DOB is ⟦dob⟧. My wife ⟦spouse⟧ was born ⟦sdob⟧, SSN ⟦ssn2⟧. Filing deadline is ⟦date⟧.",
       "Background check form - applicant ⟦n⟧, DOB ⟦dob⟧, SSN ⟦ssn⟧, requested start ⟦date⟧."]


def g_tax(ctx):
    loc = "en_US"
    p, k, sp = ctx.person(loc), ctx.person(loc), ctx.person(loc)
    msg = fill(ctx.ch(TAX), n=E("PERSON", p.full()), ssn=E("US_SSN", ctx.ssn()), ssn2=E("US_SSN", ctx.ssn()),
               dob=DOB(dob_str(ctx, loc)), kid=E("PERSON", k.given), kdob=DOB(ctx.date(loc, d=child_dob(ctx))),
               spouse=E("PERSON", sp.given), sdob=DOB(dob_str(ctx, loc)), date=dec_date(ctx, loc))
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "chat", "openai", "otel", "log"))
    return segs, shape, loc


GENS = [(g_chat, 92), (g_bank, 12), (g_tax, 10), (g_form, 35), (g_json, 33), (g_medical, 25), (g_hr, 25), (g_kyc_log, 12), (g_pax, 10),
        (g_email, 15), (g_table, 18), (g_age_check, 15)]
