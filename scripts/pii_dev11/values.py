"""Values for pii_dev11: dates in many languages, secrets, bank and card numbers, SSNs, IPs,
e-mail addresses, health terms and decoy values. All lists hand-written."""
import datetime

from geo import to_digits
from names import slug

MONTHS = {
    'en': 'January February March April May June July August September October November December',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    'cs': 'ledna února března dubna května června července srpna září října listopadu prosince',
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    'uk': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december',
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
    'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου',
    'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
    'he': 'ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר',
    'hi': 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
    'bn': 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর',
    'ta': 'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்',
    'th': 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม',
    'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember',
    'hu': 'január február március április május június július augusztus szeptember október november december',
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
MON3 = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()

# US-style month/day first
MDY = {'US', 'PH'}


def _ord(d):
    return '%d%s' % (d, 'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))


def fmt_date(r, dt, lang, cc, style=None):
    """A date as people write it in this language and country. style: 'iso', 'num', 'long' or None."""
    y, m, d = dt.year, dt.month, dt.day
    M = MONTHS.get(lang, MONTHS['en'])[m - 1]
    if style == 'iso':
        return '%04d-%02d-%02d' % (y, m, d)
    num = {
        'en': ['%02d/%02d/%04d' % ((m, d, y) if cc in MDY else (d, m, y)), '%d/%d/%04d' % ((m, d, y) if cc in MDY else (d, m, y)),
               '%02d-%02d-%04d' % ((m, d, y) if cc in MDY else (d, m, y)), '%02d.%02d.%04d' % (d, m, y) if cc not in MDY else '%d/%d/%02d' % (m, d, y % 100)],
        'fr': ['%02d/%02d/%04d' % (d, m, y)], 'de': ['%02d.%02d.%04d' % (d, m, y), '%d.%d.%04d' % (d, m, y)],
        'es': ['%02d/%02d/%04d' % (d, m, y), '%d-%d-%04d' % (d, m, y)], 'it': ['%02d/%02d/%04d' % (d, m, y), '%02d.%02d.%04d' % (d, m, y)],
        'pt': ['%02d/%02d/%04d' % (d, m, y)], 'nl': ['%02d-%02d-%04d' % (d, m, y), '%d-%d-%04d' % (d, m, y)],
        'pl': ['%02d.%02d.%04d' % (d, m, y)], 'cs': ['%d. %d. %04d' % (d, m, y), '%02d.%02d.%04d' % (d, m, y)],
        'ru': ['%02d.%02d.%04d' % (d, m, y)], 'uk': ['%02d.%02d.%04d' % (d, m, y)], 'fi': ['%d.%d.%04d' % (d, m, y)],
        'sv': ['%04d-%02d-%02d' % (y, m, d), '%02d%02d%02d' % (y % 100, m, d)], 'tr': ['%02d.%02d.%04d' % (d, m, y), '%02d/%02d/%04d' % (d, m, y)],
        'el': ['%d/%d/%04d' % (d, m, y), '%02d-%02d-%04d' % (d, m, y)], 'ar': ['%02d/%02d/%04d' % (d, m, y), '%04d/%02d/%02d' % (y, m, d)],
        'he': ['%d.%d.%04d' % (d, m, y), '%02d/%02d/%04d' % (d, m, y)], 'hi': ['%02d-%02d-%04d' % (d, m, y), '%02d/%02d/%04d' % (d, m, y)],
        'bn': ['%02d/%02d/%04d' % (d, m, y)], 'ta': ['%02d-%02d-%04d' % (d, m, y)], 'th': ['%d/%d/%04d' % (d, m, y + 543)],
        'ko': ['%04d.%02d.%02d' % (y, m, d), '%04d. %d. %d.' % (y, m, d), '%02d%02d%02d' % (y % 100, m, d)],
        'ja': ['%04d/%02d/%02d' % (y, m, d), '%04d.%d.%d' % (y, m, d)], 'zh': ['%04d-%02d-%02d' % (y, m, d), '%04d/%d/%d' % (y, m, d), '%04d.%02d.%02d' % (y, m, d)],
        'vi': ['%02d/%02d/%04d' % (d, m, y)], 'id': ['%02d-%02d-%04d' % (d, m, y), '%02d/%02d/%04d' % (d, m, y)],
        'hu': ['%04d.%02d.%02d.' % (y, m, d), '%04d. %02d. %02d.' % (y, m, d)],
    }
    long = {
        'en': ['%s %d, %04d' % (MONTHS['en'][m - 1], d, y), '%d %s %04d' % (d, MONTHS['en'][m - 1], y), '%s %s, %04d' % (MON3[m - 1], _ord(d), y),
               '%d-%s-%04d' % (d, MON3[m - 1], y), '%s %s %04d' % (_ord(d), MONTHS['en'][m - 1], y), '%02d %s %04d' % (d, MON3[m - 1].upper(), y)],
        'fr': ['%s %s %04d' % ('1er' if d == 1 else str(d), M, y)], 'de': ['%d. %s %04d' % (d, M, y)],
        'es': ['%d de %s de %04d' % (d, M, y), '%d %s %04d' % (d, M[:3], y)], 'it': ['%d %s %04d' % (d, M, y)],
        'pt': ['%d de %s de %04d' % (d, M, y)], 'nl': ['%d %s %04d' % (d, M, y)], 'pl': ['%d %s %04d' % (d, M, y)],
        'cs': ['%d. %s %04d' % (d, M, y)], 'ru': ['%d %s %04d' % (d, M, y)], 'uk': ['%d %s %04d' % (d, M, y)],
        'fi': ['%d. %s %04d' % (d, M, y)], 'sv': ['%d %s %04d' % (d, M, y)], 'tr': ['%d %s %04d' % (d, M, y)],
        'el': ['%d %s %04d' % (d, M, y)], 'ar': ['%d %s %04d' % (d, M, y)], 'he': ['%d ב%s %04d' % (d, M, y)],
        'hi': ['%d %s %04d' % (d, M, y)], 'bn': [to_digits('%d %s %04d' % (d, M, y), 'bn')], 'ta': ['%d %s %04d' % (d, M, y)],
        'th': ['%d %s %04d' % (d, M, y + 543)], 'ko': ['%04d년 %d월 %d일' % (y, m, d)],
        'ja': ['%04d年%d月%d日' % (y, m, d), ('昭和%d年%d月%d日' % (y - 1925, m, d)) if 1926 <= y <= 1988 else ('平成%d年%d月%d日' % (y - 1988, m, d)) if 1989 < y <= 2018 else '%04d年%02d月%02d日' % (y, m, d)],
        'zh': ['%04d年%d月%d日' % (y, m, d)], 'vi': ['%d tháng %d năm %04d' % (d, m, y)], 'id': ['%d %s %04d' % (d, M, y)],
        'hu': ['%04d. %s %d.' % (y, M, d)],
    }
    if style == 'num':
        pool = num.get(lang, num['en'])
    elif style == 'long':
        pool = long.get(lang, long['en'])
    else:
        pool = num.get(lang, num['en']) + long.get(lang, long['en']) + ['%04d-%02d-%02d' % (y, m, d)] * (1 if r.random() < 0.2 else 0)
    s = r.choice(pool)
    if lang == 'ar' and r.random() < 0.2:
        s = to_digits(s, 'ar')
    if lang == 'hi' and r.random() < 0.15:
        s = to_digits(s, 'hi')
    return s


def rand_dob(r):
    return datetime.date(r.randint(1931, 2007), r.randint(1, 12), r.randint(1, 28))


def rand_recent(r):
    return datetime.date(r.randint(2022, 2026), r.randint(1, 12), r.randint(1, 28))


def timestamp(r, style=None):
    dt = rand_recent(r)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    st = style or r.choice(['iso', 'isoz', 'space', 'ms', 'clf'])
    if st == 'iso':
        return '%sT%02d:%02d:%02d+0%d:00' % (dt.isoformat(), h, mi, s, r.randint(0, 5))
    if st == 'isoz':
        return '%sT%02d:%02d:%02dZ' % (dt.isoformat(), h, mi, s)
    if st == 'ms':
        return '%sT%02d:%02d:%02d.%03dZ' % (dt.isoformat(), h, mi, s, r.randint(0, 999))
    if st == 'clf':
        return '%02d/%s/%04d:%02d:%02d:%02d +0000' % (dt.day, MON3[dt.month - 1], dt.year, h, mi, s)
    return '%s %02d:%02d:%02d' % (dt.isoformat(), h, mi, s)


# ------------------------------------------------------------------ spoken forms (English)
UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORDW = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
        'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
        'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth']


def two(n):
    return UNITS[n] if n < 20 else TENS[n // 10] + ('-' + UNITS[n % 10] if n % 10 else '')


def year_words(y):
    if y >= 2000:
        return 'two thousand' + ((' and ' + two(y - 2000)) if y > 2000 else '')
    lo = y % 100
    return 'nineteen ' + ('hundred' if lo == 0 else ('oh ' + UNITS[lo]) if lo < 10 else two(lo))


def spoken_date(r, dt):
    M = MONTHS['en'][dt.month - 1]
    return r.choice(['the %s of %s %s' % (ORDW[dt.day], M, year_words(dt.year)), '%s %s, %s' % (M, ORDW[dt.day], year_words(dt.year)),
                     '%s %s %s' % (M.lower(), two(dt.day), year_words(dt.year))])


def spoken_digits(r, s, zero='oh'):
    groups = [g for g in ''.join(ch if ch.isdigit() else ' ' for ch in s).split()]
    out = []
    for g in groups:
        w, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.7:
                w.append('double ' + (zero if g[i] == '0' else UNITS[int(g[i])]))
                i += 2
            else:
                w.append(zero if g[i] == '0' else UNITS[int(g[i])])
                i += 1
        out.append(' '.join(w))
    return ', '.join(out)


# ------------------------------------------------------------------ secrets
SYM = '!#$%&*+-.=?^_~'
PW_WORDS = ['Sunflower', 'Liverpool', 'Blessed', 'Qwerty', 'Dragon', 'Princess', 'Monkey', 'Shadow', 'Football', 'Starlight',
            'Bubbles', 'Marcelina', 'Pumpkin', 'Chocolate', 'Tigger', 'Bailey', 'Galatasaray', 'Barcelona', 'Juventus', 'Hallo',
            'Schatzi', 'Soleil', 'Amorcito', 'Saudade', 'Kotek', 'Solnyshko', 'Mausi', 'Fenerbahce', 'Anjing', 'Sayang']
LOOKWORDS = ['dragonfly', 'pineapple', 'letmein', 'sunshine', 'trustno1', 'iloveyou2', 'bluebird', 'butterfly', 'whatever',
             'monkey123', 'qwertyuiop', 'passw0rd', 'welcome1', 'football', 'azerty', 'motdepasse', 'hallo123', 'ciaociao',
             'contrasena1', 'senha123', 'haslo1', 'zxcvbnm', 'abc123456', 'superman', 'starwars', 'mustang']
PHRASE_WORDS = {
    'en': 'correct horse battery staple purple lantern velvet harbor orbit maple thunder pickle falcon ginger tundra marble cactus otter'.split(),
    'de': 'Apfel Regen Kiste Sonne Brücke Wolke Tanne Igel Kaffee Schrank Birne Ofen'.split(),
    'fr': 'cheval lune vert fromage soleil bateau pomme nuage tigre forêt'.split(),
    'es': 'tigre azul cuaderno luna mango playa nube gato verde piedra'.split(),
    'it': 'gatto mare luce limone treno vento sole'.split(),
    'pl': 'żółw kot rower pierogi zamek wisła las'.split(),
    'ru': 'ёжик туман кошка солнце берёза окно'.split(),
    'pt': 'caju praia vento sapo lua mar'.split(),
    'nl': 'fiets molen kaas regen tulp gracht'.split(),
}
NONASCII_PW = ['Żółw#2024', 'Пушистик_17', 'Ñandú.2019', 'Größe9!Mond', 'çaKır_88', 'Ωmega-314', 'さくら2023!', 'Kaffee&Kuchen7', 'Ёлка-2021',
               'Łódź!1987', 'müsli_Berg42', 'ĞüneşLi99', 'Καλημέρα!7']


def password(r, style=None, url_safe=False, nosym=False):
    st = style or r.choice(['rand', 'rand', 'word', 'word', 'phrase', 'lookword', 'nonascii', 'rand', 'leet'])
    sym = SYM.replace('%', '').replace('#', '').replace('&', '').replace('?', '').replace('+', '') if url_safe else SYM
    if nosym:
        sym = '_-.'
    if st == 'rand':
        n = r.randint(10, 20)
        al = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
        s = [r.choice(al) for _ in range(n)]
        s[r.randrange(n)] = r.choice(sym)
        s[r.randrange(n)] = str(r.randint(0, 9))
        out = ''.join(s)
    elif st == 'word':
        w = r.choice(PW_WORDS)
        out = w + r.choice(['', r.choice(sym)]) + str(r.choice([r.randint(1970, 2024), r.randint(1, 99), r.randint(100, 999)])) + r.choice(['', '', r.choice(sym)])
    elif st == 'leet':
        w = r.choice(['Troubador', 'Sommerferien', 'Mariposa', 'Copenhagen', 'Hakuna', 'Waterfall', 'Kilimanjaro'])
        out = w.replace('o', '0').replace('a', '4').replace('e', '3') + r.choice(sym) + str(r.randint(1, 9))
    elif st == 'phrase':
        lang = r.choice(list(PHRASE_WORDS))
        ws = r.sample(PHRASE_WORDS[lang], r.randint(3, 4))
        sep = r.choice(['-', '.', '_', '', ' ']) if not url_safe else r.choice(['-', '.', '_', ''])
        if sep == '':
            ws = [w[:1].upper() + w[1:] for w in ws]
        out = sep.join(ws) + r.choice(['', str(r.randint(1, 99))])
    elif st == 'lookword':
        out = r.choice(LOOKWORDS)
    elif st == 'nonascii':
        out = r.choice(NONASCII_PW)
    elif st == 'pin':
        while True:
            out = ''.join(str(r.randint(0, 9)) for _ in range(r.choice([4, 4, 4, 6, 5])))
            if len(set(out)) > 2 and out not in '0123456789' and out not in '9876543210':
                break
    elif st == 'wifi':
        out = r.choice([
            'Fibra-%s-%s' % (''.join(r.choice('0123456789ABCDEF') for _ in range(4)), ''.join(r.choice('0123456789ABCDEFGHJKMNPQRSTUVWXYZ') for _ in range(4))),
            ''.join(r.choice('0123456789') for _ in range(20)),
            r.choice(['MiCasa', 'Gartenhaus', 'CasaVerde', 'LaMaison', 'DomekNaWsi', 'Beachhouse']) + str(r.randint(2015, 2025)) + r.choice(['', '!', '#']),
            ''.join(r.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(r.randint(8, 13)))])
    else:
        out = password(r, 'rand', url_safe)
    if url_safe:
        out = ''.join(ch for ch in out if ch not in '@:/%#?&+ ') or 'x9Lk2mQ7'
    if nosym:
        out = ''.join(ch for ch in out if ch.isalnum() or ch in '_-.')
    if len(out) < 4:
        out = out + '2024'
    return out


# ------------------------------------------------------------------ bank, card, ssn, ip
IBAN_SPEC = {  # country: (bban builder)
    'DE': lambda r: _dg(r, 18), 'FR': lambda r: _dg(r, 23), 'ES': lambda r: _dg(r, 20), 'IT': lambda r: r.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') + _dg(r, 22),
    'NL': lambda r: r.choice(['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB']) + _dg(r, 10), 'GB': lambda r: r.choice(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + _dg(r, 14),
    'PL': lambda r: _dg(r, 24), 'BE': lambda r: _dg(r, 12), 'CH': lambda r: _dg(r, 17), 'AT': lambda r: _dg(r, 16), 'PT': lambda r: _dg(r, 21),
    'SE': lambda r: _dg(r, 20), 'FI': lambda r: _dg(r, 14), 'IE': lambda r: r.choice(['AIBK', 'BOFI']) + _dg(r, 14), 'NO': lambda r: _dg(r, 11),
    'DK': lambda r: _dg(r, 14), 'CZ': lambda r: _dg(r, 20), 'HU': lambda r: _dg(r, 24), 'TR': lambda r: _dg(r, 22), 'GR': lambda r: _dg(r, 23),
    'SA': lambda r: _dg(r, 20), 'IL': lambda r: _dg(r, 19), 'AE': lambda r: _dg(r, 19), 'RO': lambda r: r.choice(['BTRL', 'RNCB', 'BRDE']) + _dg(r, 16),
    'LU': lambda r: _dg(r, 16), 'IS': lambda r: _dg(r, 22),
}
IBAN_BY_CC = {'DE': 'DE', 'AT': 'AT', 'CH': 'CH', 'FR': 'FR', 'BE': 'BE', 'ES': 'ES', 'IT': 'IT', 'PT': 'PT', 'NL': 'NL', 'PL': 'PL',
              'CZ': 'CZ', 'FI': 'FI', 'SE': 'SE', 'IE': 'IE', 'GB': 'GB', 'TR': 'TR', 'GR': 'GR', 'SA': 'SA', 'IL': 'IL', 'HU': 'HU', 'IS': 'IS'}


def _dg(r, k):
    return ''.join(str(r.randint(0, 9)) for _ in range(k))


def iban(r, cc=None, grouped=None):
    cc = IBAN_BY_CC.get(cc) or r.choice(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'BE', 'AE', 'RO', 'LU', 'NO', 'DK'])
    bban = IBAN_SPEC[cc](r)
    n = ''.join(str(int(ch, 36)) for ch in bban + cc + '00')
    ck = 98 - int(n) % 97
    s = '%s%02d%s' % (cc, ck, bban)
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def card(r, sep=None):
    kind = r.choice(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'visa13'])
    if kind == 'visa':
        pre, n = '4' + _dg(r, 5), 16
    elif kind == 'visa13':
        pre, n = '4' + _dg(r, 5), 16
    elif kind == 'mc':
        pre, n = str(r.randint(51, 55)) + _dg(r, 4), 16
    elif kind == 'mc2':
        pre, n = str(r.randint(2221, 2720)) + _dg(r, 2), 16
    elif kind == 'amex':
        pre, n = r.choice(['34', '37']) + _dg(r, 4), 15
    elif kind == 'disc':
        pre, n = '6011' + _dg(r, 2), 16
    else:
        pre, n = str(r.randint(3528, 3589)) + _dg(r, 2), 16
    body = pre + _dg(r, n - len(pre) - 1)
    for c in '0123456789':
        s = body + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch)
            if i % 2:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        if tot % 10 == 0:
            break
    if sep is None:
        sep = r.choice([' ', ' ', '-', '', ' '])
    if n == 15:
        return sep.join([s[:4], s[4:10], s[10:]]) if sep else s
    return sep.join(s[i:i + 4] for i in range(0, 16, 4)) if sep else s


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    st = r.random()
    if st < 0.75:
        return '%03d-%02d-%04d' % (a, g, s)
    if st < 0.9:
        return '%03d %02d %04d' % (a, g, s)
    return '%03d%02d%04d' % (a, g, s)


def ip(r, v6=None):
    if v6 is None:
        v6 = r.random() < 0.15
    if v6:
        return r.choice(['2001:db8:%x:%x::%x' % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff)),
                         '2a02:%x:%x:%x:%x:%x:%x:%x' % tuple(r.randint(1, 0xffff) for _ in range(7)),
                         'fe80::%x:%x:%x:%x' % tuple(r.randint(1, 0xffff) for _ in range(4))])
    k = r.random()
    if k < 0.25:
        return '10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k < 0.4:
        return '192.168.%d.%d' % (r.randint(0, 255), r.randint(1, 254))
    if k < 0.5:
        return '172.%d.%d.%d' % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    return '%d.%d.%d.%d' % (r.choice([23, 31, 37, 45, 62, 77, 81, 85, 91, 94, 103, 109, 141, 151, 176, 185, 188, 195, 203, 212, 217]),
                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


DOMAINS = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.co.uk', 'btinternet.com', 'proton.me', 'aol.com', 'fastmail.fm'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'], 'de': ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com'],
    'es': ['hotmail.es', 'gmail.com', 'telefonica.net', 'yahoo.es'], 'it': ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
    'pt': ['uol.com.br', 'bol.com.br', 'gmail.com', 'sapo.pt'], 'nl': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
    'pl': ['wp.pl', 'o2.pl', 'interia.pl', 'gmail.com'], 'cs': ['seznam.cz', 'email.cz', 'centrum.cz'], 'ru': ['mail.ru', 'yandex.ru', 'bk.ru', 'rambler.ru'],
    'uk': ['ukr.net', 'i.ua', 'gmail.com'], 'fi': ['luukku.com', 'gmail.com', 'elisanet.fi'], 'sv': ['telia.com', 'gmail.com', 'bredband.net'],
    'tr': ['hotmail.com.tr', 'gmail.com', 'yandex.com.tr'], 'el': ['otenet.gr', 'gmail.com', 'yahoo.gr'], 'ar': ['gmail.com', 'hotmail.com', 'yahoo.com'],
    'he': ['walla.co.il', 'gmail.com', 'bezeqint.net'], 'hi': ['rediffmail.com', 'gmail.com', 'yahoo.co.in'], 'bn': ['gmail.com', 'yahoo.com'],
    'ta': ['gmail.com', 'rediffmail.com'], 'th': ['hotmail.com', 'gmail.com'], 'ko': ['naver.com', 'daum.net', 'kakao.com'],
    'ja': ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com', 'ezweb.ne.jp'], 'zh': ['qq.com', '163.com', '126.com', 'sina.com'],
    'vi': ['gmail.com', 'yahoo.com.vn'], 'id': ['gmail.com', 'yahoo.co.id'], 'hu': ['freemail.hu', 'citromail.hu', 'gmail.com'],
}
WORK_DOMAINS = ['northwind-logistics.com', 'helvetia-med.ch', 'brightpath.io', 'kestrel-analytics.co.uk', 'acme-robotics.de',
                'bluefin-health.example', 'orbitapps.dev', 'vinaya-textiles.in', 'sakura-denki.co.jp', 'lumen-legal.fr', 'tallinnsoft.ee',
                'pampa-agro.com.ar', 'kiwi-freight.co.nz', 'ironbark.com.au', 'fjord-energy.no']


def email(r, p, lang='en', work=False):
    g, f = slug(p.rg), slug(p.rf)
    g = g or 'user'
    f = f or 'mail'
    local = r.choice(['%s.%s' % (g, f), '%s%s' % (g[0], f), '%s_%s' % (f, g[0]), '%s%d' % (g, r.randint(1, 99)), '%s.%s%d' % (g, f, r.randint(70, 99)),
                      '%s-%s' % (g, f), '%s' % g, '%s.%s' % (g[0], f), '%s%s' % (g, f[0])])
    dom = r.choice(WORK_DOMAINS) if work else r.choice(DOMAINS.get(lang, DOMAINS['en']))
    if r.random() < 0.07:
        local = local + '+' + r.choice(['shop', 'news', 'bank', 'work'])
    e = local + '@' + dom
    if r.random() < 0.05:
        e = e[0].upper() + e[1:]
    return e


HEALTH = {
    'en': ['type 2 diabetes', 'asthma', 'major depressive disorder', 'epilepsy', 'HIV', 'atrial fibrillation', "Crohn's disease",
           'bipolar II disorder', 'hypothyroidism', 'a penicillin allergy', 'PTSD', 'stage 2 breast cancer', 'ADHD', 'coeliac disease',
           'multiple sclerosis', 'chronic kidney disease', 'generalised anxiety disorder', 'hepatitis C', 'sleep apnoea', 'endometriosis'],
    'fr': ['un diabète de type 2', "de l'asthme", 'une dépression', 'une épilepsie', 'une sclérose en plaques', 'la maladie de Crohn', 'un trouble bipolaire'],
    'de': ['Diabetes Typ 2', 'Asthma', 'Depressionen', 'Epilepsie', 'Morbus Crohn', 'Multiple Sklerose', 'eine Schilddrüsenunterfunktion'],
    'es': ['diabetes tipo 2', 'asma', 'depresión', 'epilepsia', 'hipertensión', 'VIH', 'fibromialgia'],
    'it': ['diabete di tipo 2', 'asma', 'depressione', 'epilessia', 'celiachia', 'ipertensione'],
    'pt': ['diabetes tipo 2', 'asma', 'depressão', 'epilepsia', 'hipertensão', 'lúpus'],
    'nl': ['diabetes type 2', 'astma', 'een depressie', 'epilepsie', 'reuma'],
    'pl': ['cukrzycę typu 2', 'astmę', 'depresję', 'padaczkę', 'nadciśnienie'],
    'cs': ['cukrovku 2. typu', 'astma', 'epilepsii', 'depresi'],
    'ru': ['сахарный диабет 2 типа', 'бронхиальная астма', 'эпилепсия', 'депрессия', 'гипертония'],
    'uk': ['цукровий діабет 2 типу', 'астма', 'епілепсія', 'гіпертонія'],
    'fi': ['tyypin 2 diabetes', 'astma', 'epilepsia', 'masennus', 'keliakia'],
    'sv': ['typ 2-diabetes', 'astma', 'epilepsi', 'depression', 'celiaki'],
    'tr': ['diyabet', 'astım', 'epilepsi', 'KOAH', 'hipertansiyon'],
    'el': ['διαβήτη τύπου 2', 'άσθμα', 'επιληψία', 'υπέρταση'],
    'ar': ['السكري من النوع الثاني', 'الربو', 'الصرع', 'ارتفاع ضغط الدم', 'الاكتئاب'],
    'he': ['סוכרת סוג 2', 'אסתמה', 'אפילפסיה', 'דיכאון'],
    'hi': ['मधुमेह', 'दमा', 'उच्च रक्तचाप', 'मिर्गी', 'थायराइड'],
    'bn': ['ডায়াবেটিস', 'হাঁপানি', 'উচ্চ রক্তচাপ'],
    'ta': ['நீரிழிவு நோய்', 'ஆஸ்துமா', 'உயர் இரத்த அழுத்தம்'],
    'th': ['เบาหวาน', 'หอบหืด', 'ความดันโลหิตสูง'],
    'ko': ['제2형 당뇨병', '천식', '우울증', '뇌전증', '고혈압'],
    'ja': ['2型糖尿病', '喘息', 'てんかん', '高血圧', 'うつ病'],
    'zh': ['2型糖尿病', '哮喘', '抑郁症', '高血压', '癫痫'],
    'vi': ['tiểu đường tuýp 2', 'hen suyễn', 'cao huyết áp', 'trầm cảm'],
    'id': ['diabetes tipe 2', 'asma', 'hipertensi', 'TBC'],
    'hu': ['2-es típusú cukorbetegség', 'asztma', 'epilepszia', 'magas vérnyomás'],
}
MEDS = ['metformin 500 mg twice daily', 'sertraline 50mg', 'levothyroxine 75 mcg', 'insulin glargine 20 units at night', 'lamotrigine 100 mg BID',
        'apixaban 5 mg', 'salbutamol inhaler PRN', 'lithium 400 mg', 'adalimumab 40 mg every other week', 'methylphenidate 18 mg XL',
        'quetiapine 25mg nocte', 'tenofovir/emtricitabine daily', 'warfarin 3 mg', 'fluoxetine 20 mg', 'prednisolone 10 mg']

# ------------------------------------------------------------------ decoys
PRODUCTS = ["Dr. Martens 1460", "Ben & Jerry's Phish Food", "Jack Daniel's Old No. 7", 'Tommy Hilfiger polo', 'Ray-Ban Wayfarer', 'Calvin Klein',
            'Ralph Lauren', 'Hugo Boss', 'Dolce & Gabbana', 'Estée Lauder', 'Giorgio Armani', 'Stella Artois', "Tim Hortons", "Wendy's",
            'Jimmy Choo', 'Ted Baker', 'Paul Smith', 'Ben Sherman', 'Johnnie Walker Black Label', 'Louis Vuitton Neverfull', 'ThinkPad X1 Carbon',
            'Galaxy S24 Ultra', 'iPhone 15 Pro', 'Pixel 8a', 'Kindle Paperwhite', 'Dyson V15', 'Le Creuset', 'Miele Complete C3', 'Aesop',
            'Marc Jacobs', 'Yves Saint Laurent', 'Michael Kors', 'Kate Spade', 'Tom Ford', 'Vivienne Westwood', 'Anna Sui', 'Coco Chanel No. 5']
PLACES = ['San José', 'Victoria', 'Alexandria', 'Santa Clara', 'Georgetown', 'St. Petersburg', 'Port Elizabeth', 'Charlotte', 'Florence',
          'Lincoln', 'Jackson', 'Adelaide', 'Eugene', 'Lake Louise', 'Sankt Gallen', 'São Paulo', 'Santa Monica', 'San Francisco', 'Marseille',
          'Kraków', 'Kyoto', 'Hội An', 'Chiang Mai', 'Cusco', 'Zanzibar', 'Tbilisi', 'Reykjavík', 'Bruges', 'Salzburg', 'Valparaíso']
FIGURES = ['Ada Lovelace', 'Marie Curie', 'Alan Turing', 'Frida Kahlo', 'Nelson Mandela', 'Rabindranath Tagore', 'Haruki Murakami',
           'Wangari Maathai', 'Linus Torvalds', 'Grace Hopper', 'Guido van Rossum', 'Tim Berners-Lee', 'Wisława Szymborska',
           'Gabriel García Márquez', 'Chinua Achebe', 'Hedy Lamarr', 'Katherine Johnson', 'Srinivasa Ramanujan', 'Nikola Tesla', 'Greta Thunberg',
           'Федор Достоевский', '夏目漱石', 'Αριστοτέλης', 'Ibn Battuta', 'Mahatma Gandhi', 'Simone de Beauvoir', 'Jean Sibelius']
FIGURE_BIRTH = {'Ada Lovelace': (1815, 12, 10), 'Marie Curie': (1867, 11, 7), 'Alan Turing': (1912, 6, 23), 'Frida Kahlo': (1907, 7, 6),
                'Nelson Mandela': (1918, 7, 18), 'Grace Hopper': (1906, 12, 9), 'Nikola Tesla': (1856, 7, 10), 'Hedy Lamarr': (1914, 11, 9),
                'Katherine Johnson': (1918, 8, 26), 'Srinivasa Ramanujan': (1887, 12, 22), 'Jean Sibelius': (1865, 12, 8),
                'Wisława Szymborska': (1923, 7, 2), 'Chinua Achebe': (1930, 11, 16)}
CODE_IDENTS = ['get_user_by_email', 'PasswordResetToken', 'dateOfBirth', 'validatePhoneNumber', 'PII_REDACTION_ENABLED', 'user.last_name',
               'hash_password', 'DOB_FORMAT', 'PASSWORD_MIN_LENGTH', 'phone_e164', 'iban_checksum', 'mask_card_number', 'ssn_last4',
               'ContactForm.full_name', 'AddressLine2', 'birthdate_validator', 'passwd_hash', 'x-api-key', 'ssh_keygen_passphrase']


def hexh(r, n):
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))


def version(r):
    v = '%d.%d.%d' % (r.randint(0, 14), r.randint(0, 40), r.randint(0, 25))
    v += r.choice(['', '', '', '-rc.%d' % r.randint(1, 4), '-beta.%d' % r.randint(1, 9), '+build.%d' % r.randint(100, 999)])
    return r.choice(['v', '', '']) + v


def order_id(r):
    return r.choice(['ORD-%d-%06d' % (r.randint(2022, 2026), r.randint(0, 999999)), '#A%03d-%04d' % (r.randint(0, 999), r.randint(0, 9999)),
                     'PO-%05d' % r.randint(0, 99999), 'INV/%d/%05d' % (r.randint(2022, 2026), r.randint(0, 99999)),
                     '%03d-%07d-%07d' % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999)),
                     'RMA%08d' % r.randint(0, 99999999), 'SO-%s' % hexh(r, 8).upper(), 'TKT-%d' % r.randint(10000, 999999)])


def price(r, lang='en'):
    a = r.randint(3, 2400) + r.choice([0, 0.5, 0.99, 0.9])
    return r.choice(['$%.2f' % a, '€%.2f' % a, '%s €' % ('%.2f' % a).replace('.', ','), '£%.2f' % a, '¥%d' % int(a * 150),
                     '%s zł' % ('%.2f' % a).replace('.', ','), 'R$ %s' % ('%.2f' % a).replace('.', ','), '₹%d' % int(a * 80)])


def tracking(r):
    return r.choice(['1Z%s%s' % (''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTVWXY') for _ in range(6)), _dg(r, 10)),
                     'JD%s' % _dg(r, 16), 'LX%sDE' % _dg(r, 9), '%s' % _dg(r, 12)])
