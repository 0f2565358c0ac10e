"""Templates, part B: logs, CSV, SQL, config, code, HTML, markdown, SMS, OCR,
URLs, voice transcripts, tickets/notes, and the no-PII (decoy-only) set."""

import lang as L
from core import (B, E, Dc, J, fill, T, Obj, Arr, Raw, jdump, json_esc, json_esc_ascii, sql_esc, csv_esc, html_esc,
                  url_q, url_qp, logfmt_esc, yaml_dq, choose_fields, field_value, keyname, d_timestamp, d_hex, d_order,
                  d_price, d_version, d_ops, d_numeric, d_path, en_words, en_ordinal_words, en_year_words, spoken_digits,
                  ipv4)
from templates_a import fact, facts, jn, sig


def lf(key, val):
    """logfmt pair; quotes when needed."""
    s = val.plain() if isinstance(val, B) else val
    bb = val if isinstance(val, B) else B(val)
    if any(c in s for c in ' "=\n\\'):
        return B(key + '="', bb.map(logfmt_esc), '"')
    return B(key + "=", bb)


def csv_cell(val, sep=","):
    s = val.plain() if isinstance(val, B) else val
    bb = val if isinstance(val, B) else B(val)
    if any(c in s for c in (sep, '"', "\n")) or s != s.strip():
        return B('"', bb.map(csv_esc), '"')
    return bb


def sqlv(val):
    if val is None:
        return B("NULL")
    bb = val if isinstance(val, B) else B(val)
    return B("'", bb.map(sql_esc), "'")


def js_esc_sq(s):
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")


def js_esc_dq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def yaml_val(val):
    s = val.plain() if isinstance(val, B) else val
    bb = val if isinstance(val, B) else B(val)
    if any(c in s for c in ':#{}[],&*!|>\'"%@`\n') or s != s.strip() or s[:1] in "-?" or s.lower() in ("yes", "no", "true", "false", "null"):
        return B('"', bb.map(yaml_dq), '"')
    return bb


def name_parts(ctx, p):
    """(first, last) as separate PERSON spans for split-column records."""
    return E("PERSON", p.given_name(ctx.lang)), E("PERSON", p.family_name(ctx.lang))


# =========================================================================== structured JSON logs
@T("json_log")
def jsonl_app_events(ctx):
    rng = ctx.rng
    p = ctx.person()
    em, ip = ctx.email(p), ctx.ip()
    svc = rng.choice(["auth", "accounts", "checkout", "profile-api", "gateway"])
    events = []
    uf = [("id", Dc("NUMERIC_ID", str(rng.randint(10000, 9999999)))), ("name", ctx.full(p)), ("email", em)]
    if rng.random() < 0.5:
        uf.append(("birthdate", ctx.dob("iso")))
    if rng.random() < 0.5:
        uf.append(("address", ctx.addr(multiline=False)))
    events.append(Obj(("ts", ctx.ts("isoz")), ("level", "info"), ("service", svc), ("msg", "user registered"),
                      ("user", Obj(*uf)), ("ip", ip)))
    if rng.random() < 0.6:
        obj = [("ts", ctx.ts("isoz")), ("level", "warn"), ("service", svc), ("msg", "login failed"), ("email", E("EMAIL", em.plain())),
               ("ip", E("IP_ADDRESS", ip.plain())), ("reason", "bad_password")]
        if rng.random() < 0.5:
            obj.append(("attempted_password", ctx.pw()))
        events.append(Obj(*obj))
    upd = rng.choice(["phone", "address", "dob"])
    v = {"phone": ctx.phone(), "address": ctx.addr(multiline=rng.random() < 0.3), "dob": ctx.dob("iso")}[upd]
    events.append(Obj(("ts", ctx.ts("isoz")), ("level", "info"), ("service", svc), ("msg", "profile updated"), ("field", upd), ("new_value", v),
                      ("by", ctx.short(p) if rng.random() < 0.3 else "self")))
    if ctx.country == "US" and rng.random() < 0.6:
        events.append(Obj(("ts", ctx.ts("isoz")), ("level", "info"), ("service", "kyc"), ("msg", "identity check submitted"),
                          ("ssn", ctx.ssn()), ("dob", ctx.dob("iso")), ("result", rng.choice(["pass", "manual_review"]))))
    if rng.random() < 0.5:
        events.append(Obj(("ts", ctx.ts("isoz")), ("level", "error"), ("service", "payments"), ("msg", "card declined"),
                          ("pan", ctx.card(sep="")), ("amount", Dc("PRICE", d_price(rng))), ("order", Dc("ORDER_ID", d_order(rng)))))
    if rng.random() < 0.6:
        events.insert(0, Obj(("ts", ctx.ts("isoz")), ("level", "info"), ("service", svc), ("msg", "starting"), ("version", Dc("VERSION", d_version(rng))),
                             ("commit", Dc("HEX_HASH", d_hex(rng)))))
    esc = json_esc_ascii if rng.random() < 0.2 else json_esc
    return J("\n", [jdump(e, esc=esc) for e in events])


@T("json_log")
def json_audit_diff(ctx):
    rng = ctx.rng
    agent, cust = ctx.person(foreign=0.3), ctx.person()
    field = rng.choice(["address", "phone", "email"])
    if field == "address":
        old, new = ctx.addr(multiline=False), ctx.addr(multiline=False)
    elif field == "phone":
        old, new = ctx.phone(), ctx.phone()
    else:
        old, new = ctx.email(cust), ctx.email(cust)
    changes = [(field, Obj(("old", old), ("new", new)))]
    if rng.random() < 0.5:
        changes.append(("date_of_birth", Obj(("old", Raw("null")), ("new", ctx.dob("iso")))))
    obj = Obj(("event", "customer.updated"), ("at", ctx.ts("isoz")), ("actor", Obj(("name", ctx.full(agent)), ("email", ctx.email(agent)))),
              ("target", Obj(("id", Dc("NUMERIC_ID", str(rng.randint(100000, 99999999)))), ("display_name", ctx.full(cust)))),
              ("changes", Obj(*changes)), ("client", Obj(("ip", ctx.ip()), ("app_version", Dc("VERSION", d_version(rng))))))
    return jdump(obj, indent=rng.choice([2, 4]))


@T("json_log")
def json_error_trace(ctx):
    rng = ctx.rng
    p = ctx.person()
    kind = rng.choice(["dob", "phone", "email"])
    if kind == "dob":
        v = ctx.dob()
        msg = fill("ValidationError: customer '{n}' must be at least 18 (date_of_birth={v})", n=ctx.full(p), v=v)
    elif kind == "phone":
        v = ctx.phone()
        msg = fill("ValidationError: could not normalise phone number '{v}' for {n}", n=ctx.full(p), v=v)
    else:
        v = ctx.email(p)
        msg = fill("IntegrityError: duplicate key value violates unique constraint \"users_email_key\" DETAIL: Key (email)=({v}) already exists.", v=v)
    path = Dc("FILE_PATH", rng.choice(["/app/accounts/validators.py", "/srv/api/src/handlers/signup.py", "/usr/src/app/services/customer.py"]))
    stack = fill("Traceback (most recent call last):\n  File \"{path}\", line {ln}, in validate\n    raise ValidationError(msg)\n{msg}",
                 path=path, ln=str(rng.randint(20, 400)), msg=msg)
    obj = Obj(("timestamp", ctx.ts("isoz")), ("severity", "ERROR"), ("logger", "api.customers"), ("message", msg),
              ("exception", stack), ("trace_id", Dc("HEX_HASH", d_hex(rng))), ("remote_addr", ctx.ip()))
    return jdump(obj, indent=rng.choice([None, 2]))


@T("json_log")
def json_fhir_patient(ctx):
    rng = ctx.rng
    p = ctx.person()
    obj = Obj(("resourceType", "Patient"), ("id", Dc("HEX_HASH", d_hex(rng))),
              ("name", Arr(Obj(("use", "official"), ("text", ctx.full(p, case=False)), ("family", ctx.family(p)), ("given", Arr(ctx.given(p)))))),
              ("telecom", Arr(Obj(("system", "phone"), ("value", ctx.phone())), Obj(("system", "email"), ("value", ctx.email(p))))),
              ("birthDate", ctx.dob("iso")), ("address", Arr(Obj(("text", ctx.addr(multiline=False))))),
              ("meta", Obj(("lastUpdated", ctx.ts("isoz")), ("versionId", Dc("VERSION", str(rng.randint(1, 40)))))))
    cond = Obj(("resourceType", "Condition"), ("subject", Obj(("display", ctx.full(p, case=False)))), ("code", Obj(("text", ctx.health(med=False)))),
               ("recordedDate", ctx.ts("isoz")))
    return B(jdump(obj, indent=2), "\n", jdump(cond, indent=None))


# =========================================================================== logfmt / access logs
@T("logfmt")
def logfmt_app(ctx):
    rng = ctx.rng
    p = ctx.person()
    lines = []
    if rng.random() < 0.6:
        lines.append(J(" ", [lf("ts", ctx.ts("isoz")), lf("level", "info"), lf("msg", "worker started"), lf("version", Dc("VERSION", d_version(rng))),
                             lf("pid", Dc("NUMERIC_ID", str(rng.randint(100, 65000))))]))
    lines.append(J(" ", [lf("ts", ctx.ts("isoz")), lf("level", "info"), lf("msg", "payment authorized"), lf("customer", ctx.full(p)),
                         lf("email", ctx.email(p)), lf("amount", Dc("PRICE", d_price(rng))), lf("order_id", Dc("ORDER_ID", d_order(rng)))]))
    if rng.random() < 0.6:
        lines.append(J(" ", [lf("ts", ctx.ts("isoz")), lf("level", "warn"), lf("msg", "avs mismatch"), lf("billing_address", ctx.addr(multiline=False)),
                             lf("card", ctx.card(sep=rng.choice(["", " "]))), lf("client_ip", ctx.ip())]))
    else:
        lines.append(J(" ", [lf("ts", ctx.ts("isoz")), lf("level", "debug"), lf("msg", "sms sent"), lf("to", ctx.phone()),
                             lf("template", "otp_v2"), lf("provider_id", Dc("HEX_HASH", d_hex(rng)))]))
    if rng.random() < 0.4:
        lines.append(J(" ", [lf("ts", ctx.ts("isoz")), lf("level", "debug"), lf("msg", "db connect"),
                             lf("dsn", B("postgres://svc_billing:", ctx.pw(urlsafe=True), "@db-%d.internal:5432/billing" % rng.randint(1, 9)))]))
    return J("\n", lines)


@T("logfmt")
def access_log(ctx):
    rng = ctx.rng
    p = ctx.person()
    ip = ctx.ip()
    ua = fill("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
              v=Dc("VERSION", "%d.0.%d.%d" % (rng.randint(110, 131), rng.randint(5000, 6800), rng.randint(10, 200))))
    em = E("EMAIL", ctx.email_val(p))
    q = rng.choice(["email={em}", "email={em}&dob={dob}", "q={name}&phone={ph}"])
    ql = fill(q, em=em.map(url_q), dob=ctx.dob("iso").map(url_q), name=ctx.full(p).map(url_qp), ph=ctx.phone().map(url_q))
    lines = []
    for i in range(rng.randint(1, 2)):
        lines.append(fill('{ip} - - [{ts}] "GET /static/app.{h}.js HTTP/1.1" 200 {sz} "-" "{ua}"', ip=E("IP_ADDRESS", ip.plain()) if i else ip,
                          ts=Dc("DATE", d_timestamp(rng, "clf")), h=Dc("HEX_HASH", "".join(rng.choice("0123456789abcdef") for _ in range(8))),
                          sz=str(rng.randint(1000, 90000)), ua=ua))
    lines.append(fill('{ip} - - [{ts}] "GET /api/v2/customers/lookup?{q} HTTP/1.1" 200 {sz} "https://crm.internal/search" "{ua}"',
                      ip=E("IP_ADDRESS", ip.plain()), ts=Dc("DATE", d_timestamp(rng, "clf")), q=ql, sz=str(rng.randint(200, 4000)), ua=ua))
    if rng.random() < 0.5:
        lines.append(fill('{ip2} - - [{ts}] "POST /login HTTP/1.1" 401 87 "-" "curl/{v}"', ip2=ctx.ip(), ts=Dc("DATE", d_timestamp(rng, "clf")),
                          v=Dc("VERSION", "%d.%d.%d" % (rng.randint(7, 8), rng.randint(0, 9), rng.randint(0, 5)))))
    return J("\n", lines)


@T("logfmt")
def auth_syslog(ctx):
    rng = ctx.rng
    host = rng.choice(["web-01", "bastion", "db-prod-2", "vpn-gw"])
    lines = []
    ips = [ctx.ip_val() for _ in range(2)]
    for i in range(rng.randint(3, 5)):
        ts = Dc("DATE", "%s %2d %02d:%02d:%02d" % (L.EN_ABBR[rng.randint(0, 11)], rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
        pid = str(rng.randint(1000, 60000))
        ip = E("IP_ADDRESS", rng.choice(ips))
        kind = rng.random()
        if kind < 0.4:
            lines.append(fill("{ts} {h} sshd[{pid}]: Failed password for invalid user {u} from {ip} port {port} ssh2", ts=ts, h=host, pid=pid,
                              u=rng.choice(["admin", "oracle", "test", "ubuntu", "postgres"]), ip=ip, port=str(rng.randint(30000, 65000))))
        elif kind < 0.7:
            lines.append(fill("{ts} {h} sshd[{pid}]: Accepted publickey for deploy from {ip} port {port} ssh2: ED25519 SHA256:{fp}", ts=ts, h=host,
                              pid=pid, ip=ip, port=str(rng.randint(30000, 65000)), fp="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43))))
        else:
            lines.append(fill("{ts} {h} sudo: pam_unix(sudo:session): session opened for user root(uid=0) by deploy(uid={uid})", ts=ts, h=host,
                              uid=str(rng.randint(1000, 1010))))
    if not any(s.has_entities() for s in lines):
        lines.append(fill("{ts} {h} sshd[{pid}]: Connection closed by {ip} port {port} [preauth]", ts=Dc("DATE", d_timestamp(rng, "ms")), h=host,
                          pid=str(rng.randint(1000, 60000)), ip=E("IP_ADDRESS", ips[0]), port=str(rng.randint(30000, 65000))))
    return J("\n", lines)


@T("logfmt")
def logfmt_clinical(ctx):
    rng = ctx.rng
    p = ctx.person()
    lines = [J(" ", [lf("time", ctx.ts("iso")), lf("level", "info"), lf("event", "intake.saved"), lf("patient", ctx.full(p)), lf("dob", ctx.dob()),
                     lf("dx", ctx.health(med=False)), lf("rx", ctx.health(med=True)), lf("clinic", Dc("OPS_TERM", rng.choice(["Johns Hopkins", "Mercury", "Apollo"])))])]
    if rng.random() < 0.6:
        lines.append(J(" ", [lf("time", ctx.ts("iso")), lf("level", "info"), lf("event", "reminder.scheduled"), lf("to", ctx.phone()),
                             lf("name", ctx.short(p)), lf("at", ctx.ts("iso"))]))
    return J("\n", lines)


# =========================================================================== CSV
@T("csv")
def csv_customers(ctx):
    rng = ctx.rng
    cols = ["first_name", "last_name"] if rng.random() < 0.5 else ["name"]
    extra = choose_fields(ctx, k=rng.randint(2, 4), must=["address"] if rng.random() < 0.6 else (), exclude=["password", "health", "card", "iban", "ssn"])
    cols += extra
    hdr = ["id"] + cols + (["signup_date"] if rng.random() < 0.5 else [])
    rows = [B(",".join(hdr))]
    for i in range(rng.randint(3, 6)):
        p = ctx.person()
        cells = [Dc("NUMERIC_ID", str(rng.randint(1000, 99999)))]
        for c in cols:
            if c == "first_name":
                cells.append(E("PERSON", ctx.case(p.given_name(ctx.lang))))
            elif c == "last_name":
                cells.append(E("PERSON", ctx.case(p.family_name(ctx.lang))))
            elif c == "name":
                cells.append(ctx.full(p))
            else:
                cells.append(field_value(ctx, p, c, multiline=rng.random() < 0.15))
        if "signup_date" in hdr:
            cells.append(Dc("DATE", L.rand_recent(rng).isoformat()))
        rows.append(J(",", [csv_cell(c) for c in cells]))
    return J("\n", rows)


@T("csv", langs=["de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "nb", "fi", "cs", "tr", "ru"])
def csv_semicolon_eu(ctx):
    rng = ctx.rng
    hdr = [ctx.lbl("name"), ctx.lbl("address"), ctx.lbl("dob"), ctx.lbl("phone")]
    rows = [B(";".join(hdr))]
    for i in range(rng.randint(2, 5)):
        p = ctx.person()
        cells = [ctx.full(p), ctx.addr(multiline=rng.random() < 0.4), ctx.dob("num"), ctx.phone()]
        rows.append(J(";", [csv_cell(c, ";") for c in cells]))
    return J("\r\n" if rng.random() < 0.3 else "\n", rows)


@T("csv")
def csv_payroll(ctx):
    rng = ctx.rng
    sep = rng.choice([",", "\t"])
    hdr = sep.join(["employee", "iban", "net_pay", "period", "cost_center"])
    rows = [B(hdr)]
    period = Dc("DATE", "%d-%02d" % (rng.randint(2022, 2026), rng.randint(1, 12)))
    for i in range(rng.randint(3, 6)):
        p = ctx.person()
        cells = [ctx.full(p), ctx.iban(grouped=rng.random() < 0.3), Dc("PRICE", d_price(rng)), Dc("DATE", period.plain()),
                 Dc("NUMERIC_ID", str(rng.randint(1000, 9999)))]
        rows.append(J(sep, [csv_cell(c, sep) for c in cells]))
    return J("\n", rows)


@T("csv")
def tsv_patients(ctx):
    rng = ctx.rng
    med = rng.random() < 0.4
    rows = [B("\t".join(["patient", "dob", "medication" if med else "diagnosis", "phone", "address"]))]
    for i in range(rng.randint(3, 5)):
        p = ctx.person()
        rows.append(J("\t", [ctx.full(p), ctx.dob(rng.choice(["iso", "num"])), ctx.health(med=med), ctx.phone(), ctx.addr(multiline=False)]))
    return J("\n", rows)


# =========================================================================== SQL
@T("sql")
def sql_insert_customers(ctx):
    rng = ctx.rng
    keys = choose_fields(ctx, k=rng.randint(3, 5), exclude=["health", "card"])
    cols = ["id", "full_name"] + [keyname(ctx, k).lower() for k in keys] + ["created_at"]
    vals = []
    for i in range(rng.randint(1, 4)):
        p = ctx.person()
        row = [Dc("NUMERIC_ID", str(rng.randint(1, 999999))), sqlv(ctx.full(p))] + [sqlv(field_value(ctx, p, k)) for k in keys] + \
              [B("'", ctx.ts("ms"), "'")]
        vals.append(B("(", J(", ", row), ")"))
    return B("INSERT INTO customers (" + ", ".join(cols) + ") VALUES\n  ", J(",\n  ", vals), ";")


@T("sql")
def sql_update_user(ctx):
    rng = ctx.rng
    p = ctx.person()
    uid = Dc("NUMERIC_ID", str(rng.randint(1, 999999)))
    stm = [fill("-- {who}: fix for ticket {t}, temporary password for QA is {pw}", who=ctx.full(ctx.person(), case=False),
                t=Dc("ORDER_ID", "SUP-%d" % rng.randint(1000, 99999)), pw=ctx.pw()),
           fill("UPDATE users SET email = {em}, phone = {ph}, password_hash = '{h}', updated_at = NOW() WHERE id = {id};",
                em=sqlv(ctx.email(p)), ph=sqlv(ctx.phone()), h=Dc("HEX_HASH", d_hex(rng)), id=uid)]
    if rng.random() < 0.6:
        stm.append(fill("UPDATE addresses SET line = {a} WHERE user_id = {id};", a=sqlv(ctx.addr(multiline=False)), id=Dc("NUMERIC_ID", uid.plain())))
    if rng.random() < 0.5:
        stm.append(fill("SELECT id, full_name FROM users WHERE full_name ILIKE {n};", n=sqlv(B("%", ctx.family(p), "%"))))
    return J("\n", stm)


@T("sql")
def sql_patients(ctx):
    rng = ctx.rng
    out = [B("CREATE TABLE IF NOT EXISTS patients (id serial primary key, name text, birth_date date, diagnosis text, phone text);")]
    for i in range(rng.randint(2, 3)):
        p = ctx.person()
        out.append(fill("INSERT INTO patients (name, birth_date, diagnosis, phone) VALUES ({n}, {d}, {dx}, {ph});", n=sqlv(ctx.full(p)),
                        d=sqlv(ctx.dob("iso")), dx=sqlv(ctx.health(med=False)), ph=sqlv(ctx.phone())))
    return J("\n", out)


@T("sql")
def sql_query_log(ctx):
    rng = ctx.rng
    p = ctx.person()
    return fill("{ts} UTC [{pid}] LOG:  duration: {ms} ms  statement: SELECT * FROM accounts WHERE lower(email) = lower({em}) AND birth_date = {dob} LIMIT 1\n"
                "{ts2} UTC [{pid}] LOG:  duration: {ms2} ms  statement: SELECT order_id, total FROM orders WHERE customer_name = {n} ORDER BY created_at DESC",
                ts=ctx.ts("ms"), pid=str(rng.randint(1000, 60000)), ms="%.3f" % rng.uniform(0.1, 900), em=sqlv(ctx.email(p)), dob=sqlv(ctx.dob("iso")),
                ts2=ctx.ts("ms"), ms2="%.3f" % rng.uniform(0.1, 900), n=sqlv(ctx.full(p)))


# =========================================================================== config: .env / YAML / INI
@T("config")
def dotenv(ctx):
    rng = ctx.rng
    admin = ctx.person()
    lines = [fill("# generated {ts} — do not commit", ts=ctx.ts("iso")), B("APP_ENV=production"),
             fill("APP_VERSION={v}", v=Dc("VERSION", d_version(rng))),
             fill("DATABASE_URL=postgres://app_rw:{pw}@db.internal:5432/app", pw=ctx.pw(urlsafe=True)),
             fill("REDIS_URL=redis://:{pw}@cache:6379/0", pw=ctx.pw(urlsafe=True)) if rng.random() < 0.5 else None,
             fill("SMTP_PASSWORD=\"{pw}\"", pw=ctx.pw().map(lambda s: s.replace('"', '\\"'))),
             fill("ADMIN_EMAIL={em}", em=ctx.email(admin)), fill("ADMIN_NAME=\"{n}\"", n=ctx.full(admin)),
             fill("SUPPORT_PHONE={ph}", ph=ctx.phone()) if rng.random() < 0.5 else None,
             fill("LOG_DIR={p}", p=Dc("FILE_PATH", d_path(rng))), fill("BUILD_SHA={h}", h=Dc("HEX_HASH", d_hex(rng)))]
    return J("\n", [l for l in lines if l is not None])


@T("config")
def yaml_fixture_users(ctx):
    rng = ctx.rng
    out = [B("# seed data for the staging environment\nusers:")]
    for i in range(rng.randint(2, 4)):
        p = ctx.person()
        items = [fill("  - name: {v}", v=yaml_val(ctx.full(p))), fill("    email: {v}", v=yaml_val(ctx.email(p))),
                 fill("    password: {v}", v=yaml_val(ctx.pw()))]
        if rng.random() < 0.5:
            items.append(fill("    phone: {v}", v=yaml_val(ctx.phone())))
        if rng.random() < 0.4:
            a = ctx.addr(multiline=True)
            if "\n" in a.plain():
                items.append(B("    address: |\n      ", a.map(lambda s: s.replace("\n", "\n      "))))
            else:
                items.append(fill("    address: {v}", v=yaml_val(a)))
        if rng.random() < 0.3:
            items.append(fill("    birthday: {v}", v=yaml_val(ctx.dob("iso"))))
        items.append(B("    role: " + rng.choice(["admin", "editor", "viewer", "support"])))
        out.append(J("\n", items))
    return J("\n", out)


@T("config")
def docker_compose(ctx):
    rng = ctx.rng
    p = ctx.person()
    return fill("version: \"3.9\"\nservices:\n  db:\n    image: postgres:{v1}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pw}\n"
                "    volumes:\n      - {path}:/var/lib/postgresql/data\n  api:\n    image: registry.example/api:{v2}\n    environment:\n"
                "      MAINTAINER: {m}\n      ALERT_SMS: \"{ph}\"\n      DB_DSN: postgresql://app:{pw2}@db:5432/app\n    ports:\n      - \"8080:8080\"",
                v1=Dc("VERSION", "%d.%d" % (rng.randint(12, 17), rng.randint(0, 9))), pw=yaml_val(ctx.pw()), path=Dc("FILE_PATH", "./data/pg"),
                v2=Dc("VERSION", d_version(rng)), m=yaml_val(B(ctx.full(p), " <", ctx.email(p), ">")), ph=ctx.phone(),
                pw2=ctx.pw(urlsafe=True))


@T("config")
def ini_config(ctx):
    rng = ctx.rng
    owner = ctx.person()
    return fill("; {ops} sync tool\n[owner]\nname = {n}\nemail = {em}\nphone = {ph}\n\n[smtp]\nhost = smtp.{dom}\nport = 587\nuser = notifications\npassword = {pw}\n\n"
                "[paths]\ninbox = {path}\n\n[update]\nchannel = stable\nversion = {v}",
                ops=Dc("OPS_TERM", rng.choice(["Mercury", "Apollo", "Hermes", "Hugo"])), n=ctx.full(owner), em=ctx.email(owner), ph=ctx.phone(),
                dom=rng.choice(["veltrion.com", "blueharbor.io", "lumio.app"]), pw=ctx.pw(), path=Dc("FILE_PATH", d_path(rng)), v=Dc("VERSION", d_version(rng)))


@T("config")
def k8s_oncall(ctx):
    rng = ctx.rng
    a, b_ = ctx.person(), ctx.person()
    return fill("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: oncall-roster\n  namespace: ops\ndata:\n  primary: {a}\n  primary_phone: \"{pa}\"\n"
                "  secondary: {b}\n  secondary_phone: \"{pb}\"\n  escalation_email: {eb}\n  runbook: {path}\n  chart_version: {v}",
                a=yaml_val(ctx.full(a)), pa=ctx.phone(), b=yaml_val(ctx.full(b_)), pb=ctx.phone(), eb=ctx.email(b_),
                path=Dc("FILE_PATH", "docs/runbooks/oncall.md"), v=Dc("VERSION", d_version(rng)))


# =========================================================================== source code
@T("code")
def py_fixture(ctx):
    rng = ctx.rng
    p, dev = ctx.person(), ctx.person()
    keys = choose_fields(ctx, k=rng.randint(3, 5))
    items = [fill('        "{k}": "{v}",', k=keyname(ctx, "name"), v=ctx.full(p).map(js_esc_dq))]
    for k in keys:
        items.append(fill('        "{k}": "{v}",', k=keyname(ctx, k), v=field_value(ctx, p, k).map(js_esc_dq)))
    return fill("import pytest\n\n\n# TODO({dev}): replace with anonymised data before the {v} release\n@pytest.fixture\ndef customer():\n    return {{\n{items}\n    }}\n\n\n"
                "def test_greeting(customer):\n    assert render_greeting(customer) == \"Hello, {short}!\"",
                dev=ctx.short(dev), v=Dc("VERSION", d_version(rng)), items=J("\n", items), short=E("PERSON", p.given_name(ctx.lang)).map(js_esc_dq)).map(
        lambda s: s.replace("{{", "{").replace("}}", "}"))


@T("code")
def ts_mock(ctx):
    rng = ctx.rng
    p = ctx.person()
    first, last = name_parts(ctx, p)
    keys = choose_fields(ctx, k=rng.randint(3, 4), exclude=["ssn"])
    extra = [fill("  {k}: '{v}',", k=keyname(ctx, k), v=field_value(ctx, p, k).map(js_esc_sq)) for k in keys]
    return fill("// {path}\nimport {{ Customer }} from '../types';\n\nexport const mockCustomer: Customer = {{\n  id: '{id}',\n  firstName: '{f}',\n  lastName: '{l}',\n{extra}\n}};\n\n"
                "describe('CustomerCard', () => {{\n  it('shows the full name', () => {{\n    render(<CustomerCard customer={{mockCustomer}} />);\n"
                "    expect(screen.getByText('{full}')).toBeInTheDocument();\n  }});\n}});",
                path=Dc("FILE_PATH", "./src/components/CustomerCard.test.tsx"), id=Dc("HEX_HASH", d_hex(rng)), f=first.map(js_esc_sq), l=last.map(js_esc_sq),
                extra=J("\n", extra), full=E("PERSON", p.given_name(ctx.lang) + " " + p.family_name(ctx.lang)).map(js_esc_sq)).map(
        lambda s: s.replace("{{", "{").replace("}}", "}"))


@T("code")
def java_builder(ctx):
    rng = ctx.rng
    p = ctx.person()
    return fill("@Test\nvoid rejectsUnderageApplicant() {{\n    Applicant a = Applicant.builder()\n        .fullName(\"{n}\")\n        .dateOfBirth(\"{dob}\")\n"
                "        .email(\"{em}\")\n        .phone(\"{ph}\")\n        .iban(\"{iban}\")\n        .build();\n"
                "    // reported by {rep} in {t}\n    assertThrows(ValidationException.class, () -> service.submit(a));\n}}",
                n=ctx.full(p).map(js_esc_dq), dob=ctx.dob("iso"), em=ctx.email(p), ph=ctx.phone(), iban=ctx.iban(grouped=False),
                rep=ctx.full(ctx.person(), case=False), t=Dc("ORDER_ID", "JIRA-%d" % rng.randint(100, 9999))).map(lambda s: s.replace("{{", "{").replace("}}", "}"))


@T("code")
def go_struct(ctx):
    rng = ctx.rng
    rows = []
    for i in range(rng.randint(2, 3)):
        p = ctx.person()
        keys = choose_fields(ctx, k=rng.randint(1, 2), exclude=["password", "health", "ssn", "ip"])
        gof = {"address": "Address", "dob": "Birthday", "phone": "Phone", "email": "Email", "card": "Card", "iban": "IBAN"}
        extra = J("", [B(", %s: \"" % gof[k], field_value(ctx, p, k).map(js_esc_dq), "\"") for k in keys])
        rows.append(fill("\t{{Name: \"{n}\"{extra}, Password: \"{pw}\"}},", n=ctx.full(p).map(js_esc_dq), extra=extra, pw=ctx.pw().map(js_esc_dq)))
    return fill("package seed\n\n// Users for local development. Generated {ts}.\nvar Users = []User{{\n{rows}\n}}\n", ts=ctx.ts("iso"), rows=J("\n", rows)).map(
        lambda s: s.replace("{{", "{").replace("}}", "}"))


@T("code")
def code_header_conn(ctx):
    rng = ctx.rng
    a = ctx.person()
    lang = rng.choice(["py", "js", "php"])
    hdr = fill("Author: {n} <{e}>\nCreated: {d}\nIf the nightly export breaks, call {s} on {ph}.", n=ctx.full(a), e=ctx.email(a), d=ctx.date_human(),
               s=ctx.short(a), ph=ctx.phone())
    pw = ctx.pw(urlsafe=True)
    if lang == "py":
        c = B('"""\n', hdr, '\n"""\nimport psycopg2\n\nconn = psycopg2.connect("host=db.internal dbname=export user=exporter password=', pw,
              '")\nOUT_DIR = "', Dc("FILE_PATH", d_path(rng)).map(js_esc_dq), '"\n')
    elif lang == "js":
        c = B("/**\n * ", hdr.map(lambda s: s.replace("\n", "\n * ")), "\n */\nconst { Client } = require('pg');\nconst client = new Client({ connectionString: 'postgres://exporter:",
              pw, "@db.internal/export' });\n")
    else:
        c = B("<?php\n/*\n", hdr, "\n*/\n$pdo = new PDO('mysql:host=db.internal;dbname=export', 'exporter', '", pw, "');\n")
    return c


@T("code")
def ruby_seeds(ctx):
    rng = ctx.rng
    rows = []
    for i in range(rng.randint(2, 3)):
        p = ctx.person()
        rows.append(fill("User.create!(name: \"{n}\", email: \"{e}\", password: \"{pw}\", born_on: Date.parse(\"{d}\"))", n=ctx.full(p).map(js_esc_dq),
                         e=ctx.email(p), pw=ctx.pw().map(js_esc_dq), d=ctx.dob("iso")))
    return fill("# db/seeds.rb — sample accounts ({v})\n{rows}\nputs \"seeded #{{User.count}} users\"", v=Dc("VERSION", d_version(rng)), rows=J("\n", rows)).map(
        lambda s: s.replace("{{", "{").replace("}}", "}"))


# =========================================================================== HTML
@T("html")
def html_form(ctx):
    rng = ctx.rng
    p = ctx.person()
    keys = choose_fields(ctx, k=rng.randint(3, 5), exclude=["ip", "health"])
    rows = [fill('  <label>{l}</label>\n  <input type="text" name="{k}" value="{v}">', l=ctx.lbl("name"), k=keyname(ctx, "name"), v=ctx.full(p).map(html_esc))]
    for k in keys:
        v = field_value(ctx, p, k)
        t = {"password": "password", "email": "email", "phone": "tel", "dob": "text"}.get(k, "text")
        if k == "address" and rng.random() < 0.5:
            rows.append(fill('  <label>{l}</label>\n  <textarea name="{k}">{v}</textarea>', l=ctx.lbl(k), k=keyname(ctx, k),
                             v=ctx.addr(multiline=True).map(html_esc)))
        else:
            rows.append(fill('  <label>{l}</label>\n  <input type="{t}" name="{k}" value="{v}">', l=ctx.lbl(k), t=t, k=keyname(ctx, k), v=v.map(html_esc)))
    return fill('<form method="post" action="/checkout/step-2" data-build="{v}">\n{rows}\n  <button type="submit">OK</button>\n</form>',
                v=Dc("VERSION", d_version(rng)), rows=J("\n", rows))


@T("html")
def html_invoice(ctx):
    rng = ctx.rng
    p = ctx.person()
    phv = ctx.phone_val()
    tel = ("+" if phv.startswith("+") else "") + "".join(c for c in phv if c.isdigit())
    return fill('<div class="invoice">\n  <h2>Invoice {inv}</h2>\n  <p>Bill to:</p>\n  <address>\n    <strong>{n}</strong>\n    {a}\n  </address>\n'
                '  <p>Phone: <a href="tel:{tel}">{ph}</a></p>\n  <table>\n    <tr><td>{item}</td><td>{price}</td></tr>\n    <tr><td>Shipping</td><td>{price2}</td></tr>\n'
                '  </table>\n  <p class="small">Issued {d}</p>\n</div>',
                inv=Dc("ORDER_ID", d_order(rng)), n=ctx.full(p).map(html_esc), a=ctx.addr(multiline=True).map(lambda s: html_esc(s).replace("\n", "\n    ")),
                tel=E("PHONE", tel), ph=E("PHONE", phv),
                item=Dc("OPS_TERM", rng.choice(["Dr. Martens 1460", "Nivea Men set", "Philips Hue starter kit", "Bosch drill", "Uniqlo parka"])),
                price=Dc("PRICE", d_price(rng)), price2=Dc("PRICE", d_price(rng)), d=ctx.date_human())


@T("html")
def html_table_patients(ctx):
    rng = ctx.rng
    rows = []
    for i in range(rng.randint(2, 4)):
        p = ctx.person()
        rows.append(fill("  <tr><td>{n}</td><td>{d}</td><td>{dx}</td></tr>", n=ctx.full(p).map(html_esc), d=ctx.dob(), dx=ctx.health().map(html_esc)))
    return fill('<table class="ward-list">\n  <thead><tr><th>{a}</th><th>{b}</th><th>{c}</th></tr></thead>\n{rows}\n</table>\n<!-- exported {ts} by {path} -->',
                a=ctx.lbl("name"), b=ctx.lbl("dob"), c=ctx.lbl("health"), rows=J("\n", rows), ts=ctx.ts("iso"), path=Dc("FILE_PATH", d_path(rng)))


@T("html")
def html_email_body(ctx):
    rng = ctx.rng
    p = ctx.person()
    return _html_email(ctx, p)


def _html_email(ctx, p):
    rng = ctx.rng
    em = ctx.email_val(p)
    return fill('<html><body style="font-family:Arial">\n<p>{greet}</p>\n<p>{l1}</p>\n<ul>\n  <li>{ln}: {n}</li>\n  <li>{le}: <a href="mailto:{e}">{e2}</a></li>\n'
                '  <li>{la}: {a}</li>\n</ul>\n<p>{so}<br>{brand}</p>\n<img src="https://t.example/o.gif?id={h}" width="1" height="1">\n</body></html>',
                greet=fill(ctx.sent("greet"), n=ctx.short(p).map(html_esc)), l1=rng.choice(["Please confirm the details below.", "Your account details were updated."]),
                ln=ctx.lbl("name"), n=ctx.full(p).map(html_esc), le=ctx.lbl("email"), e=E("EMAIL", em), e2=E("EMAIL", em), la=ctx.lbl("address"),
                a=ctx.addr(multiline=False).map(html_esc), so=ctx.sent("signoff"), brand=Dc("OPS_TERM", d_ops(rng)), h=Dc("HEX_HASH", d_hex(rng)))


# =========================================================================== markdown notes
@T("markdown")
def md_meeting_notes(ctx):
    rng = ctx.rng
    ppl = [ctx.person(foreign=0.3) for _ in range(rng.randint(2, 4))]
    cust = ctx.person()
    att = J(", ", [ctx.full(x, case=False) for x in ppl])
    return fill("# Weekly sync — {d}\n\n**Attendees:** {att}\n\n## Updates\n- {a} shipped {v} of the {ops} importer.\n- Escalation: {c} ({ph}) is unhappy about the "
                "invoice {oid}; {b} will call back.\n\n## Action items\n- [ ] @{as_} send {c2} the corrected invoice to {addr}\n- [ ] @{bs} check logs for {ip}\n",
                d=ctx.date_human(), att=att, a=ctx.short(ppl[0]), v=Dc("VERSION", d_version(rng)), ops=Dc("OPS_TERM", rng.choice(["Mercury", "Apollo", "Kafka", "Hermes"])),
                c=ctx.full(cust), ph=ctx.phone(), oid=Dc("ORDER_ID", d_order(rng)), b=ctx.short(ppl[1]), as_=ctx.short(ppl[0]), c2=ctx.mention(cust),
                addr=ctx.addr(multiline=False), bs=ctx.short(ppl[1]), ip=ctx.ip())


@T("markdown")
def md_postmortem(ctx):
    rng = ctx.rng
    oncall = ctx.person()
    affected = [ctx.person() for _ in range(rng.randint(2, 3))]
    aff = J("\n", [B("- ", ctx.email(x), " (", ctx.ip(), ")") for x in affected])
    return fill("## Incident {id}: password reset emails sent to wrong recipients\n\n**Owner:** {o}\n**Detected:** {t1}\n**Resolved:** {t2}\n\n"
                "### Timeline\n- {t1b} deploy of `{h}` ({v})\n- {t3} first report from a customer\n- {t2b} rollback complete\n\n### Affected accounts\n{aff}\n\n"
                "### Root cause\nCache key collision in `{path}`.",
                id=Dc("ORDER_ID", "INC-%d" % rng.randint(100, 9999)), o=ctx.full(oncall, case=False), t1=ctx.ts("iso"), t2=ctx.ts("iso"), t1b=ctx.ts("ms"),
                h=Dc("HEX_HASH", "".join(rng.choice("0123456789abcdef") for _ in range(9))), v=Dc("VERSION", d_version(rng)), t3=ctx.ts("ms"), t2b=ctx.ts("ms"),
                aff=aff, path=Dc("FILE_PATH", rng.choice(["pkg/handlers/profile.go", "app/models/customer.rb", "src/auth/reset.ts"])))


@T("markdown", langs=["en", "de", "nl"])
def md_one_on_one(ctx):
    rng = ctx.rng
    mgr, rep = ctx.person(), ctx.person()
    tpl = {"en": "### 1:1 {m} / {r} — {d}\n\n- {rs} mentioned ongoing treatment for {cond}; on {med}, may need flexible hours.\n- Leave booked {d2}.\n"
                 "- New home address for payroll: {addr}\n- Follow-up: HR ({hr}) to update records.",
           "de": "### 1:1 {m} / {r} — {d}\n\n- {rs} ist wegen {cond} in Behandlung, nimmt {med}; braucht evtl. flexible Arbeitszeiten.\n- Urlaub ab {d2}.\n"
                 "- Neue Anschrift für die Lohnabrechnung: {addr}\n- Follow-up: HR ({hr}) aktualisiert die Stammdaten.",
           "nl": "### 1-op-1 {m} / {r} — {d}\n\n- {rs} is in behandeling voor {cond}, gebruikt {med}; heeft mogelijk flexibele uren nodig.\n- Verlof vanaf {d2}.\n"
                 "- Nieuw woonadres voor de salarisadministratie: {addr}\n- Opvolging: HR ({hr}) past gegevens aan."}[ctx.lang]
    return fill(tpl, m=ctx.full(mgr, case=False), r=ctx.full(rep, case=False), d=ctx.date_human(), rs=ctx.short(rep),
                cond=E("HEALTH", ctx.health_val(med=False)[0]), med=E("HEALTH", ctx.health_val(med=True)[0]), d2=ctx.date_human(),
                addr=ctx.addr(multiline=False), hr=ctx.full(ctx.person(), case=False))


@T("markdown")
def md_crm_call(ctx):
    rng = ctx.rng
    p = ctx.person()
    keys = choose_fields(ctx, k=rng.randint(3, 4), exclude=["password", "ip"])
    fs, vals = facts(ctx, p, keys, sep="\n- ")
    head = {"en": "Call notes", "es": "Notas de la llamada", "de": "Gesprächsnotiz", "fr": "Compte rendu d'appel", "pt": "Notas da chamada",
            "it": "Note chiamata", "nl": "Gespreksnotitie", "pl": "Notatka z rozmowy", "ja": "通話メモ", "zh": "通话记录", "ko": "통화 메모",
            "ru": "Заметки по звонку", "tr": "Görüşme notu"}.get(ctx.lang, "Call notes")
    return fill("## {h}: {n} ({d})\n\n> {quote}\n\n- {fs}\n\nNext step: {ms} — {ops} quote {price}", h=head, n=ctx.full(p), d=ctx.date_human(),
                quote=fill(ctx.sent("name"), v=ctx.full(p, case=False)), fs=fs, ms=ctx.mention(p), ops=Dc("OPS_TERM", d_ops(rng)), price=Dc("PRICE", d_price(rng)))


# =========================================================================== SMS
@T("sms")
def sms_new_number(ctx):
    rng = ctx.rng
    p = ctx.person()
    ph = ctx.phone()
    msgs = {"en": ["Hi it's {s}! New number: {ph}. Save it & delete the old one x", "{s} here - my new number is {ph}, old phone died"],
            "es": ["Hola, soy {s}. Mi número nuevo es el {ph}. ¡Guárdalo!"], "de": ["Hi, hier ist {s}! Neue Nummer: {ph}. Bitte einspeichern :)"],
            "fr": ["Coucou c'est {s} ! Nouveau numéro : {ph}, enregistre-le"], "pt": ["Oi, é a {s}! Número novo: {ph}. Salva aí"],
            "it": ["Ciao sono {s}, nuovo numero {ph}, salvalo!"], "nl": ["Hoi, met {s}! Mijn nieuwe nummer is {ph}"],
            "pl": ["Cześć, tu {s}! Mój nowy numer to {ph}"], "tr": ["Selam ben {s}, yeni numaram {ph}, kaydet"],
            "id": ["Halo, ini {s}. Nomor baru aku {ph} ya, tolong disimpan"], "vi": ["Chào, mình là {s}. Số mới của mình là {ph} nhé"],
            "ru": ["Привет, это {s}! Мой новый номер {ph}, сохрани"], "ja": ["{s}です！新しい番号は{ph}です。登録お願いします"],
            "ko": ["{s}이에요! 새 번호 {ph} 저장해주세요"], "zh": ["我是{s}，新号码{ph}，存一下哈"], "sw": ["Habari, ni {s}. Namba yangu mpya ni {ph}"],
            "fil": ["Hi, si {s} 'to! Bagong number ko: {ph}"]}.get(ctx.lang)
    if not msgs:
        ctx.lang = "en"
        msgs = ["Hi it's {s}! New number: {ph}. Save it & delete the old one x"]
    first = fill(rng.choice(msgs), s=ctx.short(p), ph=ph)
    reply = fill(rng.choice(["ok saved! is this still {s2} from {ops}?", "👍 got it {s2}", "thx {s2}. btw dinner at {ops} on {d}?"]), s2=ctx.short(p),
                 ops=Dc("OPS_TERM", rng.choice(["Wendy's", "Jollibee", "Tim Hortons", "Popeyes", "Dunkin'"])), d=ctx.date_human())
    out = [fill("[{t}] {m}", t=ctx.ts("ms"), m=first), fill("[{t}] {m}", t=ctx.ts("ms"), m=reply)]
    if rng.random() < 0.5:
        out.append(fill("[{t}] {m}", t=ctx.ts("ms"), m=fill(rng.choice(["yes! and I'm at {a} now", "haha yes. full name {n} if you need it for the booking"]),
                                                           a=ctx.addr(multiline=False), n=ctx.full(p))))
    return J("\n", out)


@T("sms")
def sms_courier(ctx):
    rng = ctx.rng
    p = ctx.person()
    return fill(rng.choice(["Courier: parcel {oid} for {n} will be delivered today 14:00-16:00 to {a}. Reply 1 to reschedule or call {ph}.",
                            "{n}, your driver is 5 stops away. Delivering to {a}. Questions: {ph}. Ref {oid}",
                            "DELIVERY FAILED for {n} at {a}. Please call {ph} quoting {oid}."]),
                oid=Dc("ORDER_ID", d_order(rng)), n=ctx.full(p), a=ctx.addr(multiline=False), ph=ctx.phone())


@T("sms", langs=["en"])
def sms_family(ctx):
    rng = ctx.rng
    mum, me = ctx.person(), ctx.person()
    mum.adopt_family(me)
    return J("\n", [fill("{m}: can you fill in Nan's form for the clinic? her full name is {n}, DOB {dob}", m=ctx.short(me), n=ctx.full(mum), dob=ctx.dob()),
                    fill("{m}: she's on {med} now, and they confirmed {cond} last week", m=ctx.short(me), med=ctx.health(med=True), cond=ctx.health(med=False)),
                    fill("Me: ok, will do tonight. what's her address again? still {a}?", a=ctx.addr(multiline=False)),
                    fill("{m}: yes. and her phone is {ph}", m=ctx.short(me), ph=ctx.phone())])


@T("sms")
def sms_local(ctx):
    rng = ctx.rng
    p = ctx.person()
    keys = choose_fields(ctx, k=rng.randint(2, 3), must=[rng.choice(["address", "dob", "password"])], exclude=["card", "ssn", "ip"])
    fs, _ = facts(ctx, p, keys)
    return fill("{hello} {s}! {fs} {thx}\n— {n}", hello=ctx.sent("hello"), s=ctx.short(ctx.person()), fs=fs, thx=ctx.sent("thanks"), n=ctx.short(p))


# =========================================================================== OCR (wrapped by the generator)
@T("ocr", langs=["en", "de", "fr", "es", "nl", "it"])
def ocr_bank_letter(ctx):
    rng = ctx.rng
    p = ctx.person()
    tpl = {"en": "{bank}\n\n{n}\n{a}\n\n{d}\n\nDear {f},\n\nWe confirm that your account {iban} has been switched to the Premier tariff. "
                 "The replacement debit card {card} will arrive within 5 working days. If you did not request this, call us on {ph}.\n\nYours sincerely,\nCustomer Services",
           "de": "{bank}\n\n{n}\n{a}\n\n{d}\n\nSehr geehrte/r {f},\n\nwir bestätigen die Umstellung Ihres Kontos {iban} auf das Premium-Modell. "
                 "Ihre neue Karte {card} erhalten Sie in 5 Werktagen. Falls Sie dies nicht beauftragt haben, rufen Sie uns unter {ph} an.\n\nMit freundlichen Grüßen\nIhr Kundenservice",
           "fr": "{bank}\n\n{n}\n{a}\n\n{d}\n\n{f},\n\nNous confirmons le passage de votre compte {iban} à l'offre Premium. "
                 "Votre nouvelle carte {card} arrivera sous 5 jours ouvrés. Si vous n'êtes pas à l'origine de cette demande, appelez le {ph}.\n\nCordialement,\nLe service clients",
           "es": "{bank}\n\n{n}\n{a}\n\n{d}\n\nEstimado/a {f}:\n\nLe confirmamos el cambio de su cuenta {iban} a la tarifa Premium. "
                 "Su nueva tarjeta {card} llegará en 5 días hábiles. Si no lo ha solicitado, llámenos al {ph}.\n\nAtentamente,\nAtención al cliente",
           "nl": "{bank}\n\n{n}\n{a}\n\n{d}\n\nBeste {f},\n\nWe bevestigen dat uw rekening {iban} is omgezet naar het Premium-pakket. "
                 "Uw nieuwe pas {card} ontvangt u binnen 5 werkdagen. Heeft u dit niet aangevraagd? Bel {ph}.\n\nMet vriendelijke groet,\nKlantenservice",
           "it": "{bank}\n\n{n}\n{a}\n\n{d}\n\nGentile {f},\n\nconfermiamo il passaggio del conto {iban} alla tariffa Premium. "
                 "La nuova carta {card} arriverà entro 5 giorni lavorativi. Se non ha richiesto il cambio, chiami il {ph}.\n\nCordiali saluti,\nServizio clienti"}[ctx.lang]
    return fill(tpl, bank=Dc("OPS_TERM", rng.choice(["Santander", "Wells Fargo", "Charles Schwab", "Morgan Stanley"])), n=E("PERSON", p.full_name(ctx.lang).upper()),
                a=ctx.addr(multiline=True), d=ctx.date_human(), f=ctx.formal(p), iban=ctx.iban(grouped=True), card=ctx.card(sep=" "), ph=ctx.phone())


@T("ocr")
def ocr_form(ctx):
    rng = ctx.rng
    p = ctx.person()
    lab = lambda k: ctx.lbl(k)
    rows = [fill("{l} / Name: {v}", l=lab("name"), v=E("PERSON", p.full_name(ctx.lang).upper() if rng.random() < 0.6 else p.full_name(ctx.lang))),
            fill("{l} / Date of birth: {v}", l=lab("dob"), v=ctx.dob()),
            fill("{l} / Address: {v}", l=lab("address"), v=ctx.addr(multiline=False)),
            fill("{l} / Phone: {v}", l=lab("phone"), v=ctx.phone())]
    if rng.random() < 0.5:
        rows.append(fill("{l} / Email: {v}", l=lab("email"), v=ctx.email(p)))
    if rng.random() < 0.4:
        rows.append(fill("{l} / Medical conditions: {v}", l=lab("health"), v=ctx.health()))
    return fill("APPLICATION FORM   Ref. {ref}\n\n{rows}\n\nSignature: ________   Date: {d}", ref=Dc("NUMERIC_ID", d_numeric(rng)), rows=J("\n", rows), d=ctx.date_human())


@T("ocr", langs=["en"])
def ocr_receipt(ctx):
    rng = ctx.rng
    p = ctx.person()
    items = J("\n", [fill("{i}  {pr}", i=rng.choice(["COFFEE BEANS 1KG", "OAT MILK", "BATTERIES AA x8", "DR PEPPER 2L", "HDMI CABLE 2M", "SOURDOUGH"]),
                          pr=Dc("PRICE", d_price(rng))) for _ in range(rng.randint(3, 5))])
    return fill("{store}\nStore #{sn}\n{ts}\n\n{items}\n\nTOTAL {tot}\nVISA {card}\nAUTH {auth}\nLoyalty member: {n}\nThank you for shopping with us!",
                store=Dc("OPS_TERM", rng.choice(["Trader Joe's", "Sam's Club", "Macy's", "Kohl's", "Sainsbury's"])), sn=Dc("NUMERIC_ID", str(rng.randint(100, 9999))),
                ts=ctx.ts("ms"), items=items, tot=Dc("PRICE", d_price(rng)), card=ctx.card(sep=rng.choice([" ", ""])), auth=Dc("NUMERIC_ID", str(rng.randint(100000, 999999))),
                n=E("PERSON", p.full_name("en").upper()))


@T("ocr", langs=["en", "de", "fr", "es"])
def ocr_referral(ctx):
    rng = ctx.rng
    p, doc = ctx.person(), ctx.person()
    tpl = {"en": "REFERRAL LETTER\n\nRe: {n}, DOB {dob}\nAddress: {a}\n\nThank you for seeing this patient with {cond}. Current medication: {med}. "
                 "Please contact the patient directly on {ph}.\n\nDr {doc}",
           "de": "ÜBERWEISUNGSSCHEIN\n\nPatient/in: {n}, geb. {dob}\nAnschrift: {a}\n\nBitte um Mitbehandlung bei {cond}. Aktuelle Medikation: {med}. "
                 "Telefon Patient/in: {ph}.\n\nDr. med. {doc}",
           "fr": "LETTRE D'ADRESSAGE\n\nPatient(e) : {n}, né(e) le {dob}\nAdresse : {a}\n\nMerci de recevoir ce patient pour {cond}. Traitement actuel : {med}. "
                 "Téléphone : {ph}.\n\nDr {doc}",
           "es": "VOLANTE DE DERIVACIÓN\n\nPaciente: {n}, f. nac. {dob}\nDomicilio: {a}\n\nSe deriva por {cond}. Medicación actual: {med}. "
                 "Teléfono del paciente: {ph}.\n\nDr./Dra. {doc}"}[ctx.lang]
    return fill(tpl, n=ctx.full(p), dob=ctx.dob(), a=ctx.addr(multiline=False), cond=E("HEALTH", ctx.health_val(med=False)[0]),
                med=E("HEALTH", ctx.health_val(med=True)[0]), ph=ctx.phone(), doc=ctx.full(doc, case=False))


# =========================================================================== URLs
@T("url")
def url_signup_get(ctx):
    rng = ctx.rng
    p = ctx.person()
    keys = choose_fields(ctx, k=rng.randint(3, 5), exclude=["health", "iban", "card", "ssn"])
    enc = url_q if rng.random() < 0.6 else url_qp
    params = [B(keyname(ctx, "name") + "=", ctx.full(p).map(enc))]
    for k in keys:
        params.append(B(keyname(ctx, k) + "=", field_value(ctx, p, k).map(enc)))
    params.append(fill("utm_source=newsletter&utm_campaign={c}", c=Dc("NUMERIC_ID", str(rng.randint(1000, 99999)))))
    url = B("https://www.", rng.choice(["shop.example", "lumio.app", "blueharbor.io", "veltrion.com"]), "/signup/complete?", J("&", params))
    return fill("{ts} INFO http: GET {u} -> 302 ({ms} ms)\n{ts2} INFO http: redirect to /welcome", ts=ctx.ts("log"), u=url, ms=str(rng.randint(3, 400)), ts2=ctx.ts("log"))


@T("url")
def url_redirect_email(ctx):
    rng = ctx.rng
    p = ctx.person()
    em = E("EMAIL", ctx.email_val(p)).map(url_q)
    inner = B("https://app.lumio.app/reset?email=", em, "&token=", Dc("HEX_HASH", d_hex(rng)))
    outer = B("https://click.mailer.example/ls/click?upn=", Dc("HEX_HASH", d_hex(rng)), "&url=", inner.map(url_q))
    return fill("Referer header seen on {ts}:\n{u}\nclient={ip} ua=\"{ua}\"", ts=ctx.ts("iso"), u=outer, ip=ctx.ip(),
                ua=rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "okhttp/4.12.0", "python-requests/2.31.0"]))


@T("url")
def url_form_post(ctx):
    rng = ctx.rng
    p = ctx.person()
    body = J("&", [B("full_name=", ctx.full(p).map(url_qp)), B("street=", ctx.addr(multiline=False).map(url_qp)), B("phone=", ctx.phone().map(url_qp)),
                   B("password=", ctx.pw().map(url_qp)), B("csrf=", Dc("HEX_HASH", d_hex(rng)))])
    return fill("POST /account/register HTTP/1.1\nHost: {h}\nContent-Type: application/x-www-form-urlencoded\nX-Forwarded-For: {ip}\nUser-Agent: Mozilla/5.0 Firefox/{v}\n\n{body}",
                h=rng.choice(["www.veltrion.com", "portal.quantafin.eu", "shop.example"]), ip=ctx.ip(), v=Dc("VERSION", "%d.0" % rng.randint(100, 130)), body=body)


@T("url")
def url_links_markdown(ctx):
    rng = ctx.rng
    p = ctx.person()
    em = ctx.email_val(p)
    ph = ctx.phone_val()
    tel = "".join(c for c in ph if c.isdigit() or c == "+")
    return fill("Contact card for {n}:\n- [Email](mailto:{e}?subject={s})\n- [Call](tel:{tel})\n- [Map](https://maps.example.com/?q={a})\n- Profile: https://crm.internal/c/{id}",
                n=ctx.full(p), e=E("EMAIL", em), s=url_q("Re: your order"), tel=E("PHONE", tel), a=ctx.addr(multiline=False).map(url_qp),
                id=Dc("NUMERIC_ID", str(rng.randint(1000, 999999))))


# =========================================================================== voice transcripts
MONTHS_EN_LOW = [m.lower() for m in L.MONTHS["en"]]


def spoken_dob(rng):
    d = L.rand_dob(rng)
    m = MONTHS_EN_LOW[d.month - 1]
    return rng.choice(["%s %s %s" % (m, en_ordinal_words(d.day), en_year_words(d.year)),
                       "the %s of %s %s" % (en_ordinal_words(d.day), m, en_year_words(d.year)),
                       "%s %d %d" % (m, d.day, d.year), "%d %s %d" % (d.day, m, d.year)])


def spoken_email(rng, em):
    local, dom = em.split("@")
    local = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    return (local + " at " + dom.replace(".", " dot ")).lower()


@T("voice", langs=["en"])
def voice_call_center(ctx):
    rng = ctx.rng
    p, agent = ctx.person(foreign=0.3), ctx.person()
    full = p.full_name("en").lower()
    ph = ctx.phone_val()
    lines = [fill("agent: thank you for calling {ops} this is {a} how can i help", ops=Dc("OPS_TERM", rng.choice(["Wells Fargo", "Amazon", "Tesla", "Dell"])),
                  a=E("PERSON", agent.short(rng, "en").lower())),
             fill("caller: hi yeah um my name is {n} i'm calling about a charge on my account", n=E("PERSON", full)),
             B("agent: sure can you confirm your date of birth"),
             fill("caller: it's {d}", d=E("DATE_OF_BIRTH", spoken_dob(rng))),
             B("agent: and the phone number on the account"),
             fill("caller: {ph}", ph=E("PHONE", spoken_digits(rng, ph))),
             fill("agent: thanks {s} i can see the account", s=E("PERSON", p.short(rng, "en").lower()))]
    if rng.random() < 0.6:
        lines += [B("agent: and what's the best email to send the confirmation to"),
                  fill("caller: {e}", e=E("EMAIL", spoken_email(rng, ctx.email_val(p))))]
    if rng.random() < 0.5:
        lines += [fill("caller: also i moved so the address is {a}", a=E("ADDRESS", ctx.addr(multiline=False).plain().lower().replace(",", "")))]
    return J("\n", lines)


@T("voice", langs=["en"])
def voice_meeting_transcript(ctx):
    rng = ctx.rng
    a, b_, c = ctx.person(foreign=0.3), ctx.person(foreign=0.3), ctx.person(gender="f")
    t = [rng.randint(1, 20)]
    for _ in range(3):
        t.append(t[-1] + rng.randint(4, 50))
    st = ["[%02d:%02d:%02d]" % (x // 3600, (x // 60) % 60, x % 60) for x in t]
    return J("\n", [fill("{s} {a}: okay let's start, {b} are you there?", s=st[0], a=ctx.full(a, case=False), b=ctx.short(b_)),
                    fill("{s} {b}: yes, sorry. quick update on the {c} account — she called from {ph} again", s=st[1], b=ctx.full(b_, case=False),
                         c=ctx.full(c), ph=ctx.phone()),
                    fill("{s} {a}: right, and we still have the old address, {addr}?", s=st[2], a=ctx.short(a), addr=ctx.addr(multiline=False)),
                    fill("{s} {b}: yes. I'll update it after the call. also the {ops} rollout slipped to {d}", s=st[3], b=ctx.short(b_),
                         ops=Dc("OPS_TERM", rng.choice(["Mercury", "Apollo", "Kubernetes", "Grafana"])), d=ctx.date_human())])


# =========================================================================== tickets / notes
@T("note")
def ticket_jira(ctx):
    rng = ctx.rng
    p, rep = ctx.person(), ctx.person(foreign=0.3)
    keys = choose_fields(ctx, k=rng.randint(2, 4), exclude=["health"])
    fs = J("\n", [fill("* {k}: {v}", k=ctx.lbl(k), v=field_value(ctx, p, k)) for k in keys])
    return fill("{id} | {title}\nReporter: {r}\nAffects version: {v}\nPriority: High\n\nDescription:\nCustomer {n} cannot complete checkout. Steps to reproduce are attached "
                "({path}). Customer data from the support call:\n{fs}\n\nComment ({r2}, {ts}): reproduced on staging with {ns}'s data, see build {h}.",
                id=Dc("ORDER_ID", "SHOP-%d" % rng.randint(100, 9999)), title=rng.choice(["Checkout fails for some EU addresses", "Address validation rejects valid input",
                                                                                          "Phone normalisation bug"]),
                r=ctx.full(rep, case=False), v=Dc("VERSION", d_version(rng)), n=ctx.full(p), path=Dc("FILE_PATH", d_path(rng)), fs=fs, r2=ctx.short(rep),
                ts=ctx.ts("ms"), ns=ctx.short(p), h=Dc("HEX_HASH", d_hex(rng)))


@T("note", langs=["en", "es", "de", "fr", "pt", "it", "nl"])
def medical_intake(ctx):
    rng = ctx.rng
    p = ctx.person()
    tpl = {"en": "S: {n} ({age}y, DOB {dob}) presents with worsening fatigue. Known {c1}. Takes {m1}.\nO: BP 148/92, HR 88.\nA: Poorly controlled {c1b}; rule out {c2}.\nP: Increase {m1b}, labs, review in 2 weeks. Pt contact: {ph}.",
           "es": "S: {n} ({age} años, f. nac. {dob}) refiere cansancio. Antecedentes: {c1}. Toma {m1}.\nO: TA 148/92, FC 88.\nA: {c1b} mal controlada; descartar {c2}.\nP: Ajustar {m1b}, analítica, revisión en 2 semanas. Tel.: {ph}.",
           "de": "S: {n} ({age} J., geb. {dob}) klagt über Müdigkeit. Bekannt: {c1}. Nimmt {m1}.\nO: RR 148/92, HF 88.\nA: Schlecht eingestellte {c1b}; Ausschluss {c2}.\nP: {m1b} anpassen, Labor, Kontrolle in 2 Wochen. Tel.: {ph}.",
           "fr": "S : {n} ({age} ans, né(e) le {dob}) se plaint de fatigue. ATCD : {c1}. Traitement : {m1}.\nO : TA 148/92, FC 88.\nA : {c1b} mal équilibré(e) ; éliminer {c2}.\nP : adapter {m1b}, bilan, revoir dans 2 semaines. Tél. : {ph}.",
           "pt": "S: {n} ({age} anos, nasc. {dob}) refere cansaço. Antecedentes: {c1}. Toma {m1}.\nO: PA 148/92, FC 88.\nA: {c1b} mal controlada; excluir {c2}.\nP: Ajustar {m1b}, análises, reavaliar em 2 semanas. Tel.: {ph}.",
           "it": "S: {n} ({age} anni, nato/a il {dob}) riferisce stanchezza. Anamnesi: {c1}. Assume {m1}.\nO: PA 148/92, FC 88.\nA: {c1b} non compensato/a; escludere {c2}.\nP: Modificare {m1b}, esami, controllo tra 2 settimane. Tel.: {ph}.",
           "nl": "S: {n} ({age} jr, geb. {dob}) klaagt over moeheid. Bekend met {c1}. Gebruikt {m1}.\nO: RR 148/92, pols 88.\nA: Slecht ingestelde {c1b}; uitsluiten {c2}.\nP: {m1b} aanpassen, lab, controle over 2 weken. Tel.: {ph}."}[ctx.lang]
    c1 = ctx.health_val(med=False)[0]
    m1 = ctx.health_val(med=True)[0]
    return fill(tpl, n=ctx.full(p), age=str(rng.randint(19, 85)), dob=ctx.dob(), c1=E("HEALTH", c1), m1=E("HEALTH", m1), c1b=E("HEALTH", c1),
                c2=E("HEALTH", ctx.health_val(med=False)[0]), m1b=E("HEALTH", m1), ph=ctx.phone())


@T("note")
def delivery_note(ctx):
    rng = ctx.rng
    p = ctx.person()
    keys = choose_fields(ctx, k=2, must=["address"], exclude=["password", "card", "iban", "ssn", "ip"])
    fs, _ = facts(ctx, p, keys)
    return fill("Order {oid} — {ops}\n{lname}: {n}\n{fs}\nNote: {note}", oid=Dc("ORDER_ID", d_order(rng)), ops=Dc("OPS_TERM", d_ops(rng)), lname=ctx.lbl("name"),
                n=ctx.full(p), fs=fs, note=rng.choice(["leave with neighbour if not home", "gate code on request", "fragile", "call on arrival"]))


# =========================================================================== no-PII (decoy-only) templates
@T("chat", pii=False)
def np_chat_product(ctx):
    rng = ctx.rng
    u, a = "User", "Assistant"
    return fill("{u}: is the {ops} version of the speaker worth it? it's {p1} vs {p2} for the basic one\n{a}: The {ops2} bundle adds the subwoofer. "
                "Your order {oid} is still cancellable until {d}.\n{u}: ok cancel it, I'll get a {ops3} instead\n{a}: Done — refund of {p1b} will show in 3-5 days.",
                u=u, a=a, ops=Dc("OPS_TERM", rng.choice(["Amazon", "Samsung", "Philips", "Bosch"])), p1=Dc("PRICE", d_price(rng)), p2=Dc("PRICE", d_price(rng)),
                ops2=Dc("OPS_TERM", rng.choice(["Alexa", "Siri", "Dell"])), oid=Dc("ORDER_ID", d_order(rng)), d=ctx.date_human(),
                ops3=Dc("OPS_TERM", rng.choice(["Honda", "Toyota", "Suzuki", "Hyundai"])),
                p1b=Dc("PRICE", d_price(rng)))


@T("json_log", pii=False)
def np_json_deploy(ctx):
    rng = ctx.rng
    lines = []
    for i in range(rng.randint(3, 6)):
        lines.append(jdump(Obj(("ts", ctx.ts("isoz")), ("level", rng.choice(["info", "info", "warn"])), ("msg", rng.choice(["deploy started", "image pulled", "migration applied",
                                                                                                                             "healthcheck passed", "rollout complete"])),
                               ("version", Dc("VERSION", d_version(rng))), ("commit", Dc("HEX_HASH", d_hex(rng))), ("artifact", Dc("FILE_PATH", d_path(rng))),
                               ("duration_ms", rng.randint(10, 90000)))))
    return J("\n", lines)


@T("logfmt", pii=False)
def np_logfmt_jobs(ctx):
    rng = ctx.rng
    lines = []
    for i in range(rng.randint(3, 6)):
        lines.append(J(" ", [lf("ts", ctx.ts("isoz")), lf("level", "info"), lf("job", rng.choice(["nightly-export", "reindex", "invoice-run", "cache-warm"])),
                             lf("job_id", Dc("NUMERIC_ID", d_numeric(rng))), lf("order", Dc("ORDER_ID", d_order(rng))), lf("status", rng.choice(["ok", "retry", "ok"])),
                             lf("took", "%dms" % rng.randint(5, 99999))]))
    return J("\n", lines)


@T("csv", pii=False)
def np_csv_products(ctx):
    rng = ctx.rng
    rows = [B("sku,product,brand,price,firmware,ean")]
    for i in range(rng.randint(3, 7)):
        rows.append(J(",", [Dc("ORDER_ID", "SKU-%05d" % rng.randint(1, 99999)), B(rng.choice(["Smart speaker", "Running shoe", "Espresso machine", "Desk lamp", "Whisky 70cl"])),
                            csv_cell(Dc("OPS_TERM", d_ops(rng))), csv_cell(Dc("PRICE", d_price(rng))), Dc("VERSION", d_version(rng)),
                            Dc("NUMERIC_ID", d_numeric(rng))]))
    return J("\n", rows)


@T("sql", pii=False)
def np_sql_products(ctx):
    rng = ctx.rng
    vals = [B("(", Dc("NUMERIC_ID", str(rng.randint(1, 99999))), ", ", sqlv(Dc("OPS_TERM", d_ops(rng))), ", ", sqlv(Dc("PRICE", d_price(rng))), ", ",
              sqlv(Dc("DATE", L.rand_recent(rng).isoformat())), ")") for _ in range(rng.randint(2, 5))]
    return B("-- migration ", Dc("VERSION", d_version(rng)), "\nINSERT INTO products (id, brand, list_price, launched_on) VALUES\n  ", J(",\n  ", vals), ";")


@T("config", pii=False)
def np_ci_yaml(ctx):
    rng = ctx.rng
    return fill("# {ops} pipeline\npipeline:\n  agent: any\n  stages:\n    - name: build\n      image: node:{v1}\n      script: npm ci && npm run build\n"
                "    - name: test\n      artifacts: {path}\n    - name: deploy\n      when: branch == 'main'\n      tag: {v2}\n      checksum: {h}",
                ops=Dc("OPS_TERM", rng.choice(["Jenkins", "Ansible", "Kubernetes"])), v1=Dc("VERSION", "%d.%d" % (rng.randint(16, 22), rng.randint(0, 12))),
                path=Dc("FILE_PATH", d_path(rng)), v2=Dc("VERSION", d_version(rng)), h=Dc("HEX_HASH", d_hex(rng)))


@T("code", pii=False)
def np_code(ctx):
    rng = ctx.rng
    return fill("// Mercury module: retry wrapper ({v})\nexport async function withRetry(fn, attempts = 3) {{\n  for (let i = 0; i < attempts; i++) {{\n"
                "    try {{ return await fn(); }} catch (e) {{ if (i === attempts - 1) throw e; }}\n  }}\n}}\n// see {path}, fixed in {h}\n"
                "const PRICE_CAP = '{p}'; // {ops} promo",
                v=Dc("VERSION", d_version(rng)), path=Dc("FILE_PATH", d_path(rng)), h=Dc("HEX_HASH", d_hex(rng)), p=Dc("PRICE", d_price(rng)),
                ops=Dc("OPS_TERM", d_ops(rng))).map(lambda s: s.replace("{{", "{").replace("}}", "}"))


@T("markdown", pii=False)
def np_release_notes(ctx):
    rng = ctx.rng
    return fill("## Release {v} ({d})\n\n### Added\n- {ops} integration for order sync (`{path}`)\n- Price display for {p} tier\n\n### Fixed\n- Crash when order {oid} had no lines ({h})\n"
                "- Timezone bug for timestamps like {ts}\n",
                v=Dc("VERSION", d_version(rng)), d=ctx.date_human(), ops=Dc("OPS_TERM", rng.choice(["Shopee", "Lazada", "Flipkart", "Rakuten", "Mercadona", "OXXO"])),
                path=Dc("FILE_PATH", d_path(rng)), p=Dc("PRICE", d_price(rng)), oid=Dc("ORDER_ID", d_order(rng)), h=Dc("HEX_HASH", d_hex(rng)), ts=ctx.ts("isoz"))


@T("email", pii=False)
def np_status_email(ctx):
    rng = ctx.rng
    return fill("Subject: [Resolved] Degraded performance in EU region\n\nHi there,\n\nBetween {t1} and {t2} some requests to the {ops} API returned errors. "
                "The issue was caused by release {v} and was rolled back ({h}). No action is needed on your side. Invoices dated {d} are unaffected; "
                "the credit of {p} will appear automatically.\n\n— The Status Team",
                t1=ctx.ts("iso"), t2=ctx.ts("iso"), ops=Dc("OPS_TERM", rng.choice(["Mercury", "Apollo", "Hermes"])), v=Dc("VERSION", d_version(rng)),
                h=Dc("HEX_HASH", d_hex(rng)), d=ctx.date_human(), p=Dc("PRICE", d_price(rng)))


@T("slack", pii=False)
def np_slack_bots(ctx):
    rng = ctx.rng
    lines = []
    for i in range(rng.randint(3, 5)):
        lines.append(fill("[{t}] {bot}: {m}", t="%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), bot=rng.choice(["deploy-bot", "ci", "pagerduty", "grafana-alerts"]),
                          m=rng.choice([fill("build {n} passed ({v})", n=Dc("NUMERIC_ID", str(rng.randint(1000, 99999))), v=Dc("VERSION", d_version(rng))),
                                        fill("ALERT latency p99 > 2s on {ops}", ops=Dc("OPS_TERM", rng.choice(["Kafka", "Cassandra", "Prometheus", "Grafana"]))),
                                        fill("deployed {h} to prod", h=Dc("HEX_HASH", d_hex(rng))),
                                        fill("disk usage 91% on {p}", p=Dc("FILE_PATH", d_path(rng)))])))
    return J("\n", lines)


@T("sms", pii=False)
def np_sms_shipping(ctx):
    rng = ctx.rng
    return fill(rng.choice(["Your {ops} order {oid} has shipped! Track: https://trk.example/{h} Total {p}. Reply STOP to opt out.",
                            "{ops}: Your code is {code}. It expires in 10 minutes. Order {oid} ({p}) is ready for pickup.",
                            "Reminder: your {ops} subscription renews on {d} for {p}. Manage at https://acct.example/{h}"]),
                ops=Dc("OPS_TERM", d_ops(rng)), oid=Dc("ORDER_ID", d_order(rng)), h=Dc("HEX_HASH", d_hex(rng)), p=Dc("PRICE", d_price(rng)),
                code=Dc("NUMERIC_ID", "%06d" % rng.randint(0, 999999)), d=ctx.date_human())


@T("url", pii=False)
def np_url_search(ctx):
    rng = ctx.rng
    q = Dc("OPS_TERM", d_ops(rng)).map(url_qp)
    return fill("{ts} GET /search?q={q}&min_price={p}&sort=price_asc&page=2 200 {ms}ms\n{ts2} GET /product/{id}?ref={h} 200 {ms2}ms",
                ts=ctx.ts("log"), q=q, p=Dc("PRICE", "%d" % rng.randint(5, 500)), ms=str(rng.randint(2, 900)), ts2=ctx.ts("log"),
                id=Dc("NUMERIC_ID", str(rng.randint(1000, 9999999))), h=Dc("HEX_HASH", d_hex(rng)), ms2=str(rng.randint(2, 900)))


@T("note", pii=False)
def np_itinerary(ctx):
    rng = ctx.rng
    return fill("Trip plan (team offsite)\n- {d}: train from {st1} 08:05, arrive {st2} 11:40, fare {p}\n- Hotel near {st3}, booking {oid}\n- Dinner at {ops} ({p2} pp)\n"
                "- Return {d2}", d=ctx.date_human(), st1=Dc("OPS_TERM", rng.choice(["Victoria Station", "King's Cross", "Gare de Lyon", "Penn Station"])),
                st2=Dc("OPS_TERM", rng.choice(["Paris", "Florence", "Lincoln", "Sydney", "St. Louis", "Austin"])), p=Dc("PRICE", d_price(rng)),
                st3=Dc("OPS_TERM", rng.choice(["Alexanderplatz", "Grand Central", "St. Pancras", "Washington Square"])), oid=Dc("ORDER_ID", d_order(rng)),
                ops=Dc("OPS_TERM", rng.choice(["Jack Daniel's Distillery", "Wendy's", "Ben & Jerry's", "Marie Callender's"])), p2=Dc("PRICE", d_price(rng)),
                d2=ctx.date_human())


@T("ocr", pii=False)
def np_ocr_receipt(ctx):
    rng = ctx.rng
    items = J("\n", [fill("{i}   {p}", i=rng.choice(["JACK DANIELS 70CL", "DR PEPPER 330ML", "KELLOGGS CORNFLAKES", "HEINZ BEANS", "LIPTON TEA", "NIVEA CREME"]),
                          p=Dc("PRICE", d_price(rng))) for _ in range(rng.randint(3, 6))])
    return fill("{store}\n{ts}\nTill {n}  Op {op}\n\n{items}\n\nTOTAL  {tot}\nCASH   {cash}\nReceipt {rid}", store=Dc("OPS_TERM", rng.choice(["Aldi", "Lidl", "Kaufland", "Migros", "Carrefour"])),
                ts=ctx.ts("ms"), n=Dc("NUMERIC_ID", str(rng.randint(1, 40))), op=Dc("NUMERIC_ID", str(rng.randint(100, 999))), items=items,
                tot=Dc("PRICE", d_price(rng)), cash=Dc("PRICE", d_price(rng)), rid=Dc("NUMERIC_ID", d_numeric(rng)))


@T("html", pii=False)
def np_html_pricing(ctx):
    rng = ctx.rng
    cards = J("\n", [fill('  <div class="plan"><h3>{n}</h3><p class="price">{p}</p><small>v{v}</small></div>', n=rng.choice(["Starter", "Team", "Enterprise"]),
                          p=Dc("PRICE", d_price(rng)), v=Dc("VERSION", d_version(rng).lstrip("v"))) for _ in range(3)])
    return fill('<section id="pricing" data-commit="{h}">\n{cards}\n  <p>Trusted by teams at {o1}, {o2} and {o3}.</p>\n</section>', h=Dc("HEX_HASH", d_hex(rng)), cards=cards,
                o1=Dc("OPS_TERM", d_ops(rng)), o2=Dc("OPS_TERM", d_ops(rng)), o3=Dc("OPS_TERM", d_ops(rng)))
