#!/usr/bin/env python3
"""dev3 labelled development corpus for the PII scanner.

Deterministic (random.Random(3031)), Python standard library only.
Writes tests/fixtures/pii/eval-dev3.jsonl (1,200 lines).  See README.md.
"""
import collections
import json
import math
import os
import random
import statistics
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as DATA  # noqa: E402

R = random.Random(3031)
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "fixtures", "pii", "eval-dev3.jsonl"))
N_TOTAL = 1200
N_CLEAN = 180
TARGET_MEDIAN = 560

ENT_TYPES = ["PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE", "EMAIL", "CREDIT_CARD", "IBAN",
             "PASSWORD", "HEALTH", "US_SSN", "IP_ADDRESS"]
DEC_TYPES = ["DATE", "ORDER_ID", "VERSION", "PRICE", "NUMERIC_ID", "HEX_HASH", "FILE_PATH", "OPS_TERM"]

# ---------------------------------------------------------------- pieces
class Span:
    __slots__ = ("kind", "type", "value")

    def __init__(self, kind, typ, value):
        self.kind, self.type, self.value = kind, typ, value


def E(t, v):
    assert t in ENT_TYPES, t
    return Span("E", t, v)


def D(t, v):
    assert t in DEC_TYPES, t
    return Span("D", t, v)


def flat(x, out=None):
    if out is None:
        out = []
    if x is None:
        return out
    if isinstance(x, (str, Span)):
        out.append(x)
    else:
        for y in x:
            flat(y, out)
    return out


def mapp(pieces, f):
    res = []
    for p in flat(pieces):
        if isinstance(p, str):
            res.append(f(p))
        else:
            res.append(Span(p.kind, p.type, f(p.value)))
    return res


def esc(pieces, ea=False):
    """JSON-string-escape every piece (escaping is char-local, so spans survive)."""
    return mapp(pieces, lambda s: json.dumps(s, ensure_ascii=ea)[1:-1])


def q(pieces, ea=False):
    return ['"', esc(pieces, ea), '"']


def join(sep, items):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out


def lower(pieces):
    return mapp(pieces, str.lower)


def upper(pieces):
    return mapp(pieces, str.upper)


def plain_text(pieces):
    return "".join(p if isinstance(p, str) else p.value for p in flat(pieces))


def render(pieces):
    text, pos, ents, decs = [], 0, [], []
    for p in flat(pieces):
        if isinstance(p, str):
            s = p
        else:
            s = p.value
            assert s and s == s.strip(), repr(s)
            rec = {"type": p.type, "start": pos, "end": pos + len(s), "value": s}
            (ents if p.kind == "E" else decs).append(rec)
        text.append(s)
        pos += len(s)
    return "".join(text), ents, decs


# ---------------------------------------------------------------- helpers
ch = R.choice
rint = R.randint


def maybe(p=0.5):
    return R.random() < p


def digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def fill(fmt):
    return "".join(ch("0123456789") if c == "#" else c for c in fmt)


def sample(lst, k):
    return R.sample(lst, k)


HEXD = "0123456789abcdef"


def hexs(n):
    return "".join(ch(HEXD) for _ in range(n))


FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i",
                      "æ": "ae", "œ": "oe", "'": "", " ": "", "-": ""})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s if s.isascii() and s.isalpha() else None


# ---------------------------------------------------------------- locales
ALL_LOCS = list(DATA.NAMES.keys())
NONLATIN = ["ar-SA", "he-IL", "ru-RU", "uk-UA", "el-GR", "hi-IN", "bn-BD", "ta-IN", "th-TH", "zh-CN", "ja-JP", "ko-KR"]
DIACRITIC = ["vi-VN", "yo-NG", "ig-NG", "pl-PL", "tr-TR", "fr-FR", "es-MX", "pt-BR", "de-DE", "sv-SE"]
LOC_CC = {"en-US": "US", "en-GB": "GB", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "es-MX": "MX", "it-IT": "IT",
          "pt-BR": "BR", "pl-PL": "PL", "nl-NL": "NL", "sv-SE": "SE", "tr-TR": "TR", "ru-RU": "RU", "uk-UA": "UA",
          "el-GR": "GR", "ar-SA": "AE", "ar-Latn": "AE", "he-IL": "IL", "hi-IN": "IN", "hi-Latn": "IN", "bn-BD": "BD",
          "ta-IN": "IN", "th-TH": "TH", "zh-CN": "CN", "zh-Latn": "US", "ja-JP": "JP", "ko-KR": "KR", "vi-VN": "VN",
          "yo-NG": "NG", "ig-NG": "NG", "ak-GH": "GH", "sw-KE": "KE", "fil-PH": "PH", "id-ID": "ID"}
LANG_OF = {"de-DE": "de", "fr-FR": "fr", "es-ES": "es", "es-MX": "es", "it-IT": "it", "pt-BR": "pt", "pl-PL": "pl",
           "nl-NL": "nl", "sv-SE": "sv", "tr-TR": "tr", "ru-RU": "ru", "uk-UA": "ru", "zh-CN": "zh", "ja-JP": "ja",
           "ko-KR": "ko", "vi-VN": "vi", "id-ID": "id"}


def any_loc(weird=0.45):
    r = R.random()
    if r < weird * 0.6:
        return ch(NONLATIN)
    if r < weird:
        return ch(DIACRITIC + ["ar-Latn", "ak-GH", "sw-KE", "fil-PH", "hi-Latn", "zh-Latn", "nl-NL"])
    return ch(ALL_LOCS)


def fem(loc, fam):
    if loc == "pl-PL":
        for a, b in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
            if fam.endswith(a):
                return fam[: -len(a)] + b
    if loc == "ru-RU" and fam[-2:] in ("ов", "ев", "ёв", "ин"):
        return fam + "а"
    if loc == "el-GR":
        for a, b in (("ος", "ου"), ("ης", "η"), ("ας", "α")):
            if fam.endswith(a):
                return fam[: -len(a)] + b
    return fam


_USED_GIVEN = []


class Person:
    def __init__(self, loc=None):
        loc = loc or any_loc()
        self.loc = loc
        gl, fl = DATA.NAMES[loc]
        for _ in range(8):
            gi = R.randrange(len(gl))
            if gl[gi] not in _USED_GIVEN:
                break
        _USED_GIVEN.append(gl[gi])
        self.given = gl[gi]
        self.female = gi >= len(gl) // 2
        fam = ch(fl)
        if self.female:
            fam = fem(loc, fam)
        if loc in ("es-ES", "es-MX") and maybe(0.5):
            f2 = ch(fl)
            if f2 != fam:
                fam = fam + " " + f2
        self.family = fam
        if loc in ("zh-CN", "ko-KR"):
            self.full = fam + self.given
            self.alone = self.given if loc == "ko-KR" else fam + self.given
        elif loc == "ja-JP":
            self.full = fam + ch(["", " ", "\u3000"]) + self.given
            self.full = self.full.replace("\u3000", " ") if maybe(0.5) else self.full
            self.alone = fam
        elif loc == "vi-VN":
            self.full = fam + " " + self.given
            self.alone = self.given.split()[-1]
        elif loc == "zh-Latn":
            self.full = fam + " " + self.given if maybe(0.5) else self.given + " " + fam
            self.alone = self.given
        elif loc == "hu-HU":
            self.full = fam + " " + self.given
            self.alone = self.given
        else:
            self.full = self.given + " " + fam
            self.alone = self.given
        self.nicks = DATA.NICK.get(self.given, [])
        self.latin = fold(self.given) is not None and fold(self.family) is not None

    def short(self):
        if self.nicks and maybe(0.35):
            return ch(self.nicks)
        return self.alone

    def surname_first(self):
        if self.loc in ("zh-CN", "ko-KR", "ja-JP", "vi-VN"):
            return self.full
        return self.family + ", " + self.given

    def handle(self):
        if not self.latin:
            return ch(DATA.HANDLES) + ch(["", ".", "_"]) + digits(rint(2, 4))
        g, f = fold(self.given).lower(), fold(self.family).lower()
        return ch([g + "." + f, g + f, g[0] + f, g + "_" + f, f + "." + g, g + "." + f + digits(2),
                   g + f[0] + digits(2), f + g[0], g[0] + "." + f, g + digits(4)])

    def initials(self):
        return "".join(w[0] for w in self.full.split() if w[0].isupper())


def person(loc=None):
    return Person(loc)


def per(s):
    return E("PERSON", s)


# ---------------------------------------------------------------- entity values
def email_addr(p=None, work=False):
    local = p.handle() if p else ch(DATA.HANDLES) + ch(["", ".", "_", "-"]) + ch([digits(2), digits(3), ch(DATA.HANDLES)])
    dom = ch(DATA.WORK_DOMAINS) if (work or maybe(0.3)) else ch(DATA.DOMAINS)
    if maybe(0.08) and p and p.latin:
        local = local + "+" + ch(["receipts", "news", "work", "shop"])
    return local + "@" + dom


def eml(p=None, work=False):
    return E("EMAIL", email_addr(p, work))


US_AREA = ["212", "312", "415", "617", "206", "303", "512", "404", "713", "305", "702", "503", "612", "919", "314", "646", "718", "267"]
PHONE_FMT = {
    "US": ["+1 (AAA) ###-####", "(AAA) ###-####", "AAA-###-####", "+1-AAA-###-####", "AAA.###.####", "1 AAA ### ####", "+1AAA#######"],
    "GB": ["+44 20 #### ####", "020 #### ####", "07### ######", "+44 7### ######", "+44 (0)161 ### ####", "0131 ### ####"],
    "DE": ["+49 30 ########", "030 #######", "+49 151 ########", "0171 #######", "+49 (0) 89 #######", "0176-########"],
    "FR": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 1 ## ## ## ##", "07.##.##.##.##", "+33 (0)7 ## ## ## ##"],
    "ES": ["+34 6## ### ###", "6## ## ## ##", "+34 91 ### ## ##"],
    "IT": ["+39 3## ### ####", "3## #######", "+39 02 #### ####"],
    "NL": ["+31 6 ########", "06-########", "+31 20 ### ####", "06 ## ## ## ##"],
    "PL": ["+48 5## ### ###", "+48 22 ### ## ##", "6## ### ###"],
    "BR": ["+55 11 9####-####", "(21) 9####-####", "+55 (31) 9####-####"],
    "MX": ["+52 55 #### ####", "+52 1 33 #### ####", "55 ####-####"],
    "SE": ["+46 70 ### ## ##", "070-### ## ##", "08-### ### ##"],
    "TR": ["+90 5## ### ## ##", "0 (5##) ### ## ##", "0532 ### ## ##"],
    "RU": ["+7 9## ###-##-##", "8 (9##) ###-##-##", "+7 (495) ###-##-##"],
    "UA": ["+380 6# ### ####", "+380 (9#) ###-##-##", "067 ### ## ##"],
    "GR": ["+30 69# ### ####", "+30 21# ### ####", "69########"],
    "AE": ["+971 5# ### ####", "05# ### ####", "+971-4-###-####"],
    "IL": ["+972 5#-###-####", "05#-###-####", "+972-3-###-####"],
    "IN": ["+91 9#### #####", "+91-98###-#####", "0##-#### ####", "+91 7#########"],
    "BD": ["+880 1###-######", "01#########", "+880 17## ######"],
    "TH": ["+66 8# ### ####", "08#-###-####", "02-###-####"],
    "CN": ["+86 13# #### ####", "+86 10 #### ####", "13#-####-####", "+86-189########"],
    "JP": ["+81 90-####-####", "090-####-####", "03-####-####", "+81 3 #### ####"],
    "KR": ["+82 10-####-####", "010-####-####", "02-###-####"],
    "VN": ["+84 9# ### ## ##", "09# ### ####", "+84 (28) #### ####"],
    "NG": ["+234 80# ### ####", "080########", "+234 (0)81 #### ####", "0703 ### ####"],
    "GH": ["+233 24 ### ####", "024 ### ####", "+233 (0)20 ### ####"],
    "KE": ["+254 7## ######", "07## ### ###", "+254-722-###-###"],
    "PH": ["+63 9## ### ####", "09##-###-####", "(02) 8###-####"],
    "ID": ["+62 8##-####-####", "08## #### ####", "+62 21 ####-####"],
    "AU": ["+61 4## ### ###", "04## ### ###", "(02) #### ####"],
    "CA": ["+1 (416) ###-####", "604-###-####", "+1 514 ### ####"],
    "IE": ["+353 8# ### ####", "08# ### ####", "+353 (0)1 ### ####"],
}


def phone_str(cc=None):
    cc = cc or ch(list(PHONE_FMT))
    f = ch(PHONE_FMT[cc]).replace("AAA", ch(US_AREA))
    return fill(f)


def phn(loc=None, cc=None):
    if cc is None:
        cc = LOC_CC.get(loc, None) if loc and maybe(0.8) else None
    return E("PHONE", phone_str(cc))


def luhn_check(payload):
    s = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def card_str(brand=None):
    brand = brand or ch(["visa", "visa", "mc", "mc", "amex", "disc", "mc2"])
    pre, n = {"visa": ("4", 16), "mc": (str(rint(51, 55)), 16), "mc2": (str(rint(2221, 2720)), 16),
              "amex": (ch(["34", "37"]), 15), "disc": ("6011", 16)}[brand]
    payload = pre + digits(n - len(pre) - 1)
    num = payload + luhn_check(payload)
    sep = ch([" ", " ", "-", "", " "])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def ccn(brand=None):
    return E("CREDIT_CARD", card_str(brand))


IBAN_SPEC = {
    "DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "BE": "12n", "PL": "24n",
    "CH": "17n", "AT": "16n", "PT": "21n", "IE": "4a14n", "SE": "20n", "TR": "22n", "SA": "20n", "AE": "19n",
    "NO": "11n", "DK": "14n", "FI": "14n", "GR": "23n", "RO": "4a16n",
}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB"],
              "IE": ["AIBK", "BOFI"], "RO": ["BTRL", "RNCB", "INGB"], "IT": list("XABCDEFGHIK")}


def iban_str(cc=None, compact=None):
    cc = cc or ch(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    if "a" in spec:
        na = int(spec.split("a")[0])
        code = ch(BANK_CODES[cc])
        bban += code[:na]
        bban += digits(int(spec.split("a")[1][:-1]))
    else:
        bban = digits(int(spec[:-1]))
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    iban = cc + "%02d" % check + bban
    if compact is None:
        compact = maybe(0.35)
    if compact:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban(cc=None, compact=None):
    return E("IBAN", iban_str(cc, compact))


CC_IBAN = {"DE": "DE", "GB": "GB", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "SE": "SE", "TR": "TR",
           "AE": "AE", "GR": "GR"}


def iban_loc(loc):
    return iban(CC_IBAN.get(LOC_CC.get(loc, ""), None) if maybe(0.7) else None)


def ssn_str(fmt=None):
    while True:
        a = rint(1, 899)
        if a != 666:
            break
    g, s = rint(1, 99), rint(1, 9999)
    fmt = fmt or ch(["-", "-", "-", " ", ""])
    return "%03d%s%02d%s%04d" % (a, fmt, g, fmt, s)


def ssn(fmt=None):
    return E("US_SSN", ssn_str(fmt))


def ipv4_str(private=False):
    if private:
        return ch(["10.%d.%d.%d" % (rint(0, 255), rint(0, 255), rint(1, 254)),
                   "192.168.%d.%d" % (rint(0, 20), rint(2, 254)),
                   "172.%d.%d.%d" % (rint(16, 31), rint(0, 255), rint(1, 254))])
    while True:
        a = rint(2, 223)
        if a not in (10, 127, 172, 192, 169, 100):
            break
    return "%d.%d.%d.%d" % (a, rint(0, 255), rint(0, 255), rint(1, 254))


def ipv6_str():
    groups = [ch(["2a02", "2600", "2406", "2c0f", "2001", "2a01", "2804"]), "db8" if maybe(0.15) else hexs(4).lstrip("0") or "1"] + [hexs(rint(1, 4)).lstrip("0") or "0" for _ in range(6)]
    if maybe(0.5):
        return ":".join(groups[:4]) + "::" + groups[7]
    return ":".join(groups)


def ip(v6=None, private=False):
    if v6 is None:
        v6 = maybe(0.18)
    return E("IP_ADDRESS", ipv6_str() if v6 else ipv4_str(private))


# passwords
SYM = "!@#$%^&*-_+=?~"
SYM_URL = "!*-_~."


def password_str(kind=None, url_safe=False):
    kind = kind or ch(["random", "random", "leet", "leet", "phrase", "phrase", "phrase", "pin", "word"])
    sy = SYM_URL if url_safe else SYM
    if kind == "random":
        n = rint(10, 20)
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789" + sy
        s = "".join(ch(pool) for _ in range(n))
        return s[0].upper() + s[1:-1] + ch(sy) if s[0].isalpha() else s
    if kind == "leet":
        b = ch(DATA.PW_BASES)
        b = b.replace("a", ch(["a", "@", "4"])).replace("o", ch(["o", "0"])).replace("e", ch(["e", "3"])) if maybe(0.5) else b
        b = b[0].upper() + b[1:] if maybe(0.5) else b
        return b + ch([digits(2), digits(4), str(rint(1980, 2025)), digits(1)]) + ch(["", ch(sy), ch(sy) * 2])
    if kind == "phrase":
        ws = sample(DATA.PW_WORDS, rint(3, 5))
        sep = ch(["-", "_", ".", "", "-", "+"]) if not url_safe else ch(["-", "_", ".", ""])
        if sep == "" or maybe(0.3):
            ws = [w[0].upper() + w[1:] for w in ws]
        s = sep.join(ws)
        if maybe(0.5):
            s += (sep or "") + digits(rint(1, 3))
        return s
    if kind == "pin":
        return digits(ch([8, 10, 12]))
    # word
    w = ch(DATA.PW_WORDS)
    return w.capitalize() + ch(SYM if not url_safe else "!-") + digits(rint(2, 4))


def pwd(kind=None, url_safe=False):
    return E("PASSWORD", password_str(kind, url_safe))


def health(lang="en", med=None):
    if lang == "en" or lang not in DATA.HEALTH or maybe(0.25):
        if med is None:
            med = maybe(0.4)
        return E("HEALTH", ch(DATA.HEALTH["en_med" if med else "en"]))
    return E("HEALTH", ch(DATA.HEALTH[lang]))


# ---------------------------------------------------------------- dates / DOB
MON = DATA.MONTHS


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def dob_parts():
    return rint(1938, 2007), rint(1, 12), rint(1, 28)


def fmt_date(y, m, d, lang="en", style=None):
    L = {
        "en": ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MON["en"][m - 1], d, y),
               "%d-%02d-%02d" % (y, m, d), "%02d-%s-%d" % (d, MON["en"][m - 1][:3], y), "%d %s %d" % (d, MON["en"][m - 1], y),
               "%s %s %d" % (ordinal(d), MON["en"][m - 1], y), "%02d/%02d/%d" % (d, m, y)],
        "de": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MON["de"][m - 1], y), "%d.%d.%d" % (d, m, y)],
        "fr": ["%02d/%02d/%d" % (d, m, y), "%s %s %d" % ("1er" if d == 1 else str(d), MON["fr"][m - 1], y)],
        "es": ["%d de %s de %d" % (d, MON["es"][m - 1], y), "%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)],
        "pt": ["%d de %s de %d" % (d, MON["pt"][m - 1], y), "%02d/%02d/%d" % (d, m, y)],
        "it": ["%d %s %d" % (d, MON["it"][m - 1], y), "%02d/%02d/%d" % (d, m, y)],
        "nl": ["%d %s %d" % (d, MON["nl"][m - 1], y), "%02d-%02d-%d" % (d, m, y)],
        "pl": ["%d %s %d r." % (d, MON["pl"][m - 1], y), "%02d.%02d.%d" % (d, m, y)],
        "ru": ["%02d.%02d.%d" % (d, m, y), "%d %s %d г." % (d, MON["ru"][m - 1], y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MON["tr"][m - 1], y)],
        "sv": ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MON["sv"][m - 1], y)],
        "zh": ["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d)],
        "ja": ["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d)],
        "ko": ["%d년 %d월 %d일" % (y, m, d), "%d.%02d.%02d" % (y, m, d)],
        "vi": ["%02d/%02d/%d" % (d, m, y), "ngày %d tháng %d năm %d" % (d, m, y)],
        "id": ["%d %s %d" % (d, MON["id"][m - 1], y), "%02d-%02d-%d" % (d, m, y)],
    }
    opts = L.get(lang, L["en"])
    return opts[style] if style is not None else ch(opts)


def dob_val(lang="en"):
    y, m, d = dob_parts()
    return E("DATE_OF_BIRTH", fmt_date(y, m, d, lang)), 2024 - y


DOB_PHRASE = {
    "en": ["born on {}", "DOB: {}", "date of birth {}", "d.o.b. {}", "b. {}", "birthdate: {}", "born {}", "Date of Birth: {}", "DOB {}", "birthday {}"],
    "de": ["geboren am {}", "Geburtsdatum: {}", "geb. {}", "geb. am {}"],
    "fr": ["né le {}", "née le {}", "date de naissance : {}", "date de naissance {}"],
    "es": ["nacido el {}", "nacida el {}", "fecha de nacimiento: {}", "F. nac.: {}"],
    "pt": ["nascido em {}", "nascida em {}", "data de nascimento: {}", "DN {}"],
    "it": ["nato il {}", "nata il {}", "data di nascita: {}"],
    "nl": ["geboren op {}", "geboortedatum: {}", "geb. {}"],
    "pl": ["urodzony {}", "urodzona {}", "data urodzenia: {}", "ur. {}"],
    "ru": ["дата рождения: {}", "родился {}", "родилась {}", "д.р. {}"],
    "tr": ["doğum tarihi: {}", "{} doğumlu"],
    "sv": ["född {}", "födelsedatum: {}"],
    "zh": ["出生日期：{}", "生于{}"],
    "ja": ["生年月日：{}", "{}生まれ"],
    "ko": ["생년월일: {}", "{} 출생"],
    "vi": ["ngày sinh: {}", "sinh {}"],
    "id": ["tanggal lahir: {}", "lahir {}"],
}


FEM_MARK = ["nacida", "nascida", "nata ", "née ", "urodzona", "родилась"]
MASC_MARK = ["nacido", "nascido", "nato ", "né ", "urodzony", "родился"]


def dob_phrase(lang="en", p=None):
    lang = lang if lang in DOB_PHRASE else "en"
    v, age = dob_val(lang)
    opts = DOB_PHRASE[lang]
    if p is not None:
        bad = MASC_MARK if p.female else FEM_MARK
        opts = [o for o in opts if not any(b in o for b in bad)] or opts
    ph = ch(opts)
    a, b = ph.split("{}")
    return [a, v, b], age


# ---------------------------------------------------------------- decoys
def dt_str(style=None):
    y, m, d = rint(2019, 2025), rint(1, 12), rint(1, 28)
    opts = ["%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y), "%s %d, %d" % (MON["en"][m - 1], d, y),
            "%d %s %d" % (d, MON["en"][m - 1][:3], y), "%s %d" % (MON["en"][m - 1][:3], d), "%02d.%02d.%d" % (d, m, y),
            "%d/%d/%02d" % (m, d, y % 100)]
    return opts[style] if style is not None else ch(opts)


def dt(style=None):
    return D("DATE", dt_str(style))


def ts_str(style=None):
    y, mo, d, h, mi, s = rint(2022, 2025), rint(1, 12), rint(1, 28), rint(0, 23), rint(0, 59), rint(0, 59)
    opts = ["%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, h, mi, s, rint(0, 999)),
            "%d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s),
            "%d-%02d-%02dT%02d:%02d:%02d+0%d:00" % (y, mo, d, h, mi, s, rint(0, 5)),
            "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s)]
    return opts[style] if style is not None else ch(opts)


def ts(style=None):
    return D("DATE", ts_str(style))


def clock():
    return "%02d:%02d" % (rint(7, 22), rint(0, 59))


def oid_str():
    y = rint(2021, 2025)
    return ch(["ORD-%d-%06d" % (y, rint(1, 999999)), "PO-%05d" % rint(1, 99999), "INV-%05d" % rint(1, 99999),
               "%d-%07d-%07d" % (rint(100, 999), rint(0, 9999999), rint(0, 9999999)), "SO%08d" % rint(0, 99999999),
               "A%d-%s" % (rint(1000, 9999), "".join(ch("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3))),
               "RMA-%d%04d" % (y, rint(1, 9999)), "TKT-%06d" % rint(1, 999999), "CS-%d" % rint(100000, 999999),
               "#%d" % rint(100000, 9999999), "WO-%d-%04d" % (y, rint(1, 9999)), "BKG%s" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))])


def oid():
    return D("ORDER_ID", oid_str())


def ver_str():
    a, b, c = rint(0, 24), rint(0, 30), rint(0, 40)
    return ch(["v%d.%d.%d" % (a, b, c), "%d.%d.%d" % (a, b, c), "%d.%d.%d-rc.%d" % (a, b, c, rint(1, 5)),
               "%d.%d.%d.%d" % (a, b, c, rint(0, 999)), "%d.%02d.%d" % (rint(2022, 2025), rint(1, 12), rint(0, 9)),
               "v%d.%d" % (a, b), "%d.%d.%d-beta.%d" % (a, b, c, rint(1, 9)), "v%d.%d.%d+build.%d" % (a, b, c, rint(1, 999))])


def ver():
    return D("VERSION", ver_str())


def price_str():
    v = rint(1, 400000) / 100.0 if maybe(0.8) else float(rint(1, 5000))
    eu = ("%.2f" % v).replace(".", ",")
    eu_k = "{:,.2f}".format(v).replace(",", " ").replace(".", ",").replace(" ", ".")
    return ch(["${:,.2f}".format(v), "€%.2f" % v, "%s €" % eu, "£%.2f" % v, "USD {:,.2f}".format(v), "¥{:,}".format(int(v * 10)),
               "R$ %s" % eu, "₹{:,}".format(int(v)), "%s zł" % eu, "CHF %.2f" % v, "{:,.2f} SEK".format(v), "A$%.2f" % v,
               "%s EUR" % eu_k, "$%d" % int(v), "₺%s" % eu, "€ %s" % eu_k])


def prc():
    return D("PRICE", price_str())


def nid_str():
    k = ch(["n", "n", "16", "9", "track", "10"])
    if k == "16":
        while True:
            s = ch("3456") + digits(15)
            if not luhn_ok(s):
                return s
    if k == "9":
        return ch("123456789") + digits(8)
    if k == "10":
        return ch("123456789") + digits(9)
    if k == "track":
        return ch(["9400", "9205", "420"]) + digits(rint(16, 18))
    return str(rint(1000, 99999999))


def nid(s=None):
    return D("NUMERIC_ID", s or nid_str())


def hx_str(kind=None):
    kind = kind or ch(["sha7", "sha40", "sha64", "uuid", "h32", "sha12", "h16"])
    if kind == "sha7":
        return hexs(7)
    if kind == "sha12":
        return hexs(12)
    if kind == "sha40":
        return hexs(40)
    if kind == "sha64":
        return hexs(64)
    if kind == "h16":
        return hexs(16)
    if kind == "h32":
        return hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), ch("89ab"), hexs(3), hexs(12))


def hx(kind=None):
    return D("HEX_HASH", hx_str(kind))


def fp(s=None):
    return D("FILE_PATH", s or ch(DATA.PATHS))


def ops(pool=None):
    return D("OPS_TERM", ch(pool or DATA.OPS))


def tech():
    return ops(DATA.TECH_OPS)


def place():
    return ops(DATA.PLACE_OPS)


def brand():
    return ops(DATA.BRAND_OPS)


DRINK_OPS = ["Jack Daniel's", "Captain Morgan", "Johnnie Walker", "Jim Beam", "Jameson", "Tia Maria", "Grey Goose", "Baileys",
             "Dr. Pepper", "Ben & Jerry's", "Don Julio", "José Cuervo", "Fernet-Branca", "Tim Hortons"]
STORE_OPS = ["Marks & Spencer", "Trader Joe's", "Sam's Club", "Sainsbury's", "Waitrose", "John Lewis", "Harvey Nichols",
             "Wendy's", "McDonald's", "Dunkin'", "Ted Baker", "Paul Smith", "Kate Spade", "Jimmy Choo", "Hugo Boss", "Tommy Hilfiger"]


def drink():
    return ops(DRINK_OPS)


def store():
    return ops(STORE_OPS)


def svc():
    return ch(DATA.SERVICES)


def any_decoy():
    return ch([dt, oid, ver, prc, nid, hx, fp, ops, ts])()


# ---------------------------------------------------------------- addresses
def _pc(prefix, n):
    return prefix + digits(n - len(prefix))


UK_TOWNS = [("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS8"), ("Cardiff", "CF24"), ("Glasgow", "G12"),
            ("Edinburgh", "EH9"), ("London", "SE15"), ("London", "N16"), ("Brighton", "BN2"), ("Norwich", "NR2"),
            ("Belfast", "BT7"), ("York", "YO10"), ("Sheffield", "S11"), ("Oxford", "OX4"), ("Swansea", "SA1")]
UK_STREETS = ["Wellington Road", "Church Lane", "Station Road", "Mill Lane", "Albert Terrace", "Queen's Drive",
              "Hawthorn Close", "Beech Grove", "Kingsway", "Cavendish Place", "Abbey Road", "Victoria Street",
              "Ladysmith Avenue", "St Mary's Walk", "Cowley Road"]
US_STREETS = ["Maple", "Oak", "Elm", "Washington", "Lincoln", "Cedar", "Park", "Lake", "Hillcrest", "Sunset",
              "Martin Luther King Jr", "Magnolia", "Willow Creek", "Jefferson", "Broadway", "Peachtree", "Mission"]
US_CITIES = [("Springfield", "IL", "627"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
             ("Brooklyn", "NY", "112"), ("Oakland", "CA", "946"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"),
             ("Madison", "WI", "537"), ("Boise", "ID", "837"), ("Denver", "CO", "802"), ("Savannah", "GA", "314"),
             ("Providence", "RI", "029"), ("Ann Arbor", "MI", "481"), ("Burlington", "VT", "054"), ("Eugene", "OR", "974"),
             ("Charlotte", "NC", "282"), ("St. Louis", "MO", "631")]
US_STATES_LONG = {"IL": "Illinois", "TX": "Texas", "CA": "California", "NY": "New York", "OR": "Oregon"}


def a_US():
    city, st, zp = ch(US_CITIES)
    z = zp + digits(2) + (("-" + digits(4)) if maybe(0.2) else "")
    if maybe(0.12):
        l1 = ch(["PO Box ", "P.O. Box ", "POB "]) + str(rint(10, 99999))
        return [l1, "%s, %s %s" % (city, st, z)]
    l1 = "%d %s%s %s" % (rint(3, 9899), ch(["", "", "N ", "S ", "W ", "E "]), ch(US_STREETS),
                         ch(["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]))
    unit = ch(["Apt 4B", "Apt. %d" % rint(1, 40), "Unit %d" % rint(1, 30), "Suite %d" % (rint(1, 9) * 100),
               "#%d%s" % (rint(1, 12), ch("ABCDEF")), "Apt %d" % rint(100, 2400)])
    lines = [l1]
    if maybe(0.45):
        if maybe(0.5):
            lines[0] += ", " + unit
        else:
            lines.append(unit)
    lines.append("%s, %s %s" % (city, st, z))
    return lines


def a_GB():
    town, out = ch(UK_TOWNS)
    pc = "%s %d%s" % (out, rint(1, 9), "".join(ch("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    lines = []
    if maybe(0.4):
        lines.append(ch(["Flat %d" % rint(1, 24), "Flat %d%s" % (rint(1, 9), ch("ABC")), "Apartment %d" % rint(1, 60)]))
    if maybe(0.2):
        lines.append(ch(["Rose Cottage", "The Old Rectory", "Ashdown House", "2nd Floor"]))
    lines.append("%d %s" % (rint(1, 240), ch(UK_STREETS)))
    if maybe(0.3):
        lines.append(ch(["Headingley", "Didsbury", "Clifton", "Roath", "Hillhead", "Morningside", "Peckham", "Stoke Newington"]))
    lines += [town, pc]
    return lines


DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstraße", "Lindenallee", "Am Mühlbach",
              "Kastanienweg", "Friedrichstraße", "Königsallee", "Sonnenstraße", "Berliner Allee", "Kurfürstendamm",
              "Oranienstraße", "Zur Alten Brauerei", "Ludwigstr."]
DE_CITIES = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
             ("Leipzig", "04"), ("Dresden", "01"), ("Stuttgart", "70"), ("Nürnberg", "90"), ("Freiburg im Breisgau", "79"),
             ("Bremen", "28"), ("Münster", "48")]


def a_DE():
    city, p = ch(DE_CITIES)
    plz = _pc(p, 5)
    if maybe(0.1):
        return ["Postfach %s %s" % (digits(2), digits(2)), "%s %s" % (plz, city)]
    l1 = "%s %d%s" % (ch(DE_STREETS), rint(1, 180), ch(["", "", "a", "b", " c"]))
    lines = [l1]
    if maybe(0.25):
        lines.append(ch(["Hinterhaus, 3. OG", "Whg. %d" % rint(1, 30), "2. Etage links", "App. %d" % rint(1, 99)]))
    lines.append("%s %s" % (plz, city))
    if maybe(0.1):
        lines.append("Deutschland")
    return lines


FR_VOIES = ["rue des Lilas", "avenue Victor Hugo", "rue de la République", "boulevard Jean Jaurès",
            "rue du Faubourg Saint-Antoine", "rue des Trois Frères", "allée des Acacias", "place Gambetta",
            "rue de la Paix", "impasse des Tanneurs", "quai de la Tournelle", "cours Mirabeau"]
FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"), ("Nantes", "4400"),
             ("Bordeaux", "3300"), ("Lille", "5900"), ("Strasbourg", "6700"), ("Montpellier", "3400"), ("Rennes", "3500")]


def a_FR():
    city, p = ch(FR_CITIES)
    cp = _pc(p, 5)
    if maybe(0.1):
        return ["BP %d" % rint(1, 999), "%s %s CEDEX" % (cp, city.upper())]
    lines = ["%d%s %s" % (rint(1, 150), ch(["", "", " bis", " ter"]), ch(FR_VOIES))]
    if maybe(0.35):
        lines.append(ch(["Bât. B, Apt 34", "Résidence Les Pins, Esc. 2", "3e étage, porte gauche", "Apt %d" % rint(1, 90)]))
    lines.append("%s %s" % (cp, city))
    return lines


ES_VIAS = ["Calle de Alcalá", "Calle Mayor", "Gran Vía", "Paseo de la Castellana", "Calle del Prado", "Passeig de Gràcia",
           "Avenida de San Vicente Mártir", "Calle de los Reyes Católicos", "C/ Real", "Avda. del Carmen", "Plaza Nueva"]
ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Bilbao", "48"),
             ("Zaragoza", "50"), ("Málaga", "29"), ("Granada", "18")]


def a_ES():
    city, p = ch(ES_CITIES)
    cp = _pc(p, 5)
    if maybe(0.1):
        return ["Apartado de Correos %d" % rint(1, 9999), "%s %s" % (cp, city)]
    l1 = "%s, %d, %s" % (ch(ES_VIAS), rint(1, 220), ch(["3º izda.", "2ºB", "bajo A", "5º 2ª", "1º dcha.", "ático"]))
    if maybe(0.3):
        l1 = "%s %d" % (ch(ES_VIAS), rint(1, 220))
    return [l1, "%s %s" % (cp, city)] + (["(%s)" % city] if maybe(0.05) else [])


IT_VIE = ["Via Giuseppe Garibaldi", "Via Roma", "Via Dante Alighieri", "Via dei Mille", "Corso Vittorio Emanuele II",
          "Piazza della Repubblica", "Viale San Francesco", "Via Cavour", "Via Mazzini", "Vicolo dei Fiori", "Via Toledo"]
IT_CITIES = [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"), ("Napoli", "NA", "801"),
             ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Palermo", "PA", "901"), ("Verona", "VR", "371")]


def a_IT():
    city, pr, p = ch(IT_CITIES)
    l1 = "%s %d%s" % (ch(IT_VIE), rint(1, 200), ch(["", "", "/B", ", int. %d" % rint(1, 20), ", scala C"]))
    return [l1, "%s %s %s" % (_pc(p, 5), city, pr if maybe(0.7) else "(%s)" % pr)]


NL_STREETS = ["Prinsengracht", "Keizersgracht", "Damrak", "Oudegracht", "Laan van Meerdervoort", "Coolsingel",
              "Stationsplein", "Kerkstraat", "Dorpsstraat", "Vondelstraat", "Herengracht", "Biltstraat"]
NL_CITIES = [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Eindhoven", "56"),
             ("Groningen", "97"), ("Leiden", "23"), ("Haarlem", "20")]


def a_NL():
    city, p = ch(NL_CITIES)
    pc = "%s %s" % (_pc(p, 4), "".join(ch("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
    return ["%s %d%s" % (ch(NL_STREETS), rint(1, 400), ch(["", "", "-1", " A", "-III", "hs", " bis"])), "%s %s" % (pc, city.upper() if maybe(0.3) else city)]


PL_STREETS = ["Marszałkowska", "Piotrkowska", "Długa", "Floriańska", "Mickiewicza", "Słowackiego", "Kościuszki",
              "Grunwaldzka", "Jana Pawła II", "Polna", "Nowy Świat", "Świętokrzyska"]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6")]


def a_PL():
    city, p = ch(PL_CITIES)
    pc = "%s%s-%s" % (p, digits(1), digits(3))
    num = "%d/%d" % (rint(1, 140), rint(1, 80)) if maybe(0.5) else "%d m. %d" % (rint(1, 140), rint(1, 80))
    return ["%s %s %s" % (ch(["ul.", "ul.", "al.", "os."]), ch(PL_STREETS), num), "%s %s" % (pc, city)]


BR_VIAS = ["Rua Augusta", "Rua das Flores", "Rua Sete de Setembro", "Avenida Paulista", "Rua Barão de Mauá",
           "Rua XV de Novembro", "Rua dos Andradas", "Rua Visconde de Pirajá", "Alameda Santos", "Travessa do Comércio"]
BR_CITIES = [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"), ("Curitiba", "PR", "8"),
             ("Porto Alegre", "RS", "9"), ("Salvador", "BA", "4"), ("Recife", "PE", "5")]
BR_BAIRROS = ["Consolação", "Pinheiros", "Copacabana", "Savassi", "Batel", "Moinhos de Vento", "Boa Viagem", "Barra"]


def a_BR():
    city, uf, p = ch(BR_CITIES)
    cep = "%s%s-%s" % (p, digits(4), digits(3))
    l1 = "%s, %d%s - %s" % (ch(BR_VIAS), rint(10, 3000), ch(["", ", apto %d" % rint(11, 1204), ", casa 2", ", bloco B apto 31"]), ch(BR_BAIRROS))
    return [l1, "%s - %s" % (city, uf), "CEP %s" % cep if maybe(0.5) else cep]


MX_CITIES = [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
             ("Puebla", "Pue.", "72"), ("Mérida", "Yuc.", "97"), ("Oaxaca de Juárez", "Oax.", "68")]


def a_MX():
    city, est, p = ch(MX_CITIES)
    cp = _pc(p, 5)
    l1 = "%s %d%s" % (ch(["Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Revolución", "Calzada de Tlalpan",
                          "Paseo de la Reforma", "Calle Hidalgo", "Av. Juárez"]), rint(1, 2999), ch(["", ", Int. %d" % rint(1, 12), " Depto. 3B"]))
    col = "Col. " + ch(["Roma Norte", "Condesa", "Del Valle", "Centro", "Americana", "San Pedro Garza", "Jalatlaco"])
    return [l1, col, "%s %s, %s" % (cp, city, est)]


JP_AREAS = [("東京都渋谷区渋谷", "150-00"), ("東京都新宿区西新宿", "160-00"), ("大阪府大阪市北区梅田", "530-00"),
            ("京都府京都市左京区下鴨", "606-08"), ("神奈川県横浜市中区山下町", "231-00"), ("北海道札幌市中央区北一条西", "060-00"),
            ("福岡県福岡市博多区博多駅前", "812-00"), ("愛知県名古屋市中村区名駅", "450-00")]
JP_ROMA = [("Shibuya", "Shibuya-ku", "Tokyo", "150-00"), ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-00"),
           ("Umeda", "Kita-ku", "Osaka", "530-00"), ("Yamashita-cho", "Naka-ku", "Yokohama", "231-00")]


def a_JP():
    if maybe(0.6):
        area, z = ch(JP_AREAS)
        bld = ch(["", " サンライズマンション%d号室" % rint(101, 905), " コーポ山田 %d" % rint(101, 305), " パークハウス%d号" % rint(201, 1505)])
        return ["〒%s%s %s%d-%d-%d%s" % (z, digits(2), area, rint(1, 5), rint(1, 30), rint(1, 20), bld)]
    town, ku, city, z = ch(JP_ROMA)
    return ["%s%d-%d-%d %s" % (ch(["", "Room %d, " % rint(101, 1505)]), rint(1, 5), rint(1, 30), rint(1, 20), town), "%s, %s %s%s" % (ku, city, z, digits(2))]


def a_IN():
    city = ch([("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Chennai", "Tamil Nadu", "600"),
               ("Hyderabad", "Telangana", "500"), ("Pune", "Maharashtra", "411"), ("New Delhi", "Delhi", "110"),
               ("Kolkata", "West Bengal", "700"), ("Kochi", "Kerala", "682")])
    l1 = ch(["Flat %d, %s" % (rint(101, 1204), ch(["Sai Krupa Apartments", "Prestige Shantiniketan", "Lodha Palava", "Green Glen Layout", "Sunshine Residency"])),
             "House No. %d-%d" % (rint(1, 40), rint(1, 300)), "#%d, %s" % (rint(1, 500), ch(["2nd Main", "14th Cross", "MG Road", "Anna Salai"]))])
    loc = ch(["Indiranagar", "Koramangala", "Andheri West", "T. Nagar", "Banjara Hills", "Kothrud", "Lajpat Nagar", "Salt Lake Sector V", "Kakkanad"])
    return [l1, loc, "%s, %s %s" % (city[0], city[1], _pc(city[2], 6))]


AU_SUBURBS = [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"), ("West End", "QLD", "4101"),
              ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612")]


def a_AU():
    sub, st, pc = ch(AU_SUBURBS)
    n, s = rint(1, 300), ch(["Smith Street", "Brunswick St", "King Street", "Oxford St", "Jetty Road", "Lonsdale Street"])
    l1 = ch(["%d/%d %s" % (rint(1, 30), n, s), "Unit %d, %d %s" % (rint(1, 30), n, s), "%d %s" % (n, s)])
    return [l1, "%s %s %s" % (sub.upper() if maybe(0.5) else sub, st, pc)]


def a_CA():
    city, pr, fsa = ch([("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Montréal", "QC", "H2X"), ("Calgary", "AB", "T2P"),
                        ("Halifax", "NS", "B3H"), ("Ottawa", "ON", "K1P"), ("Victoria", "BC", "V8W")])
    pc = "%s %d%s%d" % (fsa, rint(0, 9), ch("ABCEGHJKLMNPRSTVWXYZ"), rint(0, 9))
    l1 = ch(["%d-%d %s" % (rint(100, 3200), rint(1, 900), ch(["Bloor St W", "Queen St E", "Rue Sainte-Catherine O", "Robson St", "Spring Garden Rd"])),
             "%d %s" % (rint(1, 900), ch(["Elgin Street", "Jasper Avenue", "Granville Street"]))])
    return [l1, "%s %s  %s" % (city, pr, pc) if maybe(0.3) else "%s, %s %s" % (city, pr, pc)]


def a_NG():
    return ch([["Plot %d, Admiralty Way" % rint(1, 90), "Lekki Phase 1", "Lagos"],
               ["%d Awolowo Road" % rint(1, 120), "Ikoyi, Lagos %s" % _pc("1012", 6)],
               ["No. %d Aminu Kano Crescent" % rint(1, 60), "Wuse II, Abuja"],
               ["%d Ogui Road" % rint(1, 200), "Enugu", "Enugu State"],
               ["Flat %d, Block %s, Adeniyi Jones Avenue" % (rint(1, 12), ch("ABCD")), "Ikeja, Lagos"],
               ["%d Ring Road" % rint(1, 99), "Ibadan, Oyo State"]])


def a_KE():
    return ch([["P.O. Box %d-00100" % rint(1000, 99999), "Nairobi"],
               ["Apartment %d%s, Kindaruma Road" % (rint(1, 12), ch("ABC")), "Kilimani, Nairobi"],
               ["House %d, Nyali Road" % rint(1, 80), "Mombasa"],
               ["%s Court, Flat %d, Ngong Road" % (ch(["Amani", "Jacaranda", "Sunrise"]), rint(1, 40)), "Nairobi 00505"]])


def a_GH():
    dig = "%s-%s-%s" % (ch(["GA", "GE", "AK", "GT"]), digits(3), digits(4))
    return ch([["House No. %d, Osu Badu Street" % rint(1, 60), "Airport West, Accra", dig],
               ["%d Liberation Road" % rint(1, 40), "Accra", dig],
               ["Plot %d, Adum" % rint(1, 99), "Kumasi", dig]])


def a_SE():
    city, p = ch([("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Lund", "22")])
    return ["%s %d%s" % (ch(["Drottninggatan", "Kungsgatan", "Storgatan", "Sveavägen", "Linnégatan", "Södra Förstadsgatan"]),
                         rint(1, 120), ch(["", ", lgh %d" % rint(1001, 1604), " B"])), "%s%s %s %s" % (p, digits(1), digits(2), city)]


def a_TR():
    return ch([["Bağdat Cad. No: %d D: %d" % (rint(1, 500), rint(1, 30)), "34728 Kadıköy/İstanbul"],
               ["Atatürk Bulvarı No: %d/%d" % (rint(1, 200), rint(1, 20)), "06420 Çankaya/Ankara"],
               ["Kıbrıs Şehitleri Cad. No:%d Daire %d" % (rint(1, 150), rint(1, 20)), "35220 Alsancak/İzmir"],
               ["Moda Mah. Şair Nefi Sok. No: %d" % rint(1, 60), "Kadıköy, İstanbul"]])


def a_KR():
    return ch([["서울특별시 강남구 테헤란로 %d, %d층 %d호" % (rint(1, 500), rint(2, 30), rint(101, 3005))],
               ["부산광역시 해운대구 해운대로 %d, %d동 %d호" % (rint(1, 800), rint(101, 110), rint(101, 2505))],
               ["Apt %d, %d Haeundae-ro, Haeundae-gu" % (rint(101, 2505), rint(1, 800)), "Busan %s" % _pc("48", 5)],
               ["%d Teheran-ro, Gangnam-gu" % rint(1, 500), "Seoul 06%s" % digits(3)]])


def a_CN():
    return ch([["上海市浦东新区世纪大道%d号 %d室" % (rint(1, 300), rint(101, 3505))],
               ["北京市朝阳区建国路%d号 %d号楼 %d" % (rint(1, 120), rint(1, 12), rint(101, 2508))],
               ["广东省深圳市南山区科技园南路%d号" % rint(1, 99)],
               ["Room %d, No. %d Nanjing West Road" % (rint(101, 2808), rint(1, 1500)), "Jing'an District, Shanghai 200040"]])


def a_RU():
    return ch([["ул. Тверская, д. %d, кв. %d" % (rint(1, 40), rint(1, 200)), "Москва, %s" % _pc("125", 6)],
               ["Невский пр-т, д. %d, кв. %d" % (rint(1, 150), rint(1, 90)), "Санкт-Петербург, %s" % _pc("191", 6)],
               ["ул. Ленина, %d-%d" % (rint(1, 99), rint(1, 150)), "Екатеринбург, %s" % _pc("620", 6)]])


def a_UA():
    return ch([["вул. Хрещатик, %d, кв. %d" % (rint(1, 50), rint(1, 120)), "Київ, %s" % _pc("01", 5)],
               ["вул. Дерибасівська, %d" % rint(1, 40), "Одеса, %s" % _pc("65", 5)],
               ["prosp. Svobody %d, apt %d" % (rint(1, 40), rint(1, 80)), "Lviv %s" % _pc("79", 5)]])


def a_GR():
    return ch([["Οδός Ερμού %d" % rint(1, 140), "%s Αθήνα" % ("105 %s" % digits(2))],
               ["Τσιμισκή %d, %dος όροφος" % (rint(1, 150), rint(1, 6)), "546 %s Θεσσαλονίκη" % digits(2)],
               ["Ermou %d, apt %d" % (rint(1, 140), rint(1, 20)), "105 %s Athens" % digits(2)]])


def a_AE():
    return ch([["Villa %d, Street %d" % (rint(1, 90), rint(1, 40)), "Al Barsha 2, Dubai"],
               ["Apartment %d, Marina Heights Tower" % rint(101, 4505), "Dubai Marina, PO Box %d, Dubai" % rint(10000, 999999)],
               ["شقة %d، برج الخليج، شارع الكورنيش" % rint(1, 90), "أبوظبي"],
               ["حي الملقا، شارع أنس بن مالك %d" % rint(1, 9000), "الرياض %s" % _pc("13", 5)]])


def a_IL():
    return ch([["רחוב הרצל %d, דירה %d" % (rint(1, 200), rint(1, 30)), "תל אביב-יפו"],
               ["Rehov Herzl %d, Apt %d" % (rint(1, 200), rint(1, 30)), "Tel Aviv %s" % _pc("6", 7)],
               ["Derech Hebron %d" % rint(1, 120), "Jerusalem %s" % _pc("93", 7)]])


def a_BD():
    return [ch(["House %d, Road %d" % (rint(1, 90), rint(1, 32)), "Flat %s-%d, House %d, Road %d" % (ch("ABCD"), rint(1, 9), rint(1, 90), rint(1, 32))]),
            ch(["Dhanmondi, Dhaka 1205", "Gulshan 2, Dhaka 1212", "Banani, Dhaka 1213", "Agrabad, Chattogram 4100"])]


def a_TH():
    return ch([["%d/%d ถนนสุขุมวิท ซอย %d" % (rint(1, 999), rint(1, 99), rint(1, 71)), "แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110"],
               ["%d/%d Soi Sukhumvit %d" % (rint(1, 999), rint(1, 99), rint(1, 71)), "Khlong Toei Nuea, Watthana, Bangkok 10110"],
               ["%d หมู่ %d ตำบลสุเทพ" % (rint(1, 300), rint(1, 12)), "อำเภอเมืองเชียงใหม่ เชียงใหม่ 50200"]])


def a_VN():
    return ch([["Số %d Ngõ %d Phố Huế" % (rint(1, 200), rint(1, 99)), "Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội"],
               ["%d Nguyễn Huệ, Phường Bến Nghé" % rint(1, 200), "Quận 1, TP. Hồ Chí Minh"],
               ["%d/%d Lê Văn Sỹ, Phường %d" % (rint(1, 500), rint(1, 40), rint(1, 15)), "Quận 3, TP.HCM"]])


def a_PH():
    return ch([["Unit %d%s, The Residences, %d Jupiter St." % (rint(1, 40), ch("ABC"), rint(1, 90)), "Bel-Air, Makati City 1209"],
               ["Blk %d Lot %d, Phase %d, Camella Homes" % (rint(1, 40), rint(1, 30), rint(1, 4)), "Bacoor, Cavite 4102"],
               ["%d Mabini St., Brgy. San Roque" % rint(1, 300), "Marikina City 1801"]])


def a_ID():
    return ch([["Jl. Jend. Sudirman Kav. %d-%d" % (rint(1, 70), rint(71, 90)), "Senayan, Jakarta Selatan 12190"],
               ["Jl. Malioboro No. %d" % rint(1, 200), "Yogyakarta 55271"],
               ["Perumahan Griya Asri Blok C%d No. %d" % (rint(1, 9), rint(1, 40)), "Bekasi, Jawa Barat 17145"]])


def a_IE():
    ek = "%s%s %s" % (ch(["D08", "D02", "D06", "T12", "H91", "V94"]), "", "".join(ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
    return ch([["Apt %d, The Maltings, Bishop Street" % rint(1, 90), "Dublin 8", ek],
               ["%d Main Street" % rint(1, 99), "Ballincollig, Co. Cork", ek],
               ["%d Sea Road" % rint(1, 60), "Salthill, Galway", ek]])


ADDR = {"US": a_US, "GB": a_GB, "DE": a_DE, "FR": a_FR, "ES": a_ES, "IT": a_IT, "NL": a_NL, "PL": a_PL, "BR": a_BR,
        "MX": a_MX, "JP": a_JP, "IN": a_IN, "AU": a_AU, "CA": a_CA, "NG": a_NG, "KE": a_KE, "GH": a_GH, "SE": a_SE,
        "TR": a_TR, "KR": a_KR, "CN": a_CN, "RU": a_RU, "UA": a_UA, "GR": a_GR, "AE": a_AE, "IL": a_IL, "BD": a_BD,
        "TH": a_TH, "VN": a_VN, "PH": a_PH, "ID": a_ID, "IE": a_IE}


def addr_lines(loc=None, cc=None):
    if cc is None:
        cc = LOC_CC.get(loc) if (loc and maybe(0.75)) else ch(list(ADDR))
    return ADDR[cc]()


def addr_str(loc=None, sep=", ", cc=None):
    return sep.join(addr_lines(loc, cc))


def adr(loc=None, sep=", ", cc=None):
    return E("ADDRESS", addr_str(loc, sep, cc))


def adr_ml(loc=None, cc=None):
    return adr(loc, "\n", cc)


# ---------------------------------------------------------------- JSON building with spans
class Raw:
    def __init__(self, *pieces):
        self.pieces = list(pieces)


class S:
    """A JSON string value assembled from pieces (plain strings and spans)."""

    def __init__(self, *pieces):
        self.pieces = list(pieces)


def J(o, ea=False, compact=False, indent=None, lvl=0):
    isep, ksep = (",", ":") if compact else (", ", ": ")
    if isinstance(o, Raw):
        return o.pieces
    if isinstance(o, Span):
        return q([o], ea)
    if isinstance(o, S):
        return q(o.pieces, ea)
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=ea)
    if o is None or isinstance(o, (bool, int, float)):
        return json.dumps(o)
    if isinstance(o, dict):
        items = [[json.dumps(k, ensure_ascii=ea), ": " if indent else ksep, J(v, ea, compact, indent, lvl + 1)] for k, v in o.items()]
        op, cl = "{", "}"
    else:
        items = [J(v, ea, compact, indent, lvl + 1) for v in o]
        op, cl = "[", "]"
    if not items:
        return op + cl
    if indent:
        nl = "\n" + " " * (indent * (lvl + 1))
        return [op, nl, join("," + nl, items), "\n" + " " * (indent * lvl), cl]
    return [op, join(isep, items), cl]


def jstyle():
    r = R.random()
    if r < 0.45:
        return dict(compact=True)
    if r < 0.8:
        return dict()
    return dict(indent=ch([2, 4]))


def ea_p(p=0.12):
    return maybe(p)


MODELS = ["gpt-4o-mini", "gpt-4.1", "gpt-4o-2024-08-06", "o3-mini", "claude-3-5-sonnet", "llama-3.1-70b-instruct",
          "mistral-large-latest", "qwen2.5-72b-instruct"]


def oai(messages, ea=False, tools=None, extra=None, style=None):
    msgs = []
    for m in messages:
        role, content = m[0], m[1]
        d = {"role": role}
        if role == "tool":
            d["tool_call_id"] = "call_" + hexs(24)
        if content is not None:
            d["content"] = S(*flat(content))
        else:
            d["content"] = None
        if len(m) > 2:
            d["tool_calls"] = m[2]
        msgs.append(d)
    obj = {"model": ch(MODELS), "messages": msgs}
    if maybe(0.4):
        obj["temperature"] = ch([0, 0.2, 0.7, 1])
    if extra:
        obj.update(extra)
    if tools:
        obj["tools"] = tools
    return J(obj, ea=ea, **(style or jstyle()))


def toolcall(name, args, ea=False):
    """OpenAI-style tool call whose arguments are an escaped JSON string (inner level never \\u-escaped)."""
    return {"id": "call_" + hexs(24), "type": "function",
            "function": {"name": name, "arguments": S(*flat(J(args, ea=False, compact=maybe(0.6))))}}


# ---------------------------------------------------------------- phrasing helpers
def lang(loc):
    return LANG_OF.get(loc, "en")


PW_PHRASE = {
    "en": ["pwd is {}", "password: {}", "pass: {}", "the code for the wifi is {}", "use `{}` to sign in", "it's `{}`",
           "the password is {}", "pw = {}", "passphrase: {}", "temp password {} (change it after first login)",
           "new pw: {}", "password is literally {}", "try {} - that's the shared one", "the login pass is \"{}\"",
           "password {}", "you'll need {} for the admin panel", "PW -> {}", "it's {} with a capital first letter",
           "the vault master is {}", "access code: {}"],
    "de": ["Passwort: {}", "das Passwort lautet {}", "Kennwort ist {}", "PW: {}", "WLAN-Schlüssel: {}", "Zugangscode {}"],
    "fr": ["mot de passe : {}", "le mdp c'est {}", "mdp = {}", "code wifi : {}", "le mot de passe est {}"],
    "es": ["contraseña: {}", "la clave es {}", "la contraseña del wifi es {}", "clave: {}", "pass: {}"],
    "pt": ["senha: {}", "a senha é {}", "senha do wifi: {}", "a senha provisória é {}"],
    "it": ["la password è {}", "password: {}", "la pw è {}", "codice wifi: {}"],
    "nl": ["wachtwoord: {}", "het wachtwoord is {}", "ww: {}"],
    "pl": ["hasło: {}", "hasło to {}", "hasło do wifi: {}"],
    "tr": ["şifre: {}", "şifresi {}", "wifi şifresi: {}"],
    "ru": ["пароль: {}", "пароль {}", "пароль от wifi: {}"],
    "sv": ["lösenord: {}", "lösenordet är {}"],
    "zh": ["密码：{}", "密码是 {}", "wifi密码：{}"],
    "ja": ["パスワード: {}", "パスワードは {} です"],
    "ko": ["비밀번호: {}", "비번은 {}"],
    "vi": ["mật khẩu: {}", "mk là {}"],
    "id": ["kata sandi: {}", "password-nya {}"],
}
PW_PHRASE_X = {"ar-SA": ["كلمة المرور: {}"], "he-IL": ["סיסמה: {}"], "hi-IN": ["पासवर्ड: {}"], "el-GR": ["κωδικός: {}"],
               "uk-UA": ["пароль: {}"], "bn-BD": ["পাসওয়ার্ড: {}"], "th-TH": ["รหัสผ่าน: {}"]}
PW_NEG = ["Use the password reset link in the e-mail", "the password must be 12 characters or more",
          "we will never ask for your password", "your password expires in 14 days",
          "the 'Forgot password?' button is greyed out", "password rotation is due next sprint",
          "the password field was left blank", "I changed my password yesterday", "the password manager autofill broke",
          "enter your current password to continue", "password hashing now uses argon2id",
          "min password length was bumped to 14", "don't paste your password here", "password reset e-mails are delayed",
          "the password strength meter shows red", "SSO users don't have a local password"]


def pw_phrase(loc=None, kind=None, url_safe=False):
    opts = PW_PHRASE_X.get(loc) if (loc in PW_PHRASE_X and maybe(0.6)) else PW_PHRASE.get(lang(loc) if loc else "en", PW_PHRASE["en"])
    if loc and lang(loc) != "en" and maybe(0.25):
        opts = PW_PHRASE["en"]
    ph = ch(opts)
    a, b = ph.split("{}")
    return [a, pwd(kind, url_safe), b]


def pw_neg():
    return ch(PW_NEG)


_PAD_USED = []


def pad_sentence():
    c = ch([k for k in range(14) if k not in _PAD_USED] or list(range(14)))
    _PAD_USED.append(c)
    if c == 0:
        return ["btw ", tech(), " still shows ", ver(), " on prod."]
    if c == 1:
        return ["Order ", oid(), " came to ", prc(), " incl. shipping."]
    if c == 2:
        return ["See ", fp(), " for the full trace."]
    if c == 3:
        return ["The fix is in ", hx("sha7"), ", deployed ", dt(), "."]
    if c == 4:
        return ["Offsite moved to ", dt(), ", somewhere near ", place(), "."]
    if c == 5:
        return ["We got the ", ch(DATA.PRODUCTS), " from ", store(), " for ", prc(), "."]
    if c == 6:
        return ["Ticket ", oid(), " (ref ", nid(), ") is still open."]
    if c == 7:
        return ["Build ", nid(str(rint(100, 99999))), " on ", tech(), " passed after bumping to ", ver(), "."]
    if c == 8:
        return ["Request id ", hx("uuid"), " timed out at ", ts(), "."]
    if c == 9:
        return [ch(DATA.PHRASE_PAD_EN)]
    if c == 10:
        return ["Config lives in ", fp(), " (rev ", hx("sha12"), ")."]
    if c == 11:
        return ["Invoice ", oid(), " for ", prc(), " is due ", dt(), "."]
    if c == 12:
        return ["Dashboards are on ", tech(), " now; the old ", tech(), " instance goes away ", dt(), "."]
    return ["Tracking number ", nid(), ", ETA ", dt(), "."]


def pad(n=None):
    n = rint(0, 2) if n is None else n
    return [[" ", pad_sentence()] for _ in range(n)]


def chat_roles():
    return ch([("User", "Assistant"), ("user", "assistant"), ("Human", "AI"), ("Q", "A"), ("me", "bot"),
               (">>>", "<<<"), ("[user]", "[assistant]"), ("Customer", "Agent")])


TEMPLATES = []


def tpl(shape, clean=False, locs=None, w=1.0):
    def deco(fn):
        TEMPLATES.append(dict(name=fn.__name__, shape=shape, clean=clean, locs=locs, fn=fn, w=w))
        return fn
    return deco


EN_LOCS = ["en-US", "en-GB"]


# ================================================================ TEMPLATES: chat
@tpl("chat", w=1.3)
def chat_assign(loc):
    a, b = person(loc), person(any_loc())
    u, s = chat_roles()
    op = ch(["can you", "could u", "pls", "hey, can we", "quick one:", "need you to"])
    task = ch(["the refund ticket", "the chargeback", "the onboarding checklist", "the SSO bug", "the duplicate invoice"])
    return [u, ": ", op, " assign ", task, " ", oid(), " to ", per(a.full), "? ", per(b.full),
            " handled the last one but ", per(b.short()), " is out until ", dt(), ".", pad(1), "\n",
            s, ": Done, it's now with ", per(a.alone), ". I also muted the ", tech(), " alert so it stops paging. Anything else for ",
            per(b.short()), " before they're back?\n",
            u, ": no, but remind ", per(a.alone), " the customer was charged ", prc(), " twice", pad(ch([0, 1]))]


@tpl("chat")
def chat_invoice_sent(loc):
    a, h = person(loc), person(loc if maybe(0.6) else any_loc())
    o = oid_str()
    u, s = chat_roles()
    return [u, ": the invoice ", per(a.full), " sent on ", dt(), " (", D("ORDER_ID", o), ", ", prc(), ") bounced. ",
            ch(["Their bank says the account holder is ", "Account holder should be "]), per(h.full),
            ", IBAN ", iban_loc(loc), ". can you draft a polite reply to ", per(a.alone), "?\n",
            s, ": Sure. Draft:\n\n", ch(["Hi ", "Dear ", "Hello "]), per(a.alone), ",\nthe transfer for ", D("ORDER_ID", o),
            " was returned on ", dt(), ". Could you confirm the details for ", per(h.full), "? ", pw_neg() if maybe(0.2) else "",
            "\n\nBest regards"]


@tpl("chat", w=1.2)
def chat_wifi_note(loc):
    host = person(loc)
    u, s = chat_roles()
    net = ch(["CasaLuna_5G", "FRITZ!Box 7590 XQ", "Vodafone-4F2A", "BT-Hub6-9K2P", "TP-Link_Guest", "Livebox-8C1E", "Ziggo" + digits(5)])
    return [u, ": write a short welcome note for guests at ", adr(loc), ". wifi is ", net, ", ", pw_phrase(loc), ". ",
            "checkout 11:00, host is ", per(host.full), ", ", phn(loc), " for emergencies. mention the ", place(),
            " shuttle.\n", s, ": Welcome! The Wi-Fi network is ", net, " and the code is in the note above. If anything comes up, message ",
            per(host.short()), ". ", ch(["Enjoy your stay!", "Have a lovely time.", "We hope you like the place."]), pad(ch([0, 1]))]


@tpl("chat")
def chat_family_health(loc):
    p = person(loc)
    u, s = chat_roles()
    rel = ch(["my mum", "my grandmother", "my wife", "our neighbour", "my mother-in-law"] if p.female else ["my dad", "my grandfather", "my brother", "my husband", "our neighbour"])
    ph, age = dob_phrase("en")
    return [u, ": ", rel, " ", per(p.full), " (", str(age), ", ", ph, ") was just diagnosed with ", health("en", False),
            " and already takes ", health("en", True), ". what should ", per(p.short()), " avoid eating? we shop at ", store(), " mostly\n",
            s, ": I'm not a doctor, but here are general points for someone with that diagnosis. Please check with ",
            per(p.alone), "'s GP before changing anything. ", pad(ch([0, 1]))]


@tpl("chat")
def chat_move_address(loc):
    p = person(loc)
    o = oid_str()
    u, s = chat_roles()
    return [u, ": hi, we moved. new place is ", adr(loc), " - can you update order ", D("ORDER_ID", o), " and the subscription? ",
            ch(["phone changed too: ", "new mobile ", "reach me on "]), phn(loc), ". account is under ", per(p.full), ch([", dob ", ", born ", " - verification DOB "]), dob_val("en")[0], "\n",
            s, ": Thanks ", per(p.short()), ". I've updated the delivery details for ", D("ORDER_ID", o), ". The next box ships ", dt(),
            " and will cost ", prc(), ".", pad(ch([0, 1, 2]))]


@tpl("chat", w=1.3)
def chat_join_list(loc):
    locs = [loc] + [any_loc(0.7) for _ in range(3)]
    ps = [person(l) for l in locs]
    u, s = chat_roles()
    g = [p.alone for p in ps]
    return [u, ": set up the kickoff for ", dt(), ". ", per(g[0]), " and ", per(g[1]), " will join, plus ", per(ps[2].full),
            " from finance. ", per(ps[3].full), " can't make it, so send ", ch(["her", "him", "them"]), " the notes. We meet at ", adr(loc), ", room facing ",
            place(), ".\n", s, ": Invite drafted for ", per(ps[0].full), ", ", per(ps[1].full), " and ", per(ps[2].full),
            ". I'll share notes with ", per(g[3]), " afterwards.\n", u, ": also add ", tech(), " dashboard link", pad(ch([0, 1]))]


@tpl("chat")
def chat_conn_debug(loc):
    u, s = chat_roles()
    user = ch(["app", "postgres", "svc_reporting", "admin", "root", "etl"])
    host = ip(private=maybe(0.5), v6=False)
    db = ch(["orders", "crm", "analytics", "billing"])
    scheme = ch(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp"])
    port = {"postgres": "5432", "postgresql": "5432", "mysql": "3306", "mongodb": "27017", "redis": "6379", "amqp": "5672"}[scheme]
    return [u, ": why does this fail?\n\n", ch(["```\n", ""]), "Error: connect ECONNREFUSED ", host, ":", port, "\n    at ", fp(), ":", str(rint(10, 900)),
            "\nDATABASE_URL=", scheme, "://", user, ":", pwd(url_safe=True), "@", ip(private=True, v6=False), ":", port, "/", db,
            "\n", ch(["```\n", ""]), "running ", tech(), " ", ver(), " on node ", ver(), "\n",
            s, ": The host in the error doesn't match the one in DATABASE_URL. Also, you just pasted a credential - rotate it. ",
            pw_neg() if maybe(0.3) else "", pad(ch([0, 1]))]


@tpl("chat")
def chat_translate(loc):
    loc = loc if lang(loc) != "en" else ch(["de-DE", "fr-FR", "es-ES", "pt-BR", "it-IT", "pl-PL", "tr-TR", "ru-RU", "nl-NL"])
    p = person(loc)
    lg = lang(loc)
    ph, _ = dob_phrase(lg, p)
    u, s = chat_roles()
    hier = "hier ist " if lg == "de" and maybe(0.5) else ""
    greet = {"de": "Hallo", "fr": "Bonjour", "es": "Hola", "pt": "Olá", "it": "Ciao", "pl": "Cześć", "tr": "Merhaba", "ru": "Привет", "nl": "Hoi"}.get(lg, "Hi")
    return [u, ": translate to english pls:\n\"", greet, ", ", hier, per(p.full), ", ", ph, ". ",
            pw_phrase(loc), ". ", ch(["", "Adresse: ", "→ "]), adr(loc), "\"\n",
            s, ": \"Hello, this is ", per(p.full), ". The rest contains a date of birth, a password and an address - I've kept them as-is.\"",
            pad(ch([0, 1]))]


@tpl("chat")
def chat_form_fill(loc):
    p = person(loc)
    u, s = chat_roles()
    keys = ch([("Name", "DOB", "SSN", "Address", "Phone"), ("full name", "birth date", "social", "home", "cell"),
               ("Applicant", "Born", "SSN#", "Mailing address", "Tel")])
    return [u, ": can you check this for typos before I submit to ", brand(), "?\n", keys[0], ": ", per(p.full), "\n",
            keys[1], ": ", dob_val("en")[0], "\n", keys[2], ": ", ssn(), "\n", keys[3], ": ", adr("en-US", cc="US"), "\n", keys[4], ": ", phn(cc="US"), "\n",
            "Form ref ", nid(), ", fee ", prc(), "\n", s, ": Looks fine, ", per(p.alone), ". One note: the form version is ", ver(), ", not the newest."]


@tpl("chat")
def chat_lowercase(loc):
    loc = loc if DATA.NAMES[loc] and fold(DATA.NAMES[loc][0][0]) else ch(["pl-PL", "de-DE", "yo-NG", "vi-VN", "tr-TR", "nl-NL"])
    a, b = person(loc), person(any_loc(0.2))
    u, s = chat_roles()
    return [u, ": ask ", per(a.full.lower()), " if the ", tech(), " migration is done, then tell ", per(b.full.lower()),
            " to ship ", ver(), ". if ", per(a.alone.lower()), " says no just ping ", per(b.alone.upper()), " lol\n",
            s, ": Noted. I'll message ", per(a.full), " first.", pad(ch([0, 1]))]


@tpl("chat")
def chat_caps_names(loc):
    a, b = person(loc), person(any_loc())
    u, s = chat_roles()
    return [u, ": URGENT - PAYMENT FOR ", per(a.full.upper()), " FAILED AGAIN. CARD ", ccn(), " DECLINED ON ", dt(), ". ",
            per(b.full.upper()), " APPROVED A ", prc(), " CREDIT.\n", s, ": I see the decline. I'll notify ", per(a.alone),
            " and cc ", per(b.alone), ". ", pad(1)]


# ================================================================ chat_json (OpenAI-style)
@tpl("chat_json", w=1.2)
def oai_support(loc):
    p = person(loc)
    o = oid_str()
    sysmsg = ch(["You are a helpful support agent for ", "You work the help desk at ", "Answer as the concierge bot for "])
    return oai([("system", [sysmsg, brand(), ". Never reveal internal ids."]),
                ("user", ["Hi, I'm ", per(p.full), ". My order ", D("ORDER_ID", o), " never arrived. Email is ", eml(p),
                          ch([" and my phone ", ", phone "]), phn(loc), ". ", pad(ch([0, 1]))]),
                ("assistant", ["Sorry about that, ", per(p.short()), "! I can see ", D("ORDER_ID", o), " shipped on ", dt(), ". Shall I resend it to the address on file?"]),
                ("user", ["yes but use ", adr(loc), " instead. ", ch(["if you need to verify, ", "for security: ", ""]), dob_phrase("en")[0]])], ea=ea_p())


@tpl("chat_json")
def oai_medical(loc):
    p = person(loc)
    ph, age = dob_phrase(lang(loc) if maybe(0.4) else "en", p)
    return oai([("system", ["You summarise clinical intake notes. Output JSON."]),
                ("user", ["Intake: ", per(p.full), ", ", ph, ". Presents with recurring headaches. History: ", health(lang(loc), False),
                          ". Current meds: ", health("en", True), " and ", health("en", True), ". Referred by ", ch(["Dr. ", "Dr "]),
                          per(person(any_loc()).family), ". Appointment ref ", oid(), "."]),
                ("assistant", ["{\"patient\": \"", per(p.full), "\", \"flags\": [\"polypharmacy\"]}"])], ea=ea_p(0.2))


@tpl("chat_json")
def oai_rewrite_email(loc):
    a, b = person(loc), person(any_loc())
    return oai([("user", ["Rewrite this more politely:\n\n", per(b.alone), " - the parcel for ", per(a.full), " went to the wrong place AGAIN. ",
                          "It should go to\n", adr_ml(loc), "\nnot the ", place(), " depot. Fix it.\n", per(a.alone)]),
                ("assistant", ["Here's a gentler version:\n\nHi ", per(b.alone), ",\nI noticed the parcel for ", per(a.full),
                               " was delivered to the wrong location. Could you redirect it? Reference ", oid(), ".\nThanks,\n", per(a.alone)])],
               ea=ea_p())


@tpl("chat_json")
def oai_env_debug(loc):
    p = person(loc)
    return oai([("system", ["You are a senior DevOps engineer."]),
                ("user", ["my container crashes on boot, here is my .env:\n\nAPP_ENV=production\nAPP_VERSION=", ver(),
                          "\nDB_HOST=", ip(private=True, v6=False), "\nDB_USER=app\nDB_PASSWORD=", pwd(), "\nSMTP_USER=", eml(p, work=True),
                          "\nSMTP_PASS=", pwd(), "\nSENTRY_RELEASE=", hx("sha40"), "\nADMIN_CONTACT=", per(p.full), "\n\nlogs in ", fp()]),
                ("assistant", ["Two things: rotate SMTP_PASS and DB_PASSWORD since they're now in this chat, and check that ", tech(),
                               " can reach the DB host. ", pw_neg() if maybe(0.3) else ""])], ea=ea_p())


@tpl("chat_json")
def oai_tool_roundtrip(loc):
    p = person(loc)
    tc = toolcall("lookup_customer", {"query": S(per(p.full)), "limit": 1})
    result = J({"id": Raw(nid()), "name": per(p.full), "email": eml(p), "phone": phn(loc), "tier": ch(["gold", "basic", "pro"]),
                "since": dt(0)}, compact=True)
    return oai([("user", ["find the account for ", per(p.full), " and tell me their tier"]),
                ("assistant", None, [tc]),
                ("tool", result),
                ("assistant", [per(p.alone), " is on the plan shown above, customer since ", dt(0), "."])], ea=ea_p())


@tpl("chat_json")
def oai_names_nonlatin(loc):
    loc = loc if loc in NONLATIN else ch(NONLATIN)
    a, b, c = person(loc), person(loc), person(ch(NONLATIN))
    return oai([("user", ["Make a seating chart: ", per(a.full), ", ", per(b.full), " and ", per(c.full),
                          " at table 4; the ", brand(), " sponsors at table 1. ", per(a.alone), " needs step-free access. Venue: ", adr(), "."]),
                ("assistant", ["Table 4: ", per(a.full), " (step-free), ", per(b.full), ", ", per(c.full), ". Table 1: sponsors."])],
               ea=ea_p(0.3))


# ================================================================ email
def hdr_addr(p, work=False, style=None):
    style = style if style is not None else rint(0, 4)
    e = eml(p, work)
    if style == 0:
        return ['"', per(p.full), '" <', e, ">"]
    if style == 1:
        return [per(p.full), " <", e, ">"]
    if style == 2:
        return ['"', per(p.surname_first()), '" <', e, ">"]
    if style == 3:
        return [e]
    return [per(p.full), " [", e, "]"] if maybe(0.3) else ["<", e, ">"]


def signoff(p, lg="en"):
    w = {"en": ["Thanks", "Cheers", "Best", "Kind regards", "Thx", "Regards", "All the best", "Many thanks", "Ta"],
         "de": ["Viele Grüße", "Beste Grüße", "LG", "Mit freundlichen Grüßen"],
         "fr": ["Cordialement", "Bien à vous", "Merci", "Bonne journée"],
         "es": ["Saludos", "Un saludo", "Gracias", "Atentamente"],
         "pt": ["Abraço", "Atenciosamente", "Obrigado"]}.get(lg, ["Thanks", "Best"])
    name = ch([p.alone, p.full, p.full, p.short()])
    sep = ch(["\n", " ", "\n\n", "\n-- \n"])
    return [ch(w), sep, per(name)]


def sig_block(p, loc, work=True):
    out = ["\n", ch(["Head of Partnerships", "Office Manager", "Account Executive", "Paralegal", "Site Lead", "Senior Buyer"]), " | ", brand(), " reseller"]
    if maybe(0.7):
        out += ["\n", adr(loc, sep=ch([", ", " | ", "\n"]))]
    if maybe(0.7):
        out += ["\n", ch(["M ", "Tel: ", "Mobile: ", "📞 "]), phn(loc)]
    return out


def mail_date():
    return ts(ch([1, 3]))


@tpl("email", w=1.3)
def email_thread_headers(loc):
    a, b, c, d = person(loc), person(any_loc()), person(any_loc()), person(loc)
    subj = ch(["Re: Q3 vendor onboarding", "Fwd: contract renewal " + oid_str(), "Re: Re: laptop return", "Handover notes",
               "Re: access request for the finance share", "Invoice query"])
    return ["From: ", hdr_addr(a, True), "\nTo: ", hdr_addr(b, True), "\nCc: ", hdr_addr(c, True), ", ", hdr_addr(d),
            "\nDate: ", mail_date(), "\nSubject: ", subj, "\n\n", ch(["Hi ", "Hey ", "", "Morning "]), per(b.alone), ",\n\n",
            "looping in ", per(c.full), " who owns the ", tech(), " side. The renewal quote came in at ", prc(),
            " (ref ", oid(), "). ", per(d.full), " asked whether we can move the start date to ", dt(), ".\n\n",
            "If ", per(c.alone), " is fine with it I'll sign.\n\n", signoff(a), sig_block(a, loc)]


@tpl("email", w=1.2)
def email_card_dispute(loc):
    p = person(loc)
    agent = person(any_loc())
    return ["Subject: ", ch(["Disputed charge", "Unknown transaction", "Charged twice??", "Refund not received"]), " - ", oid(), "\n\n",
            "Hello,\n\nI was charged ", prc(), " on ", dt(), " by ", brand(), " but never authorised it. The card is ", ccn(),
            ch([", expiring ", ", exp. "]), "%02d/%02d" % (rint(1, 12), rint(25, 31)), ". Billing address: ", adr(loc), ".\n",
            ch(["My name on the card is ", "Cardholder: "]), per(p.full.upper() if maybe(0.5) else p.full), ". For verification my date of birth is ", dob_val("en")[0], ". Please call me on ", phn(loc),
            ".\n\n", signoff(p), "\n\n---\nAgent note (", per(agent.full), "): verified last 4 digits, escalated to ", oid(), "."]


@tpl("email")
def email_hr_onboarding(loc):
    p = person(loc if maybe(0.4) else any_loc())
    hr = person("en-US")
    return ["To: ", E("EMAIL", "payroll@" + ch(DATA.WORK_DOMAINS)), "\nSubject: New starter - ", per(p.full), "\n\nHi team,\n\nplease set up payroll for our new hire:\n\n",
            "  Legal name: ", per(p.full), "\n  Preferred name: ", per(p.short()), "\n  ", dob_phrase("en")[0], "\n  SSN: ", ssn(),
            "\n  Home: ", adr("en-US", cc="US"), "\n  Mobile: ", phn(cc="US"), "\n  Start date: ", dt(), "\n  Salary: ", prc(), " / yr\n  Employee #: ", nid(),
            "\n\n", per(p.alone), " will be using a ", brand(), " laptop; asset tag ", nid(), ".\n\n", signoff(hr)]


@tpl("email")
def email_forwarded(loc):
    a, b, c = person(loc), person(any_loc()), person(any_loc())
    return [per(c.alone), " - see below, can you handle?\n\n---------- Forwarded message ---------\nFrom: ", hdr_addr(a, style=1),
            "\nDate: ", dt(2), "\nSubject: Keys for the flat\nTo: ", hdr_addr(b, style=rint(0, 3)), "\n\nHi ", per(b.alone),
            ",\n\nthe keys are in the lockbox at ", adr(loc), ", ", pw_phrase(loc, kind=ch(["pin", "word"])), ". Bins go out on Thursdays. ",
            "Wi-Fi details are on the fridge.\n\n", signoff(a), "\n\n", pad_sentence()]


@tpl("email", locs=["de-DE"])
def email_de(loc):
    p, s = person("de-DE"), person(any_loc())
    ph, _ = dob_phrase("de", p)
    return ["Betreff: Ihr Zugang zum Kundenportal (", oid(), ")\n\nSehr geehrte", ch(["r Herr ", " Frau "]), per(p.family), ",\n\n",
            "anbei Ihre Zugangsdaten für das Portal (Version ", ver(), "). Benutzername: ", eml(p), ", ", pw_phrase("de-DE"), ". ",
            "Bitte ändern Sie das Kennwort nach der ersten Anmeldung.\n\nZur Prüfung haben wir folgende Daten hinterlegt: ", per(p.full), ", ",
            ph, ", wohnhaft ", adr("de-DE", cc="DE"), ". Bankverbindung: ", iban("DE"), ".\n\nDer Jahresbeitrag beträgt ", prc(), ".\n\n",
            signoff(s, "de"), "\nKundenservice"]


@tpl("email", locs=["fr-FR"])
def email_fr(loc):
    p, s = person("fr-FR"), person("fr-FR")
    ph, _ = dob_phrase("fr", p)
    return ["Objet : Dossier ", oid(), " - pièces manquantes\n\nBonjour ", per(p.alone), ",\n\n",
            "Suite à notre appel, voici le récapitulatif : ", per(p.full), ", ", ph, ", demeurant ", adr("fr-FR", cc="FR"), ". ",
            "Téléphone : ", phn("fr-FR"), ". RIB : ", iban("FR"), ".\n", ch(["Votre médecin mentionne ", "Le certificat indique "]),
            health("fr"), ".\n\nMontant à régler : ", prc(), " avant le ", dt(), ".\n\n", signoff(s, "fr")]


@tpl("email", locs=["es-ES", "es-MX", "pt-BR"])
def email_es_pt(loc):
    p, s = person(loc), person(loc)
    lg = lang(loc)
    ph, _ = dob_phrase(lg, p)
    if lg == "pt":
        body = ["Assunto: Cadastro atualizado\n\nOlá ", per(p.alone), ",\n\nconfirmamos os dados: ", per(p.full), ", ", ph,
                ", endereço ", adr(loc), ". Celular ", phn(loc), ". ", pw_phrase(loc), " (provisória).\n\nPedido ", oid(), ", total ", prc(), ".\n\n"]
    else:
        body = ["Asunto: Alta de cliente ", oid(), "\n\nHola ", per(p.alone), ":\n\nte confirmo los datos: ", per(p.full), ", ", ph,
                ", domicilio en ", adr(loc), ". Móvil ", phn(loc), ". ", pw_phrase(loc), ". Cuenta para domiciliar: ", iban("ES"), ".\n\nImporte: ", prc(), ".\n\n"]
    return body + [signoff(s, lg)]


@tpl("email")
def email_iban_change(loc):
    p, fin = person(loc), person(any_loc())
    return ["From: ", hdr_addr(p, style=ch([0, 1, 2])), "\nTo: ", hdr_addr(fin, True, style=ch([0, 1])), "\nSubject: updated bank details\n\n",
            "Hi ", per(fin.short()), ",\n\nWe switched banks. Please pay invoice ", oid(), " (", prc(), ") to:\n\n  Account name: ",
            per(p.full), "\n  IBAN: ", iban_loc(loc), "\n  BIC: ", ch(["DEUTDEFF", "BNPAFRPP", "INGBNL2A", "BARCGB22", "CAIXESBB", "UNCRITMM"]),
            "\n\nOld details stop working after ", dt(), ". ", signoff(p), "\n\n[", brand(), " finance - ", ver(), "]"]


@tpl("email", w=1.3)
def email_cc_announcement(loc):
    ps = [person(any_loc(0.6)) for _ in range(rint(4, 6))]
    lines = [["  - ", per(p.full), " ", ch(["moves to", "joins", "now leads", "takes over"]), " ",
              ch([["Payments"], ["Search"], ["Platform"], ["the Data team"], ["the ", tech(), " team"]]),
              ch([" (from ", " (effective "]), dt(), ")\n"] for p in ps[1:]]
    return ["To: ", E("EMAIL", "all-eng@" + ch(DATA.WORK_DOMAINS)), "\nCc: ", join(", ", [hdr_addr(p, True, style=ch([1, 3])) for p in ps[1:3]]),
            "\nSubject: Team changes\n\nHi all,\n\na few changes this quarter:\n\n", lines,
            "\nPlease welcome ", per(ps[-1].alone), " and thank ", per(ps[1].alone), " for running the ", tech(), " migration. ",
            ch(["From ", "Starting "]), dt(), " we're at ", adr(loc), ch([" (guest wifi: ", " - door code "]), pwd(ch(["phrase", "pin"])), ").\n\n",
            signoff(ps[0])]


@tpl("email")
def email_reply_quoted(loc):
    a, b = person(loc), person(any_loc())
    return [ch(["Thanks ", "Perfect, thanks ", "Got it "]), per(b.alone), " - I'll bring ", per(a.alone if maybe(0.5) else b.alone),
            "'s meds list (", health("en", True), ") to the appointment.\n\n", signoff(a), "\n\nOn ", dt(2), " at ", clock(), ", ",
            per(b.full), " <", eml(b), "> wrote:\n> Hi ", per(a.alone), ",\n> your follow-up is booked for ", dt(), " at the ",
            place(), " clinic.\n> Please bring your insurance card and the ", fp("discharge_summary.pdf"), ". We still have ", adr(loc), " on file.\n> ", phn(loc), "\n"]


# ================================================================ slack / teams / whatsapp
_CONV = {}


def conv_tick():
    """Monotonic clock for one transcript: returns (y, m, d, 'HH:MM', seconds)."""
    if not _CONV:
        _CONV.update(y=rint(2022, 2025), m=rint(1, 12), d=rint(1, 27), mins=rint(6 * 60, 20 * 60))
    _CONV["mins"] += rint(0, 25)
    if _CONV["mins"] >= 24 * 60:
        _CONV["mins"] -= 24 * 60
        _CONV["d"] += 1
    return _CONV["y"], _CONV["m"], _CONV["d"], "%02d:%02d" % divmod(_CONV["mins"], 60), rint(0, 59)


def chat_line(kind, who, msg):
    """who: pieces for the speaker; msg: pieces."""
    y, mo, d, t, sec = conv_tick()
    if kind == "slack":
        st = _CONV.setdefault("slack", rint(0, 2)) if maybe(0.8) else rint(0, 2)
        if st == 0:
            return ["[", t, "] ", who, ": ", msg, "\n"]
        if st == 1:
            h, m = t.split(":")
            return [who, "  ", str(int(h) % 12 or 12), ":", m, " ", "AM" if int(h) < 12 else "PM", "\n", msg, "\n"]
        return ["*", who, "* ", t, "\n", msg, "\n"]
    if kind == "teams":
        return ch([[who, "   ", t, "\n", msg, "\n\n"], ["[", t, "] ", who, "\n", msg, "\n"]])
    if _CONV.setdefault("wa", rint(0, 1)) == 0:
        return ["[", D("DATE", "%02d/%02d/%02d" % (d, mo, y % 100)), ", ", t, ":%02d] " % sec, who, ": ", msg, "\n"]
    return [D("DATE", "%02d/%02d/%d" % (d, mo, y)), ", ", t, " - ", who, ": ", msg, "\n"]


def bot():
    return ops(["Jenkins", "Sentry", "Grafana", "Argo CD", "Copilot", "Alfred", "Hermes", "Watson"])


@tpl("slack", w=1.3)
def slack_transcript(loc):
    a, b, c = person(loc), person(any_loc()), person(any_loc(0.7))
    return [chat_line("slack", per(a.full), ["deploying ", ver(), " of ", svc(), " now, ", per(b.alone), " can you watch ", tech(), "?"]),
            chat_line("slack", per(b.full), ["on it. fwiw ", per(c.full), " said the migration ", hx("sha7"), " is safe"]),
            chat_line("slack", bot(), ["Build ", nid(str(rint(1000, 99999))), " SUCCESS (", hx("sha12"), ")"]),
            chat_line("slack", per(c.full), ["yep. also for the staging box ", pw_phrase(loc if maybe(0.3) else "en-US"), " - don't put it in the wiki"]),
            chat_line("slack", per(a.full), [ch(DATA.PHRASES_NEUTRAL), " ", per(c.alone), ", rotating after the release"])]



@tpl("slack", w=1.2)
def slack_oncall(loc):
    ps = [person(any_loc(0.6)) for _ in range(3)]
    return ["#oncall\n", chat_line("slack", bot(), ["FIRING: ", svc(), " p99 > 2s since ", ts(), " runbook: ", fp("docs/runbooks/oncall.md")]),
            chat_line("slack", per(ps[0].full), ["ack. ", per(ps[1].alone), " is primary this week but ", ch(["she's", "he's", "they're"]),
                                                 " on a flight to ", place()]),
            chat_line("slack", per(ps[2].full), ["I can take it. ping ", tech(), " not ", per(ps[1].short()), " lol. client ip in the alert is ", ip()]),
            chat_line("slack", per(ps[0].full), ["thx ", per(ps[2].alone), ". rolled back to ", ver(), ch(["", [". break-glass ", pw_phrase("en-US")]])])]


@tpl("teams", w=1.2)
def teams_recap(loc):
    ps = [person(any_loc(0.5)) for _ in range(4)]
    return ["Meeting recap - ", ch(["Vendor review", "Sprint planning", "Budget sync", "Incident retro"]), " (", dt(), ")\n\n",
            "Attendees: ", join(", ", [per(p.full) for p in ps]), "\n\nAction items\n",
            "1. ", per(ps[1].alone), " to send the ", brand(), " quote (", prc(), ")\n",
            "2. ", per(ps[2].full), " owns ticket ", oid(), "\n",
            "3. ", per(ps[3].alone), " + ", per(ps[0].alone), ": upgrade ", tech(), " to ", ver(), "\n",
            "4. courier the signed copy to ", per(ps[1].alone), " at ", adr(ps[1].loc), "\n\n",
            chat_line("teams", per(ps[2].full), ["will do, but I'm out ", dt(), " - ", per(ps[3].short()), " can cover"])]


@tpl("whatsapp", w=1.2)
def whatsapp_family(loc):
    a, b, g = person(loc), person(loc), person(loc)
    mum = ch(["Mum", "Mom", "Mama", "Dad", "Papa", "Grandpa"])
    return [chat_line("wa", ch([mum, per(a.full)]), ["can someone pick up ", per(g.alone), "'s prescription? it's the ", health("en", True),
                                                        " from the pharmacy near ", place()]),
            chat_line("wa", per(b.alone), ["i can after work. what's the address again"]),
            chat_line("wa", ch([mum, per(a.full)]), [adr(loc), " ", ch(["❤️", "🙏", ""])]),
            chat_line("wa", per(b.alone), ["ok. also the clinic form needs ", per(g.full), "'s date of birth"]),
            chat_line("wa", ch([mum, per(a.full)]), [dob_val(lang(loc) if maybe(0.4) else "en")[0], " and tell them about the ", health("en", False)])]


@tpl("whatsapp")
def whatsapp_landlord(loc):
    ll, t = person(loc), person(any_loc())
    return [chat_line("wa", per(ll.full), ["Hi ", per(t.alone), ", welcome! Flat is ", adr(loc), ". ", pw_phrase(loc)]),
            chat_line("wa", per(t.full), ["thanks! where do I send the deposit?"]),
            chat_line("wa", per(ll.full), [iban_loc(loc), " - reference your surname please. Rent is ", prc(), " due on the 1st"]),
            chat_line("wa", per(t.full), ["done 👍 ref ", nid()])]


@tpl("slack")
def slack_dm_creds(loc):
    a, b = person(loc), person(any_loc())
    host = ch(["grafana", "jenkins", "admin", "vpn", "staging", "sftp"]) + "." + ch(DATA.WORK_DOMAINS)
    return [chat_line("slack", per(a.full), ["can you share the ", tech(), " login? ", per(b.alone), " is locked out"]),
            chat_line("slack", per(b.full), [ch(["login: ", "user: ", "u: "]), ch(["admin", "ops", "svc-ci", "root"]), ch([" / pass: ", " pw: ", " | password: "]),
                                             pwd(), " (", host, ")"]),
            chat_line("slack", per(a.full), [ch(["thx", "ty", "cheers"]), ". fyi ", pw_neg()]),
            chat_line("slack", per(b.full), ["yeah yeah. also ", ch(["vpn psk is ", "the ssh key passphrase is "]), pwd("phrase")])]


@tpl("teams", locs=["de-DE"])
def teams_de(loc):
    a, b, c = person("de-DE"), person("de-DE"), person(any_loc())
    return [chat_line("teams", per(a.full), ["Moin ", per(b.alone), ", kannst du ", per(c.full), " den VPN-Zugang schicken? ", pw_phrase("de-DE")]),
            chat_line("teams", per(b.full), ["Mach ich. Release ", ver(), " ist übrigens auf ", tech(), " durch."]),
            chat_line("teams", per(a.full), ["Danke! ", per(c.alone), " sitzt ab ", dt(5), " in ", place(), ". Seine Nummer: ", phn(cc="DE")])]


@tpl("whatsapp")
def whatsapp_party(loc):
    ps = [person(any_loc(0.5)) for _ in range(4)]
    return [chat_line("wa", per(ps[0].alone), ["party at ours saturday!! ", adr(loc), ". ", per(ps[1].alone), " and ", per(ps[2].alone),
                                                 " are bringing food, ", per(ps[3].full), " is doing the playlist"]),
            chat_line("wa", per(ps[1].full.lower()), ["omg yes. gate code is ", pwd("pin"), " right?"]),
            chat_line("wa", per(ps[0].alone), ["yep. bring ", drink(), " if u can, last time it was ", prc(), " at ", place()]),
            chat_line("wa", per(ps[3].alone), ["🎶 on it"])]


# ================================================================ tool calls (arguments as escaped JSON strings)
def tool_wrap(name, args, ea=None):
    ea = ea_p(0.15) if ea is None else ea
    st = rint(0, 4)
    argj = J(args, ea=False, compact=maybe(0.6))
    if st == 0:
        return J({"type": "function_call", "call_id": "call_" + hexs(24), "name": name, "arguments": S(*flat(argj))}, ea=ea, **jstyle())
    if st == 1:
        return J({"id": "chatcmpl-" + hexs(20), "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": None, "tool_calls": [toolcall(name, args, ea)]}}]}, ea=ea, **jstyle())
    if st == 2:
        return [ts(), " DEBUG agent.tools dispatch name=", name, " call_id=call_", hexs(12), " arguments=", q(argj, ea), "\n"]
    if st == 3:
        return J({"role": "assistant", "function_call": {"name": name, "arguments": S(*flat(argj))}}, ea=ea, **jstyle())
    return ["tool_call ", name, "(", q(argj, ea), ") -> pending [trace ", hx("h32"), "]"]


@tpl("toolcall", w=1.3)
def tool_send_email(loc):
    a, b = person(loc), person(any_loc())
    body = [ch(["Hi ", "Dear ", "Hello "]), per(a.alone), ",\n\n", ch(["as discussed, ", "quick reminder: ", "following up - "]),
            "your appointment with ", per(b.full), " is on ", dt(), ". ", ch(["Parking is at ", "Meet at "]), place(), ".\n\n",
            ch(["", ["Your portal login is this address, ", pw_phrase("en-GB"), ".\n\n"]]), ch(["Best", "Thanks", "Cheers"]), "\n", per(b.alone)]
    return tool_wrap("send_email", {"to": eml(a), "cc": [eml(b, True)], "subject": S("Appointment ", oid()), "body": S(*flat(body))})


@tpl("toolcall")
def tool_crm_update(loc):
    p = person(loc)
    return tool_wrap(ch(["crm.update_contact", "update_customer", "hubspot_upsert"]),
                     {"contact_id": Raw(nid()), "fields": {"owner_name": per(person(any_loc()).full), "full_name": per(p.full),
                                                        "birthdate": dob_val("en" if maybe(0.6) else lang(loc))[0], "phone": phn(loc),
                                                        "mailing_address": adr(loc, sep=ch([", ", "\n"])), "segment": ch(["smb", "enterprise"])},
                      "source": ch(["chat", "voice", "import"]), "schema": ver()})


@tpl("toolcall")
def tool_db_query(loc):
    a, b = person(loc), person(any_loc())
    sql = ["SELECT id, email, phone FROM customers WHERE full_name IN ('", per(a.full.replace("'", "''")), "', '",
           per(b.full.replace("'", "''")), "') AND created_at > '", dt(0), "' LIMIT 20"]
    return tool_wrap(ch(["run_sql", "query_database", "db.execute"]), {"database": ch(["crm", "prod_replica", "warehouse"]), "sql": S(*flat(sql)),
                                                                       "timeout_ms": rint(1000, 30000)})


@tpl("toolcall")
def tool_book_appt(loc):
    p = person(loc)
    return tool_wrap("book_appointment", {"patient": {"name": per(p.full), "dob": dob_val("en")[0], "phone": phn(loc), "home_address": adr(loc)},
                                          "reason": S(ch(["follow-up for ", "review of ", "new symptoms, history of "]), health("en", False)),
                                          "current_medication": [health("en", True)], "clinic": place(), "slot": ts(3)})


@tpl("toolcall")
def tool_payment(loc):
    p = person(loc)
    return tool_wrap(ch(["charge_card", "payments.create", "stripe_charge"]),
                     {"amount": S(prc()), "order_id": oid(), "card": {"number": ccn(), "exp": "%02d/%d" % (rint(1, 12), rint(2025, 2031)),
                                                                      "cvc": digits(3), "holder": per(p.full.upper())},
                      "billing_address": adr(loc), "idempotency_key": hx("uuid")})


@tpl("toolcall")
def tool_create_user(loc):
    p = person(loc)
    return tool_wrap(ch(["create_user", "admin.users.create", "provision_account"]),
                     {"username": ch(["new.hire", "contractor-", "ext_"]) + digits(3),
                      "display_name": per(p.full), "email": eml(p, True), "initial_password": pwd(),
                      "manager": per(person(any_loc()).full), "groups": ["staff", ch(["vpn", "finance", "eng"])], "ticket": oid()})


@tpl("toolcall")
def tool_search_results(loc):
    ps = [person(any_loc(0.6)) for _ in range(3)]
    hits = [{"name": per(p.full), "title": ch(["Director", "Nurse", "Analyst", "Engineer", "Paralegal"]), "email": eml(p, True),
             "score": round(R.random(), 3)} for p in ps]
    return J({"tool": "directory_search", "query": S("people near ", place()), "result": S(*flat(J({"hits": hits, "took_ms": rint(3, 900)}, compact=True)))},
             ea=ea_p(0.15), **jstyle())


# ================================================================ JSON logs
def lvl():
    return ch(["info", "INFO", "warn", "WARN", "error", "debug"])


def jline(d):
    return [J(d, ea=False, compact=maybe(0.7)), "\n"]


def filler_jlog():
    return jline({"ts": ts(0), "level": "info", "svc": svc(), "msg": ch(["healthcheck ok", "cache warm", "flushed batch", "rotated segment"]),
                  "version": ver(), "trace_id": hx("h32"), "dur_ms": rint(1, 900)})


@tpl("jsonlog", w=1.2)
def jsonlog_auth(loc):
    p = person(loc)
    out = [filler_jlog() if maybe(0.5) else ""]
    out.append(jline({"ts": ts(0), "level": "warn", "event": "login_failed", "user": eml(p), "display": per(p.full), "client_ip": ip(),
                      "ua": ch(["Mozilla/5.0 (Macintosh)", "okhttp/4.12.0", "curl/8.5.0"]), "request_id": hx("uuid"), "attempt": rint(2, 6)}))
    out.append(jline({"ts": ts(0), "level": "info", "event": "password_reset_requested", "note": pw_neg(), "user": eml(p), "ip": ip()}))
    if maybe(0.5):
        out.append(jline({"ts": ts(0), "level": "debug", "event": "form_dump", "form": {"username": eml(p), "password": pwd(), "remember_me": True}}))
    if maybe(0.5):
        out.append(filler_jlog())
    return out


@tpl("jsonlog")
def jsonlog_checkout(loc):
    p = person(loc)
    return [jline({"@timestamp": ts(0), "log.level": "INFO", "message": "order placed", "order": oid(), "total": S(prc()),
                   "cust": per(p.full), "ship_to": adr(loc), "items": rint(1, 6), "build": ver()}),
            jline({"@timestamp": ts(0), "log.level": "ERROR", "message": S("payment declined for ", per(p.alone)), "card": ccn(),
                   "gateway": brand(), "span": hx("h16")}),
            filler_jlog() if maybe(0.6) else ""]


@tpl("jsonlog", w=1.3)
def jsonlog_unusual_keys(loc):
    ps = [person(any_loc(0.6)) for _ in range(4)]
    keys = sample(["requester", "approver", "owner_name", "cust", "agent", "reviewer", "assignee_display", "signed_by", "submitted_by",
                   "on_behalf_of", "pic", "contact", "handler"], 4)
    d = {"time": ts(), "kind": ch(["expense.approved", "access.granted", "refund.issued", "po.signed"]), "id": oid(), "amount": S(prc())}
    for k, p in zip(keys, ps):
        d[k] = per(ch([p.full, p.full, p.surname_first(), p.full.lower()]))
    d["policy"] = ver()
    if maybe(0.6):
        d["ship_to"] = adr(ps[0].loc)
    d["diff_sha"] = hx("sha40")
    return [jline(d), filler_jlog() if maybe(0.5) else "",
            jline({"time": ts(), "kind": "comment", "by": per(ps[0].alone), "text": S("ok by me, cc ", per(ps[2].alone)), "ref": nid()})]


@tpl("jsonlog")
def jsonlog_error_dump(loc):
    p = person(loc)
    payload = J({"email": eml(p), "password": pwd(), "name": per(p.full), "remember": True}, compact=True)
    return [jline({"ts": ts(0), "level": "error", "logger": "api.auth", "msg": "validation failed", "path": fp("/api/v2/session"),
                   "body": S(*flat(payload)), "err": S("ValidationError at ", fp(), ":", str(rint(10, 400))), "release": ver(),
                   "request_id": hx("uuid")}),
            filler_jlog()]


@tpl("jsonlog", w=1.2)
def jsonlog_llm_trace(loc):
    p, q2 = person(loc), person(any_loc())
    prompt = ["Summarise this ticket: customer ", per(p.full), " (", phn(loc), ") says the ", ch(DATA.PRODUCTS), " from ", brand(),
              " broke after ", str(rint(2, 30)), " days. ", per(p.alone), " wants a refund of ", prc(), ". Agent ", per(q2.full), " approved."]
    ea = ea_p(0.25)
    return [J({"ts": ts(0), "span": "llm.request", "model": ch(MODELS), "trace_id": hx("h32"),
               "input": [{"role": "user", "content": S(*flat(prompt))}], "tokens": {"in": rint(80, 900), "out": rint(20, 300)},
               "sdk": ver()}, ea=ea, **jstyle()), "\n"]


# ================================================================ logfmt
def lf(key, val, quote=None):
    """logfmt key=value; quote when value has spaces."""
    v = plain_text(val)
    if quote is None:
        quote = (" " in v) or ("=" in v) or ('"' in v)
    if quote:
        return [key, "=", q(val)]
    return [key, "=", val]


def lfline(*kvs):
    return [join(" ", list(kvs)), "\n"]


def filler_lf():
    return lfline(lf("time", ts(ch([0, 3]))), lf("level", "info"), lf("msg", "request completed"), lf("path", fp()),
                  lf("status", str(ch([200, 200, 204, 304]))), lf("dur", "%dms" % rint(1, 800)), lf("req", hx("h16")))


@tpl("logfmt", w=1.2)
def logfmt_access(loc):
    p = person(loc)
    out = [filler_lf() if maybe(0.6) else ""]
    out.append(lfline(lf("time", ts(ch([0, 3]))), lf("level", "info"), lf("msg", "profile viewed"), lf("cust", per(p.full)),
                      lf("cust_email", eml(p)), lf("ip", ip()), lf("app", svc()), lf("ver", ver()), lf("req", hx("uuid"))))
    out.append(lfline(lf("time", ts(ch([0, 3]))), lf("level", "warn"), lf("msg", "slow query"), lf("sql_ms", str(rint(800, 9000))),
                      lf("file", fp()), lf("agent", per(person(any_loc()).full))))
    out.append(filler_lf())
    return out


@tpl("logfmt")
def logfmt_audit(loc):
    a, b, c = person(loc), person(any_loc()), person(any_loc())
    return [lfline(lf("ts", ts()), lf("event", "role.change"), lf("approver", per(a.full)), lf("reviewer", per(b.surname_first())),
                   lf("subject", eml(c, True)), lf("role", "billing-admin"), lf("ticket", oid()), lf("commit", hx("sha7"))),
            lfline(lf("ts", ts()), lf("event", "mfa.reset"), lf("requester", per(c.full)), lf("reason", ["lost phone ", phn()]),
                   lf("src_ip", ip())),
            filler_lf() if maybe(0.5) else ""]


@tpl("logfmt")
def logfmt_payments(loc):
    p = person(loc)
    return [filler_lf(),
            lfline(lf("t", ts(0)), lf("lvl", "error"), lf("msg", "payout failed"), lf("beneficiary", per(p.full)), lf("iban", iban_loc(loc)),
                   lf("amount", prc()), lf("batch", nid()), lf("gw", ch(["adyen", "stripe", "wise"]))),
            lfline(lf("t", ts(0)), lf("lvl", "info"), lf("msg", "retry scheduled"), lf("attempt", "2"), lf("next", dt(0)))]


# ================================================================ plain logs
@tpl("log")
def log_syslog(loc):
    h = ch(["web-03", "bastion", "db-primary", "ip-10-0-3-17", "worker-7"])
    mo = ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    p = person(loc)

    def stamp():
        return D("DATE", "%s %2d %02d:%02d:%02d" % (mo, rint(1, 28), rint(0, 23), rint(0, 59), rint(0, 59)))
    return [stamp(), " ", h, " sshd[", str(rint(1000, 40000)), "]: Failed password for invalid user oracle from ", ip(), " port ", str(rint(1024, 65000)), " ssh2\n",
            stamp(), " ", h, " sshd[", str(rint(1000, 40000)), "]: Accepted publickey for deploy from ", ip(), " port ", str(rint(1024, 65000)), " ssh2: ED25519 SHA256:", hexs(10), "\n",
            stamp(), " ", h, " sudo[", str(rint(1000, 40000)), "]:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -u admin -p", pwd(url_safe=True), "\n",
            stamp(), " ", h, " cron[", str(rint(100, 999)), "]: (root) CMD (", fp("/usr/local/bin/backup.sh"), ")\n",
            stamp(), " ", h, " postfix/smtp[", str(rint(1000, 40000)), "]: ", hexs(10).upper(), ": to=<", eml(p), ">, relay=", ch(["aspmx.l.google.com", "mx1.mail.ovh.net"]), ", status=sent\n"]


@tpl("log")
def log_nginx(loc):
    lines = []
    mo = ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    p = person(loc)
    for i in range(rint(3, 5)):
        path = ch([["/api/v1/orders/", oid()], ["/static/", fp("app." + hexs(8) + ".js")], ["/reset-password?token=", hx("h32")],
                   ["/u/profile?name=", per(p.full.replace(" ", "+")) if p.latin else "me"], ["/healthz"]])
        lines.append([ip(), " - - [", D("DATE", "%02d/%s/%d:%02d:%02d:%02d +0000" % (rint(1, 28), mo, rint(2023, 2025), rint(0, 23), rint(0, 59), rint(0, 59))),
                      "] \"", ch(["GET", "GET", "POST"]), " ", path, " HTTP/1.1\" ", str(ch([200, 200, 302, 404, 500])), " ", str(rint(200, 90000)),
                      " \"-\" \"", ch(["Mozilla/5.0", "python-requests/2.31.0", "Go-http-client/2.0"]), "\"\n"])
    return lines


@tpl("log", w=1.2)
def log_py_traceback(loc):
    p = person(loc)
    return ["ERROR [", ts(1), "] ", svc(), " worker crashed while processing job ", nid(), "\n",
            "Traceback (most recent call last):\n  File \"", fp("/srv/app/jobs/notify.py"), "\", line ", str(rint(20, 400)), ", in send\n",
            "    resp = client.post(url, json=payload)\n  File \"", fp("/usr/local/lib/python3.11/site-packages/httpx/_client.py"), "\", line ", str(rint(700, 1900)),
            ", in post\nhttpx.ConnectTimeout: timed out\n\nLocals:\n  payload = {'to': '", eml(p), "', 'name': '", per(p.full.replace("'", "\\'")),
            "', 'phone': '", phn(loc), "', 'dob': '", dob_val("en")[0], "'}\n  url = 'https://", ch(["api.sendgrid.com", "hooks.slack.com", "sms.example-gw.io"]),
            "/v3/send'\n  release = '", ver(), "'\n"]


# ================================================================ CSV / TSV
def csvq(pieces, sep=","):
    v = plain_text(pieces)
    if sep in v or '"' in v or "\n" in v:
        return ['"', mapp(pieces, lambda s: s.replace('"', '""')), '"']
    return pieces


def row(cells, sep=","):
    return [join(sep, [csvq(c, sep) for c in cells]), "\n"]


@tpl("csv", w=1.3)
def csv_customers(loc):
    sep = ch([",", ",", ";"])
    hdr = ch([["customer_id", "name", "email", "phone", "address", "signup", "ltv"], ["id", "Full Name", "E-mail", "Mobile", "Postal", "Created", "Spend"]])
    rows = [row(hdr, sep)]
    for _ in range(rint(3, 5)):
        p = person(any_loc(0.5))
        rows.append(row([nid(str(rint(10000, 999999))), per(p.full), eml(p), phn(p.loc), adr(p.loc), dt(0), prc()], sep))
    return rows


@tpl("csv")
def csv_payroll(loc):
    sep = ch([",", ";", "|"])
    rows = [row(["emp_no", "employee", "birth_date", "iban", "gross", "period", "cost_centre"], sep)]
    for _ in range(rint(3, 5)):
        p = person(loc if maybe(0.5) else any_loc())
        rows.append(row([nid(str(rint(1000, 99999))), per(ch([p.full, p.surname_first()])), dob_val(ch(["en", lang(p.loc)]))[0], iban_loc(p.loc), prc(), D("DATE", "%d-%02d" % (rint(2023, 2025), rint(1, 12))),
                         ch(["CC-100", "CC-220", "OPS", "R&D"])], sep))
    return rows


@tpl("tsv", w=1.2)
def tsv_patients(loc):
    rows = [row(["mrn", "patient", "dob", "dx", "rx", "ward", "updated"], "\t")]
    for _ in range(rint(3, 5)):
        p = person(any_loc(0.5))
        rows.append(row([nid(str(rint(100000, 9999999))), per(p.full), dob_val(ch(["en", "en", "de", "fr"]))[0], health("en", False), health("en", True),
                         ch(["4B", "ICU", "Oncology", "Day unit", "Maternity"]), ts(1)], "\t"))
    return rows


@tpl("csv")
def csv_caps(loc):
    rows = [row(["SURNAME", "GIVEN", "DOB", "PNR", "NATIONALITY", "SEAT"])]
    for _ in range(rint(3, 6)):
        p = person(any_loc(0.3))
        rows.append(row([per(p.family.upper()), per(p.given.upper()), dob_val("en")[0],
                         D("ORDER_ID", "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))), ch(["GBR", "NGA", "POL", "VNM", "DEU", "BRA", "IND", "GHA"]),
                         "%d%s" % (rint(1, 40), ch("ABCDEF"))]))
    return ["manifest flight ", ch(["BA", "LH", "KL", "ET", "QR"]), str(rint(100, 999)), " ", dt(0), "\n"] + rows


@tpl("csv")
def csv_shipping(loc):
    rows = [row(["order", "recipient", "address", "phone", "weight_kg", "carrier"])]
    for _ in range(rint(2, 4)):
        p = person(any_loc(0.4))
        rows.append(row([oid(), per(p.full), adr(p.loc), phn(p.loc), "%.1f" % (rint(1, 300) / 10), ch(["DHL", "UPS", "DPD", "Royal Mail", "PostNL"])]))
    return rows


@tpl("tsv")
def tsv_contacts(loc):
    rows = [row(["Name", "Relationship", "Phone", "Email", "Notes"], "\t")]
    owner = person(loc)
    for rel in sample(["mother", "father", "spouse", "neighbour", "sister", "GP", "friend"], rint(3, 4)):
        p = person(loc if maybe(0.6) else any_loc())
        rows.append(row([per(p.full), rel, phn(p.loc), eml(p) if maybe(0.6) else "", ch(["", "has spare key", "allergic to penicillin", "prefers WhatsApp"])], "\t"))
    return ["# emergency contacts for ", per(owner.full), " exported ", dt(), "\n"] + rows


# ================================================================ SQL
def sqlq(pieces):
    return ["'", mapp(pieces, lambda s: s.replace("'", "''")), "'"]


@tpl("sql", w=1.2)
def sql_insert(loc):
    vals = []
    for _ in range(rint(2, 4)):
        p = person(any_loc(0.5))
        vals.append(["  (", nid(str(rint(1000, 99999))), ", ", sqlq([per(p.full)]), ", ", sqlq([eml(p)]), ", ", sqlq([dob_val("en")[0]]) if maybe(0.5) else "NULL",
                     ", ", sqlq([adr(p.loc)]), ", ", sqlq([ts(1)]), ")"])
    return ["-- seed for ", fp("migrations/0042_add_invoice_index.sql"), " (reviewed by ", per(person(loc).full), ")\n",
            "INSERT INTO customers (id, full_name, email, birth_date, address, created_at) VALUES\n", join(",\n", vals), ";\n"]


@tpl("sql")
def sql_update(loc):
    p, r = person(loc), person(any_loc())
    return ["BEGIN;\n-- ticket ", oid(), ", requested by ", per(r.full), "\nUPDATE users SET phone = ", sqlq([phn(loc)]), ", ssn = ", sqlq([ssn("-")]),
            "\n WHERE id = ", nid(), "; -- ", per(p.full), "\nUPDATE users SET password = crypt(", sqlq([pwd()]), ", gen_salt('bf')) WHERE id = ", nid(),
            ";\n-- ", pw_neg(), "\nCOMMIT;\n"]


@tpl("sql")
def sql_psql_output(loc):
    ps = [person(any_loc(0.6)) for _ in range(rint(3, 5))]
    out = ["app=> SELECT id, name, email, last_ip FROM accounts WHERE flagged;\n   id   |        name        |            email            |    last_ip\n",
           "--------+--------------------+-----------------------------+---------------\n"]
    for p in ps:
        out.append([" ", nid(str(rint(10000, 999999))), " | ", per(p.full), " | ", eml(p), " | ", ip(), "\n"])
    out.append("(%d rows)\n" % len(ps))
    return out


# ================================================================ config: yaml / env / ini
@tpl("yaml", w=1.2)
def yaml_app(loc):
    p = person(loc)
    return ["# owner: ", per(p.full), " (", eml(p, True), ")\n# last touched ", dt(0), " in ", hx("sha7"), "\napp:\n  name: ", svc(), "\n  version: ", ver(),
            "\ndatabase:\n  host: ", ip(private=True, v6=False), "\n  port: 5432\n  user: app_rw\n  password: ", pwd(), "\n  pool: ", str(rint(5, 50)), "\nsmtp:\n  relay: smtp.", ch(DATA.WORK_DOMAINS), "\n  username: ", eml(p, True), "\n  password: ", pwd(),
            "\nlogging:\n  file: ", fp(), "\n  level: info\n"]


@tpl("env", w=1.2)
def env_file(loc):
    p = person(loc)
    lines = ["# .env.production - do not commit (", per(p.full), " ", dt(), ")\n", "NODE_ENV=production\n", "APP_VERSION=", ver(), "\n",
             "POSTGRES_PASSWORD=", pwd(), "\n", "REDIS_URL=redis://:", pwd(url_safe=True), "@", ip(private=True, v6=False), ":6379/0\n",
             "ADMIN_EMAIL=", eml(p, True), "\n", ch(["SMTP_PASS", "MAIL_PASSWORD", "EMAIL_HOST_PASSWORD"]), "=\"", pwd(), "\"\n",
             "GIT_SHA=", hx("sha40"), "\n", "SUPPORT_PHONE=", phn(loc), "\n", "UPLOAD_DIR=", fp(), "\n"]
    if maybe(0.4):
        lines.append(["# ", pw_neg(), "\n"])
    return lines


@tpl("ini")
def ini_file(loc):
    p = person(loc)
    return ["; maintained by ", per(p.full), "\n[general]\nversion = ", ver(), "\nlog = ", fp(), "\n\n[database]\nhost = ", ip(private=True, v6=False),
            "\nuser = reporting\npassword = ", pwd(), "\n\n[ftp]\nhost = ", ip(), "\nlogin = ", ch(["upload", "partner01", "acme_in"]), "\npasswd = ", pwd(),
            "\n\n[notify]\nsms = ", phn(loc), "\nto = ", eml(p, True), "\n"]


@tpl("yaml")
def compose_yaml(loc):
    p = person(loc)
    return ["version: \"3.9\"\n# maintainer: ", per(p.full), "\nservices:\n  db:\n    image: postgres:", ver(), "\n    environment:\n      POSTGRES_USER: app\n",
            "      POSTGRES_PASSWORD: ", pwd(), "\n    volumes:\n      - ", fp("/srv/data/pg"), ":/var/lib/postgresql/data\n  web:\n    image: registry.", ch(DATA.WORK_DOMAINS),
            "/", svc(), "@sha256:", hx("sha64"), "\n    environment:\n      - DATABASE_URL=postgres://app:", pwd(url_safe=True), "@db:5432/app\n",
            "      - MAINTAINER_EMAIL=", eml(p, True), "\n    labels:\n      com.example.owner: \"", per(p.full), "\"\n"]


@tpl("yaml")
def k8s_secret(loc):
    p = person(loc)
    return ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", svc(), "-creds\n  annotations:\n    owner: ", per(p.alone.lower() if p.latin else p.full),
            "\n    rotated: \"", dt(0), "\"\ntype: Opaque\nstringData:\n  DB_PASSWORD: ", pwd(), "\n  ADMIN_PASSWORD: \"", pwd("phrase"),
            "\"\n  SENTRY_RELEASE: \"", hx("sha40"), "\"\n"]


@tpl("yaml", w=1.2)
def yaml_oncall(loc):
    ps = [person(any_loc(0.6)) for _ in range(rint(3, 4))]
    out = ["# rotation for ", tech(), " - generated ", ts(), "\nrotation:\n"]
    for p in ps:
        out.append(["  - name: ", per(p.full), "\n    phone: \"", phn(p.loc), "\"\n    from: ", dt(0), "\n"])
    out.append(["escalation: ", per(ps[0].alone), " -> ", per(ps[-1].alone), "\n"])
    return out


# ================================================================ code
def pystr(pieces):
    return ['"', mapp(pieces, lambda s: s.replace("\\", "\\\\").replace('"', '\\"')), '"']


@tpl("code", w=1.2)
def py_fixture(loc):
    p, o = person(loc), person(any_loc())
    return ["import pytest\n\n\n@pytest.fixture\ndef customer():\n    # TODO(", per(o.alone.lower() if o.latin else o.full), "): replace with factory once ", tech(), " ", ver(), " lands\n",
            "    return {\n        \"name\": ", pystr([per(p.full)]), ",\n        \"email\": ", pystr([eml(p)]), ",\n        \"ssn\": ", pystr([ssn("-")]),
            ",\n        \"dob\": ", pystr([dob_val("en")[0]]), ",\n        \"card\": ", pystr([ccn()]), ",\n    }\n\n\ndef test_masking(customer):\n",
            "    out = redact(f\"{customer['name']} paid ", prc(), "\")\n    assert ", pystr([per(p.alone)]), " not in out\n"]


@tpl("code")
def js_seed(loc):
    ps = [person(any_loc(0.5)) for _ in range(rint(2, 3))]
    items = [["  { id: ", nid(str(rint(1, 9999))), ", name: '", per(p.full.replace("'", "\\'")), "', phone: '", phn(p.loc), "', dob: '", dob_val("en")[0], "', city: '", place(), "' },\n"] for p in ps]
    return ["// seed.js - demo data for the ", tech(), " sandbox (", ver(), ")\n// generated ", dt(), ", see ", fp("packages/ui/src/index.ts"), "\n",
            "export const users = [\n", items, "];\n\nexport const admin = { user: 'root', pass: '", pwd(), "' }; // ", pw_neg(), "\n"]


@tpl("code", w=1.2)
def code_comments(loc):
    a, b = person(loc), person(any_loc())
    lang_ = ch(["py", "rs", "go", "ts"])
    cm = "#" if lang_ == "py" else "//"
    return [cm, " ", fp(), "\n", cm, " Ported from the ", tech(), " script ", per(a.full), " wrote in ", dt(2), ".\n",
            cm, " ", per(b.full), " says the retry logic is wrong; ask ", per(b.short()), " before touching it.\n",
            cm, " NOTE: staging creds below are temporary, ", pw_phrase("en-US"), "\n",
            "const MAX_RETRIES = 5;\n" if lang_ != "py" else "MAX_RETRIES = 5\n",
            cm, " fixed in ", hx("sha7"), ", released as ", ver(), "\n"]


@tpl("code")
def go_test(loc):
    p = person(loc)
    if maybe(0.5):
        return ["func TestNormalizeAddress(t *testing.T) {\n\t// regression for ", oid(), " reported by ", per(p.full), "\n\tin := `", adr(loc, sep="\n"), "`\n",
                "\twant := \"", adr(loc), "\"\n\tif got := NormalizeAddress(in); got != want {\n\t\tt.Fatalf(\"got %q\", got)\n\t}\n}\n// fixed in ", hx("sha7"), "\n"]
    raw = phone_str(LOC_CC.get(loc))
    norm = ("+" if raw.startswith("+") else "") + "".join(c for c in raw if c.isdigit())
    return ["func TestNormalizePhone(t *testing.T) {\n\tcases := []struct{ in, want string }{\n\t\t{\"", E("PHONE", raw), "\", \"", E("PHONE", norm), "\"},\n",
            "\t\t{\"", phn(), "\", \"invalid\"},\n\t}\n\t// reported by ", per(p.full), " in ", oid(), "\n\tfor _, c := range cases {\n",
            "\t\tif got := Normalize(c.in); got != c.want {\n\t\t\tt.Errorf(\"Normalize(%q) = %q, want %q\", c.in, got, c.want)\n\t\t}\n\t}\n}\n"]


@tpl("code")
def java_doc(loc):
    a, b = person(loc), person(any_loc())
    return ["/**\n * Computes the refund for a cancelled booking.\n *\n * @author ", per(a.full), "\n * @author ", per(b.full), " (review)\n",
            " * @since ", ver(), "\n * @see ", fp("app/models/invoice.rb"), "\n */\npublic BigDecimal refund(Booking b) {\n",
            "    // e.g. ", oid(), " -> ", prc(), "; customer ", per(person(any_loc()).full), " complained on ", dt(), "\n    return b.total().multiply(RATE);\n}\n"]


@tpl("code", w=1.1)
def shell_script(loc):
    p = person(loc)
    return ["#!/usr/bin/env bash\n# nightly export - ", per(p.full), " <", eml(p, True), ">\nset -euo pipefail\n",
            "mysqldump -h ", ip(private=True, v6=False), " -u backup -p", pwd(url_safe=True), " crm > ", fp("/mnt/backups/crm.sql"), "\n",
            "curl -fsS -u ", ch(["admin", "ci", "ops"]), ":", pwd(url_safe=True), " https://", ch(["nexus", "artifacts", "repo"]), ".", ch(DATA.WORK_DOMAINS), "/upload \\\n",
            "  -F file=@", fp("/tmp/upload_7f3a/part-0001.bin"), "\n",
            ch(["sshpass -p '", "PGPASSWORD='"]), pwd(url_safe=True), ch(["' ssh deploy@", "' psql -h "]), ip(), " ", ch(["'systemctl restart worker'", "-c 'vacuum analyze'"]),
            "\n# version ", ver(), "\n"]


@tpl("code")
def json_fixture_file(loc):
    ps = [person(any_loc(0.6)) for _ in range(2)]
    recs = [{"id": Raw(nid()), "name": per(p.full), "address": adr(p.loc, sep=ch([", ", "\n"])), "iban": iban_loc(p.loc),
             "created": ts(0)} for p in ps]
    return ["// tests/fixtures/", ch(["accounts", "payees", "landlords"]), ".json (", ver(), ")\n",
            J({"records": recs, "schema": ver(), "checksum": hx("sha64")}, ea=ea_p(0.15), indent=2), "\n"]


# ================================================================ HTML
def h(pieces):
    return mapp(pieces, lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


@tpl("html")
def html_profile(loc):
    p = person(loc)
    return ["<div class=\"profile-card\" data-id=\"", nid(), "\">\n  <h2>", h([per(p.full)]), "</h2>\n  <p class=\"addr\">", h([adr(loc)]),
            "</p>\n  <p class=\"dob\">", ch(["Born ", "DOB: ", "🎂 "]), dob_val(ch(["en", lang(loc)]))[0], "</p>\n  <p>Tel: <a href=\"tel:", phn(loc), "\">call</a> &middot; <a href=\"mailto:", eml(p), "\">e-mail</a></p>\n",
            "  <small>member since ", dt(), " &middot; app ", ver(), "</small>\n</div>\n"]


@tpl("html")
def html_signature(loc):
    p = person(loc)
    e = email_addr(p, True)
    return ["<table cellpadding=\"0\" style=\"font-family:Arial\">\n<tr><td><b>", h([per(p.full)]), "</b><br>", ch(["Head of Partnerships", "Office Manager", "Senior Counsel", "Site Lead"]),
            " | ", h([brand()]), " distributor</td></tr>\n<tr><td>", h([adr(loc)]), "</td></tr>\n<tr><td>M ", phn(loc), " &nbsp; E <a href=\"mailto:", E("EMAIL", e),
            "\">", E("EMAIL", e), "</a></td></tr>\n</table>\n<p style=\"color:#999\">Sent from ", ch(["Outlook for iOS", "my Galaxy", "Superhuman"]), "</p>\n"]


@tpl("html")
def html_form(loc):
    p = person(loc)
    return ["<form action=\"/apply\" method=\"post\">\n  <input name=\"full_name\" value=\"", h([per(p.full)]), "\">\n",
            "  <input name=\"dob\" type=\"date\" value=\"", dob_val("en")[0], "\">\n",
            "  <input name=\"ssn\" value=\"", ssn(), "\">\n  <textarea name=\"notes\">", h(["I take ", health("en", True), " daily; no other conditions. Referred by ", per(person(any_loc()).full)]),
            "</textarea>\n  <input type=\"password\" name=\"pw\" value=\"", pwd(), "\">\n  <!-- ", pw_neg(), " -->\n  <button>Submit</button>\n</form>\n"]


# ================================================================ Markdown
@tpl("markdown", w=1.3)
def md_meeting(loc):
    ps = [person(any_loc(0.6)) for _ in range(rint(3, 5))]
    return ["## ", ch(["Weekly sync", "Design review", "Partner call", "1:1 notes"]), " - ", dt(), "\n\n**Present:** ", join(", ", [per(p.alone) for p in ps]),
            "\n\n- ", per(ps[0].alone), " demoed the ", tech(), " integration (", ver(), ")\n- budget for ", brand(), " samples: ", prc(),
            "\n- [ ] ", per(ps[1].full), " to follow up with legal\n- [ ] ", per(ps[-1].full), " + ", per(ps[0].alone), " to fix ", oid(), "\n\n> ", per(ps[2].alone),
            ": \"we should not ship before ", dt(), "\"\n", ch([["\n_offsite venue: ", adr(loc), "_\n"], ["\n_guest wifi ", pwd(), "_\n"], ""])]


@tpl("markdown")
def md_incident(loc):
    a, b = person(loc), person(any_loc())
    return ["# Incident ", oid(), " - elevated 5xx on ", svc(), "\n\n| time (UTC) | event |\n|---|---|\n| ", ts(1), " | alert fired in ", tech(), " |\n",
            "| ", ts(1), " | ", per(a.full), " acked, traffic from ", ip(), " spiking |\n| ", ts(1), " | ", per(b.full), " rolled back to ", ver(), " (", hx("sha7"), ") |\n\n",
            "**Root cause:** bad config in `", fp(), "`.\n\n**Follow-ups:** ", per(a.alone), " adds rate limiting; ", per(b.short()), " reviews.\n"]


@tpl("markdown")
def md_table(loc):
    ps = [person(any_loc(0.6)) for _ in range(rint(3, 5))]
    rows = [["| ", per(p.full), " | ", ch(["Owner", "Backup", "Approver", "Contractor", "Reviewer"]), " | ", phn(p.loc), " | ", ch(["🟢", "🟡", "🔴"]), " |\n"] for p in ps]
    return ["### Contacts for the ", place(), " site launch\n\n| Name | Role | Phone | Status |\n|------|------|-------|--------|\n", rows,
            "\n_Last updated ", dt(), " - source ", fp("docs/runbooks/oncall.md"), "_\n"]


@tpl("markdown")
def md_runbook(loc):
    p = person(loc)
    return ["### Restoring the ", tech(), " primary\n\n1. SSH to `", ip(private=maybe(0.5), v6=False), "` as `ops`\n2. `sudo systemctl stop ", svc(), "`\n",
            "3. Restore from `", fp("/mnt/backups/pg/base/16384/2619"), "`\n4. Admin UI login: `admin` / `", pwd(), "`\n\n> ", pw_neg(), "\n\n",
            "Questions -> ", per(p.full), " (", eml(p, True), ")\n"]


@tpl("markdown")
def md_contacts_notes(loc):
    p, q_ = person(loc), person(loc)
    ph, age = dob_phrase("en")
    return ["# Notes - ", per(p.full), "\n\n* ", ph, " (", str(age), ")\n* lives at ", adr(loc), "\n* partner: ", per(q_.full), ", ", phn(loc),
            "\n* allergies / conditions: ", health("en", False), "\n* gift idea: ", brand(), " voucher (", prc(), ")\n\n",
            per(p.short()), " mentioned ", ch(["she", "he", "they"]), " is moving after ", dt(), ".\n"]


# ================================================================ SMS
@tpl("sms", w=1.1)
def sms_delivery(loc):
    p = person(loc)
    return [ch(["", "[", "FROM: "]), ch(["DPD", "Evri", "PostNL", "Correios", "InPost"]), ch([": ", "] ", " - "]), ch(["Hi ", "Hello ", ""]), per(p.alone),
            ", your parcel ", nid(), " will be delivered to ", adr(loc), " on ", dt(), ". ", ch(["Reply STOP to opt out.", "Change: dpd.io/x" + hexs(5), ""])]


@tpl("sms", w=1.2)
def sms_personal(loc):
    p, q_ = person(loc), person(any_loc())
    return [ch(["hey its ", "hi, ", "Hallo, hier ist ", "oi aqui é "]), per(p.short()), ch([" - new number ", ". my new no. is ", " (new phone) "]), phn(loc),
            ". ", per(q_.alone), " says ", pw_phrase(loc, kind=ch(["pin", "phrase", "word"])), " for the ", ch(["garage", "router", "netflix", "alarm"]), " x"]


@tpl("sms")
def sms_clinic(loc):
    p = person(loc)
    return [ch(["Reminder: ", "REMINDER - ", ""]), per(p.full), ch([" (DOB ", " (b. ", " ("]), dob_val(ch(["en", lang(loc)]))[0], "), your ", ch(["diabetes review", "infusion", "follow-up", "blood test"]), " at ",
            place(), " clinic is on ", dt(), " ", clock(), ". Bring your ", health("en", True), ". Ref ", oid(), ". Call ", phn(loc), " to change."]


# ================================================================ voice transcripts (lowercase, no punctuation)
def spoken_digits(s):
    return " ".join(DATA.SPOKEN_NUM[int(c)] for c in s if c.isdigit())


TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def two_digit_words(n):
    if n < 10:
        return "oh " + DATA.SPOKEN_NUM[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DATA.SPOKEN_NUM[n % 10])


def spoken_year(y):
    if y >= 2000:
        return "two thousand " + ch(["", "and "]) + DATA.SPOKEN_NUM[y - 2000] if y < 2010 else "twenty " + two_digit_words(y - 2000)
    return "nineteen " + two_digit_words(y - 1900)


def spoken_dob():
    y, m, d = dob_parts()
    yw = spoken_year(y)
    return ch(["%s %s %s" % (DATA.ORDINALS[d - 1], MON["en"][m - 1].lower(), yw), "the %s of %s %s" % (DATA.ORDINALS[d - 1], MON["en"][m - 1].lower(), yw),
               "%s %s %s" % (MON["en"][m - 1].lower(), DATA.ORDINALS[d - 1], yw)])


def vname(p):
    return per(p.full.lower())


@tpl("voice", w=1.2)
def voice_bank(loc):
    p = person(loc if maybe(0.6) else any_loc(0.3))
    card = card_str("visa").replace("-", " ")
    return ["agent thank you for calling ", ch(["how can i help", "you are speaking with the card team"]), " caller yeah hi um my name is ", vname(p),
            " and my card got blocked agent okay can i take your date of birth caller its ", E("DATE_OF_BIRTH", spoken_dob()),
            " agent and the long number on the card caller ", E("CREDIT_CARD", ch([card, spoken_digits(card)])),
            " agent thanks ", per(p.alone.lower()), " i can see a payment of ", prc(), " at ", brand(), " caller thats not me"]


@tpl("voice")
def voice_clinic(loc):
    p = person(loc if maybe(0.6) else any_loc(0.3))
    return ["receptionist good morning caller hi its ", vname(p), " calling about my mum ", per(person(p.loc).alone.lower()), " born ", E("DATE_OF_BIRTH", spoken_dob()), " she was told she has ",
            E("HEALTH", ch(DATA.HEALTH["en"]).lower()), " and they put her on ", E("HEALTH", ch(DATA.HEALTH["en_med"]).lower()),
            " receptionist okay and what is the best number caller ", E("PHONE", spoken_digits(phone_str("GB" if maybe(0.5) else "US"))),
            " receptionist lovely we have a slot on ", D("DATE", "%s the %s" % (ch(["monday", "tuesday", "thursday"]), DATA.ORDINALS[rint(0, 27)])), " at the ",
            D("OPS_TERM", ch(["victoria", "mont blanc", "charlotte", "madison"])), " surgery"]


@tpl("voice")
def voice_support_address(loc):
    p = person(ch(["en-US", "en-GB", "ak-GH", "ig-NG", "hi-Latn", "fil-PH", "es-MX", "pl-PL"]))
    a = addr_str(cc=ch(["US", "GB", "AU", "CA", "IE"]), sep=" ").lower().replace(",", "").replace(".", "")
    return ["okay so the name on the account is ", vname(p), " and the address is ", E("ADDRESS", a), " and my email is ",
            E("EMAIL", email_addr(p).replace("@", " at ").replace(".", " dot ")) if maybe(0.5) else eml(p),
            " um the order number is ", D("ORDER_ID", spoken_digits(digits(8))), " and i think it was ", D("PRICE", "%s dollars" % ch(["forty nine ninety nine", "twelve fifty", "two hundred"])),
            " yeah ", per(p.alone.lower()), " thats me"]


# ================================================================ PII-free templates (same shapes, decoys only)
CLEAN_EN = ["en-US", "en-GB"]


@tpl("chat", clean=True, locs=CLEAN_EN)
def clean_chat_products(loc):
    u, s = chat_roles()
    return [u, ": which is better value, the ", ch(DATA.PRODUCTS), " at ", brand(), " for ", prc(), " or the one at ", brand(), " for ", prc(), "?\n",
            s, ": The second is cheaper per month if you keep it past ", dt(), ". Reviews from ", place(), " stores mention firmware ", ver(), " fixed the issues.\n",
            u, ": and the ", place(), " branch? ", ch(["is it open sundays", "do they price match"]), "\n", s, ": Their site lists order pickup for ", oid(), "-style references only.", pad(ch([0, 1, 2]))]


@tpl("chat_json", clean=True, locs=CLEAN_EN)
def clean_oai_pwreset(loc):
    return oai([("system", ["You are the help bot for ", brand(), " rewards (", ver(), ")."]),
                ("user", ["I clicked the password reset link but it says expired. Order ", oid(), " is stuck too."]),
                ("assistant", ["Reset links expire after 30 minutes. ", pw_neg(), ". Your order ", oid(), " (", prc(), ") shipped ", dt(), "."]),
                ("user", ["ok and does the ", place(), " store accept the voucher?"])], ea=ea_p())


@tpl("email", clean=True, locs=CLEAN_EN)
def clean_email_shipping(loc):
    return ["Subject: Your order ", oid(), " has shipped\n\nHello,\n\nGood news - your ", ch(DATA.PRODUCTS), " (", prc(), ") left our ", place(), " warehouse on ",
            dt(), ". Tracking: ", nid(), ".\n\nNeed to return it? Drop it at any ", brand(), " counter before ", dt(), ".\n\n",
            ch(["The ", "Warm regards,\nThe "]), brand(), " online team\n\nUnsubscribe | Privacy | v", ver()]


@tpl("slack", clean=True, locs=CLEAN_EN)
def clean_slack_deploy(loc):
    return [chat_line("slack", bot(), ["Deploy of ", svc(), " ", ver(), " started (", hx("sha12"), ")"]),
            chat_line("slack", ops(["Jenkins", "Argo CD", "Hudson"]), ["Stage `migrate` finished in ", str(rint(10, 400)), "s, artefact ", fp()]),
            chat_line("slack", bot(), ["Error budget for ", tech(), " at ", str(rint(10, 99)), "% - last incident ", oid()]),
            chat_line("slack", ops(["Copilot", "Alfred", "Watson"]), ["Summary: ", ch(DATA.PII_FREE_TOPICS), " discussed, next review ", dt()])]


@tpl("whatsapp", clean=True, locs=CLEAN_EN)
def clean_whatsapp_trip(loc):
    return [chat_line("wa", "~ hiking group", ["train leaves from ", place(), " at ", clock(), ", tickets were ", prc()]),
            chat_line("wa", "+ Admin", ["booking ref ", oid(), ". hut near ", ops(["Mont Blanc", "Kilimanjaro", "Lake Louise", "Jackson Hole"]), " confirmed for ", dt()]),
            chat_line("wa", "~ hiking group", ["someone bring ", drink(), " please 😂"])]


@tpl("toolcall", clean=True, locs=CLEAN_EN)
def clean_tool_weather(loc):
    return tool_wrap(ch(["get_weather", "search_places", "get_forecast"]), {"location": place(), "date": dt(0), "units": ch(["metric", "imperial"]),
                                                                            "session": hx("uuid"), "client_version": ver()})


@tpl("jsonlog", clean=True, locs=CLEAN_EN)
def clean_jsonlog(loc):
    out = [filler_jlog() for _ in range(rint(2, 4))]
    out.append(jline({"ts": ts(0), "level": "warn", "msg": "upstream slow", "upstream": tech(), "path": fp(), "order": oid(), "amount": S(prc())}))
    return out


@tpl("logfmt", clean=True, locs=CLEAN_EN)
def clean_logfmt(loc):
    out = [filler_lf() for _ in range(rint(2, 4))]
    out.append(lfline(lf("time", ts()), lf("level", "info"), lf("msg", "job finished"), lf("job", nid()), lf("agent", tech()), lf("commit", hx("sha40"))))
    return out


@tpl("csv", clean=True, locs=CLEAN_EN)
def clean_csv_catalog(loc):
    rows = [row(["sku", "product", "brand", "price", "updated", "firmware"])]
    for _ in range(rint(3, 6)):
        rows.append(row([nid(str(rint(100000, 999999))), ch(DATA.PRODUCTS), brand(), prc(), dt(0), ver()]))
    return rows


@tpl("sql", clean=True, locs=CLEAN_EN)
def clean_sql_ddl(loc):
    return ["-- ", fp("migrations/0042_add_invoice_index.sql"), " (", dt(0), ")\nCREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL,\n",
            "  password_hash TEXT NOT NULL, -- argon2id, never store the raw password\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n",
            "CREATE INDEX idx_orders_ref ON orders (ref); -- e.g. ", oid(), "\nUPDATE settings SET value = '", ver(), "' WHERE key = 'schema';\n"]


@tpl("yaml", clean=True, locs=CLEAN_EN)
def clean_yaml_config(loc):
    return ["app:\n  name: ", svc(), "\n  version: ", ver(), "\ndatabase:\n  host: db.internal\n  password: ${DB_PASSWORD}\n  password_min_length: 12\n",
            "observability:\n  tracing: ", tech(), "\n  metrics: ", tech(), "\nrelease:\n  sha: ", hx("sha40"), "\n  date: ", dt(0), "\n"]


@tpl("env", clean=True, locs=CLEAN_EN)
def clean_env_placeholders(loc):
    return ["# copy to .env and fill from ", tech(), "\nAPP_VERSION=", ver(), "\nDB_PASSWORD=${VAULT_DB_PASSWORD}\nSMTP_PASS=<set-me>\n",
            "PASSWORD_RESET_URL=https://app.example.com/reset\nBUILD_SHA=", hx("sha40"), "\nEXPORT_PATH=", fp(), "\nMAX_ORDER_TOTAL=", prc(), "\n"]


@tpl("code", clean=True, locs=CLEAN_EN)
def clean_code_pwpolicy(loc):
    return ["def validate_password(pw: str) -> list[str]:\n    \"\"\"Password must be 12 characters and not in the breach list (", ver(), ").\"\"\"\n",
            "    errors = []\n    if len(pw) < 12:\n        errors.append(\"password must be 12 characters or more\")\n",
            "    if pw.lower() in load_breached(", pystr([fp()]), "):\n        errors.append(\"choose a different password\")\n    return errors\n",
            "# see ", hx("sha7"), " / ", oid(), "\n"]


@tpl("html", clean=True, locs=CLEAN_EN)
def clean_html_product(loc):
    return ["<article class=\"product\">\n  <h1>", h([brand()]), " ", ch(DATA.PRODUCTS), "</h1>\n  <span class=\"price\">", prc(), "</span>\n",
            "  <p>Available at our ", h([place()]), " and ", h([place()]), " stores from ", dt(), ".</p>\n  <img src=\"", fp("/static/img/p" + hexs(6) + ".webp"), "\">\n",
            "  <small>SKU ", nid(), " &middot; build ", ver(), "</small>\n</article>\n"]


@tpl("markdown", clean=True, locs=CLEAN_EN)
def clean_md_release(loc):
    return ["## ", ver(), " (", dt(0), ")\n\n### Fixed\n- ", tech(), " exporter no longer drops spans (", hx("sha7"), ")\n- password reset link now expires after 30 min\n",
            "- ", fp(), " is created on first run\n\n### Changed\n- default plan price is now ", prc(), "\n- bump ", tech(), " to ", ver(), "\n"]


@tpl("sms", clean=True, locs=CLEAN_EN)
def clean_sms_order(loc):
    return [brand(), ": your order ", oid(), " (", prc(), ") is ready for pickup at ", place(), " until ", dt(), ". Code ", nid(str(rint(100000, 999999))),
            ". Reply STOP to opt out."]


@tpl("voice", clean=True, locs=CLEAN_EN)
def clean_voice_store(loc):
    return ["caller hi um is the store near ", D("OPS_TERM", ch(["victoria station", "kings cross", "penn station", "grand central"])), " open on sunday agent yes from ten till four ",
            "caller and do you have the ", ch(DATA.PRODUCTS), " agent we do its ", D("PRICE", ch(["forty nine ninety nine", "a hundred and twenty pounds", "eighty dollars"])),
            " caller and the ", D("OPS_TERM", ch(["jack daniels", "dr pepper", "ben and jerrys", "marks and spencer"])), " ones agent sold out till ",
            D("DATE", "%s the %s" % (ch(["monday", "friday"]), DATA.ORDINALS[rint(0, 27)]))]


@tpl("teams", clean=True, locs=CLEAN_EN)
def clean_teams_travel(loc):
    return [chat_line("teams", "Travel Desk (bot)", ["Trip ", oid(), " approved: ", place(), " -> ", place(), ", ", dt(), ", fare ", prc()]),
            chat_line("teams", "Facilities", ["Desk booking moved to the ", ops(["Mercury", "Apollo", "Jupiter", "Hopper", "Turing"]), " room, see ", fp()]),
            chat_line("teams", "IT Service Desk", [pw_neg(), ". Ticket ", oid(), "."])]


@tpl("log", clean=True, locs=CLEAN_EN)
def clean_syslog(loc):
    mo = ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun"])
    out = []
    for _ in range(rint(3, 5)):
        out.append([D("DATE", "%s %2d %02d:%02d:%02d" % (mo, rint(1, 28), rint(0, 23), rint(0, 59), rint(0, 59))), " ", ch(["web-03", "worker-7"]), " ",
                    ch([["systemd[1]: Started ", svc(), ".service (", ver(), ")."], ["kernel: EXT4-fs (sda1): mounted ", fp("/mnt/backups/pg"), "."],
                        ["cron[412]: (root) CMD (", fp("/usr/local/bin/backup.sh"), ")"], ["dockerd: pulled image sha256:", hx("sha64")]]), "\n"])
    return out



# ================================================================ ADDRESS-heavy templates
@tpl("chat", w=2.0)
def chat_delivery_instructions(loc):
    p = person(loc)
    u, s = chat_roles()
    return [u, ": ", ch(["pls drop it at ", "can the courier leave it at ", "deliver to "]), adr(loc), " before noon. if nobody's in, ",
            ch(["leave it with the neighbour at ", "try my office at ", "the back door is at "]), adr(loc), ". ",
            ch(["it's for ", "addressed to ", "recipient: "]), per(p.full), "\n", s, ": Noted for ", oid(), ". The driver from the ", place(),
            " depot will call ", phn(loc), " first. Delivery fee ", prc(), ".", pad(ch([0, 1]))]


@tpl("email", w=2.2)
def email_moving(loc):
    p, q_ = person(loc), person(loc)
    return ["Subject: ", ch(["Change of address", "We're moving!", "New address from " + dt_str(2), "Update: correspondence address"]), "\n\n",
            ch(["Dear all", "Hi everyone", "Hello"]), ",\n\n", per(p.full), " and ", per(q_.alone), " are moving on ", dt(), " from\n\n", adr_ml(loc), "\n\nto\n\n", adr_ml(loc),
            "\n\nPost sent to the old place will be forwarded until ", dt(), ". ", ch(["The landline stays the same: ", "New home phone: "]), phn(loc), ".\n\n",
            signoff(p), "\n\n", pad_sentence()]


@tpl("csv", w=2.0)
def csv_route(loc):
    sep = ch([",", ";", "\t"])
    rows = [row(["stop", "eta", "drop_address", "parcel", "cod", "note"], sep)]
    for i in range(rint(4, 7)):
        cc = LOC_CC.get(loc) if maybe(0.7) else None
        rows.append(row([str(i + 1), clock(), adr(loc, cc=cc), nid(), prc() if maybe(0.4) else "", ch(["", "ring twice", "leave in porch", "dog!", "call on arrival"])], sep))
    return ["route ", oid(), " driver van ", ops(["Ford Transit", "Mercedes-Benz", "Tesla"]), " date ", dt(0), "\n"] + rows


@tpl("jsonlog", w=2.0)
def jsonlog_geocode(loc):
    out = []
    for _ in range(rint(2, 4)):
        a = adr(loc if maybe(0.6) else None)
        out.append(jline({"ts": ts(0), "svc": "geo-lookup", "lvl": ch(["info", "warn"]), "q": a, "provider": ch(["nominatim", "here", "google"]),
                          "confidence": round(R.random(), 2), "req": hx("h16"), "ver": ver()}))
    return out


@tpl("sms", w=1.8)
def sms_ride(loc):
    return [ch(["Your ride", "Trip receipt", "Fahrtbeleg", "Reçu de course"]), ": ", adr(loc), " -> ", adr(loc), ", ", prc(), ", ", dt(), " ", clock(),
            ". Driver ", per(person(loc).alone), ", plate ", "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(3), ". Trip ", hx("h16")]


@tpl("markdown", w=2.0)
def md_letter(loc):
    p, r = person(loc), person(loc)
    return [per(p.full), "\n", adr_ml(loc), "\n\n", dt(2), "\n\n", per(r.full), "\n", adr_ml(loc), "\n\n**Re: tenancy deposit ", oid(), "**\n\n",
            ch(["Dear ", "Dear Mr/Ms "]), per(r.family if maybe(0.5) else r.full), ",\n\nI vacated the property at ", adr(loc), " on ", dt(), " and request the return of the deposit (",
            prc(), ") to ", iban_loc(loc), ".\n\nYours sincerely\n", per(p.full), "\n"]


@tpl("yaml", w=1.8)
def yaml_customers(loc):
    ps = [person(loc if maybe(0.5) else any_loc()) for _ in range(2)]
    out = ["# export ", ts(), " schema ", ver(), "\ncustomers:\n"]
    for p in ps:
        out.append(["  - id: ", nid(), "\n    name: ", per(p.full), "\n    billing: \"", esc([adr(p.loc)]), "\"\n    shipping: |\n      ",
                    mapp([adr_ml(p.loc)], lambda s_: s_.replace("\n", "\n      ")), "\n"])
    return out


@tpl("toolcall", w=2.0)
def tool_shipping_label(loc):
    a, b = person(loc), person(any_loc())
    return tool_wrap(ch(["create_shipment", "shipping.label.create", "dhl_book"]),
                     {"from": {"name": per(a.full), "address": adr(loc, sep=ch([", ", "\n"])), "phone": phn(loc)},
                      "to": {"name": per(b.full), "address": adr(b.loc, sep=ch([", ", "\n"])), "phone": phn(b.loc)},
                      "parcel": {"weight_kg": rint(1, 30), "value": S(prc())}, "reference": oid()})


@tpl("voice", w=1.8)
def voice_taxi(loc):
    p = person(ch(["en-GB", "en-US", "hi-Latn", "ak-GH", "ar-Latn", "pl-PL"]))
    cc = ch(["GB", "US", "IE", "AU"])
    a1 = addr_str(cc=cc, sep=" ").lower().replace(",", "")
    a2 = addr_str(cc=cc, sep=" ").lower().replace(",", "")
    return ["dispatcher cab company where are you caller im at ", E("ADDRESS", a1), " going to ", E("ADDRESS", a2), " dispatcher name please caller ", vname(p),
            " dispatcher about ", D("NUMERIC_ID", str(rint(5, 25))), " minutes its a ", D("OPS_TERM", ch(["ford transit", "tesla", "mercedes"])), " caller ok and can you text ",
            E("PHONE", spoken_digits(phone_str(cc))) if maybe(0.5) else phn(cc=cc), " when its outside"]


@tpl("html", w=1.8)
def html_order_confirm(loc):
    p = person(loc)
    return ["<h1>Thanks for your order ", oid(), "</h1>\n<table>\n<tr><th>Billing</th><th>Shipping</th></tr>\n<tr><td>", h([per(p.full)]), "<br>",
            adr(loc, sep="<br>"), "</td><td>", adr(loc, sep="<br>"), "</td></tr>\n</table>\n<p>Total ", prc(), " charged to card ending ",
            str(rint(1000, 9999)), ". Estimated arrival ", dt(), ".</p>\n<p>Questions? Reply or call ", phn(loc), ". ", h([brand()]), " web ", ver(), "</p>\n"]


@tpl("chat", w=1.8)
def chat_addr_compare(loc):
    u, s = chat_roles()
    return [u, ": which is closer to ", place(), ": ", adr(loc), " or ", adr(loc), "? my sister lives at the second one and ", per(person(loc).alone),
            " is renting the first\n", s, ": The first is roughly ", str(rint(2, 40)), " minutes away. ", pad_sentence()]


# ================================================================ PASSWORD-heavy templates
@tpl("chat", w=2.2)
def chat_pw_multilang(loc):
    u, s = chat_roles()
    L_ = loc if loc in PW_PHRASE_X or lang(loc) != "en" else ch(list(PW_PHRASE_X) + ["de-DE", "fr-FR", "es-ES", "ja-JP", "ko-KR", "zh-CN", "tr-TR"])
    return [u, ": house sitter notes for ", dt(), ": ", pw_phrase(L_), "; ", ch(["alarm code ", "the code for the alarm is ", "gate: "]), pwd("pin"), "; ",
            pw_phrase("en-US"), " (that's the laptop). ", pw_neg(), ".\n", s, ": Got it. I won't repeat those back. Anything about the ", brand(), " delivery?",
            pad(ch([0, 1]))]


@tpl("email", w=2.2)
def email_it_support(loc):
    p, agent = person(loc), person(any_loc())
    return ["From: IT Service Desk <", E("EMAIL", "servicedesk@" + ch(DATA.WORK_DOMAINS)), ">\nTo: ", hdr_addr(p, True, style=ch([0, 1, 3])), "\nSubject: [", oid(), "] Account unlocked\n\n",
            "Hi ", per(p.alone), ",\n\nyour account is unlocked. Your temporary password is ", pwd(), " - ", pw_neg(), ".\n\n", per(agent.full), "\nService Desk\n\n",
            "> ", ch(["still not working. I tried ", "nope, neither "]), pwd(), " and ", pwd("leet"), ch([" and the old one", " - locked again"]), "\n> ", per(p.alone), "\n\n",
            "Ticket opened ", ts(1), " via ", tech(), " ", ver()]


@tpl("code", w=2.0)
def code_conn_strings(loc):
    db = ch(["sales", "crm", "ledger"])
    return ["# connection strings collected from ", fp(), " (", hx("sha7"), ")\n",
            "JDBC_URL = \"jdbc:postgresql://", ip(private=True, v6=False), ":5432/", db, "?user=report&password=", pwd(url_safe=True), "\"\n",
            "MONGO_URI = \"mongodb+srv://analytics:", pwd(url_safe=True), "@cluster0.", hexs(5), ".mongodb.net/", db, "\"\n",
            "AMQP_URL = \"amqp://worker:", pwd(url_safe=True), "@", ip(private=True, v6=False), ":5672/%2f\"\n",
            "ODBC = \"Driver={ODBC Driver 18 for SQL Server};Server=tcp:", ip(), ",1433;Uid=sa;Pwd=", pwd(url_safe=True), ";Encrypt=yes\"\n",
            "# rotated ", dt(), "; ", pw_neg(), "\n"]


@tpl("log", w=2.0)
def cli_history(loc):
    cmds = [["mysql -u root -p", pwd(url_safe=True), " -h ", ip(private=True, v6=False)],
            ["docker login registry.", ch(DATA.WORK_DOMAINS), " -u ci -p ", pwd(url_safe=True)],
            ["htpasswd -bc ", fp("/etc/nginx/.htpasswd"), " admin ", pwd(url_safe=True)],
            ["openssl pkcs12 -export -in cert.pem -out cert.p12 -passout pass:", pwd(url_safe=True)],
            ["zip -P ", pwd(url_safe=True), " export.zip ", fp()],
            ["psql \"postgresql://etl:", pwd(url_safe=True), "@", ip(private=True, v6=False), "/warehouse\""],
            ["./manage.py createsuperuser --username ops --password=", pwd(url_safe=True)],
            ["git checkout ", hx("sha7")], ["kubectl rollout restart deploy/", svc()], ["pip install ", ch(["requests", "django", "pandas"]), "==", ver()]]
    picks = sample(cmds, rint(5, 7))
    return ["$ history | tail\n", [[str(rint(100, 2000)).rjust(5), "  ", c, "\n"] for c in picks]]


@tpl("csv", w=2.0)
def csv_keepass(loc):
    rows = [row(["Title", "Username", "Password", "URL", "Notes"])]
    p = person(loc)
    for _ in range(rint(3, 6)):
        site = ch(["Netflix", "Bank", "Router", "Work VPN", "Amazon", "Steam", "Gmail", "NAS", "Insurance portal"])
        rows.append(row([site, eml(p) if maybe(0.6) else ch(["admin", "family", "me"]), pwd(), "https://" + ch(["login.", "my.", ""]) + site.lower().replace(" ", "") + ".com",
                         ch(["", "changed " + dt_str(0), "2FA on phone", ""])]))
    return ["# exported by KeePassXC ", ver(), " on ", dt(0), "\n"] + rows


@tpl("ini", w=1.8)
def netrc_gitconfig(loc):
    p = person(loc)
    return ["# ~/.netrc\nmachine api.", ch(DATA.WORK_DOMAINS), " login ", eml(p, True), " password ", pwd(url_safe=True), "\nmachine ftp.", ch(DATA.WORK_DOMAINS),
            " login upload password ", pwd(url_safe=True), "\n\n# .git/config\n[remote \"origin\"]\n\turl = https://", ch(["deploy", "ci-bot", "x-token-auth"]), ":", pwd(url_safe=True),
            "@git.", ch(DATA.WORK_DOMAINS), "/", svc(), ".git\n[user]\n\tname = ", per(p.full), "\n\temail = ", eml(p, True), "\n[core]\n\thooksPath = ", fp(), "\n; rotated ", dt(), "\n"]


@tpl("whatsapp", w=2.0)
def whatsapp_pw_share(loc):
    a, b = person(loc), person(loc)
    lg_loc = loc
    return [chat_line("wa", per(a.alone), ["whats the netflix pw again"]),
            chat_line("wa", per(b.full), ch([["it's `", pwd(), "`"], ["its ", pwd()], ["it's \"", pwd(), "\""]]) + [" - and the wifi ", pw_phrase(lg_loc)]),
            chat_line("wa", per(a.alone), ["didnt work 😩"]),
            chat_line("wa", per(b.full), [ch(["same as before but with ! at the end: ", "oh I changed it, try ", "use "]), pwd("leet"), ". ", pw_neg()])]


@tpl("yaml", w=1.8)
def yaml_ci_secrets(loc):
    return ["# .gitlab-ci.yml (", hx("sha7"), ")\nvariables:\n  APP_VERSION: \"", ver(), "\"\n  REGISTRY_PASSWORD: \"", pwd(), "\"\n\n",
            "deploy:\n  stage: deploy\n  script:\n    - echo \"", pwd(), "\" | docker login -u gitlab-ci --password-stdin\n",
            "    - ansible-playbook site.yml -e ansible_become_pass=", pwd(url_safe=True), "\n    - curl -X POST ", ch(["https://hooks.", "https://ci."]), ch(DATA.WORK_DOMAINS),
            "/notify?build=", nid(), "\n  only:\n    - main\n"]


@tpl("email", w=1.6)
def email_wifi_guest(loc):
    host = person(loc)
    L_ = lang(loc)
    return ["Subject: ", ch(["Check-in details", "Your stay", "Arrival info"]), " - ", oid(), "\n\nHi,\n\n", ch(["The apartment is at ", "You'll find us at "]), adr(loc), ". ",
            "Key box code: ", pwd("pin"), ". ", pw_phrase(loc if L_ != "en" and maybe(0.5) else "en-GB"), ". Parking is behind ", brand(), ".\n\n",
            signoff(host), "\n", phn(loc)]


# ================================================================ DOB-heavy templates
@tpl("csv", w=1.8)
def csv_kyc(loc):
    sep = ch([",", ";"])
    rows = [row(["applicant", "date_of_birth", "nationality", "risk", "checked_at", "case"], sep)]
    for _ in range(rint(3, 6)):
        p = person(any_loc(0.5))
        rows.append(row([per(p.full), dob_val(ch(["en", "en", lang(p.loc)]))[0], ch(["GB", "NG", "PL", "VN", "BR", "IN", "DE"]), ch(["low", "medium", "high"]), ts(0), oid()], sep))
    return rows


@tpl("chat", w=2.0)
def chat_age_context(loc):
    p, c = person(loc), person(loc)
    u, s = chat_roles()
    y, m, d = dob_parts()
    age = 2024 - y
    return [u, ": summarise for the referral: ", per(p.full), ", ", str(age), "-year-old, born ", E("DATE_OF_BIRTH", fmt_date(y, m, d, "en")), ", ",
            health("en", False), ". Daughter ", per(c.full), " (", dob_phrase("en")[0], ") is the carer. Seen at ", place(), " on ", dt(), ".\n",
            s, ": ", per(p.alone), " (", str(age), ") - ", ch(["referred for review", "stable, needs follow-up", "urgent cardiology referral"]), "; carer ", per(c.alone), "."]


@tpl("jsonlog", w=2.0)
def jsonlog_kyc(loc):
    out = []
    for _ in range(rint(2, 4)):
        p = person(any_loc(0.5))
        k = ch(["birthDate", "dob", "date_of_birth", "geburtsdatum", "fecha_nacimiento", "birth_dt", "bday"])
        out.append(jline({"ts": ts(0), "event": ch(["kyc.submitted", "kyc.mismatch", "age_gate.failed"]), "applicant": per(p.full), k: dob_val(ch(["en", lang(p.loc)]))[0],
                          "doc_hash": hx("sha64"), "case": oid(), "sdk": ver()}))
    return out


@tpl("chat", w=2.0)
def chat_form_multilang(loc):
    L_ = lang(loc)
    if L_ == "en":
        loc = ch(["de-DE", "fr-FR", "es-ES", "pt-BR", "it-IT", "nl-NL", "pl-PL", "ru-RU", "tr-TR", "zh-CN", "ja-JP", "ko-KR", "vi-VN", "id-ID", "sv-SE"])
        L_ = lang(loc)
    p = person(loc)
    lab = {"de": ("Name", "Geburtsdatum", "Anschrift", "Telefon"), "fr": ("Nom", "Date de naissance", "Adresse", "Tél."),
           "es": ("Nombre", "Fecha de nacimiento", "Dirección", "Teléfono"), "pt": ("Nome", "Data de nascimento", "Endereço", "Telefone"),
           "it": ("Nome", "Data di nascita", "Indirizzo", "Telefono"), "nl": ("Naam", "Geboortedatum", "Adres", "Telefoon"),
           "pl": ("Imię i nazwisko", "Data urodzenia", "Adres", "Telefon"), "ru": ("ФИО", "Дата рождения", "Адрес", "Телефон"),
           "tr": ("Ad Soyad", "Doğum tarihi", "Adres", "Telefon"), "zh": ("姓名", "出生日期", "地址", "电话"), "ja": ("氏名", "生年月日", "住所", "電話"),
           "ko": ("성명", "생년월일", "주소", "전화"), "vi": ("Họ tên", "Ngày sinh", "Địa chỉ", "Điện thoại"), "id": ("Nama", "Tanggal lahir", "Alamat", "Telepon"),
           "sv": ("Namn", "Födelsedatum", "Adress", "Telefon")}[L_]
    u, s = chat_roles()
    return [u, ": translate this form to English and check the date format:\n", lab[0], ": ", per(p.full), "\n", lab[1], ": ", dob_val(L_)[0], "\n", lab[2], ": ", adr(loc), "\n",
            lab[3], ": ", phn(loc), "\n", s, ": Name: ", per(p.full), "; the birth date is fine. Form id ", nid(), "."]


@tpl("email", w=1.8)
def email_insurance_quote(loc):
    a, b = person(loc), person(loc)
    return ["Subject: Quote ", oid(), " - car insurance\n\nHello,\n\nplease quote for two drivers:\n\n1. ", per(a.full), ", born ", dob_val("en")[0], ", licence since ", D("DATE", str(rint(1995, 2020))),
            "\n2. ", per(b.full), ", DOB ", dob_val("en")[0], ", ", health("en", False), " (declared)\n\nVehicle: ", ops(["Tesla", "Porsche", "Ford Transit", "Mercedes-Benz"]), ", garaged at ",
            adr(loc), ". Current premium ", prc(), ".\n\n", signoff(a)]


@tpl("voice", w=1.5)
def voice_verify(loc):
    p = person(ch(["en-US", "en-GB", "ig-NG", "hi-Latn", "es-MX", "vi-VN", "ak-GH"]))
    return ["agent for security can you confirm your full name and date of birth caller sure its ", vname(p), " born ", E("DATE_OF_BIRTH", spoken_dob()),
            " agent and the last four of your social caller ", D("NUMERIC_ID", spoken_digits(digits(4))), " agent perfect ", per(p.alone.lower()),
            " i see the claim from ", D("DATE", "%s %s" % (MON["en"][rint(0, 11)].lower(), DATA.ORDINALS[rint(0, 27)])),
            " for ", D("PRICE", ch(["three hundred dollars", "ninety nine pounds", "twelve hundred dollars"]))]


# ================================================================ more CC / SSN / IBAN
@tpl("tsv", w=1.6)
def tsv_benefits(loc):
    rows = [row(["name", "ssn", "dob", "plan", "premium", "effective"], "\t")]
    for _ in range(rint(3, 5)):
        p = person(ch(["en-US", "en-US", "es-MX", "zh-Latn", "hi-Latn", "vi-VN", "ko-KR", "fil-PH"]))
        rows.append(row([per(p.full), ssn(), dob_val("en")[0], ch(["PPO", "HMO", "HDHP"]), prc(), dt(0)], "\t"))
    return rows


@tpl("chat", w=1.5)
def chat_card_share(loc):
    p = person(loc)
    u, s = chat_roles()
    return [u, ": book the ", place(), " hotel for ", dt(), " with my card ", ccn(), " exp ", "%02d/%d" % (rint(1, 12), rint(25, 31)),
            ", name on card ", per(p.full.upper()), ". if it fails use the ", ch(["amex ", "work card "]), ccn(), "\n",
            s, ": I can't store card details, ", per(p.alone), ". Please enter them on the ", brand(), " payment page. Booking ref ", oid(), " is on hold at ", prc(), "."]


@tpl("email", w=1.4)
def email_payroll_ssn(loc):
    p = person(ch(["en-US", "es-MX", "zh-Latn", "hi-Latn", "ko-KR", "fil-PH", "vi-VN"]))
    return ["Subject: W-4 correction\n\nHi ", per(person("en-US").alone), ",\n\nmy SSN on the last stub was wrong. It should be ", ssn(), " not ", ssn(),
            ". Direct deposit to routing ", nid(digits(9)), ", and my new address is ", adr(cc="US"), ".\n\n", signoff(p), "\nEmployee ", nid()]


@tpl("jsonlog", w=1.0)
def jsonlog_pan_leak(loc):
    p = person(loc)
    return [jline({"ts": ts(0), "lvl": "debug", "event": "authorize.request", "pan": ccn(), "exp": "%02d%02d" % (rint(1, 12), rint(25, 31)),
                   "holder": per(p.full.upper() if maybe(0.5) else p.full), "amount": S(prc()), "merchant": brand(), "rid": hx("uuid")}),
            jline({"ts": ts(0), "lvl": "warn", "event": "authorize.declined", "reason": "do_not_honor", "retry_card": ccn(), "order": oid()}), filler_jlog()]


@tpl("email", w=1.0)
def email_booking_card(loc):
    p = person(loc)
    return ["Subject: Reservation ", oid(), " - deposit\n\nDear reservations team,\n\nplease hold the room for ", per(p.full), " from ", dt(), " and charge the deposit (",
            prc(), ") to ", ch(["my Visa ", "card ", "the card "]), ccn(), ", expiry ", "%02d/%02d" % (rint(1, 12), rint(25, 31)), ". Billing address ", adr(loc),
            ". We arrive late via ", place(), ".\n\n", signoff(p), "\n", phn(loc)]


@tpl("markdown", w=1.0)
def md_viewings(loc):
    agent = person(loc)
    items = [["- ", clock(), " ", adr(loc), ch(["", " - keys with concierge", " - tenant in, knock", " - lockbox " ]), "\n"] for _ in range(rint(3, 5))]
    return ["## Viewings ", dt(), "\n\n", items, "\nAgent on the day: ", per(agent.full), ", ", phn(loc), ". Lockbox code for all: ", pwd("pin"), "\n\nBudget cap ", prc(), ".\n"]


@tpl("sql", w=1.0)
def sql_addresses(loc):
    out = ["-- fix geocoding failures from ", oid(), " (", dt(0), ")\n"]
    for _ in range(rint(2, 4)):
        out.append(["UPDATE addresses SET line = ", sqlq([adr(loc if maybe(0.6) else None)]), ", verified = true WHERE id = ", nid(), ";\n"])
    return out


@tpl("whatsapp", w=1.0)
def whatsapp_meetup(loc):
    a, b = person(loc), person(loc)
    return [chat_line("wa", per(a.full), ["running late, meet at ", adr(loc), " instead of ", place(), "?"]),
            chat_line("wa", per(b.alone), ["ok. is that the one next to ", brand(), "?"]),
            chat_line("wa", per(a.full), ["yes, buzzer ", str(rint(1, 40)), ", door code ", pwd("pin"), ". my flat is ", adr(loc), " if you want to drop the bag later"])]


@tpl("log", w=1.0)
def log_courier_events(loc):
    out = []
    for _ in range(rint(3, 5)):
        out.append([ts(1), " ", ch(["SCAN", "OUT_FOR_DELIVERY", "FAILED_ATTEMPT", "DELIVERED"]), " parcel=", nid(), " addr=\"", esc([adr(loc if maybe(0.7) else None)]),
                    "\" depot=", place(), "\n"])
    return out


@tpl("email", w=1.0)
def email_long_thread(loc):
    a, b, c = person(loc), person(any_loc()), person(any_loc(0.5))
    o = oid_str()
    msgs = [
        [ch(["Hi ", "Hello "]), per(b.alone), ",\n\nfollowing up on ", D("ORDER_ID", o), ". The replacement ", ch(DATA.PRODUCTS), " arrived damaged again - second time since ",
         dt(), ". I paid ", prc(), " and would like a refund to the original card rather than store credit. If you need to collect it, I'm at ", adr(loc),
         " most weekdays after six; my mobile is ", phn(loc), ".\n\nI also noticed the account page still shows my old e-mail; the current one is ", eml(a),
         ". ", pw_neg(), ", so I reset it, in case that matters.\n\n", signoff(a)],
        [ch(["Dear ", "Hi "]), per(a.alone), ",\n\nthank you for your patience. I've escalated ", D("ORDER_ID", o), " to our returns team (", per(c.full),
         ") and booked a courier for ", dt(), ". Please have the item packed; the driver will bring the label. Refunds usually show within 5-7 working days; ",
         "the ", store(), " gift card you used for part of the payment will be re-issued separately.\n\nKind regards\n", per(b.full), "\nCustomer Care, version ", ver()],
        ["Hi both,\n\ncourier confirmed. ", per(a.alone), ", the label reference is ", nid(), ". If nobody is home they will try the neighbour at ", adr(loc),
         " unless you tell us otherwise.\n\n", per(c.alone)],
    ]
    out = []
    authors = [c, b, a]
    for k, m in enumerate(reversed(msgs)):
        if k:
            w = authors[k]
            out.append(["\n\nOn ", dt(2), " at ", clock(), ", ", per(w.full), " <", eml(w, w is not a), "> wrote:\n> "])
            out.append(mapp(m, lambda s_: s_.replace("\n", "\n> ")))
        else:
            out.append(m)
    return ["Subject: Re: Re: ", D("ORDER_ID", o), " damaged on arrival\n\n", out]


@tpl("chat_json", w=1.0)
def oai_long_conversation(loc):
    p, d = person(loc), person(any_loc())
    ph, age = dob_phrase("en", p)
    return oai([("system", ["You are a careful medical-admin assistant for the ", place(), " practice. Do not give diagnoses. Today is ", dt(0), "."]),
                ("user", ["I need to fill out the new-patient form for my ", "mother" if p.female else "father", ", ", per(p.full), ". ",
                          "She's " if p.female else "He's ", str(age), ", ", ph, ". ", "She has " if p.female else "He has ", health("en", False),
                          " and was recently started on ", health("en", True), ". His previous GP was Dr. ", per(d.family), " at ", adr(loc), "."]),
                ("assistant", ["Thanks. For the form I'll need ", "her" if p.female else "his", " current address, a contact number, and a list of medications with doses. ",
                               "Do you also want me to draft the transfer-of-records request to Dr. ", per(d.family), "?"]),
                ("user", ["Yes please. ", "She" if p.female else "He", " lives with us at ", adr(loc), ". Best number is ", phn(loc), ". Meds: ", health("en", True), ", ", health("en", True),
                          ". Insurance member id ", nid(), ". Also the portal wants a password, can I just use ", pwd(), "?"]),
                ("assistant", ["Please don't share passwords here; choose it directly on the portal. ", pw_neg(), ". Here is the draft:\n\nDear Dr. ", per(d.family),
                               ",\nplease transfer the medical records of ", per(p.full), " to our practice. Reference ", oid(), ".\n\nKind regards"])],
               ea=ea_p())


@tpl("tsv", clean=True, locs=CLEAN_EN)
def clean_tsv_inventory(loc):
    rows = [row(["warehouse", "sku", "qty", "unit_price", "last_count", "label_file"], "\t")]
    for _ in range(rint(3, 6)):
        rows.append(row([place(), nid(str(rint(100000, 999999))), str(rint(0, 900)), prc(), dt(0), fp("/srv/data/exports/daily.csv")], "\t"))
    return rows


@tpl("ini", clean=True, locs=CLEAN_EN)
def clean_ini_settings(loc):
    return ["; generated by ", tech(), " ", ver(), " on ", dt(0), "\n[auth]\npassword_min_length = 12\npassword_reset_ttl = 1800\n; ", pw_neg(), "\n\n[storage]\nroot = ",
            fp(), "\nchecksum = ", hx("sha64"), "\n\n[billing]\ndefault_plan_price = ", prc(), "\n"]


# ================================================================ driver
def allocate(tpls, total, cap=30):
    ws = [t["w"] for t in tpls]
    sw = sum(ws)
    counts = [min(cap, int(total * w / sw)) for w in ws]
    i = 0
    order = sorted(range(len(tpls)), key=lambda k: -ws[k])
    while sum(counts) < total:
        k = order[i % len(order)]
        if counts[k] < cap:
            counts[k] += 1
        i += 1
    return counts


def check(rec, clean):
    text = rec["text"]
    spans = sorted(rec["entities"] + rec["decoys"], key=lambda s: (s["start"], s["end"]))
    for s in rec["entities"]:
        assert s["type"] in ENT_TYPES
    for s in rec["decoys"]:
        assert s["type"] in DEC_TYPES
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"]:s["end"]] == s["value"], (s, text[s["start"]:s["end"]])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], ("overlap", a, b)
    if clean:
        assert not rec["entities"]
        assert len(rec["decoys"]) >= 2
    else:
        assert rec["entities"]
    assert rec["decoys"], rec["text"][:200]


def _nl(text):
    return "" if text.endswith("\n") else "\n"


def _code_comment(text):
    return "# " if ("def " in text or "import " in text or text.startswith("#")) else "// "


PADDERS = {
    "chat": lambda t: [" ", pad_sentence()],
    "email": lambda t: ["\n\n", "" if ("P.S." in t or "PS " in t) else ch(["P.S. ", "PS ", "", "Also: ", ""]), pad_sentence()],
    "slack": lambda t: [_nl(t), chat_line("slack", bot(), pad_sentence())],
    "teams": lambda t: [_nl(t), chat_line("teams", ch(["Planner (bot)", "Service Desk (bot)"]), pad_sentence())],
    "jsonlog": lambda t: [_nl(t), filler_jlog()],
    "logfmt": lambda t: [_nl(t), filler_lf()],
    "log": lambda t: [_nl(t), D("DATE", "%s %2d %02d:%02d:%02d" % (ch(["Mar", "Apr", "Oct"]), rint(1, 28), rint(0, 23), rint(0, 59), rint(0, 59))),
                      " worker-7 systemd[1]: Started ", svc(), ".service (", ver(), ").\n"],
    "markdown": lambda t: [_nl(t), "\n- ", pad_sentence(), "\n"],
    "yaml": lambda t: [_nl(t), "# ", pad_sentence(), "\n"],
    "env": lambda t: [_nl(t), "# ", pad_sentence(), "\n"],
    "ini": lambda t: [_nl(t), "; ", pad_sentence(), "\n"],
    "sql": lambda t: [_nl(t), "-- ", pad_sentence(), "\n"],
    "html": lambda t: [_nl(t), "<!-- ", pad_sentence(), " -->\n"],
    "code": lambda t: [_nl(t), _code_comment(t), pad_sentence(), "\n"],
}


def build(t, loc):
    for attempt in range(40):
        del _PAD_USED[:]
        del _USED_GIVEN[:]
        _CONV.clear()
        pieces = t["fn"](loc)
        text, ents, decs = render(pieces)
        while not decs:
            pieces = [pieces, PADDERS[t["shape"]](text) if t["shape"] in PADDERS else [" ", pad_sentence()]]
            text, ents, decs = render(pieces)
        target = min(1900, max(120, int(R.lognormvariate(math.log(TARGET_MEDIAN), 0.45))))
        padder = PADDERS.get(t["shape"])
        n = 0
        del _PAD_USED[:]
        while padder and len(text) < target and n < 3:
            pieces = [pieces, padder(text)]
            text, ents, decs = render(pieces)
            n += 1
        if 80 <= len(text) <= 2000 and (ents or t["clean"]) and (not t["clean"] or not ents):
            return text, ents, decs
    raise RuntimeError("cannot build %s" % t["name"])


TARGET_SHARE = {"PERSON": 0.33, "ADDRESS": 0.16, "PASSWORD": 0.13, "DATE_OF_BIRTH": 0.085, "PHONE": 0.07, "EMAIL": 0.07,
                "IP_ADDRESS": 0.04, "HEALTH": 0.04, "IBAN": 0.03, "CREDIT_CARD": 0.03, "US_SSN": 0.02}


def profile(t, n=12):
    c = collections.Counter()
    for _ in range(n):
        loc = ch(t["locs"]) if t["locs"] else any_loc()
        _, ents, _ = build(t, loc)
        c.update(e["type"] for e in ents)
    return {k: c[k] / float(n) for k in ENT_TYPES}


def allocate_greedy(tpls, total, lo=5, cap=30):
    """Pick per-template counts so the expected entity mix approaches TARGET_SHARE."""
    profs = [profile(t) for t in tpls]
    counts = [lo] * len(tpls)
    tot = collections.Counter()
    for p, c in zip(profs, counts):
        for k in ENT_TYPES:
            tot[k] += p[k] * c

    def err(tc):
        s = sum(tc.values())
        return sum((tc[k] / s - TARGET_SHARE[k]) ** 2 for k in ENT_TYPES)
    while sum(counts) < total:
        best, best_e = None, None
        for i, p in enumerate(profs):
            if counts[i] >= cap:
                continue
            tc = collections.Counter({k: tot[k] + p[k] for k in ENT_TYPES})
            e = err(tc) + 4e-6 * counts[i]  # mild spread across templates
            if best_e is None or e < best_e:
                best, best_e = i, e
        counts[best] += 1
        for k in ENT_TYPES:
            tot[k] += profs[best][k]
    return counts


def main():
    pii_t = [t for t in TEMPLATES if not t["clean"]]
    clean_t = [t for t in TEMPLATES if t["clean"]]
    jobs = []
    for t, c in zip(pii_t, allocate_greedy(pii_t, N_TOTAL - N_CLEAN)):
        jobs += [t] * c
    for t, c in zip(clean_t, allocate(clean_t, N_CLEAN)):
        jobs += [t] * c
    R.shuffle(jobs)
    out = []
    seen = set()
    for i, t in enumerate(jobs, 1):
        for _ in range(20):
            loc = ch(t["locs"]) if t["locs"] else any_loc()
            text, ents, decs = build(t, loc)
            if text not in seen:
                break
        seen.add(text)
        rec = {"id": i, "source": "dev3/%s/%s" % (t["shape"], loc), "text": text, "entities": ents, "decoys": decs}
        check(rec, t["clean"])
        rec["_tpl"] = t["name"]
        out.append(rec)
    assert len(out) == N_TOTAL
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            r = {k: rec[k] for k in ("id", "source", "text", "entities", "decoys")}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def report(out):
    ec, dc, sh = collections.Counter(), collections.Counter(), collections.Counter()
    tc = collections.Counter(r["_tpl"] for r in out)
    for r in out:
        ec.update(e["type"] for e in r["entities"])
        dc.update(d["type"] for d in r["decoys"])
        sh[r["source"].split("/")[1]] += 1
    ne = sum(ec.values())
    lens = [len(r["text"]) for r in out]
    clean = sum(1 for r in out if not r["entities"])
    print("lines:", len(out), " pii-free:", clean, "(%.1f%%)" % (100.0 * clean / len(out)))
    print("templates used:", len(tc), " max uses:", max(tc.values()), " min uses:", min(tc.values()))
    print("length min/median/max:", min(lens), statistics.median(lens), max(lens))
    print("entities (%d):" % ne)
    for k in ENT_TYPES:
        print("  %-14s %5d  %5.1f%%" % (k, ec[k], 100.0 * ec[k] / ne))
    print("decoys (%d):" % sum(dc.values()))
    for k in DEC_TYPES:
        print("  %-14s %5d" % (k, dc[k]))
    print("shapes:")
    for k, v in sorted(sh.items(), key=lambda x: -x[1]):
        print("  %-10s %4d" % (k, v))
    print("locales:", len(set(r["source"].split("/")[2] for r in out)))


if __name__ == "__main__":
    main()
