"""PII-free templates: texts that look like they might hold PII but hold none.
They may carry decoys (labelled) but never entities."""
from core import D, Seq, seq, T, jdump, COMPACT, join, csv_field
from data_lex import PW_PLACEHOLDERS, PROPER_NOUNS, OPS_TERMS, PLACES, BRANDS
from shapes import telemetry, transcript, openai_messages, tool_call_msg, model_name
from common import tail


def _loc(c):
    return c.locale()


def t_code_pw(c):
    k = c.r.randrange(5)
    if k == 0:
        body = ("import os, getpass\n\n"
                "def connect():\n"
                "    user = os.environ[\"DB_USER\"]\n"
                "    password = os.environ.get(\"DB_PASSWORD\") or getpass.getpass(\"Password: \")\n"
                "    return psycopg2.connect(host=HOST, user=user, password=password)\n")
    elif k == 1:
        body = ("const password = process.env.SMTP_PASS;\n"
                "if (!password) throw new Error('SMTP_PASS is not set');\n"
                "transport = nodemailer.createTransport({ host, port: 587, auth: { user, pass: password } });\n")
    elif k == 2:
        body = ("func hashPassword(pw string) (string, error) {\n"
                "\tb, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)\n"
                "\treturn string(b), err\n}\n")
    elif k == 3:
        body = ("@Value(\"${spring.datasource.password}\")\nprivate String dbPassword;\n\n"
                "// never log dbPassword; it comes from Vault via spring-cloud-vault\n")
    else:
        body = ("class User(Base):\n    __tablename__ = 'users'\n    id = Column(Integer, primary_key=True)\n"
                "    email = Column(String, unique=True)\n    password_hash = Column(String(60), nullable=False)\n"
                "    date_of_birth = Column(Date)\n    phone = Column(String(32))\n")
    q = c.pick(["why does this throw when the env var is missing?", "review this for security issues", "is this the right way to handle secrets?"])
    if c.chance(0.5):
        body_s, shape = telemetry(c, seq(q, "\n\n```\n", body, "```"), "en",
                                  reply="Looks fine — the secret is read from the environment and never hard-coded.")
        return body_s, "clean_code_pw/" + shape, _loc(c)
    return seq(body), "clean_code_pw", _loc(c)


def t_env_example(c):
    keys = ["DB_PASSWORD", "SMTP_PASS", "REDIS_PASSWORD", "ADMIN_PASSWORD", "JWT_SECRET", "MYSQL_ROOT_PASSWORD", "LDAP_BIND_PASSWORD"]
    lines = [f"{k}={c.pick(PW_PLACEHOLDERS)}" for k in c.r.sample(keys, c.r.randint(2, 4))]
    lines += c.r.sample(["APP_ENV=development", "DB_HOST=localhost", "DB_PORT=5432", "SMTP_HOST=smtp.example.com", "LOG_LEVEL=debug"], 3)
    c.r.shuffle(lines)
    body = "# .env.example — copy to .env and fill in real values\n" + "\n".join(lines)
    if c.chance(0.4):
        b, shape = telemetry(c, seq("what should I put in these?\n", body), "en", reply="Generate strong random values and keep them out of git.")
        return b, "clean_env_example/" + shape, _loc(c)
    return seq(body), "clean_env_example", _loc(c)


def t_compose_ph(c):
    body = ("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n"
            "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"
            "    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n")
    if c.chance(0.5):
        body = ("apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n"
                "          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n"
                "                  name: db-credentials\n                  key: password\n")
    return seq(body), "clean_config_ph", _loc(c)


def t_phone_docs(c):
    k = c.r.randrange(4)
    if k == 0:
        body = ("Phone numbers must be stored in E.164 format: a plus sign, the country code and the subscriber number, "
                "e.g. +1 XXX XXX XXXX for the US or +44 XXXX XXXXXX for the UK. Validate with ^\\+[1-9]\\d{1,14}$ before saving.")
    elif k == 1:
        body = ("| Country | Format |\n|---|---|\n| Germany | +49 (0)XX XXXXXXX |\n| Japan | 0X0-XXXX-XXXX |\n"
                "| Brazil | +55 (XX) 9XXXX-XXXX |\n| India | +91 XXXXX XXXXX |\n| Nigeria | +234 XXX XXX XXXX |")
    elif k == 2:
        body = ("libphonenumber tip: call PhoneNumberUtil.parse(input, \"DE\") and then format(number, E164). "
                "Placeholder in the form: \"(___) ___-____\". Don't strip the leading zero before you know the region.")
    else:
        body = "電話番号は「090-XXXX-XXXX」の形式で入力してください。ハイフンなしでも可。"
    if c.chance(0.4):
        b, shape = telemetry(c, seq("explain this:\n", body), "en", reply="It describes the expected number format; no real numbers are included.")
        return b, "clean_phone_docs/" + shape, _loc(c)
    return seq(body), "clean_phone_docs", _loc(c)


def t_release_notes(c):
    v1, v2 = c.version(), c.version()
    body = seq("## ", D("VERSION", v1), " — ", D("DATE", c.date_decoy("en")), "\n\n",
               "- Fixed the ", D("OPS_TERM", "password reset link"), " expiring too early\n",
               "- ", D("OPS_TERM", c.pick(["health check", "/healthz", "liveness probe"])), " now returns 503 while migrating\n",
               "- Date of birth field accepts ISO dates\n",
               "- Phone input masks for 40 more countries\n\n## ", D("VERSION", v2), " — ", D("DATE", c.date_decoy("en")), "\n\n",
               "- Upgraded ", D("PROPER_NOUN", c.pick(["Kafka", "Cassandra", "Jenkins", "Django", "Flask"])), " client\n",
               "- Dropped support for ", c.tech(), " ", D("VERSION", c.version()))
    return body, "clean_release_notes", _loc(c)


def t_postmortem(c):
    terms = [c.pick(["health check", "liveness probe", "readiness probe", "/healthz", "heartbeat", "health endpoint"]),
             c.pick(["OOMKilled", "in CrashLoopBackOff", "stuck as a zombie process", "flagged by the virus scan"]),
             c.pick(["hot patch", "canary deployment", "smoke test", "sanity check", "kill -9 on the workers"]),
             c.pick(["memory leak", "poison pill message", "brain-split", "dead letter queue backlog"])]
    body = seq("Post-mortem, ", D("DATE", c.date_decoy("en")), "\n\nAt ", c.pick(["02:14", "14:40", "23:05"]), " UTC the ",
               D("OPS_TERM", terms[0]), " started failing. The checkout service was ", D("OPS_TERM", terms[1]),
               " after a bad deploy (", D("VERSION", c.version()), "). We ran a ", D("OPS_TERM", terms[2]),
               " and found a ", D("OPS_TERM", terms[3]), " in the session cache. ",
               "Symptoms: p99 latency 4s, error rate 12%. Diagnosis took 40 minutes. Impact: ", D("NUMERIC_ID", c.digits(5)),
               " failed requests, about ", D("PRICE", c.price()), " in lost orders.")
    if c.chance(0.3):
        b, shape = telemetry(c, body, "en", reply="Here is a shorter summary for the status page.")
        return b, "clean_postmortem/" + shape, _loc(c)
    return body, "clean_postmortem", _loc(c)


def t_brands(c):
    a, b, d = c.r.sample(BRANDS, 3)
    p1, p2 = c.r.sample(PLACES, 2)
    body = c.pick([
        seq("Which is the better long-term stock, ", D("PROPER_NOUN", a), " or ", D("PROPER_NOUN", b), "? Also thinking about ", D("PROPER_NOUN", d), "."),
        seq("Compare ", D("PROPER_NOUN", p1), " and ", D("PROPER_NOUN", p2), " for a weekend trip; budget ", D("PRICE", c.price()), "."),
        seq("Write a tagline for a coffee shop near ", D("PROPER_NOUN", p1), ". Tone: like ", D("PROPER_NOUN", b), " ads."),
        seq("Is ", D("PROPER_NOUN", a), " owned by ", D("PROPER_NOUN", b), "?"),
        seq("Our ", D("PROPER_NOUN", a), " order hasn't shipped; is the ", D("PROPER_NOUN", b), " outlet in ", D("PROPER_NOUN", p1), " open on Sunday?"),
    ])
    b_, shape = telemetry(c, body, "en", reply="Good question — here is a short comparison.")
    return b_, "clean_brands/" + shape, _loc(c)


def t_sql_ddl(c):
    body = ("CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email CITEXT UNIQUE,\n"
            "  phone VARCHAR(32),\n  date_of_birth DATE,\n  ssn_last4 CHAR(4),\n  password_hash TEXT NOT NULL,\n"
            "  iban TEXT,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nCREATE INDEX ON customers (date_of_birth);")
    if c.chance(0.4):
        b, shape = telemetry(c, seq("add a column for the patient's diagnosis:\n", body), "en", reply="ALTER TABLE customers ADD COLUMN diagnosis TEXT;")
        return b, "clean_sql_ddl/" + shape, _loc(c)
    return seq(body), "clean_sql_ddl", _loc(c)


BLANK = {
    "en": "Name: ____________________\nDate of birth: __/__/____\nPhone: (___) ___-____\nEmail: ______________\nSignature: __________",
    "de": "Name: __________\nGeburtsdatum: TT.MM.JJJJ\nTelefon: ____________\nUnterschrift: ________",
    "fr": "Nom : __________\nDate de naissance : JJ/MM/AAAA\nTéléphone : __ __ __ __ __",
    "es": "Nombre: __________\nFecha de nacimiento: DD/MM/AAAA\nTeléfono: ___ ___ ___",
    "ja": "氏名：＿＿＿＿＿＿\n生年月日：　　年　　月　　日\n電話番号：　　－　　　－",
    "zh": "姓名：________\n出生日期：____年__月__日\n手机号：___________",
    "pt": "Nome: __________\nData de nascimento: __/__/____\nCelular: (__) _____-____",
}


def t_blank_form(c):
    lang = c.pick(list(BLANK))
    body = BLANK[lang]
    if c.chance(0.5):
        b, shape = telemetry(c, seq("translate this form into English:\n", body), lang, reply="Sure, here is the translated form.")
        return b, "clean_blank_form/" + shape, _loc(c)
    return seq(body), "clean_blank_form", _loc(c)


POLICY = ["Passwords must be at least 12 characters and include a number and a symbol. They expire every 90 days.",
          "Das Passwort muss mindestens 10 Zeichen lang sein und darf nicht den Benutzernamen enthalten.",
          "La contraseña debe tener al menos 8 caracteres, una mayúscula y un número.",
          "パスワードは8文字以上で、英字と数字を含めてください。",
          "密码长度至少为8位，需包含字母和数字。",
          "Le mot de passe doit contenir au moins 12 caractères.",
          "Hasło musi mieć co najmniej 8 znaków.",
          "Şifreniz en az 8 karakter olmalıdır."]


def t_pw_policy(c):
    body = seq(c.pick(POLICY), " ", c.pick(["Use a password manager.", "Never share it by email.", "", "MFA is mandatory."]))
    if c.chance(0.6):
        b, shape = telemetry(c, seq(c.pick(["what does this mean? ", "rewrite this friendlier: ", "translate: "]), body), "en",
                             reply="It means your password needs to be long and varied.")
        return b, "clean_pw_policy/" + shape, _loc(c)
    return body, "clean_pw_policy", _loc(c)


def t_masked(c):
    body = seq("Account summary\nPassword: ********\nCard: **** **** **** ", c.digits(4), "\nPhone: +", c.pick(["44", "49", "1", "81"]),
               " ••• ••• ", c.digits(2), "\nSSN: ***-**-", "XXXX" if c.chance(0.5) else "****", "\nIBAN: ",
               c.pick(["DE", "FR", "GB"]), "** **** **** **** **** ", c.digits(2), "\nLast login: ", D("DATE", c.timestamp()))
    return body, "clean_masked", _loc(c)


def t_luhn_invalid(c):
    from tpl_mixed import bad_card
    body = seq("Voucher codes issued:\n", join("\n", [seq("- ", D("NUMERIC_ID", bad_card(c)), " → ", D("PRICE", c.price())) for _ in range(c.r.randint(2, 4))]),
               "\nBatch ", D("ORDER_ID", c.order_id()))
    return body, "clean_vouchers", _loc(c)


def t_versions_iplike(c):
    r = c.r
    v = f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(100, 9999)}"
    end = c.pick([seq(" is the last one that supports Windows 7."), seq(" fixes the memory leak."),
                  seq(", released ", D("DATE", c.date_decoy("en")), "."), seq(" — rollout starts ", D("DATE", c.date_decoy("en")))])
    body = seq(c.pick(["Installed build ", "Firmware version ", "Agent version ", "Driver "]), D("VERSION", v), end)
    return body, "clean_versions", _loc(c)


def t_gitlog(c):
    lines = []
    for _ in range(c.r.randint(3, 5)):
        lines.append(seq(D("HEX_HASH", c.hexn(7)), " ", c.pick(["chore(deps): bump ", "fix: ", "feat: ", "docs: "]),
                         c.pick(["lodash to ", "axios to ", "password reset flow for ", "phone input for "]), D("VERSION", c.version()),
                         " (", c.pick(["dependabot[bot]", "renovate[bot]", "github-actions"]), ")"))
    return join("\n", lines), "clean_gitlog", _loc(c)


def t_med_tech(c):
    body = c.pick([
        seq("Our ", D("OPS_TERM", "dead letter queue"), " keeps growing after the ", D("OPS_TERM", "hotfix"), "; what's the diagnosis?"),
        seq("Is a ", D("OPS_TERM", "poison pill message"), " why the consumer is ", D("OPS_TERM", "OOMKilled"), " every night?"),
        seq("The ", D("OPS_TERM", "smoke test"), " passes but the ", D("OPS_TERM", "readiness probe"), " fails — symptoms only on ARM nodes."),
        seq("We need a ", D("OPS_TERM", "triage rotation"), " doc; the last ", D("OPS_TERM", "post-mortem"), " blamed nobody."),
        seq("Our ", D("OPS_TERM", "heartbeat"), " monitor flags the node as dead after 3 missed beats; then the ",
            D("OPS_TERM", "zombie process"), " reaper runs. Is that too aggressive?"),
        seq("The ", D("OPS_TERM", "canary deployment"), " caught a ", D("OPS_TERM", "memory leak"), " in ", D("VERSION", c.version()),
            ", so we put the pod in the ", D("OPS_TERM", "quarantine bucket"), "."),
        seq("How do I diagnose why the ", D("OPS_TERM", "liveness probe"), " keeps restarting the container? Symptoms: ",
            D("OPS_TERM", "CrashLoopBackOff"), ", exit code 137."),
        seq("Build a triage bot for the on-call channel that checks the ", D("OPS_TERM", "health endpoint"), " first."),
    ])
    b, shape = telemetry(c, body, "en", reply="Start by checking the container's memory limits and recent events.")
    return b, "clean_med_tech/" + shape, _loc(c)


def t_history(c):
    body = c.pick([
        seq("The Berlin Wall fell on ", D("DATE", "9 November 1989"), ". Write a short timeline up to reunification on ", D("DATE", "3 October 1990"), "."),
        seq("Unix time counts seconds since ", D("DATE", "1970-01-01"), "; what is ", D("NUMERIC_ID", "1700000000"), " as a date?"),
        seq("Apollo 11 landed on ", D("DATE", "20 July 1969"), ". How long did the trip take?"),
        seq("Why does Excel think ", D("DATE", "1900-02-29"), " exists?"),
        seq("明治維新は", D("DATE", "1868年"), "に始まりました。簡単に説明してください。"),
        seq("The first iPhone shipped on ", D("DATE", "29 June 2007"), ". Compare it to ", D("PROPER_NOUN", "Samsung"), "'s phones from that year."),
        seq("Why did Y2K not break everything on ", D("DATE", "1 January 2000"), "?"),
        seq("Python 2 reached end of life on ", D("DATE", "2020-01-01"), "; we still run ", D("VERSION", "2.7.18"), "."),
        seq("The euro notes entered circulation on ", D("DATE", "1 January 2002"), ". What happened to the ", D("PROPER_NOUN", "Deutsche Mark"), "?"),
        seq("Summarise the Treaty of Westphalia (", D("DATE", "1648"), ") in two lines."),
    ])
    b, shape = telemetry(c, body, "en", reply="Here is a brief overview.")
    return b, "clean_history/" + shape, _loc(c)


def t_ops_log(c):
    lines = []
    for _ in range(c.r.randint(3, 6)):
        lines.append(seq(D("DATE", c.timestamp()) if c.chance(0.4) else c.timestamp(), " ", c.pick(["INFO", "WARN", "DEBUG"]), " ",
                         c.pick([seq("order=", D("ORDER_ID", c.order_id()), " amount=", D("PRICE", c.price()), " status=captured"),
                                 seq("req_id=", D("HEX_HASH", c.hexhash()), " path=/api/v1/users/{id} status=200 dur_ms=", str(c.r.randint(3, 900))),
                                 seq("job=", D("OPS_TERM", "password rotation job"), " rotated=42 failed=0"),
                                 seq("shipment=", D("ORDER_ID", c.order_id()), " carrier=DHL eta=", D("DATE", c.date_decoy("en"))),
                                 seq("cache hit ratio 0.93 build=", D("VERSION", c.version()))])))
    return join("\n", lines), "clean_ops_log", _loc(c)


def t_pw_question(c):
    q = c.pick(["How do I reset my Outlook password?", "What's a good password manager for a family?",
                "How long should a passphrase be to be safe?", "Is it safe to store passwords in Chrome?",
                "¿Cómo cambio la contraseña del wifi del router?", "Wie ändere ich mein WLAN-Passwort?",
                "パスワードを忘れました。どうすればいいですか？", "忘记密码了怎么办？",
                "How do I find my Wi-Fi password on Windows 11?", "Should I use the same PIN for my SIM and my phone?",
                "Como recupero a senha do Gmail?", "Comment changer le mot de passe de ma box ?", "Jak zmienić hasło do routera?",
                "Şifremi unuttum, ne yapmalıyım?", "비밀번호를 자주 바꿔야 하나요?", "Làm sao đổi mật khẩu wifi?",
                "Is a 6-digit PIN safer than a pattern lock?", "What is credential stuffing?", "How does bcrypt salting work?",
                "Should my app email users their password after signup?", "What does 'password spraying' mean in a security report?"])
    return openai_messages(c, [("user", q), ("assistant", "Here are the steps…")]), "clean_pw_question", _loc(c)


def t_api_docs(c):
    body = ("### Authentication\n\n```bash\ncurl -u \"$API_USER:$API_PASS\" https://api.example.com/v1/me\n```\n\n"
            "Or send `Authorization: Basic <base64(user:password)>`. The token endpoint accepts "
            "`grant_type=password&username=<username>&password=<password>` for legacy clients only.")
    return seq(body), "clean_api_docs", _loc(c)


def t_mail_merge(c):
    body = c.pick(["Hello {{first_name}},\n\nyour appointment is on {{appointment_date}} at {{clinic_name}}. Call {{clinic_phone}} to reschedule.",
                   "Dear <CUSTOMER_NAME>, your order <ORDER_ID> ships to <ADDRESS_LINE_1>.",
                   "Hi %FIRSTNAME%, happy birthday from all of us! Use code %CODE% for 20% off."])
    b, shape = telemetry(c, seq("improve this template:\n", body), "en", reply="Here's a warmer version of the template.")
    return b, "clean_mail_merge/" + shape, _loc(c)


def t_translate(c):
    body = c.pick(["Translate to French: Your order has shipped and will arrive in 3–5 business days.",
                   "Traduza para o inglês: O servidor ficará fora do ar para manutenção no domingo.",
                   "Übersetze ins Englische: Bitte starten Sie den Router neu und versuchen Sie es erneut.",
                   "번역해 주세요: 결제가 완료되었습니다. 감사합니다.",
                   "แปลเป็นภาษาอังกฤษ: ระบบจะปิดปรับปรุงในคืนนี้",
                   "Tradurre in inglese: La riunione è spostata a giovedì.",
                   "Przetłumacz: Hasło musi mieć co najmniej 8 znaków.",
                   "ترجم إلى الإنجليزية: سيتم تحديث التطبيق الليلة.",
                   "Çevir: Siparişiniz kargoya verildi.",
                   "Vertaal naar het Engels: De levering is vertraagd.","Traduce al inglés: «El envío llegará el lunes, gracias por su paciencia.»",
                   "请把这句话翻译成英文：我们的服务器今天下午会维护两个小时。",
                   "Übersetze: Die Rechnung ist im Anhang.",
                   "Dịch sang tiếng Anh: Cảm ơn bạn đã mua hàng.",
                   "この文を英訳してください：明日の会議は10時からです。",
                   "Переведи: Доставка бесплатная при заказе от 3000 рублей."])
    b, shape = telemetry(c, seq(body), "en", reply="Here is the translation.")
    return b, "clean_translate/" + shape, _loc(c)


def t_products_csv(c):
    rows = [seq(D("NUMERIC_ID", c.digits(8)), ",", c.pick(["Ergo Chair", "USB-C Hub", "Desk Lamp", "Espresso Beans 1kg", "Yoga Mat"]), ",",
                csv_field(seq(D("PRICE", c.price()))), ",", c.pick(["in_stock", "backorder"])) for _ in range(c.r.randint(3, 6))]
    return seq("sku,name,price,status\n", join("\n", rows)), "clean_products_csv", _loc(c)


def t_places(c):
    a, b, d = c.r.sample(PLACES, 3)
    body = c.pick([
        seq("Plan 3 days: ", D("PROPER_NOUN", a), " → ", D("PROPER_NOUN", b), " → ", D("PROPER_NOUN", d), "?"),
        seq("Best bakeries in ", D("PROPER_NOUN", a), "?"),
        seq("Is ", D("PROPER_NOUN", a), " or ", D("PROPER_NOUN", b), " cheaper to live in?"),
        seq("Directions from ", D("PROPER_NOUN", a), " to ", D("PROPER_NOUN", b), c.pick([" by train", " by car", ", avoiding tolls"])),
        seq("What's the weather in ", D("PROPER_NOUN", a), " on ", D("DATE", c.date_decoy("en")), "?"),
        seq("Flights from ", D("PROPER_NOUN", a), " to ", D("PROPER_NOUN", b), " under ", D("PRICE", c.price()), "?"),
        seq("Write a haiku about ", D("PROPER_NOUN", a), " in winter."),
    ])
    b, shape = telemetry(c, body, "en", reply="Here's a suggested plan.")
    return b, "clean_places/" + shape, _loc(c)


def t_date_docs(c):
    body = ("The `birthDate` field must be ISO-8601 (YYYY-MM-DD). For partial dates send YYYY or YYYY-MM. "
            "Clients in Japan often send wareki dates (e.g. 平成X年X月X日); convert them server-side. "
            "Minimum age check: today minus 18 years.")
    return seq(body), "clean_date_docs", _loc(c)


def t_tool_noppi(c):
    args = {"city": D("PROPER_NOUN", c.pick(["Santa Clara", "Victoria", "Florence", "Charlotte"])), "units": "metric"}
    body = openai_messages(c, [("user", "what's the weather like there tomorrow?"), ("assistant", tool_call_msg(c, "get_weather", args)),
                               ("tool", {"role": "tool", "tool_call_id": "call_" + c.hexn(20), "content": "{\"temp_c\": 18, \"conditions\": \"cloudy\"}"})])
    return body, "clean_toolcall", _loc(c)


TEMPLATES = [
    (t_code_pw, 12), (t_env_example, 10), (t_compose_ph, 6), (t_phone_docs, 8), (t_release_notes, 8), (t_postmortem, 8),
    (t_brands, 10), (t_sql_ddl, 6), (t_blank_form, 7), (t_pw_policy, 8), (t_masked, 7), (t_luhn_invalid, 5),
    (t_versions_iplike, 5), (t_gitlog, 5), (t_med_tech, 8), (t_history, 6), (t_ops_log, 9), (t_pw_question, 8),
    (t_api_docs, 4), (t_mail_merge, 5), (t_translate, 6), (t_products_csv, 5), (t_places, 8), (t_date_docs, 3),
    (t_tool_noppi, 5),
]
