"""Dates, secrets, numbers and decoy values, written by hand for this corpus."""
import datetime

from geo import pat
from names import L, ascii_fold

MONTHS = {
    "en": L("January; February; March; April; May; June; July; August; September; October; November; December"),
    "es": L("enero; febrero; marzo; abril; mayo; junio; julio; agosto; septiembre; octubre; noviembre; diciembre"),
    "fr": L("janvier; février; mars; avril; mai; juin; juillet; août; septembre; octobre; novembre; décembre"),
    "de": L("Januar; Februar; März; April; Mai; Juni; Juli; August; September; Oktober; November; Dezember"),
    "pt": L("janeiro; fevereiro; março; abril; maio; junho; julho; agosto; setembro; outubro; novembro; dezembro"),
    "it": L("gennaio; febbraio; marzo; aprile; maggio; giugno; luglio; agosto; settembre; ottobre; novembre; dicembre"),
    "nl": L("januari; februari; maart; april; mei; juni; juli; augustus; september; oktober; november; december"),
    "pl": L("stycznia; lutego; marca; kwietnia; maja; czerwca; lipca; sierpnia; września; października; listopada; grudnia"),
    "sv": L("januari; februari; mars; april; maj; juni; juli; augusti; september; oktober; november; december"),
    "da": L("januar; februar; marts; april; maj; juni; juli; august; september; oktober; november; december"),
    "nb": L("januar; februar; mars; april; mai; juni; juli; august; september; oktober; november; desember"),
    "fi": L("tammikuuta; helmikuuta; maaliskuuta; huhtikuuta; toukokuuta; kesäkuuta; heinäkuuta; elokuuta; "
            "syyskuuta; lokakuuta; marraskuuta; joulukuuta"),
    "tr": L("Ocak; Şubat; Mart; Nisan; Mayıs; Haziran; Temmuz; Ağustos; Eylül; Ekim; Kasım; Aralık"),
    "ru": L("января; февраля; марта; апреля; мая; июня; июля; августа; сентября; октября; ноября; декабря"),
    "uk": L("січня; лютого; березня; квітня; травня; червня; липня; серпня; вересня; жовтня; листопада; грудня"),
    "el": L("Ιανουαρίου; Φεβρουαρίου; Μαρτίου; Απριλίου; Μαΐου; Ιουνίου; Ιουλίου; Αυγούστου; Σεπτεμβρίου; "
            "Οκτωβρίου; Νοεμβρίου; Δεκεμβρίου"),
    "ar": L("يناير; فبراير; مارس; أبريل; مايو; يونيو; يوليو; أغسطس; سبتمبر; أكتوبر; نوفمبر; ديسمبر"),
    "he": L("ינואר; פברואר; מרץ; אפריל; מאי; יוני; יולי; אוגוסט; ספטמבר; אוקטובר; נובמבר; דצמבר"),
    "hi": L("जनवरी; फ़रवरी; मार्च; अप्रैल; मई; जून; जुलाई; अगस्त; सितंबर; अक्टूबर; नवंबर; दिसंबर"),
    "th": L("มกราคม; กุมภาพันธ์; มีนาคม; เมษายน; พฤษภาคม; มิถุนายน; กรกฎาคม; สิงหาคม; กันยายน; ตุลาคม; "
            "พฤศจิกายน; ธันวาคม"),
    "id": L("Januari; Februari; Maret; April; Mei; Juni; Juli; Agustus; September; Oktober; November; Desember"),
}
EN_MON3 = [m[:3] for m in MONTHS["en"]]
WEEKDAYS = {
    "en": L("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
    "es": L("lunes; martes; miércoles; jueves; viernes; sábado; domingo"),
    "fr": L("lundi; mardi; mercredi; jeudi; vendredi; samedi; dimanche"),
    "de": L("Montag; Dienstag; Mittwoch; Donnerstag; Freitag; Samstag; Sonntag"),
    "pt": L("segunda-feira; terça-feira; quarta-feira; quinta-feira; sexta-feira; sábado; domingo"),
    "it": L("lunedì; martedì; mercoledì; giovedì; venerdì; sabato; domenica"),
    "nl": L("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag"),
    "pl": L("poniedziałek; wtorek; środa; czwartek; piątek; sobota; niedziela"),
    "sv": L("måndag; tisdag; onsdag; torsdag; fredag; lördag; söndag"),
    "da": L("mandag; tirsdag; onsdag; torsdag; fredag; lørdag; søndag"),
    "nb": L("mandag; tirsdag; onsdag; torsdag; fredag; lørdag; søndag"),
    "fi": L("maanantai; tiistai; keskiviikko; torstai; perjantai; lauantai; sunnuntai"),
    "tr": L("Pazartesi; Salı; Çarşamba; Perşembe; Cuma; Cumartesi; Pazar"),
    "ru": L("понедельник; вторник; среда; четверг; пятница; суббота; воскресенье"),
    "id": L("Senin; Selasa; Rabu; Kamis; Jumat; Sabtu; Minggu"),
}

# numeric and long date formats per locale ({d} {dd} {m} {mm} {Y} {y} {MONTH} {MON} {BE} {dth})
DATE_FMT = {
    "en_US": ["{m}/{d}/{Y}", "{mm}/{dd}/{Y}", "{MONTH} {d}, {Y}", "{MON} {d}, {Y}", "{Y}-{mm}-{dd}", "{m}/{d}/{y}"],
    "en_GB": ["{dd}/{mm}/{Y}", "{d} {MONTH} {Y}", "{dth} {MONTH} {Y}", "{dd}-{mm}-{Y}", "{d} {MON} {Y}"],
    "en_IE": ["{dd}/{mm}/{Y}", "{d} {MONTH} {Y}", "{dth} {MONTH} {Y}"],
    "en_CA": ["{Y}-{mm}-{dd}", "{MONTH} {d}, {Y}", "{dd}/{mm}/{Y}"],
    "en_AU": ["{dd}/{mm}/{Y}", "{d} {MONTH} {Y}", "{d}/{m}/{Y}"],
    "en_IN": ["{dd}/{mm}/{Y}", "{dd}-{mm}-{Y}", "{d} {MONTH} {Y}", "{dth} {MON} {Y}"],
    "en_NG": ["{dd}/{mm}/{Y}", "{dth} {MONTH}, {Y}", "{d} {MONTH} {Y}"],
    "en_ZA": ["{Y}/{mm}/{dd}", "{dd}/{mm}/{Y}", "{d} {MONTH} {Y}"],
    "es": ["{dd}/{mm}/{Y}", "{d} de {MONTH} de {Y}", "{d}/{m}/{Y}", "{dd}-{mm}-{Y}"],
    "fr": ["{dd}/{mm}/{Y}", "{d} {MONTH} {Y}", "{dd}.{mm}.{Y}"],
    "de": ["{dd}.{mm}.{Y}", "{d}. {MONTH} {Y}", "{d}.{m}.{Y}", "{dd}.{mm}.{y}"],
    "pt": ["{dd}/{mm}/{Y}", "{d} de {MONTH} de {Y}", "{dd}-{mm}-{Y}"],
    "it": ["{dd}/{mm}/{Y}", "{d} {MONTH} {Y}", "{d}/{m}/{Y}"],
    "nl": ["{dd}-{mm}-{Y}", "{d} {MONTH} {Y}", "{d}-{m}-{Y}", "{dd}/{mm}/{Y}"],
    "pl": ["{dd}.{mm}.{Y}", "{d} {MONTH} {Y}", "{Y}-{mm}-{dd}"],
    "sv": ["{Y}-{mm}-{dd}", "{d} {MONTH} {Y}", "{y}-{mm}-{dd}"],
    "da": ["{dd}.{mm}.{Y}", "{d}. {MONTH} {Y}", "{dd}-{mm}-{Y}"],
    "nb": ["{dd}.{mm}.{Y}", "{d}. {MONTH} {Y}"],
    "fi": ["{d}.{m}.{Y}", "{dd}.{mm}.{Y}", "{d}. {MONTH} {Y}"],
    "tr": ["{dd}.{mm}.{Y}", "{d} {MONTH} {Y}", "{dd}/{mm}/{Y}"],
    "ru": ["{dd}.{mm}.{Y}", "{d} {MONTH} {Y}"],
    "uk": ["{dd}.{mm}.{Y}", "{d} {MONTH} {Y}"],
    "el": ["{dd}/{mm}/{Y}", "{d} {MONTH} {Y}", "{d}/{m}/{Y}"],
    "ar": ["{dd}/{mm}/{Y}", "{d} {MONTH} {Y}", "{Y}-{mm}-{dd}"],
    "he": ["{d}.{m}.{Y}", "{dd}/{mm}/{Y}", "{d} ב{MONTH} {Y}"],
    "hi": ["{dd}/{mm}/{Y}", "{d} {MONTH} {Y}", "{dd}-{mm}-{Y}"],
    "ja": ["{Y}年{m}月{d}日", "{Y}/{mm}/{dd}", "ERA", "{Y}-{mm}-{dd}"],
    "zh": ["{Y}年{m}月{d}日", "{Y}-{mm}-{dd}", "{Y}/{m}/{d}"],
    "ko": ["{Y}년 {m}월 {d}일", "{Y}.{mm}.{dd}", "{Y}-{mm}-{dd}", "{Y}. {m}. {d}."],
    "vi": ["{dd}/{mm}/{Y}", "{d} tháng {m} năm {Y}", "{dd}-{mm}-{Y}"],
    "th": ["{dd}/{mm}/{BE}", "{d} {MONTH} {BE}", "{d} {MONTH} {Y}"],
    "id": ["{dd}-{mm}-{Y}", "{d} {MONTH} {Y}", "{dd}/{mm}/{Y}"],
}


def ordinal_en(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def jp_era(dt):
    y = dt.year
    if dt >= datetime.date(2019, 5, 1):
        e, n = "令和", y - 2018
    elif dt >= datetime.date(1989, 1, 8):
        e, n = "平成", y - 1988
    else:
        e, n = "昭和", y - 1925
    return "%s%s年%d月%d日" % (e, "元" if n == 1 else str(n), dt.month, dt.day)


def fmt_date(dt, loc, fmt=None, r=None):
    lang = loc.split("_")[0]
    key = loc if loc in DATE_FMT else lang
    if key not in DATE_FMT:
        key = "en_GB"
    if fmt is None:
        fmt = r.choice(DATE_FMT[key])
    if fmt == "ERA":
        return jp_era(dt)
    mon = MONTHS.get(lang, MONTHS["en"])
    return fmt.format(d=dt.day, dd="%02d" % dt.day, m=dt.month, mm="%02d" % dt.month, Y="%04d" % dt.year,
                      y="%02d" % (dt.year % 100), MONTH=mon[dt.month - 1],
                      MON=EN_MON3[dt.month - 1] if lang == "en" else mon[dt.month - 1][:3],
                      BE=dt.year + 543, dth=ordinal_en(dt.day))


def rand_date(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


ONES = L("zero; one; two; three; four; five; six; seven; eight; nine; ten; eleven; twelve; thirteen; fourteen; "
         "fifteen; sixteen; seventeen; eighteen; nineteen")
TENS = L("x; x; twenty; thirty; forty; fifty; sixty; seventy; eighty; ninety")
ORD = L("zeroth; first; second; third; fourth; fifth; sixth; seventh; eighth; ninth; tenth; eleventh; twelfth; "
        "thirteenth; fourteenth; fifteenth; sixteenth; seventeenth; eighteenth; nineteenth")


def words2(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else " " + ONES[o])


def ord_words(n):
    if n < 20:
        return ORD[n]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + " " + ORD[o]


def year_words(y, r):
    if 2000 <= y < 2010:
        return "two thousand " + ("and " if r.random() < 0.3 else "") + ONES[y - 2000]
    if 2010 <= y < 2100 and r.random() < 0.5:
        return "two thousand " + ("and " if r.random() < 0.3 else "") + words2(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words2(hi) + " hundred"
    if lo < 10:
        return words2(hi) + " oh " + ONES[lo]
    return words2(hi) + " " + words2(lo)


def spoken_date_en(dt, r):
    m = MONTHS["en"][dt.month - 1].lower()
    y = year_words(dt.year, r)
    return r.choice(["%s %s %s" % (m, ord_words(dt.day), y), "the %s of %s %s" % (ord_words(dt.day), m, y),
                     "%s %s %s" % (ord_words(dt.day), m, y)])


def spoken_digits(s):
    w = L("zero; one; two; three; four; five; six; seven; eight; nine")
    return " ".join(w[int(c)] if c.isdigit() else "" for c in s if c.isdigit())


# ---------------------------------------------------------------- secrets

PW_WORDS = {
    "en": L("sunflower; monkey; dragon; football; sunshine; liverpool; chelsea; shadow; buster; maple; copper; pickle; "
            "tiger; rainbow; harbour; biscuit; marmalade; bluebird; pumpkin; whisky; jellybean; thunder; lighthouse"),
    "de": L("Sonnenschein; Fussball; Schatzi; Frühling; Kaffeetasse; Mausezahn; Bergwiese; Gummibär; Hamburg; Schalke"),
    "fr": L("soleil; chocolat; doudou; loulou; marseille; bisous; tournesol; cerise; papillon; framboise"),
    "es": L("amorcito; corazon; verano; futbol; barcelona; mariposa; princesa; girasol; tequila; flamenco"),
    "pt": L("saudade; flamengo; corinthians; amor; palmeiras; gatinha; cachorro; bacalhau; sardinha"),
    "it": L("amore; juventus; estate; girasole; farfalla; cioccolato; tesoro; gelato; napoli"),
    "nl": L("zonnetje; welkom; fiets; oranje; ajax; hagelslag; tulpen; stroopwafel; konijn"),
    "pl": L("kochanie; lato; slonko; kotek; legia; pierogi; malina; biedronka"),
    "sv": L("sommar; solsken; fotboll; kanelbulle; midsommar; hallon; blabar"),
    "da": L("sommer; hygge; rugbrod; kanelsnegl; fodbold; solsikke"),
    "nb": L("sommer; fjellet; brunost; fotball; nordlys; vaffel"),
    "fi": L("kesä; aurinko; sauna; mokkapala; karhu; revontulet"),
    "tr": L("galatasaray; fenerbahce; sevgilim; ankara; besiktas; kelebek"),
    "ru": L("moskva; zvezda; solnyshko; medved; spartak; kotik"),
    "uk": L("sonechko; kyiv; dynamo; kalyna; vyshyvanka"),
    "el": L("thalassa; agapi; olympiakos; ilios; kalimera"),
    "ar": L("habibi; qamar; falcon; sahara; yasmeen"),
    "he": L("shalom; tapuz; maccabi; hapoel; yerushalaim"),
    "hi": L("bharat; cricket; mumbai; sachin; jaihind; ganesha"),
    "ja": L("sakura; pikachu; tokyo; neko; ramen; doraemon"),
    "zh": L("woaini; xiaomao; longteng; tiantian; huahua"),
    "ko": L("saranghae; hangang; kimchi; tteokbokki; sarang"),
    "vi": L("anhyeuem; matkhau; saigon; hanoi; emyeu"),
    "th": L("rakthai; sawasdee; bangkok; changnoi; mali"),
    "id": L("bismillah; sayang; garuda; rendang; jakarta; cintaku"),
}
PHRASE_WORDS = L("purple; tractor; window; velvet; otter; dances; harbour; lamp; copper; meadow; granite; falcon; "
                 "orbit; biscuit; lantern; cactus; violin; maple; pebble; thunder; saffron; glacier; puzzle; "
                 "walnut; comet; ribbon; tundra; mango; anchor; quill")
SYMS = "!@#$%&*?_-."


def password(r, lang="en", kind=None):
    kind = kind or r.choice(["word", "word", "word", "random", "random", "leet", "phrase", "kb"])
    words = PW_WORDS.get(lang, PW_WORDS["en"])
    if kind == "word":
        w = r.choice(words)
        w = w.capitalize() if r.random() < 0.6 else w
        tail = r.choice([str(r.randint(1, 99)), str(r.randint(1970, 2025)), str(r.randint(100, 9999)), ""])
        sym = r.choice(["!", "!", "#", "@", "$", "*", "?", ".", "", "!!"])
        s = w + tail + sym
        if len(s) < 7:
            s += str(r.randint(10, 99)) + "!"
        return s
    if kind == "random":
        n = r.randint(10, 18)
        alph = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        s = [r.choice(alph) for _ in range(n)]
        for _ in range(r.randint(1, 3)):
            s[r.randrange(n)] = r.choice("!#$%&*@^+=?")
        s[r.randrange(n)] = str(r.randint(2, 9))
        return "".join(s)
    if kind == "leet":
        w = r.choice(PW_WORDS["en"] + words)
        t = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1").replace("s", "$")
        return t[:1].upper() + t[1:] + r.choice(["!", "#1", "99", "_2024", "&7", "42"])
    if kind == "phrase":
        ws = r.sample(PHRASE_WORDS, r.randint(3, 4))
        sep = r.choice(["-", "-", ".", "_", " "])
        if sep == " ":
            ws = [w.capitalize() for w in ws]
        return sep.join(ws) + r.choice(["", sep + str(r.randint(1, 99)), str(r.randint(1, 9))])
    if kind == "kb":
        return r.choice(["zaq1@WSX", "1qaz2wsx#EDC", "Qwerty123!", "qwe123ASD!", "Asdfgh1234$", "Zxcvbnm!23",
                         "1q2w3e4r5t!Q", "Passw0rd!2024", "Welcome@123", "Admin@2023#"])
    raise ValueError(kind)


def pin(r, n=None):
    n = n or r.choice([4, 4, 4, 6, 5])
    while True:
        s = "".join(str(r.randint(0, 9)) for _ in range(n))
        if len(set(s)) > 1:
            return s


def door_code(r):
    return r.choice([pin(r, 4) + "#", "*" + pin(r, 4), pin(r, 4), pin(r, 5) + "#", "A" + pin(r, 4), pin(r, 6)])


def wifi_key(r, lang="en"):
    w = r.choice(PW_WORDS.get(lang, PW_WORDS["en"]))
    return r.choice([w.capitalize() + str(r.randint(1000, 99999)), password(r, lang, "random"),
                     w + "-" + r.choice(PHRASE_WORDS) + "-" + str(r.randint(10, 99)),
                     "".join(r.choice("0123456789abcdef") for _ in range(r.choice([10, 12, 16])))])


# ---------------------------------------------------------------- numbers

def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return str((10 - s % 10) % 10)


def card(r, brand=None, sep=None):
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + "".join(str(r.randint(0, 9)) for _ in range(14))
    elif brand == "mc":
        body = r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        body += "".join(str(r.randint(0, 9)) for _ in range(15 - len(body)))
    elif brand == "amex":
        body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
    else:
        body = "6011" + "".join(str(r.randint(0, 9)) for _ in range(11))
    num = body + luhn_digit(body)
    if sep is None:
        sep = r.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {"DE": "8n10n", "AT": "5n11n", "CH": "5n12n", "FR": "5n5n11n2n", "BE": "3n7n2n", "NL": "4B10n",
             "IT": "1a5n5n12n", "ES": "4n4n2n10n", "PT": "4n4n11n2n", "PL": "8n16n", "SE": "3n17n", "DK": "4n9n1n",
             "NO": "4n6n1n", "FI": "6n7n1n", "GB": "4G6n8n", "IE": "4I6n8n", "TR": "5n1z16n", "GR": "3n4n16n",
             "SA": "2n18n", "AE": "3n16n", "IL": "3n3n13n", "BR": "8n5n10n1u1n", "UA": "6n19n", "LU": "3n13n",
             "EG": "4n4n17n"}
NL_BANKS = L("ABNA; INGB; RABO; TRIO; SNSB; ASNB; KNAB; BUNQ")
GB_BANKS = L("NWBK; BARC; LOYD; HBUK; MIDL; NAIA")
IE_BANKS = L("AIBK; BOFI; IPBS")


def iban(r, cc="DE", spaced=None):
    spec = IBAN_BBAN[cc]
    out = []
    import re as _re
    for n, t in _re.findall(r"(\d+)([a-zA-Z])", spec):
        n = int(n)
        if t == "n":
            out.append("".join(str(r.randint(0, 9)) for _ in range(n)))
        elif t == "z":
            out.append("0" * n)
        elif t == "a" or t == "u":
            out.append("".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n)))
        elif t == "B":
            out.append(r.choice(NL_BANKS))
        elif t == "G":
            out.append(r.choice(GB_BANKS))
        elif t == "I":
            out.append(r.choice(IE_BANKS))
    bban = "".join(out)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    s = cc + "%02d" % ck + bban
    if spaced is None:
        spaced = r.random() < 0.6
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(r, sep=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g = r.randint(1, 99)
    s = r.randint(1, 9999)
    if sep is None:
        sep = r.choice(["-", "-", "-", " ", ""])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def ipv4(r, kind=None):
    kind = kind or r.choice(["pub", "pub", "pub", "priv"])
    if kind == "priv":
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                         "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))])
    while True:
        a = r.choice([23, 31, 37, 45, 46, 62, 77, 78, 81, 82, 84, 85, 86, 88, 89, 91, 93, 94, 95, 102, 103, 105,
                      109, 110, 112, 118, 121, 122, 124, 138, 142, 151, 154, 176, 178, 181, 185, 186, 187, 188,
                      189, 190, 193, 194, 195, 197, 201, 202, 212, 213, 217])
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    pre = r.choice(["2a02:8108", "2a01:cb00", "2001:16b8", "2600:1700", "2a00:23c7", "2001:4860", "2804:14c",
                    "240d:1a", "2409:8a28", "fe80:"])
    groups = ["%x" % r.randint(0, 0xffff) for _ in range(6)]
    if pre == "fe80:":
        return "fe80::%s:%s:%s:%s" % tuple(groups[:4])
    if r.random() < 0.3:
        return "%s:%s::%s" % (pre, groups[0], groups[1])
    return "%s:%s:%s:%s:%s:%s:%s" % (pre, groups[0], groups[1], groups[2], groups[3], groups[4], groups[5])


# ---------------------------------------------------------------- e-mail

MAIL_DOMAINS = {
    "US": L("gmail.com; yahoo.com; outlook.com; hotmail.com; icloud.com; aol.com; proton.me; comcast.net"),
    "CA": L("gmail.com; hotmail.com; outlook.com; videotron.ca; rogers.com; shaw.ca"),
    "UK": L("gmail.com; hotmail.co.uk; outlook.com; btinternet.com; yahoo.co.uk; sky.com"),
    "IE": L("gmail.com; eircom.net; hotmail.com; outlook.ie"),
    "AU": L("gmail.com; bigpond.com; outlook.com.au; optusnet.com.au"),
    "IN": L("gmail.com; rediffmail.com; yahoo.co.in; outlook.com"),
    "NG": L("gmail.com; yahoo.com; outlook.com"),
    "ZA": L("gmail.com; webmail.co.za; mweb.co.za"),
    "ES": L("gmail.com; hotmail.es; yahoo.es; telefonica.net; outlook.es"),
    "MX": L("gmail.com; hotmail.com; prodigy.net.mx; outlook.com"),
    "AR": L("gmail.com; hotmail.com.ar; yahoo.com.ar"),
    "FR": L("gmail.com; orange.fr; free.fr; laposte.net; sfr.fr; wanadoo.fr"),
    "BE": L("gmail.com; skynet.be; telenet.be; proximus.be"),
    "CH": L("gmail.com; bluewin.ch; gmx.ch; sunrise.ch"),
    "DE": L("gmail.com; web.de; gmx.de; t-online.de; posteo.de; mailbox.org"),
    "AT": L("gmail.com; gmx.at; aon.at; chello.at"),
    "PT": L("gmail.com; sapo.pt; hotmail.com; outlook.pt"),
    "BR": L("gmail.com; hotmail.com; uol.com.br; bol.com.br; terra.com.br"),
    "IT": L("gmail.com; libero.it; virgilio.it; alice.it; tiscali.it"),
    "NL": L("gmail.com; ziggo.nl; kpnmail.nl; hotmail.nl; xs4all.nl"),
    "PL": L("gmail.com; wp.pl; onet.pl; o2.pl; interia.pl"),
    "SE": L("gmail.com; telia.com; hotmail.se; outlook.com"),
    "DK": L("gmail.com; hotmail.dk; outlook.dk; mail.dk"),
    "NO": L("gmail.com; online.no; hotmail.no; outlook.com"),
    "FI": L("gmail.com; elisanet.fi; hotmail.fi; outlook.com"),
    "TR": L("gmail.com; hotmail.com; yandex.com.tr; outlook.com"),
    "RU": L("yandex.ru; mail.ru; gmail.com; rambler.ru"),
    "UA": L("ukr.net; gmail.com; i.ua; meta.ua"),
    "GR": L("gmail.com; otenet.gr; yahoo.gr; hotmail.gr"),
    "AE": L("gmail.com; hotmail.com; eim.ae"),
    "SA": L("gmail.com; hotmail.com; outlook.sa"),
    "EG": L("gmail.com; yahoo.com; hotmail.com"),
    "IL": L("gmail.com; walla.co.il; bezeqint.net"),
    "JP": L("gmail.com; yahoo.co.jp; docomo.ne.jp; icloud.com; nifty.com"),
    "CN": L("qq.com; 163.com; 126.com; sina.com"),
    "TW": L("gmail.com; yahoo.com.tw; hotmail.com"),
    "KR": L("naver.com; daum.net; hanmail.net; gmail.com"),
    "VN": L("gmail.com; yahoo.com.vn; outlook.com"),
    "TH": L("gmail.com; hotmail.co.th; yahoo.co.th"),
    "ID": L("gmail.com; yahoo.co.id; ymail.com"),
}
WORK_DOMAINS = L("brightwave.io; kestrel-logistics.com; nordhavn.dk; meridianhealth.org; tallpine.co; "
                 "quillandink.co.uk; fernbank-studio.com; ostrava-tech.cz; lumen-dental.de; bluefjord.no; "
                 "casa-verde.es; atelier-lumiere.fr; pontevia.it; zonnepark-bv.nl; sakura-trading.jp; "
                 "harbourpoint.com.au; vistaclara.mx; oakridge-law.com; polarbyte.fi; kuzey-yazilim.com.tr")


def email_local(r, p):
    g = ascii_fold(p.lat_given).lower().replace(" ", "")
    f = ascii_fold(p.lat_family).lower().replace(" ", "")
    yy = str(r.randint(70, 99) if r.random() < 0.5 else r.randint(1, 12))
    return r.choice([g + "." + f, g + f, g[0] + f, g + "_" + f + yy, f + "." + g, g + yy, g + "." + f + yy,
                     g[0] + "." + f, f + g[0]])


def email(r, p, country, work=False):
    dom = r.choice(WORK_DOMAINS) if work else r.choice(MAIL_DOMAINS.get(country, MAIL_DOMAINS["US"]))
    return email_local(r, p) + "@" + dom


# ---------------------------------------------------------------- health

HEALTH = {
    "en": L("type 2 diabetes; asthma; hypertension; high blood pressure; epilepsy; Crohn's disease; "
            "major depressive disorder; generalized anxiety disorder; ADHD; migraine with aura; coeliac disease; "
            "multiple sclerosis; rheumatoid arthritis; hypothyroidism; atrial fibrillation; COPD; sleep apnoea; "
            "bipolar II disorder; endometriosis; penicillin allergy; a severe peanut allergy; metformin 500 mg twice daily; "
            "sertraline 50 mg; levothyroxine 75 mcg; insulin glargine 20 units at night; lisinopril 10mg; "
            "atorvastatin 20 mg; salbutamol inhaler; long COVID; tinnitus; autism spectrum disorder; "
            "a torn ACL; kidney stones; gout; psoriasis; eczema; fibromyalgia; HIV; hepatitis C; "
            "PTSD; anorexia nervosa; stage 2 breast cancer; chemotherapy; a knee replacement"),
    "en_f": L("28 weeks pregnant; pregnant; gestational diabetes; postnatal depression; IVF treatment; PCOS"),
    "de": L("Diabetes Typ 2; Asthma; Bluthochdruck; Depression; Migräne; Schilddrüsenunterfunktion; Ramipril 5 mg; "
            "L-Thyroxin 50 µg; Bandscheibenvorfall; Laktoseintoleranz; Morbus Crohn; Vorhofflimmern; Heuschnupfen; "
            "Zöliakie; Epilepsie; Angststörung"),
    "de_f": L("schwanger (SSW 22); Schwangerschaftsdiabetes"),
    "fr": L("diabète de type 2; asthme; hypertension; dépression; migraines; hypothyroïdie; Doliprane 1000 mg; "
            "Levothyrox 75 µg; maladie de Crohn; sclérose en plaques; apnée du sommeil; allergie aux arachides; "
            "fibromyalgie; épilepsie"),
    "fr_f": L("enceinte de 5 mois; enceinte de 7 mois; endométriose"),
    "es": L("diabetes tipo 2; asma; hipertensión; depresión; ansiedad; metformina 850 mg; ibuprofeno 600 mg; "
            "hipotiroidismo; epilepsia; celiaquía; fibromialgia; artritis reumatoide; alergia a la penicilina"),
    "es_f": L("embarazada de 6 meses; embarazada de 20 semanas; endometriosis"),
    "pt": L("diabetes tipo 2; asma; hipertensão; depressão; ansiedade; losartana 50 mg; metformina 850 mg; "
            "hipotireoidismo; epilepsia; fibromialgia; doença celíaca; alergia a dipirona"),
    "pt_f": L("grávida de 20 semanas; grávida de 7 meses"),
    "it": L("diabete di tipo 2; asma; ipertensione; depressione; emicrania; ipotiroidismo; Eutirox 50 mcg; "
            "celiachia; sclerosi multipla; allergia al nichel; fibrillazione atriale"),
    "it_f": L("incinta di 7 mesi; incinta di 12 settimane"),
    "nl": L("diabetes type 2; astma; hoge bloeddruk; depressie; migraine; metformine 500 mg; hernia; "
            "ziekte van Crohn; slaapapneu; coeliakie; reuma"),
    "nl_f": L("zwanger (24 weken); 30 weken zwanger"),
    "pl": L("cukrzyca typu 2; astma; nadciśnienie; depresja; migrena; niedoczynność tarczycy; Euthyrox 50; "
            "padaczka; celiakia; stwardnienie rozsiane; atopowe zapalenie skóry"),
    "pl_f": L("w ciąży (20. tydzień); ciąża 24 tc"),
    "sv": L("typ 2-diabetes; astma; högt blodtryck; depression; migrän; Levaxin 100 mikrogram; glutenintolerans; "
            "epilepsi; utmattningssyndrom; ADHD"),
    "sv_f": L("gravid i vecka 30; gravid"),
    "da": L("type 2-diabetes; astma; forhøjet blodtryk; depression; migræne; stofskiftesygdom; epilepsi; "
            "leddegigt; cøliaki"),
    "da_f": L("gravid i uge 25"),
    "nb": L("diabetes type 2; astma; høyt blodtrykk; depresjon; migrene; lavt stoffskifte; epilepsi; cøliaki"),
    "nb_f": L("gravid i uke 18"),
    "fi": L("tyypin 2 diabetes; astma; verenpainetauti; masennus; migreeni; kilpirauhasen vajaatoiminta; "
            "keliakia; epilepsia; uniapnea"),
    "fi_f": L("raskaana (rv 20)"),
    "tr": L("tip 2 diyabet; astım; yüksek tansiyon; depresyon; migren; hipotiroidi; epilepsi; çölyak; "
            "kalp yetmezliği; Glifor 1000 mg"),
    "tr_f": L("5 aylık hamile; hamile"),
    "ru": L("сахарный диабет 2 типа; астма; гипертония; депрессия; мигрень; гипотиреоз; эпилепсия; "
            "аллергия на пенициллин; артрит; L-тироксин 50 мкг"),
    "ru_f": L("беременность 24 недели"),
    "uk": L("цукровий діабет 2 типу; астма; гіпертонія; депресія; мігрень; гіпотиреоз; епілепсія; "
            "алергія на пеніцилін"),
    "uk_f": L("вагітність 20 тижнів"),
    "el": L("διαβήτης τύπου 2; άσθμα; υπέρταση; κατάθλιψη; ημικρανία; υποθυρεοειδισμός; επιληψία; "
            "μεσογειακή αναιμία"),
    "el_f": L("έγκυος 6 μηνών"),
    "ar": L("السكري من النوع الثاني; الربو; ارتفاع ضغط الدم; الاكتئاب; الصداع النصفي; قصور الغدة الدرقية; "
            "الصرع; فقر الدم; حساسية من البنسلين"),
    "ar_f": L("حامل في الشهر السادس"),
    "he": L("סוכרת סוג 2; אסטמה; יתר לחץ דם; דיכאון; מיגרנה; תת-פעילות של בלוטת התריס; אפילפסיה; צליאק"),
    "he_f": L("בהריון בשבוע 20"),
    "hi": L("मधुमेह; अस्थमा; उच्च रक्तचाप; डिप्रेशन; माइग्रेन; थायराइड; मिर्गी; डेंगू"),
    "hi_f": L("गर्भवती"),
    "ja": L("2型糖尿病; 喘息; 高血圧; うつ病; 片頭痛; 甲状腺機能低下症; てんかん; 花粉症; アトピー性皮膚炎; ロキソニン60mg"),
    "ja_f": L("妊娠24週"),
    "zh": L("2型糖尿病; 哮喘; 高血压; 抑郁症; 偏头痛; 甲状腺功能减退; 癫痫; 乙型肝炎; 青霉素过敏"),
    "zh_f": L("怀孕24周"),
    "ko": L("제2형 당뇨병; 천식; 고혈압; 우울증; 편두통; 갑상선 기능 저하증; 뇌전증; 아토피 피부염; 공황장애"),
    "ko_f": L("임신 24주"),
    "vi": L("tiểu đường tuýp 2; hen suyễn; cao huyết áp; trầm cảm; đau nửa đầu; suy giáp; động kinh; viêm gan B"),
    "vi_f": L("đang mang thai 5 tháng"),
    "th": L("เบาหวานชนิดที่ 2; หอบหืด; ความดันโลหิตสูง; โรคซึมเศร้า; ไมเกรน; ไทรอยด์ต่ำ; ลมชัก; ไข้เลือดออก"),
    "th_f": L("ตั้งครรภ์ 5 เดือน"),
    "id": L("diabetes tipe 2; asma; hipertensi; darah tinggi; depresi; migrain; hipotiroid; epilepsi; "
            "maag kronis; TBC"),
    "id_f": L("hamil 6 bulan"),
}


def health(r, lang, gender="m"):
    base = HEALTH.get(lang, HEALTH["en"])
    fem = HEALTH.get(lang + "_f", [])
    if gender == "f" and fem and r.random() < 0.25:
        return r.choice(fem)
    return r.choice(base)


# ---------------------------------------------------------------- decoys

PRODUCTS = L("iPhone 15 Pro; Galaxy S23 Ultra; PlayStation 5; ThinkPad X1 Carbon; Kindle Paperwhite; Nespresso Vertuo; "
             "Dyson V15; AirPods Pro; Pixel 8; MacBook Air; Nintendo Switch OLED; Xbox Series X; Fairphone 5; "
             "Apple Watch SE; Garmin Forerunner 265; Sonos Era 100; Bosch Serie 6; Thermomix TM6; Roomba j7; "
             "Philips Hue; Surface Laptop 5; iPad Air; Steam Deck; GoPro Hero 12; Kobo Clara; Instant Pot Duo")
BRANDS = L("Zalando; IKEA; Decathlon; Mercado Libre; Rakuten; Shopee; Tokopedia; Allegro; bol.com; Coolblue; "
           "Carrefour; Lidl; Tesco; Deutsche Bahn; Ryanair; Lufthansa; KLM; Iberia; Vodafone; Movistar; Orange; "
           "Telekom; Ziggo; Telia; Elisa; Turkcell; Booking.com; Airbnb; Uber; Revolut; N26; Monzo; Wise; Klarna; "
           "PayPal; Stripe; Shopify; Zendesk; Salesforce; HubSpot; Notion; Slack; Jira; GitHub; Vinted; Etsy; "
           "Spotify; Netflix; DHL; UPS; FedEx; PostNL; Correos; La Poste; Hermes; InPost; Yamato; Coupang; "
           "Grab; Gojek; Trendyol; Flipkart; Swiggy; Zomato; Noon; Glovo; Wolt; Deliveroo")
FIGURES = L("Napoleon; Cleopatra; Sherlock Holmes; Don Quijote; Harry Potter; Frodo Baggins; Marie Curie; "
            "Isaac Newton; Frida Kahlo; Leonardo da Vinci; Julius Caesar; Joan of Arc; Hamlet; Elizabeth Bennet; "
            "Anna Karenina; Winnie-the-Pooh; Pippi Longstocking; Captain Nemo; Albert Einstein; Ada Lovelace; "
            "Charles Darwin; Mozart; Beethoven; Shakespeare; Galileo Galilei; Nikola Tesla; Alan Turing; "
            "Genghis Khan; Queen Victoria; Dracula; Mulan; Astérix; Tintin; Gandalf; Hermione Granger")
COUNTRIES = L("Portugal; Japan; Canada; Mexico; Norway; Greece; Morocco; Vietnam; Thailand; Peru; Iceland; Kenya; "
              "Croatia; Indonesia; Chile; Turkey; Egypt; Poland; Ireland; Brazil")
STREET_PLACES = L("Oxford Street; Champs-Élysées; Gran Vía; Kurfürstendamm; Las Ramblas; Fifth Avenue; "
                  "Nevsky Prospekt; Bahnhofstrasse; Strøget; Istiklal Avenue; Omotesando; Khao San Road; "
                  "Princes Street; Damrak; Rua Augusta")
OS_NAMES = L("Ubuntu; Debian; Windows 11; macOS Sonoma; Android; iOS; Kubernetes; Postgres; Redis; Kafka; nginx; "
             "Docker; Terraform; Grafana; Prometheus; Django; FastAPI; Spring Boot; Next.js; React; Node.js")
OPS_TERMS = L("healthcheck; /healthz; /readyz; /livez; health check; liveness probe; readiness probe; healthy; "
              "unhealthy; health")
PATHS = L("/var/log/nginx/access.log; /var/log/app/error.log; /etc/app/config.yaml; /home/app/config/settings.yaml; "
          "/opt/service/bin/worker; /tmp/upload_4f2a.tmp; ./src/components/Checkout.tsx; src/api/handlers/users.py; "
          "app/models/customer.rb; /srv/data/exports/customers.csv; C:\\ProgramData\\Acme\\logs\\service.log; "
          "/usr/local/lib/python3.11/site-packages/requests/sessions.py; /app/node_modules/express/lib/router/index.js; "
          "services/billing/internal/invoice.go; /etc/nginx/conf.d/default.conf; ~/.aws/config; "
          "/run/secrets/db_password; s3://acme-exports/2024/orders.parquet; lib/validators/email.ts; "
          "/data/uploads/scan_0042.pdf; D:\\Exports\\crm_backup.xlsx; templates/emails/welcome.html")
JOBS = L("data analyst; product designer; nurse practitioner; backend engineer; warehouse supervisor; "
         "marketing coordinator; dental hygienist; project manager; primary school teacher; sous chef; "
         "site reliability engineer; paralegal; physiotherapist; account executive")
LANG_NAMES_EN = L("Spanish; French; German; Portuguese; Italian; Dutch; Polish; Japanese; Korean; Turkish; Greek; "
                  "Arabic; Hindi; Swedish; Finnish")


def version(r):
    return r.choice(["v%d.%d.%d" % (r.randint(0, 5), r.randint(0, 30), r.randint(0, 20)),
                     "%d.%d.%d" % (r.randint(1, 20), r.randint(0, 40), r.randint(0, 12)),
                     "%d.%d" % (r.randint(1, 14), r.randint(0, 9)),
                     "%d.%d.%d-rc.%d" % (r.randint(0, 4), r.randint(0, 20), r.randint(0, 9), r.randint(1, 4)),
                     "v%d.%d.%d-beta.%d" % (r.randint(0, 3), r.randint(0, 15), r.randint(0, 9), r.randint(1, 9))])


def hexh(r, n=None):
    n = n or r.choice([7, 7, 8, 12, 40, 64, 32])
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r):
    h = hexh(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def order_id(r):
    return r.choice(["ORD-%d-%06d" % (r.randint(2021, 2025), r.randint(1000, 999999)),
                     "#%s" % pat(r, "AZA-XXXXX"), "%03d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999)),
                     "PO-%05d" % r.randint(10000, 99999), "SO%07d" % r.randint(1000000, 9999999),
                     "W%09d" % r.randint(100000000, 999999999), "%s%s" % (pat(r, "AA"), pat(r, "XXXXXXXXX")),
                     "A%s-%s" % (pat(r, "XXXX"), pat(r, "XXXX"))])


def numeric_id(r):
    n = r.choice([5, 6, 7, 8, 9])
    return str(r.randint(10 ** (n - 1), 10 ** n - 1))


PRICE_FMT = {
    "en_US": ["$%s"], "en_CA": ["$%s", "C$%s"], "en_GB": ["£%s"], "en_IE": ["€%s"], "en_AU": ["$%s", "A$%s"],
    "en_IN": ["₹%s", "Rs. %s"], "en_NG": ["₦%s"], "en_ZA": ["R%s"],
    "es_ES": ["%s €", "%s€"], "es_MX": ["$%s MXN", "$%s"], "es_AR": ["$%s"], "fr_FR": ["%s €"], "fr_BE": ["%s €"],
    "fr_CA": ["%s $"], "de_DE": ["%s €", "%s EUR"], "de_AT": ["€ %s", "%s €"], "de_CH": ["CHF %s", "Fr. %s"],
    "pt_BR": ["R$ %s"], "pt_PT": ["%s €"], "it_IT": ["%s €", "€ %s"], "nl_NL": ["€ %s", "€%s"], "nl_BE": ["€ %s"],
    "pl_PL": ["%s zł", "%s PLN"], "sv_SE": ["%s kr", "%s SEK"], "da_DK": ["%s kr.", "DKK %s"], "nb_NO": ["kr %s", "%s NOK"],
    "fi_FI": ["%s €"], "tr_TR": ["%s TL", "₺%s"], "ru_RU": ["%s ₽", "%s руб."], "uk_UA": ["%s грн", "%s ₴"],
    "el_GR": ["%s €"], "ar_EG": ["%s ج.م", "EGP %s"], "ar_AE": ["%s د.إ", "AED %s"], "ar_SA": ["%s ر.س", "SAR %s"],
    "he_IL": ["₪%s", "%s ₪"], "hi_IN": ["₹%s"], "ja_JP": ["¥%s", "%s円"], "zh_CN": ["¥%s", "%s元"],
    "zh_TW": ["NT$%s", "%s元"], "ko_KR": ["%s원", "₩%s"], "vi_VN": ["%s₫", "%s đ"], "th_TH": ["฿%s", "%s บาท"],
    "id_ID": ["Rp %s", "Rp%s"],
}
DEC_COMMA = {"es", "fr", "de", "pt", "it", "nl", "pl", "sv", "da", "nb", "fi", "tr", "ru", "uk", "el", "id", "vi"}
NO_DEC = {"ja_JP", "ko_KR", "vi_VN", "id_ID", "zh_TW"}


def price(r, loc):
    f = r.choice(PRICE_FMT.get(loc, ["$%s"]))
    lang = loc.split("_")[0]
    big = r.random() < 0.3
    if loc in NO_DEC:
        v = r.randint(3, 900) * (1000 if loc in ("vi_VN", "id_ID") else 100 if loc == "ko_KR" else 10)
        s = "{:,}".format(v)
        if loc in ("vi_VN", "id_ID"):
            s = s.replace(",", ".")
        return f % s
    v = r.randint(100, 250000 if big else 19999) / 100.0
    if r.random() < 0.3:
        v = float(int(v)) + 0.99 if v > 1 else v
    s = "{:,.2f}".format(v)
    if lang in DEC_COMMA:
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", "." if lang in ("de", "es", "pt", "it", "nl", "tr", "id", "el", "da") else " ")
        if lang in ("fr", "pl", "sv", "nb", "fi", "ru", "uk") and " " in s:
            s = s.replace(" ", "\u202f" if r.random() < 0.2 else " ")
    return f % s


def ts_iso(r, y0=2024, y1=2025):
    dt = rand_date(r, y0, y1)
    return "%sT%02d:%02d:%02d%s" % (dt.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                     r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+00:00", "+02:00"]))
