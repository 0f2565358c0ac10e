"""Per-record context: locale, cast of people, entity and decoy span makers."""
import datetime

import geo
import names
import values as V
from core import D, E, fill
from phrases import LOCALES, P

ENTITY_W = {"address": 21, "dob": 11, "phone": 7, "password": 10, "email": 3.5, "health": 5.5, "ip": 3, "iban": 3.8,
            "card": 2.5, "ssn": 22}

TITLES = {"en": ("Ms", "Mr", "Mrs", "Dr"), "es": ("Sra.", "Sr.", "Dña.", "Dr."), "fr": ("Mme", "M.", "Mme", "Dr"),
          "de": ("Frau", "Herr", "Frau Dr.", "Dr."), "pt": ("Sra.", "Sr.", "D.", "Dr."),
          "it": ("Sig.ra", "Sig.", "Dott.ssa", "Dott."), "nl": ("mevr.", "dhr.", "mevrouw", "meneer"),
          "pl": ("Pani", "Pan", "Pani", "Pan"), "el": ("κα", "κ.", "κυρία", "κύριος"),
          "ru": ("г-жа", "г-н", "г-жа", "г-н")}
SUFFIX = {"ja": ("様", "様", "さん", "さん"), "ko": ("님", "님", "씨", "씨"), "zh": ("女士", "先生", "女士", "先生"),
          "tr": (" Hanım", " Bey", " Hanım", " Bey"), "hi": (" जी", " जी", " जी", " जी")}
AGENT_BRANDS = ["Nimbus Telecom", "Parcelo", "Brightwave Bank", "Kestrel Logistics", "Tallpine Insurance",
                "Lumen Dental", "Fernbank Studio", "Harbourpoint Energy", "Quill & Ink", "Vistaclara Travel"]


def wchoice(r, d):
    keys = list(d)
    return r.choices(keys, weights=[d[k] for k in keys])[0]


class Ctx:
    def __init__(self, r, loc):
        self.r = r
        self.loc = loc
        self.lang = loc.split("_")[0]
        _, self.cc, self.ibancc = LOCALES[loc]
        self.culture = names.LOC_CULTURE[loc]
        self.used = []
        self.ph = P[self.lang]
        self.cjk = self.lang in ("ja", "zh", "ko")

    # ------------------------------------------------------------- people
    def person(self, gender=None, script=None, foreign=None):
        r = self.r
        cult = self.culture
        if foreign is None:
            foreign = self.lang == "en" and r.random() < 0.25
        if foreign:
            cult = r.choice([c for c in names.N if c not in names.NOSPACE or self.lang != "en"])
            script = script or "latin"
        return names.make_person(r, cult, gender, script, used=self.used)

    def name(self, p, form="full"):
        """Parts for a person mention; titles and honorifics outside the span."""
        r = self.r
        if form == "given":
            return [E("PERSON", p.given)]
        if form == "lower":
            if p.native:
                return [E("PERSON", p.full)]
            return [E("PERSON", p.full.lower() if r.random() < 0.6 else p.given.lower())]
        if form == "title":
            i = r.randrange(4)
            t = TITLES.get(self.lang)
            if self.lang in SUFFIX and (p.native or self.lang == "tr" or self.lang == "hi"):
                s = SUFFIX[self.lang][(0 if p.gender == "f" else 1) + (2 if i >= 2 else 0)]
                base = p.given if self.lang in ("tr", "hi") else (p.full if self.lang == "ko" else p.family)
                return [E("PERSON", base), s]
            if t and not p.native or (t and self.lang in ("el", "ru")):
                tt = t[0 if p.gender == "f" else 1] if i < 3 else t[3]
                return [tt + " ", E("PERSON", p.family)]
            return [E("PERSON", p.full)]
        return [E("PERSON", p.full)]

    def nform(self, casual=False):
        r = self.r
        if casual:
            return r.choice(["given", "given", "lower", "full"])
        return r.choice(["full", "full", "full", "given", "title"])

    # ------------------------------------------------------------- entities
    def email(self, p, work=None):
        if work is None:
            work = self.r.random() < 0.25
        return E("EMAIL", V.email(self.r, p, self.cc, work))

    def phone(self, intl=None):
        v = geo.phone(self.r, self.cc)
        return E("PHONE", v)

    def addr_obj(self):
        c = self.cc
        r = self.r
        if c == "CA":
            return geo.addr_ca(r, fr=self.lang == "fr")
        if c == "BE":
            return geo.addr_be(r, "fr" if self.lang == "fr" else "nl")
        if c == "JP":
            return geo.addr_jp(r, roman=self.lang != "ja")
        return geo.ADDR[c](r)

    def addr(self, multi=False, nl="\n"):
        a = self.addr_obj()
        return E("ADDRESS", a.multi(nl) if multi else a.one())

    def dob_date(self):
        return V.rand_date(self.r, 1938, 2007)

    def dob(self, fmt=None, iso=False):
        dt = self.dob_date()
        if iso:
            return E("DATE_OF_BIRTH", dt.isoformat())
        return E("DATE_OF_BIRTH", V.fmt_date(dt, self.loc, fmt, self.r))

    def pw(self, kind=None, url_safe=False):
        for _ in range(20):
            v = V.password(self.r, self.lang if self.lang in V.PW_WORDS else "en", kind)
            if url_safe and any(ch in v for ch in "@:/?#% "):
                continue
            return E("PASSWORD", v)
        return E("PASSWORD", "Tr0mbone-" + V.pin(self.r, 4))

    def secret(self):
        r = self.r
        k = r.random()
        if k < 0.7:
            return self.pw()
        if k < 0.85:
            return E("PASSWORD", V.pin(r))
        return E("PASSWORD", V.wifi_key(r, self.lang if self.lang in V.PW_WORDS else "en"))

    def health(self, p=None):
        g = p.gender if p else "m"
        return E("HEALTH", V.health(self.r, self.lang, g))

    def ip(self, v6=None):
        if v6 is None:
            v6 = self.r.random() < 0.25
        return E("IP_ADDRESS", V.ipv6(self.r) if v6 else V.ipv4(self.r))

    def iban(self, spaced=None):
        cc = self.ibancc or self.r.choice(["DE", "FR", "ES", "NL", "GB", "IT", "PT", "BE", "IE", "PL"])
        return E("IBAN", V.iban(self.r, cc, spaced))

    def card(self):
        return E("CREDIT_CARD", V.card(self.r))

    def ssn(self):
        return E("US_SSN", V.ssn(self.r))

    def ent(self, kind, p, structured=False):
        if kind == "address":
            return self.addr()
        if kind == "dob":
            return self.dob(iso=structured and self.r.random() < 0.6)
        if kind == "phone":
            return self.phone()
        if kind == "password":
            return self.pw() if structured else self.secret()
        if kind == "email":
            return self.email(p)
        if kind == "health":
            return self.health(p)
        if kind == "ip":
            return self.ip()
        if kind == "iban":
            return self.iban()
        if kind == "card":
            return self.card()
        if kind == "ssn":
            return self.ssn()
        raise KeyError(kind)

    def kinds(self, lo=1, hi=3, exclude=()):
        r = self.r
        w = {k: v for k, v in ENTITY_W.items() if k not in exclude}
        if self.loc != "en_US":
            w.pop("ssn", None)
        n = min(hi, max(lo, r.choices([1, 2, 3, 4], [68, 23, 7, 2])[0]))
        out = []
        while len(out) < n:
            k = wchoice(r, w)
            if k not in out:
                out.append(k)
        return out

    # ------------------------------------------------------------- decoys
    def date(self, y0=2023, y1=2025, fmt=None):
        return D("DATE", V.fmt_date(V.rand_date(self.r, y0, y1), self.loc, fmt, self.r))

    def isodate(self):
        return D("DATE", V.rand_date(self.r, 2023, 2025).isoformat())

    def ts(self):
        return D("DATE", V.ts_iso(self.r))

    def ver(self):
        return D("VERSION", V.version(self.r))

    def hx(self, n=None):
        return D("HEX_HASH", V.hexh(self.r, n))

    def uuid(self):
        return D("HEX_HASH", V.uuid(self.r))

    def price(self):
        return D("PRICE", V.price(self.r, self.loc))

    def usd(self):
        return D("PRICE", "$%.2f" % (self.r.randint(100, 99999) / 100))

    def ops(self):
        return D("OPS_TERM", self.r.choice(V.OPS_TERMS))

    def nid(self):
        return D("NUMERIC_ID", V.numeric_id(self.r))

    def oid(self):
        return D("ORDER_ID", V.order_id(self.r))

    def path(self):
        return D("FILE_PATH", self.r.choice(V.PATHS))

    def product(self):
        return D("PROPER_NOUN", self.r.choice(V.PRODUCTS))

    def brand(self):
        return D("PROPER_NOUN", self.r.choice(V.BRANDS))

    def town(self):
        return D("PROPER_NOUN", self.r.choice(geo.TOWNS[self.cc]))

    def figure(self):
        return D("PROPER_NOUN", self.r.choice(V.FIGURES))

    def proper(self):
        return self.r.choice([self.product, self.brand, self.town, self.figure, self.brand])()

    # ------------------------------------------------------------- phrases
    def say(self, key, who=None, **kw):
        """A phrase of the locale's bank (falls back to English)."""
        bank = self.ph if key in self.ph else P["en"]
        tpl = self.r.choice(bank[key])
        g = who.gender if who else "m"
        return fill(tpl, _g=g, **kw)

    def sp(self):
        return "" if self.cjk else " "

    def now(self):
        return datetime.date(2025, 3, 1)
