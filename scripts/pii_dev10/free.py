"""PII-free traffic full of look-alikes (decoys only)."""
from core import D, Raw, Rich, csv_row, fill, jdump
from phrases import FREE
import values as V

FREE_W = {"question": 14, "code": 7, "cilog": 6, "k8s": 4, "changelog": 5, "applog": 7, "catalog": 4, "ddl": 4,
          "figure": 5, "tracking": 6, "answer": 5, "masked": 4, "manifest": 3, "invoice": 4, "toolcall": 5,
          "policy": 3}


def f_question(c):
    r = c.r
    out = []
    for i, tpl in enumerate(r.sample(FREE[c.lang], r.choice([1, 2, 2, 3]))):
        x = c.product()
        y = c.r.choice([c.product, c.town, c.brand])()
        if y.value == x.value:
            y = c.brand()
        out += ([c.sp()] if i else []) + fill(tpl, x=x, y=y, d=c.date(), p=c.price(), o=c.oid())
    if r.random() < 0.4:
        out = [r.choice(c.ph["greet"]), c.sp()] + out
    return out, "bank"


def f_code(c):
    r = c.r
    v = r.choice(["validator", "schema", "handler", "trace"])
    if v == "validator":
        out = ["```ts\n// ", c.path(), "\nexport function isStrongPassword(pw: string): boolean {\n",
               "  return pw.length >= 12 && /[0-9]/.test(pw) && /[^A-Za-z0-9]/.test(pw);\n}\n```\n",
               "Is this enough for ", c.brand(), "'s audit?"]
    elif v == "schema":
        out = ["const Customer = z.object({\n  firstName: z.string().min(1),\n  email: z.string().email(),\n",
               "  dateOfBirth: z.coerce.date(),\n  phone: z.string().optional(),\n});\n// zod ", c.ver(),
               ", last touched ", c.isodate()]
    elif v == "handler":
        out = ["@app.get(\"", D("OPS_TERM", "/healthz"), "\")\ndef probe():\n    return {\"status\": \"ok\", \"version\": \"",
               c.ver(), "\"}\n\nThe ", D("OPS_TERM", r.choice(["liveness probe", "readiness probe"])),
               " keeps failing after deploy ", c.hx(7), "."]
    else:
        out = ["Traceback (most recent call last):\n  File \"", c.path(), "\", line ", str(r.randint(10, 400)),
               ", in handle\n    user = repo.get(user_id)\nKeyError: ", c.nid(), "\n\nrunning ",
               r.choice(V.OS_NAMES), " ", c.ver()]
    return out, v


def f_cilog(c):
    r = c.r
    out = []
    for i in range(r.randint(3, 6)):
        out += [c.ts(), " ", r.choice(["[build]", "[deploy]", "[test]", "[probe]"]), " "]
        k = r.randrange(5)
        if k == 0:
            out += ["image ", r.choice(["api", "worker", "web"]), ":", c.ver(), " digest sha256:", c.hx(64)]
        elif k == 1:
            out += ["GET ", D("OPS_TERM", r.choice(["/healthz", "/readyz", "/livez"])), " 200 ",
                    str(r.randint(1, 40)), "ms"]
        elif k == 2:
            out += ["pod api-", c.hx(5), " is ", D("OPS_TERM", r.choice(["healthy", "unhealthy"]))]
        elif k == 3:
            out += ["wrote artifact ", c.path()]
        else:
            out += ["commit ", c.hx(40), " by ci-bot"]
        out.append("\n")
    return out[:-1], "pipeline"


def f_k8s(c):
    r = c.r
    out = ["apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ", r.choice(["checkout", "chat-gateway", "crm-sync"]),
           "\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example/app:",
           c.ver(), "\n          livenessProbe:\n            httpGet:\n              path: ", D("OPS_TERM", "/livez"),
           "\n          readinessProbe:\n            httpGet:\n              path: ", D("OPS_TERM", "/readyz"),
           "\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n",
           "                  name: db\n                  key: password\n"]
    if r.random() < 0.5:
        out = ["why is my ", D("OPS_TERM", "readiness probe"), " failing?\n\n"] + out
    return out, "deployment"


def f_changelog(c):
    r = c.r
    out = ["## ", c.ver(), " (", c.isodate(), ")\n"]
    for _ in range(r.randint(2, 5)):
        out += ["- ", r.choice(["fix: ", "feat: ", "chore: "]),
                r.choice(["retry ", "validate ", "mask ", "export "]),
                r.choice(["date_of_birth field", "email column", "phone formatting", "password reset flow",
                          "address autocomplete"]), " (", c.hx(7), ")\n"]
    return out, "release"


def f_applog(c):
    r = c.r
    out = []
    for _ in range(r.randint(2, 5)):
        d = {"ts": c.ts(), "level": r.choice(["info", "warn"]), "msg": r.choice(["request", "cache miss", "llm call",
                                                                                 "probe"]),
             "request_id": c.uuid(), "path": r.choice(["/v1/chat/completions", "/api/orders", "/api/cart"]),
             "status": r.choice([200, 200, 201, 429, 500]), "ms": r.randint(3, 3000)}
        if r.random() < 0.3:
            d["model"] = r.choice(["gpt-4o-mini", "claude-3-5-haiku", "mistral-small"])
            d["cost"] = Raw(['"', c.usd(), '"'])
        if r.random() < 0.25:
            d["check"] = c.ops()
        if r.random() < 0.3:
            d["order_id"] = c.oid()
        out += jdump(d, seps=(",", ":")) + ["\n"]
    return out[:-1], "jsonl"


def f_catalog(c):
    r = c.r
    sep = r.choice([",", ";"])
    out = csv_row(["sku", "name", "price", "launched"], sep) + ["\n"]
    for p in r.sample(V.PRODUCTS, r.randint(2, 5)):
        out += csv_row([[c.nid()], [D("PROPER_NOUN", p)], [c.price()], [c.isodate()]], sep) + ["\n"]
    return out[:-1], "products"


def f_ddl(c):
    r = c.r
    out = ["CREATE TABLE customers (\n  id bigserial primary key,\n  full_name text not null,\n  email citext unique,\n",
           "  phone text,\n  date_of_birth date,\n  password_hash text,\n  created_at timestamptz default now()\n);\n",
           "-- seeded ", c.isodate(), ", example hash: ", c.hx(64)]
    if r.random() < 0.5:
        out = ["Add an index for lookups by email to this schema (Postgres ", c.ver(), "):\n\n"] + out
    return out, "customers"


FIG_Q = ["When was ⟦f⟧ born? I think it was ⟦d⟧.", "Write a limerick about ⟦f⟧ visiting ⟦t⟧.",
         "Did ⟦f⟧ ever live in ⟦t⟧?", "Summarize the life of ⟦f⟧ in 3 bullet points for a quiz on ⟦d⟧."]


def f_figure(c):
    r = c.r
    out = fill(r.choice(FIG_Q), f=c.figure(), d=c.date(1700, 1950) if r.random() < 0.5 else c.date(), t=c.town())
    return out, "public"


def f_tracking(c):
    r = c.r
    d = {"order_id": c.oid(), "status": r.choice(["in_transit", "delivered", "delayed"]),
         "carrier": D("PROPER_NOUN", r.choice(["DHL", "UPS", "PostNL", "Correos", "Yamato", "InPost"])),
         "eta": c.isodate(), "events": [{"at": c.ts(), "where": c.town()}, {"at": c.ts(), "where": c.town()}],
         "total": Raw(['"', c.price(), '"'])}
    v = r.choice(["tool", "plain"])
    if v == "tool":
        return jdump({"role": "tool", "tool_call_id": Raw(['"call_', c.hx(24), '"']), "content": Rich(jdump(d))}), v
    return jdump(d, indent=2), v


def f_answer(c):
    r = c.r
    out = ["Here's a quick comparison:\n\n| Model | Price | Released |\n|---|---|---|\n"]
    for p in r.sample(V.PRODUCTS, 3):
        out += ["| ", D("PROPER_NOUN", p), " | ", c.price(), " | ", c.date(2019, 2024), " |\n"]
    out += ["\nIf you buy from ", c.brand(), ", check the return window."]
    return out, "comparison"


def f_masked(c):
    r = c.r
    out = [r.choice(["Your card ending in ", "Card •••• "]), str(r.randint(1000, 9999)),
           " was charged ", c.price(), " on ", c.date(), " for order ", c.oid(), ". Email on file: ",
           r.choice(["j***@g***.com", "[redacted]", "<EMAIL>"]), ", phone: ", r.choice(["***-***-1234", "[PHONE]"]), "."]
    return out, "redacted"


def f_manifest(c):
    r = c.r
    deps = r.sample(["react", "zod", "express", "pydantic", "fastapi", "openai", "langchain", "prisma"], 4)
    out = ['{\n  "name": "support-bot",\n  "version": "', c.ver(), '",\n  "dependencies": {\n']
    for i, d in enumerate(deps):
        out += ['    "', d, '": "^', c.ver(), '"', ",\n" if i < 3 else "\n"]
    out += ["  }\n}"]
    return out, "package"


def f_invoice(c):
    r = c.r
    out = ["Invoice ", c.oid(), "\nIssued: ", c.date(), "\nSupplier: ", c.brand(), "\n"]
    for _ in range(r.randint(1, 3)):
        out += ["  1 × ", c.product(), "  ", c.price(), "\n"]
    out += ["Due: ", c.date(), "\nFile: ", c.path()]
    return out, "b2b"


def f_toolcall(c):
    r = c.r
    args = {"query": Rich(["status of ", c.oid()]), "since": c.isodate()}
    if r.random() < 0.5:
        args = {"product": c.product(), "max_price": Raw(['"', c.price(), '"'])}
    call = {"id": Raw(['"call_', c.hx(24), '"']), "type": "function",
            "function": {"name": r.choice(["search_orders", "search_catalog"]), "arguments": Rich(jdump(args))}}
    return jdump({"role": "assistant", "content": None, "tool_calls": [call]}), "search"


def f_policy(c):
    r = c.r
    out = ["Password policy (", c.ver(), "): at least 12 characters, one digit, one symbol. ",
           "Passwords are stored as argon2id hashes, e.g. ", c.hx(64), ". Review due ", c.date(), ". ",
           "The ", D("OPS_TERM", "health check"), " endpoint is exempt from auth."]
    return out, "security"


FUNCS = {k: globals()["f_" + k] for k in FREE_W}
