"""Dates, phones, passwords, e-mail domains, IBANs, cards and the decoy value generators."""
import datetime as dt
import string

from core import D, E


def _w(s):
    return s.split()


MONTHS = {
    "en": _w("January February March April May June July August September October November December"),
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _w("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "pt": _w("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "it": _w("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "nl": _w("januari februari maart april mei juni juli augustus september oktober november december"),
    "pl": _w("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    "cs": _w("ledna února března dubna května června července srpna září října listopadu prosince"),
    "sv": _w("januari februari mars april maj juni juli augusti september oktober november december"),
    "da": _w("januar februar marts april maj juni juli august september oktober november december"),
    "no": _w("januar februar mars april mai juni juli august september oktober november desember"),
    "fi": _w("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
             "lokakuuta marraskuuta joulukuuta"),
    "is": _w("janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember"),
    "hu": _w("január február március április május június július augusztus szeptember október november december"),
    "tr": _w("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "ru": _w("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "uk": _w("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),
    "el": _w("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
             "Οκτωβρίου Νοεμβρίου Δεκεμβρίου"),
    "ar": _w("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    "he": _w("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר"),
    "hi": _w("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"),
    "id": _w("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"),
    "th": _w("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"),
}
EN_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def ja_era(d):
    y = d.year
    if d < dt.date(1989, 1, 8):
        era, n = "昭和", y - 1925
    elif d < dt.date(2019, 5, 1):
        era, n = "平成", y - 1988
    else:
        era, n = "令和", y - 2018
    return f"{era}{'元' if n == 1 else n}年{d.month}月{d.day}日"


def fmt_date(rng, d, lang, region=None, style=None):
    """A full date (day, month, year) as people write it in this language."""
    dd, mm, y = d.day, d.month, d.year
    M = MONTHS.get(lang) or MONTHS["en"]
    iso = d.isoformat()
    opts = {
        "en": ([f"{mm:02d}/{dd:02d}/{y}", f"{M[mm-1]} {dd}, {y}", f"{M[mm-1][:3]} {dd}, {y}", f"{mm}/{dd}/{y % 100:02d}",
                f"{M[mm-1]} {dd}{EN_ORD.get(dd, 'th')}, {y}", iso, f"{mm}/{dd}/{y}"]
               if region in (None, "US") else
               [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {M[mm-1]} {y}", f"{dd}{EN_ORD.get(dd, 'th')} {M[mm-1]} {y}",
                f"{dd} {M[mm-1][:3]} {y}", iso, f"{dd}/{mm}/{y % 100:02d}", f"{dd}-{M[mm-1][:3]}-{y}"]),
        "de": [f"{dd:02d}.{mm:02d}.{y}", f"{dd}.{mm}.{y}", f"{dd}. {M[mm-1]} {y}", iso, f"{dd:02d}.{mm:02d}.{y % 100:02d}"],
        "fr": [f"{dd:02d}/{mm:02d}/{y}", f"{'1er' if dd == 1 else dd} {M[mm-1]} {y}", f"{dd:02d}-{mm:02d}-{y}"],
        "es": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} de {M[mm-1]} de {y}", f"{dd}/{mm}/{y}", f"{dd:02d}-{mm:02d}-{y}"],
        "pt": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} de {M[mm-1]} de {y}", f"{dd:02d}-{mm:02d}-{y}"],
        "it": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {M[mm-1]} {y}", f"{dd}/{mm}/{y}", f"{dd:02d}.{mm:02d}.{y}"],
        "nl": [f"{dd:02d}-{mm:02d}-{y}", f"{dd} {M[mm-1]} {y}", f"{dd:02d}/{mm:02d}/{y}"],
        "pl": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {M[mm-1]} {y}", iso],
        "cs": [f"{dd}. {mm}. {y}", f"{dd}.{mm}.{y}", f"{dd}. {M[mm-1]} {y}"],
        "sv": [iso, f"{dd} {M[mm-1]} {y}", f"{y % 100:02d}{mm:02d}{dd:02d}" if False else iso],
        "da": [f"{dd:02d}.{mm:02d}.{y}", f"{dd}. {M[mm-1]} {y}", f"{dd:02d}-{mm:02d}-{y}"],
        "no": [f"{dd:02d}.{mm:02d}.{y}", f"{dd}. {M[mm-1]} {y}"],
        "fi": [f"{dd}.{mm}.{y}", f"{dd}. {M[mm-1]} {y}", f"{dd:02d}.{mm:02d}.{y}"],
        "is": [f"{dd}. {M[mm-1]} {y}", f"{dd:02d}.{mm:02d}.{y}"],
        "hu": [f"{y}. {M[mm-1]} {dd}.", f"{y}.{mm:02d}.{dd:02d}.", f"{y}. {mm:02d}. {dd:02d}."],
        "tr": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {M[mm-1]} {y}", f"{dd:02d}/{mm:02d}/{y}"],
        "ru": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {M[mm-1]} {y}"],
        "uk": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {M[mm-1]} {y}"],
        "el": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {M[mm-1]} {y}", f"{dd}/{mm}/{y}"],
        "ar": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {M[mm-1]} {y}", f"{y}/{mm:02d}/{dd:02d}"],
        "he": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} ב{M[mm-1]} {y}", f"{dd}.{mm}.{y}"],
        "hi": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {M[mm-1]} {y}", f"{dd:02d}-{mm:02d}-{y}"],
        "id": [f"{dd:02d}-{mm:02d}-{y}", f"{dd} {M[mm-1]} {y}", f"{dd:02d}/{mm:02d}/{y}"],
        "vi": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"],
        "th": [f"{dd} {M[mm-1]} {y + 543}", f"{dd:02d}/{mm:02d}/{y + 543}", f"{dd:02d}/{mm:02d}/{y}"],
        "ja": [f"{y}年{mm}月{dd}日", ja_era(d), f"{y}/{mm:02d}/{dd:02d}", f"{y}年{mm:02d}月{dd:02d}日"],
        "zh": [f"{y}年{mm}月{dd}日", iso, f"{y}/{mm}/{dd}", f"{y}.{mm:02d}.{dd:02d}"],
        "ko": [f"{y}년 {mm}월 {dd}일", f"{y}.{mm:02d}.{dd:02d}", f"{y}. {mm}. {dd}.", iso],
    }[lang]
    if style is not None:
        return opts[style % len(opts)]
    return rng.choice(opts)


def fmt_partial(rng, d, lang):
    """Month and year, or day and month -- not a full date."""
    M = MONTHS.get(lang, MONTHS["en"])
    c = {
        "en": [f"{M[d.month-1]} {d.year}", f"{M[d.month-1]} {d.day}"],
        "de": [f"{M[d.month-1]} {d.year}", f"{d.day}. {M[d.month-1]}"],
        "fr": [f"{M[d.month-1]} {d.year}", f"{d.day} {M[d.month-1]}"],
        "es": [f"{M[d.month-1]} de {d.year}", f"{d.day} de {M[d.month-1]}"],
        "pt": [f"{M[d.month-1]} de {d.year}", f"{d.day} de {M[d.month-1]}"],
        "it": [f"{M[d.month-1]} {d.year}", f"{d.day} {M[d.month-1]}"],
        "nl": [f"{M[d.month-1]} {d.year}", f"{d.day} {M[d.month-1]}"],
    }.get(lang)
    return rng.choice(c) if c else f"{d.month:02d}/{d.year}"


def fmt_datetime(rng, t, lang="en"):
    opts = [t.strftime("%Y-%m-%dT%H:%M:%SZ"), t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%Y-%m-%dT%H:%M:%S.") +
            f"{rng.randint(0, 999):03d}Z", t.strftime("%Y-%m-%dT%H:%M:%S+00:00")]
    return rng.choice(opts)


def rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def dob(rng, adult=True):
    return rand_date(rng, 1948, 2004) if adult else rand_date(rng, 2008, 2021)


def recent(rng):
    return rand_date(rng, 2023, 2025)


def recent_dt(rng):
    d = recent(rng)
    return dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


NUM_EN = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
TENS_EN = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
          9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
          15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
          30: "thirtieth"}


def num_en(n):
    if n < 20:
        return NUM_EN[n]
    t, u = divmod(n, 10)
    return TENS_EN[t] + ("" if u == 0 else " " + NUM_EN[u])


def ord_en(n):
    if n in ORD_EN:
        return ORD_EN[n]
    t, u = divmod(n, 10)
    return TENS_EN[t] + " " + ORD_EN[u]


def year_en(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + NUM_EN[y - 2000])
    a, b = divmod(y, 100)
    return num_en(a) + " " + ("hundred" if b == 0 else ("oh " + NUM_EN[b] if b < 10 else num_en(b)))


def spoken_date_en(rng, d):
    m = MONTHS["en"][d.month - 1].lower()
    return rng.choice([f"the {ord_en(d.day)} of {m} {year_en(d.year)}", f"{m} {ord_en(d.day)} {year_en(d.year)}",
                       f"{m} the {ord_en(d.day)} {year_en(d.year)}"])


def spoken_digits_en(s):
    return " ".join(NUM_EN[int(c)] for c in s)


# ------------------------------------------------------------------------------------------- phones
PHONES = {
    "US": ["(AAA) ###-####", "AAA-###-####", "+1 AAA ### ####", "+1-AAA-###-####", "AAA.###.####"],
    "CA": ["(CCC) ###-####", "CCC-###-####", "+1 CCC ###-####"],
    "GB": ["07### ######", "+44 7### ######", "020 7### ####", "+44 (0)20 7### ####", "0161 ### ####", "+44 161 ### ####"],
    "IE": ["08Y ### ####", "+353 8Y ### ####", "01 ### ####", "+353 1 ### ####"],
    "AU": ["04## ### ###", "+61 4## ### ###", "(02) #### ####", "+61 3 #### ####"],
    "IN": ["+91 9#### #####", "98### #####", "+91-7###-######", "080 2### ####"],
    "NG": ["0803 ### ####", "+234 803 ### ####", "0816 ### ####", "+234 70# ### ####"],
    "ET": ["09# ### ####", "+251 9# ### ####"],
    "DE": ["0151 ########", "+49 151 ########", "030 ########", "+49 (0)30 ########", "0171/#######", "+49 89 #######"],
    "AT": ["0664 #######", "+43 664 #######", "01 ### ## ##", "+43 1 ### ## ##"],
    "CH": ["079 ### ## ##", "+41 79 ### ## ##", "044 ### ## ##", "+41 44 ### ## ##"],
    "FR": ["06 ## ## ## ##", "+33 6 ## ## ## ##", "01 ## ## ## ##", "07.##.##.##.##", "+33 (0)1 ## ## ## ##"],
    "BE": ["04## ## ## ##", "+32 4## ## ## ##", "02 ### ## ##"],
    "NL": ["06-########", "06 ## ## ## ##", "+31 6 ########", "020 ### ####", "+31 (0)20 ### ####"],
    "IT": ["3## ### ####", "+39 3## ### ####", "06 #### ####", "+39 02 #### ####"],
    "ES": ["6## ### ###", "+34 6## ## ## ##", "91 ### ## ##", "+34 93 ### ## ##"],
    "MX": ["55 #### ####", "+52 55 #### ####", "+52 1 33 #### ####", "(81) ####-####"],
    "AR": ["11 ####-####", "+54 9 11 ####-####"],
    "PT": ["9## ### ###", "+351 9## ### ###", "21# ### ###"],
    "BR": ["(11) 9####-####", "+55 11 9####-####", "(21) ####-####", "+55 (21) 9####-####"],
    "PL": ["5## ### ###", "+48 5## ### ###", "22 ### ## ##", "+48 22 ### ## ##"],
    "CZ": ["6## ### ###", "+420 7## ### ###"],
    "SE": ["07#-### ## ##", "+46 7# ### ## ##", "08-### ### ##"],
    "DK": ["## ## ## ##", "+45 ## ## ## ##"],
    "NO": ["4## ## ###", "+47 9## ## ###", "22 ## ## ##"],
    "FI": ["04# ### ####", "+358 4# ### ####", "050 ### ####"],
    "IS": ["6## ####", "+354 8## ####"],
    "HU": ["06 30 ### ####", "+36 30 ### ####", "+36 1 ### ####", "06 20 ### ####"],
    "TR": ["05## ### ## ##", "+90 5## ### ## ##", "0212 ### ## ##"],
    "RU": ["8 (9##) ###-##-##", "+7 9## ###-##-##", "+7 (495) ###-##-##"],
    "UA": ["0## ### ## ##", "+380 ## ### ## ##"],
    "GR": ["69# ### ####", "+30 69# ### ####", "21# ### ####"],
    "SA": ["05# ### ####", "+966 5# ### ####"],
    "EG": ["01# #### ####", "+20 1# #### ####"],
    "AE": ["05# ### ####", "+971 5# ### ####"],
    "IL": ["05#-###-####", "+972 5#-###-####"],
    "TH": ["08#-###-####", "+66 8# ### ####"],
    "KR": ["010-####-####", "+82 10-####-####"],
    "JP": ["090-####-####", "+81 90-####-####", "03-####-####", "080-####-####"],
    "CN": ["13# #### ####", "+86 13# #### ####", "18#-####-####"],
    "TW": ["09##-###-###", "+886 9## ### ###"],
    "VN": ["09# ### ## ##", "+84 9# ### ## ##"],
    "ID": ["08##-####-####", "+62 8##-####-####"],
}
US_AREA = ["212", "312", "415", "503", "617", "702", "713", "801", "919", "206", "303", "404", "614", "512"]
CA_AREA = ["416", "604", "514", "403", "613", "902", "204", "780"]


def phone(rng, cc, intl=None):
    fmts = PHONES[cc]
    if intl is True:
        fmts = [f for f in fmts if f.startswith("+")] or fmts
    elif intl is False:
        fmts = [f for f in fmts if not f.startswith("+")] or fmts
    f = rng.choice(fmts)
    f = f.replace("AAA", rng.choice(US_AREA)).replace("CCC", rng.choice(CA_AREA))
    f = f.replace("Y", rng.choice("35679"))
    out = []
    for i, ch in enumerate(f):
        if ch == "#":
            out.append(str(rng.randint(0, 9)) if out and out[-1] not in "(" or i > 3 else str(rng.randint(2, 9)))
        else:
            out.append(ch)
    return "".join(out)


LOC_CC = {"en_US": "US", "en_GB": "GB", "en_CA": "CA", "en_AU": "AU", "en_IE": "IE", "en_IN": "IN", "en_NG": "NG",
          "en_ET": "ET", "de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "fr_BE": "BE", "fr_CH": "CH",
          "fr_CA": "CA", "nl_NL": "NL", "nl_BE": "BE", "it_IT": "IT", "es_ES": "ES", "es_MX": "MX", "es_AR": "AR",
          "pt_PT": "PT", "pt_BR": "BR", "pl_PL": "PL", "cs_CZ": "CZ", "sv_SE": "SE", "da_DK": "DK", "nb_NO": "NO",
          "fi_FI": "FI", "is_IS": "IS", "hu_HU": "HU", "tr_TR": "TR", "id_ID": "ID", "ru_RU": "RU", "uk_UA": "UA",
          "el_GR": "GR", "ar_SA": "SA", "ar_EG": "EG", "ar_AE": "AE", "he_IL": "IL", "hi_IN": "IN", "th_TH": "TH",
          "ko_KR": "KR", "ja_JP": "JP", "zh_CN": "CN", "zh_TW": "TW", "vi_VN": "VN"}

DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com"], "CH": ["bluewin.ch", "gmx.ch", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "BE": ["telenet.be", "skynet.be", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"], "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"], "AR": ["gmail.com", "fibertel.com.ar"],
    "PT": ["sapo.pt", "gmail.com", "netcabo.pt"], "BR": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
    "SE": ["telia.com", "gmail.com", "hotmail.se"], "DK": ["mail.dk", "gmail.com", "jubii.dk"],
    "NO": ["online.no", "gmail.com", "hotmail.no"], "FI": ["gmail.com", "luukku.com", "elisanet.fi"],
    "IS": ["simnet.is", "gmail.com"], "HU": ["freemail.hu", "citromail.hu", "gmail.com"],
    "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], "ID": ["gmail.com", "yahoo.co.id"],
    "RU": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"], "UA": ["ukr.net", "i.ua", "gmail.com"],
    "GR": ["gmail.com", "otenet.gr", "yahoo.gr"], "SA": ["gmail.com", "hotmail.com"], "EG": ["gmail.com", "yahoo.com"],
    "AE": ["gmail.com", "eim.ae"], "IL": ["gmail.com", "walla.co.il", "012.net.il"], "TH": ["gmail.com", "hotmail.co.th"],
    "KR": ["naver.com", "daum.net", "gmail.com"], "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com"], "TW": ["gmail.com", "yahoo.com.tw", "hinet.net"],
    "VN": ["gmail.com", "yahoo.com.vn"], "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "NG": ["gmail.com", "yahoo.com"], "ET": ["gmail.com", "ethionet.et"], "CA": ["gmail.com", "rogers.com", "shaw.ca"],
    "AU": ["gmail.com", "bigpond.com", "optusnet.com.au"], "IE": ["gmail.com", "eircom.net", "hotmail.com"],
}
WORK_DOMAINS = ["kestrelfoods.com", "tidewater-labs.io", "nordlicht-gmbh.de", "solvane.fr", "brightpath.co.uk",
                "larkspur.health", "meridianfreight.com", "aurora-analytics.eu", "quillon.io", "harborline.nl",
                "vantaggio.it", "pinecrest.ca", "sakura-tech.co.jp", "hanbit-soft.kr", "cedarmint.in",
                "oakridge-legal.com", "bluefjord.no", "vistamar.es", "ipanema-digital.com.br", "wawel-it.pl"]


# ------------------------------------------------------------------------------------------- passwords
PW_WORDS = {
    "en": _w("harbor falcon maple otter copper river sunset thunder marble pepper violet canyon lantern orbit "
             "biscuit rocket meadow glacier velvet cobalt walnut tiger ember willow raven summit pixel"),
    "de": _w("Sonnenblume Schmetterling Wolke Bergsee Apfelbaum Kaffee Fuchs Regenbogen Sternschnuppe Kastanie"),
    "fr": _w("papillon soleil citron framboise nuage chocolat lavande mistral coquelicot baguette"),
    "es": _w("mariposa girasol estrella limon tortuga guitarra luna fresa paloma cometa"),
    "pt": _w("saudade borboleta cajueiro mangueira estrela girassol coruja jabuti"),
    "it": _w("farfalla girasole limone gattino stella pomodoro ciliegia tramonto"),
    "nl": _w("tulpje fietsbel kaasboer molentje regenboog zonnetje stroopwafel"),
    "pl": _w("kotek słonko wiewiorka jablko biedronka pierogi"),
    "sv": _w("solros kanelbulle blabar fjaril midsommar"),
    "ru": _w("kotik solnyshko zvezda malina"),
    "ja": _w("sakura hanabi tanuki kitsune momiji"),
    "tr": _w("kelebek gunes lale yildiz"),
}
SYMS = "!#$%*?@&"


def pw_random(rng, n=None, safe=False):
    n = n or rng.randint(12, 20)
    alpha = string.ascii_letters + string.digits + ("" if safe else "!#%*+-_=?")
    while True:
        s = "".join(rng.choice(alpha) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def password(rng, lang="en", safe=False):
    """safe: only unreserved URL / shell-safe characters."""
    words = PW_WORDS.get(lang, PW_WORDS["en"]) + PW_WORDS["en"]
    k = rng.randint(0, 9)
    sym = rng.choice("-_." if safe else SYMS)
    if k == 0:
        return pw_random(rng, safe=safe)
    if k == 1:
        return "-".join(rng.sample(PW_WORDS["en"], 3)) + f"-{rng.randint(10, 99)}"
    if k == 2:
        w = rng.choice(words)
        return w[0].upper() + w[1:] + sym + str(rng.randint(10, 9999))
    if k == 3:
        leet = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
        w = rng.choice(PW_WORDS["en"])
        return w.capitalize().translate(leet) + rng.choice("!?" if not safe else "_") + str(rng.randint(1, 99))
    if k == 4:
        return rng.choice(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Herbst", "Primavera", "Verano"]) + \
            str(rng.choice([2023, 2024, 2025])) + ("" if safe else rng.choice(["!", "#", "?", ""]))
    if k == 5:
        a, b = rng.sample(PW_WORDS["en"], 2)
        return a.capitalize() + b.capitalize() + str(rng.randint(1, 999))
    if k == 6:
        return pw_random(rng, rng.randint(16, 24), safe=True)
    if k == 7:
        w = rng.choice(words)
        return w.lower() + "_" + str(rng.randint(1, 99))
    if k == 8:
        return rng.choice(PW_WORDS["en"]) + str(rng.randint(1960, 2010))
    return pw_random(rng, rng.randint(10, 14), safe=safe)


PASSPHRASE_WORDS = {
    "en": _w("correct horse battery staple purple monkey dishwasher blue river forty quiet lamp green tractor "
             "silver spoon autumn fox paper boat coffee table ocean breeze"),
    "de": _w("gelber Hund tanzt leise Regen über Hamburg grüne Brücke kalter Kaffee"),
    "es": _w("perro azul come mango lluvia sobre Sevilla gato verde baila"),
    "fr": _w("chat rouge mange pomme pluie sur Lyon vélo bleu rapide"),
}


def passphrase(rng, lang="en"):
    ws = PASSPHRASE_WORDS.get(lang, PASSPHRASE_WORDS["en"])
    return " ".join(rng.sample(ws, rng.choice([3, 4, 4])))


def pin(rng, n=None):
    n = n or rng.choice([4, 4, 4, 5, 6])
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if len(set(s)) > 2 and s not in "0123456789":
            return s


def wifi_key(rng):
    return rng.choice([pw_random(rng, rng.randint(10, 16), safe=True),
                       rng.choice(PW_WORDS["en"]) + "-" + rng.choice(PW_WORDS["en"]) + str(rng.randint(10, 99)),
                       "".join(str(rng.randint(0, 9)) for _ in range(10))])


# ------------------------------------------------------------------------------------------- numbers
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(rng):
    k = rng.randint(0, 2)
    if k == 0:
        body = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif k == 1:
        body = "5" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(13))
    else:
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
        n = body + luhn_digit(body)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    n = body + luhn_digit(body)
    return rng.choice([" ", "-", ""]).join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": ("8n10n", 22), "FR": ("5n5n11n2n", 27), "ES": ("4n4n2n10n", 24), "IT": ("1a5n5n12n", 27),
             "NL": ("4a10n", 18), "GB": ("4a6n8n", 22), "PT": ("4n4n11n2n", 25), "PL": ("8n16n", 28),
             "BE": ("3n7n2n", 16), "AT": ("5n11n", 20), "CH": ("5n12n", 21), "SE": ("3n16n1n", 24),
             "DK": ("4n9n1n", 18), "NO": ("4n6n1n", 15), "FI": ("3n11n", 18), "IE": ("4a6n8n", 22)}
BANK_CODES = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"], "GB": ["NWBK", "BARC", "LOYD", "HBUK"],
              "IE": ["AIBK", "BOFI", "IPBS"]}


def iban(rng, cc, grouped=True):
    spec, ln = IBAN_SPEC[cc]
    import re
    parts = re.findall(r"(\d+)([an])", spec)
    bban = ""
    for i, (n, kind) in enumerate(parts):
        n = int(n)
        if kind == "a":
            bban += rng.choice(BANK_CODES.get(cc, ["X"])) if n == 4 else "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        else:
            bban += "".join(str(rng.randint(0, 9)) for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert len(s) == ln, (cc, s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def version(rng):
    return rng.choice([f"{rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                       f"v{rng.randint(1, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 3)}.{rng.randint(0, 12)}"])


def isbn13(rng):
    b = rng.choice(["978", "979"]) + "".join(str(rng.randint(0, 9)) for _ in range(9))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    b += str((10 - s % 10) % 10)
    return rng.choice([b, f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:12]}-{b[12]}"])


def order_id(rng):
    y = rng.choice([2023, 2024, 2025])
    return rng.choice([f"ORD-{rng.randint(100000, 999999)}", f"#{rng.randint(10000, 99999)}", f"INV-{y}-{rng.randint(1000, 99999)}",
                       f"PO-{rng.randint(10000, 99999)}", f"RMA{rng.randint(100000, 999999)}", f"CASE-{rng.randint(100000, 9999999)}",
                       f"A{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}", f"SO{rng.randint(1000000, 9999999)}"])


def tracking(rng):
    return rng.choice(["1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)),
                       "JD01" + "".join(str(rng.randint(0, 9)) for _ in range(14)),
                       "".join(str(rng.randint(0, 9)) for _ in range(12)),
                       rng.choice(["LX", "RR", "CP", "EE"]) + "".join(str(rng.randint(0, 9)) for _ in range(9)) + rng.choice(["DE", "FR", "NL", "ES", "PL"])])


CUR = {"en_US": "${}", "en_CA": "CA${}", "en_GB": "£{}", "en_AU": "A${}", "en_IE": "€{}", "en_IN": "₹{}",
       "ja_JP": "¥{}", "zh_CN": "¥{}", "ko_KR": "₩{}", "pt_BR": "R$ {}", "es_MX": "MX${}", "pl_PL": "{} zł",
       "sv_SE": "{} kr", "da_DK": "{} kr.", "nb_NO": "kr {}", "cs_CZ": "{} Kč", "hu_HU": "{} Ft", "tr_TR": "₺{}",
       "ru_RU": "{} ₽", "uk_UA": "{} грн", "de_CH": "CHF {}", "fr_CH": "CHF {}", "th_TH": "฿{}", "in": "₹{}",
       "he_IL": "₪{}", "ar_SA": "{} ر.س", "ar_AE": "AED {}", "ar_EG": "{} ج.م", "id_ID": "Rp {}", "vi_VN": "{} ₫",
       "zh_TW": "NT${}", "hi_IN": "₹{}", "is_IS": "{} kr."}
COMMA_LOC = {"de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "da", "nb", "fi", "tr", "ru", "uk", "el", "hu", "id", "vi", "is"}


def price(rng, loc):
    fmt = CUR.get(loc, "{} €")
    big = loc in ("ja_JP", "ko_KR", "hu_HU", "vi_VN", "id_ID", "is_IS")
    v = rng.randint(500, 90000) if big else rng.randint(3, 1800) + rng.choice([0, 0.5, 0.99, 0.9, 0.45, 0.25])
    if big:
        s = f"{v:,}"
        if loc in ("vi_VN", "id_ID", "is_IS"):
            s = s.replace(",", ".")
        elif loc == "hu_HU":
            s = s.replace(",", " ")
    else:
        s = f"{v:.2f}"
        if loc.split("_")[0] in COMMA_LOC:
            s = s.replace(".", ",")
    return fmt.format(s)


FILE_PATHS = ["/var/log/app/server.log", "/etc/nginx/conf.d/default.conf", "src/main/java/com/acme/App.java",
              "/home/runner/work/app/app/src/index.ts", "C:\\Program Files\\Acme\\config.ini", "./scripts/deploy.sh",
              "/usr/local/lib/python3.11/site-packages/requests/adapters.py", "app/models/user.rb",
              "/opt/app/config/settings.yaml", "~/.ssh/config", "/run/secrets/db_password", "lib/auth/session.go",
              "/srv/data/exports/2024-q3.csv", "docs/api/README.md", "/tmp/build-8842/output.tar.gz"]

HEALTH = {
    "en": ["type 2 diabetes", "asthma", "hypertension", "metformin 500 mg", "migraine", "atorvastatin 20 mg",
           "penicillin allergy", "depression", "levothyroxine 50 mcg", "coeliac disease"],
    "de": ["Diabetes mellitus Typ 2", "Asthma bronchiale", "Bluthochdruck", "Ramipril 5 mg", "Migräne", "Heuschnupfen"],
    "fr": ["diabète de type 2", "asthme", "hypertension artérielle", "Doliprane 1000 mg", "migraine"],
    "es": ["diabetes tipo 2", "asma", "hipertensión", "omeprazol 20 mg", "alergia a la penicilina"],
    "it": ["diabete di tipo 2", "asma", "ipertensione", "cardioaspirina 100 mg"],
    "pt": ["diabetes tipo 2", "asma", "hipertensão", "losartana 50 mg"],
    "nl": ["diabetes type 2", "astma", "hoge bloeddruk", "metoprolol 50 mg"],
    "pl": ["cukrzyca typu 2", "astma", "nadciśnienie", "metformina 850 mg"],
    "ja": ["2型糖尿病", "喘息", "高血圧", "花粉症"],
    "ru": ["сахарный диабет 2 типа", "бронхиальная астма", "гипертония"],
    "sv": ["typ 2-diabetes", "astma", "högt blodtryck", "Alvedon 500 mg"],
    "tr": ["tip 2 diyabet", "astım", "hipertansiyon"],
}
