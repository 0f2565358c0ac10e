"""Wrappers that put content the way AI apps and their telemetry record it:
chat transcripts, OpenAI/Anthropic message JSON, OTel spans, JSON logs,
logfmt, tool calls (arguments escaped twice) and trace exports."""
from core import E, D, Seq, seq, T, jdump, Raw, smap, logfmt_esc, COMPACT, plain

SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are the support assistant for Northwind Logistics. Be concise.",
    "You are an IT helpdesk agent. Never ask users for their password.",
    "You are a friendly travel concierge. Answer in the user's language.",
    "You are a clinical intake assistant. Collect the details and summarise them.",
    "You are a coding assistant. Use markdown for code.",
    "Eres un asistente de atención al cliente.",
    "Du bist ein hilfreicher Assistent für das Kundenportal.",
    "あなたは社内ヘルプデスクのアシスタントです。",
    "你是一个乐于助人的客服助手。",
]

ASSIST = {
    "en": ["Thanks! Please don't share passwords in chat — I've flagged this so you can rotate it.",
           "Got it. I'll pass this to the team.", "Thanks, I've updated the record.",
           "I can't log in on your behalf, but here's how to reset access.",
           "Understood. Anything else I can help with?", "Let me check that for you."],
    "de": ["Danke! Bitte teilen Sie Passwörter nicht im Chat.", "Alles klar, ich leite das weiter."],
    "fr": ["Merci ! Évitez de partager vos mots de passe ici.", "C'est noté, je transmets à l'équipe."],
    "es": ["¡Gracias! Por favor no compartas contraseñas por chat.", "Entendido, lo paso al equipo."],
    "pt": ["Obrigado! Não compartilhe senhas pelo chat.", "Certo, vou encaminhar."],
    "ja": ["ありがとうございます。チャットでパスワードを共有しないでください。", "承知しました。担当に確認します。"],
    "zh": ["谢谢！请不要在聊天中分享密码。", "好的，我来帮您查一下。"],
    "ko": ["감사합니다. 채팅으로 비밀번호를 공유하지 마세요.", "확인해 보겠습니다."],
    "ru": ["Спасибо! Пожалуйста, не пишите пароли в чат.", "Понял, передам коллегам."],
    "tr": ["Teşekkürler! Lütfen şifrenizi sohbette paylaşmayın.", "Anlaşıldı, ekibe iletiyorum."],
    "vi": ["Cảm ơn bạn! Vui lòng không chia sẻ mật khẩu qua chat.", "Mình sẽ kiểm tra giúp bạn."],
    "id": ["Terima kasih! Jangan bagikan kata sandi di chat ya.", "Baik, saya cek dulu."],
    "it": ["Grazie! Non condividere le password in chat.", "Ricevuto, inoltro al team."],
    "pl": ["Dzięki! Nie podawaj haseł na czacie.", "Jasne, przekażę dalej."],
    "nl": ["Bedankt! Deel geen wachtwoorden in de chat.", "Helder, ik zet het door."],
}


def assist(ctx, lang):
    return ctx.pick(ASSIST.get(lang, ASSIST["en"]))


def transcript(ctx, turns):
    """turns: list of (role, segs) with role in user/assistant/system/tool."""
    style = ctx.pick(["colon", "colon", "bracket", "human", "chatml", "arrow", "lower"])
    out = Seq()
    for i, (role, body) in enumerate(turns):
        if style == "colon":
            tag = {"user": "User: ", "assistant": "Assistant: ", "system": "System: ", "tool": "Tool: "}[role]
            out += seq(tag, body, "\n")
        elif style == "bracket":
            out += seq(f"[{role}] ", body, "\n")
        elif style == "human":
            tag = {"user": "\n\nHuman: ", "assistant": "\n\nAssistant: ", "system": "", "tool": "\n\nTool result: "}[role]
            out += seq(tag if i else tag.lstrip("\n"), body)
        elif style == "chatml":
            out += seq(f"<|im_start|>{role}\n", body, "<|im_end|>\n")
        elif style == "arrow":
            tag = {"user": "USER> ", "assistant": "BOT> ", "system": "SYS> ", "tool": "TOOL> "}[role]
            out += seq(tag, body, "\n")
        else:
            tag = {"user": "me: ", "assistant": "bot: ", "system": "system: ", "tool": "tool: "}[role]
            out += seq(tag, body, "\n\n")
    return _rstrip(out)


def _rstrip(s):
    s = Seq(s)
    while s and isinstance(s[-1], str) and s[-1].rstrip() != s[-1]:
        t = s[-1].rstrip()
        s[-1] = t
        if not t:
            s.pop()
    return s


def openai_messages(ctx, turns, system=True, pretty=None, ascii_=False):
    msgs = []
    if system and ctx.chance(0.7):
        msgs.append({"role": "system", "content": ctx.pick(SYSTEM_PROMPTS)})
    for role, body in turns:
        if isinstance(body, dict):
            msgs.append(body)
        else:
            msgs.append({"role": role, "content": Seq(seq(body))})
    if pretty is None:
        pretty = ctx.chance(0.35)
    return jdump(msgs, indent=2 if pretty else None, ascii_=ascii_, sep=(", ", ": ") if ctx.chance(0.5) or pretty else COMPACT)


def tool_call_msg(ctx, name, args, call_id=None):
    """Assistant message carrying a tool call; args is a python dict of segments."""
    call_id = call_id or "call_" + "".join(ctx.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(24))
    argstr = jdump(args, sep=(", ", ": ") if ctx.chance(0.5) else COMPACT)
    return {"role": "assistant", "content": None,
            "tool_calls": [{"id": call_id, "type": "function", "function": {"name": name, "arguments": Seq(argstr)}}]}


def anthropic_tool_use(ctx, name, args):
    tid = "toolu_01" + "".join(ctx.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(22))
    return {"role": "assistant", "content": [{"type": "text", "text": "I'll do that now."},
                                             {"type": "tool_use", "id": tid, "name": name, "input": args}]}


def model_name(ctx):
    return ctx.pick(["gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet-20241022", "claude-sonnet-4", "gemini-1.5-pro",
                     "llama-3.1-70b-instruct", "mistral-large-2407", "qwen2.5-72b-instruct"])


def telemetry(ctx, user_segs, lang="en", reply=None):
    """Render one user turn (and optionally a reply) as an AI app's telemetry record."""
    kind = ctx.pick(["otel", "jsonlog", "logfmt", "trace", "openai", "openai", "transcript", "transcript", "langfuse"])
    reply = reply if reply is not None else assist(ctx, lang)
    ts = ctx.timestamp()
    tsd = D("DATE", ts) if ctx.chance(0.3) else ts
    if kind == "otel":
        body = seq(
            f"span gen_ai.chat trace_id={ctx.hexn(32)} span_id={ctx.hexn(16)}\n",
            f"  gen_ai.system=\"openai\"\n  gen_ai.request.model=\"{model_name(ctx)}\"\n",
            "  gen_ai.prompt.0.role=\"user\"\n  gen_ai.prompt.0.content=\"", smap(logfmt_esc, user_segs), "\"\n",
            "  gen_ai.completion.0.role=\"assistant\"\n  gen_ai.completion.0.content=\"", smap(logfmt_esc, seq(reply)), "\"\n",
            f"  gen_ai.usage.input_tokens={ctx.r.randint(20, 900)}")
        return body, "otel"
    if kind == "jsonlog":
        obj = {"ts": tsd, "level": ctx.pick(["info", "INFO", "debug"]), "logger": ctx.pick(["llm.gateway", "chat.api", "agent.runtime"]),
               "msg": "llm.request", "model": model_name(ctx), "session": ctx.hexn(12),
               "input": Seq(user_segs), "output": Seq(seq(reply))}
        return jdump(obj, sep=COMPACT if ctx.chance(0.5) else (", ", ": "), ascii_=ctx.chance(0.12)), "jsonlog"
    if kind == "logfmt":
        return seq(tsd, f" level=info svc=chat-gw model={model_name(ctx)} prompt=\"", smap(logfmt_esc, user_segs),
                   f"\" latency_ms={ctx.r.randint(200, 9000)}"), "logfmt"
    if kind == "trace":
        obj = {"trace_id": ctx.hexn(32), "name": "chat_completion", "start_time": tsd,
               "inputs": {"messages": [{"role": "user", "content": Seq(user_segs)}]},
               "outputs": {"content": Seq(seq(reply))}, "metadata": {"env": ctx.pick(["prod", "staging"])}}
        return jdump(obj, indent=2 if ctx.chance(0.5) else None), "trace"
    if kind == "langfuse":
        inner = openai_messages(ctx, [("user", user_segs)], system=True, pretty=False)
        obj = {"id": ctx.hexn(24), "type": "GENERATION", "model": model_name(ctx),
               "input": Seq(inner), "output": Seq(seq(reply))}
        return jdump(obj, sep=COMPACT), "langfuse"
    if kind == "openai":
        return openai_messages(ctx, [("user", user_segs), ("assistant", seq(reply))], ascii_=ctx.chance(0.08)), "openai"
    return transcript(ctx, [("user", user_segs), ("assistant", seq(reply))]), "chat"
