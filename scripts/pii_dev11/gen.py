#!/usr/bin/env python3
"""pii_dev11: an independent labelled PII development corpus (see README.md).

python3 scripts/pii_dev11/gen.py [-o OUT] [-v] [-s N]
Writes tests/fixtures/pii/eval-dev11.jsonl: 1,500 texts, deterministic (random.Random(SEED))."""
import argparse
import collections
import json
import os
import random
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import check  # noqa: E402
from free import FREE  # noqa: E402
from kit import LOCALES, Ctx  # noqa: E402
from shapes import NO_WRAP, SHAPES, wrap  # noqa: E402

SEED = 111111
N_TOTAL = 1500
N_FREE = 225
MIN_LEN, MAX_LEN = 60, 2200
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'pii', 'eval-dev11.jsonl'))

# steering targets; slightly past the wanted mix (PERSON ~35 %, PASSWORD and DATE_OF_BIRTH ~15 %) because
# names come with almost every shape
TARGET = {'PERSON': 0.28, 'PASSWORD': 0.19, 'DATE_OF_BIRTH': 0.18, 'PHONE': 0.10, 'ADDRESS': 0.04, 'EMAIL': 0.03, 'HEALTH': 0.04,
          'IBAN': 0.03, 'CREDIT_CARD': 0.03, 'US_SSN': 0.03, 'IP_ADDRESS': 0.03}
BASE_WANT = 0.33
WRAP_P = 0.3  # share of PII shapes sent on inside an LLM request body, tool result or log line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-o', '--out', default=OUT)
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('-s', '--samples', type=int, default=0)
    args = ap.parse_args()

    r = random.Random(SEED)
    counts = collections.Counter()

    def share(t):
        n = sum(counts.values())
        return (counts[t] + TARGET[t] * 40) / (n + 40)

    def want_fn(t):
        if t not in TARGET:
            return BASE_WANT
        return BASE_WANT * (TARGET[t] / share(t)) ** 2

    def choose_primary():
        ts = list(TARGET)
        ws = [TARGET[t] * (TARGET[t] / share(t)) ** 4 for t in ts]
        ws[ts.index('PERSON')] *= 0.25  # names come with almost every text anyway
        return r.choices(ts, ws)[0]

    loc_codes = list(LOCALES)
    loc_w = [LOCALES[k][3] for k in loc_codes]

    def pick_locale(langs):
        if langs is None:
            return r.choices(loc_codes, loc_w)[0]
        if langs == 'en':
            cand = [k for k in loc_codes if LOCALES[k][0] == 'en']
        else:
            cand = [k for k in loc_codes if k in langs or LOCALES[k][0] in langs]
        return r.choices(cand, [LOCALES[k][3] for k in cand])[0]

    free_idx = set(r.sample(range(N_TOTAL), N_FREE))
    recs, seen = [], set()
    reasons = collections.Counter()
    redraws = 0
    for i in range(N_TOTAL):
        is_free = i in free_idx
        for attempt in range(500):
            if is_free:
                name, fn, _, langs = r.choices(FREE, [f[2] for f in FREE])[0]
                loc = pick_locale(langs)
                ctx = Ctx(r, loc, None, want_fn, name)
            else:
                primary = choose_primary()
                cand = [s for s in SHAPES if primary in s[3]]
                name, fn, _, _, langs = r.choices(cand, [s[2] for s in cand])[0]
                loc = 'en_US' if primary == 'US_SSN' else pick_locale(langs)
                ctx = Ctx(r, loc, primary, want_fn, name)
            doc = fn(ctx)
            if not is_free and name not in NO_WRAP and r.random() < WRAP_P:
                how, doc = wrap(ctx, doc)
                name = name + '+' + how
            text, ents, decs = doc.render()
            errs = check(text, ents, decs, is_free)
            if not (MIN_LEN <= len(text) <= MAX_LEN):
                errs.append('length %d' % len(text))
            if text in seen:
                errs.append('duplicate')
            if errs:
                redraws += 1
                reasons[(name, errs[0].split(' ')[0] + ' ' + errs[0].split(' ')[1] if ' ' in errs[0] else errs[0])] += 1
                if args.verbose and reasons[(name, errs[0][:30])] < 3:
                    print('redraw %s/%s: %s' % (name, loc, errs[0]), file=sys.stderr)
                continue
            break
        else:
            raise SystemExit('could not draw record %d' % i)
        seen.add(text)
        for e in ents:
            counts[e['type']] += 1
        recs.append({'id': i + 1, 'source': 'dev11/%s/%s' % (name, loc), 'text': text,
                     'entities': sorted(ents, key=lambda e: e['start']), 'decoys': sorted(decs, key=lambda e: e['start']),
                     '_variant': ctx.variant})

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as fh:
        for rec in recs:
            out = {k: v for k, v in rec.items() if not k.startswith('_')}
            fh.write(json.dumps(out, ensure_ascii=False) + '\n')

    # read back and check again
    back = [json.loads(line) for line in open(args.out, encoding='utf-8')]
    assert len(back) == N_TOTAL, len(back)
    texts = set()
    nfree = 0
    for rec in back:
        free = not rec['entities']
        src_free = rec['source'].split('/')[1] in {f[0] for f in FREE}
        assert free == src_free, rec['id']
        nfree += free
        errs = check(rec['text'], rec['entities'], rec['decoys'], free)
        assert not errs, (rec['id'], errs)
        assert MIN_LEN <= len(rec['text']) <= MAX_LEN
        assert rec['text'] not in texts
        texts.add(rec['text'])
    assert nfree == N_FREE, nfree

    ent = collections.Counter(e['type'] for rec in back for e in rec['entities'])
    dec = collections.Counter(d['type'] for rec in back for d in rec['decoys'])
    tot = sum(ent.values())
    lens = [len(rec['text']) for rec in back]
    langs = collections.Counter(LOCALES[rec['source'].split('/')[2]][0] for rec in back)
    locs = collections.Counter(rec['source'].split('/')[2] for rec in back)
    shapes = collections.Counter(rec['source'].split('/')[1].split('+')[0] for rec in back)
    wraps = collections.Counter(rec['source'].split('/')[1].split('+')[1] for rec in back if '+' in rec['source'])
    print('wrote %s: %d texts, %d PII-free, %d redraws' % (args.out, len(back), nfree, redraws))
    print('entities %d: %s' % (tot, ', '.join('%s %d (%.1f %%)' % (t, n, 100.0 * n / tot) for t, n in ent.most_common())))
    print('decoys %d: %s; texts with decoys %d' % (sum(dec.values()), ', '.join('%s %d' % kv for kv in dec.most_common()),
                                                   sum(1 for rec in back if rec['decoys'])))
    print('length: min %d, median %d, max %d' % (min(lens), statistics.median(lens), max(lens)))
    print('languages %d: %s' % (len(langs), ', '.join('%s %d' % kv for kv in langs.most_common())))
    print('locales %d: %s' % (len(locs), ', '.join('%s %d' % kv for kv in locs.most_common())))
    print('shapes %d: %s' % (len(shapes), ', '.join('%s %d' % kv for kv in shapes.most_common())))
    print('wrapped %d: %s' % (sum(wraps.values()), ', '.join('%s %d' % kv for kv in wraps.most_common())))
    variants = collections.Counter('%s:%s' % (rec['source'].split('/')[1], rec['_variant']) for rec in recs)
    nscript = sum(1 for rec in back for e in rec['entities'] if e['type'] == 'PERSON' and any(ord(ch) > 0x24F for ch in e['value']))
    print('PERSON spans in non-Latin scripts: %d' % nscript)
    print('templates (shape:variant) %d' % len(variants))
    if args.verbose:
        print('redraw reasons:', file=sys.stderr)
        for k, n in reasons.most_common(25):
            print('  %5d %s' % (n, k), file=sys.stderr)
    if args.samples:
        for rec in random.Random(1).sample(back, args.samples):
            print(json.dumps(rec, ensure_ascii=False, indent=1))


if __name__ == '__main__':
    main()
