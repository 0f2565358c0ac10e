"""Labelled text: a sequence of (string, label) parts.

A label is None or a tuple (kind, type, uid) with kind 'E' (entity) or 'D' (decoy).
Every transformation (JSON escaping, CSV quoting, URL encoding, line wrapping,
lower-casing) is applied part by part or character by character, so the spans
are always computed on the final text.
"""
import itertools
import json
import re
from urllib.parse import quote, quote_plus

_uid = itertools.count(1)


class T:
    __slots__ = ('parts',)

    def __init__(self, *xs):
        self.parts = []
        for x in xs:
            self.add(x)

    def add(self, x):
        if x is None:
            return self
        if isinstance(x, T):
            self.parts.extend(x.parts)
        elif isinstance(x, str):
            if x:
                self.parts.append((x, None))
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
        else:
            self.add(str(x))
        return self

    def __add__(self, o):
        return T(self, o)

    def __radd__(self, o):
        return T(o, self)

    def __iadd__(self, o):
        return self.add(o)

    @property
    def plain(self):
        return ''.join(s for s, _ in self.parts)

    def __str__(self):
        return self.plain

    def __len__(self):
        return sum(len(s) for s, _ in self.parts)

    def map(self, f):
        r = T()
        for s, l in self.parts:
            v = f(s)
            if v:
                r.parts.append((v, l))
            elif l is not None:
                raise ValueError('labelled part vanished')
        return r

    def has_label(self):
        return any(l for _, l in self.parts)

    def types(self):
        return [l[1] for _, l in self.parts if l and l[0] == 'E']


def lab(kind, typ, val):
    if isinstance(val, T):
        val = val.plain
    if not val:
        raise ValueError('empty labelled value for ' + typ)
    t = T()
    t.parts.append((val, (kind, typ, next(_uid))))
    return t


def E(typ, val):
    return lab('E', typ, val)


def D(typ, val):
    return lab('D', typ, val)


def join(sep, items):
    out = T()
    for i, x in enumerate(items):
        if i:
            out.add(sep)
        out.add(x)
    return out


PH = re.compile(r'\{([a-z][a-z0-9_]*)\}')


def fmt(tpl, ctx):
    out = T()
    pos = 0
    for m in PH.finditer(tpl):
        out.add(tpl[pos:m.start()])
        out.add(ctx[m.group(1)])
        pos = m.end()
    out.add(tpl[pos:])
    return out


def keys(tpl):
    return PH.findall(tpl)


# ---------------------------------------------------------------- char level

def chars(t):
    return [(c, l) for s, l in t.parts for c in s]


def from_chars(cs):
    r = T()
    cur = []
    curl = None
    for c, l in cs:
        if cur and l != curl:
            r.parts.append((''.join(cur), curl))
            cur = []
        cur.append(c)
        curl = l
    if cur:
        r.parts.append((''.join(cur), curl))
    return r


def wrap(t, width, rng, hyph=0.0):
    """Hard-wrap at spaces like a PDF-to-text tool; optionally hyphenate long
    alphabetic words. A space that becomes a line break keeps its label, so a
    name or an address that is wrapped stays one span."""
    cs = chars(t)
    words = []
    cur = []
    for c in cs:
        if c[0] in ' \n':
            words.append((cur, c))
            cur = []
        else:
            cur.append(c)
    words.append((cur, None))
    out = []
    col = 0
    for w, sep in words:
        wl = len(w)
        if col and col + wl > width:
            wstr = ''.join(ch for ch, _ in w)
            room = width - col - 1
            if hyph and wl >= 8 and room >= 3 and wstr.isalpha() and rng.random() < hyph:
                k = rng.randint(3, min(room, wl - 3))
                a, b = w[:k], w[k:]
                lh = a[-1][1] if a[-1][1] == b[0][1] else None
                out.extend(a)
                out.append(('-', lh))
                out.append(('\n', lh))
                out.extend(b)
                col = len(b)
            else:
                if out and out[-1][0] == ' ':
                    out[-1] = ('\n', out[-1][1])
                else:
                    out.append(('\n', None))
                out.extend(w)
                col = wl
        else:
            out.extend(w)
            col += wl
        if sep is not None:
            out.append(sep)
            col = 0 if sep[0] == '\n' else col + 1
    return from_chars(out)


def prefix_lines(t, prefix):
    cs = [(c, None) for c in prefix]
    for c, l in chars(t):
        cs.append((c, l))
        if c == '\n':
            cs.extend((p, l) for p in prefix)
    return from_chars(cs)


def lower(t):
    return t.map(str.lower)


def upper(t):
    return t.map(str.upper)


# ---------------------------------------------------------------- encodings

def jesc(t, ascii=False):
    return T(t).map(lambda s: json.dumps(s, ensure_ascii=ascii)[1:-1])


def jdump(o, indent=None, ascii=False, compact=False, _lvl=0):
    """json.dumps for structures whose strings may be T."""
    isep, ksep = (',', ':') if compact else ((',', ': ') if indent is not None else (', ', ': '))
    if isinstance(o, (str, T)):
        return T('"', jesc(o, ascii), '"')
    if o is None or isinstance(o, (bool, int, float)):
        return T(json.dumps(o))
    if isinstance(o, dict):
        if not o:
            return T('{}')
        items = [T(json.dumps(k, ensure_ascii=ascii), ksep, jdump(v, indent, ascii, compact, _lvl + 1))
                 for k, v in o.items()]
        if indent is None:
            return T('{', join(isep, items), '}')
        pad = '\n' + ' ' * (indent * (_lvl + 1))
        return T('{', pad, join(isep + pad, items), '\n', ' ' * (indent * _lvl), '}')
    if isinstance(o, (list, tuple)):
        if not o:
            return T('[]')
        items = [jdump(v, indent, ascii, compact, _lvl + 1) for v in o]
        if indent is None:
            return T('[', join(isep, items), ']')
        pad = '\n' + ' ' * (indent * (_lvl + 1))
        return T('[', pad, join(isep + pad, items), '\n', ' ' * (indent * _lvl), ']')
    raise TypeError(type(o))


def pyesc(s):
    return s.replace('\\', '\\\\').replace("'", "\\'").replace('\n', '\\n')


def pyrepr(o):
    if isinstance(o, (str, T)):
        return T("'", T(o).map(pyesc), "'")
    if o is None:
        return T('None')
    if isinstance(o, bool):
        return T('True' if o else 'False')
    if isinstance(o, (int, float)):
        return T(repr(o))
    if isinstance(o, dict):
        return T('{', join(', ', [T(repr(k), ': ', pyrepr(v)) for k, v in o.items()]), '}')
    if isinstance(o, (list, tuple)):
        return T('[', join(', ', [pyrepr(v) for v in o]), ']')
    raise TypeError(type(o))


def csv_field(t, delim=','):
    t = T(t)
    p = t.plain
    if any(c in p for c in (delim, '"', '\n', '\r')):
        return T('"', t.map(lambda s: s.replace('"', '""')), '"')
    return t


def urlenc(t, plus=True):
    return T(t).map(lambda s: quote_plus(s, safe='') if plus else quote(s, safe=''))


def yaml_str(t):
    """Double-quoted YAML scalar (JSON-compatible escapes)."""
    return T('"', jesc(t), '"')


def xml_esc(t):
    return T(t).map(lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


# ---------------------------------------------------------------- render

def render(t):
    text = []
    ents = []
    decs = []
    pos = 0
    prev = None
    for s, l in t.parts:
        n = len(s)
        if l is not None:
            if prev is not None and prev[0] == l and prev[2] == pos:
                prev[2] = pos + n
            else:
                prev = [l, pos, pos + n]
                (ents if l[0] == 'E' else decs).append(prev)
        else:
            prev = None
        text.append(s)
        pos += n
    text = ''.join(text)
    def out(lst):
        return [{'type': l[1], 'start': a, 'end': b, 'value': text[a:b]} for l, a, b in lst]
    return text, out(ents), out(decs)
