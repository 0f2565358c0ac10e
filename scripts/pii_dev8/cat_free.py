"""PII-free texts that AI applications send: code, stack traces, logs,
Kubernetes YAML, non-secret config, product CSVs, docs, changelogs and
questions about public figures, brands, places, fiction and products."""
from core import D, E, Txt, csv_row, fill, flat, jdump, jesc
import shapes as SH
import values as V

PN = lambda v: D("PROPER_NOUN", v)  # noqa: E731
PRODUCT_NAMES = ["Trailblazer 40L Backpack", "Aero Steel Water Bottle 750ml", "Nimbus Rain Jacket", "Summit Trekking Poles",
                 "Cedar Desk Lamp", "Orbit Wireless Mouse", "Pulse Fitness Band", "Terra Ceramic Mug", "Drift Beanbag",
                 "Vortex Blender 1200W", "Atlas Standing Desk", "Halo LED Strip 5m", "Echo Bookshelf", "Quartz Wall Clock",
                 "Glide Office Chair", "Breeze Desk Fan", "Frost Cooler Box 30L", "Ridge Hiking Boots", "Lumen Night Light"]
SERVICES = ["checkout-api", "billing-worker", "search-indexer", "auth-gateway", "inventory-svc", "notification-hub",
            "report-builder", "media-transcoder"]
FIG_NATIVE = {"ja": ["アインシュタイン", "紫式部", "織田信長", "葛飾北斎"], "zh": ["孔子", "李白", "孙中山", "苏轼"],
              "ru": ["Пушкин", "Лев Толстой", "Менделеев", "Гагарин"], "el": ["Σωκράτης", "Αριστοτέλης", "Πλάτων"],
              "ko": ["세종대왕", "이순신"], "ar": ["ابن سينا", "ابن خلدون"], "hi": ["महात्मा गांधी", "रवींद्रनाथ टैगोर"]}


def join_lines(lines):
    out = []
    for i, l in enumerate(lines):
        if i:
            out.append("\n")
        out.extend(flat(l))
    return out


def g_code(ctx):
    k = ctx.r.randint(0, 7)
    if k == 0:
        code = fill("from dataclasses import dataclass\n\n@dataclass\nclass PasswordPolicy:\n    min_length: int = 12\n"
                    "    require_symbol: bool = True\n    max_age_days: int = 90\n\n"
                    "def validate(password: str, policy: PasswordPolicy) -> list[str]:\n    errors = []\n"
                    "    if len(password) < policy.min_length:\n        errors.append(\"too short\")\n"
                    "    if policy.require_symbol and password.isalnum():\n        errors.append(\"needs a symbol\")\n"
                    "    return errors\n")
        ask = "Add a check that rejects passwords found in a breach list."
    elif k == 1:
        code = fill("import { z } from \"zod\";\n\nexport const SignupSchema = z.object({\n  email: z.string().email(),\n"
                    "  password: z.string().min(12),\n  dateOfBirth: z.coerce.date(),\n  phone: z.string().optional(),\n});\n")
        ask = "How do I make dateOfBirth require the user to be at least 16?"
    elif k == 2:
        code = fill("CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email CITEXT UNIQUE,\n"
                    "  phone TEXT,\n  date_of_birth DATE,\n  password_hash TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n\n"
                    "SELECT count(*) FROM customers WHERE created_at >= '⟦d⟧';",
                    d=D("DATE", ctx.recent_date().isoformat()))
        ask = "Which of these columns should be encrypted at rest?"
    elif k == 3:
        code = fill("use argon2::{Argon2, PasswordHasher};\n\nfn hash(password: &str) -> String {\n"
                    "    let salt = SaltString::generate(&mut OsRng);\n    Argon2::default()\n"
                    "        .hash_password(password.as_bytes(), &salt)\n        .unwrap()\n        .to_string()\n}\n")
        ask = "Why does this not compile with argon2 ⟦v⟧?"
        ask = fill(ask, v=D("VERSION", ctx.ch(["0.5.3", "0.4.1", "0.5.0"])))
    elif k == 4:
        code = fill("#!/usr/bin/env bash\nset -euo pipefail\nBACKUP_DIR=⟦p⟧\nDB_PASSWORD=\"$(cat /run/secrets/db_password)\"\n"
                    "pg_dump -h \"$DB_HOST\" -U \"$DB_USER\" \"$DB_NAME\" | gzip > \"$BACKUP_DIR/$(date +%F).sql.gz\"\n"
                    "find \"$BACKUP_DIR\" -mtime +14 -delete\n", p=D("FILE_PATH", "/var/backups/pg"))
        ask = "Is it safe to read the password like this?"
    elif k == 5:
        code = fill("func healthHandler(w http.ResponseWriter, r *http.Request) {\n\tif err := db.PingContext(r.Context()); err != nil {\n"
                    "\t\thttp.Error(w, \"⟦o⟧\", http.StatusServiceUnavailable)\n\t\treturn\n\t}\n\tw.Write([]byte(\"ok\"))\n}\n\n"
                    "mux.HandleFunc(\"⟦o2⟧\", healthHandler)", o=D("OPS_TERM", "unhealthy"), o2=D("OPS_TERM", ctx.ch(["/healthz", "/readyz"])))
        ask = "Should the readiness check also ping Redis?"
    elif k == 6:
        code = fill("requests==⟦v1⟧\npydantic==⟦v2⟧\nfastapi==⟦v3⟧\nuvicorn[standard]==⟦v4⟧\n",
                    v1=D("VERSION", "2.31.0"), v2=D("VERSION", ctx.ch(["2.7.1", "2.8.2", "1.10.15"])),
                    v3=D("VERSION", ctx.ch(["0.111.0", "0.110.2", "0.115.4"])), v4=D("VERSION", ctx.ch(["0.29.0", "0.30.1"])))
        ask = "pip says these pins conflict, which one do I bump?"
    else:
        code = fill("const fmt = new Intl.DateTimeFormat(\"de-DE\", { dateStyle: \"long\" });\n"
                    "console.log(fmt.format(new Date(\"⟦d⟧\")));\n// prints ⟦d2⟧",
                    d=D("DATE", "2024-03-05"), d2=D("DATE", "5. März 2024"))
        ask = "How do I get the same output in Python?"
    lang = ["python", "ts", "sql", "rust", "bash", "go", "text", "js"][k]
    msg = flat(ask, "\n\n```", lang, "\n", code, "\n```")
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "chat", "openai", "otel", "log"), [3, 2, 4, 1, 1])
    return segs, shape, "en_US"


def g_trace(ctx):
    k = ctx.r.randint(0, 3)
    if k == 0:
        out = fill("Traceback (most recent call last):\n  File \"⟦p1⟧\", line 88, in handle\n    user = repo.get(user_id)\n"
                   "  File \"⟦p2⟧\", line 41, in get\n    row = self.session.execute(stmt).one()\n"
                   "sqlalchemy.exc.NoResultFound: No row was found when one was required",
                   p1=D("FILE_PATH", "/srv/app/api/handlers.py"), p2=D("FILE_PATH", "/srv/app/api/repo.py"))
    elif k == 1:
        out = fill("Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"password\" is null\n"
                   "\tat com.kestrel.auth.PasswordValidator.validate(PasswordValidator.java:27)\n"
                   "\tat com.kestrel.auth.SignupController.register(SignupController.java:64)\n"
                   "\tat java.base/java.lang.Thread.run(Thread.java:1583)")
    elif k == 2:
        out = fill("TypeError: Cannot read properties of undefined (reading 'phone')\n    at formatContact (⟦p⟧:14:22)\n"
                   "    at Array.map (<anonymous>)\n    at ContactList (⟦p2⟧:31:18)",
                   p=D("FILE_PATH", "web/src/lib/format.ts"), p2=D("FILE_PATH", "web/src/components/ContactList.tsx"))
    else:
        out = fill("thread 'main' panicked at ⟦p⟧:112:38:\ncalled `Result::unwrap()` on an `Err` value: ParseError { kind: InvalidDate }\n"
                   "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
                   p=D("FILE_PATH", "src/parser/dates.rs"))
    ask = ctx.ch(["What does this error mean?", "Fix this please:", "I get this after upgrading to ⟦v⟧:", "Explain the root cause:"])
    ask = fill(ask, v=D("VERSION", ctx.version())) if "⟦v⟧" in ask else [ask]
    msg = flat(ask, "\n\n", out)
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "chat", "openai", "log"), [3, 2, 3, 1])
    return segs, shape, "en_US"


def g_logs(ctx):
    n = ctx.r.randint(3, 6)
    tss = ctx.ts_seq(n, 0)
    svc = ctx.ch(SERVICES)
    lines = []
    for i in range(n):
        k = ctx.r.randint(0, 5)
        t = D("DATE", tss[i])
        if k == 0:
            lines.append(fill("⟦t⟧ INFO  ⟦s⟧ GET ⟦o⟧ 200 1ms", t=t, s=svc, o=D("OPS_TERM", ctx.ch(["/healthz", "/readyz", "/livez", "/health"]))))
        elif k == 1:
            lines.append(fill("⟦t⟧ WARN  ⟦s⟧ ⟦o⟧ failed for upstream inventory-svc:8080 (3/5), marking ⟦o2⟧", t=t, s=svc,
                              o=D("OPS_TERM", "health check"), o2=D("OPS_TERM", "unhealthy")))
        elif k == 2:
            lines.append(fill("⟦t⟧ INFO  ⟦s⟧ request_id=⟦h⟧ POST /v1/orders 201 84ms", t=t, s=svc, h=D("HEX_HASH", ctx.hexh(16))))
        elif k == 3:
            lines.append(fill("⟦t⟧ INFO  ⟦s⟧ started version=⟦v⟧ commit=⟦c⟧", t=t, s=svc, v=D("VERSION", ctx.version()),
                              c=D("HEX_HASH", ctx.hexh(ctx.ch([7, 12, 40])))))
        elif k == 4:
            lines.append(fill("⟦t⟧ ERROR ⟦s⟧ order ⟦o⟧ payment declined: insufficient_funds amount=⟦p⟧", t=t, s=svc,
                              o=D("ORDER_ID", ctx.order_id()), p=D("PRICE", ctx.price())))
        else:
            lines.append(fill("⟦t⟧ DEBUG ⟦s⟧ loaded config from ⟦f⟧", t=t, s=svc, f=D("FILE_PATH", ctx.path())))
    out = join_lines(lines)
    if ctx.r.random() < 0.5:
        return out, "log", "en_US"
    segs, shape = SH.wrap(ctx, flat("Why is this service flapping?\n\n", out), "en", ("openai", "chat", "prompt"))
    return segs, shape, "en_US"


def g_k8s(ctx):
    app = ctx.ch(SERVICES)
    out = fill("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ⟦a⟧\n  labels:\n    app: ⟦a⟧\nspec:\n  replicas: ⟦n⟧\n"
               "  template:\n    spec:\n      containers:\n        - name: ⟦a⟧\n          image: ghcr.io/kestrel/⟦a⟧:⟦v⟧\n"
               "          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n"
               "                  name: ⟦a⟧-db\n                  key: password\n          livenessProbe:\n            httpGet:\n"
               "              path: ⟦o1⟧\n              port: 8080\n          readinessProbe:\n            httpGet:\n"
               "              path: ⟦o2⟧\n              port: 8080\n",
               a=app, n=str(ctx.r.randint(1, 6)), v=D("VERSION", ctx.version()), o1=D("OPS_TERM", "/livez"),
               o2=D("OPS_TERM", "/readyz"))
    if ctx.r.random() < 0.3:
        out = flat(out, fill("      imagePullSecrets: []\n# digest sha256:⟦h⟧\n", h=D("HEX_HASH", ctx.hexh(64))))
    ask = ctx.ch(["Why does the pod restart every few minutes?", "Add resource limits to this:", "Convert to a Helm chart:",
                  "Is the ⟦o⟧ too aggressive here?"])
    ask = fill(ask, o=D("OPS_TERM", "liveness probe")) if "⟦o⟧" in ask else [ask]
    msg = flat(ask, "\n\n```yaml\n", out, "```")
    if ctx.r.random() < 0.3:
        return out, "yaml", "en_US"
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "openai", "chat"))
    return segs, shape, "en_US"


def g_config(ctx):
    dom = ctx.ch(["kestrelfoods.com", "tidewaterlabs.io", "bluefinch.co", "larkspur.dev"])
    k = ctx.r.randint(0, 3)
    if k == 0:
        out = fill("[auth]\npassword_min_length = 12\npassword_require_symbol = true\npassword_max_age_days = 90\n"
                   "lockout_threshold = 5\nsession_timeout_minutes = 30\n\n[urls]\npassword_reset_url = \"https://accounts.⟦d⟧/reset\"\n"
                   "support_url = \"https://help.⟦d⟧\"\n", d=dom)
    elif k == 1:
        out = fill("APP_ENV=production\nLOG_LEVEL=warn\nPASSWORD_MIN_LENGTH=12\nPASSWORD_RESET_URL=https://accounts.⟦d⟧/reset\n"
                   "DB_PASSWORD_FILE=⟦f⟧\nHEALTHCHECK_INTERVAL=30s\nFEATURE_FLAGS=new_checkout,dark_mode\n",
                   d=dom, f=D("FILE_PATH", "/run/secrets/db_password"))
    elif k == 2:
        out = fill("security:\n  password:\n    min-length: 14\n    history: 5\n    hash: argon2id\n  mfa:\n    required: true\n"
                   "  session:\n    idle-timeout: 15m\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: ⟦o⟧,info\n",
                   o=D("OPS_TERM", "health"))
    else:
        out = fill("{\n  \"passwordPolicy\": {\"minLength\": 12, \"requireUppercase\": true, \"requireNumbers\": true},\n"
                   "  \"dateFormat\": \"DD/MM/YYYY\",\n  \"phoneFormat\": \"E.164\",\n  \"release\": \"⟦v⟧\"\n}",
                   v=D("VERSION", ctx.version()))
    ask = ctx.ch(["Do these settings meet NIST guidance?", "Review this config:", "What does each setting do?",
                  "¿Esta política de contraseñas es suficiente?", "Ist diese Passwortrichtlinie sicher genug?"])
    msg = flat(ask, "\n\n", out)
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "openai", "chat", "otel"), [3, 3, 2, 1])
    return segs, shape, "en_US"


def g_products(ctx):
    rows = [[["sku"], ["name"], ["price"], ["stock"], ["updated"]]]
    names = ctx.r.sample(PRODUCT_NAMES, ctx.r.randint(3, 6))
    for nm in names:
        rows.append([[f"SKU-{ctx.r.randint(10000, 99999)}"], [nm], [D("PRICE", ctx.price(ctx.ch(["$", "€", "£"])))],
                     [str(ctx.r.randint(0, 500))], [D("DATE", ctx.recent_date().isoformat())]])
    out = []
    for i, r in enumerate(rows):
        if i:
            out.append("\n")
        out.extend(csv_row(r))
    ask = ctx.ch(["Which products are low on stock?", "Write product descriptions for these:", "Convert prices to CHF:"])
    if ctx.r.random() < 0.3:
        return out, "csv", "en_US"
    segs, shape = SH.wrap(ctx, flat(ask, "\n\n", out), "en", ("prompt", "openai", "chat"))
    return segs, shape, "en_US"


def g_markdown(ctx):
    out = fill("# ⟦s⟧\n\nInternal service for order search.\n\n## Requirements\n\n- Python ⟦v1⟧\n- Postgres ⟦v2⟧\n\n## Endpoints\n\n"
               "| Method | Path | Notes |\n|---|---|---|\n| GET | ⟦o⟧ | ⟦o2⟧, no auth |\n| GET | /v1/orders/{id} | returns ⟦oid⟧-style ids |\n"
               "| POST | /v1/reindex | admin only |\n\nConfig lives in ⟦f⟧.\n",
               s=ctx.ch(SERVICES), v1=D("VERSION", ctx.ch(["3.11", "3.12", "3.10"])), v2=D("VERSION", ctx.ch(["15", "16.2", "14"])),
               o=D("OPS_TERM", "/healthz"), o2=D("OPS_TERM", "health check"), oid=D("ORDER_ID", ctx.order_id()),
               f=D("FILE_PATH", "config/settings.yaml"))
    if ctx.r.random() < 0.3:
        return out, "markdown", "en_US"
    segs, shape = SH.wrap(ctx, flat("Improve this README:\n\n", out), "en", ("prompt", "openai", "chat"))
    return segs, shape, "en_US"


PUBLIC = {
    "en": ["Who was ⟦fig⟧ and why is ⟦fig2⟧ often compared to them?", "Write a short quiz about ⟦fig⟧.",
           "Plan a three-day trip to ⟦place⟧ with a day trip to ⟦place2⟧.", "Compare ⟦prod⟧ and ⟦prod2⟧ for a student.",
           "Write a tagline that ⟦brand⟧ could use in ⟦place⟧.", "Summarise the plot of the stories featuring ⟦fic⟧.",
           "What would ⟦fic⟧ think of ⟦prod⟧? Write it as a short scene.", "Give me five facts about ⟦fig⟧.",
           "Why did ⟦brand⟧ open its first store in ⟦place⟧?", "Recommend books similar to the ones about ⟦fic⟧.",
           "How far is ⟦place⟧ from ⟦place2⟧ by train?", "Explain ⟦fig⟧'s main contribution in two sentences."],
    "es": ["¿Quién fue ⟦fig⟧?", "Organiza un viaje de tres días a ⟦place⟧.", "¿Qué es mejor, ⟦prod⟧ o ⟦prod2⟧?"],
    "de": ["Wer war ⟦fig⟧?", "Plane eine Reise nach ⟦place⟧.", "Was ist besser: ⟦prod⟧ oder ⟦prod2⟧?"],
    "fr": ["Qui était ⟦fig⟧ ?", "Organise un week-end à ⟦place⟧.", "Résume l'histoire de ⟦fic⟧."],
    "pt": ["Quem foi ⟦fig⟧?", "Roteiro de três dias em ⟦place⟧, por favor."],
    "it": ["Chi era ⟦fig⟧?", "Cosa vedere a ⟦place⟧ in un giorno?"],
    "ja": ["⟦nfig⟧について教えてください。", "⟦place⟧への旅行プランを作って。"],
    "zh": ["⟦nfig⟧是谁？", "介绍一下⟦place⟧的美食。"],
    "ru": ["Кто такой ⟦nfig⟧?", "Расскажи про ⟦place⟧."],
    "el": ["Ποιος ήταν ο ⟦nfig⟧;"],
    "ko": ["⟦nfig⟧에 대해 알려줘."],
    "ar": ["من هو ⟦nfig⟧؟"],
    "hi": ["⟦nfig⟧ के बारे में बताइए।"],
}
PUB_W = {"en": 20, "es": 3, "de": 3, "fr": 3, "pt": 2, "it": 2, "ja": 2, "zh": 2, "ru": 2, "el": 1, "ko": 1, "ar": 1, "hi": 1}
PUB_LOC = {"en": "en_US", "es": "es_ES", "de": "de_DE", "fr": "fr_FR", "pt": "pt_BR", "it": "it_IT", "ja": "ja_JP",
           "zh": "zh_CN", "ru": "ru_RU", "el": "el_GR", "ko": "ko_KR", "ar": "ar_SA", "hi": "hi_IN"}


def g_public(ctx):
    langs = list(PUB_W)
    lang = ctx.r.choices(langs, [PUB_W[x] for x in langs])[0]
    f1, f2 = ctx.r.sample(V.FIGURES, 2)
    p1, p2 = ctx.r.sample(V.PLACES, 2)
    pr1, pr2 = ctx.r.sample(V.PRODUCTS, 2)
    b1, b2 = ctx.r.sample(V.BRANDS, 2)
    nf = ctx.ch(FIG_NATIVE[lang]) if lang in FIG_NATIVE else f1
    msg = fill(ctx.ch(PUBLIC[lang]), fig=PN(f1), fig2=PN(f2), place=PN(p1), place2=PN(p2), prod=PN(pr1), prod2=PN(pr2),
               brand=PN(b1), brand2=PN(b2), fic=PN(ctx.ch(V.FICTION)), nfig=PN(nf))
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "chat", "openai", "otel", "log"), [4, 2, 3, 1, 1])
    return segs, shape, PUB_LOC[lang]


def g_changelog(ctx):
    out = []
    for _ in range(ctx.r.randint(2, 3)):
        out += fill("## ⟦v⟧ - ⟦d⟧\n", v=D("VERSION", ctx.version()), d=D("DATE", ctx.recent_date().isoformat()))
        for m in ctx.r.sample(["Fix date parsing for DD.MM.YYYY inputs", "Add /readyz endpoint",
                                                   "Mask password fields in debug logs", "Speed up CSV export",
                               "Support E.164 phone format in settings", "Bump dependencies",
                               "Retry webhooks with backoff", "Drop support for TLS 1.1"], ctx.r.randint(1, 3)):
            out += fill("- ⟦m⟧ (⟦h⟧)\n", m=m, h=D("HEX_HASH", ctx.hexh(7)))
    out = out[:-1] + [out[-1].rstrip("\n")] if isinstance(out[-1], str) else out
    if ctx.r.random() < 0.4:
        return out, "markdown", "en_US"
    segs, shape = SH.wrap(ctx, flat("Write release notes for customers from this changelog:\n\n", out), "en",
                          ("prompt", "openai", "chat"))
    return segs, shape, "en_US"


def g_gitlog(ctx):
    lines = []
    for _ in range(ctx.r.randint(3, 6)):
        lines.append(fill("⟦h⟧ ⟦m⟧", h=D("HEX_HASH", ctx.hexh(7)),
                          m=ctx.ch(["fix: handle empty phone field", "feat: add DOB validation", "chore: bump pydantic",
                                    "refactor: split auth module", "docs: update README", "test: add fixtures for parser",
                                    "fix(k8s): raise liveness timeout", "ci: cache cargo registry"])))
    msg = flat("Squash these into one commit message:\n\n", join_lines(lines))
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "openai", "chat", "log"))
    return segs, shape, "en_US"


def g_business(ctx):
    t = ctx.ch([
        "Invoice ⟦o⟧ from Kestrel Foods: ⟦p⟧ due on ⟦d⟧. Can you draft a payment reminder?",
        "We shipped PO ⟦o⟧ (⟦n⟧ pallets) on ⟦d⟧. What should the customs description say for ⟦prod⟧?",
        "Our Q3 revenue was ⟦p⟧, up from ⟦p2⟧. Write two sentences for the board deck.",
        "Calculate 19% VAT on ⟦p⟧.", "Tracking ⟦trk⟧ shows 'held at depot' since ⟦d⟧. What does that usually mean?",
        "Convert ⟦d⟧ to ISO week number.", "Order ⟦o⟧ contains ISBN ⟦isbn⟧ twice. Is that a duplicate?",
    ])
    msg = fill(t, o=D("ORDER_ID", ctx.order_id()), p=D("PRICE", ctx.price()), p2=D("PRICE", ctx.price()),
               d=D("DATE", ctx.date(ctx.ch(["en_US", "en_GB", "de_DE"]), dob=False)), n=str(ctx.r.randint(2, 30)),
               prod=ctx.ch(PRODUCT_NAMES), trk=D("ORDER_ID", ctx.tracking()), isbn=D("ORDER_ID", ctx.isbn()))
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "chat", "openai", "otel", "log"))
    return segs, shape, "en_GB"


GENERAL = {
    "en": ["What is the difference between a process and a thread?", "Explain OAuth 2.0 PKCE in simple terms.",
           "How many tablespoons are in a cup?", "Suggest a name for a bakery that sells sourdough.",
           "Write a haiku about autumn rain.", "What's a good warm-up before running 10 km?",
           "How do I store passwords securely in a web app?", "What format should dates of birth use in an API?",
           "How should a phone number field be validated?", "Give me a 20-minute bodyweight workout.",
           "What's the capital of Australia and why isn't it Sydney?", "Write a regex that matches ISO 8601 dates.",
           "Explain the CAP theorem with an example.", "Draft a polite out-of-office message.",
           "What are the pros and cons of passkeys compared to passwords?", "Suggest three names for a hiking club.",
           "How do I convert Celsius to Fahrenheit in my head?", "Summarise the rules of chess castling.",
           "What should a good incident postmortem template include?", "Explain what a liveness probe is in Kubernetes."],
    "de": ["Erkläre den Unterschied zwischen TCP und UDP.", "Wie speichere ich Passwörter sicher?"],
    "fr": ["Explique la différence entre SQL et NoSQL.", "Comment valider un numéro de téléphone ?"],
    "es": ["¿Cómo funciona una red neuronal?", "¿Qué formato de fecha recomiendas para una API?"],
    "ja": ["プロセスとスレッドの違いを教えてください。", "パスワードを安全に保存する方法は？"],
    "zh": ["如何安全地存储密码？", "解释一下什么是哈希函数。"],
    "pt": ["Como validar um número de telefone?"], "ru": ["Как безопасно хранить пароли?"],
    "ko": ["비밀번호를 안전하게 저장하는 방법은?"],
}


def g_general(ctx):
    lang = ctx.r.choices(list(GENERAL), [10, 2, 2, 2, 2, 2, 1, 1, 1])[0]
    msg = [ctx.ch(GENERAL[lang])]
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "chat", "openai", "otel", "log"))
    loc = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "ja": "ja_JP", "zh": "zh_CN", "pt": "pt_BR",
           "ru": "ru_RU", "ko": "ko_KR"}[lang]
    return segs, shape, loc


GENS = [(g_code, 45), (g_trace, 20), (g_logs, 30), (g_k8s, 20), (g_config, 25), (g_products, 15), (g_markdown, 15),
        (g_public, 60), (g_changelog, 15), (g_gitlog, 12), (g_business, 25), (g_general, 18)]
