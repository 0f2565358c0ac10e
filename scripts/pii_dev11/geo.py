"""Hand-written street addresses and phone formats for pii_dev11.

addr_lines(r, cc, lang) returns the address as a list of lines (joined with ', ' or newlines by
the caller). Phone patterns: '#' any digit, '%' a digit 2-9."""


def _n(r, a=1, b=240):
    return str(r.randint(a, b))


def _d(r, k):
    return ''.join(str(r.randint(0, 9)) for _ in range(k))


def _L(r, k=2):
    return ''.join(r.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(k))


def a_us(r, lang):
    st = r.choice(['Maple', 'Juniper', 'Old Mill', 'Kearny', 'Sycamore', 'Pioneer', 'Hawthorne', 'Bluebonnet',
                   'Cedar Ridge', 'Willow Creek', 'Magnolia', 'Dogwood', 'N Lamar', 'W Fulton'])
    sfx = r.choice(['St', 'Ave', 'Blvd', 'Rd', 'Ln', 'Dr', 'Ct', 'Street', 'Avenue', 'Way'])
    unit = r.choice(['', '', '', ', Apt 4B', ' #%s' % _n(r, 100, 999), ', Unit %s' % _n(r, 1, 30), ' Apt. %s%s' % (_n(r, 1, 9), r.choice('ABCD'))])
    city, stt, z = r.choice([('Tulsa', 'OK', '741'), ('Fresno', 'CA', '937'), ('Dayton', 'OH', '454'), ('Boise', 'ID', '837'),
                             ('Albany', 'NY', '122'), ('Savannah', 'GA', '314'), ('Spokane', 'WA', '992'), ('Lubbock', 'TX', '794'),
                             ('Duluth', 'MN', '558'), ('Asheville', 'NC', '288'), ('Tempe', 'AZ', '852'), ('Bozeman', 'MT', '597')])
    zz = z + _d(r, 2) + (('-' + _d(r, 4)) if r.random() < 0.15 else '')
    return ['%s %s %s%s' % (_n(r, 10, 9800), st, sfx, unit), '%s, %s %s' % (city, stt, zz)]


def a_ca(r, lang):
    st = r.choice(['Harbour Square', 'Rue Saint-Denis', 'Jasper Avenue', 'Robson Street', 'Bank Street'])
    city, pv, p = r.choice([('Toronto', 'ON', 'M5J'), ('Montréal', 'QC', 'H2X'), ('Edmonton', 'AB', 'T5J'), ('Vancouver', 'BC', 'V6E'), ('Ottawa', 'ON', 'K1P')])
    return ['%s-%s %s' % (_n(r, 101, 2405), _n(r, 10, 900), st), '%s, %s %s %s%s%s' % (city, pv, p, _n(r, 1, 9), r.choice('ABCEGHJK'), _n(r, 1, 9))]


def a_gb(r, lang):
    st = r.choice(['Cranbrook Road', 'Ashley Gardens', 'Whitefriars Lane', 'Mill Hill Terrace', 'Percy Street',
                   'Kingsley Crescent', 'Albion Mews', 'Tollgate Close', 'Beechwood Avenue', 'Chapel Walk'])
    town, pc = r.choice([('Leeds', 'LS6'), ('Bristol', 'BS3'), ('Norwich', 'NR2'), ('Glasgow', 'G12'), ('Cardiff', 'CF24'),
                         ('Brighton', 'BN2'), ('York', 'YO10'), ('Sheffield', 'S11'), ('Exeter', 'EX4'), ('Belfast', 'BT9')])
    lines = []
    if r.random() < 0.3:
        lines.append('Flat %s' % _n(r, 1, 24))
    lines.append('%s %s' % (_n(r, 1, 180), st))
    post = '%s %s%s' % (pc, _n(r, 1, 9), _L(r))
    if r.random() < 0.5:
        lines.append('%s %s' % (town, post))
    else:
        lines += [town, post]
    return lines


def a_ie(r, lang):
    st = r.choice(['Griffith Avenue', 'Sráid an Chaisleáin', 'Bóthar na Trá', 'Oliver Plunkett Street', 'Shop Street'])
    town, ek = r.choice([('Drumcondra, Dublin 9', 'D09'), ('Cork', 'T12'), ('Galway', 'H91'), ('Ranelagh, Dublin 6', 'D06')])
    return ['%s %s' % (_n(r, 1, 150), st), town, '%s %s%s%s%s' % (ek, _L(r, 1), _n(r, 0, 9), _L(r, 1), _n(r, 0, 9))]


def a_de(r, lang):
    st = r.choice(['Lindenstraße', 'Am Kirchberg', 'Schillerplatz', 'Heinrich-Heine-Allee', 'Kastanienweg', 'Bahnhofstr.',
                   'Zur Alten Ziegelei', 'Friedrich-Ebert-Ring', 'Hauptstraße', 'Wilhelmshöher Allee'])
    city, plz = r.choice([('Leipzig', '04'), ('Bremen', '28'), ('Freiburg im Breisgau', '79'), ('Kassel', '34'), ('Münster', '48'),
                          ('Rostock', '18'), ('Würzburg', '97'), ('Hannover', '30')])
    no = _n(r, 1, 120) + r.choice(['', '', 'a', 'b', ' c'])
    return ['%s %s' % (st, no), '%s%s %s' % (plz, _d(r, 3), city)]


def a_at(r, lang):
    return ['%s %s/%s' % (r.choice(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Getreidegasse']), _n(r, 1, 140), _n(r, 1, 24)),
            r.choice(['1070 Wien', '1030 Wien', '5020 Salzburg', '8010 Graz'])]


def a_ch(r, lang):
    return ['%s %s' % (r.choice(['Bahnhofstrasse', 'Rue de Lausanne', 'Via Nassa', 'Spalenberg']), _n(r, 1, 90)),
            r.choice(['8001 Zürich', '1201 Genève', '6900 Lugano', '4051 Basel'])]


def a_fr(r, lang):
    voie = r.choice(['rue', 'avenue', 'boulevard', 'impasse', 'allée', 'chemin', 'place'])
    nm = r.choice(['des Lilas', 'Victor-Hugo', 'du Général-Leclerc', 'de la République', 'Pasteur', 'des Tanneurs',
                   'Jean-Jaurès', 'du Moulin Vert', 'de Verdun'])
    city, cp = r.choice([('Lyon', '6900%d' % r.randint(1, 9)), ('Nantes', '44000'), ('Toulouse', '31000'), ('Lille', '59000'),
                         ('Rennes', '35000'), ('Montpellier', '34000'), ('Besançon', '25000'), ('Aix-en-Provence', '13100')])
    lines = []
    if r.random() < 0.2:
        lines.append('Bât. %s, %s étage' % (r.choice('ABC'), r.choice(['2e', '3e', '5e'])))
    lines.append('%s%s %s %s' % (_n(r, 1, 140), r.choice(['', '', ' bis', ' ter']), voie, nm))
    lines.append('%s %s' % (cp, city.upper() if r.random() < 0.3 else city))
    return lines


def a_be(r, lang):
    return ['%s %s' % (r.choice(['Rue de la Loi', 'Meir', 'Korenmarkt']), _n(r, 1, 90)), r.choice(['1000 Bruxelles', '2000 Antwerpen', '9000 Gent'])]


def a_es(r, lang):
    st = r.choice(['C/ Alcalá', 'Calle Mayor', 'C/ de la Paz', 'Avda. de la Constitución', 'Passeig de Gràcia', 'Calle Uría', 'Rúa do Vilar'])
    city, cp = r.choice([('Madrid', '280'), ('Sevilla', '410'), ('Valencia', '460'), ('Bilbao', '480'), ('Zaragoza', '500'),
                         ('Barcelona', '080'), ('Oviedo', '330'), ('Santiago de Compostela', '157')])
    return ['%s, %s, %sº %s' % (st, _n(r, 1, 180), _n(r, 1, 9), r.choice('ABCDI')), '%s%s %s' % (cp, _d(r, 2), city)]


def a_mx(r, lang):
    st = r.choice(['Av. Insurgentes Sur', 'Calle Río Lerma', 'Av. Juárez', 'Calle Zacatecas', 'Av. Chapultepec'])
    col = r.choice(['Roma Norte', 'Del Valle', 'Cuauhtémoc', 'Americana', 'Condesa'])
    city = r.choice(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Puebla, Pue.', 'Monterrey, N.L.'])
    return ['%s %s Int. %s' % (st, _n(r, 10, 1800), _n(r, 1, 40)), 'Col. %s' % col, 'C.P. %s%s, %s' % (r.choice(['06', '44', '72', '64']), _d(r, 3), city)]


def a_it(r, lang):
    via = r.choice(['Via Garibaldi', 'Viale dei Mille', 'Piazza San Domenico', 'Corso Vittorio Emanuele II', 'Via dei Serragli', 'Vicolo del Cinque'])
    city, cap, pv = r.choice([('Bologna', '401', 'BO'), ('Torino', '101', 'TO'), ('Napoli', '801', 'NA'), ('Bari', '701', 'BA'),
                              ('Firenze', '501', 'FI'), ('Verona', '371', 'VR'), ('Palermo', '901', 'PA')])
    return ['%s %s%s' % (via, _n(r, 1, 120), r.choice(['', '', '/A', ' int. 4'])), '%s%s %s (%s)' % (cap, _d(r, 2), city, pv)]


def a_pt(r, lang):
    st = r.choice(['Rua da Prata', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])
    return ['%s %s, %s' % (st, _n(r, 1, 300), r.choice(['2.º Esq.', '1.º Dto.', 'R/C', '4.º B'])),
            '%s-%s %s' % (r.choice(['1100', '1250', '4000', '3000']), _d(r, 3), r.choice(['Lisboa', 'Porto', 'Coimbra']))]


def a_br(r, lang):
    st = r.choice(['Rua Augusta', 'Av. Paulista', 'Rua Voluntários da Pátria', 'Rua das Laranjeiras', 'Av. Sete de Setembro'])
    bairro, city, uf, cep = r.choice([('Consolação', 'São Paulo', 'SP', '01304'), ('Botafogo', 'Rio de Janeiro', 'RJ', '22270'),
                                      ('Savassi', 'Belo Horizonte', 'MG', '30140'), ('Boa Viagem', 'Recife', 'PE', '51020')])
    return ['%s, %s, apto %s' % (st, _n(r, 10, 2900), _n(r, 11, 180)), '%s, %s – %s' % (bairro, city, uf), 'CEP %s-%s' % (cep, _d(r, 3))]


def a_nl(r, lang):
    st = r.choice(['Prinsengracht', 'Oudegracht', 'Herestraat', 'Stationsweg', 'Kerkstraat', 'Van Speijkstraat'])
    city, pc = r.choice([('Amsterdam', '10'), ('Utrecht', '35'), ('Groningen', '97'), ('Eindhoven', '56'), ('Den Haag', '25')])
    return ['%s %s%s' % (st, _n(r, 1, 400), r.choice(['', '', '-1', 'bis', ' hs', 'A'])), '%s%s %s %s' % (pc, _d(r, 2), _L(r), city)]


def a_pl(r, lang):
    st = r.choice(['Marszałkowska', 'Długa', 'Piotrkowska', 'Grunwaldzka', 'Mickiewicza', 'Świętokrzyska', 'Wojska Polskiego'])
    city, pc = r.choice([('Warszawa', '00'), ('Łódź', '90'), ('Gdańsk', '80'), ('Kraków', '30'), ('Wrocław', '50'), ('Poznań', '61')])
    return ['ul. %s %s/%s' % (st, _n(r, 1, 150), _n(r, 1, 60)), '%s-%s %s' % (pc, _d(r, 3), city)]


def a_cz(r, lang):
    return ['%s %s/%s' % (r.choice(['Vinohradská', 'Masarykova', 'Husova', 'Nádražní']), _n(r, 100, 2500), _n(r, 1, 240)),
            r.choice(['120 00 Praha 2', '602 00 Brno', '301 00 Plzeň', '100 00 Praha 10'])]


def a_ru(r, lang):
    city, idx = r.choice([('Санкт-Петербург', '19'), ('Москва', '12'), ('Казань', '42'), ('Новосибирск', '63'), ('Екатеринбург', '62')])
    st = r.choice(['ул. Садовая', 'Невский пр-т', 'ул. Ленина', 'Кутузовский пр-т', 'ул. Баумана', 'пер. Гривцова'])
    if r.random() < 0.5:
        return ['%s%s' % (idx, _d(r, 4)), 'г. %s' % city, '%s, д. %s' % (st, _n(r, 1, 120)), 'кв. %s' % _n(r, 1, 300)]
    return ['%s, д. %s, кв. %s' % (st, _n(r, 1, 120), _n(r, 1, 300)), '%s, %s%s' % (city, idx, _d(r, 4))]


def a_ua(r, lang):
    return ['вул. %s, %s, кв. %s' % (r.choice(['Хрещатик', 'Січових Стрільців', 'Дерибасівська', 'Сумська']), _n(r, 1, 90), _n(r, 1, 140)),
            '%s, %s' % r.choice([('Київ', '01001'), ('Одеса', '65026'), ('Харків', '61002'), ('Львів', '79008')])]


def a_fi(r, lang):
    city, pc = r.choice([('Helsinki', '00'), ('Tampere', '33'), ('Oulu', '90'), ('Turku', '20'), ('Jyväskylä', '40')])
    st = r.choice(['Mannerheimintie', 'Hämeenkatu', 'Kauppurienkatu', 'Aurakatu', 'Väinönkatu'])
    return ['%s %s %s %s' % (st, _n(r, 1, 80), r.choice('ABC'), _n(r, 1, 40)), '%s%s0 %s' % (pc, _d(r, 2), city)]


def a_se(r, lang):
    city, pc = r.choice([('Stockholm', '11'), ('Göteborg', '41'), ('Malmö', '21'), ('Uppsala', '75'), ('Umeå', '90')])
    st = r.choice(['Storgatan', 'Drottninggatan', 'Södra Vägen', 'Kungsgatan', 'Västra Hamngatan'])
    return ['%s %s%s' % (st, _n(r, 1, 90), r.choice(['', ', 1 tr', ', lgh 1102', ' B'])), '%s%s %s %s' % (pc, _n(r, 1, 9), _d(r, 2), city)]


def a_is(r, lang):
    return ['%s %s' % (r.choice(['Laugavegur', 'Hverfisgata', 'Skólavörðustígur']), _n(r, 1, 120)), r.choice(['101 Reykjavík', '105 Reykjavík', '600 Akureyri'])]


def a_tr(r, lang):
    st = r.choice(['Atatürk Cad.', 'Bağdat Cad.', 'İstiklal Cad.', 'Cumhuriyet Mah. 1204. Sok.', 'Kızılay Sok.'])
    dist, city, pc = r.choice([('Kadıköy', 'İstanbul', '347'), ('Çankaya', 'Ankara', '066'), ('Konak', 'İzmir', '352'), ('Nilüfer', 'Bursa', '161')])
    return ['%s No: %s D: %s' % (st, _n(r, 1, 300), _n(r, 1, 40)), '%s, %s%s %s' % (dist, pc, _d(r, 2), city)]


def a_gr(r, lang):
    if lang == 'el' or r.random() < 0.5:
        st, city = r.choice([('Ερμού', '105 63 Αθήνα'), ('Λεωφόρος Βασιλίσσης Σοφίας', '106 76 Αθήνα'), ('Εγνατίας', '546 30 Θεσσαλονίκη'),
                             ('Κορίνθου', '262 21 Πάτρα')])
    else:
        st, city = r.choice([('Ermou', '105 63 Athina'), ('Egnatias', '546 30 Thessaloniki')])
    return ['%s %s' % (st, _n(r, 1, 200)), city]


def a_eg(r, lang):
    if lang == 'ar':
        return ['%s %s' % (_n(r, 1, 90), r.choice(['شارع التحرير', 'شارع جامعة الدول العربية', 'شارع مصدق'])),
                r.choice(['الدقي، الجيزة 12611', 'المهندسين، الجيزة 12655', 'مصر الجديدة، القاهرة 11341'])]
    return ['%s %s' % (_n(r, 1, 90), r.choice(['Tahrir St.', 'Mossadak St.'])), r.choice(['Dokki, Giza 12611', 'Heliopolis, Cairo 11341'])]


def a_sa(r, lang):
    if lang == 'ar':
        return ['%s، %s' % (r.choice(['طريق الملك فهد', 'شارع التحلية', 'طريق الأمير سلطان']), r.choice(['حي العليا', 'حي الروضة', 'حي السليمانية'])),
                'مبنى %s' % _n(r, 1000, 9999), r.choice(['الرياض 12214', 'جدة 23433'])]
    return ['Building %s, King Fahd Rd' % _n(r, 1000, 9999), 'Al Olaya, Riyadh 12214']


def a_il(r, lang):
    if lang == 'he':
        return ['%s %s%s' % (r.choice(['רחוב הרצל', "רחוב ז'בוטינסקי", 'שדרות רוטשילד', 'רחוב יפו']), _n(r, 1, 140), r.choice(['', ' דירה %s' % _n(r, 1, 30)])),
                '%s %s' % (r.choice(['תל אביב-יפו', 'רמת גן', 'ירושלים', 'חיפה']), _d(r, 7))]
    return ['%s %s' % (r.choice(['Herzl St', 'Rothschild Blvd']), _n(r, 1, 140)), 'Tel Aviv-Yafo %s' % _d(r, 7)]


def a_in(r, lang):
    if lang == 'hi' and r.random() < 0.6:
        return ['मकान नं. %s, सेक्टर %s' % (_n(r, 1, 400), _n(r, 1, 60)), r.choice(['नोएडा, उत्तर प्रदेश 201301', 'गुरुग्राम, हरियाणा 122001', 'जयपुर, राजस्थान 302017'])]
    if lang == 'ta' and r.random() < 0.6:
        return ['%s, %s' % (_n(r, 1, 90), r.choice(['அண்ணா சாலை', 'காந்தி தெரு', 'பெரியார் நகர்'])), r.choice(['தேனாம்பேட்டை, சென்னை 600018', 'மதுரை 625001'])]
    return r.choice([
        ['Flat %s, %s' % (_n(r, 101, 1204), r.choice(['Sai Residency', 'Prestige Lakeside', 'Shanti Kunj'])), '%sth Cross, Indiranagar' % _n(r, 4, 14), 'Bengaluru, Karnataka 5600%s' % _d(r, 2)],
        ['%s-%s, Lajpat Nagar II' % (r.choice('ABCD'), _n(r, 1, 99)), 'New Delhi 110024'],
        ['%s, Anna Salai, Teynampet' % _n(r, 1, 500), 'Chennai 600018'],
        ['Plot %s, Road No. %s, Banjara Hills' % (_n(r, 1, 400), _n(r, 1, 14)), 'Hyderabad, Telangana 500034']])


def a_bd(r, lang):
    if lang == 'bn':
        return ['বাড়ি %s, রোড %s' % (bn_digits(_n(r, 1, 90)), bn_digits(_n(r, 1, 27))), r.choice(['ধানমন্ডি, ঢাকা ১২০৫', 'গুলশান, ঢাকা ১২১২'])]
    return ['House %s, Road %s' % (_n(r, 1, 90), _n(r, 1, 27)), r.choice(['Dhanmondi, Dhaka 1205', 'Gulshan, Dhaka 1212'])]


def a_th(r, lang):
    return ['%s/%s %s' % (_n(r, 1, 299), _n(r, 1, 99), r.choice(['ซอยสุขุมวิท 31', 'ถนนพหลโยธิน', 'ถนนนิมมานเหมินท์'])),
            r.choice(['แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110', 'แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400', 'ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200'])]


def a_kr(r, lang):
    return [r.choice(['서울특별시 강남구 테헤란로 %s' % _n(r, 1, 500), '부산광역시 해운대구 센텀중앙로 %s' % _n(r, 1, 200), '서울특별시 마포구 월드컵북로 %s' % _n(r, 1, 400)]),
            '%s동 %s호' % (_n(r, 101, 112), _n(r, 101, 2304))]


def a_jp(r, lang):
    pref = r.choice([('150-00', '東京都渋谷区神宮前'), ('530-00', '大阪府大阪市北区梅田'), ('060-00', '北海道札幌市中央区大通西'),
                     ('460-00', '愛知県名古屋市中区栄'), ('812-00', '福岡県福岡市博多区博多駅前')])
    return ['〒%s%s' % (pref[0], _d(r, 2)), '%s%s-%s-%s' % (pref[1], _n(r, 1, 6), _n(r, 1, 30), _n(r, 1, 20)),
            r.choice(['', 'グランドメゾン%s号室' % _n(r, 101, 1208), 'ハイツ青葉 %s' % _n(r, 101, 305)])]


def a_cn(r, lang):
    return [r.choice(['上海市浦东新区世纪大道%s号' % _n(r, 1, 300), '北京市朝阳区建国路%s号院%s号楼' % (_n(r, 1, 99), _n(r, 1, 9)),
                      '广东省深圳市南山区科技园南路%s号' % _n(r, 1, 80), '浙江省杭州市西湖区文三路%s号' % _n(r, 1, 400)]),
            '%s室' % _n(r, 101, 2808)]


def a_vn(r, lang):
    return ['Số %s %s' % (_n(r, 1, 150), r.choice(['Ngõ 16 Phố Huỳnh Thúc Kháng', 'Đường Lê Lợi', 'Đường Nguyễn Trãi', 'Hẻm 42 Đường Cách Mạng Tháng Tám'])),
            r.choice(['Phường Láng Hạ, Quận Đống Đa, Hà Nội', 'Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Phường Hải Châu 1, Quận Hải Châu, Đà Nẵng'])]


def a_id(r, lang):
    return ['Jl. %s No. %s, RT %02d/RW %02d' % (r.choice(['Melati', 'Kebon Sirih', 'Gatot Subroto', 'Dago']), _n(r, 1, 120), r.randint(1, 12), r.randint(1, 9)),
            r.choice(['Kel. Cempaka Putih, Jakarta Pusat 10510', 'Kec. Coblong, Bandung 40135', 'Kel. Kuta, Badung, Bali 80361'])]


def a_hu(r, lang):
    return ['%s %s' % (r.choice(['1062 Budapest,', '6720 Szeged,', '4025 Debrecen,', '1137 Budapest,']), '%s %s. %s/%s.' % (
        r.choice(['Andrássy út', 'Kárász utca', 'Piac utca', 'Pozsonyi út']), _n(r, 1, 90), r.choice(['I', 'II', 'III', 'IV']), _n(r, 1, 12)))]


def a_ng(r, lang):
    return r.choice([['Plot %s, Admiralty Way' % _n(r, 1, 90), 'Lekki Phase 1, Lagos 106104'],
                     ['%s Okpara Avenue' % _n(r, 1, 90), 'Enugu 400001'],
                     ['No. %s Ahmadu Bello Way' % _n(r, 1, 200), 'Garki, Abuja 900103']])


def a_ke(r, lang):
    return ['Apartment %s%s, %s' % (_n(r, 1, 9), r.choice('ABCD'), r.choice(['Riverside Drive', 'Ngong Road', 'Moi Avenue'])),
            'P.O. Box %s-00100' % _n(r, 1000, 99999), 'Nairobi']


def a_au(r, lang):
    st, sub = r.choice([('Smith Street', 'Fitzroy VIC 3065'), ('Oxford Street', 'Paddington NSW 2021'), ('Hay Street', 'Subiaco WA 6008'),
                        ('Brunswick Street', 'New Farm QLD 4005')])
    return ['Unit %s/%s %s' % (_n(r, 1, 30), _n(r, 1, 300), st), sub]


def a_ph(r, lang):
    return ['Blk %s Lot %s, %s' % (_n(r, 1, 40), _n(r, 1, 30), r.choice(['Mabini St.', 'Sampaguita St.', 'Rizal Ave.'])),
            'Brgy. %s, %s' % (r.choice(['San Isidro', 'Poblacion', 'Malanday']), r.choice(['Quezon City 1100', 'Cebu City 6000', 'Davao City 8000']))]


ADDR = {'US': a_us, 'CA': a_ca, 'GB': a_gb, 'IE': a_ie, 'DE': a_de, 'AT': a_at, 'CH': a_ch, 'FR': a_fr, 'BE': a_be, 'ES': a_es,
        'MX': a_mx, 'IT': a_it, 'PT': a_pt, 'BR': a_br, 'NL': a_nl, 'PL': a_pl, 'CZ': a_cz, 'RU': a_ru, 'UA': a_ua, 'FI': a_fi,
        'SE': a_se, 'IS': a_is, 'TR': a_tr, 'GR': a_gr, 'EG': a_eg, 'SA': a_sa, 'IL': a_il, 'IN': a_in, 'BD': a_bd, 'TH': a_th,
        'KR': a_kr, 'JP': a_jp, 'CN': a_cn, 'VN': a_vn, 'ID': a_id, 'HU': a_hu, 'NG': a_ng, 'KE': a_ke, 'AU': a_au, 'PH': a_ph}

PHONES = {
    'US': ['(%##) %##-####', '%##-%##-####', '+1 %## %##-####', '%##.%##.####', '+1-%##-%##-####', '1 (%##) %##-####', '+1 (%##) %##-####'],
    'GB': ['+44 (0)20 7946 0###', '07### ######', '+44 7### ######', '0161 496 0###', '+44 (0) 113 496 0###', '020 7946 0###', '+447#########'],
    'IE': ['+353 8% ### ####', '08% ### ####', '(01) %## ####', '+353 (0)1 %## ####'],
    'DE': ['+49 (0)30 %######', '030 %#######', '015# ########', '+49 17# #######', '+49 (0) 89 / ## ## ##-##', '0221 / %### ###', '+49 (0)40 %## ### ##'],
    'AT': ['+43 1 %## ####', '0664 #######', '+43 (0)664 ### ####'],
    'CH': ['+41 44 %## ## ##', '079 ### ## ##', '+41 (0)79 ### ## ##'],
    'FR': ['06 ## ## ## ##', '07 ## ## ## ##', '+33 6 ## ## ## ##', '+33 (0)1 ## ## ## ##', '06.##.##.##.##', '01-##-##-##-##'],
    'BE': ['+32 47# ## ## ##', '047# ## ## ##'],
    'ES': ['6## ## ## ##', '+34 9## ### ###', '+34 6##-###-###', '6## ### ###'],
    'MX': ['+52 55 #### ####', '(55) ####-####', '+52 1 33 #### ####', '33 ## ## ## ##'],
    'IT': ['+39 02 #### ####', '3## ### ####', '+39 34# ### ####', '06-########', '+39 3## #######'],
    'PT': ['+351 91# ### ###', '21 ### ####', '9## ### ###'],
    'BR': ['(11) 9####-####', '+55 11 9####-####', '+55 (21) %###-####', '(21) 9 ####-####'],
    'NL': ['06-########', '+31 6 #### ####', '020-#######', '+31 (0)20 ### ####', '06 ## ## ## ##'],
    'PL': ['+48 %## ### ###', '%##-###-###', '22 ### ## ##', '+48 (22) ### ## ##'],
    'CZ': ['+420 %## ### ###', '60# ### ###'],
    'RU': ['+7 (9##) ###-##-##', '8 (495) ###-##-##', '+7 9## ### ## ##', '8-9##-###-##-##'],
    'UA': ['+380 67 ### ####', '067 ### ## ##', '+380 (44) ###-##-##'],
    'FI': ['+358 40 ### ####', '040 ### ####', '09 #### ####', '+358 (0)50 ### ####'],
    'SE': ['+46 70 ### ## ##', '070-### ## ##', '08-### ### ##', '+46 (0)8 ### ### ##'],
    'IS': ['+354 %## ####', '%##-####', '+354 %######'],
    'TR': ['+90 5## ### ## ##', '05## ### ## ##', '(0212) ### ## ##', '+90 (532) ### ## ##'],
    'GR': ['+30 69# ### ####', '210 ### ####', '+30 210-#######'],
    'EG': ['+20 10 #### ####', '010 #### ####', '+20 (2) #### ####'],
    'SA': ['+966 5# ### ####', '05# ### ####'],
    'IL': ['+972 5#-###-####', '05#-#######', '03-#######', '+972 (0)3 ### ####'],
    'IN': ['+91 9#### #####', '09#### #####', '+91-80-####-####', '9#########', '+91 (22) #### ####'],
    'BD': ['+880 17##-######', '017##-######', '+880 2 ### ####'],
    'TH': ['+66 8# ### ####', '08#-###-####', '02-###-####'],
    'KR': ['010-####-####', '+82 10-####-####', '02-###-####', '+82 (0)2 #### ####'],
    'JP': ['090-####-####', '+81 90-####-####', '03-####-####', '(03) ####-####', '+81 (0)3 #### ####'],
    'CN': ['13# #### ####', '+86 13# #### ####', '13#########', '010-########', '+86 (10) #### ####'],
    'VN': ['+84 9## ### ###', '09## ### ###', '09#.###.####'],
    'ID': ['+62 812-####-####', '0812 #### ####', '(021) #### ####', '+62 (21) ####-####'],
    'HU': ['+36 30 ### ####', '06 30 ### ####', '(06-1) %##-####', '+36 (1) %## ####'],
    'NG': ['+234 803 ### ####', '0803 ### ####', '0803-###-####', '+234 (0)809 ### ####'],
    'KE': ['+254 7## ### ###', '07## ######', '+254 (0)20 ### ####'],
    'AU': ['+61 4## ### ###', '04## ### ###', '(02) #### ####', '+61 (0)2 #### ####'],
    'PH': ['+63 9## ### ####', '09##-###-####', '(02) ####-####'],
}
PHONES['CA'] = PHONES['US']
EXT = {'en': [' ext. ###', ' x###', ' ext ####'], 'fr': [' poste ###'], 'de': [' Durchwahl -##', '-##'], 'es': [' ext. ###'],
       'it': [' int. ###'], 'nl': [' toestel ###'], 'pl': [' wewn. ###'], 'pt': [' ramal ###'], 'sv': [' ankn. ###'], 'ja': [' 内線###'],
       'zh': [' 转###'], 'ko': [' 내선 ###']}

DIGITS = {'ar': '٠١٢٣٤٥٦٧٨٩', 'fa': '۰۱۲۳۴۵۶۷۸۹', 'bn': '০১২৩৪৫৬৭৮৯', 'hi': '०१२३४५६७८९', 'fw': '０１２３４５６７８９'}


def to_digits(s, kind):
    t = DIGITS[kind]
    out = ''.join(t[int(ch)] if ch.isdigit() and ord(ch) < 128 else ch for ch in s)
    if kind == 'fw':
        out = out.replace('-', '－').replace('(', '（').replace(')', '）')
    return out


def bn_digits(s):
    return to_digits(s, 'bn')


def fill_pattern(r, pat):
    out = []
    for ch in pat:
        if ch == '#':
            out.append(str(r.randint(0, 9)))
        elif ch == '%':
            out.append(str(r.randint(2, 9)))
        else:
            out.append(ch)
    return ''.join(out)


def phone(r, cc, lang='en', ext_ok=True, intl=None):
    pats = PHONES.get(cc, PHONES['US'])
    if intl is True:
        pats = [p for p in pats if p.startswith('+')] or pats
    elif intl is False:
        pats = [p for p in pats if not p.startswith('+')] or pats
    s = fill_pattern(r, r.choice(pats))
    if ext_ok and r.random() < 0.08:
        s += fill_pattern(r, r.choice(EXT.get(lang, EXT['en'])))
    if lang == 'ar' and r.random() < 0.25 and not s.startswith('+'):
        s = to_digits(s, 'ar')
    elif lang == 'bn' and r.random() < 0.35:
        s = to_digits(s, 'bn')
    elif lang == 'hi' and r.random() < 0.15:
        s = to_digits(s, 'hi')
    elif lang == 'ja' and r.random() < 0.12 and not s.startswith('+'):
        s = to_digits(s, 'fw')
    return s
