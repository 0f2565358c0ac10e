"""Segment lists with labelled spans, escaping that keeps exact offsets, rendering and checks.

A text is built as a list of parts: plain ``str`` pieces and ``S`` spans (an entity ``E``
or a decoy ``D``).  Every transformation (JSON escaping, CSV quoting, lower-casing for
voice transcripts) is applied piece by piece, so the span offsets stay exact after
double escaping.
"""
import ipaddress
import json
import re


class S:
    __slots__ = ("kind", "type", "value")

    def __init__(self, kind, type_, value):
        self.kind = kind
        self.type = type_
        self.value = value

    def map(self, f):
        return S(self.kind, self.type, f(self.value))

    def __repr__(self):
        return "%s(%s,%r)" % (self.kind, self.type, self.value)


def E(t, v):
    return S("E", t, v)


def D(t, v):
    return S("D", t, v)


class Raw:
    """Parts inserted into JSON as they are (numbers, pre-rendered JSON)."""

    def __init__(self, parts):
        self.parts = parts


class Rich:
    """A JSON string value made of parts (escaped piece by piece)."""

    def __init__(self, parts):
        self.parts = parts


def flat(x):
    if x is None:
        return
    if isinstance(x, (str, S)):
        yield x
    elif isinstance(x, (list, tuple)):
        for y in x:
            yield from flat(y)
    else:
        raise TypeError(repr(x))


def tmap(parts, f, spans=True):
    out = []
    for x in flat(parts):
        if isinstance(x, str):
            out.append(f(x))
        else:
            out.append(x.map(f) if spans else x)
    return out


def plain(parts):
    return "".join(x if isinstance(x, str) else x.value for x in flat(parts))


SLOT = re.compile(r"⟦(\w+)⟧")
GENDER = re.compile(r"⟪([^|⟫]*)\|([^⟫]*)⟫")


def fill(tpl, _g="f", **kw):
    """``⟦slot⟧`` placeholders; ``⟪female|male⟫`` picks by ``_g``."""
    tpl = GENDER.sub(lambda m: m.group(1) if _g == "f" else m.group(2), tpl)
    out = []
    pos = 0
    for m in SLOT.finditer(tpl):
        out.append(tpl[pos:m.start()])
        k = m.group(1)
        if k not in kw:
            raise KeyError("slot %s missing" % k)
        out.append(kw[k])
        pos = m.end()
    out.append(tpl[pos:])
    return list(flat(out))


def slots_of(tpl):
    return SLOT.findall(tpl)


# --------------------------------------------------------------------------- escaping

def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jstr(parts, ascii_=False):
    """A JSON string literal (with quotes) from parts."""
    return ['"'] + tmap(parts, lambda v: jesc(v, ascii_)) + ['"']


def jdump(o, indent=None, seps=None, ascii_=False, _lvl=0):
    if seps is None:
        seps = (",", ": ") if indent is not None else (", ", ": ")
    item_sep, kv_sep = seps
    if isinstance(o, Raw):
        return list(flat(o.parts))
    if isinstance(o, S):
        return ['"', o.map(lambda v: jesc(v, ascii_)), '"']
    if isinstance(o, Rich):
        return jstr(o.parts, ascii_)
    if isinstance(o, str):
        return ['"' + jesc(o, ascii_) + '"']
    if o is None or isinstance(o, (bool, int, float)):
        return [json.dumps(o)]
    if isinstance(o, dict):
        if not o:
            return ["{}"]
        out = ["{"]
        items = list(o.items())
        for i, (k, v) in enumerate(items):
            if indent is not None:
                out.append("\n" + " " * (indent * (_lvl + 1)))
            out.append('"' + jesc(k, ascii_) + '"' + kv_sep)
            out += jdump(v, indent, seps, ascii_, _lvl + 1)
            if i < len(items) - 1:
                out.append(item_sep)
        if indent is not None:
            out.append("\n" + " " * (indent * _lvl))
        out.append("}")
        return out
    if isinstance(o, (list, tuple)):
        if not o:
            return ["[]"]
        out = ["["]
        for i, v in enumerate(o):
            if indent is not None:
                out.append("\n" + " " * (indent * (_lvl + 1)))
            out += jdump(v, indent, seps, ascii_, _lvl + 1)
            if i < len(o) - 1:
                out.append(item_sep)
        if indent is not None:
            out.append("\n" + " " * (indent * _lvl))
        out.append("]")
        return out
    raise TypeError(repr(o))


def csv_cell(x, sep=","):
    parts = list(flat(x))
    txt = plain(parts)
    if any(ch in txt for ch in (sep, '"', "\n")):
        return ['"'] + tmap(parts, lambda v: v.replace('"', '""')) + ['"']
    return parts


def csv_row(cells, sep=","):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(sep)
        out += csv_cell(c, sep)
    return out


def sql_str(x):
    return ["'"] + tmap(list(flat(x)), lambda v: v.replace("'", "''")) + ["'"]


def yaml_str(x, r=None, force=False):
    """Quote a YAML scalar if needed (double quotes, JSON escaping)."""
    parts = list(flat(x))
    txt = plain(parts)
    need = force or txt == "" or txt[0] in "!&*-?{}[]|>'\"%@`#,:0123456789+" or ": " in txt \
        or " #" in txt or txt.strip() != txt or txt.lower() in ("yes", "no", "true", "false", "null", "on", "off")
    if not need:
        return parts
    return jstr(parts)


# --------------------------------------------------------------------------- render

def render(parts):
    text = []
    ents = []
    decs = []
    pos = 0
    for x in flat(parts):
        if isinstance(x, str):
            text.append(x)
            pos += len(x)
        else:
            v = x.value
            st = pos
            text.append(v)
            pos += len(v)
            (ents if x.kind == "E" else decs).append(
                {"type": x.type, "start": st, "end": pos, "value": v})
    return "".join(text), ents, decs


# --------------------------------------------------------------------------- checks

ENTITY_TYPES = ["PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE", "PASSWORD", "EMAIL", "HEALTH",
                "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"]
DECOY_TYPES = ["DATE", "VERSION", "HEX_HASH", "PRICE", "OPS_TERM", "NUMERIC_ID", "ORDER_ID",
               "FILE_PATH", "PROPER_NOUN"]

PARTICLES = {"van", "der", "den", "de", "del", "della", "degli", "di", "da", "das", "do", "dos",
             "du", "des", "la", "le", "lo", "von", "zu", "vom", "bin", "bint", "al", "el", "ibn",
             "ben", "bat", "af", "av", "ter", "ten", "te", "op", "het", "mac", "mc", "ó", "ní",
             "nic", "ui", "mhic", "y", "e", "i", "st", "saint", "abu", "abd", "bte"}

IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28,
            "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FR": 27,
            "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27,
            "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
            "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "TR": 26, "UA": 29}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
URL_CRED_RE = re.compile(r"://[^/\s:@\"']+:([^@\s\"']+)@")
PLUS_RE = re.compile(r"\+\d[\d \-().]{7,}")
QUAD_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)")
OPS_RE = re.compile(r"(?i)(?<![A-Za-z0-9])(health[ -]checks?|healthchecks?|healthz|readyz|livez|"
                    r"liveness probe|readiness probe|unhealthy|healthy|health)(?![A-Za-z0-9])")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff\u0e00-\u0e7f]")
LATIN_RE = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]+$")
WORDCH = r"\w\u0300-\u036f\u0900-\u097f\u0e00-\u0e7f\u0591-\u05c7\u064b-\u065f"


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0 and 13 <= len(d) <= 19


def iban_ok(v):
    s = v.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s.isalnum():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def _inside(s, e, spans):
    for sp in spans:
        if sp["start"] <= s and e <= sp["end"]:
            return True
    return False


def name_tokens(v):
    return [t for t in re.split(r"[\s\-'’.,/()]+", v) if t]


def check(rec, pii_free):
    errs = []
    t = rec["text"]
    ents = rec["entities"]
    decs = rec["decoys"]
    spans = ents + decs
    for sp in spans:
        if t[sp["start"]:sp["end"]] != sp["value"]:
            errs.append("offset %r" % sp["value"])
        if not sp["value"] or sp["value"] != sp["value"].strip():
            errs.append("empty/outer whitespace %r" % sp["value"])
    for sp in ents:
        if sp["type"] not in ENTITY_TYPES:
            errs.append("bad entity type " + sp["type"])
    for sp in decs:
        if sp["type"] not in DECOY_TYPES:
            errs.append("bad decoy type " + sp["type"])
    ss = sorted(spans, key=lambda x: (x["start"], x["end"]))
    for a, b in zip(ss, ss[1:]):
        if b["start"] < a["end"]:
            errs.append("overlap %r %r" % (a["value"], b["value"]))
    ev = {sp["value"] for sp in ents}
    for sp in decs:
        if sp["value"] in ev:
            errs.append("entity and decoy %r" % sp["value"])
    if errs:
        return errs
    # every other occurrence of an entity value
    for sp in ents:
        v = sp["value"]
        if len(v) < 4:
            continue
        i = t.find(v)
        while i >= 0:
            if not _inside(i, i + len(v), ents):
                errs.append("unlabelled repeat %r" % v)
                break
            i = t.find(v, i + 1)
    # person tokens
    for sp in ents:
        if sp["type"] != "PERSON":
            continue
        for tok in name_tokens(sp["value"]):
            if CJK_RE.search(tok):
                if len(tok) < 2:
                    continue
                i = t.find(tok)
                while i >= 0:
                    if not _inside(i, i + len(tok), spans):
                        errs.append("person token %r" % tok)
                        break
                    i = t.find(tok, i + 1)
                continue
            if LATIN_RE.match(tok):
                if len(tok) < 3 or tok.lower() in PARTICLES:
                    continue
            elif len(tok) < 2:
                continue
            pat = re.compile(r"(?<![%s])%s(?![%s])" % (WORDCH, re.escape(tok), WORDCH), re.I)
            for m in pat.finditer(t):
                if not _inside(m.start(), m.end(), spans):
                    errs.append("person token %r" % tok)
                    break
    # e-mail addresses
    cred = [(m.start(1), m.end(1)) for m in URL_CRED_RE.finditer(t)]
    for m in EMAIL_RE.finditer(t):
        at = t.index("@", m.start())
        if any(cs <= at <= ce for cs, ce in cred):
            continue
        if any(cs - 1 <= at <= ce for cs, ce in cred):
            continue
        if not _inside(at, at + 1, [s for s in ents if s["type"] == "EMAIL"]):
            errs.append("email not labelled %r" % m.group(0))
    for cs, ce in cred:
        if not _inside(cs, ce, [s for s in ents if s["type"] == "PASSWORD"]):
            errs.append("url password not labelled")
    for m in PLUS_RE.finditer(t):
        if not _inside(m.start(), m.start() + 2, [s for s in ents if s["type"] == "PHONE"]):
            errs.append("+number not labelled %r" % m.group(0))
    for m in QUAD_RE.finditer(t):
        if not _inside(m.start(), m.end(), [s for s in ents if s["type"] in ("IP_ADDRESS", "PHONE")]):
            errs.append("dotted quad not labelled %r" % m.group(0))
    for m in OPS_RE.finditer(t):
        if not _inside(m.start(), m.end(), spans):
            errs.append("ops term outside span %r" % m.group(0))
    # value validity
    for sp in ents:
        v = sp["value"]
        if sp["type"] == "CREDIT_CARD" and not luhn_ok(v):
            errs.append("luhn %r" % v)
        if sp["type"] == "IBAN" and not iban_ok(v):
            errs.append("iban %r" % v)
        if sp["type"] == "US_SSN":
            d = re.sub(r"\D", "", v)
            if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
                errs.append("ssn %r" % v)
        if sp["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v.strip("[]"))
            except ValueError:
                errs.append("ip %r" % v)
        if sp["type"] == "EMAIL" and "@" not in v and " at " not in v:
            errs.append("email value %r" % v)
    if pii_free:
        if ents:
            errs.append("pii-free text has entities")
    elif not ents:
        errs.append("no entity")
    if not (40 <= len(t) <= 2600):
        errs.append("length %d" % len(t))
    return errs
