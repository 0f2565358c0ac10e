#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the dev12 PII evaluation set.

    python3 scripts/pii_dev12/gen.py --out tests/fixtures/pii/eval-dev12.jsonl

Deterministic (fixed seed).  Every span is checked (text[start:end] == value,
no overlaps) before anything is written; any failure aborts.
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fill  # noqa: E402
import free  # noqa: E402
from shapes_data import SHAPES_DATA  # noqa: E402
from shapes_text import SHAPES_TEXT  # noqa: E402
from spans import validate  # noqa: E402

SEED = 20250612
N_TOTAL = 1500
N_FREE = 345

LOCALE_W = {
    "en_US": 15, "en_GB": 6, "en_IN": 3.5, "en_AU": 2, "en_NG": 2.5, "en_ZA": 1.5, "en_IE": 1.5, "en_KE": 1.2, "en_PH": 1.2, "en_SG": 1, "en_CA": 1.2,
    "es_ES": 3, "es_MX": 2.5, "pt_PT": 1.5, "pt_BR": 2.5, "fr_FR": 3.5, "fr_BE": 1, "de_DE": 4, "de_AT": 1.2, "de_CH": 1.2, "it_IT": 2.5, "nl_NL": 2,
    "pl_PL": 2, "cs_CZ": 1.2, "sv_SE": 1.5, "nb_NO": 1.2, "da_DK": 1.2, "fi_FI": 1.2, "tr_TR": 2, "hu_HU": 0.6, "ru_RU": 2.5, "uk_UA": 1.5, "el_GR": 1.3,
    "ar_SA": 1.5, "ar_EG": 1, "he_IL": 1.3, "hi_IN": 1.5, "bn_BD": 1, "ta_IN": 0.8, "th_TH": 1.2, "zh_CN": 2.5, "ja_JP": 2.5, "ko_KR": 2, "vi_VN": 1.2,
    "id_ID": 1.3, "sw_KE": 1, "yo_NG": 0.8,
}
FREE_LOCALES = ["ko_KR", "ja_JP", "zh_CN", "ar_SA", "he_IL", "hi_IN", "th_TH", "ru_RU", "el_GR", "bn_BD", "ta_IN", "uk_UA", "tr_TR", "vi_VN", "id_ID", "sw_KE",
                "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL", "cs_CZ", "sv_SE", "fi_FI"]

FOCUS_W = {"person": 4, "dob": 40, "address": 25, "phone": 2, "email": 0.5, "password": 11, "health": 8.5, "iban": 10, "card": 17, "ssn": 19, "ip": 12, "mixed": 2}

FOCUS_W_PROSE = dict(FOCUS_W, person=17)
PROSE_SHAPES = {"chat", "prompt", "prose", "openai_request", "openai_response", "anthropic_request", "anthropic_response", "otlp_span", "sms", "ticket", "letter"}

SHAPES = {}
SHAPES.update(SHAPES_TEXT)
SHAPES.update(SHAPES_DATA)
EN_ONLY_SHAPES = {"transcript"}


def wchoice(rng, d):
    keys = list(d)
    return rng.choices(keys, weights=[d[k] for k in keys])[0]


def gen_pii(rng, idx):
    locale = wchoice(rng, LOCALE_W)
    shape_w = {k: w for k, (fn, w) in SHAPES.items() if not (k in EN_ONLY_SHAPES and not locale.startswith("en_"))}
    shape = wchoice(rng, shape_w)
    focus = wchoice(rng, FOCUS_W_PROSE if shape in PROSE_SHAPES else FOCUS_W)
    if focus == "ssn" and locale != "en_US":
        if rng.random() < .8:
            locale = "en_US"
        else:
            focus = "mixed"
    ctx = fill.Ctx(rng, locale)
    doc = SHAPES[shape][0](ctx, focus)
    return shape, locale, doc


def gen_free(rng, idx):
    g, w, name = rng.choices(free.FREE_GENS, weights=[x[1] for x in free.FREE_GENS])[0]
    if name in free.FREE_NEEDS_EN:
        locale = rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_AU"])
    elif name == "trivia":
        locale = rng.choice(["en_US", "en_GB", "en_US"] + FREE_LOCALES)
    else:
        locale = rng.choice(FREE_LOCALES)
    ctx = fill.Ctx(rng, locale)
    doc = g(ctx)
    shape, doc = free.wrap(ctx, name, doc)
    return shape, locale, doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    kinds = ["free"] * N_FREE + ["pii"] * (N_TOTAL - N_FREE)
    rng.shuffle(kinds)
    recs = []
    seen = set()
    for i, kind in enumerate(kinds):
        for attempt in range(50):
            shape, locale, doc = (gen_free if kind == "free" else gen_pii)(rng, i)
            if doc.parts and doc.parts[-1][1] is None:
                doc.parts[-1] = (doc.parts[-1][0].rstrip(), None, None)
            if doc.parts and doc.parts[0][1] is None:
                doc.parts[0] = (doc.parts[0][0].lstrip(), None, None)
            text, ents, decs = doc.render()
            if text in seen:
                continue
            if kind == "free" and ents:
                raise AssertionError("entity in PII-free text: %r" % text)
            if kind == "pii" and not ents:
                continue
            break
        else:
            raise RuntimeError("could not generate a unique text for slot %d" % i)
        seen.add(text)
        rec = {"id": i + 1, "source": "dev12/%s/%s" % (shape, locale), "text": text, "entities": ents, "decoys": decs}
        validate(rec)
        if shape in ("openai_request", "openai_response", "anthropic_request", "anthropic_response", "tool_call", "hr_record", "crm_json", "slack_export"):
            json.loads(text)
        recs.append(rec)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    with open(args.out, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == N_TOTAL
    for rec in back:
        validate(rec)
    report(back)


def report(recs):
    ent = collections.Counter(e["type"] for r in recs for e in r["entities"])
    dec = collections.Counter(e["type"] for r in recs for e in r["decoys"])
    shapes = collections.Counter(r["source"].split("/")[1] for r in recs)
    locs = collections.Counter(r["source"].split("/")[2] for r in recs)
    n_free = sum(1 for r in recs if not r["entities"])
    tot = sum(ent.values())
    print("texts: %d  (PII-free: %d)" % (len(recs), n_free))
    print("entities: %d" % tot)
    for k, v in ent.most_common():
        print("  %-14s %5d  %5.1f%%" % (k, v, 100.0 * v / tot))
    print("decoys: %d" % sum(dec.values()))
    for k, v in dec.most_common():
        print("  %-14s %5d" % (k, v))
    print("shapes (%d):" % len(shapes))
    print("  " + ", ".join("%s=%d" % kv for kv in sorted(shapes.items())))
    print("locales (%d):" % len(locs))
    print("  " + ", ".join("%s=%d" % kv for kv in sorted(locs.items())))


if __name__ == "__main__":
    main()
