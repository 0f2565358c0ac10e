"""Look-alike pools for dev13 (things that must NOT be masked)."""
import datetime as dt
import uuid as _uuid

from values import pat, not_luhn_16

# Public figures with birth dates (Y, M, D) -> DATE decoys when mentioned.
FIGURES = {
    'en': [('Albert Einstein', 1879, 3, 14), ('Marie Curie', 1867, 11, 7), ('Ada Lovelace', 1815, 12, 10), ('Alan Turing', 1912, 6, 23),
           ('Nelson Mandela', 1918, 7, 18), ('Serena Williams', 1981, 9, 26), ('Taylor Swift', 1989, 12, 13), ('Kobe Bryant', 1978, 8, 23),
           ('Frida Kahlo', 1907, 7, 6), ('Vincent van Gogh', 1853, 3, 30), ('Mahatma Gandhi', 1869, 10, 2), ('Wolfgang Amadeus Mozart', 1756, 1, 27),
           ('Sachin Tendulkar', 1973, 4, 24), ('Barack Obama', 1961, 8, 4), ('Oprah Winfrey', 1954, 1, 29), ('Stephen Hawking', 1942, 1, 8),
           ('Rosa Parks', 1913, 2, 4), ('Martin Luther King Jr.', 1929, 1, 15), ('Lionel Messi', 1987, 6, 24), ('Usain Bolt', 1986, 8, 21),
           ('Dolly Parton', 1946, 1, 19), ('Jane Austen', 1775, 12, 16), ('Charles Darwin', 1809, 2, 12), ('Florence Nightingale', 1820, 5, 12)],
    'es': [('Gabriel García Márquez', 1927, 3, 6), ('Frida Kahlo', 1907, 7, 6), ('Pablo Picasso', 1881, 10, 25), ('Salvador Dalí', 1904, 5, 11),
           ('Shakira', 1977, 2, 2), ('Rosalía', 1992, 9, 25), ('Diego Maradona', 1960, 10, 30), ('Jorge Luis Borges', 1899, 8, 24), ('Pablo Neruda', 1904, 7, 12),
           ('Rafael Nadal', 1986, 6, 3)],
    'pt': [('Fernando Pessoa', 1888, 6, 13), ('José Saramago', 1922, 11, 16), ('Pelé', 1940, 10, 23), ('Ayrton Senna', 1960, 3, 21), ('Cristiano Ronaldo', 1985, 2, 5),
           ('Clarice Lispector', 1920, 12, 10), ('Machado de Assis', 1839, 6, 21)],
    'fr': [('Victor Hugo', 1802, 2, 26), ('Édith Piaf', 1915, 12, 19), ('Napoléon Bonaparte', 1769, 8, 15), ('Zinédine Zidane', 1972, 6, 23), ('Marie Curie', 1867, 11, 7),
           ('Simone de Beauvoir', 1908, 1, 9), ('Albert Camus', 1913, 11, 7), ('Kylian Mbappé', 1998, 12, 20)],
    'de': [('Johann Wolfgang von Goethe', 1749, 8, 28), ('Albert Einstein', 1879, 3, 14), ('Marlene Dietrich', 1901, 12, 27), ('Ludwig van Beethoven', 1770, 12, 17),
           ('Sophie Scholl', 1921, 5, 9), ('Angela Merkel', 1954, 7, 17), ('Franz Kafka', 1883, 7, 3), ('Dirk Nowitzki', 1978, 6, 19)],
    'it': [('Leonardo da Vinci', 1452, 4, 15), ('Galileo Galilei', 1564, 2, 15), ('Sophia Loren', 1934, 9, 20), ('Luciano Pavarotti', 1935, 10, 12), ('Federico Fellini', 1920, 1, 20),
           ('Maria Montessori', 1870, 8, 31), ('Italo Calvino', 1923, 10, 15)],
    'nl': [('Vincent van Gogh', 1853, 3, 30), ('Anne Frank', 1929, 6, 12), ('Johan Cruijff', 1947, 4, 25), ('Rembrandt van Rijn', 1606, 7, 15), ('Max Verstappen', 1997, 9, 30)],
    'pl': [('Maria Skłodowska-Curie', 1867, 11, 7), ('Fryderyk Chopin', 1810, 3, 1), ('Wisława Szymborska', 1923, 7, 2), ('Lech Wałęsa', 1943, 9, 29), ('Robert Lewandowski', 1988, 8, 21),
           ('Mikołaj Kopernik', 1473, 2, 19)],
    'cs': [('Václav Havel', 1936, 10, 5), ('Antonín Dvořák', 1841, 9, 8), ('Bedřich Smetana', 1824, 3, 2), ('Franz Kafka', 1883, 7, 3), ('Emil Zátopek', 1922, 9, 19)],
    'ro': [('Mihai Eminescu', 1850, 1, 15), ('George Enescu', 1881, 8, 19), ('Nadia Comăneci', 1961, 11, 12), ('Constantin Brâncuși', 1876, 2, 19)],
    'hu': [('Liszt Ferenc', 1811, 10, 22), ('Puskás Ferenc', 1927, 4, 1), ('Petőfi Sándor', 1823, 1, 1), ('Rubik Ernő', 1944, 7, 13)],
    'sv': [('Astrid Lindgren', 1907, 11, 14), ('Greta Garbo', 1905, 9, 18), ('Alfred Nobel', 1833, 10, 21), ('Zlatan Ibrahimović', 1981, 10, 3)],
    'fi': [('Jean Sibelius', 1865, 12, 8), ('Tove Jansson', 1914, 8, 9), ('Kimi Räikkönen', 1979, 10, 17)],
    'da': [('H.C. Andersen', 1805, 4, 2), ('Karen Blixen', 1885, 4, 17), ('Niels Bohr', 1885, 10, 7)],
    'nb': [('Henrik Ibsen', 1828, 3, 20), ('Edvard Munch', 1863, 12, 12), ('Roald Amundsen', 1872, 7, 16), ('Erling Haaland', 2000, 7, 21)],
    'tr': [('Orhan Pamuk', 1952, 6, 7), ('Nâzım Hikmet', 1902, 1, 15), ('Aziz Sancar', 1946, 9, 8), ('Barış Manço', 1943, 1, 2)],
    'el': [('Νίκος Καζαντζάκης', 1883, 2, 18), ('Μαρία Κάλλας', 1923, 12, 2), ('Γιάννης Αντετοκούνμπο', 1994, 12, 6)],
    'ru': [('Александр Пушкин', 1799, 6, 6), ('Лев Толстой', 1828, 9, 9), ('Фёдор Достоевский', 1821, 11, 11), ('Юрий Гагарин', 1934, 3, 9), ('Пётр Чайковский', 1840, 5, 7),
           ('Анна Ахматова', 1889, 6, 23)],
    'uk': [('Тарас Шевченко', 1814, 3, 9), ('Леся Українка', 1871, 2, 25), ('Іван Франко', 1856, 8, 27), ('Андрій Шевченко', 1976, 9, 29)],
    'ar': [('نجيب محفوظ', 1911, 12, 11), ('أم كلثوم', 1898, 12, 31), ('محمد صلاح', 1992, 6, 15), ('طه حسين', 1889, 11, 15)],
    'he': [('גולדה מאיר', 1898, 5, 3), ('דוד בן-גוריון', 1886, 10, 16), ('נעמי שמר', 1930, 7, 13)],
    'fa': [('حافظ', 1315, 1, 1), ('فروغ فرخزاد', 1934, 12, 29), ('مریم میرزاخانی', 1977, 5, 12)],
    'hi': [('महात्मा गांधी', 1869, 10, 2), ('ए. पी. जे. अब्दुल कलाम', 1931, 10, 15), ('अमिताभ बच्चन', 1942, 10, 11), ('लता मंगेशकर', 1929, 9, 28), ('सचिन तेंदुलकर', 1973, 4, 24)],
    'bn': [('রবীন্দ্রনাথ ঠাকুর', 1861, 5, 7), ('কাজী নজরুল ইসলাম', 1899, 5, 24), ('সত্যজিৎ রায়', 1921, 5, 2), ('সাকিব আল হাসান', 1987, 3, 24)],
    'ja': [('宮崎駿', 1941, 1, 5), ('村上春樹', 1949, 1, 12), ('黒澤明', 1910, 3, 23), ('大谷翔平', 1994, 7, 5), ('イチロー', 1973, 10, 22)],
    'ko': [('봉준호', 1969, 9, 14), ('손흥민', 1992, 7, 8), ('세종대왕', 1397, 5, 15), ('김연아', 1990, 9, 5)],
    'zh': [('鲁迅', 1881, 9, 25), ('孙中山', 1866, 11, 12), ('姚明', 1980, 9, 12), ('成龙', 1954, 4, 7), ('李小龙', 1940, 11, 27)],
    'vi': [('Hồ Chí Minh', 1890, 5, 19), ('Võ Nguyên Giáp', 1911, 8, 25), ('Trịnh Công Sơn', 1939, 2, 28)],
    'th': [('สุนทรภู่', 1786, 6, 26), ('ลิซ่า BLACKPINK', 1997, 3, 27)],
    'id': [('Soekarno', 1901, 6, 6), ('R.A. Kartini', 1879, 4, 21), ('B.J. Habibie', 1936, 6, 25), ('Pramoedya Ananta Toer', 1925, 2, 6)],
    'tl': [('José Rizal', 1861, 6, 19), ('Manny Pacquiao', 1978, 12, 17), ('Andrés Bonifacio', 1863, 11, 30)],
    'sw': [('Julius Nyerere', 1922, 4, 13), ('Wangari Maathai', 1940, 4, 1), ('Eliud Kipchoge', 1984, 11, 5)],
}

FICT = {
    'en': ['Sherlock Holmes', 'Harry Potter', 'Hermione Granger', 'Atticus Finch', 'Elizabeth Bennet', 'Jay Gatsby', 'Frodo Baggins', 'Homer Simpson', 'Walter White',
           'Daenerys Targaryen', 'Bilbo Baggins', 'Lara Croft', 'Indiana Jones', 'Katniss Everdeen', 'Jon Snow', 'Peter Parker', 'Bruce Wayne', 'Scarlett O\'Hara', 'Captain Ahab'],
    'es': ['Don Quijote', 'Sancho Panza', 'Aureliano Buendía', 'Mafalda', 'Lazarillo de Tormes', 'el Chavo del Ocho'],
    'pt': ['Capitu', 'Bentinho', 'Macunaíma', 'Mônica', 'Cebolinha', 'Dom Casmurro'],
    'fr': ['Astérix', 'Obélix', 'Jean Valjean', 'Madame Bovary', 'le Petit Prince', 'Arsène Lupin', 'Tintin', 'Maigret'],
    'de': ['Faust', 'Rumpelstilzchen', 'Pumuckl', 'Effi Briest', 'der kleine Maulwurf', 'Biene Maja', 'Gregor Samsa'],
    'it': ['Pinocchio', 'Geppetto', 'il commissario Montalbano', 'Renzo Tramaglino', 'Lucia Mondella'],
    'nl': ['Nijntje', 'Dik Trom', 'Pietje Bell', 'Kapitein Haddock'],
    'pl': ['Pan Tadeusz', 'Reksio', 'Bolek i Lolek', 'Wiedźmin Geralt'],
    'cs': ['Švejk', 'Krteček', 'Rumcajs'],
    'ro': ['Păcală', 'Harap-Alb', 'Ion Creangă'],
    'hu': ['Toldi Miklós', 'Nemecsek Ernő', 'Vuk'],
    'sv': ['Pippi Långstrump', 'Emil i Lönneberga', 'Nils Holgersson', 'Kalle Blomkvist'],
    'fi': ['Muumipeikko', 'Niiskuneiti', 'Väinämöinen'],
    'da': ['Egon Olsen', 'Rasmus Klump'], 'nb': ['Peer Gynt', 'Kaptein Sabeltann'],
    'tr': ['Nasreddin Hoca', 'Keloğlan', 'Hacivat', 'Karagöz'],
    'el': ['Οδυσσέας', 'Ζορμπάς', 'Αχιλλέας'],
    'ru': ['Евгений Онегин', 'Анна Каренина', 'Родион Раскольников', 'Чебурашка', 'Остап Бендер', 'Баба-яга'],
    'uk': ['Котигорошко', 'Лис Микита', 'Кирило Кожум’яка'],
    'ar': ['علاء الدين', 'شهرزاد', 'السندباد', 'جحا'],
    'he': ['קופיקו', 'דני דין', 'שמוליק קיפוד'],
    'fa': ['رستم', 'سهراب', 'ملانصرالدین'],
    'hi': ['मोगली', 'छोटा भीम', 'चाचा चौधरी'],
    'bn': ['ফেলুদা', 'ব্যোমকেশ বক্সী', 'টেনিদা'],
    'ja': ['ドラえもん', '野比のび太', '孫悟空', '江戸川コナン', 'ルフィ', 'ピカチュウ', '千と千尋の千尋'],
    'ko': ['뽀로로', '홍길동', '춘향', '심청'],
    'zh': ['孙悟空', '林黛玉', '贾宝玉', '哪吒', '猪八戒'],
    'vi': ['Thúy Kiều', 'Thánh Gióng', 'Tấm Cám'],
    'th': ['ขุนแผน', 'พระอภัยมณี', 'ศรีธนญชัย'],
    'id': ['Si Kancil', 'Malin Kundang', 'Gatotkaca'],
    'tl': ['Darna', 'Juan Tamad', 'Ibong Adarna'],
    'sw': ['Abunuwasi', 'Kalulu'],
}

# Brands, organisations and products named after people.
BRANDS = ['Ben & Jerry\'s', 'Mercedes-Benz', 'Dr. Oetker', 'Tim Hortons', 'Wendy\'s', 'Hugo Boss', 'Ferrari', 'Ford Mustang', 'Dell XPS 13', 'Siemens',
          'Philips Hue', 'Johnson & Johnson', 'Goldman Sachs', 'Morgan Stanley', 'Porsche 911', 'Christian Dior', 'Louis Vuitton', 'Dolce & Gabbana',
          'Tesla Model 3', 'Ralph Lauren', 'Calvin Klein', 'Levi\'s 501', 'Marks & Spencer', 'Sainsbury\'s', 'Ruth\'s Chris Steak House', 'Jack Daniel\'s',
          'Johnnie Walker', 'Kellogg\'s', 'Heinz', 'Martha Stewart Living', 'Sara Lee', 'Betty Crocker', 'Uncle Ben\'s', 'Aunt Jemima', 'Mrs. Fields',
          'Chevrolet', 'Lamborghini', 'Bosch', 'Peugeot', 'Renault', 'Michelin', 'Nestlé', 'Cadbury', 'Guinness', 'Carl Zeiss', 'Daimler', 'Zara',
          'Victoria\'s Secret', 'Dyson V15', 'Maserati', 'Bugatti', 'Fendi', 'Gucci', 'Prada', 'Miele', 'Kenwood', 'Breville', 'McLaren', 'Walt Disney',
          'Mitsubishi', 'Toyota', 'Honda Civic', 'Yamaha', 'Suzuki Swift', 'Hyundai', 'Tata Nexon', 'Mahindra Thar', 'Natura', 'Havaianas', 'Bata']
PLACES = ['Washington', 'Charles de Gaulle Airport', 'John F. Kennedy International Airport', 'Ho Chi Minh City', 'Karl-Marx-Allee', 'Avenida Getúlio Vargas',
          'Jan Smuts Avenue', 'Rue Victor Hugo', 'Simón Bolívar Park', 'Lincoln Memorial', 'Bolivia', 'Colombia', 'Queen Elizabeth Olympic Park', 'Kennedy Space Center',
          'Franz Josef Glacier', 'Lake Victoria', 'Hudson Bay', 'Cape Cod', 'Houston', 'Vancouver', 'Columbus', 'Pittsburgh', 'Adelaide', 'Wellington',
          'São Paulo', 'San Francisco', 'Santa Barbara', 'St. Petersburg', 'Leninsky Prospekt', 'Atatürk Airport', 'Sabiha Gökçen', 'Indira Gandhi International Airport',
          'Chhatrapati Shivaji Terminus', 'Sheikh Zayed Road', 'King Fahd Causeway', 'Ben Gurion Airport', 'Marie Curie Hospital', 'Franklin D. Roosevelt station',
          'Josep Tarradellas Barcelona-El Prat', 'Aeroporto Leonardo da Vinci', 'Mozartplatz', 'Goethe-Universität', 'Plaza de Cervantes', 'Frederick Douglass Blvd',
          'Martin Luther King Jr. Park', 'Lomonosov Moscow State University', 'Nelson Mandela Bay', 'Jomo Kenyatta International Airport', 'Soekarno-Hatta']
SHIPS = ['Queen Mary 2', 'USS Nimitz', 'Charles de Gaulle (R91)', 'HMS Queen Elizabeth', 'MS Johan van Oldenbarnevelt', 'RRS Sir David Attenborough', 'USS Gerald R. Ford']
DISHES = ['Beef Wellington', 'Eggs Benedict', 'Caesar salad', 'Pavlova', 'Peach Melba', 'Margherita pizza', 'Nachos', 'Carpaccio', 'Bananas Foster', 'Crêpes Suzette',
          'Oysters Rockefeller', 'Chicken à la King', 'Beef Stroganoff', 'Salisbury steak', 'Sachertorte', 'Fettuccine Alfredo', 'Lobster Thermidor', 'General Tso\'s chicken',
          'Earl Grey tea', 'Granny Smith apples', 'Bellini', 'Bloody Mary', 'Tom Collins', 'Shirley Temple']
DISEASES = ["Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hashimoto's thyroiditis", "Hodgkin lymphoma", "Down syndrome", "Tourette syndrome",
            "Asperger syndrome", "Huntington's disease", "Lou Gehrig's disease", "Graves' disease", "Addison's disease", "Cushing's syndrome", "Bell's palsy",
            "Raynaud's phenomenon", "Ménière's disease", "Kaposi sarcoma", "Guillain-Barré syndrome"]
EPONYM_OTHER = ["Parkinson's law", "Murphy's law", "Newton's third law", "the Doppler effect", "Occam's razor", "the Heimlich maneuver", "the Fibonacci sequence",
                "Pascal's triangle", "the Kelvin scale", "Halley's Comet", "the Turing test", "the Richter scale", "the Nobel Prize", "Boolean algebra", "the Pulitzer Prize",
                "the Rorschach test", "Ohm's law", "the Celsius scale", "the Mohs scale", "Diesel engine", "the Geiger counter", "Petri dish", "Bunsen burner"]
BOTS = ['dependabot[bot]', 'renovate[bot]', 'github-actions[bot]', 'Siri', 'Alexa', 'Clippy', 'ChatGPT', 'Claude', 'Gemini', 'Copilot', 'HAL 9000', 'Jarvis']

PLACEHOLDER = {
    'en': ['John Doe', 'Jane Doe', 'Joe Bloggs', 'John Q. Public', 'Richard Roe', 'Fred Nurk', 'A. N. Other', 'John Smith (example)'],
    'de': ['Max Mustermann', 'Erika Mustermann', 'Otto Normalverbraucher', 'Lieschen Müller'],
    'fr': ['Jean Dupont', 'Marie Dupont', 'Monsieur Tout-le-Monde'], 'es': ['Fulano de Tal', 'Juan Pérez', 'Mengano', 'Zutano'],
    'pt': ['Fulano de Tal', 'Beltrano', 'Sicrano', 'Zé Ninguém'], 'it': ['Mario Rossi', 'Tizio', 'Caio', 'Sempronio'], 'nl': ['Jan Jansen', 'Jan Modaal', 'Piet Pietersen'],
    'pl': ['Jan Kowalski', 'Anna Nowak (przykład)'], 'cs': ['Jan Novák', 'Josef Novák'], 'ro': ['Ion Popescu'], 'hu': ['Gipsz Jakab', 'Kis Pista'],
    'sv': ['Sven Svensson', 'Medelsvensson'], 'fi': ['Matti Meikäläinen', 'Maija Meikäläinen'], 'da': ['Morten Menigmand'], 'nb': ['Ola Nordmann', 'Kari Nordmann'],
    'tr': ['Ahmet Yılmaz (örnek)', 'Ali Veli'], 'el': ['Γιάννης Παπαδόπουλος (υπόδειγμα)'], 'ru': ['Иван Иванов', 'Иванов Иван Иванович', 'Вася Пупкин'],
    'uk': ['Іван Іванович Петренко (зразок)'], 'ar': ['فلان الفلاني', 'فلان بن فلان'], 'he': ['ישראל ישראלי', 'פלוני אלמוני'], 'fa': ['فلانی'],
    'hi': ['राम कुमार (उदाहरण)'], 'bn': ['আবুল কালাম (নমুনা)'], 'ja': ['山田太郎', '山田花子', '鈴木一郎 (記入例)'], 'ko': ['홍길동', '김철수', '이영희'],
    'zh': ['张三', '李四', '王五'], 'vi': ['Nguyễn Văn A', 'Trần Thị B'], 'th': ['นายสมมติ ตัวอย่าง'], 'id': ['Budi (contoh)', 'Fulan'], 'tl': ['Juan dela Cruz'],
    'sw': ['Juma Hamisi (mfano)'],
}

CURRENCY = {
    'en-US': '${a:,.2f}', 'en-CA': 'CA${a:,.2f}', 'en-GB': '£{a:,.2f}', 'en-IE': '€{a:,.2f}', 'en-AU': 'A${a:,.2f}', 'en-IN': '₹{a:,.0f}', 'en-NG': '₦{a:,.0f}',
    'en-PH': '₱{a:,.2f}', 'en-ZA': 'R{a:,.2f}', 'en-SG': 'S${a:,.2f}', 'tl-PH': '₱{a:,.2f}',
    'es-ES': '{e} €', 'es-MX': '${a:,.2f} MXN', 'es-AR': '$ {e}', 'es-CO': '$ {e0} COP', 'pt-BR': 'R$ {e}', 'pt-PT': '{e} €', 'fr-FR': '{e} €', 'fr-BE': '{e} €',
    'fr-CA': '{e} $', 'de-DE': '{e} €', 'de-AT': '€ {e}', 'de-CH': 'CHF {a:,.2f}', 'it-IT': '€ {e}', 'nl-NL': '€ {e}', 'nl-BE': '€ {e}', 'pl-PL': '{e} zł',
    'cs-CZ': '{e0} Kč', 'ro-RO': '{e} lei', 'hu-HU': '{e0} Ft', 'sv-SE': '{e} kr', 'fi-FI': '{e} €', 'da-DK': '{e} kr.', 'nb-NO': 'kr {e}', 'tr-TR': '{e} TL',
    'el-GR': '{e} €', 'ru-RU': '{e0} ₽', 'uk-UA': '{e0} грн', 'ar-SA': '{a:,.2f} ر.س', 'ar-EG': '{a:,.0f} ج.م', 'he-IL': '₪{a:,.2f}', 'fa-IR': '{a:,.0f} تومان',
    'hi-IN': '₹{a:,.0f}', 'bn-BD': '৳{a:,.0f}', 'ja-JP': '¥{a:,.0f}', 'ko-KR': '₩{a:,.0f}', 'zh-CN': '¥{a:,.2f}', 'zh-TW': 'NT${a:,.0f}', 'vi-VN': '{e0} ₫',
    'th-TH': '฿{a:,.0f}', 'id-ID': 'Rp {e0}', 'sw-KE': 'KSh {a:,.0f}',
}
BIG = {'en-IN', 'en-NG', 'ja-JP', 'ko-KR', 'vi-VN', 'id-ID', 'hu-HU', 'cs-CZ', 'ru-RU', 'uk-UA', 'fa-IR', 'hi-IN', 'bn-BD', 'es-CO', 'sw-KE', 'th-TH', 'ar-EG', 'zh-TW'}


def price(rng, loc):
    a = rng.choice([rng.randint(1, 99) + rng.choice([0.99, 0.5, 0.0, 0.9, 0.49]), rng.randint(100, 2500) + rng.choice([0.0, 0.99, 0.5])])
    if loc in BIG:
        a = rng.choice([1, 10, 100, 1000]) * rng.randint(3, 990)
        if loc in ('vi-VN', 'id-ID', 'fa-IR', 'es-CO'):
            a *= 100
    f = CURRENCY.get(loc, '${a:,.2f}')
    e = ('{:,.2f}'.format(a)).replace(',', ' ').replace('.', ',').replace(' ', '.')
    e0 = ('{:,.0f}'.format(a)).replace(',', '.')
    if loc in ('cs-CZ', 'hu-HU', 'ru-RU', 'uk-UA', 'sv-SE', 'fr-FR', 'fr-CA', 'pl-PL', 'fi-FI', 'nb-NO'):
        e = e.replace('.', '\u202f' if loc in ('fr-FR',) else ' ')
        e0 = e0.replace('.', ' ')
    return f.format(a=a, e=e, e0=e0)


def order_id(rng):
    return pat(rng, rng.choice([
        '#A-%####', 'ORD-2025-%#####', 'PO 45000%####', '1%#-%######-%######', 'SO-%#####', '#%######', 'INV-%####-##', 'R%########',
        '%###-%##-%###', '(%##) %##-%###', 'BK%^%^%^', 'WEB-%####/25', '%#####-^^', 'CMD-%######', 'Pedido %######', 'A%#^%#^',
    ]))


def order_phone_like(rng):
    return pat(rng, rng.choice(['%##-%##-%###', '+%# %## %## %###', '0%## %### %###', '(%##) %##-%###']))


def order_card_like(rng):
    n = not_luhn_16(rng)
    return ' '.join(n[i:i + 4] for i in range(0, 16, 4))


def tracking(rng):
    return pat(rng, rng.choice(['1Z%^%^%^##########', 'JD0146%#############', '9400 1%## #### #### #### ##', '^^%########DE', '^^%########CN',
                                 'LX%########^^', 'SPXID0%#########', 'JNE%##########', '%###########', 'RR%########RU', '7%### %### %###']))


def version(rng):
    return rng.choice([
        'v%d.%d.%d' % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 40)), '%d.%d.%d' % (rng.randint(1, 20), rng.randint(0, 20), rng.randint(0, 99)),
        '%d.%d.%d.%d' % (rng.randint(1, 130), rng.randint(0, 9), rng.randint(1000, 7000), rng.randint(1, 250)), '%d.%d.%d-rc.%d' % (rng.randint(0, 5), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 4)),
        '10.0.%d.%d' % (rng.randint(17000, 26100), rng.randint(1, 5000)), '%d.%d.%d.%d' % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 99)),
        'v%d.%d' % (rng.randint(1, 12), rng.randint(0, 40)), '%d.%d.%db%d' % (rng.randint(3, 3), rng.randint(8, 14), rng.randint(0, 9), rng.randint(1, 4)),
    ])


def ipish_version(rng):
    return '%d.%d.%d.%d' % (rng.randint(1, 30), rng.randint(0, 20), rng.randint(0, 9), rng.randint(0, 300))


def hexhash(rng, n=None):
    n = n or rng.choice([7, 7, 8, 12, 40, 40, 64, 32])
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def uuid4(rng):
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def isbn13(rng):
    d = [9, 7, 8] + [rng.randint(0, 9) for _ in range(9)]
    s = sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    d.append((10 - s % 10) % 10)
    s = ''.join(map(str, d))
    return '%s-%s-%s-%s-%s' % (s[:3], s[3], s[4:8], s[8:12], s[12])


def ticket(rng):
    return pat(rng, rng.choice(['INC00%####', 'JIRA-%###', 'SUP-%####', 'CASE-%#######', 'PROJ-%##', 'CS%######', 'REQ%######']))


OPS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'pg-primary-0', 'api-7f9c4d-x2lkq', 'redis-cache-02', 'ingress-nginx', 'kube-system', 'worker-3', 'blue/green',
       'canary', 'prod-eu', 'staging', 'node-pool-b', 'etcd-1', 'queue:emails.high', 'cron@daily', 'lb-public-01', 'cdn-edge-fra', 'sidecar-envoy', 'db-replica-2', 'svc-auth']
CODE_PH = ['YOUR_PASSWORD_HERE', '<password>', '${DB_PASSWORD}', '{{ secrets.SMTP_PASS }}', '********', '<redacted>', '[REDACTED]', 'changeme-in-prod', '<name>', '{{first_name}}',
           '{customer.email}', '$USER_EMAIL', '%(phone)s', '<dd/mm/yyyy>', 'user@<domain>', ':email', '@@FULL_NAME@@', 'xxx-xx-xxxx', 'NNN-NN-NNNN', 'XXXX XXXX XXXX XXXX',
           '<IBAN>', 'REPLACE_ME', '<your-phone-number>', '[[patient_name]]']
TEST_SSNS = ['078-05-1120', '219-09-9999', '123-45-6789', '000-12-3456', '666-01-2345', '987-65-4320']
TEST_CARDS_FMT = ['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '3782 822463 10005', '4000 0566 5566 5556', '6011 1111 1111 1117']
TEST_IBANS = ['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'FR14 2004 1010 0505 0001 3M02 606', 'NL91 ABNA 0417 1643 00']
