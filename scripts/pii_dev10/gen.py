#!/usr/bin/env python3
"""Writes tests/fixtures/pii/eval-dev10.jsonl: AI-application traffic with labelled PII and decoys.

python3 scripts/pii_dev10/gen.py [-o PATH] [-v] [-s N]
"""
import argparse
import collections
import json
import os
import random
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import free  # noqa: E402
import shapes  # noqa: E402
from core import check, render  # noqa: E402
from kit import Ctx, wchoice  # noqa: E402
from phrases import LANG_NAME, LOCALES  # noqa: E402

N_TOTAL = 1500
N_FREE = 180
SEED = 101010
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "pii", "eval-dev10.jsonl")


def draw(r, pii_free, seen, reasons):
    for _ in range(200):
        loc = wchoice(r, {k: v[0] for k, v in LOCALES.items()})
        c = Ctx(r, loc)
        if pii_free:
            shape = wchoice(r, free.FREE_W)
            parts, variant = free.FUNCS[shape](c)
        else:
            w = {k: v for k, v in shapes.SHAPES_PII.items() if c.lang == "en" or k not in shapes.EN_ONLY}
            shape = wchoice(r, w)
            parts, variant = shapes.FUNCS[shape](c)
        text, ents, decs = render(parts)
        rec = {"id": 0, "source": "dev10/%s/%s" % (shape, loc), "text": text, "entities": ents, "decoys": decs}
        errs = check(rec, pii_free)
        if not (60 <= len(text) <= 2500):
            errs.append("length %d" % len(text))
        if text in seen:
            errs.append("duplicate")
        if errs:
            reasons[shape + ": " + errs[0].split(" ")[0]] += 1
            continue
        seen.add(text)
        return rec, "%s:%s" % (shape, variant)
    raise RuntimeError("could not draw a record")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", default=OUT)
    ap.add_argument("-v", action="store_true", help="print redraw reasons")
    ap.add_argument("-s", type=int, default=0, help="print N sample records")
    a = ap.parse_args()
    r = random.Random(SEED)
    flags = [True] * N_FREE + [False] * (N_TOTAL - N_FREE)
    r.shuffle(flags)
    seen = set()
    reasons = collections.Counter()
    recs, tids = [], []
    for i, f in enumerate(flags):
        rec, tid = draw(r, f, seen, reasons)
        rec["id"] = i + 1
        recs.append(rec)
        tids.append(tid)
    os.makedirs(os.path.dirname(os.path.abspath(a.o)), exist_ok=True)
    with open(a.o, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # read back and check again
    with open(a.o, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    assert len(back) == N_TOTAL
    free_ids = {rec["id"] for rec, f in zip(recs, flags) if f}
    for b in back:
        errs = check(b, b["id"] in free_ids)
        assert not errs, (b["id"], errs)
    assert len({b["text"] for b in back}) == N_TOTAL
    stats(back, tids, free_ids, reasons, a)


def stats(recs, tids, free_ids, reasons, a):
    ent = collections.Counter()
    dec = collections.Counter()
    shp = collections.Counter()
    lang = collections.Counter()
    loc = collections.Counter()
    lens = []
    pii_bytes = pii_ents = 0
    for b in recs:
        ent.update(e["type"] for e in b["entities"])
        dec.update(d["type"] for d in b["decoys"])
        _, s, l = b["source"].split("/")
        shp[s] += 1
        loc[l] += 1
        lang[LANG_NAME[l.split("_")[0]]] += 1
        lens.append(len(b["text"]))
        if b["entities"]:
            pii_bytes += len(b["text"].encode("utf-8"))
            pii_ents += len(b["entities"])
    ne = sum(ent.values())
    print("records %d (PII-free %d); texts %d..%d chars, median %d" % (len(recs), len(free_ids), min(lens), max(lens),
                                                                        statistics.median(lens)))
    print("entities %d:" % ne, ", ".join("%s %d (%.1f%%)" % (k, v, 100.0 * v / ne) for k, v in ent.most_common()))
    print("decoys %d:" % sum(dec.values()), ", ".join("%s %d" % kv for kv in dec.most_common()))
    print("records with decoys: %d" % sum(1 for b in recs if b["decoys"]))
    print("bytes per entity in PII texts: %.0f" % (pii_bytes / max(1, pii_ents)))
    print("shapes %d:" % len(shp), ", ".join("%s %d" % kv for kv in shp.most_common()))
    print("templates (shape:variant): %d distinct" % len(set(tids)))
    print("languages %d:" % len(lang), ", ".join("%s %d" % kv for kv in lang.most_common()))
    print("locales %d:" % len(loc), ", ".join("%s %d" % kv for kv in loc.most_common()))
    if a.v:
        print("redraws:", dict(reasons.most_common()))
    for b in recs[:a.s]:
        print(json.dumps(b, ensure_ascii=False)[:700])


if __name__ == "__main__":
    main()
