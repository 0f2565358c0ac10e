# -*- coding: utf-8 -*-
"""Date formatting in many languages (used for birth dates and for
non-birth DATE decoys alike -- the label comes from context)."""

def _s(x):
    return x.split("|")

MONTHS = {
    "en": _s("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": _s("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "de_AT": _s("Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": _s("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": _s("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "pt": _s("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "it": _s("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "nl": _s("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "pl": _s("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
    "cs": _s("ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"),
    "sv": _s("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
    "nb": _s("januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"),
    "da": _s("januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"),
    "fi": _s("tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta"),
    "tr": _s("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
    "ru": _s("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"),
    "uk": _s("січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"),
    "el": _s("Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου"),
    "ar": _s("يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
    "he": _s("בינואר|בפברואר|במרץ|באפריל|במאי|ביוני|ביולי|באוגוסט|בספטמבר|באוקטובר|בנובמבר|בדצמבר"),
    "hi": _s("जनवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर"),
    "bn": _s("জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর"),
    "ta": _s("ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்"),
    "th": _s("มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"),
    "id": _s("Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"),
    "sw": _s("Januari|Februari|Machi|Aprili|Mei|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba"),
    "yo": _s("Ṣẹ́rẹ́|Èrèlè|Ẹrẹ̀nà|Ìgbé|Ẹ̀bibi|Òkúdu|Agẹmọ|Ògún|Owewe|Ọ̀wàrà|Bélú|Ọ̀pẹ̀"),
    "hu": _s("január|február|március|április|május|június|július|augusztus|szeptember|október|november|december"),
}
MON_ABBR_EN = _s("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
MON_ABBR_DE = _s("Jan.|Feb.|März|Apr.|Mai|Juni|Juli|Aug.|Sep.|Okt.|Nov.|Dez.")
MON_ABBR_FR = _s("janv.|févr.|mars|avr.|mai|juin|juil.|août|sept.|oct.|nov.|déc.")
MON_ABBR_TH = _s("ม.ค.|ก.พ.|มี.ค.|เม.ย.|พ.ค.|มิ.ย.|ก.ค.|ส.ค.|ก.ย.|ต.ค.|พ.ย.|ธ.ค.")

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")

ONES = _s("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
TENS = _s("|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
ORD = _s("zeroth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth")


def num_words(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else " " + ONES[o])


def ord_words(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t, o = divmod(n, 10)
    return TENS[t] + " " + ORD[o]


def year_words(y, rng):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else (" and " if rng.random() < .3 else " ") + ONES[y - 2000])
    a, b = divmod(y, 100)
    if b == 0:
        return num_words(a) + " hundred"
    if b < 10:
        return num_words(a) + " oh " + ONES[b]
    return num_words(a) + " " + num_words(b)


def en_ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def lang_of(locale):
    lang = locale.split("_")[0]
    if lang == "nb":
        return "nb"
    return lang


def fmt_date(rng, locale, y, m, d, spoken=False):
    """Return one realistic written form of (y, m, d) for this locale."""
    lang = lang_of(locale)
    r = rng.random()
    mi = m - 1
    if spoken:
        forms = [
            "%s %s %s" % (MONTHS["en"][mi].lower(), ord_words(d), year_words(y, rng)),
            "%s of %s %s" % (ord_words(d), MONTHS["en"][mi].lower(), year_words(y, rng)),
            "%s %s %s" % (ord_words(d), MONTHS["en"][mi].lower(), year_words(y, rng)),
            "%s %s %s" % (MONTHS["en"][mi].lower(), num_words(d), year_words(y, rng)),
            "%s %s %s" % (" ".join(ONES[int(c)] if c != "0" else "zero" for c in "%02d" % m),
                          " ".join(ONES[int(c)] if c != "0" else "zero" for c in "%02d" % d), year_words(y, rng)),
        ]
        return rng.choice(forms)
    if r < 0.12:
        return "%04d-%02d-%02d" % (y, m, d)  # ISO everywhere
    if lang == "en":
        if locale == "en_US" or (locale in ("en_PH",) and r < 0.6):
            return rng.choice([
                "%s %d, %d" % (MONTHS["en"][mi], d, y), "%02d/%02d/%04d" % (m, d, y), "%d/%d/%d" % (m, d, y),
                "%d/%d/%02d" % (m, d, y % 100), "%s %d %d" % (MON_ABBR_EN[mi], d, y), "%s. %d, %d" % (MON_ABBR_EN[mi], d, y),
                "%s %s, %d" % (MONTHS["en"][mi], en_ordinal(d), y), "%02d-%02d-%04d" % (m, d, y)])
        return rng.choice([
            "%d %s %d" % (d, MONTHS["en"][mi], y), "%02d/%02d/%04d" % (d, m, y), "%s %s %d" % (en_ordinal(d), MONTHS["en"][mi], y),
            "%d %s %d" % (d, MON_ABBR_EN[mi], y), "%d-%s-%d" % (d, MON_ABBR_EN[mi], y), "%02d.%02d.%04d" % (d, m, y),
            "%d/%d/%d" % (d, m, y), "%s of %s %d" % (en_ordinal(d), MONTHS["en"][mi], y), "%02d-%s-%d" % (d, MON_ABBR_EN[mi].upper(), y)])
    if lang == "de":
        months = MONTHS["de_AT"] if locale == "de_AT" and rng.random() < .7 else MONTHS["de"]
        return rng.choice(["%02d.%02d.%04d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, months[mi], y),
                           "%02d.%02d.%02d" % (d, m, y % 100), "%d. %s %d" % (d, MON_ABBR_DE[mi], y)])
    if lang == "fr":
        dd = "1er" if d == 1 else str(d)
        return rng.choice(["%02d/%02d/%04d" % (d, m, y), "%s %s %d" % (dd, MONTHS["fr"][mi], y), "%d %s %d" % (d, MON_ABBR_FR[mi], y),
                           "%02d.%02d.%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y)])
    if lang == "es":
        return rng.choice(["%d de %s de %d" % (d, MONTHS["es"][mi], y), "%02d/%02d/%04d" % (d, m, y), "%d/%d/%d" % (d, m, y),
                           "%02d-%02d-%04d" % (d, m, y), "%d %s %d" % (d, MONTHS["es"][mi][:3], y)])
    if lang == "pt":
        return rng.choice(["%d de %s de %d" % (d, MONTHS["pt"][mi], y), "%02d/%02d/%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y),
                           "%d/%d/%d" % (d, m, y)])
    if lang == "it":
        return rng.choice(["%d %s %d" % (d, MONTHS["it"][mi], y), "%02d/%02d/%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y),
                           "%d/%d/%d" % (d, m, y)])
    if lang == "nl":
        return rng.choice(["%d %s %d" % (d, MONTHS["nl"][mi], y), "%02d-%02d-%04d" % (d, m, y), "%d-%d-%d" % (d, m, y),
                           "%02d/%02d/%04d" % (d, m, y)])
    if lang == "pl":
        return rng.choice(["%d %s %d" % (d, MONTHS["pl"][mi], y), "%02d.%02d.%04d" % (d, m, y), "%d %s %d r." % (d, MONTHS["pl"][mi], y)])
    if lang == "cs":
        return rng.choice(["%d. %s %d" % (d, MONTHS["cs"][mi], y), "%d. %d. %d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    if lang == "sv":
        return rng.choice(["%d %s %d" % (d, MONTHS["sv"][mi], y), "%04d-%02d-%02d" % (y, m, d), "%d/%d %d" % (d, m, y)])
    if lang == "nb":
        return rng.choice(["%d. %s %d" % (d, MONTHS["nb"][mi], y), "%02d.%02d.%04d" % (d, m, y)])
    if lang == "da":
        return rng.choice(["%d. %s %d" % (d, MONTHS["da"][mi], y), "%02d-%02d-%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    if lang == "fi":
        return rng.choice(["%d. %s %d" % (d, MONTHS["fi"][mi], y), "%d.%d.%d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    if lang == "hu":
        return rng.choice(["%d. %s %d." % (y, MONTHS["hu"][mi], d), "%04d.%02d.%02d." % (y, m, d)])
    if lang == "tr":
        return rng.choice(["%d %s %d" % (d, MONTHS["tr"][mi], y), "%02d.%02d.%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y)])
    if lang == "ru":
        return rng.choice(["%d %s %d г." % (d, MONTHS["ru"][mi], y), "%d %s %d года" % (d, MONTHS["ru"][mi], y),
                           "%02d.%02d.%04d" % (d, m, y), "%d %s %d" % (d, MONTHS["ru"][mi], y)])
    if lang == "uk":
        return rng.choice(["%d %s %d р." % (d, MONTHS["uk"][mi], y), "%02d.%02d.%04d" % (d, m, y), "%d %s %d року" % (d, MONTHS["uk"][mi], y)])
    if lang == "el":
        return rng.choice(["%d %s %d" % (d, MONTHS["el"][mi], y), "%02d/%02d/%04d" % (d, m, y), "%d/%d/%d" % (d, m, y)])
    if lang == "ar":
        f = rng.choice(["%d %s %d" % (d, MONTHS["ar"][mi], y), "%02d/%02d/%04d" % (d, m, y), "%04d/%02d/%02d" % (y, m, d)])
        return f.translate(ARABIC_DIGITS) if rng.random() < .45 else f
    if lang == "fa":
        return ("%04d/%02d/%02d" % (y, m, d))
    if lang == "he":
        return rng.choice(["%d %s %d" % (d, MONTHS["he"][mi], y), "%02d.%02d.%04d" % (d, m, y), "%d/%d/%d" % (d, m, y)])
    if lang == "hi":
        f = rng.choice(["%d %s %d" % (d, MONTHS["hi"][mi], y), "%02d-%02d-%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y)])
        return f.translate(DEVANAGARI_DIGITS) if rng.random() < .2 else f
    if lang == "bn":
        f = rng.choice(["%d %s %d" % (d, MONTHS["bn"][mi], y), "%02d/%02d/%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y)])
        return f.translate(BENGALI_DIGITS) if rng.random() < .5 else f
    if lang == "ta":
        return rng.choice(["%d %s %d" % (d, MONTHS["ta"][mi], y), "%02d/%02d/%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y)])
    if lang == "th":
        be = y + 543
        return rng.choice(["%d %s %d" % (d, MONTHS["th"][mi], be), "%d %s %d" % (d, MON_ABBR_TH[mi], be),
                           "%02d/%02d/%04d" % (d, m, be), "%d %s พ.ศ. %d" % (d, MONTHS["th"][mi], be), "%02d/%02d/%04d" % (d, m, y)])
    if lang == "zh":
        return rng.choice(["%d年%d月%d日" % (y, m, d), "%04d-%02d-%02d" % (y, m, d), "%04d.%02d.%02d" % (y, m, d),
                           "%04d年%02d月%02d日" % (y, m, d), "%04d/%d/%d" % (y, m, d)])
    if lang == "ja":
        if r < 0.35:
            if y < 1989 or (y == 1989 and m == 1 and d <= 7):
                era, ey = "昭和", y - 1925
            elif y < 2019 or (y == 2019 and m < 5):
                era, ey = "平成", y - 1988
            else:
                era, ey = "令和", y - 2018
            return "%s%s年%d月%d日" % (era, "元" if ey == 1 else str(ey), m, d)
        return rng.choice(["%d年%d月%d日" % (y, m, d), "%04d/%02d/%02d" % (y, m, d), "%04d年%02d月%02d日" % (y, m, d), "%04d.%d.%d" % (y, m, d)])
    if lang == "ko":
        return rng.choice(["%d년 %d월 %d일" % (y, m, d), "%04d.%02d.%02d" % (y, m, d), "%04d. %d. %d." % (y, m, d), "%04d-%02d-%02d" % (y, m, d)])
    if lang == "vi":
        return rng.choice(["ngày %d tháng %d năm %d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y)])
    if lang == "id":
        return rng.choice(["%d %s %d" % (d, MONTHS["id"][mi], y), "%02d-%02d-%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y)])
    if lang == "sw":
        return rng.choice(["%d %s %d" % (d, MONTHS["sw"][mi], y), "%d/%d/%d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y)])
    if lang == "yo":
        return rng.choice(["%d %s %d" % (d, MONTHS["yo"][mi], y), "%02d/%02d/%04d" % (d, m, y)])
    return "%04d-%02d-%02d" % (y, m, d)


def rand_ymd(rng, y0, y1):
    y = rng.randrange(y0, y1 + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29 if m == 2 else (31 if m in (4, 6, 9, 11) else 32))
    return y, m, d


def birth_date(rng, locale, spoken=False):
    y, m, d = rand_ymd(rng, 1936, 2009)
    return fmt_date(rng, locale, y, m, d, spoken=spoken), (y, m, d)


def event_date(rng, locale):
    y, m, d = rand_ymd(rng, 2018, 2026)
    return fmt_date(rng, locale, y, m, d)


def age_at(ymd, ref=(2025, 6, 1)):
    y, m, d = ymd
    a = ref[0] - y - ((ref[1], ref[2]) < (m, d))
    return a
