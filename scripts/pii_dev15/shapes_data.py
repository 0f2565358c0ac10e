"""Data, config, code and log shapes."""
import base as B
import content as C
import decoys as DC
import values as V
from registry import shape
from rich import (D, E, R, csv_field, env_val, html_esc, jdump, join, jstr, lit, logfmt_val, pyrepr, sql_str, tpl,
                  url_enc, yaml_scalar)

PERSON_KEYS = ["owner", "assignee", "reviewer", "guest", "driver", "beneficiary", "holder", "signatory", "nominee", "tenant",
               "requester", "approver", "customer_name", "patient", "next_of_kin", "landlord", "co_signer", "passenger",
               "attendee", "author", "on_call", "account_holder", "insured", "policyholder", "recipient", "contact",
               "full_name", "name", "guardian", "witness", "pickup_by", "caregiver"]
DOB_KEYS = ["dob", "birth_date", "date_of_birth", "birthdate", "born", "bday", "geburtsdatum", "fecha_nacimiento",
            "data_nascimento", "dateNaissance", "birthDate", "DOB"]
PHONE_KEYS = ["phone", "mobile", "msisdn", "tel", "contact_number", "whatsapp", "cell", "phone_number", "telefon"]
ADDR_KEYS = ["address", "home_address", "ship_to", "billing_address", "residence", "street_address", "mailing_address",
             "delivery_address", "anschrift", "direccion"]
EMAIL_KEYS = ["email", "contact_email", "login", "notify", "user_email", "mail"]
PW_KEYS = ["password", "passwd", "pin", "initial_password", "temp_pass", "wifi_key", "door_code", "kennwort", "pwd"]
HEALTH_KEYS = ["diagnosis", "condition", "allergies", "medical_notes", "medication", "health_flag"]
DECOY_COLS = [("id", "uuid"), ("order_id", "order"), ("created_at", "date"), ("amount", "price"), ("ticket", "ticket"),
              ("ref", "numid"), ("tracking", "track"), ("app_version", "version"), ("commit", "hash")]


def _col_value(c, kind, p):
    if kind == "person":
        return B.NAME(p.name(c.ch(["full", "full", "formal", "given"])))
    if kind == "dob":
        return B.dob_r(c, p, c.ch(["iso", "iso", "num", "long"]))
    if kind == "phone":
        return B.phone_r(c)
    if kind == "addr":
        return B.addr_r(c, p, sep=c.ch([", ", ", ", "\n"]))
    if kind == "email":
        return B.email_r(c, p)
    if kind == "pw":
        return B.pw_r(c)
    if kind == "health":
        k, v = B.health_r(c, gender=p.gender)
        return v
    if kind == "iban":
        return B.iban_r(c)
    if kind == "card":
        return B.card_r(c)
    if kind == "ip":
        return B.ip_r(c)
    if kind == "ssn":
        return B.ssn_r(c)
    return B.dec(c, kind)


def _columns(c, n_pii=None):
    kinds = [("person", PERSON_KEYS, 3.0), ("dob", DOB_KEYS, 1.6), ("phone", PHONE_KEYS, 1.3), ("addr", ADDR_KEYS, 1.4),
             ("email", EMAIL_KEYS, 0.6), ("pw", PW_KEYS, 1.4), ("health", HEALTH_KEYS, 0.8), ("iban", ["iban", "payout_iban"], 0.3),
             ("card", ["card_number", "pan", "cc"], 0.4), ("ip", ["last_ip", "client_ip"], 0.3)]
    if c.loc == "en-US":
        kinds.append(("ssn", ["ssn", "social", "tax_id"], 0.7))
    n = n_pii or c.ch([2, 3, 3, 4, 5])
    cols = [("person", c.ch(PERSON_KEYS))]
    pool = kinds[1:]
    for _ in range(n - 1):
        tot = sum(w for _, _, w in pool)
        x = c.rng.random() * tot
        for i, (k, keys, w) in enumerate(pool):
            x -= w
            if x <= 0:
                cols.append((k, c.ch(keys)))
                pool = pool[:i] + pool[i + 1:]
                break
    if c.p(0.15):
        cols.append(("person", c.ch([k for k in PERSON_KEYS if k != cols[0][1]])))
    for _ in range(c.ch([0, 1, 1, 2])):
        k, kind = c.ch(DECOY_COLS)
        if k not in [x[1] for x in cols]:
            cols.insert(0 if k == "id" else len(cols), (kind, k))
    return cols


def _rows(c, cols, n):
    rows = []
    for _ in range(n):
        p = B.person(c)
        row = []
        seen_person = False
        for kind, _ in cols:
            if kind == "person" and seen_person:
                row.append(_col_value(c, kind, B.person(c)))  # a second person column is someone else
                continue
            seen_person = seen_person or kind == "person"
            row.append(_col_value(c, kind, p))
        rows.append(row)
    return rows


@shape("csv", w=2.5)
def csv_shape(ctx):
    c = ctx
    cols = _columns(c)
    sep = ";" if c.lang in ("de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ro", "tr", "ru", "uk", "da", "fi", "sv", "nb", "hu", "el") and c.p(0.6) else ","
    rows = _rows(c, cols, c.ch([1, 2, 3, 4]))
    out = [lit(sep.join(k for _, k in cols))]
    for r in rows:
        out.append(join(sep, [csv_field(v, sep) for v in r]))
    return join("\n", out)


@shape("tsv", w=1.2)
def tsv(ctx):
    c = ctx
    cols = _columns(c)
    rows = _rows(c, cols, c.ch([2, 3]))
    out = [lit("\t".join(k for _, k in cols))]
    for r in rows:
        out.append(join("\t", [v.map(lambda s: s.replace("\n", " ")) for v in r]))
    return join("\n", out)


@shape("yaml_record", w=2.5)
def yaml_record(ctx):
    c = ctx
    cols = _columns(c)
    p = B.person(c)
    style = c.ch(["plain", "nested", "list"])
    out = []
    ind = ""
    if style == "plain":
        out.append(lit(c.ch(["# exported from crm", "---"])))
    elif style == "nested":
        out.append(lit(c.ch(["record:", "booking:", "guest:", "claim:"])))
        ind = "  "
    for i, (kind, k) in enumerate(cols):
        v = _col_value(c, kind, p)
        pre = ind if style != "list" else ("- " if i == 0 else "  ")
        key_ind = len(pre)
        if "\n" in v.plain():
            block = v.map(lambda s: s.replace("\n", "\n" + " " * (key_ind + 2)))
            out.append(lit(pre + k + ": |\n" + " " * (key_ind + 2)) + block)
        else:
            out.append(lit(pre + k + ": ") + yaml_scalar(v))
    return join("\n", out)


@shape("json_record", w=2.5, json_nested=[])
def json_record(ctx):
    c = ctx
    cols = _columns(c)
    if c.p(0.5):
        p = B.person(c)
        obj = {k: _col_value(c, kind, p) for kind, k in cols}
    else:
        obj = {"data": [{k: v for (kind, k), v in zip(cols, r)} for r in _rows(c, cols, c.ch([2, 3]))],
               "count": 0}
        obj["count"] = len(obj["data"])
    return jdump(obj, indent=c.ch([None, 2, 4]), ea=c.p(0.3))


@shape("dotenv", w=2.5)
def dotenv(ctx):
    c = ctx
    p = B.person(c)
    lines = [lit("# .env — do not commit"), lit("APP_ENV=production"),
             lit("DB_HOST=db.internal"), lit("DB_USER=app"), lit("DB_PASSWORD=") + env_val(B.pw_r(c)),
             lit("SMTP_USER=") + B.email_r(c, p), lit("SMTP_PASS=") + env_val(B.pw_r(c))]
    if c.p(0.4):
        lines.append(lit("ADMIN_CONTACT=") + env_val(B.NAME(p.name("full"))))
    if c.p(0.4):
        lines.append(lit("API_KEY=") + D("CODE_IDENT", c.ch(["${API_KEY}", "<api-key>", "changeme", "your-api-key-here"])))
    if c.p(0.3):
        lines.append(lit("REDIS_URL=redis://:") + url_enc(B.pw_r(c)) + "@cache.internal:6379/0")
    if c.p(0.3):
        lines.append(lit("RELEASE=") + B.dec(c, "version"))
    return join("\n", lines)


@shape("dsn", w=1.8)
def dsn(ctx):
    c = ctx
    out = []
    for _ in range(c.ch([1, 2, 3])):
        k = c.rng.randrange(5)
        pw = url_enc(B.pw_r(c))
        user = c.ch(["app", "admin", "svc_reporting", "root", "etl"])
        host = c.ch(["db.internal", "pg-prod-1.example.net", "mysql.local", "10.0.3.12"])
        if k == 0:
            out.append(lit("postgresql://%s:" % user) + pw + "@%s:5432/crm" % host)
        elif k == 1:
            out.append(lit("mysql://%s:" % user) + pw + "@%s/shop?charset=utf8mb4" % host)
        elif k == 2:
            out.append(lit("mongodb+srv://%s:" % user) + pw + "@cluster0.abcd1.mongodb.net/app")
        elif k == 3:
            out.append(lit("Server=%s;Database=hr;User Id=%s;Password=" % (host, user)) + B.pw_r(c) + ";")
        else:
            out.append(lit("amqp://%s:" % user) + pw + "@rabbit.internal:5672/")
    pre = lit(c.ch(["connection strings:\n", "DATABASE_URL=", "", "# prod\n"]))
    if pre.plain() == "DATABASE_URL=":
        return pre + out[0]
    return pre + join("\n", out)


@shape("shell_history", w=1.8)
def shell_history(ctx):
    c = ctx
    p = B.person(c)
    cmds = []
    n = c.rng.randrange(501, 1900)
    opts = [lambda: lit("mysql -u root -p") + B.pw_r(c, style="random") + " crm",
            lambda: lit("curl -u admin:") + B.pw_r(c) + " https://intranet.example.net/api/users",
            lambda: lit("export PGPASSWORD=") + B.pw_r(c),
            lambda: lit("sshpass -p '") + B.pw_r(c, style="word") + "' ssh deploy@" + B.ip_r(c),
            lambda: lit("git commit -m \"fix address parser for ") + B.NAME(p.name("given")) + "'s ticket\"",
            lambda: lit("ssh ") + B.ip_r(c),
            lambda: lit("kubectl logs deploy/api --tail=50 | grep ") + B.email_r(c, p),
            lambda: lit("htpasswd -b .htpasswd ops ") + B.pw_r(c),
            lambda: lit("ls -la"), lambda: lit("docker ps"), lambda: lit("kill -9 4211")]
    for f in c.rng.sample(opts, c.ch([3, 4, 5])):
        cmds.append(lit("%5d  " % n) + f())
        n += 1
    return join("\n", cmds)


@shape("sql_insert", w=1.5)
def sql_insert(ctx):
    c = ctx
    cols = _columns(c)
    rows = _rows(c, cols, c.ch([1, 2, 3]))
    table = c.ch(["customers", "patients", "tenants", "guests", "employees", "drivers", "beneficiaries"])
    vals = [lit("  (") + join(", ", [sql_str(v) for v in r]) + ")" for r in rows]
    return lit("INSERT INTO %s (%s) VALUES\n" % (table, ", ".join(k for _, k in cols))) + join(",\n", vals) + ";"


@shape("html_form", w=1.5)
def html_form(ctx):
    c = ctx
    p = B.person(c)
    L = c.T["lab"]
    fields = [("full_name", L["full_name"], B.NAME(p.name("full"))), ("dob", L["dob"], B.dob_r(c, p, "iso")),
              ("phone", L["phone"], B.phone_r(c))]
    if c.p(0.6):
        fields.append(("email", L["email"], B.email_r(c, p)))
    out = [lit('<form method="post" action="/register">')]
    for k, lab, v in fields:
        out.append(lit('  <label for="%s">%s</label>\n  <input id="%s" name="%s" value="' % (k, lab, k, k)) + html_esc(v) + '">')
    if c.p(0.6):
        adr = B.address(c, c.loc)
        out.append(lit('  <address>') + E("ADDRESS", "<br>\n    ".join(html_esc(x).plain() for x in adr)) + "</address>")
    out.append(lit("</form>"))
    return join("\n", out)


@shape("md_table", w=1.5)
def md_table(ctx):
    c = ctx
    cols = _columns(c)
    rows = _rows(c, cols, c.ch([2, 3, 4]))
    out = [lit("| " + " | ".join(k for _, k in cols) + " |"), lit("|" + "---|" * len(cols))]
    for r in rows:
        out.append("| " + join(" | ", [v.map(lambda s: s.replace("\n", "<br>").replace("|", "\\|")) for v in r]) + " |")
    pre = lit(c.ch(["", "Here is the table you asked for:\n\n", "### Attendees\n\n"]))
    return pre + join("\n", out)


@shape("code_comment", w=2.0)
def code_comment(ctx):
    c = ctx
    p = B.person(c)
    q = B.person(c)
    k = c.rng.randrange(4)
    if k == 0:
        return join("\n", [lit("# TODO(") + B.NAME(V.ascii_fold(p.given_r).lower()) + "): remove once the migration is done",
                           lit("def test_registration():"),
                           lit("    user = register(name=") + pyrepr(B.NAME(p.name("full"))) + ", dob=" +
                           pyrepr(B.dob_r(c, p, "iso")) + ",",
                           lit("                    phone=") + pyrepr(B.phone_r(c)) + ", password=" + pyrepr(B.pw_r(c)) + ")",
                           lit("    assert user.id is not None  # reviewed by ") + B.NAME(q.name("full"))])
    if k == 1:
        return join("\n", [lit("// Owner: ") + B.NAME(p.name("full")) + " (" + B.email_r(c, p) + ")",
                           lit("// Ask ") + B.NAME(q.name("given")) + " before changing the retry logic",
                           lit("const seed = { name: ") + jstr(B.NAME(q.name("full"))) + ", address: " +
                           jstr(B.addr_r(c, q)) + " };", lit("await db.users.insert(seed);")])
    if k == 2:
        return join("\n", [lit("/*"), lit(" * Copyright ") + D("DATE", str(c.rng.randrange(2015, 2025))) + " " + B.NAME(p.name("full")),
                           lit(" * Maintainer: ") + B.NAME(q.name("full")) + " <" + B.email_r(c, q) + ">", lit(" */"),
                           lit("package ") + D("CODE_IDENT", c.ch(["billing", "ledger", "intake"])),
                           lit("var adminPassword = ") + jstr(B.pw_r(c)) + "  // FIXME: move to vault"])
    return join("\n", [lit("-- seed data, ask ") + B.NAME(p.name("given")),
                       lit("UPDATE users SET phone = ") + sql_str(B.phone_r(c)) + " WHERE email = " + sql_str(B.email_r(c, q)) + ";",
                       lit("-- ") + B.NAME(q.name("full")) + lit(" requested this on ") + B.date_r(c, "iso")])


@shape("commit_message", w=1.5)
def commit_message(ctx):
    c = ctx
    a = B.person(c)
    b = B.person(c)
    msg = c.ch(["Fix date parsing for legacy imports", "Handle empty address lines", "Bump dependencies",
                "Revert \"Add retry to webhook sender\"", "Hide phone numbers in audit export"])
    out = [lit("commit ") + D("HEX_HASH", V.hexs(c.rng, 40)),
           lit("Author: ") + B.NAME(a.name("full", roman=True)) + " <" + B.email_r(c, a) + ">",
           lit("Date:   ") + B.date_r(c, "long"), lit(""), lit("    " + msg), lit("")]
    if c.p(0.6):
        out.append(lit("    Reported-by: ") + B.NAME(b.name("full", roman=True)))
    if c.p(0.6):
        out.append(lit("    Co-authored-by: ") + B.NAME(b.name("full", roman=True)) + " <" + B.email_r(c, b) + ">")
    if c.p(0.3):
        out.append(lit("    Test fixture used ") + B.NAME(a.name("given", roman=True)) + "'s account (password " + B.pw_r(c) + "), rotated since.")
    return join("\n", out)


def _ts(c):
    d = B.other_date(c, 2024, 2026)
    return "%sT%02d:%02d:%02d.%03dZ" % (d.isoformat(), c.rng.randrange(24), c.rng.randrange(60), c.rng.randrange(60), c.rng.randrange(1000))


@shape("logfmt", w=1.8)
def logfmt(ctx):
    c = ctx
    out = []
    for _ in range(c.ch([1, 2, 3])):
        p = B.person(c)
        kv = [("ts", lit(_ts(c))), ("level", lit(c.ch(["info", "warn", "error", "debug"]))),
              ("msg", lit(c.ch(["user login", "profile updated", "password reset requested", "sms sent", "payment failed"])))]
        opts = [("user", lambda: B.NAME(p.name("full"))), ("email", lambda: B.email_r(c, p)), ("ip", lambda: B.ip_r(c)),
                ("phone", lambda: B.phone_r(c)), ("new_password", lambda: B.pw_r(c)), ("dob", lambda: B.dob_r(c, p, "iso")),
                ("trace_id", lambda: D("HEX_HASH", V.hexs(c.rng, 32))), ("order", lambda: B.dec(c, "order"))]
        for k, f in c.rng.sample(opts, c.ch([2, 3, 4])):
            kv.append((k, f()))
        out.append(join(" ", [lit(k + "=") + logfmt_val(v) for k, v in kv]))
    return join("\n", out)


@shape("json_log", w=1.5, json_nested=[])
def json_log(ctx):
    c = ctx
    p = B.person(c)
    obj = {"timestamp": _ts(c), "level": c.ch(["INFO", "WARN", "ERROR"]), "logger": c.ch(["auth", "crm.sync", "checkout", "intake"]),
           "message": C.blurb(c, p, n=1, kinds=[c.ch(["mention", "addr", "pw", "phone"])]),
           "context": {"user": {"name": B.NAME(p.name("full")), "email": B.email_r(c, p)}, "client_ip": B.ip_r(c),
                       "request_id": B.dec(c, "uuid")}}
    if c.p(0.3):
        obj["context"]["user"]["dob"] = B.dob_r(c, p, "iso")
    return jdump(obj, ea=c.p(0.4))


@shape("syslog", w=1.0)
def syslog(ctx):
    c = ctx
    p = B.person(c)
    host = c.ch(["web-01", "mail-gw", "vpn-edge", "app-3"])
    mon = c.ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    pre = lambda: lit("<%d>%s %2d %02d:%02d:%02d %s " % (c.rng.randrange(8, 190), mon, c.rng.randrange(1, 29), c.rng.randrange(24),
                                                           c.rng.randrange(60), c.rng.randrange(60), host))
    out = [pre() + "sshd[%d]: Accepted publickey for deploy from " % c.rng.randrange(1000, 40000) + B.ip_r(c) + " port %d ssh2" % c.rng.randrange(1024, 65000),
           pre() + "postfix/smtp[%d]: to=<" % c.rng.randrange(1000, 40000) + B.email_r(c, p) + ">, relay=mx.example.net, status=sent",
           pre() + "app[%d]: profile update name=\"" % c.rng.randrange(100, 9000) + B.NAME(p.name("full")) + "\" phone=\"" + B.phone_r(c) + "\""]
    if c.p(0.4):
        out.append(pre() + "kernel: " + B.dec(c, "ops") + " in process 4211 (java)")
    c.rng.shuffle(out)
    return join("\n", out)


@shape("access_log", w=1.5)
def access_log(ctx):
    c = ctx
    p = B.person(c)
    out = []
    for _ in range(c.ch([1, 2])):
        q = c.ch(["name", "dob", "phone", "email", "addr"])
        if q == "name":
            qs = lit("name=") + url_enc(B.NAME(p.name("full")), plus=c.p(0.5))
        elif q == "dob":
            qs = lit("dob=") + url_enc(B.dob_r(c, p, "iso"))
        elif q == "phone":
            qs = lit("phone=") + url_enc(B.phone_r(c))
        elif q == "email":
            qs = lit("email=") + url_enc(B.email_r(c, p))
        else:
            qs = lit("address=") + url_enc(B.addr_r(c, p), plus=True)
        out.append(B.ip_r(c) + ' - - [%02d/%s/2025:%02d:%02d:%02d +0000] "GET /api/v1/lookup?' % (
            c.rng.randrange(1, 29), c.ch(["Mar", "Apr", "May"]), c.rng.randrange(24), c.rng.randrange(60), c.rng.randrange(60)) +
            qs + ' HTTP/1.1" 200 %d "-" "Mozilla/5.0 (X11; Linux x86_64) Chrome/' % c.rng.randrange(200, 9000) +
            D("VERSION", "%d.0.%d.%d" % (c.rng.randrange(100, 130), c.rng.randrange(4000, 7000), c.rng.randrange(10, 200))) + '"')
    return join("\n", out)


@shape("ini_config", w=1.6)
def ini_config(ctx):
    c = ctx
    p = B.person(c)
    out = [lit("[database]"), lit("host = db01.internal"), lit("user = reporting"), lit("password = ") + B.pw_r(c), lit(""),
           lit("[smtp]"), lit("username = ") + B.email_r(c, p), lit("password = ") + B.pw_r(c)]
    if c.p(0.5):
        out += [lit(""), lit("[owner]"), lit("name = ") + B.NAME(p.name("full")), lit("phone = ") + B.phone_r(c)]
    if c.p(0.4):
        out += [lit(""), lit("[wifi]"), lit("ssid = Lindenhof-5G"), lit("psk = ") + B.pw_r(c, style="word")]
    return join("\n", out)


@shape("docker_compose", w=1.3)
def docker_compose(ctx):
    c = ctx
    p = B.person(c)
    out = [lit("services:"), lit("  db:"), lit("    image: postgres:") + B.dec(c, "version"), lit("    environment:"),
           lit("      POSTGRES_PASSWORD: ") + yaml_scalar(B.pw_r(c)), lit("  mailer:"), lit("    environment:"),
           lit("      SMTP_USER: ") + B.email_r(c, p), lit("      SMTP_PASSWORD: ") + yaml_scalar(B.pw_r(c))]
    if c.p(0.4):
        out += [lit("    labels:"), lit("      maintainer: ") + yaml_scalar(B.NAME(p.name("full")))]
    if c.p(0.4):
        out += [lit("  cache:"), lit("    command: redis-server --requirepass ") + B.pw_r(c, style="random")]
    return join("\n", out)


@shape("http_request", w=1.0)
def http_request(ctx):
    c = ctx
    p = B.person(c)
    body = jdump({"name": B.NAME(p.name("full")), "email": B.email_r(c, p), "password": B.pw_r(c),
                  "birthDate": B.dob_r(c, p, "iso")}, ea=c.p(0.3))
    if c.p(0.5):
        body = lit("name=") + url_enc(B.NAME(p.name("full")), plus=True) + "&email=" + url_enc(B.email_r(c, p)) + \
            "&password=" + url_enc(B.pw_r(c)) + "&phone=" + url_enc(B.phone_r(c))
        ct = "application/x-www-form-urlencoded"
    else:
        ct = "application/json"
    return join("\n", [lit("POST /v2/signup HTTP/1.1"), lit("Host: api.example.net"), lit("Content-Type: " + ct),
                       lit("X-Forwarded-For: ") + B.ip_r(c), lit("X-Request-Id: ") + B.dec(c, "uuid"), lit(""), body])


@shape("stack_trace", w=0.8)
def stack_trace(ctx):
    c = ctx
    p = B.person(c)
    k = c.rng.randrange(2)
    if k == 0:
        return join("\n", [lit("Traceback (most recent call last):"),
                           lit('  File "/srv/app/intake/forms.py", line %d, in validate' % c.rng.randrange(20, 400)),
                           lit("    parse_dob(record['dob'])"),
                           lit("ValueError: time data ") + pyrepr(B.dob_r(c, p, "long")) + " does not match format '%Y-%m-%d'",
                           lit("record = {'name': ") + pyrepr(B.NAME(p.name("full"))) + ", 'phone': " + pyrepr(B.phone_r(c)) + "}"])
    return join("\n", [lit("java.lang.IllegalStateException: duplicate customer ") + B.email_r(c, p),
                       lit("\tat com.example.crm.CustomerService.create(CustomerService.java:%d)" % c.rng.randrange(40, 400)),
                       lit("\tat com.example.crm.Api.post(Api.java:88)"),
                       lit("Caused by: payload={name=") + B.NAME(p.name("full")) + ", address=" + B.addr_r(c, p) + "}"])
