"""Value generators: people, e-mails, addresses, dates, passwords, cards,
IBANs, SSNs, health terms, and the decoy look-alikes.
All word lists here were written for this corpus."""
import datetime as dt
import string
import unicodedata

from faker import Faker

import locales as LC
import phones as PH
from core import IBAN_LEN, iban_mod, luhn_ok

BLOCK_FULL = {"John Doe", "Jane Doe", "John Smith", "George Washington", "Abraham Lincoln",
              "Michael Jordan", "Elvis Presley", "Max Mustermann", "Erika Mustermann"}
BLOCK_TOKEN = {"بن لادن", "آل سعود", "Doe", "Mustermann", "Jinping", "Putin", "Trump", "Biden"}

CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"]))
GRK = dict(zip("αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
               ["a", "a", "v", "g", "d", "e", "e", "z", "i", "i", "th", "i", "i", "i", "i", "k", "l", "m", "n", "x",
                "o", "o", "p", "r", "s", "s", "t", "y", "y", "y", "y", "f", "ch", "ps", "o", "o"]))
ROMAN = {
    "jpan": (["sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato",
              "yoshida", "yamada", "sasaki", "matsumoto", "inoue"],
             ["haruka", "yuki", "daiki", "sota", "aoi", "ren", "mei", "kenta", "naoki", "emi", "riku", "saki"]),
    "hani": (["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "lin", "guo"],
             ["wei", "fang", "min", "jing", "lei", "yan", "jun", "hui", "tao", "xin", "hao", "ying", "lan"]),
    "hang": (["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin"],
             ["minjun", "seoyeon", "jiho", "hana", "doyoon", "yuna", "jisoo", "hyun", "sumin", "taeyang"]),
    "arab": (["alharbi", "alqahtani", "hassan", "khalil", "salem", "nasser", "haddad", "rahimi", "karimi", "saleh"],
             ["omar", "layla", "yousef", "noor", "khalid", "sara", "reza", "maryam", "ali", "huda"]),
    "hebr": (["cohen", "levi", "mizrahi", "peretz", "biton", "friedman", "shapiro", "katz", "avraham"],
             ["noa", "itai", "yael", "omer", "tamar", "eitan", "shira", "amit", "maya"]),
    "deva": (["sharma", "verma", "gupta", "singh", "patel", "joshi", "mishra", "yadav", "thapa", "shrestha"],
             ["arjun", "priya", "rahul", "anita", "vikram", "neha", "suresh", "kavita", "rohan"]),
    "beng": (["rahman", "hossain", "islam", "chowdhury", "akter", "das", "roy"],
             ["rafi", "nusrat", "tanvir", "farhana", "sabbir", "mitu"]),
    "thai": (["srisuk", "wongsa", "chaiyaporn", "kittisak", "boonmee", "saelim"],
             ["somchai", "nattaya", "anan", "kanya", "pichit", "malee", "arthit"]),
    "geor": (["beridze", "kapanadze", "gelashvili", "maisuradze", "lomidze"], ["nino", "giorgi", "tamar", "levan", "ana"]),
    "armn": (["petrosyan", "hakobyan", "grigoryan", "sargsyan", "harutyunyan"], ["anna", "aram", "lilit", "davit", "gor"]),
}

FREE_MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"], "AT": ["gmx.at", "aon.at", "gmail.com"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com"], "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "PT": ["sapo.pt", "gmail.com", "hotmail.com"], "BR": ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], "PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
    "CZ": ["seznam.cz", "email.cz", "gmail.com"], "RU": ["mail.ru", "yandex.ru", "rambler.ru", "gmail.com"],
    "UA": ["ukr.net", "gmail.com", "i.ua"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com"], "TW": ["gmail.com", "yahoo.com.tw", "hinet.net"],
    "KR": ["naver.com", "daum.net", "kakao.com", "gmail.com"], "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"], "SE": ["telia.com", "gmail.com", "hotmail.se"],
    "FI": ["gmail.com", "elisanet.fi", "luukku.com"], "GR": ["gmail.com", "otenet.gr", "yahoo.gr"],
    "IL": ["gmail.com", "walla.co.il", "012.net.il"], "HU": ["freemail.hu", "citromail.hu", "gmail.com"],
}
ORG_DOMAINS = ["kestrelfoods.com", "tidewaterlabs.io", "northwind-logistics.eu", "bluefinch.co", "arcadia-health.org",
               "larkspur.dev", "copperleaf.de", "meridianbank.co.uk", "solstice-pharma.fr", "quillmetrics.com",
               "pinecrest-school.org", "brightharbor.net", "stonegatelaw.com", "ventoso.es", "lumenpay.com.br",
               "kitsune-works.jp", "hanriver-tech.kr", "orbitalis.pl", "fjordline-consult.no", "amberwave.in"]

# my own vocabulary for passwords and filler
PW_WORDS = ["harbor", "otter", "falcon", "maple", "copper", "lantern", "river", "meadow", "thunder", "cobalt",
            "saffron", "pebble", "ember", "glacier", "quartz", "walnut", "orchid", "tundra", "canyon", "anchor",
            "biscuit", "cactus", "dolphin", "eclipse", "fig", "gravel", "hammock", "igloo", "jigsaw", "kettle",
            "lobster", "mango", "nectar", "oyster", "pepper", "quiver", "rocket", "sparrow", "tractor", "umbrella",
            "velvet", "wombat", "yogurt", "zephyr", "bramble", "crimson", "drizzle", "furnace", "gecko", "hazelnut",
            "indigo", "juniper", "koala", "lemur", "marble", "nutmeg", "obsidian", "paprika", "raven", "sapphire",
            "teapot", "turnip", "walrus", "badger", "basil", "beacon", "blizzard", "cinder", "comet", "cypress"]
PW_FOREIGN = {
    "de": ["Sonnenblume", "Kirschbaum", "Eichhörnchen", "Schneeflocke", "Zugspitze", "Apfelkuchen", "Fahrrad"],
    "es": ["mariposa", "girasol", "tortuga", "relampago", "manzana", "estrella", "gaviota"],
    "fr": ["soleil", "papillon", "citron", "framboise", "tournesol", "escargot", "chouette"],
    "pt": ["saudade", "jabuticaba", "borboleta", "cachoeira", "tucano", "abacaxi"],
    "it": ["girasole", "farfalla", "limone", "tramonto", "gelato", "conchiglia"],
    "nl": ["tulpenveld", "fietsbel", "stroopwafel", "windmolen", "drop"],
    "pl": ["pierogi", "bursztyn", "wiewiorka", "truskawka", "kasztan"],
    "tr": ["lale", "kiraz", "papatya", "martı", "simit"],
    "ru": ["solnyshko", "kotik", "berezka", "matreshka", "medved"],
    "ja": ["sakura", "fujisan", "tanuki", "hanabi", "onigiri"],
    "zh": ["woaini", "xiongmao", "longjing", "tianshi"],
    "ko": ["saranghae", "haneul", "bada", "kimchi"],
    "id": ["merdeka", "rendang", "kupukupu", "matahari"],
}
SYMS = "!@#$%&*?+=_."

HEALTH_COND = {
    "en": ["type 2 diabetes", "asthma", "hypertension", "major depressive disorder", "HIV positive", "epilepsy",
           "penicillin allergy", "atrial fibrillation", "hypothyroidism", "migraine with aura", "coeliac disease",
           "stage 2 breast cancer", "Crohn's disease", "gestational diabetes", "COPD", "bipolar II disorder", "ADHD",
           "generalized anxiety disorder", "chronic kidney disease stage 3", "rheumatoid arthritis", "hepatitis C",
           "multiple sclerosis", "obstructive sleep apnea", "PTSD", "type 1 diabetes", "heart failure"],
    "es": ["diabetes tipo 2", "asma", "hipertensión arterial", "depresión mayor", "epilepsia", "alergia a la penicilina",
           "hipotiroidismo", "VIH positivo", "fibrilación auricular", "enfermedad celíaca"],
    "de": ["Diabetes Typ 2", "Asthma bronchiale", "Bluthochdruck", "Depression", "Epilepsie", "Penicillinallergie",
           "Schilddrüsenunterfunktion", "Vorhofflimmern", "Multiple Sklerose", "Migräne"],
    "fr": ["diabète de type 2", "asthme", "hypertension artérielle", "dépression sévère", "épilepsie",
           "allergie à la pénicilline", "maladie de Crohn", "insuffisance rénale chronique", "hypothyroïdie"],
    "pt": ["diabetes tipo 2", "asma", "hipertensão", "depressão", "epilepsia", "alergia a dipirona", "hipotireoidismo",
           "HIV positivo"],
    "it": ["diabete di tipo 2", "asma", "ipertensione", "depressione maggiore", "epilessia", "allergia alla penicillina",
           "ipotiroidismo", "fibrillazione atriale"],
}
HEALTH_MED = {
    "en": ["metformin 500 mg twice daily", "levothyroxine 75 mcg", "sertraline 50 mg", "lisinopril 10 mg daily",
           "insulin glargine 20 units at night", "warfarin 5 mg", "salbutamol inhaler 100 mcg", "atorvastatin 20 mg",
           "lamotrigine 100 mg", "apixaban 5 mg twice daily"],
    "es": ["metformina 850 mg", "enalapril 10 mg", "omeprazol 20 mg", "levotiroxina 50 mcg"],
    "de": ["Ramipril 5 mg", "Metformin 1000 mg", "L-Thyroxin 75 µg", "Pantoprazol 40 mg"],
    "fr": ["Levothyrox 50 µg", "metformine 850 mg", "ramipril 5 mg", "sertraline 50 mg"],
    "pt": ["losartana 50 mg", "metformina 850 mg", "sinvastatina 20 mg", "levotiroxina 50 mcg"],
    "it": ["ramipril 5 mg", "metformina 500 mg", "Eutirox 75 mcg", "sertralina 50 mg"],
}

# ---------------------------------------------------------------- decoys
BRANDS = ["Nike", "Adidas", "Spotify", "Netflix", "Samsung", "Toyota", "IKEA", "Heineken", "Nestlé", "Lego", "Nintendo",
          "Zara", "Uniqlo", "Volkswagen", "Siemens", "Philips", "Starbucks", "Airbnb", "Shopify", "Stripe", "Slack",
          "GitHub", "Dropbox", "Canon", "Panasonic", "Michelin", "Renault", "Carrefour", "Decathlon", "Lufthansa",
          "Ryanair", "Aldi", "Tesco", "Rakuten", "Xiaomi", "Huawei", "Hyundai", "Kia", "Samsonite", "Bosch", "Miele",
          "Ferrari", "Porsche", "Tesla", "Dell", "Ford", "Chanel", "Gucci", "Prada", "Hermès", "Nokia", "Ericsson"]
PLACES = ["Lisbon", "Kyoto", "Nairobi", "Buenos Aires", "Reykjavik", "Istanbul", "Hanoi", "Krakow", "Marrakesh",
          "Vancouver", "Melbourne", "Cape Town", "Oaxaca", "Seville", "Tbilisi", "Bergen", "Porto", "Lagos", "Busan",
          "Chiang Mai", "Valparaíso", "Ljubljana", "Tallinn", "Zanzibar", "Patagonia", "the Dolomites", "Lake Como",
          "Yosemite", "Mount Fuji", "the Sahara", "Santorini", "Bali", "Edinburgh", "Rotterdam", "Munich", "Montreal"]
FIGURES = ["Marie Curie", "Albert Einstein", "Ada Lovelace", "Isaac Newton", "Charles Darwin", "Leonardo da Vinci",
           "Frida Kahlo", "Nelson Mandela", "Mahatma Gandhi", "Cleopatra", "Napoleon Bonaparte", "Galileo Galilei",
           "Nikola Tesla", "Alan Turing", "Simón Bolívar", "Johann Sebastian Bach", "Ludwig van Beethoven",
           "Wolfgang Amadeus Mozart", "Florence Nightingale", "Rosalind Franklin", "Sun Tzu", "Confucius",
           "Ibn Battuta", "Hypatia", "Pablo Picasso", "Vincent van Gogh", "Gabriel García Márquez", "Fyodor Dostoevsky",
           "Leo Tolstoy", "Murasaki Shikibu", "Rabindranath Tagore", "Chinua Achebe", "Queen Victoria", "Julius Caesar",
           "Ernest Hemingway", "Jane Austen", "Charles Dickens", "William Shakespeare", "Grace Hopper", "Carl Linnaeus"]
FICTION = ["Sherlock Holmes", "Harry Potter", "Hermione Granger", "Frodo Baggins", "Don Quixote", "Elizabeth Bennet",
           "Atticus Finch", "Captain Ahab", "Hercule Poirot", "Winnie-the-Pooh", "Darth Vader", "Luke Skywalker",
           "Bilbo Baggins", "Pippi Longstocking", "Mr. Darcy", "Jay Gatsby", "Lara Croft", "Mario", "Pikachu",
           "Tintin", "Asterix", "Gandalf", "Katniss Everdeen", "Dracula", "Scrooge McDuck", "Homer Simpson"]
PRODUCTS = ["iPhone 15 Pro", "Galaxy S24", "PlayStation 5", "Kindle Paperwhite", "ThinkPad X1 Carbon", "MacBook Air",
            "Pixel 8", "AirPods Pro", "Surface Laptop 5", "Nintendo Switch", "Roomba j7", "Instant Pot Duo",
            "Claude 3.5 Sonnet", "GPT-4o", "Llama 3.1 70B", "Mistral Large", "Gemini 1.5 Pro", "Postgres 16",
            "Kubernetes", "Terraform", "Grafana", "Prometheus", "Redis", "Kafka", "Elasticsearch"]
OPS_TERMS = ["health check", "healthcheck", "/healthz", "/readyz", "/livez", "liveness probe", "readiness probe",
             "unhealthy", "healthy", "heartbeat", "HEALTHCHECK", "health_check", "health-check", "startup probe",
             "cluster health", "node health", "/health", "health endpoint"]
FILE_PATHS = ["/etc/nginx/nginx.conf", "/var/log/app/error.log", "src/main.rs", "app/models/user.py", "config/settings.yaml",
              "./deploy/k8s/deployment.yaml", "~/.ssh/config", "/opt/app/bin/start.sh", "docs/README.md",
              "internal/auth/session.go", "web/src/components/LoginForm.tsx", "C:\\ProgramData\\App\\config.ini",
              "/usr/local/lib/python3.11/site-packages/requests/adapters.py", "migrations/0042_add_index.sql",
              "charts/api/values.yaml", ".github/workflows/ci.yml", "/tmp/export_2024.csv", "scripts/backup.sh",
              "terraform/modules/vpc/main.tf", "packages/ui/package.json", "/var/lib/postgresql/data/pg_hba.conf"]


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("œ", "oe").replace("þ", "th").replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, loc, given, family, gender, middle=""):
        self.loc = loc
        self.given = given
        self.family = family
        self.gender = gender
        self.middle = middle
        info = LC.L[loc]
        self.script = info[4]
        self.order = info[5]
        self.sep = " "
        if self.script in ("hani", "hang"):
            self.sep = ""

    def full(self):
        if self.order == "e":
            return self.family + self.sep + self.given
        if self.order == "hu":
            return self.family + " " + self.given
        if self.order == "vi":
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        return self.given + " " + self.family

    def formal(self):
        """Name with patronymic (ru) where that is the formal form."""
        if self.middle and self.script == "cyrl":
            return f"{self.given} {self.middle} {self.family}"
        return self.full()

    def last_first(self):
        if self.order in ("e", "hu", "vi"):
            return self.full()
        return f"{self.family}, {self.given}"

    def tokens(self):
        return [t for t in (self.given + " " + self.family + " " + self.middle).split() if t]

    def latin(self):
        return self.script == "latn"

    def ascii_parts(self, rng):
        """(given, family) romanised in lowercase ASCII for handles and e-mails."""
        if self.script == "latn":
            g = fold(self.given.split()[0]).lower()
            f = fold(self.family.replace(" ", "")).lower()
        elif self.script == "cyrl":
            g = "".join(CYR.get(c, c) for c in self.given.lower())
            f = "".join(CYR.get(c, c) for c in self.family.lower())
        elif self.script == "grek":
            g = "".join(GRK.get(c, c) for c in self.given.lower())
            f = "".join(GRK.get(c, c) for c in self.family.lower())
        else:
            fams, givs = ROMAN.get(self.script, ROMAN["arab"])
            g, f = rng.choice(givs), rng.choice(fams)
        keep = set(string.ascii_lowercase + "-")
        g = "".join(c for c in g if c in keep).strip("-") or "x"
        f = "".join(c for c in f if c in keep).strip("-") or "y"
        return g, f


class Ctx:
    def __init__(self, rng):
        self.r = rng
        locs = set()
        for v in LC.L.values():
            locs.add(v[2])
            if v[3]:
                locs.add(v[3])
        locs.add("en_US")
        self.fk = {}
        for loc in sorted(locs):
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.addr_locs = sorted(c for c, v in LC.L.items() if v[3])

    # ------------------------------------------------------------ basics
    def ch(self, seq):
        return self.r.choice(seq)

    def lang(self, loc):
        return LC.L[loc][0]

    def country(self, loc):
        return LC.L[loc][1]

    def locales(self, lang=None, script=None):
        out = [c for c, v in LC.L.items() if (lang is None or v[0] == lang) and (script is None or v[4] == script)]
        return sorted(out)

    # ------------------------------------------------------------ people
    def person(self, loc=None, gender=None):
        if loc is None:
            loc = self.ch(sorted(LC.L))
        f = self.fk[LC.L[loc][2]]
        for _ in range(50):
            g = gender or self.ch("mf")
            if g == "m":
                given, family = f.first_name_male(), f.last_name_male()
            else:
                given, family = f.first_name_female(), f.last_name_female()
            given = given.strip()
            family = family.strip()
            middle = ""
            order = LC.L[loc][5]
            if order == "es" and self.r.random() < 0.7:
                second = f.last_name()
                if second != family:
                    family = f"{family} {second}"
            if order == "pt" and self.r.random() < 0.6:
                second = f.last_name()
                join = self.ch(["", "", "de ", "da ", "dos "]) if loc == "pt_BR" else self.ch(["", "", "da ", "de "])
                if second != family:
                    family = f"{join}{second}" + " " + family if join else f"{second} {family}"
            if order == "vi":
                middle = self.ch(["Văn", "Hữu", "Đức", "Minh", "Quốc"]) if g == "m" else self.ch(["Thị", "Ngọc", "Thu", "Thanh", "Kim"])
            if LC.L[loc][4] == "cyrl" and loc == "ru_RU" and self.r.random() < 0.35:
                middle = f.middle_name_male() if g == "m" else f.middle_name_female()
            p = Person(loc, given, family, g, middle)
            if loc == "ja_JP":
                p.sep = self.ch([" ", "", "\u3000"])
            full = p.full()
            if full in BLOCK_FULL or any(b in full for b in BLOCK_TOKEN):
                continue
            if any(ch.isdigit() for ch in full) or "." in full:
                continue
            return p
        raise RuntimeError("no name")

    # ------------------------------------------------------------ contact data
    def email(self, p=None, org=None):
        r = self.r
        if p is None:
            p = self.person()
        g, f = p.ascii_parts(r)
        style = r.randint(0, 7)
        local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}", f"{g}_{f}", f"{f}.{g}", f"{g}{r.randint(1, 99)}",
                 f"{g}.{f}{r.randint(70, 99)}", f"{g[0]}.{f}"][style]
        country = LC.L[p.loc][1]
        if org is True or (org is None and r.random() < 0.4):
            dom = r.choice(ORG_DOMAINS)
        else:
            dom = r.choice(FREE_MAIL.get(country, ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me"]))
        return f"{local}@{dom}"

    def phone(self, loc_or_country, style=None, ext=False, lang=None):
        c = LC.L[loc_or_country][1] if loc_or_country in LC.L else loc_or_country
        num = PH.phone(self.r, c, style)
        if ext:
            lang = lang or "en"
            fm = self.ch(PH.EXT.get(lang, PH.EXT["en"]))
            num += fm.format(e=self.r.randint(10, 4999))
        return num

    def address(self, loc=None, oneline=False):
        if loc is None or LC.L[loc][3] is None:
            loc = self.ch(self.addr_locs)
        a = self.fk[LC.L[loc][3]].address().strip()
        a = "\n".join(x.strip() for x in a.split("\n"))
        a = " ".join(a.split(" "))
        while "  " in a:
            a = a.replace("  ", " ")
        if oneline:
            a = a.replace("\n", ", ").replace(",,", ",")
        return a

    # ------------------------------------------------------------ dates
    def dob_date(self):
        start = dt.date(1938, 1, 1).toordinal()
        end = dt.date(2007, 12, 31).toordinal()
        return dt.date.fromordinal(self.r.randint(start, end))

    def recent_date(self, a=2023, b=2026):
        start = dt.date(a, 1, 1).toordinal()
        end = dt.date(b, 12, 31).toordinal()
        return dt.date.fromordinal(self.r.randint(start, end))

    def date(self, loc, d=None, style=None, dob=True):
        d = d or (self.dob_date() if dob else self.recent_date())
        return LC.fmt_date(self.r, LC.L[loc][0], LC.L[loc][1], d, style)

    def ts(self, kind=None):
        r = self.r
        d = self.recent_date(2023, 2025)
        h, m, s, ms = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)
        kind = kind if kind is not None else r.randint(0, 5)
        return [f"{d.isoformat()}T{h:02}:{m:02}:{s:02}.{ms:03}Z", f"{d.isoformat()} {h:02}:{m:02}:{s:02}",
                f"{d.isoformat()}T{h:02}:{m:02}:{s:02}+00:00", f"{d.day:02}/{LC.EN_SHORT[d.month-1]}/{d.year}:{h:02}:{m:02}:{s:02} +0000",
                f"{d.isoformat()} {h:02}:{m:02}:{s:02},{ms:03}", f"{d.isoformat()}T{h:02}:{m:02}:{s:02}Z"][kind]

    def ts_seq(self, n, kind=1):
        """n increasing timestamps a few minutes apart."""
        r = self.r
        d = self.recent_date(2023, 2025)
        base = dt.datetime(d.year, d.month, d.day, r.randint(7, 20), r.randint(0, 59), r.randint(0, 59))
        out = []
        for _ in range(n):
            base += dt.timedelta(seconds=r.randint(20, 600))
            if kind == 1:
                out.append(base.strftime("%Y-%m-%d %H:%M:%S"))
            elif kind == 0:
                out.append(base.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03}Z")
            elif kind == 2:
                out.append(base.strftime("%d/%m/%Y, %H:%M"))
            else:
                out.append(base.strftime("%H:%M"))
        return out

    def email_date(self):
        d = self.recent_date(2023, 2025)
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
        return f"{wd}, {d.day} {LC.EN_SHORT[d.month-1]} {d.year} {self.r.randint(7, 19):02}:{self.r.randint(0, 59):02}:{self.r.randint(0, 59):02} {self.ch(['+0000', '+0100', '+0200', '-0500', '+0900', '+0530'])}"

    # ------------------------------------------------------------ secrets
    def password(self, style=None, lang="en"):
        r = self.r
        style = style if style is not None else r.choices(range(9), [5, 3, 1, 3, 2, 2, 2, 1, 1])[0]
        w = lambda: r.choice(PW_WORDS)
        if style == 0:  # Harbor#4505
            return w().capitalize() + r.choice("#!@$%&*?") + str(r.randint(10, 9999))
        if style == 1:  # otter-falcon-harbor-53
            return "-".join(w() for _ in range(r.randint(2, 4))) + "-" + str(r.randint(1, 99))
        if style == 2:  # passphrase with spaces
            return " ".join(w() for _ in range(4))
        if style == 3:  # random strong
            pool = string.ascii_letters + string.digits + "!@#$%^&*-_+="
            while True:
                s = "".join(r.choice(pool) for _ in range(r.randint(12, 20)))
                if any(c.isdigit() for c in s) and any(c in "!@#$%^&*-_+=" for c in s) and s[0] not in "-_+=":
                    return s
        if style == 4:  # leet
            base = w()
            base = base.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
            return base.capitalize() + str(r.randint(0, 99)) + r.choice("!#$")
        if style == 5:  # seasonal
            return r.choice(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Changeme", "Letmein", "Qwerty"]) + \
                str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 123, 1, 12])) + r.choice(["!", "#", "", "!!", "$"])
        if style == 6:  # word_word99 / local-language words
            words = PW_FOREIGN.get(lang) or PW_WORDS
            a = r.choice(words)
            return a + r.choice(["_", ".", "#", "", "!"]) + str(r.randint(1, 2099)) + r.choice(["", "!", "?"])
        if style == 7:  # camel two words + digits
            return w().capitalize() + w().capitalize() + str(r.randint(1, 999))
        # style 8: mixed lowercase + digits
        return w() + str(r.randint(100, 99999)) + w()

    def url_password(self):
        """Password safe inside a URL userinfo (no reserved characters)."""
        r = self.r
        st = r.randint(0, 3)
        w = lambda: r.choice(PW_WORDS)
        if st == 0:
            return w().capitalize() + r.choice("_-.~") + str(r.randint(10, 9999))
        if st == 1:
            return "-".join(w() for _ in range(3)) + str(r.randint(1, 99))
        pool = string.ascii_letters + string.digits
        return "".join(r.choice(pool) for _ in range(r.randint(14, 24)))

    def pin(self, n=None):
        n = n or self.r.choice([4, 4, 4, 6, 5])
        while True:
            s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
            if len(set(s)) > 1:
                return s

    # ------------------------------------------------------------ finance / ids
    def card(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            pre, n = "4" + str(r.randint(0, 99999)).zfill(5), 16
        elif kind == "mc":
            pre, n = str(r.randint(51, 55)) + str(r.randint(0, 9999)).zfill(4), 16
        elif kind == "mc2":
            pre, n = str(r.randint(2221, 2720)) + str(r.randint(0, 99)).zfill(2), 16
        elif kind == "amex":
            pre, n = r.choice(["34", "37"]) + str(r.randint(0, 9999)).zfill(4), 15
        else:
            pre, n = "6011" + str(r.randint(0, 99)).zfill(2), 16
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        sep = r.choice([" ", " ", "-", ""])
        if n == 15:
            return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    BBAN = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "b4n10", "GB": "b4n14", "BE": "n12",
            "AT": "n16", "CH": "n17", "PL": "n24", "PT": "n21", "SE": "n20", "IE": "b4n14", "FI": "n14", "DK": "n14",
            "NO": "n11", "CZ": "n20", "RO": "b4n16", "HU": "n24", "GR": "n23", "TR": "n22", "SA": "n20", "AE": "n19",
            "IL": "n19", "LU": "n16"}
    BANKS = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"], "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"],
             "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"]}

    def iban(self, country=None):
        r = self.r
        country = country or r.choice(sorted(self.BBAN))
        spec = self.BBAN[country]
        bb = ""
        i = 0
        while i < len(spec):
            kind = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1:j])
            if kind == "n":
                bb += "".join(str(r.randint(0, 9)) for _ in range(n))
            elif kind == "a":
                bb += "".join(r.choice(string.ascii_uppercase) for _ in range(n))
            else:
                bb += r.choice(self.BANKS[country])
            i = j
        chk = 98 - iban_mod(country + "00" + bb)
        s = f"{country}{chk:02}{bb}"
        assert len(s) == IBAN_LEN[country], (country, s)
        if r.random() < 0.6:
            return " ".join(s[k:k + 4] for k in range(0, len(s), 4))
        return s

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        sep = r.choice(["-", "-", "-", " "])
        return f"{a:03}{sep}{g:02}{sep}{s:04}"

    def health(self, lang="en", kind=None):
        kind = kind or self.ch(["cond", "cond", "med"])
        src = HEALTH_COND if kind == "cond" else HEALTH_MED
        return self.ch(src.get(lang, src["en"]))

    # ------------------------------------------------------------ decoys
    def order_id(self):
        r = self.r
        k = r.randint(0, 9)
        y = r.choice([2023, 2024, 2025])
        return [f"ORD-{y}-{r.randint(100000, 999999)}", f"#{r.randint(10000000, 99999999)}",
                f"PO-{r.randint(4500000000, 4599999999)}", f"INV-{y}-{r.randint(1, 99999):05}",
                f"A{r.randint(100, 999)}-{r.randint(1000000, 9999999)}", f"SO{r.randint(1000000, 9999999)}",
                f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                f"RMA-{r.randint(10000, 99999)}", f"CASE-{r.randint(100000, 999999)}",
                f"TKT-{r.randint(10000, 99999)}"][k]

    def tracking(self):
        r = self.r
        k = r.randint(0, 4)
        alnum = string.ascii_uppercase + string.digits
        if k == 0:
            return "1Z" + "".join(r.choice(alnum) for _ in range(6)) + "".join(str(r.randint(0, 9)) for _ in range(10))
        if k == 1:
            return "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + str(r.randint(100000000, 999999999)) + r.choice(["DE", "GB", "CN", "NL", "US", "JP"])
        if k == 2:
            return "JJD" + "".join(str(r.randint(0, 9)) for _ in range(18))
        if k == 3:
            return " ".join(str(r.randint(1000, 9999)) for _ in range(5))
        return str(r.randint(10 ** 11, 10 ** 12 - 1))

    def isbn(self):
        r = self.r
        body = "978" + str(r.randint(0, 1)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        chk = (10 - tot % 10) % 10
        full = body + str(chk)
        if r.random() < 0.6:
            return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"
        return full

    def version(self):
        r = self.r
        k = r.randint(0, 5)
        a, b, c = r.randint(0, 20), r.randint(0, 40), r.randint(0, 30)
        return [f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}", f"v{a}.{b}.{c}-rc.{r.randint(1, 5)}",
                f"{r.choice([2023, 2024, 2025])}.{r.randint(1, 12)}.{r.randint(0, 9)}", f"{a}.{b}.{c}-beta.{r.randint(1, 9)}"][k]

    def price(self, cur=None):
        r = self.r
        amt = r.choice([r.randint(1, 99) + r.choice([0, 0.5, 0.99, 0.95, 0.49]), r.randint(100, 9999) + r.choice([0, 0.99, 0.5])])
        k = cur or r.choice(["$", "€", "£", "¥", "R$", "₹", "zł", "CHF", "kr", "€de"])
        whole = int(amt)
        cents = round((amt - whole) * 100)
        if k == "$":
            return f"${whole:,}.{cents:02}"
        if k == "£":
            return f"£{whole:,}.{cents:02}"
        if k == "€":
            return f"€{whole:,}.{cents:02}"
        if k == "€de":
            return f"{whole:,}".replace(",", ".") + f",{cents:02} €"
        if k == "¥":
            return f"¥{whole * 100:,}"
        if k == "R$":
            return "R$ " + f"{whole:,}".replace(",", ".") + f",{cents:02}"
        if k == "₹":
            return f"₹{whole:,}"
        if k == "zł":
            return f"{whole},{cents:02} zł"
        if k == "CHF":
            return f"CHF {whole}.{cents:02}"
        return f"{whole},{cents:02} kr"

    def hexh(self, n=None):
        n = n or self.ch([7, 8, 12, 40, 40, 64])
        return "".join(self.ch("0123456789abcdef") for _ in range(n))

    def path(self):
        return self.ch(FILE_PATHS)

    def ops(self):
        return self.ch(OPS_TERMS)
