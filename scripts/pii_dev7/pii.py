"""Value generators for the non-PERSON entity types (all hand-written formats)."""
import datetime as dt

from core import S, lab, cat, luhn_complete, iban_make
from names import ascii_fold

# ------------------------------------------------------------------ phones
# d = any digit, N = 1-9
PHONE_FORMATS = {
    "US": ["+1 (Ndd) Ndd-dddd", "(Ndd) Ndd-dddd", "Ndd-Ndd-dddd", "Ndd.Ndd.dddd", "+1 Ndd Ndd dddd"],
    "CA": ["+1 604 Ndd dddd", "(416) Ndd-dddd", "514-Ndd-dddd"],
    "GB": ["+44 7Nd dddd dddd".replace("7Nd dddd dddd", "7ddd dddddd"), "07ddd dddddd", "+44 20 7ddd dddd", "0161 Ndd dddd"],
    "IE": ["+353 8N ddd dddd", "08N ddd dddd"],
    "AU": ["+61 4dd ddd ddd", "04dd ddd ddd", "(02) Nddd dddd"],
    "NZ": ["+64 21 ddd dddd", "021 ddd dddd"],
    "ZA": ["+27 8N ddd dddd", "08N ddd dddd", "+27 21 ddd dddd"],
    "NG": ["+234 80N ddd dddd", "080N ddd dddd", "+234 70N ddd dddd"],
    "GH": ["+233 24 ddd dddd", "024 ddd dddd"],
    "KE": ["+254 7dd dddddd", "07dd dddddd", "+254 7dd ddd ddd"],
    "ET": ["+251 91 ddd dddd"],
    "ES": ["+34 6dd ddd ddd", "6dd dd dd dd", "+34 91 ddd dd dd"],
    "MX": ["+52 55 dddd dddd", "55 dddd dddd", "+52 1 33 dddd dddd"],
    "AR": ["+54 9 11 dddd-dddd", "11 dddd-dddd"],
    "CO": ["+57 3dd ddd dddd"],
    "BR": ["+55 11 9dddd-dddd", "(11) 9dddd-dddd", "+55 21 9dddd dddd"],
    "PT": ["+351 91d ddd ddd", "91d ddd ddd"],
    "FR": ["+33 6 dd dd dd dd", "06 dd dd dd dd", "+33 (0)1 dd dd dd dd", "07.dd.dd.dd.dd"],
    "SN": ["+221 77 ddd dd dd"],
    "DE": ["+49 1dd ddddddd", "01dd ddddddd", "+49 30 dddddddd", "(089) ddd ddd-dd"],
    "AT": ["+43 664 ddd dddd"],
    "CH": ["+41 79 ddd dd dd", "079 ddd dd dd"],
    "IT": ["+39 3dd ddd dddd", "3dd ddd dddd", "+39 06 dddd dddd"],
    "NL": ["+31 6 dddddddd", "06-dddddddd", "+31 20 ddd dddd"],
    "SE": ["+46 70 ddd dd dd", "070-ddd dd dd"],
    "NO": ["+47 4dd dd ddd", "9dd dd ddd"],
    "DK": ["+45 dd dd dd dd"],
    "FI": ["+358 40 ddd dddd", "040 ddd dddd"],
    "PL": ["+48 5dd ddd ddd", "5dd-ddd-ddd", "+48 22 ddd dd dd"],
    "CZ": ["+420 6dd ddd ddd", "7dd ddd ddd"],
    "HU": ["+36 30 ddd dddd", "06 20 ddd dddd"],
    "RO": ["+40 7dd ddd ddd", "07dd ddd ddd"],
    "TR": ["+90 5dd ddd dd dd", "0 (5dd) ddd dd dd", "05dd ddd dd dd"],
    "GR": ["+30 69d ddd dddd", "69d ddd dddd"],
    "RU": ["+7 9dd ddd-dd-dd", "8 (9dd) ddd-dd-dd", "+7 (495) ddd-dd-dd"],
    "UA": ["+380 67 ddd dddd", "067 ddd dd dd"],
    "KZ": ["+7 70d ddd dddd"],
    "GE": ["+995 5dd dd dd dd"],
    "AM": ["+374 9d dddddd"],
    "IL": ["+972 5d-ddd-dddd", "05d-ddd-dddd"],
    "SA": ["+966 5d ddd dddd", "05d ddd dddd"],
    "AE": ["+971 5d ddd dddd"],
    "EG": ["+20 10 dddd dddd"],
    "IR": ["+98 912 ddd dddd"],
    "IN": ["+91 9dddd ddddd", "+91-9ddddddddd", "09dddd ddddd", "+91 80 dddd dddd"],
    "PK": ["+92 3dd ddddddd", "03dd-ddddddd"],
    "BD": ["+880 1Ndd-dddddd"],
    "VN": ["+84 9dd ddd ddd", "09d ddd dddd"],
    "ID": ["+62 81d-dddd-dddd", "081d-dddd-dddd"],
    "MY": ["+60 1d-ddd dddd", "01d-ddd dddd"],
    "PH": ["+63 9dd ddd dddd", "09dd ddd dddd"],
    "TH": ["+66 8d ddd dddd", "08d-ddd-dddd"],
    "JP": ["090-dddd-dddd", "080-dddd-dddd", "+81 90-dddd-dddd", "03-dddd-dddd"],
    "CN": ["+86 13d dddd dddd", "13d-dddd-dddd", "+86 10 dddd dddd"],
    "TW": ["0912-ddd-ddd", "+886 9dd ddd ddd"],
    "KR": ["010-dddd-dddd", "+82 10-dddd-dddd", "02-ddd-dddd"],
}
LOCALE_COUNTRY = {
    "en_US": "US", "en_GB": "GB", "en_IE": "IE", "en_AU": "AU", "en_NZ": "NZ", "en_ZA": "ZA", "en_NG": "NG",
    "ak_GH": "GH", "sw_KE": "KE", "am_ET": "ET", "yo_NG": "NG", "es_ES": "ES", "es_MX": "MX", "es_AR": "AR",
    "es_CO": "CO", "pt_BR": "BR", "pt_PT": "PT", "fr_FR": "FR", "fr_CA": "CA", "fr_SN": "SN", "de_DE": "DE",
    "de_AT": "AT", "de_CH": "CH", "it_IT": "IT", "nl_NL": "NL", "sv_SE": "SE", "nb_NO": "NO", "da_DK": "DK",
    "fi_FI": "FI", "pl_PL": "PL", "cs_CZ": "CZ", "hu_HU": "HU", "ro_RO": "RO", "tr_TR": "TR", "el_GR": "GR",
    "ru_RU": "RU", "uk_UA": "UA", "ka_GE": "GE", "hy_AM": "AM", "kk_KZ": "KZ", "haw_US": "US", "ar_SA": "SA",
    "fa_IR": "IR", "he_IL": "IL", "hi_IN": "IN", "ta_IN": "IN", "ur_PK": "PK", "bn_BD": "BD", "vi_VN": "VN",
    "id_ID": "ID", "ms_MY": "MY", "fil_PH": "PH", "th_TH": "TH", "ja_JP": "JP", "zh_CN": "CN", "zh_TW": "TW",
    "ko_KR": "KR",
}
EXT = {"US": ["ext. {n}", "x{n}"], "GB": ["ext {n}"], "FR": ["poste {n}"], "DE": ["Durchwahl {n}", "-{n}"],
       "JP": ["内線{n}"], "ES": ["ext. {n}"], "IT": ["int. {n}"], "BR": ["ramal {n}"]}


def fill_digits(rng, pat):
    out = []
    for ch in pat:
        if ch == "d":
            out.append(str(rng.randrange(10)))
        elif ch == "N":
            out.append(str(rng.randrange(1, 10)))
        else:
            out.append(ch)
    return "".join(out)


def phone(rng, locale, ext=False):
    cc = LOCALE_COUNTRY.get(locale, "US")
    s = fill_digits(rng, rng.choice(PHONE_FORMATS[cc]))
    if ext and cc in EXT:
        e = rng.choice(EXT[cc]).format(n=rng.randrange(10, 999))
        s = s + ("" if e.startswith("-") else " ") + e
    return lab("PHONE", s)


# ------------------------------------------------------------------ e-mail
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk",
                "web.de", "gmx.de", "orange.fr", "libero.it", "yahoo.co.jp", "naver.com", "qq.com",
                "mail.ru", "yandex.ru", "uol.com.br", "wp.pl", "seznam.cz", "rediffmail.com"]
WORK_DOMAINS = ["kestrel-analytics.io", "bluefinch.co", "tidewater-labs.com", "harbourline.net",
                "copperleaf.dev", "quillmont.org", "saltmarsh-logistics.com", "larkspur-health.org",
                "ferngrove.ai", "oakhollow.school", "brightwater-legal.co.uk", "nimbusdesk.app"]
LOCAL_DOMAINS = {"DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
                 "JP": ["yahoo.co.jp", "docomo.ne.jp"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"],
                 "RU": ["mail.ru", "yandex.ru"], "BR": ["uol.com.br", "bol.com.br"], "PL": ["wp.pl", "onet.pl"],
                 "IT": ["libero.it", "virgilio.it"], "IN": ["rediffmail.com", "gmail.com"], "ES": ["telefonica.net"],
                 "NG": ["yahoo.com", "gmail.com"]}


def email_addr(rng, person, work=None):
    g, f = person.local_parts()
    yy = str(rng.randrange(70, 100) if rng.random() < 0.5 else rng.randrange(0, 10)).zfill(2)
    forms = [f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}", f"{g}.{f}{yy}", f"{g}{yy}", f"{f}.{g}", f"{g[0]}.{f}"]
    if not f:
        forms = [g, f"{g}{yy}", f"{g}.{rng.randrange(100, 999)}"]
    local = rng.choice(forms)
    cc = LOCALE_COUNTRY.get(person.culture, "US")
    if work is None:
        work = rng.random() < 0.45
    if work:
        dom = rng.choice(WORK_DOMAINS)
    elif cc in LOCAL_DOMAINS and rng.random() < 0.6:
        dom = rng.choice(LOCAL_DOMAINS[cc])
    else:
        dom = rng.choice(MAIL_DOMAINS[:6])
    return f"{local}@{dom}"


def email(rng, person, work=None):
    return lab("EMAIL", email_addr(rng, person, work))


# ------------------------------------------------------------------ addresses
US_STREETS = ["Maple Ave", "Cedar Lane", "W 34th St", "Juniper Ct", "Old Mill Rd", "Harbor Blvd", "Elmwood Dr",
              "S Halsted St", "Pinecrest Way", "Larchmont Ave", "Birchwood Ln", "E Colfax Ave"]
US_CITIES = [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"),
             ("Spokane", "WA", "992"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Tulsa", "OK", "741"),
             ("Chicago", "IL", "606"), ("Denver", "CO", "802"), ("Albany", "NY", "122"), ("Omaha", "NE", "681")]
GB_STREETS = ["Wellington Road", "Hawthorn Close", "Station Road", "Mill Lane", "Kingsway", "Abbotsford Crescent",
              "Priory Gardens", "Ferry Road", "Chapel Street", "Lark Rise"]
GB_CITIES = [("Leeds", "LS6"), ("Bristol", "BS7"), ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Norwich", "NR2"),
             ("Sheffield", "S11"), ("Edinburgh", "EH9"), ("Manchester", "M20"), ("York", "YO10")]
DE_STREETS = ["Lindenstraße", "Goethestraße", "Am Mühlbach", "Hauptstraße", "Kastanienallee", "Bergstraße",
              "Rosenweg", "Schillerplatz", "Weidenweg", "Friedhofstraße"]
DE_CITIES = [("10437", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
             ("04109", "Leipzig"), ("70173", "Stuttgart"), ("28195", "Bremen"), ("01067", "Dresden")]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Acacias",
              "chemin du Moulin", "rue Paul Bert", "place du Marché"]
FR_CITIES = [("69003", "Lyon"), ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"),
             ("59000", "Lille"), ("13005", "Marseille"), ("35000", "Rennes"), ("67000", "Strasbourg")]
ES_STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle del Pez", "Paseo de Gracia", "Calle Alcalá",
              "Calle San Vicente", "Avenida del Puerto", "Calle de Toledo"]
ES_CITIES = [("28013", "Madrid"), ("08007", "Barcelona"), ("46001", "Valencia"), ("41004", "Sevilla"),
             ("29015", "Málaga"), ("48005", "Bilbao"), ("50001", "Zaragoza")]
IT_STREETS = ["Via Roma", "Corso Italia", "Via dei Mille", "Viale Europa", "Via Garibaldi", "Piazza del Duomo",
              "Via San Marco", "Via delle Rose"]
IT_CITIES = [("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10121", "Torino", "TO"), ("40121", "Bologna", "BO"),
             ("80134", "Napoli", "NA"), ("50122", "Firenze", "FI")]
BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua Sete de Setembro", "Avenida Brasil",
              "Rua do Catete", "Travessa dos Ipês"]
BR_CITIES = [("São Paulo", "SP", "01310"), ("Rio de Janeiro", "RJ", "22220"), ("Belo Horizonte", "MG", "30130"),
             ("Recife", "PE", "50010"), ("Curitiba", "PR", "80010"), ("Porto Alegre", "RS", "90010")]
NL_STREETS = ["Prinsengracht", "Kerkstraat", "Lindenlaan", "Vondelstraat", "Molenweg", "Oudegracht"]
NL_CITIES = [("1016 GV", "Amsterdam"), ("3511 AB", "Utrecht"), ("2511 CV", "Den Haag"), ("3012 KL", "Rotterdam")]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Floriańska", "ul. Ogrodowa"]
PL_CITIES = [("00-624", "Warszawa"), ("31-010", "Kraków"), ("90-102", "Łódź"), ("80-831", "Gdańsk"), ("50-077", "Wrocław")]
IN_AREAS = [("Koramangala", "Bengaluru", "560034"), ("Andheri West", "Mumbai", "400053"), ("Salt Lake Sector V", "Kolkata", "700091"),
            ("Banjara Hills", "Hyderabad", "500034"), ("Anna Nagar", "Chennai", "600040"), ("Vasant Kunj", "New Delhi", "110070")]
AU_STREETS = ["Wattle St", "Bondi Rd", "Banksia Ave", "Chapel St", "Gouger St", "Boundary Rd"]
AU_CITIES = [("Newtown", "NSW", "2042"), ("Fitzroy", "VIC", "3065"), ("West End", "QLD", "4101"), ("Fremantle", "WA", "6160")]
JP_ADDR = ["東京都世田谷区北沢2-{a}-{b}", "大阪府大阪市北区梅田1-{a}-{b}", "神奈川県横浜市中区元町3-{a}-{b}",
           "京都府京都市左京区田中里ノ前町{a}-{b}", "福岡県福岡市中央区天神4-{a}-{b}"]
KR_ADDR = ["서울특별시 마포구 월드컵북로 {a}길 {b}", "부산광역시 해운대구 우동 {a}-{b}", "서울특별시 강남구 테헤란로 {a}"]
CN_ADDR = ["上海市徐汇区漕溪北路{a}号{b}室", "北京市朝阳区建国路{a}号院{b}号楼", "广州市天河区体育西路{a}号"]
RU_ADDR = ["ул. Ленина, д. {a}, кв. {b}, Екатеринбург", "Невский пр., д. {a}, кв. {b}, Санкт-Петербург",
           "ул. Гагарина, {a}-{b}, Казань"]
TR_ADDR = ["Bağdat Cad. No:{a} D:{b} Kadıköy/İstanbul", "Atatürk Bulvarı No:{a}/{b} Çankaya/Ankara",
           "Kıbrıs Şehitleri Cad. {a}. Sok. No:{b} Alsancak/İzmir"]
MISC_ADDR = {
    "en_NG": ["{a} Adeola Odeku Street, Victoria Island, Lagos", "Plot {a}, Ogunlana Drive, Surulere, Lagos",
              "{a} Aminu Kano Crescent, Wuse II, Abuja"],
    "en_ZA": ["{a} Long Street, Cape Town, 8001", "{a} Jan Smuts Ave, Parktown North, Johannesburg, 2193",
              "Unit {b}, {a} Florida Road, Morningside, Durban, 4001"],
    "sw_KE": ["P.O. Box {a}{b}-00100, Nairobi", "Ngong Road, Hse No. {a}, Kilimani, Nairobi",
              "Moi Avenue, Apt {b}, Mombasa"],
    "ak_GH": ["GA-{a}-{b}{b}", "Hse No. {a}, Oxford Street, Osu, Accra"],
    "ar_SA": ["{a} King Fahd Rd, Al Olaya, Riyadh 12214", "Villa {b}, Al Wasl Road, Jumeirah 1, Dubai"],
    "he_IL": ["רחוב הרצל {a}, דירה {b}, תל אביב", "Rehov Dizengoff {a}, apt {b}, Tel Aviv"],
    "vi_VN": ["{a} Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "Số {a} ngõ {b} Phố Huế, Hà Nội"],
    "id_ID": ["Jl. Kemang Raya No. {a}, Jakarta Selatan 12730", "Jl. Dago No. {a}, Bandung 40135"],
    "th_TH": ["{a}/{b} Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110"],
    "fil_PH": ["Unit {b} Tower 2, {a} Shaw Blvd, Mandaluyong City", "{a} Mabini St, Brgy. San Roque, Quezon City"],
    "el_GR": ["Ermou {a}, 105 63 Athens", "Odos Tsimiski {a}, 546 24 Thessaloniki"],
    "hu_HU": ["Budapest, Király utca {a}. {b}. em., 1061"],
    "sv_SE": ["Storgatan {a}, 114 55 Stockholm", "Linnégatan {a} lgh 1{b}, 413 04 Göteborg"],
    "fi_FI": ["Mannerheimintie {a} B {b}, 00100 Helsinki"],
    "nb_NO": ["Thereses gate {a}, 0168 Oslo"],
    "da_DK": ["Nørrebrogade {a}, 2. th., 2200 København N"],
    "cs_CZ": ["Vinohradská {a}/{b}, 120 00 Praha 2"],
    "ro_RO": ["Str. Lipscani nr. {a}, ap. {b}, București"],
    "ie": [],
}


def _n(rng, lo=1, hi=199):
    return str(rng.randrange(lo, hi))


def address_text(rng, locale, oneline=False, faker=None):
    r = rng
    a, b = _n(r), _n(r, 1, 60)
    cc = LOCALE_COUNTRY.get(locale, "US")
    if cc == "US":
        city, st, z = r.choice(US_CITIES)
        unit = r.choice(["", f" Apt {_n(r, 1, 40)}", f", Unit {r.randrange(1, 9)}{r.choice('ABCD')}"])
        s = f"{_n(r, 10, 9999)} {r.choice(US_STREETS)}{unit}\n{city}, {st} {z}{r.randrange(10, 99)}"
    elif cc in ("GB", "IE"):
        city, pc = r.choice(GB_CITIES)
        if cc == "IE":
            city, pc = r.choice([("Dublin 8", "D08 X2F7"), ("Cork", "T12 R9KP"), ("Galway", "H91 E2CW")])
        s = f"{_n(r, 1, 240)} {r.choice(GB_STREETS)}\n{city}\n{pc} {r.randrange(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" if cc == "GB" \
            else f"{_n(r, 1, 90)} {r.choice(GB_STREETS)}\n{city}\n{pc}"
    elif cc in ("DE", "AT", "CH"):
        z, city = r.choice(DE_CITIES)
        s = f"{r.choice(DE_STREETS)} {_n(r, 1, 120)}{r.choice(['', 'a', 'b'])}\n{z} {city}"
    elif cc in ("FR", "SN", "CA") and locale.startswith("fr"):
        z, city = r.choice(FR_CITIES)
        s = f"{_n(r, 1, 140)}{r.choice(['', ' bis'])} {r.choice(FR_STREETS)}\n{z} {city}"
    elif cc in ("ES", "MX", "AR", "CO"):
        z, city = r.choice(ES_CITIES)
        s = f"{r.choice(ES_STREETS)}, {_n(r, 1, 200)}, {r.randrange(1, 9)}º {r.choice('ABCD')}\n{z} {city}"
    elif cc == "IT":
        z, city, pr = r.choice(IT_CITIES)
        s = f"{r.choice(IT_STREETS)} {_n(r, 1, 150)}\n{z} {city} ({pr})"
    elif cc in ("BR", "PT"):
        city, uf, z = r.choice(BR_CITIES)
        s = f"{r.choice(BR_STREETS)}, {_n(r, 10, 2000)}, apto {_n(r, 11, 190)}\n{city} - {uf}, {z}-{r.randrange(100, 999)}"
    elif cc == "NL":
        z, city = r.choice(NL_CITIES)
        s = f"{r.choice(NL_STREETS)} {_n(r, 1, 300)}\n{z} {city}"
    elif cc == "PL":
        z, city = r.choice(PL_CITIES)
        s = f"{r.choice(PL_STREETS)} {_n(r, 1, 120)}/{_n(r, 1, 40)}\n{z} {city}"
    elif cc in ("IN", "PK", "BD"):
        area, city, pin = r.choice(IN_AREAS)
        s = f"Flat {r.randrange(1, 9)}0{r.randrange(1, 9)}, {r.choice(['Sai Krupa Apartments', 'Green Glen Layout', 'Shanti Niketan', 'Palm Grove Residency'])}, {area}\n{city} {pin}"
    elif cc in ("AU", "NZ"):
        sub, st, pc = r.choice(AU_CITIES)
        s = f"{_n(r, 1, 220)} {r.choice(AU_STREETS)}\n{sub} {st} {pc}"
    elif cc == "JP":
        s = r.choice(JP_ADDR).format(a=_n(r, 1, 30), b=_n(r, 1, 20))
        s = f"〒{r.randrange(100, 999)}-{r.randrange(1000, 9999)} " + s
    elif cc == "KR":
        s = r.choice(KR_ADDR).format(a=_n(r, 1, 60), b=_n(r, 1, 40))
    elif cc in ("CN", "TW"):
        s = r.choice(CN_ADDR).format(a=_n(r, 1, 400), b=_n(r, 101, 2999))
    elif cc in ("RU", "UA", "KZ"):
        s = r.choice(RU_ADDR).format(a=_n(r, 1, 120), b=_n(r, 1, 200))
    elif cc == "TR":
        s = r.choice(TR_ADDR).format(a=_n(r, 1, 200), b=_n(r, 1, 30))
    else:
        pool = MISC_ADDR.get(locale) or MISC_ADDR["en_NG"]
        s = r.choice(pool).format(a=a, b=b)
    if faker is not None and cc in ("US", "GB", "DE", "FR", "IT", "ES", "NL", "PL", "AU") and r.random() < 0.25:
        s = faker.address()
    if oneline:
        s = s.replace("\n", ", ")
    return s


def address(rng, locale, oneline=False, faker=None):
    return lab("ADDRESS", address_text(rng, locale, oneline, faker))


# ------------------------------------------------------------------ dates of birth
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}


def rand_date(rng, y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randrange(d0, d1))


def fmt_date(rng, d, lang="en", style=None):
    m = d.month
    styles = {
        "en": ["{d:02d}/{m:02d}/{y}", "{m:02d}/{d:02d}/{y}", "{y}-{m:02d}-{d:02d}", "{M} {d}, {y}", "{d} {M} {y}", "{d} {Mab} {y}"],
        "es": ["{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"], "fr": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"],
        "de": ["{d:02d}.{m:02d}.{y}", "{d}. {M} {y}"], "it": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}"],
        "pt": ["{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"], "ru": ["{d:02d}.{m:02d}.{y}", "{d} {M} {y}"],
        "pl": ["{d:02d}.{m:02d}.{y}", "{d} {M} {y}"], "tr": ["{d:02d}.{m:02d}.{y}", "{d} {M} {y}"],
        "id": ["{d:02d}-{m:02d}-{y}", "{d} {M} {y}"], "ja": ["{y}年{m}月{d}日", "{y}/{m:02d}/{d:02d}"],
        "zh": ["{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}"], "ko": ["{y}년 {m}월 {d}일", "{y}.{m:02d}.{d:02d}"],
        "nl": ["{d:02d}-{m:02d}-{y}"], "sv": ["{y}-{m:02d}-{d:02d}"],
    }
    opts = styles.get(lang, styles["en"])
    f = style if style is not None else rng.choice(opts)
    months = MONTHS.get(lang, MONTHS["en"])
    return f.format(d=d.day, m=m, y=d.year, M=months[m - 1], Mab=MONTHS["en"][m - 1][:3])


def dob(rng, lang="en", noyear=False):
    d = rand_date(rng, 1942, 2007)
    if noyear:
        M = MONTHS["en"][d.month - 1]
        return lab("DATE_OF_BIRTH", rng.choice([f"{M} {d.day}", f"{d.day} {M}"]))
    return lab("DATE_OF_BIRTH", fmt_date(rng, d, lang))


# ------------------------------------------------------------------ passwords
PW_WORDS = ["otter", "canyon", "velvet", "lantern", "maple", "ember", "quartz", "falcon", "pickle", "harbor",
            "saffron", "tundra", "cobalt", "willow", "mango", "glacier", "biscuit", "nebula", "copper", "thistle"]
PW_BASES = ["Sunshine", "Football", "Dragon", "Monkey", "Princess", "Welcome", "Bandit", "Liverpool", "Bailey", "Chelsea"]


def password_text(rng, kind=None):
    r = rng
    kind = kind or r.choice(["random", "random", "base", "phrase", "leet", "pin", "wifi"])
    if kind == "random":
        chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*?@^"
        return "".join(r.choice(chars) for _ in range(r.randrange(10, 17)))
    if kind == "base":
        return f"{r.choice(PW_BASES)}{r.randrange(1985, 2026)}{r.choice(['!', '!!', '#', '$', '*', ''])}"
    if kind == "phrase":
        sep = r.choice(["-", " ", ".", "_"])
        return sep.join(r.sample(PW_WORDS, r.randrange(3, 5))) + r.choice(["", str(r.randrange(10, 99))])
    if kind == "leet":
        w = r.choice(PW_WORDS)
        w = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return w.capitalize() + r.choice(["!", "#", "$"]) + str(r.randrange(10, 999))
    if kind == "pin":
        return "".join(str(r.randrange(10)) for _ in range(r.choice([4, 4, 6])))
    if kind == "door":
        return r.choice(["", "#", "*"]) + "".join(str(r.randrange(10)) for _ in range(r.choice([4, 5]))) + r.choice(["", "#"])
    if kind == "wifi":
        return r.choice(PW_WORDS).capitalize() + r.choice(PW_WORDS) + str(r.randrange(100, 9999))
    raise ValueError(kind)


def password(rng, kind=None):
    return lab("PASSWORD", password_text(rng, kind))


# ------------------------------------------------------------------ health
HEALTH = {
    "en": {"cond": ["type 2 diabetes", "asthma", "generalised anxiety disorder", "ADHD", "migraines", "coeliac disease",
                    "high blood pressure", "bipolar II", "endometriosis", "Crohn's disease", "sleep apnea", "depression",
                    "a herniated disc", "long COVID", "epilepsy", "hypothyroidism", "PTSD", "an eating disorder",
                    "early-stage breast cancer", "psoriasis", "multiple sclerosis", "a torn ACL", "tinnitus", "gout"],
           "med": ["metformin 500 mg", "sertraline 50mg", "levothyroxine 75 mcg", "lisinopril 10 mg", "insulin glargine",
                   "methylphenidate 18 mg", "an albuterol inhaler", "lamotrigine 100mg", "adalimumab injections",
                   "escitalopram 10 mg", "prednisone 20mg", "atorvastatin 40 mg"],
           "state": ["22 weeks pregnant", "recovering from knee surgery", "in remission", "in recovery from alcohol use disorder",
                     "on chemo", "three weeks post-op", "on dialysis"],
           "result": ["HbA1c 7.9%", "blood pressure 158/96", "LDL 4.1 mmol/L", "a positive strep test", "TSH 6.8"]},
    "es": {"cond": ["diabetes tipo 2", "ansiedad", "asma", "hipertensión", "depresión", "migrañas", "fibromialgia"],
           "med": ["metformina 850 mg", "sertralina 50 mg", "omeprazol 20 mg"],
           "state": ["embarazada de 20 semanas", "en tratamiento de quimioterapia"]},
    "de": {"cond": ["Diabetes Typ 2", "Bluthochdruck", "einen Bandscheibenvorfall", "Depressionen", "Asthma", "Morbus Crohn"],
           "med": ["Ramipril 5 mg", "Metformin 1000 mg", "Ibuprofen 600"],
           "state": ["in der 30. Schwangerschaftswoche", "nach einer Knie-OP"]},
    "fr": {"cond": ["un diabète de type 2", "de l'asthme", "une dépression", "de l'hypertension", "une endométriose"],
           "med": ["Levothyrox 50 µg", "metformine 500 mg"], "state": ["enceinte de cinq mois", "en rémission"]},
    "pt": {"cond": ["diabetes tipo 2", "hipertensão", "depressão", "asma", "ansiedade"],
           "med": ["losartana 50 mg", "fluoxetina 20 mg"], "state": ["grávida de 7 meses"]},
    "it": {"cond": ["il diabete di tipo 2", "l'ipertensione", "un'ernia del disco", "l'asma", "la celiachia"],
           "med": ["Eutirox 75 mcg", "metformina 500 mg"], "state": ["incinta di 6 mesi"]},
}


def health(rng, lang="en", kind=None):
    pool = HEALTH.get(lang, HEALTH["en"])
    kind = kind or rng.choice([k for k in pool])
    if kind not in pool:
        kind = "cond"
    return lab("HEALTH", rng.choice(pool[kind]))


# ------------------------------------------------------------------ IBAN / cards
IBAN_SPECS = {  # country: BBAN pattern (d digit, A upper letter, X alnum)
    "DE": "dddddddddddddddddd", "GB": "AAAAdddddddddddddd", "FR": "ddddddddddXXXXXXXXXXXdd", "ES": "dddddddddddddddddddd",
    "IT": "AddddddddddXXXXXXXXXXXX", "NL": "AAAAdddddddddd", "BE": "dddddddddddd", "PL": "dddddddddddddddddddddddd",
    "PT": "ddddddddddddddddddddd", "AT": "dddddddddddddddd", "CH": "dddddXXXXXXXXXXXX", "IE": "AAAAdddddddddddddd",
    "TR": "dddddddddddddddddddddddd".replace("dddddddddddddddddddddddd", "ddddd0dddddddddddddddd"), "SE": "dddddddddddddddddddd",
    "FI": "dddddddddddddd", "DK": "dddddddddddddd", "NO": "ddddddddddd", "GR": "dddddddXXXXXXXXXXXXXXXX",
    "RO": "AAAAXXXXXXXXXXXXXXXX", "SA": "ddXXXXXXXXXXXXXXXXXX", "AE": "ddddddddddddddddddd", "IL": "ddddddddddddddddddd",
    "HU": "dddddddddddddddddddddddd", "CZ": "dddddddddddddddddddd", "LU": "dddXXXXXXXXXXXXX",
}
LOCALE_IBAN = {"DE": "DE", "AT": "AT", "CH": "CH", "GB": "GB", "IE": "IE", "FR": "FR", "ES": "ES", "IT": "IT",
               "NL": "NL", "PL": "PL", "PT": "PT", "TR": "TR", "SE": "SE", "FI": "FI", "DK": "DK", "NO": "NO",
               "GR": "GR", "RO": "RO", "SA": "SA", "AE": "AE", "IL": "IL", "HU": "HU", "CZ": "CZ", "BR": "PT"}


def iban(rng, locale=None, grouped=None):
    cc = LOCALE_IBAN.get(LOCALE_COUNTRY.get(locale or "", ""), None) or rng.choice(sorted(IBAN_SPECS))
    out = []
    for ch in IBAN_SPECS[cc]:
        if ch == "d":
            out.append(str(rng.randrange(10)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        elif ch == "X":
            out.append(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    s = iban_make(cc, "".join(out))
    if grouped is None:
        grouped = rng.random() < 0.6
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return lab("IBAN", s)


def card(rng, brand=None):
    r = rng
    brand = brand or r.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
    if brand == "visa":
        p, n = "4" + "".join(str(r.randrange(10)) for _ in range(14)), 16
    elif brand == "mc":
        p, n = str(r.randrange(51, 56)) + "".join(str(r.randrange(10)) for _ in range(13)), 16
    elif brand == "mc2":
        p, n = str(r.randrange(2221, 2721)) + "".join(str(r.randrange(10)) for _ in range(11)), 16
    elif brand == "amex":
        p, n = r.choice(["34", "37"]) + "".join(str(r.randrange(10)) for _ in range(12)), 15
    else:
        p, n = "6011" + "".join(str(r.randrange(10)) for _ in range(11)), 16
    num = luhn_complete(p)
    assert len(num) == n
    sep = r.choice([" ", " ", "-", ""])
    if n == 15:
        s = f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    else:
        s = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return lab("CREDIT_CARD", s)


def ip(rng):
    return lab("IP_ADDRESS", rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                                         f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                                         f"{rng.randrange(23, 200)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"]))
