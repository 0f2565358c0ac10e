"""Per-language months, date formats, field labels, sentences and
assistant replies (hand-written for dev14)."""
import datetime

from values import jalali, jp_era, to_digits

LABEL_KEYS = ["name", "first", "last", "dob", "phone", "email", "addr", "pw", "iban", "card", "diag", "meds",
              "notes", "patient", "customer", "date", "user"]

LABELS = {
    "en": "Full name|First name|Last name|Date of birth|Phone|Email|Address|Password|IBAN|Card number|Diagnosis|"
          "Medication|Notes|Patient|Customer|Date|Username",
    "es": "Nombre completo|Nombre|Apellidos|Fecha de nacimiento|Teléfono|Correo electrónico|Dirección|Contraseña|"
          "IBAN|Número de tarjeta|Diagnóstico|Medicación|Observaciones|Paciente|Cliente|Fecha|Usuario",
    "pt": "Nome completo|Nome|Sobrenome|Data de nascimento|Telefone|E-mail|Endereço|Senha|IBAN|Número do cartão|"
          "Diagnóstico|Medicação|Observações|Paciente|Cliente|Data|Usuário",
    "fr": "Nom complet|Prénom|Nom|Date de naissance|Téléphone|Courriel|Adresse|Mot de passe|IBAN|Numéro de carte|"
          "Diagnostic|Traitement|Remarques|Patient|Client|Date|Identifiant",
    "de": "Name|Vorname|Nachname|Geburtsdatum|Telefon|E-Mail|Anschrift|Passwort|IBAN|Kartennummer|Diagnose|"
          "Medikation|Bemerkungen|Patient|Kunde|Datum|Benutzername",
    "it": "Nome e cognome|Nome|Cognome|Data di nascita|Telefono|Email|Indirizzo|Password|IBAN|Numero carta|Diagnosi|"
          "Terapia|Note|Paziente|Cliente|Data|Utente",
    "nl": "Naam|Voornaam|Achternaam|Geboortedatum|Telefoon|E-mail|Adres|Wachtwoord|IBAN|Kaartnummer|Diagnose|"
          "Medicatie|Opmerkingen|Patiënt|Klant|Datum|Gebruikersnaam",
    "pl": "Imię i nazwisko|Imię|Nazwisko|Data urodzenia|Telefon|E-mail|Adres|Hasło|IBAN|Numer karty|Rozpoznanie|"
          "Leki|Uwagi|Pacjent|Klient|Data|Login",
    "sv": "Namn|Förnamn|Efternamn|Födelsedatum|Telefon|E-post|Adress|Lösenord|IBAN|Kortnummer|Diagnos|Läkemedel|"
          "Anteckningar|Patient|Kund|Datum|Användarnamn",
    "nb": "Navn|Fornavn|Etternavn|Fødselsdato|Telefon|E-post|Adresse|Passord|IBAN|Kortnummer|Diagnose|Medisiner|"
          "Merknader|Pasient|Kunde|Dato|Brukernavn",
    "da": "Navn|Fornavn|Efternavn|Fødselsdato|Telefon|E-mail|Adresse|Adgangskode|IBAN|Kortnummer|Diagnose|Medicin|"
          "Bemærkninger|Patient|Kunde|Dato|Brugernavn",
    "fi": "Nimi|Etunimi|Sukunimi|Syntymäaika|Puhelin|Sähköposti|Osoite|Salasana|IBAN|Kortin numero|Diagnoosi|"
          "Lääkitys|Huomautukset|Potilas|Asiakas|Päivämäärä|Käyttäjätunnus",
    "cs": "Jméno a příjmení|Jméno|Příjmení|Datum narození|Telefon|E-mail|Adresa|Heslo|IBAN|Číslo karty|Diagnóza|"
          "Léky|Poznámky|Pacient|Zákazník|Datum|Uživatelské jméno",
    "ro": "Nume complet|Prenume|Nume|Data nașterii|Telefon|E-mail|Adresă|Parolă|IBAN|Număr card|Diagnostic|"
          "Medicație|Observații|Pacient|Client|Data|Utilizator",
    "el": "Ονοματεπώνυμο|Όνομα|Επώνυμο|Ημερομηνία γέννησης|Τηλέφωνο|Email|Διεύθυνση|Κωδικός πρόσβασης|IBAN|"
          "Αριθμός κάρτας|Διάγνωση|Φαρμακευτική αγωγή|Σημειώσεις|Ασθενής|Πελάτης|Ημερομηνία|Όνομα χρήστη",
    "tr": "Ad Soyad|Ad|Soyad|Doğum tarihi|Telefon|E-posta|Adres|Şifre|IBAN|Kart numarası|Tanı|İlaçlar|Notlar|Hasta|"
          "Müşteri|Tarih|Kullanıcı adı",
    "ru": "ФИО|Имя|Фамилия|Дата рождения|Телефон|Эл. почта|Адрес|Пароль|IBAN|Номер карты|Диагноз|Препараты|"
          "Примечания|Пациент|Клиент|Дата|Логин",
    "uk": "ПІБ|Ім'я|Прізвище|Дата народження|Телефон|Ел. пошта|Адреса|Пароль|IBAN|Номер картки|Діагноз|Ліки|"
          "Примітки|Пацієнт|Клієнт|Дата|Логін",
    "ar": "الاسم الكامل|الاسم الأول|اسم العائلة|تاريخ الميلاد|رقم الجوال|البريد الإلكتروني|العنوان|كلمة المرور|الآيبان|"
          "رقم البطاقة|التشخيص|الأدوية|ملاحظات|المريض|العميل|التاريخ|اسم المستخدم",
    "he": "שם מלא|שם פרטי|שם משפחה|תאריך לידה|טלפון|דוא\"ל|כתובת|סיסמה|IBAN|מספר כרטיס|אבחנה|תרופות|הערות|מטופל|"
          "לקוח|תאריך|שם משתמש",
    "fa": "نام و نام خانوادگی|نام|نام خانوادگی|تاریخ تولد|تلفن همراه|ایمیل|نشانی|رمز عبور|شبا|شماره کارت|تشخیص|"
          "داروها|توضیحات|بیمار|مشتری|تاریخ|نام کاربری",
    "hi": "पूरा नाम|पहला नाम|उपनाम|जन्म तिथि|मोबाइल|ईमेल|पता|पासवर्ड|IBAN|कार्ड नंबर|निदान|दवाइयाँ|टिप्पणी|मरीज़|"
          "ग्राहक|दिनांक|यूज़रनेम",
    "bn": "পূর্ণ নাম|নাম|পদবি|জন্ম তারিখ|মোবাইল|ইমেইল|ঠিকানা|পাসওয়ার্ড|IBAN|কার্ড নম্বর|রোগনির্ণয়|ওষুধ|মন্তব্য|রোগী|"
          "গ্রাহক|তারিখ|ইউজারনেম",
    "ta": "முழு பெயர்|பெயர்|குடும்பப் பெயர்|பிறந்த தேதி|கைப்பேசி|மின்னஞ்சல்|முகவரி|கடவுச்சொல்|IBAN|அட்டை எண்|"
          "நோயறிதல்|மருந்துகள்|குறிப்புகள்|நோயாளி|வாடிக்கையாளர்|தேதி|பயனர்பெயர்",
    "th": "ชื่อ-นามสกุล|ชื่อ|นามสกุล|วันเกิด|โทรศัพท์|อีเมล|ที่อยู่|รหัสผ่าน|IBAN|หมายเลขบัตร|การวินิจฉัย|ยา|หมายเหตุ|"
          "ผู้ป่วย|ลูกค้า|วันที่|ชื่อผู้ใช้",
    "vi": "Họ và tên|Tên|Họ|Ngày sinh|Điện thoại|Email|Địa chỉ|Mật khẩu|IBAN|Số thẻ|Chẩn đoán|Thuốc|Ghi chú|"
          "Bệnh nhân|Khách hàng|Ngày|Tên đăng nhập",
    "id": "Nama lengkap|Nama depan|Nama belakang|Tanggal lahir|No. HP|Email|Alamat|Kata sandi|IBAN|Nomor kartu|"
          "Diagnosis|Obat|Catatan|Pasien|Pelanggan|Tanggal|Nama pengguna",
    "ms": "Nama penuh|Nama|Nama keluarga|Tarikh lahir|No. telefon|E-mel|Alamat|Kata laluan|IBAN|Nombor kad|Diagnosis|"
          "Ubat|Catatan|Pesakit|Pelanggan|Tarikh|Nama pengguna",
    "tl": "Buong pangalan|Pangalan|Apelyido|Petsa ng kapanganakan|Telepono|Email|Tirahan|Password|IBAN|"
          "Numero ng card|Diyagnosis|Gamot|Tala|Pasyente|Customer|Petsa|Username",
    "ja": "氏名|名|姓|生年月日|電話番号|メールアドレス|住所|パスワード|IBAN|カード番号|診断名|服用中の薬|備考|患者|お客様|日付|ユーザー名",
    "ko": "성명|이름|성|생년월일|연락처|이메일|주소|비밀번호|IBAN|카드번호|진단명|복용 약물|비고|환자|고객|날짜|아이디",
    "zh": "姓名|名|姓|出生日期|手机号|电子邮箱|地址|密码|IBAN|卡号|诊断|用药|备注|患者|客户|日期|用户名",
    "zh-TW": "姓名|名|姓|出生日期|手機|電子郵件|地址|密碼|IBAN|卡號|診斷|用藥|備註|病患|客戶|日期|帳號",
    "sw": "Jina kamili|Jina la kwanza|Jina la ukoo|Tarehe ya kuzaliwa|Simu|Barua pepe|Anwani|Nenosiri|IBAN|"
          "Namba ya kadi|Utambuzi|Dawa|Maelezo|Mgonjwa|Mteja|Tarehe|Jina la mtumiaji",
}


def lkey(loc):
    return "zh-TW" if loc == "zh-TW" else loc.split("-")[0]


def labels(loc):
    return dict(zip(LABEL_KEYS, LABELS[lkey(loc)].split("|")))


def _m(s):
    return s.split()


MONTHS = {
    "en": _m("January February March April May June July August September October November December"),
    "es": _m("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "pt": _m("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "fr": _m("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "de": _m("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "de-AT": _m("Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "it": _m("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "nl": _m("januari februari maart april mei juni juli augustus september oktober november december"),
    "pl": _m("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    "sv": _m("januari februari mars april maj juni juli augusti september oktober november december"),
    "nb": _m("januar februar mars april mai juni juli august september oktober november desember"),
    "da": _m("januar februar marts april maj juni juli august september oktober november december"),
    "fi": _m("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
             "lokakuuta marraskuuta joulukuuta"),
    "cs": _m("ledna února března dubna května června července srpna září října listopadu prosince"),
    "ro": _m("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"),
    "el": _m("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
             "Νοεμβρίου Δεκεμβρίου"),
    "tr": _m("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "ru": _m("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "uk": _m("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),
    "ar": _m("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    "he": _m("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר"),
    "fa": _m("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"),
    "hi": _m("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"),
    "bn": _m("জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর"),
    "ta": _m("ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்"),
    "th": _m("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"),
    "id": _m("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"),
    "ms": _m("Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember"),
    "tl": _m("Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre"),
    "sw": _m("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba"),
}
MONTHS_ABBR = {
    "en": _m("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "th": _m("ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."),
    "de": _m("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "es": _m("ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic."),
}
NOM_MONTHS = {  # nominative forms for "month year" headers where they differ
    "pl": _m("styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień"),
}

_DMY_EN = ["{dd}/{mm}/{yyyy}", "{d} {M} {yyyy}", "{do} {M} {yyyy}", "{d} {Ma} {yyyy}", "{yyyy}-{mm}-{dd}",
           "{dd}-{mm}-{yyyy}", "{do} of {M} {yyyy}", "{dd}.{mm}.{yyyy}", "{d}/{m}/{yy}"]
DATEF = {
    "en-US": ["{mm}/{dd}/{yyyy}", "{m}/{d}/{yyyy}", "{M} {d}, {yyyy}", "{Ma} {d}, {yyyy}", "{yyyy}-{mm}-{dd}",
              "{m}/{d}/{yy}", "{M} {do}, {yyyy}", "{mm}-{dd}-{yyyy}"],
    "en-GB": _DMY_EN, "en-AU": _DMY_EN, "en-NG": _DMY_EN, "en-IN": _DMY_EN + ["{dd}-{Ma}-{yyyy}"],
    "en-ZA": _DMY_EN + ["{yyyy}/{mm}/{dd}"],
    "es": ["{dd}/{mm}/{yyyy}", "{d} de {M} de {yyyy}", "{d}/{m}/{yyyy}", "{dd}-{mm}-{yyyy}", "{d} de {M} del {yyyy}",
           "{d} {Ma} {yyyy}"],
    "pt": ["{dd}/{mm}/{yyyy}", "{d} de {M} de {yyyy}", "{dd}.{mm}.{yyyy}", "{dd}-{mm}-{yyyy}", "{d}/{m}/{yyyy}"],
    "fr": ["{dd}/{mm}/{yyyy}", "{d1} {M} {yyyy}", "{dd}.{mm}.{yyyy}", "{d}/{m}/{yyyy}"],
    "fr-CA": ["{yyyy}-{mm}-{dd}", "{d1} {M} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "de": ["{dd}.{mm}.{yyyy}", "{d}. {M} {yyyy}", "{d}.{m}.{yyyy}", "{dd}.{mm}.{yy}", "{yyyy}-{mm}-{dd}",
           "{d}. {Ma} {yyyy}"],
    "it": ["{dd}/{mm}/{yyyy}", "{d} {M} {yyyy}", "{dd}-{mm}-{yyyy}", "{dd}.{mm}.{yyyy}", "{d1i} {M} {yyyy}"],
    "nl": ["{dd}-{mm}-{yyyy}", "{d} {M} {yyyy}", "{dd}/{mm}/{yyyy}", "{d}-{m}-{yyyy}"],
    "pl": ["{dd}.{mm}.{yyyy}", "{d} {M} {yyyy}", "{yyyy}-{mm}-{dd}", "{dd}-{mm}-{yyyy}"],
    "sv": ["{yyyy}-{mm}-{dd}", "{d} {M} {yyyy}", "{yyyy}{mm}{dd}"],
    "nb": ["{dd}.{mm}.{yyyy}", "{d}. {M} {yyyy}", "{dd}{mm}{yy}"],
    "da": ["{dd}.{mm}.{yyyy}", "{d}. {M} {yyyy}", "{dd}-{mm}-{yyyy}", "{dd}/{mm}-{yyyy}"],
    "fi": ["{d}.{m}.{yyyy}", "{d}. {M} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "cs": ["{d}. {m}. {yyyy}", "{d}. {M} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "ro": ["{dd}.{mm}.{yyyy}", "{d} {M} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "el": ["{dd}/{mm}/{yyyy}", "{d} {M} {yyyy}", "{d}-{m}-{yyyy}"],
    "tr": ["{dd}.{mm}.{yyyy}", "{d} {M} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "ru": ["{dd}.{mm}.{yyyy}", "{d} {M} {yyyy}", "{dd}.{mm}.{yy}"],
    "uk": ["{dd}.{mm}.{yyyy}", "{d} {M} {yyyy}"],
    "ar": ["{d}/{m}/{yyyy}", "{d} {M} {yyyy}", "{yyyy}/{mm}/{dd}", "{dd}-{mm}-{yyyy}"],
    "he": ["{d}.{m}.{yyyy}", "{dd}/{mm}/{yyyy}", "{d} ב{M} {yyyy}", "{d}.{m}.{yy}"],
    "fa": ["{jy}/{jmm}/{jdd}", "{jd} {JM} {jy}", "{yyyy}-{mm}-{dd}"],
    "hi": ["{dd}/{mm}/{yyyy}", "{d} {M} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "bn": ["{dd}/{mm}/{yyyy}", "{d} {M} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "ta": ["{dd}/{mm}/{yyyy}", "{d} {M} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "th": ["{d} {M} {by}", "{d} {Ma} {by}", "{dd}/{mm}/{by}", "{dd}/{mm}/{yyyy}", "{d} {M} พ.ศ. {by}"],
    "vi": ["{dd}/{mm}/{yyyy}", "{d} tháng {m} năm {yyyy}", "{d}/{m}/{yyyy}", "{dd}-{mm}-{yyyy}"],
    "id": ["{dd}-{mm}-{yyyy}", "{d} {M} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "ms": ["{dd}/{mm}/{yyyy}", "{d} {M} {yyyy}", "{dd}-{mm}-{yyyy}", "{dd}.{mm}.{yyyy}"],
    "tl": ["{M} {d}, {yyyy}", "{mm}/{dd}/{yyyy}", "ika-{d} ng {M} {yyyy}"],
    "ja": ["{yyyy}年{m}月{d}日", "{yyyy}/{mm}/{dd}", "{era}{ey}年{m}月{d}日", "{yyyy}-{mm}-{dd}", "{yyyy}年{mm}月{dd}日"],
    "ko": ["{yyyy}년 {m}월 {d}일", "{yyyy}.{mm}.{dd}", "{yyyy}. {m}. {d}.", "{yyyy}-{mm}-{dd}"],
    "zh": ["{yyyy}年{m}月{d}日", "{yyyy}-{mm}-{dd}", "{yyyy}/{m}/{d}", "{yyyy}.{mm}.{dd}"],
    "zh-TW": ["民國{roc}年{m}月{d}日", "{yyyy}年{m}月{d}日", "{yyyy}/{mm}/{dd}", "{roc}/{mm}/{dd}"],
    "sw": ["{dd}/{mm}/{yyyy}", "{d} {M} {yyyy}", "{dd}-{mm}-{yyyy}"],
}
# locales whose digits may be native-script in dates/phones
NATIVE_DIGITS = {"ar": "arab", "fa": "pers", "hi": "deva", "bn": "beng", "th": "thai"}


def _ord_en(d):
    if 11 <= d % 100 <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def date_formats(loc):
    if loc in DATEF:
        return DATEF[loc]
    k = lkey(loc)
    return DATEF[k]


def fmt_date(loc, d, f, native_digits=False):
    k = lkey(loc)
    months = MONTHS.get(loc) or MONTHS.get(k) or MONTHS["en"]
    abbr = MONTHS_ABBR.get(k) or months
    jy, jm, jd = jalali(d)
    era, ey = jp_era(d)
    vals = {
        "d": str(d.day), "dd": "%02d" % d.day, "m": str(d.month), "mm": "%02d" % d.month,
        "yyyy": str(d.year), "yy": "%02d" % (d.year % 100), "M": months[d.month - 1],
        "Ma": abbr[d.month - 1], "do": _ord_en(d.day),
        "d1": "1er" if d.day == 1 else str(d.day), "d1i": "1º" if d.day == 1 else str(d.day),
        "by": str(d.year + 543), "roc": str(d.year - 1911), "era": era, "ey": "元" if ey == 1 else str(ey),
        "jy": str(jy), "jmm": "%02d" % jm, "jdd": "%02d" % jd, "jd": str(jd), "JM": MONTHS["fa"][jm - 1],
    }
    s = f.format(**vals)
    if native_digits:
        script = NATIVE_DIGITS.get(k) or ("full" if k == "ja" else None)
        s = to_digits(s, script)
    return s


def rand_date_str(rng, loc, d, native_p=0.3):
    f = rng.choice(date_formats(loc))
    k = lkey(loc)
    nat = (k in NATIVE_DIGITS or k == "ja") and rng.random() < (native_p if k != "ja" else 0.1)
    if k == "fa":
        nat = rng.random() < 0.7
    return fmt_date(loc, d, f, nat)


def rand_dob(rng, lo=1938, hi=2008):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def rand_recent(rng, lo=2021, hi=2025):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


# ------------------------------------------------------------ sentences
# slots: {name} {dob} {age} {addr} {phone} {email} {pw} {card} {iban} {ip} {ssn}

S = {}

S["en"] = dict(
    intro=["Hi, my name is {name}.", "This is {name} writing about my account.", "{name} here.",
           "I'm {name} and I need help with my booking.", "Account holder: {name}.", "hey, it's {name} again"],
    dob=["My date of birth is {dob}.", "I was born on {dob}.", "DOB {dob}, if you need it for verification.",
         "For the record I'm {age}, born {dob}.", "My birthday is {dob} and the form keeps rejecting it.",
         "date of birth is {dob} btw"],
    addr=["Please ship it to {addr}.", "My address is {addr}.", "I moved last month; the new address is {addr}.",
          "Send the replacement card to {addr} please.", "Deliver to: {addr}"],
    phone=["You can reach me on {phone}.", "Call me back at {phone}.", "My mobile is {phone}.",
           "text me on {phone} if anything changes"],
    email=["My email is {email}.", "Reply to {email}, not the old address.", "the login email is {email}"],
    pw=["My password is {pw} in case you need to log in.", "I reset it to {pw} but it still won't let me in.",
        "temporary password: {pw}", "I used {pw} as the password, is that too weak?", "the wifi password is {pw}",
        "pw is {pw} (please don't judge)"],
    card=["I paid with {card} and was charged twice.", "Card number {card}, expiry 09/27.",
          "charge it to my card, {card}"],
    iban=["Please refund to my account {iban}.", "IBAN: {iban}"],
    ip=["My IP address is {ip}, can you whitelist it?", "the login came from {ip} and that wasn't me"],
    ssn=["My social is {ssn}.", "SSN {ssn}", "last time you asked for my social security number: {ssn}"],
    third=["{name} from accounts said you'd sort it out.", "I spoke to {name} yesterday about this.",
           "Could you cc {name} on the reply?", "{name} and I share the account.",
           "My neighbour {name} signed for the parcel.", "Loop in {name} please."],
    bye=["Thanks,\n{name}", "Cheers, {name}", "Best regards,\n{name}", "Kind regards\n{name}"],
    reply=["Thanks, {given}. I've updated your details.", "Got it. I'll pass this to the billing team.",
           "Sorry about that! Let me check the order status for you.",
           "Thanks for confirming, {given}. Is there anything else I can help with?"],
)
S["es"] = dict(
    intro=["Hola, me llamo {name}.", "Soy {name} y tengo un problema con mi pedido.", "Buenas, les escribe {name}.",
           "Titular de la cuenta: {name}."],
    dob=["Mi fecha de nacimiento es {dob}.", "Nací el {dob}.", "Fecha de nac.: {dob}",
         "Tengo {age} años (nací el {dob})."],
    addr=["Mi dirección es {addr}.", "Envíenlo a {addr}, por favor.", "Me mudé; la nueva dirección es {addr}."],
    phone=["Mi teléfono es el {phone}.", "Pueden llamarme al {phone}.", "mi cel es {phone}", "WhatsApp: {phone}"],
    email=["Mi correo es {email}.", "Respondan a {email}, por favor."],
    pw=["Mi contraseña es {pw}.", "Puse la clave {pw} y no entra.", "la contraseña del wifi es {pw}"],
    card=["Pagué con la tarjeta {card}.", "Número de tarjeta: {card}"],
    iban=["Hagan la devolución a mi cuenta {iban}.", "IBAN: {iban}"],
    ip=["Mi IP es {ip}."],
    third=["{name} me dijo que ustedes lo solucionarían.", "Hablé ayer con {name} sobre esto.",
           "Pongan en copia a {name}, por favor.", "Mi vecina {name} recogió el paquete."],
    bye=["Gracias,\n{name}", "Un saludo,\n{name}", "Saludos cordiales, {name}"],
    reply=["Gracias, {given}. Ya actualicé sus datos.", "Entendido, lo paso al equipo de facturación.",
           "Disculpe las molestias, reviso el estado del pedido."],
)
S["pt"] = dict(
    intro=["Olá, meu nome é {name}.", "Chamo-me {name}.", "Aqui é {name}.", "Sou {name} e preciso de ajuda."],
    dob=["Minha data de nascimento é {dob}.", "Nasci em {dob}.", "Data de nasc.: {dob}",
         "Tenho {age} anos, nasci em {dob}."],
    addr=["Meu endereço é {addr}.", "A minha morada é {addr}.", "Enviem para {addr}, por favor."],
    phone=["Meu celular é {phone}.", "O meu telemóvel é o {phone}.", "Podem ligar para {phone}."],
    email=["Meu e-mail é {email}.", "Respondam para {email}."],
    pw=["Minha senha é {pw}.", "A palavra-passe é {pw}.", "troquei a senha para {pw} e continua dando erro"],
    card=["Paguei com o cartão {card}.", "Número do cartão: {card}"],
    iban=["Façam o reembolso para o IBAN {iban}.", "IBAN: {iban}"],
    ip=["Meu IP é {ip}."],
    third=["A {name} do financeiro disse que vocês resolveriam.", "Falei com {name} ontem sobre isso.",
           "Coloquem {name} em cópia, por favor."],
    bye=["Obrigado,\n{name}", "Abraços, {name}", "Cumprimentos,\n{name}"],
    reply=["Obrigado, {given}. Seus dados foram atualizados.", "Certo, vou encaminhar para o financeiro."],
)
S["fr"] = dict(
    intro=["Bonjour, je m'appelle {name}.", "Ici {name}, je vous écris au sujet de ma commande.",
           "Je suis {name}, titulaire du compte."],
    dob=["Ma date de naissance est le {dob}.", "Je suis né le {dob}.", "Date de naissance : {dob}",
         "J'ai {age} ans (née le {dob})."],
    addr=["Mon adresse : {addr}.", "Merci d'envoyer le colis au {addr}.", "J'habite au {addr}."],
    phone=["Mon numéro : {phone}.", "Vous pouvez me joindre au {phone}.", "mon portable c'est le {phone}"],
    email=["Mon adresse e-mail est {email}.", "Répondez-moi sur {email}."],
    pw=["Mon mot de passe est {pw}.", "J'ai mis {pw} comme mot de passe.", "mdp : {pw}"],
    card=["J'ai payé avec la carte {card}.", "Numéro de carte : {card}"],
    iban=["Merci de rembourser sur mon IBAN {iban}.", "RIB / IBAN : {iban}"],
    ip=["Mon adresse IP est {ip}."],
    third=["{name} du service client m'a dit de vous écrire.", "J'ai parlé hier avec {name}.",
           "Mettez {name} en copie, svp."],
    bye=["Merci,\n{name}", "Cordialement,\n{name}", "Bien à vous, {name}"],
    reply=["Merci {given}, vos informations sont à jour.", "C'est noté, je transmets au service facturation."],
)
S["de"] = dict(
    intro=["Hallo, ich bin {name}.", "Mein Name ist {name}.", "Hier schreibt {name}.", "Kontoinhaber: {name}."],
    dob=["Mein Geburtsdatum ist der {dob}.", "Ich bin am {dob} geboren.", "Geb. {dob}",
         "Ich bin {age} (geboren am {dob})."],
    addr=["Meine Adresse: {addr}.", "Bitte schicken Sie es an {addr}.", "Ich wohne jetzt in der {addr}."],
    phone=["Sie erreichen mich unter {phone}.", "Meine Handynummer ist {phone}.", "Rückruf bitte an {phone}."],
    email=["Meine E-Mail-Adresse ist {email}.", "Bitte antworten Sie an {email}."],
    pw=["Mein Passwort ist {pw}.", "Ich habe das Kennwort auf {pw} geändert.", "PW: {pw}",
        "das WLAN-Passwort lautet {pw}"],
    card=["Ich habe mit der Karte {card} bezahlt.", "Kartennummer: {card}"],
    iban=["Bitte erstatten Sie auf mein Konto {iban}.", "IBAN: {iban}"],
    ip=["Meine IP-Adresse ist {ip}."],
    third=["{name} aus der Buchhaltung meinte, Sie könnten helfen.", "Ich habe gestern mit {name} telefoniert.",
           "Bitte setzen Sie {name} in CC."],
    bye=["Danke,\n{name}", "Viele Grüße\n{name}", "Mit freundlichen Grüßen\n{name}", "LG {name}"],
    reply=["Danke, {given}. Ich habe Ihre Daten aktualisiert.", "Verstanden, ich gebe das an die Buchhaltung weiter."],
)
S["it"] = dict(
    intro=["Buongiorno, mi chiamo {name}.", "Sono {name} e vi scrivo per un problema.", "Intestatario: {name}."],
    dob=["Sono nato il {dob}.", "Data di nascita: {dob}", "La mia data di nascita è il {dob}.",
         "Ho {age} anni (nata il {dob})."],
    addr=["Il mio indirizzo è {addr}.", "Spedite a {addr}, grazie.", "Abito in {addr}."],
    phone=["Il mio cellulare è {phone}.", "Potete chiamarmi al {phone}."],
    email=["La mia email è {email}.", "Rispondete a {email}."],
    pw=["La mia password è {pw}.", "Ho cambiato la password in {pw}.", "la password del wifi è {pw}"],
    card=["Ho pagato con la carta {card}.", "Numero carta: {card}"],
    iban=["Rimborsate sull'IBAN {iban}.", "IBAN: {iban}"],
    ip=["Il mio indirizzo IP è {ip}."],
    third=["{name} dell'amministrazione mi ha detto di scrivervi.", "Ho parlato ieri con {name}.",
           "Mettete {name} in copia."],
    bye=["Grazie,\n{name}", "Cordiali saluti,\n{name}", "Un saluto, {name}"],
    reply=["Grazie {given}, ho aggiornato i suoi dati.", "Ricevuto, inoltro all'amministrazione."],
)
S["nl"] = dict(
    intro=["Hallo, mijn naam is {name}.", "Met {name}.", "Ik ben {name} en ik heb een vraag over mijn bestelling."],
    dob=["Mijn geboortedatum is {dob}.", "Ik ben geboren op {dob}.", "Geb. datum: {dob}"],
    addr=["Mijn adres is {addr}.", "Stuur het naar {addr}."],
    phone=["U kunt mij bereiken op {phone}.", "Mijn mobiele nummer is {phone}."],
    email=["Mijn e-mailadres is {email}."],
    pw=["Mijn wachtwoord is {pw}.", "Ik heb het wachtwoord veranderd in {pw}."],
    card=["Ik heb betaald met kaart {card}."],
    iban=["Graag terugstorten op {iban}.", "IBAN: {iban}"],
    ip=["Mijn IP-adres is {ip}."],
    third=["{name} van de administratie zei dat ik u moest mailen.", "Ik heb gisteren met {name} gebeld."],
    bye=["Groet,\n{name}", "Met vriendelijke groet,\n{name}"],
    reply=["Dank u, {given}. Uw gegevens zijn bijgewerkt."],
)
S["pl"] = dict(
    intro=["Dzień dobry, nazywam się {name}.", "Tu {name}.", "Piszę w sprawie zamówienia, {name}."],
    dob=["Moja data urodzenia to {dob}.", "Urodziłem się {dob} r.", "Data ur.: {dob}"],
    addr=["Mój adres: {addr}.", "Proszę wysłać na adres {addr}."],
    phone=["Mój numer telefonu: {phone}.", "Proszę dzwonić pod {phone}."],
    email=["Mój e-mail to {email}."],
    pw=["Moje hasło to {pw}.", "Zmieniłam hasło na {pw}."],
    card=["Zapłaciłem kartą {card}."],
    iban=["Proszę o zwrot na konto {iban}."],
    ip=["Mój adres IP to {ip}."],
    third=["Wczoraj dzwonił w tej sprawie {name}.", "W kopii: {name}."],
    bye=["Pozdrawiam,\n{name}", "Z poważaniem\n{name}"],
    reply=["Dziękuję, dane zostały zaktualizowane."],
)
S["sv"] = dict(
    intro=["Hej, jag heter {name}.", "Det är {name} här."],
    dob=["Mitt födelsedatum är {dob}.", "Jag är född {dob}."],
    addr=["Min adress är {addr}.", "Skicka det till {addr}."],
    phone=["Du når mig på {phone}.", "Mitt mobilnummer är {phone}."],
    email=["Min e-post är {email}."],
    pw=["Mitt lösenord är {pw}.", "Jag bytte lösenordet till {pw}."],
    card=["Jag betalade med kortet {card}."],
    iban=["Återbetala till {iban}."],
    ip=["Min IP-adress är {ip}."],
    third=["{name} på ekonomi sa att ni kunde hjälpa till.", "Jag pratade med {name} igår."],
    bye=["Mvh\n{name}", "Hälsningar,\n{name}"],
    reply=["Tack {given}, vi har uppdaterat dina uppgifter."],
)
S["nb"] = dict(
    intro=["Hei, jeg heter {name}.", "Det er {name} her."],
    dob=["Fødselsdatoen min er {dob}.", "Jeg er født {dob}."],
    addr=["Adressen min er {addr}.", "Send det til {addr}."],
    phone=["Du når meg på {phone}.", "Mobilnummeret mitt er {phone}."],
    email=["E-posten min er {email}."],
    pw=["Passordet mitt er {pw}.", "Jeg endret passordet til {pw}."],
    card=["Jeg betalte med kortet {card}."],
    iban=["Refusjon til kontoen {iban}, takk."],
    ip=["IP-adressen min er {ip}."],
    third=["{name} i regnskap sa at dere kunne hjelpe.", "Jeg snakket med {name} i går."],
    bye=["Mvh\n{name}", "Hilsen {name}"],
    reply=["Takk, {given}. Opplysningene er oppdatert."],
)
S["da"] = dict(
    intro=["Hej, jeg hedder {name}.", "Det er {name} her."],
    dob=["Min fødselsdato er {dob}.", "Jeg er født den {dob}."],
    addr=["Min adresse er {addr}.", "Send det venligst til {addr}."],
    phone=["Du kan fange mig på {phone}.", "Mit mobilnummer er {phone}."],
    email=["Min e-mail er {email}."],
    pw=["Min adgangskode er {pw}.", "Jeg har ændret kodeordet til {pw}."],
    card=["Jeg betalte med kortet {card}."],
    iban=["Refunder venligst til {iban}."],
    ip=["Min IP-adresse er {ip}."],
    third=["{name} fra bogholderiet sagde, at I kunne hjælpe.", "Jeg talte med {name} i går."],
    bye=["Venlig hilsen\n{name}", "Mvh. {name}"],
    reply=["Tak, {given}. Dine oplysninger er opdateret."],
)
S["fi"] = dict(
    intro=["Hei, nimeni on {name}.", "Täällä {name}."],
    dob=["Syntymäaikani on {dob}.", "Olen syntynyt {dob}."],
    addr=["Osoitteeni on {addr}.", "Lähettäkää se osoitteeseen {addr}."],
    phone=["Minut tavoittaa numerosta {phone}.", "Puhelinnumeroni on {phone}."],
    email=["Sähköpostini on {email}."],
    pw=["Salasanani on {pw}.", "Vaihdoin salasanaksi {pw}."],
    card=["Maksoin kortilla {card}."],
    iban=["Palauttakaa rahat tilille {iban}."],
    ip=["IP-osoitteeni on {ip}."],
    third=["{name} soitti eilen tästä asiasta.", "Kopio: {name}"],
    bye=["Ystävällisin terveisin\n{name}", "T. {name}"],
    reply=["Kiitos, {given}. Tiedot on päivitetty."],
)
S["cs"] = dict(
    intro=["Dobrý den, jmenuji se {name}.", "Tady {name}."],
    dob=["Datum narození: {dob}.", "Narodil jsem se {dob}."],
    addr=["Moje adresa je {addr}.", "Pošlete to prosím na adresu {addr}."],
    phone=["Můj telefon je {phone}.", "Zavolejte mi na {phone}."],
    email=["Můj e-mail je {email}."],
    pw=["Moje heslo je {pw}.", "Změnila jsem heslo na {pw}."],
    card=["Platil jsem kartou {card}."],
    iban=["Vraťte peníze na účet {iban}."],
    ip=["Moje IP adresa je {ip}."],
    third=["{name} z účtárny mi doporučil napsat vám.", "V kopii: {name}"],
    bye=["S pozdravem\n{name}", "Děkuji, {name}"],
    reply=["Děkujeme, údaje jsme aktualizovali."],
)
S["ro"] = dict(
    intro=["Bună ziua, mă numesc {name}.", "Sunt {name} și am o problemă cu comanda."],
    dob=["Data nașterii: {dob}.", "M-am născut pe {dob}."],
    addr=["Adresa mea este {addr}.", "Vă rog să trimiteți coletul la {addr}."],
    phone=["Numărul meu de telefon este {phone}.", "Mă puteți suna la {phone}."],
    email=["Emailul meu este {email}."],
    pw=["Parola mea este {pw}.", "Am schimbat parola în {pw}."],
    card=["Am plătit cu cardul {card}."],
    iban=["Vă rog returnați banii în contul {iban}."],
    ip=["IP-ul meu este {ip}."],
    third=["{name} de la contabilitate mi-a spus să vă scriu.", "Am vorbit ieri cu {name}."],
    bye=["Mulțumesc,\n{name}", "Cu stimă,\n{name}"],
    reply=["Mulțumim, {given}. Datele au fost actualizate."],
)
S["el"] = dict(
    intro=["Γεια σας, ονομάζομαι {name}.", "Με λένε {name}."],
    dob=["Ημερομηνία γέννησης: {dob}.", "Γεννήθηκα στις {dob}."],
    addr=["Η διεύθυνσή μου είναι {addr}.", "Στείλτε το στη διεύθυνση {addr}."],
    phone=["Το κινητό μου είναι {phone}.", "Καλέστε με στο {phone}."],
    email=["Το email μου είναι {email}."],
    pw=["Ο κωδικός μου είναι {pw}.", "Άλλαξα τον κωδικό πρόσβασης σε {pw}."],
    card=["Πλήρωσα με την κάρτα {card}."],
    iban=["Επιστροφή χρημάτων στο IBAN {iban}."],
    ip=["Η IP μου είναι {ip}."],
    third=["{name} από το λογιστήριο μου είπε να σας γράψω.", "Κοιν.: {name}"],
    bye=["Ευχαριστώ,\n{name}", "Με εκτίμηση,\n{name}"],
    reply=["Ευχαριστούμε, τα στοιχεία σας ενημερώθηκαν."],
)
S["tr"] = dict(
    intro=["Merhaba, adım {name}.", "Ben {name}, siparişimle ilgili yazıyorum."],
    dob=["Doğum tarihim {dob}.", "Doğum tarihi: {dob}", "{dob} doğumluyum."],
    addr=["Adresim: {addr}.", "Kargoyu şu adrese gönderin: {addr}."],
    phone=["Telefonum {phone}.", "Bana {phone} numarasından ulaşabilirsiniz."],
    email=["E-posta adresim {email}."],
    pw=["Şifrem {pw}.", "Şifreyi {pw} olarak değiştirdim."],
    card=["{card} numaralı kartla ödedim."],
    iban=["İadeyi {iban} numaralı IBAN'a yapın."],
    ip=["IP adresim {ip}."],
    third=["Muhasebeden {name} size yazmamı söyledi.", "Dün {name} ile konuştum."],
    bye=["Teşekkürler,\n{name}", "Saygılarımla,\n{name}"],
    reply=["Teşekkürler {given}, bilgileriniz güncellendi."],
)
S["ru"] = dict(
    intro=["Здравствуйте, меня зовут {name}.", "Это {name}, пишу по поводу заказа."],
    dob=["Дата рождения: {dob}.", "Я родилась {dob} г.", "Дата рождения — {dob} года."],
    addr=["Мой адрес: {addr}.", "Отправьте, пожалуйста, по адресу: {addr}."],
    phone=["Мой телефон: {phone}.", "Звоните на {phone}."],
    email=["Моя почта: {email}."],
    pw=["Мой пароль: {pw}.", "Я поменяла пароль на {pw}."],
    card=["Оплачивала картой {card}."],
    iban=["Реквизиты для возврата: {iban}."],
    ip=["Мой IP-адрес: {ip}."],
    third=["Копию письма получит {name}.", "По этому вопросу со мной уже связывался {name}."],
    bye=["Спасибо,\n{name}", "С уважением,\n{name}"],
    reply=["Спасибо, {given}! Данные обновлены."],
)
S["uk"] = dict(
    intro=["Добрий день, мене звати {name}.", "Це {name}, пишу щодо замовлення."],
    dob=["Дата народження: {dob}.", "Я народилася {dob} року."],
    addr=["Моя адреса: {addr}.", "Надішліть, будь ласка, на адресу: {addr}."],
    phone=["Мій телефон: {phone}.", "Телефонуйте на {phone}."],
    email=["Моя пошта: {email}."],
    pw=["Мій пароль: {pw}.", "Я змінив пароль на {pw}."],
    card=["Оплачував карткою {card}."],
    iban=["Поверніть кошти на рахунок {iban}."],
    ip=["Моя IP-адреса: {ip}."],
    third=["Копію листа отримає {name}."],
    bye=["Дякую,\n{name}", "З повагою,\n{name}"],
    reply=["Дякуємо, {given}! Дані оновлено."],
)
S["ar"] = dict(
    intro=["مرحباً، اسمي {name}.", "معكم {name}، أكتب بخصوص طلبي."],
    dob=["تاريخ ميلادي {dob}.", "تاريخ الميلاد: {dob}", "وُلدت في {dob}."],
    addr=["عنواني: {addr}.", "أرجو إرسال الشحنة إلى {addr}."],
    phone=["رقم جوالي {phone}.", "يمكنكم الاتصال بي على {phone}."],
    email=["بريدي الإلكتروني {email}."],
    pw=["كلمة المرور الخاصة بي هي {pw}.", "غيرت كلمة السر إلى {pw}."],
    card=["دفعت بالبطاقة {card}."],
    iban=["أرجو تحويل المبلغ إلى الآيبان {iban}."],
    ip=["عنوان IP الخاص بي {ip}."],
    third=["قال لي {name} من قسم الحسابات أن أراسلكم.", "تحدثت أمس مع {name}."],
    bye=["شكراً،\n{name}", "مع التحية،\n{name}"],
    reply=["شكراً لك، تم تحديث بياناتك."],
)
S["he"] = dict(
    intro=["שלום, קוראים לי {name}.", "מדברת {name}, אני כותבת בקשר להזמנה."],
    dob=["תאריך הלידה שלי הוא {dob}.", "נולדתי ב-{dob}."],
    addr=["הכתובת שלי: {addr}.", "נא לשלוח לכתובת: {addr}."],
    phone=["הטלפון שלי {phone}.", "אפשר להשיג אותי ב-{phone}."],
    email=["המייל שלי {email}."],
    pw=["הסיסמה שלי היא {pw}.", "שיניתי את הסיסמה ל-{pw}."],
    card=["שילמתי בכרטיס {card}."],
    iban=["נא להחזיר את הכסף לחשבון {iban}."],
    ip=["כתובת ה-IP שלי {ip}."],
    third=["{name} מהנהלת חשבונות אמר לי לפנות אליכם.", "דיברתי אתמול עם {name}."],
    bye=["תודה,\n{name}", "בברכה,\n{name}"],
    reply=["תודה, הפרטים עודכנו."],
)
S["fa"] = dict(
    intro=["سلام، من {name} هستم.", "اسم من {name} است."],
    dob=["تاریخ تولد من {dob} است.", "تاریخ تولد: {dob}", "متولد {dob} هستم."],
    addr=["آدرس من: {addr}", "لطفاً بسته را به این آدرس بفرستید: {addr}"],
    phone=["شماره موبایل من {phone} است.", "با شماره {phone} تماس بگیرید."],
    email=["ایمیل من {email} است."],
    pw=["رمز عبور من {pw} است.", "رمز را به {pw} تغییر دادم."],
    card=[], iban=[],
    ip=["آی‌پی من {ip} است."],
    third=["{name} از بخش حسابداری گفت به شما پیام بدهم.", "دیروز با {name} صحبت کردم."],
    bye=["با تشکر،\n{name}", "ارادتمند،\n{name}"],
    reply=["ممنون، اطلاعات شما به‌روزرسانی شد."],
)
S["hi"] = dict(
    intro=["नमस्ते, मेरा नाम {name} है।", "मैं {name} बोल रहा हूँ।"],
    dob=["मेरी जन्म तिथि {dob} है।", "जन्म तिथि: {dob}", "मेरा जन्म {dob} को हुआ था।"],
    addr=["मेरा पता है: {addr}", "कृपया पार्सल {addr} पर भेजें।"],
    phone=["मेरा मोबाइल नंबर {phone} है।", "मुझे {phone} पर कॉल करें।"],
    email=["मेरा ईमेल {email} है।"],
    pw=["मेरा पासवर्ड {pw} है।", "मैंने पासवर्ड बदलकर {pw} कर दिया।"],
    card=["मैंने कार्ड {card} से भुगतान किया।"], iban=[],
    ip=["मेरा IP पता {ip} है।"],
    third=["अकाउंट्स से {name} ने कहा कि आप मदद करेंगे।", "कल मेरी {name} से बात हुई थी।"],
    bye=["धन्यवाद,\n{name}", "सादर,\n{name}"],
    reply=["धन्यवाद, आपकी जानकारी अपडेट कर दी गई है।"],
)
S["bn"] = dict(
    intro=["নমস্কার, আমার নাম {name}।", "আসসালামু আলাইকুম, আমি {name}।"],
    dob=["আমার জন্ম তারিখ {dob}।", "জন্ম তারিখ: {dob}"],
    addr=["আমার ঠিকানা: {addr}", "অনুগ্রহ করে পার্সেলটি এই ঠিকানায় পাঠান: {addr}"],
    phone=["আমার মোবাইল নম্বর {phone}।", "আমাকে {phone} নম্বরে ফোন করুন।"],
    email=["আমার ইমেইল {email}।"],
    pw=["আমার পাসওয়ার্ড {pw}।", "পাসওয়ার্ড বদলে {pw} করেছি।"],
    card=["আমি {card} কার্ড দিয়ে পেমেন্ট করেছি।"], iban=[],
    ip=["আমার আইপি {ip}।"],
    third=["হিসাব বিভাগের {name} বললেন আপনাদের লিখতে।", "গতকাল {name}-এর সাথে কথা হয়েছে।"],
    bye=["ধন্যবাদ,\n{name}", "শুভেচ্ছান্তে,\n{name}"],
    reply=["ধন্যবাদ, আপনার তথ্য হালনাগাদ করা হয়েছে।"],
)
S["ta"] = dict(
    intro=["வணக்கம், என் பெயர் {name}.", "நான் {name} பேசுகிறேன்."],
    dob=["என் பிறந்த தேதி {dob}.", "பிறந்த தேதி: {dob}"],
    addr=["என் முகவரி: {addr}", "பார்சலை இந்த முகவரிக்கு அனுப்பவும்: {addr}"],
    phone=["என் கைப்பேசி எண் {phone}.", "{phone} என்ற எண்ணில் அழைக்கவும்."],
    email=["என் மின்னஞ்சல் {email}."],
    pw=["என் கடவுச்சொல் {pw}.", "கடவுச்சொல்லை {pw} என மாற்றினேன்."],
    card=["{card} கார்டு மூலம் பணம் செலுத்தினேன்."], iban=[],
    ip=["என் IP முகவரி {ip}."],
    third=["கணக்குப் பிரிவைச் சேர்ந்த {name} உங்களுக்கு எழுதச் சொன்னார்."],
    bye=["நன்றி,\n{name}"],
    reply=["நன்றி, உங்கள் விவரங்கள் புதுப்பிக்கப்பட்டன."],
)
S["th"] = dict(
    intro=["สวัสดีค่ะ ดิฉันชื่อ{name}ค่ะ", "ผมชื่อ {name} ครับ"],
    dob=["วันเกิดของฉันคือ {dob}", "เกิดวันที่ {dob}"],
    addr=["ที่อยู่ของฉันคือ {addr}", "กรุณาส่งของไปที่ {addr}"],
    phone=["เบอร์โทรของฉันคือ {phone}", "ติดต่อได้ที่เบอร์ {phone} ค่ะ"],
    email=["อีเมลของฉันคือ {email}"],
    pw=["รหัสผ่านของฉันคือ {pw}", "เปลี่ยนรหัสผ่านเป็น {pw} แล้วค่ะ"],
    card=["จ่ายด้วยบัตร {card}"], iban=[],
    ip=["IP ของฉันคือ {ip}"],
    third=["คุณ{name}จากฝ่ายบัญชีบอกให้ติดต่อมาที่นี่ค่ะ", "เมื่อวานได้คุยกับคุณ{name}แล้ว"],
    bye=["ขอบคุณค่ะ\n{name}", "ด้วยความเคารพ\n{name}"],
    reply=["ขอบคุณค่ะ อัปเดตข้อมูลเรียบร้อยแล้ว"],
)
S["vi"] = dict(
    intro=["Chào anh chị, tôi tên là {name}.", "Em là {name}, em cần hỗ trợ về đơn hàng."],
    dob=["Ngày sinh của tôi là {dob}.", "Tôi sinh ngày {dob}."],
    addr=["Địa chỉ của tôi: {addr}.", "Vui lòng giao hàng đến {addr}."],
    phone=["Số điện thoại của tôi là {phone}.", "Gọi cho em qua số {phone} nhé."],
    email=["Email của tôi là {email}."],
    pw=["Mật khẩu của tôi là {pw}.", "Em đã đổi mật khẩu thành {pw}."],
    card=["Tôi đã thanh toán bằng thẻ {card}."], iban=[],
    ip=["IP của tôi là {ip}."],
    third=["Chị {name} bên kế toán bảo tôi liên hệ.", "Hôm qua tôi đã nói chuyện với anh {name}."],
    bye=["Cảm ơn,\n{name}", "Trân trọng,\n{name}"],
    reply=["Cảm ơn anh chị, thông tin đã được cập nhật."],
)
S["id"] = dict(
    intro=["Halo, nama saya {name}.", "Saya {name}, mau tanya soal pesanan."],
    dob=["Tanggal lahir saya {dob}.", "Lahir pada {dob}.", "TTL: Bandung, {dob}"],
    addr=["Alamat saya: {addr}.", "Tolong kirim ke {addr}."],
    phone=["Nomor HP saya {phone}.", "Bisa hubungi saya di {phone}."],
    email=["Email saya {email}."],
    pw=["Kata sandi saya {pw}.", "Password-nya sudah saya ganti jadi {pw}."],
    card=["Saya bayar pakai kartu {card}."], iban=[],
    ip=["IP saya {ip}."],
    third=["Pak {name} dari bagian keuangan menyuruh saya menghubungi Anda.",
           "Kemarin saya sudah bicara dengan Bu {name}."],
    bye=["Terima kasih,\n{name}", "Salam,\n{name}"],
    reply=["Terima kasih, Kak {given}. Data sudah kami perbarui."],
)
S["ms"] = dict(
    intro=["Hai, nama saya {name}.", "Saya {name}, nak tanya pasal pesanan."],
    dob=["Tarikh lahir saya {dob}.", "Saya lahir pada {dob}."],
    addr=["Alamat saya: {addr}.", "Sila hantar ke {addr}."],
    phone=["Nombor telefon saya {phone}.", "Boleh hubungi saya di {phone}."],
    email=["E-mel saya {email}."],
    pw=["Kata laluan saya {pw}.", "Saya tukar kata laluan kepada {pw}."],
    card=["Saya bayar guna kad {card}."], iban=[],
    ip=["IP saya {ip}."],
    third=["Encik {name} dari bahagian akaun suruh saya hubungi pihak tuan.",
           "Semalam saya dah bercakap dengan Puan {name}."],
    bye=["Terima kasih,\n{name}", "Yang benar,\n{name}"],
    reply=["Terima kasih, maklumat anda telah dikemas kini."],
)
S["tl"] = dict(
    intro=["Hi po, ako si {name}.", "Good morning po, si {name} po ito."],
    dob=["Ang birthday ko ay {dob}.", "Ipinanganak ako noong {dob}."],
    addr=["Ang address ko ay {addr}.", "Paki-deliver po sa {addr}."],
    phone=["Ang number ko ay {phone}.", "Pwede niyo po akong i-text sa {phone}."],
    email=["Ang email ko ay {email}."],
    pw=["Ang password ko ay {pw}.", "Pinalitan ko na yung password ng {pw}."],
    card=["Nagbayad ako gamit ang card {card}."], iban=[],
    ip=["Ang IP ko ay {ip}."],
    third=["Sabi ni {name} sa accounting, kayo daw ang bahala.", "Nakausap ko na si {name} kahapon."],
    bye=["Salamat po,\n{name}", "Ingat,\n{name}"],
    reply=["Salamat po, {given}! Na-update na po ang details ninyo."],
)
S["ja"] = dict(
    intro=["はじめまして、{name}と申します。", "{name}です。注文の件でご連絡しました。"],
    dob=["生年月日は{dob}です。", "{dob}生まれです。"],
    addr=["住所は{addr}です。", "お届け先：{addr}"],
    phone=["電話番号は{phone}です。", "{phone}までご連絡ください。"],
    email=["メールアドレスは{email}です。"],
    pw=["パスワードは{pw}です。", "パスワードを{pw}に変更しました。"],
    card=["{card}のカードで支払いました。"], iban=[],
    ip=["IPアドレスは{ip}です。"],
    third=["経理の{name}さんからこちらに連絡するよう言われました。", "昨日{name}様とお話ししました。"],
    bye=["よろしくお願いいたします。\n{name}", "{name}より"],
    reply=["ご連絡ありがとうございます。情報を更新しました。"],
)
S["ko"] = dict(
    intro=["안녕하세요, 저는 {name}입니다.", "제 이름은 {name}입니다."],
    dob=["생년월일은 {dob}입니다.", "{dob}생입니다."],
    addr=["주소는 {addr}입니다.", "배송지: {addr}"],
    phone=["연락처는 {phone}입니다.", "{phone}로 연락 주세요."],
    email=["이메일은 {email}입니다."],
    pw=["비밀번호는 {pw}입니다.", "비밀번호를 {pw}로 바꿨어요."],
    card=["{card} 카드로 결제했습니다."], iban=[],
    ip=["IP 주소는 {ip}입니다."],
    third=["회계팀 {name}님이 여기로 문의하라고 하셨어요.", "어제 {name} 씨와 통화했습니다."],
    bye=["감사합니다.\n{name} 드림"],
    reply=["문의 감사합니다. 정보가 수정되었습니다."],
)
S["zh"] = dict(
    intro=["你好，我叫{name}。", "我是{name}，想咨询一下订单的问题。"],
    dob=["我的出生日期是{dob}。", "出生日期：{dob}", "我{dob}出生。"],
    addr=["我的地址是{addr}。", "请寄到：{addr}"],
    phone=["我的手机号是{phone}。", "有事请打{phone}。"],
    email=["我的邮箱是{email}。"],
    pw=["我的密码是{pw}。", "我把密码改成了{pw}。"],
    card=["我用{card}这张卡付的款。"], iban=[],
    ip=["我的IP是{ip}。"],
    third=["财务部的{name}让我联系你们。", "昨天我和{name}通过电话了。"],
    bye=["谢谢！\n{name}", "此致\n{name}"],
    reply=["感谢您的耐心，信息已更新。"],
)
S["zh-TW"] = dict(
    intro=["你好，我叫{name}。", "我是{name}，想詢問訂單的問題。"],
    dob=["我的出生日期是{dob}。", "出生日期：{dob}"],
    addr=["我的地址是{addr}。", "請寄到：{addr}"],
    phone=["我的手機號碼是{phone}。", "有事請打{phone}。"],
    email=["我的電子郵件是{email}。"],
    pw=["我的密碼是{pw}。", "我把密碼改成{pw}了。"],
    card=["我用{card}這張卡付款。"], iban=[],
    ip=["我的IP是{ip}。"],
    third=["財務部的{name}叫我聯絡你們。", "昨天我跟{name}通過電話。"],
    bye=["謝謝！\n{name}", "敬上\n{name}"],
    reply=["感謝您的耐心，資料已更新。"],
)
S["sw"] = dict(
    intro=["Habari, jina langu ni {name}.", "Mimi ni {name}, naomba msaada kuhusu oda yangu."],
    dob=["Tarehe yangu ya kuzaliwa ni {dob}.", "Nilizaliwa {dob}."],
    addr=["Anwani yangu ni {addr}.", "Tafadhali tuma kifurushi kwa {addr}."],
    phone=["Namba yangu ya simu ni {phone}.", "Nipigie kwa {phone}."],
    email=["Barua pepe yangu ni {email}."],
    pw=["Nenosiri langu ni {pw}.", "Nimebadilisha nenosiri kuwa {pw}."],
    card=["Nililipa kwa kadi {card}."], iban=[],
    ip=["IP yangu ni {ip}."],
    third=["{name} wa idara ya fedha aliniambia niwaandikie.", "Jana niliongea na {name}."],
    bye=["Asante,\n{name}", "Wako,\n{name}"],
    reply=["Asante, taarifa zako zimesasishwa."],
)


def sent(loc):
    return S[lkey(loc)]


# honorifics written outside the PERSON span: (text, position, gender or None)
HON = {
    "en": [("Mr ", "pre", "m"), ("Ms ", "pre", "f"), ("Dr. ", "pre", None), ("Mrs. ", "pre", "f")],
    "es": [("Sr. ", "pre", "m"), ("Sra. ", "pre", "f"), ("Dña. ", "pre", "f"), ("D. ", "pre", "m")],
    "pt": [("Sr. ", "pre", "m"), ("Sra. ", "pre", "f"), ("Dr. ", "pre", "m"), ("Dra. ", "pre", "f")],
    "fr": [("M. ", "pre", "m"), ("Mme ", "pre", "f"), ("Me ", "pre", None)],
    "de": [("Herr ", "pre", "m"), ("Frau ", "pre", "f"), ("Dr. ", "pre", None)],
    "it": [("Sig. ", "pre", "m"), ("Sig.ra ", "pre", "f"), ("Dott. ", "pre", "m"), ("Dott.ssa ", "pre", "f")],
    "nl": [("dhr. ", "pre", "m"), ("mevr. ", "pre", "f")],
    "pl": [("Pan ", "pre", "m"), ("Pani ", "pre", "f")],
    "tr": [(" Bey", "post", "m"), (" Hanım", "post", "f")],
    "ja": [("さん", "post", None), ("様", "post", None)],
    "ko": [("님", "post", None), (" 씨", "post", None)],
    "zh": [("先生", "post", "m"), ("女士", "post", "f")],
    "zh-TW": [("先生", "post", "m"), ("小姐", "post", "f")],
    "th": [("คุณ", "pre", None)],
    "vi": [("anh ", "pre", "m"), ("chị ", "pre", "f")],
    "id": [("Pak ", "pre", "m"), ("Bu ", "pre", "f")],
    "ms": [("Encik ", "pre", "m"), ("Puan ", "pre", "f")],
    "ar": [("السيد ", "pre", "m"), ("السيدة ", "pre", "f")],
    "he": [("מר ", "pre", "m"), ("גב' ", "pre", "f")],
    "fa": [("آقای ", "pre", "m"), ("خانم ", "pre", "f")],
    "hi": [(" जी", "post", None), ("श्री ", "pre", "m"), ("श्रीमती ", "pre", "f")],
    "ru": [("г-н ", "pre", "m"), ("г-жа ", "pre", "f")],
    "el": [("κ. ", "pre", None)],
    "sw": [("Bw. ", "pre", "m"), ("Bi. ", "pre", "f")],
    "tl": [("G. ", "pre", "m"), ("Gng. ", "pre", "f")],
}
