#!/usr/bin/env python3
"""Rewrite a labelled PII set as the systems users run write text, to see what a
shape costs the scanner.

    python3 scripts/pii_shapes/rewrite.py tests/fixtures/pii/eval-dev13.jsonl /tmp/shapes
    cargo run --release -p glassbox-redact --example pii_eval -- /tmp/shapes/json2.jsonl

Writes one file per shape, every span moved with its text (`text[start:end] == value`
still holds):

- `json`:  each text as the content of a chat message (`{"role": "user", "content":
  "…"}`), escaped once;
- `json2`: inside a JSON document inside a JSON string, escaped twice (a tool call in a
  log line);
- `crlf`:  line breaks as `\\r\\n`;
- `html`:  HTML-escaped (`&quot;`, `&#x27;`, `&amp;`, `&lt;`);
- `upper`: in capitals;
- `wrap`:  hard-wrapped at 72 columns, as e-mail and PDF text come (a space becomes a
  line break, so offsets do not move).

Standard library only.
"""
import html
import json
import os
import sys


def charmap(text, f):
    out, pos = [], [0]
    for c in text:
        out.append(f(c))
        pos.append(pos[-1] + len(out[-1]))
    return "".join(out), pos


def json_once(c):
    return json.dumps(c, ensure_ascii=False)[1:-1]


def json_twice(c):
    return json.dumps(json.dumps(c, ensure_ascii=False)[1:-1], ensure_ascii=False)[1:-1]


SHAPES = {
    "json": (json_once, '{"role": "user", "content": "', '"}'),
    "json2": (json_twice, '{"input": "{\\"content\\": \\"', '\\"}"}'),
    "crlf": (lambda c: "\r\n" if c == "\n" else c, "", ""),
    "html": (lambda c: html.escape(c, quote=True), "", ""),
    "upper": (lambda c: c.upper() if len(c.upper()) == 1 else c, "", ""),
}


def moved(span, pos, off, text):
    a, b = pos[span["start"]] + off, pos[span["end"]] + off
    return dict(span, start=a, end=b, value=text[a:b])


def wrapped(text, width=72):
    chars, col = list(text), 0
    for i, c in enumerate(chars):
        col = 0 if c == "\n" else col + 1
        if c == " " and col > width:
            chars[i], col = "\n", 0
    return "".join(chars)


def main():
    src, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    with open(src, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    for name, (f, head, tail) in SHAPES.items():
        with open(os.path.join(outdir, f"{name}.jsonl"), "w", encoding="utf-8") as out:
            for r in records:
                body, pos = charmap(r["text"], f)
                text = head + body + tail
                off = len(head)
                rec = dict(
                    r,
                    text=text,
                    entities=[moved(e, pos, off, text) for e in r["entities"]],
                    decoys=[moved(d, pos, off, text) for d in r.get("decoys", [])],
                )
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "wrap.jsonl"), "w", encoding="utf-8") as out:
        for r in records:
            text = wrapped(r["text"])
            fix = lambda s: dict(s, value=text[s["start"]:s["end"]])  # noqa: E731
            rec = dict(
                r,
                text=text,
                entities=[fix(e) for e in r["entities"]],
                decoys=[fix(d) for d in r.get("decoys", [])],
            )
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{outdir}: {', '.join(list(SHAPES) + ['wrap'])}")


if __name__ == "__main__":
    main()
