"""Decoy material: things that read like names (or like PII) but must not be masked.

PROPER_NOUN here covers brands and firms named after people, products and assistants
with given names, places named like people, streets and buildings mentioned without a
house number, historical public figures in general-knowledge questions, fictional
characters, documentation placeholder names and AI model names.
"""
import datetime as dt

from core import lab
from pii import fmt_date, rand_date

BRANDS = [
    "Ben & Jerry's", "Tim Hortons", "Wendy's", "Hugo Boss", "Ralph Lauren", "Marks & Spencer", "Dell", "Ford",
    "Tesla", "Porsche", "Casio", "McDonald's", "Ferrari", "Lamborghini", "Dr. Martens", "Levi's", "Calvin Klein",
    "Tommy Hilfiger", "Louis Vuitton", "Christian Dior", "Mercedes-Benz", "Chanel", "Johnson & Johnson",
    "Procter & Gamble", "Kellogg's", "Heinz", "Cadbury", "Nestlé", "Siemens", "Philips", "Bosch", "Peugeot",
    "Citroën", "Ducati", "Honda", "Toyota", "Suzuki", "Boeing", "Disney", "Goldman Sachs", "J.P. Morgan",
    "Merrill Lynch", "Charles Schwab", "Wells Fargo", "Barclays", "Sainsbury's", "Hilton", "Marriott",
    "Trader Joe's", "Papa John's", "Arby's", "Chick-fil-A", "Carl's Jr.", "Little Caesars", "Dr Pepper",
    "Jack Daniel's", "Jim Beam", "Johnnie Walker", "Sam Adams", "Betty Crocker", "Estée Lauder", "Kate Spade",
    "Michael Kors", "Vera Wang", "Ted Baker", "Paul Smith", "Jimmy Choo", "Giorgio Armani", "Gucci", "Prada",
    "Versace", "Dolce & Gabbana", "Harley-Davidson", "Rolls-Royce", "Aston Martin", "Chevrolet", "Dodge",
    "Chrysler", "Oscar Mayer", "Campbell's", "Hershey's", "Baskin-Robbins", "John Lewis", "Harvey Nichols",
    "Selfridges", "Fortnum & Mason", "Aldi", "Lidl", "Ben Sherman", "Fred Perry", "Adidas", "Kawasaki", "Opel",
    "Škoda", "Tata", "Mahindra", "Lincoln", "Morgan Stanley", "Edward Jones", "Hewlett-Packard", "Bang & Olufsen",
    "Sherwin-Williams", "Walt Disney World", "Duncan Hines", "Mrs. Fields", "Famous Amos", "Dr. Oetker",
    "Carl Zeiss", "Braun", "Miele", "Ray-Ban", "Van Houten", "Heineken", "Guinness", "Jacob's Creek",
]
# brand named after a person -> the person-name-looking substring
PRODUCTS = ["Alexa", "Siri", "Cortana", "Bixby", "Claude", "Gemini", "Jarvis", "Watson", "Copilot", "Grok",
            "Julia", "Ada", "Pascal", "Ruby", "Django", "Hadoop", "Kafka", "Cassandra", "Jenkins", "Hudson",
            "Jupyter", "Sphinx", "Ollama", "Marvin", "Erlang", "Haskell", "Lua", "Hugo", "Jekyll", "Ansible",
            "Pandas", "Florence-2", "Devin", "Ernie Bot", "Tabnine", "Clippy", "Roomba", "Sonos", "Raspberry Pi"]
MODELS = ["Claude 3.5 Sonnet", "Claude 3 Opus", "Claude 3 Haiku", "Llama 3.1 70B", "Llama 2 13B", "Mistral Large",
          "Mistral 7B", "Mixtral 8x7B", "Gemini 1.5 Pro", "Gemini Flash", "GPT-4o", "GPT-4 Turbo", "Phi-3 mini",
          "Qwen2.5-72B", "Falcon 40B", "Gemma 2 9B", "DeepSeek-V3", "Command R+", "Grok-2", "Claude Instant",
          "Llama 3.2 3B", "Codestral", "Jamba 1.5", "OLMo 7B", "Granite 3.0"]
PLACES = ["St. Louis", "San Jose", "Victoria", "Florence", "Charlotte", "Darwin", "Washington", "Lincoln Park",
          "San Francisco", "San Diego", "Santa Monica", "Santa Clara", "São Paulo", "St. Petersburg", "Sydney",
          "Austin", "Houston", "Jackson", "Madison", "Lafayette", "Raleigh", "Denver", "Eugene", "Adelaide",
          "Alexandria", "Georgetown", "Charleston", "Jacksonville", "Columbus", "Regina", "Hamilton", "Kingston",
          "Wellington", "Nelson", "Frederick", "Augusta", "Savannah", "Chelsea", "Santiago", "San Sebastián",
          "Santa Cruz", "Ciudad Juárez", "Georgia", "Virginia", "Carolina", "Sofia", "Vladimir", "Victoria Falls",
          "Brisbane", "Hobart", "Melbourne", "Lourdes", "Paris, Texas", "Charlotte, NC", "San Antonio",
          "Saint-Étienne", "Sankt Gallen", "Ho Chi Minh City", "Marion", "Cecil County", "Port Elizabeth",
          "Santa Barbara", "Los Alamos", "Mount Kenya", "Lake Victoria", "Hudson Bay", "Vancouver", "Dallas",
          "Tyler, Texas", "Troy", "Florence, Italy", "Victoria BC", "Washington, D.C.", "Everett", "Bismarck"]
STREETS_NO_NUMBER = ["Baker Street", "Abbey Road", "Regent Street", "Nevsky Prospekt", "Karl-Marx-Allee",
                     "Boulevard Haussmann", "Via Garibaldi", "Rockefeller Center", "Madison Square Garden",
                     "Lincoln Center", "JFK", "Charles de Gaulle airport", "Leonardo da Vinci airport",
                     "Indira Gandhi International Airport", "Martin Luther King Jr. Boulevard", "Calle Simón Bolívar",
                     "Avenida Presidente Vargas", "Nelson Mandela Square", "Friedrichstraße", "Victoria Station",
                     "King's Cross", "St Pancras", "Grand Central", "Penn Station", "Wrigley Field", "Carnegie Hall",
                     "Willis Tower", "Chrysler Building", "the Guggenheim", "Getty Center", "the Smithsonian",
                     "Van Gogh Museum", "Lincoln Memorial", "Jefferson Memorial", "Princes Street", "George Street",
                     "Queen Street West", "Rua Augusta", "Avenida Paulista", "Jalan Sudirman", "Bahnhofstraße",
                     "Piccadilly", "Lombard Street", "Kurfürstendamm", "Orchard Road", "Nathan Road",
                     "Paseo de la Reforma", "Avenida 9 de Julio", "Jalan Thamrin", "Moi Avenue", "Kenyatta Avenue",
                     "Ataturk Boulevard", "Rue Sainte-Catherine", "Wenceslas Square", "Piazza Navona",
                     "Plaza de Colón", "Calle de Cervantes", "Rizal Park", "Ben Thanh Market", "Sukhumvit Road"]
FIGURES = ["Albert Einstein", "Einstein", "Marie Curie", "Shakespeare", "William Shakespeare", "Napoleon",
           "Cleopatra", "Gandhi", "Mahatma Gandhi", "Nelson Mandela", "Isaac Newton", "Newton", "Ada Lovelace",
           "Alan Turing", "Frida Kahlo", "Mozart", "Beethoven", "Leonardo da Vinci", "Galileo", "Charles Darwin",
           "Confucius", "Sun Tzu", "Genghis Khan", "Queen Victoria", "Abraham Lincoln", "George Washington",
           "Martin Luther King Jr.", "Simón Bolívar", "José Rizal", "Rabindranath Tagore", "Murasaki Shikibu",
           "Ibn Battuta", "Avicenna", "Al-Khwarizmi", "Hypatia", "Socrates", "Plato", "Aristotle",
           "Marie Antoinette", "Joan of Arc", "Catherine the Great", "Peter the Great", "Tolstoy", "Dostoevsky",
           "Pushkin", "Goethe", "Immanuel Kant", "Karl Marx", "Sigmund Freud", "Nikola Tesla", "Thomas Edison",
           "Rosalind Franklin", "Srinivasa Ramanujan", "Emmy Noether", "Gregor Mendel", "Louis Pasteur",
           "Florence Nightingale", "Mary Seacole", "Harriet Tubman", "Rosa Parks", "Cervantes", "Dante",
           "Victor Hugo", "Molière", "Pablo Neruda", "Chopin", "Copernicus", "Yuri Gagarin", "Mendeleev",
           "Hokusai", "Lu Xun", "Li Bai", "King Sejong", "Nefertiti", "Tutankhamun", "Mansa Musa", "Shaka Zulu",
           "Wangari Maathai", "Chinua Achebe", "Kwame Nkrumah", "Haile Selassie", "Julius Caesar", "Charlemagne",
           "Vincent van Gogh", "Rembrandt", "Michelangelo", "Johann Sebastian Bach", "Jane Austen", "Charles Dickens",
           "Mark Twain", "Homer", "Pythagoras", "Euclid", "Archimedes", "Marco Polo", "Christopher Columbus",
           "Ferdinand Magellan", "Ibn Sina", "Omar Khayyam", "Rumi", "Kalidasa", "Ashoka", "Akbar",
           "Atatürk", "Sor Juana Inés de la Cruz", "Gabriela Mistral", "Tiradentes", "Santos Dumont", "Che Guevara",
           "Emiliano Zapata", "Benito Juárez", "Toussaint Louverture", "Mary Wollstonecraft", "Hildegard of Bingen",
           "Johannes Gutenberg", "Nicolaus Copernicus", "Tycho Brahe", "Johannes Kepler", "Carl Linnaeus",
           "Alfred Nobel", "Hans Christian Andersen", "Henrik Ibsen", "Jean Sibelius", "Fryderyk Chopin",
           "Maria Skłodowska-Curie", "Antonín Dvořák", "Franz Kafka", "Béla Bartók"]
FIGURES_NATIVE = {
    "zh": ["孔子", "李白", "孙中山", "鲁迅", "秦始皇", "屈原", "杜甫", "郑和"],
    "ja": ["紫式部", "織田信長", "葛飾北斎", "夏目漱石", "徳川家康", "聖徳太子"],
    "ko": ["세종대왕", "이순신", "신사임당", "장영실"],
    "ru": ["Пушкин", "Толстой", "Гагарин", "Менделеев", "Чехов", "Пётр I", "Ломоносов"],
    "el": ["Σωκράτης", "Αριστοτέλης", "Πλάτωνας", "Ευκλείδης", "Αρχιμήδης", "Μέγας Αλέξανδρος"],
    "ar": ["ابن سينا", "الخوارزمي", "ابن بطوطة", "ابن خلدون", "صلاح الدين", "المتنبي"],
    "hi": ["महात्मा गांधी", "रवीन्द्रनाथ टैगोर", "अशोक", "आर्यभट", "कबीर", "सुभाष चंद्र बोस"],
    "he": ["הרמב\"ם", "בן-גוריון", "רש\"י", "דוד המלך"],
    "th": ["พระเจ้าตากสิน", "สุนทรภู่", "พ่อขุนรามคำแหง"],
    "vi": ["Hai Bà Trưng", "Trần Hưng Đạo", "Nguyễn Du", "Lý Thường Kiệt"],
    "tr": ["Mimar Sinan", "Yunus Emre", "Fatih Sultan Mehmet", "Piri Reis"],
    "pl": ["Mikołaj Kopernik", "Fryderyk Chopin", "Maria Skłodowska-Curie", "Adam Mickiewicz"],
    "es": ["Cervantes", "Simón Bolívar", "Frida Kahlo", "Sor Juana Inés de la Cruz", "Cristóbal Colón"],
    "fr": ["Napoléon", "Victor Hugo", "Marie Curie", "Jeanne d'Arc", "Molière", "Louis Pasteur"],
    "de": ["Goethe", "Beethoven", "Albert Einstein", "Immanuel Kant", "Johannes Gutenberg"],
    "it": ["Leonardo da Vinci", "Galileo Galilei", "Dante Alighieri", "Giuseppe Garibaldi", "Michelangelo"],
    "pt": ["Tiradentes", "Luís de Camões", "Santos Dumont", "Pedro Álvares Cabral", "Machado de Assis"],
    "id": ["Kartini", "Diponegoro", "Gajah Mada", "Soekarno"],
    "sw": ["Julius Nyerere", "Jomo Kenyatta", "Wangari Maathai", "Dedan Kimathi"],
    "yo": ["Ọbafẹmi Awólọ́wọ̀", "Mọ́remí Àjàṣorò", "Ṣàngó"],
}
FICTION = ["Harry Potter", "Hermione Granger", "Sherlock Holmes", "Dr. Watson", "Hercule Poirot", "Miss Marple",
           "Elizabeth Bennet", "Mr. Darcy", "Frodo Baggins", "Gandalf", "Bilbo", "Luke Skywalker", "Darth Vader",
           "Homer Simpson", "Bart Simpson", "Mickey Mouse", "Winnie-the-Pooh", "Peter Pan", "Don Quixote",
           "Sancho Panza", "Jay Gatsby", "Atticus Finch", "Holden Caulfield", "Anna Karenina", "Raskolnikov",
           "Hamlet", "Macbeth", "Captain Ahab", "Tintin", "Astérix", "Obélix",
           "Pippi Longstocking", "Pinocchio", "Doraemon", "Nobita", "Son Goku", "Naruto Uzumaki",
           "Sailor Moon", "Sun Wukong", "Lara Croft", "Super Mario", "Princess Zelda", "Scrooge McDuck",
           "James Bond", "Indiana Jones", "Jon Snow", "Daenerys Targaryen", "Katniss Everdeen", "Bridget Jones",
           "Paddington", "Shrek", "Ebenezer Scrooge", "Oliver Twist", "Jane Eyre", "Mr. Rochester", "Dorian Gray",
           "Tom Sawyer", "Huckleberry Finn", "Alice in Wonderland", "the Mad Hatter", "Willy Wonka", "Mary Poppins", "Little Red Riding Hood", "Cinderella", "Snow White", "Totoro", "Spider-Man", "Peter Parker", "Bruce Wayne", "Clark Kent", "Wonder Woman", "Tony Stark",
           "Ron Weasley", "Albus Dumbledore", "Severus Snape", "Aragorn", "Legolas", "Arya Stark", "Tyrion Lannister",
           "Walter White", "Jesse Pinkman", "Sheldon Cooper", "Michael Scott", "Ted Lasso", "Fleabag",
           "Hercules", "Odysseus", "Achilles", "Zeus", "Loki", "Anansi", "Momotarō", "Hong Gildong"]
FICTION_NATIVE = {"zh": ["孙悟空", "猪八戒", "林黛玉", "贾宝玉"], "ja": ["ドラえもん", "桃太郎", "孫悟空"],
                  "ko": ["홍길동", "심청", "춘향"], "ru": ["Евгений Онегин", "Анна Каренина", "Раскольников", "Чебурашка"],
                  "es": ["Don Quijote", "Sancho Panza", "Dulcinea"], "fr": ["Astérix", "Jean Valjean", "le Petit Prince"],
                  "de": ["Faust", "Rotkäppchen", "Pumuckl"], "it": ["Pinocchio", "Geppetto"], "pt": ["Capitu", "Macunaíma"],
                  "pl": ["Pan Tadeusz", "Reksio"], "tr": ["Keloğlan", "Nasreddin Hoca"], "ar": ["علاء الدين", "شهرزاد", "سندباد"]}
# Placeholder names of documentation, tests and sample forms (rule: PROPER_NOUN decoy).
PLACEHOLDERS = ["John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Joe Bloggs", "Jan Kowalski",
                "Jean Dupont", "Mario Rossi", "Fulano de Tal", "Juan dela Cruz", "Taro Yamada", "Alice", "Bob",
                "Eve", "Mallory", "Richard Roe", "John Q. Public", "Ola Nordmann", "Kari Nordmann", "Jan Jansen",
                "Jan Modaal", "Matti Meikäläinen", "Maija Meikäläinen", "Ivan Ivanov", "Juan Pérez", "Joe Schmoe",
                "Tommy Atkins", "Average Joe", "Fred Nurk", "Jane Roe", "A. N. Other", "Chris Example"]
PLACEHOLDERS_NATIVE = {"ja": ["山田太郎", "山田花子"], "zh": ["张三", "李四", "王五"], "ko": ["홍길동", "김철수"],
                       "ru": ["Иван Иванов", "Иванов Иван Иванович", "Пётр Петров"], "he": ["ישראל ישראלי"],
                       "ar": ["فلان الفلاني", "فلان"], "de": ["Max Mustermann", "Erika Mustermann"],
                       "es": ["Fulano de Tal", "Juan Pérez", "Mengano"], "pt": ["Fulano de Tal", "Beltrano", "Sicrano"],
                       "it": ["Mario Rossi", "Tizio", "Caio"], "fr": ["Jean Dupont", "Marie Dupont"],
                       "pl": ["Jan Kowalski", "Anna Nowak"], "tr": ["Ahmet Yılmaz"]}
EPONYMS = ["Dijkstra's algorithm", "Bayes' theorem", "Newton's laws", "Fourier transform", "Gaussian blur",
           "Kalman filter", "Bloom filter", "Huffman coding", "Levenshtein distance", "Turing test",
           "Nobel Prize", "Fields Medal", "Turing Award", "Pulitzer Prize", "Hubble telescope",
           "James Webb Space Telescope", "Kepler mission", "Boolean logic", "Fibonacci sequence", "Pareto principle",
           "Murphy's law", "Parkinson's law", "Conway's Game of Life", "Pythagorean theorem", "Euler's identity",
           "Hamiltonian", "Laplace transform", "Markov chain", "Monte Carlo", "Nash equilibrium",
           "Hurricane Katrina", "Storm Ciarán", "Typhoon Haiyan", "Halley's Comet", "the Ritz", "the Hilton",
           "Rubik's Cube", "Ferris wheel", "Jacuzzi", "Tupperware", "Caesar salad", "Eggs Benedict",
           "Earl Grey", "Beef Wellington", "Margherita pizza", "Pavlova", "the Taj Mahal", "Sagrada Família",
           "the Eiffel Tower", "Brooklyn Bridge", "Hoover Dam", "Stephenson's Rocket", "Morse code", "Braille"]
OPS = ["health check", "kill -9", "/healthz", "liveness probe", "readiness probe", "memory leak", "virus scan",
       "the build is sick", "patient-zero service", "password reset link", "PIN pad", "heartbeat", "cold start",
       "zombie process", "orphaned pods", "OOMKilled", "circuit breaker", "dead letter queue", "canary"]
MONTH_NAMES = ["May", "June", "August", "April", "July", "January"]
WEEKDAYS = ["Tuesday", "Wednesday", "Friday", "Sunday", "Monday"]
REPOS = ["billing-api", "ingest-worker", "web-frontend", "auth-service", "search-indexer", "mobile-app", "etl-jobs"]


def D(typ, value):
    return lab(typ, value)


def date(rng, lang="en"):
    d = rand_date(rng, 2019, 2026)
    return D("DATE", fmt_date(rng, d, lang))


def version(rng):
    a, b, c = rng.randrange(0, 12), rng.randrange(0, 30), rng.randrange(0, 20)
    return D("VERSION", rng.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}", f"v{a}.{b}"]))


def order_id(rng):
    return D("ORDER_ID", rng.choice([f"ORD-{rng.randrange(2019, 2026)}-{rng.randrange(10000, 99999)}",
                                     f"#{rng.randrange(100000, 999999)}", f"PO-{rng.randrange(1000, 9999)}-{rng.choice('ABCDEFGH')}",
                                     f"INV-{rng.randrange(10000, 99999)}", f"{rng.choice('ABCDEFGHJK')}{rng.randrange(10, 99)}-{rng.randrange(100000, 999999)}"]))


def price(rng):
    v = rng.randrange(3, 4000) + rng.choice([0, 0.99, 0.5, 0.49])
    return D("PRICE", rng.choice([f"${v:,.2f}", f"€{v:,.2f}", f"£{v:.2f}", f"{v:.2f} EUR", f"¥{int(v) * 100:,}",
                                  f"R$ {v:.2f}".replace(".", ","), f"₹{int(v) * 10:,}", f"{int(v)} zł"]))


def numeric_id(rng):
    return D("NUMERIC_ID", str(rng.randrange(10 ** 5, 10 ** 9)))


def file_path(rng):
    return D("FILE_PATH", rng.choice([
        f"/var/log/{rng.choice(REPOS)}/app.log", f"src/users/{rng.choice(['get_user_name', 'profile', 'contacts'])}.py",
        f"tests/fixtures/{rng.choice(['john_doe', 'sample_user', 'jane_doe_profile'])}.json",
        f"~/Downloads/{rng.choice(['Q3-report', 'invoice', 'slides-final'])}.pdf", f"C:\\Users\\Public\\Documents\\notes.txt",
        f"/etc/{rng.choice(['nginx/nginx.conf', 'hosts', 'ssh/sshd_config'])}", f"docs/examples/{rng.choice(['alice_bob', 'onboarding', 'crm_import'])}.md"]))


def hex_hash(rng, n=None):
    n = n or rng.choice([7, 12, 40, 32])
    return D("HEX_HASH", "".join(rng.choice("0123456789abcdef") for _ in range(n)))


def ops(rng):
    return D("OPS_TERM", rng.choice(OPS))


def pn(value):
    return D("PROPER_NOUN", value)


def month(rng, name=None, with_day=None):
    name = name or rng.choice(MONTH_NAMES)
    if with_day is None:
        with_day = rng.random() < 0.5
    return D("DATE", f"{name} {rng.randrange(1, 29)}" if with_day else name)
