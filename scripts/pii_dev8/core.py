"""Labelled segment lists, escaping that keeps offsets, and record checks.

A text is built as a list whose items are plain ``str`` or ``S`` (a labelled
span). Escaping (JSON, CSV) is applied item by item, so a label always covers
exactly the escaped form of its value and offsets stay exact at any depth.
"""
import json
import re

SLOT = re.compile(r"⟦(\w+)⟧")


class S:
    __slots__ = ("text", "type", "decoy")

    def __init__(self, text, type_, decoy=False):
        self.text = text
        self.type = type_
        self.decoy = decoy

    def __repr__(self):
        return f"S({self.type}{'~' if self.decoy else ''}:{self.text!r})"


def E(type_, text):
    """An entity span."""
    return S(text, type_, False)


def D(type_, text):
    """A decoy span."""
    return S(text, type_, True)


def flat(*parts):
    """Flatten str / S / list / tuple into one segment list."""
    out = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, (list, tuple)):
            out.extend(flat(*p))
        elif isinstance(p, (str, S)):
            if isinstance(p, str) and p == "":
                continue
            out.append(p)
        else:
            out.append(str(p))
    return out


def fill(template, **kw):
    """Substitute ⟦name⟧ slots; values may be str, S or segment lists."""
    out = []
    pos = 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            out.append(template[pos:m.start()])
        key = m.group(1)
        if key not in kw:
            raise KeyError(f"slot {key} missing for template {template[:60]!r}")
        out.extend(flat(kw[key]))
        pos = m.end()
    if pos < len(template):
        out.append(template[pos:])
    return out


def mapseg(segs, fn):
    out = []
    for s in flat(segs):
        if isinstance(s, S):
            out.append(S(fn(s.text), s.type, s.decoy))
        else:
            out.append(fn(s))
    return out


def plain(segs):
    return "".join(s.text if isinstance(s, S) else s for s in flat(segs))


def _jstr(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jesc(segs, ascii_=False):
    """Escape segments as the inside of a JSON string."""
    return mapseg(segs, lambda t: _jstr(t, ascii_))


class Txt:
    """A JSON string leaf made of segments."""

    __slots__ = ("segs",)

    def __init__(self, *segs):
        self.segs = flat(*segs)


def jdump(obj, indent=None, ascii_=False, sep=(", ", ": "), _lvl=0):
    """json.dumps that returns segments; string leaves may be S or Txt."""
    if indent is not None:
        sep = (",", ": ")
    nl = "" if indent is None else "\n" + " " * (indent * (_lvl + 1))
    nl_end = "" if indent is None else "\n" + " " * (indent * _lvl)
    if isinstance(obj, (S, Txt)):
        segs = [obj] if isinstance(obj, S) else obj.segs
        return ['"'] + jesc(segs, ascii_) + ['"']
    if isinstance(obj, str):
        return [json.dumps(obj, ensure_ascii=ascii_)]
    if obj is None or isinstance(obj, (bool, int, float)):
        return [json.dumps(obj)]
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(sep[0])
            out.append(nl)
            out.append(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            out.extend(jdump(v, indent, ascii_, sep, _lvl + 1))
        out.append(nl_end + "}")
        return flat(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return ["[]"]
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(sep[0])
            out.append(nl)
            out.extend(jdump(v, indent, ascii_, sep, _lvl + 1))
        out.append(nl_end + "]")
        return flat(out)
    raise TypeError(type(obj))


def csv_field(segs, delim=","):
    p = plain(segs)
    if any(c in p for c in (delim, '"', "\n")):
        return ['"'] + mapseg(segs, lambda t: t.replace('"', '""')) + ['"']
    return flat(segs)


def csv_row(fields, delim=","):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(delim)
        out.extend(csv_field(f, delim))
    return out


def render(segs):
    text = []
    ents, decs = [], []
    pos = 0
    for s in flat(segs):
        t = s.text if isinstance(s, S) else s
        if isinstance(s, S):
            span = {"type": s.type, "start": pos, "end": pos + len(t), "value": t}
            (decs if s.decoy else ents).append(span)
        text.append(t)
        pos += len(t)
    return "".join(text), ents, decs


# ---------------------------------------------------------------- checks

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16,
            "AT": 20, "CH": 21, "PL": 28, "PT": 25, "SE": 24, "IE": 22, "FI": 18,
            "DK": 18, "NO": 15, "CZ": 24, "RO": 24, "HU": 28, "GR": 27, "TR": 26,
            "SA": 24, "AE": 23, "IL": 23, "BR": 29, "LU": 20}


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_ok(s):
    c = s.replace(" ", "")
    return IBAN_LEN.get(c[:2]) == len(c) and iban_mod(c) == 1


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PLUSPHONE_RE = re.compile(r"(?<![\w+])\+\d{1,3}[ \-.(]{0,2}\d[\d \-.()]{5,}\d")
LATIN_TOKEN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ'’]+")


def _is_latin(tok):
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or c in "'’" for c in tok)


def _cjk(tok):
    return any(0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in tok)


def validate(rec, piifree):
    """Return a list of problems (empty when the record is fine)."""
    text = rec["text"]
    probs = []
    spans = rec["entities"] + rec["decoys"]
    for sp in spans:
        v = sp["value"]
        if text[sp["start"]:sp["end"]] != v:
            probs.append(f"offset mismatch {sp}")
        if not v or v != v.strip():
            probs.append(f"whitespace at edge {sp}")
    ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(ss, ss[1:]):
        if b["start"] < a["end"]:
            probs.append(f"overlap {a} {b}")
    ev = {sp["value"] for sp in rec["entities"]}
    for sp in rec["decoys"]:
        if sp["value"] in ev:
            probs.append(f"value both entity and decoy {sp['value']!r}")
    if piifree and rec["entities"]:
        probs.append("entities in PII-free text")
    for sp in rec["entities"]:
        v = sp["value"]
        if sp["type"] == "CREDIT_CARD" and not luhn_ok(v):
            probs.append(f"luhn {v}")
        if sp["type"] == "IBAN" and not iban_ok(v):
            probs.append(f"iban {v}")

    def covered(a, b, only=None):
        for sp in spans:
            if only and sp["type"] not in only:
                continue
            if sp["start"] <= a and b <= sp["end"]:
                return True
        return False

    # every occurrence of an entity value must be labelled
    for sp in rec["entities"]:
        v = sp["value"]
        if len(v) < 4:
            continue
        i = text.find(v)
        while i >= 0:
            if not covered(i, i + len(v)):
                probs.append(f"unlabelled repeat of {sp['type']} {v!r}")
                break
            i = text.find(v, i + 1)
    # PERSON tokens elsewhere in the text
    for sp in rec["entities"]:
        if sp["type"] != "PERSON":
            continue
        for tok in re.split(r"[\s,.\-]+", sp["value"]):
            tok = tok.strip("'’")
            if not tok:
                continue
            if _is_latin(tok):
                if len(tok) < 3 or not tok[0].isalpha():
                    continue
                pat = re.compile(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", re.I)
            elif _cjk(tok):
                if len(tok) < 2:
                    continue
                pat = re.compile(re.escape(tok))
            else:
                if len(tok) < 2:
                    continue
                pat = re.compile(re.escape(tok))
            for m in pat.finditer(text):
                if not covered(m.start(), m.end()):
                    probs.append(f"PERSON token {tok!r} unlabelled at {m.start()}")
                    break
    # e-mail addresses must be labelled; PII-free texts have none
    for m in EMAIL_RE.finditer(text):
        at = m.start() + m.group().index("@")
        if not piifree and (text[m.start() - 1:m.start()] == ":" or
                            any(sp["type"] == "PASSWORD" and sp["end"] == at for sp in rec["entities"])):
            continue  # user:password@host in a URL
        if piifree or not covered(at, at + 1, {"EMAIL"}):
            probs.append(f"unlabelled email {m.group()!r}")
    for m in PLUSPHONE_RE.finditer(text):
        if piifree or not covered(m.start(), m.start() + 2):
            probs.append(f"unlabelled +phone {m.group()!r}")
    return probs
