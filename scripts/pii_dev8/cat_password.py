"""PASSWORD-bearing texts: support chats in 21 languages, config files,
command lines, connection strings, tool calls, Wi-Fi notes and PINs."""
from core import D, E, Txt, csv_row, fill, flat, jdump, jesc
import shapes as SH


def P(v):
    return E("PASSWORD", v)


USERS = ["admin", "svc_reports", "deploy", "ops", "root", "backup_user", "frontdesk", "kiosk3", "warehouse01",
         "it-support", "app_user", "ci-bot", "reporting", "etl_loader", "grafana", "postgres", "sa", "webmaster",
         "pos-terminal-2", "scanner_svc", "billing_api", "readonly"]
SSIDS = ["HomeNet-5G", "CafeGuest", "FRITZ!Box 7590 XQ", "Vodafone-A7C2", "Livebox-3F1A", "TP-Link_8E22", "Office-Guest",
         "Casa_Mar", "NETGEAR47", "Ziggo5521", "BT-Hub6-99KQ", "Cottage_WiFi", "Studio-Upstairs", "MEO-4B2C90", "Jio_Home"]
HOSTS = ["db.internal", "db-prod-1.internal", "orders-db.cluster-c9xk2.eu-west-1.rds.amazonaws.com", "pg.staging.local",
         "sql-prod.database.windows.net", "mysql-primary.svc.cluster.local", "cache.internal", "localhost",
         "warehouse.snowflake.local", "reporting-db.corp.lan"]
DBS = ["orders", "shop", "crm", "billing", "analytics", "app_dev", "inventory", "payroll"]
DOMAINS = ["kestrelfoods.com", "tidewaterlabs.io", "bluefinch.co", "larkspur.dev", "quillmetrics.com", "brightharbor.net"]

LANGS = {
    "en": dict(
        cues=["my password is ⟦pw⟧", "pw: ⟦pw⟧", "the pass is ⟦pw⟧", "use this login: ⟦user⟧ / ⟦pw⟧",
              "new password: ⟦pw⟧", "I reset it to ⟦pw⟧ this morning", "temp password is ⟦pw⟧, I'll change it after",
              "login ⟦email⟧, password ⟦pw⟧", "creds: ⟦user⟧ / ⟦pw⟧", "password for the shared account is \"⟦pw⟧\"",
              "the wifi password is ⟦pw⟧", "wifi is ⟦ssid⟧, pass ⟦pw⟧", "my PIN is ⟦pin⟧", "PIN: ⟦pin⟧",
              "the door code is ⟦pin⟧", "alarm code ⟦pin⟧", "the lockbox code is ⟦pin⟧",
              "my passphrase is \"⟦pp⟧\"", "the wifi password is \"⟦pp⟧\" (all lowercase, with spaces)",
              "recovery passphrase: \"⟦pp⟧\"", "the vault passphrase is '⟦pp⟧'", "I think I typed ⟦pw⟧ but it keeps saying invalid",
              "password = ⟦pw⟧", "it's ⟦pw⟧ for the admin panel", "the password we agreed on is ⟦pw⟧",
              "username ⟦user⟧ and the password is ⟦pw⟧", "old password ⟦pw⟧, new one ⟦pw2⟧"],
        pre=["Hi, I can't log into the customer portal.", "Quick one before the demo:", "Locked out again, sorry.",
             "Setting up the new laptop for the front desk.", "hey can u check my account", "For the handover notes:",
             "Hi, it's ⟦name⟧ from the Leeds office.", "This is ⟦name⟧, I'm covering reception today.",
             "Our vendor ⟦name⟧ needs access to the dashboard."],
        post=["Can you see why it's rejected?", "Please reset it if that one doesn't work.", "Don't share this with anyone else.",
              "It worked yesterday.", "thx", "I'll change it after the audit.", "Can you log in and check the settings for me?"],
        end="."),
    "es": dict(
        cues=["mi contraseña es ⟦pw⟧", "contraseña: ⟦pw⟧", "la clave es ⟦pw⟧", "usuario ⟦user⟧ y contraseña ⟦pw⟧",
              "la contraseña del wifi es ⟦pw⟧", "mi PIN es ⟦pin⟧", "el código de la puerta es ⟦pin⟧", "nueva contraseña: ⟦pw⟧",
              "la contraseña temporal es ⟦pw⟧"],
        pre=["Hola, no puedo entrar en mi cuenta.", "Buenos días, tengo un problema con el acceso.",
             "Te paso los datos para la reunión de mañana.", "Hola, soy ⟦name⟧ de administración."],
        post=["¿Puedes revisar qué pasa?", "Gracias de antemano.", "Avísame si funciona."], end="."),
    "de": dict(
        cues=["mein Passwort lautet ⟦pw⟧", "Passwort: ⟦pw⟧", "das neue Kennwort ist ⟦pw⟧", "Benutzer ⟦user⟧, Passwort ⟦pw⟧",
              "WLAN-Passwort: ⟦pw⟧", "der WLAN-Schlüssel ist ⟦pw⟧", "meine PIN ist ⟦pin⟧", "der Türcode lautet ⟦pin⟧",
              "Passwort lautet ⟦pw⟧", "das Initialpasswort ist ⟦pw⟧", "die Passphrase lautet „⟦pp⟧“"],
        pre=["Hallo, ich komme nicht mehr ins Kundenportal.", "Guten Morgen, kurze Frage zum Zugang.", "Für die Übergabe:",
             "Hallo, hier ist ⟦name⟧ aus der Buchhaltung."],
        post=["Kannst du bitte prüfen, warum es nicht geht?", "Danke dir!", "Bitte nicht weitergeben."], end="."),
    "fr": dict(
        cues=["mon mot de passe est ⟦pw⟧", "mot de passe : ⟦pw⟧", "le mdp c'est ⟦pw⟧", "identifiant ⟦user⟧, mot de passe ⟦pw⟧",
              "le code wifi est ⟦pw⟧", "mon code PIN est ⟦pin⟧", "le digicode est ⟦pin⟧", "nouveau mot de passe : ⟦pw⟧",
              "la phrase secrète est « ⟦pp⟧ »"],
        pre=["Bonjour, je n'arrive plus à me connecter.", "Salut, petite question sur l'accès.", "Pour la passation :",
             "Bonjour, c'est ⟦name⟧ du service client."],
        post=["Pouvez-vous vérifier ?", "Merci d'avance.", "Ne le partagez pas svp."], end="."),
    "pt": dict(
        cues=["minha senha é ⟦pw⟧", "senha: ⟦pw⟧", "a senha do wi-fi é ⟦pw⟧", "usuário ⟦user⟧ e senha ⟦pw⟧", "meu PIN é ⟦pin⟧",
              "a nova senha é ⟦pw⟧", "a senha é ⟦pw⟧"],
        pre=["Olá, não consigo acessar minha conta.", "Bom dia, preciso de ajuda com o login.", "Oi, tudo bem?",
             "Oi, aqui é ⟦name⟧ do financeiro."],
        post=["Pode verificar?", "Obrigado!", "Funcionava ontem."], end="."),
    "it": dict(
        cues=["la mia password è ⟦pw⟧", "password: ⟦pw⟧", "la password del wifi è ⟦pw⟧", "utente ⟦user⟧, password ⟦pw⟧",
              "il PIN è ⟦pin⟧", "il codice del portone è ⟦pin⟧"],
        pre=["Ciao, non riesco ad accedere.", "Buongiorno, ho un problema con l'account.", "Ciao, sono ⟦name⟧."],
        post=["Potete controllare?", "Grazie mille."], end="."),
    "nl": dict(
        cues=["mijn wachtwoord is ⟦pw⟧", "wachtwoord: ⟦pw⟧", "het wifi-wachtwoord is ⟦pw⟧", "gebruiker ⟦user⟧, ww ⟦pw⟧",
              "mijn pincode is ⟦pin⟧"],
        pre=["Hoi, ik kan niet inloggen.", "Goedemorgen, vraagje over de toegang."],
        post=["Kun je even kijken?", "Alvast bedankt."], end="."),
    "pl": dict(
        cues=["moje hasło to ⟦pw⟧", "hasło: ⟦pw⟧", "hasło do wifi: ⟦pw⟧", "login ⟦user⟧, hasło ⟦pw⟧", "PIN do karty to ⟦pin⟧"],
        pre=["Dzień dobry, nie mogę się zalogować.", "Cześć, mam problem z kontem."],
        post=["Czy możecie sprawdzić?", "Dzięki."], end="."),
    "tr": dict(
        cues=["şifrem ⟦pw⟧", "şifre: ⟦pw⟧", "parolam ⟦pw⟧", "wifi şifresi ⟦pw⟧", "kullanıcı adı ⟦user⟧, şifre ⟦pw⟧",
              "PIN kodum ⟦pin⟧"],
        pre=["Merhaba, hesabıma giriş yapamıyorum.", "İyi günler, bir sorum var."],
        post=["Kontrol edebilir misiniz?", "Teşekkürler."], end="."),
    "ru": dict(
        cues=["мой пароль: ⟦pw⟧", "пароль ⟦pw⟧", "новый пароль — ⟦pw⟧", "логин ⟦user⟧, пароль ⟦pw⟧", "пароль от wifi: ⟦pw⟧",
              "пин-код ⟦pin⟧", "код от домофона ⟦pin⟧"],
        pre=["Здравствуйте, не могу войти в личный кабинет.", "Привет, вопрос по доступу."],
        post=["Проверьте, пожалуйста.", "Спасибо!"], end="."),
    "uk": dict(cues=["мій пароль ⟦pw⟧", "пароль: ⟦pw⟧", "пін-код ⟦pin⟧"],
               pre=["Добрий день, не можу увійти."], post=["Перевірте, будь ласка."], end="."),
    "ja": dict(
        cues=["パスワードは⟦pw⟧です", "パスワード：⟦pw⟧", "新しいパスワードは「⟦pw⟧」です", "ID：⟦user⟧ パスワード：⟦pw⟧",
              "Wi-Fiのパスワードは⟦pw⟧です", "暗証番号は⟦pin⟧です"],
        pre=["お世話になっております。ログインできません。", "すみません、アカウントについて質問です。"],
        post=["確認していただけますか。", "よろしくお願いします。"], end="。"),
    "zh": dict(
        cues=["密码是⟦pw⟧", "我的密码：⟦pw⟧", "新密码：⟦pw⟧", "账号⟦user⟧，密码⟦pw⟧", "WiFi密码是⟦pw⟧", "银行卡密码是⟦pin⟧",
              "门禁密码⟦pin⟧"],
        pre=["你好，我登录不了。", "您好，账号有点问题。"], post=["麻烦帮我看一下。", "谢谢！"], end="。"),
    "ko": dict(
        cues=["비밀번호는 ⟦pw⟧입니다", "비번: ⟦pw⟧", "와이파이 비밀번호는 ⟦pw⟧예요", "아이디 ⟦user⟧ 비밀번호 ⟦pw⟧",
              "PIN 번호는 ⟦pin⟧입니다", "현관 비밀번호 ⟦pin⟧"],
        pre=["안녕하세요, 로그인이 안 돼요.", "문의드립니다."], post=["확인 부탁드립니다.", "감사합니다."], end="."),
    "ar": dict(cues=["كلمة المرور: ⟦pw⟧", "كلمة السر هي ⟦pw⟧", "اسم المستخدم ⟦user⟧ وكلمة المرور ⟦pw⟧", "الرقم السري ⟦pin⟧"],
               pre=["مرحباً، لا أستطيع تسجيل الدخول."], post=["هل يمكنكم التحقق؟"], end="."),
    "he": dict(cues=["הסיסמה שלי היא ⟦pw⟧", "סיסמה: ⟦pw⟧", "הקוד לדלת הוא ⟦pin⟧"],
               pre=["היי, אני לא מצליח להתחבר."], post=["תוכלו לבדוק?"], end="."),
    "el": dict(cues=["ο κωδικός μου είναι ⟦pw⟧", "κωδικός: ⟦pw⟧", "το PIN είναι ⟦pin⟧"],
               pre=["Γεια σας, δεν μπορώ να συνδεθώ."], post=["Μπορείτε να το ελέγξετε;"], end="."),
    "hi": dict(cues=["मेरा पासवर्ड ⟦pw⟧ है", "पासवर्ड: ⟦pw⟧", "मेरा पिन ⟦pin⟧ है"],
               pre=["नमस्ते, मैं लॉगिन नहीं कर पा रहा हूँ।"], post=["कृपया जाँच करें।"], end="।"),
    "vi": dict(cues=["mật khẩu của tôi là ⟦pw⟧", "mật khẩu: ⟦pw⟧", "mật khẩu wifi là ⟦pw⟧", "mã PIN ⟦pin⟧"],
               pre=["Chào bạn, tôi không đăng nhập được."], post=["Bạn kiểm tra giúp mình nhé."], end="."),
    "id": dict(cues=["kata sandi saya ⟦pw⟧", "password: ⟦pw⟧", "password wifi-nya ⟦pw⟧", "PIN saya ⟦pin⟧"],
               pre=["Halo, saya tidak bisa masuk ke akun."], post=["Tolong dicek ya."], end="."),
    "sv": dict(cues=["mitt lösenord är ⟦pw⟧", "lösenord: ⟦pw⟧", "wifi-lösenordet är ⟦pw⟧", "min PIN-kod är ⟦pin⟧"],
               pre=["Hej, jag kan inte logga in."], post=["Kan ni kolla?"], end="."),
    "th": dict(cues=["รหัสผ่านคือ ⟦pw⟧", "รหัส wifi ⟦pw⟧"], pre=["สวัสดีครับ เข้าสู่ระบบไม่ได้"],
               post=["ช่วยตรวจสอบให้หน่อยครับ"], end=" "),
}
LANG_W = {"en": 14, "es": 5, "de": 5, "fr": 5, "pt": 4, "it": 3, "nl": 2, "pl": 2, "tr": 2, "ru": 3, "uk": 1, "ja": 3,
          "zh": 3, "ko": 2, "ar": 2, "he": 1, "el": 1, "hi": 1, "vi": 1, "id": 1, "sv": 1, "th": 1}
NOSPACE = ("ja", "zh", "th")


def pw_plain(ctx, lang="en"):
    """A password that is written bare (no spaces)."""
    return ctx.password(style=ctx.r.choices([0, 1, 3, 4, 5, 6, 7, 8], [5, 3, 3, 2, 2, 3, 1, 1])[0], lang=lang)


def shell_pw(ctx):
    """A password safe in single quotes and in most shells unquoted."""
    while True:
        p = ctx.password(style=ctx.ch([0, 1, 3, 5, 6, 7]))
        if not any(c in p for c in "'\"\\`$!&;|<>()*? "):
            return p


def sentence_join(lang, parts):
    return flat([p if i == 0 else ([""] if lang in NOSPACE else [" "]) + flat(p) for i, p in enumerate(parts)])


def g_chat_lang(ctx):
    langs = list(LANG_W)
    lang = ctx.r.choices(langs, [LANG_W[x] for x in langs])[0]
    d = LANGS[lang]
    loc = ctx.ch(ctx.locales(lang=lang))
    cue = ctx.ch(d["cues"])
    pw = pw_plain(ctx, lang)
    kw = dict(pw=P(pw), pw2=P(pw_plain(ctx, lang)), pin=P(ctx.pin()), user=ctx.ch(USERS), ssid=ctx.ch(SSIDS),
              pp=P(ctx.password(style=2)))
    if "⟦email⟧" in cue:
        kw["email"] = E("EMAIL", ctx.email(ctx.person(loc)))
    core = fill(cue, **kw)
    last = core[-1]
    last_txt = last.text if hasattr(last, "text") else last
    end = d["end"] if last_txt[-1].isalnum() or lang in NOSPACE else ""
    if lang in NOSPACE and not last_txt[-1].isalnum() and last_txt[-1] not in "」":
        end = " "
    core = core + [end] if end else core
    parts = []
    if ctx.r.random() < 0.75:
        pre = ctx.ch(d["pre"])
        parts.append(fill(pre, name=E("PERSON", ctx.person(loc).full())) if "⟦name⟧" in pre else [pre])
    parts.append(core)
    if ctx.r.random() < 0.7:
        parts.append([ctx.ch(d["post"])])
    msg = sentence_join(lang, parts)
    if lang == "en" and ctx.r.random() < 0.3:
        msg = [m.lower() if isinstance(m, str) else m for m in msg]
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "chat", "openai", "otel", "log"), [3, 3, 3, 1, 2])
    return segs, shape, loc


def g_transcript(ctx):
    loc = ctx.ch(["en_US", "en_GB", "en_AU", "en_IN", "en_CA", "yo_NG", "en_ZA", "en_PH", "en_IE"])
    agent = ctx.person(ctx.ch(["en_US", "en_GB", "en_IN", "en_PH", "en_ZA"]))
    cust = ctx.person(loc)
    ag = agent.given
    old, new = pw_plain(ctx), ctx.password(style=ctx.ch([0, 3, 5, 7]))
    ts = [D("DATE", t) for t in ctx.ts_seq(4)]
    lines = [
        fill("[⟦t⟧] ⟦a⟧ (Support): Hi, thanks for contacting us. How can I help?", t=ts[0], a=E("PERSON", ag)),
        fill("[⟦t⟧] ⟦c⟧: I'm locked out. I'm sure my password is ⟦pw⟧ but it says wrong credentials.",
             t=ts[1], c=E("PERSON", cust.full()), pw=P(old)),
        fill("[⟦t⟧] ⟦a⟧ (Support): Please don't post passwords here, ⟦cg⟧. I've reset it. Your temporary password is ⟦np⟧ "
             "and it expires in 24 hours.", t=ts[2], a=E("PERSON", ag), cg=E("PERSON", cust.given), np=P(new)),
        fill("[⟦t⟧] ⟦c⟧: Thanks, that worked.", t=ts[3], c=E("PERSON", cust.full())),
    ]
    out = []
    for i, l in enumerate(lines):
        if i:
            out.append("\n")
        out.extend(l)
    return out, "chat", loc


def env_file(ctx):
    dom = ctx.ch(DOMAINS)
    lines = []
    opts = [
        ["APP_ENV=production", "APP_ENV=staging", "NODE_ENV=production"],
        ["APP_PORT=8080", "PORT=3000"],
        ["LOG_LEVEL=info", "LOG_LEVEL=debug"],
    ]
    for o in opts:
        if ctx.r.random() < 0.7:
            lines.append([ctx.ch(o)])
    host = ctx.ch(HOSTS)
    lines.append([f"DB_HOST={host}"])
    lines.append([f"DB_PORT={ctx.ch(['5432', '3306', '1433'])}"])
    lines.append([f"DB_USER={ctx.ch(USERS)}"])
    q = ctx.ch(["", "", '"', "'"])
    pwq = pw_plain(ctx) if q else shell_pw(ctx)
    if q == "'" and "'" in pwq:
        q = '"'
    lines.append(fill(f"{ctx.ch(['DB_PASSWORD', 'DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD'])}={q}⟦p⟧{q}", p=P(pwq)))
    if ctx.r.random() < 0.5:
        lines.append(fill("REDIS_URL=redis://:⟦p⟧@cache.internal:6379/0", p=P(ctx.url_password())))
    if ctx.r.random() < 0.5:
        lines.append([f"SMTP_HOST=smtp.{dom}"])
        if ctx.r.random() < 0.5:
            lines.append(fill("SMTP_USER=⟦e⟧", e=E("EMAIL", ctx.email(ctx.person(), org=True))))
        else:
            lines.append(["SMTP_USER=mailer"])
        lines.append(fill("SMTP_PASSWORD=⟦p⟧", p=P(shell_pw(ctx))))
    if ctx.r.random() < 0.6:
        lines.append([ctx.ch(["PASSWORD_MIN_LENGTH=12", "PASSWORD_MIN_LENGTH=10", "PASSWORD_HASH_ROUNDS=12",
                              "PASSWORD_MAX_AGE_DAYS=90"])])
    if ctx.r.random() < 0.5:
        lines.append([f"PASSWORD_RESET_URL=https://accounts.{dom}/reset"])
    if ctx.r.random() < 0.3:
        lines.append(fill("ADMIN_PASSWORD=⟦p⟧", p=P(shell_pw(ctx))))
    if ctx.r.random() < 0.3:
        lines.append(fill("HEALTHCHECK_PATH=⟦o⟧", o=D("OPS_TERM", ctx.ch(["/healthz", "/health", "/readyz"]))))
    if ctx.r.random() < 0.3:
        lines.append(fill("RELEASE=⟦v⟧", v=D("VERSION", ctx.version())))
    if ctx.r.random() < 0.5:
        lines.insert(0, [ctx.ch(["# local settings, do not commit", "# generated by setup.sh", "# .env.production",
                                 "### backend"])])
    out = []
    for i, l in enumerate(lines):
        if i:
            out.append("\n")
        out.extend(l)
    return out


def g_env(ctx):
    body = env_file(ctx)
    k = ctx.r.randint(0, 3)
    if k == 0:
        return body, "env", "en_US"
    ask = ctx.ch(["My app can't connect to the database with this .env, what's wrong?",
                  "Convert this .env into a Kubernetes ConfigMap and Secret:",
                  "Why does docker compose ignore these variables?", "Review my env file please",
                  "Warum liest die App diese .env nicht?", "¿Por qué no carga estas variables?"])
    lang = "de" if ask.startswith("Warum") else "es" if ask.startswith("¿") else "en"
    msg = flat(ask, "\n\n```\n", body, "\n```")
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "openai", "chat", "log"), [2, 3, 2, 1])
    return segs, shape, {"de": "de_DE", "es": "es_ES"}.get(lang, "en_US")


def g_cli(ctx):
    h = ctx.ch(HOSTS)
    db = ctx.ch(DBS)
    u = ctx.ch(USERS)
    dom = ctx.ch(DOMAINS)
    sp = shell_pw(ctx)
    up = ctx.url_password()
    cmds = [
        lambda: fill("docker run -d --name pg -e POSTGRES_PASSWORD=⟦p⟧ -p 5432:5432 postgres:⟦v⟧", p=P(sp),
                     v=D("VERSION", ctx.ch(["16.2", "15.6", "14.11", "16.4-alpine"]))),
        lambda: fill("docker login -u ⟦u⟧ -p ⟦p⟧ registry.⟦d⟧", u=u, p=P(sp), d=dom),
        lambda: fill("echo '⟦p⟧' | docker login registry.⟦d⟧ -u ci-bot --password-stdin", p=P(sp), d=dom),
        lambda: fill("kubectl create secret generic db-creds --from-literal=username=⟦u⟧ --from-literal=password='⟦p⟧' -n prod",
                     u=u, p=P(sp)),
        lambda: fill("curl -u admin:⟦p⟧ https://jenkins.⟦d⟧/api/json", p=P(sp), d=dom),
        lambda: fill("curl -X POST https://api.⟦d⟧/v1/login -H 'Content-Type: application/json' -d '{\"username\":\"⟦u⟧\",\"password\":\"⟦p⟧\"}'",
                     d=dom, u=u, p=P(sp)),
        lambda: fill("PGPASSWORD=⟦p⟧ psql -h ⟦h⟧ -U ⟦u⟧ -d ⟦db⟧ -c 'select count(*) from orders'", p=P(sp), h=h, u=u, db=db),
        lambda: fill("psql \"postgresql://⟦u⟧:⟦p⟧@⟦h⟧:5432/⟦db⟧?sslmode=require\"", u=u, p=P(up), h=h, db=db),
        lambda: fill("mysql -u root -p'⟦p⟧' -h ⟦h⟧ ⟦db⟧", p=P(sp), h=h, db=db),
        lambda: fill("mysqldump -uroot -p⟦p⟧ ⟦db⟧ > ⟦f⟧", p=P(sp), db=db, f=D("FILE_PATH", f"/backups/{db}.sql")),
        lambda: fill("redis-cli -h cache.internal -a '⟦p⟧' ping", p=P(sp)),
        lambda: fill("mongosh \"mongodb://admin:⟦p⟧@mongo-0.mongo:27017/admin\"", p=P(up)),
        lambda: fill("sshpass -p '⟦p⟧' ssh -l deploy build-01.internal", p=P(sp)),
        lambda: fill("htpasswd -b -c ⟦f⟧ admin ⟦p⟧", f=D("FILE_PATH", "/etc/nginx/.htpasswd"), p=P(sp)),
        lambda: fill("net user kiosk ⟦p⟧ /add", p=P(sp)),
        lambda: fill("nmcli dev wifi connect \"⟦s⟧\" password \"⟦p⟧\"", s=ctx.ch(SSIDS), p=P(sp)),
        lambda: fill("vault kv put secret/app/db username=⟦u⟧ password='⟦p⟧'", u=u, p=P(sp)),
        lambda: fill("openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:⟦p⟧", p=P(sp)),
        lambda: fill("zip -P ⟦p⟧ payroll.zip payroll_march.xlsx", p=P(sp)),
        lambda: fill("7z a -p⟦p⟧ archive.7z ./exports", p=P(sp)),
        lambda: fill("wget --user=ftp_ops --password=⟦p⟧ ftp://files.⟦d⟧/exports/daily.csv", p=P(sp), d=dom),
        lambda: fill("git clone https://ci-bot:⟦p⟧@git.⟦d⟧/team/app.git", p=P(up), d=dom),
        lambda: fill("sqlcmd -S ⟦h⟧ -U sa -P '⟦p⟧' -Q \"SELECT @@VERSION\"", h=h, p=P(sp)),
        lambda: fill("rabbitmqctl add_user ⟦u⟧ ⟦p⟧", u=u, p=P(sp)),
        lambda: fill("ansible-playbook site.yml -e 'ansible_become_pass=⟦p⟧'", p=P(sp)),
    ]
    cmd = ctx.ch(cmds)()
    k = ctx.r.randint(0, 5)
    if k == 0:
        return flat("$ ", cmd), "cli", "en_US"
    if k == 1:
        hist = [f"  {ctx.r.randint(100, 999)}  ", cmd]
        other = ctx.ch(["cd /srv/app", "git pull", "ls -la", "sudo systemctl restart nginx", "tail -f /var/log/syslog"])
        return flat(f"  {ctx.r.randint(100, 999)}  {other}\n", hist), "cli", "en_US"
    if k == 2:
        out = fill("⟦ts⟧ [ci] step 4/7: ⟦cmd⟧\n⟦ts2⟧ [ci] exit code 1", ts=D("DATE", ctx.ts(0)), cmd=cmd,
                   ts2=D("DATE", ctx.ts(0)))
        return out, "log", "en_US"
    ask = ctx.ch(["This fails with 'authentication failed', why?", "Can you turn this into a docker-compose service?",
                  "How do I avoid typing the password on the command line here?", "Explain what this does:",
                  "Dieser Befehl schlägt fehl, warum?", "Ce script ne marche pas :", "このコマンドがエラーになります:"])
    lang = {"Dieser": "de", "Ce": "fr"}.get(ask.split()[0], "ja" if ask.startswith("この") else "en")
    msg = flat(ask, "\n\n", cmd)
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "openai", "chat", "otel"), [3, 3, 2, 1])
    return segs, shape, {"de": "de_DE", "fr": "fr_FR", "ja": "ja_JP"}.get(lang, "en_US")


def g_connstr(ctx):
    h = ctx.ch(HOSTS)
    db = ctx.ch(DBS)
    u = ctx.ch(USERS)
    up = ctx.url_password()
    pp = pw_plain(ctx)
    while ";" in pp or "=" in pp:
        pp = pw_plain(ctx)
    cs = ctx.ch([
        lambda: fill("jdbc:postgresql://⟦h⟧:5432/⟦db⟧?user=⟦u⟧&password=⟦p⟧", h=h, db=db, u=u, p=P(up)),
        lambda: fill("Server=tcp:⟦h⟧,1433;Database=⟦db⟧;User ID=⟦u⟧;Password=⟦p⟧;Encrypt=True;", h=h, db=db, u=u, p=P(pp)),
        lambda: fill("Data Source=⟦h⟧;Initial Catalog=⟦db⟧;User Id=⟦u⟧;Password=⟦p⟧;", h=h, db=db, u=u, p=P(pp)),
        lambda: fill("mongodb+srv://⟦u⟧:⟦p⟧@cluster0.ab1cd.mongodb.net/⟦db⟧?retryWrites=true&w=majority", u=u, p=P(up), db=db),
        lambda: fill("amqp://⟦u⟧:⟦p⟧@rabbit.internal:5672/", u=u, p=P(up)),
        lambda: fill("redis://default:⟦p⟧@redis-12345.c1.eu-west-1.cloud:12345", p=P(up)),
        lambda: fill("postgresql://⟦u⟧:⟦p⟧@localhost:5432/⟦db⟧", u=u, p=P(up), db=db),
        lambda: fill("mysql://root:⟦p⟧@⟦h⟧:3306/⟦db⟧", p=P(up), h=h, db=db),
        lambda: fill("smtp://mailer:⟦p⟧@smtp.⟦d⟧:587", p=P(up), d=ctx.ch(DOMAINS)),
        lambda: fill("Host=⟦h⟧;Port=5432;Username=⟦u⟧;Password=⟦p⟧;Database=⟦db⟧", h=h, u=u, p=P(pp), db=db),
    ])()
    k = ctx.r.randint(0, 4)
    if k == 0:
        body = {"Logging": {"LogLevel": {"Default": "Information"}}, "ConnectionStrings": {"Default": Txt(cs)},
                "AllowedHosts": "*"}
        return flat("appsettings.json:\n", jdump(body, indent=2)), "config", "en_US"
    if k == 1:
        return fill("DATABASE_URL=⟦cs⟧", cs=cs), "env", "en_US"
    if k == 2:
        out = fill("⟦ts⟧ ERROR pool: could not connect using ⟦cs⟧: timeout after 30s", ts=D("DATE", ctx.ts(4)), cs=cs)
        return out, "log", "en_US"
    ask = ctx.ch(["Is this connection string correct?", "Getting 'login failed for user' with this:",
                  "¿Qué está mal en esta cadena de conexión?", "Mi aiuti a capire questo errore? Uso:",
                  "Connection string for the report job:"])
    lang = "es" if ask.startswith("¿") else "it" if ask.startswith("Mi") else "en"
    msg = flat(ask, "\n", cs)
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "openai", "chat"), [2, 3, 2])
    return segs, shape, {"es": "es_MX", "it": "it_IT"}.get(lang, "en_GB")


def g_tool(ctx):
    loc = ctx.ch(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "ja_JP", "nl_NL", "it_IT", "pl_PL"])
    p = ctx.person(loc)
    pw = pw_plain(ctx)
    k = ctx.r.randint(0, 5)
    if k == 0:
        args = {"username": ctx.ch(USERS), "password": P(pw), "role": ctx.ch(["viewer", "editor", "admin"])}
        name = "create_user"
    elif k == 1:
        args = {"email": E("EMAIL", ctx.email(p)), "new_password": P(pw), "notify": True}
        name = "reset_password"
    elif k == 2:
        args = {"host": ctx.ch(HOSTS), "port": 5432, "user": ctx.ch(USERS), "password": P(pw), "database": ctx.ch(DBS)}
        name = "db_connect"
    elif k == 3:
        args = {"ssid": ctx.ch(SSIDS), "security": "WPA2", "passphrase": P(ctx.password(style=ctx.ch([1, 2, 6])))}
        name = "configure_wifi"
    elif k == 4:
        args = {"full_name": E("PERSON", p.full()), "login": E("EMAIL", ctx.email(p, org=True)), "initial_password": P(pw),
                "start_date": D("DATE", ctx.recent_date(2024, 2025).isoformat())}
        name = "provision_account"
    else:
        args = {"selector": "#password", "text": P(pw), "submit": False}
        name = "browser_type"
    if ctx.r.random() < 0.3:
        body = {"type": "tool_use", "id": "toolu_" + ctx.hexh(20), "name": name, "input": args}
        return jdump(body, indent=ctx.ch([None, 2])), "tool", loc
    tc = SH.tool_call(ctx, name, args, indent=ctx.ch([None, 2]))
    if ctx.r.random() < 0.3:
        out = fill('⟦ts⟧ agent.step tool_call=⟦tc⟧', ts=D("DATE", ctx.ts(0)), tc=['"'] + jesc(tc) + ['"'])
        return out, "tool", loc
    return tc, "tool", loc


def g_yaml(ctx):
    pw = pw_plain(ctx)
    sp = shell_pw(ctx)
    k = ctx.r.randint(0, 4)
    if k == 0:
        body = fill("services:\n  db:\n    image: postgres:⟦v⟧\n    environment:\n      POSTGRES_USER: ⟦u⟧\n"
                    "      POSTGRES_PASSWORD: \"⟦p⟧\"\n      POSTGRES_DB: ⟦db⟧\n    ⟦hc⟧:\n"
                    "      test: [\"CMD-SHELL\", \"pg_isready -U ⟦u⟧\"]\n      interval: 10s\n"
                    "  api:\n    image: registry.local/api:⟦v2⟧\n    depends_on: [db]\n",
                    v=D("VERSION", ctx.ch(["16.2", "15", "16-alpine", "14.11"])), u=ctx.ch(USERS), p=P(pw),
                    db=ctx.ch(DBS), hc=D("OPS_TERM", "healthcheck"), v2=D("VERSION", ctx.version()))
        name = "docker-compose.yml"
    elif k == 1:
        body = fill("spring:\n  datasource:\n    url: jdbc:postgresql://⟦h⟧:5432/⟦db⟧\n    username: ⟦u⟧\n"
                    "    password: ⟦p⟧\n  jpa:\n    hibernate:\n      ddl-auto: validate\nsecurity:\n"
                    "  password-policy:\n    min-length: 12\n    require-symbol: true\n",
                    h=ctx.ch(HOSTS), db=ctx.ch(DBS), u=ctx.ch(USERS), p=P(sp))
        name = "application.yml"
    elif k == 2:
        body = fill("apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-credentials\n  namespace: ⟦ns⟧\ntype: Opaque\n"
                    "stringData:\n  username: mailer\n  password: \"⟦p⟧\"\n",
                    ns=ctx.ch(["prod", "staging", "billing", "default"]), p=P(pw))
        name = "secret.yaml"
    elif k == 3:
        body = fill("# group_vars/all.yml\nmysql_root_password: \"⟦p⟧\"\nmysql_databases:\n  - name: ⟦db⟧\n"
                    "app_admin_user: ⟦u⟧\napp_admin_password: \"⟦p2⟧\"\nntp_server: pool.ntp.org\n",
                    p=P(pw), db=ctx.ch(DBS), u=ctx.ch(USERS), p2=P(pw_plain(ctx)))
        name = "all.yml"
    else:
        body = fill("wifi:\n  ssid: \"⟦s⟧\"\n  psk: \"⟦p⟧\"\n  country: ⟦c⟧\nmqtt:\n  broker: mqtt.local\n  user: sensor01\n"
                    "  password: \"⟦p2⟧\"\nota:\n  password: \"⟦p3⟧\"\n",
                    s=ctx.ch(SSIDS), p=P(ctx.password(style=ctx.ch([1, 2, 6, 8]))), c=ctx.ch(["DE", "GB", "NL", "FR"]),
                    p2=P(pw_plain(ctx)), p3=P(pw_plain(ctx)))
        name = "esphome.yaml"
    r = ctx.r.randint(0, 2)
    if r == 0:
        return body, "yaml", "en_US"
    ask = ctx.ch([f"Why does this {name} fail to start?", f"Can you add a second replica to this {name}?",
                  f"Lint my {name}:", f"Translate this {name} to TOML", f"Was ist an dieser {name} falsch?"])
    lang = "de" if ask.startswith("Was") else "en"
    msg = flat(ask, "\n```yaml\n", body, "```")
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "openai", "chat"), [2, 3, 2])
    return segs, shape, "de_DE" if lang == "de" else "en_US"


def g_config(ctx):
    pw = pw_plain(ctx)
    k = ctx.r.randint(0, 6)
    h = ctx.ch(HOSTS)
    if k == 0:
        body = fill("[database]\nhost = ⟦h⟧\nport = 5432\nuser = ⟦u⟧\npassword = ⟦p⟧\n\n[auth]\npassword_min_length = 12\n"
                    "lockout_after = 5\n", h=h, u=ctx.ch(USERS), p=P(pw))
    elif k == 1:
        body = fill("spring.datasource.url=jdbc:mysql://⟦h⟧:3306/⟦db⟧\nspring.datasource.username=⟦u⟧\n"
                    "spring.datasource.password=⟦p⟧\nserver.port=8443\n", h=h, db=ctx.ch(DBS), u=ctx.ch(USERS), p=P(pw))
    elif k == 2:
        body = fill("machine api.⟦d⟧\n  login deploy\n  password ⟦p⟧\n", d=ctx.ch(DOMAINS), p=P(shell_pw(ctx)))
    elif k == 3:
        body = fill("⟦h⟧:5432:⟦db⟧:⟦u⟧:⟦p⟧\n", h=h, db=ctx.ch(DBS), u=ctx.ch(USERS), p=P(shell_pw(ctx)))
    elif k == 4:
        body = fill("network={\n    ssid=\"⟦s⟧\"\n    psk=\"⟦p⟧\"\n    key_mgmt=WPA-PSK\n}\n", s=ctx.ch(SSIDS),
                    p=P(ctx.password(style=ctx.ch([1, 6, 8, 0]))))
    elif k == 5:
        body = fill("db_username = \"⟦u⟧\"\ndb_password = \"⟦p⟧\"\ninstance_class = \"db.t3.medium\"\n"
                    "allocated_storage = 100\n", u=ctx.ch(USERS), p=P(pw))
    else:
        body = fill("<appSettings>\n  <add key=\"SmtpHost\" value=\"smtp.⟦d⟧\" />\n  <add key=\"SmtpUser\" value=\"mailer\" />\n"
                    "  <add key=\"SmtpPassword\" value=\"⟦p⟧\" />\n  <add key=\"PasswordResetUrl\" value=\"https://accounts.⟦d⟧/reset\" />\n"
                    "</appSettings>", d=ctx.ch(DOMAINS), p=P(pw.replace("&", "and").replace("<", "").replace('"', "")))
    if ctx.r.random() < 0.5:
        return body, "config", "en_US"
    msg = flat(ctx.ch(["Here is my config, the service still can't authenticate:", "Parse this file and tell me what's missing:",
                       "Help me move these settings into environment variables:"]), "\n\n", body)
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "openai", "chat"))
    return segs, shape, "en_GB"


WIFI_NOTES = {
    "en": ("Welcome to ⟦place⟧! Wi-Fi: ⟦s⟧\nPassword: ⟦p⟧\nCheck-out is 10:00 on ⟦d⟧. Bins go out on Tuesday.", "en_GB"),
    "de": ("Willkommen! WLAN: ⟦s⟧\nPasswort: ⟦p⟧\nAbreise bis 10 Uhr am ⟦d⟧.", "de_DE"),
    "fr": ("Bienvenue ! Wi-Fi : ⟦s⟧\nMot de passe : ⟦p⟧\nDépart avant 11h le ⟦d⟧.", "fr_FR"),
    "es": ("¡Bienvenidos! Wifi: ⟦s⟧\nContraseña: ⟦p⟧\nSalida antes de las 11 el ⟦d⟧.", "es_ES"),
    "it": ("Benvenuti! Wi-Fi: ⟦s⟧\nPassword: ⟦p⟧\nCheck-out entro le 10 del ⟦d⟧.", "it_IT"),
    "pt": ("Bem-vindos! Wi-Fi: ⟦s⟧\nSenha: ⟦p⟧\nCheck-out até às 11h de ⟦d⟧.", "pt_PT"),
    "ja": ("ようこそ！Wi-Fi：⟦s⟧\nパスワード：⟦p⟧\nチェックアウトは⟦d⟧の10時までです。", "ja_JP"),
    "nl": ("Welkom! Wifi: ⟦s⟧\nWachtwoord: ⟦p⟧\nUitchecken vóór 10 uur op ⟦d⟧.", "nl_NL"),
}


def g_wifi(ctx):
    k = ctx.r.randint(0, 2)
    s = ctx.ch(SSIDS)
    pw = ctx.password(style=ctx.ch([1, 6, 8, 0, 7]))
    if k == 0:
        return fill("WIFI:T:WPA;S:⟦s⟧;P:⟦p⟧;;", s=s, p=P(pw.replace(";", ""))), "config", "en_US"
    lang = ctx.ch(sorted(WIFI_NOTES))
    t, loc = WIFI_NOTES[lang]
    note = fill(t, place=D("PROPER_NOUN", ctx.ch(["Casa Azul", "the Harbour Loft", "Villa Limone", "the Old Mill"])),
                s=s, p=P(pw), d=D("DATE", ctx.date(loc, dob=False)))
    if k == 1:
        return note, "note", loc
    msg = flat(ctx.ch(["Translate this note for our guests into English:\n\n", "Make this welcome note friendlier:\n\n",
                       "Format this as a printable card:\n\n"]), note)
    segs, shape = SH.wrap(ctx, msg, "en", ("prompt", "openai", "chat"))
    return segs, shape, loc


def g_pin(ctx):
    loc = ctx.ch(["en_US", "en_GB", "en_AU", "de_DE", "fr_FR", "es_ES", "nl_NL", "en_CA"])
    lang = ctx.lang(loc)
    addr = ctx.address(loc, oneline=True)
    pin = ctx.pin(ctx.ch([4, 4, 5, 6]))
    t = {
        "en": ["Delivery instructions: ⟦a⟧. Gate code ⟦p⟧, then leave it by the blue door.",
               "House sitter notes - address: ⟦a⟧. Alarm code is ⟦p⟧, feed the cat twice a day.",
               "Key is in the lockbox at ⟦a⟧, code ⟦p⟧. Parcel tracking ⟦o⟧."],
        "de": ["Lieferhinweis: ⟦a⟧. Torcode ⟦p⟧, bitte beim Nachbarn abgeben, falls niemand da ist."],
        "fr": ["Livraison : ⟦a⟧. Digicode ⟦p⟧, 3e étage gauche."],
        "es": ["Entrega en ⟦a⟧. El código del portal es ⟦p⟧."],
        "nl": ["Bezorgadres: ⟦a⟧. De code van het hek is ⟦p⟧."],
    }[lang]
    msg = fill(ctx.ch(t), a=E("ADDRESS", addr), p=P(pin), o=D("ORDER_ID", ctx.tracking()))
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "chat", "openai", "log"))
    return segs, shape, loc


EMAIL_CRED = {
    "en": ("Subject: Your new account\n\nHi ⟦g⟧,\n\nYour account is ready.\nUsername: ⟦e⟧\nTemporary password: ⟦p⟧\n\n"
           "Please change it at first login. This link expires on ⟦d⟧.\n\nIT Service Desk", "en_GB"),
    "de": ("Betreff: Ihr Zugang\n\nHallo ⟦g⟧,\n\nIhr Konto wurde eingerichtet.\nBenutzername: ⟦e⟧\nInitialpasswort: ⟦p⟧\n\n"
           "Bitte ändern Sie es bis zum ⟦d⟧.\n\nIhr IT-Team", "de_DE"),
    "fr": ("Objet : Vos identifiants\n\nBonjour ⟦g⟧,\n\nIdentifiant : ⟦e⟧\nMot de passe provisoire : ⟦p⟧\n\n"
           "Merci de le modifier avant le ⟦d⟧.\n\nLe support informatique", "fr_FR"),
    "es": ("Asunto: Acceso a la plataforma\n\nHola ⟦g⟧:\n\nUsuario: ⟦e⟧\nContraseña provisional: ⟦p⟧\n\n"
           "Cámbiala antes del ⟦d⟧.\n\nSoporte TI", "es_ES"),
    "pt": ("Assunto: Seu acesso\n\nOlá ⟦g⟧,\n\nLogin: ⟦e⟧\nSenha provisória: ⟦p⟧\n\nAltere até ⟦d⟧.\n\nEquipe de TI", "pt_BR"),
}


def g_email_creds(ctx):
    lang = ctx.ch(sorted(EMAIL_CRED))
    t, loc = EMAIL_CRED[lang]
    p = ctx.person(loc)
    msg = fill(t, g=E("PERSON", p.given), e=E("EMAIL", ctx.email(p, org=True)), p=P(ctx.password(style=ctx.ch([0, 3, 5, 7]))),
               d=D("DATE", ctx.date(loc, dob=False)))
    if ctx.r.random() < 0.5:
        return msg, "email", loc
    segs, shape = SH.wrap(ctx, flat("Summarise this email:\n\n", msg), lang, ("openai", "otel", "log"))
    return segs, shape, loc


def g_pwmgr(ctx):
    loc = ctx.ch(["en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "sv_SE"])
    p = ctx.person(loc)
    rows = [["name", "url", "username", "password", "note"]]
    sites = [("Bank", "https://online.meridianbank.co.uk"), ("Email", "https://mail.proton.me"),
             ("Router", "http://router.local"), ("Netflix", "https://www.netflix.com"), ("Work VPN", "https://vpn.larkspur.dev"),
             ("Gym", "https://members.pulsefit.club"), ("Tax portal", "https://portal.tax.local")]
    ctx.r.shuffle(sites)
    for name, url in sites[:ctx.r.randint(2, 4)]:
        user = E("EMAIL", ctx.email(p)) if ctx.r.random() < 0.6 else ctx.ch(USERS)
        pw = ctx.password(style=ctx.ch([0, 1, 2, 3, 4, 5, 7]))
        rows.append([[name], [url], [user], [P(pw)], [ctx.ch(["", "", "2FA on phone", "shared with family"])]])
    out = []
    for i, r in enumerate(rows):
        if i:
            out.append("\n")
        out.extend(csv_row(r))
    if ctx.r.random() < 0.5:
        return out, "csv", loc
    segs, shape = SH.wrap(ctx, flat("Import this export into Bitwarden format:\n", out), "en", ("openai", "prompt"))
    return segs, shape, loc


def g_trace(ctx):
    pw = pw_plain(ctx)
    tss = ctx.ts_seq(5, 0)
    lines = [
        fill("⟦t⟧ agent step=3 action=browser.navigate url=https://portal.⟦d⟧/login", t=D("DATE", tss[0]), d=ctx.ch(DOMAINS)),
        fill("⟦t⟧ agent step=4 action=browser.fill selector=\"#username\" value=\"⟦u⟧\"", t=D("DATE", tss[1]), u=ctx.ch(USERS)),
        fill("⟦t⟧ agent step=5 action=browser.fill selector=\"#password\" value=\"⟦p⟧\"", t=D("DATE", tss[2]), p=P(pw)),
        fill("⟦t⟧ agent step=6 action=browser.click selector=\"button[type=submit]\"", t=D("DATE", tss[3])),
        fill("⟦t⟧ agent step=7 observation=\"Dashboard loaded, status ⟦o⟧\"", t=D("DATE", tss[4]), o=D("OPS_TERM", "healthy")),
    ]
    n = ctx.r.randint(3, 5)
    out = []
    for i, l in enumerate(lines[:n]):
        if i:
            out.append("\n")
        out.extend(l)
    return out, "log", "en_US"


CARD_PIN = {
    "en": ["My card ⟦card⟧ got blocked after I typed the PIN wrong. The PIN is ⟦pin⟧, can you unblock it?",
           "new card arrived: ⟦card⟧, and the PIN letter says ⟦pin⟧. how do I activate it?",
           "I gave my card number ⟦card⟧ and PIN ⟦pin⟧ to someone on the phone. Was that a scam?"],
    "es": ["Mi tarjeta ⟦card⟧ está bloqueada. El PIN es ⟦pin⟧."],
    "de": ["Meine Karte ⟦card⟧ ist gesperrt, die PIN lautet ⟦pin⟧."],
    "fr": ["Ma carte ⟦card⟧ est bloquée, mon code PIN est ⟦pin⟧."],
    "it": ["La mia carta ⟦card⟧ è bloccata, il PIN è ⟦pin⟧."],
    "pt": ["Meu cartão ⟦card⟧ foi bloqueado. A senha é ⟦pin⟧."],
}
CARD_LOC = {"en": "en_US", "es": "es_MX", "de": "de_DE", "fr": "fr_FR", "it": "it_IT", "pt": "pt_BR"}


def g_card_pin(ctx):
    lang = ctx.r.choices(sorted(CARD_PIN), [1, 1, 3, 1, 1, 1])[0]
    msg = fill(ctx.ch(CARD_PIN[lang]), card=E("CREDIT_CARD", ctx.card()), pin=P(ctx.pin(4)))
    segs, shape = SH.wrap(ctx, msg, lang, ("prompt", "chat", "openai", "log"))
    return segs, shape, CARD_LOC[lang]


GENS = [(g_chat_lang, 88), (g_card_pin, 7), (g_transcript, 12), (g_env, 22), (g_cli, 35), (g_connstr, 24), (g_tool, 25), (g_yaml, 22),
        (g_config, 18), (g_wifi, 14), (g_pin, 14), (g_email_creds, 10), (g_pwmgr, 5), (g_trace, 8)]
