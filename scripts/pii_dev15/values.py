"""Value generators: cards, IBANs, SSNs, IPs, passwords, digits, calendars."""
import datetime as dt
import string
import unicodedata

# ---------------------------------------------------------------- digits
DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "pers": "۰۱۲۳۴۵۶۷۸۹",
    "deva": "०१२३४५६७८९",
    "beng": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "full": "０１２３４５６７８９",
}


def digits(s, script):
    if not script:
        return s
    tab = DIGITS[script]
    out = []
    for c in s:
        if "0" <= c <= "9":
            out.append(tab[ord(c) - 48])
        elif script == "full" and c in "-/:.()+ ":
            out.append({"-": "－", "/": "／", ":": "：", ".": "．", "(": "（", ")": "）", "+": "＋", " ": " "}[c])
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- Luhn
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "5105105105105100", "6011111111111117", "4012888888881881"}

CARD_KINDS = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2720"], 16), "amex": (["34", "37"], 15),
    "discover": (["6011", "65"], 16), "jcb": (["3528", "3566", "3589"], 16), "unionpay": (["621", "622", "623"], 16),
    "mir": (["2200", "2202", "2204"], 16), "troy": (["9792"], 16), "rupay": (["6070", "6522", "8170"], 16),
}


def card(rng, kind="visa", fmt=None):
    pres, n = CARD_KINDS[kind]
    while True:
        body = rng.choice(pres)
        while len(body) < n - 1:
            body += str(rng.randrange(10))
        num = body + luhn_digit(body)
        if num not in TEST_CARDS and len(set(num[6:])) > 3:
            break
    fmt = fmt or rng.choice(["space", "space", "dash", "plain"])
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    if fmt == "space":
        return " ".join(g)
    if fmt == "dash":
        return "-".join(g)
    return num


def not_luhn_like_card(rng):
    """16 digits in card groups that fail Luhn: an order/reference number."""
    while True:
        s = "".join(str(rng.randrange(10)) for _ in range(16))
        if not luhn_ok(s):
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------- IBAN
IBAN_SPEC = {
    "DE": "18n", "AT": "16n", "CH": "5n12n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n", "PT": "21n",
    "NL": "4a10n", "BE": "12n", "GB": "4a14n", "IE": "4a14n", "PL": "24n", "SE": "20n", "NO": "11n", "DK": "14n",
    "FI": "14n", "CZ": "20n", "HU": "24n", "RO": "4a16n", "GR": "7n16n", "TR": "5n1z16n", "SA": "2n18n",
    "IL": "19n", "UA": "6n19n", "KZ": "3n13n", "GE": "2a16n", "EG": "25n", "BR": "23n1a1c", "AE": "3n16n",
}


def _expand(spec, rng):
    import re
    out = ""
    for cnt, kind in re.findall(r"(\d+)([naczA])", spec):
        for _ in range(int(cnt)):
            if kind == "n":
                out += str(rng.randrange(10))
            elif kind == "z":
                out += "0"
            elif kind == "a":
                out += rng.choice(string.ascii_uppercase)
            else:
                out += rng.choice(string.ascii_uppercase + string.digits)
    return out


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["INGB", "RABO", "ABNA", "SNSB"],
              "RO": ["BTRL", "RNCB", "BRDE"], "GE": ["TB", "BG"]}

DOC_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300"}


def iban(rng, cc, fmt=None):
    while True:
        bban = _expand(IBAN_SPEC[cc], rng)
        if cc in BANK_CODES:
            code = rng.choice(BANK_CODES[cc])
            bban = code + bban[len(code):]
        s = cc + iban_check(cc, bban) + bban
        if s not in DOC_IBANS:
            break
    fmt = fmt or rng.choice(["group", "group", "plain"])
    if fmt == "group":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------- SSN
def ssn(rng, fmt="dash"):
    while True:
        a = rng.randrange(1, 900)
        if a == 666:
            continue
        g = rng.randrange(1, 100)
        s = rng.randrange(1, 10000)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("123-45-6789", "078-05-1120", "219-09-9999"):
            break
    if fmt == "space":
        return v.replace("-", " ")
    if fmt == "plain":
        return v.replace("-", "")
    return v


# ---------------------------------------------------------------- IP
def _private4(a, b, c):
    if a in (0, 10, 127) or a >= 224:
        return True
    if a == 169 and b == 254:
        return True
    if a == 172 and 16 <= b <= 31:
        return True
    if a == 192 and b == 168:
        return True
    if a == 100 and 64 <= b <= 127:
        return True
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 0, 0)):
        return True
    if a == 198 and b in (18, 19):
        return True
    return False


def ipv4(rng):
    while True:
        a, b, c, d = rng.randrange(1, 224), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)
        if not _private4(a, b, c):
            return "%d.%d.%d.%d" % (a, b, c, d)


def private_ipv4(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                       "192.168.%d.%d" % (rng.randrange(256), rng.randrange(1, 255)),
                       "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(1, 255))])


V6_PREFIXES = ["2a02:810d", "2a01:e0a", "2600:1700", "2601:18c", "2408:8207", "2405:201", "2a00:1028", "2001:41d0",
               "2804:14d", "2a0d:5600", "2400:4050", "2001:4860:7:"]


def ipv6(rng, full=None):
    pre = rng.choice(V6_PREFIXES).rstrip(":").split(":")
    groups = pre + ["%x" % rng.randrange(0x10000) for _ in range(8 - len(pre))]
    if full is None:
        full = rng.random() < 0.3
    if full:
        return ":".join(g.zfill(4) for g in groups)
    # compress a zero run
    k = rng.randrange(len(pre), 6)
    n = rng.randrange(2, 8 - k)
    g2 = groups[:k] + [""] + groups[k + n:]
    s = ":".join(g2)
    if s.endswith(":"):
        s += ":"
    return s


def ip(rng):
    return ipv4(rng) if rng.random() < 0.78 else ipv6(rng)


# ---------------------------------------------------------------- passwords
PW_WORDS = {
    "en": ["Sunflower", "Bluebird", "Tractor", "Harbour", "Maple", "Copper", "Pancake", "Lighthouse", "Falcon", "Walnut"],
    "es": ["Ciruela", "Girasol", "Tortuga", "Mariposa", "Naranja", "Pulpo"],
    "pt": ["Goiaba", "Jabuti", "Saudade", "Cajueiro", "Pipoca"],
    "fr": ["Tournesol", "Citron", "Grenouille", "Bretagne", "Fromage"],
    "de": ["Sommerhaus", "Apfelbaum", "Eichhoernchen", "Brezel", "Kuckuck"],
    "it": ["Girasole", "Limoncello", "Gattino", "Tramonto"],
    "nl": ["Tulpen", "Fietsbel", "Stroopwafel", "Kanaal"],
    "pl": ["Pierogi", "Wiewiorka", "Kasztan", "Bursztyn"],
    "ru": ["Solnyshko", "Medved", "Kalinka", "Rybka"],
    "tr": ["Kelebek", "Simit", "Lale", "Deniz"],
    "sv": ["Lingon", "Fjallet", "Kanelbulle"],
    "ja": ["Sakura", "Neko", "Fujiyama"],
    "ko": ["Haneul", "Kimchi", "Sarang"],
}
PASS_WORDS = ["otter", "velvet", "canyon", "pickle", "saffron", "glacier", "tulip", "rocket", "meadow", "lantern",
              "marble", "quokka", "thistle", "cobalt", "biscuit", "harbor", "juniper", "nimbus", "paprika", "walrus"]
SYMS = "!#$%&*?@_-+=.^~"


WEAK = ["password123", "Summer2024!", "qwerty123", "Passw0rd", "letmein1", "iloveyou2"]


def password(rng, lang="en", style=None):
    """A password.  About 3% are the weak classics that policy texts quote as
    bad examples: here someone really uses them, so they are PASSWORD."""
    if style is None and rng.random() < 0.03:
        return rng.choice(WEAK)
    style = style or rng.choice(["random", "random", "word", "word", "phrase", "pin", "temp", "special", "mixed"])
    if style == "random":
        n = rng.randrange(10, 17)
        pool = string.ascii_letters + string.digits + SYMS
        while True:
            s = "".join(rng.choice(pool) for _ in range(n))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and s[0] not in "-.":
                return s
    if style == "word":
        w = rng.choice(PW_WORDS.get(lang, PW_WORDS["en"]))
        if rng.random() < 0.6:
            return rng.choice(["%s%d%s", "%s_%d%s"]) % (w, rng.randrange(1, 2030), rng.choice(SYMS))
        return "%s%s%d" % (w, rng.choice(SYMS), rng.randrange(10, 99))
    if style == "phrase":
        ws = rng.sample(PASS_WORDS, rng.randrange(3, 5))
        sep = rng.choice(["-", ".", "_", " "])
        return sep.join(ws) + sep + str(rng.randrange(10, 100))
    if style == "pin":
        return "".join(str(rng.randrange(10)) for _ in range(rng.choice([4, 4, 4, 6])))
    if style == "temp":
        a = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
        b = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
        return rng.choice(["%s-%s", "Tmp%s%s!", "%s%s"]) % (a, b)
    if style == "special":
        pool = string.ascii_letters + string.digits
        core = [rng.choice(pool) for _ in range(rng.randrange(8, 12))]
        for ch in rng.sample(['"', "\\", ";", "'", "&", "%", "<"], 2):
            core.insert(rng.randrange(1, len(core)), ch)
        return "".join(core)
    # mixed: word + year + symbol with leet
    w = rng.choice(PW_WORDS["en"]).replace("o", "0").replace("a", "@").replace("e", "3")
    return w + str(rng.randrange(1970, 2025))


# ---------------------------------------------------------------- calendars
def thai_year(y):
    return y + 543


def roc_year(y):
    return y - 1911


def jp_era(d):
    if d >= dt.date(2019, 5, 1):
        return "令和", d.year - 2018
    if d >= dt.date(1989, 1, 8):
        return "平成", d.year - 1988
    if d >= dt.date(1926, 12, 25):
        return "昭和", d.year - 1925
    if d >= dt.date(1912, 7, 30):
        return "大正", d.year - 1911
    if d >= dt.date(1868, 10, 23):
        return "明治", d.year - 1867
    return None, None


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm = 1 + days // 31
        jd = 1 + days % 31
    else:
        jm = 7 + (days - 186) // 30
        jd = 1 + (days - 186) % 30
    return jy, jm, jd


# ---------------------------------------------------------------- spoken English
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def en_num(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "")


def en_ord(n):
    if n in ORD:
        return ORD[n]
    if n < 20:
        return ONES[n] + "th"
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + "-" + en_ord(o)


def en_year(y):
    if 2000 <= y < 2010:
        return "two thousand" + (" and " + ONES[y - 2000] if y > 2000 else "")
    a, b = divmod(y, 100)
    if b == 0:
        return en_num(a) + " hundred"
    return en_num(a) + " " + (("oh " + ONES[b]) if b < 10 else en_num(b))


def ord_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def spoken_digits(s, rng, lang="en"):
    words = {
        "en": ONES[:10],
        "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
        "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
        "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
        "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
        "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    }[lang]
    out = []
    for c in s:
        if c.isdigit():
            w = words[int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.5:
                w = "oh"
            out.append(w)
        elif c == "+":
            out.append({"en": "plus", "es": "más", "de": "plus", "fr": "plus", "pt": "mais", "it": "più"}[lang])
    return " ".join(out)


# ---------------------------------------------------------------- ascii folding
FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
        "œ": "oe", "þ": "th", "'": "", "’": ""}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
