"""PHONE-heavy templates."""
import re
from core import E, D, Seq, seq, T, jdump, smap, html_esc, COMPACT, join
from common import PER, PW, PH, DOB, ADDR, EM, IPA, lang_of, honor, tail
from data_lex import PHONE_SAY, PHONE_LABEL
from shapes import telemetry, transcript, openai_messages, tool_call_msg
import locales
from tpl_dob import NUM_WORDS

PH_LOCS = [k for k, v in locales.LOCALES.items() if v["lang"] in PHONE_SAY]
DIAL = {"us": "1", "ca": "1", "qc": "1", "gb": "44", "ie": "353", "au": "61", "in": "91", "ng": "234", "gh": "233", "ke": "254",
        "za": "27", "et": "251", "de": "49", "at": "43", "ch": "41", "fr": "33", "be": "32", "es": "34", "mx": "52", "ar": "54",
        "co": "57", "br": "55", "pt": "351", "it": "39", "nl": "31", "pl": "48", "cz": "420", "ro": "40", "hu": "36", "se": "46",
        "no": "47", "dk": "45", "fi": "358", "ru": "7", "ua": "380", "bg": "359", "gr": "30", "tr": "90", "il": "972", "sa": "966",
        "ae": "971", "eg": "20", "ir": "98", "pk": "92", "jp": "81", "cn": "86", "tw": "886", "kr": "82", "th": "66", "vn": "84",
        "id": "62", "ph": "63"}


def e164(loc, s):
    """International compact form of a generated number."""
    d = re.sub(r"\D", "", s)
    cc = DIAL[loc]
    if s.startswith("+"):
        d = d[len(cc):]
        if d.startswith("0") and loc not in ("it",):
            d = d[1:]
    elif s.startswith("00"):
        d = d[2 + len(cc):]
    elif d.startswith("0") and loc not in ("it",):
        d = d[1:]
    elif loc in ("us", "ca", "qc") and d.startswith("1") and len(d) == 11:
        d = d[1:]
    elif loc == "ru" and d.startswith("8") and len(d) == 11:
        d = d[1:]
    return "+" + cc + d


SIG_TITLES = ["Account Manager", "Head of Operations", "Senior Engineer", "Office Manager", "Procurement Lead", "HR Business Partner",
              "Customer Success", "Practice Manager", "Logistics Coordinator", "CFO"]
COMPANIES = ["Northwind Logistics", "Fabrikam GmbH", "Contoso Ltd", "Tokyo Shoji K.K.", "Lagos Freight Co.", "Acme Health",
             "Sabiá Tecnologia", "Nordlicht AB", "Anatolia Tekstil A.Ş.", "Saigon Trading JSC", "Kiwi & Kettle Ltd"]


def signature(c, loc, p, lang):
    lines = [seq(c.pick(["-- \n", "--\n", "", "Best regards,\n", "Mit freundlichen Grüßen\n" if lang == "de" else "Kind regards,\n"]), PER(p.full))]
    lines.append(seq(c.pick(SIG_TITLES), " | ", c.pick(COMPANIES)))
    lab = PHONE_LABEL.get(lang, PHONE_LABEL["en"])
    lines.append(seq(c.pick(["T ", "Tel: ", "Office: ", lab[0] + ": ", "☎ "]), PH(c.phone(loc, ext=c.chance(0.35), lang=lang))))
    if c.chance(0.6):
        lines.append(seq(c.pick(["M ", "Mobile: ", "Cell: ", (lab[1] if len(lab) > 1 else lab[0]) + ": ", "📱 "]), PH(c.phone(loc))))
    if c.chance(0.25):
        lines.append(seq("Fax: ", PH(c.phone(loc))))
    if c.chance(0.6):
        lines.append(seq(EM(c.email(p, c.pick(["northwind-logistics.com", "fabrikam.de", "contoso.co.uk", "acme-health.org"])))))
    if c.chance(0.3):
        lines.append(seq(ADDR(c.address(loc))))
    return join("\n", lines)


def t_email_sig(c):
    loc = c.locale()
    lang = lang_of(loc)
    to, me = c.person(loc), c.person(loc)
    greet = {"de": "Hallo ", "fr": "Bonjour ", "es": "Hola ", "pt": "Olá ", "it": "Ciao ", "nl": "Hoi ", "pl": "Cześć "}.get(lang, c.pick(["Hi ", "Dear ", "Hello "]))
    body_txt = c.pick(["please find the updated quote attached. Let me know if the delivery window works.",
                       "following up on our call — the contract draft is in the shared folder.",
                       "the shipment is delayed by two days; apologies for the inconvenience.",
                       "can we move Thursday's meeting to 3pm?"])
    dec = seq()
    if c.chance(0.5):
        dec = T(" Order {o}, total {p}.", o=D("ORDER_ID", c.order_id()), p=D("PRICE", c.price()))
    body = seq("From: ", PER(me.full), " <", EM(c.email(me, "northwind-logistics.com")), ">\nTo: ", EM(c.email(to)),
               "\nSubject: ", c.pick(["Re: quote", "Delivery update", "Meeting", "Contract"]), "\n\n", greet, PER(to.polite), ",\n\n",
               body_txt, dec, "\n\n", signature(c, loc, me, lang))
    if c.chance(0.35):
        body, shape = telemetry(c, seq(c.pick(["Draft a polite reply to:\n\n", "summarise:\n", "extract the contact details from this email:\n"]), body), lang)
        return body, "email_sig/" + shape, loc
    return body, "email_sig", loc


def t_chat_phone(c):
    loc = c.locale(PH_LOCS)
    lang = lang_of(loc)
    ph = c.phone_native_digits(loc, c.phone(loc))
    say = T(c.pick(PHONE_SAY[lang]), ph=PH(ph))
    pre = c.pick(["", "", "re the delivery: ", "for the plumber — ", "update my contact: ", "if the courier can't find the place, "])
    user = seq(pre, say)
    if c.chance(0.4):
        p = c.person(loc)
        a, b = c.pick([(" (ask for ", ")"), (" — it's ", "'s phone"), (", ", " will answer")])
        user = seq(user, a, PER(p.polite), b)
    user = seq(user, tail(c, lang))
    body, shape = telemetry(c, user, lang)
    return body, "chat_phone/" + shape, loc


def t_tel_uri(c):
    loc = c.locale()
    ph = c.phone(loc)
    intl = e164(loc, ph)
    p = c.person(loc)
    k = c.r.randrange(3)
    if k == 0:
        body = seq("<p>Questions? Call ", PER(p.full), " at <a href=\"tel:", PH(intl), "\">", PH(ph), "</a> or ",
                   "<a href=\"https://wa.me/", PH(intl[1:]), "\">WhatsApp</a>.</p>")
        return body, "html_tel", loc
    if k == 1:
        body = seq("**Contact:** ", PER(p.full), " — [", PH(ph), "](tel:", PH(intl), ")\n**Hours:** 9–17 ",
                   c.pick(["CET", "EST", "JST", "WAT", "IST"]))
        return body, "md_tel", loc
    body = seq("Chat with us on WhatsApp: https://wa.me/", PH(intl[1:]), "?text=", c.pick(["Hi", "Ol%C3%A1", "Hola"]),
               "\nor call ", PH(ph))
    return body, "wa_link", loc


def t_vcard(c):
    loc = c.locale()
    p = c.person(loc)
    body = seq("BEGIN:VCARD\nVERSION:3.0\nN:", PER(f"{p.family};{p.given}"), ";;;\nFN:", PER(p.full), "\n",
               "ORG:", c.pick(COMPANIES), "\nTEL;TYPE=CELL:", PH(c.phone(loc)), "\n")
    if c.chance(0.6):
        body = seq(body, "TEL;TYPE=WORK,VOICE:", PH(c.phone(loc, ext=c.chance(0.3))), "\n")
    if c.chance(0.6):
        body = seq(body, "EMAIL:", EM(c.email(p)), "\n")
    if c.chance(0.3):
        bd = c.birth_date()
        body = seq(body, "BDAY:", DOB(bd.isoformat()), "\n")
    body = seq(body, "END:VCARD")
    if c.chance(0.3):
        return openai_messages(c, [("user", seq("import this contact:\n", body))]), "vcard/openai", loc
    return body, "vcard", loc


def split_phone(c, ph):
    """Split a number over a line break at a space (returns value with newline)."""
    idx = [i for i, ch in enumerate(ph) if ch == " "]
    if not idx:
        return None
    i = c.pick(idx[len(idx) // 2:] or idx)
    return ph[:i] + c.pick(["\n", "\n  ", "\n"]) + ph[i + 1:]


def t_wrapped_phone(c):
    loc = c.locale()
    ph = c.phone(loc)
    sp = split_phone(c, ph)
    while sp is None:
        ph = c.phone(loc)
        sp = split_phone(c, ph)
    p = c.person(loc)
    lead = c.pick(["If you have any questions regarding this letter, please contact our office on",
                   "For appointments please telephone the clinic reception on",
                   "Bei Rückfragen erreichen Sie Ihre Ansprechpartnerin telefonisch unter",
                   "Pour toute question, vous pouvez joindre le service client au"])
    body = seq(lead, " ", PH(sp), " or write to ", PER(p.full), c.pick([".", " at the address above."]))
    return body, "wrapped_phone", loc


def t_order_phone(c):
    loc = c.locale()
    p = c.person(loc)
    ph = c.phone(loc)
    k = c.r.randrange(3)
    if k == 0:
        body = seq(c.timestamp(), " INFO shipping.label created order=", D("ORDER_ID", c.order_id()), " tracking=",
                   D("ORDER_ID", c.order_id()), " recipient=\"", PER(p.full), "\" phone=\"", PH(ph), "\" weight_kg=",
                   f"{c.r.randint(1, 30)}.{c.r.randint(0, 9)}", " total=", D("PRICE", c.price()), " svc=", D("VERSION", c.version()))
        return body, "order_log", loc
    if k == 1:
        obj = {"order_id": D("ORDER_ID", c.order_id()), "amount": D("PRICE", c.price()),
               "shipping": {"name": PER(p.full), "phone": PH(ph), "address": ADDR(c.address(loc))},
               "created": D("DATE", c.timestamp()), "items": int(c.digits(1)) + 1}
        return jdump(obj, indent=2 if c.chance(0.5) else None), "order_json", loc
    user = seq(c.pick(["where is my package? order ", "pedido ", "Bestellung "]), D("ORDER_ID", c.order_id()),
               c.pick([", tracking ", " / Sendungsnummer "]), D("ORDER_ID", c.order_id()), c.pick([". Courier can call me on ", ". Call "]),
               PH(ph), c.pick(["", " after 6pm"]))
    body, shape = telemetry(c, user, lang_of(loc))
    return body, "order_chat/" + shape, loc


def t_sms_webhook(c):
    loc = c.locale()
    frm, to = e164(loc, c.phone(loc)), e164(loc, c.phone(loc))
    p = c.person(loc)
    msg_txt = c.pick(["Running late, be there in 10", "Is my appointment still on?", "Please call me back", "STOP"])
    k = c.r.randrange(3)
    if k == 0:
        body = seq("POST /webhooks/sms 200 body=\"ToCountry=", c.pick(["US", "GB", "DE"]), "&SmsMessageSid=SM", c.hexn(32),
                   "&From=", PH(frm.replace("+", "%2B")), "&To=", PH(to.replace("+", "%2B")), "&Body=",
                   msg_txt.replace(" ", "+"), "&NumSegments=1\"")
        return body, "sms_webhook_form", loc
    if k == 1:
        obj = {"event": "message.received", "from": PH(frm), "to": PH(to), "text": msg_txt, "profile_name": PER(p.full),
               "timestamp": str(1700000000 + c.r.randrange(60000000))}
        return jdump(obj, sep=COMPACT), "whatsapp_webhook", loc
    body = seq(c.timestamp(), " sms-gw OUT to=", PH(frm), " tmpl=otp_reminder status=DELIVERED segments=1 price=", D("PRICE", c.price()))
    return body, "sms_gateway_log", loc


def t_contact_table(c):
    loc = c.locale()
    lang = lang_of(loc)
    rows = []
    for _ in range(c.r.randint(2, 5)):
        p = c.person(loc)
        rows.append(seq("| ", PER(p.full), " | ", c.pick(["On-call", "Driver", "Nurse", "Site lead", "Backup", "Reception", "Security"]),
                        " | ", PH(c.phone(loc)), " |"))
    lab = PHONE_LABEL.get(lang, PHONE_LABEL["en"])[0]
    body = seq(f"| Name | Role | {lab} |\n|------|------|-------|\n", join("\n", rows))
    if c.chance(0.4):
        body = seq(c.pick(["## Emergency contacts\n\n", "### Rota — week 14\n\n"]), body)
    if c.chance(0.3):
        body, shape = telemetry(c, seq("turn this into JSON:\n", body), lang)
        return body, "contact_table/" + shape, loc
    return body, "contact_table", loc


def spoken_digits(c, ph):
    d = re.sub(r"\D", "", ph)
    words, i = [], 0
    while i < len(d):
        if i + 1 < len(d) and d[i] == d[i + 1] and c.chance(0.6):
            words.append("double " + NUM_WORDS[int(d[i])])
            i += 2
            continue
        words.append("oh" if d[i] == "0" and c.chance(0.6) else NUM_WORDS[int(d[i])])
        i += 1
    return " ".join(words)


def t_voice_phone(c):
    loc = c.locale(["us", "gb", "au", "ie", "in", "ng", "ke", "za", "gh"])
    ph = c.phone(loc)
    p = c.person(loc)
    body = seq("Voicemail transcript (", D("DATE", c.timestamp()), "):\n\"Hi, this is ", PER(p.given.lower() if c.chance(0.4) else p.given),
               " from ", c.pick(["the dental practice", "your bank", "the estate agent", "the surgery"]), "... please call me back on ",
               PH(spoken_digits(c, ph)), c.pick([". thanks bye\"", " that's all, bye\""]))
    return body, "voicemail", loc


def t_toolcall_phone(c):
    loc = c.locale(PH_LOCS)
    lang = lang_of(loc)
    p = c.person(loc)
    ph = c.phone(loc)
    intl = e164(loc, ph)
    user = seq(c.pick(["text ", "send a reminder to ", "call "]), PER(p.polite), c.pick([" at ", " on "]), PH(ph),
               c.pick([" that the car is ready", " about tomorrow", ""]))
    args = {"to": PH(intl), "name": PER(p.full), "message": c.pick(["Your car is ready for pickup.", "Reminder: appointment tomorrow 10:00.", "Please call us back."])}
    k = c.r.randrange(2)
    if k == 0:
        body = openai_messages(c, [("user", user), ("assistant", tool_call_msg(c, c.pick(["send_sms", "twilio_send", "place_call"]), args))])
        return body, "toolcall_phone/openai", loc
    inner = openai_messages(c, [("user", user), ("assistant", tool_call_msg(c, "send_sms", args))], system=False, pretty=False)
    body = seq(c.timestamp(), " DEBUG openai.request payload=", jdump(Seq(inner)))
    return body, "toolcall_phone/log", loc


def t_crm_note(c):
    loc = c.locale()
    p = c.person(loc)
    agent = c.person("us" if c.chance(0.5) else loc)
    body = seq(c.pick(["CALL NOTE", "Case update", "Interaction log"]), " — ", D("DATE", c.date_decoy("en")), "\n",
               "Agent: ", PER(agent.given), "\nCustomer: ", PER(p.full), "\n",
               c.pick(["cb# ", "callback: ", "best # ", "alt no: "]), PH(c.phone(loc)), c.pick([" (after 5)", "", " - mobile", " (landline)"]),
               "\nNotes: ", c.pick(["wants refund for ", "disputes charge ", "asked about "]), D("ORDER_ID", c.order_id()), ", ",
               D("PRICE", c.price()), ". ", c.pick(["Escalated to T2.", "Resolved.", "Follow up Monday."]))
    return body, "crm_note", loc


TEMPLATES = [
    (t_email_sig, 8), (t_chat_phone, 12), (t_tel_uri, 4), (t_vcard, 3), (t_wrapped_phone, 3), (t_order_phone, 5),
    (t_sms_webhook, 4), (t_contact_table, 4), (t_voice_phone, 1.5), (t_toolcall_phone, 4), (t_crm_note, 4),
]
