# -*- coding: utf-8 -*-
"""Core machinery and value generators for the dev4 corpus (see gen.py)."""
import datetime
import json
import re
import unicodedata

import faker

import data as D

# ---------------------------------------------------------------------------
# Segments: ('t', text, None) plain, ('e', text, TYPE) entity, ('d', text, TYPE) decoy
# ---------------------------------------------------------------------------


def E(typ, v):
    return ("e", v, typ)


def Dc(typ, v):
    return ("d", v, typ)


def as_segs(x):
    if x is None:
        return []
    if isinstance(x, str):
        return [("t", x, None)] if x else []
    if isinstance(x, tuple):
        return [x]
    out = []
    for y in x:
        out.extend(as_segs(y))
    return out


_MARK = re.compile(r"(⟦\w+⟧)")


def F(template, **kw):
    """Fill a template whose slots are written ⟦key⟧ with segments."""
    out = []
    for piece in _MARK.split(template):
        m = re.fullmatch(r"⟦(\w+)⟧", piece)
        if m:
            out.extend(as_segs(kw[m.group(1)]))
        elif piece:
            out.append(("t", piece, None))
    return out


def mapseg(segs, fn):
    return [(k, fn(v), t) for (k, v, t) in as_segs(segs)]


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def esc_json(segs, ascii_=False):
    return mapseg(segs, lambda s: jesc(s, ascii_))


def esc_sql(segs):
    return mapseg(segs, lambda s: s.replace("'", "''"))


def esc_html(segs):
    return mapseg(segs, lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;"))


def plain(segs):
    return "".join(v for _, v, _ in as_segs(segs))


class S:
    """A JSON string value built from segments."""

    def __init__(self, *parts):
        self.segs = as_segs(list(parts))


class N:
    """A bare (unquoted) JSON value built from segments, e.g. a number."""

    def __init__(self, *parts):
        self.segs = as_segs(list(parts))


def jdump(obj, indent=None, ascii_=False, compact=False, _lvl=0):
    """json.dumps that keeps segment labels."""
    item_sep, key_sep = ((",", ":") if compact else (", ", ": "))
    if indent is not None:
        item_sep = ","
    nl = lambda lvl: ("\n" + " " * (indent * lvl)) if indent is not None else ""
    if isinstance(obj, S):
        return [("t", '"', None)] + esc_json(obj.segs, ascii_) + [("t", '"', None)]
    if isinstance(obj, N):
        return list(obj.segs)
    if isinstance(obj, tuple):
        return [("t", '"', None)] + esc_json([obj], ascii_) + [("t", '"', None)]
    if isinstance(obj, dict):
        if not obj:
            return [("t", "{}", None)]
        out = [("t", "{", None)]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(("t", item_sep, None))
            out.append(("t", nl(_lvl + 1) + json.dumps(k, ensure_ascii=ascii_) + key_sep, None))
            out.extend(jdump(v, indent, ascii_, compact, _lvl + 1))
        out.append(("t", nl(_lvl) + "}", None))
        return out
    if isinstance(obj, list):
        if not obj:
            return [("t", "[]", None)]
        out = [("t", "[", None)]
        for i, v in enumerate(obj):
            if i:
                out.append(("t", item_sep, None))
            out.append(("t", nl(_lvl + 1), None))
            out.extend(jdump(v, indent, ascii_, compact, _lvl + 1))
        out.append(("t", nl(_lvl) + "]", None))
        return out
    return [("t", json.dumps(obj, ensure_ascii=ascii_), None)]


def finalize(segs):
    """Join segments into (text, entities, decoys); assert every span."""
    text = []
    ents, decs = [], []
    pos = 0
    for k, v, t in as_segs(segs):
        if not v:
            continue
        if k in ("e", "d"):
            assert v == v.strip(), (t, repr(v))
            span = {"type": t, "start": pos, "end": pos + len(v), "value": v}
            (ents if k == "e" else decs).append(span)
        text.append(v)
        pos += len(v)
    s = "".join(text)
    for sp in ents + decs:
        assert s[sp["start"]:sp["end"]] == sp["value"]
    spans = sorted((sp["start"], sp["end"]) for sp in ents + decs)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "overlapping spans"
    return s, ents, decs


# ---------------------------------------------------------------------------
# Locales
# ---------------------------------------------------------------------------

# code: (language, latin source, native source, weight)
#   latin source: faker locale name(s) or "hand:<key>"
#   native source: faker locale, "hand:<key>" or None
LOCALES = {
    "us": ("en", ["en_US"], None, 7), "gb": ("en", ["en_GB"], None, 4), "ie": ("en", ["en_IE"], None, 2),
    "ng": ("en", ["yo_NG", "ig_NG", "ha_NG"], None, 4), "gh": ("en", "hand:gh", None, 3),
    "ke": ("en", ["en_KE", "sw"], None, 3), "et": ("en", "hand:et", "hand:et", 2),
    "in": ("hi", ["en_IN"], "hi_IN", 5), "in_ta": ("en", "hand:in_ta", "hand:in_ta", 1),
    "pk": ("en", "hand:pk", "hand:pk", 3), "bd": ("bn", "hand:bd", "bn_BD", 2),
    "id": ("id", ["id_ID"], None, 3), "ph": ("en", "hand:ph", None, 3), "vn": ("vi", "hand:vn", None, 3),
    "th": ("th", "hand:th", "th_TH", 2), "cn": ("zh", ["zh_CN"], "zh_CN", 4), "jp": ("ja", ["ja_JP"], "ja_JP", 3),
    "kr": ("ko", "hand:kr", "ko_KR", 3), "tr": ("tr", "hand:tr", None, 3), "ir": ("fa", "hand:ir", "fa_IR", 2),
    "ae": ("ar", "hand:ar", "hand:ar", 2), "sa": ("ar", "hand:ar", "hand:ar", 1), "il": ("he", "hand:il", "he_IL", 2),
    "ru": ("ru", "hand:ru", "ru_RU", 3), "ua": ("uk", "hand:ua", "uk_UA", 3), "pl": ("pl", ["pl_PL"], None, 3),
    "cz": ("cs", ["cs_CZ"], None, 2), "hu": ("hu", ["hu_HU"], None, 2), "ro": ("ro", ["ro_RO"], None, 2),
    "gr": ("el", "hand:gr", "el_GR", 2), "se": ("sv", ["sv_SE"], None, 2), "no": ("no", ["no_NO"], None, 2),
    "dk": ("da", ["da_DK"], None, 2), "fi": ("fi", ["fi_FI"], None, 2), "nl": ("nl", ["nl_NL"], None, 3),
    "de": ("de", ["de_DE"], None, 4), "at": ("de", ["de_AT"], None, 1), "ch": ("de", ["de_CH"], None, 1),
    "fr": ("fr", ["fr_FR"], None, 4), "es": ("es", ["es_ES"], None, 3), "pt": ("pt", ["pt_PT"], None, 2),
    "br": ("pt", ["pt_BR"], None, 4), "mx": ("es", ["es_MX"], None, 3), "it": ("it", ["it_IT"], None, 3),
}
LOC_CODES = list(LOCALES)
_FAKERS = {}


def fk(name, seed):
    if name not in _FAKERS:
        f = faker.Faker(name)
        f.seed_instance(seed + sum(map(ord, name)))
        _FAKERS[name] = f
    return _FAKERS[name]


def pick_loc(r, among=None):
    codes = among or LOC_CODES
    return r.choices(codes, weights=[LOCALES[c][3] for c in codes])[0]


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("ε", "e")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fem_surname(loc, fam):
    if loc == "ru":
        if fam.endswith(("ov", "ev", "in")):
            return fam + "a"
        return fam
    if loc == "gr":
        if fam.endswith("idis"):
            return fam[:-4] + "idou"
        if fam.endswith("akis") or fam.endswith("annis") or fam.endswith("is"):
            return fam[:-1]
        if fam.endswith("os"):
            return fam[:-2] + "ou"
        if fam.endswith("as"):
            return fam[:-1]
    return fam


class Person:
    def __init__(self, loc, gender, given, family, native, order="gf", sep=" ", patronymic=None):
        self.loc, self.gender, self.given, self.family = loc, gender, given, family
        self.native, self.order, self.sep, self.patronymic = native, order, sep, patronymic

    @property
    def full(self):
        if self.order == "fg":
            return self.family + self.sep + self.given
        return self.given + self.sep + self.family if self.family else self.given

    @property
    def he(self):
        return "she" if self.gender == "f" else "he"

    @property
    def his(self):
        return "her" if self.gender == "f" else "his"

    @property
    def him(self):
        return "her" if self.gender == "f" else "him"

    def render(self, style):
        g, f = self.given, self.family
        if style == "full":
            return self.full
        if style == "given":
            return g if not self.native or self.loc not in ("cn", "kr") else self.full
        if style == "family":
            return f or g
        if style == "lower":
            return self.full.lower()
        if style == "given_lower":
            return g.split(" ")[0].lower()
        if style == "upper":
            return self.full.upper()
        if style == "last_first":
            return f"{f}, {g}" if f else g
        if style == "upper_last_first":
            return f"{f.upper()}, {g.upper()}" if f else g.upper()
        if style == "initials":
            parts = g.replace("-", " ").split()
            ini = ". ".join(p[0] for p in parts) + "."
            return f"{ini} {f}" if f else g
        if style == "initials_tight":
            parts = g.replace("-", " ").split()
            return "".join(p[0] + "." for p in parts) + " " + f if f else g
        if style == "pnr":
            fa = re.sub(r"[^A-Z]", "", ascii_fold(f).upper())
            ga = re.sub(r"[^A-Z]", "", ascii_fold(g).upper())
            return f"{fa}/{ga}" if fa else ga
        if style == "handle":
            h = ascii_fold((g.split(" ")[0] + "." + (f.replace(" ", "") if f else "")).lower()).strip(".")
            h = re.sub(r"[^a-z0-9._-]", "", h).strip(".")
            return h if len(h) >= 2 else g
        if style == "first_last_first_initial":
            return f"{g.split(' ')[0]} {f[0]}." if f else g
        raise ValueError(style)


def new_person(r, loc, native=False, gender=None, seed=0):
    lang, latin, nat, _ = LOCALES[loc]
    gender = gender or r.choice("mf")
    if native and nat:
        if nat.startswith("hand:"):
            gm, gf, fam = D.NATIVE_NAMES[nat[5:]]
            given = r.choice(gm if gender == "m" else gf)
            family = r.choice(fam)
        else:
            f = fk(nat, seed)
            f.seed_instance(r.getrandbits(32))
            given = f.first_name_male() if gender == "m" else f.first_name_female()
            family = f.last_name_male() if gender == "m" else f.last_name_female()
        if loc in ("cn", "kr"):
            return Person(loc, gender, given, family, True, "fg", "")
        if loc == "jp":
            return Person(loc, gender, given, family, True, "fg", r.choice([" ", "", "\u3000"]))
        if loc in ("ru", "ua") and r.random() < 0.5:
            f = fk(nat, seed)
            pat = f.middle_name_male() if gender == "m" else f.middle_name_female()
            return Person(loc, gender, given + " " + pat, family, True, "fg", " ")
        return Person(loc, gender, given, family, True)
    if isinstance(latin, str) and latin.startswith("hand:"):
        gm, gf, fam = D.HAND_NAMES[latin[5:]]
        given = r.choice(gm if gender == "m" else gf)
        family = r.choice(fam)
        if gender == "f":
            family = fem_surname(loc, family)
        if loc == "vn":
            if r.random() < 0.3:
                given, family = ascii_fold(given), ascii_fold(family)
            return Person(loc, gender, given, family, False, "fg" if r.random() < 0.7 else "gf")
        if loc == "id" and r.random() < 0.25:
            return Person(loc, gender, given, "", False)
        return Person(loc, gender, given, family, False)
    f = fk(r.choice(latin), seed)
    f.seed_instance(r.getrandbits(32))
    if loc in ("cn", "jp"):
        given = f.first_romanized_name()
        family = f.last_romanized_name()
        p = Person(loc, gender, given, family, False, "fg" if (loc == "cn" and r.random() < 0.5) else "gf")
        return p
    given = f.first_name_male() if gender == "m" else f.first_name_female()
    family = f.last_name_male() if gender == "m" else f.last_name_female()
    if loc == "id" and r.random() < 0.25:
        return Person(loc, gender, given, "", False)
    if loc == "hu" and r.random() < 0.5:
        return Person(loc, gender, given, family, False, "fg")
    return Person(loc, gender, given, family, False)


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------

def dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def nz(r, n):
    return r.choice("123456789") + dg(r, n - 1)


def fill(r, pat):
    """X -> digit, N -> non-zero digit, A -> capital letter."""
    out = []
    for c in pat:
        if c == "X":
            out.append(r.choice("0123456789"))
        elif c == "N":
            out.append(r.choice("123456789"))
        elif c == "A":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


PHONES = {
    "us": ["(NXX) NXX-XXXX", "+1 NXX-NXX-XXXX", "NXX.NXX.XXXX", "NXX-NXX-XXXX", "+1 (NXX) NXX-XXXX", "1-NXX-NXX-XXXX"],
    "gb": ["07NXX XXXXXX", "+44 7NXX XXXXXX", "020 7NXX XXXX", "+44 (0)20 7NXX XXXX", "0161 NXX XXXX", "+447NXXXXXXXX"],
    "ie": ["+353 8N XXX XXXX", "08N XXX XXXX", "(01) NXX XXXX"],
    "ng": ["+234 80N XXX XXXX", "080N XXX XXXX", "+234 81N XXX XXXX", "0703 XXX XXXX", "+2349NXXXXXXXX"],
    "gh": ["+233 24 XXX XXXX", "024 XXX XXXX", "+233 20 XXX XXXX", "055 XXX XXXX", "0302 XXX XXX"],
    "ke": ["+254 7NX XXXXXX", "07NX XXX XXX", "+254 11N XXX XXX", "0722 XXX XXX"],
    "et": ["+251 91 XXX XXXX", "0911 XXX XXX", "+251 11 XXX XXXX", "09NX XXX XXX"],
    "in": ["+91 9NXXX XXXXX", "09NXXXXXXXX", "9NXXXXXXXX", "+91-9NXXXXXXXX", "080-2XXX XXXX", "+91 8NXXX XXXXX"],
    "in_ta": ["+91 9NXXX XXXXX", "044-2XXX XXXX", "9NXXX XXXXX"],
    "pk": ["+92 30N XXXXXXX", "030N-XXXXXXX", "+92 321 XXXXXXX", "0333 XXXXXXX", "(042) 3XXX XXXX"],
    "bd": ["+880 171N-XXXXXX", "0171N-XXXXXX", "+880 1911 XXXXXX", "01819XXXXXX"],
    "id": ["+62 812-XXXX-XXXX", "0812 XXXX XXXX", "+62 21 XXXX XXXX", "0857-XXXX-XXXX", "+6281NXXXXXXXX"],
    "ph": ["+63 917 XXX XXXX", "0917-XXX-XXXX", "(02) 8XXX XXXX", "09NX XXX XXXX", "+63 2 8XXX XXXX"],
    "vn": ["+84 9NX XXX XXX", "09NX XXX XXX", "+84 (0)28 XXXX XXXX", "0NXX XXX XXXX"],
    "th": ["+66 8N XXX XXXX", "08N-XXX-XXXX", "02 XXX XXXX", "+66 (0)9N XXX XXXX"],
    "cn": ["+86 13N XXXX XXXX", "13N-XXXX-XXXX", "(010) XXXX XXXX", "+86-18N-XXXX-XXXX", "15NXXXXXXXX"],
    "jp": ["090-XXXX-XXXX", "+81 90-XXXX-XXXX", "03-XXXX-XXXX", "080-XXXX-XXXX", "+81 3-XXXX-XXXX", "06-XXXX-XXXX"],
    "kr": ["010-XXXX-XXXX", "+82 10-XXXX-XXXX", "02-XXX-XXXX", "+82-10-XXXX-XXXX", "010 XXXX XXXX"],
    "tr": ["+90 53N XXX XX XX", "053N XXX XX XX", "0(212) XXX XX XX", "+90 (216) XXX XX XX", "05NXXXXXXXX"],
    "ir": ["+98 912 XXX XXXX", "0912 XXX XXXX", "021-XXXX XXXX", "+98 21 XXXX XXXX"],
    "ae": ["+971 50 XXX XXXX", "050 XXX XXXX", "+971 4 XXX XXXX", "04 XXX XXXX", "+971-55-XXXXXXX"],
    "sa": ["+966 5N XXX XXXX", "05N XXX XXXX", "+966 11 XXX XXXX"],
    "il": ["+972 52-XXX-XXXX", "052-XXXXXXX", "03-XXXXXXX", "+972-54-XXX-XXXX", "054 XXX XXXX"],
    "ru": ["+7 (9NX) XXX-XX-XX", "8 9NX XXX-XX-XX", "+7 495 XXX-XX-XX", "89NXXXXXXXX", "+7 9NX XXX XX XX"],
    "ua": ["+380 67 XXX XXXX", "067 XXX XX XX", "+380 (44) XXX-XX-XX", "+38 050 XXX XX XX", "0NX-XXX-XX-XX"],
    "pl": ["+48 60N XXX XXX", "60N-XXX-XXX", "+48 22 XXX XX XX", "5NX XXX XXX"],
    "cz": ["+420 60N XXX XXX", "73N XXX XXX", "+420 2XX XXX XXX"],
    "hu": ["+36 30 XXX XXXX", "06 30 XXX XXXX", "+36 1 XXX XXXX", "06-20/XXX-XXXX"],
    "ro": ["+40 72N XXX XXX", "072N XXX XXX", "+40 21 XXX XXXX", "07NX.XXX.XXX"],
    "gr": ["+30 69N XXX XXXX", "69N XXX XXXX", "210 XXX XXXX", "+30 210 XXXXXXX"],
    "se": ["070-XXX XX XX", "+46 70 XXX XX XX", "08-XXX XXX XX", "+46 (0)73 XXX XX XX"],
    "no": ["+47 4NX XX XXX", "4NX XX XXX", "9NX XX XXX", "+47 22 XX XX XX"],
    "dk": ["+45 2N XX XX XX", "2N XX XX XX", "+45 3X XX XX XX"],
    "fi": ["+358 40 XXX XXXX", "040 XXX XXXX", "050-XXX XXXX", "+358 9 XXXX XXXX"],
    "nl": ["+31 6 XXXXXXXX", "06-XXXXXXXX", "020 XXX XXXX", "+31 (0)6 XXXX XXXX", "06 XX XX XX XX"],
    "de": ["+49 15N XXXXXXXX", "015N XXXXXXXX", "030 XXXXXXXX", "+49 (0)89 XXXXXX-XX", "0171/XXXXXXX", "+49 221 XXXXXXX"],
    "at": ["+43 66N XXXXXXX", "066N XXX XX XX", "+43 1 XXX XX XX"],
    "ch": ["+41 79 XXX XX XX", "079 XXX XX XX", "+41 44 XXX XX XX"],
    "fr": ["06 XX XX XX XX", "+33 6 XX XX XX XX", "+33 (0)1 XX XX XX XX", "07.XX.XX.XX.XX", "01 XX XX XX XX"],
    "es": ["+34 6NX XXX XXX", "6NX XX XX XX", "91X XXX XXX", "+34 93 XXX XX XX"],
    "pt": ["+351 91X XXX XXX", "91X XXX XXX", "21X XXX XXX", "+351 93X XXX XXX"],
    "br": ["(11) 9NXXX-XXXX", "+55 11 9NXXX-XXXX", "(21) 9NXXX-XXXX", "+55 (31) 9NXXX-XXXX", "11 9NXXXXXXX", "(51) 3XXX-XXXX"],
    "mx": ["+52 55 XXXX XXXX", "55 XXXX XXXX", "+52 1 33 XXXX XXXX", "(81) XXXX-XXXX", "+52 (55) XXXX-XXXX"],
    "it": ["+39 3NX XXX XXXX", "3NX XXX XXXX", "02 XXXX XXXX", "+39 06 XXXX XXXX", "3NX/XXXXXXX"],
}
PHONE_EXT = {"us": [" ext. NX", " x2NX", " ext NXX"], "gb": [" ext. NXX"], "de": ["-NX"], "fr": [" poste NX"],
             "es": [" ext. NX"], "br": [" ramal NX"], "jp": [" 内線NXX"], "nl": [" toestel NX"]}


def phone(r, loc, ext=False):
    pat = r.choice(PHONES.get(loc, PHONES["us"]))
    s = fill(r, pat)
    if ext and loc in PHONE_EXT:
        s += fill(r, r.choice(PHONE_EXT[loc]))
    return s


def phone_words(r, num):
    words = []
    digits = [c for c in num if c.isdigit()]
    i = 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and r.random() < 0.6:
            words.append("double " + ("oh" if d == "0" else D.NUM_WORDS[int(d)]))
            i += 2
            continue
        words.append("oh" if d == "0" and r.random() < 0.6 else D.NUM_WORDS[int(d)])
        i += 1
    return " ".join(words)


def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def card(r):
    kind = r.choices(["visa", "mc", "amex", "disc", "mc2"], weights=[5, 3, 2, 1, 1])[0]
    if kind == "visa":
        body = "4" + dg(r, 14)
    elif kind == "mc":
        body = "5" + r.choice("12345") + dg(r, 13)
    elif kind == "mc2":
        body = "22" + r.choice("2345678") + dg(r, 12)
    elif kind == "disc":
        body = "6011" + dg(r, 11)
    else:
        body = "3" + r.choice("47") + dg(r, 12)
    num = body + luhn_digit(body)
    sep = r.choice([" ", " ", "-", "", " "])
    if kind == "amex":
        return sep.join([num[:4], num[4:10], num[10:]]), "Amex"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)), {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "disc": "Discover"}[kind]


def not_luhn16(r):
    body = nz(r, 15)
    good = luhn_digit(body)
    bad = str((int(good) + r.randint(1, 9)) % 10)
    return body + bad


IBAN_SPEC = {  # country: (length, bban pattern: n digits / a letters / c alnum)
    "DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "PL": "24n",
    "PT": "21n", "BE": "12n", "CH": "5n12c", "AT": "16n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n",
    "IE": "4a14n", "RO": "4a16c", "GR": "7n16c", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n", "IL": "19n",
    "CZ": "20n", "HU": "24n", "BR": "23n1a1c", "UA": "6n19c", "LU": "3n13c", "HR": "17n",
}


def _bban(r, spec):
    out = []
    for cnt, kind in re.findall(r"(\d+)([nac])", spec):
        for _ in range(int(cnt)):
            if kind == "n":
                out.append(r.choice("0123456789"))
            elif kind == "a":
                out.append(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            else:
                out.append(r.choice("0123456789" * 3 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return "".join(out)


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    bban = _bban(r, IBAN_SPEC[cc])
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
    rearr = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    check = 98 - num % 97
    s = f"{cc}{check:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


IBAN_CC = {"de": "DE", "at": "AT", "ch": "CH", "gb": "GB", "ie": "IE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL",
           "pl": "PL", "pt": "PT", "se": "SE", "no": "NO", "dk": "DK", "fi": "FI", "ro": "RO", "gr": "GR", "tr": "TR",
           "sa": "SA", "ae": "AE", "il": "IL", "cz": "CZ", "hu": "HU", "br": "BR", "ua": "UA"}


def ssn(r, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choices(["-", " ", ""], weights=[7, 2, 1])[0]
    return f"{a:03d}{style}{g:02d}{style}{s:04d}"


def ipv4(r, private=None):
    if private is None:
        private = r.random() < 0.35
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    first = r.choice([23, 31, 41, 45, 62, 77, 81, 89, 102, 105, 109, 117, 141, 154, 178, 185, 196, 197, 203, 213, 217])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    groups = ["2a02", "2001", "2600", "2c0f", "240e", "2409"]
    g = [r.choice(groups)] + ["%x" % r.randint(0, 0xffff) for _ in range(7)]
    if r.random() < 0.5:
        return ":".join(g[:3]) + "::" + ":".join(g[5:])
    return ":".join(g)


def ip(r):
    return ipv6(r) if r.random() < 0.2 else ipv4(r)


# --- passwords -------------------------------------------------------------

def password(r, kind=None):
    kind = kind or r.choices(["random", "leet", "base", "phrase", "phrase_sp", "wifi", "pin"], weights=[5, 3, 4, 3, 1, 2, 1])[0]
    if kind == "random":
        al = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789" + D.PW_SYMS
        while True:
            s = "".join(r.choice(al) for _ in range(r.randint(10, 22)))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and s[0] not in "-.=":
                return s
    if kind == "leet":
        w = r.choice(D.PW_WORDS) + r.choice(D.PW_WORDS).capitalize()
        tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})
        w = "".join(c.translate(tr) if r.random() < 0.6 else c for c in w)
        return w[0].upper() + w[1:] + r.choice(["!", "#", "&" + str(r.randint(1, 9)), "?", "*"])
    if kind == "base":
        return r.choice(D.PW_BASES) + r.choice([str(r.randint(1970, 2025)), dg(r, 2), dg(r, 3), "123"]) + r.choice(["!", "", "#", "@", "$", "!!", "*"])
    if kind in ("phrase", "phrase_sp"):
        n = r.randint(3, 5)
        words = [r.choice(D.PW_WORDS) for _ in range(n)]
        sep = " " if kind == "phrase_sp" else r.choice(["-", "_", ".", "+", "", "-"])
        if sep == "" or r.random() < 0.3:
            words = [w.capitalize() for w in words]
        s = sep.join(words)
        if r.random() < 0.4:
            s += str(r.randint(1, 99))
        return s
    if kind == "wifi":
        al = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "-".join("".join(r.choice(al) for _ in range(4)) for _ in range(r.randint(3, 4)))
    if kind == "pin":
        return dg(r, r.choice([4, 4, 4, 6, 5]))
    raise ValueError(kind)


# --- dates -----------------------------------------------------------------

def rand_dob(r, young=False):
    start = datetime.date(2004 if young else 1938, 1, 1)
    end = datetime.date(2019 if young else 2006, 12, 28)
    return start + datetime.timedelta(days=r.randint(0, (end - start).days))


def en_ord(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def year_words(y):
    def two(n):
        if n < 10:
            return "oh " + D.NUM_WORDS[n]
        if n < 20:
            return D.TEENS[n - 10]
        return D.TENS[n // 10] + ("" if n % 10 == 0 else " " + D.NUM_WORDS[n % 10])
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + D.NUM_WORDS[y - 2000])
    return two(y // 100) + " " + two(y % 100)


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fmt_date(r, d, lang, voice=False):
    """A date the way people of `lang` write it."""
    Y, M, Dd = d.year, d.month, d.day
    mn = D.MONTHS.get(lang)
    if voice:
        return r.choice([f"{D.MONTHS['en'][M - 1].lower()} {D.ORDINALS[Dd - 1]} {year_words(Y)}",
                         f"the {D.ORDINALS[Dd - 1]} of {D.MONTHS['en'][M - 1].lower()} {year_words(Y)}",
                         f"{D.MONTHS['en'][M - 1].lower()} {Dd} {Y}"])
    c = r.random()
    if lang == "en":
        opts = [f"{Y}-{M:02d}-{Dd:02d}", f"{M:02d}/{Dd:02d}/{Y}", f"{Dd:02d}/{M:02d}/{Y}", f"{Dd} {D.MONTHS['en'][M - 1]} {Y}",
                f"{D.MONTHS['en'][M - 1]} {Dd}, {Y}", f"{en_ord(Dd)} of {D.MONTHS['en'][M - 1]} {Y}", f"{M}/{Dd}/{str(Y)[2:]}",
                f"{Dd:02d}-{D.MONTHS['en'][M - 1][:3]}-{Y}", f"{D.MONTHS['en'][M - 1][:3]} {en_ord(Dd)} {Y}",
                f"{Dd}.{M}.{Y}", f"{Y}/{M:02d}/{Dd:02d}"]
        return r.choice(opts)
    if lang == "de":
        return r.choice([f"{Dd:02d}.{M:02d}.{Y}", f"{Dd}. {mn[M - 1]} {Y}", f"{Dd}.{M}.{Y}", f"{Dd:02d}.{M:02d}.{str(Y)[2:]}"])
    if lang in ("fr", "es", "pt", "it", "ro", "el"):
        num = f"{Dd:02d}/{M:02d}/{Y}" if lang != "ro" else f"{Dd:02d}.{M:02d}.{Y}"
        verb = {"fr": f"{'1er' if Dd == 1 else Dd} {mn[M - 1]} {Y}", "es": f"{Dd} de {mn[M - 1]} de {Y}",
                "pt": f"{Dd} de {mn[M - 1]} de {Y}", "it": f"{Dd} {mn[M - 1]} {Y}", "ro": f"{Dd} {mn[M - 1]} {Y}",
                "el": f"{Dd} {mn[M - 1]} {Y}"}[lang]
        return num if c < 0.55 else verb
    if lang == "nl":
        return r.choice([f"{Dd:02d}-{M:02d}-{Y}", f"{Dd} {mn[M - 1]} {Y}"])
    if lang in ("pl", "ru", "uk", "cs"):
        suf = {"ru": " г.", "uk": " р.", "pl": " r.", "cs": ""}[lang]
        if lang == "cs":
            return r.choice([f"{Dd}. {M}. {Y}", f"{Dd:02d}.{M:02d}.{Y}", f"{Dd}. {mn[M - 1]} {Y}"])
        return r.choice([f"{Dd:02d}.{M:02d}.{Y}", f"{Dd} {mn[M - 1]} {Y}{suf if r.random() < 0.6 else ''}"])
    if lang == "tr":
        return r.choice([f"{Dd:02d}.{M:02d}.{Y}", f"{Dd} {mn[M - 1]} {Y}", f"{Dd:02d}/{M:02d}/{Y}"])
    if lang == "ja":
        if c < 0.2 and 1926 <= Y:
            era = ("昭和", Y - 1925) if Y < 1989 or (Y == 1989 and M == 1 and Dd < 8) else (("平成", Y - 1988) if Y < 2019 else ("令和", Y - 2018))
            return f"{era[0]}{era[1]}年{M}月{Dd}日"
        return r.choice([f"{Y}年{M}月{Dd}日", f"{Y}/{M:02d}/{Dd:02d}", f"{Y}年{M:02d}月{Dd:02d}日"])
    if lang == "zh":
        return r.choice([f"{Y}年{M}月{Dd}日", f"{Y}-{M:02d}-{Dd:02d}", f"{Y}.{M}.{Dd}"])
    if lang == "ko":
        return r.choice([f"{Y}년 {M}월 {Dd}일", f"{Y}.{M:02d}.{Dd:02d}", f"{str(Y)[2:]}{M:02d}{Dd:02d}", f"{Y}-{M:02d}-{Dd:02d}"])
    if lang in ("sv", "fi", "no", "da"):
        if lang == "sv":
            return r.choice([f"{Y}-{M:02d}-{Dd:02d}", f"{Dd} {mn[M - 1]} {Y}", f"{str(Y)[2:]}{M:02d}{Dd:02d}"])
        if lang == "fi":
            return r.choice([f"{Dd}.{M}.{Y}", f"{Dd}. {mn[M - 1]} {Y}"])
        return r.choice([f"{Dd:02d}.{M:02d}.{Y}", f"{Dd:02d}-{M:02d}-{Y}", f"{Dd}. {D.MONTHS['en'][M - 1].lower()[:3]} {Y}"])
    if lang == "hu":
        return r.choice([f"{Y}. {M:02d}. {Dd:02d}.", f"{Y}. {D.MONTHS['hu'][M - 1]} {Dd}.", f"{Y}.{M:02d}.{Dd:02d}"])
    if lang == "id":
        return r.choice([f"{Dd} {mn[M - 1]} {Y}", f"{Dd:02d}-{M:02d}-{Y}", f"{Dd:02d}/{M:02d}/{Y}"])
    if lang == "vi":
        return r.choice([f"{Dd:02d}/{M:02d}/{Y}", f"ngày {Dd} tháng {M} năm {Y}", f"{Dd}/{M}/{Y}"])
    if lang == "th":
        return r.choice([f"{Dd:02d}/{M:02d}/{Y + 543}", f"{Dd:02d}/{M:02d}/{Y}"])
    if lang == "ar":
        s = f"{Dd:02d}/{M:02d}/{Y}"
        return s.translate(AR_DIGITS) if c < 0.4 else s
    if lang == "fa":
        s = f"{Y}/{M:02d}/{Dd:02d}"
        return s.translate(FA_DIGITS) if c < 0.4 else s
    return r.choice([f"{Dd:02d}/{M:02d}/{Y}", f"{Dd:02d}-{M:02d}-{Y}", f"{Y}-{M:02d}-{Dd:02d}"])


def dob_cue(r, lang, gender):
    f = gender == "f"
    cues = {
        "en": ["born ⟦d⟧", "DOB ⟦d⟧", "DOB: ⟦d⟧", "date of birth ⟦d⟧", "b. ⟦d⟧", "d.o.b. ⟦d⟧", "birthday ⟦d⟧"],
        "de": ["geb. ⟦d⟧", "geboren am ⟦d⟧", "Geburtsdatum: ⟦d⟧"],
        "fr": [("née le ⟦d⟧" if f else "né le ⟦d⟧"), "date de naissance : ⟦d⟧"],
        "es": [("nacida el ⟦d⟧" if f else "nacido el ⟦d⟧"), "fecha de nacimiento: ⟦d⟧", "F. nac.: ⟦d⟧"],
        "pt": [("nascida em ⟦d⟧" if f else "nascido em ⟦d⟧"), "data de nascimento: ⟦d⟧", "DN ⟦d⟧"],
        "it": [("nata il ⟦d⟧" if f else "nato il ⟦d⟧"), "data di nascita ⟦d⟧"],
        "nl": ["geboren op ⟦d⟧", "geb. ⟦d⟧"],
        "pl": ["ur. ⟦d⟧", ("urodzona ⟦d⟧" if f else "urodzony ⟦d⟧")],
        "ru": ["дата рождения: ⟦d⟧", ("родилась ⟦d⟧" if f else "родился ⟦d⟧"), "д.р. ⟦d⟧"],
        "uk": [("народилася ⟦d⟧" if f else "народився ⟦d⟧"), "дата народження: ⟦d⟧"],
        "tr": ["doğum tarihi: ⟦d⟧", "⟦d⟧ doğumlu", "D.T.: ⟦d⟧"],
        "ja": ["生年月日：⟦d⟧", "⟦d⟧生まれ"],
        "zh": ["出生日期：⟦d⟧", "⟦d⟧出生", "生日 ⟦d⟧"],
        "ko": ["생년월일: ⟦d⟧", "⟦d⟧생"],
        "sv": ["född ⟦d⟧"], "no": ["født ⟦d⟧"], "da": ["født ⟦d⟧"], "fi": ["syntynyt ⟦d⟧", "s. ⟦d⟧"],
        "cs": [("narozena ⟦d⟧" if f else "narozen ⟦d⟧"), "nar. ⟦d⟧"], "hu": ["szül. ⟦d⟧", "született: ⟦d⟧"],
        "ro": [("născută la ⟦d⟧" if f else "născut la ⟦d⟧")], "el": ["γεννήθηκε στις ⟦d⟧", "ημ. γέννησης ⟦d⟧"],
        "id": ["lahir ⟦d⟧", "tgl lahir ⟦d⟧"], "vi": ["sinh ngày ⟦d⟧", "ngày sinh: ⟦d⟧"], "ar": ["تاريخ الميلاد: ⟦d⟧"],
        "fa": ["متولد ⟦d⟧"], "he": ["נולד/ה ב-⟦d⟧", "ת.ל. ⟦d⟧"], "th": ["เกิดวันที่ ⟦d⟧"], "hi": ["जन्म तिथि: ⟦d⟧"],
        "bn": ["জন্ম: ⟦d⟧"],
    }
    return r.choice(cues.get(lang, cues["en"]))


def pw_sentence(r, lang):
    s = {
        "en": ["the password is ⟦p⟧", "pw: ⟦p⟧", "password ⟦p⟧", "pass is ⟦p⟧", "my password is ⟦p⟧", "passcode: ⟦p⟧"],
        "de": ["Das Passwort lautet ⟦p⟧", "Passwort: ⟦p⟧", "Kennwort ist ⟦p⟧", "PW: ⟦p⟧"],
        "fr": ["le mot de passe c'est ⟦p⟧", "mdp : ⟦p⟧", "mot de passe : ⟦p⟧"],
        "es": ["la contraseña es ⟦p⟧", "clave: ⟦p⟧", "contraseña: ⟦p⟧"],
        "pt": ["a senha é ⟦p⟧", "senha: ⟦p⟧", "a senha do wifi é ⟦p⟧"],
        "it": ["la password è ⟦p⟧", "password: ⟦p⟧"], "nl": ["het wachtwoord is ⟦p⟧", "ww: ⟦p⟧"],
        "pl": ["hasło to ⟦p⟧", "hasło: ⟦p⟧"], "ru": ["пароль: ⟦p⟧", "пароль от почты ⟦p⟧"], "uk": ["пароль — ⟦p⟧", "пароль: ⟦p⟧"],
        "tr": ["şifre: ⟦p⟧", "şifrem ⟦p⟧", "parola ⟦p⟧"], "ja": ["パスワードは⟦p⟧です", "パスワード：⟦p⟧"],
        "zh": ["密码是⟦p⟧", "密码：⟦p⟧"], "ko": ["비밀번호는 ⟦p⟧ 입니다", "비번 ⟦p⟧"], "sv": ["lösenordet är ⟦p⟧"],
        "no": ["passordet er ⟦p⟧"], "da": ["adgangskoden er ⟦p⟧"], "fi": ["salasana on ⟦p⟧"], "cs": ["heslo je ⟦p⟧"],
        "hu": ["a jelszó: ⟦p⟧"], "ro": ["parola este ⟦p⟧"], "el": ["ο κωδικός είναι ⟦p⟧"], "id": ["kata sandinya ⟦p⟧", "password: ⟦p⟧"],
        "vi": ["mật khẩu là ⟦p⟧"], "ar": ["كلمة السر: ⟦p⟧"], "fa": ["رمز عبور: ⟦p⟧"], "he": ["הסיסמה היא ⟦p⟧"],
        "th": ["รหัสผ่านคือ ⟦p⟧"], "hi": ["पासवर्ड है ⟦p⟧"], "bn": ["পাসওয়ার্ড: ⟦p⟧"],
    }
    return r.choice(s.get(lang, s["en"]))


# --- health ----------------------------------------------------------------

def health(r, lang="en", kind=None):
    lang = lang if lang in D.HEALTH_COND else "en"
    kind = kind or r.choices(["cond", "med", "proc", "result"], weights=[5, 3, 1, 1])[0]
    if kind == "event":
        kind = r.choice(["proc", "result"])
    src = {"cond": D.HEALTH_COND, "med": D.MEDS, "state": D.HEALTH_STATE, "proc": D.HEALTH_PROC, "result": D.HEALTH_RESULT}[kind]
    return r.choice(src.get(lang, src["en"]))


# --- addresses ---------------------------------------------------------------

def _us(r):
    city, st, z = r.choice(D.US_CITIES)
    line1 = f"{r.randint(10, 9899)} {r.choice(['', '', 'N ', 'S ', 'E ', 'W '])}{r.choice(D.US_STREETS)} {r.choice(D.US_SUFFIX)}"
    unit = r.choice(["", "", "", f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Unit {r.randint(1, 300)}", f"Suite {r.randint(100, 950)}", f"#{r.randint(2, 60)}"])
    zipc = z + dg(r, 2) + (("-" + dg(r, 4)) if r.random() < 0.2 else "")
    lines = [line1] + ([unit] if unit else []) + [f"{city}, {st} {zipc}"]
    if r.random() < 0.15:
        lines.append(r.choice(["USA", "United States"]))
    return lines


def _uk(r):
    city, pc, dists = r.choice(D.UK_CITIES)
    post = f"{pc}{r.choice(dists)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    lines = []
    if r.random() < 0.4:
        lines.append(r.choice([f"Flat {r.randint(1, 30)}", f"Flat {r.randint(1, 6)}/{r.randint(1, 4)}", f"{r.choice(['Ground', 'First', 'Top'])} Floor Flat"]))
    lines.append(f"{r.randint(1, 220)} {r.choice(D.UK_STREETS)}")
    lines.append(f"{city} {post}" if r.random() < 0.5 else city)
    if not lines[-1].endswith(post):
        lines.append(post)
    return lines


def _ie(r):
    place, ek = r.choice(D.IE_PLACES)
    return [f"Apt {r.randint(1, 60)}" if r.random() < 0.4 else f"{r.randint(1, 140)}", r.choice(D.IE_STREETS), place,
            f"{ek} {fill(r, 'AXAX')}"] if r.random() < 0.5 else [f"{r.randint(1, 140)} {r.choice(D.IE_STREETS)}", place, f"{ek} {fill(r, 'AXXA')}"]


def _de(r, places=None, streets=None, plzlen=5):
    city, pre = r.choice(places or D.DE_CITIES)
    street = r.choice(streets or D.DE_STREETS)
    hn = f"{r.randint(1, 180)}{r.choice(['', '', '', 'a', 'b'])}"
    plz = pre + dg(r, plzlen - len(pre))
    lines = [f"{street} {hn}"]
    if r.random() < 0.25:
        lines.append(r.choice([f"{r.randint(1, 5)}. OG links", f"c/o {r.choice(['Hausverwaltung', 'Praxis'])} {r.choice(['Nord', 'am Park'])}", f"Hinterhaus, {r.randint(1, 4)}. Etage", f"Top {r.randint(1, 20)}"]))
    lines.append(f"{plz} {city}")
    return lines


def _fr(r):
    city, pre = r.choice(D.FR_CITIES)
    cp = pre + dg(r, 5 - len(pre))
    if city == "Paris":
        cp = "750" + f"{r.randint(1, 20):02d}"
    lines = []
    if r.random() < 0.3:
        lines.append(r.choice([f"Bât. {r.choice('ABCD')}, {r.randint(1, 8)}e étage", f"Appt {r.randint(1, 80)}", f"Résidence {r.choice(['Les Tilleuls', 'Le Parc', 'Bellevue'])}"]))
    lines.append(f"{r.randint(1, 140)}{r.choice(['', '', ' bis', ' ter'])} {r.choice(D.FR_STREETS)}")
    lines.append(f"{cp} {city}")
    return lines


def _es(r):
    city, pre = r.choice(D.ES_CITIES)
    cp = pre + dg(r, 5 - len(pre))
    st = r.choice(D.ES_STREETS)
    if r.random() < 0.4:
        st = st.replace("Calle ", "C/ ").replace("Avenida ", "Avda. ")
    floor = r.choice(["", f", {r.randint(1, 9)}º {r.choice(['A', 'B', 'Izq.', 'Dcha.'])}", f", {r.randint(1, 6)}º{r.randint(1, 4)}ª", ", bajo"])
    return [f"{st}, {r.randint(1, 200)}{floor}", f"{cp} {city}"]


def _pt(r):
    city, pre = r.choice(D.PT_CITIES)
    cp = pre + dg(r, 4 - len(pre)) + "-" + dg(r, 3)
    return [f"{r.choice(D.PT_STREETS)}, {r.randint(1, 300)}{r.choice(['', ', 2º Esq.', ', 3º Dto.', ', r/c', ', 1º Frente'])}", f"{cp} {city}"]


def _br(r):
    bairro, city, uf, pre = r.choice(D.BR_PLACES)
    cep = pre + dg(r, 2) + "-" + dg(r, 3)
    num = r.choice([f"nº {r.randint(10, 3000)}", f"{r.randint(10, 3000)}", f"n. {r.randint(10, 3000)}"])
    comp = r.choice(["", "", f", apto {r.randint(11, 190)}", f", apto. {r.randint(1, 25)}{r.randint(1, 4):02d}, bloco {r.choice('ABC')}", ", casa 2", f", sala {r.randint(100, 1900)}"])
    return [f"{r.choice(D.BR_STREETS)}, {num}{comp}", f"{bairro}", f"{city} - {uf}", f"CEP {cep}" if r.random() < 0.5 else cep]


def _mx(r):
    col, city, st, pre = r.choice(D.MX_PLACES)
    cp = pre + dg(r, 3)
    inte = r.choice(["", "", f" Int. {r.randint(1, 30)}", f" Depto. {r.randint(101, 904)}", " Int. B"])
    return [f"{r.choice(D.MX_STREETS)} {r.randint(1, 2500)}{inte}", f"Col. {col}", f"C.P. {cp}, {city}, {st}"]


def _it(r):
    city, prov, pre = r.choice(D.IT_CITIES)
    cap = pre + dg(r, 2)
    lines = [f"{r.choice(D.IT_STREETS)} {r.randint(1, 200)}{r.choice(['', '', '/A', ', scala B, int. 7', ', int. 12'])}"]
    lines.append(f"{cap} {city} ({prov})")
    return lines


def _nl(r):
    city, pre = r.choice(D.NL_CITIES)
    pc = pre + dg(r, 2) + " " + r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
    return [f"{r.choice(D.NL_STREETS)} {r.randint(1, 400)}{r.choice(['', '', '-II', ' hs', 'A', '-3'])}", f"{pc} {city}"]


def _be(r):
    city, pc = r.choice(D.BE_PLACES)
    return [f"{r.choice(['Meir', 'Veldstraat', 'Rue Neuve', 'Bondgenotenlaan', 'Rue Saint-Gilles'])} {r.randint(1, 150)}{r.choice(['', ' bus 3', ' bte 12'])}", f"{pc} {city}"]


def _nordic(r, streets, cities, style):
    city, pre = r.choice(cities)
    if style == "se":
        pc = pre + dg(r, 1) + " " + dg(r, 2)
        return [f"{r.choice(streets)} {r.randint(1, 90)}{r.choice(['', '', ' lgh 1102', 'B'])}", f"{pc} {city}"]
    if style == "no":
        pc = pre + dg(r, 4 - len(pre))
        return [f"{r.choice(streets)} {r.randint(1, 90)}{r.choice(['', 'B', ' H0302'])}", f"{pc} {city}"]
    if style == "dk":
        return [f"{r.choice(streets)} {r.randint(1, 200)}{r.choice(['', ', 2. th.', ', st. tv.', ', 4. mf.'])}", f"{pre} {city}"]
    pc = pre + dg(r, 5 - len(pre))
    return [f"{r.choice(streets)} {r.randint(1, 90)} {r.choice(['A', 'B', 'C'])} {r.randint(1, 40)}", f"{pc} {city}"]


def _pl(r):
    city, pre = r.choice(D.PL_CITIES)
    pc = pre + dg(r, 1) + "-" + dg(r, 3)
    return [f"{r.choice(D.PL_STREETS)} {r.randint(1, 150)}{r.choice(['', '/' + str(r.randint(1, 80)), ' m. ' + str(r.randint(1, 60))])}", f"{pc} {city}"]


def _cz(r):
    city, pc = r.choice(D.CZ_CITIES)
    return [f"{r.choice(D.CZ_STREETS)} {r.randint(100, 2999)}/{r.randint(1, 120)}", f"{pc} {city}"]


def _hu(r):
    city, pre = r.choice(D.HU_CITIES)
    pc = pre + dg(r, 4 - len(pre))
    st = f"{r.choice(D.HU_STREETS)} {r.randint(1, 120)}.{r.choice(['', ' 2/3.', ' III. em. 12.', ' fsz. 1.'])}"
    if r.random() < 0.5:
        return [f"{pc} {city},", st]
    return [f"{city}", st, pc]


def _ro(r):
    city, sector, pre = r.choice(D.RO_CITIES)
    pc = pre + dg(r, 4)
    parts = [f"{r.choice(D.RO_STREETS)} nr. {r.randint(1, 200)}"]
    if r.random() < 0.6:
        parts.append(f"bl. {r.choice('ABCDM')}{r.randint(1, 30)}, sc. {r.randint(1, 4)}, ap. {r.randint(1, 80)}")
    parts.append(f"{sector + ', ' if sector else ''}{city} {pc}")
    return parts


def _gr(r, native):
    lat, el, pre = r.choice(D.GR_CITIES)
    pc = pre + dg(r, 1) + " " + dg(r, 2)
    if native:
        return [f"{r.choice(D.GR_STREETS_EL)} {r.randint(1, 180)}", f"{pc} {el}"]
    return [f"{r.choice(D.GR_STREETS_LAT)} {r.randint(1, 180)}", f"{lat} {pc}"]


def _ru(r, native, ua=False):
    streets, cities = (D.UA_STREETS, D.UA_CITIES) if ua else (D.RU_STREETS, D.RU_CITIES)
    st = r.choice(streets)
    cn, cl, pre = r.choice(cities)
    pc = pre + dg(r, 6 - len(pre)) if not ua else pre + dg(r, 5 - len(pre))
    h, kv = r.randint(1, 120), r.randint(1, 300)
    if native:
        if ua:
            return [f"{st[0]}, {h}, кв. {kv}", f"{cn}, {pc}"]
        return [f"{pc}, г. {cn}", f"{st[0]}, д. {h}, кв. {kv}"] if r.random() < 0.5 else [f"{st[0]}, д. {h}{', корп. 2' if r.random() < 0.3 else ''}, кв. {kv}", f"{cn}, {pc}"]
    return [f"{st[1]} {h}, apt {kv}", f"{cl} {pc}"]


def _tr(r):
    dist, city, pre = r.choice(D.TR_PLACES)
    pc = pre + dg(r, 5 - len(pre))
    return [f"{r.choice(D.TR_STREETS)} No:{r.randint(1, 200)} D:{r.randint(1, 30)}", f"{dist}/{city} {pc}" if r.random() < 0.5 else f"{pc} {dist}/{city}"]


def _ir(r, native):
    city, st, cfa, stfa = r.choice(D.IR_PLACES)
    a, n, u = r.randint(2, 40), r.randint(1, 90), r.randint(1, 12)
    if native:
        return [f"{cfa}، {stfa}، کوچه {a}، پلاک {n}، واحد {u}".translate(FA_DIGITS if r.random() < 0.5 else {})]
    return [f"{st}, Alley {a}, No. {n}, Unit {u}", f"{city}" + (f" {dg(r, 10)}" if r.random() < 0.3 else "")]


def _ae(r, native):
    if native:
        return [f"فيلا {r.randint(1, 90)}، شارع {r.randint(1, 40)}، {r.choice(D.AE_AREAS_AR)}، دبي"]
    if r.random() < 0.5:
        return [f"Villa {r.randint(1, 90)}, Street {r.randint(1, 40)}", r.choice(D.AE_AREAS), "Dubai"]
    return [f"Apt {r.randint(101, 2905)}, {r.choice(['Marina Heights Tower', 'Al Attar Tower', 'Burj Views B', 'Skycourts Tower E'])}", r.choice(D.AE_AREAS), r.choice(["Dubai", "Dubai, UAE"])]


def _sa(r):
    dist, city, pre = r.choice(D.SA_PLACES)
    return [f"Building {r.randint(1000, 9999)}, {r.choice(D.SA_ROADS)}", f"{dist}, {city} {pre}{dg(r, 2)}", f"Additional No. {r.randint(1000, 9999)}" if r.random() < 0.3 else ""]


def _il(r, native):
    st, stn = r.choice(D.IL_STREETS)
    c, cn = r.choice(D.IL_CITIES)
    if native:
        return [f"{'רחוב ' if r.random() < 0.4 else ''}{stn} {r.randint(1, 200)}, {cn}"]
    return [f"{r.randint(1, 200)} {st} St{', Apt ' + str(r.randint(1, 30)) if r.random() < 0.5 else ''}", f"{c} {dg(r, 7)}" if r.random() < 0.5 else c]


def _in(r):
    loc, city, state, pre = r.choice(D.IN_LOCALITIES)
    pin = pre + dg(r, 6 - len(pre))
    opts = [
        [f"Flat {r.randint(1, 12)}0{r.randint(1, 8)}, {r.choice(D.IN_BUILDINGS)}", r.choice(D.IN_LANDMARKS), loc, f"{city} {pin}"],
        [f"H.No. {r.randint(1, 16)}-{r.randint(1, 9)}-{r.randint(10, 999)}", r.choice(D.IN_LANDMARKS), f"{loc}, {city}", f"{state} - {pin}"],
        [f"{r.choice('ABCDEFGHJK')}-{r.randint(1, 300)}, {r.choice(['Ground', '1st', '2nd', '3rd'])} Floor", loc, f"{city} {pin}"],
        [f"#{r.randint(1, 999)}, {r.randint(1, 20)}th Cross, {r.randint(1, 12)}th Main", loc, f"{city}, {state} {pin}"],
        [f"Plot No. {r.randint(1, 400)}, {r.choice(D.IN_BUILDINGS)}", f"{loc}", f"{city} - {pin}"],
    ]
    return r.choice(opts)


def _pk(r):
    sec, city, pc = r.choice(D.PK_PLACES)
    return [r.choice([f"House {r.randint(1, 400)}, Street {r.randint(1, 90)}", f"Plot {r.randint(1, 300)}-{r.choice('ABC')}", f"Flat {r.randint(1, 20)}, {r.choice(['Askari Tower', 'Bahria Heights', 'Al-Hafeez Plaza'])}"]), sec, f"{city} {pc}"]


def _bd(r):
    area, city, pc = r.choice(D.BD_PLACES)
    return [f"House {r.randint(1, 120)}{r.choice(['', '/A', '/B'])}, Road {r.randint(1, 30)}", f"{area}, {city} {pc}"]


def _id(r):
    kec, city, pre = r.choice(D.ID_PLACES)
    return [f"{r.choice(D.ID_STREETS)} No. {r.randint(1, 150)}{r.choice(['', 'A', 'B'])}", f"RT {r.randint(1, 15):02d}/RW {r.randint(1, 12):02d}", f"{kec}, {city} {pre}{dg(r, 2)}"]


def _ph(r):
    brgy, city, zc = r.choice(D.PH_PLACES)
    first = r.choice([f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)}, Phase {r.randint(1, 4)}, {r.choice(D.PH_SUBDIVS)}",
                      f"Unit {r.randint(1, 40)}{r.randint(1, 30):02d} Tower {r.randint(1, 4)}, {r.choice(['Avida Towers', 'SMDC Light Residences', 'Grass Residences'])}",
                      f"{r.randint(1, 999)} {r.choice(['Rizal St.', 'Mabini St.', 'Gen. Luna St.', 'Bonifacio Ave.'])}"])
    return [first, brgy, f"{city} {zc}"]


def _vn(r):
    st, dist, city = r.choice(D.VN_PLACES)
    if r.random() < 0.5:
        return [f"Số {r.randint(1, 200)} Ngõ {r.randint(1, 120)} {st}", f"{dist}, {city}"]
    return [f"{r.randint(1, 300)} {st}, Phường {r.randint(1, 15)}", f"{dist}, {city}"]


def _th(r):
    soi, sub, dist, prov, pc = r.choice(D.TH_PLACES)
    return [f"{r.randint(1, 300)}/{r.randint(1, 99)} {'Moo ' + str(r.randint(1, 12)) + ', ' if r.random() < 0.4 else ''}{soi}", f"{sub}, {dist}", f"{prov} {pc}"]


def _cn(r, native):
    prov, dist, road, lp, ld, lr, pc = r.choice(D.CN_PLACES)
    n, b, room = r.randint(1, 300), r.randint(1, 12), f"{r.randint(2, 30)}{r.randint(1, 9):02d}"
    if native:
        return [f"{prov}{dist}{road}{n}号{b}号楼{room}室"]
    return [f"Room {room}, Building {b}", f"{n} {lr}, {ld}", f"{lp} {pc}"]


def _jp(r, native):
    pref, city, town, lp, lc, lt, pc = r.choice(D.JP_PLACES)
    c, b, g = r.randint(1, 6), r.randint(1, 30), r.randint(1, 20)
    if native:
        bld = f" {r.choice(D.JP_BUILDINGS)}{r.randint(1, 12)}0{r.randint(1, 9)}号室" if r.random() < 0.4 else ""
        core = f"{pref}{city}{town}{c}丁目{b}番{g}号" if r.random() < 0.5 else f"{pref}{city}{town}{c}-{b}-{g}"
        return [f"〒{pc} {core}{bld}" if r.random() < 0.6 else core + bld]
    apt = f"Apt {r.randint(1, 12)}0{r.randint(1, 9)}, " if r.random() < 0.4 else ""
    return [f"{apt}{c}-{b}-{g} {lt}", f"{lc}, {lp} {pc}"]


def _kr(r, native):
    do, gu, ro, ld, lg, lr, pc = r.choice(D.KR_PLACES)
    n = r.randint(1, 400)
    if native:
        unit = f", {r.randint(101, 120)}동 {r.randint(1, 25)}0{r.randint(1, 6)}호" if r.random() < 0.6 else ""
        gil = f"{r.randint(1, 40)}길 " if r.random() < 0.3 else " "
        return [f"{do} {gu} {ro}{gil}{n}{unit}"]
    gil = f" {r.randint(1, 40)}-gil" if r.random() < 0.3 else ""
    return [f"{n} {lr}{gil}", f"{lg}, {ld} {pc}"]


def _ng(r):
    area, city = r.choice(D.NG_PLACES)
    return [r.choice([f"Plot {r.randint(1, 2000)}, {r.choice(D.NG_STREETS)}", f"No. {r.randint(1, 90)} {r.choice(D.NG_STREETS)}",
                      f"Flat {r.randint(1, 12)}, Block {r.choice('ABCDEF')}, {r.choice(['Dolphin Estate', '1004 Estate', 'Abacha Barracks Quarters'])}"]),
            area, f"{city}" + (" State" if city in ("Lagos", "Enugu") and r.random() < 0.3 else "")]


def _gh(r):
    area, city, reg = r.choice(D.GH_PLACES)
    gps = f"{reg}-{r.randint(0, 999):03d}-{r.randint(0, 9999):04d}"
    opts = [[f"House No. {r.randint(1, 90)}, {r.choice(D.GH_STREETS)}", area, city, f"GPS: {gps}"],
            [gps], [f"{r.choice(['Hse', 'House'])} {r.randint(1, 90)} {r.choice(D.GH_STREETS)}, {area}, {city}"]]
    return r.choice(opts)


def _ke(r):
    area, city, code = r.choice(D.KE_PLACES)
    if r.random() < 0.4:
        return [f"P.O. Box {r.randint(100, 99999)}-{code}", city]
    return [f"{r.choice(['Apartment', 'Apt', 'House'])} {r.randint(1, 30)}{r.choice('ABCD')}, {r.choice(D.KE_STREETS)}", area, city]


def _et(r):
    sub, city = r.choice(D.ET_PLACES)
    return [f"{sub} Sub-City, Woreda {r.randint(1, 14):02d}", f"House No. {r.randint(100, 3000)}", city]


ADDR = {
    "us": _us, "gb": _uk, "ie": _ie, "de": _de, "at": lambda r: _de(r, D.AT_PLACES, None, 4),
    "ch": lambda r: _de(r, D.CH_PLACES, D.CH_STREETS, 4), "fr": _fr, "es": _es, "pt": _pt, "br": _br, "mx": _mx,
    "it": _it, "nl": _nl, "be": _be, "se": lambda r: _nordic(r, D.SE_STREETS, D.SE_CITIES, "se"),
    "no": lambda r: _nordic(r, D.NO_STREETS, D.NO_CITIES, "no"), "dk": lambda r: _nordic(r, D.DK_STREETS, D.DK_CITIES, "dk"),
    "fi": lambda r: _nordic(r, D.FI_STREETS, D.FI_CITIES, "fi"), "pl": _pl, "cz": _cz, "hu": _hu, "ro": _ro,
    "gr": lambda r: _gr(r, r.random() < 0.4), "ru": lambda r: _ru(r, r.random() < 0.6), "ua": lambda r: _ru(r, r.random() < 0.5, True),
    "tr": _tr, "ir": lambda r: _ir(r, r.random() < 0.3), "ae": lambda r: _ae(r, r.random() < 0.2), "sa": _sa,
    "il": lambda r: _il(r, r.random() < 0.3), "in": _in, "in_ta": _in, "pk": _pk, "bd": _bd, "id": _id, "ph": _ph, "vn": _vn,
    "th": _th, "cn": lambda r: _cn(r, r.random() < 0.5), "jp": lambda r: _jp(r, r.random() < 0.5),
    "kr": lambda r: _kr(r, r.random() < 0.5), "ng": _ng, "gh": _gh, "ke": _ke, "et": _et,
}


def address_lines(r, loc):
    return [x for x in ADDR[loc](r) if x]


def address(r, loc, multiline=False, sep=None):
    lines = address_lines(r, loc)
    if multiline:
        return "\n".join(l.rstrip(",") for l in lines)
    if sep is None:
        sep = ", "
    return sep.join(l.rstrip(",") for l in lines)


# --- e-mail ------------------------------------------------------------------

MAIL_DOMAINS = {
    "default": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de"], "fr": ["orange.fr", "free.fr", "laposte.net"], "ru": ["mail.ru", "yandex.ru"],
    "ua": ["ukr.net", "i.ua"], "kr": ["naver.com", "daum.net"], "cn": ["qq.com", "163.com"], "jp": ["yahoo.co.jp", "docomo.ne.jp"],
    "br": ["uol.com.br", "bol.com.br"], "it": ["libero.it", "virgilio.it"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
    "cz": ["seznam.cz", "email.cz"], "in": ["rediffmail.com"], "nl": ["ziggo.nl", "kpnmail.nl"], "gb": ["btinternet.com", "sky.com"],
    "ng": ["yahoo.co.uk"], "tr": ["yandex.com.tr"], "se": ["telia.com"], "fi": ["kolumbus.fi"], "es": ["telefonica.net"],
}
WORK_DOMAINS = ["northwind-logistics.com", "acmehealth.io", "brightpath.co", "kestrel-analytics.eu", "lumenbank.de",
                "orbitpay.com.br", "tanaka-shoji.co.jp", "fieldnote.app", "harbourclinic.co.uk", "savanna-tech.co.ke",
                "meridian-legal.fr", "bluepeak.in", "novaretail.mx", "atlas-insure.ae", "polarcode.no"]


def email_for(r, p, work=False):
    if p is not None:
        cache = p.__dict__.setdefault("_emails", {})
        if work not in cache:
            cache[work] = _email_for(r, p, work)
        return cache[work]
    return _email_for(r, p, work)


def _email_for(r, p, work=False):
    if p is not None and not p.native:
        g = ascii_fold(p.given.split(" ")[0]).lower().replace("'", "")
        f = ascii_fold(p.family.replace(" ", "")).lower().replace("'", "") if p.family else ""
    else:
        loc = p.loc if p is not None else "us"
        lat = LOCALES[loc][1]
        if isinstance(lat, str):
            gm, gf, fam = D.HAND_NAMES[lat[5:]]
            g, f = ascii_fold(r.choice(gm + gf)).lower().split(" ")[0], ascii_fold(r.choice(fam)).lower().replace(" ", "")
        else:
            g, f = r.choice(["user", "mail", "contact", "info"]), dg(r, 4)
    f = f.replace("'", "")
    pat = r.choice(["{g}.{f}", "{g}{f}", "{gi}{f}", "{g}_{f}{n}", "{f}.{g}", "{g}{n}", "{g}.{f}{n2}"])
    local = pat.format(g=g, f=f, gi=g[:1], n=r.randint(1, 99), n2=r.randint(70, 99)).strip("._")
    if work:
        dom = r.choice(WORK_DOMAINS)
    else:
        loc = p.loc if p is not None else "us"
        dom = r.choice(MAIL_DOMAINS.get(loc, []) + MAIL_DOMAINS["default"])
    return f"{local}@{dom}"


# --- decoys ------------------------------------------------------------------

def d_date(r, lang="en"):
    d = datetime.date(2019, 1, 1) + datetime.timedelta(days=r.randint(0, 2900))
    if lang != "en" and r.random() < 0.85:
        return fmt_date(r, d, lang)
    return r.choice([d.isoformat(), f"{d.day} {D.MONTHS['en'][d.month - 1][:3]} {d.year}", f"{D.MONTHS['en'][d.month - 1]} {d.day}",
                     f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{D.MONTHS['en'][d.month - 1]} {d.day}, {d.year}"])


def d_ts(r):
    d = datetime.datetime(2023, 1, 1) + datetime.timedelta(seconds=r.randint(0, 3 * 365 * 86400))
    return r.choice([d.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%Y-%m-%dT%H:%M:%S.") + dg(r, 3) + "Z"])


def d_version(r):
    a, b, c = r.randint(0, 24), r.randint(0, 40), r.randint(0, 60)
    return r.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}.{c}-rc.{r.randint(1, 5)}", f"{a}.{b}", f"v{a}.{b}",
                     f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}", f"{r.randint(2019, 2025)}.{r.randint(1, 12)}.{r.randint(0, 5)}",
                     f"{a}.{b}.{c}+build.{r.randint(100, 9999)}", f"v{a}.{b}.{c}-beta.{r.randint(1, 9)}", f"{a}.{b}.{c}-SNAPSHOT"])


def d_hex(r, kind=None):
    kind = kind or r.choice(["sha7", "sha40", "sha12", "uuid", "sha64", "addr"])
    h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    return {"sha7": h(7), "sha40": h(40), "sha12": h(12), "sha64": h(64), "addr": "0x" + h(12),
            "uuid": f"{h(8)}-{h(4)}-4{h(3)}-{r.choice('89ab')}{h(3)}-{h(12)}"}[kind]


def d_numid(r):
    return r.choice([not_luhn16(r), nz(r, 9), nz(r, 10), nz(r, 12), nz(r, 7), nz(r, 18), nz(r, 6)])


def d_order(r):
    return r.choice([f"ORD-{r.randint(2019, 2025)}-{dg(r, 6)}", f"{dg(r, 3)}-{dg(r, 7)}-{dg(r, 7)}", f"PO-{nz(r, 5)}",
                     f"INV/{r.randint(2019, 2025)}/{dg(r, 4)}", f"SO-{nz(r, 5)}-{r.choice('ABC')}", f"#{nz(r, 6)}",
                     f"R{nz(r, 9)}", f"WO-{dg(r, 4)}{r.choice('XYZ')}"])


def d_price(r):
    v = r.randint(1, 4000) + r.choice([0, 0.99, 0.5, 0.49, 0.9, 0.25])
    return r.choice([f"${v:,.2f}", f"€{v:.2f}", f"£{v:.2f}", f"{v:.2f} EUR".replace(".", ","), f"¥{int(v * 110):,}",
                     f"R$ {v:.2f}".replace(".", ","), f"₹{int(v * 80):,}", f"CHF {v:.2f}", f"US$ {v:,.0f}", f"{int(v)} kr",
                     f"A${v:.2f}", f"₦{int(v * 900):,}", f"zł {v:.2f}".replace(".", ",")])
