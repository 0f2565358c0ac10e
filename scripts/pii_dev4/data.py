# -*- coding: utf-8 -*-
"""Hand-written word lists for the dev4 corpus generator (gen.py).

Names for locales where the Faker locale is missing or weak, street and city
lists for the address formats, health vocabulary in six languages, password
material, field labels per language and the decoy lists.
"""

# ---------------------------------------------------------------------------
# Names (Latin transliteration unless stated). Tuples: (given_m, given_f, family)
# ---------------------------------------------------------------------------

HAND_NAMES = {
    "gh": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku", "Kwesi", "Fiifi", "Nii", "Ekow", "Selasi", "Elikem"],
        ["Ama", "Akosua", "Abena", "Adwoa", "Efua", "Esi", "Afua", "Yaa", "Akua", "Naa", "Dzifa", "Esinam"],
        ["Mensah", "Asante", "Owusu", "Boateng", "Osei", "Agyeman", "Appiah", "Darko", "Ofori", "Amoah",
         "Acheampong", "Addo", "Quaye", "Tetteh", "Annan", "Ansah", "Badu", "Quansah", "Agyei-Sarpong", "Nkrumah-Boadu"],
    ),
    "et": (
        ["Dawit", "Yohannes", "Tewodros", "Bereket", "Abebe", "Henok", "Biniam", "Yared", "Samuel", "Mulugeta"],
        ["Tigist", "Selamawit", "Hirut", "Meron", "Lidya", "Meseret", "Bethlehem", "Hanna", "Mahlet", "Rahel"],
        ["Girma", "Tesfaye", "Bekele", "Haile", "Alemu", "Wolde", "Kebede", "Tadesse", "Mengistu", "Assefa",
         "Gebremedhin", "Negash", "Ayele", "Desta"],
    ),
    "ph": (
        ["Jose", "Juan Miguel", "Mark Anthony", "Jericho", "Rodel", "Ramon", "Jomar", "Christian", "Paolo", "Nestor"],
        ["Maria Cristina", "Rowena", "Jocelyn", "Lovely", "Rhea Mae", "Maricel", "Kristine Joy", "Precious", "Analyn", "Liezl"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Castillo", "Dimaculangan",
         "Macaraeg", "Pangilinan", "Manalo", "Dizon", "Tolentino", "Magbanua", "de Guzman"],
    ),
    "pk": (
        ["Ahmed", "Bilal", "Hamza", "Usman", "Imran", "Faisal", "Zeeshan", "Kamran", "Waqas", "Asad", "Shoaib"],
        ["Ayesha", "Fatima", "Hira", "Zainab", "Sana", "Mehwish", "Rabia", "Sidra", "Iqra", "Amna", "Nimra"],
        ["Khan", "Qureshi", "Chaudhry", "Butt", "Malik", "Siddiqui", "Sheikh", "Javed", "Abbasi", "Raza",
         "Mirza", "Hashmi", "Awan", "Rana"],
    ),
    "bd": (
        ["Tanvir", "Rakib", "Mehedi", "Arif", "Sajid", "Tahmid", "Rashed", "Imtiaz", "Fahim", "Mahbub"],
        ["Nusrat", "Farhana", "Sadia", "Shirin", "Tasnim", "Rumana", "Sharmin", "Nabila", "Jannatul", "Afsana"],
        ["Rahman", "Hossain", "Akter", "Islam", "Chowdhury", "Sarkar", "Begum", "Uddin", "Talukder", "Mondal", "Bhuiyan"],
    ),
    "vn": (
        ["Văn An", "Minh Quân", "Đức Anh", "Quang Huy", "Hữu Phước", "Tuấn Kiệt", "Thành Long", "Văn Dũng", "Hoàng Nam", "Bảo Khánh"],
        ["Thị Mai", "Ngọc Anh", "Thu Hà", "Thị Hương", "Phương Linh", "Thảo Vy", "Bích Ngọc", "Thị Lan", "Minh Châu", "Khánh Linh"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"],
    ),
    "th": (
        ["Somchai", "Nattapong", "Wichai", "Thanawat", "Kittipat", "Anan", "Chaiwat", "Prasert", "Sakda", "Teerapat"],
        ["Siriporn", "Pimchanok", "Kanya", "Ploy", "Nattaya", "Wanida", "Supaporn", "Ratchanee", "Pornthip", "Malee"],
        ["Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn", "Boonmee", "Saetang", "Kittisak", "Jaidee",
         "Thongchai", "Suwannarat", "Phromma", "Sukprasert"],
    ),
    "kr": (
        ["Min-jun", "Ji-hoon", "Do-yun", "Seung-hyun", "Hyun-woo", "Jae-won", "Sung-min", "Tae-yang", "Jun-ho", "Dong-hyun"],
        ["Seo-yeon", "Ha-eun", "Ji-woo", "Eun-ji", "Soo-min", "Ye-jin", "Min-seo", "Hye-won", "Yu-na", "Da-eun"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Oh", "Seo"],
    ),
    "ir": (
        ["Reza", "Ali", "Mehdi", "Hossein", "Arash", "Kian", "Babak", "Dariush", "Omid", "Farhad", "Siavash"],
        ["Maryam", "Fatemeh", "Zahra", "Narges", "Shirin", "Parisa", "Leila", "Niloufar", "Golnaz", "Mahsa", "Setareh"],
        ["Hosseini", "Ahmadi", "Mohammadi", "Rezaei", "Karimi", "Moradi", "Jafari", "Rahimi", "Tehrani",
         "Ghorbani", "Sadeghi", "Farahani", "Shirazi", "Esfahani", "Bagheri"],
    ),
    "ar": (
        ["Ahmed", "Omar", "Khalid", "Yousef", "Tariq", "Hamad", "Faisal", "Saeed", "Mahmoud", "Ibrahim", "Rashid"],
        ["Fatima", "Layla", "Noura", "Huda", "Mariam", "Reem", "Aisha", "Salma", "Dana", "Hessa", "Yasmin"],
        ["Al-Mansouri", "Al-Harbi", "Haddad", "Nasser", "El-Sayed", "Al-Qahtani", "Khoury", "Saleh", "Aziz",
         "Barakat", "Al Shamsi", "Al-Otaibi", "Abdelrahman", "Hamdan", "Al Marzouqi", "bin Saeed"],
    ),
    "il": (
        ["Yosef", "Eitan", "Avi", "Itai", "Omer", "Noam", "Yonatan", "Ariel", "Gilad", "Amit"],
        ["Noa", "Tamar", "Shira", "Yael", "Maya", "Michal", "Adi", "Hila", "Tali", "Roni"],
        ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Azoulay", "Ben-David", "Shapiro", "Katz",
         "Avraham", "Dahan", "Golan", "Ben-Ami"],
    ),
    "ru": (
        ["Dmitry", "Sergei", "Alexei", "Ivan", "Mikhail", "Nikolai", "Andrei", "Pavel", "Yuri", "Konstantin"],
        ["Olga", "Natalia", "Yekaterina", "Svetlana", "Anastasia", "Irina", "Tatiana", "Yulia", "Ksenia", "Darya"],
        ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov",
         "Volkov", "Fedorov", "Orlov", "Belyaev", "Zakharov"],
    ),
    "ua": (
        ["Taras", "Bohdan", "Andriy", "Mykola", "Yaroslav", "Oleksandr", "Dmytro", "Volodymyr", "Serhiy", "Petro"],
        ["Oksana", "Olena", "Iryna", "Yulia", "Halyna", "Nataliia", "Solomiia", "Khrystyna", "Lesia", "Mariia"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Lysenko",
         "Marchenko", "Hnatiuk", "Kovalchuk", "Savchuk", "Rudenko", "Ponomarenko"],
    ),
    "gr": (
        ["Giorgos", "Dimitris", "Nikos", "Kostas", "Yannis", "Christos", "Panagiotis", "Vasilis", "Stavros", "Thanasis"],
        ["Eleni", "Katerina", "Maria", "Sofia", "Vasiliki", "Despina", "Georgia", "Athina", "Ioanna", "Chrysa"],
        ["Papadopoulos", "Georgiou", "Oikonomou", "Karagiannis", "Vlachos", "Nikolaidis", "Antoniou",
         "Papadakis", "Makris", "Alexiou", "Konstantinidis", "Tsakalos"],
    ),
    "tr": (
        ["Mehmet", "Mustafa", "Emre", "Burak", "Can", "Hakan", "Murat", "Oğuz", "Serkan", "Kerem", "Barış"],
        ["Ayşe", "Fatma", "Zeynep", "Elif", "Selin", "Derya", "Büşra", "Gülşen", "Esra", "Merve", "Özge"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Koç",
         "Kurt", "Erdem", "Güneş", "Polat"],
    ),
    "in_ta": (  # Tamil, often given name + father's initial
        ["Karthik", "Murugan", "Senthil", "Arun", "Prakash", "Vignesh", "Balaji", "Saravanan"],
        ["Lakshmi", "Priya", "Divya", "Kavitha", "Meena", "Revathi", "Anitha", "Deepa"],
        ["Subramanian", "Raman", "Krishnan", "Venkatesan", "Natarajan", "Pillai", "Iyer", "Selvam"],
    ),
}

# Native-script name lists for locales whose Faker locale is missing or weak.
NATIVE_NAMES = {
    "et": (["ዳዊት", "ዮሐንስ", "ቴዎድሮስ", "በረከት", "አበበ", "ሄኖክ"],
           ["ትዕግስት", "ሰላማዊት", "ሂሩት", "መሮን", "መሰረት", "ማህሌት"],
           ["ግርማ", "ተስፋዬ", "በቀለ", "ኃይሌ", "አለሙ", "ከበደ", "ታደሰ", "አሰፋ"]),
    "pk": (["احمد", "بلال", "حمزہ", "عثمان", "عمران", "فیصل"],
           ["عائشہ", "فاطمہ", "حرا", "زینب", "ثناء", "مہوش"],
           ["قریشی", "چوہدری", "بٹ", "ملک", "صدیقی", "شیخ", "عباسی", "رضا"]),
    "ar": (["أحمد", "عمر", "خالد", "يوسف", "طارق", "حمد", "فيصل", "سعيد"],
           ["فاطمة", "ليلى", "نورة", "هدى", "مريم", "ريم", "عائشة", "سلمى"],
           ["المنصوري", "الحربي", "حداد", "ناصر", "القحطاني", "خوري", "صالح", "الشامسي", "العتيبي"]),
    "in_ta": (["கார்த்திக்", "முருகன்", "செந்தில்", "அருண்"],
              ["லட்சுமி", "பிரியா", "திவ்யா", "கவிதா"],
              ["சுப்பிரமணியன்", "ராமன்", "கிருஷ்ணன்", "செல்வம்"]),
}

# ---------------------------------------------------------------------------
# Address material
# ---------------------------------------------------------------------------

US_STREETS = ["Maple", "Oak", "Cedar", "Washington", "Lincoln", "Franklin", "Elm", "Pine", "Lakeview", "Hillcrest",
              "Sunset", "Park", "Ridge", "Willow", "Magnolia", "Chestnut", "Spring", "Highland", "Jefferson", "Walnut",
              "Dogwood", "Meadowbrook", "Cherry Hill", "Bay", "Mission"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Ln", "Dr", "Drive", "Ct", "Way", "Pl", "Ter"]
US_CITIES = [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"),
             ("Omaha", "NE", "681"), ("Tacoma", "WA", "984"), ("Albany", "NY", "122"), ("Dayton", "OH", "454"),
             ("Fresno", "CA", "937"), ("Spokane", "WA", "992"), ("Knoxville", "TN", "379"), ("Lubbock", "TX", "794"),
             ("Des Moines", "IA", "503"), ("Savannah", "GA", "314"), ("Providence", "RI", "029"), ("Eugene", "OR", "974"),
             ("Brooklyn", "NY", "112"), ("Chicago", "IL", "606"), ("Houston", "TX", "770"), ("Newark", "NJ", "071"),
             ("Minneapolis", "MN", "554"), ("Pittsburgh", "PA", "152"), ("Anchorage", "AK", "995"), ("Baton Rouge", "LA", "708")]

UK_STREETS = ["Elm Row", "Church Lane", "Victoria Road", "Station Road", "High Street", "Mill Lane", "Queens Road",
              "Kingsway", "Albert Street", "Park Crescent", "Windsor Gardens", "Beech Grove", "Harbour View",
              "Marlborough Close", "Orchard Way", "St Mary's Walk", "Leith Walk", "Cowley Road"]
UK_CITIES = [("Edinburgh", "EH", ["6", "7", "9", "10", "11"]), ("Leeds", "LS", ["2", "6", "8", "11"]),
             ("Manchester", "M", ["1", "4", "14", "20"]), ("Bristol", "BS", ["1", "3", "6", "7"]),
             ("Cardiff", "CF", ["10", "11", "24"]), ("Glasgow", "G", ["3", "11", "12", "41"]),
             ("London", "SE", ["1", "5", "15", "22"]), ("London", "N", ["1", "4", "7", "16"]),
             ("Norwich", "NR", ["2", "3"]), ("Belfast", "BT", ["7", "9", "15"]), ("Oxford", "OX", ["1", "4"]),
             ("Sheffield", "S", ["7", "10", "11"])]
IE_PLACES = [("Dublin 8", "D08"), ("Dublin 6", "D06"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"),
             ("Dublin 2", "D02"), ("Waterford", "X91"), ("Sligo", "F91")]
IE_STREETS = ["Grand Canal Dock", "Harold's Cross Road", "Shandon Street", "Quay Street", "O'Connell Avenue",
              "Rathmines Road Lower", "Dominick Street", "Bridge Street"]

DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Am Markt",
              "Kastanienweg", "Friedrichstraße", "Bergstraße", "Mühlenweg", "Rosenstraße", "Kantstraße",
              "Zur Alten Post", "Eichendorffring", "Wilhelm-Leuschner-Str."]
DE_CITIES = [("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"),
             ("Dresden", "01"), ("Stuttgart", "70"), ("Freiburg im Breisgau", "79"), ("Bremen", "28"),
             ("Nürnberg", "90"), ("Kassel", "34"), ("Münster", "48")]
AT_PLACES = [("Wien", "10"), ("Graz", "80"), ("Linz", "40"), ("Salzburg", "50"), ("Innsbruck", "60")]
CH_PLACES = [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Luzern", "60"), ("Winterthur", "84")]
CH_STREETS = ["Bahnhofstrasse", "Seefeldstrasse", "Kramgasse", "Dorfstrasse", "Rosenweg", "Birkenweg"]

FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Tilleuls",
              "chemin du Moulin", "rue Victor Hugo", "allée des Acacias", "place du Marché", "rue Pasteur",
              "quai de la Loire", "rue du Faubourg Saint-Antoine"]
FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"), ("Nantes", "4400"),
             ("Lille", "5900"), ("Bordeaux", "3300"), ("Rennes", "3500"), ("Montpellier", "3400"), ("Strasbourg", "6700")]

ES_STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia", "Calle Real",
              "Calle del Sol", "Avenida Diagonal", "Calle San Vicente Mártir", "Plaza de España", "Calle Larios"]
ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Málaga", "290"),
             ("Zaragoza", "500"), ("Bilbao", "480"), ("Granada", "180"), ("Murcia", "300"), ("Vigo", "362")]

PT_STREETS = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Almada", "Travessa do Carmo",
              "Avenida da Boavista", "Rua Direita", "Largo do Rato"]
PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Coimbra", "3"), ("Braga", "47"), ("Faro", "80"), ("Setúbal", "29")]

BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua Oscar Freire", "Avenida Atlântica",
              "Rua XV de Novembro", "Rua Sete de Setembro", "Avenida Brasil", "Rua Bahia", "Rua dos Andradas",
              "Travessa São José", "Rua Padre Chagas"]
BR_PLACES = [("Jardim Paulista", "São Paulo", "SP", "014"), ("Pinheiros", "São Paulo", "SP", "054"),
             ("Copacabana", "Rio de Janeiro", "RJ", "220"), ("Savassi", "Belo Horizonte", "MG", "301"),
             ("Centro", "Curitiba", "PR", "800"), ("Moinhos de Vento", "Porto Alegre", "RS", "905"),
             ("Boa Viagem", "Recife", "PE", "510"), ("Meireles", "Fortaleza", "CE", "601"),
             ("Asa Sul", "Brasília", "DF", "702"), ("Pituba", "Salvador", "BA", "418")]

MX_STREETS = ["Calle Morelos", "Av. Insurgentes Sur", "Calle Hidalgo", "Av. Revolución", "Calle Juárez",
              "Calzada de Tlalpan", "Calle 5 de Mayo", "Av. Vallarta", "Calle Zaragoza", "Privada de los Pinos"]
MX_PLACES = [("Centro", "Ciudad de México", "CDMX", "06"), ("Roma Norte", "Ciudad de México", "CDMX", "06"),
             ("Del Valle", "Ciudad de México", "CDMX", "03"), ("Americana", "Guadalajara", "Jal.", "44"),
             ("San Pedro Garza García", "Monterrey", "N.L.", "66"), ("Centro Histórico", "Puebla", "Pue.", "72"),
             ("Jardines del Bosque", "Guadalajara", "Jal.", "44"), ("Itzimná", "Mérida", "Yuc.", "97")]

IT_STREETS = ["Via Roma", "Corso Italia", "Via Garibaldi", "Via Dante Alighieri", "Piazza della Libertà", "Via Mazzini",
              "Viale dei Mille", "Via San Giovanni", "Corso Vittorio Emanuele II", "Vicolo del Pozzo"]
IT_CITIES = [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"),
             ("Napoli", "NA", "801"), ("Firenze", "FI", "501"), ("Bari", "BA", "701"), ("Palermo", "PA", "901"),
             ("Verona", "VR", "371"), ("Padova", "PD", "351")]

NL_STREETS = ["Keizersgracht", "Prinsengracht", "Lange Voorhout", "Oudegracht", "Dorpsstraat", "Kerkstraat",
              "Molenweg", "Stationsplein", "Van Woustraat", "Nieuwe Binnenweg"]
NL_CITIES = [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Groningen", "97"),
             ("Eindhoven", "56"), ("Haarlem", "20"), ("Leiden", "23")]
BE_PLACES = [("Antwerpen", "2000"), ("Gent", "9000"), ("Bruxelles", "1000"), ("Leuven", "3000"), ("Liège", "4000")]

SE_STREETS = ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Götgatan", "Södra Vägen", "Linnégatan"]
SE_CITIES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Umeå", "90")]
NO_STREETS = ["Storgata", "Thorvald Meyers gate", "Kirkeveien", "Bygdøy allé", "Markveien", "Strandgaten"]
NO_CITIES = [("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70"), ("Stavanger", "40"), ("Tromsø", "90")]
DK_STREETS = ["Nørrebrogade", "Vesterbrogade", "Strøget", "Jægersborggade", "Istedgade", "Amagerbrogade"]
DK_CITIES = [("København N", "2200"), ("København V", "1620"), ("Aarhus C", "8000"), ("Odense C", "5000"),
             ("Aalborg", "9000"), ("Frederiksberg", "2000")]
FI_STREETS = ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Itäinen Pitkäkatu", "Kalevankatu"]
FI_CITIES = [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Espoo", "02")]

PL_STREETS = ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "al. Jerozolimskie", "ul. Mickiewicza",
              "ul. Floriańska", "os. Tysiąclecia", "ul. Świętokrzyska", "ul. Kościuszki"]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Wrocław", "5"), ("Poznań", "6"), ("Gdańsk", "8"),
             ("Lublin", "2")]
CZ_STREETS = ["Vinohradská", "Národní", "Masarykova", "Husova", "Palackého", "Na Příkopě", "Dlouhá", "Korunní"]
CZ_CITIES = [("Praha 2", "120 00"), ("Praha 10", "100 00"), ("Brno", "602 00"), ("Ostrava", "702 00"),
             ("Plzeň", "301 00"), ("Olomouc", "779 00")]
HU_STREETS = ["Andrássy út", "Váci utca", "Kossuth Lajos utca", "Rákóczi út", "Petőfi Sándor utca", "Dózsa György út",
              "Szent István körút", "Bartók Béla út"]
HU_CITIES = [("Budapest", "1"), ("Debrecen", "40"), ("Szeged", "67"), ("Pécs", "76"), ("Győr", "90")]
RO_STREETS = ["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Avram Iancu", "Șos. Pantelimon",
              "Str. Republicii", "Bd. Iuliu Maniu", "Aleea Teilor"]
RO_CITIES = [("București", "sector 2", "02"), ("București", "sector 6", "06"), ("Cluj-Napoca", "", "40"),
             ("Iași", "", "70"), ("Timișoara", "", "30"), ("Brașov", "", "50")]

GR_STREETS_LAT = ["Ermou", "Patision", "Egnatias", "Tsimiski", "Akadimias", "Vasilissis Sofias", "Kifisias"]
GR_STREETS_EL = ["Ερμού", "Πατησίων", "Εγνατίας", "Τσιμισκή", "Ακαδημίας", "Βασιλίσσης Σοφίας", "Κηφισίας"]
GR_CITIES = [("Athina", "Αθήνα", "10"), ("Thessaloniki", "Θεσσαλονίκη", "54"), ("Patra", "Πάτρα", "26"),
             ("Irakleio", "Ηράκλειο", "71")]

RU_STREETS = [("ул. Тверская", "ul. Tverskaya"), ("пр-т Мира", "prospekt Mira"), ("ул. Ленина", "ul. Lenina"),
              ("ул. Садовая", "ul. Sadovaya"), ("Невский пр.", "Nevsky pr."), ("ул. Гагарина", "ul. Gagarina"),
              ("ул. Профсоюзная", "ul. Profsoyuznaya")]
RU_CITIES = [("Москва", "Moscow", "1"), ("Санкт-Петербург", "St Petersburg", "19"), ("Казань", "Kazan", "420"),
             ("Новосибирск", "Novosibirsk", "630"), ("Екатеринбург", "Yekaterinburg", "620")]
UA_STREETS = [("вул. Хрещатик", "vul. Khreshchatyk"), ("просп. Перемоги", "prosp. Peremohy"),
              ("вул. Франка", "vul. Franka"), ("вул. Сагайдачного", "vul. Sahaidachnoho"),
              ("вул. Шевченка", "vul. Shevchenka"), ("бул. Лесі Українки", "bul. Lesi Ukrainky")]
UA_CITIES = [("Київ", "Kyiv", "0"), ("Львів", "Lviv", "79"), ("Одеса", "Odesa", "65"), ("Харків", "Kharkiv", "61"),
             ("Дніпро", "Dnipro", "49")]

TR_STREETS = ["Atatürk Cad.", "Bağdat Caddesi", "İstiklal Caddesi", "Cumhuriyet Mah. 1203. Sok.", "Gazi Mustafa Kemal Bulvarı",
              "Moda Cad.", "Kıbrıs Şehitleri Cad.", "Ziya Gökalp Sok."]
TR_PLACES = [("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"), ("Çankaya", "Ankara", "06"),
             ("Konak", "İzmir", "35"), ("Nilüfer", "Bursa", "16"), ("Muratpaşa", "Antalya", "07")]

IR_PLACES = [("Tehran", "Valiasr St.", "تهران", "خیابان ولیعصر"), ("Tehran", "Shariati St.", "تهران", "خیابان شریعتی"),
             ("Isfahan", "Chaharbagh Abbasi St.", "اصفهان", "خیابان چهارباغ عباسی"),
             ("Shiraz", "Zand Blvd.", "شیراز", "بلوار زند"), ("Tabriz", "Imam St.", "تبریز", "خیابان امام")]

AE_AREAS = ["Al Barsha 2", "Jumeirah 1", "Al Nahda", "Mirdif", "Al Karama", "Al Qusais", "Dubai Marina", "Al Warqa'a"]
AE_AREAS_AR = ["البرشاء ٢", "جميرا ١", "النهدة", "مردف", "الكرامة", "القصيص"]
SA_PLACES = [("Al Olaya", "Riyadh", "122"), ("Al Malqa", "Riyadh", "136"), ("Al Rawdah", "Jeddah", "234"),
             ("Al Khobar Al Shamalia", "Al Khobar", "344")]
SA_ROADS = ["King Fahd Rd", "Prince Sultan St", "Tahlia St", "Olaya St", "King Abdulaziz Rd"]
IL_STREETS = [("Dizengoff", "דיזנגוף"), ("Herzl", "הרצל"), ("Rothschild Blvd", "שדרות רוטשילד"), ("Ben Yehuda", "בן יהודה"),
              ("HaNevi'im", "הנביאים"), ("Allenby", "אלנבי")]
IL_CITIES = [("Tel Aviv", "תל אביב"), ("Haifa", "חיפה"), ("Jerusalem", "ירושלים"), ("Be'er Sheva", "באר שבע"),
             ("Ra'anana", "רעננה")]

IN_LANDMARKS = ["Near Hanuman Mandir", "Opp. Govt. Girls School", "Behind SBI Branch", "Near Bus Stand",
                "Beside Reliance Fresh", "Opp. City Hospital", "Near Railway Crossing", "Behind Jain Temple"]
IN_BUILDINGS = ["Sai Krupa Apartments", "Shanti Niketan Society", "Green Valley Residency", "Lakshmi Nivas",
                "Prestige Lakeside Habitat", "Sunshine CHS", "Ganga Heights", "Royal Palms Enclave"]
IN_LOCALITIES = [("Kharghar", "Navi Mumbai", "Maharashtra", "4102"), ("Dilsukhnagar", "Hyderabad", "Telangana", "5000"),
                 ("Lajpat Nagar II", "New Delhi", "Delhi", "1100"), ("Koramangala 4th Block", "Bengaluru", "Karnataka", "5600"),
                 ("Anna Nagar West", "Chennai", "Tamil Nadu", "6000"), ("Salt Lake Sector V", "Kolkata", "West Bengal", "7000"),
                 ("Kothrud", "Pune", "Maharashtra", "4110"), ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "2260"),
                 ("Navrangpura", "Ahmedabad", "Gujarat", "3800"), ("Sector 14", "Gurugram", "Haryana", "1220")]
PK_PLACES = [("F-8/3", "Islamabad", "44000"), ("G-11/2", "Islamabad", "44000"), ("DHA Phase 5", "Lahore", "54792"),
             ("Gulberg III", "Lahore", "54660"), ("PECHS Block 6", "Karachi", "75400"), ("Satellite Town", "Rawalpindi", "46300")]
BD_PLACES = [("Dhanmondi", "Dhaka", "1205"), ("Gulshan 2", "Dhaka", "1212"), ("Uttara Sector 7", "Dhaka", "1230"),
             ("Nasirabad", "Chattogram", "4210"), ("Zindabazar", "Sylhet", "3100")]
ID_STREETS = ["Jl. Kebon Sirih", "Jl. Malioboro", "Jl. Dago", "Jl. Pemuda", "Jl. Gatot Subroto", "Jl. Diponegoro",
              "Jl. Cendrawasih", "Gg. Melati"]
ID_PLACES = [("Menteng", "Jakarta Pusat", "103"), ("Coblong", "Bandung", "401"), ("Gubeng", "Surabaya", "602"),
             ("Gondokusuman", "Yogyakarta", "552"), ("Denpasar Selatan", "Denpasar", "802"), ("Kebayoran Baru", "Jakarta Selatan", "121")]
PH_PLACES = [("Brgy. Talon Dos", "Las Piñas City", "1747"), ("Brgy. San Antonio", "Pasig City", "1605"),
             ("Brgy. Lahug", "Cebu City", "6000"), ("Brgy. Poblacion", "Makati City", "1210"),
             ("Brgy. Mabolo", "Cebu City", "6000"), ("Brgy. Buhangin", "Davao City", "8000")]
PH_SUBDIVS = ["Camella Homes", "Villa Verde Subdivision", "BF Homes", "Greenwoods Executive Village", "Lessandra Heights"]
VN_PLACES = [("Phố Huế", "Hai Bà Trưng", "Hà Nội"), ("Nguyễn Huệ", "Quận 1", "TP. Hồ Chí Minh"),
             ("Lê Lợi", "Quận 3", "TP. Hồ Chí Minh"), ("Trần Phú", "Hải Châu", "Đà Nẵng"),
             ("Kim Mã", "Ba Đình", "Hà Nội"), ("Võ Văn Tần", "Quận 3", "TP. Hồ Chí Minh")]
TH_PLACES = [("Soi Sukhumvit 39", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
             ("Soi Ari 4", "Samsen Nai", "Phaya Thai", "Bangkok", "10400"),
             ("Nimmanhaemin Rd Soi 7", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
             ("Thanon Rat Uthit", "Patong", "Kathu", "Phuket", "83150")]
CN_PLACES = [("北京市", "朝阳区", "建国路", "Beijing", "Chaoyang District", "Jianguo Road", "100022"),
             ("上海市", "徐汇区", "漕溪北路", "Shanghai", "Xuhui District", "Caoxi North Road", "200030"),
             ("广州市", "天河区", "天河路", "Guangzhou", "Tianhe District", "Tianhe Road", "510620"),
             ("深圳市", "南山区", "科技园南路", "Shenzhen", "Nanshan District", "Keji Yuan South Road", "518057"),
             ("成都市", "武侯区", "人民南路", "Chengdu", "Wuhou District", "Renmin South Road", "610041")]
JP_PLACES = [("東京都", "渋谷区", "神宮前", "Tokyo", "Shibuya-ku", "Jingumae", "150-0001"),
             ("東京都", "世田谷区", "三軒茶屋", "Tokyo", "Setagaya-ku", "Sangenjaya", "154-0024"),
             ("大阪府", "大阪市北区", "梅田", "Osaka", "Kita-ku, Osaka", "Umeda", "530-0001"),
             ("京都府", "京都市左京区", "下鴨", "Kyoto", "Sakyo-ku, Kyoto", "Shimogamo", "606-0801"),
             ("福岡県", "福岡市中央区", "大名", "Fukuoka", "Chuo-ku, Fukuoka", "Daimyo", "810-0041"),
             ("北海道", "札幌市中央区", "南三条西", "Hokkaido", "Chuo-ku, Sapporo", "Minami 3-jo Nishi", "060-0063")]
JP_BUILDINGS = ["メゾン青山", "パークハイツ", "グランドール三茶", "コーポ山田", "サンライズマンション"]
KR_PLACES = [("서울특별시", "강남구", "테헤란로", "Seoul", "Gangnam-gu", "Teheran-ro", "06236"),
             ("서울특별시", "마포구", "월드컵북로", "Seoul", "Mapo-gu", "World Cup buk-ro", "03900"),
             ("부산광역시", "해운대구", "해운대해변로", "Busan", "Haeundae-gu", "Haeundaehaebyeon-ro", "48094"),
             ("경기도", "성남시 분당구", "판교역로", "Gyeonggi-do", "Bundang-gu, Seongnam-si", "Pangyoyeok-ro", "13529"),
             ("대전광역시", "유성구", "대학로", "Daejeon", "Yuseong-gu", "Daehak-ro", "34134")]
NG_STREETS = ["Adeola Odeku Street", "Awolowo Road", "Okpara Avenue", "Ahmadu Bello Way", "Herbert Macaulay Way",
              "Allen Avenue", "Admiralty Way", "Ogui Road", "Aminu Kano Crescent"]
NG_PLACES = [("Victoria Island", "Lagos"), ("Ikoyi", "Lagos"), ("Ikeja GRA", "Lagos"), ("Lekki Phase 1", "Lagos"),
             ("GRA Phase 2", "Enugu"), ("Wuse 2", "Abuja"), ("Gwarinpa Estate", "Abuja"), ("Bodija", "Ibadan"),
             ("Old GRA", "Port Harcourt")]
GH_STREETS = ["Osu Badu Street", "Oxford Street", "Liberation Road", "Spintex Road", "Lagos Avenue", "Ring Road Central",
              "Kojo Thompson Road"]
GH_PLACES = [("Airport West", "Accra", "GA"), ("East Legon", "Accra", "GA"), ("Osu", "Accra", "GA"), ("Adum", "Kumasi", "AK"),
             ("Ahodwo", "Kumasi", "AK"), ("Tema Community 25", "Tema", "GT"), ("Cape Coast", "Cape Coast", "CC")]
KE_STREETS = ["Kindaruma Road", "Ngong Road", "Argwings Kodhek Road", "Moi Avenue", "Kenyatta Avenue", "Lenana Road",
              "Othaya Road", "Nyali Road"]
KE_PLACES = [("Kilimani", "Nairobi", "00100"), ("Westlands", "Nairobi", "00800"), ("Lavington", "Nairobi", "00603"),
             ("Nyali", "Mombasa", "80100"), ("Milimani", "Kisumu", "40100"), ("Kileleshwa", "Nairobi", "00100")]
ET_PLACES = [("Bole", "Addis Ababa"), ("Kirkos", "Addis Ababa"), ("Yeka", "Addis Ababa"), ("Arada", "Addis Ababa"),
             ("Kebele 14", "Bahir Dar"), ("Kebele 03", "Hawassa")]

# ---------------------------------------------------------------------------
# Health
# ---------------------------------------------------------------------------

HEALTH_COND = {
    "en": ["type 2 diabetes", "major depressive disorder", "generalised anxiety disorder", "bipolar II disorder", "ADHD",
           "PTSD", "severe asthma", "epilepsy", "HIV", "hepatitis C", "Crohn's disease", "hypothyroidism",
           "high blood pressure", "migraine with aura", "endometriosis", "PCOS", "long COVID", "stage 2 breast cancer",
           "multiple sclerosis", "coeliac disease", "atopic eczema", "schizophrenia", "anorexia nervosa",
           "alcohol use disorder", "panic attacks", "chlamydia", "gestational diabetes", "a herniated disc at L4-L5",
           "early-onset Parkinson's", "OCD", "sleep apnoea", "psoriasis", "rheumatoid arthritis", "kidney stones",
           "atrial fibrillation", "postnatal depression", "autism spectrum disorder", "a torn ACL", "shingles",
           "tinnitus", "insomnia", "iron-deficiency anaemia", "a peanut allergy", "COPD", "gout", "glaucoma"],
    "es": ["diabetes tipo 2", "depresión", "trastorno de ansiedad", "hipertensión", "asma", "cáncer de mama",
           "hernia discal", "fibromialgia", "hipotiroidismo", "migraña crónica", "artritis reumatoide", "VIH"],
    "de": ["Diabetes Typ 2", "Depression", "Bluthochdruck", "Bandscheibenvorfall", "Angststörung", "Asthma bronchiale",
           "Morbus Crohn", "Schilddrüsenunterfunktion", "Burnout-Syndrom", "Migräne", "Borreliose", "Vorhofflimmern"],
    "fr": ["diabète de type 2", "dépression", "hypertension artérielle", "asthme", "burn-out", "sclérose en plaques",
           "trouble bipolaire", "hernie discale", "maladie de Crohn", "apnée du sommeil", "cancer du sein", "endométriose"],
    "pt": ["diabetes tipo 2", "depressão", "hipertensão", "ansiedade generalizada", "asma", "dengue", "hérnia de disco",
           "hipotireoidismo", "transtorno bipolar", "fibromialgia", "câncer de próstata", "enxaqueca"],
    "it": ["diabete di tipo 2", "depressione", "ipertensione", "asma", "celiachia", "ernia del disco",
           "disturbo d'ansia", "tiroidite di Hashimoto", "sclerosi multipla", "fibrillazione atriale", "emicrania"],
}
MEDS = {
    "en": ["metformin 500 mg twice daily", "sertraline 50mg", "Ozempic 0.5 mg weekly", "levothyroxine 75 mcg",
           "insulin glargine 20 units at night", "lisinopril 10 mg", "atorvastatin 20 mg", "a salbutamol inhaler",
           "amoxicillin 500 mg three times a day", "lithium 400 mg", "quetiapine 25mg at bedtime", "methotrexate 15 mg weekly",
           "fluoxetine 20 mg", "prednisolone 40mg", "Adderall XR 20 mg", "PrEP (Truvada)", "warfarin 5 mg",
           "buprenorphine 8 mg", "venlafaxine 75mg", "EpiPen 0.3 mg", "omeprazole 20 mg", "folic acid 5 mg"],
    "es": ["metformina 850 mg", "ibuprofeno 600 mg cada 8 horas", "sertralina 50 mg", "enalapril 10 mg", "omeprazol 20 mg"],
    "de": ["Ibuprofen 600 mg", "Metformin 1000 mg 1-0-1", "L-Thyroxin 50 µg", "Pantoprazol 40 mg", "Citalopram 20 mg"],
    "fr": ["Doliprane 1000 mg", "metformine 850 mg", "Lévothyrox 75 µg", "sertraline 50 mg", "Ventoline"],
    "pt": ["losartana 50 mg", "metformina 850 mg", "fluoxetina 20 mg", "Puran T4 50 mcg", "insulina NPH 20 UI"],
    "it": ["Eutirox 75 mcg", "metformina 500 mg", "Tachipirina 1000", "ramipril 5 mg", "sertralina 50 mg"],
}
HEALTH_STATE = {  # reads after "I'm" / "she is"
    "en": ["18 weeks pregnant", "HIV positive", "diabetic", "on chemo", "in recovery from alcohol use disorder", "epileptic",
           "immunocompromised", "on antidepressants", "bipolar", "autistic", "in remission from lymphoma", "asthmatic",
           "7 months pregnant", "on dialysis", "recovering from a stroke", "severely depressed", "anaemic", "on methadone"],
    "es": ["embarazada de 12 semanas", "diabética", "en tratamiento de quimioterapia", "en diálisis"],
    "de": ["in der 20. SSW schwanger", "Diabetikerin", "in Chemotherapie", "depressiv"],
    "fr": ["enceinte de 5 mois", "diabétique", "sous chimiothérapie", "en dépression"],
    "pt": ["grávida de 30 semanas", "diabética", "em hemodiálise", "em tratamento para depressão"],
    "it": ["incinta di 4 mesi", "diabetica", "in dialisi", "in chemioterapia"],
}
HEALTH_PROC = {  # reads after "had" / "booked for" / "starting"
    "en": ["a knee replacement", "an appendectomy", "IVF", "chemo", "dialysis", "a colonoscopy", "a C-section", "a vasectomy",
           "an MRI of the lumbar spine", "physio for the hip fracture", "CBT for the anxiety", "radiotherapy", "a mastectomy",
           "a gastric bypass", "rehab for opioid dependence", "a hysterectomy", "cataract surgery", "an abortion", "a biopsy"],
    "es": ["una cesárea", "quimioterapia", "una colonoscopia", "una prótesis de rodilla"],
    "de": ["eine Knie-OP", "Chemotherapie", "eine Darmspiegelung", "eine Reha nach dem Herzinfarkt"],
    "fr": ["une chimiothérapie", "une coloscopie", "une FIV", "une opération du ménisque"],
    "pt": ["uma cesariana", "quimioterapia", "hemodiálise", "uma cirurgia bariátrica"],
    "it": ["la chemioterapia", "un intervento al menisco", "la dialisi", "una colonscopia"],
}
HEALTH_RESULT = {
    "en": ["HbA1c 8.2%", "positive for strep", "blood pressure 150/95", "cholesterol 6.8 mmol/L", "a positive pregnancy test",
           "viral load undetectable", "HIV-1/2 Ag/Ab: reactive", "TSH 7.9 mIU/L (high)", "hCG positive", "PSA 9.4 ng/mL",
           "BRCA1 positive", "eGFR 38 (CKD stage 3b)", "positive for COVID-19", "ferritin 6 µg/L", "BMI 41"],
}
HEALTH_KID = ["a peanut allergy", "asthma (inhaler in bag)", "type 1 diabetes", "epilepsy", "ADHD", "eczema",
              "a severe egg allergy", "autism (needs quiet space)", "coeliac disease", "hearing loss in left ear"]
HEALTH_INJURY = ["a fractured wrist", "a torn ACL", "concussion", "a broken ankle", "whiplash", "two cracked ribs",
                 "a dislocated shoulder", "second-degree burns"]

# ---------------------------------------------------------------------------
# Passwords
# ---------------------------------------------------------------------------

PW_WORDS = ["marble", "oyster", "orbit", "sailor", "glacier", "copper", "lantern", "tiger", "velvet", "meadow",
            "harbor", "pepper", "rocket", "willow", "falcon", "sunset", "cobalt", "mango", "thunder", "quartz",
            "biscuit", "canyon", "ember", "juniper", "kettle", "lemon", "nectar", "pixel", "raven", "saffron",
            "tundra", "umbrella", "walrus", "zephyr", "dragon", "monkey", "football", "princess", "shadow", "summer",
            "autumn", "coffee", "banana", "galaxy", "pancake", "cricket", "jollof", "sakura", "bambus", "schnee",
            "soleil", "fuego", "saudade", "lumi", "krokodil"]
PW_BASES = ["Summer", "Winter", "Welcome", "Password", "Qwerty", "Dragon", "Monkey", "Sunshine", "Liverpool",
            "Chelsea", "Arsenal", "Barcelona", "Galatasaray", "Flamengo", "Letmein", "Iloveyou", "Passw0rd",
            "Admin", "Changeme", "Hunter", "Abcd", "Zaq1", "Trustno1"]
PW_SYMS = "!@#$%&*?_-+.=^"

# ---------------------------------------------------------------------------
# Field labels per language
# ---------------------------------------------------------------------------

LABELS = {
    "en": dict(name="Name", surname="Surname", given="Given name(s)", addr="Address", dob="Date of birth", phone="Phone",
               email="Email", pw="Password", cond="Medical conditions", meds="Current medication"),
    "de": dict(name="Name", surname="Nachname", given="Vorname", addr="Anschrift", dob="Geburtsdatum", phone="Telefon",
               email="E-Mail", pw="Passwort", cond="Vorerkrankungen", meds="Medikamente"),
    "fr": dict(name="Nom complet", surname="Nom", given="Prénom", addr="Adresse", dob="Date de naissance", phone="Téléphone",
               email="Courriel", pw="Mot de passe", cond="Antécédents", meds="Traitement en cours"),
    "es": dict(name="Nombre completo", surname="Apellidos", given="Nombre", addr="Dirección", dob="Fecha de nacimiento",
               phone="Teléfono", email="Correo electrónico", pw="Contraseña", cond="Enfermedades", meds="Medicación"),
    "pt": dict(name="Nome completo", surname="Sobrenome", given="Nome", addr="Endereço", dob="Data de nascimento",
               phone="Telefone", email="E-mail", pw="Senha", cond="Condições de saúde", meds="Medicamentos em uso"),
    "it": dict(name="Nome e cognome", surname="Cognome", given="Nome", addr="Indirizzo", dob="Data di nascita",
               phone="Telefono", email="Email", pw="Password", cond="Patologie", meds="Terapia in corso"),
    "nl": dict(name="Naam", surname="Achternaam", given="Voornaam", addr="Adres", dob="Geboortedatum", phone="Telefoon",
               email="E-mailadres", pw="Wachtwoord", cond="Aandoeningen", meds="Medicatie"),
    "pl": dict(name="Imię i nazwisko", surname="Nazwisko", given="Imię", addr="Adres zamieszkania", dob="Data urodzenia",
               phone="Telefon", email="E-mail", pw="Hasło", cond="Choroby przewlekłe", meds="Leki"),
    "ru": dict(name="ФИО", surname="Фамилия", given="Имя", addr="Адрес", dob="Дата рождения", phone="Телефон",
               email="Эл. почта", pw="Пароль", cond="Диагноз", meds="Препараты"),
    "uk": dict(name="ПІБ", surname="Прізвище", given="Ім'я", addr="Адреса", dob="Дата народження", phone="Телефон",
               email="Ел. пошта", pw="Пароль", cond="Діагноз", meds="Ліки"),
    "tr": dict(name="Ad Soyad", surname="Soyadı", given="Adı", addr="Adres", dob="Doğum tarihi", phone="Telefon",
               email="E-posta", pw="Şifre", cond="Kronik hastalıklar", meds="İlaçlar"),
    "ja": dict(name="氏名", surname="姓", given="名", addr="住所", dob="生年月日", phone="電話番号", email="メールアドレス",
               pw="パスワード", cond="既往歴", meds="服用中の薬"),
    "zh": dict(name="姓名", surname="姓", given="名", addr="地址", dob="出生日期", phone="联系电话", email="邮箱",
               pw="密码", cond="病史", meds="用药"),
    "ko": dict(name="성명", surname="성", given="이름", addr="주소", dob="생년월일", phone="전화번호", email="이메일",
               pw="비밀번호", cond="병력", meds="복용 약"),
    "sv": dict(name="Namn", surname="Efternamn", given="Förnamn", addr="Adress", dob="Födelsedatum", phone="Telefon",
               email="E-post", pw="Lösenord", cond="Diagnoser", meds="Läkemedel"),
    "no": dict(name="Navn", surname="Etternavn", given="Fornavn", addr="Adresse", dob="Fødselsdato", phone="Telefon",
               email="E-post", pw="Passord", cond="Diagnoser", meds="Medisiner"),
    "da": dict(name="Navn", surname="Efternavn", given="Fornavn", addr="Adresse", dob="Fødselsdato", phone="Telefon",
               email="E-mail", pw="Adgangskode", cond="Diagnoser", meds="Medicin"),
    "fi": dict(name="Nimi", surname="Sukunimi", given="Etunimi", addr="Osoite", dob="Syntymäaika", phone="Puhelin",
               email="Sähköposti", pw="Salasana", cond="Sairaudet", meds="Lääkitys"),
    "cs": dict(name="Jméno a příjmení", surname="Příjmení", given="Jméno", addr="Adresa", dob="Datum narození",
               phone="Telefon", email="E-mail", pw="Heslo", cond="Diagnózy", meds="Léky"),
    "hu": dict(name="Név", surname="Vezetéknév", given="Keresztnév", addr="Lakcím", dob="Születési dátum", phone="Telefon",
               email="E-mail", pw="Jelszó", cond="Betegségek", meds="Gyógyszerek"),
    "ro": dict(name="Nume și prenume", surname="Nume", given="Prenume", addr="Adresă", dob="Data nașterii",
               phone="Telefon", email="E-mail", pw="Parolă", cond="Afecțiuni", meds="Medicație"),
    "el": dict(name="Ονοματεπώνυμο", surname="Επώνυμο", given="Όνομα", addr="Διεύθυνση", dob="Ημερομηνία γέννησης",
               phone="Τηλέφωνο", email="Email", pw="Κωδικός", cond="Ιστορικό", meds="Φάρμακα"),
    "id": dict(name="Nama lengkap", surname="Nama keluarga", given="Nama depan", addr="Alamat", dob="Tanggal lahir",
               phone="No. HP", email="Email", pw="Kata sandi", cond="Riwayat penyakit", meds="Obat"),
    "vi": dict(name="Họ và tên", surname="Họ", given="Tên", addr="Địa chỉ", dob="Ngày sinh", phone="Số điện thoại",
               email="Email", pw="Mật khẩu", cond="Tiền sử bệnh", meds="Thuốc đang dùng"),
    "ar": dict(name="الاسم الكامل", surname="اسم العائلة", given="الاسم الأول", addr="العنوان", dob="تاريخ الميلاد",
               phone="رقم الهاتف", email="البريد الإلكتروني", pw="كلمة المرور", cond="الحالة الصحية", meds="الأدوية"),
    "fa": dict(name="نام و نام خانوادگی", surname="نام خانوادگی", given="نام", addr="نشانی", dob="تاریخ تولد",
               phone="تلفن همراه", email="ایمیل", pw="رمز عبور", cond="سابقه بیماری", meds="داروها"),
    "he": dict(name="שם מלא", surname="שם משפחה", given="שם פרטי", addr="כתובת", dob="תאריך לידה", phone="טלפון",
               email="דוא\"ל", pw="סיסמה", cond="רקע רפואי", meds="תרופות"),
    "th": dict(name="ชื่อ-นามสกุล", surname="นามสกุล", given="ชื่อ", addr="ที่อยู่", dob="วันเกิด", phone="โทรศัพท์",
               email="อีเมล", pw="รหัสผ่าน", cond="โรคประจำตัว", meds="ยาที่ใช้"),
    "hi": dict(name="नाम", surname="उपनाम", given="पहला नाम", addr="पता", dob="जन्म तिथि", phone="मोबाइल",
               email="ईमेल", pw="पासवर्ड", cond="बीमारी", meds="दवाइयाँ"),
    "bn": dict(name="নাম", surname="পদবি", given="প্রথম নাম", addr="ঠিকানা", dob="জন্ম তারিখ", phone="মোবাইল",
               email="ইমেইল", pw="পাসওয়ার্ড", cond="রোগ", meds="ওষুধ"),
}

PW_CUES = {
    "en": ["password", "pwd", "passcode", "pass"], "de": ["Passwort", "Kennwort"], "fr": ["mot de passe", "mdp"],
    "es": ["contraseña", "clave"], "pt": ["senha"], "it": ["password", "la password è"], "nl": ["wachtwoord"],
    "pl": ["hasło"], "ru": ["пароль"], "uk": ["пароль"], "tr": ["şifre", "parola"], "ja": ["パスワード"],
    "zh": ["密码"], "ko": ["비밀번호"], "sv": ["lösenord"], "no": ["passord"], "da": ["adgangskode"], "fi": ["salasana"],
    "cs": ["heslo"], "hu": ["jelszó"], "ro": ["parola"], "el": ["κωδικός"], "id": ["kata sandi", "password"],
    "vi": ["mật khẩu"], "ar": ["كلمة السر"], "fa": ["رمز"], "he": ["סיסמה"], "th": ["รหัสผ่าน"], "hi": ["पासवर्ड"],
    "bn": ["পাসওয়ার্ড"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
}

NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
            "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]

# ---------------------------------------------------------------------------
# Decoys
# ---------------------------------------------------------------------------

PROPER_NOUNS = [
    "Jack Daniel's", "Santa Clara", "Morgan Stanley", "Ruby on Rails", "Ben & Jerry's", "Johnson & Johnson",
    "Marks & Spencer", "Louis Vuitton", "Hugo Boss", "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein", "Dr. Martens",
    "Dr Pepper", "Wells Fargo", "Charles Schwab", "Goldman Sachs", "Ernst & Young", "Procter & Gamble",
    "Mercedes-Benz", "Rolls-Royce", "Aston Martin", "Tim Hortons", "Wendy's", "McDonald's", "Papa John's",
    "Sherwin-Williams", "San Jose", "Santa Monica", "St. Petersburg", "Victoria Station", "King's Cross",
    "Charles de Gaulle", "George Washington Bridge", "Lake Victoria", "Alexanderplatz", "Jenkins", "Apache Kafka",
    "Jupyter", "Django", "Sentry", "Cassandra", "Hadoop", "Julia", "Pascal", "Ada", "Alexa", "Siri", "Cortana",
    "Charlotte, NC", "Austin, TX", "Madison, WI", "Florence", "Adelaide", "Eugene, OR", "Victoria, BC",
    "São Paulo", "San Luis Obispo", "Mary Kay", "Estée Lauder", "Ray-Ban", "Levi's", "Kellogg's", "Heinz",
    "Casper", "Wayfair", "Oscar Health", "Alfa Romeo", "Lamborghini", "Jimmy Choo", "Hermès", "Max Mara",
    "Benjamin Moore", "Paul Smith", "Ted Baker", "Fort Lauderdale", "Port Elizabeth", "Alice Springs",
    "Saint-Étienne", "Mont Blanc", "Pierre Cardin", "Coco Mademoiselle", "Jean Paul Gaultier", "Samuel Adams",
    "Jim Beam", "Johnnie Walker", "Captain Morgan", "Harvey Nichols", "John Lewis", "Sainsbury's",
    "Thomas Cook", "Josef Seibel", "Tesla", "Marie Curie Hospice", "Ronald McDonald House", "Hilton Garden Inn",
    "Marriott", "Ritz-Carlton", "Kafka", "Hugo", "Gatsby", "Vue.js", "Laravel", "Ansible", "Terraform",
]
OPS_TERMS = [
    "kill -9", "health check", "/healthz", "/readyz", "liveness probe", "readiness probe", "memory leak", "virus scan",
    "the build is sick", "heartbeat", "cold start", "zombie process", "OOMKilled", "CrashLoopBackOff",
    "dead letter queue", "orphaned pods", "chaos monkey", "canary", "post-mortem", "hotfix", "SIGTERM", "panic",
    "smoke test", "sanity check", "flaky test", "blast radius", "circuit breaker", "backpressure", "hot path",
    "stack overflow", "thundering herd", "split brain", "graceful shutdown", "garbage collector", "DNS poisoning",
    "bleeding edge", "code smell", "race condition", "deadlock", "fork bomb", "pod eviction", "sick node",
    "node is unhealthy", "quarantine the build", "symptom of the outage", "diagnose the regression", "triage",
    "password reset link", "password policy", "PIN pad", "pin the dependency", "master key rotation",
    "health dashboard", "patient-zero service", "vital metrics", "dead man's switch", "infected container image",
]
FILE_PATHS = [
    "/var/log/nginx/access.log", "/etc/ssl/certs/ca-bundle.pem", "~/.config/glassbox/config.toml",
    "src/handlers/patient_intake.py", "C:\\Users\\Public\\Documents\\report.xlsx", "/opt/app/releases/current/bin/server",
    "./migrations/0042_add_dob_column.sql", "/home/deploy/.ssh/known_hosts", "apps/web/src/pages/checkout.tsx",
    "/mnt/data/exports/2024/q3/invoices.csv", "/usr/local/lib/python3.11/site-packages/requests/adapters.py",
    "docs/privacy/retention-policy.md", "/tmp/core.18342", "infra/k8s/overlays/prod/kustomization.yaml",
    "/srv/www/assets/img/hero@2x.png", "D:\\builds\\nightly\\setup.exe", "lib/forms/address_form.dart",
    "/proc/self/status", "s3://analytics-raw/events/dt=2024-05-01/part-0000.parquet", "/dev/shm/worker.sock",
    "internal/auth/password_hasher.go", "tests/fixtures/users.json", "/var/lib/postgresql/16/main/pg_wal",
    "config/locales/fr.yml", "/Library/Logs/DiagnosticReports/", "vendor/bundle/ruby/3.2.0/gems",
]

PN_PLACE = ["Santa Clara", "San Jose", "Santa Monica", "St. Petersburg", "Victoria Station", "King's Cross",
            "Charles de Gaulle", "George Washington Bridge", "Lake Victoria", "Alexanderplatz", "Charlotte, NC",
            "Austin, TX", "Madison, WI", "Florence", "Adelaide", "Eugene, OR", "Victoria, BC", "São Paulo",
            "San Luis Obispo", "Fort Lauderdale", "Port Elizabeth", "Alice Springs", "Saint-Étienne", "Mont Blanc",
            "Marie Curie Hospice", "Ronald McDonald House", "Hilton Garden Inn", "Ritz-Carlton", "Santa Cruz",
            "St. Louis", "Lake Louise", "Mount Kenya", "Port Harcourt", "Cape Coast", "Adams Morgan"]
PN_BRAND = ["Jack Daniel's", "Ben & Jerry's", "Johnson & Johnson", "Marks & Spencer", "Louis Vuitton", "Hugo Boss",
            "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein", "Dr. Martens", "Dr Pepper", "Mercedes-Benz", "Rolls-Royce",
            "Aston Martin", "Tim Hortons", "Wendy's", "McDonald's", "Papa John's", "Sherwin-Williams", "Mary Kay",
            "Estée Lauder", "Ray-Ban", "Levi's", "Kellogg's", "Heinz", "Casper", "Wayfair", "Alfa Romeo", "Lamborghini",
            "Jimmy Choo", "Hermès", "Max Mara", "Benjamin Moore", "Paul Smith", "Ted Baker", "Pierre Cardin",
            "Jean Paul Gaultier", "Samuel Adams", "Jim Beam", "Johnnie Walker", "Captain Morgan", "Harvey Nichols",
            "John Lewis", "Sainsbury's", "Josef Seibel", "Tesla", "Marriott", "Anne Klein", "Kate Spade", "Ford"]
PN_FIN = ["Morgan Stanley", "Wells Fargo", "Charles Schwab", "Goldman Sachs", "Ernst & Young", "Procter & Gamble",
          "Oscar Health", "Thomas Cook", "Lloyds", "Barclays", "JP Morgan", "Edward Jones", "Raymond James"]
PN_TECH = ["Ruby on Rails", "Jenkins", "Apache Kafka", "Jupyter", "Django", "Sentry", "Cassandra", "Hadoop", "Julia",
           "Pascal", "Ada", "Alexa", "Siri", "Cortana", "Kafka", "Hugo", "Gatsby", "Vue.js", "Laravel", "Ansible",
           "Terraform", "Grafana", "Hudson", "Travis CI", "Heroku", "Jasmine", "Mocha", "Sidekiq", "Celery", "Ollama"]

OPS_NOUN = ["health check", "liveness probe", "readiness probe", "memory leak", "virus scan", "heartbeat", "cold start",
            "zombie process", "dead letter queue", "orphaned pods", "chaos monkey", "canary", "post-mortem", "hotfix",
            "smoke test", "sanity check", "flaky test", "blast radius", "circuit breaker", "backpressure", "hot path",
            "thundering herd", "split brain", "graceful shutdown", "race condition", "deadlock", "fork bomb",
            "pod eviction", "sick node", "triage", "password reset link", "password policy", "PIN pad",
            "master key rotation", "health dashboard", "patient-zero service", "infected container image",
            "dead man's switch", "garbage collector", "stack overflow", "DNS poisoning", "code smell"]
OPS_TOKEN = ["kill -9", "/healthz", "/readyz", "OOMKilled", "CrashLoopBackOff", "SIGTERM", "panic", "kill -HUP",
             "/livez", "exit code 137", "SIGSEGV", "EPIPE"]
OPS_PHRASE = ["the build is sick", "the node is unhealthy", "quarantine the build", "pin the dependency",
              "diagnose the regression", "the cluster is bleeding memory", "prod is on life support",
              "the pipeline is coughing up errors"]
