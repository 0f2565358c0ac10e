"""Span-tracking document builder.

A Doc is a list of parts (text, label, kind) where label is None for plain
text, kind is 'e' (entity) or 'd' (decoy).  Escaping functions are applied
part-by-part (they are character-local), so offsets stay exact after a body
is embedded in JSON strings, CSV cells, etc.
"""
import json
import re

ENTITY_TYPES = {"PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE", "EMAIL", "PASSWORD",
                "HEALTH", "IBAN", "CREDIT_CARD", "US_SSN", "IP_ADDRESS"}
DECOY_TYPES = {"PROPER_NOUN", "DATE", "VERSION", "NUMERIC_ID", "ORDER_ID", "PRICE",
               "HEX_HASH", "CODE_IDENT", "OPS_TERM"}


class Doc:
    def __init__(self, parts=None):
        self.parts = list(parts or [])

    # building -----------------------------------------------------------
    def t(self, s):
        if s:
            self.parts.append((s, None, None))
        return self

    def e(self, typ, s):
        assert typ in ENTITY_TYPES, typ
        self.parts.append((s, typ, "e"))
        return self

    def d(self, typ, s):
        assert typ in DECOY_TYPES, typ
        self.parts.append((s, typ, "d"))
        return self

    def add(self, other, esc=None):
        """Append another Doc (or str), optionally escaping each part."""
        if isinstance(other, str):
            return self.t(esc(other) if esc else other)
        for s, lab, kind in other.parts:
            self.parts.append((esc(s) if esc else s, lab, kind))
        return self

    def __iadd__(self, other):
        return self.add(other)

    def escaped(self, esc):
        return Doc([(esc(s), l, k) for s, l, k in self.parts])

    def plain(self):
        return "".join(p[0] for p in self.parts)

    def map_plain(self, fn):
        """Apply fn to plain parts only (e.g. lower-casing around spans)."""
        return Doc([(fn(s) if l is None else s, l, k) for s, l, k in self.parts])

    def map_all(self, fn):
        return Doc([(fn(s), l, k) for s, l, k in self.parts])

    def labels(self):
        return [(l, k) for s, l, k in self.parts if l]

    def render(self):
        text = []
        ents, decs = [], []
        pos = 0
        for s, lab, kind in self.parts:
            if lab:
                # spans must not begin/end with whitespace
                if s != s.strip():
                    raise ValueError("span with surrounding whitespace: %r" % s)
                if not s:
                    raise ValueError("empty span for %s" % lab)
                rec = {"type": lab, "start": pos, "end": pos + len(s), "value": s}
                (ents if kind == "e" else decs).append(rec)
            text.append(s)
            pos += len(s)
        return "".join(text), ents, decs


# escaping helpers (all character-local) -----------------------------------

def json_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def json_esc_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def csv_esc(s):
    return s.replace('"', '""')


def sql_esc(s):
    return s.replace("'", "''")


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def nl_to_space(s):
    return s.replace("\n", " ")


def validate(rec):
    text = rec["text"]
    for key in ("entities", "decoys"):
        for sp in rec[key]:
            if text[sp["start"]:sp["end"]] != sp["value"]:
                raise AssertionError("bad span in id %s: %r" % (rec["id"], sp))
            if sp["start"] >= sp["end"]:
                raise AssertionError("empty span in id %s" % rec["id"])
    allsp = sorted(rec["entities"] + rec["decoys"], key=lambda x: x["start"])
    for a, b in zip(allsp, allsp[1:]):
        if b["start"] < a["end"]:
            raise AssertionError("overlap in id %s: %r %r" % (rec["id"], a, b))
    for sp in rec["entities"]:
        assert sp["type"] in ENTITY_TYPES, sp
    for sp in rec["decoys"]:
        assert sp["type"] in DECOY_TYPES, sp


def jdump(obj, indent=None, ascii=False, level=0, sep=(", ", ": ")):
    """Serialise obj to JSON as a Doc.  Values may be Doc (labelled string
    content), str, numbers, bools, None, lists, dicts (ordered)."""
    esc = json_esc_ascii if ascii else json_esc
    out = Doc()
    if isinstance(obj, Doc):
        out.t('"').add(obj, esc=esc).t('"')
    elif isinstance(obj, str):
        out.t(json.dumps(obj, ensure_ascii=ascii))
    elif obj is None or isinstance(obj, (bool, int, float)):
        out.t(json.dumps(obj))
    elif isinstance(obj, (list, tuple)):
        if not obj:
            return out.t("[]")
        out.t("[")
        for i, v in enumerate(obj):
            if indent is not None:
                out.t("\n" + " " * (indent * (level + 1)))
            out.add(jdump(v, indent, ascii, level + 1, sep))
            if i < len(obj) - 1:
                out.t("," if indent is not None else sep[0])
        if indent is not None:
            out.t("\n" + " " * (indent * level))
        out.t("]")
    elif isinstance(obj, dict):
        if not obj:
            return out.t("{}")
        out.t("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            if indent is not None:
                out.t("\n" + " " * (indent * (level + 1)))
            out.t(json.dumps(k, ensure_ascii=ascii) + (": " if indent is not None else sep[1]))
            out.add(jdump(v, indent, ascii, level + 1, sep))
            if i < len(items) - 1:
                out.t("," if indent is not None else sep[0])
        if indent is not None:
            out.t("\n" + " " * (indent * level))
        out.t("}")
    else:
        raise TypeError(type(obj))
    return out


def E(typ, s):
    return Doc().e(typ, s)


def D(typ, s):
    return Doc().d(typ, s)


def cat(*parts):
    d = Doc()
    for p in parts:
        d.add(p)
    return d
