"""Agent / LLM traffic shapes."""
import base as B
import content as C
import values as V
from registry import shape
from rich import D, E, R, jdump, join, jstr, lit, tpl, xml_esc

MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet", "llama-3.1-70b-instruct", "mistral-large-latest", "gemini-1.5-pro",
          "qwen2.5-72b-instruct"]
COMPANIES = ["Kestrel Logistics", "Nordlicht Bau GmbH", "Azulejo Travel", "Blue Harbor Dental", "Pinecrest Property Management",
             "Tandem Health", "OrbitFin", "Casa Miel Seguros", "Hanagumi Realty", "Verdant Labs"]


def _turns(ctx, p, others):
    """A short user/assistant exchange (list of (role, R))."""
    c = ctx
    t = [("user", C.blurb(c, p, others=others))]
    if c.p(0.7):
        t.append(("assistant", lit(C.assist(c))))
    if c.p(0.6):
        t.append(("user", C.blurb(c, p, n=c.ch([1, 2]), others=others)))
    if c.p(0.3):
        t.append(("assistant", lit(C.assist(c))))
    return t


@shape("chat_turn", w=3.0)
def chat_turn(ctx):
    c = ctx
    p = B.person(c)
    others = [B.person(c)]
    turns = _turns(c, p, others)
    fmt = c.ch(["plain", "irc", "special", "hash", "bold", "qa", "speaker"])
    out = []
    if fmt == "speaker":
        me = B.NAME(p.name(c.ch(["given", "full"])))
        for role, txt in turns:
            who = me if role == "user" else lit(c.ch(["Assistant", "AI", "Bot"]))
            out.append(who + ": " + txt)
        return join("\n", out)
    for role, txt in turns:
        if fmt == "plain":
            out.append(("User: " if role == "user" else "Assistant: ") + txt)
        elif fmt == "irc":
            hh, mm = c.rng.randrange(7, 23), c.rng.randrange(60)
            out.append("[%02d:%02d] <%s> " % (hh, mm, "user" if role == "user" else "assistant") + txt)
        elif fmt == "special":
            out.append("<|%s|>\n" % role + txt + "<|end|>")
        elif fmt == "hash":
            out.append(("### Human: " if role == "user" else "### Assistant: ") + txt)
        elif fmt == "bold":
            out.append(("**User:** " if role == "user" else "**Assistant:** ") + txt)
        else:
            out.append(("Q: " if role == "user" else "A: ") + txt)
    return join("\n" if fmt != "bold" else "\n\n", out)


@shape("openai_messages", w=2.8, json_nested=[])
def openai_messages(ctx):
    c = ctx
    p = B.person(c)
    comp = c.ch(COMPANIES)
    L = c.T["lab"]
    prof = join("; ", [L["name"] + ": " + B.NAME(p.name("full")),
                       c.ch([L["dob"], c.ch(c.T["dob_cues"])]) + ": " + B.dob_r(c, p),
                       L["phone"] + ": " + B.phone_r(c)] + ([L["addr"] + ": " + B.addr_r(c, p)] if c.p(0.5) else []))
    sys_ = lit("You are a helpful assistant for %s. Customer profile: " % comp) + prof
    msgs = [{"role": "system", "content": sys_}]
    for role, txt in _turns(c, p, [B.person(c)]):
        msgs.append({"role": role, "content": txt})
    obj = {"model": c.ch(MODELS), "messages": msgs}
    if c.p(0.4):
        obj["temperature"] = c.ch([0, 0.2, 0.7])
    if c.p(0.3):
        obj["user"] = D("NUMERIC_ID", V.uuid4(c.rng))
    return jdump(obj, indent=c.ch([None, 2]), ea=c.p(0.35))


TOOLS = [
    ("update_customer", ["name", "dob", "phone", "address", "email"]),
    ("book_appointment", ["patient_name", "date_of_birth", "phone", "reason", "slot"]),
    ("send_sms", ["to", "recipient_name", "body"]),
    ("create_ticket", ["requester", "email", "summary", "description"]),
    ("register_guest", ["guest", "dob", "address", "phone"]),
    ("reset_password", ["username", "new_password", "notify_email"]),
    ("schedule_delivery", ["recipient", "address", "phone", "window"]),
    ("add_beneficiary", ["beneficiary", "iban", "reference"]),
    ("lookup_account", ["holder", "dob", "last4"]),
]


def tool_args(ctx, p, fields):
    c = ctx
    a = {}
    for f in fields:
        if f in ("name", "patient_name", "recipient_name", "requester", "guest", "recipient", "beneficiary", "holder"):
            a[f] = B.NAME(p.name(c.ch(["full", "full", "formal"])))
        elif f in ("dob", "date_of_birth"):
            a[f] = B.dob_r(c, p, c.ch(["iso", "iso", "num", "long"]))
        elif f in ("phone", "to"):
            a[f] = B.phone_r(c)
        elif f == "address":
            a[f] = B.addr_r(c, p, sep=c.ch([", ", "\n"]))
        elif f in ("email", "notify_email"):
            a[f] = B.email_r(c, p)
        elif f == "reason":
            k, v = B.health_r(c, ("cond", "test", "med"), gender=p.gender)
            a[f] = v if c.p(0.7) else lit(c.ch(["check-up", "follow-up", "vaccination"]))
        elif f == "slot":
            a[f] = B.date_r(c, "iso", 2024, 2027)
        elif f == "body":
            a[f] = C.blurb(c, p, n=1, kinds=[c.ch(["pw", "date", "addr", "mention"])])
        elif f in ("summary",):
            a[f] = lit(c.ch(["Cannot log in", "Wrong delivery address", "Refund request", "Update personal details"]))
        elif f == "description":
            a[f] = C.blurb(c, p, others=[B.person(c)])
        elif f == "username":
            a[f] = lit(V.ascii_fold(p.given_r).lower() + str(c.rng.randrange(10, 99)))
        elif f == "new_password":
            a[f] = B.pw_r(c)
        elif f == "iban":
            a[f] = B.iban_r(c)
        elif f == "reference":
            a[f] = B.dec(c, "order")
        elif f == "last4":
            a[f] = lit("%04d" % c.rng.randrange(10000))
        elif f == "window":
            a[f] = lit(c.ch(["08:00-12:00", "afternoon", "18-21h"]))
    return a


@shape("tool_call_openai", w=3.5, json_nested=["arguments"])
def tool_call_openai(ctx):
    c = ctx
    p = B.person(c)
    name, fields = c.ch(TOOLS)
    args = jdump(tool_args(c, p, fields), ea=c.p(0.3))
    call = {"id": "call_" + V.hexs(c.rng, 24), "type": "function", "function": {"name": name, "arguments": args}}
    if c.p(0.5):
        obj = {"role": "assistant", "content": None, "tool_calls": [call]}
    else:
        obj = {"choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "tool_calls": [call]}}],
               "model": c.ch(MODELS)}
    return jdump(obj, indent=c.ch([None, 2]))


@shape("tool_result", w=2.0, json_nested=["content"])
def tool_result(ctx):
    c = ctx
    p = B.person(c)
    rec = {"status": "ok", "customer": {"id": B.dec(c, "uuid"), "full_name": B.NAME(p.name("full")),
                                          "birth_date": B.dob_r(c, p, "iso"), "mobile": B.phone_r(c)}}
    if c.p(0.5):
        rec["customer"]["address"] = B.addr_r(c, p)
    if c.p(0.4):
        rec["customer"]["email"] = B.email_r(c, p)
    if c.p(0.3):
        rec["last_order"] = {"id": B.dec(c, "order"), "total": B.dec(c, "price")}
    obj = {"role": "tool", "tool_call_id": "call_" + V.hexs(c.rng, 24), "content": jdump(rec, ea=c.p(0.3))}
    return jdump(obj)


@shape("anthropic_tool_use", w=1.5, json_nested=[])
def anthropic_tool_use(ctx):
    c = ctx
    p = B.person(c)
    name, fields = c.ch(TOOLS)
    obj = {"id": "msg_" + V.hexs(c.rng, 20), "type": "message", "role": "assistant", "model": c.ch(MODELS),
           "content": [{"type": "text", "text": lit(c.ch(["I'll update that for you.", "Let me book that.", "One moment."]))},
                       {"type": "tool_use", "id": "toolu_" + V.hexs(c.rng, 22), "name": name,
                        "input": tool_args(c, p, fields)}],
           "stop_reason": "tool_use"}
    return jdump(obj, indent=c.ch([None, 2]), ea=c.p(0.3))


@shape("otlp_span", w=1.5, json_nested=["stringValue"])
def otlp_span(ctx):
    c = ctx
    p = B.person(c)
    prompt = jdump([{"role": "user", "content": C.blurb(c, p, others=[B.person(c)])}], ea=c.p(0.3))
    completion = lit(C.assist(c))
    attrs = [{"key": "gen_ai.system", "value": {"stringValue": "openai"}},
             {"key": "gen_ai.request.model", "value": {"stringValue": c.ch(MODELS)}},
             {"key": "gen_ai.prompt", "value": {"stringValue": prompt}},
             {"key": "gen_ai.completion", "value": {"stringValue": completion}},
             {"key": "gen_ai.usage.input_tokens", "value": {"intValue": str(c.rng.randrange(40, 900))}}]
    if c.p(0.4):
        attrs.append({"key": "enduser.id", "value": {"stringValue": B.email_r(c, p)}})
    if c.p(0.3):
        attrs.append({"key": "client.address", "value": {"stringValue": B.ip_r(c)}})
    span = {"traceId": D("HEX_HASH", V.hexs(c.rng, 32)), "spanId": D("HEX_HASH", V.hexs(c.rng, 16)),
            "name": "chat " + c.ch(MODELS), "kind": 3, "attributes": attrs}
    obj = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "support-bot"}}]},
                              "scopeSpans": [{"spans": [span]}]}]}
    return jdump(obj)


@shape("prompt_context", w=2.0)
def prompt_context(ctx):
    c = ctx
    p = B.person(c)
    L = c.T["lab"]
    rows = [("name", B.NAME(p.name("full"))), ("date_of_birth", B.dob_r(c, p)), ("phone", B.phone_r(c))]
    if c.p(0.6):
        rows.append(("address", B.addr_r(c, p)))
    if c.p(0.4):
        k, v = B.health_r(c, gender=p.gender)
        rows.append(("medical_notes", v))
    if c.p(0.3):
        rows.append(("email", B.email_r(c, p)))
    c.rng.shuffle(rows)
    body = join("\n", ["  <%s>" % k + xml_esc(v) + "</%s>" % k for k, v in rows])
    q = C.blurb(c, p, n=1, kinds=[c.ch(["mention", "date", "pw", "addr"])])
    return "<context>\n<user_profile>\n" + body + "\n</user_profile>\n</context>\n\n" + \
        c.ch(["User question: ", "Question: ", ""]) + q


TRANSLATE = {
    "en": ["Translate into {tl}:", "Please translate this to {tl}, keep the formatting:", "Can you put this into {tl}?"],
    "es": ["Traduce al {tl}:", "¿Me lo traduces al {tl}?"], "de": ["Übersetze ins {tl}:", "Bitte auf {tl} übersetzen:"],
    "fr": ["Traduis en {tl} :"], "pt": ["Traduza para o {tl}:"], "it": ["Traduci in {tl}:"], "ja": ["{tl}に翻訳してください："],
    "zh": ["请翻译成{tl}："], "ko": ["{tl}로 번역해 주세요:"], "ru": ["Переведи на {tl}:"], "tr": ["{tl} diline çevir:"],
    "pl": ["Przetłumacz na {tl}:"], "nl": ["Vertaal naar het {tl}:"], "ar": ["ترجم إلى {tl}:"], "hi": ["{tl} में अनुवाद करें:"],
    "id": ["Terjemahkan ke bahasa {tl}:"], "vi": ["Dịch sang tiếng {tl}:"], "uk": ["Переклади {tl}:"],
}
TARGET = {"en": ["German", "Spanish", "French", "Japanese", "Portuguese"], "es": ["inglés"], "de": ["Englische"],
          "fr": ["anglais"], "pt": ["inglês"], "it": ["inglese"], "ja": ["英語"], "zh": ["英文"], "ko": ["영어"],
          "ru": ["английский"], "tr": ["İngilizce"], "pl": ["angielski"], "nl": ["Engels"], "ar": ["الإنجليزية"],
          "hi": ["अंग्रेज़ी"], "id": ["Inggris"], "vi": ["Anh"], "uk": ["англійською"]}


@shape("translate_request", langs=set(TRANSLATE), w=1.2)
def translate_request(ctx):
    c = ctx
    p = B.person(c)
    head = c.ch(TRANSLATE[c.lang]).format(tl=c.ch(TARGET[c.lang]))
    body = join("\n", [c.sent("greet", n=B.NAME(p.name("given"))),
                       C.blurb(c, p, n=c.ch([2, 3]), others=[B.person(c)]), c.ch(c.T["bye"]),
                       B.NAME(B.person(c).name("full"))])
    q = c.ch(['"""', "---", "«»", ""])
    if q == "«»":
        return head + "\n«" + body + "»"
    return head + "\n" + (q + "\n" if q else "\n") + body + ("\n" + q if q else "")


@shape("summarize_request", w=1.0)
def summarize_request(ctx):
    c = ctx
    p = B.person(c)
    o = B.person(c)
    body = join("\n", [c.sent("greet", n=B.NAME(o.name("given"))), C.blurb(c, p, n=3, others=[o]),
                       c.ch(c.T["bye"]), B.NAME(p.name("full"))])
    return lit(C.ask(c) + "\n\n") + body


@shape("rag_chunk", w=1.6)
def rag_chunk(ctx):
    c = ctx
    p = B.person(c)
    L = c.T["lab"]
    src = c.ch(["crm/export-2024-05.pdf", "sharepoint/HR/onboarding.docx", "tickets/archive.jsonl", "drive/tenants.xlsx",
                "notion/patients-intake"])
    chunk = join("\n", [L["name"] + ": " + B.NAME(p.name(c.ch(["full", "formal"]))),
                        L["dob"] + ": " + B.dob_r(c, p), L["addr"] + ": " + B.addr_r(c, p),
                        L["phone"] + ": " + B.phone_r(c)])
    if c.p(0.4):
        chunk = chunk + "\n" + C.blurb(c, p, n=1, kinds=[c.ch(["health", "mention", "pw"])])
    hdr = "[doc %d | source: %s | score %.2f]\n" % (c.rng.randrange(1, 9), src, c.rng.uniform(0.5, 0.95))
    tail = ""
    if c.p(0.5):
        o = B.person(c)
        tail = "\n\n[doc %d | source: %s | score %.2f]\n" % (c.rng.randrange(1, 9), src, c.rng.uniform(0.4, 0.8)) + \
            C.blurb(c, o, n=2)
    return lit("Use the retrieved context to answer.\n\n") + hdr + chunk + tail + "\n\nQuestion: " + \
        c.ch(["When does the contract end?", "What is the customer's phone number?", "Summarise the record."])


@shape("agent_memory", w=1.0, json_nested=[])
def agent_memory(ctx):
    c = ctx
    p = B.person(c)
    mems = [C.blurb(c, p, n=1) for _ in range(c.rng.randrange(2, 5))]
    obj = {"user_id": B.dec(c, "uuid"), "memories": [{"id": i + 1, "text": m, "created_at": B.date_r(c, "iso")}
                                                      for i, m in enumerate(mems)]}
    return jdump(obj, indent=c.ch([None, 2]), ea=c.p(0.3))


MIXED = {
    "es-MX": ["Oye, my password es {pw}, no me deja entrar 😩", "Ya le dije a {n} que the meeting is on Monday, ¿ok?",
              "Mándalo a {addr}, that's my new place", "Mi DOB es {dob}, por si te lo piden"],
    "hi-IN": ["bhai {n} ka number {ph} hai, call kar lena", "password {pw} hai, kisi ko mat batana",
              "{n} ki DOB {dob} hai, form me daal do", "address likh lo: {addr}"],
    "en-IN": ["yaar {n} is not picking up, try {ph}", "wifi ka password {pw} hai", "{n} ka birthday? DOB {dob} hai na"],
    "tl-PH": ["Pakisend na lang sa {addr} yung package ha", "si {n} na bahala sa meeting tomorrow",
              "password ng wifi is {pw}", "text mo ako sa {ph} pag nandyan ka na"],
    "fr-CA": ["Peux-tu checker avec {n}? Le meeting est cancellé", "mon password c'est {pw} mais ça marche pas",
              "Call-moi au {ph} quand t'es free"],
    "ar-SA": ["مرحبا, please send it to {em}", "{n} قال إن the contract جاهز", "الباسوورد {pw} لا تنسى"],
    "ar-EG": ["ابعتلي على {ph} please", "{n} هيعمل the presentation بكرة", "الباسورد {pw}"],
    "de-DE": ["Kannst du {n} fragen? The build is broken again", "Das Passwort ist {pw}, don't share it",
              "Meine Adresse: {addr}, falls du's brauchst"],
    "ms-MY": [],
    "sw-KE": ["Sasa {n}, tuko late kidogo, call me on {ph}", "Password ni {pw}, usimwambie mtu", "Niko {addr} btw"],
    "ko-KR": ["{n}님 meeting 자료 share 부탁드려요", "비번 {pw}이에요 plz 바꿔주세요"],
    "ja-JP": ["{n}さん、明日のmeetingよろしくです", "passwordは{pw}です、あとで変えてください"],
    "zh-CN": ["{n}说那个deadline是下周", "WiFi password是{pw}，别外传"],
    "ru-RU": ["{n} сказал{g:|а}, что deploy сегодня не будет", "пароль {pw}, don't forget"],
    "pt-BR": ["Fala com o {n}, ele tá handling o deploy", "a senha é {pw}, fica entre nós"],
    "nl-NL": ["Kun je {n} even pingen? The client is waiting", "wachtwoord is {pw}, niet delen"],
    "tr-TR": ["{n} meeting'e gelmiyor galiba", "şifre {pw}, kimseye söyleme pls"],
    "uk-UA": ["{n} каже, що реліз завтра, ok?", "пароль {pw}, не кажи нікому"],
}
MIXED = {k: v for k, v in MIXED.items() if v}


@shape("mixed_language", w=1.5, locs=set(MIXED))
def mixed_language(ctx):
    c = ctx
    p = B.person(c, foreign=0)
    rom = c.loc in ("hi-IN",)
    lines = []
    ts = c.rng.sample(MIXED[c.loc], min(len(MIXED[c.loc]), c.ch([2, 3])))
    for t in ts:
        lines.append(tpl(t, gender=p.gender, n=B.NAME(p.name(c.ch(["given", "full"]), roman=rom or None)), pw=B.pw_r(c),
                         ph=B.phone_r(c), addr=B.addr_r(c, p), dob=B.dob_r(c, p), em=B.email_r(c, p)))
    fmt = c.ch(["lines", "chat"])
    if fmt == "chat":
        me = B.person(c, foreign=0)
        return join("\n", [B.NAME(me.name("given", roman=rom or None)) + ": " + x for x in lines])
    return join("\n", lines)
