#!/usr/bin/env python3
"""Generate the fresh, independently written PII evaluation corpus.

    python3 scripts/pii_fresh/gen.py [--out PATH] [--quiet]

Writes tests/fixtures/pii/eval-fresh.jsonl (1,500 lines) deterministically
(random.Random(20261206)), standard library only.  Every span is asserted to
satisfy text[start:end] == value; cards are Luhn-valid and IBANs mod-97 valid.
This set is REPORT-ONLY: never tune the scanner against it.
"""

import argparse
import collections
import json
import math
import os
import random
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import templates_a  # noqa: E402,F401  (registers templates)
import templates_b  # noqa: E402,F401
import templates_c  # noqa: E402,F401
import templates_d  # noqa: E402,F401
import filler  # noqa: E402
from core import LOCALES, LOCALE_GROUP, TEMPLATES, Ctx, iban_valid, luhn_ok  # noqa: E402

SEED = 20261206
N_DOCS = 1500
NO_PII_SHARE = 0.12
TEMPLATE_CAP = 40
MIN_LEN, MAX_LEN = 100, 2500

ENTITY_TYPES = ["PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "PASSWORD", "HEALTH",
                "US_SSN", "IP_ADDRESS"]
DECOY_TYPES = ["DATE", "ORDER_ID", "VERSION", "PRICE", "NUMERIC_ID", "HEX_HASH", "FILE_PATH", "OPS_TERM"]

# relative weight of each shape (PII templates); spread evenly over the shape's templates
SHAPE_WEIGHT = {"chat": 1.4, "chat_json": 1.1, "email": 1.2, "slack": 0.9, "tool_call": 1.1, "json_log": 1.0, "logfmt": 0.8,
                "csv": 0.8, "sql": 0.8, "config": 0.8, "code": 0.9, "html": 0.8, "markdown": 0.9, "sms": 0.9, "ocr": 0.9,
                "url": 0.8, "voice": 0.5, "note": 0.9, "vcard": 0.35, "ics": 0.35}
TARGET_MEDIAN = 540
# per-template nudges so the entity mix leans toward the hard types (names, addresses, birth dates, passwords)
TEMPLATE_WEIGHT = {"slack_escalation": 0.6, "slack_social": 0.6, "md_meeting_notes": 0.6, "voice_meeting_transcript": 0.6,
                   "email_forwarded": 0.6, "medical_intake": 0.45, "chat_medical_question": 0.6, "logfmt_clinical": 0.6,
                   "tsv_patients": 0.6, "html_table_patients": 0.6, "sql_patients": 0.6, "ics_invite": 0.5, "teams_creds": 0.8,
                   "email_clinic": 0.6, "email_school": 0.7, "json_fhir_patient": 0.7, "sms_family": 0.7,
                   "chat_payment_check": 1.5, "csv_password_export": 1.4, "config_connection_strings": 1.4, "sms_airbnb_checkin": 1.4,
                   "email_password_handover": 1.4, "md_guest_list": 1.3, "chat_gift_addresses": 1.2, "ocr_bank_letter": 1.4,
                   "chat_benefits_ssn": 1.3, "ocr_w9": 1.3}


# =========================================================================== OCR-style wrapping
def ocr_wrap(rng, text, ents, decs):
    """Re-flow text at a fixed width and force a line break inside some numeric values
    (card numbers, IBANs, phones, addresses).  Spans are carried through char by char."""
    spans = [("e", s) for s in ents] + [("d", s) for s in decs]
    tags = [-1] * len(text)
    for i, (_, s) in enumerate(spans):
        for j in range(s["start"], s["end"]):
            tags[j] = i
    chars = list(text)
    # 1) forced breaks inside selected entity values
    targets = [i for i, (k, s) in enumerate(spans) if k == "e" and s["type"] in ("CREDIT_CARD", "IBAN", "ADDRESS", "PHONE", "PERSON")
               and len(s["value"]) >= 8]
    rng.shuffle(targets)
    chosen = [t for t in targets if spans[t][1]["type"] in ("CREDIT_CARD", "IBAN")][:2] + \
             [t for t in targets if spans[t][1]["type"] not in ("CREDIT_CARD", "IBAN")][:1]
    for t in chosen:
        pos = [j for j, tg in enumerate(tags) if tg == t]
        a, b = pos[0], pos[-1]
        inner = [j for j in range(a + 3, b - 2)]
        if not inner:
            continue
        spaces = [j for j in inner if chars[j] == " "]
        if spaces and rng.random() < 0.6:
            j = rng.choice(spaces)
            chars[j] = "\n"
        else:
            j = rng.choice(inner)
            ins = "-\n" if (chars[j].isalpha() and chars[j - 1].isalpha() and rng.random() < 0.5) else "\n"
            for k, ch in enumerate(ins):
                chars.insert(j + k, ch)
                tags.insert(j + k, t)
    # 2) reflow at a width
    width = rng.randint(38, 64)
    col = 0
    for j, ch in enumerate(chars):
        if ch == "\n":
            col = 0
            continue
        col += 1
        if col >= width and ch == " ":
            chars[j] = "\n"
            col = 0
    # 3) light OCR noise outside spans: doubled spaces, stray '|' at line starts
    out_c, out_t = [], []
    for j, ch in enumerate(chars):
        out_c.append(ch)
        out_t.append(tags[j])
        if ch == " " and tags[j] == -1 and rng.random() < 0.02:
            out_c.append(" ")
            out_t.append(-1)
        if ch == "\n" and tags[j] == -1 and rng.random() < 0.03:
            out_c.append("|")
            out_t.append(-1)
    text2 = "".join(out_c)
    first, last = {}, {}
    for j, tg in enumerate(out_t):
        if tg >= 0:
            first.setdefault(tg, j)
            last[tg] = j
    new_e, new_d = [], []
    for i, (k, s) in enumerate(spans):
        a, b = first[i], last[i] + 1
        assert all(out_t[x] == i for x in range(a, b)), "span became discontiguous"
        ns = {"type": s["type"], "start": a, "end": b, "value": text2[a:b]}
        (new_e if k == "e" else new_d).append(ns)
    return text2, new_e, new_d


# =========================================================================== validation
SSN_RE = re.compile(r"^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$")


def validate(rec):
    text = rec["text"]
    assert MIN_LEN <= len(text) <= MAX_LEN, len(text)
    for kind in ("entities", "decoys"):
        for s in rec[kind]:
            assert text[s["start"]:s["end"]] == s["value"], (rec["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (rec["id"], s)
            allowed = ENTITY_TYPES if kind == "entities" else DECOY_TYPES
            assert s["type"] in allowed, s
    allspans = sorted(rec["entities"] + rec["decoys"], key=lambda s: (s["start"], s["end"]))
    for a, b in zip(allspans, allspans[1:]):
        assert a["end"] <= b["start"], ("overlap", rec["id"], a, b)
    for s in rec["entities"]:
        v = s["value"]
        if s["type"] == "CREDIT_CARD":
            digits = "".join(c for c in v if c.isdigit())
            assert 13 <= len(digits) <= 19 and luhn_ok(digits), (rec["id"], v)
        elif s["type"] == "IBAN":
            assert iban_valid(v.replace("-\n", "")), (rec["id"], v)
        elif s["type"] == "US_SSN":
            m = SSN_RE.match(v.replace("\n", ""))
            assert m and m.group(1) not in ("000", "666") and not m.group(1).startswith("9") and m.group(2) != "00" and m.group(3) != "0000", v


# =========================================================================== main
def pick_weighted(rng, items, weights):
    tot = sum(weights)
    r = rng.random() * tot
    for it, w in zip(items, weights):
        r -= w
        if r <= 0:
            return it
    return items[-1]


TARGET_SHARE = {"PERSON": 0.31, "ADDRESS": 0.16, "DATE_OF_BIRTH": 0.10, "PASSWORD": 0.085, "PHONE": 0.08, "EMAIL": 0.06,
                "HEALTH": 0.045, "CREDIT_CARD": 0.035, "IBAN": 0.035, "IP_ADDRESS": 0.035, "US_SSN": 0.02}
ADAPT_BETA = 16.0
SHAPE_GAMMA = 3.0


def build_doc(rng, tpl, loc, lang):
    ctx = Ctx(rng, loc, lang)
    b = tpl["fn"](ctx)
    # pad with shape-appropriate PII-free material towards a log-normal target length
    target = 0 if tpl["shape"] == "sms" else min(2300, int(rng.lognormvariate(math.log(TARGET_MEDIAN), 0.6)))
    for _ in range(14):
        if len(b.plain()) >= target:
            break
        nb = filler.pad_once(ctx, tpl["shape"], b)
        if nb is None or len(nb.plain()) > MAX_LEN - 60:
            break
        b = nb
    text, ents, decs = b.build()
    if tpl["shape"] == "ocr":
        text, ents, decs = ocr_wrap(rng, text, ents, decs)
    return ctx, text, ents, decs


def compatible_locales(tpl):
    out = []
    for loc in LOCALES:
        if tpl["locales"] and loc not in tpl["locales"]:
            continue
        native = LOCALES[loc][2]
        if tpl["langs"] is None or native in tpl["langs"] or "en" in tpl["langs"]:
            out.append(loc)
    return out


def pilot_mix():
    """Estimate each PII template's entity-type mix from a few throw-away draws (separate RNG)."""
    mix = {}
    for k, tpl in enumerate(TEMPLATES):
        if not tpl["pii"]:
            continue
        prng = random.Random(1000 + k)
        cnt = collections.Counter()
        locs = compatible_locales(tpl)
        for _ in range(8):
            loc = prng.choice(locs)
            native = LOCALES[loc][2]
            lang = native if (tpl["langs"] is None or native in tpl["langs"]) else "en"
            _, _, ents, _ = build_doc(prng, tpl, loc, lang)
            cnt.update(s["type"] for s in ents)
        tot = sum(cnt.values()) or 1
        mix[tpl["name"]] = {t: cnt[t] / tot for t in ENTITY_TYPES}
    return mix


def generate(n_docs=N_DOCS, seed=SEED):
    mix = pilot_mix()
    rng = random.Random(seed)
    locales = list(LOCALES)
    loc_w = [LOCALES[l][3] for l in locales]
    n_nopii = round(n_docs * NO_PII_SHARE)
    flags = [False] * n_nopii + [True] * (n_docs - n_nopii)
    rng.shuffle(flags)
    shape_counts = collections.Counter(t["shape"] for t in TEMPLATES if t["pii"])
    usage = collections.Counter()
    ent_tot = collections.Counter()
    shape_n = collections.Counter()
    shape_wsum = sum(w for s, w in SHAPE_WEIGHT.items() if s in shape_counts)
    records = []
    for i, pii in enumerate(flags):
        for attempt in range(60):
            loc = pick_weighted(rng, locales, loc_w)
            native = LOCALES[loc][2]
            want_native = native != "en" and rng.random() < 0.75
            cands = []
            for t in TEMPLATES:
                if t["pii"] != pii or usage[t["name"]] >= TEMPLATE_CAP:
                    continue
                if t["locales"] and loc not in t["locales"]:
                    continue
                native_ok = t["langs"] is None or native in t["langs"]
                if not native_ok and "en" not in t["langs"]:
                    continue
                if want_native and not native_ok:
                    continue
                cands.append(t)
            if not cands:
                continue
            if pii:
                total = sum(ent_tot.values())
                w = []
                for t in cands:
                    base = SHAPE_WEIGHT[t["shape"]] / shape_counts[t["shape"]] * t["weight"] * TEMPLATE_WEIGHT.get(t["name"], 1.0)
                    score = 0.0
                    if total > 50:
                        for typ, tgt in TARGET_SHARE.items():
                            score += (tgt - ent_tot[typ] / total) / tgt * mix[t["name"]][typ]
                    exp_share = SHAPE_WEIGHT[t["shape"]] / shape_wsum
                    got_share = shape_n[t["shape"]] / max(1, sum(shape_n.values()))
                    shape_term = -SHAPE_GAMMA * (got_share - exp_share) / exp_share if sum(shape_n.values()) > 50 else 0.0
                    w.append(base * math.exp(ADAPT_BETA * score + shape_term))
            else:
                w = [1.0 for _ in cands]
            tpl = pick_weighted(rng, cands, w)
            native_ok = tpl["langs"] is None or native in tpl["langs"]
            lang = native if native_ok and (native == "en" or rng.random() < 0.85) else "en"
            ctx, text, ents, decs = build_doc(rng, tpl, loc, lang)
            if not (MIN_LEN <= len(text) <= MAX_LEN):
                continue
            if pii and not ents:
                continue
            if not pii and ents:
                raise AssertionError("no-PII template produced entities: %s" % tpl["name"])
            rec = {"id": i + 1, "source": "fresh/%s/%s" % (tpl["shape"], loc), "text": text,
                   "entities": sorted(ents, key=lambda s: s["start"]), "decoys": sorted(decs, key=lambda s: s["start"])}
            validate(rec)
            usage[tpl["name"]] += 1
            ent_tot.update(s["type"] for s in ents)
            if pii:
                shape_n[tpl["shape"]] += 1
            rec["_template"] = tpl["name"]
            rec["_lang"] = ctx.lang
            records.append(rec)
            break
        else:
            raise RuntimeError("could not generate doc %d" % i)
    return records, usage


def report(records, usage, out=sys.stdout):
    ent_c, dec_c, shape_c, grp_c, loc_c, lang_c = (collections.Counter() for _ in range(6))
    for r in records:
        for s in r["entities"]:
            ent_c[s["type"]] += 1
        for s in r["decoys"]:
            dec_c[s["type"]] += 1
        shape = r["source"].split("/")[1]
        loc = r["source"].split("/")[2]
        shape_c[shape] += 1
        loc_c[loc] += 1
        grp_c[LOCALE_GROUP[loc]] += 1
        lang_c[r["_lang"]] += 1
    lens = [len(r["text"]) for r in records]
    tot_e = sum(ent_c.values())
    p = lambda *a: print(*a, file=out)
    p("docs: %d  (no-PII: %d = %.1f%%)" % (len(records), sum(1 for r in records if not r["entities"]),
                                            100.0 * sum(1 for r in records if not r["entities"]) / len(records)))
    p("text length: min %d  median %d  mean %d  max %d" % (min(lens), statistics.median(lens), statistics.mean(lens), max(lens)))
    p("distinct templates used: %d  (max uses of one template: %d)" % (len(usage), max(usage.values())))
    p("\nentities (%d):" % tot_e)
    for t in ENTITY_TYPES:
        p("  %-14s %5d  %5.1f%%" % (t, ent_c[t], 100.0 * ent_c[t] / tot_e))
    p("\ndecoys (%d):" % sum(dec_c.values()))
    for t in DECOY_TYPES:
        p("  %-14s %5d" % (t, dec_c[t]))
    p("\nper shape:")
    for k, v in shape_c.most_common():
        p("  %-12s %4d" % (k, v))
    p("\nper locale group:")
    for k, v in grp_c.most_common():
        p("  %-30s %4d" % (k, v))
    p("\nper text language: " + ", ".join("%s=%d" % kv for kv in lang_c.most_common()))
    p("locales: %d distinct" % len(loc_c))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "tests", "fixtures", "pii", "eval-fresh.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--samples", type=int, default=0)
    args = ap.parse_args()
    records, usage = generate()
    out = os.path.normpath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            clean = {k: r[k] for k in ("id", "source", "text", "entities", "decoys")}
            f.write(json.dumps(clean, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    n = 0
    with open(out, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            validate(r)
            n += 1
    assert n == N_DOCS, n
    if not args.quiet:
        print("wrote %s (%d lines)\n" % (out, n))
        report(records, usage)
        if args.samples:
            rng = random.Random(7)
            for r in rng.sample(records, args.samples):
                clean = {k: r[k] for k in ("id", "source", "text", "entities", "decoys")}
                print("\n" + json.dumps(clean, ensure_ascii=False))


if __name__ == "__main__":
    main()
