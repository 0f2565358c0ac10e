"""Templates, part A: chat, chat JSON, e-mail, Slack/Teams, tool calls."""

import lang as L
from core import (B, E, Dc, J, fill, T, Obj, Arr, Raw, jdump, json_esc, json_esc_ascii, choose_fields, field_value,
                  keyname, d_timestamp, d_hex, d_order, d_price, d_version, d_ops, d_numeric, COMPANY_DOMAINS)

MED_HINTS = ("take", "Tomo", "prends", "nehme", "Prendo", "gebruik", "Biorę", "принимаю", "приймаю", "kullanıyorum",
             " tar ", "Παίρνω", "लेता", "服用", "복용", "uống", "minum", "on {v}")
NOSPACE = {"zh", "ja", "th"}


def jn(ctx):
    return "" if ctx.lang in NOSPACE else " "


def fact(ctx, p, key, val=None):
    """One first-person sentence stating a PII field; returns (sentence B, value B)."""
    rng = ctx.rng
    if key == "name":
        val = val or ctx.full(p)
        return fill(ctx.sent("name"), v=val), val
    if key == "health":
        sents = L.SENT.get(ctx.lang, {}).get("health") or L.SENT["en"]["health"]
        meds = [s for s in sents if any(h in s for h in MED_HINTS)]
        conds = [s for s in sents if s not in meds]
        txt, med = ctx.health_val()
        if med and meds:
            s = rng.choice(meds)
        else:
            if med:
                txt, _ = ctx.health_val(med=False)
            s = rng.choice(conds or sents)
        val = val or E("HEALTH", txt)
        return fill(s, v=val), val
    if key == "ip":
        val = val or ctx.ip()
        return fill(rng.choice(["My IP address is {v}.", "the site says my IP is {v}", "(IP {v})"]), v=val), val
    skey = {"address": "address", "dob": "dob", "phone": "phone", "email": "email", "password": "password",
            "card": "card", "iban": "iban", "ssn": "ssn"}[key]
    s = ctx.sent(skey)
    if val is None:
        if key == "address":
            val = ctx.addr(multiline="\n" in s and rng.random() < 0.7)
        else:
            val = field_value(ctx, p, key)
    return fill(s, v=val), val


def facts(ctx, p, keys, sep=None):
    sep = jn(ctx) if sep is None else sep
    out, vals = B(), {}
    prev = None
    for k in keys:
        s, v = fact(ctx, p, k)
        if prev is not None:
            pt = prev.plain()
            # never glue two values together in scripts written without spaces
            out.add("\n" if sep == "" and pt and pt[-1] not in "。．！？!?」）)" else sep)
        out.add(s)
        prev = s
        vals[k] = v
    return out, vals


def sig(ctx, p, phone=True, addr=False, title=True, company=True):
    rng = ctx.rng
    lines = [B(ctx.full(p, case=False))]
    if title:
        lines.append(B(rng.choice(["Customer Success Manager", "Head of Operations", "Office Manager", "Account Executive",
                                    "Senior Engineer", "Practice Manager", "Sales Director", "HR Business Partner"])))
    if company and rng.random() < 0.5:
        lines.append(B(rng.choice(["Veltrion Ltd.", "Blue Harbor Inc.", "Nordlicht GmbH", "Tienda Sol S.L.", "Kestrel Analytics",
                                    "Lumio SAS", "Quantafin B.V."])))
    if phone and rng.random() < 0.6:
        lines.append(B(rng.choice(["Tel: ", "M: ", "Mobile: ", "Phone: ", "T "]), ctx.phone()))
    if addr:
        lines.append(ctx.addr(multiline=False))
    return J("\n", lines)


def role_names(ctx):
    roles = ctx.pick([("User", "Assistant"), ("user", "assistant"), ("Human", "AI"), ("USER", "ASSISTANT"), ("Customer", "Bot")])
    ctx._roles = roles
    return roles


# =========================================================================== chat (plain)
@T("chat")
def chat_update_details(ctx):
    rng = ctx.rng
    p = ctx.person()
    keys = choose_fields(ctx, k=rng.randint(3, 5), must=[rng.choice(["address", "dob", "password"])])
    u, a = role_names(ctx)
    namesent, nameval = fact(ctx, p, "name")
    fs, vals = facts(ctx, p, keys)
    ack = fill(ctx.sent("ack"), n=ctx.short(p))
    summary = [fill("- {k}: {v}", k=ctx.lbl("name"), v=nameval)]
    for k in keys:
        if k in ("address", "dob", "phone", "email") and rng.random() < 0.8:
            summary.append(fill("- {k}: {v}", k=ctx.lbl(k), v=vals[k]))
    hello = ctx.sent("hello")
    if hello[-1] not in "。！!":
        hello += "!"
    b = fill("{u}: {hello} {ask}\n{name}{sp}{facts}\n\n{a}: {ack}\n{summary}\n\n{u}: {thanks}",
             u=u, a=a, hello=hello, ask=ctx.sent("ask"), name=namesent, sp=jn(ctx), facts=fs, ack=ack,
             summary=J("\n", summary), thanks=ctx.sent("thanks"))
    if rng.random() < 0.4:
        b = B(ctx.ts("ms"), " session ", Dc("HEX_HASH", d_hex(rng)), "\n", b)
    return b


@T("chat", langs=["en"])
def chat_visa_form(ctx):
    rng = ctx.rng
    p = ctx.person(foreign=0.4)
    dob = ctx.dob()
    addr = ctx.addr(multiline=False)
    ph = ctx.phone()
    fam = E("PERSON", p.family_name("en").upper())
    giv = E("PERSON", p.given_name("en"))
    u, a = role_names(ctx)
    extra = []
    if rng.random() < 0.3:
        extra.append(fill("Passport renewal fee was {price}, paid online ({oid}).", price=Dc("PRICE", d_price(rng)),
                          oid=Dc("ORDER_ID", d_order(rng))))
    b = fill("{u}: can you fill in the {country} visa form with my details? I'll paste them\n"
             "surname {fam}, given names {giv}, born {dob}, home address {addr}, mobile {ph}.\n{extra}\n"
             "{a}: Sure — here is how the personal section should look:\n\n"
             "1. Surname: {fam}\n2. Given name(s): {giv}\n3. Date of birth: {dob}\n4. Residential address: {addr}\n"
             "5. Telephone: {ph}\n\nDouble-check the date of birth format: the form expects DD/MM/YYYY.\n"
             "{u}: perfect thanks {smile}",
             u=u, a=a, country=rng.choice(["Schengen", "UK", "Canadian", "Australian", "Japanese"]), fam=fam, giv=giv, dob=dob,
             addr=addr, ph=ph, extra=J(" ", extra), smile=rng.choice([":)", "🙏", "", "!!"]))
    return b


@T("chat", langs=["en", "es", "de", "fr", "pt", "it"])
def chat_letter_draft(ctx):
    rng = ctx.rng
    me, landlord = ctx.person(), ctx.person()
    my_addr = ctx.addr(multiline=True)
    ll = ctx.formal(landlord)
    req = {
        "en": "Write a formal complaint letter to my landlord, {ll}, about the broken heating. I'm {me}, tenant at {addr_inline} since {since}.",
        "es": "Redacta una carta formal a mi casero, {ll}, por la calefacción rota. Soy {me}, inquilina en {addr_inline} desde {since}.",
        "de": "Schreib bitte einen formellen Beschwerdebrief an meinen Vermieter {ll} wegen der kaputten Heizung. Ich bin {me}, Mieter in der {addr_inline} seit {since}.",
        "fr": "Rédige une lettre de réclamation à mon propriétaire, {ll}, pour le chauffage en panne. Je suis {me}, locataire au {addr_inline} depuis le {since}.",
        "pt": "Escreve uma carta formal ao meu senhorio, {ll}, sobre o aquecimento avariado. Sou {me}, inquilino em {addr_inline} desde {since}.",
        "it": "Scrivi una lettera formale al mio padrone di casa, {ll}, per il riscaldamento rotto. Sono {me}, inquilino in {addr_inline} dal {since}.",
    }[ctx.lang]
    addr_inline = E("ADDRESS", my_addr.plain().replace("\n", ", "))
    letter_hdr = J("\n", [ctx.full(me, case=False), my_addr])
    body = {
        "en": "Dear {ll},\n\nI am writing to report that the heating at the above address has not worked since {since2}. Despite my calls, nothing has been repaired. Please arrange a technician within 7 days.\n\nYours sincerely,\n{me2}",
        "es": "Estimado/a {ll}:\n\nLe escribo para comunicarle que la calefacción de la vivienda arriba indicada no funciona desde el {since2}. Le ruego que envíe un técnico en un plazo de 7 días.\n\nAtentamente,\n{me2}",
        "de": "Sehr geehrte/r {ll},\n\nhiermit teile ich Ihnen mit, dass die Heizung in der oben genannten Wohnung seit dem {since2} nicht funktioniert. Bitte beauftragen Sie innerhalb von 7 Tagen einen Techniker.\n\nMit freundlichen Grüßen\n{me2}",
        "fr": "Madame, Monsieur {ll},\n\nJe vous informe que le chauffage du logement ci-dessus ne fonctionne plus depuis le {since2}. Merci de faire intervenir un technicien sous 7 jours.\n\nVeuillez agréer mes salutations distinguées,\n{me2}",
        "pt": "Exmo(a). {ll},\n\nVenho informar que o aquecimento da habitação acima indicada não funciona desde {since2}. Solicito a visita de um técnico no prazo de 7 dias.\n\nCom os melhores cumprimentos,\n{me2}",
        "it": "Gentile {ll},\n\nLe scrivo per segnalare che il riscaldamento dell'abitazione sopra indicata non funziona dal {since2}. La prego di inviare un tecnico entro 7 giorni.\n\nDistinti saluti,\n{me2}",
    }[ctx.lang]
    u, a = role_names(ctx)
    return fill("{u}: " + req + "\n\n{a}:\n{hdr}\n\n" + body,
                u=u, a=a, ll=ll, me=ctx.full(me), addr_inline=addr_inline, since=ctx.date_human(),
                hdr=letter_hdr, since2=ctx.date_human(), me2=ctx.full(me, case=False))


@T("chat", langs=["en", "es", "de", "fr", "ja", "zh", "pt", "ko"])
def chat_medical_question(ctx):
    rng = ctx.rng
    p = ctx.person()
    cond = E("HEALTH", ctx.health_val(med=False)[0])
    med = E("HEALTH", ctx.health_val(med=True)[0])
    dob = ctx.dob()
    rel = ctx.pick({"en": ["mother", "father", "husband", "wife", "son", "daughter"], "es": ["madre", "padre", "marido"],
                    "de": ["Mutter", "Vater", "Mann", "Frau"], "fr": ["mère", "père", "mari"], "pt": ["mãe", "pai", "marido"],
                    "ja": ["母", "父", "夫"], "zh": ["母亲", "父亲", "丈夫"], "ko": ["어머니", "아버지", "남편"]}[ctx.lang])
    tpl = {
        "en": "{u}: My {rel}, {p}, born {dob}, was diagnosed with {cond} in {yr}. {short} currently takes {med}. Is it safe for {short2} to have a glass of wine at Christmas?\n\n{a}: I'm not a doctor, but with {cond2} and {med2} it's worth checking with the prescribing GP. {short3} could also ask the pharmacist at {ops}.",
        "es": "{u}: Mi {rel}, {p}, nacido el {dob}, tiene {cond} desde {yr}. {short} toma {med}. ¿Puede {short2} tomar una copa de vino en Navidad?\n\n{a}: No soy médico, pero con {cond2} y {med2} conviene consultarlo. {short3} también puede preguntar en la farmacia de {ops}.",
        "de": "{u}: Meine {rel}, {p}, geb. {dob}, hat seit {yr} {cond}. {short} nimmt {med}. Darf {short2} an Weihnachten ein Glas Wein trinken?\n\n{a}: Ich bin kein Arzt, aber bei {cond2} und {med2} sollte das mit der Hausärztin abgeklärt werden. {short3} kann auch in der Apotheke bei {ops} fragen.",
        "fr": "{u}: Ma {rel}, {p}, née le {dob}, a un(e) {cond} depuis {yr}. {short} prend {med}. Est-ce que {short2} peut boire un verre de vin à Noël ?\n\n{a}: Je ne suis pas médecin, mais avec {cond2} et {med2}, mieux vaut demander au médecin traitant. {short3} peut aussi demander à la pharmacie près de {ops}.",
        "pt": "{u}: A minha {rel}, {p}, nascida em {dob}, tem {cond} desde {yr}. {short} toma {med}. {short2} pode beber um copo de vinho no Natal?\n\n{a}: Não sou médico, mas com {cond2} e {med2} é melhor confirmar com o médico. {short3} também pode perguntar na farmácia do {ops}.",
        "ja": "{u}: {rel}の{p}（生年月日：{dob}）は{yr}年に{cond}と診断されました。今は{med}を飲んでいます。{short}さんがお正月にお酒を飲んでも大丈夫ですか？\n\n{a}: 医師ではありませんが、{cond2}で{med2}を服用中なら主治医に確認してください。{short2}さんは{ops}の薬剤師にも相談できます。{short3}さんによろしく。",
        "zh": "{u}: 我{rel}{p}，出生日期{dob}，{yr}年确诊{cond}，现在每天服用{med}。{short}过年可以喝一点酒吗？\n\n{a}: 我不是医生，但患有{cond2}并服用{med2}的话，最好先问主治医生。{short2}也可以去{ops}问药剂师。祝{short3}健康。",
        "ko": "{u}: 저희 {rel} {p}님({dob}생)이 {yr}년에 {cond} 진단을 받았고 지금 {med}을 드시고 있어요. {short}님이 명절에 술을 조금 드셔도 될까요?\n\n{a}: 저는 의사가 아니지만 {cond2}이 있고 {med2}을 복용 중이시면 주치의와 상의하세요. {short2}님은 {ops} 약국에서도 물어보실 수 있어요. {short3}님 건강하세요.",
    }[ctx.lang]
    u, a = role_names(ctx)
    cond2 = E("HEALTH", cond.plain())
    med2 = E("HEALTH", med.plain())
    return fill(tpl, u=u, a=a, rel=rel, p=ctx.full(p), dob=dob, cond=cond, yr=str(rng.randint(2008, 2024)), short=ctx.short(p),
                med=med, short2=ctx.short(p), cond2=cond2, med2=med2, short3=ctx.short(p), ops=Dc("OPS_TERM", d_ops(rng)))


@T("chat")
def chat_password_leak(ctx):
    rng = ctx.rng
    p = ctx.person()
    em = ctx.email(p)
    pw1, pw2 = ctx.pw(), ctx.pw()
    u, a = role_names(ctx)
    pwsent1 = fill(ctx.sent("password"), v=pw1)
    hello = ctx.sent("hello")
    tail = {"en": "I also tried {pw2}. Still \"invalid credentials\". Account email is {em}.",
            "es": "También probé {pw2}. Sigue diciendo \"credenciales inválidas\". El correo de la cuenta es {em}.",
            "de": "Hab auch {pw2} probiert. Immer noch \"Ungültige Anmeldedaten\". Konto-E-Mail: {em}.",
            "fr": "J'ai aussi essayé {pw2}. Toujours \"identifiants invalides\". L'e-mail du compte est {em}.",
            "pt": "Também tentei {pw2}. Continua \"credenciais inválidas\". O e-mail da conta é {em}.",
            "ja": "{pw2}も試しましたが「認証情報が無効です」と出ます。アカウントのメールは{em}です。",
            "ru": "Пробовал ещё {pw2}. Всё равно «неверные данные». Почта аккаунта: {em}.",
            "tr": "{pw2} de denedim. Hâlâ \"geçersiz kimlik bilgileri\" diyor. Hesap e-postası {em}.",
            }.get(ctx.lang, "I also tried {pw2}. Still \"invalid credentials\". Account email is {em}.")
    if rng.random() < 0.5:
        tail = tail + {"en": " For verification my date of birth is {dob}.", "es": " Para verificar: nací el {dob}.",
                       "de": " Zur Verifizierung: geboren am {dob}.", "fr": " Pour vérification : date de naissance {dob}.",
                       "pt": " Para verificação: nasci em {dob}.", "ja": " 本人確認用の生年月日は{dob}です。",
                       "ru": " Для проверки: дата рождения {dob}.", "tr": " Doğrulama için doğum tarihim {dob}."}.get(ctx.lang, " For verification my date of birth is {dob}.")
    reply = fill("{a}: Please don't share passwords in chat — I've flagged this message for deletion. A reset link has been sent to {em2}. "
                 "If you don't see it, check spam; the link expires at {ts}.", a=a, em2=E("EMAIL", em.plain()), ts=ctx.ts("iso"))
    if ctx.chance(0.3):
        reply = B(reply, " Also, your app is outdated (", Dc("VERSION", d_version(rng)), ").")
    return fill("{u}: {hello}, I can't log in since the update. {pw1}{sp}" + tail + "\n\n{r}",
                u=u, hello=hello, pw1=pwsent1, sp=jn(ctx), pw2=pw2, em=em, r=reply, dob=ctx.dob())


@T("chat", langs=["en", "de", "fr", "es", "it", "pt", "nl", "pl"])
def chat_cv(ctx):
    rng = ctx.rng
    p = ctx.person()
    name = E("PERSON", p.full_name(ctx.lang).upper() if rng.random() < 0.5 else p.full_name(ctx.lang))
    dob = ctx.dob()
    cv = fill("{name}\n{addr}\n{ph} | {em}\n{dobl}: {dob}\n\n{exp}\n{co1}, {y1}–{y2}: Team lead, data platform\n{co2}, {y3}–{y1}: Software engineer",
              name=name, addr=ctx.addr(multiline=rng.random() < 0.5), ph=ctx.phone(), em=ctx.email(p), dobl=ctx.lbl("dob"), dob=dob,
              exp={"de": "BERUFSERFAHRUNG", "fr": "EXPÉRIENCE", "es": "EXPERIENCIA", "it": "ESPERIENZA", "pt": "EXPERIÊNCIA",
                   "nl": "WERKERVARING", "pl": "DOŚWIADCZENIE"}.get(ctx.lang, "EXPERIENCE"),
              co1=Dc("OPS_TERM", rng.choice(["Siemens", "Bosch", "Philips", "Santander", "Samsung", "Oracle", "Toyota", "Carrefour"])),
              co2=Dc("OPS_TERM", rng.choice(["Amazon", "Dell", "Lidl", "Zara", "Tata Motors", "Kaufland", "Heinz"])),
              y1=str(rng.randint(2019, 2022)), y2="heute" if ctx.lang == "de" else "present", y3=str(rng.randint(2012, 2018)))
    u, a = role_names(ctx)
    tip = fill("{a}: Nice CV, {short}. Two suggestions: (1) many employers no longer expect a date of birth, so consider removing \"{dob2}\"; "
               "(2) quantify the data platform work (e.g. cost saved, latency).", a=a, short=ctx.short(p), dob2=E("DATE_OF_BIRTH", dob.plain()))
    ask = {"de": "Kannst du meinen Lebenslauf verbessern?", "fr": "Tu peux améliorer mon CV ?", "es": "¿Puedes mejorar mi CV?",
           "it": "Puoi migliorare il mio CV?", "pt": "Podes melhorar o meu CV?", "nl": "Kun je mijn cv verbeteren?",
           "pl": "Możesz poprawić moje CV?"}.get(ctx.lang, "Can you improve my CV?")
    return fill("{u}: {ask}\n\n{cv}\n\n{tip}", u=u, ask=ask, cv=cv, tip=tip)


@T("chat", langs=["en"])
def chat_payment_check(ctx):
    rng = ctx.rng
    p = ctx.person(foreign=0.5)
    brand, cardv = ctx.card_val()
    card = E("CREDIT_CARD", cardv)
    iban = ctx.iban()
    u, a = role_names(ctx)
    exp = Dc("DATE", "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)))
    return fill("{u}: quick one - is this card number even valid? {card} exp {exp}. And the IBAN {name} gave me for the refund: {iban}\n\n"
                "{a}: The card number {card2} passes the Luhn check and looks like a {brand} number. The IBAN {iban2} has valid check digits "
                "(mod-97 = 1). Validity of the checksum doesn't prove the account belongs to {short}, so confirm the holder name with the bank.\n\n"
                "{u}: ok thx, refund is {price} for order {oid}",
                u=u, a=a, card=card, exp=exp, name=ctx.full(p), iban=iban, card2=E("CREDIT_CARD", cardv), brand=brand,
                iban2=E("IBAN", iban.plain()), short=ctx.short(p), price=Dc("PRICE", d_price(rng)), oid=Dc("ORDER_ID", d_order(rng)))


@T("chat", langs=["es", "pt", "fr", "de", "it", "nl", "pl", "ru", "tr", "ja", "zh", "ko", "vi", "id", "sv", "el", "ar", "he", "hi", "uk", "cs", "fi", "da", "nb", "th", "ms", "sw", "fil", "bn", "ta"])
def chat_translate(ctx):
    rng = ctx.rng
    p = ctx.person()
    keys = choose_fields(ctx, k=2, must=[rng.choice(["address", "phone", "dob"])], exclude=["password", "card", "iban", "ip", "ssn"])
    ns, nv = fact(ctx, p, "name")
    fs, vals = facts(ctx, p, keys)
    # the English rendering keeps the values; names may be transliterated
    latin_full = p.full_name("en")
    en_name = E("PERSON", latin_full)
    en_lines = [fill("My name is {v}.", v=en_name)]
    for k in keys:
        v = E(vals[k].segs[0][2], vals[k].plain())
        en_lines.append(fill({"address": "My address is {v}.", "phone": "My phone number is {v}.", "dob": "I was born on {v}.",
                              "email": "My email is {v}.", "health": "I have {v}."}[k], v=v))
    u, a = role_names(ctx)
    return fill("{u}: Translate to English:\n\"{ns}{sp}{fs}\"\n\n{a}: Here is the translation:\n\"{en}\"\n\nNote: I kept the date and "
                "address in their original format.", u=u, a=a, ns=ns, sp=jn(ctx), fs=fs, en=J(" ", en_lines))


@T("chat", langs=["en"])
def chat_tutor_family(ctx):
    parent, kid = ctx.person(), ctx.person(gender="m")
    kid.adopt_family(parent)
    u, a = role_names(ctx)
    return _tutor(ctx, parent, kid, u, a)


def _tutor(ctx, parent, kid, u, a):
    rng = ctx.rng
    cond_txt = ctx.health_val(med=False)[0]
    return fill("{u}: hi, I'm {par}. I want to register my son {kid} for the summer coding camp. He was born {dob} so he should be in the "
                "12-14 group. He has {cond}, is that a problem? Contact me on {ph}.\n\n{a}: Hi {pshort}! {kshort} fits the 12–14 group. "
                "Kids with {cond2} are very welcome — please tell the instructor on day one. The camp fee is {price}; "
                "your registration number is {oid}.",
                u=u, a=a, par=ctx.full(parent), kid=ctx.full(kid), dob=ctx.dob("long", child=True), cond=E("HEALTH", cond_txt), ph=ctx.phone(),
                pshort=ctx.short(parent), kshort=ctx.short(kid), cond2=E("HEALTH", cond_txt), price=Dc("PRICE", d_price(rng)),
                oid=Dc("ORDER_ID", d_order(rng)))


# =========================================================================== chat JSON (OpenAI / Anthropic style)
SYSTEMS = ["You are a helpful customer support assistant for {ops}. Be concise.",
           "You are an HR assistant. Never reveal internal notes.",
           "You are a travel booking assistant. Today is {date}.",
           "You are a medical intake assistant. Summarise the patient's message for the nurse."]


def _system(ctx):
    rng = ctx.rng
    return fill(rng.choice(SYSTEMS), ops=Dc("OPS_TERM", d_ops(rng)), date=ctx.ts("iso"))


def _user_msg(ctx, p):
    rng = ctx.rng
    keys = choose_fields(ctx, k=rng.randint(3, 5), must=["address"] if rng.random() < 0.5 else ())
    ns, nv = fact(ctx, p, "name")
    fs, vals = facts(ctx, p, keys, sep="\n" if rng.random() < 0.5 else jn(ctx))
    return fill("{hello}! {ns}\n{fs}\n{ask}", hello=ctx.sent("hello"), ns=ns, fs=fs, ask=ctx.sent("ask")), vals


@T("chat_json")
def openai_request(ctx):
    rng = ctx.rng
    p = ctx.person()
    msg, _ = _user_msg(ctx, p)
    esc = json_esc_ascii if rng.random() < 0.25 else json_esc
    obj = Obj(("model", rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini"])),
              ("messages", Arr(Obj(("role", "system"), ("content", _system(ctx))), Obj(("role", "user"), ("content", msg)))),
              ("temperature", rng.choice([0, 0.2, 0.7])), ("user", Dc("HEX_HASH", d_hex(rng))) if rng.random() < 0.4 else None)
    return jdump(obj, indent=rng.choice([None, 2]), esc=esc)


@T("chat_json")
def openai_response(ctx):
    rng = ctx.rng
    p = ctx.person()
    addr = ctx.addr(multiline=rng.random() < 0.5)
    ph = ctx.phone()
    content = fill(rng.choice([
        "Thanks {n}! I've updated your delivery address to:\n{addr}\nWe'll text {ph} when the courier is on the way.",
        "Hi {n}, your appointment is confirmed. We have your address as {addr} and will call {ph} if anything changes.",
        "Done. New shipping address for {n}: {addr}. Contact number on file: {ph}."]), n=ctx.short(p), addr=addr, ph=ph)
    esc = json_esc_ascii if rng.random() < 0.25 else json_esc
    obj = Obj(("id", "chatcmpl-" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))),
              ("object", "chat.completion"), ("created", Raw(str(rng.randint(1700000000, 1790000000)))),
              ("model", "gpt-4o-2024-08-06"),
              ("choices", Arr(Obj(("index", 0), ("message", Obj(("role", "assistant"), ("content", content))), ("finish_reason", "stop")))),
              ("usage", Obj(("prompt_tokens", rng.randint(80, 900)), ("completion_tokens", rng.randint(20, 300)))))
    return jdump(obj, indent=rng.choice([None, 2]), esc=esc)


@T("chat_json")
def anthropic_request(ctx):
    rng = ctx.rng
    p, q = ctx.person(), ctx.person()
    msg, _ = _user_msg(ctx, p)
    follow = fill(rng.choice(["Also add my partner {q} as a second contact, phone {ph}.", "Please cc {q} ({em}) on the confirmation.",
                              "My colleague {q} will pick it up; her number is {ph}."]), q=ctx.full(q), ph=ctx.phone(), em=ctx.email(q))
    obj = Obj(("model", rng.choice(["claude-3-5-sonnet-latest", "claude-sonnet-4", "claude-3-haiku-20240307"])), ("max_tokens", 1024),
              ("system", _system(ctx)),
              ("messages", Arr(Obj(("role", "user"), ("content", Arr(Obj(("type", "text"), ("text", msg))))),
                               Obj(("role", "assistant"), ("content", fill("Thanks {n}, noted.", n=ctx.short(p)))),
                               Obj(("role", "user"), ("content", follow)))))
    return jdump(obj, indent=rng.choice([None, 2]), esc=json_esc_ascii if rng.random() < 0.2 else json_esc)


@T("chat_json")
def chat_history_export(ctx):
    rng = ctx.rng
    p = ctx.person()
    dob, pw = ctx.dob(), ctx.pw()
    turns = [Obj(("role", "user"), ("content", fill(ctx.sent("hello") + ", " + ctx.sent("name"), v=ctx.full(p))), ("ts", ctx.ts("isoz"))),
             Obj(("role", "assistant"), ("content", fill("Hi {n}, how can I help?", n=ctx.short(p))), ("ts", ctx.ts("isoz"))),
             Obj(("role", "user"), ("content", B(fill(ctx.sent("dob"), v=dob), jn(ctx), fill(ctx.sent("password"), v=pw))),
                 ("ts", ctx.ts("isoz"))),
             Obj(("role", "assistant"), ("content", "For security, please never share your password. I've opened ticket #" + str(rng.randint(10000, 99999)) + "."),
                 ("ts", ctx.ts("isoz")))]
    obj = Obj(("conversation_id", Dc("HEX_HASH", d_hex(rng))), ("title", "Account help"), ("messages", Arr(*turns)))
    return jdump(obj, indent=2)


# =========================================================================== e-mail
def _email_headers(ctx, frm, frm_email, to, to_email, subject):
    rng = ctx.rng
    return fill("From: {fn} <{fe}>\nTo: {tn} <{te}>\nDate: {d}\nSubject: {s}\n", fn=frm, fe=frm_email, tn=to, te=to_email,
                d=ctx.ts("rfc"), s=subject)


@T("email", langs=["en", "es", "de", "fr", "pt", "it", "nl"])
def email_support_thread(ctx):
    rng = ctx.rng
    cust, agent = ctx.person(), ctx.person(foreign=0.3)
    cem = ctx.email(cust)
    oid = Dc("ORDER_ID", d_order(rng))
    addr_line = ctx.addr(multiline=False)
    body_c = {
        "en": "Hello,\n\nmy order {oid} still hasn't arrived. It should go to {addr}. The tracking page says \"delivered\" but nothing is here. "
              "Please call me on {ph} — I'm home after 5pm.\n\n{so}\n{name}",
        "es": "Hola:\n\nmi pedido {oid} todavía no ha llegado. La dirección es {addr}. El seguimiento dice \"entregado\" pero no tengo nada. "
              "Llámenme al {ph}, por favor.\n\n{so}\n{name}",
        "de": "Hallo,\n\nmeine Bestellung {oid} ist immer noch nicht angekommen. Lieferadresse: {addr}. Laut Sendungsverfolgung \"zugestellt\", "
              "aber hier ist nichts. Bitte rufen Sie mich unter {ph} an.\n\n{so}\n{name}",
        "fr": "Bonjour,\n\nma commande {oid} n'est toujours pas arrivée. Adresse de livraison : {addr}. Le suivi indique \"livré\" mais je n'ai rien reçu. "
              "Merci de m'appeler au {ph}.\n\n{so}\n{name}",
        "pt": "Olá,\n\na minha encomenda {oid} ainda não chegou. A morada é {addr}. O rastreio diz \"entregue\" mas não recebi nada. "
              "Liguem-me para o {ph}, por favor.\n\n{so}\n{name}",
        "it": "Buongiorno,\n\nil mio ordine {oid} non è ancora arrivato. Indirizzo: {addr}. Il tracking dice \"consegnato\" ma non ho ricevuto nulla. "
              "Chiamatemi al {ph}.\n\n{so}\n{name}",
        "nl": "Hallo,\n\nmijn bestelling {oid} is nog steeds niet aangekomen. Adres: {addr}. Volgens de track & trace is hij \"bezorgd\", maar er is niets. "
              "Bel me op {ph}.\n\n{so}\n{name}",
    }[ctx.lang]
    ph = ctx.phone()
    cust_msg = fill(body_c, oid=oid, addr=addr_line, ph=ph, so=ctx.sent("signoff"), name=ctx.full(cust, case=False))
    # agent reply on top, quoting the customer
    quoted = B()
    for seg in cust_msg.segs:
        quoted.segs.append((seg[0].replace("\n", "\n> "), seg[1], seg[2]))
    on_wrote = {"en": "On {d}, {n} <{e}> wrote:", "es": "El {d}, {n} <{e}> escribió:", "de": "Am {d} schrieb {n} <{e}>:",
                "fr": "Le {d}, {n} <{e}> a écrit :", "pt": "Em {d}, {n} <{e}> escreveu:", "it": "Il giorno {d} {n} <{e}> ha scritto:",
                "nl": "Op {d} schreef {n} <{e}>:"}[ctx.lang]
    reply = fill("{greet}\n\n{body}\n\n{so}\n{sig}\n\n" + on_wrote + "\n> {q}",
                 greet=fill(ctx.sent("greet"), n=ctx.short(cust)),
                 body=fill({"en": "I'm sorry your parcel hasn't turned up. I've opened a claim with the carrier and will call {ph2} tomorrow.",
                            "es": "Lamento que el paquete no haya llegado. He abierto una reclamación y le llamaré mañana al {ph2}.",
                            "de": "Es tut mir leid, dass das Paket nicht angekommen ist. Ich habe einen Nachforschungsauftrag gestellt und rufe morgen unter {ph2} an.",
                            "fr": "Désolé que le colis ne soit pas arrivé. J'ai ouvert une réclamation et je vous appelle demain au {ph2}.",
                            "pt": "Lamento que a encomenda não tenha chegado. Abri uma reclamação e ligo amanhã para o {ph2}.",
                            "it": "Mi dispiace per il pacco. Ho aperto un reclamo e domani la chiamo al {ph2}.",
                            "nl": "Vervelend dat het pakket niet is aangekomen. Ik heb een claim ingediend en bel morgen naar {ph2}."}[ctx.lang],
                           ph2=E("PHONE", ph.plain())),
                 so=ctx.sent("signoff"), sig=sig(ctx, agent, phone=rng.random() < 0.5), d=ctx.date_human(),
                 n=ctx.full(cust, case=False), e=E("EMAIL", cem.plain()), q=quoted)
    subj = fill("Re: {oid}", oid=Dc("ORDER_ID", oid.plain()))
    hdr = _email_headers(ctx, ctx.full(agent, case=False), ctx.email(agent), ctx.full(cust, case=False), cem, subj)
    return B(hdr, "\n", reply)


@T("email", langs=["en", "de", "nl", "fr"])
def email_hr_onboarding(ctx):
    rng = ctx.rng
    hire, hr, emerg = ctx.person(), ctx.person(), ctx.person()
    tpl = {
        "en": "Hi payroll team,\n\nplease set up our new hire {hire} (start date {start}).\n\nDate of birth: {dob}\nHome address:\n{addr}\n"
              "Salary account IBAN: {iban}\nEmergency contact: {emerg}, {ph}\n\n{short} will be in the {ops} office. Let me know if anything is missing.\n\n{so}\n{sig}",
        "de": "Hallo Lohnbuchhaltung,\n\nbitte legt unsere neue Kollegin / unseren neuen Kollegen {hire} an (Eintritt {start}).\n\nGeburtsdatum: {dob}\nWohnanschrift:\n{addr}\n"
              "IBAN Gehaltskonto: {iban}\nNotfallkontakt: {emerg}, {ph}\n\n{short} sitzt im Büro am {ops}. Meldet euch, falls etwas fehlt.\n\n{so}\n{sig}",
        "nl": "Hoi salarisadministratie,\n\nwillen jullie onze nieuwe collega {hire} aanmaken (startdatum {start})?\n\nGeboortedatum: {dob}\nWoonadres:\n{addr}\n"
              "IBAN salarisrekening: {iban}\nContactpersoon noodgeval: {emerg}, {ph}\n\n{short} werkt vanuit kantoor {ops}.\n\n{so}\n{sig}",
        "fr": "Bonjour l'équipe paie,\n\nmerci de créer le dossier de {hire} (arrivée le {start}).\n\nDate de naissance : {dob}\nAdresse :\n{addr}\n"
              "IBAN pour le salaire : {iban}\nPersonne à prévenir : {emerg}, {ph}\n\n{short} sera basé(e) au bureau {ops}.\n\n{so}\n{sig}",
    }[ctx.lang]
    return fill(tpl, hire=ctx.full(hire), start=ctx.date_human(), dob=ctx.dob(), addr=ctx.addr(multiline=True), iban=ctx.iban(),
                emerg=ctx.full(emerg), ph=ctx.phone(), short=ctx.short(hire),
                ops=Dc("OPS_TERM", rng.choice(["Alexanderplatz", "King's Cross", "Gare de Lyon", "Victoria Station", "Grand Central", "St. Pancras"])),
                so=ctx.sent("signoff"), sig=sig(ctx, hr, phone=rng.random() < 0.6))


@T("email", langs=["en", "es", "de", "fr", "it"])
def email_clinic(ctx):
    rng = ctx.rng
    pat, doc = ctx.person(), ctx.person()
    cond = E("HEALTH", ctx.health_val(med=False)[0])
    tpl = {
        "en": "Subject: Referral – {pat}, DOB {dob}\n\nDear Dr. {doc},\n\nI am referring {pat2}, born {dob2}, who has a history of {cond} and is currently on {med}. "
              "Recent HbA1c and BP readings are attached ({path}). Please see {short} within 4 weeks.\n\nPatient phone: {ph}\n\n{so}\n{me}",
        "es": "Asunto: Derivación – {pat}, f. nac. {dob}\n\nEstimado/a Dr./Dra. {doc}:\n\nLe derivo a {pat2}, nacido/a el {dob2}, con antecedentes de {cond} y en tratamiento con {med}. "
              "Adjunto analíticas ({path}). Por favor, vea a {short} en 4 semanas.\n\nTeléfono del paciente: {ph}\n\n{so}\n{me}",
        "de": "Betreff: Überweisung – {pat}, geb. {dob}\n\nSehr geehrte/r Dr. {doc},\n\nich überweise {pat2} (geb. {dob2}) mit bekannter {cond}, aktuell unter {med}. "
              "Befunde anbei ({path}). Bitte Termin für {short} innerhalb von 4 Wochen.\n\nTelefon Patient/in: {ph}\n\n{so}\n{me}",
        "fr": "Objet : Adressage – {pat}, né(e) le {dob}\n\nCher confrère, Dr {doc},\n\nJe vous adresse {pat2}, né(e) le {dob2}, suivi(e) pour {cond}, actuellement sous {med}. "
              "Bilans joints ({path}). Merci de recevoir {short} sous 4 semaines.\n\nTéléphone du patient : {ph}\n\n{so}\n{me}",
        "it": "Oggetto: Invio – {pat}, nato/a il {dob}\n\nGentile Dott. {doc},\n\nLe invio {pat2}, nato/a il {dob2}, affetto/a da {cond}, in terapia con {med}. "
              "Esami in allegato ({path}). La prego di visitare {short} entro 4 settimane.\n\nTelefono paziente: {ph}\n\n{so}\n{me}",
    }[ctx.lang]
    dob = ctx.dob()
    return fill(tpl, pat=ctx.full(pat), dob=dob, doc=ctx.family(doc), pat2=ctx.full(pat, case=False), dob2=E("DATE_OF_BIRTH", dob.plain()),
                cond=cond, med=E("HEALTH", ctx.health_val(med=True)[0]), path=Dc("FILE_PATH", rng.choice(["labs_%d.pdf" % rng.randint(100, 999), "/scans/2024/ecg_%d.pdf" % rng.randint(1000, 9999)])),
                short=ctx.short(pat), ph=ctx.phone(), so=ctx.sent("signoff"), me=sig(ctx, ctx.person(), phone=False, title=False, company=False))


@T("email")
def email_forwarded(ctx):
    rng = ctx.rng
    a, b_, c = ctx.person(), ctx.person(), ctx.person()
    ae, be = ctx.email(a), ctx.email(b_)
    keys = choose_fields(ctx, k=2, must=[rng.choice(["phone", "address", "dob"])], exclude=["password"])
    fs, vals = facts(ctx, a, keys)
    inner = fill("---------- Forwarded message ---------\nFrom: {an} <{ae}>\nDate: {d}\nSubject: {s}\nTo: {bn} <{be}>\n\n{greet}\n\n{fs}\n\n{so}\n{an2}",
                 an=ctx.full(a, case=False), ae=ae, d=ctx.ts("rfc"), s=rng.choice(["Contact details", "Re: viewing on Saturday", "Form", "Kontaktdaten"]),
                 bn=ctx.full(b_, case=False), be=be, greet=fill(ctx.sent("greet"), n=ctx.short(b_)), fs=fs, so=ctx.sent("signoff"),
                 an2=ctx.short(a))
    top = fill("{greet}\n\n{fw}\n\n{so}\n{bs}\n\n", greet=fill(ctx.sent("greet"), n=ctx.short(c)),
               fw=rng.choice(["FYI, see below.", "Forwarding as discussed — can you follow up?", "Siehe unten.", "Ver abajo.", "Voir ci-dessous."]),
               so=ctx.sent("signoff"), bs=ctx.short(b_))
    return B(top, inner)


@T("email", langs=["fr", "de", "es", "it", "pt", "en"])
def email_school(ctx):
    rng = ctx.rng
    parent, kid = ctx.person(), ctx.person(gender="f")
    kid.adopt_family(parent)
    tpl = {
        "fr": "Bonjour Madame {teacher},\n\nJe vous écris au sujet de ma fille {kid}, née le {dob}, en classe de CE2. Elle souffre d'{cond} et doit prendre {med} "
              "à midi. Vous pouvez me joindre au {ph}.\n\nCordialement,\n{par}",
        "de": "Sehr geehrte Frau {teacher},\n\nich schreibe wegen meiner Tochter {kid}, geb. {dob}, Klasse 3b. Sie hat {cond} und muss mittags {med} nehmen. "
              "Sie erreichen mich unter {ph}.\n\nMit freundlichen Grüßen\n{par}",
        "es": "Estimada profesora {teacher}:\n\nLe escribo por mi hija {kid}, nacida el {dob}, de 3.º B. Tiene {cond} y debe tomar {med} al mediodía. "
              "Mi teléfono es el {ph}.\n\nUn saludo,\n{par}",
        "it": "Gentile maestra {teacher},\n\nLe scrivo per mia figlia {kid}, nata il {dob}, classe 3ª B. Ha {cond} e deve prendere {med} a pranzo. "
              "Il mio numero è {ph}.\n\nCordiali saluti,\n{par}",
        "pt": "Cara professora {teacher},\n\nEscrevo sobre a minha filha {kid}, nascida a {dob}, do 3.º ano. Tem {cond} e precisa de tomar {med} ao almoço. "
              "O meu telefone é {ph}.\n\nCumprimentos,\n{par}",
        "en": "Dear Mrs {teacher},\n\nI'm writing about my daughter {kid} (DOB {dob}) in Year 4. She has {cond} and needs to take {med} at lunchtime. "
              "You can reach me on {ph}.\n\nKind regards,\n{par}",
    }[ctx.lang]
    teacher = ctx.person()
    return fill(tpl, teacher=ctx.family(teacher), kid=ctx.full(kid), dob=ctx.dob(child=True), cond=E("HEALTH", ctx.health_val(med=False)[0]),
                med=E("HEALTH", ctx.health_val(med=True)[0]), ph=ctx.phone(), par=ctx.full(parent, case=False))


# =========================================================================== Slack / Teams
class Clock:
    """Monotonic wall-clock times for chat transcripts."""

    def __init__(self, rng):
        self.rng = rng
        self.m = rng.randint(7 * 60, 16 * 60)

    def __call__(self, *_):
        self.m += self.rng.randint(0, 9)
        h, mi = divmod(self.m, 60)
        return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM"), "%02d:%02d" % (h, mi)


@T("slack")
def slack_escalation(ctx):
    rng = ctx.rng
    _clock = Clock(rng)
    ctx.lang = "en"
    a, b_, cust = ctx.person(foreign=0.3), ctx.person(foreign=0.3), ctx.person()
    cem, ip = ctx.email(cust), ctx.ip()
    lines = [
        fill("[{t}] {a}: heads up — customer {c} ({e}) says they were charged twice for {oid}", t=_clock(rng)[1], a=ctx.full(a, case=False),
             c=ctx.full(cust), e=cem, oid=Dc("ORDER_ID", d_order(rng))),
        fill("[{t}] {b}: looking. both charges came from {ip}, same session {h}", t=_clock(rng)[1], b=ctx.full(b_, case=False), ip=ip,
             h=Dc("HEX_HASH", d_hex(rng))),
        fill("[{t}] {b}: {cs} also changed the shipping address yesterday to {addr}", t=_clock(rng)[1], b=ctx.full(b_, case=False),
             cs=ctx.short(cust), addr=ctx.addr(multiline=False)),
        fill("[{t}] {a}: ok refunding one. {bs} can you reply to {e2}?", t=_clock(rng)[1], a=ctx.full(a, case=False), bs=ctx.short(b_),
             e2=E("EMAIL", cem.plain())),
        fill("  :eyes: 2  :white_check_mark: 1", ),
        None if rng.random() < 0.4 else fill("[{t}] {b}: done, refund {price} issued. fyi this is the {ops} checkout bug again ({v})", t=_clock(rng)[1], b=ctx.full(b_, case=False),
             price=Dc("PRICE", d_price(rng)), ops=Dc("OPS_TERM", rng.choice(["Mercury", "Apollo", "Hermes", "Jenkins"])), v=Dc("VERSION", d_version(rng))),
    ]
    return J("\n", [l for l in lines if l is not None])


@T("slack")
def teams_creds(ctx):
    rng = ctx.rng
    _clock = Clock(rng)
    ctx.lang = rng.choice(["en", "en", ctx.native_lang])
    a, b_ = ctx.person(), ctx.person()
    pw = ctx.pw()
    msgs = {
        "en": ["hey, can you send me the staging db password? the vault is down again", "sure, it's {pw} — please rotate after the demo",
               "thx! and the admin user for the {ops} console?", "admin / {pw2}  (don't paste this anywhere pls)"],
        "de": ["hey, kannst du mir das Passwort für die Staging-DB schicken? Vault hängt wieder", "klar: {pw} – bitte nach der Demo ändern",
               "danke! und der Admin-Login für die {ops}-Konsole?", "admin / {pw2}  (bitte nirgends posten)"],
        "es": ["oye, ¿me pasas la contraseña de la BD de staging? el vault se cayó otra vez", "claro: {pw} — cámbiala después de la demo",
               "¡gracias! ¿y el usuario admin de la consola {ops}?", "admin / {pw2}  (no lo pegues en ningún sitio)"],
        "fr": ["salut, tu peux m'envoyer le mot de passe de la base de staging ? le vault est encore HS", "oui : {pw} — change-le après la démo",
               "merci ! et l'admin de la console {ops} ?", "admin / {pw2}  (ne le colle nulle part stp)"],
    }.get(ctx.lang)
    if msgs is None:
        ctx.lang = "en"
        msgs = ["hey, can you send me the staging db password? the vault is down again", "sure, it's {pw} — please rotate after the demo",
                "thx! and the admin user for the {ops} console?", "admin / {pw2}  (don't paste this anywhere pls)"]
    who = [a, b_, a, b_]
    out = []
    for i, m in enumerate(msgs):
        t12, _ = _clock(rng)
        out.append(fill("{n}  {t}\n" + m, n=ctx.full(who[i], case=False), t=t12, pw=pw, pw2=ctx.pw(), ops=Dc("OPS_TERM", rng.choice(["Grafana", "Jenkins", "Kafka", "Sentry"]))))
    if rng.random() < 0.5:
        out.append(fill("{n}  {t}\nalso host is db-stg-2.internal, build {v}, and the read-only replica uses {pw}", n=ctx.full(b_, case=False),
                        t=_clock(rng)[0], v=Dc("VERSION", d_version(rng)), pw=ctx.pw()))
    return J("\n\n", out)


@T("slack")
def slack_social(ctx):
    rng = ctx.rng
    _clock = Clock(rng)
    ctx.lang = "en"
    a, b_, c = ctx.person(), ctx.person(), ctx.person()
    cond = ctx.health_val(med=False)[0]
    lines = [
        fill("{a} [{t}]\nis {cs} out today? standup is at 10", a=ctx.full(a, case=False), t=_clock(rng)[0], cs=ctx.short(c)),
        fill("{b} [{t}]\nyeah {cs2} is off until {d} — she's recovering from surgery for {cond}. don't ping her pls", b=ctx.full(b_, case=False),
             t=_clock(rng)[0], cs2=ctx.short(c), d=ctx.date_human(), cond=E("HEALTH", cond)),
        fill("{a} [{t}]\noh no. let's send flowers — her address is {addr} right?", a=ctx.full(a, case=False), t=_clock(rng)[0],
             addr=ctx.addr(multiline=False)),
        fill("{b} [{t}]\nyes. also her birthday is {dob}, we could combine. card from {ops} ({price})", b=ctx.full(b_, case=False), t=_clock(rng)[0],
             dob=ctx.dob("long"), ops=Dc("OPS_TERM", rng.choice(["Marks & Spencer", "Ben & Jerry's", "Trader Joe's", "Sainsbury's"])),
             price=Dc("PRICE", d_price(rng))),
    ]
    return J("\n", lines)


# =========================================================================== tool calls
def _tool_args(ctx, p, fn_name):
    rng = ctx.rng
    if fn_name == "create_customer":
        keys = choose_fields(ctx, k=rng.randint(3, 5), exclude=["health"])
        pairs = [(keyname(ctx, "name"), ctx.full(p))] + [(keyname(ctx, k), field_value(ctx, p, k)) for k in keys]
    elif fn_name == "send_email":
        q = ctx.person()
        body = fill("{greet}\n\n" + rng.choice(["your new account is ready. Temporary password: {pw}\n", "please call me back on {ph}.\n",
                                                 "the parcel will be delivered to {addr}.\n"]) + "\n{so}\n{me}",
                    greet=fill(ctx.sent("greet"), n=ctx.short(q)), pw=ctx.pw(), ph=ctx.phone(), addr=ctx.addr(multiline=False),
                    so=ctx.sent("signoff"), me=ctx.full(p, case=False))
        pairs = [("to", ctx.email(q)), ("subject", rng.choice(["Your account", "Callback request", "Delivery update", "Follow-up"])), ("body", body)]
    elif fn_name == "book_appointment":
        pairs = [("patient_name", ctx.full(p)), ("date_of_birth", ctx.dob(rng.choice(["iso", "num"]))), ("phone", ctx.phone()),
                 ("reason", ctx.health()), ("slot", ctx.ts("iso"))]
    elif fn_name == "update_shipping_address":
        pairs = [("order_id", Dc("ORDER_ID", d_order(rng))), ("recipient", ctx.full(p)), ("address", ctx.addr(multiline=rng.random() < 0.4))]
        if rng.random() < 0.5:
            pairs.append(("contact_phone", ctx.phone()))
    elif fn_name == "charge_card":
        brand, num = ctx.card_val()
        pairs = [("cardholder", E("PERSON", p.full_name("en").upper())), ("card_number", E("CREDIT_CARD", num)),
                 ("exp", Dc("DATE", "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)))), ("amount", Dc("PRICE", d_price(rng))),
                 ("order_ref", Dc("ORDER_ID", d_order(rng)))]
        if rng.random() < 0.5:
            pairs.append(("billing_address", ctx.addr(multiline=False)))
    else:  # verify_identity
        pairs = [("full_name", ctx.full(p)), ("dob", ctx.dob()), ("last_ip", ctx.ip())]
        if ctx.country == "US" or rng.random() < 0.2:
            pairs.append(("ssn", ctx.ssn()))
    return Obj(*pairs)


TOOL_FNS = ["create_customer", "send_email", "book_appointment", "update_shipping_address", "verify_identity", "charge_card"]


def _call_id(rng):
    return "call_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))


@T("tool_call")
def openai_tool_calls(ctx):
    rng = ctx.rng
    p = ctx.person()
    fn = rng.choice(TOOL_FNS)
    args = jdump(_tool_args(ctx, p, fn), indent=None)
    msg = Obj(("role", "assistant"), ("content", Raw("null")),
              ("tool_calls", Arr(Obj(("id", _call_id(rng)), ("type", "function"), ("function", Obj(("name", fn), ("arguments", args)))))))
    return jdump(msg, indent=rng.choice([None, 2]))


@T("tool_call")
def tool_result_message(ctx):
    rng = ctx.rng
    p = ctx.person()
    inner = Obj(("status", "ok"), ("customer", Obj(("id", Dc("NUMERIC_ID", str(rng.randint(100000, 9999999)))), ("name", ctx.full(p)),
                                                     ("email", ctx.email(p)), ("phone", ctx.phone()),
                                                     ("address", ctx.addr(multiline=rng.random() < 0.3)),
                                                     ("created_at", ctx.ts("isoz")))))
    msgs = Arr(Obj(("role", "tool"), ("tool_call_id", _call_id(rng)), ("content", jdump(inner))),
               Obj(("role", "assistant"), ("content", fill("I found the account for {n}. Do you want me to update the phone number?", n=ctx.short(p)))))
    return jdump(Obj(("messages", msgs)), indent=rng.choice([None, 2]))


@T("tool_call")
def logged_tool_request(ctx):
    """Request body logged as a string inside a JSON log line: arguments end up double-escaped."""
    rng = ctx.rng
    p = ctx.person()
    fn = rng.choice(TOOL_FNS)
    args = jdump(_tool_args(ctx, p, fn))
    req = Obj(("model", "gpt-4o-mini"), ("messages", Arr(Obj(("role", "assistant"), ("tool_calls", Arr(Obj(("id", _call_id(rng)), ("type", "function"),
                                                                                                        ("function", Obj(("name", fn), ("arguments", args))))))))))
    line = Obj(("ts", ctx.ts("isoz")), ("level", "debug"), ("logger", "llm.gateway"), ("msg", "upstream request"),
               ("request_id", Dc("HEX_HASH", d_hex(rng))), ("body", jdump(req)))
    return jdump(line)


@T("tool_call")
def anthropic_tool_use(ctx):
    rng = ctx.rng
    p = ctx.person()
    fn = rng.choice(TOOL_FNS)
    block = Obj(("type", "tool_use"), ("id", "toolu_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(22))),
                ("name", fn), ("input", _tool_args(ctx, p, fn)))
    text = Obj(("type", "text"), ("text", fill("I'll do that for {n} now.", n=ctx.short(p))))
    msg = Obj(("role", "assistant"), ("content", Arr(text, block)), ("stop_reason", "tool_use"))
    b = jdump(msg, indent=rng.choice([None, 2]))
    if rng.random() < 0.5:  # the same call, as the string a proxy logged
        b = B(ctx.ts("log"), " INFO proxy: forwarded tool_use payload=", jdump(jdump(msg)))
    return b
