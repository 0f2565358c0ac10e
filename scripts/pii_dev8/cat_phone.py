"""PHONE texts: national and international forms for 57 countries in chats,
signatures, vCards, CSV, JSON, SMS logs, call logs and tool calls, with
order ids, tracking numbers, ISBNs, versions, amounts and timestamps nearby."""
from core import D, E, Txt, csv_row, fill, flat, jdump, jesc
import locales as LC
import shapes as SH


def PH(v):
    return E("PHONE", v)


CUES = {
    "en": ["my number is ⟦ph⟧", "call me on ⟦ph⟧", "you can reach me at ⟦ph⟧", "text me at ⟦ph⟧", "new mobile: ⟦ph⟧",
           "best number to call is ⟦ph⟧ after 5pm", "my cell changed to ⟦ph⟧", "office line ⟦phx⟧"],
    "es": ["mi número es ⟦ph⟧", "llámame al ⟦ph⟧", "mi nuevo móvil es ⟦ph⟧", "mi celular: ⟦ph⟧"],
    "de": ["meine Nummer ist ⟦ph⟧", "ruf mich unter ⟦ph⟧ an", "neue Handynummer: ⟦ph⟧", "Büro: ⟦phx⟧"],
    "fr": ["mon numéro est le ⟦ph⟧", "appelez-moi au ⟦ph⟧", "mon portable : ⟦ph⟧", "ligne directe ⟦phx⟧"],
    "pt": ["meu número é ⟦ph⟧", "me liga no ⟦ph⟧", "meu celular: ⟦ph⟧", "telefone do escritório ⟦phx⟧"],
    "it": ["il mio numero è ⟦ph⟧", "chiamami al ⟦ph⟧", "cellulare: ⟦ph⟧"],
    "nl": ["mijn nummer is ⟦ph⟧", "bel me op ⟦ph⟧", "mobiel: ⟦ph⟧"],
    "pl": ["mój numer to ⟦ph⟧", "proszę dzwonić pod ⟦ph⟧", "tel. ⟦phx⟧"],
    "tr": ["numaram ⟦ph⟧", "beni ⟦ph⟧ numarasından arayın", "cep: ⟦ph⟧"],
    "ru": ["мой номер ⟦ph⟧", "звоните по номеру ⟦ph⟧", "тел.: ⟦phx⟧"],
    "uk": ["мій номер ⟦ph⟧", "телефонуйте: ⟦ph⟧"],
    "ja": ["電話番号は⟦ph⟧です", "携帯：⟦ph⟧", "会社の番号は⟦phx⟧です"],
    "zh": ["我的电话是⟦ph⟧", "手机：⟦ph⟧", "办公室电话⟦phx⟧"],
    "ko": ["제 번호는 ⟦ph⟧입니다", "연락처: ⟦ph⟧", "사무실 ⟦phx⟧"],
    "ar": ["رقمي ⟦ph⟧", "رقم الجوال: ⟦ph⟧"],
    "he": ["המספר שלי ⟦ph⟧", "נייד: ⟦ph⟧"],
    "el": ["ο αριθμός μου είναι ⟦ph⟧", "κινητό: ⟦ph⟧"],
    "hi": ["मेरा नंबर ⟦ph⟧ है", "मोबाइल: ⟦ph⟧"],
    "vi": ["số điện thoại của tôi là ⟦ph⟧", "SĐT: ⟦ph⟧"],
    "id": ["nomor saya ⟦ph⟧", "WA: ⟦ph⟧"],
    "th": ["เบอร์โทร ⟦ph⟧", "ติดต่อ ⟦ph⟧"],
    "sv": ["mitt nummer är ⟦ph⟧", "ring mig på ⟦ph⟧"],
    "da": ["mit nummer er ⟦ph⟧"], "no": ["nummeret mitt er ⟦ph⟧"], "fi": ["numeroni on ⟦ph⟧"],
    "cs": ["moje číslo je ⟦ph⟧"], "hu": ["a számom ⟦ph⟧"], "ro": ["numărul meu este ⟦ph⟧"],
    "sw": ["namba yangu ni ⟦ph⟧"], "fa": ["شماره من ⟦ph⟧ است"], "bn": ["আমার নম্বর ⟦ph⟧"],
}
CTX = {
    "en": ["About order ⟦order⟧:", "The courier lost parcel ⟦trk⟧.", "Re invoice ⟦order⟧ for ⟦price⟧,",
           "Still waiting on the refund of ⟦price⟧.", "The app (version ⟦ver⟧) won't let me change it.",
           "Booking ⟦order⟧ -", "Quick update:"],
    "es": ["Sobre el pedido ⟦order⟧:", "El paquete ⟦trk⟧ no ha llegado.", "Pagué ⟦price⟧ y no recibí nada."],
    "de": ["Zur Bestellung ⟦order⟧:", "Sendung ⟦trk⟧ ist nicht angekommen.", "Rechnung ⟦order⟧ über ⟦price⟧:"],
    "fr": ["Concernant la commande ⟦order⟧ :", "Le colis ⟦trk⟧ n'est pas arrivé.", "J'ai payé ⟦price⟧."],
    "pt": ["Sobre o pedido ⟦order⟧:", "A encomenda ⟦trk⟧ não chegou."], "it": ["Riguardo all'ordine ⟦order⟧:"],
    "nl": ["Over bestelling ⟦order⟧:"], "pl": ["W sprawie zamówienia ⟦order⟧:"], "tr": ["⟦order⟧ numaralı sipariş hakkında:"],
    "ru": ["По заказу ⟦order⟧:", "Посылка ⟦trk⟧ не пришла."], "ja": ["注文番号⟦order⟧の件です。"], "zh": ["关于订单⟦order⟧，"],
    "ko": ["주문번호 ⟦order⟧ 관련입니다."],
}
POST = {"en": ["Thanks!", "Please call rather than email.", "WhatsApp is fine too.", "I'm in a meeting until 3."],
        "es": ["¡Gracias!", "Mejor por WhatsApp."], "de": ["Danke!", "Gern auch per WhatsApp."], "fr": ["Merci !"],
        "pt": ["Valeu!", "Pode ser por WhatsApp."], "ja": ["よろしくお願いします。"], "zh": ["谢谢。"], "ko": ["감사합니다."],
        "ru": ["Спасибо!"]}
W = {"en": 16, "es": 6, "de": 6, "fr": 5, "pt": 5, "it": 3, "nl": 2, "pl": 2, "tr": 2, "ru": 3, "uk": 1, "ja": 3, "zh": 3,
     "ko": 2, "ar": 2, "he": 1, "el": 1, "hi": 2, "vi": 1, "id": 2, "th": 1, "sv": 1, "da": 1, "no": 1, "fi": 1, "cs": 1,
     "hu": 1, "ro": 1, "sw": 1, "fa": 1, "bn": 1}
NOSPACE = ("ja", "zh")


def decoy_kw(ctx, loc):
    return dict(order=D("ORDER_ID", ctx.order_id()), trk=D("ORDER_ID", ctx.tracking()), price=D("PRICE", ctx.price()),
                ver=D("VERSION", ctx.version()), isbn=D("ORDER_ID", ctx.isbn()), date=D("DATE", ctx.date(loc, dob=False)))


def g_chat(ctx):
    langs = list(W)
    lang = ctx.r.choices(langs, [W[x] for x in langs])[0]
    loc = ctx.ch(ctx.locales(lang=lang))
    cue = ctx.ch(CUES[lang])
    kw = decoy_kw(ctx, loc)
    kw["ph"] = PH(ctx.phone(loc))
    kw["phx"] = PH(ctx.phone(loc, ext=True, lang=lang))
    parts = []
    if lang in CTX and ctx.r.random() < 0.7:
        parts.append(fill(ctx.ch(CTX[lang]), **kw))
    parts.append(fill(cue, **kw))
    if ctx.r.random() < 0.5:
        parts.append([ctx.ch(POST.get(lang, ["🙏"]))])
    joiner = "" if lang in NOSPACE else ctx.ch([" ", " ", "\n"])
    msg = []
    for i, p in enumerate(parts):
        if i:
            msg.append(joiner)
        msg.extend(p)
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "chat", "openai", "otel", "log"), [3, 3, 3, 1, 1])
    return segs, shape, loc


SIGN = {
    "en": ["Best regards,", "Kind regards,", "Thanks,", "Cheers,"], "de": ["Mit freundlichen Grüßen", "Viele Grüße"],
    "fr": ["Cordialement,", "Bien à vous,"], "es": ["Saludos,", "Un saludo,"], "pt": ["Atenciosamente,", "Abraços,"],
    "it": ["Cordiali saluti,"], "nl": ["Met vriendelijke groet,"], "pl": ["Pozdrawiam,"], "tr": ["Saygılarımla,"],
    "ru": ["С уважением,"], "ja": ["よろしくお願いいたします。"], "zh": ["此致"], "ko": ["감사합니다."], "sv": ["Vänliga hälsningar,"],
    "el": ["Με εκτίμηση,"], "he": ["בברכה,"], "ar": ["مع التحية،"],
}
LABELS = {"en": ("T", "M", "F"), "de": ("Tel.", "Mobil", "Fax"), "fr": ("Tél.", "Port.", "Fax"), "es": ("Tel.", "Móvil", "Fax"),
          "pt": ("Tel.", "Cel.", "Fax"), "it": ("Tel.", "Cell.", "Fax"), "nl": ("T", "M", "F"), "pl": ("tel.", "kom.", "faks"),
          "tr": ("Tel", "Cep", "Faks"), "ru": ("Тел.", "Моб.", "Факс"), "ja": ("TEL", "携帯", "FAX"), "zh": ("电话", "手机", "传真"),
          "ko": ("전화", "휴대폰", "팩스"), "sv": ("Tel", "Mobil", "Fax"), "el": ("Τηλ.", "Κιν.", "Fax"), "he": ("טל'", "נייד", "פקס"),
          "ar": ("هاتف", "جوال", "فاكس")}
BODY = {
    "en": ["Hi ⟦to⟧,\n\nAttached is the quote for PO ⟦order⟧ (total ⟦price⟧). Let me know if anything is unclear.",
           "Hi ⟦to⟧,\n\nThe shipment left our warehouse today, tracking ⟦trk⟧. Give me a ring if customs asks for anything.",
           "Hello ⟦to⟧,\n\nFollowing up on our call - the new firmware ⟦ver⟧ fixes the pairing bug."],
    "de": ["Hallo ⟦to⟧,\n\nanbei das Angebot zu ⟦order⟧ über ⟦price⟧. Bei Fragen einfach anrufen."],
    "fr": ["Bonjour ⟦to⟧,\n\nVous trouverez ci-joint le devis ⟦order⟧ d'un montant de ⟦price⟧."],
    "es": ["Hola ⟦to⟧:\n\nTe adjunto el presupuesto ⟦order⟧ por ⟦price⟧."],
    "pt": ["Olá ⟦to⟧,\n\nSegue o orçamento ⟦order⟧ no valor de ⟦price⟧."],
    "it": ["Ciao ⟦to⟧,\n\nin allegato il preventivo ⟦order⟧ (⟦price⟧)."],
    "nl": ["Hoi ⟦to⟧,\n\nIn de bijlage de offerte ⟦order⟧ van ⟦price⟧."],
    "pl": ["Dzień dobry,\n\nw załączniku oferta ⟦order⟧ na kwotę ⟦price⟧."],
    "tr": ["Merhaba,\n\n⟦order⟧ numaralı teklifi ekte bulabilirsiniz."],
    "ru": ["Добрый день!\n\nВо вложении счёт ⟦order⟧ на сумму ⟦price⟧."],
    "ja": ["⟦to⟧様\n\n見積書（⟦order⟧）を添付いたします。"],
    "zh": ["您好：\n\n附件是报价单⟦order⟧，金额⟦price⟧。"],
    "ko": ["안녕하세요.\n\n견적서 ⟦order⟧ 첨부드립니다."],
    "sv": ["Hej ⟦to⟧,\n\nHär kommer offerten ⟦order⟧."],
    "el": ["Καλησπέρα,\n\nΣας στέλνω την προσφορά ⟦order⟧."],
    "he": ["שלום,\n\nמצורפת הצעת מחיר ⟦order⟧."],
    "ar": ["مرحباً،\n\nمرفق عرض السعر ⟦order⟧."],
}
TITLES = ["Account Manager", "Sales Engineer", "Office Manager", "Head of Logistics", "Project Lead", "Customer Success"]
COMPANIES = ["Kestrel Foods", "Tidewater Labs", "Northwind Logistics", "Bluefinch Co.", "Larkspur Studio", "Copperleaf GmbH",
             "Solstice Pharma", "Quill Metrics", "Orbitalis Sp. z o.o.", "Kitsune Works", "Hanriver Tech", "Ventoso S.L."]


def g_signature(ctx):
    lang = ctx.ch(sorted(SIGN))
    loc = ctx.ch(ctx.locales(lang=lang))
    p = ctx.person(loc)
    to = ctx.person(loc)
    kw = decoy_kw(ctx, loc)
    kw["to"] = E("PERSON", to.given if lang not in ("ja",) else to.family)
    body = fill(ctx.ch(BODY[lang]), **kw)
    lab = LABELS[lang]
    sig = ["\n\n", ctx.ch(SIGN[lang]), "\n", E("PERSON", p.full()), "\n", ctx.ch(TITLES), " | ", ctx.ch(COMPANIES), "\n"]
    sig += [lab[0] + ": ", PH(ctx.phone(loc, style=ctx.ch(["nat", "intl"]), ext=ctx.r.random() < 0.4, lang=lang))]
    if ctx.r.random() < 0.6:
        sig += ["\n" + lab[1] + ": ", PH(ctx.phone(loc, style="intl"))]
    if ctx.r.random() < 0.2:
        sig += ["\n" + lab[2] + ": ", PH(ctx.phone(loc))]
    if ctx.r.random() < 0.4:
        sig += ["\n", E("EMAIL", ctx.email(p, org=True))]
    if ctx.r.random() < 0.3:
        sig += ["\n", E("ADDRESS", ctx.address(loc))]
    cc = ctx.country(loc)
    if cc in ctx.BBAN and ctx.r.random() < 0.5:
        sig += ["\n" + ("Bankverbindung: " if lang == "de" else "IBAN: "), E("IBAN", ctx.iban(cc))]
    head = []
    if ctx.r.random() < 0.5:
        head = ["From: ", E("PERSON", p.full()), " <", E("EMAIL", ctx.email(p, org=True)), ">\nDate: ",
                D("DATE", ctx.email_date()), "\nSubject: ", ctx.ch(["Quote", "Re: shipment", "Follow-up", "Offer"]), "\n\n"]
    msg = flat(head, body, sig)
    if ctx.r.random() < 0.6:
        return msg, "email", loc
    segs, shape = SH.wrap(ctx, flat("Extract the sender's contact details:\n\n", msg), "en", ("openai", "otel", "log"), [3, 1, 1])
    return segs, shape, loc


def g_vcard(ctx):
    loc = ctx.ch(sorted(LC.L))
    p = ctx.person(loc)
    ver = ctx.ch(["3.0", "4.0", "2.1"])
    lines = [["BEGIN:VCARD"], ["VERSION:", D("VERSION", ver)],
             ["N:", E("PERSON", p.family), ";", E("PERSON", p.given), ";;;"], ["FN:", E("PERSON", p.full())]]
    t1 = "TEL;TYPE=CELL:" if ver != "2.1" else "TEL;CELL:"
    lines.append([t1, PH(ctx.phone(loc, style="intl"))])
    if ctx.r.random() < 0.6:
        lines.append(["TEL;TYPE=WORK,VOICE:" if ver != "2.1" else "TEL;WORK:", PH(ctx.phone(loc))])
    if ctx.r.random() < 0.6:
        lines.append(["EMAIL:", E("EMAIL", ctx.email(p))])
    if ctx.r.random() < 0.3:
        lines.append(["ORG:", ctx.ch(COMPANIES)])
    if ctx.r.random() < 0.3:
        lines.append(["REV:", D("DATE", ctx.ts(5).replace("-", "").replace(":", ""))])
    lines.append(["END:VCARD"])
    nl = ctx.ch(["\n", "\n", "\r\n"])
    out = []
    for i, l in enumerate(lines):
        if i:
            out.append(nl)
        out.extend(l)
    if ctx.r.random() < 0.6:
        return out, "vcard", loc
    segs, shape = SH.wrap(ctx, flat("Import this contact:\n", out), "en", ("openai", "prompt"))
    return segs, shape, loc


def g_csv(ctx):
    loc = ctx.ch(sorted(LC.L))
    lang = ctx.lang(loc)
    delim = ctx.ch([",", ",", ";", "\t"])
    hdr = ctx.ch([["name", "phone", "order_id", "total"], ["customer", "mobile", "tracking", "shipped_at"],
                  ["contact", "tel", "isbn", "qty"]])
    rows = [[[h] for h in hdr]]
    for _ in range(ctx.r.randint(2, 5)):
        p = ctx.person(loc if ctx.r.random() < 0.8 else None)
        ph = ctx.phone(p.loc if ctx.r.random() < 0.8 else loc, style=ctx.ch(["nat", "intl"]))
        if hdr[2] == "order_id":
            extra = [[D("ORDER_ID", ctx.order_id())], [D("PRICE", ctx.price())]]
        elif hdr[2] == "tracking":
            extra = [[D("ORDER_ID", ctx.tracking())], [D("DATE", ctx.ts(ctx.ch([1, 5])))]]
        else:
            extra = [[D("ORDER_ID", ctx.isbn())], [str(ctx.r.randint(1, 12))]]
        rows.append([[E("PERSON", p.full())], [PH(ph)]] + extra)
    out = []
    for i, r in enumerate(rows):
        if i:
            out.append("\n")
        out.extend(csv_row(r, delim))
    if ctx.r.random() < 0.5:
        return out, "csv", loc
    segs, shape = SH.wrap(ctx, flat(ctx.ch(["Normalise the phone numbers in this file to E.164:\n",
                                            "Which customers have not been contacted yet?\n",
                                            "Dedupe this list:\n"]), out), "en", ("openai", "prompt", "chat"))
    return segs, shape, loc


def g_json(ctx):
    loc = ctx.ch(sorted(LC.L))
    p = ctx.person(loc)
    ph = ctx.phone(loc, style=ctx.ch(["nat", "intl", "intl"]))
    k = ctx.r.randint(0, 2)
    if k == 0:
        body = {"customer": {"id": ctx.r.randint(10000, 999999), "name": E("PERSON", p.full()), "phone": PH(ph),
                             "email": E("EMAIL", ctx.email(p))},
                "order": {"id": D("ORDER_ID", ctx.order_id()), "total": D("PRICE", ctx.price()),
                          "placed_at": D("DATE", ctx.ts(0))}}
    elif k == 1:
        body = {"event": "callback.requested", "ts": D("DATE", ctx.ts(5)), "caller": PH(ph),
                "queue": ctx.ch(["billing", "support", "sales"]), "app_version": D("VERSION", ctx.version())}
    else:
        body = {"contacts": [{"displayName": E("PERSON", q.full()), "phoneNumbers": [{"type": "mobile", "value": PH(ctx.phone(q.loc))}]}
                             for q in [p] + [ctx.person(loc) for _ in range(ctx.r.randint(0, 2))]]}
    js = jdump(body, indent=ctx.ch([None, 2]))
    if ctx.r.random() < 0.5:
        return js, "json", loc
    segs, shape = SH.wrap(ctx, flat("Summarise this payload:\n", js), "en", ("openai", "log", "otel"))
    return segs, shape, loc


def g_sms(ctx):
    loc = ctx.ch(sorted(LC.L))
    n = ctx.r.randint(2, 4)
    tss = ctx.ts_seq(n, 0)
    body_pool = ["Your code is ready for pickup at counter 3", "Reminder: appointment tomorrow 10:30",
                 "Driver is 5 min away", "Your parcel ⟦trk⟧ is out for delivery", "Payment of ⟦price⟧ received, thank you",
                 "Order ⟦order⟧ shipped"]
    out = []
    for i in range(n):
        num = ctx.phone(loc, style="intl")
        if ctx.r.random() < 0.5:
            num = num.replace(" ", "").replace("-", "").replace("(0)", "").replace("(", "").replace(")", "").replace(".", "")
        kw = decoy_kw(ctx, loc)
        line = fill("⟦t⟧ sms.outbound to=⟦n⟧ status=⟦s⟧ sid=⟦h⟧ body=\"⟦b⟧\"", t=D("DATE", tss[i]), n=PH(num),
                    s=ctx.ch(["delivered", "queued", "sent", "failed"]), h=D("HEX_HASH", ctx.hexh(32)),
                    b=fill(ctx.ch(body_pool), **kw))
        if i:
            out.append("\n")
        out.extend(line)
    return out, "log", loc


WRAP_EN = ["Hi team, if anyone needs me while I'm travelling my number is ⟦ph1⟧\n⟦ph2⟧ and I'll have signal most of the day.",
           "Please ask the courier to ring the site manager on ⟦ph1⟧\n⟦ph2⟧ when they arrive; the gate is locked.",
           "For urgent issues over the weekend call the on-call phone,\n⟦ph1⟧\n⟦ph2⟧, not the office line."]


def g_wrapped(ctx):
    """A phone number broken across a hard line wrap. The span includes the newline."""
    loc = ctx.ch(["en_GB", "en_US", "en_AU", "en_IE", "en_IN", "en_CA", "en_NZ", "en_ZA"])
    ph = ctx.phone(loc, style=ctx.ch(["nat", "intl"]))
    parts = ph.split(" ")
    if len(parts) < 2:
        ph = ctx.phone(loc, style="intl")
        parts = ph.split(" ")
    if len(parts) < 2:
        parts = [ph[:len(ph) // 2], ph[len(ph) // 2:]]
        joined = parts[0] + "\n" + parts[1]
    else:
        cut = ctx.r.randint(1, len(parts) - 1)
        joined = " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])
    t = ctx.ch(WRAP_EN)
    a, b = t.split("⟦ph1⟧\n⟦ph2⟧")
    msg = flat(a, PH(joined), b)
    if ctx.r.random() < 0.5:
        return msg, "email", loc
    segs, shape = SH.wrap(ctx, msg, "en", ("openai", "log", "otel"))
    return segs, shape, loc


ESC = {
    "en": "Hi,\n⟦ph⟧\nis my new number, the old one ⟦old⟧ is gone.\nThanks",
    "de": "Hallo,\nneue Nummer:\n⟦ph⟧\nalte Nummer ⟦old⟧ bitte löschen.",
    "fr": "Bonjour,\nnouveau numéro :\n⟦ph⟧\n(l'ancien ⟦old⟧ ne marche plus)",
    "es": "Hola:\n⟦ph⟧\nes mi nuevo número.\nEl anterior ⟦old⟧ ya no funciona.",
    "pt": "Oi!\nMeu número novo:\n⟦ph⟧\no antigo ⟦old⟧ foi cancelado.",
    "ja": "お疲れ様です。\n新しい番号：\n⟦ph⟧\n旧番号⟦old⟧は使えません。",
}


def g_escaped(ctx):
    """A phone right after an escaped newline inside a JSON string."""
    lang = ctx.ch(sorted(ESC))
    loc = ctx.ch(ctx.locales(lang=lang))
    msg = fill(ESC[lang], ph=PH(ctx.phone(loc, style=ctx.ch(["nat", "intl"]))), old=PH(ctx.phone(loc)))
    segs, shape = SH.wrap(ctx, msg, lang, ("openai", "log", "otel"), [3, 2, 1])
    return segs, shape, loc


def g_delivery(ctx):
    loc = ctx.ch(["en_GB", "en_US", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "en_AU", "ja_JP", "pt_BR"])
    lang = ctx.lang(loc)
    p = ctx.person(loc)
    t = {
        "en": "Order ⟦order⟧ (⟦n⟧ items, ⟦price⟧)\nShip to: ⟦name⟧\n⟦addr⟧\nContact: ⟦ph⟧\nTracking: ⟦trk⟧\nISBN ⟦isbn⟧ x1",
        "de": "Bestellung ⟦order⟧ (⟦price⟧)\nLieferadresse: ⟦name⟧\n⟦addr⟧\nTelefon: ⟦ph⟧\nSendungsnummer: ⟦trk⟧",
        "fr": "Commande ⟦order⟧ (⟦price⟧)\nLivraison : ⟦name⟧\n⟦addr⟧\nTél. : ⟦ph⟧\nSuivi : ⟦trk⟧",
        "nl": "Bestelling ⟦order⟧ (⟦price⟧)\nAfleveradres: ⟦name⟧\n⟦addr⟧\nTelefoon: ⟦ph⟧\nTrack & trace: ⟦trk⟧",
        "es": "Pedido ⟦order⟧ (⟦price⟧)\nEnvío a: ⟦name⟧\n⟦addr⟧\nTeléfono: ⟦ph⟧\nSeguimiento: ⟦trk⟧",
        "it": "Ordine ⟦order⟧ (⟦price⟧)\nSpedire a: ⟦name⟧\n⟦addr⟧\nTelefono: ⟦ph⟧\nTracking: ⟦trk⟧",
        "pl": "Zamówienie ⟦order⟧ (⟦price⟧)\nAdres dostawy: ⟦name⟧\n⟦addr⟧\nTelefon: ⟦ph⟧\nNumer przesyłki: ⟦trk⟧",
        "ja": "注文番号：⟦order⟧（⟦price⟧）\nお届け先：⟦name⟧ 様\n⟦addr⟧\n電話：⟦ph⟧\n追跡番号：⟦trk⟧",
        "pt": "Pedido ⟦order⟧ (⟦price⟧)\nEntregar para: ⟦name⟧\n⟦addr⟧\nTelefone: ⟦ph⟧\nRastreio: ⟦trk⟧",
    }[lang]
    kw = decoy_kw(ctx, loc)
    kw.update(name=E("PERSON", p.full()), addr=E("ADDRESS", ctx.address(loc)), ph=PH(ctx.phone(loc)),
              n=str(ctx.r.randint(1, 6)))
    msg = fill(t, **kw)
    if ctx.r.random() < 0.5:
        return msg, "record", loc
    segs, shape = SH.wrap(ctx, flat("Write a short delivery SMS from this:\n", msg), "en", ("openai", "otel", "log"))
    return segs, shape, loc


def g_calllog(ctx):
    loc = ctx.ch(sorted(LC.L))
    n = ctx.r.randint(3, 6)
    tss = ctx.ts_seq(n, 1)
    out = ["time                 type      number                duration\n"]
    for i in range(n):
        num = ctx.phone(loc if ctx.r.random() < 0.7 else ctx.ch(sorted(LC.L)), style=ctx.ch(["nat", "intl"]))
        kind = ctx.ch(["incoming", "outgoing", "missed  "])
        out += [D("DATE", tss[i]), "  " + kind + "  ", PH(num), " " * max(2, 22 - len(num)),
                "0:00" if kind.startswith("missed") else f"{ctx.r.randint(0, 14)}:{ctx.r.randint(0, 59):02}", "\n"]
    out[-1] = ""
    out = [x for x in out if x != ""]
    if ctx.r.random() < 0.5:
        return out, "log", loc
    segs, shape = SH.wrap(ctx, flat("Which numbers called more than once?\n", out), "en", ("openai", "prompt"))
    return segs, shape, loc


def g_tool(ctx):
    loc = ctx.ch(sorted(LC.L))
    p = ctx.person(loc)
    num = ctx.phone(loc, style="intl")
    if ctx.r.random() < 0.5:
        num = "".join(c for c in num if c.isdigit() or c == "+")
    k = ctx.r.randint(0, 2)
    kw = decoy_kw(ctx, loc)
    if k == 0:
        args = {"to": PH(num), "body": Txt(fill("Your order ⟦order⟧ has shipped. Track it with ⟦trk⟧.", **kw))}
        name = "send_sms"
    elif k == 1:
        args = {"phone": PH(num), "include_orders": True}
        name = "lookup_customer"
    else:
        args = {"name": E("PERSON", p.full()), "number": PH(num), "callback_at": D("DATE", ctx.ts(2))}
        name = "schedule_callback"
    tc = SH.tool_call(ctx, name, args, indent=ctx.ch([None, 2]))
    if ctx.r.random() < 0.3:
        return fill("⟦t⟧ agent tool_call ⟦tc⟧", t=D("DATE", ctx.ts(0)), tc=tc), "tool", loc
    return tc, "tool", loc


def g_table(ctx):
    loc = ctx.ch(sorted(LC.L))
    out = ["| Name | Role | Phone | Since |\n|---|---|---|---|"]
    for _ in range(ctx.r.randint(2, 5)):
        p = ctx.person(loc)
        ph = ctx.phone(loc, ext=ctx.r.random() < 0.3, lang=ctx.lang(loc) if ctx.lang(loc) in ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "ja", "zh", "ko", "sv") else "en")
        out += ["\n| ", E("PERSON", p.full()), " | ", ctx.ch(["Site lead", "Dispatcher", "Nurse", "Technician", "Driver", "Reception"]),
                " | ", PH(ph), " | ", D("DATE", ctx.date(loc, dob=False, style="num")), " |"]
    if ctx.r.random() < 0.5:
        return out, "markdown", loc
    segs, shape = SH.wrap(ctx, flat("Turn this on-call table into a rota for next week:\n\n", out), "en", ("openai", "chat"))
    return segs, shape, loc


GENS = [(g_chat, 100), (g_signature, 35), (g_vcard, 18), (g_csv, 22), (g_json, 22), (g_sms, 15), (g_wrapped, 10),
        (g_escaped, 18), (g_delivery, 20), (g_calllog, 12), (g_tool, 15), (g_table, 13)]
