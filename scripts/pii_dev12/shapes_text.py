# -*- coding: utf-8 -*-
"""Conversational and document shapes built around template bodies."""
import re

import dates
import decoys as DC
import fill
import pii
from content import body, sentence, filler, reply, lang_tpl
from fill import pick
from spans import Doc


def _ts(rng):
    return "%02d:%02d" % (rng.randrange(7, 23), rng.randrange(60))


def speaker(ctx, key, style=None):
    """Doc for a chat speaker name."""
    p = ctx.person(key)
    rng = ctx.rng
    style = style or pick(rng, ["full", "given", "given", "v"])
    v = p.full() if style == "full" else p.given() if style == "given" else p.full_variant(rng)
    return Doc().e("PERSON", v)


ROLE_LABELS = [("User", "Assistant"), ("Human", "Assistant"), ("user", "assistant"), ("USER", "AI"), ("Q", "A"), ("Customer", "Agent"), ("### User", "### Assistant"), ("> user", "> bot")]


def chat_roles(ctx, focus):
    rng = ctx.rng
    u, a = pick(rng, ROLE_LABELS)
    d = Doc()
    turns = rng.choice([1, 1, 2, 2, 3])
    for i in range(turns):
        f = focus if i == 0 else pick(rng, [focus, "person", "dob", "address", "phone", "email"])
        d.t("%s: " % u).add(body(ctx, f, extra=rng.choice([0, 0, 1]), filler_p=.2)).t("\n")
        d.t("%s: " % a).add(reply(ctx))
        if rng.random() < .3:
            d.t(" ").add(filler(ctx))
        d.t("\n" if i < turns - 1 else "")
    return d


def chat_ts(ctx, focus):
    rng = ctx.rng
    n_people = rng.choice([2, 2, 3, 4])
    keys = [str(i) for i in range(1, n_people + 1)]
    styles = {k: pick(rng, ["full", "given", "given"]) for k in keys}
    d = Doc()
    h, m = rng.randrange(8, 20), rng.randrange(0, 50)
    lines = rng.randrange(3, 6)
    fmt = pick(rng, ["[%s] ", "%s ", "(%s) ", "[%s] <"])
    for i in range(lines):
        m += rng.randrange(0, 4)
        if m >= 60:
            h, m = h + 1, m - 60
        t = "%02d:%02d" % (h, m)
        d.t(fmt % t)
        if rng.random() < .12:
            d.d("PROPER_NOUN", pick(rng, DC.BOT_SPEAKERS))
            d.t(">: " if fmt.endswith("<") else ": ")
            d.add(fill.fill(ctx, pick(rng, ["Build ⟦VER⟧ deployed to staging.", "⟦OPS⟧ detected on api-gateway.", "Reminder: standup in 5 minutes.", "PR #⟦nn⟧ merged by automation."])))
        else:
            k = pick(rng, keys)
            d.add(speaker(ctx, k, styles[k])).t(">: " if fmt.endswith("<") else ": ")
            f = focus if i == 0 or rng.random() < .3 else pick(rng, ["filler", "filler", "phone", "address", "dob", "dob", "password", "email"])
            if f == "filler":
                d.add(filler(ctx))
            else:
                d.add(sentence(ctx, f))
        d.t("\n" if i < lines - 1 else "")
    return d


def whatsapp(ctx, focus):
    rng = ctx.rng
    keys = ["1", "2"] + (["3"] if rng.random() < .3 else [])
    y, mo, dd = dates.rand_ymd(rng, 2021, 2025)
    d = Doc()
    n = rng.randrange(3, 7)
    us = ctx.locale == "en_US"
    hh, mm = rng.randrange(7, 15), rng.randrange(60)
    for i in range(n):
        mm += rng.randrange(1, 40)
        hh, mm = hh + mm // 60, mm % 60
        date = ("%d/%d/%02d" % (mo, dd, y % 100)) if us else ("%02d/%02d/%04d" % (dd, mo, y))
        d.d("DATE", date).t(", %02d:%02d - " % (hh % 24, mm) if not us else ", %d:%02d %s - " % ((hh - 1) % 12 + 1, mm, "AM" if hh % 24 < 12 else "PM"))
        d.add(speaker(ctx, pick(rng, keys), "full" if rng.random() < .4 else "given")).t(": ")
        f = focus if i == 0 or rng.random() < .3 else pick(rng, ["filler", "filler", "dob", "address", "phone"])
        d.add(filler(ctx) if f == "filler" else sentence(ctx, f))
        d.t("\n" if i < n - 1 else "")
    return d


PROMPT_PREFIX = {
    "en": ["", "", "Rewrite this more politely:\n\n", "Fix the grammar:\n", "Translate to Spanish: ", "tl;dr please\n\n", "Summarise:\n", "Can you help with this? ", "Continue the story: "],
    "de": ["", "Bitte höflicher formulieren:\n\n", "Korrigiere die Rechtschreibung: "], "fr": ["", "Reformule plus poliment :\n\n", "Corrige les fautes : "],
    "es": ["", "Reescribe esto de forma más formal:\n\n", "Corrige la ortografía: "], "ja": ["", "以下をもっと丁寧にしてください：\n"], "zh": ["", "帮我润色一下：\n"],
}


def prompt(ctx, focus):
    rng = ctx.rng
    pre = pick(rng, PROMPT_PREFIX.get(ctx.lang, [""]))
    return Doc().t(pre).add(body(ctx, focus))


def prose(ctx, focus):
    rng = ctx.rng
    d = body(ctx, focus, extra=rng.choice([1, 2, 2, 3]), filler_p=.6)
    if rng.random() < .3:
        d = Doc().t(pick(rng, ["Notes\n\n", "Update: ", "FYI — ", "Re: your question\n", ""])).add(d)
    return d


EMAIL_HDR = {
    "en": ("From", "To", "Cc", "Subject", "Date", "wrote"),
    "de": ("Von", "An", "Cc", "Betreff", "Datum", "schrieb"),
    "fr": ("De", "À", "Cc", "Objet", "Date", "a écrit"),
    "es": ("De", "Para", "CC", "Asunto", "Fecha", "escribió"),
    "pt": ("De", "Para", "Cc", "Assunto", "Data", "escreveu"),
    "it": ("Da", "A", "Cc", "Oggetto", "Data", "ha scritto"),
    "nl": ("Van", "Aan", "CC", "Onderwerp", "Datum", "schreef"),
    "pl": ("Od", "Do", "DW", "Temat", "Data", "napisał(a)"),
    "sv": ("Från", "Till", "Kopia", "Ämne", "Datum", "skrev"),
    "ru": ("От", "Кому", "Копия", "Тема", "Дата", "пишет"),
    "ja": ("差出人", "宛先", "CC", "件名", "日付", "書きました"),
}
SUBJECTS = {
    "en": ["Re: documents for onboarding", "Quick question", "Fwd: delivery address", "Weekly Status Report", "Re: Re: invoice #⟦nn⟧", "Quarterly Planning", "Follow-up from today's call", "Update on your request"],
    "de": ["AW: Unterlagen", "Kurze Frage", "WG: Lieferadresse"], "fr": ["RE : documents", "Question rapide", "TR : adresse de livraison"], "es": ["RE: documentación", "Consulta rápida"],
}


def addr_hdr(ctx, key):
    p = ctx.person(key)
    em = ctx.vals.get("EM" + key) or pii.email(ctx.rng, p, ctx.locale)
    ctx.vals["EM" + key] = em
    d = Doc()
    r = ctx.rng.random()
    if r < .45:
        d.e("PERSON", p.full()).t(" <").e("EMAIL", em).t(">")
    elif r < .7:
        d.e("PERSON", p.full())
    elif r < .8:
        d.t('"').e("PERSON", p.full() if p.native else "%s, %s" % (p.family(), p.given())).t('" <').e("EMAIL", em).t(">")
    else:
        d.e("EMAIL", em)
    return d


def signature(ctx, key):
    rng = ctx.rng
    p = ctx.person(key)
    d = Doc()
    closing = {"en": ["Best,", "Thanks,", "Cheers,", "Kind regards,", "Regards,", "Sent from my phone"], "de": ["Viele Grüße", "Beste Grüße", "LG"],
               "fr": ["Cordialement,", "Bien à vous,"], "es": ["Un saludo,", "Saludos,"], "pt": ["Abraço,", "Atenciosamente,"], "it": ["Cordiali saluti,"],
               "nl": ["Met vriendelijke groet,"], "ja": ["よろしくお願いいたします。"], "ru": ["С уважением,"]}.get(ctx.lang, ["--"])
    c = pick(rng, closing)
    d.t(c + "\n")
    if c.startswith("Sent from"):
        return d
    d.e("PERSON", p.given() if rng.random() < .4 else p.full())
    if rng.random() < .55:
        d.t("\n" + pick(rng, ["Senior Analyst", "Office Manager", "Head of Operations", "Customer Success", "Account Executive", "Research Nurse", "Paralegal"]))
        d.t(" | ").d("PROPER_NOUN", pick(rng, DC.COMPANIES))
        if rng.random() < .45:
            d.t("\n" + pick(rng, ["T ", "Tel. ", "M: ", "☎ ", "Mobile: "])).e("PHONE", pii.phone(rng, ctx.locale))
        if rng.random() < .3:
            d.t("\n").e("ADDRESS", pii.address(rng, ctx.locale, multiline=False))
    return d


def email(ctx, focus):
    rng = ctx.rng
    H = EMAIL_HDR.get(ctx.lang, EMAIL_HDR["en"])
    d = Doc()
    d.t(H[0] + ": ").add(addr_hdr(ctx, "1")).t("\n")
    d.t(H[1] + ": ").add(addr_hdr(ctx, "2"))
    if rng.random() < .4:
        d.t("\n" + H[2] + ": ").add(addr_hdr(ctx, "3"))
    y, mo, dd = dates.rand_ymd(rng, 2022, 2025)
    d.t("\n" + H[4] + ": ").d("DATE", dates.fmt_date(rng, ctx.locale, y, mo, dd)).t(" " + _ts(rng))
    subj = pick(rng, SUBJECTS.get(ctx.lang, SUBJECTS["en"]))
    d.t("\n" + H[3] + ": ").add(fill.fill(ctx, subj)).t("\n\n")
    greet = {"en": ["Hi ⟦P2.g⟧,", "Dear ⟦P2⟧,", "Hello ⟦P2.g⟧,", "⟦P2.g⟧ —", "Hi all,", "Hi team,", "Hello,", "Good morning,"], "de": ["Hallo ⟦P2.g⟧,", "Liebe/r ⟦P2⟧,"], "fr": ["Bonjour ⟦P2.g⟧,"],
             "es": ["Hola ⟦P2.g⟧,"], "pt": ["Olá ⟦P2.g⟧,"], "it": ["Ciao ⟦P2.g⟧,"], "nl": ["Hoi ⟦P2.g⟧,"], "ja": ["⟦P2.f⟧様"], "ru": ["Добрый день, ⟦P2.g⟧!"]}.get(ctx.lang, ["⟦P2.g⟧,"])
    d.add(fill.fill(ctx, pick(rng, greet))).t("\n\n")
    d.add(body(ctx, focus, extra=rng.choice([0, 1, 1, 2]), filler_p=.5, sep="\n\n" if rng.random() < .3 else " "))
    d.t("\n\n").add(signature(ctx, "1"))
    if rng.random() < .45:
        y2, mo2, dd2 = dates.rand_ymd(rng, 2022, 2025)
        d.t("\n\n").t("On " if ctx.lang == "en" else "").d("DATE", dates.fmt_date(rng, ctx.locale, y2, mo2, dd2)).t(", ")
        d.add(addr_hdr(ctx, "2")).t(" %s:\n" % H[5])
        q = sentence(ctx, pick(rng, ["person", "phone", "address", "dob", "email"]))
        q_text = Doc()
        first = True
        # quote each line with "> "
        for s, lab, kind in q.parts:
            if lab is None:
                s = s.replace("\n", "\n> ")
            q_text.parts.append((s, lab, kind))
        d.t("> ").add(q_text)
    return d


def ticket(ctx, focus):
    rng = ctx.rng
    d = Doc()
    d.t(pick(rng, ["Ticket ", "Case ", "Issue ", "Request "])).d("ORDER_ID", DC.order_id(rng)).t("\n")
    d.t("Subject: " + pick(rng, ["Cannot log in", "Wrong delivery address", "Refund not received", "Update personal details", "Account locked", "Question about my appointment", "Billing error"]) + "\n")
    d.t("Requester: ").add(addr_hdr(ctx, "1")).t("\n")
    d.t("Priority: " + pick(rng, ["Low", "Normal", "High", "Urgent"]) + "\nStatus: " + pick(rng, ["Open", "Pending", "On hold"]) + "\n")
    d.t("Created: ").d("DATE", "%04d-%02d-%02d" % dates.rand_ymd(rng, 2023, 2025)).t("\n\n")
    d.t(pick(rng, ["Description:\n", "Customer wrote:\n", "", "--- message ---\n"]))
    d.add(body(ctx, focus, extra=rng.choice([0, 1, 1, 2])))
    if rng.random() < .4:
        d.t("\n\n" + pick(rng, ["Internal note", "Agent note", "Comment"]) + " (").add(speaker(ctx, "4", "full")).t("): ")
        d.add(fill.fill(ctx, pick(rng, ["Verified caller against ⟦DOB⟧ on file.", "Escalated to tier 2, see ⟦ORD⟧.", "Customer asked us to call ⟦PH⟧ instead.",
                                         "Spoke to ⟦P1.g⟧, issue reproduced on ⟦VER⟧.", "Duplicate of ⟦ORD⟧.", "Address updated to ⟦ADDR⟧.", "Refund of ⟦PRICE⟧ approved."])))
    return d


def teams(ctx, focus):
    rng = ctx.rng
    d = Doc()
    n = rng.randrange(2, 5)
    for i in range(n):
        k = pick(rng, ["1", "2", "3"])
        d.add(speaker(ctx, k, "full")).t("  %d:%02d %s\n" % (rng.randrange(1, 13), rng.randrange(60), pick(rng, ["AM", "PM"])))
        d.add(sentence(ctx, focus if i == 0 else pick(rng, ["person", "filler", "phone", "dob"])) if i == 0 or rng.random() < .6 else filler(ctx))
        if i < n - 1:
            d.t("\n\n")
    return d


def letter(ctx, focus):
    rng = ctx.rng
    d = Doc()
    p = ctx.person("1")
    d.e("PERSON", p.full()).t("\n").e("ADDRESS", pii.address(rng, ctx.locale, multiline=True)).t("\n\n")
    y, mo, dd = dates.rand_ymd(rng, 2023, 2025)
    d.d("DATE", dates.fmt_date(rng, ctx.locale, y, mo, dd)).t("\n\n")
    if ctx.lang == "en":
        t = pick(rng, ["Dear %s " % ("Mr" if p.gender == "m" else "Ms"), "Dear Dr ", "Dear ", "Dear %s " % ("Mr" if p.gender == "m" else "Mrs")])
        d.t(t)
        d.e("PERSON", p.family() if t != "Dear " else p.full()).t(",\n\n")
    elif ctx.lang == "de":
        d.t("Sehr geehrte Damen und Herren,\n\n")
    elif ctx.lang == "fr":
        d.t("Madame, Monsieur,\n\n")
    else:
        d.t("")
    d.add(body(ctx, focus, extra=rng.choice([1, 2]), filler_p=.3))
    d.t("\n\n").add(signature(ctx, "2"))
    return d


def md_notes(ctx, focus):
    rng = ctx.rng
    d = Doc()
    title = pick(rng, ["Weekly Sync", "Quarterly Planning", "Project Kickoff", "Retro", "1:1", "Incident Review", "Board Prep", "Family meeting"])
    d.t("# %s — " % title).d("DATE", dates.event_date(rng, ctx.locale)).t("\n\n**Attendees:** ")
    k = rng.randrange(2, 5)
    for i in range(k):
        d.add(speaker(ctx, str(i + 1), pick(rng, ["full", "full", "given", "v"])))
        if i < k - 1:
            d.t(", ")
    d.t("\n\n## Notes\n- ").add(sentence(ctx, focus)).t("\n- ").add(filler(ctx))
    if rng.random() < .5:
        d.t("\n- ").add(sentence(ctx, pick(rng, ["person", "phone", "address", "health"])))
    d.t("\n\n## Action items\n")
    for i in range(rng.randrange(1, 3)):
        d.t("- [ ] ").add(speaker(ctx, str(rng.randrange(1, k + 1)), pick(rng, ["given", "given", "full"]))).t(" to ")
        d.add(fill.fill(ctx, pick(rng, ["update the runbook for ⟦OPS⟧", "send the deck by ⟦DATE⟧", "follow up with ⟦P5⟧", "book the room at ⟦PLACE⟧",
                                         "check the ⟦VER⟧ upgrade", "call ⟦P6⟧ on ⟦PH⟧", "draft the reply", "review ⟦ORD⟧"])))
        d.t("\n")
    return d


def sms(ctx, focus):
    rng = ctx.rng
    d = Doc()
    d.t(pick(rng, ["SMS from ", "Text message from ", "From: ", "Message from "])).e("PHONE", pii.phone(rng, ctx.locale)).t("\n")
    d.add(body(ctx, focus, extra=0, filler_p=.2))
    return d


def srt(ctx, focus):
    rng = ctx.rng
    d = Doc()
    t = rng.randrange(0, 300)
    for i in range(rng.randrange(2, 5)):
        a = t
        t += rng.randrange(2, 7)
        d.t("%d\n00:%02d:%02d,%03d --> 00:%02d:%02d,%03d\n" % (i + 1, a // 60, a % 60, rng.randrange(1000), t // 60, t % 60, rng.randrange(1000)))
        if rng.random() < .5:
            d.t("[").add(speaker(ctx, pick(rng, ["1", "2"]), "given")).t("] ")
        d.add(sentence(ctx, focus if i == 0 else pick(rng, ["person", "filler", "dob", "phone"])) if i == 0 or rng.random() < .6 else filler(ctx))
        d.t("\n\n")
    return d


# ---------------------------------------------------------------- voice transcripts (English)
AGENT = ["thank you for calling ⟦CO⟧ my name is ⟦P2.lc⟧ how can i help", "can i take your full name please", "and can you confirm your date of birth",
         "and the first line of your address", "lovely and a good contact number", "okay bear with me one second", "is there anything else i can help with today",
         "and what's the name of the patient", "can you spell the surname for me", "and which medication are you currently taking", "thanks for holding"]
CALLER = ["yeah hi it's ⟦P1.lcf⟧", "hi um my name is ⟦P1.lcf⟧", "sure it's ⟦DOB:spoken⟧", "born ⟦DOB:spoken⟧", "yeah it's ⟦PH:spoken⟧", "my mobile is ⟦PH:spoken⟧",
          "i live at ⟦ADDR⟧", "it's ⟦ADDR⟧", "i'm on ⟦HEN:med⟧ at the moment", "i was diagnosed with ⟦HEN:cond⟧ in the spring", "the card is ⟦CCS⟧",
          "my social is ⟦SSNS⟧", "it's for my mum ⟦P3f.lcf⟧", "okay thanks", "sorry can you repeat that", "uh huh", "yeah that's right", "my email is ⟦EMS⟧"]

DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(rng, s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(pick(rng, ["oh", "zero"]) if ch == "0" else DIG[int(ch)])
    return " ".join(out)


def _strip(s):
    return re.sub(r"[,.?!;:]", "", s.lower())


def transcript(ctx, focus):
    rng = ctx.rng
    d = Doc()
    need = {"dob": "sure it's ⟦DOB:spoken⟧", "address": "i live at ⟦ADDR⟧", "phone": "yeah it's ⟦PH:spoken⟧", "health": "i was diagnosed with ⟦HEN:cond⟧ in the spring",
            "card": "the card is ⟦CCS⟧", "ssn": "my social is ⟦SSNS⟧", "person": "hi um my name is ⟦P1.lcf⟧", "email": "my email is ⟦EMS⟧"}.get(focus, "yeah hi it's ⟦P1.lcf⟧")
    lines = [("agent", pick(rng, AGENT[:1] + AGENT)), ("caller", "yeah hi it's ⟦P1.lcf⟧"), ("agent", pick(rng, AGENT[1:])), ("caller", need)]
    for _ in range(rng.randrange(1, 4)):
        lines.append(("agent", pick(rng, AGENT[1:])))
        lines.append(("caller", pick(rng, CALLER)))
    lab = pick(rng, [("agent", "caller"), ("speaker 1", "speaker 2"), ("A", "B"), ("rep", "customer"), ("", "")])
    t = rng.randrange(0, 30)
    for who, tpl in lines:
        tpl2 = tpl
        doc = Doc()
        # special spoken keys
        if "⟦CCS⟧" in tpl2:
            pre, post = tpl2.split("⟦CCS⟧")
            doc.add(fill.fill(ctx, pre)).e("CREDIT_CARD", spoken_digits(rng, pii.credit_card(rng, sep=""))).add(fill.fill(ctx, post))
        elif "⟦SSNS⟧" in tpl2:
            pre, post = tpl2.split("⟦SSNS⟧")
            doc.add(fill.fill(ctx, pre)).e("US_SSN", spoken_digits(rng, pii.ssn(rng, "")))
        elif "⟦EMS⟧" in tpl2:
            p = ctx.person("1")
            h = p.ascii_handle(rng)
            h = h.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
            h = re.sub(r"\d+", lambda m: " " + spoken_digits(rng, m.group(0)) + " ", h)
            h = re.sub(r"\s+", " ", h).strip()
            dom = pick(rng, ["gmail dot com", "outlook dot com", "yahoo dot co dot uk", "hotmail dot com", "icloud dot com"])
            doc.add(fill.fill(ctx, tpl2.split("⟦EMS⟧")[0])).e("EMAIL", h + " at " + dom)
        else:
            doc = fill.fill(ctx, tpl2)
        doc = doc.map_all(_strip)
        t += rng.randrange(2, 15)
        if lab[0]:
            d.t("[%02d:%02d] " % (t // 60, t % 60) if rng.random() < .3 else "").t((lab[0] if who == "agent" else lab[1]) + ": ")
        d.add(doc).t("\n" if lab[0] else " ")
    return d


SHAPES_TEXT = {
    "chat": (chat_roles, 7), "chat_ts": (chat_ts, 1.5), "whatsapp": (whatsapp, 1.5), "prompt": (prompt, 7), "prose": (prose, 4), "email": (email, 2.5),
    "ticket": (ticket, 4), "teams": (teams, 1), "letter": (letter, 2), "meeting_notes": (md_notes, 1), "sms": (sms, 2), "subtitles": (srt, 1),
    "transcript": (transcript, 3),
}
