# -*- coding: utf-8 -*-
"""Conversational shapes: LLM chats, agent tool calls and results, messaging exports, e-mail, SMS."""
import data as DT
import phrases as PH
from core import E, D, Seq, Raw, jdump, jstr, esc, fill, j_esc, j_esc_ascii, py_esc
from ctx import Ctx, LANG_LOCS

MODELS = ['gpt-4o-mini', 'gpt-4o-2024-08-06', 'claude-3-5-sonnet-20241022', 'claude-3-haiku-20240307',
          'gemini-1.5-pro', 'llama-3.1-70b-instruct', 'mistral-large-latest', 'gpt-4.1-mini', 'qwen2.5-72b-instruct']

CHAT_LANG_W = [('en', 34), ('es', 7), ('pt', 5), ('fr', 5), ('de', 5), ('it', 3), ('nl', 3), ('pl', 3), ('sv', 2),
               ('tr', 3), ('ru', 6), ('uk', 3), ('ar', 5), ('hi', 4), ('ja', 6), ('zh', 6), ('ko', 5), ('vi', 3),
               ('id', 3), ('sw', 3)]


def pick_loc(g, lang):
    return g.pick(LANG_LOCS[lang])


def tid(g, prefix, n=24):
    return prefix + ''.join(g.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def iso_ts(g, with_ms=True):
    d = g.rand_date(2024, 2025)
    s = '%sT%02d:%02d:%02d' % (d.isoformat(), g.r.randrange(24), g.r.randrange(60), g.r.randrange(60))
    if with_ms:
        s += '.%03d' % g.r.randrange(1000)
    return s + 'Z'


CAT_SLOTS = [('pw', ('{PASSWORD', '{PIN', '{DOOR', '{WIFI')), ('pay', ('{CARD', '{IBAN', '{SSN')),
             ('health', ('{HEALTH', '{MED', '{PREG', '{LAB', '{MENTAL', '{PROC')), ('addr', ('{ADDRESS', '{STREET')),
             ('verify', ('{DOB',)), ('contact', ('{PHONE', '{EMAIL'))]


def reply_cat(line):
    for cat, keys in CAT_SLOTS:
        if any(k in line for k in keys):
            return cat
    return 'other'


def make_turns(g, c, n_user=None):
    """A list of (role, parts) for a support chat in c.lang; replies follow what the user wrote."""
    L = c.lang
    users = PH.USER[L]
    if c.country != 'US':
        users = [u for u in users if '{SSN}' not in u]
    cats = PH.ASSIST_CAT.get(L, PH.ASSIST_CAT['en'])
    n_user = n_user or g.wpick([(1, 2), (2, 4), (3, 3), (4, 1)])
    turns = []
    if g.chance(0.4):
        turns.append(('assistant', [g.pick(PH.GREET.get(L, PH.GREET['en']))]))
    idx = g.r.sample(range(len(users)), min(n_user, len(users)))
    if L in ('ja', 'zh', 'ko', 'ru', 'uk', 'ar', 'hi') and g.chance(0.7):
        named = [i for i, u in enumerate(users) if '{FULL}' in u]
        if named and not any(i in named for i in idx):
            idx[0] = g.pick(named)
    used = set()
    asked_dob = False
    if g.chance(0.2) and L in PH.PW_CUE:
        idx.insert(g.r.randrange(len(idx) + 1), -1)
    for i in idx:
        if i == -1:  # a bare "cue: secret" line in the user's language
            kind = g.pick(['pw', 'pw', 'pin', 'door', 'wifi'])
            slot = {'pw': '{PASSWORD}', 'pin': '{PIN}', 'door': '{DOOR}', 'wifi': '{WIFI}'}[kind]
            line = g.pick(PH.PW_CUE[L][kind]) + ' ' + slot
        else:
            line = users[i]
        turns.append(('user', fill(line, c)))
        if g.chance(0.85):
            cat = reply_cat(line)
            if cat in ('addr', 'contact', 'other') and not asked_dob and g.chance(0.25):
                turns.append(('assistant', [PH.ASK_DOB.get(L, PH.ASK_DOB['en'])]))
                asked_dob = True
                continue
            opts = [x for x in cats.get(cat, cats['other']) if x not in used] or cats['other']
            rep = g.pick(opts)
            used.add(rep)
            turns.append(('assistant', fill(rep, c)))
    return turns


ROLE_FMT = [
    ('User: ', 'Assistant: ', '\n'), ('USER: ', 'ASSISTANT: ', '\n'), ('Human: ', 'Assistant: ', '\n\n'),
    ('[user] ', '[assistant] ', '\n'), ('Customer: ', 'Bot: ', '\n'), ('<|user|>\n', '<|assistant|>\n', '\n'),
    ('### User\n', '### Assistant\n', '\n\n'), ('user> ', 'bot> ', '\n'), ('<|im_start|>user\n', '<|im_start|>assistant\n', '<|im_end|>\n'),
    ('<start_of_turn>user\n', '<start_of_turn>model\n', '<end_of_turn>\n'), ('Q: ', 'A: ', '\n'),
    ('visitor: ', 'agent: ', '\n'),
]


def t_support_chat(g):
    L = g.wpick(CHAT_LANG_W)
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0.0)
    turns = make_turns(g, c)
    u, a, sep = g.pick(ROLE_FMT)
    out = []
    stamp = g.chance(0.25)
    h, m = g.r.randrange(7, 22), g.r.randrange(60)
    if g.chance(0.3):
        out.append('--- conversation %s | channel=%s | lang=%s ---\n' % (tid(g, '', 12).lower(), g.pick(['web', 'ios', 'android', 'whatsapp']), L))
    for role, parts in turns:
        if stamp:
            m += g.r.randrange(0, 3)
            out.append('[%02d:%02d] ' % (h + m // 60, m % 60))
        out.append(u if role == 'user' else a)
        out.append(parts)
        out.append(sep)
    return 'support_chat', c.loc, out


def _messages(g, c, turns, style):
    sysmsg = fill(g.pick(PH.SYSTEM['en']), c)
    if style == 'openai':
        msgs = [{'role': 'system', 'content': Seq(sysmsg)}]
        for role, parts in turns:
            msgs.append({'role': role, 'content': Seq(parts)})
        return {'model': g.pick(MODELS), 'messages': msgs, 'temperature': g.pick([0, 0.2, 0.7, 1]), 'stream': g.chance(0.5)}
    if style == 'anthropic':
        msgs = []
        for role, parts in turns:
            if not msgs and role == 'assistant':
                continue
            msgs.append({'role': role, 'content': [{'type': 'text', 'text': Seq(parts)}]})
        return {'model': g.pick(MODELS[2:4]), 'max_tokens': g.pick([512, 1024, 4096]), 'system': Seq(sysmsg), 'messages': msgs}
    if style == 'gemini':
        cs = []
        for role, parts in turns:
            cs.append({'role': 'user' if role == 'user' else 'model', 'parts': [{'text': Seq(parts)}]})
        return {'contents': cs, 'generationConfig': {'temperature': 0.4, 'maxOutputTokens': 800}}
    # transcript stored by an app
    return {'conversation_id': tid(g, 'conv_', 16), 'created_at': iso_ts(g),
            'turns': [{'speaker': role, 'text': Seq(parts), 'ts': iso_ts(g)} for role, parts in turns]}


def t_chat_json(g):
    L = g.wpick(CHAT_LANG_W)
    c = Ctx(g, pick_loc(g, L), diaspora=0.15 if L == 'en' else 0.0)
    turns = make_turns(g, c)
    style = g.wpick([('openai', 4), ('anthropic', 3), ('gemini', 1), ('app', 2)])
    obj = _messages(g, c, turns, style)
    asc = g.chance(0.3)
    ind = g.pick([None, None, 2, 4])
    return 'chat_json', c.loc, jdump(obj, indent=ind, ascii_=asc)


def t_llm_request_log(g):
    """A request body logged as an escaped string inside a log line or a JSON log record."""
    L = g.wpick(CHAT_LANG_W)
    c = Ctx(g, pick_loc(g, L))
    turns = make_turns(g, c, n_user=g.pick([1, 2]))
    obj = _messages(g, c, turns, g.pick(['openai', 'anthropic']))
    inner = jdump(obj, ascii_=g.chance(0.4))
    ts = iso_ts(g)
    k = g.r.randrange(4)
    if k == 0:
        out = ['%s INFO  [llm.client] POST /v1/chat/completions body="' % ts] + esc(inner, lambda s: s.replace('\\', '\\\\').replace('"', '\\"')) + ['" latency_ms=%d' % g.r.randrange(200, 9000)]
    elif k == 1:
        rec = {'ts': ts, 'level': 'debug', 'logger': 'gateway.proxy', 'msg': 'upstream request', 'request_body': Seq(inner),
               'trace_id': g.hexs(32)}
        out = jdump(rec)
    elif k == 2:
        rec = {'timestamp': ts, 'span': {'name': 'chat %s' % obj.get('model', 'gemini'), 'attributes': {
            'gen_ai.system': g.pick(['openai', 'anthropic']), 'http.request.body': Seq(inner)}}}
        out = jdump(rec, indent=2)
    else:
        out = ['time="%s" level=debug msg="llm call" provider=%s payload=' % (ts, g.pick(['openai', 'anthropic', 'azure']))] + jstr(inner)
    return 'llm_request_log', c.loc, out


# ------------------------------------------------------------------ agent tools

def _addr_fields(g, c):
    full = g.address(c.country, 'multi')
    lines = [x for x in full.split('\n') if x.strip()]
    if len(lines) == 1:
        return {'address': E('ADDRESS', lines[0])}
    if len(lines) == 2:
        return {'address_line1': E('ADDRESS', lines[0]), 'city_postcode': E('ADDRESS', lines[1])}
    d = {'address_line1': E('ADDRESS', lines[0]), 'address_line2': E('ADDRESS', lines[1])}
    d['city_postcode'] = E('ADDRESS', ', '.join(lines[2:]))
    return d


def tool_spec(g, c):
    """(name, args dict) for an agent tool call carrying PII."""
    k = g.r.randrange(14)
    L = c.lang
    if k == 0:
        return 'create_support_ticket', {'customer_name': c.get('FULL'), 'email': c.get('EMAIL'), 'phone': c.get('PHONE'),
                                         'summary': Seq(fill(g.pick(['Customer cannot log in, says password is {PASSWORD}',
                                                                     'Refund request for order {ORDER}',
                                                                     'Wants to update address to {ADDRESS}',
                                                                     'Reports allergic reaction, has {HEALTH}']), c)),
                                         'priority': g.pick(['low', 'normal', 'high'])}
    if k == 1:
        d = {'order_id': c.get('ORDER'), 'recipient': c.get('FULL')}
        d.update(_addr_fields(g, c))
        d['country'] = c.country
        return 'update_shipping_address', d
    if k == 2:
        return 'book_appointment', {'patient_name': c.get('FULL'), 'date_of_birth': c.get('DOB'), 'reason': c.get('ANYHEALTH'),
                                    'preferred_date': c.get('DATE'), 'callback_number': c.get('PHONE')}
    if k == 3:
        return 'send_sms', {'to': c.get('PHONE_INTL'), 'body': Seq(fill(g.pick([
            'Hi {GIVEN}, your appointment on {DATE} is confirmed. Reply STOP to opt out.',
            'Hi {GIVEN}! Your parcel {ORDER} will arrive today. Door code on file: {DOOR}',
            '{GIVEN}, your prescription for {MED} is ready for pickup.']), c))}
    if k == 4:
        if c.country == 'US':
            return 'verify_identity', {'full_name': c.get('FULL'), 'dob': c.get('DOB'), 'ssn': c.get('SSN'), 'zip': g.digits(5)}
        return 'verify_identity', {'full_name': c.get('FULL'), 'dob': c.get('DOB'), 'document_number': g.pick(['X', 'P', 'C', '']) + g.digits(8)}
    if k == 5:
        return 'process_refund', {'account_holder': c.get('FULL'), 'iban': c.get('IBAN'), 'amount': c.get('PRICE'),
                                  'reference': c.get('ORDER')}
    if k == 6:
        return 'charge_card', {'card_number': c.get('CARD'), 'exp_month': g.r.randrange(1, 13), 'exp_year': g.r.randrange(2025, 2031),
                               'cardholder': c.get('UPPER'), 'amount': c.get('PRICE')}
    if k == 7:
        return 'reset_password', {'username': c.get('EMAIL'), 'new_password': c.get('PASSWORD'), 'notify': True}
    if k == 8:
        return 'create_calendar_event', {'title': Seq(fill(g.pick(['Viewing with {GIVEN}', 'Call with {FULL}', 'Physio – {FULL}']), c)),
                                         'start': c.get('DATE'), 'location': c.get('ADDRESS'),
                                         'attendees': [c.get('EMAIL'), c.get('EMAIL2')]}
    if k == 9:
        return 'geocode', {'query': c.get('ADDRESS')}
    if k == 10:
        return 'run_sql', {'query': Seq(fill("SELECT id, full_name, phone FROM customers WHERE email = '{EMAIL}' OR phone = '{PHONE}' LIMIT 5", c))}
    if k == 11:
        return 'save_memory', {'user_id': g.digits(8), 'memory': Seq(fill(g.pick([
            'User is {FULL}, lives at {ADDRESS}, has {HEALTH}.',
            "User's wife is {PERSON2}; their wifi password is {WIFI}.",
            'User mentioned being {PREG} and taking {MED}.',
            'User birthday {BDAY}; prefers to be called {NICK}.']), c))}
    if k == 12:
        return 'lookup_customer', {'email': c.get('EMAIL')} if g.chance(0.5) else {'phone': c.get('PHONE')}
    return 'fill_form', {'fields': {'name': c.get('FULL'), 'dob': c.get('DOB'), 'address': c.get('ADDRESS'), 'phone': c.get('PHONE'),
                                    'email': c.get('EMAIL')}}


def t_tool_call(g):
    L = g.wpick([('en', 10), ('es', 2), ('de', 2), ('fr', 2), ('pt', 2), ('ja', 2), ('it', 1), ('nl', 1), ('pl', 1), ('tr', 1),
                 ('ru', 1), ('zh', 1), ('ko', 1), ('ar', 1), ('hi', 1)])
    loc = pick_loc(g, L)
    if L == 'en' and g.chance(0.4):
        loc = 'en_US'
    c = Ctx(g, loc, diaspora=0.2 if L == 'en' else 0)
    name, args = tool_spec(g, c)
    asc = g.chance(0.35)
    k = g.r.randrange(6)
    if k == 0:  # OpenAI tool_calls: arguments is an escaped JSON string
        obj = {'role': 'assistant', 'content': None, 'tool_calls': [{'id': tid(g, 'call_'), 'type': 'function',
               'function': {'name': name, 'arguments': Seq(jdump(args, ascii_=asc))}}]}
        out = jdump(obj, indent=g.pick([None, 2]), ascii_=asc)
    elif k == 1:  # Anthropic tool_use block
        obj = {'type': 'tool_use', 'id': tid(g, 'toolu_01'), 'name': name, 'input': args}
        out = jdump(obj, indent=2, ascii_=asc)
    elif k == 2:  # MCP JSON-RPC
        obj = {'jsonrpc': '2.0', 'id': g.r.randrange(1, 300), 'method': 'tools/call', 'params': {'name': name, 'arguments': args}}
        out = jdump(obj, ascii_=asc)
    elif k == 3:  # LangChain verbose agent log (python repr of the dict)
        out = ['\n> Entering new AgentExecutor chain...\n\nInvoking: `%s` with `' % name] + pyrepr(args) + ['`\n\n\n']
    elif k == 4:  # log line with escaped args inside a JSON string inside logfmt
        inner = jdump({'name': name, 'arguments': Seq(jdump(args, ascii_=asc))}, ascii_=asc)
        out = ['ts=%s level=info component=agent event=tool_call tool=%s payload=' % (iso_ts(g), name)] + jstr(inner)
    else:  # OpenAI Responses API output item
        obj = {'type': 'function_call', 'id': tid(g, 'fc_'), 'call_id': tid(g, 'call_'), 'name': name,
               'arguments': Seq(jdump(args, ascii_=asc)), 'status': 'completed'}
        out = jdump(obj, ascii_=asc)
    return 'tool_call', c.loc, out


def pyrepr(o):
    """Python repr of a dict/list with labelled strings (single quotes)."""
    if isinstance(o, dict):
        out = ['{']
        for i, (k, v) in enumerate(o.items()):
            out.append("'%s': " % k)
            out.extend(pyrepr(v))
            if i < len(o) - 1:
                out.append(', ')
        out.append('}')
        return out
    if isinstance(o, list):
        out = ['[']
        for i, v in enumerate(o):
            out.extend(pyrepr(v))
            if i < len(o) - 1:
                out.append(', ')
        out.append(']')
        return out
    if isinstance(o, tuple):
        return ["'", (o[0], o[1], py_esc(o[2])), "'"]
    if isinstance(o, Seq):
        return ["'"] + esc(o.parts, py_esc) + ["'"]
    if isinstance(o, str):
        return ["'" + py_esc(o) + "'"]
    if o is True:
        return ['True']
    if o is False:
        return ['False']
    if o is None:
        return ['None']
    return [repr(o)]


def customer_record(g, c):
    rec = {'customer_id': g.digits(8), 'name': c.get('FULL')}
    if g.chance(0.7):
        rec['email'] = c.get('EMAIL')
    rec['phone'] = c.get('PHONE')
    if g.chance(0.6):
        rec['date_of_birth'] = c.get('DOB')
    if g.chance(0.7):
        if g.chance(0.5):
            rec['address'] = c.get('ADDRESS')
        else:
            rec['address'] = _addr_fields(g, c)
    if g.chance(0.3):
        rec['notes'] = Seq(fill(g.pick(['Prefers calls after {TIME}. Has {HEALTH}.', 'VIP since 2019. Spouse: {PERSON2}.',
                                        'Asked us to use gate code {DOOR} for deliveries.', 'Flagged: shared password {PASSWORD} with agent.']), c))
    if g.chance(0.3):
        rec['last_order'] = {'id': c.get('ORDER'), 'total': c.get('PRICE'), 'date': c.get('PASTDATE')}
    if g.chance(0.2):
        rec['payment'] = {'iban': c.get('IBAN')} if g.chance(0.4) else {'card_number': c.get('CARD'), 'exp': '%02d/%d' % (g.r.randrange(1, 13), g.r.randrange(25, 31))}
    if g.chance(0.06):
        rec['last_login_ip'] = c.get('IP')
    if c.country == 'US' and g.chance(0.15):
        rec['ssn'] = c.get('SSN')
    return rec


def t_tool_result(g):
    L = g.wpick([('en', 10), ('es', 2), ('de', 2), ('fr', 2), ('pt', 2), ('it', 1), ('nl', 1), ('ja', 2), ('ko', 1), ('zh', 1),
                 ('ru', 1), ('ar', 1), ('hi', 1), ('tr', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.2 if L == 'en' else 0)
    rec = customer_record(g, c)
    asc = g.chance(0.35)
    k = g.r.randrange(5)
    if k == 0:
        obj = {'role': 'tool', 'tool_call_id': tid(g, 'call_'), 'content': Seq(jdump({'ok': True, 'customer': rec}, ascii_=asc))}
        out = jdump(obj, ascii_=asc)
    elif k == 1:
        text = ['Customer found.\nName: ', c.get('FULL'), '\nPhone: ', c.get('PHONE'), '\nEmail: ', c.get('EMAIL')]
        if g.chance(0.6):
            text += ['\nAddress: ', c.get('ADDRESS')]
        if g.chance(0.4):
            text += ['\nDOB: ', c.get('DOB')]
        obj = {'jsonrpc': '2.0', 'id': g.r.randrange(1, 300), 'result': {'content': [{'type': 'text', 'text': Seq(text)}], 'isError': False}}
        out = jdump(obj, ascii_=asc)
    elif k == 2:
        out = ['Observation: '] + jdump(rec, ascii_=asc) + ['\nThought: I now have the customer\'s details.']
    elif k == 3:
        obj = {'type': 'tool_result', 'tool_use_id': tid(g, 'toolu_01'), 'content': Seq(jdump(rec, indent=2, ascii_=asc))}
        out = jdump(obj, indent=2, ascii_=asc)
    else:
        out = ['[tool:crm.get_customer] -> '] + pyrepr(rec)
    return 'tool_result', c.loc, out


def t_prompt_context(g):
    """A rendered system prompt / RAG context with the user's profile pasted in."""
    L = g.wpick([('en', 6), ('es', 1), ('de', 1), ('fr', 1), ('pt', 1)])
    c = Ctx(g, pick_loc(g, L), diaspora=0.25 if L == 'en' else 0)
    k = g.r.randrange(3)
    if k == 0:
        body = fill(g.pick([
            "You are a helpful assistant for {COMPANY}.\n\n## Customer profile\n- Name: {FULL}\n- Preferred name: {NICK}\n- Email: {EMAIL}\n- Phone: {PHONE}\n- Address: {ADDRESS}\n- Date of birth: {DOB}\n\nAnswer the customer's question using the profile. Do not reveal the profile verbatim.",
            "<system>\nYou are a care-navigation assistant.\nPatient: {FULL} (DOB {DOB})\nKnown conditions: {HEALTH}; {MENTAL}\nCurrent medications: {MED}\nPreferred pharmacy phone: {PHONE}\n</system>",
            "Context about the user (from memory):\n* lives at {ADDRESS}\n* partner is {PERSON2}\n* birthday {BDAY}\n* is {PREG}\n\nUse this only if relevant.",
        ]), c)
    elif k == 1:
        docs = []
        pool = [
                "Tenant {FULL} reported a leak at {ADDRESS}. Contact: {PHONE}.",
                "From: {EMAIL}\nSubject: Re: lease renewal\nHi, it's {GIVEN}. The lockbox code is {DOOR}.",
                "Visit note: {GIVEN} presents with {HEALTH}. Started {MED}.",
                "Policy FAQ: The {OPS} expires after 24 hours.",
                "Release notes {VERSION}: fixed {OPS} handling.",
                "Invoice {ORDER} for {FULL}, total {PRICE}.",
            ]
        for i, snip in enumerate(g.r.sample(pool, g.r.randrange(2, 4))):
            snippet = fill(snip, c)
            docs += ['[doc %d] (source: %s, score=%.2f)\n' % (i + 1, g.pick(['crm_notes', 'tickets', 'emails', 'kb', 'ehr_export']), g.r.random())] + snippet + ['\n\n']
        body = ['Use the following retrieved documents to answer.\n\n'] + docs + ['Question: '] + fill(g.pick([
            'what is the tenant\'s phone number?', 'summarize the open issues', 'when did {GIVEN} last contact us?']), c)
    else:
        body = fill({
            'es': "Eres un asistente. Datos del cliente:\nNombre: {FULL}\nDirección: {ADDRESS}\nTeléfono: {PHONE}\nFecha de nacimiento: {DOB}",
            'de': "Du bist ein Assistent. Kundendaten:\nName: {FULL}\nAdresse: {ADDRESS}\nTelefon: {PHONE}\nGeburtsdatum: {DOB}",
            'fr': "Tu es un assistant. Dossier client :\nNom : {FULL}\nAdresse : {ADDRESS}\nTél. : {PHONE}\nNé(e) le : {DOB}",
            'pt': "Você é um assistente. Dados do cliente:\nNome: {FULL}\nEndereço: {ADDRESS}\nCelular: {PHONE}\nNascimento: {DOB}",
            'en': "Customer: {FULL}\nShipping to: {ADDRESS}\nPhone: {PHONE}\nNotes: {HEALTH}"}[L], c)
    if g.chance(0.5):
        body = ['{"role": "system", "content": '] + jstr(body) + ['}']
    return 'prompt_context', c.loc, body


# ------------------------------------------------------------------ messaging

def t_slack_export(g):
    L = g.wpick([('en', 8), ('de', 1), ('fr', 1), ('es', 1), ('pt', 1), ('nl', 1)])
    loc = pick_loc(g, L)
    c = Ctx(g, loc)
    a, b = c.person(3), c.person(4)
    ha = (a.a_given[0] + a.a_family).lower().replace(' ', '') if g.chance(0.5) else a.a_given.lower() + '.' + a.a_family.lower()[:1]
    msgs_txt = [
        "can someone check why {FULL}'s refund failed? customer says IBAN is {IBAN}",
        "customer {FULL} called, new number {PHONE}",
        "fyi {GIVEN} (the tenant in 4B) said the door code is now {DOOR}",
        "prod DB password rotated, new one is {PWGEN} — will move it to vault after lunch",
        "{FULL} dob {DOB} — can you verify in the KYC tool?",
        "escalation: patient {FULL} on {MED} reported dizziness",
        "who owns the {OPS} flow? users like {EMAIL} say it never arrives",
        "ugh {GIVEN}'s address is wrong in Shopify again: {ADDRESS}",
        "customer's card {CARD} got declined 3x, fraud flag?",
        "seeing logins for {EMAIL} from {IP}, locking the account",
        "caller {FULL} read out card {CARD} over the phone, please delete the recording",
        "{GIVEN} says the ssn on file is {SSN} but the form rejects it",
    ]
    if c.country != 'US':
        msgs_txt = [m for m in msgs_txt if '{SSN}' not in m]
    k = g.r.randrange(2)
    chosen = g.r.sample(msgs_txt, g.r.randrange(2, 5))
    uids = {id(a): 'U0%s' % g.hexs(8).upper(), id(b): 'U0%s' % g.hexs(8).upper()}
    t0 = g.r.randrange(1700000000, 1740000000)
    if k == 0:
        msgs = []
        for i, m in enumerate(chosen):
            who = a if i % 2 == 0 or g.chance(0.3) else b
            oth = b if who is a else a
            t = fill(m, c)
            if g.chance(0.3):
                t = ['<@%s> ' % uids[id(oth)]] + t
            t0 += g.r.randrange(20, 4000)
            msgs.append({'type': 'message', 'user': uids[id(who)],
                         'user_profile': {'real_name': E('PERSON', who.full), 'display_name': E('PERSON', (who.a_given + '.' + who.a_family).lower().replace(' ', '')) if g.chance(0.5) else E('PERSON', who.given)},
                         'text': Seq(t), 'ts': '%d.%06d' % (t0, g.r.randrange(10 ** 6))})
        out = jdump(msgs, indent=4, ascii_=g.chance(0.3))
    else:
        out = []
        hh = g.r.randrange(8, 17)
        mm = g.r.randrange(0, 30)
        for i, m in enumerate(chosen):
            who = a if i % 2 == 0 or g.chance(0.3) else b
            mm += g.r.randrange(0, 9)
            out += [E('PERSON', who.full), '  %d:%02d %s\n' % ((hh + mm // 60 - 1) % 12 + 1, mm % 60, 'AM' if hh + mm // 60 < 12 else 'PM')]
            t = fill(m, c)
            if g.chance(0.35):
                oth = b if who is a else a
                t = ['@', E('PERSON', ha if oth is a else (oth.a_given.lower())), ' '] + t
            out += t + ['\n']
            if g.chance(0.3):
                out += [g.pick([':eyes: 2', ':white_check_mark: 1', ':+1: 3']), '\n']
    return 'slack_export', loc, out


def t_teams_chat(g):
    L = g.wpick([('en', 6), ('de', 2), ('fr', 1), ('nl', 1), ('es', 1)])
    loc = pick_loc(g, L)
    c = Ctx(g, loc)
    lines = {
        'en': ["Hi {GIVEN}, quick one - the new starter {FULL} needs a laptop shipped to {ADDRESS}", "payroll needs {FULL}'s SSN, it's {SSN}",
               "their mobile is {PHONE}", "DOB for the HR system is {DOB}", "temp password is {PWGEN}, ask them to change on first login",
               "{GIVEN2} is off sick ({HEALTH}) so I'm covering", "send the contract to {EMAIL}"],
        'de': ["Hallo {GIVEN}, kurze Info: {FULL} fängt am {DATE} an", "Adresse für den Laptop: {ADDRESS}",
               "Handynummer {PHONE}", "Initialpasswort: {PWGEN}", "{GIVEN2} ist krankgeschrieben wegen {HEALTH}"],
        'fr': ["Salut {GIVEN}, {FULL} arrive le {DATE}", "adresse : {ADDRESS}", "tél : {PHONE}", "mdp provisoire : {PWGEN}"],
        'nl': ["Hoi {GIVEN}, {FULL} begint op {DATE}", "adres: {ADDRESS}", "mobiel: {PHONE}", "tijdelijk wachtwoord {PWGEN}"],
        'es': ["Hola {GIVEN}, {FULL} empieza el {DATE}", "dirección: {ADDRESS}", "móvil: {PHONE}", "contraseña temporal: {PWGEN}"],
    }[L]
    if c.country != 'US':
        lines = [x for x in lines if '{SSN}' not in x]
    a, b = c.person(5), c.person(6)
    out = []
    lastfirst = g.chance(0.5)
    mo, dd, yy = g.r.randrange(1, 13), g.r.randrange(1, 28), g.pick([2024, 2025])
    hh, mm = g.r.randrange(8, 17), g.r.randrange(60)
    idx = sorted(g.r.sample(range(len(lines)), min(len(lines), g.r.randrange(2, 5))))
    for i, j in enumerate(idx):
        who = a if i % 2 == 0 else b
        oth = b if who is a else a
        nm = E('PERSON', '%s, %s' % (who.family, who.given)) if lastfirst else E('PERSON', who.full)
        mm += g.r.randrange(0, 12)
        h2 = hh + mm // 60
        body = fill(lines[j].replace('{GIVEN}', '@@HI@@'), c)
        from shapes_clean import _split_marker
        body = _split_marker(body, '@@HI@@', E('PERSON', oth.given))
        out += ['[%d/%d/%d %d:%02d %s] ' % (mo, dd, yy, (h2 - 1) % 12 + 1, mm % 60, 'AM' if h2 < 12 else 'PM'), nm, '\n'] + body + ['\n\n']
    return 'teams_chat', loc, out


def t_whatsapp_export(g):
    L = g.wpick([('en', 4), ('es', 3), ('pt', 3), ('it', 1), ('de', 1), ('id', 1), ('hi', 1), ('sw', 1), ('tr', 1), ('ar', 1)])
    loc = pick_loc(g, L)
    c = Ctx(g, loc, script='latin' if L in ('hi', 'ar') and g.chance(0.5) else None)
    me, other = c.p, c.person(2)
    lines = {
        'en': ["hey it's {GIVEN}, new number btw", "can u send me ur address for the invite", "{ADDRESS}", "door code is {DOOR}",
               "wifi is {WIFI} 😂", "mum's bday is {BDAY} don't forget", "I'm {PREG}!! don't tell anyone yet", "ok my email {EMAIL}",
               "my dr says it's {HEALTH} 😩", "she's on {MED} now", "call me {PHONE}", "here's the card for the deposit {CARD} exp 09/27"],
        'es': ["hola soy {GIVEN}, este es mi número nuevo", "pásame tu dirección", "{ADDRESS}", "la clave del wifi es {WIFI}",
               "el código del portal es {DOOR}", "estoy {PREG} 🤰", "el médico dice que es {HEALTH}", "mi correo {EMAIL}"],
        'pt': ["oi, é a {GIVEN}, número novo", "me passa teu endereço", "{ADDRESS}", "senha do wifi: {WIFI}", "to {PREG} 😍",
               "o médico falou que é {HEALTH}", "meu pix é {EMAIL}", "liga {PHONE}"],
        'it': ["ciao sono {GIVEN}", "mi mandi l'indirizzo?", "{ADDRESS}", "password wifi {WIFI}", "sono {PREG}!"],
        'de': ["hey, hier ist {GIVEN}, neue Nummer", "schick mal deine Adresse", "{ADDRESS}", "WLAN: {WIFI}", "Türcode {DOOR}"],
        'id': ["halo ini {GIVEN}, nomor baru", "alamatnya di mana?", "{ADDRESS}", "password wifi {WIFI}", "aku {PREG} 🥰"],
        'hi': ["hi {GIVEN} here, new number", "address bhejo", "{ADDRESS}", "wifi password {WIFI} hai", "doctor ne bola {HEALTH} hai"],
        'sw': ["mambo, ni {GIVEN}, namba mpya", "nitumie anwani", "{ADDRESS}", "nenosiri la wifi ni {WIFI}", "nina {HEALTH}"],
        'tr': ["selam ben {GIVEN}, yeni numaram", "adresini atar mısın", "{ADDRESS}", "wifi şifresi {WIFI}"],
        'ar': ["مرحبا أنا {GIVEN}، هذا رقمي الجديد", "أرسل لي العنوان", "{ADDRESS}", "باسورد الواي فاي {WIFI}"],
    }[L]
    us = c.country in ('US', 'PH', 'CA')
    k = g.r.randrange(2)
    d = g.rand_date(2023, 2025)
    out = []
    idx = sorted(g.r.sample(range(len(lines)), min(len(lines), g.r.randrange(3, 6))))
    other_as_phone = g.chance(0.3)
    other_phone = g.phone(c.country, intl=True)
    me_name = me.full if g.chance(0.6) else me.given
    other_name = other.full if g.chance(0.6) else other.given
    hh, mm = g.r.randrange(7, 20), g.r.randrange(60)
    for i, j in enumerate(idx):
        ln = lines[j]
        who = me if i % 2 == 0 else other
        if who is other and other_as_phone:
            nm = [E('PHONE', other_phone)]
        else:
            nm = [E('PERSON', me_name if who is me else other_name)]
        mm += g.r.randrange(0, 25)
        hh, mm = (hh + mm // 60) % 24, mm % 60
        dt = ('%d/%d/%s' % (d.month, d.day, str(d.year)[2:])) if us else '%02d/%02d/%d' % (d.day, d.month, d.year)
        if k == 0:
            out += ['[%s, %02d:%02d:%02d] ' % (dt, hh, mm, g.r.randrange(60))] + nm + [': '] + fill(ln, c) + ['\n']
        else:
            out += ['%s, %02d:%02d - ' % (dt, hh, mm)] + nm + [': '] + fill(ln, c) + ['\n']
    return 'whatsapp_export', loc, out


def t_sms(g):
    L = g.wpick([('en', 6), ('es', 1), ('pt', 1), ('fr', 1), ('de', 1), ('sw', 1), ('hi', 1), ('id', 1)])
    loc = pick_loc(g, L)
    c = Ctx(g, loc, script='latin', diaspora=0.15 if L == 'en' else 0)
    k = g.r.randrange(4)
    if k == 0:  # a thread as an SMS backup XML-ish export
        msgs = {
            'en': ["hi its {GIVEN}, gate code is {DOOR}", "running late, pls call {PHONE}", "my new email {EMAIL}", "{ADDRESS} - see u there",
                   "pharmacy says {MED} is ready", "ur wifi pw is {WIFI}?", "use my card for the tickets {CARD} exp 10/27"],
            'es': ["soy {GIVEN}, el código es {DOOR}", "llámame al {PHONE}", "{ADDRESS}", "ya está lista la receta de {MED}"],
            'pt': ["é a {GIVEN}, código do portão {DOOR}", "me liga {PHONE}", "{ADDRESS}"],
            'fr': ["c'est {GIVEN}, digicode {DOOR}", "rappelle-moi au {PHONE}", "{ADDRESS}"],
            'de': ["hier {GIVEN}, Code fürs Tor {DOOR}", "ruf mich an {PHONE}", "{ADDRESS}"],
            'sw': ["ni {GIVEN}, namba ya geti {DOOR}", "nipigie {PHONE}", "{ADDRESS}"],
            'hi': ["{GIVEN} here, gate code {DOOR}", "call me {PHONE}", "{ADDRESS}"],
            'id': ["ini {GIVEN}, kode pintu {DOOR}", "telp {PHONE}", "{ADDRESS}"],
        }[L]
        out = ['<smses count="%d">\n' % 2]
        for m in g.r.sample(msgs, min(len(msgs), 2)):
            out += ['  <sms protocol="0" address="'] + [c.get('PHONE_INTL')] + ['" date="%d" type="%d" body="' % (g.r.randrange(1700000000000, 1740000000000), g.pick([1, 2]))] + \
                esc(fill(m, c), lambda s: s.replace('&', '&amp;').replace('"', '&quot;').replace('<', '&lt;')) + ['" contact_name="', c.get('FULL'), '" />\n']
        out.append('</smses>')
    elif k == 1:  # SMS gateway log
        body = fill(g.pick(['Hi {GIVEN}, your {COMPANY} appointment is on {DATE} at {TIME}. Reply C to confirm.',
                            '{GIVEN}, your courier will arrive today. Is the gate code still {DOOR}?',
                            'Dear {FULL}, your prescription ({MED}) is ready at the pharmacy.',
                            'Hola {GIVEN}, tu cita es el {DATE}.', 'Olá {GIVEN}, seu pedido {ORDER} saiu para entrega.']), c)
        out = ['%s sms.send provider=%s to=' % (iso_ts(g), g.pick(['twilio', 'vonage', 'messagebird', 'africastalking'])), c.get('PHONE_INTL'),
               ' status=%s segments=%d body="' % (g.pick(['queued', 'sent', 'delivered']), g.pick([1, 2]))] + esc(body, lambda s: s.replace('"', '\\"')) + ['"']
    elif k == 2:  # lowercase texting
        out = fill(g.pick(['hey its {GIVEN} lol new phone. {PHONE}. im at {STREET} if u wanna come by, code {DOOR}',
                           'yo the wifi at moms is {WIFI} and her alarm code is {PIN} dont lose it',
                           'k so my new addy is {ADDRESS}. also i got diagnosed w {HEALTH} today ugh',
                           'can u pick up my {MED} rx at cvs its under {FULL} dob {DOB}']), c)
        out = [p if isinstance(p, tuple) else p.lower() for p in out]
    else:
        out = ['From: ', c.get('PHONE'), '\n'] + fill(g.pick([
            'Hi, this is {FULL}. I saw your listing. I can view the flat on {DATE}. My email is {EMAIL}.',
            'Reminder: {GIVEN}\'s allergy is {HEALTH}, EpiPen is in the blue bag.',
            '{GIVEN} here - bank says my new PIN is {PIN}, writing it here so I don\'t forget', 'Mom DOB {DOB2}, SSN {SSN}, for the form',
            'card for the booking: {CARD}, name {UPPER}']), c)
    return 'sms', loc, out


def t_email_thread(g):
    L = g.wpick([('en', 8), ('de', 2), ('fr', 2), ('es', 2), ('pt', 1), ('it', 1), ('nl', 1), ('pl', 1), ('sv', 1), ('tr', 1), ('ru', 1), ('ja', 1), ('zh', 1)])
    loc = pick_loc(g, L)
    c = Ctx(g, loc, script='latin' if L not in ('ru', 'ja', 'zh') else None, diaspora=0.2 if L == 'en' else 0)
    cust, agent = c.p, c.person(10)
    bodies = {
        'en': ["Hi {AGENT},\n\nThanks for getting back to me. My new address is:\n\n{ADDRESS_ML}\n\nYou can reach me on {PHONE}.",
               "Hello,\n\nPlease find my details below for the claim:\nDate of birth: {DOB}\nPolicy: {POLICY}\nDiagnosis: {HEALTH}\n",
               "Hi,\n\nI still can't log in. I've tried {PASSWORD} (my usual one). Can you reset it?",
               "Dear {AGENT},\n\nMy husband {PERSON2} will pick up the keys. The lockbox code you gave us ({DOOR}) didn't work.",
               "Hi team,\n\nRefund please to {IBAN} (account holder {FULL}). Order {ORDER}.",
               "Hi {AGENT},\n\nPlease charge the balance to my card {CARD}, exp 11/26. Name on card {UPPER}."],
        'de': ["Hallo {AGENT},\n\nmeine neue Anschrift lautet:\n{ADDRESS_ML}\n\nTelefonisch bin ich unter {PHONE} erreichbar.",
               "Guten Tag,\n\nanbei meine Daten: geboren am {DOB}, Versicherungsnummer {POLICY}. Diagnose: {HEALTH}.",
               "Hallo,\n\nbitte erstatten Sie den Betrag auf {IBAN} (Kontoinhaber: {FULL})."],
        'fr': ["Bonjour {AGENT},\n\nVoici ma nouvelle adresse :\n{ADDRESS_ML}\n\nMon numéro : {PHONE}",
               "Bonjour,\n\nJe suis né(e) le {DOB}. Mon médecin a diagnostiqué {HEALTH} et je prends {MED}.",
               "Bonjour,\n\nMerci de rembourser sur l'IBAN {IBAN} au nom de {FULL}."],
        'es': ["Hola {AGENT}:\n\nMi nueva dirección es:\n{ADDRESS_ML}\n\nMi teléfono: {PHONE}",
               "Buenos días,\n\nFecha de nacimiento: {DOB}. Diagnóstico: {HEALTH}. Medicación: {MED}.",
               "Hola,\n\nPor favor devuelvan el importe a {IBAN}, titular {FULL}."],
        'pt': ["Olá {AGENT},\n\nMeu novo endereço:\n{ADDRESS_ML}\n\nCelular: {PHONE}", "Bom dia,\n\nNasci em {DOB} e tenho {HEALTH}."],
        'it': ["Buongiorno {AGENT},\n\nil mio nuovo indirizzo è:\n{ADDRESS_ML}\n\nTel. {PHONE}", "Salve,\n\nsono nata il {DOB}, ho {HEALTH}."],
        'nl': ["Hallo {AGENT},\n\nMijn nieuwe adres:\n{ADDRESS_ML}\n\nTel: {PHONE}", "Beste,\n\nGraag terugbetalen op {IBAN} t.n.v. {FULL}."],
        'pl': ["Dzień dobry {AGENT},\n\nmój nowy adres:\n{ADDRESS_ML}\n\nTel. {PHONE}", "Dzień dobry,\n\nproszę o zwrot na {IBAN}."],
        'sv': ["Hej {AGENT},\n\nmin nya adress:\n{ADDRESS_ML}\n\nTel: {PHONE}", "Hej,\n\njag är född {DOB} och har {HEALTH}."],
        'tr': ["Merhaba {AGENT},\n\nyeni adresim:\n{ADDRESS_ML}\n\nTel: {PHONE}", "Merhaba,\n\niadeyi {IBAN} hesabına yapabilir misiniz?"],
        'ru': ["Здравствуйте, {AGENT}!\n\nМой новый адрес:\n{ADDRESS_ML}\n\nТелефон: {PHONE}", "Добрый день,\n\nдата рождения {DOB}, диагноз: {HEALTH}."],
        'ja': ["{AGENT}様\n\nお世話になっております。新しい住所は以下の通りです。\n{ADDRESS_ML}\n電話：{PHONE}", "お世話になっております。\n生年月日は{DOB}です。"],
        'zh': ["{AGENT}您好：\n\n我的新地址是：\n{ADDRESS_ML}\n电话：{PHONE}", "您好，\n我的出生日期是{DOB}。"],
    }[L]
    replies = {'en': ["Hi {GIVEN},\n\nThanks — could you confirm your date of birth?", "Hi {GIVEN}, we've received your request (ticket {NUMID}).",
                      "Hello {GIVEN},\nSorry for the trouble. Could you send your new address?"],
               'de': ["Hallo {TITLED},\n\nvielen Dank. Können Sie uns Ihr Geburtsdatum bestätigen?"], 'fr': ["Bonjour {TITLED},\n\nMerci. Pouvez-vous confirmer votre date de naissance ?"],
               'es': ["Hola {GIVEN}, gracias. ¿Nos confirma su fecha de nacimiento?"], 'pt': ["Olá {GIVEN}, obrigado pelo contato."],
               'it': ["Gentile {TITLED}, grazie per la segnalazione."], 'nl': ["Beste {GIVEN}, bedankt voor je bericht."],
               'pl': ["Dzień dobry, dziękujemy za wiadomość."], 'sv': ["Hej {GIVEN}, tack för ditt meddelande."],
               'tr': ["Merhaba {GIVEN}, mesajınız için teşekkürler."], 'ru': ["Здравствуйте, {GIVEN}! Спасибо за обращение."],
               'ja': ["{FAMILY}様\n\nお問い合わせありがとうございます。"], 'zh': ["{FULL}您好，感谢您的来信。"]}[L]
    cm = E('EMAIL', g.email(cust))
    am = E('EMAIL', g.email(agent, work=True))
    hdr = PH.QUOTE_HDR.get(L, PH.QUOTE_HDR['en'])
    sig = PH.SIGNOFF.get(L, PH.SIGNOFF['en'])
    out = []
    if g.chance(0.6):
        out += ['From: ', E('PERSON', cust.full), ' <', cm, '>\nTo: ', E('EMAIL', g.pick(['support', 'help', 'service', 'kundenservice', 'contact']) + '@' + g.pick(g.WORK_DOMAINS)),
                '\nSubject: ', g.pick({'de': ['AW: ', 'WG: '], 'fr': ['RE : ', 'Réf : ', 'TR : '], 'pt': ['RES: ', 'Re: '], 'es': ['RE: ', 'Re: ', 'RV: '],
                                    'it': ['R: ', 'Re: '], 'nl': ['Re: ', 'Antw: '], 'sv': ['SV: ', 'Re: '], 'pl': ['Odp: ', 'Re: ']}.get(L, ['Re: ', 'RE: ', 'Fwd: '])), g.pick(['Your request', 'Address change', 'Claim', 'Account', 'Refund', 'Ticket #%s' % g.digits(6)]), '\n\n']
    out += fill(g.pick(bodies), c)
    out += ['\n\n', g.pick(sig), '\n', E('PERSON', cust.full if g.chance(0.7) else cust.given)]
    if g.chance(0.3):
        out += ['\n', c.get('PHONE')]
    out += ['\n\n']
    q = fill(g.pick(hdr).replace('{D}', '{EMAILDATE}').replace('{N}', '{AGENTFULL}').replace('{M}', '{AGENTMAIL}'), _AgentCtx(c, am))
    out += q + ['\n']
    rep = fill(g.pick(replies), c) + ['\n\n', g.pick(sig), '\n', E('PERSON', agent.full), '\n', g.pick(DT.COMPANIES)]
    if g.chance(0.5):
        rep += [' | ', E('PHONE', g.phone(c.country, ext=g.chance(0.5), lang=L))]
    txt = []
    for p in rep:
        txt.append(p)
    # quote with "> " prefixes, segment by segment (a newline inside a value gets the prefix too)
    out.append('> ')
    out += esc(txt, lambda s: s.replace('\n', '\n> '))
    return 'email_thread', loc, out


class _AgentCtx:
    def __init__(self, c, am):
        self.c, self.am = c, am

    def get(self, slot):
        if slot == 'AGENTMAIL':
            return self.am
        return self.c.get(slot)
