"""Segment machinery, escaping, rendering and validation for pii_dev6.

A text is built as a flat list of *segments*: plain ``str`` pieces and ``Lab``
pieces (a labelled entity or decoy).  Escaping (JSON, SQL, CSV, shell…) is
applied segment by segment; every escaper used here maps characters one by
one, so a labelled value stays exactly the substring of the final text.
"""
import json
import re

ENTITY_TYPES = ("PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE", "PASSWORD", "HEALTH",
                "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS")
DECOY_TYPES = ("DATE", "FILE_PATH", "HEX_HASH", "NUMERIC_ID", "OPS_TERM", "ORDER_ID",
               "PRICE", "VERSION", "PROPER_NOUN")


class Lab:
    __slots__ = ("kind", "type", "text")

    def __init__(self, kind, typ, text):
        assert kind in ("E", "D"), kind
        if kind == "E":
            assert typ in ENTITY_TYPES, typ
        else:
            assert typ in DECOY_TYPES, typ
        self.kind, self.type, self.text = kind, typ, text

    def map(self, fn):
        return Lab(self.kind, self.type, fn(self.text))

    def __repr__(self):
        return f"Lab({self.kind},{self.type},{self.text!r})"


def E(typ, text):
    return Lab("E", typ, text)


def D(typ, text):
    return Lab("D", typ, text)


class Seq(list):
    """A list of segments (str | Lab).  Distinct from a JSON array (plain list)."""


def seq(*parts):
    out = Seq()
    for p in parts:
        _extend(out, p)
    return out


def _extend(out, p):
    if p is None:
        return
    if isinstance(p, (str, Lab)):
        out.append(p)
    elif isinstance(p, Seq) or isinstance(p, (list, tuple)):
        for q in p:
            _extend(out, q)
    elif isinstance(p, (int, float)):
        out.append(str(p))
    else:
        raise TypeError(type(p))


_PH = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def T(template, **kw):
    """Fill ``{name}`` placeholders with segments.  Unknown names stay literal."""
    out = Seq()
    pos = 0
    for m in _PH.finditer(template):
        name = m.group(1)
        if name not in kw:
            continue
        out.append(template[pos:m.start()])
        _extend(out, kw[name])
        pos = m.end()
    out.append(template[pos:])
    return Seq(p for p in out if not (isinstance(p, str) and p == ""))


def join(sep, items):
    out = Seq()
    for i, it in enumerate(items):
        if i:
            _extend(out, sep)
        _extend(out, it)
    return out


def smap(fn, segs):
    """Apply a char-local escaper to every segment."""
    out = Seq()
    for p in seq(segs):
        out.append(p.map(fn) if isinstance(p, Lab) else fn(p))
    return out


def plain(segs):
    return "".join(p.text if isinstance(p, Lab) else p for p in seq(segs))


# ---------------------------------------------------------------- escapers
def j_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def j_esc_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def sql_esc(s):
    return s.replace("'", "''")


def csv_esc(s):
    return s.replace('"', '""')


def sh_sq(s):
    return s.replace("'", "'\\''")


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def logfmt_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def jstr(segs, ascii_=False):
    """A JSON string literal (with quotes) from segments."""
    return seq('"', smap(j_esc_ascii if ascii_ else j_esc, segs), '"')


def csv_field(segs):
    s = plain(segs)
    if any(c in s for c in ',"\n'):
        return seq('"', smap(csv_esc, segs), '"')
    return seq(segs)


def jdump(obj, indent=None, ascii_=False, sep=(", ", ": "), _lvl=0):
    """Serialise python structures to JSON segments.

    dict -> object, list -> array, Seq/Lab/str -> string, int/float/bool/None ->
    literal, Raw -> inserted as is (already JSON).
    """
    if isinstance(obj, Raw):
        return seq(obj.segs)
    if obj is None:
        return seq("null")
    if obj is True:
        return seq("true")
    if obj is False:
        return seq("false")
    if isinstance(obj, (int, float)):
        return seq(json.dumps(obj))
    if isinstance(obj, (str, Lab, Seq)):
        return jstr(obj, ascii_)
    if isinstance(obj, (dict, list)):
        items = list(obj.items()) if isinstance(obj, dict) else list(obj)
        op, cl = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        if not items:
            return seq(op + cl)
        out = Seq([op])
        for i, it in enumerate(items):
            if indent is not None:
                out.append("\n" + " " * (indent * (_lvl + 1)))
            if isinstance(obj, dict):
                k, v = it
                out.append(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            else:
                v = it
            _extend(out, jdump(v, indent, ascii_, sep, _lvl + 1))
            if i < len(items) - 1:
                out.append(sep[0].rstrip() if indent is not None else sep[0])
        if indent is not None:
            out.append("\n" + " " * (indent * _lvl))
        out.append(cl)
        return out
    raise TypeError(type(obj))


class Raw:
    def __init__(self, segs):
        self.segs = seq(segs)


COMPACT = (",", ":")


# ---------------------------------------------------------------- render
def render(segs):
    text_parts, ents, decs = [], [], []
    pos = 0
    for p in seq(segs):
        if isinstance(p, Lab):
            if p.text == "":
                continue
            rec = {"type": p.type, "start": pos, "end": pos + len(p.text), "value": p.text}
            (ents if p.kind == "E" else decs).append(rec)
            text_parts.append(p.text)
            pos += len(p.text)
        else:
            text_parts.append(p)
            pos += len(p)
    return "".join(text_parts), ents, decs


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def validate(rec):
    text = rec["text"]
    spans = []
    for key in ("entities", "decoys"):
        for e in rec[key]:
            v = e["value"]
            assert text[e["start"]:e["end"]] == v, (rec["id"], e)
            assert v and v == v.strip(), (rec["id"], e)
            spans.append((e["start"], e["end"], key, e["type"], v))
            if key == "entities" and e["type"] == "CREDIT_CARD":
                assert luhn_ok(v), (rec["id"], v)
            if key == "entities" and e["type"] == "IBAN":
                assert iban_ok(v), (rec["id"], v)
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (rec["id"], a, b)
