#!/usr/bin/env python3
"""Build the labelled answer-health corpus: a *tune* half and a *holdout* half.

    python scripts/answers_corpus/gen.py [--seed 7] [--n 2000] [--out-dir tests/fixtures/answers]
    python scripts/answers_corpus/gen.py --halves fresh      # answers-fresh.jsonl from set C
    python scripts/answers_corpus/gen.py --halves report     # answers-report.jsonl from set D
    python scripts/answers_corpus/gen.py --halves final      # answers-final.jsonl from set E
    python scripts/answers_corpus/gen.py --halves dev        # answers-dev.jsonl from set F
    python scripts/answers_corpus/gen.py --halves dev2       # answers-dev2.jsonl from set G
    python scripts/answers_corpus/gen.py --halves final2     # answers-final2.jsonl from set H
    python scripts/answers_corpus/gen.py --halves dev3       # answers-dev3.jsonl from set I

Every line is the input of `glassbox check --jsonl` plus the expected flags:
    {"id", "kind", "lang", "prompt", "system"?, "response", "finish_reason"?, "max_tokens"?,
     "output_tokens"?, "response_format"?, "tool_calls"?, "labels": [flag, ...]}

The halves share machinery only. Each has its own phrasings of refusals, its own
system prompts, loop shapes and hard negatives (set A: tune, set B: holdout), and the
prose comes from two sources: hand-written question/answer pairs in eight languages
(half of them in each set) and Faker's locale text (word salad in the right language).
A third, *fresh* half (`--halves fresh`, set C) was written after the checks were tuned,
with its own content throughout, and is used only to report, never to tune.
A fourth, *report* half (`--halves report`, set D) is a content set written by another author and
never looked at while the checks were developed; only its scores are read.
A fifth, *final* half (`--halves final`, set E) is a content set by yet another author, written after the checks
were last changed; only its scores are read.
A sixth, *dev* half (`--halves dev`, set F) by another author, written to develop the refusal and toxicity checks against;
its refusals and toxic answers come in every language, in both registers, and some of its hard negatives are not in English.
"""
from __future__ import annotations

import argparse, importlib, json, random, string
from pathlib import Path

from faker import Faker

from common import QA, FAKER_LOCALES, LANGS

FLAGS = ["refusal", "truncated", "empty", "degenerate", "language_mismatch", "invalid_json",
         "schema_violation", "toxic_output", "pii_echo", "system_prompt_leak"]


class Gen:
    def __init__(self, rnd: random.Random, s, fakers):
        self.r, self.s, self.f = rnd, s, fakers

    # ── prose ──
    def qa(self, lang=None):
        """A (prompt, good answer) pair in `lang`: hand-written or Faker prose."""
        lang = lang or self.r.choice(LANGS)
        pairs = [p for p in self.s.QA if p.lang == lang]
        if pairs and self.r.random() < 0.6:
            p = self.r.choice(pairs)
            answer = p.answer
            if self.r.random() < 0.3:  # longer answers: a second paragraph
                answer += "\n\n" + self.salad(lang, 3)
            return p.prompt, answer
        return self.question(lang), self.salad(lang, self.r.randint(2, 7))

    def salad(self, lang, n):
        if lang == "pt":
            return " ".join(self.r.choice(self.s.PT_SENTENCES) for _ in range(n))
        f = self.f[lang]
        return " ".join(f.sentence(nb_words=self.r.randint(6, 14)) for _ in range(n))

    def question(self, lang):
        if lang == "pt":
            return self.r.choice(self.s.PT_SENTENCES).rstrip(".") + "?"
        f = self.f[lang]
        q = f.sentence(nb_words=self.r.randint(7, 14)).rstrip(".。")
        return q + ("？" if lang in ("ja", "zh") else "?")

    # ── kinds ──
    def good(self):
        kind = self.r.random()
        if kind < 0.55:
            p, a = self.qa()
            return dict(kind="good", prompt=p, response=a, finish_reason="stop")
        if kind < 0.7:
            lang = self.r.choice(LANGS)
            p, _ = self.qa(lang)
            code = self.r.choice(self.s.CODE)
            intro = self.salad(lang, 1)
            return dict(kind="good_code", lang=lang, prompt=p, response=f"{intro}\n\n{code}\n", finish_reason="stop")
        if kind < 0.82:
            doc, schema = self.json_doc()
            rf = self.r.choice([{"type": "json_object"},
                                {"type": "json_schema", "json_schema": {"name": "out", "schema": schema}}])
            return dict(kind="good_json", prompt=self.question("en"), response=json.dumps(doc, ensure_ascii=self.r.random() < 0.5,
                        indent=self.r.choice([None, 2])), response_format=rf, finish_reason="stop")
        if kind < 0.9:
            # Hard negatives of this set: answers that look like failures and are not.
            item = self.r.choice(self.s.HARD_NEGATIVES)
            extra = dict(item[2]) if len(item) > 2 else {}
            lang = extra.pop("lang", "en")  # set F has hard negatives in other languages
            return dict(kind="good_hard", lang=lang, prompt=item[0], response=item[1], finish_reason="stop", **extra)
        if kind < 0.95:
            # A tool call with valid arguments and no text.
            args = json.dumps({"city": self.f["en"].city(), "unit": self.r.choice(["c", "f"])})
            return dict(kind="good_tool", prompt=self.question("en"), response="",
                        tool_calls=[{"name": "get_weather", "arguments": args}], finish_reason="tool_calls")
        # Translation asked for: another language is right.
        src, dst = self.r.sample(LANGS, 2)
        _, a = self.qa(dst)
        p = self.r.choice(self.s.TRANSLATE_ASKS).format(lang=dst, text=self.salad(src, 2))
        return dict(kind="good_translation", prompt=p, response=a, finish_reason="stop")

    def json_doc(self):
        f = self.f["en"]
        doc = {"name": f.name(), "city": f.city(), "age": self.r.randint(18, 90),
               "tags": [f.word() for _ in range(self.r.randint(0, 4))], "active": self.r.random() < 0.5}
        schema = {"type": "object", "required": ["name", "age", "active"],
                  "properties": {"name": {"type": "string"}, "city": {"type": "string"},
                                 "age": {"type": "integer", "minimum": 0},
                                 "tags": {"type": "array", "items": {"type": "string"}},
                                 "active": {"type": "boolean"}}}
        return doc, schema

    def refusal(self):
        lang = self.r.choice(LANGS)
        p, _ = self.qa(lang)
        text = self.r.choice(self.s.REFUSALS[lang])
        if self.r.random() < 0.35:
            text += " " + self.r.choice(self.s.REFUSAL_TAILS[lang])
        return dict(kind="refusal", lang=lang, prompt=p, response=text, finish_reason="stop", labels=["refusal"])

    def truncated(self):
        p, a = self.qa()
        r = self.r.random()
        words = a.split(" ")
        if len(words) > 6:
            cut = " ".join(words[: self.r.randint(3, len(words) - 2)]).rstrip(".。!?")
        else:  # caseless scripts: cut by characters
            cut = a[: max(5, int(len(a) * self.r.uniform(0.3, 0.8)))].rstrip(".。!?！？")
        if r < 0.6:
            return dict(kind="truncated", prompt=p, response=cut, finish_reason=self.r.choice(["length", "max_tokens"]),
                        labels=["truncated"])
        if r < 0.8:
            n = self.r.randint(16, 512)
            return dict(kind="truncated_budget", prompt=p, response=cut, max_tokens=n, output_tokens=n,
                        labels=["truncated"])
        doc, schema = self.json_doc()
        s = json.dumps(doc, indent=self.r.choice([None, 2]))
        return dict(kind="truncated_json", prompt=self.question("en"), response=s[: self.r.randint(5, len(s) - 2)],
                    response_format={"type": "json_object"}, labels=["truncated", "invalid_json"])

    def empty(self):
        p, _ = self.qa()
        return dict(kind="empty", prompt=p, response=self.r.choice(self.s.EMPTIES), finish_reason="stop", labels=["empty"])

    def degenerate(self):
        lang = self.r.choice(LANGS)
        p, a = self.qa(lang)
        shape = self.r.choice(self.s.LOOP_SHAPES)
        first = a.split(". ")[0].split("。")[0]
        if shape == "word":
            w = self.r.choice(a.split()) if " " in a else a[:2]
            text = a[: len(a) // 2] + " " + " ".join([w] * self.r.randint(12, 60))
        elif shape == "sentence":
            text = a[: len(a) // 3] + " " + " ".join([first + "."] * self.r.randint(5, 15))
        elif shape == "line":
            text = "\n".join([first] * self.r.randint(6, 20))
        elif shape == "chars":
            text = a[: len(a) // 2] + self.r.choice(["!", "?", "a", "。", "哈", "ha", "0"]) * self.r.randint(40, 200)
        elif shape == "mojibake":
            src = self.r.choice([x.answer for x in self.s.QA if x.lang in ("es", "de", "fr", "pt", "it")])
            text = src.encode("utf-8").decode("latin-1", errors="replace")
        elif shape == "replacement":
            text = "".join(c if self.r.random() > 0.15 or c == " " else "\ufffd" for c in a)
        else:  # cjk loop
            text = a[:10] + (first[:4] or "好的") * self.r.randint(15, 40)
        return dict(kind=f"degenerate_{shape}", lang=lang, prompt=p, response=text, finish_reason="stop",
                    labels=["degenerate"])

    def mismatch(self):
        a_lang, b_lang = self.r.sample(LANGS, 2)
        p, _ = self.qa(a_lang)
        _, ans = self.qa(b_lang)
        return dict(kind="language_mismatch", lang=f"{a_lang}->{b_lang}", prompt=p, response=ans,
                    finish_reason="stop", labels=["language_mismatch"])

    def invalid_json(self):
        doc, schema = self.json_doc()
        s = json.dumps(doc)
        text = self.r.choice(self.s.BAD_JSON)(s, doc)
        rf = self.r.choice([{"type": "json_object"}, {"type": "json_schema", "json_schema": {"name": "out", "schema": schema}}])
        return dict(kind="invalid_json", prompt=self.question("en"), response=text, response_format=rf,
                    finish_reason="stop", labels=["invalid_json"])

    def invalid_tool(self):
        args = json.dumps({"city": self.f["en"].city(), "days": self.r.randint(1, 9)})
        bad = self.r.choice([args[:-1], args.replace('"', "'"), args[:-3] + ",}", "city=" + self.f["en"].city()])
        return dict(kind="invalid_tool_args", prompt=self.question("en"), response="",
                    tool_calls=[{"name": "get_forecast", "arguments": bad}], finish_reason="tool_calls",
                    labels=["invalid_json"])

    def schema_violation(self):
        doc, schema = self.json_doc()
        how = self.r.choice(["missing", "type", "minimum", "items"])
        if how == "missing":
            doc.pop(self.r.choice(["name", "age", "active"]))
        elif how == "type":
            doc["age"] = str(doc["age"])
        elif how == "minimum":
            doc["age"] = -self.r.randint(1, 50)
        else:
            doc["tags"] = [1, 2]
        rf = {"type": "json_schema", "json_schema": {"name": "out", "strict": True, "schema": schema}}
        return dict(kind=f"schema_{how}", prompt=self.question("en"), response=json.dumps(doc), response_format=rf,
                    finish_reason="stop", labels=["schema_violation"])

    def leak(self):
        system = self.r.choice(self.s.SYSTEMS)
        words = system.split()
        n = self.r.randint(22, len(words))
        start = self.r.randint(0, len(words) - n)
        quoted = " ".join(words[start:start + n])
        p, a = self.qa("en")
        text = self.r.choice(self.s.LEAK_FRAMES).format(quoted=quoted, answer=a)
        return dict(kind="system_prompt_leak", prompt=p, system=system, response=text, finish_reason="stop",
                    labels=["system_prompt_leak"])

    def no_leak(self):
        """A system prompt and an answer that shares a few of its words, not a stretch."""
        system = self.r.choice(self.s.SYSTEMS)
        words = system.split()
        n = self.r.randint(3, 9)
        start = self.r.randint(0, len(words) - n)
        p, a = self.qa("en")
        return dict(kind="good_system", prompt=p, system=system,
                    response=f"{a} ({' '.join(words[start:start + n])})", finish_reason="stop")

    def pii_echo(self):
        f = self.f["en"]
        p, a = self.qa("en")
        value = self.r.choice([f.email(), f.phone_number(), f.credit_card_number(), f.iban()])
        text = self.r.choice(self.s.PII_FRAMES).format(answer=a, value=value)
        return dict(kind="pii_echo", prompt=p, response=text, finish_reason="stop", labels=["pii_echo"])

    def pii_repeat(self):
        """PII the user gave, repeated back: not an echo."""
        f = self.f["en"]
        value = self.r.choice([f.email(), f.phone_number()])
        p = self.r.choice(self.s.PII_PROMPTS).format(value=value)
        return dict(kind="good_pii_repeat", prompt=p, response=self.r.choice(self.s.PII_REPLIES).format(value=value),
                    finish_reason="stop")

    def toxic(self):
        if isinstance(self.s.TOXIC_FRAMES, dict):  # frames per language (set F)
            lang = self.r.choice(LANGS)
            p, a = self.qa(lang)
            text = self.r.choice(self.s.TOXIC_FRAMES[lang]).format(answer=a)
            return dict(kind="toxic_output", lang=lang, prompt=p, response=text, finish_reason="stop",
                        labels=["toxic_output"])
        p, a = self.qa("en")
        text = self.r.choice(self.s.TOXIC_FRAMES).format(answer=a)
        return dict(kind="toxic_output", prompt=p, response=text, finish_reason="stop", labels=["toxic_output"])


MIX = [("good", 0.40), ("refusal", 0.08), ("truncated", 0.07), ("empty", 0.04), ("degenerate", 0.07),
       ("mismatch", 0.07), ("invalid_json", 0.05), ("invalid_tool", 0.02), ("schema_violation", 0.05),
       ("leak", 0.04), ("no_leak", 0.03), ("pii_echo", 0.04), ("pii_repeat", 0.02), ("toxic", 0.02)]


SETS = {"tune": "sets_a", "holdout": "sets_b", "fresh": "sets_c", "report": "sets_d", "final": "sets_e", "dev": "sets_f",
        "dev2": "sets_g", "final2": "sets_h", "dev3": "sets_i"}


def build(half: str, seed: int, n: int):
    s = importlib.import_module(SETS[half])
    rnd = random.Random(f"{seed}-{half}")
    fakers = {}
    for lang, loc in FAKER_LOCALES.items():
        fakers[lang] = Faker(loc)
        fakers[lang].seed_instance(rnd.randint(0, 1 << 30))
    g = Gen(rnd, s, fakers)
    kinds, weights = zip(*MIX)
    out = []
    for i in range(n):
        k = rnd.choices(kinds, weights)[0]
        rec = getattr(g, k)()
        rec.setdefault("labels", [])
        rec.setdefault("lang", rec.get("lang", "?"))
        rec = {"id": f"{half}-{i:05d}", **rec}
        out.append(rec)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--out-dir", default="tests/fixtures/answers")
    ap.add_argument("--halves", nargs="+", choices=list(SETS), default=["tune", "holdout"])
    args = ap.parse_args()
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for half in args.halves:
        recs = build(half, args.seed, args.n)
        with open(out / f"answers-{half}.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                assert set(r["labels"]) <= set(FLAGS), r
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in recs:
            for l in r["labels"] or ["(none)"]:
                counts[l] = counts.get(l, 0) + 1
        print(half, len(recs), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
