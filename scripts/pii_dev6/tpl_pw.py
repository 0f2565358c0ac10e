"""PASSWORD-heavy templates."""
from core import E, D, Seq, seq, T, jdump, smap, sql_esc, sh_sq, j_esc, COMPACT, plain, join
from common import PER, PW, PH, DOB, ADDR, EM, IPA, lang_of, pw_lang, honor, tail, svc, end_punct
from data_lex import PW_SAY, WIFI_SAY, PW_WORD, PW_PLACEHOLDERS
from shapes import telemetry, transcript, openai_messages, tool_call_msg, anthropic_tool_use, assist, model_name
import locales

PW_LOCS = [k for k, v in locales.LOCALES.items() if v["lang"] in PW_SAY]

INTRO = {
    "en": ["I can't log into {s}.", "hey, need help with my {s} account", "login keeps failing on {s}", "Locked out of {s} again :(",
           "Can you check why {s} rejects my login?", "setting up {s} for my mum"],
    "de": ["Ich komme nicht in {s} rein.", "Login bei {s} klappt nicht."], "fr": ["Je n'arrive pas à me connecter à {s}."],
    "es": ["No puedo entrar a {s}.", "me sale error al entrar en {s}"], "pt": ["Não consigo entrar no {s}."],
    "it": ["Non riesco ad accedere a {s}."], "nl": ["Ik kan niet inloggen op {s}."], "pl": ["Nie mogę się zalogować do {s}."],
    "ru": ["Не могу войти в {s}."], "uk": ["Не можу увійти в {s}."], "tr": ["{s} hesabıma giremiyorum."],
    "ja": ["{s}にログインできません。"], "zh": ["我登录不了{s}。"], "zh_tw": ["我無法登入{s}。"], "ko": ["{s} 로그인이 안 돼요."],
    "vi": ["Mình không đăng nhập được {s}."], "id": ["Saya tidak bisa login ke {s}."], "tl": ["Hindi ako maka-login sa {s}."],
    "th": ["เข้า {s} ไม่ได้ค่ะ"], "he": ["אני לא מצליח להתחבר ל-{s}."], "ar": ["لا أستطيع تسجيل الدخول إلى {s}."],
    "el": ["Δεν μπορώ να συνδεθώ στο {s}."], "hi": ["मैं {s} में लॉगिन नहीं कर पा रहा हूँ।"], "fa": ["نمی‌توانم وارد {s} شوم."],
    "sv": ["Jag kan inte logga in på {s}."], "no": ["Jeg får ikke logget inn på {s}."], "da": ["Jeg kan ikke logge ind på {s}."],
    "fi": ["En pääse kirjautumaan {s}-palveluun."], "cs": ["Nemůžu se přihlásit do {s}."], "ro": ["Nu mă pot conecta la {s}."],
    "hu": ["Nem tudok belépni a {s} fiókomba."],
}
USER_SAY = {"en": "username is {u}", "de": "Benutzername: {u}", "fr": "identifiant : {u}", "es": "usuario: {u}",
            "pt": "usuário: {u}", "it": "utente: {u}", "ru": "логин: {u}", "ja": "ID：{u}", "zh": "账号：{u}",
            "ko": "아이디: {u}", "tr": "kullanıcı adı: {u}", "pl": "login: {u}", "nl": "gebruikersnaam: {u}",
            "vi": "tài khoản: {u}", "id": "username: {u}"}


def _userid(c, p=None):
    if c.chance(0.55):
        return EM(c.email(p))
    return c.pick(["admin", "root", "u" + c.digits(6), "svc_backup", "ops-deploy", "jenkins", "guest", "sa", "postgres",
                   "E" + c.digits(5), "app_rw"])


def t_chat_pw(c):
    loc = c.locale(PW_LOCS)
    lang = pw_lang(lang_of(loc))
    pw = c.password(lang=lang)
    s = svc(c, lang)
    intro = T(c.pick(INTRO.get(lang, INTRO["en"])), s=s)
    say = T(c.pick(PW_SAY[lang]), pw=PW(pw))
    parts = [intro, " ", say]
    if c.chance(0.5):
        parts += [end_punct(c, pw), T(USER_SAY.get(lang, USER_SAY["en"]), u=_userid(c))]
    else:
        parts += [c.pick(["\n", "\n\n"]) if not pw[-1].isalnum() else c.pick(["\n", ". ", "\n\n"]),
                  c.pick(["what am I doing wrong?", "it says invalid credentials", "help pls", "??", "it worked yesterday"])]
    parts.append(tail(c, lang))
    body, shape = telemetry(c, seq(*parts), lang)
    return body, "chat_pw/" + shape, loc


def _host(c):
    if c.chance(0.35):
        return IPA(c.ip(v6=False))
    return c.pick(["db.internal", "localhost", "pg-prod-01.eu-west-1.rds.amazonaws.com", "mysql.staging.svc.cluster.local",
                   "10-db", "postgres", "db", "orders-db.c9akciq32.us-east-1.rds.amazonaws.com", "mariadb.lan"])


def dsn(c):
    """A connection string with the password labelled; returns segments."""
    pw = PW(c.url_password())
    u = c.pick(["app", "admin", "postgres", "root", "orders_rw", "svc_api", "readonly", "etl", "django"])
    k = c.r.randrange(12)
    if k == 0:
        return T("postgres://{u}:{pw}@{h}:5432/{db}", u=u, pw=pw, h=_host(c), db=c.pick(["orders", "app", "crm", "prod"]))
    if k == 1:
        return T("postgresql+psycopg2://{u}:{pw}@{h}/{db}?sslmode=require", u=u, pw=pw, h=_host(c), db=c.pick(["analytics", "app"]))
    if k == 2:
        return T("mysql://{u}:{pw}@{h}:3306/{db}", u=u, pw=pw, h=_host(c), db=c.pick(["shop", "wordpress", "billing"]))
    if k == 3:
        return T("mongodb+srv://{u}:{pw}@cluster0.{x}.mongodb.net/?retryWrites=true&w=majority", u=u, pw=pw, x=c.hexn(5))
    if k == 4:
        return T("redis://:{pw}@{h}:6379/0", pw=pw, h=_host(c))
    if k == 5:
        return T("rediss://default:{pw}@{x}.upstash.io:6379", pw=pw, x=c.pick(["eu1-brave-koala", "usw1-calm-otter", "apn1-quick-heron"]) + "-" + c.digits(5))
    if k == 6:
        return T("amqp://{u}:{pw}@{h}:5672/%2F", u=u, pw=pw, h=_host(c))
    if k == 7:
        return T("Server=tcp:{x}.database.windows.net,1433;Initial Catalog={db};User ID={u};Password={pw};Encrypt=True;",
                 x=c.pick(["sql-prod-weu", "crm-sql", "contoso-db"]), db=c.pick(["crm", "ledger"]), u=u, pw=pw)
    if k == 8:
        return T("jdbc:mysql://{h}:3306/{db}?user={u}&password={pw}&useSSL=false", h=_host(c), db=c.pick(["app", "inventory"]), u=u, pw=pw)
    if k == 9:
        return T("{u}:{pw}@tcp({h}:3306)/{db}?parseTime=true", u=u, pw=pw, h=_host(c), db=c.pick(["payments", "app"]))
    if k == 10:
        return T("ftp://{u}:{pw}@{h}/uploads/", u=c.pick(["deploy", "upload", "scanner"]), pw=pw, h=_host(c))
    return T("mongodb://{u}:{pw}@{h}:27017/{db}?authSource=admin", u=u, pw=pw, h=_host(c), db=c.pick(["events", "catalog"]))


def t_dsn(c):
    loc = c.locale()
    lang = lang_of(loc)
    d = dsn(c)
    k = c.r.randrange(8)
    if k == 0:
        body = T(c.pick(["why does this not connect?\n\n{d}\n\nI get a timeout", "is this the right format? `{d}`",
                         "connection string is {d} — getting auth failed", "Getting SSL error with\n```\n{d}\n```"]), d=d)
        body, shape = telemetry(c, seq(body, tail(c)), lang)
        return body, "dsn_chat/" + shape, loc
    if k == 1:
        ts = c.timestamp()
        body = seq(D("DATE", ts) if c.chance(0.5) else ts, c.pick([" ERROR ", " [error] ", " level=error "]),
                   c.pick(["could not connect to ", "sqlalchemy: failed to open ", "retrying connection to "]), d,
                   c.pick([": timeout after 30s", " (attempt 3/5)", ": connection refused", ""]))
        return body, "dsn_log", loc
    if k == 2:
        body = seq("DATABASE_URL=", d, "\n", c.pick(["DEBUG=false\n", "NODE_ENV=production\n", "LOG_LEVEL=info\n"]),
                   "PORT=", str(c.pick([3000, 8000, 8080])))
        return body, "dsn_env", loc
    if k == 3:
        body = seq("from sqlalchemy import create_engine\n\nengine = create_engine(\"", d, "\")\n",
                   "with engine.connect() as conn:\n    print(conn.execute(text(\"select 1\")).scalar())")
        return body, "dsn_code", loc
    if k == 4:
        body = seq("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  DB_URL: \"", smap(j_esc, d), "\"\n  CACHE_TTL: \"300\"")
        return body, "dsn_k8s", loc
    if k == 5:
        obj = {"ConnectionStrings": {"Default": Seq(d)}, "Logging": {"LogLevel": {"Default": "Information"}}}
        return jdump(obj, indent=2), "dsn_appsettings", loc
    if k == 6:
        args = {"dsn": Seq(d), "query": "SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'"}
        msg = tool_call_msg(c, c.pick(["run_sql", "db_query", "execute_query"]), args)
        body = openai_messages(c, [("user", c.pick(["how many orders yesterday?", "count the orders from the last day"])), ("assistant", msg)])
        return body, "dsn_toolcall", loc
    body = seq("Traceback (most recent call last):\n  File \"/app/worker.py\", line ", str(c.r.randint(20, 300)),
               ", in <module>\n    conn = psycopg2.connect(dsn)\n",
               "psycopg2.OperationalError: connection to server failed\n\nLocals:\n  dsn = '", smap(lambda s: s.replace("'", "\\'"), d), "'\n  retries = 3")
    return body, "dsn_trace", loc


ENV_KEYS = ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD", "SMTP_PASS", "MAIL_PASSWORD",
            "ADMIN_PASSWORD", "RABBITMQ_DEFAULT_PASS", "LDAP_BIND_PASSWORD", "KEYSTORE_PASSWORD", "FTP_PASS", "WP_DB_PASSWORD",
            "ELASTIC_PASSWORD", "GRAFANA_ADMIN_PASSWORD", "MINIO_ROOT_PASSWORD"]
ENV_PLAIN = ["APP_ENV=production", "LOG_LEVEL=debug", "PORT=8080", "DB_HOST=db", "DB_USER=app", "DB_NAME=orders",
             "SMTP_HOST=smtp.office365.com", "SMTP_PORT=587", "REDIS_HOST=redis", "FEATURE_NEW_CHECKOUT=true",
             "TZ=Europe/Berlin", "CACHE_TTL=600", "S3_BUCKET=invoices-prod", "SENTRY_ENVIRONMENT=staging"]


def env_block(c, n_real=None):
    n_real = n_real or c.pick([1, 1, 2, 2, 3])
    keys = c.r.sample(ENV_KEYS, n_real + (1 if c.chance(0.4) else 0))
    lines = []
    for i, k in enumerate(keys):
        q = c.pick(['', '', '"', "'"])
        if i < n_real:
            pw = c.password()
            if q == '"' and '"' in pw or q == "'" and "'" in pw or q == "" and (" " in pw or "#" in pw):
                q = '"' if '"' not in pw else "'"
            lines.append(seq(k, "=", q, PW(pw), q))
        else:
            lines.append(seq(k, "=", c.pick(["${VAULT_" + k + "}", "<set-me>", "", "change_me_in_prod  # placeholder"])))
    for l in c.r.sample(ENV_PLAIN, c.r.randint(2, 5)):
        lines.append(seq(l))
    if c.chance(0.3):
        lines.append(seq("ADMIN_EMAIL=", EM(c.email())))
    if c.chance(0.2):
        lines.append(seq("ALLOWED_IPS=", IPA(c.ip(v6=False)), ",", IPA(c.ip(v6=False))))
    c.r.shuffle(lines)
    if c.chance(0.3):
        lines.insert(0, seq(c.pick(["# production — do not commit", "# .env", "# copied from 1Password, rotate monthly"])))
    return join("\n", lines)


def t_env(c):
    loc = c.locale()
    env = env_block(c)
    k = c.r.randrange(5)
    if k == 0:
        return env, "env_file", loc
    if k == 1:
        user = seq(c.pick(["my docker compose can't reach the db, here's my .env:\n\n", "here's the env file from the server\n```\n",
                           "Why is SMTP failing? .env below\n"]), env, c.pick(["", "\n```"]))
        body, shape = telemetry(c, user, lang_of(loc))
        return body, "env_chat/" + shape, loc
    if k == 2:
        res = {"role": "tool", "tool_call_id": "call_" + c.hexn(20), "content": Seq(env)}
        call = tool_call_msg(c, "read_file", {"path": c.pick([".env", "/srv/app/.env", "deploy/.env.production"])})
        body = openai_messages(c, [("user", "check the env config for typos"), ("assistant", call), ("tool", res)])
        return body, "env_toolresult", loc
    if k == 3:
        body = seq("$ cat .env.production\n", env, "\n$ docker compose up -d\n[+] Running 3/3")
        return body, "env_shell", loc
    obj = {"event": "config.loaded", "source": ".env", "raw": Seq(env), "ts": c.timestamp()}
    return jdump(obj, sep=COMPACT), "env_jsonlog", loc


def shell_line(c):
    pw = c.password(c.pick(["random", "human", "leet", "words"]))
    ipx = c.ip(v6=False)
    k = c.r.randrange(17)
    safe = pw.replace("'", "")
    if not safe:
        safe = c.password("random", url_safe=True)
    if k == 0:
        return T("mysql -u root -p{pw} shop", pw=PW(safe if "'" not in safe and " " not in safe and "!" not in safe else c.password("random", url_safe=True)))
    if k == 1:
        return T("docker run -d --name pg -e POSTGRES_PASSWORD={pw} -p 5432:5432 postgres:16", pw=PW(c.url_password()))
    if k == 2:
        return T("curl -u {u}:{pw} https://jenkins.internal/api/json", u=c.pick(["admin", "ci-bot", "deploy"]), pw=PW(c.url_password()))
    if k == 3:
        return T("sshpass -p '{pw}' ssh deploy@{ip}", pw=PW(safe), ip=IPA(ipx))
    if k == 4:
        return T("export PGPASSWORD='{pw}'", pw=PW(safe))
    if k == 5:
        return T("htpasswd -b -c /etc/nginx/.htpasswd admin {pw}", pw=PW(c.url_password()))
    if k == 6:
        return T("echo '{pw}' | sudo -S systemctl restart nginx", pw=PW(safe))
    if k == 7:
        return T("redis-cli -h {ip} -a {pw} INFO", ip=IPA(ipx), pw=PW(c.url_password()))
    if k == 8:
        return T("az login -u {e} -p '{pw}'", e=EM(c.email()), pw=PW(safe))
    if k == 9:
        return T("smbclient //nas01/share -U admin%{pw}", pw=PW(c.url_password()))
    if k == 10:
        return T("wget --user=ci --password={pw} https://nexus.corp.local/repository/raw/build.tar.gz", pw=PW(c.url_password()))
    if k == 11:
        return T("mysqldump -uroot -p'{pw}' --all-databases > /backup/all.sql", pw=PW(safe))
    if k == 12:
        return T("openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}", pw=PW(c.url_password()))
    if k == 13:
        return T("7z a -p{pw} backup.7z ~/Documents", pw=PW(c.url_password()))
    if k == 14:
        return T("psql \"{d}\"", d=dsn(c))
    if k == 15:
        return T("net use Z: \\\\fs01\\finance /user:CORP\\svc_backup {pw}", pw=PW(c.url_password()))
    return T("ldapsearch -x -H ldap://{ip} -D \"cn=admin,dc=corp,dc=local\" -w {pw} -b \"dc=corp,dc=local\"", ip=IPA(ipx), pw=PW(c.url_password()))


BENIGN_SH = ["ls -la", "cd /srv/app", "git status", "kubectl get pods -n prod", "docker ps", "vim .env", "sudo apt update",
             "tail -f /var/log/syslog", "df -h", "htop", "git pull origin main", "make build", "systemctl status nginx",
             "cat /etc/os-release", "ssh-keygen -t ed25519", "history | grep ssh", "terraform plan", "npm ci"]


def t_shell(c):
    loc = c.locale()
    lines = [seq(x) for x in c.r.sample(BENIGN_SH, c.r.randint(2, 6))]
    for _ in range(c.pick([1, 1, 2, 3])):
        lines.insert(c.r.randint(0, len(lines)), shell_line(c))
    style = c.r.randrange(3)
    n0 = c.r.randint(100, 1900)
    if style == 0:
        out = join("\n", [seq(f"{n0 + i:5d}  ", l) for i, l in enumerate(lines)])
        return out, "shell_history", loc
    if style == 1:
        out = join("\n", [seq(c.pick(["$ ", "deploy@web-01:~$ ", "# "]), l) for l in lines])
        user = seq(c.pick(["what did I break? here's my terminal:\n\n", "this is what I ran on the box:\n```\n"]), out, "\n```")
        body, shape = telemetry(c, user, "en")
        return body, "shell_chat/" + shape, loc
    args = {"command": Seq(shell_line(c)), "timeout": 60}
    if c.chance(0.5):
        msg = tool_call_msg(c, c.pick(["bash", "run_shell", "terminal.exec"]), args)
        body = openai_messages(c, [("user", "can you restart the service on staging?"), ("assistant", msg)])
    else:
        msg = anthropic_tool_use(c, "bash", args)
        body = jdump({"model": model_name(c), "messages": [{"role": "user", "content": "run the backup for me"}, msg]}, indent=2 if c.chance(0.5) else None)
    return body, "shell_toolcall", loc


def _yq(c, pw):
    q = c.pick(["", '"', "'"])
    if q == "" and (pw[0] in "!@#*&%{[>|-?" or ": " in pw or " #" in pw or pw.strip() != pw):
        q = '"'
    if q == '"':
        return seq('"', PW(pw.replace("\\", "\\\\").replace('"', '\\"')), '"')
    if q == "'":
        return seq("'", PW(pw.replace("'", "''")), "'")
    return seq(PW(pw))


def t_yaml(c):
    loc = c.locale()
    pw = c.password()
    k = c.r.randrange(6)
    if k == 0:
        y = T("spring:\n  datasource:\n    url: jdbc:postgresql://{h}:5432/billing\n    username: billing_app\n    password: {pw}\n  jpa:\n    hibernate:\n      ddl-auto: validate",
              h=_host(c), pw=_yq(c, pw))
        return y, "yaml_spring", loc
    if k == 1:
        y = T("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pw}\n      POSTGRES_DB: app\n  cache:\n    image: redis:7\n    command: redis-server --requirepass {pw2}",
              pw=_yq(c, pw), pw2=PW(c.url_password()))
        return y, "yaml_compose", loc
    if k == 2:
        y = T("# group_vars/prod.yml\nmysql_root_password: {pw}\nmysql_app_user: shop\nmysql_app_password: {pw2}\nbackup_password: \"{{ vault_backup_password }}\"",
              pw=_yq(c, pw), pw2=_yq(c, c.password()))
        return y, "yaml_ansible", loc
    if k == 3:
        y = T("apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-creds\ntype: Opaque\nstringData:\n  username: {e}\n  password: {pw}",
              e=EM(c.email()), pw=_yq(c, pw))
        return y, "yaml_k8s_secret", loc
    if k == 4:
        y = T("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      REGISTRY_USER: ${{ secrets.REGISTRY_USER }}\n      REGISTRY_PASS: {pw}   # TODO move to secrets\n    steps:\n      - uses: actions/checkout@v4",
              pw=_yq(c, pw))
        return y, "yaml_gha", loc
    y = T("mail:\n  host: smtp.gmail.com\n  port: 465\n  user: {e}\n  pass: {pw}\nwifi:\n  ssid: \"{net}\"\n  psk: {pw2}",
          e=EM(c.email()), pw=_yq(c, pw), net=c.wifi_net(), pw2=_yq(c, c.password("wifi")))
    if c.chance(0.5):
        user = seq("is this config valid yaml?\n\n", y)
        body, shape = telemetry(c, user, "en")
        return body, "yaml_chat/" + shape, loc
    return y, "yaml_config", loc


def t_json_cfg(c):
    loc = c.locale()
    key = c.pick(["password", "pwd", "pass", "passwd", "db_password", "adminPassword", "smtpPassword", "secret_password"])
    pw = c.password()
    obj = {"host": c.pick(["db.internal", "smtp.mailgun.org", "10.0.12.4" if False else "ldap.corp.local"]),
           "port": c.pick([5432, 587, 636, 3306]), "user": c.pick(["svc_mail", "app", "cn=reader,dc=corp,dc=local"]),
           key: PW(pw), "tls": True}
    if c.chance(0.3):
        obj["backup_pass"] = c.pick(["${BACKUP_PASS}", "<set in vault>", "********"])
    if c.chance(0.3):
        obj["owner"] = EM(c.email())
    k = c.r.randrange(3)
    if k == 0:
        return jdump(obj, indent=c.pick([2, 4])), "json_config", loc
    if k == 1:
        user = seq("my config.json:\n", jdump(obj, indent=2), "\n", c.pick(["why does auth fail", "is this right?", "getting 535 auth error"]))
        body, shape = telemetry(c, user, "en")
        return body, "json_config_chat/" + shape, loc
    log = {"level": "debug", "msg": "loaded settings", "settings": obj, "ts": c.timestamp()}
    return jdump(log, sep=COMPACT), "json_config_log", loc


def t_wifi(c):
    loc = c.locale([k for k in locales.LOCALES if locales.LOCALES[k]["lang"] in WIFI_SAY])
    lang = lang_of(loc)
    net = c.wifi_net()
    pw = c.password("wifi", lang=lang)
    line = T(c.pick(WIFI_SAY[lang]), net=net, pw=PW(pw))
    k = c.r.randrange(4)
    host = c.person(loc)
    if k == 0:
        pin = c.password("pin")
        door = {"de": "Türcode", "fr": "Code de la porte", "es": "Código de la puerta", "pt": "Código do portão",
                "ja": "玄関の暗証番号", "zh": "门禁密码", "ko": "현관 비밀번호", "it": "Codice portone", "nl": "Deurcode",
                "pl": "Kod do drzwi", "ru": "Код домофона", "tr": "Kapı şifresi"}.get(lang, "Door code")
        body = seq(c.pick(["Welcome! 🏡\n", "House notes\n", "Check-in info\n"]), line, "\n", door, ": ", PW(pin),
                   "\n", c.pick(["Host: ", "Contact: ", "Any problem call "]), PER(host.full), " ", PH(c.phone(loc)),
                   tail(c, lang))
        return body, "wifi_housenote", loc
    if k == 1:
        user = seq(c.pick(["the guest asked for the wifi, can you format this nicely: ", "translate this for the guests: "]), line)
        body, shape = telemetry(c, user, lang)
        return body, "wifi_chat/" + shape, loc
    if k == 2:
        body = seq("[", c.pick(["09:14", "21:02", "17:45"]), "] ", PER(host.polite), ": ", line, "\n[",
                   c.pick(["09:15", "21:03", "17:46"]), "] ", PER(c.person(loc).polite), ": ", c.pick(["👍", "thanks!", "ok", "got it"]))
        return body, "wifi_whatsapp", loc
    body = seq("network={\n    ssid=\"", net, "\"\n    psk=\"", PW(c.password("random", url_safe=True)), "\"\n    key_mgmt=WPA-PSK\n}")
    return body, "wifi_wpa_supplicant", loc


TOOLS = [("login", "username", "password"), ("create_user", "email", "initial_password"),
         ("reset_password", "user", "new_password"), ("connect_vpn", "user", "password"),
         ("set_db_credentials", "user", "pass"), ("save_credentials", "login", "pwd"),
         ("imap_connect", "account", "app_password"), ("ssh_connect", "user", "password")]


def t_toolcall_pw(c):
    loc = c.locale()
    lang = pw_lang(lang_of(loc))
    name, ukey, pkey = c.pick(TOOLS)
    p = c.person(loc)
    pw = c.password(lang=lang)
    u = EM(c.email(p)) if ukey in ("email", "account") or c.chance(0.4) else c.pick(["admin", "ops", "e" + c.digits(5)])
    args = {ukey: u, pkey: PW(pw)}
    if c.chance(0.4):
        args["host"] = IPA(c.ip()) if c.chance(0.5) else c.pick(["vpn.corp.example", "imap.gmail.com", "10-db.internal"])
    ask = T(c.pick(PW_SAY[lang]), pw=PW(pw))
    user = seq(c.pick(["please set it up, ", "do it for me — ", "", "go ahead. "]), ask)
    k = c.r.randrange(4)
    if k == 0:
        body = openai_messages(c, [("user", user), ("assistant", tool_call_msg(c, name, args))])
        return body, "toolcall_pw/openai", loc
    if k == 1:
        inner = openai_messages(c, [("user", user), ("assistant", tool_call_msg(c, name, args))], pretty=False)
        obj = {"timestamp": c.timestamp(), "level": "INFO", "event": "llm.request", "request_body": Seq(inner)}
        return jdump(obj, sep=COMPACT), "toolcall_pw/log_double_escaped", loc
    if k == 2:
        body = jdump({"model": model_name(c), "max_tokens": 1024, "messages": [{"role": "user", "content": Seq(user)}, anthropic_tool_use(c, name, args)]},
                     indent=2 if c.chance(0.5) else None)
        return body, "toolcall_pw/anthropic", loc
    argstr = jdump(args, sep=COMPACT)
    body = seq(c.timestamp(), " agent=", c.pick(["it-helper", "ops-agent", "onboarding-bot"]), " tool=", name, " args=\"",
               smap(lambda s: s.replace("\\", "\\\\").replace('"', '\\"'), argstr), "\" status=", c.pick(["ok", "error"]))
    return body, "toolcall_pw/logfmt", loc


def t_trace_pw(c):
    loc = c.locale()
    pw = c.password(c.pick(["random", "human", "leet", "words"]))
    k = c.r.randrange(5)
    if k == 0:
        body = seq("Traceback (most recent call last):\n  File \"/usr/lib/python3.11/smtplib.py\", line 750, in login\n",
                   "    raise last_exception\n  File \"/app/notify.py\", line 41, in send\n    server.login(user, password)\n",
                   "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')\n\n",
                   "Local variables in send():\n    user = '", EM(c.email()), "'\n    password = '", PW(pw.replace("'", "\\'")), "'\n",
                   "    host = 'smtp.gmail.com'")
        return body, "trace_python_locals", loc
    if k == 1:
        body = seq("com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: Access denied for user 'root'@'",
                   IPA(c.ip(v6=False)), "' (using password: YES)\n\tat com.zaxxer.hikari.pool.HikariPool.throwPoolInitializationException(HikariPool.java:596)\n",
                   "Caused by: java.sql.SQLException: url=", dsn(c) if c.chance(0.5) else T("jdbc:mysql://db:3306/app?user=root&password={pw}", pw=PW(c.url_password())),
                   "\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)")
        return body, "trace_java", loc
    if k == 2:
        body = seq("MongoServerError: bad auth : Authentication failed.\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:231:30)\n",
                   "  ok: 0,\n  code: 8000,\n  codeName: 'AtlasError',\n  [Symbol(errorLabels)]: Set(2) { 'HandshakeError', 'ResetPool' }\n}\nuri used: ", dsn(c))
        return body, "trace_node", loc
    if k == 3:
        body = seq("panic: dial failed\n\ngoroutine 1 [running]:\nmain.mustDB({0xc000012345, 0x3c})\n\t/src/cmd/api/main.go:58 +0x1a5\n",
                   "dsn=", T("{u}:{pw}@tcp({h}:3306)/payments", u=c.pick(["pay", "api"]), pw=PW(c.url_password()), h=_host(c)), "\nexit status 2")
        return body, "trace_go", loc
    obj = {"level": "error", "msg": "login failed", "error": "invalid_grant",
           "request": {"method": "POST", "path": "/oauth/token", "body": Seq(T("grant_type=password&username={u}&password={pw}", u=EM(c.email()), pw=PW(c.url_password())))},
           "ts": c.timestamp()}
    return jdump(obj, sep=COMPACT if c.chance(0.5) else (", ", ": ")), "trace_request_body", loc


def t_passphrase(c):
    loc = c.locale()
    lang = lang_of(loc)
    ph = c.password("phrase")
    what = c.pick(["my 1Password master password", "the KeePass database password", "the LUKS passphrase for the laptop",
                   "the BitLocker PIN... no wait, the Windows password", "the shared Bitwarden vault password",
                   "the passphrase for my ssh key", "the PGP key passphrase", "the VeraCrypt volume password"])
    q = c.pick(["`", '"', "'", "", "“"])
    qe = "”" if q == "“" else q
    user = seq(c.pick(["", "I forgot if I told you, ", "writing it here so I don't forget: "]), what, " is ", q, PW(ph), qe,
               c.pick(["", " — keep it safe", ". Can you remind me later?", "\nis that strong enough?"]))
    body, shape = telemetry(c, user, lang)
    return body, "passphrase/" + shape, loc


MAIL_PW = {
    "en": ("Hi {n},\n\nYour account for {s} is ready.\nUsername: {u}\nTemporary password: {pw}\n\nPlease change it on first login.\n\nBest,\n{m}\n{ph}",),
    "de": ("Hallo {n},\n\ndein Zugang für {s} ist eingerichtet.\nBenutzer: {u}\nInitialpasswort: {pw}\n\nBitte beim ersten Login ändern.\n\nViele Grüße\n{m}\nTel. {ph}",),
    "fr": ("Bonjour {n},\n\nVotre compte {s} est prêt.\nIdentifiant : {u}\nMot de passe provisoire : {pw}\n\nCordialement,\n{m}\nTél. : {ph}",),
    "es": ("Hola {n}:\n\nYa tienes acceso a {s}.\nUsuario: {u}\nContraseña temporal: {pw}\n\nSaludos,\n{m}\nTel.: {ph}",),
    "pt": ("Olá {n},\n\nSeu acesso ao {s} foi criado.\nUsuário: {u}\nSenha provisória: {pw}\n\nAbraços,\n{m}\nCel.: {ph}",),
    "it": ("Ciao {n},\n\nl'account {s} è pronto.\nUtente: {u}\nPassword temporanea: {pw}\n\nSaluti,\n{m}\nTel. {ph}",),
    "nl": ("Hoi {n},\n\nJe account voor {s} staat klaar.\nGebruikersnaam: {u}\nTijdelijk wachtwoord: {pw}\n\nGroet,\n{m}\n{ph}",),
    "pl": ("Cześć {n},\n\nTwoje konto w {s} jest gotowe.\nLogin: {u}\nHasło tymczasowe: {pw}\n\nPozdrawiam,\n{m}\ntel. {ph}",),
    "ru": ("Здравствуйте, {n}!\n\nВаша учётная запись в {s} создана.\nЛогин: {u}\nВременный пароль: {pw}\n\nС уважением,\n{m}\nтел. {ph}",),
    "tr": ("Merhaba {n},\n\n{s} hesabınız açıldı.\nKullanıcı adı: {u}\nGeçici şifre: {pw}\n\nSaygılarımla,\n{m}\nTel: {ph}",),
    "ja": ("{n}様\n\n{s}のアカウントを作成しました。\nユーザーID：{u}\n仮パスワード：{pw}\n\n初回ログイン時に変更してください。\n\n{m}\nTEL：{ph}",),
    "zh": ("{n}，您好：\n\n您的{s}账号已开通。\n账号：{u}\n初始密码：{pw}\n\n请首次登录后修改。\n\n{m}\n电话：{ph}",),
    "ko": ("{n}님 안녕하세요.\n\n{s} 계정이 생성되었습니다.\n아이디: {u}\n임시 비밀번호: {pw}\n\n{m} 드림\n연락처: {ph}",),
    "vi": ("Chào {n},\n\nTài khoản {s} của bạn đã được tạo.\nTên đăng nhập: {u}\nMật khẩu tạm thời: {pw}\n\nTrân trọng,\n{m}\nĐT: {ph}",),
    "id": ("Halo {n},\n\nAkun {s} kamu sudah aktif.\nUsername: {u}\nKata sandi sementara: {pw}\n\nSalam,\n{m}\nHP: {ph}",),
    "sv": ("Hej {n},\n\nDitt konto för {s} är klart.\nAnvändarnamn: {u}\nTillfälligt lösenord: {pw}\n\nHälsningar,\n{m}\n{ph}",),
}


def t_mail_pw(c):
    loc = c.locale([k for k in locales.LOCALES if locales.LOCALES[k]["lang"] in MAIL_PW])
    lang = lang_of(loc)
    to, me = c.person(loc), c.person(loc)
    pw = c.password(c.pick(["random", "human", "leet", "words"]), lang=lang)
    s = c.pick(["SAP", "the intranet", "Jira", "GitLab", "Workday", "the CRM", "Salesforce", "VPN"])
    body = T(MAIL_PW[lang][0], n=PER(to.polite if lang not in ("ja", "zh", "ko") else to.full), s=s, u=EM(c.email(to, "corp-mail.com")),
             pw=PW(pw), m=PER(me.full), ph=PH(c.phone(loc, ext=c.chance(0.3), lang=lang)))
    if c.chance(0.4):
        body, shape = telemetry(c, seq("Summarise this email:\n\n", body), lang)
        return body, "mail_pw/" + shape, loc
    return body, "mail_pw", loc


def t_credfile(c):
    loc = c.locale()
    k = c.r.randrange(6)
    if k == 0:
        body = T("machine api.heroku.com\n  login {e}\n  password {pw}\nmachine git.heroku.com\n  login {e2}\n  password {pw2}",
                 e=EM(c.email()), pw=PW(c.url_password()), e2=EM(c.email()), pw2=PW(c.url_password()))
        return body, "netrc", loc
    if k == 1:
        lines = [T("{h}:5432:{db}:{u}:{pw}", h=_host(c), db=c.pick(["orders", "*"]), u=c.pick(["app", "postgres"]), pw=PW(c.url_password()))
                 for _ in range(c.pick([1, 2, 3]))]
        return seq("# ~/.pgpass\n", join("\n", lines)), "pgpass", loc
    if k == 2:
        body = T("[client]\nuser=root\npassword=\"{pw}\"\nhost={h}\n\n[mysqldump]\nquick", pw=PW(c.password().replace('"', '')), h=_host(c))
        return body, "my_cnf", loc
    if k == 3:
        body = T("<?php\ndefine( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_user' );\ndefine( 'DB_PASSWORD', '{pw}' );\ndefine( 'DB_HOST', 'localhost' );",
                 pw=PW(c.password().replace("'", "").replace("\\", "") or "x9Q2kd8z"))
        return body, "wp_config", loc
    if k == 4:
        body = T("https://{u}:{pw}@gitlab.example.org\nhttps://{u2}:{pw2}@bitbucket.org", u=c.pick(["jdoe-ci", "build"]), pw=PW(c.url_password()),
                 u2=c.pick(["deploy", "release-bot"]), pw2=PW(c.url_password()))
        return seq("$ cat ~/.git-credentials\n", body), "git_credentials", loc
    body = T("spring.datasource.url=jdbc:postgresql://{h}:5432/hr\nspring.datasource.username=hr_app\nspring.datasource.password={pw}\nspring.mail.password={pw2}\nserver.port=8081",
             h=_host(c), pw=PW(c.password().replace("\\", "")), pw2=PW(c.password("random", url_safe=True)))
    return body, "properties", loc


def t_log_pw(c):
    loc = c.locale()
    pw = c.password(c.pick(["random", "human", "leet", "words"]))
    ts = c.timestamp()
    k = c.r.randrange(4)
    if k == 0:
        body = seq(ts, " WARN auth: login failed user=", EM(c.email()), " password=", PW(pw.replace(" ", "_")), " ip=", IPA(c.ip()),
                   " reason=bad_credentials")
        return body, "log_kv", loc
    if k == 1:
        obj = {"time": ts, "level": "debug", "msg": "POST /api/v1/session", "body": {"email": EM(c.email()), "pwd": PW(pw)},
               "remote_addr": IPA(c.ip()), "status": 401}
        return jdump(obj, sep=COMPACT), "log_json", loc
    if k == 2:
        body = seq(IPA(c.ip(v6=False)), " - - [", c.pick(["12/Mar/2025:10:22:31 +0000", "03/Nov/2024:22:01:09 +0100"]),
                   "] \"GET /login?user=admin&pass=", PW(c.url_password()), " HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\"")
        return body, "log_access", loc
    body = seq(ts, " [DEBUG] ldap.bind dn=\"cn=svc_reader,ou=svc,dc=corp,dc=local\" credentials=\"", PW(pw.replace('"', "")), "\" result=49 (invalidCredentials)")
    return body, "log_ldap", loc


def t_sql_pw(c):
    loc = c.locale()
    rows = []
    for _ in range(c.pick([1, 2, 3])):
        p = c.person(loc)
        pw = c.password(lang=pw_lang(lang_of(loc)))
        rows.append(seq("('", smap(sql_esc, seq(PER(p.full))), "', '", EM(c.email(p)), "', '", smap(sql_esc, seq(PW(pw))), "', ",
                        c.pick(["'admin'", "'user'", "'editor'"]), ")"))
    body = seq("INSERT INTO users (full_name, email, password, role) VALUES\n  ", join(",\n  ", rows), ";")
    if c.chance(0.4):
        body = seq("-- seed.sql (legacy, plaintext passwords!)\n", body)
    return body, "sql_insert_pw", loc


PIN_SAY = {
    "en": ["the gate code is {pin}#", "alarm code: {pin}", "PIN for the debit card is {pin}", "lockbox code {pin}, key is inside",
           "garage keypad {pin}", "my phone unlock PIN is {pin}"],
    "de": ["Alarmcode: {pin}", "die PIN der EC-Karte ist {pin}", "Schlüsselsafe: {pin}"],
    "fr": ["code portail : {pin}", "code de l'alarme : {pin}", "le code de la carte bleue c'est {pin}"],
    "es": ["el código del portal es {pin}", "PIN de la tarjeta: {pin}"], "pt": ["senha do cartão: {pin}", "código do portão {pin}"],
    "ja": ["暗証番号は{pin}です", "オートロック {pin}"], "zh": ["银行卡密码是{pin}", "门禁密码 {pin}"], "ko": ["현관 비번 {pin}", "카드 비밀번호 {pin}"],
    "tr": ["kart şifresi {pin}", "kapı şifresi {pin}"], "ru": ["пин-код карты {pin}", "код домофона {pin}"],
    "id": ["PIN ATM {pin}"], "vi": ["mã PIN thẻ {pin}"], "it": ["codice allarme {pin}"], "pl": ["PIN do karty: {pin}"],
    "nl": ["pincode {pin}"],
}


def t_pin(c):
    loc = c.locale([k for k in locales.LOCALES if locales.LOCALES[k]["lang"] in PIN_SAY])
    lang = lang_of(loc)
    pin = c.password("pin")
    p = c.person(loc)
    line = T(c.pick(PIN_SAY[lang]), pin=PW(pin))
    k = c.r.randrange(3)
    if k == 0:
        user = seq(c.pick(["note for ", "reminder for ", "for "]), PER(p.polite), ": ", line, tail(c, lang))
        body, shape = telemetry(c, user, lang)
        return body, "pin_chat/" + shape, loc
    if k == 1:
        body = seq(PER(p.full), c.pick([" → ", ": ", " - "]), line, "\n", c.pick(["sent 08:12", "✓✓", "(read)"]))
        return body, "pin_sms", loc
    body = transcript(c, [("user", seq(c.pick(["can you remember this for me? ", "save to notes: "]), line)),
                          ("assistant", "I'd recommend storing codes like that in a password manager rather than in chat.")])
    return body, "pin_transcript", loc


TEMPLATES = [
    (t_chat_pw, 14), (t_dsn, 10), (t_env, 8), (t_shell, 8), (t_yaml, 6), (t_json_cfg, 4), (t_wifi, 6),
    (t_toolcall_pw, 8), (t_trace_pw, 5), (t_passphrase, 4), (t_mail_pw, 6), (t_credfile, 4), (t_log_pw, 4),
    (t_sql_pw, 2), (t_pin, 3),
]
