#!/usr/bin/env python3
"""Generate tests/fixtures/pii/eval-dev8.jsonl (see README.md)."""
import argparse
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import render, validate  # noqa: E402
import values  # noqa: E402
import cat_password  # noqa: E402
import cat_dob  # noqa: E402
import cat_phone  # noqa: E402
import cat_person  # noqa: E402
import cat_free  # noqa: E402

SEED = 80808
MIX = [("password", cat_password.GENS, 300), ("dob", cat_dob.GENS, 300), ("phone", cat_phone.GENS, 300),
       ("person", cat_person.GENS, 300), ("piifree", cat_free.GENS, 300)]
DEFAULT_OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "pii", "eval-dev8.jsonl")


def quotas(gens, total):
    w = sum(x[1] for x in gens)
    q = [int(total * g[1] / w) for g in gens]
    i = 0
    while sum(q) < total:
        q[i % len(q)] += 1
        i += 1
    return q


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--out", default=DEFAULT_OUT)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    rng = random.Random(SEED)
    ctx = values.Ctx(rng)
    seen = set()
    recs = []
    retries = collections.Counter()
    reasons = collections.Counter()
    for cat, gens, total in MIX:
        for (fn, _w), n in zip(gens, quotas(gens, total)):
            for _ in range(n):
                for attempt in range(200):
                    segs, shape, loc = fn(ctx)
                    text, ents, decs = render(segs)
                    rec = {"source": f"dev8/{shape}/{loc}", "text": text, "entities": ents, "decoys": decs}
                    probs = validate(rec, cat == "piifree")
                    if cat != "piifree" and not ents:
                        probs.append("no entities")
                    if text in seen:
                        probs.append("duplicate")
                    if not probs:
                        break
                    retries[fn.__name__] += 1
                    reasons[probs[0].split(" ")[0] + " " + (probs[0].split(" ")[1] if len(probs[0].split(" ")) > 1 else "")] += 1
                    if args.verbose and retries[fn.__name__] <= 3:
                        print(f"  retry {cat}/{fn.__name__}: {probs[:2]}", file=sys.stderr)
                else:
                    raise SystemExit(f"could not build a valid record with {fn.__name__}: {probs}")
                seen.add(text)
                rec["_cat"] = cat
                recs.append(rec)
    rng.shuffle(recs)
    out_recs = []
    for i, r in enumerate(recs, 1):
        out_recs.append({"id": i, "source": r["source"], "text": r["text"], "entities": r["entities"],
                         "decoys": r["decoys"]})
    out = os.path.normpath(args.out)
    with open(out, "w", encoding="utf-8") as f:
        for r in out_recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # read back and check again
    cats = {i + 1: r["_cat"] for i, r in enumerate(recs)}
    back = [json.loads(line) for line in open(out, encoding="utf-8")]
    assert len(back) == len(out_recs)
    for r in back:
        probs = validate(r, cats[r["id"]] == "piifree")
        assert not probs, (r["id"], probs)
        for sp in r["entities"] + r["decoys"]:
            assert r["text"][sp["start"]:sp["end"]] == sp["value"]
    assert len({r["text"] for r in back}) == len(back)

    ent = collections.Counter(s["type"] for r in back for s in r["entities"])
    dec = collections.Counter(s["type"] for r in back for s in r["decoys"])
    shapes = collections.Counter(r["source"].split("/")[1] for r in back)
    locs = collections.Counter(r["source"].split("/")[2] for r in back)
    free = sum(1 for r in back if not r["entities"])
    bycat = collections.Counter(cats.values())
    print(f"wrote {len(back)} records to {out}")
    print(f"PII-free texts: {free}")
    print("texts by category: " + ", ".join(f"{k} {v}" for k, v in bycat.items()))
    print(f"entities ({sum(ent.values())}): " + ", ".join(f"{k} {v}" for k, v in ent.most_common()))
    print(f"decoys ({sum(dec.values())}): " + ", ".join(f"{k} {v}" for k, v in dec.most_common()))
    print(f"shapes ({len(shapes)}): " + ", ".join(f"{k} {v}" for k, v in shapes.most_common()))
    print(f"locales ({len(locs)}): " + ", ".join(f"{k} {v}" for k, v in sorted(locs.items())))
    if args.verbose:
        print("retries: " + ", ".join(f"{k} {v}" for k, v in retries.most_common()))
        print("retry reasons: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
        per = collections.Counter()
        for r in back:
            c = cats[r["id"]]
            for s in r["entities"]:
                per[(c, s["type"])] += 1
        for c, _, _ in MIX:
            print(f"  {c}: " + ", ".join(f"{t} {n}" for (cc, t), n in sorted(per.items()) if cc == c))


if __name__ == "__main__":
    main()
