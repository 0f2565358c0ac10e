"""Labelled text for dev14.

A text is built as an ``R``: a list of segments ``(text, label)``.  ``label`` is
``None`` for plain text, ``('E', TYPE)`` for an entity and ``('D', TYPE)`` for a
decoy.  Every transformation (JSON escaping, URL encoding, CSV quoting, lower
casing, PDF-style wrapping) is applied segment by segment, so the spans are
always computed on the final text.
"""
import html
import json
import string
import urllib.parse


class R:
    __slots__ = ("segs",)

    def __init__(self, segs=()):
        self.segs = list(segs)

    def __add__(self, other):
        return R(self.segs + coerce(other).segs)

    def __radd__(self, other):
        return R(coerce(other).segs + self.segs)

    def plain(self):
        return "".join(t for t, _ in self.segs)

    def map(self, fn):
        return R([(fn(t), lab) for t, lab in self.segs])

    def map_plain(self, fn):
        """Apply fn only to unlabelled segments."""
        return R([(fn(t) if lab is None else t, lab) for t, lab in self.segs])

    def has_entity(self):
        return any(lab and lab[0] == "E" for _, lab in self.segs)

    def __repr__(self):
        return "R(%r)" % (self.segs,)


class Raw:
    """A JSON leaf emitted without quotes (numbers that carry a label)."""

    __slots__ = ("r",)

    def __init__(self, r):
        self.r = coerce(r)


def coerce(x):
    if isinstance(x, R):
        return x
    if x is None:
        return R()
    return R([(str(x), None)])


def E(tp, value):
    assert value and value == value.strip(), (tp, value)
    return R([(value, ("E", tp))])


def D(tp, value):
    assert value and value == value.strip(), (tp, value)
    return R([(value, ("D", tp))])


def cat(*xs):
    out = R()
    for x in xs:
        out.segs.extend(coerce(x).segs)
    return out


def join(sep, xs):
    out = R()
    for i, x in enumerate(xs):
        if i:
            out.segs.extend(coerce(sep).segs)
        out.segs.extend(coerce(x).segs)
    return out


_F = string.Formatter()


def fmt(tpl, **kw):
    """str.format-like templating where slot values may be R objects."""
    out = R()
    for literal, field, _spec, _conv in _F.parse(tpl):
        if literal:
            out.segs.append((literal, None))
        if field is not None:
            out.segs.extend(coerce(kw[field]).segs)
    return out


# ---------------------------------------------------------------- escaping

def jesc(r, ea=False):
    return coerce(r).map(lambda s: json.dumps(s, ensure_ascii=ea)[1:-1])


def jstr(r, ea=False):
    return cat('"', jesc(r, ea), '"')


def jdump(obj, indent=None, ea=False, compact=False, _lvl=0):
    """JSON serialiser whose string leaves may be R objects."""
    if isinstance(obj, Raw):
        return obj.r
    if isinstance(obj, R):
        return jstr(obj, ea)
    if isinstance(obj, str):
        return R([(json.dumps(obj, ensure_ascii=ea), None)])
    if obj is None or isinstance(obj, (bool, int, float)):
        return R([(json.dumps(obj), None)])
    item_sep = "," if (indent is not None or compact) else ", "
    kv_sep = ":" if compact else ": "
    if isinstance(obj, dict):
        if not obj:
            return R([("{}", None)])
        parts = []
        for k, v in obj.items():
            parts.append(cat(json.dumps(str(k), ensure_ascii=ea), kv_sep,
                             jdump(v, indent, ea, compact, _lvl + 1)))
        return _wrap_container("{", "}", parts, indent, item_sep, _lvl)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return R([("[]", None)])
        parts = [jdump(v, indent, ea, compact, _lvl + 1) for v in obj]
        return _wrap_container("[", "]", parts, indent, item_sep, _lvl)
    raise TypeError(type(obj))


def _wrap_container(open_, close, parts, indent, item_sep, lvl):
    if indent is None:
        return cat(open_, join(item_sep, parts), close)
    pad = "\n" + " " * (indent * (lvl + 1))
    end = "\n" + " " * (indent * lvl)
    return cat(open_, pad, join(item_sep + pad, parts), end, close)


def url(r, plus=True):
    q = urllib.parse.quote_plus if plus else urllib.parse.quote
    return coerce(r).map(lambda s: q(s, safe=""))


def xml(r):
    return coerce(r).map(lambda s: html.escape(s, quote=True))


def pyrepr(r):
    def esc(s):
        return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return cat("'", coerce(r).map(esc), "'")


def sq_yaml(r):
    return cat("'", coerce(r).map(lambda s: s.replace("'", "''")), "'")


def csv_field(r, delim=","):
    r = coerce(r)
    p = r.plain()
    if delim in p or '"' in p or "\n" in p:
        return cat('"', r.map(lambda s: s.replace('"', '""')), '"')
    return r


def csv_row(fields, delim=","):
    return join(delim, [csv_field(f, delim) for f in fields])


def sql_str(r):
    return cat("'", coerce(r).map(lambda s: s.replace("'", "''")), "'")


def lower(r):
    return coerce(r).map(str.lower)


def upper(r):
    return coerce(r).map(str.upper)


# ---------------------------------------------------------------- wrapping

def wrap(r, width, hyphen=True):
    """Greedy hard wrap (PDF style).  A break inside a labelled value keeps
    the newline inside the value; hyphenated words may break after '-'."""
    r = coerce(r)
    out, olab = [], []
    for i, (t, _lab) in enumerate(r.segs):
        for ch in t:
            out.append(ch)
            olab.append(i)
    res, rlab = [], []
    line_len = 0
    last = None
    for ch, lb in zip(out, olab):
        if ch == "\n":
            res.append(ch)
            rlab.append(lb)
            line_len = 0
            last = None
            continue
        res.append(ch)
        rlab.append(lb)
        line_len += 1
        if ch == " ":
            last = (len(res) - 1, "sp")
        elif ch == "-" and hyphen and line_len > 3:
            last = (len(res) - 1, "hy")
        if line_len > width and last is not None:
            pos, kind = last
            if kind == "sp":
                res[pos] = "\n"
                line_len = len(res) - 1 - pos
            else:
                res.insert(pos + 1, "\n")
                rlab.insert(pos + 1, ("ins", pos + 1))
                line_len = len(res) - 2 - pos
            last = None
    # an inserted break belongs to the value only when both neighbours do
    for i, lb in enumerate(rlab):
        if isinstance(lb, tuple):
            prev = rlab[i - 1]
            nxt = rlab[i + 1] if i + 1 < len(rlab) else prev
            if prev == nxt or r.segs[prev][1] is None:
                rlab[i] = prev
            else:
                rlab[i] = nxt if r.segs[nxt][1] is None else prev
    segs = []
    cur, cur_lb = [], None
    for ch, lb in zip(res, rlab):
        if cur and lb != cur_lb:
            segs.append(("".join(cur), r.segs[cur_lb][1]))
            cur = []
        cur.append(ch)
        cur_lb = lb
    if cur:
        segs.append(("".join(cur), r.segs[cur_lb][1]))
    return R(segs)


# ---------------------------------------------------------------- render

def render(r):
    r = coerce(r)
    text, ents, decs = [], [], []
    pos = 0
    for t, lab in r.segs:
        if not t:
            continue
        if lab:
            span = {"type": lab[1], "start": pos, "end": pos + len(t), "value": t}
            (ents if lab[0] == "E" else decs).append(span)
        text.append(t)
        pos += len(t)
    return "".join(text), ents, decs
