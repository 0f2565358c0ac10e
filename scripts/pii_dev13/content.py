"""People, values and the lazy slot context used by every shape."""
import datetime as dt
import re

import decoys as DC
import values as V
from lang import LANG
from locales import LOC
from rich import T, E, D, fmt, keys

BLACKLIST = {'Michael Jackson', 'James Brown', 'Michael Johnson', 'James Taylor', 'Robert Johnson', 'Thomas Müller', 'Jan Novák', 'Jan Kowalski',
             'Mario Rossi', 'Jan Jansen', 'Kari Nordmann', 'Matti Meikäläinen', 'David Lee', 'Michael Jordan', 'Kevin Hart', 'Chris Martin',
             'Emma Watson', 'Daniel Craig', 'Olivia Wilson', 'Jack Ryan', 'Tyler Perry', 'Harry Hall'}
ROMAN_DOMAINS_EXTRA = ['northwind.io', 'brightpath.co', 'kestrel-labs.com', 'lumen-insurance.eu', 'orchardbank.net', 'tideway-logistics.com', 'fjordsoft.dev']


def split_tok(tok, g):
    native, _, roman = tok.partition('=')
    if '/' in native:
        m, f = native.split('/')
        native = m if g == 'm' else f
    if '/' in roman:
        m, f = roman.split('/')
        roman = m if g == 'm' else f
    return native, roman or V.ascii_fold(native)


def feminize(lang, s, roman=False):
    if lang == 'pl':
        for a, b in (('ski', 'ska'), ('cki', 'cka'), ('dzki', 'dzka')):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if lang == 'cs':
        if s.endswith('ý'):
            return s[:-1] + 'á'
        if s.endswith('y') and roman:
            return s[:-1] + 'a'
        if s.endswith('a'):
            return s[:-1] + 'ová'
        if s.endswith('ek'):
            return s[:-2] + 'ková'
        if s.endswith('ec'):
            return s[:-2] + 'cová'
        return s + 'ová'
    if lang == 'ru':
        if roman:
            for a, b in (('sky', 'skaya'), ('ov', 'ova'), ('ev', 'eva'), ('yov', 'yova'), ('in', 'ina'), ('yn', 'yna')):
                if s.endswith(a):
                    return s[:-len(a)] + b
            return s
        for a, b in (('ский', 'ская'), ('цкий', 'цкая'), ('ов', 'ова'), ('ев', 'ева'), ('ёв', 'ёва'), ('ин', 'ина'), ('ын', 'ына')):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if lang == 'uk':
        if roman:
            for a, b in (('skyi', 'ska'), ('tskyi', 'tska')):
                if s.endswith(a):
                    return s[:-len(a)] + b
            return s
        for a, b in (('ський', 'ська'), ('цький', 'цька')):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    return s


class Person:
    def __init__(self, rng, lc, gender=None, young=False):
        self.rng = rng
        self.lc = lc
        loc = LOC[lc]
        self.loc = loc
        self.lang = loc['lang']
        for _ in range(50):
            self._make(rng, loc, gender)
            if self.full not in BLACKLIST and self.full_r not in BLACKLIST:
                break
        self.dob = V.rand_dob(rng, young)
        self.age = V.age_on(self.dob)

    def _make(self, rng, loc, gender):
        g = gender or rng.choice('mf')
        self.g = g
        style = loc.get('style')
        given, given_r = split_tok(rng.choice(loc['gm'] if g == 'm' else loc['gf']), g)
        fam, fam_r = split_tok(rng.choice(loc['fam']), g)
        if loc.get('fem') and g == 'f':
            fam, fam_r = feminize(self.lang, fam), feminize(self.lang, fam_r, True)
        self.patr = self.patr_r = None
        order = loc.get('order', 'gf')
        joiner = rng.choice(loc.get('joiner', [' ']))
        if style == 'sg':
            kind = rng.choice(['cn', 'cn', 'ms', 'in', 'west'])
            if kind == 'ms':
                given = rng.choice(loc['ms_m'] if g == 'm' else loc['ms_f'])
                fam = rng.choice(loc['ms_m'])
                fam = fam.split()[-1]
                full = given + (' bin ' if g == 'm' else ' binte ') + fam
                self._set(given, fam, full, given, fam, full)
                return
            if kind == 'in':
                given = rng.choice(loc['in_m'] if g == 'm' else loc['in_f'])
                fam = rng.choice(loc['in_fam'])
                full = given + (' s/o ' if g == 'm' else ' d/o ') + fam
                self._set(given, fam, full, given, fam, full)
                return
            if kind == 'west':
                given = rng.choice(['Rachel', 'Michelle', 'Darren', 'Marcus', 'Bryan', 'Cheryl', 'Jasmine', 'Ryan'])
                full = given + ' ' + fam + ' ' + rng.choice(loc['gm'] + loc['gf'])
                self._set(given, fam, full, given, fam, full)
                return
            order = 'fg'
        if style in ('es2', 'pt2') and rng.random() < 0.6:
            fam2, _ = split_tok(rng.choice(loc['fam']), g)
            if fam2 != fam:
                fam = fam + ' ' + fam2
                fam_r = V.ascii_fold(fam)
        if style == 'pt2' and g == 'm' and loc.get('suffix') and rng.random() < 0.12:
            fam = fam + ' ' + rng.choice(loc['suffix'])
            fam_r = V.ascii_fold(fam)
        if style == 'ru' and loc.get('patr'):
            self.patr, self.patr_r = split_tok(rng.choice(loc['patr']), g)
        if style in ('ar', 'ar3'):
            father, father_r = split_tok(rng.choice(loc['gm']), 'm')
            if style == 'ar' and rng.random() < 0.3:
                full = '%s %s %s %s' % (given, 'بن' if g == 'm' else 'بنت', father, fam)
                full_r = '%s %s %s %s' % (given_r, 'bin' if g == 'm' else 'bint', father_r, fam_r)
            elif style == 'ar3' and rng.random() < 0.5:
                gf, gf_r = split_tok(rng.choice(loc['gm']), 'm')
                full, full_r = '%s %s %s' % (given, father, gf), '%s %s %s' % (given_r, father_r, gf_r)
                fam, fam_r = gf, gf_r
            else:
                full, full_r = '%s %s %s' % (given, father, fam), '%s %s %s' % (given_r, father_r, fam_r)
            self._set(given, fam, full, given_r, fam_r, full_r)
            return
        if style == 'vi':
            mid = rng.choice(loc['mid_m'] if g == 'm' else loc['mid_f'])
            full = '%s %s %s' % (fam, mid, given)
            self._set(given, fam, full, V.ascii_fold(given), V.ascii_fold(fam), V.ascii_fold(full))
            return
        if style == 'id' and rng.random() < 0.2:
            full = rng.choice(loc['mono'])
            self._set(full, full, full, full, full, full)
            return
        if order == 'fg':
            full = fam + joiner + given
            full_r = given_r + ' ' + fam_r if rng.random() < 0.6 else fam_r.upper() + ' ' + given_r
        else:
            full = given + ' ' + fam
            full_r = given_r + ' ' + fam_r
        if self.lc == 'en-US' and rng.random() < 0.12:
            full = given + ' ' + rng.choice('ABCDEJKLMRST') + '. ' + fam
        self._set(given, fam, full, given_r, fam_r, full_r)

    def _set(self, given, fam, full, gr, fr, fullr):
        self.given, self.family, self.full = given, fam, full
        self.given_r, self.family_r, self.full_r = gr, fr, fullr

    # ---- name forms
    def variant(self, rng, kind=None):
        latin = self.full == V.ascii_fold(self.full) or self.lang in ('es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'cs', 'ro', 'hu', 'sv', 'fi', 'da', 'nb', 'tr', 'vi', 'id', 'sw', 'tl', 'en')
        kind = kind or rng.choices(['full', 'comma', 'initial', 'upper', 'roman', 'patr'], [70, 8, 6, 5, 6, 5])[0]
        if kind == 'patr' and self.patr:
            return rng.choice(['%s %s %s' % (self.given, self.patr, self.family), '%s %s %s' % (self.family, self.given, self.patr),
                               '%s %s.%s.' % (self.family, self.given[0], self.patr[0])])
        if kind == 'comma' and latin and self.loc.get('order', 'gf') == 'gf' and ' bin' not in self.full:
            return self.family + ', ' + self.given
        if kind == 'initial' and latin and self.loc.get('order', 'gf') == 'gf':
            return self.given[0] + '. ' + self.family
        if kind == 'upper' and latin and self.lang in ('fr', 'en', 'es', 'pt', 'it', 'ro', 'id', 'tl', 'vi'):
            return self.family.upper() + ' ' + self.given
        if kind == 'roman' and self.full_r != self.full:
            return self.full_r
        return self.full

    def formal(self, rng):
        tpl = rng.choice(self.loc['formal_m'] if self.g == 'm' else self.loc['formal_f'])
        m = re.search(r'\{(f|g|n|gp)\}', tpl)
        val = {'f': self.family, 'g': self.given, 'n': self.full, 'gp': '%s %s' % (self.given, self.patr or '')}[m.group(1)].strip()
        return T(tpl[:m.start()], E('PERSON', val), tpl[m.end():])

    def email(self, rng):
        g = V.ascii_fold(self.given_r).lower().replace(' ', '').replace("'", '').replace('-', '')
        f = V.ascii_fold(self.family_r).lower().replace(' ', '').replace("'", '').replace('.', '')
        if not g:
            g = 'user'
        yy = '%02d' % (self.dob.year % 100)
        local = rng.choice([g + '.' + f, g + f, g[0] + f, g + '_' + f + yy, f + '.' + g, g + str(rng.randint(1, 999)), g + '.' + f + yy,
                            f + g[0], g + '-' + f, g[0] + '.' + f, g + '.' + f + '+' + rng.choice(['shop', 'news', 'work']), f + str(self.dob.year)])
        local = re.sub(r'[^a-z0-9._+\-]', '', local).strip('.') or 'info'
        dom = rng.choice(self.loc['domains'] + ROMAN_DOMAINS_EXTRA[:2]) if rng.random() < 0.9 else rng.choice(ROMAN_DOMAINS_EXTRA)
        e = local + '@' + dom
        if rng.random() < 0.05:
            e = local.capitalize() + '@' + dom
        return e


# ---------------------------------------------------------------- formatting

def months_for(lc):
    lang = LOC[lc]['lang']
    L = LANG[lang]
    if LOC[lc].get('months_variant') == 'at':
        return L['months_at']
    return L['months']


def fmt_date(rng, d, lc, style=None):
    loc = LOC[lc]
    lang = loc['lang']
    L = LANG[lang]
    if lang == 'en':
        fl = L['dfmt_us'] if loc.get('datestyle') == 'us' else L['dfmt_gb']
    else:
        fl = list(L['dfmt'])
        if loc.get('roc'):
            fl.append('民國{roc}年{m}月{d}日')
    f = style or rng.choice(fl)
    s = f.format(**V.date_fields(d, months_for(lc), L.get('jmonths')))
    dg = loc.get('digits')
    if dg and rng.random() < dg[1]:
        s = V.to_digits(s, dg[0])
    return s


def phone(rng, lc):
    loc = LOC[lc]
    p = rng.choice(loc['phones'])
    if '{a}' in p:
        p = p.replace('{a}', rng.choice(loc['areas']))
    s = V.pat(rng, p).strip()
    dg = loc.get('digits')
    if dg and rng.random() < dg[1] * 0.8:
        s = V.to_digits(s, dg[0])
    return s


def address(rng, lc, multi=False):
    loc = LOC[lc]
    tpl = rng.choice(loc['addr_ml'] if multi else loc['addr'])
    c = rng.choice(loc['cities'])
    if len(c) == 3:
        city, st, pc = c
    else:
        (city, pc), st = c, ''
    vals = dict(street=V.pat(rng, rng.choice(loc['streets'])), no=V.pat(rng, rng.choice(loc['nos'])), pc=V.pat(rng, pc), city=city, CITY=city.upper(), st=st,
                unit=V.pat(rng, rng.choice(loc.get('units', ['%']))))
    for k, lst in loc.get('extra', {}).items():
        vals[k] = V.pat(rng, rng.choice(lst))
    tpl = V.pat(rng, tpl)
    s = V.lit(re.sub(r'\{(\w+)\}', lambda m: vals[m.group(1)], tpl))
    dg = loc.get('digits')
    if dg and rng.random() < dg[1] * 0.5:
        s = V.to_digits(s, dg[0])
    return s


def health(rng, lang, kind=None):
    L = LANG[lang]
    kind = kind or rng.choice(['cond', 'cond', 'med', 'proc'])
    return rng.choice(L[kind])


# ---------------------------------------------------------------- context

PERSON_KEYS = {'name', 'first', 'formal', 'dob', 'age', 'addr', 'addrm', 'phone', 'email', 'pw', 'iban', 'card', 'ssn', 'last', 'fullname', 'name_r'}


class Ctx(dict):
    """Lazy slot values. Keys ending in 2 or 3 refer to other people."""

    def __init__(self, rng, lc, people=None):
        super().__init__()
        self.rng = rng
        self.lc = lc
        self.loc = LOC[lc]
        self.lang = self.loc['lang']
        self.L = LANG['zh-Hant'] if lc == 'zh-TW' else LANG[self.lang]
        self.people = people or {}
        self._fig = None

    def person(self, n=''):
        if n not in self.people:
            self.people[n] = Person(self.rng, self.lc, gender='f' if n == '2' else None)
        return self.people[n]

    def can(self, k):
        base = k.rstrip('23')
        if base == 'iban':
            return bool(self.loc.get('iban'))
        if base == 'ssn':
            return bool(self.loc.get('ssn'))
        return True

    def ok(self, tpl):
        return all(self.can(k) for k in keys(tpl))

    def __missing__(self, k):
        v = self.make(k)
        self[k] = v
        return v

    def make(self, k):
        rng = self.rng
        lc = self.lc
        n = ''
        base = k
        if k[-1] in '23' and k[:-1]:
            base, n = k[:-1], k[-1]
        p = None
        if base in PERSON_KEYS:
            p = self.person(n)
        if base == 'name':
            return E('PERSON', p.variant(rng))
        if base == 'fullname':
            return E('PERSON', p.full)
        if base == 'name_r':
            return E('PERSON', p.full_r)
        if base == 'first':
            return E('PERSON', p.given)
        if base == 'last':
            return E('PERSON', p.family)
        if base == 'formal':
            return p.formal(rng)
        if base == 'dob':
            return E('DATE_OF_BIRTH', fmt_date(rng, p.dob, lc))
        if base == 'age':
            return str(p.age)
        if base == 'addr':
            return E('ADDRESS', address(rng, lc))
        if base == 'addrm':
            return E('ADDRESS', address(rng, lc, True))
        if base == 'phone':
            return E('PHONE', phone(rng, lc))
        if base == 'email':
            return E('EMAIL', p.email(rng))
        if base == 'pw':
            return E('PASSWORD', V.password(rng, self.lang))
        if base in ('cond', 'med', 'proc'):
            return E('HEALTH', health(rng, self.lang, base))
        if base in ('preg', 'result'):
            return E('HEALTH', rng.choice(self.L.get(base) or self.L['cond']))
        if base == 'health':
            return E('HEALTH', health(rng, self.lang))
        if base == 'iban':
            return E('IBAN', V.iban(rng, self.loc['iban']))
        if base == 'card':
            brand = {'ru-RU': 'mir', 'tr-TR': 'troy', 'zh-CN': 'unionpay', 'ja-JP': 'jcb'}.get(lc) if rng.random() < 0.4 else None
            return E('CREDIT_CARD', V.card(rng, brand))
        if base == 'ssn':
            return E('US_SSN', V.ssn(rng))
        if base == 'ip':
            return E('IP_ADDRESS', V.ipv4(rng) if rng.random() < 0.8 else V.ipv6(rng))
        # ---- decoys
        if base == 'date':
            return D('DATE', fmt_date(rng, V.rand_date(rng), lc))
        if base == 'order':
            r = rng.random()
            return D('ORDER_ID', DC.order_phone_like(rng) if r < 0.15 else DC.order_card_like(rng) if r < 0.22 else DC.order_id(rng))
        if base == 'price':
            return D('PRICE', DC.price(rng, lc))
        if base == 'ver':
            return D('VERSION', DC.version(rng))
        if base == 'track':
            return D('NUMERIC_ID', DC.tracking(rng))
        if base in ('fig', 'figbd'):
            if self._fig is None:
                pool = DC.FIGURES.get(self.lang) or DC.FIGURES['en']
                if rng.random() < 0.25:
                    pool = DC.FIGURES['en']
                self._fig = rng.choice(pool)
            if base == 'fig':
                return D('PROPER_NOUN', self._fig[0])
            f = self._fig
            return D('DATE', fmt_date(rng, dt.date(f[1], f[2], f[3]), lc))
        if base == 'fict':
            return D('PROPER_NOUN', rng.choice(DC.FICT.get(self.lang) or DC.FICT['en']))
        if base == 'brand':
            return D('PROPER_NOUN', rng.choice(DC.BRANDS))
        if base == 'place':
            return D('PROPER_NOUN', rng.choice(DC.PLACES))
        if base == 'dish':
            return D('PROPER_NOUN', rng.choice(DC.DISHES))
        if base == 'disease':
            return D('PROPER_NOUN', rng.choice(DC.DISEASES))
        if base == 'ph':
            return D('PROPER_NOUN', rng.choice(DC.PLACEHOLDER.get(self.lang) or DC.PLACEHOLDER['en']))
        if base == 'hash':
            return D('HEX_HASH', DC.hexhash(rng))
        if base == 'uuid':
            return D('NUMERIC_ID', DC.uuid4(rng))
        if base == 'ticket':
            return D('NUMERIC_ID', DC.ticket(rng))
        if base == 'host':
            return D('OPS_TERM', rng.choice(DC.OPS))
        if base == 'codeph':
            return D('CODE_IDENT', rng.choice(DC.CODE_PH))
        if base == 'isbn':
            return D('NUMERIC_ID', DC.isbn13(rng))
        if base == 'testcard':
            return D('NUMERIC_ID', rng.choice(DC.TEST_CARDS_FMT))
        if base == 'testssn':
            return D('NUMERIC_ID', rng.choice(DC.TEST_SSNS))
        if base == 'ipver':
            return D('VERSION', DC.ipish_version(rng))
        if base == 'bot':
            return D('PROPER_NOUN', rng.choice(DC.BOTS))
        if base == 'eponym':
            return D('PROPER_NOUN', rng.choice(DC.EPONYM_OTHER))
        raise KeyError(k)

    def f(self, tpl):
        return fmt(tpl, self)

    def pick(self, tpls):
        ok = [t for t in tpls if self.ok(t)]
        return self.rng.choice(ok)

    def lab(self, k):
        return self.L['lab'].get(k, LANG['en']['lab'][k])
