"""Building blocks: PII blurbs, assistant replies, support scripts, reply headers."""
import base as B
import values as V
from rich import D, E, R, join, lit, tpl

ASSIST = {
    "en": ["Got it — I've updated the record.", "Thanks! I'll draft that reply now.", "Sure, here is a shorter version:",
           "I can help with that. Could you confirm which account this is for?", "Done. Anything else?",
           "Understood. I won't store that anywhere.", "Here's a polite response you could send:"],
    "es": ["Entendido, ya he actualizado los datos.", "¡Claro! Aquí tienes una respuesta:", "De acuerdo. ¿Algo más?"],
    "pt": ["Entendi, já atualizei o cadastro.", "Claro! Segue uma sugestão de resposta:", "Feito. Mais alguma coisa?"],
    "fr": ["C'est noté, j'ai mis à jour la fiche.", "Bien sûr, voici une proposition de réponse :", "C'est fait. Autre chose ?"],
    "de": ["Alles klar, ich habe den Datensatz aktualisiert.", "Gern, hier ein Vorschlag für die Antwort:", "Erledigt. Noch etwas?"],
    "it": ["Ricevuto, ho aggiornato la scheda.", "Certo, ecco una possibile risposta:", "Fatto. Serve altro?"],
    "nl": ["Begrepen, ik heb het bijgewerkt.", "Natuurlijk, hier een voorstel:"],
    "pl": ["Jasne, zaktualizowałem dane.", "Oczywiście, oto propozycja odpowiedzi:"],
    "tr": ["Anlaşıldı, kaydı güncelledim.", "Tabii, işte bir yanıt önerisi:"],
    "ru": ["Понял, данные обновил.", "Конечно, вот вариант ответа:"],
    "uk": ["Зрозумів, дані оновлено.", "Звісно, ось варіант відповіді:"],
    "ja": ["承知しました。登録情報を更新しました。", "はい、返信文の案です："],
    "ko": ["알겠습니다. 정보를 업데이트했습니다.", "네, 답장 초안입니다:"],
    "zh": ["好的，已更新资料。", "当然，以下是回复草稿："],
    "zht": ["好的，已更新資料。", "當然，以下是回覆草稿："],
    "ar": ["تم، قمت بتحديث البيانات.", "بالتأكيد، إليك رداً مقترحاً:"],
    "he": ["הבנתי, עדכנתי את הפרטים.", "בטח, הנה הצעה לתשובה:"],
    "hi": ["ठीक है, मैंने जानकारी अपडेट कर दी है।", "ज़रूर, यह रहा जवाब का ड्राफ्ट:"],
    "id": ["Baik, datanya sudah saya perbarui.", "Tentu, ini draf balasannya:"],
    "vi": ["Đã rõ, tôi đã cập nhật thông tin.", "Được, đây là bản nháp trả lời:"],
    "sv": ["Uppfattat, jag har uppdaterat uppgifterna."], "th": ["รับทราบค่ะ อัปเดตข้อมูลแล้ว"],
}

ASK = {
    "en": ["Can you write a short, friendly reply to this?", "Please fill in the form below with these details.",
           "Summarise this for the handover note.", "Extract the contact details as JSON.",
           "Is anything missing before I submit this?", "Rewrite this more politely:"],
    "es": ["¿Puedes redactar una respuesta breve?", "Resume esto para el traspaso de turno.", "Extrae los datos de contacto en JSON."],
    "pt": ["Pode escrever uma resposta curta?", "Resuma isso para a passagem de turno."],
    "fr": ["Peux-tu rédiger une réponse courte ?", "Résume ceci pour la passation."],
    "de": ["Kannst du eine kurze Antwort formulieren?", "Fass das bitte für die Übergabe zusammen.", "Extrahiere die Kontaktdaten als JSON."],
    "it": ["Puoi scrivere una risposta breve?", "Riassumi per il passaggio di consegne."],
    "ja": ["短い返信文を書いてください。", "引き継ぎ用に要約してください。"],
    "zh": ["帮我写一个简短的回复。", "请把联系信息提取成JSON。"],
    "ko": ["짧은 답장을 써 주세요.", "인수인계용으로 요약해 주세요."],
    "ru": ["Напиши короткий ответ.", "Сделай выжимку для передачи смены."],
}

# quoted-reply headers: {date} {n} [{em}]
REPLY_HDR = {
    "en": ["On {date}, {n} <{em}> wrote:", "On {date} at 09:41, {n} wrote:", "-----Original Message-----\nFrom: {n} <{em}>\nSent: {date}"],
    "es": ["El {date}, {n} <{em}> escribió:", "El {date} a las 9:41, {n} escribió:"],
    "pt": ["Em {date}, {n} <{em}> escreveu:", "Em {date} às 09:41, {n} escreveu:"],
    "fr": ["Le {date}, {n} <{em}> a écrit :", "Le {date} à 09:41, {n} a écrit :"],
    "de": ["Am {date} schrieb {n} <{em}>:", "Am {date} um 09:41 schrieb {n}:"],
    "it": ["Il giorno {date} {n} <{em}> ha scritto:"],
    "nl": ["Op {date} schreef {n} <{em}>:"],
    "pl": ["W dniu {date} {n} <{em}> napisał(a):"],
    "sv": ["Den {date} skrev {n} <{em}>:"],
    "nb": ["{date} skrev {n} <{em}>:"], "da": ["Den {date} skrev {n} <{em}>:"], "fi": ["{n} <{em}> kirjoitti {date}:"],
    "cs": ["Dne {date} {n} <{em}> napsal(a):"], "ro": ["Pe {date}, {n} <{em}> a scris:"],
    "ru": ["{date}, {n} <{em}> пишет:"], "uk": ["{date}, {n} <{em}> пише:"],
    "tr": ["{n} <{em}>, {date} tarihinde şunu yazdı:"],
    "ja": ["{date} {n} <{em}>:", "{n} 様 ({date}) のメッセージ:"],
    "zh": ["在 {date}，{n} <{em}> 写道：", "{n} <{em}> 于 {date} 写道："],
    "zht": ["{n} <{em}> 於 {date} 寫道："], "ko": ["{date}, {n} <{em}>님이 작성:"],
}

SUBJ = {
    "en": ["Re: your booking", "Quick question", "Updated contact details", "Re: onboarding documents", "Fwd: lease renewal",
           "Follow-up from today's call", "Re: delivery problem"],
    "es": ["Re: su reserva", "Datos actualizados", "Consulta rápida"], "pt": ["Re: sua reserva", "Dados atualizados"],
    "fr": ["Re : votre réservation", "Coordonnées mises à jour"], "de": ["AW: Ihre Buchung", "Neue Kontaktdaten", "Kurze Frage"],
    "it": ["R: la sua prenotazione", "Dati aggiornati"], "ja": ["Re: ご予約の件", "連絡先変更のお知らせ"],
    "zh": ["回复：您的预订", "联系方式更新"], "ko": ["RE: 예약 건", "연락처 변경"], "ru": ["Re: ваше бронирование", "Новые контактные данные"],
}


def lang_has(ctx, cat):
    return bool(ctx.T.get(cat))


def sentence(ctx, p, kind, others=None):
    """One sentence of a given kind about person p.  Returns R."""
    c = ctx
    nm = B.NAME(p.name())
    g = p.gender
    if kind == "mention":
        # the people mentioned are third parties, not the writer
        o1 = others[0] if others else B.person(c)
        o2 = others[1] if others and len(others) > 1 else B.person(c)
        return c.sent("mention", n=B.NAME(o1.name()), n2=B.NAME(o2.name()), gender=o1.gender)
    if kind == "ip":
        return tpl(c.ch(IP_T.get(c.lang, ["IP: {ip}"])), ip=B.ip_r(c))
    if kind == "ssn":
        return tpl(c.ch(SSN_T), ssn=B.ssn_r(c, c.ch(["dash", "dash", "space", "plain"])), n=nm)
    if kind == "card":
        return tpl(c.ch(CARD_T.get(c.lang, CARD_T["en"])), card=B.card_r(c), exp=D("DATE", "%02d/%02d" % (c.rng.randrange(1, 13), c.rng.randrange(26, 32))))
    if kind == "dob":
        return c.sent("dob", n=nm, dob=B.dob_r(c, p), gender=g)
    if kind == "pw":
        return c.sent("pw", n=nm, pw=B.pw_r(c), gender=g)
    if kind == "phone":
        return c.sent("phone", n=nm, ph=B.phone_r(c), gender=g)
    if kind == "addr":
        return c.sent("addr", n=nm, addr=B.addr_r(c, p), gender=g)
    if kind == "email":
        return c.sent("email", n=nm, em=B.email_r(c, p), gender=g)
    if kind in ("health", "med"):
        cat = "health" if kind == "health" else "med"
        if not lang_has(c, cat):
            k, v = B.health_r(c, gender=g)
            return c.lab("diag" if k != "med" else "meds") + ": " + v
        if cat == "health":
            k, v = B.health_r(c, ("cond",), gender=g)
            return c.sent("health", n=nm, cond=v, gender=g)
        k, v = B.health_r(c, ("med",), gender=g)
        return c.sent("med", n=nm, med=v, gender=g)
    if kind == "date":
        return c.sent("date", date=B.date_r(c))
    if kind == "iban":
        return c.lab("iban") + ": " + B.iban_r(c)
    raise KeyError(kind)


IP_T = {"en": ["The failed logins all came from {ip}.", "I'm connecting from {ip} if you need to whitelist it.",
                "my home IP is {ip}"],
        "de": ["Die fehlgeschlagenen Logins kamen von {ip}.", "Meine IP zu Hause ist {ip}."],
        "es": ["Los intentos fallidos venían de {ip}.", "Mi IP de casa es {ip}."],
        "fr": ["Les échecs de connexion venaient de {ip}.", "Mon IP à la maison est {ip}."],
        "pt": ["As tentativas vieram do IP {ip}."], "it": ["I tentativi falliti arrivavano da {ip}."],
        "ru": ["Неудачные входы были с адреса {ip}."], "ja": ["不正ログインは{ip}からでした。"], "zh": ["异常登录来自{ip}。"]}
SSN_T = ["My SSN is {ssn}.", "SSN on file: {ssn}", "{n}'s social security number is {ssn}.", "last thing, my social is {ssn}"]
CARD_T = {"en": ["Charge it to my card {card}, exp {exp}.", "The card I used was {card} (expires {exp}).",
                 "card number {card}, valid thru {exp}"],
          "de": ["Bitte die Karte {card} belasten, gültig bis {exp}."], "es": ["Cárgalo a mi tarjeta {card}, caduca {exp}."],
          "fr": ["Débitez ma carte {card}, expiration {exp}."], "pt": ["Pode cobrar no cartão {card}, validade {exp}."],
          "it": ["Addebita sulla carta {card}, scadenza {exp}."], "ja": ["カード番号は{card}、有効期限{exp}です。"],
          "zh": ["卡号{card}，有效期{exp}。"], "tr": ["Kart numaram {card}, son kullanma {exp}."],
          "ru": ["Номер карты {card}, срок действия {exp}."]}

KIND_W = [("mention", 0.7), ("dob", 2.4), ("pw", 2.3), ("addr", 2.8), ("phone", 1.3), ("health", 1.1), ("med", 0.6),
          ("email", 0.35), ("date", 0.8), ("card", 0.3), ("ip", 0.25)]


def pick_kinds(ctx, n, weights=None):
    w = dict(weights or KIND_W)
    if weights is None and ctx.loc == "en-US":
        w["ssn"] = 0.9
    out = []
    for _ in range(n):
        ks = [k for k in w if k not in out]
        tot = sum(w[k] for k in ks)
        x = ctx.rng.random() * tot
        for k in ks:
            x -= w[k]
            if x <= 0:
                out.append(k)
                break
    return out


def blurb(ctx, p, n=None, kinds=None, others=None, sep=" "):
    n = n or ctx.rng.choice([1, 2, 2, 3])
    kinds = kinds or pick_kinds(ctx, n)
    parts = [sentence(ctx, p, k, others) for k in kinds]
    if not any(x.has_entity() for x in parts):
        parts.append(sentence(ctx, p, "mention", others))
    return join(sep, parts)


def assist(ctx):
    return ctx.ch(ASSIST.get(ctx.lang) or ASSIST["en"])


def ask(ctx):
    return ctx.ch(ASK.get(ctx.lang) or ASK["en"])


def subject(ctx):
    return ctx.ch(SUBJ.get(ctx.lang) or SUBJ["en"])


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def reply_hdr(ctx, p):
    t = ctx.ch(REPLY_HDR.get(ctx.lang) or REPLY_HDR["en"])
    if ctx.lang == "en" and ctx.p(0.6):
        d = B.other_date(ctx, 2023, 2026)
        date = D("DATE", "%s, %d %s %d" % (WD[d.weekday()], d.day, MON3[d.month - 1], d.year) if ctx.p(0.5)
                 else "%s, %s %d, %d" % (WD[d.weekday()], MON3[d.month - 1], d.day, d.year))
    else:
        date = B.date_r(ctx, "long")
    return tpl(t, n=B.NAME(p.name("full")), em=B.email_r(ctx, p), date=date)


def signature(ctx, p, with_phone=True, with_email=False):
    c = ctx
    title = c.ch(["Operations Manager", "Account Executive", "Head of Customer Care", "Senior Paralegal", "Office Manager",
                  "Practice Nurse", "Project Lead", "HR Business Partner", "Claims Handler"])
    lines = [B.NAME(p.name("full")), lit(title)]
    if with_phone:
        lines.append(c.ch(["T ", "Tel: ", "M: ", "Mob. ", "📞 ", ""]) + B.phone_r(c))
    if with_email:
        lines.append(B.email_r(c, p))
    return join("\n", lines)
