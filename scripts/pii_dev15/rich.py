"""Labelled text for the dev15 generator.

A text is built as a list of parts ``(text, span)``.  ``span`` is ``None`` for
plain text or a ``Span`` object.  Consecutive parts that share the *same*
``Span`` object form one labelled span, so a value can be made of several parts
(an address with a literal ``<br>`` inside, say).  Every transformation
(escaping, lower-casing, wrapping) works part by part or character by
character, so offsets are only computed once, on the final text.
"""
import html as _html
import json
import re
import urllib.parse


class Span:
    __slots__ = ("kind", "type")

    def __init__(self, kind, typ):
        self.kind = kind  # "E" entity, "D" decoy
        self.type = typ


class R:
    __slots__ = ("parts",)

    def __init__(self, parts=()):
        self.parts = [p for p in parts if p[0]]

    # construction -----------------------------------------------------
    def __add__(self, other):
        return R(self.parts + as_r(other).parts)

    def __radd__(self, other):
        return R(as_r(other).parts + self.parts)

    def __bool__(self):
        return bool(self.parts)

    def map(self, fn):
        return R([(fn(t), s) for t, s in self.parts])

    def map_lit(self, fn):
        """Apply fn to unlabelled parts only."""
        return R([((fn(t) if s is None else t), s) for t, s in self.parts])

    def plain(self):
        return "".join(t for t, _ in self.parts)

    def lower(self):
        return self.map(str.lower)

    def upper(self):
        return self.map(str.upper)

    def has_entity(self):
        return any(s is not None and s.kind == "E" for _, s in self.parts)

    def spans(self):
        return [s for _, s in self.parts if s is not None]

    def __repr__(self):
        return "R(%r)" % self.plain()


def as_r(x):
    if isinstance(x, R):
        return x
    if x is None:
        return R()
    return R([(str(x), None)])


def lit(s):
    return R([(s, None)])


def _label(kind, typ, x):
    sp = Span(kind, typ)
    if isinstance(x, R):
        for _, s in x.parts:
            assert s is None, "nested label"
        return R([(t, sp) for t, _ in x.parts])
    return R([(str(x), sp)])


def E(typ, x):
    return _label("E", typ, x)


def D(typ, x):
    return _label("D", typ, x)


def relabel(x, kind, typ):
    """Take an R that is one labelled span and give it another label."""
    sp = Span(kind, typ)
    return R([(t, sp if s is not None else None) for t, s in as_r(x).parts])


def unlabel(x):
    return R([(t, None) for t, _ in as_r(x).parts])


def join(sep, items):
    out = R()
    for i, it in enumerate(items):
        if i:
            out = out + sep
        out = out + it
    return out


def cat(*items):
    return join("", items)


# --- templates ----------------------------------------------------------
_TPL = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


def tpl(template, gender="m", **kw):
    """Fill a template.  ``{name}`` takes kw[name] (str or R);
    ``{g:male|female}`` picks by gender."""
    out = R()
    pos = 0
    for m in _TPL.finditer(template):
        out = out + template[pos:m.start()]
        key, alt = m.group(1), m.group(2)
        if key == "g":
            a = alt.split("|")
            out = out + (a[0] if gender == "m" else a[-1])
        else:
            if key not in kw:
                raise KeyError("template %r needs %r" % (template, key))
            out = out + kw[key]
        pos = m.end()
    return out + template[pos:]


def tpl_keys(template):
    return {m.group(1) for m in _TPL.finditer(template) if m.group(1) != "g"}


# --- escaping -----------------------------------------------------------
def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jstr(x, ea=False):
    return '"' + as_r(x).map(lambda s: jesc(s, ea)) + '"'


def jdump(obj, indent=None, ea=False, _lvl=0, sep=(", ", ": ")):
    """Serialise nested dict/list whose leaves may be R (-> JSON string)."""
    if isinstance(obj, R):
        return jstr(obj, ea)
    if isinstance(obj, str):
        return lit(json.dumps(obj, ensure_ascii=ea))
    if obj is None or isinstance(obj, (bool, int, float)):
        return lit(json.dumps(obj))
    if indent is None:
        isep, ksep = sep
        if isinstance(obj, dict):
            items = [lit(json.dumps(k, ensure_ascii=ea) + ksep) + jdump(v, None, ea, 0, sep) for k, v in obj.items()]
            return "{" + join(isep, items) + "}"
        items = [jdump(v, None, ea, 0, sep) for v in obj]
        return "[" + join(isep, items) + "]"
    pad = " " * (indent * (_lvl + 1))
    end = " " * (indent * _lvl)
    if isinstance(obj, dict):
        if not obj:
            return lit("{}")
        items = [lit(pad + json.dumps(k, ensure_ascii=ea) + ": ") + jdump(v, indent, ea, _lvl + 1) for k, v in obj.items()]
        return "{\n" + join(",\n", items) + "\n" + end + "}"
    if not obj:
        return lit("[]")
    items = [pad + jdump(v, indent, ea, _lvl + 1) for v in obj]
    return "[\n" + join(",\n", items) + "\n" + end + "]"


def pyrepr(x):
    def esc(s):
        return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t")
    return "'" + as_r(x).map(esc) + "'"


def csv_field(x, sep=","):
    x = as_r(x)
    p = x.plain()
    if any(c in p for c in (sep, '"', "\n", "\r")) or p != p.strip():
        return '"' + x.map(lambda s: s.replace('"', '""')) + '"'
    return x


def sql_str(x):
    return "'" + as_r(x).map(lambda s: s.replace("'", "''")) + "'"


def url_enc(x, plus=False):
    if plus:
        return as_r(x).map(lambda s: urllib.parse.quote_plus(s, safe=""))
    return as_r(x).map(lambda s: urllib.parse.quote(s, safe=""))


def html_esc(x):
    return as_r(x).map(lambda s: _html.escape(s, quote=True))


_YAML_PLAIN_BAD = re.compile(r"(^[\s\-?:,\[\]{}#&*!|>'\"%@`])|(: )|( #)|(\s$)|(^(yes|no|true|false|null|on|off|~)$)|(^[\d.+\-]+$)|[\n\t\\]", re.I)


def yaml_scalar(x):
    x = as_r(x)
    p = x.plain()
    if p and not _YAML_PLAIN_BAD.search(p) and not p.endswith(":"):
        return x
    return jstr(x)


def env_val(x):
    x = as_r(x)
    p = x.plain()
    if re.fullmatch(r"[A-Za-z0-9_./:@+\-]+", p):
        return x
    return '"' + x.map(lambda s: s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")) + '"'


def logfmt_val(x):
    x = as_r(x)
    p = x.plain()
    if p and re.fullmatch(r"[^\s\"=\\]+", p):
        return x
    return '"' + x.map(lambda s: s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")) + '"'


def xml_esc(x):
    return as_r(x).map(lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


# --- character-level transforms -----------------------------------------
def _chars(r):
    return [(c, s) for t, s in r.parts for c in t]


def _from_chars(chars):
    parts = []
    for c, s in chars:
        if parts and parts[-1][1] is s:
            parts[-1][0].append(c)
        else:
            parts.append(([c], s))
    return R([("".join(cs), s) for cs, s in parts])


def wrap(r, width, hyphen_breaks=True):
    """Hard-wrap like text pulled out of a PDF.  A space that becomes a line
    break keeps its label (so a wrapped value keeps the break inside the
    span); a break after an in-word hyphen is inserted with the hyphen's
    label when the hyphen and the next char share a span."""
    chars = _chars(r)
    out = []
    line_start = 0
    last_brk = None  # (index in out, 'space'|'hyphen')
    for c, s in chars:
        out.append([c, s])
        if c == "\n":
            line_start = len(out)
            last_brk = None
            continue
        if c == " ":
            last_brk = (len(out) - 1, "space")
        elif c == "-" and hyphen_breaks and len(out) - line_start > 2:
            last_brk = (len(out) - 1, "hyphen")
        if len(out) - line_start > width and last_brk is not None:
            idx, kind = last_brk
            if kind == "space":
                out[idx][0] = "\n"
                line_start = idx + 1
            else:
                out.insert(idx + 1, ["\n", None])
                line_start = idx + 2
            last_brk = None
    # fix labels of inserted hyphen breaks: inside a span iff neighbours share it
    for i, (c, s) in enumerate(out):
        if c == "\n" and s is None and 0 < i < len(out) - 1:
            a, b = out[i - 1][1], out[i + 1][1]
            if a is not None and a is b and out[i - 1][0] == "-":
                out[i][1] = a
    # no span may start or end with whitespace: strip edges into literals
    return _from_chars([(c, s) for c, s in out])


def ocr_noise(r, rng, rate=0.06):
    """Damage unlabelled text the way OCR does."""
    subs = {"l": "1", "O": "0", "o": "0", "I": "l", "e": "c", "m": "rn", "S": "5", ":": ";", "i": "í", "a": "á",
            "B": "8", "n": "ri", ",": "."}

    def dmg(t):
        o = []
        for c in t:
            x = rng.random()
            if c in subs and x < rate:
                o.append(subs[c])
            elif c == " " and x < rate:
                o.append("  ")
            else:
                o.append(c)
        return "".join(o)
    return r.map_lit(dmg)


def render(r):
    text = []
    ents, decs = [], []
    pos = 0
    cur = None
    for t, s in r.parts:
        if s is not None:
            if cur is not None and cur[0] is s and cur[2] == pos:
                cur[2] = pos + len(t)
            else:
                if cur is not None:
                    _emit(cur, ents, decs)
                cur = [s, pos, pos + len(t)]
        text.append(t)
        pos += len(t)
    if cur is not None:
        _emit(cur, ents, decs)
    txt = "".join(text)
    for lst in (ents, decs):
        for sp in lst:
            sp["value"] = txt[sp["start"]:sp["end"]]
    return txt, ents, decs


def _emit(cur, ents, decs):
    s, a, b = cur
    d = {"type": s.type, "start": a, "end": b}
    (ents if s.kind == "E" else decs).append(d)
