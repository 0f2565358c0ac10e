"""PERSON-heavy templates."""
from core import E, D, Seq, seq, T, jdump, smap, csv_field, COMPACT, join
from common import PER, PW, PH, DOB, ADDR, EM, HL, IPA, lang_of, honor, tail
from data_lex import GREET, THANKS, PROPER_NOUNS, PLACES, BRANDS
from shapes import telemetry, transcript, openai_messages, tool_call_msg, anthropic_tool_use, assist
from values import ascii_fold
import locales

LATIN_LOCS = ["us", "gb", "ie", "au", "ca", "in", "ng", "gh", "ke", "za", "de", "fr", "es", "mx", "br", "pt", "it", "nl", "pl",
              "se", "tr", "vn", "id", "ph", "cz", "ro", "fi", "dk", "no", "co", "ar"]


def latin_person(c, loc=None):
    for _ in range(20):
        l = loc or c.locale(LATIN_LOCS)
        p = c.person(l)
        if p.is_latin:
            return p, l
    return c.person("us"), "us"


def mk_handle(c, p):
    g = ascii_fold(p.given).lower().replace(" ", "").replace(".", "").replace("'", "")
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "")
    return c.pick([g, f"{g}.{f}", f"{g}{f[:1]}", f"{g[:1]}{f}", f"{g}_{f[:1]}", f"{g}.{f[:1]}"])


MENTION = {
    "en": ["ask {n}, she has the numbers", "{n} said the release is blocked", "my manager {h} wants it by Friday",
           "can you loop in {n}?", "I already pinged {n} about it", "{n} from finance approved it", "per {h}, we need a second quote",
           "{n} and {n2} will cover the weekend", "don't tell {n} yet lol", "the patient, {n}, missed the follow-up",
           "my landlord {h} still hasn't fixed the heating", "the new intern {n} starts Monday", "can you ask {h} to sign it?"],
    "de": ["frag mal {n}, der kennt das", "{h} hat das freigegeben", "{n} ist diese Woche im Urlaub"],
    "fr": ["demande à {n}", "{h} a validé le devis", "{n} est en congé cette semaine"],
    "es": ["pregúntale a {n}", "{h} ya lo aprobó", "{n} está de vacaciones"], "pt": ["fala com a {n}", "{h} aprovou ontem"],
    "it": ["chiedi a {n}", "{h} ha approvato"], "ja": ["{h}に確認してください", "{h}が承認済みです"],
    "zh": ["问一下{h}", "{h}已经批准了"], "ko": ["{h}께 여쭤보세요", "{h}이 승인했어요"], "ru": ["спроси у {n}", "{h} уже согласовал"],
    "tr": ["{h}'a sor", "{n} izinde bu hafta"], "vi": ["hỏi {h} nhé", "{h} duyệt rồi"], "id": ["tanya {h} aja", "{h} sudah setuju"],
    "tl": ["tanungin mo si {h}", "approved na ni {h}"], "pl": ["zapytaj {n}", "{h} zatwierdził"], "nl": ["vraag het aan {n}"],
    "he": ["תשאל את {n}"], "ar": ["اسأل {n}"], "th": ["ถาม{h}ได้เลย"], "el": ["ρώτα τον {n}"], "hi": ["{n} से पूछो"],
}


def t_chat_mention(c):
    loc = c.locale()
    lang = lang_of(loc)
    lang = lang if lang in MENTION else "en"
    p, q = c.person(loc), c.person(loc)
    s = T(c.pick(MENTION[lang]), n=PER(p.polite), n2=PER(q.polite), h=honor(c, p, lang))
    extra = seq()
    if c.chance(0.5):
        extra = seq(c.pick(["\n", " ", "\n\n"]), T(c.pick(THANKS.get(lang, THANKS["en"])), n=PER(q.polite)))
    user = seq(s, extra, tail(c, lang))
    if c.chance(0.5):
        body, shape = telemetry(c, user, lang)
    else:
        reply = c.pick([seq("Sure — I'll draft a note to ", PER(p.polite), "."), seq(assist(c, lang))])
        body, shape = transcript(c, [("user", user), ("assistant", reply)]), "chat"
    return body, "chat_mention/" + shape, loc


def t_meeting(c):
    loc = c.locale()
    lang = lang_of(loc)
    ppl = [c.person(loc) for _ in range(c.r.randint(3, 6))]
    if c.chance(0.4):
        ppl.append(latin_person(c)[0])
    att = join(", ", [PER(p.full) for p in ppl])
    hp, _ = latin_person(c)
    items = [seq("- ", PER(ppl[0].polite), " to send the revised budget by ", D("DATE", c.date_decoy("en")) if c.chance(0.5) else "Friday"),
             seq("- @", PER(mk_handle(c, hp)), ": check the ", D("OPS_TERM", c.ops_term()) if c.chance(0.5) else "dashboard", " alerts"),
             seq("- ", c.pick(["Decision", "Agreed"]), ": move launch to ", D("VERSION", c.version()) if c.chance(0.4) else "next sprint"),
             seq("- ", PER(ppl[1].polite), " and ", PER(ppl[2].polite), " pair on the onboarding flow")]
    c.r.shuffle(items)
    body = seq("# ", c.pick(["Weekly sync", "Project kickoff", "Retro", "Ops review"]), " — ", D("DATE", c.date_decoy("en")), "\n\n",
               "**Attendees:** ", att, "\n", c.pick(["**Absent:** ", "**Regrets:** "]), PER(c.person(loc).full), "\n\n## Action items\n",
               join("\n", items))
    if c.chance(0.4):
        body, shape = telemetry(c, seq("Summarize these notes in 3 bullets:\n\n", body), lang)
        return body, "meeting/" + shape, loc
    return body, "meeting", loc


def t_ticket(c):
    loc = c.locale()
    lang = lang_of(loc)
    rep, asg = c.person(loc), c.person(loc)
    hp, _ = latin_person(c)
    k = c.r.randrange(2)
    desc = seq(c.pick(["Customer ", "User ", "Caller "]), PER(rep.full), c.pick([" reports that ", " says "]),
               c.pick(["the invoice PDF is blank", "2FA codes never arrive", "the mobile app crashes on login", "their order shows twice"]),
               ". ", c.pick(["Assigned to ", "Handing over to ", "cc "]), PER(asg.polite), ".")
    if k == 0:
        obj = {"key": f"SUP-{c.r.randint(100, 9999)}", "fields": {"summary": c.pick(["Invoice blank", "No 2FA SMS", "Crash on login"]),
               "reporter": {"displayName": PER(rep.full), "emailAddress": EM(c.email(rep))},
               "assignee": {"displayName": PER(asg.full), "name": PER(mk_handle(c, asg if asg.is_latin else hp))},
               "description": Seq(desc), "created": D("DATE", c.timestamp())}}
        return jdump(obj, indent=2 if c.chance(0.5) else None), "ticket_jira", loc
    body = seq("Ticket #", D("NUMERIC_ID", c.digits(7)), "\nStatus: Open\nRequester: ", PER(rep.full), " <", EM(c.email(rep)), ">\n",
               "Assignee: ", PER(asg.full), "\n\n", desc, "\n\n", c.pick(["Internal note: ", "Update: "]),
               PER(asg.polite), c.pick([" called back, no answer.", " escalated to L2.", " asked for logs."]))
    if c.chance(0.3):
        body, shape = telemetry(c, seq("Suggest a reply for this ticket:\n", body), lang)
        return body, "ticket/" + shape, loc
    return body, "ticket", loc


def t_email_names(c):
    loc = c.locale([k for k in locales.LOCALES if locales.LOCALES[k]["lang"] in GREET])
    lang = lang_of(loc)
    to, me, third = c.person(loc), c.person(loc), c.person(loc)
    greet = T(c.pick(GREET[lang]), n=honor(c, to, lang) if c.chance(0.5) else PER(to.polite))
    mid = {"en": seq("As discussed, ", honor(c, third, lang), " will join the call on ", D("DATE", c.date_decoy("en")), "."),
           "de": seq("Wie besprochen nimmt ", honor(c, third, lang), " am Termin teil."),
           "fr": seq("Comme convenu, ", honor(c, third, lang), " participera à la réunion."),
           "es": seq("Como hablamos, ", honor(c, third, lang), " se une a la llamada."),
           "ja": seq("先日お話しした通り、", honor(c, third, lang), "も会議に参加します。"),
           "zh": seq("如之前所说，", honor(c, third, lang), "也会参加会议。"),
           "ko": seq("말씀드린 대로 ", honor(c, third, lang), "도 회의에 참석합니다."),
           }.get(lang, seq(honor(c, third, lang), " — FYI."))
    sign = {"de": "Viele Grüße", "fr": "Bien cordialement", "es": "Un saludo", "pt": "Abraços", "ja": "よろしくお願いいたします。",
            "zh": "此致", "ko": "감사합니다.", "it": "Cordiali saluti", "nl": "Met vriendelijke groet", "pl": "Pozdrawiam",
            "ru": "С уважением", "tr": "Saygılarımla", "vi": "Trân trọng", "id": "Salam"}.get(lang, c.pick(["Best", "Cheers", "Kind regards", "Thanks"]))
    body = seq(greet, c.pick([",\n\n", "\n\n"]), mid, "\n\n", sign, ",\n", PER(me.full if c.chance(0.6) else me.polite))
    if c.chance(0.35):
        body = seq("On ", D("DATE", c.date_decoy("en")), ", ", PER(to.full), " <", EM(c.email(to)), "> wrote:\n> thanks, see you then\n\n", body) if c.chance(0.3) else body
        body, shape = telemetry(c, seq(c.pick(["Translate to English:\n\n", "Make this more formal:\n\n", "Fix the grammar:\n\n"]), body), lang)
        return body, "email_names/" + shape, loc
    return body, "email_names", loc


def t_toolcall_people(c):
    loc = c.locale()
    lang = lang_of(loc)
    ppl = [c.person(loc) for _ in range(c.r.randint(1, 4))]
    k = c.r.randrange(3)
    if k == 0:
        args = {"title": c.pick(["Q3 planning", "Design review", "1:1", "Site visit"]), "start": D("DATE", c.timestamp()),
                "attendees": [{"name": PER(p.full), "email": EM(c.email(p))} for p in ppl]}
        user = seq("set up a meeting with ", join(", ", [PER(p.polite) for p in ppl]), c.pick([" tomorrow at 10", " next week"]))
        name = "create_calendar_event"
    elif k == 1:
        p = ppl[0]
        args = {"to": EM(c.email(p)), "to_name": PER(p.full), "subject": "Following up",
                "body": Seq(seq(c.pick(["Hi ", "Dear "]), PER(p.polite), ",\n\nJust checking in on the proposal.\n\nBest,\n", PER(c.person(loc).given)))}
        user = seq("email ", PER(p.polite), " and ask about the proposal")
        name = "send_email"
    else:
        p = ppl[0]
        args = {"query": PER(p.full), "filters": {"department": c.pick(["Sales", "Finance", "Legal"])}}
        user = seq("who is ", PER(p.full), "? find them in the directory")
        name = "search_directory"
    m = c.r.randrange(3)
    if m == 0:
        return openai_messages(c, [("user", user), ("assistant", tool_call_msg(c, name, args))]), "toolcall_people/openai", loc
    if m == 1:
        body = jdump({"model": "claude-sonnet-4", "messages": [{"role": "user", "content": Seq(user)}, anthropic_tool_use(c, name, args)]}, sep=COMPACT)
        return body, "toolcall_people/anthropic", loc
    inner = openai_messages(c, [("user", user), ("assistant", tool_call_msg(c, name, args))], system=False, pretty=False)
    body = jdump({"trace_id": c.hexn(32), "spans": [{"name": "openai.chat", "attributes": {"input": Seq(inner)}}]}, sep=COMPACT)
    return body, "toolcall_people/trace", loc


def t_slack(c):
    loc = c.locale()
    lang = lang_of(loc)
    ppl = [c.person(loc) for _ in range(3)]
    hp, _ = latin_person(c)
    msgs = [{"user": "U" + c.hexn(8).upper(), "user_profile": {"real_name": PER(ppl[0].full)},
             "text": Seq(seq(c.pick(["<!here> ", ""]), "deploy of ", D("VERSION", c.version()), " is done, thanks ", PER(ppl[1].polite), "!")),
             "ts": f"{1700000000 + c.r.randrange(60000000)}.{c.digits(6)}"},
            {"user": "U" + c.hexn(8).upper(), "user_profile": {"real_name": PER(ppl[1].full)},
             "text": Seq(seq(c.pick(["np! ", "🙌 "]), "@", PER(mk_handle(c, hp)), c.pick([" can you check the ", " pls look at the "]),
                             D("OPS_TERM", c.ops_term()), "?")),
             "ts": f"{1700000000 + c.r.randrange(60000000)}.{c.digits(6)}"}]
    return jdump({"channel": "C0" + c.hexn(8).upper(), "messages": msgs}, indent=2 if c.chance(0.5) else None), "slack_export", loc


def t_log_user(c):
    loc = c.locale()
    lines = []
    for _ in range(c.r.randint(2, 5)):
        p = c.person(loc)
        act = c.pick(["login", "logout", "export_report", "update_profile", "password_change"])
        ts = c.timestamp()
        if c.chance(0.5):
            lines.append(seq(ts, " INFO audit action=", act, " user=\"", PER(p.full), "\" ip=", IPA(c.ip()), " ok=true"))
        else:
            lines.append(jdump({"ts": ts, "action": act, "actor": {"name": PER(p.full), "email": EM(c.email(p))}}, sep=COMPACT))
    return join("\n", lines), "audit_log", loc


def t_lowercase(c):
    loc = c.locale(["us", "gb", "tr", "pl", "br", "id", "ph", "ng", "in", "vn", "de", "es", "fr", "ke", "gh"])
    p, q = c.person(loc), c.person(loc)
    a, b = p.polite.lower(), q.polite.lower()
    s = c.pick([seq("is ", PER(a), " around? tell ", PER(b), " i said hi"), seq("lol ", PER(a), " forgot the cake again"),
                seq("omw, ", PER(a), " is driving"), seq(PER(a), " n ", PER(b), " r coming tonite"),
                seq("k ", PER(a), " thx"), seq("did ", PER(a), "'s flight land?")])
    body, shape = telemetry(c, seq(s, tail(c, lang_of(loc), 0.2)), lang_of(loc))
    return body, "lowercase/" + shape, loc


def t_whatsapp(c):
    loc = c.locale()
    lang = lang_of(loc)
    p, q = c.person(loc), c.person(loc)
    d = c.other_date()
    lines = []
    n = c.r.randint(3, 6)
    times = sorted(c.r.randrange(7 * 3600, 23 * 3600) for _ in range(n))
    for i in range(n):
        who = p if i % 2 == 0 else q
        txt = c.pick([seq("ok"), seq("👍"), seq("see you at 7"), seq("did ", PER(c.person(loc).polite), " reply?"),
                      seq("call me when you can"), seq("tell ", PER(p.polite if who is q else q.polite), " thanks"),
                      seq("running late sorry")])
        t = times[i]
        lines.append(seq(f"[{d.day:02d}/{d.month:02d}/{d.year % 100:02d}, {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}] ",
                         PER(who.full if c.chance(0.6) else who.polite), ": ", txt))
    body = join("\n", lines)
    if c.chance(0.4):
        body, shape = telemetry(c, seq("summarise this chat export:\n", body), lang)
        return body, "whatsapp/" + shape, loc
    return body, "whatsapp_export", loc


def t_decoy_names(c):
    loc = c.locale()
    lang = lang_of(loc)
    p = c.person(loc)
    pl, pl2 = c.r.sample(PLACES, 2)
    br, br2 = c.r.sample(BRANDS, 2)
    s = c.pick([
        seq("Booked ", PER(p.polite), " a table near the ", D("PROPER_NOUN", br), " store in ", D("PROPER_NOUN", pl), "."),
        seq(PER(p.full), " moved from ", D("PROPER_NOUN", pl), " to ", D("PROPER_NOUN", pl2), " last year."),
        seq("Gift idea for ", PER(p.polite), ": something from ", D("PROPER_NOUN", br), "?"),
        seq("Our account rep at ", D("PROPER_NOUN", br), " is ", PER(p.full), "."),
        seq("Is ", D("PROPER_NOUN", br), " better than ", D("PROPER_NOUN", br2), "? ", PER(p.polite), " swears by it."),
        seq(PER(p.polite), " asked ", D("PROPER_NOUN", c.pick(["Alexa", "Siri", "Cortana"])), " to play ", D("PROPER_NOUN", c.pick(["Jasmine", "Victoria", "Charlotte"])), "'s playlist... no wait, the band."),
    ])
    body, shape = telemetry(c, seq(s, tail(c, lang)), lang)
    return body, "decoy_names/" + shape, loc


def t_lastfirst(c):
    loc = c.locale(LATIN_LOCS)
    p, _ = latin_person(c, loc)
    q, _ = latin_person(c, loc)
    k = c.r.randrange(3)
    if k == 0:
        body = seq("1.1 ", PER(f"{ascii_fold(p.family).upper().replace(' ', '')}/{ascii_fold(p.given).upper().replace(' ', '')}"),
                   c.pick([" MR", " MS", " MRS", ""]), "  2.1 ", PER(f"{ascii_fold(q.family).upper().replace(' ', '')}/{ascii_fold(q.given).upper().replace(' ', '')}"),
                   "\n 1 ", c.pick(["LH", "TK", "QR", "ET", "KQ"]), str(c.r.randint(100, 999)), " Y ", c.pick(["12MAR", "03NOV", "28JUL"]),
                   " ", c.pick(["FRAIST", "LOSNBO", "ADDLOS", "DXBMNL"]), " HK2  0915 1340\nCTCM ", PH(c.phone(loc)))
        return body, "pnr", loc
    if k == 1:
        rows = [seq(csv_field(seq(PER(f"{x.family}, {x.given}"))), ",", c.pick(["Sales", "Ops", "Finance"]), ",", c.pick(["FT", "PT", "Contractor"]))
                for x in (p, q, latin_person(c, loc)[0])]
        return seq("employee,department,type\n", join("\n", rows)), "csv_lastfirst", loc
    body = seq("Reviewer: ", PER(f"{p.family}, {p.given[0]}."), "\nApproved by: ", PER(f"{q.given[0]}. {q.family}"),
               "\nDate: ", D("DATE", c.date_decoy("en")))
    return body, "initials", loc


def t_code_review(c):
    loc = c.locale(LATIN_LOCS)
    p, _ = latin_person(c, loc)
    q, _ = latin_person(c, loc)
    h1, h2 = mk_handle(c, p), mk_handle(c, q)
    body = seq("@", PER(h1), " left a comment on ", D("FILE_PATH", c.file_path()), ":\n> ",
               c.pick(["nit: rename this", "this breaks the health check", "can we add a test?", "LGTM once CI is green"]),
               "\n\n", c.pick(["Thanks, ", "Good catch ", "Done — "]), PER(p.given), c.pick(["!", ".", " 🙏"]),
               "\n\n# TODO(", PER(h2), "): remove after ", D("VERSION", c.version()))
    return body, "code_review", loc


TEMPLATES = [
    (t_chat_mention, 12), (t_meeting, 6), (t_ticket, 6), (t_email_names, 8), (t_toolcall_people, 6), (t_slack, 3),
    (t_log_user, 3), (t_lowercase, 4), (t_whatsapp, 4), (t_decoy_names, 5), (t_lastfirst, 3), (t_code_review, 3),
]
