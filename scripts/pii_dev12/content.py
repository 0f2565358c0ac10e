# -*- coding: utf-8 -*-
"""Content helpers shared by the shapes: sentence picking, bodies,
assistant replies, structured person records."""
import dates
import decoys as DC
import fill
import pii
from fill import pick
from spans import Doc
from templates_en import EN
from templates_eu import T as T_EU
from templates_world import T as T_WORLD

TPL = {"en": EN}
TPL.update(T_EU)
TPL.update(T_WORLD)

FOCI = ["person", "dob", "address", "phone", "email", "password", "health", "iban", "card", "ssn", "ip", "mixed"]


EXTRA_FOCI = ["dob", "dob", "address", "address", "password", "password", "health", "iban", "card", "card", "ip", "ip"]


def lang_tpl(ctx):
    return TPL.get(ctx.lang, EN)


FALLBACK = {"ssn": ["mixed", "dob"], "card": ["iban", "password", "mixed"], "iban": ["card", "password", "mixed"], "ip": ["email", "password", "mixed"],
            "email": ["phone", "mixed"], "phone": ["email", "mixed"], "password": ["email", "mixed"], "health": ["dob", "mixed"], "mixed": ["dob", "address"],
            "address": ["mixed"], "dob": ["mixed"], "person": ["mixed"]}


def sentence(ctx, focus):
    t = lang_tpl(ctx)
    if focus == "ssn" and ctx.locale != "en_US":
        focus = "mixed"
    chain = [focus] + FALLBACK.get(focus, []) + ["dob", "address", "person", "phone"]
    lists = [t[f] for f in chain if t.get(f)]
    for lst in lists:
        if any(x not in ctx.used for x in lst):
            return fill.fill(ctx, ctx.choose(lst))
    return fill.fill(ctx, ctx.choose(lists[0]))


def filler(ctx):
    t = lang_tpl(ctx)
    return fill.fill(ctx, ctx.choose(t.get("filler") or EN["filler"]))


def body(ctx, focus, extra=None, filler_p=0.35, sep=" "):
    rng = ctx.rng
    d = sentence(ctx, focus)
    if extra is None:
        extra = rng.choice([0, 0, 0, 1, 1, 2])
    for _ in range(extra):
        f = pick(rng, EXTRA_FOCI) if rng.random() < .6 else focus
        d.t(sep if d.plain()[-1:] != "\n" else "").add(sentence(ctx, f))
    if rng.random() < filler_p:
        d.t(sep).add(filler(ctx))
    return d


# ------------------------------------------------------------------ assistant replies
REPLY_EN_NAME = [
    "Sure, ⟦P1.g⟧ — here's a draft you can adapt:",
    "Here's a short message you could send to ⟦P1.g⟧:",
    "Of course. I've kept the tone friendly since ⟦P1.g⟧ is a colleague.",
    "Got it. I'll refer to them as ⟦P1⟧ throughout the letter.",
    "Thanks for the details. I've noted ⟦P1.g⟧ as the main contact.",
    "Here's a summary of the thread between ⟦P1.g⟧ and the team:",
]
REPLY_EN = [
    "I can't verify identities, but here is what you can do next.",
    "Here's a polite version you can send:",
    "I'd recommend not sharing that information in chat. For your request:",
    "Sure! Here is a suggestion:",
    "Good question. Short answer: it depends on your provider.",
    "I've updated the record with the details you gave.",
    "Thanks — I've passed this on to the support team.",
    "Please double-check the details before you submit the form.",
    "Here are three options, from most to least formal:",
]
REPLY_OTHER = {
    "es": ["Claro, aquí tienes un borrador:", "Gracias, he actualizado los datos."], "pt": ["Claro, aqui vai uma sugestão:", "Obrigado, dados atualizados."],
    "fr": ["Bien sûr, voici une proposition :", "Merci, c'est noté."], "de": ["Gern, hier ist ein Entwurf:", "Danke, ich habe die Daten aktualisiert."],
    "it": ["Certo, ecco una bozza:"], "nl": ["Natuurlijk, hier is een voorstel:"], "pl": ["Jasne, oto propozycja:"], "ru": ["Конечно, вот вариант:", "Спасибо, данные обновлены."],
    "uk": ["Звісно, ось варіант:"], "ja": ["承知しました。以下の文案をご確認ください。"], "zh": ["好的，以下是草稿："], "ko": ["네, 아래 초안을 참고하세요."],
    "ar": ["بالتأكيد، إليك مسودة:"], "he": ["בטח, הנה טיוטה:"], "hi": ["ज़रूर, यह रहा एक मसौदा:"], "tr": ["Tabii, işte bir taslak:"], "el": ["Βεβαίως, ορίστε ένα προσχέδιο:"],
    "vi": ["Được, đây là bản nháp:"], "id": ["Tentu, berikut drafnya:"], "th": ["ได้เลย นี่คือร่างข้อความ"], "sw": ["Sawa, hii hapa rasimu:"], "sv": ["Självklart, här är ett förslag:"],
    "nb": ["Selvsagt, her er et forslag:"], "da": ["Selvfølgelig, her er et forslag:"], "fi": ["Toki, tässä ehdotus:"], "cs": ["Jistě, tady je návrh:"], "bn": ["অবশ্যই, এখানে একটি খসড়া:"],
    "ta": ["சரி, இதோ ஒரு வரைவு:"], "yo": ["Ó dáa, èyí ni àkọsílẹ̀:"], "hu": ["Persze, itt egy javaslat:"],
}


def reply(ctx):
    rng = ctx.rng
    if ctx.lang != "en":
        return fill.fill(ctx, pick(rng, REPLY_OTHER.get(ctx.lang, REPLY_EN)))
    if "1" in ctx.people and rng.random() < .35:
        return fill.fill(ctx, pick(rng, REPLY_EN_NAME))
    return fill.fill(ctx, pick(rng, REPLY_EN))


# ------------------------------------------------------------------ records
def record(ctx, fields, pkey=None):
    """Return an ordered dict field -> Doc for one person record."""
    rng = ctx.rng
    p = ctx.person(pkey) if pkey else ctx.new_person()
    rec = {}
    for f in fields:
        d = Doc()
        if f == "name":
            d.e("PERSON", p.full())
        elif f == "given":
            d.e("PERSON", p.given())
        elif f == "family":
            d.e("PERSON", p.family())
        elif f == "name_v":
            d.e("PERSON", p.full_variant(rng))
        elif f == "email":
            d.e("EMAIL", pii.email(rng, p, ctx.locale))
        elif f == "phone":
            d.e("PHONE", pii.phone(rng, ctx.locale))
        elif f == "dob":
            d.e("DATE_OF_BIRTH", ctx.dob())
        elif f == "dob_iso":
            y, m, dd = dates.rand_ymd(rng, 1936, 2009)
            ctx.last_dob = (y, m, dd)
            d.e("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd))
        elif f == "address":
            d.e("ADDRESS", pii.address(rng, ctx.locale, multiline=False))
        elif f == "address_ml":
            d.e("ADDRESS", pii.address(rng, ctx.locale, multiline=True))
        elif f == "iban":
            d.e("IBAN", pii.iban_for(rng, ctx.locale))
        elif f == "card":
            d.e("CREDIT_CARD", pii.credit_card(rng))
        elif f == "ssn":
            d.e("US_SSN", pii.ssn(rng))
        elif f == "ip":
            d.e("IP_ADDRESS", pii.ip(rng))
        elif f == "password":
            d.e("PASSWORD", pii.password(rng, ctx.locale))
        elif f == "health":
            d.e("HEALTH", pii.health(rng, ctx.locale))
        elif f == "med":
            d.e("HEALTH", pii.health(rng, ctx.locale, "med"))
        elif f == "id":
            d.d("NUMERIC_ID", str(rng.randrange(1000, 999999)))
        elif f == "order":
            d.d("ORDER_ID", DC.order_id(rng))
        elif f == "created":
            d.d("DATE", "%04d-%02d-%02d" % dates.rand_ymd(rng, 2019, 2025))
        elif f == "amount":
            d.d("PRICE", DC.price(rng))
        elif f == "company":
            d.d("PROPER_NOUN", pick(rng, DC.COMPANIES + DC.NAME_BRANDS[:40]))
        elif f == "plan":
            d.t(pick(rng, ["free", "pro", "team", "enterprise"]))
        elif f == "status":
            d.t(pick(rng, ["active", "pending", "churned", "trial"]))
        else:
            raise KeyError(f)
        rec[f] = d
    return rec


FIELD_FOCUS = {
    "person": ["name"], "dob": ["dob"], "address": ["address"], "phone": ["phone"], "email": ["email"], "password": ["password"],
    "health": ["health"], "iban": ["iban"], "card": ["card"], "ssn": ["ssn"], "ip": ["ip"], "mixed": ["dob", "address", "phone"],
}


def pick_fields(ctx, focus, n_extra=None):
    rng = ctx.rng
    fs = [pick(rng, ["name", "name", "name", "name_v"])]
    for f in FIELD_FOCUS[focus]:
        if f not in fs:
            fs.append(f)
    pool = ["dob", "dob", "dob", "address", "address", "address", "id", "created", "company", "amount", "status", "iban", "card"]
    if ctx.locale == "en_US":
        pool += ["ssn", "ssn", "card"]
    if n_extra is None:
        n_extra = rng.randrange(2, 5)
    for _ in range(n_extra):
        f = pick(rng, pool)
        if f not in fs:
            fs.append(f)
    if "id" not in fs and rng.random() < .5:
        fs.insert(0, "id")
    if len(fs) > 3 and rng.random() < .12:
        fs = [f for f in fs if f not in ("name", "name_v")]
        if "id" not in fs:
            fs.insert(0, "id")
    if focus == "ssn" and ctx.locale != "en_US":
        fs = [f for f in fs if f != "ssn"] + ([] if "dob" in fs else ["dob"])
    return fs
