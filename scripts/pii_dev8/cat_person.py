"""PERSON texts: names in 15 scripts and from many naming cultures, in
e-mails, meeting notes, CRM exports, tickets, chat exports and agent traces."""
import re

from core import D, E, Txt, csv_row, fill, flat, jdump, jesc
import shapes as SH

GSLOT = re.compile(r"⟦([A-E])\?([^|⟧]*)\|([^⟧]*)⟧")


def frame(t, people):
    """Fill a frame. ⟦A⟧ full name, ⟦Ag⟧ given, ⟦Af⟧ family, ⟦A?masc|fem⟧ agreement."""
    t = GSLOT.sub(lambda m: m.group(2) if people[m.group(1)].gender == "m" else m.group(3), t)
    kw = {}
    for k, p in people.items():
        kw[k] = E("PERSON", p.full())
        kw[k + "g"] = E("PERSON", p.given)
        kw[k + "f"] = E("PERSON", p.family)
        kw[k + "x"] = E("PERSON", p.formal())
    return kw, t


def cast(ctx, loc, n, mix=0.0):
    out = {}
    used = set()
    for k in "ABCDE"[:n]:
        for _ in range(20):
            l = loc if ctx.r.random() >= mix else ctx.ch(MIX_LOCS)
            p = ctx.person(l)
            if p.given not in used and p.family not in used:
                break
        used.update([p.given, p.family])
        out[k] = p
    return out


NONLATIN = ["ja_JP", "ko_KR", "zh_CN", "zh_TW", "ru_RU", "uk_UA", "el_GR", "he_IL", "ar_SA", "ar_EG", "th_TH", "hi_IN",
            "fa_IR", "bn_BD", "ka_GE", "hy_AM", "bg_BG", "ne_NP"]
MIX_LOCS = ["pt_BR", "pt_PT", "yo_NG", "ig_NG", "ha_NG", "vi_VN", "tr_TR", "pl_PL", "es_ES", "es_MX", "nl_NL", "nl_BE",
            "en_IN", "de_DE", "fr_FR", "it_IT", "sw_KE", "en_ZA", "tw_GH", "en_IE", "fi_FI", "hu_HU",
            "ro_RO", "cs_CZ", "id_ID", "sv_SE", "en_PH", "en_US", "en_GB"]

EN = [
    "Can you draft a thank-you note to ⟦A⟧ for covering ⟦B⟧'s shift on Saturday?",
    "⟦Ag⟧ said the build is green, but ⟦Bg⟧ still sees the error on staging.",
    "Remind me to call ⟦A⟧ after lunch about the lease.",
    "Set up a 30-minute sync with ⟦A⟧ and ⟦B⟧ next Tuesday.",
    "Loop in ⟦A⟧ from finance; ⟦Ag⟧ owns the travel budget.",
    "My landlord, ⟦A⟧, still hasn't replied about the boiler. Write a firm but polite follow-up.",
    "Who should review ⟦Ag⟧'s pull request, ⟦Bg⟧ or ⟦Cg⟧?",
    "I'm writing a reference letter for ⟦A⟧, who worked with me for three years. ⟦Ag⟧ led our migration project.",
    "Please book a table for four under the name ⟦Af⟧ for Friday.",
    "Summarise what ⟦Ag⟧ and ⟦Bg⟧ agreed in the thread below and send it to ⟦C⟧.",
    "Dr. ⟦Af⟧ asked me to send the scan results to ⟦B⟧ before the weekend.",
    "Write a farewell message for ⟦A⟧, who is leaving after nine years. Mention that ⟦Ag⟧ trained half the team.",
    "tell ⟦Ag⟧ i'm running 10 min late",
    "Is it rude to cc ⟦A⟧ on my reply to ⟦B⟧?",
    "Our new intern ⟦A⟧ starts Monday - draft an onboarding checklist and assign a buddy (⟦B⟧ or ⟦C⟧).",
    "Congratulate ⟦A⟧ and ⟦B⟧ on the baby, keep it short.",
    "Translate this for ⟦Ag⟧'s parents: we'd love to host you in June.",
    "Can you find a time when ⟦Ag⟧, ⟦Bg⟧ and ⟦Cg⟧ are all free?",
    "Mrs ⟦Af⟧ from the school called; she wants to talk about the trip. Draft a reply.",
    "Prof. ⟦Af⟧ is my thesis supervisor and ⟦B⟧ is the second reader. How do I ask for an extension?",
    "Split the dinner bill between me, ⟦Ag⟧, ⟦Bg⟧ and ⟦Cg⟧.",
    "Write a LinkedIn recommendation for ⟦A⟧. I managed ⟦A?him|her⟧ at my last job.",
    "⟦A⟧ and I are organising the reunion. Draft the invite.",
    "Who's on call this weekend, ⟦Ag⟧ or ⟦Bg⟧?",
]
MEET = ("Meeting notes - ⟦topic⟧ (⟦date⟧)\nAttendees: ⟦A⟧, ⟦B⟧, ⟦C⟧⟦Dopt⟧\n\nNotes:\n- ⟦Ag⟧ walked through the ⟦topic⟧ numbers.\n"
        "- ⟦Bg⟧ raised the vendor delay; ⟦Cg⟧ thinks we can absorb it.\n\nActions:\n- ⟦Ag⟧ to send the revised plan by ⟦date2⟧\n"
        "- ⟦Cg⟧ to check with legal")
TOPICS = ["Q3 budget", "warehouse move", "launch readiness", "hiring plan", "pricing review", "incident retro"]


def g_en_prose(ctx):
    loc = ctx.ch(MIX_LOCS)
    people = cast(ctx, loc, 3, mix=0.35)
    kw, t = frame(ctx.ch(EN), people)
    msg = fill(t, **kw)
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "chat", "openai", "otel", "log"), [3, 2, 3, 1, 1])
    return segs, shape, loc


NATIVE = {
    "el": ["Πρακτικά σύσκεψης\nΠαρόντες: ⟦A⟧, ⟦B⟧, ⟦C⟧\n- Προϋπολογισμός: ⟦A⟧\n- Προμηθευτές: ⟦B⟧", "Συμμετέχοντες: ⟦A⟧, ⟦B⟧, ⟦C⟧.", "Από: ⟦A⟧\nΠρος: ⟦B⟧\nΘέμα: Αναφορά\n\nΚαλημέρα σας, σας στέλνω την αναφορά.\n⟦Ag⟧",
           "Υπεύθυνος έργου: ⟦A⟧. Αναπληρωτής: ⟦B⟧.", "Στείλε μήνυμα: παραλήπτης ⟦A⟧, θέμα η συνάντηση της Δευτέρας."],
    "ar": ["محضر الاجتماع\nالحضور: ⟦A⟧، ⟦B⟧، ⟦C⟧\n- يتولى ⟦A⟧ مراجعة الميزانية.\n- يتواصل ⟦B⟧ مع المورد.", "أرسل ⟦A⟧ التقرير أمس، وسيراجعه ⟦B⟧ غداً.", "الحضور: ⟦A⟧، ⟦B⟧، ⟦C⟧", "من: ⟦A⟧\nإلى: ⟦B⟧\nالموضوع: الاجتماع\n\nمرحباً ⟦Bg⟧،\nنؤكد الموعد يوم الأحد.\n⟦Ag⟧",
           "يرجى التواصل مع ⟦A⟧ بخصوص الفاتورة."],
    "fa": ["لطفاً گزارش را برای ⟦A⟧ بفرستید.", "شرکت‌کنندگان: ⟦A⟧، ⟦B⟧"],
    "ru": ["Протокол встречи\nПрисутствовали: ⟦A⟧, ⟦B⟧, ⟦C⟧\n— ⟦Ag⟧: бюджет\n— ⟦Bg⟧: поставщики\n— ⟦Cg⟧: сроки", "Участники: ⟦A⟧, ⟦B⟧, ⟦C⟧.", "Ответственный: ⟦Ax⟧. Срок — пятница.", "Привет! Это ⟦Ag⟧ из бухгалтерии.",
           "Напиши письмо: получатель — ⟦A⟧, тема — перенос встречи.", "⟦A⟧ ⟦A?отправил|отправила⟧ отчёт, а ⟦B⟧ ещё не ⟦B?ответил|ответила⟧.",
           "От: ⟦A⟧\nКому: ⟦B⟧\n\n⟦Bg⟧, добрый день! Договор подписан.\n⟦Ag⟧"],
    "uk": ["Учасники: ⟦A⟧, ⟦B⟧.", "⟦A⟧ ⟦A?надіслав|надіслала⟧ звіт учора.", "Відповідальна особа: ⟦A⟧."],
    "bg": ["Участници: ⟦A⟧, ⟦B⟧.", "Отговорник: ⟦A⟧."],
    "ja": ["議事録\n出席者：⟦A⟧、⟦B⟧、⟦C⟧\n・⟦Af⟧さんが予算を説明\n・⟦Bf⟧さんが来週までに見積もりを提出", "⟦A⟧さんから連絡がありました。", "会議の参加者：⟦A⟧、⟦B⟧、⟦C⟧", "⟦Af⟧部長に資料を送ってください。",
           "件名：日程調整\n\n⟦Af⟧様\n\nお世話になっております。⟦B⟧です。来週の打ち合わせの件でご連絡しました。",
           "担当：⟦A⟧（営業部）\n承認者：⟦B⟧"],
    "zh": ["会议纪要\n参会：⟦A⟧、⟦B⟧、⟦C⟧\n1. ⟦A⟧介绍了预算。\n2. ⟦B⟧负责联系供应商。\n3. ⟦C⟧下周汇报进度。", "⟦A⟧老师明天请假。", "请把报告发给⟦A⟧。", "参会人员：⟦A⟧、⟦B⟧、⟦C⟧", "负责人：⟦A⟧，联系人：⟦B⟧。",
           "⟦A⟧和⟦B⟧下周去上海出差。"],
    "ko": ["회의록\n참석: ⟦A⟧, ⟦B⟧, ⟦C⟧\n- ⟦A⟧: 일정 공유\n- ⟦B⟧: 예산 검토\n- ⟦C⟧ 님이 다음 회의 준비", "⟦A⟧ 님께 보고서를 보내 주세요.", "회의 참석자: ⟦A⟧, ⟦B⟧, ⟦C⟧", "담당자: ⟦A⟧ / 승인: ⟦B⟧",
           "⟦A⟧ 팀장님이 내일 휴가입니다.", "⟦A⟧ 씨가 자료를 정리했어요."],
    "hi": ["बैठक के नोट्स\nउपस्थित: ⟦A⟧, ⟦B⟧, ⟦C⟧\n- ⟦A⟧ बजट की समीक्षा करेंगे।\n- ⟦B⟧ विक्रेता से बात करेंगे।", "⟦A⟧ जी कल छुट्टी पर हैं।", "कृपया यह रिपोर्ट ⟦A⟧ को भेज दें।", "बैठक में ⟦A⟧, ⟦B⟧ और ⟦C⟧ शामिल थे।"],
    "bn": ["অনুগ্রহ করে রিপোর্টটি ⟦A⟧-কে পাঠান।", "সভায় উপস্থিত: ⟦A⟧, ⟦B⟧"],
    "th": ["บันทึกการประชุม\nผู้เข้าร่วม: ⟦A⟧, ⟦B⟧, ⟦C⟧\n- คุณ⟦Ag⟧ จะสรุปงบประมาณ\n- คุณ⟦Bg⟧ ติดต่อซัพพลายเออร์", "คุณ⟦Ag⟧ จะส่งรายงานพรุ่งนี้", "ผู้เข้าร่วมประชุม: ⟦A⟧, ⟦B⟧", "ผู้รับผิดชอบ: ⟦A⟧"],
    "he": ["סיכום פגישה\nנוכחים: ⟦A⟧, ⟦B⟧, ⟦C⟧\n- ⟦A⟧ ⟦A?יעדכן|תעדכן⟧ את התקציב.\n- ⟦B⟧ ⟦B?ידבר|תדבר⟧ עם הספק.", "⟦A⟧ ⟦A?שלח|שלחה⟧ את הדוח אתמול.", "משתתפים: ⟦A⟧, ⟦B⟧, ⟦C⟧", "אחראי: ⟦A⟧. גיבוי: ⟦B⟧."],
    "ka": ["მონაწილეები: ⟦A⟧, ⟦B⟧", "პასუხისმგებელი: ⟦A⟧"],
    "hy": ["Մասնակիցներ՝ ⟦A⟧, ⟦B⟧", "Պատասխանատու՝ ⟦A⟧"],
    "tr": ["⟦A⟧ toplantıya katılamayacak.", "Katılımcılar: ⟦A⟧, ⟦B⟧, ⟦C⟧", "Sorumlu: ⟦A⟧ — yedek: ⟦B⟧",
           "⟦Ag⟧ raporu gönderdi, ⟦Bg⟧ onaylayacak."],
    "pl": ["⟦A⟧ wyśle raport jutro.", "Uczestnicy: ⟦A⟧, ⟦B⟧, ⟦C⟧.", "Osoba odpowiedzialna: ⟦A⟧."],
    "vi": ["⟦A?Anh|Chị⟧ ⟦Ag⟧ sẽ gửi báo cáo vào thứ Sáu.", "Thành phần: ⟦A⟧, ⟦B⟧, ⟦C⟧.", "Người phụ trách: ⟦A⟧."],
    "pt": ["⟦A?O|A⟧ ⟦A⟧ vai enviar o relatório amanhã.", "Participantes: ⟦A⟧, ⟦B⟧ e ⟦C⟧.", "Responsável: ⟦A⟧."],
    "es": ["⟦A⟧ enviará el informe el viernes.", "Asistentes: ⟦A⟧, ⟦B⟧ y ⟦C⟧.", "Responsable: ⟦A⟧; suplente: ⟦B⟧."],
    "nl": ["⟦A⟧ stuurt het rapport vrijdag.", "Aanwezig: ⟦A⟧, ⟦B⟧ en ⟦C⟧.", "Contactpersoon: ⟦A⟧."],
    "de": ["⟦A⟧ schickt den Bericht am Freitag.", "Teilnehmende: ⟦A⟧, ⟦B⟧, ⟦C⟧.", "Ansprechpartner: ⟦A⟧."],
    "fr": ["⟦A⟧ enverra le rapport vendredi.", "Participants : ⟦A⟧, ⟦B⟧ et ⟦C⟧.", "Responsable : ⟦A⟧."],
    "it": ["⟦A⟧ manderà il report venerdì.", "Partecipanti: ⟦A⟧, ⟦B⟧ e ⟦C⟧."],
    "id": ["⟦A?Pak|Bu⟧ ⟦Ag⟧ akan mengirim laporan besok.", "Peserta: ⟦A⟧, ⟦B⟧, ⟦C⟧."],
    "sw": ["⟦A⟧ atatuma ripoti kesho.", "Waliohudhuria: ⟦A⟧, ⟦B⟧ na ⟦C⟧."],
    "hu": ["Résztvevők: ⟦A⟧, ⟦B⟧, ⟦C⟧.", "Felelős: ⟦A⟧."],
    "cs": ["Účastníci: ⟦A⟧, ⟦B⟧, ⟦C⟧.", "Odpovědná osoba: ⟦A⟧."],
    "ro": ["Participanți: ⟦A⟧, ⟦B⟧, ⟦C⟧."],
    "sv": ["Deltagare: ⟦A⟧, ⟦B⟧, ⟦C⟧.", "⟦A⟧ skickar rapporten på fredag."],
    "fi": ["Osallistujat: ⟦A⟧, ⟦B⟧, ⟦C⟧."],
    "da": ["Deltagere: ⟦A⟧, ⟦B⟧, ⟦C⟧."],
    "no": ["Deltakere: ⟦A⟧, ⟦B⟧, ⟦C⟧."],
}
NATIVE_LOCS = {"el": ["el_GR"], "ar": ["ar_SA", "ar_AE", "ar_EG"], "fa": ["fa_IR"], "ru": ["ru_RU"], "uk": ["uk_UA"],
               "bg": ["bg_BG"], "ja": ["ja_JP"], "zh": ["zh_CN", "zh_TW"], "ko": ["ko_KR"], "hi": ["hi_IN", "ne_NP"],
               "bn": ["bn_BD"], "th": ["th_TH"], "he": ["he_IL"], "ka": ["ka_GE"], "hy": ["hy_AM"], "tr": ["tr_TR"],
               "pl": ["pl_PL"], "vi": ["vi_VN"], "pt": ["pt_BR", "pt_PT"], "es": ["es_ES", "es_MX", "es_AR", "es_CO", "es_CL"],
               "nl": ["nl_NL", "nl_BE"], "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CA", "fr_BE"], "it": ["it_IT"],
               "id": ["id_ID"], "sw": ["sw_KE"], "hu": ["hu_HU"], "cs": ["cs_CZ"], "ro": ["ro_RO"], "sv": ["sv_SE"],
               "fi": ["fi_FI"], "da": ["da_DK"], "no": ["no_NO"]}
NATIVE_W = {"el": 6, "ar": 7, "fa": 2, "ru": 7, "uk": 3, "bg": 2, "ja": 7, "zh": 7, "ko": 6, "hi": 5, "bn": 2, "th": 6,
            "he": 5, "ka": 2, "hy": 2, "tr": 3, "pl": 3, "vi": 3, "pt": 3, "es": 3, "nl": 3, "de": 2, "fr": 2, "it": 2,
            "id": 2, "sw": 2, "hu": 2, "cs": 1, "ro": 1, "sv": 1, "fi": 1, "da": 1, "no": 1}


def g_native(ctx):
    langs = list(NATIVE_W)
    lang = ctx.r.choices(langs, [NATIVE_W[x] for x in langs])[0]
    loc = ctx.ch(NATIVE_LOCS[lang])
    people = cast(ctx, loc, 3)
    kw, t = frame(ctx.ch(NATIVE[lang]), people)
    msg = fill(t, **kw)
    segs, shape = SH.wrap(ctx, msg, lang if lang in SH.REPLIES else "en", ("prompt", "chat", "openai", "otel", "log"), [3, 2, 3, 1, 1])
    return segs, shape, loc


def g_meeting(ctx):
    loc = ctx.ch(MIX_LOCS) if ctx.r.random() < 0.5 else ctx.ch(NONLATIN)
    people = cast(ctx, loc, 4, mix=0.4)
    kw, t = frame(MEET, people)
    kw["topic"] = ctx.ch(TOPICS)
    kw["date"] = D("DATE", ctx.date("en_GB", dob=False))
    kw["date2"] = D("DATE", ctx.date("en_GB", dob=False))
    kw["Dopt"] = [", ", kw["D"]] if ctx.r.random() < 0.5 else []
    msg = fill(t, **kw)
    if ctx.r.random() < 0.5:
        return msg, "meeting", loc
    segs, shape = SH.wrap(ctx, flat("Turn these notes into a follow-up email:\n\n", msg), "en", ("openai", "otel", "chat"))
    return segs, shape, loc


EMAIL_BODIES = [
    "Hi ⟦Bg⟧,\n\nThanks for sending the draft. ⟦Cg⟧ and I went through it this morning and we're happy with section 2. "
    "Could you ask ⟦D⟧ to double-check the figures before Thursday?\n\nBest,\n⟦Ag⟧",
    "Dear ⟦B⟧,\n\nI'm writing on behalf of ⟦C⟧ regarding the tenancy renewal. ⟦Cg⟧ would like to extend for another year.\n\nKind regards,\n⟦A⟧",
    "⟦Bg⟧ -\n\nQuick one: ⟦Dg⟧ is out next week, so ⟦Cg⟧ will cover the client calls.\n\n⟦Ag⟧",
    "Hello ⟦Bg⟧,\n\nWelcome aboard! Your buddy for the first month is ⟦C⟧. ⟦Cg⟧ will reach out today.\n\nCheers,\n⟦Ag⟧",
]


def g_email(ctx):
    loc = ctx.ch(MIX_LOCS) if ctx.r.random() < 0.7 else ctx.ch(NONLATIN)
    people = cast(ctx, loc, 4, mix=0.4)
    kw, t = frame(ctx.ch(EMAIL_BODIES), people)
    A, B, C = people["A"], people["B"], people["C"]
    head = ["From: ", kw["A"], " <", E("EMAIL", ctx.email(A, org=True)), ">\nTo: ", kw["B"], " <",
            E("EMAIL", ctx.email(B)), ">\n"]
    if ctx.r.random() < 0.5:
        head += ["Cc: ", E("PERSON", C.full()), " <", E("EMAIL", ctx.email(C, org=True)), ">\n"]
    head += ["Date: ", D("DATE", ctx.email_date()), "\nSubject: ", ctx.ch(["Draft review", "Renewal", "Cover next week",
                                                                           "Welcome!", "Re: figures"]), "\n\n"]
    msg = flat(head, fill(t, **kw))
    if ctx.r.random() < 0.5:
        return msg, "email", loc
    segs, shape = SH.wrap(ctx, flat("Reply to this email and keep it short:\n\n", msg), "en", ("openai", "otel", "log"))
    return segs, shape, loc


def g_crm(ctx):
    loc = ctx.ch(MIX_LOCS) if ctx.r.random() < 0.6 else ctx.ch(NONLATIN)
    k = ctx.r.randint(0, 2)
    owner = ctx.person(ctx.ch(MIX_LOCS))
    if k == 0:
        rows = [[["first_name"], ["last_name"], ["email"], ["stage"], ["owner"], ["last_contact"]]]
        for _ in range(ctx.r.randint(2, 5)):
            p = ctx.person(loc if ctx.r.random() < 0.7 else ctx.ch(MIX_LOCS))
            rows.append([[E("PERSON", p.given)], [E("PERSON", p.family)], [E("EMAIL", ctx.email(p))],
                         [ctx.ch(["lead", "qualified", "proposal", "won", "lost"])], [E("PERSON", owner.full())],
                         [D("DATE", ctx.recent_date().isoformat())]])
        out = []
        for i, r in enumerate(rows):
            if i:
                out.append("\n")
            out.extend(csv_row(r))
        return out, "csv", loc
    p = ctx.person(loc)
    body = {"contact": {"firstName": E("PERSON", p.given), "lastName": E("PERSON", p.family), "email": E("EMAIL", ctx.email(p)),
                        "company": ctx.ch(["Kestrel Foods", "Tidewater Labs", "Bluefinch Co.", "Northwind Logistics"])},
            "owner": {"name": E("PERSON", owner.full())},
            "notes": Txt(fill("Spoke to ⟦g⟧ on the phone; ⟦og⟧ to send pricing by ⟦d⟧.", g=E("PERSON", p.given),
                              og=E("PERSON", owner.given), d=D("DATE", ctx.date("en_US", dob=False)))),
            "updatedAt": D("DATE", ctx.ts(0))}
    js = jdump(body, indent=ctx.ch([None, 2]))
    if k == 1:
        return js, "crm", loc
    segs, shape = SH.wrap(ctx, flat("Write the next follow-up for this contact:\n", js), "en", ("openai", "log"))
    return segs, shape, loc


def g_ticket(ctx):
    loc = ctx.ch(MIX_LOCS) if ctx.r.random() < 0.6 else ctx.ch(NONLATIN)
    people = cast(ctx, loc, 3, mix=0.4)
    A, B, C = people["A"], people["B"], people["C"]
    key = f"{ctx.ch(['OPS', 'SUP', 'IT', 'FIN', 'HR'])}-{ctx.r.randint(100, 9999)}"
    if ctx.r.random() < 0.5:
        kw, t = frame("Ticket ⟦key⟧: VPN drops every 10 minutes\nReporter: ⟦A⟧\nAssignee: ⟦B⟧\nWatchers: ⟦C⟧\n\n"
                      "Comment (⟦B⟧): Hi ⟦Ag⟧, can you send the client logs? Version ⟦ver⟧ had a known bug.\n"
                      "Comment (⟦A⟧): Attached. ⟦Cg⟧ sees the same thing.", people)
        kw.update(key=D("ORDER_ID", key), ver=D("VERSION", ctx.version()))
        return fill(t, **kw), "ticket", loc
    body = {"key": D("ORDER_ID", key), "fields": {"summary": "Laptop replacement", "reporter": {"displayName": E("PERSON", A.full())},
                                                  "assignee": {"displayName": E("PERSON", B.full())},
                                                  "created": D("DATE", ctx.ts(2))},
            "comments": [{"author": {"displayName": E("PERSON", C.full())},
                          "body": Txt(fill("⟦g⟧, the new one arrives on ⟦d⟧.", g=E("PERSON", A.given),
                                           d=D("DATE", ctx.date("en_GB", dob=False))))}]}
    return jdump(body, indent=ctx.ch([None, 2])), "ticket", loc


def handle(ctx, p):
    g, f = p.ascii_parts(ctx.r)
    if not p.latin() and p.script not in ("cyrl", "grek"):
        return g
    return ctx.ch([g, f"{g}.{f}", f"{g}{f[0]}", f"{g}_{f}"])


def g_slack(ctx):
    loc = ctx.ch(MIX_LOCS) if ctx.r.random() < 0.75 else ctx.ch(NONLATIN)
    people = cast(ctx, loc, 3, mix=0.4)
    A, B, C = people["A"], people["B"], people["C"]
    tss = ctx.ts_seq(4, 3)
    hb = handle(ctx, B)
    if ctx.r.random() < 0.5:
        out = fill("[⟦t0⟧] ⟦A⟧: morning! has anyone heard from ⟦Cg⟧ about the demo?\n"
                   "[⟦t1⟧] ⟦B⟧: yes, ⟦Cg⟧ is moving it to 3pm\n[⟦t2⟧] ⟦A⟧: @⟦hb⟧ can you update the invite?\n[⟦t3⟧] ⟦B⟧: done 👍",
                   t0=tss[0], t1=tss[1], t2=tss[2], t3=tss[3], A=E("PERSON", A.full()), B=E("PERSON", B.full()),
                   Cg=E("PERSON", C.given), hb=E("PERSON", hb))
        return out, "slack", loc
    dts = ctx.ts_seq(3, 2)
    out = fill("⟦d0⟧ - ⟦Ag⟧: Are we still on for dinner with ⟦Cg⟧?\n⟦d1⟧ - ⟦Bg⟧: yes! ⟦Cg⟧ booked for 8\n⟦d2⟧ - ⟦Ag⟧: perfect",
               d0=D("DATE", dts[0]), d1=D("DATE", dts[1]), d2=D("DATE", dts[2]), Ag=E("PERSON", A.given),
               Bg=E("PERSON", B.given), Cg=E("PERSON", C.given))
    return out, "whatsapp", loc


def g_trace(ctx):
    loc = ctx.ch(MIX_LOCS) if ctx.r.random() < 0.5 else ctx.ch(NONLATIN)
    people = cast(ctx, loc, 2, mix=0.3)
    A, B = people["A"], people["B"]
    tss = ctx.ts_seq(4, 0)
    lines = [
        fill("⟦t⟧ agent tool=contacts.search query=\"⟦a⟧\" results=1", t=D("DATE", tss[0]), a=E("PERSON", A.full())),
        fill("⟦t⟧ agent tool=calendar.create title=\"1:1 ⟦ag⟧ / ⟦bg⟧\" attendees=[\"⟦ae⟧\",\"⟦be⟧\"]", t=D("DATE", tss[1]),
             ag=E("PERSON", A.given), bg=E("PERSON", B.given), ae=E("EMAIL", ctx.email(A, org=True)),
             be=E("EMAIL", ctx.email(B, org=True))),
        fill("⟦t⟧ llm.response text=\"I've booked the 1:1 between ⟦a⟧ and ⟦b⟧ for Thursday.\"", t=D("DATE", tss[2]),
             a=E("PERSON", A.full()), b=E("PERSON", B.full())),
        fill("⟦t⟧ agent done status=ok", t=D("DATE", tss[3])),
    ]
    out = []
    for i, l in enumerate(lines):
        if i:
            out.append("\n")
        out.extend(l)
    return out, "log", loc


REVIEWS = ["Great service from ⟦Ag⟧ at the ⟦place⟧ branch - sorted my refund in five minutes.",
           "⟦Ag⟧ and ⟦Bg⟧ were brilliant with the kids. Would book again!",
           "Ask for ⟦Ag⟧ when you visit, ⟦A?he|she⟧ knows everything about ⟦brand⟧ bikes.",
           "Our guide ⟦A⟧ made the ⟦place⟧ tour unforgettable."]


def g_review(ctx):
    loc = ctx.ch(MIX_LOCS)
    people = cast(ctx, loc, 2)
    kw, t = frame(ctx.ch(REVIEWS), people)
    kw["place"] = D("PROPER_NOUN", ctx.ch(["Lisbon", "Kyoto", "Rotterdam", "Melbourne", "Edinburgh", "Porto", "Munich"]))
    kw["brand"] = D("PROPER_NOUN", ctx.ch(["Brompton", "Trek", "Gazelle", "Specialized", "Canyon"]))
    msg = fill(t, **kw)
    sig = ctx.ch([["\n— ", E("PERSON", f"{ctx.person(loc).given} {ctx.ch('ABCDEFGHJKLMNOPRSTVW')}.")], []])
    msg = flat(msg, sig)
    segs, shape = SH.wrap(ctx, flat("Classify the sentiment of this review:\n", msg), "en", ("prompt", "openai", "log"))
    return segs, shape, loc


REFUND = [
    "Hi ⟦Bg⟧,\n\nCould you refund order ⟦o⟧ (⟦p⟧) to the card I paid with, ⟦card⟧? ⟦C⟧ in your team said it was approved.\n\nThanks,\n⟦A⟧",
    "Hello ⟦Bg⟧,\n\nPlease send the deposit back by bank transfer instead: ⟦iban⟧, account holder ⟦A⟧. ⟦Cg⟧ has the signed checkout form.\n\nBest,\n⟦Ag⟧",
]


def g_refund(ctx):
    loc = ctx.ch(["en_GB", "en_IE", "de_DE", "nl_NL", "fr_FR", "es_ES", "it_IT", "pt_PT", "pl_PL", "yo_NG", "en_IN", "tr_TR"])
    people = cast(ctx, loc, 3, mix=0.3)
    kw, t = frame(ctx.ch(REFUND), people)
    cc = ctx.country(loc)
    kw.update(o=D("ORDER_ID", ctx.order_id()), p=D("PRICE", ctx.price()), card=E("CREDIT_CARD", ctx.card()),
              iban=E("IBAN", ctx.iban(cc if cc in ctx.BBAN else "GB")))
    msg = fill(t, **kw)
    if ctx.r.random() < 0.5:
        head = ["From: ", kw["A"], " <", E("EMAIL", ctx.email(people["A"])), ">\nSubject: Refund\n\n"]
        return flat(head, msg), "email", loc
    segs, shape = SH.wrap(ctx, flat("Draft a reply to this customer:\n\n", msg), "en", ("openai", "otel", "log"))
    return segs, shape, loc


GENS = [(g_refund, 12), (g_en_prose, 55), (g_native, 100), (g_meeting, 22), (g_email, 28), (g_crm, 25), (g_ticket, 20),
        (g_slack, 18), (g_trace, 12), (g_review, 8)]
