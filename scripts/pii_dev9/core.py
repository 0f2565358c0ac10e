"""Segment lists with labelled spans, JSON/CSV escaping that keeps offsets, checks."""
import json
import re
import unicodedata


class L:
    """A labelled piece of text: kind 'E' (entity) or 'D' (decoy)."""
    __slots__ = ("kind", "type", "text", "raw")

    def __init__(self, kind, type_, text, raw=False):
        self.kind, self.type, self.text, self.raw = kind, type_, text, raw

    def __repr__(self):
        return f"{self.kind}:{self.type}:{self.text!r}"


def E(t, v, raw=False):
    return L("E", t, v, raw)


def D(t, v, raw=False):
    return L("D", t, v, raw)


class S(list):
    """A run of segments that forms one string (a JSON string leaf, a CSV cell...)."""


def flat(x):
    out = S()
    if x is None:
        return out
    if isinstance(x, (str, L)):
        if not (isinstance(x, str) and x == ""):
            out.append(x)
        return out
    for y in x:
        out.extend(flat(y))
    return out


PH = re.compile(r"⟦(\w+)⟧")


GM = re.compile(r"⟪([^|⟫]*)\|([^:⟫]*):([A-F])⟫")


def fill(tpl, **kw):
    g = kw.get("_g")
    if g is not None:
        tpl = GM.sub(lambda m: m.group(1) if g.get(m.group(3)) == "f" else m.group(2), tpl)
    out = S()
    pos = 0
    for m in PH.finditer(tpl):
        out.extend(flat(tpl[pos:m.start()]))
        out.extend(flat(kw[m.group(1)]))
        pos = m.end()
    out.extend(flat(tpl[pos:]))
    return out


def join(sep, parts):
    out = S()
    for i, p in enumerate(parts):
        if i:
            out.extend(flat(sep))
        out.extend(flat(p))
    return out


def mapseg(segs, f):
    out = S()
    for p in flat(segs):
        if isinstance(p, str):
            out.append(f(p))
        else:
            out.append(L(p.kind, p.type, f(p.text), p.raw))
    return out


def plain(segs):
    return "".join(p if isinstance(p, str) else p.text for p in flat(segs))


def jesc(segs, ascii=False):
    return mapseg(segs, lambda s: json.dumps(s, ensure_ascii=ascii)[1:-1])


def jdump(obj, indent=None, ascii=False, compact=False, _lvl=0):
    """JSON serialiser whose string leaves may be L or S (segment runs)."""
    isep = "," if compact or indent is not None else ", "
    ksep = ":" if compact else ": "
    out = S()
    if isinstance(obj, dict):
        if not obj:
            return S(["{}"])
        out.append("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(isep)
            if indent is not None:
                out.append("\n" + " " * (indent * (_lvl + 1)))
            out.append(json.dumps(k, ensure_ascii=ascii) + ksep)
            out.extend(jdump(v, indent, ascii, compact, _lvl + 1))
        if indent is not None:
            out.append("\n" + " " * (indent * _lvl))
        out.append("}")
        return out
    if isinstance(obj, S):
        out.append('"')
        out.extend(jesc(obj, ascii))
        out.append('"')
        return out
    if isinstance(obj, (list, tuple)):
        if not obj:
            return S(["[]"])
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(isep)
            if indent is not None:
                out.append("\n" + " " * (indent * (_lvl + 1)))
            out.extend(jdump(v, indent, ascii, compact, _lvl + 1))
        if indent is not None:
            out.append("\n" + " " * (indent * _lvl))
        out.append("]")
        return out
    if isinstance(obj, L):
        if obj.raw:
            out.append(obj)
            return out
        out.append('"')
        out.extend(jesc([obj], ascii))
        out.append('"')
        return out
    out.append(json.dumps(obj, ensure_ascii=ascii))
    return out


def csv_cell(x, sep=","):
    segs = flat(x)
    txt = plain(segs)
    if any(c in txt for c in (sep, '"', "\n")):
        return S(['"']) + mapseg(segs, lambda s: s.replace('"', '""')) + S(['"'])
    return segs


def csv_row(cells, sep=","):
    return join(sep, [csv_cell(c, sep) for c in cells])


def render(segs):
    text = []
    ents, decs = [], []
    pos = 0
    for p in flat(segs):
        if isinstance(p, str):
            text.append(p)
            pos += len(p)
        else:
            span = {"type": p.type, "start": pos, "end": pos + len(p.text), "value": p.text}
            (ents if p.kind == "E" else decs).append(span)
            text.append(p.text)
            pos += len(p.text)
    return "".join(text), ents, decs


# ---------------------------------------------------------------- checks
PARTICLES = {"van", "von", "der", "den", "dem", "ter", "ten", "del", "della", "dos", "das", "des",
             "bin", "ibn", "bint", "abu", "mac", "nic", "the", "and", "het", "los", "las", "zu"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
PLUS_RE = re.compile(r"\+\d[\d \-().]{5,}\d")
OPS_RE = re.compile(r"(?<![\w/.-])(?:health check|healthcheck|/healthz|/readyz|/livez|unhealthy|healthy|liveness probe|health)(?![\w-])", re.I)
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def script_of(ch):
    try:
        n = unicodedata.name(ch)
    except ValueError:
        return "?"
    for k in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"):
        if n.startswith(k):
            return "nospace"
    if n.startswith("LATIN"):
        return "latin"
    return "other"


def tokens(v):
    out = []
    for m in re.finditer(r"[^\W\d_]+(?:[\u0300-\u036f\u0e31-\u0e4e\u0900-\u0963\u064b-\u065f]+[^\W\d_]*)*", v):
        t = m.group(0)
        sc = script_of(t[0])
        if sc == "latin" and len(t) >= 3 and t.lower() not in PARTICLES:
            out.append((t, "word"))
        elif sc == "nospace" and len(t) >= 2:
            out.append((t, "sub"))
        elif sc == "other" and len(t) >= 2:
            out.append((t, "word"))
    return out


def covered(a, b, spans):
    return any(s <= a and b <= e for s, e in spans)


def check(text, ents, decs, free):
    spans = sorted([(s["start"], s["end"]) for s in ents + decs])
    for s in ents + decs:
        v = s["value"]
        if text[s["start"]:s["end"]] != v:
            return "offset mismatch"
        if not v or v != v.strip():
            return f"whitespace/empty span {v!r}"
    for s in ents:
        if s["type"] == "CREDIT_CARD":
            digits = re.sub(r"\D", "", s["value"])
            tot = sum(int(d) if i % 2 == 0 else (2 * int(d) - 9 if int(d) > 4 else 2 * int(d))
                      for i, d in enumerate(reversed(digits)))
            if tot % 10:
                return "card fails Luhn"
        if s["type"] == "IBAN":
            x = s["value"].replace(" ", "")
            if int("".join(str(int(ch, 36)) for ch in x[4:] + x[:4])) % 97 != 1:
                return "iban fails mod-97"
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 < b1:
            return "overlap"
    ev = {s["value"] for s in ents}
    if ev & {s["value"] for s in decs}:
        return "value both entity and decoy"
    if free and ents:
        return "entities in free text"
    if not free and not ents:
        return "no entities"
    for s in ents:
        v = s["value"]
        if len(v) >= 4:
            i = text.find(v)
            while i >= 0:
                if not covered(i, i + len(v), spans):
                    return f"unlabelled repeat of {v!r}"
                i = text.find(v, i + 1)
        if s["type"] == "PERSON":
            for t, how in tokens(v):
                if how == "sub":
                    it = [m.start() for m in re.finditer(re.escape(t), text)]
                else:
                    it = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, re.I)]
                for i in it:
                    if not covered(i, i + len(t), spans):
                        return f"unlabelled name token {t!r}"
    for m in EMAIL_RE.finditer(text):
        at = m.start() + m.group(0).index("@")
        if free:
            return "email in free text"
        if not any(s["start"] <= at < s["end"] and s["type"] == "EMAIL" for s in ents):
            pre = text[max(0, m.start() - 80):m.start()]
            if "://" in pre and any(s["start"] <= at - 1 < s["end"] and s["type"] == "PASSWORD" for s in ents):
                continue
            return f"unlabelled email {m.group(0)!r}"
    for m in PLUS_RE.finditer(text):
        if free:
            return "plus number in free text"
        if not any(s["start"] <= m.start() and m.end() <= s["end"] and s["type"] == "PHONE" for s in ents):
            return f"unlabelled +number {m.group(0)!r}"
    if IPV4_RE.search(text):
        return "ipv4-like"
    for m in OPS_RE.finditer(text):
        if not covered(m.start(), m.end(), spans):
            return f"unlabelled ops term {m.group(0)!r}"
    return None


def ascii_fold(s):
    rep = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
           "þ": "th", "Þ": "Th", "ð": "d", "ı": "i", "œ": "oe", "'": "", "’": ""}
    s = "".join(rep.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))
