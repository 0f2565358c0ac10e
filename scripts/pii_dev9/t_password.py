"""Theme 2: PASSWORD and other secrets (PINs, Wi-Fi keys, passphrases) in many forms."""
import geo as G
import values as V
import wrap as W
from common import cast, cc_of, email, lang_of, loc_for, phone, pick_lang, slots
from core import D, E, S, csv_row, fill, flat, jdump, jesc, join, mapseg


def PW(v):
    return E("PASSWORD", v)


CUES = {
    "en": ["my password is ⟦pw⟧", "I changed the password to ⟦pw⟧ yesterday but it still says invalid",
           "the login is ⟦u⟧ / ⟦pw⟧", "pw: ⟦pw⟧", "I tried ⟦pw⟧ and then ⟦pw2⟧, neither works",
           "new password: ⟦pw⟧ (please don't share it)", "the passphrase is \"⟦pp⟧\"", "my PIN is ⟦pin⟧"],
    "es": ["mi contraseña es ⟦pw⟧", "cambié la clave a ⟦pw⟧ pero sigue sin entrar", "usuario ⟦u⟧ y contraseña ⟦pw⟧",
           "la clave del wifi es ⟦pw⟧", "el PIN de la tarjeta es ⟦pin⟧", "la frase de acceso es «⟦pp⟧»"],
    "de": ["mein Passwort lautet ⟦pw⟧", "das neue Kennwort ist ⟦pw⟧, trotzdem kommt \"Anmeldung fehlgeschlagen\"",
           "Benutzer ⟦u⟧, Passwort ⟦pw⟧", "die PIN ist ⟦pin⟧", "ich habe es mit ⟦pw⟧ probiert"],
    "fr": ["mon mot de passe est ⟦pw⟧", "j'ai mis ⟦pw⟧ comme nouveau mot de passe", "identifiant ⟦u⟧, mot de passe : ⟦pw⟧",
           "le code wifi c'est ⟦pw⟧", "code PIN : ⟦pin⟧"],
    "pt": ["minha senha é ⟦pw⟧", "troquei a senha para ⟦pw⟧ e continua dando erro", "usuário ⟦u⟧ senha ⟦pw⟧",
           "a senha do wifi é ⟦pw⟧", "o PIN é ⟦pin⟧"],
    "it": ["la mia password è ⟦pw⟧", "ho cambiato la password in ⟦pw⟧ ma non funziona", "utente ⟦u⟧, password ⟦pw⟧",
           "il PIN del bancomat è ⟦pin⟧"],
    "nl": ["mijn wachtwoord is ⟦pw⟧", "ik heb het wachtwoord veranderd in ⟦pw⟧", "gebruiker ⟦u⟧ / wachtwoord ⟦pw⟧", "pincode: ⟦pin⟧"],
    "pl": ["moje hasło to ⟦pw⟧", "zmieniłem hasło na ⟦pw⟧ i dalej nie działa", "login ⟦u⟧, hasło ⟦pw⟧", "PIN do karty: ⟦pin⟧"],
    "cs": ["moje heslo je ⟦pw⟧", "nové heslo: ⟦pw⟧"],
    "sv": ["mitt lösenord är ⟦pw⟧", "jag bytte lösenordet till ⟦pw⟧", "pinkoden är ⟦pin⟧"],
    "da": ["min adgangskode er ⟦pw⟧", "koden til wifi er ⟦pw⟧"],
    "no": ["passordet mitt er ⟦pw⟧", "nytt passord: ⟦pw⟧"],
    "fi": ["salasanani on ⟦pw⟧", "uusi salasana: ⟦pw⟧", "PIN-koodi on ⟦pin⟧"],
    "hu": ["a jelszavam: ⟦pw⟧", "az új jelszó ⟦pw⟧"],
    "tr": ["şifrem ⟦pw⟧", "yeni şifre: ⟦pw⟧", "kart şifresi ⟦pin⟧"],
    "ru": ["мой пароль: ⟦pw⟧", "поменял пароль на ⟦pw⟧, но войти не могу", "пароль от вайфая ⟦pw⟧", "пин-код ⟦pin⟧"],
    "uk": ["мій пароль: ⟦pw⟧", "новий пароль ⟦pw⟧"],
    "el": ["ο κωδικός μου είναι ⟦pw⟧", "νέος κωδικός: ⟦pw⟧"],
    "ar": ["كلمة المرور الخاصة بي هي ⟦pw⟧", "غيرت كلمة السر إلى ⟦pw⟧ ولكن لا يعمل"],
    "he": ["הסיסמה שלי היא ⟦pw⟧", "סיסמה חדשה: ⟦pw⟧"],
    "hi": ["मेरा पासवर्ड ⟦pw⟧ है", "नया पासवर्ड: ⟦pw⟧"],
    "th": ["รหัสผ่านของฉันคือ ⟦pw⟧", "รหัส wifi คือ ⟦pw⟧"],
    "vi": ["mật khẩu của mình là ⟦pw⟧", "mật khẩu mới: ⟦pw⟧"],
    "id": ["kata sandi saya ⟦pw⟧", "password wifi-nya ⟦pw⟧"],
    "ja": ["パスワードは⟦pw⟧です", "新しいパスワード：⟦pw⟧", "暗証番号は⟦pin⟧です"],
    "zh": ["我的密码是⟦pw⟧", "新密码：⟦pw⟧", "银行卡密码是⟦pin⟧"],
    "ko": ["비밀번호는 ⟦pw⟧입니다", "새 비밀번호: ⟦pw⟧"],
}
CTX = {
    "en": ["I can't log into the customer portal.", "It keeps saying my account is locked.", "Can you reset it for me?",
           "This is for the shared finance mailbox.", "I'm locked out again, sorry!", "Please update it in the vault."],
    "es": ["No puedo entrar al portal.", "Me dice que la cuenta está bloqueada.", "¿Me lo podéis restablecer?"],
    "de": ["Ich komme nicht mehr ins Kundenportal.", "Das Konto ist angeblich gesperrt.", "Könnt ihr das zurücksetzen?"],
    "fr": ["Je n'arrive plus à me connecter.", "Le compte est bloqué.", "Vous pouvez le réinitialiser ?"],
    "pt": ["Não consigo entrar no portal.", "Diz que a conta está bloqueada."],
    "it": ["Non riesco ad accedere al portale.", "Dice che l'account è bloccato."],
    "nl": ["Ik kan niet inloggen op het portaal.", "Mijn account is geblokkeerd."],
    "pl": ["Nie mogę się zalogować.", "Konto jest zablokowane."], "cs": ["Nemůžu se přihlásit."],
    "sv": ["Jag kommer inte in i portalen."], "da": ["Jeg kan ikke logge ind."], "no": ["Jeg får ikke logget inn."],
    "fi": ["En pääse kirjautumaan."], "hu": ["Nem tudok belépni."], "tr": ["Sisteme giriş yapamıyorum."],
    "ru": ["Не могу войти в личный кабинет.", "Пишет, что аккаунт заблокирован."], "uk": ["Не можу увійти в кабінет."],
    "el": ["Δεν μπορώ να συνδεθώ."], "ar": ["لا أستطيع تسجيل الدخول."], "he": ["אני לא מצליח להתחבר."],
    "hi": ["मैं लॉगिन नहीं कर पा रहा हूँ।"], "th": ["เข้าสู่ระบบไม่ได้ค่ะ"], "vi": ["Mình không đăng nhập được."],
    "id": ["Saya tidak bisa login."], "ja": ["ログインできません。"], "zh": ["登录不上去。"], "ko": ["로그인이 안 돼요."],
}
WEIGHTS = {"en": 28, "es": 6, "de": 6, "fr": 6, "pt": 5, "it": 4, "nl": 4, "pl": 3, "cs": 2, "sv": 2, "da": 2, "no": 2,
           "fi": 2, "hu": 2, "tr": 3, "ru": 4, "uk": 2, "el": 2, "ar": 3, "he": 2, "hi": 2, "th": 2, "vi": 2, "id": 2,
           "ja": 5, "zh": 4, "ko": 3}
USERS = ["admin", "svc_reports", "ci-bot", "deploy", "backup", "postgres", "app_user", "root", "guest", "finance-shared",
         "kiosk01", "warehouse", "ops", "readonly", "grafana", "jenkins", "etl_loader"]


def g_chat(rng):
    lang = pick_lang(rng, WEIGHTS)
    loc = loc_for(rng, lang)
    p = cast(rng, loc, 1)[0]
    kw = dict(pw=PW(V.password(rng, lang)), pw2=PW(V.password(rng, lang)), pin=PW(V.pin(rng)), pp=PW(V.passphrase(rng, lang)),
              u=rng.choice(USERS + [None]) or email(rng, p, loc))
    cue = fill(rng.choice(CUES[lang]), **kw)
    if lang in ("ja", "zh"):
        cue = cue + S(["。"])
    if isinstance(cue[0], str):
        cue[0] = cue[0][:1].upper() + cue[0][1:]
    ctx = CTX[lang]
    parts = [S([rng.choice(ctx)]), cue]
    if rng.random() < 0.5:
        intro = {"en": "Hi, this is ⟦n⟧.", "es": "Hola, soy ⟦n⟧.", "de": "Hallo, hier ist ⟦n⟧.", "fr": "Bonjour, c'est ⟦n⟧.",
                 "pt": "Oi, aqui é ⟦n⟧.", "it": "Ciao, sono ⟦n⟧.", "nl": "Hoi, met ⟦n⟧.", "ja": "⟦n⟧です。", "zh": "我是⟦n⟧。",
                 "ru": "Здравствуйте, это ⟦n⟧.", "ko": "⟦n⟧입니다."}.get(lang)
        if intro:
            parts.insert(0, fill(intro, n=E("PERSON", p.full)))
    sep = "" if lang in ("ja", "zh") else " "
    segs = join(sep, parts)
    if rng.random() < 0.3:
        segs = W.chat(rng, [("u", segs), ("a", W.ack(rng, lang)), ("u", S([rng.choice(ctx)]))], lang)
        return segs, "chat", loc
    segs, shape = W.wrap_any(rng, segs, lang)
    return segs, shape, loc


def _safe(rng):
    return PW(V.password(rng, "en", safe=True))


SHELL = [
    "mysql -u ⟦u⟧ -p⟦pw⟧ -h db.internal ⟦db⟧", "mysql --user=⟦u⟧ --password=⟦pw⟧ ⟦db⟧ < dump.sql",
    "sshpass -p '⟦pw⟧' ssh -l ⟦u⟧ bastion.example.net", "curl -u ⟦u⟧:⟦pw⟧ https://ci.example.org/api/json",
    "PGPASSWORD=⟦pw⟧ psql -h pg.internal -U ⟦u⟧ -d ⟦db⟧", "docker login registry.example.com -u ⟦u⟧ -p ⟦pw⟧",
    "docker run -d -e POSTGRES_PASSWORD=⟦pw⟧ -p 5432:5432 postgres:⟦ver⟧",
    "redis-cli -h cache.internal -a ⟦pw⟧ PING", "htpasswd -b -c /etc/nginx/.htpasswd ⟦u⟧ ⟦pw⟧",
    "net user ⟦u⟧ ⟦pw⟧ /add", "nmcli dev wifi connect HomeNet-5G password ⟦pw⟧",
    "zip -P ⟦pw⟧ payroll-export.zip payroll.csv", "7z a -p⟦pw⟧ backup.7z ./data",
    "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:⟦pw⟧",
    "wget --user=⟦u⟧ --password=⟦pw⟧ https://files.example.net/reports/q3.zip",
    "git clone https://⟦u⟧:⟦pw⟧@git.example.com/platform/infra.git",
    "sqlcmd -S sql01.corp.local -U ⟦u⟧ -P ⟦pw⟧ -Q \"SELECT 1\"", "rabbitmqctl add_user ⟦u⟧ ⟦pw⟧",
    "ansible-playbook site.yml -e ansible_become_pass=⟦pw⟧", "mongosh \"mongodb://⟦u⟧:⟦pw⟧@mongo.internal:27017/admin\"",
    "ldapsearch -x -D \"cn=⟦u⟧,dc=corp,dc=local\" -w ⟦pw⟧ -b \"dc=corp,dc=local\"",
    "smbclient //fileserver/share -U ⟦u⟧%⟦pw⟧", "kubectl create secret generic db-creds --from-literal=username=⟦u⟧ --from-literal=password=⟦pw⟧",
    "echo '⟦pw⟧' | docker login ghcr.io -u ⟦u⟧ --password-stdin", "vault kv put secret/app db_password=⟦pw⟧",
    "xfreerdp /v:ts01.corp.local /u:⟦u⟧ /p:⟦pw⟧", "mysqldump -u⟦u⟧ -p⟦pw⟧ --all-databases > all.sql",
]
SHELL_INTRO = {"en": ["Why does this fail with 'access denied'?", "Can you explain what this command does?", "This worked yesterday:",
                      "Please turn this into a script:", "Getting a timeout with:"],
               "de": ["Warum schlägt das fehl?", "Kannst du mir erklären, was der Befehl macht?"],
               "fr": ["Pourquoi ça échoue ?", "Tu peux m'expliquer cette commande ?"],
               "es": ["¿Por qué falla esto?", "¿Me explicas qué hace este comando?"],
               "pt": ["Por que isso dá erro?"], "ja": ["このコマンドが失敗します。"], "zh": ["这个命令为什么报错？"],
               "ru": ["Почему команда падает?"], "pl": ["Dlaczego to nie działa?"], "it": ["Perché questo comando fallisce?"]}


def g_shell(rng):
    lang = pick_lang(rng, {"en": 10, "de": 2, "fr": 2, "es": 2, "pt": 1, "ja": 1, "zh": 1, "ru": 1, "pl": 1, "it": 1})
    loc = loc_for(rng, lang)
    n = rng.randint(1, 3)
    cmds = []
    for t in rng.sample(SHELL, n):
        cmds.append(fill(t, u=rng.choice(USERS), pw=_safe(rng), db=rng.choice(["billing", "crm", "analytics", "app"]),
                         ver=D("VERSION", rng.choice(["16.2", "15-alpine", "14.9"]))))
    if rng.random() < 0.4:
        body = join("\n", [fill("  ⟦n⟧  ⟦c⟧", n=str(rng.randint(100, 2000) + i), c=c) for i, c in enumerate(cmds)])
        body = S(["$ history | tail\n"]) + body
    else:
        body = join("\n", [S(["$ "]) + c for c in cmds])
    intro = rng.choice(SHELL_INTRO[lang])
    segs = fill("⟦i⟧\n```\n⟦b⟧\n```", i=intro, b=body)
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "openai", "chat"))
    return segs, "cli" if shape == "prompt" else shape, loc


CONN = [
    "jdbc:postgresql://pg.internal:5432/⟦db⟧?user=⟦u⟧&password=⟦pw⟧",
    "Server=sql01.corp.local;Database=⟦db⟧;User Id=⟦u⟧;Password=⟦pw⟧;TrustServerCertificate=True;",
    "Host=pg.internal;Port=5432;Database=⟦db⟧;Username=⟦u⟧;Password=⟦pw⟧",
    "mongodb+srv://⟦u⟧:⟦pw⟧@cluster0.example.mongodb.net/⟦db⟧?retryWrites=true",
    "amqp://⟦u⟧:⟦pw⟧@rabbit.internal:5672/", "redis://:⟦pw⟧@cache.internal:6379/0",
    "postgresql://⟦u⟧:⟦pw⟧@db.internal:5432/⟦db⟧", "mysql://⟦u⟧:⟦pw⟧@mysql.internal:3306/⟦db⟧",
    "smtp://⟦u⟧:⟦pw⟧@smtp.example.net:587", "Data Source=orcl;User Id=⟦u⟧;Password=⟦pw⟧;",
    "Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql01,1433;Uid=⟦u⟧;Pwd=⟦pw⟧;",
]
CONN_WRAP = ["DATABASE_URL=⟦c⟧", "⟦ts⟧ ERROR pool: could not connect using \"⟦c⟧\": connection refused",
             "{\n  \"ConnectionStrings\": {\n    \"Default\": \"⟦c⟧\"\n  }\n}", "Is this connection string right? ⟦c⟧",
             "spring.datasource.url=⟦c⟧", "Here's my config, it times out after 30s:\n⟦c⟧",
             "Kannst du prüfen, ob der Connection-String stimmt? ⟦c⟧", "Ce connection string ne marche pas : ⟦c⟧",
             "¿Está bien esta cadena de conexión? ⟦c⟧", "この接続文字列で接続できません：⟦c⟧"]


def g_conn(rng):
    w = rng.choice(CONN_WRAP)
    lang = "de" if "Kannst" in w else "fr" if "Ce conn" in w else "es" if "¿" in w else "ja" if "この" in w else "en"
    loc = loc_for(rng, lang)
    c = fill(rng.choice(CONN), u=rng.choice(USERS), pw=_safe(rng), db=rng.choice(["billing", "crm", "orders", "hr"]))
    if w.startswith("{"):
        c = jesc(c)
    segs = fill(w, c=c, ts=W.ts(rng))
    if rng.random() < 0.3 and not w.startswith(("{", "DATABASE", "spring")):
        segs, _ = W.wrap_any(rng, segs, lang, kinds=("openai", "chat"))
    return segs, "config", loc


def g_yaml(rng):
    loc = rng.choice(["en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "pt_BR", "ja_JP", "pl_PL", "sv_SE"])
    k = rng.randint(0, 5)
    pw = PW(V.password(rng))
    pw2 = PW(V.password(rng))
    ver = D("VERSION", rng.choice(["16.2", "8.0.36", "7.2", "3.12-management", "15.6"]))
    if k == 0:
        segs = fill('services:\n  db:\n    image: postgres:⟦v⟧\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: "⟦pw⟧"\n'
                    '    ⟦hc⟧:\n      test: ["CMD-SHELL", "pg_isready -U app"]\n      interval: 10s\n  cache:\n    image: redis:7\n'
                    '    command: ["redis-server", "--requirepass", "⟦pw2⟧"]\n', v=ver, pw=pw, pw2=pw2, hc=D("OPS_TERM", "healthcheck"))
    elif k == 1:
        segs = fill("# values.yaml\nreplicaCount: 2\nimage:\n  tag: \"⟦v⟧\"\npostgresql:\n  auth:\n    username: app\n"
                    "    password: \"⟦pw⟧\"\n    existingSecret: \"\"\nredis:\n  auth:\n    password: ⟦pw2⟧\n", v=ver, pw=pw,
                    pw2=PW(V.password(rng, safe=True)))
    elif k == 2:
        segs = fill("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\nstringData:\n  DB_USER: app\n"
                    "  DB_PASSWORD: \"⟦pw⟧\"\n  SMTP_PASSWORD: \"⟦pw2⟧\"\n", pw=pw, pw2=pw2)
    elif k == 3:
        segs = fill('resource "aws_db_instance" "main" {\n  identifier     = "orders-db"\n  engine         = "postgres"\n'
                    '  engine_version = "⟦v⟧"\n  username       = "app"\n  password       = "⟦pw⟧"\n  skip_final_snapshot = true\n}\n',
                    v=ver, pw=pw)
    elif k == 4:
        segs = fill("# group_vars/db.yml\nmysql_root_password: \"⟦pw⟧\"\nmysql_users:\n  - name: reporting\n    password: \"⟦pw2⟧\"\n"
                    "    priv: \"reports.*:SELECT\"\n", pw=pw, pw2=pw2)
    else:
        segs = fill('# terraform.tfvars\nregion      = "eu-central-1"\ndb_username = "app"\ndb_password = "⟦pw⟧"\n'
                    'admin_pin   = "⟦pin⟧"\n', pw=pw, pin=PW(V.pin(rng, 6)))
    if rng.random() < 0.35:
        intro = rng.choice(["Review this config for security issues:", "Why won't this deploy?", "Convert this to JSON:",
                            "Was ist an dieser Konfiguration falsch?", "Peux-tu vérifier ce fichier ?", "この設定を確認してください："])
        lang = "de" if intro.startswith("Was") else "fr" if intro.startswith("Peux") else "ja" if intro.startswith("この") else "en"
        loc = loc_for(rng, lang)
        segs = fill("⟦i⟧\n\n⟦s⟧", i=intro, s=segs)
        segs, shape = W.wrap_any(rng, segs, lang, kinds=("openai", "prompt"))
        return segs, shape, loc
    return segs, "yaml", loc


def g_env(rng):
    loc = rng.choice(["en_US", "de_DE", "fr_FR", "es_ES", "pt_BR", "nl_NL", "it_IT", "pl_PL", "ja_JP", "en_GB"])
    pw = V.password(rng)
    q = "#" in pw or " " in pw or rng.random() < 0.3
    lines = [S(["NODE_ENV=production"]), S([f"PORT={rng.choice([3000, 8080, 8000])}"]),
             S(["PASSWORD_MIN_LENGTH=12"]), S(["PASSWORD_RESET_URL=https://app.example.com/reset"]),
             fill("DB_PASSWORD=⟦q⟧⟦pw⟧⟦q⟧", q='"' if q else "", pw=PW(pw)),
             fill("SMTP_PASS=⟦pw⟧", pw=PW(V.password(rng, safe=True))),
             fill("⟦h⟧_PATH=/healthz", h=D("OPS_TERM", "HEALTHCHECK")) if False else S(["LOG_LEVEL=info"]),
             fill("REDIS_PASSWORD_FILE=⟦f⟧", f=D("FILE_PATH", "/run/secrets/redis_password")), S(["SESSION_TTL=3600"])]
    if rng.random() < 0.5:
        lines.append(fill("ADMIN_EMAIL=⟦e⟧", e=email(rng, cast(rng, loc, 1)[0], loc, True)))
    if rng.random() < 0.4:
        lines.append(fill("ADMIN_PIN=⟦p⟧", p=PW(V.pin(rng))))
    rng.shuffle(lines)
    segs = join("\n", lines)
    if rng.random() < 0.4:
        segs = fill("# .env\n⟦s⟧", s=segs)
    if rng.random() < 0.3:
        segs, shape = W.wrap_any(rng, fill("Which of these variables are secrets?\n\n⟦s⟧", s=segs), "en", kinds=("openai", "prompt"))
        return segs, shape, "en_US"
    return segs, "env", loc


CODE = [
    ("py", 'import psycopg2\n\nconn = psycopg2.connect(\n    host="db.internal",\n    user="⟦u⟧",\n    password="⟦pw⟧",\n    dbname="orders",\n)\n'),
    ("py", 'ADMIN_USER = "⟦u⟧"\nADMIN_PASSWORD = "⟦pw⟧"  # TODO move to vault\n\ndef login(client):\n    return client.post("/login", json={"user": ADMIN_USER, "password": ADMIN_PASSWORD})\n'),
    ("js", "const pool = mysql.createPool({\n  host: 'mysql.internal',\n  user: '⟦u⟧',\n  password: '⟦pw⟧',\n  database: 'shop'\n});\n"),
    ("js", "await page.fill('#username', '⟦u⟧');\nawait page.fill('#password', '⟦pw⟧');\nawait page.click('button[type=submit]');\n"),
    ("java", 'Connection c = DriverManager.getConnection(\n    "jdbc:mysql://mysql.internal:3306/shop", "⟦u⟧", "⟦pw⟧");\n'),
    ("php", "$pdo = new PDO('mysql:host=localhost;dbname=wp', '⟦u⟧', '⟦pw⟧');\n"),
    ("go", 'cfg := mysql.Config{\n\tUser:   "⟦u⟧",\n\tPasswd: "⟦pw⟧",\n\tNet:    "tcp",\n\tAddr:   "mysql.internal:3306",\n}\n'),
    ("cs", 'var client = new SmtpClient("smtp.example.net", 587) {\n    Credentials = new NetworkCredential("⟦u⟧", "⟦pw⟧"),\n    EnableSsl = true\n};\n'),
    ("rb", "ActiveRecord::Base.establish_connection(\n  adapter: 'postgresql', username: '⟦u⟧', password: '⟦pw⟧', database: 'app'\n)\n"),
    ("py", 'requests.get(url, auth=("⟦u⟧", "⟦pw⟧"), timeout=10)\n'),
]
CODE_ASK = {"en": ["Why is this throwing an auth error?", "Refactor this to read the secret from the environment:",
                   "Can you add error handling here?", "Review this snippet:"],
            "de": ["Warum bekomme ich hier einen Auth-Fehler?", "Bitte refaktorisieren:"], "fr": ["Pourquoi ce code plante ?"],
            "es": ["¿Por qué falla la autenticación?"], "pt": ["Por que dá erro de autenticação?"], "ja": ["認証エラーになります。"],
            "zh": ["为什么认证失败？"], "ko": ["인증 오류가 납니다."], "ru": ["Почему ошибка авторизации?"], "tr": ["Neden kimlik doğrulama hatası alıyorum?"]}


def g_code(rng):
    lang = pick_lang(rng, {"en": 10, "de": 2, "fr": 1, "es": 1, "pt": 1, "ja": 1, "zh": 1, "ko": 1, "ru": 1, "tr": 1})
    loc = loc_for(rng, lang)
    kind, tpl = rng.choice(CODE)
    pw = V.password(rng)
    code = fill(tpl, u=rng.choice(USERS), pw=PW(pw.replace("'", "").replace('"', "").replace("\\", "")))
    segs = fill("⟦a⟧\n\n```⟦k⟧\n⟦c⟧```", a=rng.choice(CODE_ASK[lang]), k=kind, c=code)
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("openai", "prompt", "chat"))
    return segs, shape, loc


PHONE_RESET = [
    "agent: okay ⟦al⟧ i have reset it for you your temporary password is ⟦pw⟧ all lower case caller: sorry can you repeat that agent: ⟦pw⟧",
    "caller: hi its ⟦Al⟧ from accounts i am locked out agent: no problem the new pin is ⟦pin⟧ please change it after you log in",
    "agent: for verification can you read me the passphrase on file caller: yes it is ⟦pp⟧",
    "agent: the one time code we set is ⟦pin⟧ and the temporary password is ⟦pw⟧ caller: got it thanks",
]
PHONE_RESET_X = {
    "es": "agente: listo ⟦al⟧ la contraseña temporal es ⟦pw⟧ todo en minúsculas cliente: gracias",
    "de": "mitarbeiter: so ⟦al⟧ ihr neues passwort ist ⟦pw⟧ alles klein geschrieben kunde: danke",
    "fr": "conseiller: voilà ⟦al⟧ votre mot de passe provisoire est ⟦pw⟧ tout en minuscules client: merci",
    "pt": "atendente: pronto ⟦al⟧ a senha provisória é ⟦pw⟧ tudo minúsculo cliente: obrigado",
    "it": "operatore: ecco ⟦al⟧ la password temporanea è ⟦pw⟧ tutto minuscolo cliente: grazie",
}


def _spoken_pw(rng):
    words = V.PW_WORDS["en"]
    return " ".join(rng.sample(words, 2)) + " " + V.spoken_digits_en(str(rng.randint(10, 99)))


def g_phone_reset(rng):
    lang = pick_lang(rng, {"en": 6, "es": 1, "de": 1, "fr": 1, "pt": 1, "it": 1})
    loc = loc_for(rng, lang)
    p = cast(rng, loc, 1)[0]
    kw = slots([p])
    kw.update(pw=PW(_spoken_pw(rng)), pin=PW(V.spoken_digits_en(V.pin(rng))), pp=PW(" ".join(rng.sample(V.PASSPHRASE_WORDS["en"], 4))))
    tpl = rng.choice(PHONE_RESET) if lang == "en" else PHONE_RESET_X[lang]
    segs = mapseg(fill(tpl, **kw), lambda s: s.lower().replace("'", "").replace("-", " "))
    if rng.random() < 0.5:
        segs = jdump({"call_id": D("HEX_HASH", V.uuid(rng)), "started_at": W.ts(rng), "asr": {"text": S(segs), "lang": lang}},
                     indent=rng.choice([None, 2]))
    else:
        segs = fill("[call transcript ⟦t⟧]\n⟦s⟧", t=W.ts(rng), s=segs)
    return segs, "transcript", loc


WIFI_NOTE = {"en": "Welcome! Wi-Fi: ⟦s⟧ / password ⟦pw⟧. Check-out is by 11:00 on ⟦d⟧.",
             "de": "Willkommen! WLAN: ⟦s⟧, Passwort: ⟦pw⟧. Abreise bis 11 Uhr am ⟦d⟧.",
             "fr": "Bienvenue ! Wi-Fi : ⟦s⟧, mot de passe : ⟦pw⟧. Départ avant 11 h le ⟦d⟧.",
             "es": "¡Bienvenidos! Wifi: ⟦s⟧, contraseña: ⟦pw⟧. Salida antes de las 11:00 el ⟦d⟧.",
             "it": "Benvenuti! Wi-Fi: ⟦s⟧, password: ⟦pw⟧. Check-out entro le 11 del ⟦d⟧.",
             "pt": "Bem-vindos! Wi-Fi: ⟦s⟧, senha: ⟦pw⟧. Check-out até às 11h do dia ⟦d⟧.",
             "nl": "Welkom! Wifi: ⟦s⟧, wachtwoord: ⟦pw⟧. Uitchecken vóór 11.00 uur op ⟦d⟧.",
             "ja": "ようこそ！Wi-Fi：⟦s⟧ パスワード：⟦pw⟧ チェックアウトは⟦d⟧の11時までです。",
             "el": "Καλώς ήρθατε! Wi-Fi: ⟦s⟧, κωδικός: ⟦pw⟧. Αναχώρηση έως τις 11:00 στις ⟦d⟧.",
             "tr": "Hoş geldiniz! Wi-Fi: ⟦s⟧, şifre: ⟦pw⟧. Çıkış ⟦d⟧ saat 11:00'e kadar."}
SSIDS = ["CasaAzul-Guest", "Apt4B_5G", "FRITZ!Box 7590 KX", "Livebox-8A3C", "VillaSole", "Guest_Harbor", "TP-Link_5E21", "Pension-Alpenblick"]


def g_wifi(rng):
    if rng.random() < 0.4:
        loc = rng.choice(["en_US", "de_DE", "fr_FR", "es_ES", "ja_JP"])
        pw = PW(V.wifi_key(rng))
        qr = fill("WIFI:T:WPA;S:⟦s⟧;P:⟦pw⟧;;", s=rng.choice(SSIDS).replace("!", ""), pw=pw)
        k = rng.randint(0, 2)
        if k == 0:
            segs = fill("Make a printable QR code card for this: ⟦q⟧", q=qr)
        elif k == 1:
            segs = jdump({"tool": "generate_qr", "input": {"payload": S(qr), "size": 512}})
        else:
            segs = fill("decoded QR: ⟦q⟧\nscanned at ⟦t⟧", q=qr, t=W.ts(rng))
        return segs, "config", loc
    lang = rng.choice(list(WIFI_NOTE))
    loc = loc_for(rng, lang)
    d = D("DATE", V.fmt_date(rng, V.recent(rng), lang if lang in V.MONTHS or lang == "ja" else "en", "XX"))
    segs = fill(WIFI_NOTE[lang], s=rng.choice(SSIDS), pw=PW(V.wifi_key(rng)), d=d)
    if rng.random() < 0.4:
        segs = fill("⟦s⟧ ⟦x⟧", s=segs, x={"en": "Door code: ", "de": "Türcode: ", "fr": "Code porte : ", "es": "Código de la puerta: ",
                                          "it": "Codice porta: ", "pt": "Código da porta: ", "nl": "Deurcode: ", "ja": "ドアの暗証番号：",
                                          "el": "Κωδικός πόρτας: ", "tr": "Kapı kodu: "}[lang]) + S([PW(V.pin(rng))])
    return segs, "note", loc


ITMAIL = {
    "en": ("Subject: Your new account\n\nHi ⟦n⟧,\n\nyour account has been created.\nUsername: ⟦e⟧\nTemporary password: ⟦pw⟧\n\n"
           "You will be asked to change it at first login. The link expires on ⟦d⟧.\nTicket ⟦t⟧\n\nIT Service Desk"),
    "de": ("Betreff: Ihr neues Konto\n\nHallo ⟦n⟧,\n\nIhr Konto wurde angelegt.\nBenutzername: ⟦e⟧\nInitialpasswort: ⟦pw⟧\n\n"
           "Bitte ändern Sie es bei der ersten Anmeldung. Gültig bis ⟦d⟧.\nTicket ⟦t⟧\n\nIT-Servicedesk"),
    "fr": ("Objet : Votre nouveau compte\n\nBonjour ⟦n⟧,\n\nvotre compte a été créé.\nIdentifiant : ⟦e⟧\nMot de passe provisoire : ⟦pw⟧\n\n"
           "Il vous sera demandé de le changer. Lien valable jusqu'au ⟦d⟧.\nTicket ⟦t⟧\n\nSupport informatique"),
    "es": ("Asunto: Tu nueva cuenta\n\nHola ⟦n⟧:\n\nYa tienes cuenta.\nUsuario: ⟦e⟧\nContraseña temporal: ⟦pw⟧\n\n"
           "Cámbiala al iniciar sesión. Caduca el ⟦d⟧.\nTicket ⟦t⟧\n\nSoporte IT"),
    "pt": ("Assunto: Sua nova conta\n\nOlá ⟦n⟧,\n\nsua conta foi criada.\nUsuário: ⟦e⟧\nSenha provisória: ⟦pw⟧\n\n"
           "Troque no primeiro acesso. Expira em ⟦d⟧.\nChamado ⟦t⟧\n\nSuporte de TI"),
    "it": ("Oggetto: Il tuo nuovo account\n\nCiao ⟦n⟧,\n\nil tuo account è pronto.\nUtente: ⟦e⟧\nPassword temporanea: ⟦pw⟧\n\n"
           "Cambiala al primo accesso. Scade il ⟦d⟧.\nTicket ⟦t⟧\n\nHelpdesk IT"),
    "nl": ("Onderwerp: Je nieuwe account\n\nHoi ⟦n⟧,\n\nje account is aangemaakt.\nGebruikersnaam: ⟦e⟧\nTijdelijk wachtwoord: ⟦pw⟧\n\n"
           "Wijzig het bij de eerste login. Verloopt op ⟦d⟧.\nTicket ⟦t⟧\n\nServicedesk"),
    "pl": ("Temat: Nowe konto\n\nCześć ⟦n⟧,\n\nkonto zostało utworzone.\nLogin: ⟦e⟧\nHasło tymczasowe: ⟦pw⟧\n\n"
           "Zmień je przy pierwszym logowaniu. Ważne do ⟦d⟧.\nZgłoszenie ⟦t⟧\n\nDział IT"),
    "sv": ("Ämne: Ditt nya konto\n\nHej ⟦n⟧,\n\nditt konto är skapat.\nAnvändarnamn: ⟦e⟧\nTillfälligt lösenord: ⟦pw⟧\n\n"
           "Byt det vid första inloggningen. Giltigt till ⟦d⟧.\nÄrende ⟦t⟧\n\nIT-support"),
    "ja": ("件名：アカウント発行のお知らせ\n\n⟦n⟧様\n\nアカウントを作成しました。\nユーザー名：⟦e⟧\n仮パスワード：⟦pw⟧\n\n"
           "初回ログイン時に変更してください。有効期限：⟦d⟧\nチケット ⟦t⟧\n\n情報システム部"),
    "ko": ("제목: 계정 생성 안내\n\n⟦n⟧ 님, 안녕하세요.\n\n계정이 생성되었습니다.\n아이디: ⟦e⟧\n임시 비밀번호: ⟦pw⟧\n\n"
           "첫 로그인 시 변경해 주세요. 만료일: ⟦d⟧\n티켓 ⟦t⟧\n\nIT 지원팀"),
    "tr": ("Konu: Yeni hesabınız\n\nMerhaba ⟦n⟧,\n\nhesabınız oluşturuldu.\nKullanıcı adı: ⟦e⟧\nGeçici şifre: ⟦pw⟧\n\n"
           "İlk girişte değiştirin. Son geçerlilik: ⟦d⟧.\nTalep ⟦t⟧\n\nBT Destek"),
}


def g_itmail(rng):
    lang = pick_lang(rng, {k: (5 if k == "en" else 2) for k in ITMAIL})
    loc = loc_for(rng, lang)
    p = cast(rng, loc, 1)[0]
    dl = lang if lang in V.MONTHS or lang in ("ja", "ko") else "en"
    segs = fill(ITMAIL[lang], n=E("PERSON", p.fam_alone if lang == "ja" else p.given), e=email(rng, p, loc, True),
                pw=PW(V.password(rng, lang)), d=D("DATE", V.fmt_date(rng, V.recent(rng), dl, "XX")),
                t=D("ORDER_ID", f"INC{rng.randint(1000000, 9999999)}"))
    return segs, "email", loc


def g_tool(rng):
    lang = pick_lang(rng, {"en": 6, "de": 1, "fr": 1, "es": 1, "ja": 1, "pt": 1, "zh": 1})
    loc = loc_for(rng, lang)
    p = cast(rng, loc, 1)[0]
    k = rng.randint(0, 4)
    if k == 0:
        args = {"email": email(rng, p, loc, True), "display_name": E("PERSON", p.full), "password": PW(V.password(rng)),
                "force_change": True}
        name = "create_user"
    elif k == 1:
        args = {"user_id": rng.randint(1000, 99999), "new_password": PW(V.password(rng)), "notify": False}
        name = "reset_password"
    elif k == 2:
        args = {"host": "db.internal", "port": 5432, "user": rng.choice(USERS), "password": PW(V.password(rng)), "database": "orders"}
        name = "db_connect"
    elif k == 3:
        args = {"ssid": rng.choice(SSIDS), "security": "WPA2", "psk": PW(V.wifi_key(rng))}
        name = "configure_wifi"
    else:
        args = {"selector": "#password", "text": PW(V.password(rng)), "submit": True}
        name = "browser_type"
    asc = rng.random() < 0.15
    if rng.random() < 0.3:
        segs = W.log_line(rng, "DEBUG", "tool.call", fill("name=⟦n⟧ args=⟦a⟧", n=name, a=jdump(args)), style="json")
        return segs, "log", loc
    return W.tool_call(rng, name, args, ascii=asc, indent=rng.choice([None, 2])), "tool", loc


def g_agent(rng):
    loc = rng.choice(["en_US", "en_GB", "de_DE", "fr_FR", "ja_JP", "es_MX"])
    p = cast(rng, loc, 1)[0]
    steps = fill('[step 1] browser.goto url="https://portal.example.com/login"\n[step 2] browser.fill selector="#email" value="⟦e⟧"\n'
                 '[step 3] browser.fill selector="#password" value="⟦pw⟧"\n[step 4] browser.click selector="button[type=submit]"\n'
                 '[step 5] observation: 302 -> /dashboard (⟦ms⟧ ms)', e=email(rng, p, loc), pw=PW(V.password(rng).replace('"', "")),
                 ms=str(rng.randint(200, 2400)))
    if rng.random() < 0.4:
        steps = fill("⟦t⟧ agent=checkout-bot run=⟦r⟧\n⟦s⟧", t=W.ts(rng), r=D("HEX_HASH", V.hexs(rng, 12)), s=steps)
    return steps, "agent", loc


def g_table(rng):
    loc = rng.choice(["en_US", "de_DE", "fr_FR", "nl_NL", "es_ES", "pl_PL", "sv_SE", "it_IT"])
    rows = []
    if rng.random() < 0.5:
        rows.append(S(["name,url,username,password,note"]))
        for _ in range(rng.randint(2, 5)):
            site = rng.choice(["Netflix", "Router", "Bank", "Steuer", "Amazon", "Payroll", "NAS", "Strava"])
            rows.append(csv_row([site, f"https://{site.lower()}.example.com", rng.choice(USERS), PW(V.password(rng, lang_of(loc))),
                                 rng.choice(["", "shared", "2FA on phone", "old"])]))
        return join("\n", rows), "csv", loc
    rows.append(S(["| system | user | password | rotated |", "\n|---|---|---|---|"]))
    for _ in range(rng.randint(2, 4)):
        d = D("DATE", V.recent(rng).isoformat())
        rows.append(fill("| ⟦s⟧ | ⟦u⟧ | `⟦pw⟧` | ⟦d⟧ |", s=rng.choice(["grafana", "jenkins", "pfSense", "iLO", "Synology", "UniFi"]),
                         u=rng.choice(USERS), pw=PW(V.password(rng)), d=d))
    segs = join("\n", rows)
    segs = fill("## Break-glass credentials (runbook)\n\n⟦t⟧", t=segs)
    return segs, "markdown", loc


PIN_NOTE = {
    "en": "Hi! For the delivery to ⟦a⟧: the gate code is ⟦pin⟧ and the parcel box is on the left. Call ⟦ph⟧ if stuck.",
    "de": "Hallo! Lieferung an ⟦a⟧: Torcode ⟦pin⟧, das Paket bitte in die Box links. Bei Fragen ⟦ph⟧.",
    "fr": "Bonjour ! Livraison au ⟦a⟧ : digicode ⟦pin⟧, boîte à colis à gauche. En cas de souci : ⟦ph⟧.",
    "es": "¡Hola! Entrega en ⟦a⟧: el código del portal es ⟦pin⟧. Si hay problema, llama al ⟦ph⟧.",
    "nl": "Hoi! Bezorging op ⟦a⟧: de poortcode is ⟦pin⟧. Bel ⟦ph⟧ als het niet lukt.",
    "it": "Ciao! Consegna in ⟦a⟧: il codice del cancello è ⟦pin⟧. Per problemi chiama il ⟦ph⟧.",
    "pt": "Olá! Entrega em ⟦a⟧: o código do portão é ⟦pin⟧. Qualquer coisa liga ⟦ph⟧.",
}
PIN_CC = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT", "pt": "PT"}


def g_pin(rng):
    lang = rng.choice(list(PIN_NOTE))
    cc = PIN_CC[lang]
    loc = G.COUNTRY_LOC[cc]
    lines = G.address(rng, cc, unit=False)
    a = E("ADDRESS", ", ".join(lines))
    segs = fill(PIN_NOTE[lang], a=a, pin=PW(V.pin(rng)), ph=phone(rng, loc))
    if rng.random() < 0.5:
        segs = W.jdump({"to": phone(rng, loc, True), "body": S(segs), "sent_at": W.ts(rng)})
        return segs, "sms", loc
    return segs, "sms", loc


def g_mixed_decoy(rng):
    """Real password next to things that are not passwords: policy text, hashes, placeholders, field names."""
    loc = rng.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR"])
    pw = V.password(rng, safe=True)
    k = rng.randint(0, 3)
    if k == 0:
        segs = fill("Password policy: must be at least 12 characters and contain a digit. Mine is ⟦pw⟧, is that OK? "
                    "The form also shows password_hash=⟦h⟧ which looks weird.", pw=PW(pw), h=D("HEX_HASH", V.hexs(rng, 64)))
    elif k == 1:
        segs = fill("# example: DB_PASSWORD=<your-password>\n# real one for staging:\nDB_PASSWORD=⟦pw⟧\n# sha256: ⟦h⟧\n"
                    "DB_PASSWORD_FILE=⟦f⟧", pw=PW(pw), h=D("HEX_HASH", V.hexs(rng, 64)), f=D("FILE_PATH", "/run/secrets/db_password"))
    elif k == 2:
        segs = fill('{"user": "admin", "password": "********", "password_confirm": "********", "otp_seed_ref": "vault:kv/otp"}\n'
                    "The masked one above is from the UI log; the actual value I typed was ⟦pw⟧.", pw=PW(pw))
    else:
        segs = fill("Das Passwort muss mindestens 10 Zeichen lang sein. Feld \"Passwort\" war leer, also habe ich ⟦pw⟧ "
                    "eingegeben. MD5 laut Log: ⟦h⟧", pw=PW(pw), h=D("HEX_HASH", V.hexs(rng, 32)))
        loc = "de_DE"
    segs, shape = W.wrap_any(rng, segs, "en", kinds=("prompt", "openai", "chat"))
    return segs, shape, loc


SUPPORT = {
    "en": (["Hi, I can't get into my account since this morning.", "It says the password is wrong but I haven't changed it.",
            "I tried ⟦pw⟧ which is what I always use.", "Ok, I'm logged in now, thanks!", "Do I have to change it right away?"],
           ["Sorry to hear that! Can you confirm the e-mail on the account?", "Thanks. I've reset it. Your temporary password is ⟦tmp⟧",
            "Please change it after you log in. The link in the e-mail expires on ⟦d⟧.", "Yes, at the first login.", "Is there anything else?"]),
    "de": (["Hallo, ich komme seit heute früh nicht mehr in mein Konto.", "Angeblich ist das Passwort falsch.", "Ich habe ⟦pw⟧ eingegeben, wie immer.",
            "Okay, jetzt klappt es, danke!", "Muss ich es sofort ändern?"],
           ["Das tut mir leid! Können Sie die E-Mail-Adresse bestätigen?", "Danke. Ich habe es zurückgesetzt. Ihr vorläufiges Passwort lautet ⟦tmp⟧",
            "Bitte ändern Sie es nach der Anmeldung. Der Link läuft am ⟦d⟧ ab.", "Ja, bei der ersten Anmeldung.", "Kann ich sonst noch helfen?"]),
    "es": (["Hola, no puedo entrar en mi cuenta desde esta mañana.", "Dice que la contraseña es incorrecta.", "He puesto ⟦pw⟧, la de siempre.",
            "Vale, ya he entrado, ¡gracias!", "¿Tengo que cambiarla ya?"],
           ["¡Vaya! ¿Me confirmas el correo de la cuenta?", "Gracias. La he restablecido. Tu contraseña temporal es ⟦tmp⟧",
            "Cámbiala al iniciar sesión. El enlace caduca el ⟦d⟧.", "Sí, en el primer inicio de sesión.", "¿Algo más?"]),
    "fr": (["Bonjour, je n'arrive plus à me connecter depuis ce matin.", "On me dit que le mot de passe est faux.", "J'ai tapé ⟦pw⟧, comme d'habitude.",
            "C'est bon, je suis connecté, merci !", "Je dois le changer tout de suite ?"],
           ["Désolé ! Pouvez-vous confirmer l'adresse e-mail du compte ?", "Merci. Je l'ai réinitialisé. Votre mot de passe provisoire est ⟦tmp⟧",
            "Changez-le après connexion. Le lien expire le ⟦d⟧.", "Oui, à la première connexion.", "Autre chose ?"]),
}


def g_support(rng):
    lang = pick_lang(rng, {"en": 4, "de": 2, "es": 2, "fr": 2})
    loc = loc_for(rng, lang)
    p = cast(rng, loc, 1)[0]
    cu, ag = SUPPORT[lang]
    dl = lang if lang in V.MONTHS else "en"
    kw = dict(pw=PW(V.password(rng, lang)), tmp=PW(V.password(rng)), d=D("DATE", V.fmt_date(rng, V.recent(rng), dl, "XX")))
    t0 = V.recent_dt(rng)
    import datetime as _dt
    lines = []
    agent = rng.choice(["Agent", "Support", "Mia (bot)", "Helpdesk"])
    seq = [("c", [0]), ("a", [0]), ("e", []), ("c", [1, 2]), ("a", [1]), ("c", [4]), ("a", [3, 2]), ("c", [3]), ("a", [4])]
    first = True
    for who, idx in seq:
        t0 += _dt.timedelta(seconds=rng.randint(20, 200))
        stamp = D("DATE", t0.strftime("%Y-%m-%d %H:%M:%S"))
        if who == "e":
            lines.append(fill("[⟦t⟧] ⟦n⟧: ⟦e⟧", t=stamp, n=E("PERSON", p.given), e=email(rng, p, loc)))
            continue
        src = cu if who == "c" else ag
        msg = join(" ", [fill(src[i], **kw) for i in idx])
        if who == "c":
            lines.append(fill("[⟦t⟧] ⟦n⟧: ⟦m⟧", t=stamp, n=E("PERSON", p.full if first else p.given), m=msg))
            first = False
        else:
            lines.append(fill("[⟦t⟧] ⟦a⟧: ⟦m⟧", t=stamp, a=agent, m=msg))
    return join("\n", lines), "chat", loc


CARD = {"en": "My card ⟦c⟧ was blocked at the ATM. The PIN I used is ⟦pin⟧, I'm sure it's right.",
        "de": "Meine Karte ⟦c⟧ wurde am Automaten gesperrt. Die PIN war ⟦pin⟧, da bin ich mir sicher.",
        "fr": "Ma carte ⟦c⟧ a été bloquée au distributeur. J'ai tapé le code ⟦pin⟧.",
        "es": "Mi tarjeta ⟦c⟧ se bloqueó en el cajero. El PIN que puse fue ⟦pin⟧.",
        "it": "La mia carta ⟦c⟧ è stata bloccata al bancomat. Il PIN era ⟦pin⟧.",
        "pt": "O meu cartão ⟦c⟧ ficou bloqueado no multibanco. O PIN que usei foi ⟦pin⟧."}


def g_card(rng):
    lang = rng.choice(list(CARD))
    loc = loc_for(rng, lang)
    segs = fill(CARD[lang], c=E("CREDIT_CARD", V.card(rng)), pin=PW(V.pin(rng, 4)))
    segs, shape = W.wrap_any(rng, segs, lang, kinds=("prompt", "chat", "openai"))
    return segs, shape, loc


GENS = [(g_chat, 72), (g_card, 6), (g_support, 12), (g_shell, 30), (g_conn, 22), (g_yaml, 24), (g_env, 18), (g_code, 22), (g_phone_reset, 12),
        (g_wifi, 16), (g_itmail, 20), (g_tool, 20), (g_agent, 8), (g_table, 10), (g_pin, 8), (g_mixed_decoy, 5)]
