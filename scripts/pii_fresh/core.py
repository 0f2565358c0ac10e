"""Core machinery: a span-tracking text builder, value generators (Luhn cards,
mod-97 IBANs, SSNs, IPs, e-mails), decoy generators and the per-document
context used by the templates."""

import json
import re
import urllib.parse

import geo
import lang as L
from names import GROUPS, Person, ascii_fold, split_pair


# =========================================================================== builder
class B:
    """A list of (text, kind, type) segments; kind is None, 'e' (entity) or 'd' (decoy)."""

    __slots__ = ("segs",)

    def __init__(self, *parts):
        self.segs = []
        for p in parts:
            self.add(p)

    def add(self, p):
        if p is None:
            return self
        if isinstance(p, str):
            if p:
                self.segs.append((p, None, None))
        elif isinstance(p, B):
            self.segs.extend(p.segs)
        elif isinstance(p, (list, tuple)):
            for x in p:
                self.add(x)
        else:
            self.segs.append((str(p), None, None))
        return self

    def __add__(self, other):
        return B(self, other)

    def __radd__(self, other):
        return B(other, self)

    def map(self, fn):
        b = B()
        b.segs = [(fn(t), k, ty) for (t, k, ty) in self.segs]
        return b

    def plain(self):
        return "".join(t for t, _, _ in self.segs)

    def has_entities(self):
        return any(k == "e" for _, k, _ in self.segs)

    def build(self):
        out, ents, decs, pos = [], [], [], 0
        for t, k, ty in self.segs:
            if k:
                assert t, "empty labelled segment"
                (ents if k == "e" else decs).append({"type": ty, "start": pos, "end": pos + len(t), "value": t})
            out.append(t)
            pos += len(t)
        return "".join(out), ents, decs


def E(typ, val):
    b = B()
    b.segs.append((val, "e", typ))
    return b


def Dc(typ, val):
    b = B()
    b.segs.append((val, "d", typ))
    return b


def J(sep, items):
    b = B()
    for i, it in enumerate(items):
        if i:
            b.add(sep)
        b.add(it)
    return b


_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(template, **slots):
    """Replace {name} with slots[name] (str or B); other braces stay literal."""
    b = B()
    pos = 0
    for m in _SLOT.finditer(template):
        k = m.group(1)
        if k not in slots:
            continue
        b.add(template[pos:m.start()])
        b.add(slots[k])
        pos = m.end()
    b.add(template[pos:])
    return b


# escapes (applied per segment; all are character-local)
def json_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def json_esc_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def sql_esc(s):
    return s.replace("'", "''")


def csv_esc(s):
    return s.replace('"', '""')


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def url_q(s):
    return urllib.parse.quote(s, safe="")


def url_qp(s):
    return urllib.parse.quote_plus(s, safe="")


def logfmt_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def yaml_dq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


# =========================================================================== value generators
def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
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


CARD_BRANDS = [("Visa", lambda r: "4", 16, 30), ("Mastercard", lambda r: str(r.randint(51, 55)), 16, 20),
               ("Mastercard", lambda r: str(r.randint(2221, 2720)), 16, 6), ("Amex", lambda r: r.choice(["34", "37"]), 15, 10),
               ("Discover", lambda r: r.choice(["6011", "65"]), 16, 5), ("JCB", lambda r: str(r.randint(3528, 3589)), 16, 4),
               ("Diners", lambda r: "36", 14, 2), ("UnionPay", lambda r: "62", 16, 3), ("UnionPay", lambda r: "62", 19, 1),
               ("Maestro", lambda r: "6759", 16, 1)]


def card_number(rng):
    brand, pre, n, _ = rng.choices(CARD_BRANDS, weights=[c[3] for c in CARD_BRANDS])[0]
    p = pre(rng)
    body = p + "".join(rng.choice("0123456789") for _ in range(n - len(p) - 1))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return brand, num


def group_card(rng, num, sep=None):
    if sep is None:
        sep = rng.choice([" ", " ", " ", "-", ""])
    n = len(num)
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


IBAN_SPECS = {
    "DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11c2n", "ES": "4n4n2n10n", "IT": "1a5n5n12c", "NL": "4a10n", "BE": "3n7n2n",
    "AT": "5n11n", "CH": "5n12c", "PL": "8n16n", "PT": "4n4n11n2n", "SE": "3n16n1n", "DK": "4n9n1n", "NO": "4n6n1n",
    "FI": "3n11n", "IE": "4a6n8n", "TR": "5n1n16c", "GR": "3n4n16c", "SA": "2n18c", "AE": "3n16n", "IL": "3n3n13n",
    "CZ": "4n6n10n", "BR": "8n5n10n1a1c", "LU": "3n13c", "RO": "4a16c", "HU": "3n4n1n15n1n",
}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "BUNQ"],
              "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["RNCB", "BTRL", "INGB"]}


def _expand(rng, spec):
    out = []
    for cnt, kind in re.findall(r"(\d+)([nac])", spec):
        for _ in range(int(cnt)):
            if kind == "n":
                out.append(rng.choice("0123456789"))
            elif kind == "a":
                out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            else:
                out.append(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return "".join(out)


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "").replace("\n", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_number(rng, cc):
    spec = IBAN_SPECS[cc]
    bban = _expand(rng, spec)
    if cc in IBAN_BANKS:
        bban = rng.choice(IBAN_BANKS[cc]) + bban[4:]
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    if cc == "BE":  # national check: last two digits = first ten mod 97
        first = bban[:10]
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    iban = cc + iban_check(cc, bban) + bban
    assert iban_valid(iban)
    return iban


def group_iban(rng, iban, grouped=None):
    if grouped is None:
        grouped = rng.random() < 0.7
    if not grouped:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


COUNTRY_IBAN = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "NL": "NL", "IT": "IT", "ES": "ES", "PT": "PT",
                "PL": "PL", "SE": "SE", "DK": "DK", "NO": "NO", "FI": "FI", "IE": "IE", "UK": "GB", "GB": "GB", "TR": "TR",
                "GR": "GR", "SA": "SA", "AE": "AE", "IL": "IL", "CZ": "CZ", "BR": "BR"}


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = rng.choice(["%03d-%02d-%04d"] * 6 + ["%03d %02d %04d", "%03d%02d%04d"])
    return fmt % (a, g, s)


def ipv4(rng):
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 169, 172, 192, 100, 198, 203, 0):
            break
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    pre = rng.choice(["2a02:8108", "2600:1700", "2a01:cb00", "2406:da18", "2003:e1", "2804:14c", "2409:8a28", "2a00:23c8"])
    tail = [("%x" % rng.randint(0, 0xffff)) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.5:
        return pre + ":" + ":".join(tail[:2]) + "::" + tail[-1]
    full = pre.split(":") + tail
    while len(full) < 8:
        full.append("%x" % rng.randint(0, 0xffff))
    return ":".join(full[:8])


EMAIL_DOMAINS = {
    "US": ["aol.com", "comcast.net", "yahoo.com"], "UK": ["btinternet.com", "yahoo.co.uk", "sky.com"], "GB": ["btinternet.com"],
    "IE": ["eircom.net", "gmail.com"], "CA": ["rogers.com", "videotron.ca", "shaw.ca"], "AU": ["bigpond.com", "optusnet.com.au"],
    "DE": ["web.de", "gmx.de", "t-online.de"], "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch", "gmx.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net"], "BE": ["telenet.be", "skynet.be"], "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it"], "ES": ["telefonica.net", "yahoo.es"], "PT": ["sapo.pt", "netcabo.pt"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"], "SE": ["telia.com", "bredband.net"],
    "DK": ["mail.dk", "jubii.dk"], "NO": ["online.no", "hotmail.no"], "FI": ["luukku.com", "kolumbus.fi"], "TR": ["yandex.com.tr", "hotmail.com.tr"],
    "GR": ["otenet.gr", "yahoo.gr"], "RU": ["mail.ru", "yandex.ru", "rambler.ru"], "UA": ["ukr.net", "i.ua"], "BR": ["uol.com.br", "bol.com.br", "terra.com.br"],
    "MX": ["prodigy.net.mx", "hotmail.com"], "AR": ["fibertel.com.ar", "yahoo.com.ar"], "CO": ["une.net.co", "hotmail.com"],
    "IN": ["rediffmail.com", "yahoo.co.in"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"], "KR": ["naver.com", "daum.net", "hanmail.net"],
    "CN": ["qq.com", "163.com", "126.com"], "VN": ["yahoo.com.vn"], "TH": ["hotmail.co.th"], "ID": ["yahoo.co.id"], "MY": ["yahoo.com.my"],
    "KE": ["yahoo.com"], "NG": ["yahoo.com"], "PH": ["yahoo.com.ph"], "IL": ["walla.co.il", "bezeqint.net"], "AE": ["emirates.net.ae"],
    "SA": ["hotmail.com"], "EG": ["yahoo.com"], "BD": ["yahoo.com"],
}
COMPANY_DOMAINS = ["veltrion.com", "halcyonhealth.org", "blueharbor.io", "ferrovia-tech.it", "nordlicht-gmbh.de", "tienda-sol.es",
                   "solucoes-br.com.br", "kestrel-analytics.co.uk", "maplewood-clinic.ca", "lumio.app", "quantafin.eu",
                   "sakura-shoji.co.jp", "hanbit-soft.kr", "rivergate.com.au", "oranjeboom-logistiek.nl", "polarsoft.fi"]


def email_addr(rng, p, country):
    g, f = p.email_parts()
    if not f or p.mononym:
        f = ""
    if country == "CN" and rng.random() < 0.35:
        return "%d@qq.com" % rng.randint(10000000, 3999999999)
    styles = ["{g}.{f}", "{g}{f}", "{gi}{f}", "{g}_{f}", "{f}.{g}", "{g}.{f}{n}", "{g}{n}", "{gi}.{f}", "{f}{gi}{n}", "{g}-{f}"]
    st = rng.choice(styles)
    if not f:
        st = rng.choice(["{g}{n}", "{g}.{n}", "{g}_{y}"])
    local = st.format(g=g, f=f, gi=g[:1], n=rng.randint(1, 99), y=rng.randint(1960, 2006))
    if rng.random() < 0.25:
        dom = rng.choice(COMPANY_DOMAINS)
    elif rng.random() < 0.5:
        dom = rng.choice(["gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com", "proton.me"])
    else:
        dom = rng.choice(EMAIL_DOMAINS.get(country, ["gmail.com"]))
    if rng.random() < 0.04:
        local += "+%s" % rng.choice(["shop", "news", "work", "2fa"])
    if rng.random() < 0.05:
        return (local + "@" + dom).upper() if rng.random() < 0.5 else local.capitalize() + "@" + dom
    return local + "@" + dom


# =========================================================================== decoys
OPS_TERMS = ["Dr. Pepper", "Mercury", "Amazon", "Victoria Station", "Jack Daniel's", "Ben & Jerry's", "Wendy's", "Jenkins",
             "Django", "Alexa", "Siri", "Cortana", "Dr. Martens", "Mrs. Fields", "Johnnie Walker", "Captain Morgan",
             "Tim Hortons", "Marks & Spencer", "Sainsbury's", "Dell", "Ford", "Ferrari", "Mercedes", "Porsche", "Kellogg's",
             "Heinz", "Nestlé", "Philips", "Siemens", "Bosch", "Oracle", "Apollo", "Hermes", "Santander", "El Corte Inglés",
             "Galeries Lafayette", "Carrefour", "Lidl", "Aldi", "Migros", "Albert Heijn", "Zara", "Uniqlo", "Toyota",
             "Suzuki", "Honda", "Matsumoto Kiyoshi", "Hyundai", "Samsung", "Lotte", "Paris", "Sydney", "Austin",
             "Lincoln", "Florence", "Georgia", "Jordan", "Chelsea", "Madison Square Garden", "St. Louis", "San José",
             "Santa Clara", "Penn Station", "Gare de Lyon", "Alexanderplatz", "King's Cross", "Grand Central", "Kafka",
             "Cassandra", "Jupyter", "Ansible", "Kubernetes", "Grafana", "Prometheus", "Hugo", "Sentry", "Jira",
             "Confluence", "Heroku", "Tesla", "Edison", "Johns Hopkins", "Wells Fargo", "Morgan Stanley", "Charles Schwab",
             "Goldman Sachs", "Ernst & Young", "Dolce & Gabbana", "Louis Vuitton", "Calvin Klein", "Ralph Lauren",
             "Hugo Boss", "Tommy Hilfiger", "Cadbury", "Lipton", "Nivea", "Dr. Oetker", "Harry Potter", "Sherlock Holmes",
             "Mickey Mouse", "Peppa Pig", "Kaufland", "Rossmann", "Mercadona", "Pão de Açúcar", "Magazine Luiza",
             "Casas Bahia", "Bodega Aurrera", "OXXO", "Coppel", "Jollibee", "Tokopedia", "Gojek", "Yandex", "Wildberries",
             "Rakuten", "Yamato Transport", "Naver", "Kakao", "Alibaba", "Tencent", "Meituan", "Vinamilk", "Grab",
             "Shopee", "Lazada", "M-Pesa", "Dangote Cement", "Flipkart", "Tata Motors", "Mahindra", "Bajaj", "Ronald McDonald House",
             "Lake Victoria", "Mount Kenya", "Martha's Vineyard", "Washington Square", "St. Pancras", "Hotel Adlon",
             "Trader Joe's", "Dunkin'", "Marie Callender's", "Popeyes", "Chick-fil-A", "Arby's", "Carl's Jr.",
             "Aunt Anne's", "Sam's Club", "Macy's", "Kohl's", "Dillard's", "Ben Nevis", "Big Ben", "Saint Laurent"]

VERSIONS_PREFIX = ["v", "", "", "version ", "ver. "]


def d_version(rng):
    r = rng.random()
    if r < 0.4:
        s = "%d.%d.%d" % (rng.randint(0, 12), rng.randint(0, 40), rng.randint(0, 30))
    elif r < 0.55:
        s = "%d.%d.%d-%s.%d" % (rng.randint(0, 5), rng.randint(0, 20), rng.randint(0, 9), rng.choice(["rc", "beta", "alpha"]), rng.randint(1, 5))
    elif r < 0.7:
        s = "%d.%d.%d.%d" % (rng.randint(1, 130), rng.randint(0, 9), rng.randint(1000, 20000), rng.randint(1, 400))
    elif r < 0.8:
        s = "%d.%02d.%d" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(0, 9))
    else:
        s = "%d.%d" % (rng.randint(1, 20), rng.randint(0, 99))
    if rng.random() < 0.35:
        s = "v" + s
    return s


def d_order(rng):
    return rng.choice([
        "ORD-%d-%06d" % (rng.randint(2021, 2026), rng.randint(1, 999999)),
        "#A%d-%02d" % (rng.randint(1000, 99999), rng.randint(1, 99)),
        "PO-%d" % rng.randint(4500000000, 4509999999),
        "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999)),
        "INV/%d/%05d" % (rng.randint(2021, 2026), rng.randint(1, 99999)),
        "SO-%d" % rng.randint(10000, 99999), "RMA%d" % rng.randint(100000, 999999),
        "%s%d" % (rng.choice(["BK", "TX", "AZ"]), rng.randint(10000000, 99999999)),
    ])


CURR = [("$%s", "en"), ("€%s", "en"), ("%s €", "eu"), ("£%s", "en"), ("¥%s", "jp"), ("R$ %s", "br"), ("CHF %s", "en"),
        ("₹%s", "in"), ("%s zł", "eu"), ("₩%s", "kr"), ("USD %s", "en"), ("%s kr", "eu"), ("%s TL", "eu"), ("%s ₫", "vn"),
        ("Rp %s", "id"), ("RM %s", "en"), ("KSh %s", "en"), ("₦%s", "en"), ("₱%s", "en"), ("%s руб.", "eu"), ("AED %s", "en")]


def d_price(rng):
    fmt, style = rng.choice(CURR)
    v = rng.choice([rng.randint(1, 99) + rng.randint(0, 99) / 100, rng.randint(100, 9999) + rng.choice([0, 0.5, 0.99]),
                    float(rng.randint(10, 300) * 100)])
    if style in ("jp", "kr", "vn", "id"):
        s = "{:,}".format(int(v * (100 if style != "jp" else 10)))
        if style in ("vn", "id"):
            s = s.replace(",", ".")
    elif style in ("eu", "br"):
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", "." if style == "br" else " ")
    elif style == "in":
        s = "{:,.0f}".format(v)
    else:
        s = "{:,.2f}".format(v)
    return fmt % s


def d_numeric(rng):
    r = rng.random()
    if r < 0.2:
        return str(rng.randint(1000000, 99999999))
    if r < 0.35:
        # 16 digits that fail Luhn (looks like a card, is not)
        while True:
            s = "".join(rng.choice("0123456789") for _ in range(16))
            if not luhn_ok(s):
                return s
    if r < 0.5:
        return str(rng.randint(10 ** 12, 10 ** 13 - 1))
    if r < 0.6:
        body = "".join(rng.choice("0123456789") for _ in range(12))  # EAN-13 with valid check digit
        tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        return body + str((10 - tot % 10) % 10)
    if r < 0.7:
        return "%d-%04d-%03d" % (rng.randint(2019, 2026), rng.randint(1, 9999), rng.randint(1, 999))
    if r < 0.8:
        return str(rng.randint(1700000000, 1790000000))  # unix time
    if r < 0.9:
        return "%d" % rng.randint(100, 99999)
    return "00%d" % rng.randint(10000000, 99999999)


def d_hex(rng):
    r = rng.random()
    h = "0123456789abcdef"
    if r < 0.3:
        return "".join(rng.choice(h) for _ in range(64))
    if r < 0.45:
        return "".join(rng.choice(h) for _ in range(32))
    if r < 0.65:
        return "".join(rng.choice(h) for _ in range(rng.choice([7, 8, 12, 40])))
    if r < 0.9:
        u = "".join(rng.choice(h) for _ in range(32))
        return "%s-%s-4%s-%s%s-%s" % (u[:8], u[8:12], u[13:16], rng.choice("89ab"), u[17:20], u[20:32])
    return "0x" + "".join(rng.choice(h) for _ in range(12))


def d_path(rng):
    return rng.choice([
        "/var/log/nginx/access.log", "/var/lib/postgresql/14/main/pg_wal", "C:\\Program Files\\Acme\\config.ini",
        "./src/components/UserForm.tsx", "~/projects/api/.env.example", "s3://bucket-prod/exports/%d/%02d/report.csv" % (rng.randint(2022, 2026), rng.randint(1, 12)),
        "/home/deploy/app/releases/%d%02d%02d/" % (rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)),
        "/etc/ssl/certs/ca-certificates.crt", "app/models/customer.rb", "src/main/java/com/acme/billing/InvoiceService.java",
        "D:\\Backups\\2024\\db_dump.sql.gz", "/opt/app/bin/worker", "tests/fixtures/orders_sample.json", "/tmp/upload_%d.part" % rng.randint(1000, 99999),
        "gs://ml-artifacts/models/ranker/v%d/model.pt" % rng.randint(1, 40), "~/Library/Caches/com.acme.desktop", "/usr/local/lib/python3.11/site-packages/",
        "docs/runbooks/oncall.md", "charts/api/values-prod.yaml", "pkg/handlers/profile.go",
    ])


def d_ops(rng):
    return rng.choice(OPS_TERMS)


def d_timestamp(rng, kind=None):
    d = L.rand_recent(rng)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    kind = kind or rng.choice(["iso", "isoz", "log", "ms", "rfc", "human"])
    if kind == "iso":
        return "%sT%02d:%02d:%02d%s" % (d.isoformat(), hh, mm, ss, rng.choice(["+01:00", "+00:00", "-05:00", "+09:00", "+02:00"]))
    if kind == "isoz":
        return "%sT%02d:%02d:%02d.%03dZ" % (d.isoformat(), hh, mm, ss, rng.randint(0, 999))
    if kind == "log":
        return "%s %02d:%02d:%02d,%03d" % (d.isoformat(), hh, mm, ss, rng.randint(0, 999))
    if kind == "ms":
        return "%s %02d:%02d:%02d" % (d.isoformat(), hh, mm, ss)
    if kind == "rfc":
        return "%s, %02d %s %d %02d:%02d:%02d %s" % (d.strftime("%a"), d.day, L.EN_ABBR[d.month - 1], d.year, hh, mm, ss,
                                                     rng.choice(["+0000", "+0100", "-0500", "+0900"]))
    if kind == "clf":
        return "%02d/%s/%d:%02d:%02d:%02d +0000" % (d.day, L.EN_ABBR[d.month - 1], d.year, hh, mm, ss)
    return "%s %d %s %d" % (d.strftime("%a"), d.day, L.EN_ABBR[d.month - 1], d.year)


DECOY_GEN = {"VERSION": d_version, "ORDER_ID": d_order, "PRICE": d_price, "NUMERIC_ID": d_numeric, "HEX_HASH": d_hex,
             "FILE_PATH": d_path, "OPS_TERM": d_ops}


# =========================================================================== locales
# locale -> (name group, country, language)
LOCALES = {
    "en-US": ("anglo", "US", "en", 7.5), "en-GB": ("anglo", "UK", "en", 5), "en-AU": ("anglo", "AU", "en", 3),
    "en-CA": ("anglo", "CA", "en", 3), "en-IE": ("irish", "IE", "en", 3), "en-NG": ("nigerian", "NG", "en", 3),
    "en-IN": ("indian", "IN", "en", 4), "hi-IN": ("hindi", "IN", "hi", 2), "bn-BD": ("bengali", "BD", "bn", 1.5),
    "ta-IN": ("tamil", "IN", "ta", 1.5), "es-ES": ("spanish", "ES", "es", 3), "es-MX": ("spanish", "MX", "es", 3),
    "es-AR": ("spanish", "AR", "es", 1.5), "es-CO": ("spanish", "CO", "es", 1.5), "pt-PT": ("portuguese", "PT", "pt", 1.5),
    "pt-BR": ("portuguese", "BR", "pt", 3), "fr-FR": ("french", "FR", "fr", 3), "fr-BE": ("french", "BE", "fr", 1),
    "fr-CH": ("french", "CH", "fr", 1), "fr-CA": ("french", "CA", "fr", 1.5), "de-DE": ("german", "DE", "de", 3.5),
    "de-AT": ("german", "AT", "de", 1.5), "de-CH": ("german", "CH", "de", 1.5), "it-IT": ("italian", "IT", "it", 2.5),
    "nl-NL": ("dutch", "NL", "nl", 2), "nl-BE": ("dutch", "BE", "nl", 1), "pl-PL": ("polish", "PL", "pl", 2),
    "cs-CZ": ("czech", "CZ", "cs", 1.5), "sv-SE": ("nordic", "SE", "sv", 1.5), "nb-NO": ("nordic", "NO", "nb", 1),
    "da-DK": ("nordic", "DK", "da", 1), "fi-FI": ("finnish", "FI", "fi", 1.5), "tr-TR": ("turkish", "TR", "tr", 2),
    "el-GR": ("greek", "GR", "el", 1.5), "ru-RU": ("russian", "RU", "ru", 2), "uk-UA": ("ukrainian", "UA", "uk", 1.5),
    "ar-SA": ("arabic", "SA", "ar", 1.2), "ar-AE": ("arabic", "AE", "ar", 1.2), "ar-EG": ("arabic", "EG", "ar", 1),
    "he-IL": ("hebrew", "IL", "he", 1.5), "zh-CN": ("chinese", "CN", "zh", 3), "ja-JP": ("japanese", "JP", "ja", 3),
    "ko-KR": ("korean", "KR", "ko", 2.5), "vi-VN": ("vietnamese", "VN", "vi", 2), "th-TH": ("thai", "TH", "th", 1.5),
    "id-ID": ("malay_indo", "ID", "id", 1.5), "ms-MY": ("malay_indo", "MY", "ms", 1), "sw-KE": ("swahili", "KE", "sw", 1.5),
    "fil-PH": ("filipino", "PH", "fil", 1.5),
}

LOCALE_GROUP = {  # for reporting
    "en-US": "English", "en-GB": "English", "en-AU": "English", "en-CA": "English", "en-IE": "English/Irish",
    "en-NG": "Nigerian (Yoruba/Igbo/Hausa)", "en-IN": "Indian (Latin)", "hi-IN": "Hindi", "bn-BD": "Bengali", "ta-IN": "Tamil",
    "es-ES": "Spanish", "es-MX": "Spanish", "es-AR": "Spanish", "es-CO": "Spanish", "pt-PT": "Portuguese", "pt-BR": "Portuguese",
    "fr-FR": "French", "fr-BE": "French", "fr-CH": "French", "fr-CA": "French", "de-DE": "German", "de-AT": "German",
    "de-CH": "German", "it-IT": "Italian", "nl-NL": "Dutch/Flemish", "nl-BE": "Dutch/Flemish", "pl-PL": "Polish",
    "cs-CZ": "Czech", "sv-SE": "Nordic", "nb-NO": "Nordic", "da-DK": "Nordic", "fi-FI": "Finnish", "tr-TR": "Turkish",
    "el-GR": "Greek", "ru-RU": "Russian", "uk-UA": "Ukrainian", "ar-SA": "Arabic", "ar-AE": "Arabic", "ar-EG": "Arabic",
    "he-IL": "Hebrew", "zh-CN": "Chinese", "ja-JP": "Japanese", "ko-KR": "Korean", "vi-VN": "Vietnamese", "th-TH": "Thai",
    "id-ID": "Indonesian/Malay", "ms-MY": "Indonesian/Malay", "sw-KE": "Swahili", "fil-PH": "Filipino",
}

TITLES = {
    "en": (["Mr.", "Mr", "Dr."], ["Ms.", "Mrs.", "Ms", "Dr."]), "es": (["Sr.", "don", "Dr."], ["Sra.", "doña", "Dra."]),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra.", "D."]), "fr": (["M.", "Monsieur", "Dr"], ["Mme", "Madame", "Dr"]),
    "de": (["Herr", "Herrn", "Dr."], ["Frau", "Dr."]), "it": (["Sig.", "Dott.", "Ing."], ["Sig.ra", "Dott.ssa"]),
    "nl": (["meneer", "dhr."], ["mevrouw", "mw."]), "pl": (["Pan", "pan"], ["Pani", "pani"]), "cs": (["pan"], ["paní"]),
    "ru": (["г-н"], ["г-жа"]), "uk": (["пан"], ["пані"]), "el": (["κ."], ["κα"]), "ar": (["السيد"], ["السيدة"]),
    "he": (["מר"], ["גב'"]), "hi": (["श्री"], ["श्रीमती"]), "vi": (["Ông", "anh"], ["Bà", "chị"]), "th": (["คุณ"], ["คุณ"]),
    "id": (["Bapak", "Pak"], ["Ibu", "Bu"]), "ms": (["Encik"], ["Puan"]), "fil": (["G."], ["Gng."]), "sw": (["Bw."], ["Bi."]),
    "tr": (["Sayın"], ["Sayın"]), "sv": ([""], [""]), "da": ([""], [""]), "nb": ([""], [""]), "fi": ([""], [""]),
}
SUFFIX_HON = {"ja": (["様", "さん"], ["様", "さん"]), "zh": (["先生"], ["女士", "小姐"]), "ko": (["님", "씨"], ["님", "씨"]),
              "tr": ([" Bey"], [" Hanım"])}


class Ctx:
    """Everything one document needs: locale, text language and value helpers."""

    def __init__(self, rng, locale, lang):
        self.rng = rng
        self.locale = locale
        g, c, l, _ = LOCALES[locale]
        self.group, self.country, self.native_lang = g, c, l
        self.lang = lang

    # -- people ---------------------------------------------------------
    def person(self, group=None, foreign=0.12, gender=None):
        rng = self.rng
        if group is None:
            group = self.group
            if rng.random() < foreign:
                group = rng.choice(sorted(GROUPS))
        for _ in range(50):
            p = Person(rng, group)
            if gender is None or p.gender == gender:
                break
        if group == "vietnamese":
            p._vi_diacritics = rng.random() < 0.55
        return p

    def case(self, s, p_lower=0.05, p_upper=0.04):
        r = self.rng.random()
        if r < p_lower:
            return s.lower()
        if r < p_lower + p_upper:
            return s.upper()
        return s

    def full(self, p, case=True):
        s = p.full_name(self.lang)
        return E("PERSON", self.case(s) if case else s)

    def short(self, p, case=True):
        s = p.short(self.rng, self.lang)
        return E("PERSON", self.case(s, 0.06, 0.02) if case else s)

    def given(self, p):
        return E("PERSON", p.given_name(self.lang))

    def family(self, p):
        return E("PERSON", p.family_name(self.lang))

    def formal(self, p):
        """Title + family name (title outside the span), or family + honorific."""
        rng, lang = self.rng, self.lang
        idx = 0 if p.gender == "m" else 1
        if p.mononym:
            return self.full(p, case=False)
        if lang in SUFFIX_HON and (lang != "tr" or rng.random() < 0.5):
            suf = rng.choice(SUFFIX_HON[lang][idx])
            if lang == "tr":
                return B(E("PERSON", p.given_name(lang)), suf)
            return B(E("PERSON", p.family_name(lang)), suf)
        t = rng.choice(TITLES.get(lang, TITLES["en"])[idx])
        if lang == "vi":
            return B(t + " ", E("PERSON", p.given_name(lang)))
        if lang == "th":
            return B(t, E("PERSON", p.given_name(lang)))
        if not t:
            return self.full(p, case=False)
        return B(t + " ", E("PERSON", p.family_name(lang)))

    def mention(self, p):
        """A later mention in running text."""
        r = self.rng.random()
        if r < 0.6:
            return self.short(p)
        if r < 0.8:
            return self.formal(p)
        return self.full(p)

    # -- values ---------------------------------------------------------
    def addr(self, multiline=None, country=None):
        rng = self.rng
        lines, sep = geo.address(rng, country or self.country, self.lang)
        if multiline is None:
            multiline = rng.random() < 0.4
        txt = "\n".join(lines) if multiline and len(lines) > 1 else sep.join(lines)
        return E("ADDRESS", txt)

    def addr_raw(self, country=None):
        return geo.address(self.rng, country or self.country, self.lang)

    def dob_val(self, style=None, child=False):
        d = L.rand_dob(self.rng, child)
        return L.fmt_date(self.rng, d, self.lang, self.country, style)

    def dob(self, style=None, child=False):
        return E("DATE_OF_BIRTH", self.dob_val(style, child))

    def phone_val(self, country=None):
        return geo.phone(self.rng, country or self.country)

    def phone(self, country=None):
        return E("PHONE", self.phone_val(country))

    def email_val(self, p):
        return email_addr(self.rng, p, self.country)

    def email(self, p):
        return E("EMAIL", self.email_val(p))

    def pw_val(self, style=None, urlsafe=False):
        while True:
            s = L.password(self.rng, self.lang if self.rng.random() < 0.6 else "en", style, urlsafe)
            if urlsafe and not s.isascii():
                continue
            return s

    def pw(self, style=None, urlsafe=False):
        return E("PASSWORD", self.pw_val(style, urlsafe))

    def card_val(self, sep=None):
        brand, num = card_number(self.rng)
        return brand, group_card(self.rng, num, sep)

    def card(self, sep=None):
        return E("CREDIT_CARD", self.card_val(sep)[1])

    def iban_val(self, grouped=None):
        cc = COUNTRY_IBAN.get(self.country) or self.rng.choice(["DE", "FR", "ES", "NL", "GB", "IT", "BE", "PT", "PL", "CH"])
        return group_iban(self.rng, iban_number(self.rng, cc), grouped)

    def iban(self, grouped=None):
        return E("IBAN", self.iban_val(grouped))

    def health_val(self, med=None):
        return L.health(self.rng, self.lang, med)

    def health(self, med=None):
        return E("HEALTH", self.health_val(med)[0])

    def ssn(self):
        return E("US_SSN", ssn(self.rng))

    def ip_val(self):
        return ipv4(self.rng) if self.rng.random() < 0.8 else ipv6(self.rng)

    def ip(self):
        return E("IP_ADDRESS", self.ip_val())

    def lbl(self, key):
        return L.label(self.lang, key)

    def sent(self, key):
        return L.sent(self.rng, self.lang, key)

    # -- decoys ---------------------------------------------------------
    def dc(self, typ):
        if typ == "DATE":
            return Dc("DATE", d_timestamp(self.rng))
        return Dc(typ, DECOY_GEN[typ](self.rng))

    def ts(self, kind=None):
        return Dc("DATE", d_timestamp(self.rng, kind))

    def date_human(self):
        """An ordinary (non-birth) date in the text language."""
        return Dc("DATE", L.fmt_date(self.rng, L.rand_recent(self.rng), self.lang, self.country))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


# field keys used by structured templates
FIELD_WEIGHTS = {"address": 0.95, "dob": 0.6, "phone": 0.2, "email": 0.12, "password": 0.5, "card": 0.3,
                 "iban": 0.3, "health": 0.06, "ssn": 0.5, "ip": 0.1}


def choose_fields(ctx, k=None, must=(), exclude=(), scale=1.0):
    """Pick which optional PII fields a record carries (weighted)."""
    rng = ctx.rng
    out = list(must)
    for key, w in FIELD_WEIGHTS.items():
        if key in out or key in exclude:
            continue
        wt = w * scale
        if key == "ssn" and ctx.country != "US":
            wt *= 0.15 if ctx.lang == "en" else 0.0
        if rng.random() < wt:
            out.append(key)
    if not out and k:
        out = [rng.choice(["address", "dob", "address", "phone"])]
    if k is not None:
        rng.shuffle(out)
        keep = [x for x in out if x in must]
        rest = [x for x in out if x not in must]
        out = keep + rest[: max(0, k - len(keep))]
    order = ["address", "dob", "phone", "email", "password", "card", "iban", "health", "ssn", "ip"]
    return sorted(set(out), key=order.index)


def field_value(ctx, p, key, **kw):
    """(B value, raw meta) for a field key."""
    if key == "address":
        return ctx.addr(multiline=kw.get("multiline", False))
    if key == "dob":
        return ctx.dob(kw.get("dob_style"))
    if key == "phone":
        return ctx.phone()
    if key == "email":
        return ctx.email(p)
    if key == "password":
        return ctx.pw(urlsafe=kw.get("urlsafe", False))
    if key == "card":
        return ctx.card()
    if key == "iban":
        return ctx.iban()
    if key == "health":
        return ctx.health()
    if key == "ssn":
        return ctx.ssn()
    if key == "ip":
        return ctx.ip()
    raise KeyError(key)


# key names in code / JSON, several naming conventions and languages
KEYNAMES = {
    "name": ["name", "full_name", "fullName", "customer_name", "holder", "patient_name", "displayName", "contact"],
    "address": ["address", "shipping_address", "addr", "billingAddress", "home_address", "street_address"],
    "dob": ["dob", "date_of_birth", "birthdate", "birthDate", "birth_date", "dateOfBirth"],
    "phone": ["phone", "phone_number", "mobile", "tel", "phoneNumber", "msisdn", "contact_phone"],
    "email": ["email", "email_address", "mail", "emailAddress", "contact_email"],
    "password": ["password", "passwd", "pwd", "pass", "new_password", "plainPassword"],
    "card": ["card_number", "pan", "cc_number", "cardNumber", "card"],
    "iban": ["iban", "bank_iban", "payout_iban", "IBAN", "account_iban"],
    "health": ["diagnosis", "condition", "medical_notes", "medication", "allergies_conditions"],
    "ssn": ["ssn", "social_security_number", "tax_id_ssn"],
    "ip": ["ip", "client_ip", "remote_addr", "ip_address", "x_forwarded_for"],
}
LOCAL_KEYNAMES = {
    "es": dict(name="nombre", address="direccion", dob="fecha_nacimiento", phone="telefono", email="correo", password="contrasena"),
    "pt": dict(name="nome", address="endereco", dob="data_nascimento", phone="telefone", email="email", password="senha"),
    "de": dict(name="name", address="anschrift", dob="geburtsdatum", phone="telefon", email="email", password="passwort"),
    "fr": dict(name="nom", address="adresse", dob="date_naissance", phone="telephone", email="courriel", password="mot_de_passe"),
    "it": dict(name="nominativo", address="indirizzo", dob="data_nascita", phone="telefono", email="email", password="password"),
    "nl": dict(name="naam", address="adres", dob="geboortedatum", phone="telefoon", email="email", password="wachtwoord"),
    "pl": dict(name="imie_nazwisko", address="adres", dob="data_urodzenia", phone="telefon", email="email", password="haslo"),
}


def keyname(ctx, key):
    rng = ctx.rng
    loc = LOCAL_KEYNAMES.get(ctx.lang)
    if loc and key in loc and rng.random() < 0.35:
        return loc[key]
    return rng.choice(KEYNAMES[key])


# =========================================================================== JSON writer over B
class Obj:
    def __init__(self, *pairs):
        self.pairs = [p for p in pairs if p is not None]


class Arr:
    def __init__(self, *items):
        self.items = list(items)


class Raw:
    def __init__(self, s):
        self.s = s


def jdump(v, indent=None, level=0, esc=json_esc, sep=": "):
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (level + 1))
    endpad = "" if indent is None else " " * (indent * level)
    comma = "," if indent is not None else ", "
    if isinstance(v, Obj):
        if not v.pairs:
            return B("{}")
        b = B("{" + nl)
        for i, (k, val) in enumerate(v.pairs):
            if i:
                b.add(comma + nl)
            b.add(pad + json.dumps(k, ensure_ascii=False) + sep)
            b.add(jdump(val, indent, level + 1, esc, sep))
        b.add(nl + endpad + "}")
        return b
    if isinstance(v, Arr):
        if not v.items:
            return B("[]")
        b = B("[" + nl)
        for i, it in enumerate(v.items):
            if i:
                b.add(comma + nl)
            b.add(pad)
            b.add(jdump(it, indent, level + 1, esc, sep))
        b.add(nl + endpad + "]")
        return b
    if isinstance(v, Raw):
        return B(v.s)
    if isinstance(v, (B, str)):
        bb = v if isinstance(v, B) else B(v)
        return B('"', bb.map(esc), '"')
    return B(json.dumps(v))


# =========================================================================== template registry
TEMPLATES = []


def T(shape, pii=True, weight=1.0, langs=None, locales=None):
    def deco(fn):
        TEMPLATES.append(dict(name=fn.__name__, shape=shape, pii=pii, weight=weight,
                              langs=set(langs) if langs else None, locales=list(locales) if locales else None, fn=fn))
        return fn
    return deco


# =========================================================================== spoken English numbers
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def en_words(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + ("" if o == 0 else " " + _ONES[o])


def en_ordinal_words(n):
    if n in _ORD:
        return _ORD[n]
    if n < 20:
        return _ONES[n] + "th"
    t, o = divmod(n, 10)
    if o == 0:
        return _TENS[t][:-1] + "ieth"
    return _TENS[t] + " " + (_ORD.get(o) or _ONES[o] + "th")


def en_year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + _ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return en_words(hi) + " hundred"
    if lo < 10:
        return en_words(hi) + " oh " + _ONES[lo]
    return en_words(hi) + " " + en_words(lo)


def spoken_digits(rng, s):
    out = []
    words = rng.random() < 0.5
    for ch in s:
        if ch.isdigit():
            if words:
                out.append("oh" if ch == "0" and rng.random() < 0.5 else _ONES[int(ch)])
            else:
                out.append(ch)
        elif ch == "+":
            out.append("plus")
    return " ".join(out)
