"""PII shapes: tickets, e-mail, documents, forms, medical and HR records."""
import datetime

import decoys as DC
import health
import lang as LG
import values as V
from base import (health_field, key, message, pick_kinds, record_fields, reply, say, signoff, want_fields)
from rich import E, D, R, cat, coerce, fmt, join, lower, upper, wrap
from shapes_conv import COMPANIES, company

GREET = {"en": "Hello,", "es": "Hola:", "pt": "Olá,", "fr": "Bonjour,", "de": "Guten Tag,", "it": "Buongiorno,",
         "nl": "Beste,", "pl": "Dzień dobry,", "sv": "Hej,", "nb": "Hei,", "da": "Hej,", "fi": "Hei,", "cs": "Dobrý den,",
         "ro": "Bună ziua,", "el": "Καλημέρα σας,", "tr": "Merhaba,", "ru": "Здравствуйте!", "uk": "Добрий день!",
         "ar": "السلام عليكم،", "he": "שלום,", "fa": "با سلام،", "hi": "नमस्ते,", "bn": "নমস্কার,", "ta": "வணக்கம்,",
         "th": "เรียน ฝ่ายบริการลูกค้า", "vi": "Kính gửi bộ phận hỗ trợ,", "id": "Selamat siang,", "ms": "Salam sejahtera,",
         "tl": "Magandang araw po,", "ja": "お世話になっております。", "ko": "안녕하세요.", "zh": "您好，", "zh-TW": "您好，",
         "sw": "Habari,"}
SUBJ = {"en": "Problem with my account", "es": "Problema con mi cuenta", "pt": "Problema com a minha conta",
        "fr": "Problème avec mon compte", "de": "Problem mit meinem Konto", "it": "Problema con il mio account",
        "nl": "Probleem met mijn account", "pl": "Problem z kontem", "sv": "Problem med mitt konto",
        "nb": "Problem med kontoen min", "da": "Problem med min konto", "fi": "Ongelma tilissäni",
        "cs": "Problém s účtem", "ro": "Problemă cu contul meu", "el": "Πρόβλημα με τον λογαριασμό μου",
        "tr": "Hesabımla ilgili sorun", "ru": "Проблема с аккаунтом", "uk": "Проблема з акаунтом",
        "ar": "مشكلة في حسابي", "he": "בעיה בחשבון שלי", "fa": "مشکل در حساب کاربری", "hi": "मेरे खाते में समस्या",
        "bn": "আমার অ্যাকাউন্টে সমস্যা", "ta": "என் கணக்கில் சிக்கல்", "th": "ปัญหาเกี่ยวกับบัญชี",
        "vi": "Vấn đề với tài khoản", "id": "Masalah akun saya", "ms": "Masalah akaun saya", "tl": "Problema sa account ko",
        "ja": "アカウントについて", "ko": "계정 문제 문의", "zh": "账户问题", "zh-TW": "帳戶問題", "sw": "Tatizo la akaunti yangu"}

NOTES_EN = ["Verified caller via DOB {dob} and postcode.", "Customer mentioned {h}; flagged for accessibility support.",
            "Reset password to {pw} and asked them to change it on first login.",
            "Callback number confirmed: {phone}.", "Address updated to {addr}.",
            "Per {name2}, approved the goodwill credit.", "Escalated to {name2} (tier 2)."]


def _note(ctx, p):
    r = ctx.rng
    tpl = r.choice(NOTES_EN)
    kw = {}
    if "{dob}" in tpl:
        kw["dob"] = p.dob_e()
    if "{h}" in tpl:
        if not p.has_health():
            return coerce("Customer asked for a callback.")
        kw["h"] = health_field(ctx, p)
    if "{pw}" in tpl:
        kw["pw"] = p.pw()
    if "{phone}" in tpl:
        kw["phone"] = p.phone()
    if "{addr}" in tpl:
        kw["addr"] = p.addr(multiline=False)
    if "{name2}" in tpl:
        kw["name2"] = ctx.person().name()
    return fmt(tpl, **kw)


def sh_ticket(ctx):
    r = ctx.rng
    p = ctx.person()
    agent = ctx.person()
    tid = DC.numeric(r, "ticket")
    head = cat("Ticket ", tid, " · Priority: P%d · Opened " % r.randint(1, 4), ctx.date(), "\n",
               "Requester: ", p.name(), cat(" <", p.email(), ">") if r.random() < 0.5 else "", "\n",
               "Subject: ", SUBJ[ctx.lk], "\n---\n")
    kinds = pick_kinds(ctx, p, r.randint(2, 4))
    if r.random() < 0.4:
        kinds = ["intro"] + kinds
    body = message(ctx, p, kinds, sep=r.choice([" ", "\n"]))
    out = cat(head, GREET[ctx.lk], "\n", body)
    if r.random() < 0.6:
        out = cat(out, "\n", signoff(ctx, p))
    if r.random() < 0.7:
        out = cat(out, "\n---\nInternal note (", agent.name(r.choice(["full", "initial", "given"])), "): ", _note(ctx, p))
    return out


def _rfc_date(ctx):
    r = ctx.rng
    d = LG.rand_recent(r)
    return D("DATE", "%s, %d %s %d %02d:%02d:%02d %s" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()], d.day, LG.MONTHS_ABBR["en"][d.month - 1],
        d.year, r.randint(6, 22), r.randint(0, 59), r.randint(0, 59), r.choice(["+0100", "+0000", "-0500", "+0530", "+0900"])))


def signature(ctx, p, co=None):
    r = ctx.rng
    co = co or company(ctx)
    title = r.choice(["Account Manager", "Head of Operations", "Senior Nurse", "Office Manager", "Freelance Designer",
                      "Customer Success", "Procurement Lead"])
    lines = [p.name(r.choice(["full", "full", "roman"])), coerce(title + (" | " + co[0] if r.random() < 0.6 else ""))]
    if r.random() < 0.9:
        lines.append(cat(r.choice(["M: ", "Tel. ", "☎ ", "Mobile: ", "T "]), p.phone()))
    if r.random() < 0.3:
        lines.append(p.email())
    if r.random() < 0.6:
        lines.append(p.addr(multiline=r.random() < 0.5))
    return join("\n", lines)


DISCLAIMER = {
    "en": ("CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the addressee and may "
           "contain confidential or legally privileged information. If you have received this message in error, please "
           "notify the sender immediately and delete it from your system. Any unauthorised review, use, disclosure or "
           "distribution is prohibited. E-mail transmission cannot be guaranteed to be secure or error-free, as "
           "information could be intercepted, corrupted, lost, destroyed, arrive late or incomplete, or contain "
           "viruses. The sender therefore does not accept liability for any errors or omissions in the contents of "
           "this message which arise as a result of e-mail transmission."),
    "de": ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
           "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
           "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht "
           "gestattet. Pflichtangaben gemäß § 35a GmbHG finden Sie auf unserer Website."),
    "fr": ("Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
           "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message "
           "par erreur, merci de nous en avertir immédiatement et de le détruire."),
}


def _quote(r_):
    return cat("> ", r_.map(lambda s: s.replace("\n", "\n> ")))


def sh_email_thread(ctx):
    r = ctx.rng
    p = ctx.person()
    agent = ctx.person()
    co, dom = company(ctx)
    body = message(ctx, p, pick_kinds(ctx, p, r.randint(2, 4)), sep="\n")
    if r.random() < 0.4:
        body = cat(coerce(_filler(ctx, r.randint(1, 3))), "\n", body)
    out = cat("From: ", p.name(r.choice(["full", "roman"])), " <", p.email(), ">\n",
              "To: ", E("EMAIL", "support@" + dom), "\n", "Date: ", _rfc_date(ctx), "\n",
              "Subject: Re: ", SUBJ[ctx.lk], " [", DC.numeric(r, "ticket"), "]\n\n",
              GREET[ctx.lk], "\n\n", body, "\n\n", signoff(ctx, p))
    if r.random() < 0.5:
        out = cat(out, "\n--\n", signature(ctx, p))
    ae = agent.email_str(domain=dom)
    prev = cat(reply(ctx, p), "\n\n", agent.name(r.choice(["given", "full"])) if r.random() < 0.5 else
               "Customer Care", "\n", co)
    who = cat(agent.name(), " <", E("EMAIL", ae), ">") if r.random() < 0.5 else \
        cat(co, " <", E("EMAIL", "support@" + dom), ">")
    out = cat(out, "\n\nOn ", ctx.date(), ", ", who, " wrote:\n", _quote(prev))
    if r.random() < 0.45:
        first = message(ctx, p, ["intro"] + pick_kinds(ctx, p, r.randint(1, 3)))
        if r.random() < 0.5:
            first = cat(first, " ", _filler(ctx, r.randint(1, 4)))
        out = cat(out, "\n>\n> On ", ctx.date(), ", ", p.email() if r.random() < 0.5 else p.name(), " wrote:\n>> ",
                  first.map(lambda s: s.replace("\n", "\n>> ")))
    if r.random() < 0.35:
        out = cat(out, "\n\n", DISCLAIMER.get(ctx.lang, DISCLAIMER["en"]))
    return out


def sh_email_signature(ctx):
    r = ctx.rng
    p = ctx.person()
    short = coerce(r.choice(["Thanks, will send the files tomorrow.", "See attached.", "Works for me.",
                             "Confirming Thursday at 10.", "Please find the signed copy attached."]))
    return cat(short, "\n\n", r.choice(["Best,", "Regards,", "--", "Cheers"]), "\n", signature(ctx, p),
               "\n\n" + r.choice(["This e-mail and any attachments are confidential.",
                                  "Sent from my iPhone", "Please consider the environment before printing."]))


FILLER = {
    "en": ["The parties agree that this document reflects the information available at the time of writing.",
           "All amounts are stated inclusive of applicable taxes unless indicated otherwise.",
           "Please keep this letter for your records; a copy has been placed on file.",
           "The assessment was carried out in accordance with the usual procedures and no irregularities were noted.",
           "Further correspondence should quote the reference number shown above.",
           "Where a deadline falls on a public holiday, it moves to the next working day.",
           "The figures in section 4 were rounded to the nearest whole unit for readability.",
           "Nothing in this letter affects your statutory rights.",
           "We reviewed the supporting documents submitted with the original request and the later amendment.",
           "A summary of the applicable terms is available on request from the records office.",
           "Responses received after the closing date may not be taken into account.",
           "This version supersedes all earlier drafts circulated by e-mail."],
    "de": ["Die Angaben beruhen auf den zum Zeitpunkt der Erstellung vorliegenden Unterlagen.",
           "Bitte bewahren Sie dieses Schreiben für Ihre Unterlagen auf.",
           "Alle Beträge verstehen sich inklusive der gesetzlichen Mehrwertsteuer.",
           "Bei Rückfragen geben Sie bitte stets das oben genannte Aktenzeichen an.",
           "Fällt eine Frist auf einen Feiertag, verschiebt sie sich auf den nächsten Werktag.",
           "Ihre gesetzlichen Rechte bleiben von diesem Schreiben unberührt.",
           "Diese Fassung ersetzt alle zuvor per E-Mail versandten Entwürfe."],
    "fr": ["Les informations ci-dessus reflètent les pièces disponibles à la date de rédaction.",
           "Merci de conserver ce courrier pour vos archives.",
           "Tous les montants sont indiqués toutes taxes comprises.",
           "Pour toute correspondance, veuillez rappeler la référence indiquée ci-dessus.",
           "Si une échéance tombe un jour férié, elle est reportée au jour ouvré suivant.",
           "Cette version remplace tous les projets diffusés précédemment par courriel."],
    "es": ["La información anterior refleja la documentación disponible a la fecha de redacción.",
           "Le rogamos conserve esta carta para sus archivos.",
           "Todos los importes incluyen el IVA correspondiente.",
           "En cualquier comunicación posterior, indique la referencia que figura arriba.",
           "Si un plazo vence en día festivo, se traslada al siguiente día hábil.",
           "Esta versión sustituye a todos los borradores enviados anteriormente por correo."],
    "pt": ["As informações acima refletem a documentação disponível à data de elaboração.",
           "Solicitamos que guarde esta carta para os seus registos.",
           "Todos os valores incluem os impostos aplicáveis."],
    "it": ["Le informazioni riportate riflettono la documentazione disponibile alla data di redazione.",
           "La preghiamo di conservare la presente per i suoi archivi.",
           "Tutti gli importi si intendono IVA inclusa."],
    "nl": ["De bovenstaande gegevens zijn gebaseerd op de stukken die bij het opstellen beschikbaar waren.",
           "Bewaar deze brief bij uw administratie.", "Alle bedragen zijn inclusief btw."],
}


def _filler(ctx, n, lang=None):
    if lang:
        return " ".join(ctx.rng.sample(FILLER[lang], min(n, len(FILLER[lang]))))
    if ctx.lang not in FILLER:
        n = min(n, 1) if ctx.rng.random() < 0.3 else 0
    f = FILLER.get(ctx.lang) or FILLER["en"]
    out = ctx.rng.sample(f, min(n, len(f)))
    return " ".join(out)


def sh_pdf_chunk(ctx):
    r = ctx.rng
    p = ctx.person()
    paras = [coerce(_filler(ctx, r.randint(1, 6)) or "")]
    paras.append(message(ctx, p, ["intro"] + pick_kinds(ctx, p, r.randint(2, 4))))
    paras.append(coerce(_filler(ctx, r.randint(1, 8))))
    if r.random() < 0.5:
        paras.append(say(ctx, p, "third") or coerce(""))
    text = join(" ", paras)
    width = r.randint(48, 90)
    text = wrap(text, width)
    head = coerce(r.choice(["CONFIDENTIAL", "", "Ref.: ", "—"]))
    if head.plain() == "Ref.: ":
        head = cat(head, DC.numeric(r, "invoice"))
    foot = "Page %d of %d" % (r.randint(1, 4), r.randint(4, 9))
    return cat(head, "\n" if head.plain() else "", text, "\n\n", r.choice([foot, "- %d -" % r.randint(2, 30), foot]))


def sh_rag(ctx):
    r = ctx.rng
    p = ctx.person()
    docs = []
    n = r.randint(2, 5)
    pii_at = r.randrange(n)
    for i in range(n):
        src = r.choice(["crm/notes/%s.md", "tickets/export-%s.jsonl", "drive/HR/%s.pdf", "kb/policies/%s.html"]) % \
            V.hexhash(r, 8)
        head = cat("[%d] source=%s score=0.%02d" % (i + 1, src, r.randint(55, 97)))
        if i == pii_at:
            body = message(ctx, p, pick_kinds(ctx, p, r.randint(2, 4)))
        elif r.random() < 0.4:
            q = ctx.person()
            body = message(ctx, q, pick_kinds(ctx, q, r.randint(1, 2)))
        else:
            body = coerce(_filler(ctx, r.randint(1, 6)))
        docs.append(cat(head, "\n", body))
    q = r.choice(["What is the customer's current address?", "Summarise the case.", "When was the account opened?",
                  "Does the patient have any allergies?"])
    return cat("Answer using only the context below.\n\n", join("\n\n", docs), "\n\nQuestion: ", q)


def _ocr_space(ctx, s):
    r = ctx.rng
    out = []
    for ch in s:
        out.append(ch)
        if ch == " " and r.random() < 0.3:
            out.append(" ")
    return "".join(out)


def sh_ocr_form(ctx):
    r = ctx.rng
    p = ctx.person()
    lab = ctx.lab
    want = want_fields(ctx, base=("name",), n=r.randint(3, 5), extra={"pw": 0.2})
    lines = []
    for f, v in record_fields(ctx, p, want, ml=False):
        l = lab.get({"health": "diag"}.get(f, f), f)
        if r.random() < 0.2:
            l = l.replace("o", "0", 1).replace("l", "1", 1)
        v = v.map(lambda s: _ocr_space(ctx, s))
        sep = r.choice([" :  ", ":   ", " | ", " . . . . ", "\t"])
        lines.append(cat(r.choice(["", "|", "_ "]), l, sep, v, r.choice(["", " |", "  _"])))
    loc_h = {"de": "ANTRAG", "fr": "FORMULAIRE", "pl": "FORMULARZ", "es": "SOLICITUD", "pt": "FORMULÁRIO",
             "it": "MODULO", "nl": "AANVRAAGFORMULIER", "tr": "BAŞVURU FORMU", "ru": "ЗАЯВЛЕНИЕ", "ja": "申込書",
             "ko": "신청서", "zh": "申请表", "zh-TW": "申請表"}.get(ctx.lk, "APPLICATION FORM")
    hdr = r.choice([loc_h, loc_h, "REGISTRATION", "#### SCAN 0%d ####" % r.randint(1, 9)])
    return cat(hdr, "\n", join(r.choice(["\n", "\n\n", "\n  "]), lines), "\n", r.choice(["____________", "x ______", ""]))


CHECK_LABELS = {"en": "Medical history (tick all that apply)", "es": "Antecedentes (marque lo que corresponda)",
                "de": "Vorerkrankungen (Zutreffendes ankreuzen)", "fr": "Antécédents (cocher les cases utiles)",
                "pt": "Antecedentes (assinale os que se aplicam)", "it": "Anamnesi (barrare le voci pertinenti)",
                "nl": "Voorgeschiedenis (aankruisen wat van toepassing is)", "pl": "Choroby przewlekłe (zaznacz)",
                "tr": "Geçmiş hastalıklar (işaretleyin)", "sv": "Tidigare sjukdomar (kryssa)",
                "ru": "Хронические заболевания (отметьте)", "ja": "既往歴（該当するものに✓）"}


INTAKE_H = {"en": "PATIENT INTAKE", "de": "Anamnesebogen", "fr": "Fiche patient", "es": "Ficha de ingreso",
            "pt": "Ficha clínica", "it": "Scheda paziente", "nl": "Intakeformulier", "pl": "Karta pacjenta",
            "tr": "Hasta kabul formu", "sv": "Hälsodeklaration", "ru": "Анкета пациента", "ja": "問診票"}
DISCH_H = {"en": "DISCHARGE SUMMARY", "de": "Entlassbrief", "fr": "Compte rendu d'hospitalisation",
           "es": "Informe de alta", "pt": "Resumo de alta", "it": "Lettera di dimissione", "nl": "Ontslagbrief",
           "pl": "Karta informacyjna leczenia szpitalnego", "tr": "Epikriz", "sv": "Epikris", "ru": "Выписной эпикриз",
           "ja": "退院時サマリー"}


def sh_medical_intake(ctx):
    r = ctx.rng
    p = ctx.person()
    lab = ctx.lab
    lk = ctx.lk
    lines = [cat(lab["patient"], ": ", p.name(r.choice(["full", "sur_comma", "upper"])))]
    if ctx.loc == "ja-JP" and p.g_kana and p.s_kana:
        lines.append(cat("フリガナ: ", E("PERSON", p.s_kana + " " + p.g_kana)))
    lines += [cat(lab["dob"], ": ", p.dob_e()), cat(lab["phone"], ": ", p.phone())]
    if r.random() < 0.6:
        lines.append(cat(lab["addr"], ": ", p.addr(multiline=False)))
    if r.random() < 0.5:
        ec = ctx.person()
        lines.append(cat("Emergency contact: ", ec.name(), " (", ec.phone(), ")"))
    lines.append(cat(lab["meds"], ": ", health_field(ctx, p, "med")))
    conds = list(dict.fromkeys(x.split("|")[-1] for x in health.H[lk]["cond"]))
    opts = r.sample(conds, min(len(conds), r.randint(4, 7)))
    ticked = set(r.sample(opts, r.randint(1, 2)))
    box_on, box_off = r.choice([("[x]", "[ ]"), ("☒", "☐"), ("(X)", "( )"), ("■", "□")])
    boxes = []
    for o in opts:
        if o in ticked:
            boxes.append(cat(box_on, " ", E("HEALTH", o)))
        else:
            boxes.append(coerce(box_off + " " + o))
    lines.append(cat(CHECK_LABELS.get(lk, CHECK_LABELS["en"]), ":\n", join(r.choice(["\n", "   "]), boxes)))
    if r.random() < 0.4:
        lines.append(cat(lab["notes"], ": ", p.health_sentence()))
    hdr = cat(INTAKE_H.get(lk, "PATIENT INTAKE"), " — ", ctx.date())
    return cat(hdr, "\n", join("\n", lines))


def sh_discharge(ctx):
    r = ctx.rng
    p = ctx.person()
    doc = ctx.person()
    lab = ctx.lab
    a = LG.rand_recent(r)
    b = a + datetime.timedelta(days=r.randint(1, 14))
    lines = [cat(lab["patient"], ": ", p.name(r.choice(["full", "sur_comma", "upper"])), "    ", lab["dob"], ": ",
                 p.dob_e(), "    ", DC.numeric(r, "mrn")),
             cat("Admitted: ", ctx.date(a), "   Discharged: ", ctx.date(b)),
             cat(lab["diag"], ": ", health_field(ctx, p, "cond")),
             cat("Procedure: ", health_field(ctx, p, "proc")),
             cat(lab["meds"], ": ", health_field(ctx, p, "med"), "; ", health_field(ctx, p, "med")),
             cat("Follow-up: Dr. ", doc.name(r.choice(["full", "sur"])), " in %d weeks." % r.randint(1, 6))]
    if r.random() < 0.4:
        lines.insert(1, cat(lab["addr"], ": ", p.addr(multiline=False)))
    if r.random() < 0.4:
        lines.append(cat(lab["notes"], ": ", p.health_sentence()))
    return cat(DISCH_H.get(ctx.lk, "DISCHARGE SUMMARY"), "\n", join("\n", lines))


def sh_rx_label(ctx):
    r = ctx.rng
    p = ctx.person()
    doc = ctx.person()
    return cat("Rx ", DC.numeric(r, "mrn"), "\n", upper(p.name("full")), "\n", health_field(ctx, p, "med"), "\n",
               r.choice(["Take with food.", "Do not drive.", "Keep refrigerated.", "1-0-1"]), "\n",
               "Prescriber: Dr. ", doc.name(r.choice(["sur", "full", "initial"])), "   Filled: ", ctx.date(),
               "   Refills: %d" % r.randint(0, 5))


def sh_hr_record(ctx):
    r = ctx.rng
    p = ctx.person()
    ec = ctx.person()
    lab = ctx.lab
    lines = [cat("Employee: ", p.name(r.choice(["full", "sur_comma", "upper"])), "   ID: ",
                 D("NUMERIC_ID", "E%06d" % r.randint(1, 999999))),
             cat(lab["dob"], ": ", p.dob_e()),
             cat(lab["addr"], ": ", p.addr(multiline=False)),
             cat(lab["phone"], ": ", p.phone()),
             cat("Emergency contact: ", ec.name(), " — ", ec.phone())]
    if p.has_iban():
        lines.append(cat("Salary account (", lab["iban"], "): ", p.iban()))
    if p.has_health() and r.random() < 0.8:
        a = LG.rand_recent(r)
        lines.append(cat("Sick leave ", ctx.date(a), " – ", ctx.date(a + datetime.timedelta(days=r.randint(3, 40))),
                         ", reason: ", health_field(ctx, p, r.choice(["cond", "mental", "proc", "preg"]))))
    if r.random() < 0.6:
        lines.append(cat("HR portal initial password: ", p.pw()))
    if ctx.loc == "en-US" and r.random() < 0.6:
        lines.append(cat("SSN: ", p.ssn()))
    return cat({"de": "Personalakte", "fr": "Dossier du personnel", "es": "Expediente del empleado",
                "pt": "Ficha do colaborador", "it": "Fascicolo del dipendente"}.get(ctx.lang, "PERSONNEL FILE"), "\n",
               join("\n", lines))


LEGAL = {
    "en": ("TENANCY AGREEMENT\n\nThis agreement is made on {date} between Harbourside Lettings Ltd (the \"Landlord\") "
           "and {name}, born {dob}, residing at {addr} (the \"Tenant\").\n\n1. The Tenant shall pay the rent of {price} "
           "per month to the account {iban}.\n2. {fill}\n3. Notices to the Tenant may be sent to {email}.\n\n"
           "Signed: ____________ {name2}"),
    "de": ("MIETVERTRAG\n\nZwischen der Hausverwaltung Lindenhof GmbH (Vermieterin) und {name}, geboren am {dob}, "
           "wohnhaft {addr} (Mieter), wird am {date} folgender Vertrag geschlossen:\n\n§ 1 Die Miete beträgt {price} "
           "monatlich und ist auf das Konto {iban} zu überweisen.\n§ 2 {fill}\n§ 3 Zustellungen erfolgen an {email}.\n\n"
           "Unterschrift: ____________ {name2}"),
    "fr": ("CONTRAT DE BAIL\n\nEntre la SCI Les Tilleuls (le bailleur) et {name}, né(e) le {dob}, demeurant {addr} "
           "(le locataire), il a été convenu ce qui suit, le {date} :\n\nArticle 1 – Le loyer mensuel de {price} est "
           "versé sur le compte {iban}.\nArticle 2 – {fill}\nArticle 3 – Les notifications sont adressées à {email}.\n\n"
           "Lu et approuvé : {name2}"),
    "es": ("CONTRATO DE ARRENDAMIENTO\n\nEn {city}, a {date}, REUNIDOS: de una parte, Inmobiliaria Mirador S.L., y de "
           "otra, {name}, nacido el {dob}, con domicilio en {addr}.\n\nPRIMERA.- La renta mensual es de {price}, que se "
           "abonará en la cuenta {iban}.\nSEGUNDA.- {fill}\nTERCERA.- Las notificaciones se enviarán a {email}.\n\n"
           "Firmado: {name2}"),
    "pt": ("CONTRATO DE ARRENDAMENTO\n\nEntre Imobiliária Atlântico, Lda., e {name}, nascido(a) em {dob}, residente em "
           "{addr}, é celebrado em {date} o presente contrato.\n\nCláusula 1.ª – A renda mensal é de {price}, paga por "
           "transferência para o IBAN {iban}.\nCláusula 2.ª – {fill}\nCláusula 3.ª – Notificações para {email}.\n\n"
           "Assinatura: {name2}"),
    "it": ("CONTRATTO DI LOCAZIONE\n\nTra Immobiliare Belvedere S.r.l. (locatore) e {name}, nato/a il {dob}, residente "
           "in {addr} (conduttore), si conviene in data {date} quanto segue:\n\nArt. 1 – Il canone mensile è di {price} "
           "da versare sull'IBAN {iban}.\nArt. 2 – {fill}\nArt. 3 – Le comunicazioni vanno inviate a {email}.\n\n"
           "Firma: {name2}"),
    "nl": ("HUUROVEREENKOMST\n\nDe ondergetekenden, Woonstichting De Linde (verhuurder) en {name}, geboren op {dob}, "
           "wonende te {addr} (huurder), verklaren op {date} het volgende te zijn overeengekomen:\n\nArtikel 1 – De huur "
           "bedraagt {price} per maand, te voldoen op rekening {iban}.\nArtikel 2 – {fill}\nArtikel 3 – Correspondentie "
           "via {email}.\n\nHandtekening: {name2}"),
}


def sh_legal(ctx):
    r = ctx.rng
    p = ctx.person()
    lg = ctx.lang if ctx.lang in LEGAL else "en"
    tpl = LEGAL[lg]
    iban = p.iban() if p.has_iban() else cat("ref. ", DC.numeric(r, "invoice"))
    out = fmt(tpl, date=ctx.date(), name=p.name(r.choice(["full", "full", "upper"])), dob=p.dob_e(),
              addr=p.addr(multiline=False), price=DC.price(r, ctx.loc), iban=iban, email=p.email(),
              fill=_filler(ctx, r.randint(2, 9), lang=lg if lg in FILLER else "en"), name2=p.name("full"), city=p.addr_lines()[-1].split()[-1])
    return out


CV_H = {"en": ("CURRICULUM VITAE", "Date of birth", "Experience", "Education", "Languages"),
        "de": ("LEBENSLAUF", "Geburtsdatum", "Berufserfahrung", "Ausbildung", "Sprachen"),
        "fr": ("CURRICULUM VITAE", "Née le", "Expérience", "Formation", "Langues"),
        "es": ("CURRÍCULUM VITAE", "Fecha de nacimiento", "Experiencia", "Formación", "Idiomas"),
        "pt": ("CURRÍCULO", "Data de nascimento", "Experiência", "Formação", "Idiomas"),
        "it": ("CURRICULUM VITAE", "Data di nascita", "Esperienza", "Istruzione", "Lingue"),
        "pl": ("ŻYCIORYS", "Data urodzenia", "Doświadczenie", "Wykształcenie", "Języki"),
        "nl": ("CURRICULUM VITAE", "Geboortedatum", "Werkervaring", "Opleiding", "Talen")}


def sh_cv(ctx):
    r = ctx.rng
    p = ctx.person()
    h = CV_H.get(ctx.lang, CV_H["en"])
    co = company(ctx)[0]
    y = r.randint(2008, 2020)
    return cat(h[0], "\n\n", upper(p.name("full")) if r.random() < 0.4 else p.name("full"), "\n",
               p.phone(), " | ", p.email(), "\n", p.addr(multiline=False), "\n", h[1], ": ", p.dob_e(), "\n\n",
               h[2], "\n%d–%d  " % (y, y + r.randint(1, 4)), co, ", ",
               r.choice(["Data Analyst", "Logistics Coordinator", "Nurse", "Backend Developer", "Accountant"]),
               "\n\n", h[3], "\n", r.choice(["BSc Computer Science", "MBA", "Diplom-Kauffrau", "Licence en droit",
                                            "Grado en Enfermería"]), " (%d)" % (y - r.randint(1, 5)), "\n\n", h[4], ": ",
               r.choice(["EN C1, DE B2", "ES nativo, EN B2", "FR, EN, IT", "PL, EN, DE"]))


def sh_letter(ctx):
    r = ctx.rng
    p = ctx.person()
    co = company(ctx)[0]
    body = message(ctx, p, pick_kinds(ctx, p, r.randint(2, 3)))
    return cat(p.name(), "\n", p.addr(multiline=True), "\n\n", co, "\nCustomer Service\n\n", ctx.date(), "\n\n",
               SUBJ[ctx.lk], "\n\n", GREET[ctx.lk], "\n\n", body, "\n\n", signoff(ctx, p))


def sh_salutation(ctx):
    """Short replies addressed to a customer with an honorific (glued in th/ja/ko/zh)."""
    r = ctx.rng
    p = ctx.person()
    agent = ctx.person()
    tpl = r.choice(SALUT.get(ctx.lk) or SALUT["en"])
    return fmt(tpl, hon=p.hon_name(), agent=agent.name(r.choice(["given", "full"])), date=ctx.date(),
               ref=DC.numeric(r, "ticket"))


SALUT = {
    "en": ["Dear {hon},\n\nyour request {ref} was approved on {date}.\n\nKind regards,\n{agent}",
           "Hi {hon}, just confirming your appointment on {date}. - {agent}"],
    "de": ["Sehr geehrte/r {hon},\n\nIhr Antrag {ref} wurde am {date} bewilligt.\n\nMit freundlichen Grüßen\n{agent}"],
    "fr": ["Bonjour {hon},\n\nvotre demande {ref} a été acceptée le {date}.\n\nCordialement,\n{agent}"],
    "es": ["Estimado/a {hon}:\n\nsu solicitud {ref} fue aprobada el {date}.\n\nAtentamente,\n{agent}"],
    "pt": ["Prezado(a) {hon},\n\no seu pedido {ref} foi aprovado em {date}.\n\nAtenciosamente,\n{agent}"],
    "it": ["Gentile {hon},\n\nla sua richiesta {ref} è stata approvata il {date}.\n\nCordiali saluti,\n{agent}"],
    "nl": ["Geachte {hon},\n\nUw aanvraag {ref} is op {date} goedgekeurd.\n\nMet vriendelijke groet,\n{agent}"],
    "pl": ["Szanowny/a {hon},\n\nwniosek {ref} został zatwierdzony {date}.\n\nZ poważaniem\n{agent}"],
    "tr": ["Sayın {hon},\n\n{ref} numaralı talebiniz {date} tarihinde onaylandı.\n\nSaygılarımızla,\n{agent}"],
    "ja": ["{hon}\n\nお問い合わせ{ref}は{date}に承認されました。\n\n{agent}"],
    "ko": ["{hon}, 안녕하세요.\n문의 {ref}가 {date}에 처리되었습니다.\n{agent} 드림"],
    "zh": ["尊敬的{hon}：\n您的申请{ref}已于{date}通过。\n{agent}"],
    "zh-TW": ["親愛的{hon}您好：\n您的申請{ref}已於{date}核准。\n{agent}"],
    "th": ["เรียน {hon}\nคำขอ {ref} ได้รับการอนุมัติเมื่อ {date}\n{agent}", "สวัสดีค่ะ{hon} นัดหมายวันที่ {date} ยืนยันแล้วค่ะ"],
    "vi": ["Kính gửi {hon},\nyêu cầu {ref} đã được duyệt ngày {date}.\n{agent}"],
    "id": ["Yth. {hon},\npermohonan {ref} telah disetujui pada {date}.\n{agent}"],
    "ms": ["{hon} yang dihormati,\npermohonan {ref} telah diluluskan pada {date}.\n{agent}"],
    "ar": ["{hon} المحترم،\nتمت الموافقة على طلبكم {ref} بتاريخ {date}.\n{agent}"],
    "he": ["לכבוד {hon},\nבקשתך {ref} אושרה ב-{date}.\n{agent}"],
    "fa": ["{hon} گرامی،\nدرخواست {ref} در تاریخ {date} تأیید شد.\n{agent}"],
    "hi": ["प्रिय {hon},\nआपका अनुरोध {ref} {date} को स्वीकृत हो गया है।\n{agent}"],
    "ru": ["Уважаемый(ая) {hon}!\nВаша заявка {ref} одобрена {date}.\n{agent}"],
    "el": ["Αγαπητέ/ή {hon},\nτο αίτημά σας {ref} εγκρίθηκε στις {date}.\n{agent}"],
    "sw": ["Mpendwa {hon},\nombi lako {ref} limeidhinishwa tarehe {date}.\n{agent}"],
    "tl": ["Mahal na {hon},\naprubado na ang request {ref} noong {date}.\n{agent}"],
}


PRODUCTS_PLAIN = ["USB-C cable 2 m", "Ceramic mug", "Running shoes", "Desk lamp", "Printer paper A4", "Wool blanket",
                  "Bluetooth speaker", "Espresso beans 1 kg"]


def sh_invoice(ctx):
    r = ctx.rng
    p = ctx.person()
    co = company(ctx)
    items = []
    for _ in range(r.randint(1, 4)):
        items.append(cat("  %-22s x%d   " % (r.choice(PRODUCTS_PLAIN), r.randint(1, 4)), DC.price(r, ctx.loc)))
    pay = cat("Payment: SEPA direct debit from ", p.iban()) if p.has_iban() and r.random() < 0.6 else \
        cat("Paid by card ", p.card())
    return cat(co[0], "\nINVOICE ", DC.numeric(r, "invoice"), "\nDate: ", ctx.date(), "\n\nBill to:\n",
               p.name(r.choice(["full", "upper", "sur_comma"])), "\n", p.addr(multiline=True), "\n", p.email(), "\n\n",
               join("\n", items), "\nTotal: ", DC.price(r, ctx.loc), "\n", pay, "\nOrder ref: ", DC.order(r))


def sh_shipping_label(ctx):
    r = ctx.rng
    p = ctx.person()
    co = company(ctx)[0]
    return cat("FROM: ", co, "\nSHIP TO:\n", upper(p.name("full")) if r.random() < 0.6 else p.name("full"), "\n",
               upper(p.addr(multiline=True)) if r.random() < 0.4 else p.addr(multiline=True),
               "\nTEL: ", p.phone(), "\nTRACKING: ", DC.numeric(r, "track"), "\nWEIGHT: ", DC.numeric(r, "measure"),
               "\nREF: ", DC.order(r))


BANK = {"de": ("Überweisung", "Auftraggeber", "Empfänger", "Betrag", "Verwendungszweck", "Ausführung"),
        "fr": ("Virement", "Donneur d'ordre", "Bénéficiaire", "Montant", "Motif", "Date d'exécution"),
        "es": ("Transferencia", "Ordenante", "Beneficiario", "Importe", "Concepto", "Fecha"),
        "it": ("Bonifico", "Ordinante", "Beneficiario", "Importo", "Causale", "Data esecuzione"),
        "nl": ("Overboeking", "Opdrachtgever", "Begunstigde", "Bedrag", "Omschrijving", "Datum"),
        "pt": ("Transferência", "Ordenante", "Beneficiário", "Montante", "Descritivo", "Data"),
        "en": ("Bank transfer", "Payer", "Payee", "Amount", "Reference", "Execution date")}


def sh_bank_transfer(ctx):
    r = ctx.rng
    p = ctx.person()
    q = ctx.person()
    h = BANK.get(ctx.lang, BANK["en"])
    return cat(h[0], "\n", h[1], ": ", p.name(r.choice(["full", "upper"])), "\nIBAN: ", p.iban(), "\n",
               h[2], ": ", q.name(), "\nIBAN: ", q.iban(), "\n", h[3], ": ", DC.price(r, ctx.loc), "\n",
               h[4], ": ", DC.numeric(r, "invoice"), "\n", h[5], ": ", ctx.date())


def sh_calendar(ctx):
    r = ctx.rng
    p = ctx.person()
    d = LG.rand_recent(r)
    dt = D("DATE", "%04d%02d%02dT%02d%02d00Z" % (d.year, d.month, d.day, r.randint(7, 18), r.choice([0, 15, 30, 45])))
    summ = cat(r.choice(["Physio follow-up", "Home visit", "Consultation", "Check-up"]), " – ", p.name())
    if p.has_health() and r.random() < 0.8:
        summ = cat(summ, " (", health_field(ctx, p, r.choice(["cond", "proc", "preg"])), ")")
    return cat("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:", DC.numeric(r, "uuid"), "\nDTSTART:", dt,
               "\nSUMMARY:", summ, "\nATTENDEE;CN=", p.name(), ":mailto:", p.email(),
               "\nLOCATION:", p.addr(multiline=False).map(lambda s: s.replace(",", "\\,")),
               "\nEND:VEVENT\nEND:VCALENDAR")


def sh_vcard(ctx):
    r = ctx.rng
    p = ctx.person()
    lines = p.addr_lines()
    adr = ";".join(lines)
    bd = "%04d-%02d-%02d" % (p.dob.year, p.dob.month, p.dob.day) if r.random() < 0.6 else \
        "%04d%02d%02d" % (p.dob.year, p.dob.month, p.dob.day)
    return cat("BEGIN:VCARD\nVERSION:3.0\nFN:", p.name("full"), "\nN:", E("PERSON", p.s_nat), ";",
               E("PERSON", p.g_nat), ";;;\nTEL;TYPE=CELL:", p.phone(), "\nEMAIL;TYPE=HOME:", p.email(),
               "\nADR;TYPE=HOME:;;", E("ADDRESS", adr), ";;\nBDAY:", E("DATE_OF_BIRTH", bd),
               "\nEND:VCARD")


def sh_form_readable(ctx):
    r = ctx.rng
    p = ctx.person()
    lab = ctx.lab
    want = want_fields(ctx, n=r.randint(3, 6))
    lines = [cat(lab.get({"health": "diag"}.get(f, f), f), r.choice([": ", ":\t", " – ", " = "]), v)
             for f, v in record_fields(ctx, p, want, ml=False)]
    if ctx.loc == "ja-JP" and p.g_kana and p.s_kana:
        lines.insert(1, cat("フリガナ: ", E("PERSON", p.s_kana + r.choice([" ", "\u3000", ""]) + p.g_kana)))
    return join("\n", lines)


def sh_prose(ctx):
    """Names inside sentences with no cue word."""
    r = ctx.rng
    ppl = [ctx.person() for _ in range(r.randint(2, 4))]
    parts = []
    for i, q in enumerate(ppl):
        parts.append(say(ctx, q, "third", other=ppl[(i + 1) % len(ppl)]))
    if r.random() < 0.5:
        parts.append(say(ctx, ppl[0], r.choice(["health", "dob", "addr"])) or coerce(""))
    return join(" ", [x for x in parts if x is not None])


SHAPES = {
    "ticket": (sh_ticket, None, 6),
    "email_thread": (sh_email_thread, None, 5),
    "email_signature": (sh_email_signature, None, 2),
    "pdf_chunk": (sh_pdf_chunk, None, 4),
    "rag": (sh_rag, None, 3),
    "ocr_form": (sh_ocr_form, None, 3),
    "medical_intake": (sh_medical_intake, set(health.H), 8),
    "discharge": (sh_discharge, set(health.H), 6),
    "rx_label": (sh_rx_label, set(health.H), 4),
    "hr_record": (sh_hr_record, None, 3),
    "legal": (sh_legal, None, 3),
    "cv": (sh_cv, None, 2),
    "letter": (sh_letter, None, 3),
    "invoice": (sh_invoice, None, 3),
    "shipping_label": (sh_shipping_label, None, 3),
    "bank_transfer": (sh_bank_transfer, "iban", 2),
    "calendar_ics": (sh_calendar, None, 1),
    "vcard": (sh_vcard, None, 1),
    "form_readable": (sh_form_readable, None, 3),
    "prose": (sh_prose, None, 1),
    "salutation": (sh_salutation, None, 2),
}


def sh_long_report(ctx):
    """A long case file with a few values scattered through filler."""
    r = ctx.rng
    p = ctx.person()
    lk = ctx.lang

    def para(n):
        return coerce(_filler(ctx, n))
    secs = [cat("1.\n", para(r.randint(3, 6))),
            cat("2.\n", message(ctx, p, ["intro", "dob", "addr"] + pick_kinds(ctx, p, r.randint(0, 2)))),
            cat("3.\n", para(r.randint(3, 6)))]
    if p.has_health() and r.random() < 0.7:
        secs.append(cat("4.\n", p.health_sentence(), " ", para(r.randint(2, 4))))
    else:
        secs.append(cat("4.\n", para(r.randint(2, 5))))
    secs.append(cat("5.\n", para(r.randint(3, 6)), " ", say(ctx, p, "third") or ""))
    head = cat(r.choice(["CASE FILE", "DOSSIER", "AKTE", "EXPEDIENTE", "FASCICOLO", "PROCESSO"]), " ",
               DC.numeric(r, "invoice"), " — ", ctx.date(), "\n\n")
    out = cat(head, join("\n\n", secs))
    if r.random() < 0.4:
        out = wrap(out, r.randint(70, 100))
    return out


SHAPES["long_report"] = (sh_long_report, set(FILLER), 6)
