"""ADDRESS / EMAIL / HEALTH / IBAN / CREDIT_CARD / IP / SSN templates (the rest of a realistic mix)."""
from core import E, D, Seq, seq, T, jdump, smap, COMPACT, join
from common import PER, PW, PH, DOB, ADDR, EM, HL, IPA, IBN, CC, SSN, lang_of, honor, tail
from shapes import telemetry, transcript, openai_messages, tool_call_msg
import locales

IBAN_LOCS = [k for k, v in locales.LOCALES.items() if v["iban"]]

IBAN_SAY = {
    "en": "Please transfer the deposit to {i} (account holder: {n}), reference {r}.",
    "de": "Bitte überweisen Sie die Kaution auf IBAN {i}, Kontoinhaber {n}, Verwendungszweck {r}.",
    "fr": "Merci de virer l'acompte sur l'IBAN {i} (titulaire : {n}), référence {r}.",
    "es": "Por favor, haz la transferencia a {i} a nombre de {n}, concepto {r}.",
    "pt": "Faça a transferência para o IBAN {i}, titular {n}, referência {r}.",
    "it": "Effettua il bonifico sull'IBAN {i} intestato a {n}, causale {r}.",
    "nl": "Maak het bedrag over naar {i} t.n.v. {n}, o.v.v. {r}.",
    "pl": "Proszę o przelew na rachunek {i}, odbiorca {n}, tytuł {r}.",
    "tr": "Lütfen {i} IBAN numarasına ({n} adına) havale yapın, açıklama {r}.",
}


def t_iban(c):
    loc = c.locale(IBAN_LOCS)
    lang = lang_of(loc)
    lang = lang if lang in IBAN_SAY else "en"
    p = c.person(loc)
    s = T(IBAN_SAY[lang], i=IBN(c.iban(locales.LOCALES[loc]["iban"])), n=PER(p.full), r=D("ORDER_ID", c.order_id()))
    if c.chance(0.4):
        s = seq(s, c.pick([" Amount: ", " Total ", " — "]), D("PRICE", c.price()))
    k = c.r.randrange(3)
    if k == 0:
        body, shape = telemetry(c, seq(c.pick(["Is this legit? Got this message: ", "translate: ", ""]), s), lang)
        return body, "iban/" + shape, loc
    if k == 1:
        args = {"iban": IBN(c.iban(locales.LOCALES[loc]["iban"], grouped=False)), "beneficiary": PER(p.full), "amount": D("PRICE", c.price())}
        return openai_messages(c, [("user", s), ("assistant", tool_call_msg(c, "create_transfer", args))]), "iban/toolcall", loc
    return s, "iban_text", loc


def t_card(c):
    loc = c.locale()
    lang = lang_of(loc)
    p = c.person(loc)
    card = c.card()
    exp = f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 31)}"
    k = c.r.randrange(4)
    if k == 0:
        user = seq(c.pick(["can you book it with my card ", "use this card: ", "charge ", "my card is "]), CC(card), c.pick([" exp ", ", expires ", " valid thru "]), exp)
        if c.chance(0.5):
            user = seq(user, c.pick([", name on card ", " — cardholder "]), PER(p.full.upper() if p.is_latin and c.chance(0.5) else p.full))
        body, shape = telemetry(c, user, lang)
        return body, "card_chat/" + shape, loc
    if k == 1:
        body = seq(c.timestamp(), " ERROR payment.gateway declined pan=", CC(card.replace(" ", "").replace("-", "")), " exp=", exp,
                   " amount=", D("PRICE", c.price()), " order=", D("ORDER_ID", c.order_id()), " code=05")
        return body, "card_log", loc
    if k == 2:
        obj = {"cardholder": PER(p.full), "number": CC(card), "expiry": exp, "billing_email": EM(c.email(p))}
        return jdump(obj, indent=2 if c.chance(0.5) else None), "card_json", loc
    body = seq("Card on file: ", CC(card), "\nNot a card: ", D("NUMERIC_ID", bad_card(c)), " (gift voucher)")
    return body, "card_vs_voucher", loc


def bad_card(c):
    from core import luhn_ok
    while True:
        n = "4" + c.digits(15)
        if not luhn_ok(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def t_ssn(c):
    loc = "us"
    p = c.person(loc)
    k = c.r.randrange(3)
    if k == 0:
        body = seq("EMPLOYEE ONBOARDING\nLegal name: ", PER(p.full), "\nSSN: ", SSN(c.ssn()), "\nDate of birth: ", DOB(c.dob("en")),
                   "\nHome address: ", ADDR(c.address("us")), "\nPhone: ", PH(c.phone("us")), "\nStart date: ", D("DATE", c.date_decoy("en")))
        return body, "hr_form", loc
    if k == 1:
        user = seq(c.pick(["my ssn is ", "SSN ", "social: "]), SSN(c.ssn()), c.pick([" — is it safe to put on the W-9?", ", need it for the lease app", ""]))
        body, shape = telemetry(c, user, "en")
        return body, "ssn_chat/" + shape, loc
    obj = {"applicant": {"name": PER(p.full), "ssn": SSN(c.ssn()), "dob": DOB(c.birth_date().isoformat())}, "income": D("PRICE", c.price())}
    return jdump(obj, sep=COMPACT), "ssn_json", loc


HEALTH_SAY = {
    "en": ["I have {h} and take {h2}", "I was diagnosed with {h} last year", "my doctor put me on {h2}", "I'm {st}, is ibuprofen ok?",
           "my latest result: {r}, and I have {h}"],
    "es": ["tengo {h} y tomo {h2}", "me diagnosticaron {h}", "estoy {st}"], "de": ["ich habe {h} und nehme {h2}", "Diagnose: {h}", "ich bin {st}"],
    "fr": ["j'ai {h} et je prends {h2}", "on m'a diagnostiqué {h}", "je suis {st}"], "pt": ["tenho {h} e tomo {h2}", "estou {st}"],
    "it": ["ho {h} e prendo {h2}", "sono {st}"],
}


def t_health(c):
    loc = c.locale([k for k in locales.LOCALES if locales.LOCALES[k]["lang"] in HEALTH_SAY])
    lang = lang_of(loc)
    p = c.person(loc)
    s = T(c.pick(HEALTH_SAY[lang]), h=HL(c.health(lang, "cond")), h2=HL(c.health(lang, "med")), st=HL(c.health(lang, "state")),
          r=HL(c.health("en", "result")))
    k = c.r.randrange(3)
    if k == 0:
        user = seq(s, c.pick([". ", "\n"]), c.pick(["what should I watch out for?", "can I still travel?", "any diet tips?"]))
        body, shape = telemetry(c, seq(user, tail(c, lang, 0.2)), lang)
        return body, "health_chat/" + shape, loc
    if k == 1:
        body = seq("Patient: ", PER(p.full), "\nDOB: ", DOB(c.dob(lang)), "\nHx: ", HL(c.health(lang, "cond")), "\nMeds: ", HL(c.health(lang, "med")),
                   "\nNext review: ", D("DATE", c.date_decoy(lang)))
        return body, "clinic_note", loc
    tpl = {"en": "Hi {h}, {n} won't be in today — {cond} flare-up. Back {d}.",
           "es": "Hola {h}, {n} no vendrá hoy por una crisis de {cond}. Vuelve el {d}.",
           "de": "Hallo {h}, {n} fällt heute aus ({cond}). Voraussichtlich zurück am {d}.",
           "fr": "Bonjour {h}, {n} sera absent(e) aujourd'hui ({cond}). Retour prévu le {d}.",
           "pt": "Oi {h}, {n} não vem hoje por causa de {cond}. Volta dia {d}.",
           "it": "Ciao {h}, {n} oggi è assente ({cond}). Rientro il {d}."}[lang]
    body = T(tpl, h=honor(c, c.person(loc), lang), n=PER(p.polite), cond=HL(c.health(lang, "cond")), d=D("DATE", c.date_decoy(lang)))
    return body, "sick_note", loc


def t_address(c):
    loc = c.locale()
    lang = lang_of(loc)
    p = c.person(loc)
    k = c.r.randrange(4)
    if k == 0:
        user = seq(c.pick(["ship it to ", "my new address is ", "deliver to: ", "send the documents to "]), ADDR(c.address(loc)),
                   c.pick(["", " please", ", thanks"]))
        body, shape = telemetry(c, seq(user, tail(c, lang)), lang)
        return body, "address_chat/" + shape, loc
    if k == 1:
        body = seq(PER(p.full), "\n", ADDR(c.address(loc, multiline=True)), "\n\n", c.pick(["Dear Sir or Madam,", "Re: account closure", "To whom it may concern,"]))
        return body, "letter_head", loc
    if k == 2:
        args = {"recipient": PER(p.full), "address": ADDR(c.address(loc)), "phone": PH(c.phone(loc))}
        return openai_messages(c, [("user", "create a shipping label for my last order"), ("assistant", tool_call_msg(c, "create_label", args))]), "address_toolcall", loc
    body = seq("-- ", PER(p.full), "\n", ADDR(c.address(loc)), "\n", EM(c.email(p)))
    return body, "address_sig", loc


def t_email_addr(c):
    loc = c.locale()
    p = c.person(loc)
    k = c.r.randrange(3)
    if k == 0:
        user = seq(c.pick(["pls send the invoice to ", "my email is ", "cc ", "use "]), EM(c.email(p)), c.pick(["", " instead", " not the old one"]))
        body, shape = telemetry(c, user, lang_of(loc))
        return body, "email_chat/" + shape, loc
    if k == 1:
        lines = [seq(c.timestamp(), " postfix/smtp[", c.digits(5), "]: ", c.hexn(10).upper(), ": to=<", EM(c.email(c.person(loc))),
                     ">, relay=", c.pick(["gmail-smtp-in.l.google.com", "mx1.mail.ru", "mx.naver.com"]), "[", IPA(c.ip(v6=False)),
                     "]:25, status=", c.pick(["sent (250 2.0.0 OK)", "deferred (421 try later)", "bounced (550 no such user)"])) for _ in range(c.r.randint(1, 3))]
        return join("\n", lines), "mail_log", loc
    body = seq("Unsubscribe requests:\n", join("\n", [seq("- ", EM(c.email(c.person(loc)))) for _ in range(c.r.randint(2, 4))]))
    return body, "email_list", loc


def t_ip(c):
    loc = c.locale()
    k = c.r.randrange(3)
    if k == 0:
        lines = [seq(IPA(c.ip()), " - - [", c.pick(["12/Mar/2025:10:22:31 +0000", "01/Feb/2025:03:11:59 +0100"]), "] \"",
                     c.pick(["GET /api/v2/orders", "POST /login", "GET /healthz", "GET /static/app.js"]), " HTTP/1.1\" ",
                     c.pick(["200", "401", "404", "502"]), " ", c.digits(4), " \"-\" \"curl/8.4.0\"") for _ in range(c.r.randint(2, 4))]
        return join("\n", lines), "access_log", loc
    if k == 1:
        user = seq(c.pick(["why can't I ssh into ", "block ", "whitelist ", "ping to "]), IPA(c.ip()), c.pick([" from ", " and ", " via "]), IPA(c.ip()),
                   c.pick(["?", " please", " — firewall issue?"]))
        body, shape = telemetry(c, seq(user, tail(c)), "en")
        return body, "ip_chat/" + shape, loc
    body = seq("Failed password for invalid user admin from ", IPA(c.ip(v6=False)), " port ", str(c.r.randint(30000, 65000)), " ssh2\n",
               "Accepted publickey for deploy from ", IPA(c.ip()), " port ", str(c.r.randint(30000, 65000)), " ssh2: ED25519 SHA256:",
               D("HEX_HASH", c.hexhash()))
    return body, "auth_log", loc


TEMPLATES = [
    (t_iban, 5), (t_card, 7), (t_ssn, 5), (t_health, 13), (t_address, 9), (t_email_addr, 3), (t_ip, 4),
]
