# -*- coding: utf-8 -*-
"""Generate tests/fixtures/pii/eval-dev5.jsonl (a development corpus for the PII scanner).

    .venv/bin/python scripts/pii_dev5/gen.py        # write the file, print counts
    .venv/bin/python scripts/pii_dev5/gen.py -v     # also print how many texts each template made
    .venv/bin/python scripts/pii_dev5/gen.py --out PATH
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ beside the generator

from core import render, luhn_ok, iban_ok  # noqa: E402
from values import Gen  # noqa: E402
import shapes_chat as SC  # noqa: E402
import shapes_docs as SD  # noqa: E402
import shapes_tech as ST  # noqa: E402
import shapes_clean as SX  # noqa: E402

SEED = 50505
N_TOTAL = 1500
N_CLEAN = 180  # exactly 12 %
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'pii', 'eval-dev5.jsonl'))

PII_TEMPLATES = [
    (SC.t_support_chat, 10), (SC.t_chat_json, 7), (SC.t_llm_request_log, 5), (SC.t_tool_call, 8), (SC.t_tool_result, 6),
    (SC.t_prompt_context, 4), (SC.t_slack_export, 4), (SC.t_teams_chat, 3), (SC.t_whatsapp_export, 4), (SC.t_sms, 4),
    (SC.t_email_thread, 6),
    (SD.t_jira_comment, 3), (SD.t_github_issue, 3), (SD.t_crm_note, 3), (SD.t_zendesk_ticket, 4.5), (SD.t_insurance_claim, 3),
    (SD.t_telehealth_intake, 3.5), (SD.t_pharmacy_rx, 3), (SD.t_hr_onboarding, 3), (SD.t_rental_application, 3), (SD.t_kyc_note, 3),
    (SD.t_shipping, 4), (SD.t_booking_confirmation, 3), (SD.t_school_enrolment, 2), (SD.t_web_form_i18n, 8), (SD.t_invoice, 4.5),
    (SD.t_pdf_extract, 3), (SD.t_ocr_scan, 3), (SD.t_tax_form, 6),
    (ST.t_markdown_table, 2), (ST.t_csv_export, 3), (ST.t_sql_insert, 3), (ST.t_dotenv, 2), (ST.t_yaml_config, 2),
    (ST.t_k8s_secret, 1.5), (ST.t_docker_compose, 1.5), (ST.t_ini_config, 1.5), (ST.t_shell_history, 2), (ST.t_curl_command, 5),
    (ST.t_stack_trace, 3), (ST.t_app_log, 3), (ST.t_json_log, 3), (ST.t_http_log, 3), (ST.t_ics_invite, 5.5), (ST.t_python_repr, 3),
    (ST.t_sentry_event, 5), (ST.t_webhook_payload, 2.5), (ST.t_graphql, 2), (ST.t_har_capture, 4),
]

TARGET = {'PERSON': 0.30, 'ADDRESS': 0.11, 'PHONE': 0.11, 'DATE_OF_BIRTH': 0.105, 'PASSWORD': 0.11, 'HEALTH': 0.11,
          'EMAIL': 0.07, 'CREDIT_CARD': 0.025, 'IBAN': 0.025, 'US_SSN': 0.022, 'IP_ADDRESS': 0.025}
_s = sum(TARGET.values())
TARGET = {k: v / _s for k, v in TARGET.items()}


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for it, w in items:
        x -= w
        if x < 0:
            return it
    return items[-1][0]


def distance(counts, add):
    tot = sum(counts.values()) + sum(add.values())
    if tot == 0:
        return 0.0
    d = 0.0
    for k, t in TARGET.items():
        share = (counts.get(k, 0) + add.get(k, 0)) / tot
        d += (share - t) ** 2
    return d


def make(g, fn):
    shape, loc, parts = fn(g)
    text, ents, decs = render(parts)
    return shape, loc, text, ents, decs


def main(argv):
    verbose = '-v' in argv
    out = OUT
    if '--out' in argv:
        out = argv[argv.index('--out') + 1]
    rng = random.Random(SEED)
    g = Gen(rng)
    clean_ids = set(rng.sample(range(1, N_TOTAL + 1), N_CLEAN))
    counts = collections.Counter()
    recs = []
    tcount = collections.Counter()
    seen = set()
    for i in range(1, N_TOTAL + 1):
        if i in clean_ids:
            while True:
                fn = wchoice(rng, SX.CLEAN)
                shape, loc, text, ents, decs = make(g, fn)
                assert not ents, (fn.__name__, ents)
                if text not in seen:
                    break
        else:
            ncand = 3 if rng.random() < 0.7 else 1
            best = None
            for _ in range(ncand):
                fn = wchoice(rng, PII_TEMPLATES)
                cand = make(g, fn)
                if not cand[3] or cand[2] in seen:
                    continue
                add = collections.Counter(e['type'] for e in cand[3])
                d = distance(counts, add)
                if best is None or d < best[0]:
                    best = (d, fn, cand)
            while best is None:
                fn = wchoice(rng, PII_TEMPLATES)
                cand = make(g, fn)
                if cand[3] and cand[2] not in seen:
                    best = (0, fn, cand)
            _, fn, (shape, loc, text, ents, decs) = best
            counts.update(e['type'] for e in ents)
        seen.add(text)
        tcount[fn.__name__] += 1
        recs.append({'id': i, 'source': 'dev5/%s/%s' % (shape, loc), 'text': text, 'entities': ents, 'decoys': decs})
    validate(recs)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    report(recs, tcount if verbose else None)
    print('wrote %d lines to %s' % (len(recs), os.path.relpath(out)))


def validate(recs):
    n_clean = 0
    for r in recs:
        t = r['text']
        spans = sorted(r['entities'] + r['decoys'], key=lambda s: (s['start'], s['end']))
        for s in spans:
            assert t[s['start']:s['end']] == s['value'], (r['id'], s)
            assert s['value'] == s['value'].strip() and s['value'], (r['id'], s)
        for a, b in zip(spans, spans[1:]):
            assert a['end'] <= b['start'], (r['id'], a, b)
        for e in r['entities']:
            if e['type'] == 'CREDIT_CARD':
                digits = ''.join(ch for ch in e['value'] if ch.isdigit())
                assert len(digits) in (15, 16) and luhn_ok(digits), (r['id'], e)
            if e['type'] == 'IBAN':
                assert iban_ok(e['value']), (r['id'], e)
        for d in r['decoys']:
            if d['type'] == 'NUMERIC_ID':
                digits = ''.join(ch for ch in d['value'] if ch.isdigit())
                if len(digits) in (15, 16):
                    assert not luhn_ok(digits), (r['id'], d)
        if not r['entities']:
            n_clean += 1
    assert n_clean == N_CLEAN, n_clean
    assert len(recs) == N_TOTAL


def report(recs, tcount):
    ec = collections.Counter(e['type'] for r in recs for e in r['entities'])
    dc = collections.Counter(d['type'] for r in recs for d in r['decoys'])
    sc = collections.Counter(r['source'].split('/')[1] for r in recs)
    lc = collections.Counter(r['source'].split('/')[2] for r in recs)
    clean = sum(1 for r in recs if not r['entities'])
    tot = sum(ec.values())
    print('texts: %d  (PII-free: %d = %.1f%%)' % (len(recs), clean, 100.0 * clean / len(recs)))
    print('\nentities: %d' % tot)
    for k, v in ec.most_common():
        print('  %-14s %5d  %5.1f%%' % (k, v, 100.0 * v / tot))
    print('\ndecoys: %d' % sum(dc.values()))
    for k, v in dc.most_common():
        print('  %-14s %5d' % (k, v))
    print('\nshapes: %d' % len(sc))
    for k, v in sorted(sc.items(), key=lambda kv: (-kv[1], kv[0])):
        print('  %-22s %4d' % (k, v))
    print('\nlocales: %d' % len(lc))
    print('  ' + ', '.join('%s %d' % kv for kv in lc.most_common()))
    if tcount:
        print('\ntemplates:')
        for k, v in sorted(tcount.items(), key=lambda kv: (-kv[1], kv[0])):
            print('  %-28s %4d' % (k, v))


if __name__ == '__main__':
    main(sys.argv[1:])
