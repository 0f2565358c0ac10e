"""PII-free shapes full of look-alikes. Each returns (T, is_json)."""
import datetime as dt

import decoys as DC
import values as V
from content import Ctx, fmt_date, LANG
from rich import T, D, fmt, join, jdump
from shapes import R, ts, hhmm, rid, MODELS


def local_free(ctx, n):
    pool = [t for t in ctx.L.get('free', []) if ctx.ok(t)]
    ctx.rng.shuffle(pool)
    out = []
    for t in pool[:n]:
        c = Ctx(ctx.rng, ctx.lc)
        out.append(fmt(t, c))
    return out


def f_trivia(rng, lc, ctx):
    L = ctx.L
    if ctx.lang == 'en':
        q = rng.choice(['When was {fig} born?', 'how old would {fig} be today', 'Quick fact check: {fig}, born {figbd}, right?', 'Write a short bio of {fig}.'])
        a = rng.choice(['{fig} was born on {figbd}.', '{fig} (born {figbd}) is best known for work that changed the field.', 'Born {figbd}. Died — see the encyclopedia entry.'])
        return T('Q: ', fmt(q, ctx), '\nA: ', fmt(a, ctx)), False
    tpl = [t for t in L['free'] if '{fig}' in t]
    c2 = Ctx(rng, lc)
    body = [fmt(tpl[0], ctx)] if tpl else []
    if tpl and rng.random() < 0.6:
        body.append(fmt(tpl[0], c2))
    body += local_free(ctx, 1)
    return join(rng.choice(['\n', ' ']), body), False


def f_local(rng, lc, ctx):
    body = local_free(ctx, R(rng, 2, 4))
    style = rng.choice(['plain', 'chat', 'json', 'notif'])
    if style == 'chat':
        return join('\n', [T(rng.choice(['user', 'assistant', 'USER', 'ASSISTANT']), ': ', b) for b in body]), False
    if style == 'json':
        return jdump({'role': 'tool', 'tool_call_id': rid(rng, 'call_'), 'content': join('\n', body)}, ascii=rng.random() < 0.3), True
    if style == 'notif':
        return T(rng.choice(['[push] ', 'Notification: ', '🔔 ']), join(' ', body)), False
    return join(' ', body), False


def f_catalog(rng, lc, ctx):
    items = []
    for i in range(R(rng, 3, 7)):
        c = Ctx(rng, lc)
        items.append(T('- ', c['brand'], ' — ', c['price'], '  (SKU ', D('NUMERIC_ID', V.pat(rng, '%##-%####-^')), ')'))
    head = rng.choice(['Top picks this week', 'Catálogo', 'Angebote', 'Nouveautés', 'Products', 'おすすめ商品', '추천 상품', '精选商品'])
    return T(head, '\n', join('\n', items)), False


def f_order(rng, lc, ctx):
    L = ctx.L
    lines = [T(rng.choice(['Hi there,', 'Hello,', 'Thanks for your order!', 'Dear customer,'])), T(''),
             T('Order ', ctx['order'], ' placed on ', ctx['date'], '.'), T('Tracking: ', ctx['track'], ' (', rng.choice(['DHL', 'UPS', 'Correos', 'La Poste', 'Yamato', 'J&T']), ')'),
             T('Estimated delivery: ', ctx['date2']), T('Subtotal: ', ctx['price'], '  Shipping: ', ctx['price2'])]
    lines += local_free(ctx, 1)
    if rng.random() < 0.5:
        lines.append(T('Need help? Reply to this email or quote ticket ', ctx['ticket'], '.'))
    return join('\n', lines), False


def f_changelog(rng, lc, ctx):
    lines = [T('## ', ctx['ver'], ' (', D('DATE', dt.date(2025, R(rng, 1, 12), R(rng, 1, 28)).isoformat()), ')')]
    for i in range(R(rng, 3, 6)):
        lines.append(T('- ', rng.choice(['Fix', 'Add', 'Bump', 'Refactor', 'Drop']), ' ', rng.choice(['date parser for ISO weeks', 'support for IPv6 literals in config', 'openssl to ',
                                                                                                         'retry jitter', 'Python 3.8 support', 'locale fallback for pt-BR']),
                       rng.choice(['', T(' ', D('VERSION', DC.version(rng)))]), ' (', D('HEX_HASH', DC.hexhash(rng, 7)), ')', rng.choice(['', T(' by ', ctx['bot'])])))
    if rng.random() < 0.5:
        lines.append(T('Full diff: ', D('HEX_HASH', DC.hexhash(rng, 12)), '...', D('HEX_HASH', DC.hexhash(rng, 12))))
    return join('\n', lines), False


def f_ops_log(rng, lc, ctx):
    lines = []
    for i in range(R(rng, 4, 10)):
        lines.append(T(D('DATE', ts(rng)), ' ', rng.choice(['INFO', 'WARN', 'DEBUG']), ' [', D('OPS_TERM', rng.choice(DC.OPS)), '] ',
                       rng.choice([T('deploy ', D('VERSION', DC.version(rng)), ' rolled out to 100%'), T('request ', D('NUMERIC_ID', DC.uuid4(rng)), ' took ', str(R(rng, 3, 999)), 'ms'),
                                   T('image sha256:', D('HEX_HASH', DC.hexhash(rng, 64))), T('node ', D('VERSION', DC.ipish_version(rng)), ' joined cluster'),
                                   T('cron run ', D('NUMERIC_ID', V.pat(rng, '%#######')), ' finished, 0 errors'), T('rate limit 429 for key ', D('CODE_IDENT', 'sk-...REDACTED'))])))
    return join('\n', lines), False


def f_tool_free(rng, lc, ctx):
    tool = rng.choice(['get_weather', 'search_flights', 'get_stock_quote', 'convert_currency', 'find_restaurants'])
    if tool == 'get_weather':
        args = {'lat': round(rng.uniform(-60, 70), 4), 'lon': round(rng.uniform(-170, 170), 4), 'date': D('DATE', V.rand_date(rng).isoformat()), 'units': 'metric'}
    elif tool == 'search_flights':
        args = {'from': rng.choice(['JFK', 'CDG', 'GRU', 'NRT', 'DXB']), 'to': rng.choice(['LHR', 'MAD', 'SIN', 'ICN', 'JNB']), 'depart': D('DATE', V.rand_date(rng).isoformat()),
                'passengers': R(rng, 1, 4), 'max_price': R(rng, 200, 1500)}
    elif tool == 'get_stock_quote':
        args = {'symbol': rng.choice(['JNJ', 'GS', 'MS', 'F', 'RACE', 'DIS', 'KO']), 'company': D('PROPER_NOUN', rng.choice(['Johnson & Johnson', 'Goldman Sachs', 'Morgan Stanley', 'Ford Motor Company', 'Ferrari N.V.', 'The Walt Disney Company']))}
    elif tool == 'convert_currency':
        args = {'amount': round(rng.uniform(1, 5000), 2), 'from': 'EUR', 'to': rng.choice(['USD', 'JPY', 'BRL', 'INR']), 'as_of': D('DATE', V.rand_date(rng).isoformat())}
    else:
        args = {'near': D('PROPER_NOUN', rng.choice(DC.PLACES)), 'cuisine': rng.choice(['thai', 'tapas', 'ramen']), 'open_now': True}
    obj = {'type': 'function', 'id': rid(rng, 'call_'), 'function': {'name': tool, 'arguments': jdump(args, compact=True)}}
    res = {'role': 'tool', 'tool_call_id': obj['id'], 'content': join(' ', local_free(ctx, 1)) if ctx.L.get('free') else 'ok'}
    return jdump({'model': rng.choice(MODELS), 'tool_calls': [obj], 'result': res}, indent=rng.choice([None, 2])), True


def f_docs(rng, lc, ctx):
    style = rng.choice(['api', 'fixture', 'form', 'code'])
    if style == 'code':
        ids = rng.sample(['user_email', 'first_name', 'last_name', 'date_of_birth', 'phone_number', 'billing_address', 'password_hash', 'ssn_last4', 'getUserEmail', 'maskPhone'], 3)
        t = T('def redact(record):\n    # keys that may hold personal data\n    for key in (', join(', ', [T("'", D('CODE_IDENT', k), "'") for k in ids]), '):\n        record[key] = ',
              D('CODE_IDENT', '"[REDACTED]"'), '\n    return record  # see ', D('NUMERIC_ID', DC.ticket(rng)), ', fixed in ', D('VERSION', DC.version(rng)), '\n')
    elif style == 'api':
        t = T('### POST /v1/customers\n\nExample body:\n```json\n', jdump({'name': ctx['ph'], 'email': ctx['codeph'], 'password': D('CODE_IDENT', 'YOUR_PASSWORD_HERE'),
                                                                         'card': ctx['testcard']}, indent=2), '\n```\nReplace ', D('CODE_IDENT', '<name>'), ' with the customer\'s legal name.')
    elif style == 'fixture':
        t = T('# tests/fixtures.py — documented test values only\nTEST_CARD = "', ctx['testcard'], '"  # Stripe test card\nTEST_SSN = "', ctx['testssn'],
              '"  # never issued\nTEST_USER = "', ctx['ph'], '"\nTEST_IBAN = "', D('NUMERIC_ID', rng.choice(DC.TEST_IBANS)), '"  # from the ECBS docs\nPASSWORD = "', ctx['codeph'], '"\n')
    else:
        L = ctx.L['lab']
        t = T(join('\n', [T(L[k], ': ', rng.choice(['________', '', '[ ]', D('CODE_IDENT', rng.choice(['<dd/mm/yyyy>', '{{' + k + '}}', '%(' + k + ')s']))])) for k in ('name', 'dob', 'addr', 'phone', 'email', 'pw')]),
              '\n\n', rng.choice(['Example: ', 'e.g. ', 'Ej.: ', 'z. B. ']), ctx['ph'])
    return t, False


def f_health_general(rng, lc, ctx):
    d1, d2 = ctx['disease'], ctx['disease2']
    s = rng.choice([
        T(d1, ' is a progressive condition; early symptoms are often mistaken for normal ageing. Treatment options include medication and physiotherapy.'),
        T('What is the difference between ', d1, ' and ', d2, '?'),
        T('April is ', d1, ' awareness month. Donations fund research, not individual treatment.'),
        T('Metformin is usually the first-line drug for type 2 diabetes; typical doses range from 500 mg to 2,000 mg per day. This is general information, not advice.'),
        T('The ', ctx['eponym'], ' has nothing to do with medicine, despite the name.'),
    ])
    return T(s, '\n', join(' ', local_free(ctx, 1))) if ctx.lang != 'en' else s, False


def f_recipe(rng, lc, ctx):
    d = ctx['dish']
    return T('Tonight: ', d, '\n\nIngredients (serves ', str(R(rng, 2, 6)), '):\n- 500 g ', rng.choice(['beef fillet', 'potatoes', 'flour', 'cream']), '\n- 2 tbsp butter\n\nBake at ',
             str(rng.choice([180, 200, 220])), ' °C for ', str(R(rng, 15, 45)), ' minutes. Pairs well with ', ctx['dish2'], '.'), False


def f_travel(rng, lc, ctx):
    lines = [T('Itinerary ', D('ORDER_ID', V.pat(rng, '^^^^^%')), ' — ', ctx['date']), T('Flight ', D('NUMERIC_ID', V.pat(rng, rng.choice(['LH %##', 'AF %###', 'LA %###', 'NH %#', 'QR %##']))), ' departs ', D('PROPER_NOUN', rng.choice([p for p in DC.PLACES if 'Airport' in p or 'Prat' in p or 'Vinci' in p or 'Soekarno' in p or 'Sabiha' in p])), ' ', hhmm(rng)),
             T('Hotel: ', rng.choice(['Hotel Victor Hugo', 'Ritz-Carlton', 'Hilton Garden Inn', 'Marriott Marquis', 'Hotel Bristol']), ' near ', ctx['place2']),
             T('Seat ', str(R(rng, 1, 40)), rng.choice('ABCDEF'), ' · Gate B', str(R(rng, 1, 60)))]
    if rng.random() < 0.4:
        lines.append(T('Ship excursion aboard the ', D('PROPER_NOUN', rng.choice(DC.SHIPS)), '.'))
    return join('\n', lines), False


def f_sports(rng, lc, ctx):
    a = D('PROPER_NOUN', rng.choice(['Lionel Messi', 'Erling Haaland', 'Serena Williams', 'Carlos Alcaraz', 'LeBron James', 'Virat Kohli', 'Son Heung-min', 'Shohei Ohtani', 'Rafael Nadal', 'Kylian Mbappé']))
    return T(rng.choice(['Final score: ', 'FT: ', 'Result: ']), '%d–%d' % (R(rng, 0, 5), R(rng, 0, 5)), '. ', a, ' scored in minute ', str(R(rng, 2, 90)), " on ", ctx['date'],
             '. Attendance: ', '{:,}'.format(R(rng, 8000, 90000)), '. Tickets from ', ctx['price'], '.'), False


def f_fiction(rng, lc, ctx):
    c1, c2 = ctx['fict'], ctx['fict2']
    return T(rng.choice(['Summary: ', 'Book club notes: ', 'Plot: ', '']), c1, ' meets ', c2, ' in chapter ', str(R(rng, 2, 20)), '. ',
             rng.choice(['The ending is ambiguous.', 'Read it before the film.', 'ISBN ']), rng.choice(['', ctx['isbn']])), False


def f_science(rng, lc, ctx):
    return T(rng.choice(['Glucose (C6H12O6) ', 'Caffeine (C8H10N4O2) ', 'Ethanol (C2H5OH) ']), 'has a molar mass of ', '%.2f' % rng.uniform(40, 200), ' g/mol. See ', ctx['eponym'], ' and ',
             ctx['eponym2'], '. Ref: ISBN ', ctx['isbn'], ', doi:10.', str(R(rng, 1000, 9999)), '/', DC.hexhash(rng, 6), '.'), False


def f_finance(rng, lc, ctx):
    co = D('PROPER_NOUN', rng.choice(['Johnson & Johnson', 'Goldman Sachs', 'Morgan Stanley', 'Ferrari', 'Dell Technologies', 'Ford', 'Procter & Gamble', 'Hewlett Packard Enterprise', 'Porsche AG']))
    return T(co, ' shares closed at ', ctx['price'], ' on ', ctx['date'], ', up ', '%.1f' % rng.uniform(0.1, 6), '%. Next earnings call: ', ctx['date2'], '.'), False


def f_headings(rng, lc, ctx):
    heads = rng.sample(['Grace Period', 'Will and Testament Basics', 'Hope Street Market', 'Summer Reading', 'Rose Garden Maintenance', 'Victoria Day Hours',
                        'Florence Trip Planning', 'Jack Stands and Safety', 'Sterling Silver Care', 'Ruby on Rails Upgrade', 'Amber Alert Settings', 'Dawn Patrol'], 3)
    return T(join('\n', [T('## ', h) for h in heads]), '\n\n', rng.choice(['First name  [          ]\nLast name   [          ]\nDate of birth  [dd/mm/yyyy]', 'Enter your password to continue.', 'Email address (required)'])), False


def f_bot_chat(rng, lc, ctx):
    b = ctx['bot']
    lines = [T(b, ': ', rng.choice(['Hi! How can I help today?', 'I can check order status or reset your password.', 'Sorry, I did not get that.'])),
             T('user: ', rng.choice(['where is my order ', 'status of ', 'track ']), ctx['order']), T(b, ': ', 'Order ', ctx['order'], ' is out for delivery (', ctx['track'], ').')]
    return join('\n', lines), False


FREE = {
    'trivia': (f_trivia, 4), 'local_prose': (f_local, 6), 'catalog': (f_catalog, 2), 'order_notice': (f_order, 3), 'changelog': (f_changelog, 2), 'ops_log': (f_ops_log, 2),
    'tool_call_free': (f_tool_free, 3), 'docs_placeholders': (f_docs, 3), 'health_general': (f_health_general, 2), 'recipe': (f_recipe, 3), 'travel': (f_travel, 2),
    'sports': (f_sports, 3), 'fiction': (f_fiction, 2), 'science': (f_science, 3), 'finance': (f_finance, 3), 'headings': (f_headings, 3), 'bot_chat': (f_bot_chat, 2),
}
