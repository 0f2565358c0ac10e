"""PII-bearing shapes. Each returns (T, is_json)."""
import datetime as dt

import decoys as DC
import values as V
from content import Ctx, fmt_date, LANG, LOC
from rich import (T, E, D, fmt, join, jdump, pyrepr, csv_field, urlenc, wrap, prefix_lines, lower, upper, yaml_str, xml_esc)

MODELS = ['gpt-4o-mini', 'gpt-4.1', 'claude-3-5-sonnet-20241022', 'claude-sonnet-4-20250514', 'gemini-1.5-pro', 'llama-3.1-70b-instruct', 'mistral-large-latest', 'qwen2.5-72b-instruct']


TITLES = {
    'ship': dict(en='SHIP TO:', de='Empfänger:', es='Destinatario:', fr='Destinataire :', pt='Destinatário:', it='Destinatario:', nl='Ontvanger:', pl='Odbiorca:',
                 ja='お届け先:', zh='收件人:', th='ผู้รับ:', ko='받는 분:', ru='Получатель:', uk='Одержувач:', tr='Alıcı:', ar='المستلم:', he='נמען:', vi='Người nhận:',
                 id='Penerima:', cs='Příjemce:', hu='Címzett:', sv='Mottagare:', fi='Vastaanottaja:', el='Παραλήπτης:', ro='Destinatar:'),
    'form': dict(en='New submission: Contact us', de='Neue Anfrage über das Kontaktformular', es='Nuevo envío del formulario web', fr='Nouvelle demande via le formulaire',
                 pt='Nova resposta do formulário', it='Nuova richiesta dal modulo', nl='Nieuwe inzending contactformulier', pl='Nowe zgłoszenie z formularza',
                 ja='【お問い合わせフォーム】新規送信', zh='新的表单提交', ko='[문의하기] 새 접수', ru='Новая заявка с сайта', tr='Yeni form gönderimi', id='Formulir baru masuk'),
    'transfer': dict(en='Transfer confirmation', de='Überweisungsbestätigung', es='Comprobante de transferencia', fr='Avis de virement', pt='Comprovante de transferência',
                     it='Conferma bonifico', nl='Bevestiging overboeking', pl='Potwierdzenie przelewu', tr='Havale dekontu', cs='Potvrzení o platbě', ro='Confirmare transfer',
                     hu='Átutalási visszaigazolás', sv='Betalningsbekräftelse', fi='Maksuvahvistus', da='Overførselskvittering', nb='Betalingskvittering', el='Επιβεβαίωση μεταφοράς',
                     ar='تأكيد التحويل', he='אישור העברה', uk='Підтвердження переказу'),
    'payment': dict(en='Payment details', de='Zahlungsdaten', es='Datos de pago', fr='Informations de paiement', pt='Dados de pagamento', it='Dati di pagamento',
                    ja='お支払い情報', zh='支付信息', ko='결제 정보', ru='Платёжные данные', th='ข้อมูลการชำระเงิน', id='Detail pembayaran', vi='Thông tin thanh toán', hi='भुगतान विवरण'),
    'discharge': dict(en='DISCHARGE SUMMARY', de='Arztbrief / Entlassungsbericht', es='Informe de alta', fr="Compte rendu d'hospitalisation", pt='Resumo de alta', it='Lettera di dimissione',
                      nl='Ontslagbrief', pl='Karta informacyjna leczenia szpitalnego', ja='退院サマリー', zh='出院小结', ko='퇴원 요약지', ru='Выписной эпикриз', fi='Epikriisi',
                      sv='Epikris', tr='Epikriz', vi='Giấy ra viện', th='สรุปการจำหน่ายผู้ป่วย', ar='ملخص الخروج', he='סיכום אשפוז'),
    'followup': dict(en='Follow-up in 6 weeks.', de='Wiedervorstellung in 2 Wochen.', es='Control en 1 mes.', fr='RDV de contrôle dans 3 semaines.', pt='Retorno em 30 dias.',
                     it='Controllo tra 15 giorni.', ja='2週間後に再診。', zh='两周后复诊。', ru='Контроль через месяц.', vi='Tái khám sau 2 tuần.'),
    'table': dict(en='Table 2 – participants', de='Anlage 1 – Versicherte Personen', es='Tabla 3 – asegurados', fr='Annexe B – bénéficiaires', pt='Tabela 3 – beneficiários',
                  it='Allegato A', nl='Bijlage 1', pl='Załącznik nr 1', ja='別表1 名簿', zh='附表一 人员名单', ko='별첨 1 명단', ru='Приложение 1', tr='Ek-1 Liste'),
    'meeting': dict(en='Weekly sync', de='Besprechung', es='Reunión semanal', fr='Réunion hebdo', pt='Reunião semanal', it='Riunione', nl='Overleg', pl='Spotkanie zespołu',
                    ja='定例ミーティング', zh='周会纪要', ko='주간 회의록', ru='Планёрка', tr='Haftalık toplantı', sv='Veckomöte', fi='Viikkopalaveri', da='Ugemøde', nb='Ukesmøte'),
    'exp': dict(en='EXPERIENCE', de='Berufserfahrung', es='Experiencia', fr='Expérience', pt='Experiência', it='Esperienza', nl='Werkervaring', pl='Doświadczenie',
                hu='Szakmai tapasztalat', cs='Praxe', ro='Experiență', sv='Erfarenhet', fi='Työkokemus', tr='Deneyim', el='Εμπειρία'),
    'history': dict(en='Medical history (tick all that apply):', de='Vorerkrankungen (bitte ankreuzen):', es='Antecedentes (marque lo que corresponda):',
                    fr='Antécédents (cocher) :', pt='Histórico (marque):', it='Anamnesi (barrare):', nl='Voorgeschiedenis (aankruisen):', ja='既往歴(該当に✓):', zh='既往病史(请勾选):'),
}


def TT(ctx, key):
    d = TITLES[key]
    t = d.get(ctx.lang) or d['en']
    if ctx.lc == 'zh-TW':
        from lang import to_trad
        t = to_trad(t)
    return t


def R(rng, lo, hi):
    return rng.randint(lo, hi)


def sents(ctx, n):
    rng = ctx.rng
    pool = [t for t in ctx.L.get('sent', []) if ctx.ok(t)]
    rng.shuffle(pool)
    out = []
    used = set()
    for t in pool:
        ks = set(k.rstrip('23') for k in __import__('rich').keys(t))
        if ks & used and len(out) >= 1 and rng.random() < 0.7:
            continue
        out.append(fmt(t, ctx))
        used |= ks
        if len(out) >= n:
            break
    return out


def ts(rng, d=None, sep='T', z='Z'):
    d = d or V.rand_date(rng)
    return '%s%s%02d:%02d:%02d%s' % (d.isoformat(), sep, R(rng, 0, 23), R(rng, 0, 59), R(rng, 0, 59), z)


def hhmm(rng):
    return '%02d:%02d' % (R(rng, 7, 22), R(rng, 0, 59))


def rid(rng, prefix, n=24):
    return prefix + ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789') for _ in range(n))


# ---------------------------------------------------------------- records
REC_FIELDS = {
    'crm': ['id', 'name', 'email', 'phone', 'addr', 'created', 'plan', 'ltv'],
    'hr': ['emp', 'first', 'last', 'dob', 'addr', 'phone', 'iban', 'start', 'salary', 'emergency'],
    'medical': ['mrn', 'name', 'dob', 'phone', 'cond', 'med', 'next'],
    'insurance': ['policy', 'name', 'dob', 'addr', 'incident', 'diag', 'iban', 'amount'],
    'kyc': ['name', 'dob', 'addr', 'idnum', 'card', 'ip'],
    'signup': ['email', 'pw', 'name', 'phone', 'ip', 'created'],
    'lead': ['name', 'email', 'phone', 'company', 'created'],
}
EN_KEYS = dict(id='customer_id', name='full_name', email='email', phone='phone', addr='address', created='created_at', plan='plan', ltv='lifetime_value',
               emp='employee_id', first='first_name', last='last_name', dob='date_of_birth', iban='iban', start='start_date', salary='salary',
               emergency='emergency_contact', mrn='mrn', cond='diagnosis', med='medication', next='next_appointment', policy='policy_no',
               incident='incident_date', diag='diagnosis', amount='claim_amount', idnum='ssn', card='card_number', ip='ip_address', pw='password',
               company='company')
LAB_OF = dict(id='id', name='name', email='email', phone='phone', addr='addr', created='date', plan=None, ltv='amount', emp='id', first='first', last='last',
              dob='dob', iban='iban', start='date', salary='amount', emergency='emergency', mrn='id', cond='health', med='med', next='date', policy='id',
              incident='date', diag='health', amount='amount', idnum='ssn', card='card', ip='ip', pw='pw', company=None)
COMPANIES = ['Northwind Traders', 'Blue Heron Analytics', 'Tidewater Freight', 'Kestrel Labs', 'Orchard & Vale', 'Pinecone Health', 'Lumen Insurance', 'Brightpath Learning']


PII_FIELDS = {'name', 'email', 'phone', 'addr', 'first', 'last', 'dob', 'iban', 'emergency', 'cond', 'med', 'diag', 'idnum', 'card', 'ip', 'pw'}


def record(ctx, kind, keep=None, maxpii=None):
    """Ordered list of (field, en_key, local_label, value)."""
    rng = ctx.rng
    fields = list(REC_FIELDS[kind])
    if ctx.can('ssn') and kind in ('hr', 'insurance', 'medical', 'crm', 'signup') and rng.random() < 0.6:
        fields.insert(fields.index('dob') + 1 if 'dob' in fields else 2, 'idnum')
    if kind in ('crm', 'signup') and rng.random() < 0.35:
        fields.insert(len(fields) - 1, 'iban' if ctx.can('iban') and rng.random() < 0.6 else 'card')
    if keep:
        fields = [f for f in fields if f in keep]
    if maxpii is None:
        maxpii = rng.choice([2, 3, 3, 4, 4, 5, 6])
    pii = [f for f in fields if f in PII_FIELDS and f not in ('name', 'first', 'last', 'idnum')]
    if len(pii) > maxpii:
        drop = set(rng.sample(pii, len(pii) - maxpii))
        fields = [f for f in fields if f not in drop]
    out = []
    for f in fields:
        v = None
        if f in ('id', 'emp', 'mrn', 'policy'):
            v = D('NUMERIC_ID', V.pat(rng, {'id': 'C-%#####', 'emp': 'E%####', 'mrn': 'MRN %######', 'policy': '^^-%#######'}[f]))
        elif f in ('created', 'start', 'next', 'incident'):
            v = ctx['date'] if f != 'created' else D('DATE', ts(rng))
        elif f == 'plan':
            v = rng.choice(['Pro', 'Free', 'Business', 'Family', 'Premium'])
        elif f in ('ltv', 'salary', 'amount'):
            v = D('PRICE', DC.price(rng, ctx.lc))
        elif f == 'name':
            v = ctx['fullname'] if rng.random() < 0.7 else ctx['name']
        elif f == 'first':
            v = ctx['first']
        elif f == 'last':
            v = ctx['last']
        elif f == 'dob':
            v = ctx['dob']
        elif f == 'addr':
            v = ctx['addr']
        elif f == 'phone':
            v = ctx['phone']
        elif f == 'email':
            v = ctx['email']
        elif f == 'iban':
            v = ctx['iban'] if ctx.can('iban') else None
        elif f == 'emergency':
            v = T(ctx['name2'], ' (', ctx['phone2'], ')')
        elif f in ('cond', 'diag'):
            v = ctx['cond'] if f == 'cond' or rng.random() < 0.6 else ctx['proc']
        elif f == 'med':
            v = ctx['med']
        elif f == 'idnum':
            v = ctx['ssn'] if ctx.can('ssn') else (ctx['iban'] if ctx.can('iban') else None)
            if v is not None and not ctx.can('ssn'):
                f = 'iban'
        elif f == 'card':
            v = ctx['card']
        elif f == 'ip':
            v = ctx['ip']
        elif f == 'pw':
            v = ctx['pw']
        elif f == 'company':
            v = rng.choice(COMPANIES)
        if v is None:
            continue
        labk = LAB_OF.get(f)
        label = ctx.L['lab'].get(labk) if labk and f not in ('emp', 'mrn', 'policy') else None
        if not label:
            label = {'plan': 'Plan', 'company': 'Company', 'emp': 'Personnel no.', 'mrn': 'MRN', 'policy': 'Policy'}.get(f, EN_KEYS.get(f, f))
        out.append((f, EN_KEYS.get(f, f), label, v))
    return out


def rec_text(rec, sep=': ', rng=None):
    return join('\n', [T(lab, sep, v) for _, _, lab, v in rec])


def rec_dict(rec, local=False):
    return {(lab if local else k): v for _, k, lab, v in rec}


def one_sentence(ctx):
    s = sents(ctx, 1)
    return s[0] if s else T('')


# ================================================================= agent / API shapes

def s_tool_call_openai(rng, lc, ctx):
    L = ctx.L
    tool = rng.choice(['create_support_ticket', 'update_shipping_address', 'book_appointment', 'send_email', 'verify_identity', 'issue_refund', 'upsert_contact'])
    if tool == 'create_support_ticket':
        args = {'customer': {'name': ctx['fullname'], 'email': ctx['email'], 'phone': ctx['phone']}, 'summary': one_sentence(ctx),
                'priority': rng.choice(['low', 'normal', 'high']), 'tags': ['billing', ctx.lang]}
    elif tool == 'update_shipping_address':
        args = {'order_id': ctx['order'], 'recipient': ctx['fullname'], 'address': ctx['addrm'], 'phone': ctx['phone'], 'notify': True}
    elif tool == 'book_appointment':
        args = {'patient': {'name': ctx['fullname'], 'date_of_birth': ctx['dob'], 'phone': ctx['phone']}, 'reason': ctx['health'],
                'slot': D('DATE', ts(rng, V.rand_date(rng, dt.date(2025, 6, 2), dt.date(2025, 12, 30)), 'T', '+02:00')), 'clinic_id': R(rng, 10, 999)}
    elif tool == 'send_email':
        body = T(fmt(rng.choice(L['greet']), ctx), '\n\n', join(' ', sents(ctx, R(rng, 1, 2))), '\n\n', fmt(rng.choice(L['sign']), ctx))
        args = {'to': [ctx['email']], 'subject': rng.choice(['Re: your request', 'Update', L['lab']['subject'] + ': ' + L['lab']['customer']]), 'body': body}
    elif tool == 'verify_identity':
        args = {'full_name': ctx['fullname'], 'dob': ctx['dob'], 'postal_address': ctx['addr']}
        if ctx.can('ssn'):
            args['ssn'] = ctx['ssn']
        elif ctx.can('iban'):
            args['iban'] = ctx['iban']
    elif tool == 'issue_refund':
        args = {'reference': ctx['order'], 'amount': round(rng.uniform(5, 900), 2), 'currency': rng.choice(['EUR', 'USD', 'GBP', 'BRL'])}
        if ctx.can('iban'):
            args.update({'iban': ctx['iban'], 'account_holder': ctx['fullname']})
        else:
            args.update({'card': ctx['card'], 'cardholder': ctx['fullname']})
    else:
        args = {'email': ctx['email'], 'properties': {'firstname': ctx['first'], 'lastname': ctx['last'], 'phone': ctx['phone'], 'lifecyclestage': 'lead'}}
    argstr = jdump(args, compact=rng.random() < 0.7)
    user = one_sentence(ctx)
    call = {'id': rid(rng, 'call_'), 'type': 'function', 'function': {'name': tool, 'arguments': argstr}}
    if rng.random() < 0.5:
        obj = {'model': rng.choice(MODELS), 'messages': [{'role': 'system', 'content': 'You are a helpful support agent. Use tools when needed.'},
                                                         {'role': 'user', 'content': user},
                                                         {'role': 'assistant', 'content': None, 'tool_calls': [call]}], 'temperature': 0.2}
    else:
        obj = {'id': rid(rng, 'chatcmpl-', 29), 'object': 'chat.completion', 'created': R(rng, 1700000000, 1760000000), 'model': rng.choice(MODELS),
               'choices': [{'index': 0, 'message': {'role': 'assistant', 'content': None, 'tool_calls': [call]}, 'finish_reason': 'tool_calls'}],
               'usage': {'prompt_tokens': R(rng, 200, 3000), 'completion_tokens': R(rng, 20, 200)}}
    return jdump(obj, indent=rng.choice([None, 2]), ascii=rng.random() < 0.15), True


def s_tool_use_anthropic(rng, lc, ctx):
    L = ctx.L
    rec = record(ctx, rng.choice(['crm', 'medical', 'insurance', 'hr']))
    result_text = T(rng.choice(['Found 1 record:', 'OK', '1 match', 'Result:']), '\n', rec_text(rec))
    tid = rid(rng, 'toolu_01', 22)
    q = rng.choice([ctx['email'], ctx['fullname'], ctx['phone']])
    msgs = [
        {'role': 'user', 'content': one_sentence(ctx)},
        {'role': 'assistant', 'content': [{'type': 'text', 'text': rng.choice(['Let me look that up.', 'Checking the CRM now.', L['agent'][1]])},
                                          {'type': 'tool_use', 'id': tid, 'name': rng.choice(['crm_lookup', 'search_customers', 'get_patient']), 'input': {'query': q}}]},
        {'role': 'user', 'content': [{'type': 'tool_result', 'tool_use_id': tid, 'content': result_text}]},
    ]
    obj = {'model': rng.choice(MODELS[2:4]), 'max_tokens': 1024, 'messages': msgs} if rng.random() < 0.6 else msgs
    return jdump(obj, indent=rng.choice([None, 2, None])), True


def s_mcp(rng, lc, ctx):
    if rng.random() < 0.5:
        rec = record(ctx, rng.choice(['crm', 'signup', 'lead']))
        args = {k: v for _, k, _, v in rec if k not in ('created_at',)}
        obj = {'jsonrpc': '2.0', 'id': R(rng, 1, 400), 'method': 'tools/call', 'params': {'name': rng.choice(['crm.create_contact', 'hubspot_upsert', 'db.insert_user']), 'arguments': args}}
    else:
        rec = record(ctx, rng.choice(['medical', 'insurance', 'crm', 'hr']))
        txt = T(rng.choice(['# Record\n', '', 'Result (1 row)\n']), rec_text(rec, rng.choice([': ', ' = ', '\t'])))
        obj = {'jsonrpc': '2.0', 'id': R(rng, 1, 400), 'result': {'content': [{'type': 'text', 'text': txt}], 'isError': False}}
    return jdump(obj, compact=rng.random() < 0.5), True


def s_webhook_ascii(rng, lc, ctx):
    rec = record(ctx, rng.choice(['crm', 'signup', 'kyc', 'lead']))
    data = {k: v for _, k, _, v in rec}
    data['locale'] = lc
    obj = {'id': rid(rng, 'evt_', 20), 'type': rng.choice(['customer.updated', 'contact.created', 'user.signup', 'kyc.submitted']), 'created': R(rng, 1700000000, 1760000000),
           'data': {'object': data}, 'livemode': True}
    return jdump(obj, ascii=True, indent=rng.choice([None, 2])), True


def s_llm_trace(rng, lc, ctx):
    L = ctx.L
    user = join(' ', sents(ctx, R(rng, 1, 2)))
    out = T(rng.choice(L['agent']), ' ', rng.choice(L['agent']))
    inner = jdump([{'role': 'user', 'content': user}], compact=True)
    span = {'trace_id': DC.hexhash(rng, 32), 'span_id': DC.hexhash(rng, 16), 'name': 'llm.chat', 'start_time': D('DATE', ts(rng)),
            'attributes': {'gen_ai.system': rng.choice(['openai', 'anthropic', 'vertex_ai']), 'gen_ai.request.model': rng.choice(MODELS),
                           'gen_ai.prompt': inner, 'gen_ai.completion': out, 'user.id': D('NUMERIC_ID', DC.uuid4(rng)),
                           'gen_ai.usage.input_tokens': R(rng, 50, 4000)}}
    if rng.random() < 0.4:
        span['attributes']['enduser.email'] = ctx['email']
    return jdump(span, indent=rng.choice([None, 2])), True


def s_vector_upsert(rng, lc, ctx):
    L = ctx.L
    vecs = []
    for i in range(R(rng, 1, 2)):
        c = Ctx(rng, lc)
        text = join(' ', sents(c, R(rng, 1, 2)))
        meta = {'text': text, 'source': rng.choice(['zendesk', 'gmail', 'drive/contracts', 'intercom']), 'author': c['fullname'] if rng.random() < 0.5 else c['email'],
                'created': D('DATE', ts(rng))}
        vecs.append({'id': rid(rng, 'doc-', 10) + '#' + str(i), 'values': [round(rng.uniform(-0.2, 0.2), 4) for _ in range(R(rng, 4, 8))], 'metadata': meta})
    obj = {'namespace': rng.choice(['support', 'kb-' + lc.lower(), 'crm']), 'vectors': vecs}
    return jdump(obj, indent=rng.choice([None, 2])), True


def s_http_dump(rng, lc, ctx):
    rec = record(ctx, rng.choice(['signup', 'crm', 'lead']))
    body = jdump({k: v for _, k, _, v in rec if k != 'created_at'}, indent=rng.choice([None, 2]))
    ip = ctx['ip']
    lines = [T('POST /api/v2/', rng.choice(['users', 'contacts', 'signup', 'leads']), ' HTTP/1.1'), T('Host: api.', rng.choice(['example-shop.io', 'acme.app', 'tidewater.dev'])),
             T('Content-Type: application/json'), T('X-Forwarded-For: ', ip), T('User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/', D('VERSION', DC.ipish_version(rng))),
             T('X-Request-Id: ', D('NUMERIC_ID', DC.uuid4(rng))), T('Content-Length: ', str(len(body.plain.encode('utf-8'))))]
    pre = T(rng.choice(['', 'Captured request (debug mode):\n', '>>> dump from mitmproxy\n']))
    return T(pre, join('\n', lines), '\n\n', body), False


def s_form_urlencoded(rng, lc, ctx):
    pairs = [('first_name', ctx['first']), ('last_name', ctx['last']), ('email', ctx['email']), ('phone', ctx['phone'])]
    if rng.random() < 0.6:
        pairs.append(('dob', ctx['dob']))
    if rng.random() < 0.5:
        pairs.append(('address', ctx['addr']))
    if rng.random() < 0.4:
        pairs.append(('password', ctx['pw']))
    if ctx.can('ssn') and rng.random() < 0.5:
        pairs.append(('ssn', ctx['ssn']))
    pairs.append(('message', one_sentence(ctx)))
    pairs.append(('utm_source', rng.choice(['google', 'newsletter', 'fb'])))
    body = join('&', [T(k, '=', urlenc(v, plus=rng.random() < 0.7)) for k, v in pairs])
    if rng.random() < 0.5:
        body = T('POST /contact HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n', body)
    else:
        body = T(rng.choice(['request body: ', 'WARN form.parse failed body=', '']), body)
    return body, False


def s_py_log(rng, lc, ctx):
    rec = record(ctx, rng.choice(['signup', 'crm', 'kyc', 'medical']))
    d = {k: v for _, k, _, v in rec}
    lines = []
    pre = '%s %s' % (dt.date(2025, R(rng, 1, 5), R(rng, 1, 28)).isoformat(), hhmm(rng) + ':%02d,%03d' % (R(rng, 0, 59), R(rng, 0, 999)))
    lines.append(T(pre, ' INFO  app.', rng.choice(['billing', 'users', 'intake']), ': request received id=', D('NUMERIC_ID', DC.uuid4(rng))))
    lines.append(T(pre, ' ', rng.choice(['ERROR', 'WARNING', 'DEBUG']), ' app.', rng.choice(['billing', 'users', 'intake']), ': ', rng.choice(['validation failed for', 'payload=', 'upsert ->']), ' ', pyrepr(d)))
    if rng.random() < 0.5:
        lines.append(T('Traceback (most recent call last):\n  File "/srv/app/handlers.py", line ', str(R(rng, 20, 400)), ', in post\n    raise ValidationError(f"bad field: {field}")'))
        lines.append(T('ValidationError: bad field: ', rng.choice(['dob', 'phone', 'postcode'])))
    return join('\n', lines), False


# ================================================================= documents / RAG

def doc_paragraph(ctx, n=3):
    return join(' ', sents(ctx, n))


def s_rag_pdf(rng, lc, ctx):
    L = ctx.L
    rec = record(ctx, rng.choice(['insurance', 'medical', 'hr', 'kyc']))
    body = T(doc_paragraph(ctx, R(rng, 1, 2)), '\n', rec_text(rec), rng.choice(['', T('\n', doc_paragraph(ctx, 1))]))
    body = wrap(body, R(rng, 48, 76), rng, hyph=0.35)
    src = rng.choice(['claim_%d.pdf', 'scan_%d.pdf', 'Vertrag_%d.pdf', 'report-%d.pdf', 'export_%d.docx'])
    header = T('[', str(R(rng, 1, 5)), '] source: ', src % R(rng, 100, 99999), ' | page ', str(R(rng, 1, 12)), ' | score ', '%.3f' % rng.uniform(0.6, 0.95))
    noise = rng.choice(['', '\n— %d —' % R(rng, 1, 20), '\nPage %d of %d' % (R(rng, 1, 3), R(rng, 3, 9)), '\n\x0c'])
    pre = rng.choice(['Use the following context to answer.\n\n', 'Retrieved documents:\n', '<context>\n', ''])
    post = '\n</context>' if pre.startswith('<context>') else ''
    q = rng.choice(['', '\n\nQuestion: summarise the claim.', '\n\nQ: what is the next step?', '\n\nUser: is this covered?'])
    return T(pre, header, '\n', body, noise, post, q), False


def s_rag_table(rng, lc, ctx):
    L = ctx.L['lab']
    second = rng.choice(['dob', 'phone'])
    cols = [L['name'], L[second], 'ID', L['addr']]
    rows = []
    for i in range(R(rng, 2, 3)):
        c = Ctx(rng, lc)
        rows.append([c['fullname'], c[second], T(D('NUMERIC_ID', V.pat(rng, '%####'))), c['addr']])
    widths = [max(len(cols[j]), *(len(r[j]) for r in rows)) + R(rng, 2, 4) for j in range(3)]
    out = [T(''.join(cols[j].ljust(widths[j]) for j in range(3)), cols[3])]
    for r in rows:
        out.append(T(*[T(r[j], ' ' * (widths[j] - len(r[j]))) for j in range(3)], r[3]))
    title = TT(ctx, 'table')
    return T('[chunk %d] %s\n' % (R(rng, 1, 40), title), join('\n', out), '\n', rng.choice(['', 'Source: p. %d' % R(rng, 2, 30)])), False


def s_long_doc(rng, lc, ctx):
    en = Ctx(rng, lc)
    paras = rng.sample(LONG_EN, R(rng, 4, 8))
    contact = rng.choice(['Questions about this notice can be sent to our Data Protection Officer, {name}, at {email} or {phone}.',
                          'This policy was last reviewed by {name} on {date}. Correspondence: {addrm}',
                          'If you have concerns, write to {formal}, {addr}.',
                          'Account owner on file: {name} (DOB {dob}). Do not share this document.'])
    parts = [T(p) for p in paras]
    parts.insert(R(rng, 1, len(parts)), fmt(contact, en))
    title = rng.choice(['Privacy Notice', 'Terms of Service (excerpt)', 'Employee Handbook – Section 4', 'Claims Procedure', 'Tenant Information Pack'])
    return T(title, '\n', '=' * len(title), '\n\n', join('\n\n', parts)), False


LONG_EN = [
    "We collect information you provide directly to us, such as when you create an account, fill out a form, or communicate with us. The types of information we may collect include account details, payment information, and any other information you choose to provide. We use this information to operate, maintain and improve our services, to process transactions, and to send you technical notices and support messages.",
    "Retention periods vary depending on the category of data. Transaction records are generally kept for seven years to meet statutory accounting obligations, whereas support conversations are deleted after twenty-four months unless a legal hold applies. Backups are rotated every thirty-five days and encrypted at rest with AES-256.",
    "All claims must be submitted within ninety days of the incident. Late submissions are reviewed on a case-by-case basis and may require supporting evidence such as receipts, photographs or a police report. Partial payments can be issued while the assessment is ongoing if the claimant would otherwise suffer undue hardship.",
    "Employees are entitled to twenty-five days of paid annual leave in addition to public holidays. Leave requests should be submitted through the HR portal at least two weeks in advance. Unused leave of up to five days may be carried over into the first quarter of the following year with manager approval.",
    "The building's heating system is serviced every October. Tenants should report faults through the maintenance form rather than by phone so that every request receives a reference number. Emergency repairs — water leaks, loss of power, broken entrance doors — are handled around the clock.",
    "Our model providers process prompts and completions on our behalf. Prompts are not used to train third-party models. Telemetry spans are sampled at 10% in production and stored for thirty days; personal data in spans is masked before export to the observability backend.",
    "Refunds are issued to the original payment method within five to ten business days. Where the original method is no longer available, we may request alternative bank details. Shipping charges are non-refundable except where the item arrived damaged or the wrong item was sent.",
    "The committee meets on the first Tuesday of each month. Minutes are circulated within a week and approved at the next meeting. Members who cannot attend may submit written comments in advance; these are read into the record by the chair.",
    "Access to the staging environment requires a hardware security key. Shared accounts are not permitted. Secrets must be stored in the vault and rotated every ninety days; any credential found in source control is treated as compromised and revoked immediately.",
]


def s_discharge(rng, lc, ctx):
    L = ctx.L['lab']
    lines = [T(TT(ctx, 'discharge'), '\n'),
             T(L['patient'], ': ', ctx['fullname'], '    ', L['dob'], ': ', ctx['dob'], ' ', ctx.L['age'].format(age=ctx['age'])),
             T(L['addr'], ': ', ctx['addr']),
             T(L['health'], ': ', ctx['cond']),
             T(L['proc'], ': ', ctx['proc'], ' (', ctx['date'], ')'),
             T(L['med'], ': ', ctx['med'], rng.choice(['', '; ' + rng.choice(ctx.L['med'])])),
             T(L['emergency'], ': ', ctx['name2'], ', ', ctx['phone2'])]
    if rng.random() < 0.5:
        lines.append(T(L['note'], ': ', TT(ctx, 'followup')))
    if rng.random() < 0.3:
        lines.append(T('Signed: Dr. ', ctx['last3'], ', ', ctx['date2']))
    return join('\n', lines), False


def s_intake_checkbox(rng, lc, ctx):
    L = ctx.L
    conds = rng.sample(L['cond'], min(6, len(L['cond'])))
    checked = set(rng.sample(range(len(conds)), R(rng, 1, 2)))
    rows = []
    for i, c in enumerate(conds):
        mark = rng.choice(['[x]', '[X]', '☒', '(x)']) if i in checked else rng.choice(['[ ]', '☐', '( )'])
        rows.append(T(mark, ' ', E('HEALTH', c) if i in checked else c))
    head = T(L['lab']['patient'], ': ', ctx['fullname'], '\n', L['lab']['dob'], ': ', ctx['dob'], '\n', L['lab']['phone'], ': ', ctx['phone'], '\n\n')
    tail = T('\n\n', L['lab']['med'], ': ', ctx['med'] if rng.random() < 0.7 else '—')
    return T(head, TT(ctx, 'history'), '\n', join(rng.choice(['\n', '   ']), rows), tail), False


def s_rx_label(rng, lc, ctx):
    c = ctx
    lines = [T('Rx# ', D('NUMERIC_ID', V.pat(rng, '%######-%#')), '   ', rng.choice(['WALGREENS #%d', 'CVS/pharmacy #%d', 'Boots', 'Apotheke am Markt', 'Farmacia Centrale']).replace('%d', str(R(rng, 100, 9999)))),
             T(upper(c['fullname'])), T(c['addr']) if rng.random() < 0.6 else T(''),
             T(c['med'], ' — ', rng.choice(['take 1 tablet by mouth daily', 'TAKE ONE TABLET TWICE DAILY WITH FOOD', '1-0-1', 'inject under the skin once weekly'])),
             T('Qty: ', str(R(rng, 14, 90)), '  Refills: ', str(R(rng, 0, 5)), '  Filled: ', c['date']), T('Prescriber: Dr. ', c['last2'])]
    return join('\n', [l for l in lines if l.plain]), False


# ================================================================= conversations

def s_chat_transcript(rng, lc, ctx):
    L = ctx.L
    lab = L['lab']
    style = rng.choice(['bracket', 'role', 'bold', 'xml', 'arrow', 'plain_names'])
    cust = lab['customer']
    agent_name = ctx['first3'] if rng.random() < 0.5 else None
    agent = lab['agent'] + (' ' if agent_name else '') + (agent_name.plain if agent_name else '')
    turns = []
    turns.append(('a', T(rng.choice(L['agent']))))
    turns.append(('u', one_sentence(ctx)))
    for k, key in (('name', 'fullname'), ('dob', 'dob'), ('addr', 'addr'), ('contact', rng.choice(['phone', 'email']))):
        if rng.random() < 0.75:
            turns.append(('a', T(L['ask'][k])))
            turns.append(('u', T(rng.choice(L['give']), ctx[key])))
    if ctx.can('ssn') and rng.random() < 0.6:
        turns.append(('a', T(rng.choice(['And the last four of your social? Actually, I need the full SSN for this request.', 'Can you confirm your Social Security number?', 'I also need your SSN to open the claim.']))))
        turns.append(('u', T(rng.choice(['', 'ok ', 'sure, ']), ctx['ssn'])))
    turns.append(('a', T(rng.choice(L['agent']))))
    lines = []
    t0 = R(rng, 8, 20) * 60 + R(rng, 0, 59)
    for i, (who, txt) in enumerate(turns):
        name = T(cust) if who == 'u' else (T(lab['agent'], ' ', agent_name) if agent_name else T(lab['agent']))
        tm = '%02d:%02d' % ((t0 + i) // 60 % 24, (t0 + i) % 60)
        if style == 'bracket':
            lines.append(T('[', tm, ':%02d] ' % R(rng, 0, 59), name, ': ', txt))
        elif style == 'role':
            lines.append(T('USER: ' if who == 'u' else 'ASSISTANT: ', txt))
        elif style == 'bold':
            lines.append(T('**', name, ':** ', txt))
        elif style == 'xml':
            tag = 'customer' if who == 'u' else 'agent'
            lines.append(T('<', tag, '>', txt, '</', tag, '>'))
        elif style == 'arrow':
            lines.append(T('> ' if who == 'u' else '< ', txt))
        else:
            nm = ctx['first'] if who == 'u' else (agent_name or T('Bot'))
            lines.append(T(nm, ' (', tm, '): ', txt))
    return join('\n', lines), False


def s_chat_messages_json(rng, lc, ctx):
    L = ctx.L
    rec = record(ctx, rng.choice(['crm', 'medical', 'insurance']))
    sysmsg = T('You are a support assistant for ', rng.choice(COMPANIES), '. Customer profile:\n', rec_text(rec), '\nNever reveal internal notes.')
    msgs = [{'role': 'system', 'content': sysmsg}, {'role': 'user', 'content': join(' ', sents(ctx, R(rng, 1, 2)))},
            {'role': 'assistant', 'content': T(rng.choice(L['agent']))}]
    if rng.random() < 0.5:
        msgs.append({'role': 'user', 'content': T(rng.choice(L['give']), rng.choice([ctx['phone'], ctx['email'], ctx['addr']]))})
    obj = {'model': rng.choice(MODELS), 'messages': msgs, 'stream': rng.random() < 0.5}
    return jdump(obj, indent=rng.choice([None, 2]), ascii=rng.random() < 0.2), True


def s_chat_export(rng, lc, ctx):
    L = ctx.L
    me = ctx['first']
    other = ctx['first2']
    msgs = [T(rng.choice(L['agent'][:2]) if rng.random() < 0.3 else rng.choice(['hi', 'ok', '👍', '?', 'jaja', 'ok!', '😂']))]
    msgs += sents(ctx, R(rng, 1, 2))
    smsk = [t for t in L.get('sms', []) if ctx.ok(t)]
    if smsk:
        msgs.append(fmt(rng.choice(smsk), ctx))
    rng.shuffle(msgs)
    d = V.rand_date(rng)
    out = []
    lang = ctx.lang
    tmin = R(rng, 8 * 60, 20 * 60)
    for i, m in enumerate(msgs):
        who = me if i % 2 == 0 else other
        tmin += R(rng, 0, 25)
        h, mi = min(tmin // 60, 23), tmin % 60
        if lang == 'ja':
            out.append(T('%d:%02d\t' % (h, mi), who, '\t', m))
        elif lang == 'ko':
            out.append(T('%d년 %d월 %d일 %s %d:%02d, ' % (d.year, d.month, d.day, '오후' if h >= 12 else '오전', (h - 1) % 12 + 1, mi), who, ' : ', m))
        elif lang == 'zh':
            out.append(T(who, ' %d-%02d-%02d %02d:%02d\n' % (d.year, d.month, d.day, h, mi), m))
        elif lang in ('ru', 'uk'):
            out.append(T(who, ', [%02d.%02d.%d %02d:%02d]\n' % (d.day, d.month, d.year, h, mi), m))
        else:
            out.append(T('[%02d/%02d/%d, %02d:%02d:%02d] ' % (d.day, d.month, d.year, h, mi, R(rng, 0, 59)), who, ': ', m))
    head = {'ja': '[LINE] トーク履歴\n保存日時:%d/%02d/%02d\n\n' % (d.year, d.month, d.day), 'ko': 'KakaoTalk 대화\n저장한 날짜 : %d-%02d-%02d\n\n' % (d.year, d.month, d.day)}.get(lang, '')
    return T(head, join('\n', out)), False


def s_chat_lower(rng, lc, ctx):
    L = ctx.L
    ms = sents(ctx, R(rng, 2, 3))
    out = [lower(m).map(lambda s: s.replace('.', '').replace(',', '')) for m in ms]
    out = join(rng.choice(['\n', ' ', ' … ', '\n\n']), out)
    return T(rng.choice(['', 'user: ', 'msg: ']), out, rng.choice(['', ' pls', ' 🙏', ' thx', '??'])), False


def s_sms(rng, lc, ctx):
    L = ctx.L
    pool = [t for t in L.get('sms', []) if ctx.ok(t)]
    ms = [fmt(t, ctx) for t in rng.sample(pool, min(len(pool), R(rng, 1, 2)))]
    style = rng.choice(['from', 'plain', 'thread', 'notif'])
    if style == 'from':
        return T('SMS from ', ctx['phone3'], ' (', hhmm(rng), '): ', join(' / ', ms)), False
    if style == 'thread':
        return join('\n', [T(rng.choice(['>', '<']), ' ', m) for m in ms]), False
    if style == 'notif':
        return T('Messages • now\n', ctx['first'] if rng.random() < 0.5 else ctx['phone3'], '\n', ms[0]), False
    return join('\n', ms), False


def s_ticket(rng, lc, ctx):
    L = ctx.L
    lab = L['lab']
    lines = [T('Ticket ', D('NUMERIC_ID', DC.ticket(rng)), ' — ', rng.choice(['Billing', 'Account access', 'Delivery', 'Claims', 'Medical records'])),
             T('Requester: ', ctx['fullname'], ' <', ctx['email'], '>'), T('Status: ', rng.choice(['open', 'pending', 'solved'])), T('Created: ', D('DATE', ts(rng, sep=' ', z=' UTC'))), T('')]
    for i in range(R(rng, 2, 3)):
        who = ctx['first'] if i % 2 == 0 else T(lab['agent'], ' ', ctx['first2'])
        lines.append(T('--- ', who, ' · ', hhmm(rng), ' ---'))
        lines.append(join(' ', sents(ctx, R(rng, 1, 2))) if i % 2 == 0 else T(rng.choice(L['agent'])))
    if rng.random() < 0.5:
        lines.append(T('Internal note: ', rng.choice(['verified via callback to ', 'caller ID: ', 'alt. contact: ']), ctx['phone']))
    return join('\n', lines), False


def s_email_thread(rng, lc, ctx):
    L = ctx.L
    lab = L['lab']
    d = V.rand_date(rng)
    hdr = [T('From: ', ctx['fullname'], ' <', ctx['email'], '>'), T('To: ', ctx['name2'], ' <', ctx['email2'], '>') if rng.random() < 0.5 else T('To: ', ctx['email2']),
           T('Date: ', D('DATE', '%s, %d %s %d %s +0%d00' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()], d.day, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1], d.year, hhmm(rng), R(rng, 0, 3)))),
           T(lab['subject'], ': Re: ', rng.choice([lab['order'], lab['addr'], lab['patient'], 'Update', lab['note']]))]
    if rng.random() < 0.15:
        hdr.insert(2, T('Cc: ', ctx['email3']))
    body = T(fmt(rng.choice(L['greet']), Ctx(rng, lc, {'': ctx.person('2')})), '\n\n', join(' ', sents(ctx, R(rng, 1, 2))), '\n\n', fmt(rng.choice(L['sign'][:3]), ctx))
    quoted = T(fmt(L['wrote'], Ctx(rng, lc, {'': ctx.person('2')})), '\n', prefix_lines(T(rng.choice(L['agent']), ' ', rng.choice(L['agent'])), '> '))
    return T(join('\n', hdr), '\n\n', body, rng.choice([T('\n\n', quoted), T('\n\n', quoted), T('')])), False


def s_email_forward(rng, lc, ctx):
    L = ctx.L
    lab = L['lab']
    inner = Ctx(rng, lc)
    fw = T('---------- Forwarded message ---------\nFrom: ', inner['fullname'], ' <', inner['email'], '>\nDate: ', inner['date'], '\nSubject: ', lab['subject'],
           '\nTo: ', ctx['email'], '\n\n', join(' ', sents(inner, R(rng, 1, 3))), '\n\n', fmt(rng.choice(L['sign']), inner))
    top = T(rng.choice(['FYI, see below.', 'Can you handle this one?', 'Please add to the CRM.', 'fw', '']), '\n\n')
    return T(top, fw), False


def s_html_email(rng, lc, ctx):
    L = ctx.L
    rec = record(ctx, rng.choice(['crm', 'signup', 'lead']), keep={'name', 'email', 'phone', 'addr', 'created', 'id'})
    rows = join('\n', [T('  <tr><td>', xml_esc(lab), '</td><td>', xml_esc(v), '</td></tr>') for _, _, lab, v in rec])
    greet = xml_esc(fmt(rng.choice(L['greet']), ctx))
    html = T('<html><body>\n<p>', greet, '</p>\n<p>', xml_esc(one_sentence(ctx)), '</p>\n<table>\n', rows, '\n</table>\n<p style="color:#999">', rng.choice(['Unsubscribe', '&copy; 2025']), '</p>\n</body></html>')
    return html, False


def s_calendar(rng, lc, ctx):
    L = ctx.L
    what = rng.choice([T('Physio – ', ctx['fullname']), T('1:1 ', ctx['first'], ' / ', ctx['first2']), T('Follow-up: ', ctx['proc']), T('Viewing at ', ctx['addr'])])
    lines = [T('Invitation: ', what, ' @ ', ctx['date'], ' ', hhmm(rng)), T('Organizer: ', ctx['email2']), T('Guests: ', ctx['email'], ', ', ctx['email3']),
             T('Where: ', ctx['addr'] if rng.random() < 0.6 else T('Zoom ', D('NUMERIC_ID', V.pat(rng, '%## #### ####')))),
             T('Notes: ', one_sentence(ctx))]
    return join('\n', lines), False


def s_meeting_notes(rng, lc, ctx):
    L = ctx.L
    c2, c3 = ctx['first2'], ctx['first3']
    att = join(', ', [ctx['fullname'], ctx['name2'], ctx['name3']][:R(rng, 2, 3)])
    items = [T('- ', c2, ': ', rng.choice(['ship ', 'review ', 'test ']), D('VERSION', DC.version(rng)), ' by ', ctx['date']),
             T('- ', rng.choice(['Ops', 'QA', 'Legal', 'Design']), ': ', rng.choice(['renew cert for ', 'migrate ', 'audit ']), D('OPS_TERM', rng.choice(DC.OPS))),
             T('- ', ctx['first'], ' out until ', ctx['date2'], ' (', ctx['proc'], ')'),
             T('- ', c3, ' to call the client back on ', ctx['phone'])]
    rng.shuffle(items)
    note = one_sentence(ctx) if rng.random() < 0.6 else T(rng.choice(['Budget approved.', 'No blockers.', 'Q3 roadmap reviewed.', 'Release slipped one week.']))
    title = TT(ctx, 'meeting')
    return T('# ', title, ' – ', ctx['date3'], '\n**Attendees:** ', att, '\n\n## Notes\n', note, '\n\n## Action items\n', join('\n', items[:R(rng, 2, 3)])), False


def s_voice(rng, lc, ctx):
    lang = ctx.lang
    dw = LANG[lang].get('digits')
    p = ctx.person('')
    ph = V.pat(rng, rng.choice(LOC[lc]['phones']).replace('{a}', rng.choice(LOC[lc].get('areas', ['212']))))
    words = []
    for ch in ph:
        if ch == '+':
            words.append('plus' if lang != 'de' else 'plus')
        elif ch.isdigit():
            w = dw[int(ch)]
            if lang == 'en' and ch == '0' and rng.random() < 0.6:
                w = 'oh'
            words.append(w)
        elif ch in ' -/' and rng.random() < 0.15:
            words.append(',')
    spoken_phone = ' '.join(words).replace(' ,', ',').strip(', ')
    at, dot = {'en': ('at', 'dot'), 'es': ('arroba', 'punto'), 'de': ('at', 'punkt'), 'fr': ('arobase', 'point'), 'pt': ('arroba', 'ponto'), 'it': ('chiocciola', 'punto')}[lang]
    em = p.email(rng).split('+')[0].lower()
    spoken_email = em.replace('@', ' %s ' % at).replace('.', ' %s ' % dot).replace('_', ' underscore ').replace('-', ' dash ')
    if lang == 'en':
        dob = spoken_date_en(p.dob, rng)
    else:
        dob = fmt_date(rng, p.dob, lc, LANG[lang]['dfmt'][0]).lower()
    full = p.full.lower()
    intro = {'en': ['yeah hi um my name is {n}', 'hi there its {n} calling', 'hello this is {n}'],
             'es': ['hola buenas mi nombre es {n}', 'sí hola soy {n}'], 'de': ['ja hallo mein name ist {n}', 'guten tag hier ist {n}'],
             'fr': ['oui bonjour je suis {n}', 'allô bonjour c\'est {n}'], 'pt': ['oi bom dia meu nome é {n}', 'alô aqui é {n}'],
             'it': ['sì buongiorno sono {n}', 'pronto salve mi chiamo {n}']}[lang]
    mid = {'en': ['date of birth is {d}', 'i was born {d}', 'my birthday is {d}'], 'es': ['mi fecha de nacimiento es el {d}', 'nací el {d}'],
           'de': ['mein geburtsdatum ist der {d}', 'geboren bin ich am {d}'], 'fr': ['ma date de naissance c\'est le {d}', 'je suis né le {d}'],
           'pt': ['minha data de nascimento é {d}', 'nasci em {d}'], 'it': ['la data di nascita è il {d}', 'sono nato il {d}']}[lang]
    ph_t = {'en': ['and my number is {p}', 'you can call me back on {p}'], 'es': ['y mi número es el {p}', 'me pueden llamar al {p}'], 'de': ['meine nummer ist {p}', 'rückrufnummer {p}'],
            'fr': ['mon numéro c\'est le {p}', 'vous pouvez me rappeler au {p}'], 'pt': ['meu número é {p}', 'pode ligar no {p}'], 'it': ['il mio numero è {p}', 'mi richiami al {p}']}[lang]
    em_t = {'en': ['email is {e}', 'the email on file should be {e}'], 'es': ['el correo es {e}'], 'de': ['meine mail ist {e}'], 'fr': ['mon mail c\'est {e}'],
            'pt': ['o email é {e}'], 'it': ['la mail è {e}']}[lang]
    fill = {'en': ['uh', 'um', 'yeah', 'so'], 'es': ['eh', 'bueno', 'o sea'], 'de': ['äh', 'also', 'ähm'], 'fr': ['euh', 'bon', 'voilà'], 'pt': ['é', 'então', 'tipo'], 'it': ['ehm', 'allora', 'cioè']}[lang]
    parts = []
    def put(tpl, key, val, typ):
        a, b = tpl.split('{' + key + '}')
        parts.append(T(a, E(typ, val), b))
    put(rng.choice(intro), 'n', full, 'PERSON')
    seq = [('d', mid, dob, 'DATE_OF_BIRTH'), ('p', ph_t, spoken_phone, 'PHONE'), ('e', em_t, spoken_email, 'EMAIL')]
    rng.shuffle(seq)
    for key, tl, val, typ in seq[:R(rng, 2, 3)]:
        if rng.random() < 0.5:
            parts.append(T(rng.choice(fill)))
        put(rng.choice(tl), key, val, typ)
    if rng.random() < 0.4 and lang == 'en':
        parts.append(T('its about my ', E('HEALTH', rng.choice(LANG['en']['cond']).lower()), ' prescription'))
    if lc == 'en-US' and rng.random() < 0.5:
        sv = V.ssn(rng, 'compact')
        words = [ONES[int(c)] if not (c == '0' and rng.random() < 0.5) else 'oh' for c in sv]
        parts.append(T(rng.choice(['and my social is ', 'last thing social security number ', 'ssn is ']), E('US_SSN', ' '.join(words))))
    spk = rng.choice(['', 'Speaker 1: ', 'caller: ', '[00:00:0%d] ' % R(rng, 1, 9)])
    return T(spk, join(' ', parts)), False


ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = 'x x twenty thirty forty fifty sixty seventy eighty ninety'.split()
ORD = {1: 'first', 2: 'second', 3: 'third', 5: 'fifth', 8: 'eighth', 9: 'ninth', 12: 'twelfth'}


def two(n):
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])


def ordinal(n):
    if n in ORD:
        return ORD[n]
    if n < 20:
        return ONES[n] + 'th'
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t][:-1] + 'ieth'
    return TENS[t] + ' ' + ordinal(o)


def year_words(y):
    if 2000 <= y < 2010:
        return 'two thousand' + ('' if y == 2000 else ' and ' + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + ' hundred'
    if lo < 10:
        return two(hi) + ' oh ' + ONES[lo]
    return two(hi) + ' ' + two(lo)


def spoken_date_en(d, rng):
    m = LANG['en']['months'][d.month - 1].lower()
    return rng.choice(['the %s of %s %s' % (ordinal(d.day), m, year_words(d.year)), '%s %s %s' % (m, ordinal(d.day), year_words(d.year)),
                       '%s %s %s' % (' '.join(ONES[int(c)] for c in '%d' % d.month), ' '.join(ONES[int(c)] for c in '%d' % d.day), year_words(d.year))])


# ================================================================= tables / config / logs

EU_SEMI = {'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'cs', 'hu', 'ro', 'da', 'nb', 'fi', 'sv', 'tr', 'ru', 'uk', 'el'}


def table_rows(rng, lc, kind, n):
    rows = []
    maxpii = rng.choice([1, 1, 2, 2, 3])
    keep = None
    for i in range(n):
        c = Ctx(rng, lc)
        r = record(c, kind, maxpii=maxpii) if keep is None else record(c, kind, keep=keep)
        if keep is None:
            keep = set(f for f, _, _, _ in r)
        rows.append(r)
    common = set.intersection(*[set(f for f, _, _, _ in r) for r in rows])
    return [[x for x in r if x[0] in common] for r in rows]


def s_csv(rng, lc, ctx):
    kind = rng.choice(['crm', 'hr', 'lead', 'insurance', 'signup', 'medical'])
    rows = table_rows(rng, lc, kind, R(rng, 2, 4))
    delim = ';' if ctx.lang in EU_SEMI and rng.random() < 0.6 else ','
    local = rng.random() < 0.5
    header = delim.join((lab if local else k) for _, k, lab, _ in rows[0])
    lines = [T(header)]
    for r in rows:
        lines.append(join(delim, [csv_field(v, delim) for _, _, _, v in r]))
    pre = rng.choice(['', 'export.csv\n', 'Here is the file content:\n```csv\n'])
    post = '\n```' if pre.endswith('csv\n') else ''
    return T(pre, join('\n', lines), post), False


def s_tsv(rng, lc, ctx):
    kind = rng.choice(['hr', 'crm', 'medical'])
    rows = table_rows(rng, lc, kind, R(rng, 2, 3))
    lines = [T('\t'.join(lab for _, _, lab, _ in rows[0]))]
    for r in rows:
        lines.append(join('\t', [v for _, _, _, v in r]))
    return join('\n', lines), False


def s_md_table(rng, lc, ctx):
    kind = rng.choice(['medical', 'crm', 'lead', 'hr'])
    rows = table_rows(rng, lc, kind, R(rng, 2, 3))
    hdr = [lab for _, _, lab, _ in rows[0]]
    lines = [T('| ', ' | '.join(hdr), ' |'), T('|', '|'.join('---' for _ in hdr), '|')]
    for r in rows:
        lines.append(T('| ', join(' | ', [v for _, _, _, v in r]), ' |'))
    pre = rng.choice(['', '### ' + ctx.L['lab']['patient'] + 's\n\n', 'Sure — here is the table you asked for:\n\n'])
    return T(pre, join('\n', lines)), False


def s_sql_output(rng, lc, ctx):
    kind = rng.choice(['crm', 'signup', 'lead'])
    rows = table_rows(rng, lc, kind, R(rng, 1, 4))
    keys = [k for _, k, _, _ in rows[0]]
    widths = [max(len(k), *(len(r[j][3]) if isinstance(r[j][3], T) else len(str(r[j][3])) for r in rows)) for j, k in enumerate(keys)]
    head = T(' ', ' | '.join(k.ljust(w) for k, w in zip(keys, widths)))
    sep = T('-', '-+-'.join('-' * w for w in widths), '-')
    lines = [T('db=> SELECT * FROM ', rng.choice(['customers', 'users', 'leads']), ' WHERE ', rng.choice(['created_at > now() - interval \'1 day\'', "status = 'active'", 'id = 4812']), ';'), head, sep]
    for r in rows:
        cells = []
        for j, (_, _, _, v) in enumerate(r):
            v = T(v)
            cells.append(T(v, ' ' * (widths[j] - len(v))))
        lines.append(T(' ', join(' | ', cells)))
    lines.append(T('(%d row%s)' % (len(rows), '' if len(rows) == 1 else 's')))
    return join('\n', lines), False


def s_yaml(rng, lc, ctx):
    L = ctx.L['lab']
    lines = [T('claim:'), T('  id: ', D('NUMERIC_ID', V.pat(rng, 'CLM-%######'))), T('  submitted: ', ctx['date']), T('  claimant:'),
             T('    name: ', yaml_str(ctx['fullname']) if rng.random() < 0.5 else ctx['fullname']), T('    dob: ', ctx['dob'] if rng.random() < 0.5 else yaml_str(ctx['dob'])),
             T('    phone: "', ctx['phone'], '"'), T('    address: |'), prefix_lines(ctx['addrm'], '      '), T('  medical:'), T('    diagnosis: ', ctx['cond']),
             T('    treatment: ', ctx['proc'])]
    if ctx.can('iban'):
        lines += [T('  payout:'), T('    iban: ', ctx['iban']), T('    holder: ', ctx['fullname'])]
    lines.append(T('  amount: ', D('PRICE', DC.price(rng, lc)).map(lambda s: s)))
    lines.append(T('  notes: >'))
    lines.append(prefix_lines(one_sentence(ctx), '    '))
    return join('\n', lines), False


def s_config(rng, lc, ctx):
    pw = ctx['pw']
    user = rng.choice(['app_rw', 'svc_billing', 'postgres', 'admin', 'etl', 'root'])
    host = rng.choice(['db.internal', 'db-prod.internal', 'pg-primary.prod.svc', 'mysql-01.corp.local'])
    pw_url = E('PASSWORD', V.password(rng, ctx.lang, safe_url=True))
    style = rng.choice(['env', 'toml', 'compose', 'props', 'ini', 'cli'])
    adm = ctx['email']
    if style == 'env':
        t = T('# .env (do not commit)\nDATABASE_URL=postgres://', user, ':', pw_url, '@', host, ':5432/app\nSMTP_USER=', adm, '\nSMTP_PASS=', pw, '\nLOG_LEVEL=debug\nFEATURE_FLAGS=', D('CODE_IDENT', 'beta_checkout,new_nav'))
    elif style == 'toml':
        t = T('[database]\nhost = "', host, '"\nuser = "', user, '"\npassword = "', pw, '"\n\n[alerts]\nemail = "', adm, '"\nphone = "', ctx['phone'], '"')
    elif style == 'compose':
        t = T('services:\n  db:\n    image: postgres:', D('VERSION', '16.2'), '\n    environment:\n      POSTGRES_USER: ', user, '\n      POSTGRES_PASSWORD: ', pw, '\n  app:\n    environment:\n      - ADMIN_EMAIL=', adm)
    elif style == 'props':
        t = T('spring.datasource.url=jdbc:mysql://', host, ':3306/crm?useSSL=false\nspring.datasource.username=', user, '\nspring.datasource.password=', pw, '\nmail.admin=', adm)
    elif style == 'ini':
        t = T('[smtp]\nserver = smtp.', rng.choice(['office365.com', 'gmail.com', 'mailgun.org']), '\nlogin = ', adm, '\n', rng.choice(['password', 'pass', 'pwd']), ' = ', pw, '\n')
    else:
        t = T('$ ', rng.choice([T('mysql -u ', user, ' -p', pw, ' -h ', host), T('curl -u ', adm, ':', pw, ' https://api.example-shop.io/v1/me'), T('psql "postgresql://', user, ':', pw_url, '@', host, '/app"')]))
    pre = rng.choice(['', 'why does this fail?\n\n', 'config:\n', '```\n'])
    return T(pre, t, '\n```' if pre == '```\n' else ''), False


def s_kv_log(rng, lc, ctx):
    lines = []
    n = R(rng, 5, 12)
    pii_at = set(rng.sample(range(n), R(rng, 1, 3)))
    d = V.rand_date(rng)
    for i in range(n):
        t = T('ts=', D('DATE', ts(rng, d)), ' level=', rng.choice(['info', 'info', 'debug', 'warn', 'error']), ' svc=', D('OPS_TERM', rng.choice(DC.OPS)))
        if i in pii_at:
            c = Ctx(rng, lc)
            kind = rng.choice(['login', 'pw', 'addr', 'pay', 'health'])
            if kind == 'login':
                t += T(' msg="login failed" user=', c['email'], ' ip=', c['ip'])
            elif kind == 'pw':
                t += T(' msg="reset requested" email=', c['email'], ' new_password=', c['pw'])
            elif kind == 'addr':
                t += T(' msg="address updated" customer="', c['fullname'], '" address="', c['addr'], '"')
            elif kind == 'pay':
                t += T(' msg="charge declined" card=', c['card'], ' holder="', c['fullname'], '"')
            else:
                t += T(' msg="triage note" patient="', c['fullname'], '" dob=', c['dob'], ' note="', c['cond'], '"')
        else:
            t += T(' msg="', rng.choice(['request completed', 'cache miss', 'retrying', 'job scheduled', 'healthcheck ok']), '" trace=', D('HEX_HASH', DC.hexhash(rng, 16)),
                   ' dur=', str(R(rng, 1, 900)), 'ms', rng.choice(['', T(' version=', D('VERSION', DC.version(rng)))]))
        lines.append(t)
    return join('\n', lines), False


def s_access_log(rng, lc, ctx):
    lines = []
    n = R(rng, 3, 8)
    for i in range(n):
        c = Ctx(rng, lc)
        d = V.rand_date(rng)
        stamp = '[%02d/%s/%d:%s:%02d +0000]' % (d.day, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1], d.year, hhmm(rng), R(rng, 0, 59))
        r = rng.random()
        if r < 0.35:
            path = T('/api/users?email=', urlenc(c['email'], plus=False), '&ref=mail')
        elif r < 0.5:
            path = T('/reset?phone=', urlenc(c['phone']))
        elif r < 0.6:
            path = T('/track?name=', urlenc(c['fullname']), '&zip=', V.pat(rng, '#####'))
        else:
            path = T(rng.choice(['/static/app.js', '/healthz', '/api/orders/', '/favicon.ico', '/v1/chat/completions']))
        ua = T('Mozilla/5.0 (', rng.choice(['Windows NT 10.0; Win64; x64', 'iPhone; CPU iPhone OS 17_4 like Mac OS X', 'X11; Linux x86_64']), ') Chrome/', D('VERSION', DC.ipish_version(rng)), ' Safari/537.36')
        lines.append(T(c['ip'], ' - - ', stamp, ' "GET ', path, ' HTTP/1.1" ', str(rng.choice([200, 200, 302, 404, 500])), ' ', str(R(rng, 100, 9000)), ' "-" "', ua, '"'))
    return join('\n', lines), False


# ================================================================= forms / business documents

def s_form_readable(rng, lc, ctx):
    L = ctx.L['lab']
    rec = record(ctx, rng.choice(['signup', 'lead', 'kyc', 'crm']))
    style = rng.choice(['stack', 'colon', 'table'])
    title = TT(ctx, 'form') if rng.random() < 0.7 else rng.choice(['Google Forms response', 'Typeform: Onboarding', 'Tally form #%d' % R(rng, 100, 999)])
    if style == 'stack':
        body = join('\n\n', [T(lab, '\n', v) for _, _, lab, v in rec])
    elif style == 'colon':
        body = join('\n', [T(lab.upper() if rng.random() < 0.3 else lab, ': ', v) for _, _, lab, v in rec])
    else:
        body = join('\n', [T(lab.ljust(22), v) for _, _, lab, v in rec])
    msg = T('\n\n', L['note'], ':\n', one_sentence(ctx)) if rng.random() < 0.6 else T('')
    return T(title, '\n', '-' * 24, '\n', body, msg), False


def s_shipping_label(rng, lc, ctx):
    L = ctx.L['lab']
    lines = [T(TT(ctx, 'ship')), T(upper(ctx['fullname']) if rng.random() < 0.4 else ctx['fullname']),
             ctx['addrm'], T('Tel: ', ctx['phone']), T(''), T('TRACKING #: ', ctx['track']), T('REF: ', ctx['order']),
             T('WEIGHT: ', '%.1f kg' % rng.uniform(0.2, 20)), T('SENDER: ', rng.choice(COMPANIES))]
    return join('\n', lines), False


def s_bank_transfer(rng, lc, ctx):
    L = ctx.L['lab']
    if not ctx.can('iban'):
        return s_kyc_card(rng, lc, ctx)
    c2 = Ctx(rng, rng.choice([lc, lc, 'de-DE', 'fr-FR', 'nl-NL', 'es-ES']))
    lines = [T(TT(ctx, 'transfer')),
             T(L['holder'], ': ', ctx['fullname']), T('IBAN: ', ctx['iban']), T('→ ', c2['fullname'] if rng.random() < 0.7 else rng.choice(COMPANIES)),
             T('IBAN: ', c2['iban']), T('BIC: ', V.pat(rng, rng.choice(['^^^^DE^^XXX', '^^^^FRPP', '^^^^ES^^', 'INGBNL2A']))),
             T(L['amount'], ': ', ctx['price']), T(L['date'], ': ', ctx['date']), T(rng.choice(['Reference', 'Verwendungszweck', 'Concepto', 'Tytuł']), ': ', ctx['order'])]
    return join('\n', lines), False


def s_kyc_card(rng, lc, ctx):
    L = ctx.L['lab']
    lines = [T(L['holder'], ': ', upper(ctx['fullname'])), T(L['card'], ': ', ctx['card']), T('Exp: %02d/%02d' % (R(rng, 1, 12), R(rng, 26, 31))),
             T(L['addr'], ': ', ctx['addr']), T(L['ip'], ': ', ctx['ip'])]
    if ctx.can('ssn') and rng.random() < 0.6:
        lines.insert(2, T(rng.choice(['SSN', 'SSN (for credit check)', 'Social Security #']), ': ', ctx['ssn']))
    return T(TT(ctx, 'payment') if rng.random() < 0.7 else 'Checkout form (debug)', '\n', join('\n', lines)), False


def s_cv(rng, lc, ctx):
    L = ctx.L['lab']
    head = [T(ctx['fullname']), T(ctx['addr']), T(ctx['phone'], ' · ', ctx['email'])]
    if rng.random() < 0.6:
        head.append(T(L['dob'], ': ', ctx['dob']))
    exp = [T('2019–2024  ', D('PROPER_NOUN', rng.choice(['Siemens AG', 'Robert Bosch GmbH', 'Philips', 'Johnson & Johnson', 'Ferrero', 'Mercedes-Benz Group', 'Ford Motor Company'])), ', ', rng.choice(['Senior Analyst', 'Product Manager', 'Nurse', 'Engineer', 'Sales Lead'])),
           T('2015–2019  ', rng.choice(['Universidad Complutense', 'TU München', 'University of Leeds', 'Sorbonne Université', 'Universidade de São Paulo']))]
    return T(join('\n', head), '\n\n', TT(ctx, 'exp'), '\n', join('\n', exp)), False


def s_prompt_context(rng, lc, ctx):
    rec = record(ctx, rng.choice(['crm', 'medical', 'insurance', 'hr']))
    xml = join('\n', [T('  <', k, '>', xml_esc(v), '</', k, '>') for _, k, _, v in rec])
    q = join(' ', sents(ctx, 1))
    sys = rng.choice(['You are an assistant that drafts replies for the support team.', 'Answer using only the profile below.', 'Summarise the case for the next shift.'])
    return T(sys, '\n\n<customer_profile>\n', xml, '\n</customer_profile>\n\n', rng.choice(['User: ', 'Question: ', 'Customer wrote: ']), q), False


def s_code_fixture(rng, lc, ctx):
    style = rng.choice(['py', 'js', 'go', 'sql', 'json'])
    cmt = rng.choice(['# TODO: replace with synthetic data (copied from prod ticket)', '# repro for bug 4412 - customer data', '# seed'])
    if style == 'py':
        t = T(cmt, '\ndef test_update_profile(client):\n    payload = {\n        "name": "', ctx['fullname'], '",\n        "email": "', ctx['email'], '",\n        "phone": "', ctx['phone'],
              '",\n        "dob": "', ctx['dob'], '",\n    }\n    r = client.post("/profile", json=payload)\n    assert r.status_code == 200\n')
    elif style == 'js':
        t = T(cmt.replace('#', '//'), '\nconst customer = {\n  fullName: \'', ctx['fullname'], '\',\n  address: `', ctx['addrm'], '`,\n  card: \'', ctx['card'], '\',\n};\n\ntest(\'checkout\', async () => {\n  await expect(checkout(customer)).resolves.toBeTruthy();\n});\n')
    elif style == 'go':
        t = T(cmt.replace('#', '//'), '\nfunc TestSignup(t *testing.T) {\n\tu := User{Email: "', ctx['email'], '", Password: "', ctx['pw'], '", Name: "', ctx['fullname'], '"}\n\tif err := svc.Signup(ctx, u); err != nil {\n\t\tt.Fatal(err)\n\t}\n}\n')
    elif style == 'sql':
        rows = []
        for i in range(R(rng, 1, 3)):
            c = Ctx(rng, lc)
            rows.append(T("  (", str(R(rng, 100, 9999)), ", '", c['fullname'].map(lambda s: s.replace("'", "''")), "', '", c['email'], "', '", c['phone'], "')"))
        t = T('-- ', cmt.lstrip('# '), '\nINSERT INTO customers (id, name, email, phone) VALUES\n', join(',\n', rows), ';\n')
    else:
        rec = record(ctx, rng.choice(['signup', 'crm']))
        t = T('// fixtures/user.json\n', jdump({k: v for _, k, _, v in rec}, indent=2))
    return T(rng.choice(['', 'Can you make this test pass?\n\n', 'review pls\n```\n']), t), False


def s_letter(rng, lc, ctx):
    L = ctx.L
    lines = [ctx['fullname'], ctx['addrm'], T(''), T(ctx['date']), T(''), fmt(rng.choice(L['greet']), Ctx(rng, lc, {'': ctx.person('2')})), T(''),
             join(' ', sents(ctx, R(rng, 2, 3))), T(''), fmt(rng.choice(L['sign']), ctx)]
    return join('\n', lines), False


def s_ocr_scan(rng, lc, ctx):
    L = ctx.L['lab']
    rec = record(ctx, rng.choice(['kyc', 'medical', 'hr']))
    def noisy(s):
        if rng.random() < 0.5:
            return s.replace('i', 'í', 1) if False else s
        return s
    lines = []
    for _, _, lab, v in rec:
        sep = rng.choice([': ', ' : ', ':  ', ' ', ' . . . '])
        lines.append(T(lab if rng.random() < 0.7 else lab.upper(), sep, v))
    txt = join(rng.choice(['\n', '\n\n', '  ']), lines)
    return T(rng.choice(['[OCR p.1]\n', 'scan0001.jpg →\n', '']), wrap(txt, R(rng, 30, 60), rng, 0.2), rng.choice(['', '\n|||  ..  ,', '\n~ signature ~'])), False


def s_prose(rng, lc, ctx):
    L = ctx.L
    body = join(' ', sents(ctx, R(rng, 2, 4)))
    extra = [t for t in L.get('free', []) if ctx.ok(t)]
    if extra and rng.random() < 0.5:
        body = T(body, ' ', fmt(rng.choice(extra), ctx))
    return body, False


SHAPES = {
    'tool_call_openai': (s_tool_call_openai, 7), 'tool_use_anthropic': (s_tool_use_anthropic, 5), 'mcp_jsonrpc': (s_mcp, 4), 'webhook_ascii': (s_webhook_ascii, 3),
    'llm_trace': (s_llm_trace, 4), 'vector_upsert': (s_vector_upsert, 3), 'http_dump': (s_http_dump, 2), 'form_urlencoded': (s_form_urlencoded, 2), 'py_log': (s_py_log, 2),
    'rag_pdf': (s_rag_pdf, 5), 'rag_table': (s_rag_table, 3), 'long_doc': (s_long_doc, 5), 'discharge': (s_discharge, 3), 'intake_checkbox': (s_intake_checkbox, 2),
    'rx_label': (s_rx_label, 1), 'chat_transcript': (s_chat_transcript, 6), 'chat_messages_json': (s_chat_messages_json, 4), 'chat_export': (s_chat_export, 4),
    'chat_lower': (s_chat_lower, 2), 'sms': (s_sms, 3), 'ticket': (s_ticket, 3), 'email_thread': (s_email_thread, 4), 'email_forward': (s_email_forward, 2),
    'html_email': (s_html_email, 2), 'calendar': (s_calendar, 2), 'meeting_notes': (s_meeting_notes, 3), 'voice': (s_voice, 3), 'csv': (s_csv, 4), 'tsv': (s_tsv, 2),
    'md_table': (s_md_table, 3), 'sql_output': (s_sql_output, 2), 'yaml_claim': (s_yaml, 2), 'config': (s_config, 3), 'kv_log': (s_kv_log, 3), 'access_log': (s_access_log, 2),
    'form_readable': (s_form_readable, 3), 'shipping_label': (s_shipping_label, 2), 'bank_transfer': (s_bank_transfer, 2), 'payment_form': (s_kyc_card, 1), 'cv': (s_cv, 2),
    'prompt_context': (s_prompt_context, 3), 'code_fixture': (s_code_fixture, 3), 'letter': (s_letter, 2), 'ocr_scan': (s_ocr_scan, 2), 'prose': (s_prose, 4),
}
VOICE_LANGS = {'en', 'es', 'de', 'fr', 'pt', 'it'}
EN_ONLY = {'long_doc', 'rx_label'}
