#!/usr/bin/env python3
"""dev15 generator: labelled PII development texts (standard library only).

    python3 scripts/pii_dev15/gen.py --out tests/fixtures/pii/eval-dev15.jsonl
"""
import argparse
import collections
import json
import os
import random
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import base as B  # noqa: E402
import free  # noqa: E402,F401
import shapes_ai  # noqa: E402,F401
import shapes_conv  # noqa: E402,F401
import shapes_data  # noqa: E402,F401
import shapes_doc  # noqa: E402,F401
import shapes_more  # noqa: E402,F401
from locales import LOCALES  # noqa: E402
from registry import SHAPES  # noqa: E402
from rich import render  # noqa: E402

SEED = 20250815
FREE_SHARE = 0.26

ENTITY_TYPES = {"PERSON", "DATE_OF_BIRTH", "ADDRESS", "PHONE", "PASSWORD", "HEALTH", "EMAIL", "IBAN", "CREDIT_CARD",
                "US_SSN", "IP_ADDRESS"}
DECOY_TYPES = {"PROPER_NOUN", "DATE", "NUMERIC_ID", "ORDER_ID", "PRICE", "VERSION", "HEX_HASH", "CODE_IDENT", "OPS_TERM"}

# relative weight of each locale when a shape can be written in it
LOCALE_W = {"en-US": 4.4, "en-GB": 2.6, "en-IN": 2.1, "en-AU": 1.3, "en-NG": 1.7, "en-GH": 1.5}
DEFAULT_W = 1.7


def loc_weight(loc):
    return LOCALE_W.get(loc, DEFAULT_W)


def candidate_locales(sh):
    if sh["locs"]:
        return [l for l in LOCALES if l in sh["locs"]]
    langs = sh["langs"]
    if langs is None:
        if sh["free"]:
            langs = {"en"}
        else:
            return list(LOCALES)
    return [l for l in LOCALES if LOCALES[l]["lang"] in langs]


def wchoice(rng, items, weights):
    tot = sum(weights)
    x = rng.random() * tot
    for it, w in zip(items, weights):
        x -= w
        if x <= 0:
            return it
    return items[-1]


# ------------------------------------------------------------------ checks
def _walk_nested(obj, keys, errs, depth=0):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in keys and isinstance(v, str):
                vs = v.lstrip()
                if k == "arguments" or vs.startswith(("{", "[")):
                    try:
                        inner = json.loads(v)
                    except ValueError as e:
                        errs.append("nested JSON under %r does not parse: %s" % (k, e))
                        continue
                    _walk_nested(inner, keys, errs, depth + 1)
            else:
                _walk_nested(v, keys, errs, depth)
    elif isinstance(obj, list):
        for v in obj:
            _walk_nested(v, keys, errs, depth)


def check_record(rec, is_json, nested):
    errs = []
    t = rec["text"]
    if not t or not t.strip():
        errs.append("empty text")
    spans = [(s, "E") for s in rec["entities"]] + [(s, "D") for s in rec["decoys"]]
    for s, kind in spans:
        typ = s["type"]
        if kind == "E" and typ not in ENTITY_TYPES:
            errs.append("bad entity type %s" % typ)
        if kind == "D" and typ not in DECOY_TYPES:
            errs.append("bad decoy type %s" % typ)
        if not (0 <= s["start"] < s["end"] <= len(t)):
            errs.append("bad offsets %r" % s)
            continue
        if t[s["start"]:s["end"]] != s["value"]:
            errs.append("value mismatch %r" % s)
        v = s["value"]
        if v != v.strip():
            errs.append("span has edge whitespace %r" % s)
    ss = sorted((s["start"], s["end"]) for s, _ in spans)
    for (a1, b1), (a2, b2) in zip(ss, ss[1:]):
        if a2 < b1:
            errs.append("overlap %r %r" % ((a1, b1), (a2, b2)))
    if is_json:
        try:
            obj = json.loads(t)
        except ValueError as e:
            errs.append("JSON does not parse: %s" % e)
        else:
            _walk_nested(obj, set(nested), errs)
    if rec["pii_free"] and rec["entities"]:
        errs.append("PII-free text has entities")
    if not rec["pii_free"] and not rec["entities"]:
        errs.append("text has no entity")
    return errs


# ------------------------------------------------------------------ build
def build(n, seed):
    rng = random.Random(seed)
    n_free = round(n * FREE_SHARE)
    plan = [True] * n_free + [False] * (n - n_free)
    rng.shuffle(plan)
    free_shapes = [k for k, v in SHAPES.items() if v["free"]]
    pii_shapes = [k for k, v in SHAPES.items() if not v["free"]]
    records = []
    for i, is_free in enumerate(plan):
        pool = free_shapes if is_free else pii_shapes
        for attempt in range(20):
            r = random.Random("%d/%d/%d" % (seed, i, attempt))
            name = wchoice(r, pool, [SHAPES[k]["w"] for k in pool])
            sh = SHAPES[name]
            locs = candidate_locales(sh)
            loc = wchoice(r, locs, [loc_weight(l) for l in locs])
            ctx = B.Ctx(r, loc)
            out = sh["fn"](ctx)
            text, ents, decs = render(out)
            rec = {"id": "dev15-%05d" % (i + 1), "source": "dev15/%s/%s" % (name, loc), "text": text,
                   "entities": ents, "decoys": decs, "pii_free": is_free}
            errs = check_record(rec, sh["json"], sh["nested"])
            if not errs:
                rec["_json"] = sh["json"]
                rec["_nested"] = sh["nested"]
                records.append(rec)
                break
            if not is_free and errs == ["text has no entity"]:
                continue
            raise SystemExit("record %d (%s/%s) failed: %s\n%s" % (i + 1, name, loc, errs, text))
        else:
            raise SystemExit("record %d: no valid text after 20 attempts" % (i + 1))
    return records


def dump(rec):
    return json.dumps({"id": rec["id"], "source": rec["source"], "text": rec["text"], "entities": rec["entities"],
                       "decoys": rec["decoys"]}, ensure_ascii=False)


def report(records):
    ent = collections.Counter(s["type"] for r in records for s in r["entities"])
    dec = collections.Counter(s["type"] for r in records for s in r["decoys"])
    shapes = collections.Counter(r["source"].split("/")[1] for r in records)
    locs = collections.Counter(r["source"].split("/")[2] for r in records)
    langs = collections.Counter(LOCALES[l]["lang"] for l in (r["source"].split("/")[2] for r in records))
    free_n = sum(1 for r in records if not r["entities"])
    tot = sum(ent.values())
    print("texts: %d   PII-free: %d (%.1f%%)   JSON-shaped: %d" % (
        len(records), free_n, 100.0 * free_n / len(records), sum(1 for r in records if r.get("_json"))))
    print("entities: %d" % tot)
    for k, v in ent.most_common():
        print("  %-14s %5d  %5.1f%%" % (k, v, 100.0 * v / tot))
    print("decoys: %d  %s" % (sum(dec.values()), ", ".join("%s %d" % kv for kv in dec.most_common())))
    print("shapes (%d): %s" % (len(shapes), ", ".join("%s %d" % kv for kv in sorted(shapes.items()))))
    print("locales (%d): %s" % (len(locs), ", ".join("%s %d" % kv for kv in sorted(locs.items()))))
    print("languages (%d); English texts: %d (%.1f%%)" % (len(langs), langs["en"], 100.0 * langs["en"] / len(records)))
    lens = [len(r["text"].encode("utf-8")) for r in records]
    print("bytes: min %d, median %d, max %d, >=1KB: %d" % (min(lens), statistics.median(lens), max(lens),
                                                            sum(1 for x in lens if x >= 1024)))
    per = [len(r["entities"]) for r in records if r["entities"]]
    print("entities per PII text: median %s, 1-6: %.0f%%, >=10: %.0f%%" % (
        statistics.median(per), 100.0 * sum(1 for x in per if 1 <= x <= 6) / len(per),
        100.0 * sum(1 for x in per if x >= 10) / len(per)))
    return ent, dec, shapes, locs


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    records = build(a.n, a.seed)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(dump(r) + "\n")
    # read back and check again
    meta = {r["id"]: r for r in records}
    n = 0
    with open(a.out, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            m = meta[rec["id"]]
            rec["pii_free"] = m["pii_free"]
            errs = check_record(rec, m["_json"], m["_nested"])
            if errs:
                raise SystemExit("read-back check failed for %s: %s" % (rec["id"], errs))
            n += 1
    assert n == len(records)
    if not a.quiet:
        report(records)
    print("wrote %d records to %s (all checks passed after read-back)" % (n, a.out))


if __name__ == "__main__":
    main()
