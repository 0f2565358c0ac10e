"""Shapes of AI-application traffic that carry personal data.

Every shape is ``f(c) -> (parts, variant)``; ``c`` is a ``kit.Ctx``.  The shape name is the
function name without ``s_``; ``shape:variant`` is the template id.
"""
import re

from core import D, E, Raw, Rich, S, csv_row, fill, flat, jdump, sql_str, tmap, yaml_str
from phrases import FREE, LABELS, P
import filler
import values as V
from kit import AGENT_BRANDS

EXTRA = ["plan", "locale", "marketing_opt_in", "tags", "last_order", "lifetime_value", "app_version", "segment",
         "updated_at"]
EXTRA_V = {"plan": lambda c: c.r.choice(["free", "pro", "business", "trial"]), "locale": lambda c: c.loc.replace("_", "-"),
           "marketing_opt_in": lambda c: c.r.random() < 0.5, "tags": lambda c: c.r.sample(["vip", "churn-risk", "b2c",
           "newsletter", "returning", "wholesale"], 2), "last_order": lambda c: c.oid(),
           "lifetime_value": lambda c: Raw(['"', c.price(), '"']), "app_version": lambda c: c.ver(),
           "segment": lambda c: c.r.choice(["A", "B", "control"]), "updated_at": lambda c: c.ts()}
FORM_TITLE = {"es": ["Formulario de contacto"], "fr": ["Formulaire de contact"], "de": ["Kontaktformular"],
              "pt": ["Formulário de contato"], "it": ["Modulo di contatto"], "nl": ["Contactformulier"],
              "pl": ["Formularz kontaktowy"], "sv": ["Kontaktformulär"], "tr": ["İletişim formu"],
              "ru": ["Форма обратной связи"], "el": ["Φόρμα επικοινωνίας"], "ar": ["نموذج التواصل"],
              "he": ["טופס יצירת קשר"], "hi": ["संपर्क फ़ॉर्म"], "ja": ["お問い合わせフォーム"], "zh": ["联系表单"],
              "ko": ["문의 양식"], "vi": ["Biểu mẫu liên hệ"], "id": ["Formulir kontak"]}
KEYS = {"name": "full_name", "given": "first_name", "family": "last_name", "email": "email", "phone": "phone",
        "address": "address", "dob": "date_of_birth", "password": "password", "health": "medical_notes",
        "ip": "ip_address", "iban": "iban", "card": "card_number", "ssn": "ssn"}
CAMEL = {"name": "fullName", "given": "firstName", "family": "lastName", "email": "email", "phone": "phoneNumber",
         "address": "shippingAddress", "dob": "dateOfBirth", "password": "password", "health": "conditions",
         "ip": "clientIp", "iban": "iban", "card": "cardNumber", "ssn": "ssn"}
SHORT = {"name": "name", "given": "fname", "family": "lname", "email": "mail", "phone": "tel", "address": "addr",
         "dob": "dob", "password": "pwd", "health": "dx", "ip": "ip", "iban": "iban", "card": "pan", "ssn": "ssn"}
LBL_IDX = {"name": 0, "email": 1, "phone": 2, "address": 3, "dob": 4, "password": 5, "health": 6}
EN_LBL = {"ip": "IP address", "iban": "IBAN", "card": "Card number", "ssn": "SSN", "health": "Medical conditions"}


def J(c, obj, **kw):
    return jdump(obj, **kw)


END = {"ja": "。", "zh": "。", "hi": "।"}


def sentence_join(c, segs):
    """Joins phrases; adds a full stop where a phrase ends without one and capitalises the next."""
    out = []
    prev = ""
    for i, s in enumerate(segs):
        s = list(flat(s))
        if i:
            if prev and (prev[-1].isalnum() or prev[-1] in ")"):
                out.append(END.get(c.lang, "."))
                prev += "."
            out.append(c.sp())
            if prev and prev[-1] in ".!?" and s and isinstance(s[0], str) and s[0][:1].islower():
                s[0] = s[0][:1].upper() + s[0][1:]
        out += s
        prev = "".join(x if isinstance(x, str) else x.value for x in s).rstrip()
    return out


def prose(c, p, kinds, greet=None, intro=True, order=None, thanks=None, casual=False, vals=None, who=None):
    """A user turn in the locale's language with the given entity kinds."""
    r = c.r
    segs = []
    if greet if greet is not None else r.random() < 0.65:
        segs.append(r.choice(c.ph["greet"]))
    if p is not None and intro and (r.random() < 0.55 or not kinds):
        segs.append(c.say("name", p, n=c.name(p, c.nform(True) if casual else r.choice(["full", "full", "given"]))))
    if order if order is not None else r.random() < 0.5:
        segs.append(c.say(r.choice(["order", "order", "product"]), p, o=c.oid(), d=c.date(), p=c.price(),
                          x=c.product()))
    if order is None and r.random() < 0.5:
        x, y = r.sample(V.PRODUCTS, 2)
        segs.append(fill(r.choice(FREE[c.lang]), x=D("PROPER_NOUN", x), y=D("PROPER_NOUN", y), d=c.date(),
                         p=c.price(), o=c.oid()))
    for k in kinds:
        if k not in c.ph:
            continue
        w = p or who or c.person()
        v = (vals or {}).get(k) or c.ent(k, w)
        segs.append(c.say(k, w, v=v))
    if thanks if thanks is not None else r.random() < 0.5:
        segs.append(r.choice(c.ph["thanks"]))
    return sentence_join(c, segs)


def prose_kinds(c, lo=1, hi=3):
    ex = () if c.lang == "en" else ("ip", "ssn")
    return c.kinds(lo, hi, exclude=ex)


def rec(c, p, kinds, style="snake", split=None, extra=True):
    """An ordered record dict: key -> span (or Raw) for structured shapes."""
    r = c.r
    K = {"snake": KEYS, "camel": CAMEL, "short": SHORT}[style]
    d = {}
    if extra and r.random() < 0.6:
        d[{"snake": "customer_id", "camel": "customerId", "short": "id"}[style]] = Raw([c.nid()])
    if p is not None:
        if split if split is not None else r.random() < 0.2:
            d[K["given"]] = E("PERSON", p.given)
            d[K["family"]] = E("PERSON", p.family)
        else:
            d[K["name"]] = E("PERSON", p.full)
    for k in kinds:
        d[K[k]] = c.ent(k, p, structured=True)
    if extra:
        for f in r.sample(EXTRA, r.randint(1, 4)):
            d[f] = EXTRA_V[f](c)
    if extra and r.random() < 0.5:
        d[{"snake": "created_at", "camel": "createdAt", "short": "ts"}[style]] = c.ts()
    return d


# ------------------------------------------------------------------ chat-like

def s_chat(c):
    r = c.r
    p = c.person()
    parts = prose(c, p, prose_kinds(c, 1, 3))
    v = r.choice(["plain", "plain", "user", "widget", "quoted-bot"])
    if v == "quoted-bot":
        parts = ["Your bot told me this:\n\n> " if c.lang == "en" else "> ", r.choice(filler.POLICY), "\n\n"] + parts
    if v == "user":
        parts = ["User: "] + parts
    elif v == "widget":
        parts = ["[web chat · ", c.brand(), " · ", c.ts(), "]\n"] + parts
    return parts, v


def s_openai(c):
    r = c.r
    p = c.person()
    v = r.choice(["compact", "indent", "ascii", "history"])
    msgs = [{"role": "system", "content": Rich(filler.system_prompt(c))}]
    if v == "history":
        msgs.append({"role": "user", "content": Rich(prose(c, None, [], greet=True, order=True, thanks=False))})
        msgs.append({"role": "assistant", "content": filler.ack(c)})
    msgs.append({"role": "user", "content": Rich(prose(c, p, prose_kinds(c, 1, 3)))})
    body = {"model": r.choice(["gpt-4o-mini", "gpt-4.1", "gpt-4o-2024-08-06"]), "messages": msgs,
            "temperature": r.choice([0, 0.2, 0.7])}
    if r.random() < 0.3:
        body["user"] = Raw(['"', c.hx(16), '"'])
    if r.random() < 0.35:
        body["tools"] = filler.tools_schema(c)
        v += "+tools"
    return jdump(body, indent=2 if v == "indent" else None, ascii_=v == "ascii"), v


def s_anthropic(c):
    r = c.r
    p = c.person()
    blocks = [{"type": "text", "text": Rich(prose(c, p, prose_kinds(c, 1, 2)))}]
    if r.random() < 0.4:
        blocks.append({"type": "text", "text": Rich(["(sent from the ", c.brand(), " app ", c.ver(), ")"])})
    body = {"model": "claude-3-5-sonnet", "max_tokens": 1024,
            "system": Rich(filler.system_prompt(c)),
            "messages": [{"role": "user", "content": blocks}]}
    v = r.choice(["compact", "indent"])
    return jdump(body, indent=2 if v == "indent" else None), v


def s_multiturn(c):
    r = c.r
    p = c.person()
    roles = r.choice([("User", "Assistant"), ("user", "assistant"), ("Human", "AI"), ("[customer]", "[bot]"),
                      ("Q", "A")])
    ks = prose_kinds(c, 2, 4)
    vals = {k: c.ent(k, p) for k in ks}
    half = max(1, len(ks) // 2)
    out = []
    for _ in range(r.choice([0, 0, 1, 2, 3])):
        out += [roles[0], ": "] + fill(r.choice(FREE[c.lang]), x=c.product(), y=c.brand(), d=c.date(), p=c.price(),
                                       o=c.oid()) + ["\n", roles[1], ": ", filler.ack(c), "\n"]
    out += [roles[0], ": "] + prose(c, p, ks[:half], thanks=False, vals=vals) + ["\n", roles[1], ": "]
    out += (c.say("reply", p, n=c.name(p, "given")) if r.random() < 0.5 else [filler.ack(c)]) + ["\n", roles[0], ": "]
    out += prose(c, None, ks[half:], greet=False, order=False, vals=vals, who=p)
    if r.random() < 0.3:
        out += ["\n", roles[1], ": "] + c.say("reply", p, n=c.name(p, r.choice(["given", "title", "full"])))
    elif r.random() < 0.5:
        out += ["\n", roles[1], ": ", filler.ack(c)]
    return out, "%s-%s" % roles


def s_answer(c):
    """A model answer that repeats the details back."""
    r = c.r
    p = c.person()
    ks = c.kinds(2, 4)
    lbl = LABELS[c.lang]
    out = (c.say("reply", p, n=c.name(p, r.choice(["given", "title", "full"]))) if r.random() < 0.5
           else [filler.ack(c)]) + ["\n\n"]
    v = r.choice(["bullets", "bold", "numbered"])
    rows = [(lbl[0], [E("PERSON", p.full)])] + [(lbl[LBL_IDX[k]] if k in LBL_IDX else EN_LBL[k],
                                                   [c.ent(k, p)]) for k in ks]
    for i, (k, val) in enumerate(rows):
        pre = {"bullets": "- %s: " % k, "bold": "* **%s:** " % k, "numbered": "%d. %s: " % (i + 1, k)}[v]
        out += [pre] + val + ["\n"]
    if r.random() < 0.6:
        out += ["\n", r.choice(["Reference: ", "Ticket ", "Case #"]), c.nid()]
    return out, v


TOOLS = {
    "update_customer": ["email", "phone", "address"], "create_ticket": ["email", "phone"],
    "ship_order": ["address", "phone"], "verify_identity": ["dob", "ssn", "address"],
    "send_email": ["email"], "book_appointment": ["dob", "phone", "health"], "reset_password": ["email", "password"],
    "process_refund": ["iban", "email"], "charge_card": ["card", "email"], "lookup_customer": ["email", "phone", "dob"],
    "create_user": ["email", "password", "phone"], "crm_add_contact": ["email", "phone", "address"],
}


def tool_args(c, p, tool):
    r = c.r
    ks = [k for k in TOOLS[tool] if k != "ssn" or c.loc == "en_US"]
    ks = r.sample(ks, r.randint(1, len(ks)))
    d = rec(c, p, ks, style=r.choice(["snake", "camel"]), extra=False)
    if tool in ("ship_order", "process_refund", "charge_card"):
        d["order_id"] = c.oid()
    if tool == "send_email":
        d["subject"] = Rich(["Your order ", c.oid()])
        d["body"] = Rich(["Hi "] + c.name(p, "given") + [",\nyour parcel is on its way. Total: "] + [c.price()])
    if tool == "book_appointment":
        d["slot"] = c.ts()
    return d


def s_toolcall(c):
    r = c.r
    p = c.person()
    tool = r.choice(list(TOOLS))
    args = jdump(tool_args(c, p, tool), ascii_=r.random() < 0.15)
    call = {"id": Raw(['"call_', c.hx(24), '"']), "type": "function",
            "function": {"name": tool, "arguments": Rich(args)}}
    v = r.choice(["message", "bare", "indent", "trace"])
    if v == "trace":
        msgs = [{"role": "system", "content": Rich(filler.system_prompt(c))},
                {"role": "user", "content": Rich(prose(c, None, [], greet=True, order=True))},
                {"role": "assistant", "content": None, "tool_calls": [call]}]
        return jdump({"messages": msgs, "tools": filler.tools_schema(c)}, indent=2 if r.random() < 0.4 else None), tool + "+trace"
    if v == "bare":
        return jdump([call]), tool
    body = {"role": "assistant", "content": None, "tool_calls": [call]}
    return jdump(body, indent=2 if v == "indent" else None), tool


def s_toolresult(c):
    r = c.r
    p = c.person()
    ks = c.kinds(2, 4)
    d = rec(c, p, ks, style=r.choice(["snake", "camel"]))
    d["orders"] = [{"id": c.oid(), "total": Raw(['"', c.price(), '"']), "placed": c.isodate()}]
    v = r.choice(["openai", "anthropic", "plain"])
    inner = jdump({"status": "ok", "customer": d})
    if v == "openai":
        return jdump({"role": "tool", "tool_call_id": Raw(['"call_', c.hx(24), '"']), "content": Rich(inner)}), v
    if v == "anthropic":
        return jdump({"type": "tool_result", "tool_use_id": Raw(['"toolu_', c.hx(20), '"']),
                      "content": [{"type": "text", "text": Rich(inner)}]}), v
    return ["Tool lookup_customer returned:\n"] + jdump({"status": "ok", "customer": d}, indent=2), v


def s_agent(c):
    r = c.r
    p = c.person()
    ks = c.kinds(1, 3, exclude=("ssn",))
    tool = r.choice(["lookup_customer", "update_customer", "crm_add_contact"])
    d = rec(c, p, ks, extra=False)
    out = ["Thought: the user wants to update their account. I should look them up first.\n",
           "Action: ", tool, "\nAction Input: "] + jdump(d) + ["\nObservation: ",
           r.choice(["found 1 match, customer_id=", "updated customer_id="]), c.nid(), "\n",
           "Thought: done, confirm with the user.\nFinal Answer: "] + c.say("reply", p, n=c.name(p, "given"))
    return out, tool


# ------------------------------------------------------------------ logs

def s_logjson(c):
    r = c.r
    lines = []
    n = r.choice([2, 3, 4, 6, 9, 12])
    pii_line = r.randrange(n)
    for i in range(n):
        d = {"ts": c.ts(), "level": r.choice(["info", "INFO", "warn", "debug"]),
             "msg": r.choice(["request completed", "user profile updated", "checkout started", "llm call",
                              "signup", "tool call finished"]),
             "trace_id": c.hx(32)}
        if i == pii_line:
            p = c.person()
            d["user"] = rec(c, p, c.kinds(1, 3), style=r.choice(["snake", "camel"]), extra=False)
        else:
            d["route"] = r.choice(["/api/v1/orders", "/v2/chat/completions", "/checkout", "/api/profile"])
            d["latency_ms"] = r.randint(12, 4000)
            if r.random() < 0.3:
                d["check"] = c.ops()
        lines.append(jdump(d, seps=(",", ":")))
    out = []
    for i, l in enumerate(lines):
        if i:
            out.append("\n")
        out += l
    return out, "lines%d" % min(n, 4)


def kv_val(x):
    v = x.value if isinstance(x, S) else x
    if any(ch in v for ch in ' "=\n'):
        return ['"'] + tmap([x], lambda s: s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")) + ['"']
    return [x]


def s_logkv(c):
    r = c.r
    p = c.person()
    out = []
    n = r.choice([1, 2, 3, 5, 8, 12])
    for i in range(n):
        if i < n - 1 and r.random() < 0.7:
            out += filler.noise_kv(c) + ["\n"]
            continue
        out += [c.ts(), " ", r.choice(["INFO", "WARN", "DEBUG"]), " ",
                r.choice(["svc=checkout", "svc=auth", "app=support-bot", "component=crm-sync"]), " "]
        if i == n - 1:
            ks = c.kinds(1, 3)
            out += ["event=", r.choice(["profile_update", "login_failed", "address_change", "kyc_submit"])]
            if r.random() < 0.7:
                out += [" user="] + kv_val(E("PERSON", p.full))
            for k in ks:
                out += [" ", SHORT[k], "="] + kv_val(c.ent(k, p, structured=True))
        else:
            out += ["event=request path=", r.choice(["/api/cart", "/api/session", "/v1/embeddings"]),
                    " status=200 dur_ms=", str(r.randint(5, 900)), " req_id=", c.hx(12)]
        out.append("\n")
    return out[:-1], "kv"


def s_logesc(c):
    r = c.r
    p = c.person()
    body = jdump(rec(c, p, c.kinds(1, 3), style="camel", extra=False))
    line = {"time": c.ts(), "level": "debug", "logger": r.choice(["http.client", "webhook", "llm.gateway"]),
            "message": r.choice(["outgoing request", "webhook payload", "prompt variables"]),
            "body": Rich(body), "version": c.ver()}
    return jdump(line), "json-in-json"


def s_security(c):
    r = c.r
    p = c.person()
    em = c.email(p)
    ip = c.ip()
    v = r.choice(["auth", "waf", "nginx"])
    if v == "nginx":
        out = [ip, " - - [", c.ts(), '] "POST /api/login HTTP/1.1" 401 63 "-" "Mozilla/5.0" email=', em]
    elif v == "waf":
        out = [c.ts(), " WARN auth: ", r.choice(["5 failed logins", "impossible travel", "new device"]),
               " for ", em, " from ", ip]
        if r.random() < 0.5:
            out += [" (prev ", c.ip(), ")"]
    else:
        out = jdump({"event": "login", "result": r.choice(["failure", "success", "mfa_required"]),
                     "email": em, "src_ip": ip, "ua": "okhttp/4.12.0", "at": c.ts()})
    return out, v


# ------------------------------------------------------------------ documents

SUBJ = {"en": ["Change of address", "Re: your order", "Booking request", "Account access", "Refund"],
        "es": ["Cambio de dirección", "Re: pedido"], "fr": ["Changement d'adresse", "Re : commande"],
        "de": ["Adressänderung", "AW: Bestellung"], "pt": ["Mudança de endereço"], "it": ["Cambio indirizzo"],
        "nl": ["Adreswijziging"], "pl": ["Zmiana adresu"], "sv": ["Adressändring"], "tr": ["Adres değişikliği"],
        "ru": ["Смена адреса"], "el": ["Αλλαγή διεύθυνσης"], "ar": ["تغيير العنوان"], "he": ["שינוי כתובת"],
        "hi": ["पता बदलना"], "ja": ["住所変更のお願い"], "zh": ["更改地址"], "ko": ["주소 변경 요청"],
        "vi": ["Đổi địa chỉ"], "id": ["Perubahan alamat"]}


def s_email(c):
    r = c.r
    p = c.person()
    q = c.person()
    ks = prose_kinds(c, 1, 2)
    em = c.email(p)
    v = r.choice(["summarize", "reply", "extract", "raw"]) if c.lang == "en" else "raw"
    ask = {"summarize": "Summarize this email in two sentences:\n\n", "reply": "Draft a polite reply to this:\n\n",
           "extract": "Extract the customer's details as JSON from the email below.\n\n", "raw": ""}[v]
    to = ([E("PERSON", q.full), " <", c.email(q, True), ">"] if r.random() < 0.4 else
          [r.choice(["Customer Service", "Support team", "Reservations", "Kundenservice", "Service client"])])
    out = [ask, "From: ", E("PERSON", p.full), " <", em, ">\nTo: "] + to + ["\nDate: ", c.date(), "\nSubject: ",
                                                                           r.choice(SUBJ[c.lang]), "\n\n"]
    out += [r.choice(c.ph["greet"]), "\n\n"] + prose(c, None, ks, greet=False, thanks=False, who=p) + ["\n\n"]
    out += [r.choice(c.ph["thanks"]), "\n", E("PERSON", r.choice([p.full, p.given]))]
    if r.random() < 0.4:
        out += ["\n", c.phone()]
    if r.random() < 0.3:
        out += ["\n", c.addr(multi=True)]
    if r.random() < 0.4:
        out += ["\n\n> On ", c.date(), ", ", c.brand(), " Support wrote:\n> ", r.choice(filler.POLICY)]
        v += "+quoted"
    if r.random() < 0.4:
        out += ["\n\n", r.choice(filler.DISCLAIMER)]
    return out, v


def s_crm(c):
    r = c.r
    p = c.person()
    ks = c.kinds(1, 3)
    if c.lang != "en":
        out = [r.choice(["Note", "Notiz", "Nota", "Remarque", "Memo"]), " ", c.date(), ": "]
        out += prose(c, p, [k for k in ks if k in c.ph], greet=False, thanks=False)
        return out, "native"
    agent = c.person(foreign=False)
    out = [r.choice(["Call with ", "Spoke to ", "Inbound call from ", "Chat w/ "])] + c.name(p, r.choice(["full", "title"]))
    out += [" on ", c.date(), ". "]
    for k in ks:
        tpl = {"address": "Moved; new address ⟦v⟧. ", "dob": "Verified DOB ⟦v⟧. ", "phone": "Callback number ⟦v⟧. ",
               "password": "Gave them a temp password ⟦v⟧ (must change at next login). ",
               "email": "Prefers email: ⟦v⟧. ", "health": "Mentioned ⟦v⟧ — flag for accessible seating. ",
               "ip": "Login attempts came from ⟦v⟧. ", "iban": "Refund to ⟦v⟧ approved. ",
               "card": "Card on file ⟦v⟧ declined. ", "ssn": "SSN ⟦v⟧ matched the credit file. "}[k]
        out += fill(tpl, v=c.ent(k, p))
    out += ["Re order ", c.oid(), ". — "] + c.name(agent, "given")
    return out, "en"


def s_form(c):
    r = c.r
    p = c.person()
    lbl = LABELS[c.lang]
    ks = c.kinds(2, 4, exclude=("ip",) if r.random() < 0.7 else ())
    v = r.choice(["colon", "table", "urlenc-like", "pipe"])
    title = r.choice(FORM_TITLE.get(c.lang, ["Form"]) + (["New form submission", "Contact form", "Registration"]
                                                        if c.lang == "en" else []))
    out = [title, " (", c.date(), ")\n" if v != "pipe" else ") "]
    rows = [(lbl[0], E("PERSON", p.full))] + [(lbl[LBL_IDX[k]] if k in LBL_IDX else EN_LBL[k], c.ent(k, p))
                                              for k in ks]
    if r.random() < 0.4:
        rows.append((lbl[6], Rich(prose(c, None, [], greet=False, order=True, thanks=False))))
    for k, val in rows:
        vv = val.parts if isinstance(val, Rich) else [val]
        if v == "colon":
            out += [k, ": "] + vv + ["\n"]
        elif v == "table":
            out += [k.ljust(22), vv, "\n"]
        elif v == "pipe":
            out += [k, ": "] + vv + [" | "]
        else:
            out += ["[", k, "] "] + vv + ["\n"]
    return out, v


def s_csv(c):
    r = c.r
    sep = r.choice([",", ",", ";", "\t"])
    ks = c.kinds(2, 3, exclude=("health",))
    split = r.random() < 0.3
    head = (["first_name", "last_name"] if split else ["name"]) + [KEYS[k] for k in ks]
    if r.random() < 0.5:
        head = ["id"] + head
    out = list(csv_row(head, sep)) + ["\n"]
    for _ in range(r.choice([1, 1, 2, 3])):
        p = c.person()
        cells = []
        if head[0] == "id":
            cells.append([c.nid()])
        cells += ([[E("PERSON", p.given)], [E("PERSON", p.family)]] if split else [[E("PERSON", p.full)]])
        for k in ks:
            if k == "address":
                cells.append([c.addr(multi=r.random() < 0.3)])
            else:
                cells.append([c.ent(k, p, structured=True)])
        out += csv_row(cells, sep) + ["\n"]
    pre = r.choice(["", "", "Here is the export, can you dedupe it?\n\n", "```csv\n"])
    out = [pre] + out
    if pre.startswith("```"):
        out.append("```")
    else:
        out = out[:-1]
    return out, {",": "comma", ";": "semicolon", "\t": "tab"}[sep]


def s_markdown(c):
    r = c.r
    ks = c.kinds(2, 3, exclude=("health", "password"))
    head = ["Name"] + [EN_LBL.get(k, LABELS["en"][LBL_IDX.get(k, 0)]) for k in ks] + ["Since"]
    out = [r.choice(["", "Members list:\n\n", "| copied from the sheet |\n\n"]), "| " + " | ".join(head) + " |\n",
           "|" + "---|" * len(head) + "\n"]
    for _ in range(r.randint(1, 4)):
        p = c.person()
        out.append("| ")
        out.append(E("PERSON", p.full))
        for k in ks:
            out += [" | ", c.ent(k, p, structured=True)]
        out += [" | ", c.date(2015, 2024), " |\n"]
    return out, "table"


def s_yaml(c):
    r = c.r
    out = [r.choice(["# fixtures/customers.yaml\n", "# seed data\n", ""]), "customers:\n"]
    for _ in range(r.randint(1, 3)):
        p = c.person()
        ks = c.kinds(1, 3, exclude=("health",))
        out += ["  - id: ", c.nid(), "\n    name: "] + yaml_str([E("PERSON", p.full)]) + ["\n"]
        for k in ks:
            if k == "address" and r.random() < 0.5:
                a = c.addr_obj()
                out += ["    address: |\n      ", E("ADDRESS", a.multi("\n      ")), "\n"]
            else:
                out += ["    ", KEYS[k], ": "] + yaml_str([c.ent(k, p, structured=True)], force=k == "password" and r.random() < 0.5) + ["\n"]
    out += ["    plan: ", r.choice(["pro", "free", "team"]), "\n"]
    return out, "fixture"


def s_env(c):
    r = c.r
    p = c.person()
    out = [r.choice(["why does docker compose ignore this .env?\n\n", "# .env.production\n", "", "```\n"])]
    out += ["APP_ENV=production\nAPP_VERSION=", c.ver(), "\nDB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=",
            c.pw("random"), "\n"]
    if r.random() < 0.6:
        out += ["ADMIN_EMAIL=", c.email(p, True), "\n"]
    if r.random() < 0.5:
        out += ["SMTP_PASS=", c.pw(), "\n"]
    if r.random() < 0.4:
        out += ["ALLOWED_IP=", c.ip(False), "\n"]
    out += ["LOG_PATH=", c.path(), "\nPROBE_PATH=", D("OPS_TERM", "/healthz"), "\n"]
    if out[0] == "```\n":
        out.append("```")
    return out, "dotenv"


def s_sql(c):
    r = c.r
    p = c.person()
    v = r.choice(["insert", "update", "select"])
    if v == "insert":
        ks = c.kinds(1, 3, exclude=("health", "password"))
        cols = ["first_name", "last_name"] + [KEYS[k] for k in ks] + ["created_at"]
        vals = [sql_str([E("PERSON", p.given)]), sql_str([E("PERSON", p.family)])]
        vals += [sql_str([c.ent(k, p, structured=True)]) for k in ks] + [sql_str([c.ts()])]
        out = ["INSERT INTO customers (", ", ".join(cols), ")\nVALUES ("]
        for i, x in enumerate(vals):
            out += ([", "] if i else []) + x
        out.append(");")
    elif v == "update":
        k = r.choice(["address", "phone", "email", "dob", "iban"])
        out = ["UPDATE customers SET ", KEYS[k], " = "] + sql_str([c.ent(k, p, structured=True)])
        out += [", updated_at = now() WHERE customer_id = ", c.nid(), ";"]
    else:
        out = ["SELECT id, full_name, phone FROM customers WHERE email = "] + sql_str([c.email(p)])
        out += [" OR full_name ILIKE "] + sql_str(["%", E("PERSON", p.full), "%"]) + [";"]
    pre = r.choice(["", "this query is slow, why?\n\n", "mig"])
    if pre == "mig":
        pre = ["-- migration ", c.hx(8), "\n"]
    return [pre] + out, v


def s_http(c):
    r = c.r
    p = c.person()
    ks = c.kinds(1, 3, exclude=("ip", "health"))
    body = jdump(rec(c, p, ks, style="camel", extra=False), indent=2 if r.random() < 0.4 else None)
    path = r.choice(["/api/v2/users", "/api/signup", "/v1/customers", "/account/profile"])
    out = [r.choice(["POST", "PUT", "PATCH"]), " ", path, " HTTP/1.1\nHost: api.", r.choice(["acme-shop", "parcelo",
           "brightwave"]), ".example\nContent-Type: application/json\nX-Request-Id: ", c.uuid(), "\n"]
    if r.random() < 0.7:
        out += ["X-Forwarded-For: ", c.ip(), "\n"]
    out += ["User-Agent: ", r.choice(["Mozilla/5.0", "okhttp/4.12.0", "python-requests/2.31.0"]), "\n\n"] + body
    if r.random() < 0.4:
        out = ["got a 422 on this request, what's wrong?\n\n"] + out
    return out, "request"


def s_ticket(c):
    r = c.r
    p = c.person()
    ks = prose_kinds(c, 1, 2)
    desc = prose(c, p, ks, greet=True)
    v = r.choice(["zendesk", "jira", "plain"])
    if v == "plain":
        agent = c.person()
        asg = c.name(agent, "given") if r.random() < 0.4 else [r.choice(["Tier 1", "Billing queue", "unassigned"])]
        return (["Ticket #", c.nid(), " · ", c.date(), "\nRequester: ", E("PERSON", p.full), "\nAssignee: "]
                + asg + ["\nPriority: normal\n\n"] + desc), v
    if v == "zendesk":
        d = {"ticket": {"id": Raw([c.nid()]), "subject": r.choice(SUBJ[c.lang]),
                        "requester": {"name": E("PERSON", p.full), "email": c.email(p)},
                        "comment": {"body": Rich(desc)}, "created_at": c.ts()}}
    else:
        d = {"key": Raw(['"SUP-', c.nid(), '"']), "fields": {"summary": "Customer request",
             "reporter": {"displayName": E("PERSON", p.full)}, "description": Rich(desc)}}
    return jdump(d, indent=2 if r.random() < 0.5 else None), v


def s_whatsapp(c):
    r = c.r
    p = c.person()
    q = c.person()
    ks = prose_kinds(c, 1, 2)
    out = []
    d = V.rand_date(r, 2024, 2025)
    stamp = "[%02d/%02d/%02d, %02d:%02d]" % (d.day, d.month, d.year % 100, r.randint(7, 22), r.randint(0, 59))
    out += [stamp[:1], D("DATE", stamp[1:9]), stamp[9:], " ", E("PERSON", p.given), ": "]
    out += prose(c, None, ks[:1], greet=True, order=False, thanks=False, who=p)
    out += ["\n", stamp[:1], D("DATE", stamp[1:9]), stamp[9:], " ", E("PERSON", q.given), ": ",
            r.choice(["ok 👍", "👌", "vale", "ok merci", "top", "👍👍"])]
    if len(ks) > 1:
        out += ["\n", stamp[:1], D("DATE", stamp[1:9]), stamp[9:], " ", E("PERSON", p.given), ": "]
        out += prose(c, None, ks[1:], greet=False, order=False, who=p)
    return out, "export"


def s_slack(c):
    r = c.r
    p = c.person(foreign=False)
    q = c.person()
    k = r.choice(["phone", "email", "address", "password", "ip"])
    val = c.ent(k, q)
    msg = {"phone": "customer ⟦n⟧ wants a callback on ⟦v⟧", "email": "can someone merge ⟦n⟧'s accounts? the good one is ⟦v⟧",
           "address": "⟦n⟧ says the parcel went to the old address, correct one is ⟦v⟧",
           "password": "reset ⟦n⟧'s kiosk login, temp pw is ⟦v⟧", "ip": "⟦n⟧ is locked out, coming from ⟦v⟧"}[k]
    out = [E("PERSON", p.given.lower()) if r.random() < 0.5 else E("PERSON", p.full), "  ", str(r.randint(8, 18)),
           ":", "%02d" % r.randint(0, 59), "\n"] + fill(msg, n=c.name(q, r.choice(["full", "given"])), v=val)
    if r.random() < 0.5:
        out += [" (ticket ", c.nid(), ")"]
    return out, k


def s_shipping(c):
    r = c.r
    p = c.person()
    a = c.addr_obj()
    v = r.choice(["label-json", "label-text", "carrier-log"])
    if v == "label-json":
        d = {"shipment": {"carrier": r.choice(["DHL", "UPS", "PostNL", "Correos", "Yamato"]), "ref": c.oid(),
                          "to": {"name": E("PERSON", p.full), "address": E("ADDRESS", a.multi("\n")),
                                 "phone": c.phone()}, "weight_kg": r.randint(1, 20), "ship_date": c.isodate()}}
        return jdump(d, indent=2 if r.random() < 0.5 else None), v
    if v == "label-text":
        return (["SHIP TO:\n", E("PERSON", p.full.upper() if not p.native else p.full), "\n", E("ADDRESS", a.multi()),
                 "\nTEL ", c.phone(), "\nREF ", c.oid(), "  ", c.date()]), v
    return ([c.ts(), " label.created carrier=", r.choice(["dhl", "ups", "gls"]), " order=", c.oid(), ' recipient="',
             E("PERSON", p.full), '" addr="', E("ADDRESS", a.one()), '"']), v


def s_payment(c):
    r = c.r
    p = c.person()
    v = r.choice(["chat", "json", "iban-chat"])
    if v == "json":
        d = {"payment_method": {"type": "card", "card": {"number": c.card(), "exp": "%02d/%02d" % (r.randint(1, 12), r.randint(26, 30)),
             "holder": E("PERSON", p.full.upper() if not p.native else p.full)}}, "amount": Raw([str(r.randint(500, 90000))]),
             "currency": "eur", "order": c.oid()}
        return ["stripe error card_declined, request was:\n"] + jdump(d, indent=2), v
    if v == "iban-chat":
        return prose(c, p, ["iban"] + ([r.choice(["email", "address"])] if r.random() < 0.5 else []), order=True), v
    return prose(c, p, ["card"] + (["email"] if r.random() < 0.4 else []), order=True), v


def s_secrets(c):
    r = c.r
    p = c.person()
    v = r.choice(["connstr", "cli", "wifi", "door", "code"])
    if v == "connstr":
        pw = c.pw("random", url_safe=True)
        out = [r.choice(["can't connect, getting auth failed:\n", "is this DSN right?\n"]),
               r.choice(["postgres", "mysql", "mongodb", "redis"]), "://", r.choice(["app", "admin", "svc_api"]), ":",
               pw, "@db.", r.choice(["prod", "staging"]), ".internal:5432/", r.choice(["orders", "crm", "app"])]
    elif v == "cli":
        pw = c.pw()
        out = [r.choice(["$ mysql -u root -p'", "$ sshpass -p '", "$ PGPASSWORD='"]), pw,
               r.choice(["' -h db.internal shop", "' ssh -l deploy bastion", "' psql -h db -U app"]),
               "\n", r.choice(["ERROR 1045 (28000): Access denied", "Permission denied, please try again.",
                               "FATAL: password authentication failed"])]
    elif v == "wifi":
        out = [r.choice(c.ph["greet"]), " ", r.choice(["the wifi for the flat is ", "guest wifi: ", "wlan key "]),
               r.choice(["Casa", "FRITZ!Box 7590", "Vodafone-", "TP-Link_"]), str(r.randint(10, 99)), " / ",
               E("PASSWORD", V.wifi_key(r)), ". ", "Check-in ", c.date(), "."]
    elif v == "door":
        out = c.name(p, "given") + [", ", r.choice(["the door code is ", "key box code: ", "gate code "]),
                                    E("PASSWORD", V.door_code(r)), r.choice([". Flat is ", ", address "]), c.addr(), "."]
    else:
        out = ["```python\nclient = Client(\n    host=\"db.internal\",\n    user=\"reporting\",\n    password=\"",
               c.pw(), "\",\n)\n```\nwhy does this hang on ", c.ver(), "?"]
    return out, v


def s_clinical(c):
    r = c.r
    p = c.person()
    v = r.choice(["intake", "summarize", "referral"]) if c.lang == "en" else "intake"
    lbl = LABELS[c.lang]
    if v == "intake":
        out = [lbl[0], ": ", E("PERSON", p.full), "\n", lbl[4], ": ", c.dob(), "\n", lbl[6], ": ", c.health(p)]
        if r.random() < 0.6:
            out += ["; ", c.health(p)]
        out += ["\n", lbl[2], ": ", c.phone(), "\nVisit: ", c.date(2025, 2025)]
        return out, v
    if v == "summarize":
        out = ["Summarize for the handover: patient ", E("PERSON", p.full), ", DOB ", c.dob(),
               ", admitted ", c.date(), " with ", c.health(p), ". Home meds: ", E("HEALTH", V.health(r, "en")),
               ". Discharge planned ", c.date(), "."]
        return out, v
    dr = c.person()
    out = ["Dear Dr ", E("PERSON", dr.family), ",\n\nI am referring ", E("PERSON", p.full), " (born ", c.dob(),
           ") for assessment of ", c.health(p), ". Please contact ", "her" if p.gender == "f" else "him",
           " on ", c.phone(), ".\n\nKind regards,\n", E("PERSON", c.person().full)]
    return out, v


def s_hr(c):
    r = c.r
    p = c.person()
    ks = ["dob"] + (["ssn"] if c.loc == "en_US" else ["iban"]) + r.sample(["address", "phone", "email"], r.randint(0, 2))
    d = rec(c, p, ks, style=r.choice(["snake", "camel"]))
    d["job_title"] = r.choice(V.JOBS)
    d["start_date"] = c.isodate()
    d["salary"] = Raw(['"', c.price(), '"'])
    pre = r.choice(["", "New hire record from Workday:\n", "payroll sync payload:\n"])
    return [pre] + jdump({"employee": d}, indent=2 if r.random() < 0.6 else None), "employee"


def s_rag(c):
    r = c.r
    docs = []
    for i in range(r.randint(2, 3)):
        if i == 0 or r.random() < 0.5:
            p = c.person()
            txt = prose(c, p, prose_kinds(c, 1, 2), greet=False)
        else:
            txt = [r.choice(filler.POLICY), " (", r.choice([c.path, c.date, c.ver])(), ")"]
        docs.append({"id": Raw(['"doc_', c.hx(8), '"']), "score": round(r.random(), 3), "text": Rich(txt)})
    out = jdump({"query": "customer contact details", "results": docs}, indent=2 if r.random() < 0.3 else None)
    return out, "retrieval"


def s_meeting(c):
    r = c.r
    ps = [c.person() for _ in range(r.randint(2, 4))]
    out = [r.choice(["Meeting notes ", "Notes — ", "Standup "]), c.date(), "\nAttendees: "]
    for i, p in enumerate(ps):
        out += ([", "] if i else []) + [E("PERSON", p.full)]
    out += ["\n\n- "] + c.name(ps[0], "given") + [" will call the client back on ", c.phone(), "\n- "]
    out += c.name(ps[1], "given") + [" to ship the ", c.product(), " to ", c.addr(), "\n- release ", c.ver(),
                                     " moved to ", c.date()]
    return out, "notes"


def s_kyc(c):
    r = c.r
    p = c.person()
    d = {"applicant": rec(c, p, ["dob", "address"] + (["ssn"] if c.loc == "en_US" else []), split=True, extra=False),
         "document": {"type": r.choice(["passport", "id_card", "driving_licence"]), "expires": c.isodate()},
         "checks": {"liveness": "pass", "sanctions": "clear"}, "ref": c.uuid()}
    if r.random() < 0.4:
        d["applicant"]["ip"] = c.ip()
    return jdump(d, indent=2 if r.random() < 0.5 else None), "verification"


# ------------------------------------------------------------------ casual

TYPO = [("you", "u"), ("please", "pls"), ("thanks", "thx"), ("tomorrow", "tmrw"), (" are ", " r "),
        ("because", "bc"), ("I'm", "im"), ("don't", "dont"), ("the ", "teh "), ("number", "nr")]


def typos(s, r):
    for a, b in TYPO:
        if a in s and r.random() < 0.6:
            s = s.replace(a, b)
    return s.lower() if r.random() < 0.6 else s


def s_sms(c):
    r = c.r
    p = c.person()
    q = c.person()
    k = r.choice(["address", "phone", "password", "email", "dob"] + (["health"] if r.random() < 0.3 else []))
    val = c.ent(k, q)
    if c.lang == "en":
        tpl = r.choice({
            "address": ["hey ⟦m⟧ its ⟦n⟧, new place is ⟦v⟧ come by sat", "⟦m⟧ can u send the parcel to ⟦v⟧ pls"],
            "phone": ["⟦m⟧ this is ⟦n⟧ new number ⟦v⟧ save it", "hi its ⟦n⟧ lost my phone, text ⟦v⟧ instead"],
            "password": ["⟦m⟧ netflix pw is ⟦v⟧ dont change it lol", "wifi is ⟦v⟧ ⟦m⟧"],
            "email": ["⟦m⟧ send the pics to ⟦v⟧ thx", "its ⟦n⟧, my new email ⟦v⟧"],
            "dob": ["⟦m⟧ for the booking they need my dob, its ⟦v⟧", "dob ⟦v⟧ if they ask ⟦m⟧"],
            "health": ["⟦m⟧ doc says its ⟦v⟧, cant come tmrw", "⟦m⟧ on ⟦v⟧ now so no drinks for me"]}[k])
        out = fill(typos(tpl, r), m=c.name(p, "lower"), n=c.name(q, "lower"), v=val)
    else:
        out = c.name(p, "lower") + [" "] + tmap(prose(c, None, [k], greet=False, order=False, thanks=False,
                                                      vals={k: val}), lambda s: s.lower(), spans=False)
    if r.random() < 0.3:
        out += [r.choice([" 😊", " xx", " 🙏", "!!", " ok?"])]
    return out, k


def spoken(c, p):
    r = c.r
    return r.choice([
        ("my date of birth is ⟦v⟧", E("DATE_OF_BIRTH", V.spoken_date_en(c.dob_date(), r))),
        ("it's ⟦v⟧ that's my mobile", E("PHONE", V.spoken_digits(c.phone().value))),
        ("the password i set was ⟦v⟧", E("PASSWORD", " ".join(r.sample(V.PHRASE_WORDS, 3)))),
        ("the address is ⟦v⟧", c.addr()),
        ("my email is ⟦v⟧", E("EMAIL", V.email_local(r, p).replace(".", " dot ") + " at " +
                               r.choice(["gmail dot com", "outlook dot com", "yahoo dot com"]))),
        ("the pin is ⟦v⟧", E("PASSWORD", V.spoken_digits(V.pin(r, 4)))),
    ])


def s_transcript(c):
    r = c.r
    p = c.person()
    ag = c.person(foreign=False)
    if c.lang != "en":
        ks = prose_kinds(c, 1, 2)
        body = prose(c, p, ks, greet=True, thanks=True, casual=True)
        body = [re_punct(x.lower()) if isinstance(x, str) else (x.map(str.lower) if x.type == "PERSON" else x)
                for x in body]
        return ["agent: ", r.choice(AGENT_BRANDS).lower(), " ", E("PERSON", ag.given.lower()), "\ncaller: "] + body, "native"
    labels = r.choice([("agent", "caller"), ("speaker 1", "speaker 2"), None])
    if labels is None:
        la = [E("PERSON", ag.given.lower())]
        lc = [E("PERSON", p.given.lower())]
    else:
        la, lc = [labels[0]], [labels[1]]
    out = la + [": thank you for calling ", r.choice(AGENT_BRANDS).lower()] + (
        [" my name is ", E("PERSON", ag.given.lower())] if labels is None or r.random() < 0.4 else []) + [
        " how can i help\n"]
    out += lc + [": hi yeah um it's ", E("PERSON", p.full.lower() if not p.native else p.latin_full.lower()),
                 " i'm calling about my account\n"]
    out += la + [": sure can you confirm a few details\n"]
    for _ in range(r.randint(1, 2)):
        tpl, val = spoken(c, p)
        out += lc + [": "] + fill(tpl, v=val) + ["\n"] + la + [": ", r.choice(["okay got it", "perfect thanks",
                                                                                "one moment", "right"]), "\n"]
    return out[:-1], "en-" + ("named" if labels is None else labels[0].replace(" ", ""))


def re_punct(s):
    return re.sub(r"[,.!?;:。、！？،]", "", s)


SHAPES_PII = {
    "chat": 13, "openai": 9, "anthropic": 4, "multiturn": 6, "answer": 5, "toolcall": 8, "toolresult": 5,
    "agent": 3, "logjson": 5, "logkv": 4, "logesc": 3, "security": 3, "email": 6, "crm": 4, "form": 5, "csv": 4,
    "markdown": 3, "yaml": 2, "env": 2, "sql": 3, "http": 3, "ticket": 3, "whatsapp": 2, "slack": 2,
    "shipping": 3, "payment": 3, "secrets": 4, "clinical": 3, "hr": 2, "rag": 2, "meeting": 2, "kyc": 2, "sms": 4,
    "transcript": 4,
}
FUNCS = {k: globals()["s_" + k] for k in SHAPES_PII}
EN_ONLY = {"slack", "meeting", "secrets"}
