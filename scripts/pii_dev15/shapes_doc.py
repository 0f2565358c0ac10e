"""Document shapes: e-mails, tickets, letters, forms, medical and HR records."""
import datetime as dt

import base as B
import content as C
import decoys as DC
import health as HV
import values as V
from registry import shape
from rich import D, E, R, join, lit, ocr_noise, tpl, wrap

DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
              "received it in error, please notify the sender and delete it.")


@shape("email_thread", w=2.0)
def email_thread(ctx):
    c = ctx
    a = B.person(c)
    b = B.person(c)
    cc = [B.person(c) for _ in range(c.ch([0, 0, 1, 2]))]
    hdr = [lit("From: ") + B.NAME(a.name("full")) + " <" + B.email_r(c, a) + ">",
           lit("To: ") + B.NAME(b.name("full")) + " <" + B.email_r(c, b) + ">"]
    if cc:
        hdr.append(lit("Cc: ") + join(", ", [B.NAME(x.name("full")) + " <" + B.email_r(c, x) + ">" for x in cc]))
    hdr.append(lit("Date: ") + B.date_r(c, "long"))
    hdr.append(lit("Subject: " + C.subject(c)))
    body = [c.sent("greet", n=B.NAME(b.name("given"))), lit(""), C.blurb(c, a, n=c.ch([2, 3]), others=[b] + cc), lit(""),
            lit(c.ch(c.T["bye"])), C.signature(c, a, with_phone=c.p(0.7))]
    txt = join("\n", hdr) + "\n\n" + join("\n", body)
    if c.p(0.45):
        q = join("\n", [c.sent("greet", n=B.NAME(a.name("given"))), C.blurb(c, b, n=c.ch([1, 2]), others=[a]),
                        lit(c.ch(c.T["bye"])), B.NAME(b.name(c.ch(["given", "full"])))])
        quoted = q.map(lambda s: s.replace("\n", "\n> "))
        txt = txt + "\n\n" + C.reply_hdr(c, b) + "\n> " + quoted
    if c.p(0.25):
        txt = txt + "\n\n" + DISCLAIMER
    return txt


@shape("email_signature", w=1.2)
def email_signature(ctx):
    c = ctx
    p = B.person(c)
    co = c.ch(["Kestrel Logistics Ltd", "Nordlicht Bau GmbH", "Azulejo Travel S.L.", "Blue Harbor Dental", "Hanagumi Realty K.K."])
    lines = [lit(c.ch(c.T["bye"])), lit(""), B.NAME(p.name("full")),
             lit(c.ch(["Senior Account Manager", "Office Manager", "Paralegal", "Head of Partnerships", "Site Lead"]) + " | " + co)]
    if c.p(0.8):
        lines.append(lit(c.ch(["M ", "Mobile: ", "Tel. ", "T: "])) + B.phone_r(c))
    if c.p(0.6):
        lines.append(lit(c.ch(["E ", "Email: ", ""])) + B.email_r(c, p))
    if c.p(0.5):
        lines.append(B.addr_r(c, p, sep=c.ch([", ", " | "])))
    if c.p(0.3):
        lines.append(lit(c.ch(["Pronouns: she/her", "Out of office until ", "Working hours: Mon–Thu"])) +
                     (B.date_r(c, "long") if c.p(0.5) else lit("")))
    pre = C.blurb(c, p, n=1, kinds=[c.ch(["mention", "date"])])
    return pre + "\n\n" + join("\n", lines)


TICKET = {
    "en": dict(h="Ticket", pri="Priority", req="Requester", sub="Subject", desc="Description", note="Internal note",
               subs=["Locked out of account", "Wrong address on invoice", "Request to delete my data", "Tenant complaint",
                     "Refund not received"]),
    "de": dict(h="Ticket", pri="Priorität", req="Anfragende Person", sub="Betreff", desc="Beschreibung", note="Interne Notiz",
               subs=["Konto gesperrt", "Falsche Adresse", "Datenlöschung"]),
    "es": dict(h="Incidencia", pri="Prioridad", req="Solicitante", sub="Asunto", desc="Descripción", note="Nota interna",
               subs=["Cuenta bloqueada", "Dirección incorrecta"]),
    "fr": dict(h="Ticket", pri="Priorité", req="Demandeur", sub="Objet", desc="Description", note="Note interne",
               subs=["Compte bloqué", "Adresse erronée"]),
    "pt": dict(h="Chamado", pri="Prioridade", req="Solicitante", sub="Assunto", desc="Descrição", note="Nota interna",
               subs=["Conta bloqueada", "Endereço errado"]),
    "it": dict(h="Ticket", pri="Priorità", req="Richiedente", sub="Oggetto", desc="Descrizione", note="Nota interna",
               subs=["Account bloccato"]),
    "nl": dict(h="Ticket", pri="Prioriteit", req="Aanvrager", sub="Onderwerp", desc="Omschrijving", note="Interne notitie",
               subs=["Account geblokkeerd"]),
    "ja": dict(h="チケット", pri="優先度", req="依頼者", sub="件名", desc="内容", note="社内メモ", subs=["ログインできない", "住所変更"]),
    "zh": dict(h="工单", pri="优先级", req="提交人", sub="主题", desc="描述", note="内部备注", subs=["无法登录", "地址错误"]),
    "ko": dict(h="티켓", pri="우선순위", req="요청자", sub="제목", desc="내용", note="내부 메모", subs=["로그인 불가"]),
    "pl": dict(h="Zgłoszenie", pri="Priorytet", req="Zgłaszający", sub="Temat", desc="Opis", note="Notatka wewnętrzna",
               subs=["Zablokowane konto"]),
    "tr": dict(h="Talep", pri="Öncelik", req="Talep eden", sub="Konu", desc="Açıklama", note="İç not", subs=["Hesap kilitlendi"]),
    "ru": dict(h="Заявка", pri="Приоритет", req="Заявитель", sub="Тема", desc="Описание", note="Внутренняя заметка",
               subs=["Не могу войти"]),
    "sv": dict(h="Ärende", pri="Prioritet", req="Beställare", sub="Ämne", desc="Beskrivning", note="Intern anteckning",
               subs=["Kontot låst"]),
}


@shape("support_ticket", langs=set(TICKET), w=3.0)
def support_ticket(ctx):
    c = ctx
    S = TICKET[c.lang]
    p = B.person(c)
    third = B.person(c)
    agent = B.person(c, foreign=0)
    out = [lit(S["h"] + " ") + B.dec(c, "ticket") + lit(" | %s: %s" % (S["pri"], c.ch(["P1", "P2", "High", "Normal", "Low"]))),
           lit(S["req"] + ": ") + B.NAME(p.name("full")) + (lit(" <") + B.email_r(c, p) + ">" if c.p(0.6) else lit("")),
           lit(S["sub"] + ": " + c.ch(S["subs"])), lit(""), lit(S["desc"] + ":"),
           C.blurb(c, p, n=c.ch([2, 3]), others=[third])]
    if c.p(0.7):
        out += [lit(""), lit("--- %s (" % S["note"]) + B.NAME(agent.name(c.ch(["given", "full"]))) + ") ---",
                C.blurb(c, third, n=c.ch([1, 2]), kinds=None, others=[p])]
    if c.p(0.3):
        out.append(lit("Order: ") + B.dec(c, "order"))
    return join("\n", out)


LETTER = {
    "en": dict(re="Re: Policy {pol} — claim for {n}", body1="We write regarding the claim submitted on {date} on behalf of {n} (date of birth {dob}).",
               body2="Payment will be made to the account ending in the IBAN {iban} once the assessment is complete.",
               body3="Please contact {n2} on {ph} if any details are incorrect.", sal="Dear {n},", end="Yours sincerely,"),
    "de": dict(re="Betreff: Police {pol} — Schadensfall {n}", body1="wir beziehen uns auf die am {date} eingereichte Meldung für {n} (geb. {dob}).",
               body2="Die Auszahlung erfolgt auf das Konto {iban}.", body3="Bei Rückfragen erreichen Sie {n2} unter {ph}.",
               sal="Sehr geehrte/r {n},", end="Mit freundlichen Grüßen"),
    "fr": dict(re="Objet : contrat {pol} — sinistre de {n}", body1="Nous revenons vers vous au sujet de la déclaration du {date} concernant {n}, né(e) le {dob}.",
               body2="Le règlement sera effectué sur le compte {iban}.", body3="Pour toute question, contactez {n2} au {ph}.",
               sal="Madame, Monsieur {n},", end="Veuillez agréer nos salutations distinguées."),
    "es": dict(re="Asunto: póliza {pol} — siniestro de {n}", body1="Nos referimos al parte presentado el {date} en nombre de {n} (fecha de nacimiento {dob}).",
               body2="El pago se realizará en la cuenta {iban}.", body3="Para cualquier duda, contacte con {n2} en el {ph}.",
               sal="Estimado/a {n}:", end="Atentamente,"),
    "it": dict(re="Oggetto: polizza {pol} — sinistro di {n}", body1="Facciamo riferimento alla denuncia del {date} relativa a {n}, nato/a il {dob}.",
               body2="Il rimborso sarà accreditato sul conto {iban}.", body3="Per chiarimenti contatti {n2} al {ph}.",
               sal="Gentile {n},", end="Distinti saluti,"),
    "pt": dict(re="Assunto: apólice {pol} — sinistro de {n}", body1="Referimo-nos à participação de {date} em nome de {n}, nascido(a) em {dob}.",
               body2="O pagamento será feito na conta {iban}.", body3="Em caso de dúvida, contacte {n2} pelo {ph}.",
               sal="Caro(a) {n},", end="Com os melhores cumprimentos,"),
    "nl": dict(re="Betreft: polis {pol} — schademelding {n}", body1="Wij verwijzen naar de melding van {date} namens {n} (geboren {dob}).",
               body2="Uitbetaling volgt op rekening {iban}.", body3="Vragen? Bel {n2} op {ph}.", sal="Beste {n},", end="Met vriendelijke groet,"),
    "pl": dict(re="Dotyczy: polisa {pol} — szkoda {n}", body1="Nawiązujemy do zgłoszenia z dnia {date} w imieniu {n} (ur. {dob}).",
               body2="Wypłata nastąpi na rachunek {iban}.", body3="W razie pytań prosimy o kontakt: {n2}, tel. {ph}.",
               sal="Szanowni Państwo,", end="Z poważaniem"),
}


@shape("insurance_letter", langs=set(LETTER), w=1.0)
def insurance_letter(ctx):
    c = ctx
    S = LETTER[c.lang]
    p = B.person(c)
    h = B.person(c, foreign=0)
    adr = B.addr_r(c, p, sep="\n")
    head = join("\n", [B.NAME(p.name("full")), adr, lit(""), B.date_r(c, "long"), lit("")])
    parts = [tpl(S["re"], pol=D("NUMERIC_ID", "POL-%s-%06d" % (c.ch(["HX", "AU", "LF"]), c.rng.randrange(10 ** 6))),
                 n=B.NAME(p.name("full")) if c.p(0.5) else B.dec(c, "ticket")), lit(""),
             tpl(S["sal"], n=B.NAME(p.name(c.ch(["full", "formal"])))), lit(""),
             tpl(S["body1"], date=B.date_r(c), n=B.NAME(p.name("full")), dob=B.dob_r(c, p)),
             tpl(S["body2"], iban=B.iban_r(c)),
             tpl(S["body3"], n2=B.NAME(h.name("full")), ph=B.phone_r(c)), lit(""), lit(S["end"]),
             B.NAME(h.name("full"))]
    return head + join("\n", parts)


LEASE = {
    "en": dict(t="RESIDENTIAL TENANCY AGREEMENT", ll="Landlord", tn="Tenant", pr="Property", st="Start date", rent="Monthly rent",
               acc="Rent to be paid to", dob="born"),
    "de": dict(t="MIETVERTRAG", ll="Vermieter", tn="Mieter", pr="Mietobjekt", st="Mietbeginn", rent="Monatliche Miete",
               acc="Zahlung auf Konto", dob="geb."),
    "fr": dict(t="CONTRAT DE LOCATION", ll="Bailleur", tn="Locataire", pr="Logement", st="Date d'effet", rent="Loyer mensuel",
               acc="Virement sur le compte", dob="né(e) le"),
    "es": dict(t="CONTRATO DE ARRENDAMIENTO", ll="Arrendador", tn="Arrendatario", pr="Vivienda", st="Fecha de inicio",
               rent="Renta mensual", acc="Cuenta de pago", dob="nacido/a el"),
    "it": dict(t="CONTRATTO DI LOCAZIONE", ll="Locatore", tn="Conduttore", pr="Immobile", st="Decorrenza", rent="Canone mensile",
               acc="IBAN per il pagamento", dob="nato/a il"),
    "pt": dict(t="CONTRATO DE ARRENDAMENTO", ll="Senhorio", tn="Arrendatário", pr="Imóvel", st="Início", rent="Renda mensal",
               acc="Conta para pagamento", dob="nascido(a) em"),
    "nl": dict(t="HUUROVEREENKOMST", ll="Verhuurder", tn="Huurder", pr="Woning", st="Ingangsdatum", rent="Huurprijs per maand",
               acc="Rekening", dob="geboren"),
    "pl": dict(t="UMOWA NAJMU", ll="Wynajmujący", tn="Najemca", pr="Lokal", st="Data rozpoczęcia", rent="Czynsz miesięczny",
               acc="Rachunek", dob="ur."),
    "sv": dict(t="HYRESAVTAL", ll="Hyresvärd", tn="Hyresgäst", pr="Lägenhet", st="Tillträde", rent="Månadshyra", acc="Konto",
               dob="född"),
    "tr": dict(t="KİRA SÖZLEŞMESİ", ll="Kiraya veren", tn="Kiracı", pr="Taşınmaz", st="Başlangıç", rent="Aylık kira",
               acc="Ödeme hesabı", dob="doğum tarihi"),
    "cs": dict(t="NÁJEMNÍ SMLOUVA", ll="Pronajímatel", tn="Nájemce", pr="Byt", st="Počátek nájmu", rent="Měsíční nájemné",
               acc="Účet", dob="nar."),
    "ro": dict(t="CONTRACT DE ÎNCHIRIERE", ll="Proprietar", tn="Chiriaș", pr="Imobil", st="Data începerii", rent="Chirie lunară",
               acc="Cont", dob="născut(ă) la"),
}


@shape("lease", langs=set(LEASE), w=1.5)
def lease(ctx):
    c = ctx
    S = LEASE[c.lang]
    ll = B.person(c, foreign=0)
    tns = [B.person(c) for _ in range(c.ch([1, 1, 2]))]
    out = [lit(S["t"]), lit(""), lit(S["ll"] + ": ") + B.NAME(ll.name("full")) + ", " + B.addr_r(c, ll)]
    for t in tns:
        out.append(lit(S["tn"] + ": ") + B.NAME(t.name(c.ch(["full", "formal"]))) + lit(", " + S["dob"] + " ") + B.dob_r(c, t))
    out += [lit(S["pr"] + ": ") + B.addr_r(c, tns[0]), lit(S["st"] + ": ") + B.date_r(c, "num"),
            lit(S["rent"] + ": ") + B.dec(c, "price")]
    if c.p(0.7):
        out.append(lit(S["acc"] + ": ") + B.iban_r(c))
    return join("\n", out)


@shape("pdf_chunk", w=2.5)
def pdf_chunk(ctx):
    c = ctx
    p = B.person(c)
    q = B.person(c)
    txt = join(" ", [C.blurb(c, p, n=4, others=[q]), C.blurb(c, q, n=3, others=[p])])
    if c.p(0.5):
        L = c.T["lab"]
        txt = txt + " " + L["name"] + ": " + B.NAME(p.name("full")) + ", " + L["addr"] + ": " + B.addr_r(c, p) + "."
    head = lit(c.ch(["Page %d of %d\n" % (c.rng.randrange(2, 9), c.rng.randrange(9, 30)), "", "CONFIDENTIAL\n",
                     "— %d —\n" % c.rng.randrange(2, 40)]))
    w = c.ch([48, 60, 72, 80]) if c.lang not in ("ja", "zh", "zht", "ko", "th") else c.ch([30, 40])
    return head + wrap(txt, w)


OCR_LANGS = {"en", "es", "de", "fr", "it", "pt", "nl", "pl", "tr", "sv", "cs", "ro", "id", "vi"}


@shape("ocr_form", langs=OCR_LANGS, w=3.0)
def ocr_form(ctx):
    c = ctx
    p = B.person(c)
    L = c.T["lab"]
    rows = [(L["full_name"], B.NAME(p.name(c.ch(["full", "formal"])).upper() if c.p(0.4) else p.name("full"))),
            (L["dob"], B.dob_r(c, p, "num")), (L["addr"], B.addr_r(c, p)), (L["phone"], B.phone_r(c))]
    if c.p(0.3):
        rows.append((L["email"], B.email_r(c, p)))
    if c.p(0.3):
        rows.append((L["iban"], B.iban_r(c)))
    if c.p(0.4):
        rows.append((L["pw"], B.pw_r(c)))
    if c.p(0.4):
        k, v = B.health_r(c, gender=p.gender)
        rows.append((L["diag"], v))
    out = []
    for k, v in rows:
        sep = c.ch([": ", " : ", ":  ", " | ", "  "])
        out.append(lit(k + sep) + v)
    txt = join(c.ch(["\n", "\n\n", "\n"]), out)
    txt = lit(c.ch(["FORM A-%d" % c.rng.randrange(10, 99), "APPLICATION", "REGISTRATION", ""]) + "\n") + txt
    txt = ocr_noise(txt, c.rng, rate=c.ch([0.03, 0.06, 0.1]))
    return txt


@shape("form_readable", w=4.0)
def form_readable(ctx):
    c = ctx
    p = B.person(c)
    L = c.T["lab"]
    rows = [(L["full_name"], B.NAME(p.name(c.ch(["full", "formal"])))),
            (c.ch(c.T["dob_cues"]), B.dob_r(c, p))]
    if c.lang == "ja" and p.kana:
        rows.insert(1, (L.get("kana", "フリガナ"), B.NAME(p.kana)))
    opt = [(L["addr"], lambda: B.addr_r(c, p)), (L["phone"], lambda: B.phone_r(c)), (L["email"], lambda: B.email_r(c, p)),
           (L["iban"], lambda: B.iban_r(c)), (L["contact"], lambda: B.NAME(B.person(c).name("full")) + " " + B.phone_r(c))]
    if c.loc == "en-US":
        opt.append(("SSN", lambda: B.ssn_r(c)))
        opt.append(("Social Security No.", lambda: B.ssn_r(c, c.ch(["dash", "space"]))))
    opt.append((L["pw"], lambda: B.pw_r(c)))
    for k, f in c.rng.sample(opt, c.ch([3, 4, 5])):
        rows.append((k, f()))
    return join("\n", [lit(k + ": ") + v for k, v in rows])


MED = {
    "en": dict(t="CLINIC NOTE", pt="Patient", dob="DOB", mrn="MRN", s="S", o="O", a="A", p="P", by="Seen by",
               fu="Follow-up on", pres="presents with", hx="History of", on="Currently on", vis="Visit date"),
    "de": dict(t="ARZTBRIEF", pt="Patient/in", dob="geb.", mrn="Fall-Nr.", s="Anamnese", o="Befund", a="Diagnose", p="Procedere",
               by="Behandelnd", fu="Wiedervorstellung am", pres="stellt sich vor mit", hx="Bekannt:", on="Aktuelle Medikation:",
               vis="Datum"),
    "fr": dict(t="COMPTE RENDU DE CONSULTATION", pt="Patient(e)", dob="né(e) le", mrn="IPP", s="Motif", o="Examen", a="Diagnostic",
               p="Conduite à tenir", by="Médecin", fu="Revoir le", pres="consulte pour", hx="Antécédents :", on="Traitement :",
               vis="Date"),
    "es": dict(t="INFORME CLÍNICO", pt="Paciente", dob="F. nac.", mrn="NHC", s="Motivo", o="Exploración", a="Juicio clínico",
               p="Plan", by="Facultativo", fu="Revisión el", pres="acude por", hx="Antecedentes:", on="Tratamiento actual:",
               vis="Fecha"),
    "it": dict(t="REFERTO AMBULATORIALE", pt="Paziente", dob="nato/a il", mrn="N. cartella", s="Anamnesi", o="Esame obiettivo",
               a="Diagnosi", p="Terapia", by="Medico", fu="Controllo il", pres="si presenta per", hx="Anamnesi:", on="Terapia in corso:",
               vis="Data"),
    "pt": dict(t="NOTA CLÍNICA", pt="Paciente", dob="DN", mrn="Prontuário", s="Queixa", o="Exame", a="Diagnóstico", p="Conduta",
               by="Médico(a)", fu="Retorno em", pres="comparece com", hx="Antecedentes:", on="Em uso de", vis="Data"),
    "nl": dict(t="CONSULTVERSLAG", pt="Patiënt", dob="geb.", mrn="Patiëntnr.", s="Anamnese", o="Onderzoek", a="Conclusie",
               p="Beleid", by="Arts", fu="Controle op", pres="komt met", hx="Voorgeschiedenis:", on="Medicatie:", vis="Datum"),
    "pl": dict(t="KARTA WIZYTY", pt="Pacjent", dob="ur.", mrn="Nr historii", s="Wywiad", o="Badanie", a="Rozpoznanie",
               p="Zalecenia", by="Lekarz", fu="Kontrola", pres="zgłasza się z powodu", hx="Choroby przewlekłe:", on="Leki:",
               vis="Data"),
    "tr": dict(t="MUAYENE NOTU", pt="Hasta", dob="D.T.", mrn="Protokol no", s="Şikayet", o="Muayene", a="Tanı", p="Plan",
               by="Hekim", fu="Kontrol", pres="başvurdu:", hx="Öykü:", on="Kullandığı ilaçlar:", vis="Tarih"),
    "ru": dict(t="ЗАКЛЮЧЕНИЕ ВРАЧА", pt="Пациент", dob="д.р.", mrn="№ карты", s="Жалобы", o="Осмотр", a="Диагноз", p="Рекомендации",
               by="Врач", fu="Повторный приём", pres="обратился с жалобами на", hx="В анамнезе:", on="Принимает:", vis="Дата"),
    "ja": dict(t="診療記録", pt="患者氏名", dob="生年月日", mrn="カルテ番号", s="主訴", o="所見", a="診断", p="方針", by="担当医",
               fu="次回受診", pres="", hx="既往歴：", on="内服：", vis="受診日"),
    "zh": dict(t="门诊病历", pt="患者", dob="出生日期", mrn="病历号", s="主诉", o="查体", a="诊断", p="处理", by="医生",
               fu="复诊日期", pres="", hx="既往史：", on="用药：", vis="就诊日期"),
    "ko": dict(t="진료 기록", pt="환자", dob="생년월일", mrn="등록번호", s="주호소", o="소견", a="진단", p="계획", by="담당의",
               fu="재진일", pres="", hx="과거력:", on="복용약:", vis="진료일"),
    "sv": dict(t="JOURNALANTECKNING", pt="Patient", dob="född", mrn="Journal-nr", s="Anamnes", o="Status", a="Bedömning",
               p="Åtgärd", by="Läkare", fu="Återbesök", pres="söker för", hx="Tidigare:", on="Läkemedel:", vis="Datum"),
    "ar": dict(t="تقرير طبي", pt="المريض", dob="تاريخ الميلاد", mrn="رقم الملف", s="الشكوى", o="الفحص", a="التشخيص", p="الخطة",
               by="الطبيب", fu="موعد المتابعة", pres="", hx="التاريخ المرضي:", on="الأدوية:", vis="التاريخ"),
    "hi": dict(t="ओपीडी पर्ची", pt="मरीज़", dob="जन्म तिथि", mrn="पंजीकरण सं.", s="शिकायत", o="जाँच", a="निदान", p="सलाह",
               by="डॉक्टर", fu="फ़ॉलो-अप", pres="", hx="पुराना इतिहास:", on="दवाइयाँ:", vis="तारीख"),
}


@shape("medical_note", langs=set(MED), w=3.5)
def medical_note(ctx):
    c = ctx
    S = MED[c.lang]
    p = B.person(c, foreign=0.2 if c.lang == "en" else 0.05)
    doc = B.person(c, foreign=0.1)
    hv = HV.vocab(c.lang)
    out = [lit(S["t"]), lit(S["pt"] + ": ") + B.NAME(p.name(c.ch(["full", "formal"]))) + lit("   " + S["dob"] + ": ") + B.dob_r(c, p),
           lit(S["mrn"] + ": ") + D("NUMERIC_ID", "%08d" % c.rng.randrange(10 ** 8)) + lit("   " + S["vis"] + ": ") + B.date_r(c, "num"),
           lit("")]
    conds = c.rng.sample(hv["cond"], 2)
    out.append(lit(S["s"] + ": " + (S["pres"] + " " if S["pres"] else "")) +
               E("HEALTH", c.ch(hv.get("test") or hv["cond"])) if c.p(0.5) else lit(S["s"] + ": ") + E("HEALTH", conds[0]))
    out.append(lit(S["hx"] + " ") + E("HEALTH", conds[1]) + (lit(", ") + E("HEALTH", c.ch(hv["proc"])) if c.p(0.5) else lit("")))
    out.append(lit(S["on"] + " ") + E("HEALTH", c.ch(hv["med"])))
    if p.gender == "f" and c.p(0.2) and hv.get("preg"):
        out.append(E("HEALTH", c.ch(hv["preg"])))
    out.append(lit(S["a"] + ": ") + E("HEALTH", conds[0]))
    out.append(lit(S["fu"] + " ") + B.date_r(c, "num"))
    out.append(lit(S["by"] + ": ") + B.NAME(doc.name(c.ch(["full", "initial", "formal"]))))
    if c.p(0.3):
        out.append(lit(c.lab("contact") + ": ") + B.NAME(B.person(c).name("full")) + lit(", ") + B.phone_r(c))
    return join("\n", out)


INTAKE = {
    "en": dict(t="NEW PATIENT INTAKE", q="Do you have any of the following?", all="Allergies", preg="Pregnant?", yes="Yes", no="No"),
    "es": dict(t="CUESTIONARIO DE INGRESO", q="¿Padece alguna de las siguientes?", all="Alergias", preg="¿Embarazada?", yes="Sí", no="No"),
    "de": dict(t="ANAMNESEBOGEN", q="Bestehen folgende Erkrankungen?", all="Allergien", preg="Schwanger?", yes="Ja", no="Nein"),
    "fr": dict(t="QUESTIONNAIRE D'ADMISSION", q="Avez-vous l'une des pathologies suivantes ?", all="Allergies", preg="Enceinte ?", yes="Oui", no="Non"),
    "pt": dict(t="FICHA DE ADMISSÃO", q="Possui alguma das condições abaixo?", all="Alergias", preg="Gestante?", yes="Sim", no="Não"),
    "it": dict(t="SCHEDA DI ACCETTAZIONE", q="Soffre di una delle seguenti patologie?", all="Allergie", preg="In gravidanza?", yes="Sì", no="No"),
    "nl": dict(t="INTAKEFORMULIER", q="Heeft u een van de volgende aandoeningen?", all="Allergieën", preg="Zwanger?", yes="Ja", no="Nee"),
    "pl": dict(t="KARTA PRZYJĘCIA", q="Czy choruje Pan/Pani na:", all="Alergie", preg="Ciąża?", yes="Tak", no="Nie"),
    "tr": dict(t="HASTA KABUL FORMU", q="Aşağıdakilerden herhangi biri var mı?", all="Alerjiler", preg="Hamile misiniz?", yes="Evet", no="Hayır"),
    "ru": dict(t="АНКЕТА ПАЦИЕНТА", q="Есть ли у вас:", all="Аллергии", preg="Беременность?", yes="Да", no="Нет"),
    "ja": dict(t="問診票", q="次の病気はありますか？", all="アレルギー", preg="妊娠中ですか？", yes="はい", no="いいえ"),
    "zh": dict(t="初诊登记表", q="是否患有以下疾病？", all="过敏史", preg="是否怀孕？", yes="是", no="否"),
    "ko": dict(t="초진 문진표", q="다음 질환이 있습니까?", all="알레르기", preg="임신 여부", yes="예", no="아니오"),
    "sv": dict(t="HÄLSODEKLARATION", q="Har du någon av följande?", all="Allergier", preg="Gravid?", yes="Ja", no="Nej"),
    "ar": dict(t="استمارة تسجيل مريض", q="هل تعاني من أي مما يلي؟", all="الحساسية", preg="حامل؟", yes="نعم", no="لا"),
}


@shape("medical_intake", langs=set(INTAKE), w=3.5)
def medical_intake(ctx):
    c = ctx
    S = INTAKE[c.lang]
    p = B.person(c, foreign=0.1)
    hv = HV.vocab(c.lang)
    L = c.T["lab"]
    out = [lit(S["t"]), lit(L["name"] + ": ") + B.NAME(p.name("full")), lit(c.ch(c.T["dob_cues"]) + ": ") + B.dob_r(c, p)]
    if c.p(0.5):
        out.append(lit(L["phone"] + ": ") + B.phone_r(c))
    if c.p(0.4):
        out.append(lit(L["addr"] + ": ") + B.addr_r(c, p))
    out.append(lit(""))
    out.append(lit(S["q"]))
    items = c.rng.sample(hv["cond"], min(6, len(hv["cond"])))
    ticked = set(c.rng.sample(range(len(items)), c.ch([1, 2, 2, 3])))
    box = c.ch([("[x]", "[ ]"), ("☒", "☐"), ("(X)", "( )"), ("✔", "—")])
    for i, it in enumerate(items):
        if i in ticked:
            out.append(lit(box[0] + " ") + E("HEALTH", it))
        else:
            out.append(lit(box[1] + " " + it))
    if p.gender == "f" and hv.get("preg"):
        yes = c.p(0.3)
        out.append(lit(S["preg"] + " " + (box[0] + " " + S["yes"] + "  " + box[1] + " " + S["no"] if yes else
                                           box[1] + " " + S["yes"] + "  " + box[0] + " " + S["no"])))
        if yes:
            out.append(E("HEALTH", c.ch(hv["preg"])))
    out.append(lit(L["meds"] + ": ") + E("HEALTH", c.ch(hv["med"])))
    return join("\n", out)


@shape("prescription", langs={"en", "de", "fr", "es", "it", "pt", "ja", "zh", "ru", "tr", "pl", "nl", "ko", "sv", "ar", "hi"}, w=1.0)
def prescription(ctx):
    c = ctx
    p = B.person(c, foreign=0.1)
    hv = HV.vocab(c.lang)
    doc = B.person(c, foreign=0)
    L = c.T["lab"]
    out = [lit(c.ch(["Rx", "℞", "Rezept", "Ordonnance", "Receta", "処方箋", "处方笺"]) + "  ") + B.date_r(c, "num"),
           lit(L["patient"] + ": ") + B.NAME(p.name("full")) + lit(" (") + B.dob_r(c, p, "num") + ")",
           E("HEALTH", c.ch(hv["med"]))]
    if c.p(0.5):
        out.append(E("HEALTH", c.ch(hv["med"])))
    out.append(lit(c.ch(["Dr. ", "Dr. med. ", "", "Prescriber: "])) + B.NAME(doc.name("full")))
    if c.p(0.4):
        out.append(B.addr_r(c, p))
    return join("\n", out)


HR = {
    "en": dict(t="EMPLOYEE RECORD", id="Employee ID", start="Start date", mgr="Line manager", sal="Salary account",
               ec="Emergency contact", notes="Notes", nt=["Reasonable adjustment agreed: ", "Return-to-work after "]),
    "de": dict(t="PERSONALSTAMMBLATT", id="Personalnummer", start="Eintrittsdatum", mgr="Vorgesetzte/r", sal="Gehaltskonto",
               ec="Notfallkontakt", notes="Vermerke", nt=["Wiedereingliederung nach "]),
    "fr": dict(t="FICHE SALARIÉ", id="Matricule", start="Date d'entrée", mgr="Responsable", sal="Compte de paie",
               ec="Personne à prévenir", notes="Remarques", nt=["Aménagement de poste : "]),
    "es": dict(t="FICHA DE EMPLEADO", id="N.º empleado", start="Fecha de alta", mgr="Responsable", sal="Cuenta nómina",
               ec="Contacto de emergencia", notes="Notas", nt=["Baja médica por "]),
    "it": dict(t="SCHEDA DIPENDENTE", id="Matricola", start="Data assunzione", mgr="Responsabile", sal="IBAN stipendio",
               ec="Contatto di emergenza", notes="Note", nt=["Malattia: "]),
    "pt": dict(t="FICHA DO COLABORADOR", id="Matrícula", start="Admissão", mgr="Gestor", sal="Conta salário",
               ec="Contato de emergência", notes="Observações", nt=["Afastamento por "]),
    "nl": dict(t="PERSONEELSDOSSIER", id="Personeelsnr.", start="In dienst", mgr="Leidinggevende", sal="Salarisrekening",
               ec="Noodcontact", notes="Notities", nt=["Re-integratie na "]),
    "pl": dict(t="KARTA PRACOWNIKA", id="Nr ewid.", start="Data zatrudnienia", mgr="Przełożony", sal="Konto do wynagrodzeń",
               ec="Kontakt awaryjny", notes="Uwagi", nt=["Zwolnienie lekarskie: "]),
    "sv": dict(t="PERSONALKORT", id="Anst.nr", start="Anställd från", mgr="Chef", sal="Lönekonto", ec="Anhörig", notes="Noteringar",
               nt=["Sjukskriven för "]),
    "tr": dict(t="PERSONEL KARTI", id="Sicil no", start="İşe giriş", mgr="Yönetici", sal="Maaş hesabı", ec="Acil durum kişisi",
               notes="Notlar", nt=["Rapor: "]),
    "ja": dict(t="社員台帳", id="社員番号", start="入社日", mgr="上長", sal="給与振込口座", ec="緊急連絡先", notes="備考", nt=["休職理由："]),
    "ru": dict(t="ЛИЧНАЯ КАРТОЧКА", id="Таб. №", start="Дата приёма", mgr="Руководитель", sal="Счёт для зарплаты",
               ec="Контакт", notes="Примечания", nt=["Больничный: "]),
}


@shape("hr_record", langs=set(HR), w=2.0)
def hr_record(ctx):
    c = ctx
    S = HR[c.lang]
    p = B.person(c)
    mgr = B.person(c)
    ec = B.person(c, foreign=0)
    L = c.T["lab"]
    out = [lit(S["t"]), lit(S["id"] + ": ") + D("NUMERIC_ID", "E%05d" % c.rng.randrange(100000)),
           lit(L["full_name"] + ": ") + B.NAME(p.name(c.ch(["full", "formal"]))),
           lit(c.ch(c.T["dob_cues"]) + ": ") + B.dob_r(c, p),
           lit(L["addr"] + ": ") + B.addr_r(c, p), lit(L["mobile"] + ": ") + B.phone_r(c),
           lit(S["start"] + ": ") + B.date_r(c, "num", 2010, 2025)]
    if c.p(0.5):
        out.append(lit(S["mgr"] + ": ") + B.NAME(mgr.name("full")))
    if c.loc == "en-US" and c.p(0.7):
        out.append(lit("SSN: ") + B.ssn_r(c))
    if c.p(0.6):
        out.append(lit(S["sal"] + ": ") + (B.iban_r(c) if c.L.get("iban") or c.p(0.3) else B.dec(c, "numid")))
    out.append(lit(S["ec"] + ": ") + B.NAME(ec.name("full")) + lit(" — ") + B.phone_r(c))
    if c.p(0.35):
        k, v = B.health_r(c, ("cond", "proc", "preg"), gender=p.gender)
        out.append(lit(S["notes"] + ": " + c.ch(S["nt"])) + v)
    return join("\n", out)


CV = {"en": ("Curriculum Vitae", "Experience", "References available: "), "de": ("Lebenslauf", "Berufserfahrung", "Referenzen: "),
      "fr": ("CV", "Expérience", "Références : "), "es": ("Currículum", "Experiencia", "Referencias: "),
      "pt": ("Currículo", "Experiência", "Referências: "), "it": ("Curriculum vitae", "Esperienza", "Referenze: "),
      "pl": ("Życiorys", "Doświadczenie", "Referencje: "), "nl": ("Cv", "Werkervaring", "Referenties: "),
      "ja": ("履歴書", "職歴", "推薦者："), "tr": ("Özgeçmiş", "Deneyim", "Referanslar: "),
      "ro": ("Curriculum vitae", "Experiență", "Referințe: "), "cs": ("Životopis", "Praxe", "Reference: ")}


@shape("cv", langs=set(CV), w=1.0)
def cv(ctx):
    c = ctx
    t, ex, ref = CV[c.lang]
    p = B.person(c)
    L = c.T["lab"]
    out = [lit(t), B.NAME(p.name("full")), lit(c.ch(c.T["dob_cues"]) + ": ") + B.dob_r(c, p),
           B.addr_r(c, p), B.phone_r(c) + " · " + B.email_r(c, p), lit(""), lit(ex + ":"),
           lit("%d–%d  %s" % (c.rng.randrange(2008, 2016), c.rng.randrange(2016, 2025),
                              c.ch(["Logistics coordinator, Kestrel Logistics", "Pflegefachkraft, Klinikum Nord",
                                    "Analista de datos, Banco Azul", "Software engineer, OrbitFin"])))]
    rs = [B.person(c, foreign=0) for _ in range(c.ch([1, 2]))]
    out.append(lit(ref) + join("; ", [B.NAME(r.name("full")) + " (" + B.phone_r(c) + ")" for r in rs]))
    return join("\n", out)


MRZ_CC = {"en-GB": "GBR", "en-US": "USA", "de-DE": "D<<", "fr-FR": "FRA", "es-ES": "ESP", "it-IT": "ITA", "nl-NL": "NLD",
          "pl-PL": "POL", "tr-TR": "TUR", "pt-BR": "BRA", "en-IN": "IND", "en-NG": "NGA", "en-GH": "GHA", "sv-SE": "SWE",
          "ja-JP": "JPN", "ko-KR": "KOR", "ru-RU": "RUS", "uk-UA": "UKR", "el-GR": "GRC", "ar-EG": "EGY", "vi-VN": "VNM",
          "id-ID": "IDN", "tl-PH": "PHL", "ka-GE": "GEO", "hy-AM": "ARM", "am-ET": "ETH", "sw-KE": "KEN", "ro-RO": "ROU",
          "cs-CZ": "CZE", "hu-HU": "HUN", "fi-FI": "FIN", "da-DK": "DNK", "nb-NO": "NOR", "he-IL": "ISR", "th-TH": "THA"}


def _mrz_name(s):
    s = V.ascii_fold(s).upper()
    return "".join(ch if ch.isalpha() else "<" for ch in s)


@shape("id_document", locs=set(MRZ_CC), w=2.2)
def id_document(ctx):
    c = ctx
    p = B.person(c, foreign=0)
    cc = MRZ_CC[c.loc]
    fam, giv = _mrz_name(p.family_r), _mrz_name(p.given_r)
    d = p.dob()
    exp = B.other_date(c, 2026, 2035)
    sex = "M" if p.gender == "m" else "F"
    L = c.T["lab"]
    head = lit(c.ch(["PASSPORT / PASSEPORT", "IDENTITY CARD", "RESIDENCE PERMIT", "VISA APPLICATION — scanned copy"]))
    dob_vis = "%02d %s %d" % (d.day, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][d.month - 1], d.year)
    out = [head, lit("Surname / Nom: ") + B.NAME(p.family_r.upper()), lit("Given names / Prénoms: ") + B.NAME(p.given_r.upper()),
           lit("Date of birth / Date de naissance: ") + E("DATE_OF_BIRTH", dob_vis),
           lit("Sex: %s   Nationality: %s" % (sex, cc.replace("<", ""))),
           lit("Date of expiry: ") + D("DATE", "%02d.%02d.%d" % (exp.day, exp.month, exp.year)),
           lit("Document no.: *****%04d" % c.rng.randrange(10000)), lit("")]
    nm = fam + "<<" + giv
    l1_name = nm[:39]
    filler = "<" * (39 - len(l1_name))
    line1 = lit("P<" + cc) + B.NAME(l1_name.rstrip("<")) + lit(l1_name[len(l1_name.rstrip("<")):] + filler)
    yymmdd = d.strftime("%y%m%d")
    e6 = exp.strftime("%y%m%d")
    line2 = lit("<<<<<<<<<0" + cc) + E("DATE_OF_BIRTH", yymmdd) + lit(str(c.rng.randrange(10)) + sex) + D("DATE", e6) + \
        lit(str(c.rng.randrange(10)) + "<<<<<<<<<<<<<<0" + str(c.rng.randrange(10)))
    out += [line1, line2]
    if c.p(0.5):
        out.insert(0, lit(c.ch(["OCR output:", "Extracted text (page 1):", "Please check this scan:"])))
    return join("\n", out)


@shape("invoice", w=1.5)
def invoice(ctx):
    c = ctx
    p = B.person(c)
    L = c.T["lab"]
    out = [lit({"de": "RECHNUNG", "fr": "FACTURE", "es": "FACTURA", "it": "FATTURA", "ja": "請求書", "pl": "FAKTURA", "pt": "FATURA",
                "nl": "FACTUUR", "sv": "FAKTURA", "cs": "FAKTURA", "tr": "FATURA", "ru": "СЧЁТ"}.get(c.lang, "INVOICE") + " ") + B.dec(c, "numid"),
           lit("Date: ") + B.date_r(c, "num"), lit("Bill to:"), B.NAME(p.name("full")), B.addr_r(c, p, sep="\n")]
    if c.p(0.5):
        out.append(B.email_r(c, p))
    out.append(lit(""))
    for _ in range(c.ch([1, 2, 3])):
        out.append(lit(c.ch(["Consulting (hours)", "Cleaning service", "Shipping", "Annual licence", "Repair labour"]) + "  ") +
                   B.dec(c, "price"))
    out.append(lit("Total: ") + B.dec(c, "price"))
    out.append(lit(c.ch(["Order ref: ", "PO: ", "Ref: "])) + B.dec(c, "order"))
    if c.p(0.6):
        out.append(lit("Pay to ") + L["iban"] + ": " + B.iban_r(c))
    elif c.p(0.5):
        out.append(lit(c.ch(["Paid by card ", "Card: ", "Charged to "])) + B.card_r(c))
    return join("\n", out)


SHIP = {"en": (["SHIP TO:", "DELIVER TO"], ["FROM:", "SENDER:"]), "de": (["Empfänger:"], ["Absender:"]),
        "fr": (["Destinataire :"], ["Expéditeur :"]), "es": (["Destinatario:"], ["Remitente:"]), "it": (["Destinatario:"], ["Mittente:"]),
        "pt": (["Destinatário:"], ["Remetente:"]), "nl": (["Ontvanger:"], ["Afzender:"]), "pl": (["Odbiorca:"], ["Nadawca:"]),
        "ja": (["お届け先"], ["ご依頼主"]), "zh": (["收件人："], ["寄件人："]), "zht": (["收件人："], ["寄件人："]),
        "ko": (["받는 분"], ["보내는 분"]), "tr": (["Alıcı:"], ["Gönderen:"]), "ru": (["Получатель:"], ["Отправитель:"]),
        "uk": (["Одержувач:"], ["Відправник:"]), "sv": (["Mottagare:"], ["Avsändare:"]), "cs": (["Příjemce:"], ["Odesílatel:"])}


@shape("shipping_label", w=2.6)
def shipping_label(ctx):
    c = ctx
    p = B.person(c, foreign=0)
    s = B.person(c, foreign=0)
    to_lab, from_lab = SHIP.get(c.lang, SHIP["en"])
    out = [lit(c.ch(to_lab)),
           B.NAME(p.name(c.ch(["full", "full", "formal"])).upper() if c.p(0.3) else p.name("full")),
           B.addr_r(c, p, sep="\n"), lit("Tel ") + B.phone_r(c), lit(""),
           lit(c.ch(from_lab)),
           B.NAME(s.name("full")), B.addr_r(c, s, sep=", "), lit(""),
           lit("Tracking: ") + B.dec(c, "track"), lit("Weight: %.1f kg" % c.rng.uniform(0.2, 25))]
    return join("\n", out)


BANK = {"en": ("Payment confirmation", "Beneficiary: ", "Amount: ", "Reference: ", "Ordered by: "),
        "de": ("Überweisung", "Empfänger: ", "Betrag: ", "Verwendungszweck: ", "Auftraggeber: "),
        "fr": ("Virement SEPA", "Bénéficiaire : ", "Montant : ", "Référence : ", "Donneur d'ordre : "),
        "es": ("Transferencia", "Beneficiario: ", "Importe: ", "Concepto: ", "Ordenante: "),
        "it": ("Bonifico", "Beneficiario: ", "Importo: ", "Causale: ", "Ordinante: "),
        "pt": ("Transferência", "Beneficiário: ", "Valor: ", "Referência: ", "Ordenante: "),
        "nl": ("Overboeking", "Begunstigde: ", "Bedrag: ", "Omschrijving: ", "Opdrachtgever: "),
        "pl": ("Przelew", "Odbiorca: ", "Kwota: ", "Tytuł: ", "Zleceniodawca: "),
        "tr": ("Havale/EFT", "Alıcı: ", "Tutar: ", "Açıklama: ", "Gönderen: "),
        "ro": ("Transfer bancar", "Beneficiar: ", "Suma: ", "Detalii: ", "Plătitor: ")}


@shape("bank_transfer", w=1.2)
def bank_transfer(ctx):
    c = ctx
    p = B.person(c)
    q = B.person(c)
    T = BANK.get(c.lang, BANK["en"])
    out = [lit(T[0]), lit(T[1]) + B.NAME(p.name("full")),
           lit("IBAN: ") + B.iban_r(c), lit("BIC: %s%s%s" % ("".join(c.rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ") for _ in range(4)),
                                                          c.ch(["DE", "FR", "ES", "NL", "IT", "GB"]), c.ch(["FF", "MM", "2X", "XX"]))),
           lit(T[2]) + B.dec(c, "price"), lit(T[3]) + B.dec(c, "numid"), lit(T[4]) + B.NAME(q.name("full")) + "\n" + B.iban_r(c)]
    return join("\n", out)


@shape("calendar_ics", w=1.0)
def calendar_ics(ctx):
    c = ctx
    p = B.person(c)
    q = B.person(c)
    d = B.other_date(c, 2024, 2027)
    loc = B.addr_r(c, p).map(lambda s: s.replace(",", "\\,"))
    out = [lit("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT"), lit("UID:") + B.dec(c, "uuid"),
           lit("DTSTART:") + D("DATE", d.strftime("%Y%m%d")) + lit("T%02d0000Z" % c.rng.randrange(7, 18)),
           lit("SUMMARY:" + c.ch(["Viewing", "Dentist", "Contract signing", "Home visit", "Interview"])),
           lit("LOCATION:") + loc,
           lit("ORGANIZER;CN=") + B.NAME(p.name("full")) + ":mailto:" + B.email_r(c, p),
           lit("ATTENDEE;CN=") + B.NAME(q.name("full")) + ";ROLE=REQ-PARTICIPANT:mailto:" + B.email_r(c, q)]
    if c.p(0.5):
        out.append(lit("DESCRIPTION:") + C.blurb(c, q, n=1, kinds=[c.ch(["phone", "pw", "health"])]).map(
            lambda s: s.replace(",", "\\,").replace(";", "\\;")))
    out.append(lit("END:VEVENT\nEND:VCALENDAR"))
    return join("\n", out)


@shape("vcard", w=1.0)
def vcard(ctx):
    c = ctx
    p = B.person(c)
    lines = B.address(c, p.loc if p.loc == c.loc else c.loc)
    out = [lit("BEGIN:VCARD\nVERSION:3.0"), lit("FN:") + B.NAME(p.name("full")),
           lit("N:") + B.NAME(p.surname(roman=not p.is_latin() and c.lang == "en")) + ";" +
           B.NAME(p.given_name(roman=not p.is_latin() and c.lang == "en")) + ";;;",
           lit("TEL;TYPE=CELL:") + B.phone_r(c), lit("EMAIL:") + B.email_r(c, p)]
    if c.p(0.7):
        out.append(lit("ADR;TYPE=HOME:;;") + E("ADDRESS", ";".join(lines).replace(",", "\\,")))
    if c.p(0.6):
        out.append(lit("BDAY:") + E("DATE_OF_BIRTH", p.dob().isoformat() if c.p(0.6) else p.dob().strftime("%Y%m%d")))
    out.append(lit("END:VCARD"))
    return join("\n", out)


@shape("cc_line", w=0.7)
def cc_line(ctx):
    """Distribution lists: To/CC/BCC lines with display names and addresses."""
    c = ctx
    ppl = [B.person(c) for _ in range(c.rng.randrange(2, 6))]

    def one(x):
        k = c.rng.randrange(4)
        if k == 0:
            return B.NAME(x.name("full")) + " <" + B.email_r(c, x) + ">"
        if k == 1:
            return lit('"') + B.NAME(x.formal(roman=c.lang == "en" and not x.is_latin())) + '" <' + B.email_r(c, x) + ">"
        if k == 2:
            return B.email_r(c, x)
        return B.NAME(x.name("full"))
    k = c.rng.randrange(1, len(ppl))
    out = [lit("To: ") + join(", ", [one(x) for x in ppl[:k]]), lit("CC: ") + join("; ", [one(x) for x in ppl[k:]])]
    out.append(lit("Subject: " + C.subject(c)))
    out.append(lit(""))
    out.append(c.sent("greet", n=join(c.ch([", ", " & "]), [B.NAME(x.name("given")) for x in ppl[:2]])))
    out.append(C.blurb(c, ppl[0], n=1, others=ppl[1:]))
    return join("\n", out)


@shape("discharge_summary", langs={"en", "de", "fr", "es", "it", "pt"}, w=1.0)
def discharge_summary(ctx):
    c = ctx
    p = B.person(c, foreign=0.15)
    hv = HV.vocab(c.lang)
    T = {"en": ("DISCHARGE SUMMARY", "Admitted", "Discharged", "Procedure", "Discharge medication", "GP"),
         "de": ("ENTLASSUNGSBRIEF", "Aufnahme", "Entlassung", "Eingriff", "Entlassmedikation", "Hausarzt"),
         "fr": ("COMPTE RENDU D'HOSPITALISATION", "Entrée", "Sortie", "Intervention", "Traitement de sortie", "Médecin traitant"),
         "es": ("INFORME DE ALTA", "Ingreso", "Alta", "Procedimiento", "Tratamiento al alta", "Médico de cabecera"),
         "it": ("LETTERA DI DIMISSIONE", "Ricovero", "Dimissione", "Intervento", "Terapia alla dimissione", "MMG"),
         "pt": ("ALTA HOSPITALAR", "Internação", "Alta", "Procedimento", "Medicação de alta", "Médico de família")}[c.lang]
    gp = B.person(c, foreign=0)
    L = c.T["lab"]
    d1 = B.other_date(c, 2022, 2026)
    out = [lit(T[0]), lit(L["patient"] + ": ") + B.NAME(p.name("formal")) + lit(", ") + B.dob_r(c, p, "num"),
           lit(L["addr"] + ": ") + B.addr_r(c, p),
           lit(T[1] + ": ") + D("DATE", B.fmt_date(c, d1, "num")) + lit("   " + T[2] + ": ") +
           D("DATE", B.fmt_date(c, d1 + dt.timedelta(days=c.rng.randrange(1, 14)), "num")),
           lit(L["diag"] + ": ") + E("HEALTH", c.ch(hv["cond"])), lit(T[3] + ": ") + E("HEALTH", c.ch(hv["proc"])),
           lit(T[4] + ": ") + E("HEALTH", c.ch(hv["med"])), lit(T[5] + ": ") + B.NAME(gp.name("full")) + ", " + B.phone_r(c)]
    return join("\n", out)
