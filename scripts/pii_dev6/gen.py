#!/usr/bin/env python3
"""pii_dev6 — writes tests/fixtures/pii/eval-dev6.jsonl (1,500 labelled texts).

Run:  .venv/bin/python scripts/pii_dev6/gen.py [-v] [--out PATH]
Deterministic: one random.Random(SEED); every Faker instance is seeded from it.
"""
import argparse
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import render, validate, ENTITY_TYPES, DECOY_TYPES  # noqa: E402
from values import Ctx  # noqa: E402
import tpl_pw, tpl_dob, tpl_phone, tpl_person, tpl_mixed, tpl_clean  # noqa: E402

SEED = 60606
NUDGE = 0.35  # share of PII texts drawn as two candidates, keeping the one nearer TARGET
N_TOTAL = 1500
N_CLEAN = 225
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "pii", "eval-dev6.jsonl")

GROUPS = [("pw", tpl_pw.TEMPLATES, 0.40), ("dob", tpl_dob.TEMPLATES, 0.21), ("phone", tpl_phone.TEMPLATES, 0.15),
          ("person", tpl_person.TEMPLATES, 0.10), ("mixed", tpl_mixed.TEMPLATES, 0.14)]

# target share of entities (the greedy nudge pulls toward it)
TARGET = {"PERSON": 0.29, "PASSWORD": 0.21, "PHONE": 0.14, "DATE_OF_BIRTH": 0.12, "EMAIL": 0.08, "ADDRESS": 0.05,
          "HEALTH": 0.035, "IP_ADDRESS": 0.035, "IBAN": 0.015, "CREDIT_CARD": 0.015, "US_SSN": 0.01}


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for it, w in items:
        x -= w
        if x < 0:
            return it
    return items[-1][0]


def draw_pii(ctx):
    grp = wchoice(ctx.r, [((name, t), w) for name, t, w in GROUPS])
    fn = wchoice(ctx.r, grp[1])
    segs, shape, loc = fn(ctx)
    return fn.__name__, segs, shape, loc


def draw_clean(ctx):
    fn = wchoice(ctx.r, tpl_clean.TEMPLATES)
    segs, shape, loc = fn(ctx)
    return fn.__name__, segs, shape, loc


def distance(counts, add):
    tot = sum(counts.values()) + sum(add.values())
    if not tot:
        return 0.0
    return sum(abs((counts.get(k, 0) + add.get(k, 0)) / tot - v) for k, v in TARGET.items())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true", help="print per-template counts")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()

    rng = random.Random(SEED)
    ctx = Ctx(rng)
    clean_slots = set(rng.sample(range(N_TOTAL), N_CLEAN))
    ent_counts = collections.Counter()
    seen = set()
    recs = []
    tmpl_counts = collections.Counter()
    for i in range(N_TOTAL):
        clean = i in clean_slots
        while True:
            if clean:
                name, segs, shape, loc = draw_clean(ctx)
                text, ents, decs = render(segs)
                if ents:
                    raise AssertionError(f"clean template {name} produced entities: {ents}")
            else:
                cands = []
                for _ in range(2 if rng.random() < NUDGE else 1):
                    name, segs, shape, loc = draw_pii(ctx)
                    text, ents, decs = render(segs)
                    if ents:
                        cands.append((distance(ent_counts, collections.Counter(e["type"] for e in ents)), name, shape, loc, text, ents, decs))
                if not cands:
                    continue
                cands.sort(key=lambda x: x[0])
                _, name, shape, loc, text, ents, decs = cands[0]
            if text in seen:
                continue
            break
        seen.add(text)
        rec = {"id": i + 1, "source": f"dev6/{shape.replace('/', '.')}/{loc}", "text": text, "entities": ents, "decoys": decs}
        validate(rec)
        recs.append(rec)
        ent_counts.update(e["type"] for e in ents)
        tmpl_counts[name] += 1

    assert len(recs) == N_TOTAL
    assert sum(1 for r in recs if not r["entities"]) == N_CLEAN
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dec_counts = collections.Counter(d["type"] for r in recs for d in r["decoys"])
    n_ent = sum(ent_counts.values())
    print(f"wrote {len(recs)} texts to {os.path.relpath(args.out)}")
    print(f"PII-free texts: {sum(1 for r in recs if not r['entities'])}")
    print(f"entities: {n_ent}")
    for k in ENTITY_TYPES:
        print(f"  {k:14s} {ent_counts[k]:5d}  {100 * ent_counts[k] / n_ent:5.1f}%")
    emph = sum(ent_counts[k] for k in ("PASSWORD", "DATE_OF_BIRTH", "PHONE", "PERSON"))
    print(f"  emphasis (PASSWORD+DOB+PHONE+PERSON): {100 * emph / n_ent:.1f}%")
    print(f"decoys: {sum(dec_counts.values())}")
    for k in DECOY_TYPES:
        print(f"  {k:14s} {dec_counts[k]:5d}")
    shapes = collections.Counter(r["source"].split("/")[1].split(".")[0] for r in recs)
    locs = collections.Counter(r["source"].split("/")[-1] for r in recs)
    print(f"shapes: {len(shapes)}  locales: {len(locs)}")
    if args.v:
        print("\nper template:")
        for k, v in sorted(tmpl_counts.items(), key=lambda x: -x[1]):
            print(f"  {k:22s} {v}")
        print("\nper shape:")
        for k, v in sorted(shapes.items(), key=lambda x: -x[1]):
            print(f"  {k:26s} {v}")
        print("\nper locale:", dict(sorted(locs.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
