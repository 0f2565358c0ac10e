"""Per-record context for pii_dev11: locale, cast, value makers, phrase filling."""
import re

import geo
import values as V
from core import Doc, E, X, join
from names import INFL, SUFFIX_TITLES, TITLES, make_person
from phrases import AND, CC, CONTEXT, PB

# code: (language, country, name cultures, weight)
LOCALES = {
    'en_US': ('en', 'US', ['en_US'] * 5 + ['yo', 'mx', 'in_lat', 'zh_lat', 'ko_lat', 'ar_lat', 'vi', 'pl', 'ga', 'ka', 'ja_lat'], 11),
    'en_GB': ('en', 'GB', ['en_GB'] * 4 + ['ga', 'yo', 'in_lat', 'pl', 'ar_lat', 'zh_lat'], 6),
    'en_IE': ('en', 'IE', ['ga', 'ga', 'en_GB', 'pl'], 1.2),
    'en_IN': ('en', 'IN', ['in_lat', 'in_lat', 'in_lat', 'hi', 'ta', 'bn'], 3),
    'en_NG': ('en', 'NG', ['yo'], 2),
    'en_KE': ('en', 'KE', ['ke'], 1.3),
    'en_CA': ('en', 'CA', ['en_US', 'fr', 'zh_lat', 'in_lat', 'ko_lat'], 1.3),
    'en_AU': ('en', 'AU', ['en_GB', 'en_GB', 'mi', 'zh_lat', 'vi'], 1.3),
    'en_PH': ('en', 'PH', ['fil'], 1.3),
    'en_IS': ('en', 'IS', ['is'], 0.4),
    'fr_FR': ('fr', 'FR', ['fr'] * 4 + ['ar_lat', 'vi'], 4),
    'fr_BE': ('fr', 'BE', ['fr', 'nl'], 0.6),
    'de_DE': ('de', 'DE', ['de'] * 4 + ['tr', 'pl'], 4),
    'de_AT': ('de', 'AT', ['de'], 0.8),
    'de_CH': ('de', 'CH', ['de', 'it'], 0.8),
    'es_ES': ('es', 'ES', ['es'], 3),
    'es_MX': ('es', 'MX', ['mx'], 2.3),
    'it_IT': ('it', 'IT', ['it'], 3),
    'pt_BR': ('pt', 'BR', ['pt_BR'], 3),
    'pt_PT': ('pt', 'PT', ['pt_PT'], 1.2),
    'nl_NL': ('nl', 'NL', ['nl', 'nl', 'nl', 'tr'], 2.4),
    'pl_PL': ('pl', 'PL', ['pl'], 2.5),
    'cs_CZ': ('cs', 'CZ', ['cs'], 1.3),
    'ru_RU': ('ru', 'RU', ['ru'], 2.5),
    'uk_UA': ('uk', 'UA', ['uk'], 1.4),
    'fi_FI': ('fi', 'FI', ['fi'], 1.4),
    'sv_SE': ('sv', 'SE', ['sv'], 1.4),
    'tr_TR': ('tr', 'TR', ['tr'], 2),
    'el_GR': ('el', 'GR', ['el'], 1.4),
    'ar_EG': ('ar', 'EG', ['ar'], 1.5),
    'ar_SA': ('ar', 'SA', ['ar'], 0.9),
    'he_IL': ('he', 'IL', ['he'], 1.4),
    'hi_IN': ('hi', 'IN', ['hi'], 1.5),
    'bn_BD': ('bn', 'BD', ['bn'], 1.0),
    'ta_IN': ('ta', 'IN', ['ta'], 1.0),
    'th_TH': ('th', 'TH', ['th'], 1.0),
    'ko_KR': ('ko', 'KR', ['ko'], 1.6),
    'ja_JP': ('ja', 'JP', ['ja'], 2.0),
    'zh_CN': ('zh', 'CN', ['zh'], 2.0),
    'vi_VN': ('vi', 'VN', ['vi'], 1.2),
    'id_ID': ('id', 'ID', ['id'], 1.2),
    'hu_HU': ('hu', 'HU', ['hu'], 1.0),
}

SLOT = {'P': 'PERSON', 'D': 'DATE_OF_BIRTH', 'W': 'PASSWORD', 'T': 'PHONE', 'A': 'ADDRESS', 'E': 'EMAIL', 'H': 'HEALTH', 'I': 'IBAN',
        'X': '~DATE'}
TK = {'DATE_OF_BIRTH': ('dob', 'D'), 'PASSWORD': ('pw', 'W'), 'PHONE': ('ph', 'T'), 'ADDRESS': ('ad', 'A'), 'EMAIL': ('em', 'E'),
      'HEALTH': ('he', 'H'), 'IBAN': ('iban', 'I')}
PIN_HINT = re.compile(r'(?i)\bpin\b|code|пин|暗証|koden|kod|рин|الرمز|קוד|पिन')
WIFI_HINT = re.compile(r'(?i)wifi|wi-fi|wlan|вайфа|ไวไฟ|와이파이|واي فاي|וויפי|वाईफाई|ওয়াইফাই|வைஃபை')


class Ctx:
    def __init__(self, r, loc, primary, want_fn, shape=''):
        self.r, self.loc, self.primary, self._want = r, loc, primary, want_fn
        self.lang, self.cc, self.cultures, _ = LOCALES[loc]
        self.people, self.toks, self.used = [], set(), set()
        self.shape = shape
        self.memo = {}
        self.variant = ''

    # -------------------------------------------------------------- mix control
    def want(self, t, boost=1.0):
        if t == self.primary:
            return True
        return self.r.random() < min(0.95, self._want(t) * boost)

    def pick(self, pool, lo=1, hi=3):
        out = [t for t in pool if t == self.primary]
        rest = [t for t in pool if t != self.primary]
        self.r.shuffle(rest)
        for t in rest:
            if len(out) >= hi:
                break
            if self.want(t):
                out.append(t)
        while len(out) < lo and rest:
            t = rest.pop()
            if t not in out:
                out.append(t)
        self.r.shuffle(out)
        return out

    # -------------------------------------------------------------- people
    def person(self, cul=None):
        for _ in range(40):
            p = make_person(self.r, cul or self.r.choice(self.cultures))
            if not (p.tokens() & self.toks):
                break
        self.toks |= p.tokens()
        self.people.append(p)
        return p

    def nm(self, p, form=None):
        form = form or self.r.choice(p.forms())
        return E('PERSON', p.nm(form, self.r))

    def titled(self, p, lang=None):
        lang = lang or self.lang
        r = self.r
        if lang in SUFFIX_TITLES and not p.latin():
            base = p.f if lang in ('ja', 'zh') and r.random() < 0.6 else p.full
            return Doc(E('PERSON', base), r.choice(SUFFIX_TITLES[lang]))
        if lang in SUFFIX_TITLES and lang == 'tr':
            return Doc(E('PERSON', p.g), ' ', r.choice(SUFFIX_TITLES['tr']))
        m, f, d = TITLES.get(lang, TITLES['en'])
        t = r.choice(d if r.random() < 0.3 else (m if p.gender == 'm' else f))
        if not t:
            return Doc(E('PERSON', p.full))
        who = p.f if p.latin() and not p.ff else p.full
        if lang == 'th':
            return Doc(t, E('PERSON', p.g))
        return Doc(t + ' ', E('PERSON', who))

    def cc_line(self, n=None):
        r = self.r
        n = n or r.choice([2, 3, 3, 4])
        ps = [self.person() for _ in range(n)]
        items = []
        for p in ps:
            form = r.choice(['given', 'given', 'full', 'nick'] if p.latin() else ['full', 'given'])
            items.append(E('PERSON', p.nm(form)))
        conj = AND.get(self.lang, 'and')
        d = Doc()
        for i, it in enumerate(items):
            if i and i == len(items) - 1:
                d.add(' ' + conj if self.lang != 'he' else ' ' + conj)
                d.add(' ' if self.lang != 'he' else '')
            elif i:
                d.add('、' if self.lang in ('ja', 'zh') else ', ')
            d.add(it)
        pat = r.choice(CC.get(self.lang, ['cc {L}']))
        a, b = pat.split('{L}')
        return Doc(a, d, b)

    # -------------------------------------------------------------- values
    def _uniq(self, f):
        for _ in range(20):
            v = f()
            if v not in self.used:
                break
        self.used.add(v)
        return v

    def dob(self, style=None, lang=None, p=None):
        if p is not None:
            dt = self.memo.setdefault((id(p), 'dob'), V.rand_dob(self.r))
            v = V.fmt_date(self.r, dt, lang or self.lang, self.cc, style)
            self.used.add(v)
            return v
        return self._uniq(lambda: V.fmt_date(self.r, V.rand_dob(self.r), lang or self.lang, self.cc, style))

    def _mem(self, p, key, f):
        if p is None:
            return f()
        k = (id(p), key)
        if k not in self.memo:
            self.memo[k] = f()
        return self.memo[k]

    def date(self, style=None, lang=None):
        return self._uniq(lambda: V.fmt_date(self.r, V.rand_recent(self.r), lang or self.lang, self.cc, style))

    def ts(self, style=None):
        return self._uniq(lambda: V.timestamp(self.r, style))

    def phone(self, cc=None, intl=None, ext_ok=True):
        return self._uniq(lambda: geo.phone(self.r, cc or self.cc, self.lang, ext_ok=ext_ok, intl=intl))

    def addr_lines(self, cc=None):
        return [x for x in geo.ADDR[cc or self.cc](self.r, self.lang) if x]

    def addr(self, cc=None, sep=None):
        lines = self.addr_lines(cc)
        cc = cc or self.cc
        if sep is None:
            sep = ' ' if cc in ('JP', 'CN', 'KR', 'TH') else ', '
        return self._uniq(lambda: sep.join(lines))

    def email(self, p, work=False):
        return self._mem(p, 'email%d' % work, lambda: self._uniq(lambda: V.email(self.r, p, self.lang, work)))

    def pw(self, style=None, **kw):
        return self._uniq(lambda: V.password(self.r, style, **kw))

    def health(self, lang=None):
        return self.r.choice(V.HEALTH.get(lang or self.lang, V.HEALTH['en']))

    def med(self):
        return self.r.choice(V.MEDS)

    def iban(self, cc=None):
        return self._uniq(lambda: V.iban(self.r, cc or self.cc))

    def card(self, sep=None):
        return self._uniq(lambda: V.card(self.r, sep))

    def ssn(self):
        return self._uniq(lambda: V.ssn(self.r))

    def ip(self, v6=None):
        return self._uniq(lambda: V.ip(self.r, v6))

    def val(self, t, p=None, json_ctx=False):
        if t == 'DATE_OF_BIRTH':
            return self.dob('iso' if json_ctx and self.r.random() < 0.7 else None, p=p)
        if t == 'PASSWORD':
            return self.pw()
        if t == 'PHONE':
            return self._mem(p, 'phone', self.phone)
        if t == 'ADDRESS':
            return self._mem(p, 'addr', self.addr)
        if t == 'EMAIL':
            return self.email(p or self.person())
        if t == 'HEALTH':
            return self.health()
        if t == 'IBAN':
            return self.iban()
        if t == 'CREDIT_CARD':
            return self.card()
        if t == 'US_SSN':
            return self.ssn()
        if t == 'IP_ADDRESS':
            return self.ip()
        if t == 'PERSON':
            return (p or self.person()).full
        raise KeyError(t)

    # -------------------------------------------------------------- phrases
    def phrase(self, key, lang=None):
        lang = lang or self.lang
        return self.r.choice(PB.get(lang, PB['en']).get(key) or PB['en'][key])

    def S(self, key, lang=None, pat=None, p=None, **vals):
        lang = lang or self.lang
        pat = pat or self.phrase(key, lang)
        d = Doc()
        for i, pc in enumerate(re.split(r'\{([A-Z])\}', pat)):
            if i % 2 == 0:
                d.add(pc)
                continue
            v = vals.get(pc)
            if v is None:
                t = SLOT[pc]
                if pc == 'W':
                    st = 'pin' if PIN_HINT.search(pat) else 'wifi' if WIFI_HINT.search(pat) else None
                    v = E('PASSWORD', self.pw(st))
                elif pc == 'X':
                    v = X('DATE', self.date())
                elif pc == 'H':
                    v = E('HEALTH', self.health(lang))
                else:
                    v = E(t, self.val(t, p))
            d.add(v)
        return d

    def say(self, t, p=None, lang=None):
        key, slot = TK[t]
        lang = lang or self.lang
        if t == 'EMAIL':
            return self.S(key, lang, E=E('EMAIL', self.email(p or self.person())))
        return self.S(key, lang, p=p)

    def prose(self, segs, greet=True, bye=True, lang=None):
        """Sentences in the language, joined as people type them."""
        r, lang = self.r, lang or self.lang
        segs = [s for s in segs if s is not None]
        if lang == 'ja':
            body = join(segs, '')
            out = Doc()
            if greet:
                out.add(self.phrase('hi', lang))
            out.add(body)
            if not body.plain().endswith('。'):
                out.add('。')
            if bye:
                out.add(self.phrase('bye', lang))
            return out
        if lang == 'zh':
            body = join(segs, '，')
            return Doc(self.phrase('hi', lang) if greet else None, body, '。', self.phrase('bye', lang) if bye else None)
        if lang == 'th':
            body = join(segs, ' ')
            return Doc(self.phrase('hi', lang) + ' ' if greet else None, body, ' ' + self.phrase('bye', lang) if bye else None)
        style = r.choice(['dot', 'dot', 'dot', 'nl', 'comma', 'dash'])
        end = '' if lang in ('he', 'ar') and r.random() < 0.5 else '.'
        if style == 'dot':
            body = join([s.cap() for s in segs], '. ')
        elif style == 'nl':
            body = join([s.cap() for s in segs], '\n')
            end = ''
        elif style == 'comma':
            body = join(segs[:1] and [segs[0].cap()] + segs[1:], ', ')
        else:
            body = join([s.cap() for s in segs], ' — ')
        out = Doc()
        if greet:
            out.add(self.phrase('hi', lang), r.choice([' ', '\n', '\n\n']))
        out.add(body, end)
        if bye:
            out.add(r.choice([' ', '\n', '\n\n']), self.phrase('bye', lang))
        return out

    def chat_body(self, pool=None, lo=1, hi=3, greet=None, extra_person=True, p=None):
        """A user message in the locale's language: introduces a person and gives some values."""
        r = self.r
        p = p or self.person()
        pool = pool or ['DATE_OF_BIRTH', 'PASSWORD', 'PHONE', 'ADDRESS', 'EMAIL', 'HEALTH', 'IBAN']
        types = self.pick(pool, lo, hi)
        segs = []
        if r.random() < 0.5 or self.want('PERSON', 1.5):
            segs.append(self.S('me', P=self.nm(p)))
        for t in types:
            segs.append(self.say(t, p))
        if r.random() < 0.4:
            segs.insert(r.randint(1, len(segs)), self.S('appt'))
        ctxs = CONTEXT.get(self.lang, CONTEXT['en'])
        for s in r.sample(ctxs, min(len(ctxs), r.choice([0, 1, 2, 2]))):
            segs.insert(r.randint(0, len(segs)), Doc(s))
        if extra_person and self.want('PERSON', 0.35):
            segs.append(self.cc_line())
        d = self.prose(segs, greet=r.random() < 0.7 if greet is None else greet, bye=r.random() < 0.6)
        return d, p

    def inflected(self, lang):
        row = self.r.choice(INFL[lang])
        toks = set(w.lower() for x in row for w in x.split())
        self.toks |= toks
        return row
