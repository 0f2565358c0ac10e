"""PII shapes: LLM chats, agent tool calls, chat exports, transcripts."""
import datetime

import decoys as DC
import lang as LG
import values as V
from base import (KEYS, health_field, key, message, pick_kinds, record_fields, reply, say, signoff,
                  want_fields)
from rich import E, D, R, Raw, cat, coerce, fmt, jdump, join, lower

COMPANIES = [("Kestrel Logistics", "kestrel-logistics.com"), ("Nordlicht Energie", "nordlicht-energie.de"),
             ("Papaya Telecom", "papayatel.com"), ("Brightwave Insurance", "brightwave-ins.co.uk"),
             ("Moinho Seguros", "moinhoseguros.com.br"), ("Azulejo Travel", "azulejo.travel"),
             ("Hanami Mobile", "hanami-mobile.jp"), ("Sable & Finch", "sablefinch.com"),
             ("Clínica Vistalegre", "clinicavistalegre.es"), ("Polar Pay", "polarpay.fi"),
             ("Korat Home", "korathome.co.th"), ("Baobab Health", "baobabhealth.co.ke")]


def company(ctx):
    return ctx.pick(COMPANIES)


def _id(ctx, n=24):
    return "".join(ctx.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                                         for _ in range(n))


# ------------------------------------------------------------------ chats
def sh_chat_turn(ctx):
    r = ctx.rng
    p = ctx.person()
    kinds = pick_kinds(ctx, p, r.randint(1, 4))
    if r.random() < 0.6:
        kinds = ["intro"] + kinds
    msg = message(ctx, p, kinds, sep=r.choice([" ", " ", "\n"]))
    a, b = r.choice([("User: ", "\nAssistant: "), ("user: ", "\nassistant: "), ("### Human: ", "\n\n### Assistant: "),
                     ("<|user|>\n", "\n<|assistant|>\n"), ("[INST] ", " [/INST] "), ("Q: ", "\nA: "),
                     ("Human: ", "\n\nAI: ")])
    return cat(a, msg, b, reply(ctx, p))


def sh_openai_messages(ctx):
    r = ctx.rng
    p = ctx.person()
    co, dom = company(ctx)
    loc_labels = r.random() < 0.5
    want = want_fields(ctx, n=r.randint(2, 4))
    prof = join("\n", [cat(key(ctx, f, loc_labels), ": ", v) for f, v in record_fields(ctx, p, want)])
    kinds = pick_kinds(ctx, p, r.randint(1, 3))
    msgs = [{"role": "system", "content": cat("You are the support assistant for %s. Be concise.\n"
                                               "Customer profile:\n" % co, prof)},
            {"role": "user", "content": message(ctx, p, kinds)},
            {"role": "assistant", "content": reply(ctx, p)}]
    if r.random() < 0.4:
        msgs.append({"role": "user", "content": message(ctx, p, pick_kinds(ctx, p, 1))})
    obj = {"model": r.choice(["gpt-4o-mini", "gpt-4.1", "llama-3.1-70b-instruct", "mistral-large-latest"]),
           "messages": msgs, "temperature": r.choice([0, 0.2, 0.7])}
    ctx.json = "json"
    return jdump(obj, indent=r.choice([None, 2]), ea=r.random() < 0.25)


FN_NAMES = ["update_customer_profile", "create_booking", "register_patient", "reset_password",
            "schedule_appointment", "open_claim", "crm_upsert_contact", "send_invoice", "verify_identity",
            "add_emergency_contact", "create_support_ticket"]


def _args(ctx, p, n=None):
    r = ctx.rng
    want = want_fields(ctx, n=n or r.randint(2, 5), extra={"pw": 1.3})
    args = {}
    for f, v in record_fields(ctx, p, want, ml=r.random() < 0.45):
        k = key(ctx, f)
        while k in args:
            k = k + "_2"
        args[k] = v
    if r.random() < 0.4:
        args[r.choice(["locale", "lang"])] = ctx.loc
    if r.random() < 0.3:
        args["request_id"] = DC.numeric(r, "uuid")
    return args


def sh_tool_call_openai(ctx):
    r = ctx.rng
    p = ctx.person()
    inner = jdump(_args(ctx, p), compact=r.random() < 0.5, ea=r.random() < 0.2)
    call = {"id": "call_" + _id(ctx, 24), "type": "function",
            "function": {"name": r.choice(FN_NAMES), "arguments": inner}}
    if r.random() < 0.5:
        obj = {"id": "chatcmpl-" + _id(ctx, 29), "object": "chat.completion", "created": r.randint(1700000000, 1750000000),
               "choices": [{"index": 0, "finish_reason": "tool_calls",
                            "message": {"role": "assistant", "content": None, "tool_calls": [call]}}]}
    else:
        obj = {"role": "assistant", "tool_calls": [call]}
    ctx.json = "json"
    return jdump(obj, indent=r.choice([None, 2, 2]), ea=r.random() < 0.15)


def sh_tool_use_anthropic(ctx):
    r = ctx.rng
    p = ctx.person()
    tid = "toolu_" + _id(ctx, 24)
    lab = ctx.lab
    want = want_fields(ctx, n=r.randint(3, 5))
    lines = [cat(lab.get({"health": "diag", "pw": "pw"}.get(f, f), f), ": ", v)
             for f, v in record_fields(ctx, p, want, ml=False)]
    msgs = [{"role": "assistant", "content": [
                {"type": "text", "text": "Let me look that up."},
                {"type": "tool_use", "id": tid, "name": r.choice(["lookup_customer", "get_patient_record", "crm_search"]),
                 "input": {"query": p.email() if r.random() < 0.5 else p.name()}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid,
                                          "content": join("\n", lines)}]}]
    ctx.json = "json"
    return jdump({"messages": msgs}, indent=r.choice([None, 2]))


def sh_mcp_jsonrpc(ctx):
    r = ctx.rng
    p = ctx.person()
    if r.random() < 0.5:
        obj = {"jsonrpc": "2.0", "id": r.randint(1, 400), "method": "tools/call",
               "params": {"name": r.choice(["crm.update", "hr.create_employee", "clinic.book"]),
                          "arguments": _args(ctx, p)}}
    else:
        want = want_fields(ctx, n=r.randint(2, 4))
        txt = join("\n", [cat(key(ctx, f), "=", v) for f, v in record_fields(ctx, p, want)])
        obj = {"jsonrpc": "2.0", "id": r.randint(1, 400),
               "result": {"content": [{"type": "text", "text": cat("Found 1 record:\n", txt)}], "isError": False}}
    ctx.json = "json"
    return jdump(obj, indent=r.choice([None, 2]))


def sh_llm_trace(ctx):
    r = ctx.rng
    p = ctx.person()
    prompt = jdump([{"role": "user", "content": message(ctx, p, ["intro"] + pick_kinds(ctx, p, r.randint(2, 3)))}])
    obj = {"trace_id": V.hexhash(r, 32), "span_id": V.hexhash(r, 16), "name": "llm.chat",
           "start_time": D("DATE", "%sT%02d:%02d:%02d.%03dZ" % (LG.rand_recent(r).isoformat(), r.randint(0, 23),
                                                                r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))),
           "attributes": {"gen_ai.system": "openai", "gen_ai.request.model": "gpt-4o-mini",
                          "gen_ai.prompt": prompt, "gen_ai.usage.input_tokens": r.randint(40, 900)}}
    ctx.json = "json"
    return jdump(obj, indent=r.choice([None, 2]))


def sh_prompt_context(ctx):
    r = ctx.rng
    p = ctx.person()
    want = want_fields(ctx, n=r.randint(3, 5))
    rows = join("\n", [cat("  <", f, ">", v, "</", f, ">") for f, v in record_fields(ctx, p, want)])
    q = message(ctx, p, pick_kinds(ctx, p, 1))
    return cat("You are a helpful agent. Use the profile below only to answer the customer.\n<customer_profile>\n",
               rows, "\n</customer_profile>\n\nCustomer message: ", q)


# ------------------------------------------------------------------ transcripts
def sh_support_chat(ctx):
    r = ctx.rng
    p = ctx.person()
    agent = ctx.person()
    bot = r.random() < 0.3
    if bot:
        ag = cat(DC.proper(r.choice(["Ava", "Nova", "Sparky", "Lumi"])), " (virtual assistant)")
    else:
        ag = agent.name("given")
    style = r.choice(["colon", "bold", "tag"])
    if r.random() < 0.55:
        cust = coerce(r.choice(["Customer", "Visitor", "User", "Cliente", "Kunde", "Client"]))
        if not bot and r.random() < 0.6:
            ag = coerce("Agent")
    else:
        cust = p.name(r.choice(["given", "full"]))

    def line(who, text):
        if style == "colon":
            return cat(who, ": ", text)
        if style == "bold":
            return cat("**", who, ":** ", text)
        return cat("<", who, "> ", text)
    lines = [line(ag if style != "tag" else ag, reply(ctx, p) if r.random() < 0.3 else coerce("Hi! How can I help?"))]
    for k in ["intro"] + pick_kinds(ctx, p, r.randint(2, 4)):
        s = say(ctx, p, k)
        if s is None:
            continue
        lines.append(line(cust, s))
        if r.random() < 0.4:
            lines.append(line(ag, coerce(r.choice(["Thanks.", "Got it.", "One moment please.", "Noted.", "OK"]))))
    lines.append(line(ag, reply(ctx, p)))
    return join("\n", lines)


def _ts(ctx, d=None):
    r = ctx.rng
    d = d or LG.rand_recent(r)
    return d, "%02d:%02d" % (r.randint(6, 23), r.randint(0, 59))


def sh_whatsapp(ctx):
    r = ctx.rng
    p = ctx.person()
    q = ctx.person()
    d = LG.rand_recent(r)
    names = {0: p.name(r.choice(["given", "full"])), 1: q.name(r.choice(["given", "full"]))}
    fmt_ = r.choice(["wa", "tg", "line"])
    lines = []
    kinds = ["intro"] + pick_kinds(ctx, p, r.randint(2, 4))
    t = r.randint(7 * 60, 12 * 60)
    for i, k in enumerate(kinds):
        s = say(ctx, p, k) if k != "intro" else say(ctx, p, "third", other=q) or say(ctx, p, "intro")
        if s is None:
            continue
        who = names[0] if i % 3 != 2 else names[1]
        t += r.randint(1, 90)
        hh, mm = min(t // 60, 23), t % 60
        if fmt_ == "wa":
            ds = "%02d/%02d/%02d" % (d.day, d.month, d.year % 100) if ctx.loc != "en-US" else \
                "%d/%d/%02d" % (d.month, d.day, d.year % 100)
            lines.append(cat("[", D("DATE", ds), ", %02d:%02d:%02d] " % (hh, mm, r.randint(0, 59)), who, ": ", s))
        elif fmt_ == "tg":
            lines.append(cat(who, ", [", D("DATE", "%02d.%02d.%d" % (d.day, d.month, d.year)), " %02d:%02d]\n" % (hh, mm), s))
        else:
            lines.append(cat("%02d:%02d\t" % (hh, mm), who, "\t", s))
    if fmt_ == "line":
        lines.insert(0, cat("[LINE] Chat history\n", D("DATE", "%d/%02d/%02d" % (d.year, d.month, d.day))))
    return join("\n", lines)


def sh_sms(ctx):
    r = ctx.rng
    p = ctx.person()
    k = pick_kinds(ctx, p, 1)
    s = say(ctx, p, k[0])
    if r.random() < 0.5:
        return cat(s, " ", signoff(ctx, p).map(lambda x: x.replace("\n", " ")))
    frm = p.phone() if r.random() < 0.5 else coerce("+%d" % r.randint(10000, 99999))
    return cat("From: ", frm, "\n", s)


def sh_meeting(ctx):
    r = ctx.rng
    people = [ctx.person() for _ in range(r.randint(2, 4))]
    t = r.randint(0, 600)
    lines = []
    for i in range(r.randint(3, 9)):
        sp = people[i % len(people)]
        other = people[(i + 1) % len(people)]
        t += r.randint(8, 120)
        ts = "[%02d:%02d:%02d]" % (t // 3600, (t % 3600) // 60, t % 60)
        k = r.choice(["third", "health", "health", "dob", "dob", "phone", "addr", "addr", "pw", "intro"])
        if k == "third":
            s = say(ctx, sp, "third", other=other)
        else:
            s = say(ctx, sp, k)
        if s is None:
            s = say(ctx, sp, "third", other=other)
        who = sp.name(r.choice(["full", "given", "given"]))
        if r.random() < 0.3:
            who = lower(who)
        lines.append(cat(ts, " ", who, ": ", s))
    return join("\n", lines)


SPOKEN = {
    "en": ("oh one two three four five six seven eight nine".split(), "plus", "at", "dot"),
    "es": ("cero uno dos tres cuatro cinco seis siete ocho nueve".split(), "más", "arroba", "punto"),
    "de": ("null eins zwo drei vier fünf sechs sieben acht neun".split(), "plus", "ät", "punkt"),
    "fr": ("zéro un deux trois quatre cinq six sept huit neuf".split(), "plus", "arobase", "point"),
    "pt": ("zero um dois três quatro cinco meia sete oito nove".split(), "mais", "arroba", "ponto"),
    "it": ("zero uno due tre quattro cinque sei sette otto nove".split(), "più", "chiocciola", "punto"),
}
_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()


def _num_en(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + ("-" + _ONES[o] if o else "")


def _day_en(d):
    if d <= 20:
        return _ORD[d]
    t, o = divmod(d, 10)
    return _TENS[t] + ("-" + _ORD[o] if o else "ieth")


def spoken_date_en(d):
    y = d.year
    if y >= 2000:
        ys = "two thousand" + (" and " + _num_en(y - 2000) if y > 2000 else "")
    else:
        ys = _num_en(y // 100) + " " + (_num_en(y % 100) if y % 100 >= 10 else "oh " + _num_en(y % 100))
    return "%s %s, %s" % (LG.MONTHS["en"][d.month - 1], _day_en(d.day), ys)


def spoken_digits(lang, s, rng):
    words, plus, _, _ = SPOKEN[lang]
    out = []
    groups = s.replace("(", " ").replace(")", " ").replace("-", " ").replace(".", " ").replace("/", " ").split()
    for g in groups:
        w = []
        if g.startswith("+"):
            w.append(plus)
            g = g[1:]
        ds = [c for c in g if c.isdigit()]
        i = 0
        while i < len(ds):
            if lang == "en" and i + 1 < len(ds) and ds[i] == ds[i + 1] and rng.random() < 0.5:
                w.append("double " + words[int(ds[i])])
                i += 2
                continue
            w.append(words[int(ds[i])] if not (lang == "en" and ds[i] == "0" and rng.random() < 0.3) else "zero")
            i += 1
        out.append(" ".join(w))
    return ", ".join(x for x in out if x)


def spoken_email(lang, e):
    _, _, at, dot = SPOKEN[lang]
    local, dom = e.split("@")
    return "%s %s %s" % (local.replace(".", " %s " % dot).replace("_", " underscore "), at,
                         dom.replace(".", " %s " % dot))


VOICE_T = {
    "en": ["Hi, this is {name}, calling about my account.", "You can call me back on {phone}.",
           "My email is {email}.", "My date of birth is {dob}.", "I'm at {addr}.",
           "my social is {ssn}", "Thanks, bye."],
    "es": ["Hola, soy {name}, llamo por lo de mi cuenta.", "Me pueden devolver la llamada al {phone}.",
           "Mi correo es {email}.", "Nací el {dob}.", "Vivo en {addr}.", "Gracias, hasta luego."],
    "de": ["Hallo, hier ist {name}, es geht um mein Konto.", "Rufen Sie mich bitte zurück unter {phone}.",
           "Meine Mail ist {email}.", "Geboren bin ich am {dob}.", "Ich wohne in der {addr}.", "Danke, tschüss."],
    "fr": ["Bonjour, c'est {name}, j'appelle pour mon dossier.", "Vous pouvez me rappeler au {phone}.",
           "Mon mail c'est {email}.", "Je suis née le {dob}.", "J'habite au {addr}.", "Merci, au revoir."],
    "pt": ["Oi, aqui é {name}, estou ligando sobre a minha conta.", "Pode me retornar no {phone}.",
           "Meu e-mail é {email}.", "Nasci em {dob}.", "Moro na {addr}.", "Obrigada, tchau."],
    "it": ["Salve, sono {name}, chiamo per il mio conto.", "Potete richiamarmi al {phone}.",
           "La mia mail è {email}.", "Sono nata il {dob}.", "Abito in {addr}.", "Grazie, arrivederci."],
}


def sh_voicemail(ctx):
    r = ctx.rng
    p = ctx.person()
    lg = ctx.lang
    T = VOICE_T[lg]
    parts = [T[0]]
    opts = T[1:-1]
    if ctx.loc != "en-US":
        opts = [o for o in opts if "{ssn}" not in o]
    parts += r.sample(opts, r.randint(2, min(4, len(opts))))
    parts.append(T[-1])
    kw = {"name": p.name(r.choice(["full", "full", "given"])),
          "phone": E("PHONE", spoken_digits(lg, p.phone_str(), r) if r.random() < 0.8 else p.phone_str()),
          "email": E("EMAIL", spoken_email(lg, p.email_str()) if r.random() < 0.7 else p.email_str()),
          "dob": E("DATE_OF_BIRTH", spoken_date_en(p.dob) if lg == "en" and r.random() < 0.7 else p.dob_str()),
          "addr": p.addr(multiline=False),
          "ssn": E("US_SSN", spoken_digits("en", V.ssn(r), r))}
    body = fmt(" ".join(parts), **kw)
    if r.random() < 0.3:
        body = lower(body).map_plain(lambda s: s.replace(",", "").replace(".", ""))
    d = LG.rand_recent(r)
    head = cat("Voicemail transcription (", D("DATE", "%s %02d:%02d" % (d.isoformat(), r.randint(8, 20), r.randint(0, 59))),
               ", %ds, confidence 0.%d):\n" % (r.randint(12, 95), r.randint(61, 97)))
    return cat(head, body)


def sh_chat_lower(ctx):
    r = ctx.rng
    p = ctx.person()
    kinds = ["intro"] + pick_kinds(ctx, p, r.randint(2, 3))
    ag, cu = r.choice([("agent", "customer"), ("rep", "caller"), ("a", "c"), ("operator", "user")])
    lines = []
    for k in kinds:
        s = say(ctx, p, k)
        if s is None:
            continue
        s = lower(s).map_plain(lambda x: x.replace(",", "").replace(".", "").replace("!", "").replace("?", ""))
        lines.append(cat(ag, ": ", r.choice(["ok", "and", "go ahead", "right", "mhm"]), "\n", cu, ": ", s))
    return join("\n", lines)


def sh_slack(ctx):
    r = ctx.rng
    ppl = [ctx.person() for _ in range(3)]
    lines = []
    for i in range(r.randint(3, 5)):
        sp = ppl[i % 3]
        tgt = ppl[(i + 1) % 3]
        hh, mm = r.randint(8, 19), r.randint(0, 59)
        k = r.choice(["mention", "mention", "health", "pw", "phone", "dob"])
        if k == "mention":
            body = cat("@", tgt.name(r.choice(["full", "given"])), " ",
                       r.choice(["can you take a look?", "ping", "see thread", "can you cover my shift tomorrow?",
                                 "please review PR ", "thanks!"]))
            if str(body.plain()).endswith("PR "):
                body = cat(body, D("ORDER_ID", "#%d" % r.randint(100, 9999)))
        else:
            body = say(ctx, sp, k) or coerce("ok")
        uid = "U0" + V.pat(r, "@#@@###@")
        lines.append(cat(sp.name(r.choice(["full", "given"])), "  ", "%d:%02d %s" % ((hh - 1) % 12 + 1, mm, "AM" if hh < 12 else "PM"),
                         "\n", body, "  " if r.random() < 0.3 else "", D("CODE_IDENT", "<@%s>" % uid) if r.random() < 0.2 else ""))
    return join("\n\n", lines)


def sh_jira(ctx):
    r = ctx.rng
    p = ctx.person()
    q = ctx.person()
    key_ = D("NUMERIC_ID", r.choice(["SUP", "OPS", "HR", "CS"]) + "-" + str(r.randint(100, 9999)))
    body = message(ctx, p, pick_kinds(ctx, p, r.randint(1, 3)))
    acct = D("CODE_IDENT", "[~accountid:%s]" % V.hexhash(r, 24))
    return cat(key_, " | comment by ", q.name(), "\n", acct, " customer ", p.name(), " wrote in: ", body)


def sh_ivr(ctx):
    """IVR transcript in English with spoken DOB, phone and (US) SSN."""
    r = ctx.rng
    p = ctx.person()
    lines = [("IVR", coerce("For security, please say your full name.")), ("CALLER", p.name()),
             ("IVR", coerce("Please say your date of birth.")),
             ("CALLER", E("DATE_OF_BIRTH", spoken_date_en(p.dob) if r.random() < 0.8 else p.dob_str())),
             ("IVR", coerce("And the phone number on the account.")),
             ("CALLER", E("PHONE", spoken_digits("en", p.phone_str(), r)))]
    if ctx.loc == "en-US" and r.random() < 0.5:
        lines += [("IVR", coerce("Please say your social security number.")),
                  ("CALLER", cat("uh the whole thing is ", E("US_SSN", spoken_digits("en", V.ssn(r), r))))]
    return join("\n", [cat(a, ": ", b) for a, b in lines])


SHAPES = {
    "chat_turn": (sh_chat_turn, None, 7),
    "openai_messages": (sh_openai_messages, None, 4),
    "tool_call_openai": (sh_tool_call_openai, None, 5),
    "tool_use_anthropic": (sh_tool_use_anthropic, None, 3),
    "mcp_jsonrpc": (sh_mcp_jsonrpc, None, 2),
    "llm_trace": (sh_llm_trace, None, 2),
    "prompt_context": (sh_prompt_context, None, 2),
    "support_chat": (sh_support_chat, None, 3),
    "whatsapp": (sh_whatsapp, None, 3),
    "sms": (sh_sms, None, 3),
    "meeting": (sh_meeting, None, 2),
    "voicemail": (sh_voicemail, {"en", "es", "de", "fr", "pt", "it"}, 3),
    "chat_lower": (sh_chat_lower, {"en", "es", "de", "fr", "pt", "it", "nl", "sv", "id", "tl", "ms", "sw", "ro", "pl",
                                   "tr", "da", "nb", "fi", "cs", "vi"}, 2),
    "slack": (sh_slack, None, 1),
    "jira": (sh_jira, None, 1),
    "ivr": (sh_ivr, {"en"}, 1),
}
