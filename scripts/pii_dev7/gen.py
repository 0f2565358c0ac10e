#!/usr/bin/env python3
"""Generate tests/fixtures/pii/eval-dev7.jsonl (see README.md).

Deterministic: one random.Random(SEED); every Faker instance is seeded from it.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from faker import Faker  # noqa: E402

import decoys as dc  # noqa: E402
import other  # noqa: E402
import piifree  # noqa: E402
import prose  # noqa: E402
import shapes as sh  # noqa: E402
from core import assemble, validate, lab, S, cat  # noqa: E402
from names import CULTURES, COLLIDERS, PersonFactory  # noqa: E402
from render import Ctx, render  # noqa: E402

SEED = 70707
N_TOTAL = 1500
MIX = {"person": 825, "other": 300, "mixed": 75, "free": 300}
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "pii", "eval-dev7.jsonl")

EN_SHAPES = {"prompt": 14, "chat": 12, "openai": 12, "tool": 9, "email": 9, "slack": 7, "teams": 4, "whatsapp": 4,
             "sms": 6, "meeting": 6, "ticket": 5, "crm": 4, "review": 5, "log": 5, "otel": 4, "form": 3}
XX_SHAPES = {"prompt": 22, "chat": 15, "openai": 14, "tool": 8, "email": 10, "slack": 6, "whatsapp": 6, "sms": 6,
             "review": 4, "log": 5, "otel": 4, "teams": 3}
COLLISION_SHAPES = {"prompt": 30, "chat": 20, "openai": 20, "otel": 10, "log": 10, "tool": 10}
OTHER_SHAPES = {"prompt": 30, "chat": 20, "openai": 15, "tool": 12, "log": 8, "otel": 5, "email": 10}
FREE_SHAPES = {"prompt": 25, "chat": 20, "openai": 18, "tool": 10, "log": 8, "otel": 6, "slack": 6, "email": 7}
FREE_CATS = {"brand": 36, "place": 34, "street": 20, "figure": 46, "fiction": 22, "product": 26, "model": 18,
             "month": 14, "common": 26, "code": 22, "placeholder": 22, "template": 8, "eponym": 12}
EN_TAILS = ["PS: the {OPS} alert fired again on {DATE}.", "(unrelated: {BRAND} has a sale on this week)",
            "Ref {ORDER}.", "btw we're still on {VER} of {PRODUCT}.", "commit {SHA:7}", "Budget is {PRICE}.",
            "Posting from {PLACE} this week, so replies may be slow."]
LATIN_WORD = re.compile(r"[^\W\d_]", re.UNICODE)


def wchoice(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


class Generator:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.fakers = {}
        locs = set()
        for c in CULTURES.values():
            if c["faker"]:
                locs.add(c["faker"])
            if c["native"] and c["native"].get("faker"):
                locs.add(c["native"]["faker"])
        for loc in sorted(locs):
            f = Faker(loc)
            f.seed_instance(self.rng.randrange(2 ** 32))
            self.fakers[loc] = f
        for code in ["en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL", "en_AU"]:
            f = Faker(code)
            f.seed_instance(self.rng.randrange(2 ** 32))
            self.fakers["addr:" + code] = f
        self.pf = PersonFactory(self.rng, self.fakers)
        self.en_locales = sorted(CULTURES)
        self.stats = collections.Counter()
        self.seen = set()

    # ------------------------------------------------------------ cast
    def make_cast(self, lang, locale, mix=0.35):
        rng = self.rng
        native = lang in sh.LANG_NATIVE
        cast, used = {}, set()
        for key in "ABCDE":
            for _ in range(60):
                loc = locale
                if lang == "en" and rng.random() < mix:
                    loc = rng.choice(self.en_locales)
                p = self.pf.make(loc, native=native)
                toks = {p.given, p.family} | set(p.full.split())
                if not (toks & used):
                    break
            used |= {p.given, p.family} | set(p.full.split())
            cast[key] = p
        used.discard("")
        return cast

    def ctx(self, lang, locale, cast=None):
        cast = cast if cast is not None else self.make_cast(lang, locale)
        return Ctx(self.rng, locale, lang, cast, self.pf, self.fakers)

    # ------------------------------------------------------------ categories
    def gen_person(self):
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            name, typ, xval, frame = rng.choice(prose.COLLISIONS)
            coll = self.pf.collider(name)
            locale = coll.culture
            lang = "en"
            cast = self.make_cast("en", rng.choice(["en_US", "en_GB", "en_AU", locale]))
            cast["A"] = coll
            c = self.ctx(lang, locale, cast)
            x = lab(typ, xval) if typ else S([(xval, None)])
            c.override = render(frame, c, extra={"X": x})
            if rng.random() < 0.5:
                c.override = cat(c.override, " ", render(rng.choice(prose.EN_MSG), sh.shuffled(c)))
            shape = wchoice(rng, COLLISION_SHAPES)
            return sh.SHAPES[shape](c), shape, locale, "collision"
        if r < 0.47:
            lang = rng.choice(sorted(sh.LANG_CULTURES))
            locale = rng.choice(sh.LANG_CULTURES[lang])
            c = self.ctx(lang, locale)
            shapes = dict(XX_SHAPES)
            if lang not in sh.REVIEWS:
                shapes.pop("review")
            shape = wchoice(rng, shapes)
            return sh.SHAPES[shape](c), shape, locale, "person-" + lang
        locale = rng.choice(self.en_locales)
        c = self.ctx("en", locale)
        shape = wchoice(rng, EN_SHAPES)
        s = sh.SHAPES[shape](c)
        if shape in ("prompt", "email") and rng.random() < 0.25:
            s = cat(s, "\n\n" if rng.random() < 0.5 else " ", render(rng.choice(EN_TAILS), c))
        return s, shape, locale, "person-en"

    def gen_other(self):
        rng = self.rng
        if rng.random() < 0.65:
            lang, locale = "en", rng.choice(self.en_locales)
        else:
            lang = rng.choice(sorted(other.LANG_OTHER))
            locale = rng.choice(sh.LANG_CULTURES[lang])
        c = self.ctx(lang, locale)
        shape = wchoice(rng, OTHER_SHAPES)
        return other.gen_other(c, shape), shape, locale, "other-" + lang

    def gen_mixed(self):
        rng = self.rng
        locale = rng.choice(self.en_locales)
        c = self.ctx("en", locale)
        s = other.gen_mixed(c)
        return s, "record", locale, "mixed"

    def gen_free(self):
        rng = self.rng
        if rng.random() < 0.72:
            lang = "en"
            locale = rng.choice(["en_US", "en_GB", "en_AU", "en_IE", "en_NZ", "en_ZA", "en_NG", "hi_IN", "fil_PH", "en_CA"])
        else:
            lang = rng.choice(sorted(piifree.LANG_FREE))
            locale = rng.choice(sh.LANG_CULTURES[lang])
        c = piifree.FreeCtx(rng, locale, lang)
        catn = wchoice(rng, FREE_CATS)
        shape = wchoice(rng, FREE_SHAPES)
        return piifree.gen_free(c, catn, shape), shape, locale, "free-" + (catn if lang == "en" else lang)

    # ------------------------------------------------------------ checks
    @staticmethod
    def unlabelled_mentions(text, ents, decs):
        """PERSON tokens that also occur outside every span (inconsistent labelling)."""
        spans = [(e["start"], e["end"]) for e in ents + decs]
        covered = lambda a, b: any(s <= a and b <= e for s, e in spans)
        bad = []
        for e in ents:
            if e["type"] != "PERSON":
                continue
            toks = set(re.split(r"[\s,./;^]+", e["value"]))
            for t in toks:
                t = t.strip("'’-")
                if len(t) < 2 or (len(t) < 3 and LATIN_WORD.match(t) and t.isascii()):
                    continue
                if any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\u0e00" <= ch <= "\u0e7f" for ch in t):
                    pat = re.escape(t)
                else:
                    pat = r"(?<!\w)" + re.escape(t) + r"(?!\w)"
                for m in re.finditer(pat, text):
                    if not covered(m.start(), m.end()):
                        bad.append(t)
        return bad

    def one(self, category):
        gen = {"person": self.gen_person, "other": self.gen_other, "mixed": self.gen_mixed, "free": self.gen_free}[category]
        for attempt in range(40):
            s, shape, locale, tag = gen()
            text, ents, decs = assemble(s)
            types = {e["type"] for e in ents}
            if category == "person" and "PERSON" not in types:
                continue
            if category == "free" and ents:
                raise AssertionError(("entity in PII-free text", tag, text))
            if category == "other" and not (types - {"PERSON"}):
                continue
            if category == "mixed" and ("PERSON" not in types or len(types - {"PERSON"}) < 2):
                continue
            if text in self.seen:
                self.stats["retry-duplicate"] += 1
                continue
            if self.unlabelled_mentions(text, ents, decs):
                self.stats["retry-unlabelled"] += 1
                continue
            self.seen.add(text)
            return text, ents, decs, shape, locale, tag
        raise RuntimeError(f"could not generate {category}")

    def run(self):
        cats = [c for c, n in MIX.items() for _ in range(n)]
        assert len(cats) == N_TOTAL
        self.rng.shuffle(cats)
        out = []
        for i, category in enumerate(cats, 1):
            text, ents, decs, shape, locale, tag = self.one(category)
            rec = {"id": i, "source": f"dev7/{shape}/{locale}", "text": text, "entities": ents, "decoys": decs}
            validate(rec)
            out.append((rec, category, tag))
        return out


def name_pool():
    pool = set(COLLIDERS)
    for c in CULTURES.values():
        for lst in (c["m"], c["f"]):
            for e in lst:
                pool.add(e.split("/")[0])
        if c["native"]:
            for k in ("m", "f"):
                for e in c["native"][k]:
                    pool.add(e.split("/")[0])
    return {p for p in pool if len(p) >= 3 or not p.isascii()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true", help="print per-template and per-shape counts and free-text name hits")
    ap.add_argument("-o", default=OUT)
    args = ap.parse_args()
    g = Generator()
    recs = g.run()
    os.makedirs(os.path.dirname(os.path.abspath(args.o)), exist_ok=True)
    with open(args.o, "w", encoding="utf-8") as fh:
        for rec, _, _ in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # round trip: every written line must parse and validate again
    with open(args.o, encoding="utf-8") as fh:
        for line in fh:
            validate(json.loads(line))

    ent = collections.Counter(e["type"] for r, _, _ in recs for e in r["entities"])
    dec = collections.Counter(d["type"] for r, _, _ in recs for d in r["decoys"])
    cats = collections.Counter(c for _, c, _ in recs)
    shapes = collections.Counter(r["source"].split("/")[1] for r, _, _ in recs)
    locales = collections.Counter(r["source"].split("/")[2] for r, _, _ in recs)
    free = sum(1 for r, _, _ in recs if not r["entities"])
    total = sum(ent.values())
    print(f"wrote {len(recs)} texts to {os.path.relpath(args.o)}")
    print(f"categories: {dict(cats)}; PII-free texts: {free}")
    print(f"entities: {total}")
    for k, v in ent.most_common():
        print(f"  {k:14s} {v:5d}  {100 * v / total:5.1f}%")
    print(f"decoys: {sum(dec.values())}")
    for k, v in dec.most_common():
        print(f"  {k:14s} {v:5d}")
    print(f"shapes: {dict(shapes.most_common())}")
    print(f"locales ({len(locales)}): {dict(locales.most_common())}")
    if args.v:
        print("tags:", dict(collections.Counter(t for _, _, t in recs).most_common()))
        print("retries:", dict(g.stats))
        pool = name_pool()
        hits = collections.Counter()
        for r, c, _ in recs:
            if r["entities"]:
                continue
            spans = [(d["start"], d["end"]) for d in r["decoys"]]
            for m in re.finditer(r"\w+", r["text"]):
                if m.group() in pool and not any(s <= m.start() and m.end() <= e for s, e in spans):
                    hits[m.group()] += 1
        print("name-pool words left unlabelled in PII-free texts (intended common words?):", dict(hits.most_common()))


if __name__ == "__main__":
    main()
