#!/usr/bin/env python3
"""Build the multi-country name gazetteer from Faker's person providers.

Writes data/world_first_names.txt and data/world_last_names.txt: given names
and family names of every locale Faker ships (86 locales, native scripts and
the romanized forms it has), plus ASCII-folded spellings of Latin names
(`Łukasz` -> `Lukasz`, `Nguyễn` -> `Nguyen`) because people type names both
ways. Multi-word entries are split; particles (`van`, `bin`, `de`) are left to
the scanner's particle rules. Faker is MIT-licensed; the lists are data.

    python3 -m pip install 'faker==40.63.0'
    python3 crates/glassbox-redact/data/gen_world_names.py
"""
import importlib
import os
import pkgutil
import unicodedata

import faker.providers.person as person

HERE = os.path.dirname(os.path.abspath(__file__))
PARTICLES = {
    "van", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la",
    "le", "von", "zu", "bin", "binti", "bint", "ibn", "al", "el", "ben", "y", "e", "ter",
    "ten", "af", "av", "st.", "mac", "bat", "abu", "ould",
}
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                      "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})


def fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def words(value):
    if isinstance(value, dict):
        value = value.keys()
    if isinstance(value, str):
        value = [value]
    for v in value:
        if not isinstance(v, str):
            continue
        for w in v.replace("-", " ").split():
            w = w.strip(".,()")
            if (len(w) >= 2 or not w.isascii()) and w.lower() not in PARTICLES:
                yield w


# Everyday words that are also given names somewhere (`Spring`, `Wells`, `Will`):
# dropped from the world list; the US census list keeps its own (with the
# scanner's ambiguity rules), so `Will Smith` is still found.
EVERYDAY = {
    "spring", "summer", "autumn", "winter", "wells", "main", "branch", "boot", "san", "santa",
    "los", "las", "fort", "port", "saint", "mount", "lake", "river", "city", "town", "bay",
    "cloud", "stack", "rust", "swift", "go", "java", "kotlin", "scala", "julia", "ruby",
    "elixir", "perl", "python", "docker", "helm", "vault", "consul", "nomad", "kafka", "spark",
    "flink", "hive", "pig", "storm", "redis", "mongo", "postgres", "maria", "oracle", "azure",
    "amazon", "google", "apple", "meta", "alpha", "beta", "gamma", "delta", "sigma", "omega",
    "nova", "star", "sky", "sun", "moon", "ocean", "sea", "rain", "snow", "frost", "ice",
    "fire", "stone", "rock", "wood", "forest", "field", "grant", "chase", "bill", "mark",
    "pay", "cash", "gold", "silver", "diamond", "pearl", "ruby", "amber", "crystal", "jade",
    "page", "price", "rich", "young", "long", "short", "king", "queen", "prince", "major",
    "general", "colonel", "judge", "bishop", "pope", "dean", "chief", "guy", "man", "boy",
    "will", "may", "june", "april", "august", "march", "sunday", "monday", "friday",
    "north", "south", "east", "west", "central", "united", "union", "liberty", "victory",
    "faith", "hope", "joy", "grace", "glory", "honor", "honour", "justice", "patience",
    "unity", "harmony", "melody", "music", "poem", "story", "echo", "shadow", "angel",
    "devil", "magic", "mystery", "wonder", "lucky", "happy", "sunny", "stormy", "windy",
    "top", "max", "min", "sage", "ace", "aero", "auto", "neo", "zen", "pro", "plus",
}


def main():
    from faker.providers.lorem.en_US import Provider as Lorem
    everyday = EVERYDAY | {w.lower() for w in Lorem.word_list}
    first, last = set(), set()
    for mod in pkgutil.iter_modules(person.__path__):
        prov = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in dir(prov):
            if attr.startswith("_") or "names" not in attr:
                continue
            if "first" in attr or "middle" in attr:
                target = first
            elif "last" in attr:
                target = last
            else:
                continue
            try:
                target.update(words(getattr(prov, attr)))
            except TypeError:
                pass
    for s in (first, last):
        latin = [w for w in s if all(ord(c) < 0x250 for c in w)]
        s.update(fold(w) for w in latin)
    # Keep capitalised Latin words and words in caseless scripts; drop stray lower-case words.
    def keep(w):
        c = w[0]
        return c.isupper() or not c.isalpha() or c.lower() == c.upper()
    first = {w for w in first if w.lower() not in everyday}
    for name, s in (("world_first_names.txt", first), ("world_last_names.txt", last)):
        items = sorted(w for w in s if keep(w))
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write("\n".join(items) + "\n")
        print(name, len(items))


if __name__ == "__main__":
    main()
