"""Look-alike pools for dev14: public figures with birth dates, fictional
characters, name-like brands and products, places named after people,
streets used as place references, placeholders, eponymous diseases and
number look-alikes."""
import datetime

import lang as LG
import values as V
from rich import D


def _d(s):
    y, m, d = s.split("-")
    return datetime.date(int(y), int(m), int(d))


# (latin name, birth date, {lang: native name})
PUBLIC = [
    ("Marie Curie", "1867-11-07", {"ru": "Мария Кюри", "ja": "マリ・キュリー", "pl": "Maria Skłodowska-Curie"}),
    ("Albert Einstein", "1879-03-14", {"ru": "Альберт Эйнштейн", "ja": "アルベルト・アインシュタイン",
                                        "zh": "阿尔伯特·爱因斯坦", "ko": "알베르트 아인슈타인", "ar": "ألبرت أينشتاين",
                                        "he": "אלברט איינשטיין", "hi": "अल्बर्ट आइंस्टीन", "fa": "آلبرت اینشتین",
                                        "th": "อัลเบิร์ต ไอน์สไตน์", "el": "Άλμπερτ Αϊνστάιν"}),
    ("Frida Kahlo", "1907-07-06", {}),
    ("Nelson Mandela", "1918-07-18", {"ar": "نيلسون مانديلا", "sw": "Nelson Mandela"}),
    ("Wolfgang Amadeus Mozart", "1756-01-27", {"ja": "ヴォルフガング・アマデウス・モーツァルト"}),
    ("Ada Lovelace", "1815-12-10", {}),
    ("Rabindranath Tagore", "1861-05-07", {"bn": "রবীন্দ্রনাথ ঠাকুর", "hi": "रवीन्द्रनाथ ठाकुर"}),
    ("Chinua Achebe", "1930-11-16", {}),
    ("Gabriel García Márquez", "1927-03-06", {}),
    ("Fernando Pessoa", "1888-06-13", {}),
    ("Wisława Szymborska", "1923-07-02", {}),
    ("Fyodor Dostoevsky", "1821-11-11", {"ru": "Фёдор Достоевский", "uk": "Федір Достоєвський"}),
    ("Taras Shevchenko", "1814-03-09", {"uk": "Тарас Шевченко", "ru": "Тарас Шевченко"}),
    ("Naguib Mahfouz", "1911-12-11", {"ar": "نجيب محفوظ"}),
    ("Hayao Miyazaki", "1941-01-05", {"ja": "宮崎駿"}),
    ("Bong Joon-ho", "1969-09-14", {"ko": "봉준호"}),
    ("Lu Xun", "1881-09-25", {"zh": "鲁迅", "zh-TW": "魯迅"}),
    ("Pramoedya Ananta Toer", "1925-02-06", {}),
    ("José Rizal", "1861-06-19", {}),
    ("Wangari Maathai", "1940-04-01", {}),
    ("Astrid Lindgren", "1907-11-14", {}),
    ("Edvard Munch", "1863-12-12", {}),
    ("Hans Christian Andersen", "1805-04-02", {}),
    ("Jean Sibelius", "1865-12-08", {}),
    ("Václav Havel", "1936-10-05", {}),
    ("Constantin Brâncuși", "1876-02-19", {}),
    ("Maria Callas", "1923-12-02", {"el": "Μαρία Κάλλας"}),
    ("Orhan Pamuk", "1952-06-07", {}),
    ("Nazım Hikmet", "1902-01-15", {}),
    ("Amos Oz", "1939-05-04", {"he": "עמוס עוז"}),
    ("Lata Mangeshkar", "1929-09-28", {"hi": "लता मंगेशकर"}),
    ("A. R. Rahman", "1967-01-06", {"ta": "ஏ. ஆர். ரகுமான்"}),
    ("Satyajit Ray", "1921-05-02", {"bn": "সত্যজিৎ রায়"}),
    ("Kazi Nazrul Islam", "1899-05-24", {"bn": "কাজী নজরুল ইসলাম"}),
    ("Subramania Bharati", "1882-12-11", {"ta": "சுப்பிரமணிய பாரதி"}),
    ("Haruki Murakami", "1949-01-12", {"ja": "村上春樹"}),
    ("Yayoi Kusama", "1929-03-22", {"ja": "草間彌生"}),
    ("Son Heung-min", "1992-07-08", {"ko": "손흥민"}),
    ("Jackie Chan", "1954-04-07", {"zh": "成龙", "zh-TW": "成龍"}),
    ("Lionel Messi", "1987-06-24", {}),
    ("Pelé", "1940-10-23", {}),
    ("Ayrton Senna", "1960-03-21", {}),
    ("Zinedine Zidane", "1972-06-23", {}),
    ("Édith Piaf", "1915-12-19", {}),
    ("Angela Merkel", "1954-07-17", {}),
    ("Roger Federer", "1981-08-08", {}),
    ("Luciano Pavarotti", "1935-10-12", {}),
    ("Sophia Loren", "1934-09-20", {}),
    ("Vincent van Gogh", "1853-03-30", {}),
    ("Johan Cruijff", "1947-04-25", {}),
    ("Anna Akhmatova", "1889-06-23", {"ru": "Анна Ахматова"}),
    ("Yuri Gagarin", "1934-03-09", {"ru": "Юрий Гагарин", "uk": "Юрій Гагарін"}),
    ("Lesya Ukrainka", "1871-02-25", {"uk": "Леся Українка"}),
    ("Nikos Kazantzakis", "1883-02-18", {"el": "Νίκος Καζαντζάκης"}),
    ("Wole Soyinka", "1934-07-13", {}),
    ("Fela Kuti", "1938-10-15", {}),
    ("Miriam Makeba", "1932-03-04", {}),
    ("Desmond Tutu", "1931-10-07", {}),
    ("Cathy Freeman", "1973-02-16", {}),
    ("Dolly Parton", "1946-01-19", {}),
    ("Serena Williams", "1981-09-26", {}),
    ("Gustav Klimt", "1862-07-14", {}),
    ("Carl Linnaeus", "1707-05-23", {"sv": "Carl von Linné"}),
    ("Kofi Annan", "1938-04-08", {}),
    ("Lee Kuan Yew", "1923-09-16", {}),
    ("Tunku Abdul Rahman", "1903-02-08", {}),
    ("Manny Pacquiao", "1978-12-17", {}),
    ("B. J. Habibie", "1936-06-25", {}),
    ("Bhumibol Adulyadej", "1927-12-05", {"th": "ภูมิพลอดุลยเดช"}),
    ("Yao Ming", "1980-09-12", {"zh": "姚明", "zh-TW": "姚明"}),
    ("Teresa Teng", "1953-01-29", {"zh-TW": "鄧麗君", "zh": "邓丽君"}),
    ("Jay Chou", "1979-01-18", {"zh-TW": "周杰倫", "zh": "周杰伦"}),
    ("Ang Lee", "1954-10-23", {"zh-TW": "李安"}),
    ("Shah Rukh Khan", "1965-11-02", {"hi": "शाहरुख़ ख़ान"}),
    ("Amitabh Bachchan", "1942-10-11", {"hi": "अमिताभ बच्चन"}),
    ("Sachin Tendulkar", "1973-04-24", {}),
    ("Fairuz", "1934-11-21", {"ar": "فيروز"}),
    ("Naomi Shemer", "1930-07-13", {"he": "נעמי שמר"}),
    ("Mustafa Kemal Atatürk", "1881-05-19", {}),
    ("Agatha Christie", "1890-09-15", {}),
    ("Freddie Mercury", "1946-09-05", {}),
    ("Tove Jansson", "1914-08-09", {}),
    ("Karen Blixen", "1885-04-17", {}),
    ("Henrik Ibsen", "1828-03-20", {}),
    ("Mihai Eminescu", "1850-01-15", {}),
    ("Adam Mickiewicz", "1798-12-24", {}),
    ("Bedřich Smetana", "1824-03-02", {}),
    ("Cristiano Ronaldo", "1985-02-05", {}),
    ("Virginia Woolf", "1882-01-25", {}),
    ("Abbas Kiarostami", "1940-06-22", {"fa": "عباس کیارستمی"}),
    ("Mohammad-Reza Shajarian", "1940-09-23", {"fa": "محمدرضا شجریان"}),
    ("Trịnh Công Sơn", "1939-02-28", {}),
    ("Chairil Anwar", "1922-07-26", {}),
    ("Akira Kurosawa", "1910-03-23", {"ja": "黒澤明"}),
    ("Park Chan-wook", "1963-08-23", {"ko": "박찬욱"}),
    ("Yuval Noah Harari", "1976-02-24", {"he": "יובל נח הררי"}),
    ("Shakira", "1977-02-02", {}),
    ("Diego Maradona", "1960-10-30", {}),
    ("Jorge Luis Borges", "1899-08-24", {}),
    ("Clarice Lispector", "1920-12-10", {}),
    ("Marlene Dietrich", "1901-12-27", {}),
]
LATIN_LANGS = {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "nb", "da", "fi", "cs", "ro", "tr", "vi", "id",
               "ms", "tl", "sw"}


def public_figure(rng, lk):
    """(name, birth date) suitable for a text in language key lk."""
    native = [p for p in PUBLIC if lk in p[2]]
    if lk not in LATIN_LANGS and native and rng.random() < 0.8:
        p = rng.choice(native)
        return p[2][lk], _d(p[1])
    p = rng.choice(PUBLIC)
    if lk in p[2] and rng.random() < 0.7:
        return p[2][lk], _d(p[1])
    return p[0], _d(p[1])


FICTION = ["Harry Potter", "Hermione Granger", "Sherlock Holmes", "Elizabeth Bennet", "Frodo Baggins", "Don Quijote",
           "Sancho Panza", "Emma Bovary", "Anna Karenina", "Rodion Raskolnikov", "Pippi Långstrump", "Tintin",
           "Capitu", "Pinocchio", "Nils Holgersson", "Scheherazade", "Naruto Uzumaki", "Monkey D. Luffy", "Okonkwo",
           "Atticus Finch", "Jay Gatsby", "Walter White", "Daenerys Targaryen", "Tony Stark", "Peter Parker",
           "Katniss Everdeen", "Jon Snow", "Arya Stark", "Lisbeth Salander", "Kurt Wallander", "Salvo Montalbano",
           "Jules Maigret", "Hercule Poirot", "Miss Marple", "Heidi", "Tom Sawyer", "Bilbo Baggins", "Gandalf",
           "Luke Skywalker", "Leia Organa", "Mr. Darcy", "Jane Eyre", "Oliver Twist", "Aureliano Buendía", "Mafalda",
           "Winnetou", "Mowgli", "Shrek", "Mulan", "Aladdin", "Geralt of Rivia", "Lara Croft", "Holden Caulfield",
           "Bridget Jones", "Paddington", "Moomintroll"]
FICTION_NATIVE = {
    "ru": ["Остап Бендер", "Воланд", "Маргарита", "Анна Каренина", "Родион Раскольников", "Чебурашка"],
    "uk": ["Мавка", "Котигорошко", "Наталка Полтавка"],
    "ja": ["ドラえもん", "トトロ", "うずまきナルト", "モンキー・D・ルフィ", "江戸川コナン", "綾波レイ"],
    "zh": ["孙悟空", "猪八戒", "林黛玉", "贾宝玉", "哪吒"],
    "zh-TW": ["孫悟空", "林黛玉", "賈寶玉", "哪吒"],
    "ko": ["홍길동", "성춘향", "심청", "기훈"],
    "ar": ["شهرزاد", "علاء الدين", "علي بابا", "السندباد"],
    "he": ["קוני למל", "שמוליק", "אליפלט"],
    "fa": ["رستم", "سهراب", "شهرزاد"],
    "hi": ["मोगली", "छोटा भीम", "देवदास"],
    "bn": ["ফেলুদা", "ব্যোমকেশ বক্সী", "টেনিদা"],
    "ta": ["பொன்னியின் செல்வன்", "வந்தியத்தேவன்"],
    "th": ["ขุนแผน", "พระอภัยมณี", "สุดสาคร"],
    "el": ["Οδυσσέας", "Αλέξης Ζορμπάς", "Πηνελόπη"],
}


def fiction(rng, lk):
    if lk in FICTION_NATIVE and rng.random() < 0.7:
        return rng.choice(FICTION_NATIVE[lk])
    return rng.choice(FICTION)


BRANDS = ["Ben & Jerry's", "Dr. Martens", "Marks & Spencer", "Tommy Hilfiger", "Ralph Lauren", "Hugo Boss",
          "Calvin Klein", "Mercedes-Benz", "Peugeot", "Lamborghini", "Johnson & Johnson", "Wendy's", "Tim Hortons",
          "Jack Daniel's", "Johnnie Walker", "Louis Vuitton", "Christian Dior", "Giorgio Armani", "Miu Miu",
          "Jimmy Choo", "Kate Spade", "Michael Kors", "Ted Baker", "Paul Smith", "Stella McCartney", "Wells Fargo",
          "Charles Schwab", "Morgan Stanley", "Goldman Sachs", "Sainsbury's", "Carl Zeiss", "Robert Bosch",
          "Dr. Oetker", "Veuve Clicquot", "Yves Saint Laurent", "Estée Lauder", "Kikkoman", "Li-Ning", "Jollibee",
          "Tata", "Mahindra", "Godrej", "Bajaj", "Martha Stewart", "Trader Joe's", "Harley-Davidson",
          "Aston Martin", "Rolls-Royce", "Ferragamo", "Paul Bocuse", "Lindt & Sprüngli", "Jacobs", "Tchibo",
          "Lidl", "Aldi Süd", "Dolce & Gabbana", "Enzo Ferrari", "Carolina Herrera", "Oscar de la Renta",
          "Adolfo Domínguez", "Massimo Dutti", "Pierre Cardin", "Jean Paul Gaultier", "Lacoste", "Ricola"]
PRODUCTS = ["BILLY", "KALLAX", "HEMNES", "MALM", "POÄNG", "EKTORP", "LACK", "Alexa", "Siri", "Cortana", "Bixby",
            "Claude", "Gemini", "Copilot", "Galaxy Note", "Kindle Oasis", "Roomba", "Nest Hub", "Lumia",
            "Aria smart speaker", "Nora desk lamp", "Elsa 2 sofa", "Oscar-Grill 400", "Frida tote bag",
            "Hugo travel mug", "Luna sleep mask", "Felix cat food", "Milo energy drink", "Tony's Chocolonely",
            "Mr Muscle", "Uncle Ben's", "Aunt Jemima", "Sara Lee", "Little Debbie", "Betty Crocker"]
PLACES_NAMED = ["John F. Kennedy International Airport", "Charles de Gaulle", "Leonardo da Vinci–Fiumicino",
                "Chopin Airport", "Indira Gandhi International Airport", "Soekarno–Hatta", "Ninoy Aquino International Airport",
                "Jomo Kenyatta International Airport", "Ben Gurion Airport", "Václav Havel Airport Prague",
                "King Abdulaziz International Airport", "Queen Mary 2", "MS Johan van Oldenbarnevelt",
                "Lincoln Center", "Rockefeller Center", "Pushkin Museum", "Van Gogh Museum", "Guggenheim",
                "Mozarteum", "Kaiser-Wilhelm-Gedächtniskirche", "Humboldt Forum", "Tate Modern", "Victoria Station",
                "Washington Square", "Plaza Bolívar", "Estação da Luz", "Gare Saint-Lazare", "Karlsplatz",
                "Alexanderplatz", "Mandela Bridge", "Sydney Harbour Bridge", "Chhatrapati Shivaji Terminus"]
DISHES = ["beef Wellington", "eggs Benedict", "Caesar salad", "pavlova", "peach Melba", "pizza Margherita",
          "carpaccio", "Bircher muesli", "Sachertorte", "beef Stroganoff", "Olivier salad", "crêpes Suzette",
          "bananas Foster", "Nesselrode pudding", "Earl Grey"]
STREET_PLACES = {
    "en": ["Oxford Street", "Regent Street", "Collins Street", "Fifth Avenue", "Michigan Avenue", "Long Street",
           "Broad Street", "MG Road", "Marine Drive", "Orchard Road", "George Street", "Queen Street West"],
    "es": ["Gran Vía", "La Rambla", "Calle Florida", "Paseo de la Reforma", "Avenida Santa Fe", "Calle Serrano"],
    "pt": ["Avenida Paulista", "Rua Augusta", "Avenida da Liberdade", "Rua Oscar Freire", "Rua das Flores"],
    "fr": ["Champs-Élysées", "rue de Rivoli", "boulevard Haussmann", "rue Sainte-Catherine", "avenue Louise"],
    "de": ["Kurfürstendamm", "Zeil", "Maximilianstraße", "Königsallee", "Bahnhofstrasse", "Mariahilfer Straße",
           "Jungfernstieg"],
    "it": ["Via del Corso", "Via Montenapoleone", "Via Toledo", "Via dei Condotti"],
    "nl": ["Kalverstraat", "Lijnbaan", "Damrak", "P.C. Hooftstraat"],
    "pl": ["Nowy Świat", "Marszałkowska", "ulica Floriańska", "Piotrkowska"],
    "sv": ["Drottninggatan", "Biblioteksgatan", "Avenyn"],
    "nb": ["Karl Johans gate", "Bogstadveien"],
    "da": ["Strøget", "Købmagergade"],
    "fi": ["Aleksanterinkatu", "Esplanadi"],
    "cs": ["Václavské náměstí", "Pařížská", "Na Příkopě"],
    "ro": ["Calea Victoriei", "Bulevardul Magheru", "Lipscani"],
    "el": ["Ερμού", "Τσιμισκή", "Πλάκα"],
    "tr": ["İstiklal Caddesi", "Bağdat Caddesi", "Nişantaşı", "Kordon"],
    "ru": ["Невский проспект", "Тверская", "Арбат", "Кузнецкий Мост"],
    "uk": ["Хрещатик", "Дерибасівська", "площа Ринок"],
    "ar": ["شارع التحلية", "شارع الملك فهد", "شارع المعز", "كورنيش النيل"],
    "he": ["דיזנגוף", "שדרות רוטשילד", "מדרחוב בן יהודה"],
    "fa": ["خیابان ولیعصر", "میدان نقش جهان", "بازار تجریش"],
    "hi": ["कनॉट प्लेस", "चांदनी चौक", "हज़रतगंज"],
    "bn": ["নিউ মার্কেট", "গুলশান এভিনিউ", "বেইলি রোড"],
    "ta": ["ரங்கநாதன் தெரு", "அண்ணா சாலை", "மெரினா"],
    "th": ["ถนนสุขุมวิท", "ถนนข้าวสาร", "สยามสแควร์", "ถนนนิมมานเหมินท์"],
    "vi": ["phố Hàng Gai", "đường Đồng Khởi", "phố đi bộ Nguyễn Huệ"],
    "id": ["Jalan Malioboro", "Jalan Braga", "Jalan Sudirman"],
    "ms": ["Jalan Bukit Bintang", "Jalan Alor", "Lebuh Armenian"],
    "tl": ["Ayala Avenue", "Session Road", "Colon Street"],
    "ja": ["表参道", "銀座", "心斎橋筋", "竹下通り"],
    "ko": ["명동", "가로수길", "테헤란로", "인사동길"],
    "zh": ["南京路", "王府井", "春熙路", "淮海中路"],
    "zh-TW": ["忠孝東路", "西門町", "永康街", "迪化街"],
    "sw": ["Moi Avenue", "Kenyatta Avenue", "Biashara Street"],
}
PLACEHOLDERS = ["John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Jan Kowalski", "Mario Rossi",
                "Jean Dupont", "Fulano de Tal", "João da Silva", "Иван Иванов", "山田太郎", "홍길동", "张三", "李四",
                "Nguyễn Văn A", "Ola Nordmann", "Kari Nordmann", "Jan Novák", "Matti Meikäläinen", "Juan dela Cruz",
                "Joe Bloggs", "ישראל ישראלי", "Juan Pérez", "Sven Svensson", "Jan Jansen", "Max Mustermann"]
EPONYMOUS = {
    "en": ["Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hashimoto's thyroiditis", "Graves' disease",
           "Huntington's disease", "Tourette syndrome", "Down syndrome", "Hodgkin lymphoma", "Kawasaki disease",
           "Lyme disease", "Addison's disease", "Cushing's syndrome", "Guillain-Barré syndrome", "Asperger syndrome"],
    "es": ["enfermedad de Parkinson", "enfermedad de Alzheimer", "enfermedad de Crohn", "síndrome de Down",
           "linfoma de Hodgkin", "síndrome de Guillain-Barré"],
    "de": ["Morbus Parkinson", "Alzheimer-Krankheit", "Morbus Crohn", "Hashimoto-Thyreoiditis", "Down-Syndrom",
           "Morbus Basedow", "Chorea Huntington"],
    "fr": ["maladie de Parkinson", "maladie d'Alzheimer", "maladie de Crohn", "syndrome de Down",
           "maladie de Lyme", "syndrome de Gilles de la Tourette"],
    "pt": ["doença de Parkinson", "doença de Alzheimer", "doença de Crohn", "síndrome de Down", "doença de Chagas"],
    "it": ["morbo di Parkinson", "morbo di Alzheimer", "morbo di Crohn", "sindrome di Down", "linfoma di Hodgkin"],
}


# ---------------------------------------------------------------- numbers

def date_decoy(rng, loc, d=None):
    d = d or LG.rand_recent(rng)
    return D("DATE", LG.rand_date_str(rng, loc, d, native_p=0.1))


def order(rng):
    return D("ORDER_ID", V.order_id(rng))


def numeric(rng, kind=None):
    k = kind or rng.choice(["uuid", "track", "isbn", "invoice", "mrn", "ticket", "policy", "coord", "measure"])
    if k == "uuid":
        return D("NUMERIC_ID", V.uuid4(rng))
    if k == "track":
        return D("NUMERIC_ID", V.tracking(rng))
    if k == "isbn":
        return D("NUMERIC_ID", V.isbn13(rng))
    if k == "invoice":
        return D("NUMERIC_ID", V.invoice_no(rng))
    if k == "mrn":
        return D("NUMERIC_ID", "MRN " + V.rdigits(rng, 8))
    if k == "ticket":
        return D("NUMERIC_ID", rng.choice(["INC", "REQ", "TCK", "SR"]) + V.rdigits(rng, 7))
    if k == "policy":
        return D("NUMERIC_ID", "%s-%s-%s" % (V.pat(rng, "@@"), V.rdigits(rng, 6), V.rdigits(rng, 2)))
    if k == "coord":
        return D("NUMERIC_ID", "%.4f, %.4f" % (rng.uniform(-40, 60), rng.uniform(-120, 140)))
    if k == "measure":
        return D("NUMERIC_ID", rng.choice(["%d cm" % rng.randint(40, 220), "%.1f kg" % rng.uniform(1, 90),
                                           "%.2f GHz" % rng.uniform(1, 5), "%d mm" % rng.randint(3, 900),
                                           "%d W" % rng.randint(5, 2000)]))
    raise KeyError(k)


def version(rng):
    return D("VERSION", V.version(rng))


def hexhash(rng, n=None):
    return D("HEX_HASH", V.hexhash(rng, n or rng.choice([7, 12, 40, 64])))


PRICE_FMT = {
    "en-US": "${a:,.2f}", "en-GB": "£{a:,.2f}", "en-IN": "₹{a:,.0f}", "en-AU": "A${a:,.2f}", "en-NG": "₦{a:,.0f}",
    "en-ZA": "R{a:,.2f}", "de": "{a:.2f} €", "fr": "{a:.2f} €", "es-ES": "{a:.2f} €", "es-MX": "MX${a:,.2f}",
    "es-AR": "ARS {a:,.0f}", "pt-BR": "R$ {a:.2f}", "pt-PT": "{a:.2f} €", "it": "€ {a:.2f}", "nl": "€ {a:.2f}",
    "pl": "{a:.2f} zł", "sv": "{a:.0f} kr", "nb": "kr {a:.0f}", "da": "{a:.2f} kr.", "fi": "{a:.2f} €",
    "cs": "{a:.0f} Kč", "ro": "{a:.2f} lei", "el": "{a:.2f} €", "tr": "₺{a:.2f}", "ru": "{a:.0f} ₽",
    "uk": "{a:.0f} грн", "ar": "{a:.2f} ر.س", "he": "₪{a:.2f}", "fa": "{a:,.0f} تومان", "hi": "₹{a:,.0f}",
    "bn": "৳{a:,.0f}", "ta": "₹{a:,.0f}", "th": "฿{a:,.0f}", "vi": "{a:,.0f} ₫", "id": "Rp{a:,.0f}",
    "ms": "RM{a:.2f}", "tl": "₱{a:,.2f}", "ja": "¥{a:,.0f}", "ko": "₩{a:,.0f}", "zh": "¥{a:.2f}",
    "zh-TW": "NT${a:,.0f}", "sw": "KSh {a:,.0f}", "fr-CA": "{a:.2f} $", "de-CH": "CHF {a:.2f}",
}


def price(rng, loc):
    f = PRICE_FMT.get(loc) or PRICE_FMT.get(LG.lkey(loc)) or "${a:,.2f}"
    big = loc.split("-")[0] in ("ja", "ko", "vi", "id", "fa", "hi", "bn", "ta", "th", "ru", "uk", "cs", "sw") \
        or loc in ("en-IN", "en-NG", "es-AR")
    a = rng.uniform(300, 90000) if big else rng.uniform(3, 900)
    s = f.format(a=a)
    if loc.split("-")[0] in ("de", "fr", "es", "pt", "it", "nl", "pl", "da", "fi", "ro", "el", "tr", "sv", "nb") \
            and loc not in ("pt-BR",):
        s = s.replace(".", ",")
    return D("PRICE", s)


OPS = ["eu-west-1", "us-east-2", "ap-southeast-1", "europe-west4", "payments-worker-7f9c6d8b5-x2kq9",
       "queue:email-outbound", "kafka-broker-3", "redis-cache-02", "ingest-gw", "db-replica-2.internal",
       "api-canary", "node-pool-b", "svc/notifications", "prod-eu", "staging-ap", "cron-nightly"]


def ops(rng):
    return D("OPS_TERM", rng.choice(OPS))


CODE_IDENTS = ["YOUR_PASSWORD_HERE", "{{first_name}}", "{{customer.email}}", "%(phone)s", "${DB_PASSWORD}",
               "<api-key>", "date_of_birth", "user.full_name", "CHANGEME_IN_PROD", "{{ .Values.db.password }}",
               "$SMTP_PASS", "<redacted>", "***", "[REDACTED]", "os.environ['DB_PASS']", "{{dob}}", "${PGPASSWORD}"]


def code_ident(rng, v=None):
    return D("CODE_IDENT", v or rng.choice(CODE_IDENTS))


def proper(v):
    return D("PROPER_NOUN", v)
