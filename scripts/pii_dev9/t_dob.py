"""Theme 3: DATE_OF_BIRTH in many languages and formats, always next to other dates (DATE decoys)."""
import datetime as dt

import geo as G
import values as V
import wrap as W
from common import cast, cc_of, email, lang_of, loc_for, phone, pick_lang, slots
from core import D, E, S, csv_row, fill, flat, jdump, jesc, join, mapseg


def _fmt(rng, d, lang, loc):
    l = lang if lang in V.MONTHS or lang in ("ja", "zh", "ko", "vi") else "en"
    return V.fmt_date(rng, d, l, region="US" if loc == "en_US" else "XX")


def DOB(rng, lang, loc, adult=True, d=None):
    return E("DATE_OF_BIRTH", _fmt(rng, d or V.dob(rng, adult), lang, loc))


def DT(rng, lang, loc, d=None):
    return D("DATE", _fmt(rng, d or V.recent(rng), lang, loc))


CHAT = {
    "en": ["I was born on ⟦dob⟧ and my appointment is on ⟦d1⟧.", "DOB ⟦dob⟧. The policy was renewed on ⟦d1⟧.",
           "My date of birth is ⟦dob⟧, but the form keeps changing it to ⟦d1⟧ for some reason.",
           "I'm ⟦age⟧ (born ⟦dob⟧). The invoice is dated ⟦d1⟧ and due ⟦d2⟧.",
           "My son was born on ⟦dobk⟧; his vaccination is booked for ⟦d1⟧.",
           "Please update my birthday to ⟦dob⟧, not ⟦dobw⟧ — that one is a typo. Request sent ⟦d1⟧."],
    "es": ["Nací el ⟦dob⟧ y tengo cita el ⟦d1⟧.", "Mi fecha de nacimiento es ⟦dob⟧; la factura es del ⟦d1⟧.",
           "Mi hija nació el ⟦dobk⟧ y la revisión es el ⟦d1⟧."],
    "de": ["Ich bin am ⟦dob⟧ geboren, der Termin ist am ⟦d1⟧.", "Geburtsdatum: ⟦dob⟧. Vertragsbeginn war der ⟦d1⟧.",
           "Mein Sohn ist am ⟦dobk⟧ geboren, die U-Untersuchung ist am ⟦d1⟧."],
    "fr": ["Je suis né(e) le ⟦dob⟧ et mon rendez-vous est le ⟦d1⟧.", "Date de naissance : ⟦dob⟧. Facture du ⟦d1⟧.",
           "Ma fille est née le ⟦dobk⟧ ; le vaccin est prévu le ⟦d1⟧."],
    "pt": ["Nasci em ⟦dob⟧ e a consulta é dia ⟦d1⟧.", "Data de nascimento: ⟦dob⟧. A fatura é de ⟦d1⟧."],
    "it": ["Sono nato il ⟦dob⟧ e l'appuntamento è il ⟦d1⟧.", "Data di nascita: ⟦dob⟧. Fattura del ⟦d1⟧."],
    "nl": ["Ik ben geboren op ⟦dob⟧ en mijn afspraak is op ⟦d1⟧.", "Geboortedatum: ⟦dob⟧. Factuurdatum ⟦d1⟧."],
    "pl": ["Urodziłem się ⟦dob⟧ r., wizytę mam ⟦d1⟧.", "Data urodzenia: ⟦dob⟧. Faktura z dnia ⟦d1⟧."],
    "cs": ["Narodil jsem se ⟦dob⟧ a objednaný jsem na ⟦d1⟧.", "Datum narození: ⟦dob⟧, faktura ze dne ⟦d1⟧."],
    "sv": ["Jag är född ⟦dob⟧ och har tid hos läkaren ⟦d1⟧.", "Födelsedatum: ⟦dob⟧. Fakturadatum ⟦d1⟧."],
    "da": ["Jeg er født ⟦dob⟧, og min tid er ⟦d1⟧.", "Fødselsdato: ⟦dob⟧. Fakturadato ⟦d1⟧."],
    "no": ["Jeg er født ⟦dob⟧, og timen min er ⟦d1⟧.", "Fødselsdato: ⟦dob⟧. Fakturadato ⟦d1⟧."],
    "fi": ["Olen syntynyt ⟦dob⟧ ja aikani on ⟦d1⟧.", "Syntymäaika: ⟦dob⟧. Laskun päiväys ⟦d1⟧."],
    "hu": ["⟦dob⟧ születtem, az időpontom ⟦d1⟧.", "Születési idő: ⟦dob⟧. Számla kelte: ⟦d1⟧"],
    "tr": ["⟦dob⟧ doğumluyum, randevum ⟦d1⟧ tarihinde.", "Doğum tarihi: ⟦dob⟧. Fatura tarihi ⟦d1⟧."],
    "ru": ["Я родился ⟦dob⟧ года, запись к врачу на ⟦d1⟧.", "Дата рождения: ⟦dob⟧. Счёт от ⟦d1⟧."],
    "uk": ["Я народилася ⟦dob⟧ року, прийом ⟦d1⟧.", "Дата народження: ⟦dob⟧. Рахунок від ⟦d1⟧."],
    "el": ["Γεννήθηκα στις ⟦dob⟧ και το ραντεβού μου είναι στις ⟦d1⟧.", "Ημερομηνία γέννησης: ⟦dob⟧. Τιμολόγιο ⟦d1⟧."],
    "ar": ["ولدت في ⟦dob⟧ وموعدي في ⟦d1⟧.", "تاريخ الميلاد: ⟦dob⟧. تاريخ الفاتورة ⟦d1⟧."],
    "he": ["נולדתי ב-⟦dob⟧ והתור שלי ב-⟦d1⟧.", "תאריך לידה: ⟦dob⟧. תאריך חשבונית ⟦d1⟧."],
    "hi": ["मेरा जन्म ⟦dob⟧ को हुआ था और अपॉइंटमेंट ⟦d1⟧ को है।", "जन्मतिथि: ⟦dob⟧। बिल की तारीख ⟦d1⟧।"],
    "th": ["ฉันเกิดวันที่ ⟦dob⟧ และนัดหมอวันที่ ⟦d1⟧", "วันเกิด: ⟦dob⟧ วันที่ออกใบแจ้งหนี้ ⟦d1⟧"],
    "vi": ["Tôi sinh ngày ⟦dob⟧, lịch hẹn vào ngày ⟦d1⟧.", "Ngày sinh: ⟦dob⟧. Hóa đơn ngày ⟦d1⟧."],
    "id": ["Saya lahir tanggal ⟦dob⟧ dan janji temu tanggal ⟦d1⟧.", "Tanggal lahir: ⟦dob⟧. Tanggal faktur ⟦d1⟧."],
    "ja": ["生年月日は⟦dob⟧です。予約日は⟦d1⟧です。", "私は⟦dob⟧生まれで、請求書の日付は⟦d1⟧になっています。"],
    "zh": ["我的出生日期是⟦dob⟧，预约时间是⟦d1⟧。", "出生日期：⟦dob⟧，发票日期：⟦d1⟧。"],
    "ko": ["제 생년월일은 ⟦dob⟧입니다. 예약일은 ⟦d1⟧이에요.", "생년월일: ⟦dob⟧, 청구일: ⟦d1⟧"],
}
WEIGHTS = {"en": 26, "es": 6, "de": 6, "fr": 6, "pt": 4, "it": 4, "nl": 3, "pl": 3, "cs": 2, "sv": 2, "da": 2, "no": 2,
           "fi": 2, "hu": 2, "tr": 3, "ru": 4, "uk": 2, "el": 2, "ar": 3, "he": 2, "hi": 2, "th": 2, "vi": 2, "id": 2,
           "ja": 5, "zh": 4, "ko": 3}
NAME_INTRO = {"en": "This is ⟦n⟧.", "es": "Soy ⟦n⟧.", "de": "Hier ist ⟦n⟧.", "fr": "C'est ⟦n⟧.", "pt": "Aqui é ⟦n⟧.",
              "it": "Sono ⟦n⟧.", "nl": "Met ⟦n⟧.", "ja": "⟦n⟧と申します。", "zh": "我是⟦n⟧。", "ko": "⟦n⟧입니다.",
              "ru": "Меня зовут ⟦n⟧.", "tr": "Ben ⟦n⟧.", "pl": "Nazywam się ⟦n⟧."}


def _kw(rng, lang, loc):
    d0 = V.dob(rng)
    wrong = d0.replace(day=min(28, d0.day + 1)) if d0.day != 28 else d0.replace(day=27)
    age = 2024 - d0.year
    return dict(dob=DOB(rng, lang, loc, d=d0), dobk=DOB(rng, lang, loc, adult=False), dobw=DOB(rng, lang, loc, d=wrong),
                d1=DT(rng, lang, loc), d2=DT(rng, lang, loc), age=str(age))


def g_chat(rng):
    lang = pick_lang(rng, WEIGHTS)
    loc = loc_for(rng, lang)
    kw = _kw(rng, lang, loc)
    parts = [fill(t, **kw) for t in rng.sample(CHAT[lang], min(len(CHAT[lang]), rng.randint(1, 2)))]
    if lang in NAME_INTRO and rng.random() < 0.6:
        p = cast(rng, loc, 1)[0]
        parts.insert(0, fill(NAME_INTRO[lang], n=E("PERSON", p.full)))
    segs = join("" if lang in ("ja", "zh") else " ", parts)
    segs, shape = W.wrap_any(rng, segs, lang)
    return segs, shape, loc


FORM = {
    "en": ["Patient intake", "Full name", "Date of birth", "Phone", "Email", "Address", "Visit date", "Reason for visit"],
    "de": ["Anmeldebogen", "Name", "Geburtsdatum", "Telefon", "E-Mail", "Anschrift", "Termin", "Grund des Besuchs"],
    "fr": ["Fiche d'admission", "Nom complet", "Date de naissance", "Téléphone", "E-mail", "Adresse", "Date du rendez-vous", "Motif"],
    "es": ["Ficha de ingreso", "Nombre completo", "Fecha de nacimiento", "Teléfono", "Correo", "Dirección", "Fecha de la cita", "Motivo"],
    "it": ["Modulo di accettazione", "Nome e cognome", "Data di nascita", "Telefono", "E-mail", "Indirizzo", "Data visita", "Motivo"],
    "pt": ["Ficha de admissão", "Nome completo", "Data de nascimento", "Telefone", "E-mail", "Morada", "Data da consulta", "Motivo"],
    "nl": ["Intakeformulier", "Naam", "Geboortedatum", "Telefoon", "E-mail", "Adres", "Datum afspraak", "Reden"],
    "pl": ["Karta rejestracyjna", "Imię i nazwisko", "Data urodzenia", "Telefon", "E-mail", "Adres", "Data wizyty", "Powód"],
    "sv": ["Inskrivning", "Namn", "Födelsedatum", "Telefon", "E-post", "Adress", "Besöksdatum", "Orsak"],
    "ja": ["問診票", "氏名", "生年月日", "電話番号", "メール", "住所", "受診日", "受診理由"],
}
FORM_CC = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "ja": "JP"}


def g_form(rng):
    lang = pick_lang(rng, {k: (5 if k == "en" else 2) for k in FORM})
    cc = FORM_CC[lang]
    if lang == "en":
        cc = rng.choice(["US", "GB", "CA", "AU", "IE"])
    loc = G.COUNTRY_LOC[cc]
    h, fn, fd, fp, fe, fa, fv, fr = FORM[lang]
    p = cast(rng, loc, 1)[0]
    addr = G.address(rng, cc)
    sep = ": " if lang != "ja" else "："
    health = V.HEALTH.get(lang, V.HEALTH["en"]) if lang in V.HEALTH else None
    rows = [S([h]), S(["=" * len(h)]), fill(f"{fn}{sep}⟦v⟧", v=E("PERSON", p.full)),
            fill(f"{fd}{sep}⟦v⟧", v=DOB(rng, lang, loc)), fill(f"{fp}{sep}⟦v⟧", v=phone(rng, loc)),
            fill(f"{fe}{sep}⟦v⟧", v=email(rng, p, loc)), fill(f"{fa}{sep}⟦v⟧", v=E("ADDRESS", ", ".join(addr))),
            fill(f"{fv}{sep}⟦v⟧", v=DT(rng, lang, loc))]
    if health:
        rows.append(fill(f"{fr}{sep}⟦v⟧", v=E("HEALTH", rng.choice(health))))
    else:
        rows.append(S([f"{fr}{sep}follow-up"]))
    if rng.random() < 0.3:
        rows.append(fill("Signed ⟦d⟧", d=W.ts(rng)))
    return join("\n", rows), "form", loc


KEYS = {"en": ("dob", "date_of_birth", "birthDate"), "es": ("fecha_nacimiento",), "de": ("Geburtsdatum", "geburtsdatum"),
        "fr": ("date_naissance",), "pt": ("data_nascimento",), "it": ("data_di_nascita",), "nl": ("geboortedatum",),
        "pl": ("data_urodzenia",), "tr": ("dogum_tarihi",), "ru": ("дата_рождения",), "ja": ("生年月日",), "zh": ("出生日期",),
        "ko": ("생년월일",), "sv": ("fodelsedatum",), "fi": ("syntymaaika",)}


def g_json(rng):
    lang = pick_lang(rng, {k: (6 if k == "en" else 2) for k in KEYS})
    loc = loc_for(rng, lang)
    p = cast(rng, loc, 1)[0]
    iso = rng.random() < 0.5
    d0 = V.dob(rng)
    dob = E("DATE_OF_BIRTH", d0.isoformat() if iso else _fmt(rng, d0, lang, loc))
    rec = {"id": rng.randint(10000, 999999), "name": E("PERSON", p.full), rng.choice(KEYS[lang]): dob,
           "email": email(rng, p, loc), "createdAt": W.ts(rng), "lastLogin": W.ts(rng)}
    if rng.random() < 0.4:
        rec["phone"] = phone(rng, loc, True)
    k = rng.randint(0, 3)
    if k == 0:
        return jdump(rec, indent=rng.choice([None, 2])), "json", loc
    if k == 1:
        return W.tool_call(rng, rng.choice(["upsert_customer", "create_member", "update_profile"]), rec, ascii=rng.random() < 0.2), "tool", loc
    if k == 2:
        return W.log_line(rng, "INFO", "customer.updated", jdump(rec), style=rng.choice(["kv", "json"])), "log", loc
    return jdump({"customers": [rec], "page": 1, "total": 1}, indent=2), "json", loc


CLIN = {
    "en": "Clinical note — ⟦v⟧\nPatient: ⟦n⟧ (DOB ⟦dob⟧)\nSeen for follow-up of ⟦h⟧. Currently on ⟦m⟧.\nNext review: ⟦r⟧.",
    "de": "Arztbrief vom ⟦v⟧\nPatient/in: ⟦n⟧, geb. ⟦dob⟧\nVorstellung wegen ⟦h⟧. Medikation: ⟦m⟧.\nWiedervorstellung am ⟦r⟧.",
    "fr": "Compte rendu du ⟦v⟧\nPatient(e) : ⟦n⟧, né(e) le ⟦dob⟧\nSuivi pour ⟦h⟧. Traitement : ⟦m⟧.\nProchain contrôle le ⟦r⟧.",
    "es": "Nota clínica ⟦v⟧\nPaciente: ⟦n⟧, fecha de nacimiento ⟦dob⟧\nControl de ⟦h⟧. Tratamiento: ⟦m⟧.\nPróxima revisión: ⟦r⟧.",
    "it": "Referto del ⟦v⟧\nPaziente: ⟦n⟧, nato/a il ⟦dob⟧\nControllo per ⟦h⟧. Terapia: ⟦m⟧.\nProssimo controllo: ⟦r⟧.",
    "pt": "Nota clínica ⟦v⟧\nDoente: ⟦n⟧, nascido(a) em ⟦dob⟧\nSeguimento de ⟦h⟧. Medicação: ⟦m⟧.\nPróxima consulta: ⟦r⟧.",
    "nl": "Notitie ⟦v⟧\nPatiënt: ⟦n⟧, geb. ⟦dob⟧\nControle ⟦h⟧. Medicatie: ⟦m⟧.\nVolgende controle: ⟦r⟧.",
    "pl": "Notatka z wizyty ⟦v⟧\nPacjent: ⟦n⟧, ur. ⟦dob⟧\nKontrola: ⟦h⟧. Leki: ⟦m⟧.\nKolejna wizyta: ⟦r⟧.",
    "sv": "Journalanteckning ⟦v⟧\nPatient: ⟦n⟧, född ⟦dob⟧\nUppföljning av ⟦h⟧. Läkemedel: ⟦m⟧.\nÅterbesök ⟦r⟧.",
    "tr": "Muayene notu ⟦v⟧\nHasta: ⟦n⟧, doğum tarihi ⟦dob⟧\n⟦h⟧ takibi. İlaç: ⟦m⟧.\nKontrol: ⟦r⟧.",
    "ja": "診療メモ ⟦v⟧\n患者：⟦n⟧（生年月日 ⟦dob⟧）\n⟦h⟧の経過観察。処方：⟦m⟧。\n次回受診：⟦r⟧",
    "ru": "Запись приёма ⟦v⟧\nПациент: ⟦n⟧, дата рождения ⟦dob⟧\nНаблюдение: ⟦h⟧. Назначено: ⟦m⟧.\nСледующий визит: ⟦r⟧.",
}
MEDS = {"en": ["metformin 500 mg twice daily", "salbutamol inhaler 100 mcg", "amlodipine 5 mg"],
        "de": ["Metformin 1000 mg", "Ramipril 5 mg 1-0-0"], "fr": ["Metformine 850 mg", "Ventoline 100 µg"],
        "es": ["metformina 850 mg", "enalapril 10 mg"], "it": ["metformina 500 mg"], "pt": ["metformina 850 mg"],
        "nl": ["metformine 500 mg"], "pl": ["metformina 850 mg"], "sv": ["Metformin 500 mg"], "tr": ["metformin 1000 mg"],
        "ja": ["メトホルミン500mg"], "ru": ["метформин 850 мг"]}


def g_clinical(rng):
    lang = pick_lang(rng, {k: (5 if k == "en" else 2) for k in CLIN})
    loc = loc_for(rng, lang)
    p = cast(rng, loc, 1)[0]
    hl = V.HEALTH.get(lang, V.HEALTH["en"])
    conds = [h for h in hl if not any(ch.isdigit() for ch in h)]
    segs = fill(CLIN[lang], v=DT(rng, lang, loc), n=E("PERSON", p.full), dob=DOB(rng, lang, loc),
                h=E("HEALTH", rng.choice(conds)), m=E("HEALTH", rng.choice(MEDS[lang])), r=DT(rng, lang, loc))
    if rng.random() < 0.3:
        segs = fill("Summarise this note for the patient letter:\n\n⟦s⟧", s=segs)
        segs, shape = W.wrap_any(rng, segs, lang, kinds=("openai", "prompt"))
        return segs, shape, loc
    return segs, "note", loc


def g_hr(rng):
    loc = rng.choice(["en_US", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "pl_PL", "sv_SE", "it_IT", "pt_BR"])
    lang = lang_of(loc)
    us = loc == "en_US"
    hdr = ["employee_id", "first_name", "last_name", "dob", "start_date", "probation_end"] + (["ssn"] if us and rng.random() < 0.5 else [])
    sep = rng.choice([",", ";", "\t"])
    rows = [S([sep.join(hdr)])]
    for _ in range(rng.randint(2, 5) if rng.random() < 0.6 else rng.randint(10, 24)):
        p = cast(rng, loc, 1)[0]
        iso = rng.random() < 0.5
        d0 = V.dob(rng)
        st = V.rand_date(rng, 2015, 2025)
        pe = st + dt.timedelta(days=rng.choice([90, 180]))
        f = (lambda d: d.isoformat()) if iso else (lambda d: _fmt(rng, d, lang, loc))
        fmtd = V.fmt_date(rng, d0, lang if lang in V.MONTHS else "en", region="US" if us else "XX", style=0) if not iso else d0.isoformat()
        cells = [f"E{rng.randint(1000, 9999)}", E("PERSON", p.given), E("PERSON", p.family), E("DATE_OF_BIRTH", fmtd),
                 D("DATE", st.isoformat() if iso else V.fmt_date(rng, st, lang if lang in V.MONTHS else "en", region="US" if us else "XX", style=0)),
                 D("DATE", pe.isoformat() if iso else V.fmt_date(rng, pe, lang if lang in V.MONTHS else "en", region="US" if us else "XX", style=0))]
        if "ssn" in hdr:
            cells.append(E("US_SSN", V.ssn(rng)))
        rows.append(csv_row(cells, sep))
    segs = join("\n", rows)
    if rng.random() < 0.3:
        segs = fill("Find duplicates in this export:\n\n⟦s⟧", s=segs)
        segs, shape = W.wrap_any(rng, segs, "en", kinds=("openai", "prompt"))
        return segs, shape, loc
    return segs, "csv", loc


SCHOOL = {
    "en": "Dear Admissions,\n\nI'd like to enrol my ⟪daughter|son:A⟫ ⟦c⟧ (born ⟦dob⟧) for the term starting ⟦t⟧. We can send the documents before ⟦dl⟧.\n\nKind regards,\n⟦P⟧\n⟦ph⟧",
    "de": "Sehr geehrte Damen und Herren,\n\nich möchte ⟪meine Tochter|meinen Sohn:A⟫ ⟦c⟧ (geb. ⟦dob⟧) zum Schuljahr ab ⟦t⟧ anmelden. Die Unterlagen reiche ich bis ⟦dl⟧ nach.\n\nMit freundlichen Grüßen\n⟦P⟧\n⟦ph⟧",
    "fr": "Madame, Monsieur,\n\nje souhaite inscrire ⟪ma fille|mon fils:A⟫ ⟦c⟧, né⟪e|:A⟫ le ⟦dob⟧, pour la rentrée du ⟦t⟧. Je peux envoyer le dossier avant le ⟦dl⟧.\n\nCordialement,\n⟦P⟧\n⟦ph⟧",
    "es": "Buenos días:\n\nQuiero matricular a mi ⟪hija|hijo:A⟫ ⟦c⟧ (nacid⟪a|o:A⟫ el ⟦dob⟧) para el curso que empieza el ⟦t⟧. Enviaré los documentos antes del ⟦dl⟧.\n\nUn saludo,\n⟦P⟧\n⟦ph⟧",
    "it": "Buongiorno,\n\nvorrei iscrivere ⟪mia figlia|mio figlio:A⟫ ⟦c⟧ (nat⟪a|o:A⟫ il ⟦dob⟧) per l'anno che inizia il ⟦t⟧. Invierò i documenti entro il ⟦dl⟧.\n\nCordiali saluti,\n⟦P⟧\n⟦ph⟧",
    "nl": "Beste administratie,\n\nIk wil ⟪mijn dochter|mijn zoon:A⟫ ⟦c⟧ (geboren ⟦dob⟧) inschrijven voor het schooljaar vanaf ⟦t⟧. De papieren volgen vóór ⟦dl⟧.\n\nMet vriendelijke groet,\n⟦P⟧\n⟦ph⟧",
    "pt": "Bom dia,\n\ngostaria de matricular ⟪a minha filha|o meu filho:A⟫ ⟦c⟧ (nascid⟪a|o:A⟫ a ⟦dob⟧) para o ano letivo que começa a ⟦t⟧. Envio os documentos até ⟦dl⟧.\n\nCumprimentos,\n⟦P⟧\n⟦ph⟧",
}


def g_school(rng):
    lang = pick_lang(rng, {k: (4 if k == "en" else 2) for k in SCHOOL})
    loc = loc_for(rng, lang)
    kid, par = cast(rng, loc, 2)
    par.family = kid.family
    segs = fill(SCHOOL[lang], _g={"A": kid.g}, c=E("PERSON", kid.given), dob=DOB(rng, lang, loc, adult=False),
                t=DT(rng, lang, loc), dl=DT(rng, lang, loc), P=E("PERSON", par.full), ph=phone(rng, loc))
    return segs, "email", loc


def g_agecheck(rng):
    loc = rng.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_MX", "ja_JP", "pt_BR", "ko_KR", "it_IT"])
    lang = lang_of(loc)
    d0 = V.dob(rng, adult=rng.random() < 0.7)
    if rng.random() < 0.5:
        args = {"dob": E("DATE_OF_BIRTH", d0.isoformat()), "min_age": rng.choice([16, 18, 21]), "as_of": D("DATE", V.recent(rng).isoformat())}
        return W.tool_call(rng, "verify_age", args), "tool", loc
    segs = fill('thought: the user says they were born ⟦dob⟧\naction: age_from_dob(dob="⟦iso⟧", today="⟦t⟧")\nobservation: ⟦age⟧\n'
                'answer: eligible', dob=DOB(rng, lang, loc, d=d0), iso=E("DATE_OF_BIRTH", d0.isoformat()), t=D("DATE", V.recent(rng).isoformat()),
                age=str(2024 - d0.year))
    return segs, "agent", loc


def g_kyc(rng):
    loc = rng.choice(["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_US", "tr_TR"])
    lang = lang_of(loc)
    p = cast(rng, loc, 1)[0]
    d0 = V.dob(rng)
    segs = fill('⟦t⟧ kyc.check id=⟦h⟧ name="⟦n⟧" dob=⟦iso⟧ doc_dob="⟦doc⟧" doc_expiry=⟦exp⟧ result=match',
                t=W.ts(rng), h=D("HEX_HASH", V.hexs(rng, 12)), n=E("PERSON", p.full), iso=E("DATE_OF_BIRTH", d0.isoformat()),
                doc=DOB(rng, lang, loc, d=d0), exp=D("DATE", V.rand_date(rng, 2026, 2034).isoformat()))
    return segs, "log", loc


MON3 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def g_manifest(rng):
    loc = rng.choice(["en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_NG", "tr_TR", "pl_PL"])
    d = V.recent(rng)
    fl = f"{rng.choice(['LH', 'BA', 'AF', 'IB', 'KL', 'TK', 'LO', 'AZ'])}{rng.randint(100, 1999)}"
    rows = [fill("FLT ⟦f⟧ ⟦d⟧ PAX LIST", f=fl, d=D("DATE", f"{d.day:02d}{MON3[d.month - 1]}{d.year % 100:02d}"))]
    for i in range(rng.randint(2, 5)):
        p = cast(rng, loc, 1)[0]
        b = V.dob(rng, adult=rng.random() < 0.8)
        title = "MR" if p.g == "m" else rng.choice(["MRS", "MS"])
        nm = E("PERSON", f"{p.lat_family.upper()}/{p.lat_given.upper()}")
        rows.append(fill(f"{i + 1:02d} ⟦n⟧ {title} DOB ⟦b⟧ SEAT {rng.randint(1, 40)}{rng.choice('ABCDEF')}", n=nm,
                         b=E("DATE_OF_BIRTH", f"{b.day:02d}{MON3[b.month - 1]}{b.year % 100:02d}")))
    return join("\n", rows), "record", loc


def g_voice(rng):
    loc = rng.choice(["en_US", "en_GB", "en_AU", "en_IE", "en_CA"])
    p = cast(rng, loc, 1)[0]
    d0 = V.dob(rng)
    dob = E("DATE_OF_BIRTH", V.spoken_date_en(rng, d0))
    ap = V.recent(rng)
    appt = D("DATE", f"{V.MONTHS['en'][ap.month - 1].lower()} {V.ord_en(ap.day)}")
    tpl = rng.choice(["agent: can i have your date of birth please caller: yeah its ⟦dob⟧ agent: thank you ⟦n⟧ and youre calling about the ⟦a⟧ appointment",
                      "caller: hi my name is ⟦N⟧ date of birth ⟦dob⟧ i need to move my appointment on ⟦a⟧",
                      "agent: just to confirm youre ⟦N⟧ born ⟦dob⟧ caller: thats right agent: great ill rebook ⟦a⟧ for you"])
    segs = fill(tpl, dob=dob, n=E("PERSON", p.given.lower()), N=E("PERSON", p.full.lower()), a=appt)
    if rng.random() < 0.5:
        segs = jdump({"call_id": D("HEX_HASH", V.uuid(rng)), "transcript": S(segs)})
    return segs, "transcript", loc


def g_partial(rng):
    lang = pick_lang(rng, {"en": 5, "de": 2, "fr": 2, "es": 2, "it": 1, "nl": 1, "pt": 1})
    loc = loc_for(rng, lang)
    d0, d1 = V.dob(rng), V.dob(rng, adult=False)
    part = D("DATE", V.fmt_partial(rng, d1, lang))
    tpl = {"en": "My youngest was born in ⟦p⟧ — can I add her to my plan? My own date of birth is ⟦dob⟧. Renewal date is ⟦d⟧.",
           "de": "Unser Jüngster kam ⟦p⟧ zur Welt. Mein eigenes Geburtsdatum ist der ⟦dob⟧, Vertragsverlängerung am ⟦d⟧.",
           "fr": "Mon petit dernier est né en ⟦p⟧. Ma date de naissance à moi : ⟦dob⟧. Renouvellement le ⟦d⟧.",
           "es": "Mi hijo pequeño nació en ⟦p⟧. Mi fecha de nacimiento es ⟦dob⟧. La renovación es el ⟦d⟧.",
           "it": "Il mio bimbo è nato a ⟦p⟧. La mia data di nascita è ⟦dob⟧. Rinnovo il ⟦d⟧.",
           "nl": "Mijn jongste is geboren in ⟦p⟧. Mijn eigen geboortedatum is ⟦dob⟧. Verlenging op ⟦d⟧.",
           "pt": "O meu mais novo nasceu em ⟦p⟧. A minha data de nascimento é ⟦dob⟧. Renovação a ⟦d⟧."}[lang]
    segs = fill(tpl, p=part, dob=DOB(rng, lang, loc, d=d0), d=DT(rng, lang, loc))
    segs, shape = W.wrap_any(rng, segs, lang)
    return segs, shape, loc


def g_table(rng):
    loc = rng.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "sv_SE", "ja_JP", "it_IT", "pt_BR", "pl_PL"])
    lang = lang_of(loc)
    hdr = {"de": "| Name | Geburtsdatum | Letzter Besuch | Offen |", "fr": "| Nom | Date de naissance | Dernière visite | Dû |",
           "es": "| Nombre | Nacimiento | Última visita | Pendiente |", "nl": "| Naam | Geboortedatum | Laatste bezoek | Open |",
           "sv": "| Namn | Födelsedatum | Senaste besök | Att betala |", "ja": "| 氏名 | 生年月日 | 最終来院日 | 未払い |",
           "it": "| Nome | Data di nascita | Ultima visita | Da pagare |", "pt": "| Nome | Nascimento | Última visita | Em aberto |",
           "pl": "| Imię i nazwisko | Data urodzenia | Ostatnia wizyta | Do zapłaty |"}.get(lang, "| Member | DOB | Last visit | Due |")
    rows = [S([hdr + "\n|---|---|---|---|"])]
    for _ in range(rng.randint(2, 5)):
        p = cast(rng, loc, 1)[0]
        rows.append(fill("| ⟦n⟧ | ⟦b⟧ | ⟦v⟧ | ⟦a⟧ |", n=E("PERSON", p.full), b=DOB(rng, lang, loc), v=DT(rng, lang, loc),
                         a=D("PRICE", V.price(rng, loc))))
    return join("\n", rows), "markdown", loc


def g_sms(rng):
    lang = pick_lang(rng, {"en": 4, "es": 1, "de": 1, "fr": 1, "pt": 1, "it": 1, "tr": 1, "ja": 1})
    loc = loc_for(rng, lang)
    p = cast(rng, loc, 1)[0]
    t = {"en": "Hi ⟦n⟧, pharmacy here. To release the prescription we need to confirm DOB ⟦dob⟧ — reply YES. Pickup by ⟦d⟧.",
         "es": "Hola ⟦n⟧, confirmamos tu fecha de nacimiento ⟦dob⟧ para la cita del ⟦d⟧. Responde SÍ.",
         "de": "Hallo ⟦n⟧, bitte bestätigen Sie Ihr Geburtsdatum ⟦dob⟧ für den Termin am ⟦d⟧. Antwort JA.",
         "fr": "Bonjour ⟦n⟧, merci de confirmer votre date de naissance ⟦dob⟧ pour le rendez-vous du ⟦d⟧.",
         "pt": "Olá ⟦n⟧, confirme a data de nascimento ⟦dob⟧ para a consulta de ⟦d⟧. Responda SIM.",
         "it": "Ciao ⟦n⟧, conferma la data di nascita ⟦dob⟧ per l'appuntamento del ⟦d⟧.",
         "tr": "Merhaba ⟦n⟧, ⟦d⟧ tarihli randevunuz için doğum tarihinizi (⟦dob⟧) onaylayın.",
         "ja": "⟦n⟧様 ⟦d⟧のご予約確認のため、生年月日（⟦dob⟧）をご確認ください。"}[lang]
    segs = fill(t, n=E("PERSON", p.fam_alone if lang == "ja" else p.given), dob=DOB(rng, lang, loc), d=DT(rng, lang, loc))
    segs = jdump({"to": phone(rng, loc, True), "body": S(segs), "queued_at": W.ts(rng)}) if rng.random() < 0.5 else segs
    return segs, "sms", loc


GENS = [(g_chat, 90), (g_form, 30), (g_json, 30), (g_clinical, 22), (g_hr, 20), (g_school, 14), (g_agecheck, 14),
        (g_kyc, 12), (g_manifest, 10), (g_voice, 14), (g_partial, 12), (g_table, 14), (g_sms, 18)]
