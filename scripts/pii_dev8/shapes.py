"""Wrappers that put a message into the shapes AI applications send."""
from core import D, E, Txt, fill, flat, jdump, jesc, mapseg, plain

MODELS = ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "claude-3-5-sonnet-latest", "claude-3-haiku-20240307",
          "mistral-large-latest", "llama-3.1-70b-instruct", "gemini-1.5-flash", "qwen2.5-72b-instruct", "o3-mini"]

SYSTEMS = ["You are a helpful assistant.", "You are a customer support assistant. Be concise and polite.",
           "You are an IT helpdesk bot. Never reveal internal tooling.", "Answer in the user's language.",
           "You are a coding assistant. Prefer short answers with code.", "You summarise messages for a busy team.",
           "You are a triage assistant for a clinic front desk.", "You help HR staff draft replies.",
           "You extract structured fields from messages and return JSON."]

REPLIES = {
    "en": ["Thanks, I can help with that.", "Got it. Let me look into this.", "Sure, here is what I suggest.",
           "Understood. One moment while I check.", "Thanks for the details, I'll take it from here."],
    "es": ["Gracias, te ayudo con eso.", "Entendido, déjame revisarlo.", "Claro, esto es lo que sugiero."],
    "de": ["Danke, ich kümmere mich darum.", "Verstanden, ich schaue es mir an.", "Gern, hier ist mein Vorschlag."],
    "fr": ["Merci, je m'en occupe.", "Compris, je vérifie cela.", "Bien sûr, voici ce que je propose."],
    "pt": ["Obrigado, vou ajudar com isso.", "Entendi, vou verificar.", "Claro, aqui está a sugestão."],
    "it": ["Grazie, ci penso io.", "Capito, controllo subito.", "Certo, ecco cosa suggerisco."],
    "nl": ["Dank je, ik help je daarmee.", "Begrepen, ik kijk er even naar."],
    "pl": ["Dziękuję, zajmę się tym.", "Rozumiem, już sprawdzam."],
    "tr": ["Teşekkürler, hemen yardımcı oluyorum.", "Anladım, kontrol ediyorum."],
    "ru": ["Спасибо, сейчас помогу.", "Понял, проверяю.", "Хорошо, вот что я предлагаю."],
    "uk": ["Дякую, зараз допоможу.", "Зрозуміло, перевіряю."],
    "ja": ["承知しました。確認します。", "ありがとうございます。対応いたします。"],
    "zh": ["好的，我来帮您处理。", "明白了，我查一下。"],
    "ko": ["네, 확인해 보겠습니다.", "감사합니다. 바로 도와드릴게요."],
    "ar": ["شكراً، سأساعدك في ذلك.", "فهمت، دعني أتحقق."],
    "he": ["תודה, אני אטפל בזה.", "הבנתי, בודק עכשיו."],
    "el": ["Ευχαριστώ, θα το κοιτάξω.", "Κατάλαβα, ελέγχω τώρα."],
    "hi": ["धन्यवाद, मैं इसमें मदद करता हूँ।", "समझ गया, जाँच कर रहा हूँ।"],
    "vi": ["Cảm ơn, tôi sẽ hỗ trợ ngay.", "Đã hiểu, để tôi kiểm tra."],
    "id": ["Terima kasih, saya bantu cek.", "Baik, saya periksa dulu."],
    "sv": ["Tack, jag hjälper dig med det.", "Uppfattat, jag kollar."],
    "th": ["ขอบคุณครับ จะช่วยตรวจสอบให้", "รับทราบค่ะ กำลังตรวจสอบ"],
}

CHAT_MARKERS = [("User: ", "Assistant: ", "\n"), ("Human: ", "Assistant: ", "\n\n"), ("[user] ", "[assistant] ", "\n"),
                ("### User\n", "### Assistant\n", "\n\n"), ("<|user|>\n", "<|assistant|>\n", "<|end|>\n"),
                ("Customer: ", "Agent: ", "\n"), ("Q: ", "A: ", "\n"), ("user> ", "bot> ", "\n"), ("You: ", "AI: ", "\n")]


def reply(ctx, lang):
    return ctx.ch(REPLIES.get(lang, REPLIES["en"]))


def chat(ctx, msg, lang, extra_reply=None, second=None):
    """A role-marked transcript. ``msg`` is the user turn; ``extra_reply`` an
    assistant turn (segments) that replaces the stock reply."""
    u, a, sep = ctx.ch(CHAT_MARKERS)
    out = [u, *flat(msg), sep, a, *(flat(extra_reply) if extra_reply else [reply(ctx, lang)])]
    if second:
        out += [sep, u, *flat(second)]
    return out, "chat"


def openai(ctx, msg, lang, sys=None, history=None):
    asc = ctx.r.random() < 0.15
    msgs = [{"role": "system", "content": sys or ctx.ch(SYSTEMS)}]
    for role, seg in history or []:
        msgs.append({"role": role, "content": Txt(seg)})
    msgs.append({"role": "user", "content": Txt(msg)})
    k = ctx.r.randint(0, 3)
    if k == 0:
        body = {"model": ctx.ch(MODELS), "messages": msgs}
    elif k == 1:
        body = {"model": ctx.ch(MODELS), "temperature": ctx.ch([0, 0.2, 0.7]), "messages": msgs, "stream": False}
    elif k == 2:
        body = {"model": ctx.ch(MODELS), "max_tokens": ctx.ch([256, 512, 1024]), "system": msgs[0]["content"],
                "messages": [{"role": "user", "content": [{"type": "text", "text": Txt(msg)}]}]}
    else:
        body = {"messages": msgs, "model": ctx.ch(MODELS), "user": f"u_{ctx.r.randint(10000, 99999)}"}
    indent = ctx.ch([None, None, 2])
    return jdump(body, indent=indent, ascii_=asc), "openai"


def otel(ctx, msg, lang):
    k = ctx.r.randint(0, 2)
    tid = ctx.hexh(32)
    sid = ctx.hexh(16)
    model = ctx.ch(MODELS)
    if k == 0:
        out = fill("Span #⟦n⟧\n    Trace ID       : ⟦tid⟧\n    Parent ID      : \n    ID             : ⟦sid⟧\n"
                   "    Name           : chat ⟦model⟧\n    Kind           : Client\n    Start time     : ⟦ts⟧\n"
                   "Attributes:\n     -> gen_ai.system: Str(⟦sys⟧)\n     -> gen_ai.request.model: Str(⟦model⟧)\n"
                   "     -> gen_ai.prompt.0.role: Str(user)\n     -> gen_ai.prompt.0.content: Str(⟦msg⟧)\n"
                   "     -> gen_ai.usage.input_tokens: Int(⟦tok⟧)",
                   n=str(ctx.r.randint(0, 9)), tid=D("HEX_HASH", tid), sid=D("HEX_HASH", sid), model=model,
                   ts=D("DATE", ctx.ts(1) + "." + str(ctx.r.randint(100, 999)) + " +0000 UTC"),
                   sys=model.split("-")[0], msg=msg, tok=str(ctx.r.randint(20, 4000)))
        return out, "otel"
    if k == 1:
        body = {"traceId": D("HEX_HASH", tid), "spanId": D("HEX_HASH", sid), "name": f"chat {model}",
                "attributes": {"gen_ai.operation.name": "chat", "gen_ai.request.model": model,
                               "gen_ai.prompt.0.role": "user", "gen_ai.prompt.0.content": Txt(msg),
                               "gen_ai.usage.output_tokens": ctx.r.randint(10, 900)}}
        return jdump(body, indent=ctx.ch([None, 2])), "otel"
    out = fill('⟦ts⟧ span=chat trace_id=⟦tid⟧ gen_ai.request.model=⟦model⟧ gen_ai.prompt.0.role=user '
               'gen_ai.prompt.0.content="⟦msg⟧" gen_ai.usage.input_tokens=⟦tok⟧',
               ts=D("DATE", ctx.ts(0)), tid=D("HEX_HASH", tid), model=model, msg=jesc(msg),
               tok=str(ctx.r.randint(20, 4000)))
    return out, "otel"


def log(ctx, msg, lang):
    k = ctx.r.randint(0, 2)
    svc = ctx.ch(["llm-gateway", "chat-api", "assistant-worker", "support-bot", "agent-runtime", "inference-proxy"])
    if k == 0:
        return fill('⟦ts⟧ INFO  [⟦svc⟧] request model=⟦model⟧ user_input="⟦msg⟧"', ts=D("DATE", ctx.ts(0)), svc=svc,
                    model=ctx.ch(MODELS), msg=jesc(msg)), "log"
    if k == 1:
        body = {"ts": D("DATE", ctx.ts(5)), "level": "info", "service": svc, "event": "prompt.received",
                "prompt": Txt(msg), "request_id": D("HEX_HASH", ctx.hexh(12))}
        return jdump(body), "log"
    return fill('⟦ts⟧ DEBUG ⟦svc⟧ - messages[1].content=⟦msg⟧', ts=D("DATE", ctx.ts(4)), svc=svc,
                msg=['"'] + jesc(msg) + ['"']), "log"


def tool_call(ctx, name, args, indent=None):
    """An OpenAI tool_calls entry whose arguments are a JSON string."""
    inner = jdump(args)
    body = {"id": "call_" + "".join(ctx.ch("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(24)),
            "type": "function", "function": {"name": name, "arguments": Txt(inner)}}
    if ctx.r.random() < 0.5:
        body = {"role": "assistant", "content": None, "tool_calls": [body]}
    return jdump(body, indent=indent)


def wrap(ctx, msg, lang, kinds=("prompt", "chat", "openai", "otel", "log"), weights=None):
    k = ctx.r.choices(list(kinds), weights)[0] if weights else ctx.ch(list(kinds))
    if k == "prompt":
        return flat(msg), "prompt"
    return {"chat": chat, "openai": openai, "otel": otel, "log": log}[k](ctx, msg, lang)
