"""Templates, part C: password/SSN/address-heavy shapes, vCard and iCalendar."""

import lang as L
from core import (B, E, Dc, J, fill, T, Obj, Arr, jdump, choose_fields, field_value, d_timestamp, d_hex, d_order,
                  d_price, d_version, d_ops, d_numeric, d_path, url_q)
from templates_a import fact, facts, jn, sig, role_names
from templates_b import csv_cell, yaml_val

SITES = ["Amazon", "Netflix", "Spotify", "Steam", "PayPal", "Zalando", "Booking.com", "GitHub", "Dropbox", "Airbnb", "Uber",
         "Rakuten", "Naver", "Mercado Libre", "Shopee", "Wildberries", "Flipkart", "Tokopedia"]


@T("csv")
def csv_password_export(ctx):
    rng = ctx.rng
    p = ctx.person()
    rows = [B(rng.choice(["name,url,username,password,note", "title,login_uri,login_username,login_password,notes"]))]
    used = set()
    for i in range(rng.randint(3, 6)):
        site = rng.choice([s for s in SITES if s not in used])
        used.add(site)
        user = ctx.email(p) if rng.random() < 0.7 else B(rng.choice(["admin", "family", "shared", "me"]))
        note = rng.choice(["", "", "2FA on phone", "old account", "expires %s" % L.rand_recent(rng).isoformat()])
        note_b = Dc("DATE", note[8:]) if note.startswith("expires") else None
        note_cell = B("expires ", note_b) if note_b else B(note)
        rows.append(J(",", [csv_cell(Dc("OPS_TERM", site)), "https://www.%s.com/login" % site.lower().replace(" ", "").replace(".com", ""),
                            csv_cell(user), csv_cell(ctx.pw()), csv_cell(note_cell)]))
    return J("\n", rows)


AIRBNB = {
    "en": "Hi {guest}! Welcome to {addr}. The key box code is in the app. Wi-Fi: {ssid}, password {pw}. If anything is wrong call me on {ph}. Enjoy! — {host}",
    "es": "¡Hola {guest}! Bienvenido/a a {addr}. Wi-Fi: {ssid}, la clave es {pw}. Cualquier cosa, llámame al {ph}. — {host}",
    "de": "Hallo {guest}! Willkommen in der {addr}. WLAN: {ssid}, Passwort {pw}. Bei Problemen ruf mich unter {ph} an. — {host}",
    "fr": "Bonjour {guest} ! Bienvenue au {addr}. Wi-Fi : {ssid}, mot de passe {pw}. En cas de souci, appelez-moi au {ph}. — {host}",
    "pt": "Olá {guest}! Bem-vindo/a à {addr}. Wi-Fi: {ssid}, senha {pw}. Qualquer problema liga para {ph}. — {host}",
    "it": "Ciao {guest}! Benvenuto/a in {addr}. Wi-Fi: {ssid}, password {pw}. Per qualsiasi problema chiamami al {ph}. — {host}",
    "nl": "Hoi {guest}! Welkom op {addr}. Wifi: {ssid}, wachtwoord {pw}. Bel me op {ph} als er iets is. — {host}",
    "pl": "Cześć {guest}! Witamy pod adresem {addr}. Wi-Fi: {ssid}, hasło {pw}. W razie problemów dzwoń: {ph}. — {host}",
    "ru": "Здравствуйте, {guest}! Добро пожаловать: {addr}. Wi-Fi: {ssid}, пароль {pw}. Если что, звоните {ph}. — {host}",
    "ja": "{guest}様、ようこそ！住所：{addr}。Wi-Fiは{ssid}、パスワードは{pw}です。何かあれば{ph}までお電話ください。{host}",
    "zh": "{guest}您好！欢迎入住{addr}。WiFi：{ssid}，密码{pw}。有问题请打{ph}。——{host}",
    "ko": "{guest}님 환영합니다! 주소: {addr}. 와이파이 {ssid}, 비밀번호 {pw}. 문제 있으면 {ph}로 연락주세요. - {host}",
    "tr": "Merhaba {guest}! {addr} adresine hoş geldiniz. Wi-Fi: {ssid}, şifre {pw}. Sorun olursa {ph} numarasını arayın. — {host}",
    "vi": "Chào {guest}! Chào mừng đến {addr}. Wi-Fi: {ssid}, mật khẩu {pw}. Có gì gọi mình số {ph} nhé. — {host}",
    "id": "Halo {guest}! Selamat datang di {addr}. Wi-Fi: {ssid}, password {pw}. Kalau ada masalah hubungi {ph}. — {host}",
    "sv": "Hej {guest}! Välkommen till {addr}. Wifi: {ssid}, lösenord {pw}. Ring mig på {ph} om något krånglar. — {host}",
    "el": "Γεια σας {guest}! Καλώς ήρθατε στην {addr}. Wi-Fi: {ssid}, κωδικός {pw}. Για οτιδήποτε καλέστε στο {ph}. — {host}",
    "cs": "Dobrý den, {guest}! Vítejte na adrese {addr}. Wi-Fi: {ssid}, heslo {pw}. Kdyby něco, volejte {ph}. — {host}",
    "th": "สวัสดีคุณ{guest} ยินดีต้อนรับสู่ {addr} Wi-Fi: {ssid} รหัสผ่าน {pw} มีปัญหาโทร {ph} ได้เลย — {host}",
}


@T("sms")
def sms_airbnb_checkin(ctx):
    rng = ctx.rng
    if ctx.lang not in AIRBNB:
        ctx.lang = "en"
    guest, host = ctx.person(foreign=0.5), ctx.person()
    ssid = rng.choice(["FRITZ!Box 7590 XY", "Livebox-4F2A", "TP-Link_8E21", "NETGEAR47", "Vodafone-C0A4", "HomeNet_5G", "CasaBlanca"])
    return fill(AIRBNB[ctx.lang], guest=ctx.short(guest), addr=ctx.addr(multiline=False), ssid=ssid, pw=ctx.pw(), ph=ctx.phone(), host=ctx.short(host))


@T("config")
def config_connection_strings(ctx):
    rng = ctx.rng
    owner = ctx.person()
    items = [
        fill("spring.datasource.url=jdbc:mysql://db.internal:3306/app?user=app&password={pw}&useSSL=true", pw=ctx.pw(urlsafe=True)),
        fill("MONGO_URI=mongodb+srv://svc_reader:{pw}@cluster0.ab12c.mongodb.net/analytics?retryWrites=true", pw=ctx.pw(urlsafe=True)),
        fill("AMQP_URL=amqp://orders:{pw}@rabbit.internal:5672/%2F", pw=ctx.pw(urlsafe=True)),
        fill("ConnectionStrings__Default=Server=tcp:sql-prod.internal,1433;Database=Billing;User ID=billing_app;Password={pw};Encrypt=True;", pw=ctx.pw()),
        fill("ldap.bind.password = {pw}", pw=ctx.pw()),
        fill("smtp:\n  host: smtp.office365.com\n  username: noreply\n  password: {pw}", pw=yaml_val(ctx.pw())),
    ]
    rng.shuffle(items)
    k = rng.randint(2, 4)
    return J("\n", [fill("# owner: {n} <{e}>  (last rotated {d})", n=ctx.full(owner), e=ctx.email(owner), d=ctx.date_human())] + items[:k] +
             [fill("# config schema {v}, checksum {h}", v=Dc("VERSION", d_version(rng)), h=Dc("HEX_HASH", d_hex(rng)))])


@T("ocr", langs=["en"])
def ocr_w9(ctx):
    rng = ctx.rng
    p = ctx.person()
    return _w9(ctx, p)


def _w9(ctx, p):
    rng = ctx.rng
    lines, _ = ctx.addr_raw(country="US")
    street, city = ", ".join(lines[:-1]), lines[-1]
    return fill("Form W-9 (Rev. March 2024)\nRequest for Taxpayer Identification Number and Certification\n\n1 Name (as shown on your income tax return)\n{n}\n"
                "2 Business name/disregarded entity name, if different from above\n\n5 Address (number, street, and apt. or suite no.)\n{a1}\n"
                "Part I  Taxpayer Identification Number (TIN)\nSocial security number  {ssn}\n\nSign Here  Signature of U.S. person ▶ ______   Date ▶ {d}",
                n=E("PERSON", p.full_name("en").upper() if rng.random() < 0.5 else p.full_name("en")),
                a1=E("ADDRESS", street + ", " + city),
                ssn=ctx.ssn(), d=ctx.date_human())


@T("chat", langs=["en"])
def chat_benefits_ssn(ctx):
    rng = ctx.rng
    p = ctx.person()
    u, a = role_names(ctx)
    ssn = ctx.ssn()
    return fill("{u}: I'm filling out the unemployment benefits application and it keeps rejecting my info. Name {n}, SSN {ssn}, date of birth {dob}, "
                "mailing address {addr}. What am I doing wrong?\n\n{a}: The most common cause is a mismatch with the name on your Social Security card. "
                "Make sure \"{n2}\" matches exactly, and enter the SSN without dashes ({ssn2}) if the form has a single box. Also avoid sharing your "
                "full SSN in chats like this one.\n\n{u}: ok thanks, the form is at {path} if that matters",
                u=u, a=a, n=ctx.full(p), ssn=ssn, dob=ctx.dob(), addr=ctx.addr(multiline=False, country="US"), n2=ctx.full(p, case=False),
                ssn2=E("US_SSN", ssn.plain().replace("-", "").replace(" ", "")), path=Dc("FILE_PATH", "~/Downloads/UI-application-%d.pdf" % rng.randint(100, 999)))


@T("email", langs=["en", "de", "es", "fr"])
def email_password_handover(ctx):
    rng = ctx.rng
    me, you = ctx.person(), ctx.person()
    tpl = {"en": "Hi {y},\n\nbefore my leave, here are the shared logins (please change them after {d}):\n- Support mailbox {mb}: {pw1}\n- VPN: {pw2}\n"
                 "- {ops} admin: the new passphrase is {pw3}\n\nIf you get stuck call me on {ph}.\n\n{so}\n{m}",
           "de": "Hallo {y},\n\nvor meinem Urlaub hier die gemeinsamen Zugänge (bitte nach dem {d} ändern):\n- Support-Postfach {mb}: {pw1}\n- VPN: {pw2}\n"
                 "- {ops}-Admin: neue Passphrase {pw3}\n\nBei Fragen erreichst du mich unter {ph}.\n\n{so}\n{m}",
           "es": "Hola {y}:\n\nantes de mis vacaciones te dejo los accesos compartidos (cámbialos después del {d}):\n- Buzón de soporte {mb}: {pw1}\n- VPN: {pw2}\n"
                 "- Admin de {ops}: la nueva contraseña es {pw3}\n\nSi te atascas, llámame al {ph}.\n\n{so}\n{m}",
           "fr": "Salut {y},\n\navant mes congés, voici les accès partagés (à changer après le {d}) :\n- Boîte support {mb} : {pw1}\n- VPN : {pw2}\n"
                 "- Admin {ops} : nouvelle phrase de passe {pw3}\n\nEn cas de blocage, appelle-moi au {ph}.\n\n{so}\n{m}"}[ctx.lang]
    return fill(tpl, y=ctx.short(you), d=ctx.date_human(), mb=ctx.email(me), pw1=ctx.pw(), pw2=ctx.pw(), ops=Dc("OPS_TERM", rng.choice(["Jira", "Confluence", "Grafana", "Heroku"])),
                pw3=ctx.pw("phrase"), ph=ctx.phone(), so=ctx.sent("signoff"), m=ctx.full(me, case=False))


@T("markdown")
def md_guest_list(ctx):
    rng = ctx.rng
    head = {"en": "Wedding invitations — addresses", "es": "Invitaciones de boda — direcciones", "de": "Hochzeitseinladungen – Adressen",
            "fr": "Faire-part — adresses", "pt": "Convites de casamento — moradas", "it": "Partecipazioni — indirizzi", "nl": "Trouwkaarten — adressen",
            "pl": "Zaproszenia ślubne — adresy", "ja": "結婚式招待状の送付先", "zh": "婚礼请柬邮寄地址", "ko": "청첩장 발송 주소", "tr": "Düğün davetiyeleri — adresler"}.get(ctx.lang)
    if head is None:
        ctx.lang = "en"
        head = "Wedding invitations — addresses"
    rows = []
    for i in range(rng.randint(3, 5)):
        p = ctx.person(foreign=0.2)
        rows.append(fill("| {i} | {n} | {a} | {rsvp} |", i=str(i + 1), n=ctx.full(p), a=ctx.addr(multiline=False), rsvp=rng.choice(["✅", "❓", "—", "✅ +1"])))
    return fill("## {h}\n\n| # | {ln} | {la} | RSVP |\n|---|---|---|---|\n{rows}\n\nPrinter quote: {p} ({oid}), deadline {d}", h=head, ln=ctx.lbl("name"),
                la=ctx.lbl("address"), rows=J("\n", rows), p=Dc("PRICE", d_price(rng)), oid=Dc("ORDER_ID", d_order(rng)), d=ctx.date_human())


@T("chat", langs=["en", "es", "de", "fr", "pt", "it", "nl"])
def chat_gift_addresses(ctx):
    rng = ctx.rng
    u, a = role_names(ctx)
    people = [ctx.person(foreign=0.25) for _ in range(rng.randint(2, 3))]
    ask = {"en": "Which is cheaper for these three parcels, {ops1} or {ops2}?", "es": "¿Qué sale más barato para estos paquetes, {ops1} o {ops2}?",
           "de": "Was ist für diese Pakete günstiger, {ops1} oder {ops2}?", "fr": "Qu'est-ce qui est moins cher pour ces colis, {ops1} ou {ops2} ?",
           "pt": "O que é mais barato para estas encomendas, {ops1} ou {ops2}?", "it": "Cosa costa meno per questi pacchi, {ops1} o {ops2}?",
           "nl": "Wat is goedkoper voor deze pakketten, {ops1} of {ops2}?"}[ctx.lang]
    lst = J("\n", [fill("{i}. {n}, {a}", i=str(i + 1), n=ctx.full(p), a=ctx.addr(multiline=False)) for i, p in enumerate(people)])
    ans = fill("{a}: For {n1} the local option is cheapest ({p1}); the parcel to {n2} crosses a border, so expect about {p2} plus customs.",
               a=a, n1=ctx.short(people[0]), p1=Dc("PRICE", d_price(rng)), n2=ctx.short(people[1]), p2=Dc("PRICE", d_price(rng)))
    return fill("{u}: " + ask + "\n{lst}\n\n{ans}", u=u, ops1=Dc("OPS_TERM", rng.choice(["Amazon", "Yamato Transport", "Grab", "Shopee"])),
                ops2=Dc("OPS_TERM", rng.choice(["Lidl", "Zara", "Rakuten", "Flipkart"])), lst=lst, ans=ans)


@T("vcard")
def vcard(ctx):
    rng = ctx.rng
    cards = []
    for i in range(1 if rng.random() < 0.75 else 2):
        p = ctx.person()
        lines, _ = ctx.addr_raw()
        street = ", ".join(lines[:-1]) if len(lines) > 1 else lines[0]
        rest = lines[-1] if len(lines) > 1 else ""
        adr_val = street + (";" + rest if rest else "")
        c = [B("BEGIN:VCARD"), B("VERSION:3.0"), fill("FN:{n}", n=ctx.full(p, case=False)),
             fill("N:{f};{g};;;", f=E("PERSON", p.family_name(ctx.lang)), g=E("PERSON", p.given_name(ctx.lang))),
             fill("TEL;TYPE=cell:{ph}", ph=ctx.phone()), fill("EMAIL;TYPE=home:{e}", e=ctx.email(p)),
             fill("ADR;TYPE=home:;;{a};;;;", a=E("ADDRESS", adr_val))]
        if rng.random() < 0.6:
            c.append(fill("BDAY:{d}", d=ctx.dob("iso")))
        if rng.random() < 0.3:
            c.append(fill("NOTE:{h}", h=ctx.health()))
        c += [fill("REV:{ts}", ts=ctx.ts("isoz")), B("END:VCARD")]
        cards.append(J("\n", c))
    return J("\n", cards)


@T("ics")
def ics_invite(ctx):
    rng = ctx.rng
    org, att = ctx.person(), [ctx.person(foreign=0.3) for _ in range(rng.randint(1, 3))]
    d = L.rand_recent(rng)
    st = Dc("DATE", "%sT%02d%02d00Z" % (d.strftime("%Y%m%d"), rng.randint(6, 17), rng.choice([0, 15, 30, 45])))
    lines = [B("BEGIN:VCALENDAR"), B("PRODID:-//Acme//Calendar %s//EN" % "1.0"), B("BEGIN:VEVENT"),
             fill("UID:{u}@calendar.example", u=Dc("HEX_HASH", d_hex(rng))), fill("DTSTART:{s}", s=st),
             fill("SUMMARY:{t}", t=rng.choice(["Home visit", "Contract signing", "Physio appointment", "Viewing"])),
             fill("LOCATION:{a}", a=ctx.addr(multiline=False).map(lambda s: s.replace(",", "\\,"))),
             fill("ORGANIZER;CN={n}:mailto:{e}", n=ctx.full(org, case=False), e=ctx.email(org))]
    for p in att:
        lines.append(fill("ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{e}", n=ctx.full(p, case=False), e=ctx.email(p)))
    if rng.random() < 0.5:
        lines.append(fill("DESCRIPTION:Please call {n} on {ph} if you are running late.", n=ctx.short(org), ph=ctx.phone()))
    lines += [B("END:VEVENT"), B("END:VCALENDAR")]
    return J("\r\n" if rng.random() < 0.3 else "\n", lines)
