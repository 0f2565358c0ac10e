"""Shared helpers for templates: labelled-value shortcuts, locale helpers,
honorifics and decoy tails."""
from core import E, D, Seq, seq, T
from locales import LOCALES
from data_lex import PW_SAY


def PER(s): return E("PERSON", s)
def PW(s): return E("PASSWORD", s)
def PH(s): return E("PHONE", s)
def DOB(s): return E("DATE_OF_BIRTH", s)
def ADDR(s): return E("ADDRESS", s)
def EM(s): return E("EMAIL", s)
def HL(s): return E("HEALTH", s)
def IPA(s): return E("IP_ADDRESS", s)
def IBN(s): return E("IBAN", s)
def CC(s): return E("CREDIT_CARD", s)
def SSN(s): return E("US_SSN", s)


def lang_of(loc):
    return LOCALES[loc]["lang"]


def pw_lang(lang):
    return lang if lang in PW_SAY else "en"


def honor(c, p, lang=None):
    """A labelled mention of person p with a culture-appropriate title/honorific
    outside the span."""
    cu = p.culture
    fam, giv = p.family, p.given
    if cu == "ja":
        return c.pick([seq(PER(fam), c.pick(["さん", "先生", "様"])), seq(PER(p.full), "様")])
    if cu == "ja_latn":
        return c.pick([seq(PER(fam), "-san"), seq(PER(fam), " sensei"), seq("Mr. ", PER(fam))])
    if cu in ("zh", "zh_tw"):
        return c.pick([seq(PER(fam), c.pick(["老师", "先生", "女士", "经理"])), seq(PER(p.full), "老师"), seq("小", PER(giv[-1]))])
    if cu == "ko":
        return c.pick([seq(PER(p.full), "님"), seq(PER(p.full), " 씨"), seq(PER(fam), " 선생님"), seq(PER(giv), "님")])
    if cu in ("ru", "ru_latn", "uk", "uk_latn", "bg", "sr"):
        if p.patr:
            return seq(PER(f"{giv} {p.patr}"))
        return c.pick([seq(c.pick(["Dr. ", "Prof. ", "д-р ", "проф. "]), PER(fam)), seq(PER(giv))])
    if cu == "tr":
        return seq(PER(giv), " ", "Hanım" if p.gender == "f" else "Bey")
    if cu == "vi":
        return seq(c.pick(["chị ", "cô ", "em "] if p.gender == "f" else ["anh ", "chú ", "thầy "]), PER(giv))
    if cu in ("th", "th_latn"):
        return seq("คุณ" if cu == "th" else "Khun ", PER(giv))
    if cu == "id":
        return seq("Bu " if p.gender == "f" else "Pak ", PER(giv))
    if cu == "ph":
        return seq(c.pick(["Ate ", "Ma'am "] if p.gender == "f" else ["Kuya ", "Sir "]), PER(giv))
    if cu in ("in_latn", "hi"):
        return c.pick([seq(PER(giv), "-ji"), seq(PER(giv), " ji"), seq("Dr. ", PER(fam))])
    if cu in ("yo", "ig", "ha", "gh", "ke", "et", "za"):
        return c.pick([seq(c.pick(["Mr. ", "Mrs. ", "Dr. ", "Engr. ", "Chief "]), PER(fam)), seq(c.pick(["Aunty ", "Bro ", "Sis "]), PER(giv))])
    if cu in ("ar", "fa", "ur"):
        return c.pick([seq(c.pick(["الدكتور ", "الأستاذ ", "السيد "]) if cu == "ar" else "", PER(p.full)), seq(PER(p.full))])
    if cu in ("he",):
        return seq(c.pick(["ד\"ר ", "עו\"ד ", ""]), PER(p.full))
    lang = lang or "en"
    tit = {"de": ["Frau ", "Herr ", "Dr. ", "Prof. Dr. "], "fr": ["Mme ", "M. ", "Dr ", "Maître "],
           "es": ["Sra. ", "Sr. ", "Dra. ", "Don "], "pt": ["Sra. ", "Dr. ", "Dona ", "Seu "],
           "it": ["Sig.ra ", "dott. ", "ing. ", "avv. "], "nl": ["mevrouw ", "meneer ", "dr. "],
           "pl": ["Pani ", "Pan ", "dr "], "cs": ["paní ", "pan ", "MUDr. "], "el": ["κ. ", "Dr. "],
           "sv": ["Dr. "], "hu": ["Dr. "], "ro": ["doamna ", "domnul ", "dr. "]}.get(lang, ["Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Prof. "])
    if cu.startswith("faker:hu"):
        return c.pick([seq("dr. ", PER(p.full)), seq(PER(p.family), " úr") if p.gender == "m" else seq(PER(p.full), " asszony")])
    return seq(c.pick(tit), PER(fam))


def tail(c, lang="en", p=0.35):
    """Optional trailing sentence carrying decoys."""
    if not c.chance(p):
        return seq()
    k = c.r.randrange(9)
    if k == 0:
        return T("\n\nbtw {t} is still on {v} in prod.", t=D("PROPER_NOUN", c.tech()) if c.chance(0.3) else c.tech(), v=D("VERSION", c.version()))
    if k == 1:
        return T(" (ref {o})", o=D("ORDER_ID", c.order_id()))
    if k == 2:
        return T("\n\nThe invoice from {d} was {p}.", d=D("DATE", c.date_decoy(lang if lang in ("en", "de", "fr", "es") else "en")), p=D("PRICE", c.price()))
    if k == 3:
        return T("\nAlso the {o} keeps failing since {d}.", o=D("OPS_TERM", c.ops_term()), d=D("DATE", c.date_decoy("en")))
    if k == 4:
        return T("\n\nSent from the {n} office.", n=D("PROPER_NOUN", c.pick(["Santa Clara", "São Paulo", "Victoria", "Charlotte", "Adelaide", "Florence", "Georgetown", "Alexandria", "Madison"])))
    if k == 5:
        return T("\nlogs: {f}", f=D("FILE_PATH", c.file_path()))
    if k == 6:
        return T("\n(deployed at commit {h})", h=D("HEX_HASH", c.hexhash()))
    if k == 7:
        return T(" — ticket #{n}", n=D("NUMERIC_ID", c.digits(c.r.randint(6, 9))))
    return T("\nP.S. the {b} voucher ({p}) arrived.", b=D("PROPER_NOUN", c.proper_noun()), p=D("PRICE", c.price()))


def svc(c, lang="en"):
    brands = ["Outlook", "Jira", "Netflix", "SAP", "Gmail", "Instagram", "Steam", "Workday", "Office 365", "PayPal", "iCloud",
              "Zoom", "Shopify", "Salesforce", "GitLab", "Facebook", "LINE", "WeChat", "KakaoTalk", "Zalo"]
    if lang != "en":
        return c.pick(brands)
    return c.pick(brands + ["the VPN", "the bank app", "the HR portal", "the router admin page", "the school portal",
                            "the NAS", "the clinic portal", "the company wiki"])


def end_punct(c, pw):
    """A separator after a secret that doesn't blur its boundary."""
    opts = ["\n", " — ", " ", "  ", "\n\n"]
    if pw[-1].isalnum():
        opts += [". ", ", ", "! "]
    return c.pick(opts)
