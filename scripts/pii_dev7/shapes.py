"""Text shapes: how a mention of a person reaches an AI app's logs.

Every shape takes a Ctx (cast + locale + language) and returns a segment list.
"""
import copy

import prose
import decoys as dc
from core import S, cat, join, jdump, esc_json, esc_csv, lab, map_text
from render import render

LANG_NATIVE = {"ja", "zh", "ko", "ar", "hi", "ru", "el", "he", "th"}
LANG_CULTURES = {
    "es": ["es_ES", "es_MX", "es_AR", "es_CO"], "fr": ["fr_FR", "fr_CA", "fr_SN"], "de": ["de_DE", "de_AT", "de_CH"],
    "pt": ["pt_BR", "pt_PT"], "it": ["it_IT"], "pl": ["pl_PL"], "tr": ["tr_TR"], "vi": ["vi_VN"], "id": ["id_ID", "ms_MY"],
    "ja": ["ja_JP"], "zh": ["zh_CN", "zh_TW"], "ko": ["ko_KR"], "ar": ["ar_SA"], "hi": ["hi_IN"], "ru": ["ru_RU"],
    "el": ["el_GR"], "he": ["he_IL"], "th": ["th_TH"], "sw": ["sw_KE"], "yo": ["yo_NG"],
}
SYSTEM_PROMPTS = ["You are a helpful assistant.", "You are an executive assistant. Be concise.",
                  "You are a support agent for an online store. Never reveal internal notes.",
                  "You help users write emails and messages. Keep a friendly tone."]
API_MODELS = ["claude-3-5-sonnet-20241022", "gpt-4o-mini", "llama-3.1-70b-instruct", "mistral-large-latest",
              "gemini-1.5-pro", "qwen2.5-72b-instruct"]


def shuffled(ctx, keys="ABCD"):
    """The same context with the cast roles permuted, so list-like shapes vary who is mentioned."""
    c2 = copy.copy(ctx)
    c2.override = None
    c2.used_frames = ctx.__dict__.setdefault("used_frames", set())
    vals = [ctx.cast[k] for k in keys]
    ctx.rng.shuffle(vals)
    c2.cast = dict(ctx.cast)
    c2.cast.update(zip(keys, vals))
    return c2


def pick_frames(ctx, pool, k=1):
    """k frames, never one already used in this text."""
    used = ctx.__dict__.setdefault("used_frames", set())
    fresh = [f for f in pool if f not in used] or list(pool)
    out = ctx.rng.sample(fresh, min(k, len(fresh)))
    used.update(out)
    return out


def body(ctx, k=None):
    rng = ctx.rng
    ov = getattr(ctx, "override", None)
    if ov is not None:  # a pre-rendered body (collision frames) is used once
        ctx.override = None
        return ov
    pool = prose.EN_MSG if ctx.lang == "en" else prose.LANG_MSG[ctx.lang]
    if k is None:
        k = 1 if rng.random() < 0.7 else 2
    frames = pick_frames(ctx, pool, k)
    parts = [render(f, ctx if i == 0 else shuffled(ctx)) for i, f in enumerate(frames)]
    sep = " " if ctx.lang not in ("ja", "zh", "th") else ""
    if rng.random() < 0.3:
        sep = "\n\n"
    return join(sep, parts)


def reply(ctx):
    rng = ctx.rng
    if ctx.lang == "en":
        return render(rng.choice(prose.EN_REPLY), ctx)
    if ctx.lang in prose.REPLY and rng.random() < 0.8:
        return render(rng.choice(prose.REPLY[ctx.lang]), ctx)
    return S([("OK.", None)]) if rng.random() < 0.5 else S([("👍", None)])


def stamp(rng, style="iso"):
    y, mo, d = rng.randrange(2023, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    h, mi, s = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    if style == "iso":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randrange(1000):03d}Z"
    if style == "clock":
        return f"{h:02d}:{mi:02d}"
    if style == "us":
        return f"{mo}/{d}/{y} {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if style == "wa":
        return f"{d:02d}/{mo:02d}/{y % 100:02d}, {h:02d}:{mi:02d}:{s:02d}"
    return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"


# ------------------------------------------------------------------ conversational shapes

def sh_prompt(ctx):
    return body(ctx)


ROLE_STYLES = [("User: ", "Assistant: "), ("Human: ", "AI: "), ("### User\n", "### Assistant\n"),
               ("<|user|>\n", "<|assistant|>\n"), ("[user] ", "[assistant] "), ("Q: ", "A: "),
               ("user> ", "bot> "), ("You: ", "Assistant: ")]


def sh_chat(ctx):
    rng = ctx.rng
    u, a = rng.choice(ROLE_STYLES)
    turns = [cat(u, body(ctx, 1)), cat(a, reply(ctx))]
    if rng.random() < 0.5:
        turns.append(cat(u, body(ctx, 1)))
    return join("\n\n" if rng.random() < 0.5 else "\n", turns)


def sh_openai(ctx):
    rng = ctx.rng
    msgs = []
    if rng.random() < 0.6:
        msgs.append({"role": "system", "content": rng.choice(SYSTEM_PROMPTS)})
    msgs.append({"role": "user", "content": body(ctx)})
    if rng.random() < 0.6:
        msgs.append({"role": "assistant", "content": reply(ctx)})
        if rng.random() < 0.4:
            msgs.append({"role": "user", "content": body(ctx, 1)})
    obj = msgs
    if rng.random() < 0.5:
        obj = {"model": rng.choice(API_MODELS), "messages": msgs, "temperature": rng.choice([0, 0.2, 0.7, 1])}
    return jdump(obj, indent=rng.choice([None, None, 2]), ascii=rng.random() < 0.15)


def email_body(ctx, k=1):
    g, s = prose.GREET.get(ctx.lang, prose.GREET["en"])
    return cat(render(g, ctx), "\n\n", body(ctx, k), "\n\n", render(s, ctx))


def sh_email(ctx):
    rng = ctx.rng
    subj = {"en": ["Quick question", "Re: Thursday", "Follow-up", "Fwd: contract", "Plans for next week"],
            "es": ["Consulta rápida", "Re: jueves"], "fr": ["Petite question", "Re: jeudi"], "de": ["Kurze Frage", "AW: Donnerstag"],
            "pt": ["Dúvida rápida"], "it": ["Domanda veloce"]}.get(ctx.lang, ["Re: ", "Fwd: update"])
    hdr = cat("From: ", render("{B:full}", ctx), " <", render("{B:email}", ctx), ">\n",
              "To: ", render("{A:full}", ctx), " <", render("{A:email}", ctx), ">\n")
    if rng.random() < 0.5:
        hdr = cat(hdr, "Cc: ", render("{C:full}", ctx), "\n")
    hdr = cat(hdr, "Subject: ", rng.choice(subj), "\n\n")
    out = cat(hdr, email_body(ctx))
    if rng.random() < 0.35:
        out = cat(out, "\n\n", render("On {DATE}, {A:full} <{A:email}> wrote:\n> Thanks {B}, see you then.\n> {A}", ctx))
    return out


def sh_slack(ctx):
    rng = ctx.rng
    lines = []
    who = ["A", "B", "C"]
    if rng.random() < 0.5:
        for _ in range(rng.randrange(2, 5)):
            w = rng.choice(who)
            name = render("{%s:full}" % w if rng.random() < 0.5 else "{%s:handlebare}" % w, ctx)
            c2 = shuffled(ctx)
            lines.append(cat(f"[{stamp(rng, 'clock')}] ", name, ": ", body(c2, 1) if ctx.lang != "en" or rng.random() < 0.4
                             else render(rng.choice(prose.EN_SHORT), c2)))
        return join("\n", lines)
    msgs = []
    for _ in range(rng.randrange(2, 4)):
        w = rng.choice(who)
        msgs.append({"type": "message", "user": f"U0{rng.randrange(10**7, 10**8)}",
                     "user_profile": {"real_name": render("{%s:full}" % w, ctx), "display_name": render("{%s:handlebare}" % w, ctx)},
                     "text": body(shuffled(ctx), 1) if ctx.lang != "en" or rng.random() < 0.4 else render(rng.choice(prose.EN_SHORT), shuffled(ctx)),
                     "ts": f"{rng.randrange(1690000000, 1740000000)}.{rng.randrange(100000, 999999)}"})
    return jdump(msgs, indent=rng.choice([None, 2]))


def sh_teams(ctx):
    rng = ctx.rng
    lines = []
    for w in rng.sample(["A", "B", "C"], rng.randrange(2, 4)):
        lines.append(cat(f"[{stamp(rng, 'us')}] ", render("{%s:full}" % w, ctx), rng.choice(["", " (Guest)", ""]), "\n",
                         body(shuffled(ctx), 1) if ctx.lang != "en" or rng.random() < 0.5 else render(rng.choice(prose.EN_SHORT), shuffled(ctx))))
    return join("\n\n", lines)


def sh_whatsapp(ctx):
    rng = ctx.rng
    lines = []
    for _ in range(rng.randrange(2, 5)):
        w = rng.choice(["A", "B", "C"])
        lines.append(cat(f"[{stamp(rng, 'wa')}] ", render("{%s}" % w if rng.random() < 0.6 else "{%s:full}" % w, ctx), ": ",
                         body(shuffled(ctx), 1) if ctx.lang != "en" or rng.random() < 0.4 else render(rng.choice(prose.EN_SHORT), shuffled(ctx))))
    return join("\n", lines)


def sh_sms(ctx):
    rng = ctx.rng
    if ctx.lang == "en":
        pool = ["omw, tell {A:lower}", "{A:lower} says the cake is in the fridge", "can u pick up {A:lower} at 5? i'm stuck",
                "tell {A:lower} and {B:lower} we're at the usual spot", "is {A:lower} coming tonight or nah",
                "{A:lower} borrowed my charger again smh", "ask {A:lower} if {B:lower} got home ok",
                "lol {A:lower} fell asleep on the train", "k. {A:lower} has the keys"]
        text = render(rng.choice(pool), ctx)
    else:
        text = body(ctx, 1)
    if rng.random() < 0.5:
        return cat(stamp(rng, "plain"), " sms.inbound from=", render("{A:phone}", ctx), " body=\"", esc_json(text), "\"")
    return text


# ------------------------------------------------------------------ work records

MEETING_TITLES = ["Weekly sync", "Sprint 42 retro", "Q3 planning", "Incident review", "Design crit", "Board prep",
                  "Onboarding check-in", "Vendor review", "Launch go/no-go"]
ACTIONS = ["Action: {A} to follow up with legal by {DAY}", "{B:init} to update the runbook ({PATH})",
           "{C} + {D}: draft the customer email", "Action: {A} to book the room for {DATE}",
           "{B} to chase {E:full} about the invoice", "{D:full} owns the rollout checklist",
           "AI: {C} to share the dashboard link", "{A} & {B} to pair on the {OPS} alert"]


def sh_meeting(ctx):
    rng = ctx.rng
    out = cat(rng.choice(MEETING_TITLES), " — ", render("{DATE}", ctx), "\n",
              "Attendees: ", render("{A:full}, {B:full}, {C}, {D:full}", ctx), "\n")
    if rng.random() < 0.5:
        out = cat(out, "Apologies: ", render("{E}", ctx), "\n")
    notes = [render(f, shuffled(ctx)) for f in rng.sample(prose.EN_SHORT, 3)]
    out = cat(out, "\nNotes\n", join("\n", [cat("- ", n) for n in notes]), "\n\nActions\n",
              join("\n", [cat("- ", render(a, shuffled(ctx))) for a in rng.sample(ACTIONS, 3)]))
    return out


TICKET_TITLES = ["Laptop won't boot after update", "VPN drops every 10 minutes", "Access request: staging DB",
                 "Printer on 3rd floor jammed", "Can't log in to payroll portal", "New starter setup",
                 "Monitor arm broken", "Shared drive permissions"]


def sh_ticket(ctx):
    rng = ctx.rng
    if rng.random() < 0.4:
        obj = {"key": render("{TICKET}", ctx), "fields": {
            "summary": rng.choice(TICKET_TITLES),
            "reporter": {"displayName": render("{A:full}", ctx), "emailAddress": render("{A:email}", ctx)},
            "assignee": {"displayName": render("{B:full}", ctx)},
            "description": render(rng.choice(prose.EN_MSG), ctx),
            "comment": {"comments": [{"author": {"displayName": render("{B:full}", ctx)},
                                      "body": render(rng.choice(prose.EN_SHORT), ctx)}]}}}
        return jdump(obj, indent=rng.choice([None, 2]))
    out = cat("[", render("{TICKET}", ctx), "] ", rng.choice(TICKET_TITLES), "\n",
              "Status: ", rng.choice(["Open", "In progress", "Waiting on customer"]), " | Priority: P", str(rng.randrange(1, 5)), "\n",
              "Reporter: ", render("{A:full}", ctx), "\n", "Assigned to: ", render("{B:full}", ctx), "\n")
    if rng.random() < 0.5:
        out = cat(out, "Watchers: ", render("{C:handle}, {D:handle}", ctx), "\n")
    out = cat(out, "\nDescription:\n", render(rng.choice(prose.EN_MSG), ctx), "\n\nComments:\n",
              render("{B} ({DATE}): ", ctx), render(rng.choice(prose.EN_SHORT), ctx))
    return out


CRM_NOTES = [
    "Called {A:hon} {A:fam} re renewal. {A?She|He} wants a demo with {C:full} next week; their CFO {D:full} signs anything over {PRICE}. Next step: {B} to send pricing.",
    "Met {A} at the trade show. Intro'd by {C}. Interested in the {TEAM} module, not in a hurry.",
    "{A:full} left voicemail. Unhappy about {ORDER}. {B} to call back before {DAY}.",
    "Lunch with {A} and {D:full}. {A} is moving to {ORG} in {MONTH}; {D} takes over the account.",
    "Spoke w/ {A:poss} assistant {C}. {A} travelling until {DATE}. Try again after.",
]


def sh_crm(ctx):
    rng = ctx.rng
    out = cat("Account: ", render("{ORG}", ctx), "\n", "Contact: ", render("{A:hon} {A:full}", ctx), "\n",
              "Owner: ", render("{B:full}", ctx), "\n", "Notes (", render("{DATE}", ctx), "): ",
              render(rng.choice(CRM_NOTES), ctx))
    if rng.random() < 0.4:
        out = cat(out, "\n", "Notes (", render("{DATE}", ctx), "): ", render(rng.choice(CRM_NOTES), ctx))
    return out


REVIEWS = {
    "en": ["★★★★★ Great service from {A}! {A?She|He} sorted our booking in five minutes.",
           "Ask for {A} at the front desk, {A?she|he} is brilliant.",
           "{A} and {B} at the {PLACE} branch went above and beyond.",
           "Two stars. {A:hon} {A:fam} was polite but the room wasn't ready until 5pm.",
           "Our server {A} was lovely; the food less so.",
           "Huge thanks to Dr. {A:fam} and nurse {B} for being so patient with my dad.",
           "Shoutout to {A} in returns, sorted my refund for {ORDER} the same day.",
           "{A} the driver was late but super apologetic. {B} on the phone was rude though."],
    "es": ["¡Excelente atención de {A}! Muy amable y rápida.", "{A} y {B} nos ayudaron muchísimo con la reserva."],
    "fr": ["Merci à {A} pour son accueil chaleureux !", "{A?Mme|M.} {A:fam} a été d'une grande patience."],
    "de": ["Vielen Dank an {A?Frau|Herrn} {A:fam} für die kompetente Beratung!", "{A} an der Rezeption war super freundlich."],
    "it": ["Grazie a {A} per la pazienza!", "{A} e {B} sono stati gentilissimi."],
    "pt": ["Atendimento nota 10 d{A?a|o} {A}!", "{A} resolveu tudo em cinco minutos."],
}


def sh_review(ctx):
    rng = ctx.rng
    pool = REVIEWS.get(ctx.lang, REVIEWS["en"])
    out = render(rng.choice(pool), ctx)
    if rng.random() < 0.6:
        out = cat(out, "\n— ", render("{C:gi}" if rng.random() < 0.6 else "{C}", ctx))
    if rng.random() < 0.3:
        out = jdump({"rating": rng.randrange(1, 6), "review": out, "location": render("{PLACE}", ctx)})
    return out


def sh_log(ctx):
    rng = ctx.rng
    t = stamp(rng)
    tid = render("{SHA:32}", ctx)
    lines = [cat(t, " INFO  agent.step=1 tool=contacts.search query=\"", esc_json(render("{A:full}", ctx)), "\" results=1 trace_id=", tid),
             cat(t, " INFO  agent.step=2 tool=email.send to=\"", render("{A:email}", ctx), "\" cc=\"", render("{B:email}", ctx), "\""),
             cat(t, " DEBUG llm.response text=\"", esc_json(render(rng.choice([
                 "I've emailed {A} and copied {B}.", "Done: invited {A:full} and {B:full} to the {DAY} sync.",
                 "I couldn't find {C:full} in the directory; did you mean {A:full}?",
                 "{A:poss} calendar is free at {TIME}. Shall I book it?"]), ctx)), "\"")]
    if ctx.lang != "en":
        lines.insert(0, cat(t, " INFO  user.message text=\"", esc_json(body(ctx, 1)), "\""))
    else:
        lines.insert(0, cat(t, " INFO  user.message text=\"", esc_json(body(ctx, 1)), "\""))
    return join("\n", lines[:rng.randrange(2, 5)])


def sh_otel(ctx):
    rng = ctx.rng
    out = cat("span chat ", rng.choice(API_MODELS), " trace_id=", render("{SHA:32}", ctx), "\n",
              "  gen_ai.system = \"", rng.choice(["anthropic", "openai", "vertex_ai", "ollama"]), "\"\n",
              "  gen_ai.prompt.0.role = \"user\"\n",
              "  gen_ai.prompt.0.content = \"", esc_json(body(ctx)), "\"\n")
    if rng.random() < 0.6:
        out = cat(out, "  gen_ai.completion.0.content = \"", esc_json(reply(ctx)), "\"\n")
    return cat(out, "  gen_ai.usage.input_tokens = ", str(rng.randrange(20, 900)))


def tool_args(ctx):
    rng = ctx.rng
    kind = rng.choice(["send_email", "create_event", "crm_note", "slack_post", "search_contacts", "create_ticket"])
    if kind == "send_email":
        args = {"to": [render("{A:email}", ctx)], "subject": "Follow-up", "body": email_body(ctx)}
        if rng.random() < 0.5:
            args["cc"] = [render("{C:email}", ctx)]
    elif kind == "create_event":
        args = {"title": render("1:1 {A} / {B}", ctx), "attendees": [render("{A:email}", ctx), render("{B:email}", ctx)],
                "start": "2025-0%d-%02dT%02d:00:00" % (rng.randrange(1, 10), rng.randrange(1, 29), rng.randrange(8, 18)),
                "notes": body(ctx, 1)}
    elif kind == "crm_note":
        args = {"contact_name": render("{A:full}", ctx), "note": body(ctx, 1)}
    elif kind == "slack_post":
        args = {"channel": "#" + rng.choice(["general", "team-ops", "random", "launch"]), "text": body(ctx, 1)}
    elif kind == "search_contacts":
        args = {"query": render(rng.choice(["{A:full}", "{A}", "{A:fam}"]), ctx), "limit": 5}
    else:
        args = {"assignee": render("{B:full}", ctx), "title": rng.choice(TICKET_TITLES), "description": body(ctx, 1)}
    return kind, args


def sh_tool(ctx):
    rng = ctx.rng
    kind, args = tool_args(ctx)
    argstr = jdump(args, compact=rng.random() < 0.5)  # the arguments are a JSON string ...
    call = {"id": f"call_{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))}",
            "type": "function", "function": {"name": kind, "arguments": argstr}}  # ... escaped again here
    style = rng.random()
    if style < 0.4:
        return jdump({"role": "assistant", "content": None, "tool_calls": [call]}, indent=rng.choice([None, 2]))
    if style < 0.75:  # and a third time inside a log line's msg field
        inner = jdump({"tool_calls": [call]}, compact=True)
        return cat(jdump({"ts": stamp(rng), "level": "debug", "logger": "agent.runtime", "msg": inner}, compact=True))
    # Anthropic-style tool_use block, input as an object
    return jdump({"type": "tool_use", "id": f"toolu_{rng.randrange(10**11, 10**12)}", "name": kind, "input": args},
                 indent=rng.choice([None, 2]))


def sh_form(ctx):
    rng = ctx.rng
    kind = rng.random()
    if kind < 0.35:
        return cat("VISITOR REGISTRATION\nNAME: ", render("{A:upper}", ctx), "\nHOST: ", render("{B:upper}", ctx),
                   "\nCOMPANY: ", render("{ORG}", ctx).plain().upper(), "\nDATE: ", render("{DATE}", ctx),
                   "\nSIGNED: ", render("{A:upper}", ctx))
    if kind < 0.7:
        return cat("PARENT/GUARDIAN CONSENT FORM\nCHILD'S NAME: ", render("{A:upper}", ctx),
                   "\nPARENT/GUARDIAN: ", render("{B:upper}", ctx),
                   "\nEMERGENCY CONTACT: ", render("{C:upper}", ctx), " (", render("{C?AUNT|UNCLE}", ctx), ") ", render("{C:phone}", ctx),
                   "\nTRIP: ", render("{PLACE}", ctx), "\nSIGNATURE: ", render("{B:upper}", ctx))
    return cat("BOARDING PASS\nPASSENGER: ", render("{A:airline}", ctx), "\nFLIGHT: ", rng.choice(["BA", "LH", "TK", "QR", "NH", "KQ"]),
               str(rng.randrange(100, 999)), "  SEAT ", str(rng.randrange(1, 40)), rng.choice("ABCDEF"),
               "\nALSO TRAVELLING: ", render("{B:airline}", ctx))


SHAPES = {
    "prompt": sh_prompt, "chat": sh_chat, "openai": sh_openai, "tool": sh_tool, "email": sh_email,
    "slack": sh_slack, "teams": sh_teams, "whatsapp": sh_whatsapp, "sms": sh_sms, "meeting": sh_meeting,
    "ticket": sh_ticket, "crm": sh_crm, "review": sh_review, "log": sh_log, "otel": sh_otel, "form": sh_form,
}
EN_ONLY = {"meeting", "ticket", "crm", "form"}
