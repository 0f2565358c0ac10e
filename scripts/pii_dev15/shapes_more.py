"""More shapes: credential notes, long case files, e-mail chains, multilingual free texts."""
import base as B
import content as C
import decoys as DC
import values as V
from registry import shape
from rich import D, E, R, join, lit, tpl, wrap

SERVICES = ["Wi-Fi", "Netflix", "Router", "Alarm", "Gmail", "Online banking", "Garage door", "Laptop", "Spotify", "iCloud",
            "VPN", "NAS", "Printer admin", "Door lock"]


@shape("credential_note", w=4.0)
def credential_note(ctx):
    """Passwords after cue words in the text's language (notes people send each other)."""
    c = ctx
    p = B.person(c)
    cues = c.T["pw_cues"]
    out = []
    if c.p(0.6):
        out.append(c.sent("greet", n=B.NAME(p.name("given"))))
    for svc in c.rng.sample(SERVICES, c.ch([2, 3, 4])):
        cue = c.ch(cues)
        k = c.rng.randrange(4)
        if k == 0:
            out.append(lit(svc + " — " + cue + ": ") + B.pw_r(c))
        elif k == 1:
            out.append(lit(svc + ": ") + B.email_r(c, p) + " / " + B.pw_r(c))
        elif k == 2:
            out.append(lit(svc + " " + cue + " = ") + B.pw_r(c, style=c.ch(["pin", "word", "random"])))
        else:
            out.append(lit(cue + " (" + svc + "): ") + B.pw_r(c))
    if c.p(0.4):
        out.append(C.sentence(c, p, "pw"))
    if c.p(0.3):
        out.append(lit(c.ch(c.T["bye"]) + " ") + B.NAME(B.person(c).name("given")))
    return join("\n", out)


CASE = {"en": "CASE FILE", "de": "FALLAKTE", "fr": "DOSSIER", "es": "EXPEDIENTE", "pt": "PROCESSO", "it": "FASCICOLO",
        "nl": "DOSSIER", "pl": "AKTA SPRAWY", "sv": "ÄRENDEAKT", "tr": "DOSYA", "ru": "ДЕЛО", "uk": "СПРАВА", "ja": "案件記録",
        "zh": "案卷", "zht": "案卷", "ko": "사건 기록", "ar": "ملف الحالة", "he": "תיק", "hi": "केस फ़ाइल", "id": "BERKAS KASUS",
        "vi": "HỒ SƠ", "cs": "SPIS", "ro": "DOSAR", "el": "ΦΑΚΕΛΟΣ", "hu": "ÜGYIRAT", "fi": "ASIAKIRJA", "da": "SAGSAKT",
        "nb": "SAKSMAPPE"}


@shape("long_case_file", w=3.0)
def long_case_file(ctx):
    c = ctx
    p = B.person(c)
    ppl = [B.person(c) for _ in range(3)]
    L = c.T["lab"]
    head = join("\n", [lit(CASE.get(c.lang, "CASE FILE") + " ") + B.dec(c, "numid"),
                       lit(L["full_name"] + ": ") + B.NAME(p.name(c.ch(["full", "formal"]))),
                       lit(c.ch(c.T["dob_cues"]) + ": ") + B.dob_r(c, p),
                       lit(L["addr"] + ": ") + B.addr_r(c, p), lit(L["phone"] + ": ") + B.phone_r(c),
                       lit(L["contact"] + ": ") + B.NAME(ppl[0].name("full")) + ", " + B.phone_r(c)])
    paras = []
    for i in range(c.ch([4, 5, 6])):
        who = ppl[i % 3] if c.p(0.4) else p
        paras.append(lit(B.fmt_date(c, B.other_date(c, 2023, 2026), "num") + " — ") +
                     C.blurb(c, who, n=c.ch([3, 4, 4]), others=ppl))
    txt = head + "\n\n" + join("\n\n", paras)
    if c.p(0.5):
        txt = txt + "\n\n" + C.reply_hdr(c, ppl[1]) + "\n> " + C.blurb(c, ppl[1], n=3, others=[p])
    if c.p(0.3):
        txt = wrap(txt, c.ch([70, 80, 100]))
    return txt


@shape("email_chain", w=0.8)
def email_chain(ctx):
    """A reply with two levels of quoted history."""
    c = ctx
    a, b, d = B.person(c), B.person(c), B.person(c)
    top = join("\n", [c.sent("greet", n=B.NAME(b.name("given"))), C.blurb(c, a, n=2, others=[b, d]), lit(c.ch(c.T["bye"])),
                      B.NAME(a.name("given"))])
    mid = join("\n", [c.sent("greet", n=B.NAME(a.name("given"))), C.blurb(c, b, n=3, others=[a, d]), lit(c.ch(c.T["bye"])),
                      C.signature(c, b, with_phone=True, with_email=c.p(0.5))])
    low = join("\n", [C.blurb(c, d, n=3, others=[a, b]), B.NAME(d.name("full"))])
    q1 = mid.map(lambda s: s.replace("\n", "\n> "))
    q2 = low.map(lambda s: s.replace("\n", "\n>> "))
    return top + "\n\n" + C.reply_hdr(c, b) + "\n> " + q1 + "\n>\n> " + C.reply_hdr(c, d).map(lambda s: s.replace("\n", "\n> ")) + \
        "\n>> " + q2


CAL = {"en": ["Sprint 14 review", "Invoice run", "Quarter close", "Office closed (public holiday)", "Release freeze", "Fire drill",
              "Board meeting", "Rent due", "Contract renewal deadline"],
       "de": ["Sprint-Review", "Rechnungslauf", "Quartalsabschluss", "Büro geschlossen (Feiertag)", "Release-Freeze", "Brandschutzübung"],
       "fr": ["Revue de sprint", "Clôture trimestrielle", "Bureau fermé (jour férié)", "Gel des versions", "Exercice incendie"],
       "es": ["Revisión del sprint", "Cierre trimestral", "Oficina cerrada (festivo)", "Congelación de versiones", "Simulacro de incendio"],
       "pt": ["Revisão da sprint", "Fechamento do trimestre", "Escritório fechado (feriado)", "Congelamento de versão"],
       "it": ["Revisione sprint", "Chiusura trimestrale", "Ufficio chiuso (festivo)", "Prova antincendio"],
       "nl": ["Sprintreview", "Kwartaalafsluiting", "Kantoor dicht (feestdag)"], "pl": ["Przegląd sprintu", "Zamknięcie kwartału", "Biuro zamknięte (święto)"],
       "ja": ["スプリントレビュー", "四半期決算", "休業日（祝日）", "リリース凍結", "避難訓練"], "zh": ["迭代评审", "季度结账", "法定假日休息", "版本冻结"],
       "ko": ["스프린트 리뷰", "분기 마감", "휴무 (공휴일)"], "tr": ["Sprint değerlendirmesi", "Çeyrek kapanışı", "Ofis kapalı (resmi tatil)"],
       "ru": ["Ревью спринта", "Закрытие квартала", "Офис закрыт (праздник)"], "sv": ["Sprintgenomgång", "Kvartalsbokslut", "Kontoret stängt (helgdag)"],
       "ar": ["مراجعة السبرنت", "إقفال الربع", "عطلة رسمية"], "hi": ["स्प्रिंट समीक्षा", "तिमाही समापन", "कार्यालय बंद (अवकाश)"],
       "id": ["Review sprint", "Tutup buku kuartal", "Kantor tutup (libur nasional)"], "vi": ["Họp tổng kết sprint", "Khóa sổ quý", "Nghỉ lễ"],
       "uk": ["Рев'ю спринту", "Закриття кварталу", "Офіс зачинено (свято)"], "cs": ["Sprint review", "Uzávěrka čtvrtletí", "Kancelář zavřena (svátek)"],
       "el": ["Ανασκόπηση sprint", "Κλείσιμο τριμήνου", "Αργία"], "he": ["סקירת ספרינט", "סגירת רבעון", "חג — המשרד סגור"],
       "th": ["ประชุมสรุปสปรินต์", "ปิดงบไตรมาส", "วันหยุดนักขัตฤกษ์"], "ro": ["Revizuire sprint", "Închidere trimestru", "Birou închis (sărbătoare)"],
       "hu": ["Sprint áttekintés", "Negyedéves zárás", "Iroda zárva (ünnep)"], "fi": ["Sprintin katselmointi", "Kvartaalin sulkeminen", "Toimisto suljettu (pyhä)"],
       "da": ["Sprint review", "Kvartalsafslutning", "Kontoret lukket (helligdag)"], "nb": ["Sprintgjennomgang", "Kvartalsavslutning", "Kontoret stengt (helligdag)"],
       "fa": ["بازبینی اسپرینت", "بستن حساب فصل", "تعطیل رسمی"], "bn": ["স্প্রিন্ট পর্যালোচনা", "ত্রৈমাসিক সমাপনী", "সরকারি ছুটি"],
       "ta": ["ஸ்பிரிண்ட் மதிப்பாய்வு", "காலாண்டு முடிவு", "அரசு விடுமுறை"], "ka": ["სპრინტის მიმოხილვა", "კვარტლის დახურვა", "უქმე დღე"],
       "hy": ["Սպրինտի ամփոփում", "Եռամսյակի փակում", "Տոնական օր"], "sw": ["Mapitio ya sprint", "Kufunga robo mwaka", "Sikukuu — ofisi imefungwa"],
       "tl": ["Sprint review", "Pagsasara ng quarter", "Holiday — sarado ang opisina"], "am": ["የስፕሪንት ግምገማ", "የሩብ ዓመት መዝጊያ", "በዓል"],
       "zht": ["迭代檢討", "季度結帳", "國定假日休息"]}


@shape("free_calendar_i18n", langs=set(CAL), w=3.0, free=True)
def free_calendar_i18n(ctx):
    c = ctx
    items = c.rng.sample(CAL[c.lang], min(len(CAL[c.lang]), c.ch([2, 3])))
    out = [lit("- ") + B.date_r(c, c.ch(["num", "long", "iso"])) + ": " + it for it in items]
    if c.p(0.4):
        out.append(lit("- ") + B.date_r(c, "num") + ": " + B.dec(c, "version"))
    return join("\n", out)


STATUS = {"en": ["in transit", "out for delivery", "delivered"], "de": ["unterwegs", "in Zustellung", "zugestellt"],
          "fr": ["en transit", "en cours de livraison", "livré"], "es": ["en tránsito", "en reparto", "entregado"],
          "pt": ["em trânsito", "saiu para entrega", "entregue"], "it": ["in transito", "in consegna", "consegnato"],
          "nl": ["onderweg", "wordt bezorgd", "bezorgd"], "pl": ["w drodze", "w doręczeniu", "doręczona"],
          "ja": ["輸送中", "配達中", "配達完了"], "zh": ["运输中", "派送中", "已签收"], "ko": ["배송 중", "배달 출발", "배송 완료"],
          "tr": ["yolda", "dağıtımda", "teslim edildi"], "ru": ["в пути", "передано курьеру", "вручено"],
          "sv": ["på väg", "ute för leverans", "levererad"], "cs": ["na cestě", "v doručování", "doručeno"],
          "id": ["dalam perjalanan", "sedang diantar", "terkirim"], "vi": ["đang vận chuyển", "đang giao", "đã giao"],
          "ar": ["قيد الشحن", "خرج للتوصيل", "تم التسليم"], "he": ["בדרך", "בחלוקה", "נמסר"], "th": ["ระหว่างขนส่ง", "กำลังนำส่ง", "จัดส่งสำเร็จ"],
          "uk": ["в дорозі", "передано кур'єру", "вручено"], "ro": ["în tranzit", "în livrare", "livrat"], "hu": ["úton", "kiszállítás alatt", "kézbesítve"],
          "el": ["σε μεταφορά", "προς παράδοση", "παραδόθηκε"], "fi": ["kuljetuksessa", "jakelussa", "toimitettu"]}


@shape("free_tracking_i18n", langs=set(STATUS), w=2.5, free=True)
def free_tracking_i18n(ctx):
    c = ctx
    out = []
    for _ in range(c.ch([2, 3])):
        out.append(B.dec(c, "track") + " — " + c.ch(STATUS[c.lang]) + " — " + B.date_r(c, "num", 2025, 2026))
    out.append(B.dec(c, "order") + " · " + B.dec(c, "price"))
    return join("\n", out)


@shape("tax_form", locs={"en-US"}, w=3.2)
def tax_form(ctx):
    """US payroll / tax paperwork, the only place this set uses US_SSN outside en-US chat."""
    c = ctx
    p = B.person(c)
    k = c.rng.randrange(3)
    if k == 0:
        out = [lit("Form W-4 (" + str(c.rng.randrange(2022, 2026)) + ") — Employee's Withholding Certificate"),
               lit("1(a) First name and middle initial: ") + B.NAME(p.given_name(True)),
               lit("Last name: ") + B.NAME(p.surname(True)),
               lit("1(b) Social security number: ") + B.ssn_r(c),
               lit("Address: ") + B.addr_r(c, p),
               lit("Filing status: [x] Single  [ ] Married filing jointly")]
    elif k == 1:
        sp = B.person(c)
        out = [lit("New hire packet — I-9 section 1"), lit("Employee: ") + B.NAME(p.formal(True)),
               lit("Date of Birth: ") + B.dob_r(c, p, "num"), lit("U.S. Social Security Number: ") + B.ssn_r(c, c.ch(["dash", "plain"])),
               lit("Employee's Telephone Number: ") + B.phone_r(c), lit("Employee's E-mail Address: ") + B.email_r(c, p),
               lit("Spouse (for benefits): ") + B.NAME(sp.name("full")) + lit(", SSN ") + B.ssn_r(c)]
    else:
        out = [lit("Hi, I'm filling out the rental application for ") + B.addr_r(c, p) + ".",
               lit("Applicant: ") + B.NAME(p.name("full")) + lit(", DOB ") + B.dob_r(c, p),
               lit("SSN ") + B.ssn_r(c, c.ch(["dash", "space"])) + lit(" — is it safe to put this in the form?")]
    return join("\n", out)


PAY = {
    "en": ["I want to pay the outstanding balance. Card: {card}, expiry {exp}, CVV is on the back.",
           "Please update my payment method to {card} (exp {exp}).", "can u charge {card} instead? the old one expired"],
    "de": ["Bitte buchen Sie von meiner Karte ab: {card}, gültig bis {exp}.", "Neue Karte: {card} ({exp})"],
    "es": ["Quiero pagar con la tarjeta {card}, caducidad {exp}.", "Cámbienme el método de pago a {card}"],
    "fr": ["Je souhaite régler avec la carte {card}, expiration {exp}.", "Nouvelle carte : {card} ({exp})"],
    "pt": ["Quero pagar com o cartão {card}, validade {exp}.", "Troca para o cartão {card}, por favor"],
    "it": ["Vorrei pagare con la carta {card}, scadenza {exp}."], "ja": ["カード{card}（有効期限{exp}）で支払います。"],
    "zh": ["用这张卡付款：{card}，有效期{exp}。"], "tr": ["{card} numaralı kartla ödemek istiyorum, SKT {exp}."],
    "ru": ["Оплачу картой {card}, срок {exp}."], "nl": ["Graag afschrijven van kaart {card}, geldig tot {exp}."],
    "pl": ["Proszę obciążyć kartę {card}, ważna do {exp}."],
}


@shape("payment_chat", langs=set(PAY), w=2.4)
def payment_chat(ctx):
    c = ctx
    p = B.person(c)
    bot = D("PROPER_NOUN", c.ch(DC.BOTS))
    lines = [bot + ": " + C.assist(c),
             B.NAME(p.name("given")) + ": " + tpl(c.ch(PAY[c.lang]), card=B.card_r(c),
                                                   exp=D("DATE", "%02d/%02d" % (c.rng.randrange(1, 13), c.rng.randrange(26, 32))))]
    if c.p(0.5):
        lines.append(bot + ": " + B.dec(c, "order") + " · " + B.dec(c, "price"))
    if c.p(0.4):
        lines.append(B.NAME(p.name("given")) + ": " + C.sentence(c, p, c.ch(["addr", "phone", "email"])))
    return join("\n", lines)
