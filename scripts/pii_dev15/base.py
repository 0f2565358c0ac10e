"""People, values and formatting shared by the shapes."""
import datetime as dt

import decoys as DC
import health as HV
import values as V
from lang import L as LANG
from locales import LOCALES, fill
from names import POOL
from rich import D, E, R, join, lit, tpl

FAMILY_FIRST = {"hu-HU", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "vi-VN"}
NO_SPACE = {"ja-JP", "ko-KR", "zh-CN", "zh-TW"}
LATIN = {l for l in POOL if POOL[l]["m"][0]["native"] == POOL[l]["m"][0]["roman"]}


class Ctx:
    def __init__(self, rng, loc):
        self.rng = rng
        self.loc = loc
        self.L = LOCALES[loc]
        self.lang = self.L["lang"]
        self.T = LANG[self.lang]

    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def lab(self, key):
        return self.T["lab"][key]

    def sent(self, cat, **kw):
        """A sentence from category ``cat`` in this language (falls back to English)."""
        pool = self.T.get(cat) or []
        usable = [s for s in pool if _keys(s) <= set(kw) | {"g"}]
        if not usable:
            pool = LANG["en"][cat]
            usable = [s for s in pool if _keys(s) <= set(kw) | {"g"}]
        if cat not in ("mention", "greet") and self.rng.random() < 0.75:
            no_name = [x for x in usable if "n" not in _keys(x)]
            if no_name:
                usable = no_name
        if cat == "mention" and self.rng.random() < 0.5:
            one = [x for x in usable if "n2" not in _keys(x)]
            if one:
                usable = one
        s = self.ch(usable)
        g = kw.pop("gender", "m")
        return tpl(s, gender=g, **{k: v for k, v in kw.items() if k in _keys(s)})


_KCACHE = {}


def _keys(s):
    if s not in _KCACHE:
        import re
        _KCACHE[s] = {m for m in re.findall(r"\{(\w+)", s)} - {"g"}
    return _KCACHE[s]


# ====================================================================== people
class Person:
    def __init__(self, ctx, loc=None, gender=None):
        rng = ctx.rng
        self.ctx = ctx
        self.loc = loc or ctx.loc
        pool = POOL[self.loc]
        self.gender = gender or rng.choice("mf")
        gi = 0 if self.gender == "m" else 1
        g = rng.choice(pool[self.gender])
        self._g = g
        self.given = g["native"][gi]
        self.given_r = g["roman"][gi]
        fam = rng.choice(pool["s"])
        self.family = fam["native"][gi]
        self.family_r = fam["roman"][gi]
        self.kana = None
        if g.get("kana") and fam.get("kana"):
            self.kana = fam["kana"][gi] + " " + g["kana"][gi]
        self.family2 = self.family2_r = None
        self.patr = self.patr_r = None
        self.middle = None
        self.father = self.father_r = None
        l = self.loc
        if l in ("es-ES", "es-MX", "es-CO") or (l == "pt-BR" and rng.random() < 0.6) or (l == "pt-PT" and rng.random() < 0.7):
            f2 = rng.choice(pool["s"])
            if f2["native"][0] != fam["native"][0]:
                self.family2 = self.family2_r = f2["native"][gi]
        if "p" in pool:
            pt = rng.choice(pool["p"])
            self.patr, self.patr_r = pt["native"][gi], pt["roman"][gi]
        if l == "vi-VN":
            self.middle = rng.choice(pool["mid_m" if self.gender == "m" else "mid_f"])["native"][0]
        if l in ("ar-SA", "ar-EG"):
            fa = rng.choice([x for x in POOL[l]["m"] if x["native"][0] != self.given])
            self.father, self.father_r = fa["native"][0], fa["roman"][0]
        if l == "tl-PH":
            mm = rng.choice(pool["s"])
            if mm["native"][0] != fam["native"][0]:
                self.middle = mm["native"][0]
        self.suffix = None
        if l == "pt-BR" and self.gender == "m" and rng.random() < 0.15:
            self.suffix = rng.choice(["Júnior", "Filho", "Neto"])
        self._dob = None

    # ---- name forms
    def full(self, roman=False):
        l = self.loc
        gv = self.given_r if roman else self.given
        fm = self.family_r if roman else self.family
        if l in ("ja-JP", "zh-CN", "zh-TW", "ko-KR") and not roman:
            return fm + gv
        if l in ("ja-JP", "zh-CN") and roman:
            return gv + " " + fm
        if l in ("ko-KR", "zh-TW") and roman:
            return fm + " " + gv if self.ctx.p(0.5) else gv + " " + fm
        if l == "hu-HU":
            return fm + " " + gv
        if l == "vi-VN":
            return "%s %s %s" % (fm, self.middle, gv)
        if l == "ar-SA":
            if roman:
                return "%s %s %s %s" % (gv, "bin" if self.gender == "m" else "bint", self.father_r, fm)
            return "%s %s %s %s" % (gv, "بن" if self.gender == "m" else "بنت", self.father, fm)
        if l == "ar-EG":
            return "%s %s %s" % (gv, self.father_r if roman else self.father, fm)
        if l == "ta-IN":
            return gv + " " + fm if roman or self.ctx.p(0.5) else gv + " " + fm
        if l == "tl-PH" and self.middle:
            return "%s %s %s" % (gv, self.middle if self.ctx.p(0.4) else self.middle[0].upper() + ".", fm)
        s = gv + " " + fm
        if self.family2:
            s += " " + self.family2
        if self.suffix:
            s += " " + self.suffix
        return s

    def formal(self, roman=False):
        """Surname first, as in registers and forms."""
        l = self.loc
        gv = self.given_r if roman else self.given
        fm = self.family_r if roman else self.family
        if self.patr and not roman:
            return "%s %s %s" % (fm, gv, self.patr)
        if self.patr and roman:
            return "%s %s %s" % (fm.upper(), gv, self.patr_r)
        if l in NO_SPACE and not roman:
            return fm + " " + gv
        if l in ("ar-SA", "ar-EG", "am-ET", "vi-VN", "hu-HU", "fa-IR", "he-IL", "bn-BD", "th-TH"):
            return self.full(roman)
        fam = fm + (" " + self.family2 if self.family2 else "")
        if self.ctx.p(0.5):
            return fam.upper() + " " + gv
        return fam + ", " + gv

    def given_name(self, roman=False):
        return self.given_r if roman else self.given

    def surname(self, roman=False):
        return self.family_r if roman else self.family

    def initial(self, roman=True):
        gv = self.given_r if roman else self.given
        fm = self.family_r if roman else self.family
        if self.loc == "ta-IN":
            return "%s. %s" % (fm[0], gv)
        return "%s. %s" % (gv[0], fm)

    def roman(self):
        return self.full(roman=True)

    def is_latin(self):
        return self.loc in LATIN

    def name(self, style=None, roman=None):
        """A name as it would be written in running text."""
        c = self.ctx
        if roman is None:
            same = LOCALES[self.loc]["lang"] == c.lang
            roman = (not self.is_latin()) and (not same) and not c.p(0.1)
        style = style or c.ch(["full", "full", "full", "given", "given", "formal", "initial"])
        if style == "full":
            return self.full(roman)
        if style == "given":
            return self.given_name(roman)
        if style == "formal":
            return self.formal(roman)
        if style == "initial" and (roman or self.is_latin()):
            return self.initial(True)
        return self.full(roman)

    # ---- personal data
    def dob(self):
        if self._dob is None:
            r = self.ctx.rng
            self._dob = dt.date(1938, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 69))
        return self._dob

    def email(self):
        c = self.ctx
        g = V.ascii_fold(self.given_r.split()[0]).lower().replace("-", "")
        f = V.ascii_fold(self.family_r.replace(" ", "")).lower().replace("-", "").replace("al", "al", 1)
        if not g:
            g = "user"
        local = c.ch(["{g}.{f}", "{g}{f}", "{g0}{f}", "{f}.{g}", "{g}_{f}{n}", "{g}{n}", "{g}.{f}{n}"]).format(
            g=g, f=f, g0=g[0], n=c.rng.randrange(1, 99))
        if c.p(0.2):
            dom = c.ch(["kestrel-logistics.com", "nordlicht-bau.de", "azulejo.travel", "blueharbor.io", "pinecrest.edu",
                        "verdantlabs.co", "tandemhealth.org", "orbitfin.com", "casamiel.es", "hanagumi.co.jp"])
        else:
            dom = c.ch(c.L["dom"])
        return local + "@" + dom

    def phone(self):
        return phone(self.ctx)

    def address(self, roman=False):
        return address(self.ctx, self.loc, roman)

    def password(self):
        return V.password(self.ctx.rng, self.ctx.lang)


def person(ctx, foreign=None, gender=None):
    """A person from the context locale, or (for English and some European
    texts) sometimes from anywhere."""
    rng = ctx.rng
    loc = ctx.loc
    if foreign is None:
        foreign = 0.4 if ctx.lang == "en" else (0.12 if ctx.loc in LATIN else 0.0)
    if rng.random() < foreign:
        loc = rng.choice(sorted(POOL))
    return Person(ctx, loc, gender)


# ====================================================================== values
def phone(ctx):
    L = ctx.L
    pat = ctx.ch(L["ph"])
    if "area" in L and "NXX" in pat:
        pat = pat.replace("NXX", ctx.ch(L["area"]), 1)
    s = fill(ctx.rng, pat)
    script = None
    if ctx.lang == "fa" and ctx.p(0.5):
        script = "pers"
    elif ctx.lang == "ar" and ctx.p(0.25):
        script = "arab"
    elif ctx.lang == "bn" and ctx.p(0.5):
        script = "beng"
    elif ctx.lang == "ja" and ctx.p(0.15):
        script = "full"
    elif ctx.lang == "hi" and ctx.p(0.15):
        script = "deva"
    return V.digits(s, script)


def address(ctx, loc=None, roman=False):
    """Lines of an address (list of str)."""
    loc = loc or ctx.loc
    L = LOCALES[loc]
    rng = ctx.rng
    if roman and "lay_r" not in L:
        roman = False
    lay = rng.choice(L["lay_r"] if roman else L["lay"])
    side = 1 if roman else 0

    def pick(x):
        parts = x.split("|")
        return parts[side] if len(parts) > 1 else parts[0]
    st = pick(rng.choice(L["st"]))
    town = rng.choice(L["towns"])
    f = dict(st=st, city=pick(town[0]), reg=pick(town[1]), pc=fill(rng, town[2]),
             no=fill(rng, L.get("no", "NX")), no2=fill(rng, L.get("no2", "NX")), no3=fill(rng, L.get("no3", "N")),
             box=fill(rng, "NXXX"), blk=fill(rng, "N"))
    for k, v in L.items():
        if k in f or k in ("lay", "lay_r", "st", "towns", "ph", "dom", "cards", "area"):
            continue
        if isinstance(v, list) and v and isinstance(v[0], str):
            # only flat/unit numbers are digit patterns; other lists are literal
            f[k] = fill(rng, rng.choice(v)) if k == "apt" else rng.choice(v)
    lines = []
    for line in lay:
        try:
            s = line.format(**f)
        except KeyError as e:
            raise KeyError("%s layout %r needs %s" % (loc, line, e))
        s = " ".join(s.split())
        s = s.strip(" ,")
        if s:
            lines.append(s)
    script = L.get("digits")
    if script and not roman:
        lines = [V.digits(x, script) for x in lines]
    elif ctx.lang == "fa" and not roman and ctx.p(0.6):
        lines = [V.digits(x, "pers") for x in lines]
    elif loc == "ar-EG" and not roman and ctx.p(0.5):
        lines = [V.digits(x, "arab") for x in lines]
    return lines


def addr_one(lines, sep=", "):
    if len(lines) == 1:
        return lines[0]
    return sep.join(lines)


def fmt_date(ctx, d, style=None, lang=None):
    """Format a date in the text's language.  style: num | long | iso | spoken."""
    lang = lang or ctx.lang
    T = LANG[lang]
    rng = ctx.rng
    style = style or rng.choice(["num", "num", "long", "long", "iso"])
    if style == "iso":
        return d.isoformat()
    if style == "spoken" and lang == "en":
        return rng.choice([
            "%s %s, %s" % (T["months"][d.month - 1], V.en_ord(d.day), V.en_year(d.year)),
            "the %s of %s, %s" % (V.en_ord(d.day), T["months"][d.month - 1], V.en_year(d.year)),
            "%s %s %s" % (V.en_num(d.month) if rng.random() < 0.3 else T["months"][d.month - 1], V.en_num(d.day), V.en_year(d.year)),
        ])
    jy, jm, jd = V.g2j(d.year, d.month, d.day)
    era, ey = V.jp_era(d)
    f = dict(d=d.day, dd="%02d" % d.day, m=d.month, mm="%02d" % d.month, y=d.year, M=T["months"][d.month - 1],
             Mon=T["months"][d.month - 1][:3], dth=V.ord_suffix(d.day), d1=("1er" if d.day == 1 else d.day),
             be=V.thai_year(d.year), roc=V.roc_year(d.year), era=era, ey=("元" if ey == 1 else ey),
             jy=jy, jmm="%02d" % jm, jdd="%02d" % jd, jd=jd, JM=T["months"][jm - 1] if lang == "fa" else "")
    pats = T["dlong"] if style == "long" else T["dnum"]
    if era is None:
        pats = [x for x in pats if "{era}" not in x and "{roc}" not in x] or ["{y}-{mm}-{dd}"]
    if d.year < 1912:
        pats = [x for x in pats if "{roc}" not in x] or ["{y}-{mm}-{dd}"]
    if lang == "en" and style == "num":
        pats = ["{mm}/{dd}/{y}", "{m}/{d}/{y}"] if ctx.loc in ("en-US",) else ["{dd}/{mm}/{y}", "{d}/{m}/{y}", "{dd}.{mm}.{y}"]
    if lang == "en" and style == "long" and ctx.loc == "en-US":
        pats = ["{M} {d}, {y}", "{Mon}. {d}, {y}", "{M} {dth}, {y}"]
    s = rng.choice(pats).format(**f)
    script = None
    if lang == "fa":
        script = "pers" if rng.random() < 0.7 else None
    elif lang == "ar" and rng.random() < 0.3:
        script = "arab"
    elif lang == "bn" and rng.random() < 0.6:
        script = "beng"
    elif lang == "hi" and rng.random() < 0.2:
        script = "deva"
    elif lang == "th" and rng.random() < 0.2:
        script = "thai"
    elif lang in ("ja", "zh") and rng.random() < 0.1:
        script = "full"
    return V.digits(s, script)


def other_date(ctx, lo=2019, hi=2027):
    d = dt.date(lo, 1, 1) + dt.timedelta(days=ctx.rng.randrange(0, 365 * (hi - lo)))
    return d


def health_item(ctx, kinds=("cond", "cond", "med", "proc", "test", "preg"), lang=None, gender="f"):
    hv = HV.vocab(lang or ctx.lang)
    ks = [k for k in kinds if hv.get(k) and (k != "preg" or gender == "f")]
    k = ctx.ch(ks)
    return k, ctx.ch(hv[k])


# ====================================================================== labelled helpers
def NAME(x):
    return E("PERSON", x)


def dob_r(ctx, p, style=None):
    return E("DATE_OF_BIRTH", fmt_date(ctx, p.dob(), style))


def date_r(ctx, style=None, lo=2019, hi=2027):
    return D("DATE", fmt_date(ctx, other_date(ctx, lo, hi), style))


def phone_r(ctx, p=None):
    return E("PHONE", phone(ctx))


def email_r(ctx, p):
    return E("EMAIL", p.email())


def pw_r(ctx, p=None, style=None):
    return E("PASSWORD", V.password(ctx.rng, ctx.lang, style))


def addr_r(ctx, p=None, sep=", ", roman=False):
    if sep == ", " and ctx.lang in ("ar", "fa") and not roman:
        sep = "، "
    lines = address(ctx, p.loc if p is not None and p.loc in LOCALES and p.loc == ctx.loc else ctx.loc, roman)
    return E("ADDRESS", addr_one(lines, sep))


def health_r(ctx, kinds=None, gender="f"):
    k, v = health_item(ctx, kinds or ("cond", "cond", "med", "proc", "test", "preg"), gender=gender)
    return k, E("HEALTH", v)


def iban_r(ctx):
    cc = ctx.L.get("iban") or ctx.ch(["DE", "FR", "ES", "NL", "GB", "IT"])
    return E("IBAN", V.iban(ctx.rng, cc))


def card_r(ctx):
    return E("CREDIT_CARD", V.card(ctx.rng, ctx.ch(ctx.L["cards"])))


def ssn_r(ctx, fmt="dash"):
    return E("US_SSN", V.ssn(ctx.rng, fmt))


def ip_r(ctx):
    return E("IP_ADDRESS", V.ip(ctx.rng))


def dec(ctx, kind):
    r = ctx.rng
    if kind == "order":
        return D("ORDER_ID", DC.order_id(r))
    if kind == "ticket":
        return D("NUMERIC_ID", DC.ticket_id(r))
    if kind == "numid":
        return D("NUMERIC_ID", DC.numeric_id(r))
    if kind == "track":
        return D("NUMERIC_ID", DC.tracking(r))
    if kind == "uuid":
        return D("NUMERIC_ID", V.uuid4(r))
    if kind == "price":
        cur = CURRENCY.get(ctx.L["cc"])
        if cur and r.random() < 0.75:
            v = r.choice([r.uniform(3, 99), r.uniform(100, 2500)])
            if cur[1]:
                s = cur[0].format(v=v)
            else:
                s = cur[0].format(v=int(v * cur[2]))
            if cur[3]:
                s = s.replace(",", " ").replace(".", ",")
            return D("PRICE", s)
        return D("PRICE", DC.price(r))
    if kind == "version":
        return D("VERSION", DC.version(r))
    if kind == "hash":
        return D("HEX_HASH", DC.sha(r))
    if kind == "ops":
        return D("OPS_TERM", ctx.ch(DC.OPS_TERMS))
    if kind == "date":
        return date_r(ctx)
    if kind == "place":
        return D("PROPER_NOUN", ctx.ch(DC.NAMED_PLACES))
    if kind == "brand":
        return D("PROPER_NOUN", ctx.ch(DC.BRANDS))
    if kind == "software":
        return D("PROPER_NOUN", ctx.ch(DC.SOFTWARE))
    raise KeyError(kind)


# country -> (format, has decimals, integer multiplier, decimal comma)
CURRENCY = {
    "US": ("${v:,.2f}", 1, 1, 0), "GB": ("£{v:,.2f}", 1, 1, 0), "IN": ("₹{v:,}", 0, 80, 0), "AU": ("A${v:,.2f}", 1, 1, 0),
    "NG": ("₦{v:,}", 0, 900, 0), "GH": ("GH₵{v:,.2f}", 1, 1, 0), "ES": ("{v:,.2f} €", 1, 1, 1), "MX": ("${v:,.2f} MXN", 1, 1, 0),
    "CO": ("${v:,} COP", 0, 4000, 0), "BR": ("R$ {v:,.2f}", 1, 1, 1), "PT": ("{v:,.2f} €", 1, 1, 1), "FR": ("{v:,.2f} €", 1, 1, 1),
    "CA": ("{v:,.2f} $", 1, 1, 1), "DE": ("{v:,.2f} €", 1, 1, 1), "AT": ("€ {v:,.2f}", 1, 1, 1), "CH": ("CHF {v:,.2f}", 1, 1, 0),
    "IT": ("€ {v:,.2f}", 1, 1, 1), "NL": ("€ {v:,.2f}", 1, 1, 1), "PL": ("{v:,.2f} zł", 1, 4, 1), "SE": ("{v:,} kr", 0, 10, 0),
    "NO": ("kr {v:,}", 0, 10, 0), "DK": ("{v:,} kr.", 0, 7, 0), "FI": ("{v:,.2f} €", 1, 1, 1), "CZ": ("{v:,} Kč", 0, 23, 0),
    "HU": ("{v:,} Ft", 0, 360, 0), "RO": ("{v:,.2f} lei", 1, 1, 1), "GR": ("{v:,.2f} €", 1, 1, 1), "TR": ("₺{v:,.2f}", 1, 1, 1),
    "RU": ("{v:,} ₽", 0, 90, 0), "UA": ("{v:,} грн", 0, 40, 0), "KZ": ("{v:,} ₸", 0, 450, 0), "GE": ("{v:,.2f} ₾", 1, 1, 0),
    "AM": ("{v:,} ֏", 0, 400, 0), "ET": ("{v:,} ብር", 0, 55, 0), "SA": ("{v:,.2f} ر.س", 1, 1, 0), "EG": ("{v:,} ج.م", 0, 48, 0),
    "IL": ("₪{v:,.2f}", 1, 1, 0), "IR": ("{v:,} ریال", 0, 42000, 0), "BD": ("৳{v:,}", 0, 110, 0), "TH": ("฿{v:,}", 0, 35, 0),
    "VN": ("{v:,} ₫", 0, 25000, 0), "ID": ("Rp{v:,}", 0, 16000, 0), "PH": ("₱{v:,.2f}", 1, 1, 0), "JP": ("¥{v:,}", 0, 150, 0),
    "KR": ("₩{v:,}", 0, 1350, 0), "CN": ("¥{v:,.2f}", 1, 1, 0), "TW": ("NT${v:,}", 0, 32, 0), "KE": ("KSh {v:,}", 0, 130, 0),
}


def private_ip(ctx):
    return V.private_ipv4(ctx.rng)
