"""Value generators: people, phones, dates, passwords, addresses, e-mails,
IBANs, cards, IPs, SSNs, health phrases, decoys."""
import datetime as dt
import string
import unicodedata

from faker import Faker

from data_names import NAMES, NICKNAMES
from data_lex import (MONTHS, EXT_WORD, PW_WORDS, PW_NATIVE, DICEWARE, PASSPHRASE_EXTRA, HEALTH, PROPER_NOUNS,
                      OPS_TERMS, FILE_PATHS, TECH_PRODUCTS, WIFI_NETS)
from locales import LOCALES, IBAN_SPEC
from core import luhn_ok, iban_ok

IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "ES": 24, "PT": 25, "IT": 27,
            "NL": 18, "PL": 28, "CZ": 24, "RO": 24, "HU": 28, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "UA": 29,
            "BG": 22, "GR": 27, "TR": 26, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "PK": 24, "BR": 29}

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FULLWIDTH = str.maketrans("0123456789-+()", "０１２３４５６７８９－＋（）")


class Person:
    def __init__(self, given, family, culture, gender, sep=" ", order="gf", middle=None, patr=None):
        self.given, self.family, self.culture, self.gender = given, family, culture, gender
        self.sep, self.order, self.middle, self.patr = sep, order, middle, patr

    @property
    def full(self):
        if self.order == "fmg":
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        if self.order == "fg":
            return self.family + self.sep + self.given
        if self.patr and self.culture == "ru":
            return f"{self.given} {self.family}"
        return self.given + self.sep + self.family

    @property
    def official(self):
        """Family-first official form where that is customary."""
        if self.patr:
            return f"{self.family} {self.given} {self.patr}"
        return self.full

    @property
    def polite(self):
        """How one addresses the person informally (given name / given+patronymic)."""
        if self.patr:
            return f"{self.given} {self.patr}"
        if self.culture in ("ja", "ja_latn"):
            return self.family
        if self.culture in ("ko", "zh", "zh_tw"):
            return self.full
        return self.given

    @property
    def is_latin(self):
        return all(ord(c) < 0x250 or c in "ẠảẢãÃạặẶấẤầẦẩẨẫẪậẬắẮằẰẳẲẵẴẹẸẻẺẽẼếẾềỀểỂễỄệỆỉỈịỊọỌỏỎốỐồỒổỔỗỖộỘớỚờỜởỞỡỠợỢụỤủỦứỨừỪửỬữỮựỰỳỲỵỴỷỶỹỸ" for c in self.full)


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self._fk = {}

    # ------------------------------------------------------------ basics
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def digits(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def fk(self, loc):
        if loc not in self._fk:
            f = Faker(loc)
            f.seed_instance(self.r.randrange(2 ** 32))
            self._fk[loc] = f
        return self._fk[loc]

    def locale(self, restrict=None):
        keys = restrict or list(LOCALES)
        return self.wpick([(k, LOCALES[k]["weight"]) for k in keys])

    # ------------------------------------------------------------ people
    def person(self, loc, culture=None, gender=None):
        L = LOCALES[loc]
        culture = culture or self.wpick(L["names"])
        gender = gender or self.pick("mf")
        if culture == "faker":
            fl = L["faker"] or "en_US"
            f = self.fk(fl)
            given = f.first_name_male() if gender == "m" else f.first_name_female()
            if hasattr(f, "last_name_male"):
                family = f.last_name_male() if gender == "m" else f.last_name_female()
            else:
                family = f.last_name()
            order = "fg" if fl.startswith("hu") else "gf"
            return Person(given, family, "faker:" + fl, gender, " ", order)
        N = NAMES[culture]
        given = self.pick(N.get("given_" + gender) or N["given"])
        fam = N.get("family_" + gender) or N["family"]
        family = self.pick(fam)
        patr = None
        if "patr_m" in N and self.chance(0.6):
            patr = self.pick(N["patr_" + gender])
        middle = self.pick(N["middle_" + gender]) if "middle_m" in N else None
        return Person(given, family, culture, gender, N["sep"], N["order"], middle, patr)

    def nickname(self, loc):
        if loc in NICKNAMES and self.chance(0.5):
            return self.pick(NICKNAMES[loc])
        return self.person(loc).polite

    # ------------------------------------------------------------ phones
    def phone(self, loc, ext=False, lang="en"):
        pat = self.pick(LOCALES[loc]["phones"])
        s = "".join(str(self.r.randrange(10)) if c == "#" else c for c in pat)
        if ext:
            w = self.pick(EXT_WORD.get(lang, EXT_WORD["en"]))
            s += self.pick([" ", ", "]) + w + self.digits(self.r.choice([2, 3, 4]))
        return s

    def phone_native_digits(self, loc, s):
        if loc in ("sa", "eg") and self.chance(0.3):
            return s.translate(ARABIC_DIGITS)
        if loc == "ir" and self.chance(0.4):
            return s.translate(PERSIAN_DIGITS)
        if loc == "jp" and self.chance(0.15):
            return s.translate(FULLWIDTH)
        return s

    # ------------------------------------------------------------ dates
    def birth_date(self):
        start = dt.date(1938, 1, 1).toordinal()
        end = dt.date(2007, 12, 31).toordinal()
        return dt.date.fromordinal(self.r.randint(start, end))

    def other_date(self):
        start = dt.date(2019, 1, 1).toordinal()
        end = dt.date(2026, 12, 31).toordinal()
        return dt.date.fromordinal(self.r.randint(start, end))

    def fmt_date(self, d, lang, style=None):
        y, m, dd = d.year, d.month, d.day
        M = MONTHS
        opts = {
            "en": [f"{dd} {M['en'][m-1]} {y}", f"{M['en'][m-1]} {dd}, {y}", f"{dd:02d}/{m:02d}/{y}", f"{m:02d}/{dd:02d}/{y}",
                   f"{y}-{m:02d}-{dd:02d}", f"{dd}{self._ord(dd)} {M['en'][m-1]} {y}", f"{M['en_abbr'][m-1]} {dd}, {y}",
                   f"{dd:02d}-{M['en_abbr'][m-1]}-{y}", f"{m}/{dd}/{y % 100:02d}", f"{dd} {M['en_abbr'][m-1]} {y}"],
            "de": [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M['de'][m-1]} {y}", f"{dd}.{m}.{y}", f"{y}-{m:02d}-{dd:02d}"],
            "fr": [f"{'1er' if dd == 1 else dd} {M['fr'][m-1]} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}.{m:02d}.{y}"],
            "es": [f"{dd} de {M['es'][m-1]} de {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}-{m}-{y}"],
            "pt": [f"{dd} de {M['pt'][m-1]} de {y}", f"{dd:02d}/{m:02d}/{y}"],
            "it": [f"{dd} {M['it'][m-1]} {y}", f"{dd:02d}/{m:02d}/{y}"],
            "nl": [f"{dd} {M['nl'][m-1]} {y}", f"{dd:02d}-{m:02d}-{y}"],
            "pl": [f"{dd} {M['pl'][m-1]} {y} r.", f"{dd:02d}.{m:02d}.{y}", f"{dd} {M['pl'][m-1]} {y}"],
            "ru": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M['ru'][m-1]} {y} г.", f"{dd} {M['ru'][m-1]} {y}"],
            "uk": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M['uk'][m-1]} {y} р."],
            "tr": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M['tr'][m-1]} {y}", f"{dd:02d}/{m:02d}/{y}"],
            "sv": [f"{y}-{m:02d}-{dd:02d}", f"{dd} {M['sv'][m-1]} {y}"],
            "no": [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M['no'][m-1]} {y}"],
            "da": [f"{dd:02d}-{m:02d}-{y}", f"{dd}. {M['da'][m-1]} {y}"],
            "fi": [f"{dd}.{m}.{y}", f"{dd}. {M['fi'][m-1]} {y}"],
            "cs": [f"{dd}. {M['cs'][m-1]} {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}. {m}. {y}"],
            "ro": [f"{dd} {M['ro'][m-1]} {y}", f"{dd:02d}.{m:02d}.{y}"],
            "hu": [f"{y}. {M['hu'][m-1]} {dd}.", f"{y}.{m:02d}.{dd:02d}."],
            "el": [f"{dd} {M['el'][m-1]} {y}", f"{dd:02d}/{m:02d}/{y}"],
            "he": [f"{dd} {M['he'][m-1]} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m}.{y}"],
            "ar": [f"{dd} {M['ar'][m-1]} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}/{m:02d}/{y}".translate(ARABIC_DIGITS),
                   f"{dd} {M['ar'][m-1]} {y}".translate(ARABIC_DIGITS)],
            "fa": [f"{y}/{m:02d}/{dd:02d}", f"{y}/{m:02d}/{dd:02d}".translate(PERSIAN_DIGITS)],
            "hi": [f"{dd} {M['hi'][m-1]} {y}", f"{dd:02d}-{m:02d}-{y}", f"{dd:02d}/{m:02d}/{y}"],
            "ja": [f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", self._jp_era(d), f"{y}年{m:02d}月{dd:02d}日"],
            "zh": [f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}", f"{y}.{m:02d}.{dd:02d}", f"{y}{m:02d}{dd:02d}"],
            "zh_tw": [f"{y}年{m}月{dd}日", f"民國{y - 1911}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}"],
            "ko": [f"{y}년 {m}월 {dd}일", f"{y}.{m:02d}.{dd:02d}", f"{y}. {m}. {dd}."],
            "th": [f"{dd} {M['th'][m-1]} {y + 543}", f"{dd:02d}/{m:02d}/{y + 543}", f"{dd} {M['th'][m-1]} {y}"],
            "vi": [f"{dd:02d}/{m:02d}/{y}", f"ngày {dd} tháng {m} năm {y}", f"{dd}/{m}/{y}"],
            "id": [f"{dd} {M['id'][m-1]} {y}", f"{dd:02d}-{m:02d}-{y}", f"{dd:02d}/{m:02d}/{y}"],
            "tl": [f"{M['tl'][m-1]} {dd}, {y}", f"{m:02d}/{dd:02d}/{y}", f"{M['en'][m-1]} {dd}, {y}"],
        }
        lst = opts.get(lang, opts["en"])
        if style == "iso":
            return f"{y}-{m:02d}-{dd:02d}"
        if style == "compact":
            return f"{y}{m:02d}{dd:02d}"
        if style == "first":
            return lst[0]
        return self.pick(lst)

    def fmt_daymonth(self, d, lang):
        m, dd = d.month, d.day
        M = MONTHS
        return {"en": self.pick([f"{M['en'][m-1]} {dd}", f"{dd} {M['en'][m-1]}", f"the {dd}{self._ord(dd)} of {M['en'][m-1]}"]),
                "de": f"{dd}. {M['de'][m-1]}", "fr": f"{dd} {M['fr'][m-1]}", "es": f"{dd} de {M['es'][m-1]}",
                "pt": f"{dd} de {M['pt'][m-1]}", "it": f"{dd} {M['it'][m-1]}", "ja": f"{m}月{dd}日",
                "zh": f"{m}月{dd}日", "ko": f"{m}월 {dd}일", "ru": f"{dd} {M['ru'][m-1]}", "tr": f"{dd} {M['tr'][m-1]}",
                "pl": f"{dd} {M['pl'][m-1]}", "nl": f"{dd} {M['nl'][m-1]}", "id": f"{dd} {M['id'][m-1]}",
                "vi": f"ngày {dd} tháng {m}"}.get(lang, f"{M['en'][m-1]} {dd}")

    @staticmethod
    def _ord(n):
        return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")

    @staticmethod
    def _jp_era(d):
        if d >= dt.date(1989, 1, 8):
            y = d.year - 1988
            return f"平成{'元' if y == 1 else y}年{d.month}月{d.day}日"
        return f"昭和{d.year - 1925}年{d.month}月{d.day}日"

    def dob(self, lang, style=None):
        return self.fmt_date(self.birth_date(), lang, style)

    def date_decoy(self, lang, style=None):
        return self.fmt_date(self.other_date(), lang, style)

    def timestamp(self):
        d = self.other_date()
        return f"{d.isoformat()}T{self.r.randrange(24):02d}:{self.r.randrange(60):02d}:{self.r.randrange(60):02d}" + \
            self.pick(["Z", ".{}Z".format(self.digits(3)), "+00:00", "+02:00"])

    # ------------------------------------------------------------ passwords
    def password(self, kind=None, lang="en", url_safe=False):
        kind = kind or self.wpick([("random", 3), ("human", 4), ("leet", 2), ("phrase", 2), ("native", 0.6),
                                   ("words", 1)])
        r = self.r
        if kind == "random":
            n = r.randint(10, 22)
            alpha = string.ascii_letters + string.digits + ("-_.~" if url_safe else "!#$%^&*-_+=?.")
            s = "".join(r.choice(alpha) for _ in range(n))
            return r.choice(string.ascii_letters) + s[1:-1] + r.choice(string.ascii_letters + string.digits)
        if kind == "human":
            w = self.pick(PW_WORDS.get(lang, PW_WORDS["en"]) if self.chance(0.7) else PW_WORDS["en"])
            tail = self.pick([str(r.randint(1960, 2025)), self.digits(2), self.digits(3), "123", str(r.randint(1, 99))])
            sym = "" if url_safe else self.pick(["!", "#", "@", "$", "", "!!", "*", "."])
            w = w[0].upper() + w[1:] if self.chance(0.6) else w
            return self.pick([w + tail + sym, w + sym + tail, w + "_" + tail])
        if kind == "leet":
            w = self.pick(["password", "welcome", "secure", "monkey", "admin", "letmein", "sunflower", "butterfly", "shadow"])
            tr = str.maketrans({"a": "@", "o": "0", "e": "3", "s": "$", "i": "1"}) if not url_safe else str.maketrans({"a": "4", "o": "0", "e": "3", "i": "1"})
            w = w.translate(tr)
            return w[0].upper() + w[1:] + self.digits(r.randint(1, 3)) + ("" if url_safe else self.pick(["!", "#", "?", ""]))
        if kind == "phrase":
            if not url_safe and self.chance(0.3):
                return self.pick(PASSPHRASE_EXTRA)
            k = r.randint(3, 5)
            words = [self.pick(DICEWARE) for _ in range(k)]
            sep = self.pick(["-", ".", "_"] if url_safe else ["-", " ", ".", "_", "-", " "])
            if self.chance(0.4):
                words = [w.capitalize() for w in words]
            s = sep.join(words)
            if self.chance(0.4):
                s += sep + self.digits(r.randint(1, 3))
            return s
        if kind == "words":
            w1, w2 = self.pick(DICEWARE).capitalize(), self.pick(DICEWARE).capitalize()
            return w1 + w2 + self.digits(2) + ("" if url_safe else self.pick(["!", "?", "&", ""]))
        if kind == "native":
            return self.pick(PW_NATIVE) if not url_safe else self.password("random", url_safe=True)
        if kind == "pin":
            return self.digits(self.pick([4, 4, 4, 5, 6]))
        if kind == "wifi":
            return self.pick([self.password("random"), self.password("human", lang), self.digits(10),
                              self.password("phrase")]) if not url_safe else self.password("random", url_safe=True)
        raise ValueError(kind)

    def url_password(self):
        p = self.password(self.pick(["random", "human", "leet", "words"]), url_safe=True)
        if self.chance(0.2):
            p = p[: len(p) // 2] + self.pick(["%40", "%21", "%23", "%24"]) + p[len(p) // 2:]
        return p

    def wifi_net(self):
        return self.pick(WIFI_NETS)

    # ------------------------------------------------------------ emails
    def handle(self, p):
        g = ascii_fold(p.given).lower().replace(" ", "").replace(".", "").replace("'", "")
        f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "")
        if not (g.isascii() and f.isascii() and g.isalpha() and f.replace("-", "").isalpha()):
            f2 = self.fk("en_US")
            return f2.user_name()
        return self.pick([f"{g}.{f}", f"{g}{f[0]}", f"{g[0]}{f}", f"{g}_{f}", f"{g}{self.digits(2)}", f"{f}.{g}"])

    def email(self, p=None, domain=None):
        local = self.handle(p) if p else self.fk("en_US").user_name()
        domain = domain or self.pick(["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.de", "orange.fr",
                                      "hotmail.com", "icloud.com", "proton.me", "mail.ru", "yandex.ru", "naver.com",
                                      "qq.com", "163.com", "uol.com.br", "libero.it", "wp.pl", "seznam.cz",
                                      "northwind-logistics.com", "acme-health.org", "kontor.de", "empresa.com.mx",
                                      "example-clinic.co.uk", "tokyo-shoji.co.jp"])
        return f"{local}@{domain}"

    # ------------------------------------------------------------ addresses
    def address(self, loc, multiline=False):
        r = self.r
        n = r.randint(1, 240)
        A = {
            "ng": lambda: f"{n} {self.pick(['Adeola Odeku Street', 'Awolowo Road', 'Admiralty Way', 'Allen Avenue', 'Ahmadu Bello Way', 'Ogunlana Drive'])}, {self.pick(['Victoria Island', 'Ikoyi', 'Lekki Phase 1', 'Ikeja', 'Wuse 2', 'Surulere', 'Garki'])}, {self.pick(['Lagos', 'Abuja', 'Port Harcourt', 'Ibadan'])}",
            "gh": lambda: self.pick([f"House No. {n}, {self.pick(['Oxford Street', 'Ring Road East', 'Liberation Road', 'Spintex Road'])}, {self.pick(['Osu', 'Cantonments', 'East Legon', 'Dzorwulu'])}, Accra",
                                     f"GA-{r.randint(100, 999)}-{self.digits(4)}, {self.pick(['East Legon', 'Madina', 'Adenta'])}, Accra"]),
            "ke": lambda: self.pick([f"{self.pick(['Ngong Road', 'Waiyaki Way', 'Moi Avenue', 'Kenyatta Avenue'])}, {self.pick(['Kilimani', 'Westlands', 'Lavington', 'Karen'])}, Nairobi",
                                     f"P.O. Box {r.randint(1000, 99999)}-00100, Nairobi"]),
            "za": lambda: f"{n} {self.pick(['Jan Smuts Avenue', 'Main Road', 'Long Street', 'Rivonia Road'])}, {self.pick(['Rosebank', 'Sea Point', 'Sandton', 'Observatory'])}, {self.pick(['Johannesburg', 'Cape Town'])}, {r.randint(1000, 8000)}",
            "et": lambda: f"{self.pick(['Bole', 'Kirkos', 'Yeka', 'Arada'])} Sub-City, Woreda {r.randint(1, 14):02d}, House No. {n}, Addis Ababa",
            "in": lambda: f"Flat {r.randint(1, 20)}{self.pick('0123')}{r.randint(1, 9)}, {self.pick(['Sai Residency', 'Prestige Lakeside', 'Green Park Apartments', 'Shanti Niwas'])}, {self.pick(['MG Road', '14th Cross, Indiranagar', 'Linking Road, Bandra West', 'Anna Salai'])}, {self.pick(['Bengaluru 560038', 'Mumbai 400050', 'Chennai 600002', 'Pune 411001', 'Hyderabad 500081'])}",
            "tr": lambda: f"{self.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'İstiklal Cad.', 'Cumhuriyet Cad.'])} No:{n} D:{r.randint(1, 30)}, {self.pick(['Suadiye Mah.', 'Moda Mah.', 'Kızılay Mah.', 'Alsancak Mah.'])}, {self.pick(['34740 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}",
            "vn": lambda: self.pick([f"Số {n} ngõ {r.randint(1, 200)} {self.pick(['Xuân Thủy', 'Kim Mã', 'Láng Hạ'])}, {self.pick(['Cầu Giấy', 'Ba Đình', 'Đống Đa'])}, Hà Nội",
                                     f"{n} {self.pick(['Nguyễn Huệ', 'Lê Lợi', 'Hai Bà Trưng'])}, Phường {self.pick(['Bến Nghé', 'Đa Kao', 'Bến Thành'])}, Quận 1, TP. Hồ Chí Minh"]),
            "id": lambda: f"Jl. {self.pick(['Kebon Jeruk', 'Sudirman', 'Gatot Subroto', 'Cikini Raya', 'Malioboro'])} No. {n}, RT 0{r.randint(1, 9)}/RW 0{r.randint(1, 9)}, {self.pick(['Kebayoran Baru, Jakarta Selatan 12160', 'Menteng, Jakarta Pusat 10310', 'Coblong, Bandung 40132'])}",
            "ph": lambda: self.pick([f"Unit {r.randint(1, 40)}{self.digits(2)}, {self.pick(['Avida Towers', 'The Grove', 'SMDC Light Residences'])}, {self.pick(['EDSA', 'Ayala Avenue', 'Shaw Blvd'])}, Brgy. {self.pick(['Wack-Wack', 'San Antonio', 'Highway Hills'])}, {self.pick(['Mandaluyong City', 'Makati City', 'Pasig City'])} {r.randint(1200, 1600)}",
                                     f"Blk {r.randint(1, 40)} Lot {r.randint(1, 30)} Phase {r.randint(1, 4)}, {self.pick(['Camella Homes', 'Villa Verde Subd.'])}, {self.pick(['Bacoor, Cavite', 'Dasmariñas, Cavite', 'Santa Rosa, Laguna'])}"]),
            "ae": lambda: self.pick([f"Villa {n}, Street {r.randint(1, 40)}, {self.pick(['Al Barsha 2', 'Jumeirah 1', 'Mirdif'])}, Dubai",
                                     f"Apt {r.randint(1, 40)}{self.digits(2)}, {self.pick(['Marina Heights Tower', 'Al Reem Tower B', 'Burj Views C'])}, {self.pick(['Dubai Marina, Dubai', 'Al Reem Island, Abu Dhabi', 'Downtown Dubai'])}"]),
            "sa": lambda: self.pick([f"Building {self.digits(4)}, {self.pick(['King Fahd Rd', 'Olaya St', 'Prince Sultan Rd'])}, {self.pick(['Al Olaya', 'Al Malaz', 'Al Rawdah'])}, {self.pick(['Riyadh 12214', 'Jeddah 23433'])}",
                                     f"حي {self.pick(['العليا', 'الملز', 'الروضة'])}، شارع {self.pick(['الملك فهد', 'التحلية', 'الأمير سلطان'])}، {self.pick(['الرياض', 'جدة'])} {self.digits(5)}"]),
            "eg": lambda: self.pick([f"{n} {self.pick(['Shehab St', 'Mostafa El Nahas St', 'Tahrir St'])}, {self.pick(['Mohandessin, Giza', 'Nasr City, Cairo', 'Dokki, Giza'])}",
                                     f"{n} شارع {self.pick(['شهاب', 'التحرير', 'مصطفى النحاس'])}، {self.pick(['المهندسين، الجيزة', 'مدينة نصر، القاهرة'])}"]),
            "ir": lambda: f"{self.pick(['تهران', 'اصفهان'])}، خیابان {self.pick(['ولیعصر', 'شریعتی', 'آزادی'])}، پلاک {n}",
            "pk": lambda: f"House {n}, Street {r.randint(1, 40)}, {self.pick(['F-7/2, Islamabad', 'DHA Phase 5, Lahore', 'Gulshan-e-Iqbal Block 13, Karachi'])}",
            "mx": lambda: f"{self.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Reforma', 'Calle Amsterdam'])} {n}, Col. {self.pick(['Roma Norte', 'Condesa', 'Del Valle', 'Juárez'])}, {self.pick(['Cuauhtémoc', 'Benito Juárez'])}, {self.digits(5)} Ciudad de México",
            "be": lambda: f"{self.pick(['Rue Neuve', 'Avenue Louise', 'Chaussée de Wavre', 'Rue des Bouchers', 'Boulevard d’Avroy'])} {n}{self.pick(['', '', ' bte 3', '/12'])}, {self.pick(['1000 Bruxelles', '1050 Ixelles', '4000 Liège', '5000 Namur', '1348 Louvain-la-Neuve'])}",
            "bg": lambda: f"ул. „{self.pick(['Граф Игнатиев', 'Шипка', 'Оборище', 'Цар Симеон'])}“ № {n}, ет. {r.randint(1, 9)}, ап. {r.randint(1, 40)}, {self.pick(['1000 София', '4000 Пловдив', '9000 Варна'])}",
        }
        fn = A.get(loc)
        if fn:
            s = fn()
            if multiline:
                parts = s.split(", ")
                if len(parts) >= 3:
                    s = ", ".join(parts[:-2]) + "\n" + ", ".join(parts[-2:])
            return s
        fl = LOCALES[loc]["faker"] or "en_US"
        if fl in ("zu_ZA",):
            fl = "en_US"
        s = self.fk(fl).address().strip()
        s = "\n".join(x.strip() for x in s.split("\n") if x.strip())
        if not multiline:
            s = s.replace("\n", ", ")
        return s

    # ------------------------------------------------------------ finance / ids
    def iban(self, cc, grouped=None):
        spec = IBAN_SPEC[cc]
        assert len(spec) + 4 == IBAN_LEN[cc], cc
        bban = "".join(c if c == "0" else str(self.r.randrange(10)) if c in "nc" else self.pick(string.ascii_uppercase)
                       for c in spec)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        chk = 98 - int(num) % 97
        s = f"{cc}{chk:02d}{bban}"
        assert iban_ok(s)
        if grouped is None:
            grouped = self.chance(0.6)
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def card(self, brand=None, sep=None):
        brand = brand or self.pick(["visa", "mc", "mc2", "amex", "disc"])
        r = self.r
        pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
                  "amex": (self.pick(["34", "37"]), 15), "disc": ("6011", 16)}[brand]
        body = pre + self.digits(n - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        if sep is None:
            sep = self.pick([" ", "-", "", " "])
        if n == 15:
            s = sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        else:
            s = sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num
        assert luhn_ok(s)
        return s

    def ssn(self):
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        sep = self.pick(["-", "-", "-", " ", ""])
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

    def ip(self, v6=None):
        r = self.r
        if v6 is None:
            v6 = self.chance(0.2)
        if v6:
            return self.pick([
                "2001:db8:{:x}:{:x}::{:x}".format(r.randrange(65536), r.randrange(65536), r.randrange(65536)),
                "2a02:{:x}:{:x}:{:x}:{:x}:{:x}:{:x}:{:x}".format(*[r.randrange(65536) for _ in range(7)]),
                "fe80::{:x}:{:x}:{:x}:{:x}".format(*[r.randrange(65536) for _ in range(4)]),
                "2600:1f18:{:x}:{:x}::{:x}".format(r.randrange(65536), r.randrange(65536), r.randrange(65536))])
        return self.pick([f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randint(1, 254)}",
                          f"192.168.{r.randrange(256)}.{r.randint(1, 254)}",
                          f"172.{r.randint(16, 31)}.{r.randrange(256)}.{r.randint(1, 254)}",
                          f"{r.choice([34, 52, 81, 89, 91, 103, 141, 185, 203, 213])}.{r.randrange(256)}.{r.randrange(256)}.{r.randint(1, 254)}"])

    def health(self, lang="en", kind=None):
        H = HEALTH.get(lang, HEALTH["en"])
        kind = kind or self.pick(["cond", "cond", "med"])
        return self.pick(H.get(kind) or HEALTH["en"][kind])

    # ------------------------------------------------------------ decoys
    def proper_noun(self):
        return self.pick(PROPER_NOUNS)

    def ops_term(self):
        return self.pick(OPS_TERMS)

    def tech(self):
        return self.pick(TECH_PRODUCTS)

    def version(self):
        r = self.r
        return self.pick([f"v{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"{r.randint(1, 9)}.{r.randint(0, 20)}",
                          f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(0, 99)}-rc.{r.randint(1, 5)}",
                          f"{r.randint(2019, 2025)}.{r.randint(1, 12)}.{r.randint(0, 5)}"])

    def order_id(self):
        r = self.r
        return self.pick([f"ORD-{self.digits(8)}", f"#{self.digits(3)}-{self.digits(7)}-{self.digits(7)}",
                          f"{self.digits(4)}-{self.digits(3)}-{self.digits(4)}", f"1Z{self.digits(3)}AA1{self.digits(10)}",
                          f"JD{self.digits(16)}", f"INV-{r.randint(2019, 2025)}-{self.digits(5)}", f"PO {self.digits(10)}",
                          f"{self.pick(['LX', 'RR', 'CP'])}{self.digits(9)}{self.pick(['DE', 'CN', 'US', 'JP'])}",
                          f"SO{self.digits(9)}", f"TKT-{self.digits(6)}"])

    def numeric_id(self):
        return self.pick([self.digits(self.r.randint(7, 12)), f"{self.digits(4)} {self.digits(4)} {self.digits(4)}",
                          str(1600000000 + self.r.randrange(200000000)), f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                          str(1600000000000 + self.r.randrange(200000000000))])

    def price(self):
        r = self.r
        a = r.randint(1, 9999)
        c = r.randrange(100)
        return self.pick([f"${a}.{c:02d}", f"€{a},{c:02d}", f"{a},{c:02d} €", f"£{a}.{c:02d}", f"¥{a * 100:,}",
                          f"R$ {a},{c:02d}", f"₹{a * 10:,}", f"{a}.{c:02d} USD", f"₩{a * 1000:,}", f"{a} TL"])

    def hexhash(self):
        n = self.pick([7, 12, 40, 64, 32])
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def hexn(self, n):
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def file_path(self):
        return self.pick(FILE_PATHS)
