#!/usr/bin/env python3
"""Romanize the Cyrillic given and family names of the name lists.

People with Ukrainian, Russian, Belarusian, Bulgarian, Macedonian or Serbian names
mostly type them in Latin letters, each country by its own rules (`Наталія` is
`Nataliia` in a Ukrainian passport, `Наталья` is `Natalia` in a Russian one and
`Natalya` in most English text). For every Cyrillic name in
`world_first_names.txt`, `world_last_names.txt` and `native_script_names.txt`, this
writes its spelling under Ukraine's official transliteration (2010), the ICAO rules
of Russian passports (2013), the popular English spelling (`-iy`, `ya`, `yu`) and
Bulgaria's official rules (2009), into `romanized_first_names.txt` and
`romanized_last_names.txt`. Spellings that are everyday English words
(`dictionary_words.txt`, `common_words.txt`) are left out.

    python3 crates/glassbox-redact/data/gen_romanized_names.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz", "љ": "lj", "њ": "nj", "џ": "dzh", "ј": "j", "ђ": "dj", "ћ": "c", "'": "",
    "’": "", "ʼ": "",
}
# Ukraine, 2010: г is h, и is y; є ї й ю я open a word as ye yi y yu ya.
UA = dict(COMMON, **{"г": "h", "и": "y", "ґ": "g"})
UA_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# Russian passports (ICAO 9303): ъ is ie.
ICAO = dict(COMMON, **{"ъ": "ie"})
# The spelling English text uses most: й y, ю yu, я ya, ё yo, е ye at a word's start.
POPULAR = dict(COMMON, **{"й": "y", "ю": "yu", "я": "ya", "ё": "yo", "є": "ye", "ї": "yi"})
POPULAR_INITIAL = {"е": "ye"}
# Bulgaria, 2009: х h, щ sht, ъ a, й y, ю yu, я ya.
BG = dict(COMMON, **{"х": "h", "щ": "sht", "ъ": "a", "й": "y", "ю": "yu", "я": "ya"})
SCHEMES = [(UA, UA_INITIAL), (ICAO, {}), (POPULAR, POPULAR_INITIAL), (BG, {})]

CYRILLIC = re.compile(r"[\u0400-\u04FF'’ʼ-]+")


def romanize(name, table, initial):
    out = []
    for i, ch in enumerate(name.lower()):
        if ch == "-":
            out.append("-")
            continue
        start = i == 0 or name[i - 1] == "-"
        if start and ch in initial:
            out.append(initial[ch])
        elif ch in table:
            out.append(table[ch])
        else:
            return None
    word = "".join(out)
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-") if p)


def variants(name):
    seen = []
    for table, initial in SCHEMES:
        r = romanize(name, table, initial)
        if r and r not in seen:
            seen.append(r)
    return seen


def cyrillic_names(path, section=None):
    """Names of `path`; in a sectioned file only those of sections starting `section`."""
    names, current = [], None
    with open(os.path.join(HERE, path), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("#"):
                current = line[1:].strip()
                continue
            if section and not (current or "").startswith(section):
                continue
            if line and CYRILLIC.fullmatch(line):
                names.append(line)
    return names


def everyday():
    words = set()
    for path in ("dictionary_words.txt", "common_words.txt"):
        with open(os.path.join(HERE, path), encoding="utf-8") as f:
            words.update(w.strip().lower() for w in f if w.strip())
    return words


def main():
    skip = everyday()
    for kind, world, section in (
        ("first", "world_first_names.txt", "given"),
        ("last", "world_last_names.txt", "family"),
    ):
        names = cyrillic_names(world) + cyrillic_names("native_script_names.txt", section)
        out = set()
        for name in names:
            for v in variants(name):
                if len(v) >= 3 and v.isascii() and v.lower() not in skip:
                    out.add(v)
        path = os.path.join(HERE, f"romanized_{kind}_names.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(out)) + "\n")
        print(f"{path}: {len(out)} spellings of {len(names)} names")


if __name__ == "__main__":
    main()
