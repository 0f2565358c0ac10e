"""People: names, dates of birth, contact data and other values for one
locale, returned as labelled R fragments."""
import datetime
import unicodedata

import health
import lang as LG
import values as V
from locales import L
from rich import E, R, cat, fmt

_FOLD = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d",
                       "Đ": "D", "ı": "i", "ğ": "g", "ş": "s", "ș": "s", "ț": "t", "'": "", "’": ""})

PLACEHOLDER_COMBOS = {("Jan", "Novák"), ("Jan", "Nováková"), ("Ola", "Nordmann"), ("Mario", "Rossi"),
                      ("João", "da Silva"), ("Max", "Mustermann")}


def fold(s):
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def split_name(s):
    parts = s.split("/")
    nat = parts[0]
    rom = parts[1] if len(parts) > 1 else nat
    kana = parts[2] if len(parts) > 2 else None
    return nat, rom, kana


def split_gendered(s, gender):
    if ";" in s:
        m, f = s.split(";")
        return split_name(f if gender == "f" else m)
    return split_name(s)


def age_on(dob, today=datetime.date(2025, 6, 1)):
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


class Person:
    def __init__(self, rng, loc, gender=None):
        self.rng = rng
        self.loc = loc
        self.L = L[loc]
        self.lang = self.L["lang"]
        self.lk = LG.lkey(loc)
        self.gender = gender or rng.choice("mf")
        Lc = self.L
        while True:
            g = rng.choice(Lc["gm"] if self.gender == "m" else Lc["gf"])
            self.g_nat, self.g_rom, self.g_kana = split_name(g)
            s = rng.choice(Lc["sn"])
            self.s_nat, self.s_rom, self.s_kana = split_gendered(s, self.gender)
            if (self.g_nat, self.s_nat) not in PLACEHOLDER_COMBOS:
                break
        self.extra_nat = ""      # second surname / patronymic / father's name
        self.extra_rom = ""
        self.kind = "plain"
        if Lc.get("surn2") and rng.random() < 0.6:
            s2 = rng.choice([x for x in Lc["sn"] if x != s])
            self.extra_nat = self.extra_rom = split_name(s2)[0]
            self.kind = "surn2"
        if Lc.get("suffix") and self.gender == "m" and rng.random() < 0.25:
            self.suffix = rng.choice(Lc["suffix"])
        else:
            self.suffix = ""
        if Lc.get("patro"):
            p = rng.choice(Lc["pat"])
            self.extra_nat, self.extra_rom, _ = split_gendered(p, self.gender)
            self.kind = "patro"
        if Lc.get("arab_chain") and rng.random() < 0.6:
            f = rng.choice(Lc["gm"])
            fn, fr, _ = split_name(f)
            link_n = "بن" if self.gender == "m" else "بنت"
            link_r = "bin" if self.gender == "m" else "bint"
            self.extra_nat, self.extra_rom = link_n + " " + fn, link_r + " " + fr
            self.kind = "chain"
        if Lc.get("egy_chain") and rng.random() < 0.6:
            f = rng.choice(Lc["gm"])
            self.extra_nat, self.extra_rom, _ = split_name(f)
            self.kind = "chain"
        if Lc.get("vi_names"):
            self.extra_nat = self.extra_rom = rng.choice(Lc["midm"] if self.gender == "m" else Lc["midf"])
            self.kind = "vi"
        if Lc.get("my_names"):
            k = rng.random()
            if k < 0.6:
                self.kind = "malay"
                self.extra_nat = self.extra_rom = ("bin " if self.gender == "m" else "binti ") + self.s_nat
            elif k < 0.8:
                self.kind = "mono_full"
                full = rng.choice(Lc["chinese"])
                self.s_nat, self.g_nat = full.split(" ", 1)
                self.s_rom, self.g_rom = self.s_nat, self.g_nat
            else:
                self.kind = "mono_full_ind"
                full = rng.choice(Lc["indian"])
                self.g_nat, rest = full.split(" ", 1)
                self.extra_nat = rest
                self.g_rom, self.extra_rom = self.g_nat, rest
                self.s_nat = self.s_rom = rest.split(" ", 1)[1]
        if Lc.get("ph_names") and rng.random() < 0.7:
            mid = rng.choice([x for x in Lc["sn"] if x != s])
            self.extra_nat = self.extra_rom = mid
            self.kind = "ph"
        if Lc.get("mono") and rng.random() < 0.2:
            self.kind = "mono"
            self.g_nat = self.g_rom = rng.choice(Lc["mono"])
        if loc == "en-US" and rng.random() < 0.3:
            self.extra_nat = self.extra_rom = rng.choice(Lc["mid"])
            self.kind = "mid"
        self.dob = LG.rand_dob(rng)
        self.age = age_on(self.dob)
        self._phone = self._make_phone()
        self._email = None
        self._addr = None
        self._pw = None

    # ------------------------------------------------------------ names
    @property
    def eastern(self):
        return self.L["order"] == "SG"

    def full_nat(self):
        k = self.kind
        g, s, x = self.g_nat, self.s_nat, self.extra_nat
        if k == "mono":
            return g
        if k == "vi":
            return "%s %s %s" % (s, x, g)
        if self.eastern:
            j = self.L.get("join_name", None)
            if j is None:   # Japanese: with or without a space
                j = self.rng.choice(["", " ", "\u3000"])
            return s + j + g
        if k == "malay":
            return "%s %s" % (g, x)
        if k == "mono_full":
            return "%s %s" % (s, g)
        if k == "mono_full_ind":
            return "%s %s" % (g, x)
        if k == "ph":
            if self.rng.random() < 0.5:
                return "%s %s. %s" % (g, x[0], s)
            return "%s %s %s" % (g, x, s)
        if k in ("surn2", "chain", "mid"):
            return "%s %s %s" % (g, x, s)
        if k == "patro":
            if self.rng.random() < 0.4:
                return "%s %s %s" % (s, g, x)
            return "%s %s %s" % (g, x, s) if self.rng.random() < 0.5 else "%s %s" % (g, s)
        out = "%s %s" % (g, s)
        if self.suffix:
            out += " " + self.suffix
        return out

    def full_rom(self):
        if self.g_rom == self.g_nat and self.s_rom == self.s_nat:
            return self.full_nat()
        if self.loc in ("ja-JP", "ko-KR", "zh-CN", "zh-TW"):
            if self.rng.random() < 0.5:
                return "%s %s" % (self.g_rom, self.s_rom)
            return "%s %s" % (self.s_rom.upper() if self.loc == "ja-JP" else self.s_rom, self.g_rom)
        if self.kind == "chain":
            return "%s %s %s" % (self.g_rom, self.extra_rom, self.s_rom)
        if self.kind == "patro" and self.rng.random() < 0.3:
            return "%s %s %s" % (self.g_rom, self.extra_rom, self.s_rom)
        return "%s %s" % (self.g_rom, self.s_rom)

    def name_str(self, style=None):
        r = self.rng
        if style is None:
            style = r.choice(["full"] * 6 + ["given", "sur_comma", "upper", "initial", "roman"])
        if style == "full":
            return self.full_nat()
        if style == "given":
            if self.kind in ("malay", "mono_full_ind", "mono"):
                return self.g_nat
            if self.kind == "mono_full":
                return self.g_nat
            return self.g_nat
        if style == "sur":
            if self.kind in ("mono", "malay", "mono_full_ind"):
                return self.g_nat
            return self.s_nat
        if style == "roman":
            return self.full_rom()
        if self.kind in ("mono", "malay", "mono_full_ind", "vi") or self.eastern:
            return self.full_nat()
        if style == "sur_comma":
            if self.kind == "surn2":
                return "%s %s, %s" % (self.s_nat, self.extra_nat, self.g_nat)
            if self.kind == "patro":
                return "%s, %s %s" % (self.s_nat, self.g_nat, self.extra_nat)
            return "%s, %s" % (self.s_nat, self.g_nat)
        if style == "upper":
            return "%s %s" % (self.s_nat.upper(), self.g_nat)
        if style == "initial":
            gi = self.g_nat.split()[0]
            if "-" in gi:
                ini = "-".join(p[0] + "." for p in gi.split("-"))
            else:
                ini = gi[0] + "."
            if self.lk in ("ta",) or (self.loc == "en-IN" and r.random() < 0.5):
                return "%s %s" % (self.s_nat[0] + ".", self.g_nat)
            return "%s %s" % (ini, self.s_nat)
        return self.full_nat()

    def name(self, style=None):
        return E("PERSON", self.name_str(style))

    def given(self):
        return E("PERSON", self.name_str("given"))

    def hon_name(self, style=None):
        """Name with an honorific outside the span."""
        hons = LG.HON.get(self.lk) or LG.HON.get(self.lang)
        if not hons:
            return self.name(style)
        ok = [h for h in hons if h[2] in (None, self.gender)]
        text, pos, _ = self.rng.choice(ok)
        if style is None:
            if self.lk in ("tr", "th", "vi", "id", "ms", "ja", "ko", "hi", "sw"):
                style = self.rng.choice(["given", "full"]) if self.lk != "ja" else "sur"
            elif self.lk in ("zh", "zh-TW"):
                style = "sur"
            else:
                style = self.rng.choice(["sur", "full"])
        n = self.name(style)
        return cat(text, n) if pos == "pre" else cat(n, text)

    # ------------------------------------------------------------ DOB
    def dob_str(self, f=None, native=None):
        if f is None:
            return LG.rand_date_str(self.rng, self.loc, self.dob)
        return LG.fmt_date(self.loc, self.dob, f, bool(native))

    def dob_e(self, f=None, native=None):
        return E("DATE_OF_BIRTH", self.dob_str(f, native))

    # ------------------------------------------------------------ contact
    def _make_phone(self):
        r = self.rng
        while True:
            p = V.pat(r, r.choice(self.L["phone"]))
            if "555" not in p.replace("-", "").replace(" ", "")[1:7]:
                break
        script = self.L.get("digits")
        if script and r.random() < 0.35 and not p.startswith("+"):
            p = V.to_digits(p, script)
        elif self.loc == "ja-JP" and r.random() < 0.1:
            p = V.to_digits(p, "full")
        return p

    def phone_str(self):
        return self._phone

    def phone(self):
        return E("PHONE", self._phone)

    def email_str(self, domain=None):
        if self._email and domain is None:
            return self._email
        r = self.rng
        g = fold(self.g_rom.split()[0]).lower().replace("-", "")
        s = fold(self.s_rom.split()[-1] if self.s_rom else "").lower().replace("-", "")
        if self.kind == "mono":
            s = ""
        if not g.isascii():
            g = "user"
        if not s.isascii():
            s = ""
        if self.loc == "zh-CN" and r.random() < 0.3:
            local = V.rdigits(r, r.randint(8, 10), True)
        else:
            k = r.randint(0, 6)
            if not s:
                local = g + str(r.randint(10, 99))
            elif k == 0:
                local = "%s.%s" % (g, s)
            elif k == 1:
                local = "%s%s" % (g, s)
            elif k == 2:
                local = "%s.%s" % (g[0], s)
            elif k == 3:
                local = "%s_%s%d" % (g, s, self.dob.year % 100)
            elif k == 4:
                local = "%s.%s" % (s, g)
            elif k == 5:
                local = "%s%s%d" % (g[0], s, r.randint(1, 99))
            else:
                local = "%s.%s%d" % (g, s[:1], self.dob.year)
        dom = domain or r.choice(self.L["mail"])
        e = local + "@" + dom
        if domain is None:
            self._email = e
        return e

    def email(self, domain=None):
        return E("EMAIL", self.email_str(domain))

    def addr_lines(self):
        if self._addr is None:
            self._addr = make_address(self.rng, self.loc)
        return self._addr

    def addr_str(self, multiline=None, sep=None):
        lines = self.addr_lines()
        if multiline is None:
            multiline = self.rng.random() < 0.3
        if multiline:
            return "\n".join(lines)
        if sep is None:
            sep = " " if self.loc in ("ja-JP", "ko-KR", "th-TH") else ("" if self.loc in ("zh-CN", "zh-TW") else ", ")
            if self.lk in ("ar", "fa"):
                sep = "، "
        return sep.join(lines)

    def addr(self, multiline=None, sep=None):
        return E("ADDRESS", self.addr_str(multiline, sep))

    def pw_str(self, safe=False):
        if self._pw is None or safe:
            pw = V.password(self.rng, self.lang if self.lang in V._PW_WORDS else "en", safe)
            if safe:
                return pw
            self._pw = pw
        return self._pw

    def pw(self, safe=False):
        return E("PASSWORD", self.pw_str(safe))

    def card_str(self):
        brands = self.L.get("cards") or ["visa"]
        return V.card_formatted(self.rng, self.rng.choice(brands))[1]

    def card(self):
        return E("CREDIT_CARD", self.card_str())

    def has_iban(self):
        return bool(self.L.get("cc"))

    def iban_str(self, printed=None):
        cc = self.L.get("cc") or "DE"
        s = V.iban(self.rng, cc)
        if printed is None:
            printed = self.rng.random() < 0.6
        return V.iban_print(s) if printed else s

    def iban(self, printed=None):
        return E("IBAN", self.iban_str(printed))

    def ip(self):
        r = self.rng
        return E("IP_ADDRESS", V.ipv4(r) if r.random() < 0.75 else V.ipv6(r, r.random() < 0.2))

    def ssn(self):
        return E("US_SSN", V.ssn(self.rng))

    # ------------------------------------------------------------ health
    def has_health(self):
        return health.has_health(self.lk)

    def health_term(self, cat=None):
        c, pre, term = health.pick(self.rng, self.lk, cat, self.gender)
        return c, pre, term

    def health_e(self, cat=None):
        return E("HEALTH", self.health_term(cat)[2])

    def health_sentence(self, cat=None):
        c, pre, term = self.health_term(cat)
        tpl = self.rng.choice(health.HS[self.lk][c])
        return fmt(tpl, h=cat_(pre, E("HEALTH", term)), year=str(self.rng.randint(2008, 2024)))


def cat_(pre, r):
    return cat(pre, r) if pre else r


def make_address(rng, loc):
    Lc = L[loc]
    town, pc = rng.choice(Lc["towns"])
    if isinstance(pc, list):
        pc = rng.choice(pc)
    else:
        pc = V.pat(rng, pc)
    slots = {
        "st": rng.choice(Lc["streets"]), "town": town, "pc": pc,
        "n": str(rng.randint(1, 199)), "n2": str(rng.randint(1, 60)), "apt": str(rng.randint(1, 48)),
        "fl": str(rng.randint(1, 9)), "pob": str(rng.randint(100, 9999)),
    }
    for k, v in Lc["extra"].items():
        slots[k] = rng.choice(v) if isinstance(v, list) else V.pat(rng, v)
    tpl = rng.choice(Lc["tpl"])
    s = tpl.format(**slots)
    script = Lc.get("digits")
    if script and rng.random() < (0.6 if script == "pers" else 0.3):
        s = V.to_digits(s, script)
    return [x.strip() for x in s.split("\n")]
