"""pii_dev11 core: documents made of labelled pieces, escaping piece by piece, checks."""
import ipaddress
import json
import re
import unicodedata


class Doc:
    """A text built from pieces; a piece is (string, type) with type None for plain text,
    'TYPE' for an entity and '~TYPE' for a decoy."""
    __slots__ = ('p',)

    def __init__(self, *items):
        self.p = []
        for it in items:
            self.add(it)

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                if it:
                    self.p.append((it, None))
            elif isinstance(it, tuple):
                self.p.append((it[1], it[0]))
            elif isinstance(it, Doc):
                self.p.extend(it.p)
            elif isinstance(it, (list, Raw)):
                for x in (it.items if isinstance(it, Raw) else it):
                    self.add(x)
            else:
                raise TypeError(repr(it))
        return self

    def esc(self, f):
        d = Doc()
        d.p = [(f(s), t) for s, t in self.p]
        return d

    def lower(self):
        d = Doc()
        d.p = [(s.lower() if t in (None, 'PERSON') else s, t) for s, t in self.p]
        return d

    def cap(self):
        """Capitalise the first letter if the doc starts with plain text."""
        d = Doc()
        d.p = list(self.p)
        if d.p and d.p[0][1] is None and d.p[0][0][:1].islower():
            s = d.p[0][0]
            d.p[0] = (s[0].upper() + s[1:], None)
        return d

    def plain(self):
        return ''.join(s for s, _ in self.p)

    def types(self):
        return [t for _, t in self.p if t]

    def render(self):
        out, ents, decs, pos = [], [], [], 0
        for s, t in self.p:
            if t:
                rec = {'type': t.lstrip('~'), 'start': pos, 'end': pos + len(s), 'value': s}
                (decs if t.startswith('~') else ents).append(rec)
            out.append(s)
            pos += len(s)
        return ''.join(out), ents, decs


class Raw:
    """A JSON value written without quotes (numbers, labelled or not)."""
    def __init__(self, *items):
        self.items = list(items)


def F(tmpl, **kw):
    """Fill ⟦name⟧ placeholders with strings, (type, value) tuples or Docs."""
    d = Doc()
    for i, pc in enumerate(re.split(r'⟦(\w+)⟧', tmpl)):
        d.add(pc if i % 2 == 0 else kw[pc])
    return d


def E(t, v):
    return (t, v)


def X(t, v):
    return ('~' + t, v)


def join(parts, sep):
    d = Doc()
    first = True
    for p in parts:
        if p is None:
            continue
        if not first:
            d.add(sep)
        d.add(p)
        first = False
    return d


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def sqlesc(s):
    return s.replace("'", "''")


def htmlesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def jdump(x, ind=None, lvl=0, compact=False, esc=jesc):
    d = Doc()
    if isinstance(x, dict):
        items = list(x.items())
        if not items:
            return d.add('{}')
        if ind is None:
            d.add('{')
            for i, (k, v) in enumerate(items):
                if i:
                    d.add(',' if compact else ', ')
                d.add('"' + esc(k) + ('":' if compact else '": '))
                d.add(jdump(v, None, 0, compact, esc))
            return d.add('}')
        pad = ' ' * (ind * (lvl + 1))
        d.add('{\n')
        for i, (k, v) in enumerate(items):
            d.add(pad + '"' + esc(k) + '": ')
            d.add(jdump(v, ind, lvl + 1, compact, esc))
            d.add(',\n' if i < len(items) - 1 else '\n')
        return d.add(' ' * (ind * lvl) + '}')
    if isinstance(x, list):
        if not x:
            return d.add('[]')
        if ind is None:
            d.add('[')
            for i, v in enumerate(x):
                if i:
                    d.add(',' if compact else ', ')
                d.add(jdump(v, None, 0, compact, esc))
            return d.add(']')
        pad = ' ' * (ind * (lvl + 1))
        d.add('[\n')
        for i, v in enumerate(x):
            d.add(pad)
            d.add(jdump(v, ind, lvl + 1, compact, esc))
            d.add(',\n' if i < len(x) - 1 else '\n')
        return d.add(' ' * (ind * lvl) + ']')
    if isinstance(x, tuple):
        return d.add('"', (x[0], esc(x[1])), '"')
    if isinstance(x, Doc):
        return d.add('"', x.esc(esc), '"')
    if isinstance(x, Raw):
        return d.add(x)
    if isinstance(x, str):
        return d.add('"' + esc(x) + '"')
    if x is None:
        return d.add('null')
    if x is True:
        return d.add('true')
    if x is False:
        return d.add('false')
    return d.add(json.dumps(x))


def csv_row(cells, sep=','):
    d = Doc()
    for i, c in enumerate(cells):
        if i:
            d.add(sep)
        s = c if isinstance(c, str) else (c.plain() if isinstance(c, Doc) else c[1])
        need = (sep in s) or ('"' in s) or ('\n' in s)
        if isinstance(c, str):
            d.add('"' + s.replace('"', '""') + '"' if need else s)
        elif isinstance(c, Doc):
            q = c.esc(lambda z: z.replace('"', '""'))
            d.add('"', q, '"') if need else d.add(q)
        else:
            v = (c[0], c[1].replace('"', '""'))
            d.add('"', v, '"') if need else d.add(v)
    return d


# ---------------------------------------------------------------- checks

PARTICLES = {'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le',
             'von', 'zu', 'al', 'el', 'bin', 'binti', 'ibn', 'ter', 'ten', 'te', 'dela', 'mac', 'mc',
             'ní', 'ó', 'y', 'e', "'t", 'lo', 'bint', 'mhic', 'بن', 'ال'}

NOSPACE = [(0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0x0E00, 0x0E7F),
           (0xF900, 0xFAFF), (0x1100, 0x11FF), (0x3130, 0x318F)]


def _nospace(ch):
    o = ord(ch)
    return any(a <= o <= b for a, b in NOSPACE)


def _latin(tok):
    return all(ord(ch) < 0x250 or ch in "'’-." for ch in tok)


def _wordish(ch):
    return unicodedata.category(ch)[0] in 'LMN'


OPS_RE = re.compile(r'(?i)health|/readyz|/livez|liveness probe|readiness probe')
EMAILISH_RE = re.compile(r'[\w.+%-]+@([\w-]+(?:\.[\w-]+)+)')
PLUS_RE = re.compile(r'\+\d[\d \-().]{5,}\d')
QUAD_RE = re.compile(r'(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\d|\.\d)')

IBAN_LEN = {'DE': 22, 'FR': 27, 'ES': 24, 'IT': 27, 'NL': 18, 'GB': 22, 'PL': 28, 'BE': 16, 'CH': 21,
            'AT': 20, 'PT': 25, 'SE': 24, 'FI': 18, 'IE': 22, 'NO': 15, 'DK': 18, 'CZ': 24, 'HU': 28,
            'TR': 26, 'GR': 27, 'SA': 24, 'IL': 23, 'AE': 23, 'RO': 24, 'LU': 20, 'IS': 26}


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(v):
    c = v.replace(' ', '').upper()
    if len(c) < 5 or IBAN_LEN.get(c[:2]) != len(c):
        return False
    r = c[4:] + c[:4]
    n = ''.join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def ssn_ok(v):
    d = re.sub(r'\D', '', v)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def check(text, ents, decs, free):
    """Returns a list of problems (empty when the record is good)."""
    errs = []
    spans = sorted([(e['start'], e['end'], 'E', e) for e in ents] + [(d['start'], d['end'], 'D', d) for d in decs])
    for a, b, k, e in spans:
        if text[a:b] != e['value']:
            errs.append('value mismatch %r' % e['value'])
        if a >= b or e['value'] != e['value'].strip():
            errs.append('empty or padded span %r' % e['value'])
    for (a1, b1, _, e1), (a2, b2, _, e2) in zip(spans, spans[1:]):
        if a2 < b1:
            errs.append('overlap %r %r' % (e1['value'], e2['value']))
    ev = {e['value'] for e in ents}
    for d in decs:
        if d['value'] in ev:
            errs.append('value both entity and decoy %r' % d['value'])
    if free and ents:
        errs.append('PII-free text has entities')
    if not free and not ents:
        errs.append('PII text without entities')

    def inside(a, b, kinds=None):
        for s, e, _, rec in spans:
            if s <= a and b <= e and (kinds is None or rec['type'] in kinds):
                return True
        return False

    for e in ents:
        v = e['value']
        if len(v) >= 4:
            i = text.find(v)
            while i >= 0:
                if not inside(i, i + len(v)):
                    errs.append('unlabelled repeat of %s %r' % (e['type'], v))
                    break
                i = text.find(v, i + 1)
        if e['type'] == 'PERSON':
            low = text.lower()
            for tok in re.split(r'[\s,]+', v):
                tok = tok.strip('.')
                if not tok or tok.lower() in PARTICLES:
                    continue
                if _latin(tok):
                    if sum(ch.isalpha() for ch in tok) < 3:
                        continue
                    t = tok.lower()
                    i = low.find(t)
                    while i >= 0:
                        j = i + len(t)
                        whole = (i == 0 or not _wordish(low[i - 1])) and (j >= len(low) or not _wordish(low[j]))
                        if whole and not inside(i, j):
                            errs.append('unlabelled name token %r' % tok)
                            break
                        i = low.find(t, i + 1)
                else:
                    if len(tok) < 2:
                        continue
                    ns = any(_nospace(ch) for ch in tok)
                    i = text.find(tok)
                    while i >= 0:
                        j = i + len(tok)
                        whole = ns or ((i == 0 or not _wordish(text[i - 1])) and (j >= len(text) or not _wordish(text[j])))
                        if whole and not inside(i, j):
                            errs.append('unlabelled name token %r' % tok)
                            break
                        i = text.find(tok, i + 1)
        t = e['type']
        if t == 'CREDIT_CARD':
            dg = re.sub(r'\D', '', v)
            if not (13 <= len(dg) <= 19 and luhn_ok(dg)):
                errs.append('bad card %r' % v)
        elif t == 'IBAN' and not iban_ok(v):
            errs.append('bad iban %r' % v)
        elif t == 'US_SSN' and not ssn_ok(v):
            errs.append('bad ssn %r' % v)
        elif t == 'IP_ADDRESS':
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append('bad ip %r' % v)
    for m in EMAILISH_RE.finditer(text):
        if re.fullmatch(r'[\d.]+', m.group(1)):
            continue
        at = text.index('@', m.start())
        ok = inside(at, at + 1, {'EMAIL', 'PASSWORD'}) or any(
            e['type'] == 'PASSWORD' and e['end'] == at for e in ents)
        if not ok:
            errs.append('unlabelled e-mail %r' % m.group(0))
    for m in PLUS_RE.finditer(text):
        if not inside(m.start(), m.start() + 1, {'PHONE'}):
            errs.append('unlabelled +number %r' % m.group(0))
    for m in QUAD_RE.finditer(text):
        if not inside(m.start(), m.end(), {'IP_ADDRESS'}):
            errs.append('unlabelled dotted quad %r' % m.group(0))
    for m in OPS_RE.finditer(text):
        if not inside(m.start(), m.end()):
            errs.append('unlabelled ops term %r' % m.group(0))
    return errs
