# -*- coding: utf-8 -*-
"""Hand-written text templates per language.

Placeholders: {g} {n} {f} {tf} {gl} (person 1), {g2} {n2} {tf2} {gl2} (person 2), {g3} {n3}
{a} {am} {a2} address, {dob} birth cue+date, {d} birth date only, {pwp} password cue+value, {pw} {pw2}
{ph} {ph2} {em} {em2} {cc} {ib}; decoys {ord} {tix} {ver} {price} {date} {date2} {path} {hash} {ops} {num} {last4}
"""

LABELS = {
    "en": dict(name="Name", first="First name", last="Last name", dob="Date of birth", addr="Address", phone="Phone",
               email="Email", pw="Password"),
    "de": dict(name="Name", first="Vorname", last="Nachname", dob="Geburtsdatum", addr="Anschrift", phone="Telefon",
               email="E-Mail", pw="Passwort"),
    "fr": dict(name="Nom complet", first="Prénom", last="Nom", dob="Date de naissance", addr="Adresse",
               phone="Téléphone", email="E-mail", pw="Mot de passe"),
    "es": dict(name="Nombre y apellidos", first="Nombre", last="Apellidos", dob="Fecha de nacimiento",
               addr="Dirección", phone="Teléfono", email="Correo electrónico", pw="Contraseña"),
    "pt": dict(name="Nome completo", first="Nome", last="Sobrenome", dob="Data de nascimento", addr="Endereço",
               phone="Telefone", email="E-mail", pw="Senha"),
    "it": dict(name="Nome e cognome", first="Nome", last="Cognome", dob="Data di nascita", addr="Indirizzo",
               phone="Telefono", email="Email", pw="Password"),
    "nl": dict(name="Naam", first="Voornaam", last="Achternaam", dob="Geboortedatum", addr="Adres",
               phone="Telefoonnummer", email="E-mailadres", pw="Wachtwoord"),
    "pl": dict(name="Imię i nazwisko", first="Imię", last="Nazwisko", dob="Data urodzenia", addr="Adres",
               phone="Telefon", email="E-mail", pw="Hasło"),
    "sv": dict(name="Namn", first="Förnamn", last="Efternamn", dob="Födelsedatum", addr="Adress", phone="Telefon",
               email="E-post", pw="Lösenord"),
    "da": dict(name="Navn", first="Fornavn", last="Efternavn", dob="Fødselsdato", addr="Adresse", phone="Telefon",
               email="E-mail", pw="Adgangskode"),
    "no": dict(name="Navn", first="Fornavn", last="Etternavn", dob="Fødselsdato", addr="Adresse", phone="Telefon",
               email="E-post", pw="Passord"),
    "fi": dict(name="Nimi", first="Etunimi", last="Sukunimi", dob="Syntymäaika", addr="Osoite", phone="Puhelin",
               email="Sähköposti", pw="Salasana"),
    "tr": dict(name="Ad Soyad", first="Ad", last="Soyad", dob="Doğum tarihi", addr="Adres", phone="Telefon",
               email="E-posta", pw="Şifre"),
    "cs": dict(name="Jméno a příjmení", first="Jméno", last="Příjmení", dob="Datum narození", addr="Adresa",
               phone="Telefon", email="E-mail", pw="Heslo"),
    "hu": dict(name="Név", first="Keresztnév", last="Vezetéknév", dob="Születési dátum", addr="Cím",
               phone="Telefonszám", email="E-mail", pw="Jelszó"),
    "ru": dict(name="ФИО", first="Имя", last="Фамилия", dob="Дата рождения", addr="Адрес", phone="Телефон",
               email="Эл. почта", pw="Пароль"),
    "uk": dict(name="ПІБ", first="Ім'я", last="Прізвище", dob="Дата народження", addr="Адреса", phone="Телефон",
               email="Ел. пошта", pw="Пароль"),
    "el": dict(name="Ονοματεπώνυμο", first="Όνομα", last="Επώνυμο", dob="Ημερομηνία γέννησης", addr="Διεύθυνση",
               phone="Τηλέφωνο", email="Email", pw="Κωδικός"),
    "ar": dict(name="الاسم الكامل", first="الاسم الأول", last="اسم العائلة", dob="تاريخ الميلاد", addr="العنوان",
               phone="الهاتف", email="البريد الإلكتروني", pw="كلمة المرور"),
    "he": dict(name="שם מלא", first="שם פרטי", last="שם משפחה", dob="תאריך לידה", addr="כתובת", phone="טלפון",
               email='דוא"ל', pw="סיסמה"),
    "hi": dict(name="नाम", first="पहला नाम", last="उपनाम", dob="जन्म तिथि", addr="पता", phone="फ़ोन", email="ईमेल",
               pw="पासवर्ड"),
    "bn": dict(name="নাম", first="নাম", last="পদবি", dob="জন্ম তারিখ", addr="ঠিকানা", phone="ফোন", email="ইমেইল",
               pw="পাসওয়ার্ড"),
    "th": dict(name="ชื่อ-นามสกุล", first="ชื่อ", last="นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="โทรศัพท์",
               email="อีเมล", pw="รหัสผ่าน"),
    "vi": dict(name="Họ và tên", first="Tên", last="Họ", dob="Ngày sinh", addr="Địa chỉ", phone="Điện thoại",
               email="Email", pw="Mật khẩu"),
    "zh": dict(name="姓名", first="名", last="姓", dob="出生日期", addr="地址", phone="电话", email="电子邮箱", pw="密码"),
    "ja": dict(name="氏名", first="名", last="姓", dob="生年月日", addr="住所", phone="電話番号", email="メールアドレス",
               pw="パスワード"),
    "ko": dict(name="이름", first="이름", last="성", dob="생년월일", addr="주소", phone="전화번호", email="이메일",
               pw="비밀번호"),
}

FORM_DOB_STYLE = {"en": ["dmy_slash", "mdy_slash", "iso", "en_dmy", "en_mdy"], "de": ["dmy_dot"],
                  "fr": ["dmy_slash"], "es": ["dmy_slash", "iso"], "pt": ["dmy_slash"], "it": ["dmy_slash"],
                  "nl": ["dmy_dash"], "pl": ["dmy_dot", "iso"], "sv": ["iso"], "da": ["dmy_dot", "dmy_dash"],
                  "no": ["dmy_dot"], "fi": ["dmy_dot_np"], "tr": ["dmy_dot"], "cs": ["cs_num", "dmy_dot"],
                  "hu": ["hu_num"], "ru": ["dmy_dot"], "uk": ["dmy_dot"], "el": ["dmy_slash"], "ar": ["dmy_slash"],
                  "he": ["dmy_dot"], "hi": ["dmy_slash", "dmy_dash"], "bn": ["dmy_slash"], "th": ["dmy_slash"],
                  "vi": ["dmy_slash"], "zh": ["cjk", "iso"], "ja": ["cjk", "iso_slash", "ja_era"],
                  "ko": ["ko_dot", "ko"]}

GREET = {
    "en": (["Hi {g},", "Hello {g},", "Hey {g},", "Dear {g},", "Good morning {g},", "Hi {g} —", "{g},", "Hiya {g},"],
           ["Dear {tf},", "Dear {tf}", "Hello {tf},", "Good afternoon {tf},"]),
    "de": (["Hallo {g},", "Hi {g},", "Liebe {g},", "Moin {g},", "Servus {g},"],
           ["Sehr geehrte {tf},", "Guten Tag {tf},", "Hallo {tf},"]),
    "fr": (["Bonjour {g},", "Salut {g},", "Coucou {g} !", "Bonsoir {g},"],
           ["Bonjour {tf},", "Chère {tf},", "Madame, Monsieur,"]),
    "es": (["Hola {g}:", "Hola {g},", "Buenas {g},", "Querida {g}:"], ["Estimado/a {tf}:", "Buenos días, {tf}:"]),
    "pt": (["Olá {g},", "Oi {g}!", "Bom dia {g},"], ["Prezado(a) {tf},", "Exmo(a). {tf},"]),
    "it": (["Ciao {g},", "Buongiorno {g},", "Cara {g},"], ["Gentile {tf},", "Egregio {tf},"]),
    "nl": (["Hoi {g},", "Hallo {g},", "Beste {g},"], ["Geachte {tf},", "Beste {tf},"]),
    "pl": (["Cześć {g},", "Hej {g}!", "Witaj {g},"], ["Szanowna {tf},", "Dzień dobry {tf},"]),
}
# female/male forms fixed later by gen (Liebe/Lieber, Querida/Querido, Cara/Caro, Chère/Cher, Szanowna/Szanowny)
GENDER_FIX = {"Liebe ": "Lieber ", "Querida ": "Querido ", "Cara ": "Caro ", "Chère ": "Cher ",
              "Szanowna ": "Szanowny ", "Sehr geehrte ": "Sehr geehrter "}

BYE = {
    "en": ["Thanks,\n{g}", "Best,\n{n}", "Cheers,\n{g}", "Thanks, {g}", "Cheers, {g}", "— {g}", "Best, {n}", "Kind regards,\n{n}", "Best regards,\n\n{n}",
           "Thanks!\n— {g}", "Regards,\n{n}", "Many thanks,\n{g}", "Sent from my iPhone\n\n{g}", "Warmly,\n{n}"],
    "de": ["Viele Grüße\n{g}", "Mit freundlichen Grüßen\n{n}", "Beste Grüße,\n{n}", "LG {g}", "Danke und Gruß\n{g}"],
    "fr": ["Cordialement,\n{n}", "Bien à vous,\n{n}", "Merci d'avance,\n{g}", "Bonne journée,\n{g}", "Bises,\n{g}"],
    "es": ["Saludos,\n{g}", "Un saludo,\n{n}", "Atentamente,\n{n}", "Gracias de antemano,\n{g}", "Un abrazo,\n{g}"],
    "pt": ["Atenciosamente,\n{n}", "Abraços,\n{g}", "Cumprimentos,\n{n}", "Obrigado,\n{g}", "Beijos,\n{g}"],
    "it": ["Cordiali saluti,\n{n}", "Grazie,\n{g}", "Un saluto,\n{g}", "Distinti saluti\n{n}"],
    "nl": ["Groeten,\n{g}", "Met vriendelijke groet,\n{n}", "Groetjes,\n{g}", "Mvg,\n{n}"],
    "pl": ["Pozdrawiam,\n{n}", "Pozdrawiam serdecznie\n{g}", "Dzięki,\n{g}", "Z poważaniem,\n{n}"],
    "sv": ["Hälsningar,\n{n}", "Mvh\n{g}", "Tack på förhand,\n{g}"], "da": ["Venlig hilsen\n{n}", "Mvh\n{g}"],
    "no": ["Med vennlig hilsen\n{n}", "Mvh\n{g}"], "fi": ["Terveisin,\n{n}", "Ystävällisin terveisin\n{n}"],
    "tr": ["Saygılarımla,\n{n}", "Teşekkürler,\n{g}"], "cs": ["S pozdravem\n{n}", "Díky,\n{g}"],
    "hu": ["Üdvözlettel:\n{n}", "Köszönöm,\n{g}"], "ru": ["С уважением,\n{n}", "Спасибо,\n{g}"],
    "uk": ["З повагою,\n{n}", "Дякую,\n{g}"], "ja": ["よろしくお願いいたします。\n{n}", "{n}"],
    "zh": ["谢谢！\n{n}", "此致\n{n}"], "ko": ["감사합니다.\n{n} 드림", "{n} 올림"], "ar": ["مع التحية،\n{n}"],
    "he": ["תודה,\n{n}", "בברכה,\n{n}"], "el": ["Με εκτίμηση,\n{n}", "Ευχαριστώ,\n{g}"],
}

TEAM_BYE = {"en": ["— The Billing Team", "Customer Care", "Kind regards,\nThe Support Team", "Thanks,\nOps",
                   "Best,\nAccounts Receivable", "The Northwind Team"],
            "de": ["Ihr Kundenservice", "Mit freundlichen Grüßen\nIhr Support-Team"],
            "fr": ["Le service client", "Cordialement,\nL'équipe support"], "es": ["Atención al cliente"],
            "pt": ["Equipe de Atendimento"], "it": ["Il Servizio Clienti"], "nl": ["Klantenservice"],
            "pl": ["Zespół Obsługi Klienta"]}

SUBJ = {"en": ["Re: address change", "Account locked", "Question about my order", "Refund request",
               "Onboarding paperwork", "Missing parcel", "Fwd: appointment", "Update my details please",
               "URGENT: can't log in", "Re: Re: verification failed", "Handover while I'm away", "Booking"],
        "de": ["Adressänderung", "Konto gesperrt", "Frage zu meiner Bestellung", "Rückerstattung", "AW: Ihre Anfrage"],
        "fr": ["Changement d'adresse", "Compte bloqué", "Question sur ma commande", "Remboursement", "RE: votre demande"],
        "es": ["Cambio de dirección", "Cuenta bloqueada", "Consulta sobre mi pedido", "Reembolso", "RE: su consulta"],
        "pt": ["Alteração de endereço", "Conta bloqueada", "Dúvida sobre meu pedido", "Reembolso"],
        "it": ["Cambio indirizzo", "Account bloccato", "Domanda sul mio ordine", "Rimborso"],
        "nl": ["Adreswijziging", "Account geblokkeerd", "Vraag over mijn bestelling", "Terugbetaling"],
        "pl": ["Zmiana adresu", "Zablokowane konto", "Pytanie o zamówienie", "Zwrot pieniędzy"]}

EMAIL_CUST = {
    "en": [
        "I moved last month and still haven't updated my details. Could you please change the delivery address on order {ord} to:\n\n{am}\n\nThe old address was {a2}, so anything already in transit may need to be redirected.",
        "I'm trying to verify my account but the form keeps rejecting my details. For reference: {n}, {dob}. The card on file ends in {last4}.",
        "I've been locked out since this morning. For what it's worth, {pwp} — at least that's what I set on {date}. Ticket {tix} is still open and nobody has replied.",
        "I was charged twice for invoice {ord} ({price}). Please refund the duplicate to my account {ib}, account holder {n}.",
        "Here are my details for the onboarding form:\n\nFull name: {n}\nDate of birth: {d}\nHome address: {a}\nMobile: {ph}\nEmergency contact: {n2}, {ph2}\n\nLet me know if you need anything else before {date}.",
        "The courier marked parcel {num} as delivered, but I never got it. My neighbour {tf2} says they didn't take it in either. My address is {a}, ground floor, the door with the blue frame.",
        "I'm handing the shop admin over to {n2} while I'm away. The login is {em} and {pwp}. Please make sure {g2} can also open the billing page.",
        "I'd like to book an appointment for my mother, {n2}, {dob2}. She lives at {a} and the best number to reach her is {ph}.",
        "My card {cc} was declined on order {ord} even though there are funds on it. I'm on {ver} of the app if that helps.",
        "I'm writing on behalf of my colleague {n2}, who is on leave until {date}. She asked me to confirm her new address:\n{am}",
        "Please update the name on my account. It should read {n} (my passport spelling), not the misspelled version you have. For the record: {dob}, in case you need to match records.",
        "I'm the new tenant at {a}. The previous occupant, {n2}, still gets letters here — could you update your records? My reference is {num}.",
        "We spoke on the phone earlier ({tix}). As requested, my date of birth is {d} and the postcode on the account is the one from {a}.",
        "I need to change the password on the family account because {g2} shared it with half her class. The current {pwp}. Can you force a logout on all devices?",
        "My name is {n} and I'm writing about order {ord}. The parcel arrived today but two of the items are missing, even though the packing slip lists them.",
        "Hi, I'm {g} — we spoke on the phone yesterday about my account. As promised, here is the address you asked for: {a}.",
        "Our accountant needs access to the portal while I'm on holiday. I've created a login for her — username {em2}, {pwp}. Can you make sure it only has read access?",
        "Since the last update I can't log in on my tablet. I'm certain the {pwp}, because it still works on my laptop, so it must be something with the app.",
        "My son {g2} set up the account for me and wrote the details on a note: email {em}, {pwp}. It says the account doesn't exist. I'm not very good with computers, sorry.",
    ],
    "de": [
        "ich bin letzten Monat umgezogen. Bitte ändern Sie die Lieferadresse für Bestellung {ord} auf:\n\n{am}\n\nVielen Dank!",
        "mein Konto ist seit heute Morgen gesperrt. Zur Info: {pwp} – so hatte ich es am {date} eingestellt. Ticket {tix} ist noch offen.",
        "für die Identitätsprüfung: {n}, {dob}. Die Karte endet auf {last4}.",
        "bitte erstatten Sie den doppelt abgebuchten Betrag ({price}) auf mein Konto {ib}, Kontoinhaber: {n}.",
        "meine Nachbarin {tf2} hat das Paket {num} nicht angenommen. Meine Adresse ist {a}, Klingel ganz oben.",
        "anbei meine Daten für den Personalbogen:\n\nName: {n}\nGeburtsdatum: {d}\nAnschrift: {a}\nTelefon: {ph}\n\nBei Fragen gerne melden.",
    ],
    "fr": [
        "j'ai déménagé le mois dernier. Pourriez-vous modifier l'adresse de livraison de la commande {ord} :\n\n{am}\n\nMerci beaucoup.",
        "mon compte est bloqué depuis ce matin. Pour info, {pwp} (changé le {date}). Le ticket {tix} est toujours ouvert.",
        "pour la vérification d'identité : {n}, {dob}. La carte se termine par {last4}.",
        "merci de rembourser le prélèvement en double ({price}) sur mon compte {ib}, titulaire : {n}.",
        "voici mes informations pour le dossier :\n\nNom : {n}\nDate de naissance : {d}\nAdresse : {a}\nTéléphone : {ph}",
        "ma voisine, {tf2}, n'a pas reçu le colis {num} non plus. Mon adresse est bien {a}.",
    ],
    "es": [
        "me mudé el mes pasado. ¿Podrían cambiar la dirección de entrega del pedido {ord} a:\n\n{am}\n\nMuchas gracias.",
        "mi cuenta está bloqueada desde esta mañana. Por si sirve, {pwp} (la cambié el {date}). El ticket {tix} sigue abierto.",
        "para la verificación: {n}, {dob}. La tarjeta termina en {last4}.",
        "les pido que devuelvan el cargo duplicado ({price}) a mi cuenta {ib}, titular {n}.",
        "les envío mis datos para el alta:\n\nNombre: {n}\nFecha de nacimiento: {d}\nDirección: {a}\nTeléfono: {ph}",
    ],
    "pt": [
        "mudei de casa no mês passado. Podem alterar o endereço de entrega do pedido {ord} para:\n\n{am}\n\nObrigado.",
        "minha conta está bloqueada desde hoje de manhã. Só para constar, {pwp} (alterei em {date}). O chamado {tix} continua aberto.",
        "para a verificação: {n}, {dob}. O cartão termina em {last4}.",
        "por favor devolvam a cobrança duplicada ({price}) para a conta {ib}, titular {n}.",
        "seguem meus dados para o cadastro:\n\nNome: {n}\nData de nascimento: {d}\nEndereço: {a}\nCelular: {ph}",
    ],
    "it": [
        "mi sono trasferita il mese scorso. Potete cambiare l'indirizzo di consegna dell'ordine {ord} in:\n\n{am}\n\nGrazie mille.",
        "il mio account è bloccato da stamattina. Per info, {pwp} (cambiata il {date}). Il ticket {tix} è ancora aperto.",
        "per la verifica: {n}, {dob}. La carta termina con {last4}.",
        "vi chiedo di rimborsare l'addebito doppio ({price}) sul conto {ib}, intestatario {n}.",
        "ecco i miei dati per l'iscrizione:\n\nNome: {n}\nData di nascita: {d}\nIndirizzo: {a}\nCellulare: {ph}",
    ],
    "nl": [
        "ik ben vorige maand verhuisd. Kunnen jullie het afleveradres van bestelling {ord} wijzigen naar:\n\n{am}\n\nAlvast bedankt.",
        "mijn account is sinds vanochtend geblokkeerd. Ter info: {pwp} (gewijzigd op {date}). Ticket {tix} staat nog open.",
        "voor de verificatie: {n}, {dob}. De kaart eindigt op {last4}.",
        "graag het dubbel afgeschreven bedrag ({price}) terugstorten op {ib} t.n.v. {n}.",
        "hierbij mijn gegevens voor de inschrijving:\n\nNaam: {n}\nGeboortedatum: {d}\nAdres: {a}\nTelefoon: {ph}",
    ],
    "pl": [
        "w zeszłym miesiącu się przeprowadziłam. Proszę zmienić adres dostawy zamówienia {ord} na:\n\n{am}\n\nDziękuję.",
        "moje konto jest zablokowane od rana. Dla informacji: {pwp} (zmienione {date}). Zgłoszenie {tix} nadal jest otwarte.",
        "do weryfikacji: {n}, {dob}. Karta kończy się na {last4}.",
        "proszę o zwrot podwójnej płatności ({price}) na konto {ib}, właściciel: {n}.",
        "przesyłam dane do umowy:\n\nImię i nazwisko: {n}\nData urodzenia: {d}\nAdres: {a}\nTelefon: {ph}",
    ],
}

EMAIL_AGENT = {
    "en": [
        "Thanks for getting in touch. I've updated the shipping address on {ord} to:\n{am}\nYou'll get a confirmation once it ships (usually 2–3 working days).",
        "I've reset your account. Your temporary {pwp} — please change it after your first login. The reset link in ticket {tix} expires on {date}.",
        "We couldn't verify your identity because the date of birth on file ({d}) doesn't match the one you entered. Could you double-check and reply to this email?",
        "I've spoken with {g3} from our warehouse team and they confirmed the parcel went to {a}. If that's not right, just let me know.",
        "Your refund of {price} has been issued to the card ending {last4}. It can take 5–10 business days to appear on your statement.",
    ],
    "de": ["vielen Dank für Ihre Nachricht. Die Lieferadresse für {ord} lautet jetzt:\n{am}\nSie erhalten eine Bestätigung per E-Mail.",
           "Ihr vorläufiges {pwp} – bitte ändern Sie es nach der ersten Anmeldung."],
    "fr": ["merci pour votre message. L'adresse de livraison de {ord} est désormais :\n{am}",
           "votre {pwp} est temporaire, merci de le modifier à la première connexion."],
    "es": ["gracias por escribirnos. Hemos actualizado la dirección del pedido {ord}:\n{am}"],
    "pt": ["obrigado pelo contato. Atualizamos o endereço do pedido {ord} para:\n{am}"],
    "it": ["grazie per averci contattato. L'indirizzo dell'ordine {ord} ora è:\n{am}"],
    "nl": ["bedankt voor je bericht. Het afleveradres van {ord} is nu:\n{am}"],
    "pl": ["dziękujemy za wiadomość. Adres dostawy zamówienia {ord} został zmieniony na:\n{am}"],
}

EMAIL_NOPII = {
    "en": ["This is a reminder that invoice {ord} for {price} was due on {date}. If you've already paid, please ignore this message.",
           "Scheduled maintenance: the {ops} cluster will be upgraded to {ver} on {date}. Expect up to 15 minutes of downtime.",
           "Your order {ord} has shipped. Tracking number: {num}. Estimated delivery: {date}.",
           "The nightly build for {ver} failed at step 4; the full log is in {path} (commit {hash}).",
           "Your password was changed on {date}. If this wasn't you, reset it from the login page and contact us quoting {tix}.",
           "We're moving our office to the new building next to {place} on {date}. Parking passes ({price}/month) can be requested from facilities."],
    "de": ["Rechnung {ord} über {price} war am {date} fällig. Falls bereits bezahlt, ignorieren Sie diese Nachricht bitte.",
           "Ihre Bestellung {ord} wurde versandt. Sendungsnummer: {num}."],
    "fr": ["La facture {ord} d'un montant de {price} était due le {date}.", "Votre commande {ord} a été expédiée. Suivi : {num}."],
    "es": ["La factura {ord} por {price} venció el {date}.", "Su pedido {ord} ha sido enviado. Seguimiento: {num}."],
    "pt": ["A fatura {ord} no valor de {price} venceu em {date}."], "it": ["La fattura {ord} di {price} è scaduta il {date}."],
    "nl": ["Factuur {ord} van {price} is op {date} vervallen."], "pl": ["Faktura {ord} na kwotę {price} była płatna do {date}."],
}

FILLER_EMAIL = {
    "en": ["Thanks in advance for your help.", "I've attached a screenshot of the error.", "Sorry for the long email!",
           "I've been a customer for years and this is the first time something like this has happened.",
           "Please let me know if you need anything else from me.", "I tried calling but the line was busy all afternoon.",
           "Looking forward to hearing from you.", "Apologies if this is the wrong address for this.",
           "The app just shows a spinning wheel when I try.", "I'm available most mornings if a call is easier.",
           "This is fairly urgent as I'm travelling next week.", "I checked the FAQ but couldn't find anything about it.",
           "The website also logged me out twice while I was filling this in.", "Order {ord} is the one I mean, not the earlier one.",
           "The chat widget kept saying an agent would be with me shortly, for about forty minutes.",
           "I paid {price} for express shipping, so I'd expect it sooner.", "Your reference for this is {tix}, I think."],
    "de": ["Vielen Dank im Voraus.", "Ein Screenshot ist angehängt.", "Telefonisch habe ich leider niemanden erreicht.",
           "Es ist etwas dringend, da ich nächste Woche verreise.", "Die App zeigt nur einen Ladebalken an."],
    "fr": ["Merci d'avance pour votre aide.", "Je joins une capture d'écran.", "Je n'ai pas réussi à vous joindre par téléphone.",
           "C'est assez urgent car je pars en déplacement la semaine prochaine."],
    "es": ["Gracias de antemano.", "Adjunto una captura de pantalla.", "No he conseguido hablar con nadie por teléfono.",
           "Es algo urgente porque viajo la semana que viene."],
    "pt": ["Desde já agradeço.", "Segue em anexo um print do erro.", "Tentei ligar mas ninguém atendeu."],
    "it": ["Grazie in anticipo.", "Allego uno screenshot dell'errore.", "Ho provato a chiamare ma senza successo."],
    "nl": ["Alvast bedankt.", "Ik heb een screenshot bijgevoegd.", "Telefonisch kreeg ik niemand te pakken."],
    "pl": ["Z góry dziękuję.", "W załączniku zrzut ekranu.", "Nie udało mi się dodzwonić na infolinię."],
}

# chat dialogues: list of (speaker index, template); speaker 0 = person 1, 1 = person 2, 2 = person 3
CHAT = {
    "en": [
        [(1, "hey, what's your address again? need it for the gift"), (0, "it's {a}"), (1, "perfect thx"), (0, "👍")],
        [(0, "can someone share the wifi pw for the guest network?"), (1, "{pwp}"), (0, "ty!"), (2, "pls don't post that in #general next time lol")],
        [(1, "for the travel insurance i need your full name + dob"), (0, "{n}, {dob}"), (1, "got it, booking now")],
        [(0, "i'm {n}, just joined the data team 👋"), (1, "welcome {g}! ping me if you need anything"), (2, "welcome aboard!")],
        [(1, "new password for the staging db is {pw}"), (0, "please don't post creds in here 😅"), (1, "rotating it after the demo, promise")],
        [(0, "did {gl2} get the parcel?"), (1, "yep, it arrived at {a} yesterday"), (0, "great")],
        [(0, "can you call {n3}? her number is {ph}"), (1, "sure, after lunch")],
        [(1, "who's picking up {g3} from school?"), (0, "me, then we're at my mum's — {a}"), (1, "ok see you there")],
        [(0, "send the contract to\n{am}"), (1, "will do, courier or post?"), (0, "courier pls, it's {price} either way")],
        [(0, "login for the shared tableau account: {em} / {pw}"), (1, "thx, works")],
        [(1, "happy birthday {g}!! 🎂"), (0, "thank youuu"), (2, "hbd {gl}!")],
        [(0, "fyi the landlord is {n2}, {ph2} if the boiler acts up again"), (1, "noted")],
        [(0, "the form wants my mother's maiden name AND dob, is that normal"), (1, "yeah just put it in, it's the bank"), (0, "ok. {dob} and it still fails lol")],
        [(2, "is {g2} still out sick?"), (0, "back monday I think"), (2, "ok, I'll ask {gl3} then")],
        [(0, "changed the router admin, {pwp}"), (1, "can you write it on the fridge instead of whatsapp"), (0, "too late 🙃")],
        [(0, "what's the streaming password again"), (1, "{pw}"), (0, "the one with the symbol at the end?"), (1, "yes")],
        [(1, "i reset the printer admin, {pwp} now"), (0, "cool, adding it to the vault")],
        [(0, "locked out of the VPN again 😩"), (1, "did you change it last week?"), (0, "yeah to {pw}, it should work"), (1, "don't paste it here!!")],
        [(1, "what name should I put on the reservation?"), (0, "{n}, and {n2} is joining later"), (1, "👌")],
        [(0, "the bank needs my birthday for the call-back"), (1, "lol you forgot your own birthday?"), (0, "no I mean the format, they want it as {d}")],
    ],
    "de": [
        [(1, "Hey, wie war nochmal deine Adresse? Brauch sie fürs Geschenk"), (0, "{a}"), (1, "Danke dir!")],
        [(0, "Kann mir jemand das WLAN-Passwort schicken?"), (1, "{pwp}"), (0, "Danke!")],
        [(1, "Für die Reiseversicherung brauch ich deinen vollen Namen und dein Geburtsdatum"), (0, "{n}, {dob}"), (1, "Passt")],
        [(0, "Kannst du {n3} anrufen? Nummer ist {ph}"), (1, "Mach ich nach der Mittagspause")],
        [(0, "Hat {g2} das Paket bekommen?"), (1, "Ja, kam gestern in der {a} an")],
    ],
    "fr": [
        [(1, "Salut, c'est quoi ton adresse déjà ? C'est pour le cadeau"), (0, "{a}"), (1, "Merci !")],
        [(0, "Quelqu'un a le code du wifi invités ?"), (1, "{pwp}"), (0, "merci")],
        [(1, "Pour l'assurance voyage il me faut ton nom complet et ta date de naissance"), (0, "{n}, {dob}"), (1, "ok c'est noté")],
        [(0, "Tu peux appeler {n3} ? son numéro c'est le {ph}"), (1, "oui après le déj")],
    ],
    "es": [
        [(1, "oye, ¿cuál era tu dirección? es para el regalo"), (0, "{a}"), (1, "¡gracias!")],
        [(0, "¿alguien tiene la clave del wifi de invitados?"), (1, "{pwp}"), (0, "gracias")],
        [(1, "para el seguro de viaje necesito tu nombre completo y fecha de nacimiento"), (0, "{n}, {dob}"), (1, "listo")],
        [(0, "¿puedes llamar a {n3}? su número es {ph}"), (1, "sí, después de comer")],
    ],
    "pt": [
        [(1, "qual é mesmo o teu endereço? é pro presente"), (0, "{a}"), (1, "valeu!")],
        [(0, "alguém tem a senha do wifi?"), (1, "{pwp}"), (0, "obrigada")],
        [(1, "pro seguro viagem preciso do teu nome completo e data de nascimento"), (0, "{n}, {dob}"), (1, "beleza")],
    ],
    "it": [
        [(1, "ciao, qual era il tuo indirizzo? serve per il regalo"), (0, "{a}"), (1, "grazie!")],
        [(0, "qualcuno ha la password del wifi ospiti?"), (1, "{pwp}"), (0, "grazie")],
        [(1, "per l'assicurazione mi servono nome completo e data di nascita"), (0, "{n}, {dob}"), (1, "fatto")],
    ],
    "nl": [
        [(1, "hé, wat was je adres ook alweer? voor het cadeau"), (0, "{a}"), (1, "top, dank je")],
        [(0, "heeft iemand het wifi-wachtwoord?"), (1, "{pwp}"), (0, "thanks")],
        [(1, "voor de reisverzekering heb ik je volledige naam en geboortedatum nodig"), (0, "{n}, {dob}"), (1, "staat erin")],
    ],
    "pl": [
        [(1, "hej, jaki masz adres? potrzebuję do prezentu"), (0, "{a}"), (1, "dzięki!")],
        [(0, "ktoś ma hasło do wifi dla gości?"), (1, "{pwp}"), (0, "dzięki")],
        [(1, "do ubezpieczenia potrzebuję twoje pełne imię i nazwisko i datę urodzenia"), (0, "{n}, {dob}"), (1, "ok, wpisane")],
    ],
}

CHAT_FILL = {
    "en": ["ok sounds good", "lol yes", "can you double check before 5?", "the build is green again", "brb coffee",
           "did the courier come yet?", "no worries", "standup moved to 10:30", "ugh the vpn dropped again", "thx!!",
           "sure thing", "let me check", "ok done", "perfect, thanks", "i think it's fixed now",
           "they said 3-5 business days", "give me 5 min", "haha", "yeah same", "that works for me",
           "deploying {ver} now", "order {ord} still not here 🙄", "it was {price} in the end", "see ticket {tix}",
           "meeting got moved to {date}", "logs are in {path}", "reverted {hash}", "the {ops} dashboard is red again",
           "who broke {ops}?", "rolling back to {ver}", "port {port} is blocked on the new vpc"],
    "de": ["ok passt", "haha ja", "bin gleich da", "Danke!", "Build ist wieder grün", "Meeting auf {date} verschoben",
           "Bestellung {ord} ist immer noch nicht da", "hat am Ende {price} gekostet"],
    "fr": ["ok ça marche", "mdr oui", "j'arrive", "merci !", "réunion décalée au {date}", "la commande {ord} n'est toujours pas arrivée"],
    "es": ["vale", "jaja sí", "ahora voy", "¡gracias!", "la reunión se movió al {date}", "el pedido {ord} sigue sin llegar"],
    "pt": ["beleza", "kkkk sim", "já vou", "valeu!", "reunião mudou pra {date}", "o pedido {ord} ainda não chegou"],
    "it": ["ok perfetto", "ahah sì", "arrivo", "grazie!", "riunione spostata al {date}", "l'ordine {ord} non è ancora arrivato"],
    "nl": ["prima", "haha ja", "kom eraan", "dank!", "meeting verzet naar {date}", "bestelling {ord} is nog steeds niet binnen"],
    "pl": ["ok", "haha tak", "zaraz będę", "dzięki!", "spotkanie przeniesione na {date}", "zamówienie {ord} nadal nie dotarło"],
}

SMS = {
    "en": ["Hi it's {g}, new address is {a} — see you Saturday!", "{g} here. Can you call me back on {ph}?",
           "hey, it's {g2}'s number: {ph2}", "wifi {pwp} xx", "Mum's details for the form: {n2}, {dob2}",
           "Running late, tell {g2} to start without me", "Delivery for {n}: leave at {a} if nobody answers",
           "The code for the shed is not the wifi one btw, {pwp}", "Hi {g}, Dr appointment confirmed for {date} at 2:30pm. Reply STOP to opt out",
           "Its {g}!! lost my phone, this is my new number", "New door code + wifi: {pwp}",
           "Your temporary {pwp}. Change it at first login.", "parcel for {n} left with neighbour at {a}"],
    "de": ["Hi, hier ist {g}, neue Adresse: {a}", "{g} hier. Ruf mich bitte unter {ph} zurück", "WLAN {pwp}"],
    "fr": ["Coucou c'est {g}, ma nouvelle adresse : {a}", "C'est {g}, rappelle-moi au {ph} stp", "wifi {pwp}"],
    "es": ["Hola soy {g}, mi nueva dirección es {a}", "Soy {g}, llámame al {ph}", "wifi {pwp}"],
    "pt": ["Oi, é a {g}, meu novo endereço: {a}", "Aqui é o {g}, me liga no {ph}"],
    "it": ["Ciao sono {g}, nuovo indirizzo: {a}", "Sono {g}, richiamami al {ph}"],
    "nl": ["Hoi, met {g}, mijn nieuwe adres is {a}", "Met {g}, bel me terug op {ph}"],
    "pl": ["Cześć, tu {g}, mój nowy adres: {a}", "Tu {g}, oddzwoń na {ph}"],
}
SMS_NOPII = {"en": ["Your parcel {ord} will be delivered on {date} between 10:00 and 12:00.",
                    "Reminder: your appointment is on {date} at 09:15. Reply C to cancel.",
                    "Your verification request {tix} was received. Do not share this message.",
                    "Payment of {price} received for invoice {ord}. Thank you!", "running 10 min late, sorry!!",
                    "Did you take the car keys? can't find them anywhere", "Order {ord} is ready for pickup. Please bring photo ID."],
             "de": ["Ihr Paket {ord} wird am {date} zugestellt.", "Zahlung über {price} erhalten. Danke!"],
             "fr": ["Votre colis {ord} sera livré le {date}.", "Paiement de {price} reçu. Merci !"],
             "es": ["Su paquete {ord} se entregará el {date}.", "Pago de {price} recibido. ¡Gracias!"]}

# ---------------------------------------------------------------- padding (PII-free, may hold decoys)
PARAS = {
    "en": [
        "I placed the order on the website and got the confirmation straight away, but since then the tracking page has shown the same status for almost a week. I checked with the local depot and they have no record of it either.",
        "I've already tried the usual things: logging out and back in, clearing the cache, reinstalling the app and even using a different browser. None of it made a difference, and the error message doesn't say anything useful.",
        "To be honest I'm a bit frustrated, because this is the second time this month. Last time it was sorted within a day, so I'm hoping it's something simple on your side.",
        "The item itself is fine, it's just that the box arrived open and the manual was missing. Not a huge deal, but I'd like to know whether the warranty still applies without it.",
        "We're a small team of six, so we don't need the enterprise plan, but the starter plan is missing the export feature. Is there anything in between, or can the export be added on its own?",
        "For context, the invoice {ord} was paid by bank transfer on {date}, and our accounts team can send you the remittance advice if needed.",
        "I noticed the app was updated to {ver} overnight, and since then the sync has been failing every few minutes with a timeout.",
        "Could you also confirm whether the discount code still applies? The checkout page showed {price} but the receipt says something slightly different.",
        "Our office is closed between Christmas and New Year, so if anything needs to be signed it would be great to get it before then.",
        "Just to add, I'm happy to jump on a quick call if that's easier than going back and forth by email. Mornings generally work best for me.",
        "I read through the help centre articles on returns and refunds, but they only cover orders placed in the last 30 days, and mine was a little older than that.",
        "Please note that we changed our accounting software last quarter, so older statements may show a different reference format than the one on your system.",
        "I'm not sure whether this is related, but the confirmation email went to my spam folder and several of the links in it were broken. I only found it by searching for the order number.",
        "We've used your service for several years across three offices and have generally been very happy with it, which is why this latest experience has been so surprising.",
        "The delivery window I was given was between 8am and 6pm, so I stayed home all day. Nobody rang the bell and no card was left, yet the status now says the recipient was not available.",
        "I would appreciate it if you could look into this as a priority. I've attached the relevant screenshots and the confirmation email, and I've kept the original packaging in case you need it back.",
        "As far as I can tell the problem started after I changed the billing cycle from monthly to annual, but I might be wrong about that.",
        "I've been a customer since {hist}, so I was surprised to be asked to re-verify everything from scratch.",
        "For reference, the original contract was signed on {hist} and has been renewed automatically every year since.",
    ],
    "de": ["Ich habe die Bestellung auf der Website aufgegeben und sofort eine Bestätigung erhalten, aber seitdem zeigt die Sendungsverfolgung seit fast einer Woche denselben Status.",
           "Ich habe bereits versucht, mich ab- und wieder anzumelden, den Cache zu leeren und die App neu zu installieren. Nichts davon hat geholfen.",
           "Ehrlich gesagt bin ich etwas genervt, da es diesen Monat schon das zweite Mal ist.",
           "Die Rechnung {ord} wurde am {date} per Überweisung bezahlt; unsere Buchhaltung kann Ihnen gern den Zahlungsnachweis schicken."],
    "fr": ["J'ai passé la commande sur le site et reçu la confirmation tout de suite, mais depuis le suivi affiche le même statut depuis presque une semaine.",
           "J'ai déjà essayé de me déconnecter, de vider le cache et de réinstaller l'application, sans succès.",
           "Pour être honnête, je suis un peu agacé car c'est la deuxième fois ce mois-ci.",
           "La facture {ord} a été réglée par virement le {date} ; notre service comptable peut vous transmettre l'avis de paiement."],
    "es": ["Hice el pedido en la web y recibí la confirmación enseguida, pero desde entonces el seguimiento muestra el mismo estado desde hace casi una semana.",
           "Ya he probado a cerrar sesión, borrar la caché y reinstalar la aplicación, pero nada ha funcionado.",
           "La factura {ord} se pagó por transferencia el {date}; nuestro departamento de contabilidad puede enviarles el justificante."],
    "pt": ["Fiz o pedido pelo site e recebi a confirmação na hora, mas desde então o rastreamento mostra o mesmo status há quase uma semana.",
           "Já tentei sair e entrar de novo, limpar o cache e reinstalar o aplicativo, mas nada resolveu.",
           "A fatura {ord} foi paga por transferência em {date}; nosso financeiro pode enviar o comprovante."],
    "it": ["Ho effettuato l'ordine sul sito e ho ricevuto subito la conferma, ma da allora il tracciamento mostra lo stesso stato da quasi una settimana.",
           "Ho già provato a uscire e rientrare, svuotare la cache e reinstallare l'app, senza risultato.",
           "La fattura {ord} è stata pagata con bonifico il {date}; la nostra amministrazione può inviarvi la contabile."],
    "nl": ["Ik heb de bestelling op de website geplaatst en meteen een bevestiging gekregen, maar sindsdien staat de track & trace al bijna een week op dezelfde status.",
           "Ik heb al geprobeerd uit te loggen, de cache te wissen en de app opnieuw te installeren, maar niets hielp.",
           "Factuur {ord} is op {date} per overschrijving betaald; onze administratie kan het betaalbewijs sturen."],
    "pl": ["Złożyłam zamówienie na stronie i od razu dostałam potwierdzenie, ale od prawie tygodnia śledzenie przesyłki pokazuje ten sam status.",
           "Próbowałam już wylogować się, wyczyścić pamięć podręczną i zainstalować aplikację ponownie, ale nic nie pomogło.",
           "Faktura {ord} została opłacona przelewem {date}; nasza księgowość może przesłać potwierdzenie."],
}

DISCLAIMERS = {
    "en": ["CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain confidential or privileged information. If you have received it in error, please notify the sender and delete it. Any unauthorised use, disclosure or copying is prohibited.",
           "Please consider the environment before printing this email.",
           "This message was sent from a monitored mailbox. Our customer service hours are Monday to Friday, 8am to 6pm, excluding public holidays.",
           "We will never ask you for your full password or PIN by email or phone."],
    "de": ["Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."],
    "fr": ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer."],
    "es": ["Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, notifíquelo al remitente y elimínelo."],
    "pt": ["Esta mensagem e seus anexos são confidenciais e destinados exclusivamente ao destinatário. Caso a tenha recebido por engano, avise o remetente e apague-a."],
    "it": ["Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se lo avete ricevuto per errore, avvisate il mittente e cancellatelo."],
    "nl": ["Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, meld dit dan aan de afzender en verwijder het."],
    "pl": ["Ta wiadomość i jej załączniki są poufne i przeznaczone wyłącznie dla adresata. Jeśli otrzymali Państwo ją omyłkowo, prosimy o poinformowanie nadawcy i jej usunięcie."],
}

ITEMS = ["Desk lamp", "USB-C cable (2 m)", "Ergonomic keyboard", "Noise-cancelling headphones", "Standing desk frame",
         "Water bottle 750 ml", "Running shoes", "Phone case", "Coffee grinder", "Wool blanket", "Bike light set",
         "Jaguar travel mug", "Dr. Martens 1460 boots", "Cast iron pan", "Yoga mat", "Backpack 28L"]

CHAT_FILL_MORE = [
    "anyone else seeing 502s on staging?", "nvm it's back", "ok merging", "can we push the retro to friday?",
    "lunch?", "5 min", "lmk when you're free", "i'll take a look after this call", "👀", "+1",
    "that was fast, thanks", "sorry, was in a meeting", "is the printer fixed yet", "did anyone order the cake",
    "the client moved the deadline again", "reminder: timesheets due today", "who has the spare HDMI adapter",
    "pushed a fix, can you pull?", "CI is flaky again", "the demo went well 🎉", "can you share the slides?",
    "let's sync tomorrow morning", "i'm wfh today", "train delayed again 🙃", "fixed, was a typo in the config",
    "anyone know how to get a parking permit?", "sounds like a plan", "on my way", "ok cool", "omg yes",
    "the {ops} alerts are noisy again", "bumped to {ver}, please retest", "invoice {ord} is approved",
    "the quote came back at {price}", "see {path} for the script", "regression came in with {hash}",
    "release cut on {date}", "customer ref {tix}, can someone take it?", "blocked on the {ops} ticket",
]

LOG_BENIGN = [
    'msg="GET /api/v2/orders/{ord} 200" latency_ms=42', "worker started version={ver}",
    "cache warmup done keys=18233", "connected to {ops} on port {port}", "rotated log file {path}",
    "checkout session {hash} expired", 'msg="retrying job" attempt=2 backoff=4s', "invoice {ord} generated total={price}",
    "scheduled job next_run={date}", "build {ver} commit={hash}", "GC pause 38ms heap=512MiB",
    'msg="rate limit exceeded" route=/v1/search limit=100', "healthcheck ok upstream=payments latency_ms=7",
    "feature_flag=new_checkout enabled=true rollout=25%", "config reloaded from {path}", "queue=emails depth=0",
    'msg="slow query" duration_ms=1843 table=orders', "tls handshake completed cipher=TLS_AES_128_GCM_SHA256",
    "shutdown requested, draining 3 connections", "migrations up to date version={ver}",
    "license loaded issued={hist} seats=250", "legacy record imported created={hist} source=mainframe",
]

CODE_PRE = [
    "import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n",
    "from dataclasses import dataclass\nfrom datetime import date\n\n",
    "'use strict';\n\nconst assert = require('assert');\n\n",
    "package billing\n\nimport (\n\t\"testing\"\n)\n\n",
    "#!/usr/bin/env python3\n\"\"\"Maintenance helpers. Do not run in production without a backup.\"\"\"\n\n",
]
CODE_POST = [
    "\n\ndef normalise_phone(raw: str) -> str:\n    digits = ''.join(c for c in raw if c.isdigit() or c == '+')\n    return digits.lstrip('0')\n",
    "\n\nfunction retry(fn, attempts = 3) {\n  for (let i = 0; i < attempts; i++) {\n    try { return fn(); } catch (e) { if (i === attempts - 1) throw e; }\n  }\n}\n",
    "\n\n# NOTE: keep in sync with the schema in {path}\nMAX_BATCH = 500\nTIMEOUT_S = 30\n",
    "\n\n@dataclass\nclass Address:\n    line1: str\n    city: str\n    postcode: str\n\n    def is_complete(self) -> bool:\n        return all([self.line1, self.city, self.postcode])\n",
    "\n\n// TODO: move to config, see {tix}\nconst REGION = 'eu-west-1';\nmodule.exports = { retry, REGION };\n",
]

MD_SECTIONS = [
    "## Background\n\nThe current export runs nightly and takes roughly forty minutes. Most of that time is spent serialising rows one by one, which we can batch.\n",
    "## Open questions\n\n- Do we keep the legacy CSV format for one more quarter?\n- Who owns the alerting once the migration is done?\n- Budget impact of the extra replicas (est. {price}/month)\n",
    "## Timeline\n\n| Milestone | Date |\n|---|---|\n| Design review | {date} |\n| Beta | {date2} |\n",
    "## Links\n\n- Runbook: `{path}`\n- Tracking issue: {tix}\n- Release: {ver}\n",
    "> **Note:** please don't paste customer data into this page; link to the ticket instead.\n",
    "## History\n\nThe first version of the exporter went live on {hist} and has been rewritten twice since. The original design doc is archived in `{path}`.\n",
    "## Decisions\n\n1. We will not support IE11.\n2. Feature flags are cleaned up within two sprints of full rollout.\n3. Order IDs like `{ord}` stay opaque to clients.\n",
]

FORM_EXTRA = [("Preferred contact time", ["Mornings", "After 6pm", "Weekends only", "Any time"]),
              ("How did you hear about us?", ["Podcast", "A friend", "Search engine", "Instagram", "Trade fair"]),
              ("Newsletter", ["☑ yes", "☐ no", "yes", "no"]), ("Plan", ["Starter", "Team", "Business", "Family"]),
              ("Consent", ["☑ I agree to the terms and privacy policy", "I accept the T&Cs"]),
              ("Language", ["English", "Deutsch", "Français", "Español"]), ("Topic", ["Billing", "Delivery", "Technical issue", "Returns"])]
FORM_MSGS = [
    "The parcel was left outside in the rain and the box is soaked through. I'd like a replacement if possible, or a refund if it's out of stock.",
    "I've been trying to upgrade my plan for two days but the payment page just reloads. I've tried two different cards.",
    "Could you tell me whether the product is compatible with older models? The description isn't very clear about it.",
    "I'm moving abroad next month and would like to pause the subscription rather than cancel it.",
    "Please remove me from the marketing list, I still want order emails though.",
]

PARAS["en"] += [
    "I called the hotline on Tuesday and was told someone would get back to me within 48 hours. It's now Friday and I haven't heard anything, which is why I'm writing.",
    "The strange thing is that everything looks correct in the app: the payment shows as completed and the order status is 'processing', but the bank statement shows the amount twice.",
    "We're planning to roll this out to the rest of the department next quarter, so it would help to understand the limits on the number of seats and API calls before we commit.",
    "I've read the terms again and as far as I understand it, cancellations made within fourteen days are fully refundable, so I'm a bit confused by the fee.",
    "One more thing: the size guide on the product page says the medium fits a 96 cm chest, but the label on the item I received says 92 cm.",
    "It's not urgent, but it would be good to have this fixed before the end of the month because that's when our quarterly report is generated.",
    "I don't want to cancel, I like the service a lot — I just need the billing to be correct going forward.",
]
QUOTED = {
    "en": ["-----Original Message-----\nSubject: Your request {tix}\n\nThank you for contacting us. Your request has been logged and one of our team will respond within two working days. Please do not reply to this automated message; instead, use the link in your account to add information to your request.",
           "> On {date}, Customer Service wrote:\n> Thanks for your message. To help us look into this, could you reply with your order number and a short description of the problem? Photos are always helpful.\n>\n> Kind regards,\n> Customer Service",
           "---------- Forwarded message ---------\nSubject: Delivery update for {ord}\n\nYour parcel is on its way. Estimated delivery: {date}. You can change the delivery day or choose a safe place from the tracking page."],
    "de": ["-----Ursprüngliche Nachricht-----\nBetreff: Ihre Anfrage {tix}\n\nVielen Dank für Ihre Nachricht. Wir melden uns innerhalb von zwei Werktagen bei Ihnen."],
    "fr": ["-----Message d'origine-----\nObjet : Votre demande {tix}\n\nMerci pour votre message. Nous reviendrons vers vous sous deux jours ouvrés."],
    "es": ["-----Mensaje original-----\nAsunto: Su consulta {tix}\n\nGracias por contactarnos. Le responderemos en un plazo de dos días laborables."],
}
CODE_POST += [
    "\n\ndef chunked(items, size=100):\n    \"\"\"Yield successive chunks from items.\"\"\"\n    for i in range(0, len(items), size):\n        yield items[i:i + size]\n\n\ndef main():\n    rows = load_rows()\n    for batch in chunked(rows):\n        upsert(batch)\n    log.info('done, %d rows', len(rows))\n",
    "\n\nfunc parseAmount(s string) (int64, error) {\n\ts = strings.TrimSpace(s)\n\tif s == \"\" {\n\t\treturn 0, errors.New(\"empty amount\")\n\t}\n\treturn strconv.ParseInt(s, 10, 64)\n}\n",
    "\n\nclass RateLimiter:\n    def __init__(self, per_second: int):\n        self.per_second = per_second\n        self.tokens = per_second\n\n    def allow(self) -> bool:\n        if self.tokens <= 0:\n            return False\n        self.tokens -= 1\n        return True\n",
]
MD_SECTIONS += [
    "## Rollout plan\n\nWe ship behind a flag to 5% of traffic, watch error rates for 48 hours, then go to 25%, 50% and 100%. Rollback is a flag flip; no migration is involved in this phase.\n",
    "## Risks\n\n- Third-party rate limits during peak hours\n- Cache invalidation on the product catalogue\n- The on-call rota is thin during the holiday period\n",
]

CHAT_CTX_FILL = {
    "support": ["Thanks for waiting, let me check that for you.", "Can I have your order number please?", "it's {ord}",
                "I can see the parcel is at the local depot.", "Is there anything else I can help with?", "one sec",
                "ok", "it says delivered but it's not here", "I've raised a ticket for you: {tix}",
                "You'll get an email confirmation shortly.", "The refund of {price} will take 3–5 working days.",
                "hello? are you still there", "Sorry for the wait, it's busy today.", "no that's all, thanks",
                "Could you confirm the email address on the account?", "I've escalated this to our warehouse team.",
                "how long will that take", "Usually within 24 hours.", "ok great", "can I change the delivery day?",
                "Yes, you can pick a new slot from the tracking page.", "the app keeps crashing on {ver}"],
    "personal": ["on my way", "did you feed the cat?", "what time is dinner", "can you grab milk on the way back",
                 "train delayed again 🙃", "lol", "ok", "call me when you're free", "the plumber is coming {date}",
                 "❤️", "haha", "omw", "did the parcel come?", "I left the keys under the mat", "running late sorry",
                 "don't forget the bins tomorrow", "we're out of coffee", "the rent went up to {price} btw",
                 "movie tonight?", "sure", "👍", "ugh", "back in 10", "can you pick up the kids at 4?",
                 "the heating is making that noise again", "I paid the electricity bill"],
}

CODE_PRE_BY = {
    "py": ["import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n",
           "from dataclasses import dataclass\nfrom datetime import date\n\n",
           "#!/usr/bin/env python3\n\"\"\"Maintenance helpers. Do not run in production without a backup.\"\"\"\n\n"],
    "js": ["'use strict';\n\nconst assert = require('assert');\n\n", "import { describe, it } from 'vitest';\n\n"],
    "go": ["package billing\n\nimport (\n\t\"testing\"\n)\n\n"],
    "java": ["package com.acme.ledger;\n\nimport java.time.LocalDate;\nimport java.util.List;\n\n"],
    "sql": ["BEGIN;\n\n"], "sh": [""], "yaml": ["---\n"],
}
CODE_POST_BY = {
    "py": [
        "\n\ndef normalise_phone(raw: str) -> str:\n    digits = ''.join(c for c in raw if c.isdigit() or c == '+')\n    return digits.lstrip('0')\n",
        "\n\n# NOTE: keep in sync with the schema in {path}\nMAX_BATCH = 500\nTIMEOUT_S = 30\n",
        "\n\n@dataclass\nclass Address:\n    line1: str\n    city: str\n    postcode: str\n\n    def is_complete(self) -> bool:\n        return all([self.line1, self.city, self.postcode])\n",
        "\n\ndef chunked(items, size=100):\n    \"\"\"Yield successive chunks from items.\"\"\"\n    for i in range(0, len(items), size):\n        yield items[i:i + size]\n\n\ndef main():\n    rows = load_rows()\n    for batch in chunked(rows):\n        upsert(batch)\n    log.info('done, %d rows', len(rows))\n",
        "\n\nclass RateLimiter:\n    def __init__(self, per_second: int):\n        self.per_second = per_second\n        self.tokens = per_second\n\n    def allow(self) -> bool:\n        if self.tokens <= 0:\n            return False\n        self.tokens -= 1\n        return True\n"],
    "js": [
        "\n\nfunction retry(fn, attempts = 3) {\n  for (let i = 0; i < attempts; i++) {\n    try { return fn(); } catch (e) { if (i === attempts - 1) throw e; }\n  }\n}\n",
        "\n\n// TODO: move to config, see {tix}\nconst REGION = 'eu-west-1';\nmodule.exports = { retry, REGION };\n",
        "\n\nexport function formatPrice(cents, currency = 'EUR') {\n  return new Intl.NumberFormat('de-DE', { style: 'currency', currency }).format(cents / 100);\n}\n"],
    "go": [
        "\n\nfunc parseAmount(s string) (int64, error) {\n\ts = strings.TrimSpace(s)\n\tif s == \"\" {\n\t\treturn 0, errors.New(\"empty amount\")\n\t}\n\treturn strconv.ParseInt(s, 10, 64)\n}\n",
        "\n\nfunc TestParseAmount(t *testing.T) {\n\tif _, err := parseAmount(\"\"); err == nil {\n\t\tt.Fatal(\"expected error\")\n\t}\n}\n"],
    "java": [
        "\n\nclass LedgerEntry {\n  private final LocalDate bookedOn;\n  private final long amountCents;\n\n  LedgerEntry(LocalDate bookedOn, long amountCents) {\n    this.bookedOn = bookedOn;\n    this.amountCents = amountCents;\n  }\n}\n"],
    "sql": ["\n-- keep the audit trail, see {path}\nUPDATE customers SET updated_at = now() WHERE updated_at IS NULL;\nCOMMIT;\n",
            "\nSELECT count(*) FROM customers WHERE created_at > now() - interval '7 days';\nCOMMIT;\n"],
    "sh": ["\n# cleanup\nfind /tmp -name 'restore-*' -mtime +3 -delete\necho \"restore finished at $(date -Is)\"\n",
           "\nif ! pg_isready -h db-prod-03; then\n  echo 'db not ready' >&2\n  exit 1\nfi\n"],
    "yaml": ["\nlogging:\n  level: info\n  format: json\nfeatures:\n  new_checkout: true\n  legacy_export: false\n",
             "\nretries: 3\ntimeout_seconds: 30\nmetrics:\n  enabled: true\n  port: 9102\n"],
}
PLACES = ["Main Street Capital", "Baker Street station", "King's Cross", "Park Avenue Tower", "Abbey Road Studios",
          "the Victoria line entrance", "Fifth Avenue", "Wall Street", "Bourbon Street", "Victoria Harbour"]
PRODUCTS = ["Jaguar F-Pace", "Ford Fiesta", "Tesla Model Y", "Mercedes Sprinter", "Dr. Martens", "Ms. Pac-Man",
            "Johnnie Walker Blue", "Jack Daniel's", "Dr Pepper", "A Nightmare on Elm Street", "Sesame Street",
            "Penny Lane", "Ben & Jerry's", "Tim Hortons"]
TECH = ["Jenkins", "Kafka", "Cassandra", "Ansible", "Sinatra", "Jasmine", "Django", "Grafana", "Hudson", "Bamboo",
        "Jira", "Confluence", "db-prod-03", "api-gw-2", "worker-eu-west-1b", "redis-cache-01", "Mercury", "Apollo",
        "Hermes", "Athena", "Alexa", "Siri", "Copilot"]
CHAT_FILL_MORE += ["just test drove the {product}, not bad", "we watched {product} again last night lol",
                   "the new office is right by {place}", "who left the {product} in the fridge 😂",
                   "meet at {place} at 6?"]
CHAT_CTX_FILL["personal"] += ["can you get {product} on the way back", "meet you at {place}?",
                              "the kids want to watch {product} again"]

AGENT_PARAS = {
    "en": ["I've also added a note to your account so that anyone else on the team who picks this up will have the full history and won't need to ask you the same questions again.",
           "Please allow up to 24 hours for the change to show in the app. If you still see the old details after that, signing out and back in usually refreshes everything.",
           "I'm sorry again for the trouble this has caused. I've passed your feedback on to the team responsible for the checkout so that we can stop this from happening to other customers.",
           "As a goodwill gesture I've applied a credit of {price} to your account, which will be used automatically on your next order.",
           "Our records show the order {ord} was handed to the courier on {date}. Couriers can occasionally take an extra day or two in busy periods.",
           "For your security, please don't send card numbers or passwords by email in future. You can always update these yourself from the Settings page."],
    "de": ["Ich habe außerdem eine Notiz in Ihrem Kundenkonto hinterlegt, damit meine Kolleginnen und Kollegen den Verlauf nachvollziehen können.",
           "Bitte haben Sie bis zu 24 Stunden Geduld, bis die Änderung in der App sichtbar ist."],
    "fr": ["J'ai également ajouté une note à votre dossier afin que mes collègues aient tout l'historique.",
           "Merci de prévoir jusqu'à 24 heures pour que la modification apparaisse dans l'application."],
    "es": ["También he añadido una nota a su cuenta para que mis compañeros tengan todo el historial.",
           "El cambio puede tardar hasta 24 horas en aparecer en la aplicación."],
}

SUPPORT_CHAT = [
    [(0, "hi, I need to change the delivery address for my order"), (1, "Sure, can I have the order number and the new address?"),
     (0, "{ord}, new address is {a}"), (1, "Thanks {g}, that's updated.")],
    [(0, "I'm locked out of my account"), (1, "I can help with that. Can you confirm your full name and date of birth?"),
     (0, "{n}, {dob}"), (1, "Thank you, I've sent a reset link to {em}.")],
    [(0, "the app won't accept my password, i'm typing {pw} exactly"), (1, "Please don't share your password in the chat — I'll send you a reset link instead."),
     (0, "oh ok sorry")],
    [(1, "Could you confirm the phone number on the account?"), (0, "{ph}"), (1, "Thanks! And the name of the account holder?"), (0, "{n}")],
    [(0, "my name is {n}, I ordered a gift for {n2} but it went to the wrong address"), (1, "I'm sorry about that. Where should it have gone?"),
     (0, "{am}"), (1, "Got it, I've arranged a redelivery.")],
    [(0, "hello I want to pay the invoice by transfer, which account?"), (1, "You can pay by card in the app, or I can take the details of your account for a direct debit."),
     (0, "ok my iban is {ib}, name {n}"), (1, "Thanks, the mandate is set up.")],
    [(1, "For security, please confirm your date of birth."), (0, "{d}"), (1, "Thank you, {g}. How can I help today?")],
]

NATIVE_LINES = {
    "ja": ["{n}です。新しい住所は{a}です。", "{f}さん、パスワードは {pw} です。", "{n}（{dob}）の書類を送りました。",
           "{g}、明日の会議は{date}に変更です。", "引っ越しました：{a}"],
    "zh": ["我是{n}，我的新地址是{a}。", "{n}的{dob}，请帮忙核对。", "{g}，wifi {pwp}", "请把合同寄到{a}，谢谢！"],
    "ko": ["안녕하세요, {n}입니다. 새 주소는 {a}입니다.", "{n}님 {dob}", "{g}야, 와이파이 {pwp}", "택배는 {a}로 보내주세요"],
    "ru": ["Привет, это {g}. Мой новый адрес: {a}", "{n}, {dob}", "{g}, {pwp}", "Позвони {n2}, её номер {ph}"],
    "uk": ["Привіт, це {g}. Моя нова адреса: {a}", "{n}, {dob}", "{g}, {pwp}"],
    "ar": ["مرحباً، أنا {n}. عنواني الجديد: {a}", "{n}، {dob}", "{g}، {pwp}"],
    "he": ["היי, זה {g}. הכתובת החדשה שלי: {a}", "{n}, {dob}", "{g}, {pwp}"],
    "hi": ["नमस्ते, मैं {n} हूँ। मेरा नया पता: {a}", "{n}, {dob}", "{g} जी, {pwp}"],
    "bn": ["আমি {n}, আমার নতুন ঠিকানা {a}", "{n}, {dob}"],
    "th": ["สวัสดีค่ะ {n} นะคะ ที่อยู่ใหม่คือ {a}", "{n} {dob}", "{g} {pwp}"],
    "el": ["Γεια, είμαι {g}. Η νέα μου διεύθυνση: {a}", "{n}, {dob}", "{g}, {pwp}"],
    "vi": ["Chào chị, em là {g}. Địa chỉ mới của em là {a}", "{n}, {dob}", "{g} ơi, {pwp}"],
    "tr": ["Merhaba, ben {g}. Yeni adresim: {a}", "{n}, {dob}", "{g}, {pwp}"],
    "sv": ["Hej, det är {g}! Ny adress: {a}", "{n}, {dob}", "{g}, wifi {pwp}"],
    "da": ["Hej, det er {g}. Ny adresse: {a}", "{n}, {dob}"], "no": ["Hei, det er {g}. Ny adresse: {a}", "{n}, {dob}"],
    "fi": ["Moi, täällä {g}. Uusi osoite: {a}", "{n}, {dob}"], "cs": ["Ahoj, tady {g}. Nová adresa: {a}", "{n}, {dob}"],
    "hu": ["Szia, {g} vagyok. Az új címem: {a}", "{n}, {dob}"],
}
