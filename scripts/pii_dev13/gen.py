#!/usr/bin/env python3
"""dev13 generator: python3 scripts/pii_dev13/gen.py --out tests/fixtures/pii/eval-dev13.jsonl"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates_en  # noqa: F401  (fills LANG['en'])
from content import Ctx
from free import FREE
from locales import LOC
from rich import render
from shapes import SHAPES, VOICE_LANGS, EN_ONLY

N = 1500
N_FREE = 345
SEED = 20250613

WEIGHTS = {
    'en-US': 200, 'en-GB': 80, 'en-IN': 58, 'en-AU': 34, 'en-CA': 32, 'en-NG': 28, 'en-PH': 24, 'en-ZA': 20, 'en-IE': 16, 'en-SG': 16,
    'es-ES': 36, 'es-MX': 34, 'es-AR': 15, 'es-CO': 15, 'pt-BR': 55, 'pt-PT': 20, 'fr-FR': 50, 'fr-CA': 12, 'fr-BE': 8,
    'de-DE': 45, 'de-AT': 10, 'de-CH': 10, 'it-IT': 40, 'nl-NL': 25, 'nl-BE': 6, 'pl-PL': 30, 'tr-TR': 30, 'ru-RU': 40, 'uk-UA': 20,
    'ar-SA': 20, 'ar-EG': 20, 'he-IL': 18, 'fa-IR': 15, 'hi-IN': 40, 'bn-BD': 20, 'ja-JP': 50, 'ko-KR': 35, 'zh-CN': 40, 'zh-TW': 12,
    'vi-VN': 25, 'th-TH': 20, 'id-ID': 30, 'tl-PH': 15, 'sw-KE': 15, 'el-GR': 15, 'cs-CZ': 15, 'ro-RO': 15, 'hu-HU': 15, 'sv-SE': 15,
    'fi-FI': 13, 'da-DK': 10, 'nb-NO': 10,
}
FREE_EN_ONLY = {'recipe', 'sports', 'science', 'finance', 'headings'}
JSONISH = set()


def pick_shape(rng, lc, free):
    lang = LOC[lc]['lang']
    table = FREE if free else SHAPES
    names = []
    ws = []
    for name, (fn, w) in table.items():
        if free and name in FREE_EN_ONLY and lang != 'en':
            continue
        if not free and name == 'voice' and lang not in VOICE_LANGS:
            continue
        if not free and name in EN_ONLY and lang != 'en':
            continue
        names.append(name)
        ws.append(w)
    return rng.choices(names, ws)[0]


def verify(rec, is_json):
    text = rec['text']
    spans = sorted(rec['entities'] + rec['decoys'], key=lambda s: (s['start'], s['end']))
    for s in spans:
        assert 0 <= s['start'] < s['end'] <= len(text), s
        assert text[s['start']:s['end']] == s['value'], (rec['id'], s)
        assert s['value'] == s['value'].strip() or '\n' in s['value'], (rec['id'], s)
    for a, b in zip(spans, spans[1:]):
        assert a['end'] <= b['start'], ('overlap', rec['id'], a, b)
    if is_json:
        json.loads(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='tests/fixtures/pii/eval-dev13.jsonl')
    ap.add_argument('--seed', type=int, default=SEED)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    free_idx = set(rng.sample(range(N), N_FREE))
    locs = list(WEIGHTS)
    lw = [WEIGHTS[k] for k in locs]
    out = []
    for i in range(N):
        free = i in free_idx
        for attempt in range(40):
            lc = rng.choices(locs, lw)[0]
            shape = pick_shape(rng, lc, free)
            ctx = Ctx(rng, lc)
            fn = (FREE if free else SHAPES)[shape][0]
            t, is_json = fn(rng, lc, ctx)
            text, ents, decs = render(t)
            if free and ents:
                raise AssertionError('entity in free text %s %s' % (shape, ents))
            if not free and not ents:
                continue
            if not free and len(ents) > 24:
                continue
            if len(text) > 4000:
                continue
            break
        else:
            raise RuntimeError('could not generate item %d' % i)
        rec = {'id': 'dev13-%04d' % i, 'source': 'dev13/%s/%s' % (shape, lc), 'text': text, 'entities': ents, 'decoys': decs}
        verify(rec, is_json)
        if is_json:
            JSONISH.add(rec['id'])
        out.append(rec)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    # read back and check again
    back = [json.loads(l) for l in open(args.out, encoding='utf-8')]
    assert len(back) == N
    for rec in back:
        verify(rec, rec['id'] in JSONISH)
    report(back)


def report(recs):
    ent = collections.Counter(s['type'] for r in recs for s in r['entities'])
    dec = collections.Counter(s['type'] for r in recs for s in r['decoys'])
    loc = collections.Counter(r['source'].split('/')[2] for r in recs)
    lang = collections.Counter(LOC[r['source'].split('/')[2]]['lang'] for r in recs)
    shp = collections.Counter(r['source'].split('/')[1] for r in recs)
    free = sum(1 for r in recs if not r['entities'])
    print('texts: %d, PII-free: %d (%.1f%%), JSON-shaped (parsed): %d' % (len(recs), free, 100.0 * free / len(recs), len(JSONISH)))
    tot = sum(ent.values())
    print('entities: %d' % tot)
    for k, v in ent.most_common():
        print('  %-14s %5d  %5.1f%%' % (k, v, 100.0 * v / tot))
    print('decoys: %d  %s' % (sum(dec.values()), ', '.join('%s %d' % kv for kv in dec.most_common())))
    print('languages (%d): %s' % (len(lang), ', '.join('%s %d' % kv for kv in lang.most_common())))
    print('locales (%d): %s' % (len(loc), ', '.join('%s %d' % kv for kv in loc.most_common())))
    print('shapes (%d): %s' % (len(shp), ', '.join('%s %d' % kv for kv in shp.most_common())))
    lens = sorted(len(r['text']) for r in recs)
    per = collections.Counter(min(len(r['entities']), 10) for r in recs if r['entities'])
    print('length: median %d, max %d, >=1000 chars: %d' % (lens[len(lens) // 2], lens[-1], sum(1 for x in lens if x >= 1000)))
    print('entities per PII text: %s' % ', '.join('%s%s:%d' % (k, '+' if k == 10 else '', v) for k, v in sorted(per.items())))


if __name__ == '__main__':
    main()
