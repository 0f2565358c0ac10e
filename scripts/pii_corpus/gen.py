#!/usr/bin/env python3
"""Build the labelled PII evaluation corpus: a *tune* half and a *holdout* half.

    python scripts/pii_corpus/gen.py [--seed 20240611] [--n 3000] [--out-dir tests/fixtures/pii]

Every line: {"id", "source", "text", "entities": [...], "decoys": [...]}, spans are
Python code-point offsets and text[start:end] == value (asserted before writing).

The two halves are independent on purpose:
  tune    names/addresses/phones from Faker locales, sentence frames + document shapes "A";
  holdout names/addresses from mimesis (plus Faker locales the tune half never uses and
          small hand-written lists where neither has the locale), frames + shapes "B".
Shared code is only the machinery: value generators (Luhn, IBAN mod-97, secrets),
phone validation/formatting (phonenumbers), postcode/address layout per country.

Files: common.py (machinery), vocab.py (word lists), templates_tune.py (set A),
templates_holdout.py (set B), gen.py (this driver: generate, check, write, report).
Deterministic for a given --seed (the script re-executes itself with PYTHONHASHSEED=0).
"""
from __future__ import annotations

import argparse, collections, json, os, re, sys, time, urllib.parse

if os.environ.get("PYTHONHASHSEED") != "0":  # some Faker word lists are built from sets: pin hash order
    os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HoldoutHalf, TuneHalf, Ctx, iban_ok, luhn_ok, render  # noqa: E402
from templates_tune import F_A, SHAPES_A, VARS_A  # noqa: E402
from templates_holdout import F_B, SHAPES_B, VARS_B  # noqa: E402

# ───────────────────────────── driver ─────────────────────────────
ENTITY_TYPES = ["PERSON", "ADDRESS", "PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "DATE_OF_BIRTH",
                "PASSWORD", "BASIC_AUTH", "SLACK_WEBHOOK", "DISCORD_WEBHOOK", "TEAMS_WEBHOOK", "AWS_ACCESS_KEY",
                "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_KEY", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "CONNECTION_STRING",
                "HEALTH"]
DECOY_TYPES = ["ORDER_ID", "TICKET", "PRICE", "VERSION", "UUID", "GIT_SHA", "INVALID_LUHN", "TIMESTAMP", "DATE",
               "HTTP_STATUS", "PORT", "PROPER_NOUN", "OPS_TERM", "NUMERIC_ID", "HEX_HASH", "FILE_PATH"]

def check(text, ents, decs):
    spans = []
    for e in ents + decs:
        assert text[e["start"]:e["end"]] == e["value"], e
        assert e["value"] and e["value"] == e["value"].strip(), e
        spans.append((e["start"], e["end"]))
    spans.sort()
    for (a, b), (c_, d) in zip(spans, spans[1:]):
        assert b <= c_, ("overlap", text[a:d])
    for e in ents:
        assert e["type"] in ENTITY_TYPES, e
        # undo the document's escaping: url-encoding, wrapped values inside (possibly nested) JSON strings
        v = re.sub(r"\\+n", " ", urllib.parse.unquote_plus(e["value"]))
        if e["type"] == "CREDIT_CARD":
            assert luhn_ok(re.sub(r"\D", "", v)), e
        if e["type"] == "IBAN":
            assert iban_ok(re.sub(r"\s", "", v)), e
    for d in decs:
        assert d["type"] in DECOY_TYPES, d
        if d["type"] == "INVALID_LUHN":
            assert not luhn_ok(re.sub(r"\D", "", d["value"])), d
    assert not re.search(r"<<[@a-zA-Z:_]+>>", text), text

def generate(h, shapes, n):
    rng = h.rng
    names = list(shapes)
    weights = [shapes[k][0] for k in names]
    loc_w = [4 if code == "en_US" else 2 if code in ("en_GB", "de_DE", "fr_FR", "es_ES") else 1 for code in h.locales]
    out = []
    while len(out) < n:
        shape = rng.choices(names, weights)[0]
        code = rng.choices(h.locales, loc_w)[0]
        for _ in range(30):
            res = shapes[shape][1](Ctx(h, code, rng))
            sname, res = res if isinstance(res, tuple) else (shape, res)
            text, ents, decs = render(res)
            if 200 <= len(text.encode()) <= 3000 and (ents or shape == "clean"):
                break
        else:
            continue
        check(text, ents, decs)
        src = f"{h.name}/{sname}/{code}" + ("-clean" if shape == "clean" else "")
        out.append({"id": len(out), "source": src, "text": text, "entities": ents, "decoys": decs})
    return out

# Shapes every half must contain: (entity type, regex the text before the span must end with, regex on the value).
SHAPE_CHECKS = {
    "PERSON 'my name is'": ("PERSON", r"(?i)my name is $", ""), "PERSON 'Dear Ms./Mr.'": ("PERSON", r"Dear (Ms|Mr|Mrs)\.? $", ""),
    "PERSON form field": ("PERSON", r"(?m)^(Name|Nom|Nombre|Nome|Full name): *$", ""), 'PERSON JSON "name"': ("PERSON", r'"name": ?"$', ""),
    "PERSON From: header": ("PERSON", r"From: $", ""), "PERSON @mention": ("PERSON", r"@$", ""),
    "PERSON greeting": ("PERSON", r"(Hi|Hello|Hey|Dear|Morning) $", r"^\S+$"), "PERSON thanks": ("PERSON", r"(Thanks,|Cheers|appreciated,) $", ""),
    "PERSON sign-off": ("PERSON", r"(Best|Regards|Cheers|Kind regards|Thanks|wishes|All the best),?\n$", ""),
    "PERSON native script": ("PERSON", "", "[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"),
    "PERSON bin/binti": ("PERSON", "", r" (bin|binti) "), "PERSON van der": ("PERSON", "", r" van "), "PERSON Thị/Văn": ("PERSON", "", r" (Thị|Văn) "),
    "ADDRESS multi-line": ("ADDRESS", "", "\n"), "ADDRESS PO box": ("ADDRESS", "", r"(PO Box|Postfach|Postbus|Apartado|Caixa Postal|^Box \d|^BP |Postboks)"),
    "ADDRESS Apt/Unit": ("ADDRESS", "", r"(Apt|Unit|Suite) "), "ADDRESS Flat": ("ADDRESS", "", r"^Flat "),
    "PHONE +44 (0)": ("PHONE", "", r"^\+44 \(0\)"), "PHONE (415) 555-0132": ("PHONE", "", r"^\(\d{3}\) \d{3}-\d{4}$"),
    "PHONE 503-434-8894": ("PHONE", "", r"^\d{3}-\d{3}-\d{4}$"), "PHONE dots": ("PHONE", "", r"^\d+(\.\d+)+$"),
    "PHONE JSON-escaped": ("PHONE", "", r"\\u00a0"), "CREDIT_CARD wrapped": ("CREDIT_CARD", "", "\n"),
    "CREDIT_CARD JSON-escaped wrap": ("CREDIT_CARD", "", r"\\n"), "CREDIT_CARD dashes": ("CREDIT_CARD", "", "-"),
    "CREDIT_CARD no separators": ("CREDIT_CARD", "", r"^\d+$"), "IBAN lower case": ("IBAN", "", "^[a-z]{2}"),
    "IBAN compact": ("IBAN", "", r"^[A-Z0-9]+$"), "IBAN wrapped": ("IBAN", "", "\n"), "IP_ADDRESS v6": ("IP_ADDRESS", "", ":"),
    "IP_ADDRESS 10.x": ("IP_ADDRESS", "", r"^10\."), "IP_ADDRESS 172.16-31": ("IP_ADDRESS", "", r"^172\.(1[6-9]|2\d|3[01])\."),
    "IP_ADDRESS 192.168": ("IP_ADDRESS", "", r"^192\.168\."), "DOB 'born'": ("DATE_OF_BIRTH", r"born (on )?$", ""),
    "DOB 'DOB:'": ("DATE_OF_BIRTH", r"(DOB|D\.O\.B\.):? $", ""), "DOB 'geboren am'": ("DATE_OF_BIRTH", r"geboren am $", ""),
    "DOB 'né le'": ("DATE_OF_BIRTH", r"née? le $", ""), "DOB 'fecha de nacimiento'": ("DATE_OF_BIRTH", r"(?i)fecha de nacimiento: $", ""),
    "DOB ISO": ("DATE_OF_BIRTH", "", r"^\d{4}-\d\d-\d\d$"), "PASSWORD 'my password is'": ("PASSWORD", r"my password is $", ""),
    "PASSWORD 'pw:'": ("PASSWORD", r"pw: $", ""), "PASSWORD 'password='": ("PASSWORD", r"(?i)password=$", ""),
    "PASSWORD 'pass:'": ("PASSWORD", r"pass: $", ""), "PASSWORD 'contraseña:'": ("PASSWORD", r"contraseña: $", ""),
    "PASSWORD 'Passwort:'": ("PASSWORD", r"Passwort: $", ""), "PASSWORD 'mot de passe :'": ("PASSWORD", r"mot de passe : $", ""),
    "PASSWORD 'senha:'": ("PASSWORD", r"senha: $", ""), 'PASSWORD JSON "password"': ("PASSWORD", r'"password": ?"$', ""),
    "BASIC_AUTH header": ("BASIC_AUTH", r"Basic $", ""), "BASIC_AUTH URL creds": ("BASIC_AUTH", r"://$", ""),
    "PRIVATE_KEY JSON-escaped": ("PRIVATE_KEY", "", r"\\n"),
}

def shape_coverage(rows):
    seen = collections.Counter()
    for r in rows:
        for e in r["entities"]:
            before = r["text"][max(0, e["start"] - 40):e["start"]]
            for k, (t, pre, val) in SHAPE_CHECKS.items():
                if e["type"] == t and (not pre or re.search(pre, before)) and (not val or re.search(val, e["value"])):
                    seen[k] += 1
    return seen

def report(name, rows):
    ec, dc, sc, lc = (collections.Counter() for _ in range(4))
    nbytes = 0
    for r in rows:
        nbytes += len(r["text"].encode())
        ec.update(e["type"] for e in r["entities"])
        dc.update(d["type"] for d in r["decoys"])
        sc[r["source"].split("/")[1] + ("-clean" if r["source"].endswith("-clean") else "")] += 1
        lc[r["source"].split("/")[2].replace("-clean", "")] += 1
    n_ent = sum(ec.values())
    print(f"\n== {name}: {len(rows)} texts, {nbytes / 1e6:.2f} MB, {n_ent} entities "
          f"(one per {nbytes / max(n_ent, 1):.0f} bytes), {sum(dc.values())} decoys, "
          f"{sum(1 for r in rows if not r['entities'])} PII-free, {len(lc)} locales")
    print("  entities: " + ", ".join(f"{t}={ec[t]}" for t in ENTITY_TYPES))
    print("  decoys:   " + ", ".join(f"{t}={dc[t]}" for t in DECOY_TYPES))
    print("  shapes:   " + ", ".join(f"{k}={v}" for k, v in sorted(sc.items())))
    cov = shape_coverage(rows)
    print("  shape checks: " + ", ".join(f"{k}={cov[k]}" for k in SHAPE_CHECKS))
    missing = [t for t in ENTITY_TYPES if not ec[t]] + [t for t in DECOY_TYPES if not dc[t]] + [k for k in SHAPE_CHECKS if not cov[k]]
    if missing:
        print("  MISSING:", missing)
    return ec, dc

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--n", type=int, default=3000, help="texts per half")
    ap.add_argument("--out-dir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "pii"))
    a = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(a.out_dir, exist_ok=True)
    for half, shapes, frames, vars_, fname in [(TuneHalf(a.seed), SHAPES_A, F_A, VARS_A, "eval-tune.jsonl"),
                                              (HoldoutHalf(a.seed + 1_000_003), SHAPES_B, F_B, VARS_B, "eval-holdout.jsonl")]:
        half.F, half.VARS = frames, vars_
        rows = generate(half, shapes, a.n)
        path = os.path.join(a.out_dir, fname)
        with open(path, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        report(f"{half.name} -> {os.path.normpath(path)}", rows)
    print(f"\ndone in {time.time() - t0:.1f}s")

if __name__ == "__main__":
    main()
