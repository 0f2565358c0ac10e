"""PII-free look-alike shapes for pii_dev11. Every inserted date, version, hash, id, price,
product, place, public figure, code identifier and ops term is a decoy."""
import datetime

import values as V
from core import Doc, X, jdump
from phrases import FREE_Q

SERVICES = ['checkout-api', 'payments-worker', 'search-gateway', 'auth-service', 'image-resizer', 'notifications', 'ledger-sync', 'pricing-engine']
REGIONS = ['eu-west-1', 'us-east-2', 'ap-southeast-1', 'europe-west4', 'westus3']


def op(t):
    return X('OPS_TERM', t)


def f_ops(c):
    r = c.r
    s = r.choice(SERVICES)
    opts = [
        lambda: Doc('Incident ', X('ORDER_ID', 'INC-%d' % r.randint(1000, 99999)), ': the ', op('readiness probe'), ' on ', s, ' started failing after ',
                    X('VERSION', V.version(r)), ' rolled out at ', X('DATE', c.ts('isoz')), '. ', op('/healthz'), ' kept returning 503 for about ',
                    str(r.randint(2, 19)), ' minutes, so the load balancer marked every pod ', op('unhealthy'), '. Rolled back to ', X('VERSION', V.version(r)), '.'),
        lambda: Doc('Can we make the ', op('health check'), ' less aggressive? Right now the ', op('liveness probe'), ' kills ', s,
                    ' during GC pauses. Proposal: initialDelaySeconds 30, periodSeconds 10, failureThreshold 5.'),
        lambda: Doc('[', X('DATE', c.ts('space')), '] ', s, ' ', op('healthcheck'), ' OK (', str(r.randint(3, 90)), 'ms) region=', r.choice(REGIONS), '\n[',
                    X('DATE', c.ts('space')), '] ', s, ' ', op('healthcheck'), ' FAILED: upstream timeout\n[', X('DATE', c.ts('space')), '] ', s,
                    ' marked ', op('healthy'), ' again after ', str(r.randint(2, 6)), ' consecutive passes'),
        lambda: Doc('Runbook: if ', op('/readyz'), ' is red but ', op('/livez'), ' is green, the pod is alive but still warming caches. Do not restart it; wait for the ',
                    op('readiness probe'), ' to pass. Build ', X('HEX_HASH', V.hexh(r, 7)), ' added a warm-up timer.'),
        lambda: Doc('Status page update ', X('DATE', c.date('long', 'en')), ': all systems ', op('healthy'), '. The degraded latency on ', s,
                    ' was caused by a noisy neighbour in ', r.choice(REGIONS), '; cluster ', op('health'), ' is back to green.'),
    ]
    return r.choice(opts)()


def f_k8s(c):
    r = c.r
    s = r.choice(SERVICES)
    return Doc('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ', s, '\nspec:\n  template:\n    spec:\n      containers:\n        - name: ', s,
               '\n          image: registry.example.com/', s, ':', X('VERSION', V.version(r).lstrip('v')), '\n          livenessProbe:\n            httpGet:\n              path: ',
               op('/healthz'), '\n              port: 8080\n          readinessProbe:\n            httpGet:\n              path: ', op('/readyz'), '\n              port: 8080\n')


def f_changelog(c):
    r = c.r
    d = Doc('## ', X('VERSION', V.version(r)), ' — ', X('DATE', c.date('iso', 'en')), '\n\n')
    items = ['Fixed a crash when the birthday field was left empty (', 'Password reset e-mails are now rate limited (', 'Phone number input accepts spaces (',
             'Added IBAN checksum validation to the payout form (', 'Dropped support for Node 16 (', 'Masked card numbers in receipts (',
             'New `', 'Date of birth picker respects the locale (']
    for it in r.sample(items, r.randint(2, 4)):
        if it == 'New `':
            d.add('- New `', X('CODE_IDENT', r.choice(V.CODE_IDENTS)), '` helper (', X('HEX_HASH', V.hexh(r, 7)), ')\n')
        else:
            d.add('- ', it, X('HEX_HASH', V.hexh(r, 7)), ')\n')
    return d


def f_catalog(c):
    r = c.r
    d = Doc(r.choice(['Recommended for you:\n', 'Bestsellers this week\n', 'Your basket\n', 'Back in stock:\n']))
    for p in r.sample(V.PRODUCTS, r.randint(2, 4)):
        d.add('• ', X('PROPER_NOUN', p), ' — ', X('PRICE', V.price(r)), r.choice(['', ' (', ' · SKU ']))
        if d.plain().endswith('('):
            d.add(r.choice(['free delivery', 'ships in 2 days', 'last 3 items']), ')')
        elif d.plain().endswith('SKU '):
            d.add(X('ORDER_ID', '%s-%d' % (V.hexh(r, 4).upper(), r.randint(100, 999))))
        d.add('\n')
    return d


def f_travel(c):
    r = c.r
    a, b = r.sample(V.PLACES, 2)
    d = _travel(c, r, a, b)
    if r.random() < 0.6:
        d.add(' ', r.choice(['Any tips for food near the old town?', 'We are two adults and a toddler, so nothing too hectic.',
                             'Is the train or the bus more reliable in winter?', 'Budget is flexible but we would rather not rent a car.']))
    return d


def _travel(c, r, a, b):
    return r.choice([
        lambda: Doc('Day 3: train from ', X('PROPER_NOUN', a), ' to ', X('PROPER_NOUN', b), ' (about 4 h). Check-in after 15:00, breakfast included. Booking ',
                    X('ORDER_ID', V.order_id(r)), ' covers both nights.'),
        lambda: Doc('Is ', X('PROPER_NOUN', a), ' worth a day trip from ', X('PROPER_NOUN', b), '? We land on ', X('DATE', c.date('long', 'en')),
                    ' and only have a long weekend.'),
        lambda: Doc('Best time to visit ', X('PROPER_NOUN', a), ': late spring. Flights from ', X('PROPER_NOUN', b), ' start at ', X('PRICE', V.price(r)), '.'),
    ])()


def f_figure(c):
    r = c.r
    d = _figure(c, r)
    if r.random() < 0.6:
        d.add(r.choice([' It is for a school project, year 9.', ' Please keep it neutral and cite two sources.', ' Answer in bullet points.',
                        ' My teacher wants it by Monday, so short is fine.']))
    return d


def _figure(c, r):
    f = r.choice([x for x in V.FIGURES if x in V.FIGURE_BIRTH] if r.random() < 0.6 else V.FIGURES)
    if f in V.FIGURE_BIRTH:
        y, m, d = V.FIGURE_BIRTH[f]
        dt = datetime.date(y, m, d)
        ds = r.choice(['%s %d, %d' % (V.MONTHS['en'][m - 1], d, y), '%d %s %d' % (d, V.MONTHS['en'][m - 1], y), '%04d-%02d-%02d' % (y, m, d)])
        del dt
        return r.choice([
            lambda: Doc(X('PROPER_NOUN', f), ' (born ', X('DATE', ds), ') is the subject of this week\'s reading group. Chapter 4 covers the early years.'),
            lambda: Doc('Quiz: who was born on ', X('DATE', ds), '? Hint: the answer is ', X('PROPER_NOUN', f), '.'),
            lambda: Doc('Write a 200-word summary of the life of ', X('PROPER_NOUN', f), ', born ', X('DATE', ds), ', for a school poster.'),
        ])()
    return r.choice([
        lambda: Doc("What did ", X('PROPER_NOUN', f), " mean by that famous quote? I'm writing an essay and need sources."),
        lambda: Doc('Biography of ', X('PROPER_NOUN', f), ' — new edition, ', X('PRICE', V.price(r)), ', out on ', X('DATE', c.date('long', 'en')), '.'),
        lambda: Doc('Compare the early work of ', X('PROPER_NOUN', f), ' and ', X('PROPER_NOUN', r.choice([x for x in V.FIGURES if x != f])), ' in a short table.'),
    ])()


def f_code(c):
    r = c.r
    return r.choice([
        lambda: Doc('def ', X('CODE_IDENT', 'validate_password'), '(pw: str) -> bool:\n    if len(pw) < ', X('CODE_IDENT', 'PASSWORD_MIN_LENGTH'),
                    ':\n        return False\n    return any(ch.isdigit() for ch in pw) and any(not ch.isalnum() for ch in pw)\n'),
        lambda: Doc('const ', X('CODE_IDENT', 'dateOfBirth'), " = form.get('dob');\nif (!", X('CODE_IDENT', 'isValidDate'), '(', X('CODE_IDENT', 'dateOfBirth'),
                    ")) {\n  errors.push('Please enter your date of birth as DD/MM/YYYY');\n}\n"),
        lambda: Doc('ALTER TABLE users ADD COLUMN ', X('CODE_IDENT', 'phone_e164'), ' varchar(16);\nCREATE INDEX ', X('CODE_IDENT', 'idx_users_last_name'),
                    ' ON users (', X('CODE_IDENT', 'last_name'), ');\n-- migration ', X('HEX_HASH', V.hexh(r, 12)), '\n'),
        lambda: Doc('class ', X('CODE_IDENT', 'PasswordResetToken'), '(Model):\n    user_id = ForeignKey(User)\n    token_hash = CharField(max_length=64)\n    expires_at = DateTimeField()\n'),
        lambda: Doc('grep -rn "', X('CODE_IDENT', r.choice(V.CODE_IDENTS)), '" src/ | wc -l   # should be 0 after the refactor in ', X('HEX_HASH', V.hexh(r, 7))),
    ])()


def f_order(c):
    r = c.r
    lang = c.lang if c.lang in ORDER_MSG else 'en'
    a, b, t, tot, eta = ORDER_MSG[lang]
    return Doc(a, X('ORDER_ID', V.order_id(r)), b, '. ', t, ': ', X('TRACKING', V.tracking(r)), '. ', tot, ' ', X('PRICE', V.price(r)), '. ', eta, ' ',
               X('DATE', c.date(lang=lang)), '.')


ORDER_MSG = {'en': ('Your order ', ' has shipped', 'Tracking', 'Total', 'Estimated delivery'),
             'de': ('Ihre Bestellung ', ' wurde versandt', 'Sendungsnummer', 'Summe', 'Voraussichtliche Zustellung am'),
             'fr': ('Votre commande ', ' a été expédiée', 'Suivi', 'Total', 'Livraison prévue le'),
             'es': ('Tu pedido ', ' ha sido enviado', 'Seguimiento', 'Total', 'Entrega estimada el'),
             'it': ('Il tuo ordine ', ' è stato spedito', 'Tracking', 'Totale', 'Consegna prevista il'),
             'pt': ('Seu pedido ', ' foi enviado', 'Rastreio', 'Total', 'Entrega prevista em'),
             'nl': ('Je bestelling ', ' is verzonden', 'Track & trace', 'Totaal', 'Verwachte levering'),
             'pl': ('Zamówienie ', ' zostało wysłane', 'Numer przesyłki', 'Suma', 'Przewidywana dostawa'),
             'ru': ('Заказ ', ' отправлен', 'Трек-номер', 'Итого', 'Ожидаемая доставка')}


def f_question(c):
    r = c.r
    lang = c.lang if c.lang in FREE_Q else 'en'
    qs = r.sample(FREE_Q[lang], min(len(FREE_Q[lang]), r.randint(1, 2)))
    d = Doc()
    if r.random() < 0.5 or sum(len(q) for q in qs) < 60:
        pre, post = r.choice([('[web widget] new question, app ', ':\n'), ('Q from the community forum (client ', '):\n'), ('ticket draft, build ', ' —\n')])
        d.add(pre, X('VERSION', V.version(r)), post)
    d.add(' '.join(qs))
    return d


def f_masked(c):
    r = c.r
    d = _masked(c, r)
    if r.random() < 0.6:
        d.add(' ', r.choice(['If you did not make this change, contact support from the app.', 'This is an automated message, please do not reply.',
                             'You can manage your settings under Account → Security.']))
    return d


def _masked(c, r):
    return r.choice([
        lambda: Doc('Paid with card ending in ', X('MASKED', '%04d' % r.randint(0, 9999)), ' on ', X('DATE', c.date()), '. Amount ', X('PRICE', V.price(r)), '.'),
        lambda: Doc('SSN on file: ', X('MASKED', '***-**-%04d' % r.randint(1, 9999)), '. Full number is only visible to payroll admins.'),
        lambda: Doc('We sent a code to the number ending ', X('MASKED', '••%02d' % r.randint(0, 99)), '. It expires in 10 minutes.'),
        lambda: Doc('Account ', X('MASKED', 'DE** **** **** **** **%02d %02d' % (r.randint(0, 99), r.randint(0, 99))), ' will be debited on ', X('DATE', c.date()), '.'),
        lambda: Doc('password: ', X('MASKED', '********'), '   (hidden — click the eye icon to reveal)'),
    ])()


def f_cilog(c):
    r = c.r
    d = Doc()
    for step in r.sample(['checkout', 'setup-node', 'cache restore', 'npm ci', 'lint', 'unit tests', 'build image', 'push'], r.randint(3, 5)):
        d.add(X('DATE', c.ts('isoz')), ' ##[group]', step, '\n')
        if step in ('build image', 'push'):
            d.add('  sha256:', X('HEX_HASH', V.hexh(r, 64)), '\n')
        elif step == 'checkout':
            d.add('  HEAD is now at ', X('HEX_HASH', V.hexh(r, 7)), '\n')
        else:
            d.add('  done in ', str(r.randint(1, 300)), 's\n')
    d.add('Version: ', X('VERSION', V.version(r)))
    return d


def f_llm(c):
    r = c.r
    body = {'model': r.choice(['gpt-4o-mini', 'claude-3-5-haiku-20241022']), 'messages': [
        {'role': 'user', 'content': r.choice(['Refactor this function to use async/await.', 'Explain the difference between a readiness check and a smoke test.',
                                             'Translate the release notes into German.', 'Generate 5 test cases for a date-of-birth validator, no real data.'])}]}
    d = jdump(body, r.choice([None, 2]))
    if 'readiness check' in d.plain():
        pass
    return d


NEWS = {
    'en': lambda c, r: Doc('The ', X('PROPER_NOUN', r.choice(V.FIGURES[:20])), ' exhibition in ', X('PROPER_NOUN', r.choice(V.PLACES)), ' runs until ', X('DATE', c.date(lang='en')), '.'),
    'fr': lambda c, r: Doc('Météo : grand soleil sur ', X('PROPER_NOUN', r.choice(['Marseille', 'Lyon', 'Bordeaux'])), ' le ', X('DATE', c.date(lang='fr')), ', 28 °C.'),
    'de': lambda c, r: Doc('Die Ausstellung über ', X('PROPER_NOUN', r.choice(['Marie Curie', 'Ada Lovelace', 'Alan Turing'])), ' läuft bis zum ', X('DATE', c.date(lang='de')), '.'),
    'es': lambda c, r: Doc('El concierto en ', X('PROPER_NOUN', r.choice(['Valparaíso', 'Cusco', 'San José'])), ' se aplaza al ', X('DATE', c.date(lang='es')), '.'),
    'ja': lambda c, r: Doc(X('PROPER_NOUN', '夏目漱石'), 'の展示は', X('DATE', c.date(lang='ja')), 'まで開催されます。'),
    'ru': lambda c, r: Doc('Лекция о творчестве ', X('PROPER_NOUN', 'Федор Достоевский'), ' состоится ', X('DATE', c.date(lang='ru')), '.'),
    'it': lambda c, r: Doc('Il treno per ', X('PROPER_NOUN', r.choice(['Florence', 'Salzburg'])), ' parte il ', X('DATE', c.date(lang='it')), ' alle 8:15.'),
    'pl': lambda c, r: Doc('Wieczór poezji ', X('PROPER_NOUN', 'Wisława Szymborska'), ' odbędzie się ', X('DATE', c.date(lang='pl')), ' w ', X('PROPER_NOUN', 'Kraków'), '.'),
    'zh': lambda c, r: Doc('新版本', X('VERSION', V.version(r)), '将于', X('DATE', c.date(lang='zh')), '发布。'),
    'ko': lambda c, r: Doc('앱 업데이트 ', X('VERSION', V.version(r)), ' 배포일: ', X('DATE', c.date(lang='ko')), '.'),
    'tr': lambda c, r: Doc('Yeni sürüm ', X('VERSION', V.version(r)), ' ', X('DATE', c.date(lang='tr')), ' tarihinde yayınlanacak.'),
    'pt': lambda c, r: Doc('A exposição sobre ', X('PROPER_NOUN', 'Frida Kahlo'), ' em ', X('PROPER_NOUN', 'São Paulo'), ' termina em ', X('DATE', c.date(lang='pt')), '.'),
    'hi': lambda c, r: Doc(X('PROPER_NOUN', 'रवींद्रनाथ टैगोर'), ' पर व्याख्यान ', X('DATE', c.date(lang='hi')), ' को होगा।'),
    'ar': lambda c, r: Doc('رحلة إلى ', X('PROPER_NOUN', 'الإسكندرية'), ' يوم ', X('DATE', c.date(lang='ar')), '.'),
}


def f_news(c):
    r = c.r
    d = NEWS[c.lang](c, r)
    if r.random() < 0.3:
        d.add(' Ref. ', X('ORDER_ID', V.order_id(r)), '.')
    d.add(r.choice(['\n\nSource: ', '\n— ', ' | ']), r.choice(['newsletter', 'press release', 'events calendar', 'city portal']), ', ', X('DATE', c.date(lang=c.lang)))
    if len(d.plain()) < 60:
        d.add(' ', r.choice(['Tickets from ', 'Entry ', 'Price: ']), X('PRICE', V.price(r)), '. ', X('ORDER_ID', V.order_id(r)))
    return d


# name, function, weight, languages (as in shapes.SHAPES)
FREE = [('ops', f_ops, 5, 'en'), ('k8s', f_k8s, 1.5, 'en'), ('changelog', f_changelog, 2, 'en'), ('catalog', f_catalog, 2.5, 'en'),
        ('travel', f_travel, 2, 'en'), ('figure', f_figure, 3, 'en'), ('snippet', f_code, 2.5, 'en'), ('order', f_order, 2, None),
        ('question', f_question, 3, None), ('masked', f_masked, 2, 'en'), ('cilog', f_cilog, 1.5, 'en'), ('llm', f_llm, 1, 'en'),
        ('news', f_news, 3, ['en', 'fr', 'de', 'es', 'ja', 'ru', 'it', 'pl', 'zh', 'ko', 'tr', 'pt', 'hi', 'ar'])]
