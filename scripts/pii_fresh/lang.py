"""Language material: field labels, first-person sentences, month names, date
spellings, health phrases and password material.  Hand-written for this corpus.
"""

import datetime

from names import S

AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
BN_DIG = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
FW_DIG = str.maketrans("0123456789", "０１２３４５６７８９")

# --------------------------------------------------------------------------- labels
# keys: name, address, dob, phone, email, password, card, iban, health, meds, ssn, ip
_LBL = """
en|Full name|Address|Date of birth|Phone|Email|Password|Card number|IBAN|Diagnosis|Medication|SSN|IP address
es|Nombre completo|Dirección|Fecha de nacimiento|Teléfono|Correo electrónico|Contraseña|Número de tarjeta|IBAN|Diagnóstico|Medicación|SSN|Dirección IP
pt|Nome completo|Morada|Data de nascimento|Telefone|E-mail|Senha|Número do cartão|IBAN|Diagnóstico|Medicação|SSN|Endereço IP
fr|Nom complet|Adresse|Date de naissance|Téléphone|Courriel|Mot de passe|Numéro de carte|IBAN|Diagnostic|Traitement|SSN|Adresse IP
de|Name|Anschrift|Geburtsdatum|Telefon|E-Mail|Passwort|Kartennummer|IBAN|Diagnose|Medikation|SSN|IP-Adresse
it|Nome e cognome|Indirizzo|Data di nascita|Telefono|E-mail|Password|Numero carta|IBAN|Diagnosi|Terapia|SSN|Indirizzo IP
nl|Volledige naam|Adres|Geboortedatum|Telefoon|E-mail|Wachtwoord|Kaartnummer|IBAN|Diagnose|Medicatie|SSN|IP-adres
pl|Imię i nazwisko|Adres|Data urodzenia|Telefon|E-mail|Hasło|Numer karty|IBAN|Rozpoznanie|Leki|SSN|Adres IP
cs|Jméno a příjmení|Adresa|Datum narození|Telefon|E-mail|Heslo|Číslo karty|IBAN|Diagnóza|Léky|SSN|IP adresa
sv|Namn|Adress|Födelsedatum|Telefon|E-post|Lösenord|Kortnummer|IBAN|Diagnos|Läkemedel|SSN|IP-adress
da|Navn|Adresse|Fødselsdato|Telefon|E-mail|Adgangskode|Kortnummer|IBAN|Diagnose|Medicin|SSN|IP-adresse
nb|Navn|Adresse|Fødselsdato|Telefon|E-post|Passord|Kortnummer|IBAN|Diagnose|Medisiner|SSN|IP-adresse
fi|Nimi|Osoite|Syntymäaika|Puhelin|Sähköposti|Salasana|Kortin numero|IBAN|Diagnoosi|Lääkitys|SSN|IP-osoite
tr|Ad Soyad|Adres|Doğum tarihi|Telefon|E-posta|Şifre|Kart numarası|IBAN|Tanı|İlaçlar|SSN|IP adresi
el|Ονοματεπώνυμο|Διεύθυνση|Ημερομηνία γέννησης|Τηλέφωνο|Email|Κωδικός πρόσβασης|Αριθμός κάρτας|IBAN|Διάγνωση|Φαρμακευτική αγωγή|SSN|Διεύθυνση IP
ru|ФИО|Адрес|Дата рождения|Телефон|Эл. почта|Пароль|Номер карты|IBAN|Диагноз|Препараты|SSN|IP-адрес
uk|ПІБ|Адреса|Дата народження|Телефон|Ел. пошта|Пароль|Номер картки|IBAN|Діагноз|Ліки|SSN|IP-адреса
ar|الاسم الكامل|العنوان|تاريخ الميلاد|الهاتف|البريد الإلكتروني|كلمة المرور|رقم البطاقة|الآيبان|التشخيص|الأدوية|SSN|عنوان IP
he|שם מלא|כתובת|תאריך לידה|טלפון|דוא"ל|סיסמה|מספר כרטיס|IBAN|אבחנה|תרופות|SSN|כתובת IP
hi|पूरा नाम|पता|जन्म तिथि|फ़ोन|ईमेल|पासवर्ड|कार्ड नंबर|IBAN|निदान|दवाइयाँ|SSN|आईपी पता
bn|পূর্ণ নাম|ঠিকানা|জন্ম তারিখ|ফোন|ইমেইল|পাসওয়ার্ড|কার্ড নম্বর|IBAN|রোগনির্ণয়|ওষুধ|SSN|আইপি ঠিকানা
ta|முழு பெயர்|முகவரி|பிறந்த தேதி|தொலைபேசி|மின்னஞ்சல்|கடவுச்சொல்|அட்டை எண்|IBAN|நோயறிதல்|மருந்துகள்|SSN|ஐபி முகவரி
zh|姓名|地址|出生日期|电话|邮箱|密码|卡号|IBAN|诊断|用药|SSN|IP地址
ja|氏名|住所|生年月日|電話番号|メールアドレス|パスワード|カード番号|IBAN|診断名|服薬|SSN|IPアドレス
ko|성명|주소|생년월일|전화번호|이메일|비밀번호|카드번호|IBAN|진단명|복용 약|SSN|IP 주소
vi|Họ và tên|Địa chỉ|Ngày sinh|Số điện thoại|Email|Mật khẩu|Số thẻ|IBAN|Chẩn đoán|Thuốc đang dùng|SSN|Địa chỉ IP
th|ชื่อ-นามสกุล|ที่อยู่|วันเกิด|เบอร์โทร|อีเมล|รหัสผ่าน|หมายเลขบัตร|IBAN|การวินิจฉัย|ยาที่ใช้|SSN|ที่อยู่ IP
id|Nama lengkap|Alamat|Tanggal lahir|No. HP|Email|Kata sandi|Nomor kartu|IBAN|Diagnosis|Obat|SSN|Alamat IP
ms|Nama penuh|Alamat|Tarikh lahir|No. telefon|E-mel|Kata laluan|Nombor kad|IBAN|Diagnosis|Ubat|SSN|Alamat IP
sw|Jina kamili|Anwani|Tarehe ya kuzaliwa|Simu|Barua pepe|Nenosiri|Namba ya kadi|IBAN|Utambuzi|Dawa|SSN|Anwani ya IP
fil|Buong pangalan|Tirahan|Petsa ng kapanganakan|Telepono|Email|Password|Numero ng card|IBAN|Diyagnosis|Gamot|SSN|IP address
"""
LKEYS = ["name", "address", "dob", "phone", "email", "password", "card", "iban", "health", "meds", "ssn", "ip"]
LABELS = {}
for _line in _LBL.strip().splitlines():
    _p = _line.split("|")
    LABELS[_p[0]] = dict(zip(LKEYS, _p[1:]))
LANGS = list(LABELS)


def label(lang, key):
    return LABELS.get(lang, LABELS["en"])[key]


# --------------------------------------------------------------------------- first-person sentences
# {v} is the value; {n} a person name where used.
SENT = {
    "en": dict(
        name=["My name is {v}.", "I'm {v}.", "This is {v} writing.", "It's {v} here.", "Name's {v}."],
        address=["My address is {v}.", "Please send it to:\n{v}", "I live at {v}.", "Ship to {v}, please.",
                 "I've moved — new address is {v}."],
        dob=["I was born on {v}.", "My date of birth is {v}.", "DOB {v}.", "born {v}"],
        phone=["You can reach me on {v}.", "My number is {v}.", "Call me at {v}.", "cell: {v}",
               "Best number to text is {v}."],
        email=["My email is {v}.", "Please reply to {v}.", "email me at {v}"],
        password=["My password is {v}.", "the password I used was {v}", "pw: {v}",
                  "The new passphrase is {v}", "I changed it to {v} yesterday."],
        card=["My card number is {v}.", "Charge it to {v}.", "card: {v}"],
        iban=["My IBAN is {v}.", "Please refund to {v}.", "Bank account (IBAN): {v}"],
        health=["I was diagnosed with {v} last year.", "I take {v} every morning.", "I have {v}.",
                "I'm currently on {v}."],
        ssn=["My SSN is {v}.", "social security number {v}", "SSN: {v}"],
        hello=["Hi", "Hello", "Hey", "Good morning"], thanks=["Thanks!", "Thank you.", "Cheers,", "Many thanks."],
        ask=["Can you help me update my account details?", "I need to fill in this form, can you check it?",
             "Could you draft a reply for me?", "Please update my profile with the info below."],
        ack=["Thanks, {n}. I've noted those details.", "Got it, {n} — I'll update the record now.",
             "Thank you {n}, here is the updated version:"],
        signoff=["Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Sincerely,"],
        greet=["Hi {n},", "Dear {n},", "Hello {n},", "Hey {n},"],
    ),
    "es": dict(
        name=["Me llamo {v}.", "Soy {v}.", "Mi nombre es {v}."],
        address=["Mi dirección es {v}.", "Envíenlo a:\n{v}", "Vivo en {v}."],
        dob=["Nací el {v}.", "Mi fecha de nacimiento es {v}.", "fecha de nacimiento: {v}"],
        phone=["Mi teléfono es el {v}.", "Pueden llamarme al {v}.", "móvil: {v}"],
        email=["Mi correo es {v}.", "Escríbanme a {v}."],
        password=["Mi contraseña es {v}.", "la clave que puse es {v}", "contraseña: {v}"],
        card=["El número de mi tarjeta es {v}.", "tarjeta: {v}"],
        iban=["Mi IBAN es {v}.", "Hagan la devolución a la cuenta {v}."],
        health=["Me diagnosticaron {v} el año pasado.", "Tomo {v} todos los días.", "Padezco {v}."],
        hello=["Hola", "Buenos días", "Buenas tardes"], thanks=["¡Gracias!", "Muchas gracias.", "Un saludo,"],
        ask=["¿Me ayudas a actualizar mis datos?", "Necesito rellenar este formulario, ¿lo revisas?"],
        ack=["Gracias, {n}. He anotado los datos.", "Perfecto {n}, ya lo actualizo."],
        signoff=["Saludos cordiales,", "Un saludo,", "Atentamente,"], greet=["Hola {n}:", "Estimado/a {n}:", "Buenos días, {n}:"],
    ),
    "pt": dict(
        name=["Meu nome é {v}.", "Sou {v}.", "Chamo-me {v}."],
        address=["Meu endereço é {v}.", "A minha morada é {v}.", "Enviem para:\n{v}"],
        dob=["Nasci em {v}.", "Minha data de nascimento é {v}.", "data de nascimento: {v}"],
        phone=["Meu telefone é {v}.", "Podem me ligar no {v}.", "celular: {v}", "telemóvel: {v}"],
        email=["Meu e-mail é {v}.", "Respondam para {v}."],
        password=["Minha senha é {v}.", "a senha nova é {v}", "palavra-passe: {v}"],
        card=["O número do meu cartão é {v}.", "cartão: {v}"],
        iban=["O meu IBAN é {v}.", "Reembolso para o IBAN {v}."],
        health=["Fui diagnosticado com {v} no ano passado.", "Tomo {v} todos os dias.", "Tenho {v}."],
        hello=["Olá", "Bom dia", "Boa tarde"], thanks=["Obrigado!", "Obrigada.", "Abraço,"],
        ask=["Pode me ajudar a atualizar meu cadastro?", "Preciso preencher este formulário, pode conferir?"],
        ack=["Obrigado, {n}. Anotei os dados.", "Certo {n}, vou atualizar agora."],
        signoff=["Atenciosamente,", "Cumprimentos,", "Abraços,"], greet=["Olá {n},", "Prezado(a) {n},", "Bom dia {n},"],
    ),
    "fr": dict(
        name=["Je m'appelle {v}.", "Je suis {v}.", "C'est {v}."],
        address=["Mon adresse est {v}.", "Merci d'envoyer à :\n{v}", "J'habite au {v}."],
        dob=["Je suis né(e) le {v}.", "Ma date de naissance est le {v}.", "date de naissance : {v}"],
        phone=["Mon numéro est le {v}.", "Vous pouvez me joindre au {v}.", "portable : {v}"],
        email=["Mon adresse mail est {v}.", "Répondez à {v}."],
        password=["Mon mot de passe est {v}.", "le nouveau mot de passe : {v}", "mdp : {v}"],
        card=["Mon numéro de carte est {v}.", "CB : {v}"],
        iban=["Mon IBAN est {v}.", "Merci de rembourser sur le compte {v}."],
        health=["On m'a diagnostiqué {v} l'an dernier.", "Je prends {v} tous les jours.", "Je suis atteint(e) de {v}."],
        hello=["Bonjour", "Salut", "Bonsoir"], thanks=["Merci !", "Merci beaucoup.", "Bien à vous,"],
        ask=["Pouvez-vous m'aider à mettre à jour mes coordonnées ?", "Je dois remplir ce formulaire, vous pouvez vérifier ?"],
        ack=["Merci {n}, c'est noté.", "Très bien {n}, je mets à jour votre dossier."],
        signoff=["Cordialement,", "Bien à vous,", "Bonne journée,"], greet=["Bonjour {n},", "Cher/Chère {n},", "Madame, Monsieur {n},"],
    ),
    "de": dict(
        name=["Mein Name ist {v}.", "Ich bin {v}.", "Hier ist {v}."],
        address=["Meine Adresse lautet {v}.", "Bitte an folgende Anschrift schicken:\n{v}", "Ich wohne in der {v}."],
        dob=["Ich bin am {v} geboren.", "Mein Geburtsdatum ist der {v}.", "geb. {v}"],
        phone=["Meine Nummer ist {v}.", "Sie erreichen mich unter {v}.", "Handy: {v}"],
        email=["Meine E-Mail-Adresse ist {v}.", "Antwort bitte an {v}."],
        password=["Mein Passwort ist {v}.", "das neue Kennwort lautet {v}", "PW: {v}"],
        card=["Meine Kartennummer ist {v}.", "Kreditkarte: {v}"],
        iban=["Meine IBAN lautet {v}.", "Bitte auf {v} zurücküberweisen."],
        health=["Bei mir wurde letztes Jahr {v} festgestellt.", "Ich nehme täglich {v}.", "Ich habe {v}."],
        hello=["Hallo", "Guten Tag", "Moin", "Servus", "Grüezi"], thanks=["Danke!", "Vielen Dank.", "Besten Dank,"],
        ask=["Können Sie meine Daten aktualisieren?", "Ich muss dieses Formular ausfüllen, kannst du drüberschauen?"],
        ack=["Danke, {n}. Ich habe die Daten notiert.", "Alles klar {n}, ich aktualisiere das jetzt."],
        signoff=["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "LG"], greet=["Hallo {n},", "Liebe/r {n},", "Sehr geehrte/r {n},"],
    ),
    "it": dict(
        name=["Mi chiamo {v}.", "Sono {v}."],
        address=["Il mio indirizzo è {v}.", "Spedite a:\n{v}", "Abito in {v}."],
        dob=["Sono nato/a il {v}.", "La mia data di nascita è {v}.", "nato il {v}"],
        phone=["Il mio numero è {v}.", "Potete chiamarmi al {v}.", "cell. {v}"],
        email=["La mia email è {v}.", "Rispondete a {v}."],
        password=["La mia password è {v}.", "la nuova password è {v}"],
        card=["Il numero della mia carta è {v}."], iban=["Il mio IBAN è {v}.", "Rimborso sull'IBAN {v}."],
        health=["Mi hanno diagnosticato {v} l'anno scorso.", "Prendo {v} ogni giorno.", "Soffro di {v}."],
        hello=["Ciao", "Buongiorno", "Salve"], thanks=["Grazie!", "Grazie mille.", "Un saluto,"],
        ask=["Mi aiuti ad aggiornare i miei dati?", "Devo compilare questo modulo, puoi controllarlo?"],
        ack=["Grazie {n}, ho preso nota.", "Perfetto {n}, aggiorno subito."],
        signoff=["Cordiali saluti,", "Un caro saluto,", "Distinti saluti,"], greet=["Ciao {n},", "Gentile {n},", "Buongiorno {n},"],
    ),
    "nl": dict(
        name=["Mijn naam is {v}.", "Ik ben {v}.", "Met {v}."],
        address=["Mijn adres is {v}.", "Graag opsturen naar:\n{v}", "Ik woon op {v}."],
        dob=["Ik ben geboren op {v}.", "Mijn geboortedatum is {v}.", "geb. {v}"],
        phone=["Mijn nummer is {v}.", "Je kunt me bellen op {v}.", "mobiel: {v}"],
        email=["Mijn e-mailadres is {v}."], password=["Mijn wachtwoord is {v}.", "het nieuwe wachtwoord is {v}"],
        card=["Mijn kaartnummer is {v}."], iban=["Mijn IBAN is {v}.", "Graag terugstorten op {v}."],
        health=["Vorig jaar is bij mij {v} vastgesteld.", "Ik gebruik dagelijks {v}.", "Ik heb {v}."],
        hello=["Hoi", "Hallo", "Goedemorgen", "Dag"], thanks=["Bedankt!", "Dank je wel.", "Groetjes,"],
        ask=["Kun je mijn gegevens bijwerken?", "Ik moet dit formulier invullen, wil je meekijken?"],
        ack=["Dank je, {n}. Ik heb het genoteerd.", "Top {n}, ik pas het nu aan."],
        signoff=["Met vriendelijke groet,", "Groeten,", "Hartelijke groet,"], greet=["Hoi {n},", "Beste {n},", "Geachte {n},"],
    ),
    "pl": dict(
        name=["Nazywam się {v}.", "Jestem {v}.", "Tu {v}."],
        address=["Mój adres to {v}.", "Proszę wysłać na adres:\n{v}", "Mieszkam przy {v}."],
        dob=["Urodziłem/am się {v}.", "Moja data urodzenia to {v}.", "ur. {v}"],
        phone=["Mój numer to {v}.", "Proszę dzwonić pod {v}.", "tel. kom. {v}"],
        email=["Mój e-mail to {v}."], password=["Moje hasło to {v}.", "nowe hasło: {v}"],
        card=["Numer mojej karty to {v}."], iban=["Mój numer konta to {v}.", "Proszę o zwrot na {v}."],
        health=["W zeszłym roku zdiagnozowano u mnie {v}.", "Biorę {v} codziennie.", "Choruję na {v}."],
        hello=["Cześć", "Dzień dobry", "Witam"], thanks=["Dzięki!", "Dziękuję bardzo.", "Pozdrawiam,"],
        ask=["Możesz pomóc mi zaktualizować dane?", "Muszę wypełnić ten formularz, sprawdzisz?"],
        ack=["Dziękuję, {n}. Zanotowałem dane.", "Jasne {n}, już aktualizuję."],
        signoff=["Pozdrawiam,", "Z poważaniem,", "Serdecznie pozdrawiam,"], greet=["Cześć {n},", "Szanowna Pani / Szanowny Panie {n},", "Dzień dobry {n},"],
    ),
    "ru": dict(
        name=["Меня зовут {v}.", "Это {v}.", "Я — {v}."],
        address=["Мой адрес: {v}.", "Отправьте, пожалуйста, по адресу:\n{v}", "Я живу по адресу {v}."],
        dob=["Я родился {v}.", "Я родилась {v}.", "Дата рождения: {v}"],
        phone=["Мой телефон {v}.", "Звоните мне на {v}.", "моб.: {v}"],
        email=["Моя почта {v}.", "Пишите на {v}."], password=["Мой пароль {v}.", "новый пароль: {v}"],
        card=["Номер моей карты {v}."], iban=["Мой IBAN {v}."],
        health=["В прошлом году мне поставили диагноз {v}.", "Я принимаю {v} каждый день.", "У меня {v}."],
        hello=["Здравствуйте", "Привет", "Добрый день"], thanks=["Спасибо!", "Большое спасибо.", "С уважением,"],
        ask=["Помогите обновить мои данные, пожалуйста.", "Нужно заполнить анкету, проверите?"],
        ack=["Спасибо, {n}. Данные записал.", "Хорошо, {n}, сейчас обновлю."],
        signoff=["С уважением,", "Всего доброго,", "Спасибо,"], greet=["Здравствуйте, {n}!", "Добрый день, {n}!", "Привет, {n},"],
    ),
    "uk": dict(
        name=["Мене звати {v}.", "Це {v}."], address=["Моя адреса: {v}.", "Надішліть, будь ласка, на адресу:\n{v}"],
        dob=["Я народився {v}.", "Дата народження: {v}"], phone=["Мій телефон {v}.", "Телефонуйте на {v}."],
        email=["Моя пошта {v}."], password=["Мій пароль {v}.", "новий пароль: {v}"],
        health=["Минулого року мені діагностували {v}.", "Я приймаю {v} щодня."],
        hello=["Добрий день", "Привіт", "Вітаю"], thanks=["Дякую!", "Щиро дякую."],
        signoff=["З повагою,", "Дякую,"], greet=["Добрий день, {n}!", "Вітаю, {n},"],
        ack=["Дякую, {n}. Дані записав."], ask=["Допоможіть оновити мої дані, будь ласка."],
    ),
    "tr": dict(
        name=["Benim adım {v}.", "Ben {v}."], address=["Adresim {v}.", "Lütfen şu adrese gönderin:\n{v}"],
        dob=["{v} doğumluyum.", "Doğum tarihim {v}."], phone=["Telefonum {v}.", "Beni {v} numarasından arayabilirsiniz."],
        email=["E-postam {v}."], password=["Şifrem {v}.", "yeni şifre: {v}"], card=["Kart numaram {v}."],
        iban=["IBAN numaram {v}.", "İadeyi {v} hesabına yapın lütfen."],
        health=["Geçen yıl bana {v} teşhisi kondu.", "Her gün {v} kullanıyorum."],
        hello=["Merhaba", "İyi günler", "Selam"], thanks=["Teşekkürler!", "Çok teşekkür ederim."],
        ask=["Bilgilerimi güncellememe yardım eder misin?", "Bu formu doldurmam gerekiyor, kontrol eder misin?"],
        ack=["Teşekkürler {n}, bilgileri not aldım.", "Tamam {n}, hemen güncelliyorum."],
        signoff=["Saygılarımla,", "İyi çalışmalar,"], greet=["Merhaba {n},", "Sayın {n},"],
    ),
    "sv": dict(
        name=["Jag heter {v}.", "Det är {v}."], address=["Min adress är {v}.", "Skicka till:\n{v}"],
        dob=["Jag är född {v}.", "Födelsedatum: {v}"], phone=["Mitt nummer är {v}.", "Ring mig på {v}."],
        email=["Min mejl är {v}."], password=["Mitt lösenord är {v}.", "nytt lösenord: {v}"], card=["Mitt kortnummer är {v}."],
        iban=["Mitt IBAN är {v}."], health=["Jag fick diagnosen {v} förra året.", "Jag tar {v} varje dag."],
        hello=["Hej", "Hejsan", "God morgon"], thanks=["Tack!", "Tack så mycket."],
        ask=["Kan du hjälpa mig att uppdatera mina uppgifter?"], ack=["Tack {n}, jag har noterat det."],
        signoff=["Med vänliga hälsningar,", "Hälsningar,", "MVH"], greet=["Hej {n},", "Hej {n}!"],
    ),
    "da": dict(name=["Jeg hedder {v}."], address=["Min adresse er {v}."], dob=["Jeg er født den {v}."],
               phone=["Mit nummer er {v}."], password=["Min adgangskode er {v}."], health=["Jeg har fået konstateret {v}."],
               hello=["Hej", "Goddag"], thanks=["Tak!", "Mange tak."], signoff=["Venlig hilsen,", "Mvh."], greet=["Hej {n},", "Kære {n},"]),
    "nb": dict(name=["Jeg heter {v}."], address=["Adressen min er {v}."], dob=["Jeg er født {v}."],
               phone=["Nummeret mitt er {v}."], password=["Passordet mitt er {v}."], health=["Jeg fikk diagnosen {v} i fjor."],
               hello=["Hei", "God morgen"], thanks=["Takk!", "Tusen takk."], signoff=["Med vennlig hilsen,", "Hilsen"], greet=["Hei {n},", "Kjære {n},"]),
    "fi": dict(name=["Nimeni on {v}."], address=["Osoitteeni on {v}."], dob=["Olen syntynyt {v}."],
               phone=["Numeroni on {v}."], password=["Salasanani on {v}."], health=["Minulla todettiin {v} viime vuonna."],
               hello=["Hei", "Moi", "Hyvää huomenta"], thanks=["Kiitos!", "Kiitos paljon."], signoff=["Ystävällisin terveisin,", "Terveisin"],
               greet=["Hei {n},", "Hyvä {n},"]),
    "cs": dict(name=["Jmenuji se {v}."], address=["Moje adresa je {v}."], dob=["Narodil(a) jsem se {v}."],
               phone=["Moje číslo je {v}."], password=["Moje heslo je {v}."], health=["Loni mi diagnostikovali {v}."],
               hello=["Dobrý den", "Ahoj"], thanks=["Díky!", "Děkuji mockrát."], signoff=["S pozdravem,", "Díky,"], greet=["Dobrý den, {n},", "Ahoj {n},"]),
    "el": dict(name=["Με λένε {v}.", "Είμαι ο/η {v}."], address=["Η διεύθυνσή μου είναι {v}."], dob=["Γεννήθηκα στις {v}."],
               phone=["Το τηλέφωνό μου είναι {v}."], password=["Ο κωδικός μου είναι {v}."], email=["Το email μου είναι {v}."],
               health=["Πέρσι διαγνώστηκα με {v}.", "Παίρνω {v} κάθε μέρα."],
               hello=["Γεια σας", "Καλημέρα"], thanks=["Ευχαριστώ!", "Ευχαριστώ πολύ."], signoff=["Με εκτίμηση,", "Φιλικά,"], greet=["Αγαπητέ/ή {n},", "Γεια σου {n},"]),
    "ar": dict(name=["اسمي {v}."], address=["عنواني {v}."], dob=["تاريخ ميلادي {v}."], phone=["رقم هاتفي {v}."],
               password=["كلمة المرور الخاصة بي هي {v}"], email=["بريدي الإلكتروني {v}"], health=["تم تشخيصي بـ{v} العام الماضي."],
               hello=["مرحبا", "السلام عليكم"], thanks=["شكرا!", "شكرا جزيلا."], signoff=["مع التحية،", "تحياتي،"], greet=["مرحبا {n}،", "عزيزي {n}،"]),
    "he": dict(name=["קוראים לי {v}."], address=["הכתובת שלי היא {v}."], dob=["נולדתי ב-{v}."], phone=["הטלפון שלי {v}."],
               password=["הסיסמה שלי היא {v}"], health=["אובחנתי עם {v} בשנה שעברה."],
               hello=["שלום", "היי"], thanks=["תודה!", "תודה רבה."], signoff=["בברכה,", "תודה,"], greet=["שלום {n},", "היי {n},"]),
    "hi": dict(name=["मेरा नाम {v} है।"], address=["मेरा पता {v} है।"], dob=["मेरी जन्म तिथि {v} है।"], phone=["मेरा नंबर {v} है।"],
               password=["मेरा पासवर्ड {v} है।"], health=["मुझे पिछले साल {v} का पता चला।", "मैं रोज़ {v} लेता हूँ।"],
               hello=["नमस्ते", "हैलो"], thanks=["धन्यवाद!", "बहुत धन्यवाद।"], signoff=["सादर,", "धन्यवाद,"], greet=["नमस्ते {n} जी,", "प्रिय {n},"]),
    "bn": dict(name=["আমার নাম {v}।"], address=["আমার ঠিকানা {v}।"], dob=["আমার জন্ম তারিখ {v}।"], phone=["আমার ফোন নম্বর {v}।"],
               password=["আমার পাসওয়ার্ড {v}"], health=["গত বছর আমার {v} ধরা পড়েছে।"],
               hello=["নমস্কার", "আসসালামু আলাইকুম", "হ্যালো"], thanks=["ধন্যবাদ!"], signoff=["শুভেচ্ছান্তে,"], greet=["প্রিয় {n},"]),
    "ta": dict(name=["என் பெயர் {v}."], address=["என் முகவரி {v}."], dob=["நான் {v} அன்று பிறந்தேன்."], phone=["என் எண் {v}."],
               password=["என் கடவுச்சொல் {v}"], health=["எனக்கு கடந்த ஆண்டு {v} கண்டறியப்பட்டது."],
               hello=["வணக்கம்"], thanks=["நன்றி!"], signoff=["அன்புடன்,"], greet=["அன்புள்ள {n},"]),
    "zh": dict(
        name=["我叫{v}。", "我是{v}。"], address=["我的地址是{v}。", "请寄到：\n{v}"], dob=["我出生于{v}。", "出生日期：{v}"],
        phone=["我的手机号是{v}。", "可以打我电话{v}。"], email=["我的邮箱是{v}。"], password=["我的密码是{v}", "新密码：{v}"],
        card=["我的卡号是{v}。"], iban=["我的IBAN是{v}。"], health=["去年我被诊断出{v}。", "我每天服用{v}。"],
        hello=["你好", "您好"], thanks=["谢谢！", "非常感谢。"], ask=["能帮我更新一下资料吗？", "我要填这个表，帮我看看？"],
        ack=["好的，{n}，我已经记下了。", "谢谢{n}，马上帮您更新。"], signoff=["此致", "谢谢，"], greet=["{n}，您好：", "亲爱的{n}："],
    ),
    "ja": dict(
        name=["{v}と申します。", "{v}です。"], address=["住所は{v}です。", "送付先：\n{v}"], dob=["生年月日は{v}です。", "{v}生まれです。"],
        phone=["電話番号は{v}です。", "{v}までご連絡ください。"], email=["メールアドレスは{v}です。"],
        password=["パスワードは{v}です。", "新しいパスワード：{v}"], card=["カード番号は{v}です。"], iban=["IBANは{v}です。"],
        health=["昨年{v}と診断されました。", "毎日{v}を服用しています。"],
        hello=["こんにちは", "お世話になっております。"], thanks=["ありがとうございます。", "よろしくお願いします。"],
        ask=["登録情報の変更をお願いできますか？", "このフォームの記入を手伝ってください。"],
        ack=["{n}様、承知しました。", "{n}さん、情報を更新しますね。"], signoff=["よろしくお願いいたします。", "以上です。"], greet=["{n}様", "{n}さん"],
    ),
    "ko": dict(
        name=["제 이름은 {v}입니다.", "{v}입니다."], address=["주소는 {v}입니다.", "배송지:\n{v}"], dob=["생년월일은 {v}입니다.", "{v}생입니다."],
        phone=["전화번호는 {v}입니다.", "{v}로 연락 주세요."], email=["이메일은 {v}입니다."], password=["비밀번호는 {v}입니다.", "새 비밀번호: {v}"],
        card=["카드번호는 {v}입니다."], iban=["IBAN은 {v}입니다."], health=["작년에 {v} 진단을 받았습니다.", "매일 {v}을 복용하고 있어요."],
        hello=["안녕하세요"], thanks=["감사합니다.", "고맙습니다!"], ask=["회원 정보 수정 좀 도와주세요.", "이 양식 작성 좀 봐주실래요?"],
        ack=["{n}님, 확인했습니다.", "네 {n}님, 바로 수정하겠습니다."], signoff=["감사합니다.", "좋은 하루 되세요."], greet=["{n}님께,", "{n}님 안녕하세요,"],
    ),
    "vi": dict(
        name=["Tôi tên là {v}.", "Mình là {v}."], address=["Địa chỉ của tôi là {v}.", "Gửi giúp tôi về:\n{v}"],
        dob=["Tôi sinh {v}.", "Ngày sinh: {v}"], phone=["Số điện thoại của tôi là {v}.", "Gọi mình số {v} nhé."],
        email=["Email của tôi là {v}."], password=["Mật khẩu của tôi là {v}.", "mật khẩu mới: {v}"],
        card=["Số thẻ của tôi là {v}."], iban=["IBAN của tôi là {v}."], health=["Năm ngoái tôi được chẩn đoán {v}.", "Tôi uống {v} mỗi ngày."],
        hello=["Xin chào", "Chào bạn"], thanks=["Cảm ơn!", "Cảm ơn nhiều."], ask=["Bạn giúp mình cập nhật thông tin nhé?"],
        ack=["Cảm ơn {n}, tôi đã ghi nhận.", "Dạ {n}, em cập nhật ngay."], signoff=["Trân trọng,", "Thân,"], greet=["Chào {n},", "Kính gửi {n},"],
    ),
    "th": dict(name=["ผมชื่อ{v}ครับ", "ดิฉันชื่อ{v}ค่ะ"], address=["ที่อยู่ของฉันคือ {v}"], dob=["เกิดวันที่ {v}"],
               phone=["เบอร์โทรของฉันคือ {v}"], password=["รหัสผ่านของฉันคือ {v}"], health=["ปีที่แล้วหมอวินิจฉัยว่าเป็น{v}"],
               hello=["สวัสดีครับ", "สวัสดีค่ะ"], thanks=["ขอบคุณครับ", "ขอบคุณค่ะ"], signoff=["ขอแสดงความนับถือ"], greet=["เรียนคุณ{n}", "สวัสดีคุณ{n}"]),
    "id": dict(
        name=["Nama saya {v}.", "Saya {v}."], address=["Alamat saya {v}.", "Tolong kirim ke:\n{v}"],
        dob=["Saya lahir tanggal {v}.", "Tanggal lahir: {v}"], phone=["Nomor HP saya {v}.", "Bisa hubungi saya di {v}."],
        email=["Email saya {v}."], password=["Kata sandi saya {v}.", "password baru: {v}"], card=["Nomor kartu saya {v}."],
        iban=["IBAN saya {v}."], health=["Tahun lalu saya didiagnosis {v}.", "Saya minum {v} setiap hari."],
        hello=["Halo", "Selamat pagi"], thanks=["Terima kasih!", "Makasih ya."], ask=["Bisa bantu perbarui data saya?"],
        ack=["Terima kasih, {n}. Sudah saya catat.", "Baik {n}, segera saya perbarui."], signoff=["Salam,", "Hormat saya,"], greet=["Halo {n},", "Yth. {n},"],
    ),
    "ms": dict(name=["Nama saya {v}."], address=["Alamat saya {v}."], dob=["Saya dilahirkan pada {v}."], phone=["Nombor telefon saya {v}."],
               password=["Kata laluan saya {v}."], health=["Saya disahkan menghidap {v} tahun lepas."],
               hello=["Hai", "Selamat pagi"], thanks=["Terima kasih!"], signoff=["Yang benar,", "Terima kasih,"], greet=["Salam {n},", "Tuan/Puan {n},"]),
    "sw": dict(name=["Jina langu ni {v}."], address=["Anwani yangu ni {v}."], dob=["Nilizaliwa tarehe {v}."], phone=["Namba yangu ya simu ni {v}."],
               password=["Nenosiri langu ni {v}."], health=["Niligunduliwa kuwa na {v} mwaka jana."],
               hello=["Habari", "Hujambo", "Salaam"], thanks=["Asante!", "Asante sana."], signoff=["Wako,", "Kila la heri,"], greet=["Habari {n},", "Mpendwa {n},"]),
    "fil": dict(name=["Ako si {v}.", "Ang pangalan ko ay {v}."], address=["Ang address ko ay {v}."], dob=["Ipinanganak ako noong {v}."],
                phone=["Ang number ko ay {v}."], password=["Ang password ko ay {v}."], health=["Na-diagnose ako ng {v} noong isang taon."],
                hello=["Hi po", "Magandang umaga po"], thanks=["Salamat po!", "Maraming salamat."], signoff=["Salamat,", "Lubos na gumagalang,"],
                greet=["Hi {n},", "Mahal na {n},"]),
}


def sent(rng, lang, key):
    d = SENT.get(lang, {})
    if key in d:
        return rng.choice(d[key])
    return rng.choice(SENT["en"][key])


# --------------------------------------------------------------------------- months
MONTHS = {
    "en": S("January; February; March; April; May; June; July; August; September; October; November; December"),
    "es": S("enero; febrero; marzo; abril; mayo; junio; julio; agosto; septiembre; octubre; noviembre; diciembre"),
    "pt": S("janeiro; fevereiro; março; abril; maio; junho; julho; agosto; setembro; outubro; novembro; dezembro"),
    "fr": S("janvier; février; mars; avril; mai; juin; juillet; août; septembre; octobre; novembre; décembre"),
    "de": S("Januar; Februar; März; April; Mai; Juni; Juli; August; September; Oktober; November; Dezember"),
    "it": S("gennaio; febbraio; marzo; aprile; maggio; giugno; luglio; agosto; settembre; ottobre; novembre; dicembre"),
    "nl": S("januari; februari; maart; april; mei; juni; juli; augustus; september; oktober; november; december"),
    "pl": S("stycznia; lutego; marca; kwietnia; maja; czerwca; lipca; sierpnia; września; października; listopada; grudnia"),
    "cs": S("ledna; února; března; dubna; května; června; července; srpna; září; října; listopadu; prosince"),
    "sv": S("januari; februari; mars; april; maj; juni; juli; augusti; september; oktober; november; december"),
    "da": S("januar; februar; marts; april; maj; juni; juli; august; september; oktober; november; december"),
    "nb": S("januar; februar; mars; april; mai; juni; juli; august; september; oktober; november; desember"),
    "fi": S("tammikuuta; helmikuuta; maaliskuuta; huhtikuuta; toukokuuta; kesäkuuta; heinäkuuta; elokuuta; syyskuuta; "
            "lokakuuta; marraskuuta; joulukuuta"),
    "tr": S("Ocak; Şubat; Mart; Nisan; Mayıs; Haziran; Temmuz; Ağustos; Eylül; Ekim; Kasım; Aralık"),
    "el": S("Ιανουαρίου; Φεβρουαρίου; Μαρτίου; Απριλίου; Μαΐου; Ιουνίου; Ιουλίου; Αυγούστου; Σεπτεμβρίου; Οκτωβρίου; "
            "Νοεμβρίου; Δεκεμβρίου"),
    "ru": S("января; февраля; марта; апреля; мая; июня; июля; августа; сентября; октября; ноября; декабря"),
    "uk": S("січня; лютого; березня; квітня; травня; червня; липня; серпня; вересня; жовтня; листопада; грудня"),
    "ar": S("يناير; فبراير; مارس; أبريل; مايو; يونيو; يوليو; أغسطس; سبتمبر; أكتوبر; نوفمبر; ديسمبر"),
    "he": S("בינואר; בפברואר; במרץ; באפריל; במאי; ביוני; ביולי; באוגוסט; בספטמבר; באוקטובר; בנובמבר; בדצמבר"),
    "hi": S("जनवरी; फ़रवरी; मार्च; अप्रैल; मई; जून; जुलाई; अगस्त; सितंबर; अक्टूबर; नवंबर; दिसंबर"),
    "bn": S("জানুয়ারি; ফেব্রুয়ারি; মার্চ; এপ্রিল; মে; জুন; জুলাই; আগস্ট; সেপ্টেম্বর; অক্টোবর; নভেম্বর; ডিসেম্বর"),
    "ta": S("ஜனவரி; பிப்ரவரி; மார்ச்; ஏப்ரல்; மே; ஜூன்; ஜூலை; ஆகஸ்ட்; செப்டம்பர்; அக்டோபர்; நவம்பர்; டிசம்பர்"),
    "id": S("Januari; Februari; Maret; April; Mei; Juni; Juli; Agustus; September; Oktober; November; Desember"),
    "ms": S("Januari; Februari; Mac; April; Mei; Jun; Julai; Ogos; September; Oktober; November; Disember"),
    "sw": S("Januari; Februari; Machi; Aprili; Mei; Juni; Julai; Agosti; Septemba; Oktoba; Novemba; Desemba"),
    "fil": S("Enero; Pebrero; Marso; Abril; Mayo; Hunyo; Hulyo; Agosto; Setyembre; Oktubre; Nobyembre; Disyembre"),
    "th": S("มกราคม; กุมภาพันธ์; มีนาคม; เมษายน; พฤษภาคม; มิถุนายน; กรกฎาคม; สิงหาคม; กันยายน; ตุลาคม; พฤศจิกายน; ธันวาคม"),
}
EN_ABBR = S("Jan; Feb; Mar; Apr; May; Jun; Jul; Aug; Sep; Oct; Nov; Dec")

DMY_DOT = {"de", "pl", "cs", "ru", "uk", "fi", "nb", "da", "tr"}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def jp_era(d):
    if d >= datetime.date(2019, 5, 1):
        era, y = "令和", d.year - 2018
    elif d >= datetime.date(1989, 1, 8):
        era, y = "平成", d.year - 1988
    else:
        era, y = "昭和", d.year - 1925
    return "%s%s年%d月%d日" % (era, "元" if y == 1 else str(y), d.month, d.day)


def numeric_date(rng, d, lang, country):
    y, m, dd = d.year, d.month, d.day
    if country in ("US",) or (lang == "en" and country == "PH"):
        return rng.choice(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%d/%d/%02d" % (m, dd, y % 100),
                           "%d-%02d-%02d" % (y, m, dd)])
    if lang in ("ja",):
        return rng.choice(["%d/%02d/%02d" % (y, m, dd), "%d-%02d-%02d" % (y, m, dd), "%d.%d.%d" % (y, m, dd)])
    if lang == "zh":
        return rng.choice(["%d-%02d-%02d" % (y, m, dd), "%d/%d/%d" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd)])
    if lang == "ko":
        return rng.choice(["%d.%02d.%02d" % (y, m, dd), "%d. %d. %d." % (y, m, dd), "%d-%02d-%02d" % (y, m, dd),
                           "%02d%02d%02d" % (y % 100, m, dd)])
    if lang == "sv" or country == "SE":
        return rng.choice(["%d-%02d-%02d" % (y, m, dd), "%d%02d%02d" % (y, m, dd)])
    if lang == "nl":
        return rng.choice(["%02d-%02d-%d" % (dd, m, y), "%d-%d-%d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y)])
    if lang in DMY_DOT or lang == "el":
        return rng.choice(["%02d.%02d.%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y), "%02d.%02d.%02d" % (dd, m, y % 100),
                           "%d-%02d-%02d" % (y, m, dd)])
    return rng.choice(["%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (dd, m, y), "%02d-%02d-%d" % (dd, m, y),
                       "%d-%02d-%02d" % (y, m, dd), "%02d.%02d.%d" % (dd, m, y)])


def long_date(rng, d, lang, country):
    y, m, dd = d.year, d.month, d.day
    mn = MONTHS.get(lang, MONTHS["en"])[m - 1]
    if lang == "en":
        mn = MONTHS["en"][m - 1]
        if country == "US" or rng.random() < 0.25:
            return rng.choice(["%s %d, %d" % (mn, dd, y), "%s %d %d" % (EN_ABBR[m - 1], dd, y), "%s %s, %d" % (mn, ordinal(dd), y)])
        return rng.choice(["%d %s %d" % (dd, mn, y), "%s %s %d" % (ordinal(dd), mn, y), "the %s of %s %d" % (ordinal(dd), mn, y),
                           "%02d-%s-%d" % (dd, EN_ABBR[m - 1], y), "%d %s %d" % (dd, EN_ABBR[m - 1], y)])
    if lang == "es":
        return rng.choice(["%d de %s de %d" % (dd, mn, y), "%d %s %d" % (dd, mn, y)])
    if lang == "pt":
        return rng.choice(["%d de %s de %d" % (dd, mn, y), "%02d de %s de %d" % (dd, mn, y)])
    if lang == "fr":
        return "%s %s %d" % ("1er" if dd == 1 else str(dd), mn, y)
    if lang == "de":
        if country == "AT" and m == 1:
            mn = "Jänner"
        return rng.choice(["%d. %s %d" % (dd, mn, y), "%02d. %s %d" % (dd, mn, y)])
    if lang in ("it", "nl", "sv", "id", "ms", "sw", "tr", "hi", "ta", "ar"):
        return "%d %s %d" % (dd, mn, y)
    if lang == "el":
        return "%d %s %d" % (dd, mn, y)
    if lang == "pl":
        return rng.choice(["%d %s %d r." % (dd, mn, y), "%d %s %d" % (dd, mn, y)])
    if lang in ("cs", "da", "nb", "fi"):
        return "%d. %s %d" % (dd, mn, y)
    if lang == "ru":
        return rng.choice(["%d %s %d г." % (dd, mn, y), "%d %s %d года" % (dd, mn, y)])
    if lang == "uk":
        return rng.choice(["%d %s %d р." % (dd, mn, y), "%d %s %d року" % (dd, mn, y)])
    if lang == "he":
        return "%d %s %d" % (dd, mn, y)
    if lang == "bn":
        s = "%d %s %d" % (dd, mn, y)
        return s.translate(BN_DIG) if rng.random() < 0.6 else s
    if lang in ("zh",):
        return rng.choice(["%d年%d月%d日" % (y, m, dd), "%d年%02d月%02d日" % (y, m, dd)])
    if lang == "ja":
        return rng.choice(["%d年%d月%d日" % (y, m, dd), jp_era(d), ("%d年%d月%d日" % (y, m, dd)).translate(FW_DIG)])
    if lang == "ko":
        return "%d년 %d월 %d일" % (y, m, dd)
    if lang == "vi":
        return rng.choice(["ngày %d tháng %d năm %d" % (dd, m, y), "%d/%d/%d" % (dd, m, y)])
    if lang == "th":
        return "%d %s %d" % (dd, MONTHS["th"][m - 1], y + 543)
    if lang == "fil":
        return rng.choice(["%s %d, %d" % (mn, dd, y), "ika-%d ng %s %d" % (dd, mn, y)])
    return "%d %s %d" % (dd, MONTHS["en"][m - 1], y)


def fmt_date(rng, d, lang, country, style=None):
    style = style or rng.choice(["num", "num", "long", "long", "iso"])
    if style == "iso":
        return d.isoformat()
    if style == "num":
        return numeric_date(rng, d, lang, country)
    return long_date(rng, d, lang, country)


def rand_dob(rng, child=False):
    start = datetime.date(2009 if child else 1938, 1, 1).toordinal()
    end = datetime.date(2019 if child else 2007, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def rand_recent(rng):
    start = datetime.date(2021, 1, 1).toordinal()
    end = datetime.date(2026, 11, 30).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


# --------------------------------------------------------------------------- health
HEALTH = {
    "en": S("type 2 diabetes; major depressive disorder; generalized anxiety disorder; HIV; hepatitis C; "
            "stage II breast cancer; bipolar I disorder; asthma; epilepsy; multiple sclerosis; Crohn's disease; "
            "hypertension; ADHD; PTSD; chronic kidney disease stage 3; rheumatoid arthritis; schizophrenia; "
            "celiac disease; long COVID; atrial fibrillation; COPD; early-onset Alzheimer's; anorexia nervosa; "
            "endometriosis; sleep apnea; a herniated disc (L4-L5); hypothyroidism; psoriatic arthritis"),
    "en_med": S("20 mg fluoxetine; metformin 500 mg twice daily; sertraline 50mg; levothyroxine 75 mcg; insulin glargine; "
                "lithium carbonate 300 mg; Truvada for PrEP; methotrexate 15 mg weekly; atorvastatin 40 mg; adalimumab; "
                "lamotrigine 100 mg; quetiapine 25mg at night; oxycodone 5 mg; Ozempic 0.5 mg; Adderall XR 20mg; "
                "warfarin; prednisone 10 mg; buprenorphine; escitalopram 10 mg; salbutamol inhaler"),
    "es": S("diabetes tipo 2; depresión mayor; trastorno de ansiedad generalizada; hipertensión arterial; epilepsia; "
            "cáncer de mama; VIH; asma; esclerosis múltiple; fibromialgia; hipotiroidismo"),
    "es_med": S("20 mg de fluoxetina; metformina 850 mg; sertralina 50 mg; enalapril 10 mg; Sintrom; insulina"),
    "pt": S("diabetes tipo 2; depressão; ansiedade generalizada; hipertensão; epilepsia; cancro da mama; câncer de próstata; "
            "HIV; asma; lúpus; esquizofrenia"),
    "pt_med": S("fluoxetina 20 mg; metformina 500 mg; losartana 50 mg; rivotril 2 mg; insulina NPH"),
    "fr": S("diabète de type 2; dépression sévère; sclérose en plaques; hypertension artérielle; épilepsie; "
            "cancer du sein; VIH; asthme; maladie de Crohn; trouble bipolaire; endométriose"),
    "fr_med": S("Lévothyrox 75 µg; Doliprane 1000 mg; metformine 1000 mg; sertraline 50 mg; Xanax 0,25 mg"),
    "de": S("Diabetes mellitus Typ 2; Depression; Bluthochdruck; Epilepsie; Multiple Sklerose; Brustkrebs; HIV; "
            "Asthma bronchiale; Morbus Crohn; Burnout-Syndrom; Schilddrüsenunterfunktion; Vorhofflimmern"),
    "de_med": S("Ibuprofen 600 mg; Metformin 1000 mg; Citalopram 20 mg; L-Thyroxin 50 µg; Ramipril 5 mg; Marcumar"),
    "it": S("diabete di tipo 2; depressione; ipertensione; epilessia; celiachia; sclerosi multipla; tumore al seno; "
            "HIV; asma; disturbo bipolare"),
    "it_med": S("Eutirox 50 mcg; metformina 500 mg; paroxetina 20 mg; Coumadin"),
    "nl": S("diabetes type 2; depressie; hoge bloeddruk; epilepsie; astma; borstkanker; de ziekte van Crohn; hiv; burn-out"),
    "nl_med": S("metformine 500 mg; sertraline 50 mg; levothyroxine 100 mcg; oxazepam 10 mg"),
    "pl": S("cukrzyca typu 2; depresja; nadciśnienie; padaczka; astma; stwardnienie rozsiane; rak piersi; HIV; niedoczynność tarczycy"),
    "pl_med": S("metformina 500 mg; Euthyrox 75; sertralina 50 mg"),
    "ru": S("сахарный диабет 2 типа; депрессия; гипертония; эпилепсия; бронхиальная астма; рассеянный склероз; "
            "рак молочной железы; ВИЧ; гепатит C"),
    "ru_med": S("метформин 850 мг; флуоксетин 20 мг; эутирокс 50 мкг; инсулин"),
    "uk": S("цукровий діабет 2 типу; депресія; гіпертонія; епілепсія; астма"),
    "tr": S("tip 2 diyabet; depresyon; hipertansiyon; epilepsi; astım; meme kanseri; MS hastalığı; HIV"),
    "tr_med": S("metformin 1000 mg; Lustral 50 mg; Euthyrox 100 mcg"),
    "sv": S("typ 2-diabetes; depression; högt blodtryck; epilepsi; astma; MS; bröstcancer; ADHD"),
    "da": S("type 2-diabetes; depression; forhøjet blodtryk; epilepsi; astma"),
    "nb": S("diabetes type 2; depresjon; høyt blodtrykk; epilepsi; astma"),
    "fi": S("tyypin 2 diabetes; masennus; kohonnut verenpaine; epilepsia; astma"),
    "cs": S("cukrovka 2. typu; deprese; vysoký krevní tlak; epilepsie; astma"),
    "el": S("διαβήτη τύπου 2; κατάθλιψη; υπέρταση; επιληψία; άσθμα"),
    "ar": S("السكري من النوع الثاني; الاكتئاب; ارتفاع ضغط الدم; الصرع; الربو; سرطان الثدي"),
    "he": S("סוכרת סוג 2; דיכאון; יתר לחץ דם; אפילפסיה; אסתמה"),
    "hi": S("टाइप 2 डायबिटीज़; डिप्रेशन; हाई ब्लड प्रेशर; मिर्गी; अस्थमा; थायरॉइड"),
    "bn": S("টাইপ ২ ডায়াবেটিস; বিষণ্ণতা; উচ্চ রক্তচাপ; হাঁপানি"),
    "ta": S("சர்க்கரை நோய்; மன அழுத்தம்; உயர் இரத்த அழுத்தம்; ஆஸ்துமா"),
    "zh": S("2型糖尿病; 抑郁症; 高血压; 癫痫; 哮喘; 乳腺癌; 乙肝; 焦虑症"),
    "zh_med": S("二甲双胍500mg; 舍曲林50mg; 胰岛素"),
    "ja": S("2型糖尿病; うつ病; 高血圧; てんかん; 喘息; 乳がん; 適応障害; パニック障害"),
    "ja_med": S("メトホルミン500mg; レクサプロ10mg; チラーヂン50μg"),
    "ko": S("제2형 당뇨병; 우울증; 고혈압; 뇌전증; 천식; 유방암; 공황장애"),
    "ko_med": S("메트포르민 500mg; 졸로푸트 50mg"),
    "vi": S("tiểu đường tuýp 2; trầm cảm; cao huyết áp; động kinh; hen suyễn; viêm gan B"),
    "th": S("เบาหวานชนิดที่ 2; โรคซึมเศร้า; ความดันโลหิตสูง; โรคหอบหืด"),
    "id": S("diabetes tipe 2; depresi; hipertensi; epilepsi; asma; TBC; kanker payudara"),
    "id_med": S("metformin 500 mg; amlodipin 5 mg"),
    "ms": S("kencing manis jenis 2; kemurungan; darah tinggi; asma"),
    "sw": S("kisukari aina ya pili; shinikizo la damu; kifafa; pumu; VVU"),
    "fil": S("type 2 diabetes; altapresyon; hika; depresyon; TB"),
}


def health(rng, lang, med=None):
    if med is None:
        med = rng.random() < 0.35
    key = lang + "_med" if med else lang
    if key not in HEALTH:
        key = lang if lang in HEALTH else ("en_med" if med else "en")
    return rng.choice(HEALTH[key]), (key.endswith("_med"))


# --------------------------------------------------------------------------- password material
PW_WORDS = {
    "en": S("correct; horse; battery; staple; purple; monkey; dishwasher; lamp; river; coffee; tiger; orange; cloud; "
            "garden; rocket; velvet; maple; thunder; pickle; marble; hazel; lantern; falcon; biscuit"),
    "de": S("Sonne; Regen; Tisch; Apfel; Katze; Brücke; Wolke; Kaffee; Fenster; Schatz; Bär; Fuchs; Großvater"),
    "es": S("gatito; sol; luna; cielo; mango; verde; perro; playa; ñandú; corazón; fresa; tortuga"),
    "fr": S("soleil; chaton; fromage; baguette; étoile; pomme; nuage; château; lapin; forêt"),
    "pt": S("saudade; gato; praia; coração; laranja; futebol; canela; sorvete"),
    "it": S("gattino; sole; pizza; mare; cuore; stella; limone; montagna"),
    "nl": S("fiets; kaas; tulp; molen; regen; konijn; drop; gracht"),
    "pl": S("kotek; słońce; żubr; pierogi; morze; jabłko; zamek"),
    "ru": S("солнце; кошка; пароль; зима; медведь; Москва"),
    "tr": S("kedi; deniz; güneş; çay; aslan; kalem"),
    "sv": S("sommar; katt; fika; älg; hav; snö"),
}
SPORTS = S("Bayern; Arsenal; Lakers; Yankees; Boca; Flamengo; Galatasaray; Ajax; Celtic; Chelsea; Barça; Juve")


def password(rng, lang, style=None, urlsafe=False):
    style = style or rng.choice(["random", "random", "word", "word", "phrase", "sport", "unicode"])
    syms = "!#$%&*_-+=.?" if not urlsafe else "!*_-.~"
    if style == "random":
        n = rng.randint(10, 22)
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789" + syms
        while True:
            s = "".join(rng.choice(alphabet) for _ in range(n))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
                return s
    words = PW_WORDS.get(lang, PW_WORDS["en"])
    if style == "word":
        w = rng.choice(words)
        w = w[0].upper() + w[1:]
        return rng.choice(["%s%d%s", "%s_%d%s", "%s%02d%s"]) % (w, rng.randint(1, 2025), rng.choice(syms))
    if style == "phrase":
        k = rng.randint(3, 5)
        sep = rng.choice(["-", "-", ".", "_"]) if urlsafe else rng.choice(["-", "-", ".", "_", " "])
        return sep.join(rng.choice(words) for _ in range(k)) + (str(rng.randint(0, 99)) if rng.random() < 0.5 else "")
    if style == "sport":
        return "%s%d%s" % (rng.choice(SPORTS).replace("ç", "c") if urlsafe else rng.choice(SPORTS), rng.choice([1900, 1974, 2010, 2023, 99, 7]),
                           rng.choice(syms))
    # unicode-ish
    w = rng.choice(words)
    if urlsafe:
        return "%s%d%s" % (w.capitalize(), rng.randint(10, 99), rng.choice(syms))
    return "%s%s%d%s" % (w.capitalize(), rng.choice(["#", "!", "$", ""]), rng.randint(10, 9999), rng.choice(["", "?", "*"]))
