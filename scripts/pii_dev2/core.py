# -*- coding: utf-8 -*-
"""Core helpers for the dev2 corpus: segments, persons, dates, secrets, decoys."""
import datetime as dt
import json
import re
import unicodedata

import names as N
import addresses as A

# ---------------------------------------------------------------- segments
# A segment is (text, kind, type) with kind None (plain), 'E' (entity), 'D' (decoy).


def S(t):
    return [(t, None, None)]


def E(ty, v):
    return [(v, "E", ty)]


def DC(ty, v):
    return [(v, "D", ty)]


def seg(v):
    if isinstance(v, str):
        return S(v)
    return list(v)


def cat(*parts):
    out = []
    for p in parts:
        out += seg(p)
    return out


_PH = re.compile(r"\{([a-z_0-9]+)\}")


def T(tpl, **m):
    out, pos = [], 0
    for mo in _PH.finditer(tpl):
        out += S(tpl[pos:mo.start()])
        out += seg(m[mo.group(1)])
        pos = mo.end()
    out += S(tpl[pos:])
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_ascii(s):
    return json.dumps(s)[1:-1]


def esc(segs, f):
    return [(f(t), k, ty) for t, k, ty in segs]


def plain_text(segs):
    return "".join(t for t, _, _ in segs)


def jstr(v, f=jesc):
    """A JSON string literal from segments/str."""
    return cat('"', esc(seg(v), f), '"')


def jobj(pairs, f=jesc, sep=", ", kv=": ", indent=None, level=0):
    """pairs: list of (key, value); value: str/segs (string), ('raw', s), ('obj', pairs), ('arr', [values])."""
    def val(v, lvl):
        if isinstance(v, tuple) and v and v[0] == "raw":
            return S(v[1])
        if isinstance(v, tuple) and v and v[0] == "obj":
            return jobj(v[1], f, sep, kv, indent, lvl + 1)
        if isinstance(v, tuple) and v and v[0] == "arr":
            items = [val(x, lvl + 1) for x in v[1]]
            out = S("[")
            for i, it in enumerate(items):
                if i:
                    out += S(sep)
                out += it
            return out + S("]")
        return jstr(v, f)
    if indent is None:
        out = S("{")
        for i, (k, v) in enumerate(pairs):
            if i:
                out += S(sep)
            out += S(json.dumps(k) + kv) + val(v, level)
        return out + S("}")
    pad = " " * (indent * (level + 1))
    out = S("{\n")
    for i, (k, v) in enumerate(pairs):
        out += S(pad + json.dumps(k) + ": ") + val(v, level)
        out += S(",\n" if i < len(pairs) - 1 else "\n")
    return out + S(" " * (indent * level) + "}")


def render(segs):
    text, ents, decs = [], [], []
    pos = 0
    for t, k, ty in segs:
        if k == "E":
            ents.append({"type": ty, "start": pos, "end": pos + len(t), "value": t})
        elif k == "D":
            decs.append({"type": ty, "start": pos, "end": pos + len(t), "value": t})
        text.append(t)
        pos += len(t)
    return "".join(text), ents, decs


# ---------------------------------------------------------------- folding
_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i",
         "ð": "d", "þ": "th", "œ": "oe", "Œ": "Oe", "'": "", "’": ""}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, given, family, gender, nloc, full=None, lat_given=None, lat_family=None, lat_full=None,
                 script="latin", lang="en", no_family=False):
        self.given, self.family, self.gender, self.nloc = given, family, gender, nloc
        self.full = full or f"{given} {family}"
        self.lat_given = lat_given or given
        self.lat_family = lat_family or family
        self.lat_full = lat_full or (f"{self.lat_given} {self.lat_family}" if lat_given else self.full)
        self.script = script
        self.lang = lang
        self.no_family = no_family


def _g(rng):
    return "m" if rng.random() < 0.5 else "f"


def _west(rng, m, f, sur, nloc, lang, fem=None):
    g = _g(rng)
    given = rng.choice(m if g == "m" else f)
    fam = rng.choice(sur)
    if g == "f" and fem:
        fam = fem(fam)
    return Person(given, fam, g, nloc, lang=lang)


def _pl_fem(s):
    for a, b in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


def _es_name(rng, m, f, sur, nloc, lang, two=0.7):
    g = _g(rng)
    given = rng.choice(m if g == "m" else f)
    s1 = rng.choice(sur)
    fam = s1
    if rng.random() < two:
        s2 = rng.choice(sur)
        if s2 != s1:
            fam = f"{s1} {s2}" if rng.random() < 0.85 else f"{s1}-{s2}"
    return Person(given, fam, g, nloc, lang=lang)


def _pt_name(rng, m, f, nloc, lang):
    g = _g(rng)
    given = rng.choice(m if g == "m" else f)
    parts = []
    for k in range(2 if rng.random() < 0.55 else 1):
        s = rng.choice(N.PT_SUR)
        if s in parts:
            continue
        if rng.random() < 0.3:
            if s in ("Santos", "Reis", "Anjos", "Prazeres"):
                parts.append("dos")
            elif s in ("Silva", "Costa", "Rocha", "Conceição", "Assunção", "Cunha", "Fonseca", "Mota"):
                parts.append("da")
            elif s in ("Nascimento", "Carmo", "Rosário", "Amaral"):
                parts.append("do")
            else:
                parts.append("de")
        parts.append(s)
    return Person(given, " ".join(parts), g, nloc, lang=lang)


def _pair(rng, lst):
    return rng.choice(lst)


def _native(rng, m, f, sur, nloc, lang, script, eastern=False, space=" ", lat_eastern=False):
    g = _g(rng)
    gn, gl = _pair(rng, m if g == "m" else f)
    fn, fl = _pair(rng, sur)
    full = f"{fn}{space}{gn}" if eastern else f"{gn}{space}{fn}"
    lat_full = f"{fl} {gl}" if lat_eastern else f"{gl} {fl}"
    return Person(gn, fn, g, nloc, full=full, lat_given=gl, lat_family=fl, lat_full=lat_full, script=script, lang=lang)


def make_person(rng, nloc):
    r = rng.random()
    if nloc == "en_us":
        if r < 0.1:
            return _es_name(rng, N.MX_M, N.MX_F, N.MX_SUR, nloc, "en", two=0.15)
        if r < 0.16:
            g = _g(rng)
            return Person(rng.choice(N.EN_M if g == "m" else N.EN_F), fold(rng.choice(N.VI_SUR)), g, nloc)
        if r < 0.21:
            g = _g(rng)
            return Person(rng.choice(N.EN_M if g == "m" else N.EN_F), rng.choice(N.ZH_SUR)[1], g, nloc)
        return _west(rng, N.EN_M, N.EN_F, N.EN_SUR, nloc, "en")
    if nloc == "en_gb":
        return _west(rng, N.UK_M + N.EN_M[:40], N.UK_F + N.EN_F[:40], N.UK_SUR + N.EN_SUR, nloc, "en")
    if nloc == "ga_ie":
        return _west(rng, N.IE_M, N.IE_F, N.IE_SUR, nloc, "en")
    if nloc == "en_ca":
        if r < 0.35:
            return _west(rng, N.FRCA_M, N.FRCA_F, N.FRCA_SUR, nloc, "en")
        return _west(rng, N.EN_M, N.EN_F, N.EN_SUR + N.FRCA_SUR[:8], nloc, "en")
    if nloc == "fr_ca":
        return _west(rng, N.FRCA_M, N.FRCA_F, N.FRCA_SUR, nloc, "fr")
    if nloc == "en_au":
        return _west(rng, N.AU_M + N.EN_M[:30], N.AU_F + N.EN_F[:30], N.AU_SUR + N.EN_SUR[:50], nloc, "en")
    if nloc == "de":
        return _west(rng, N.DE_M, N.DE_F, N.DE_SUR, nloc, "de")
    if nloc == "at":
        return _west(rng, N.AT_M + N.DE_M[:15], N.AT_F + N.DE_F[:15], N.AT_SUR, nloc, "de")
    if nloc == "ch":
        return _west(rng, N.CH_M, N.CH_F, N.CH_SUR, nloc, "de")
    if nloc == "fr":
        return _west(rng, N.FR_M, N.FR_F, N.FR_SUR, nloc, "fr")
    if nloc == "be":
        if r < 0.5:
            return _west(rng, N.BE_M, N.BE_F, N.BE_SUR, nloc, "nl")
        return _west(rng, N.FR_M[:20], N.FR_F[:20], N.BE_SUR, nloc, "fr")
    if nloc == "nl":
        return _west(rng, N.NL_M, N.NL_F, N.NL_SUR, nloc, "nl")
    if nloc == "it":
        return _west(rng, N.IT_M, N.IT_F, N.IT_SUR, nloc, "it")
    if nloc == "es":
        return _es_name(rng, N.ES_M, N.ES_F, N.ES_SUR, nloc, "es")
    if nloc == "mx":
        return _es_name(rng, N.MX_M, N.MX_F, N.MX_SUR, nloc, "es")
    if nloc == "pt":
        return _pt_name(rng, N.PT_M, N.PT_F, nloc, "pt")
    if nloc == "br":
        return _pt_name(rng, N.BR_M, N.BR_F, nloc, "pt")
    if nloc == "pl":
        return _west(rng, N.PL_M, N.PL_F, N.PL_SUR, nloc, "pl", fem=_pl_fem)
    if nloc == "cs":
        g = _g(rng)
        pr = rng.choice(N.CZ)
        return Person(rng.choice(N.CZ_M if g == "m" else N.CZ_F), pr[0] if g == "m" else pr[1], g, nloc, lang="cs")
    if nloc == "hu":
        g = _g(rng)
        given = rng.choice(N.HU_M if g == "m" else N.HU_F)
        fam = rng.choice(N.HU_SUR)
        return Person(given, fam, g, nloc, full=f"{fam} {given}", lat_full=f"{given} {fam}", lang="hu")
    if nloc == "tr":
        return _west(rng, N.TR_M, N.TR_F, N.TR_SUR, nloc, "tr")
    if nloc == "sv":
        return _west(rng, N.SV_M, N.SV_F, N.SV_SUR, nloc, "sv")
    if nloc == "da":
        return _west(rng, N.DA_M, N.DA_F, N.DA_SUR, nloc, "da")
    if nloc == "no":
        return _west(rng, N.NO_M, N.NO_F, N.NO_SUR, nloc, "no")
    if nloc == "fi":
        return _west(rng, N.FI_M, N.FI_F, N.FI_SUR, nloc, "fi")
    if nloc == "vi":
        g = _g(rng)
        fam = rng.choice(N.VI_SUR)
        mid = rng.choice(N.VI_MID_M if g == "m" else N.VI_MID_F)
        given = rng.choice(N.VI_M if g == "m" else N.VI_F)
        if rng.random() < 0.25:
            given2 = rng.choice(N.VI_M if g == "m" else N.VI_F)
            full = f"{fam} {mid} {given2} {given}" if given2 != given else f"{fam} {mid} {given}"
        else:
            full = f"{fam} {mid} {given}"
        return Person(given, fam, g, nloc, full=full, lat_full=full, lang="vi")
    if nloc == "yo":
        return _west(rng, N.YO_M, N.YO_F, N.YO_SUR, nloc, "en")
    if nloc == "ig":
        return _west(rng, N.IG_M, N.IG_F, N.IG_SUR, nloc, "en")
    if nloc == "ph":
        return _west(rng, N.PH_M, N.PH_F, N.PH_SUR, nloc, "en")
    if nloc == "ms":
        g = _g(rng)
        given = rng.choice(N.MS_M if g == "m" else N.MS_F)
        fa = rng.choice(N.MS_FATHER)
        link = ("bin" if g == "m" else "binti") if rng.random() < 0.8 else ("b." if g == "m" else "bt.")
        return Person(given, fa, g, nloc, full=f"{given} {link} {fa}", no_family=True, lang="en")
    if nloc == "ar":
        return _native(rng, N.AR_M, N.AR_F, N.AR_SUR, nloc, "ar", "arabic")
    if nloc == "he":
        return _native(rng, N.HE_M, N.HE_F, N.HE_SUR, nloc, "he", "hebrew")
    if nloc == "el":
        g = _g(rng)
        gn, gl = rng.choice(N.EL_M if g == "m" else N.EL_F)
        (fm, fml), (ff, ffl) = rng.choice(N.EL_SUR)
        fn, fl = (fm, fml) if g == "m" else (ff, ffl)
        return Person(gn, fn, g, nloc, lat_given=gl, lat_family=fl, script="greek", lang="el")
    if nloc == "ru":
        g = _g(rng)
        gn, gl = rng.choice(N.RU_M if g == "m" else N.RU_F)
        fn, fl = rng.choice(N.RU_SUR)
        if g == "f":
            fn, fl = fn + "а", fl + "a"
        full = f"{gn} {fn}"
        lat_full = f"{gl} {fl}"
        if rng.random() < 0.3:
            pn, pl_ = rng.choice(N.RU_PATR_M if g == "m" else N.RU_PATR_F)
            full = f"{fn} {gn} {pn}"
            lat_full = f"{gl} {pl_} {fl}"
        return Person(gn, fn, g, nloc, full=full, lat_given=gl, lat_family=fl, lat_full=lat_full, script="cyrillic",
                      lang="ru")
    if nloc == "uk":
        return _native(rng, N.UK_UA_M, N.UK_UA_F, N.UK_UA_SUR, nloc, "uk", "cyrillic")
    if nloc == "hi":
        return _native(rng, N.HI_M, N.HI_F, N.HI_SUR, nloc, "hi", "devanagari")
    if nloc == "in":
        return _west(rng, N.IN_M, N.IN_F, N.IN_SUR, nloc, "en")
    if nloc == "bn":
        return _native(rng, N.BN_M, N.BN_F, N.BN_SUR, nloc, "bn", "bengali")
    if nloc == "th":
        return _native(rng, N.TH_M, N.TH_F, N.TH_SUR, nloc, "th", "thai")
    if nloc == "zh":
        p = _native(rng, N.ZH_M, N.ZH_F, N.ZH_SUR, nloc, "zh", "han", eastern=True, space="",
                    lat_eastern=rng.random() < 0.6)
        if rng.random() < 0.15:
            p.lat_given = rng.choice(N.ZH_EN)
            p.lat_full = f"{p.lat_given} {p.lat_family}"
        return p
    if nloc == "ja":
        return _native(rng, N.JA_M, N.JA_F, N.JA_SUR, nloc, "ja", "japanese", eastern=True,
                       space=rng.choice(["", " ", "\u3000"]), lat_eastern=rng.random() < 0.2)
    if nloc == "ko":
        p = _native(rng, N.KO_M, N.KO_F, N.KO_SUR, nloc, "ko", "hangul", eastern=True, space="",
                    lat_eastern=rng.random() < 0.5)
        if rng.random() < 0.3:
            p.lat_given = p.lat_given.replace("-", "")
            p.lat_full = f"{p.lat_given} {p.lat_family}"
        return p
    raise KeyError(nloc)


def nm(rng, p, style=None, native_ok=True):
    """Pick a surface form of the person's name. Returns the exact string to label."""
    use_native = p.script != "latin" and native_ok and rng.random() < 0.55
    if style is None:
        style = rng.choice(["full", "full", "full", "given"])
    if p.script != "latin" and not use_native:
        if style == "full":
            return p.lat_full
        if style == "given":
            return p.lat_given
        if style == "family":
            return p.lat_family
        if style == "lower_given":
            return p.lat_given.lower()
        if style == "lower_full":
            return p.lat_full.lower()
        if style == "ascii_full":
            return p.lat_full
        if style == "last_first":
            return f"{p.lat_family}, {p.lat_given}"
        if style == "upper_family":
            return f"{p.lat_family.upper()} {p.lat_given}"
        return p.lat_full
    if style == "full":
        return p.full
    if style == "given":
        return p.given
    if style == "family":
        return p.family if not p.no_family else p.given
    if style == "lower_given":
        return p.given.lower() if p.script == "latin" else p.given
    if style == "lower_full":
        return p.full.lower() if p.script == "latin" else p.full
    if style == "ascii_full":
        return fold(p.full)
    if style == "last_first":
        if p.no_family or p.nloc in ("hu", "vi") or p.script != "latin":
            return p.full
        return f"{p.family}, {p.given}"
    if style == "upper_family":
        if p.no_family or p.nloc in ("hu", "vi") or p.script != "latin":
            return p.full
        return f"{p.family.upper()} {p.given}"
    return p.full


TITLES = {
    "en": ({"m": ["Mr", "Mr."], "f": ["Ms", "Ms.", "Mrs", "Mrs.", "Miss"]}, ["Dr", "Dr.", "Prof."]),
    "de": ({"m": ["Herr"], "f": ["Frau"]}, ["Herr Dr.", "Frau Dr.", "Prof. Dr."]),
    "fr": ({"m": ["M.", "Monsieur"], "f": ["Mme", "Madame"]}, ["Dr", "Pr"]),
    "es": ({"m": ["Sr.", "D."], "f": ["Sra.", "Dña."]}, ["Dr.", "Dra."]),
    "pt": ({"m": ["Sr."], "f": ["Sra."]}, ["Dr.", "Dra."]),
    "it": ({"m": ["Sig."], "f": ["Sig.ra"]}, ["Dott.", "Dott.ssa", "Ing."]),
    "nl": ({"m": ["dhr.", "de heer"], "f": ["mevr.", "mevrouw"]}, ["dr.", "prof."]),
    "pl": ({"m": ["Pan"], "f": ["Pani"]}, ["dr", "prof."]),
}


def title(rng, p, lang):
    t = TITLES.get(lang, TITLES["en"])
    if rng.random() < 0.12:
        tt = rng.choice(t[1])
        if lang == "es" and tt in ("Dr.", "Dra."):
            tt = "Dr." if p.gender == "m" else "Dra."
        if lang == "it" and tt.startswith("Dott"):
            tt = "Dott." if p.gender == "m" else "Dott.ssa"
        if lang == "de" and tt in ("Herr Dr.", "Frau Dr."):
            tt = "Herr Dr." if p.gender == "m" else "Frau Dr."
        return tt
    return rng.choice(t[0][p.gender])


# ---------------------------------------------------------------- email
FREEMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
            "UK": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
            "IE": ["gmail.com", "eircom.net", "outlook.ie"], "CA": ["gmail.com", "rogers.com", "videotron.ca", "shaw.ca"],
            "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
            "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"], "AT": ["gmx.at", "aon.at", "chello.at"],
            "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"], "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
            "BE": ["telenet.be", "skynet.be", "proximus.be"], "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"],
            "IT": ["libero.it", "tiscali.it", "virgilio.it", "gmail.com"], "ES": ["gmail.com", "telefonica.net", "yahoo.es"],
            "PT": ["sapo.pt", "gmail.com", "iol.pt"], "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
            "SE": ["telia.com", "gmail.com", "bredband.net"], "DK": ["gmail.com", "mail.dk", "jubii.dk"],
            "NO": ["online.no", "gmail.com"], "FI": ["gmail.com", "elisanet.fi", "luukku.com"],
            "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
            "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"], "MX": ["gmail.com", "prodigy.net.mx", "hotmail.com"]}
COMPANY = ["northwind-logistics.com", "kestrel-analytics.de", "brightpath.co.uk", "lumen-health.io", "acornbank.ie",
           "vantor.fr", "bluefjord.no", "tallinnsoft.com", "marrow-studio.nl", "quillon.it", "soluna.es", "verdeja.pt",
           "polarbyte.fi", "helix-robotics.ch", "ostrava-labs.cz", "sakura-trading.jp", "indus-tech.in",
           "eucalypt.com.au", "caju.com.br", "nopal.mx", "stonebridge.ca", "ferrovia.at", "nordkap.se", "kobling.dk"]


def email_for(rng, p, country="US", company=None):
    g = re.sub(r"[^a-z]", "", fold(p.lat_given).lower()) or "user"
    f = re.sub(r"[^a-z]", "", fold(p.lat_family).lower()) or "mail"
    if p.no_family:
        f = re.sub(r"[^a-z]", "", fold(p.lat_family).lower())
    pat = rng.choice(["{g}.{f}", "{g}{f}", "{g0}{f}", "{g}_{f}", "{g}.{f}{n}", "{f}.{g}", "{g}{n}", "{g0}.{f}",
                      "{f}{g0}", "{g}-{f}"])
    local = pat.format(g=g, f=f, g0=g[0], n=rng.randint(1, 99) if rng.random() < 0.6 else rng.randint(1950, 2006))
    dom = company or rng.choice(FREEMAIL.get(country, FREEMAIL["US"]))
    return f"{local}@{dom}"


# ---------------------------------------------------------------- phones
PHONES = {
    "US": ["({a}) {3}-{4}", "+1 {a}-{3}-{4}", "{a}.{3}.{4}", "{a}-{3}-{4}", "+1 ({a}) {3}-{4}"],
    "CA": ["({a}) {3}-{4}", "+1 {a} {3} {4}", "{a}-{3}-{4}"],
    "UK": ["+44 7{3} {6}", "07{3} {6}", "020 {4} {4}", "+44 (0)161 {3} {4}", "0113 {3} {4}"],
    "IE": ["+353 8{1} {3} {4}", "08{1} {3} {4}", "(01) {3} {4}"],
    "DE": ["+49 1{2} {8}", "01{2} {7}", "030 {8}", "+49 (0)89 {7}", "0221/{7}", "+49 40 {3} {4}"],
    "AT": ["+43 66{1} {7}", "0660 {7}", "+43 1 {7}"],
    "CH": ["+41 7{1} {3} {2} {2}", "07{1} {3} {2} {2}", "+41 44 {3} {2} {2}"],
    "FR": ["+33 6 {2} {2} {2} {2}", "06 {2} {2} {2} {2}", "07.{2}.{2}.{2}.{2}", "01 {2} {2} {2} {2}", "+33 (0)7 {2} {2} {2} {2}"],
    "BE": ["+32 47{1} {2} {2} {2}", "047{1} {2} {2} {2}", "02 {3} {2} {2}"],
    "NL": ["+31 6 {8}", "06-{8}", "06 {2} {2} {2} {2}", "020 {3} {4}"],
    "IT": ["+39 3{2} {3} {4}", "3{2} {7}", "06 {4} {4}", "+39 02 {4} {4}"],
    "ES": ["+34 6{2} {3} {3}", "6{2} {2} {2} {2}", "91 {3} {2} {2}"],
    "PT": ["+351 9{2} {3} {3}", "9{2} {3} {3}", "21 {3} {4}"],
    "PL": ["+48 5{2} {3} {3}", "6{2} {3} {3}", "+48 22 {3} {2} {2}", "7{2}-{3}-{3}"],
    "SE": ["+46 70 {3} {2} {2}", "070-{3} {2} {2}", "08-{3} {2} {2}"],
    "DK": ["+45 {2} {2} {2} {2}", "{2} {2} {2} {2}"],
    "NO": ["+47 4{2} {2} {3}", "9{2} {2} {3}", "+47 22 {2} {2} {2}"],
    "FI": ["+358 40 {3} {4}", "040 {3} {4}", "050 {7}", "09 {3} {4}"],
    "JP": ["090-{4}-{4}", "+81 90-{4}-{4}", "03-{4}-{4}", "080-{4}-{4}", "06-{4}-{4}"],
    "IN": ["+91 9{4} {5}", "09{4} {5}", "+91-98{8}", "080 {4} {4}", "+91 80 {4} {4}"],
    "AU": ["04{2} {3} {3}", "+61 4{2} {3} {3}", "(02) {4} {4}", "(03) {4} {4}"],
    "BR": ["+55 11 9{4}-{4}", "(11) 9{4}-{4}", "(21) 9{4}-{4}", "+55 (31) 9{4}-{4}"],
    "MX": ["+52 55 {4} {4}", "55 {4} {4}", "(33) {4} {4}", "+52 1 81 {4} {4}"],
}
US_AREA = ["212", "347", "415", "510", "312", "773", "512", "713", "214", "206", "503", "303", "602", "404", "305",
           "617", "215", "412", "410", "703", "704", "919", "615", "612", "608", "313", "614", "317", "314", "504",
           "801", "702", "505", "907", "808", "802"]
CA_AREA = ["416", "647", "514", "438", "604", "403", "780", "613", "204", "902", "250", "306", "709", "418"]


def phone(rng, country):
    pat = rng.choice(PHONES[country])

    def rep(mo):
        k = mo.group(1)
        if k == "a":
            return rng.choice(US_AREA if country == "US" else CA_AREA)
        n = int(k)
        s = "".join(rng.choice("0123456789") for _ in range(n))
        if n >= 3 and s[0] in "01":
            s = str(rng.randint(2, 9)) + s[1:]
        return s
    return re.sub(r"\{(\w)\}", rep, pat)


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
           "lokakuuta marraskuuta joulukuuta").split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
}
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ordn(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    M = MONTHS
    if style == "en_dmy":
        return f"{dd} {M['en'][m-1]} {y}"
    if style == "en_mdy":
        return f"{M['en'][m-1]} {dd}, {y}"
    if style == "en_mdy_abbr":
        return f"{M['en'][m-1][:3]} {dd}, {y}"
    if style == "en_dmy_abbr":
        return f"{dd} {M['en'][m-1][:3]} {y}"
    if style == "en_ord":
        return f"{ordn(dd)} {M['en'][m-1]} {y}"
    if style == "en_mdy_ord":
        return f"{M['en'][m-1]} {ordn(dd)}, {y}"
    if style == "dmy_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy_slash_np":
        return f"{dd}/{m}/{y}"
    if style == "mdy_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "mdy_slash_np":
        return f"{m}/{dd}/{y}"
    if style == "mdy_slash_yy":
        return f"{m}/{dd}/{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "iso_slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if style == "dmy_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy_dot_np":
        return f"{dd}.{m}.{y}"
    if style == "dmy_dot_yy":
        return f"{dd:02d}.{m:02d}.{y % 100:02d}"
    if style == "dmy_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "dmy_abbr_dash":
        return f"{dd:02d}-{M['en'][m-1][:3]}-{y}"
    if style == "dmy_abbr_up":
        return f"{dd:02d} {M['en'][m-1][:3].upper()} {y}"
    if style == "de_long":
        return f"{dd}. {M['de'][m-1]} {y}"
    if style == "fr_long":
        return f"{'1er' if dd == 1 else dd} {M['fr'][m-1]} {y}"
    if style == "es_long":
        return f"{dd} de {M['es'][m-1]} de {y}"
    if style == "pt_long":
        return f"{dd} de {M['pt'][m-1]} de {y}"
    if style in ("it_long", "nl_long", "pl_long", "sv_long", "tr_long"):
        return f"{dd} {M[style[:2]][m-1]} {y}"
    if style in ("da_long", "no_long", "fi_long", "cs_long"):
        return f"{dd}. {M[style[:2]][m-1]} {y}"
    if style == "cs_num":
        return f"{dd}. {m}. {y}"
    if style == "hu_long":
        return f"{y}. {M['hu'][m-1]} {dd}."
    if style == "hu_num":
        return f"{y}.{m:02d}.{dd:02d}."
    if style == "ru_long":
        return f"{dd} {M['ru'][m-1]} {y}"
    if style == "el_long":
        return f"{dd} {M['el'][m-1]} {y}"
    if style == "cjk":
        return f"{y}年{m}月{dd}日"
    if style == "ja_era":
        if y >= 1989:
            return f"平成{y-1988}年{m}月{dd}日"
        return f"昭和{y-1925}年{m}月{dd}日"
    if style == "ko":
        return f"{y}년 {m}월 {dd}일"
    if style == "ko_dot":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "ar_digits":
        return f"{dd:02d}/{m:02d}/{y}".translate(AR_DIG)
    raise KeyError(style)


def rand_dob(rng):
    start = dt.date(1938, 1, 1).toordinal()
    end = dt.date(2006, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def rand_recent(rng, lo=2019, hi=2025):
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def ts_iso(rng, d=None, z=True):
    d = d or rand_recent(rng, 2023, 2025)
    s = f"{d.isoformat()}T{rng.randint(0,23):02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d}"
    if rng.random() < 0.5:
        s += f".{rng.randint(0,999):03d}"
    return s + ("Z" if z else rng.choice(["+00:00", "+02:00", "-05:00", "+01:00", "+09:00"]))


def ts_log(rng, d=None):
    d = d or rand_recent(rng, 2023, 2025)
    return f"{d.isoformat()} {rng.randint(0,23):02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d},{rng.randint(0,999):03d}"


# DOB cue templates by language: (template with {d}, date styles)
DOB_CUES = {
    "en": [("born {d}", ["en_dmy", "en_mdy", "en_ord"]), ("born on {d}", ["en_mdy", "dmy_slash", "mdy_slash", "en_dmy"]),
           ("DOB: {d}", ["dmy_slash", "mdy_slash", "iso", "en_dmy_abbr", "dmy_abbr_dash"]),
           ("D.O.B. {d}", ["dmy_slash", "mdy_slash_np"]), ("Date of birth: {d}", ["en_mdy", "dmy_slash", "iso", "en_dmy"]),
           ("date of birth {d}", ["en_mdy", "en_dmy", "mdy_slash"]), ("dob {d}", ["mdy_slash_np", "iso", "dmy_slash"]),
           ("my birthday is {d}", ["en_mdy", "en_mdy_ord", "en_dmy"]), ("birthdate: {d}", ["iso", "mdy_slash"]),
           ("b. {d}", ["en_dmy", "en_mdy_abbr"]), ("I was born on {d}", ["en_mdy", "en_ord", "en_dmy"]),
           ("(born {d})", ["en_dmy", "en_mdy"]), ("Birth date: {d}", ["dmy_abbr_up", "iso", "mdy_slash"]),
           ("DOB {d}", ["mdy_slash_yy", "mdy_slash", "dmy_slash"])],
    "de": [("geb. {d}", ["dmy_dot", "dmy_dot_yy", "de_long"]), ("geboren am {d}", ["dmy_dot", "de_long"]),
           ("Geburtsdatum: {d}", ["dmy_dot", "dmy_dot_np"]), ("Geb.-Datum: {d}", ["dmy_dot"]), ("* {d}", ["dmy_dot"]),
           ("Geburtstag: {d}", ["dmy_dot", "de_long"])],
    "fr": [("né le {d}", ["fr_long", "dmy_slash"]), ("née le {d}", ["fr_long", "dmy_slash"]),
           ("date de naissance : {d}", ["dmy_slash", "fr_long"]), ("Date de naissance: {d}", ["dmy_slash"]),
           ("né(e) le {d}", ["dmy_slash"]), ("DDN : {d}", ["dmy_slash"])],
    "es": [("fecha de nacimiento: {d}", ["iso", "dmy_slash", "es_long"]), ("nacido el {d}", ["es_long", "dmy_slash"]),
           ("nacida el {d}", ["es_long", "dmy_slash"]), ("F. Nac.: {d}", ["dmy_slash", "dmy_dash"]),
           ("Fecha de nac.: {d}", ["dmy_slash"])],
    "pt": [("data de nascimento: {d}", ["dmy_slash", "pt_long"]), ("nascido em {d}", ["pt_long", "dmy_slash"]),
           ("nascida em {d}", ["pt_long", "dmy_slash"]), ("Data de Nasc.: {d}", ["dmy_slash"]), ("DN: {d}", ["dmy_slash"])],
    "it": [("nato il {d}", ["dmy_slash", "it_long"]), ("nata il {d}", ["dmy_slash", "it_long"]),
           ("data di nascita: {d}", ["dmy_slash", "it_long", "dmy_dot"]), ("nato a Napoli il {d}", ["dmy_slash"])],
    "nl": [("geboren op {d}", ["dmy_dash", "nl_long"]), ("geboortedatum: {d}", ["dmy_dash", "dmy_slash"]),
           ("geb. {d}", ["dmy_dash"])],
    "pl": [("data urodzenia: {d}", ["dmy_dot", "iso"]), ("ur. {d}", ["dmy_dot", "pl_long"]),
           ("urodzony {d}", ["pl_long", "dmy_dot"]), ("urodzona {d}", ["pl_long", "dmy_dot"]),
           ("Data ur.: {d}", ["dmy_dot"])],
    "sv": [("född {d}", ["iso", "sv_long"]), ("födelsedatum: {d}", ["iso"])],
    "da": [("født {d}", ["da_long", "dmy_dot"]), ("fødselsdato: {d}", ["dmy_dash", "dmy_dot"])],
    "no": [("født {d}", ["no_long", "dmy_dot"]), ("fødselsdato: {d}", ["dmy_dot"])],
    "fi": [("syntynyt {d}", ["dmy_dot_np", "fi_long"]), ("syntymäaika: {d}", ["dmy_dot_np"])],
    "tr": [("doğum tarihi: {d}", ["dmy_dot", "tr_long"]), ("{d} doğumlu", ["tr_long", "dmy_dot"])],
    "cs": [("narozen {d}", ["cs_num", "cs_long"]), ("datum narození: {d}", ["cs_num", "dmy_dot"])],
    "hu": [("született: {d}", ["hu_long", "hu_num"]), ("szül. {d}", ["hu_num"]), ("születési idő: {d}", ["hu_num"])],
    "ru": [("дата рождения: {d}", ["dmy_dot", "ru_long"]), ("д.р. {d}", ["dmy_dot"])],
    "uk": [("дата народження: {d}", ["dmy_dot"])],
    "el": [("ημερομηνία γέννησης: {d}", ["dmy_slash", "el_long"])],
    "ar": [("تاريخ الميلاد: {d}", ["dmy_slash", "ar_digits"])],
    "he": [("תאריך לידה: {d}", ["dmy_dot", "dmy_slash"])],
    "hi": [("जन्म तिथि: {d}", ["dmy_slash", "dmy_dash"])],
    "bn": [("জন্ম তারিখ: {d}", ["dmy_slash"])],
    "th": [("วันเกิด: {d}", ["dmy_slash"])],
    "vi": [("ngày sinh: {d}", ["dmy_slash"])],
    "zh": [("出生日期：{d}", ["cjk", "iso"]), ("{d}出生", ["cjk"])],
    "ja": [("生年月日：{d}", ["cjk", "ja_era", "iso_slash"]), ("{d}生まれ", ["cjk"])],
    "ko": [("생년월일: {d}", ["ko", "ko_dot"]), ("{d}생", ["ko_dot"])],
}


def dob_phrase(rng, lang, d, gender="m", cue=None):
    cues = DOB_CUES.get(lang, DOB_CUES["en"])
    fem = ("née ", "nacida ", "nascida ", "nata ", "urodzona ")
    masc = ("né le ", "nacido ", "nascido ", "nato ", "urodzony ")
    bad = masc if gender == "f" else fem
    opts = [c for c in cues if not c[0].startswith(bad)] or cues
    tpl, styles = cue or rng.choice(opts)
    ds = fdate(d, rng.choice(styles))
    pre, post = tpl.split("{d}")
    return cat(pre, E("DATE_OF_BIRTH", ds), post), ds


# ---------------------------------------------------------------- passwords
PW_WORDS = N.L("harbor|otter|falcon|maple|granite|velvet|copper|meadow|thunder|pepper|cobalt|willow|lantern|marble|"
               "orbit|cactus|ember|glacier|saffron|tundra|walrus|pebble|comet|juniper|badger|quartz|raven|tulip|cedar|"
               "dolphin|mango|nimbus|pixel|rocket|sparrow|timber|zephyr|anchor|biscuit|canyon|dragon|eclipse|fjord|"
               "gopher|kettle|lemon|monsoon|nectar|oyster|panda|quokka|ripple|sunset|tiger|umbrella|vortex|wombat|"
               "zebra|bamboo|castle|donut|falafel|garnet|horizon|igloo|jungle|koala|lobster|muffin|noodle|pirate|"
               "puffin|sequoia|trumpet|violin|bridge|kayak|lighthouse|meteor|saturn|blizzard|crimson|spruce")
PW_NATIVE = {"de": ["Sonnenblume", "Kaffeetasse", "Schmetterling", "Bergwiese", "Eichhörnchen", "Apfelbaum"],
             "fr": ["papillon", "Chouette", "framboise", "tournesol", "Soleil", "marmotte"],
             "es": ["mariposa", "Girasol", "tortuga", "Manzana", "estrella", "Cangrejo"],
             "pt": ["borboleta", "Cachorro", "saudade", "Goiaba", "estrela"],
             "it": ["farfalla", "Girasole", "Pomodoro", "stella", "Cavallo"],
             "nl": ["Fietsbel", "tulpenveld", "Hagelslag", "stroopwafel", "Molenwiek"],
             "pl": ["Słoneczko", "biedronka", "Pierogi", "wiewiórka", "Kotek"],
             "sv": ["Kanelbulle", "älgen", "Sommarstuga"], "tr": ["Kelebek", "Ayşegül", "Çilek"],
             "fi": ["Sauna", "Kissanpentu", "Mustikka"], "da": ["Hygge", "Smørrebrød"], "no": ["Fjellheim", "Brunost"]}
SEASONS = {"en": ["Summer", "Winter", "Spring", "Autumn", "Fall"], "de": ["Sommer", "Winter", "Herbst", "Fruehling"],
           "fr": ["Ete", "Hiver", "Automne", "Printemps"], "es": ["Verano", "Invierno", "Primavera", "Otono"],
           "pt": ["Verao", "Inverno", "Primavera"], "it": ["Estate", "Inverno", "Primavera"],
           "nl": ["Zomer", "Winter", "Lente"], "pl": ["Lato", "Zima", "Wiosna", "Jesien"]}


def password(rng, lang="en"):
    r = rng.random()
    W = PW_WORDS
    sym = rng.choice("!#$%&*@?+-_.")
    if r < 0.16:
        return f"{rng.choice(W).capitalize()}{sym}{rng.randint(10, 9999)}"
    if r < 0.28:
        sep = rng.choice(["-", "-", ".", "_", ""])
        k = rng.choice([3, 3, 4])
        ws = rng.sample(W, k)
        s = sep.join(ws)
        if rng.random() < 0.6:
            s += f"{sep or '-'}{rng.randint(2, 99)}"
        if rng.random() < 0.2:
            s = s[0].upper() + s[1:]
        return s
    if r < 0.38:
        seas = rng.choice(SEASONS.get(lang, SEASONS["en"]))
        return f"{seas}{rng.randint(2016, 2025)}{rng.choice(['!', '!', '#', '', '?', '!!', '$'])}"
    if r < 0.46:
        return "".join(rng.sample(W, 4))
    if r < 0.6:
        alph = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        n = rng.randint(10, 20)
        s = [rng.choice(alph) for _ in range(n)]
        for _ in range(rng.randint(1, 3)):
            s[rng.randrange(n)] = rng.choice("!#$%&*@^?~")
        return "".join(s)
    if r < 0.68:
        return rng.choice(["P@ssw0rd", "Tr0ub4dor&3", "S3cur1ty", "W3lc0me", "Adm1n!str8", "L3tM3In", "Qw3rty!",
                           "M0nk3y", "Dr@g0n", "Sunsh1ne"]) + rng.choice(["", "!", "123", "2024", "#1", "99"])
    if r < 0.76:
        nw = rng.choice(PW_NATIVE.get(lang, PW_NATIVE["de"] if lang == "de" else ["Bella", "Max", "Luna", "Rocky",
                                                                                    "Charlie", "Milo", "Coco"]))
        return f"{nw}{rng.choice(['', '!', '#', '_', '.'])}{rng.randint(1, 2024)}"
    if r < 0.84:
        a, b = rng.sample(W, 2)
        return f"{a.capitalize()}{b.capitalize()}{sym}{rng.randint(1, 99)}"
    if r < 0.9:
        return rng.choice(["qwerty", "letmein", "iloveyou", "abc", "welcome", "monkey", "football", "dragon"]) + \
            str(rng.choice([123, 1234, 12345, 1, 2023, 69, 7, 11]))
    if r < 0.95:
        w = rng.choice(W)
        tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})
        return w.translate(tr).capitalize() + rng.choice(["!", "#", "2025", "77"])
    # passphrase with capitals and digits
    a, b, c = rng.sample(W, 3)
    return f"{a.capitalize()}{rng.randint(1, 9)}{b.capitalize()}{sym}{c}"


PW_CUES = {
    "en": ["my password is {p}", "password: {p}", "pw: {p}", "pwd {p}", "pass={p}", "the password is {p}",
           "the new one is {p}", "temp password: {p}", "changed it to {p}", "passphrase: {p}", "Password: {p}",
           "pw is {p}", "new password is {p}", "password is now {p}", "try {p} as the password", "pass: {p}",
           "i set it to {p}", "PW = {p}", "the wifi password is {p}", "password -> {p}"],
    "de": ["Passwort: {p}", "mein Passwort ist {p}", "das neue Passwort lautet {p}", "Kennwort: {p}", "PW: {p}",
           "Passwort ist {p}", "neues Kennwort: {p}"],
    "fr": ["mot de passe : {p}", "mon mot de passe est {p}", "mdp : {p}", "le nouveau mdp c'est {p}",
           "Mot de passe: {p}"],
    "es": ["contraseña: {p}", "mi contraseña es {p}", "la clave es {p}", "clave: {p}", "la nueva contraseña es {p}"],
    "pt": ["senha: {p}", "minha senha é {p}", "a senha nova é {p}", "Senha: {p}"],
    "it": ["password: {p}", "la mia password è {p}", "pwd: {p}", "la nuova password è {p}"],
    "nl": ["wachtwoord: {p}", "mijn wachtwoord is {p}", "ww: {p}", "het nieuwe wachtwoord is {p}"],
    "pl": ["hasło: {p}", "moje hasło to {p}", "nowe hasło: {p}", "Hasło: {p}"],
    "sv": ["lösenord: {p}", "lösen: {p}"], "da": ["adgangskode: {p}", "kodeord: {p}"], "no": ["passord: {p}"],
    "fi": ["salasana: {p}"], "tr": ["şifre: {p}", "şifrem {p}", "parola: {p}"], "cs": ["heslo: {p}"],
    "hu": ["jelszó: {p}"], "ru": ["пароль: {p}", "мой пароль {p}"], "uk": ["пароль: {p}"], "el": ["κωδικός: {p}"],
    "ja": ["パスワード：{p}", "パスワードは {p} です"], "zh": ["密码：{p}", "密码是 {p}"], "ko": ["비밀번호: {p}"],
    "ar": ["كلمة المرور: {p}"], "he": ["סיסמה: {p}"], "vi": ["mật khẩu: {p}"],
}


def pw_phrase(rng, lang, p):
    tpl = rng.choice(PW_CUES.get(lang, PW_CUES["en"]) if rng.random() < 0.8 or lang not in PW_CUES
                     else PW_CUES["en"])
    pre, post = tpl.split("{p}")
    return cat(pre, E("PASSWORD", p), post)


# ---------------------------------------------------------------- cards / iban
def luhn_complete(prefix, length, rng):
    digits = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return digits + str((10 - total % 10) % 10)


def card(rng):
    r = rng.random()
    if r < 0.45:
        num = luhn_complete("4", 16, rng)
    elif r < 0.8:
        num = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif r < 0.92:
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        f = rng.random()
        if f < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    else:
        num = luhn_complete("6011", 16, rng)
    f = rng.random()
    if f < 0.55:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if f < 0.75:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


IBAN_SPEC = {"DE": "n18", "AT": "n16", "CH": "n17", "FR": "n23", "BE": "n12", "NL": "a4n10", "IT": "a1n22",
             "ES": "n20", "PT": "n21", "PL": "n24", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14",
             "IE": "a4n14", "UK": "a4n14", "TR": "n22"}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]
UK_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]


def iban(rng, country):
    spec = IBAN_SPEC[country]
    cc = "GB" if country == "UK" else country
    bban = ""
    if country == "NL":
        bban = rng.choice(NL_BANKS) + "".join(rng.choice("0123456789") for _ in range(10))
    elif country == "IE":
        bban = rng.choice(IE_BANKS) + "".join(rng.choice("0123456789") for _ in range(14))
    elif country == "UK":
        bban = rng.choice(UK_BANKS) + "".join(rng.choice("0123456789") for _ in range(14))
    elif country == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(rng.choice("0123456789") for _ in range(22))
    else:
        n = int(spec[1:])
        bban = "".join(rng.choice("0123456789") for _ in range(n))
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    ib = f"{cc}{chk:02d}{bban}"
    if rng.random() < 0.65:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


# ---------------------------------------------------------------- decoys
def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def order_id(rng):
    r = rng.random()
    if r < 0.2:
        return f"ORD-{rng.randint(2021, 2025)}-{rng.randint(100000, 999999)}"
    if r < 0.35:
        return f"#{rng.randint(10000000, 999999999)}"
    if r < 0.45:
        return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"
    if r < 0.55:
        return f"INV-{rng.randint(2021, 2025)}-{rng.randint(1, 99999):05d}"
    if r < 0.63:
        return f"PO-{rng.randint(10000, 99999)}"
    if r < 0.7:
        return f"RMA-{rng.randint(10000, 99999)}"
    if r < 0.8:
        a = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return f"{rng.choice(a)}{rng.choice(a)}-{rng.randint(1000, 9999)}-{rng.choice(['BLK', 'WHT', 'XL', 'M', 'RED', '42'])}"
    if r < 0.88:
        a = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(rng.choice(a) for _ in range(6))
    return f"SO{rng.randint(1000000, 9999999)}"


def numeric_id(rng):
    r = rng.random()
    if r < 0.25:
        return str(rng.randint(100000, 99999999))
    if r < 0.4:
        return f"INC{rng.randint(0, 9999999):07d}"
    if r < 0.55:
        return f"#{rng.randint(100, 99999)}"
    if r < 0.65:
        return f"CS-{rng.randint(100000, 999999)}"
    if r < 0.75:
        return f"1Z{''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXY') for _ in range(16))}"
    if r < 0.85:
        return str(rng.choice([8080, 8443, 5432, 6379, 3306, 9200, 27017, 5672, 9092, 3000, 8000, 2222]))
    return f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"


def version(rng):
    r = rng.random()
    if r < 0.35:
        return f"v{rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
    if r < 0.55:
        return f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"
    if r < 0.65:
        return f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.0-rc.{rng.randint(1, 5)}"
    if r < 0.75:
        return f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}+build.{rng.randint(100, 9999)}"
    if r < 0.85:
        return rng.choice([f"iOS {rng.randint(14, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                           f"Android {rng.randint(10, 15)}", f"macOS {rng.randint(12, 15)}.{rng.randint(0, 7)}",
                           f"Python 3.{rng.randint(8, 13)}.{rng.randint(0, 12)}", f"node v{rng.randint(16, 22)}.{rng.randint(0, 14)}.{rng.randint(0, 3)}",
                           f"Chrome {rng.randint(100, 131)}.0.{rng.randint(4000, 6800)}.{rng.randint(10, 200)}",
                           f"Firefox {rng.randint(100, 132)}.0.{rng.randint(0, 2)}"])
    return f"{rng.randint(2019, 2025)}.{rng.randint(1, 12)}.{rng.randint(0, 5)}"


def price(rng, country="US"):
    a = rng.randint(1, 2500) + rng.choice([0, 0.5, 0.99, 0.95, 0.49, 0.9])
    euro = f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    fm = {"US": [f"${a:,.2f}", f"USD {a:,.2f}", f"${a:,.2f}"], "UK": [f"£{a:,.2f}", f"GBP {a:.2f}"],
          "IE": [f"€{a:,.2f}"], "CA": [f"C${a:,.2f}", f"${a:,.2f} CAD"], "AU": [f"A${a:,.2f}", f"${a:,.2f} AUD"],
          "DE": [f"{euro} €", f"EUR {euro}", f"€{euro}"], "AT": [f"€ {euro}", f"{euro} EUR"],
          "CH": [f"CHF {a:,.2f}".replace(",", "'"), f"CHF {int(a)}.–"], "FR": [f"{euro} €", f"{euro}€"],
          "BE": [f"€ {euro}", f"{euro} €"], "NL": [f"€ {euro}", f"€{euro}"], "IT": [f"€ {euro}", f"{euro} euro"],
          "ES": [f"{euro} €", f"{euro}€"], "PT": [f"{euro} €", f"€{euro}"], "PL": [f"{euro} zł", f"{euro} PLN"],
          "SE": [f"{int(a)} kr", f"{euro} SEK"], "DK": [f"{euro} kr.", f"DKK {euro}"], "NO": [f"kr {int(a)},-", f"NOK {euro}"],
          "FI": [f"{euro} €"], "JP": [f"¥{int(a)*10:,}", f"{int(a)*10:,}円"], "IN": [f"₹{int(a)*10:,}", f"Rs. {int(a)*10:,}"],
          "BR": [f"R$ {euro}"], "MX": [f"${a:,.2f} MXN", f"MX${a:,.2f}"]}
    return rng.choice(fm.get(country, fm["US"]))


FILE_PATHS = ["/var/log/nginx/access.log", "/etc/ssl/certs/ca-bundle.crt", "~/projects/app/config.yaml",
              "src/main/java/com/acme/App.java", "./scripts/deploy.sh", "/opt/app/releases/current/bin/server",
              "C:\\Program Files\\Acme\\agent.exe", "D:\\exports\\2024\\Q1.csv", "/tmp/upload_4f2a.bin",
              "app/models/user.rb", "lib/billing/invoice.ex", "/srv/data/backups/db-nightly.sql.gz",
              "tests/fixtures/orders.json", "docs/runbooks/oncall.md", "/usr/local/share/fonts/Inter.ttf",
              "~/Downloads/statement_2024_03.pdf", "internal/auth/session.go", "/mnt/nfs/reports/weekly.xlsx",
              "packages/web/src/components/Checkout.tsx", "/var/lib/postgresql/15/main/pg_hba.conf"]


def file_path(rng):
    return rng.choice(FILE_PATHS)


def hex_hash(rng):
    return rng.choice([hexs(rng, 7), hexs(rng, 12), hexs(rng, 40), hexs(rng, 64), hexs(rng, 32), uuid(rng)])


OPS_TERMS = ["Jenkins", "Kafka", "Cassandra", "Ansible", "Sinatra", "Jasmine", "Django", "Grafana", "Ruby",
             "Main Street Capital", "Wall Street", "Sesame Street", "A Nightmare on Elm Street", "Penny Lane",
             "Abbey Road", "Dr. Martens", "Dr Pepper", "Ms. Pac-Man", "Jack Daniel's", "Johnnie Walker",
             "Jaguar F-Pace", "Ford Fiesta", "Tesla Model Y", "Mercedes Sprinter", "Victoria line",
             "Baker Street station", "King's Cross", "Alexa", "Siri", "Cortana", "Copilot", "Hudson", "Bamboo",
             "Jira", "Confluence", "db-prod-03", "api-gw-2", "worker-eu-west-1b", "redis-cache-01",
             "Ben & Jerry's", "Tim Hortons", "Victoria Harbour", "Mercury", "Apollo", "Hermes", "Athena",
             "Fifth Avenue", "Park Avenue", "Bourbon Street"]


def ops_term(rng):
    return rng.choice(OPS_TERMS)


DATE_CTX_EN = ["the meeting on {d}", "due {d}", "invoice dated {d}", "shipped on {d}", "deadline: {d}",
               "renewal on {d}", "scheduled for {d}", "expires {d}", "the {d} release", "offsite {d}",
               "last updated {d}", "effective {d}", "payment received {d}", "sprint ends {d}"]


def date_decoy(rng, lang="en"):
    d = rand_recent(rng, 2020, 2026)
    styles = {"en": ["en_dmy", "en_mdy", "iso", "mdy_slash", "dmy_slash", "en_mdy_abbr"],
              "de": ["dmy_dot", "de_long", "iso"], "fr": ["dmy_slash", "fr_long"], "es": ["dmy_slash", "es_long"],
              "pt": ["dmy_slash", "pt_long"], "it": ["dmy_slash", "it_long"], "nl": ["dmy_dash", "nl_long"],
              "pl": ["dmy_dot", "pl_long"]}
    return fdate(d, rng.choice(styles.get(lang, styles["en"])))
