"""Locale table and date formatting (month names written for this corpus)."""

# code: (language of prose, phone country, Faker locale for names,
#        Faker locale for addresses or None, script, name order)
#  order: 'w' given family, 'e' family given (no space for zh/ko/ja sometimes),
#         'hu' family given with space, 'vi' family middle given
L = {
    "en_US": ("en", "US", "en_US", "en_US", "latn", "w"),
    "en_GB": ("en", "GB", "en_GB", "en_GB", "latn", "w"),
    "en_AU": ("en", "AU", "en_AU", "en_AU", "latn", "w"),
    "en_CA": ("en", "CA", "en_CA", "en_CA", "latn", "w"),
    "en_IE": ("en", "IE", "ga_IE", None, "latn", "w"),
    "en_IN": ("en", "IN", "en_IN", "en_IN", "latn", "w"),
    "en_NZ": ("en", "NZ", "en_NZ", "en_NZ", "latn", "w"),
    "en_ZA": ("en", "ZA", "zu_ZA", "zu_ZA", "latn", "w"),
    "en_PH": ("en", "PH", "en_PH", "en_PH", "latn", "w"),
    "yo_NG": ("en", "NG", "yo_NG", None, "latn", "w"),
    "ig_NG": ("en", "NG", "ig_NG", None, "latn", "w"),
    "ha_NG": ("en", "NG", "ha_NG", None, "latn", "w"),
    "sw_KE": ("sw", "KE", "sw", None, "latn", "w"),
    "tw_GH": ("en", "GH", "tw_GH", None, "latn", "w"),
    "de_DE": ("de", "DE", "de_DE", "de_DE", "latn", "w"),
    "de_AT": ("de", "AT", "de_AT", "de_AT", "latn", "w"),
    "de_CH": ("de", "CH", "de_CH", "de_CH", "latn", "w"),
    "fr_FR": ("fr", "FR", "fr_FR", "fr_FR", "latn", "w"),
    "fr_CA": ("fr", "CA", "fr_CA", "fr_CA", "latn", "w"),
    "fr_BE": ("fr", "BE", "fr_BE", None, "latn", "w"),
    "es_ES": ("es", "ES", "es_ES", "es_ES", "latn", "es"),
    "es_MX": ("es", "MX", "es_MX", "es_MX", "latn", "es"),
    "es_AR": ("es", "AR", "es_AR", "es_AR", "latn", "es"),
    "es_CO": ("es", "CO", "es_CO", "es_CO", "latn", "es"),
    "es_CL": ("es", "CL", "es_CL", "es_CL", "latn", "es"),
    "pt_PT": ("pt", "PT", "pt_PT", "pt_PT", "latn", "pt"),
    "pt_BR": ("pt", "BR", "pt_BR", "pt_BR", "latn", "pt"),
    "it_IT": ("it", "IT", "it_IT", "it_IT", "latn", "w"),
    "nl_NL": ("nl", "NL", "nl_NL", "nl_NL", "latn", "w"),
    "nl_BE": ("nl", "BE", "nl_BE", "nl_BE", "latn", "w"),
    "pl_PL": ("pl", "PL", "pl_PL", "pl_PL", "latn", "w"),
    "cs_CZ": ("cs", "CZ", "cs_CZ", "cs_CZ", "latn", "w"),
    "hu_HU": ("hu", "HU", "hu_HU", "hu_HU", "latn", "hu"),
    "ro_RO": ("ro", "RO", "ro_RO", None, "latn", "w"),
    "sv_SE": ("sv", "SE", "sv_SE", "sv_SE", "latn", "w"),
    "da_DK": ("da", "DK", "da_DK", "da_DK", "latn", "w"),
    "no_NO": ("no", "NO", "no_NO", "no_NO", "latn", "w"),
    "fi_FI": ("fi", "FI", "fi_FI", "fi_FI", "latn", "w"),
    "tr_TR": ("tr", "TR", "tr_TR", None, "latn", "w"),
    "vi_VN": ("vi", "VN", "vi_VN", "vi_VN", "latn", "vi"),
    "id_ID": ("id", "ID", "id_ID", "id_ID", "latn", "w"),
    "el_GR": ("el", "GR", "el_GR", "el_GR", "grek", "w"),
    "ru_RU": ("ru", "RU", "ru_RU", "ru_RU", "cyrl", "w"),
    "uk_UA": ("uk", "UA", "uk_UA", "uk_UA", "cyrl", "w"),
    "bg_BG": ("ru", "RU", "bg_BG", None, "cyrl", "w"),
    "he_IL": ("he", "IL", "he_IL", "he_IL", "hebr", "w"),
    "ar_SA": ("ar", "SA", "ar_SA", None, "arab", "w"),
    "ar_AE": ("ar", "AE", "ar_SA", None, "arab", "w"),
    "ar_EG": ("ar", "EG", "ar_SA", None, "arab", "w"),
    "fa_IR": ("fa", "IR", "fa_IR", None, "arab", "w"),
    "hi_IN": ("hi", "IN", "hi_IN", None, "deva", "w"),
    "ne_NP": ("hi", "IN", "ne_NP", None, "deva", "w"),
    "bn_BD": ("bn", "BD", "bn_BD", None, "beng", "w"),
    "th_TH": ("th", "TH", "th_TH", "th_TH", "thai", "w"),
    "ja_JP": ("ja", "JP", "ja_JP", "ja_JP", "jpan", "e"),
    "zh_CN": ("zh", "CN", "zh_CN", "zh_CN", "hani", "e"),
    "zh_TW": ("zh", "TW", "zh_TW", "zh_TW", "hani", "e"),
    "ko_KR": ("ko", "KR", "ko_KR", "ko_KR", "hang", "e"),
    "ka_GE": ("en", "GE", "ka_GE", "ka_GE", "geor", "w"),
    "hy_AM": ("en", "AM", "hy_AM", "hy_AM", "armn", "w"),
}

LANG_LOCALES = {}
for _c, _v in L.items():
    LANG_LOCALES.setdefault(_v[0], []).append(_c)

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
}
EN_SHORT = [m[:3] for m in MONTHS["en"]]

# numeric default per phone country
NUMERIC = {
    "US": ["{m:02}/{d:02}/{y}", "{m}/{d}/{y}", "{m:02}-{d:02}-{y}"],
    "PH": ["{m:02}/{d:02}/{y}"],
    "CA": ["{y}-{m:02}-{d:02}", "{d:02}/{m:02}/{y}"],
    "GB": ["{d:02}/{m:02}/{y}", "{d}/{m}/{y}"], "IE": ["{d:02}/{m:02}/{y}"], "AU": ["{d:02}/{m:02}/{y}", "{d}/{m}/{y}"],
    "NZ": ["{d:02}/{m:02}/{y}"], "ZA": ["{y}/{m:02}/{d:02}", "{d:02}/{m:02}/{y}"], "NG": ["{d:02}/{m:02}/{y}", "{d:02}-{m:02}-{y}"],
    "KE": ["{d:02}/{m:02}/{y}"], "GH": ["{d:02}/{m:02}/{y}"], "IN": ["{d:02}-{m:02}-{y}", "{d:02}/{m:02}/{y}"],
    "DE": ["{d:02}.{m:02}.{y}", "{d}.{m}.{y}"], "AT": ["{d:02}.{m:02}.{y}"], "CH": ["{d:02}.{m:02}.{y}"],
    "FR": ["{d:02}/{m:02}/{y}"], "BE": ["{d:02}/{m:02}/{y}", "{d:02}-{m:02}-{y}"], "ES": ["{d:02}/{m:02}/{y}", "{d}/{m}/{y}"],
    "MX": ["{d:02}/{m:02}/{y}"], "AR": ["{d:02}/{m:02}/{y}"], "CO": ["{d:02}/{m:02}/{y}"], "CL": ["{d:02}-{m:02}-{y}"],
    "PE": ["{d:02}/{m:02}/{y}"],
    "PT": ["{d:02}/{m:02}/{y}", "{d:02}-{m:02}-{y}"], "BR": ["{d:02}/{m:02}/{y}"], "IT": ["{d:02}/{m:02}/{y}", "{d}/{m}/{y}"],
    "NL": ["{d:02}-{m:02}-{y}", "{d}-{m}-{y}"], "PL": ["{d:02}.{m:02}.{y}"], "CZ": ["{d}. {m}. {y}", "{d:02}.{m:02}.{y}"],
    "HU": ["{y}. {m:02}. {d:02}.", "{y}.{m:02}.{d:02}."], "RO": ["{d:02}.{m:02}.{y}"], "SE": ["{y}-{m:02}-{d:02}"],
    "DK": ["{d:02}.{m:02}.{y}", "{d:02}-{m:02}-{y}"], "NO": ["{d:02}.{m:02}.{y}"], "FI": ["{d}.{m}.{y}"],
    "GR": ["{d:02}/{m:02}/{y}", "{d}/{m}/{y}"], "TR": ["{d:02}.{m:02}.{y}", "{d:02}/{m:02}/{y}"],
    "RU": ["{d:02}.{m:02}.{y}"], "UA": ["{d:02}.{m:02}.{y}"], "IL": ["{d:02}/{m:02}/{y}", "{d}.{m}.{y}"],
    "SA": ["{d:02}/{m:02}/{y}", "{y}/{m:02}/{d:02}"], "AE": ["{d:02}/{m:02}/{y}"], "EG": ["{d:02}/{m:02}/{y}"],
    "IR": ["{y}/{m:02}/{d:02}"], "BD": ["{d:02}-{m:02}-{y}", "{d:02}/{m:02}/{y}"], "PK": ["{d:02}/{m:02}/{y}"],
    "TH": ["{d:02}/{m:02}/{y}"], "VN": ["{d:02}/{m:02}/{y}", "{d}/{m}/{y}"], "ID": ["{d:02}-{m:02}-{y}", "{d:02}/{m:02}/{y}"],
    "MY": ["{d:02}/{m:02}/{y}"], "SG": ["{d:02}/{m:02}/{y}"],
    "JP": ["{y}/{m:02}/{d:02}", "{y}年{m}月{d}日"], "CN": ["{y}-{m:02}-{d:02}", "{y}年{m}月{d}日", "{y}/{m}/{d}"],
    "TW": ["{y}/{m:02}/{d:02}", "{y}年{m}月{d}日"], "KR": ["{y}.{m:02}.{d:02}", "{y}. {m}. {d}.", "{y}년 {m}월 {d}일"],
    "GE": ["{d:02}.{m:02}.{y}"], "AM": ["{d:02}.{m:02}.{y}"],
}

ORD_EN = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def long_form(lang, country, y, m, d, rng):
    mn = MONTHS.get(lang)
    if lang == "en":
        full = MONTHS["en"][m - 1]
        sh = EN_SHORT[m - 1]
        if country in ("US", "PH", "CA"):
            return rng.choice([f"{full} {d}, {y}", f"{sh} {d}, {y}", f"{full} {d} {y}"])
        return rng.choice([f"{d} {full} {y}", f"{d}{ORD_EN.get(d, 'th')} {full} {y}", f"{d} {sh} {y}",
                           f"{d:02}-{sh}-{y}"])
    if lang == "de":
        return f"{d}. {mn[m-1]} {y}"
    if lang == "fr":
        dd = "1er" if d == 1 else str(d)
        return f"{dd} {mn[m-1]} {y}"
    if lang in ("es", "pt"):
        return f"{d} de {mn[m-1]} de {y}"
    if lang in ("it", "nl", "pl", "ru", "uk", "sv", "ro", "el", "id", "sw", "ar", "hi", "tr"):
        return f"{d} {mn[m-1]} {y}"
    if lang in ("cs", "da", "no", "fi"):
        return f"{d}. {mn[m-1]} {y}"
    if lang == "hu":
        return f"{y}. {mn[m-1]} {d}."
    if lang == "he":
        return f"{d} {mn[m-1]} {y}"
    if lang == "th":
        return f"{d} {mn[m-1]} {y + 543}"
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일"
    return f"{y}-{m:02}-{d:02}"


def fmt_date(rng, lang, country, date, style=None):
    y, m, d = date.year, date.month, date.day
    if style is None:
        style = rng.choices(["num", "long", "iso"], [5, 4, 1])[0]
    if style == "iso":
        return f"{y}-{m:02}-{d:02}"
    if style == "long" and (lang in MONTHS or lang in ("ja", "zh", "ko")):
        return long_form(lang, country, y, m, d, rng)
    return rng.choice(NUMERIC.get(country, ["{d:02}/{m:02}/{y}"])).format(y=y, m=m, d=d)
