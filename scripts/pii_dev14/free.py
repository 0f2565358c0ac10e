"""PII-free shapes: texts full of look-alikes and no entities."""
import datetime

import decoys as DC
import lang as LG
import values as V
from rich import D, R, cat, coerce, csv_row, fmt, jdump, join, wrap

FREE_T = {
    "en": ["Fun fact: {pf} was born on {pfdate}.",
           "Today's birthday: {pf} ({pfdate}). The retrospective opens on {date}.",
           "Our {street} store will close early on {date} for stocktaking.",
           "Order {order} shipped on {date}; tracking updates overnight.",
           "Just finished the chapter where {char} finally confronts the villain. No spoilers please!",
           "The {brand} sale ends on {date}. Prices from {price}."],
    "es": ["Dato curioso: {pf} nació el {pfdate}.", "La tienda de {street} cierra por inventario el {date}.",
           "Su pedido {order} salió el {date}.", "¿Alguien más lloró cuando {char} se despide al final?",
           "Las rebajas de {brand} terminan el {date}; precios desde {price}."],
    "pt": ["Curiosidade: {pf} nasceu em {pfdate}.", "A loja da {street} fecha mais cedo no dia {date}.",
           "O pedido {order} foi enviado em {date}.", "Terminei o livro e ainda estou pensando no destino de {char}."],
    "fr": ["Le saviez-vous ? {pf} est né(e) le {pfdate}.", "La boutique {street} fermera exceptionnellement le {date}.",
           "Votre commande {order} a été expédiée le {date}.", "J'adore le passage où {char} découvre la vérité."],
    "de": ["Schon gewusst? {pf} wurde am {pfdate} geboren.",
           "Die Filiale in der {street} bleibt am {date} wegen Inventur geschlossen.",
           "Ihre Bestellung {order} wurde am {date} versandt.", "Im dritten Band trifft {char} endlich auf den Drachen.",
           "Der {brand}-Sale endet am {date}, Preise ab {price}."],
    "it": ["Curiosità: {pf} è nato/a il {pfdate}.", "Il negozio di {street} chiude per inventario il {date}.",
           "L'ordine {order} è stato spedito il {date}.", "Il finale con {char} mi ha spezzato il cuore."],
    "nl": ["Wist je dat {pf} op {pfdate} geboren is?", "De winkel in de {street} is op {date} gesloten.",
           "Bestelling {order} is op {date} verzonden."],
    "pl": ["Ciekawostka: {pf} urodził(a) się {pfdate}.", "Sklep przy {street} będzie zamknięty {date}.",
           "Zamówienie {order} zostało wysłane {date}."],
    "sv": ["Visste du att {pf} föddes {pfdate}?", "Butiken på {street} stänger tidigt {date}.",
           "Order {order} skickades {date}."],
    "nb": ["Visste du at {pf} ble født {pfdate}?", "Butikken i {street} stenger tidlig {date}.",
           "Ordre {order} ble sendt {date}."],
    "da": ["Vidste du, at {pf} blev født {pfdate}?", "Butikken på {street} lukker tidligt {date}.",
           "Ordre {order} blev afsendt {date}."],
    "fi": ["Tiesitkö, että {pf} syntyi {pfdate}?", "Myymälä ({street}) suljetaan {date}.",
           "Tilaus {order} lähetettiin {date}."],
    "cs": ["Věděli jste, že {pf} se narodil(a) {pfdate}?", "Prodejna {street} bude {date} zavřená.",
           "Objednávka {order} byla odeslána {date}."],
    "ro": ["Știați că {pf} s-a născut pe {pfdate}?", "Magazinul de pe {street} se închide pe {date}.",
           "Comanda {order} a fost expediată pe {date}."],
    "el": ["Ήξερες ότι {pf} γεννήθηκε στις {pfdate};", "Το κατάστημα στην {street} κλείνει στις {date}.",
           "Η παραγγελία {order} στάλθηκε στις {date}."],
    "tr": ["İlginç bilgi: {pf}, {pfdate} tarihinde doğdu.", "{street} mağazamız {date} tarihinde erken kapanacak.",
           "{order} numaralı siparişiniz {date} tarihinde kargoya verildi."],
    "ru": ["Интересный факт: {pf} — дата рождения {pfdate}.", "Магазин «{street}» закрыт на инвентаризацию {date}.",
           "Заказ {order} отправлен {date}."],
    "uk": ["Цікавий факт: {pf} — дата народження {pfdate}.", "Магазин «{street}» зачинений {date}.",
           "Замовлення {order} відправлено {date}."],
    "ar": ["هل تعلم؟ وُلد {pf} في {pfdate}.", "سيغلق فرع {street} مبكراً يوم {date}.", "تم شحن الطلب {order} بتاريخ {date}."],
    "he": ["הידעת? {pf} נולד ב-{pfdate}.", "הסניף ב{street} ייסגר מוקדם ב-{date}.", "הזמנה {order} נשלחה ב-{date}."],
    "fa": ["آیا می‌دانستید {pf} در {pfdate} به دنیا آمد؟", "شعبه {street} در تاریخ {date} زودتر تعطیل می‌شود.",
           "سفارش {order} در {date} ارسال شد."],
    "hi": ["क्या आप जानते हैं? {pf} का जन्म {pfdate} को हुआ था।", "{street} वाला स्टोर {date} को जल्दी बंद होगा।",
           "ऑर्डर {order} {date} को भेजा गया।"],
    "bn": ["আপনি কি জানেন? {pf} জন্মগ্রহণ করেন {pfdate}।", "{street} শাখা {date} তারিখে আগে বন্ধ হবে।",
           "অর্ডার {order} পাঠানো হয়েছে {date}।"],
    "ta": ["உங்களுக்குத் தெரியுமா? {pf} {pfdate} அன்று பிறந்தார்.", "{street} கிளை {date} அன்று முன்னதாக மூடப்படும்.",
           "ஆர்டர் {order} {date} அன்று அனுப்பப்பட்டது."],
    "th": ["รู้หรือไม่ {pf} เกิดเมื่อ {pfdate}", "สาขา{street}จะปิดเร็วในวันที่ {date}", "คำสั่งซื้อ {order} จัดส่งแล้วเมื่อ {date}"],
    "vi": ["Bạn có biết? {pf} sinh ngày {pfdate}.", "Cửa hàng ở {street} sẽ đóng cửa sớm vào {date}.",
           "Đơn hàng {order} đã được gửi ngày {date}."],
    "id": ["Tahukah kamu? {pf} lahir pada {pfdate}.", "Toko di {street} tutup lebih awal pada {date}.",
           "Pesanan {order} dikirim pada {date}."],
    "ms": ["Tahukah anda? {pf} dilahirkan pada {pfdate}.", "Cawangan {street} akan tutup awal pada {date}.",
           "Pesanan {order} telah dihantar pada {date}."],
    "tl": ["Alam mo ba? Ipinanganak si {pf} noong {pfdate}.", "Magsasara nang maaga ang branch sa {street} sa {date}.",
           "Na-ship na ang order {order} noong {date}."],
    "ja": ["豆知識：{pf}は{pfdate}生まれです。", "{street}店は{date}に棚卸しのため早めに閉店します。",
           "ご注文{order}は{date}に発送されました。"],
    "ko": ["알고 계셨나요? {pf}은(는) {pfdate}에 태어났습니다.", "{street} 매장은 {date}에 일찍 문을 닫습니다.",
           "주문 {order}이(가) {date}에 발송되었습니다."],
    "zh": ["冷知识：{pf}出生于{pfdate}。", "{street}门店将于{date}提前关门盘点。", "您的订单{order}已于{date}发货。"],
    "zh-TW": ["冷知識：{pf}生於{pfdate}。", "{street}門市將於{date}提早打烊。", "您的訂單{order}已於{date}出貨。"],
    "sw": ["Je, unajua? {pf} alizaliwa {pfdate}.", "Duka la {street} litafungwa mapema tarehe {date}.",
           "Oda {order} ilitumwa tarehe {date}."],
}


def _slots(ctx, tpl):
    r = ctx.rng
    kw = {}
    if "{pf}" in tpl:
        n, d = DC.public_figure(r, ctx.lk)
        kw["pf"] = DC.proper(n)
        kw["pfdate"] = D("DATE", LG.rand_date_str(r, ctx.loc, d, native_p=0.2))
    if "{date}" in tpl:
        kw["date"] = ctx.date()
    if "{street}" in tpl:
        kw["street"] = DC.proper(r.choice(DC.STREET_PLACES.get(ctx.lk) or DC.STREET_PLACES["en"]))
    if "{order}" in tpl:
        kw["order"] = DC.order(r)
    if "{char}" in tpl:
        kw["char"] = DC.proper(DC.fiction(r, ctx.lk))
    if "{brand}" in tpl:
        kw["brand"] = DC.proper(r.choice(DC.BRANDS))
    if "{price}" in tpl:
        kw["price"] = DC.price(r, ctx.loc)
    return fmt(tpl, **kw)


def fr_trivia(ctx):
    r = ctx.rng
    T = FREE_T[ctx.lk]
    pf = [t for t in T if "{pf}" in t]
    out = [_slots(ctx, r.choice(pf)) for _ in range(r.randint(1, 3))]
    return join(r.choice([" ", "\n"]), out)


def fr_mixed(ctx):
    r = ctx.rng
    T = FREE_T[ctx.lk]
    out = [_slots(ctx, t) for t in r.sample(T, min(len(T), r.randint(2, 4)))]
    return join(r.choice([" ", "\n", "\n\n"]), out)


MOVIE_Q = ["Is {char} a good role model for kids?", "who's stronger, {char} or {char2}?",
           "Can you recommend books like the ones with {char}?", "Why does {char} betray {char2} in the end?",
           "What year did the first film with {char} come out?"]
MOVIE_A = ["It depends on the age group. {char} makes some questionable choices early on, but the arc pays off.",
           "Fans have argued about that for years. {char2} has more raw power, but {char} is smarter.",
           "If you liked {char}, try stories by {pf}; the tone is similar.",
           "The adaptation released on {date} changed that scene quite a bit.",
           "The first one premiered on {date}, and {pf} was cast after a long audition process."]


def fr_movie_chat(ctx):
    r = ctx.rng
    lk = "en"
    kw = dict(char=DC.proper(DC.fiction(r, lk)), char2=DC.proper(DC.fiction(r, lk)))
    q = fmt(r.choice(MOVIE_Q), **kw)
    a = r.choice(MOVIE_A)
    akw = dict(kw)
    if "{pf}" in a:
        akw["pf"] = DC.proper(DC.public_figure(r, "en")[0])
    if "{date}" in a:
        akw["date"] = D("DATE", LG.rand_date_str(r, "en-US", datetime.date(r.randint(1970, 2023), r.randint(1, 12),
                                                                          r.randint(1, 28))))
    a = fmt(a, **akw)
    u, b = r.choice([("User: ", "\nAssistant: "), ("user: ", "\nassistant: "), ("<|user|>\n", "\n<|assistant|>\n")])
    return cat(u, q, b, a)


def fr_book_club(ctx):
    r = ctx.rng
    n, d = DC.public_figure(r, "en")
    c1, c2 = DC.proper(DC.fiction(r, "en")), DC.proper(DC.fiction(r, "en"))
    pub = D("DATE", "%d %s %d" % (r.randint(1, 28), LG.MONTHS["en"][r.randint(0, 11)], r.randint(1850, 2020)))
    return cat("Book club notes — ", ctx.date(), "\n\nThis month we read the novel first published on ", pub,
               ". Most of us sided with ", c1, " in the second half, although a few thought ", c2,
               " was treated unfairly by the narrator. Someone pointed out that ", DC.proper(n),
               " (born ", D("DATE", LG.rand_date_str(r, "en-GB", d)), ") once called it the best opening chapter ever "
               "written. Next meeting: ", ctx.date(), ", same café near ",
               DC.proper(r.choice(DC.STREET_PLACES["en"])), ".")


def fr_catalog(ctx):
    r = ctx.rng
    lines = []
    for _ in range(r.randint(3, 7)):
        if r.random() < 0.5:
            name = DC.proper(r.choice(DC.PRODUCTS))
        else:
            name = cat(DC.proper(r.choice(DC.BRANDS)), " ", r.choice(["Eau de Parfum 50 ml", "Classic Tee", "Gift Box",
                                                                       "Leather Wallet", "Sneakers", "Watch"]))
        lines.append(cat(name, " — ", DC.price(r, ctx.loc), " — SKU ", D("NUMERIC_ID", V.pat(r, "@@-#####-##")),
                         r.choice(["", " (in stock)", " (back in stock " + ctx.date_plain() + ")"])))
    return join("\n", lines)


STORE_H = {"es": ("Horarios de tienda", "cerrado el"), "de": ("Öffnungszeiten", "geschlossen am"),
           "fr": ("Horaires des boutiques", "fermé le"), "pt": ("Horário das lojas", "fechado em"),
           "it": ("Orari dei negozi", "chiuso il"), "nl": ("Openingstijden", "gesloten op"),
           "da": ("Åbningstider", "lukket"), "sv": ("Öppettider", "stängt"), "nb": ("Åpningstider", "stengt"),
           "pl": ("Godziny otwarcia", "nieczynne"), "tr": ("Mağaza saatleri", "kapalı:"),
           "ja": ("営業時間", "休業日"), "ko": ("영업시간", "휴무"), "zh": ("营业时间", "休息日"),
           "zh-TW": ("營業時間", "公休"), "vi": ("Giờ mở cửa", "nghỉ ngày"), "id": ("Jam buka", "tutup"),
           "ru": ("Часы работы", "выходной"), "uk": ("Години роботи", "вихідний"), "cs": ("Otevírací doba", "zavřeno"),
           "th": ("เวลาทำการ", "ปิด"), "ar": ("ساعات العمل", "مغلق"), "he": ("שעות פתיחה", "סגור")}


def fr_stores(ctx):
    r = ctx.rng
    lk = ctx.lk
    pool = DC.STREET_PLACES.get(lk) or DC.STREET_PLACES["en"]
    lines = []
    hdr, closed = STORE_H.get(lk, ("Store hours", "closed"))
    for s in r.sample(pool, min(len(pool), r.randint(2, 4))):
        lines.append(cat(DC.proper(s), ": %02d:00–%02d:00, %s " % (r.randint(7, 10), r.randint(18, 22), closed),
                         ctx.date()))
    return cat(hdr, "\n", join("\n", lines))


def fr_order_notice(ctx):
    r = ctx.rng
    lines = [cat("Order ", DC.order(r), " confirmed on ", ctx.date(), "."),
             cat("Tracking number: ", DC.numeric(r, "track")),
             cat("Estimated delivery: ", ctx.date()),
             cat("Total charged: ", DC.price(r, ctx.loc)),
             cat("Need help? Quote reference ", DC.order(r), " when you contact us.")]
    return join("\n", lines[:r.randint(3, 5)])


def fr_changelog(ctx):
    r = ctx.rng
    out = [cat("## ", DC.version(r), " (", D("DATE", LG.rand_recent(r).isoformat()), ")")]
    for _ in range(r.randint(2, 5)):
        k = r.randint(0, 3)
        if k == 0:
            out.append(cat("- deps: bump ", r.choice(["serde", "tokio", "react", "lodash", "requests"]), " from ",
                           DC.version(r), " to ", DC.version(r), " by ", DC.proper("dependabot[bot]")))
        elif k == 1:
            out.append(cat("- fix: handle empty `", DC.code_ident(r, r.choice(["date_of_birth", "phone_number",
                                                                                "user.full_name"])), "` (",
                           D("ORDER_ID", "#%d" % r.randint(100, 9999)), ")"))
        elif k == 2:
            out.append(cat("- perf: cache lookups (", DC.hexhash(r, 7), ")"))
        else:
            out.append(cat("- build: Chrome ", D("VERSION", "%d.0.%d.%d" % (r.randint(110, 131), r.randint(5000, 6999),
                                                                              r.randint(10, 250))), " in CI"))
    return join("\n", out)


def fr_ops_log(ctx):
    r = ctx.rng
    out = []
    for _ in range(r.randint(2, 6)):
        d = LG.rand_recent(r)
        ts = D("DATE", "%sT%02d:%02d:%02dZ" % (d.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
        out.append(cat(ts, " ", r.choice(["INFO", "WARN", "DEBUG"]), " ", DC.ops(r), " ",
                       r.choice(["deploy", "healthcheck", "gc pause", "retry", "cache miss"]), " sha=",
                       DC.hexhash(r, 12), " request_id=", DC.numeric(r, "uuid"), " dur=%dms" % r.randint(2, 4000)))
    return join("\n", out)


def fr_code(ctx):
    r = ctx.rng
    k = r.randint(0, 2)
    if k == 0:
        return cat("def redact(user):\n    \"\"\"Mask personal fields before logging.\"\"\"\n    user.", DC.code_ident(r, "password"),
                   " = ", DC.code_ident(r, "\"***\""), "\n    user.", DC.code_ident(r, "date_of_birth"),
                   " = None\n    return user\n\nDEFAULT_PASSWORD = \"", DC.code_ident(r, "YOUR_PASSWORD_HERE"), "\"")
    if k == 1:
        return cat("const template = `Hello ", DC.code_ident(r, "${user.firstName}"), ", your order ",
                   DC.code_ident(r, "${order.id}"), " ships soon.`;\n// example: ", DC.proper("John Doe"),
                   ", order ", DC.order(r))
    return cat("SELECT id, ", DC.code_ident(r, "full_name"), ", ", DC.code_ident(r, "date_of_birth"),
               "\nFROM customers\nWHERE created_at > '", D("DATE", LG.rand_recent(r).isoformat()), "'\nLIMIT 100;")


MED = {
    "en": ["{dis} was the focus of a review published on {date}; the authors compared diagnosis rates across 40 "
           "countries and found large differences in how quickly patients are referred to a specialist.",
           "Type 2 diabetes affects roughly one in ten adults worldwide. First-line treatment is usually metformin, "
           "together with changes to diet and activity. Researchers presented new data on {date}.",
           "{dis} and {dis2} are both named after the physicians who first described them. Awareness campaigns run "
           "every year around {date}.",
           "Hypertension is often called a silent condition because it rarely causes symptoms. A reading above "
           "140/90 mmHg on repeated occasions is usually considered high."],
    "es": ["La {dis} afecta principalmente al movimiento y suele diagnosticarse después de los 60 años.",
           "La diabetes tipo 2 afecta a uno de cada diez adultos; el tratamiento inicial suele ser la metformina.",
           "El congreso sobre la {dis} se celebrará el {date} en Sevilla."],
    "de": ["{dis} ist eine chronisch-entzündliche Erkrankung, die in Schüben verläuft.",
           "Typ-2-Diabetes betrifft etwa jeden zehnten Erwachsenen; Mittel der ersten Wahl ist meist Metformin.",
           "Die Fachtagung zu {dis} findet am {date} in Leipzig statt."],
    "fr": ["La {dis} touche surtout les personnes de plus de 65 ans.",
           "Le diabète de type 2 concerne environ un adulte sur dix ; la metformine reste le traitement de première intention.",
           "Une journée d'information sur la {dis} aura lieu le {date}."],
    "pt": ["A {dis} é uma doença neurológica progressiva que afeta principalmente o movimento.",
           "O diabetes tipo 2 atinge cerca de um em cada dez adultos.",
           "O congresso sobre a {dis} acontece em {date}."],
    "it": ["Il {dis} è una malattia neurodegenerativa che colpisce soprattutto il movimento.",
           "Il diabete di tipo 2 riguarda circa un adulto su dieci.",
           "Il convegno sul {dis} si terrà il {date} a Bologna."],
}


def fr_medical_article(ctx):
    r = ctx.rng
    lg = ctx.lang if ctx.lang in MED else "en"
    loc = ctx.loc if ctx.lang in MED else "en-GB"
    paras = []
    for t in r.sample(MED[lg], min(len(MED[lg]), r.randint(1, 3))):
        kw = {}
        if "{dis}" in t:
            eps = DC.EPONYMOUS[lg]
            kw["dis"] = DC.proper(r.choice(eps))
            kw["dis2"] = DC.proper(r.choice(eps))
        if "{date}" in t:
            kw["date"] = D("DATE", LG.rand_date_str(r, loc, LG.rand_recent(r)))
        paras.append(fmt(t, **kw))
    return join("\n\n", paras)


HEADINGS = ["Getting Started With Nova Sync", "Installing The Desktop Client", "Rose Gold Finish Options",
            "Victoria Sponge, Three Ways", "Chelsea Boots Care Guide", "Austin Office Relocation FAQ",
            "Jordan Almond Favours", "Grace Period And Late Fees", "Georgia Peach Harvest Report",
            "Florence Travel Checklist", "Quarterly Review: Sales By Region", "Release Notes And Known Issues",
            "Hunter Green Paint Samples", "Madison Avenue Pop-Up Schedule", "Charlotte Hub Opening Hours"]


def fr_headings(ctx):
    r = ctx.rng
    hs = r.sample(HEADINGS, r.randint(3, 5))
    out = []
    for i, h in enumerate(hs):
        out.append(cat("#" * (1 if i == 0 else 2), " ", h))
        if r.random() < 0.5:
            out.append(cat("Updated ", ctx.date(), ". Applies to ", DC.version(r), " and later."))
    return join("\n\n", out)


DE_NOUNS = ["Die Bundesagentur für Arbeit hat am {date} neue Zahlen zur Kurzarbeit veröffentlicht.",
            "Laut Pressemitteilung steigt die Nachfrage nach Wärmepumpen und Solaranlagen weiter.",
            "Im Märchen schickt {char} die fleißige Tochter in den Brunnen.",
            "Der Gemeinderat beschloss die Sanierung der Grundschule sowie den Ausbau der Radwege.",
            "Die Verbraucherzentrale warnt vor gefälschten Paketbenachrichtigungen mit der Sendungsnummer {track}.",
            "Die Deutsche Bahn verlängert die Baustelle zwischen Hannover und Göttingen bis zum {date}."]


def fr_german_nouns(ctx):
    r = ctx.rng
    out = []
    for t in r.sample(DE_NOUNS, r.randint(2, 4)):
        kw = {}
        if "{date}" in t:
            kw["date"] = D("DATE", LG.rand_date_str(r, "de-DE", LG.rand_recent(r)))
        if "{char}" in t:
            kw["char"] = DC.proper(r.choice(["Frau Holle", "Rumpelstilzchen", "Hänsel", "Gretel", "Dornröschen"]))
        if "{track}" in t:
            kw["track"] = DC.numeric(r, "track")
        out.append(fmt(t, **kw))
    return join(" ", out)


CITIES = ["São Paulo", "Lagos", "Kraków", "Reykjavík", "Da Nang", "Kyoto", "Valparaíso", "Mombasa", "Tromsø",
          "Thessaloniki", "İzmir", "Chiang Mai", "Cebu", "Adelaide", "Jaipur", "Quebec City", "Porto", "Sevilla"]


def fr_tool_call(ctx):
    r = ctx.rng
    k = r.randint(0, 2)
    if k == 0:
        args = {"city": DC.proper(r.choice(CITIES)), "date": D("DATE", LG.rand_recent(r).isoformat()), "units": "metric"}
        name = "get_weather"
    elif k == 1:
        args = {"origin": D("OPS_TERM", r.choice(["LIS", "FRA", "NRT", "GRU", "LOS", "BKK"])),
                "destination": D("OPS_TERM", r.choice(["JFK", "CDG", "SIN", "NBO", "MEX", "IST"])),
                "depart": D("DATE", LG.rand_recent(r).isoformat()), "passengers": r.randint(1, 4)}
        name = "search_flights"
    else:
        args = {"ticker": D("OPS_TERM", r.choice(["AAPL", "SAP.DE", "7203.T", "PETR4.SA", "TSLA"])),
                "range": r.choice(["1d", "5d", "1mo"])}
        name = "get_stock_quote"
    inner = jdump(args, compact=True)
    obj = {"role": "assistant", "tool_calls": [{"id": "call_" + V.hexhash(r, 20), "type": "function",
                                               "function": {"name": name, "arguments": inner}}]}
    ctx.json = "json"
    return jdump(obj, indent=r.choice([None, 2]))


CEOS = ["Tim Cook", "Satya Nadella", "Jensen Huang", "Christine Lagarde", "Mary Barra", "Sundar Pichai", "Lisa Su",
        "Carlos Tavares", "Oliver Blume", "Ola Källenius"]


def fr_finance(ctx):
    r = ctx.rng
    b = DC.proper(r.choice(DC.BRANDS))
    return cat("Shares of ", b, " rose %.1f%% on " % r.uniform(0.3, 9), ctx.date(), " after ",
               DC.proper(r.choice(CEOS)), " said quarterly revenue reached ", DC.price(r, "en-US"),
               " million. Analysts at ", DC.proper(r.choice(["Goldman Sachs", "Morgan Stanley", "Wells Fargo"])),
               " raised their target to ", DC.price(r, "en-US"), ".")


def fr_travel(ctx):
    r = ctx.rng
    return cat("Itinerary ", D("ORDER_ID", V.pat(r, "@@@@@@")), "\n", ctx.date(), "  depart ",
               DC.proper(r.choice(DC.PLACES_NAMED[:11])), " %02d:%02d, seat %d%s\n" % (
                   r.randint(0, 23), r.randint(0, 59), r.randint(1, 45), r.choice("ABCDEF")),
               ctx.date(), "  cruise check-in, ", DC.proper(r.choice(["Queen Mary 2", "MS Johan van Oldenbarnevelt"])),
               "\nHotel near ", DC.proper(r.choice(DC.PLACES_NAMED[11:])), ", confirmation ", DC.order(r))


def fr_recipe(ctx):
    r = ctx.rng
    d = DC.proper(r.choice(DC.DISHES))
    return cat("Tonight: ", d, " for 4.\n- ", DC.numeric(r, "measure"), " flour\n- 2 eggs\n- ", DC.numeric(r, "measure"),
               " butter\nBake at 180 °C for %d minutes. Serve with " % r.randint(12, 45), DC.proper(r.choice(DC.DISHES)),
               " if you have leftovers.")


ATHLETES = ["Lionel Messi", "Serena Williams", "Son Heung-min", "Pelé", "Roger Federer", "Cathy Freeman",
            "Sachin Tendulkar", "Manny Pacquiao", "Eliud Kipchoge", "Iga Świątek", "Novak Djokovic", "Rafael Nadal",
            "Naomi Osaka", "Shohei Ohtani", "Giannis Antetokounmpo"]


def fr_sports(ctx):
    r = ctx.rng
    a, b = r.sample(ATHLETES, 2)
    return cat(ctx.date(), ": ", DC.proper(a), " beat ", DC.proper(b), " %d-%d, %d-%d. " % (
        r.randint(4, 7), r.randint(0, 5), r.randint(4, 7), r.randint(0, 6)), DC.proper(a),
               " was born on ", D("DATE", LG.rand_date_str(r, "en-US", datetime.date(r.randint(1970, 2000), r.randint(1, 12),
                                                                                   r.randint(1, 28)))),
               " and has now won %d titles." % r.randint(2, 40))


def fr_api_docs(ctx):
    r = ctx.rng
    return cat("### Example request\n\n```json\n{\n  \"name\": \"", DC.proper(r.choice(DC.PLACEHOLDERS)), "\",\n  \"email\": \"",
               DC.code_ident(r, r.choice(["user@example.com", "jane@example.org", "test@example.net"])),
               "\",\n  \"password\": \"", DC.code_ident(r, "YOUR_PASSWORD_HERE"), "\",\n  \"card\": \"",
               D("NUMERIC_ID", r.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444"])),
               "\",\n  \"iban\": \"", D("NUMERIC_ID", r.choice(["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32"])),
               "\"\n}\n```\n\nUse the sandbox key ", DC.code_ident(r, "<api-key>"), "; test SSN ",
               D("NUMERIC_ID", "123-45-6789"), " always passes verification.")


def fr_free_csv(ctx):
    r = ctx.rng
    delim = r.choice([",", ";"])
    rows = [coerce(delim.join(["sku", "product", "brand", "price", "restock_date"]))]
    for _ in range(r.randint(2, 6)):
        rows.append(csv_row([D("NUMERIC_ID", V.pat(r, "@@-#####")), r.choice(["Mug", "Lamp", "Backpack", "Scarf"]),
                             DC.proper(r.choice(DC.BRANDS)), DC.price(r, ctx.loc), ctx.date()], delim))
    return join("\n", rows)


def fr_free_json(ctx):
    r = ctx.rng
    items = []
    for _ in range(r.randint(1, 3)):
        items.append({"id": DC.numeric(r, "uuid"), "title": DC.proper(r.choice(DC.PRODUCTS)),
                      "brand": DC.proper(r.choice(DC.BRANDS)), "price": DC.price(r, ctx.loc),
                      "released": D("DATE", LG.rand_recent(r).isoformat()), "version": DC.version(r)})
    ctx.json = "json"
    return jdump({"results": items, "page": 1}, indent=r.choice([None, 2]), ea=r.random() < 0.2)


def fr_history(ctx):
    r = ctx.rng
    out = []
    for _ in range(r.randint(1, 3)):
        n, d = DC.public_figure(r, "en")
        out.append(cat(DC.proper(n), " (born ", D("DATE", LG.rand_date_str(r, "en-GB", d)), ") ",
                       r.choice(["changed the field for good.", "is still widely read today.",
                                 "was honoured with a stamp in " + str(r.randint(1950, 2020)) + ".",
                                 "has a museum dedicated to their work."])))
    return join(" ", out)


def fr_support_chat(ctx):
    r = ctx.rng
    bot = DC.proper(r.choice(["Ava", "Nova", "Sparky", "Lumi", "Max"]))
    return cat("Customer: hi, my parcel hasn't arrived, order ", DC.order(r), "\n", bot,
               ": Sorry to hear that! It left our warehouse on ", ctx.date(), ". The courier reference is ",
               DC.numeric(r, "track"), ".\nCustomer: ok thanks, can I change the delivery slot?\n", bot,
               ": Yes, you can pick a new slot in the app under Orders > ", DC.order(r), ".")


def fr_empty_form(ctx):
    lab = ctx.lab
    r = ctx.rng
    keys = r.sample(["name", "dob", "phone", "email", "addr", "pw", "iban"], r.randint(3, 6))
    return join("\n", [coerce(lab[k] + ": " + r.choice(["________", "__/__/____", "", "[          ]"])) for k in keys])


def fr_newsletter(ctx):
    r = ctx.rng
    return cat("Dear customer,\n\nOur spring collection with ", DC.proper(r.choice(DC.BRANDS)), " arrives on ",
               ctx.date(), ". Visit us on ", DC.proper(r.choice(DC.STREET_PLACES["en"])), " or order online with code ",
               D("CODE_IDENT", V.pat(r, "@@@##")), " for ", DC.price(r, ctx.loc), " off.\n\nThe team")


SHAPES = {
    "free_trivia": (fr_trivia, None, 6),
    "free_mixed": (fr_mixed, None, 6),
    "movie_chat": (fr_movie_chat, {"en"}, 3),
    "book_club": (fr_book_club, {"en"}, 1),
    "catalog": (fr_catalog, None, 2),
    "store_hours": (fr_stores, None, 2),
    "order_notice": (fr_order_notice, {"en"}, 2),
    "changelog": (fr_changelog, {"en"}, 2),
    "ops_log": (fr_ops_log, {"en"}, 2),
    "code_snippet": (fr_code, {"en"}, 2),
    "medical_article": (fr_medical_article, {"en", "es", "de", "fr", "pt", "it"}, 4),
    "headings": (fr_headings, {"en"}, 1),
    "german_nouns": (fr_german_nouns, {"de"}, 1),
    "tool_call_free": (fr_tool_call, {"en"}, 2),
    "finance_news": (fr_finance, {"en"}, 1),
    "travel": (fr_travel, {"en"}, 1),
    "recipe": (fr_recipe, {"en"}, 1),
    "sports": (fr_sports, {"en"}, 1),
    "api_docs": (fr_api_docs, {"en"}, 1),
    "free_csv": (fr_free_csv, None, 1),
    "free_json": (fr_free_json, {"en"}, 1),
    "history": (fr_history, {"en"}, 1),
    "free_support_chat": (fr_support_chat, {"en"}, 1),
    "empty_form": (fr_empty_form, None, 1),
    "newsletter": (fr_newsletter, {"en"}, 1),
}


POLICY = [
    "We process the data you enter in {product} only to provide the service you requested.",
    "Fields such as {f1}, {f2} and {f3} are optional unless marked otherwise.",
    "Data is stored in the {region} region and encrypted at rest with keys rotated every 90 days.",
    "Support staff can see your ticket history but never your {f3}.",
    "You can export or delete your account at any time from Settings > Privacy.",
    "Backups are kept for 35 days and then overwritten automatically.",
    "We do not sell personal data. Aggregated statistics may be shared with partners such as {brand}.",
    "Cookies used by {product} are listed in the table in section 7, last reviewed on {date}.",
    "If you contact us by phone, calls may be recorded for training purposes.",
    "Children under the age of 16 may only use the service with parental consent.",
    "This policy was last updated on {date} and replaces the version of {date2}.",
    "Requests under the GDPR are answered within one month; complex requests may take up to three months.",
    "Log files contain technical identifiers such as {uuid} and are deleted after 14 days.",
    "Third-party processors are bound by data processing agreements and audited yearly.",
]


def fr_policy(ctx):
    r = ctx.rng
    out = []
    for t in r.sample(POLICY, r.randint(7, 14)):
        kw = {}
        if "{product}" in t:
            kw["product"] = DC.proper(r.choice(DC.PRODUCTS))
        for k in ("f1", "f2", "f3"):
            if "{%s}" % k in t:
                kw[k] = DC.code_ident(r, r.choice(["date_of_birth", "phone_number", "home_address", "password",
                                                    "full_name", "{{dob}}"]))
        if "{region}" in t:
            kw["region"] = DC.ops(r)
        if "{brand}" in t:
            kw["brand"] = DC.proper(r.choice(DC.BRANDS))
        if "{date}" in t:
            kw["date"] = ctx.date()
        if "{date2}" in t:
            kw["date2"] = ctx.date()
        if "{uuid}" in t:
            kw["uuid"] = DC.numeric(r, "uuid")
        out.append(fmt(t, **kw))
    body = join(r.choice([" ", "\n\n"]), out)
    return cat("Privacy Notice\n\n", wrap(body, r.randint(72, 100)) if r.random() < 0.4 else body)


SHAPES["privacy_policy"] = (fr_policy, {"en"}, 3)
