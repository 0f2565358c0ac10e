"""Shapes that AI applications send: chat transcripts, API bodies, tool calls, logs, agent traces."""
from core import D, S, fill, flat, jdump, jesc, mapseg, join
import values as V

ACK = {
    "en": ["Thanks, I've noted that.", "Got it. Anything else?", "Understood, I'll update the record.", "Done. Let me know if you need more.",
           "Sure, I'll take care of it.", "Okay, noted."],
    "de": ["Danke, ist notiert.", "Alles klar, ich kümmere mich darum.", "Verstanden. Noch etwas?"],
    "fr": ["Merci, c'est noté.", "D'accord, je m'en occupe.", "Bien reçu. Autre chose ?"],
    "es": ["Gracias, lo he anotado.", "Entendido, me encargo.", "Perfecto. ¿Algo más?"],
    "pt": ["Obrigado, anotado.", "Certo, vou tratar disso.", "Entendido. Mais alguma coisa?"],
    "it": ["Grazie, ho preso nota.", "Va bene, me ne occupo io.", "Ricevuto. Altro?"],
    "nl": ["Dank je, genoteerd.", "Begrepen, ik regel het.", "Helder. Verder nog iets?"],
    "pl": ["Dziękuję, zanotowane.", "Jasne, zajmę się tym.", "Rozumiem. Coś jeszcze?"],
    "sv": ["Tack, noterat.", "Uppfattat, jag fixar det.", "Okej. Något mer?"],
    "da": ["Tak, det er noteret.", "Forstået, jeg ordner det."],
    "no": ["Takk, notert.", "Skjønner, jeg ordner det."],
    "fi": ["Kiitos, merkitty.", "Selvä, hoidan asian."],
    "hu": ["Köszönöm, feljegyeztem.", "Rendben, intézem."],
    "cs": ["Díky, zapsáno.", "Rozumím, zařídím to."],
    "tr": ["Teşekkürler, not aldım.", "Anladım, hallediyorum."],
    "ru": ["Спасибо, записал.", "Понял, сделаю.", "Принято. Что-нибудь ещё?"],
    "uk": ["Дякую, записав.", "Зрозумів, зроблю."],
    "el": ["Ευχαριστώ, το σημείωσα.", "Εντάξει, θα το κανονίσω."],
    "ar": ["شكراً، تم التسجيل.", "حسناً، سأتولى ذلك."],
    "he": ["תודה, רשמתי.", "בסדר, אטפל בזה."],
    "hi": ["धन्यवाद, नोट कर लिया।", "ठीक है, मैं देख लेता हूँ।"],
    "th": ["ขอบคุณค่ะ บันทึกแล้ว", "รับทราบครับ"],
    "vi": ["Cảm ơn, mình đã ghi lại.", "Được, để mình xử lý."],
    "id": ["Terima kasih, sudah dicatat.", "Baik, saya urus."],
    "ja": ["承知しました。記録しました。", "ありがとうございます。対応します。"],
    "zh": ["好的，已记录。", "收到，我来处理。"],
    "ko": ["네, 기록했습니다.", "알겠습니다. 처리하겠습니다."],
    "is": ["Takk, skráð.", "Skil, ég geng frá þessu."],
}
ROLE_STYLES = [("User: ", "Assistant: "), ("Human: ", "AI: "), ("[user] ", "[assistant] "), ("### User\n", "### Assistant\n"),
               ("<|user|>\n", "<|assistant|>\n"), ("Customer: ", "Agent: "), ("Q: ", "A: "), ("user> ", "bot> "),
               ("You: ", "Bot: ")]
MODELS = ["gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet-20241022", "llama-3.1-70b-instruct", "mistral-large-latest",
          "gemini-1.5-pro", "qwen2.5-72b-instruct"]
SYSTEMS = {"en": "You are a helpful assistant.", "de": "Du bist ein hilfreicher Assistent.",
           "fr": "Tu es un assistant serviable.", "es": "Eres un asistente útil.", "ja": "あなたは親切なアシスタントです。"}


def ack(rng, lang):
    return rng.choice(ACK.get(lang, ACK["en"]))


def chat(rng, turns, lang):
    """turns: list of (role, segs); role 'u' or 'a'. Missing assistant turns are filled in."""
    u, a = rng.choice(ROLE_STYLES)
    out = S()
    for i, (role, segs) in enumerate(turns):
        if i:
            out.append("\n\n" if "\n" in u else "\n")
        out.append(u if role == "u" else a)
        out.extend(flat(segs))
    return out


def chat1(rng, segs, lang, reply=None):
    t = [("u", segs), ("a", reply or ack(rng, lang))]
    return chat(rng, t, lang)


def openai_body(rng, msgs, lang, ascii=None, system=True):
    ascii = rng.random() < 0.15 if ascii is None else ascii
    m = []
    if system and rng.random() < 0.7:
        m.append({"role": "system", "content": SYSTEMS.get(lang, SYSTEMS["en"])})
    for role, segs in msgs:
        m.append({"role": {"u": "user", "a": "assistant"}[role], "content": S(flat(segs))})
    body = {"model": rng.choice(MODELS), "messages": m}
    if rng.random() < 0.5:
        body["temperature"] = rng.choice([0, 0.2, 0.7, 1])
    indent = rng.choice([None, None, 2])
    return jdump(body, indent=indent, ascii=ascii)


def anthropic_body(rng, segs, lang):
    body = {"model": rng.choice(MODELS[2:3] + ["claude-3-haiku-20240307"]), "max_tokens": rng.choice([512, 1024, 4096]),
            "messages": [{"role": "user", "content": [{"type": "text", "text": S(flat(segs))}]}]}
    return jdump(body, indent=rng.choice([None, 2]))


def call_id(rng):
    return "call_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))


def tool_call(rng, name, args, ascii=False, indent=None):
    inner = jdump(args, ascii=ascii)
    obj = {"id": call_id(rng), "type": "function", "function": {"name": name, "arguments": S(inner)}}
    return jdump(obj, indent=indent, ascii=ascii)


def tool_use(rng, name, args):
    obj = {"type": "tool_use", "id": "toolu_" + V.hexs(rng, 20), "name": name, "input": args}
    return jdump(obj, indent=rng.choice([None, 2]))


def ts(rng):
    return D("DATE", V.fmt_datetime(rng, V.recent_dt(rng)))


def log_line(rng, level, event, msg_segs, style=None):
    """A log line that carries user text; escapes it as logs do."""
    style = style or rng.choice(["kv", "json", "plain"])
    t = ts(rng)
    rid = D("HEX_HASH", V.hexs(rng, 16) if rng.random() < 0.5 else V.uuid(rng))
    if style == "json":
        return jdump({"ts": t, "level": level.lower(), "event": event, "request_id": rid, "message": S(flat(msg_segs))})
    if style == "kv":
        return fill('⟦t⟧ level=⟦lv⟧ event=⟦ev⟧ request_id=⟦rid⟧ msg="⟦m⟧"', t=t, lv=level.lower(), ev=event, rid=rid,
                    m=jesc(msg_segs))
    return fill("⟦t⟧ ⟦lv⟧ [⟦ev⟧] (⟦rid⟧) ⟦m⟧", t=t, lv=level.upper(), ev=event, rid=rid, m=msg_segs)


def wrap_any(rng, segs, lang, kinds=("prompt", "chat", "openai", "log")):
    """Wrap a bare user message in one of several shapes; returns (segs, shape)."""
    k = rng.choice(kinds)
    if k == "prompt":
        return flat(segs), "prompt"
    if k == "chat":
        return chat1(rng, segs, lang), "chat"
    if k == "openai":
        if rng.random() < 0.2:
            return anthropic_body(rng, segs, lang), "openai"
        return openai_body(rng, [("u", segs)], lang), "openai"
    return log_line(rng, "INFO", rng.choice(["chat.request", "llm.prompt", "assistant.input", "gateway.inbound"]), segs), "log"
