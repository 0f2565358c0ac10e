#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate tests/fixtures/pii/eval-dev2.jsonl: a labelled PII dev corpus.

Deterministic (fixed seed), standard library only.  Names, streets and templates are
hand-written in names.py / addresses.py / lex.py.  Every entity/decoy offset is checked
(text[start:end] == value) before writing.

Usage: python3 scripts/pii_dev2/gen.py [--out PATH] [--n N]
"""
import argparse
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import random  # noqa: E402

import addresses as A  # noqa: E402
import core as C  # noqa: E402
import lex as X  # noqa: E402
from core import DC, E, S, T, cat, esc, jesc, jesc_ascii, jobj, jstr, seg  # noqa: E402

SEED = 20251102
FULL_LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "pl")

# code, name-locale, residence countries, native language, weight
LOCALES = [
    ("en-US", "en_us", ["US"], "en", 9), ("en-GB", "en_gb", ["UK"], "en", 6), ("en-IE", "ga_ie", ["IE"], "en", 3),
    ("en-CA", "en_ca", ["CA"], "en", 3), ("fr-CA", "fr_ca", ["CA"], "fr", 2), ("en-AU", "en_au", ["AU"], "en", 3),
    ("de-DE", "de", ["DE"], "de", 6), ("de-AT", "at", ["AT"], "de", 3), ("de-CH", "ch", ["CH"], "de", 3),
    ("fr-FR", "fr", ["FR"], "fr", 5), ("nl-BE", "be", ["BE"], "nl", 3), ("nl-NL", "nl", ["NL"], "nl", 4),
    ("it-IT", "it", ["IT"], "it", 4), ("es-ES", "es", ["ES"], "es", 4), ("es-MX", "mx", ["MX"], "es", 3),
    ("pt-PT", "pt", ["PT"], "pt", 3), ("pt-BR", "br", ["BR"], "pt", 4), ("pl-PL", "pl", ["PL"], "pl", 5),
    ("sv-SE", "sv", ["SE"], "sv", 3), ("da-DK", "da", ["DK"], "da", 2), ("nb-NO", "no", ["NO"], "no", 2),
    ("fi-FI", "fi", ["FI"], "fi", 2), ("ja-JP", "ja", ["JP"], "ja", 3), ("hi-IN", "hi", ["IN"], "hi", 2),
    ("en-IN", "in", ["IN"], "en", 3), ("cs-CZ", "cs", ["DE", "AT", "UK"], "cs", 2),
    ("hu-HU", "hu", ["AT", "DE", "UK"], "hu", 2), ("tr-TR", "tr", ["DE", "NL", "AT", "UK"], "tr", 3),
    ("vi-VN", "vi", ["US", "AU", "FR", "CA"], "vi", 3), ("yo-NG", "yo", ["UK", "US", "CA", "IE"], "en", 3),
    ("ig-NG", "ig", ["UK", "US", "CA", "IE"], "en", 2), ("fil-PH", "ph", ["US", "CA", "AU"], "en", 2),
    ("ms-MY", "ms", ["AU", "UK"], "en", 2), ("el-GR", "el", ["DE", "UK", "AU"], "el", 2),
    ("ru-RU", "ru", ["DE", "FI", "US"], "ru", 2), ("uk-UA", "uk", ["PL", "DE", "CA"], "uk", 2),
    ("ar-SA", "ar", ["UK", "DE", "FR", "US"], "ar", 3), ("he-IL", "he", ["US", "UK", "DE"], "he", 2),
    ("bn-BD", "bn", ["UK", "US", "IN"], "bn", 2), ("th-TH", "th", ["AU", "US", "JP"], "th", 2),
    ("zh-CN", "zh", ["US", "CA", "AU", "UK"], "zh", 3), ("ko-KR", "ko", ["US", "CA", "JP"], "ko", 2),
]
HOME_NLOC = {"US": "en_us", "UK": "en_gb", "IE": "ga_ie", "CA": "en_ca", "AU": "en_au", "DE": "de", "AT": "at",
             "CH": "ch", "FR": "fr", "BE": "be", "NL": "nl", "IT": "it", "ES": "es", "PT": "pt", "PL": "pl",
             "SE": "sv", "DK": "da", "NO": "no", "FI": "fi", "JP": "ja", "IN": "in", "BR": "br", "MX": "mx"}
COMPANY_BY_COUNTRY = {"US": "northwind-logistics.com", "UK": "brightpath.co.uk", "IE": "acornbank.ie",
                      "DE": "kestrel-analytics.de", "FR": "vantor.fr", "NO": "bluefjord.no", "NL": "marrow-studio.nl",
                      "IT": "quillon.it", "ES": "soluna.es", "PT": "verdeja.pt", "FI": "polarbyte.fi",
                      "CH": "helix-robotics.ch", "JP": "sakura-trading.jp", "IN": "indus-tech.in",
                      "AU": "eucalypt.com.au", "BR": "caju.com.br", "MX": "nopal.mx", "CA": "stonebridge.ca",
                      "AT": "ferrovia.at", "SE": "nordkap.se", "DK": "kobling.dk", "PL": "polarbyte.fi",
                      "BE": "marrow-studio.nl"}
ROLES = ["Customer Success Manager", "Support Engineer", "Office Manager", "HR Business Partner", "Account Executive",
         "Head of Operations", "Billing Specialist", "Team Lead, Payments", "Senior Recruiter", "Practice Manager"]
COMPANIES = ["Northwind Logistics", "Kestrel Analytics GmbH", "BrightPath Ltd", "Lumen Health", "Acorn Bank",
             "Vantor SAS", "Bluefjord AS", "Marrow Studio B.V.", "Quillon S.r.l.", "Soluna S.L.", "Helix Robotics AG",
             "Polarbyte Oy", "Caju Pagamentos Ltda.", "Nopal Digital S.A. de C.V.", "Stonebridge Inc."]


# ============================================================== context
class Ctx:
    def __init__(self, rng, loc):
        self.rng = rng
        self.code, self.nloc, countries, self.nlang, _ = loc
        self.country = rng.choice(countries)
        self.persons = [C.make_person(rng, self.nloc)]
        if self.nloc == "be":
            self.nlang = self.persons[0].lang
        if self.nlang in FULL_LANGS and self.nlang != "en" and rng.random() < 0.62:
            self.lang = self.nlang
        else:
            self.lang = "en"
        if self.lang != "en":
            self.cue_lang = self.lang
        else:
            self.cue_lang = self.nlang if (self.nlang in C.DOB_CUES and rng.random() < 0.3) else "en"
        self.native = {}
        self.memo = {}
        self.dobs = {}
        self.addrs = {}

    # ---- people
    def person(self, i):
        while len(self.persons) <= i:
            r = self.rng.random()
            nl = self.nloc if r < 0.55 else HOME_NLOC[self.country]
            if r > 0.9:
                nl = self.rng.choice([x[1] for x in LOCALES])
            self.persons.append(C.make_person(self.rng, nl))
        return self.persons[i]

    def use_native(self, i):
        p = self.person(i)
        if p.script == "latin":
            return True
        if i not in self.native:
            if self.lang == p.lang:
                self.native[i] = True
            else:
                self.native[i] = self.rng.random() < 0.65
        return self.native[i]

    def name(self, i, style):
        p = self.person(i)
        nat = self.use_native(i)
        if p.script == "latin":
            if style == "full":
                if p.nloc == "hu" and self.lang != "hu":
                    return p.full if self.memo.setdefault(("hu", i), self.rng.random() < 0.5) else p.lat_full
                return p.full
            if style == "given":
                return p.given
            if style == "family":
                return p.given if p.no_family else p.family
            if style == "lower":
                return p.given.lower()
            if style == "lower_full":
                return p.full.lower()
            if style in ("last_first", "upper_family"):
                if p.no_family or p.nloc in ("hu", "vi"):
                    return p.full
                return f"{p.family}, {p.given}" if style == "last_first" else f"{p.family.upper()} {p.given}"
            return p.full
        if nat:
            return {"full": p.full, "given": p.given, "family": p.family, "lower": p.given,
                    "lower_full": p.full}.get(style, p.full)
        return {"full": p.lat_full, "given": p.lat_given, "family": p.lat_family, "lower": p.lat_given.lower(),
                "lower_full": p.lat_full.lower()}.get(style, p.lat_full)

    def pn(self, i, style):
        return E("PERSON", self.name(i, style))

    def titled(self, i, lang=None):
        lang = lang or self.lang
        p = self.person(i)
        if p.script != "latin" and self.use_native(i) and p.lang == "ja":
            return cat(E("PERSON", p.family), self.rng.choice(["様", "さん"]))
        if p.script != "latin" and self.use_native(i) and p.lang == "ko":
            return cat(E("PERSON", p.full), " 님")
        if p.no_family:
            return cat(C.title(self.rng, p, "en").replace("Mrs", "Ms"), " ", E("PERSON", p.full))
        t = C.title(self.rng, p, lang if lang in C.TITLES else "en")
        fam = self.name(i, "family")
        return cat(t, " ", E("PERSON", fam))

    # ---- attributes
    def dob(self, i=0):
        if i not in self.dobs:
            self.dobs[i] = C.rand_dob(self.rng)
        return self.dobs[i]

    def addr_lines(self, key):
        if key not in self.addrs:
            self.addrs[key] = A.address_lines(self.rng, self.country)
        return self.addrs[key]

    def addr(self, key="a", multi=False, sep="\n"):
        lines = self.addr_lines(key)
        if multi and len(lines) > 1:
            return sep.join(lines)
        return ", ".join(lines)

    def dob_str(self, i=0, lang=None):
        lang = lang or self.cue_lang
        st = self.rng.choice(X.FORM_DOB_STYLE.get(lang, X.FORM_DOB_STYLE["en"]))
        if lang == "en" and self.country == "US" and st == "dmy_slash":
            st = "mdy_slash"
        if lang == "en" and self.country != "US" and st == "mdy_slash":
            st = "dmy_slash"
        return C.fdate(self.dob(i), st)

    def pw(self, key="pw"):
        k = ("raw", key)
        if k not in self.memo:
            self.memo[k] = C.password(self.rng, self.cue_lang if self.cue_lang in FULL_LANGS else "en")
        return self.memo[k]

    def iban_country(self):
        return self.country if self.country in C.IBAN_SPEC else self.rng.choice(["DE", "FR", "NL", "ES", "IT", "UK"])

    def handle(self, i):
        p = self.person(i)
        ini = (C.fold(p.lat_given)[:1] + C.fold(p.lat_family)[:1]).lower()
        return "@" + self.rng.choice([ini, ini + str(self.rng.randint(1, 99)), ini + "-" + self.rng.choice(
            ["ops", "dev", "pm", "eng", "design"])])

    # ---- placeholder resolution
    def ph(self, key):
        if key in self.memo and isinstance(self.memo[key], list):
            return self.memo[key]
        v = self._make(key)
        self.memo[key] = v
        return v

    def _make(self, key):
        r = self.rng
        m = re.fullmatch(r"(n|g|f|tf|gl|nl)(\d?)", key)
        if m:
            i = int(m.group(2)) - 1 if m.group(2) else 0
            kind = m.group(1)
            if kind == "n":
                return self.pn(i, "full")
            if kind == "g":
                return self.pn(i, "given")
            if kind == "f":
                return self.pn(i, "family")
            if kind == "gl":
                return self.pn(i, "lower")
            if kind == "nl":
                return self.pn(i, "lower_full")
            return self.titled(i)
        if key in ("a", "a2", "a3"):
            return E("ADDRESS", self.addr(key))
        if key in ("am", "am2"):
            return E("ADDRESS", self.addr(key[0] + key[2:], multi=True))
        if key in ("dob", "dob2"):
            i = 0 if key == "dob" else 1
            return C.dob_phrase(r, self.cue_lang, self.dob(i), self.person(i).gender)[0]
        if key == "hist":
            d = dt.date.fromordinal(r.randint(dt.date(1972, 1, 1).toordinal(), dt.date(2016, 12, 31).toordinal()))
            st = {"en": ["en_dmy", "en_mdy", "dmy_slash", "iso"], "de": ["dmy_dot", "de_long"], "fr": ["dmy_slash", "fr_long"],
                  "es": ["dmy_slash", "es_long"], "pt": ["dmy_slash"], "it": ["dmy_slash"], "nl": ["dmy_dash"],
                  "pl": ["dmy_dot"]}.get(self.lang, ["iso"])
            return DC("DATE", C.fdate(d, r.choice(st)))
        if key == "dobk":
            d = dt.date.fromordinal(r.randint(dt.date(2008, 1, 1).toordinal(), dt.date(2022, 12, 31).toordinal()))
            return C.dob_phrase(r, self.cue_lang, d, self.person(1).gender)[0]
        if key in ("d", "d2"):
            return E("DATE_OF_BIRTH", self.dob_str(0 if key == "d" else 1))
        if key in ("pwp", "pwp2"):
            return C.pw_phrase(r, self.cue_lang, self.pw("pw" if key == "pwp" else "pw2"))
        if key in ("pw", "pw2"):
            return E("PASSWORD", self.pw(key))
        if key in ("ph", "ph2", "ph3"):
            return E("PHONE", C.phone(r, self.country))
        if key in ("em", "em2", "em3"):
            i = 0 if key == "em" else int(key[-1]) - 1
            return E("EMAIL", C.email_for(r, self.person(i), self.country))
        if key == "cc":
            return E("CREDIT_CARD", C.card(r))
        if key == "ib":
            return E("IBAN", C.iban(r, self.iban_country()))
        if key in ("ord", "ord2"):
            return DC("ORDER_ID", C.order_id(r))
        if key in ("tix", "num", "num2"):
            if key == "tix":
                v = r.choice([f"#{r.randint(10000, 99999)}", f"INC{r.randint(0, 9999999):07d}",
                              f"CS-{r.randint(100000, 999999)}", f"{r.randint(1000000, 9999999)}",
                              f"TKT-{r.randint(1000, 99999)}"])
            else:
                v = C.numeric_id(r)
            return DC("NUMERIC_ID", v)
        if key == "port":
            return DC("NUMERIC_ID", str(r.choice([8080, 8443, 5432, 6379, 3306, 9200, 27017, 5672, 9092, 3000, 443, 2222])))
        if key == "last4":
            return DC("NUMERIC_ID", f"{r.randint(0, 9999):04d}")
        if key == "ver":
            return DC("VERSION", C.version(r))
        if key == "price":
            return DC("PRICE", C.price(r, self.country))
        if key in ("date", "date2"):
            return DC("DATE", C.date_decoy(r, self.lang))
        if key == "path":
            return DC("FILE_PATH", C.file_path(r))
        if key == "hash":
            return DC("HEX_HASH", C.hex_hash(r))
        if key == "ops":
            return DC("OPS_TERM", r.choice(X.TECH))
        if key == "place":
            return DC("OPS_TERM", r.choice(X.PLACES))
        if key == "product":
            return DC("OPS_TERM", r.choice(X.PRODUCTS))
        if key in ("h2", "h3"):
            return S(self.handle(int(key[1]) - 1))
        raise KeyError(key)

    def fill(self, tpl):
        keys = C._PH.findall(tpl)
        return T(tpl, **{k: self.ph(k) for k in keys})


def pick(rng, d, lang):
    return rng.choice(d.get(lang) or d["en"])


def greet_fix(tpl, p):
    if p.gender == "m":
        for a, b in X.GENDER_FIX.items():
            tpl = tpl.replace(a, b)
    return tpl


def date_header(rng):
    d = C.rand_recent(rng, 2023, 2025)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = C.MONTHS["en"][d.month - 1][:3]
    return f"{wd}, {d.day} {mon} {d.year} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} " \
           f"{rng.choice(['+0000', '+0100', '+0200', '-0500', '-0800', '+0900', '+0530'])}"


# ============================================================== shapes
def shape_support_email(ctx, nopii):
    r, L = ctx.rng, ctx.lang
    out = []
    company = COMPANY_BY_COUNTRY.get(ctx.country, "northwind-logistics.com")
    if nopii:
        if r.random() < 0.6:
            out += cat(f"From: {r.choice(['Billing', 'Customer Service', 'Ops Notifications', 'Accounts'])}\n",
                       "Date: ", DC("DATE", date_header(r)), "\n", f"Subject: {r.choice(['Invoice reminder', 'Maintenance window', 'Your order has shipped', 'Build failed', 'Security notice'])}\n\n")
        out += S(r.choice(["Hello,", "Dear customer,", "Hi there,", "Hallo,", "Bonjour,"] if L != "en" else
                          ["Hello,", "Dear customer,", "Hi there,", "Hi all,"]) + "\n\n")
        out += ctx.fill(pick(r, X.EMAIL_NOPII, L))
        if r.random() < 0.5:
            out += S(" ") + ctx.fill(pick(r, X.EMAIL_NOPII, L))
        out += S("\n\n" + pick(r, X.TEAM_BYE, L))
        return out
    mode = "cust" if r.random() < 0.72 else "agent"
    p = ctx.person(0)
    if r.random() < 0.45:
        if mode == "cust":
            out += cat("From: ", ctx.ph("n"), " <", ctx.ph("em"), ">\n") if r.random() < 0.8 else \
                cat("From: ", ctx.ph("em"), "\n")
            out += cat("To: ", E("EMAIL", f"{r.choice(['support', 'help', 'service', 'hello'] + (['kundenservice'] if L == 'de' else []))}@{company}"), "\n")
            if r.random() < 0.15:
                out += cat("Cc: ", ctx.ph("n3"), " <", ctx.ph("em3"), ">\n")
        else:
            agent_mail = C.email_for(r, ctx.person(3), company=company)
            out += cat("From: ", ctx.ph("n4"), " <", E("EMAIL", agent_mail), ">\n",
                       "To: ", ctx.ph("n"), " <", ctx.ph("em"), ">\n")
        out += cat("Date: ", DC("DATE", date_header(r)), "\n")
        out += S("Subject: " + pick(r, X.SUBJ, L) + "\n\n")
    if mode == "cust":
        if r.random() < 0.35:
            g = greet_fix(r.choice(X.GREET.get(L, X.GREET["en"])[0][:2]), ctx.person(3))
            out += T(g, g=ctx.ph("g4")) + S("\n\n")
        else:
            out += S(r.choice({"en": ["Hello,", "Hi,", "Dear Sir or Madam,", "Hi there,", "To whom it may concern,"],
                               "de": ["Hallo,", "Sehr geehrte Damen und Herren,", "Guten Tag,"],
                               "fr": ["Bonjour,", "Madame, Monsieur,"], "es": ["Hola:", "Buenos días:"],
                               "pt": ["Olá,", "Bom dia,"], "it": ["Buongiorno,", "Salve,"], "nl": ["Hallo,", "Beste,"],
                               "pl": ["Dzień dobry,", "Witam,"]}[L]) + "\n\n")
        body = ctx.fill(pick(r, X.EMAIL_CUST, L))
        if L != "en":
            body = [(t[:1].upper() + t[1:], k, ty) if i == 0 and k is None else (t, k, ty)
                    for i, (t, k, ty) in enumerate(body)]
        if r.random() < 0.5:
            out += ctx.fill(pick(r, X.FILLER_EMAIL, L)) + S(" ")
        if r.random() < 0.5:
            out += ctx.fill(pick(r, X.PARAS, L)) + S("\n\n")
        out += body
        for _ in range(r.choice([2, 3, 3, 4, 4, 5])):
            if r.random() < 0.65:
                out += S("\n\n") + ctx.fill(pick(r, X.PARAS, L))
            else:
                out += S("\n\n" if r.random() < 0.5 else " ") + ctx.fill(pick(r, X.FILLER_EMAIL, L))
            for k in ("ord", "date", "price", "ver", "tix", "hist"):
                ctx.memo.pop(k, None)
        if r.random() < 0.3:
            out += S("\n\n") + order_summary(ctx)
        bye = r.choice(X.BYE.get(L, X.BYE["en"]))
        out += S("\n\n") + T(bye, g=ctx.ph("g"), n=ctx.ph("n"))
        if r.random() < 0.3:
            out += S("\n") + ctx.ph("ph")
        if r.random() < 0.2:
            out += cat("\n\n", "On ", DC("DATE", date_header(r)), ", ", ctx.ph("n4"),
                       " <", E("EMAIL", f"{r.choice(['support', 'service'])}@{company}"), "> wrote:\n> ",
                       r.choice(["Could you please confirm your details so we can proceed?",
                                 "Thanks for your patience, we are looking into it.",
                                 "Please reply with the order number and your postcode."]))
        elif r.random() < 0.4:
            out += S("\n\n") + ctx.fill(pick(r, X.QUOTED, L))
        if r.random() < 0.2:
            out += S("\n\n") + S(pick(r, X.DISCLAIMERS, L) if L != "en" else r.choice(X.DISCLAIMERS["en"][:2]))
    else:
        kind, tpls = X.GREET.get(L, X.GREET["en"]), None
        if r.random() < 0.55:
            out += T(greet_fix(r.choice(kind[0]), p), g=ctx.ph("g")) + S("\n\n")
        else:
            out += T(greet_fix(r.choice(kind[1]), p), tf=ctx.ph("tf")) + S("\n\n")
        if r.random() < 0.4:
            out += S(r.choice(["Thank you for your patience while we looked into this. ",
                               "Apologies for the delay in getting back to you — we've had a higher volume of requests than usual this week. ",
                               ""]) if L == "en" else "")
        out += ctx.fill(pick(r, X.EMAIL_AGENT, L))
        apool = X.AGENT_PARAS.get(L, [])
        for para in r.sample(apool, min(len(apool), r.choice([1, 1, 2, 2, 3]))):
            out += S("\n\n") + ctx.fill(para)
            for k in ("ord", "date", "price"):
                ctx.memo.pop(k, None)
        if r.random() < 0.35:
            out += S("\n\n") + order_summary(ctx)
        if r.random() < 0.5 and L == "en":
            out += S("\n\n") + S(r.choice([
                "In the meantime, you can check the status of your request at any time from the Orders page in your account.",
                "If you need to return an item, you can print a free returns label from your account within 30 days of delivery.",
                "For security reasons we can only make changes to an account once the account holder has confirmed them in writing."]))
            out += S("\n\n") + S(r.choice({"en": ["Is there anything else I can help with?",
                                                  "Have a lovely rest of your week.",
                                                  "Don't hesitate to reply to this email if anything is unclear."],
                                           "de": ["Bei Fragen stehe ich gern zur Verfügung."],
                                           "fr": ["N'hésitez pas à revenir vers moi."],
                                           "es": ["Quedo a su disposición."], "pt": ["Fico à disposição."],
                                           "it": ["Resto a disposizione."], "nl": ["Laat het gerust weten als er nog iets is."],
                                           "pl": ["W razie pytań jestem do dyspozycji."]}[L]))
        bye = r.choice(X.BYE.get(L, X.BYE["en"]))
        out += S("\n\n") + T(bye, g=ctx.ph("g4"), n=ctx.ph("n4"))
        if r.random() < 0.6:
            out += S("\n" + r.choice(ROLES) + "\n" + r.choice(COMPANIES))
            if r.random() < 0.6:
                out += S("\n") + E("PHONE", C.phone(r, ctx.country))
            if r.random() < 0.4:
                out += S("\n") + E("ADDRESS", ctx.addr("a3", multi=r.random() < 0.5))
        if r.random() < 0.45:
            out += S("\n\n") + S(pick(r, X.DISCLAIMERS, L))
    return out


def order_summary(ctx):
    r = ctx.rng
    out = S("Order summary\n")
    for _ in range(r.randint(1, 3)):
        out += cat(f"- {r.randint(1, 3)} × {r.choice(X.ITEMS)} (SKU ", DC("ORDER_ID", C.order_id(r)), ") — ",
                   DC("PRICE", C.price(r, ctx.country)), "\n")
    out += cat("Shipping: ", r.choice(["Standard (3–5 working days)", "Express", "Click & Collect"]), "\nTotal: ",
               DC("PRICE", C.price(r, ctx.country)))
    return out


CHAT_FMTS = ["bracket", "plain", "slack", "wa", "irc", "paren"]


def shape_chat(ctx, nopii):
    r, L = ctx.rng, ctx.lang
    if not nopii and r.random() < 0.3:
        return llm_chat(ctx)
    fmt = r.choice(CHAT_FMTS)
    style = {0: r.choice(["given", "given", "full"]), 1: r.choice(["given", "full"]), 2: "given"}
    if fmt == "irc":
        style = {0: "lower", 1: "lower", 2: "lower"}
    roles = None
    context = r.choice(["work", "work", "personal"])
    if nopii:
        roles = [r.choice(["ops-bot", "deploybot", "pagerduty", "ci", "alerts"]), "oncall", "build-agent"]
    elif r.random() < 0.7:
        rl = r.choice([("Me", "Them", "Them"), ("A", "B", "C"), ("Customer", "Agent", "Supervisor"),
                       ("You", "Support", "Support"), ("visitor", "operator", "operator"),
                       ("Me", "Mum", "Dad"), ("me", "flatmate", "landlord")] if L == "en" else
                      [("Me", "Them", "Them"), ("A", "B", "C"), ("me", "flatmate", "landlord")])
        roles = list(rl)
        context = "support" if rl[1] in ("Agent", "Support", "operator") else \
            ("personal" if rl[0] in ("Me", "me") else context)
    day = C.rand_recent(r, 2023, 2025)
    hh, mm = r.randint(7, 20), r.randint(0, 59)
    lines = []
    last = [None]

    def speaker(i):
        if roles:
            return S(roles[i % 3])
        return ctx.pn(i, style.get(i, "given"))

    def emit(i, msg):
        nonlocal hh, mm
        mm += r.randint(0, 6)
        if mm >= 60:
            hh, mm = (hh + 1) % 24, mm - 60
        t = f"{hh:02d}:{mm:02d}"
        sp = speaker(i)
        if fmt == "bracket":
            return cat(f"[{t}] ", sp, ": ", msg)
        if fmt == "plain":
            return cat(sp, ": ", msg)
        if fmt == "paren":
            return cat(sp, f" ({t}): ", msg)
        if fmt == "slack":
            h12 = (hh % 12) or 12
            if last[0] == i:
                return cat(msg)
            last[0] = i
            return cat("\n", sp, f"  {h12}:{mm:02d} {'AM' if hh < 12 else 'PM'}\n", msg)
        if fmt == "wa":
            ds = C.fdate(day, "dmy_slash" if ctx.country != "US" else "mdy_slash_np")
            return cat(DC("DATE", ds), f", {t} - ", sp, ": ", msg)
        return cat(f"{t} <", sp, "> ", msg)

    fill = X.CHAT_FILL.get(L, X.CHAT_FILL["en"])
    if context == "work":
        if L == "en" or r.random() < 0.4:
            fill = fill + X.CHAT_FILL_MORE
    elif L == "en" or r.random() < 0.5:
        fill = X.CHAT_CTX_FILL[context]
    fill = list(fill)
    r.shuffle(fill)
    fill_i = [0]

    def next_fill():
        fill_i[0] += 1
        return fill[(fill_i[0] - 1) % len(fill)]
    n_dialogues = 1 if nopii else r.choice([1, 1, 1, 2])
    for k in range(n_dialogues):
        for _ in range(r.randint(5, 14)):
            lines.append(emit(r.randint(0, 1) if r.random() < 0.8 else 2, ctx.fill(next_fill())))
            for kk in ("ord", "date", "price", "ver", "tix", "path", "hash", "ops", "num", "port", "place", "product"):
                ctx.memo.pop(kk, None)
        if nopii:
            for _ in range(r.randint(3, 6)):
                lines.append(emit(r.randint(0, 2), ctx.fill(r.choice([f for f in X.CHAT_FILL["en"] if "{" in f]
                                                                      + X.CHAT_FILL["en"]))))
            continue
        if ctx.nlang in X.NATIVE_LINES and L == "en" and context != "support" and r.random() < 0.45:
            ctx.native[0] = True
            saved = ctx.cue_lang
            ctx.cue_lang = ctx.nlang if ctx.nlang in C.DOB_CUES else saved
            lines.append(emit(0, ctx.fill(r.choice(X.NATIVE_LINES[ctx.nlang]))))
            ctx.cue_lang = saved
            for kk in ("a", "dob", "pwp", "pw", "date"):
                ctx.memo.pop(kk, None)
            ctx.addrs.pop("a", None)
        dia = r.choice(X.SUPPORT_CHAT) if context == "support" else pick(r, X.CHAT, L)
        for sp, tpl in dia:
            lines.append(emit(sp, ctx.fill(tpl)))
        if r.random() < 0.5:
            lines.append(emit(r.randint(0, 1), ctx.fill(next_fill())))
    out = []
    if roles and not nopii and r.random() < 0.4:
        hdr = r.choice(["Chat transcript — {date}\nVisitor: {n} ({em})\n\n", "Live chat #{num}\n\n"]
                       if context == "support" else ["Conversation with {n}\n\n", "Exported chat ({date})\n\n"])
        out += ctx.fill(hdr)
    for i, ln in enumerate(lines):
        if i:
            out += S("\n")
        out += ln
    if out and out[0][0].startswith("\n"):
        out[0] = (out[0][0][1:],) + out[0][1:]
    return out


LLM = [
    [("User", "Can you help me write a complaint to my landlord? My name is {n} and I rent the flat at {a}. The heating has been broken since {date}."),
     ("Assistant", "Of course. Here's a draft you can adapt:\n\nDear {tf2},\n\nI am writing about the flat at {a}. The heating has not worked since {date} despite my earlier messages. Please arrange a repair within the next seven days.\n\nYours sincerely,\n{n}")],
    [("User", "fill this in for me pls: name {n}, {dob}, address {a}"),
     ("Assistant", "Here you go:\n\nName: {n}\nDate of birth: {d}\nAddress: {a}\n\nDouble-check the date format the form expects.")],
    [("User", "is {pw} a strong password? it's for my bank"),
     ("Assistant", "I'd avoid pasting real passwords anywhere, including here — consider changing it now. As for strength: \"{pw}\" follows a common pattern, so a longer passphrase of random words would be better.")],
    [("User", "Translate into Spanish: \"Hi, I'm {g}. I live at {a}. Call me on {ph}.\""),
     ("Assistant", "\"Hola, soy {g}. Vivo en {a}. Llámame al {ph}.\"")],
    [("User", "Summarise this email in one line: \"Hi team, {n2} will cover for me until {date}. Her number is {ph2}. Thanks, {g}\""),
     ("Assistant", "{n2} covers for {g} until {date} and can be reached on {ph2}.")],
    [("User", "write a short birthday message for my colleague {g2}, she turns 40"),
     ("Assistant", "Happy 40th, {g2}! Wishing you a fantastic year ahead — thanks for everything you do for the team. 🎉")],
    [("User", "My name is {n}, {dob}. Which documents do I need to renew my passport?"),
     ("Assistant", "Thanks, {g}. You'll usually need your current passport, a recent photo and the renewal form; since you were born before the cut-off, no parental consent is needed.")],
    [("User", "draft a cover letter header with my details: {n}, {a}, {em}, {ph}"),
     ("Assistant", "{n}\n{am}\n{em} · {ph}\n\n{date}\n\nDear Hiring Manager,")],
    [("User", "my wifi {pwp} — how do I put that on a QR code for guests?"),
     ("Assistant", "Encode the string WIFI:T:WPA;S:<network name>;P:{pw};; with any QR generator, then print it.")],
    [("User", "I keep forgetting my passwords. Right now my email one is {pw} and the bank one is {pw2}. Can you suggest a system?"),
     ("Assistant", "First, please change both of those, since they've now been shared in a chat. A password manager is the simplest system: you remember one strong passphrase and it generates unique passwords for everything else. Turn on two-factor authentication for email and banking as well.")],
    [("User", "My grandmother {n2} was born on {d}. What day of the week was that?"),
     ("Assistant", "Let me work that out step by step with the usual day-of-week formula... {g2} was born on a weekday — I'd double-check with a calendar to be sure.")],
]


def llm_chat(ctx):
    r = ctx.rng
    dia = r.choice(LLM)
    out = []
    labels = r.choice([("User", "Assistant"), ("user", "assistant"), ("Human", "AI"), ("Q", "A"), ("[user]", "[assistant]")])
    for i, (who, tpl) in enumerate(dia):
        if i:
            out += S("\n\n" if r.random() < 0.7 else "\n")
        lab = labels[0] if who == "User" else labels[1]
        out += S(lab + ": ") + ctx.fill(tpl)
    if "{am}" in dia[-1][1] and "a" in ctx.memo:
        pass
    return out


# ----------------------------------------------------------------- json_log
SVCS = ["checkout", "customer-api", "auth", "billing", "notifications", "kyc", "shipping", "crm-sync", "gateway"]


def json_events(ctx, nopii):
    r = ctx.rng
    evs = ["health", "deploy", "metrics", "cache"] if nopii else \
        ["addr", "login", "kyc", "mail", "msg", "pay", "payout", "otp", "profile", "signup", "addr", "login", "msg"]
    ev = r.choice(evs)
    base = [("ts", DC("DATE", C.ts_iso(r))), ("level", r.choice(["INFO", "info", "DEBUG", "WARN"])),
            ("service", r.choice(SVCS))]
    rid = ("request_id", DC("HEX_HASH", C.uuid(r)))
    if ev == "addr":
        return base + [("event", "address_updated"), ("customer_id", ("raw", str(r.randint(1000, 999999)))),
                       ("name", ctx.ph("n")), ("new_address", E("ADDRESS", ctx.addr("a", multi=True))), rid]
    if ev == "login":
        return base[:1] + [("level", "WARN"), ("service", "auth"), ("event", "login_failed"), ("username", ctx.ph("em")),
                           ("password", ctx.ph("pw")), ("attempt", ("raw", str(r.randint(2, 6)))), rid]
    if ev == "kyc":
        payload = [("first_name", ctx.ph("g")), ("last_name", ctx.ph("f")),
                   ("dob", E("DATE_OF_BIRTH", C.fdate(ctx.dob(), "iso"))), ("address", ctx.ph("a"))]
        if ctx.person(0).no_family:
            payload = [("full_name", ctx.ph("n"))] + payload[2:]
        return base + [("event", "kyc.submit"), ("payload", ("obj", payload)), rid]
    if ev == "mail":
        return base + [("event", "email.sent"), ("to", cat(ctx.ph("n"), " <", ctx.ph("em"), ">")),
                       ("template", r.choice(["welcome_v3", "password_reset", "order_confirmation"])),
                       ("order_id", ctx.ph("ord"))]
    if ev == "msg":
        tpl = r.choice(["Updated shipping address for {n}: {a}", "Sending welcome pack to {n}",
                        "Customer {n} requested callback on {ph}", "DOB mismatch for {n}: got {d}",
                        "Reset password for {em}; new temp {pwp}"])
        return base + [("msg", ctx.fill(tpl)), rid]
    if ev == "pay":
        return base + [("event", "payment.failed"), ("card", ctx.ph("cc")), ("amount", ctx.ph("price")),
                       ("order_id", ctx.ph("ord")), ("reason", r.choice(["do_not_honor", "insufficient_funds", "expired_card"]))]
    if ev == "payout":
        return base + [("event", "payout.created"), ("iban", ctx.ph("ib")), ("holder", ctx.ph("n")),
                       ("amount", ctx.ph("price"))]
    if ev == "otp":
        return base + [("event", "otp.sent"), ("phone", ctx.ph("ph")), ("user_id", ("raw", str(r.randint(1000, 99999))))]
    if ev == "profile":
        return base + [("event", "profile.updated"),
                       ("changes", ("obj", [("display_name", ctx.ph("g")), ("birthday", E("DATE_OF_BIRTH", ctx.dob_str(0, "en")))]))]
    if ev == "signup":
        return base + [("event", "user.signup"), ("user", ("obj", [("full_name", ctx.ph("n")), ("email", ctx.ph("em")),
                                                                 ("password", ctx.ph("pw2")) if r.random() < 0.5 else
                                                                 ("locale", ctx.code)])), rid]
    if ev == "health":
        return base + [("msg", f"GET /healthz 200"), ("latency_ms", ("raw", str(r.randint(1, 90)))),
                       ("version", DC("VERSION", C.version(r)))]
    if ev == "deploy":
        return base + [("event", "deploy.finished"), ("version", DC("VERSION", C.version(r))),
                       ("commit", DC("HEX_HASH", C.hexs(r, 40))), ("artifact", DC("FILE_PATH", C.file_path(r)))]
    if ev == "metrics":
        return base + [("msg", "queue depth"), ("queue", DC("OPS_TERM", r.choice(["Kafka", "Cassandra", "redis-cache-01"]))),
                       ("depth", ("raw", str(r.randint(0, 5000)))), ("port", DC("NUMERIC_ID", str(r.choice([9092, 6379, 9042]))))]
    return base + [("msg", "cache miss"), ("key", DC("HEX_HASH", C.hexs(r, 32))), ("order_id", DC("ORDER_ID", C.order_id(r)))]


def shape_json_log(ctx, nopii):
    r = ctx.rng
    f = jesc_ascii if r.random() < 0.1 else jesc
    pretty = r.random() < 0.15
    out = []
    n = 1 if pretty else r.randint(3, 7)
    pii_done = False
    for i in range(n):
        want_pii = (not nopii) and ((not pii_done and (r.random() < 0.5 or i == n - 1)) or r.random() < 0.1)
        ev = json_events(ctx, not want_pii)
        if want_pii:
            pii_done = True
        # fresh memo for person-specific decoys per line
        for k in ("ord", "price", "num"):
            ctx.memo.pop(k, None)
        if i:
            out += S("\n")
        out += jobj(ev, f=f, sep=", " if r.random() < 0.5 else ",", kv=": " if r.random() < 0.5 else ":",
                    indent=2 if pretty else None)
    return out


# ----------------------------------------------------------------- kv_log
def q(v):
    return cat('"', v, '"')


def kv_escape_nl(segs):
    return esc(segs, lambda s: s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n"))


def shape_kv_log(ctx, nopii):
    r = ctx.rng
    style = r.choice(["pylog", "logfmt", "syslog", "bracket"])
    out = []
    n = r.randint(5, 12)
    pii_line = -1 if nopii else r.randrange(n)
    second = -1 if nopii or r.random() < 0.5 else r.randrange(n)
    for i in range(n):
        if i:
            out += S("\n")
        d = C.rand_recent(r, 2024, 2025)
        if style == "pylog":
            pre = cat(DC("DATE", C.ts_log(r, d)), f" {r.choice(['INFO', 'DEBUG', 'WARNING', 'ERROR'])} [{r.choice(SVCS)}] ")
        elif style == "logfmt":
            pre = cat("ts=", DC("DATE", C.ts_iso(r, d)), f" level={r.choice(['info', 'debug', 'warn'])} ")
        elif style == "syslog":
            pre = cat(DC("DATE", f"{C.MONTHS['en'][d.month-1][:3]} {d.day:2d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"),
                      f" {r.choice(['web-01', 'app-3', 'worker-2', 'ip-10-0-1-17'])} {r.choice(['app', 'auth', 'billing'])}[{r.randint(100, 32000)}]: ")
        else:
            pre = cat("[", DC("DATE", C.ts_iso(r, d, z=False)), f"] {r.choice(['INFO', 'WARN'])} ")
        if i in (pii_line, second):
            kind = r.choice(["login", "addr", "dob", "msg", "pw_change", "card", "contact", "iban"])
            if kind == "login":
                body = cat("event=login_failed user=", ctx.ph("em"), " ",
                           r.choice(["password=", "pass=", "pwd=", "passwd="]),
                           q(ctx.ph("pw")) if r.random() < 0.5 else ctx.ph("pw"), f" attempt={r.randint(2, 5)}")
            elif kind == "addr":
                a = E("ADDRESS", ctx.addr("a", multi=r.random() < 0.4))
                body = cat('msg="address updated" customer_id=', str(r.randint(1000, 99999)), " name=",
                           q(kv_escape_nl(ctx.ph("n"))), " addr=", q(kv_escape_nl(a)))
            elif kind == "dob":
                body = cat("event=profile_update uid=", str(r.randint(1000, 99999)), " ",
                           r.choice(["dob=", "birth_date=", "date_of_birth=", "birthdate="]),
                           E("DATE_OF_BIRTH", C.fdate(ctx.dob(), r.choice(["iso", "iso", "dmy_slash", "compact"]))),
                           " first_name=", ctx.ph("g"))
            elif kind == "msg":
                body = ctx.fill(r.choice(["Sending welcome email to {n} <{em}>", "Created account for {n} ({em})",
                                          "Courier booked for {n}, {a}", "Manual override by {n} on order {ord}",
                                          "callback requested by {n} at {ph}"]))
            elif kind == "pw_change":
                body = cat("admin reset: user=", str(r.randint(1000, 99999)), " ",
                           r.choice(["new_password=", "temp_pass=", "password="]), ctx.ph("pw2"),
                           " by=", ctx.ph("g2"))
            elif kind == "card":
                body = cat("charge declined card=", ctx.ph("cc"), " amount=", ctx.ph("price"), " order=", ctx.ph("ord"))
            elif kind == "iban":
                body = cat("sepa_mandate created iban=", ctx.ph("ib"), " holder=", q(ctx.ph("n")))
            else:
                body = cat("contact_saved name=", q(ctx.ph("n")), " phone=", q(ctx.ph("ph")))
        else:
            body = ctx.fill(r.choice(X.LOG_BENIGN))
            for k in ("ord", "num", "ver", "hash", "price", "path", "date", "ops", "hist", "port", "place", "product"):
                ctx.memo.pop(k, None)
        out += pre + body
    return out


# ----------------------------------------------------------------- csv
def csv_cell(segs, delim):
    txt = C.plain_text(segs)
    if any(c in txt for c in (delim, '"', "\n")):
        return cat('"', esc(segs, lambda s: s.replace('"', '""')), '"')
    return segs


def shape_csv(ctx, nopii):
    r = ctx.rng
    delim = r.choice([",", ",", ",", ";", "\t"]) if ctx.country not in ("DE", "FR", "IT", "ES", "PL", "NL", "AT") \
        else r.choice([";", ";", ","])
    if nopii:
        cols = ["sku", "name", "qty", "price", "updated_at", "version", "warehouse"]
    else:
        cols = r.choice([
            ["id", "first_name", "last_name", "plan", "status", "member_since", "country", "mrr"],
            ["order_id", "sku", "qty", "amount", "recipient", "shipping_address", "status", "shipped_at"],
            ["id", "full_name", "dob", "team", "start_date", "office", "manager_id"],
            ["user_id", "email", "temp_password", "role", "created_at", "last_login", "mfa"],
            ["employee_no", "surname", "given_name", "birth_date", "iban", "cost_center", "contract"],
            ["ref", "cardholder", "card_number", "amount", "date", "merchant", "status"],
            ["id", "name", "date_of_birth", "street", "postcode_city", "created_at", "source"],
            ["ticket", "created_at", "priority", "subject", "customer", "phone", "status"],
            ["id", "first_name", "last_name", "email", "dob", "phone", "member_since", "status"],
        ])
    if not nopii and r.random() < 0.5:
        cols = cols + ["notes"]
    out = S(delim.join(cols) + "\n")
    nrows = r.randint(3, 5)
    for ri in range(nrows):
        sub = Ctx.__new__(Ctx)
        sub.__dict__.update(ctx.__dict__)
        sub.memo, sub.dobs, sub.addrs, sub.native = {}, {}, {}, {}
        loc = r.choice(LOCALES) if r.random() < 0.3 else None
        sub.nloc = loc[1] if loc else ctx.nloc
        sub.persons = [C.make_person(r, sub.nloc)]
        cells = []
        skip_next = False
        for c in cols:
            if skip_next:
                skip_next = False
                continue
            v = None
            if c in ("id", "employee_no", "user_id", "manager_id"):
                v = DC("NUMERIC_ID", str(r.randint(1000, 99999)))
            elif c in ("order_id", "ref", "sku"):
                v = DC("ORDER_ID", C.order_id(r))
            elif c == "ticket":
                v = DC("NUMERIC_ID", f"INC{r.randint(0, 9999999):07d}")
            elif c in ("first_name", "given_name"):
                v = sub.pn(0, "given")
            elif c in ("last_name", "surname"):
                v = sub.pn(0, "family")
            elif c in ("full_name", "name", "recipient", "cardholder", "customer"):
                if nopii:
                    v = S(r.choice(X.ITEMS))
                else:
                    v = sub.pn(0, "full" if c != "customer" or r.random() < 0.7 else "last_first")
            elif c == "email":
                v = E("EMAIL", C.email_for(r, sub.person(0), ctx.country))
            elif c in ("dob", "date_of_birth", "birth_date"):
                v = E("DATE_OF_BIRTH", sub.dob_str(0, r.choice(["en", ctx.cue_lang])))
            elif c == "phone":
                v = E("PHONE", C.phone(r, ctx.country))
            elif c == "shipping_address":
                v = E("ADDRESS", sub.addr("a", multi=r.random() < 0.25, sep="\n"))
            elif c == "street":
                lines = sub.addr_lines("a")
                first = ", ".join(lines[:-1]) if len(lines) > 1 else lines[0]
                last = lines[-1] if len(lines) > 1 else ""
                cell1 = C.plain_text(csv_cell(S(first), delim))
                cell2 = C.plain_text(csv_cell(S(last), delim))
                # street and postcode_city are adjacent cells: one ADDRESS block spanning both
                cells.append(E("ADDRESS", cell1 + delim + cell2))
                skip_next = True
                continue
            elif c == "temp_password":
                v = E("PASSWORD", C.password(r, "en"))
            elif c == "iban":
                v = E("IBAN", C.iban(r, ctx.iban_country()))
            elif c == "card_number":
                v = E("CREDIT_CARD", C.card(r))
            elif c in ("amount", "mrr", "price"):
                v = DC("PRICE", C.price(r, ctx.country))
            elif c in ("created_at", "date", "signup_date", "start_date", "shipped_at", "last_login", "updated_at"):
                v = DC("DATE", C.fdate(C.rand_recent(r), r.choice(["iso", "iso", "dmy_slash"])) if r.random() < 0.7
                       else C.ts_iso(r))
            elif c == "member_since":
                v = DC("DATE", C.fdate(dt.date.fromordinal(r.randint(dt.date(1988, 1, 1).toordinal(),
                                                                     dt.date(2019, 12, 31).toordinal())),
                                       r.choice(["iso", "dmy_slash", "dmy_dot"])))
            elif c == "version":
                v = DC("VERSION", C.version(r))
            elif c == "qty":
                v = S(str(r.randint(1, 12)))
            elif c == "plan":
                v = S(r.choice(["starter", "team", "business", "free", "pro"]))
            elif c == "status":
                if "card_number" in cols:
                    v = S(r.choice(["settled", "pending", "refunded", "declined"]))
                elif "shipping_address" in cols:
                    v = S(r.choice(["shipped", "delivered", "processing", "returned"]))
                elif "ticket" in cols:
                    v = S(r.choice(["open", "closed", "pending", "on hold"]))
                else:
                    v = S(r.choice(["active", "churned", "trial", "paused"]))
            elif c == "country":
                v = S(ctx.country if ctx.country != "UK" else "GB")
            elif c == "team":
                v = S(r.choice(["Platform", "Finance", "Sales", "People", "Data", "Support"]))
            elif c in ("office", "warehouse"):
                v = S(r.choice(["Berlin", "Remote", "London", "Lisbon", "Toronto", "Warsaw", "Osaka", "Austin"]))
            elif c == "role":
                v = S(r.choice(["admin", "viewer", "editor", "billing"]))
            elif c == "mfa":
                v = S(r.choice(["true", "false"]))
            elif c == "cost_center":
                v = S(f"CC-{r.randint(1000, 9999)}")
            elif c == "contract":
                v = S(r.choice(["full-time", "part-time 80%", "fixed-term", "contractor"]))
            elif c == "merchant":
                v = S(r.choice(["Coffee Lab", "Rail ticket", "Hotel booking", "Cloud hosting", "Office supplies"]))
            elif c == "priority":
                v = S(r.choice(["P1", "P2", "P3", "low", "high"]))
            elif c == "subject":
                v = S(r.choice(["Login issue", "Refund, order damaged", "Change of address", "Invoice copy", "App crash"]))
            elif c == "source":
                v = S(r.choice(["web", "import", "partner-api", "manual"]))
            elif c == "notes":
                v = S(r.choice(["", "", "prefers email", "called twice about delivery, escalated", "VIP - do not auto-close",
                                "duplicate of previous row?", "asked for invoice copy in PDF", "moved, see new record",
                                "migrated from legacy CRM", "payment pending, reminder sent"]))
            cells.append(csv_cell(v, delim))
        out += cells[0]
        for c in cells[1:]:
            out += S(delim) + c
        if ri < nrows - 1:
            out += S("\n")
    return out


# ----------------------------------------------------------------- form
def shape_form(ctx, nopii):
    r = ctx.rng
    lab_lang = ctx.nlang if (ctx.nlang in X.LABELS and r.random() < 0.65) else ctx.lang
    Lb = X.LABELS[lab_lang]
    colon = "：" if lab_lang in ("zh", "ja") and r.random() < 0.6 else ": "
    style = r.choice(["labels", "labels", "kv", "submission"])
    out = []
    if nopii:
        rows = [("Order", ctx.ph("ord")), ("Ticket", ctx.ph("tix")), ("Amount", ctx.ph("price")),
                ("Date", ctx.ph("date")), ("App version", ctx.ph("ver")), ("Attachment", ctx.ph("path"))]
        r.shuffle(rows)
        out += S(r.choice(["Feedback form\n", "Return request\n", "Bug report form\n", ""]))
        for i, (k, v) in enumerate(rows[: r.randint(3, 6)]):
            out += cat("\n" if i else "", k, ": ", v)
        out += S("\nMessage: " + r.choice(["The lid was cracked on arrival.", "App crashes when I rotate the screen.",
                                            "Please cancel, ordered the wrong size.", "Works fine now, thanks."]))
        return out
    p = ctx.person(0)
    if lab_lang == p.lang:
        ctx.native[0] = True
    dob_lang = lab_lang if lab_lang in X.FORM_DOB_STYLE else "en"
    fields = []
    if r.random() < 0.5 and not p.no_family:
        fields += [(Lb["first"], ctx.pn(0, "given")), (Lb["last"], ctx.pn(0, "family"))]
    else:
        fields += [(Lb["name"], ctx.pn(0, "upper_family" if r.random() < 0.12 else "full"))]
    fields.append((Lb["dob"], E("DATE_OF_BIRTH", ctx.dob_str(0, dob_lang))))
    if r.random() < 0.75:
        fields.append((Lb["addr"], E("ADDRESS", ctx.addr("a", multi=style == "labels" and r.random() < 0.3))))
    if r.random() < 0.4:
        fields.append((Lb["phone"], ctx.ph("ph")))
    if r.random() < 0.45:
        fields.append((Lb["email"], ctx.ph("em")))
    if r.random() < 0.4:
        fields.append((Lb["pw"], ctx.ph("pw")))
    for lab, vals in r.sample(X.FORM_EXTRA, r.randint(2, 5)):
        fields.insert(r.randint(1, len(fields)), (lab, S(r.choice(vals))))
    if style == "kv":
        keymap = {Lb["first"]: "first_name", Lb["last"]: "last_name", Lb["name"]: "full_name", Lb["dob"]: "dob",
                  Lb["addr"]: "address", Lb["phone"]: "phone", Lb["email"]: "email", Lb["pw"]: "password"}
        sep = r.choice(["\n", "&", "\n"])
        for i, (k, v) in enumerate(fields):
            if i:
                out += S(sep)
            vv = esc(v, lambda s: s.replace("\n", "\\n")) if sep == "&" else v
            out += cat(keymap.get(k, k.lower().replace(" ", "_").replace("?", "")) + "=", vv)
        if r.random() < 0.5:
            out += cat(sep, "order_ref=", ctx.ph("ord"), sep, "submitted_at=", DC("DATE", C.ts_iso(r)))
        return out
    if style == "submission":
        out += S(r.choice(["New submission from Contact form\n\n", "Neue Anfrage über das Kontaktformular\n\n",
                           "You have a new lead!\n\n", "Form: Registration (v2)\n\n"]))
    for i, (k, v) in enumerate(fields):
        if i:
            out += S("\n")
        if C.plain_text(v).count("\n"):
            out += cat(k, ":\n", v)
        else:
            out += cat(k, colon, v)
    if style == "submission" or r.random() < 0.7:
        msg = ctx.fill(r.choice(["Hi, please call me back after 5pm. My partner {n2} may answer.",
                                 "I'd like to register my son as well, {g2}, {dobk}.",
                                 "Please deliver to my office instead: {a2}",
                                 "Question about order {ord} — it arrived damaged.",
                                 "No message.", "Referred by {n3}."]))
        if r.random() < 0.85:
            msg = S(r.choice(X.FORM_MSGS) + " ") + msg
        out += cat("\n", {"de": "Nachricht", "fr": "Message", "es": "Mensaje", "pt": "Mensagem", "it": "Messaggio",
                          "nl": "Bericht", "pl": "Wiadomość"}.get(lab_lang, "Message"), ": ", msg)
    if r.random() < 0.3:
        out += cat("\n", "Submitted: ", DC("DATE", C.fdate(C.rand_recent(r), r.choice(["iso", "dmy_slash", "en_mdy"]))))
    return out


# ----------------------------------------------------------------- tool_call
TOOLS = {
    "update_customer": [("customer_id", "num"), ("full_name", "n"), ("address", "am"), ("phone", "ph")],
    "create_user": [("email", "em"), ("display_name", "g"), ("password", "pw"), ("locale", None)],
    "verify_identity": [("first_name", "g"), ("last_name", "f"), ("date_of_birth", "d"), ("postcode_hint", None)],
    "book_delivery": [("order_id", "ord"), ("recipient", "n"), ("address", "am"), ("slot", "date")],
    "send_email": [("to", "em"), ("subject", None), ("body", "body")],
    "create_payout": [("beneficiary", "n"), ("iban", "ib"), ("amount", "price"), ("reference", "ord")],
    "schedule_meeting": [("attendees", "att"), ("when", "date"), ("room", "ops")],
    "lookup_order": [("order_id", "ord"), ("include_history", "bool")],
    "charge_card": [("card_number", "cc"), ("cardholder", "n"), ("amount", "price")],
    "send_sms": [("to", "ph"), ("body", "smsbody")],
}


def tool_args(ctx, tool, nopii):
    r = ctx.rng
    pairs = []
    for k, src in TOOLS[tool]:
        if src is None:
            if k == "locale":
                pairs.append((k, ctx.code))
            elif k == "subject":
                pairs.append((k, r.choice(["Your new address", "Welcome!", "Re: your booking", "Next steps"])))
            else:
                pairs.append((k, r.choice(["SW1", "10115", "75011", "n/a"])))
        elif src == "bool":
            pairs.append((k, ("raw", "true")))
        elif src == "num":
            pairs.append((k, DC("NUMERIC_ID", str(r.randint(10000, 999999)))))
        elif src == "am":
            pairs.append((k, E("ADDRESS", ctx.addr("a", multi=r.random() < 0.6))))
        elif src == "d":
            pairs.append((k, E("DATE_OF_BIRTH", C.fdate(ctx.dob(), r.choice(["iso", "iso", "dmy_slash"])))))
        elif src == "body":
            pairs.append((k, ctx.fill(r.choice([
                "Hi {g},\n\nWe've updated your delivery address to:\n{am}\n\nBest,\n{g2}",
                "Hello {g},\nyour temporary {pwp}. Please change it after logging in.\n— Support",
                "Dear {tf},\n\nthank you for confirming your date of birth ({d}). Your account is now verified.\n\nKind regards\n{n2}"]))))
        elif src == "smsbody":
            pairs.append((k, ctx.fill(r.choice(["Hi {g}, your courier will arrive at {a} between 10-12.",
                                                 "{g}, your code for the locker is not your password. Ref {tix}.",
                                                 "Reminder for {n}: appointment {date}."]))))
        elif src == "att":
            pairs.append((k, ("arr", [ctx.ph("n"), ctx.ph("n2"), ctx.ph("em3")])))
        else:
            pairs.append((k, ctx.ph(src)))
    return pairs


def shape_tool_call(ctx, nopii):
    r = ctx.rng
    tool = "lookup_order" if nopii else r.choice([t for t in TOOLS if t not in ("lookup_order",)])
    if nopii:
        args = [("order_id", ctx.ph("ord")), ("include_history", ("raw", "true")), ("since", ctx.ph("date")),
                ("client_version", ctx.ph("ver"))]
    else:
        args = tool_args(ctx, tool, nopii)
    inner = jobj(args, f=jesc, sep=r.choice([", ", ","]), kv=r.choice([": ", ":"]))
    style = r.choice(["openai", "openai", "result", "anthropic_str", "msg"])
    cid = "call_" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    if style == "openai":
        outer = cat('{"id": "', cid, '", "type": "function", "function": {"name": "', tool, '", "arguments": ',
                    jstr(inner), "}}")
    elif style == "result":
        res = [("status", "ok"), ("tool", tool), ("data", ("obj", args))]
        inner2 = jobj(res, f=jesc, sep=",", kv=":")
        outer = cat('{"role": "tool", "tool_call_id": "', cid, '", "content": ', jstr(inner2), "}")
    elif style == "anthropic_str":
        outer = cat('{"type": "tool_use", "id": "toolu_01', C.hexs(r, 20), '", "name": "', tool, '", "input": {"json": ',
                    jstr(inner), "}}")
    else:
        msg = cat('{"role": "assistant", "content": null, "tool_calls": [{"id": "', cid,
                  '", "type": "function", "function": {"name": "', tool, '", "arguments": ', jstr(inner), "}}]}")
        outer = msg
    if r.random() < 0.3:
        # wrap as a line of a JSONL trace with a ts
        outer = cat('{"ts": "', DC("DATE", C.ts_iso(r)), '", "event": "llm.tool_call", "payload": ', jstr(outer), "}")
    elif r.random() < 0.8:
        sysmsg = r.choice([
            "You are a helpful support assistant for Northwind Logistics. Always confirm the order number before making changes, never reveal internal notes, and escalate anything involving refunds over 500 EUR.",
            "You are an operations copilot. Use the provided tools to complete the user's request. If a tool fails, explain the error briefly and suggest the next step. Answer in the user's language.",
            "You help the HR team keep employee records up to date. Only call tools after the user has confirmed the change. Keep answers short."])
        umsg = r.choice(["Please go ahead with the change we discussed.", "yes, do it", "Can you sort this out for me?",
                         "Confirmed, thanks.", "ok update it pls"])
        outer = cat('{"model": "', r.choice(["gpt-4o-2024-08-06", "claude-3-5-sonnet", "mistral-large-2407"]),
                    '", "messages": [{"role": "system", "content": ', jstr(sysmsg), '}, {"role": "user", "content": ',
                    jstr(umsg), '}, ', outer, ']}')
    return outer


# ----------------------------------------------------------------- code_comment
def shape_code_comment(ctx, nopii):
    r = ctx.rng
    core, lang = _code_core(ctx, nopii)
    pre = S(r.choice(X.CODE_PRE_BY[lang])) if r.random() < 0.8 else S("")
    post = S("")
    pool = X.CODE_POST_BY[lang]
    for blk in r.sample(pool, min(len(pool), r.choice([1, 1, 2, 2, 3]))):
        post += ctx.fill(blk)
        for k in ("path", "tix"):
            ctx.memo.pop(k, None)
    return pre + core + post


def _code_core(ctx, nopii):
    r = ctx.rng
    kind = r.choice(["py_fixture", "js_seed", "sql", "javadoc", "shell", "yaml", "go_test", "py_todo"])
    if nopii:
        i = r.randrange(4)
        return ctx.fill([
            "# Bump to {ver} once the {ops} client is released\n# see {path}\nDB_PASSWORD = os.environ[\"DB_PASSWORD\"]\nif not DB_PASSWORD:\n    raise RuntimeError(\"password not set\")\n",
            "// FIXME: port {port} is hardcoded, read it from config ({path})\n// introduced in {hash}\nconst MAX_RETRIES = 3;\nfunction validateAddress(addr) {\n  return addr && addr.length > 5;\n}\n",
            "-- migration {ver}: add index on orders(created_at)\n-- ticket {tix}\nCREATE INDEX CONCURRENTLY idx_orders_created ON orders (created_at);\n",
            "# password policy: min 12 chars, must not contain the user's name or date of birth\n# last reviewed {date}\nMIN_LEN = 12\n",
        ][i]), ["py", "js", "sql", "py"][i]
    if kind == "py_fixture":
        d = C.fdate(ctx.dob(), "iso")
        return cat(ctx.fill("# test fixture — real-looking data copied from ticket {tix}, TODO scrub before {date}\n"),
                   "CUSTOMER = {\n    \"name\": \"", ctx.ph("n"), "\",\n    \"dob\": \"", E("DATE_OF_BIRTH", d),
                   "\",\n    \"address\": \"", esc(E("ADDRESS", ctx.addr("a", multi=r.random() < 0.5)), jesc),
                   "\",\n    \"phone\": \"", ctx.ph("ph"), "\",\n}\n"), "py"
    if kind == "js_seed":
        return cat("// seed users for local dev (", ctx.ph("ver"), ")\n// ask ", ctx.ph("g2"),
                   " before changing these\nexport const users = [\n  { name: '", esc(ctx.ph("n"), lambda s: s.replace("'", "\\'")),
                   "', email: '", ctx.ph("em"), "', password: '", esc(ctx.ph("pw"), lambda s: s.replace("\\", "\\\\").replace("'", "\\'")),
                   "' },\n  { name: 'Test User', email: '", E("EMAIL", "test@example.com"), "', password: process.env.TEST_PW },\n];\n"), "js"
    if kind == "sql":
        sq = lambda segs: esc(segs, lambda s: s.replace("'", "''"))  # noqa: E731
        p = ctx.person(0)
        return cat("-- backfill for ", ctx.ph("tix"), "\nINSERT INTO customers (first_name, last_name, date_of_birth, address, iban)\nVALUES ('",
                   sq(ctx.pn(0, "given")), "', '", sq(ctx.pn(0, "family" if not p.no_family else "given")), "', '",
                   E("DATE_OF_BIRTH", C.fdate(ctx.dob(), "iso")), "', '", sq(E("ADDRESS", ctx.addr("a"))), "', '",
                   ctx.ph("ib"), "');\n"), "sql"
    if kind == "javadoc":
        return cat("/**\n * Reconciles ledger entries against the bank export.\n *\n * @author ", ctx.ph("n"),
                   "\n * @author ", ctx.ph("n2"), " (reviewer)\n * @since ", ctx.ph("ver"),
                   "\n */\npublic final class LedgerReconciler {\n  private static final int PORT = ", ctx.ph("port"), ";\n}\n"), "java"
    if kind == "shell":
        pw = ctx.ph("pw")
        return cat("#!/usr/bin/env bash\n# restore nightly dump — ", ctx.ph("g"), " ran this on ", ctx.ph("date"),
                   "\nset -euo pipefail\nexport PGPASSWORD='", pw, "'\npg_restore -h db-prod-03 -U app -d shop ",
                   DC("FILE_PATH", r.choice(["/srv/data/backups/db-nightly.sql.gz", "/mnt/backup/shop.dump", "./dumps/latest.dump"])), "\n"), "sh"
    if kind == "yaml":
        return cat("# owner: ", ctx.ph("n"), " <", ctx.ph("em"), ">\nservice: billing\nversion: ", ctx.ph("ver"),
                   "\ndatabase:\n  host: ", DC("OPS_TERM", "db-prod-03"), "\n  user: billing_rw\n  ",
                   r.choice(["password", "passwd", "pass"]), ": ", ctx.ph("pw"), "\n"), "yaml"
    if kind == "go_test":
        return cat("func TestFormatAddress(t *testing.T) {\n\t// case reported by ", ctx.ph("n"), ", see ", ctx.ph("tix"),
                   "\n\tgot := FormatAddress(", jstr(E("ADDRESS", ctx.addr("a", multi=True))), ")\n\tif got == \"\" {\n\t\tt.Fatal(\"empty\")\n\t}\n}\n"), "go"
    return cat("def migrate_user(u):\n    # TODO(", ctx.ph("gl2"), "): remove the hardcoded fallback below.\n    # ",
               ctx.ph("g"), " said the legacy admin ", ctx.ph("pwp"), ", rotate after the cutover on ", ctx.ph("date"),
               "\n    return legacy.login(u, fallback=True)\n"), "py"


# ----------------------------------------------------------------- markdown
def shape_markdown(ctx, nopii):
    r = ctx.rng
    core = _md_core(ctx, nopii)
    extra = S("")
    for sec in r.sample(X.MD_SECTIONS, r.randint(2, 5)):
        extra += S("\n") + ctx.fill(sec)
        for k in ("date", "date2", "price", "path", "tix", "ver", "ord"):
            ctx.memo.pop(k, None)
    return core + extra


def _md_core(ctx, nopii):
    r = ctx.rng
    if nopii:
        return ctx.fill(r.choice([
            "## Changelog\n\n### {ver} — {date}\n- Fixed crash when the {ops} queue is empty\n- Bumped dependencies (commit `{hash}`)\n\n### Known issues\n- Exports to `{path}` are slow for >10k rows\n",
            "# Runbook: checkout latency\n\n1. Check the **{ops}** dashboard.\n2. If p99 > 800ms, scale `worker` to 6.\n3. Open an incident ({tix}) and link order `{ord}` if a customer is affected.\n\n> Last reviewed {date}.\n",
        ]))
    kind = r.choice(["notes", "table", "bug", "readme", "hr"])
    if kind == "notes":
        return ctx.fill(r.choice([
            "# Weekly sync — {date}\n\n**Attendees:** {n}, {n2}, {g3}\n\n## Notes\n- {g2} will send the lease to the landlord at {a}\n- Budget for the offsite: {price}\n- {g} is out {date2}\n\n## Action items\n- [ ] {h2} ({n2}) — chase invoice {ord}\n- [ ] {g3}: update the wiki\n",
            "# 1:1 {g} / {g2}\n\n- Feedback on the {ops} migration went well\n- {g} moving to {am}, needs new parking permit\n- Next check-in: {date}\n",
        ]))
    if kind == "table":
        out = S("## Contacts\n\n| Name | Role | Phone | Email |\n|---|---|---|---|\n")
        for i in range(r.randint(2, 4)):
            out += cat("| ", ctx.pn(i, "full"), " | ", r.choice(ROLES), " | ", E("PHONE", C.phone(r, ctx.country)), " | ",
                       E("EMAIL", C.email_for(r, ctx.person(i), ctx.country)), " |\n")
        out += ctx.fill("\n_Last updated {date}._\n")
        return out
    if kind == "bug":
        return ctx.fill(r.choice([
            "### Bug: address form drops unit number\n\n**Steps to reproduce**\n1. Log in as the test user ({em}, {pwp})\n2. Enter `{a}` as shipping address\n3. Save → unit is missing\n\n**Version:** {ver}\n**Reported by:** {n}\n",
            "### DOB validation rejects valid dates\n\nCustomer {n}, {dob}, couldn't sign up on {ver}. Logs: `{path}`\n\ncc {h2} / {g2}\n",
        ]))
    if kind == "readme":
        return ctx.fill("# billing-exporter\n\nMaintainer: **{n}** ({h2} is backup: {n2})\n\n```bash\nexport EXPORTER_TOKEN=...   # ask {g} in #billing\n./run.sh --since {date}\n```\n\nCurrent release: {ver}. Sample output lives in `{path}`.\n")
    return ctx.fill(r.choice([
        "## New joiner: {n}\n\n- **Start date:** {date}\n- **{dob}**\n- **Desk:** 4.12 (next to {g2})\n- **Buddy:** {n2}\n- **Home address (for the welcome box):** {a}\n",
        "## Emergency contacts\n\n- {n}: {ph}\n- {n2}: {ph2}\n\nOffice: {am}\n",
    ]))


# ----------------------------------------------------------------- sms
def shape_sms(ctx, nopii):
    r, L = ctx.rng, ctx.lang
    if nopii:
        return ctx.fill(pick(r, X.SMS_NOPII, L))
    if ctx.nlang in X.NATIVE_LINES and ctx.lang == "en" and r.random() < 0.6:
        ctx.native[0] = True
        ctx.cue_lang = ctx.nlang if ctx.nlang in C.DOB_CUES else ctx.cue_lang
        out = ctx.fill(r.choice(X.NATIVE_LINES[ctx.nlang]))
    else:
        out = ctx.fill(pick(r, X.SMS, L))
    if r.random() < 0.3:
        out += S(" ") + ctx.fill(r.choice(["x", "thx!", "🙏", "ok?", "ta"]))
    return out


SHAPES = {"chat": (shape_chat, 14), "support_email": (shape_support_email, 20), "json_log": (shape_json_log, 12),
          "kv_log": (shape_kv_log, 11), "csv": (shape_csv, 4), "form": (shape_form, 7),
          "tool_call": (shape_tool_call, 9), "code_comment": (shape_code_comment, 9),
          "markdown": (shape_markdown, 9), "sms": (shape_sms, 4)}


def check(text, ents, decs):
    spans = []
    for e in ents + decs:
        assert text[e["start"]:e["end"]] == e["value"], (e, text)
        assert e["value"] and e["value"] == e["value"].strip(), (e, text)
        spans.append((e["start"], e["end"]))
    spans.sort()
    for (a, b), (c, d) in zip(spans, spans[1:]):
        assert c >= b, ("overlap", text[a:b], text[c:d])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "tests", "fixtures", "pii", "eval-dev2.jsonl"))
    ap.add_argument("--n", type=int, default=1500)
    args = ap.parse_args()
    rng = random.Random(SEED)
    shapes = list(SHAPES)
    sw = [SHAPES[s][1] for s in shapes]
    lw = [l[4] for l in LOCALES]
    recs = []
    seen = set()
    i = 0
    while len(recs) < args.n:
        i += 1
        shape = rng.choices(shapes, sw)[0]
        loc = rng.choices(LOCALES, lw)[0]
        ctx = Ctx(rng, loc)
        nopii = rng.random() < 0.1
        segs = SHAPES[shape][0](ctx, nopii)
        text, ents, decs = C.render(segs)
        check(text, ents, decs)
        if text in seen:
            continue
        seen.add(text)
        recs.append({"id": len(recs), "source": f"dev2/{shape}/{ctx.code}", "text": text, "entities": ents,
                     "decoys": decs})
    out = os.path.normpath(args.out)
    with open(out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ec = collections.Counter(e["type"] for rec in recs for e in rec["entities"])
    dc = collections.Counter(e["type"] for rec in recs for e in rec["decoys"])
    nchars = sum(len(rec["text"]) for rec in recs)
    print(out)
    print("texts:", len(recs), " pii-free:", sum(1 for rec in recs if not rec["entities"]),
          " chars:", nchars, " chars/entity: %.0f" % (nchars / max(1, sum(ec.values()))))
    print("entities:", dict(sorted(ec.items(), key=lambda x: -x[1])))
    print("decoys:", dict(sorted(dc.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
