# -*- coding: utf-8 -*-
"""Generate tests/fixtures/pii/eval-dev4.jsonl (1,500 labelled texts).

Run:  .venv/bin/python scripts/pii_dev4/gen.py   (needs `faker`; see README.md)
"""
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data as D  # noqa: E402
from core import (E, Dc, F, S, N, LOCALES, as_segs, esc_json, esc_sql, esc_html, jdump, finalize, pick_loc,  # noqa: E402
                  new_person, address, address_lines, phone, phone_words, password, rand_dob, fmt_date, dob_cue,
                  pw_sentence, health, card, iban, IBAN_CC, ssn, ipv4, ipv6, ip, email_for, d_date, d_ts, d_version,
                  d_hex, d_numid, d_order, d_price, dg, nz, ascii_fold, plain)

SEED = 40404
N_TEXTS = 1500
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "pii", "eval-dev4.jsonl")


# ---------------------------------------------------------------------------
# Context: one per text
# ---------------------------------------------------------------------------

LANG_LOC = {"es": ["es", "mx"], "de": ["de", "at", "ch"], "fr": ["fr"], "pt": ["pt", "br"], "it": ["it"], "pl": ["pl"], "tr": ["tr"],
            "ru": ["ru"], "ja": ["jp"], "zh": ["cn"], "nl": ["nl"]}


class C:
    def set_lang(self, lang):
        """Make the text's locale tag follow the language it is written in."""
        if lang in LANG_LOC:
            self.loc = self.r.choice(LANG_LOC[lang])
            self.lang = LOCALES[self.loc][0]

    def __init__(self, r, loc=None, among=None):
        self.r = r
        self.loc = loc or pick_loc(r, among)
        self.lang = LOCALES[self.loc][0]

    def ch(self, *opts):
        return self.r.choice(opts)

    def chance(self, p):
        return self.r.random() < p

    def person(self, loc=None, native=None, gender=None):
        loc = loc or self.loc
        if native is None:
            native = LOCALES[loc][2] is not None and self.r.random() < 0.35
        return new_person(self.r, loc, native, gender)

    def latin_person(self, loc=None, gender=None):
        return self.person(loc, False, gender)

    def other_loc(self):
        return pick_loc(self.r)

    # entities
    def P(self, p, style="full"):
        return E("PERSON", p.render(style))

    def short(self, p):
        """(name, honorific suffix) the way a colleague would refer to p."""
        if p.native and p.loc == "jp":
            return p.family, self.ch("さん", "さん", "")
        if p.native and p.loc == "kr":
            return p.full, self.ch("님", "씨", "")
        if p.native and p.loc in ("cn",):
            return p.full, ""
        if p.loc == "vn" and p.order == "fg":
            return p.given.split(" ")[-1], ""
        return p.given.split(" ")[0], ""

    def S_(self, p):
        n, suf = self.short(p)
        return [E("PERSON", n), suf]

    def A(self, loc=None, multiline=False, sep=None):
        return E("ADDRESS", address(self.r, loc or self.loc, multiline, sep))

    def A1(self, loc=None):
        """Partial address: first line only (street + number)."""
        lines = address_lines(self.r, loc or self.loc)
        return E("ADDRESS", lines[0].rstrip(","))

    def PH(self, loc=None, ext=False):
        return E("PHONE", phone(self.r, loc or self.loc, ext))

    def DOB(self, lang=None, young=False, voice=False):
        return E("DATE_OF_BIRTH", fmt_date(self.r, rand_dob(self.r, young), lang or self.lang, voice))

    def DOBc(self, p, lang=None, young=False):
        lang = lang or self.lang
        cue = dob_cue(self.r, lang, p.gender if p else "m")
        return F(cue, d=self.DOB(lang, young))

    def PW(self, kind=None):
        return E("PASSWORD", password(self.r, kind))

    def PWu(self, kind=None):
        """A password that can sit unescaped in a URL's userinfo."""
        while True:
            pw = password(self.r, kind)
            if not any(ch in pw for ch in "@#?/%: &+=^"):
                return E("PASSWORD", pw)

    def EM(self, p=None, work=False):
        return E("EMAIL", email_for(self.r, p, work))

    def CC(self):
        return E("CREDIT_CARD", card(self.r)[0])

    def IB(self, loc=None):
        return E("IBAN", iban(self.r, IBAN_CC.get(loc or self.loc)))

    def SSN(self, style=None):
        return E("US_SSN", ssn(self.r, style))

    def IP(self, v6=None):
        if v6 is None:
            return E("IP_ADDRESS", ip(self.r))
        return E("IP_ADDRESS", ipv6(self.r) if v6 else ipv4(self.r))

    def H(self, lang=None, kind=None):
        return E("HEALTH", health(self.r, lang or "en", kind))

    # decoys
    def dDATE(self, lang="en"):
        return Dc("DATE", d_date(self.r, lang))

    def dTS(self):
        return Dc("DATE", d_ts(self.r))

    def dVER(self):
        return Dc("VERSION", d_version(self.r))

    def dHEX(self, kind=None):
        return Dc("HEX_HASH", d_hex(self.r, kind))

    def dNUM(self):
        return Dc("NUMERIC_ID", d_numid(self.r))

    def pid(self):
        """A personal identifier (customer, patient, employee, policy number): neither PII type nor decoy,
        so it is left unlabelled."""
        return d_numid(self.r)

    def dORD(self):
        return Dc("ORDER_ID", d_order(self.r))

    def dPRICE(self):
        return Dc("PRICE", d_price(self.r))

    def dPATH(self):
        return Dc("FILE_PATH", self.r.choice(D.FILE_PATHS))

    def dPN(self, cat=None):
        cat = cat or self.ch("place", "brand", "fin", "tech")
        return Dc("PROPER_NOUN", self.r.choice({"place": D.PN_PLACE, "brand": D.PN_BRAND, "fin": D.PN_FIN, "tech": D.PN_TECH}[cat]))

    def dOPS(self, cat="noun"):
        return Dc("OPS_TERM", self.r.choice({"noun": D.OPS_NOUN, "token": D.OPS_TOKEN, "phrase": D.OPS_PHRASE}[cat]))


# ---------------------------------------------------------------------------
# Filler: PII-free sentences and log lines that carry decoys
# ---------------------------------------------------------------------------

ITEMS = ["standing desk", "espresso machine", "rain jacket", "gift card", "pair of boots", "phone case", "office chair",
         "noise-cancelling headphones", "bottle of whiskey", "carry-on suitcase", "air fryer", "box of chocolates"]


def filler_prose(c):
    r = c.r
    pats = [
        lambda: F("Order ⟦o⟧ came to ⟦p⟧.", o=c.dORD(), p=c.dPRICE()),
        lambda: F("btw ⟦t⟧ is still on ⟦v⟧ in prod.", t=c.dPN("tech"), v=c.dVER()),
        lambda: F("The export is in ⟦f⟧ (commit ⟦h⟧).", f=c.dPATH(), h=c.dHEX("sha7")),
        lambda: F("We got the " + r.choice(ITEMS) + " from ⟦b⟧ for ⟦p⟧.", b=c.dPN("brand"), p=c.dPRICE()),
        lambda: F("Case ⟦n⟧ is still open.", n=c.dNUM()),
        lambda: F("The ⟦o⟧ alert fired again on ⟦d⟧.", o=c.dOPS(), d=c.dDATE()),
        lambda: F("The offsite moved to ⟦d⟧, same hotel near ⟦pl⟧.", d=c.dDATE(), pl=c.dPN("place")),
        lambda: F("Invoice ⟦o⟧ (⟦p⟧) is due ⟦d⟧.", o=c.dORD(), p=c.dPRICE(), d=c.dDATE()),
        lambda: F("Ugh, ⟦ph⟧ again.", ph=c.dOPS("phrase")),
        lambda: F("Tracking number: ⟦n⟧.", n=c.dNUM()),
        lambda: F("The ⟦f⟧ report says ⟦b⟧ shares closed at ⟦p⟧.", f=c.dPN("fin"), b=c.dPN("brand"), p=c.dPRICE()),
        lambda: F("Someone ran `⟦k⟧` on the worker and the ⟦o⟧ never recovered.", k=Dc("OPS_TERM", c.ch("kill -9", "kill -HUP")), o=c.dOPS()),
        lambda: F("App version ⟦v⟧, build ⟦h⟧.", v=c.dVER(), h=c.dHEX("sha12")),
        lambda: F("Flight lands at ⟦pl⟧ around noon on ⟦d⟧.", pl=c.dPN("place"), d=c.dDATE()),
    ]
    return r.choice(pats)()


def filler_log(c, style="plain"):
    r = c.r
    lvl = r.choice(["INFO", "DEBUG", "WARN", "INFO"])
    if style == "logfmt":
        pats = [
            lambda: F("ts=⟦t⟧ level=info msg=\"deploy finished\" version=⟦v⟧ sha=⟦h⟧", t=c.dTS(), v=c.dVER(), h=c.dHEX("sha40")),
            lambda: F("ts=⟦t⟧ level=warn msg=\"⟦o⟧ failed\" path=⟦p⟧ attempt=3", t=c.dTS(), o=c.dOPS(), p=Dc("OPS_TERM", r.choice(["/healthz", "/readyz", "/livez"]))),
            lambda: F("ts=⟦t⟧ level=info msg=\"order settled\" order_id=⟦o⟧ amount=⟦p⟧", t=c.dTS(), o=c.dORD(), p=c.dPRICE()),
            lambda: F("ts=⟦t⟧ level=debug msg=\"cache miss\" key=⟦h⟧ request_id=⟦n⟧", t=c.dTS(), h=c.dHEX("uuid"), n=c.dNUM()),
        ]
    elif style == "json":
        pats = [
            lambda: jdump({"ts": c.dTS(), "level": "info", "msg": "deploy finished", "version": c.dVER(), "git_sha": c.dHEX("sha40")}),
            lambda: jdump({"ts": c.dTS(), "level": "warn", "msg": S(c.dOPS(), " failed"), "job_id": N(c.dNUM())}),
            lambda: jdump({"ts": c.dTS(), "level": "info", "event": "invoice.created", "invoice": c.dORD(), "total": c.dPRICE()}),
            lambda: jdump({"ts": c.dTS(), "level": "debug", "msg": "loaded config", "path": c.dPATH(), "trace_id": c.dHEX("sha12")}),
        ]
    else:
        pats = [
            lambda: F("⟦t⟧ " + lvl + " worker-" + str(r.randint(1, 9)) + " deploy ⟦v⟧ (⟦h⟧) complete", t=c.dTS(), v=c.dVER(), h=c.dHEX("sha7")),
            lambda: F("⟦t⟧ WARN ⟦o⟧ failed for pod api-" + dg(r, 5) + ", restarting", t=c.dTS(), o=c.dOPS()),
            lambda: F("⟦t⟧ " + lvl + " GET ⟦p⟧ 200 " + str(r.randint(1, 90)) + "ms", t=c.dTS(), p=Dc("OPS_TERM", r.choice(["/healthz", "/readyz", "/livez"]))),
            lambda: F("⟦t⟧ " + lvl + " job ⟦n⟧ wrote ⟦f⟧", t=c.dTS(), n=c.dNUM(), f=c.dPATH()),
            lambda: F("⟦t⟧ ERROR container exited: ⟦k⟧", t=c.dTS(), k=Dc("OPS_TERM", r.choice(["OOMKilled", "exit code 137", "SIGTERM", "CrashLoopBackOff"]))),
        ]
    return r.choice(pats)()


def pad(c, segs, n=(0, 2), kind="prose", joiner=" "):
    out = as_segs(segs)
    k = c.r.randint(*n)
    for i in range(k):
        f = filler_prose(c) if kind == "prose" else filler_log(c, kind)
        j = joiner
        if i == 0 and kind == "prose" and joiner == " " and out and out[-1][1].rstrip()[-1:] not in (".", "!", "?", ":", ")"):
            j = ". "
        out = out + [j] + as_segs(f)
    return out


def roles(c):
    return c.ch(("user", "assistant"), ("User", "Assistant"), ("Human", "AI"), ("me", "bot"), ("Q", "A"), ("USER", "ASSISTANT"))


def chat(c, turns):
    if getattr(c, "first_turn_only", False):
        return as_segs(turns[0])
    u, a = roles(c)
    out = []
    for i, t in enumerate(turns):
        if i:
            out.append("\n" if c.chance(0.6) else "\n\n")
        out += [f"{u if i % 2 == 0 else a}: "] + as_segs(t)
    return out


def L(c):
    """Labels for the context language (fallback English)."""
    return D.LABELS.get(c.lang, D.LABELS["en"])


# ---------------------------------------------------------------------------
# Templates with PII
# ---------------------------------------------------------------------------

def t_chat_lower_names(c):
    p1, p2 = c.latin_person(), c.latin_person(c.other_loc())
    a = [
        F("talked to ⟦a⟧ about the offsite, ⟦he⟧ thinks ⟦b⟧ should run it. can u draft a short msg to both of them", a=c.P(p1, "given_lower"), he=p1.he, b=c.P(p2, "lower")),
        F("pls remind me to call ⟦a⟧ tmrw, and ask ⟦b⟧ if the contract went out", a=c.P(p1, "given_lower"), b=c.P(p2, "given_lower")),
        F("ok so ⟦a⟧ and ⟦b⟧ are both out next week, who covers support?", a=c.P(p1, "lower"), b=c.P(p2, "given_lower")),
        F("i think ⟦a⟧ from finance sent it to ⟦b⟧ by mistake lol. write an apology email for me", a=c.P(p1, "given_lower"), b=c.P(p2, "lower")),
    ]
    reply = c.ch(
        F("Sure, here's a short message:\n\nHi ⟦a⟧ and ⟦b⟧, quick note about next week.", a=c.S_(p1), b=c.S_(p2)),
        F("Here's a draft you can send to ⟦a⟧:", a=c.S_(p1)),
        "Here's a draft. Let me know if you want it shorter.",
        "Sure, here's a short message you can send to both.",
    )
    turns = [c.ch(*a), reply]
    if c.chance(0.5):
        turns += [F("add that ⟦a⟧ can reach me on ⟦ph⟧", a=c.P(p1, "given_lower"), ph=c.PH()), "Added your number at the end."]
    return chat(c, [pad(c, turns[0], (0, 1))] + turns[1:])


def t_chat_partial_addr(c):
    p = c.latin_person(gender="f")
    lead = c.ch(
        F("I'm at ⟦a⟧, near the station, can you tell me the fastest way to the airport?", a=c.A1()),
        F("we just moved to ⟦a⟧, what's the closest pharmacy that's open late?", a=c.A1()),
        F("my sister ⟦n⟧ lives at ⟦a⟧ and I need a taxi there from ⟦pl⟧", n=c.P(p, "given"), a=c.A1(), pl=c.dPN("place")),
        F("package says delivered but I'm at ⟦a⟧ and nothing here. order ⟦o⟧", a=c.A1(), o=c.dORD()),
        F("can you write a note for my neighbour? I'm ⟦n⟧ from ⟦a⟧, your hedge is blocking the path", n=c.P(p, "given"), a=c.A1()),
    )
    return chat(c, [lead, c.ch("I can't see live traffic, but here are a few options.", "Here's a friendly note you could leave:", "Sorry to hear that. Here's what to try first.")])


def t_chat_called(c):
    p1, p2, p3 = c.person(), c.person(c.other_loc()), c.person()
    n1 = c.S_(p1)
    bits = [
        F("I called ⟦a⟧ yesterday and ⟦he⟧ still hasn't sent the slides.", a=n1, he=p1.he),
        F("Forwarded it to ⟦b⟧ already.", b=c.P(p2, c.ch("given", "full"))),
        F("Also ⟦c⟧'s laptop is still in my car, remind me.", c=c.S_(p3)),
        F("⟦c⟧ said the ⟦o⟧ was the culprit, not the DB.", c=c.P(p3, "full"), o=c.dOPS()),
        F("Can you ping ⟦b⟧ on my behalf?", b=c.S_(p2)),
        F("Met ⟦b⟧ for coffee at ⟦pl⟧, nice person.", b=c.P(p2, "full"), pl=c.dPN("place")),
    ]
    first, rest = bits[0], bits[1:]
    c.r.shuffle(rest)
    bits = rest[:c.r.randint(1, 3)]
    bits.insert(c.r.randint(0, len(bits)), first)
    msg = []
    for i, b in enumerate(bits):
        msg += ([" "] if i else []) + b
    msg += [c.ch(" Summarise what I need to do today.", " Make me a todo list.", " What should I say in the standup?")]
    return chat(c, [msg, c.ch("Here's a short list:\n1. Chase the slides\n2. Return the laptop", F("1. Follow up with ⟦a⟧ about the slides\n2. Return the laptop", a=c.S_(p1)))])


def t_chat_guest(c):
    host = c.person()
    wifi = c.ch("wifi code", "wifi password", "WLAN-Passwort", "wifi pw", "network key", "senha do wifi", "contraseña del wifi")
    t = F("write a short welcome note for guests at ⟦a⟧. the ⟦w⟧ is ⟦pw⟧, the door ⟦pc⟧ is ⟦pin⟧. checkout 11:00, host is ⟦h⟧, ⟦ph⟧ for emergencies.",
          a=c.A(), w=wifi, pw=c.PW(c.ch("wifi", "phrase", "random", "base")), pc=c.ch("pin", "code", "keypad code", "lockbox code"),
          pin=c.PW("pin"), h=c.P(host), ph=c.PH())
    if c.chance(0.4):
        t += [" "] + F("mention the ⟦pl⟧ shuttle.", pl=c.dPN("place"))
    reply = F("Welcome! Wi-Fi details are on the fridge. If anything comes up, message ⟦h⟧. Enjoy your stay.", h=c.S_(host)) if c.chance(0.5) else "Welcome! Wi-Fi details are on the fridge. Message your host if anything comes up."
    return chat(c, [t, reply])


def t_chat_health_family(c):
    rel = c.ch("my dad", "my mum", "my mother", "my father", "my wife", "my husband", "my son", "my daughter", "my grandmother", "my partner")
    g = "m" if rel in ("my dad", "my father", "my husband", "my son") else ("f" if rel != "my partner" else None)
    p = c.person(gender=g)
    young = rel in ("my son", "my daughter")
    lead = c.ch(
        F("⟦rel⟧ ⟦n⟧ (⟦d⟧) was just diagnosed with ⟦h⟧ and the doctor put ⟦him⟧ on ⟦m⟧. what side effects should we watch for?",
          rel=rel, n=c.P(p), d=c.DOB("en", young), h=c.H(kind="cond"), him=p.him, m=c.H(kind="med")) + (F(" ⟦he⟧ also has ⟦h⟧.", he=p.he.capitalize(), h=c.H(kind="cond")) if c.chance(0.4) else []),
        F("can you help me write to ⟦n⟧'s school? ⟦he⟧ has ⟦h⟧ and needs to take ⟦m⟧ at lunch.", n=c.S_(p), he=p.he.capitalize(), h=c.H(kind="cond"), m=c.H(kind="med")),
        F("I'm ⟦h⟧ and my GP wants me off ⟦m⟧. ⟦rel⟧ thinks I should get a second opinion. how do I ask for one?", h=c.H(kind="state"), m=c.H(kind="med"), rel=rel.capitalize()),
        F("⟦rel⟧ has ⟦h⟧, is it ok to fly to ⟦pl⟧ next month?", rel=rel.capitalize(), h=c.H(kind="cond"), pl=c.dPN("place")),
    )
    return chat(c, [lead, c.ch("I'm not a doctor, but here are the common things to watch for and when to call.", "Here's a short, polite message you could send.", "That depends on a few things; your doctor is the best person to ask, but here's general guidance.")])


def t_chat_form_paste(c):
    lab = L(c)
    p = c.person(native=(LOCALES[c.loc][2] is not None and c.chance(0.6)))
    rows = [(lab["name"], c.P(p, c.ch("full", "full", "upper", "last_first")))]
    if c.chance(0.8):
        rows.append((lab["dob"], c.DOB()))
    rows.append((lab["addr"], c.A()))
    rows.append((lab["phone"], c.PH()))
    if c.chance(0.5):
        rows.append((lab["email"], c.EM(p)))
    if c.chance(0.3):
        rows.append((lab["cond"], c.H(c.lang)))
    if c.chance(0.25) and c.loc == "us":
        rows.append(("SSN", c.SSN()))
    rest = rows[1:]
    c.r.shuffle(rest)
    rows = rows[:1] + rest
    sep = c.ch(": ", ":\t", " - ", "：" if c.lang in ("ja", "zh") else ": ")
    form = []
    for k, v in rows:
        form += [f"{k}{sep}", v, "\n"]
    ask = c.ch("can you check this for typos before I submit?", "fill the rest of the form with this pls", "is this formatted right for the visa form?", "translate the labels into English")
    form = [ask, "\n"] + form
    form += [F("Form ref ⟦n⟧, fee ⟦p⟧", n=c.dNUM(), p=c.dPRICE())] if c.chance(0.5) else []
    reply = F("Looks fine, ⟦n⟧. One note: the form version is ⟦v⟧.", n=c.S_(p), v=c.dVER()) if c.chance(0.4) else F("Looks fine. One note: the form version is ⟦v⟧.", v=c.dVER())
    return chat(c, [form, reply])


def t_chat_cover_letter(c):
    p = c.latin_person()
    head = [c.P(p), "\n", c.A(multiline=True), "\n", c.PH(), " | ", c.EM(p)]
    ask = c.ch("write a cover letter for a junior data analyst role using this header:", "turn this into a nice letterhead:", "make a CV header from this")
    return chat(c, [[ask, "\n\n"] + head, F("⟦n⟧\n...\n\nDear Hiring Manager,\n\nI'm writing to apply for the role advertised on ⟦d⟧.", n=c.P(p), d=c.dDATE())])


def t_chat_translate(c):
    c2 = C(c.r, among=["de", "fr", "es", "pt", "it", "nl", "pl", "tr", "br", "mx", "ru", "ua", "jp", "cn", "kr", "se", "cz", "hu", "ro", "gr", "id", "vn"])
    p = c2.person(native=LOCALES[c2.loc][2] is not None and c2.chance(0.7))
    lang = c2.lang
    T = {
        "de": "Hallo, ich heiße ⟦n⟧, ⟦dob⟧, und wohne in ⟦a⟧. Sie erreichen mich unter ⟦ph⟧.",
        "fr": "Bonjour, je m'appelle ⟦n⟧, ⟦dob⟧, j'habite au ⟦a⟧. Mon numéro : ⟦ph⟧.",
        "es": "Hola, me llamo ⟦n⟧, ⟦dob⟧, y vivo en ⟦a⟧. Mi teléfono es ⟦ph⟧.",
        "pt": "Olá, meu nome é ⟦n⟧, ⟦dob⟧, moro na ⟦a⟧. Meu celular: ⟦ph⟧.",
        "it": "Buongiorno, mi chiamo ⟦n⟧, ⟦dob⟧, abito in ⟦a⟧. Il mio numero è ⟦ph⟧.",
        "nl": "Hallo, ik ben ⟦n⟧, ⟦dob⟧, en woon op ⟦a⟧. Bel me op ⟦ph⟧.",
        "pl": "Dzień dobry, nazywam się ⟦n⟧, ⟦dob⟧, mieszkam przy ⟦a⟧. Mój numer: ⟦ph⟧.",
        "tr": "Merhaba, adım ⟦n⟧, ⟦dob⟧, adresim ⟦a⟧. Telefonum ⟦ph⟧.",
        "ru": "Здравствуйте, меня зовут ⟦n⟧, ⟦dob⟧, живу по адресу ⟦a⟧. Мой телефон ⟦ph⟧.",
        "uk": "Добрий день, мене звати ⟦n⟧, ⟦dob⟧, мешкаю за адресою ⟦a⟧. Телефон ⟦ph⟧.",
        "ja": "はじめまして、⟦n⟧と申します。⟦dob⟧。住所は⟦a⟧です。電話番号は⟦ph⟧です。",
        "zh": "您好，我叫⟦n⟧，⟦dob⟧，住在⟦a⟧，电话⟦ph⟧。",
        "ko": "안녕하세요, 저는 ⟦n⟧입니다. ⟦dob⟧, 주소는 ⟦a⟧이고 연락처는 ⟦ph⟧입니다.",
        "sv": "Hej, jag heter ⟦n⟧, ⟦dob⟧, och bor på ⟦a⟧. Ring mig på ⟦ph⟧.",
        "cs": "Dobrý den, jmenuji se ⟦n⟧, ⟦dob⟧, bydlím na adrese ⟦a⟧. Telefon: ⟦ph⟧.",
        "hu": "Jó napot, ⟦n⟧ vagyok, ⟦dob⟧, lakcímem ⟦a⟧. Telefonszámom ⟦ph⟧.",
        "ro": "Bună ziua, mă numesc ⟦n⟧, ⟦dob⟧, locuiesc în ⟦a⟧. Telefon: ⟦ph⟧.",
        "el": "Γεια σας, ονομάζομαι ⟦n⟧, ⟦dob⟧, μένω στην ⟦a⟧. Τηλέφωνο: ⟦ph⟧.",
        "id": "Halo, nama saya ⟦n⟧, ⟦dob⟧, tinggal di ⟦a⟧. No. HP saya ⟦ph⟧.",
        "vi": "Xin chào, tôi là ⟦n⟧, ⟦dob⟧, sống tại ⟦a⟧. Số điện thoại: ⟦ph⟧.",
    }
    src = F(T[lang], n=c2.P(p), dob=c2.DOBc(p), a=c2.A(), ph=c2.PH())
    if lang in D.HEALTH_COND and lang != "en" and c.chance(0.4):
        src += [" "] + F({"de": "Ich habe ⟦h⟧.", "fr": "Je souffre de ⟦h⟧.", "es": "Tengo ⟦h⟧.", "pt": "Tenho ⟦h⟧.", "it": "Soffro di ⟦h⟧."}[lang], h=c2.H(lang, "cond"))
    ask = c.ch("translate to English:\n", "what does this say?\n\n", "Translate this for the landlord: ", "pls translate, keep the formatting\n")
    return c2.loc, chat(c, [[ask] + src, c.ch("Here's the translation:", "Sure — in English:", "Translation below.")])


def t_chat_account(c):
    p = c.latin_person()
    pw = c.PW()
    lead = c.ch(
        F("can't log into my account ⟦e⟧, I reset the password to ⟦pw⟧ yesterday but it says invalid. the ⟦o⟧ email never came either", e=c.EM(p), pw=pw, o=Dc("OPS_TERM", "password reset link")),
        F("my login is ⟦e⟧ / ⟦pw⟧, can you check why the app shows error ⟦n⟧?", e=c.EM(p), pw=pw, n=c.dNUM()),
        F("I share the streaming account with ⟦n⟧, ⟦pw_sent⟧, is that against the rules?", n=c.S_(c.person()), pw_sent=F(pw_sentence(c.r, "en"), p=pw)),
        F("old laptop password was ⟦pw⟧ and the new one is ⟦pw2⟧, how do I update it in the keychain?", pw=pw, pw2=c.PW()),
    )
    return chat(c, [lead, c.ch("Please don't share passwords here. Change it now and use the official reset flow.", "For safety, I'd change that password right away. Then try signing in again.")])


def t_chat_pw_lang(c):
    c.loc = pick_loc(c.r)
    c.lang = LOCALES[c.loc][0]
    lang = c.lang if c.lang in D.PW_CUES else "en"
    p = c.person()
    intro = {"en": "for the shared mailbox", "de": "für das Postfach", "fr": "pour la boîte partagée", "es": "para la cuenta compartida",
             "pt": "da conta do escritório", "it": "per l'account condiviso", "ru": "от общей почты", "ja": "共有アカウントの", "zh": "共享账号的",
             "pl": "do wspólnej skrzynki", "tr": "ortak hesabın"}.get(lang, "")
    body = F(pw_sentence(c.r, lang), p=c.PW())
    lead = [intro + (" " if intro and lang not in ("ja", "zh") else "")] + body if intro else body
    msg = F("⟦n⟧: ", n=c.P(p, c.ch("full", "given"))) + lead
    if c.chance(0.5):
        msg += ["\n"] + F("login: ⟦e⟧", e=c.EM(p, work=True))
    return chat(c, [[c.ch("my colleague sent this, what language is it?\n", "is it safe to keep this in our notes?\n", "translate:\n")] + msg,
                    "Please rotate that password; it should not be stored in chat history."])


def t_chat_bank(c):
    c.loc = pick_loc(c.r, list(IBAN_CC))
    c.lang = LOCALES[c.loc][0]
    p = c.person()
    lead = c.ch(
        F("send ⟦amt⟧ to ⟦n⟧, IBAN ⟦ib⟧, ref rent ⟦d⟧", amt=c.dPRICE(), n=c.P(p), ib=c.IB(), d=c.dDATE()),
        F("is this IBAN valid? ⟦ib⟧ (holder ⟦n⟧)", ib=c.IB(), n=c.P(p, c.ch("full", "upper"))),
        F("write a polite reminder to ⟦n⟧ that the deposit of ⟦amt⟧ hasn't arrived. my IBAN is ⟦ib⟧", n=c.S_(p), amt=c.dPRICE(), ib=c.IB()),
    )
    return chat(c, [lead, c.ch("The format looks valid, but double-check the holder name with your bank.", "Here's a friendly reminder you can send.")])


def t_chat_card(c):
    c.loc = c.ch("us", "gb", "de", "fr", "br", "in", "ng", "mx", "es", "it", "jp")
    c.lang = LOCALES[c.loc][0]
    p = c.latin_person()
    exp = Dc("DATE", f"{c.r.randint(1, 12):02d}/{c.r.randint(25, 31)}")
    lead = c.ch(
        F("why was my card ⟦cc⟧ declined at ⟦b⟧? exp ⟦x⟧", cc=c.CC(), b=c.dPN("brand"), x=exp),
        F("Name on card: ⟦n⟧\nCard: ⟦cc⟧\nBilling: ⟦a⟧\ncan you fill in the checkout for me", n=c.P(p, c.ch("upper", "full")), cc=c.CC(), a=c.A()),
        F("charged twice ⟦p⟧ on ⟦cc⟧ for order ⟦o⟧, help me write a dispute", p=c.dPRICE(), cc=c.CC(), o=c.dORD()),
    )
    return chat(c, [lead, "Please don't paste full card numbers in chat. Here's what you can do instead."])


def t_chat_ssn(c):
    c.loc = "us"
    c.lang = "en"
    p, q = c.person(), c.person(gender="f")
    lead = c.ch(
        F("my SSN is ⟦s⟧ and my wife ⟦n⟧'s is ⟦s2⟧, which one goes on line 6c?", s=c.SSN(), n=c.S_(q), s2=c.SSN()),
        F("W-4 for ⟦n⟧, social ⟦s⟧, ⟦a⟧. is box 3 filled right?", n=c.P(p), s=c.SSN(), a=c.A()),
        F("ssn ⟦s⟧ dob ⟦d⟧ — the portal keeps rejecting it", s=c.SSN(), d=c.DOB()),
    )
    return chat(c, [lead, "I can explain the form, but please don't share Social Security numbers here."])


def t_chat_debug_ip(c):
    lead = c.ch(
        F("users from ⟦ip⟧ keep getting 403 since ⟦d⟧, our ⟦o⟧ is green though. waf issue?", ip=c.IP(), d=c.dDATE(), o=c.dOPS()),
        F("why does ⟦ip⟧ show up 4000 times in the access log? we're on nginx ⟦v⟧", ip=c.IP(), v=c.dVER()),
        F("whitelist ⟦ip⟧ and ⟦ip2⟧ for the VPN pls, ticket ⟦n⟧", ip=c.IP(), ip2=c.IP(), n=c.dNUM()),
    )
    return chat(c, [lead, c.ch("Could be rate limiting. Check the WAF logs for that address.", "Looks like a crawler. You can block it at the edge.")])


def t_chat_age(c):
    p = c.person()
    d = rand_dob(c.r)
    y = str(d.year)
    age = 2024 - d.year
    lead = c.ch(
        F("⟦n⟧ is ⟦age⟧ (b. ⟦y⟧) and wants to open a pension account, what are the options?", n=c.P(p), age=str(age), y=E("DATE_OF_BIRTH", y)),
        F("client: ⟦n⟧, age ⟦age⟧, born ⟦y⟧, ⟦h⟧", n=c.P(p, "last_first"), age=str(age), y=E("DATE_OF_BIRTH", y), h=c.H()),
        F("happy birthday card for ⟦n⟧, ⟦he⟧ was born on ⟦dd⟧", n=c.S_(p), he=p.he, dd=E("DATE_OF_BIRTH", fmt_date(c.r, d, "en"))),
        F("⟦n⟧ turns ⟦age⟧ on ⟦dd⟧, surprise party ideas?", n=c.S_(p), age=str(age + 1), dd=E("DATE_OF_BIRTH", f"{D.MONTHS['en'][d.month - 1]} {d.day}")),
    )
    return chat(c, [lead, "Here are a few ideas."])


def t_chat_appointment(c):
    lang = c.ch("en", "en", "es", "de", "fr", "pt", "it")
    doc = c.person()
    me = c.person()
    title = {"en": c.ch("Dr.", "Dr", "Doctor"), "es": c.ch("Dra.", "Dr."), "de": c.ch("Dr.", "Frau Dr.", "Herrn Dr."), "fr": "Dr", "pt": c.ch("Dra.", "Dr."), "it": c.ch("Dott.", "Dott.ssa")}[lang]
    lead = F("book me with ⟦t⟧ ⟦d⟧ for my ⟦h⟧ follow-up on ⟦dt⟧, name ⟦n⟧, ⟦dob⟧", t=title, d=c.P(doc, "family"), h=c.H(lang, "cond"), dt=c.dDATE(), n=c.P(me), dob=c.DOBc(me, "en"))
    if c.chance(0.4):
        lead += [", meds: "] + [c.H(lang, "med")]
    reply = F("I can't book directly, but here's a message for ⟦t⟧ ⟦d⟧'s office.", t=title, d=c.P(doc, "family")) if c.chance(0.5) else "I can't book directly, but here's a message you can send to the clinic."
    return chat(c, [lead, reply])


def t_chat_titles(c):
    # (neutral, male, female) titles
    opts = [("en", ["Sgt.", "Rev.", "Hon.", "Capt.", "Prof.", "Dr.", "Lt. Col.", "Cllr", "Judge"], ["Mr", "Mr."], ["Mrs", "Ms", "Miss"]),
            ("de", ["Prof. Dr.", "Dr."], ["Herr", "Herrn"], ["Frau"]), ("fr", ["Me", "Dr", "Pr"], ["M.", "Monsieur"], ["Mme", "Madame"]),
            ("es", ["Lic."], ["Sr.", "Don"], ["Sra.", "Dña."]), ("pt", ["Eng."], ["Sr.", "Dr."], ["Sra.", "Dra."]),
            ("it", ["Avv.", "Ing."], ["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"]), ("nl", ["mr.", "dr."], ["dhr."], ["mevr."])]
    lang, neu, mt, ft = c.r.choice(opts)
    loc = {"en": c.ch("us", "gb", "ng", "gh", "ke", "ie", "in", "ph", "pk"), "de": c.ch("de", "at", "ch"), "fr": "fr", "es": c.ch("es", "mx"), "pt": c.ch("pt", "br"), "it": "it", "nl": "nl"}[lang]
    p, q = c.person(loc, native=False), c.person(loc, native=False)
    t1 = c.r.choice(neu + (mt if p.gender == "m" else ft))
    t2 = c.r.choice(neu + (mt if q.gender == "m" else ft))
    lead = c.ch(
        F("draft a thank-you note to ⟦t⟧ ⟦n⟧ for the reference, and cc ⟦t2⟧ ⟦m⟧", t=t1, n=c.P(p, c.ch("family", "full")), t2=t2, m=c.P(q, "family")),
        F("how do I address ⟦t⟧ ⟦n⟧ in a formal letter? ⟦he⟧ chairs the board", t=t1, n=c.P(p, "family"), he=p.he),
        F("minutes: ⟦t⟧ ⟦n⟧ opened the meeting; ⟦t2⟧ ⟦m⟧ presented the budget (⟦pr⟧).", t=t1, n=c.P(p, c.ch("full", "initials", "initials_tight")), t2=t2, m=c.P(q, "family"), pr=c.dPRICE()),
    )
    return loc, chat(c, [lead, c.ch("Here's a formal draft.", "Use the title and surname in the salutation.", "Cleaned-up minutes below.")])


def t_chat_possessive_verbs(c):
    ps = [c.person(c.other_loc()) for _ in range(3)]
    s = [
        F("⟦a⟧'s visa got approved!!", a=c.S_(ps[0])),
        F("I called ⟦b⟧ yesterday, ⟦he⟧ is fine now.", b=c.S_(ps[1]), he=ps[1].he),
        F("forwarded to ⟦c⟧ for sign-off", c=c.S_(ps[2])),
        F("ask ⟦b⟧ whether ⟦a⟧'s flight is on ⟦d⟧", b=c.S_(ps[1]), a=c.S_(ps[0]), d=c.dDATE()),
        F("drove ⟦c⟧ to the airport, ⟦he⟧ left ⟦his⟧ charger at mine", c=c.S_(ps[2]), he=ps[2].he, his=ps[2].his),
    ]
    c.r.shuffle(s)
    msg = []
    for i, x in enumerate(s[:3]):
        if i:
            msg += ["\n"] if c.chance(0.5) or plain(msg).rstrip()[-1:] in ".!?" else [". "]
        msg += x
    return chat(c, [msg, "Noted! Anything else?"])


# --- OpenAI-style JSON -------------------------------------------------------

def user_content(c):
    """A user message built from one of the chat templates' first turns."""
    fn = c.ch(t_chat_lower_names, t_chat_partial_addr, t_chat_guest, t_chat_health_family, t_chat_account, t_chat_cover_letter, t_chat_age, t_chat_appointment, t_chat_bank)
    c.first_turn_only = True
    try:
        res = fn(c)
    finally:
        c.first_turn_only = False
    return as_segs(res)


def t_openai_messages(c):
    ascii_ = c.chance(0.15)
    sys_prompt = c.ch("You are a helpful assistant.", "You are Glassbox support bot. Be concise.", "You help users fill in forms. Never store personal data.")
    msgs = [{"role": "system", "content": sys_prompt}, {"role": "user", "content": S(user_content(c))}]
    if c.chance(0.7):
        msgs.append({"role": "assistant", "content": S(c.ch("Sure, here you go.", "Thanks! Let me help with that.", "I can help with that."))})
    obj = {"model": c.ch("gpt-4o-mini", "gpt-4.1", "o4-mini", "llama-3.1-70b-instruct"), "messages": msgs}
    if c.chance(0.5):
        obj["temperature"] = c.ch(0.2, 0.7, 1)
    if c.chance(0.4):
        obj["metadata"] = {"request_id": c.dHEX("uuid"), "app_version": c.dVER()}
    return jdump(obj, indent=c.ch(None, 2), ascii_=ascii_)


TOOLS = ["create_contact", "book_appointment", "send_email", "update_patient", "transfer_funds", "charge_card", "lookup_ip", "reset_password", "create_shipment", "add_beneficiary"]


def tool_args(c, name):
    p = c.person()
    if name == "create_contact":
        return {"name": c.P(p), "phone": c.PH(), "email": c.EM(p), "company": c.dPN(c.ch("fin", "brand")), "notes": S("met at conference ", c.dDATE())}
    if name == "book_appointment":
        return {"patient": c.P(p), "dob": c.DOB("en"), "reason": c.H(), "clinician": S(c.ch("Dr. ", "Dr "), c.P(c.person(), "family")), "slot": c.dTS()}
    if name == "send_email":
        q = c.person()
        return {"to": c.EM(q), "cc": [c.EM(c.person(), work=True)], "subject": S("Re: invoice ", c.dORD()), "body": S("Hi ", c.S_(q), ",\nplease find the invoice attached. The amount is ", c.dPRICE(), ".\n", c.P(p))}
    if name == "update_patient":
        return {"patient_id": N(c.pid()), "patient_name": c.P(p, c.ch("full", "last_first")), "diagnosis": c.H(kind="cond"), "medication": c.H(kind="med"), "nok": {"name": c.P(c.person()), "phone": c.PH()}}
    if name == "transfer_funds":
        c2 = C(c.r, among=list(IBAN_CC))
        q = c2.person()
        return {"beneficiary": c2.P(q), "iban": c2.IB(), "amount": c.dPRICE(), "reference": S("rent ", c.dDATE())}
    if name == "charge_card":
        return {"holder": c.P(p, c.ch("upper", "full")), "card_number": c.CC(), "amount_cents": c.r.randint(100, 99999), "order_id": c.dORD()}
    if name == "lookup_ip":
        return {"ip": c.IP(), "include_asn": True}
    if name == "reset_password":
        return {"user": c.EM(p, work=True), "new_password": c.PW(), "notify": True}
    if name == "create_shipment":
        return {"recipient": c.P(p), "address": c.A(), "phone": c.PH(), "order": c.dORD()}
    return {"holder": c.P(p), "iban": c.IB(c.ch("de", "fr", "nl", "es", "gb")), "address": c.A()}


def t_tool_call(c):
    name = c.r.choice(TOOLS)
    args = tool_args(c, name)
    ascii_ = c.chance(0.12)
    arg_json = jdump(args, compact=c.chance(0.5), ascii_=ascii_)
    style = c.ch("openai", "responses", "log")
    if style == "openai":
        obj = {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + d_hex(c.r, "sha12") + d_hex(c.r, "sha12"), "type": "function", "function": {"name": name, "arguments": S(arg_json)}}]}
        return jdump(obj, indent=c.ch(None, 2))
    if style == "responses":
        obj = {"type": "function_call", "call_id": "call_" + d_hex(c.r, "sha12"), "name": name, "arguments": S(arg_json)}
        return jdump(obj)
    # a log line that embeds the whole message as a JSON string (double-escaped arguments)
    inner = jdump({"name": name, "arguments": S(arg_json)})
    return F("⟦t⟧ INFO tool_dispatch ", t=c.dTS()) + jdump({"event": "tool_call", "payload": S(inner)})


def t_tool_result(c):
    p = c.person()
    res = c.ch(
        {"customer": {"id": N(c.pid()), "full_name": c.P(p), "email": c.EM(p), "phone": c.PH(), "billing_address": c.A()}, "orders": [{"id": c.dORD(), "total": c.dPRICE()}]},
        {"holder": c.P(p, "upper"), "iban": c.IB(c.ch("de", "nl", "fr", "es", "it", "pl")), "status": "verified", "checked_at": c.dTS()},
        {"patient": {"name": c.P(p, "last_first"), "birthdate": c.DOB("en"), "conditions": [c.H(kind="cond"), c.H(kind="cond")], "allergies": c.ch("none", "penicillin")}},
        {"contact_person": c.P(p), "mobile": c.PH(), "site": c.A(), "ticket": N(c.dNUM())},
    )
    content = jdump(res, compact=c.chance(0.4), ascii_=c.chance(0.1))
    obj = {"role": "tool", "tool_call_id": "call_" + d_hex(c.r, "sha12"), "content": S(content)}
    return jdump(obj, indent=c.ch(None, 2))


def t_anthropic_blocks(c):
    p = c.person()
    inp = c.ch(
        {"name": c.P(p), "date_of_birth": c.DOB("en"), "address": c.A()},
        {"recipient": c.EM(p), "body": S("Hi ", c.S_(p), ", your new temporary password is ", c.PW(), ".")},
        {"assignee": c.P(p, c.ch("full", "handle")), "title": S("Fix ", c.dOPS(), " in ", c.dPN("tech")), "due": c.dDATE()},
        {"holder": c.P(p), "card": c.CC(), "amount": c.dPRICE()},
    )
    obj = {"role": "assistant", "content": [{"type": "text", "text": "I'll do that now."}, {"type": "tool_use", "id": "toolu_" + d_hex(c.r, "sha12"), "name": c.ch("save_record", "send_message", "create_task", "charge"), "input": inp}]}
    return jdump(obj, indent=c.ch(None, 2))


# --- E-mail --------------------------------------------------------------------

def signature(c, p, work=True):
    title = c.ch("Head of Operations", "Account Manager", "Senior Engineer", "Practice Manager", "Paralegal", "Customer Success Lead", "HR Business Partner")
    parts = [c.ch("-- \n", "Best,\n", "Kind regards,\n", "Cheers\n", "Thanks,\n", "Mit freundlichen Grüßen\n", "Cordialement,\n", "Saludos,\n"), c.P(p, "initials" if (c.chance(0.15) and not p.native and p.family) else "full"), "\n", title]
    if c.chance(0.5):
        parts += [" | ", c.dPN(c.ch("fin", "brand"))]
    parts += ["\n", c.ch("T: ", "Tel ", "M: ", "mobile: ", "☎ ", "Direct: "), c.PH(ext=c.chance(0.3))]
    if c.chance(0.5):
        parts += ["\n", c.A(sep=c.ch(", ", " · ", " | "))]
    if c.chance(0.15):
        parts += ["\n", c.EM(p, work=True)]
    return parts


def mailbox(c, p, work=False):
    return F(c.ch('"⟦n⟧" <⟦e⟧>', "⟦n⟧ <⟦e⟧>", "⟦e⟧ (⟦n⟧)"), n=c.P(p), e=c.EM(p, work))


def t_email(c):
    a, b = c.person(), c.person(c.other_loc())
    ccs = [c.person(c.other_loc()) for _ in range(c.r.choice([0, 0, 1, 1, 2]))]
    hdr = ["From: "] + mailbox(c, a, True) + ["\nTo: "] + mailbox(c, b)
    if ccs:
        hdr += ["\nCc: "]
        for i, q in enumerate(ccs):
            hdr += ([", "] if i else []) + (mailbox(c, q, True) if c.chance(0.6) else [c.EM(q, True)])
    hdr += ["\nDate: ", c.dTS(), "\nSubject: ", c.ch("Re: ", "Fwd: ", "", "RE: AW: "), c.ch("contract renewal", "your booking", "next steps", "access request", "medical leave", "move-in details", "payment details")]
    body = c.ch(
        F("Hi ⟦b⟧,\n\nthanks for the call. As discussed, the keys can be collected at ⟦a⟧ from ⟦d⟧.", b=c.S_(b), a=c.A(), d=c.dDATE()),
        F("Dear ⟦b⟧,\n\nplease note I'll be on sick leave until ⟦d⟧ (⟦h⟧). ⟦c⟧ will cover for me.", b=c.S_(b), d=c.dDATE(), h=c.H(kind=c.ch("cond", "proc")), c=c.P(c.person())),
        F("Hello ⟦b⟧,\n\nyour VPN account is ready. Username: ⟦u⟧, temporary password: ⟦pw⟧. You'll be asked to change it.", b=c.S_(b), u=c.EM(b, True), pw=c.PW()),
        F("Hi ⟦b⟧,\n\nthe refund for ⟦o⟧ (⟦pr⟧) goes to the account ending in the IBAN you gave us: ⟦ib⟧.", b=c.S_(b), o=c.dORD(), pr=c.dPRICE(), ib=c.IB(c.ch("de", "fr", "gb", "nl", "es", "it"))),
        F("Hi all,\n\n⟦c⟧ joins on ⟦d⟧. ⟦he⟧ sits next to ⟦b⟧.", c=c.P(c.person()), d=c.dDATE(), he="They", b=c.S_(b)),
    )
    return hdr + ["\n\n"] + pad(c, body, (0, 1)) + ["\n\n"] + signature(c, a)


def t_email_reply(c):
    a, b = c.person(), c.person()
    quoted = c.ch(
        F("Can you send me your home address for the courier? And a phone number they can call.", ),
        F("Please confirm your date of birth so we can match the record.", ),
        F("What's the password for the shared drive again?", ),
    )
    ans = {
        "address": F("Sure: ⟦a⟧. Phone ⟦ph⟧.", a=c.A(), ph=c.PH()),
        "dob": F("It's ⟦d⟧. Thanks!", d=c.DOB()),
        "pw": F("It's ⟦pw⟧ — please don't forward this.", pw=c.PW()),
    }
    q = plain(quoted)
    key = "address" if "address" in q else ("dob" if "birth" in q else "pw")
    line = c.ch("On ⟦d⟧, ⟦n⟧ <⟦e⟧> wrote:", "Am ⟦d⟧ schrieb ⟦n⟧ <⟦e⟧>:", "Le ⟦d⟧, ⟦n⟧ <⟦e⟧> a écrit :", "El ⟦d⟧, ⟦n⟧ <⟦e⟧> escribió:", "-----Original Message-----\nFrom: ⟦n⟧ <⟦e⟧>\nSent: ⟦d⟧")
    out = F("Hi ⟦a⟧,\n\n", a=c.S_(a)) + ans[key] + ["\n\n", c.P(b, c.ch("given", "full")), "\n\n"] + F(line, d=c.dDATE(), n=c.P(a), e=c.EM(a, True)) + ["\n> Hi ", c.P(b, "given"), ",\n> "] + quoted + ["\n> \n> Thanks,\n> "] + [c.P(a, "given")]
    return out


def t_email_formal_lang(c):
    c2 = C(c.r, among=["de", "at", "ch", "fr", "es", "mx", "pt", "br", "it", "nl", "pl"])
    p, me = c2.person(gender=c.ch("m", "f")), c2.person()
    lang = c2.lang
    sal = {"de": "Sehr geehrte Frau ⟦n⟧," if p.gender == "f" else "Sehr geehrter Herr ⟦n⟧,",
           "fr": "Madame ⟦n⟧," if p.gender == "f" else "Monsieur ⟦n⟧,",
           "es": "Estimada Sra. ⟦n⟧:" if p.gender == "f" else "Estimado Sr. ⟦n⟧:",
           "pt": "Prezada Sra. ⟦n⟧," if p.gender == "f" else "Prezado Sr. ⟦n⟧,",
           "it": "Gentile Sig.ra ⟦n⟧," if p.gender == "f" else "Egregio Sig. ⟦n⟧,",
           "nl": "Geachte mevrouw ⟦n⟧," if p.gender == "f" else "Geachte heer ⟦n⟧,",
           "pl": "Szanowna Pani ⟦n⟧," if p.gender == "f" else "Szanowny Panie ⟦n⟧,"}[lang]
    body = {
        "de": "anbei die Unterlagen zu Ihrem Antrag vom ⟦d⟧. Bitte bestätigen Sie Ihre Anschrift (⟦a⟧) und Ihr Geburtsdatum (⟦dob⟧).",
        "fr": "veuillez trouver ci-joint votre dossier du ⟦d⟧. Merci de confirmer votre adresse (⟦a⟧) et votre date de naissance (⟦dob⟧).",
        "es": "le enviamos la documentación de su solicitud del ⟦d⟧. Por favor confirme su dirección (⟦a⟧) y su fecha de nacimiento (⟦dob⟧).",
        "pt": "segue a documentação do seu pedido de ⟦d⟧. Por favor confirme o seu endereço (⟦a⟧) e a data de nascimento (⟦dob⟧).",
        "it": "in allegato la documentazione della sua richiesta del ⟦d⟧. La preghiamo di confermare l'indirizzo (⟦a⟧) e la data di nascita (⟦dob⟧).",
        "nl": "bijgaand de stukken van uw aanvraag van ⟦d⟧. Wilt u uw adres (⟦a⟧) en geboortedatum (⟦dob⟧) bevestigen?",
        "pl": "w załączeniu dokumenty do wniosku z dnia ⟦d⟧. Prosimy o potwierdzenie adresu (⟦a⟧) i daty urodzenia (⟦dob⟧).",
    }[lang]
    extra = ""
    if lang in D.HEALTH_COND and c.chance(0.5):
        extra = {"de": "\nZu Ihrer Diagnose (⟦h⟧) melden wir uns gesondert.", "fr": "\nConcernant votre diagnostic (⟦h⟧), nous reviendrons vers vous.",
                 "es": "\nSobre su diagnóstico (⟦h⟧) le contactaremos aparte.", "pt": "\nSobre o seu diagnóstico (⟦h⟧) entraremos em contacto.",
                 "it": "\nPer la sua diagnosi (⟦h⟧) la ricontatteremo."}[lang]
    close = {"de": "Mit freundlichen Grüßen", "fr": "Bien cordialement,", "es": "Atentamente,", "pt": "Atenciosamente,", "it": "Cordiali saluti,", "nl": "Met vriendelijke groet,", "pl": "Z poważaniem"}[lang]
    segs = F(sal + "\n\n" + body + extra + "\n\n" + close + "\n⟦me⟧\n⟦ph⟧", n=c2.P(p, "family"), d=c2.dDATE(lang), a=c2.A(), dob=c2.DOB(), h=c2.H(lang, "cond"), me=c2.P(me), ph=c2.PH())
    return c2.loc, segs


def t_email_notification(c):
    p = c.person()
    doc = c.person()
    body = c.ch(
        F("Hi ⟦g⟧, this is a reminder of your appointment with Dr. ⟦d⟧ on ⟦dt⟧ at ⟦a⟧. Reply C to cancel.", g=c.S_(p), d=c.P(doc, "family"), dt=c.dDATE(), a=c.A()),
        F("Hello ⟦g⟧,\nyour order ⟦o⟧ will be delivered to:\n⟦a⟧\nThe courier may call you on ⟦ph⟧.", g=c.S_(p), o=c.dORD(), a=c.A(multiline=True), ph=c.PH()),
        F("Dear ⟦g⟧, your lab results are ready: ⟦h⟧. Please book a follow-up.", g=c.P(p), h=c.H(kind="result")),
    )
    return ["Subject: ", c.ch("Your appointment", "Delivery update", "Results available"), "\nTo: ", c.EM(p), "\n\n"] + body + ["\n\n", c.ch("This is an automated message.", "Do not reply to this email.")]


# --- Chat exports --------------------------------------------------------------

def t_slack_export(c):
    ps = [c.person(c.other_loc()) for _ in range(3)]
    msgs = []
    for i in range(c.r.randint(2, 3)):
        au = c.r.choice(ps)
        other = c.r.choice([q for q in ps if q is not au])
        text = c.ch(
            S("@", c.P(other, c.ch("given", "handle")), " can you review ", c.dPN("tech"), " ", c.dVER(), "?"),
            S("cc ", c.P(other), " — the customer's phone is ", c.PH(), " if you need it"),
            S(c.S_(other), " is out sick today (", c.H(kind="cond"), ")"),
            S("deploying ", c.dHEX("sha7"), " now, ", c.dOPS(), " looks fine"),
            S("fyi ", c.P(other, "given"), "'s new desk is at ", c.dPN("place"), " office"),
        )
        msgs.append({"ts": f"{c.r.randint(1690000000, 1730000000)}.{dg(c.r, 6)}", "user": "U0" + "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                     "user_profile": {"real_name": c.P(au), "display_name": c.P(au, c.ch("given", "handle"))}, "text": text})
    return jdump(msgs, indent=c.ch(None, 2, 4))


def t_slack_plain(c):
    ps = [c.person(c.other_loc()) for _ in range(3)]
    out = []
    for i in range(c.r.randint(2, 4)):
        au = ps[i % 3]
        other = ps[(i + 1) % 3]
        out += [c.P(au), f"  {c.r.randint(8, 11)}:{c.r.randint(10, 59)} AM\n"]
        out += c.ch(
            F("@⟦o⟧ can you take the ⟦op⟧ ticket?", o=c.P(other, "given"), op=c.dOPS()),
            F("Forwarding ⟦o⟧'s new number: ⟦ph⟧", o=c.S_(other), ph=c.PH()),
            F("thanks ⟦o⟧! 🙏", o=c.P(other, c.ch("given", "given_lower"))),
            F("⟦o⟧ mentioned the offsite is at ⟦a⟧", o=c.P(other, "given"), a=c.A()),
            F("shipped ⟦v⟧ 🎉", v=c.dVER()),
        )
        out.append("\n")
    return out


def t_whatsapp(c):
    ps = [c.person() for _ in range(2)]
    out = []
    style = c.ch(("[", "] "), ("", " - "))
    for i in range(c.r.randint(2, 4)):
        ts = Dc("DATE", f"{c.r.randint(1, 28):02d}/{c.r.randint(1, 12):02d}/{c.r.randint(2021, 2025)}")
        au = ps[i % 2]
        other = ps[(i + 1) % 2]
        pre = [style[0], ts, f", {c.r.randint(7, 23)}:{c.r.randint(10, 59)}{(':' + dg(c.r, 2)) if style[0] else ''}{style[1]}", c.P(au, c.ch("full", "given")), ": "]
        msg = c.ch(
            F("omw, at ⟦a⟧ in 10", a=c.A1()),
            F("pin for the gate is ⟦p⟧ btw", p=c.PW("pin")),
            F("can u send me ⟦o⟧'s number", o=c.S_(c.person())),
            F("⟦ph⟧", ph=c.PH()),
            F("mum's appointment for the ⟦h⟧ is on ⟦d⟧", h=c.H(kind="cond"), d=c.dDATE()),
            F("lol ok ⟦o⟧", o=c.P(other, "given_lower")),
            "<Media omitted>",
        )
        out += pre + as_segs(msg) + ["\n"]
    return out


def t_transcript_speakers(c):
    ps = [c.person(c.other_loc()) for _ in range(c.r.randint(2, 3))]
    out = []
    for i in range(c.r.randint(2, 4)):
        sp = ps[i % len(ps)]
        other = ps[(i + 1) % len(ps)]
        lab = c.ch("SPEAKER ⟦n⟧:", "⟦n⟧:", "[⟦n⟧]", "⟦n⟧ (" + f"{c.r.randint(0, 59):02d}:{c.r.randint(0, 59):02d}" + "):")
        out += F(lab, n=c.P(sp, c.ch("given", "full"))) + [" "]
        out += c.ch(
            F("thanks ⟦o⟧, so the ⟦op⟧ is fixed?", o=c.P(other, "given"), op=c.dOPS()),
            F("yeah, I'll send the numbers to ⟦o⟧ after this.", o=c.P(other, "given")),
            F("quick update, I'm starting ⟦h⟧ next week so I'll be slower.", h=c.H(kind="proc")),
            F("let's ship ⟦v⟧ on ⟦d⟧.", v=c.dVER(), d=c.dDATE()),
            F("can everyone hear me? ⟦o⟧, you're on mute.", o=c.P(other, "given")),
        )
        out.append("\n")
    return out


# --- Tickets -------------------------------------------------------------------

def t_ticket(c):
    p = c.person()
    agent = c.person(c.other_loc())
    body = c.ch(
        F("Customer says the parcel went to the old address. New address: ⟦a⟧. Contact: ⟦ph⟧.", a=c.A(), ph=c.PH()),
        F("Caller verified with DOB ⟦d⟧ and last four of card. Wants refund of ⟦p⟧ for ⟦o⟧.", d=c.DOB(), p=c.dPRICE(), o=c.dORD()),
        F("Customer pasted full card ⟦cc⟧ in chat, please redact. Issue: double charge.", cc=c.CC()),
        F("User can't log in; says password is ⟦pw⟧ and it worked yesterday. Locked after 5 tries.", pw=c.PW()),
        F("Needs wheelchair access, mentions ⟦h⟧. Seat near exit requested.", h=c.H(kind="cond")),
    )
    hdr = c.ch(
        F("Ticket #⟦n⟧ | Requester: ⟦r⟧ <⟦e⟧> | Priority: High\nAssignee: ⟦ag⟧\n\n", n=c.dNUM(), r=c.P(p), e=c.EM(p), ag=c.P(agent)),
        F("[⟦n⟧] ⟦r⟧ — ", n=c.dORD(), r=c.P(p, "last_first")),
        F("Case ⟦n⟧\nCustomer: ⟦r⟧\nOwner: ⟦ag⟧\n---\n", n=c.dNUM(), r=c.P(p), ag=c.P(agent, "initials")),
    )
    return hdr + pad(c, body, (0, 2))


def t_jira(c):
    a, rep = c.person(c.other_loc()), c.person(c.other_loc())
    cust = c.person()
    obj = {"key": f"{c.ch('OPS', 'SUP', 'CS', 'PLAT')}-{c.r.randint(100, 9999)}",
           "fields": {"summary": S(c.ch("Customer data leak in ", "Fix ", "Investigate "), c.dOPS(), " on ", c.dPN("tech")),
                      "assignee": {"displayName": c.P(a), "emailAddress": c.EM(a, True)},
                      "reporter": {"displayName": c.P(rep, c.ch("full", "upper")), "accountId": d_hex(c.r, "sha12")},
                      "description": S(c.ch("Customer ", "Affected user: "), c.P(cust), " (", c.EM(cust), ") reported it from ", c.IP(), " on ", c.dDATE(), ".")},
           "fixVersions": [{"name": c.dVER()}]}
    return jdump(obj, indent=c.ch(None, 2))


def t_github_comment(c):
    ps = [c.person(c.other_loc()) for _ in range(2)]
    cust = c.person()
    out = F("@⟦a⟧ thanks for the report! Repro with ⟦v⟧:\n\n```\n", a=c.P(ps[0], "handle"), v=c.dVER())
    out += c.ch(
        F('curl -X POST /api/users -d \'{"name": "⟦n⟧", "phone": "⟦ph⟧"}\'', n=c.P(cust), ph=c.PH()),
        F("ValidationError: date_of_birth '⟦d⟧' for user '⟦n⟧' is in the future", d=c.DOB("en"), n=c.P(cust)),
        F("psql postgresql://app:⟦pw⟧@⟦ip⟧:5432/prod", pw=c.PWu("random"), ip=c.IP(False)),
    )
    out += F("\n```\n\n/cc @⟦b⟧ — see ⟦f⟧ (⟦h⟧)", b=c.P(ps[1], c.ch("given", "handle")), f=c.dPATH(), h=c.dHEX("sha7"))
    return out


# --- Logs ------------------------------------------------------------------------

ODD_KEYS_P = ["assignee", "patient", "beneficiary", "holder", "contact_person", "nok", "requester", "approver", "owner_name", "cust", "pic", "guarantor", "driver", "recipient_name", "emergency_contact", "signee", "passenger"]


def t_logfmt(c):
    out = []
    for i in range(c.r.randint(2, 5)):
        if c.chance(0.55):
            p = c.person()
            k = c.r.choice(ODD_KEYS_P)
            extra = c.ch(
                F(' email=⟦e⟧', e=c.EM(p)), F(' ip=⟦i⟧', i=c.IP()), F(' phone="⟦ph⟧"', ph=c.PH()),
                F(' dob=⟦d⟧', d=E("DATE_OF_BIRTH", c.ch(rand_dob(c.r).isoformat(), rand_dob(c.r).strftime("%m/%d/%Y"), rand_dob(c.r).strftime("%Y%m%d")))), F(' client_ip=⟦i⟧', i=c.IP()),
            )
            out += F('ts=⟦t⟧ level=⟦l⟧ msg="⟦m⟧" ⟦k⟧="⟦n⟧"', t=c.dTS(), l=c.ch("info", "warn", "error"), m=c.ch("record updated", "login failed", "export started", "payment declined", "webhook sent"), k=k, n=c.P(p, c.ch("full", "full", "upper", "last_first"))) + extra
        else:
            out += filler_log(c, "logfmt")
        out.append("\n")
    return out


def t_jsonlog(c):
    out = []
    for i in range(c.r.randint(2, 4)):
        if c.chance(0.6):
            p = c.person()
            k = c.r.choice(ODD_KEYS_P)
            obj = {"ts": c.dTS(), "level": c.ch("INFO", "WARN", "ERROR"), "logger": c.ch("api.users", "billing", "clinic.intake", "auth"), "msg": c.ch("updated", "created", "validation failed", "sent")}
            obj[k] = c.P(p, c.ch("full", "upper", "last_first"))
            extra = c.ch("phone", "dob", "addr", "ip", "pw", "health", "email")
            if extra == "phone":
                obj[c.ch("phone", "tel", "msisdn", "mobile_no")] = c.PH()
            elif extra == "dob":
                obj[c.ch("dob", "birthdate", "date_of_birth", "bday")] = c.DOB("en")
            elif extra == "addr":
                obj[c.ch("address", "addr", "shipping_to", "home")] = c.A()
            elif extra == "ip":
                obj[c.ch("remote_addr", "ip", "x_forwarded_for")] = c.IP()
            elif extra == "pw":
                obj["request_body"] = S("user=", c.EM(p), "&password=", c.PW())
            elif extra == "health":
                obj[c.ch("diagnosis", "reason", "notes")] = c.H()
            else:
                obj["email"] = c.EM(p)
            out += jdump(obj, compact=c.chance(0.5), ascii_=c.chance(0.1))
        else:
            out += filler_log(c, "json")
        out.append("\n")
    return out


def t_pytrace(c):
    p = c.person()
    rec = {"name": c.P(p), "dob": c.DOB("en"), "phone": c.PH()}
    recs = "{" + ", ".join(f"'{k}': '{plain([v])}'" for k, v in rec.items()) + "}"
    segs = ["{'name': '", rec["name"], "', 'dob': '", rec["dob"], "', 'phone': '", rec["phone"], "'}"]
    assert plain(segs) == recs
    out = F("Traceback (most recent call last):\n  File \"⟦f⟧\", line " + str(c.r.randint(10, 400)) + ", in handle\n    save(record)\n  File \"/app/intake/store.py\", line " + str(c.r.randint(10, 400)) + ", in save\n    raise ValidationError(f\"bad record {record!r}\")\nintake.errors.ValidationError: bad record ", f=Dc("FILE_PATH", c.ch("/app/intake/handlers.py", "src/handlers/patient_intake.py", "/usr/local/lib/python3.11/site-packages/requests/adapters.py", "/srv/app/api/views.py"))) + segs
    return pad(c, out, (0, 1), "plain", "\n")


def t_javatrace(c):
    p = c.person()
    exc = c.ch(
        F("com.acme.billing.InvalidIbanException: IBAN '⟦ib⟧' rejected for account holder '⟦n⟧'", ib=c.IB(c.ch("de", "fr", "nl", "it", "es", "gb", "pl", "ro")), n=c.P(p)),
        F("java.lang.IllegalArgumentException: Cannot parse phone number \"⟦ph⟧\" (contact=⟦n⟧)", ph=c.PH(), n=c.P(p)),
        F("org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"svc_reports\" (password=⟦pw⟧)", pw=c.PW()),
        F("com.clinic.RecordConflict: patient ⟦n⟧ born ⟦d⟧ already exists", n=c.P(p, "upper_last_first"), d=c.DOB("en")),
    )
    frames = "".join(f"\n\tat com.acme.{c.ch('billing', 'crm', 'intake')}.{c.ch('Service', 'Handler', 'Repo')}.{c.ch('save', 'validate', 'parse')}({c.ch('Service', 'Handler', 'Repo')}.java:{c.r.randint(20, 900)})" for _ in range(c.r.randint(2, 4)))
    return F("⟦t⟧ ERROR [http-nio-8080-exec-" + str(c.r.randint(1, 20)) + "] ", t=c.dTS()) + exc + [frames]


def t_access_log(c):
    out = []
    for _ in range(c.r.randint(2, 5)):
        path = c.ch("/api/v2/orders", "/login", "/static/app.js", "/healthz", "/api/users/me", "/checkout")
        pth = Dc("OPS_TERM", path) if path == "/healthz" else path
        out += [c.IP(), ' - - [', Dc("DATE", f"{c.r.randint(1, 28):02d}/{c.ch('Jan', 'Mar', 'Jul', 'Oct')}/{c.r.randint(2023, 2025)}:{c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}:{c.r.randint(0, 59):02d} +0000"),
                f'] "{c.ch("GET", "POST")} ', pth, f' HTTP/1.1" {c.ch(200, 200, 302, 404, 500)} {c.r.randint(100, 90000)} "-" "{c.ch("Mozilla/5.0", "curl/8.4.0", "okhttp/4.12.0")}"\n']
    return out


def t_audit_bad(c):
    p = c.person()
    out = c.ch(
        F("⟦t⟧ AUDIT user=⟦e⟧ action=password_change old=⟦a⟧ new=⟦b⟧", t=c.dTS(), e=c.EM(p, True), a=c.PW(), b=c.PW()),
        F("⟦t⟧ DEBUG login attempt username=⟦e⟧ password=⟦a⟧ from ⟦ip⟧", t=c.dTS(), e=c.EM(p), a=c.PW(), ip=c.IP()),
        F("⟦t⟧ WARN sms gateway: delivery failed to ⟦ph⟧ (⟦n⟧)", t=c.dTS(), ph=c.PH(), n=c.P(p)),
        F("⟦t⟧ INFO kyc: matched ⟦n⟧ dob=⟦d⟧ ssn=⟦s⟧", t=c.dTS(), n=c.P(p, "upper"), d=c.DOB("en"), s=c.SSN()),
    )
    return pad(c, out, (1, 3), "plain", "\n")


# --- Data formats ------------------------------------------------------------------

def csv_field(seg, delim=","):
    v = seg[1] if isinstance(seg, tuple) else seg
    if any(ch in v for ch in (delim, '"', "\n")):
        if isinstance(seg, tuple):
            return ['"', (seg[0], v.replace('"', '""'), seg[2]), '"']
        return ['"' + v.replace('"', '""') + '"']
    return [seg]


def t_csv(c):
    delim = c.ch(",", ",", ";", "\t", "|")
    cols = c.r.sample(["name", "dob", "phone", "email", "address", "notes", "id", "amount"], c.r.randint(3, 6))
    if "name" not in cols:
        cols[0] = "name"
    hdr_names = {"name": c.ch("name", "full_name", "Name", "NAME", "customer"), "dob": c.ch("dob", "birth_date", "DOB", "geb_datum"),
                 "phone": c.ch("phone", "tel", "Mobile", "msisdn"), "email": c.ch("email", "e-mail", "Email"), "address": c.ch("address", "street_address", "Adresse"),
                 "notes": c.ch("notes", "remarks", "comment"), "id": c.ch("id", "customer_id", "ref"), "amount": c.ch("amount", "total", "balance")}
    out = [delim.join(hdr_names[k] for k in cols), "\n"]
    upper = c.chance(0.25)
    for _ in range(c.r.randint(2, 5)):
        loc = c.ch(c.loc, c.other_loc())
        cc = C(c.r, loc)
        p = cc.person()
        row = []
        for k in cols:
            v = {"name": lambda: cc.P(p, "upper" if upper else c.ch("full", "full", "last_first")), "dob": lambda: cc.DOB(c.ch("en", cc.lang)),
                 "phone": lambda: cc.PH(), "email": lambda: cc.EM(p), "address": lambda: cc.A(),
                 "notes": lambda: c.ch(cc.H(), "", "VIP", cc.dOPS(), "call after 5pm"), "id": lambda: cc.pid(), "amount": lambda: cc.dPRICE()}[k]()
            row.append(csv_field(v, delim) if v else [""])
        for i, f in enumerate(row):
            out += ([delim] if i else []) + f
        out.append("\n")
    return out


def t_tsv_hr(c):
    out = ["emp_id\tname\tnok\tnok_relation\tnok_phone\tstart_date\n"]
    for _ in range(c.r.randint(2, 4)):
        cc = C(c.r, c.ch(c.loc, c.other_loc()))
        p, k = cc.person(), cc.person()
        out += [cc.pid(), "\t", cc.P(p), "\t", cc.P(k), "\t", c.ch("spouse", "mother", "father", "partner", "sister", "brother"), "\t", cc.PH(), "\t", cc.dDATE(), "\n"]
    return out


def t_sql(c):
    out = []
    tbl = c.ch("customers", "patients", "users", "contacts", "tenants")
    for _ in range(c.r.randint(1, 3)):
        p = c.person()
        cols, vals = ["id", "full_name"], [N(c.pid()), c.P(p, c.ch("full", "last_first"))]
        extra = c.r.sample(["dob", "phone", "address", "email", "password", "diagnosis"], c.r.randint(2, 3))
        for e in extra:
            cols.append({"dob": "date_of_birth", "phone": "phone", "address": "address", "email": "email", "password": "password_plain", "diagnosis": "diagnosis"}[e])
            vals.append({"dob": lambda: E("DATE_OF_BIRTH", rand_dob(c.r).isoformat()), "phone": lambda: c.PH(), "address": lambda: c.A(), "email": lambda: c.EM(p),
                         "password": lambda: c.PW(), "diagnosis": lambda: c.H()}[e]())
        out += [f"INSERT INTO {tbl} ({', '.join(cols)}) VALUES ("]
        for i, v in enumerate(vals):
            if i:
                out.append(", ")
            if isinstance(v, N):
                out += v.segs
            else:
                out += ["'"] + esc_sql([v]) + ["'"]
        out.append(");\n")
    if c.chance(0.4):
        out += [f"-- migrated from {plain([c.dPATH()])} on ", c.dDATE(), "\n"]
    return out


def t_yaml(c):
    p = c.person()
    out = c.ch(
        F("service: billing-api\nversion: ⟦v⟧\nowner:\n  name: ⟦n⟧\n  email: ⟦e⟧\n  phone: \"⟦ph⟧\"\ndatabase:\n  host: ⟦ip⟧\n  user: billing_rw\n  password: \"⟦pw⟧\"\n",
          v=c.dVER(), n=c.P(p), e=c.EM(p, True), ph=c.PH(), ip=c.IP(False), pw=c.PW("random")),
        F("apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-creds\n  annotations:\n    contact_person: ⟦n⟧\nstringData:\n  SMTP_USER: ⟦e⟧\n  SMTP_PASSWORD: ⟦pw⟧\n",
          n=c.P(p), e=c.EM(p, True), pw=c.PW()),
        F("# on-call rota\nprimary:\n  name: ⟦n⟧\n  mobile: ⟦ph⟧\nsecondary:\n  name: ⟦m⟧\n  mobile: ⟦ph2⟧\nescalation_after: 15m\n",
          n=c.P(p), ph=c.PH(), m=c.P(c.person(c.other_loc())), ph2=c.PH()),
        F("patient:\n  family: ⟦f⟧\n  given: ⟦g⟧\n  birthDate: ⟦d⟧\n  conditions:\n    - ⟦h⟧\n  address: |\n    ⟦a⟧\n",
          f=c.P(p, "family"), g=E("PERSON", p.given), d=E("DATE_OF_BIRTH", rand_dob(c.r).isoformat()), h=c.H(kind="cond"), a=E("ADDRESS", address(c.r, c.loc, True).replace("\n", "\n    "))),
    )
    return out


def t_env(c):
    p = c.person()
    lines = [F("APP_ENV=production\nAPP_VERSION=⟦v⟧\n", v=c.dVER())]
    lines.append(F(c.ch("DB_PASSWORD=⟦pw⟧\n", "POSTGRES_PASSWORD='⟦pw⟧'\n", "MYSQL_ROOT_PASSWORD=\"⟦pw⟧\"\n", "REDIS_PASS=⟦pw⟧\n"), pw=c.PW(c.ch("random", "base", "leet"))))
    if c.chance(0.5):
        lines.append(F(c.ch("SMTP_PASSWORD=⟦pw⟧\n", "ADMIN_INITIAL_PASSWORD=⟦pw⟧\n", "KEYSTORE_PASS=⟦pw⟧\n", "RABBITMQ_DEFAULT_PASS=⟦pw⟧\n"), pw=c.PW()))
    if c.chance(0.6):
        lines.append(F("ADMIN_EMAIL=⟦e⟧\n", e=c.EM(p, True)))
    if c.chance(0.5):
        lines.append(F("DATABASE_URL=postgres://app:⟦pw⟧@⟦h⟧:5432/main\n", pw=c.PWu("random"), h=c.ch(c.IP(False), "db.internal")))
    if c.chance(0.4):
        lines.append(F("# ask ⟦n⟧ before rotating\n", n=c.P(p, c.ch("given", "full"))))
    lines.append(F("SENTRY_RELEASE=⟦h⟧\nLOG_PATH=⟦f⟧\n", h=c.dHEX("sha40"), f=c.dPATH()))
    c.r.shuffle(lines)
    return [x for l in lines for x in l]


def t_toml_ini(c):
    p = c.person()
    return c.ch(
        F("[owner]\nname = \"⟦n⟧\"\nemail = \"⟦e⟧\"\n\n[database]\nserver = \"⟦ip⟧\"\nport = 5432\npassword = \"⟦pw⟧\"\n\n[package]\nversion = \"⟦v⟧\"\n",
          n=c.P(p), e=c.EM(p, True), ip=c.IP(False), pw=c.PW(), v=c.dVER()),
        F("[smtp]\nhost=mail.internal\nuser=⟦e⟧\npasswd=⟦pw⟧\n\n[contact]\nresponsible=⟦n⟧\ntel=⟦ph⟧\n", e=c.EM(p, True), pw=c.PW(), n=c.P(p), ph=c.PH()),
    )


def t_connstr(c):
    kind = c.ch("random", "base", "leet")
    pw = c.PW(kind)
    pwu = c.PWu(kind)
    return c.ch(
        F('engine = create_engine("postgresql+psycopg://report_user:⟦pw⟧@⟦ip⟧:5432/analytics")', pw=pwu, ip=c.IP(False)),
        F("mongodb+srv://svc-ingest:⟦pw⟧@cluster0.x7k2p.mongodb.net/events?retryWrites=true", pw=pwu),
        F("redis://:⟦pw⟧@⟦ip⟧:6379/0", pw=pwu, ip=c.IP(False)),
        F("jdbc:sqlserver://⟦ip⟧:1433;databaseName=crm;user=crm_app;password=⟦pw⟧;encrypt=true", ip=c.IP(False), pw=pw),
        F("Server=tcp:sql-prod.internal,1433;Initial Catalog=hr;User ID=hr_ro;Pwd=⟦pw⟧;", pw=pw),
        F("amqp://guest:⟦pw⟧@rabbit.internal:5672/%2f", pw=pwu),
        F("$ mysql -h ⟦ip⟧ -u root -p'⟦pw⟧' crm < dump.sql", ip=c.IP(False), pw=pw),
        F("$ curl -u 'admin:⟦pw⟧' https://grafana.internal/api/dashboards", pw=pw),
        F("$ sshpass -p '⟦pw⟧' ssh deploy@⟦ip⟧", pw=pw, ip=c.IP()),
    ) + (["\n"] + filler_log(c) if c.chance(0.5) else [])


def t_compose(c):
    p = c.person()
    return F("services:\n  db:\n    image: postgres:⟦v⟧\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ⟦pw⟧\n    labels:\n      maintainer: \"⟦n⟧ <⟦e⟧>\"\n  web:\n    image: registry.local/web@sha256:⟦h⟧\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080⟦hz⟧\"]\n",
             v=c.dVER(), pw=c.PW(), n=c.P(p), e=c.EM(p, True), h=c.dHEX("sha64"), hz=Dc("OPS_TERM", "/healthz"))


def t_vcard(c):
    p = c.person()
    lines = address_lines(c.r, c.loc)
    adr = ";".join(["", ""] + [l.rstrip(",") for l in lines[:3]])
    out = ["BEGIN:VCARD\nVERSION:3.0\nN:", E("PERSON", f"{p.family};{p.given};;;"[:len(p.family) + 1 + len(p.given)]) if p.family else c.P(p), ";;;\nFN:", c.P(p), "\n"]
    out += ["TEL;TYPE=CELL:", c.PH(), "\n"]
    if c.chance(0.6):
        out += ["TEL;TYPE=WORK:", c.PH(ext=True), "\n"]
    out += ["EMAIL:", c.EM(p), "\n", "ADR;TYPE=HOME:", E("ADDRESS", adr.strip(";")), "\n"]
    if c.chance(0.6):
        d = rand_dob(c.r)
        out += ["BDAY:", E("DATE_OF_BIRTH", c.ch(d.isoformat(), d.strftime("%Y%m%d"))), "\n"]
    out += ["ORG:", c.dPN(c.ch("fin", "brand")), "\nEND:VCARD"]
    return out


def t_pwmanager(c):
    out = ["name,url,username,password,note\n"]
    for _ in range(c.r.randint(2, 4)):
        p = c.person()
        site = c.ch("Netflix", "Gmail", "Bank", "Router", "Amazon", "Work VPN", "Steam", "Insurance portal")
        out += [site, ",https://", c.ch("login.streaming.example", "accounts.mail.example", "router.local", "portal.bank.example"), ",", c.EM(p), ","]
        out += csv_field(E("PASSWORD", password(c.r, c.ch("random", "base", "leet", "phrase"))))
        out += [",", c.ch("", "", "family account", "shared with mum"), "\n"]
    return out


def t_autofill(c):
    p = c.person()
    obj = {"profiles": [{"guid": c.dHEX("uuid"), "full_name": c.P(p), "street_address": c.A(), "tel": c.PH(), "email": c.EM(p), "use_count": c.r.randint(1, 40)}],
           "credit_cards": [{"name_on_card": c.P(p, "upper"), "number": c.CC(), "exp": Dc("DATE", f"{c.r.randint(1, 12):02d}/{c.r.randint(2025, 2031)}")}] if c.chance(0.6) else []}
    return jdump(obj, indent=2, ascii_=c.chance(0.15))


def t_markdown_table(c):
    kind = c.ch("oncall", "patients", "guests")
    if kind == "oncall":
        out = ["| Week | Engineer | Phone |\n|---|---|---|\n"]
        for _ in range(c.r.randint(2, 4)):
            cc = C(c.r, c.other_loc())
            q = cc.person()
            out += ["| ", cc.dDATE(), " | ", cc.P(q, c.ch("full", "given", "initials") if not q.native and q.family else "full"), " | ", cc.PH(), " |\n"]
    elif kind == "patients":
        out = ["| Patient | DOB | Condition | Medication |\n|---|---|---|---|\n"]
        for _ in range(c.r.randint(2, 4)):
            cc = C(c.r, c.other_loc())
            out += ["| ", cc.P(cc.person(), "last_first"), " | ", cc.DOB("en"), " | ", cc.H(kind="cond"), " | ", cc.H(kind="med"), " |\n"]
    else:
        out = ["| Guest | Room | Wi-Fi password |\n|:--|:--:|:--|\n"]
        for _ in range(c.r.randint(2, 4)):
            cc = C(c.r, c.other_loc())
            out += ["| ", cc.P(cc.person()), f" | {c.r.randint(101, 450)} | `", cc.PW(c.ch("wifi", "random", "phrase")), "` |\n"]
    return out


def t_html_form(c):
    p = c.person()
    lab = L(c)
    fields = [("name", lab["name"], c.P(p)), ("dob", lab["dob"], E("DATE_OF_BIRTH", rand_dob(c.r).isoformat())), ("addr", lab["addr"], c.A()), ("tel", lab["phone"], c.PH())]
    if c.chance(0.4):
        fields.append(("pw", lab["pw"], c.PW()))
    out = ['<form action="/signup" method="post">\n']
    for key, label, v in fields:
        typ = {"name": "text", "dob": "date", "addr": "text", "tel": "tel", "pw": "password"}[key]
        out += [f'  <label for="{key}">{label}</label>\n  <input type="{typ}" id="{key}" name="{key}" value="'] + esc_html([v]) + ['">\n']
    out += ['  <button type="submit">OK</button>\n</form>']
    if c.chance(0.4):
        out = [f'<!-- build {plain([c.dHEX("sha7")])} -->\n'] + out
    return out


def t_xml_fhir(c):
    p = c.person()
    if c.chance(0.5):
        obj = {"resourceType": "Patient", "id": c.dHEX("uuid"),
               "name": [{"family": c.P(p, "family"), "given": [E("PERSON", g) for g in p.given.split(" ")] if not p.native else [E("PERSON", p.given)]}],
               "telecom": [{"system": "phone", "value": c.PH(), "use": "mobile"}],
               "birthDate": E("DATE_OF_BIRTH", rand_dob(c.r).isoformat()),
               "address": [{"text": c.A()}],
               "meta": {"versionId": "3", "lastUpdated": c.dTS()}}
        if not p.family:
            obj["name"] = [{"text": c.P(p)}]
        return jdump(obj, indent=2)
    return F("<patient>\n  <name>⟦n⟧</name>\n  <birthDate>⟦d⟧</birthDate>\n  <address>⟦a⟧</address>\n  <condition code=\"E11\">⟦h⟧</condition>\n</patient>",
             n=esc_html([c.P(p)]), d=E("DATE_OF_BIRTH", rand_dob(c.r).isoformat()), a=esc_html([c.A()]), h=c.H(kind="cond"))


def t_hl7(c):
    p = c.latin_person()
    d = rand_dob(c.r)
    lines = address_lines(c.r, c.loc)
    adr = "^^".join(l.rstrip(",") for l in lines[:2])
    ph = phone(c.r, c.loc)
    fam = ascii_fold(p.family or p.given).upper()
    giv = ascii_fold(p.given).upper()
    return F("MSH|^~\\&|EPIC|HOSP|LAB|HOSP|⟦ts⟧||ADT^A04|⟦n⟧|P|2.5\nPID|1||⟦mrn⟧^^^HOSP^MR||⟦name⟧||⟦dob⟧|⟦sex⟧|||⟦a⟧||⟦ph⟧\nDG1|1||E11.9^⟦h⟧^I10",
             ts=Dc("DATE", "".join(ch for ch in d_ts(c.r) if ch.isdigit())[:14]), n=c.dNUM(), mrn=c.pid(), name=E("PERSON", f"{fam}^{giv}"),
             dob=E("DATE_OF_BIRTH", d.strftime("%Y%m%d")), sex=p.gender.upper(), a=E("ADDRESS", adr), ph=E("PHONE", ph), h=c.H(kind="cond"))


# --- Code -------------------------------------------------------------------------

def t_commit(c):
    a, b = c.person(c.other_loc()), c.person(c.other_loc())
    subj = c.ch("fix(auth): reject expired tokens", "feat: add address autocomplete", "chore(deps): bump ⟦t⟧ to ⟦v⟧", "perf: avoid ⟦o⟧ on startup")
    out = F(subj, t=c.dPN("tech"), v=c.dVER(), o=c.dOPS()) + ["\n\n", c.ch("The old code path ignored the timezone.", "Reported in support.", "Follow-up to the incident review.")]
    trailers = c.r.sample(["sob", "coauth", "rep", "rev"], c.r.randint(1, 3))
    out.append("\n")
    for t in trailers:
        q = c.r.choice([a, b])
        key = {"sob": "Signed-off-by", "coauth": "Co-authored-by", "rep": "Reported-by", "rev": "Reviewed-by"}[t]
        out += [f"\n{key}: ", c.P(q), " <", c.EM(q, True), ">"]
    if c.chance(0.5):
        out = F("commit ⟦h⟧\nAuthor: ⟦n⟧ <⟦e⟧>\nDate:   ⟦d⟧\n\n    ", h=c.dHEX("sha40"), n=c.P(a), e=c.EM(a, True), d=c.dDATE()) + out
    return out


def t_code_comments(c):
    p, q = c.person(c.other_loc()), c.person(c.other_loc())
    lang = c.ch("py", "js", "go", "rs")
    cm = {"py": "#", "js": "//", "go": "//", "rs": "//"}[lang]
    out = F(f"{cm} TODO(⟦a⟧): remove once ⟦t⟧ ⟦v⟧ ships\n", a=c.P(p, c.ch("given_lower", "handle")), t=c.dPN("tech"), v=c.dVER())
    out += F(f"{cm} per ⟦b⟧'s review, keep the retry loop\n", b=c.P(q, c.ch("given", "full")))
    if lang == "py":
        out += F('TEST_USER = {"name": "⟦n⟧", "email": "⟦e⟧", "password": "⟦pw⟧"}\n', n=c.P(c.person()), e=c.EM(p), pw=c.PW())
    elif lang == "js":
        out += F("const seed = { fullName: '⟦n⟧', phone: '⟦ph⟧', dob: '⟦d⟧' };\n", n=c.P(c.person()), ph=c.PH(), d=E("DATE_OF_BIRTH", rand_dob(c.r).isoformat()))
    elif lang == "go":
        out += F('\tdsn := "host=⟦ip⟧ user=etl password=⟦pw⟧ dbname=dw sslmode=require"\n', ip=c.IP(False), pw=c.PW("random"))
    else:
        out += F('    let owner = Owner { name: "⟦n⟧".into(), address: "⟦a⟧".into() };\n', n=c.P(c.person()), a=esc_json([c.A()]))
    out += F(f"{cm} see ⟦f⟧\n", f=c.dPATH())
    return out


# --- Documents ---------------------------------------------------------------------

def hard_wrap(segs, width, r, hyphenate=False):
    """Hard-wrap plain text at ~width chars (newlines only in plain segments or inside
    spaces of labelled values, like a PDF text extraction)."""
    out = []
    col = 0
    for k, v, t in as_segs(segs):
        buf = []
        i = 0
        while i < len(v):
            ch = v[i]
            if ch == "\n":
                col = 0
                buf.append(ch)
            elif ch == " " and col >= width:
                buf.append("\n")
                col = 0
            else:
                if hyphenate and k == "t" and col >= width + 6 and ch.isalpha() and i + 2 < len(v) and v[i + 1].isalpha() and v[i - 1].isalpha():
                    buf.append("-\n")
                    col = 0
                buf.append(ch)
                col += 1
            i += 1
        s = "".join(buf)
        if k != "t":
            s = s.strip()
        out.append((k, s, t))
    return out


def t_ocr_id(c):
    p = c.person(native=False)
    d = rand_dob(c.r)
    out = F("⟦hdr⟧\nSURNAME / NOM: ⟦f⟧\nGIVEN NAMES / PRÉNOMS: ⟦g⟧\nDATE OF BIRTH: ⟦d⟧\nSEX: ⟦s⟧   NATIONALITY: ⟦nat⟧\nDATE OF ISSUE: ⟦i⟧\n",
            hdr=c.ch("PASSPORT  PASSEPORT", "RESIDENCE PERMIT", "NATIONAL IDENTITY CARD", "DRIVING LICENCE"),
            f=E("PERSON", ascii_fold(p.family or p.given).upper()), g=E("PERSON", ascii_fold(p.given).upper()),
            d=E("DATE_OF_BIRTH", c.ch(d.strftime("%d %b %Y").upper(), d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y"))),
            s=p.gender.upper(), nat=c.ch("NGA", "GHA", "IND", "PHL", "DEU", "FRA", "BRA", "UKR", "POL", "TUR"), i=Dc("DATE", d_date(c.r)))
    if c.chance(0.5):
        out += F("ADDRESS: ⟦a⟧\n", a=E("ADDRESS", address(c.r, c.loc).upper()))
    if c.chance(0.4):
        out = [c.ch("0CR text (page 1):\n", "scan_0042.pdf - extracted:\n", "")] + out
    return out


def t_pdf_discharge(c):
    lang = c.ch("en", "en", "en", "de", "fr", "es", "it", "pt")
    c.set_lang(lang)
    p = c.person()
    doc = c.person()
    H1, H2 = c.H(lang, "cond"), c.H(lang, "med")
    T = {
        "en": "DISCHARGE SUMMARY\nPatient: ⟦n⟧    DOB: ⟦d⟧\nAdmitted with ⟦h1⟧ and treated conservatively. The patient responded well and was discharged on ⟦dd⟧ with ⟦h2⟧. Follow-up with Dr ⟦doc⟧ in six weeks. Address on file: ⟦a⟧.",
        "de": "ENTLASSUNGSBRIEF\nPatient/in: ⟦n⟧, geb. ⟦d⟧\nAufnahme wegen ⟦h1⟧. Unter Therapie mit ⟦h2⟧ deutliche Besserung, Entlassung am ⟦dd⟧. Wiedervorstellung bei Dr. ⟦doc⟧. Anschrift: ⟦a⟧.",
        "fr": "COMPTE RENDU D'HOSPITALISATION\nPatient(e) : ⟦n⟧, né(e) le ⟦d⟧\nHospitalisé(e) pour ⟦h1⟧. Sortie le ⟦dd⟧ sous ⟦h2⟧. Contrôle chez le Dr ⟦doc⟧. Adresse : ⟦a⟧.",
        "es": "INFORME DE ALTA\nPaciente: ⟦n⟧, fecha de nacimiento ⟦d⟧\nIngresa por ⟦h1⟧. Alta el ⟦dd⟧ con ⟦h2⟧. Control con la Dra. ⟦doc⟧. Domicilio: ⟦a⟧.",
        "it": "LETTERA DI DIMISSIONE\nPaziente: ⟦n⟧, nato/a il ⟦d⟧\nRicoverato/a per ⟦h1⟧. Dimesso/a il ⟦dd⟧ in terapia con ⟦h2⟧. Controllo dal Dott. ⟦doc⟧. Residenza: ⟦a⟧.",
        "pt": "RESUMO DE ALTA\nPaciente: ⟦n⟧, nascido(a) em ⟦d⟧\nInternado(a) por ⟦h1⟧. Alta em ⟦dd⟧ com ⟦h2⟧. Retorno com a Dra. ⟦doc⟧. Endereço: ⟦a⟧.",
    }[lang]
    segs = F(T, n=c.P(p, c.ch("full", "last_first", "upper_last_first")), d=c.DOB(lang), h1=H1, h2=H2, dd=c.dDATE(lang), doc=c.P(doc, "family"), a=c.A())
    return hard_wrap(segs, c.r.randint(55, 80), c.r, hyphenate=c.chance(0.4))


def t_pdf_lease(c):
    a, b = c.person(), c.person()
    segs = F("RESIDENTIAL TENANCY AGREEMENT\n\nThis agreement is made on ⟦d⟧ between ⟦l⟧ (the \"Landlord\") and ⟦t⟧ (the \"Tenant\"), date of birth ⟦dob⟧, for the premises at ⟦addr⟧. Rent of ⟦pr⟧ is payable monthly to IBAN ⟦ib⟧. The Tenant may be contacted on ⟦ph⟧.",
             d=c.dDATE(), l=c.P(a), t=c.P(b), dob=c.DOB("en"), addr=c.A(), pr=c.dPRICE(), ib=c.IB(c.ch("de", "gb", "ie", "nl", "fr", "es", "pt", "it")), ph=c.PH())
    return hard_wrap(segs, c.r.randint(60, 78), c.r, hyphenate=c.chance(0.3))


def t_pnr(c):
    ps = [c.person(native=False) for _ in range(c.r.randint(1, 3))]
    out = F("BOOKING REF ⟦o⟧\n", o=Dc("ORDER_ID", "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    for i, p in enumerate(ps):
        out += [f" {i + 1}.", E("PERSON", p.render("pnr")), " " + (c.ch("MR", "MSTR") if p.gender == "m" else c.ch("MRS", "MS", "MISS")) + "\n"]
    out += F(" 1 ⟦fl⟧ Y ⟦d⟧ LOSLHR HK1 2155 1510+1\nTOTAL ⟦pr⟧\nCTCM ⟦ph⟧\nCTCE ⟦e⟧\n",
             fl=c.ch("BA282", "LH455", "EK215", "QR739", "AF083", "ET501"), d=Dc("DATE", f"{c.r.randint(1, 28):02d}{c.ch('JAN', 'MAR', 'JUN', 'SEP', 'NOV')}"), pr=c.dPRICE(),
             ph=E("PHONE", phone(c.r, c.loc).replace(" ", "")), e=E("EMAIL", email_for(c.r, ps[0]).upper().replace("@", "//")))
    return out


def t_school(c):
    child, parent = c.person(gender=None), c.person()
    return F("Enrolment form — Year ⟦y⟧\nChild's name: ⟦c⟧\nDate of birth: ⟦d⟧\nParent/guardian: ⟦p⟧\nHome address: ⟦a⟧\nEmergency phone: ⟦ph⟧\nAllergies / medical needs: ⟦h⟧\nPhoto consent: yes",
             y=str(c.r.randint(1, 9)), c=c.P(child), d=c.DOB("en", young=True), p=c.P(parent), a=c.A(), ph=c.PH(), h=E("HEALTH", c.r.choice(D.HEALTH_KID)))


def t_hr_onboarding(c):
    p, k = c.person(), c.person()
    lab = L(c)
    out = F("NEW STARTER\n⟦ln⟧: ⟦f⟧\n⟦lg⟧: ⟦g⟧\n⟦ld⟧: ⟦d⟧\n⟦la⟧: ⟦a⟧\n⟦lp⟧: ⟦ph⟧\nNext of kin: ⟦k⟧ (⟦rel⟧), ⟦kph⟧\nBank: ⟦ib⟧\nStart date: ⟦sd⟧",
            ln=lab["surname"], f=c.P(p, "family"), lg=lab["given"], g=E("PERSON", p.given), ld=lab["dob"], d=c.DOB(), la=lab["addr"], a=c.A(), lp=lab["phone"], ph=c.PH(),
            k=c.P(k), rel=c.ch("spouse", "mother", "partner", "brother"), kph=c.PH(), ib=c.IB(c.loc if c.loc in IBAN_CC else c.ch("de", "fr", "gb", "es", "it", "nl", "pl", "se", "pt")), sd=c.dDATE(c.lang))
    return out


def t_prescription(c):
    lang = c.ch("en", "de", "fr", "es", "it", "pt")
    c.set_lang(lang)
    p, doc = c.person(), c.person()
    return F({"en": "Rx\nPatient: ⟦n⟧\nDOB: ⟦d⟧\n⟦m⟧\nDx: ⟦h⟧\nPrescriber: Dr ⟦doc⟧\nRepeats: 2",
              "de": "Rezept\nName: ⟦n⟧, geb. ⟦d⟧\n⟦m⟧\nDiagnose: ⟦h⟧\nArzt: Dr. med. ⟦doc⟧",
              "fr": "Ordonnance\n⟦n⟧, né(e) le ⟦d⟧\n⟦m⟧\nMotif : ⟦h⟧\nDr ⟦doc⟧",
              "es": "Receta\nPaciente: ⟦n⟧ (⟦d⟧)\n⟦m⟧\nDiagnóstico: ⟦h⟧\nDr. ⟦doc⟧",
              "it": "Ricetta\nPaziente: ⟦n⟧, nato/a il ⟦d⟧\n⟦m⟧\nDiagnosi: ⟦h⟧\nDott. ⟦doc⟧",
              "pt": "Receita\nPaciente: ⟦n⟧ — ⟦d⟧\n⟦m⟧\nDiagnóstico: ⟦h⟧\nDr. ⟦doc⟧"}[lang],
             n=c.P(p, c.ch("full", "last_first")), d=c.DOB(lang), m=c.H(lang, "med"), h=c.H(lang, "cond"), doc=c.P(doc, "family"))


def t_lab(c):
    p = c.person()
    return F("LAB REPORT ⟦n⟧\nName: ⟦p⟧   Sex: ⟦s⟧   DOB: ⟦d⟧\nCollected: ⟦dt⟧\n\nResult: ⟦h⟧\nComment: ⟦h2⟧",
             n=c.pid(), p=c.P(p, "upper_last_first"), s=p.gender.upper(), d=c.DOB("en"), dt=c.dTS(), h=c.H(kind="result"), h2=c.H(kind="cond"))


def t_wire(c):
    c2 = C(c.r, among=list(IBAN_CC))
    p, q = c2.person(), c2.person()
    return c2.loc, F("Payment confirmation\nOrdering customer: ⟦a⟧\nBeneficiary: ⟦b⟧\nBeneficiary IBAN: ⟦ib⟧\nBeneficiary address: ⟦addr⟧\nAmount: ⟦p⟧\nValue date: ⟦d⟧\nReference: ⟦o⟧",
                     a=c2.P(p, c.ch("upper", "full")), b=c2.P(q), ib=c2.IB(), addr=c2.A(), p=c2.dPRICE(), d=c2.dDATE(), o=c2.dORD())


def t_cv(c):
    p = c.person()
    return F("⟦n⟧\n⟦a⟧ · ⟦ph⟧ · ⟦e⟧\n\nEXPERIENCE\n⟦co⟧ — Data Analyst (⟦d1⟧ – present)\n• Built dashboards in ⟦t⟧",
             n=c.P(p, c.ch("full", "upper")), a=c.A(), ph=c.PH(), e=c.EM(p), co=c.dPN("fin"), d1=c.dDATE(), t=c.dPN("tech"))


def t_insurance(c):
    p = c.person()
    return F("CLAIM FORM\nPolicy holder: ⟦n⟧\nPolicy no.: ⟦pol⟧\nDate of birth: ⟦d⟧\nAddress: ⟦a⟧\nDescription of incident: slipped on ⟦dt⟧, resulting in ⟦h⟧. Treated at ⟦pl⟧.\nAmount claimed: ⟦pr⟧",
             n=c.P(p, c.ch("full", "last_first")), pol=c.pid(), d=c.DOB(), a=c.A(), dt=c.dDATE(), h=E("HEALTH", c.r.choice(D.HEALTH_INJURY)), pl=c.dPN("place"), pr=c.dPRICE())


def t_witness(c):
    p, q = c.person(), c.person()
    segs = F("Statement of ⟦n⟧ (⟦dob⟧), of ⟦a⟧. On ⟦d⟧ I saw a grey van hit the cyclist outside the ⟦b⟧ store. I later learned the cyclist was ⟦q⟧. I can be reached on ⟦ph⟧.",
             n=c.P(p), dob=c.DOBc(p, "en"), a=c.A(), d=c.dDATE(), b=c.dPN("brand"), q=c.P(q), ph=c.PH())
    return hard_wrap(segs, c.r.randint(60, 90), c.r) if c.chance(0.5) else segs


# --- Voice / SMS ---------------------------------------------------------------------

def t_voice(c):
    c.loc = c.ch("us", "us", "gb", "ie", "ng", "gh", "ke", "in", "ph", "pk")
    c.lang = "en"
    p = c.latin_person()
    num = phone(c.r, c.loc)
    d = rand_dob(c.r)
    agent = c.latin_person()
    addr_line = address_lines(c.r, c.loc)[0].lower().replace(",", "")
    out = F("agent: thank you for calling this is ⟦ag⟧ how can i help\ncaller: hi yeah my name is ⟦n⟧ i'm calling about my prescription\nagent: can i take your date of birth please\ncaller: it's ⟦d⟧\nagent: and the first line of your address\ncaller: ⟦a⟧\nagent: and a good number to reach you\ncaller: ⟦ph⟧",
            ag=E("PERSON", agent.given.lower()), n=c.P(p, "lower"), d=E("DATE_OF_BIRTH", fmt_date(c.r, d, "en", voice=True)), a=E("ADDRESS", addr_line), ph=E("PHONE", phone_words(c.r, num)))
    if c.chance(0.5):
        out += F("\ncaller: it's for the ⟦m⟧ my gp changed it last week", m=E("HEALTH", health(c.r, "en", "med").lower()))
    return out


def t_voicemail(c):
    p = c.latin_person()
    num = phone(c.r, c.loc)
    return F("Voicemail transcript (⟦t⟧): hi it's ⟦g⟧ from ⟦co⟧ calling for ⟦n⟧ um just about the ⟦why⟧ could you call me back on ⟦ph⟧ thanks bye",
             t=c.dTS(), g=E("PERSON", c.latin_person().given.lower()), co=c.dPN(c.ch("fin", "brand")), n=c.P(p, c.ch("lower", "given_lower")), why=c.ch("quote", "appointment", "delivery", "invoice"),
             ph=E("PHONE", c.ch(phone_words(c.r, num), num)))


def t_sms(c):
    p = c.latin_person()
    return c.ch(
        F("hi its ⟦n⟧, new no. ⟦ph⟧, gate code is ⟦pin⟧ see u sat", n=c.P(p, "given_lower"), ph=c.PH(), pin=c.PW("pin")),
        F("Reminder: ⟦n⟧, your appt at ⟦a⟧ is ⟦d⟧ 9:40. Reply Y to confirm", n=c.P(p, "given"), a=c.A(), d=c.dDATE()),
        F("u ok? heard about the ⟦h⟧ from ⟦m⟧ 💛", h=c.H(kind="cond"), m=c.P(c.latin_person(), "given_lower")),
        F("wifi is ⟦w⟧ / ⟦pw⟧ ", w=c.ch("VM8812", "TALKTALK-4F2", "Livebox-7A21", "FRITZ!Box 7590 QX"), pw=c.PW(c.ch("wifi", "random"))),
        F("dont forget ur mums bday ⟦d⟧ lol", d=E("DATE_OF_BIRTH", fmt_date(c.r, rand_dob(c.r), "en").split(",")[0] if c.chance(0.5) else fmt_date(c.r, rand_dob(c.r), "en"))),
    )


def t_pin_chat(c):
    """PINs and door codes: labelled as PASSWORD (documented rule)."""
    p = c.person()
    return chat(c, [c.ch(
        F("my bank card pin is ⟦p⟧, should I change it? ⟦n⟧ saw me type it", p=c.PW("pin"), n=c.S_(p)),
        F("alarm code for the office is ⟦p⟧, key is with ⟦n⟧", p=c.PW("pin"), n=c.P(p)),
        F("phone passcode ⟦p⟧ if you need to unlock it for ⟦n⟧", p=c.PW("pin"), n=c.S_(p)),
    ), "Please change that code and avoid sharing it in messages."])



# --- Templates weighted toward the hard, non-name types -----------------------------

def t_delivery(c):
    lead = c.ch(
        F("deliver to:\n⟦a⟧\ncall ⟦ph⟧ when outside, door code ⟦pin⟧", a=c.A(multiline=True), ph=c.PH(), pin=E("PASSWORD", password(c.r, "pin") + c.ch("#", "", "*"))),
        F("Delivery instructions: leave at ⟦a⟧ (side gate). If no answer ring ⟦ph⟧.", a=c.A(), ph=c.PH()),
        F("ship it to ⟦a⟧ pls, not the office", a=c.A()),
        F("new address from ⟦d⟧: ⟦a⟧. old one was ⟦a2⟧", d=c.dDATE(), a=c.A(), a2=c.A()),
        F("Rechnungsadresse: ⟦a⟧, Tel. ⟦ph⟧", a=c.A("de"), ph=c.PH("de")) if c.chance(0.3) else F("Adresse de livraison : ⟦a⟧ — digicode ⟦pin⟧", a=c.A("fr"), pin=E("PASSWORD", fill_code(c))),
    )
    return chat(c, [pad(c, lead, (0, 1)), c.ch("Got it, I've updated the delivery details.", "Thanks, the courier will use that.", "Updated.")])


def fill_code(c):
    return c.ch(f"{c.r.randint(1, 9)}{c.r.choice('ABCD')}{c.r.randint(100, 999)}", dg(c.r, 4), f"{c.r.choice('AB')}{dg(c.r, 4)}")


def t_dob_chat(c):
    lang = c.ch("en", "en", "en", "es", "de", "fr", "pt", "it", "ja", "zh", "ko", "ru", "pl", "tr", "nl")
    loc = {"en": c.ch("us", "gb", "ng", "in", "ph", "ke", "ie"), "es": c.ch("es", "mx"), "de": "de", "fr": "fr", "pt": c.ch("pt", "br"), "it": "it",
           "ja": "jp", "zh": "cn", "ko": "kr", "ru": "ru", "pl": "pl", "tr": "tr", "nl": "nl"}[lang]
    cc = C(c.r, loc)
    d = cc.DOB(lang)
    T = {
        "en": ["I was born on ⟦d⟧, how many days old am I?", "what's my star sign if my birthday is ⟦d⟧", "my daughter's DOB is ⟦d⟧, when can she start school?",
               "born ⟦d⟧ — am I eligible for the over-50 railcard?", "Date of birth: ⟦d⟧. Is that the right format for the DS-160?"],
        "es": ["Nací el ⟦d⟧, ¿qué signo del zodiaco soy?", "mi fecha de nacimiento es ⟦d⟧, ¿cuántos años tengo?"],
        "de": ["Ich bin am ⟦d⟧ geboren, wann kann ich in Rente gehen?", "Geburtsdatum ⟦d⟧ – passt das so ins Formular?"],
        "fr": ["Je suis né le ⟦d⟧, à quel âge je peux partir à la retraite ?", "ma date de naissance est le ⟦d⟧"],
        "pt": ["Nasci em ⟦d⟧, quantos anos tenho?", "minha data de nascimento é ⟦d⟧, qual é meu signo?"],
        "it": ["Sono nata il ⟦d⟧, che segno sono?", "data di nascita ⟦d⟧, quando posso andare in pensione?"],
        "ja": ["私は⟦d⟧生まれです。今年で何歳ですか？", "生年月日は⟦d⟧です。干支は何ですか？"],
        "zh": ["我是⟦d⟧出生的，今年多大？", "出生日期⟦d⟧，属什么？"],
        "ko": ["저는 ⟦d⟧에 태어났어요. 만 나이로 몇 살이에요?", "생년월일 ⟦d⟧ 맞게 썼나요?"],
        "ru": ["Я родился ⟦d⟧, сколько мне полных лет?", "дата рождения ⟦d⟧, когда мне на пенсию?"],
        "pl": ["Urodziłam się ⟦d⟧, ile mam lat?", "data urodzenia ⟦d⟧ — dobrze wpisane?"],
        "tr": ["⟦d⟧ doğumluyum, kaç yaşındayım?", "doğum tarihim ⟦d⟧, burcum ne?"],
        "nl": ["Ik ben geboren op ⟦d⟧, hoe oud ben ik?", "geboortedatum ⟦d⟧, klopt dat formaat?"],
    }
    lead = F(c.r.choice(T[lang]), d=d)
    if lang == "en" and c.chance(0.3):
        lead += [" "] + F(c.ch("my son was born ⟦d⟧ if that matters", "and my wife's DOB is ⟦d⟧"), d=cc.DOB("en"))
    if c.chance(0.35):
        p = cc.person()
        lead = F("(⟦n⟧) ", n=cc.P(p)) + lead if c.chance(0.5) else lead + [" "] + F(dob_cue(c.r, lang, p.gender), d=cc.DOB(lang))
    return loc, chat(c, [lead, c.ch("Let me work that out for you.", "Here's the answer.", "Sure, here's what that means for you.")])


def t_health_lang(c):
    lang = c.ch("en", "es", "de", "fr", "pt", "it", "en")
    c.set_lang(lang)
    T = {
        "en": ["I have ⟦c⟧ and take ⟦m⟧, can I drink alcohol at a wedding?", "I'm ⟦s⟧, is it safe to take ⟦m⟧?", "had ⟦p⟧ last week, when can I go back to the gym?",
               "my results came back: ⟦r⟧. what does that mean?", "diagnosed with ⟦c⟧ in ⟦d⟧, now on ⟦m⟧. any diet tips?"],
        "es": ["Tengo ⟦c⟧ y tomo ⟦m⟧, ¿puedo tomar alcohol?", "Estoy ⟦s⟧, ¿es seguro tomar ⟦m⟧?", "Me hicieron ⟦p⟧ y tengo ⟦c⟧."],
        "de": ["Ich habe ⟦c⟧ und nehme ⟦m⟧. Darf ich Alkohol trinken?", "Ich bin ⟦s⟧ – darf ich ⟦m⟧ nehmen?", "Hatte ⟦p⟧, wann wieder Sport?"],
        "fr": ["J'ai ⟦c⟧ et je prends ⟦m⟧, est-ce compatible avec l'alcool ?", "Je suis ⟦s⟧, puis-je prendre ⟦m⟧ ?", "J'ai eu ⟦p⟧ le mois dernier."],
        "pt": ["Tenho ⟦c⟧ e tomo ⟦m⟧, posso beber?", "Estou ⟦s⟧, posso tomar ⟦m⟧?", "Fiz ⟦p⟧ e agora tenho ⟦c⟧."],
        "it": ["Ho ⟦c⟧ e prendo ⟦m⟧, posso bere alcolici?", "Sono ⟦s⟧, posso prendere ⟦m⟧?", "Ho fatto ⟦p⟧ la settimana scorsa."],
    }
    lead = F(c.r.choice(T[lang]), c=c.H(lang, "cond"), m=c.H(lang, "med"), s=c.H(lang, "state"), p=c.H(lang, "proc"), r=c.H("en", "result"), d=Dc("DATE", str(c.r.randint(2015, 2024))))
    if c.chance(0.5):
        more = {"en": ["Also on ⟦x⟧.", "I also have ⟦y⟧.", "Last HbA1c was high too."], "es": ["También tomo ⟦x⟧."], "de": ["Außerdem nehme ich ⟦x⟧."],
                "fr": ["Je prends aussi ⟦x⟧."], "pt": ["Também tomo ⟦x⟧."], "it": ["Prendo anche ⟦x⟧."]}[lang]
        used = {v for k, v, t in lead if k == "e"}
        x = c.H(lang, "med")
        while x[1] in used:
            x = c.H(lang, "med")
        lead += [" "] + F(c.r.choice(more), x=x, y=c.H(lang, "cond"))
    return chat(c, [lead, c.ch("I'm not a doctor; please check with your pharmacist, but in general...", "Good question — here's general information.")])


def t_health_diary(c):
    lang = c.ch("en", "en", "es", "de", "fr", "pt", "it")
    c.set_lang(lang)
    out = []
    if c.chance(0.5):
        entries = []
        for i in range(c.r.randint(2, 4)):
            entries.append({"date": c.dDATE(), "symptoms": c.H(lang, "cond"), "medication": c.H(lang, "med"), "mood": c.r.randint(1, 5)})
        obj = {"app": "symptom-tracker", "app_version": c.dVER(), "entries": entries}
        if c.chance(0.4):
            p = c.person()
            obj["user"] = {"name": c.P(p), "dob": c.DOB("en")}
        return jdump(obj, indent=c.ch(None, 2))
    for i in range(c.r.randint(2, 4)):
        out += [{"en": "Day ", "de": "Tag ", "fr": "Jour ", "es": "Día ", "pt": "Dia ", "it": "Giorno "}[lang] + str(i + 1) + " (", c.dDATE(lang), "): "]
        tpl = {"en": ["took ⟦m⟧, ⟦c⟧ flared up", "⟦r⟧", "⟦m⟧ at 8:00, felt ok"], "de": ["⟦m⟧ genommen, ⟦c⟧ schlimmer", "⟦m⟧ um 8 Uhr, ok"],
               "fr": ["pris ⟦m⟧, poussée de ⟦c⟧", "⟦m⟧ à 8h, ça va"], "es": ["tomé ⟦m⟧, brote de ⟦c⟧", "⟦m⟧ a las 8, bien"],
               "pt": ["tomei ⟦m⟧, crise de ⟦c⟧", "⟦m⟧ às 8h, tudo bem"], "it": ["preso ⟦m⟧, ⟦c⟧ peggiorata", "⟦m⟧ alle 8, bene"]}[lang]
        out += F(c.r.choice(tpl), m=c.H(lang, "med"), c=c.H(lang, "cond"), r=c.H("en", "result"))
        out.append("\n")
    return out


def t_phonebook(c):
    rel = ["Mum", "Dad", "Plumber", "Landlord", "School office", "GP surgery", "Vet", "Babysitter", "Work", "Taxi", "Oma", "Mamá", "Tía", "Neighbour", "Home"]
    out = []
    for _ in range(c.r.randint(3, 6)):
        loc = c.ch(c.loc, c.loc, c.other_loc())
        if c.chance(0.35):
            p = c.person(loc)
            out += [c.P(p, c.ch("full", "given")), c.ch(": ", " - ", "\t")]
        else:
            out += [c.r.choice(rel), c.ch(": ", " - ", "\t")]
        out += [c.PH(loc, ext=c.chance(0.15)), "\n"]
    if c.chance(0.5):
        return chat(c, [["clean up my emergency contacts list:\n"] + out, "Here's the cleaned-up list."])
    return out


def t_pw_files(c):
    p = c.person()
    pw = c.PW(c.ch("random", "base", "leet", "phrase"))
    return c.ch(
        F("machine api.heroku.com\n  login ⟦e⟧\n  password ⟦pw⟧\n", e=c.EM(p, True), pw=pw),
        F("define( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '⟦pw⟧' );\ndefine( 'DB_HOST', '⟦ip⟧' );\n", pw=pw, ip=c.IP(False)),
        F("# ~/.pgpass\n⟦ip⟧:5432:analytics:etl_user:⟦pw⟧\n", ip=c.IP(False), pw=pw),
        F("$ docker run -e POSTGRES_PASSWORD=⟦pw⟧ -p 5432:5432 postgres:⟦v⟧", pw=pw, v=c.dVER()),
        F("$ ./backup.sh --user=svc_backup --password='⟦pw⟧' --target ⟦f⟧", pw=pw, f=c.dPATH()),
        F("git remote set-url origin https://deploy-bot:⟦pw⟧@git.internal/platform/infra.git", pw=c.PWu("random")),
        F("net use Z: \\\\fileserver\\finance /user:CORP\\svc_finance ⟦pw⟧", pw=pw),
        F("spring.datasource.username=app\nspring.datasource.password=⟦pw⟧\nspring.datasource.url=jdbc:mysql://⟦ip⟧:3306/shop", pw=pw, ip=c.IP(False)),
        F("conn = psycopg.connect(host=\"⟦ip⟧\", user=\"reporting\", password=\"⟦pw⟧\")  # TODO move to vault", ip=c.IP(False), pw=pw),
        F("wifi:\n  ssid: \"Guest-5G\"\n  psk: \"⟦pw⟧\"", pw=c.PW(c.ch("wifi", "phrase", "base"))),
        F("htpasswd -b /etc/nginx/.htpasswd ⟦u⟧ '⟦pw⟧'", u=E("PERSON", p.render("handle")) if not p.native else "admin", pw=pw),
    )


def t_pw_chat_more(c):
    lang = c.ch("en", "en", "en", "de", "fr", "es", "pt", "it", "pl", "tr", "ru", "ja", "zh", "nl")
    c.set_lang(lang)
    cues = {
        "en": ["the wifi code is ⟦p⟧", "the new vpn password is ⟦p⟧ (temporary)", "router admin pw is ⟦p⟧", "my netflix login password is ⟦p⟧",
               "the zip file password is ⟦p⟧", "passphrase for the key: ⟦p⟧", "psst the safe combo is ⟦p⟧", "use ⟦p⟧ as the password for now"],
        "de": ["Das WLAN-Passwort ist ⟦p⟧", "Passwort für den Zugang: ⟦p⟧", "Kennwort lautet ⟦p⟧"],
        "fr": ["Le mot de passe du wifi c'est ⟦p⟧", "mdp provisoire : ⟦p⟧"],
        "es": ["La contraseña del wifi es ⟦p⟧", "te paso la clave: ⟦p⟧"],
        "pt": ["A senha do wifi é ⟦p⟧", "senha provisória: ⟦p⟧"],
        "it": ["La password del wifi è ⟦p⟧", "password temporanea: ⟦p⟧"],
        "pl": ["Hasło do wifi: ⟦p⟧", "hasło tymczasowe to ⟦p⟧"],
        "tr": ["Wifi şifresi ⟦p⟧", "geçici şifre: ⟦p⟧"],
        "ru": ["Пароль от вайфая: ⟦p⟧", "временный пароль ⟦p⟧"],
        "ja": ["Wi-Fiのパスワードは⟦p⟧です", "仮パスワード：⟦p⟧"],
        "zh": ["WiFi密码是⟦p⟧", "临时密码：⟦p⟧"],
        "nl": ["Het wifi-wachtwoord is ⟦p⟧", "tijdelijk wachtwoord: ⟦p⟧"],
    }
    lead = F(c.r.choice(cues[lang]), p=c.PW(c.ch("random", "base", "leet", "phrase", "phrase_sp", "wifi")))
    if lang == "en" and c.chance(0.3):
        lead += [" "] + F(c.ch("(old one was ⟦p⟧)", "and the guest network is ⟦p⟧", "— if that fails try ⟦p⟧"), p=c.PW())
    if c.chance(0.3):
        lead += [" — "] + F(c.ch("ask ⟦n⟧ if it doesn't work", "⟦n⟧ set it up"), n=c.S_(c.person()))
    return chat(c, [lead, c.ch("Thanks. Please remember to change it after sharing.", "Noted — I won't store it.", "Got it.")])


def t_checkout(c):
    p = c.latin_person()
    obj = {"event": "checkout.submitted", "ts": c.dTS(), "cart": {"order_id": c.dORD(), "total": c.dPRICE()},
           "payment": {"cardholder": c.P(p, c.ch("upper", "full")), "pan": c.CC(), "exp_month": c.r.randint(1, 12), "exp_year": c.r.randint(2025, 2031)},
           "billing": {"line1": c.A1(), "email": c.EM(p)}}
    return jdump(obj, compact=c.chance(0.5))


def t_credit_app(c):
    c.loc, c.lang = "us", "en"
    p = c.person(native=False)
    return F("CREDIT APPLICATION\nApplicant: ⟦n⟧\nSocial Security No.: ⟦s⟧\nDate of Birth: ⟦d⟧\nHome Address: ⟦a⟧\nHome Phone: ⟦ph⟧\nEmployer: ⟦co⟧\nAnnual income: ⟦pr⟧\nCo-applicant SSN: ⟦s2⟧",
             n=c.P(p, c.ch("full", "last_first", "upper")), s=c.SSN(), d=c.DOB("en"), a=c.A(), ph=c.PH(), co=c.dPN(c.ch("fin", "brand")), pr=c.dPRICE(), s2=c.SSN())


def t_ssn_misc(c):
    c.loc, c.lang = "us", "en"
    p = c.person(native=False)
    return c.ch(
        F("ts=⟦t⟧ level=error msg=\"ssn verification failed\" ssn=⟦s⟧ applicant=\"⟦n⟧\"", t=c.dTS(), s=c.SSN(), n=c.P(p)),
        F("{\"employee\": \"⟦n⟧\", \"ssn\": \"⟦s⟧\", \"w4_filing_status\": \"single\"}", n=c.P(p), s=c.SSN()),
        F("I-9 Section 1: ⟦n⟧, SSN ⟦s⟧, DOB ⟦d⟧, ⟦a⟧", n=c.P(p, "last_first"), s=c.SSN(), d=c.DOB("en"), a=c.A()),
        F("user: can you check if ⟦s⟧ is a valid SSN format?\nassistant: It matches the XXX-XX-XXXX pattern.", s=c.SSN("-")),
    )


def t_card_misc(c):
    p = c.latin_person()
    return c.ch(
        F("2024-03-02 12:00:01 WARN payment: raw PAN in request body card=⟦cc⟧ holder=⟦n⟧", cc=c.CC(), n=c.P(p)),
        F("Card number: ⟦cc⟧\nName on card: ⟦n⟧\nExpiry: ⟦x⟧", cc=c.CC(), n=c.P(p, "upper"), x=Dc("DATE", f"{c.r.randint(1, 12):02d}/{c.r.randint(25, 31)}")),
        F("pls book the hotel with my card ⟦cc⟧, name ⟦n⟧", cc=c.CC(), n=c.P(p)),
        F("INSERT INTO payments (holder, pan) VALUES ('⟦n⟧', '⟦cc⟧');", n=esc_sql([c.P(p)]), cc=c.CC()),
    )


def t_ip_misc(c):
    p = c.person()
    return c.ch(
        F("New sign-in to your account\nHi ⟦n⟧, we noticed a sign-in from ⟦ip⟧ (⟦pl⟧) on ⟦d⟧. If this wasn't you, reset your password.", n=c.S_(p), ip=c.IP(), pl=c.dPN("place"), d=c.dDATE()),
        F("⟦t⟧ fail2ban.actions [⟦n⟧]: NOTICE [sshd] Ban ⟦ip⟧\n⟦t2⟧ fail2ban.actions [⟦n2⟧]: NOTICE [sshd] Ban ⟦ip2⟧", t=c.dTS(), n=str(c.r.randint(100, 9999)), ip=c.IP(False), t2=c.dTS(), n2=str(c.r.randint(100, 9999)), ip2=c.IP(False)),
        F("allowlist:\n  - ⟦ip⟧/32  # ⟦n⟧ home\n  - ⟦ip2⟧/32  # office", ip=c.IP(False), n=c.P(p, "given"), ip2=c.IP(False)),
        F("user ⟦e⟧ logged in from ⟦ip⟧ using ⟦v⟧", e=c.EM(p), ip=c.IP(), v=c.dVER()),
    )


def t_addr_json(c):
    p = c.person()
    lines = address_lines(c.r, c.loc)
    obj = {"order": c.dORD(), "ship_to": {"name": c.P(p), "address_line1": E("ADDRESS", lines[0].rstrip(","))}}
    if len(lines) > 2:
        obj["ship_to"]["address_line2"] = E("ADDRESS", lines[1].rstrip(","))
        obj["ship_to"]["city_postcode"] = E("ADDRESS", ", ".join(l.rstrip(",") for l in lines[2:]))
    elif len(lines) == 2:
        obj["ship_to"]["city_postcode"] = E("ADDRESS", lines[1].rstrip(","))
    obj["ship_to"]["phone"] = c.PH()
    obj["total"] = c.dPRICE()
    return jdump(obj, indent=c.ch(None, 2), ascii_=c.chance(0.1))


def t_iban_misc(c):
    c2 = C(c.r, among=list(IBAN_CC))
    p = c2.person(native=False)
    return c2.loc, c.ch(
        F("<CdtrAcct><Id><IBAN>⟦ib⟧</IBAN></Id></CdtrAcct>\n<Cdtr><Nm>⟦n⟧</Nm></Cdtr>\n<RmtInf><Ustrd>⟦o⟧</Ustrd></RmtInf>", ib=E("IBAN", iban(c.r, IBAN_CC[c2.loc], False)), n=esc_html([c2.P(p)]), o=c2.dORD()),
        F("Bankverbindung: ⟦n⟧ · IBAN ⟦ib⟧ · BIC ⟦bic⟧", n=c2.P(p), ib=c2.IB(), bic=c.ch("COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX")) if c2.loc in ("de", "at", "ch") else
        F("Bank details: ⟦n⟧, IBAN ⟦ib⟧", n=c2.P(p), ib=c2.IB()),
        F("please update my payout account to ⟦ib⟧ (account holder: ⟦n⟧)", ib=c2.IB(), n=c2.P(p)),
    )


def t_addr_chat_lang(c):
    c2 = C(c.r, among=["jp", "kr", "cn", "in", "id", "br", "mx", "ae", "ng", "gh", "ke", "vn", "th", "ph", "tr", "ru", "ua", "il", "ir", "pk", "bd", "et"])
    lead = c.ch(
        F("how do I write this address on an international parcel? ⟦a⟧", a=c2.A()),
        F("is this address complete?\n⟦a⟧", a=c2.A(multiline=True)),
        F("my address is ⟦a⟧, what's the nearest DHL point?", a=c2.A()),
        F("translate this address to English: ⟦a⟧", a=c2.A()),
    )
    return c2.loc, chat(c, [lead, c.ch("Looks complete. Put the postcode on the last line.", "Here's how to format it for international post.")])


# ---------------------------------------------------------------------------
# PII-free templates (must come through untouched)
# ---------------------------------------------------------------------------

def f_ops_chat(c):
    return chat(c, [pad(c, c.ch(
        F("prod is flapping. someone ran `⟦k⟧` on the ⟦t⟧ worker and now the ⟦o⟧ fails on ⟦h⟧", k=Dc("OPS_TERM", "kill -9"), t=c.dPN("tech"), o=Dc("OPS_TERM", "health check"), h=Dc("OPS_TERM", "/healthz")),
        F("we pinned ⟦t⟧ to ⟦v⟧ after the ⟦o⟧ on ⟦d⟧. rollback sha ⟦h⟧", t=c.dPN("tech"), v=c.dVER(), o=c.dOPS(), d=c.dDATE(), h=c.dHEX("sha40")),
        F("why is the ⟦o⟧ so slow? takes 40s since ⟦v⟧", o=c.dOPS(), v=c.dVER()),
    ), (1, 2)), c.ch("Check the probe timeouts first; a slow dependency can make the pod look unhealthy.", "Looks like the readiness probe is too aggressive.")])


def f_postmortem(c):
    segs = F("# Post-mortem ⟦d⟧\n\n## Timeline\n- ⟦t1⟧ ⟦o1⟧ failed on 3 nodes\n- ⟦t2⟧ traced to a ⟦o2⟧ in ⟦t⟧ ⟦v⟧\n- ⟦t3⟧ rolled back to ⟦h⟧\n\n## Root cause\n⟦ph⟧; the ⟦o3⟧ hid it for two days.",
             d=c.dDATE(), t1=c.dTS(), o1=Dc("OPS_TERM", c.ch("liveness probe", "readiness probe", "health check")), t2=c.dTS(), o2=Dc("OPS_TERM", "memory leak"), t=c.dPN("tech"), v=c.dVER(), t3=c.dTS(), h=c.dHEX("sha7"),
             ph=c.dOPS("phrase"), o3=Dc("OPS_TERM", c.ch("health dashboard", "canary", "circuit breaker", "smoke test", "heartbeat")))
    return segs


def f_brands_chat(c):
    return chat(c, [c.ch(
        F("is ⟦a⟧ or ⟦b⟧ better for a gift? budget ⟦p⟧", a=c.dPN("brand"), b=c.dPN("brand"), p=c.dPRICE()),
        F("we're moving the ⟦t⟧ app to a data centre in ⟦pl⟧, any latency concerns from ⟦pl2⟧?", t=c.dPN("tech"), pl=c.dPN("place"), pl2=c.dPN("place")),
        F("summarise the ⟦f⟧ note on ⟦f2⟧ for me", f=c.dPN("fin"), f2=c.dPN("fin")),
        F("plan a weekend in ⟦pl⟧, we land ⟦d⟧", pl=c.dPN("place"), d=c.dDATE()),
    ), c.ch("Here's a quick comparison.", "Here's a short summary.", "Here's a plan.")])


def f_order(c):
    return pad(c, F("Thanks for your order!\nOrder: ⟦o⟧\nPlaced: ⟦d⟧\nTotal: ⟦p⟧\nTracking: ⟦n⟧\nItem: ⟦b⟧ " + c.r.choice(ITEMS), o=c.dORD(), d=c.dDATE(), p=c.dPRICE(), n=Dc("NUMERIC_ID", c.ch(not_luhn_grouped(c), nz(c.r, 12), "1Z" + "".join(c.r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)))), b=c.dPN("brand")), (0, 1), "prose", "\n")


def not_luhn_grouped(c):
    from core import not_luhn16
    s = not_luhn16(c.r)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def f_catalog_csv(c):
    out = ["sku,product,brand,price,firmware\n"]
    for _ in range(c.r.randint(3, 5)):
        out += [Dc("NUMERIC_ID", nz(c.r, 8)), ",", c.r.choice(ITEMS), ","] + csv_field(c.dPN("brand")) + [",", Dc("PRICE", f"{c.r.randint(5, 900)}.{c.ch('00', '99', '49')}"), ",", c.dVER(), "\n"]
    return out


def f_ddl(c):
    return F("-- ⟦f⟧\nCREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  first_name TEXT NOT NULL,\n  last_name TEXT NOT NULL,\n  date_of_birth DATE,\n  phone TEXT,\n  password_hash TEXT,\n  diagnosis_code VARCHAR(8),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nCREATE INDEX ON patients (last_name, date_of_birth);\n-- applied ⟦d⟧ by migrate ⟦v⟧",
             f=Dc("FILE_PATH", "./migrations/0042_add_dob_column.sql"), d=c.dDATE(), v=c.dVER())


def f_form_template(c):
    return c.ch(
        F("Name: ______________________\nDate of birth (DD/MM/YYYY): ___/___/______\nAddress: ____________________\nPassword must be at least 12 characters and contain a number.\nForm version ⟦v⟧ · printed ⟦d⟧", v=c.dVER(), d=c.dDATE()),
        F("Hi {{first_name}},\n\nyour ⟦o⟧ expires in 24 hours. If you didn't request it, ignore this email.\n\nTemplate id ⟦h⟧", o=Dc("OPS_TERM", "password reset link"), h=c.dHEX("uuid")),
        F("<label>Full name</label><input name=\"full_name\" placeholder=\"Full name\">\n<label>Phone</label><input name=\"phone\" placeholder=\"+1 (___) ___-____\">\n<!-- ⟦p⟧ -->", p=c.dPATH()),
    )


def f_config_json(c):
    obj = {"password_policy": {"min_length": 12, "require_digit": True, "max_age_days": 90}, "dob_format": "YYYY-MM-DD",
           "db": {"password": "${DB_PASSWORD}", "pool": 10}, "health": {"path": Dc("OPS_TERM", "/healthz"), "interval": "10s"},
           "release": c.dVER(), "build": c.dHEX("sha40")}
    return jdump(obj, indent=c.ch(None, 2))


def f_logs(c):
    out = []
    for _ in range(c.r.randint(3, 6)):
        out += filler_log(c, c.ch("plain", "logfmt", "json")) + ["\n"]
    return out


def f_toolcall(c):
    name = c.ch("get_forecast", "get_stock_quote", "search_flights", "find_restaurants")
    args = {"get_forecast": {"location": c.dPN("place"), "date": c.dDATE(), "units": "metric"},
            "get_stock_quote": {"ticker": c.ch("MS", "GS", "WFC", "JNJ", "PG"), "company": c.dPN("fin")},
            "search_flights": {"from": c.ch("LHR", "JFK", "LOS", "NBO", "DEL"), "to": c.dPN("place"), "depart": c.dDATE(), "max_price": c.dPRICE()},
            "find_restaurants": {"near": c.dPN("place"), "cuisine": c.ch("thai", "ethiopian", "italian"), "brand_exclude": [c.dPN("brand")]}}[name]
    return jdump({"type": "function_call", "call_id": "call_" + d_hex(c.r, "sha12"), "name": name, "arguments": S(jdump(args))})


def f_k8s(c):
    out = ["LAST SEEN   TYPE      REASON      OBJECT              MESSAGE\n"]
    for _ in range(c.r.randint(3, 5)):
        out += [f"{c.r.randint(1, 59)}m        Warning   ", c.ch("Unhealthy", "BackOff", "Killing", "Evicted"), f"   pod/api-{d_hex(c.r, 'sha7')}   "]
        out += c.ch(F("⟦o⟧ failed: HTTP probe failed with statuscode: 503", o=Dc("OPS_TERM", c.ch("Liveness probe", "Readiness probe"))),
                    F("Back-off restarting failed container (⟦o⟧)", o=Dc("OPS_TERM", c.ch("OOMKilled", "CrashLoopBackOff"))),
                    F("Container image ⟦h⟧ already present", h=c.dHEX("sha12")))
        out.append("\n")
    return out


def f_changelog(c):
    out = ["## "] + [c.dVER()] + [" (", c.dDATE(), ")\n"]
    for _ in range(c.r.randint(2, 4)):
        out += ["- ", c.ch("Fix ", "Handle ", "Document ", "Test "), c.dOPS(), " in ", c.dPN("tech"), " (#", Dc("NUMERIC_ID", str(c.r.randint(1000, 9999))), ", ", c.dHEX("sha7"), ")\n"]
    out += ["- Bump deps via dependabot[bot]\n"]
    return out


def f_history_dates(c):
    return c.ch(
        F("Fun fact: the building opened on ⟦d⟧ and was renovated in ⟦d2⟧.", d=Dc("DATE", fmt_date(c.r, rand_dob(c.r), "en")), d2=Dc("DATE", str(c.r.randint(1990, 2015)))),
        F("The contract dated ⟦d⟧ expired; renewal ⟦o⟧ signed ⟦d2⟧.", d=Dc("DATE", fmt_date(c.r, rand_dob(c.r), "en")), o=c.dORD(), d2=c.dDATE()),
        F("Warranty valid from ⟦d⟧ to ⟦d2⟧. Serial ⟦n⟧.", d=c.dDATE(), d2=c.dDATE(), n=c.dNUM()),
    )


def f_health_vocab(c):
    return c.ch(
        F("The ⟦a⟧ endpoint returns 503 while the ⟦b⟧ runs; the ⟦c⟧ interval is 10s.", a=Dc("OPS_TERM", "health check"), b=Dc("OPS_TERM", "virus scan"), c=Dc("OPS_TERM", "heartbeat")),
        F("⟦a⟧: the ⟦b⟧ keeps infecting downstream jobs. Quarantined ⟦h⟧.", a=Dc("OPS_TERM", "the build is sick"), b=Dc("OPS_TERM", "patient-zero service"), h=c.dHEX("sha12")),
        F("Symptoms: high p99, ⟦a⟧ in the ⟦t⟧ consumer, ⟦b⟧ growing. Diagnosis pending.", a=Dc("OPS_TERM", "memory leak"), t=c.dPN("tech"), b=Dc("OPS_TERM", "dead letter queue")),
    )


def f_numbers(c):
    return c.ch(
        F("Ref ⟦a⟧ / job ⟦b⟧ / build ⟦v⟧", a=Dc("NUMERIC_ID", not_luhn_grouped(c)), b=c.dNUM(), v=c.dVER()),
        F("Request ⟦a⟧ failed after 3 retries (trace ⟦h⟧)", a=c.dNUM(), h=c.dHEX("uuid")),
        F("ip route: use version ⟦v⟧ of the agent, not ⟦v2⟧", v=Dc("VERSION", f"{c.r.randint(1, 9)}.{c.r.randint(0, 9)}.{c.r.randint(0, 9)}.{c.r.randint(1, 40)}"), v2=c.dVER()),
    )


def f_email_internal(c):
    return F("Subject: ⟦v⟧ release notes\nTo: eng-all@\n\nHi all,\n\n⟦v2⟧ is out. Highlights: reworked the ⟦o⟧, fixed the ⟦o2⟧. Artifacts in ⟦f⟧. Ping #release with questions.\n\n— Release bot",
             v=c.dVER(), v2=c.dVER(), o=c.dOPS(), o2=c.dOPS(), f=c.dPATH())


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------

PII_TEMPLATES = [
    # name, shape, weight, fn
    ("chat_lower_names", "chat", 2, t_chat_lower_names), ("chat_partial_addr", "chat", 5, t_chat_partial_addr),
    ("chat_called", "chat", 2, t_chat_called), ("chat_guest", "chat", 5, t_chat_guest),
    ("chat_health_family", "chat", 5, t_chat_health_family), ("chat_form_paste", "chat", 4, t_chat_form_paste),
    ("chat_cover_letter", "chat", 2, t_chat_cover_letter), ("chat_translate", "chat", 4, t_chat_translate),
    ("chat_account", "chat", 4, t_chat_account), ("chat_pw_lang", "chat", 4, t_chat_pw_lang), ("chat_bank", "chat", 4, t_chat_bank),
    ("chat_card", "chat", 4, t_chat_card), ("chat_ssn", "chat", 3, t_chat_ssn), ("chat_debug_ip", "chat", 3, t_chat_debug_ip),
    ("chat_age", "chat", 3, t_chat_age), ("chat_appointment", "chat", 2, t_chat_appointment), ("chat_titles", "chat", 2, t_chat_titles),
    ("chat_possessive", "chat", 2, t_chat_possessive_verbs), ("chat_pin", "chat", 2, t_pin_chat),
    ("delivery", "chat", 8, t_delivery), ("dob_chat", "chat", 10, t_dob_chat), ("health_lang", "chat", 9, t_health_lang),
    ("health_diary", "health_app", 4, t_health_diary), ("phonebook", "contacts", 4, t_phonebook), ("pw_files", "config", 8, t_pw_files),
    ("pw_chat_more", "chat", 9, t_pw_chat_more), ("checkout", "json", 3, t_checkout), ("credit_app", "form", 3, t_credit_app),
    ("ssn_misc", "mixed", 4, t_ssn_misc), ("card_misc", "mixed", 5, t_card_misc), ("ip_misc", "mixed", 2, t_ip_misc),
    ("addr_json", "json", 4, t_addr_json), ("iban_misc", "bank", 4, t_iban_misc), ("addr_chat_lang", "chat", 6, t_addr_chat_lang),
    ("openai_messages", "openai", 5, t_openai_messages), ("tool_call", "toolcall", 6, t_tool_call), ("tool_result", "toolcall", 3, t_tool_result),
    ("anthropic_blocks", "toolcall", 2, t_anthropic_blocks),
    ("email", "email", 4, t_email), ("email_reply", "email", 2, t_email_reply), ("email_formal", "email", 2, t_email_formal_lang),
    ("email_notification", "email", 2, t_email_notification),
    ("slack_export", "slack", 2, t_slack_export), ("slack_plain", "slack", 2, t_slack_plain), ("whatsapp", "whatsapp", 4, t_whatsapp),
    ("transcript", "transcript", 3, t_transcript_speakers),
    ("ticket", "ticket", 3, t_ticket), ("jira", "ticket", 1, t_jira), ("github_comment", "ticket", 2, t_github_comment),
    ("logfmt", "log", 3, t_logfmt), ("jsonlog", "log", 3, t_jsonlog), ("pytrace", "log", 2, t_pytrace), ("javatrace", "log", 2, t_javatrace),
    ("access_log", "log", 2, t_access_log), ("audit_bad", "log", 2, t_audit_bad),
    ("csv", "csv", 2, t_csv), ("tsv_hr", "csv", 1, t_tsv_hr), ("sql", "sql", 2, t_sql), ("yaml", "config", 3, t_yaml), ("env", "config", 3, t_env),
    ("toml_ini", "config", 1, t_toml_ini), ("connstr", "config", 4, t_connstr), ("compose", "config", 1, t_compose),
    ("vcard", "vcard", 2, t_vcard), ("pwmanager", "csv", 3, t_pwmanager), ("autofill", "json", 2, t_autofill),
    ("markdown_table", "markdown", 2, t_markdown_table), ("html_form", "html", 2, t_html_form), ("fhir_xml", "health_record", 2, t_xml_fhir),
    ("hl7", "health_record", 1, t_hl7), ("commit", "code", 3, t_commit), ("code_comments", "code", 2, t_code_comments),
    ("ocr_id", "ocr", 3, t_ocr_id), ("pdf_discharge", "pdf", 3, t_pdf_discharge), ("pdf_lease", "pdf", 2, t_pdf_lease),
    ("pnr", "travel", 2, t_pnr), ("school", "form", 2, t_school), ("hr_onboarding", "form", 1, t_hr_onboarding),
    ("prescription", "health_record", 3, t_prescription), ("lab", "health_record", 3, t_lab), ("wire", "bank", 2, t_wire),
    ("cv", "document", 1, t_cv), ("insurance", "form", 2, t_insurance), ("witness", "document", 1, t_witness),
    ("voice", "voice", 3, t_voice), ("voicemail", "voice", 2, t_voicemail), ("sms", "sms", 5, t_sms),
]
FREE_TEMPLATES = [
    ("ops_chat", "chat", 3, f_ops_chat), ("postmortem", "markdown", 2, f_postmortem), ("brands_chat", "chat", 3, f_brands_chat),
    ("order", "email", 2, f_order), ("catalog_csv", "csv", 1, f_catalog_csv), ("ddl", "sql", 1, f_ddl), ("form_template", "form", 2, f_form_template),
    ("config_json", "config", 1, f_config_json), ("logs", "log", 2, f_logs), ("toolcall_free", "toolcall", 2, f_toolcall), ("k8s", "log", 1, f_k8s),
    ("changelog", "markdown", 1, f_changelog), ("history_dates", "chat", 2, f_history_dates), ("health_vocab", "chat", 2, f_health_vocab),
    ("numbers", "log", 1, f_numbers), ("email_internal", "email", 1, f_email_internal),
]


TARGET = {"PERSON": .31, "ADDRESS": .12, "PHONE": .11, "HEALTH": .11, "DATE_OF_BIRTH": .10, "PASSWORD": .10, "EMAIL": .06,
          "IP_ADDRESS": .03, "IBAN": .02, "CREDIT_CARD": .02, "US_SSN": .02}


def rewrap(c, segs):
    """Re-render one user turn the way an AI app's telemetry would log it."""
    kind = c.ch("otel", "jsonlog", "logfmt", "trace", "slack", "sms_gateway")
    if kind == "otel":
        return "otel_span", F("span llm.chat ⟦h⟧ attributes:\n  gen_ai.system=\"openai\"\n  gen_ai.request.model=\"⟦m⟧\"\n  gen_ai.prompt.0.role=\"user\"\n  gen_ai.prompt.0.content=\"", h=c.dHEX("sha12"), m=c.ch("gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "mistral-large")) + esc_json(segs) + ["\""]
    if kind == "jsonlog":
        return "log", jdump({"ts": c.dTS(), "level": "info", "event": "chat.turn", "role": "user", "session": c.dHEX("uuid"), "content": S(segs)}, ascii_=c.chance(0.15))
    if kind == "logfmt":
        return "log", F("ts=⟦t⟧ level=debug msg=\"llm request\" model=⟦m⟧ prompt=\"", t=c.dTS(), m=c.ch("gpt-4.1", "llama3:8b", "gemini-1.5-pro")) + esc_json(segs) + ["\" tokens=" + str(c.r.randint(20, 900))]
    if kind == "trace":
        return "trace", jdump({"trace_id": c.dHEX("sha40")[:32], "name": "chat", "input": {"messages": [{"role": "user", "content": S(segs)}]}, "metadata": {"release": c.dVER()}}, indent=c.ch(None, 2))
    if kind == "slack":
        return "slack", jdump({"type": "message", "user": "U0" + "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)), "text": S(segs), "ts": f"{c.r.randint(1690000000, 1730000000)}.{dg(c.r, 6)}"})
    return "sms", F("⟦t⟧ SMS inbound from=⟦ph⟧ body=\"", t=c.dTS(), ph=c.PH()) + esc_json(segs) + ["\""]


def make_text(r, pool):
    name, shape, _, fn = r.choices(pool, weights=[w for _, _, w, _ in pool])[0]
    wrap = shape == "chat" and pool is PII_TEMPLATES and r.random() < 0.3
    for attempt in range(20):
        c = C(r)
        c.first_turn_only = wrap
        res = fn(c)
        c.first_turn_only = False
        loc = c.loc
        if isinstance(res, tuple) and len(res) == 2 and isinstance(res[0], str) and res[0] in LOCALES:
            loc, res = res
        if wrap:
            shape, res = rewrap(c, as_segs(res))
        elif shape in ("chat", "email", "ticket", "sms") and r.random() < 0.3:
            res = pad(c, res, (1, 3), "prose", "\n\n" if shape == "email" else " ")
        elif shape == "log" and r.random() < 0.5:
            res = pad(c, res, (1, 4), "plain", "\n")
        text, ents, decs = finalize(res)
        if pool is FREE_TEMPLATES:
            assert not ents, name
        elif not ents:
            continue
        if 40 <= len(text) <= 2500:
            break
    return {"source": f"dev4/{shape}/{loc}", "text": text, "entities": ents, "decoys": decs, "_t": name}


def distance(counts):
    tot = sum(counts.values()) or 1
    return sum(abs(counts.get(k, 0) / tot - v) for k, v in TARGET.items())


def generate():
    """Texts are drawn by template weight; for texts with PII two candidates are drawn
    and, for 45 % of them, the one that keeps the label mix closer to TARGET is kept (a mild greedy nudge)."""
    r = random.Random(SEED)
    n_free = round(N_TEXTS * 0.12)
    plan = ["free"] * n_free + ["pii"] * (N_TEXTS - n_free)
    r.shuffle(plan)
    rows = []
    counts = collections.Counter()
    for i, kind in enumerate(plan):
        if kind == "free":
            row = make_text(r, FREE_TEMPLATES)
        else:
            cands = [make_text(r, PII_TEMPLATES) for _ in range(2 if r.random() < 0.45 else 1)]
            best = None
            for cand in cands:
                cc = counts + collections.Counter(e["type"] for e in cand["entities"])
                d = distance(cc)
                if best is None or d < best[0]:
                    best = (d, cand)
            row = best[1]
            counts.update(e["type"] for e in row["entities"])
        rows.append(dict(id=i + 1, **row))
    return rows


def main():
    rows = generate()
    ec, dc, tc, sc = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for row in rows:
        for e in row["entities"]:
            ec[e["type"]] += 1
        for d in row["decoys"]:
            dc[d["type"]] += 1
        tc[row.pop("_t")] += 1
        sc[row["source"].split("/")[1]] += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    tot = sum(ec.values())
    print(f"wrote {len(rows)} texts to {os.path.normpath(OUT)}")
    print("PII-free:", sum(1 for r_ in rows if not r_["entities"]))
    print("entities:", tot)
    for k, v in ec.most_common():
        print(f"  {k:14s} {v:5d}  {100 * v / tot:5.1f}%")
    print("decoys:", sum(dc.values()))
    for k, v in dc.most_common():
        print(f"  {k:14s} {v:5d}")
    print("shapes:", dict(sc.most_common()))
    if "-v" in sys.argv:
        print("templates:", dict(tc.most_common()))


if __name__ == "__main__":
    main()
