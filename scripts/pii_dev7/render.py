"""The frame mini-language.

Frames are strings with tokens:
  {A} {A:form}       a cast member (A..E) in a surface form, labelled PERSON
  {A?fem|masc}       text chosen by the member's gender (plain)
  {SLOT} {SLOT:arg}  an entity or decoy generator, or plain filler
Cast forms: given (default), full, fam, nick, lower, lowerfull, upper, famupper, poss, fullposs,
hon, handle, handlebare, email, lf, init, gen/dat/ins/acc (inflected), trdat, trgen, trloc,
formal (ru: Family Given Patronymic), gp (ru: Given Patronymic), airline, phone.
"""
import re

import decoys as dc
import pii
from core import S, lab, cat

TOKEN = re.compile(r"(?P<lit>\{\{[^{}]*\}\})|\{(?P<g>[A-E])\?(?P<f>[^|}]*)\|(?P<m>[^}]*)\}"
                   r"|\{(?P<n>[A-Za-z_0-9]+)(?::(?P<a>[A-Za-z_0-9]+))?\}"
                   r"|\[\[(?:(?P<dt>[A-Z_]+):)?(?P<dv>[^\]]+)\]\]")

ORGS = ["Kestrel Foods", "Bluefinch Studio", "Tidewater Labs", "Harbourline Freight", "Copperleaf Dental",
        "Quillmont Press", "Saltmarsh Logistics", "Larkspur Health", "Ferngrove AI", "Oakhollow School",
        "Nimbus Desk", "Driftwood Realty", "Amberly Insurance", "Northgate Motors", "Silverpine Hotels",
        "Redwing Analytics", "Brightwater Legal", "Cobaltline Telecom", "Greenhollow Farms", "Ironbark Builders"]
TEAMS = ["platform", "payments", "growth", "data", "mobile", "infra", "support", "design", "finance", "legal"]
TIMES = ["9:30", "10am", "11:15", "2pm", "3:45", "4pm", "5:30pm", "noon", "8am", "7:30"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ASSISTANTS = ["Siri", "Alexa", "Bixby", "Cortana"]


def tr_suffix(name, kind):
    vowels = [c for c in name.lower() if c in "aeıioöuü"]
    last = vowels[-1] if vowels else "e"
    ends_vowel = name[-1].lower() in "aeıioöuü"
    back = last in "aıou"
    if kind == "dat":
        return "'" + ("y" if ends_vowel else "") + ("a" if back else "e")
    if kind == "gen":
        v = {"a": "ın", "ı": "ın", "o": "un", "u": "un", "e": "in", "i": "in", "ö": "ün", "ü": "ün"}[last]
        return "'" + ("n" if ends_vowel else "") + v
    if kind == "loc":
        hard = name[-1].lower() in "fstkçşhp"
        return "'" + ("t" if hard else "d") + ("a" if back else "e")
    if kind == "ins":
        return "'" + ("y" if ends_vowel else "") + ("la" if back else "le")
    raise ValueError(kind)


class Ctx:
    def __init__(self, rng, locale, lang, cast, pf=None, fakers=None):
        self.rng = rng
        self.locale = locale
        self.lang = lang
        self.cast = cast
        self.pf = pf
        self.fakers = fakers or {}
        self.emails = {}

    def email_of(self, p):
        if id(p) not in self.emails:
            self.emails[id(p)] = pii.email_addr(self.rng, p)
        return self.emails[id(p)]

    def handle_of(self, p):
        if not hasattr(p, "_handle"):
            g, f = p.local_parts()
            opts = [f"{g}.{f[:1]}", f"{g}{f}", f"{g[:1]}{f}", f"{g}_{f}", g] if f else [g, f"{g}{self.rng.randrange(10, 99)}"]
            p._handle = self.rng.choice(opts)
        return p._handle


def person_form(ctx, p, form):
    P = lambda s: lab("PERSON", s)
    if form in (None, "given"):
        return P(p.given)
    if form == "full":
        return P(p.full)
    if form == "fam":
        return P(p.given if getattr(p, "fam_is_given", False) else p.fam)
    if form == "nick":
        return P(p.nick)
    if form == "lower":
        return P(p.nick.lower() if ctx.rng.random() < 0.4 else p.given.lower())
    if form == "lowerfull":
        return P(p.full.lower())
    if form == "upper":
        return P(p.upper(p.full))
    if form == "famupper":
        return P(p.upper(p.fam))
    if form == "poss":
        return cat(P(p.given), "'s")
    if form == "fullposs":
        return cat(P(p.full), "'s")
    if form == "hon":
        return S([(p.title, None)])
    if form == "handle":
        return cat("@", P(ctx.handle_of(p)))
    if form == "handlebare":
        return P(ctx.handle_of(p))
    if form == "email":
        return lab("EMAIL", ctx.email_of(p))
    if form == "lf":
        return P(f"{p.fam}, {p.given}" if p.family else p.given)
    if form == "gi":
        return P(f"{p.given} {p.family[0]}." if p.family else p.given)
    if form == "init":
        return P(f"{p.given[0]}. {p.family}" if p.family else p.given)
    if form in ("gen", "dat", "ins", "acc"):
        return P(p.cases.get(form, p.given))
    if form in ("trdat", "trgen", "trloc", "trins"):
        return cat(P(p.given), tr_suffix(p.given, form[2:]))
    if form == "formal":
        return P(f"{p.family} {p.given} {p.patronymic}".strip() if p.patronymic else p.full)
    if form == "gp":
        return P(f"{p.given} {p.patronymic}" if p.patronymic else p.full)
    if form == "airline":
        return P(f"{p.upper(p.fam)}/{p.upper(p.given)}")
    if form == "phone":
        return pii.phone(ctx.rng, p.culture)
    raise ValueError(form)


def slot(ctx, name, arg):
    r = ctx.rng
    lang = ctx.lang
    loc = ctx.locale
    if name == "PHONE":
        return pii.phone(r, loc, ext=(arg == "ext"))
    if name == "ADDR":
        return pii.address(r, loc, oneline=(arg != "ml"), faker=ctx.fakers.get("addr:" + loc))
    if name == "DOB":
        if arg == "airline":
            d = pii.rand_date(r, 1942, 2007)
            return pii.lab("DATE_OF_BIRTH", f"{d.day:02d}{pii.MONTHS['en'][d.month - 1][:3].upper()}{d.year % 100:02d}")
        if arg == "noyear":
            return pii.dob(r, noyear=True)
        return pii.dob(r, lang if arg is None else arg)
    if name == "PW":
        return pii.password(r, arg)
    if name == "HEALTH":
        return pii.health(r, lang if lang in pii.HEALTH else "en", arg)
    if name == "IBAN":
        return pii.iban(r, loc)
    if name == "CARD":
        return pii.card(r)
    if name == "IP":
        return pii.ip(r)
    if name == "DATE":
        return dc.date(r, lang if lang in ("es", "fr", "de", "it", "pt", "ru", "ja", "zh", "ko", "tr", "id", "pl") else "en")
    if name == "VER":
        return dc.version(r)
    if name == "ORDER":
        return dc.order_id(r)
    if name == "PRICE":
        return dc.price(r)
    if name == "NUM":
        return dc.numeric_id(r)
    if name == "PATH":
        return dc.file_path(r)
    if name == "SHA":
        return dc.hex_hash(r, int(arg) if arg else None)
    if name == "OPS":
        return dc.ops(r)
    if name == "BRAND":
        return dc.pn(r.choice(dc.BRANDS))
    if name == "PRODUCT":
        return dc.pn(r.choice(dc.PRODUCTS))
    if name == "MODEL":
        return dc.pn(r.choice(dc.MODELS))
    if name == "PLACE":
        return dc.pn(r.choice(dc.PLACES))
    if name == "STREET":
        return dc.pn(r.choice(dc.STREETS_NO_NUMBER))
    if name == "FIGURE":
        pool = dc.FIGURES_NATIVE.get(lang) if (lang != "en" and r.random() < 0.7) else None
        return dc.pn(r.choice(pool or dc.FIGURES))
    if name == "FICTION":
        pool = dc.FICTION_NATIVE.get(lang) if (lang != "en" and r.random() < 0.7) else None
        return dc.pn(r.choice(pool or dc.FICTION))
    if name == "PH":
        pool = dc.PLACEHOLDERS_NATIVE.get(lang) if (lang != "en" and r.random() < 0.7) else None
        return dc.pn(r.choice(pool or dc.PLACEHOLDERS))
    if name == "EPONYM":
        return dc.pn(r.choice(dc.EPONYMS))
    if name == "ASSIST":
        return dc.pn(r.choice(ASSISTANTS))
    if name == "MONTH":
        return dc.month(r, with_day=False)
    if name == "MONTHD":
        return dc.month(r, with_day=True)
    if name == "ORG":
        return S([(r.choice(ORGS), None)])
    if name == "TEAM":
        return S([(r.choice(TEAMS), None)])
    if name == "TIME":
        return S([(r.choice(TIMES), None)])
    if name == "DAY":
        return S([(r.choice(WEEKDAYS), None)])
    if name == "RAWNUM":  # record numbers: neither PII here nor a safe decoy, left unlabelled
        return S([(str(r.randrange(10 ** 5, 10 ** 8)), None)])
    if name == "NN":
        return S([(str(r.randrange(2, 40)), None)])
    if name == "TICKET":
        return S([(f"{r.choice(['OPS', 'SUP', 'ENG', 'HR', 'IT', 'FAC'])}-{r.randrange(100, 9999)}", None)])
    raise KeyError(name)


def roles_in(frame):
    out = set()
    for m in TOKEN.finditer(frame):
        if m.group("g"):
            out.add(m.group("g"))
        elif m.group("n") and len(m.group("n")) == 1:
            out.add(m.group("n"))
    return sorted(out)


def render(frame, ctx, extra=None):
    out = S()
    pos = 0
    for m in TOKEN.finditer(frame):
        if m.start() > pos:
            out.append((frame[pos:m.start()], None))
        if m.group("lit"):
            out.append((m.group("lit"), None))
        elif m.group("g"):
            p = ctx.cast[m.group("g")]
            out.append((m.group("f") if p.gender == "f" else m.group("m"), None))
        elif m.group("dv"):
            out.extend(lab(m.group("dt") or "PROPER_NOUN", m.group("dv")))
        else:
            name, arg = m.group("n"), m.group("a")
            if extra and name in extra:
                v = extra[name]
                out.extend(v(ctx, arg) if callable(v) else v)
            elif len(name) == 1:
                out.extend(person_form(ctx, ctx.cast[name], arg))
            else:
                out.extend(slot(ctx, name, arg))
        pos = m.end()
    if pos < len(frame):
        out.append((frame[pos:], None))
    return S([(t, ty) for t, ty in out if t])
