"""Look-alike pools (all hand-picked) and generators for decoy values."""
import values as V

# public figures: (name, (y, m, d), {lang: native name})
FIGURES = [
    ("Marie Curie", (1867, 11, 7), {"pl": "Maria Skłodowska-Curie", "fr": "Marie Curie"}),
    ("Albert Einstein", (1879, 3, 14), {}),
    ("Frida Kahlo", (1907, 7, 6), {}),
    ("Gabriel García Márquez", (1927, 3, 6), {}),
    ("Leo Tolstoy", (1828, 9, 9), {"ru": "Лев Толстой"}),
    ("Rabindranath Tagore", (1861, 5, 7), {"bn": "রবীন্দ্রনাথ ঠাকুর", "hi": "रवीन्द्रनाथ टैगोर"}),
    ("Nelson Mandela", (1918, 7, 18), {}),
    ("Akira Kurosawa", (1910, 3, 23), {"ja": "黒澤明"}),
    ("Pelé", (1940, 10, 23), {}),
    ("Wolfgang Amadeus Mozart", (1756, 1, 27), {}),
    ("Ada Lovelace", (1815, 12, 10), {}),
    ("Alan Turing", (1912, 6, 23), {}),
    ("Mahatma Gandhi", (1869, 10, 2), {"hi": "महात्मा गांधी"}),
    ("Simón Bolívar", (1783, 7, 24), {}),
    ("Fernando Pessoa", (1888, 6, 13), {}),
    ("Naguib Mahfouz", (1911, 12, 11), {"ar": "نجيب محفوظ"}),
    ("Lu Xun", (1881, 9, 25), {"zh": "鲁迅", "zht": "魯迅"}),
    ("Natsume Sōseki", (1867, 2, 9), {"ja": "夏目漱石"}),
    ("Yuri Gagarin", (1934, 3, 9), {"ru": "Юрий Гагарин", "uk": "Юрій Гагарін"}),
    ("Dmitri Mendeleev", (1834, 2, 8), {"ru": "Дмитрий Менделеев"}),
    ("Nikola Tesla", (1856, 7, 10), {}),
    ("Astrid Lindgren", (1907, 11, 14), {}),
    ("Hans Christian Andersen", (1805, 4, 2), {}),
    ("Jean Sibelius", (1865, 12, 8), {}),
    ("Edvard Munch", (1863, 12, 12), {}),
    ("Franz Kafka", (1883, 7, 3), {}),
    ("Béla Bartók", (1881, 3, 25), {}),
    ("Mihai Eminescu", (1850, 1, 15), {}),
    ("Nazım Hikmet", (1902, 1, 15), {}),
    ("Aram Khachaturian", (1903, 6, 6), {"hy": "Արամ Խաչատրյան"}),
    ("Haile Gebrselassie", (1973, 4, 18), {"am": "ኃይሌ ገብረሥላሴ"}),
    ("Kofi Annan", (1938, 4, 8), {}),
    ("Wangari Maathai", (1940, 4, 1), {}),
    ("Chinua Achebe", (1930, 11, 16), {}),
    ("Ho Chi Minh", (1890, 5, 19), {"vi": "Hồ Chí Minh"}),
    ("José Rizal", (1861, 6, 19), {}),
    ("Sukarno", (1901, 6, 6), {}),
    ("Satyajit Ray", (1921, 5, 2), {"bn": "সত্যজিৎ রায়"}),
    ("Golda Meir", (1898, 5, 3), {"he": "גולדה מאיר"}),
    ("Taras Shevchenko", (1814, 3, 9), {"uk": "Тарас Шевченко"}),
    ("Leonardo da Vinci", (1452, 4, 15), {}),
    ("Galileo Galilei", (1564, 2, 15), {}),
    ("Vincent van Gogh", (1853, 3, 30), {}),
    ("Victor Hugo", (1802, 2, 26), {}),
    ("Jules Verne", (1828, 2, 8), {}),
    ("Édith Piaf", (1915, 12, 19), {}),
    ("Johann Wolfgang von Goethe", (1749, 8, 28), {}),
    ("Alexander Pushkin", (1799, 6, 6), {"ru": "Александр Пушкин"}),
    ("Hayao Miyazaki", (1941, 1, 5), {"ja": "宮崎駿"}),
    ("Bong Joon-ho", (1969, 9, 14), {"ko": "봉준호"}),
    ("Son Heung-min", (1992, 7, 8), {"ko": "손흥민"}),
    ("Lionel Messi", (1987, 6, 24), {}),
    ("Cristiano Ronaldo", (1985, 2, 5), {}),
    ("Serena Williams", (1981, 9, 26), {}),
    ("Usain Bolt", (1986, 8, 21), {}),
    ("Sachin Tendulkar", (1973, 4, 24), {"hi": "सचिन तेंदुलकर"}),
    ("Shah Rukh Khan", (1965, 11, 2), {"hi": "शाहरुख़ ख़ान"}),
    ("Mohamed Salah", (1992, 6, 15), {"ar": "محمد صلاح"}),
    ("Zlatan Ibrahimović", (1981, 10, 3), {}),
    ("Greta Thunberg", (2003, 1, 3), {}),
    ("Ilia Chavchavadze", (1837, 11, 8), {"ka": "ილია ჭავჭავაძე"}),
    ("Rumi", (1207, 9, 30), {"fa": "مولانا"}),
    ("Mustafa Kemal Atatürk", (1881, 5, 19), {}),
    ("Lee Kuan Yew", (1923, 9, 16), {}),
    ("Bhumibol Adulyadej", (1927, 12, 5), {"th": "ภูมิพลอดุลยเดช"}),
]

FICTIONAL = ["Sherlock Holmes", "Hermione Granger", "Atticus Finch", "Elizabeth Bennet", "Don Quixote", "Anna Karenina",
             "Raskolnikov", "Okonkwo", "Amélie Poulain", "Totoro", "Harry Potter", "Frodo Baggins", "Jay Gatsby",
             "Holden Caulfield", "Katniss Everdeen", "Mr. Darcy", "Jon Snow", "Arya Stark", "Walter White",
             "Lisbeth Salander", "Pippi Longstocking", "Tintin", "Asterix", "Hercule Poirot", "Miss Marple",
             "Ebenezer Scrooge", "Jane Eyre", "Heathcliff", "Naruto Uzumaki", "Son Goku", "Sailor Moon",
             "Commissario Montalbano", "Kommissar Rex", "Maigret", "Arsène Lupin", "Winnie-the-Pooh"]

PLACEHOLDERS = ["John Doe", "Jane Doe", "John Smith", "Max Mustermann", "Erika Mustermann", "Jan Novák", "Mario Rossi",
                "Juan Pérez", "Fulano de Tal", "Jean Dupont", "Иван Иванов", "山田太郎", "홍길동", "张三", "Ola Nordmann",
                "Joe Bloggs", "Tommy Atkins", "Jan Kowalski", "Juan dela Cruz"]

NAMED_PLACES = [
    "Johns Hopkins Hospital", "Charles de Gaulle Airport", "San José", "John F. Kennedy International Airport",
    "Queen Mary 2", "Indira Gandhi International Airport", "Chhatrapati Shivaji Maharaj Terminus", "Ben Gurion Airport",
    "Imam Khomeini International Airport", "Hazrat Shahjalal International Airport", "Ninoy Aquino International Airport",
    "Soekarno–Hatta International Airport", "Jomo Kenyatta International Airport", "Kotoka International Airport",
    "Nnamdi Azikiwe International Airport", "Shota Rustaveli Tbilisi International Airport", "Leonardo da Vinci–Fiumicino",
    "Frédéric Chopin Airport", "Václav Havel Airport Prague", "Budapest Ferenc Liszt International Airport",
    "Henri Coandă International Airport", "Athens Eleftherios Venizelos", "Sabiha Gökçen Airport",
    "Lech Wałęsa Airport", "John Lennon Airport", "George Best Belfast City Airport", "Estadio Santiago Bernabéu",
    "Stade Pierre-Mauroy", "Stadio Giuseppe Meazza", "Johan Cruijff ArenA", "Arthur Ashe Stadium",
    "Puskás Aréna", "Hospital Israelita Albert Einstein", "Mayo Clinic", "Sir Ganga Ram Hospital",
    "King Faisal Specialist Hospital", "Queen Elizabeth Hospital", "Karl-Marx-Allee", "Boulevard Haussmann",
    "Rothschild Boulevard", "Rustaveli Avenue", "Avenida Presidente Vargas", "Kurfürstendamm", "Nevsky Prospekt",
    "Lincoln Center", "Rockefeller Center", "Carnegie Hall", "Hotel Sacher", "Raffles Hotel", "Gare Saint-Lazare",
    "Victoria Station", "the Elizabeth line", "Plaza de Bolívar", "Praça Tiradentes", "Piazza Garibaldi",
    "Sheremetyevo Alexander S. Pushkin Airport", "Kazi Nazrul Islam Airport", "Jawaharlal Nehru Stadium",
    "Estadio Azteca", "Camp Nou", "Allianz Arena",
]

BRANDS = ["Ford", "Ferrari", "Porsche", "Dell", "Tesla", "Chanel", "Louis Vuitton", "Dior", "Gucci", "Prada", "Hermès",
          "Siemens", "Philips", "Bosch", "Boeing", "Disney", "Honda", "Toyota", "Michelin", "Peugeot", "Renault",
          "Cadbury", "Nestlé", "Kellogg's", "Heinz", "McDonald's", "Wendy's", "Ben & Jerry's", "Dr. Oetker",
          "Mercedes-Benz", "Lamborghini", "Swarovski", "Carlsberg", "Heineken", "Guinness", "Jack Daniel's",
          "Johnnie Walker", "Marks & Spencer", "Sainsbury's", "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein",
          "Hugo Boss", "Estée Lauder", "Adidas", "Dyson", "Miele", "Suzuki", "Yamaha", "Mitsubishi", "Paul Smith",
          "Lindt", "Ferrero", "Barilla", "Zara", "Jordan", "Victoria's Secret", "Tim Hortons", "Dunkin'", "Trader Joe's"]

PRODUCTS = ["Billy bookcase", "Kallax shelf", "Malm dresser", "Poäng armchair", "Hemnes bed frame", "Ektorp sofa",
            "Klippan loveseat", "Lisabo table", "Ingolf chair", "Alex drawer unit", "Tarva chest", "Stefan chair"]

SOFTWARE = ["Jenkins", "Ansible", "Hugo", "Ruby", "Julia", "Ada", "Pascal", "Haskell", "Jupyter", "Kafka", "Cassandra",
            "Django", "Flask", "Pandas", "Sidekiq", "Celery", "Grafana", "Loki", "Thanos", "Helm", "Gradle", "Maven",
            "Alexa", "Siri", "Cortana", "Watson", "Dash", "Lucene", "Hadoop", "Apache Spark", "Jest", "Mocha",
            "Sinatra", "Rails", "Laravel", "Symfony", "Elixir", "Phoenix", "Gatsby", "Jekyll", "Ray", "Nomad",
            "Consul", "Vault", "Harbor", "Argo", "Tekton", "Keycloak", "Bruno", "Hopper", "Ollie"]

BOTS = ["Ava (virtual assistant)", "Max the bot", "HelpBot", "Sofía, asistente virtual", "Clara", "Kiko-bot", "ZenBot"]

OPS_TERMS = ["health check", "heartbeat", "post-mortem", "triage", "liveness probe", "readiness probe", "memory leak",
             "kill -9", "zombie process", "OOMKilled", "SIGKILL", "dead-letter queue", "split-brain", "cold start",
             "quarantined", "canary", "poison pill", "hot patch", "bleeding edge", "self-healing", "garbage collection",
             "thrashing", "flapping", "orphaned process", "CrashLoopBackOff", "circuit breaker", "blast radius",
             "failover", "bit rot", "graceful shutdown", "SIGTERM", "panic", "core dumped", "stack overflow",
             "fever chart", "vital signs dashboard", "cardiac arrest of the pipeline", "life support mode"]

LANDMARKS = [
    ("the Eiffel Tower", "Champ de Mars, 5 Avenue Anatole France, 75007 Paris"),
    ("the White House", "1600 Pennsylvania Avenue NW, Washington, DC 20500"),
    ("Buckingham Palace", "London SW1A 1AA"),
    ("the Empire State Building", "350 Fifth Avenue, New York, NY 10118"),
    ("the Sydney Opera House", "Bennelong Point, Sydney NSW 2000"),
    ("the Brandenburg Gate", "Pariser Platz, 10117 Berlin"),
    ("the Colosseum", "Piazza del Colosseo, 1, 00184 Roma"),
    ("the Sagrada Família", "Carrer de Mallorca, 401, 08013 Barcelona"),
    ("Tokyo Tower", "東京都港区芝公園4-2-8"),
    ("the Rijksmuseum", "Museumstraat 1, 1071 XX Amsterdam"),
    ("10 Downing Street", "10 Downing Street, London SW1A 2AA"),
    ("the Kremlin", "Красная площадь, Москва"),
    ("the Burj Khalifa", "1 Sheikh Mohammed bin Rashid Blvd, Dubai"),
    ("221B Baker Street", "221B Baker Street, London NW1 6XE"),
    ("the Louvre", "Rue de Rivoli, 75001 Paris"),
]

RECIPES = ["Beef Wellington", "Eggs Benedict", "Caesar salad", "Peach Melba", "Pavlova", "Margherita pizza",
           "Bananas Foster", "Oysters Rockefeller", "Sachertorte", "Pizza Margherita", "Nachos", "Carpaccio",
           "Fettuccine Alfredo", "Bircher muesli", "Earl Grey tea", "Beef Stroganoff", "Salade Niçoise",
           "Crêpes Suzette", "Tarte Tatin", "Lamington"]

TEAMS = ["Real Madrid", "Manchester United", "Boca Juniors", "Galatasaray", "Bayern München", "Flamengo",
         "Kaizer Chiefs", "Al Ahly", "Urawa Red Diamonds", "Jeonbuk Hyundai Motors", "Ajax", "Benfica",
         "Chennai Super Kings", "Mumbai Indians", "LA Lakers", "Golden State Warriors", "Toronto Maple Leafs"]


# ---------------------------------------------------------------- generators
def order_id(rng):
    k = rng.randrange(7)
    if k == 0:
        return "ORD-%d-%05d" % (rng.randrange(2021, 2026), rng.randrange(100000))
    if k == 1:
        return "#%d" % rng.randrange(100000, 9999999)
    if k == 2:
        return "%03d-%07d-%07d" % (rng.randrange(100, 999), rng.randrange(10 ** 7), rng.randrange(10 ** 7))
    if k == 3:
        return V.not_luhn_like_card(rng)
    if k == 4:  # phone-shaped
        return "%03d-%03d-%04d" % (rng.randrange(100, 999), rng.randrange(100, 999), rng.randrange(10000))
    if k == 5:
        return "SO%08d" % rng.randrange(10 ** 8)
    return "PO-%s%04d" % (rng.choice("ABCDEFGHKLMN"), rng.randrange(10000))


def tracking(rng):
    k = rng.randrange(5)
    if k == 0:
        return "1Z%s" % "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    if k == 1:
        return "%s%09d%s" % (rng.choice(["RR", "LX", "CP", "EE", "RA"]), rng.randrange(10 ** 9), rng.choice(["DE", "GB", "FR", "JP", "CN", "BR"]))
    if k == 2:
        return "%012d" % rng.randrange(10 ** 12)
    if k == 3:
        return "JD%018d" % rng.randrange(10 ** 18)
    return "%04d %04d %04d" % (rng.randrange(10000), rng.randrange(10000), rng.randrange(10000))


def numeric_id(rng):
    k = rng.randrange(8)
    if k == 0:
        return V.uuid4(rng)
    if k == 1:
        return "INC%07d" % rng.randrange(10 ** 7)
    if k == 2:
        return "ISBN 978-%d-%02d-%06d-%d" % (rng.randrange(10), rng.randrange(100), rng.randrange(10 ** 6), rng.randrange(10))
    if k == 3:
        return "MRN %08d" % rng.randrange(10 ** 8)
    if k == 4:
        return "INV-%d-%04d" % (rng.randrange(2022, 2026), rng.randrange(10000))
    if k == 5:
        return "POL-%s-%06d" % (rng.choice(["HX", "AU", "LF", "TR"]), rng.randrange(10 ** 6))
    if k == 6:
        return "%.5f, %.5f" % (rng.uniform(-60, 60), rng.uniform(-150, 150))
    return "TKT-%05d" % rng.randrange(100000)


def ticket_id(rng):
    return rng.choice(["#%d" % rng.randrange(10000, 99999), "SUP-%d" % rng.randrange(1000, 99999),
                       "CASE-%07d" % rng.randrange(10 ** 7), "INC%07d" % rng.randrange(10 ** 7),
                       "OPS-%d" % rng.randrange(100, 9999)])


def version(rng):
    k = rng.randrange(5)
    if k == 0:
        return "v%d.%d.%d" % (rng.randrange(0, 6), rng.randrange(0, 30), rng.randrange(0, 40))
    if k == 1:
        return "%d.%d.%d.%d" % (rng.randrange(90, 130), 0, rng.randrange(4000, 7000), rng.randrange(10, 200))
    if k == 2:
        return "%d.%d.%d-rc.%d" % (rng.randrange(1, 5), rng.randrange(0, 20), rng.randrange(0, 10), rng.randrange(1, 5))
    if k == 3:
        return "%d.%d" % (rng.randrange(1, 20), rng.randrange(0, 12))
    return "%d.%02d.%d" % (rng.randrange(2021, 2026), rng.randrange(1, 13), rng.randrange(0, 9))


def sha(rng, n=None):
    return V.hexs(rng, n or rng.choice([7, 8, 12, 40]))


CURR = [("€", "{v:.2f} €"), ("$", "${v:,.2f}"), ("£", "£{v:.2f}"), ("¥", "¥{vi:,}"), ("R$", "R$ {v:.2f}"),
        ("₹", "₹{vi:,}"), ("CHF", "CHF {v:.2f}"), ("kr", "{v:.2f} kr"), ("zł", "{v:.2f} zł"), ("₺", "{v:.2f} TL"),
        ("₽", "{vi} ₽"), ("₩", "₩{vi:,}")]


def price(rng):
    v = rng.choice([rng.uniform(1, 99), rng.uniform(100, 2500)])
    sym, f = rng.choice(CURR)
    s = f.format(v=v, vi=int(v * (100 if sym in "¥₹₩" else 1)))
    if sym == "€" and rng.random() < 0.5:
        s = s.replace(".", ",")
    return s
