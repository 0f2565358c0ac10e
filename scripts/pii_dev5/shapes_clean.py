# -*- coding: utf-8 -*-
"""PII-free texts built to look like PII: ops talk, brand names, DDL, blank forms, placeholders, ids, versions, hashes."""
import datetime

import data as DT
import phrases as PH
from core import E, D, Seq, jdump, jstr, esc, fill, luhn_ok
from ctx import Ctx
from shapes_chat import pick_loc, iso_ts, tid, ROLE_FMT


PLACES = ['Santa Clara', 'San Jose', 'St. Louis', 'Charlotte NC', 'Florence', 'Adelaide', 'Alexandria', 'Jackson Hole',
          'Victoria Station', 'Madison Square Garden', 'Nelson Mandela Bay']
TECH = ['Julia', 'Ruby on Rails', 'Jenkins', 'Ada', 'Alexa', 'Siri', 'Watson', 'Cortana']
STREETLIKE = ['Abbey Road', 'Penny Lane', 'Baker Street', 'Sesame Street', 'Coronation Street', 'Elm Street', 'Park Avenue',
              'Melrose Place', 'Carnaby Street', 'Rodeo Drive', 'Champs-Élysées', 'Via Veneto']


class Over:
    """A Ctx with a few extra slots."""
    def __init__(self, g, c):
        self.g, self.c = g, c

    def get(self, s):
        if s.startswith('TECH'):
            return D('PROPER_NOUN', self.g.pick(TECH))
        if s.startswith('PLACE'):
            return D('PROPER_NOUN', self.g.pick(PLACES))
        if s == 'SHOP':
            return self.g.pick(['Globex Retail', 'Northwind Outlet', 'Kestrel Sports', 'Solstice Travel', 'Meridian Hotels', 'Copperleaf Home'])
        if s.startswith('STREETLIKE'):
            return D('PROPER_NOUN', self.g.pick(STREETLIKE))
        return self.c.get(s)


def render_turns(g, turns):
    """Chat turns as a transcript (support_chat) or as a messages array (chat_json)."""
    if g.chance(0.35):
        msgs = [{'role': r, 'content': Seq(p)} for r, p in turns]
        return 'chat_json', jdump({'model': g.pick(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-1.5-pro']), 'messages': msgs}, indent=g.pick([None, 2]))
    u, a, sep = g.pick(ROLE_FMT)
    out = []
    for r, p in turns:
        out += [u if r == 'user' else a] + p + [sep]
    return 'support_chat', out


def ctx(g, lang='en'):
    return Ctx(g, pick_loc(g, lang))


def OPS(g):
    return D('OPS_TERM', g.d_ops())


def c_ops_chat(g):
    c = ctx(g)
    msgs = [
        "the payments pod is in {O} again, {O} failing since {VERSION}",
        "can someone {O} the worker? it's a {O} eating 9GB",
        "{O} on {PATH} returns 503 but the app looks fine",
        "patient zero was the cache node — see {HASH}",
        "rolled back to {VERSION}, dashboards look healthier now",
        "{O} flagged the upload bucket, quarantining {PATH}",
        "looks like a {O} in the session store, heap keeps growing",
        "who owns the {O}? half the users never get it",
        "incident {NUMID} — root cause: {O}",
        "deploy {HASH} went out at {TIME}, no symptoms so far",
    ]
    out = []
    for m in g.r.sample(msgs, g.r.randrange(2, 5)):
        user = g.pick(['oncall-bot', 'deploy-bot', 'pagerduty', 'grafana', 'ci', 'sre-team', 'alertmanager'])
        out += ['[%02d:%02d] %s: ' % (g.r.randrange(24), g.r.randrange(60), user)] + _fill_ops(g, m, c) + ['\n']
    return 'slack_export', c.loc, out


def _fill_ops(g, m, c):
    parts = []
    for i, chunk in enumerate(m.split('{O}')):
        if i:
            parts.append(OPS(g))
        parts += fill(chunk, c)
    return parts


def c_postmortem(g):
    c = ctx(g)
    out = ['# Post-mortem: ', g.pick(['checkout outage', 'delayed notifications', 'login errors', 'intake bot timeouts']), '\n\n**Date:** ', c.get('PASTDATE'),
           '\n**Severity:** SEV-%d\n**Affected versions:** ' % g.r.randrange(1, 4), c.get('VERSION'), ' – ', c.get('VERSION2'), '\n\n## Timeline\n']
    for i in range(g.r.randrange(3, 6)):
        out += ['- %02d:%02d ' % (g.r.randrange(24), g.r.randrange(60))] + _fill_ops(g, g.pick([
            '{O} alerts fire for api-gateway', 'on-call starts {O}', 'identified {O} in the connection pool', 'mitigated with a {O}',
            'commit {HASH} reverted', 'traffic drained from zone b; {O}', 'status page updated']), c) + ['\n']
    out += ['\n## Root cause\nA ', OPS(g), ' in ', c.get('PATH'), ' caused a ', OPS(g), '. The service was effectively on ', D('OPS_TERM', 'life support mode'), ' for 40 minutes.\n\n## Action items\n- [ ] add ', OPS(g), ' to the runbook\n']
    return g.pick(['github_issue', 'jira_comment']), c.loc, out


def c_product_chat(g):
    L = g.wpick([('en', 6), ('es', 1), ('fr', 1), ('de', 1), ('pt', 1), ('it', 1)])
    c = ctx(g, L)
    o = Over(g, c)
    users = {
        'en': [("do you still have the {PRODUCT} jacket in medium? the site says {PRICE}", "Yes! It's in stock and ships within 2 days."),
               ("is the {STREETLIKE} vinyl back in stock?", "It's back — we restocked on {PASTDATE}."),
               ("my order {ORDER} shows delivered but I don't see it", "Let me check order {ORDER} for you... the courier marked it delivered on {PASTDATE}. I've opened a trace."),
               ("can I return the {PRODUCT} bag I bought on {PASTDATE}?", "Returns are accepted within 30 days. The refund would be {PRICE}."),
               ("which is better for a beginner, {TECH} or Python?", "Good question! Both are great choices."),
               ("is there a {PRODUCT} store near {PLACE}?", "Yes, there's an outlet about 10 minutes from {PLACE}."),
               ("how long does shipping to {PLACE} take?", "We ship there in 3-5 business days."),
               ("why is the {PRODUCT} perfume {PRICE} here and cheaper elsewhere?", "Prices vary by retailer; ours includes free returns."),
               ("do you sell the {STREETLIKE} poster? the one from the album", "We do, it's {PRICE}."),
               ("is the {PRODUCT} watch waterproof? ref {NUMID}", "It's water resistant to 50 m.")],
        'es': ["¿tienen la chaqueta {PRODUCT} en talla M? cuesta {PRICE}", "mi pedido {ORDER} no ha llegado", "¿puedo devolver el bolso {PRODUCT}?",
               "¿hacen envíos a {PLACE}?"],
        'fr': ["vous avez encore le sac {PRODUCT} ? il est à {PRICE}", "ma commande {ORDER} n'est pas arrivée", "le vinyle {STREETLIKE} est dispo ?"],
        'de': ["habt ihr die {PRODUCT} Jacke noch in M? kostet {PRICE}", "meine Bestellung {ORDER} ist nicht angekommen", "gibt es das {STREETLIKE} Album auf Vinyl?"],
        'pt': ["ainda tem a bolsa {PRODUCT}? tá {PRICE}", "meu pedido {ORDER} não chegou", "vocês entregam em {PLACE}?"],
        'it': ["avete ancora la giacca {PRODUCT}? costa {PRICE}", "il mio ordine {ORDER} non è arrivato"],
    }[L]
    bot = {'en': None,
           'es': ["¡Sí! Está disponible.", "Tu pedido {ORDER} llegará el {DATE}."], 'fr': ["Oui, il est en stock.", "Votre commande {ORDER} arrive le {DATE}."],
           'de': ["Ja, ist auf Lager.", "Die Bestellung {ORDER} kommt am {DATE}."], 'pt': ["Sim, temos!", "Seu pedido {ORDER} chega em {DATE}."],
           'it': ["Sì, è disponibile.", "L'ordine {ORDER} arriva il {DATE}."]}[L]
    turns = []
    for m in g.r.sample(users, min(len(users), g.r.randrange(1, 4))):
        if isinstance(m, tuple):
            turns += [('user', fill(m[0], o)), ('assistant', fill(m[1], o))]
        else:
            turns += [('user', fill(m, o)), ('assistant', fill(g.pick(bot), o))]
    shape, out = render_turns(g, turns)
    return shape, c.loc, out


def c_ddl(g):
    c = ctx(g)
    k = g.r.randrange(3)
    if k == 0:
        out = ['CREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  date_of_birth DATE,\n  phone VARCHAR(32),\n  email CITEXT UNIQUE,\n  diagnosis_code VARCHAR(10),\n  password_hash TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n'
               'CREATE INDEX idx_patients_dob ON patients (date_of_birth);\n-- migration ', c.get('PATH'), ' applied ', c.get('PASTDATE'), '\n']
    elif k == 1:
        out = ['ALTER TABLE users ADD COLUMN ssn_encrypted BYTEA;\nALTER TABLE users ADD COLUMN iban_last4 CHAR(4);\nCOMMENT ON COLUMN users.password_hash IS \'argon2id, see ', c.get('PATH'), '\';\n']
    else:
        out = ['INSERT INTO products (sku, name, price) VALUES\n  (\'', c.get('NUMID'), "', '"] + esc([c.get('PRODUCT')], lambda s: s.replace("'", "''")) + ["', ", D('PRICE', '%.2f' % (g.r.randrange(500, 30000) / 100)), "),\n  ('", c.get('NUMID2'), "', '"] + \
            esc([c.get('PRODUCT2')], lambda s: s.replace("'", "''")) + ["', ", D('PRICE', '%.2f' % (g.r.randrange(500, 30000) / 100)), ');\n']
    return 'sql_insert', c.loc, out


def c_blank_form(g):
    L = g.pick(list(PH.LABELS))
    c = ctx(g, L if L != 'en' else 'en')
    lb = PH.LABELS[L]
    blank = g.pick(['________________', '', '[                ]', '…………………', '__/__/____', '<empty>', '(required)'])
    out = ['%s\n\n' % lb['title']]
    for f in ['name', 'dob', 'address', 'phone', 'email', 'password', 'health', 'iban', 'emergency']:
        if g.chance(0.8):
            b = '__/__/____' if f == 'dob' and g.chance(0.5) else (blank if blank != '__/__/____' else '________________')
            out += ['%s: %s\n' % (lb[f], b)]
    out += ['\n[ %s ]\n' % lb['submit']]
    if g.chance(0.4):
        out += ['v', c.get('VERSION'), ' · ', c.get('PATH'), '\n']
    return g.pick(['web_form_i18n', 'insurance_claim', 'hr_onboarding', 'school_enrolment']), c.loc, out


def c_placeholder_config(g):
    c = ctx(g)
    k = g.r.randrange(4)
    if k == 0:
        out = jdump({'auth': {'password_policy': {'min_length': 12, 'require_symbols': True, 'max_age_days': 90}, 'pin_length': 6,
                              'db_password': '${DB_PASSWORD}', 'smtp_password': '{{ .Values.smtp.password }}', 'admin_email': '${ADMIN_EMAIL}'},
                     'health_check': {'path': D('OPS_TERM', '/healthz'), 'interval_s': 10}, 'version': c.get('VERSION')}, indent=2)
        return 'yaml_config', c.loc, out
    if k == 1:
        out = ['DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app\nSMTP_PASS=${SMTP_PASS}\nADMIN_EMAIL=changeme\nPASSWORD_MIN_LENGTH=12\nAPP_VERSION=', c.get('VERSION'), '\n# see ', c.get('PATH'), '\n']
        return 'dotenv', c.loc, out
    if k == 2:
        out = ['apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.internal/api:', c.get('VERSION'),
               '\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: db-credentials\n                  key: password\n          livenessProbe:\n            httpGet:\n              path: ', D('OPS_TERM', '/healthz'), '\n              port: 8080\n']
        return 'k8s_secret', c.loc, out
    out = ["services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n"]
    return 'docker_compose', c.loc, out


def _luhn_bad16(g):
    while True:
        d = g.pick(['4', '5', '3', '6']) + g.digits(15)
        if not luhn_ok(d):
            return d


def c_fake_cards(g):
    c = ctx(g)
    d = _luhn_bad16(g)
    grouped = ' '.join(d[i:i + 4] for i in range(0, 16, 4)) if g.chance(0.7) else d
    shape, m = g.pick([
        ('invoice', 'Payment reference: @@X@@\nPlease quote this reference on your bank transfer. Amount {PRICE}, due {DATE}.'),
        ('sms', 'Voucher code @@X@@ — valid until {DATE}. Value {PRICE}.'),
        ('shipping', 'Tracking: @@X@@ (shipment {ORDER})'),
        ('ocr_scan', 'Meter number @@X@@, reading taken {PASTDATE}.'),
        ('sms', 'Your loyalty card number is @@X@@. Points balance: 1,240.'),
        ('invoice', 'Order {ORDER}\nGift card @@X@@ applied: -{PRICE}')])
    out = _split_marker(fill(m, c), '@@X@@', D('NUMERIC_ID', grouped))
    return shape, c.loc, out


def _split_marker(parts, marker, rep):
    out = []
    for p in parts:
        if isinstance(p, str) and marker in p:
            bits = p.split(marker)
            for i, b in enumerate(bits):
                if i:
                    out.append(rep)
                out.append(b)
        else:
            out.append(p)
    return out


def c_versions(g):
    c = ctx(g)
    r = g.r
    v4 = D('VERSION', '%d.%d.%d.%d' % (r.randrange(1, 12), r.randrange(0, 10), r.randrange(0, 40), r.randrange(0, 300)))
    k = g.r.randrange(3)
    if k == 0:
        out = ['%s INFO updater: upgraded agent from ' % iso_ts(g), c.get('VERSION'), ' to ', v4, ' (build ', c.get('NUMID'), ')\n%s INFO updater: ' % iso_ts(g), OPS(g), ' passed\n']
    elif k == 1:
        out = ['Firmware ', v4, ' is available for your router. Release notes: fixes ', OPS(g), ', improves Wi-Fi stability. Size 38 MB, sha256 ', D('HEX_HASH', g.hexs(64)), '\n']
    else:
        out = ['$ pip freeze | grep -i crypt\ncryptography==', D('VERSION', '%d.%d.%d' % (r.randrange(38, 44), r.randrange(0, 3), r.randrange(0, 9))), '\nbcrypt==', D('VERSION', '4.%d.%d' % (r.randrange(0, 3), r.randrange(0, 9))),
               '\n$ uname -r\n', D('VERSION', '6.%d.%d-%d-generic' % (r.randrange(1, 9), r.randrange(0, 40), r.randrange(10, 120))), '\n$ cat /etc/os-release | grep VERSION_ID\nVERSION_ID="', D('VERSION', '22.04'), '"\n']
    return g.pick(['app_log', 'sms', 'shell_history']) if k != 2 else 'shell_history', c.loc, out


def c_git_log(g):
    c = ctx(g)
    msgs = ['fix: mask phone numbers in traces', 'feat: add date_of_birth column', 'chore: bump deps', 'refactor: password_hash -> argon2',
            'fix: health check timeout', 'docs: update runbook for {O}', 'perf: avoid {O} in worker', 'test: cover IBAN validator edge cases',
            'ci: pin node to {VERSION}', 'revert "{HASHMSG}"']
    out = ['$ git log --oneline -n %d\n' % g.r.randrange(4, 9)]
    for m in g.r.sample(msgs, g.r.randrange(3, 7)):
        out += [D('HEX_HASH', g.hexs(7)), ' ']
        if '{O}' in m:
            a, b = m.split('{O}')
            out += [a, OPS(g), b]
        elif '{VERSION}' in m:
            a, b = m.split('{VERSION}')
            out += [a, c.get('VERSION'), b]
        elif '{HASHMSG}' in m:
            out += ['revert "feat: new checkout flow"']
        else:
            out.append(m)
        out.append('\n')
    return g.pick(['shell_history', 'github_issue']), c.loc, out


def c_history(g):
    L = g.wpick([('en', 5), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('it', 1)])
    c = ctx(g, L)
    ev, ds = g.d_hist(L, c.country)
    ev2, ds2 = g.d_hist(L, c.country)
    q = {'en': ('what happened on {D}?', 'That date is known for {E}. Another famous date is {D2} ({E2}).'),
         'de': ('Was geschah am {D}?', 'An diesem Tag: {E}. Ebenfalls bekannt: {D2} ({E2}).'),
         'fr': ("que s'est-il passé le {D} ?", 'Ce jour-là : {E}. Autre date célèbre : {D2} ({E2}).'),
         'es': ('¿qué pasó el {D}?', 'Ese día: {E}. Otra fecha famosa: {D2} ({E2}).'),
         'pt': ('o que aconteceu em {D}?', 'Nessa data: {E}. Outra data famosa: {D2} ({E2}).'),
         'it': ('cosa è successo il {D}?', "In quella data: {E}. Un'altra data famosa: {D2} ({E2})."),
         }[L]

    def sub(s):
        segs = [s]
        for tok, rep in (('{D2}', D('DATE', ds2)), ('{D}', D('DATE', ds)), ('{E2}', ev2), ('{E}', ev)):
            segs = _split_marker(segs, tok, rep)
        return segs
    shape, out = render_turns(g, [('user', sub(q[0])), ('assistant', sub(q[1]))])
    return shape, c.loc, out


def c_agent_tools_clean(g):
    c = ctx(g)
    k = g.r.randrange(4)
    if k == 0:
        args = {'query': Seq(['return policy for ', c.get('PRODUCT'), ' boots']), 'top_k': 5}
        name = 'search_kb'
    elif k == 1:
        args = {'city': D('PROPER_NOUN', g.pick(PLACES)), 'units': 'metric'}
        name = 'get_weather'
    elif k == 2:
        args = {'order_id': c.get('ORDER')}
        name = 'get_order_status'
    else:
        args = {'sql': 'SELECT count(*) FROM users WHERE date_of_birth IS NULL', 'database': 'analytics'}
        name = 'run_sql'
    obj = {'role': 'assistant', 'tool_calls': [{'id': tid(g, 'call_'), 'type': 'function', 'function': {'name': name, 'arguments': Seq(jdump(args))}}]}
    out = jdump(obj, indent=g.pick([None, 2]))
    if g.chance(0.5):
        res = {'role': 'tool', 'content': Seq(jdump({'status': g.pick(['in_transit', 'ok', 'delivered']), 'eta': c.get('DATE'), 'carrier_ref': c.get('ORDER2'), 'price': c.get('PRICE')}))}
        out += ['\n'] + jdump(res)
    return 'tool_call', c.loc, out


def c_tracking(g):
    L = g.wpick([('en', 4), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('nl', 1)])
    c = ctx(g, L)
    m = {'en': 'Your parcel {ORDER} is out for delivery today between {TIME} and 18:00. Manage delivery: https://track.example/{HASH}',
         'de': 'Ihr Paket {ORDER} wird heute zugestellt. Sendungsverfolgung: https://track.example/{HASH}',
         'fr': 'Votre colis {ORDER} sera livré aujourd\'hui. Suivi : https://track.example/{HASH}',
         'es': 'Tu paquete {ORDER} se entrega hoy. Seguimiento: https://track.example/{HASH}',
         'pt': 'Seu pacote {ORDER} sai para entrega hoje. Rastreio: https://track.example/{HASH}',
         'nl': 'Je pakket {ORDER} wordt vandaag bezorgd. Volg: https://track.example/{HASH}'}[L]
    return g.pick(['sms', 'shipping']), c.loc, fill(m, c)


def c_product_csv(g):
    c = ctx(g)
    out = ['sku,name,price,launched\n']
    for i in range(g.r.randrange(3, 6)):
        nm = c.get('PRODUCT%d' % (i + 1)) if g.chance(0.6) else D('PROPER_NOUN', g.pick(['Abbey Road (Remastered)', 'Penny Lane 7"', 'Sesame Street Elmo', 'Park Avenue EDT 100ml', 'Baker Street Trench']))
        out += [c.get('NUMID%d' % (i + 1)), ',"'] + esc([nm], lambda s: s.replace('"', '""')) + ['",', D('PRICE', '%.2f' % (g.r.randrange(500, 40000) / 100)), ',', c.get('PASTDATE%d' % (i + 1)), '\n']
    return g.pick(['csv_export', 'markdown_table']), c.loc, out


def c_ics_room(g):
    c = ctx(g)
    room = D('PROPER_NOUN', g.pick(['Grace Hopper Hall', 'Ada Lovelace room', 'Marie Curie ward', 'Victoria Station']))
    d = g.rand_date(2024, 2025)
    out = ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:%sT%02d0000Z\r\nSUMMARY:' % (d.strftime('%Y%m%d'), g.r.randrange(8, 17)),
           g.pick(['Sprint review', 'Incident review: ', 'Quarterly planning', 'Fire drill']), OPS(g) if g.chance(0.4) else '', '\r\nLOCATION:', room,
           '\r\nDESCRIPTION:Agenda: ', OPS(g), '\\, roadmap ', c.get('VERSION'), '\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n']
    return 'ics_invite', c.loc, out


def c_trace_clean(g):
    c = ctx(g)
    k = g.r.randrange(2)
    if k == 0:
        out = ['java.lang.NullPointerException: Cannot invoke "Order.getTotal()" because "order" is null\n\tat com.acme.shop.OrderService.checkout(OrderService.java:%d)\n\tat com.acme.shop.api.CheckoutController.post(CheckoutController.java:%d)\norderId=' % (g.r.randrange(40, 400), g.r.randrange(20, 200)),
               c.get('ORDER'), ' total=', c.get('PRICE'), ' build=', c.get('HASH'), '\n']
    else:
        out = ['Traceback (most recent call last):\n  File "', c.get('PATH'), '", line %d, in <module>\n    main()\nTimeoutError: ' % g.r.randrange(1, 300), OPS(g), ' exceeded 30s (request ', c.get('NUMID'), ')\n']
    return 'stack_trace', c.loc, out


def c_json_log_clean(g):
    c = ctx(g)
    out = []
    for i in range(g.r.randrange(2, 4)):
        rec = g.pick([{'level': 'info', 'msg': D('OPS_TERM', 'health check'), 'path': D('OPS_TERM', '/healthz'), 'status': 200, 'latency_ms': g.r.randrange(1, 50)},
                      {'level': 'warn', 'msg': D('OPS_TERM', 'memory leak'), 'rss_mb': g.r.randrange(500, 9000), 'build': c.get('HASH')},
                      {'level': 'info', 'msg': 'order placed', 'order_id': c.get('ORDER'), 'amount': c.get('PRICE'), 'currency': 'EUR'},
                      {'level': 'info', 'msg': 'password policy updated', 'min_length': 12, 'by': 'terraform'},
                      {'level': 'error', 'msg': D('OPS_TERM', 'CrashLoopBackOff'), 'pod': 'api-%s' % g.hexs(5), 'image': Seq(['api:', D('VERSION', '%d.%d.%d' % (g.r.randrange(1, 9), g.r.randrange(0, 30), g.r.randrange(0, 20)))])}])
        r = {'ts': iso_ts(g)}
        r.update(rec)
        out += jdump(r) + ['\n']
    return 'json_log', c.loc, out


def c_password_policy(g):
    L = g.wpick([('en', 4), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1)])
    c = ctx(g, L)
    m = {'en': ['Your password must be at least 12 characters and include a number and a symbol. Use the ', D('OPS_TERM', 'password reset link'), ' if you forgot it. PINs must be 4–6 digits.'],
         'de': ['Das Passwort muss mindestens 12 Zeichen lang sein. Nutzen Sie den ', D('OPS_TERM', 'password reset link'), ' in der E-Mail.'],
         'fr': ['Le mot de passe doit contenir au moins 12 caractères. Utilisez le ', D('OPS_TERM', 'password reset link'), ' reçu par e-mail.'],
         'es': ['La contraseña debe tener al menos 12 caracteres. Usa el ', D('OPS_TERM', 'password reset link'), ' del correo.'],
         'pt': ['A senha deve ter pelo menos 12 caracteres. Use o ', D('OPS_TERM', 'password reset link'), ' enviado por e-mail.']}[L]
    u, a, sep = g.pick(ROLE_FMT)
    q = {'en': 'what are the password rules?', 'de': 'welche Passwortregeln gelten?', 'fr': 'quelles sont les règles du mot de passe ?',
         'es': '¿cuáles son las reglas de la contraseña?', 'pt': 'quais são as regras de senha?'}[L]
    return 'support_chat', c.loc, [u, q, sep, a] + m + [sep]


def c_tech_names(g):
    c = ctx(g)
    o = Over(g, c)
    qa = g.pick([
        ('should I write the data pipeline in {TECH} or stick with Python?', '{TECH} is great for numerics; for orchestration many teams use {TECH2}.'),
        ('{TECH} keeps failing on the nightly build', 'Check the health check first, then the agent version ({VERSION}).'),
        ('can I ask {TECH} to turn off the lights?', 'Yes, if the device is linked in the app.'),
        ('is {TECH} still maintained?', 'Yes, the latest release is {VERSION}.'),
    ])
    shape, out = render_turns(g, [('user', fill(qa[0], o)), ('assistant', fill(qa[1], o))])
    return shape, c.loc, out


def c_newsletter(g):
    L = g.wpick([('en', 4), ('de', 1), ('fr', 1), ('es', 1), ('it', 1), ('nl', 1)])
    c = ctx(g, L)
    m = {'en': 'Subject: Spring sale — {PRODUCT} up to 40% off\n\nHi there,\n\nOur spring sale runs until {DATE}. {PRODUCT2} trainers now {PRICE}. Visit our store on {STREETLIKE}.\n\n— The {SHOP} team\nUnsubscribe: https://mail.example/u/{HASH}',
         'de': 'Betreff: Frühjahrs-Sale\n\nHallo,\n\nbis {DATE}: {PRODUCT} ab {PRICE}.\n\nIhr {SHOP}-Team',
         'fr': 'Objet : Soldes de printemps\n\nBonjour,\n\njusqu\'au {DATE} : {PRODUCT} à partir de {PRICE}.\n\nL\'équipe {SHOP}',
         'es': 'Asunto: Rebajas de primavera\n\nHola,\n\nhasta el {DATE}: {PRODUCT} desde {PRICE}.\n\nEl equipo de {SHOP}',
         'it': 'Oggetto: Saldi di primavera\n\nCiao,\n\nfino al {DATE}: {PRODUCT} da {PRICE}.\n\nIl team {SHOP}',
         'nl': 'Onderwerp: Voorjaarsuitverkoop\n\nHoi,\n\ntot {DATE}: {PRODUCT} vanaf {PRICE}.\n\nTeam {SHOP}'}[L]
    return 'email_thread', c.loc, fill(m, Over(g, c))


def c_pdf_terms(g):
    from core import hardwrap
    c = ctx(g)
    parts = fill('TERMS AND CONDITIONS (effective {DATE})\n\n1. Fees. The annual fee is {PRICE}, payable by {DATE2}. Late payments incur a charge of {PRICE2}.\n2. Data. We store account data in {PLACE} data centres. Passwords are stored as salted hashes; staff will never ask for your PIN.\n3. Changes. These terms replace the version of {PASTDATE} (ref {NUMID}).', Over(g, c))
    return 'pdf_extract', c.loc, hardwrap(parts, g.pick([50, 60, 70]), g.r)


def c_webhook_clean(g):
    c = ctx(g)
    obj = {'id': 'evt_' + g.hexs(24), 'type': g.pick(['invoice.paid', 'product.updated', 'price.created']), 'data': {'object': {'id': 'prod_' + g.hexs(14), 'name': c.get('PRODUCT'),
           'unit_amount_display': c.get('PRICE'), 'metadata': {'sku': c.get('NUMID'), 'release': c.get('VERSION')}}}, 'created': g.r.randrange(1700000000, 1740000000)}
    return 'webhook_payload', c.loc, jdump(obj, indent=g.pick([None, 2]))


def c_medical_sounding(g):
    c = ctx(g)
    out = _fill_ops(g, g.pick([
        'Diagnosis: the API is sick — {O} every 30s, {O} after deploy {HASH}. Prognosis: restart.',
        'Symptoms: 502s and a {O}. Treatment: {O}, then {O}. Patient recovered at {TIME}.',
        'The {O} says the cluster is in {O}; starting {O} now.',
        'Vitals look bad: p99 {NUMID}ms, {O}. Putting the service on life support until {VERSION} ships.']), c)
    return g.pick(['slack_export', 'teams_chat', 'jira_comment']), c.loc, out


def c_teams_clean(g):
    c = ctx(g)
    lines = ['reminder: sprint review in the {PROPER} at {TIME}', 'build {NUMID} is green, tagging {VERSION}', '{O} alert cleared',
             'who broke {PATH}?', 'new laptop order {ORDER} arrives {DATE}', 'expense limit for the offsite is {PRICE}']
    out = []
    for ln in g.r.sample(lines, g.r.randrange(2, 4)):
        out += ['[%d/%d/2025 %d:%02d PM] %s\n' % (g.r.randrange(1, 13), g.r.randrange(1, 29), g.r.randrange(1, 12), g.r.randrange(60), g.pick(['Platform Bot', 'IT Helpdesk', 'Jira Cloud', 'GitHub']))] + \
            _fill_ops(g, ln.replace('{PROPER}', '@@ROOM@@'), c) + ['\n\n']
    out = _split_marker(out, '@@ROOM@@', D('PROPER_NOUN', g.pick(['Grace Hopper Hall', 'Ada Lovelace room'])))
    return 'teams_chat', c.loc, out


def c_intl_ops(g):
    L = g.pick(['de', 'fr', 'es', 'pt', 'ja', 'zh', 'ko', 'ru', 'tr', 'pl', 'nl', 'it'])
    c = ctx(g, L)
    m = {'de': 'Der Pod hängt in {O}, {O} schlägt seit Version {VERSION} fehl.', 'fr': 'Le pod est en {O}, le {O} échoue depuis {VERSION}.',
         'es': 'El pod está en {O}, el {O} falla desde {VERSION}.', 'pt': 'O pod está em {O}, o {O} falha desde a {VERSION}.',
         'ja': 'Podが{O}状態です。{VERSION}から{O}が失敗しています。', 'zh': 'Pod处于{O}状态，{VERSION}之后{O}一直失败。',
         'ko': '파드가 {O} 상태입니다. {VERSION} 이후 {O} 실패.', 'ru': 'Под в состоянии {O}, {O} падает с версии {VERSION}.',
         'tr': 'Pod {O} durumunda, {VERSION} sürümünden beri {O} başarısız.', 'pl': 'Pod jest w {O}, {O} nie przechodzi od {VERSION}.',
         'nl': 'De pod staat in {O}, de {O} faalt sinds {VERSION}.', 'it': 'Il pod è in {O}, il {O} fallisce dalla {VERSION}.'}[L]
    return g.pick(['slack_export', 'app_log', 'teams_chat']), c.loc, _fill_ops(g, m, c)


CLEAN = [
    (c_ops_chat, 10), (c_postmortem, 8), (c_product_chat, 12), (c_ddl, 7), (c_blank_form, 12), (c_placeholder_config, 9),
    (c_fake_cards, 8), (c_versions, 8), (c_git_log, 6), (c_history, 8), (c_agent_tools_clean, 9), (c_tracking, 6),
    (c_product_csv, 6), (c_ics_room, 6), (c_trace_clean, 6), (c_json_log_clean, 6), (c_password_policy, 7), (c_tech_names, 7),
    (c_newsletter, 6), (c_pdf_terms, 5), (c_webhook_clean, 5), (c_medical_sounding, 8), (c_teams_clean, 5), (c_intl_ops, 8),
]
