"""Shared machinery for the PII evaluation corpus generator (see gen.py).

Segments with exact spans, value generators (Luhn cards, mod-97 IBANs, SSNs, IPs, secrets,
decoys), phone validation/formatting via phonenumbers, dates, per-country address layout,
name sources (Faker / mimesis / hand-written lists), the per-text context that fills
<<TYPE>> placeholders, and the two halves' data sources.  No templates live here.
"""
from __future__ import annotations

import base64, datetime as dt, json, random, re, string, unicodedata, urllib.parse, uuid, warnings

warnings.filterwarnings("ignore")
import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from faker import Faker
from mimesis import Address as MAddress, Person as MPerson
from mimesis.enums import Gender
from mimesis.locales import Locale as ML

from vocab import (BIN_A, BIN_B, DRUGS, FEMALE_BIN, HAND, HV, IE_STREETS_B, IE_TOWNS, IN_BUILDINGS, IN_CITIES_B,
                   IN_STREETS_B, JA_ROMAJI_B, VI_MIDDLE)

# ───────────────────────────── segments ─────────────────────────────
# A document is a (nested) list of segments: plain str, E(type, value) or D(type, value).
# Escaping is per character, so escaping segment by segment keeps spans exact.

def E(t, v):
    assert v and v == v.strip(" \t"), (t, v)
    return (v, "e", t)

def D(t, v):
    return (v, "d", t)

class S(list):
    """A string leaf (for jdoc) made of segments."""

def flat(x):
    if isinstance(x, str):
        if x:
            yield (x, None, None)
    elif isinstance(x, tuple):
        yield x
    else:
        for y in x:
            yield from flat(y)

ESC = {
    None: lambda s: s,
    "json": lambda s: json.dumps(s, ensure_ascii=False)[1:-1],
    "jsona": lambda s: json.dumps(s)[1:-1],          # Python's default ensure_ascii=True
    "url": lambda s: urllib.parse.quote_plus(s, safe=""),
}

def esc(segs, mode):
    f = ESC[mode]
    return [(f(s), k, t) for s, k, t in flat(segs)]

def jdoc(obj, mode="json", indent=None, compact=False, _lvl=0):
    """Serialise dict/list/str/int/S to JSON segments (S leaves keep their entity spans)."""
    if isinstance(obj, S):
        return ['"'] + esc(obj, mode) + ['"']
    if isinstance(obj, str):
        return [json.dumps(obj, ensure_ascii=(mode == "jsona"))]
    if isinstance(obj, (dict, list)):
        items = list(obj.items()) if isinstance(obj, dict) else [(None, v) for v in obj]
        o, c = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        if not items:
            return [o + c]
        pad = "" if indent is None else "\n" + " " * indent * (_lvl + 1)
        end = "" if indent is None else "\n" + " " * indent * _lvl
        sep = "," if (compact or indent is not None) else ", "
        kv = ":" if compact else ": "
        out = [o]
        for i, (k, v) in enumerate(items):
            out.append((sep if i else "") + pad + ("" if k is None else json.dumps(k) + kv))
            out += jdoc(v, mode, indent, compact, _lvl + 1)
        return out + [end + c]
    return [json.dumps(obj)]

def render(segs):
    out, ents, decs, pos = [], [], [], 0
    for s, k, t in flat(segs):
        if k:
            (ents if k == "e" else decs).append({"type": t, "start": pos, "end": pos + len(s), "value": s})
        out.append(s)
        pos += len(s)
    return "".join(out), ents, decs

def joinsegs(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append(sep)
        out.append(p)
    return out

def seg_text(segs):
    return "".join(s for s, _, _ in flat(segs))

def csv_field(segs, delim=","):
    """Quote a CSV field when needed (quotes around, never inside, the entity)."""
    txt = seg_text(segs)
    if any(ch in txt for ch in (delim, '"', "\n")):
        return ['"'] + [(s.replace('"', '""'), k, t) for s, k, t in flat(segs)] + ['"']
    return segs

# ───────────────────────────── random values ─────────────────────────────
DIG, UP, LO = string.digits, string.ascii_uppercase, string.ascii_lowercase
ALNUM = UP + LO + DIG
B32 = UP + "234567"

def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))

def wchoice(rng, pairs):
    vals, ws = zip(*pairs)
    return rng.choices(vals, ws)[0]

def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        tot += d
    return str((10 - tot % 10) % 10)

def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]

CARD_PREFIXES = [("4", 16, 30), ("51", 16, 5), ("52", 16, 4), ("53", 16, 4), ("54", 16, 4), ("55", 16, 4),
                 ("2221", 16, 2), ("2720", 16, 1), ("2345", 16, 2), ("34", 15, 4), ("37", 15, 5),
                 ("6011", 16, 4), ("65", 16, 3), ("3530", 16, 2), ("3566", 16, 2), ("36", 14, 2),
                 ("62", 16, 3), ("6759", 16, 1)]

def card_number(rng, valid=True):
    pre, ln, _ = rng.choices(CARD_PREFIXES, [w for *_, w in CARD_PREFIXES])[0]
    if not valid:
        ln = 16
    body = pre + rs(rng, ln - len(pre) - 1, DIG)
    chk = luhn_digit(body)
    if not valid:
        chk = str((int(chk) + rng.randint(1, 9)) % 10)
    return body + chk

def card_groups(num):
    cuts = {15: [4, 6, 5], 14: [4, 6, 4]}.get(len(num), [4, 4, 4, 4])
    out, i = [], 0
    for c in cuts:
        out.append(num[i:i + c]); i += c
    return out

def fmt_card(rng, num, style=""):
    style = style or wchoice(rng, [("space", 5), ("dash", 2), ("plain", 3)])
    g = card_groups(num)
    if style == "wrap":  # a line break replaces one of the group spaces
        k = rng.randint(1, len(g) - 1)
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    return {"space": " ", "dash": "-", "plain": ""}[style].join(g)

IBAN_SPECS = {"DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
              "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n", "PT": "21n", "SE": "20n", "DK": "14n",
              "NO": "11n", "FI": "14n", "IE": "4a14n", "LU": "3n13c", "CZ": "20n", "HU": "24n", "RO": "4a16c",
              "GR": "7n16c", "TR": "5n1n16c", "SA": "2n18c", "IL": "19n", "BR": "23n1a1c", "AE": "3n16n",
              "HR": "17n", "SK": "20n", "EE": "16n", "LT": "16n", "SI": "15n", "BG": "4a6n8c", "CY": "8n16c",
              "MT": "4a5n18c", "IS": "22n", "MC": "10n11c2n", "EG": "25n"}

def iban(rng, cc=None):
    cc = cc if cc in IBAN_SPECS else rng.choice(list(IBAN_SPECS))
    bban = "".join(rs(rng, int(n), {"n": DIG, "a": UP, "c": UP + DIG}[k])
                   for n, k in re.findall(r"(\d+)([nac])", IBAN_SPECS[cc]))
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"

def iban_ok(s):
    s = s.replace(" ", "").replace("\n", "").upper()
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1

def fmt_iban(rng, v, style=""):
    style = style or wchoice(rng, [("group", 6), ("compact", 3), ("lower", 1)])
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    if style == "compact":
        return v
    if style == "lower":
        return rng.choice([v.lower(), " ".join(g).lower()])
    if style == "wrap":
        k = rng.randint(2, len(g) - 1)
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    return " ".join(g)

def ssn(rng, style=""):
    a = rng.choice([x for x in range(1, 900) if x != 666])
    p = (f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}")
    style = style or wchoice(rng, [("-", 17), (" ", 2), ("", 1)])
    return style.join(p)

def ip(rng, kind=""):
    kind = kind or wchoice(rng, [("v4pub", 5), ("v4priv", 3), ("v6", 2)])
    if kind == "v4pub":
        a = rng.choice([x for x in range(1, 224) if x not in (10, 100, 127, 169, 172, 192, 198, 203)])
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "v4priv":
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    hx = lambda: format(rng.randint(0, 0xFFFF), "x")
    r = rng.random()
    if r < 0.2:
        return f"fe80::{hx()}:{hx()}:{hx()}:{hx()}"
    pre = rng.choice(["2a02:", "2600:", "2001:4860:", "2a00:1450:", "2604:a880:", "2406:da18:", "2a01:4f8:", "fd12:"])
    groups = pre.rstrip(":").split(":") + [hx() for _ in range(8 - len(pre.rstrip(":").split(":")))]
    if r < 0.6:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)

def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

def secret(rng, t):
    if t == "AWS_ACCESS_KEY":
        return rng.choice(["AKIA"] * 5 + ["ASIA"]) + rs(rng, 16, B32)
    if t == "AWS_SECRET_KEY":
        return rs(rng, 40, ALNUM + "/+")
    if t == "GITHUB_TOKEN":
        r = rng.random()
        if r < 0.7:
            return rng.choice(["ghp_"] * 5 + ["gho_", "ghu_", "ghs_"]) + rs(rng, 36)
        return "github_pat_" + rs(rng, 22) + "_" + rs(rng, 59)
    if t == "OPENAI_KEY":
        r = rng.random()
        if r < 0.35:
            return "sk-" + rs(rng, 48)
        if r < 0.5:
            return "sk-" + rs(rng, 20) + "T3BlbkFJ" + rs(rng, 20)
        return rng.choice(["sk-proj-"] * 4 + ["sk-svcacct-"]) + rs(rng, rng.randint(90, 150), ALNUM + "-_")
    if t == "STRIPE_KEY":
        return rng.choice(["sk_live_"] * 5 + ["sk_test_", "rk_live_"]) + rs(rng, rng.choice([24, 24, 34, 99]))
    if t == "SLACK_WEBHOOK":
        return (f"https://hooks.slack.com/services/T{rs(rng, rng.randint(8, 10), UP + DIG)}"
                f"/B{rs(rng, rng.randint(8, 10), UP + DIG)}/{rs(rng, 24)}")
    if t == "DISCORD_WEBHOOK":
        host = rng.choice(["discord.com", "discord.com", "discordapp.com", "ptb.discord.com"])
        return f"https://{host}/api/webhooks/{rng.randint(10**17, 10**19 - 1)}/{rs(rng, 68, ALNUM + '-_')}"
    if t == "TEAMS_WEBHOOK":
        u = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))
        tenant = rng.choice(["contoso", "acmecorp", "northwindtraders", "fabrikam", "globex", "initech", "umbrellaco"])
        base = rng.choice([f"https://{tenant}.webhook.office.com/webhookb2", "https://outlook.office.com/webhook"])
        tail = f"/V2{rs(rng, 43, ALNUM + '-_')}" if rng.random() < 0.4 else ""
        return f"{base}/{u()}@{u()}/IncomingWebhook/{rs(rng, 32, '0123456789abcdef')}/{u()}{tail}"
    if t == "JWT":
        alg = rng.choice(["HS256", "RS256", "ES256"])
        now = rng.randint(1_600_000_000, 1_760_000_000)
        payload = {"sub": str(rng.randint(10**5, 10**9)), "iat": now, "exp": now + rng.choice([900, 3600, 86400]),
                   rng.choice(["scope", "role", "tenant"]): rng.choice(["read:all", "admin", "user", "t_" + rs(rng, 6, LO)])}
        head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        body = b64url(json.dumps(payload, separators=(",", ":")).encode())
        sig = rs(rng, {"HS256": 43, "RS256": 342, "ES256": 86}[alg], ALNUM + "-_")
        return f"{head}.{body}.{sig}"
    if t == "PRIVATE_KEY":
        kind, nbytes, width = rng.choice([("RSA PRIVATE KEY", (300, 900), 64), ("PRIVATE KEY", (300, 900), 64),
                                          ("EC PRIVATE KEY", (121, 121), 64), ("OPENSSH PRIVATE KEY", (280, 400), 70)])
        raw = bytes(rng.getrandbits(8) for _ in range(rng.randint(*nbytes)))
        if kind.startswith("OPENSSH"):
            raw = b"openssh-key-v1\x00" + raw
        b = base64.b64encode(raw).decode()
        lines = [b[i:i + width] for i in range(0, len(b), width)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"
    raise KeyError(t)

PW_SYMS = "!#$%&*_-.@+?"

def password(rng, words):
    w = lambda: rng.choice(words)
    st = rng.randint(0, 6)
    if st == 0:
        return w().capitalize() + rng.choice(PW_SYMS) + str(rng.randint(100, 9999))
    if st == 1:
        return "-".join(w() for _ in range(3)) + "-" + str(rng.randint(10, 99))
    if st == 2:
        return rng.choice(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Passw0rd", "Letmein"]) + str(rng.randint(2015, 2026)) + rng.choice("!?#$")
    if st == 3:
        return w().capitalize() + "_" + str(rng.randint(10, 999)) + rs(rng, 1, UP)
    if st == 4:
        return rs(rng, rng.randint(10, 16), ALNUM + "!@#$%^&*")
    if st == 5:
        return w() + w().capitalize() + str(rng.randint(1, 99)) + rng.choice(PW_SYMS)
    return w().upper()[:3] + w() + "@" + str(rng.randint(1970, 2024))

PRODUCTS = ["Visual Studio Code", "Kubernetes", "Microsoft Teams", "Google Sheets", "Amazon Web Services", "Salesforce",
            "Jira", "PostgreSQL", "Grafana", "Datadog", "Terraform", "GitHub Actions", "Docker Desktop", "Notion",
            "Zendesk", "Shopify", "HubSpot", "Apple Pay", "Google Chrome", "Mozilla Firefox", "Windows Server", "Ubuntu",
            "Red Hat", "Elasticsearch", "Cloudflare", "Vercel", "Jenkins", "Ansible", "Kafka", "Redis", "Excel",
            "Outlook", "Android Studio", "Xcode", "Figma", "Confluence", "Heroku", "Sentry", "Twilio", "Mailchimp"]
PLACES = ["New York", "San Francisco", "London", "Berlin", "Tokyo", "Paris", "Madrid", "Mumbai", "São Paulo", "Toronto",
          "Sydney", "Los Angeles", "Frankfurt", "Amsterdam", "Singapore", "Mexico City", "Chicago", "Lisbon", "Dublin",
          "Melbourne", "Jordan", "Victoria", "Florence", "Austin", "Jackson", "Charlotte", "Georgia", "Sofia", "Adelaide"]
OPS_TERMS = ["health check", "healthcheck", "liveness probe", "readiness probe", "heartbeat", "memory leak",
             "virus scanner", "cold start", "crash loop", "CrashLoopBackOff", "OOMKilled", "zombie process",
             "dead letter queue", "smoke test", "kill -9", "sanity check", "hotfix", "post-mortem", "warm-up",
             "circuit breaker", "fatal error", "orphaned pods", "kill switch", "stack overflow", "thundering herd"]
OPS_PATHS = ["/healthz", "/readyz", "/livez", "/health", "/api/health", "/status", "/metrics", "/ping"]
FILE_PATHS = ["/var/log/nginx/access.log", "/etc/ssl/certs/ca-bundle.crt", "src/components/Header.tsx",
              "C:\\Program Files\\Docker\\Docker.exe", "~/.kube/config", "./scripts/deploy.sh", "/opt/app/config.yaml",
              "/usr/local/lib/python3.11/site-packages/requests/adapters.py", "infra/terraform/main.tf",
              "/tmp/build-cache/index.lock", "D:\\builds\\release\\app.msi", "docs/runbooks/oncall.md",
              "/srv/data/exports/2024/q3.parquet", "package-lock.json", "services/billing/Dockerfile"]

def decoy(rng, t, opt=""):
    d = lambda n: rs(rng, n, DIG)
    hx = lambda n: rs(rng, n, "0123456789abcdef")
    if t == "ORDER_ID":
        return rng.choice([f"ORD-{rng.randint(2019, 2025)}-{d(5)}", f"PO-{d(6)}", f"SO{d(8)}", f"ORD{rs(rng, 8, UP + DIG)}",
                           f"A{d(3)}-{d(7)}-{d(7)}"])
    if t == "TICKET":
        return rng.choice([f"INC{d(7)}", f"JIRA-{d(4)}", f"SUP-{d(5)}", f"CS-{d(6)}", f"OPS-{d(3)}", f"#{d(5)}"])
    if t == "PRICE":
        a, c = rng.randint(1, 2999), rng.randint(0, 99)
        return rng.choice([f"${a}.{c:02d}", f"€{a:,}.{c:02d}".replace(",", "."), f"£{a}.{c:02d}", f"{a},{c:02d} €",
                           f"USD {a:,}.{c:02d}", f"¥{a * 100:,}", f"R$ {a},{c:02d}", f"CHF {a}.{c:02d}"])
    if t == "VERSION":
        v = f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        return rng.choice([v, "v" + v, v + "-rc." + str(rng.randint(1, 4)), "v" + v])
    if t == "UUID":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if t == "GIT_SHA":
        return hx(rng.choice([7, 7, 8, 12, 40]))
    if t == "INVALID_LUHN":
        return fmt_card(rng, card_number(rng, valid=False), rng.choice(["space", "dash", "plain"]))
    if t == "TIMESTAMP":
        ts = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=rng.randint(0, 60_000_000))
        if opt == "rfc":
            return ts.strftime("%a, %d %b %Y %H:%M:%S +0000")
        if opt == "iso":
            return ts.strftime("%Y-%m-%dT%H:%M:%S.") + d(3) + "Z"
        return rng.choice([ts.strftime("%Y-%m-%dT%H:%M:%SZ"), ts.strftime("%Y-%m-%d %H:%M:%S"),
                           ts.strftime("%Y-%m-%dT%H:%M:%S.") + d(3) + "Z", str(int(ts.timestamp()))])
    if t == "DATE":
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2500))
        return rng.choice([day.isoformat(), day.isoformat(), day.strftime("%d/%m/%Y"), day.strftime("%b %d, %Y")])
    if t == "HTTP_STATUS":
        return rng.choice(["200", "201", "204", "301", "400", "401", "403", "404", "409", "429", "500", "502", "503", "504"])
    if t == "PORT":
        return rng.choice(["5432", "6379", "8080", "443", "3000", "9090", "27017", "8443", "5672", "9200", "3306"])
    if t == "PROPER_NOUN":
        return rng.choice({"product": PRODUCTS, "place": PLACES}.get(opt, PRODUCTS + PLACES))
    if t == "OPS_TERM":
        return {"path": rng.choice(OPS_PATHS), "kill": "kill -9", "unhealthy": "unhealthy"}.get(opt) or rng.choice(OPS_TERMS)
    if t == "NUMERIC_ID":
        return str(rng.randint(1, 9)) + d(9)
    if t == "HEX_HASH":
        return hx(rng.choice([32, 40, 64, 64]))
    if t == "FILE_PATH":
        return rng.choice(FILE_PATHS)
    raise KeyError(t)

# ───────────────────────────── phones ─────────────────────────────
TRUNK0 = {"GB", "DE", "AT", "CH", "NL", "BE", "FR", "IE", "AU", "NZ", "SE", "FI", "TR", "IN", "JP", "KR", "CN", "IL", "ZA"}

def valid_phone(rng, region, raw=None):
    """A PhoneNumber valid for region; uses the library's raw string when it parses as valid."""
    if raw and "x" not in raw.lower():
        try:
            n = phonenumbers.parse(raw, region)
            if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
                return n, raw.strip()
        except phonenumbers.NumberParseException:
            pass
    kinds = [PNT.MOBILE, PNT.MOBILE, PNT.FIXED_LINE]
    for _ in range(8):
        ex = phonenumbers.example_number_for_type(region, rng.choice(kinds)) or phonenumbers.example_number(region)
        nsn = phonenumbers.national_significant_number(ex)
        for _ in range(30):
            keep = max(2, len(nsn) - rng.randint(4, 7))
            n = phonenumbers.parse(f"+{ex.country_code}{nsn[:keep]}{rs(rng, len(nsn) - keep, DIG)}")
            if phonenumbers.is_valid_number(n):
                return n, None
    raise RuntimeError(region)

def fmt_phone(rng, n, raw=None, style=""):
    region = phonenumbers.region_code_for_number(n)
    intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(n, PNF.NATIONAL)
    e164 = phonenumbers.format_number(n, PNF.E164)
    cc = str(n.country_code)
    opts = {"intl": intl, "nat": nat, "e164": e164, "00": "00" + intl[1:], "dash": intl.replace(" ", "-"),
            "nospace": re.sub(r"[\s\-()]", "", nat)}
    if "(" not in nat:
        opts["dots"] = re.sub(r"[\s\-]+", ".", nat)
    if region in TRUNK0 and nat.startswith("0"):
        opts["paren0"] = intl.replace(f"+{cc} ", f"+{cc} (0)", 1)
    if region in ("US", "CA"):
        a, b, c = re.findall(r"\d+", nat)[-3:]
        opts.update({"us_dash": f"{a}-{b}-{c}", "us_dots": f"{a}.{b}.{c}", "us_1": f"+1-{a}-{b}-{c}",
                     "us_paren": f"({a}) {b}-{c}", "us_1sp": f"+1 {a} {b} {c}"})
    if raw:
        opts["raw"] = raw
    if style in opts:
        return opts[style]
    if style == "nbsp":
        return intl.replace(" ", "\u00a0")
    keys = list(opts)
    w = [{"intl": 5, "nat": 5, "e164": 2, "raw": 6, "us_dash": 4, "us_paren": 4, "paren0": 3}.get(k, 1) for k in keys]
    return rng.choices([opts[k] for k in keys], w)[0]

# ───────────────────────────── dates of birth ─────────────────────────────
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}

def fmt_date(rng, d, lang, style="", us=False):
    D_, M_, Y = d.day, d.month, d.year
    dd, mm = f"{D_:02d}", f"{M_:02d}"
    if style == "iso":
        return d.isoformat()
    mn = MONTHS.get(lang, MONTHS["en"])[M_ - 1]
    num = {"en": f"{mm}/{dd}/{Y}" if us else f"{dd}/{mm}/{Y}", "de": f"{dd}.{mm}.{Y}", "ru": f"{dd}.{mm}.{Y}",
           "ja": f"{Y}/{mm}/{dd}", "zh": f"{Y}-{mm}-{dd}", "ar": f"{dd}/{mm}/{Y}"}.get(lang, f"{dd}/{mm}/{Y}")
    if style == "num":
        return num
    forms = {
        "en": [f"{D_} {mn} {Y}", f"{mn} {D_}, {Y}", num, f"{mn[:3]} {D_} {Y}", d.isoformat()],
        "de": [f"{D_}. {mn} {Y}", num, f"{D_}.{M_}.{Y}"],
        "fr": [f"{'1er' if D_ == 1 else D_} {mn} {Y}", num],
        "es": [f"{D_} de {mn} de {Y}", num, f"{dd}-{mm}-{Y}"],
        "pt": [f"{D_} de {mn} de {Y}", num],
        "it": [f"{D_} {mn} {Y}", num],
        "ru": [f"{D_} {mn} {Y}", num],
        "ja": [f"{Y}年{M_}月{D_}日", num], "zh": [f"{Y}年{M_}月{D_}日", num], "ar": [num, d.isoformat()],
    }.get(lang, [num, d.isoformat()])
    return rng.choice(forms)

def birth_date(rng):
    return dt.date(1935, 1, 1) + dt.timedelta(days=rng.randint(0, 72 * 365))

# ───────────────────────────── addresses ─────────────────────────────
ADDR_COUNTRIES = ["US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "IT", "ES", "PT", "PL", "SE", "DK",
                  "NO", "FI", "JP", "IN", "AU", "BR", "MX"]

def postcode(rng, cc):
    d = lambda n: rs(rng, n, DIG)
    L = lambda n: rs(rng, n, "ABCDEFGHJKLMNPRSTUWXY")
    if cc == "US":
        z = f"{rng.randint(1001, 99950):05d}"
        return z + ("-" + d(4) if rng.random() < 0.1 else "")
    if cc == "CA":
        a = "ABCEGHJKLMNPRSTVXY"; b = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{rng.choice(a)}{d(1)}{rng.choice(b)} {d(1)}{rng.choice(b)}{d(1)}"
    if cc == "GB":
        out = rng.choice([f"{L(1)}{rng.randint(1, 9)}", f"{L(1)}{rng.randint(10, 99)}", f"{L(2)}{rng.randint(1, 9)}",
                          f"{L(2)}{rng.randint(10, 99)}", f"{L(1)}{rng.randint(1, 9)}{L(1)}", f"{L(2)}{rng.randint(1, 9)}{L(1)}"])
        return f"{out} {rng.randint(0, 9)}{rs(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if cc == "IE":
        return rs(rng, 4, "ACDEFHKNPRTVWXY0123456789")
    if cc in ("DE", "FR", "IT", "FI", "MX"):
        return f"{rng.randint(1000 if cc != 'FI' else 100, 99999):05d}"
    if cc == "ES":
        return f"{rng.randint(1, 52):02d}{d(3)}"
    if cc in ("AT", "CH", "BE", "DK", "AU", "NO"):
        lo, hi = {"AT": (1010, 9992), "CH": (1000, 9658), "BE": (1000, 9992), "DK": (1000, 9990), "AU": (800, 7999), "NO": (10, 9991)}[cc]
        return f"{rng.randint(lo, hi):04d}"
    if cc == "NL":
        return f"{rng.randint(1000, 9999)} {rs(rng, 2, 'ABCEGHJKLMNPRTVWXZ')}"
    if cc == "PT":
        return f"{rng.randint(1000, 9999)}-{d(3)}"
    if cc == "PL":
        return f"{d(2)}-{d(3)}"
    if cc == "SE":
        return f"{rng.randint(100, 989)} {d(2)}"
    if cc == "JP":
        return f"{d(3)}-{d(4)}"
    if cc == "IN":
        return f"{rng.randint(1, 8)}{d(5)}"
    if cc == "BR":
        return f"{d(5)}-{d(3)}"
    raise KeyError(cc)

def fmt_address(rng, cc, p, style):
    """p: street, city, state, (JP) pref/town, (IE) county/route, (IN) building, (BR/MX) district.
    Returns the whole address; style one|unit|multi|pobox; multi joins lines with newlines."""
    r = rng.randint
    pc = p.get("pc") or postcode(rng, cc)
    st, city, state = p["street"], p["city"], p.get("state", "")
    unit = None if style not in ("unit", "multi") or rng.random() < (0.5 if style == "multi" else 0) else True
    pobox = style == "pobox"
    if cc == "JP":
        line = f"{p['pref']}{city}{p['town']}{r(1, 9)}丁目{r(1, 30)}-{r(1, 20)}"
        bld = f"{rng.choice(['メゾン', 'コーポ', 'ハイツ', 'グランド'])}{rng.choice(['青葉', '桜', '緑', '富士見'])}{r(1, 9)}0{r(1, 9)}号室"
        lines = [f"〒{pc}", line] + ([bld] if unit else [])
        return "\n".join(lines) if style == "multi" else " ".join(lines)
    if cc in ("US", "CA", "AU"):
        u = rng.choice({"US": ["Apt 4B", "Unit 12", "Suite 300", "Apt. 7", "#210", f"Apt {r(1, 40)}{rng.choice('ABCD')}"],
                        "CA": ["Unit 5", "Suite 210", f"Apt {r(100, 2400)}"], "AU": [f"Unit {r(1, 40)}", f"Level {r(1, 30)}"]}[cc])
        l1 = f"PO Box {r(10, 9999)}" if pobox else f"{r(1, 9999) if cc != 'AU' else r(1, 400)} {st}"
        last = f"{city}, {state} {pc}" if cc == "US" else (f"{city} {state} {pc}" if cc != "CA" else f"{city}, {state} {pc}")
        if cc == "AU" and unit and rng.random() < 0.5:
            lines = [f"{r(1, 40)}/{l1}", last]
        else:
            lines = ([u] if unit and cc == "AU" else []) + [l1] + ([u] if unit and cc != "AU" else []) + [last]
    elif cc in ("GB", "IE"):
        u = rng.choice([f"Flat {r(1, 40)}", f"Apartment {r(1, 120)}", f"Flat {r(1, 9)}{rng.choice('ABC')}"])
        l1 = f"PO Box {r(10, 9999)}" if pobox else f"{r(1, 240)} {st}"
        if cc == "GB":
            lines = ([u] if unit else []) + [l1] + ([city, pc] if style == "multi" else [f"{city} {pc}"])
        else:
            lines = ([u] if unit else []) + [l1, city] + ([p["county"]] if p.get("county") else []) + [f"{p['route']} {pc}"]
    elif cc in ("DE", "AT", "CH", "NL", "BE", "SE", "DK", "NO", "FI", "PL", "IT", "ES", "PT", "MX", "BR"):
        num = {"DE": f"{r(1, 180)}{rng.choice(['', '', '', 'a', 'b'])}", "AT": f"{r(1, 90)}" + (f"/{r(1, 9)}/{r(1, 30)}" if rng.random() < 0.4 else ""),
               "NL": f"{r(1, 400)}" + rng.choice(["", "", "-2", " A", "bis"]), "BE": f"{r(1, 300)}" + rng.choice(["", "", f" bus {r(1, 12)}"]),
               "FI": f"{r(1, 80)}" + rng.choice(["", f" A {r(1, 40)}", f" B {r(1, 40)}"]), "PL": f"{r(1, 200)}" + rng.choice(["", f"/{r(1, 80)}"]),
               "DK": f"{r(1, 150)}" + rng.choice(["", f", {r(1, 5)}. tv.", f", st. th."]), "SE": f"{r(1, 90)}" + rng.choice(["", "", f" lgh {r(1001, 1504)}"]),
               }.get(cc, str(r(1, 250)))
        pre = "ul. " if cc == "PL" and not st.startswith("ul") else ""
        if cc in ("ES", "BR"):
            l1 = f"{st}, {num}"
        elif cc == "PT":
            l1 = f"{st} {num}" + rng.choice(["", f", {r(1, 9)}º Esq.", f", {r(1, 9)}º Dto."])
        else:
            l1 = f"{pre}{st} {num}"
        box = {"DE": "Postfach", "AT": "Postfach", "CH": "Postfach", "NL": "Postbus", "SE": "Box", "DK": "Postboks",
               "NO": "Postboks", "FI": "PL", "PL": "skr. poczt.", "IT": "Casella Postale", "ES": "Apartado de Correos",
               "PT": "Apartado", "BE": "Postbus", "MX": "Apartado Postal", "BR": "Caixa Postal"}[cc]
        if pobox:
            l1 = f"{box} {r(10, 99)} {r(10, 99)} {r(10, 99)}" if cc == "DE" else f"{box} {r(10, 9999)}"
        cl = f"{'CH-' if cc == 'CH' and rng.random() < 0.3 else ''}{pc} {city}"
        if cc == "IT":
            cl += f" ({state})" if rng.random() < 0.6 else f" {state}"
        if cc == "MX":
            cl = f"{pc} {city}, {state}"
        if cc == "BR":
            cl = f"{city} - {state}, {pc}"
        extra = []
        if unit:
            extra = [{"DE": f"{r(1, 5)}. OG", "AT": f"Top {r(1, 30)}", "CH": f"c/o {rng.choice(['Praxis', 'Büro', 'Atelier'])} Süd",
                      "IT": f"Scala {rng.choice('ABC')}, Interno {r(1, 30)}", "ES": f"{r(1, 9)}º {rng.choice('ABCD')}",
                      "MX": f"Col. {p.get('district', 'Centro')}", "BR": f"Apto {r(11, 1204)} - {p.get('district', 'Centro')}",
                      }.get(cc, "")]
            extra = [x for x in extra if x]
        if cc == "MX" and not pobox and not extra:
            extra = [f"Col. {p.get('district', 'Centro')}"]
        lines = [l1] + extra + [cl]
    elif cc == "FR":
        u = rng.choice([f"Bât. {rng.choice('ABC')}, Appt {r(1, 60)}", f"Appartement {r(1, 40)}", f"Résidence les {rng.choice(['Tilleuls', 'Acacias', 'Peupliers'])}"])
        l1 = f"{rng.choice(['BP', 'CS'])} {r(10, 99999)}" if pobox else f"{r(1, 220)}{rng.choice(['', '', ' bis'])} {st}"
        cl = f"{pc} {city.upper() if rng.random() < 0.3 else city}"
        lines = ([u] if unit else []) + [l1, cl]
    elif cc == "IN":
        u = f"Flat {r(101, 1204)}, {p['building']}"
        l1 = f"{r(1, 120)}, {st}" if not pobox else f"PO Box {r(100, 9999)}"
        lines = ([u] if unit else []) + [l1, f"{city}, {state} {pc}" if rng.random() < 0.6 else f"{city} - {pc}"]
    else:
        raise KeyError(cc)
    return ("\n" if style == "multi" else ", ").join(lines)

# ───────────────────────────── health phrases ─────────────────────────────
def split_half(lst, half):
    head, tail = lst[:4], lst[4:]
    return head + [x for i, x in enumerate(tail) if i % 2 == (0 if half == "tune" else 1)]

def dec(x, lang):
    s = f"{x:.1f}"
    return s.replace(".", ",") if lang in ("de", "fr", "es", "pt", "it") else s

ARTICLE = re.compile(r"^(?:(?:a|an|un|une|una|eine|ein|uma|um)\s+|un')", re.I)

def health(rng, lang, cat, half):
    """(article, phrase): the phrase is the labelled value, a leading article stays outside the label.
    cat in cond/med/proc/preg/mental/addict/lab/status."""
    v = _health(rng, lang, cat, half)
    m = ARTICLE.match(v)
    return (v[:m.end()], v[m.end():]) if m else ("", v)

def _health(rng, lang, cat, half):
    v = HV.get(lang, HV["en"])
    if cat == "addict" and lang != "en":
        cat = "mental"
    if cat in ("cond", "mental", "addict", "proc"):
        return rng.choice(split_half(v[cat], half))
    if cat == "med":
        name, doses = rng.choice(split_half(DRUGS, half))
        return name if rng.random() < 0.2 else f"{name} {rng.choice(doses)}"
    w = rng.randint(6, 36)
    if cat == "preg":
        return {"en": rng.choice([f"{w} weeks pregnant", f"pregnant with twins", f"{rng.randint(3, 8)} months pregnant"]),
                "es": f"embarazada de {w} semanas", "de": rng.choice([f"in der {w}. Woche schwanger", "schwanger"]),
                "fr": f"enceinte de {w} semaines", "pt": f"grávida de {w} semanas", "it": f"incinta di {w} settimane"}[lang]
    if cat == "lab":
        a1c = dec(rng.uniform(5.8, 11.5), lang)
        ldl = rng.randint(130, 240)
        return rng.choice({
            "en": [f"HbA1c of {a1c}%", f"an HbA1c of {a1c}%", f"LDL cholesterol of {ldl} mg/dL", f"PSA of {dec(rng.uniform(4, 12), 'en')} ng/mL",
                   f"a blood pressure of {rng.randint(145, 190)}/{rng.randint(90, 120)}", f"a TSH of {dec(rng.uniform(5, 14), 'en')}"],
            "es": [f"HbA1c de {a1c} %", f"colesterol LDL de {ldl} mg/dl"], "de": [f"HbA1c von {a1c} %", f"LDL-Cholesterin von {ldl} mg/dl"],
            "fr": [f"HbA1c à {a1c} %", f"LDL-cholestérol à {ldl} mg/dl"], "pt": [f"HbA1c de {a1c}%", f"colesterol LDL de {ldl} mg/dL"],
            "it": [f"HbA1c al {a1c}%", f"colesterolo LDL a {ldl} mg/dl"]}[lang])
    if cat == "status":
        return rng.choice({"en": ["HIV positive", "positive for hepatitis C", "BRCA1 positive", "positive for chlamydia", "HIV-positive"],
                           "es": ["VIH positivo", "positivo en hepatitis C"], "de": ["HIV-positiv", "positiv auf Hepatitis C"],
                           "fr": ["séropositif", "positif à l'hépatite C"], "pt": ["HIV positivo", "positivo para hepatite C"],
                           "it": ["positivo all'HIV", "positivo all'epatite C"]}[lang])
    raise KeyError(cat)

# ───────────────────────────── locales and name sources ─────────────────────────────
# locale -> (frame language, phone region, address country or None, name style)
LP = {
    "en_US": ("en", "US", "US", "w"), "en_GB": ("en", "GB", "GB", "w"), "en_IE": ("en", "IE", "IE", "w"),
    "en_CA": ("en", "CA", "CA", "w"), "en_AU": ("en", "AU", "AU", "w"), "en_IN": ("en", "IN", "IN", "w"),
    "de_DE": ("de", "DE", "DE", "w"), "de_AT": ("de", "AT", "AT", "w"), "de_CH": ("de", "CH", "CH", "w"),
    "fr_FR": ("fr", "FR", "FR", "w"), "fr_BE": ("fr", "BE", "BE", "w"), "fr_CH": ("fr", "CH", "CH", "w"),
    "nl_NL": ("en", "NL", "NL", "nl"), "nl_BE": ("en", "BE", "BE", "nl"), "it_IT": ("it", "IT", "IT", "w"),
    "es_ES": ("es", "ES", "ES", "es"), "es_MX": ("es", "MX", "MX", "es"), "pt_PT": ("pt", "PT", "PT", "pt"),
    "pt_BR": ("pt", "BR", "BR", "pt"), "pl_PL": ("en", "PL", "PL", "w"), "sv_SE": ("en", "SE", "SE", "w"),
    "da_DK": ("en", "DK", "DK", "w"), "no_NO": ("en", "NO", "NO", "w"), "fi_FI": ("en", "FI", "FI", "w"),
    "tr_TR": ("en", "TR", None, "w"), "vi_VN": ("en", "VN", None, "vi"), "ru_RU": ("ru", "RU", None, "ru"),
    "uk_UA": ("en", "UA", None, "ru"), "el_GR": ("en", "GR", None, "w"), "ar_SA": ("ar", "SA", None, "ar"),
    "ar_EG": ("ar", "EG", None, "ar"), "ar_AE": ("ar", "AE", None, "ar"), "he_IL": ("en", "IL", None, "w"),
    "hi_IN": ("en", "IN", "IN", "w"), "ja_JP": ("ja", "JP", "JP", "cjk"), "zh_CN": ("zh", "CN", None, "cjk"),
    "zh_TW": ("zh", "TW", None, "cjk"), "ko_KR": ("en", "KR", None, "cjk"), "th_TH": ("en", "TH", None, "w"),
    "cs_CZ": ("en", "CZ", None, "w"), "hu_HU": ("en", "HU", None, "hu"), "ro_RO": ("en", "RO", None, "w"),
    "id_ID": ("en", "ID", None, "w"), "yo_NG": ("en", "NG", None, "w"), "ig_NG": ("en", "NG", None, "w"),
    # holdout-only Faker locales (never used by the tune half)
    "ga_IE": ("en", "IE", "IE", "w"), "mr_IN": ("en", "IN", "IN", "w"), "ne_NP": ("en", "NP", None, "w"),
    "en_NG": ("en", "NG", None, "w"), "ha_NG": ("en", "NG", None, "w"), "es_AR": ("es", "AR", None, "es"),
    "es_CO": ("es", "CO", None, "es"), "en_NZ": ("en", "NZ", None, "w"), "fr_CA": ("fr", "CA", "CA", "w"),
    "it_CH": ("it", "CH", "CH", "w"), "sk_SK": ("en", "SK", None, "w"),
}
TUNE_LOCALES = ["en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_IN", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE",
                "fr_CH", "nl_NL", "nl_BE", "it_IT", "es_ES", "es_MX", "pt_PT", "pt_BR", "pl_PL", "sv_SE", "da_DK",
                "no_NO", "fi_FI", "tr_TR", "vi_VN", "ru_RU", "uk_UA", "el_GR", "ar_SA", "he_IL", "hi_IN", "ja_JP",
                "zh_CN", "zh_TW", "ko_KR", "th_TH", "cs_CZ", "hu_HU", "ro_RO", "id_ID", "yo_NG", "ig_NG"]
HOLD_SOURCES = {  # locale -> ("mim", mimesis locale) | ("faker", locale not in TUNE_LOCALES) | ("list", key)
    "en_US": ("mim", ML.EN), "en_GB": ("mim", ML.EN_GB), "en_CA": ("mim", ML.EN_CA), "en_AU": ("mim", ML.EN_AU),
    "de_DE": ("mim", ML.DE), "de_AT": ("mim", ML.DE_AT), "de_CH": ("mim", ML.DE_CH), "fr_FR": ("mim", ML.FR),
    "fr_BE": ("mim", ML.FR), "nl_NL": ("mim", ML.NL), "nl_BE": ("mim", ML.NL_BE), "it_IT": ("mim", ML.IT),
    "es_ES": ("mim", ML.ES), "es_MX": ("mim", ML.ES_MX), "pt_PT": ("mim", ML.PT), "pt_BR": ("mim", ML.PT_BR),
    "pl_PL": ("mim", ML.PL), "sv_SE": ("mim", ML.SV), "da_DK": ("mim", ML.DA), "no_NO": ("mim", ML.NO),
    "fi_FI": ("mim", ML.FI), "tr_TR": ("mim", ML.TR), "ru_RU": ("mim", ML.RU), "uk_UA": ("mim", ML.UK),
    "el_GR": ("mim", ML.EL), "ar_SA": ("mim", ML.AR_SA), "ar_EG": ("mim", ML.AR_EG), "ar_AE": ("mim", ML.AR_AE),
    "ja_JP": ("mim", ML.JA), "zh_CN": ("mim", ML.ZH), "ko_KR": ("mim", ML.KO), "cs_CZ": ("mim", ML.CS),
    "hu_HU": ("mim", ML.HU),
    "ga_IE": ("faker", "ga_IE"), "mr_IN": ("faker", "mr_IN"), "ne_NP": ("faker", "ne_NP"), "en_NG": ("faker", "en_NG"),
    "ha_NG": ("faker", "ha_NG"), "es_AR": ("faker", "es_AR"), "es_CO": ("faker", "es_CO"), "en_NZ": ("faker", "en_NZ"),
    "fr_CA": ("faker", "fr_CA"), "it_CH": ("faker", "it_CH"), "sk_SK": ("faker", "sk_SK"),
    "he_IL": ("list", "he"), "th_TH": ("list", "th"), "vi_VN": ("list", "vi"), "yo_NG": ("list", "yo"),
    "ig_NG": ("list", "ig"), "en_IN": ("list", "in"),
}
assert not set(v[1] for v in HOLD_SOURCES.values() if v[0] == "faker") & set(TUNE_LOCALES)

def is_latin(s):
    return all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in s if ch.isalpha())

FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "ı": "i"})

def strip_accents(s):
    s = s.translate(FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))

def ascii_handle(s):
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())

class FakerNames:
    def __init__(self, code, seed):
        self.f = Faker(code)
        self.f.seed_instance(seed)

    def _g(self, base, g):
        try:
            return getattr(self.f, f"{base}_{'male' if g == 'm' else 'female'}")()
        except AttributeError:
            return getattr(self.f, base)()

    def given(self, g): return self._g("first_name", g)
    def family(self, g): return self._g("last_name", g)

    def middle(self, g):
        try:
            return self._g("middle_name", g)
        except AttributeError:
            return None

    def romaji(self, g):
        return self._g("first_romanized_name", g) if hasattr(self.f, "first_romanized_name") else None

class MimNames:
    def __init__(self, loc, seed):
        self.p = MPerson(loc, seed=seed)

    def given(self, g): return self.p.first_name(gender=Gender.MALE if g == "m" else Gender.FEMALE)
    def family(self, g): return self.p.last_name(gender=Gender.MALE if g == "m" else Gender.FEMALE)
    def middle(self, g): return None
    def romaji(self, g): return None

class ListNames:
    def __init__(self, key, rng):
        self.gl, self.fl, self.rng = HAND[key][0], HAND[key][1], rng

    def given(self, g): return self.rng.choice(self.gl)
    def family(self, g): return self.rng.choice(self.fl)
    def middle(self, g): return None
    def romaji(self, g): return None

def make_person(c):
    """A person dict: full (native script), given, family, call (name used in greetings), latin parts."""
    h, rng, code = c.h, c.rng, c.code
    src, style, g = h.names(code), LP[code][3], rng.choice("mf")
    given, fam = src.given(g), src.family(g)
    if (style == "ar" or code == "id_ID") and rng.random() < 0.35:
        gl, fl = h.bin_names
        given = rng.choice(gl)
        fam = ("binti " if given in FEMALE_BIN else rng.choice(["bin ", "bin ", "al-"])) + rng.choice(fl)
        full = f"{given} {fam}"
    else:
        if style == "es" and rng.random() < 0.6:
            fam = f"{fam} {src.family(g)}"
        elif style == "pt" and rng.random() < 0.5:
            fam = f"{src.family(g)} {fam}"
        elif style == "nl" and rng.random() < 0.25 and fam[:1].isupper():
            fam = rng.choice(["van", "van der", "de", "van den", "ter", "van de"]) + " " + fam
        if style == "cjk":
            full = fam + (" " if code == "ja_JP" and rng.random() < 0.3 else "") + given
        elif style == "vi":
            full = f"{fam} {src.middle(g) or rng.choice(VI_MIDDLE[g])} {given}"
        elif style == "ru":
            mid, r = src.middle(g), rng.random()
            full = (f"{fam} {given} {mid}" if mid and r < 0.3 else f"{given} {mid} {fam}" if mid and r < 0.45
                    else f"{given} {fam}")
        elif style == "hu":
            full = f"{fam} {given}"
        elif rng.random() < 0.07:
            full = f"{given} {src.given(g)} {fam}"
        else:
            full = f"{given} {fam}"
    if is_latin(full) and rng.random() < 0.12:
        full, given, fam = strip_accents(full), strip_accents(given), strip_accents(fam)
    call, latin = given, None
    if is_latin(given + fam):
        latin = (given, fam.split()[-1])
    if code == "ja_JP":
        rom = src.romaji(g) or rng.choice(JA_ROMAJI_B)
        latin = (rom, rng.choice(["Sato", "Suzuki", "Tanaka", "Ito", "Kato", "Yamada", "Mori", "Ishikawa"]))
        if c.flang != "ja" and rng.random() < 0.6:
            call = rom
    return {"full": full.strip(), "given": given.strip(), "family": fam.strip(), "call": call.strip(), "latin": latin}

def email_for(rng, p, domain):
    if p and p["latin"]:
        g, f = ascii_handle(p["latin"][0]), ascii_handle(p["latin"][1])
        if g and f:
            local = rng.choice([f"{g}.{f}", f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}",
                                f"{g}_{f}", f"{g}{rng.randint(70, 2005)}", f"{g[0]}.{f}"])
            return f"{local}@{domain}"
    words = ["sunny", "blue", "tiger", "mango", "pixel", "river", "kiwi", "nova", "delta", "maple", "cobalt", "lotus"]
    return f"{rng.choice(words)}{rng.choice(['', '.', '_'])}{rng.choice(words)}{rng.randint(1, 999)}@{domain}"

# ───────────────────────────── per-text context ─────────────────────────────
PH = re.compile(r"<<([^<>]+)>>")
TYPE_W = {"PERSON": 14, "ADDRESS": 9, "PHONE": 9, "EMAIL": 6, "HEALTH": 11, "CREDIT_CARD": 3, "IBAN": 3,
          "US_SSN": 2.5, "IP_ADDRESS": 3, "DATE_OF_BIRTH": 4.5, "PASSWORD": 3, "BASIC_AUTH": 1.6,
          "SLACK_WEBHOOK": 1.3, "DISCORD_WEBHOOK": 2.0, "TEAMS_WEBHOOK": 1.4, "AWS": 1.8, "GITHUB_TOKEN": 1.5,
          "OPENAI_KEY": 1.5, "STRIPE_KEY": 1.5, "JWT": 1.5, "PRIVATE_KEY": 1.4, "CONNECTION_STRING": 1.6}
HEALTH_W = {"cond": 4, "med": 3, "proc": 2, "preg": 1, "mental": 2, "addict": 1, "lab": 1, "status": 0.6}
URLSAFE_PW = re.compile(r"[@:/?#%\\\"' ]")
SVC_USERS = ["admin", "deploy", "ci-bot", "svc_backup", "jenkins", "grafana", "registry", "api", "etl", "reporting"]

class Ctx:
    def __init__(self, h, code, rng):
        self.h, self.code, self.rng = h, code, rng
        self.lang, self.region, self.cc, self.style = LP[code]
        self.flang, self.p, self.sender = "en", None, None

    def frame_lang(self, local_p=0.75):
        return self.lang if self.lang in self.h.F and self.rng.random() < local_p else "en"

    def f(self, tpl, mode=None, lang=None, **parts):
        """Fill <<TYPE[:opt]>> (entity), <<d:TYPE[:opt]>> (decoy), <<v:name>> (plain), <<@part>> (segments)."""
        if lang:
            self.flang = lang
        out, i = S(), 0
        for m in PH.finditer(tpl):
            out.append(tpl[i:m.start()])
            i, key = m.end(), m.group(1)
            if key.startswith("@"):
                out += esc(parts[key[1:]], mode)
            elif key.startswith("d:"):
                t, _, opt = key[2:].partition(":")
                out += esc([D(t, decoy(self.rng, t, opt))], mode)
            elif key.startswith("v:"):
                out.append(ESC[mode](self.var(key[2:])))
            else:
                t, _, opt = key.partition(":")
                v = self.value(t, opt)
                pre, v = v if isinstance(v, tuple) else ("", v)  # (plain prefix, entity value)
                out += esc([pre, E(t, v)], mode)
        out.append(tpl[i:])
        return out

    def person(self):
        self.p = make_person(self)
        return self.p

    def value(self, t, opt):
        rng, h = self.rng, self.h
        if t == "PERSON":
            if opt == "sign" and self.sender:
                return self.sender["full"]
            if opt == "sender":
                return self.sender["full"]
            if opt == "same" and self.p:
                return self.p["full"]
            if opt == "sgiven" and self.p:
                return self.p["call"]
            if opt == "sfamily" and self.p:
                return self.p["family"]
            p = self.person()
            return {"given": p["call"], "family": p["family"], "first": p["given"]}.get(opt, p["full"])
        if t == "EMAIL":
            if opt == "role":
                return f"{rng.choice(['support', 'billing', 'help', 'hello', 'ops', 'accounts', 'team'])}@{h.company_domain()}"
            p = self.sender if opt == "sender" else self.p if opt == "same" and self.p else make_person(self)
            dom = h.email_domain(self.code) if rng.random() < 0.65 else h.company_domain()
            return email_for(rng, p, dom)
        if t == "ADDRESS":
            cc = self.cc if self.cc and rng.random() < 0.85 else rng.choice(ADDR_COUNTRIES)
            style = opt or wchoice(rng, [("one", 6), ("unit", 3), ("pobox", 1)])
            return fmt_address(rng, cc, h.addr_parts(cc), style)
        if t == "PHONE":
            n, raw = valid_phone(rng, self.region, h.phone_raw(self.code))
            return fmt_phone(rng, n, raw, opt)
        if t == "CREDIT_CARD":
            return fmt_card(rng, card_number(rng), opt)
        if t == "IBAN":
            cc = self.region if rng.random() < 0.6 else None
            return fmt_iban(rng, iban(rng, cc), opt)
        if t == "US_SSN":
            return ssn(rng, {"dash": "-", "space": " ", "plain": ""}.get(opt, ""))
        if t == "IP_ADDRESS":
            return ip(rng, opt)
        if t == "DATE_OF_BIRTH":
            return fmt_date(rng, birth_date(rng), self.flang, opt, us=self.region == "US")
        if t == "PASSWORD":
            return password(rng, h.pw_words)
        if t in ("BASIC_AUTH", "CONNECTION_STRING"):
            lat = make_person(self)["latin"] if rng.random() < 0.3 else None
            user = ascii_handle(lat[0]) if lat else rng.choice(SVC_USERS)
            pw = URLSAFE_PW.sub(rng.choice("!_-."), password(rng, h.pw_words))
            if t == "BASIC_AUTH" and opt == "b64":
                return base64.b64encode(f"{user}:{pw}".encode()).decode()
            return f"{user or 'app'}:{pw}"
        if t == "HEALTH":
            return health(rng, self.flang if self.flang in HV else "en", opt or "cond", h.name)
        v = secret(rng, t)
        if opt == "esc":
            v = v.replace("\n", "\\n")
        elif opt.startswith("indent"):
            v = v.replace("\n", "\n" + " " * int(opt[6:]))
        return v

    def var(self, k):
        rng, h = self.rng, self.h
        if k == "domain":
            return h.company_domain()
        if k == "slackid":
            return f"<@U{rs(rng, rng.randint(8, 10), UP + DIG)}>"
        if k == "dbscheme":
            return rng.choice(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp", "mssql", "mariadb"])
        if k == "dbhost":
            return rng.choice(["db.internal", "prod-db-1.cluster-c9x2.eu-west-1.rds.amazonaws.com", "pg-primary",
                               "mysql.svc.cluster.local", "10-db.prod.lan", "warehouse.corp.example", "localhost"])
        if k == "dbname":
            return rng.choice(["app", "billing", "crm_prod", "analytics", "users", "orders"])
        if k == "short":
            return rs(rng, 5, LO + DIG)
        if k == "n":
            return str(rng.randint(2, 40))
        if k == "hex":
            return rs(rng, 12, "0123456789abcdef")
        if k in h.VARS:
            return rng.choice(h.VARS[k])
        raise KeyError(k)

    def pii_sentence(self, L, types=None):
        rng, F = self.rng, self.h.F
        fr, en = F.get(L, F["en"]), F["en"]
        boost = {"PASSWORD": 3, "DATE_OF_BIRTH": 2} if L != "en" else {}  # local cue words are rarer than English ones
        pool = {t: w * boost.get(t, 1) for t, w in TYPE_W.items() if (types is None or t in types) and (t in fr or t in en)}
        t = wchoice(rng, list(pool.items()))
        src, lang = (fr, L) if t in fr else (en, "en")
        if t == "HEALTH":
            cat = wchoice(rng, list(HEALTH_W.items()))
            if cat not in src["HEALTH"]:
                src, lang = en, "en"
            return self.f(rng.choice(src["HEALTH"][cat]), lang=lang)
        return self.f(rng.choice(src[t]), lang=lang)

    def filler(self, L, key="FILL", decoy_p=0.4):
        rng, F = self.rng, self.h.F
        fr, en = F.get(L, F["en"]), F["en"]
        k = "DFILL" if rng.random() < decoy_p else key
        src, lang = (fr, L) if fr.get(k) else (en, "en")
        return self.f(rng.choice(src[k]), lang=lang)

    def prose(self, L, n_pii, n_fill, key="FILL", types=None):
        items = [self.pii_sentence(L, types) for _ in range(n_pii)] + [self.filler(L, key) for _ in range(n_fill)]
        self.rng.shuffle(items)
        return items

    def frame(self, L, key):
        F = self.h.F
        if key == "GREET" and self.rng.random() < 0.35:
            key = "GREET0"
        src, lang = (F[L], L) if key in F.get(L, {}) else (F["en"], "en")
        return self.f(self.rng.choice(src[key]), lang=lang)

# ───────────────────────────── the two halves ─────────────────────────────
class Half:
    name = ""

    def __init__(self, seed):
        self.seed, self.rng = seed, random.Random(seed)
        self._names, self._addr = {}, {}

    def sub_seed(self, key):
        return int.from_bytes(key.encode()[:8].ljust(8, b"\0"), "little") % 100_000 + self.seed

class TuneHalf(Half):
    name = "tune"
    AFAKER = {"US": "en_US", "CA": "en_CA", "GB": "en_GB", "IE": "en_IE", "DE": "de_DE", "AT": "de_AT", "CH": "de_CH",
              "FR": "fr_FR", "BE": "nl_BE", "NL": "nl_NL", "IT": "it_IT", "ES": "es_ES", "PT": "pt_PT", "PL": "pl_PL",
              "SE": "sv_SE", "DK": "da_DK", "NO": "no_NO", "FI": "fi_FI", "JP": "ja_JP", "IN": "en_IN", "AU": "en_AU",
              "BR": "pt_BR", "MX": "es_MX"}

    def __init__(self, seed):
        super().__init__(seed)
        self.locales = TUNE_LOCALES
        self.bin_names = BIN_A
        self.fk_en = Faker("en_US"); self.fk_en.seed_instance(seed + 7)
        self.pw_words = ("harbor otter falcon maple copper river summer tiger dragon sunset coffee pepper "
                         "garden rocket silver winter meadow lemon thunder ocean").split()

    def names(self, code):
        if code not in self._names:
            self._names[code] = FakerNames(code, self.sub_seed(code))
        return self._names[code]

    def fk(self, code):
        return self.names(code).f

    def addr_parts(self, cc):
        f, rng = self.fk(self.AFAKER[cc]), self.rng
        p = {"street": f.street_name(), "city": f.city()}
        extra = {"US": lambda: {"state": f.state_abbr()}, "CA": lambda: {"state": f.province_abbr()},
                 "AU": lambda: {"state": f.state_abbr()}, "IT": lambda: {"state": f.state_abbr()},
                 "BR": lambda: {"state": f.estado_sigla(), "district": f.bairro()},
                 "MX": lambda: {"state": f.state_abbr(), "district": f.city()},
                 "IN": lambda: {"state": f.state(), "building": rng.choice(IN_BUILDINGS["tune"])},
                 "JP": lambda: {"pref": f.prefecture(), "town": f.town()}}.get(cc)
        if extra:
            p.update(extra())
        if cc == "IE":
            town, county, route = rng.choice(IE_TOWNS["tune"])
            p.update(city=town, county=county, route=route)
        if cc == "JP":
            p["pc"] = f.zipcode()
        return p

    def phone_raw(self, code):
        return self.fk(code).phone_number() if self.rng.random() < 0.5 else None

    def email_domain(self, code):
        return self.fk(code).free_email_domain()

    def company_domain(self):
        return self.fk_en.domain_name()

class HoldoutHalf(Half):
    name = "holdout"
    MADDR = {"US": ML.EN, "CA": ML.EN_CA, "GB": ML.EN_GB, "DE": ML.DE, "AT": ML.DE_AT, "CH": ML.DE_CH, "FR": ML.FR,
             "BE": ML.NL_BE, "NL": ML.NL, "IT": ML.IT, "ES": ML.ES, "PT": ML.PT, "PL": ML.PL, "SE": ML.SV,
             "DK": ML.DA, "NO": ML.NO, "FI": ML.FI, "JP": ML.JA, "AU": ML.EN_AU, "BR": ML.PT_BR, "MX": ML.ES_MX}
    FREE_MAIL = ["gmail.com", "outlook.com", "proton.me", "web.de", "gmx.de", "orange.fr", "libero.it", "yandex.ru",
                 "qq.com", "naver.com", "yahoo.co.jp", "mail.ru", "t-online.de", "icloud.com", "hotmail.co.uk",
                 "uol.com.br", "seznam.cz", "wp.pl", "laposte.net", "telenet.be", "ziggo.nl", "bluewin.ch", "sapo.pt",
                 "gmail.com", "yahoo.com", "163.com", "walla.co.il", "rediffmail.com", "abv.bg", "ukr.net"]
    COMPANY = ["northwind.io", "acme-logistics.eu", "brightlane.co", "kestrel-health.com", "blueharbor.dev",
               "tallgrass.app", "meridian-labs.net", "ovenbird.studio", "quillpay.com", "stonebridge.org",
               "haldane-legal.co.uk", "fjordtech.no", "lumenhaus.de", "bellacasa.it", "soleado.es"]

    def __init__(self, seed):
        super().__init__(seed)
        self.locales = list(HOLD_SOURCES)
        self.bin_names = BIN_B
        self.pw_words = ("anchor badger cactus dolphin ember fossil glacier hazel indigo jasper kayak lantern "
                         "marble nectar orchid pebble quartz raven saffron tundra").split()
        self._mp = {}

    def names(self, code):
        if code not in self._names:
            kind, arg = HOLD_SOURCES[code]
            s = self.sub_seed(code)
            self._names[code] = (MimNames(arg, s) if kind == "mim" else FakerNames(arg, s) if kind == "faker"
                                 else ListNames(arg, random.Random(s)))
        return self._names[code]

    def ma(self, cc):
        if cc not in self._addr:
            self._addr[cc] = MAddress(self.MADDR[cc], seed=self.sub_seed("addr" + cc))
        return self._addr[cc]

    def addr_parts(self, cc):
        rng = self.rng
        if cc == "IE":
            town, county, route = rng.choice(IE_TOWNS["holdout"])
            return {"street": rng.choice(IE_STREETS_B), "city": town, "county": county, "route": route}
        if cc == "IN":
            city, state, pin = rng.choice(IN_CITIES_B)
            return {"street": rng.choice(IN_STREETS_B), "city": city, "state": state, "pc": pin + rs(rng, 3, DIG),
                    "building": rng.choice(IN_BUILDINGS["holdout"])}
        a = self.ma(cc)
        name, suf = a.street_name().strip(), a.street_suffix().strip()
        if cc in ("US", "CA", "GB", "AU"):
            street = f"{name} {suf}"
        elif cc == "FR":
            street = f"{suf.lower()} {name}"
        elif cc in ("IT", "PT") and not name.split()[0] in ("Via", "Viale", "Rua", "Avenida", "Praça", "Largo"):
            street = f"{suf} {name}"
        elif cc == "MX":
            street = f"{rng.choice(['Calle', 'Av.', 'Calzada', 'Privada'])} {name}"
        else:
            street = name
        p = {"street": street, "city": a.city().strip()}
        if cc in ("US", "CA", "AU", "MX", "BR", "IT"):
            p["state"] = a.state(abbr=True).split("-")[-1]
        if cc in ("MX", "BR"):
            p["district"] = a.city().strip()
        if cc == "JP":
            p.update(pref=a.state(), town=a.street_name())
        return p

    def phone_raw(self, code):
        kind, arg = HOLD_SOURCES[code]
        if kind == "mim" and self.rng.random() < 0.5:
            if code not in self._mp:
                self._mp[code] = MPerson(arg, seed=self.sub_seed("tel" + code))
            return self._mp[code].telephone()
        if kind == "faker" and self.rng.random() < 0.5:
            return self.names(code).f.phone_number()
        return None

    def email_domain(self, code):
        return self.rng.choice(self.FREE_MAIL)

    def company_domain(self):
        return self.rng.choice(self.COMPANY)
