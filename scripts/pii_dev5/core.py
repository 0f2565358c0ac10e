"""Segment machinery for the dev5 corpus.

A text is built as a flat list of *parts*. A part is either a plain ``str`` or a
tuple ``(kind, type, value)`` where kind is ``'E'`` (an entity) or ``'D'`` (a
decoy). Lists nest; ``flat()`` flattens them. Escaping (JSON, SQL, CSV, URL,
Python repr ...) is applied part by part with ``esc()``, so a labelled value
stays a labelled value after it has been escaped, and its offsets stay exact.
"""
import json
import re
import unicodedata
import urllib.parse


def E(t, v):
    return ('E', t, v)


def D(t, v):
    return ('D', t, v)


def flat(parts):
    out = []

    def walk(p):
        if isinstance(p, str):
            if p:
                out.append(p)
        elif isinstance(p, tuple):
            out.append(p)
        elif isinstance(p, (list, Seq)):
            for q in (p.parts if isinstance(p, Seq) else p):
                walk(q)
        elif p is None:
            return
        else:
            raise TypeError('bad part %r' % (p,))
    walk(parts)
    return out


class Seq:
    """A piece of text with labels in it, used as a *string value* in jdump."""
    def __init__(self, *parts):
        self.parts = list(parts)


class Raw:
    """Parts inserted into jdump output without quoting (numbers, nested text)."""
    def __init__(self, *parts):
        self.parts = list(parts)


def esc(parts, fn):
    out = []
    for p in flat(parts):
        if isinstance(p, str):
            out.append(fn(p))
        else:
            out.append((p[0], p[1], fn(p[2])))
    return out


def plain_text(parts):
    return ''.join(p if isinstance(p, str) else p[2] for p in flat(parts))


def has_entity(parts):
    return any(isinstance(p, tuple) and p[0] == 'E' for p in flat(parts))


# ---------------------------------------------------------------- escapes

def j_esc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def j_esc_ascii(s):
    return j_esc(s, True)


def sql_esc(s):
    return s.replace("'", "''")


def csv_esc(s):
    return s.replace('"', '""')


def url_esc(s):
    return urllib.parse.quote_plus(s, safe='')


def url_esc_path(s):
    return urllib.parse.quote(s, safe='')


def html_esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&#39;'))


def py_esc(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch == "'":
            out.append("\\'")
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        else:
            out.append(ch)
    return ''.join(out)


def yaml_dq_esc(s):
    return j_esc(s)


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def shell_sq_esc(s):
    return s.replace("'", "'\\''")


# ---------------------------------------------------------------- JSON

def jdump(obj, indent=None, ascii_=False, sep=None, level=0, sort=False):
    """Serialise obj to parts. Strings may be str, E/D tuples or Seq."""
    if sep is None:
        sep = (', ', ': ') if indent is None else (',', ': ')
    item_sep, key_sep = sep
    fn = j_esc_ascii if ascii_ else j_esc

    def rec(o, lvl):
        if isinstance(o, Raw):
            return list(o.parts)
        if isinstance(o, tuple):
            return ['"', (o[0], o[1], fn(o[2])), '"']
        if isinstance(o, Seq):
            return ['"'] + esc(o.parts, fn) + ['"']
        if isinstance(o, str):
            return ['"' + fn(o) + '"']
        if o is True:
            return ['true']
        if o is False:
            return ['false']
        if o is None:
            return ['null']
        if isinstance(o, (int, float)):
            return [json.dumps(o)]
        if isinstance(o, dict):
            items = list(o.items())
            if not items:
                return ['{}']
            out = ['{']
            for i, (k, v) in enumerate(items):
                if indent is not None:
                    out.append('\n' + ' ' * (indent * (lvl + 1)))
                out.append('"' + fn(k) + '"' + key_sep)
                out.extend(rec(v, lvl + 1))
                if i < len(items) - 1:
                    out.append(item_sep)
            if indent is not None:
                out.append('\n' + ' ' * (indent * lvl))
            out.append('}')
            return out
        if isinstance(o, list):
            if not o:
                return ['[]']
            out = ['[']
            for i, v in enumerate(o):
                if indent is not None:
                    out.append('\n' + ' ' * (indent * (lvl + 1)))
                out.extend(rec(v, lvl + 1))
                if i < len(o) - 1:
                    out.append(item_sep)
            if indent is not None:
                out.append('\n' + ' ' * (indent * lvl))
            out.append(']')
            return out
        raise TypeError('jdump: %r' % (o,))
    return rec(obj, level)


def jstr(parts, ascii_=False):
    """A JSON string literal (with quotes) holding the given parts."""
    return ['"'] + esc(parts, j_esc_ascii if ascii_ else j_esc) + ['"']


# ---------------------------------------------------------------- slot templates

SLOT_RE = re.compile(r'\{([A-Z][A-Z0-9_]*)\}')


def fill(template, ctx):
    """Turn 'text {SLOT} text' into parts; ctx.get(slot) returns a part."""
    out = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        out.append(template[pos:m.start()])
        out.append(ctx.get(m.group(1)))
        pos = m.end()
    out.append(template[pos:])
    return out


# ---------------------------------------------------------------- layout transforms

def hardwrap(parts, width, rng, jitter=6):
    """Word-wrap by turning chosen spaces into newlines (offsets unchanged).

    Spaces inside labelled values may be broken too: PDF extraction does that.
    """
    fl = flat(parts)
    # build a char list with segment index
    chars = []
    for i, p in enumerate(fl):
        s = p if isinstance(p, str) else p[2]
        for ch in s:
            chars.append([ch, i])
    col = 0
    last_space = -1
    w = width + rng.randint(-jitter, jitter)
    for k, (ch, _) in enumerate(chars):
        if ch == '\n':
            col = 0
            last_space = -1
            w = width + rng.randint(-jitter, jitter)
            continue
        if ch == ' ':
            last_space = k
        col += 1
        if col > w and last_space >= 0:
            chars[last_space][0] = '\n'
            col = k - last_space
            last_space = -1
            w = width + rng.randint(-jitter, jitter)
    # rebuild parts
    texts = [''] * len(fl)
    for ch, i in chars:
        texts[i] += ch
    out = []
    for p, t in zip(fl, texts):
        out.append(t if isinstance(p, str) else (p[0], p[1], t))
    return out


def fix_edges(parts):
    """Move whitespace at the edges of a labelled value outside the label."""
    out = []
    for p in flat(parts):
        if isinstance(p, str):
            out.append(p)
            continue
        v = p[2]
        lead = v[:len(v) - len(v.lstrip())]
        trail = v[len(v.rstrip()):]
        core = v.strip()
        if lead:
            out.append(lead)
        if core:
            out.append((p[0], p[1], core))
        if trail:
            out.append(trail)
    return out


# ---------------------------------------------------------------- render

def render(parts):
    fl = fix_edges(flat(parts))
    text = []
    ents, decs = [], []
    pos = 0
    for p in fl:
        if isinstance(p, str):
            text.append(p)
            pos += len(p)
            continue
        kind, typ, v = p
        span = {'type': typ, 'start': pos, 'end': pos + len(v), 'value': v}
        (ents if kind == 'E' else decs).append(span)
        text.append(v)
        pos += len(v)
    t = ''.join(text)
    for s in ents + decs:
        assert t[s['start']:s['end']] == s['value'], s
        assert s['value'] and s['value'] == s['value'].strip(), s
    allspans = sorted(ents + decs, key=lambda s: s['start'])
    for a, b in zip(allspans, allspans[1:]):
        assert a['end'] <= b['start'], (a, b)
    return t, ents, decs


# ---------------------------------------------------------------- checks

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(iban):
    s = ''.join(c for c in iban if c.isalnum()).upper()
    s = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def ascii_fold(s):
    repl = {'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ł': 'l', 'Ł': 'L',
            'đ': 'd', 'Đ': 'D', 'ı': 'i', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'ð': 'd'}
    s = ''.join(repl.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))
