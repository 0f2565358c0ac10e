"""PII shapes: exports, configs, logs, code, markup and HTTP."""
import datetime
import urllib.parse

import decoys as DC
import lang as LG
import values as V
from base import health_field, key, message, pick_kinds, record_fields, say, want_fields
from rich import (E, D, R, Raw, cat, coerce, csv_row, fmt, jdump, jesc, join, jstr, lower, pyrepr, sql_str, upper,
                  url, xml)
from shapes_conv import company

EU_SEMI = {"de", "fr", "es", "it", "nl", "pl", "pt", "da", "fi", "cs", "ro", "sv", "nb", "tr", "ru", "uk", "el"}


def _iso_ts(ctx):
    r = ctx.rng
    d = LG.rand_recent(r)
    return "%sT%02d:%02d:%02d%s" % (d.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                    r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+01:00", "+05:30"]))


def _cols(ctx, n_people):
    """Pick column fields for a table of people."""
    r = ctx.rng
    ctx.dob_f = r.choice(LG.date_formats(ctx.loc))
    ctx.iban_printed = r.random() < 0.5
    split = r.random() < 0.15
    base = ("first", "last") if split else ("name",)
    want = want_fields(ctx, base=(), n=r.randint(2, 4), extra={"pw": 0.6, "health": 0.9})
    return list(base) + want


def _row(ctx, p, cols, ml=False):
    out = []
    for c in cols:
        if c == "first":
            out.append(E("PERSON", p.name_str("given")))
        elif c == "last":
            out.append(E("PERSON", p.name_str("sur")))
        else:
            fv = record_fields(ctx, p, [c], ml=ml)
            out.append(fv[0][1] if fv else coerce(""))
    return out


def _hdr(ctx, cols, loc_labels):
    lab = ctx.lab
    m = {"first": "first", "last": "last", "name": "name", "dob": "dob", "addr": "addr", "pw": "pw", "health": "diag",
         "phone": "phone", "email": "email", "iban": "iban", "card": "card"}
    out = []
    for c in cols:
        if loc_labels and c in m:
            out.append(lab[m[c]])
        elif c in ("first", "last"):
            out.append(ctx.pick(["first_name", "FirstName", "given"]) if c == "first" else
                       ctx.pick(["last_name", "LastName", "surname", "family"]))
        else:
            out.append(key(ctx, c))
    return out


def sh_crm_csv(ctx, delim=None):
    r = ctx.rng
    delim = delim or (";" if ctx.lang in EU_SEMI and r.random() < 0.7 else ",")
    cols = _cols(ctx, 0)
    loc_labels = r.random() < 0.4
    hdr = ["id"] + _hdr(ctx, cols, loc_labels) + (["created_at"] if r.random() < 0.5 else [])
    rows = [coerce(delim.join(hdr))]
    for i in range(r.randint(2, 6)):
        p = ctx.person()
        vals = [D("NUMERIC_ID", str(r.randint(10000, 999999)))] + _row(ctx, p, cols, ml=r.random() < 0.15)
        if hdr[-1] == "created_at":
            vals.append(D("DATE", _iso_ts(ctx)[:10]))
        rows.append(csv_row(vals, delim))
    return join("\n", rows)


def sh_crm_tsv(ctx):
    r = ctx.rng
    cols = _cols(ctx, 0)
    hdr = _hdr(ctx, cols, r.random() < 0.5)
    rows = [coerce("\t".join(hdr))]
    for i in range(r.randint(2, 5)):
        p = ctx.person()
        rows.append(join("\t", _row(ctx, p, cols)))
    return join("\n", rows)


def sh_spreadsheet(ctx):
    r = ctx.rng
    cols = _cols(ctx, 0)
    hdr = _hdr(ctx, cols, True)
    data = []
    for i in range(r.randint(2, 5)):
        data.append(_row(ctx, ctx.person(), cols))
    widths = [max(len(h), *(len(row[j].plain()) for row in data)) + 2 for j, h in enumerate(hdr)]
    lines = [coerce("".join(h.ljust(w) for h, w in zip(hdr, widths)).rstrip())]
    for row in data:
        parts = []
        for j, v in enumerate(row):
            pad = " " * (widths[j] - len(v.plain())) if j < len(row) - 1 else ""
            parts.append(cat(v, pad))
        lines.append(cat(*parts))
    letters = "    ".join("ABCDEFGH"[:len(hdr)])
    return cat(letters + "\n" if r.random() < 0.3 else "", join("\n", lines))


def sh_md_table(ctx):
    r = ctx.rng
    cols = _cols(ctx, 0)
    hdr = _hdr(ctx, cols, r.random() < 0.6)
    lines = [coerce("| " + " | ".join(hdr) + " |"), coerce("|" + "|".join("---" for _ in hdr) + "|")]
    for i in range(r.randint(2, 5)):
        row = _row(ctx, ctx.person(), cols)
        row = [v.map(lambda s: s.replace("|", "\\|")) for v in row]
        lines.append(cat("| ", join(" | ", row), " |"))
    return join("\n", lines)


def _yaml_scalar(v):
    s = v.plain()
    if any(c in s for c in ':#{}[],&*!|>\'"%@`') or s[:1] in "-?" or s.strip() != s:
        return jstr(v)
    return v


def sh_yaml_record(ctx):
    r = ctx.rng
    p = ctx.person()
    want = want_fields(ctx, n=r.randint(3, 5), extra={"addr": 1.5})
    lines = ["%s:" % r.choice(["customer", "patient", "employee", "contact", "member"]),
             "  id: %d" % r.randint(1000, 99999)]
    out = [coerce("\n".join(lines))]
    for f, v in record_fields(ctx, p, want, ml=False):
        k = key(ctx, f)
        if f == "addr" and r.random() < 0.6:
            ind = "    "
            out.append(cat("  ", k, ": |\n", ind, E("ADDRESS", ("\n" + ind).join(p.addr_lines()))))
        else:
            out.append(cat("  ", k, ": ", _yaml_scalar(v)))
    if r.random() < 0.5:
        out.append(cat("  updated: ", D("DATE", _iso_ts(ctx))))
    return join("\n", out)


def sh_toml(ctx):
    r = ctx.rng
    p = ctx.person()
    host = r.choice(["db-primary-02.internal", "postgres.svc.cluster.local", "mysql-prod", "localhost"])
    return cat("[database]\nhost = \"", host, "\"\nport = %d\nuser = \"%s\"\npassword = " % (
        r.choice([5432, 3306, 1433]), r.choice(["app", "svc_billing", "root", "admin"])), jstr(p.pw()),
               "\n\n[admin]\nname = ", jstr(p.name()), "\nemail = ", jstr(p.email()),
               cat("\nphone = ", jstr(p.phone())) if r.random() < 0.5 else "",
               "\n\n[app]\nversion = \"", DC.version(r), "\"\nregion = \"", DC.ops(r), "\"")


def sh_ini(ctx):
    r = ctx.rng
    p = ctx.person()
    sect = r.choice(["client", "mysql", "smtp", "ftp", "mail"])
    return cat("; generated ", D("DATE", _iso_ts(ctx)[:10]), "\n[", sect, "]\nuser = ",
               r.choice(["backup", "root", "noreply", "svc_mail"]), "\npassword = ", p.pw(),
               "\nhost = ", r.choice(["smtp.mailgun.org", "mail.internal", "ftp.example.net"]),
               "\n\n[owner]\nname = ", p.name(), "\nemail = ", p.email())


def sh_dotenv(ctx):
    r = ctx.rng
    p = ctx.person()
    q = ctx.person()
    lines = [cat("APP_ENV=production"),
             cat("DB_PASSWORD=", p.pw(safe=True)) if r.random() < 0.5 else cat("DB_PASSWORD='", p.pw(), "'"),
             cat("ADMIN_EMAIL=", q.email()),
             cat("SMTP_PASS=\"", q.pw(safe=True), "\"") if r.random() < 0.6 else cat("SMTP_PASS=", D("CODE_IDENT", "${SMTP_PASS}")),
             cat("OPENAI_API_KEY=", DC.code_ident(r, "<set-in-vault>")),
             cat("SUPPORT_CONTACT=\"", q.name(), "\"")]
    if r.random() < 0.5:
        lines.append(cat("ONCALL_PHONE=", q.phone().map(lambda s: s.replace(" ", ""))))
    if r.random() < 0.4:
        lines.append(cat("# TODO rotate, old value was ", q.pw(safe=True)))
    r.shuffle(lines)
    return join("\n", lines)


def sh_compose(ctx):
    r = ctx.rng
    p = ctx.person()
    return cat("services:\n  db:\n    image: postgres:", DC.version(r), "\n    environment:\n      POSTGRES_USER: app\n"
               "      POSTGRES_PASSWORD: \"", p.pw(safe=True), "\"\n  app:\n    image: ghcr.io/acme/shop:",
               DC.hexhash(r, 7), "\n    labels:\n      maintainer: \"", p.name(), " <", p.email(), ">\"\n")


def sh_dsn(ctx):
    r = ctx.rng
    p = ctx.person()
    pw = p.pw_str()
    enc = E("PASSWORD", urllib.parse.quote(pw, safe=""))
    forms = [
        cat("DATABASE_URL=postgresql://app_user:", enc, "@db-primary-02.internal:5432/orders"),
        cat("mongodb+srv://admin:", enc, "@cluster0.x7k2p.mongodb.net/crm?retryWrites=true"),
        cat("Server=tcp:sql-prod,1433;Database=Billing;User ID=sa;Password=", E("PASSWORD", p.pw_str(safe=True)),
            ";Encrypt=True;"),
        cat("redis://:", enc, "@redis-cache-02:6379/0"),
        cat("spring.datasource.url=jdbc:mysql://mysql-prod:3306/shop?user=shop&password=", enc),
        cat("amqp://guest:", enc, "@rabbitmq:5672/%2F"),
    ]
    k = r.sample(forms, r.randint(1, 3))
    tail = cat("\n# owner: ", p.name(), " <", p.email(), ">") if r.random() < 0.5 else coerce("")
    return cat(join("\n", k), tail)


def sh_cli_history(ctx):
    r = ctx.rng
    p = ctx.person()
    n = r.randint(200, 900)
    cmds = [cat("mysql -u root -p'", p.pw(), "' shop_prod"),
            cat("curl -u admin:", p.pw(safe=True), " https://api.internal.example/v1/users"),
            cat("export PGPASSWORD='", p.pw(), "'"),
            cat("sshpass -p '", p.pw(safe=True), "' ssh deploy@", p.ip()),
            cat("git config user.name \"", p.name("roman"), "\""),
            cat("git config user.email ", p.email()),
            cat("htpasswd -b /etc/nginx/.htpasswd ops ", p.pw(safe=True)),
            coerce("ls -la /var/log/nginx"), coerce("docker compose up -d"), coerce("kubectl get pods -n prod")]
    sel = r.sample(cmds, r.randint(3, 6))
    return join("\n", [cat("  %d  " % (n + i), c) for i, c in enumerate(sel)])


def sh_sql(ctx):
    r = ctx.rng
    cols = _cols(ctx, 0)
    if r.random() < 0.7:
        ctx.dob_f = "{yyyy}-{mm}-{dd}"
    names = []
    for c in cols:
        names.append({"first": "first_name", "last": "last_name"}.get(c) or key(ctx, c).lower())
    rows = []
    for _ in range(r.randint(1, 4)):
        p = ctx.person()
        rows.append(cat("(", join(", ", [sql_str(v) for v in _row(ctx, p, cols)]), ")"))
    tbl = r.choice(["customers", "patients", "employees", "crm.contacts", "users"])
    return cat("INSERT INTO ", tbl, " (", ", ".join(names), ")\nVALUES ", join(",\n       ", rows), ";")


def _lf(v):
    s = v.plain()
    if " " in s or '"' in s or "=" in s or "\\" in s:
        return jstr(v)
    return v


def sh_kv_log(ctx):
    r = ctx.rng
    lines = []
    for _ in range(r.randint(2, 9)):
        p = ctx.person()
        ev = r.choice(["signup", "login_failed", "profile_update", "dob_check", "dob_check", "pw_reset", "checkout"])
        parts = [cat("ts=", D("DATE", _iso_ts(ctx))), coerce("level=" + r.choice(["info", "debug", "warn"])),
                 coerce("msg=\"%s\"" % ev.replace("_", " "))]
        if ev in ("signup", "checkout", "profile_update"):
            parts += [cat("user_name=", _lf(p.name()))]
            if r.random() < 0.4:
                parts.append(cat("email=", p.email()))
            if r.random() < 0.5:
                parts.append(cat("addr=", _lf(p.addr(multiline=False))))
        if ev == "dob_check":
            parts += [cat("user_id=", D("NUMERIC_ID", str(r.randint(10000, 999999)))), cat("dob=", _lf(p.dob_e())),
                      coerce("result=mismatch")]
        if ev in ("login_failed", "pw_reset"):
            parts += [cat("login=", p.email()), cat("password=", _lf(p.pw()))] if r.random() < 0.6 else \
                [cat("login=", p.email())]
        if r.random() < 0.6:
            parts.append(cat("client_ip=", p.ip()))
        parts.append(cat("req_id=", DC.numeric(r, "uuid")))
        lines.append(join(" ", parts))
    return join("\n", lines)


def sh_json_log(ctx):
    r = ctx.rng
    lines = []
    for _ in range(r.randint(1, 6)):
        p = ctx.person()
        want = want_fields(ctx, n=r.randint(1, 3))
        user = {key(ctx, f): v for f, v in record_fields(ctx, p, want)}
        obj = {"ts": D("DATE", _iso_ts(ctx)), "level": r.choice(["INFO", "DEBUG", "ERROR"]),
               "logger": r.choice(["api.signup", "billing.worker", "clinic.booking"]),
               "msg": r.choice(["request payload", "validation failed", "user created", "sync ok"]),
               "user": user, "trace_id": V.hexhash(r, 32)}
        if r.random() < 0.5:
            obj["client_ip"] = p.ip()
        lines.append(jdump(obj, compact=r.random() < 0.5, ea=r.random() < 0.2))
    ctx.json = "jsonl"
    return join("\n", lines)


def sh_stack_trace(ctx):
    r = ctx.rng
    p = ctx.person()
    k = r.randint(0, 2)
    if k == 0:
        return cat("Traceback (most recent call last):\n  File \"/srv/app/handlers/signup.py\", line %d, in create_user\n"
                   "    validate_dob(payload[\"dob\"])\n  File \"/srv/app/validators.py\", line %d, in validate_dob\n"
                   "    raise ValueError(f\"bad date {value!r} for {user}\")\nValueError: bad date " % (r.randint(20, 300),
                                                                                                r.randint(5, 90)),
                   pyrepr(p.dob_e()), " for ", pyrepr(p.name()), "\n\nLocals: payload=",
                   cat("{'email': ", pyrepr(p.email()), ", 'password': ", pyrepr(p.pw()), ", 'phone': ",
                       pyrepr(p.phone()), "}"))
    if k == 1:
        return cat("com.acme.crm.DuplicateCustomerException: customer already exists (name=", p.name(), ", email=",
                   p.email(), ", phone=", p.phone(), ")\n\tat com.acme.crm.CustomerService.create(CustomerService.java:%d)\n"
                   "\tat com.acme.crm.api.CustomerController.post(CustomerController.java:%d)\n\tat "
                   "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)" % (
                       r.randint(40, 400), r.randint(20, 120)))
    return cat("Error: Payment declined for card ", p.card(), " (holder ", p.name(), ")\n    at processPayment "
               "(/app/src/pay.js:%d:%d)\n    at async Router.handle (/app/node_modules/express/lib/router/index.js:284:7)"
               % (r.randint(10, 200), r.randint(2, 40)))


def sh_py_log(ctx):
    r = ctx.rng
    lines = []
    for _ in range(r.randint(1, 3)):
        p = ctx.person()
        want = want_fields(ctx, n=r.randint(2, 3))
        d = join(", ", [cat(pyrepr(coerce(key(ctx, f))), ": ", pyrepr(v)) for f, v in record_fields(ctx, p, want)])
        dd = LG.rand_recent(r)
        lines.append(cat(D("DATE", "%s %02d:%02d:%02d,%03d" % (dd.isoformat(), r.randint(0, 23), r.randint(0, 59),
                                                               r.randint(0, 59), r.randint(0, 999))),
                         " %s %s - %s {" % (r.choice(["INFO", "DEBUG", "WARNING"]),
                                            r.choice(["app.auth", "crm.sync", "worker.tasks"]),
                                            r.choice(["saving", "payload", "sending to CRM"])), d, "}"))
    return join("\n", lines)


def sh_access_log(ctx):
    r = ctx.rng
    lines = []
    for _ in range(r.randint(1, 5)):
        p = ctx.person()
        d = LG.rand_recent(r)
        ts = D("DATE", "%02d/%s/%d:%02d:%02d:%02d +0000" % (d.day, LG.MONTHS_ABBR["en"][d.month - 1], d.year,
                                                            r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
        qs = []
        want = want_fields(ctx, n=r.randint(1, 3), extra={"pw": 0.7, "health": 0.3})
        for f, v in record_fields(ctx, p, want, ml=False):
            qs.append(cat(key(ctx, f), "=", url(v)))
        if r.random() < 0.5:
            qs.insert(0, cat("name=", url(p.name())))
        path = r.choice(["/signup", "/api/v1/lookup", "/account/update", "/booking/confirm"])
        ua = cat("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
                 D("VERSION", "%d.0.%d.%d" % (r.randint(110, 131), r.randint(5000, 6999), r.randint(10, 250))),
                 " Safari/537.36")
        lines.append(cat(p.ip(), " - - [", ts, "] \"GET ", path, "?", join("&", qs), " HTTP/1.1\" %d %d \"-\" \"" % (
            r.choice([200, 200, 302, 400]), r.randint(200, 9000)), ua, "\""))
    return join("\n", lines)


def sh_http_request(ctx):
    r = ctx.rng
    p = ctx.person()
    body = jdump({key(ctx, f): v for f, v in record_fields(ctx, p, want_fields(ctx, n=r.randint(2, 4)))}, indent=2)
    return cat("POST /api/v2/", r.choice(["customers", "patients", "applications"]), " HTTP/1.1\nHost: api.",
               company(ctx)[1], "\nX-Forwarded-For: ", p.ip(), "\nUser-Agent: okhttp/", DC.version(r),
               "\nAuthorization: Bearer ", DC.code_ident(r, "<redacted>"), "\nContent-Type: application/json\n\n", body)


def sh_form_urlencoded(ctx):
    r = ctx.rng
    p = ctx.person()
    parts = [cat("first_name=", url(p.given())), cat("last_name=", url(E("PERSON", p.name_str("sur"))))]
    want = want_fields(ctx, base=(), n=r.randint(2, 4), extra={"pw": 2.0})
    for f, v in record_fields(ctx, p, want, ml=False):
        parts.append(cat(key(ctx, f), "=", url(v)))
    parts.append(coerce("csrf_token=" + V.hexhash(r, 32)))
    return cat("POST /register HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n", join("&", parts))


def sh_code_fixture(ctx):
    r = ctx.rng
    p = ctx.person()
    want = want_fields(ctx, base=(), n=r.randint(2, 4), extra={"pw": 1.5})
    fv = record_fields(ctx, p, want)
    k = r.randint(0, 3)
    if k == 0:
        body = join(",\n", [cat("        ", key(ctx, f).lower(), "=", jstr(v)) for f, v in fv])
        return cat("@pytest.fixture\ndef customer():\n    return Customer(\n        name=", jstr(p.name()), ",\n",
                   body, ",\n    )")
    if k == 1:
        body = join(",\n", [cat("  ", key(ctx, f), ": ", jstr(v)) for f, v in fv])
        return cat("const testUser = {\n  name: ", jstr(p.name()), ",\n", body, "\n};\n\ntest('creates profile', async () => {\n"
                   "  await expect(createProfile(testUser)).resolves.toBeDefined();\n});")
    if k == 2:
        body = join("\n", [cat("\t\t", key(ctx, f).capitalize().replace("_", ""), ": ", jstr(v), ",") for f, v in fv])
        return cat("func TestSignup(t *testing.T) {\n\tu := User{\n\t\tName: ", jstr(p.name()), ",\n", body,
                   "\n\t}\n\tif err := Signup(u); err != nil {\n\t\tt.Fatal(err)\n\t}\n}")
    vals = join(", ", [sql_str(v) for _, v in fv])
    return cat("-- seed data for local dev\nINSERT INTO users (name, ", ", ".join(key(ctx, f).lower() for f, _ in fv),
               ") VALUES (", sql_str(p.name()), ", ", vals, ");")


def sh_html(ctx):
    r = ctx.rng
    p = ctx.person()
    lines = p.addr_lines()
    if r.random() < 0.3 and len(lines) > 1:
        addr = E("ADDRESS", "<br>".join(xml(coerce(x)).plain() for x in lines))
    else:
        addr = xml(p.addr(multiline=False))
    out = cat("<div class=\"profile-card\">\n  <h2>", xml(p.name()), "</h2>\n  <p>", r.choice(["Born", "DOB:", "Geboren"]),
              " ", xml(p.dob_e()), " · <a href=\"mailto:", xml(p.email()), "\">", r.choice(["email", "contact"]),
              "</a></p>\n  <address>", addr, "</address>\n  <span class=\"tel\">", xml(p.phone()), "</span>\n")
    if p.has_health() and r.random() < 0.4:
        out = cat(out, "  <p class=\"note\">", xml(p.health_sentence()), "</p>\n")
    return cat(out, "</div>")


def sh_xml(ctx):
    r = ctx.rng
    p = ctx.person()
    want = want_fields(ctx, base=(), n=r.randint(2, 4))
    tags = {"dob": "BirthDate", "addr": "Address", "phone": "Phone", "email": "Email", "pw": "Password",
            "health": "Diagnosis", "iban": "Iban", "card": "CardNumber", "ip": "ClientIp", "ssn": "SSN"}
    inner = join("\n", [cat("      <", tags[f], ">", xml(v), "</", tags[f], ">")
                        for f, v in record_fields(ctx, p, want)])
    return cat("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n  <soap:Body>\n    "
               "<CreateCustomer>\n      <FullName>", xml(p.name()), "</FullName>\n", inner,
               "\n    </CreateCustomer>\n  </soap:Body>\n</soap:Envelope>")


def sh_git_log(ctx):
    r = ctx.rng
    out = []
    for _ in range(r.randint(1, 3)):
        p = ctx.person()
        d = LG.rand_recent(r)
        auth = cat(p.name(r.choice(["full", "roman"])), " <", p.email(), ">")
        msg = r.choice(["fix(auth): handle expired tokens", "chore: bump deps", "feat: add DOB validation",
                        "docs: update README"])
        entry = cat("commit ", DC.hexhash(r, 40), "\nAuthor: ", auth, "\nDate:   ",
                    D("DATE", "%s %s %d %02d:%02d:%02d %d +0100" % (
                        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()], LG.MONTHS_ABBR["en"][d.month - 1],
                        d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), d.year)), "\n\n    ", msg)
        if r.random() < 0.4:
            q = ctx.person()
            entry = cat(entry, "\n\n    Co-authored-by: ", q.name("roman"), " <", q.email(), ">")
        out.append(entry)
    return join("\n\n", out)


def sh_graphql(ctx):
    r = ctx.rng
    p = ctx.person()
    want = want_fields(ctx, base=(), n=r.randint(2, 3))
    fields = join(", ", [cat(key(ctx, f), ": ", jstr(v)) for f, v in record_fields(ctx, p, want)])
    return cat("mutation {\n  createContact(input: { fullName: ", jstr(p.name()), ", ", fields,
               " }) {\n    id\n    createdAt\n  }\n}")


def sh_k8s_secret(ctx):
    r = ctx.rng
    p = ctx.person()
    return cat("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", r.choice(["db-credentials", "smtp", "crm-api"]),
               "\n  namespace: ", DC.ops(r), "\ntype: Opaque\nstringData:\n  username: app\n  password: \"",
               p.pw(safe=True), "\"\n  owner-email: ", p.email())


SHAPES = {
    "crm_csv": (sh_crm_csv, None, 5),
    "crm_tsv": (sh_crm_tsv, None, 2),
    "spreadsheet": (sh_spreadsheet, None, 2),
    "md_table": (sh_md_table, None, 3),
    "yaml_record": (sh_yaml_record, None, 4),
    "toml_config": (sh_toml, None, 3),
    "ini_config": (sh_ini, None, 3),
    "dotenv": (sh_dotenv, None, 5),
    "docker_compose": (sh_compose, None, 1),
    "dsn": (sh_dsn, None, 5),
    "cli_history": (sh_cli_history, None, 4),
    "sql_insert": (sh_sql, None, 3),
    "kv_log": (sh_kv_log, None, 3),
    "json_log": (sh_json_log, None, 3),
    "stack_trace": (sh_stack_trace, None, 2),
    "py_log": (sh_py_log, None, 2),
    "access_log": (sh_access_log, None, 3),
    "http_request": (sh_http_request, None, 2),
    "form_urlencoded": (sh_form_urlencoded, None, 2),
    "code_fixture": (sh_code_fixture, None, 3),
    "html": (sh_html, None, 2),
    "xml_soap": (sh_xml, None, 1),
    "git_log": (sh_git_log, None, 1),
    "graphql": (sh_graphql, None, 1),
    "k8s_secret": (sh_k8s_secret, None, 2),
}
