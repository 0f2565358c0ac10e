# -*- coding: utf-8 -*-
"""Per-text context: one main person, lazily drawn slot values, consistent repeats."""
import data as DT
from core import E, D
from values import LOCALES

LANG_LOCS = {
    'en': ['en_US'] * 10 + ['en_GB'] * 3 + ['en_IE', 'en_CA', 'en_AU', 'en_NZ', 'en_IN', 'en_IN', 'en_NG', 'en_KE', 'en_ZA', 'en_SG', 'en_PH'],
    'es': ['es_ES', 'es_ES', 'es_MX', 'es_MX', 'es_AR', 'es_CO', 'es_CL', 'es_US'],
    'pt': ['pt_BR', 'pt_BR', 'pt_PT'], 'fr': ['fr_FR', 'fr_FR', 'fr_BE', 'fr_CH', 'fr_CA'],
    'de': ['de_DE', 'de_DE', 'de_AT', 'de_CH'], 'it': ['it_IT'], 'nl': ['nl_NL', 'nl_NL', 'nl_BE'], 'pl': ['pl_PL'],
    'sv': ['sv_SE'], 'tr': ['tr_TR'], 'ru': ['ru_RU'], 'uk': ['uk_UA'], 'ar': ['ar_SA', 'ar_AE', 'ar_EG'],
    'hi': ['hi_IN'], 'ja': ['ja_JP'], 'zh': ['zh_CN'], 'ko': ['ko_KR'], 'vi': ['vi_VN'],
    'id': ['id_ID'], 'sw': ['sw_KE', 'sw_TZ'], 'da': ['da_DK'], 'no': ['no_NO'], 'fi': ['fi_FI'],
}
# name origins seen in English-language texts from the US/UK/CA/AU
DIASPORA = ['vi_VN', 'zh_CN', 'ko_KR', 'es_MX', 'hi_IN', 'ar_SA', 'ru_RU', 'en_NG', 'en_PH', 'pl_PL',
            'it_IT', 'ja_JP', 'tr_TR', 'pt_BR', 'uk_UA', 'sw_KE', 'fr_FR', 'de_DE', 'en_IE', 'id_ID']


def hlang(lang, loc=None):
    if loc == 'en_IN':
        return 'en_IN'
    return lang if lang in DT.HEALTH else 'en'


class Ctx:
    def __init__(self, g, loc, script=None, name_loc=None, diaspora=0.0):
        self.g = g
        self.loc = loc
        self.lang, self.country, _ = LOCALES[loc]
        if name_loc is None and g.r.random() < diaspora:
            name_loc = g.pick(DIASPORA)
        self.name_loc = name_loc or loc
        if name_loc and script is None:
            script = 'latin'
        self.script = script
        self.p = g.person(self.name_loc, script=script)
        self.cache = {}
        self.persons = {}

    def person(self, k):
        if k == 0:
            return self.p
        if k not in self.persons:
            self.persons[k] = self.g.person(self.loc, script=self.script)
        return self.persons[k]

    def get(self, slot):
        if slot not in self.cache:
            self.cache[slot] = self.make(slot)
        return self.cache[slot]

    def make(self, slot):
        g, L, C = self.g, self.lang, self.country
        if slot == 'IPV6':
            return E('IP_ADDRESS', g.ip('v6'))
        if slot.startswith('IPV4'):
            return E('IP_ADDRESS', g.ip(g.pick(['pub', 'priv', 'priv'])))
        base = slot.rstrip('0123456789')
        k = int(slot[len(base):] or '1') - 1
        p = self.person(k)
        HL = hlang(L, self.loc)
        if base == 'PERSON':
            return E('PERSON', g.pstyle(p))
        if base == 'FULL':
            return E('PERSON', p.full)
        if base == 'GIVEN':
            return E('PERSON', p.given)
        if base == 'FAMILY':
            return E('PERSON', p.family)
        if base == 'NICK':
            return E('PERSON', p.style('nick'))
        if base == 'UPPER':
            return E('PERSON', p.full.upper())
        if base == 'LASTFIRST':
            return E('PERSON', p.style('last_first') if not p.family_first else p.full)
        if base == 'TITLED':
            t = g.title(p, L)
            return [t + ' ' if t else '', E('PERSON', p.family if t and not p._full else p.full)]
        if base == 'AGENT':
            return E('PERSON', self.person(10 + k).given)
        if base == 'AGENTFULL':
            return E('PERSON', self.person(10 + k).full)
        if base == 'DOCTOR':
            return E('PERSON', self.person(20 + k).family)
        if base == 'ADDRESS':
            return E('ADDRESS', g.address(C, 'one'))
        if base == 'ADDRESS_ML':
            return E('ADDRESS', g.address(C, 'multi'))
        if base == 'STREET':
            return E('ADDRESS', g.address(C, 'partial'))
        if base == 'PHONE':
            return E('PHONE', g.phone(C, lang=L))
        if base == 'PHONE_EXT':
            return E('PHONE', g.phone(C, ext=True, lang=L))
        if base == 'PHONE_INTL':
            return E('PHONE', g.phone(C, intl=True, lang=L))
        if base == 'DOB':
            return E('DATE_OF_BIRTH', g.dob(L, C)[0])
        if base == 'DOB_WORDS':
            return E('DATE_OF_BIRTH', g.dob('en', C, style='spelled')[0])
        if base == 'DOB_KID':
            return E('DATE_OF_BIRTH', g.dob(L, C, 2008, 2020)[0])
        if base == 'BDAY':
            return E('DATE_OF_BIRTH', g.bday(L, C))
        if base == 'PASSWORD':
            return E('PASSWORD', g.password(lang=L))
        if base == 'PIN':
            return E('PASSWORD', g.password('pin'))
        if base == 'DOOR':
            return E('PASSWORD', g.password('door'))
        if base == 'WIFI':
            return E('PASSWORD', g.password('wifi', lang=L))
        if base == 'PASSPHRASE':
            return E('PASSWORD', g.password('phrase'))
        if base == 'PWGEN':
            return E('PASSWORD', g.password('gen'))
        if base == 'HEALTH':
            return E('HEALTH', g.health(HL, 'cond'))
        if base == 'MED':
            return E('HEALTH', g.health(HL, 'med'))
        if base == 'LAB':
            return E('HEALTH', g.health(HL, 'lab'))
        if base == 'MENTAL':
            return E('HEALTH', g.health(HL, 'mental'))
        if base == 'PREG':
            return E('HEALTH', g.health(HL, 'preg'))
        if base == 'PROC':
            return E('HEALTH', g.health(HL, 'proc'))
        if base == 'ANYHEALTH':
            return E('HEALTH', g.health(HL))
        if base == 'EMAIL':
            return E('EMAIL', g.email(p))
        if base == 'EMAIL_WORK':
            return E('EMAIL', g.email(p, work=True))
        if base == 'CARD':
            return E('CREDIT_CARD', g.card())
        if base == 'IBAN':
            return E('IBAN', g.iban(C if C in g.IBAN_SPECS else None))
        if base == 'SSN':
            return E('US_SSN', g.ssn())
        if base == 'EMAILDATE':
            return D('DATE', g.email_date(L))
        if base == 'IP':
            return E('IP_ADDRESS', g.ip())
        # decoys
        if base == 'DATE':
            return D('DATE', g.future_date(L, C))
        if base == 'PASTDATE':
            return D('DATE', g.past_date(L, C))
        if base == 'ORDER':
            return D('ORDER_ID', g.d_order())
        if base == 'PRICE':
            return D('PRICE', g.d_price(C))
        if base == 'PROPER':
            return D('PROPER_NOUN', g.d_proper())
        if base == 'PRODUCT':
            return D('PROPER_NOUN', g.d_product())
        if base == 'VERSION':
            return D('VERSION', g.d_version())
        if base == 'PATH':
            return D('FILE_PATH', g.d_path())
        if base == 'HASH':
            return D('HEX_HASH', g.d_hash())
        if base == 'NUMID':
            return D('NUMERIC_ID', g.digits(g.pick([5, 6, 7])))
        if base == 'OPS':
            return D('OPS_TERM', g.pick(['password reset link', 'password reset link', 'reset-password token', 'forgot-password email']))
        # neutral plain text
        if base == 'AGE':
            return str(g.r.randrange(19, 88))
        if base == 'CUSTNO':
            return g.pick(['C-', 'CUST', '', 'ACC-']) + g.digits(7)
        if base == 'POLICY':
            return g.pick(['POL-', 'HX', 'PL', '']) + g.digits(8)
        if base == 'MRN':
            return g.pick(['MRN ', '', 'PID-']) + g.digits(7)
        if base == 'EMPID':
            return g.pick(['E', 'EMP-', '']) + g.digits(6)
        if base == 'TIME':
            return '%d:%02d' % (g.r.randrange(7, 20), g.pick([0, 15, 30, 45]))
        if base == 'COMPANY':
            return g.pick(DT.COMPANIES)
        if base == 'LASTFOUR':
            return g.digits(4)
        if base == 'WEEKS':
            return str(g.r.randrange(2, 12))
        raise KeyError(slot)
