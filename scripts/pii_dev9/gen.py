#!/usr/bin/env python3
"""Writes tests/fixtures/pii/eval-dev9.jsonl (1,500 texts, five themes of 300)."""
import argparse
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import core  # noqa: E402
import t_address  # noqa: E402
import t_dob  # noqa: E402
import t_free  # noqa: E402
import t_password  # noqa: E402
import t_person  # noqa: E402

SEED = 90909
PER_THEME = 300
THEMES = [("person", t_person.GENS, False), ("password", t_password.GENS, False), ("dob", t_dob.GENS, False),
          ("address", t_address.GENS, False), ("free", t_free.GENS, True)]
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "pii", "eval-dev9.jsonl")


def quotas(gens, total):
    w = sum(x for _, x in gens)
    q = [int(total * x / w) for _, x in gens]
    i = 0
    while sum(q) < total:
        q[i % len(q)] += 1
        i += 1
    return q


def lang_of_loc(loc):
    l = loc.split("_")[0]
    return "no" if l == "nb" else l


def build(verbose=False):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    fails = collections.Counter()
    for theme, gens, free in THEMES:
        for (g, _), n in zip(gens, quotas(gens, PER_THEME)):
            for _ in range(n):
                for attempt in range(200):
                    segs, shape, loc = g(rng)
                    text, ents, decs = core.render(segs)
                    err = core.check(text, ents, decs, free)
                    if err is None and text in seen:
                        err = "duplicate"
                    if err is None and not (50 <= len(text) <= 2000):
                        err = f"length {len(text)}"
                    if err is None:
                        break
                    fails[(g.__name__, err.split(" ")[0] + " " + (err.split(" ")[1] if len(err.split(" ")) > 1 else ""))] += 1
                else:
                    raise SystemExit(f"{g.__name__}: could not draw a valid record ({err})")
                seen.add(text)
                recs.append({"theme": theme, "lang": lang_of_loc(loc), "source": f"dev9/{shape}/{loc}", "text": text,
                             "entities": ents, "decoys": decs, "gen": g.__name__})
    rng.shuffle(recs)
    if verbose:
        print("redraws:", sum(fails.values()))
        for k, v in fails.most_common(25):
            print("  ", v, k)
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--out", default=OUT)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("-s", "--samples", type=int, default=0, help="print N sample records per theme")
    a = ap.parse_args()
    recs = build(a.verbose)
    with open(a.out, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": i, "source": r["source"], "text": r["text"], "entities": r["entities"],
                                "decoys": r["decoys"]}, ensure_ascii=False) + "\n")
    # read back and check again
    n = 0
    with open(a.out, encoding="utf-8") as f:
        for line, r in zip(f, recs):
            o = json.loads(line)
            assert o["text"] == r["text"]
            for s in o["entities"] + o["decoys"]:
                assert o["text"][s["start"]:s["end"]] == s["value"], s
            sp = sorted((s["start"], s["end"]) for s in o["entities"])
            assert all(b[0] >= a_[1] for a_, b in zip(sp, sp[1:])), "overlapping entities"
            assert core.check(o["text"], o["entities"], o["decoys"], r["theme"] == "free") is None
            n += 1
    assert n == len(recs) == PER_THEME * len(THEMES)
    # statistics
    by_theme = collections.defaultdict(collections.Counter)
    dec_theme = collections.defaultdict(collections.Counter)
    ent, dec, langs, shapes, locs = (collections.Counter() for _ in range(5))
    lens = []
    for r in recs:
        for s in r["entities"]:
            ent[s["type"]] += 1
            by_theme[r["theme"]][s["type"]] += 1
        for s in r["decoys"]:
            dec[s["type"]] += 1
            dec_theme[r["theme"]][s["type"]] += 1
        langs[r["lang"]] += 1
        shapes[r["source"].split("/")[1]] += 1
        locs[r["source"].split("/")[2]] += 1
        lens.append(len(r["text"]))
    print(f"wrote {len(recs)} records to {os.path.relpath(a.out)}")
    print("entities:", sum(ent.values()), dict(ent.most_common()))
    print("decoys:", sum(dec.values()), dict(dec.most_common()))
    for t, _, _ in THEMES:
        print(f"  {t:9s} entities {dict(by_theme[t].most_common())}")
        print(f"  {'':9s} decoys   {dict(dec_theme[t].most_common())}")
    print("languages:", len(langs), dict(langs.most_common()))
    print(f"english share: {langs['en'] / len(recs):.1%}")
    print("shapes:", dict(shapes.most_common()))
    print("locales:", len(locs))
    lens.sort()
    print("length min/median/max:", lens[0], lens[len(lens) // 2], lens[-1])
    if a.samples:
        srng = random.Random(SEED + 1)
        for t, _, _ in THEMES:
            print(f"\n=== samples: {t}")
            for r in srng.sample([x for x in recs if x["theme"] == t], a.samples):
                print(json.dumps({"source": r["source"], "text": r["text"], "entities": [(s["type"], s["value"]) for s in r["entities"]],
                                  "decoys": [(s["type"], s["value"]) for s in r["decoys"]]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
