"""Segment machinery for pii_dev7.

A text is built as a list of segments ``(text, type)``. ``type`` is None for plain
text, an entity type, or a decoy type. Escaping (JSON, nested JSON) is applied
segment by segment, so the offsets of labelled spans stay exact inside escaped
strings. ``assemble`` turns the segments into the final record.
"""
import json
import re

ENTITY_TYPES = {
    "PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE", "PASSWORD", "HEALTH", "EMAIL",
    "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS",
}
DECOY_TYPES = {
    "DATE", "FILE_PATH", "HEX_HASH", "NUMERIC_ID", "OPS_TERM", "ORDER_ID", "PRICE",
    "VERSION", "PROPER_NOUN",
}


class S(list):
    """A list of segments (a rich string). Distinct from a JSON array."""

    def __add__(self, other):
        return S(list.__add__(self, segs(other)))

    def __radd__(self, other):
        return S(segs(other) + list(self))

    def plain(self):
        return "".join(t for t, _ in self)


def segs(x):
    """Coerce a str / (text, type) tuple / list of those into an S."""
    if isinstance(x, S):
        return x
    if x is None:
        return S()
    if isinstance(x, str):
        return S([(x, None)]) if x else S()
    if isinstance(x, tuple):
        return S([x])
    out = S()
    for item in x:
        out.extend(segs(item))
    return out


def lab(typ, value):
    """A labelled segment. Surrounding whitespace is pushed outside the span."""
    assert typ in ENTITY_TYPES or typ in DECOY_TYPES, typ
    core = value.strip()
    assert core, (typ, value)
    i = value.index(core)
    out = S()
    if i:
        out.append((value[:i], None))
    out.append((core, typ))
    if i + len(core) < len(value):
        out.append((value[i + len(core):], None))
    return out


def cat(*parts):
    out = S()
    for p in parts:
        out.extend(segs(p))
    return out


def join(sep, items):
    out = S()
    for i, it in enumerate(items):
        if i:
            out.extend(segs(sep))
        out.extend(segs(it))
    return out


_SLOT = re.compile(r"\{(\w+)\}")


def T(fmt, **kw):
    """Fill ``{name}`` slots of a format string with strings or segment lists."""
    out = S()
    pos = 0
    for m in _SLOT.finditer(fmt):
        if m.start() > pos:
            out.append((fmt[pos:m.start()], None))
        out.extend(segs(kw[m.group(1)]))
        pos = m.end()
    if pos < len(fmt):
        out.append((fmt[pos:], None))
    return out


def map_text(s, fn):
    """Apply a text transform (that must work per character run) to every segment."""
    return S([(fn(t), ty) for t, ty in segs(s) if t])


def esc_json(s, ascii=False):
    return S([(json.dumps(t, ensure_ascii=ascii)[1:-1], ty) for t, ty in segs(s) if t])


def esc_csv(s):
    """CSV-quote a field if needed (doubling quotes segment by segment)."""
    s = segs(s)
    raw = s.plain()
    if any(c in raw for c in ',"\n'):
        return cat('"', S([(t.replace('"', '""'), ty) for t, ty in s]), '"')
    return s


def jdump(obj, indent=None, ascii=False, compact=False, _lvl=0):
    """Serialise a JSON value whose string leaves may be S segment lists."""
    ksep = ":" if compact else ": "
    isep = "," if (compact or indent is not None) else ", "
    nl = ""
    pad = pad_in = ""
    if indent is not None:
        nl = "\n"
        pad = " " * (indent * _lvl)
        pad_in = " " * (indent * (_lvl + 1))
    if isinstance(obj, S):
        return cat('"', esc_json(obj, ascii), '"')
    if isinstance(obj, str):
        return S([(json.dumps(obj, ensure_ascii=ascii), None)])
    if isinstance(obj, dict):
        if not obj:
            return S([("{}", None)])
        out = S([("{" + nl, None)])
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((isep + nl, None))
            out.append((pad_in + json.dumps(k, ensure_ascii=ascii) + ksep, None))
            out.extend(jdump(v, indent, ascii, compact, _lvl + 1))
        out.append((nl + pad + "}", None))
        return out
    if isinstance(obj, (list, tuple)):
        if not obj:
            return S([("[]", None)])
        out = S([("[" + nl, None)])
        for i, v in enumerate(obj):
            if i:
                out.append((isep + nl, None))
            out.append((pad_in, None))
            out.extend(jdump(v, indent, ascii, compact, _lvl + 1))
        out.append((nl + pad + "]", None))
        return out
    return S([(json.dumps(obj), None)])


def assemble(s):
    text_parts = []
    ents, decs = [], []
    pos = 0
    for t, ty in segs(s):
        if not t:
            continue
        if ty:
            rec = {"type": ty, "start": pos, "end": pos + len(t), "value": t}
            (ents if ty in ENTITY_TYPES else decs).append(rec)
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), ents, decs


# ---------------------------------------------------------------- checksums

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_mod97(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_make(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


# ---------------------------------------------------------------- validation

_WS = re.compile(r"^\s|\s$")


def validate(rec):
    """Raise AssertionError when a record breaks a labelling invariant."""
    text = rec["text"]
    spans = sorted(rec["entities"] + rec["decoys"], key=lambda r: (r["start"], r["end"]))
    last_end = -1
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["value"], sp
        assert sp["value"] and not _WS.search(sp["value"]), sp
        assert sp["start"] >= last_end, ("overlap", sp)
        last_end = sp["end"]
        if sp["type"] == "CREDIT_CARD":
            d = re.sub(r"\D", "", sp["value"])
            assert 13 <= len(d) <= 19 and luhn_ok(d), sp
        if sp["type"] == "IBAN":
            assert iban_mod97(sp["value"]) == 1, sp
    return True
