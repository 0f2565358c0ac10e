"""The PII shapes of pii_dev11. Each takes a Ctx and returns a Doc."""
import values as V
from core import Doc, E, F, X, Raw, csv_row, htmlesc, jdump, jesc, join, sqlesc
from phrases import CONTEXT, LABELS, LATIN_LANGS

MODELS_OAI = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'o3-mini', 'gpt-3.5-turbo-0125']
MODELS_ANT = ['claude-3-5-sonnet-20241022', 'claude-3-5-haiku-20241022', 'claude-sonnet-4-20250514', 'claude-3-opus-20240229']
SYSTEMS = ['You are a helpful support assistant for an online pharmacy. Be concise.',
           'You are Nova, the booking assistant of a boutique hotel chain. Answer in the language of the guest.',
           'Extract the customer fields as JSON. Do not invent values.',
           'You are an internal IT helpdesk bot. Never repeat secrets back to the user.',
           'Summarise the conversation for the CRM in at most three sentences.',
           'You triage incoming e-mails for the claims team. Output a category and a priority.']
TOOLS = ['update_customer', 'create_ticket', 'lookup_member', 'register_patient', 'book_appointment', 'verify_identity', 'reset_credentials']


def _id(r, pre, n=24):
    return pre + ''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(n))


def fields(c, pool, p=None, json_ctx=True):
    """dict key -> (type, value) for a record about person p."""
    r = c.r
    p = p or c.person()
    out = {}
    keys = {'PERSON': ['name', 'full_name', 'customer_name', 'patient', 'assignee', 'holder'],
            'DATE_OF_BIRTH': ['dob', 'date_of_birth', 'birthDate', 'born', 'birthday'],
            'PHONE': ['phone', 'mobile', 'tel', 'contact_number', 'phoneNumber'], 'EMAIL': ['email', 'e_mail', 'contactEmail'],
            'ADDRESS': ['address', 'shipping_address', 'home_address'], 'PASSWORD': ['password', 'new_password', 'temp_pw', 'passcode'],
            'HEALTH': ['condition', 'diagnosis', 'medical_notes'], 'IBAN': ['iban', 'payout_account'], 'CREDIT_CARD': ['card_number', 'pan', 'cc'],
            'US_SSN': ['ssn', 'tax_id'], 'IP_ADDRESS': ['ip', 'client_ip', 'last_login_ip']}
    out[r.choice(keys['PERSON'])] = E('PERSON', p.nm(r.choice(['full', 'full', 'full', 'rom']) if not p.latin() else 'full'))
    for t in c.pick(pool, 1, 3):
        if t == 'PERSON':
            continue
        v = c.email(p) if t == 'EMAIL' else c.val(t, p, json_ctx)
        out[r.choice(keys[t])] = E(t, v)
    return out, p


# ------------------------------------------------------------------ chat and LLM bodies

ASSIST = {'en': ["I'm sorry to hear that. To verify your identity, could you share a few details?", 'Thanks for reaching out! I can help with that. What details do you have?',
                 'Sure. Please tell me what happened and I will look into it.'],
          'fr': ['Je suis désolé. Pour vérifier votre identité, pouvez-vous me donner quelques informations ?'],
          'de': ['Das tut mir leid. Zur Verifizierung brauche ich ein paar Angaben von Ihnen.'],
          'es': ['Lo siento. Para verificar su identidad, ¿puede darme algunos datos?'],
          'it': ['Mi dispiace. Per verificare la sua identità, può fornirmi qualche dato?'],
          'pt': ['Sinto muito. Para verificar a sua identidade, pode me passar alguns dados?'],
          'nl': ['Vervelend om te horen. Kunt u ter verificatie een paar gegevens delen?'],
          'pl': ['Przykro mi. Aby zweryfikować tożsamość, proszę podać kilka danych.'],
          'ru': ['Сожалею. Для проверки личности, пожалуйста, укажите несколько данных.'],
          'ja': ['ご不便をおかけして申し訳ございません。本人確認のため、いくつか情報を教えていただけますか。'],
          'zh': ['很抱歉给您带来不便。为了核实身份，请提供一些信息。'], 'ko': ['불편을 드려 죄송합니다. 본인 확인을 위해 몇 가지 정보를 알려주세요.'],
          'tr': ['Üzgünüm. Kimliğinizi doğrulamak için birkaç bilgi paylaşır mısınız?']}
TURN = {'en': ('User', 'Assistant'), 'fr': ('Utilisateur', 'Assistant'), 'de': ('Nutzer', 'Assistent'), 'es': ('Usuario', 'Asistente'),
        'it': ('Utente', 'Assistente'), 'pt': ('Usuário', 'Assistente'), 'ja': ('ユーザー', 'アシスタント'), 'zh': ('用户', '助手'), 'ko': ('사용자', '상담원')}


def t_chat(c):
    r = c.r
    d, _ = c.chat_body()
    if c.lang in LATIN_LANGS and r.random() < 0.22:
        c.variant = 'lower'
        d = d.lower()
    elif r.random() < 0.45:
        c.variant = 'multiturn'
        u, a = TURN.get(c.lang, ('User', 'Assistant'))
        ctxs = CONTEXT.get(c.lang, CONTEXT['en'])
        d = Doc(u, ': ', r.choice(ctxs), '\n', a, ': ', r.choice(ASSIST.get(c.lang, ASSIST['en'])), '\n', u, ': ', d)
        if r.random() < 0.5:
            d.add('\n', a, ': ', r.choice(['Thank you. One moment while I check.', 'Got it, I have updated your request.', 'Thanks, I will pass this to the team.']))
    return d


def t_openai(c):
    r = c.r
    body, p = c.chat_body()
    msgs = [{'role': 'system', 'content': ' '.join(r.sample(SYSTEMS, r.choice([1, 1, 2])))}]
    if r.random() < 0.4:
        msgs += [{'role': 'user', 'content': r.choice(['hi', 'hello?', 'I need help with my account', 'can I talk to a human'])},
                 {'role': 'assistant', 'content': r.choice(['Hello! How can I help you today?', 'Of course. Could you describe the problem?',
                                                            'I can help with that. What seems to be wrong?'])}]
    msgs.append({'role': 'user', 'content': body})
    if r.random() < 0.5:
        c.variant = 'toolcall'
        args, _ = fields(c, ['DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'PASSWORD', 'CREDIT_CARD', 'ADDRESS'], p)
        msgs.append({'role': 'assistant', 'content': None, 'tool_calls': [{'id': _id(r, 'call_'), 'type': 'function', 'function': {
            'name': r.choice(TOOLS), 'arguments': jdump(args, compact=r.random() < 0.5)}}]})
    obj = {'model': r.choice(MODELS_OAI), 'messages': msgs}
    if r.random() < 0.5:
        obj['temperature'] = r.choice([0, 0.2, 0.7])
    return jdump(obj, r.choice([None, None, 2]))


def t_anthropic(c):
    r = c.r
    body, p = c.chat_body()
    msgs = [{'role': 'user', 'content': [{'type': 'text', 'text': body}]}]
    if r.random() < 0.6:
        c.variant = 'tool_result'
        tid = _id(r, 'toolu_01', 22)
        args, _ = fields(c, ['DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'IBAN', 'US_SSN' if c.cc == 'US' else 'HEALTH', 'ADDRESS'], p)
        res, _ = fields(c, ['PHONE', 'EMAIL', 'ADDRESS', 'DATE_OF_BIRTH'], p)
        res['status'] = r.choice(['verified', 'found', 'updated'])
        msgs.append({'role': 'assistant', 'content': [{'type': 'tool_use', 'id': tid, 'name': r.choice(TOOLS), 'input': args}]})
        msgs.append({'role': 'user', 'content': [{'type': 'tool_result', 'tool_use_id': tid, 'content': jdump(res)}]})
    obj = {'model': r.choice(MODELS_ANT), 'max_tokens': r.choice([512, 1024, 4096]), 'system': ' '.join(r.sample(SYSTEMS, r.choice([1, 2]))), 'messages': msgs}
    if r.random() < 0.3:
        obj['metadata'] = {'user_id': _id(r, 'usr_', 16)}
    return jdump(obj, r.choice([None, 2]))


# ------------------------------------------------------------------ tickets, mail, chat exports

def t_ticket(c):
    r = c.r
    p = c.person()
    d = Doc(F('Ticket #⟦n⟧ · Priority: ⟦pr⟧\n', n=X('NUMERIC_ID', str(r.randint(10000, 999999))), pr=r.choice(['High', 'Normal', 'Urgent', 'Low'])))
    d.add('Requester: ', c.nm(p, 'full'))
    if c.want('EMAIL'):
        d.add(' <', E('EMAIL', c.email(p)), '>')
    d.add('\nCreated: ', X('DATE', c.ts()), '\nChannel: ', r.choice(['web form', 'e-mail', 'chat widget', 'phone']), '\n')
    d.add('Tags: ', ', '.join(r.sample(['billing', 'login', 'delivery', 'refund', 'vip', 'escalated', 'kyc', 'mobile-app'], r.randint(1, 3))),
          '\nSLA: ', r.choice(['4h', '24h', '2 business days']), '\n\n')
    body, _ = c.chat_body(pool=['DATE_OF_BIRTH', 'PASSWORD', 'PHONE', 'ADDRESS', 'IBAN'], extra_person=False, p=p if r.random() < 0.7 else None)
    d.add(body)
    if c.want('PERSON', 0.6) or c.want('DATE_OF_BIRTH', 0.4):
        a = c.person()
        d.add('\n\n— Internal note (', c.nm(a, 'given'), '): ')
        d.add(r.choice(['identity verified', 'caller verified', 'KBA passed']))
        if c.want('DATE_OF_BIRTH', 0.6):
            d.add(' with DOB ', E('DATE_OF_BIRTH', c.dob()))
        if c.want('IP_ADDRESS', 0.6):
            d.add('; login attempts from ', E('IP_ADDRESS', c.ip()))
        if c.want('CREDIT_CARD', 0.4):
            d.add('; card on file ', E('CREDIT_CARD', c.card()))
        d.add('.')
    return d


SUBJECTS = ['Re: your booking', 'Re: Rechnung Nr. 2231', 'Re: contract renewal', 'RE: address change', 'Fwd: onboarding documents',
            'Re: Demande de remboursement', 'Re: access to the shared drive', 'Re: Kita-Anmeldung', 'RE: visa appointment']


def t_email(c):
    r = c.r
    a, b = c.person(), c.person()
    ea, eb = c.email(a, r.random() < 0.5), c.email(b, r.random() < 0.5)
    d = Doc('From: ', c.nm(a, 'full'), ' <', E('EMAIL', ea), '>\nTo: ', c.nm(b, 'full'), ' <', E('EMAIL', eb), '>\n')
    d.add('Subject: ', r.choice(SUBJECTS), '\nDate: ', X('DATE', c.ts('space')), '\n\n')
    d.add(c.phrase('hi') if r.random() < 0.5 else Doc(r.choice(['Hi ', 'Dear ', 'Hello ']), c.nm(b, 'given' if b.latin() else 'full'), ','), '\n\n')
    segs = [c.say(t, a) for t in c.pick(['DATE_OF_BIRTH', 'PHONE', 'ADDRESS', 'PASSWORD', 'IBAN'], 1, 2)]
    d.add(c.prose(segs, greet=False, bye=False), '\n\n')
    d.add(c.phrase('bye'), '\n', c.nm(a, r.choice(['given', 'full'])))
    if c.want('PHONE', 0.7):
        d.add('\n', r.choice(['M: ', 'Tel. ', 'Mob ', '📱 ']), E('PHONE', c.phone()))
    d.add('\n\n')
    when = c.date()
    on, wrote = {'de': ('Am ', 'schrieb'), 'fr': ('Le ', 'a écrit'), 'es': ('El ', 'escribió'), 'it': ('Il giorno ', 'ha scritto'),
                 'pt': ('Em ', 'escreveu'), 'nl': ('Op ', 'schreef'), 'pl': ('W dniu ', 'napisał(a)'), 'sv': ('Den ', 'skrev')}.get(c.lang, ('On ', 'wrote'))
    d.add(on, X('DATE', when), ', ', c.nm(b, 'full'), ' <', E('EMAIL', eb), '> ', wrote, ':\n')
    q = Doc()
    q.add(r.choice(['Could you send me the details we discussed?', 'Can you confirm the information below?', 'We still need a few things from you.']))
    if c.want('PERSON', 0.5):
        o = c.person()
        q.add('\n', r.choice(['I spoke to ', 'I checked with ', 'As agreed with ']), c.nm(o), ' this morning.')
    if c.want('PASSWORD', 0.4):
        q.add('\nYour temporary login is ', E('PASSWORD', c.pw('rand')), ' – please change it.')
    q.add('\n\nBest,\n', c.nm(b, 'given'))
    d.add(quote(q))
    return d


def quote(q):
    """Prefix every line with '> ' (an empty line gets '>')."""
    out = Doc()
    start = True
    for s, t in q.p:
        if t:
            if start:
                out.add('> ')
                start = False
            out.add((t, s))
            continue
        for i, part in enumerate(s.split('\n')):
            if i:
                if start:
                    out.add('>')
                out.add('\n')
                start = True
            if part:
                if start:
                    out.add('> ')
                    start = False
                out.add(part)
    return out


def t_slack(c):
    r = c.r
    n = r.randint(2, 3)
    ps = [c.person() for _ in range(n)]
    msgs = []
    base = r.randint(1700000000, 1760000000)
    for i in range(n):
        p = ps[i]
        txt = Doc()
        k = r.random()
        if i == 0 and (c.primary == 'PASSWORD' or (c.want('PASSWORD') and k < 0.5)):
            txt.add(r.choice(['staging db pw is ', 'new vpn password: ', 'the admin login for the router is admin / ', 'here you go: ']), E('PASSWORD', c.pw()))
        elif c.want('IP_ADDRESS', 0.7) and k < 0.4:
            txt.add('prod box is ', E('IP_ADDRESS', c.ip()), ', ssh as deploy')
        elif c.want('PHONE', 0.6) and k < 0.6:
            txt.add('if I am offline call me on ', E('PHONE', c.phone()))
        elif c.want('EMAIL', 0.6) and k < 0.8:
            txt.add('send the invoice to ', E('EMAIL', c.email(p, True)), ' pls')
        else:
            o = ps[(i + 1) % n]
            txt.add(r.choice(['thanks ', 'ok ', 'ping ', 'nice one ']), E('PERSON', o.nm('lgiven' if o.latin() else 'given')), r.choice([' 🙏', '!', '', ' :+1:']))
        if i == n - 1 and c.want('PERSON', 0.4):
            txt.add(' ', c.cc_line(2))
        m = {'type': 'message', 'user': 'U0' + ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(9)),
             'ts': '%d.%06d' % (base + i * r.randint(20, 900), r.randint(0, 999999)), 'text': txt,
             'user_profile': {'real_name': E('PERSON', p.full), 'display_name': E('PERSON', p.nm('lgiven') if p.latin() else p.g)}}
        if (p.latin() and p.nm('lgiven') == p.full.lower()) or r.random() < 0.5:
            m['user_profile'].pop('display_name')
        msgs.append(m)
    return jdump(msgs, r.choice([None, 2]))


def t_teams(c):
    r = c.r
    n = r.randint(2, 4)
    ps = [c.person() for _ in range(n)]
    d = Doc()
    h, m = r.randint(8, 17), r.randint(0, 50)
    for i in range(n + 1):
        p = ps[i % n]
        if p.latin() and not p.ff:
            lab = E('PERSON', p.nm('rev'))
        else:
            lab = E('PERSON', p.full)
        d.add('[%02d:%02d] ' % (h, m + i), lab, r.choice(['', ' (Guest)', ' (External)', '']) if i < n else '', '\n')
        k = i % 4
        if i == 0 and c.want('PHONE'):
            d.add(r.choice(['my mobile in case the call drops: ', 'dial-in backup: ']), E('PHONE', c.phone()))
        elif i == 1 and c.want('PASSWORD'):
            d.add(r.choice(['meeting passcode is ', 'the PDF password is ', 'shared mailbox pw: ']), E('PASSWORD', c.pw(r.choice(['pin', 'rand', 'word']))))
        elif k == 2 and c.want('DATE_OF_BIRTH', 0.7):
            o = c.person()
            d.add('HR needs ', E('PERSON', o.full), "'s DOB for the insurance form: ", E('DATE_OF_BIRTH', c.dob()))
        else:
            d.add(r.choice(['sounds good', 'joining in 2', 'can you share your screen?', 'I will send the minutes', 'sorry, was on mute']))
        d.add('\n')
    return d


# ------------------------------------------------------------------ developer artefacts

def t_gitlog(c):
    r = c.r
    d = Doc()
    for k in range(r.randint(1, 3)):
        a = c.person()
        d.add('commit ', X('HEX_HASH', V.hexh(r, 40)), '\nAuthor: ', E('PERSON', a.nm('full' if a.latin() else r.choice(['full', 'rom']))), ' <',
              E('EMAIL', c.email(a, r.random() < 0.6)), '>\nDate:   ', X('DATE', c.ts('space')), '\n\n    ')
        d.add(r.choice(['fix: handle empty cart on checkout', 'feat(auth): add passkey enrolment', 'chore: bump deps', 'docs: update README',
                        'refactor: split billing service', 'test: cover timezone edge cases']), '\n')
        if k == 0 and c.want('PASSWORD', 1.2):
            d.add('\n    ', r.choice(['temporarily hardcode creds for the demo', 'WIP: local config', 'add seed data']), '\n\n')
            d.add('diff --git a/config/local.env b/config/local.env\n+DB_HOST=', E('IP_ADDRESS', c.ip(False)) if c.want('IP_ADDRESS') else 'db.internal',
                  '\n+DB_USER=app\n+DB_PASSWORD=', E('PASSWORD', c.pw(nosym=r.random() < 0.5)), '\n')
        if c.want('PERSON', 0.8):
            d.add('\n')
            for _ in range(r.randint(1, 2)):
                o = c.person()
                tr = r.choice(['Co-authored-by', 'Signed-off-by', 'Reviewed-by', 'Reported-by', 'Tested-by'])
                d.add('    ', tr, ': ', E('PERSON', o.nm('full')), ' <', E('EMAIL', c.email(o, r.random() < 0.5)), '>\n')
        d.add('\n')
    return d


def t_code(c):
    r = c.r
    p = c.person()
    k = r.choice(['py', 'js', 'go', 'yaml_fixture', 'test'])
    c.variant = k
    d = Doc()
    if k == 'py':
        d.add('# Author: ', E('PERSON', p.full), ' <', E('EMAIL', c.email(p, True)), '>\n')
        if c.want('PERSON', 0.7):
            o = c.person()
            d.add('# TODO(', E('PERSON', o.nm('lgiven') if o.latin() else o.g), '): ', r.choice(['move secrets to vault', 'remove before release', 'ask about retries']), '\n')
        d.add('import psycopg2\n\n\ndef connect():\n    return psycopg2.connect(\n        host=')
        if c.want('IP_ADDRESS'):
            d.add("'", E('IP_ADDRESS', c.ip(False)), "'")
        else:
            d.add("'db.internal'")
        d.add(",\n        user='svc_reports',\n        password='", E('PASSWORD', c.pw().replace("'", '')), "',\n    )\n")
    elif k == 'js':
        d.add('// maintained by ', E('PERSON', p.nm(r.choice(['full', 'init']))), '\n')
        d.add("const client = new Redis({ host: 'cache.local', port: 6379, password: '", E('PASSWORD', c.pw(nosym=True)), "' });\n")
        if c.want('PERSON', 0.5) or c.want('EMAIL', 0.5):
            o = c.person()
            d.add('// reviewed by ', E('PERSON', o.full), ' — questions to ', E('EMAIL', c.email(o, True)), '\n')
    elif k == 'go':
        d.add('// Package billing was written by ', E('PERSON', p.full), '.\npackage billing\n\nconst (\n\tsmtpUser = "alerts"\n\tsmtpPass = "', E('PASSWORD', c.pw(nosym=True)), '"\n)\n')
    elif k == 'yaml_fixture':
        d.add('# fixtures/users.yml – real data, do not commit (', E('PERSON', p.nm('lgiven') if p.latin() else p.g), ')\n')
        d.add('- id: ', X('NUMERIC_ID', str(r.randint(1000, 99999))), '\n  name: "', E('PERSON', p.full), '"\n')
        if c.want('DATE_OF_BIRTH', 1.3):
            d.add('  birth_date: ', E('DATE_OF_BIRTH', c.dob('iso')), '\n')
        if c.want('PHONE'):
            d.add('  phone: "', E('PHONE', c.phone()), '"\n')
        d.add('  password: ', E('PASSWORD', c.pw(nosym=True)), '\n')
    else:
        d.add('def test_signup_happy_path(client):\n    # data copied from a real ticket by ', E('PERSON', p.nm('given')), ', sorry\n')
        d.add('    resp = client.post("/signup", json={\n        "name": "', E('PERSON', c.person().full), '",\n')
        if c.want('DATE_OF_BIRTH', 1.3):
            d.add('        "dob": "', E('DATE_OF_BIRTH', c.dob('iso')), '",\n')
        d.add('        "password": "', E('PASSWORD', c.pw().replace('"', '')), '",\n    })\n    assert resp.status_code == 201\n')
    return d


def t_trace(c):
    r = c.r
    p = c.person()
    if r.random() < 0.55:
        c.variant = 'python'
        d = Doc('Traceback (most recent call last):\n  File "/srv/app/handlers/signup.py", line ', str(r.randint(20, 300)), ', in create_user\n    validate(payload)\n')
        d.add('  File "/srv/app/validation.py", line ', str(r.randint(10, 120)), ', in validate\n    raise ValidationError(msg)\n')
        k = r.choice(['phone', 'dob', 'email'])
        if c.primary == 'DATE_OF_BIRTH' or (k == 'dob' and c.primary not in ('PHONE', 'EMAIL')):
            d.add('app.validation.ValidationError: user under 16: date_of_birth=', E('DATE_OF_BIRTH', c.dob('iso')), '\n')
        elif k == 'email' or c.primary == 'EMAIL':
            d.add('app.validation.ValidationError: domain not allowed: ', E('EMAIL', c.email(p)), '\n')
        else:
            d.add("app.validation.ValidationError: phone '", E('PHONE', c.phone()), "' is not valid for region ", c.cc, '\n')
        d.add('payload = {')
        items = [Doc("'name': '", E('PERSON', p.full), "'")]
        if c.want('PASSWORD'):
            items.append(Doc("'password': '", E('PASSWORD', c.pw().replace("'", '')), "'"))
        if c.want('IP_ADDRESS'):
            items.append(Doc("'remote_addr': '", E('IP_ADDRESS', c.ip()), "'"))
        if c.want('CREDIT_CARD', 0.5):
            items.append(Doc("'card': '", E('CREDIT_CARD', c.card()), "'"))
        d.add(join(items, ', '), '}\n')
        return d
    c.variant = 'java'
    d = Doc('ERROR ', X('DATE', c.ts('space')), ' [http-nio-8080-exec-', str(r.randint(1, 40)), '] c.a.u.UserService - lookup failed\n')
    d.add('com.acme.users.DuplicateAccountException: account already exists for ', E('EMAIL', c.email(p)), ' (', E('PERSON', p.full), ')\n')
    d.add('\tat com.acme.users.UserService.register(UserService.java:', str(r.randint(40, 400)), ')\n\tat com.acme.api.SignupController.post(SignupController.java:',
          str(r.randint(20, 200)), ')\n')
    if c.want('IP_ADDRESS', 1.2):
        d.add('\tat org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:343)\nCaused by: request from ', E('IP_ADDRESS', c.ip()), '\n')
    if c.want('PHONE', 0.6):
        d.add('  context: {msisdn=', E('PHONE', c.phone(intl=True)), ', locale=', c.loc, '}\n')
    if c.want('PASSWORD', 0.6):
        d.add('  request.body: username=', E('EMAIL', c.email(c.person())), '&password=', E('PASSWORD', c.pw(url_safe=True)), '\n')
    return d


def t_html(c):
    r = c.r
    L = LABELS.get(c.lang, LABELS['en'])
    p = c.person()
    d = Doc('<form action="/', r.choice(['register', 'checkout', 'anmeldung', 'inscription', 'cadastro']), '" method="post">\n')

    def inp(lab, name, val, typ='text'):
        d.add('  <label for="%s">%s</label>\n  <input id="%s" type="%s" name="%s" value="' % (name, htmlesc(lab), name, typ, name))
        d.add(Doc(val).esc(htmlesc), '">\n')
    inp(L[0], 'full_name', E('PERSON', p.full))
    for t in c.pick(['DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'PASSWORD', 'ADDRESS'], 2, 4):
        i = {'DATE_OF_BIRTH': 1, 'PHONE': 2, 'ADDRESS': 3, 'EMAIL': 4, 'PASSWORD': 5}[t]
        v = c.email(p) if t == 'EMAIL' else c.dob(r.choice(['iso', None])) if t == 'DATE_OF_BIRTH' else c.val(t, p)
        inp(L[i], ['', 'dob', 'tel', 'address', 'email', 'password'][i], E(t, v), {'DATE_OF_BIRTH': 'text', 'PASSWORD': 'password', 'EMAIL': 'email', 'PHONE': 'tel'}.get(t, 'text'))
    d.add('  <input type="hidden" name="csrf" value="', X('HEX_HASH', V.hexh(r, 32)), '">\n  <button>OK</button>\n</form>')
    return d


def _row_people(c, n, cols):
    rows = []
    for _ in range(n):
        p = c.person()
        row = []
        for col in cols:
            if col == 'name':
                row.append(E('PERSON', p.full))
            elif col == 'first':
                row.append(E('PERSON', p.g))
            elif col == 'last':
                row.append(E('PERSON', p.f))
            elif col == 'dob':
                row.append(E('DATE_OF_BIRTH', c.dob(c.r.choice(['iso', 'num']))))
            elif col == 'phone':
                row.append(E('PHONE', c.phone(ext_ok=False)))
            elif col == 'email':
                row.append(E('EMAIL', c.email(p)))
            elif col == 'address':
                row.append(E('ADDRESS', c.addr()))
            elif col == 'iban':
                row.append(E('IBAN', c.iban()))
            elif col == 'ssn':
                row.append(E('US_SSN', c.ssn()))
            elif col == 'health':
                row.append(E('HEALTH', c.health()))
            elif col == 'since':
                row.append(X('DATE', c.date('iso')))
            elif col == 'id':
                row.append(X('NUMERIC_ID', str(c.r.randint(10000, 999999))))
            elif col == 'plan':
                row.append(c.r.choice(['basic', 'premium', 'family', 'trial']))
        rows.append(row)
    return rows


def _cols(c, base, pool, extra):
    cols = list(base)
    for t in c.pick(pool, 1, 3):
        cols.append({'DATE_OF_BIRTH': 'dob', 'PHONE': 'phone', 'EMAIL': 'email', 'ADDRESS': 'address', 'IBAN': 'iban', 'US_SSN': 'ssn',
                     'HEALTH': 'health'}[t])
    cols += extra
    return cols


HEAD = {'name': 'Name', 'first': 'First name', 'last': 'Last name', 'dob': 'DOB', 'phone': 'Phone', 'email': 'Email', 'address': 'Address',
        'iban': 'IBAN', 'ssn': 'SSN', 'health': 'Condition', 'since': 'Member since', 'id': 'ID', 'plan': 'Plan'}


def t_markdown(c):
    r = c.r
    base = ['name'] if r.random() < 0.6 else ['first', 'last']
    cols = _cols(c, base, ['DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'HEALTH'], r.choice([['since'], ['plan'], []]))
    rows = _row_people(c, r.randint(2, 4), cols)
    d = Doc(r.choice(['Here is the table you asked for:\n\n', '### Attendees\n\n', '', 'Summary of the records found:\n\n']))
    d.add('| ' + ' | '.join(HEAD[x] for x in cols) + ' |\n|' + '|'.join('---' for _ in cols) + '|\n')
    for row in rows:
        d.add('| ', join([Doc(x) for x in row], ' | '), ' |\n')
    return d


def t_csv(c):
    r = c.r
    sep = r.choice([',', ',', ';', '\t', '|'])
    base = ['id', 'name'] if r.random() < 0.5 else ['first', 'last']
    pool = ['DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'ADDRESS', 'IBAN'] + (['US_SSN'] if c.cc == 'US' else [])
    cols = _cols(c, base, pool, r.choice([['since'], ['plan'], []]))
    rows = _row_people(c, r.randint(2, 5), cols)
    heads = [HEAD[x].lower().replace(' ', '_') if r.random() < 0.5 else HEAD[x] for x in cols]
    d = Doc(csv_row(heads, sep), '\n')
    for row in rows:
        d.add(csv_row(row, sep), '\n')
    return d


def t_sql(c):
    r = c.r
    tbl = r.choice(['patients', 'customers', 'users', 'members', 'applicants'])
    cols = ['full_name']
    pool = ['DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'HEALTH', 'PASSWORD'] + (['US_SSN'] if c.cc == 'US' else [])
    ts = c.pick(pool, 1, 3)
    colname = {'DATE_OF_BIRTH': 'dob', 'PHONE': 'phone', 'EMAIL': 'email', 'HEALTH': 'diagnosis', 'PASSWORD': 'password_plain', 'US_SSN': 'ssn'}
    cols += [colname[t] for t in ts] + ['created_at']
    d = Doc('INSERT INTO ', tbl, ' (', ', '.join(cols), ') VALUES\n')
    rows = []
    for _ in range(r.randint(1, 3)):
        p = c.person()
        vals = [Doc("'", E('PERSON', sqlesc(p.full)), "'")]
        for t in ts:
            v = c.dob('iso') if t == 'DATE_OF_BIRTH' else c.email(p) if t == 'EMAIL' else c.val(t, p)
            vals.append(Doc("'", E(t, sqlesc(v)), "'"))
        vals.append(Doc("'", X('DATE', c.ts('space')), "'"))
        rows.append(Doc('  (', join(vals, ', '), ')'))
    d.add(join(rows, ',\n'), ';')
    return d


# ------------------------------------------------------------------ transcripts, OCR, cards

def t_voice(c):
    r = c.r
    p = c.person()
    agent = c.person()
    lab_a = r.choice(['Agent', 'AGENT', 'Rep']) if r.random() < 0.6 else None
    t0 = r.randint(0, 30)
    d = Doc()

    def line(who, *txt):
        nonlocal t0
        t0 += r.randint(2, 9)
        d.add('[00:%02d:%02d] ' % (t0 // 60, t0 % 60))
        d.add(who, ': ', *txt, '\n')
    A = lab_a or E('PERSON', agent.nm('given'))
    Cl = r.choice(['Caller', 'Customer', 'Speaker 2'])
    line(A, 'thank you for calling, ', 'who am I speaking with?' if r.random() < 0.5 else 'can I get your full name please?')
    nm = p.full.lower() if r.random() < 0.5 else p.full
    line(Cl, r.choice(['yeah hi it\'s ', 'um, ', 'hi, this is ', '']), E('PERSON', nm), r.choice(['', ', ', ' uh']))
    for t in c.pick(['DATE_OF_BIRTH', 'PHONE', 'ADDRESS', 'PASSWORD', 'CREDIT_CARD'], 1, 3):
        if t == 'DATE_OF_BIRTH':
            line(A, 'and your date of birth?')
            dt = V.rand_dob(r)
            line(Cl, r.choice(["it's ", '', 'uh ']), E('DATE_OF_BIRTH', V.spoken_date(r, dt) if c.lang == 'en' and r.random() < 0.7 else c.dob()))
        elif t == 'PHONE':
            line(A, 'best number to reach you on?')
            ph = c.phone(ext_ok=False)
            sp = V.spoken_digits(r, ph, r.choice(['oh', 'zero'])) if r.random() < 0.6 else ph
            line(Cl, E('PHONE', sp))
        elif t == 'ADDRESS':
            line(A, 'and the first line of the address with the postcode?')
            line(Cl, E('ADDRESS', c.addr()))
        elif t == 'PASSWORD':
            line(A, r.choice(['can you confirm the security passphrase on the account?', 'and the telephone banking PIN, just the whole thing is fine']))
            line(Cl, r.choice(["it's ", '']), E('PASSWORD', c.pw(r.choice(['phrase', 'pin', 'lookword']))))
        else:
            line(A, 'the long number on the card please')
            line(Cl, E('CREDIT_CARD', c.card(' ')))
    if c.want('PERSON', 0.4):
        o = c.person()
        line(Cl, 'oh and my ', r.choice(['wife', 'husband', 'son', 'daughter', 'carer']), ' ', E('PERSON', o.nm('given')), ' might call too')
    line(A, "perfect, that's all verified.")
    return d


OCR_SUB = {'Name': ['Narne', 'Nam e', 'NAME'], 'Date of birth': ['Date of b1rth', 'D.O.B.', 'DOB', 'Date 0f birth'], 'Address': ['Addr', 'Add ress', 'ADDRESS'],
           'Phone': ['Tel', 'Ph0ne', 'Telephone'], 'Medical history': ['Med hist', 'Allergies / conditions', 'Hx'], 'SSN': ['S5N', 'Soc. Sec. No.', 'SSN']}


def t_ocr(c):
    r = c.r
    p = c.person()
    d = Doc(r.choice(['PATIENT REGISTRATI0N FORM', 'APPLICATION F0RM — PAGE 1 of 2', 'TENANCY AGREEMENT (scan)', 'NEW MEMBER  F0RM']), '\n')
    if c.lang != 'en':
        L = LABELS.get(c.lang, LABELS['en'])
        lab = {'name': L[0], 'dob': L[1], 'phone': L[2], 'addr': L[3], 'health': L[6]}
    else:
        lab = {'name': r.choice(OCR_SUB['Name']), 'dob': r.choice(OCR_SUB['Date of birth']), 'phone': r.choice(OCR_SUB['Phone']),
               'addr': r.choice(OCR_SUB['Address']), 'health': r.choice(OCR_SUB['Medical history'])}
    if p.latin() and r.random() < 0.3:
        d.add(lab['name'], ': ', E('PERSON', p.f.upper()), ' ' * r.randint(1, 4), r.choice(['First:', 'Given:', 'Vorname:']), ' ', E('PERSON', p.g), '\n')
    else:
        d.add(lab['name'], ':  ', E('PERSON', p.full), '\n')
    for t in c.pick(['DATE_OF_BIRTH', 'ADDRESS', 'PHONE', 'HEALTH'] + (['US_SSN'] if c.cc == 'US' else []), 2, 4):
        if t == 'DATE_OF_BIRTH':
            d.add(lab['dob'], ': ', E('DATE_OF_BIRTH', c.dob('num')), '    ', r.choice(['Sex: F', 'Sex: M', 'Sex : X', '']), '\n')
        elif t == 'ADDRESS':
            d.add(lab['addr'], ':\n', E('ADDRESS', c.addr(sep='\n')), '\n')
        elif t == 'PHONE':
            d.add(lab['phone'], ': ', E('PHONE', c.phone()), '\n')
        elif t == 'HEALTH':
            d.add(lab['health'], ': ', E('HEALTH', c.health()), '\n')
        else:
            d.add(r.choice(OCR_SUB['SSN']), ': ', E('US_SSN', c.ssn()), '\n')
    d.add(r.choice(['Signature: ________', 'Signed ___________  Date: ', '— 1 —']))
    if r.random() < 0.5:
        d.add(' ', X('DATE', c.date('num')))
    return d


def t_vcard(c):
    r = c.r
    p = c.person()
    d = Doc('BEGIN:VCARD\nVERSION:', r.choice(['3.0', '4.0']), '\nN:', E('PERSON', p.f), ';', E('PERSON', p.g), ';;;\nFN:', E('PERSON', p.full), '\n')
    if r.random() < 0.5:
        d.add('ORG:', r.choice(['Kestrel Analytics', 'Northwind Logistics', 'Bluefin Studio', 'Ironbark Pty Ltd']), '\n')
    d.add('TEL;TYPE=cell:', E('PHONE', c.phone()), '\n')
    if c.want('PHONE', 0.5):
        d.add('TEL;TYPE=work:', E('PHONE', c.phone()), '\n')
    if c.want('EMAIL', 1.5):
        d.add('EMAIL;TYPE=home:', E('EMAIL', c.email(p)), '\n')
    if c.want('ADDRESS', 1.5):
        lines = c.addr_lines()
        d.add('ADR;TYPE=home:;;', E('ADDRESS', ';'.join(lines)), '\n')
    if c.want('DATE_OF_BIRTH', 1.5):
        d.add('BDAY:', E('DATE_OF_BIRTH', c.dob('iso').replace('-', '') if r.random() < 0.4 else c.dob('iso')), '\n')
    d.add('REV:', X('DATE', c.ts('isoz')), '\nEND:VCARD')
    return d


ROLES = ['Head of Partnerships', 'Senior Paralegal', 'Site Reliability Engineer', 'Practice Manager', 'Key Account Manager', 'Directora Comercial',
         'Geschäftsführer', 'Responsable RH', 'Product Designer', 'Accounts Payable']


def t_signature(c):
    r = c.r
    p = c.person()
    d = Doc(c.phrase('hi'), '\n\n', r.choice(['Please find attached the signed copy.', 'Following up on our call earlier.', 'Quick reminder about Friday.',
                                              'See my comments inline.']), '\n')
    if c.want('PERSON', 0.5):
        o = c.person()
        d.add(r.choice(['I have also copied ', 'Adding ', 'Looping in ']), c.nm(o), r.choice([' who handles billing.', ' for visibility.', '.']), '\n')
    d.add('\n', r.choice(['Best,', 'Kind regards,', 'Mit freundlichen Grüßen', 'Cordialement,', 'Saludos,', '--']), '\n', E('PERSON', p.full), '\n', r.choice(ROLES), '\n')
    d.add(r.choice(['T ', 'Tel: ', 'Phone: ', 'P: ', 'Office: ']), E('PHONE', c.phone(intl=r.random() < 0.6)), '\n')
    if c.want('PHONE', 0.6):
        d.add(r.choice(['M ', 'Mob: ', 'Mobile: ', 'Cell: ']), E('PHONE', c.phone()), '\n')
    if c.want('EMAIL', 1.3):
        d.add(E('EMAIL', c.email(p, True)), '\n')
    if c.want('ADDRESS', 1.3):
        d.add(E('ADDRESS', c.addr(sep=r.choice([', ', '\n', ' | ']))), '\n')
    return d


# ------------------------------------------------------------------ secrets in configs

def t_config(c):
    r = c.r
    k = r.choice(['env', 'yaml', 'toml', 'ini', 'compose', 'k8s', 'url', 'cli', 'cli'])
    c.variant = k
    pw = E('PASSWORD', c.pw(url_safe=k in ('url', 'cli', 'env'), nosym=k in ('env', 'ini') and r.random() < 0.5))
    ipv = E('IP_ADDRESS', c.ip(False)) if c.want('IP_ADDRESS') else None
    host = ipv or r.choice(['db.prod.internal', 'localhost', 'pg-primary', 'mysql.svc.cluster.local'])
    d = Doc()
    if c.want('PERSON', 0.6):
        o = c.person()
        d.add(r.choice(['# owner: ', '# ask ', '# rotated by ', '; maintained by ']), E('PERSON', o.nm(r.choice(['full', 'given']))))
        if c.want('EMAIL', 0.7):
            d.add(' <', E('EMAIL', c.email(o, True)), '>')
        d.add('\n')
    if k == 'env':
        d.add('APP_ENV=production\nLOG_LEVEL=', r.choice(['info', 'debug', 'warn']), '\nPORT=', str(r.choice([3000, 8080, 8000])), '\nDB_HOST=', host, '\nDB_USER=', r.choice(['app', 'postgres', 'admin']), '\nDB_PASSWORD=', pw, '\nREDIS_URL=redis://cache:6379/0\n')
    elif k == 'yaml':
        d.add('server:\n  port: ', str(r.choice([8080, 9000])), '\n  workers: ', str(r.randint(2, 16)), '\ndatabase:\n  host: ', host, '\n  port: 5432\n  username: app\n  password: "', pw, '"\nsmtp:\n  user: noreply\n')
    elif k == 'toml':
        d.add('[app]\nname = "', r.choice(['ledger', 'reports', 'crawler']), '"\nversion = "', X('VERSION', V.version(r).lstrip('v')), '"\n\n[database]\nhost = "', host, '"\nuser = "report"\npassword = "', pw, '"\n\n[server]\nport = 8080\n')
    elif k == 'ini':
        d.add('[mysql]\nhost=', host, '\nuser=backup\npasswd=', pw, '\n\n[cron]\nschedule=0 3 * * *\n')
    elif k == 'compose':
        d.add('services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ', pw, '\n    ports:\n      - "5432:5432"\n')
    elif k == 'k8s':
        d.add('apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\nstringData:\n  username: app\n  password: "', pw, '"\n')
    elif k == 'url':
        sch = r.choice(['postgres', 'mysql', 'amqp', 'mongodb+srv', 'redis', 'https', 'ftp'])
        user = r.choice(['app', 'admin', 'guest', 'deploy', 'svc'])
        d.add(r.choice(['DATABASE_URL=', 'connecting to ', 'git clone ', 'broker_url = "']), sch, '://', user, ':', pw, '@', host,
              r.choice([':5432/app', ':3306/shop', '/repo.git', ':5672//', ':27017/prod']), '\n')
    else:
        user = r.choice(['root', 'admin', 'postgres', 'deploy'])
        cmd = r.choice(['mysql', 'pg', 'curl', 'sshpass', 'redis', 'mongo', 'htpasswd'])
        if cmd == 'mysql':
            d.add('$ mysql -h ', host, ' -u ', user, ' -p', pw, ' shop < dump.sql\n')
        elif cmd == 'pg':
            d.add('$ PGPASSWORD=', pw, ' psql -h ', host, ' -U ', user, ' -d analytics\n')
        elif cmd == 'curl':
            d.add('$ curl -u ', user, ':', pw, ' https://', host if ipv is None else ipv, '/api/v1/export\n')
        elif cmd == 'sshpass':
            d.add('$ sshpass -p ', pw, ' ssh ', user, '@', host, '\n') if ipv is not None else d.add('$ sshpass -p ', pw, ' ssh -l ', user, ' bastion.internal\n')
        elif cmd == 'redis':
            d.add('$ redis-cli -h ', host, ' -a ', pw, ' --no-auth-warning\n')
        elif cmd == 'mongo':
            d.add('$ mongosh --host ', host, ' --username ', user, ' --password=', pw, '\n')
        else:
            d.add('$ htpasswd -b /etc/nginx/.htpasswd ', user, ' ', pw, '\n')
    return d


WIFI_MSG = {
    'en': ['Welcome! The address is {A}. Key box code: {W}. The code to the wifi is {W}. Any problem call me on {T}. — {P}',
           'Hi, for tomorrow: door code {W}, wifi "HouseGuest" / {W}. If the lift is broken ring {P} on {T}.'],
    'de': ['Herzlich willkommen! Adresse: {A}. Schlüsselbox: {W}. WLAN-Passwort: {W}. Bei Fragen: {P}, {T}.'],
    'fr': ["Bienvenue ! L'adresse : {A}. Code de la porte : {W}. Le mot de passe du wifi : {W}. En cas de souci appelez {P} au {T}."],
    'es': ['¡Bienvenidos! Dirección: {A}. Código del portal: {W}. La clave del wifi es {W}. Cualquier cosa, {P}: {T}.'],
    'it': ["Benvenuti! L'indirizzo è {A}. Codice portone {W}, password del wifi {W}. Per qualsiasi cosa chiamate {P} al {T}."],
    'pt': ['Bem-vindos! Endereço: {A}. Código da porta: {W}. Senha do wifi: {W}. Qualquer coisa fala com {P} no {T}.'],
    'nl': ['Welkom! Adres: {A}. Sleutelkluis: {W}. Wifi-wachtwoord: {W}. Vragen? Bel {P} op {T}.'],
    'pl': ['Witamy! Adres: {A}. Kod do skrytki na klucze: {W}. Hasło do wifi: {W}. W razie problemów dzwońcie do {P}: {T}.'],
    'sv': ['Välkomna! Adress: {A}. Portkod {W}. Wifi-lösenordet är {W}. Ring {P} på {T} om något strular.'],
    'tr': ['Hoş geldiniz! Adres: {A}. Kapı şifresi: {W}. Wifi şifresi: {W}. Sorun olursa {P}: {T}.'],
    'ja': ['ようこそ！住所：{A}　キーボックスの番号：{W}　Wi-Fiのパスワード：{W}　何かあれば{P}（{T}）までご連絡ください。'],
    'ko': ['환영합니다! 주소: {A} 현관 비밀번호: {W} 와이파이 비밀번호: {W} 문의: {P} {T}'],
    'zh': ['欢迎入住！地址：{A}，门锁密码：{W}，WiFi密码：{W}，有问题请联系{P}，电话{T}。'],
    'el': ['Καλώς ήρθατε! Διεύθυνση: {A}. Κωδικός πόρτας: {W}. Ο κωδικός του wifi είναι {W}. Για οτιδήποτε: {P}, {T}.'],
    'cs': ['Vítejte! Adresa: {A}. Kód od schránky s klíči: {W}. Heslo k wifi: {W}. Kdyby něco, volejte {P}: {T}.'],
    'hu': ['Üdvözöljük! Cím: {A}. Kulcsdoboz kódja: {W}. Wifi jelszó: {W}. Kérdés esetén {P}: {T}.'],
}


def t_wifi(c):
    r = c.r
    lang = c.lang if c.lang in WIFI_MSG else 'en'
    pat = r.choice(WIFI_MSG[lang])
    p = c.person()
    d = Doc()
    n = 0
    import re as _re
    for i, pc in enumerate(_re.split(r'\{([A-Z])\}', pat)):
        if i % 2 == 0:
            d.add(pc)
        elif pc == 'A':
            d.add(E('ADDRESS', c.addr()))
        elif pc == 'W':
            d.add(E('PASSWORD', c.pw('pin' if n == 0 else 'wifi')))
            n += 1
        elif pc == 'T':
            d.add(E('PHONE', c.phone()))
        elif pc == 'P':
            d.add(E('PERSON', p.nm('given') if p.latin() else p.full))
    if r.random() < 0.4:
        d.add(' ', {'de': 'Abreise: ', 'fr': 'Départ : ', 'es': 'Salida: ', 'it': 'Partenza: ', 'pt': 'Saída: ', 'nl': 'Vertrek: ', 'pl': 'Wymeldowanie: ',
                    'ja': 'チェックアウト：', 'ko': '체크아웃: ', 'zh': '退房日期：', 'sv': 'Utcheckning: ', 'tr': 'Çıkış: '}.get(lang, r.choice(['Check-out by ', 'Checkout: '])),
              X('DATE', c.date(lang=lang)))
    return d


def t_json_rec(c):
    r = c.r
    p = c.person()
    k = r.choice(['task', 'patient', 'review', 'booking'])
    c.variant = k
    if k == 'task':
        a, b = p, c.person()
        obj = {'id': X('ORDER_ID', V.order_id(r)), 'title': r.choice(['Migrate billing cron', 'Renew SSL cert', 'Call back re: refund']),
               'assignee': E('PERSON', a.full), 'reviewer': E('PERSON', b.nm('full' if b.latin() else 'full')), 'due': X('DATE', c.date('iso'))}
        if c.want('PHONE'):
            obj['callback'] = E('PHONE', c.phone())
        if c.want('PASSWORD'):
            obj['notes'] = Doc('temp creds for the vendor portal: ', E('PASSWORD', c.pw()))
    elif k == 'patient':
        obj = {'patient': {'name': E('PERSON', p.full), 'born': E('DATE_OF_BIRTH', c.dob('iso'))}, 'encounter': X('DATE', c.date('iso'))}
        if c.want('HEALTH', 1.5):
            obj['patient']['problems'] = [E('HEALTH', c.health())] + ([E('HEALTH', c.med())] if r.random() < 0.5 else [])
        if c.want('PERSON', 0.7):
            nok = c.person()
            obj['next_of_kin'] = {'name': E('PERSON', nok.full), 'phone': E('PHONE', c.phone())}
    elif k == 'review':
        obj = {'pr': r.randint(100, 9999), 'author': E('PERSON', p.nm('lgiven') if p.latin() else p.full), 'reviewers': [E('PERSON', c.person().full) for _ in range(r.randint(1, 3))],
               'head_sha': X('HEX_HASH', V.hexh(r, 40))}
        if c.want('EMAIL'):
            obj['notify'] = E('EMAIL', c.email(p, True))
    else:
        obj = {'booking_ref': X('ORDER_ID', V.order_id(r)), 'lead_guest': E('PERSON', p.full), 'arrival': X('DATE', c.date('iso'))}
        if c.want('DATE_OF_BIRTH', 1.3):
            obj['guest_birthdate'] = E('DATE_OF_BIRTH', c.dob('iso'))
        if c.want('PHONE'):
            obj['guest_phone'] = E('PHONE', c.phone())
        if c.want('CREDIT_CARD', 0.7):
            obj['guarantee_card'] = E('CREDIT_CARD', c.card(''))
    return jdump(obj, r.choice([None, 2, 4]))


JOURNALS = ['J. Appl. Ecol.', 'Nature Communications', 'Proc. ACL', 'BMJ Open', 'IEEE Trans. Softw. Eng.', 'Lancet Digit. Health', 'PLOS ONE']


def t_citation(c):
    r = c.r
    d = Doc(r.choice(['References\n\n', 'Bibliography:\n', 'See also:\n', '']))
    first = None
    for i in range(r.randint(1, 3)):
        auths = [c.person(r.choice(['en_US', 'en_GB', 'yo', 'pl', 'de', 'fr', 'es', 'it', 'fi', 'in_lat', 'zh_lat', 'ko_lat', 'nl', 'pt_BR', 'tr', 'sv']))
                 for _ in range(r.randint(1, 3))]
        if first is None:
            first = auths
        names = []
        for a in auths:
            ini = a.g[0] + '.' + (' ' + r.choice('ABCDEFGHJKLMNOPRST') + '.' if r.random() < 0.4 else '')
            names.append(E('PERSON', '%s, %s' % (a.f, ini)))
        yr = str(r.randint(1998, 2024))
        d.add('[%d] ' % (i + 1), join(names[:-1], ', ') if len(names) > 1 else None, ', & ' if len(names) > 1 else None, names[-1])
        d.add(' (', X('DATE', yr), '). ', r.choice(['Soil microbes and drought resilience', 'Robust tokenisation for low-resource languages',
                                                   'Outcomes of early mobilisation after hip fracture', 'A survey of flaky tests']), '. ')
        d.add(r.choice(JOURNALS), ', ', str(r.randint(2, 60)), '(', str(r.randint(1, 12)), '), ', '%d–%d' % ((lambda a: (a, a + r.randint(5, 20)))(r.randint(1, 900))), '. ')
        d.add('https://doi.org/', X('DOI', '10.%d/%s.%d.%d' % (r.randint(1000, 9999), r.choice(['jae', 'ncomms', 'bmj', 'tse']), r.randint(2000, 2024), r.randint(1000, 99999))), '\n')
    if first and r.random() < 0.6:
        a = first[0]
        d.add('\nAs ', E('PERSON', a.f), r.choice([' et al.', '']), ' showed, the effect disappears after controlling for site.')
    return d


def t_narrative(c):
    r = c.r
    a, b = c.person(), c.person()
    an = E('PERSON', a.nm('given') if a.latin() else a.full)
    bn = E('PERSON', b.nm(r.choice(['given', 'full'])) if b.latin() else b.full)
    pro = 'her' if a.gender == 'f' else 'him'
    opts = [
        lambda: Doc(an, "'s flight lands at ", r.choice(['6', '7:40', '11']), '; ', bn, ' will pick ', pro, ' up from ', X('PROPER_NOUN', r.choice(V.PLACES)), '.'),
        lambda: Doc(bn, ' and ', an, ' are swapping shifts on ', X('DATE', c.date()), ', so the rota needs updating.'),
        lambda: Doc('Moving ', an, "'s one-to-one to Thursday — ", bn, ' is out.'),
        lambda: Doc('left the keys with ', an, ' downstairs, ', bn, ' has the spare'),
        lambda: Doc('Dinner at ', an, "'s on Saturday? ", bn, ' is bringing the ', X('PROPER_NOUN', r.choice(V.PRODUCTS)), '.'),
    ]
    d = r.choice(opts)()
    if c.want('DATE_OF_BIRTH', 1.2):
        d.add(' ', r.choice(['Also ', 'btw ', 'PS: ']), an if r.random() < 0.5 else bn, "'s birthday is ", E('DATE_OF_BIRTH', c.dob('long')),
              r.choice([' — cake?', ', turning ' + str(r.randint(30, 70)) + '.', '.']))
    if c.want('PHONE', 0.8):
        d.add(' New number: ', E('PHONE', c.phone()), '.')
    if c.want('HEALTH', 0.8):
        d.add(' ', bn, r.choice([' is off this week, ', ' mentioned ']), r.choice(['flare-up of ', 'struggling with ', 'managing ']), E('HEALTH', c.health('en')), '.')
    if r.random() < 0.3:
        d = d.lower()
    return d


INFL_TPL = {
    'pl': ['Rozmawiałem wczoraj z {ins} o fakturze. Numer telefonu {gen}: {T}.', 'Proszę przekazać dokumenty {dat}. {nom} urodził(a) się {D}.',
           'Paczka dla {gen} czeka na poczcie, dzwoniłam do {gen2} na {T}.', 'Spotkanie z {ins} przesunięte na {X}.'],
    'ru': ['Передайте, пожалуйста, документы {dat}. Телефон {gen}: {T}.', 'Вчера говорил с {ins}, дата рождения {D}.',
           'Заявка от {gen} принята, ответ отправим {dat} на почту {E}.', 'Встреча с {ins} перенесена на {X}.'],
    'cs': ['Včera jsem mluvil s {ins}. Telefon {gen}: {T}.', 'Pošlete prosím smlouvu {dat}, datum narození {D}.', 'Schůzka s {ins} je přesunuta na {X}.'],
    'fi': ['{gen} syntymäaika on {D}.', 'Lähetin laskun {all} eilen, puhelinnumero on {T}.', 'Kuulin {ela}, että osoite on muuttunut.',
           '{gen} sähköposti on {E}.'],
}


def t_inflect(c):
    r = c.r
    lang = c.lang if c.lang in INFL_TPL else r.choice(list(INFL_TPL))
    row = c.inflected(lang)
    nom, gen, dat, ins = row[:4]
    pats = r.sample(INFL_TPL[lang], 2)
    d = Doc()
    import re as _re
    for k, pat in enumerate(pats):
        if k:
            d.add(' ')
        for i, pc in enumerate(_re.split(r'\{(\w+)\}', pat)):
            if i % 2 == 0:
                d.add(pc)
            elif pc in ('nom',):
                d.add(E('PERSON', nom))
            elif pc in ('gen', 'gen2'):
                d.add(E('PERSON', gen if pc == 'gen' else gen.split()[0]))
            elif pc == 'dat':
                d.add(E('PERSON', dat))
            elif pc == 'ins':
                d.add(E('PERSON', ins))
            elif pc == 'all':
                d.add(E('PERSON', dat))
            elif pc == 'ela':
                d.add(E('PERSON', ins))
            elif pc == 'T':
                d.add(E('PHONE', c.phone(cc={'pl': 'PL', 'ru': 'RU', 'cs': 'CZ', 'fi': 'FI'}[lang])))
            elif pc == 'D':
                d.add(E('DATE_OF_BIRTH', c.dob(lang=lang)))
            elif pc == 'E':
                d.add(E('EMAIL', row[4] + '@' + r.choice(['wp.pl', 'mail.ru', 'seznam.cz', 'gmail.com', 'yandex.ru'])))
            elif pc == 'X':
                d.add(X('DATE', c.date(lang=lang)))
    return d


# ------------------------------------------------------------------ money, HR, clinical

def t_kyc(c):
    r = c.r
    L = LABELS.get(c.lang, LABELS['en'])
    p = c.person()
    sep = r.choice([': ', ' : ', ' = ', '\t'])
    d = Doc(r.choice(['KYC check', 'SEPA mandate', 'Payout details', 'Onboarding form']), '\n', L[0], sep, E('PERSON', p.full), '\n')
    for t in c.pick(['IBAN', 'DATE_OF_BIRTH', 'ADDRESS', 'PHONE'], 2, 4):
        i = {'IBAN': 7, 'DATE_OF_BIRTH': 1, 'ADDRESS': 3, 'PHONE': 2}[t]
        d.add(L[i], sep, E(t, c.val(t, p)), '\n')
    d.add(r.choice(['Status', 'Result', 'Risk']), sep, r.choice(['approved', 'manual review', 'pending', 'low']), '\n', 'Ref', sep, X('ORDER_ID', V.order_id(r)))
    return d


def t_payment(c):
    r = c.r
    p = c.person()
    d = Doc(r.choice(['Payment declined — please retry', 'Card details (from the chat)', 'Charge request', 'Refund form']), '\n')
    d.add('Cardholder: ', E('PERSON', p.full.upper() if p.latin() and r.random() < 0.4 else p.full), '\n')
    d.add('Card: ', E('CREDIT_CARD', c.card()), '\nExp: ', '%02d/%02d' % (r.randint(1, 12), r.randint(25, 31)), '\n')
    d.add('Amount: ', X('PRICE', V.price(r)), '\nOrder: ', X('ORDER_ID', V.order_id(r)), '\n')
    if c.want('ADDRESS', 1.2):
        d.add('Billing address: ', E('ADDRESS', c.addr()), '\n')
    if c.want('EMAIL'):
        d.add('Receipt to: ', E('EMAIL', c.email(p)), '\n')
    return d


def t_hr_us(c):
    r = c.r
    p = c.person()
    d = Doc(r.choice(['New hire checklist', 'W-4 / I-9 intake', 'Benefits enrollment', 'Background check request']), '\n')
    d.add('Employee: ', E('PERSON', p.full), '\n', 'SSN: ', E('US_SSN', c.ssn()), '\n')
    if c.want('DATE_OF_BIRTH', 1.3):
        d.add('DOB: ', E('DATE_OF_BIRTH', c.dob('num')), '\n')
    d.add('Start date: ', X('DATE', c.date('num')), '\n')
    if c.want('ADDRESS'):
        d.add('Home address: ', E('ADDRESS', c.addr('US')), '\n')
    if c.want('PHONE'):
        d.add('Cell: ', E('PHONE', c.phone('US')), '\n')
    if c.want('PERSON', 0.6):
        o = c.person()
        d.add('Emergency contact: ', E('PERSON', o.full), ' (', r.choice(['spouse', 'mother', 'partner', 'brother']), ')\n')
    d.add('Manager: ', E('PERSON', c.person('en_US').full))
    return d


def t_clinical(c):
    r = c.r
    p = c.person()
    en = c.lang == 'en' or r.random() < 0.3
    L = LABELS['en'] if en else LABELS.get(c.lang, LABELS['en'])
    lang = 'en' if en else c.lang
    d = Doc(r.choice(['Clinic letter', 'Discharge summary', 'Referral', 'Triage note']) if en else '', '\n' if en else '')
    d.add(L[0], ': ', E('PERSON', p.full), '    ', L[1], ': ', E('DATE_OF_BIRTH', c.dob(lang=lang)), '\n')
    d.add(L[8], ': ', X('DATE', c.date(lang=lang)), '\n')
    d.add(L[6], ': ', E('HEALTH', c.health(lang)))
    if en and c.want('HEALTH', 1.5):
        d.add('; ', E('HEALTH', c.med()))
    d.add('\n')
    if c.want('PHONE'):
        d.add(L[2], ': ', E('PHONE', c.phone()), '\n')
    if c.want('PERSON', 0.6):
        doc = c.person()
        d.add(r.choice(['Seen by ', 'GP: ', 'Consultant: ']), c.titled(doc, 'en' if en else c.lang), '\n')
    d.add(r.choice(['Plan: review in 6 weeks.', 'Follow-up booked.', 'Next review: ', 'Bloods repeated.']))
    if d.plain().endswith(': '):
        d.add(X('DATE', c.date(lang=lang)))
    return d


# ------------------------------------------------------------------ logs and messaging

def t_logs(c):
    r = c.r
    n = r.randint(2, 4)
    d = Doc()
    js = r.random() < 0.5
    c.variant = 'json' if js else 'kv'
    for i in range(n):
        p = c.person()
        lvl = r.choice(['INFO', 'WARN', 'DEBUG', 'ERROR'])
        ev = {'ts': X('DATE', c.ts(r.choice(['isoz', 'ms']))), 'level': lvl, 'msg': r.choice(['login', 'password_reset', 'profile_update', 'checkout'])}
        if c.want('IP_ADDRESS', 1.3):
            ev['ip'] = E('IP_ADDRESS', c.ip())
        if c.want('EMAIL', 1.2) or i == 0:
            ev['user'] = E('EMAIL', c.email(p))
        if c.want('PERSON', 0.5):
            ev['display_name'] = E('PERSON', p.full)
        if i == n - 1 and c.want('PASSWORD'):
            ev['body'] = Doc('username=', ev['user'] if 'user' in ev else E('EMAIL', c.email(p)), '&password=', E('PASSWORD', c.pw(url_safe=True)))
        ev['trace_id'] = X('HEX_HASH', V.hexh(r, 32))
        if js:
            d.add(jdump(ev, compact=r.random() < 0.5), '\n')
        else:
            items = []
            for k, v in ev.items():
                v = Doc(v)
                s = v.plain()
                items.append(Doc(k, '=', '"' if ' ' in s else '', v, '"' if ' ' in s else ''))
            d.add(join(items, ' '), '\n')
    return d


def t_whatsapp(c):
    r = c.r
    a, b = c.person(), c.person()
    dt = V.rand_recent(r)
    d = Doc()
    sty = r.random() < 0.5
    t = r.randint(7 * 60, 18 * 60)
    for i in range(r.randint(3, 5)):
        who = a if i % 2 == 0 else b
        t += r.randint(0, 40)
        stamp = '[%02d/%02d/%02d, %02d:%02d:%02d] ' % (dt.day, dt.month, dt.year % 100, t // 60, t % 60, r.randint(0, 59)) \
            if sty else '%d/%d/%02d, %d:%02d - ' % (dt.month, dt.day, dt.year % 100, (t // 60 - 1) % 12 + 1, t % 60)
        d.add(stamp, E('PERSON', who.full if i < 2 else who.nm('given') if who.latin() else who.full), ': ')
        if i == 1 and c.want('ADDRESS'):
            d.add(r.choice(['send it here: ', 'new place is ', '']), E('ADDRESS', c.addr()))
        elif i == 2 and c.want('PASSWORD'):
            d.add(r.choice(['netflix pw is ', 'wifi: ', 'the gate code is ', 'router login admin / ']), E('PASSWORD', c.pw(r.choice(['wifi', 'pin', 'lookword', 'word']))))
        elif i == 3 and c.want('PHONE'):
            d.add(r.choice(["that's my work number ", 'call ', 'new number ']), E('PHONE', c.phone()))
        elif i == 0 and c.want('DATE_OF_BIRTH', 0.8):
            d.add(r.choice(['for the booking they need your DOB again? mine is ', 'they asked for birthdays, I put ']), E('DATE_OF_BIRTH', c.dob()))
        else:
            d.add(r.choice(['ok 👍', 'haha', 'on my way', 'can you send it?', 'tnx', 'done', '<Media omitted>']))
        d.add('\n')
    return d


def t_http(c):
    r = c.r
    p = c.person()
    path = r.choice(['/api/v1/login', '/oauth/token', '/account/password', '/signin'])
    d = Doc('POST ', path, ' HTTP/1.1\nHost: ', r.choice(['app.example.com', 'api.shop.example', 'portal.example.org']), '\n')
    if c.want('IP_ADDRESS', 1.4):
        d.add('X-Forwarded-For: ', E('IP_ADDRESS', c.ip()), '\n')
    d.add('User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15\n')
    if r.random() < 0.5:
        d.add('Content-Type: application/json\n\n')
        body = {'username': E('EMAIL', c.email(p)), 'password': E('PASSWORD', c.pw())}
        if c.want('PERSON', 0.6):
            body['display_name'] = E('PERSON', p.full)
        if c.want('PHONE', 0.6):
            body['mfa_phone'] = E('PHONE', c.phone(intl=True))
        d.add(jdump(body))
    else:
        d.add('Content-Type: application/x-www-form-urlencoded\n\n')
        d.add('email=', E('EMAIL', c.email(p)), '&password=', E('PASSWORD', c.pw(url_safe=True)), '&remember=1')
    return d


def t_form(c):
    r = c.r
    L = LABELS.get(c.lang, LABELS['en'])
    p = c.person()
    colon = '：' if c.lang in ('ja', 'zh') else ': '
    d = Doc()
    if r.random() < 0.5:
        d.add(r.choice(['--- ', '## ', '']), r.choice(['Form submission', 'Formular', 'Formulaire', 'フォーム送信', '表单提交', '신청서']), '\n')
    d.add(L[0], colon, E('PERSON', p.full if r.random() < 0.8 else p.nm(r.choice(p.forms()))), '\n')
    if p.kana and r.random() < 0.6:
        d.add('フリガナ', colon, E('PERSON', p.kana), '\n')
    for t in c.pick(['DATE_OF_BIRTH', 'PHONE', 'ADDRESS', 'EMAIL', 'PASSWORD', 'HEALTH', 'IBAN'], 2, 4):
        i = {'DATE_OF_BIRTH': 1, 'PHONE': 2, 'ADDRESS': 3, 'EMAIL': 4, 'PASSWORD': 5, 'HEALTH': 6, 'IBAN': 7}[t]
        d.add(L[i], colon, E(t, c.val(t, p)), '\n')
    if r.random() < 0.5:
        d.add(L[8], colon, X('DATE', c.date()), '\n')
    extra = [('Country', c.cc), ('Language', c.lang), ('Consent', r.choice(['yes', 'true', '✔'])), ('Source', r.choice(['website', 'app', 'referral'])),
             ('Submitted', None), ('Form ID', None)]
    for k, v in r.sample(extra, r.randint(1, 3)):
        if k == 'Submitted':
            d.add(k, colon, X('DATE', c.ts()), '\n')
        elif k == 'Form ID':
            d.add(k, colon, X('NUMERIC_ID', str(r.randint(100000, 9999999))), '\n')
        else:
            d.add(k, colon, v, '\n')
    return d


def t_meeting(c):
    r = c.r
    ps = [c.person() for _ in range(r.randint(3, 5))]
    d = Doc('# ', r.choice(['Weekly sync', 'Retro', 'Kick-off', 'Incident review']), ' — ', X('DATE', c.date()), '\n\nAttendees: ')
    d.add(join([E('PERSON', p.nm(r.choice(['full', 'given', 'init'])) if p.latin() else p.full) for p in ps], ', '), '\n\n## Actions\n')
    for p in ps[:r.randint(2, len(ps))]:
        d.add('- [ ] ', E('PERSON', p.nm('given') if p.latin() else p.full), ': ', r.choice(['draft the vendor email', 'fix the flaky test', 'book the venue',
                                                                                          'update the runbook', 'send the contract']))
        if c.want('PHONE', 0.4):
            d.add(' (on leave, mobile ', E('PHONE', c.phone()), ')')
        elif c.want('EMAIL', 0.3):
            d.add(' — cc ', E('EMAIL', c.email(p, True)))
        d.add('\n')
    return d


BOOK = {'en': ('Booking', 'Passengers', 'born', 'Outbound', 'Return', 'Contact'), 'de': ('Buchung', 'Reisende', 'geb.', 'Hinflug', 'Rückflug', 'Kontakt'),
        'fr': ('Réservation', 'Passagers', 'né(e) le', 'Aller', 'Retour', 'Contact'), 'es': ('Reserva', 'Pasajeros', 'nacido/a el', 'Ida', 'Vuelta', 'Contacto'),
        'it': ('Prenotazione', 'Passeggeri', 'nato/a il', 'Andata', 'Ritorno', 'Contatto'), 'pt': ('Reserva', 'Passageiros', 'nascido em', 'Ida', 'Volta', 'Contato'),
        'nl': ('Boeking', 'Reizigers', 'geb.', 'Heenreis', 'Terugreis', 'Contact'), 'pl': ('Rezerwacja', 'Pasażerowie', 'ur.', 'Wylot', 'Powrót', 'Kontakt'),
        'tr': ('Rezervasyon', 'Yolcular', 'doğum', 'Gidiş', 'Dönüş', 'İletişim'), 'ru': ('Бронирование', 'Пассажиры', 'д.р.', 'Туда', 'Обратно', 'Контакт'),
        'ja': ('予約', '搭乗者', '生年月日', '往路', '復路', '連絡先'), 'ko': ('예약', '탑승객', '생년월일', '가는 편', '오는 편', '연락처'),
        'zh': ('预订', '乘客', '出生日期', '去程', '回程', '联系电话')}


def t_booking(c):
    """Birth dates of travellers next to travel dates (decoys)."""
    r = c.r
    lang = c.lang if c.lang in BOOK else 'en'
    B = BOOK[lang]
    colon = '：' if lang in ('ja', 'zh') else ': '
    d = Doc(B[0], ' ', X('ORDER_ID', ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))), '\n')
    d.add(B[3], colon, r.choice(['LH', 'AF', 'IB', 'TK', 'NH', 'KE', 'LO', 'BA', 'FR']), ' ', str(r.randint(100, 9999)), ' ', X('DATE', c.date(lang=lang)), '\n')
    if r.random() < 0.7:
        d.add(B[4], colon, X('DATE', c.date(lang=lang)), '\n')
    d.add(B[1], colon.rstrip(), '\n')
    for i in range(r.randint(1, 4)):
        p = c.person()
        d.add('%d. ' % (i + 1), E('PERSON', p.full if not p.latin() or r.random() < 0.6 else p.nm('REV')), r.choice([' — ', ', ', ' ']), B[2], ' ' if lang not in ('ja', 'zh') else colon,
              E('DATE_OF_BIRTH', c.dob(lang=lang, p=p)), '\n')
    if c.want('PHONE'):
        d.add(B[5], colon, E('PHONE', c.phone()), '\n')
    elif c.want('EMAIL'):
        d.add(B[5], colon, E('EMAIL', c.email(p)), '\n')
    return d


PWCHANGE = {'en': ['Changed my password from {W} to {W} but the app still says invalid.', 'old pw {W} / new pw {W} — which one is live now?'],
            'de': ['Altes Passwort: {W}, neues Passwort: {W}. Login klappt trotzdem nicht.'], 'fr': ['Ancien mot de passe : {W} / nouveau : {W}. Ça ne marche toujours pas.'],
            'es': ['Contraseña antigua {W}, la nueva es {W}, y sigue sin funcionar.'], 'pt': ['Senha antiga {W}, senha nova {W}. Ainda não consigo entrar.'],
            'it': ['Vecchia password {W}, nuova password {W}: il login fallisce.'], 'nl': ['Oud wachtwoord {W}, nieuw wachtwoord {W}, inloggen lukt niet.'],
            'pl': ['Stare hasło: {W}, nowe hasło: {W}. Dalej nie mogę się zalogować.'], 'ru': ['Старый пароль {W}, новый пароль {W}, всё равно не пускает.'],
            'uk': ['Старий пароль {W}, новий пароль {W}.'], 'tr': ['Eski şifre {W}, yeni şifre {W}, yine giremiyorum.'], 'sv': ['Gammalt lösenord {W}, nytt lösenord {W}.'],
            'zh': ['旧密码{W}，新密码{W}，还是登录不了。'], 'ja': ['旧パスワード：{W}　新パスワード：{W}　ログインできません。'],
            'ko': ['기존 비밀번호 {W}, 새 비밀번호 {W} 인데 로그인이 안 돼요.'], 'cs': ['Staré heslo {W}, nové heslo {W}.'], 'fi': ['Vanha salasana {W}, uusi salasana {W}.'],
            'el': ['Παλιός κωδικός {W}, νέος κωδικός {W}.'], 'hu': ['Régi jelszó: {W}, új jelszó: {W}.'], 'vi': ['Mật khẩu cũ {W}, mật khẩu mới {W}.'],
            'id': ['Kata sandi lama {W}, yang baru {W}, tetap tidak bisa masuk.'], 'he': ['סיסמה ישנה {W}, סיסמה חדשה {W}.'], 'ar': ['كلمة المرور القديمة {W} والجديدة {W}.'],
            'hi': ['पुराना पासवर्ड {W}, नया पासवर्ड {W}।']}


def t_pwchange(c):
    """Old and new passwords in one message, in the locale's language."""
    r = c.r
    lang = c.lang if c.lang in PWCHANGE else 'en'
    p = c.person()
    segs = []
    if c.want('PERSON', 1.2):
        segs.append(c.S('me', lang=lang, P=c.nm(p)))
    if c.want('EMAIL', 1.5):
        segs.append(c.S('em', lang=lang, E=E('EMAIL', c.email(p))))
    d = c.prose(segs, greet=r.random() < 0.6, bye=False, lang=lang) if segs else Doc()
    pat = r.choice(PWCHANGE[lang])
    pw = [c.pw(r.choice(['rand', 'word', 'phrase', 'lookword', 'nonascii', 'leet'])) for _ in range(2)]
    body = Doc()
    import re as _re
    k = 0
    for i, pc in enumerate(_re.split(r'\{([A-Z])\}', pat)):
        if i % 2 == 0:
            body.add(pc)
        else:
            body.add(E('PASSWORD', pw[k]))
            k += 1
    d.add(' ' if segs and lang not in ('ja', 'zh') else '', body)
    return d


# name, function, weight, supported primaries, languages (None: any locale; 'en': English locales)
ALL = ['PERSON', 'DATE_OF_BIRTH', 'PASSWORD', 'PHONE', 'ADDRESS', 'EMAIL', 'HEALTH', 'IBAN']
SHAPES = [
    ('chat', t_chat, 10, ALL, None),
    ('openai', t_openai, 6, ALL + ['CREDIT_CARD'], None),
    ('anthropic', t_anthropic, 5, ALL + ['US_SSN'], None),
    ('ticket', t_ticket, 3, ['PERSON', 'EMAIL', 'PHONE', 'PASSWORD', 'DATE_OF_BIRTH', 'ADDRESS', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN'], None),
    ('email', t_email, 2, ['PERSON', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'PASSWORD', 'ADDRESS', 'IBAN'], None),
    ('slack', t_slack, 1.5, ['PERSON', 'PASSWORD', 'IP_ADDRESS', 'EMAIL', 'PHONE'], None),
    ('teams', t_teams, 1.5, ['PERSON', 'PHONE', 'PASSWORD', 'DATE_OF_BIRTH'], None),
    ('gitlog', t_gitlog, 2.5, ['PERSON', 'EMAIL', 'PASSWORD', 'IP_ADDRESS'], None),
    ('code', t_code, 3.5, ['PERSON', 'EMAIL', 'PASSWORD', 'IP_ADDRESS', 'DATE_OF_BIRTH'], None),
    ('trace', t_trace, 3, ['PERSON', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'PASSWORD', 'IP_ADDRESS'], None),
    ('html', t_html, 3, ['PERSON', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'PASSWORD', 'ADDRESS'], None),
    ('markdown', t_markdown, 1.5, ['PERSON', 'DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'HEALTH'], None),
    ('csv', t_csv, 1.5, ['PERSON', 'DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'ADDRESS', 'IBAN', 'US_SSN'], None),
    ('sql', t_sql, 2.5, ['PERSON', 'DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'HEALTH', 'PASSWORD', 'US_SSN'], None),
    ('voice', t_voice, 2.5, ['PERSON', 'DATE_OF_BIRTH', 'PHONE', 'ADDRESS', 'PASSWORD', 'CREDIT_CARD'], 'en'),
    ('ocr', t_ocr, 2.5, ['PERSON', 'DATE_OF_BIRTH', 'ADDRESS', 'PHONE', 'HEALTH', 'US_SSN'], None),
    ('vcard', t_vcard, 2, ['PERSON', 'PHONE', 'EMAIL', 'ADDRESS', 'DATE_OF_BIRTH'], None),
    ('signature', t_signature, 2.5, ['PERSON', 'PHONE', 'EMAIL', 'ADDRESS'], None),
    ('config', t_config, 6, ['PASSWORD', 'IP_ADDRESS', 'EMAIL', 'PERSON'], None),
    ('wifi', t_wifi, 4, ['PASSWORD', 'PERSON', 'ADDRESS', 'PHONE'], None),
    ('jsonrec', t_json_rec, 3, ['PERSON', 'DATE_OF_BIRTH', 'HEALTH', 'PHONE', 'EMAIL', 'PASSWORD', 'CREDIT_CARD'], None),
    ('citation', t_citation, 2, ['PERSON'], 'en'),
    ('narrative', t_narrative, 3, ['PERSON', 'DATE_OF_BIRTH', 'PHONE', 'HEALTH'], 'en'),
    ('inflect', t_inflect, 2.5, ['PERSON', 'PHONE', 'DATE_OF_BIRTH', 'EMAIL'], ['pl', 'ru', 'cs', 'fi']),
    ('kyc', t_kyc, 3, ['PERSON', 'IBAN', 'DATE_OF_BIRTH', 'ADDRESS', 'PHONE'], None),
    ('payment', t_payment, 2, ['PERSON', 'CREDIT_CARD', 'ADDRESS', 'EMAIL'], None),
    ('hr_us', t_hr_us, 2, ['PERSON', 'US_SSN', 'DATE_OF_BIRTH', 'ADDRESS', 'PHONE'], ['en_US']),
    ('clinical', t_clinical, 3.5, ['PERSON', 'DATE_OF_BIRTH', 'HEALTH', 'PHONE'], None),
    ('logs', t_logs, 3, ['IP_ADDRESS', 'EMAIL', 'PASSWORD', 'PERSON'], None),
    ('whatsapp', t_whatsapp, 2, ['PERSON', 'PHONE', 'PASSWORD', 'ADDRESS', 'DATE_OF_BIRTH'], None),
    ('http', t_http, 3, ['PASSWORD', 'EMAIL', 'IP_ADDRESS', 'PERSON', 'PHONE'], None),
    ('form', t_form, 5, ['PERSON', 'DATE_OF_BIRTH', 'PHONE', 'ADDRESS', 'EMAIL', 'PASSWORD', 'HEALTH', 'IBAN'], None),
    ('booking', t_booking, 3, ['DATE_OF_BIRTH', 'PERSON', 'PHONE', 'EMAIL'], None),
    ('pwchange', t_pwchange, 3, ['PASSWORD'], None),
    ('meeting', t_meeting, 1, ['PERSON', 'PHONE', 'EMAIL'], None),
]


# ------------------------------------------------------------------ wrappers: a shape's text as it reaches the observability tool

PROMPTS = ['Extract the fields from this document as JSON:\n\n', 'Summarise the following for the case file:\n\n', 'Translate to English:\n\n',
           'Is there anything sensitive in here? Answer yes or no.\n\n', 'Classify this message (billing / account / other):\n\n', '']
NO_WRAP = {'openai', 'anthropic', 'slack', 'logs', 'http'}


def wrap(c, doc):
    r = c.r
    k = r.choice(['openai', 'openai', 'anthropic', 'toolresult', 'logline'])
    pre = r.choice(PROMPTS)
    if k == 'openai':
        obj = {'model': r.choice(MODELS_OAI), 'messages': [{'role': 'system', 'content': r.choice(SYSTEMS)}, {'role': 'user', 'content': Doc(pre, doc)}]}
        return k, jdump(obj, r.choice([None, 2]))
    if k == 'anthropic':
        obj = {'model': r.choice(MODELS_ANT), 'max_tokens': r.choice([256, 1024]), 'messages': [{'role': 'user', 'content': [{'type': 'text', 'text': Doc(pre, doc)}]}]}
        return k, jdump(obj, r.choice([None, 2]))
    if k == 'toolresult':
        obj = {'role': 'tool', 'tool_call_id': _id(r, 'call_'), 'name': r.choice(['fetch_document', 'read_ticket', 'ocr_page', 'get_record']), 'content': doc}
        return k, jdump(obj)
    return k, Doc(X('DATE', c.ts('isoz')), ' INFO llm.request model=', r.choice(MODELS_OAI + MODELS_ANT), ' prompt=', jdump(Doc(pre, doc)))
