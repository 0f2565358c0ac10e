"""Texts centred on the other PII types (contact details, health, secrets, money)
and mixed records (contact exports, vCards, onboarding forms)."""
import shapes as sh
from core import S, cat, join, jdump, esc_csv, esc_json
from render import render

EN_OTHER = [
    "my new number is {PHONE}, can you update my contact card? name's {A:full}",
    "Ship it to {ADDR} — attn {A:full}, phone {PHONE}",
    "I was diagnosed with {HEALTH:cond} in {MONTH} and I'm on {HEALTH:med}. Is it safe to drink coffee?",
    "The wifi password is {PW:wifi} and the door code is {PW:door}. Tell {A} when {A?she|he} arrives.",
    "Please refund to my card {CARD}; the charge was {PRICE} on {DATE}.",
    "Pay {A:full}, IBAN {IBAN}, reference {ORDER}.",
    "{A:poss} date of birth is {DOB}, {A?she|he} needs it on the visa form.",
    "Fill the form for me: name {A:full}, born {DOB}, email {A:email}, phone {PHONE}",
    "my login is {A:email} and my password is {PW}, why can't I sign in??",
    "I'm {HEALTH:state} and my boss {A} wants me to fly to {PLACE} next week. What are my rights?",
    "lockbox code is {PW:door}, the spare key is for the side door. {A} will meet the cleaner at {TIME}",
    "My son {A} (born {DOB}) has {HEALTH:cond}; can you help me write a note for his school?",
    "Address change for {A:full}: old {ADDR}, new {ADDR}",
    "my birthday is {DOB:noyear} and {A:poss} is {DOB:noyear}, can we do a joint party?",
    "the garage PIN is {PW:pin}, don't tell {A:lower}",
    "Send the invoice to {A:email}. Our IBAN is {IBAN}.",
    "emergency contact: {A:full}, {PHONE}",
    "Blood test came back with {HEALTH:result}. Dr. {A:fam} wants a follow-up. Should I worry?",
    "{A} takes {HEALTH:med} every morning, set a reminder on {A?her|his} phone {PHONE}",
    "Card for the team lunch is {CARD}, exp 09/27. {A} has the receipt.",
    "Call me on {PHONE:ext} or email {A:email} — {A:full}",
    "please save: {A:full}\n{ADDR:ml}\n{PHONE}",
    "DB creds for staging: user app_rw / {PW:random} (ask {A} before rotating)",
    "I have {HEALTH:cond} and {HEALTH:cond}. Can you plan meals for a week?",
    "Wire {PRICE} to {IBAN} (beneficiary {A:full}) before {DAY}.",
    "Alarm code {PW:door}, wifi {PW:wifi}. Plants need water Tue/Fri. Thanks {A}!",
    "Turning {NN} on {DOB:noyear}! {A} is throwing me a party.",
    "DOB {DOB} · MRN {RAWNUM} · allergies: penicillin · {HEALTH:cond}",
    "Booking for {A:full}: card {CARD}, billing address {ADDR}. Please confirm by email to {A:email}.",
    "My card {CARD} was charged twice at {BRAND}. Who do I call, and what do I say?",
    "new laptop password: {PW}. old one was {PW:base}. {A} needs it for the handover",
    "Netflix login for the house: {A:email} / {PW:phrase}",
    "Since starting {HEALTH:med} I've had headaches. {A} says that's normal?",
    "{A?She|He} has {HEALTH:cond} and is {HEALTH:state}. I'm {A:poss} carer: what benefits can we claim?",
    "The gate code is {PW:door} and the wifi is {PW:wifi}. Address: {ADDR}. Host: {A} ({PHONE}).",
    "Can you check this card number is typed right? {CARD} — it's {A:poss}, for the deposit.",
    "Salary goes to {IBAN}. Name on the account: {A:full}. Birthdate {DOB}.",
]
LANG_OTHER = {
    "es": ["Mi número nuevo es {PHONE}, apúntalo a nombre de {A:full}.", "Envíalo a {ADDR}, a la atención de {A:full}.",
           "Tengo {HEALTH:cond} y tomo {HEALTH:med}. ¿Puedo hacer ayuno intermitente?",
           "Fecha de nacimiento: {DOB}. Correo: {A:email}.", "La clave del wifi es {PW:wifi}, díselo a {A}."],
    "fr": ["Mon nouveau numéro : {PHONE}. Merci de mettre à jour la fiche de {A:full}.", "Livraison au {ADDR}, à l'attention de {A:full}.",
           "J'ai {HEALTH:cond}, est-ce compatible avec le marathon ?", "Date de naissance : {DOB}. Mail : {A:email}",
           "Le code de la porte est {PW:door}, préviens {A}."],
    "de": ["Meine neue Nummer ist {PHONE}. Bitte bei {A:full} eintragen.", "Bitte an {ADDR} schicken, z. Hd. {A:full}.",
           "Ich habe {HEALTH:cond} und nehme {HEALTH:med}. Darf ich Sport machen?", "Geburtsdatum: {DOB}, E-Mail: {A:email}",
           "Überweisung an {A:full}, IBAN {IBAN}."],
    "pt": ["Meu número novo é {PHONE}, salva como {A:full}.", "Manda para {ADDR}, aos cuidados de {A:full}.",
           "Tenho {HEALTH:cond} e tomo {HEALTH:med}. Posso tomar café?", "Data de nascimento: {DOB}."],
    "it": ["Il mio nuovo numero è {PHONE}, salvalo come {A:full}.", "Spedisci a {ADDR}, c.a. {A:full}.",
           "Ho {HEALTH:cond}: posso fare immersioni?", "Data di nascita: {DOB}. IBAN: {IBAN}."],
    "ja": ["新しい電話番号は{PHONE}です。{A:full}さんの連絡先を更新してください。", "住所は{ADDR}です。{A:fam}様宛てでお願いします。",
           "生年月日は{DOB}です。"],
    "zh": ["我的新号码是{PHONE}，请更新{A:full}的联系方式。", "请寄到{ADDR}，收件人{A:full}。", "出生日期：{DOB}。"],
    "ko": ["제 새 번호는 {PHONE}입니다. {A:full}님 연락처를 수정해 주세요.", "{ADDR}로 보내 주세요. 받는 분: {A:full}", "생년월일: {DOB}"],
    "ru": ["Мой новый номер {PHONE}, запиши на {A:formal}.", "Доставка: {ADDR}, получатель {A:full}.", "Дата рождения: {DOB}."],
    "tr": ["Yeni numaram {PHONE}, {A:full} adına kaydet.", "Adres: {ADDR}, alıcı {A:full}.", "Doğum tarihi: {DOB}."],
    "pl": ["Mój nowy numer to {PHONE}, zapisz jako {A:full}.", "Adres: {ADDR}, odbiorca {A:full}.", "Data urodzenia: {DOB}."],
    "id": ["Nomor baru saya {PHONE}, simpan atas nama {A:full}.", "Kirim ke {ADDR}, a.n. {A:full}.", "Tanggal lahir: {DOB}."],
}


OTHER_REPLY = ["Got it. Here's what I'd suggest:", "Thanks, I've noted that. A few things to check first:",
               "I can help with that. Just a heads-up: avoid sharing passwords or card numbers in chat.",
               "Sure. Here are the steps:", "Understood. Let me summarise what you've told me."]


def other_body(ctx, k=None):
    rng = ctx.rng
    pool = EN_OTHER if ctx.lang == "en" else LANG_OTHER[ctx.lang]
    k = k or (1 if rng.random() < 0.5 else 2)
    frames = sh.pick_frames(ctx, pool, k)
    return join("\n" if rng.random() < 0.5 else " ",
                [render(f, ctx if i == 0 else sh.shuffled(ctx)) for i, f in enumerate(frames)])


def gen_other(ctx, shape):
    rng = ctx.rng
    b = other_body(ctx)
    if shape == "prompt":
        return b
    if shape == "chat":
        u, a = rng.choice(sh.ROLE_STYLES)
        return cat(u, b, "\n", a, rng.choice(OTHER_REPLY))
    if shape == "openai":
        return jdump([{"role": "user", "content": b}], indent=rng.choice([None, 2]), ascii=rng.random() < 0.1)
    if shape == "tool":
        args = {"contact_name": render("{A:full}", ctx), "phone": render("{PHONE}", ctx), "notes": b}
        if rng.random() < 0.5:
            args["email"] = render("{A:email}", ctx)
        call = {"type": "function", "function": {"name": "crm.update_contact", "arguments": jdump(args, compact=True)}}
        return jdump({"tool_calls": [call]}, indent=rng.choice([None, 2]))
    if shape == "log":
        return cat(sh.stamp(rng), " WARN  pii.leak? route=/v1/chat user.message=\"", esc_json(b), "\"")
    if shape == "otel":
        return cat("gen_ai.prompt.0.content = \"", esc_json(b), "\"")
    if shape == "email":
        g, s = ("Hi {A},", "Thanks,\n{B}")
        return cat("Subject: details\n\n", render(g, ctx), "\n\n", b, "\n\n", render(s, ctx))
    return b


# ------------------------------------------------------------------ mixed records

def _contact(ctx, key):
    return {"name": render("{%s:full}" % key, ctx), "email": render("{%s:email}" % key, ctx), "phone": render("{%s:phone}" % key, ctx)}


def gen_mixed(ctx):
    rng = ctx.rng
    kind = rng.choice(["csv", "json", "vcard", "onboarding", "pnr"])
    keys = ["A", "B", "C", "D"][: rng.randrange(2, 5)]
    if kind == "csv":
        rows = [S([("name,email,phone,city", None)])]
        for k in keys:
            c = _contact(ctx, k)
            rows.append(join(",", [esc_csv(c["name"]), c["email"], c["phone"], esc_csv(render("{PLACE}", ctx))]))
        return cat("contacts_export.csv\n", join("\n", rows))
    if kind == "json":
        recs = []
        for k in keys:
            c = _contact(ctx, k)
            if rng.random() < 0.5:
                c["dob"] = render("{DOB}", ctx)
            c["owner"] = render("{E:full}", ctx)
            recs.append(c)
        return jdump({"export": "crm", "records": recs}, indent=rng.choice([None, 2]))
    if kind == "vcard":
        k = keys[0]
        p = ctx.cast[k]
        adr = S([(t.replace(", ", ";"), ty) for t, ty in render("{ADDR}", ctx)])
        n_line = S([(f"{p.family};{p.given}", "PERSON")]) if p.family else render("{%s}" % k, ctx)
        return cat("BEGIN:VCARD\nVERSION:3.0\nN:", n_line, "\nFN:", render("{%s:full}" % k, ctx),
                   "\nTEL;TYPE=CELL:", render("{%s:phone}" % k, ctx), "\nEMAIL:", render("{%s:email}" % k, ctx),
                   "\nADR;TYPE=HOME:", adr, "\nNOTE:", render("Met at {ORG} via {B}", ctx), "\nEND:VCARD")
    if kind == "onboarding":
        return cat("New starter: ", render("{A:full}", ctx), "\nStart date: ", render("{DATE}", ctx),
                   "\nManager: ", render("{B:full}", ctx), "\nBuddy: ", render("{C}", ctx),
                   "\nPersonal email: ", render("{A:email}", ctx), "\nMobile: ", render("{A:phone}", ctx),
                   "\nHome address: ", render("{ADDR}", ctx), "\nDate of birth: ", render("{DOB}", ctx),
                   "\nBank: ", render("{IBAN}", ctx), "\nNotes: ", render("{A} prefers '{A:nick}'. Laptop from {BRAND}.", ctx))
    # PNR-ish
    return cat("RECLOC ", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), "\n",
               "1.1", render("{A:airline}", ctx), " MR\n" if ctx.cast["A"].gender == "m" else " MS\n",
               "2.1", render("{B:airline}", ctx), " MR\n" if ctx.cast["B"].gender == "m" else " MS\n",
               "CTCM ", render("{A:phone}", ctx), "\nCTCE ", render("{A:email}", ctx), "\nDOCS/P/", render("{DOB:airline}", ctx),
               "\nRMK BOOKED BY ", render("{C:upper}", ctx))
