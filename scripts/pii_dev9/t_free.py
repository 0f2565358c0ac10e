"""Theme 5: PII-free texts that AI applications send, with look-alikes labelled as decoys."""
import geo as G
import values as V
import wrap as W
from core import D, S, csv_row, fill, flat, jdump, jesc, join

LANGS_FREE = {"en": 14, "de": 3, "fr": 3, "es": 3, "pt": 2, "it": 2, "nl": 1, "pl": 1, "ja": 2, "zh": 2, "ru": 1, "ko": 1,
              "tr": 1, "sv": 1}
LOC = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "pt": "pt_BR", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL",
       "ja": "ja_JP", "zh": "zh_CN", "ru": "ru_RU", "ko": "ko_KR", "tr": "tr_TR", "sv": "sv_SE", "el": "el_GR", "ar": "ar_EG",
       "hi": "hi_IN", "vi": "vi_VN", "id": "id_ID", "he": "he_IL", "th": "th_TH", "da": "da_DK", "fi": "fi_FI", "cs": "cs_CZ",
       "hu": "hu_HU", "uk": "uk_UA", "no": "nb_NO"}


def pick(rng, w=LANGS_FREE):
    tot = sum(w.values())
    x = rng.random() * tot
    for k, v in w.items():
        x -= v
        if x <= 0:
            return k
    return "en"


def ver(rng):
    return D("VERSION", V.version(rng))


def sha(rng, n=40):
    return D("HEX_HASH", V.hexs(rng, n))


def dte(rng, lang="en", loc="en_US"):
    l = lang if lang in V.MONTHS or lang in ("ja", "zh", "ko") else "en"
    return D("DATE", V.fmt_date(rng, V.recent(rng), l, region="US" if loc == "en_US" else "XX"))


def ops(t):
    return D("OPS_TERM", t)


def PN(t):
    return D("PROPER_NOUN", t)


COMMENT = {"en": ["# validate input before saving", "# retry with exponential backoff", "# TODO: move to settings"],
           "de": ["# Eingabe vor dem Speichern prüfen", "# bei Fehler erneut versuchen", "# TODO: in die Konfiguration verschieben"],
           "fr": ["# valider l'entrée avant l'enregistrement", "# réessayer avec un délai croissant"],
           "es": ["# validar la entrada antes de guardar", "# reintentar con espera exponencial"],
           "pt": ["# validar a entrada antes de salvar", "# tentar de novo com backoff"],
           "it": ["# validare l'input prima del salvataggio"], "nl": ["# invoer valideren voor opslaan"],
           "pl": ["# walidacja danych przed zapisem"], "ja": ["# 保存前に入力を検証する", "# 指数バックオフで再試行"],
           "zh": ["# 保存前校验输入", "# 指数退避重试"], "ru": ["# проверить ввод перед сохранением"], "ko": ["# 저장 전에 입력 검증"],
           "tr": ["# kaydetmeden önce girdiyi doğrula"], "sv": ["# validera indata innan sparning"]}
ASK = {"en": ["Can you review this?", "Why does this fail?", "Explain this code.", "Add type hints, please.", "Write tests for this."],
       "de": ["Kannst du das reviewen?", "Warum schlägt das fehl?", "Erklär mir den Code."],
       "fr": ["Tu peux relire ce code ?", "Pourquoi ça plante ?"], "es": ["¿Puedes revisar esto?", "¿Por qué falla?"],
       "pt": ["Pode revisar isso?", "Por que isso falha?"], "it": ["Puoi controllare questo codice?"], "nl": ["Kun je dit reviewen?"],
       "pl": ["Możesz to sprawdzić?"], "ja": ["このコードをレビューしてください。", "なぜ失敗するのですか？"], "zh": ["帮我看看这段代码。", "为什么会报错？"],
       "ru": ["Посмотри этот код, пожалуйста."], "ko": ["이 코드 리뷰해 주세요."], "tr": ["Bu kodu inceler misin?"], "sv": ["Kan du granska koden?"]}

PY = [
    'import re\n\nPASSWORD_MIN_LENGTH = 12\n\n⟦c⟧\ndef validate_password(pw: str) -> list[str]:\n    errors = []\n    if len(pw) < PASSWORD_MIN_LENGTH:\n        errors.append("Password must be at least 12 characters")\n    if not re.search(r"\\d", pw):\n        errors.append("Password must contain a digit")\n    return errors\n',
    'from dataclasses import dataclass\nfrom datetime import date\n\n@dataclass\nclass Member:\n    member_id: int\n    display_name: str\n    date_of_birth: date\n\n    ⟦c⟧\n    def age(self, today: date) -> int:\n        b = self.date_of_birth\n        return today.year - b.year - ((today.month, today.day) < (b.month, b.day))\n',
    'class MarkdownRenderer:\n    """Render Markdown to HTML."""\n\n    def __init__(self, safe_mode=True):\n        self.safe_mode = safe_mode\n\n    ⟦c⟧\n    def render(self, text):\n        return "<p>" + text.replace("\\n\\n", "</p><p>") + "</p>"\n',
    'import requests\n\n⟦c⟧\ndef fetch_orders(session, since):\n    r = session.get("https://api.example.com/v2/orders", params={"since": since}, timeout=10)\n    r.raise_for_status()\n    return r.json()["items"]\n\norders = fetch_orders(requests.Session(), "⟦d⟧")\n',
    'print("Hello, World!")\nname = input("What is your name? ")\n⟦c⟧\nprint(f"Nice to meet you, {name}!")\n',
    'def grace_period_days(plan: str) -> int:\n    ⟦c⟧\n    return {"basic": 7, "pro": 14, "enterprise": 30}.get(plan, 0)\n',
]
JS = [
    "import { z } from 'zod';\n\n// ⟦c⟧\nexport const SignupSchema = z.object({\n  email: z.string().email(),\n  password: z.string().min(12),\n  dateOfBirth: z.coerce.date().max(new Date()),\n  acceptTerms: z.literal(true),\n});\n",
    "export function UserCard({ user }) {\n  // ⟦c⟧\n  return (\n    <div className=\"card\">\n      <h2>{user.firstName} {user.lastName}</h2>\n      <p>{user.email}</p>\n    </div>\n  );\n}\n",
    "const fmt = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' });\n// ⟦c⟧\nconsole.log(fmt.format(new Date('⟦iso⟧')));\n",
    "app.get('⟦hz⟧', (req, res) => {\n  // ⟦c⟧\n  res.status(200).json({ status: 'ok', version: '⟦v⟧' });\n});\n",
]
GO_RS = [
    ("go", "func healthHandler(w http.ResponseWriter, r *http.Request) {\n\t// ⟦c⟧\n\tif err := db.PingContext(r.Context()); err != nil {\n\t\thttp.Error(w, \"⟦uh⟧\", http.StatusServiceUnavailable)\n\t\treturn\n\t}\n\tw.Write([]byte(\"ok\"))\n}\n"),
    ("rust", "use argon2::{Argon2, PasswordHasher};\n\n// ⟦c⟧\nfn hash_password(password: &[u8], salt: &SaltString) -> Result<String, Error> {\n    let hash = Argon2::default().hash_password(password, salt)?;\n    Ok(hash.to_string())\n}\n"),
    ("java", "public record Customer(long id, String firstName, String lastName, LocalDate dateOfBirth) {\n    // ⟦c⟧\n    public int age(LocalDate today) {\n        return Period.between(dateOfBirth, today).getYears();\n    }\n}\n"),
    ("csharp", "public class PasswordPolicy\n{\n    // ⟦c⟧\n    public int MinLength { get; init; } = 12;\n    public bool RequireDigit { get; init; } = true;\n}\n"),
    ("bash", "#!/usr/bin/env bash\nset -euo pipefail\n# ⟦c⟧\nDB_PASSWORD=\"$(cat /run/secrets/db_password)\"\npg_dump -h db -U app orders > \"/backups/orders-$(date +%F).sql\"\n"),
]


def g_code(rng):
    lang = pick(rng)
    loc = LOC[lang]
    k = rng.randint(0, 2)
    c = rng.choice(COMMENT[lang])
    if k == 0:
        code = fill(rng.choice(PY), c=c, d=D("DATE", V.recent(rng).isoformat()))
        kind = "python"
    elif k == 1:
        code = fill(rng.choice(JS), c=c.lstrip("# "), iso=D("DATE", V.recent(rng).isoformat()), hz=ops("/healthz"), v=ver(rng))
        kind = "tsx"
    else:
        kind, t = rng.choice(GO_RS)
        code = fill(t, c=c.lstrip("# "), uh=ops("unhealthy"))
    segs = fill("⟦a⟧\n\n```⟦k⟧\n⟦c⟧```", a=rng.choice(ASK[lang]), k=kind, c=code)
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, loc


SQL = [
    "CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  first_name TEXT NOT NULL,\n  last_name TEXT NOT NULL,\n  email TEXT UNIQUE NOT NULL,\n  date_of_birth DATE,\n  password_hash TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);",
    "SELECT o.id, o.total, c.country\nFROM orders o JOIN customers c ON c.id = o.customer_id\nWHERE o.created_at >= '⟦d1⟧' AND o.created_at < '⟦d2⟧'\nORDER BY o.total DESC\nLIMIT 20;",
    "UPDATE users SET password_hash = crypt($1, gen_salt('bf')) WHERE id = $2;",
    "SELECT date_trunc('month', created_at) AS m, count(*)\nFROM signups\nWHERE created_at > '⟦d1⟧'\nGROUP BY 1 ORDER BY 1;",
    "ALTER TABLE members ADD COLUMN date_of_birth DATE;\nCREATE INDEX idx_members_dob ON members (date_of_birth);",
]


def g_sql(rng):
    lang = pick(rng)
    q = fill(rng.choice(SQL), d1=D("DATE", V.rand_date(rng, 2023, 2024).isoformat()), d2=D("DATE", V.rand_date(rng, 2025, 2025).isoformat()))
    segs = fill("⟦a⟧\n\n```sql\n⟦q⟧\n```", a=rng.choice(ASK[lang]), q=q)
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai"))
    return segs, shape, LOC[lang]


def g_trace(rng):
    k = rng.randint(0, 3)
    if k == 0:
        segs = fill('Traceback (most recent call last):\n  File "⟦f1⟧", line ⟦l1⟧, in <module>\n    main()\n  File "⟦f2⟧", line ⟦l2⟧, in send\n'
                    '    raise ConnectionError(e, request=request)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'api.example.com\', port=443): Max retries exceeded',
                    f1=D("FILE_PATH", "/app/worker.py"), f2=D("FILE_PATH", "/usr/local/lib/python3.11/site-packages/requests/adapters.py"),
                    l1=str(rng.randint(10, 300)), l2=str(rng.randint(400, 700)))
    elif k == 1:
        segs = fill("Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n"
                    "\tat com.acme.billing.InvoiceService.render(InvoiceService.java:⟦l1⟧)\n\tat com.acme.billing.InvoiceController.get(InvoiceController.java:⟦l2⟧)\n"
                    "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:⟦l3⟧)", l1=str(rng.randint(20, 400)),
                    l2=str(rng.randint(20, 200)), l3=str(rng.randint(800, 1100)))
    elif k == 2:
        segs = fill("TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (⟦f⟧:⟦l1⟧:23)\n    at renderWithHooks (react-dom.development.js:⟦l2⟧:18)\n"
                    "Node.js ⟦v⟧", f=D("FILE_PATH", "src/components/OrderList.tsx"), l1=str(rng.randint(10, 90)), l2=str(rng.randint(14000, 16000)),
                    v=D("VERSION", f"v{rng.randint(18, 22)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"))
    else:
        segs = fill("thread 'main' panicked at ⟦f⟧:⟦l⟧:9:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }\n"
                    "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace", f=D("FILE_PATH", "src/main.rs"), l=str(rng.randint(5, 200)))
    lang = pick(rng)
    intro = {"de": "Was bedeutet dieser Fehler?", "fr": "Que signifie cette erreur ?", "es": "¿Qué significa este error?", "ja": "このエラーの意味は？",
             "zh": "这个错误是什么意思？", "pt": "O que significa esse erro?", "ru": "Что означает эта ошибка?"}.get(lang, "What does this error mean?")
    segs = fill("⟦i⟧\n\n⟦s⟧", i=intro, s=segs)
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "log"))
    return segs, shape, LOC.get(lang, "en_US")


def g_ci(rng):
    lines = [fill("⟦t⟧ Run actions/checkout@v4", t=W.ts(rng)),
             fill("⟦t⟧ HEAD is now at ⟦h⟧ fix: handle empty cart in checkout", t=W.ts(rng), h=sha(rng, 7)),
             fill("⟦t⟧ Setting up Node.js ⟦v⟧", t=W.ts(rng), v=D("VERSION", f"{rng.randint(18, 22)}.{rng.randint(0, 15)}.{rng.randint(0, 9)}")),
             fill("⟦t⟧ npm ci — added 1184 packages in 23s", t=W.ts(rng)),
             fill("⟦t⟧ Tests: 412 passed, 3 skipped, 415 total", t=W.ts(rng)),
             fill("⟦t⟧ Waiting for ⟦hc⟧ on ⟦hz⟧ ... ⟦ok⟧", t=W.ts(rng), hc=ops("health check"), hz=ops("/readyz"), ok=ops("healthy")),
             fill("⟦t⟧ Pushed ghcr.io/acme/web:⟦v⟧@sha256:⟦d⟧", t=W.ts(rng), v=ver(rng), d=sha(rng, 64))]
    return join("\n", lines[: rng.randint(4, 7)]), "log", "en_US"


def g_k8s(rng):
    segs = fill("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders-api\nspec:\n  replicas: 3\n  template:\n    spec:\n"
                "      containers:\n        - name: api\n          image: registry.example.com/orders-api:⟦v⟧\n          env:\n"
                "            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: orders-db\n                  key: password\n"
                "          livenessProbe:\n            httpGet:\n              path: ⟦lz⟧\n              port: 8080\n          readinessProbe:\n"
                "            httpGet:\n              path: ⟦rz⟧\n              port: 8080\n", v=ver(rng), lz=ops("/livez"), rz=ops("/readyz"))
    if rng.random() < 0.5:
        lang = pick(rng)
        ask = {"de": "Warum startet der Pod ständig neu?", "fr": "Pourquoi le pod redémarre en boucle ?", "es": "¿Por qué se reinicia el pod?",
               "ja": "Podが再起動を繰り返します。", "zh": "Pod 一直重启，为什么？"}.get(lang, "Why does this pod keep restarting?")
        segs = fill("⟦a⟧\n\n⟦s⟧", a=ask, s=segs)
        segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai"))
        return segs, shape, LOC.get(lang, "en_US")
    return segs, "yaml", "en_US"


def g_tf(rng):
    name = rng.choice(["orders", "billing", "analytics", "auth", "catalog", "search"])
    region = rng.choice(["eu-central-1", "eu-west-1", "us-east-2", "ap-northeast-1", "sa-east-1"])
    k = rng.randint(0, 2)
    if k == 0:
        segs = fill(f'variable "db_password" {{\n  type      = string\n  sensitive = true\n}}\n\nresource "aws_db_instance" "{name}" {{\n'
                    f'  engine         = "postgres"\n  engine_version = "⟦v⟧"\n  instance_class = "{rng.choice(["db.t4g.micro", "db.m6g.large", "db.r6g.xlarge"])}"\n'
                    f'  username       = "app"\n  password       = var.db_password\n}}\n\noutput "endpoint" {{\n  value = aws_db_instance.{name}.endpoint\n}}\n',
                    v=D("VERSION", rng.choice(["16.3", "15.7", "14.12"])))
    elif k == 1:
        segs = fill(f'provider "aws" {{\n  region = "{region}"\n}}\n\ndata "aws_secretsmanager_secret_version" "{name}_db" {{\n'
                    f'  secret_id = "{name}/db/password"\n}}\n\nmodule "{name}_cache" {{\n  source  = "terraform-aws-modules/elasticache/aws"\n'
                    f'  version = "⟦v⟧"\n  auth_token = data.aws_secretsmanager_secret_version.{name}_db.secret_string\n}}\n', v=ver(rng))
    else:
        segs = fill(f'resource "helm_release" "{name}" {{\n  name       = "{name}"\n  chart      = "oci://registry.example.com/charts/{name}"\n'
                    f'  version    = "⟦v⟧"\n  set_sensitive {{\n    name  = "db.password"\n    value = var.db_password\n  }}\n'
                    f'  set {{\n    name  = "probes.path"\n    value = "⟦hz⟧"\n  }}\n}}\n', v=ver(rng), hz=ops("/healthz"))
    if rng.random() < 0.5:
        ask = rng.choice(["Why does terraform plan want to replace this?", "Is the secret handled safely here?",
                          "Warum will terraform das neu anlegen?", "Pourquoi terraform veut recréer la ressource ?", "このTerraformは安全ですか？"])
        lang = "de" if ask.startswith("Warum") else "fr" if ask.startswith("Pourquoi") else "ja" if ask.startswith("この") else "en"
        segs, shape = W.wrap_any(rng, fill("⟦a⟧\n\n⟦s⟧", a=ask, s=segs), lang, kinds=("prompt", "openai"))
        return segs, shape, LOC[lang]
    return segs, "config", "en_US"


def g_manifest(rng):
    k = rng.randint(0, 3)
    if k == 0:
        segs = fill('{\n  "name": "@acme/checkout",\n  "version": "⟦v1⟧",\n  "private": true,\n  "dependencies": {\n    "react": "^⟦v2⟧",\n    "zod": "^⟦v3⟧"\n  },\n  "engines": {"node": ">=20"}\n}',
                    v1=ver(rng), v2=D("VERSION", "18.3.1"), v3=D("VERSION", "3.23.8"))
    elif k == 1:
        segs = fill('[package]\nname = "ledger-sync"\nversion = "⟦v1⟧"\nedition = "2021"\n\n[dependencies]\nserde = { version = "⟦v2⟧", features = ["derive"] }\ntokio = { version = "⟦v3⟧", features = ["full"] }\n',
                    v1=ver(rng), v2=D("VERSION", "1.0"), v3=D("VERSION", "1.38"))
    elif k == 2:
        segs = join("\n", [fill(f"{p}==⟦v⟧", v=ver(rng)) for p in rng.sample(["requests", "pydantic", "fastapi", "uvicorn", "sqlalchemy", "argon2-cffi", "python-dateutil"], 4)])
    else:
        segs = fill("module github.com/acme/ledger\n\ngo 1.22\n\nrequire (\n\tgithub.com/jackc/pgx/v5 ⟦v1⟧\n\tgolang.org/x/crypto ⟦v2⟧\n)\n",
                    v1=D("VERSION", "v5.6.0"), v2=D("VERSION", "v0.24.0"))
    segs, shape = W.wrap_any(rng, fill("Are these versions compatible?\n\n⟦s⟧", s=segs), "en", kinds=("prompt", "openai")) if rng.random() < 0.4 else (segs, "config")
    return segs, shape, "en_US"


MATH = {
    "en": ["Solve for x: 3x² − 12x + 9 = 0.", "A train leaves at 14:05 and travels 312 km at 96 km/h. When does it arrive?",
           "Compute the determinant of [[2, 1, 4], [0, 3, 5], [1, 0, 6]].", "Prove that the sum of the first n odd numbers is n².",
           "A ball is dropped from 45 m. Ignoring air resistance, how long until it hits the ground? (g = 9.81 m/s²)",
           "What is 4,821 × 37? Show the long multiplication.", "Find the derivative of f(x) = x³·ln(x)."],
    "de": ["Löse die Gleichung 2x + 7 = 31.", "Ein Auto fährt 180 km in 2,5 Stunden. Wie hoch ist die Durchschnittsgeschwindigkeit?"],
    "fr": ["Résoudre : 5x − 3 = 2x + 12.", "Calculer l'aire d'un disque de rayon 7,5 cm."],
    "es": ["Resuelve: x² − 5x + 6 = 0.", "Un resorte de constante 250 N/m se estira 0,12 m. ¿Qué fuerza ejerce?"],
    "pt": ["Resolva: 3(x − 2) = 2x + 5.", "Qual é a energia cinética de um corpo de 2 kg a 15 m/s?"],
    "it": ["Risolvi: 4x + 9 = 37.", "Calcola il volume di un cilindro con r = 3 cm e h = 10 cm."],
    "ja": ["次の方程式を解きなさい：2x + 5 = 17", "半径4cmの円の面積を求めなさい。"], "zh": ["解方程：3x − 7 = 11。", "求函数 y = x² − 4x + 3 的最小值。"],
    "ru": ["Решите уравнение: 7x − 4 = 3x + 20.", "Найдите площадь треугольника со сторонами 5, 12 и 13."],
    "ko": ["방정식 4x − 8 = 12를 푸세요.", "반지름이 5cm인 구의 부피를 구하세요."], "pl": ["Rozwiąż równanie: 6x − 5 = 19."],
    "tr": ["Denklemi çözün: 5x + 3 = 28."], "sv": ["Lös ekvationen 3x + 4 = 19."], "nl": ["Los op: 8x − 6 = 2x + 18."],
}


def g_math(rng):
    lang = pick(rng)
    qs = MATH.get(lang, MATH["en"])
    segs = S([" ".join(rng.sample(qs, min(len(qs), rng.randint(1, 2))))])
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, LOC[lang]


RECIPE = {
    "en": "Banana bread: 3 ripe bananas, 75 g melted butter, 150 g sugar, 1 egg, 190 g flour, 1 tsp baking soda. Bake at 175 °C for 55–60 minutes. Can I swap the sugar for honey?",
    "de": "Apfelkuchen: 500 g Äpfel, 200 g Mehl, 125 g Butter, 100 g Zucker, 2 Eier. Bei 180 °C etwa 45 Minuten backen. Geht das auch ohne Ei?",
    "fr": "Crêpes : 250 g de farine, 4 œufs, 50 cl de lait, 1 pincée de sel, 50 g de beurre fondu. Repos 1 h. Combien de crêpes ça fait ?",
    "es": "Tortilla de patatas: 5 huevos, 600 g de patatas, 1 cebolla, aceite de oliva y sal. ¿Cuánto tiempo se cuaja por cada lado?",
    "it": "Carbonara per 4: 320 g di spaghetti, 150 g di guanciale, 4 tuorli, 50 g di pecorino. Posso usare la pancetta?",
    "pt": "Pão de queijo: 500 g de polvilho azedo, 250 ml de leite, 120 ml de óleo, 2 ovos, 200 g de queijo. Forno a 180 °C por 25 min.",
    "ja": "肉じゃがの材料：じゃがいも3個、玉ねぎ1個、牛肉200g、醤油大さじ3、砂糖大さじ2。圧力鍋でも作れますか？",
    "zh": "番茄炒蛋：鸡蛋3个，番茄2个，盐少许，糖一小勺。先炒蛋还是先炒番茄？",
    "tr": "Mercimek çorbası: 1 su bardağı kırmızı mercimek, 1 soğan, 1 havuç, 6 su bardağı su. Blenderdan geçirmeli miyim?",
    "pl": "Pierogi ruskie: 500 g mąki, 250 ml ciepłej wody, 600 g ziemniaków, 300 g twarogu. Ile gotować?",
    "sv": "Kanelbullar: 50 g jäst, 5 dl mjölk, 150 g smör, 1 dl socker, 13 dl vetemjöl. Hur länge ska degen jäsa?",
    "nl": "Stroopwafels: 250 g bloem, 150 g boter, 100 g suiker, 1 ei, 7 g gist. Heb ik een speciaal ijzer nodig?",
    "ru": "Сырники: 400 г творога, 1 яйцо, 2 ст. л. муки, 1 ст. л. сахара. Можно без муки?",
    "ko": "김치찌개 재료: 김치 300g, 돼지고기 200g, 두부 반 모, 물 500ml. 참치로 바꿔도 되나요?",
}


def g_recipe(rng):
    lang = pick(rng, {k: (4 if k == "en" else 2) for k in RECIPE})
    tail = {"en": ["Scale it for 12 people.", "Convert to cups and °F.", "Make it vegan.", "How long does it keep?"],
            "de": ["Für 12 Personen umrechnen, bitte.", "Geht das auch vegan?"], "fr": ["Pour 12 personnes, svp.", "Version sans gluten ?"],
            "es": ["Para 12 personas, por favor.", "¿Versión vegana?"]}.get(lang)
    txt = RECIPE[lang] + (" " + rng.choice(tail) if tail and rng.random() < 0.7 else "")
    segs, shape = W.wrap_any(rng, S([txt]), lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, LOC[lang]


def g_sports(rng):
    lang = pick(rng, {"en": 4, "es": 2, "de": 2, "pt": 2, "it": 1, "fr": 1, "nl": 1, "tr": 1, "ja": 1})
    loc = LOC[lang]
    football = [x for x in G.TEAMS if x not in ("Los Angeles Lakers", "Boston Celtics", "New York Yankees", "All Blacks")]
    a, b, c, d = [PN(x) for x in rng.sample(football, 4)]
    s = lambda: f"{rng.randint(0, 4)}–{rng.randint(0, 4)}"
    t = {"en": "Results from ⟦dt⟧: ⟦a⟧ ⟦s1⟧ ⟦b⟧, ⟦c⟧ ⟦s2⟧ ⟦d⟧. Who tops the table now?",
         "es": "Resultados del ⟦dt⟧: ⟦a⟧ ⟦s1⟧ ⟦b⟧ y ⟦c⟧ ⟦s2⟧ ⟦d⟧. ¿Cómo queda la clasificación?",
         "de": "Ergebnisse vom ⟦dt⟧: ⟦a⟧ – ⟦b⟧ ⟦s1⟧, ⟦c⟧ – ⟦d⟧ ⟦s2⟧. Wer ist jetzt Tabellenführer?",
         "pt": "Resultados de ⟦dt⟧: ⟦a⟧ ⟦s1⟧ ⟦b⟧, ⟦c⟧ ⟦s2⟧ ⟦d⟧. Quem lidera?",
         "it": "Risultati del ⟦dt⟧: ⟦a⟧-⟦b⟧ ⟦s1⟧, ⟦c⟧-⟦d⟧ ⟦s2⟧. Chi è primo?",
         "fr": "Résultats du ⟦dt⟧ : ⟦a⟧ ⟦s1⟧ ⟦b⟧, ⟦c⟧ ⟦s2⟧ ⟦d⟧. Qui est en tête ?",
         "nl": "Uitslagen van ⟦dt⟧: ⟦a⟧ - ⟦b⟧ ⟦s1⟧, ⟦c⟧ - ⟦d⟧ ⟦s2⟧. Wie staat bovenaan?",
         "tr": "⟦dt⟧ sonuçları: ⟦a⟧ ⟦s1⟧ ⟦b⟧, ⟦c⟧ ⟦s2⟧ ⟦d⟧. Lider kim?",
         "ja": "⟦dt⟧の結果：⟦a⟧ ⟦s1⟧ ⟦b⟧、⟦c⟧ ⟦s2⟧ ⟦d⟧。首位はどこ？"}[lang]
    segs = fill(t, dt=dte(rng, lang, loc), a=a, b=b, c=c, d=d, s1=s(), s2=s())
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, loc


FICT = {"en": ["Summarise the relationship between ⟦a⟧ and ⟦b⟧.", "Why does ⟦a⟧ distrust ⟦b⟧ in the second half of the book?",
               "Write a short essay comparing ⟦a⟧ with ⟦b⟧.", "Is ⟦a⟧ a reliable narrator?"],
        "de": ["Vergleiche ⟦a⟧ und ⟦b⟧ in einem kurzen Aufsatz.", "Warum misstraut ⟦a⟧ der Figur ⟦b⟧?"],
        "fr": ["Compare ⟦a⟧ et ⟦b⟧ en quelques lignes.", "Pourquoi ⟦a⟧ se méfie-t-il de ⟦b⟧ ?"],
        "es": ["Compara a ⟦a⟧ con ⟦b⟧.", "¿Por qué ⟦a⟧ desconfía de ⟦b⟧?"], "pt": ["Compare ⟦a⟧ e ⟦b⟧ num texto curto."],
        "it": ["Confronta ⟦a⟧ e ⟦b⟧."], "ja": ["⟦a⟧と⟦b⟧の関係を要約してください。"], "zh": ["比较⟦a⟧和⟦b⟧这两个角色。"],
        "ru": ["Сравните персонажей ⟦a⟧ и ⟦b⟧."], "pl": ["Porównaj postaci ⟦a⟧ i ⟦b⟧."], "ko": ["⟦a⟧와 ⟦b⟧의 관계를 요약해 주세요."]}


def g_fiction(rng):
    lang = pick(rng, {k: (5 if k == "en" else 2) for k in FICT})
    a, b = rng.sample(G.FICTION, 2)
    segs = fill(rng.choice(FICT[lang]), a=PN(a), b=PN(b))
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, LOC[lang]


BIRTHS = {"Albert Einstein": (1879, 3, 14), "Marie Curie": (1867, 11, 7), "Frida Kahlo": (1907, 7, 6), "Nelson Mandela": (1918, 7, 18),
          "Ada Lovelace": (1815, 12, 10), "Wolfgang Amadeus Mozart": (1756, 1, 27), "Mahatma Gandhi": (1869, 10, 2),
          "Charles Darwin": (1809, 2, 12), "Alan Turing": (1912, 6, 23), "Grace Hopper": (1906, 12, 9), "Rabindranath Tagore": (1861, 5, 7),
          "Simón Bolívar": (1783, 7, 24), "Vincent van Gogh": (1853, 3, 30), "Pablo Picasso": (1881, 10, 25), "Rosa Parks": (1913, 2, 4),
          "Abraham Lincoln": (1809, 2, 12), "Winston Churchill": (1874, 11, 30), "Galileo Galilei": (1564, 2, 15), "Nikola Tesla": (1856, 7, 10),
          "Florence Nightingale": (1820, 5, 12), "Mark Twain": (1835, 11, 30), "Gabriel García Márquez": (1927, 3, 6), "Pelé": (1940, 10, 23),
          "Amália Rodrigues": (1920, 7, 23)}
HIST = {"en": ["⟦p⟧ was born on ⟦b⟧. What were the main achievements before 1900?", "When was ⟦p⟧ born? I think it was ⟦b⟧.",
               "Write a short biography of ⟦p⟧ (born ⟦b⟧) for a school poster."],
        "de": ["⟦p⟧ wurde am ⟦b⟧ geboren. Was waren die wichtigsten Werke?", "Schreib eine kurze Biografie über ⟦p⟧ (geb. ⟦b⟧)."],
        "fr": ["⟦p⟧ est né(e) le ⟦b⟧. Quelles sont ses principales contributions ?"], "es": ["⟦p⟧ nació el ⟦b⟧. ¿Cuáles fueron sus mayores logros?"],
        "pt": ["⟦p⟧ nasceu em ⟦b⟧. Quais foram suas principais obras?"], "it": ["⟦p⟧ nacque il ⟦b⟧. Quali furono i suoi contributi?"],
        "ru": ["⟦p⟧ родился ⟦b⟧ года. Чем он известен?"], "ja": ["⟦p⟧は⟦b⟧生まれです。主な業績を教えてください。"],
        "zh": ["⟦p⟧出生于⟦b⟧，请介绍一下主要成就。"], "pl": ["⟦p⟧ urodził(a) się ⟦b⟧. Z czego jest znany(a)?"],
        "el": ["Ο/Η ⟦p⟧ γεννήθηκε στις ⟦b⟧. Ποια είναι τα σημαντικότερα έργα;"], "ar": ["ولد ⟦p⟧ في ⟦b⟧. ما أهم إنجازاته؟"],
        "hi": ["⟦p⟧ का जन्म ⟦b⟧ को हुआ था। उनकी प्रमुख उपलब्धियाँ क्या हैं?"], "tr": ["⟦p⟧ ⟦b⟧ tarihinde doğdu. En önemli başarıları nelerdir?"],
        "nl": ["⟦p⟧ werd geboren op ⟦b⟧. Waar is deze persoon bekend om?"], "sv": ["⟦p⟧ föddes ⟦b⟧. Vad är hen känd för?"],
        "ko": ["⟦p⟧은(는) ⟦b⟧에 태어났습니다. 주요 업적은 무엇인가요?"], "vi": ["⟦p⟧ sinh ngày ⟦b⟧. Những thành tựu chính là gì?"],
        "id": ["⟦p⟧ lahir pada ⟦b⟧. Apa saja pencapaiannya?"], "he": ["⟦p⟧ נולד ב-⟦b⟧. במה הוא ידוע?"]}


def g_history(rng):
    import datetime as dt
    lang = pick(rng, {k: (6 if k == "en" else 2) for k in HIST})
    p = rng.choice(list(BIRTHS))
    y, m, d = BIRTHS[p]
    l = lang if lang in V.MONTHS or lang in ("ja", "zh", "ko", "vi") else "en"
    b = D("DATE", V.fmt_date(rng, dt.date(y, m, d), l, region="US" if rng.random() < 0.5 else "XX"))
    segs = fill(rng.choice(HIST[lang]), p=PN(p), b=b)
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, LOC[lang]


def g_catalog(rng):
    prods = ["Aurora Desk Lamp", "Nordic Wool Throw", "Summit 40L Backpack", "Harbor Ceramic Mug", "Willow Plant Pot",
             "Grace Linen Shirt", "Dawn Alarm Clock", "Jade Tea Set", "Sunny Side Egg Pan", "Ruby Wine Glasses", "Rose Hand Cream 75 ml"]
    loc = rng.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "sv_SE", "pl_PL", "ja_JP"])
    sep = rng.choice([",", ";"])
    rows = [S([sep.join(["sku", "name", "price", "ean", "firmware"])])]
    for nm in rng.sample(prods, rng.randint(3, 6)):
        ean = "".join(str(rng.randint(0, 9)) for _ in range(13))
        rows.append(csv_row([f"SKU-{rng.randint(10000, 99999)}", nm, D("PRICE", V.price(rng, loc)), D("ORDER_ID", ean),
                             ver(rng) if rng.random() < 0.4 else "-"], sep))
    return join("\n", rows), "csv", loc


def g_ids(rng):
    lang = pick(rng, {"en": 4, "de": 2, "fr": 2, "es": 2, "pt": 1, "it": 1, "nl": 1, "ja": 1, "pl": 1})
    loc = LOC[lang]
    kw = dict(o=D("ORDER_ID", V.order_id(rng)), tr=D("ORDER_ID", V.tracking(rng)), isbn=D("ORDER_ID", V.isbn13(rng)),
              p=D("PRICE", V.price(rng, loc)), d=dte(rng, lang, loc), u=D("HEX_HASH", V.uuid(rng)))
    t = {"en": "Order ⟦o⟧ (⟦p⟧) shipped on ⟦d⟧, tracking ⟦tr⟧. It contains ISBN ⟦isbn⟧. Request id ⟦u⟧. Why is it still pending?",
         "de": "Bestellung ⟦o⟧ über ⟦p⟧ wurde am ⟦d⟧ verschickt, Sendungsnummer ⟦tr⟧, Buch ISBN ⟦isbn⟧. Anfrage-ID ⟦u⟧.",
         "fr": "Commande ⟦o⟧ (⟦p⟧) expédiée le ⟦d⟧, suivi ⟦tr⟧, ISBN ⟦isbn⟧. Identifiant de requête ⟦u⟧.",
         "es": "Pedido ⟦o⟧ (⟦p⟧) enviado el ⟦d⟧, seguimiento ⟦tr⟧, ISBN ⟦isbn⟧. ID de solicitud ⟦u⟧.",
         "pt": "Pedido ⟦o⟧ (⟦p⟧) enviado em ⟦d⟧, rastreio ⟦tr⟧, ISBN ⟦isbn⟧. ID ⟦u⟧.",
         "it": "Ordine ⟦o⟧ (⟦p⟧) spedito il ⟦d⟧, tracking ⟦tr⟧, ISBN ⟦isbn⟧. ID richiesta ⟦u⟧.",
         "nl": "Bestelling ⟦o⟧ (⟦p⟧) verzonden op ⟦d⟧, track & trace ⟦tr⟧, ISBN ⟦isbn⟧.",
         "ja": "注文⟦o⟧（⟦p⟧）は⟦d⟧に発送済み、追跡番号⟦tr⟧、ISBN ⟦isbn⟧。リクエストID ⟦u⟧。",
         "pl": "Zamówienie ⟦o⟧ (⟦p⟧) wysłane ⟦d⟧, numer przesyłki ⟦tr⟧, ISBN ⟦isbn⟧."}[lang]
    segs, shape = W.wrap_any(rng, fill(t, **kw), lang)
    return segs, shape, loc


def g_applog(rng):
    lines = []
    for _ in range(rng.randint(3, 7) if rng.random() < 0.5 else rng.randint(15, 30)):
        k = rng.randint(0, 4)
        t = W.ts(rng)
        if k == 0:
            lines.append(fill("⟦t⟧ INFO ⟦hc⟧ ⟦hz⟧ status=⟦ok⟧ latency_ms=⟦l⟧", t=t, hc=ops("healthcheck"), hz=ops("/healthz"), ok=ops("healthy"), l=str(rng.randint(1, 40))))
        elif k == 1:
            lines.append(fill("⟦t⟧ WARN payment declined amount=⟦p⟧ order=⟦o⟧ req=⟦r⟧", t=t, p=D("PRICE", V.price(rng, "en_US")), o=D("ORDER_ID", V.order_id(rng)), r=D("HEX_HASH", V.hexs(rng, 16))))
        elif k == 2:
            lines.append(fill("⟦t⟧ INFO service started version=⟦v⟧ commit=⟦h⟧", t=t, v=ver(rng), h=sha(rng, 12)))
        elif k == 3:
            lines.append(fill("⟦t⟧ ERROR upstream ⟦uh⟧ after 3 failed checks target=billing-svc:8443", t=t, uh=ops("unhealthy")))
        else:
            lines.append(fill("⟦t⟧ DEBUG cache hit key=user:⟦n⟧:prefs ttl=300", t=t, n=str(rng.randint(1000, 99999))))
    return join("\n", lines), "log", "en_US"


WORDS = ["I hope the release goes out before the summer break.", "Will the new pricing apply to existing plans?",
         "Please mark all resolved tickets as closed.", "The electricity bill doubled this winter.", "Grace period for late payments is ten days.",
         "Sunny spells with a high of 24 °C expected.", "We should leave at dawn to avoid the heat.", "Rose petals can be used in jam.",
         "A jade roller is supposed to reduce puffiness.", "Mark my words, the fix will hold.", "Summer interns start on the first Monday.",
         "Faith-based organisations can apply for the grant too.", "The holly bush needs pruning.", "Amber alerts are issued by the police.",
         "Ivy covers the north wall.", "Penny stocks are risky.", "Hunter green or navy for the sofa?", "Chase the invoice with finance.",
         "Frank feedback is welcome.", "Bill of materials attached.", "Rusty hinges squeak.", "June was the wettest month on record.",
         "April showers bring May flowers.", "Hope for the best, plan for the worst.", "Will you join the call?", "Crystal-clear audio is a must."]
WORDS_X = {"de": ["Ich hoffe, das Update kommt vor dem Sommer.", "Die Rechnung ist doppelt so hoch wie letztes Jahr."],
           "fr": ["J'espère que la mise à jour sortira avant l'été.", "La facture d'électricité a doublé."],
           "es": ["Espero que la actualización salga antes del verano.", "La factura de la luz se ha duplicado."]}


def g_words(rng):
    lang = pick(rng, {"en": 8, "de": 1, "fr": 1, "es": 1})
    bank = WORDS if lang == "en" else WORDS_X[lang]
    segs = S([" ".join(rng.sample(bank, min(len(bank), rng.randint(2, 4))))])
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, LOC[lang]


def g_nonsecret(rng):
    k = rng.randint(0, 3)
    n = rng.choice([8, 10, 12, 14, 16])
    days = rng.choice([30, 60, 90, 180])
    if k == 0:
        segs = S([f"# auth.toml\npassword_min_length = {n}\npassword_require_symbol = {rng.choice(['true', 'false'])}\n"
                  f"password_reset_url = \"https://{rng.choice(['app', 'id', 'accounts'])}.example.com/reset\"\n"
                  f"password_hash_algorithm = \"{rng.choice(['argon2id', 'bcrypt', 'scrypt'])}\"\nsession_timeout_minutes = {rng.choice([15, 30, 60])}\n"
                  f"password_max_age_days = {days}\n"])
    elif k == 1:
        segs = fill(f"DB_HOST={rng.choice(['db', 'postgres', 'mysql'])}\nDB_USER=app\nDB_PASSWORD=${{DB_PASSWORD}}\nDB_PASSWORD_FILE=⟦f⟧\n"
                    f"SMTP_PASSWORD=<set-in-vault>\nADMIN_PASSWORD=********\nPASSWORD_MIN_LENGTH={n}\n", f=D("FILE_PATH", "/run/secrets/db_password"))
    elif k == 2:
        segs = S([f"{rng.choice(['postgresql', 'mariadb', 'mongodb'])}:\n  auth:\n    username: app\n    password: \"{{{{ .Values.db.password }}}}\"\n"
                  f"    existingSecret: {rng.choice(['orders-db', 'app-db', 'billing-db'])}\n    secretKeys:\n      userPasswordKey: password\n"])
    else:
        segs = S([f"Password requirements: at least {n} characters, one upper-case letter, one digit and one symbol. "
                  f"Passwords expire every {days} days and the last {rng.randint(3, 10)} cannot be reused. "
                  f"Field names: password, password_confirm, date_of_birth."])
    if rng.random() < 0.4:
        segs, shape = W.wrap_any(rng, fill("⟦a⟧\n\n⟦s⟧", a=rng.choice(["Is this config safe to commit?", "Does this meet NIST guidance?",
                                                                     "Explain these settings."]), s=segs), "en", kinds=("prompt", "openai"))
        return segs, shape, "en_US"
    return segs, "config", "en_US"


def g_places(rng):
    lang = pick(rng, {"en": 4, "de": 2, "fr": 2, "es": 2, "it": 1, "pt": 1, "ja": 1, "zh": 1, "nl": 1, "ko": 1, "ar": 1, "hi": 1, "tr": 1, "vi": 1, "id": 1})
    a, b = rng.sample(G.PLACES, 2)
    st = rng.choice(G.STREET_REFS)
    t = {"en": "Planning 4 days between ⟦a⟧ and ⟦b⟧. Is a hotel near ⟦st⟧ a good base?",
         "de": "Ich plane 4 Tage zwischen ⟦a⟧ und ⟦b⟧. Ist ein Hotel nahe ⟦st⟧ sinnvoll?",
         "fr": "Je prévois 4 jours entre ⟦a⟧ et ⟦b⟧. Un hôtel près de ⟦st⟧, c'est bien ?",
         "es": "Voy a pasar 4 días entre ⟦a⟧ y ⟦b⟧. ¿Conviene un hotel cerca de ⟦st⟧?",
         "it": "Quattro giorni tra ⟦a⟧ e ⟦b⟧: conviene un hotel vicino a ⟦st⟧?", "pt": "Quatro dias entre ⟦a⟧ e ⟦b⟧: vale ficar perto de ⟦st⟧?",
         "ja": "⟦a⟧と⟦b⟧を4日間で回ります。⟦st⟧の近くのホテルは便利ですか？", "zh": "计划在⟦a⟧和⟦b⟧待四天，住在⟦st⟧附近方便吗？",
         "nl": "Vier dagen tussen ⟦a⟧ en ⟦b⟧. Is een hotel bij ⟦st⟧ handig?", "ko": "⟦a⟧와 ⟦b⟧에서 4일 있을 예정인데 ⟦st⟧ 근처 호텔이 좋을까요?",
         "ar": "أخطط لقضاء أربعة أيام بين ⟦a⟧ و⟦b⟧. هل الفندق قرب ⟦st⟧ مناسب؟", "hi": "मैं ⟦a⟧ और ⟦b⟧ में चार दिन बिताने वाला हूँ। क्या ⟦st⟧ के पास होटल ठीक रहेगा?",
         "tr": "⟦a⟧ ile ⟦b⟧ arasında 4 gün geçireceğim. ⟦st⟧ yakınında otel mantıklı mı?", "vi": "Mình định đi ⟦a⟧ và ⟦b⟧ trong 4 ngày. Ở gần ⟦st⟧ có tiện không?",
         "id": "Saya berencana 4 hari di ⟦a⟧ dan ⟦b⟧. Apakah hotel dekat ⟦st⟧ cocok?"}[lang]
    segs, shape = W.wrap_any(rng, fill(t, a=PN(a), b=PN(b), st=PN(st)), lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, LOC[lang]


def g_brands(rng):
    lang = pick(rng, {"en": 4, "de": 2, "fr": 1, "es": 1, "it": 1, "ja": 1, "zh": 1, "pt": 1, "ru": 1})
    a, b = rng.sample(G.COMPANIES_AFTER_PEOPLE, 2)
    pr = rng.choice(G.PRODUCTS)
    t = {"en": "Compare ⟦a⟧ and ⟦b⟧ on revenue growth since 2019, and say whether ⟦pr⟧ is worth it for a small office.",
         "de": "Vergleiche ⟦a⟧ und ⟦b⟧ beim Umsatzwachstum. Lohnt sich ⟦pr⟧ fürs Büro?",
         "fr": "Compare ⟦a⟧ et ⟦b⟧. Est-ce que ⟦pr⟧ vaut le coup ?", "es": "Compara ⟦a⟧ y ⟦b⟧. ¿Merece la pena ⟦pr⟧?",
         "it": "Confronta ⟦a⟧ e ⟦b⟧. Conviene ⟦pr⟧?", "ja": "⟦a⟧と⟦b⟧を比較してください。⟦pr⟧は買う価値がありますか？",
         "zh": "比较一下⟦a⟧和⟦b⟧。⟦pr⟧值得买吗？", "pt": "Compare ⟦a⟧ e ⟦b⟧. Vale a pena o ⟦pr⟧?", "ru": "Сравни ⟦a⟧ и ⟦b⟧. Стоит ли брать ⟦pr⟧?"}[lang]
    segs, shape = W.wrap_any(rng, fill(t, a=PN(a), b=PN(b), pr=PN(pr)), lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, LOC[lang]


def g_gitlog(rng):
    msgs = ["fix: handle empty cart", "feat(auth): enforce password_min_length", "chore(deps): bump zod", "docs: update README",
            "refactor: extract DateOfBirthField", "ci: cache pnpm store", "perf: memoize price formatter",
            "fix(i18n): German date format", "feat: add grace period to billing"]
    lines = [fill("⟦h⟧ ⟦m⟧", h=sha(rng, 7), m=m) for m in rng.sample(msgs, rng.randint(4, 9))]
    segs = join("\n", lines)
    if rng.random() < 0.5:
        segs = fill("Write release notes for ⟦v⟧ from this log:\n\n⟦s⟧", v=ver(rng), s=segs)
    return segs, "log", "en_US"


def g_changelog(rng):
    lang = pick(rng, {"en": 3, "de": 1, "fr": 1, "ja": 1, "es": 1})
    loc = LOC[lang]
    entries = []
    for _ in range(rng.randint(2, 4)):
        pool = {"en": ["Fixed date parsing for ISO week dates", "Added `--dry-run` flag", "Dropped support for Node 16", "Faster cold start",
                       "New `date_of_birth` validator", "Fixed grace period rounding", "Updated translations"],
                "de": ["Datumsformat korrigiert", "Neue Option `--dry-run`", "Schnellerer Start", "Übersetzungen aktualisiert"],
                "fr": ["Correction du format de date", "Nouvelle option `--dry-run`", "Démarrage plus rapide", "Traductions mises à jour"],
                "ja": ["日付の解析を修正", "`--dry-run` を追加", "起動を高速化", "翻訳を更新"],
                "es": ["Corregido el formato de fecha", "Nueva opción `--dry-run`", "Arranque más rápido", "Traducciones actualizadas"]}[lang]
        it = "\n".join("- " + x for x in rng.sample(pool, 2))
        entries.append(fill("## ⟦v⟧ — ⟦d⟧\n⟦i⟧", v=ver(rng), d=D("DATE", V.recent(rng).isoformat()), i=it))
    return join("\n\n", entries), "markdown", loc


def g_coords(rng):
    lang = pick(rng, {"en": 3, "de": 1, "fr": 1, "es": 1, "ja": 1, "pt": 1})
    pl = rng.choice(G.PLACES)
    lat, lng = round(rng.uniform(-50, 65), 4), round(rng.uniform(-120, 150), 4)
    t = {"en": "What's the distance from ⟦p⟧ to ⟦lat⟧, ⟦lng⟧ as the crow flies? Use the haversine formula.",
         "de": "Wie weit ist ⟦p⟧ von ⟦lat⟧, ⟦lng⟧ entfernt (Luftlinie)?", "fr": "Quelle distance entre ⟦p⟧ et ⟦lat⟧, ⟦lng⟧ à vol d'oiseau ?",
         "es": "¿Qué distancia hay entre ⟦p⟧ y ⟦lat⟧, ⟦lng⟧ en línea recta?", "ja": "⟦p⟧から⟦lat⟧, ⟦lng⟧までの直線距離は？",
         "pt": "Qual a distância em linha reta de ⟦p⟧ até ⟦lat⟧, ⟦lng⟧?"}[lang]
    segs, shape = W.wrap_any(rng, fill(t, p=PN(pl), lat=str(lat), lng=str(lng)), lang, kinds=("prompt", "openai"))
    return segs, shape, LOC[lang]


def g_hashes(rng):
    files = ["release-⟦v⟧.tar.gz", "installer.msi", "model.safetensors", "backup.sql.gz"]
    lines = [fill(f"⟦h⟧  {rng.choice(files)}", h=sha(rng, 64), v=ver(rng)) for _ in range(rng.randint(2, 4))]
    segs = fill("sha256sum -c failed for one of these, which?\n\n⟦s⟧", s=join("\n", lines))
    return segs, "prompt", "en_US"


def g_general(rng):
    lang = pick(rng, {"en": 3, "de": 1, "fr": 1, "es": 1, "pt": 1, "it": 1, "ja": 1, "zh": 1, "ru": 1, "ko": 1, "ar": 1, "hi": 1,
                      "tr": 1, "pl": 1, "nl": 1, "sv": 1, "el": 1, "vi": 1, "id": 1, "he": 1, "th": 1, "uk": 1, "cs": 1, "hu": 1, "da": 1, "fi": 1, "no": 1})
    q = {"en": "Explain the difference between TCP and UDP in two paragraphs.", "de": "Erkläre den Unterschied zwischen TCP und UDP.",
         "fr": "Explique la différence entre TCP et UDP.", "es": "Explica la diferencia entre TCP y UDP.", "pt": "Explique a diferença entre TCP e UDP.",
         "it": "Spiega la differenza tra TCP e UDP.", "ja": "TCPとUDPの違いを説明してください。", "zh": "请解释TCP和UDP的区别。",
         "ru": "Объясни разницу между TCP и UDP.", "ko": "TCP와 UDP의 차이를 설명해 주세요.", "ar": "اشرح الفرق بين TCP و UDP.",
         "hi": "TCP और UDP में क्या अंतर है?", "tr": "TCP ile UDP arasındaki farkı açıkla.", "pl": "Wyjaśnij różnicę między TCP a UDP.",
         "nl": "Leg het verschil tussen TCP en UDP uit.", "sv": "Förklara skillnaden mellan TCP och UDP.", "el": "Εξήγησε τη διαφορά TCP και UDP.",
         "vi": "Giải thích sự khác nhau giữa TCP và UDP.", "id": "Jelaskan perbedaan TCP dan UDP.", "he": "הסבר את ההבדל בין TCP ל-UDP.",
         "th": "อธิบายความแตกต่างระหว่าง TCP กับ UDP", "uk": "Поясни різницю між TCP і UDP.", "cs": "Vysvětli rozdíl mezi TCP a UDP.",
         "hu": "Magyarázd el a TCP és az UDP közötti különbséget.", "da": "Forklar forskellen på TCP og UDP.", "fi": "Selitä TCP:n ja UDP:n ero.",
         "no": "Forklar forskjellen på TCP og UDP."}[lang]
    extra = {"en": ["Keep it under 200 words.", "Use a table.", "Give a real-world analogy.", "Mention QUIC too.", "For a 12-year-old."],
             "de": ["Bitte kurz.", "Mit Tabelle."], "fr": ["En bref.", "Avec un tableau."], "es": ["Brevemente.", "Con una tabla."]}.get(lang, [])
    segs = S([q + (" " + rng.choice(extra) if extra and rng.random() < 0.6 else "")])
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "chat"))
    return segs, shape, LOC[lang]


GENS = [(g_code, 40), (g_sql, 14), (g_trace, 16), (g_ci, 10), (g_k8s, 12), (g_tf, 5), (g_manifest, 10), (g_math, 18),
        (g_recipe, 14), (g_sports, 14), (g_fiction, 14), (g_history, 22), (g_catalog, 10), (g_ids, 14), (g_applog, 12),
        (g_words, 14), (g_nonsecret, 8), (g_places, 16), (g_brands, 12), (g_gitlog, 6), (g_changelog, 5), (g_coords, 5),
        (g_hashes, 3), (g_general, 16)]
