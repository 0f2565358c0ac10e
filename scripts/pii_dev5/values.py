# -*- coding: utf-8 -*-
"""Value generators: names, addresses, phones, dates, secrets, health, ids, decoys."""
import datetime
import string

from faker import Faker

import data as DT
from core import ascii_fold, luhn_ok

# locale code -> (language, country, faker locale for names or None)
LOCALES = {
    'en_US': ('en', 'US', 'en_US'), 'en_GB': ('en', 'GB', 'en_GB'), 'en_IE': ('en', 'IE', 'en_IE'),
    'en_CA': ('en', 'CA', 'en_CA'), 'fr_CA': ('fr', 'CA', 'fr_CA'), 'en_AU': ('en', 'AU', 'en_AU'),
    'en_NZ': ('en', 'NZ', 'en_NZ'), 'en_IN': ('en', 'IN', 'en_IN'), 'hi_IN': ('hi', 'IN', 'hi_IN'),
    'en_NG': ('en', 'NG', 'en_NG'), 'en_KE': ('en', 'KE', 'en_KE'), 'sw_KE': ('sw', 'KE', None),
    'sw_TZ': ('sw', 'TZ', None), 'en_ZA': ('en', 'ZA', 'zu_ZA'), 'en_SG': ('en', 'SG', None),
    'en_PH': ('en', 'PH', None),
    'de_DE': ('de', 'DE', 'de_DE'), 'de_AT': ('de', 'AT', 'de_AT'), 'de_CH': ('de', 'CH', 'de_CH'),
    'fr_FR': ('fr', 'FR', 'fr_FR'), 'fr_BE': ('fr', 'BE', 'fr_BE'), 'fr_CH': ('fr', 'CH', 'fr_CH'),
    'nl_NL': ('nl', 'NL', 'nl_NL'), 'nl_BE': ('nl', 'BE', 'nl_BE'), 'it_IT': ('it', 'IT', 'it_IT'),
    'es_ES': ('es', 'ES', 'es_ES'), 'es_MX': ('es', 'MX', 'es_MX'), 'es_AR': ('es', 'AR', 'es_AR'),
    'es_CO': ('es', 'CO', 'es_CO'), 'es_CL': ('es', 'CL', 'es_CL'), 'es_US': ('es', 'US', 'es_MX'),
    'pt_PT': ('pt', 'PT', 'pt_PT'), 'pt_BR': ('pt', 'BR', 'pt_BR'), 'pl_PL': ('pl', 'PL', 'pl_PL'),
    'sv_SE': ('sv', 'SE', 'sv_SE'), 'da_DK': ('da', 'DK', 'da_DK'), 'no_NO': ('no', 'NO', 'no_NO'),
    'fi_FI': ('fi', 'FI', 'fi_FI'), 'ja_JP': ('ja', 'JP', 'ja_JP'), 'zh_CN': ('zh', 'CN', 'zh_CN'),
    'zh_TW': ('zh', 'TW', 'zh_TW'), 'ko_KR': ('ko', 'KR', 'ko_KR'), 'ru_RU': ('ru', 'RU', 'ru_RU'),
    'uk_UA': ('uk', 'UA', 'uk_UA'), 'tr_TR': ('tr', 'TR', 'tr_TR'), 'ar_SA': ('ar', 'SA', 'ar_SA'),
    'ar_AE': ('ar', 'AE', 'ar_SA'), 'ar_EG': ('ar', 'EG', 'ar_SA'), 'vi_VN': ('vi', 'VN', 'vi_VN'),
    'id_ID': ('id', 'ID', 'id_ID'), 'he_IL': ('he', 'IL', 'he_IL'), 'el_GR': ('el', 'GR', 'el_GR'),
    'cs_CZ': ('cs', 'CZ', 'cs_CZ'), 'hu_HU': ('hu', 'HU', 'hu_HU'),
}
NATIVE_SCRIPT = {'ja', 'zh', 'ko', 'ru', 'uk', 'ar', 'hi', 'el', 'he'}
FAMILY_FIRST_NATIVE = {'ja', 'zh', 'ko', 'hu', 'vi'}

PH_GIVEN = ['Maria Cristina', 'Jose Miguel', 'Ma. Lourdes', 'Rhea', 'Jericho', 'Kristine Joy', 'Mark Anthony',
            'Jun', 'Bong', 'Rowena', 'Marites', 'Angelica', 'John Paul', 'Princess']
PH_FAMILY = ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Aquino',
             'Ramos', 'De Leon', 'Macaraeg', 'Manalo', 'Pangilinan', 'Soriano']
SG_NAMES = [('Tan', 'Wei Ling'), ('Lim', 'Jun Hao'), ('Ng', 'Hui Min'), ('Wong', 'Kai Xiang'),
            ('Goh', 'Shu Fen'), ('Lee', 'Zhi Wei'), ('Chua', 'Mei Ling'), ('Ong', 'Boon Keng')]
SG_OTHER = ['Muhammad Faizal bin Ismail', 'Nurul Aisyah binte Rahman', 'Rajesh s/o Subramaniam',
            'Priya d/o Krishnan', 'Siti Nurhaliza binte Osman']


class Person:
    def __init__(self, given, family, loc, lang, gender, middle='', a_given=None, a_family=None,
                 family_first=False, particle_family=False, full_override=None):
        self.given, self.family, self.middle = given, family, middle
        self.loc, self.lang, self.gender = loc, lang, gender
        self.a_given = a_given or ascii_fold(given)
        self.a_family = a_family or ascii_fold(family)
        self.family_first = family_first
        self._full = full_override

    @property
    def full(self):
        if self._full:
            return self._full
        if self.family_first:
            sep = '' if self.lang in ('zh', 'ko') else ' '
            if self.lang == 'vi':
                return ' '.join(x for x in (self.family, self.middle, self.given) if x)
            return self.family + sep + self.given
        if self.middle:
            return '%s %s %s' % (self.given, self.middle, self.family)
        return '%s %s' % (self.given, self.family)

    def style(self, st):
        g, f = self.given, self.family
        if st == 'full':
            return self.full
        if st == 'given':
            return g
        if st == 'family':
            return f
        if st == 'last_first':
            return '%s, %s' % (f, g)
        if st == 'FAMILY_first':
            return '%s %s' % (f.upper(), g)
        if st == 'upper':
            return self.full.upper()
        if st == 'lower':
            return self.full.lower()
        if st == 'initial':
            return '%s. %s' % (g[0], f)
        if st == 'initials2':
            m = self.middle[:1] if self.middle else 'J'
            return '%s.%s. %s' % (g[0], m, f)
        if st == 'nick':
            return DT.NICK.get(g, g)
        if st == 'ascii':
            return '%s %s' % (self.a_given, self.a_family)
        return self.full


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        fl = sorted({v[2] for v in LOCALES.values() if v[2]} | {'en_IN', 'en_US', 'ja_JP', 'zh_CN'})
        for loc in fl:
            f = Faker(loc)
            f.seed_instance(rng.randrange(2 ** 32))
            self.fk[loc] = f

    # ---------------------------------------------------------- basics
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def digits(self, n):
        return ''.join(str(self.r.randrange(10)) for _ in range(n))

    def pat(self, p):
        out = []
        for ch in p:
            if ch == '#' or ch == 'X':
                out.append(str(self.r.randrange(10)))
            elif ch == 'N':
                out.append(str(self.r.randrange(2, 10)))
            elif ch == 'A':
                out.append(self.pick('ABCEGHJKLMNPRSTVWXYZ'))
            elif ch == '@':
                out.append(self.pick('ABCDEFGHJKLMNPRSTUVWXYZ0123456789'))
            else:
                out.append(ch)
        return ''.join(out)

    def lang(self, loc):
        return LOCALES[loc][0]

    def country(self, loc):
        return LOCALES[loc][1]

    # ---------------------------------------------------------- names
    def person(self, loc, script=None, gender=None):
        lang, country, floc = LOCALES[loc]
        r = self.r
        if gender is None:
            gender = 'f' if r.random() < 0.5 else 'm'
        if script is None:
            script = 'native' if (lang in NATIVE_SCRIPT and r.random() < 0.75) else 'latin'
        # custom sources
        if loc in ('sw_KE', 'sw_TZ') or (loc == 'en_KE' and r.random() < 0.5):
            g = self.pick(DT.SW_GIVEN_F if gender == 'f' else DT.SW_GIVEN_M)
            return Person(g, self.pick(DT.SW_FAMILY), loc, lang, gender)
        if loc == 'en_PH':
            return Person(self.pick(PH_GIVEN), self.pick(PH_FAMILY), loc, lang, gender)
        if loc == 'en_SG':
            if r.random() < 0.3:
                full = self.pick(SG_OTHER)
                parts = full.split(' ')
                return Person(parts[0], parts[-1], loc, lang, gender, full_override=full)
            fam, giv = self.pick(SG_NAMES)
            p = Person(giv, fam, loc, lang, gender, family_first=r.random() < 0.6)
            p.lang = 'en'
            if p.family_first:
                p._full = '%s %s' % (fam, giv)
            return p
        if lang == 'ar' and script == 'latin':
            g = self.pick(DT.AR_GIVEN_F if gender == 'f' else DT.AR_GIVEN_M)
            fam = self.pick(DT.AR_FAMILY)
            if gender == 'm' and r.random() < 0.25:
                fam = '%s %s %s' % (self.pick(['bin', 'ibn']), self.pick(DT.AR_GIVEN_M), fam)
            elif gender == 'f' and r.random() < 0.15:
                fam = 'bint %s %s' % (self.pick(DT.AR_GIVEN_M), fam)
            return Person(g, fam, loc, lang, gender)
        if lang == 'ko' and script == 'latin':
            g = self.pick(DT.KO_GIVEN_ROM)
            fam = self.pick(DT.KO_FAMILY_ROM)
            p = Person(g, fam, loc, lang, gender)
            p.lang = 'en'
            if r.random() < 0.5:
                p._full = '%s %s' % (fam, g)
            return p
        if lang == 'hi' and script == 'latin':
            floc = 'en_IN'
        if lang in ('el', 'he'):
            script = 'native'
        f = self.fk[floc]
        if lang == 'ja':
            if script == 'native':
                g = f.first_name_female() if gender == 'f' else f.first_name_male()
                fam = f.last_name()
                p = Person(g, fam, loc, lang, gender, family_first=True)
                if r.random() < 0.4:
                    p._full = fam + g
                # romanised fields for e-mail
                p.a_given, p.a_family = f.first_romanized_name(), f.last_romanized_name()
                return p
            g, fam = f.first_romanized_name(), f.last_romanized_name()
            p = Person(g, fam, loc, 'en', gender)
            if r.random() < 0.35:
                p._full = '%s %s' % (fam.upper(), g)
            return p
        if lang == 'zh':
            if script == 'native':
                g = f.first_name_female() if gender == 'f' else f.first_name_male()
                fam = f.last_name()
                p = Person(g, fam, loc, lang, gender, family_first=True)
                fz = self.fk['zh_CN']
                p.a_given, p.a_family = fz.first_romanized_name(), fz.last_romanized_name()
                return p
            fz = self.fk['zh_CN']
            g = fz.first_romanized_name() + (fz.first_romanized_name().lower() if r.random() < 0.6 else '')
            fam = fz.last_romanized_name()
            p = Person(g, fam, loc, 'en', gender)
            x = r.random()
            if x < 0.3:
                p._full = '%s %s' % (fam.upper(), g)
            elif x < 0.55:
                p._full = '%s %s' % (fam, g)
            return p
        if lang == 'ko':
            g = f.first_name()
            fam = f.last_name()
            p = Person(g, fam, loc, lang, gender, family_first=True)
            p.a_given, p.a_family = self.pick(DT.KO_GIVEN_ROM).replace('-', '').lower(), self.pick(DT.KO_FAMILY_ROM)
            return p
        if lang in ('ru', 'uk'):
            g = f.first_name_female() if gender == 'f' else f.first_name_male()
            fam = f.last_name_female() if gender == 'f' else f.last_name_male()
            mid = ''
            if lang == 'ru':
                mid = f.middle_name_female() if gender == 'f' else f.middle_name_male()
            tr = lambda s: ''.join(DT.RU_TRANSLIT.get(c.upper(), c) if c.isupper() else DT.RU_TRANSLIT.get(c.upper(), c).lower() for c in s)
            if script == 'latin':
                p = Person(tr(g), tr(fam), loc, 'en', gender)
                return p
            p = Person(g, fam, loc, lang, gender, a_given=tr(g), a_family=tr(fam))
            x = r.random()
            if mid and x < 0.35:
                p._full = '%s %s %s' % (fam, g, mid)
            elif mid and x < 0.5:
                p._full = '%s %s %s' % (g, mid, fam)
            p.patronymic = mid
            return p
        if lang == 'vi':
            g = f.first_name_female() if gender == 'f' else f.first_name_male()
            fam = f.last_name()
            mid = 'Thị' if gender == 'f' and r.random() < 0.5 else self.pick(DT.VI_MIDDLE)
            p = Person(g, fam, loc, lang, gender, middle=mid, family_first=True)
            if script == 'latin' and r.random() < 0.5:
                p = Person(ascii_fold(g), ascii_fold(fam), loc, 'en', gender)
            return p
        if lang == 'id' and r.random() < 0.12:
            s = self.pick(DT.ID_SINGLE)
            return Person(s, s, loc, lang, gender, full_override=s)
        if lang == 'hu':
            g = f.first_name_female() if gender == 'f' else f.first_name_male()
            return Person(g, f.last_name(), loc, lang, gender, family_first=True)
        # generic faker
        if gender == 'f':
            g = f.first_name_female()
        else:
            g = f.first_name_male()
        if floc in ('cs_CZ', 'pl_PL', 'el_GR') and hasattr(f, 'last_name_female'):
            fam = f.last_name_female() if gender == 'f' else f.last_name_male()
        else:
            fam = f.last_name()
        if lang in ('hi', 'ar', 'he', 'el'):
            p = Person(g, fam, loc, lang, gender)
            if lang == 'hi':
                p.a_given, p.a_family = self.fk['en_IN'].first_name(), self.fk['en_IN'].last_name()
            elif lang == 'ar':
                p.a_given, p.a_family = self.pick(DT.AR_GIVEN_F if gender == 'f' else DT.AR_GIVEN_M), self.pick(DT.AR_FAMILY)
            else:
                p.a_given, p.a_family = self.fk['en_US'].first_name(), self.fk['en_US'].last_name()
            return p
        if floc in ('es_ES', 'es_MX', 'es_AR', 'es_CO', 'es_CL') and r.random() < 0.55:
            fam2 = f.last_name()
            if fam2 != fam:
                fam = '%s %s' % (fam, fam2)
            if r.random() < 0.1:
                fam = 'de la ' + f.last_name()
        elif floc in ('pt_BR', 'pt_PT') and r.random() < 0.35:
            fam = '%s %s %s' % (f.last_name(), self.pick(['da', 'dos', 'de']), self.pick(['Silva', 'Santos', 'Costa', 'Souza', 'Conceição']))
        elif floc in ('de_DE', 'de_AT') and r.random() < 0.05:
            fam = 'von ' + fam
        elif floc == 'fr_FR' and r.random() < 0.06:
            fam = self.pick(['de ', 'Le ', 'de La ']) + fam
        elif floc == 'it_IT' and r.random() < 0.08:
            fam = self.pick(['De ', 'Di ', 'Della ', 'Lo ']) + fam
        elif floc == 'en_IE' and r.random() < 0.2:
            fam = self.pick(["O'Brien", "O'Sullivan", 'Mac Giolla Phádraig', 'Ní Bhriain', "Ó Súilleabháin",
                             'McCarthy', "O'Connor", 'MacNamara', 'Ní Dhomhnaill'])
        mid = ''
        if loc in ('en_US', 'en_CA', 'en_AU') and r.random() < 0.15:
            mid = (f.first_name_female() if gender == 'f' else f.first_name_male())[0] + '.'
        if loc == 'en_US' and r.random() < 0.06:
            fam = fam + self.pick([' Jr.', ' III', ' Sr.'])
        return Person(g, fam, loc, lang, gender, middle=mid)

    def pstyle(self, p, weights=None):
        """A realistic written form of a person's name."""
        if p._full:
            opts = [('full', 8), ('given', 2), ('upper', 1)]
        elif p.family_first and p.lang in ('zh', 'ko', 'ja'):
            opts = [('full', 10), ('family', 2), ('given', 1)]
        else:
            opts = weights or [('full', 14), ('given', 3), ('last_first', 2), ('FAMILY_first', 1),
                               ('upper', 1), ('lower', 1), ('initial', 1), ('nick', 1), ('initials2', 0.5)]
            if p.given != p.a_given or p.family != p.a_family:
                opts = opts + [('ascii', 2)]
        return p.style(self.wpick(opts))

    def title(self, p, lang=None):
        lang = lang or p.lang
        t = {
            'en': ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Mx.'], 'de': ['Herr', 'Frau', 'Dr.'],
            'fr': ['M.', 'Mme', 'Dr'], 'es': ['Sr.', 'Sra.', 'D.', 'Dña.'], 'pt': ['Sr.', 'Sra.', 'Dr.', 'Dra.'],
            'it': ['Sig.', 'Sig.ra', 'Dott.'], 'nl': ['dhr.', 'mevr.'], 'pl': ['Pan', 'Pani'],
            'ru': ['г-н', 'г-жа'], 'tr': ['Bay', 'Bayan'], 'sv': [''], 'ja': [''], 'zh': [''],
        }.get(lang, [''])
        if lang == 'en':
            return self.pick(['Mr.', 'Mr', 'Dr.']) if p.gender == 'm' else self.pick(['Ms.', 'Mrs.', 'Ms', 'Dr.'])
        if lang == 'de':
            return 'Herr' if p.gender == 'm' else 'Frau'
        if lang == 'fr':
            return 'M.' if p.gender == 'm' else 'Mme'
        if lang in ('es', 'pt'):
            return 'Sr.' if p.gender == 'm' else 'Sra.'
        if lang == 'it':
            return 'Sig.' if p.gender == 'm' else 'Sig.ra'
        if lang == 'pl':
            return 'Pan' if p.gender == 'm' else 'Pani'
        if lang == 'nl':
            return 'dhr.' if p.gender == 'm' else 'mevr.'
        return self.pick(t)

    # ---------------------------------------------------------- e-mail
    FREEMAIL = {
        'US': ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com', 'proton.me', 'comcast.net'],
        'GB': ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'yahoo.co.uk', 'outlook.com', 'sky.com'],
        'IE': ['gmail.com', 'eircom.net', 'hotmail.com'], 'CA': ['gmail.com', 'videotron.ca', 'rogers.com', 'outlook.com'],
        'AU': ['gmail.com', 'bigpond.com', 'outlook.com.au'], 'NZ': ['gmail.com', 'xtra.co.nz'],
        'IN': ['gmail.com', 'rediffmail.com', 'yahoo.co.in'], 'DE': ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de'],
        'AT': ['gmx.at', 'aon.at', 'gmail.com'], 'CH': ['bluewin.ch', 'gmx.ch', 'gmail.com'],
        'FR': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'], 'BE': ['skynet.be', 'telenet.be', 'gmail.com'],
        'NL': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'], 'IT': ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
        'ES': ['hotmail.es', 'gmail.com', 'telefonica.net', 'yahoo.es'], 'MX': ['hotmail.com', 'gmail.com', 'prodigy.net.mx'],
        'PT': ['sapo.pt', 'gmail.com', 'hotmail.com'], 'BR': ['uol.com.br', 'bol.com.br', 'gmail.com', 'hotmail.com', 'terra.com.br'],
        'PL': ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com'], 'SE': ['telia.com', 'gmail.com', 'hotmail.se'],
        'DK': ['mail.dk', 'gmail.com'], 'NO': ['online.no', 'gmail.com'], 'FI': ['luukku.com', 'gmail.com'],
        'JP': ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com', 'ezweb.ne.jp'], 'CN': ['qq.com', '163.com', '126.com', 'sina.com'],
        'TW': ['gmail.com', 'yahoo.com.tw'], 'KR': ['naver.com', 'daum.net', 'gmail.com', 'kakao.com'],
        'RU': ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'], 'UA': ['ukr.net', 'gmail.com', 'i.ua'],
        'TR': ['gmail.com', 'hotmail.com', 'yandex.com.tr'], 'SA': ['gmail.com', 'hotmail.com'],
        'AE': ['gmail.com', 'eim.ae'], 'EG': ['gmail.com', 'yahoo.com'], 'VN': ['gmail.com', 'yahoo.com.vn'],
        'ID': ['gmail.com', 'yahoo.co.id'], 'KE': ['gmail.com', 'yahoo.com'], 'TZ': ['gmail.com', 'yahoo.com'],
        'NG': ['gmail.com', 'yahoo.com'], 'ZA': ['gmail.com', 'mweb.co.za', 'webmail.co.za'],
        'SG': ['gmail.com', 'singnet.com.sg'], 'PH': ['gmail.com', 'yahoo.com.ph'],
    }
    WORK_DOMAINS = ['northwind-logistics.com', 'blueharbor.insure', 'acmehealth.org', 'globex.co.uk',
                    'initech.io', 'helios-apotheke.de', 'cobalt-bank.eu', 'orbit-telecom.fr', 'lumenclinics.com',
                    'kestrel-couriers.nl', 'meridianhotels.es', 'sunrise-academy.edu.au', 'atlasrelocation.ch',
                    'pinewood-realty.ca', 'evergreen-telehealth.com', 'copperleaf.io', 'tidewatercu.org',
                    'hospital-sanrafael.es', 'uni-heidelberg.de', 'mail.utoronto.ca', 'ac.jp', 'company.co.jp']

    def email(self, p=None, country=None, work=False):
        r = self.r
        if p is None:
            p = self.person(self.pick(['en_US', 'en_GB', 'de_DE', 'fr_FR', 'es_ES', 'pt_BR']), script='latin')
        country = country or LOCALES[p.loc][1]
        g = ascii_fold(p.a_given).lower().replace(' ', '').replace("'", '').replace('-', '')
        f = ascii_fold(p.a_family).lower().replace(' ', '').replace("'", '').replace('-', '').replace('.', '')
        g = ''.join(c for c in g if c.isalnum()) or 'user'
        f = ''.join(c for c in f if c.isalnum()) or 'mail'
        yy = str(r.randrange(60, 100)) if r.random() < 0.5 else str(r.randrange(1, 2000))
        forms = [g + '.' + f, g[0] + f, g + f + yy, g + '_' + f[0], f + '.' + g, g + yy, f + g[0] + yy,
                 g + '.' + f + yy, g + '-' + f, f + '_' + g]
        if work:
            forms = [g + '.' + f, g[0] + f, g, f + '.' + g, g[0] + '.' + f]
        local = self.pick(forms)
        if not work and r.random() < 0.06:
            local += '+' + self.pick(['shopping', 'news', 'claims', 'rx', 'bank'])
        if work:
            dom = self.pick(self.WORK_DOMAINS)
        else:
            dom = self.pick(self.FREEMAIL.get(country, ['gmail.com']))
        e = local + '@' + dom
        if r.random() < 0.04:
            e = e.upper() if r.random() < 0.3 else e.capitalize()
        return e

    # ---------------------------------------------------------- addresses
    def _num(self, lo=1, hi=250):
        return str(self.r.randrange(lo, hi))

    def address(self, country, form=None):
        """form: 'one' (single line), 'multi' (with newlines), 'partial' (street only)."""
        r = self.r
        if form is None:
            form = self.wpick([('one', 6), ('multi', 3), ('partial', 1)])
        fn = getattr(self, '_addr_' + country, None)
        if fn is None:
            fn = self._addr_US
        return fn(form)

    def _join(self, lines, form):
        if form == 'multi':
            return '\n'.join(lines)
        return ', '.join(lines)

    def _addr_US(self, form):
        r = self.r
        if r.random() < 0.08 and form != 'partial':
            city, st, z = self.pick(DT.US_CITIES)
            return self._join(['PO Box ' + self._num(10, 9999), '%s, %s %s' % (city, st, self.pat(z))], form)
        street = '%s %s' % (self._num(1, 9800), self.pick(DT.US_STREETS))
        unit = self.pick(DT.US_UNITS) if r.random() < 0.35 else ''
        if form == 'partial':
            return street + (' ' + unit if unit else '')
        city, st, z = self.pick(DT.US_CITIES)
        last = '%s, %s %s' % (city, st, self.pat(z))
        if r.random() < 0.2:
            last = '%s %s %s' % (city, st, self.pat(z))
        lines = [street + (', ' + unit if unit and r.random() < 0.5 else '')]
        if unit and unit not in lines[0]:
            lines.append(unit)
        lines.append(last)
        if r.random() < 0.12:
            lines.append(self.pick(['USA', 'United States']))
        return self._join(lines, form)

    def _addr_CA(self, form):
        r = self.r
        num = self._num(1, 3000)
        street = self.pick(DT.CA_STREETS)
        city, prov, pc = self.pick(DT.CA_CITIES)
        unit = self._num(101, 2500) if r.random() < 0.4 else ''
        first = ('%s-%s %s' % (unit, num, street)) if unit and r.random() < 0.5 else (
            ('Unit %s, %s %s' % (unit, num, street)) if unit else '%s %s' % (num, street))
        if form == 'partial':
            return first
        lines = [first, '%s %s  %s' % (city, prov, self.pat(pc)) if r.random() < 0.3 else '%s, %s %s' % (city, prov, self.pat(pc))]
        if r.random() < 0.15:
            lines.append('Canada')
        return self._join(lines, form)

    def _addr_GB(self, form):
        r = self.r
        street = '%s %s' % (self._num(1, 180), self.pick(DT.UK_STREETS))
        pre = []
        if r.random() < 0.35:
            pre.append(self.pick(['Flat %s' % self._num(1, 30), 'Flat %s%s' % (self._num(1, 9), self.pick('ABCD')),
                                  'Apartment %s' % self._num(1, 60)]))
        elif r.random() < 0.08:
            pre.append(self.pick(DT.UK_HOUSE_NAMES))
        if form == 'partial':
            return ', '.join(pre + [street])
        city, pc = self.pick(DT.UK_CITIES)
        lines = pre + [street, city.upper() if r.random() < 0.3 else city, self.pat(pc)]
        if form == 'one' and r.random() < 0.5:
            lines = pre + [street, '%s %s' % (city, self.pat(pc))]
            if pre and r.random() < 0.5:
                lines = ['%s, %s' % (pre[0], street), '%s %s' % (city, self.pat(pc))]
        if r.random() < 0.1:
            lines.append('United Kingdom')
        return self._join(lines, form)

    def _addr_IE(self, form):
        town, county, rk = self.pick(DT.IE_TOWNS)
        street = '%s %s' % (self._num(1, 120), self.pick(DT.IE_STREETS))
        if form == 'partial':
            return street
        ec = rk + ' ' + ''.join(self.pick(DT.EIRCODE_CHARS) for _ in range(4))
        lines = [street, town, county, ec]
        if self.chance(0.4):
            lines = [street, town, '%s %s' % (county, ec)]
        return self._join(lines, form)

    def _de_like(self, form, streets, cities, country_word=None, extra=None, num_fmt=None):
        r = self.r
        num = self._num(1, 140) + (self.pick('abc') if r.random() < 0.12 else '')
        if num_fmt:
            num = num_fmt()
        line1 = '%s %s' % (self.pick(streets), num)
        ex = []
        if extra and r.random() < 0.2:
            ex = [self.pick(extra)]
        if form == 'partial':
            return line1
        pc, city = self.pick(cities)
        pc = self.pat(pc)
        last = '%s %s' % (pc, city)
        if country_word and r.random() < 0.1:
            last = '%s-%s %s' % (country_word[0], pc, city)
        lines = [line1] + ex + [last]
        if country_word and r.random() < 0.12:
            lines.append(country_word[1])
        return self._join(lines, form)

    def _addr_DE(self, form):
        return self._de_like(form, DT.DE_STREETS, DT.DE_CITIES, ('D', self.pick(['Deutschland', 'Germany'])), DT.DE_EXTRA)

    def _addr_AT(self, form):
        nf = lambda: self.pick(['%s/%s/%s' % (self._num(1, 90), self._num(1, 9), self._num(1, 30)),
                                '%s/%s' % (self._num(1, 120), self._num(1, 40)),
                                '%s/Top %s' % (self._num(1, 80), self._num(1, 25)), self._num(1, 120)])
        return self._de_like(form, DT.AT_STREETS, DT.AT_CITIES, ('A', self.pick(['Österreich', 'Austria'])), None, nf)

    def _addr_CH(self, form):
        if self.chance(0.07) and form != 'partial':
            pc, city = self.pick(DT.CH_CITIES)
            return self._join(['Postfach %s' % self._num(100, 9999), '%s %s' % (pc, city)], form)
        return self._de_like(form, DT.CH_STREETS, DT.CH_CITIES, ('CH', self.pick(['Schweiz', 'Suisse', 'Switzerland'])))

    def _addr_FR(self, form):
        r = self.r
        num = self._num(1, 200) + (self.pick([' bis', ' ter', 'bis']) if r.random() < 0.1 else '')
        line1 = '%s %s' % (num, self.pick(DT.FR_STREETS))
        if form == 'partial':
            return line1
        ex = [self.pick(DT.FR_EXTRA)] if r.random() < 0.3 else []
        pc, city = self.pick(DT.FR_CITIES)
        last = '%s %s' % (pc, city.upper() if r.random() < 0.5 else city)
        lines = ex + [line1, last] if (ex and r.random() < 0.5) else [line1] + ex + [last]
        if r.random() < 0.1:
            lines.append('France' if r.random() < 0.5 else 'FRANCE')
        return self._join(lines, form)

    def _addr_BE(self, form):
        r = self.r
        if r.random() < 0.5:
            line1 = '%s %s' % (self.pick(DT.BE_STREETS_FR), self._num(1, 200))
            if r.random() < 0.35:
                line1 += ' %s %s' % (self.pick(['bte', 'boîte', 'bt']), self._num(1, 30))
            pc, city = self.pick(DT.BE_CITIES_FR)
        else:
            line1 = '%s %s' % (self.pick(DT.BE_STREETS_NL), self._num(1, 200))
            if r.random() < 0.35:
                line1 += ' %s %s' % (self.pick(['bus', 'bus']), self._num(1, 30))
            pc, city = self.pick(DT.BE_CITIES_NL)
        if form == 'partial':
            return line1
        last = ('B-%s %s' if r.random() < 0.1 else '%s %s') % (pc, city)
        return self._join([line1, last] + (['Belgique' if r.random() < 0.5 else 'België'] if r.random() < 0.1 else []), form)

    def _addr_NL(self, form):
        r = self.r
        num = self._num(1, 400)
        num += self.pick(['', '', '', '-1', '-II', ' A', 'hs', '-3', ' bis', '-H']) if r.random() < 0.45 else ''
        line1 = '%s %s' % (self.pick(DT.NL_STREETS), num)
        if form == 'partial':
            return line1
        pc, city = self.pick(DT.NL_CITIES)
        pc = '%s%s%s' % (pc, ' ' if r.random() < 0.8 else '', self.pick(DT.NL_LETTERS) + self.pick(DT.NL_LETTERS))
        last = '%s %s' % (pc, city.upper() if r.random() < 0.25 else city)
        return self._join([line1, last] + (['Nederland'] if r.random() < 0.1 else []), form)

    def _addr_IT(self, form):
        r = self.r
        st = self.pick(DT.IT_STREETS)
        num = self._num(1, 180)
        line1 = ('%s, %s' if r.random() < 0.4 else '%s %s') % (st, num)
        if r.random() < 0.25:
            line1 += self.pick([', int. %s' % self._num(1, 20), ' - scala %s' % self.pick('ABC'), ', piano %s' % self._num(1, 8)])
        if form == 'partial':
            return line1
        pc, city, prov = self.pick(DT.IT_CITIES)
        last = self.pick(['%s %s (%s)' % (pc, city, prov), '%s %s %s' % (pc, city, prov), '%s - %s (%s)' % (pc, city, prov)])
        return self._join([line1, last] + (['Italia'] if r.random() < 0.1 else []), form)

    def _addr_ES(self, form):
        r = self.r
        st = self.pick(DT.ES_STREETS)
        num = self._num(1, 220)
        line1 = self.pick(['%s, %s' % (st, num), '%s %s' % (st, num), '%s, nº %s' % (st, num)])
        if r.random() < 0.6:
            line1 += self.pick([', ', ' ']) + self.pick(DT.ES_FLOORS)
        if form == 'partial':
            return line1
        pc, city = self.pick(DT.ES_CITIES)
        last = '%s %s' % (pc, city)
        if r.random() < 0.3:
            last += ' (%s)' % ('Madrid' if city == 'Madrid' else city if r.random() < 0.5 else 'España')
        return self._join([line1, last], form)

    def _addr_PT(self, form):
        r = self.r
        line1 = '%s, %s' % (self.pick(DT.PT_STREETS), self._num(1, 300)) if r.random() < 0.5 else '%s %s' % (self.pick(DT.PT_STREETS), self._num(1, 300))
        if r.random() < 0.55:
            line1 += ', ' + self.pick(DT.PT_FLOORS)
        if form == 'partial':
            return line1
        pc, city = self.pick(DT.PT_CITIES)
        last = '%s-%s %s' % (pc, self.digits(3), city.upper() if r.random() < 0.4 else city)
        return self._join([line1, last] + (['Portugal'] if r.random() < 0.1 else []), form)

    def _addr_PL(self, form):
        r = self.r
        num = self._num(1, 150)
        if r.random() < 0.6:
            num += self.pick(['/%s' % self._num(1, 80), ' m. %s' % self._num(1, 80), ' lok. %s' % self._num(1, 30)])
        line1 = '%s %s' % (self.pick(DT.PL_STREETS), num)
        if form == 'partial':
            return line1
        pc, city = self.pick(DT.PL_CITIES)
        return self._join([line1, '%s %s' % (self.pat(pc), city)] + (['Polska'] if r.random() < 0.1 else []), form)

    def _addr_SE(self, form):
        r = self.r
        line1 = '%s %s%s' % (self.pick(DT.SE_STREETS), self._num(1, 90), self.pick(['', '', 'A', 'B']))
        ex = ['lgh %s' % self.pick(['1101', '1102', '1201', '1304', '0902'])] if r.random() < 0.35 else []
        if form == 'partial':
            return line1
        pc, city = self.pick(DT.SE_CITIES)
        lines = [line1 + (', ' + ex[0] if ex and r.random() < 0.5 else '')]
        if ex and ex[0] not in lines[0]:
            lines.append(ex[0])
        lines.append('%s %s' % (self.pat(pc), city.upper() if r.random() < 0.3 else city))
        return self._join(lines, form)

    def _addr_DK(self, form):
        line1 = '%s %s' % (self.pick(DT.DK_STREETS), self._num(1, 200))
        if self.chance(0.6):
            line1 += ', ' + self.pick(DT.DK_FLOORS)
        if form == 'partial':
            return line1
        pc, city = self.pick(DT.DK_CITIES)
        return self._join([line1, '%s %s' % (pc, city)], form)

    def _addr_NO(self, form):
        line1 = '%s %s%s' % (self.pick(DT.NO_STREETS), self._num(1, 120), self.pick(['', '', 'B', 'A', ' H0302']))
        if form == 'partial':
            return line1
        pc, city = self.pick(DT.NO_CITIES)
        return self._join([line1, '%s %s' % (pc, city.upper() if self.chance(0.3) else city)], form)

    def _addr_FI(self, form):
        line1 = '%s %s' % (self.pick(DT.FI_STREETS), self._num(1, 90))
        if self.chance(0.5):
            line1 += ' %s %s' % (self.pick('ABCD'), self._num(1, 60))
        if form == 'partial':
            return line1
        pc, city = self.pick(DT.FI_CITIES)
        return self._join([line1, '%s %s' % (pc, city.upper() if self.chance(0.3) else city)], form)

    def _addr_JP(self, form):
        r = self.r
        pref, city, area, zc, rpref, rcity, rarea = self.pick(DT.JP_AREAS)
        a, b, c = self._num(1, 6), self._num(1, 30), self._num(1, 25)
        room = self._num(1, 12) + '0' + self._num(1, 9)
        if r.random() < 0.65:
            block = self.pick(['%s-%s-%s' % (a, b, c), '%s丁目%s番%s号' % (a, b, c), '%s－%s－%s' % (a, b, c)])
            bld = ''
            if r.random() < 0.6:
                bld = self.pick(DT.JP_BUILDINGS) + self.pick([' ', '']) + room + self.pick(['号室', '', '号'])
            if form == 'partial':
                return city + area + block
            main = '%s%s%s%s' % (pref, city, area, block)
            zc_s = self.pick(['〒' + zc, '〒' + zc + ' ', zc + ' '])
            if form == 'multi':
                return '\n'.join(x for x in ['〒' + zc, main, bld] if x)
            return (zc_s.strip() + ' ' if r.random() < 0.7 else '') + main + (' ' + bld if bld else '')
        bld = ('%s %s, ' % (self.pick(DT.JP_BUILDINGS_ROM), room)) if r.random() < 0.5 else ''
        line1 = '%s%s-%s-%s %s' % (bld, a, b, c, rarea)
        if form == 'partial':
            return line1
        lines = [line1, rcity, '%s %s' % (rpref, zc)]
        if r.random() < 0.4:
            lines.append('Japan')
        return self._join(lines, form)

    def _addr_IN(self, form):
        r = self.r
        loc, city, state, pin = self.pick(DT.IN_LOCALITIES)
        unit = self.pick(['Flat %s' % (self._num(1, 12) + '0' + self._num(1, 9)), 'H.No. %s-%s/%s' % (self._num(1, 12), self._num(1, 99), self._num(1, 9)),
                          'Plot No. %s' % self._num(1, 300), '#%s' % self._num(1, 999), 'B-%s' % self._num(1, 400)])
        parts = [unit]
        if r.random() < 0.6:
            parts.append(self.pick(DT.IN_BUILDINGS))
        parts.append(self.pick(DT.IN_ROADS))
        if r.random() < 0.3:
            parts.append(self.pick(DT.IN_LANDMARKS))
        if form == 'partial':
            return ', '.join(parts[:2])
        parts.append(loc)
        tail = ['%s, %s %s' % (city, state, self.pat(pin))] if r.random() < 0.5 else ['%s - %s' % (city, self.pat(pin)), state]
        if form == 'multi':
            return '\n'.join([', '.join(parts[:2]), ', '.join(parts[2:])] + tail)
        return ', '.join(parts + tail)

    def _addr_AU(self, form):
        r = self.r
        num = self._num(1, 300)
        if r.random() < 0.4:
            line1 = self.pick(['%s/%s %s' % (self._num(1, 40), num, self.pick(DT.AU_STREETS)),
                               'Unit %s, %s %s' % (self._num(1, 40), num, self.pick(DT.AU_STREETS))])
        else:
            line1 = '%s %s' % (num, self.pick(DT.AU_STREETS))
        if form == 'partial':
            return line1
        sub, st, pc = self.pick(DT.AU_SUBURBS)
        last = '%s %s %s' % (sub.upper() if r.random() < 0.4 else sub, st, pc)
        return self._join([line1, last] + (['Australia'] if r.random() < 0.1 else []), form)

    def _addr_NZ(self, form):
        sub, city, pc = self.pick(DT.NZ_SUBURBS)
        line1 = '%s %s' % (self._num(1, 300), self.pick(DT.NZ_STREETS))
        if form == 'partial':
            return line1
        return self._join([line1, sub, '%s %s' % (city, pc)], form)

    def _addr_BR(self, form):
        r = self.r
        st = self.pick(DT.BR_STREETS)
        num = self._num(10, 3000)
        comp = (', ' + self.pick(DT.BR_COMPL)) if r.random() < 0.55 else ''
        bairro, city, uf, cep = self.pick(DT.BR_PLACES)
        line1 = '%s, %s%s' % (st, num, comp)
        if form == 'partial':
            return line1
        cep = self.pat(cep)
        if form == 'multi':
            return '\n'.join([line1, bairro, '%s - %s' % (city, uf), 'CEP %s' % cep if r.random() < 0.5 else cep])
        return self.pick(['%s - %s, %s - %s, %s' % (line1, bairro, city, uf, cep),
                          '%s, %s, %s/%s, CEP %s' % (line1, bairro, city, uf, cep)])

    def _addr_MX(self, form):
        r = self.r
        st = self.pick(DT.MX_STREETS)
        line1 = '%s %s' % (st, self._num(1, 2500))
        if r.random() < 0.2:
            line1 = '%s Mz %s Lt %s' % (st, self._num(1, 40), self._num(1, 30))
        elif r.random() < 0.4:
            line1 += self.pick([' Int. %s' % self._num(1, 20), ', Depto. %s' % self._num(101, 904), ' int %s' % self.pick('ABCD')])
        if form == 'partial':
            return line1
        col, mun, cp, city, st_ = self.pick(DT.MX_PLACES)
        lines = [line1, col, ('%s, C.P. %s' % (mun, cp)) if r.random() < 0.5 else '%s, %s %s' % (mun, cp, city), st_]
        return self._join(lines, form)

    def _addr_KR(self, form):
        r = self.r
        si, gu, ro, zc, rro, rgu, rsi = self.pick(DT.KR_AREAS)
        num = self._num(1, 500)
        if r.random() < 0.7:
            detail = self.pick(['%s층' % self._num(2, 30), '%s동 %s호' % (self._num(101, 120), self._num(1, 25) + '0' + self._num(1, 9)),
                                self.pick(DT.KR_APTS) + ' %s동 %s호' % (self._num(101, 115), self._num(1, 20) + '0' + self._num(1, 4))])
            if form == 'partial':
                return '%s %s' % (ro, num)
            s = '%s %s %s %s, %s' % (si, gu, ro, num, detail)
            if r.random() < 0.5:
                s += ' (%s)' % zc
            if form == 'multi':
                return '(%s)\n%s %s %s %s\n%s' % (zc, si, gu, ro, num, detail)
            return s
        line1 = '%s %s' % (num, rro)
        if form == 'partial':
            return line1
        return self._join([line1, rgu, '%s %s' % (rsi, zc)] + (['Korea'] if r.random() < 0.3 else []), form)

    def _addr_CN(self, form):
        r = self.r
        prov, dist, road, zc = self.pick(DT.CN_AREAS)
        num = self._num(1, 400)
        det = '%s%s号楼%s室' % (self.pick(DT.CN_COMPLEX), self._num(1, 20), self._num(1, 30) + '0' + self._num(1, 9))
        if form == 'partial':
            return '%s%s号%s' % (road, num, det)
        s = '%s%s%s%s号%s' % (prov, dist, road, num, det)
        if form == 'multi':
            return '%s%s\n%s%s号\n%s\n邮编 %s' % (prov, dist, road, num, det, zc)
        return s if r.random() < 0.7 else s + '，邮编' + zc

    def _addr_TW(self, form):
        r = self.r
        city, dist, road, zc, rroad, rdist, rcity = self.pick(DT.TW_ADDR)
        num = self._num(1, 300)
        fl = self._num(2, 20)
        if r.random() < 0.6:
            if form == 'partial':
                return '%s%s號%s樓' % (road, num, fl)
            return '%s%s%s%s%s號%s樓' % (zc, city, dist, road, num, fl)
        line1 = '%sF., No. %s, %s' % (fl, num, rroad)
        if form == 'partial':
            return line1
        return self._join([line1, rdist, '%s %s' % (rcity, zc), 'Taiwan (R.O.C.)'] if r.random() < 0.4 else [line1, rdist, '%s %s' % (rcity, zc)], form)

    def _addr_RU(self, form):
        r = self.r
        city, st, zc, rcity, rst = self.pick(DT.RU_AREAS)
        zc = self.pat(zc)
        d, kv = self._num(1, 120), self._num(1, 300)
        if r.random() < 0.8:
            if form == 'partial':
                return '%s, д. %s, кв. %s' % (st, d, kv)
            if r.random() < 0.5:
                s = 'г. %s, %s, д. %s, кв. %s, %s' % (city, st, d, kv, zc)
            else:
                s = '%s, г. %s, %s, д. %s%s, кв. %s' % (zc, city, st, d, self.pick(['', ', корп. 2', ', стр. 1']), kv)
            if form == 'multi':
                return s.replace(', д.', ',\nд.', 1)
            return s
        line1 = '%s %s, apt. %s' % (rst, d, kv)
        if form == 'partial':
            return line1
        return self._join([line1, '%s %s' % (rcity, zc), 'Russia'], form)

    def _addr_UA(self, form):
        city, st, zc = self.pick(DT.UA_AREAS)
        s = '%s, %s, кв. %s' % (st, self._num(1, 100), self._num(1, 200))
        if form == 'partial':
            return s
        return self._join(['м. %s' % city, s, self.pat(zc)], form)

    def _addr_TR(self, form):
        r = self.r
        mah = self.pick(DT.TR_MAH)
        st = self.pick(DT.TR_STREETS)
        line1 = '%s %s No:%s D:%s' % (mah, st, self._num(1, 200), self._num(1, 30))
        if r.random() < 0.3:
            line1 = '%s %s No: %s Daire: %s' % (mah, st, self._num(1, 200), self._num(1, 30))
        if form == 'partial':
            return line1.replace(mah + ' ', '')
        ilce, il, pc = self.pick(DT.TR_PLACES)
        last = self.pick(['%s %s/%s' % (pc, ilce, il), '%s / %s %s' % (ilce, il.upper(), pc), '%s %s/%s' % (pc, ilce.upper(), il.upper())])
        return self._join([line1, last], form)

    def _addr_AE(self, form):
        r = self.r
        if r.random() < 0.2 and form != 'partial':
            return self._join(['P.O. Box %s' % self._num(1000, 500000), self.pick(['Dubai', 'Abu Dhabi', 'Sharjah']), 'UAE'], form)
        if r.random() < 0.5:
            line1 = 'Apt %s, %s' % (self._num(1, 60) + '0' + self._num(1, 9), self.pick(DT.AE_TOWERS))
        else:
            line1 = 'Villa %s, Street %s' % (self._num(1, 90), self._num(1, 40))
        if form == 'partial':
            return line1
        return self._join([line1, self.pick(DT.AE_AREAS), self.pick(['Dubai', 'Abu Dhabi', 'Dubai, UAE'])], form)

    def _addr_SA(self, form):
        r = self.r
        if r.random() < 0.4:
            city, dist, road = self.pick(DT.SA_PLACES_AR)
            s = '%s، %s، %s، مبنى %s' % (city, dist, road, self._num(1000, 9999))
            if form == 'partial':
                return '%s، مبنى %s' % (road, self._num(1000, 9999))
            return s
        city, dist, road, zc = self.pick(DT.SA_PLACES)
        line1 = 'Building %s, %s' % (self._num(1000, 9999), road)
        if form == 'partial':
            return line1
        return self._join([line1, '%s District' % dist, '%s %s' % (city, zc)], form)

    def _addr_EG(self, form):
        r = self.r
        en_d, en_c, zc, ar_st, ar_d, ar_c = self.pick(DT.EG_PLACES)
        n = self._num(1, 120)
        if r.random() < 0.5:
            s = '%s %s، %s، %s' % (n, ar_st, ar_d, ar_c)
            return '%s %s' % (n, ar_st) if form == 'partial' else s
        line1 = '%s %s St' % (n, self.pick(['Tahrir', '26th of July', 'Mohandessin', 'Gamaet El Dowal']))
        if form == 'partial':
            return line1
        return self._join([line1, en_d, '%s %s' % (en_c, zc)], form)

    def _addr_VN(self, form):
        r = self.r
        ward, dist, city = self.pick(DT.VN_PLACES)
        st = self.pick(DT.VN_STREETS)
        n = self._num(1, 300)
        line1 = self.pick(['Số %s %s' % (n, st), '%s %s' % (n, st), 'Số %s Ngõ %s %s' % (self._num(1, 40), self._num(1, 200), st),
                           '%s/%s %s' % (n, self._num(1, 30), st)])
        if form == 'partial':
            return line1
        if r.random() < 0.3:
            return self._join([ascii_fold(line1), ascii_fold(ward), ascii_fold(dist), ascii_fold(city)], form)
        return self._join([line1, ward, dist, city], form)

    def _addr_ID(self, form):
        r = self.r
        kel, kec, city, pc = self.pick(DT.ID_PLACES)
        line1 = '%s No. %s' % (self.pick(DT.ID_STREETS), self._num(1, 200))
        if r.random() < 0.5:
            line1 += ', RT %02d/RW %02d' % (r.randrange(1, 15), r.randrange(1, 12))
        if form == 'partial':
            return line1
        return self._join([line1, kel, kec, '%s %s' % (city, pc)], form)

    def _addr_KE(self, form):
        r = self.r
        area, city, pc = self.pick(DT.KE_PLACES)
        if r.random() < 0.4 and form != 'partial':
            return self.pick(['P.O. Box %s-%s, %s' % (self._num(100, 99999), pc, city),
                              'P.O. Box %s - %s\n%s' % (self._num(100, 99999), pc, city)])
        line1 = self.pick(['Apartment %s%s, %s Heights' % (self._num(1, 12), self.pick('ABCD'), area),
                           'House No. %s, %s' % (self._num(1, 90), self.pick(DT.KE_ROADS)),
                           '%s, %s Court, %s' % (self.pick(['Hse 12', 'Flat B4', 'Block C']), area, self.pick(DT.KE_ROADS))])
        if form == 'partial':
            return line1
        return self._join([line1, area, city], form)

    def _addr_TZ(self, form):
        area, city = self.pick(DT.TZ_PLACES)
        if self.chance(0.4) and form != 'partial':
            return 'S.L.P. %s, %s' % (self._num(100, 9999), city)
        line1 = 'Mtaa wa %s, Nyumba Na. %s' % (self.pick(['Uhuru', 'Msimbazi', 'Jamhuri', 'Sokoine']), self._num(1, 200))
        if form == 'partial':
            return line1
        return self._join([line1, area, city], form)

    def _addr_ZA(self, form):
        sub, city, pc, road = self.pick(DT.ZA_PLACES)
        line1 = '%s %s' % (self._num(1, 200), road)
        if self.chance(0.3):
            line1 = 'Unit %s, %s' % (self._num(1, 40), line1)
        if form == 'partial':
            return line1
        return self._join([line1, sub, city, pc], form)

    def _addr_NG(self, form):
        s = self.pick(DT.NG_ADDR)
        if form == 'partial':
            return s.split(', ')[0] + ', ' + s.split(', ')[1]
        if form == 'multi':
            return s.replace(', ', '\n', 1)
        return s

    def _addr_SG(self, form):
        blk = self._num(100, 999)
        line1 = 'Blk %s %s' % (blk, self.pick(DT.SG_STREETS))
        unit = '#%02d-%s' % (self.r.randrange(2, 25), self._num(10, 999))
        if form == 'partial':
            return '%s, %s' % (line1, unit)
        return self._join([line1, unit, 'Singapore %s' % self.digits(6)], form)

    def _addr_PH(self, form):
        s = self.pick(DT.PH_ADDR)
        if form == 'partial':
            return ', '.join(s.split(', ')[:2]).lower() if self.chance(0.4) else ', '.join(s.split(', ')[:2])
        if form == 'multi':
            return s.replace(', ', '\n', 2)
        return s

    def _fmt_other(self, tmpl, form):
        s = tmpl.format(n=self._num(100, 4000), n2=self._num(1, 120), f=self._num(1, 12))
        if form == 'partial':
            return s.split(', ')[0]
        if form == 'multi':
            return s.replace(', ', '\n', 1)
        return s

    def _addr_AR(self, form):
        return self._fmt_other(self.pick(DT.AR_ADDR), form)

    def _addr_CO(self, form):
        return self._fmt_other(self.pick(DT.CO_ADDR), form)

    def _addr_CL(self, form):
        return self._fmt_other(self.pick(DT.CL_ADDR), form)

    def _addr_IL(self, form):
        return self._fmt_other(self.pick(DT.IL_ADDR), form)

    def _addr_GR(self, form):
        return self._fmt_other(self.pick(DT.GR_ADDR), form)

    def _addr_CZ(self, form):
        return self._fmt_other(self.pick(DT.CZ_ADDR), form)

    def _addr_HU(self, form):
        return self._fmt_other(self.pick(DT.HU_ADDR), form)

    # ---------------------------------------------------------- phones
    PHONES = {
        'US': (['(NXX) NXX-XXXX', 'NXX-NXX-XXXX', 'NXX.NXX.XXXX', 'NXX NXX XXXX', '1-NXX-NXX-XXXX', 'NXXNXXXXXX'],
               ['+1 NXX NXX XXXX', '+1 (NXX) NXX-XXXX', '+1-NXX-NXX-XXXX', '+1NXXNXXXXXX', '+1.NXX.NXX.XXXX']),
        'CA': (['(NXX) NXX-XXXX', 'NXX-NXX-XXXX', 'NXX NXX-XXXX'], ['+1 NXX NXX XXXX', '+1-NXX-NXX-XXXX']),
        'GB': (['07XXX XXXXXX', '07XXX XXX XXX', '020 7XXX XXXX', '0161 XXX XXXX', '0113 XXX XXXX', '07XXXXXXXXX'],
               ['+44 7XXX XXXXXX', '+44 (0)20 7XXX XXXX', '+447XXXXXXXXX', '0044 7XXX XXXXXX', '+44 113 XXX XXXX']),
        'IE': (['08X XXX XXXX', '01 XXX XXXX', '021 XXX XXXX', '087-XXX-XXXX'], ['+353 8X XXX XXXX', '+353 (0)1 XXX XXXX', '+3538XXXXXXXX']),
        'DE': (['015X XXXXXXXX', '017X XXXXXXX', '0176 XXXXXXXX', '030 XXXXXXXX', '(030) XXXX XXXX', '089/XXXXXXX',
                '0221-XXXXXXX', '0151-XXXXXXXX', '040 XXX XX XX'],
               ['+49 15X XXXXXXXX', '+49 (0)30 XXXXXXXX', '+49 170 XXXXXXX', '0049 89 XXXXXXX', '+49 176 XXX XXX XX', '+4915XXXXXXXXX']),
        'AT': (['0664 XXXXXXX', '0676/XXX XX XX', '01 XXX XX XX', '0699 XXX XX XXX'], ['+43 664 XXXXXXX', '+43 1 XXX XX XX', '+43 (0)676 XXX XX XX']),
        'CH': (['079 XXX XX XX', '078 XXX XX XX', '044 XXX XX XX', '076 XXX XX XX'], ['+41 79 XXX XX XX', '+41 (0)44 XXX XX XX', '+4176XXXXXXX', '0041 78 XXX XX XX']),
        'FR': (['06 XX XX XX XX', '07 XX XX XX XX', '01 XX XX XX XX', '06.XX.XX.XX.XX', '06XXXXXXXX', '04-XX-XX-XX-XX'],
               ['+33 6 XX XX XX XX', '+33 (0)1 XX XX XX XX', '+33 7XXXXXXXX', '0033 6 XX XX XX XX', '+33 (0)6.XX.XX.XX.XX']),
        'BE': (['04XX XX XX XX', '04XX/XX.XX.XX', '02 XXX XX XX', '0475 XX XX XX'], ['+32 4XX XX XX XX', '+32 2 XXX XX XX', '+32 (0)4XX XX XX XX']),
        'NL': (['06-XXXXXXXX', '06 XX XX XX XX', '020-XXX XXXX', '010 XXX XX XX', '06 - XX XX XX XX'], ['+31 6 XXXXXXXX', '+31 (0)6 XX XX XX XX', '+31 20 XXX XXXX', '0031 6 XXXX XXXX']),
        'IT': (['3XX XXX XXXX', '3XX XXXXXXX', '02 XXXX XXXX', '06 XXXXXXXX', '3XX-XXXXXXX'], ['+39 3XX XXX XXXX', '+39 02 XXXX XXXX', '0039 3XXXXXXXXX', '+39 347 XXX XXXX']),
        'ES': (['6XX XX XX XX', '6XX XXX XXX', '91 XXX XX XX', '93 XXX XX XX', '6XXXXXXXX', '7XX XX XX XX'], ['+34 6XX XX XX XX', '+34 6XX XXX XXX', '+34 91 XXX XX XX', '0034 6XXXXXXXX']),
        'PT': (['91X XXX XXX', '96X XXX XXX', '93X XXX XXX', '21X XXX XXX'], ['+351 91X XXX XXX', '+351 21X XXX XXX', '00351 96XXXXXXX']),
        'PL': (['5XX XXX XXX', '6XX-XXX-XXX', '22 XXX XX XX', '7XX XXX XXX'], ['+48 5XX XXX XXX', '+48 22 XXX XX XX', '0048 6XX XXX XXX', '+48 (22) XXX-XX-XX']),
        'SE': (['07X-XXX XX XX', '07X XXX XX XX', '08-XXX XX XX', '031-XX XX XX'], ['+46 7X XXX XX XX', '+46 (0)8 XXX XX XX', '+467XXXXXXXX']),
        'DK': (['NX XX XX XX', 'NXXX XXXX'], ['+45 NX XX XX XX', '+45NXXXXXXX']),
        'NO': (['4XX XX XXX', '9XX XX XXX', '22 XX XX XX'], ['+47 4XX XX XXX', '+47 9XXXXXXX', '+47 22 XX XX XX']),
        'FI': (['040 XXX XXXX', '050 XXXXXXX', '09 XXXX XXXX', '045-XXX XXXX'], ['+358 40 XXX XXXX', '+358 50 XXXXXXX', '+358 9 XXXX XXXX']),
        'JP': (['090-XXXX-XXXX', '080-XXXX-XXXX', '070-XXXX-XXXX', '03-XXXX-XXXX', '06-XXXX-XXXX', '090XXXXXXXX', '03(XXXX)XXXX'],
               ['+81 90-XXXX-XXXX', '+81 3 XXXX XXXX', '+81-80-XXXX-XXXX', '+81 (0)90 XXXX XXXX']),
        'CN': (['13X XXXX XXXX', '15XXXXXXXXX', '(010) XXXX XXXX', '021-XXXXXXXX', '18X-XXXX-XXXX'], ['+86 13X XXXX XXXX', '+86 10 XXXX XXXX', '0086 18XXXXXXXXX', '+86-139-XXXX-XXXX']),
        'TW': (['09XX-XXX-XXX', '(02) XXXX-XXXX', '09XXXXXXXX'], ['+886 9XX XXX XXX', '+886 2 XXXX XXXX', '+886-9XX-XXX-XXX']),
        'KR': (['010-XXXX-XXXX', '02-XXX-XXXX', '010 XXXX XXXX', '031-XXX-XXXX', '010XXXXXXXX'], ['+82 10-XXXX-XXXX', '+82 2 XXX XXXX', '+82 10 XXXX XXXX']),
        'IN': (['9XXXX XXXXX', '98XXX-XXXXX', '080-XXXX XXXX', '022 XXXX XXXX', '07XXXXXXXXX', '09XXXXXXXXX'], ['+91 9XXXX XXXXX', '+91-8XXXXXXXXX', '+91 80 XXXX XXXX', '+91 7XXXX-XXXXX', '0091 9XXXXXXXXX']),
        'AU': (['04XX XXX XXX', '(02) XXXX XXXX', '03 XXXX XXXX', '04XXXXXXXX', '1300 XXX XXX'], ['+61 4XX XXX XXX', '+61 2 XXXX XXXX', '+61 (0)4XX XXX XXX']),
        'NZ': (['021 XXX XXXX', '09 XXX XXXX', '027-XXX-XXXX'], ['+64 21 XXX XXXX', '+64 9 XXX XXXX']),
        'BR': (['(11) 9XXXX-XXXX', '(21) 9XXXX-XXXX', '11 9XXXX-XXXX', '(11) 3XXX-XXXX', '(31) 9 XXXX-XXXX', '(51) 9XXXXXXXX'],
               ['+55 11 9XXXX-XXXX', '+55 (21) 9XXXX-XXXX', '+5511 9XXXXXXXX', '+55 31 9 XXXX XXXX']),
        'MX': (['55 XXXX XXXX', '33 XXXX XXXX', '(55) XXXX-XXXX', '81-XXXX-XXXX', '55XXXXXXXX'], ['+52 55 XXXX XXXX', '+52 1 55 XXXX XXXX', '+52 (33) XXXX XXXX', '+52-81-XXXX-XXXX']),
        'AR': (['011 15-XXXX-XXXX', '(011) 4XXX-XXXX', '11 XXXX-XXXX'], ['+54 9 11 XXXX-XXXX', '+54 11 4XXX-XXXX']),
        'CO': (['3XX XXX XXXX', '(601) XXX XXXX', '31X-XXX-XXXX'], ['+57 3XX XXX XXXX', '+57 601 XXX XXXX']),
        'CL': (['9 XXXX XXXX', '(2) 2XXX XXXX'], ['+56 9 XXXX XXXX', '+56 2 2XXX XXXX']),
        'RU': (['8 (9XX) XXX-XX-XX', '8 9XX XXX XX XX', '8-495-XXX-XX-XX', '89XXXXXXXXX'], ['+7 9XX XXX-XX-XX', '+7 (495) XXX-XX-XX', '+79XXXXXXXXX', '+7 (9XX) XXX XX XX']),
        'UA': (['06X XXX XX XX', '050 XXX XX XX', '093-XXX-XX-XX'], ['+380 6X XXX XX XX', '+380 50 XXX XX XX', '+38093XXXXXXX']),
        'TR': (['05XX XXX XX XX', '0 5XX XXX XX XX', '0212 XXX XX XX', '05XXXXXXXXX', '0 (5XX) XXX XX XX'], ['+90 5XX XXX XX XX', '+90 (212) XXX XX XX', '+905XXXXXXXXX']),
        'SA': (['05X XXX XXXX', '05XXXXXXXX', '011 XXX XXXX'], ['+966 5X XXX XXXX', '+9665XXXXXXXX', '00966 5X XXX XXXX']),
        'AE': (['05X XXX XXXX', '04 XXX XXXX', '050-XXX-XXXX'], ['+971 5X XXX XXXX', '+971 4 XXX XXXX', '+971-50-XXX-XXXX', '00971 5X XXX XXXX']),
        'EG': (['01X XXXX XXXX', '01XXXXXXXXX', '02 XXXX XXXX'], ['+20 1X XXXX XXXX', '+20 10 XXXX XXXX']),
        'VN': (['09X XXX XXXX', '03X XXX XXXX', '028 XXXX XXXX', '09XX.XXX.XXX', '09XXXXXXXX'], ['+84 9X XXX XXXX', '+84 28 XXXX XXXX', '+84 (0) 9X XXX XXXX']),
        'ID': (['08XX-XXXX-XXXX', '08XX XXXX XXXX', '(021) XXXX XXXX', '08XXXXXXXXXX'], ['+62 8XX-XXXX-XXXX', '+62 21 XXXX XXXX', '+62 812 XXXX XXXX']),
        'KE': (['07XX XXX XXX', '01XX XXX XXX', '07XXXXXXXX', '0722-XXX-XXX'], ['+254 7XX XXX XXX', '+254 20 XXX XXXX', '+2547XXXXXXXX']),
        'TZ': (['07XX XXX XXX', '06XX XXX XXX', '0754 XXX XXX'], ['+255 7XX XXX XXX', '+255 6XX XXX XXX', '+2557XXXXXXXX']),
        'NG': (['080X XXX XXXX', '0803-XXX-XXXX', '081X XXX XXXX', '070XXXXXXXX'], ['+234 80X XXX XXXX', '+234 (0)803 XXX XXXX', '+2348XXXXXXXXX']),
        'ZA': (['08X XXX XXXX', '021 XXX XXXX', '07X XXX XXXX', '011-XXX-XXXX'], ['+27 8X XXX XXXX', '+27 (0)21 XXX XXXX', '+27 7X XXX XXXX']),
        'SG': (['9XXX XXXX', '8XXX XXXX', '6XXX XXXX'], ['+65 9XXX XXXX', '+65 8XXX-XXXX', '+65 6XXX XXXX']),
        'PH': (['09XX XXX XXXX', '0917-XXX-XXXX', '(02) 8XXX XXXX', '09XXXXXXXXX'], ['+63 9XX XXX XXXX', '+63 917 XXX XXXX', '+63 2 8XXX XXXX']),
        'IL': (['05X-XXX-XXXX', '03-XXX-XXXX', '05XXXXXXXX'], ['+972 5X-XXX-XXXX', '+972 3 XXX XXXX']),
        'GR': (['69X XXX XXXX', '210 XXX XXXX', '69XXXXXXXX'], ['+30 69X XXX XXXX', '+30 210 XXX XXXX']),
        'CZ': (['6XX XXX XXX', '7XX XXX XXX', '2XX XXX XXX'], ['+420 6XX XXX XXX', '+420 7XX XXX XXX', '00420 2XX XXX XXX']),
        'HU': (['06 30 XXX XXXX', '06-1-XXX-XXXX', '06 20 XXX XX XX'], ['+36 30 XXX XXXX', '+36 1 XXX XXXX', '+36-70-XXX-XXXX']),
    }
    EXT = {'en': ['ext. {e}', 'x{e}', 'ext {e}', 'Ext. {e}', 'extension {e}', '#{e}'],
           'fr': ['poste {e}', 'p. {e}'], 'de': ['Durchwahl {e}', 'App. {e}', '-{e}'], 'es': ['ext. {e}', 'ext {e}', 'anexo {e}'],
           'pt': ['ramal {e}', 'R. {e}'], 'it': ['int. {e}', 'interno {e}'], 'nl': ['toestel {e}', 'tst. {e}'],
           'pl': ['wew. {e}'], 'ja': ['内線{e}', '（内線{e}）'], 'sv': ['ankn. {e}'], 'tr': ['dahili {e}'],
           'ru': ['доб. {e}'], 'zh': ['转{e}', '分机{e}'], 'ko': ['내선 {e}']}

    def phone(self, country, intl=None, ext=False, lang=None):
        nat, inter = self.PHONES.get(country, self.PHONES['US'])
        if intl is None:
            intl = self.r.random() < 0.4
        p = self.pat(self.pick(inter if intl else nat))
        if country == 'JP' and not intl and self.chance(0.06):
            p = p.translate(str.maketrans('0123456789-', '０１２３４５６７８９－'))
        if ext:
            lang = lang or 'en'
            e = self.pick(self.EXT.get(lang, self.EXT['en'])).format(e=self._num(10, 9999))
            if e.startswith('-'):
                p = p + e
            elif e.startswith('（') or lang in ('ja', 'zh'):
                p = p + e
            else:
                p = p + self.pick([' ', ', ', ' ']) + e
        return p

    # ---------------------------------------------------------- dates
    def rand_date(self, y0, y1):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randrange(start, end + 1))

    def _en_ord(self, d):
        if 11 <= d <= 13:
            return '%dth' % d
        return '%d%s' % (d, {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))

    def year_words(self, y):
        def two(n):
            if n < 20:
                return DT.NUM_WORDS[n]
            t, u = divmod(n, 10)
            return DT.TENS_WORDS[t] + ('-' + DT.NUM_WORDS[u] if u else '')
        hi, lo = divmod(y, 100)
        if lo == 0:
            return two(hi) + ' hundred'
        if y >= 2000 and y < 2010:
            return 'two thousand' + (' and ' + DT.NUM_WORDS[lo] if lo else '')
        return two(hi) + ' ' + ('oh ' + DT.NUM_WORDS[lo] if lo < 10 else two(lo))

    def fmt_date(self, d, lang, country=None, style=None):
        """Format a date the way people in lang/country write it."""
        r = self.r
        y, m, dd = d.year, d.month, d.day
        M = DT.MONTHS.get(lang)
        if lang == 'en':
            us = country in ('US', 'PH') or (country is None and r.random() < 0.5)
            opts = [('%02d/%02d/%d' % (m, dd, y) if us else '%02d/%02d/%d' % (dd, m, y), 5),
                    ('%d/%d/%s' % (m, dd, str(y)[2:]) if us else '%d/%d/%d' % (dd, m, y), 2),
                    ('%s %d, %d' % (M[m - 1], dd, y) if us else '%d %s %d' % (dd, M[m - 1], y), 4),
                    ('%s %d %d' % (DT.MONTHS_SHORT['en'][m - 1], dd, y), 1),
                    ('%d-%02d-%02d' % (y, m, dd), 2),
                    ('%s %s, %d' % (M[m - 1], self._en_ord(dd), y) if us else '%s %s %d' % (self._en_ord(dd), M[m - 1], y), 2),
                    ('%02d-%s-%d' % (dd, DT.MONTHS_SHORT['en'][m - 1], y), 1),
                    ('%02d%s%d' % (dd, DT.MONTHS_SHORT['en'][m - 1].upper(), y), 1),
                    ('%d.%d.%d' % (m, dd, y) if us else '%02d.%02d.%d' % (dd, m, y), 1),
                    ('%02d-%02d-%d' % (m, dd, y) if us else '%02d-%02d-%d' % (dd, m, y), 1)]
            if style == 'spelled':
                return 'the %s of %s %s' % (DT.ORDINAL_WORDS[dd - 1], M[m - 1], self.year_words(y))
            return self.wpick(opts)
        if lang == 'de':
            return self.wpick([('%02d.%02d.%d' % (dd, m, y), 6), ('%d.%d.%d' % (dd, m, y), 2),
                               ('%d. %s %d' % (dd, M[m - 1], y), 3), ('%02d.%02d.%s' % (dd, m, str(y)[2:]), 1),
                               ('%d-%02d-%02d' % (y, m, dd), 1)])
        if lang in ('fr', 'es', 'pt', 'it'):
            sep = self.pick(['/', '/', '/', '-', '.'])
            word = {'fr': '%d %s %d', 'es': '%d de %s de %d', 'pt': '%d de %s de %d', 'it': '%d %s %d'}[lang]
            first = '1er' if lang == 'fr' and dd == 1 else ('1º' if lang in ('es', 'pt') and dd == 1 and r.random() < 0.5 else str(dd))
            return self.wpick([(sep.join(['%02d' % dd, '%02d' % m, str(y)]), 6),
                               (word.replace('%d', first, 1) % (M[m - 1], y), 3),
                               ('%d/%d/%s' % (dd, m, str(y)[2:]), 1),
                               ('%d %s %d' % (dd, DT.MONTHS_SHORT[lang][m - 1], y), 1)])
        if lang == 'nl':
            return self.wpick([('%02d-%02d-%d' % (dd, m, y), 5), ('%d %s %d' % (dd, M[m - 1], y), 3),
                               ('%02d/%02d/%d' % (dd, m, y), 1)])
        if lang in ('pl', 'ru', 'uk', 'tr', 'cs'):
            return self.wpick([('%02d.%02d.%d' % (dd, m, y), 6), ('%d %s %d' % (dd, M[m - 1], y), 3),
                               ('%d-%02d-%02d' % (y, m, dd), 1)])
        if lang in ('sv', 'da', 'no', 'fi'):
            if lang == 'sv':
                return self.wpick([('%d-%02d-%02d' % (y, m, dd), 6), ('%d %s %d' % (dd, M[m - 1], y), 3),
                                   ('%d/%d %d' % (dd, m, y), 1)])
            if lang == 'fi':
                return self.wpick([('%d.%d.%d' % (dd, m, y), 6), ('%d. %s %d' % (dd, M[m - 1], y), 2)])
            return self.wpick([('%02d.%02d.%d' % (dd, m, y), 5), ('%d. %s %d' % (dd, M[m - 1], y), 3),
                               ('%02d-%02d-%d' % (dd, m, y), 1)])
        if lang == 'ja':
            opts = [('%d年%d月%d日' % (y, m, dd), 5), ('%d/%02d/%02d' % (y, m, dd), 3), ('%d.%d.%d' % (y, m, dd), 1)]
            era = self.jp_era(d)
            if era:
                opts.append((era, 3))
            return self.wpick(opts)
        if lang == 'zh':
            return self.wpick([('%d年%d月%d日' % (y, m, dd), 6), ('%d-%02d-%02d' % (y, m, dd), 3), ('%d.%d.%d' % (y, m, dd), 1)])
        if lang == 'ko':
            return self.wpick([('%d년 %d월 %d일' % (y, m, dd), 6), ('%d.%02d.%02d' % (y, m, dd), 3), ('%d. %d. %d.' % (y, m, dd), 1)])
        if lang == 'vi':
            return self.wpick([('%02d/%02d/%d' % (dd, m, y), 6), ('ngày %d tháng %d năm %d' % (dd, m, y), 3), ('%d-%d-%d' % (dd, m, y), 1)])
        if lang in ('id', 'sw', 'hi'):
            return self.wpick([('%02d/%02d/%d' % (dd, m, y), 4), ('%02d-%02d-%d' % (dd, m, y), 2), ('%d %s %d' % (dd, M[m - 1], y), 4)])
        if lang == 'ar':
            s = self.wpick([('%02d/%02d/%d' % (dd, m, y), 4), ('%d/%02d/%02d' % (y, m, dd), 2), ('%d %s %d' % (dd, M[m - 1], y), 3)])
            if r.random() < 0.25:
                s = s.translate(str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩'))
            return s
        if lang == 'el':
            return self.wpick([('%02d/%02d/%d' % (dd, m, y), 5), ('%d %s %d' % (dd, M[m - 1], y), 3)])
        if lang == 'he':
            return '%02d/%02d/%d' % (dd, m, y)
        if lang == 'hu':
            return '%d. %02d. %02d.' % (y, m, dd)
        return '%d-%02d-%02d' % (y, m, dd)

    def jp_era(self, d):
        if datetime.date(1926, 12, 25) <= d <= datetime.date(1989, 1, 7):
            n, e = d.year - 1925, '昭和'
        elif datetime.date(1989, 1, 8) <= d <= datetime.date(2019, 4, 30):
            n, e = d.year - 1988, '平成'
        elif d >= datetime.date(2019, 5, 1):
            n, e = d.year - 2018, '令和'
        else:
            return None
        ny = '元' if n == 1 else str(n)
        return '%s%s年%d月%d日' % (e, ny, d.month, d.day)

    def dob(self, lang, country=None, y0=1938, y1=2006, style=None):
        d = self.rand_date(y0, y1)
        return self.fmt_date(d, lang, country, style), d

    def bday(self, lang, country=None):
        """A birthday without a year."""
        d = self.rand_date(2000, 2000)
        M = DT.MONTHS.get(lang, DT.MONTHS['en'])
        m, dd = d.month, d.day
        if lang == 'en':
            return self.pick(['%s %d' % (M[m - 1], dd), '%d %s' % (dd, M[m - 1]), '%s %s' % (M[m - 1], self._en_ord(dd)),
                              'the %s of %s' % (self._en_ord(dd), M[m - 1])])
        if lang in ('es', 'pt'):
            return '%d de %s' % (dd, M[m - 1])
        if lang == 'ja':
            return '%d月%d日' % (m, dd)
        if lang == 'zh':
            return '%d月%d日' % (m, dd)
        if lang == 'ko':
            return '%d월 %d일' % (m, dd)
        if lang == 'de':
            return '%d. %s' % (dd, M[m - 1])
        if lang == 'vi':
            return 'ngày %d tháng %d' % (dd, m)
        return '%d %s' % (dd, M[m - 1])

    def email_date(self, lang):
        d = self.rand_date(2023, 2025)
        hm = '%d:%02d' % (self.r.randrange(7, 23), self.r.randrange(60))
        M = DT.MONTHS.get(lang, DT.MONTHS['en'])
        wd_en = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]
        if lang == 'en':
            return self.pick(['%s, %s %d, %d at %s' % (wd_en, DT.MONTHS_SHORT['en'][d.month - 1], d.day, d.year, hm),
                              '%s, %d %s %d %s' % (wd_en, d.day, DT.MONTHS_SHORT['en'][d.month - 1], d.year, hm),
                              '%d/%d/%d %s' % (d.month, d.day, d.year, hm)])
        if lang == 'de':
            return '%02d.%02d.%d um %s' % (d.day, d.month, d.year, hm)
        if lang in ('fr', 'es', 'pt', 'it'):
            return '%d %s %d %s' % (d.day, M[d.month - 1], d.year, hm)
        if lang in ('ja', 'zh'):
            return '%d年%d月%d日 %s' % (d.year, d.month, d.day, hm)
        if lang in ('nl', 'sv', 'pl', 'tr', 'ru'):
            return '%d %s %d %s' % (d.day, M[d.month - 1], d.year, hm)
        return '%d-%02d-%02d %s' % (d.year, d.month, d.day, hm)

    def date_pair(self, lang, country=None):
        """Two dates a few days apart, written in the same style (check-in/check-out)."""
        d1 = self.rand_date(2024, 2026)
        d2 = datetime.date.fromordinal(d1.toordinal() + self.r.randrange(1, 15))
        st = self.r.getstate()
        a = self.fmt_date(d1, lang, country)
        self.r.setstate(st)
        b = self.fmt_date(d2, lang, country)
        return a, b

    def future_date(self, lang, country=None):
        return self.fmt_date(self.rand_date(2024, 2026), lang, country)

    def past_date(self, lang, country=None):
        return self.fmt_date(self.rand_date(2019, 2024), lang, country)

    # ---------------------------------------------------------- passwords
    def password(self, kind=None, lang='en'):
        r = self.r
        if kind is None:
            kind = self.wpick([('user', 6), ('leet', 2), ('gen', 3), ('phrase', 2), ('keyboard', 1),
                               ('local', 3)])
        words = DT.PW_WORDS
        if kind == 'local':
            words = DT.PW_WORDS_L.get(lang, DT.PW_WORDS)
            kind = 'user'
        if kind == 'user':
            w = self.pick(words)
            if r.random() < 0.5:
                w = w.capitalize()
            tail = self.pick([str(r.randrange(1960, 2025)), str(r.randrange(1, 100)), '123', '1', '!',
                              str(r.randrange(10, 100)) + self.pick('!@#$*!'), self.pick('!@#$&*') + str(r.randrange(1, 99)),
                              str(r.randrange(1000, 9999)), '2024!', '007'])
            pw = w + tail
            if r.random() < 0.2:
                pw = self.pick(words).capitalize() + self.pick(['_', '', '.', '-']) + pw
            return pw
        if kind == 'leet':
            w = self.pick(words + ['password', 'summer', 'welcome', 'monkey', 'trouble', 'sunshine'])
            tr = str.maketrans({'a': '@', 'o': '0', 'e': '3', 'i': '1', 's': '$', 't': '7'})
            w = ''.join(c.translate(tr) if r.random() < 0.6 else c for c in w)
            return w[:1].upper() + w[1:] + self.pick(['!', '#1', '2023', '99!', '&3', ''])
        if kind == 'gen':
            n = r.randrange(12, 22)
            cs = string.ascii_letters + string.digits + '!@#$%^&*-_+=?'
            while True:
                pw = ''.join(self.pick(cs) for _ in range(n))
                if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c.islower() for c in pw):
                    return pw
        if kind == 'phrase':
            k = r.randrange(3, 5)
            ws = [self.pick(DT.PASSPHRASE_WORDS) for _ in range(k)]
            sep = self.pick([' ', '-', '-', '.', '_'])
            if r.random() < 0.4:
                ws = [w.capitalize() for w in ws]
            pw = sep.join(ws)
            if r.random() < 0.5:
                pw += sep + str(r.randrange(1, 99))
            return pw
        if kind == 'keyboard':
            return self.pick(DT.KEYBOARD_PW)
        if kind == 'pin':
            return self.digits(self.pick([4, 4, 4, 6, 5]))
        if kind == 'door':
            d = self.digits(self.pick([4, 4, 5, 6]))
            return self.pick([d, d + '#', '#' + d, '*' + d, d + '*', 'C' + d, '-'.join(d)])
        if kind == 'wifi':
            return self.pick([
                self.password('user', lang) + self.pick(['', '!', '2G']),
                ''.join(self.pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(r.randrange(10, 14))),
                ' '.join(self.digits(4) for _ in range(5)),
                self.password('phrase'),
                self.pick(words).capitalize() + self.pick(['House', 'Home', 'Family', 'Flat', 'Casa']) + str(r.randrange(1, 99)),
            ])
        return self.password('user', lang)

    # ---------------------------------------------------------- health
    def health(self, lang, kind=None):
        H = DT.HEALTH.get(lang, DT.HEALTH['en'])
        if kind is None:
            kind = self.wpick([('cond', 6), ('mental', 2), ('med', 4), ('lab', 2), ('preg', 1), ('proc', 2)])
        lst = H.get(kind) or H['cond']
        s = self.pick(lst)
        return s.replace('{w}', str(self.r.randrange(6, 39))).replace('{m}', str(self.r.randrange(2, 9)))

    # ---------------------------------------------------------- money / ids
    def card(self, brand=None, fmt=None):
        r = self.r
        brand = brand or self.wpick([('visa', 5), ('mc', 4), ('amex', 2), ('disc', 1)])
        if brand == 'visa':
            pre, n = '4' + self.digits(5), 16
        elif brand == 'mc':
            pre = str(r.randrange(51, 56)) if r.random() < 0.7 else str(r.randrange(2221, 2721))
            n = 16
        elif brand == 'amex':
            pre, n = self.pick(['34', '37']), 15
        else:
            pre, n = self.pick(['6011', '65' + self.digits(2), str(r.randrange(644, 650))]), 16
        body = pre + self.digits(n - len(pre) - 1)
        for c in '0123456789':
            if luhn_ok(body + c):
                num = body + c
                break
        if fmt is None:
            fmt = self.wpick([('space', 5), ('compact', 3), ('dash', 2)])
        if fmt == 'compact':
            return num
        sep = ' ' if fmt == 'space' else '-'
        if n == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    IBAN_SPECS = {
        'DE': ['n18'], 'GB': ['b', 'n14'], 'FR': ['n10', 'c11', 'n2'], 'ES': ['n20'], 'IT': ['a1', 'n10', 'c12'],
        'NL': ['b', 'n10'], 'BE': ['n12'], 'AT': ['n16'], 'CH': ['n5', 'c12'], 'PL': ['n24'], 'PT': ['n21'],
        'SE': ['n20'], 'DK': ['n14'], 'NO': ['n11'], 'FI': ['n14'], 'IE': ['b', 'n14'], 'LU': ['n3', 'c13'],
        'TR': ['n5', 'z', 'c16'], 'SA': ['n2', 'c18'], 'AE': ['n19'], 'BR': ['n23', 'a1', 'c1'], 'GR': ['n7', 'c16'],
        'CZ': ['n20'], 'HU': ['n24'], 'RO': ['b', 'c16'], 'HR': ['n17'], 'MT': ['b', 'n5', 'c18'], 'CY': ['n8', 'c16'],
        'IL': ['n19'], 'LT': ['n16'], 'EE': ['n16'], 'SK': ['n20'], 'SI': ['n15'], 'BG': ['b', 'n6', 'c8'], 'LV': ['b', 'c13'],
    }
    IBAN_BANKS = {'GB': ['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL', 'MONZ'], 'NL': ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB', 'BUNQ'],
                  'IE': ['AIBK', 'BOFI', 'IPBS'], 'RO': ['RNCB', 'BTRL', 'INGB'], 'MT': ['MALT', 'VALL'], 'BG': ['BNBG', 'UNCR'],
                  'LV': ['HABA', 'UNLA']}

    def iban(self, country=None, grouped=None):
        r = self.r
        if country not in self.IBAN_SPECS:
            country = self.pick(list(self.IBAN_SPECS))
        bban = ''
        for part in self.IBAN_SPECS[country]:
            if part == 'b':
                bban += self.pick(self.IBAN_BANKS[country])
            elif part == 'z':
                bban += '0'
            else:
                k, n = part[0], int(part[1:])
                for _ in range(n):
                    if k == 'n':
                        bban += str(r.randrange(10))
                    elif k == 'a':
                        bban += self.pick(string.ascii_uppercase)
                    else:
                        bban += self.pick(string.digits * 3 + string.ascii_uppercase) if r.random() < 0.3 else str(r.randrange(10))
        s = bban + country + '00'
        n = int(''.join(str(int(c, 36)) for c in s))
        check = 98 - n % 97
        ib = '%s%02d%s' % (country, check, bban)
        if grouped is None:
            grouped = r.random() < 0.6
        if grouped:
            ib = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ssn(self, fmt=None):
        r = self.r
        while True:
            a = r.randrange(1, 900)
            if a != 666:
                break
        g, s = r.randrange(1, 100), r.randrange(1, 10000)
        fmt = fmt or self.wpick([('dash', 7), ('space', 1), ('none', 2)])
        if fmt == 'dash':
            return '%03d-%02d-%04d' % (a, g, s)
        if fmt == 'space':
            return '%03d %02d %04d' % (a, g, s)
        return '%03d%02d%04d' % (a, g, s)

    def ip(self, kind=None):
        r = self.r
        kind = kind or self.wpick([('pub', 5), ('priv', 3), ('v6', 2)])
        if kind == 'priv':
            return self.pick(['10.%d.%d.%d' % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                              '192.168.%d.%d' % (r.randrange(256), r.randrange(1, 255)),
                              '172.%d.%d.%d' % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))])
        if kind == 'v6':
            h = lambda: '%x' % r.randrange(0x1000, 0xffff)
            return self.pick(['2001:db8:%s:%s::%s' % (h(), h(), h()),
                              '2a02:%s:%s:%s:%s:%s:%s:%s' % (h(), h(), h(), h(), h(), h(), h()),
                              'fe80::%s:%s:%s:%s' % (h(), h(), h(), h()),
                              '2600:1700:%s:%s::%x' % (h(), h(), r.randrange(1, 255)),
                              '2001:0db8:85a3:0000:0000:%s:%s:%s' % (h(), h(), h())])
        while True:
            a = r.randrange(1, 224)
            if a not in (10, 127, 172, 192, 169, 100, 0):
                break
        return '%d.%d.%d.%d' % (a, r.randrange(256), r.randrange(256), r.randrange(1, 255))

    # ---------------------------------------------------------- decoys
    def d_ops(self):
        return self.pick(DT.OPS_TERMS)

    def d_path(self):
        if self.chance(0.6):
            return self.pick(DT.FILE_PATHS)
        return self.pick(['/var/log/app/%s.log', '/srv/uploads/%s.pdf', 'reports/%s.csv', 'C:\\Temp\\%s.tmp',
                          '/data/exports/%s.parquet', 's3://trace-archive/%s.json.gz']) % self.hexs(8)

    def hexs(self, n):
        return ''.join(self.pick('0123456789abcdef') for _ in range(n))

    def d_hash(self):
        return self.hexs(self.pick([7, 7, 8, 12, 40, 40, 64, 32]))

    def d_numid(self):
        r = self.r
        k = r.random()
        if k < 0.2:
            while True:
                d = self.digits(16)
                if not luhn_ok(d) and d[0] in '3456':
                    return ' '.join(d[i:i + 4] for i in range(0, 16, 4))
        if k < 0.3:
            return '978-%d-%s-%s-%d' % (r.randrange(0, 10), self.digits(3), self.digits(5), r.randrange(10))
        return self.digits(self.pick([5, 6, 7, 8, 9, 10]))

    def d_order(self):
        r = self.r
        return self.pick([
            'ORD-%d-%s' % (r.randrange(2021, 2026), self.digits(6)),
            '%s-%s-%s' % (self.digits(3), self.digits(7), self.digits(7)),
            '1Z%s%s' % (''.join(self.pick('0123456789ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(6)), self.digits(10)),
            'INV-%s' % self.digits(5), 'INV/%d/%s' % (r.randrange(2022, 2026), self.digits(4)),
            'RMA-%s' % self.digits(5), 'SO%s' % self.digits(7), '#%s' % self.digits(6),
            'BK-%s' % ''.join(self.pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6)),
            'JD%s' % self.digits(18), 'LX%sCN' % self.digits(9), 'TRK%s' % self.digits(10),
            'PO-%s' % self.digits(6), 'HBK%s' % self.digits(8), 'Q-%s' % self.digits(5)])

    CURRENCY = {'US': ['$%s'], 'CA': ['$%s', 'CA$%s'], 'GB': ['£%s'], 'IE': ['€%s'], 'AU': ['A$%s', '$%s'],
                'DE': ['%s €', '€%s', 'EUR %s'], 'AT': ['%s €'], 'FR': ['%s €'], 'BE': ['%s €'], 'NL': ['€ %s'],
                'IT': ['€ %s', '%s €'], 'ES': ['%s €'], 'PT': ['%s €'], 'CH': ['CHF %s', 'Fr. %s'],
                'PL': ['%s zł', 'PLN %s'], 'SE': ['%s kr', 'SEK %s'], 'DK': ['%s kr.', 'DKK %s'], 'NO': ['kr %s', 'NOK %s'],
                'FI': ['%s €'], 'JP': ['¥%s', '%s円'], 'CN': ['¥%s', '%s元'], 'KR': ['₩%s', '%s원'], 'IN': ['₹%s', 'Rs. %s'],
                'BR': ['R$ %s'], 'MX': ['$%s MXN'], 'RU': ['%s ₽', '%s руб.'], 'TR': ['₺%s', '%s TL'], 'AE': ['AED %s'],
                'SA': ['%s SAR', '%s ر.س'], 'VN': ['%s₫', '%s đ'], 'ID': ['Rp%s', 'Rp %s'], 'KE': ['KSh %s', 'KES %s'],
                'TZ': ['TSh %s'], 'ZA': ['R%s'], 'NG': ['₦%s'], 'SG': ['S$%s'], 'PH': ['₱%s']}

    def d_price(self, country='US'):
        r = self.r
        fmt = self.pick(self.CURRENCY.get(country, ['$%s']))
        big = country in ('JP', 'KR', 'VN', 'ID', 'IN', 'KE', 'TZ', 'NG', 'CL', 'CO', 'HU')
        if big:
            v = r.randrange(5, 500) * self.pick([100, 1000, 50])
            amt = '{:,}'.format(v)
            if country in ('VN', 'ID'):
                amt = amt.replace(',', '.')
        else:
            v = r.randrange(1, 3000) + self.pick([0, 0.5, 0.99, 0.9, 0.49, 0.95])
            comma = country in ('DE', 'AT', 'FR', 'BE', 'NL', 'IT', 'ES', 'PT', 'PL', 'SE', 'DK', 'NO', 'FI', 'BR', 'RU', 'TR', 'CZ')
            amt = '{:,.2f}'.format(v)
            if comma:
                amt = amt.replace(',', 'X').replace('.', ',').replace('X', '.' if country not in ('FR', 'PL', 'SE', 'NO', 'FI', 'RU', 'CZ') else '\u202f')
        return fmt % amt

    def d_version(self):
        r = self.r
        return self.pick([
            'v%d.%d.%d' % (r.randrange(0, 5), r.randrange(0, 30), r.randrange(0, 20)),
            '%d.%d.%d' % (r.randrange(1, 20), r.randrange(0, 40), r.randrange(0, 200)),
            '%d.%d.%d.%d' % (r.randrange(1, 12), r.randrange(0, 10), r.randrange(0, 99), r.randrange(0, 400)),
            '10.0.%d.%d' % (r.randrange(19041, 26100), r.randrange(1, 5000)),
            'Android %d' % r.randrange(9, 15), 'iOS %d.%d.%d' % (r.randrange(15, 18), r.randrange(0, 7), r.randrange(1, 4)),
            'node %d.%d.%d' % (r.randrange(16, 23), r.randrange(0, 15), r.randrange(0, 9)),
            'Python %d.%d.%d' % (3, r.randrange(8, 14), r.randrange(0, 12)),
            '%d.%d' % (r.randrange(1, 30), r.randrange(0, 20)),
            'v%d.%d.%d-rc.%d' % (r.randrange(0, 5), r.randrange(0, 30), r.randrange(0, 20), r.randrange(1, 5))])

    def d_proper(self):
        return self.pick(DT.PROPER_NOUNS)

    def d_product(self):
        return self.pick(DT.PRODUCT_NOUNS)

    def d_hist(self, lang='en', country=None):
        ev, (y, m, d) = self.pick(DT.HIST_EVENTS)
        return ev, self.fmt_date(datetime.date(y, m, d), lang, country)
