"""Value generators: cards (Luhn), IBANs (mod 97), SSNs, IPs, passwords,
digit scripts, calendars and look-alike identifiers."""
import datetime
import string

# ---------------------------------------------------------------- digits

DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "pers": "۰۱۲۳۴۵۶۷۸۹",
    "deva": "०१२३४५६७८९",
    "beng": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "tamil": "௦௧௨௩௪௫௬௭௮௯",
    "full": "０１２３４５６７８９",
}


def to_digits(s, script):
    if not script:
        return s
    tab = DIGITS[script]
    out = []
    for ch in s:
        if "0" <= ch <= "9":
            out.append(tab[ord(ch) - 48])
        elif script == "full" and ch == "-":
            out.append("－")
        else:
            out.append(ch)
    return "".join(out)


def rdigits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


# ---------------------------------------------------------------- cards

TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444",
              "378282246310005", "6011111111111117", "4000056655665556",
              "5105105105105100", "4012888888881881", "3530111333300000"}


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CARD_BRANDS = {
    # brand: (prefix chooser, length, grouping)
    "visa": (lambda r: "4" + rdigits(r, 5), 16, (4, 4, 4, 4)),
    "mastercard": (lambda r: str(r.randint(51, 55)) + rdigits(r, 4), 16, (4, 4, 4, 4)),
    "mastercard2": (lambda r: str(r.randint(2221, 2720)) + rdigits(r, 2), 16, (4, 4, 4, 4)),
    "amex": (lambda r: r.choice(["34", "37"]) + rdigits(r, 4), 15, (4, 6, 5)),
    "discover": (lambda r: r.choice(["6011", "6440", "6459", "6500"]) + rdigits(r, 2), 16, (4, 4, 4, 4)),
    "jcb": (lambda r: str(r.randint(3528, 3589)) + rdigits(r, 2), 16, (4, 4, 4, 4)),
    "unionpay": (lambda r: "62" + r.choice(["2202", "2848", "1700", "5890"]), 16, (4, 4, 4, 4)),
    "unionpay19": (lambda r: "62" + r.choice(["1483", "2126", "1226"]), 19, (4, 4, 4, 4, 3)),
    "mir": (lambda r: "220" + str(r.randint(0, 4)) + rdigits(r, 2), 16, (4, 4, 4, 4)),
    "troy": (lambda r: "9792" + rdigits(r, 2), 16, (4, 4, 4, 4)),
    "elo": (lambda r: r.choice(["636368", "504175", "451416", "509048"]), 16, (4, 4, 4, 4)),
    "rupay": (lambda r: r.choice(["652150", "608001", "607384"]), 16, (4, 4, 4, 4)),
    "diners": (lambda r: "36" + rdigits(r, 4), 14, (4, 6, 4)),
}


def card_number(rng, brand):
    pre, length, _ = CARD_BRANDS[brand]
    while True:
        body = pre(rng)
        body += rdigits(rng, length - 1 - len(body))
        num = body + luhn_check_digit(body)
        if num not in TEST_CARDS and len(set(num)) > 3:
            return num


def group(num, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(x for x in out if x)


def card_formatted(rng, brand, style=None):
    num = card_number(rng, brand)
    sizes = CARD_BRANDS[brand][2]
    style = style or rng.choice(["space", "space", "dash", "compact"])
    if style == "space":
        return num, group(num, sizes, " ")
    if style == "dash":
        return num, group(num, sizes, "-")
    return num, num


def not_luhn(rng, length=16, prefix="4"):
    while True:
        body = prefix + rdigits(rng, length - len(prefix))
        if not luhn_ok(body):
            return body


# ---------------------------------------------------------------- IBAN

def _alnum(rng, n):
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _alpha(rng, n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _rib_key(bank, branch, acct):
    v = 89 * int(bank) + 15 * int(branch) + 3 * int(acct)
    return "%02d" % (97 - v % 97)


def _es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    s = sum(int(d) * w[i] for i, d in enumerate(digits10))
    d = 11 - s % 11
    return {11: 0, 10: 1}.get(d, d)


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
            16, 10, 22, 25, 24, 23]


def _it_cin(s):
    tot = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)


def _no_acct(rng):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = rng.choice(["1503", "1607", "9710", "3000", "6011", "1254"]) + rdigits(rng, 6)
        rem = sum(int(d) * w[i] for i, d in enumerate(b)) % 11
        c = 0 if rem == 0 else 11 - rem
        if c != 10:
            return b + str(c)


def _bban(rng, cc):
    c = rng.choice
    if cc == "DE":
        return c(["10070000", "50010517", "20050550", "70150000", "43060967", "12030000",
                  "86055592", "60050101"]) + rdigits(rng, 10)
    if cc == "AT":
        return c(["20111", "12000", "32000", "14000", "60000"]) + rdigits(rng, 11)
    if cc == "CH":
        return c(["00230", "00700", "00762", "08390", "00767"]) + rdigits(rng, 12)
    if cc == "FR":
        bank = c(["30004", "30003", "20041", "10278", "30002", "10107"])
        branch = rdigits(rng, 5)
        acct = rdigits(rng, 11)
        return bank + branch + acct + _rib_key(bank, branch, acct)
    if cc == "BE":
        b = rdigits(rng, 10, True)
        k = int(b) % 97 or 97
        return b + "%02d" % k
    if cc == "ES":
        bank = c(["2100", "0049", "0182", "0081", "2085", "0128"])
        branch = rdigits(rng, 4)
        acct = rdigits(rng, 10)
        return bank + branch + str(_es_dc("00" + bank + branch)) + str(_es_dc(acct)) + acct
    if cc == "IT":
        abi = c(["03069", "02008", "05034", "01030", "03111"])
        cab = rdigits(rng, 5)
        acct = rdigits(rng, 12)
        return _it_cin(abi + cab + acct) + abi + cab + acct
    if cc == "PT":
        return c(["0035", "0033", "0010", "0007", "0036"]) + rdigits(rng, 17)
    if cc == "NL":
        return c(["INGB", "RABO", "ABNA", "TRIO", "SNSB", "KNAB", "ASNB"]) + rdigits(rng, 10)
    if cc in ("GB", "IE"):
        bank = c(["BARC", "NWBK", "LOYD", "HBUK", "MIDL", "SRLG"]) if cc == "GB" else c(["AIBK", "BOFI", "IPBS"])
        return bank + rdigits(rng, 6) + rdigits(rng, 8)
    if cc == "PL":
        return c(["1020", "1050", "1140", "1090", "1240", "2490"]) + rdigits(rng, 20)
    if cc == "SE":
        return c(["500", "800", "600", "300", "950"]) + rdigits(rng, 17)
    if cc == "NO":
        return _no_acct(rng)
    if cc == "DK":
        return c(["3000", "2000", "5301", "9570"]) + rdigits(rng, 10)
    if cc == "FI":
        return c(["100", "200", "800", "157"]) + rdigits(rng, 11)
    if cc == "CZ":
        return c(["0800", "0100", "2010", "0300", "5500"]) + rdigits(rng, 16)
    if cc == "RO":
        return c(["BTRL", "RNCB", "INGB", "BRDE", "RZBR"]) + "RON" + _alnum(rng, 1) + rdigits(rng, 12)
    if cc == "GR":
        return c(["011", "017", "014", "026"]) + rdigits(rng, 4) + rdigits(rng, 16)
    if cc == "TR":
        return c(["00062", "00010", "00046", "00064", "00111"]) + "0" + rdigits(rng, 16)
    if cc == "SA":
        return c(["80", "10", "45", "20"]) + rdigits(rng, 18)
    if cc == "AE":
        return c(["033", "026", "035", "030"]) + rdigits(rng, 16)
    if cc == "IL":
        return c(["010", "012", "020", "011"]) + rdigits(rng, 3) + rdigits(rng, 13)
    if cc == "UA":
        return c(["305299", "322001", "300528", "320649"]) + rdigits(rng, 19)
    if cc == "BR":
        return (c(["00360305", "60701190", "00000000", "90400888"]) + rdigits(rng, 5)
                + rdigits(rng, 10) + c("CP") + rdigits(rng, 1))
    if cc == "EG":
        return c(["0019", "0003", "0037"]) + rdigits(rng, 4) + rdigits(rng, 17)
    raise KeyError(cc)


IBAN_COUNTRIES = ["DE", "AT", "CH", "FR", "BE", "ES", "IT", "PT", "NL", "GB", "IE", "PL",
                  "SE", "NO", "DK", "FI", "CZ", "RO", "GR", "TR", "SA", "AE", "IL", "UA",
                  "BR", "EG"]


def _num(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban(rng, cc):
    bban = _bban(rng, cc)
    chk = 98 - int(_num(bban + cc + "00")) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


def iban_print(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_bad(rng, cc):
    """IBAN-shaped, wrong checksum (a decoy)."""
    good = iban(rng, cc)
    while True:
        s = good[:2] + "%02d" % rng.randint(2, 98) + good[4:]
        if not iban_ok(s):
            return s


# ---------------------------------------------------------------- SSN

def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("078-05-1120", "123-45-6789", "219-09-9999"):
            return v


# ---------------------------------------------------------------- IPs

_V4_FIRST = [5, 24, 31, 37, 41, 45, 46, 62, 66, 67, 68, 71, 73, 76, 77, 78, 81, 82, 85,
             88, 89, 91, 93, 95, 98, 102, 105, 109, 112, 115, 117, 118, 121, 134, 139,
             146, 151, 154, 176, 178, 185, 186, 187, 189, 190, 195, 196, 197, 201, 212,
             213, 217]


def ipv4(rng):
    return "%d.%d.%d.%d" % (rng.choice(_V4_FIRST), rng.randint(0, 255), rng.randint(0, 255),
                            rng.randint(1, 254))


_V6_PRE = ["2a02:8108", "2a01:e0a", "2003:e5", "2600:1700", "2a00:23c7", "2409:4042",
           "2804:14c", "240e:3b7", "2a02:a03f", "2605:a601", "2a0a:a541", "2001:16b8",
           "2402:3a80", "2c0f:f4c0", "2405:201"]


def ipv6(rng, full=False):
    pre = rng.choice(_V6_PRE).split(":")
    groups = pre + ["%x" % rng.randint(0, 0xffff) for _ in range(8 - len(pre))]
    if full:
        return ":".join("%04x" % int(g, 16) for g in groups)
    if rng.random() < 0.6:
        # compress a run of zeros in the middle
        k = len(pre)
        groups = groups[:k] + ["0", "0"] + groups[k + 2:]
        left = ":".join(groups[:k])
        right = ":".join(groups[k + 2:])
        return left + "::" + right
    return ":".join(groups)


# ---------------------------------------------------------------- passwords

_PW_WORDS = {
    "en": ["maple", "harbour", "tiger", "violet", "kettle", "orbit", "pickle", "sunset",
           "marble", "falcon", "velvet", "cobalt", "biscuit", "glacier"],
    "de": ["Apfel", "Wolke", "Treppe", "Kater", "Brezel", "Schnee", "Laterne", "Igel",
           "Fahrrad", "Sommer", "Nordsee", "Kastanie"],
    "es": ["gato", "azul", "montaña", "limón", "cometa", "tortuga", "verano", "nube",
           "pimiento", "farol"],
    "fr": ["soleil", "fromage", "lapin", "bougie", "tempête", "cerise", "moulin",
           "hibou", "velours"],
    "pt": ["saudade", "caju", "tucano", "janela", "praia", "cavaco", "goiaba", "farol"],
    "it": ["girasole", "cannolo", "lupo", "pioggia", "vespa", "limone", "gelato"],
    "nl": ["fiets", "tulp", "molen", "hagel", "kaas", "gracht", "stroopwafel"],
    "pl": ["żubr", "pierogi", "jesień", "kawa", "wiosna", "bursztyn"],
    "tr": ["lale", "simit", "martı", "deniz", "bulut", "çınar"],
    "sv": ["älg", "kanelbulle", "skog", "midsommar", "snö", "fika"],
    "ru": ["кот", "берёза", "метель", "самовар", "ёжик"],
}

_SYMS = "!#$%&*+-.=?@^_~"


def password(rng, lang="en", safe=False):
    """A realistic password.  ``safe`` restricts to characters that need no
    escaping in shells, URLs or quotes."""
    kind = rng.random()
    words = _PW_WORDS.get(lang, _PW_WORDS["en"])
    syms = "!#%*-.@_" if not safe else "_-."
    if kind < 0.32:
        n = rng.randint(10, 18)
        pool = string.ascii_letters + string.digits + (syms if not safe else "_-")
        while True:
            pw = "".join(rng.choice(pool) for _ in range(n))
            if (any(c.isdigit() for c in pw) and any(c.isupper() for c in pw)
                    and any(c.islower() for c in pw)):
                return pw
    if kind < 0.55:
        w = rng.choice(words)
        w = w[0].upper() + w[1:]
        return w + str(rng.randint(1970, 2025)) + rng.choice(syms)
    if kind < 0.75:
        sep = rng.choice(["-", ".", "_"] + ([" "] if not safe else []))
        ws = rng.sample(words, 3)
        return sep.join(ws) + sep + str(rng.randint(2, 99))
    if kind < 0.88:
        w = rng.choice(words).lower()
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        if safe:
            leet = leet.replace("@", "4")
        return leet[0].upper() + leet[1:] + rng.choice(syms) + rdigits(rng, 2)
    if kind < 0.95 and not safe:
        # characters that need escaping in JSON / CSV
        base = rng.choice(words)
        return rng.choice(['%s"%d!' % (base.capitalize(), rng.randint(10, 99)),
                           '%s\\%s#%d' % (base, rng.choice(words), rng.randint(1, 9)),
                           "Q%s;%s,%d" % (base, rng.choice("xyz"), rng.randint(100, 999))])
    return rng.choice(words).capitalize() + rdigits(rng, 4) + rng.choice("XYZQK") + "!"


# ---------------------------------------------------------------- calendars

def jalali(d):
    """Gregorian date -> (jy, jm, jd) Persian solar calendar."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400
            + gd + g_d_m[gm - 1])
    jy = -1595 + 33 * (days // 12053)
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


def jp_era(d):
    if d >= datetime.date(2019, 5, 1):
        return "令和", d.year - 2018
    if d >= datetime.date(1989, 1, 8):
        return "平成", d.year - 1988
    return "昭和", d.year - 1925


# ---------------------------------------------------------------- look-alikes

def uuid4(rng):
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexhash(rng, n=40):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def isbn13(rng):
    body = rng.choice(["978", "979"]) + rdigits(rng, 9)
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def version(rng):
    k = rng.random()
    if k < 0.4:
        return "v%d.%d.%d" % (rng.randint(0, 5), rng.randint(0, 30), rng.randint(0, 40))
    if k < 0.7:
        return "%d.%d.%d.%d" % (rng.randint(1, 130), rng.randint(0, 9), rng.randint(1000, 6999),
                                rng.randint(10, 250))
    return "%d.%d.%d-rc.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9),
                               rng.randint(1, 5))


def tracking(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return "1Z" + _alnum(rng, 6) + rdigits(rng, 10)
    if k == 1:
        return "JJD" + rdigits(rng, 18)
    if k == 2:
        return rng.choice(["RR", "LX", "CP", "EE"]) + rdigits(rng, 9) + rng.choice(["DE", "CN", "FR", "GB", "BR", "NL"])
    if k == 3:
        return rdigits(rng, 12)
    return "00" + rdigits(rng, 18)


def order_id(rng):
    k = rng.randint(0, 6)
    if k == 0:
        return "ORD-%d-%s" % (rng.randint(2022, 2025), rdigits(rng, 6))
    if k == 1:
        return "#" + rdigits(rng, 7)
    if k == 2:
        return "%s-%s-%s" % (rdigits(rng, 3), rdigits(rng, 7), rdigits(rng, 7))
    if k == 3:   # phone-shaped
        return "%s %s %s" % (rdigits(rng, 4, True), rdigits(rng, 3), rdigits(rng, 4))
    if k == 4:   # card-shaped, not Luhn
        n = not_luhn(rng, 16, rng.choice(["4", "5"]))
        return group(n, (4, 4, 4, 4), "-")
    if k == 5:
        return "PO-" + rdigits(rng, 5) + "-" + _alpha(rng, 2)
    return _alpha(rng, 3) + rdigits(rng, 8)


def invoice_no(rng):
    return rng.choice(["INV-", "RE-", "FAC-", "NF-", "FV/"]) + str(rng.randint(2022, 2025)) + "/" + rdigits(rng, 5)


def pat(rng, s):
    """Expand a shape: # digit, ~ digit 2-9, @ letter, % GB inward letter,
    & Canadian letter, [a|b|c] one of the alternatives."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "[":
            j = s.index("]", i)
            out.append(pat(rng, rng.choice(s[i + 1:j].split("|"))))
            i = j + 1
            continue
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "~":
            out.append(rng.choice("23456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"))
        elif ch == "%":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        elif ch == "&":
            out.append(rng.choice("ABCEGHJKLMNPRSTVWXYZ"))
        else:
            out.append(ch)
        i += 1
    return "".join(out)
