"""Conversation shapes: support chats, messengers, SMS, Slack, calls, meetings."""
import decoys as DC
import base as B
import content as C
import values as V
from registry import shape
from rich import D, E, R, join, lit, tpl

SUPPORT = {
    "en": dict(hello="Hi, you're chatting with {a}. How can I help today?", dob="For security, can you confirm your date of birth?",
               addr="Thanks. And the address on the account?", ok="Perfect, you're verified.", bye="Is there anything else I can help with?",
               agent="Agent", cust="Customer", tick="I've opened ticket {t} for this."),
    "es": dict(hello="Hola, te atiende {a}. ¿En qué puedo ayudarte?", dob="Por seguridad, ¿me confirmas tu fecha de nacimiento?",
               addr="Gracias. ¿Y la dirección de la cuenta?", ok="Perfecto, ya estás verificado.", bye="¿Puedo ayudarte en algo más?",
               agent="Agente", cust="Cliente", tick="He abierto la incidencia {t}."),
    "pt": dict(hello="Olá, aqui é {a}. Como posso ajudar?", dob="Por segurança, pode confirmar sua data de nascimento?",
               addr="Obrigado. E o endereço cadastrado?", ok="Perfeito, cadastro confirmado.", bye="Posso ajudar em algo mais?",
               agent="Atendente", cust="Cliente", tick="Abri o chamado {t}."),
    "de": dict(hello="Hallo, hier ist {a}. Wie kann ich helfen?", dob="Zur Sicherheit: Wie lautet Ihr Geburtsdatum?",
               addr="Danke. Und die hinterlegte Anschrift?", ok="Super, Sie sind verifiziert.", bye="Kann ich sonst noch etwas tun?",
               agent="Mitarbeiter", cust="Kunde", tick="Ich habe das Ticket {t} angelegt."),
    "fr": dict(hello="Bonjour, ici {a}. Comment puis-je vous aider ?", dob="Pour des raisons de sécurité, pouvez-vous confirmer votre date de naissance ?",
               addr="Merci. Et l'adresse du compte ?", ok="Parfait, c'est vérifié.", bye="Puis-je vous aider pour autre chose ?",
               agent="Conseiller", cust="Client", tick="J'ai ouvert le ticket {t}."),
    "it": dict(hello="Ciao, sono {a}. Come posso aiutarti?", dob="Per sicurezza, mi confermi la data di nascita?",
               addr="Grazie. E l'indirizzo registrato?", ok="Perfetto, verificato.", bye="Posso aiutarti in altro?",
               agent="Operatore", cust="Cliente", tick="Ho aperto il ticket {t}."),
    "nl": dict(hello="Hoi, je spreekt met {a}. Waarmee kan ik helpen?", dob="Kun je ter controle je geboortedatum geven?",
               addr="Dank je. En het adres op het account?", ok="Top, je bent geverifieerd.", bye="Kan ik nog ergens mee helpen?",
               agent="Medewerker", cust="Klant", tick="Ik heb ticket {t} aangemaakt."),
    "pl": dict(hello="Dzień dobry, tu {a}. W czym mogę pomóc?", dob="Dla bezpieczeństwa proszę podać datę urodzenia.",
               addr="Dziękuję. A adres przypisany do konta?", ok="Świetnie, weryfikacja zakończona.", bye="Czy mogę jeszcze w czymś pomóc?",
               agent="Konsultant", cust="Klient", tick="Założyłem zgłoszenie {t}."),
    "tr": dict(hello="Merhaba, ben {a}. Size nasıl yardımcı olabilirim?", dob="Güvenlik için doğum tarihinizi teyit eder misiniz?",
               addr="Teşekkürler. Hesaptaki adres nedir?", ok="Tamamdır, doğrulandı.", bye="Başka bir konuda yardımcı olabilir miyim?",
               agent="Temsilci", cust="Müşteri", tick="{t} numaralı kaydı açtım."),
    "ru": dict(hello="Здравствуйте, на связи {a}. Чем могу помочь?", dob="Для проверки назовите, пожалуйста, дату рождения.",
               addr="Спасибо. А адрес в профиле?", ok="Отлично, проверка пройдена.", bye="Могу ещё чем-то помочь?",
               agent="Оператор", cust="Клиент", tick="Создал обращение {t}."),
    "ja": dict(hello="お問い合わせありがとうございます。担当の{a}です。", dob="ご本人確認のため、生年月日を教えていただけますか。",
               addr="ありがとうございます。ご登録の住所もお願いします。", ok="確認できました。", bye="ほかにご不明な点はございますか。",
               agent="オペレーター", cust="お客様", tick="受付番号は{t}です。"),
    "zh": dict(hello="您好，我是客服{a}，请问有什么可以帮您？", dob="为了核实身份，请提供您的出生日期。",
               addr="谢谢。请再提供一下账户地址。", ok="好的，验证通过。", bye="还有其他可以帮您的吗？",
               agent="客服", cust="客户", tick="已为您创建工单{t}。"),
    "ko": dict(hello="안녕하세요, 상담원 {a}입니다. 무엇을 도와드릴까요?", dob="본인 확인을 위해 생년월일을 말씀해 주세요.",
               addr="감사합니다. 등록된 주소도 확인 부탁드립니다.", ok="확인되었습니다.", bye="더 도와드릴 일이 있을까요?",
               agent="상담원", cust="고객", tick="접수번호는 {t}입니다."),
    "ar": dict(hello="مرحباً، معك {a}. كيف يمكنني مساعدتك؟", dob="للتحقق، هل يمكنك تأكيد تاريخ ميلادك؟",
               addr="شكراً. وما هو العنوان المسجل؟", ok="ممتاز، تم التحقق.", bye="هل هناك أي شيء آخر؟",
               agent="الموظف", cust="العميل", tick="تم فتح التذكرة {t}."),
}


@shape("support_chat", langs=set(SUPPORT), w=2.5)
def support_chat(ctx):
    c = ctx
    S = SUPPORT[c.lang]
    p = B.person(c)
    agent = B.person(c, foreign=0)
    bot = c.p(0.3)
    a_name = D("PROPER_NOUN", c.ch(DC.BOTS)) if bot else B.NAME(agent.name(c.ch(["given", "given", "full"])))
    speak = "name" if c.p(0.3) else "role"
    a_lab = lit(S["agent"]) if speak == "role" else (a_name if not bot else D("PROPER_NOUN", c.ch(DC.BOTS)))
    cu_lab = lit(S["cust"]) if speak == "role" else B.NAME(p.name(c.ch(["given", "full"])))
    lines = [(a_lab, tpl(S["hello"], a=a_name))]
    lines.append((cu_lab, C.blurb(c, p, n=1, kinds=[c.ch(["pw", "mention", "addr", "date", "health"])])))
    lines.append((a_lab, lit(S["dob"])))
    lines.append((cu_lab, B.dob_r(c, p, c.ch(["num", "long", "iso"]))))
    if c.p(0.6):
        lines.append((a_lab, lit(S["addr"])))
        lines.append((cu_lab, B.addr_r(c, p)))
    lines.append((a_lab, lit(S["ok"]) + " " + tpl(S["tick"], t=B.dec(c, "ticket"))))
    if c.p(0.5):
        lines.append((cu_lab, C.blurb(c, p, n=1, kinds=[c.ch(["phone", "email", "pw"])])))
    lines.append((a_lab, lit(S["bye"])))
    stamp = c.p(0.4)
    out = []
    h, m = c.rng.randrange(8, 20), c.rng.randrange(50)
    for i, (who, txt) in enumerate(lines):
        pre = lit("[%02d:%02d] " % (h, m + i)) if stamp else lit("")
        out.append(pre + who + ": " + txt)
    return join("\n", out)


@shape("whatsapp", w=1.6)
def whatsapp(ctx):
    c = ctx
    a = B.person(c, foreign=0.1)
    b = B.person(c, foreign=0.1)
    na = B.NAME(a.name(c.ch(["given", "full"])))
    nb = B.NAME(b.name(c.ch(["given", "full"]))) if c.p(0.65) else B.phone_r(c)  # unsaved contact shows as a number
    msgs = []
    msgs.append((na, c.sent("greet", n=B.NAME(b.name("given")))))
    third = [B.person(c), B.person(c)]
    msgs.append((nb, C.blurb(c, a, n=1, others=third)))
    msgs.append((na, C.blurb(c, a, n=c.ch([1, 2]), others=third)))
    if c.p(0.5):
        msgs.append((nb, lit(c.ch(["👍", "ok", "👌 thx", "🙏", "ok, danke", "vale", "merci !", "спасибо", "ありがとう！"]))))
    layout = c.ch(["wa", "wa2", "tg", "line"])
    d = B.other_date(c, 2022, 2026)
    out = []
    for i, (who, txt) in enumerate(msgs):
        hh, mm = 9 + i, c.rng.randrange(60)
        if layout == "wa":
            out.append(lit("[%02d/%02d/%02d, %02d:%02d:%02d] " % (d.day, d.month, d.year % 100, hh, mm, c.rng.randrange(60))) + who + ": " + txt)
        elif layout == "wa2":
            out.append(lit("%d/%d/%02d, %d:%02d %s - " % (d.month, d.day, d.year % 100, hh % 12 or 12, mm, "AM" if hh < 12 else "PM")) + who + ": " + txt)
        elif layout == "tg":
            out.append(who + lit(", [%02d.%02d.%d %02d:%02d]\n" % (d.day, d.month, d.year, hh, mm)) + txt)
        else:
            out.append(lit("%02d:%02d\t" % (hh, mm)) + who + "\t" + txt)
    return join("\n" if layout != "tg" else "\n\n", out)


SMS_T = {
    "en": ["Hi {n}, your temporary code is {pw}. It expires in 10 minutes.", "{n} this is your landlord, the door code is now {pw}",
           "Reminder: {n}, appointment on {date}. Reply STOP to opt out.", "hey it's {n2}, new number, save it: {ph}"],
    "es": ["Hola {n}, tu código temporal es {pw}. Caduca en 10 minutos.", "{n}, soy {n2}, este es mi nuevo número: {ph}"],
    "de": ["Hallo {n}, dein Einmalcode lautet {pw}.", "Hi {n}, hier ist {n2}, meine neue Nummer: {ph}"],
    "fr": ["Bonjour {n}, votre code provisoire est {pw}.", "Coucou {n}, c'est {n2}, nouveau numéro : {ph}"],
    "pt": ["Olá {n}, seu código temporário é {pw}.", "Oi {n}, é {n2}, número novo: {ph}"],
    "ru": ["{n}, ваш временный код: {pw}. Никому его не сообщайте.", "{n}, это {n2}, мой новый номер {ph}"],
    "ja": ["{n}様 ワンタイムパスワードは{pw}です。", "{n}さん、{n2}です。新しい番号は{ph}です。"],
    "ko": ["[Web발신] {n}님 인증번호 {pw}를 입력해주세요.", "{n}님, {n2}입니다. 번호 바뀌었어요 {ph}"],
    "zh": ["{n}您好，您的临时密码为{pw}，10分钟内有效。", "{n}，我是{n2}，新号码{ph}"],
    "tr": ["Sayın {n}, geçici şifreniz {pw}.", "{n}, ben {n2}, yeni numaram {ph}"],
    "id": ["Halo {n}, kode sementara kamu {pw}. Jangan bagikan ke siapa pun.", "{n}, ini {n2}, nomor baru: {ph}"],
    "sw": ["{n}, nenosiri lako la muda ni {pw}.", "{n}, ni {n2}, namba mpya: {ph}"],
    "hi": ["{n} जी, आपका अस्थायी पासवर्ड {pw} है।", "{n}, मैं {n2}, नया नंबर {ph}"],
    "ar": ["{n}، رمز الدخول المؤقت هو {pw}", "{n}، أنا {n2}، رقمي الجديد {ph}"],
}


@shape("sms", langs=set(SMS_T), w=1.5)
def sms(ctx):
    c = ctx
    p = B.person(c)
    q = B.person(c)
    out = []
    for t in c.rng.sample(SMS_T[c.lang], c.ch([1, 2])):
        out.append(tpl(t, n=B.NAME(p.name("given")), n2=B.NAME(q.name("given")), pw=B.pw_r(c, style=c.ch(["pin", "temp", None])),
                       ph=B.phone_r(c), date=B.date_r(c)))
    hdr = lit("From: ") + B.phone_r(c) + "\n" if c.p(0.5) else lit("SMS " + c.ch(["•", "-", ">"]) + " ")
    return hdr + join("\n\n", out)


@shape("slack", w=1.0)
def slack(ctx):
    c = ctx
    ppl = [B.person(c) for _ in range(3)]
    ch = c.ch(["#ops", "#support-escalations", "#hr-private", "#general", "#infra", "#front-desk", "#kundenservice"])
    out = [lit(ch)]
    for i in range(c.ch([2, 3, 4])):
        who = ppl[i % 3]
        tgt = ppl[(i + 1) % 3]
        if c.p(0.5):
            body = "@" + B.NAME(tgt.name(c.ch(["given", "full"]))) + " " + C.blurb(c, who, n=1, others=[tgt])
        else:
            body = C.blurb(c, who, n=c.ch([1, 2]), others=[tgt])
        out.append(B.NAME(who.name("full")) + lit("  %d:%02d %s\n" % (c.rng.randrange(1, 12), c.rng.randrange(60), c.ch(["AM", "PM"]))) + body)
    return join("\n", out)


SPOKEN_LANGS = {"en", "es", "de", "fr", "pt", "it"}
CALL = {
    "en": dict(intro="Thank you for calling {co}, this is {a}.", name="Can I take your full name?", spell="that's {sp}",
               dob="And your date of birth?", ph="What's the best number to reach you?", ok="Lovely, thank you.",
               me="yeah hi, it's {n}", born="I was born {dob}", num="it's {ph}"),
    "es": dict(intro="Gracias por llamar a {co}, le atiende {a}.", name="¿Me dice su nombre completo?", spell="se escribe {sp}",
               dob="¿Y su fecha de nacimiento?", ph="¿Un teléfono de contacto?", ok="Perfecto, gracias.",
               me="sí, hola, soy {n}", born="nací el {dob}", num="es el {ph}"),
    "de": dict(intro="Vielen Dank für Ihren Anruf bei {co}, Sie sprechen mit {a}.", name="Wie ist Ihr vollständiger Name?",
               spell="das schreibt sich {sp}", dob="Und Ihr Geburtsdatum?", ph="Unter welcher Nummer erreichen wir Sie?",
               ok="Wunderbar, danke.", me="ja hallo, hier ist {n}", born="geboren am {dob}", num="die Nummer ist {ph}"),
    "fr": dict(intro="Merci d'avoir appelé {co}, {a} à l'appareil.", name="Puis-je avoir votre nom complet ?",
               spell="ça s'écrit {sp}", dob="Et votre date de naissance ?", ph="Un numéro où vous joindre ?",
               ok="Parfait, merci.", me="oui bonjour, c'est {n}", born="je suis né le {dob}", num="c'est le {ph}"),
    "pt": dict(intro="Obrigado por ligar para a {co}, fala {a}.", name="Pode me dizer seu nome completo?", spell="se escreve {sp}",
               dob="E a data de nascimento?", ph="Um telefone para contato?", ok="Perfeito, obrigado.",
               me="oi, aqui é {n}", born="nasci em {dob}", num="é {ph}"),
    "it": dict(intro="Grazie per aver chiamato {co}, sono {a}.", name="Mi può dire nome e cognome?", spell="si scrive {sp}",
               dob="E la data di nascita?", ph="Un numero di telefono?", ok="Perfetto, grazie.",
               me="sì, buongiorno, sono {n}", born="sono nato il {dob}", num="è il {ph}"),
}


@shape("voice_transcript", langs=SPOKEN_LANGS, w=1.6)
def voice_transcript(ctx):
    c = ctx
    S = CALL[c.lang]
    p = B.person(c, foreign=0.15 if c.lang == "en" else 0)
    a = B.person(c, foreign=0)
    co = c.ch(["Kestrel Logistics", "Blue Harbor Dental", "Azulejo Travel", "Casa Miel Seguros", "OrbitFin"])
    ph = B.phone(c)
    sph = V.spoken_digits(ph, c.rng, c.lang)
    d = p.dob()
    if c.lang == "en":
        sdob = B.fmt_date(c, d, "spoken")
    else:
        sdob = B.fmt_date(c, d, "long")
    caller = B.NAME(p.name("full").lower() if c.p(0.5) else p.name("full"))
    sp = "-".join(p.family_r.upper()) if p.is_latin() or c.lang == "en" else None
    lines = [("agent", tpl(S["intro"], co=co, a=B.NAME(a.name("given")))),
             ("caller", tpl(S["me"], n=caller) if c.p(0.6) else lit(c.ch(["hi", "hello", "yes hi"]))),
             ("agent", lit(S["name"])),
             ("caller", B.NAME(p.full(roman=True)) + (lit(", ") + tpl(S["spell"], sp=B.NAME(sp)) if sp and c.p(0.4) else lit(""))),
             ("agent", lit(S["dob"])),
             ("caller", lit(c.ch(["uh ", "um, ", "", "eh "])) + tpl(S["born"], dob=E("DATE_OF_BIRTH", sdob))),
             ("agent", lit(S["ph"])),
             ("caller", tpl(S["num"], ph=E("PHONE", sph))),
             ("agent", lit(S["ok"]))]
    if c.lang == "en" and c.loc == "en-US" and c.p(0.5):
        ssn = V.ssn(c.rng)
        lines.insert(7, ("caller", lit("and my social is ") + E("US_SSN", V.spoken_digits(ssn.replace("-", ""), c.rng)
                                                                    if c.p(0.5) else ssn)))
    fmt = c.ch(["spk", "time", "lower"])
    out = []
    t = 0
    for who, txt in lines:
        t += c.rng.randrange(2, 9)
        lab = "Agent" if who == "agent" else "Caller"
        if fmt == "time":
            out.append(lit("[00:%02d:%02d] %s: " % (t // 60, t % 60, lab.upper())) + txt)
        elif fmt == "lower":
            out.append(lit("spk_%d: " % (0 if who == "agent" else 1)) + txt.lower())
        else:
            out.append(lit(lab + ": ") + txt)
    return join("\n", out)


MEET = {
    "en": dict(title="Minutes — {t}", att="Attendees", apol="Apologies", act="Actions", to="{n} to follow up with {n2}",
               topics=["Q3 roadmap", "office move", "vendor review", "hiring plan"]),
    "de": dict(title="Protokoll — {t}", att="Teilnehmende", apol="Entschuldigt", act="Aufgaben", to="{n}: Rückmeldung an {n2}",
               topics=["Budget 2025", "Umzug Büro", "Lieferantenauswahl"]),
    "fr": dict(title="Compte rendu — {t}", att="Présents", apol="Excusés", act="Actions", to="{n} recontacte {n2}",
               topics=["budget", "déménagement", "recrutement"]),
    "es": dict(title="Acta — {t}", att="Asistentes", apol="Excusan asistencia", act="Acciones", to="{n} hablará con {n2}",
               topics=["presupuesto", "mudanza de oficina", "contrataciones"]),
    "it": dict(title="Verbale — {t}", att="Presenti", apol="Assenti giustificati", act="Azioni", to="{n} ricontatta {n2}",
               topics=["budget", "trasloco"]),
    "nl": dict(title="Notulen — {t}", att="Aanwezig", apol="Afwezig", act="Actiepunten", to="{n} belt {n2}", topics=["begroting"]),
    "pt": dict(title="Ata — {t}", att="Presentes", apol="Ausentes", act="Ações", to="{n} retorna para {n2}", topics=["orçamento"]),
    "ja": dict(title="議事録 — {t}", att="出席者", apol="欠席", act="アクション", to="{n}さんが{n2}さんに確認", topics=["予算", "採用"]),
    "zh": dict(title="会议纪要 — {t}", att="参会人", apol="请假", act="待办", to="{n}跟进{n2}", topics=["预算", "招聘"]),
    "ko": dict(title="회의록 — {t}", att="참석자", apol="불참", act="액션 아이템", to="{n}님이 {n2}님께 확인", topics=["예산"]),
    "sv": dict(title="Protokoll — {t}", att="Närvarande", apol="Frånvarande", act="Åtgärder", to="{n} återkopplar till {n2}", topics=["budget"]),
    "pl": dict(title="Notatka — {t}", att="Obecni", apol="Nieobecni", act="Zadania", to="{n} kontaktuje się z {n2}", topics=["budżet"]),
    "tr": dict(title="Toplantı notları — {t}", att="Katılımcılar", apol="Katılamayanlar", act="Aksiyonlar", to="{n}, {n2} ile görüşecek", topics=["bütçe"]),
    "ru": dict(title="Протокол — {t}", att="Присутствовали", apol="Отсутствовали", act="Задачи", to="{n}: связаться — {n2}", topics=["бюджет"]),
}


@shape("meeting_notes", langs=set(MEET), w=1.0)
def meeting_notes(ctx):
    c = ctx
    S = MEET[c.lang]
    ppl = [B.person(c) for _ in range(c.rng.randrange(3, 7))]
    names = [B.NAME(p.name(c.ch(["full", "full", "initial", "given"]))) for p in ppl]
    k = c.rng.randrange(1, len(names))
    out = [lit(S["title"].format(t=c.ch(S["topics"]))), lit("") + B.date_r(c, "long"),
           lit(S["att"] + ": ") + join(", ", names[:k])]
    if k < len(names):
        out.append(lit(S["apol"] + ": ") + join(", ", names[k:]))
    out.append(lit(""))
    out.append(lit(S["act"] + ":"))
    for i in range(c.ch([1, 2, 3])):
        a, b = c.rng.sample(ppl, 2)
        out.append("- " + tpl(S["to"], n=B.NAME(a.name("given")), n2=B.NAME(b.name(c.ch(["given", "full"])))))
    if c.p(0.4):
        out.append("- " + C.sentence(c, ppl[0], c.ch(["phone", "health", "addr"])))
    return join("\n", out)


@shape("chat_lower", langs={"en", "es", "pt", "fr", "de", "it", "nl", "id", "tl", "tr", "pl", "sv", "sw", "vi"}, w=1.5)
def chat_lower(ctx):
    c = ctx
    p = B.person(c)
    q = B.person(c)
    lines = [C.blurb(c, p, n=1, kinds=["mention"], others=[q]),
             C.blurb(c, p, n=c.ch([1, 2]), others=[q])]
    if c.p(0.5):
        lines.append(C.blurb(c, q, n=1, kinds=[c.ch(["pw", "phone", "addr", "dob"])]))
    me = B.NAME(B.person(c).name("given"))
    you = B.NAME(B.person(c).name("given"))
    out = []
    for i, l in enumerate(lines):
        out.append((me if i % 2 == 0 else you) + ": " + l)
    return join("\n", out).lower()


@shape("prose_mention", w=1.5)
def prose_mention(ctx):
    c = ctx
    ppl = [B.person(c) for _ in range(3)]
    sents = []
    for i in range(c.ch([2, 3, 4])):
        k = "mention" if i == 0 or c.p(0.5) else c.ch(["health", "dob", "phone", "date"])
        sents.append(C.sentence(c, ppl[i % 3], k, others=[ppl[(i + 1) % 3]]))
    return join(" ", sents)


@shape("group_addressing", w=0.5)
def group_addressing(ctx):
    """Chat messages that address someone by name at the start."""
    c = ctx
    ppl = [B.person(c) for _ in range(3)]
    out = []
    for i in range(c.ch([2, 3])):
        who = ppl[i % 3]
        tgt = ppl[(i + 1) % 3]
        addr_form = c.ch(["{n}, ", "{n} — ", "@{n} ", "{n}: "])
        body = C.blurb(c, who, n=1, kinds=[c.ch(["mention", "pw", "date", "phone", "addr"])], others=[tgt])
        out.append(B.NAME(who.name("given")) + ": " + tpl(addr_form, n=B.NAME(tgt.name("given"))) + body)
    return join("\n", out)
