"""Value generators: digits, phones, IBANs, cards, SSNs, IPs, passwords, dates."""
import datetime as dt
import string
import unicodedata

DIGITS = {
    'arab': '٠١٢٣٤٥٦٧٨٩',
    'fa': '۰۱۲۳۴۵۶۷۸۹',
    'deva': '०१२३४५६७८९',
    'beng': '০১২৩৪৫৬৭৮৯',
    'thai': '๐๑๒๓๔๕๖๗๘๙',
    'full': '０１２３４５６７８９',
}


def to_digits(s, script):
    if not script:
        return s
    tab = DIGITS[script]
    out = []
    for c in s:
        if '0' <= c <= '9':
            out.append(tab[ord(c) - 48])
        elif script == 'full' and c == '-':
            out.append('－')
        else:
            out.append(c)
    return ''.join(out)


def pat(rng, s):
    """Fill a shape: '#' any digit, '%' 1-9, '~' 2-9, '^' upper-case letter."""
    out = []
    for c in s:
        if c == '#':
            out.append(str(rng.randint(0, 9)))
        elif c == '%':
            out.append(str(rng.randint(1, 9)))
        elif c == '~':
            out.append(str(rng.randint(2, 9)))
        elif c == '^':
            out.append(rng.choice('ABCDEFGHJKLMNPRSTUWXYZ'))
        else:
            out.append(c)
    return ''.join(out)


def lit(s):
    """'`' in a shape is a literal '#'."""
    return s.replace('`', '#')


def pattern(rng, pat):
    """IBAN shapes: '#' any digit, 'L' upper letter, 'X' upper alnum."""
    out = []
    for c in pat:
        if c == '#':
            out.append(str(rng.randint(0, 9)))
        elif c == 'N':
            out.append(str(rng.randint(2, 9)))
        elif c == 'P':
            out.append(str(rng.randint(1, 9)))
        elif c == 'L':
            out.append(rng.choice('ABCDEFGHJKLMNPRSTUWXYZ'))
        elif c == 'X':
            out.append(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789'))
        else:
            out.append(c)
    return ''.join(out)


# ---------------------------------------------------------------- IBAN
IBAN_BBAN = {
    'DE': '##################', 'AT': '################', 'CH': '#####XXXXXXXXXXXX',
    'FR': '#######################', 'BE': '############', 'NL': 'LLLL##########',
    'ES': '####################', 'PT': '#####################', 'IT': 'L######################',
    'PL': '########################', 'TR': '#####0################', 'GB': 'LLLL##############',
    'IE': 'LLLL##############', 'CZ': '####################', 'RO': 'LLLLXXXXXXXXXXXXXXXX',
    'HU': '########################', 'SE': '####################', 'FI': '##############',
    'DK': '##############', 'NO': '###########', 'GR': '#######################',
    'SA': '##XXXXXXXXXXXXXXXXXX', 'IL': '###################', 'UA': '######XXXXXXXXXXXXXXXXXXX',
    'BR': '#######################LX', 'EG': '#########################', 'AE': '###################',
}


def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(rng, cc, style=None):
    pat = IBAN_BBAN[cc]
    bban = pattern(rng, pat)
    if cc in ('RO', 'SA', 'UA', 'CH', 'TR'):
        # mostly digits in the account part
        b = list(bban)
        for i, c in enumerate(pat):
            if c == 'X' and rng.random() < 0.8:
                b[i] = str(rng.randint(0, 9))
        bban = ''.join(b)
    s = cc + iban_check(cc, bban) + bban
    assert iban_valid(s)
    style = style or rng.choice(['group', 'group', 'compact', 'group'])
    if style == 'group':
        return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------- cards

def luhn_digit(partial):
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    num = ''.join(c for c in num if c.isdigit())
    return luhn_digit(num[:-1]) == num[-1]


TEST_CARDS = ['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005',
              '4000056655665556', '5105105105105100', '6011111111111117', '4012888888881881']

CARD_BRANDS = {
    'visa': (['4'], 16), 'mc': (['51', '52', '53', '54', '55', '2221', '2300', '2720'], 16),
    'amex': (['34', '37'], 15), 'discover': (['6011', '65'], 16), 'jcb': (['3528', '3540', '3589'], 16),
    'unionpay': (['62'], 16), 'mir': (['2200', '2202', '2204'], 16), 'troy': (['9792'], 16),
}


def card(rng, brand=None, style=None):
    brand = brand or rng.choice(['visa', 'visa', 'visa', 'mc', 'mc', 'amex', 'discover', 'jcb'])
    prefs, n = CARD_BRANDS[brand]
    while True:
        p = rng.choice(prefs)
        body = p + ''.join(str(rng.randint(0, 9)) for _ in range(n - len(p) - 1))
        num = body + luhn_digit(body)
        if num not in TEST_CARDS and len(set(num)) > 3:
            break
    style = style or rng.choice(['space', 'space', 'dash', 'compact'])
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, n, 4)]
    if style == 'space':
        return ' '.join(g)
    if style == 'dash':
        return '-'.join(g)
    return num


def not_luhn_16(rng):
    body = ''.join(str(rng.randint(0, 9)) for _ in range(15))
    good = luhn_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    return body + bad


# ---------------------------------------------------------------- SSN

def ssn(rng, style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    style = style or rng.choice(['dash', 'dash', 'dash', 'space', 'compact'])
    if style == 'dash':
        return '%03d-%02d-%04d' % (a, g, s)
    if style == 'space':
        return '%03d %02d %04d' % (a, g, s)
    return '%03d%02d%04d' % (a, g, s)


# ---------------------------------------------------------------- IP
V4_FIRST = [23, 31, 37, 45, 46, 62, 77, 78, 81, 84, 86, 89, 91, 93, 95, 102, 105, 109, 113, 117,
            122, 124, 128, 141, 151, 154, 176, 178, 185, 187, 188, 189, 193, 195, 197, 201, 212, 213, 217]
V6_PREF = ['2a02', '2a01', '2600', '2601', '2804', '240e', '2409', '2405', '2a00', '2c0f', '2403', '2a0d']


def ipv4(rng):
    return '%d.%d.%d.%d' % (rng.choice(V4_FIRST), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    parts = [rng.choice(V6_PREF)] + ['%x' % rng.randint(0, 0xffff) for _ in range(7)]
    if rng.random() < 0.6:
        # compress a run of the middle groups
        i = rng.randint(2, 4)
        j = rng.randint(i + 1, 6)
        return ':'.join(parts[:i]) + '::' + ':'.join(parts[j:])
    return ':'.join(parts)


# ---------------------------------------------------------------- passwords
PW_WORDS = {
    'en': ['sunflower', 'Bluebird', 'tigger', 'Liverpool', 'dragon', 'summer', 'maple', 'Rocky', 'cowboys', 'jasmine'],
    'es': ['girasol', 'Mariposa', 'corazon', 'Barcelona', 'tequila', 'gatito', 'Sevilla', 'lunita'],
    'pt': ['saudade', 'Flamengo', 'cachorro', 'beija_flor', 'Corinthians', 'pipoca', 'Lisboa'],
    'fr': ['soleil', 'Chouquette', 'doudou', 'Marseille', 'papillon', 'loulou', 'bisous'],
    'de': ['Schatzi', 'sommer', 'Hasenbein', 'fussball', 'Kartoffel', 'Mausi', 'Bayern'],
    'it': ['amore', 'Juventus', 'girasole', 'Pippo', 'cioccolato', 'farfalla', 'Napoli'],
    'nl': ['welkom', 'Ajax', 'Snoepje', 'fietsen', 'konijn', 'Poesje'],
    'pl': ['kotek', 'Zaq12wsx', 'Legia', 'misiaczek', 'slonce', 'Bursztyn'],
    'tr': ['galatasaray', 'Fenerbahce', 'sevgilim', 'Kartal', 'gunes', 'Bogazici'],
    'ru': ['solnyshko', 'Zenit', 'kotik', 'Privet', 'lyubov', 'Medved'],
    'uk': ['kalyna', 'Dnipro', 'sonechko', 'Karpaty', 'zironka'],
    'ja': ['sakura', 'Pikachu', 'tanuki', 'Hokkaido', 'ramen', 'kitsune'],
    'ko': ['saranghae', 'Hangang', 'dubu', 'Kimchi', 'bada'],
    'zh': ['woaini', 'Xiaolong', 'panda', 'Shanghai', 'Mingyue'],
    'id': ['Sayang', 'rendang', 'Merdeka', 'Kucing', 'bintang'],
    'vi': ['anhyeuem', 'Saigon', 'hoasen', 'Pho', 'meocon'],
    'th': ['Sawasdee', 'chang', 'Mali', 'somtam'],
    'hi': ['Shivaji', 'jaimata', 'Cricket', 'ganesha', 'Pyaar'],
    'ar': ['Habibi', 'falcon', 'Yasmine', 'qamar', 'Riyadh'],
    'he': ['Shalom', 'tapuz', 'Maccabi', 'yaldon'],
    'sw': ['Simba', 'jambo', 'Kilimanjaro', 'rafiki', 'Gor'],
}
SYMS = '!@#$%&*?^+=.'


def password(rng, lang='en', style=None, safe_url=False):
    words = PW_WORDS.get(lang) or PW_WORDS['en']
    style = style or rng.choice(['word', 'word', 'random', 'phrase', 'leet', 'pet', 'random'])
    if style == 'word':
        w = rng.choice(words)
        pw = w + str(rng.choice([rng.randint(1, 99), rng.randint(1970, 2025)])) + rng.choice(['', '!', '#', '*', '$', '?'])
    elif style == 'random':
        pool = string.ascii_letters + string.digits + ('' if safe_url else SYMS)
        n = rng.randint(10, 18)
        while True:
            pw = ''.join(rng.choice(pool) for _ in range(n))
            if any(c.isdigit() for c in pw) and any(c.isalpha() for c in pw):
                break
    elif style == 'phrase':
        ws = ['lantern', 'orbit', 'pepper', 'violin', 'glacier', 'tulip', 'harbor', 'cobalt', 'walnut',
              'meadow', 'falcon', 'zephyr', 'copper', 'mango', 'basalt', 'ember', 'quartz', 'nimbus']
        sep = rng.choice(['-', '_', '.', ''])
        picked = rng.sample(ws, 3)
        if sep == '':
            picked = [w.capitalize() for w in picked]
        pw = sep.join(picked) + sep + str(rng.randint(2, 99))
    elif style == 'leet':
        base = rng.choice(['P@ssw0rd', 'W3lcome', 'S3cur1ty', 'Adm1n', 'Qwerty', 'L3tm31n', 'Sp4rk'])
        pw = base + str(rng.randint(1, 2025)) + rng.choice(['', '!', '#'])
    else:
        pet = rng.choice(['bella', 'Max', 'luna', 'Coco', 'rocky', 'Milo', 'nala', 'Toby', 'kira'])
        pw = pet + rng.choice(['', '_', '.']) + str(rng.randint(1980, 2021)) + rng.choice(['', '!', '@'])
    if safe_url:
        pw = ''.join(c for c in pw if c.isalnum() or c in '-_.~') or 'x9Qm2kLp'
    return pw


# ---------------------------------------------------------------- dates
TODAY = dt.date(2025, 6, 1)


def rand_dob(rng, young=False):
    if young:
        start, end = dt.date(2008, 1, 1), dt.date(2024, 12, 31)
    else:
        start, end = dt.date(1938, 1, 1), dt.date(2006, 12, 31)
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def rand_date(rng, a=dt.date(2022, 1, 1), b=dt.date(2026, 3, 31)):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def age_on(d, ref=TODAY):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm = 1 + days // 31
        jd = 1 + days % 31
    else:
        jm = 7 + (days - 186) // 30
        jd = 1 + (days - 186) % 30
    return jy, jm, jd


def ja_era(d):
    if d >= dt.date(2019, 5, 1):
        return '令和', d.year - 2018
    if d >= dt.date(1989, 1, 8):
        return '平成', d.year - 1988
    if d >= dt.date(1926, 12, 25):
        return '昭和', d.year - 1925
    if d >= dt.date(1912, 7, 30):
        return '大正', d.year - 1911
    if d >= dt.date(1868, 1, 25):
        return '明治', d.year - 1867
    return '', d.year


def date_fields(d, months, jmonths=None):
    era, ey = ja_era(d)
    jy, jm, jd = g2j(d.year, d.month, d.day)
    ords = {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd', 31: 'st'}
    f = dict(d=d.day, dd='%02d' % d.day, m=d.month, mm='%02d' % d.month, Y=d.year, yy='%02d' % (d.year % 100),
             mon=months[d.month - 1] if months else '', mon3=(months[d.month - 1][:3] if months else ''),
             BE=d.year + 543, era=era, ey=('元' if ey == 1 else ey), roc=d.year - 1911,
             ord=ords.get(d.day, 'th'), fr1=('1er' if d.day == 1 else str(d.day)),
             jy=jy, jm=jm, jd=jd, jmm='%02d' % jm, jdd='%02d' % jd,
             jmon=(jmonths[jm - 1] if jmonths else ''),
             Mon=(months[d.month - 1].capitalize() if months else ''),
             MON3=(months[d.month - 1][:3].upper() if months else ''))
    return f


def ascii_fold(s):
    s = s.replace('ß', 'ss').replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('Æ', 'AE')
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i')
    s = s.replace('œ', 'oe').replace('ð', 'd').replace('þ', 'th')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))
