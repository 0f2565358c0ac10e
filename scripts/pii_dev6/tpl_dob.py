"""DATE_OF_BIRTH-heavy templates."""
from core import E, D, Seq, seq, T, jdump, smap, sql_esc, csv_field, COMPACT, join, plain
from common import PER, PW, PH, DOB, ADDR, EM, HL, IPA, SSN, lang_of, honor, tail
from data_lex import DOB_SAY, DOB_LABEL, NAME_LABEL, PHONE_LABEL
from shapes import telemetry, transcript, openai_messages, tool_call_msg, anthropic_tool_use
import locales

DOB_LOCS = [k for k, v in locales.LOCALES.items() if v["lang"] in DOB_SAY]

ASK = {
    "en": ["Am I eligible for the senior discount? {s}.", "Booking the flight for my dad — {s}.", "For the insurance quote: {s}",
           "Need to update my profile, {s}", "can you calculate my age? {s}", "renewing my passport, {s}"],
    "de": ["Für das Versicherungsangebot: {s}.", "Ich muss mein Profil ändern, {s}."],
    "fr": ["Pour le devis d'assurance : {s}.", "Je dois mettre à jour mon profil, {s}."],
    "es": ["Para el seguro: {s}.", "Quiero actualizar mis datos, {s}."], "pt": ["Pro cadastro: {s}.", "Para o seguro, {s}."],
    "it": ["Per il preventivo: {s}."], "nl": ["Voor de verzekering: {s}."], "pl": ["Do wniosku: {s}."],
    "ru": ["Для анкеты: {s}."], "uk": ["Для анкети: {s}."], "tr": ["Başvuru için: {s}."],
    "ja": ["保険の見積もりをお願いします。{s}。"], "zh": ["帮我填一下表，{s}。"], "zh_tw": ["幫我填表，{s}。"],
    "ko": ["보험 견적 부탁드려요. {s}."], "vi": ["Mình cần cập nhật hồ sơ, {s}."], "id": ["Untuk pendaftaran: {s}."],
    "tl": ["Para sa application: {s}."], "th": ["สำหรับประกัน {s}"], "he": ["לצורך הביטוח: {s}."], "ar": ["من أجل التأمين: {s}."],
    "el": ["Για την ασφάλεια: {s}."], "hi": ["बीमा के लिए: {s}।"], "fa": ["برای بیمه: {s}."], "sv": ["Till försäkringen: {s}."],
    "no": ["Til forsikringen: {s}."], "da": ["Til forsikringen: {s}."], "fi": ["Vakuutusta varten: {s}."],
    "cs": ["Pro pojištění: {s}."], "ro": ["Pentru asigurare: {s}."], "hu": ["A biztosításhoz: {s}."],
}


def t_chat_dob(c):
    loc = c.locale(DOB_LOCS)
    lang = lang_of(loc)
    d = c.dob(lang)
    s = T(c.pick(DOB_SAY[lang]), d=DOB(d))
    user = T(c.pick(ASK.get(lang, ASK["en"])), s=s)
    if c.chance(0.35):
        p = c.person(loc)
        user = seq(user, c.pick([" Name: ", " — ", "\n"]) if plain(user)[-1:] in ".。!?" else c.pick([". Name: ", " — ", "\n"]), PER(p.full))
    body, shape = telemetry(c, seq(user, tail(c, lang)), lang)
    return body, "chat_dob/" + shape, loc


def _label(c, table, lang):
    return c.pick(table.get(lang, table["en"]))


def t_form_dob(c):
    loc = c.locale(DOB_LOCS)
    lang = lang_of(loc)
    p = c.person(loc)
    rows = [(_label(c, NAME_LABEL, lang), seq(PER(p.official if c.chance(0.4) else p.full))),
            (_label(c, DOB_LABEL, lang), seq(DOB(c.dob(lang)))),
            (_label(c, PHONE_LABEL, lang), seq(PH(c.phone(loc))))]
    if c.chance(0.4):
        rows.append(("E-mail", seq(EM(c.email(p)))))
    if c.chance(0.35):
        rows.append(({"de": "Anschrift", "fr": "Adresse", "es": "Domicilio", "pt": "Endereço", "it": "Indirizzo", "nl": "Adres",
                      "pl": "Adres", "ru": "Адрес", "uk": "Адреса", "tr": "Adres", "ja": "住所", "zh": "地址", "zh_tw": "地址",
                      "ko": "주소", "vi": "Địa chỉ", "id": "Alamat", "th": "ที่อยู่", "he": "כתובת", "ar": "العنوان",
                      "el": "Διεύθυνση", "sv": "Adress"}.get(lang, "Address"), seq(ADDR(c.address(loc)))))
    if c.chance(0.3):
        rows.append(({"de": "Termin", "fr": "Rendez-vous", "es": "Cita", "ja": "予約日", "zh": "预约日期"}.get(lang, "Appointment"),
                     seq(D("DATE", c.date_decoy(lang)))))
    style = c.r.randrange(4)
    if style == 0:
        body = join("\n", [seq(k, c.pick([": ", ": ", "：" if lang in ("ja", "zh", "zh_tw") else ": "]), v) for k, v in rows])
    elif style == 1:
        body = seq(f"| {'Field'} | {'Value'} |\n|---|---|\n", join("\n", [seq("| ", k, " | ", v, " |") for k, v in rows]))
    elif style == 2:
        body = join("\n", [seq(k.ljust(22, "."), " ", v) for k, v in rows])
    else:
        obj = {"form_id": "reg-" + c.digits(6), "fields": [{"label": k, "value": Seq(v)} for k, v in rows], "submitted_at": D("DATE", c.timestamp())}
        return jdump(obj, indent=2 if c.chance(0.5) else None), "form_json", loc
    if c.chance(0.4):
        body, shape = telemetry(c, seq(c.pick(["Please check this registration:\n", "extract the fields:\n"]), body), lang)
        return body, "form_dob/" + shape, loc
    return body, "form_dob", loc


JSON_DOB_KEYS = ["birthDate", "dob", "date_of_birth", "birthday", "dateOfBirth", "fecha_nacimiento", "geburtsdatum",
                 "data_nascimento", "date_naissance", "生年月日", "出生日期", "birth_date", "DOB"]


def t_json_dob(c):
    loc = c.locale()
    lang = lang_of(loc)
    p = c.person(loc)
    local = {"es": "fecha_nacimiento", "de": "geburtsdatum", "pt": "data_nascimento", "fr": "date_naissance", "ja": "生年月日",
             "zh": "出生日期", "ko": "생년월일", "ru": "дата_рождения", "tr": "dogum_tarihi", "pl": "data_urodzenia"}
    key = local[lang] if lang in local and c.chance(0.4) else c.pick(["birthDate", "dob", "date_of_birth", "birthday", "dateOfBirth", "birth_date", "DOB"])
    iso = c.chance(0.55)
    d = c.dob(lang, "iso" if iso else None)
    obj = {"id": int(c.digits(6)), c.pick(["firstName", "first_name", "given_name"]): PER(p.given),
           c.pick(["lastName", "last_name", "family_name"]): PER(p.family), key: DOB(d),
           c.pick(["phone", "mobile", "tel"]): PH(c.phone(loc)), "created_at": D("DATE", c.timestamp()),
           "plan": c.pick(["free", "pro", "family"])}
    k = c.r.randrange(4)
    if k == 0:
        return jdump(obj, indent=2), "json_profile", loc
    if k == 1:
        res = {"role": "tool", "tool_call_id": "call_" + c.hexn(20), "content": Seq(jdump(obj, sep=COMPACT))}
        body = openai_messages(c, [("user", c.pick(["look up customer " + c.digits(6), "pull up the account details"])),
                                   ("assistant", tool_call_msg(c, "get_customer", {"customer_id": c.digits(6)})), ("tool", res)])
        return body, "json_profile/toolresult", loc
    if k == 2:
        return jdump({"level": "info", "msg": "profile.updated", "user": obj}, sep=COMPACT), "json_profile/log", loc
    body = jdump({"event": "signup", "payload": Seq(jdump(obj, sep=COMPACT))}, sep=COMPACT)
    return body, "json_profile/escaped", loc


def hl7_name(p):
    return f"{p.family.upper() if p.is_latin else p.family}^{p.given.upper() if p.is_latin else p.given}"


def t_hl7(c):
    loc = c.locale()
    p = c.person(loc)
    bd = c.birth_date()
    dob = f"{bd.year}{bd.month:02d}{bd.day:02d}"
    ts = c.other_date()
    addr = c.address(loc).replace(", ", "^", 2) if c.chance(0.6) else c.address(loc)
    ph = c.phone(loc)
    body = seq(f"MSH|^~\\&|EPIC|HOSP|LAB|HOSP|{ts.year}{ts.month:02d}{ts.day:02d}{c.digits(4)}||ADT^A04|MSG{c.digits(6)}|P|2.5\r\n",
               f"PID|1||{c.digits(7)}^^^HOSP^MR||", PER(hl7_name(p)), "||", DOB(dob), f"|{p.gender.upper()}|||",
               ADDR(addr), "||", PH(ph), "|||S||\r\n",
               f"PV1|1|O|CLINIC^{c.r.randint(100, 499)}|||||", c.digits(6), "^", PER(hl7_name(c.person(loc))), "^^^^DR")
    if c.chance(0.4):
        body = seq(body, "\r\nDG1|1||E11.9^", HL(c.pick(["Type 2 diabetes mellitus without complications", "Essential hypertension",
                                                        "Asthma, unspecified", "Major depressive disorder, single episode"])), "^ICD10")
    if c.chance(0.5):
        body = jdump({"source": "mirth", "channel": "ADT_IN", "raw": Seq(body)}, sep=COMPACT)
        return body, "hl7/json", loc
    return body, "hl7", loc


def t_fhir(c):
    loc = c.locale()
    p = c.person(loc)
    bd = c.birth_date()
    obj = {"resourceType": "Patient", "id": c.hexn(8) + "-" + c.hexn(4),
           "name": [{"use": "official", "family": PER(p.family), "given": [PER(p.given)]}],
           "gender": "female" if p.gender == "f" else "male", "birthDate": DOB(bd.isoformat()),
           "telecom": [{"system": "phone", "value": PH(c.phone(loc)), "use": c.pick(["mobile", "home"])}],
           "address": [{"text": ADDR(c.address(loc))}],
           "meta": {"lastUpdated": D("DATE", c.timestamp())}}
    if c.chance(0.3):
        obj["telecom"].append({"system": "email", "value": EM(c.email(p))})
    body = jdump(obj, indent=2 if c.chance(0.6) else None)
    if c.chance(0.3):
        body = openai_messages(c, [("user", seq("Summarise this patient record:\n", body))], pretty=False)
        return body, "fhir/openai", loc
    return body, "fhir", loc


CLAIM = {
    "en": "CLAIM FORM\nClaimant: {n}\nDate of birth: {d}\nPolicy no.: {pol}\nDate of loss: {loss}\nAmount claimed: {amt}\nContact: {ph}\nDescription: {desc}",
    "de": "SCHADENMELDUNG\nVersicherungsnehmer: {n}\nGeburtsdatum: {d}\nPolicennummer: {pol}\nSchadentag: {loss}\nBetrag: {amt}\nTelefon: {ph}\nBeschreibung: {desc}",
    "fr": "DÉCLARATION DE SINISTRE\nAssuré : {n}\nDate de naissance : {d}\nN° de contrat : {pol}\nDate du sinistre : {loss}\nMontant : {amt}\nTél. : {ph}\nDescription : {desc}",
    "es": "PARTE DE SINIESTRO\nAsegurado: {n}\nFecha de nacimiento: {d}\nN.º de póliza: {pol}\nFecha del siniestro: {loss}\nImporte: {amt}\nTeléfono: {ph}\nDescripción: {desc}",
    "pt": "AVISO DE SINISTRO\nSegurado: {n}\nData de nascimento: {d}\nApólice: {pol}\nData do sinistro: {loss}\nValor: {amt}\nTelefone: {ph}\nDescrição: {desc}",
    "it": "DENUNCIA DI SINISTRO\nAssicurato: {n}\nData di nascita: {d}\nPolizza n.: {pol}\nData del sinistro: {loss}\nImporto: {amt}\nTelefono: {ph}\nDescrizione: {desc}",
    "ja": "保険金請求書\n被保険者：{n}\n生年月日：{d}\n証券番号：{pol}\n事故日：{loss}\n請求額：{amt}\n連絡先：{ph}\n内容：{desc}",
    "pl": "ZGŁOSZENIE SZKODY\nUbezpieczony: {n}\nData urodzenia: {d}\nNr polisy: {pol}\nData szkody: {loss}\nKwota: {amt}\nTelefon: {ph}\nOpis: {desc}",
}
DESC = {"en": ["water damage in the kitchen", "rear-ended at a red light", "phone screen cracked", "ER visit after a fall"],
        "de": ["Wasserschaden im Bad", "Auffahrunfall an der Ampel"], "fr": ["dégât des eaux", "bris de glace"],
        "es": ["daños por agua", "golpe en el parking"], "pt": ["batida no estacionamento"], "it": ["danni da acqua"],
        "ja": ["台所の水漏れ"], "pl": ["zalanie mieszkania"]}


def t_claim(c):
    loc = c.locale([k for k in locales.LOCALES if locales.LOCALES[k]["lang"] in CLAIM])
    lang = lang_of(loc)
    p = c.person(loc)
    body = T(CLAIM[lang], n=PER(p.official if lang in ("ja",) else p.full), d=DOB(c.dob(lang)),
             pol=c.pick(["POL-", "", "HX-"]) + c.digits(9), loss=D("DATE", c.date_decoy(lang)), amt=D("PRICE", c.price()),
             ph=PH(c.phone(loc)), desc=c.pick(DESC.get(lang, DESC["en"])))
    if c.chance(0.2) and lang == "en":
        body = seq(body, "\nDiagnosis: ", HL(c.health("en", "cond")))
    if c.chance(0.45):
        body, shape = telemetry(c, seq(c.pick(["OCR result, please validate:\n", "extract JSON from this claim:\n"]), body), lang)
        return body, "claim/" + shape, loc
    return body, "claim", loc


YEAR_SAY = {
    "en": ["age {a} (born {y})", "{a} y/o, b. {y}", "born in {y}", "I'm {a}, born {y}", "class of... no, born {y}"],
    "de": ["Jahrgang {y}", "{a} Jahre alt (geb. {y})"], "fr": ["{a} ans (née en {y})"], "es": ["{a} años, nacido en {y}"],
    "pt": ["{a} anos, nascida em {y}"], "ja": ["{y}年生まれ、{a}歳"], "zh": ["{y}年出生，今年{a}岁"], "ko": ["{y}년생 ({a}세)"],
    "pl": ["rocznik {y}"], "ru": ["{y} года рождения"], "tr": ["{y} doğumlu"], "it": ["classe {y}"], "vi": ["sinh năm {y}"],
    "id": ["kelahiran {y}"], "nl": ["geboren in {y}"],
}


def t_year_only(c):
    loc = c.locale([k for k in locales.LOCALES if locales.LOCALES[k]["lang"] in YEAR_SAY])
    lang = lang_of(loc)
    bd = c.birth_date()
    age = 2025 - bd.year
    s = T(c.pick(YEAR_SAY[lang]), a=str(age), y=DOB(str(bd.year)))
    p = c.person(loc)
    k = c.r.randrange(3)
    if k == 0:
        user = seq(c.pick(["Patient: ", "Candidate: ", "Applicant: ", ""]), PER(p.full), ", ", s,
                   c.pick(["", ". Prefers morning calls.", "\nReferred by the GP.", "; lives alone."]))
    elif k == 1:
        user = seq(c.pick(["my mom ", "my husband ", "my son ", "the tenant "]), PER(p.polite), " is ", s, ". ",
                   c.pick(["what vaccines are recommended?", "can they open a savings account?", "is that too old for the program?"]))
    else:
        user = seq(s, " — ", c.pick(["does that change the premium?", "eligible?", "ok?"]))
    body, shape = telemetry(c, seq(user, tail(c, lang)), lang)
    return body, "dob_year/" + shape, loc


BDAY_SAY = {"en": ["{n} turns {a} on {d}", "it's {n}'s birthday on {d}", "{n}'s birthday: {d}", "remind me: {n} bday {d}"],
            "de": ["{n} hat am {d} Geburtstag", "Geburtstag {n}: {d}"], "fr": ["l'anniversaire de {n} est le {d}"],
            "es": ["el cumpleaños de {n} es el {d}"], "pt": ["aniversário da {n} é dia {d}"], "ja": ["{n}さんの誕生日は{d}"],
            "zh": ["{n}的生日是{d}"], "ko": ["{n} 생일 {d}"], "ru": ["у {n} день рождения {d}"], "tr": ["{n}'in doğum günü {d}"],
            "id": ["ulang tahun {n} tanggal {d}"], "vi": ["sinh nhật {n} là {d}"], "it": ["il compleanno di {n} è il {d}"],
            "pl": ["{n} ma urodziny {d}"], "nl": ["{n} is jarig op {d}"]}


def t_bday(c):
    loc = c.locale([k for k in locales.LOCALES if locales.LOCALES[k]["lang"] in BDAY_SAY])
    lang = lang_of(loc)
    p = c.person(loc)
    bd = c.birth_date()
    s = T(c.pick(BDAY_SAY[lang]), n=PER(p.polite), a=str(c.r.randint(5, 80)), d=DOB(c.fmt_daymonth(bd, lang)))
    k = c.r.randrange(3)
    if k == 0:
        user = seq(s, c.pick([" — can you suggest a gift?", ". Set a reminder a week before.", " 🎂 ideas?"]))
        body, shape = telemetry(c, user, lang)
        return body, "bday/" + shape, loc
    if k == 1:
        args = {"title": Seq(seq("Birthday: ", PER(p.full))), "date": DOB(f"--{bd.month:02d}-{bd.day:02d}"), "recurrence": "YEARLY"}
        body = openai_messages(c, [("user", s), ("assistant", tool_call_msg(c, "create_calendar_event", args))])
        return body, "bday/toolcall", loc
    body = seq("- [ ] ", s, "\n- [ ] ", c.pick(["book the restaurant by ", "order flowers by ", "renew car insurance by "]),
               D("DATE", c.date_decoy(lang)) if c.chance(0.5) else "Friday")
    return body, "bday/todo", loc


def t_csv_dob(c):
    loc = c.locale()
    lang = lang_of(loc)
    hdr = c.pick(["name,dob,phone,email", "full_name;date_of_birth;mobile;email", "Name\tDOB\tPhone\tEmail",
                  "patient_name,birth_date,contact_phone,contact_email"])
    sep = ";" if ";" in hdr else ("\t" if "\t" in hdr else ",")
    style = c.pick(["iso", None, None])
    rows = []
    for _ in range(c.r.randint(2, 5)):
        p = c.person(loc)
        nm = seq(PER(p.full if c.chance(0.7) else f"{p.family}, {p.given}"))
        cells = [csv_field(nm) if sep == "," else nm, seq(DOB(c.dob(lang, style))), seq(PH(c.phone(loc))),
                 seq(EM(c.email(p))) if c.chance(0.8) else seq("")]
        rows.append(join(sep, cells))
    body = seq(hdr, "\n", join("\n", rows))
    if c.chance(0.35):
        body, shape = telemetry(c, seq(c.pick(["dedupe these rows:\n", "Here is the export, find people over 65:\n"]), body), lang)
        return body, "csv_dob/" + shape, loc
    return body, "csv_dob", loc


NUM_WORDS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
       "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def _two(n):
    if n < 10:
        return "oh " + NUM_WORDS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + NUM_WORDS[n % 10])


def t_voice_dob(c):
    loc = c.locale(["us", "gb", "au", "ca", "ie", "in", "ng", "za"])
    bd = c.birth_date()
    from data_lex import MONTHS
    y = bd.year
    ys = ("nineteen " if y < 2000 else "two thousand ") + (_two(y % 100) if y < 2000 else (NUM_WORDS[y % 100] if y % 100 < 10 else _two(y % 100)))
    spoken = c.pick([f"the {ORD[bd.day]} of {MONTHS['en'][bd.month - 1].lower()} {ys}", f"{MONTHS['en'][bd.month - 1].lower()} {ORD[bd.day]} {ys}"])
    p = c.person(loc)
    body = seq("[00:00:0", str(c.r.randint(1, 9)), "] agent: thank you for calling, can I get your full name\n",
               "[00:00:1", str(c.r.randint(1, 9)), "] caller: yes it's ", PER(p.full.lower() if c.chance(0.5) else p.full), "\n",
               "[00:00:2", str(c.r.randint(1, 9)), "] agent: and your date of birth\n",
               "[00:00:3", str(c.r.randint(1, 9)), "] caller: ", c.pick(["uh ", "it's ", "", "um it's "]), DOB(spoken), "\n",
               "[00:00:4", str(c.r.randint(1, 9)), "] agent: thanks ", PER(p.given.lower() if c.chance(0.4) else p.given), ", one moment")
    return body, "voice_dob", loc


def t_toolcall_dob(c):
    loc = c.locale(DOB_LOCS)
    lang = lang_of(loc)
    p = c.person(loc)
    bd = c.birth_date()
    user = seq(c.pick(["Book a check-up for ", "Register ", "Add a new patient: "]), PER(p.full), ", ",
               T(c.pick(DOB_SAY[lang]), d=DOB(c.fmt_date(bd, lang))), c.pick([", phone ", ", tel. "]), PH(c.phone(loc)))
    args = {"patient_name": PER(p.full), "date_of_birth": DOB(bd.isoformat()), "phone": PH(c.phone(loc)),
            "appointment_date": D("DATE", c.other_date().isoformat())}
    if c.chance(0.3):
        args["reason"] = HL(c.health("en", "cond"))
    if c.chance(0.5):
        body = openai_messages(c, [("user", user), ("assistant", tool_call_msg(c, c.pick(["book_appointment", "create_patient"]), args))])
        return body, "toolcall_dob/openai", loc
    inner = openai_messages(c, [("user", user), ("assistant", tool_call_msg(c, "create_patient", args))], system=False, pretty=False)
    body = jdump({"span": "llm.call", "attributes": {"llm.input_messages": Seq(inner)}, "ts": c.timestamp()}, sep=COMPACT)
    return body, "toolcall_dob/span_escaped", loc


def t_sql_dob(c):
    loc = c.locale()
    rows = []
    for _ in range(c.pick([1, 2, 3])):
        p = c.person(loc)
        rows.append(seq("('", smap(sql_esc, seq(PER(p.given))), "', '", smap(sql_esc, seq(PER(p.family))), "', '",
                        DOB(c.birth_date().isoformat()), "', '", PH(c.phone(loc)), "')"))
    body = seq("INSERT INTO patients (first_name, last_name, date_of_birth, phone) VALUES ", join(", ", rows), ";")
    return body, "sql_dob", loc


TEMPLATES = [
    (t_chat_dob, 10), (t_form_dob, 8), (t_json_dob, 6), (t_hl7, 3), (t_fhir, 3), (t_claim, 4), (t_year_only, 4),
    (t_bday, 3), (t_csv_dob, 4), (t_voice_dob, 1.5), (t_toolcall_dob, 4), (t_sql_dob, 2),
]
