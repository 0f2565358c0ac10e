# -*- coding: utf-8 -*-
"""Look-alike pools: things a PII scanner must NOT mask."""
import string


def _s(x):
    return x.split("|")


def pick(rng, lst):
    return lst[rng.randrange(len(lst))]


# brands / products that look like personal names
NAME_BRANDS = _s("Ben & Jerry's|Ted Baker|Tommy Hilfiger|Calvin Klein|Ralph Lauren|Hugo Boss|Marc Jacobs|Kate Spade|Michael Kors|Tory Burch|Giorgio Armani|Dolce & Gabbana|"
                 "Paul Smith|Stella McCartney|Vivienne Westwood|Alexander McQueen|Jack Daniel's|Johnnie Walker|Jim Beam|Betty Crocker|Estée Lauder|Tim Hortons|Wendy's|McDonald's|"
                 "Trader Joe's|Marks & Spencer|John Lewis|Sainsbury's|Dr. Martens|Levi's|Kellogg's|Mrs. Fields|Ben Sherman|Karl Lagerfeld|Yves Saint Laurent|Christian Louboutin|"
                 "Carolina Herrera|Oscar de la Renta|Jimmy Choo|Tom Ford|Vera Wang|Martha Stewart Living|Paul Mitchell|Aveda|Lindt|Dr Pepper|Morgan Stanley|Goldman Sachs|"
                 "Charles Schwab|Merrill Lynch|Ernst & Young|Deloitte|Ferrero Rocher|Hennessy|Moët & Chandon|Veuve Clicquot|Ferragamo|Bottega Veneta|Emilio Pucci|"
                 "Massimo Dutti|Pull&Bear|Hugo|Max Mara|Philipp Plein|Jil Sander|Tchibo|Dr. Oetker|Aldi|Lidl|Adidas|Puma|Porsche|Ferrari|Lamborghini|Bugatti|Peugeot|"
                 "Renault|Citroën|Chevrolet|Ford|Dodge|Tesla|Mercedes-Benz|Honda|Toyota|Suzuki|Mitsubishi|Dyson|Miele|Bosch|Philips|Siemens|Braun|Gillette|Heineken|"
                 "Carlsberg|Guinness|Jameson|Glenfiddich|Casio|Seiko|Yamaha|Kawasaki|Disney|Warner Bros.|Hewlett-Packard|Dell|Boeing|Kroger|Walgreens|Macy's|Nordstrom|Sephora|"
                 "Uniqlo|Zara|Mango|Bershka|Nando's|Domino's|Papa John's|Chick-fil-A|Arby's|Denny's|Carl's Jr.|Sam's Club|Dunkin'|Baskin-Robbins|Häagen-Dazs|Mr. Clean|"
                 "Uncle Ben's|Aunt Jemima|Chef Boyardee|Colonel Sanders|Ronald McDonald|Hello Kitty|Samsung|Hyundai|Kia|Huawei|Xiaomi|Tata|Mahindra|Infosys|Wipro|"
                 "Natura|Havaianas|Embraer|Bimbo|Corona|Telcel|Jollibee|Tusker|Safaricom|Dangote|Jumia|Naspers|Nokia|Ericsson|IKEA|Volvo|Lego|Pandora|Marimekko|"
                 "Arçelik|Beko|Migros|Koton|Yandex|Kaspersky|Sberbank|Rostec|Aeroflot")
FASHION_BRANDS = _s("Ted Baker|Tommy Hilfiger|Calvin Klein|Ralph Lauren|Hugo Boss|Marc Jacobs|Kate Spade|Michael Kors|Tory Burch|Giorgio Armani|Dolce & Gabbana|Paul Smith|"
                     "Stella McCartney|Vivienne Westwood|Alexander McQueen|Levi's|Ben Sherman|Karl Lagerfeld|Yves Saint Laurent|Christian Louboutin|Carolina Herrera|"
                     "Oscar de la Renta|Jimmy Choo|Tom Ford|Vera Wang|Ferragamo|Bottega Veneta|Emilio Pucci|Massimo Dutti|Max Mara|Philipp Plein|Jil Sander|Dr. Martens|"
                     "Uniqlo|Zara|Mango|Marks & Spencer|John Lewis|Hugo|Koton|Havaianas|Marimekko")
FOOD_BRANDS = _s("Ben & Jerry's|Betty Crocker|Kellogg's|Mrs. Fields|Lindt|Ferrero Rocher|Häagen-Dazs|Dr. Oetker|Uncle Ben's|Chef Boyardee|Trader Joe's|Tchibo|"
                 "Baskin-Robbins|Tim Hortons|Dr Pepper|Jack Daniel's|Johnnie Walker|Jim Beam|Hennessy|Moët & Chandon|Veuve Clicquot|Glenfiddich|Jameson|Guinness|Heineken|Tusker")
PRODUCTS = _s("Kindle Paperwhite|iPhone 15 Pro|Galaxy S24 Ultra|PlayStation 5|Nintendo Switch|MacBook Air M3|ThinkPad X1 Carbon|Surface Pro 9|Pixel 8a|AirPods Pro|Instant Pot Duo|"
              "Roomba j7|Apple Watch Ultra|Kindle Scribe|Echo Dot|Fire TV Stick|Dyson V15|Vitamix E310|Stanley Quencher|Moleskine Classic|Le Creuset Dutch oven|Billy bookcase|"
              "Malm dresser|Tesla Model Y|Ford Mustang Mach-E|Toyota Corolla|VW Golf|Peugeot 208|Renault Clio|Fiat Panda|Honda Civic|Mini Cooper|Jeep Wrangler|Lincoln Navigator|"
              "Chevrolet Malibu|Dodge Durango|Nissan Leaf|Kia Sorento|Hyundai Santa Fe|Mercedes Sprinter")
FIGURES = [  # (name, birth date y,m,d) -- public figures; their dates are DATE decoys
    ("Ada Lovelace", (1815, 12, 10)), ("Albert Einstein", (1879, 3, 14)), ("Marie Curie", (1867, 11, 7)), ("Frida Kahlo", (1907, 7, 6)),
    ("Nelson Mandela", (1918, 7, 18)), ("Wolfgang Amadeus Mozart", (1756, 1, 27)), ("Alan Turing", (1912, 6, 23)), ("Grace Hopper", (1906, 12, 9)),
    ("Mahatma Gandhi", (1869, 10, 2)), ("Rabindranath Tagore", (1861, 5, 7)), ("Leo Tolstoy", (1828, 9, 9)), ("Frédéric Chopin", (1810, 3, 1)),
    ("Charles Darwin", (1809, 2, 12)), ("Abraham Lincoln", (1809, 2, 12)), ("Simón Bolívar", (1783, 7, 24)), ("Gabriel García Márquez", (1927, 3, 6)),
    ("Chinua Achebe", (1930, 11, 16)), ("Wangari Maathai", (1940, 4, 1)), ("Katherine Johnson", (1918, 8, 26)), ("Nikola Tesla", (1856, 7, 10)),
    ("Jane Austen", (1775, 12, 16)), ("Johann Sebastian Bach", (1685, 3, 31)), ("Rosalind Franklin", (1920, 7, 25)), ("Srinivasa Ramanujan", (1887, 12, 22)),
    ("Hayao Miyazaki", (1941, 1, 5)), ("Lionel Messi", (1987, 6, 24)), ("Serena Williams", (1981, 9, 26)), ("Usain Bolt", (1986, 8, 21)),
    ("Taylor Swift", (1989, 12, 13)), ("Barack Obama", (1961, 8, 4)), ("Angela Merkel", (1954, 7, 17)), ("Jacinda Ardern", (1980, 7, 26)),
    ("Fernando Pessoa", (1888, 6, 13)), ("Pablo Neruda", (1904, 7, 12)), ("Astrid Lindgren", (1907, 11, 14)), ("Hans Christian Andersen", (1805, 4, 2)),
    ("Jean Sibelius", (1865, 12, 8)), ("Edvard Munch", (1863, 12, 12)), ("Wisława Szymborska", (1923, 7, 2)), ("Orhan Pamuk", (1952, 6, 7)),
    ("Naguib Mahfouz", (1911, 12, 11)), ("Yuri Gagarin", (1934, 3, 9)), ("Alexander Pushkin", (1799, 6, 6)), ("Haruki Murakami", (1949, 1, 12)),
    ("Cristiano Ronaldo", (1985, 2, 5)), ("Pelé", (1940, 10, 23)), ("Diego Maradona", (1960, 10, 30)), ("Shakira", (1977, 2, 2)),
    ("Freddie Mercury", (1946, 9, 5)), ("David Bowie", (1947, 1, 8)), ("Beyoncé", (1981, 9, 4)), ("Rihanna", (1988, 2, 20)),
    ("Malala Yousafzai", (1997, 7, 12)), ("Greta Thunberg", (2003, 1, 3)), ("Stephen Hawking", (1942, 1, 8)), ("Isaac Newton", (1643, 1, 4)),
    ("Galileo Galilei", (1564, 2, 15)), ("Leonardo da Vinci", (1452, 4, 15)), ("Vincent van Gogh", (1853, 3, 30)), ("Rembrandt van Rijn", (1606, 7, 15)),
    ("Zaha Hadid", (1950, 10, 31)), ("Fela Kuti", (1938, 10, 15)), ("Wole Soyinka", (1934, 7, 13)), ("Miriam Makeba", (1932, 3, 4)),
    ("Kofi Annan", (1938, 4, 8)), ("Lee Kuan Yew", (1923, 9, 16)), ("Bruce Lee", (1940, 11, 27)), ("Jackie Chan", (1954, 4, 7)),
    ("Akira Kurosawa", (1910, 3, 23)), ("Yayoi Kusama", (1929, 3, 22)), ("Lata Mangeshkar", (1929, 9, 28)), ("Sachin Tendulkar", (1973, 4, 24)),
    ("Shah Rukh Khan", (1965, 11, 2)), ("A. P. J. Abdul Kalam", (1931, 10, 15)), ("Mustafa Kemal Atatürk", (1881, 5, 19)), ("Ingrid Bergman", (1915, 8, 29)),
    ("Greta Garbo", (1905, 9, 18)), ("Audrey Hepburn", (1929, 5, 4)), ("Marilyn Monroe", (1926, 6, 1)), ("Elvis Presley", (1935, 1, 8)),
    ("Martin Luther King Jr.", (1929, 1, 15)), ("Rosa Parks", (1913, 2, 4)), ("Florence Nightingale", (1820, 5, 12)), ("Mother Teresa", (1910, 8, 26)),
    ("Ludwig van Beethoven", (1770, 12, 17)), ("Johann Wolfgang von Goethe", (1749, 8, 28)), ("Victor Hugo", (1802, 2, 26)), ("Miguel de Cervantes", (1547, 9, 29)),
    ("Dante Alighieri", (1265, 6, 1)), ("Catherine the Great", (1729, 5, 2)), ("Queen Victoria", (1819, 5, 24)), ("Napoleon Bonaparte", (1769, 8, 15)),
    ("Linus Torvalds", (1969, 12, 28)), ("Tim Berners-Lee", (1955, 6, 8)), ("Margaret Hamilton", (1936, 8, 17)), ("Dennis Ritchie", (1941, 9, 9)),
    ("Guido van Rossum", (1956, 1, 31)), ("Bjarne Stroustrup", (1950, 12, 30)), ("Hedy Lamarr", (1914, 11, 9)), ("Emmy Noether", (1882, 3, 23)),
]
FIGURES_NATIVE = [("列夫·托尔斯泰", "zh"), ("鲁迅", "zh"), ("孔子", "zh"), ("李白", "zh"), ("夏目漱石", "ja"), ("紫式部", "ja"), ("宮崎駿", "ja"), ("세종대왕", "ko"), ("이순신", "ko"),
                  ("Лев Толстой", "ru"), ("Юрий Гагарин", "ru"), ("Фёдор Достоевский", "ru"), ("Тарас Шевченко", "uk"), ("Леся Українка", "uk"), ("Σωκράτης", "el"), ("Αριστοτέλης", "el"),
                  ("نجيب محفوظ", "ar"), ("أم كلثوم", "ar"), ("ابن سينا", "ar"), ("דוד בן-גוריון", "he"), ("גולדה מאיר", "he"), ("महात्मा गांधी", "hi"), ("रवींद्रनाथ टैगोर", "hi"),
                  ("রবীন্দ্রনাথ ঠাকুর", "bn"), ("কাজী নজরুল ইসলাম", "bn"), ("திருவள்ளுவர்", "ta"), ("สุนทรภู่", "th"), ("Hồ Xuân Hương", "vi"), ("Kartini", "id"), ("Mustafa Kemal Atatürk", "tr")]
FICTIONAL = _s("Mr. Darcy|Elizabeth Bennet|Hermione Granger|Harry Potter|Sherlock Holmes|Dr. Watson|Frodo Baggins|Atticus Finch|Jay Gatsby|Holden Caulfield|"
               "Anna Karenina|Don Quixote|Sancho Panza|Jean Valjean|Emma Bovary|Tintin|Asterix|Pippi Longstocking|Heidi|Homer Simpson|Walter White|Jon Snow|"
               "Daenerys Targaryen|Luke Skywalker|Leia Organa|Bilbo Baggins|Gandalf|Mary Poppins|Peter Pan|Winnie-the-Pooh|Ebenezer Scrooge|Captain Nemo|"
               "Phileas Fogg|Huckleberry Finn|Tom Sawyer|Scarlett O'Hara|Jane Eyre|Mr. Rochester|Lisbeth Salander|Kurt Wallander|Inspector Montalbano|"
               "Jules Maigret|Hercule Poirot|Miss Marple|Nancy Drew|Rick Deckard|Ted Lasso|Michael Scott|Leslie Knope|Captain Ahab|Dorian Gray|Jo March|"
               "Bridget Jones|Forrest Gump|Indiana Jones|James Bond|Lara Croft|Mario|Princess Zelda|Geralt of Rivia|Sailor Moon|Naruto Uzumaki|Totoro|"
               "Doraemon|Son Goku|Anne Shirley|Matilda Wormwood|Severus Snape|Albus Dumbledore|Katniss Everdeen|Bella Swan|Arya Stark|Tyrion Lannister|"
               "Jack Sparrow|Darth Vader|Hannibal Lecter|Don Corleone|Raskolnikov|Oblomov|Emil of Lönneberga|Moomintroll|Snufkin|Arsène Lupin|Le Petit Prince|"
               "Cinderella|Snow White|Rapunzel|Aladdin|Mulan|Pocahontas|Shrek|Paddington|Peppa Pig|Bob the Builder|Fireman Sam|Postman Pat|Wallace and Gromit")
PLACES = _s("Washington Square|Lake Victoria|Victoria Station|Lincoln Center|Rockefeller Center|Carnegie Hall|John F. Kennedy International Airport|Charles de Gaulle Airport|"
            "Leonardo da Vinci Airport|Columbus Circle|Mount Everest|Lake Louise|Queen Elizabeth Olympic Park|Royal Albert Hall|Hudson River|Strait of Magellan|"
            "Vasco da Gama Bridge|Pushkin Square|Plaza Bolívar|Jomo Kenyatta International Airport|Murtala Muhammed Airport|Indira Gandhi International Airport|"
            "Chhatrapati Shivaji Maharaj Terminus|Ben Gurion Airport|Nelson Mandela Square|Stanford University|Harvard Yard|Karl-Marx-Allee|Alexanderplatz|"
            "Trafalgar Square|Piccadilly Circus|Kings Cross|St. Pancras|Lake Geneva|Mount Kilimanjaro|Victoria Falls|Cape Town|San Francisco|São Paulo|"
            "Santa Monica|St. Petersburg|Port Elizabeth|Georgetown|Jefferson Memorial|Lincoln Memorial|Hoover Dam|Mount Rushmore|Kennedy Space Center|"
            "Franz Josef Glacier|Prince Edward Island|Queensland|Maryland|Virginia|Georgia|Louisiana|Pennsylvania|Bolivia|Colombia|Philippines|Seychelles|"
            "Marienplatz|Place Charles de Gaulle|Via Garibaldi|Avenida Paulista|Copacabana|Ipanema|Gorky Park|Tiergarten|Vondelpark|Central Park|Hyde Park|"
            "Regent's Park|Lake Tahoe|Mount Elgon|Mount Kenya|Lagos Island|Sydney Opera House|Bondi Beach|Uluru|Table Mountain|Jungfrau|Matterhorn|"
            "Tokyo Tower|Shibuya Crossing|Gyeongbokgung|Forbidden City|Taj Mahal|Marina Bay Sands|Burj Khalifa|Hagia Sophia|Acropolis|Sagrada Família")
BOTS = _s("Jenkins|Dependabot|Sentry|Renovate|GitHub Actions|CircleCI|Travis CI|Grafana|Kibana|PagerDuty|Opsgenie|Zapier|Slackbot|Alexa|Siri|Cortana|Jarvis|"
          "Clippy|Copilot|Claude|ChatGPT|Gemini|Mistral|Llama|Ollama|Kubernetes|Prometheus|Argo CD|Hubot|Rasa|Jira|Confluence|Bamboo|Buildkite|Airflow|Dagster|"
          "Luigi|Celery|Heroku|Vercel|Netlify|Sidekiq|Datadog|New Relic|Splunk|Bitbucket Pipelines|TeamCity|Octopus Deploy|Harness|Codecov|SonarQube|Snyk|"
          "Mergify|Kodiak|Stale Bot|Welcome Bot|Giphy|Polly|Donut|Standuply|Geekbot|Workday|ServiceNow|Zendesk|Intercom|Freshdesk|HelpScout|Calendly|Otter.ai|"
          "Fireflies|Grammarly|Notion AI|Perplexity|DeepL|Bard|Ernie Bot|Tongyi Qianwen|Kimi|Clova|Marvin|Ziggy|Bender|HAL 9000|R2-D2|Wall-E|Baymax")
BOT_SPEAKERS = _s("Jenkins|Dependabot|Sentry|Renovate|Slackbot|PagerDuty|Grafana|Hubot|Geekbot|Polly|Donut|Standuply|Codecov|SonarQube|Snyk|Mergify|Assistant|Claude|ChatGPT|Copilot|Gemini|Alexa|Siri|GitHub Actions|Datadog|Opsgenie|Zendesk Bot|Jira Automation|Workday")

OPS_TERMS = _s("OOMKilled|CrashLoopBackOff|ImagePullBackOff|SIGTERM|SIGKILL|p99 latency|p95|HTTP 503|HTTP 429|502 Bad Gateway|504 Gateway Timeout|ECONNRESET|ETIMEDOUT|"
               "canary|blue-green|rollback|hotfix|feature flag|circuit breaker|dead letter queue|connection pool exhausted|read replica|failover|cold start|"
               "rate limit|TLS handshake|DNS NXDOMAIN|segfault|stack overflow|deadlock|race condition|memory leak|GC pause|heap dump|thread dump|"
               "kubectl rollout undo|terraform apply|helm upgrade|docker compose up|git bisect|SLO breach|error budget|MTTR|RCA|postmortem|on-call|runbook|"
               "NullPointerException|KeyError|TypeError|ConnectionRefusedError|OutOfMemoryError|ENOSPC|EACCES|503 Service Unavailable|0.0.0.0:8080|localhost:5432|127.0.0.1:6379")
CODE_IDENTS = _s("first_name|last_name|full_name|user_email|userEmail|getPassword()|PASSWORD_HASH|ssn_last4|date_of_birth|dob_field|phoneNumber|billing_address|"
                 "customer_id|iban_masked|card_token|DB_PASSWORD|SECRET_KEY|API_KEY|user.name|contact.email|PatientRecord|validate_iban()|mask_pii()|parse_dob|"
                 "normalizePhone|AddressLine1|postal_code|is_verified|created_at|updated_at|owner_id|redact_email|hash_password()|PersonName|EmailStr|"
                 "YOUR_PASSWORD_HERE|<name>|<email>|<your-api-key>|{{ user.first_name }}|${DB_PASSWORD}|%(username)s|:user_id|@param name|$email|"
                 "REPLACE_ME|changeme|TODO(name)|xxx-xx-xxxx|****-****-****-1234|user@example.com|name@domain.tld")
PLACEHOLDER_PEOPLE = _s("John Doe|Jane Doe|John Smith|Max Mustermann|Erika Mustermann|Jan Kowalski|Mario Rossi|Juan Pérez|Fulano de Tal|Jean Dupont|"
                        "Joe Bloggs|Ola Nordmann|Kari Nordmann|Matti Meikäläinen|Jan Jansen|Иван Иванов|山田太郎|홍길동|张三|李四|Tommy Atkins|A. N. Other")
COMPANIES = _s("Northwind Traders|Contoso|Fabrikam|Initech|Globex|Umbrella Corp|Wayne Enterprises|Stark Industries|Acme Corp|Hooli|Pied Piper|Wonka Industries|"
               "Cyberdyne|Tyrell Corporation|Soylent|Vandelay Industries|Dunder Mifflin|Sterling Cooper|Oceanic Airlines|Gringotts")


def version(rng):
    r = rng.random()
    if r < .25:
        return "v%d.%d.%d.%d" % (rng.randrange(1, 20), rng.randrange(0, 20), rng.randrange(0, 12), rng.randrange(0, 300))
    if r < .45:
        return "%s %d.%d.%d" % (pick(rng, ["node", "Node.js", "python", "Python", "go", "openssl", "nginx", "postgres", "redis", "kernel", "Chrome", "Firefox", "rustc", "Java"]),
                                rng.randrange(1, 130), rng.randrange(0, 30), rng.randrange(0, 40))
    if r < .6:
        return "%d.%d.%d" % (rng.randrange(0, 12), rng.randrange(0, 40), rng.randrange(0, 99))
    if r < .7:
        return "%d.%d.%d-rc.%d" % (rng.randrange(0, 5), rng.randrange(0, 20), rng.randrange(0, 9), rng.randrange(1, 5))
    if r < .8:
        return "build %d.%d.%d.%d" % (rng.randrange(10, 26), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(1000, 9999))
    if r < .9:
        return "%d.%d.%d.%d" % (rng.randrange(1, 30), rng.randrange(0, 30), rng.randrange(0, 300), rng.randrange(0, 3000))
    return "iOS %d.%d.%d" % (rng.randrange(14, 19), rng.randrange(0, 6), rng.randrange(0, 4))


def numeric_id(rng):
    r = rng.random()
    if r < .3:
        return str(rng.randrange(10 ** 5, 10 ** 10))
    if r < .4:
        return "%d-%d-%d" % (rng.randrange(100, 999), rng.randrange(10, 99), rng.randrange(1000, 9999))  # SSN-shaped but an ID in context
    if r < .65:
        return "%d %d %d" % (rng.randrange(100, 999), rng.randrange(100, 999), rng.randrange(1000, 9999))
    if r < .8:
        return "".join(rng.choice("0123456789") for _ in range(16))
    return str(rng.randrange(10 ** 11, 10 ** 13))


def order_id(rng):
    r = rng.random()
    D = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    U = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
    return pick(rng, [
        "#" + D(7), "ORD-" + D(8), "INV-%d-%s" % (rng.randrange(2019, 2026), D(5)), "%s-%s-%s" % (D(3), D(7), D(7)),  # amazon-ish
        "1Z%s%s" % (U(3), D(13)), "TKT-" + D(6), "RMA%s" % D(8), "PO %s" % D(6), "%s%s" % (U(2), D(9)) + pick(rng, ["DE", "GB", "CN", "US"]),
        "#%s-%s" % (U(3), D(4)), "%s %s %s %s" % (D(4), D(4), D(4), D(4)), "%s-%s-%s" % (D(3), D(3), D(4)), "%s %s %s" % (D(4), D(3), D(4)),
        "JIRA-%d" % rng.randrange(100, 9999), "BK-%s" % U(6), "PNR %s" % U(6), "%s-%s" % (U(2), D(6))])


def price(rng):
    a = rng.randrange(1, 3000) + rng.randrange(0, 100) / 100
    return pick(rng, ["$%.2f" % a, "€%.2f" % a, "%.2f €" % a, ("%.2f €" % a).replace(".", ","), "£%.2f" % a, "¥%d" % int(a * 100), "CHF %.2f" % a,
                      "R$ %s" % ("%.2f" % a).replace(".", ","), "₹%d" % int(a * 80), "%d zł" % int(a), "US$%d" % int(a), "kr %d" % int(a * 10), "₩%d,%03d" % (int(a * 13), rng.randrange(1000)),
                      "%.2f USD" % a, "₺%d" % int(a * 30), "₦%d,%03d" % (int(a), rng.randrange(1000))])


def hex_hash(rng):
    n = pick(rng, [7, 7, 8, 12, 40, 64, 32])
    h = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return ("sha256:" + h) if n == 64 and rng.random() < .5 else h


def event_ts(rng):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randrange(2023, 2026), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1000))
