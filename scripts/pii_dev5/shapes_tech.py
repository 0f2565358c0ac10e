# -*- coding: utf-8 -*-
"""Data and ops shapes: tables, CSV, SQL, configs, shell, curl, traces, logs, ics, repr, Sentry, webhooks."""
import data as DT
from core import (E, D, Seq, Raw, jdump, jstr, esc, fill, flat, csv_esc, sql_esc, url_esc, py_esc, ics_esc,
                  shell_sq_esc, j_esc)
from ctx import Ctx, LANG_LOCS
from shapes_chat import pick_loc, iso_ts, tid, pyrepr, customer_record, _addr_fields

ROW_LANG_W = [('en', 6), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('it', 1), ('nl', 1), ('pl', 1), ('sv', 1), ('ja', 1),
              ('zh', 1), ('ko', 1), ('ru', 1), ('ar', 1)]

HDR = {
    'en': {'name': 'Name', 'email': 'Email', 'phone': 'Phone', 'dob': 'DOB', 'address': 'Address', 'notes': 'Notes', 'iban': 'IBAN'},
    'de': {'name': 'Name', 'email': 'E-Mail', 'phone': 'Telefon', 'dob': 'Geburtsdatum', 'address': 'Adresse', 'notes': 'Bemerkung', 'iban': 'IBAN'},
    'fr': {'name': 'Nom', 'email': 'Courriel', 'phone': 'Téléphone', 'dob': 'Date de naissance', 'address': 'Adresse', 'notes': 'Remarques', 'iban': 'IBAN'},
    'es': {'name': 'Nombre', 'email': 'Correo', 'phone': 'Teléfono', 'dob': 'F. nacimiento', 'address': 'Dirección', 'notes': 'Notas', 'iban': 'IBAN'},
    'pt': {'name': 'Nome', 'email': 'E-mail', 'phone': 'Telefone', 'dob': 'Nascimento', 'address': 'Endereço', 'notes': 'Obs.', 'iban': 'IBAN'},
    'it': {'name': 'Nominativo', 'email': 'Email', 'phone': 'Telefono', 'dob': 'Data di nascita', 'address': 'Indirizzo', 'notes': 'Note', 'iban': 'IBAN'},
    'nl': {'name': 'Naam', 'email': 'E-mail', 'phone': 'Telefoon', 'dob': 'Geboortedatum', 'address': 'Adres', 'notes': 'Opmerking', 'iban': 'IBAN'},
    'pl': {'name': 'Imię i nazwisko', 'email': 'E-mail', 'phone': 'Telefon', 'dob': 'Data ur.', 'address': 'Adres', 'notes': 'Uwagi', 'iban': 'Nr konta'},
    'sv': {'name': 'Namn', 'email': 'E-post', 'phone': 'Telefon', 'dob': 'Född', 'address': 'Adress', 'notes': 'Anteckning', 'iban': 'IBAN'},
    'ja': {'name': '氏名', 'email': 'メール', 'phone': '電話番号', 'dob': '生年月日', 'address': '住所', 'notes': '備考', 'iban': 'IBAN'},
    'zh': {'name': '姓名', 'email': '邮箱', 'phone': '手机号', 'dob': '出生日期', 'address': '地址', 'notes': '备注', 'iban': 'IBAN'},
    'ko': {'name': '이름', 'email': '이메일', 'phone': '연락처', 'dob': '생년월일', 'address': '주소', 'notes': '메모', 'iban': 'IBAN'},
    'ru': {'name': 'ФИО', 'email': 'Эл. почта', 'phone': 'Телефон', 'dob': 'Дата рождения', 'address': 'Адрес', 'notes': 'Примечание', 'iban': 'IBAN'},
    'ar': {'name': 'الاسم', 'email': 'البريد الإلكتروني', 'phone': 'الجوال', 'dob': 'تاريخ الميلاد', 'address': 'العنوان', 'notes': 'ملاحظات', 'iban': 'الآيبان'},
}


def _rows(g, c, n, cols):
    rows = []
    for i in range(1, n + 1):
        row = {}
        for col in cols:
            slot = {'name': 'FULL', 'email': 'EMAIL', 'phone': 'PHONE', 'dob': 'DOB', 'address': 'ADDRESS', 'iban': 'IBAN'}.get(col)
            if slot:
                row[col] = c.get('%s%d' % (slot, i))
            else:
                row[col] = fill(g.pick(['{HEALTH%d}', 'VIP', '', 'prefers email', '{MED%d}', 'gate {DOOR%d}', 'call after {TIME%d}', '{PREG%d}']).replace('%d', str(i)), c)
        rows.append(row)
    return rows


def _cols(g):
    cols = ['name'] + g.r.sample(['email', 'phone', 'dob', 'address', 'notes', 'iban'], g.r.randrange(2, 4))
    return cols


def t_markdown_table(g):
    L = g.wpick(ROW_LANG_W)
    c = Ctx(g, pick_loc(g, L))
    cols = _cols(g)
    rows = _rows(g, c, g.r.randrange(2, 4), cols)
    h = HDR[L]
    out = []
    if g.chance(0.5):
        out += [g.pick(['Here are the matching customers:\n\n', 'Sure! I formatted the list as a table:\n\n', '### Attendees\n\n', '**Results**\n\n'])]
    out += ['| # | ' + ' | '.join(h[x] for x in cols) + ' |\n', '|---|' + '|'.join('---' for _ in cols) + '|\n']
    for i, r in enumerate(rows):
        out += ['| %d | ' % (i + 1)]
        for j, col in enumerate(cols):
            v = r[col]
            out += (v if isinstance(v, list) else [v]) + [' | ' if j < len(cols) - 1 else ' |']
        out += ['\n']
    return 'markdown_table', c.loc, out


def t_csv_export(g):
    L = g.wpick(ROW_LANG_W)
    c = Ctx(g, pick_loc(g, L))
    cols = _cols(g)
    rows = _rows(g, c, g.r.randrange(2, 5), cols)
    sep = g.pick([',', ',', ';', '\t']) if L != 'en' else g.pick([',', ',', '\t'])
    hdr = [x for x in cols] if g.chance(0.6) else [HDR[L][x] for x in cols]
    out = ['id' + sep + sep.join(hdr) + '\n']
    for i, r in enumerate(rows):
        out.append(str(g.r.randrange(1000, 99999)))
        for col in cols:
            v = r[col]
            v = v if isinstance(v, list) else [v]
            txt = ''.join(p if isinstance(p, str) else p[2] for p in flat(v))
            need_q = sep in txt or '"' in txt or '\n' in txt or (sep != '\t' and g.chance(0.2))
            out.append(sep)
            if need_q:
                out += ['"'] + esc(v, csv_esc) + ['"']
            else:
                out += v
        out.append('\n')
    return 'csv_export', c.loc, out


def t_sql_insert(g):
    L = g.wpick(ROW_LANG_W)
    c = Ctx(g, pick_loc(g, L))
    k = g.r.randrange(4)
    q = lambda parts: ["'"] + esc(parts if isinstance(parts, list) else [parts], sql_esc) + ["'"]
    if k == 0:
        n = g.r.randrange(1, 4)
        out = ['INSERT INTO customers (id, full_name, email, phone, date_of_birth, address) VALUES\n']
        for i in range(1, n + 1):
            out += ['  (%d, ' % g.r.randrange(1, 99999)] + q(c.get('FULL%d' % i)) + [', '] + q(c.get('EMAIL%d' % i)) + [', '] + q(c.get('PHONE%d' % i)) + [', '] + \
                q(E('DATE_OF_BIRTH', g.fmt_date(g.rand_date(1940, 2005), 'en', 'US') if g.chance(0.3) else '%s' % g.rand_date(1940, 2005).isoformat())) + [', '] + q(c.get('ADDRESS%d' % i)) + [')' + (',\n' if i < n else ';\n')]
    elif k == 1:
        out = ["UPDATE users SET password = "] + q(c.get('PASSWORD')) + [", updated_at = NOW() WHERE email = "] + q(c.get('EMAIL')) + [';\n']
        if g.chance(0.5):
            out += ['-- reset requested by ', c.get('FULL'), ' via phone ', c.get('PHONE'), '\n']
    elif k == 2:
        out = ['COPY public.patients (id, name, dob, diagnosis, medication) FROM stdin;\n']
        for i in range(1, g.r.randrange(2, 4)):
            out += ['%d\t' % g.r.randrange(1, 9999), c.get('FULL%d' % i), '\t', E('DATE_OF_BIRTH', g.rand_date(1935, 2010).isoformat()), '\t', c.get('HEALTH%d' % i), '\t', c.get('MED%d' % i), '\n']
        out += ['\\.\n']
    else:
        out = ["mysql> SELECT name, phone, ip FROM signups WHERE created_at > '", D('DATE', g.rand_date(2022, 2024).isoformat()), "';\n+------+------+------+\n"]
        for i in range(1, g.r.randrange(2, 4)):
            out += ['| ', c.get('FULL%d' % i), ' | ', c.get('PHONE%d' % i), ' | ', c.get('IP%d' % i), ' |\n']
        out += ['+------+------+------+\n%d rows in set (0.01 sec)\n' % (i)]
    return 'sql_insert', c.loc, out


# ------------------------------------------------------------------ config files

def _dburl(g, c, scheme=None):
    scheme = scheme or g.pick(['postgres', 'postgresql', 'mysql', 'mongodb', 'redis', 'amqp'])
    user = g.pick(['app', 'admin', 'svc_api', 'root', 'reporting', 'etl', 'django'])
    host = c.get('IPV4') if g.chance(0.4) else g.pick(['db.internal', 'prod-db-1.cluster-xyz.eu-west-1.rds.amazonaws.com', 'mongo-0.mongo', 'localhost'])
    port = {'postgres': 5432, 'postgresql': 5432, 'mysql': 3306, 'mongodb': 27017, 'redis': 6379, 'amqp': 5672}[scheme]
    return ['%s://%s:' % (scheme, user), c.get('PWGEN') if g.chance(0.6) else c.get('PASSWORD'), '@', host, ':%d/%s' % (port, g.pick(['app', 'prod', 'crm', '0', 'main']))]


def t_dotenv(g):
    c = Ctx(g, pick_loc(g, 'en'), script='latin')
    lines = [['NODE_ENV=production\n'], ['APP_VERSION=', c.get('VERSION'), '\n'], ['DATABASE_URL='] + _dburl(g, c) + ['\n'],
             ['SMTP_USER=', c.get('EMAIL_WORK'), '\n', 'SMTP_PASS=', c.get('PASSWORD2'), '\n'],
             ['ADMIN_EMAIL=', c.get('EMAIL'), '\n'], ['REDIS_PASSWORD=', c.get('PWGEN3'), '\n'],
             ['STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}\n'], ['LOG_LEVEL=debug\n'],
             ['# on-call: ', c.get('FULL'), ' ', c.get('PHONE'), '\n'], ['ALLOWED_IPS=', c.get('IPV4'), '/32\n'],
             ['PASSWORD_MIN_LENGTH=12\n'], ['SFTP_HOST=sftp.partner.example\nSFTP_USER=upload\nSFTP_PASSWORD=', c.get('PASSWORD5'), '\n']]
    pick = g.r.sample(lines, g.r.randrange(4, 8))
    out = ['# .env.%s\n' % g.pick(['production', 'local', 'staging'])] + [x for l in pick for x in l]
    return 'dotenv', c.loc, out


def t_yaml_config(g):
    c = Ctx(g, pick_loc(g, g.pick(['en', 'en', 'de', 'fr', 'nl'])), script='latin')
    out = ['# config/%s.yaml\nservice: %s\nversion: ' % (g.pick(['prod', 'settings', 'app']), g.pick(['billing-api', 'notifier', 'intake-bot'])), c.get('VERSION'),
           '\ndatabase:\n  host: ', c.get('IPV4'), '\n  port: 5432\n  user: app\n  password: ', g.pick(['"', "'", '']), ]
    q = out[-1]
    out += [c.get('PWGEN'), q, '\nsmtp:\n  host: smtp.%s\n  username: ' % g.pick(g.WORK_DOMAINS), c.get('EMAIL_WORK'), '\n  password: ', c.get('PASSWORD'), '\n']
    if g.chance(0.6):
        out += ['oncall:\n  - name: ', c.get('FULL'), '\n    phone: "', c.get('PHONE_INTL'), '"\n  - name: ', c.get('FULL2'), '\n    phone: "', c.get('PHONE2'), '"\n']
    if g.chance(0.4):
        out += ['security:\n  password_policy:\n    min_length: 12\n  health_check: ', D('OPS_TERM', '/healthz'), '\n']
    return 'yaml_config', c.loc, out


def t_k8s_secret(g):
    c = Ctx(g, 'en_US', script='latin')
    out = ['apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: Opaque\nstringData:\n' % (g.pick(['db-credentials', 'app-secrets', 'smtp-auth']), g.pick(['prod', 'default', 'billing'])),
           '  DB_PASSWORD: "', c.get('PWGEN'), '"\n  ADMIN_USER: "', c.get('EMAIL_WORK'), '"\n  ADMIN_PASSWORD: "', c.get('PASSWORD'), '"\n']
    if g.chance(0.5):
        out += ['  DATABASE_URL: "'] + _dburl(g, c, 'postgresql') + ['"\n']
    if g.chance(0.5):
        out += ['---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  UPSTREAM_HOST: "', c.get('IPV4'), '"\n  LIVENESS_PATH: "', D('OPS_TERM', '/healthz'), '"\n']
    return 'k8s_secret', c.loc, out


def t_docker_compose(g):
    c = Ctx(g, 'en_US', script='latin')
    out = ["version: '3.8'\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ", c.get('PWGEN'),
           "\n  pgadmin:\n    image: dpage/pgadmin4\n    environment:\n      PGADMIN_DEFAULT_EMAIL: ", c.get('EMAIL'), "\n      PGADMIN_DEFAULT_PASSWORD: ", c.get('PASSWORD'), '\n']
    if g.chance(0.5):
        out += ['  mysql:\n    image: mysql:8\n    environment:\n      - MYSQL_ROOT_PASSWORD=', c.get('PASSWORD2'), '\n']
    if g.chance(0.5):
        out += ['    extra_hosts:\n      - "legacy-crm:', c.get('IPV4'), '"\n']
    out += ['    healthcheck:\n      test: ["CMD", "pg_isready"]\n']
    return 'docker_compose', c.loc, out


def t_ini_config(g):
    c = Ctx(g, 'en_US', script='latin')
    k = g.r.randrange(4)
    if k == 0:
        out = ['[client]\nuser=root\npassword=', c.get('PASSWORD'), '\nhost=', c.get('IPV4'), '\n\n[mysqldump]\nuser=backup\npassword="', c.get('PWGEN'), '"\n']
    elif k == 1:
        out = ['; odbc.ini\n[CRM_PROD]\nDriver=ODBC Driver 18 for SQL Server\nServer=', c.get('IPV4'), ',1433\nDatabase=crm\nUID=svc_report\nPWD=', c.get('PWGEN'), '\n']
    elif k == 2:
        out = ['# ~/.git-credentials\nhttps://', g.pick(['deploy', 'ci-bot', 'build']), ':', c.get('PASSWORD'), '@git.%s\n' % g.pick(g.WORK_DOMAINS)]
    else:
        out = ['[remote "backup"]\ntype = sftp\nhost = ', c.get('IPV4'), '\nuser = nas\npass = ', c.get('PASSWORD'), '\n\n[notify]\nemail = ', c.get('EMAIL'),
               '\nsms = ', c.get('PHONE_INTL'), '\n']
    return 'ini_config', c.loc, out


def t_shell_history(g):
    c = Ctx(g, 'en_US', script='latin')
    cmds = [
        lambda: ["mysql -u root -p'", c.get('PASSWORD'), "' -h ", c.get('IPV4'), ' crm'],
        lambda: ["export PGPASSWORD='", c.get('PWGEN'), "'"],
        lambda: ['curl -u admin:', c.get('PASSWORD2'), ' https://', c.get('IPV4'), ':9200/_cat/indices'],
        lambda: ["sshpass -p '", c.get('PASSWORD3'), "' ssh deploy@", c.get('IPV4')],
        lambda: ['psql "'] + _dburl(g, c, 'postgresql') + ['"'],
        lambda: ["echo '", c.get('PASSWORD4'), "' | sudo -S systemctl restart nginx"],
        lambda: ['redis-cli -h ', c.get('IPV4'), ' -a ', c.get('PWGEN2')],
        lambda: ['docker login -u ci-bot -p ', c.get('PWGEN3'), ' registry.internal'],
        lambda: ['smbclient //', c.get('IPV4'), '/scans -U scanner%', c.get('PASSWORD5')],
        lambda: ['htpasswd -b /etc/nginx/.htpasswd admin ', c.get('PASSWORD6')],
        lambda: ['git commit -m "fix: patient lookup for ', c.get('FULL'), '"'],
        lambda: ['grep -r "', c.get('EMAIL'), '" /var/log/app/'],
        lambda: ['kubectl logs deploy/api | grep ', c.get('PHONE')],
    ]
    benign = ['ls -la', 'cd /srv/app', 'git pull', 'kubectl get pods -n prod', 'htop', 'df -h', 'tail -f /var/log/syslog',
              'sudo systemctl status nginx', 'vim config.yaml', 'git log --oneline | head', 'docker ps']
    out = []
    n = g.r.randrange(4, 9)
    picks = g.r.sample(range(len(cmds)), g.r.randrange(1, 4))
    seq = [('b', x) for x in g.r.sample(benign, n - len(picks))] + [('c', i) for i in picks]
    g.r.shuffle(seq)
    num = g.r.randrange(100, 2000)
    style = g.pick(['zsh', 'num', 'plain'])
    ts0 = g.r.randrange(1700000000, 1740000000)
    for kind, x in seq:
        ts0 += g.r.randrange(3, 600)
        if style == 'zsh':
            out.append(': %d:0;' % ts0)
        elif style == 'num':
            out.append('%5d  ' % num)
        num += 1
        if kind == 'b':
            if x == 'docker ps' and g.chance(0.5):
                out += ['docker ', D('OPS_TERM', 'kill -9'), ' %d' % g.r.randrange(100, 99999)]
            else:
                out.append(x)
        else:
            out += cmds[x]()
        out.append('\n')
    return 'shell_history', c.loc, out


def t_curl_command(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('ja', 1)])
    c = Ctx(g, pick_loc(g, L), script='latin' if L != 'ja' else None)
    k = g.r.randrange(3)
    body = {'name': c.get('FULL'), 'email': c.get('EMAIL'), 'password': c.get('PASSWORD'), 'phone': c.get('PHONE')}
    if g.chance(0.5):
        body['date_of_birth'] = c.get('DOB')
    if k == 0:
        out = ["curl -X POST https://api.%s/v1/users \\\n  -H 'Content-Type: application/json' \\\n  -d '" % g.pick(g.WORK_DOMAINS)] + esc(jdump(body), shell_sq_esc) + ["'"]
    elif k == 1:
        out = ['curl -s -u ', c.get('EMAIL2'), ':', c.get('PASSWORD2'), ' "https://', c.get('IPV4'), '/api/v2/patients?dob='] + esc([c.get('DOB2')], url_esc) + ['&last_name='] + esc([c.get('FAMILY')], url_esc) + ['" | jq .']
    else:
        out = ['http POST :8080/api/addresses Authorization:"Bearer $TOKEN" name="', c.get('FULL'), '" line1="', c.get('STREET'), '" phone="', c.get('PHONE'), '"']
    return 'curl_command', c.loc, out


# ------------------------------------------------------------------ traces & logs

def t_stack_trace(g):
    L = g.wpick([('en', 6), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('ja', 1), ('ru', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0)
    k = g.r.randrange(5)
    if k == 0:
        out = ['Traceback (most recent call last):\n  File "', D('FILE_PATH', '/srv/app/handlers/profile.py'), '", line %d, in update_profile\n    addr = normalize_address(payload["address"])\n' % g.r.randrange(20, 400),
               '  File "', D('FILE_PATH', '/srv/app/lib/geo.py'), '", line %d, in normalize_address\n    raise ValueError(f"unparseable address: {raw!r}")\nValueError: unparseable address: \'' % g.r.randrange(10, 200)] + \
            esc([c.get('ADDRESS')], py_esc) + ["'\n\nLocals:\n  payload = "] + pyrepr({'name': c.get('FULL'), 'email': c.get('EMAIL'), 'phone': c.get('PHONE'), 'address': c.get('ADDRESS')}) + ['\n']
    elif k == 1:
        out = ['Exception in thread "http-nio-8080-exec-%d" java.lang.IllegalStateException: Duplicate customer: Customer{id=%d, name=\'' % (g.r.randrange(1, 20), g.r.randrange(1, 99999)),
               c.get('FULL'), "', email='", c.get('EMAIL'), "', dateOfBirth=", E('DATE_OF_BIRTH', g.rand_date(1940, 2005).isoformat()), ", phone='", c.get('PHONE'),
               "'}\n\tat com.acme.crm.CustomerService.create(CustomerService.java:%d)\n\tat com.acme.crm.api.CustomerController.post(CustomerController.java:%d)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\n" % (g.r.randrange(40, 300), g.r.randrange(20, 200))]
    elif k == 2:
        out = ['ValidationError: "phone" must be a valid phone number\n    at validate (/app/node_modules/joi/lib/validator.js:%d:19)\n    at /app/src/routes/signup.js:%d:7\n  _original: ' % (g.r.randrange(10, 900), g.r.randrange(10, 200))] + \
            jdump({'firstName': c.get('GIVEN'), 'lastName': c.get('FAMILY'), 'phone': c.get('PHONE'), 'password': c.get('PASSWORD'), 'email': c.get('EMAIL')}) + ['\n']
    elif k == 3:
        out = ['panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation]\n\ngoroutine %d [running]:\nmain.(*Handler).Charge(0xc000%s, {0x%s, 0x%s})\n\t/app/handler.go:%d +0x%s\nreq=&{Name:' % (g.r.randrange(1, 400), g.hexs(6), g.hexs(6), g.hexs(2), g.r.randrange(10, 300), g.hexs(3)),
               c.get('FULL'), ' Card:', c.get('CARD'), ' Email:', c.get('EMAIL'), ' Amount:%d}\n' % g.r.randrange(100, 100000)]
    else:
        out = ['E, [%s #%d] ERROR -- : ActiveRecord::RecordInvalid (Validation failed: Date of birth is in the future)\n  params: ' % (iso_ts(g), g.r.randrange(1000, 99999))] + \
            pyrepr({'patient': {'name': c.get('FULL'), 'dob': c.get('DOB'), 'condition': c.get('HEALTH'), 'insurer_phone': c.get('PHONE_EXT')}}) + \
            ['\n  ', D('FILE_PATH', 'app/controllers/patients_controller.rb'), ':%d:in `create\'\n' % g.r.randrange(10, 200)]
    return 'stack_trace', c.loc, out


def t_app_log(g):
    L = g.wpick([('en', 6), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('nl', 1), ('it', 1)])
    loc = 'en_US' if L == 'en' and g.chance(0.5) else pick_loc(g, L)
    c = Ctx(g, loc, diaspora=0.2 if L == 'en' else 0)
    lines = [
        lambda: ['level=info msg="profile updated" user_email=', c.get('EMAIL'), ' phone="', c.get('PHONE'), '" ip=', c.get('IP')],
        lambda: ['level=warn msg="login failed" username=', c.get('EMAIL'), ' password_attempt="', c.get('PASSWORD'), '" remote_addr=', c.get('IPV4'), ':%d' % g.r.randrange(1024, 65535)],
        lambda: ['level=debug msg="address normalized" input="', c.get('ADDRESS'), '" confidence=0.%d' % g.r.randrange(10, 99)],
        lambda: ['level=info msg="appointment booked" patient="', c.get('FULL'), '" dob=', c.get('DOB'), ' reason="', c.get('ANYHEALTH'), '"'],
        lambda: ['level=info msg="payout created" beneficiary="', c.get('FULL'), '" iban=', c.get('IBAN'), ' amount=', c.get('PRICE')],
        lambda: ['level=error msg="card declined" card=', c.get('CARD'), ' holder="', c.get('UPPER'), '"'],
        lambda: ['level=info msg="', D('OPS_TERM', 'health check'), ' ok" latency_ms=%d' % g.r.randrange(1, 40)],
        lambda: ['level=info msg="sms sent" to=', c.get('PHONE_INTL'), ' template=appointment_reminder'],
        lambda: ['level=info msg="kyc check" name="', c.get('FULL'), '" ssn=', c.get('SSN'), ' result=pass'],
    ]
    if c.country != 'US':
        lines = lines[:-1]
    out = []
    fmt = g.r.randrange(3)
    for f in g.r.sample(lines, g.r.randrange(2, 5)):
        ts = iso_ts(g)
        if fmt == 0:
            out += ['ts=%s ' % ts] + f() + ['\n']
        elif fmt == 1:
            out += ['%s %s [%s] ' % (ts.replace('T', ' ')[:23], g.pick(['INFO ', 'WARN ', 'DEBUG']), g.pick(['main', 'worker-3', 'http-nio-8080-exec-7']))] + f() + ['\n']
        else:
            out += ['<%d>1 %s %s app %d - - ' % (g.r.randrange(130, 191), ts, g.pick(['web-01', 'api-7f9c', 'ip-10-0-3-17']), g.r.randrange(100, 9999))] + f() + ['\n']
    return 'app_log', c.loc, out


def t_json_log(g):
    L = g.wpick([('en', 6), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('ja', 1), ('ko', 1), ('zh', 1), ('ru', 1), ('ar', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0)
    recs = [
        lambda: {'level': 'info', 'event': 'address_changed', 'user_id': g.r.randrange(10 ** 5, 10 ** 7), 'old': c.get('ADDRESS'), 'new': c.get('ADDRESS2')},
        lambda: {'level': 'warn', 'event': 'auth.failed', 'email': c.get('EMAIL'), 'password': c.get('PASSWORD'), 'ip': c.get('IP')},
        lambda: {'level': 'info', 'event': 'chat.message', 'role': 'user', 'content': Seq(fill(g.pick(['my dob is {DOB}', 'call me on {PHONE}', 'I have {HEALTH}', 'my name is {FULL}', 'ship to {ADDRESS}']), c))},
        lambda: {'level': 'debug', 'event': 'llm.prompt', 'prompt': Seq(fill('Summarize the case of {FULL} ({DOB}): {HEALTH}, on {MED}.', c)), 'tokens': g.r.randrange(50, 3000)},
        lambda: {'level': 'info', 'event': 'user.signup', 'user': {'name': c.get('FULL'), 'email': c.get('EMAIL'), 'phone': c.get('PHONE')}, 'client_ip': c.get('IPV6')},
        lambda: {'level': 'info', 'event': 'healthcheck', 'path': D('OPS_TERM', '/healthz'), 'status': 200},
        lambda: {'level': 'error', 'event': 'payment.failed', 'card': c.get('CARD'), 'name': c.get('UPPER'), 'amount': c.get('PRICE')},
    ]
    out = []
    asc = g.chance(0.3)
    for f in g.r.sample(recs, g.r.randrange(1, 4)):
        rec = {'ts': iso_ts(g)}
        rec.update(f())
        rec['service'] = g.pick(['api', 'chat-gateway', 'intake-bot', 'billing'])
        if g.chance(0.25):
            rec['caller'] = D('FILE_PATH', g.pick(['handlers/chat.go:214', 'src/intake/router.ts:88', 'app/services/billing.py:131', 'lib/notify/sms.rb:42']))
        out += jdump(rec, ascii_=asc) + ['\n']
    return 'json_log', c.loc, out


def t_http_log(g):
    L = g.wpick([('en', 6), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1)])
    c = Ctx(g, pick_loc(g, L), script='latin')
    out = []
    for i in range(g.r.randrange(2, 5)):
        ip = c.get('IP%d' % (1 if g.chance(0.6) else 2))
        ts = '%02d/%s/2024:%02d:%02d:%02d +0000' % (g.r.randrange(1, 29), g.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May']), g.r.randrange(24), g.r.randrange(60), g.r.randrange(60))
        kind = g.r.randrange(5)
        if kind == 0:
            path = ['/api/customers/search?email='] + esc([c.get('EMAIL')], url_esc) + ['&include=orders']
        elif kind == 1:
            path = ['/lookup?phone='] + esc([c.get('PHONE')], url_esc)
        elif kind == 2:
            path = ['/signup/confirm?name='] + esc([c.get('FULL')], url_esc) + ['&dob='] + esc([c.get('DOB')], url_esc)
        elif kind == 3:
            path = [D('OPS_TERM', '/healthz')]
        else:
            path = ['/static/app.', D('HEX_HASH', g.hexs(8)), '.js']
        out += [ip, ' - - [%s] "%s ' % (ts, g.pick(['GET', 'GET', 'POST']))] + path + [' HTTP/1.1" %d %d "-" "%s"\n' % (g.pick([200, 200, 302, 404, 500]), g.r.randrange(100, 90000),
                                                                                                               g.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'kube-probe/1.29', 'curl/8.5.0', 'python-requests/2.31.0']))]
    return 'http_log', c.loc, out


def t_ics_invite(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('nl', 1)])
    c = Ctx(g, pick_loc(g, L), script='latin')
    org, att = c.person(10), c.p
    desc = {'en': ['Home visit for {FULL} ({DOB}). Gate code {DOOR}. Pt has {HEALTH}, bring {MED}.', 'Viewing of {STREET}. Tenant {FULL2} will let you in, call {PHONE2}.',
                   'Intro call with {FULL}. Dial-in details to follow.'],
            'de': ['Hausbesuch bei {FULL}, Türcode {DOOR}. {HEALTH}.'], 'fr': ['Visite à domicile chez {FULL}, digicode {DOOR}.'],
            'es': ['Visita a domicilio: {FULL}, portal {DOOR}.'], 'nl': ['Huisbezoek bij {FULL}, deurcode {DOOR}.']}[L]
    d = g.rand_date(2024, 2025)
    out = ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Glassbox Demo//Scheduler 1.0//EN\r\nBEGIN:VEVENT\r\nUID:%s-%s-%s-%s-%s\r\nDTSTART:%s' % (g.hexs(8), g.hexs(4), g.hexs(4), g.hexs(4), g.hexs(12), d.strftime('%Y%m%d')),
           'T%02d%02d00Z\r\nSUMMARY:' % (g.r.randrange(7, 18), g.pick([0, 30])), g.pick({'en': ['Home visit', 'Viewing', 'Call'], 'de': ['Hausbesuch', 'Termin'], 'fr': ['Visite à domicile', 'RDV'],
                                                                                          'es': ['Visita a domicilio', 'Cita'], 'nl': ['Huisbezoek', 'Afspraak']}[L]), ' – ', c.get('FULL'),
           '\r\nORGANIZER;CN=', E('PERSON', org.full), ':mailto:', E('EMAIL', g.email(org, work=True)),
           '\r\nATTENDEE;CN=', E('PERSON', att.full), ';ROLE=REQ-PARTICIPANT:mailto:', c.get('EMAIL'),
           '\r\nLOCATION:'] + esc([c.get('ADDRESS')], ics_esc) + ['\r\nDESCRIPTION:'] + esc(fill(g.pick(desc), c), ics_esc) + ['\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n']
    return 'ics_invite', c.loc, out


def t_python_repr(g):
    L = g.wpick([('en', 6), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('it', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2)
    k = g.r.randrange(3)
    if k == 0:  # pandas DataFrame print
        n = g.r.randrange(2, 4)
        out = ['>>> df.head()\n', '   name'.ljust(26), 'email'.ljust(32), 'dob\n']
        for i in range(1, n + 1):
            nm = c.get('FULL%d' % i)
            em = c.get('EMAIL%d' % i)
            db = E('DATE_OF_BIRTH', g.rand_date(1940, 2005).isoformat())
            out += ['%d  ' % (i - 1), nm, ' ' * max(1, 24 - len(nm[2])), em, ' ' * max(1, 32 - len(em[2])), db, '\n']
    elif k == 1:  # pytest assertion diff
        out = ['E       AssertionError: assert ', ] + pyrepr({'name': c.get('FULL'), 'phone': c.get('PHONE')}) + [' == '] + pyrepr({'name': c.get('FULL'), 'phone': c.get('PHONE2')}) + \
            ['\nE         Differing items:\nE         {\'phone\': \''] + esc([c.get('PHONE')], py_esc) + ["'} != {'phone': '"] + esc([c.get('PHONE2')], py_esc) + ["'}\n\ntests/test_profile.py:%d: AssertionError\n" % g.r.randrange(10, 300)]
    else:  # print of a record / dataclass
        out = ["In [%d]: user\nOut[%d]: User(name='" % (g.r.randrange(1, 60), g.r.randrange(1, 60))] + esc([c.get('FULL')], py_esc) + ["', email='", c.get('EMAIL'), "', dob='", E('DATE_OF_BIRTH', g.rand_date(1940, 2005).isoformat()), "', address='"] + \
            esc([c.get('ADDRESS')], py_esc) + ["', conditions=['"] + esc([c.get('HEALTH')], py_esc) + ["'])\n"]
    return 'python_repr', c.loc, out


def t_sentry_event(g):
    c = Ctx(g, pick_loc(g, g.pick(['en', 'en', 'de', 'fr', 'es', 'pt'])), script='latin', diaspora=0.2)
    ev = {'event_id': g.hexs(32), 'platform': g.pick(['python', 'javascript', 'node']), 'level': 'error', 'release': c.get('VERSION'),
          'user': {'id': str(g.r.randrange(10 ** 5, 10 ** 7)), 'email': c.get('EMAIL'), 'ip_address': c.get('IP'), 'username': c.get('FULL')},
          'request': {'url': 'https://app.%s/account/profile' % g.pick(g.WORK_DOMAINS), 'method': 'POST',
                      'data': {'full_name': c.get('FULL'), 'phone': c.get('PHONE'), 'date_of_birth': c.get('DOB'), 'password': c.get('PASSWORD') if g.chance(0.5) else '[Filtered]'}},
          'exception': {'values': [{'type': 'IntegrityError', 'value': Seq(['duplicate key value violates unique constraint "users_email_key" DETAIL: Key (email)=(', c.get('EMAIL'), ') already exists.'])}]},
          'breadcrumbs': [{'category': 'ui.input', 'message': Seq(fill('typed "{ADDRESS}" into #address', c))}]}
    return 'sentry_event', c.loc, jdump(ev, indent=g.pick([None, 2]))


def t_webhook_payload(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('nl', 1), ('it', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.15)
    k = g.r.randrange(3)
    if k == 0:
        obj = {'id': 'evt_' + g.hexs(24), 'type': 'customer.updated', 'data': {'object': {'id': 'cus_' + g.hexs(14), 'name': c.get('FULL'), 'email': c.get('EMAIL'), 'phone': c.get('PHONE_INTL'),
                                                                                      'shipping': _addr_fields(g, c)}}}
    elif k == 1:
        obj = {'event': 'form_response', 'form_response': {'form_id': g.hexs(8), 'answers': [
            {'type': 'text', 'field': {'ref': 'full_name'}, 'text': c.get('FULL')}, {'type': 'date', 'field': {'ref': 'dob'}, 'date': E('DATE_OF_BIRTH', g.rand_date(1940, 2006).isoformat())},
            {'type': 'phone_number', 'field': {'ref': 'phone'}, 'phone_number': c.get('PHONE_INTL')},
            {'type': 'long_text', 'field': {'ref': 'symptoms'}, 'text': Seq(fill(g.pick(['I have {HEALTH} and take {MED}', '{PREG}, some bleeding', 'anxiety, on {MED}']), c))}]}}
    else:
        obj = {'topic': 'orders/create', 'order': {'id': g.r.randrange(10 ** 9, 10 ** 10), 'name': c.get('ORDER'), 'email': c.get('EMAIL'), 'total_price': c.get('PRICE'),
                                                   'customer': {'first_name': c.get('GIVEN'), 'last_name': c.get('FAMILY')}, 'shipping_address': _addr_fields(g, c),
                                                   'note': Seq(fill(g.pick(['gate code {DOOR}', 'leave with {FULL2}', 'call {PHONE} on arrival', '']), c)), 'browser_ip': c.get('IP')}}
    return 'webhook_payload', c.loc, jdump(obj, indent=g.pick([None, 2]), ascii_=g.chance(0.3))


def t_graphql(g):
    c = Ctx(g, pick_loc(g, g.pick(['en', 'en', 'es', 'de', 'fr', 'pt'])), diaspora=0.2)
    obj = {'operationName': 'UpdateProfile', 'variables': {'input': {'firstName': c.get('GIVEN'), 'lastName': c.get('FAMILY'), 'birthDate': c.get('DOB'),
                                                                     'phone': c.get('PHONE'), 'address': c.get('ADDRESS')}},
           'query': 'mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id updatedAt } }'}
    out = jdump(obj, ascii_=g.chance(0.3))
    if g.chance(0.5):
        out = ['[apollo] %s operation=UpdateProfile body=' % iso_ts(g)] + out
    return 'graphql', c.loc, out


def t_har_capture(g):
    """A HAR entry (browser devtools / session replay export) holding a checkout or signup POST."""
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('it', 1), ('nl', 1)])
    loc = 'en_US' if L == 'en' and g.chance(0.5) else pick_loc(g, L)
    c = Ctx(g, loc, diaspora=0.2 if L == 'en' else 0)
    k = g.r.randrange(2)
    if k == 0:
        fields = [('cc-name', c.get('UPPER')), ('cardnumber', c.get('CARD')), ('exp-date', '%02d/%d' % (g.r.randrange(1, 13), g.r.randrange(25, 31))),
                  ('email', c.get('EMAIL')), ('address-line1', E('ADDRESS', g.address(c.country, 'partial'))), ('postal-code', E('ADDRESS', g.digits(5)))]
        url = 'https://shop.%s/checkout/payment' % g.pick(g.WORK_DOMAINS)
    else:
        fields = [('first_name', c.get('GIVEN')), ('last_name', c.get('FAMILY')), ('birthdate', c.get('DOB')), ('phone', c.get('PHONE')),
                  ('password', c.get('PASSWORD')), ('password_confirm', c.get('PASSWORD'))]
        url = 'https://app.%s/signup' % g.pick(g.WORK_DOMAINS)
    body = []
    for i, (k_, v) in enumerate(fields):
        body += ['&' if i else '', k_, '='] + esc([v], url_esc)
    entry = {'startedDateTime': iso_ts(g), 'request': {'method': 'POST', 'url': url, 'httpVersion': 'HTTP/2',
             'headers': [{'name': 'content-type', 'value': 'application/x-www-form-urlencoded'}],
             'postData': {'mimeType': 'application/x-www-form-urlencoded', 'text': Seq(body)}},
             'response': {'status': g.pick([200, 302, 422]), 'content': {'size': g.r.randrange(100, 9000)}}, 'time': round(g.r.uniform(20, 900), 1)}
    return 'har_capture', c.loc, jdump({'log': {'version': '1.2', 'entries': [entry]}}, indent=g.pick([None, 2]))
