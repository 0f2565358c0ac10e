# -*- coding: utf-8 -*-
"""Hand-written word lists for the dev5 corpus (names, places, health, decoys)."""

# ------------------------------------------------------------------ names

KO_FAMILY_ROM = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim',
                 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong']
KO_GIVEN_ROM = ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Su-bin', 'Ye-jin', 'Hyun-woo',
                'Ji-woo', 'Eun-ji', 'Sung-min', 'Young-hee', 'Jae-won', 'Na-rae', 'Tae-yang',
                'Minseo', 'Jiwon', 'Dongha', 'Yuna', 'Seungho', 'Hye-jin', 'Kyung-soo']

AR_GIVEN_M = ['Mohammed', 'Ahmed', 'Omar', 'Khalid', 'Youssef', 'Abdullah', 'Faisal', 'Hassan',
              'Tariq', 'Saeed', 'Karim', 'Ibrahim', 'Mustafa', 'Hamza', 'Nasser', 'Walid', 'Majed',
              'Yazan', 'Rashid', 'Anas', 'Mahmoud', 'Sami']
AR_GIVEN_F = ['Fatima', 'Aisha', 'Mariam', 'Noor', 'Layla', 'Huda', 'Reem', 'Salma', 'Yasmin',
              'Hala', 'Rania', 'Dalia', 'Amal', 'Zainab', 'Lina', 'Shahd', 'Ghada', 'Nour']
AR_FAMILY = ['Al-Harbi', 'Al-Qahtani', 'Al-Otaibi', 'Al Mansouri', 'El-Sayed', 'Haddad', 'Khoury',
             'Hamdan', 'Al-Farsi', 'Abdel-Rahman', 'Saleh', 'Al-Zahrani', 'al-Shamsi', 'Darwish',
             'Barakat', 'El Amrani', 'Benali', 'Bouzid', 'Cherkaoui', 'Nasrallah', 'Al Hashimi',
             'Mansour', 'Abu-Zeid', 'Al-Masri', 'Qasim', 'Shaheen']
AR_PATRON_PARTICLE = ['bin', 'ibn', 'bint']

SW_GIVEN_F = ['Amina', 'Neema', 'Zawadi', 'Halima', 'Rehema', 'Imani', 'Wanjiru', 'Achieng',
              'Mwajuma', 'Saida', 'Tumaini', 'Nuru', 'Grace', 'Faith', 'Mercy', 'Chebet',
              'Akinyi', 'Wambui', 'Njeri', 'Subira']
SW_GIVEN_M = ['Baraka', 'Juma', 'Hamisi', 'Omari', 'Kiprono', 'Otieno', 'Faraji', 'Jabari',
              'Eliya', 'Godfrey', 'Peter', 'Kevin', 'Brian', 'Mussa', 'Rashidi', 'Kamau',
              'Kipchoge', 'Emmanuel', 'Abdallah', 'Erasto']
SW_FAMILY = ['Mwangi', 'Otieno', 'Kamau', 'Wanjiku', 'Ochieng', 'Mutua', 'Njoroge', 'Kiprotich',
             'Mohamed', 'Mbwana', 'Massawe', 'Mushi', 'Lyimo', 'Kimaro', 'Mollel', 'Swai',
             'Shirima', 'Odhiambo', 'Chebet', 'Akinyi', 'Salim', 'Athumani', 'Wafula', 'Kariuki',
             'Nyambura', 'Mwakyusa']

VI_MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Hoàng', 'Quốc', 'Thu', 'Hữu', 'Bảo',
             'Kim', 'Gia']

ID_SINGLE = ['Sutrisno', 'Wulandari', 'Suparman', 'Rahmawati', 'Slamet', 'Sumarni', 'Wahyudi',
             'Purnomo', 'Ratna', 'Mulyadi']

NICK = {
    'William': 'Bill', 'Robert': 'Bob', 'Elizabeth': 'Liz', 'Katherine': 'Kate',
    'Jennifer': 'Jen', 'Michael': 'Mike', 'Christopher': 'Chris', 'Jonathan': 'Jon',
    'Margaret': 'Peggy', 'Richard': 'Rick', 'Anthony': 'Tony', 'Nicholas': 'Nick',
    'Alexander': 'Alex', 'Patricia': 'Trish', 'Samantha': 'Sam', 'Thomas': 'Tom',
    'Joseph': 'Joe', 'Daniel': 'Dan', 'Matthew': 'Matt', 'Rebecca': 'Becky', 'Deborah': 'Deb',
    'James': 'Jim', 'Victoria': 'Vicky', 'Benjamin': 'Ben', 'Jessica': 'Jess', 'Kimberly': 'Kim',
    'Александр': 'Саша', 'Екатерина': 'Катя', 'Дмитрий': 'Дима', 'Михаил': 'Миша',
    'Анастасия': 'Настя', 'Мария': 'Маша', 'Алексей': 'Лёша', 'Елена': 'Лена', 'Наталья': 'Наташа',
    'José': 'Pepe', 'Francisco': 'Paco', 'Jesús': 'Chuy', 'Ignacio': 'Nacho',
    'Guadalupe': 'Lupita', 'Dolores': 'Lola', 'Enrique': 'Quique', 'Rosario': 'Charo',
    'Antônio': 'Tonho', 'Eduardo': 'Dudu', 'Luiz': 'Lula', 'Giuseppe': 'Peppe',
    'Francesca': 'Franci', 'Johannes': 'Hannes', 'Katharina': 'Kathi', 'Wolfgang': 'Wolfi',
}

RU_TRANSLIT = {
    'А': 'A', 'Б': 'B', 'В': 'V', 'Г': 'G', 'Д': 'D', 'Е': 'E', 'Ё': 'Yo', 'Ж': 'Zh', 'З': 'Z',
    'И': 'I', 'Й': 'Y', 'К': 'K', 'Л': 'L', 'М': 'M', 'Н': 'N', 'О': 'O', 'П': 'P', 'Р': 'R',
    'С': 'S', 'Т': 'T', 'У': 'U', 'Ф': 'F', 'Х': 'Kh', 'Ц': 'Ts', 'Ч': 'Ch', 'Ш': 'Sh',
    'Щ': 'Shch', 'Ъ': '', 'Ы': 'Y', 'Ь': '', 'Э': 'E', 'Ю': 'Yu', 'Я': 'Ya',
    'І': 'I', 'Ї': 'Yi', 'Є': 'Ye', 'Ґ': 'G',
}

# ------------------------------------------------------------------ addresses
# '#' digit, 'A' letter, '@' letter or digit; anything else literal

US_STREETS = ['Maple Ave', 'Oak St', 'Elm Street', 'Washington Blvd', 'Lincoln Ave', 'Park Pl',
              'Cedar Lane', 'Sunset Blvd', 'Main St', 'Pine Street', 'Lakeview Dr', 'Highland Ave',
              'Willow Creek Rd', 'Martin Luther King Jr Blvd', 'W 34th St', 'E 7th Ave',
              'N Clark St', 'S Congress Ave', 'Magnolia Way', 'Peachtree St NE', 'Fairview Rd',
              'Harbor View Ct', 'Riverside Dr', 'Old Mill Rd', 'Chestnut St', 'Grand Ave']
US_CITIES = [('Springfield', 'IL', '627##'), ('Austin', 'TX', '787##'), ('Brooklyn', 'NY', '112##'),
             ('Seattle', 'WA', '981##'), ('Columbus', 'OH', '432##'), ('Tucson', 'AZ', '857##'),
             ('Raleigh', 'NC', '276##'), ('Denver', 'CO', '802##'), ('Miami', 'FL', '331##'),
             ('Oakland', 'CA', '946##'), ('Chicago', 'IL', '606##'), ('Portland', 'OR', '972##'),
             ('Atlanta', 'GA', '303##'), ('Minneapolis', 'MN', '554##'), ('Boston', 'MA', '021##'),
             ('Houston', 'TX', '770##'), ('Fresno', 'CA', '937##'), ('Nashville', 'TN', '372##'),
             ('Albuquerque', 'NM', '871##'), ('Omaha', 'NE', '681##'), ('Newark', 'NJ', '071##'),
             ('Honolulu', 'HI', '968##'), ('Anchorage', 'AK', '995##'), ('Baton Rouge', 'LA', '708##')]
US_UNITS = ['Apt 4B', 'Apt. 12', 'Unit 7', '#305', 'Suite 210', 'Apt 2R', 'Unit C', 'Apt 1407', 'Fl 3']

CA_STREETS = ['Rue Sainte-Catherine O', 'Yonge St', 'Bloor St W', 'Granville St', 'Rue Saint-Denis',
              'Jasper Ave', 'Portage Ave', 'Barrington St', 'Queen St E', 'Boul. René-Lévesque O',
              'Commercial Dr', 'Avenue du Parc', 'Spadina Ave', '17 Ave SW']
CA_CITIES = [('Toronto', 'ON', 'M#A #A#'), ('Montréal', 'QC', 'H#A #A#'), ('Vancouver', 'BC', 'V#A #A#'),
             ('Calgary', 'AB', 'T#A #A#'), ('Ottawa', 'ON', 'K#A #A#'), ('Winnipeg', 'MB', 'R#A #A#'),
             ('Halifax', 'NS', 'B#A #A#'), ('Edmonton', 'AB', 'T#A #A#'), ('Québec', 'QC', 'G#A #A#'),
             ('Victoria', 'BC', 'V#A #A#')]

UK_STREETS = ['Kingsley Road', 'Victoria Street', 'High Street', 'Church Lane', 'Station Road',
              'Mill Lane', 'Albert Terrace', "Queen's Drive", 'Beaconsfield Avenue', 'Canal Walk',
              'Priory Close', 'Wellington Crescent', 'Green Lanes', 'Cowley Road', 'Hyde Park Road',
              'Mount Pleasant', 'Gloucester Place', 'Sandy Lane']
UK_CITIES = [('Leeds', 'LS# #AA'), ('Manchester', 'M## #AA'), ('Bristol', 'BS# #AA'),
             ('London', 'SW## #AA'), ('London', 'E# #AA'), ('London', 'N## #AA'), ('Glasgow', 'G## #AA'),
             ('Cardiff', 'CF## #AA'), ('Norwich', 'NR# #AA'), ('Birmingham', 'B## #AA'),
             ('Edinburgh', 'EH# #AA'), ('Belfast', 'BT# #AA'), ('Brighton', 'BN# #AA'),
             ('Oxford', 'OX# #AA'), ('Sheffield', 'S## #AA')]
UK_HOUSE_NAMES = ['Rose Cottage', 'The Old Rectory', 'Ivy House', 'Hillside', 'The Barn', 'Orchard View']

IE_STREETS = ['Ashgrove Park', 'Main Street', 'Church Road', 'Castle View', 'Oakwood Drive',
              'Strand Road', 'The Crescent', 'Seafield Avenue', 'Father Mathew Street', 'Beech Grove']
IE_TOWNS = [('Ballincollig', 'Co. Cork', 'P31'), ('Rathmines', 'Dublin 6', 'D06'),
            ('Salthill', 'Co. Galway', 'H91'), ('Tralee', 'Co. Kerry', 'V92'),
            ('Swords', 'Co. Dublin', 'K67'), ('Ennis', 'Co. Clare', 'V95'), ('Navan', 'Co. Meath', 'C15'),
            ('Drumcondra', 'Dublin 9', 'D09')]
EIRCODE_CHARS = 'ACDEFHKNPRTVWXY0123456789'

DE_STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestr.', 'Lindenallee', 'Am Markt',
              'Kastanienweg', 'Friedrich-Ebert-Straße', 'Berliner Str.', 'Rosenstraße', 'Mühlenweg',
              'Karl-Marx-Allee', 'Im Winkel', 'Ringstraße', 'Kölner Landstraße', 'Sonnenallee',
              'Oranienstr.', 'Leopoldstraße']
DE_CITIES = [('101##', 'Berlin'), ('104##', 'Berlin'), ('120##', 'Berlin'), ('803##', 'München'),
             ('506##', 'Köln'), ('200##', 'Hamburg'), ('603##', 'Frankfurt am Main'),
             ('701##', 'Stuttgart'), ('041##', 'Leipzig'), ('010##', 'Dresden'), ('281##', 'Bremen'),
             ('904##', 'Nürnberg'), ('301##', 'Hannover'), ('441##', 'Dortmund'), ('531##', 'Bonn'),
             ('691##', 'Heidelberg'), ('241##', 'Kiel'), ('790##', 'Freiburg im Breisgau')]
DE_EXTRA = ['3. OG links', 'Hinterhaus', 'Whg. 7', 'bei Schneider', 'App. 12', '2. Etage']

AT_STREETS = ['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Linzer Straße',
              'Getreidegasse', 'Annenstraße', 'Praterstraße', 'Wiedner Hauptstraße', 'Ottakringer Straße']
AT_CITIES = [('1060', 'Wien'), ('1030', 'Wien'), ('1100', 'Wien'), ('1160', 'Wien'), ('8010', 'Graz'),
             ('4020', 'Linz'), ('5020', 'Salzburg'), ('6020', 'Innsbruck'), ('9020', 'Klagenfurt')]

CH_STREETS = ['Bahnhofstrasse', 'Seestrasse', 'Dorfstrasse', 'Rue du Rhône', 'Route de Lausanne',
              'Via Nassa', 'Kramgasse', 'Badenerstrasse', 'Hauptgasse', 'Avenue de la Gare']
CH_CITIES = [('8001', 'Zürich'), ('8004', 'Zürich'), ('3011', 'Bern'), ('4051', 'Basel'),
             ('1201', 'Genève'), ('1003', 'Lausanne'), ('6900', 'Lugano'), ('6003', 'Luzern'),
             ('9000', 'St. Gallen'), ('8400', 'Winterthur')]

FR_STREETS = ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République',
              'place Bellecour', 'rue du Faubourg Saint-Antoine', 'allée des Tilleuls',
              'chemin des Vignes', 'rue Victor Hugo', 'impasse des Acacias', 'quai de la Loire',
              'cours Mirabeau', 'rue Oberkampf', 'avenue de la Libération', 'rue Nationale']
FR_CITIES = [('75011', 'Paris'), ('75018', 'Paris'), ('75015', 'Paris'), ('69003', 'Lyon'),
             ('13001', 'Marseille'), ('31000', 'Toulouse'), ('33000', 'Bordeaux'), ('59000', 'Lille'),
             ('44000', 'Nantes'), ('67000', 'Strasbourg'), ('34000', 'Montpellier'), ('06000', 'Nice'),
             ('35000', 'Rennes'), ('13100', 'Aix-en-Provence'), ('93200', 'Saint-Denis'),
             ('97400', 'Saint-Denis')]
FR_EXTRA = ['Bât. B', 'Apt 34', 'Résidence Les Pins', '3e étage', 'Esc. 2, porte 12', 'chez M. Perrin',
            'Bâtiment C, appt 402']

BE_STREETS_FR = ['Rue de la Loi', 'Avenue Louise', 'Chaussée de Waterloo', 'Rue Haute', 'Rue Neuve',
                 'Boulevard d\'Avroy']
BE_STREETS_NL = ['Kerkstraat', 'Meir', 'Veldstraat', 'Stationsstraat', 'Grote Markt', 'Korenmarkt',
                 'Brugsesteenweg']
BE_CITIES_FR = [('1000', 'Bruxelles'), ('1050', 'Ixelles'), ('1060', 'Saint-Gilles'), ('4000', 'Liège'),
                ('5000', 'Namur'), ('6000', 'Charleroi')]
BE_CITIES_NL = [('2000', 'Antwerpen'), ('9000', 'Gent'), ('3000', 'Leuven'), ('8000', 'Brugge'),
                ('2800', 'Mechelen'), ('3500', 'Hasselt')]

NL_STREETS = ['Prinsengracht', 'Keizersgracht', 'Kalverstraat', 'Oudegracht', 'Coolsingel',
              'Dorpsstraat', 'Molenweg', 'Laan van Meerdervoort', 'Vondelstraat', 'Ringbaan-Oost',
              'Burgemeester de Withstraat', 'Kerkweg', 'Javastraat', 'Amsterdamsestraatweg']
NL_CITIES = [('1016', 'Amsterdam'), ('1072', 'Amsterdam'), ('1094', 'Amsterdam'), ('3511', 'Utrecht'),
             ('3011', 'Rotterdam'), ('2517', 'Den Haag'), ('5611', 'Eindhoven'), ('9711', 'Groningen'),
             ('6511', 'Nijmegen'), ('2311', 'Leiden'), ('4811', 'Breda'), ('8011', 'Zwolle')]
NL_LETTERS = 'ABCEGHJKLMNPRTVWXZ'

IT_STREETS = ['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Monza',
              'Piazza del Popolo', 'Via Toledo', 'Via Nazionale', 'Via della Spiga',
              'Corso Buenos Aires', 'Via Etnea', 'Borgo Pinti', 'Via Mazzini', 'Viale Trastevere']
IT_CITIES = [('20121', 'Milano', 'MI'), ('20127', 'Milano', 'MI'), ('00184', 'Roma', 'RM'),
             ('00153', 'Roma', 'RM'), ('80134', 'Napoli', 'NA'), ('10123', 'Torino', 'TO'),
             ('50122', 'Firenze', 'FI'), ('40126', 'Bologna', 'BO'), ('95124', 'Catania', 'CT'),
             ('16121', 'Genova', 'GE'), ('37121', 'Verona', 'VR'), ('90133', 'Palermo', 'PA'),
             ('70122', 'Bari', 'BA')]

ES_STREETS = ['C/ Mayor', 'Calle de Alcalá', 'Avda. de la Constitución', 'Carrer de Mallorca',
              'Gran Vía', 'Paseo de la Castellana', 'Calle Sierpes', 'Rambla de Catalunya',
              'Calle Larios', 'Calle San Vicente Mártir', 'Avenida de América', 'C/ del Pez',
              'Calle Real', 'Carrer de Verdi']
ES_CITIES = [('28013', 'Madrid'), ('28009', 'Madrid'), ('28045', 'Madrid'), ('08013', 'Barcelona'),
             ('08012', 'Barcelona'), ('41004', 'Sevilla'), ('46002', 'Valencia'), ('29015', 'Málaga'),
             ('48001', 'Bilbao'), ('50001', 'Zaragoza'), ('15003', 'A Coruña'), ('18009', 'Granada'),
             ('03001', 'Alicante'), ('35002', 'Las Palmas de Gran Canaria')]
ES_FLOORS = ['3º B', '4º izda.', '2º dcha.', 'bajo A', '1º 2ª', '5ºC', 'ático', 'entlo. 1ª']

PT_STREETS = ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Rua do Ouro',
              'Avenida da Boavista', 'Travessa do Carmo', 'Rua Direita', 'Rua de Cedofeita',
              'Avenida Almirante Reis']
PT_CITIES = [('1100', 'Lisboa'), ('1250', 'Lisboa'), ('1170', 'Lisboa'), ('4000', 'Porto'),
             ('4100', 'Porto'), ('3000', 'Coimbra'), ('4700', 'Braga'), ('8000', 'Faro'),
             ('2750', 'Cascais'), ('4400', 'Vila Nova de Gaia')]
PT_FLOORS = ['2º Esq.', 'R/C Dto', '3.º andar', '1º Frente', '4º Dto.', 'cave']

PL_STREETS = ['ul. Marszałkowska', 'ul. Piotrkowska', 'ul. Długa', 'al. Jerozolimskie', 'ul. Floriańska',
              'ul. Świętojańska', 'ul. Mickiewicza', 'ul. Grunwaldzka', 'ul. Kościuszki',
              'os. Tysiąclecia', 'ul. Żelazna']
PL_CITIES = [('00-5##', 'Warszawa'), ('02-4##', 'Warszawa'), ('90-0##', 'Łódź'), ('31-0##', 'Kraków'),
             ('80-8##', 'Gdańsk'), ('81-3##', 'Gdynia'), ('50-0##', 'Wrocław'), ('61-7##', 'Poznań'),
             ('20-0##', 'Lublin'), ('40-0##', 'Katowice')]

SE_STREETS = ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Sveavägen', 'Götgatan',
              'Linnégatan', 'Östra Hamngatan', 'Järnvägsgatan', 'Skolgatan', 'Hornsgatan']
SE_CITIES = [('114 ##', 'Stockholm'), ('118 ##', 'Stockholm'), ('411 ##', 'Göteborg'),
             ('211 ##', 'Malmö'), ('753 ##', 'Uppsala'), ('582 ##', 'Linköping'), ('903 ##', 'Umeå'),
             ('222 ##', 'Lund')]

DK_STREETS = ['Nørrebrogade', 'Vesterbrogade', 'Strøget', 'Østergade', 'Jernbanegade', 'Søndergade',
              'Åboulevarden', 'Frederiksberg Allé', 'Istedgade']
DK_CITIES = [('2200', 'København N'), ('1620', 'København V'), ('2000', 'Frederiksberg'),
             ('8000', 'Aarhus C'), ('5000', 'Odense C'), ('9000', 'Aalborg'), ('2300', 'København S')]
DK_FLOORS = ['3. th.', '2. tv.', 'st. mf.', '4. sal', '1. th.', 'kl.']

NO_STREETS = ['Storgata', 'Karl Johans gate', 'Bogstadveien', 'Thorvald Meyers gate', 'Kongens gate',
              'Torggata', 'Markens gate', 'Trondheimsveien', 'Grønland']
NO_CITIES = [('0184', 'Oslo'), ('0355', 'Oslo'), ('0557', 'Oslo'), ('5003', 'Bergen'),
             ('7011', 'Trondheim'), ('4006', 'Stavanger'), ('9008', 'Tromsø'), ('4611', 'Kristiansand')]

FI_STREETS = ['Mannerheimintie', 'Aleksanterinkatu', 'Hämeenkatu', 'Yliopistonkatu', 'Tehtaankatu',
              'Fredrikinkatu', 'Kauppakatu', 'Hämeentie', 'Itäinen Rantakatu']
FI_CITIES = [('00100', 'Helsinki'), ('00150', 'Helsinki'), ('00530', 'Helsinki'), ('33100', 'Tampere'),
             ('20100', 'Turku'), ('90100', 'Oulu'), ('40100', 'Jyväskylä'), ('02100', 'Espoo')]

JP_AREAS = [('東京都', '渋谷区', '神南', '150-0041', 'Tokyo', 'Shibuya-ku', 'Jinnan'),
            ('東京都', '世田谷区', '三軒茶屋', '154-0024', 'Tokyo', 'Setagaya-ku', 'Sangenjaya'),
            ('東京都', '新宿区', '西新宿', '160-0023', 'Tokyo', 'Shinjuku-ku', 'Nishishinjuku'),
            ('東京都', '江東区', '豊洲', '135-0061', 'Tokyo', 'Koto-ku', 'Toyosu'),
            ('大阪府', '大阪市北区', '梅田', '530-0001', 'Osaka', 'Kita-ku, Osaka-shi', 'Umeda'),
            ('神奈川県', '横浜市中区', '山下町', '231-0023', 'Kanagawa', 'Naka-ku, Yokohama-shi', 'Yamashitacho'),
            ('愛知県', '名古屋市中村区', '名駅', '450-0002', 'Aichi', 'Nakamura-ku, Nagoya-shi', 'Meieki'),
            ('福岡県', '福岡市博多区', '博多駅前', '812-0011', 'Fukuoka', 'Hakata-ku, Fukuoka-shi', 'Hakataekimae'),
            ('北海道', '札幌市中央区', '北一条西', '060-0001', 'Hokkaido', 'Chuo-ku, Sapporo-shi', 'Kita 1-jo Nishi'),
            ('埼玉県', 'さいたま市大宮区', '桜木町', '330-0854', 'Saitama', 'Omiya-ku, Saitama-shi', 'Sakuragicho'),
            ('兵庫県', '神戸市中央区', '三宮町', '650-0021', 'Hyogo', 'Chuo-ku, Kobe-shi', 'Sannomiyacho'),
            ('京都府', '京都市左京区', '田中里ノ前町', '606-8225', 'Kyoto', 'Sakyo-ku, Kyoto-shi', 'Tanaka Satonomaecho')]
JP_BUILDINGS = ['パークハイツ', 'メゾン桜', 'グランドメゾン', 'コーポ山田', 'サンシャインマンション',
                'レジデンス青葉', 'ハイツ松風', 'ライオンズマンション']
JP_BUILDINGS_ROM = ['Park Heights', 'Maison Sakura', 'Grand Maison', 'Corpo Yamada', 'Residence Aoba',
                    'Heights Matsukaze']

IN_LOCALITIES = [('Indiranagar', 'Bengaluru', 'Karnataka', '5600##'),
                 ('Andheri West', 'Mumbai', 'Maharashtra', '4000##'),
                 ('Salt Lake Sector V', 'Kolkata', 'West Bengal', '7000##'),
                 ('Banjara Hills', 'Hyderabad', 'Telangana', '5000##'),
                 ('Anna Nagar', 'Chennai', 'Tamil Nadu', '6000##'),
                 ('Koregaon Park', 'Pune', 'Maharashtra', '4110##'),
                 ('Lajpat Nagar', 'New Delhi', 'Delhi', '1100##'),
                 ('Vastrapur', 'Ahmedabad', 'Gujarat', '3800##'),
                 ('Kakkanad', 'Kochi', 'Kerala', '6820##'),
                 ('Gomti Nagar', 'Lucknow', 'Uttar Pradesh', '2260##'),
                 ('Sector 62', 'Noida', 'Uttar Pradesh', '2013##'),
                 ('Malviya Nagar', 'Jaipur', 'Rajasthan', '3020##')]
IN_BUILDINGS = ['Sai Krupa Apartments', 'Prestige Shantiniketan', 'Shanti Niwas', 'Gokul Dham Society',
                'Lodha Palava', 'Green Glen Layout', 'Sobha Dream Acres', 'Ganga Vihar',
                'Raheja Residency']
IN_ROADS = ['14th Cross', '100 Feet Road', 'MG Road', 'Link Road', '2nd Main', 'Nehru Street',
            '5th Block', 'Station Road', 'Ring Road']
IN_LANDMARKS = ['Near Hanuman Mandir', 'Opp. SBI ATM', 'Behind Reliance Fresh', 'Near Metro Pillar 112',
                'Next to Apollo Pharmacy', 'Opp. Govt School']

AU_STREETS = ['Smith St', 'George St', 'Chapel St', 'Brunswick St', 'King William St', 'Hay St',
              'Oxford St', 'Queen St', 'Beach Rd', 'Glenferrie Rd', 'Sydney Rd', 'Enmore Rd']
AU_SUBURBS = [('Fitzroy', 'VIC', '3065'), ('Surry Hills', 'NSW', '2010'), ('Newtown', 'NSW', '2042'),
              ('Fremantle', 'WA', '6160'), ('Glenelg', 'SA', '5045'), ('Fortitude Valley', 'QLD', '4006'),
              ('Brunswick', 'VIC', '3056'), ('Bondi Beach', 'NSW', '2026'), ('Hobart', 'TAS', '7000'),
              ('Braddon', 'ACT', '2612'), ('Parramatta', 'NSW', '2150'), ('Darwin City', 'NT', '0800')]

NZ_SUBURBS = [('Ponsonby', 'Auckland', '1011'), ('Te Aro', 'Wellington', '6011'),
              ('Riccarton', 'Christchurch', '8011'), ('Mount Maunganui', 'Tauranga', '3116')]
NZ_STREETS = ['Ponsonby Rd', 'Cuba St', 'Riccarton Rd', 'Maunganui Rd', 'Dominion Rd']

BR_STREETS = ['Rua das Flores', 'Av. Paulista', 'Rua Oscar Freire', 'Rua Augusta', 'Av. Atlântica',
              'Rua da Consolação', 'Av. Sete de Setembro', 'Rua XV de Novembro',
              'Rua Barão de Itapetininga', 'Av. Afonso Pena', 'Rua Treze de Maio', 'Travessa São José']
BR_PLACES = [('Centro', 'São Paulo', 'SP', '01001-###'), ('Bela Vista', 'São Paulo', 'SP', '01310-###'),
             ('Copacabana', 'Rio de Janeiro', 'RJ', '22070-###'), ('Savassi', 'Belo Horizonte', 'MG', '30140-###'),
             ('Boa Viagem', 'Recife', 'PE', '51020-###'), ('Batel', 'Curitiba', 'PR', '80420-###'),
             ('Moinhos de Vento', 'Porto Alegre', 'RS', '90570-###'), ('Pituba', 'Salvador', 'BA', '41830-###'),
             ('Meireles', 'Fortaleza', 'CE', '60165-###'), ('Asa Sul', 'Brasília', 'DF', '70390-###')]
BR_COMPL = ['apto 45', 'apto. 1203', 'bloco B, ap. 32', 'casa 2', 'sala 801', 'fundos', 'cj. 14']

MX_STREETS = ['Av. Insurgentes Sur', 'Calle Madero', 'Paseo de la Reforma', 'Calle 5 de Mayo',
              'Av. Juárez', 'Calle Morelos', 'Av. Vallarta', 'Calle Hidalgo', 'Av. Constitución',
              'Calzada de Tlalpan', 'Calle Durango', 'Av. Álvaro Obregón']
MX_PLACES = [('Col. Roma Norte', 'Cuauhtémoc', '06700', 'Ciudad de México', 'CDMX'),
             ('Col. Del Valle', 'Benito Juárez', '03100', 'Ciudad de México', 'CDMX'),
             ('Col. Condesa', 'Cuauhtémoc', '06140', 'Ciudad de México', 'CDMX'),
             ('Col. Americana', 'Guadalajara', '44160', 'Guadalajara', 'Jal.'),
             ('Col. Centro', 'Monterrey', '64000', 'Monterrey', 'N.L.'),
             ('Col. Polanco', 'Miguel Hidalgo', '11560', 'Ciudad de México', 'CDMX'),
             ('Fracc. Las Américas', 'Mérida', '97302', 'Mérida', 'Yuc.'),
             ('Col. Centro', 'Oaxaca de Juárez', '68000', 'Oaxaca', 'Oax.')]

KR_AREAS = [('서울특별시', '강남구', '테헤란로', '06236', 'Teheran-ro', 'Gangnam-gu', 'Seoul'),
            ('서울특별시', '마포구', '월드컵북로', '03925', 'World Cup buk-ro', 'Mapo-gu', 'Seoul'),
            ('서울특별시', '송파구', '올림픽로', '05551', 'Olympic-ro', 'Songpa-gu', 'Seoul'),
            ('부산광역시', '해운대구', '해운대해변로', '48099', 'Haeundaehaebyeon-ro', 'Haeundae-gu', 'Busan'),
            ('경기도 성남시', '분당구', '판교역로', '13529', 'Pangyoyeok-ro', 'Bundang-gu, Seongnam-si', 'Gyeonggi-do'),
            ('인천광역시', '연수구', '컨벤시아대로', '21998', 'Convensia-daero', 'Yeonsu-gu', 'Incheon'),
            ('대구광역시', '수성구', '달구벌대로', '42190', 'Dalgubeol-daero', 'Suseong-gu', 'Daegu')]
KR_APTS = ['래미안아파트', '힐스테이트', '푸르지오', '자이아파트', '현대아파트']

CN_AREAS = [('北京市', '朝阳区', '建国路', '100022'), ('上海市', '浦东新区', '世纪大道', '200120'),
            ('广东省深圳市', '南山区', '科技园南路', '518057'), ('浙江省杭州市', '西湖区', '文三路', '310012'),
            ('四川省成都市', '武侯区', '人民南路四段', '610041'), ('江苏省南京市', '鼓楼区', '中山路', '210008'),
            ('湖北省武汉市', '洪山区', '珞喻路', '430074')]
CN_COMPLEX = ['SOHO现代城', '阳光花园', '万科城市花园', '碧桂园', '金地格林小镇', '华润城']

TW_ADDR = [('台北市', '大安區', '忠孝東路四段', '106', "Sec. 4, Zhongxiao E. Rd.", "Da'an Dist.", 'Taipei City'),
           ('台北市', '信義區', '松仁路', '110', 'Songren Rd.', 'Xinyi Dist.', 'Taipei City'),
           ('新北市', '板橋區', '文化路一段', '220', 'Sec. 1, Wenhua Rd.', 'Banqiao Dist.', 'New Taipei City'),
           ('台中市', '西屯區', '台灣大道三段', '407', 'Sec. 3, Taiwan Blvd.', 'Xitun Dist.', 'Taichung City')]

RU_AREAS = [('Москва', 'ул. Тверская', '1250##', 'Moscow', 'ul. Tverskaya'),
            ('Москва', 'Ленинский пр-т', '1193##', 'Moscow', 'Leninsky pr-t'),
            ('Санкт-Петербург', 'Невский пр.', '1910##', 'Saint Petersburg', 'Nevsky pr.'),
            ('Казань', 'ул. Баумана', '4201##', 'Kazan', 'ul. Baumana'),
            ('Новосибирск', 'Красный пр.', '6300##', 'Novosibirsk', 'Krasny pr.'),
            ('Екатеринбург', 'ул. Малышева', '6200##', 'Yekaterinburg', 'ul. Malysheva'),
            ('Нижний Новгород', 'ул. Большая Покровская', '6030##', 'Nizhny Novgorod', 'ul. Bolshaya Pokrovskaya')]
UA_AREAS = [('Київ', 'вул. Хрещатик', '010##'), ('Львів', 'вул. Городоцька', '790##'),
            ('Одеса', 'вул. Дерибасівська', '650##'), ('Харків', 'пр. Науки', '610##')]

TR_STREETS = ['Atatürk Cad.', 'İstiklal Cad.', 'Bağdat Cad.', 'Cumhuriyet Cad.', 'Gazi Mustafa Kemal Blv.',
              'Şehit Polis Sok.', 'Çiçek Sok.', 'Fevzi Çakmak Cad.']
TR_MAH = ['Moda Mah.', 'Caferağa Mah.', 'Kızılay Mah.', 'Alsancak Mah.', 'Bahçelievler Mah.', 'Fenerbahçe Mah.',
          'Yıldız Mah.', 'Esentepe Mah.']
TR_PLACES = [('Kadıköy', 'İstanbul', '34710'), ('Beşiktaş', 'İstanbul', '34353'), ('Çankaya', 'Ankara', '06690'),
             ('Konak', 'İzmir', '35250'), ('Muratpaşa', 'Antalya', '07100'), ('Nilüfer', 'Bursa', '16110'),
             ('Şişli', 'İstanbul', '34394')]

AE_AREAS = ['Al Barsha 2', 'Dubai Marina', 'Jumeirah Village Circle', 'Al Nahda 1', 'Khalifa City A',
            'Al Reem Island', 'Deira', 'Al Qusais']
AE_TOWERS = ['Marina Heights Tower', 'Princess Tower', 'Al Waleed Building', 'Sky Gardens', 'Bay Central']

SA_PLACES = [('Riyadh', 'Al Olaya', 'King Fahd Rd', '12214'), ('Jeddah', 'Al Rawdah', 'Prince Sultan St', '23435'),
             ('Dammam', 'Al Faisaliyah', 'King Saud St', '32272')]
SA_PLACES_AR = [('الرياض', 'حي العليا', 'طريق الملك فهد'), ('جدة', 'حي الروضة', 'شارع الأمير سلطان'),
                ('الدمام', 'حي الفيصلية', 'شارع الملك سعود')]
EG_PLACES = [('Dokki', 'Giza', '12611', 'شارع التحرير', 'الدقي', 'الجيزة'),
             ('Zamalek', 'Cairo', '11211', 'شارع 26 يوليو', 'الزمالك', 'القاهرة'),
             ('Smouha', 'Alexandria', '21615', 'شارع فوزي معاذ', 'سموحة', 'الإسكندرية')]

VN_STREETS = ['Phố Huế', 'Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Điện Biên Phủ',
              'Nguyễn Thị Minh Khai', 'Lý Thường Kiệt', 'Cách Mạng Tháng Tám']
VN_PLACES = [('Phường Phạm Đình Hổ', 'Quận Hai Bà Trưng', 'Hà Nội'),
             ('Phường Bến Nghé', 'Quận 1', 'TP. Hồ Chí Minh'),
             ('Phường Võ Thị Sáu', 'Quận 3', 'TP.HCM'),
             ('Phường Hải Châu 1', 'Quận Hải Châu', 'Đà Nẵng'),
             ('Phường Dịch Vọng', 'Quận Cầu Giấy', 'Hà Nội')]

ID_STREETS = ['Jl. Sudirman', 'Jl. Gatot Subroto', 'Jl. Diponegoro', 'Jl. Malioboro', 'Jl. Pemuda',
              'Jl. Asia Afrika', 'Jl. Kebon Jeruk Raya', 'Gg. Melati', 'Jl. Raya Kuta']
ID_PLACES = [('Kel. Senayan', 'Kec. Kebayoran Baru', 'Jakarta Selatan', '12190'),
             ('Kel. Menteng', 'Kec. Menteng', 'Jakarta Pusat', '10310'),
             ('Kel. Sosromenduran', 'Kec. Gedongtengen', 'Yogyakarta', '55271'),
             ('Kel. Braga', 'Kec. Sumur Bandung', 'Bandung', '40111'),
             ('Kel. Kuta', 'Kec. Kuta', 'Badung, Bali', '80361'),
             ('Kel. Embong Kaliasin', 'Kec. Genteng', 'Surabaya', '60271')]

KE_PLACES = [('Kilimani', 'Nairobi', '00100'), ('Westlands', 'Nairobi', '00800'),
             ('Nyali', 'Mombasa', '80100'), ('Milimani', 'Kisumu', '40100'), ('Kileleshwa', 'Nairobi', '00606')]
KE_ROADS = ['Argwings Kodhek Rd', 'Waiyaki Way', 'Ngong Road', 'Links Road', 'Oginga Odinga St',
            'Kindaruma Rd']
TZ_PLACES = [('Kariakoo', 'Dar es Salaam'), ('Masaki', 'Dar es Salaam'), ('Sakina', 'Arusha'),
             ('Stone Town', 'Zanzibar'), ('Mwanjelwa', 'Mbeya')]

ZA_PLACES = [('Cape Town City Centre', 'Cape Town', '8001', 'Long Street'),
             ('Umhlanga', 'Durban', '4319', 'Lighthouse Rd'), ('Sandton', 'Johannesburg', '2196', 'Rivonia Rd'),
             ('Hatfield', 'Pretoria', '0083', 'Burnett St')]
NG_ADDR = ['Plot 12, Admiralty Way, Lekki Phase 1, Lagos', 'No. 5 Aminu Kano Crescent, Wuse II, Abuja',
           '14 Awolowo Road, Ikoyi, Lagos', '27B Ogui Road, Enugu', 'Flat 3, Block C, 1004 Estate, Victoria Island, Lagos']
SG_STREETS = ['Ang Mo Kio Ave 3', 'Tampines St 21', 'Jurong West St 52', 'Bedok North Rd', 'Toa Payoh Lor 1',
              'Yishun Ring Rd']
PH_ADDR = ['Unit 218 Tower 3, Grass Residences, Nueva Ecija St, Quezon City, 1105 Metro Manila',
           'Blk 7 Lot 22, Phase 2, Camella Homes, Bacoor, Cavite 4102',
           '45 Sampaguita St, Brgy. San Antonio, Pasig City 1600',
           'Rm 1203, Avida Towers, Lahug, Cebu City 6000']
AR_ADDR = ['Av. Corrientes {n}, Piso {f} Dto. B, C1043AAZ CABA', 'Av. Santa Fe {n} {f}° B, Buenos Aires',
           'Bv. Oroño {n}, S2000 Rosario, Santa Fe', 'Calle 7 N° {n}, La Plata, Buenos Aires']
CO_ADDR = ['Calle 93 # 11-{n2}, Apto {f}02, Bogotá', 'Carrera 43A # 1-{n2}, Medellín',
           'Av. 6N # 23-{n2}, Cali', 'Calle 85 # 15-{n2}, Oficina {f}01, Bogotá D.C.']
CL_ADDR = ['Av. Providencia {n}, Depto. {f}6, Providencia, Santiago', 'Av. Apoquindo {n}, Las Condes, Santiago',
           'Calle Prat {n}, Valparaíso']
IL_ADDR = ['Rothschild Blvd {n2}, Apt {f}, Tel Aviv-Yafo', 'Herzl St {n2}, Haifa',
           'רחוב הרצל {n2}, דירה {f}, תל אביב']
GR_ADDR = ['Ερμού {n2}, 105 63 Αθήνα', 'Ermou {n2}, 105 63 Athens', 'Τσιμισκή {n2}, 546 23 Θεσσαλονίκη']
CZ_ADDR = ['Vinohradská {n2}, 120 00 Praha 2', 'Masarykova {n2}, 602 00 Brno', 'Na Příkopě {n2}, 110 00 Praha 1']
HU_ADDR = ['Budapest, Andrássy út {n2}. {f}. em. 3., 1061', 'Szeged, Kárász utca {n2}., 6720']

# ------------------------------------------------------------------ months

MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
           'octubre', 'noviembre', 'diciembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro',
           'outubro', 'novembro', 'dezembro'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
           'octobre', 'novembre', 'décembre'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
           'Oktober', 'November', 'Dezember'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
           'settembre', 'ottobre', 'novembre', 'dicembre'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
           'oktober', 'november', 'december'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
           'września', 'października', 'listopada', 'grudnia'],
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
           'oktober', 'november', 'december'],
    'da': ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september',
           'oktober', 'november', 'december'],
    'no': ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september',
           'oktober', 'november', 'desember'],
    'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta',
           'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim',
           'Kasım', 'Aralık'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября',
           'октября', 'ноября', 'декабря'],
    'uk': ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня',
           'жовтня', 'листопада', 'грудня'],
    'id': ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
           'Oktober', 'November', 'Desember'],
    'sw': ['Januari', 'Februari', 'Machi', 'Aprili', 'Mei', 'Juni', 'Julai', 'Agosti', 'Septemba',
           'Oktoba', 'Novemba', 'Desemba'],
    'hi': ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर',
           'नवंबर', 'दिसंबर'],
    'ar': ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر',
           'نوفمبر', 'ديسمبر'],
    'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου',
           'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'cs': ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září',
           'října', 'listopadu', 'prosince'],
}
MONTHS_SHORT = {
    'en': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    'de': ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    'fr': ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    'es': ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
    'pt': ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    'it': ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    'nl': ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
}
ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
                 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
                 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second',
                 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh',
                 'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first']
NUM_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
             'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
             'nineteen']
TENS_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

# ------------------------------------------------------------------ health
# per language: cond, mental, med, lab, preg (templates with {w} weeks or {m} months), proc

HEALTH = {
    'en': {
        'cond': ['type 2 diabetes', 'asthma', 'hypertension', 'high blood pressure', 'COPD', 'epilepsy',
                 'rheumatoid arthritis', "Crohn's disease", 'coeliac disease', 'migraine with aura',
                 'hypothyroidism', 'chronic kidney disease stage 3', 'atrial fibrillation', 'HIV',
                 'hepatitis C', 'multiple sclerosis', 'psoriasis', 'endometriosis', 'PCOS',
                 'obstructive sleep apnea', 'gout', 'long COVID', 'stage II breast cancer',
                 'a torn ACL', 'severe peanut allergy', 'penicillin allergy', 'type 1 diabetes', 'GERD',
                 'lupus', 'sickle cell disease', 'fibromyalgia', 'a herniated disc at L4-L5',
                 'shingles', 'plantar fasciitis', 'ulcerative colitis', 'Hashimoto\'s'],
        'mental': ['major depressive disorder', 'generalized anxiety disorder', 'bipolar II disorder',
                   'PTSD', 'panic attacks', 'OCD', 'ADHD', 'postpartum depression', 'chronic insomnia',
                   'an eating disorder', 'in recovery from alcohol use disorder', 'social anxiety',
                   'burnout', 'depression'],
        'med': ['metformin 500 mg twice daily', 'lisinopril 10 mg', 'atorvastatin 20mg', 'sertraline 50 mg',
                'levothyroxine 75 mcg', 'albuterol inhaler 90 mcg', 'insulin glargine 20 units at night',
                'amlodipine 5 mg', 'omeprazole 20 mg', 'escitalopram 10mg', 'methylphenidate ER 18 mg',
                'adalimumab 40 mg every other week', 'warfarin 5 mg', 'apixaban 5 mg BID',
                'prednisone 40 mg', 'lithium 400 mg', 'quetiapine 25 mg at bedtime',
                'buprenorphine/naloxone 8/2 mg', 'Ozempic 0.5 mg weekly', 'sumatriptan 50mg',
                'EpiPen 0.3 mg', 'gabapentin 300 mg TID', 'Adderall XR 20 mg', 'Zoloft 100mg',
                'Lexapro 10 mg', 'Synthroid 88 mcg', 'Eliquis 5mg', 'Humira 40mg',
                'Truvada (PrEP) daily', 'Wegovy 1.7 mg'],
        'lab': ['HbA1c 8.2%', 'A1C of 7.4', 'LDL 162 mg/dL', 'eGFR 48', 'TSH 6.8 mIU/L',
                'blood pressure 152/96', 'BP 148/92', 'positive for COVID-19', 'HIV viral load undetectable',
                'ferritin 9 ng/mL', 'PSA 6.3 ng/mL', 'hemoglobin 9.8 g/dL', 'fasting glucose 141 mg/dL',
                'INR 3.4', 'positive strep test', 'vitamin D 14 ng/mL', 'cholesterol 260'],
        'preg': ['{w} weeks pregnant', 'pregnant with twins', 'in my second trimester',
                 'expecting, {w} weeks along', '{w} wks pregnant'],
        'proc': ['knee replacement', 'an appendectomy', 'gastric bypass', 'a C-section', 'chemotherapy',
                 'dialysis three times a week', 'IVF', 'a colonoscopy', 'hip replacement surgery',
                 'cataract surgery', 'a vasectomy', 'rotator cuff repair', 'a double mastectomy',
                 'spinal fusion', 'radiation therapy', 'a tonsillectomy'],
    },
    'en_IN': {
        'cond': ['sugar (type 2 diabetes)', 'BP problem', 'thyroid', 'dengue', 'typhoid', 'jaundice',
                 'asthma', 'kidney stones', 'TB'],
        'mental': ['depression', 'anxiety'],
        'med': ['Glycomet 500 twice daily', 'Thyronorm 50 mcg', 'Telma 40', 'Dolo 650', 'Pan 40',
                'Ecosprin 75', 'insulin 18 units'],
        'lab': ['HbA1c 8.4%', 'sugar fasting 160', 'BP 150/90', 'platelets 80,000'],
        'preg': ['{m} months pregnant', '{w} weeks pregnant'],
        'proc': ['angioplasty', 'dialysis', 'C-section', 'bypass surgery'],
    },
    'es': {
        'cond': ['diabetes tipo 2', 'asma', 'hipertensión arterial', 'epilepsia', 'hipotiroidismo',
                 'artritis reumatoide', 'enfermedad celíaca', 'migraña crónica',
                 'insuficiencia renal crónica', 'VIH', 'fibromialgia', 'EPOC', 'alergia a la penicilina',
                 'lupus', 'colesterol alto'],
        'mental': ['depresión mayor', 'trastorno de ansiedad generalizada', 'trastorno bipolar', 'TDAH',
                   'ataques de pánico', 'depresión posparto'],
        'med': ['metformina 850 mg', 'enalapril 10 mg', 'sertralina 50 mg', 'levotiroxina 100 mcg',
                'omeprazol 20 mg', 'insulina glargina 18 UI', 'salbutamol 100 mcg',
                'paracetamol 1 g cada 8 horas', 'losartán 50 mg', 'Sintrom 4 mg'],
        'lab': ['HbA1c 7,9 %', 'glucosa en ayunas 132 mg/dL', 'colesterol LDL 168 mg/dL',
                'TSH 5,8 mUI/L', 'tensión 150/95'],
        'preg': ['embarazada de {w} semanas', 'en el segundo trimestre de embarazo',
                 'embarazada de {m} meses'],
        'proc': ['cesárea', 'apendicectomía', 'prótesis de rodilla', 'quimioterapia', 'diálisis',
                 'cirugía de cataratas'],
    },
    'pt': {
        'cond': ['diabetes tipo 2', 'asma', 'hipertensão', 'epilepsia', 'hipotireoidismo', 'lúpus',
                 'doença celíaca', 'enxaqueca crônica', 'insuficiência renal crônica', 'HIV positivo',
                 'fibromialgia', 'anemia falciforme', 'pressão alta'],
        'mental': ['depressão', 'transtorno de ansiedade', 'transtorno bipolar', 'TDAH',
                   'síndrome do pânico', 'burnout'],
        'med': ['metformina 850 mg', 'losartana 50 mg', 'sertralina 50 mg', 'levotiroxina 75 mcg',
                'omeprazol 20 mg', 'insulina NPH 20 UI', 'fluoxetina 20 mg', 'clonazepam 2 mg',
                'Rivotril 0,5 mg'],
        'lab': ['glicemia de jejum 126 mg/dL', 'HbA1c 8,1%', 'colesterol total 260 mg/dL',
                'pressão 16 por 10'],
        'preg': ['grávida de {w} semanas', 'gestante de {w} semanas', 'grávida de {m} meses'],
        'proc': ['cesárea', 'cirurgia bariátrica', 'quimioterapia', 'hemodiálise', 'cateterismo'],
    },
    'fr': {
        'cond': ['diabète de type 2', 'asthme', 'hypertension artérielle', 'épilepsie', 'hypothyroïdie',
                 'maladie de Crohn', 'polyarthrite rhumatoïde', 'maladie cœliaque', 'sclérose en plaques',
                 'insuffisance cardiaque', 'apnée du sommeil', 'allergie aux arachides', 'endométriose'],
        'mental': ['dépression', 'trouble anxieux généralisé', 'trouble bipolaire', 'burn-out', 'TDAH',
                   'stress post-traumatique'],
        'med': ['metformine 1000 mg', 'ramipril 5 mg', 'Doliprane 1000 mg', 'Levothyrox 50 µg',
                'sertraline 50 mg', 'Ventoline 100 µg', 'insuline Lantus 22 UI', 'Kardégic 75 mg',
                'Xanax 0,25 mg'],
        'lab': ['HbA1c à 8,4 %', 'glycémie à jeun 1,32 g/L', 'TSH 6,2 mUI/L', 'tension 15/9'],
        'preg': ['enceinte de {w} semaines', 'enceinte de {m} mois'],
        'proc': ['césarienne', 'prothèse de hanche', 'chimiothérapie', 'dialyse', 'ablation de la vésicule'],
    },
    'de': {
        'cond': ['Diabetes Typ 2', 'Asthma bronchiale', 'Bluthochdruck', 'Epilepsie',
                 'Schilddrüsenunterfunktion', 'Morbus Crohn', 'rheumatoide Arthritis', 'Zöliakie',
                 'Multiple Sklerose', 'Herzinsuffizienz', 'Vorhofflimmern', 'Heuschnupfen',
                 'Penicillinallergie', 'Hashimoto-Thyreoiditis', 'Neurodermitis'],
        'mental': ['Depression', 'Angststörung', 'bipolare Störung', 'Burnout', 'ADHS',
                   'posttraumatische Belastungsstörung'],
        'med': ['Metformin 1000 mg', 'Ramipril 5 mg', 'Ibuprofen 600', 'L-Thyroxin 75 µg',
                'Sertralin 50 mg', 'Salbutamol-Spray', 'Insulin Lantus 20 IE', 'Marcumar',
                'Pantoprazol 40 mg', 'Bisoprolol 2,5 mg', 'Citalopram 20 mg'],
        'lab': ['HbA1c 8,1 %', 'Blutdruck 160/100', 'TSH 5,9 mU/l', 'LDL 190 mg/dl'],
        'preg': ['in der {w}. SSW', 'schwanger in der {w}. Woche', 'im {m}. Monat schwanger'],
        'proc': ['Kaiserschnitt', 'Knie-TEP', 'Chemotherapie', 'Dialyse', 'Bandscheiben-OP'],
    },
    'it': {
        'cond': ['diabete di tipo 2', 'asma', 'ipertensione', 'epilessia', 'ipotiroidismo', 'celiachia',
                 'artrite reumatoide', 'morbo di Crohn', 'sclerosi multipla', 'fibrillazione atriale',
                 'allergia alla penicillina', 'talassemia'],
        'mental': ['depressione', "disturbo d'ansia", 'disturbo bipolare', 'attacchi di panico'],
        'med': ['metformina 500 mg', 'ramipril 5 mg', 'Eutirox 50 mcg', 'sertralina 50 mg',
                'Tachipirina 1000 mg', 'Ventolin 100 mcg', 'Cardioaspirina 100 mg', 'Coumadin 5 mg'],
        'lab': ['emoglobina glicata 8,3%', 'glicemia a digiuno 140 mg/dl', 'pressione 150/95'],
        'preg': ['incinta di {w} settimane', 'al {m}° mese di gravidanza'],
        'proc': ['taglio cesareo', "protesi d'anca", 'chemioterapia', 'dialisi'],
    },
    'nl': {
        'cond': ['diabetes type 2', 'astma', 'hoge bloeddruk', 'epilepsie', 'hypothyreoïdie', 'coeliakie',
                 'reuma', 'de ziekte van Crohn', 'COPD', 'hartfalen'],
        'mental': ['depressie', 'angststoornis', 'burn-out', 'ADHD', 'bipolaire stoornis'],
        'med': ['metformine 500 mg', 'lisinopril 10 mg', 'sertraline 50 mg', 'levothyroxine 100 mcg',
                'omeprazol 20 mg', 'salbutamol 100 mcg'],
        'lab': ['HbA1c 64 mmol/mol', 'bloeddruk 155/95', 'nuchtere glucose 8,1 mmol/l'],
        'preg': ['{w} weken zwanger'],
        'proc': ['keizersnede', 'knieoperatie', 'chemotherapie', 'dialyse'],
    },
    'pl': {
        'cond': ['cukrzyca typu 2', 'astma', 'nadciśnienie tętnicze', 'padaczka', 'niedoczynność tarczycy',
                 'choroba Hashimoto', 'celiakia', 'reumatoidalne zapalenie stawów', 'POChP'],
        'mental': ['depresja', 'zaburzenia lękowe', 'choroba afektywna dwubiegunowa', 'ADHD'],
        'med': ['metformina 850 mg', 'Euthyrox 75 µg', 'sertralina 50 mg', 'ramipril 5 mg',
                'insulina 16 j.', 'Ventolin'],
        'lab': ['HbA1c 7,8%', 'glukoza na czczo 128 mg/dl', 'ciśnienie 160/100'],
        'preg': ['w {w}. tygodniu ciąży'],
        'proc': ['cesarskie cięcie', 'endoproteza stawu biodrowego', 'chemioterapia', 'dializy'],
    },
    'sv': {
        'cond': ['typ 2-diabetes', 'astma', 'högt blodtryck', 'epilepsi', 'hypotyreos', 'celiaki',
                 'reumatoid artrit', 'KOL'],
        'mental': ['depression', 'ångestsyndrom', 'utmattningssyndrom', 'ADHD', 'bipolär sjukdom'],
        'med': ['Metformin 500 mg', 'Levaxin 100 mikrogram', 'Sertralin 50 mg', 'Enalapril 10 mg',
                'Alvedon 500 mg'],
        'lab': ['HbA1c 58 mmol/mol', 'blodtryck 150/95'],
        'preg': ['gravid i vecka {w}'],
        'proc': ['kejsarsnitt', 'knäoperation', 'cellgiftsbehandling', 'dialys'],
    },
    'tr': {
        'cond': ['tip 2 diyabet', 'astım', 'yüksek tansiyon', 'epilepsi', 'hipotiroidi', 'Haşimoto',
                 'çölyak hastalığı', 'romatoid artrit', 'KOAH', 'kalp yetmezliği'],
        'mental': ['depresyon', 'anksiyete bozukluğu', 'bipolar bozukluk', 'panik atak', 'DEHB'],
        'med': ['Glucophage 1000 mg', 'Euthyrox 50 mcg', 'Lustral 50 mg', 'Coraspin 100 mg',
                'insülin 20 ünite', 'Ventolin'],
        'lab': ['HbA1c %8,2', 'açlık kan şekeri 140', 'tansiyon 16/10'],
        'preg': ['{w} haftalık hamile'],
        'proc': ['sezaryen', 'bypass ameliyatı', 'kemoterapi', 'diyaliz'],
    },
    'ru': {
        'cond': ['сахарный диабет 2 типа', 'бронхиальная астма', 'гипертония', 'эпилепсия', 'гипотиреоз',
                 'ревматоидный артрит', 'целиакия', 'хронический гастрит', 'ишемическая болезнь сердца',
                 'ВИЧ'],
        'mental': ['депрессия', 'тревожное расстройство', 'биполярное расстройство', 'панические атаки',
                   'СДВГ'],
        'med': ['метформин 850 мг', 'эутирокс 50 мкг', 'сертралин 50 мг', 'эналаприл 10 мг',
                'инсулин 18 ЕД', 'кардиомагнил 75 мг'],
        'lab': ['гликированный гемоглобин 8,1%', 'глюкоза натощак 7,4 ммоль/л', 'давление 160/100'],
        'preg': ['беременна, {w} недель', '{w} недель беременности'],
        'proc': ['кесарево сечение', 'химиотерапия', 'гемодиализ', 'шунтирование'],
    },
    'uk': {
        'cond': ['цукровий діабет 2 типу', 'бронхіальна астма', 'гіпертонія', 'епілепсія'],
        'mental': ['депресія', 'тривожний розлад'],
        'med': ['метформін 850 мг', 'еутирокс 50 мкг'],
        'lab': ['тиск 160/100'],
        'preg': ['вагітна, {w} тижнів'],
        'proc': ['кесарів розтин'],
    },
    'ar': {
        'cond': ['السكري من النوع الثاني', 'الربو', 'ارتفاع ضغط الدم', 'الصرع', 'قصور الغدة الدرقية',
                 'فقر الدم المنجلي', 'التهاب المفاصل الروماتويدي', 'الفشل الكلوي المزمن'],
        'mental': ['الاكتئاب', 'اضطراب القلق', 'اضطراب ثنائي القطب'],
        'med': ['ميتفورمين 500 ملغ', 'أملوديبين 5 ملغ', 'إنسولين 20 وحدة', 'سيرترالين 50 ملغ',
                'بانادول 500 ملغ'],
        'lab': ['السكر التراكمي 8.5%', 'ضغط الدم 150/95'],
        'preg': ['حامل في الأسبوع {w}', 'حامل في الشهر {m}'],
        'proc': ['عملية قيصرية', 'غسيل الكلى', 'العلاج الكيميائي'],
    },
    'hi': {
        'cond': ['मधुमेह (टाइप 2)', 'दमा', 'उच्च रक्तचाप', 'मिर्गी', 'थायरॉइड', 'टीबी', 'गठिया',
                 'किडनी की बीमारी'],
        'mental': ['डिप्रेशन', 'एंग्ज़ायटी', 'बाइपोलर डिसऑर्डर'],
        'med': ['मेटफॉर्मिन 500 mg', 'थायरोनॉर्म 50 mcg', 'एम्लोडिपिन 5 mg', 'इंसुलिन 20 यूनिट'],
        'lab': ['HbA1c 8.4%', 'शुगर 180 mg/dL', 'बीपी 150/100'],
        'preg': ['{w} हफ्ते की गर्भवती', '{m} महीने की गर्भवती'],
        'proc': ['सिजेरियन', 'डायलिसिस', 'कीमोथेरेपी'],
    },
    'ja': {
        'cond': ['2型糖尿病', '喘息', '高血圧', 'てんかん', '甲状腺機能低下症', '関節リウマチ', '潰瘍性大腸炎',
                 '花粉症', '慢性腎臓病', 'アトピー性皮膚炎'],
        'mental': ['うつ病', '不安障害', '双極性障害', '適応障害', 'パニック障害'],
        'med': ['メトホルミン500mg', 'アムロジピン5mg', 'ロキソニン60mg', 'チラーヂン50μg',
                'インスリン 20単位', 'ジェイゾロフト25mg'],
        'lab': ['HbA1c 7.8%', '血圧 158/98', '空腹時血糖 142mg/dL'],
        'preg': ['妊娠{w}週', '妊娠{m}か月'],
        'proc': ['帝王切開', '人工透析', '抗がん剤治療'],
    },
    'zh': {
        'cond': ['2型糖尿病', '哮喘', '高血压', '癫痫', '甲状腺功能减退', '乙肝', '类风湿关节炎', '慢性肾病',
                 '冠心病'],
        'mental': ['抑郁症', '焦虑症', '双相情感障碍', '失眠症'],
        'med': ['二甲双胍 500mg', '氨氯地平 5mg', '优甲乐 50μg', '胰岛素 20单位', '舍曲林 50mg',
                '阿司匹林肠溶片 100mg'],
        'lab': ['糖化血红蛋白 8.2%', '血压 160/100', '空腹血糖 7.8 mmol/L'],
        'preg': ['怀孕{w}周', '孕{w}周'],
        'proc': ['剖腹产', '透析', '化疗', '心脏支架手术'],
    },
    'ko': {
        'cond': ['제2형 당뇨병', '천식', '고혈압', '뇌전증', '갑상선기능저하증', '류마티스 관절염',
                 '아토피 피부염', '만성 신장병'],
        'mental': ['우울증', '불안장애', '공황장애', '조울증', 'ADHD'],
        'med': ['메트포르민 500mg', '암로디핀 5mg', '씬지로이드 50mcg', '인슐린 20단위',
                '에스시탈로프람 10mg'],
        'lab': ['당화혈색소 7.9%', '혈압 150/95', '공복혈당 135'],
        'preg': ['임신 {w}주'],
        'proc': ['제왕절개', '투석', '항암 치료'],
    },
    'vi': {
        'cond': ['tiểu đường type 2', 'hen suyễn', 'cao huyết áp', 'động kinh', 'suy giáp', 'viêm gan B',
                 'viêm khớp dạng thấp', 'suy thận mạn'],
        'mental': ['trầm cảm', 'rối loạn lo âu', 'mất ngủ kéo dài'],
        'med': ['metformin 500mg', 'amlodipin 5mg', 'insulin 20 đơn vị', 'levothyroxin 50mcg'],
        'lab': ['HbA1c 8,0%', 'huyết áp 160/100', 'đường huyết lúc đói 7,5 mmol/L'],
        'preg': ['mang thai {w} tuần', 'có bầu {m} tháng'],
        'proc': ['mổ lấy thai', 'chạy thận', 'hóa trị'],
    },
    'id': {
        'cond': ['diabetes tipe 2', 'asma', 'hipertensi', 'darah tinggi', 'epilepsi', 'TBC', 'maag kronis',
                 'asam urat', 'gagal ginjal kronis'],
        'mental': ['depresi', 'gangguan kecemasan', 'bipolar'],
        'med': ['metformin 500 mg', 'amlodipin 10 mg', 'insulin 20 unit', 'captopril 25 mg'],
        'lab': ['gula darah puasa 160 mg/dL', 'HbA1c 8,5%', 'tensi 160/100'],
        'preg': ['hamil {w} minggu', 'hamil {m} bulan'],
        'proc': ['operasi caesar', 'cuci darah', 'kemoterapi'],
    },
    'sw': {
        'cond': ['kisukari', 'pumu', 'shinikizo la damu', 'kifafa', 'malaria', 'kifua kikuu', 'VVU',
                 'selimundu', 'vidonda vya tumbo'],
        'mental': ['msongo wa mawazo', 'sonona'],
        'med': ['metformin 500 mg', 'dawa za ARV', 'amlodipine 5 mg', 'insulini vipimo 20'],
        'lab': ['sukari 11 mmol/L', 'shinikizo 160/100'],
        'preg': ['mjamzito wa wiki {w}', 'mimba ya miezi {m}'],
        'proc': ['upasuaji wa kujifungua', 'kusafishwa damu (dialysis)'],
    },
}

# ------------------------------------------------------------------ passwords

PW_WORDS = ['sunshine', 'dragon', 'monkey', 'football', 'princess', 'shadow', 'freedom', 'tigger',
            'summer', 'winter', 'autumn', 'coffee', 'pepper', 'ginger', 'lakers', 'arsenal', 'chelsea',
            'liverpool', 'barcelona', 'yankees', 'cowboys', 'bulldog', 'rainbow', 'starwars', 'pokemon',
            'mustang', 'harley', 'diamond', 'butterfly', 'cookie', 'buster', 'bella', 'luna', 'rocky',
            'snoopy', 'iloveyou', 'trustno1', 'letmein', 'welcome', 'baseball', 'hunter', 'maggie',
            'nala', 'simba', 'milo', 'oscar', 'kitty', 'honey', 'angel', 'lucky', 'blessed', 'jesus',
            'family', 'bigdog', 'purple', 'orange', 'soccer', 'hockey', 'gators', 'steelers', 'tacos',
            'pizza', 'ninja', 'zelda', 'mario', 'bubbles', 'peanut', 'cheese', 'pumpkin', 'midnight']
PW_WORDS_L = {
    'es': ['corazon', 'amorcito', 'mariposa', 'estrella', 'tequila', 'futbol', 'princesa', 'chiquito',
           'realmadrid', 'boca', 'america'],
    'pt': ['saudade', 'flamengo', 'corinthians', 'amor', 'felicidade', 'mengao', 'brasil', 'palmeiras',
           'gremio', 'benfica', 'sporting'],
    'de': ['schatz', 'hallo', 'sonnenschein', 'fussball', 'mausi', 'bayern', 'schalke', 'passwort',
           'hase', 'blume'],
    'fr': ['soleil', 'doudou', 'chouchou', 'loulou', 'marseille', 'jetaime', 'bonjour', 'nounours',
           'psg'],
    'it': ['amore', 'juventus', 'forzanapoli', 'tesoro', 'ciao', 'forzaroma', 'milan', 'inter'],
    'nl': ['zonnebloem', 'ajax', 'welkom', 'schatje', 'feyenoord', 'lieverd'],
    'pl': ['kochanie', 'haslo', 'legia', 'polska', 'misiek', 'kotek'],
    'tr': ['sevgilim', 'galatasaray', 'fenerbahce', 'besiktas', 'askim', 'trabzon'],
    'ru': ['solnyshko', 'zaichik', 'spartak', 'privet', 'lyubov', 'natasha'],
    'ja': ['sakura', 'hikari', 'doraemon', 'pikachu', 'tomodachi', 'kuma'],
    'zh': ['woaini', 'wangyi', 'aini1314', 'qq', 'xiaobao'],
    'ko': ['saranghae', 'sarang', 'gomdori', 'dubu', 'haengbok'],
    'id': ['sayang', 'rahasia', 'indonesia', 'persija', 'cinta'],
    'vi': ['anhyeuem', 'matkhau', 'yeuem', 'hanoi'],
    'sw': ['simba', 'rafiki', 'nairobi', 'mpenzi', 'gormahia'],
    'sv': ['sommar', 'hejhej', 'aik', 'solros', 'kanelbulle'],
    'ar': ['habibi', 'm7md', 'ahlawy', 'zamalek'],
    'hi': ['bharat', 'jaihind', 'krishna', 'pyaar', 'cricket'],
}
PASSPHRASE_WORDS = ['correct', 'horse', 'battery', 'staple', 'purple', 'tiger', 'canoe', 'velvet',
                    'river', 'copper', 'lantern', 'maple', 'orbit', 'pickle', 'thunder', 'quiet',
                    'garden', 'marble', 'falcon', 'biscuit', 'harbor', 'violet', 'cactus', 'meadow',
                    'rocket', 'saffron', 'glacier', 'walnut', 'pepper', 'crystal', 'dolphin', 'ember',
                    'nimbus', 'pebble', 'tundra', 'zephyr', 'kettle', 'mango', 'anchor', 'willow']
KEYBOARD_PW = ['1qaz2wsx', 'qwerty123', 'zaq1@WSX', 'Qwerty!23', 'asdfgh12', '1q2w3e4r', 'qazwsx!1',
               'Zaq12wsx', '123qweASD', 'q1w2e3r4t5', '1QAZ2wsx3edc']

# ------------------------------------------------------------------ decoys

OPS_TERMS = ['kill -9', 'health check', '/healthz', '/readyz', 'liveness probe', 'readiness probe',
             'memory leak', 'virus scan', 'the build is sick', 'patient-zero service',
             'password reset link', 'PIN pad', 'heartbeat', 'cold start', 'OOMKilled', 'zombie process',
             'CrashLoopBackOff', 'circuit breaker', 'dead letter queue', 'orphaned process',
             'the canary died', 'triage', 'quarantine', 'post-mortem', 'split-brain', 'thread starvation',
             'sanity check', 'smoke test', 'SIGKILL', 'segfault', 'stack overflow', 'password rotation',
             'forgot-password email', 'health endpoint', 'bleeding connections', 'life support mode',
             'critical condition', 'symptom', 'diagnosis', 'cache poisoning', 'stale replica',
             'DNS fever', 'chaos monkey', 'graceful shutdown', 'pod eviction', 'self-healing',
             'password_hash', 'reset-password token', 'blood-red dashboard', 'vital signs panel',
             'outpatient queue', 'load shedding', 'kernel panic', 'brown-out', 'hot standby']

FILE_PATHS = ['/var/log/nginx/access.log', r'C:\Users\Public\Documents\Q3_report.xlsx', '~/.ssh/config',
              '/etc/ssl/certs/ca-bundle.crt', 'src/handlers/patient_intake.py',
              './migrations/0042_add_dob_column.sql', 's3://acme-exports/2024/03/claims.csv',
              '/opt/app/config/settings.yaml', r'D:\Scans\scan_0042.pdf', '/srv/app/.env.example',
              'app/models/user.rb', 'gs://ml-datasets/eval/prompts-v3.jsonl', '/tmp/upload_8f3a2c.pdf',
              '/usr/local/lib/python3.12/site-packages/requests/adapters.py', 'lib/pii/mask.ts',
              'internal/auth/password.go', '/var/lib/postgresql/16/main/pg_hba.conf',
              'docs/runbooks/health-checks.md', r'\\fileserver01\hr\templates\offer_letter.docx',
              '/mnt/data/exports/customers_2024-03.csv', 'charts/api/templates/secret.yaml',
              '~/Downloads/invoice_2291.pdf', '/home/ubuntu/agent/tools/crm_lookup.py',
              'packages/web/src/components/CheckoutForm.tsx', '/proc/self/status']

PROPER_NOUNS = ['Morgan Stanley', 'Johnson & Johnson', 'Ernst & Young', 'Wells Fargo', 'Charles Schwab',
                'Dr. Martens', 'Tommy Hilfiger', 'Ralph Lauren', 'Hugo Boss', 'Marks & Spencer',
                "Sainsbury's", 'John Lewis', "Ben & Jerry's", "Jack Daniel's", "Wendy's", "McDonald's",
                'Jimmy Choo', 'Calvin Klein', 'Mercedes-Benz', 'Tim Hortons', 'Paul Smith', 'Ted Baker',
                'Christian Dior', 'Louis Vuitton', 'Yves Saint Laurent', 'Estée Lauder', 'Procter & Gamble',
                'Goldman Sachs', 'Baker McKenzie', 'Clifford Chance', 'Dr. Oetker', 'El Corte Inglés',
                'Massimo Dutti', 'Carolina Herrera', 'Casas Bahia', 'Magazine Luiza', 'Mary Kay',
                'Betty Crocker', "Uncle Ben's", 'Sherwin-Williams', 'Johnnie Walker', 'Captain Morgan',
                'Ruby on Rails', 'Julia', 'Jenkins', 'Ada', 'Alexa', 'Siri', 'Cortana', 'Watson', 'Jasmine',
                'Santa Clara', 'San Jose', 'St. Louis', 'Charlotte NC', 'Victoria Station',
                'Florence', 'Adelaide', 'Alexandria', 'Jackson Hole', 'Madison Square Garden',
                'Abbey Road', 'Sesame Street', 'Coronation Street', 'Wall Street Journal', 'Penny Lane',
                'Park Avenue', 'Baker Street', 'Melrose Place', 'Rodeo Drive', 'Carnaby Street',
                'Champs-Élysées', 'Via Veneto', 'Elm Street', 'Tesla Model 3', 'Ford Focus',
                'Alfa Romeo Giulia', 'Renault Clio', 'Peugeot 208', 'Opel Corsa', 'Toyota Corolla',
                'Hyundai Ioniq', 'Kia Sorento', 'Honda Jazz', 'Matsumoto Kiyoshi', 'Suzuki Swift',
                'Tata Nexon', 'Mahindra Thar', 'Godrej Interio', 'Ferrero Rocher', 'Grace Hopper Hall', 'Ada Lovelace room',
                'Marie Curie ward', 'Florence Nightingale Hospital', 'Nelson Mandela Bay',
                "Victoria's Secret", 'Dolce & Gabbana', 'Salvatore Ferragamo', 'Giorgio Armani',
                'Kate Spade', 'Michael Kors', 'Tory Burch', 'Stella McCartney', 'Vivienne Westwood',
                'Hermès', 'Lacoste', 'Chanel', 'Guerlain', 'Bosch', 'Siemens', 'Porsche', 'Ferrari']

PRODUCT_NOUNS = ['Tommy Hilfiger', 'Ralph Lauren', 'Calvin Klein', 'Hugo Boss', 'Dr. Martens',
                 'Jimmy Choo', 'Michael Kors', 'Kate Spade', 'Tory Burch', 'Giorgio Armani',
                 'Ted Baker', 'Paul Smith', 'Stella McCartney', 'Johnnie Walker', "Jack Daniel's",
                 "Ben & Jerry's", 'Ferrero Rocher', 'Mary Kay', 'Estée Lauder', 'Carolina Herrera',
                 'Massimo Dutti', 'Dolce & Gabbana', 'Salvatore Ferragamo', 'Vivienne Westwood']

HIST_EVENTS = [('the fall of the Berlin Wall', (1989, 11, 9)), ('the moon landing', (1969, 7, 20)),
               ('the storming of the Bastille', (1789, 7, 14)), ('the signing of the Treaty of Rome', (1957, 3, 25)),
               ('the first iPhone launch', (2007, 6, 29)), ('the founding of the UN', (1945, 10, 24)),
               ('Y2K', (2000, 1, 1)), ('the euro changeover', (2002, 1, 1)),
               ('the Unix epoch', (1970, 1, 1)), ('the release of Windows 95', (1995, 8, 24)),
               ('the first email sent by Ray Tomlinson', (1971, 10, 1))]

COMPANIES = ['Northwind Logistics', 'Blue Harbor Insurance', 'Acme Health Partners', 'Globex Retail',
             'Initech Payroll', 'Vandelay Imports', 'Helios Pharmacy', 'Cobalt Bank', 'Orbit Telecom',
             'Brightside Property Management', 'Lumen Clinics', 'Kestrel Couriers', 'Meridian Hotels',
             'Sunrise Academy', 'Atlas Relocation', 'Quantum Dental', 'Pinewood Realty', 'Horizon Mutual',
             'Riverbend School District', 'Evergreen Telehealth', 'Solstice Travel', 'Nimbus Cloud',
             'Tidewater Credit Union', 'Copperleaf Rentals']
