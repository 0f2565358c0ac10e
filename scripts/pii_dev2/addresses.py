# -*- coding: utf-8 -*-
"""Hand-written street/city data and address formatters per country.

Each builder returns a list of address lines; callers join with ", " (one line)
or "\n" (block).  The whole block is labelled as one ADDRESS entity.
"""
from names import L

UC = "ABCDEFGHJKLMNPRSTUVWXYZ"


def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz(rng, lo, hi):
    return str(rng.randint(lo, hi))


# ---------------- US ----------------
US_STREETS = L("Maple Ave|Oak Street|Elm St|Pine Street|Cedar Lane|Washington Blvd|Lincoln Ave|Park Place|"
               "Lakeview Dr|Sunset Blvd|Highland Ave|Hillcrest Rd|Willow Way|Chestnut St|Walnut St|Jefferson St|"
               "Madison Ave|Franklin Rd|Riverside Dr|Spring Street|Church St|Mill Road|Meadow Lane|Forest Ave|"
               "Birch Ct|Magnolia Dr|Peachtree St NE|Sycamore Cir|Broadway|W 43rd St|E Colfax Ave|N Michigan Ave|"
               "S Congress Ave|Market St|Mission St|Valencia St|Telegraph Ave|Cherry Hill Rd|Old Country Rd|"
               "Canal St|Bluebonnet Trl|Prairie View Rd|Dogwood Ln|NW 23rd Ave|Ocean Pkwy|Martin Luther King Jr Blvd")
US_CITIES = [("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("Springfield", "IL", "627"),
             ("Chicago", "IL", "606"), ("Austin", "TX", "787"), ("Houston", "TX", "770"), ("Dallas", "TX", "752"),
             ("San Francisco", "CA", "941"), ("Oakland", "CA", "946"), ("Los Angeles", "CA", "900"),
             ("San Diego", "CA", "921"), ("Seattle", "WA", "981"), ("Portland", "OR", "972"),
             ("Denver", "CO", "802"), ("Boulder", "CO", "803"), ("Phoenix", "AZ", "850"), ("Tucson", "AZ", "857"),
             ("Atlanta", "GA", "303"), ("Miami", "FL", "331"), ("Orlando", "FL", "328"), ("Tampa", "FL", "336"),
             ("Boston", "MA", "021"), ("Cambridge", "MA", "021"), ("Providence", "RI", "029"),
             ("Philadelphia", "PA", "191"), ("Pittsburgh", "PA", "152"), ("Baltimore", "MD", "212"),
             ("Arlington", "VA", "222"), ("Richmond", "VA", "232"), ("Charlotte", "NC", "282"),
             ("Raleigh", "NC", "276"), ("Nashville", "TN", "372"), ("Memphis", "TN", "381"),
             ("Minneapolis", "MN", "554"), ("Madison", "WI", "537"), ("Detroit", "MI", "482"),
             ("Ann Arbor", "MI", "481"), ("Columbus", "OH", "432"), ("Cleveland", "OH", "441"),
             ("Indianapolis", "IN", "462"), ("St. Louis", "MO", "631"), ("Kansas City", "MO", "641"),
             ("New Orleans", "LA", "701"), ("Salt Lake City", "UT", "841"), ("Las Vegas", "NV", "891"),
             ("Albuquerque", "NM", "871"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"),
             ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Boise", "ID", "837")]


def us(rng):
    city, st, zp = rng.choice(US_CITIES)
    z = zp + d(rng, 2) + (("-" + d(rng, 4)) if rng.random() < 0.15 else "")
    last = f"{city}, {st} {z}"
    r = rng.random()
    if r < 0.1:
        box = rng.choice(["PO Box", "P.O. Box", "P. O. Box"])
        return [f"{box} {nz(rng, 10, 9999)}", last]
    num = nz(rng, 1, 19999)
    street = f"{num} {rng.choice(US_STREETS)}"
    unit = rng.choice(["", "", "", f"Apt {nz(rng, 1, 40)}{rng.choice(['', 'A', 'B', 'C'])}", f"Apt. {nz(rng, 100, 2400)}",
                       f"#{nz(rng, 100, 999)}", f"Suite {nz(rng, 100, 900)}", f"Unit {nz(rng, 1, 30)}"])
    if unit:
        if unit.startswith("#") or rng.random() < 0.5:
            return [f"{street} {unit}", last]
        return [street, unit, last]
    return [street, last]


# ---------------- CA ----------------
CA_STREETS_EN = L("Queen St W|King St E|Yonge St|Bloor St W|Dundas St W|Robson St|Granville St|Commercial Dr|"
                  "Jasper Ave|17 Ave SW|Portage Ave|Spring Garden Rd|Barrington St|Elgin St|Bank St|Rideau St|"
                  "Whyte Ave|Main St|Danforth Ave|College St|Kingsway|Water St")
CA_STREETS_FR = L("rue Sainte-Catherine Ouest|rue Saint-Denis|boulevard René-Lévesque Est|avenue du Mont-Royal Est|"
                  "rue Sherbrooke Est|rue Saint-Jean|chemin de la Côte-des-Neiges|rue Ontario Est|boulevard Saint-Laurent|"
                  "avenue Cartier|rue Wellington")
CA_CITIES_EN = [("Toronto", "ON", "M5V"), ("Toronto", "ON", "M4M"), ("Vancouver", "BC", "V6B"),
                ("Calgary", "AB", "T2P"), ("Edmonton", "AB", "T5J"), ("Ottawa", "ON", "K1P"),
                ("Winnipeg", "MB", "R3C"), ("Halifax", "NS", "B3J"), ("Victoria", "BC", "V8W"),
                ("Saskatoon", "SK", "S7K"), ("Regina", "SK", "S4P"), ("St. John's", "NL", "A1C"),
                ("Hamilton", "ON", "L8P"), ("Kitchener", "ON", "N2G")]
CA_CITIES_FR = [("Montréal", "QC", "H2X"), ("Montréal", "QC", "H2J"), ("Québec", "QC", "G1R"),
                ("Gatineau", "QC", "J8X"), ("Sherbrooke", "QC", "J1H"), ("Laval", "QC", "H7N")]


def ca(rng):
    if rng.random() < 0.35:
        city, pv, pc = rng.choice(CA_CITIES_FR)
        pc = f"{pc} {d(rng,1)}{rng.choice(UC)}{d(rng,1)}"
        num = nz(rng, 10, 9999)
        st = rng.choice(CA_STREETS_FR)
        if rng.random() < 0.5:
            return [f"{num}, {st}, app. {nz(rng, 1, 30)}", f"{city} ({'Québec'}) {pc}"]
        return [f"{num} {st}", f"{city}, {pv} {pc}"]
    city, pv, pc = rng.choice(CA_CITIES_EN)
    pc = f"{pc} {d(rng,1)}{rng.choice(UC)}{d(rng,1)}"
    num = nz(rng, 1, 4999)
    st = rng.choice(CA_STREETS_EN)
    r = rng.random()
    if r < 0.35:
        return [f"{nz(rng, 101, 3405)}-{num} {st}", f"{city}, {pv} {pc}"]
    if r < 0.5:
        return [f"{num} {st}, Unit {nz(rng, 1, 60)}", f"{city} {pv}  {pc}"]
    if r < 0.58:
        return [f"PO Box {nz(rng, 10, 9999)} Stn Main", f"{city} {pv} {pc}"]
    return [f"{num} {st}", f"{city}, {pv} {pc}"]


# ---------------- UK ----------------
UK_STREETS = L("High Street|Station Road|Church Lane|Victoria Road|Green Lane|Manor Road|Park Road|Queens Road|"
               "Kings Road|The Crescent|Mill Lane|Hawthorn Road|Grange Road|Windsor Avenue|Beech Grove|Orchard Close|"
               "Willow Drive|St John's Road|Albert Street|Cromwell Road|Marylebone High Street|Deansgate|Bold Street|"
               "Princes Street|Byres Road|Sauchiehall Street|Cathedral Road|Gloucester Place|Lark Rise|"
               "Clarendon Gardens|Wellington Terrace|Primrose Hill Road|Ladbroke Grove|Coldharbour Lane|"
               "Otley Road|Bridge Street|Castle Street|Fore Street|Mount Pleasant|Chapel Row")
UK_CITIES = [("London", ["SW1A", "E8", "N1", "SE15", "NW3", "W11", "SW9", "E1", "N16", "W2"]),
             ("Manchester", ["M1", "M14", "M20", "M4"]), ("Leeds", ["LS6", "LS1", "LS8"]),
             ("Birmingham", ["B15", "B13", "B1"]), ("Bristol", ["BS8", "BS6", "BS3"]), ("Liverpool", ["L8", "L17"]),
             ("Sheffield", ["S10", "S11"]), ("Newcastle upon Tyne", ["NE1", "NE6"]), ("Glasgow", ["G12", "G41"]),
             ("Edinburgh", ["EH9", "EH6", "EH3"]), ("Cardiff", ["CF10", "CF24"]), ("Belfast", ["BT9", "BT7"]),
             ("Oxford", ["OX2", "OX4"]), ("Cambridge", ["CB1", "CB4"]), ("Brighton", ["BN1", "BN2"]),
             ("Nottingham", ["NG7", "NG5"]), ("York", ["YO1", "YO31"]), ("Bath", ["BA1", "BA2"]),
             ("Aberdeen", ["AB10", "AB24"]), ("Swansea", ["SA1", "SA2"]), ("Norwich", ["NR2", "NR3"]),
             ("Exeter", ["EX4", "EX1"]), ("Harrogate", ["HG1"]), ("Fakenham", ["NR21"])]
UK_AREAS = L("Headingley|Clifton|Didsbury|Jesmond|Hyde Park|Roath|Morningside|Southville|Selly Oak|Hackney|"
             "Islington|Brixton|Walthamstow|Kelvinside|Stoneygate|Heaton")
UK_BUILD = L("Marlowe Court|Riverside House|Albion Mews|Kingfisher House|The Old Rectory|Rose Cottage|"
             "Beaumont Lodge|Elm Tree Court|Foundry Wharf|Wesley House")


def uk_pc(rng, out):
    return f"{out} {d(rng,1)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def uk(rng):
    city, outs = rng.choice(UK_CITIES)
    pc = uk_pc(rng, rng.choice(outs))
    st = rng.choice(UK_STREETS)
    num = nz(rng, 1, 240)
    r = rng.random()
    if r < 0.25:
        return [f"Flat {nz(rng, 1, 24)}{rng.choice(['', 'A', 'B'])}, {num} {st}", f"{city} {pc}"]
    if r < 0.4:
        return [f"Flat {nz(rng, 1, 60)}", rng.choice(UK_BUILD), f"{num} {st}", city, pc]
    if r < 0.55:
        return [f"{num} {st}", rng.choice(UK_AREAS), city, pc]
    if r < 0.62:
        return [rng.choice(UK_BUILD), st, city, pc]
    if r < 0.66:
        return [f"PO Box {nz(rng, 100, 9999)}", city, pc]
    return [f"{num} {st}", f"{city} {pc}"]


# ---------------- IE ----------------
IE_STREETS = L("Main Street|O'Connell Street|Grafton Street|Patrick Street|Shop Street|Oakpark Drive|Castle Road|"
               "Church View|Ashgrove Lawn|Sandymount Avenue|Rathgar Road|Ranelagh Road|Blackrock Park|The Paddocks|"
               "Cois Abhann|Bóthar na Trá|Sráid an Mhuilinn|Mountjoy Square|Harcourt Street|Merrion Road|"
               "Woodlawn Grove|Ard na Gréine|Maple Close|Willow Park")
IE_TOWNS = [("Dublin 6", "D06"), ("Dublin 4", "D04"), ("Dublin 8", "D08"), ("Dublin 7", "D07"), ("Cork", "T12"),
            ("Ballincollig, Co. Cork", "P31"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"),
            ("Kilkenny", "R95"), ("Sligo", "F91"), ("Tralee, Co. Kerry", "V92"), ("Athlone, Co. Westmeath", "N37"),
            ("Drogheda, Co. Louth", "A92"), ("Bray, Co. Wicklow", "A98"), ("Ennis, Co. Clare", "V95")]
IE_ALPH = "ACDEFHKNPRTVWXY0123456789"


def ie(rng):
    town, key = rng.choice(IE_TOWNS)
    eir = key + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(IE_ALPH) for _ in range(3))
    st = rng.choice(IE_STREETS)
    if rng.random() < 0.3:
        return [f"Apartment {nz(rng, 1, 80)}", f"{nz(rng, 1, 120)} {st}", town, eir]
    if rng.random() < 0.5:
        return [f"{nz(rng, 1, 120)} {st}", f"{town}, {eir}"]
    return [f"{nz(rng, 1, 120)} {st}", town, eir]


# ---------------- DE / AT / CH ----------------
DE_STREETS = L("Hauptstraße|Lindenstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Gartenstraße|Dorfstraße|"
               "Bergstraße|Kirchstraße|Friedrichstraße|Kastanienallee|Am Markt|Am Sonnenhang|Im Winkel|"
               "Karl-Marx-Allee|Rosenweg|Birkenweg|Ahornweg|Mühlenweg|Schlossallee|Schönhauser Allee|Torstraße|"
               "Kurfürstendamm|Leopoldstraße|Sendlinger Str.|Königsallee|Jungfernstieg|Neue Straße|"
               "Wilhelm-Busch-Str.|Heinrich-Heine-Platz|Lange Reihe|Ringstraße|Sonnenallee|Oranienstraße|"
               "Eppendorfer Weg|Zülpicher Str.|Grüner Weg|Talstraße|Auf der Höhe|An der Alster")
DE_CITIES = [("Berlin", ["10", "12", "13"]), ("Hamburg", ["20", "22"]), ("München", ["80", "81"]),
             ("Köln", ["50", "51"]), ("Frankfurt am Main", ["603"]), ("Stuttgart", ["70"]), ("Düsseldorf", ["40"]),
             ("Leipzig", ["04"]), ("Dortmund", ["44"]), ("Essen", ["45"]), ("Bremen", ["28"]), ("Dresden", ["01"]),
             ("Hannover", ["30"]), ("Nürnberg", ["90"]), ("Bielefeld", ["33"]), ("Bonn", ["53"]),
             ("Münster", ["48"]), ("Karlsruhe", ["76"]), ("Mannheim", ["68"]), ("Augsburg", ["86"]),
             ("Freiburg im Breisgau", ["79"]), ("Heidelberg", ["69"]), ("Göttingen", ["37"]), ("Lübeck", ["23"]),
             ("Rostock", ["18"]), ("Würzburg", ["97"]), ("Regensburg", ["93"]), ("Erlangen", ["91"]),
             ("Bad Homburg v. d. Höhe", ["613"]), ("Oer-Erkenschwick", ["457"])]


def de_plz(rng, pre):
    return pre + d(rng, 5 - len(pre))


def de(rng):
    city, pres = rng.choice(DE_CITIES)
    plz = de_plz(rng, rng.choice(pres))
    if rng.random() < 0.06:
        plz = "D-" + plz
    st = rng.choice(DE_STREETS)
    num = nz(rng, 1, 180) + rng.choice(["", "", "", "a", "b", " a", "-3"])
    r = rng.random()
    if r < 0.06:
        return [f"Postfach {d(rng,2)} {d(rng,2)} {d(rng,2)}", f"{plz} {city}"]
    if r < 0.2:
        extra = rng.choice(["Hinterhaus, 3. OG", "2. OG links", "Whg. 12", "Aufgang B", "Seitenflügel"])
        return [f"{st} {num}", extra, f"{plz} {city}"]
    return [f"{st} {num}", f"{plz} {city}"]


AT_STREETS = L("Mariahilfer Straße|Landstraßer Hauptstraße|Favoritenstraße|Praterstraße|Linzer Straße|"
               "Herrengasse|Getreidegasse|Maria-Theresien-Straße|Annenstraße|Sporgasse|Wiedner Hauptstraße|"
               "Thaliastraße|Gumpendorfer Straße|Hauptplatz|Josefstädter Straße|Ottakringer Straße|"
               "Schönbrunner Straße|Museumstraße|Dreifaltigkeitsgasse|Kaiser-Josef-Platz")
AT_CITIES = [("Wien", None), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020"), ("Innsbruck", "6020"),
             ("Klagenfurt am Wörthersee", "9020"), ("Villach", "9500"), ("Wels", "4600"), ("St. Pölten", "3100"),
             ("Dornbirn", "6850"), ("Bregenz", "6900"), ("Leoben", "8700")]


def at(rng):
    city, plz = rng.choice(AT_CITIES)
    if plz is None:
        plz = "1" + f"{rng.randint(1, 23):02d}" + "0"
    st = rng.choice(AT_STREETS)
    n = nz(rng, 1, 160)
    r = rng.random()
    if r < 0.35:
        n = f"{n}/{nz(rng,1,4)}/{nz(rng,1,28)}"
    elif r < 0.55:
        n = f"{n}/{nz(rng,1,40)}"
    elif r < 0.65:
        n = f"{n}, Top {nz(rng,1,30)}"
    if rng.random() < 0.06:
        plz = "A-" + plz
    return [f"{st} {n}", f"{plz} {city}"]


CH_STREETS_DE = L("Bahnhofstrasse|Seestrasse|Dorfstrasse|Hauptstrasse|Kirchgasse|Spalenberg|Kramgasse|Marktgasse|"
                  "Limmatquai|Badenerstrasse|Langstrasse|Zürichbergstrasse|Gerechtigkeitsgasse|Hertensteinstrasse|"
                  "Rosenbergstrasse")
CH_STREETS_FR = L("Rue du Rhône|Rue de Lausanne|Avenue de la Gare|Chemin des Vignes|Route de Chêne|"
                  "Rue de Bourg|Avenue de Rumine|Rue du Seyon")
CH_STREETS_IT = L("Via Nassa|Via Cantonale|Corso Pestalozzi|Via San Gottardo")
CH_CITIES_DE = [("Zürich", "80"), ("Basel", "40"), ("Bern", "30"), ("Luzern", "600"), ("Winterthur", "840"),
                ("St. Gallen", "90"), ("Zug", "630"), ("Biel/Bienne", "250")]
CH_CITIES_FR = [("Genève", "120"), ("Lausanne", "100"), ("Fribourg", "170"), ("Neuchâtel", "200"),
                ("Carouge GE", "122")]
CH_CITIES_IT = [("Lugano", "690"), ("Bellinzona", "650"), ("Locarno", "660")]


def ch(rng):
    r = rng.random()
    if r < 0.55:
        sts, cities = CH_STREETS_DE, CH_CITIES_DE
    elif r < 0.85:
        sts, cities = CH_STREETS_FR, CH_CITIES_FR
    else:
        sts, cities = CH_STREETS_IT, CH_CITIES_IT
    city, pre = rng.choice(cities)
    plz = pre + d(rng, 4 - len(pre))
    if rng.random() < 0.1:
        plz = "CH-" + plz
    if rng.random() < 0.06:
        return ["Postfach", f"{plz} {city}"]
    return [f"{rng.choice(sts)} {nz(rng, 1, 120)}{rng.choice(['', '', 'a', 'b'])}", f"{plz} {city}"]


# ---------------- FR / BE / NL ----------------
FR_STREETS = L("rue de la République|rue Victor Hugo|avenue Jean Jaurès|boulevard Voltaire|rue des Lilas|"
               "place de la Mairie|rue du Faubourg Saint-Antoine|rue de Rivoli|allée des Tilleuls|"
               "impasse des Acacias|chemin des Vignes|rue Pasteur|rue Gambetta|avenue de la Libération|"
               "quai des Chartrons|cours Mirabeau|rue Sainte-Catherine|rue Nationale|rue de l'Église|"
               "boulevard Haussmann|rue Oberkampf|rue d'Alésia|avenue Foch|rue du Général Leclerc|"
               "rue des Trois-Frères|route de Narbonne|rue du Moulin|avenue du Maréchal Foch")
FR_CITIES = [("Paris", None), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "31000"), ("Nice", "06000"),
             ("Nantes", "44000"), ("Strasbourg", "67000"), ("Montpellier", "34000"), ("Bordeaux", "33000"),
             ("Lille", "59000"), ("Rennes", "35000"), ("Reims", "51100"), ("Le Havre", "76600"),
             ("Saint-Étienne", "42000"), ("Toulon", "83000"), ("Grenoble", "38000"), ("Dijon", "21000"),
             ("Angers", "49000"), ("Nîmes", "30000"), ("Villeurbanne", "69100"), ("Aix-en-Provence", "13100"),
             ("Brest", "29200"), ("Limoges", "87000"), ("Tours", "37000"), ("Amiens", "80000"),
             ("Perpignan", "66000"), ("Metz", "57000"), ("Besançon", "25000"), ("Orléans", "45000"),
             ("Rouen", "76000"), ("Caen", "14000"), ("Nancy", "54000"), ("Annecy", "74000"),
             ("Saint-Denis", "97400")]


def fr(rng):
    city, cp = rng.choice(FR_CITIES)
    if cp is None:
        cp = "750" + f"{rng.randint(1, 20):02d}"
    elif len(cp) < 5:
        cp = cp + d(rng, 5 - len(cp))
    num = nz(rng, 1, 220) + rng.choice(["", "", "", " bis", " ter", "bis"])
    st = rng.choice(FR_STREETS)
    r = rng.random()
    if r < 0.07:
        return [f"BP {nz(rng, 100, 9999)}", f"{cp} {city} Cedex {nz(rng, 1, 9)}"]
    if r < 0.25:
        extra = rng.choice([f"Bât. {rng.choice('ABCD')}, appt {nz(rng,1,60)}", f"Appartement {nz(rng,1,40)}",
                            "Résidence Les Pins", f"Escalier {rng.choice('ABC')}, 3e étage", "Chez M. et Mme Durand"])
        if "Durand" in extra:
            extra = f"Résidence du Parc, appt {nz(rng,1,40)}"
        return [extra, f"{num} {st}", f"{cp} {city}"]
    return [f"{num}, {st}" if rng.random() < 0.2 else f"{num} {st}", f"{cp} {city}"]


BE_STREETS = L("Rue de la Loi|Meir|Avenue Louise|Kerkstraat|Stationsstraat|Rue Saint-Gilles|Grote Markt|"
               "Chaussée de Waterloo|Boulevard Anspach|Rue Neuve|Veldstraat|Overpoortstraat|Naamsestraat|"
               "Brusselsesteenweg|Korenmarkt|Rue des Bouchers|Place Flagey|Rue du Marché aux Herbes|Dorpsstraat|"
               "Kouter|Rue de Namur|Avenue de Tervueren")
BE_CITIES = [("Bruxelles", "1000"), ("Ixelles", "1050"), ("Schaerbeek", "1030"), ("Etterbeek", "1040"),
             ("Uccle", "1180"), ("Antwerpen", "2000"), ("Antwerpen", "2018"), ("Gent", "9000"), ("Leuven", "3000"),
             ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Brugge", "8000"), ("Mechelen", "2800"),
             ("Hasselt", "3500"), ("Mons", "7000"), ("Kortrijk", "8500"), ("Louvain-la-Neuve", "1348")]


def be(rng):
    city, pc = rng.choice(BE_CITIES)
    n = nz(rng, 1, 250)
    r = rng.random()
    if r < 0.2:
        n += f" bus {nz(rng,1,30)}"
    elif r < 0.35:
        n += f"/{nz(rng,1,12)}"
    elif r < 0.42:
        n += f" boîte {nz(rng,1,20)}"
    return [f"{rng.choice(BE_STREETS)} {n}", f"{pc} {city}"]


NL_STREETS = L("Keizersgracht|Prinsengracht|Herengracht|Damrak|Kalverstraat|Overtoom|Ferdinand Bolstraat|"
               "Coolsingel|Witte de Withstraat|Oudegracht|Lange Voorhout|Grote Markt|Stationsweg|Dorpsstraat|"
               "Kerkstraat|Molenweg|Julianalaan|Wilhelminastraat|Beatrixlaan|Oranjestraat|Van Baerlestraat|"
               "Jan van Galenstraat|Burgemeester de Withstraat|Laan van Meerdervoort|Javastraat|Biltstraat|"
               "Vismarkt|Nieuwe Binnenweg|Tweede Oosterparkstraat|Hoogstraat")
NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("'s-Gravenhage", "25"),
             ("Utrecht", "35"), ("Eindhoven", "56"), ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"),
             ("Breda", "48"), ("Nijmegen", "65"), ("Haarlem", "20"), ("Arnhem", "68"), ("Leiden", "23"),
             ("Delft", "26"), ("Maastricht", "62"), ("Zwolle", "80"), ("Amersfoort", "38"),
             ("'s-Hertogenbosch", "52"), ("Leeuwarden", "89")]
NL_L = "ABCDEGHJKLMNPRSTVWXZ"


def nl(rng):
    city, pre = rng.choice(NL_CITIES)
    pc = f"{pre}{d(rng,2)} {rng.choice(NL_L)}{rng.choice(NL_L)}"
    if rng.random() < 0.15:
        pc = pc.replace(" ", "")
    if rng.random() < 0.07:
        return [f"Postbus {nz(rng, 100, 99999)}", f"{pc} {city}"]
    n = nz(rng, 1, 600) + rng.choice(["", "", "", "-2", "-hs", " A", " III", "bis", "-1", " B"])
    return [f"{rng.choice(NL_STREETS)} {n}", f"{pc} {city}"]


# ---------------- IT / ES / PT ----------------
IT_STREETS = L("Via Roma|Via Garibaldi|Via Giuseppe Mazzini|Corso Vittorio Emanuele II|Via Dante Alighieri|"
               "Piazza della Repubblica|Via XX Settembre|Via Cavour|Corso Buenos Aires|Via Toledo|Via del Corso|"
               "Viale Monza|Via dei Mille|Via Nazionale|Via Vittorio Veneto|Via San Francesco d'Assisi|"
               "Largo Argentina|Viale Europa|Via Emilia|Borgo Pinti|Via Po|Lungarno Corsini|Via della Spiga|"
               "Vicolo del Cinque|Via Marco Polo|Via Giuseppe Verdi|Strada Maggiore")
IT_CITIES = [("Roma", "001", "RM"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
             ("Palermo", "901", "PA"), ("Genova", "161", "GE"), ("Bologna", "401", "BO"), ("Firenze", "501", "FI"),
             ("Bari", "701", "BA"), ("Catania", "951", "CT"), ("Venezia", "301", "VE"), ("Verona", "371", "VR"),
             ("Messina", "981", "ME"), ("Padova", "351", "PD"), ("Trieste", "341", "TS"), ("Brescia", "251", "BS"),
             ("Parma", "431", "PR"), ("Modena", "411", "MO"), ("Perugia", "061", "PG"), ("Cagliari", "091", "CA"),
             ("Lecce", "731", "LE"), ("Bergamo", "241", "BG"), ("Trento", "381", "TN"), ("Bolzano", "391", "BZ")]


def it(rng):
    city, pre, sig = rng.choice(IT_CITIES)
    cap = pre + d(rng, 2)
    st = rng.choice(IT_STREETS)
    n = nz(rng, 1, 200) + rng.choice(["", "", "", "/A", "/B", " bis"])
    r = rng.random()
    if r < 0.25:
        ex = rng.choice([f"int. {nz(rng,1,30)}", f"scala {rng.choice('ABC')}, int. {nz(rng,1,20)}",
                         f"piano {nz(rng,1,7)}"])
        return [f"{st} {n}, {ex}", f"{cap} {city} {sig}" if rng.random() < 0.6 else f"{cap} {city} ({sig})"]
    if r < 0.32:
        return [f"Casella Postale {nz(rng,1,999)}", f"{cap} {city} {sig}"]
    return [f"{st}, {n}" if rng.random() < 0.4 else f"{st} {n}",
            f"{cap} {city} {sig}" if rng.random() < 0.6 else f"{cap} {city} ({sig})"]


ES_STREETS = L("Calle Mayor|Calle de Alcalá|Gran Vía|Paseo de la Castellana|Calle de Serrano|Avenida de América|"
               "Calle de Toledo|Carrer de Mallorca|Carrer de Balmes|Passeig de Gràcia|Avinguda Diagonal|"
               "Carrer de Sants|Calle Sierpes|Avenida de la Constitución|Calle Larios|Calle San Vicente Mártir|"
               "Calle Colón|Rúa do Franco|Calle Uría|Calle Ercilla|Calle Real|Plaza Mayor|Calle del Pez|"
               "Calle de Embajadores|Avenida del Puerto|C/ Fuencarral|C/ Princesa|Avda. de Andalucía")
ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Zaragoza", "500"),
             ("Málaga", "290"), ("Murcia", "300"), ("Palma", "070"), ("Las Palmas de Gran Canaria", "350"),
             ("Bilbao", "480"), ("Alicante", "030"), ("Córdoba", "140"), ("Valladolid", "470"), ("Vigo", "362"),
             ("Gijón", "332"), ("A Coruña", "150"), ("Granada", "180"), ("Vitoria-Gasteiz", "010"),
             ("Oviedo", "330"), ("Santander", "390"), ("Pamplona", "310"), ("Donostia-San Sebastián", "200"),
             ("Salamanca", "370"), ("Cádiz", "110"), ("Santiago de Compostela", "157")]


def es(rng):
    city, pre = rng.choice(ES_CITIES)
    cp = pre + d(rng, 2)
    st = rng.choice(ES_STREETS)
    n = nz(rng, 1, 250)
    piso = rng.choice(["", f"{nz(rng,1,9)}º {rng.choice('ABCD')}", f"{nz(rng,1,8)}º izq.", f"{nz(rng,1,8)}º dcha.",
                       f"{nz(rng,1,6)}º {nz(rng,1,4)}ª", "bajo", "ático", f"piso {nz(rng,1,9)}, puerta {nz(rng,1,4)}"])
    first = f"{st}, {n}" if rng.random() < 0.6 else f"{st} {n}"
    if piso:
        first += ", " + piso
    if rng.random() < 0.06:
        return [f"Apartado de Correos {nz(rng, 1, 9999)}", f"{cp} {city}"]
    last = f"{cp} {city}"
    prov = {"Palma": "Illes Balears", "Vigo": "Pontevedra", "Gijón": "Asturias", "Oviedo": "Asturias",
            "Bilbao": "Bizkaia", "Santander": "Cantabria", "Pamplona": "Navarra", "Madrid": "Madrid",
            "Sevilla": "Sevilla", "Málaga": "Málaga", "Granada": "Granada", "Valencia": "Valencia"}
    if city in prov and rng.random() < 0.25:
        last += f" ({prov[city]})"
    return [first, last]


PT_STREETS = L("Rua Augusta|Avenida da Liberdade|Rua Garrett|Rua de Santa Catarina|Avenida dos Aliados|"
               "Rua das Flores|Rua do Carmo|Travessa do Fala-Só|Largo do Chiado|Rua Ferreira Borges|"
               "Avenida da República|Rua Direita|Rua de Cedofeita|Calçada do Combro|Rua da Prata|Rua Morais Soares|"
               "Avenida Almirante Reis|Rua Sá da Bandeira|Estrada de Benfica|Rua de São Bento|Rua do Alecrim")
PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Coimbra", "30"), ("Faro", "80"), ("Aveiro", "38"),
             ("Setúbal", "29"), ("Funchal", "90"), ("Évora", "70"), ("Vila Nova de Gaia", "44"),
             ("Amadora", "27"), ("Cascais", "27"), ("Sintra", "27"), ("Guimarães", "48"), ("Leiria", "24"),
             ("Viseu", "35")]


def pt(rng):
    city, pre = rng.choice(PT_CITIES)
    cp = pre + d(rng, 4 - len(pre)) + "-" + d(rng, 3)
    st = rng.choice(PT_STREETS)
    n = nz(rng, 1, 300)
    andar = rng.choice(["", f"{nz(rng,1,9)}.º Esq.", f"{nz(rng,1,9)}º Dto", f"r/c Esq.", f"{nz(rng,1,8)}º andar",
                        f"{nz(rng,1,6)}.º D"])
    if rng.random() < 0.35:
        first = f"{st}, n.º {n}"
    else:
        first = f"{st} {n}" if rng.random() < 0.5 else f"{st}, {n}"
    if andar:
        first += ", " + andar
    return [first, f"{cp} {city}"]


# ---------------- PL ----------------
PL_STREETS = L("ul. Marszałkowska|ul. Piotrkowska|ul. Floriańska|ul. Długa|ul. Świętojańska|al. Jerozolimskie|"
               "ul. Mickiewicza|ul. Słowackiego|ul. Kościuszki|ul. Sienkiewicza|ul. Żeromskiego|ul. Grunwaldzka|"
               "ul. Wrocławska|ul. Kwiatowa|ul. Leśna|ul. Ogrodowa|ul. Polna|ul. Lipowa|ul. Szkolna|ul. 3 Maja|"
               "ul. Jana Pawła II|os. Kopernika|pl. Wolności|ul. Nowy Świat|ul. Krakowskie Przedmieście|"
               "ul. Świętokrzyska|ul. Grzybowska|ul. Łąkowa|ul. Źródlana|al. Niepodległości|ul. Żurawia")
PL_CITIES = [("Warszawa", ["00", "01", "02", "03", "04"]), ("Kraków", ["30", "31"]), ("Łódź", ["90", "91"]),
             ("Wrocław", ["50", "51", "53"]), ("Poznań", ["60", "61"]), ("Gdańsk", ["80"]),
             ("Szczecin", ["70", "71"]), ("Bydgoszcz", ["85"]), ("Lublin", ["20"]), ("Białystok", ["15"]),
             ("Katowice", ["40"]), ("Gdynia", ["81"]), ("Częstochowa", ["42"]), ("Radom", ["26"]),
             ("Toruń", ["87"]), ("Kielce", ["25"]), ("Rzeszów", ["35"]), ("Olsztyn", ["10"]), ("Opole", ["45"]),
             ("Zielona Góra", ["65"]), ("Sopot", ["81"]), ("Zakopane", ["34"])]


def pl(rng):
    city, pres = rng.choice(PL_CITIES)
    pc = rng.choice(pres) + "-" + d(rng, 3)
    st = rng.choice(PL_STREETS)
    n = nz(rng, 1, 200) + rng.choice(["", "", "a", "B"])
    r = rng.random()
    if r < 0.35:
        n += f"/{nz(rng,1,90)}"
    elif r < 0.5:
        n += f" m. {nz(rng,1,90)}"
    elif r < 0.58:
        n += f" lok. {nz(rng,1,20)}"
    if rng.random() < 0.3:
        return [f"{st} {n}", pc, city] if rng.random() < 0.3 else [f"{st} {n}", f"{pc} {city}"]
    return [f"{st} {n}", f"{pc} {city}"]


# ---------------- Nordics ----------------
SE_STREETS = L("Drottninggatan|Kungsgatan|Storgatan|Sveavägen|Götgatan|Hornsgatan|Vasagatan|Södra Förstadsgatan|"
               "Kungsportsavenyn|Linnégatan|Östra Hamngatan|Skolgatan|Kyrkogatan|Järnvägsgatan|Björkvägen|"
               "Ringvägen|Tegnérgatan|Odengatan|Sankt Eriksgatan|Ågatan|Strandvägen|Folkungagatan|Stora Nygatan")
SE_CITIES = [("Stockholm", "11"), ("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"),
             ("Västerås", "72"), ("Örebro", "70"), ("Linköping", "58"), ("Helsingborg", "25"),
             ("Jönköping", "55"), ("Norrköping", "60"), ("Lund", "22"), ("Umeå", "90"), ("Gävle", "80"),
             ("Luleå", "97"), ("Kiruna", "98")]


def se(rng):
    city, pre = rng.choice(SE_CITIES)
    pc = pre + d(rng, 1) + " " + d(rng, 2)
    if rng.random() < 0.07:
        return [f"Box {nz(rng,1,9999)}", f"{pc} {city}"]
    first = f"{rng.choice(SE_STREETS)} {nz(rng, 1, 120)}{rng.choice(['', '', 'A', 'B'])}"
    if rng.random() < 0.25:
        first += f", lgh {nz(rng,1001,1504)}"
    if rng.random() < 0.15:
        return ["c/o Lindqvist" if rng.random() < 0.0 else f"Lgh {nz(rng,1001,1504)}", first.split(',')[0],
                f"{pc} {city}"]
    return [first, f"{pc} {city}"]


DK_STREETS = L("Nørrebrogade|Vesterbrogade|Østerbrogade|Frederiksberggade|Istedgade|Amagerbrogade|Jagtvej|"
               "Gammel Kongevej|Strandvejen|Søndergade|Vestergade|Algade|Bredgade|Store Kongensgade|Åboulevarden|"
               "Jernbanegade|Kongensgade|Møllevej|Skovvej|Nørregade|Ryesgade|Vestre Allé|Ahornsgade")
DK_CITIES = [("København K", "1"), ("København N", "2200"), ("København Ø", "2100"), ("København S", "2300"),
             ("København NV", "2400"), ("Frederiksberg C", "1850"), ("Valby", "2500"), ("Aarhus C", "8000"),
             ("Aarhus N", "8200"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Esbjerg", "6700"),
             ("Randers C", "8900"), ("Kolding", "6000"), ("Horsens", "8700"), ("Vejle", "7100"),
             ("Roskilde", "4000"), ("Herning", "7400"), ("Helsingør", "3000"), ("Silkeborg", "8600")]


def dk(rng):
    city, pc = rng.choice(DK_CITIES)
    if len(pc) == 1:
        pc = "1" + str(rng.randint(100, 470))
    n = nz(rng, 1, 150) + rng.choice(["", "", "A", "B"])
    fl = rng.choice(["", f", {nz(rng,1,5)}. tv", f", {nz(rng,1,5)}. th", ", st. th", ", st. tv", f", {nz(rng,1,4)}. mf",
                     f" {nz(rng,1,5)}. sal"])
    return [f"{rng.choice(DK_STREETS)} {n}{fl}", f"{pc} {city}"]


NO_STREETS = L("Karl Johans gate|Storgata|Kirkegata|Bogstadveien|Thorvald Meyers gate|Markveien|Trondheimsveien|"
               "Bryggen|Torgallmenningen|Kongens gate|Olav Tryggvasons gate|Dronningens gate|Skippergata|"
               "Hegdehaugsveien|Sandviksveien|Løkkeveien|Øvre Slottsgate|Møllergata|Bjørnstjerne Bjørnsons gate|"
               "Fjordveien|Sjøgata|Ullevålsveien")
NO_CITIES = [("Oslo", "0"), ("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70"), ("Stavanger", "40"),
             ("Drammen", "30"), ("Fredrikstad", "16"), ("Kristiansand", "46"), ("Tromsø", "90"), ("Sandnes", "43"),
             ("Ålesund", "60"), ("Bodø", "80"), ("Lillehammer", "26"), ("Hamar", "23"), ("Tønsberg", "31")]


def no(rng):
    city, pre = rng.choice(NO_CITIES)
    pc = pre + d(rng, 4 - len(pre))
    if rng.random() < 0.07:
        return [f"Postboks {nz(rng,1,9999)}", f"{pc} {city}"]
    first = f"{rng.choice(NO_STREETS)} {nz(rng, 1, 120)}{rng.choice(['', '', 'A', 'B'])}"
    if rng.random() < 0.2:
        first += f", H{nz(rng,1,5)}0{nz(rng,1,9)}"
    return [first, f"{pc} {city}"]


FI_STREETS = L("Mannerheimintie|Aleksanterinkatu|Hämeenkatu|Kauppakatu|Pohjoisesplanadi|Fredrikinkatu|Bulevardi|"
               "Hämeentie|Itäinen Rantakatu|Kalevantie|Kirkkokatu|Koulukatu|Puistokatu|Rautatienkatu|Satamakatu|"
               "Tehtaankatu|Runeberginkatu|Yliopistonkatu|Linnankatu|Aurakatu|Sibeliuksenkatu|Vaasankatu|"
               "Pyynikintie|Isokatu")
FI_CITIES = [("Helsinki", "00"), ("Espoo", "02"), ("Vantaa", "01"), ("Tampere", "33"), ("Turku", "20"),
             ("Oulu", "90"), ("Jyväskylä", "40"), ("Lahti", "15"), ("Kuopio", "70"), ("Pori", "28"),
             ("Joensuu", "80"), ("Lappeenranta", "53"), ("Vaasa", "65"), ("Rovaniemi", "96"),
             ("Hämeenlinna", "13")]


def fi(rng):
    city, pre = rng.choice(FI_CITIES)
    pc = pre + d(rng, 2) + "0"
    if rng.random() < 0.06:
        return [f"PL {nz(rng,1,999)}", f"{pc} {city.upper()}"]
    n = nz(rng, 1, 90)
    r = rng.random()
    if r < 0.35:
        n += f" {rng.choice('ABCD')} {nz(rng,1,60)}"
    elif r < 0.5:
        n += f" as. {nz(rng,1,40)}"
    elif r < 0.6:
        n += f" {rng.choice('ABC')}"
    return [f"{rng.choice(FI_STREETS)} {n}", f"{pc} {city}"]


# ---------------- JP ----------------
JP_AREAS = [("東京都", "渋谷区", "渋谷", "Tokyo", "Shibuya-ku", "Shibuya", "150"),
            ("東京都", "新宿区", "西新宿", "Tokyo", "Shinjuku-ku", "Nishi-Shinjuku", "160"),
            ("東京都", "港区", "六本木", "Tokyo", "Minato-ku", "Roppongi", "106"),
            ("東京都", "世田谷区", "三軒茶屋", "Tokyo", "Setagaya-ku", "Sangenjaya", "154"),
            ("東京都", "千代田区", "丸の内", "Tokyo", "Chiyoda-ku", "Marunouchi", "100"),
            ("東京都", "目黒区", "自由が丘", "Tokyo", "Meguro-ku", "Jiyugaoka", "152"),
            ("大阪府", "大阪市北区", "梅田", "Osaka", "Kita-ku, Osaka-shi", "Umeda", "530"),
            ("大阪府", "大阪市中央区", "心斎橋筋", "Osaka", "Chuo-ku, Osaka-shi", "Shinsaibashisuji", "542"),
            ("神奈川県", "横浜市中区", "山下町", "Kanagawa", "Naka-ku, Yokohama-shi", "Yamashitacho", "231"),
            ("愛知県", "名古屋市中区", "栄", "Aichi", "Naka-ku, Nagoya-shi", "Sakae", "460"),
            ("福岡県", "福岡市博多区", "博多駅前", "Fukuoka", "Hakata-ku, Fukuoka-shi", "Hakataekimae", "812"),
            ("北海道", "札幌市中央区", "北一条西", "Hokkaido", "Chuo-ku, Sapporo-shi", "Kita 1-jo Nishi", "060"),
            ("兵庫県", "神戸市中央区", "三宮町", "Hyogo", "Chuo-ku, Kobe-shi", "Sannomiyacho", "650"),
            ("宮城県", "仙台市青葉区", "一番町", "Miyagi", "Aoba-ku, Sendai-shi", "Ichibancho", "980"),
            ("京都府", "京都市左京区", "北白川", "Kyoto", "Sakyo-ku, Kyoto-shi", "Kitashirakawa", "606"),
            ("沖縄県", "那覇市", "久茂地", "Okinawa", "Naha-shi", "Kumoji", "900"),
            ("埼玉県", "さいたま市大宮区", "桜木町", "Saitama", "Omiya-ku, Saitama-shi", "Sakuragicho", "330")]
JP_BLD = [("コーポ山田", "Corpo Yamada"), ("ハイツ桜", "Heights Sakura"), ("グランドメゾン", "Grand Maison"),
          ("メゾン・ド・ソレイユ", "Maison de Soleil"), ("パークハウス", "Park House"), ("サンライズ青葉", "Sunrise Aoba")]


def jp(rng, latin=None):
    pj, cj, aj, pr, cr, ar_, pre = rng.choice(JP_AREAS)
    pc = pre + "-" + d(rng, 4)
    ban = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    bj, br = rng.choice(JP_BLD)
    room = f"{rng.randint(1, 12)}0{rng.randint(1, 9)}"
    if latin is None:
        latin = rng.random() < 0.45
    if not latin:
        s = f"〒{pc} {pj}{cj}{aj}{rng.randint(1,5)}丁目{rng.randint(1,30)}-{rng.randint(1,20)}" if rng.random() < 0.4 \
            else f"〒{pc} {pj}{cj}{aj}{ban}"
        if rng.random() < 0.6:
            s += f" {bj} {room}" + ("号室" if rng.random() < 0.5 else "")
        if rng.random() < 0.3:
            return [f"〒{pc}", s.split(" ", 1)[1]]
        return [s]
    lines = []
    if rng.random() < 0.5:
        lines.append(f"{br} {room}")
    lines.append(f"{ban} {ar_}, {cr}")
    lines.append(f"{pr} {pc}")
    if rng.random() < 0.4:
        lines[-1] += ", Japan"
    return lines


# ---------------- IN ----------------
IN_BLD = L("Sai Residency|Shanti Apartments|Green Park Towers|Lotus Enclave|Prestige Shantiniketan|Sunrise Heights|"
           "Krishna Kunj|Gokul Dham Society|Vasant Vihar CHS|Royal Palms|Brigade Metropolis|Hiranandani Gardens")
IN_ST = L("14th Cross|100 Feet Road|MG Road|Linking Road|SV Road|Anna Salai|Park Street|Sector 18|"
          "Road No. 12|FC Road|Law College Road|Civil Lines|Outer Ring Road|2nd Main Road|8th Cross, 3rd Block")
IN_LOC = [("Indiranagar", "Bengaluru", "Karnataka", "560038"), ("Koramangala", "Bengaluru", "Karnataka", "560034"),
          ("Andheri West", "Mumbai", "Maharashtra", "400058"), ("Bandra West", "Mumbai", "Maharashtra", "400050"),
          ("T. Nagar", "Chennai", "Tamil Nadu", "600017"), ("Adyar", "Chennai", "Tamil Nadu", "600020"),
          ("Salt Lake", "Kolkata", "West Bengal", "700091"), ("Lajpat Nagar", "New Delhi", "Delhi", "110024"),
          ("Dwarka Sector 12", "New Delhi", "Delhi", "110075"), ("Banjara Hills", "Hyderabad", "Telangana", "500034"),
          ("Gachibowli", "Hyderabad", "Telangana", "500032"), ("Kothrud", "Pune", "Maharashtra", "411038"),
          ("Navrangpura", "Ahmedabad", "Gujarat", "380009"), ("Malviya Nagar", "Jaipur", "Rajasthan", "302017"),
          ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010"), ("Kakkanad", "Kochi", "Kerala", "682030"),
          ("Sector 62", "Noida", "Uttar Pradesh", "201301"), ("DLF Phase 3", "Gurugram", "Haryana", "122002")]


def in_(rng):
    loc, city, state, pin = rng.choice(IN_LOC)
    r = rng.random()
    if r < 0.4:
        return [f"Flat No. {nz(rng,101,1204)}, {rng.choice(IN_BLD)}", f"{rng.choice(IN_ST)}, {loc}",
                f"{city} - {pin}, {state}"]
    if r < 0.6:
        return [f"H.No. {nz(rng,1,12)}-{nz(rng,1,9)}-{nz(rng,10,400)}/{nz(rng,1,90)}, {rng.choice(IN_ST)}",
                f"{loc}, {city} {pin}"]
    if r < 0.8:
        return [f"#{nz(rng,1,999)}, {rng.choice(IN_ST)}, {loc}", f"{city}, {state} {pin}"]
    return [f"{nz(rng,1,400)}, {rng.choice(IN_BLD)}, {loc}", f"{city} {pin}"]


# ---------------- AU ----------------
AU_STREETS = L("Smith Street|George Street|Pitt Street|Collins Street|Flinders Lane|Chapel Street|Brunswick Street|"
               "Oxford Street|King Street|Queen Street|Hay Street|Murray Street|Beaufort Street|Glebe Point Road|"
               "Anzac Parade|Parramatta Road|Sydney Road|Military Road|Lygon Street|Wattle Avenue|"
               "Banksia Crescent|Jacaranda Drive|Kookaburra Court|Boundary Road|Gouger Street|Elizabeth St")
AU_SUBS = [("Fitzroy", "VIC", "3065"), ("Carlton", "VIC", "3053"), ("Brunswick", "VIC", "3056"),
           ("St Kilda", "VIC", "3182"), ("Surry Hills", "NSW", "2010"), ("Newtown", "NSW", "2042"),
           ("Bondi Beach", "NSW", "2026"), ("Parramatta", "NSW", "2150"), ("Manly", "NSW", "2095"),
           ("Fortitude Valley", "QLD", "4006"), ("South Brisbane", "QLD", "4101"),
           ("Surfers Paradise", "QLD", "4217"), ("Fremantle", "WA", "6160"), ("Subiaco", "WA", "6008"),
           ("Glenelg", "SA", "5045"), ("Norwood", "SA", "5067"), ("Hobart", "TAS", "7000"),
           ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"), ("Darwin City", "NT", "0800"),
           ("Cairns City", "QLD", "4870"), ("Newcastle", "NSW", "2300"), ("Wollongong", "NSW", "2500"),
           ("Geelong", "VIC", "3220"), ("Toowoomba", "QLD", "4350")]


def au(rng):
    sub, st_, pc = rng.choice(AU_SUBS)
    last = f"{sub} {st_} {pc}" if rng.random() < 0.7 else f"{sub.upper()} {st_} {pc}"
    st = rng.choice(AU_STREETS)
    num = nz(rng, 1, 400)
    r = rng.random()
    if r < 0.08:
        return [f"PO Box {nz(rng,10,9999)}", last]
    if r < 0.35:
        return [f"{nz(rng,1,40)}/{num} {st}", last]
    if r < 0.55:
        return [f"Unit {nz(rng,1,40)}, {num} {st}", last]
    return [f"{num} {st}", last]


# ---------------- BR / MX ----------------
BR_STREETS = L("Rua das Flores|Av. Paulista|Rua Augusta|Rua Oscar Freire|Av. Brigadeiro Faria Lima|"
               "Rua da Consolação|Av. Atlântica|Rua Visconde de Pirajá|Rua Voluntários da Pátria|Av. Afonso Pena|"
               "Rua XV de Novembro|Av. Sete de Setembro|Rua Padre Chagas|Av. Boa Viagem|Rua Chile|Av. Beira Mar|"
               "Rua Marechal Deodoro|Rua Barão de Itapetininga|Rua Dom Pedro II|Travessa São José|Alameda Santos|"
               "Rua Haddock Lobo|Av. Getúlio Vargas|Rua Tiradentes")
BR_BAIRROS = [("Jardim Paulista", "São Paulo", "SP", "014"), ("Pinheiros", "São Paulo", "SP", "054"),
              ("Vila Madalena", "São Paulo", "SP", "054"), ("Moema", "São Paulo", "SP", "045"),
              ("Bela Vista", "São Paulo", "SP", "013"), ("Copacabana", "Rio de Janeiro", "RJ", "220"),
              ("Ipanema", "Rio de Janeiro", "RJ", "224"), ("Botafogo", "Rio de Janeiro", "RJ", "222"),
              ("Tijuca", "Rio de Janeiro", "RJ", "205"), ("Savassi", "Belo Horizonte", "MG", "301"),
              ("Moinhos de Vento", "Porto Alegre", "RS", "905"), ("Centro", "Curitiba", "PR", "800"),
              ("Boa Viagem", "Recife", "PE", "510"), ("Barra", "Salvador", "BA", "401"),
              ("Meireles", "Fortaleza", "CE", "601"), ("Asa Sul", "Brasília", "DF", "702"),
              ("Centro", "Florianópolis", "SC", "880"), ("Ponta Verde", "Maceió", "AL", "570"),
              ("Setor Bueno", "Goiânia", "GO", "742"), ("Umarizal", "Belém", "PA", "660"),
              ("Adrianópolis", "Manaus", "AM", "690")]


def br(rng):
    bairro, city, uf, pre = rng.choice(BR_BAIRROS)
    cep = f"{pre}{d(rng,2)}-{d(rng,3)}"
    st = rng.choice(BR_STREETS)
    n = nz(rng, 1, 3999)
    comp = rng.choice(["", "", f"apto {nz(rng,11,1804)}", f"ap. {nz(rng,11,1804)}, bloco {rng.choice('ABC')}",
                       f"casa {nz(rng,1,6)}", f"sala {nz(rng,101,1910)}", "fundos"])
    first = f"{st}, {n}" + (f", {comp}" if comp else "")
    r = rng.random()
    if r < 0.4:
        return [f"{first} - {bairro}", f"{city} - {uf}, {cep}"]
    if r < 0.7:
        return [first, bairro, f"{city}/{uf}", f"CEP {cep}"]
    return [f"{first}, {bairro}, {city} - {uf}", cep]


MX_STREETS = L("Av. Insurgentes Sur|Paseo de la Reforma|Av. Álvaro Obregón|Calle Ámsterdam|Calle Durango|"
               "Calle Madero|Av. Chapultepec|Calle Morelos|Av. Juárez|Av. Vallarta|Calle Hidalgo|Av. Constitución|"
               "Calle 60|Calle Allende|Av. Revolución|Calzada de Tlalpan|Av. Universidad|Calle Zaragoza|"
               "Av. López Mateos|Calle Independencia|Calle Tonalá|Av. Nuevo León")
MX_COLS = [("Roma Norte", "06700", "Ciudad de México", "CDMX"), ("Condesa", "06140", "Ciudad de México", "CDMX"),
           ("Del Valle Centro", "03100", "Ciudad de México", "CDMX"), ("Coyoacán", "04000", "Ciudad de México", "CDMX"),
           ("Polanco V Secc", "11560", "Ciudad de México", "CDMX"),
           ("Narvarte Poniente", "03020", "Ciudad de México", "CDMX"), ("Centro", "44100", "Guadalajara", "Jal."),
           ("Americana", "44160", "Guadalajara", "Jal."), ("Chapalita", "45040", "Zapopan", "Jal."),
           ("Centro", "64000", "Monterrey", "N.L."), ("Del Valle", "66220", "San Pedro Garza García", "N.L."),
           ("Centro", "97000", "Mérida", "Yuc."), ("Centro", "72000", "Puebla", "Pue."),
           ("Centro", "76000", "Querétaro", "Qro."), ("Zona Río", "22010", "Tijuana", "B.C."),
           ("Centro", "68000", "Oaxaca de Juárez", "Oax."), ("Zona Hotelera", "77500", "Cancún", "Q.R."),
           ("Centro", "37000", "León", "Gto.")]


def mx(rng):
    col, cp, city, state = rng.choice(MX_COLS)
    st = rng.choice(MX_STREETS)
    n = nz(rng, 1, 2999)
    r = rng.random()
    num = rng.choice([f"{n}", f"#{n}", f"No. {n}", f"{n}-{rng.choice('ABC')}"])
    inte = rng.choice(["", "", f", Int. {nz(rng,1,502)}", f" Depto. {nz(rng,1,40)}"])
    if r < 0.5:
        return [f"{st} {num}{inte}, Col. {col}", f"C.P. {cp}, {city}, {state}"]
    if r < 0.75:
        return [f"{st} {num}{inte}", f"Col. {col}", f"{cp} {city}, {state}"]
    return [f"{st} {num}{inte}, {col}, {cp} {city}, {state}"]


BUILDERS = {"US": us, "CA": ca, "UK": uk, "IE": ie, "DE": de, "AT": at, "CH": ch, "FR": fr, "BE": be, "NL": nl,
            "IT": it, "ES": es, "PT": pt, "PL": pl, "SE": se, "DK": dk, "NO": no, "FI": fi, "JP": jp, "IN": in_,
            "AU": au, "BR": br, "MX": mx}


def address_lines(rng, country):
    lines = BUILDERS[country](rng)
    return [ln for ln in lines if ln]
