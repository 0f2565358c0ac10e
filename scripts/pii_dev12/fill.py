# -*- coding: utf-8 -*-
"""Template filling.  Templates use ⟦KEY⟧ placeholders; see resolve()."""
import re

import dates
import decoys as DC
import names
import pii
from spans import Doc

TOKEN = re.compile(r"⟦([^⟧]+)⟧")

ORIGIN_LANG = {"ru": "ru", "ua": "uk", "gr": "el", "ar": "ar", "he": "he", "hi": "hi", "bn": "bn", "ta": "ta", "th": "th", "zh": "zh", "ja": "ja", "ko": "ko"}
NATIVE_LANGS = {"ru", "uk", "el", "ar", "he", "hi", "bn", "ta", "th", "zh", "ja", "ko"}

CITY = {
    "en": ["Leeds", "Denver", "Toronto", "Pune", "Melbourne", "Lagos", "Nairobi", "Cork", "Austin", "Glasgow", "Cape Town", "Manila"],
    "es": ["Sevilla", "Valencia", "Guadalajara", "Bilbao", "Monterrey"], "pt": ["Porto", "Recife", "Curitiba", "Coimbra"], "fr": ["Lyon", "Nantes", "Lille", "Bordeaux"],
    "de": ["Leipzig", "Bremen", "Graz", "Basel", "Kassel"], "it": ["Bologna", "Torino", "Bari", "Verona"], "nl": ["Utrecht", "Zwolle", "Leiden"], "pl": ["Kraków", "Gdańsk", "Poznań"],
    "ru": ["Казань", "Самара", "Томск"], "uk": ["Львів", "Одеса"], "ja": ["大阪", "札幌", "福岡"], "zh": ["成都", "杭州", "武汉"], "ko": ["부산", "대전"],
}


def pick(rng, lst):
    return lst[rng.randrange(len(lst))]


class Ctx:
    def __init__(self, rng, locale, native=None):
        self.rng = rng
        self.locale = locale
        self.lang = locale.split("_")[0]
        if native is None:
            native = (rng.random() < 0.85) if self.lang in NATIVE_LANGS else (rng.random() < 0.08)
        self.native = native
        self.people = {}
        self.vals = {}
        self.last_dob = None
        self.used = set()

    def choose(self, lst):
        """Pick a template not yet used in this text when possible."""
        fresh = [t for t in lst if t not in self.used]
        t = pick(self.rng, fresh or lst)
        self.used.add(t)
        return t

    def _mk(self, **kw):
        p = names.Person(self.rng, locale=self.locale, native=self.native, **kw)
        # a foreign native-script name inside another native-script language is
        # written in Latin letters (e.g. an Arabic name in a Hebrew text)
        if p.native and self.lang in NATIVE_LANGS and ORIGIN_LANG.get(p.origin) != self.lang:
            p.native = False
            p.g, p.f = p.g_roman, p.f_roman
            p.patr = None
        return p

    def person(self, key, **kw):
        if key not in self.people:
            p = self._mk(**kw)
            # avoid duplicate given names inside one text
            tries = 0
            while any(q.g == p.g or q.f == p.f for q in self.people.values()) and tries < 8:
                p = self._mk(**kw)
                tries += 1
            self.people[key] = p
        return self.people[key]

    def new_person(self, **kw):
        k = "_anon%d" % len(self.people)
        return self.person(k, **kw)

    def dob(self, loc=None, spoken=False):
        s, ymd = dates.birth_date(self.rng, loc or self.locale, spoken=spoken)
        self.last_dob = ymd
        return s


def _city(ctx):
    return pick(ctx.rng, CITY.get(ctx.lang, CITY["en"]))


def resolve(ctx, key):
    """Return (text, label, kind)."""
    rng = ctx.rng
    arg = None
    if ":" in key:
        key, arg = key.split(":", 1)
    # ---- persons --------------------------------------------------------
    m = re.fullmatch(r"P(\d?)([mf]?)(?:\.(\w+))?", key)
    if m:
        idx, gen, form = m.group(1), m.group(2) or None, m.group(3)
        p = ctx.person(idx, gender=gen) if idx else ctx.new_person(gender=gen)
        if form is None:
            v = p.full()
        elif form == "v":
            v = p.full_variant(rng)
        elif form == "g":
            v = p.given()
        elif form == "f":
            v = p.family()
        elif form == "lc":
            v = p.given().lower()
        elif form == "lcf":
            v = p.full().lower()
        elif form == "ini":
            v = ("%s. %s" % (p.given()[0], p.family())) if not (p.native or p.origin == "my") else p.full()
        elif form == "rev":
            v = ("%s, %s" % (p.family(), p.given())) if not (p.native or p.origin == "my") else p.full()
        elif form == "REV":
            v = ("%s %s" % (p.family().upper(), p.given())) if not (p.native or p.origin == "my") else p.full()
        elif form == "roman":
            v = p.g_roman + " " + p.f_roman
        else:
            raise KeyError(form)
        return v, "PERSON", "e"
    if key in ("WNF", "WNM", "WN"):
        if key not in ctx.vals:
            lst = names.WORD_NAMES_F if key == "WNF" else names.WORD_NAMES_M if key == "WNM" else names.WORD_NAMES_F + names.WORD_NAMES_M
            ctx.vals[key] = pick(rng, lst)
        return ctx.vals[key], "PERSON", "e"
    if key == "WNF2":
        if key not in ctx.vals:
            ctx.vals[key] = pick(rng, [w for w in names.WORD_NAMES_F if w != ctx.vals.get("WNF")])
        return ctx.vals[key], "PERSON", "e"
    # ---- other entities ---------------------------------------------------
    if key == "DOB":
        loc = arg if arg and "_" in arg else None
        if arg == "iso":
            y, mo, d = dates.rand_ymd(rng, 1936, 2009)
            ctx.last_dob = (y, mo, d)
            return "%04d-%02d-%02d" % (y, mo, d), "DATE_OF_BIRTH", "e"
        if arg == "us":
            y, mo, d = dates.rand_ymd(rng, 1936, 2009)
            ctx.last_dob = (y, mo, d)
            return "%02d/%02d/%04d" % (mo, d, y), "DATE_OF_BIRTH", "e"
        if arg == "eu":
            y, mo, d = dates.rand_ymd(rng, 1936, 2009)
            ctx.last_dob = (y, mo, d)
            return "%02d.%02d.%04d" % (d, mo, y), "DATE_OF_BIRTH", "e"
        return ctx.dob(loc=loc, spoken=(arg == "spoken")), "DATE_OF_BIRTH", "e"
    if key == "BDAY":  # birthday without year
        y, mo, d = dates.rand_ymd(rng, 1950, 2008)
        lang = ctx.lang
        if lang == "en":
            v = pick(rng, ["%s %d" % (dates.MONTHS["en"][mo - 1], d), "%d %s" % (d, dates.MONTHS["en"][mo - 1]), "%s %s" % (dates.MONTHS["en"][mo - 1], dates.en_ordinal(d))])
        elif lang in dates.MONTHS:
            v = "%d %s" % (d, dates.MONTHS[lang][mo - 1])
        else:
            v = "%d/%d" % (d, mo)
        return v, "DATE_OF_BIRTH", "e"
    if key == "AGE":
        if ctx.last_dob:
            return str(dates.age_at(ctx.last_dob)), None, None
        return str(rng.randrange(19, 80)), None, None
    if key == "ADDR":
        country = arg if arg and arg.isupper() else None
        ml = arg == "ml"
        return pii.address(rng, ctx.locale, country=country, multiline=ml), "ADDRESS", "e"
    if key == "PH":
        if arg == "ext":
            return pii.phone(rng, ctx.locale, ext=True), "PHONE", "e"
        if arg == "spoken":
            return pii.spoken_phone(rng), "PHONE", "e"
        return pii.phone(rng, ctx.locale, country=arg if arg and arg.isupper() else None), "PHONE", "e"
    m = re.fullmatch(r"EM(\d?)", key)
    if m:
        p = ctx.person(m.group(1)) if m.group(1) else None
        ck = "EM" + m.group(1)
        if m.group(1) and ck in ctx.vals:
            return ctx.vals[ck], "EMAIL", "e"
        v = pii.email(rng, p, ctx.locale)
        if m.group(1):
            ctx.vals[ck] = v
        return v, "EMAIL", "e"
    if key == "PW":
        return pii.password(rng, ctx.locale), "PASSWORD", "e"
    if key == "H":
        return pii.health(rng, ctx.locale, kind=arg), "HEALTH", "e"
    if key == "HEN":
        return pii.health(rng, "en_US", kind=arg), "HEALTH", "e"
    if key == "IBAN":
        return (pii.iban(rng, arg) if arg else pii.iban_for(rng, ctx.locale)), "IBAN", "e"
    if key == "CC":
        return pii.credit_card(rng), "CREDIT_CARD", "e"
    if key == "SSN":
        return pii.ssn(rng, style=arg), "US_SSN", "e"
    if key == "IP":
        return (pii.ipv6(rng) if arg == "6" else pii.ipv4(rng) if arg == "4" else pii.ip(rng)), "IP_ADDRESS", "e"
    # ---- decoys -------------------------------------------------------------
    if key == "BRAND":
        return pick(rng, DC.NAME_BRANDS), "PROPER_NOUN", "d"
    if key == "PROD":
        return pick(rng, DC.PRODUCTS), "PROPER_NOUN", "d"
    if key == "FIG":
        if "FIG" not in ctx.vals:
            ctx.vals["FIG"] = pick(rng, DC.FIGURES)
        return ctx.vals["FIG"][0], "PROPER_NOUN", "d"
    if key == "FIGDATE":
        if "FIG" not in ctx.vals:
            ctx.vals["FIG"] = pick(rng, DC.FIGURES)
        y, mo, d = ctx.vals["FIG"][1]
        return dates.fmt_date(rng, ctx.locale, y, mo, d), "DATE", "d"
    if key == "FICT":
        return pick(rng, DC.FICTIONAL), "PROPER_NOUN", "d"
    if key == "PLACE":
        return pick(rng, DC.PLACES), "PROPER_NOUN", "d"
    if key == "BOT":
        return pick(rng, DC.BOTS), "PROPER_NOUN", "d"
    if key == "CO":
        return pick(rng, DC.COMPANIES), "PROPER_NOUN", "d"
    if key == "PLH":
        return pick(rng, DC.PLACEHOLDER_PEOPLE), "PROPER_NOUN", "d"
    if key == "DATE":
        return dates.event_date(rng, arg or ctx.locale), "DATE", "d"
    if key == "VER":
        return DC.version(rng), "VERSION", "d"
    if key == "VERN":
        return "%d.%d.%d" % (rng.randrange(0, 30), rng.randrange(0, 40), rng.randrange(0, 60)), "VERSION", "d"
    if key == "NID":
        return DC.numeric_id(rng), "NUMERIC_ID", "d"
    if key == "ORD":
        return DC.order_id(rng), "ORDER_ID", "d"
    if key == "PRICE":
        return DC.price(rng), "PRICE", "d"
    if key == "HASH":
        return DC.hex_hash(rng), "HEX_HASH", "d"
    if key == "CODE":
        return pick(rng, DC.CODE_IDENTS), "CODE_IDENT", "d"
    if key == "OPS":
        return pick(rng, DC.OPS_TERMS), "OPS_TERM", "d"
    # ---- unlabelled fillers -------------------------------------------------------
    if key == "city":
        return _city(ctx), None, None
    if key == "n":
        return str(rng.randrange(2, 12)), None, None
    if key == "nn":
        return str(rng.randrange(12, 99)), None, None
    if key == "time":
        return pick(rng, ["9:30", "10", "11:15", "2pm", "14:00", "3:45", "16:30", "noon", "8am"]), None, None
    if key == "wd":
        return pick(rng, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]), None, None
    if key == "team":
        return pick(rng, ["payments", "platform", "growth", "search", "infra", "mobile", "billing", "data"]), None, None
    raise KeyError(key)


def fill(ctx, template):
    doc = Doc()
    pos = 0
    for m in TOKEN.finditer(template):
        chunk = template[pos:m.start()]
        if pos and chunk.startswith(".") and doc.parts and doc.parts[-1][0].endswith("."):
            chunk = chunk[1:]
        doc.t(chunk)
        v, lab, kind = resolve(ctx, m.group(1))
        if lab is None:
            doc.t(v)
        elif kind == "e":
            doc.e(lab, v)
        else:
            doc.d(lab, v)
        pos = m.end()
    tail = template[pos:]
    if tail.startswith(".") and doc.parts and doc.parts[-1][0].endswith("."):
        tail = tail[1:]
    doc.t(tail)
    return doc
