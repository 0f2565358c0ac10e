"""Helpers shared by the theme modules: locales per language, person slots, contact details."""
import names as NM
import values as V
from core import D, E

LANG_LOCS = {
    "en": ["en_US", "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_IN", "en_NG", "en_ET"],
    "de": ["de_DE", "de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_BE", "fr_CA", "fr_CH"],
    "es": ["es_ES", "es_MX", "es_AR"], "pt": ["pt_PT", "pt_BR", "pt_BR"], "it": ["it_IT"], "nl": ["nl_NL", "nl_BE"],
    "pl": ["pl_PL"], "cs": ["cs_CZ"], "sv": ["sv_SE"], "da": ["da_DK"], "no": ["nb_NO"], "fi": ["fi_FI"],
    "is": ["is_IS"], "hu": ["hu_HU"], "tr": ["tr_TR"], "id": ["id_ID"], "ru": ["ru_RU"], "uk": ["uk_UA"],
    "el": ["el_GR"], "ar": ["ar_SA", "ar_EG", "ar_AE"], "he": ["he_IL"], "hi": ["hi_IN"], "th": ["th_TH"],
    "ko": ["ko_KR"], "ja": ["ja_JP"], "zh": ["zh_CN", "zh_TW"], "vi": ["vi_VN"],
}


def loc_for(rng, lang):
    return rng.choice(LANG_LOCS[lang])


def lang_of(loc):
    l = loc.split("_")[0]
    return "no" if l == "nb" else l


def cc_of(loc):
    return V.LOC_CC[loc]


def pick_lang(rng, weights):
    tot = sum(weights.values())
    x = rng.random() * tot
    for k, w in weights.items():
        x -= w
        if x <= 0:
            return k
    return k


MIXED = ["en", "en", "ie", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "ng", "et", "tr", "vi", "hi", "ar", "ja",
         "ko", "zh", "ru", "el", "he", "hu", "is", "id", "th", "fi", "da", "no", "cs", "uk"]


def cast(rng, loc, n, mixed=0.0, lat_foreign=True, wordname=0.0):
    """n distinct people for a text in this locale; some drawn from other cultures if mixed>0."""
    out = []
    seen = set()
    tries = 0
    while len(out) < n and tries < 50:
        tries += 1
        if rng.random() < mixed:
            cul = rng.choice(MIXED)
            p = NM.person(rng, cul, lat=lat_foreign and cul in NM.SCRIPT)
        elif loc.startswith("en") and rng.random() < wordname:
            p = NM.person(rng, "en", wordname=True)
        else:
            p = NM.person_for(rng, loc)
        if p.given in seen or p.full in seen or (p.family and p.family in seen):
            continue
        seen.update([p.given, p.full, p.family])
        out.append(p)
    return out


def slots(people, prefix="ABCDEF"):
    """Slots for fill(): A full, a given, Af family after a title, al lower-case given, An nick-or-given."""
    kw = {"_g": {}}
    for p, k in zip(people, prefix):
        kw["_g"][k] = p.g
        kw[k] = E("PERSON", p.full)
        kw[k.lower()] = E("PERSON", p.given)
        kw[k + "f"] = E("PERSON", p.fam_alone or p.given)
        kw[k.lower() + "l"] = E("PERSON", p.given.lower())
        kw[k + "l"] = E("PERSON", p.full.lower())
        kw[k + "n"] = E("PERSON", p.nick or p.given)
        kw[k + "x"] = E("PERSON", getattr(p, "formal", p.full))
    return kw


def email(rng, p, loc, work=False):
    dom = V.WORK_DOMAINS if work else V.DOMAINS.get(cc_of(loc), V.DOMAINS["US"])
    return E("EMAIL", NM.email_for(rng, p, dom))


def phone(rng, loc, intl=None):
    return E("PHONE", V.phone(rng, cc_of(loc), intl))


def date_d(rng, lang, loc=None, d=None):
    d = d or V.recent(rng)
    region = "US" if loc in (None, "en_US") else "XX"
    return D("DATE", V.fmt_date(rng, d, lang, region=region))


def dob_e(rng, lang, loc=None, d=None, adult=True):
    d = d or V.dob(rng, adult)
    region = "US" if loc in (None, "en_US") else "XX"
    return E("DATE_OF_BIRTH", V.fmt_date(rng, d, lang, region=region))
