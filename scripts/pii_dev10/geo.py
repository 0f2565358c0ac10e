"""Streets, towns, postcodes and phone formats, written by hand for this corpus."""
from names import L


def pat(r, p, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
    out = []
    for ch in p:
        if ch == "X":
            out.append(str(r.randint(0, 9)))
        elif ch == "Z":
            out.append(str(r.randint(1, 9)))
        elif ch == "A":
            out.append(r.choice(letters))
        else:
            out.append(ch)
    return "".join(out)


class Addr:
    def __init__(self, lines, country, oneline_sep=", "):
        self.lines = [x for x in lines if x]
        self.country = country
        self.sep = oneline_sep

    def one(self):
        return self.sep.join(self.lines)

    def multi(self, nl="\n"):
        return nl.join(self.lines)

    def city_line(self):
        return self.lines[-1]


def _num(r, lo=1, hi=199):
    return str(r.randint(lo, hi))


# ---------------------------------------------------------------- per country builders

US_STREETS = L("Maple; Oak; Cedar; Pine; Elm; Washington; Lincoln; Highland; Sunset; Lakeview; Hillcrest; "
               "Willow; Magnolia; Cherry; Chestnut; Walnut; Spruce; Sycamore; Meadowbrook; Ridgewood; Fairview; "
               "Belmont; Franklin; Juniper; Harrison; Prospect; Woodland; Riverside; Orchard; Birch")
US_TYPES = L("St; Ave; Blvd; Rd; Dr; Ln; Ct; Way; Pl; Street; Avenue; Drive; Road; Terrace")
US_CITIES = [("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
             ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"),
             ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Brooklyn", "NY", "112"),
             ("Sacramento", "CA", "958"), ("Oakland", "CA", "946"), ("Naperville", "IL", "605"),
             ("Chicago", "IL", "606"), ("Denver", "CO", "802"), ("Savannah", "GA", "314"),
             ("Richmond", "VA", "232"), ("Scranton", "PA", "185"), ("Worcester", "MA", "016"),
             ("Omaha", "NE", "681"), ("Tulsa", "OK", "741"), ("Spokane", "WA", "992"),
             ("Lansing", "MI", "489"), ("Knoxville", "TN", "379"), ("Provo", "UT", "846"),
             ("Burlington", "VT", "054"), ("Tampa", "FL", "336"), ("Santa Fe", "NM", "875"),
             ("Des Moines", "IA", "503"), ("Baton Rouge", "LA", "708"), ("Fort Collins", "CO", "805")]


def addr_us(r):
    num = _num(r, 10, 9899)
    pre = r.choice(["", "", "", "N ", "S ", "E ", "W "])
    street = "%s %s%s %s" % (num, pre, r.choice(US_STREETS), r.choice(US_TYPES))
    unit = r.choice(["", "", "", ", Apt %s" % pat(r, r.choice(["ZA", "ZXX", "Z"])), ", Unit %s" % _num(r, 1, 40),
                     " #%s" % _num(r, 100, 2400)])
    city, st, z = r.choice(US_CITIES)
    zipc = z + pat(r, "XX") + (("-" + pat(r, "XXXX")) if r.random() < 0.2 else "")
    if r.random() < 0.07:
        return Addr(["PO Box %s" % _num(r, 100, 98000), "%s, %s %s" % (city, st, zipc)], "US")
    if unit and r.random() < 0.4:
        return Addr([street, unit.strip(", ").replace("#", "Apt ") if unit.startswith(" #") else unit.strip(", "),
                     "%s, %s %s" % (city, st, zipc)], "US")
    return Addr([street + unit, "%s, %s %s" % (city, st, zipc)], "US")


CA_CITIES = [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Hamilton", "ON", "L"), ("Vancouver", "BC", "V"),
             ("Victoria", "BC", "V"), ("Calgary", "AB", "T"), ("Edmonton", "AB", "T"), ("Winnipeg", "MB", "R"),
             ("Halifax", "NS", "B"), ("Saskatoon", "SK", "S"), ("Moncton", "NB", "E")]
CA_QC = [("Montréal", "H"), ("Québec", "G"), ("Laval", "H"), ("Sherbrooke", "J"), ("Gatineau", "J")]
CA_STREETS = L("Bloor Street West; Queen Street East; Yonge Street; Main Street; Jasper Avenue; Robson Street; "
               "Portage Avenue; Barrington Street; Elgin Street; Kensington Road NW; Commercial Drive; "
               "Dundas Street West; Whyte Avenue; Spring Garden Road")
CA_RUES = L("rue Saint-Denis; boulevard Saint-Laurent; avenue du Mont-Royal; rue Sherbrooke Est; "
            "rue Beaubien; chemin Sainte-Foy; rue Saint-Jean; avenue Laurier Ouest")
CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def _cpost(r, first):
    return first + pat(r, "XA XAX", CA_L)


def addr_ca(r, fr=False):
    if fr or r.random() < 0.2:
        city, f = r.choice(CA_QC)
        st = "%s, %s" % (_num(r, 100, 9999), r.choice(CA_RUES))
        app = r.choice(["", ", app. %s" % _num(r, 1, 30), ", bureau %s" % _num(r, 100, 900)])
        return Addr([st + app, "%s (Québec)  %s" % (city, _cpost(r, f))], "CA")
    city, pr, f = r.choice(CA_CITIES)
    st = "%s %s" % (_num(r, 10, 3999), r.choice(CA_STREETS))
    if r.random() < 0.35:
        st = "%s-%s" % (_num(r, 101, 2309), st)
    return Addr([st, "%s %s  %s" % (city, pr, _cpost(r, f))], "CA")


UK_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"), ("Glasgow", "G"),
            ("Edinburgh", "EH"), ("Cardiff", "CF"), ("Birmingham", "B"), ("Norwich", "NR"), ("Brighton", "BN"),
            ("Nottingham", "NG"), ("York", "YO"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Belfast", "BT"),
            ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Leicester", "LE"), ("Reading", "RG"),
            ("Exeter", "EX"), ("Swansea", "SA"), ("Aberdeen", "AB")]
UK_LONDON = L("SE15; N16; E8; SW9; NW6; E17; SE22; W12; N4; SW11")
UK_STREETS = L("Kingsley Road; Victoria Street; Albert Terrace; Church Lane; Mill Lane; Station Road; "
               "Queens Avenue; Beech Grove; Oakfield Close; Hawthorn Crescent; Cavendish Place; Mansfield Road; "
               "Clarendon Park Road; Elmwood Gardens; St Mary's Walk; Ashby Mews; Ferndale Drive; "
               "Coronation Street; Grosvenor Square; Windsor Rise; Heathfield Way; Lark Lane")
UK_DIST = L("Headingley; Chorlton; Clifton; Ecclesall; Roath; Moseley; Jesmond; Didsbury; Southville; Kemptown")


def _ukin(r):
    return pat(r, "X", "") + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


def addr_uk(r):
    if r.random() < 0.3:
        out = r.choice(UK_LONDON)
        town = "London"
    else:
        town, a = r.choice(UK_TOWNS)
        out = a + str(r.randint(1, 28))
    pc = out + " " + _ukin(r)
    st = "%s %s" % (_num(r, 1, 240), r.choice(UK_STREETS))
    lines = []
    if r.random() < 0.3:
        lines.append(r.choice(["Flat %s" % _num(r, 1, 24), "Flat %s" % pat(r, "ZA", "ABCD"),
                               "Apartment %s" % _num(r, 1, 80)]))
        if r.random() < 0.5:
            lines[-1] += ", " + st
            st = None
    if r.random() < 0.12:
        st = (st or lines.pop()) if st else lines.pop()
        st = r.choice(["Rose Cottage", "The Old Forge", "Ivy House", "2 The Maltings"]) + ", " + st
    if st:
        lines.append(st)
    if r.random() < 0.3 and town != "London":
        lines.append(r.choice(UK_DIST))
    if r.random() < 0.5:
        lines.append(town)
        lines.append(pc)
    else:
        lines.append("%s %s" % (town, pc))
    return Addr(lines, "UK")


IE_PLACES = [("Dublin 8", "D08"), ("Dublin 6W", "D6W"), ("Dublin 15", "D15"), ("Dublin 3", "D03"),
             ("Ballincollig, Co. Cork", "P31"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"),
             ("Athlone, Co. Westmeath", "N37"), ("Sligo", "F91"), ("Kilkenny", "R95"), ("Waterford", "X91")]
IE_STREETS = L("Ashgrove Lawn; Clarion Quay; Cypress Grove Road; Castle Street; Rathgar Road; Shandon Street; "
               "Grattan Hill; Bóthar na Trá; Sea Road; Oakpark Avenue; Woodbrook Glen; Main Street")
IE_CH = "ACDEFHKNPRTVWXY0123456789"


def addr_ie(r):
    town, key = r.choice(IE_PLACES)
    ec = key + " " + "".join(r.choice(IE_CH) for _ in range(4))
    lines = []
    if r.random() < 0.3:
        lines.append("Apartment %s, Block %s" % (_num(r, 1, 120), r.choice("ABCDE")))
    lines.append("%s %s" % (_num(r, 1, 140), r.choice(IE_STREETS)))
    if r.random() < 0.5:
        lines.append(town)
        lines.append(ec)
    else:
        lines.append("%s %s" % (town, ec))
    return Addr(lines, "IE")


DE_CITIES = [("Berlin", ["10", "12", "13"]), ("Hamburg", ["20", "22"]), ("München", ["80", "81"]),
             ("Köln", ["50", "51"]), ("Frankfurt am Main", ["60"]), ("Stuttgart", ["70"]),
             ("Düsseldorf", ["40"]), ("Leipzig", ["04"]), ("Dresden", ["01"]), ("Nürnberg", ["90"]),
             ("Hannover", ["30"]), ("Bremen", ["28"]), ("Freiburg im Breisgau", ["79"]), ("Münster", ["48"]),
             ("Kiel", ["24"]), ("Mainz", ["55"]), ("Regensburg", ["93"]), ("Heidelberg", ["69"]),
             ("Bochum", ["44"]), ("Rostock", ["18"])]
DE_STREETS = L("Hauptstraße; Bahnhofstraße; Lindenstraße; Gartenweg; Schillerstraße; Goethestraße; "
               "Am Mühlbach; Kastanienallee; Birkenweg; Friedrichstraße; Rosenstraße; Kirchgasse; Ringstraße; "
               "Talstraße; Bergstraße; Sonnenweg; Ahornweg; Mozartstraße; Eichendorffstraße; Im Winkel; "
               "Lange Reihe; Weserstraße; Hohenzollernring; Schönhauser Allee; Sedanstraße; Uhlandstraße")


def addr_de(r):
    city, pre = r.choice(DE_CITIES)
    plz = r.choice(pre) + pat(r, "XXX")
    st = "%s %s%s" % (r.choice(DE_STREETS), _num(r, 1, 180), r.choice(["", "", "", "a", "b"]))
    lines = []
    if r.random() < 0.2:
        lines.append(r.choice(["Hinterhaus, 3. OG", "Seitenflügel links", "Wohnung 12", "2. OG rechts",
                               "App. 4"]))
    lines.append(st)
    lines.append("%s %s" % (plz, city))
    return Addr(lines, "DE")


AT_CITIES = [("Wien", None), ("Graz", "80"), ("Linz", "40"), ("Salzburg", "50"), ("Innsbruck", "60"),
             ("Klagenfurt am Wörthersee", "90"), ("St. Pölten", "31")]
AT_STREETS = L("Mariahilfer Straße; Favoritenstraße; Landstraßer Hauptstraße; Herrengasse; Annenstraße; "
               "Landstraße; Getreidegasse; Maria-Theresien-Straße; Wiedner Hauptstraße; Schönbrunner Straße")


def addr_at(r):
    city, pre = r.choice(AT_CITIES)
    plz = ("1%02d0" % r.randint(1, 23)) if pre is None else pre + pat(r, "X0")
    if r.random() < 0.5:
        st = "%s %s/%s/%s" % (r.choice(AT_STREETS), _num(r, 1, 150), _num(r, 1, 6), _num(r, 1, 30))
    else:
        st = "%s %s/%s" % (r.choice(AT_STREETS), _num(r, 1, 150), _num(r, 1, 24))
    return Addr([st, "%s %s" % (plz, city)], "AT")


CH_CITIES = [("Zürich", "80", "Bahnhofstrasse; Langstrasse; Seefeldstrasse; Rosengartenstrasse"),
             ("Bern", "30", "Kramgasse; Länggassstrasse; Breitenrainplatz; Monbijoustrasse"),
             ("Basel", "40", "Güterstrasse; Steinenvorstadt; Elsässerstrasse"),
             ("Luzern", "60", "Pilatusstrasse; Hirschmattstrasse; Haldenstrasse"),
             ("Winterthur", "84", "Marktgasse; Technikumstrasse"),
             ("St. Gallen", "90", "Rorschacher Strasse; Teufener Strasse"),
             ("Genève", "12", "Rue de Lausanne; Boulevard Carl-Vogt; Rue de Carouge"),
             ("Lausanne", "10", "Avenue de la Gare; Rue du Petit-Chêne"),
             ("Lugano", "69", "Via Nassa; Via Cantonale; Corso Elvezia")]


def addr_ch(r):
    city, pre, sts = r.choice(CH_CITIES)
    st = r.choice(L(sts))
    n = _num(r, 1, 140)
    line = ("%s %s" % (st, n))
    lines = [line, "%s%s %s" % (pre, pat(r, "XX"), city)]
    if r.random() < 0.15:
        lines.insert(0, "Postfach %s" % _num(r, 100, 9999) if r.random() < 0.5 else "c/o Hauswart")
        if lines[0] == "c/o Hauswart":
            lines.pop(0)
    return Addr(lines, "CH")


FR_CITIES = [("Lyon", "6900", "1-9"), ("Marseille", "130", "01-16"), ("Toulouse", "31", "000;100;200;300;400;500"),
             ("Nantes", "44", "000;100;200;300"), ("Bordeaux", "33", "000;100;200;300;800"),
             ("Lille", "59", "000;800"), ("Rennes", "35", "000;200;700"), ("Strasbourg", "67", "000;100;200"),
             ("Montpellier", "34", "000;070;080;090"), ("Grenoble", "38", "000;100"), ("Nice", "06", "000;100;200;300"),
             ("Dijon", "21", "000"), ("Angers", "49", "000;100"), ("Tours", "37", "000;100;200"),
             ("Brest", "29", "200"), ("Clermont-Ferrand", "63", "000;100")]
FR_STREETS = L("rue de la République; rue Victor Hugo; avenue Jean Jaurès; boulevard Voltaire; rue des Lilas; "
               "rue du Général Leclerc; allée des Tilleuls; chemin des Vignes; place du Marché; rue Pasteur; "
               "rue Nationale; impasse des Roses; rue de la Paix; quai des Chartrons; rue des Écoles; "
               "rue du Faubourg Saint-Antoine; avenue de la Libération; rue Paul Bert; cours Lafayette; "
               "rue Sainte-Catherine; rue des Trois Frères; boulevard de la Croix-Rousse")


def _fr_cp(r):
    if r.random() < 0.3:
        return "750%02d" % r.randint(1, 20), "Paris"
    city, pre, suf = r.choice(FR_CITIES)
    if "-" in suf:
        a, b = suf.split("-")
        s = str(r.randint(int(a), int(b)))
        return (pre + s.zfill(len(a)))[:5].ljust(5, "0"), city
    return pre + r.choice(L(suf)), city


def addr_fr(r):
    cp, city = _fr_cp(r)
    if city == "Lyon":
        cp = "6900" + str(r.randint(1, 9))
    if city == "Marseille":
        cp = "130%02d" % r.randint(1, 16)
    n = _num(r, 1, 160) + r.choice(["", "", "", " bis", " ter"])
    lines = []
    if r.random() < 0.3:
        lines.append(r.choice(["Appartement %s" % _num(r, 1, 60), "Bâtiment %s, 3e étage" % r.choice("ABC"),
                               "Résidence Les Glycines, apt %s" % _num(r, 1, 90), "Escalier B, porte %s" % _num(r, 1, 20)]))
    lines.append("%s %s" % (n, r.choice(FR_STREETS)) if r.random() < 0.85 else "%s, %s" % (n, r.choice(FR_STREETS)))
    lines.append("%s %s" % (cp, city))
    return Addr(lines, "FR")


BE_CITIES = [("Bruxelles", "1000", "fr"), ("Ixelles", "1050", "fr"), ("Schaerbeek", "1030", "fr"),
             ("Liège", "4000", "fr"), ("Namur", "5000", "fr"), ("Charleroi", "6000", "fr"),
             ("Gent", "9000", "nl"), ("Antwerpen", "2018", "nl"), ("Leuven", "3000", "nl"),
             ("Brugge", "8000", "nl"), ("Mechelen", "2800", "nl"), ("Hasselt", "3500", "nl")]
BE_FR = L("Rue de la Station; Avenue Louise; Rue Haute; Chaussée de Wavre; Rue des Guillemins; Rue de Fer")
BE_NL = L("Kerkstraat; Stationsstraat; Meir; Veldstraat; Bondgenotenlaan; Lange Kievitstraat; Nieuwstraat")


def addr_be(r, lang=None):
    opts = [c for c in BE_CITIES if lang is None or c[2] == lang]
    city, cp, lg = r.choice(opts)
    st = r.choice(BE_FR if lg == "fr" else BE_NL)
    n = _num(r, 1, 220)
    box = ""
    if r.random() < 0.35:
        box = (" bte " if lg == "fr" else " bus ") + _num(r, 1, 30)
    return Addr(["%s %s%s" % (st, n, box), "%s %s" % (cp, city)], "BE")


NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"),
             ("Eindhoven", "56"), ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"), ("Breda", "48"),
             ("Nijmegen", "65"), ("Haarlem", "20"), ("Leiden", "23"), ("Zwolle", "80"), ("Maastricht", "62"),
             ("Delft", "26"), ("Arnhem", "68")]
NL_STREETS = L("Kerkstraat; Dorpsstraat; Stationsweg; Molenweg; Julianalaan; Beatrixstraat; Wilhelminastraat; "
               "Oranjestraat; Lindelaan; Prinsengracht; Herengracht; Vondelstraat; Burgemeester de Vlugtlaan; "
               "Nieuwe Binnenweg; Oudegracht; Kanaalstraat; Zeeburgerdijk; Ceintuurbaan; Merelstraat")


def addr_nl(r):
    city, pre = r.choice(NL_CITIES)
    pc = pre + pat(r, "XX") + " " + pat(r, "AA", "ABCEGHJKLMNPRTVWXZ")
    n = _num(r, 1, 400) + r.choice(["", "", "", "A", "-2", "-III", " hs", " bis"])
    return Addr(["%s %s" % (r.choice(NL_STREETS), n), "%s %s" % (pc, city if r.random() < 0.8 else city.upper())],
                "NL")


IT_CITIES = [("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Torino", "101", "TO"), ("Napoli", "801", "NA"),
             ("Bologna", "401", "BO"), ("Firenze", "501", "FI"), ("Genova", "161", "GE"), ("Palermo", "901", "PA"),
             ("Bari", "701", "BA"), ("Verona", "371", "VR"), ("Padova", "351", "PD"), ("Trieste", "341", "TS"),
             ("Cagliari", "091", "CA"), ("Pescara", "651", "PE")]
IT_STREETS = L("Via Roma; Via Garibaldi; Via Mazzini; Via Dante Alighieri; Corso Italia; Via dei Mille; "
               "Viale Europa; Piazza della Libertà; Via XX Settembre; Via Cavour; Via Manzoni; Via San Francesco; "
               "Vicolo del Pozzo; Corso Vittorio Emanuele II; Via Nazionale; Via dei Tigli; Viale Monza; "
               "Via Tiburtina; Via Toledo; Via Etnea")


def addr_it(r):
    city, pre, pv = r.choice(IT_CITIES)
    cap = pre + pat(r, "ZX")[:2]
    st = "%s %s%s" % (r.choice(IT_STREETS), _num(r, 1, 250), r.choice(["", "", "/B", "/a"]))
    if r.random() < 0.3:
        st += r.choice([", int. %s" % _num(r, 1, 30), ", scala B", ", piano 3"])
    tail = r.choice(["%s %s (%s)" % (cap, city, pv), "%s %s %s" % (cap, city, pv), "%s %s" % (cap, city)])
    return Addr([st, tail], "IT")


ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"),
             ("Zaragoza", "500"), ("Málaga", "290"), ("Bilbao", "480"), ("Murcia", "300"), ("Palma", "070"),
             ("Valladolid", "470"), ("Vigo", "362"), ("A Coruña", "150"), ("Granada", "180"),
             ("Alicante", "030"), ("Pamplona", "310"), ("Salamanca", "370")]
ES_STREETS = L("Calle Mayor; Calle Real; Calle del Sol; Avenida de la Constitución; Calle San Vicente; "
               "Paseo de la Castellana; Calle de Alcalá; Calle de Atocha; Rambla de Catalunya; Carrer de Sants; "
               "Calle Larios; Avenida de América; Calle Doctor Fleming; Calle de la Princesa; Camino de Ronda; "
               "Calle Sierpes; Avinguda Diagonal; Calle Uría")


def addr_es(r):
    city, pre = r.choice(ES_CITIES)
    cp = pre + pat(r, "XX")
    st = r.choice(ES_STREETS)
    if r.random() < 0.3:
        st = st.replace("Calle ", "C/ ").replace("Avenida ", "Avda. ")
    n = _num(r, 1, 220)
    piso = r.choice(["", ", %sº %s" % (r.randint(1, 9), r.choice("ABCD")), ", %sº %sª" % (r.randint(1, 7), r.randint(1, 4)),
                     ", bajo", ", ático", ", esc. izda. 2º"])
    return Addr(["%s, %s%s" % (st, n, piso) if r.random() < 0.6 else "%s %s%s" % (st, n, piso),
                 "%s %s" % (cp, city)], "ES")


PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Coimbra", "30"), ("Faro", "80"),
             ("Aveiro", "38"), ("Setúbal", "29"), ("Funchal", "90"), ("Amadora", "27")]
PT_STREETS = L("Rua Augusta; Rua do Carmo; Avenida da Liberdade; Rua de Santa Catarina; Rua Miguel Bombarda; "
               "Rua das Flores; Avenida dos Aliados; Rua Dr. António José de Almeida; Largo do Rato; "
               "Avenida da Boavista; Rua de Cedofeita; Travessa do Carvalho; Rua Almirante Reis")


def addr_pt(r):
    city, pre = r.choice(PT_CITIES)
    cp = (pre + pat(r, "XXXX"))[:4] + "-" + pat(r, "XXX")
    if city == "Lisboa":
        cp = "1" + pat(r, "ZX0") + "-" + pat(r, "XXX")
    if city == "Porto":
        cp = "4" + r.choice(["000", "050", "100", "150", "200"]) + "-" + pat(r, "XXX")
    fl = r.choice(["", ", %s.º Esq." % r.randint(1, 8), ", %s.º Dto." % r.randint(1, 8), ", r/c", ", %s.º D" % r.randint(1, 9)])
    return Addr(["%s %s%s" % (r.choice(PT_STREETS), _num(r, 1, 400), fl), "%s %s" % (cp, city)], "PT")


PL_CITIES = [("Warszawa", ["00", "01", "02", "03", "04"]), ("Kraków", ["30", "31"]), ("Łódź", ["90", "91", "93"]),
             ("Wrocław", ["50", "51", "53"]), ("Poznań", ["60", "61"]), ("Gdańsk", ["80"]), ("Szczecin", ["70", "71"]),
             ("Lublin", ["20"]), ("Katowice", ["40"]), ("Białystok", ["15"]), ("Gdynia", ["81"]), ("Toruń", ["87"])]
PL_STREETS = L("ul. Mickiewicza; ul. Słowackiego; ul. Kościuszki; ul. Piłsudskiego; ul. Długa; ul. Polna; "
               "ul. Leśna; ul. Ogrodowa; ul. Lipowa; ul. Kwiatowa; ul. Szkolna; ul. Sienkiewicza; "
               "ul. Grunwaldzka; al. Niepodległości; ul. Żeromskiego; ul. Marszałkowska; al. Jerozolimskie; "
               "ul. Piotrkowska; ul. Świętojańska")


def addr_pl(r):
    city, pres = r.choice(PL_CITIES)
    kod = r.choice(pres) + "-" + pat(r, "XXX")
    n = _num(r, 1, 180) + r.choice(["", "", "A", "B"])
    m = r.choice(["", "/%s" % _num(r, 1, 90), " m. %s" % _num(r, 1, 120), " lok. %s" % _num(r, 1, 40)])
    return Addr(["%s %s%s" % (r.choice(PL_STREETS), n, m), "%s %s" % (kod, city)], "PL")


SE_CITIES = [("Stockholm", ["11", "12"]), ("Göteborg", ["41"]), ("Malmö", ["21"]), ("Uppsala", ["75"]),
             ("Västerås", ["72"]), ("Örebro", ["70"]), ("Linköping", ["58"]), ("Umeå", ["90"]), ("Lund", ["22"])]
SE_STREETS = L("Storgatan; Drottninggatan; Kungsgatan; Vasagatan; Sveavägen; Götgatan; Ringvägen; Skolgatan; "
               "Björkvägen; Tallvägen; Kyrkogatan; Linnégatan; Södra Vägen; Hornsgatan; Odengatan")


def addr_se(r):
    city, pres = r.choice(SE_CITIES)
    pc = r.choice(pres) + pat(r, "X XX")
    st = "%s %s%s" % (r.choice(SE_STREETS), _num(r, 1, 120), r.choice(["", "", " A", " B", "C"]))
    if r.random() < 0.35:
        st += ", lgh %s" % pat(r, "1ZXX")
    return Addr([st, "%s %s" % (pc, city if r.random() < 0.85 else city.upper())], "SE")


DK_CITIES = [("København N", "2200"), ("København Ø", "2100"), ("København S", "2300"), ("Frederiksberg", "2000"),
             ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Esbjerg", "6700"),
             ("Roskilde", "4000"), ("Vejle", "7100"), ("Valby", "2500")]
DK_STREETS = L("Vestergade; Østergade; Nørregade; Søndergade; Jernbanegade; Strandvejen; Nørrebrogade; "
               "Amagerbrogade; Bredgade; Kongensgade; Skovvej; Møllevej; Jægersborggade; Finsensvej")


def addr_dk(r):
    city, pc = r.choice(DK_CITIES)
    fl = r.choice(["", ", st.", ", st. th.", ", 1. tv.", ", 2. th.", ", 3. mf.", ", 4.", ", kl."])
    return Addr(["%s %s%s%s" % (r.choice(DK_STREETS), _num(r, 1, 160), r.choice(["", "", "A", "B"]), fl),
                 "%s %s" % (pc, city)], "DK")


NO_CITIES = [("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70"), ("Stavanger", "40"), ("Tromsø", "90"),
             ("Drammen", "30"), ("Kristiansand", "46"), ("Fredrikstad", "16")]
NO_STREETS = L("Storgata; Kirkegata; Markveien; Bogstadveien; Trondheimsveien; Kongens gate; "
               "Dronningens gate; Strandgaten; Skansegaten; Sjøgata; Fjellveien; Bjørkeveien; "
               "Thorvald Meyers gate; Sannergata; Møllendalsveien")


def addr_no(r):
    city, pre = r.choice(NO_CITIES)
    pc = (pre + pat(r, "XXX"))[:4]
    st = "%s %s%s" % (r.choice(NO_STREETS), _num(r, 1, 120), r.choice(["", "", "A", "B"]))
    if r.random() < 0.35:
        st += ", H0%s0%s" % (r.randint(1, 6), r.randint(1, 6))
    return Addr([st, "%s %s" % (pc, city if r.random() < 0.8 else city.upper())], "NO")


FI_CITIES = [("Helsinki", "00"), ("Espoo", "02"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"),
             ("Jyväskylä", "40"), ("Lahti", "15"), ("Kuopio", "70"), ("Vantaa", "01")]
FI_STREETS = L("Mannerheimintie; Hämeenkatu; Aleksanterinkatu; Kauppakatu; Puistokatu; Koulukatu; Rantatie; "
               "Kirkkokatu; Itäinen Pitkäkatu; Satamakatu; Koivukuja; Mäntytie; Runeberginkatu; Kalevankatu")


def addr_fi(r):
    city, pre = r.choice(FI_CITIES)
    pc = pre + pat(r, "ZX0")
    st = "%s %s" % (r.choice(FI_STREETS), _num(r, 1, 90))
    if r.random() < 0.6:
        st += " %s %s" % (r.choice("ABCDE"), _num(r, 1, 60))
    return Addr([st, "%s %s" % (pc, city if r.random() < 0.8 else city.upper())], "FI")


JP_PLACES = [("東京都渋谷区", "神南", "150"), ("東京都世田谷区", "三軒茶屋", "154"), ("東京都新宿区", "西新宿", "160"),
             ("東京都杉並区", "阿佐谷北", "166"), ("大阪府大阪市北区", "梅田", "530"), ("神奈川県横浜市港北区", "日吉", "223"),
             ("愛知県名古屋市中区", "栄", "460"), ("福岡県福岡市中央区", "天神", "810"), ("北海道札幌市中央区", "大通西", "060"),
             ("京都府京都市左京区", "北白川", "606"), ("兵庫県神戸市中央区", "三宮町", "650"), ("宮城県仙台市青葉区", "一番町", "980"),
             ("埼玉県さいたま市浦和区", "高砂", "330"), ("千葉県船橋市", "本町", "273")]
JP_ROMA = [("Shibuya-ku, Tokyo", "Jinnan", "150"), ("Setagaya-ku, Tokyo", "Sangenjaya", "154"),
           ("Kita-ku, Osaka", "Umeda", "530"), ("Kohoku-ku, Yokohama, Kanagawa", "Hiyoshi", "223"),
           ("Naka-ku, Nagoya, Aichi", "Sakae", "460"), ("Chuo-ku, Fukuoka", "Tenjin", "810"),
           ("Sakyo-ku, Kyoto", "Kitashirakawa", "606")]
JP_BLDG = L("パークハイツ; メゾン青葉; グランドール; サンライズマンション; コーポ桜; ライオンズマンション; ハイツ緑ヶ丘")


def addr_jp(r, roman=None):
    if roman is None:
        roman = r.random() < 0.25
    if roman:
        ward, town, z = r.choice(JP_ROMA)
        pc = z + "-" + pat(r, "XXXX")
        room = r.choice(["", "Room %s, " % pat(r, "Z0X"), "%sF, " % r.randint(2, 12)])
        return Addr(["%s%s-%s-%s %s" % (room, r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), town),
                     "%s %s" % (ward, pc)], "JP")
    pref, town, z = r.choice(JP_PLACES)
    pc = "〒" + z + "-" + pat(r, "XXXX")
    chome = r.randint(1, 5)
    if r.random() < 0.5:
        loc = "%s%d丁目%d-%d" % (town, chome, r.randint(1, 30), r.randint(1, 20))
    else:
        loc = "%s%d-%d-%d" % (town, chome, r.randint(1, 30), r.randint(1, 20))
    bldg = "" if r.random() < 0.35 else " %s%s号室" % (r.choice(JP_BLDG), pat(r, "Z0X"))
    if r.random() < 0.5:
        return Addr([pc, pref + loc + bldg], "JP", " ")
    return Addr([pc + " " + pref + loc + bldg], "JP")


IN_PLACES = [("Indiranagar", "Bengaluru", "Karnataka", "5600"), ("Koramangala", "Bengaluru", "Karnataka", "5600"),
             ("Andheri West", "Mumbai", "Maharashtra", "4000"), ("Kothrud", "Pune", "Maharashtra", "4110"),
             ("T. Nagar", "Chennai", "Tamil Nadu", "6000"), ("Banjara Hills", "Hyderabad", "Telangana", "5000"),
             ("Lajpat Nagar", "New Delhi", "Delhi", "1100"), ("Salt Lake", "Kolkata", "West Bengal", "7000"),
             ("Navrangpura", "Ahmedabad", "Gujarat", "3800"), ("Malviya Nagar", "Jaipur", "Rajasthan", "3020"),
             ("Kakkanad", "Kochi", "Kerala", "6820"), ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "2260"),
             ("Sector 62", "Noida", "Uttar Pradesh", "2013"), ("DLF Phase 3", "Gurugram", "Haryana", "1220")]
IN_BLDG = L("Sai Krupa Apartments; Green Park Residency; Lakshmi Nilayam; Prestige Shantiniketan; Sunrise Towers; "
            "Gokul Dham Society; Shanti Kunj")


def addr_in(r):
    area, city, state, pre = r.choice(IN_PLACES)
    pin = pre + pat(r, "XX")
    first = r.choice(["Flat %s, %s" % (pat(r, "Z0X"), r.choice(IN_BLDG)),
                      "H.No. %s-%s-%s" % (r.randint(1, 12), r.randint(1, 9), r.randint(10, 600)),
                      "%s-%s" % (r.choice("ABCDE"), r.randint(1, 400)),
                      "%s, %sth Cross, %sth Main" % (r.randint(1, 80), r.randint(1, 19), r.randint(1, 12)),
                      "Plot No. %s, Road No. %s" % (r.randint(1, 300), r.randint(1, 14))])
    if r.random() < 0.5:
        return Addr([first, area, "%s, %s %s" % (city, state, pin)], "IN")
    return Addr([first, "%s, %s - %s" % (area, city, pin)], "IN")


AU_PLACES = [("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("Bondi", "NSW", "2026"),
             ("Newtown", "NSW", "2042"), ("Parramatta", "NSW", "2150"), ("Paddington", "QLD", "4064"),
             ("Fortitude Valley", "QLD", "4006"), ("Subiaco", "WA", "6008"), ("Fremantle", "WA", "6160"),
             ("Glenelg", "SA", "5045"), ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005"),
             ("Braddon", "ACT", "2612"), ("Coburg", "VIC", "3058")]
AU_STREETS = L("Wattle Street; Banksia Avenue; Beach Road; Station Street; High Street; Victoria Parade; "
               "Jacaranda Crescent; Bottlebrush Close; Ocean Drive; Kookaburra Way; Parade Terrace; Smith Street")


def addr_au(r):
    sub, st, pc = r.choice(AU_PLACES)
    street = r.choice(AU_STREETS)
    if r.random() < 0.3:
        street = street.replace("Street", "St").replace("Avenue", "Ave").replace("Road", "Rd")
    n = _num(r, 1, 300)
    if r.random() < 0.3:
        first = "%s/%s %s" % (_num(r, 1, 40), n, street)
        return Addr([first, "%s %s %s" % (sub.upper() if r.random() < 0.5 else sub, st, pc)], "AU")
    lines = []
    if r.random() < 0.25:
        lines.append("Unit %s" % _num(r, 1, 30))
    lines.append("%s %s" % (n, street))
    lines.append("%s %s %s" % (sub.upper() if r.random() < 0.5 else sub, st, pc))
    return Addr(lines, "AU")


BR_CITIES = [("São Paulo", "SP", "0", L("Bela Vista; Pinheiros; Vila Madalena; Mooca; Santana; Itaim Bibi")),
             ("Rio de Janeiro", "RJ", "2", L("Laranjeiras; Copacabana; Tijuca; Botafogo; Méier")),
             ("Belo Horizonte", "MG", "3", L("Savassi; Funcionários; Pampulha")),
             ("Curitiba", "PR", "8", L("Batel; Água Verde; Centro")),
             ("Porto Alegre", "RS", "9", L("Moinhos de Vento; Cidade Baixa; Menino Deus")),
             ("Salvador", "BA", "4", L("Barra; Rio Vermelho; Pituba")),
             ("Recife", "PE", "5", L("Boa Viagem; Casa Forte; Graças")),
             ("Fortaleza", "CE", "6", L("Aldeota; Meireles")),
             ("Campinas", "SP", "13", L("Cambuí; Barão Geraldo")),
             ("Florianópolis", "SC", "88", L("Trindade; Lagoa da Conceição"))]
BR_STREETS = L("Rua das Flores; Rua XV de Novembro; Av. Brasil; Rua Sete de Setembro; Rua Augusta; Rua Oscar Freire; "
               "Av. Atlântica; Rua Voluntários da Pátria; Rua Marechal Deodoro; Rua Padre Chagas; "
               "Travessa São José; Av. Paulista; Rua das Laranjeiras; Rua Tiradentes; Av. Boa Viagem")


def addr_br(r):
    city, uf, pre, bairros = r.choice(BR_CITIES)
    cep = (pre + pat(r, "XXXXX"))[:5] + "-" + pat(r, "XXX")
    comp = r.choice(["", "", ", apto %s" % pat(r, "Z0X"), ", apto. %s bloco B" % pat(r, "Z0X"), ", casa 2",
                     ", conj. %s" % _num(r, 1, 40)])
    st = "%s, %s%s" % (r.choice(BR_STREETS), _num(r, 1, 3000), comp)
    b = r.choice(bairros)
    if r.random() < 0.5:
        return Addr([st, "%s, %s - %s" % (b, city, uf), cep], "BR")
    return Addr([st + " - " + b, "%s - %s, %s" % (city, uf, cep)], "BR")


MX_PLACES = [("Roma Norte", "Cuauhtémoc", "06700", "Ciudad de México, CDMX"),
             ("Condesa", "Cuauhtémoc", "06140", "Ciudad de México, CDMX"),
             ("Del Valle", "Benito Juárez", "03100", "Ciudad de México, CDMX"),
             ("Narvarte", "Benito Juárez", "03020", "Ciudad de México, CDMX"),
             ("Americana", None, "44160", "Guadalajara, Jal."), ("Providencia", None, "44630", "Guadalajara, Jal."),
             ("Centro", None, "64000", "Monterrey, N.L."), ("Del Valle", None, "66220", "San Pedro Garza García, N.L."),
             ("Centro Histórico", None, "72000", "Puebla, Pue."), ("Jardines de la Hacienda", None, "76180", "Querétaro, Qro."),
             ("García Ginerés", None, "97070", "Mérida, Yuc.")]
MX_STREETS = L("Calle Durango; Av. Insurgentes Sur; Calle Colima; Av. Vallarta; Calle Morelos; Av. Juárez; "
               "Calle Hidalgo; Calle 5 de Mayo; Av. Constitución; Calle Zacatecas; Calle Tonalá; Calle 60")


def addr_mx(r):
    col, alc, cp, city = r.choice(MX_PLACES)
    st = "%s %s" % (r.choice(MX_STREETS), _num(r, 1, 2400))
    if r.random() < 0.4:
        st += r.choice([", Int. %s" % _num(r, 1, 30), " Depto. %s" % pat(r, "Z0X"), " int. %s" % r.choice("ABC")])
    colline = "Col. %s" % col + (", %s" % alc if alc else "")
    if r.random() < 0.5:
        return Addr([st, colline, "%s %s" % (cp, city)], "MX")
    return Addr([st + ", " + colline, "C.P. %s, %s" % (cp, city)], "MX")


def addr_ar(r):
    if r.random() < 0.6:
        st = "%s %s" % (r.choice(L("Av. Corrientes; Av. Santa Fe; Thames; Gurruchaga; Av. Rivadavia; Humboldt")),
                        _num(r, 100, 5999))
        if r.random() < 0.5:
            st += ", Piso %s Depto. %s" % (r.randint(1, 12), r.choice("ABCDE"))
        return Addr([st, "C%s%s CABA" % (pat(r, "1XXX"), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)))], "AR")
    st = "%s %s" % (r.choice(L("Bv. Oroño; Calle San Martín; Av. Colón; Calle Belgrano")), _num(r, 100, 3000))
    city = r.choice(["S2000 Rosario, Santa Fe", "X5000 Córdoba", "M5500 Mendoza", "B7600 Mar del Plata"])
    return Addr([st, city], "AR")


def addr_ng(r):
    return r.choice([
        Addr(["Plot %s, Admiralty Way" % _num(r, 1, 90), "Lekki Phase 1, Lagos %s" % pat(r, "10XXXX")], "NG"),
        Addr(["%s Aminu Kano Crescent" % _num(r, 1, 60), "Wuse 2, Abuja %s" % pat(r, "9040XX")], "NG"),
        Addr(["Flat %s, Block %s, %s Adeola Odeku Street" % (_num(r, 1, 20), r.choice("ABCD"), _num(r, 1, 90)),
              "Victoria Island, Lagos"], "NG"),
        Addr(["%s Ogui Road" % _num(r, 1, 120), "Enugu %s" % pat(r, "4001XX")], "NG"),
        Addr(["%s Bodija Estate, Ibadan, Oyo State" % _num(r, 1, 300)], "NG"),
    ])


def addr_za(r):
    return r.choice([
        Addr(["%s Jacaranda Street" % _num(r, 1, 120), "Waterkloof", "Pretoria", "0181"], "ZA"),
        Addr(["Unit %s, Seaview Court" % _num(r, 1, 40), "%s Beach Road, Sea Point" % _num(r, 1, 200),
              "Cape Town", "8005"], "ZA"),
        Addr(["%s 4th Avenue, Melville" % _num(r, 1, 90), "Johannesburg, 2092"], "ZA"),
        Addr(["%s Florida Road, Morningside" % _num(r, 1, 300), "Durban 4001"], "ZA"),
    ])


TR_PLACES = [("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"), ("Üsküdar", "İstanbul", "346"),
             ("Şişli", "İstanbul", "343"), ("Çankaya", "Ankara", "066"), ("Karşıyaka", "İzmir", "355"),
             ("Bornova", "İzmir", "350"), ("Nilüfer", "Bursa", "161"), ("Muratpaşa", "Antalya", "071"),
             ("Tepebaşı", "Eskişehir", "260")]
TR_MAH = L("Atatürk Mah.; Cumhuriyet Mah.; Moda Mah.; Bahçelievler Mah.; Fenerbahçe Mah.; Kızılay Mah.; "
           "Yenişehir Mah.; Mimar Sinan Mah.")
TR_SOK = L("Bağdat Caddesi; Gül Sokak; Lale Sokak; İnönü Caddesi; Barbaros Bulvarı; Papatya Sok.; Menekşe Sok.; "
           "Kazım Karabekir Cad.")


def addr_tr(r):
    ilce, il, pre = r.choice(TR_PLACES)
    pc = pre + pat(r, "XX")
    st = "%s %s No: %s D: %s" % (r.choice(TR_MAH), r.choice(TR_SOK), _num(r, 1, 250), _num(r, 1, 30))
    if r.random() < 0.3:
        st = st.replace("No: ", "No:").replace(" D: ", " Daire:")
    return Addr([st, "%s %s/%s" % (pc, ilce, il)], "TR")


RU_CITIES = [("Москва", "1"), ("Санкт-Петербург", "19"), ("Новосибирск", "630"), ("Екатеринбург", "620"),
             ("Казань", "420"), ("Нижний Новгород", "603"), ("Самара", "443"), ("Воронеж", "394"), ("Пермь", "614")]
RU_STREETS = L("ул. Ленина; ул. Гагарина; ул. Садовая; пр. Мира; ул. Пушкина; Невский пр.; ул. Советская; "
               "ул. Молодёжная; ул. Школьная; ул. Лесная; ул. Центральная; Ленинградский пр-т; ул. Чехова; "
               "ул. Профсоюзная")


def addr_ru(r):
    city, pre = r.choice(RU_CITIES)
    idx = (pre + pat(r, "XXXXX"))[:6]
    st = "%s, д. %s%s, кв. %s" % (r.choice(RU_STREETS), _num(r, 1, 150),
                                  r.choice(["", "", ", корп. 2", ", стр. 1", "/%s" % _num(r, 1, 9)]), _num(r, 1, 300))
    if r.random() < 0.5:
        return Addr(["%s, г. %s, %s" % (idx, city, st)], "RU")
    return Addr([st, "г. %s, %s" % (city, idx)], "RU")


UA_CITIES = [("Київ", "0"), ("Львів", "79"), ("Харків", "61"), ("Одеса", "65"), ("Дніпро", "49"),
             ("Вінниця", "21"), ("Полтава", "36")]
UA_STREETS = L("вул. Шевченка; вул. Франка; вул. Лесі Українки; просп. Перемоги; вул. Садова; вул. Грушевського; "
               "вул. Городоцька; вул. Сумська; вул. Хрещатик; вул. Соборна")


def addr_ua(r):
    city, pre = r.choice(UA_CITIES)
    idx = (pre + pat(r, "XXXX"))[:5]
    if city == "Київ":
        idx = "0" + pat(r, "ZXXX")
    st = "%s, %s, кв. %s" % (r.choice(UA_STREETS), _num(r, 1, 150), _num(r, 1, 200))
    if r.random() < 0.5:
        return Addr(["%s, м. %s, %s" % (st, city, idx)], "UA")
    return Addr([st, "м. %s, %s" % (city, idx)], "UA")


GR_CITIES = [("Αθήνα", "10"), ("Αθήνα", "11"), ("Θεσσαλονίκη", "54"), ("Πάτρα", "26"), ("Ηράκλειο", "71"),
             ("Λάρισα", "41"), ("Βόλος", "38"), ("Χαλάνδρι", "152"), ("Γλυφάδα", "166")]
GR_STREETS = L("Ερμού; Σταδίου; Πανεπιστημίου; Τσιμισκή; Εγνατία; Αγίου Δημητρίου; Βασιλίσσης Σοφίας; Κηφισίας; "
               "Ιπποκράτους; Αριστοτέλους; Μητροπόλεως; Αγίας Σοφίας")


def addr_gr(r):
    city, pre = r.choice(GR_CITIES)
    d = (pre + pat(r, "XXXXX"))[:5]
    tk = d[:3] + " " + d[3:]
    st = "%s %s" % (r.choice(GR_STREETS), _num(r, 1, 200))
    if r.random() < 0.3:
        st += ", %sος όροφος" % r.randint(1, 6)
    return Addr([st, "%s %s" % (tk, city)], "GR")


IL_CITIES = L("תל אביב-יפו; ירושלים; חיפה; רמת גן; באר שבע; פתח תקווה; הרצליה; רעננה; נתניה; גבעתיים")
IL_STREETS = L("הרצל; ויצמן; רוטשילד; בן יהודה; ז'בוטינסקי; העצמאות; הנביאים; יפו; אלנבי; דיזנגוף; הגפן; האלה; "
               "סוקולוב; ביאליק")


def addr_il(r):
    st = "%s%s %s" % (r.choice(["רחוב ", "רח' ", ""]), r.choice(IL_STREETS), _num(r, 1, 180))
    if r.random() < 0.5:
        st += ", דירה %s" % _num(r, 1, 40)
    city = r.choice(IL_CITIES)
    pc = pat(r, "ZXXXXXX")
    if r.random() < 0.5:
        return Addr([st, "%s %s" % (city, pc)], "IL")
    return Addr(["%s, %s" % (st, city) + (" " + pc if r.random() < 0.6 else "")], "IL")


def addr_ae(r):
    return r.choice([
        Addr(["فيلا %s، شارع %s" % (_num(r, 1, 80), _num(r, 1, 60)), "البرشاء %s، دبي" % r.randint(1, 3)], "AE"),
        Addr(["ص.ب %s، دبي" % pat(r, "ZXXXX")], "AE"),
        Addr(["شقة %s، برج %s" % (pat(r, "ZX0X"), r.choice(["الياسمين", "النخيل", "المارينا"])),
              "دبي مارينا، دبي"], "AE"),
        Addr(["Apartment %s, %s Tower" % (pat(r, "ZX0X"), r.choice(["Marina Heights", "Al Seef", "Bay Square"])),
              r.choice(["Dubai Marina, Dubai", "Business Bay, Dubai", "Al Reem Island, Abu Dhabi"])], "AE"),
        Addr(["Villa %s, Street %s" % (_num(r, 1, 90), _num(r, 1, 40)), "Al Barsha %s, Dubai" % r.randint(1, 3)], "AE"),
    ])


def addr_sa(r):
    return r.choice([
        Addr(["%s %s، حي %s" % (pat(r, "ZXXX"), r.choice(["طريق الملك فهد", "شارع التحلية", "طريق الأمير سلطان"]),
                               r.choice(["العليا", "الملقا", "الروضة", "النخيل"])),
              "%s %s" % (r.choice(["الرياض", "جدة", "الخبر"]), pat(r, "ZXXXX"))], "SA"),
        Addr(["ص.ب %s، %s %s" % (pat(r, "ZXXXX"), r.choice(["الرياض", "جدة", "الدمام"]), pat(r, "ZXXXX"))], "SA"),
    ])


def addr_eg(r):
    return r.choice([
        Addr(["%s شارع %s" % (_num(r, 1, 90), r.choice(["التحرير", "مصدق", "جامعة الدول العربية", "شهاب"])),
              "%s، %s" % (r.choice(["الدقي", "المهندسين", "مصر الجديدة", "الزمالك"]), r.choice(["الجيزة", "القاهرة"]))], "EG"),
        Addr(["شقة %s، الدور %s" % (_num(r, 1, 20), r.choice(["الثالث", "الخامس", "الأول"])),
              "%s شارع %s، %s، القاهرة %s" % (_num(r, 1, 90), r.choice(["عباس العقاد", "مكرم عبيد"]),
                                             r.choice(["مدينة نصر", "المعادي"]), pat(r, "11XXX"))], "EG"),
        Addr(["Apt %s, %s %s St." % (_num(r, 1, 20), _num(r, 1, 90), r.choice(["El Tahrir", "Mosaddak", "Shehab"])),
              "%s, Giza %s" % (r.choice(["Dokki", "Mohandessin"]), pat(r, "12XXX"))], "EG"),
    ])


KR_PLACES = [("서울특별시 강남구", "테헤란로", "역삼동", "06"), ("서울특별시 마포구", "월드컵북로", "성산동", "03"),
             ("서울특별시 송파구", "올림픽로", "잠실동", "05"), ("서울특별시 종로구", "대학로", "명륜동", "03"),
             ("부산광역시 해운대구", "센텀중앙로", "우동", "48"), ("인천광역시 연수구", "컨벤시아대로", "송도동", "21"),
             ("대구광역시 수성구", "동대구로", "범어동", "42"), ("경기도 성남시 분당구", "판교역로", "백현동", "13"),
             ("대전광역시 유성구", "대학로", "궁동", "34")]


def addr_kr(r):
    city, road, dong, pre = r.choice(KR_PLACES)
    pc = pre + pat(r, "XXX")
    n = _num(r, 1, 300)
    unit = r.choice(["", ", %s동 %s호" % (pat(r, "1ZX"), pat(r, "Z0X")), ", %s층" % r.randint(2, 20)])
    if r.random() < 0.5:
        return Addr(["%s %s %s%s (%s)" % (city, road, n, unit, dong), pc], "KR", " ")
    return Addr(["(%s) %s %s %s%s" % (pc, city, road, n, unit)], "KR")


CN_PLACES = [("北京市朝阳区", "建国路", "100"), ("北京市海淀区", "中关村大街", "100"), ("上海市浦东新区", "世纪大道", "200"),
             ("上海市徐汇区", "淮海中路", "200"), ("广东省广州市天河区", "天河路", "510"), ("广东省深圳市南山区", "科技园南路", "518"),
             ("浙江省杭州市西湖区", "文三路", "310"), ("四川省成都市武侯区", "人民南路", "610"), ("江苏省南京市鼓楼区", "中山路", "210"),
             ("湖北省武汉市洪山区", "珞喻路", "430")]


def addr_cn(r):
    city, road, pre = r.choice(CN_PLACES)
    pc = pre + pat(r, "XXX")
    n = "%s号" % _num(r, 1, 300)
    unit = r.choice(["", "%s号楼%s单元%s室" % (r.randint(1, 12), r.randint(1, 4), pat(r, "Z0X")),
                     "%s栋%s室" % (r.choice("ABC"), pat(r, "Z0X")), "院%s号楼%s" % (r.randint(1, 9), pat(r, "Z0X"))])
    s = city + road + n + unit
    if r.random() < 0.4:
        return Addr([s, pc], "CN", " ")
    return Addr([s], "CN")


TW_PLACES = [("台北市大安區", "忠孝東路四段", "106"), ("台北市信義區", "松仁路", "110"), ("新北市板橋區", "文化路一段", "220"),
             ("台中市西屯區", "台灣大道三段", "407"), ("高雄市苓雅區", "四維三路", "802"), ("台南市東區", "大學路", "701")]


def addr_tw(r):
    city, road, pc = r.choice(TW_PLACES)
    s = "%s%s%s號%s樓" % (city, road, _num(r, 1, 300), r.randint(2, 15))
    if r.random() < 0.3:
        s += "之%s" % r.randint(1, 5)
    if r.random() < 0.5:
        s = pc + s
    return Addr([s], "TW")


VN_PLACES = [("phường Trung Hòa, quận Cầu Giấy, Hà Nội", "Trần Duy Hưng"),
             ("phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "Lê Thánh Tôn"),
             ("Phường 6, Quận 3, TP. Hồ Chí Minh", "Nguyễn Thị Minh Khai"),
             ("phường Hải Châu I, quận Hải Châu, Đà Nẵng", "Bạch Đằng"),
             ("phường Láng Hạ, quận Đống Đa, Hà Nội", "Thái Hà"),
             ("phường Thảo Điền, TP. Thủ Đức, TP. Hồ Chí Minh", "Xuân Thủy")]


def addr_vn(r):
    ward, st = r.choice(VN_PLACES)
    if r.random() < 0.4:
        first = "Số %s, ngõ %s %s" % (_num(r, 1, 80), _num(r, 2, 200), st)
    else:
        first = "%s %s" % (_num(r, 1, 400), st)
    if r.random() < 0.3:
        first = "Căn hộ %s, %s" % (pat(r, "Z0X"), first)
    return Addr([first, ward], "VN")


TH_PLACES = [("แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร", "ซอยสุขุมวิท %s" % 31, "10110"),
             ("แขวงคันนายาว เขตคันนายาว กรุงเทพมหานคร", "ถนนรามอินทรา", "10230"),
             ("แขวงสีลม เขตบางรัก กรุงเทพฯ", "ถนนสีลม", "10500"),
             ("ต.สุเทพ อ.เมือง จ.เชียงใหม่", "ถ.นิมมานเหมินท์", "50200"),
             ("ต.ในเมือง อ.เมือง จ.ขอนแก่น", "ถนนมิตรภาพ", "40000"),
             ("ต.ป่าตอง อ.กะทู้ จ.ภูเก็ต", "ถนนราษฎร์อุทิศ", "83150")]


def addr_th(r):
    area, road, pc = r.choice(TH_PLACES)
    hn = "%s/%s" % (_num(r, 1, 200), _num(r, 1, 300)) if r.random() < 0.6 else _num(r, 1, 400)
    vil = r.choice(["", " หมู่บ้านพฤกษา", " คอนโดลุมพินี ห้อง %s" % pat(r, "Z0X")])
    return Addr(["%s%s %s %s %s" % (hn, vil, road, area, pc)], "TH")


ID_PLACES = [("Kemang Raya", "Bangka, Mampang Prapatan, Jakarta Selatan", "127"),
             ("Dago", "Coblong, Bandung", "401"), ("Malioboro", "Sosromenduran, Yogyakarta", "552"),
             ("Raya Darmo", "Wonokromo, Surabaya", "602"), ("Sunset Road", "Kuta, Badung, Bali", "803"),
             ("Gatot Subroto", "Medan Petisah, Medan", "201")]


def addr_id(r):
    st, area, pre = r.choice(ID_PLACES)
    pc = pre + pat(r, "XX")
    s = "Jl. %s No. %s" % (st, _num(r, 1, 200))
    if r.random() < 0.4:
        s += ", RT %02d/RW %02d" % (r.randint(1, 12), r.randint(1, 9))
    if r.random() < 0.2:
        s = "Perumahan Griya Asri Blok %s%s No. %s" % (r.choice("ABCD"), r.randint(1, 9), r.randint(1, 40))
        area, pc = "Sidoarjo", "612" + pat(r, "XX")
    return Addr([s, "%s %s" % (area, pc)], "ID")


ADDR = {"US": addr_us, "CA": addr_ca, "UK": addr_uk, "IE": addr_ie, "DE": addr_de, "AT": addr_at, "CH": addr_ch,
        "FR": addr_fr, "BE": addr_be, "NL": addr_nl, "IT": addr_it, "ES": addr_es, "PT": addr_pt, "PL": addr_pl,
        "SE": addr_se, "DK": addr_dk, "NO": addr_no, "FI": addr_fi, "JP": addr_jp, "IN": addr_in, "AU": addr_au,
        "BR": addr_br, "MX": addr_mx, "AR": addr_ar, "NG": addr_ng, "ZA": addr_za, "TR": addr_tr, "RU": addr_ru,
        "UA": addr_ua, "GR": addr_gr, "IL": addr_il, "AE": addr_ae, "SA": addr_sa, "EG": addr_eg, "KR": addr_kr,
        "CN": addr_cn, "TW": addr_tw, "VN": addr_vn, "TH": addr_th, "ID": addr_id}

# Towns of each country, for PROPER_NOUN decoys (places mentioned without an address)
TOWNS = {
    "US": L("Chicago; Denver; Seattle; Boston; Atlanta; Phoenix; Nashville; Miami; San Diego; Pittsburgh"),
    "CA": L("Toronto; Montréal; Vancouver; Calgary; Halifax; Ottawa"),
    "UK": L("Manchester; Leeds; Bristol; Edinburgh; Cardiff; Glasgow; London; York"),
    "IE": L("Dublin; Cork; Galway; Limerick; Kilkenny"),
    "DE": L("Berlin; Hamburg; München; Köln; Leipzig; Dresden; Frankfurt"),
    "AT": L("Wien; Graz; Salzburg; Innsbruck; Linz"),
    "CH": L("Zürich; Basel; Bern; Genf; Luzern"),
    "FR": L("Paris; Lyon; Marseille; Toulouse; Bordeaux; Nantes; Lille"),
    "BE": L("Bruxelles; Gent; Antwerpen; Liège; Brugge"),
    "NL": L("Amsterdam; Rotterdam; Utrecht; Eindhoven; Groningen"),
    "IT": L("Milano; Roma; Torino; Napoli; Bologna; Firenze"),
    "ES": L("Madrid; Barcelona; Sevilla; Valencia; Bilbao; Málaga"),
    "PT": L("Lisboa; Porto; Braga; Coimbra; Faro"),
    "PL": L("Warszawa; Kraków; Wrocław; Gdańsk; Poznań"),
    "SE": L("Stockholm; Göteborg; Malmö; Uppsala"),
    "DK": L("København; Aarhus; Odense; Aalborg"),
    "NO": L("Oslo; Bergen; Trondheim; Tromsø"),
    "FI": L("Helsinki; Tampere; Turku; Oulu"),
    "JP": L("東京; 大阪; 京都; 札幌; 福岡"),
    "IN": L("Mumbai; Bengaluru; Pune; Chennai; Hyderabad; Delhi"),
    "AU": L("Melbourne; Sydney; Brisbane; Perth; Adelaide"),
    "BR": L("São Paulo; Rio de Janeiro; Curitiba; Salvador; Recife"),
    "MX": L("Guadalajara; Monterrey; Puebla; Mérida; Oaxaca"),
    "AR": L("Buenos Aires; Córdoba; Rosario; Mendoza"),
    "NG": L("Lagos; Abuja; Ibadan; Port Harcourt"),
    "ZA": L("Cape Town; Johannesburg; Durban; Pretoria"),
    "TR": L("İstanbul; Ankara; İzmir; Antalya; Bursa"),
    "RU": L("Москва; Санкт-Петербург; Казань; Новосибирск"),
    "UA": L("Київ; Львів; Одеса; Харків"),
    "GR": L("Αθήνα; Θεσσαλονίκη; Πάτρα; Ηράκλειο"),
    "IL": L("תל אביב; ירושלים; חיפה; אילת"),
    "AE": L("دبي; أبوظبي; الشارقة"),
    "SA": L("الرياض; جدة; الدمام"),
    "EG": L("القاهرة; الإسكندرية; الأقصر"),
    "KR": L("서울; 부산; 인천; 대구; 제주"),
    "CN": L("北京; 上海; 广州; 深圳; 杭州; 成都"),
    "TW": L("台北; 台中; 高雄; 台南"),
    "VN": L("Hà Nội; Đà Nẵng; Hội An; Huế; Nha Trang"),
    "TH": L("กรุงเทพฯ; เชียงใหม่; ภูเก็ต; พัทยา"),
    "ID": L("Jakarta; Bandung; Surabaya; Yogyakarta; Denpasar"),
}

# ---------------------------------------------------------------- phones

PHONES = {
    "US": L("(AREA) ZXX-XXXX; AREA-ZXX-XXXX; AREA.ZXX.XXXX; +1 AREA ZXX XXXX; +1 (AREA) ZXX-XXXX; 1-AREA-ZXX-XXXX; +1-AREA-ZXX-XXXX"),
    "CA": L("(AREA) ZXX-XXXX; AREA-ZXX-XXXX; +1 AREA ZXX XXXX; AREA ZXX-XXXX"),
    "UK": L("07ZXX XXXXXX; +44 7ZXX XXXXXX; +44 (0)20 7ZXX XXXX; 020 7ZXX XXXX; 0113 ZXX XXXX; +44 161 ZXX XXXX; 0161 ZXX XXXX; 07ZXXXXXXXX"),
    "IE": L("087 XXX XXXX; +353 87 XXX XXXX; +353 (0)1 ZXX XXXX; 01 ZXX XXXX; 085-XXX-XXXX; 086 XXXXXXX"),
    "AU": L("04XX XXX XXX; +61 4XX XXX XXX; (02) 9XXX XXXX; +61 3 9XXX XXXX; 04XXXXXXXX"),
    "IN": L("+91 98ZXX XXXXX; 98ZXXXXXXX; +91-9ZXXXXXXXX; 080 4XXX XXXX; +91 22 2XXX XXXX; 07ZXX XXXXX"),
    "NG": L("+234 803 XXX XXXX; 0803 XXX XXXX; 0805XXXXXXX; +234 (0)809 XXX XXXX; 0816 XXX XXXX"),
    "ZA": L("+27 82 XXX XXXX; 082 XXX XXXX; 021 XXX XXXX; +27 (0)11 XXX XXXX"),
    "ES": L("6ZX XX XX XX; +34 6ZX XXX XXX; 91 XXX XX XX; +34 93 XXX XX XX; 6ZXXXXXXX; 6ZX XXX XXX"),
    "MX": L("+52 55 XXXX XXXX; 55 XXXX XXXX; +52 1 33 XXXX XXXX; (81) XXXX-XXXX; 55-XXXX-XXXX"),
    "AR": L("+54 9 11 XXXX-XXXX; 11 15-XXXX-XXXX; (011) 4XXX-XXXX; +54 9 341 XXX-XXXX"),
    "FR": L("06 XX XX XX XX; 07 XX XX XX XX; +33 6 XX XX XX XX; +33 (0)1 XX XX XX XX; 01.XX.XX.XX.XX; 06XXXXXXXX; 04 XX XX XX XX"),
    "BE": L("+32 47X XX XX XX; 047X XX XX XX; 02 XXX XX XX; +32 2 XXX XX XX; 04XX/XX.XX.XX"),
    "CH": L("+41 79 XXX XX XX; 079 XXX XX XX; 044 XXX XX XX; +41 (0)44 XXX XX XX; 076 XXX XX XX"),
    "DE": L("+49 151 XXXXXXXX; 0151 XXXXXXXX; 0176 XXX XXX XX; 030 XXXXXXXX; +49 (0)30 XXXXXXX; 089/XXXXXXX; +49 40 XXXXXX-XX; 0221 XXXXXX; 0160/XXXXXXX"),
    "AT": L("+43 664 XXXXXXX; 0664 XXX XX XX; +43 1 XXXXXXX; 01/XXX XX XX; 0676 XXXXXXX"),
    "PT": L("+351 91X XXX XXX; 91X XXX XXX; 21X XXX XXX; +351 22X XXX XXX; 96X XXX XXX"),
    "BR": L("+55 11 9XXXX-XXXX; (11) 9XXXX-XXXX; (21) 9XXXX-XXXX; 11 9XXXXXXXX; (31) 3XXX-XXXX; +55 (51) 9XXXX-XXXX; (81) 9 XXXX-XXXX"),
    "IT": L("+39 3XX XXX XXXX; 3XX XXX XXXX; 3XXXXXXXXX; 06 XXXX XXXX; +39 02 XXXX XXXX; +39 347 XXX XXXX; 340-XXXXXXX"),
    "NL": L("06-XXXXXXXX; 06 XX XX XX XX; +31 6 XXXXXXXX; +31 (0)20 XXX XXXX; 020-XXX XXXX; 010 XXX XX XX; 06 XXXX XXXX"),
    "PL": L("+48 5XX XXX XXX; 5XX XXX XXX; 6XX-XXX-XXX; 22 XXX XX XX; +48 22 XXX XX XX; 7XXXXXXXX; 50X XXX XXX"),
    "SE": L("070-XXX XX XX; +46 70 XXX XX XX; 08-XXX XXX XX; +46 8 XXX XXX XX; 073 XXX XX XX; 031-XX XX XX; 0760-XX XX XX"),
    "DK": L("ZX XX XX XX; +45 ZX XX XX XX; +45 ZXXXXXXX; ZXXX XXXX"),
    "NO": L("9XX XX XXX; 4XX XX XXX; +47 9XX XX XXX; +47 4XX XX XXX; 22 XX XX XX"),
    "FI": L("040 XXX XXXX; +358 40 XXX XXXX; 050 XXXXXXX; +358 (0)9 XXX XXXX; 09 XXX XXXX; 044-XXX XXXX"),
    "TR": L("0532 XXX XX XX; +90 532 XXX XX XX; +90 (212) XXX XX XX; 0 (216) XXX XX XX; 05XX XXX XXXX; 0 5XX XXX XX XX"),
    "RU": L("+7 9XX XXX-XX-XX; 8 (9XX) XXX-XX-XX; +7 (495) XXX-XX-XX; 8 812 XXX XX XX; +79XXXXXXXXX; 8-9XX-XXX-XX-XX"),
    "UA": L("+380 67 XXX XX XX; 067 XXX XX XX; +38 (050) XXX-XX-XX; (044) XXX-XX-XX; 093 XXX XXXX"),
    "GR": L("69X XXX XXXX; +30 69X XXX XXXX; 21X XXX XXXX; +30 210 XXX XXXX; 6944 XXX XXX"),
    "AE": L("+971 50 XXX XXXX; 050 XXX XXXX; +971 4 XXX XXXX; 04 XXX XXXX; +971 55 XXX XXXX"),
    "SA": L("+966 5X XXX XXXX; 05X XXX XXXX; +966 11 XXX XXXX"),
    "EG": L("+20 10 XXXX XXXX; 010 XXXX XXXX; +20 2 XXXX XXXX; 012XXXXXXXX"),
    "IL": L("050-XXX-XXXX; +972 50-XXX-XXXX; +972 52 XXX XXXX; 03-XXX-XXXX; 054XXXXXXX; 052-XXXXXXX"),
    "JP": L("090-XXXX-XXXX; 080-XXXX-XXXX; +81 90-XXXX-XXXX; 03-XXXX-XXXX; +81 3 XXXX XXXX; 06-XXXX-XXXX; (03) XXXX-XXXX; 070XXXXXXXX"),
    "CN": L("+86 13X XXXX XXXX; 13XXXXXXXXX; 138-XXXX-XXXX; (010) XXXX XXXX; +86 21 XXXX XXXX; 186 XXXX XXXX; 159XXXXXXXX"),
    "TW": L("09XX-XXX-XXX; +886 9XX XXX XXX; (02) 2XXX-XXXX; +886 2 2XXX XXXX; 09XXXXXXXX"),
    "KR": L("010-XXXX-XXXX; +82 10-XXXX-XXXX; 02-XXX-XXXX; +82 2 XXXX XXXX; 010XXXXXXXX; 031-XXX-XXXX"),
    "VN": L("09X XXX XXXX; +84 9X XXX XXXX; 0912 XXX XXX; +84 (0)28 XXXX XXXX; 028 XXXX XXXX; 0388XXXXXX"),
    "TH": L("08X XXX XXXX; +66 8X XXX XXXX; 02 XXX XXXX; +66 2 XXX XXXX; 08X-XXX-XXXX; 09X-XXX-XXXX"),
    "ID": L("0812-XXXX-XXXX; +62 812 XXXX XXXX; 0813XXXXXXXX; (021) XXXX XXXX; +62 21 XXXX XXXX; 0857 XXXX XXXX"),
}
AREA = {"US": L("212; 312; 415; 503; 512; 614; 919; 520; 608; 208; 518; 718; 916; 510; 630; 720; 912; 804; 570; 508; "
                "402; 918; 509; 517; 865; 801; 802; 813; 505; 515"),
        "CA": L("416; 647; 514; 438; 604; 403; 613; 902; 204; 306")}
PHONE_ALIAS = {}


def phone(r, country, ext=False):
    c = PHONE_ALIAS.get(country, country)
    if c not in PHONES:
        c = "US"
    p = r.choice(PHONES[c])
    if "AREA" in p:
        p = p.replace("AREA", r.choice(AREA[c]))
    s = pat(r, p)
    if ext:
        s += r.choice([" ext. %s" % _num(r, 10, 499), " x%s" % _num(r, 100, 899), " ext %s" % _num(r, 2, 99)])
    return s
