"""Shared context and helpers for the shape modules."""
import string

import content
import decoys as DC
import health
import lang as LG
from rich import E, R, cat, coerce, fmt, join

_F = string.Formatter()


class Ctx:
    def __init__(self, rng, loc):
        self.rng = rng
        self.loc = loc
        self.lk = LG.lkey(loc)
        self.lang = loc.split("-")[0]
        self.lab = LG.labels(loc)
        self.S = LG.sent(loc)
        self.json = None      # None, "json" or "jsonl"
        self.dob_f = None     # fixed DOB format for tables
        self.iban_printed = None

    def person(self, **kw):
        return content.Person(self.rng, self.loc, **kw)

    def pick(self, xs):
        return self.rng.choice(xs)

    def p(self, x):
        return self.rng.random() < x

    def date(self, d=None):
        return DC.date_decoy(self.rng, self.loc, d)

    def date_plain(self, d=None):
        d = d or LG.rand_recent(self.rng)
        return LG.rand_date_str(self.rng, self.loc, d, native_p=0.0)


def fields_of(tpl):
    return [f for _, f, _, _ in _F.parse(tpl) if f]


def slot_value(ctx, p, field, other=None, ml=False):
    r = ctx.rng
    if field == "name":
        return (other or p).name()
    if field == "given":
        return p.given()
    if field == "dob":
        return p.dob_e()
    if field == "age":
        return str(p.age)
    if field == "addr":
        return p.addr(multiline=ml)
    if field == "phone":
        return p.phone()
    if field == "email":
        return p.email()
    if field == "pw":
        return p.pw()
    if field == "card":
        return p.card()
    if field == "iban":
        return p.iban()
    if field == "ip":
        return p.ip()
    if field == "ssn":
        return p.ssn()
    raise KeyError(field)


KIND_W = [("dob", 4.5), ("addr", 4.8), ("pw", 3.0), ("health", 5.5), ("phone", 0.7), ("email", 0.6),
          ("card", 0.5), ("iban", 0.5), ("ip", 0.35), ("ssn", 4.0), ("third", 0.6)]


def avail(ctx, p, kind):
    if kind == "health":
        return p.has_health()
    if kind == "iban":
        return p.has_iban() and bool(ctx.S.get("iban"))
    if kind == "ssn":
        return ctx.loc == "en-US"
    if kind == "card":
        return bool(ctx.S.get("card")) and bool(p.L.get("cards"))
    return bool(ctx.S.get(kind))


def pick_kinds(ctx, p, n, must=()):
    r = ctx.rng
    must = list(must)
    if r.random() < 0.3 and "dob" not in must:
        must.append("dob")
    if r.random() < 0.2 and "addr" not in must:
        must.append("addr")
    pool = [(k, w) for k, w in KIND_W if avail(ctx, p, k) and k not in must]
    out = list(must)
    while len(out) < n and pool:
        tot = sum(w for _, w in pool)
        x = r.uniform(0, tot)
        for i, (k, w) in enumerate(pool):
            x -= w
            if x <= 0:
                out.append(k)
                pool.pop(i)
                break
    return out


PROSE_STYLES = ["full"] * 6 + ["given", "given", "initial", "roman"]


def say(ctx, p, kind, other=None):
    """One sentence of kind in the context language, labelled."""
    r = ctx.rng
    if kind == "health":
        if not p.has_health():
            return None
        return p.health_sentence()
    opts = ctx.S.get(kind) or []
    if not opts:
        return None
    tpl = r.choice(opts)
    kw = {}
    for f in fields_of(tpl):
        if f == "name":
            who = (other or ctx.person()) if kind == "third" else p
            if kind == "bye":
                st = r.choice(["full", "full", "given", "roman"])
            else:
                st = r.choice(PROSE_STYLES)
            kw[f] = who.name(st)
        else:
            kw[f] = slot_value(ctx, p, f)
    return fmt(tpl, **kw)


def message(ctx, p, kinds, sep=" "):
    parts = [say(ctx, p, k) for k in kinds]
    return join(sep, [x for x in parts if x is not None])


def reply(ctx, p):
    tpl = ctx.rng.choice(ctx.S["reply"])
    if "{given}" in tpl:
        if ctx.rng.random() < 0.35 and (LG.HON.get(ctx.lk) or LG.HON.get(ctx.lang)):
            return fmt(tpl, given=p.hon_name())
        return fmt(tpl, given=p.given())
    return coerce(tpl)


def health_field(ctx, p, cat=None):
    """A HEALTH value for a form field (no article)."""
    c, pre, term = p.health_term(cat)
    return E("HEALTH", term)


def signoff(ctx, p, style=None):
    tpl = ctx.rng.choice(ctx.S["bye"])
    return fmt(tpl, name=p.name(style or ctx.rng.choice(["full", "full", "given", "roman"])))


# key name pools for records (English-ish developer keys, some unusual)
KEYS = {
    "name": ["full_name", "name", "customer_name", "contact", "holder", "pt_name", "nm", "displayName", "patient",
             "requester", "emp_name", "insured_party", "cardholder", "beneficiary", "who", "fullName", "person",
             "account_owner", "guest", "signee"],
    "dob": ["dob", "date_of_birth", "birth_date", "birthDate", "bday", "geb_datum", "fecha_nac", "born", "d_o_b",
            "birthdate", "dt_nasc", "DOB"],
    "phone": ["phone", "mobile", "tel", "msisdn", "contact_number", "phoneNumber", "cell", "whatsapp"],
    "email": ["email", "e_mail", "mail", "emailAddress", "contact_email", "login", "username"],
    "addr": ["address", "addr", "shipping_address", "home_address", "street_address", "residence", "ship_to",
             "billing_address", "domicile"],
    "pw": ["password", "pass", "passwd", "pwd", "secret", "temp_password", "new_password", "initial_pw", "pin_pass"],
    "health": ["diagnosis", "condition", "medication", "notes_medical", "dx", "conditions", "current_meds",
               "med_history", "reason_for_visit"],
    "iban": ["iban", "bank_account", "payout_iban", "IBAN", "acct"],
    "card": ["card_number", "pan", "cc", "card", "payment_card"],
    "ip": ["ip", "client_ip", "remote_addr", "ip_address", "last_login_ip"],
    "ssn": ["ssn", "social_security_number", "tax_id", "SSN"],
}


def key(ctx, field, localized=False):
    if localized:
        m = {"name": "name", "dob": "dob", "phone": "phone", "email": "email", "addr": "addr", "pw": "pw",
             "health": "diag", "iban": "iban", "card": "card"}
        if field in m:
            return ctx.lab[m[field]]
    return ctx.rng.choice(KEYS[field])


def record_fields(ctx, p, want, ml=False, pw_safe=False):
    """list of (field, R value) for the wanted fields."""
    out = []
    for f in want:
        if f == "name":
            out.append((f, p.name(ctx.pick(["full", "full", "full", "roman", "sur_comma", "upper"]))))
        elif f == "dob":
            out.append((f, p.dob_e(ctx.dob_f)))
        elif f == "phone":
            out.append((f, p.phone()))
        elif f == "email":
            out.append((f, p.email()))
        elif f == "addr":
            out.append((f, p.addr(multiline=ml)))
        elif f == "pw":
            out.append((f, p.pw(safe=pw_safe)))
        elif f == "health":
            if p.has_health():
                out.append((f, health_field(ctx, p)))
        elif f == "iban":
            if p.has_iban():
                out.append((f, p.iban(ctx.iban_printed)))
        elif f == "card":
            out.append((f, p.card()))
        elif f == "ip":
            out.append((f, p.ip()))
        elif f == "ssn":
            if ctx.loc == "en-US":
                out.append((f, p.ssn()))
    return out


def want_fields(ctx, base=("name",), extra=None, n=4):
    """Pick record fields, weighted toward DOB/ADDRESS/PASSWORD/HEALTH."""
    r = ctx.rng
    pool = [("dob", 5.0), ("addr", 4.5), ("pw", 2.6), ("health", 3.6), ("phone", 0.8), ("email", 0.7),
            ("iban", 0.5), ("card", 0.4), ("ip", 0.35), ("ssn", 4.0)]
    if extra:
        pool = [(k, w * extra.get(k, 1.0)) for k, w in pool]
    loc = ctx.loc
    import locales as _LC
    drop = set()
    if not _LC.L[loc].get("cc"):
        drop.add("iban")
    if not health.has_health(ctx.lk):
        drop.add("health")
    if loc != "en-US":
        drop.add("ssn")
    if not _LC.L[loc].get("cards"):
        drop.add("card")
    pool = [x for x in pool if x[0] not in drop]
    out = list(base)
    if r.random() < 0.45:
        out.append("dob")
    if r.random() < 0.35:
        out.append("addr")
    pool = [x for x in pool if x[0] not in out]
    while len(out) < n + len(base) and pool:
        tot = sum(w for _, w in pool)
        x = r.uniform(0, tot)
        for i, (k, w) in enumerate(pool):
            x -= w
            if x <= 0:
                out.append(k)
                pool.pop(i)
                break
    return out
