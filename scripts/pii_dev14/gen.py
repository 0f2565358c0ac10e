#!/usr/bin/env python3
"""dev14: labelled PII development set (see README.md).

python3 scripts/pii_dev14/gen.py --out tests/fixtures/pii/eval-dev14.jsonl [--seed N] [--n 1500]
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import free  # noqa: E402
import lang as LG  # noqa: E402
import shapes_conv  # noqa: E402
import shapes_data  # noqa: E402
import shapes_doc  # noqa: E402
from base import Ctx  # noqa: E402
from locales import L  # noqa: E402
from rich import render  # noqa: E402

DEFAULT_SEED = 20250714
FREE_SHARE = 0.25
MAX_BYTES = 3072
MIN_BYTES = 50

LOC_W = {"en-US": 8, "en-GB": 5, "en-IN": 4, "en-AU": 3, "en-NG": 3, "en-ZA": 3}
for _l in L:
    LOC_W.setdefault(_l, 1.6)
for _l in ("es-ES", "de-DE", "fr-FR", "pt-BR", "it-IT"):
    LOC_W[_l] = 2.6

PII_SHAPES = {}
for mod in (shapes_conv, shapes_data, shapes_doc):
    PII_SHAPES.update(mod.SHAPES)
FREE_SHAPES = dict(free.SHAPES)


def compatible(loc, allowed):
    if allowed is None:
        return True
    if allowed == "iban":
        return bool(L[loc].get("cc"))
    return loc.split("-")[0] in allowed or LG.lkey(loc) in allowed


def pick_weighted(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def pick_loc(rng, allowed):
    cands = [(l, w) for l, w in LOC_W.items() if compatible(l, allowed)]
    return pick_weighted(rng, cands)


def check_spans(text, ents, decs):
    spans = sorted(ents + decs, key=lambda s: (s["start"], s["end"]))
    prev_end = -1
    for s in spans:
        assert text[s["start"]:s["end"]] == s["value"], s
        assert s["start"] >= prev_end, ("overlap", s)
        v = s["value"]
        assert v and v == v.strip() and not v[0].isspace() and not v[-1].isspace(), ("ws", s)
        prev_end = s["end"]


def check_json(text, kind):
    if kind == "json":
        obj = json.loads(text)
        _check_nested(obj)
    elif kind == "jsonl":
        for line in text.split("\n"):
            _check_nested(json.loads(line))


def _check_nested(obj):
    """tool-call arguments are JSON inside a JSON string: they must parse too."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("arguments", "gen_ai.prompt") and isinstance(v, str):
                json.loads(v)
            else:
                _check_nested(v)
    elif isinstance(obj, list):
        for v in obj:
            _check_nested(v)


def make_one(seed, i, free_text, shape_pool):
    for attempt in range(40):
        rng = random.Random("%s/%d/%d" % (seed, i, attempt))
        name = pick_weighted(rng, [(k, v[2]) for k, v in shape_pool.items()])
        fn, allowed, _ = shape_pool[name]
        loc = pick_loc(rng, allowed)
        ctx = Ctx(rng, loc)
        r = fn(ctx)
        text, ents, decs = render(r)
        nb = len(text.encode("utf-8"))
        if nb > MAX_BYTES or nb < MIN_BYTES:
            continue
        if free_text and ents:
            raise AssertionError("entity in PII-free shape %s: %r" % (name, ents))
        if not free_text and not ents:
            continue
        check_spans(text, ents, decs)
        if ctx.json:
            check_json(text, ctx.json)
        return name, loc, text, ents, decs, ctx.json
    raise RuntimeError("could not build text %d" % i)


def build(seed, n):
    master = random.Random(seed)
    n_free = round(n * FREE_SHARE)
    flags = [True] * n_free + [False] * (n - n_free)
    master.shuffle(flags)
    out = []
    for i, is_free in enumerate(flags):
        pool = FREE_SHAPES if is_free else PII_SHAPES
        name, loc, text, ents, decs, js = make_one(seed, i, is_free, pool)
        out.append(({"id": "dev14-%05d" % (i + 1), "source": "dev14/%s/%s" % (name, loc), "text": text,
                     "entities": ents, "decoys": decs}, js))
    return out


def verify_file(path, json_kinds):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    for row, js in zip(rows, json_kinds):
        check_spans(row["text"], row["entities"], row["decoys"])
        if js:
            check_json(row["text"], js)
        shape = row["source"].split("/")[1]
        if shape in FREE_SHAPES:
            assert not row["entities"], row["id"]
        else:
            assert row["entities"], row["id"]
    return rows


def _is_json(t):
    try:
        json.loads(t)
        return True
    except ValueError:
        pass
    try:
        return all(isinstance(json.loads(x), (dict, list)) for x in t.split("\n"))
    except ValueError:
        return False


def report(rows):
    ent = collections.Counter(e["type"] for r in rows for e in r["entities"])
    dec = collections.Counter(d["type"] for r in rows for d in r["decoys"])
    shapes = collections.Counter(r["source"].split("/")[1] for r in rows)
    locs = collections.Counter(r["source"].split("/")[2] for r in rows)
    langs = collections.Counter(r["source"].split("/")[2].split("-")[0] for r in rows)
    free_n = sum(1 for r in rows if not r["entities"])
    tot = sum(ent.values())
    lens = sorted(len(r["text"].encode("utf-8")) for r in rows)
    print("texts: %d   PII-free: %d (%.1f%%)" % (len(rows), free_n, 100.0 * free_n / len(rows)))
    print("bytes: min %d, median %d, max %d; %d texts >= 1 KB" % (lens[0], lens[len(lens) // 2], lens[-1],
                                                                  sum(1 for x in lens if x >= 1024)))
    print("JSON-shaped texts (all parse): %d" % sum(1 for r in rows if _is_json(r["text"])))
    print("entities: %d" % tot)
    for k, v in ent.most_common():
        print("  %-14s %5d  %5.1f%%" % (k, v, 100.0 * v / tot))
    print("decoys: %d" % sum(dec.values()))
    for k, v in dec.most_common():
        print("  %-14s %5d" % (k, v))
    print("shapes (%d): %s" % (len(shapes), ", ".join("%s %d" % kv for kv in sorted(shapes.items()))))
    print("locales (%d): %s" % (len(locs), ", ".join("%s %d" % kv for kv in sorted(locs.items()))))
    print("languages (%d)" % len(langs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--n", type=int, default=1500)
    a = ap.parse_args()
    rows = build(a.seed, a.n)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for row, _ in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    back = verify_file(a.out, [js for _, js in rows])
    report(back)


if __name__ == "__main__":
    main()
