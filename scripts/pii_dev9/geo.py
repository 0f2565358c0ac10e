"""Hand-written street and city lists and postal formats for 23 countries, plus decoy lists."""


def _l(s):
    return [x.strip() for x in s.replace("\n", " ").split(";") if x.strip()]


def d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


UK_IN = "ABDEFGHJLNPQRSTUWXYZ"


def _num(rng, hi=200):
    return str(rng.randint(1, hi))


# Each builder returns (lines, kind) where lines is the address as a list of lines.
def us(rng, unit=False, po=False):
    streets = _l("Maple Avenue; Oak Street; Elm Street; Cedar Lane; Pine Ridge Road; Lakeview Drive; Hillcrest Road; "
                 "Sunset Boulevard; Willow Court; Chestnut Street; Birch Lane; Meadowbrook Drive; Park Place; "
                 "Cherry Hill Road; Walnut Street; Spruce Way; Riverside Drive; Magnolia Avenue; Harbor View Terrace; "
                 "Orchard Lane; Foxglove Circle; Prospect Avenue; Division Street; Summit Avenue")
    cities = [("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Madison", "WI", "537"),
              ("Raleigh", "NC", "276"), ("Denver", "CO", "802"), ("Boise", "ID", "837"), ("Albany", "NY", "122"),
              ("Brooklyn", "NY", "112"), ("Tucson", "AZ", "857"), ("Savannah", "GA", "314"), ("Omaha", "NE", "681"),
              ("Burlington", "VT", "054"), ("Ann Arbor", "MI", "481"), ("Spokane", "WA", "992"),
              ("Des Moines", "IA", "503"), ("Sacramento", "CA", "958"), ("Oakland", "CA", "946"),
              ("Pittsburgh", "PA", "152"), ("Nashville", "TN", "372"), ("Chicago", "IL", "606"), ("Tampa", "FL", "336")]
    c, st, z = rng.choice(cities)
    zipc = z + d(rng, 2) + (("-" + d(rng, 4)) if rng.random() < 0.2 else "")
    last = f"{c}, {st} {zipc}"
    if po:
        return [f"{rng.choice(['PO Box', 'P.O. Box'])} {rng.randint(100, 9999)}", last]
    line = f"{rng.randint(10, 9899)} {rng.choice(streets)}"
    if unit:
        u = rng.choice([f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f"Unit {rng.randint(100, 2400)}",
                        f"Suite {rng.randint(100, 900)}", f"#{rng.randint(2, 60)}"])
        if rng.random() < 0.5:
            return [line, u, last]
        line = f"{line}, {u}" if not u.startswith("#") else f"{line} {u}"
    return [line, last]


def ca(rng, unit=False, po=False):
    cities = [("Toronto", "ON", "M5V M4C M6G M6J M4L"), ("Vancouver", "BC", "V6B V5K V6K V5L"),
              ("Montréal", "QC", "H2X H3B H2T H4A"), ("Calgary", "AB", "T2P T2S T3A"), ("Ottawa", "ON", "K1P K2P K1S"),
              ("Halifax", "NS", "B3H B3K"), ("Winnipeg", "MB", "R3C R3M"), ("Victoria", "BC", "V8W V8V"),
              ("Québec", "QC", "G1R G1K"), ("Edmonton", "AB", "T5J T6E")]
    streets = _l("Harbour Street; Queen Street West; Bloor Street East; Robson Street; Granville Street; Jasper Avenue; "
                 "rue Sherbrooke Ouest; Elgin Street; Barrington Street; Portage Avenue; Commercial Drive; "
                 "avenue du Mont-Royal; Dundas Street West; 17th Avenue SW; Whyte Avenue; rue Saint-Jean")
    c, pv, pre = rng.choice(cities)
    pc = f"{rng.choice(pre.split())} {rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    last = f"{c} {pv} {pc}" if rng.random() < 0.5 else f"{c}, {pv} {pc}"
    if po:
        return [f"PO Box {rng.randint(100, 9999)}, Station {rng.choice(['A', 'B', 'Main', 'Centre-ville'])}", last]
    n, s = rng.randint(2, 2999), rng.choice(streets)
    if unit:
        u = rng.randint(101, 3209)
        return [rng.choice([f"{u}-{n} {s}", f"Unit {u}, {n} {s}", f"{n} {s}, Apt. {u}"]), last]
    return [f"{n} {s}", last]


def gb(rng, unit=False, po=False):
    cities = [("London", "E16 N7 SE15 SW11 NW5 E8 N16 SW9"), ("Manchester", "M14 M20 M4 M21"), ("Birmingham", "B13 B29 B17"),
              ("Leeds", "LS6 LS8"), ("Bristol", "BS6 BS3 BS7"), ("Glasgow", "G12 G41 G3"), ("Edinburgh", "EH6 EH9 EH3"),
              ("Cardiff", "CF24 CF11"), ("Liverpool", "L17 L8"), ("Sheffield", "S11 S7"), ("Nottingham", "NG7 NG5"),
              ("Belfast", "BT7 BT9"), ("Oxford", "OX4 OX2"), ("Cambridge", "CB1 CB4"), ("Brighton", "BN2 BN1"), ("York", "YO10 YO31")]
    streets = _l("Albert Road; High Street; Church Lane; Station Road; Mill Lane; Park Avenue; Queens Road; Kingsway; "
                 "Elm Grove; Beech Close; Cromwell Road; Grange Road; Manor Way; Windsor Terrace; Hawthorn Crescent; "
                 "Marlborough Place; St Mary's Road; Chapel Street; Victoria Gardens; Ashfield Avenue; Rectory Lane; "
                 "Belvoir Street; Thornhill Drive; Kelvin Way")
    c, pre = rng.choice(cities)
    pc = f"{rng.choice(pre.split())} {rng.randint(1, 9)}{rng.choice(UK_IN)}{rng.choice(UK_IN)}"
    if po:
        return [f"PO Box {rng.randint(10, 9999)}", c, pc] if rng.random() < 0.5 else [f"PO Box {rng.randint(10, 9999)}, {c} {pc}"]
    line = f"{rng.randint(1, 240)} {rng.choice(streets)}"
    lines = [line]
    if unit:
        lines.insert(0, rng.choice([f"Flat {rng.randint(1, 30)}", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}",
                                    f"Apartment {rng.randint(1, 120)}", f"Flat {rng.randint(1, 20)}, {rng.choice(['Rowan', 'Carlton', 'Lynton', 'Fairview'])} House"]))
    if rng.random() < 0.3:
        lines.append(rng.choice(["Hackney", "Didsbury", "Headingley", "Clifton", "Morningside", "Roath", "Jesmond"]))
    return lines + [c, pc] if rng.random() < 0.5 else lines + [f"{c} {pc}"]


EIR_CH = "0123456789ACDEFHKNPRTVWXY"


def ie(rng, unit=False, po=False):
    places = [("Dublin 2", "D02"), ("Dublin 4", "D04"), ("Dublin 6", "D06"), ("Dublin 7", "D07"), ("Dublin 8", "D08"),
              ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"),
              ("Sligo", "F91"), ("Athlone, Co. Westmeath", "N37"), ("Kinsale, Co. Cork", "P17"), ("Tralee, Co. Kerry", "V92")]
    streets = _l("Main Street; Bow Street; Patrick Street; Shop Street; O'Connell Street; Castle Street; Church Road; "
                 "Mary Street; Harbour Road; Abbey Street; Dominick Street; Grand Canal Street; Ranelagh Road; Sunday's Well Road")
    p, rk = rng.choice(places)
    ec = f"{rk} {''.join(rng.choice(EIR_CH) for _ in range(4))}"
    if po:
        return [f"PO Box {rng.randint(10, 999)}", p, ec]
    lines = [f"{rng.randint(1, 120)} {rng.choice(streets)}"]
    if unit:
        lines.insert(0, rng.choice([f"Apartment {rng.randint(1, 80)}, The Maltings", f"Apt {rng.randint(1, 60)}",
                                    f"{rng.randint(1, 40)} {rng.choice(['Ashgrove', 'Oakpark', 'Beechwood', 'Cill Mhuire'])} Court"]))
    if rng.random() < 0.5:
        return lines + [p, ec]
    return lines + [f"{p} {ec}"]


def de(rng, unit=False, po=False):
    cities = [("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
              ("Frankfurt am Main", 60311, 60599), ("Stuttgart", 70173, 70629), ("Düsseldorf", 40210, 40629),
              ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328), ("Hannover", 30159, 30669), ("Nürnberg", 90402, 90491),
              ("Bremen", 28195, 28779), ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167), ("Bonn", 53111, 53229)]
    streets = _l("Lindenstraße; Hauptstraße; Bahnhofstraße; Schillerstraße; Goethestraße; Am Markt; Gartenweg; Birkenweg; "
                 "Mühlenweg; Kirchgasse; Friedrichstraße; Bergstraße; Rosenweg; Ahornallee; Kastanienallee; "
                 "Hafenstraße; Schulstraße; Dorfstraße; Eichendorffweg; Sonnenallee; Turmstraße; Weserstraße; Grindelallee")
    c, a, b = rng.choice(cities)
    plz = f"{rng.randint(a, b):05d}"
    if po:
        return [f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", f"{plz} {c}"]
    line = f"{rng.choice(streets)} {rng.randint(1, 140)}{rng.choice(['', '', '', 'a', 'b'])}"
    if unit:
        u = rng.choice(["3. OG links", "2. Stock rechts", "Hinterhaus, 4. OG", "Whg. 12", "EG", "Aufgang B"])
        return [line, u, f"{plz} {c}"] if rng.random() < 0.6 else [f"{line}, {u}", f"{plz} {c}"]
    return [line, f"{plz} {c}"]


def at(rng, unit=False, po=False):
    cities = [("Wien", None), ("Graz", (8010, 8055)), ("Linz", (4020, 4040)), ("Salzburg", (5020, 5026)),
              ("Innsbruck", (6020, 6080)), ("Klagenfurt am Wörthersee", (9020, 9020)), ("Villach", (9500, 9500)),
              ("St. Pölten", (3100, 3100)), ("Bregenz", (6900, 6900))]
    streets = _l("Mariahilfer Straße; Landstraßer Hauptstraße; Herrengasse; Getreidegasse; Maria-Theresien-Straße; "
                 "Schulgasse; Hauptplatz; Wiener Straße; Favoritenstraße; Annenstraße; Linzer Gasse; Anichstraße")
    c, r = rng.choice(cities)
    plz = f"1{rng.randint(1, 23):02d}0" if r is None else str(rng.randint(*r))
    if po:
        return [f"Postfach {rng.randint(100, 999)}", f"{plz} {c}"]
    n = rng.randint(1, 120)
    if unit:
        return [f"{rng.choice(streets)} {n}/{rng.randint(1, 4)}/{rng.randint(1, 30)}", f"{plz} {c}"] if rng.random() < 0.6 \
            else [f"{rng.choice(streets)} {n}", f"Stiege {rng.randint(1, 5)}, Top {rng.randint(1, 40)}", f"{plz} {c}"]
    return [f"{rng.choice(streets)} {n}", f"{plz} {c}"]


def ch(rng, unit=False, po=False):
    cities = [("Zürich", (8001, 8057), "de"), ("Bern", (3011, 3027), "de"), ("Basel", (4051, 4058), "de"),
              ("Genève", (1201, 1209), "fr"), ("Lausanne", (1003, 1018), "fr"), ("Luzern", (6003, 6006), "de"),
              ("St. Gallen", (9000, 9016), "de"), ("Winterthur", (8400, 8411), "de"), ("Lugano", (6900, 6908), "it")]
    st = {"de": _l("Bahnhofstrasse; Seestrasse; Dorfstrasse; Kirchweg; Marktgasse; Hauptstrasse; Rosenbergstrasse; Spitalgasse"),
          "fr": _l("Rue du Rhône; Avenue de la Gare; Chemin des Vignes; Rue de Lausanne; Rue du Marché; Route de Chêne"),
          "it": _l("Via Nassa; Via Cantonale; Corso Pestalozzi; Via San Gottardo")}
    c, r, lg = rng.choice(cities)
    plz = str(rng.randint(*r))
    if po:
        return [rng.choice(["Postfach", "Case postale"]) + f" {rng.randint(100, 9999)}", f"{plz} {c}"]
    s = rng.choice(st[lg])
    line = f"{rng.randint(1, 90)} {s}" if lg == "fr" and rng.random() < 0.5 else f"{s} {rng.randint(1, 90)}"
    if unit:
        return [line, {"de": rng.choice(["3. Stock", "Wohnung 4", "2. OG"]), "fr": rng.choice(["2e étage", "appartement 12"]), "it": "scala B"}[lg], f"{plz} {c}"]
    return [line, f"CH-{plz} {c}" if rng.random() < 0.2 else f"{plz} {c}"]


def fr(rng, unit=False, po=False):
    cities = [("Paris", [f"750{i:02d}" for i in range(1, 21)]), ("Lyon", [f"6900{i}" for i in range(1, 10)]),
              ("Marseille", [f"130{i:02d}" for i in range(1, 17)]), ("Toulouse", ["31000", "31100", "31200", "31300", "31400", "31500"]),
              ("Nantes", ["44000", "44100", "44200", "44300"]), ("Bordeaux", ["33000", "33100", "33200", "33300", "33800"]),
              ("Lille", ["59000", "59800"]), ("Strasbourg", ["67000", "67100", "67200"]), ("Montpellier", ["34000", "34070", "34090"]),
              ("Rennes", ["35000", "35200", "35700"]), ("Nice", ["06000", "06100", "06200", "06300"]), ("Grenoble", ["38000", "38100"])]
    streets = _l("rue des Lilas; rue Victor Hugo; avenue Jean Jaurès; boulevard Voltaire; rue du Faubourg Saint-Antoine; "
                 "rue de la République; rue Nationale; chemin des Vignes; allée des Tilleuls; impasse des Acacias; "
                 "rue Pasteur; place du Marché; rue des Écoles; avenue de la Libération; rue Sainte-Catherine; quai des Chartrons")
    c, pcs = rng.choice(cities)
    pc = rng.choice(pcs)
    if po:
        return [f"BP {rng.randint(100, 9999)}", f"{pc} {c} Cedex {rng.randint(1, 9)}"]
    n = f"{rng.randint(1, 180)}{rng.choice(['', '', '', ' bis', ' ter'])}"
    lines = [f"{n} {rng.choice(streets)}", f"{pc} {c}"]
    if unit:
        lines.insert(0, rng.choice([f"Bâtiment {rng.choice('ABCD')}, {rng.randint(1, 7)}e étage", f"Appartement {rng.randint(1, 60)}",
                                    f"Résidence Les {rng.choice(['Pins', 'Glycines', 'Tilleuls'])}, apt {rng.randint(1, 90)}",
                                    f"Escalier {rng.randint(1, 4)}, porte {rng.randint(1, 20)}"]))
    return lines


def be(rng, unit=False, po=False):
    cities = [("Bruxelles", (1000, 1210), "fr"), ("Brussel", (1000, 1210), "nl"), ("Antwerpen", (2000, 2060), "nl"),
              ("Gent", (9000, 9052), "nl"), ("Liège", (4000, 4032), "fr"), ("Leuven", (3000, 3012), "nl"),
              ("Namur", (5000, 5004), "fr"), ("Brugge", (8000, 8200), "nl"), ("Mechelen", (2800, 2800), "nl"),
              ("Hasselt", (3500, 3500), "nl"), ("Charleroi", (6000, 6001), "fr")]
    st = {"nl": _l("Kerkstraat; Stationsstraat; Molenstraat; Dorpsstraat; Nieuwstraat; Veldstraat; Meir; Lange Nieuwstraat"),
          "fr": _l("Rue de la Station; Rue Haute; Chaussée de Wavre; Avenue Louise; Rue du Marché; Rue Saint-Gilles; Boulevard d'Avroy")}
    c, r, lg = rng.choice(cities)
    pc = str(rng.randint(*r))
    if po:
        return [f"{'Postbus' if lg == 'nl' else 'Boîte postale'} {rng.randint(10, 999)}", f"{pc} {c}"]
    line = f"{rng.choice(st[lg])} {rng.randint(1, 200)}"
    if unit:
        line += f" bus {rng.randint(1, 30)}" if lg == "nl" else f" boîte {rng.randint(1, 30)}"
    return [line, f"{pc} {c}"] if rng.random() < 0.8 else [line, f"B-{pc} {c}"]


def nl(rng, unit=False, po=False):
    cities = [("Amsterdam", (1011, 1109)), ("Rotterdam", (3011, 3089)), ("Den Haag", (2491, 2599)), ("Utrecht", (3511, 3585)),
              ("Eindhoven", (5611, 5658)), ("Groningen", (9711, 9747)), ("Leiden", (2311, 2334)), ("Haarlem", (2011, 2037)),
              ("Nijmegen", (6511, 6546)), ("Tilburg", (5011, 5049)), ("Zwolle", (8011, 8043)), ("Maastricht", (6211, 6229)),
              ("Delft", (2611, 2629))]
    streets = _l("Keizersgracht; Prinsengracht; Dorpsstraat; Kerkstraat; Molenweg; Julianalaan; Stationsweg; Lindelaan; "
                 "Vondelstraat; Oudegracht; Nieuwe Binnenweg; Witte de Withstraat; Hoogstraat; Zeestraat; Bloemgracht; Ringdijk")
    c, r = rng.choice(cities)
    letters = rng.choice("ABCEGHJKLMNPRTVWXZ") + rng.choice("ABCEGHJKLMNPRTVWXZ")
    pc = f"{rng.randint(*r)} {letters}" if rng.random() < 0.85 else f"{rng.randint(*r)}{letters}"
    if po:
        return [f"Postbus {rng.randint(100, 99999)}", f"{pc} {c}"]
    n = str(rng.randint(1, 300))
    if unit:
        n += rng.choice(["-III", "-2", " A", "hs", "-bis", " bv"])
    return [f"{rng.choice(streets)} {n}", f"{pc} {c}" if rng.random() < 0.8 else f"{pc}  {c.upper()}".replace("  ", " ")]


def it(rng, unit=False, po=False):
    cities = [("Milano", "MI", (20121, 20162)), ("Roma", "RM", (118, 199)), ("Torino", "TO", (10121, 10156)),
              ("Napoli", "NA", (80121, 80147)), ("Bologna", "BO", (40121, 40141)), ("Firenze", "FI", (50121, 50145)),
              ("Genova", "GE", (16121, 16167)), ("Palermo", "PA", (90121, 90151)), ("Bari", "BA", (70121, 70132)),
              ("Verona", "VR", (37121, 37142)), ("Padova", "PD", (35121, 35143)), ("Trieste", "TS", (34121, 34151))]
    streets = _l("Via Roma; Via Garibaldi; Corso Vittorio Emanuele II; Via Mazzini; Via dei Mille; Via della Repubblica; "
                 "Piazza Dante; Viale Monza; Via San Martino; Via Cavour; Via Verdi; Via Nazionale; Via del Pratello; "
                 "Corso Buenos Aires; Via Toledo; Via dei Serragli")
    c, pv, r = rng.choice(cities)
    cap = f"{rng.randint(*r):05d}"
    last = rng.choice([f"{cap} {c} {pv}", f"{cap} {c} ({pv})", f"{cap} {c}"])
    if po:
        return [f"Casella Postale {rng.randint(10, 999)}", last]
    line = f"{rng.choice(streets)}, {rng.randint(1, 220)}" if rng.random() < 0.6 else f"{rng.choice(streets)} {rng.randint(1, 220)}"
    if unit:
        u = rng.choice([f"int. {rng.randint(1, 30)}", f"scala {rng.choice('ABC')}, int. {rng.randint(1, 20)}", f"piano {rng.randint(1, 6)}"])
        return [f"{line}, {u}", last] if rng.random() < 0.5 else [line, u, last]
    return [line, last]


def es(rng, unit=False, po=False):
    cities = [("Madrid", (28001, 28055)), ("Barcelona", (8001, 8042)), ("Valencia", (46001, 46026)), ("Sevilla", (41001, 41020)),
              ("Zaragoza", (50001, 50018)), ("Málaga", (29001, 29018)), ("Bilbao", (48001, 48015)), ("Granada", (18001, 18015)),
              ("Alicante", (3001, 3016)), ("Valladolid", (47001, 47016)), ("Murcia", (30001, 30012)),
              ("Palma", (7001, 7015)), ("A Coruña", (15001, 15011)), ("San Sebastián", (20001, 20018))]
    streets = _l("Calle Mayor; Calle de Alcalá; Avenida de la Constitución; Calle Real; Paseo de Gracia; Calle de Balmes; "
                 "Gran Vía; Calle San Fernando; Avenida del Puerto; Calle Larios; Calle de la Paz; Calle Sierpes; "
                 "Carrer de Verdi; Calle del Pez; Ronda de Segovia; Avenida de Andalucía")
    c, r = rng.choice(cities)
    cp = f"{rng.randint(*r):05d}"
    if po:
        return [f"Apartado de Correos {rng.randint(100, 9999)}", f"{cp} {c}"]
    s = rng.choice(streets)
    if rng.random() < 0.2:
        s = s.replace("Calle ", "C/ ")
    line = f"{s}, {rng.randint(1, 180)}" if rng.random() < 0.7 else f"{s} {rng.randint(1, 180)}"
    if unit:
        line += rng.choice([f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", f", {rng.randint(1, 9)}º {rng.randint(1, 4)}ª",
                            f", bajo {rng.choice(['izq.', 'dcha.'])}", f", ático"])
    return [line, f"{cp} {c}"]


def pt(rng, unit=False, po=False):
    cities = [("Lisboa", (1000, 1990)), ("Porto", (4000, 4369)), ("Coimbra", (3000, 3049)), ("Braga", (4700, 4719)),
              ("Faro", (8000, 8009)), ("Aveiro", (3800, 3814)), ("Setúbal", (2900, 2914)), ("Funchal", (9000, 9064)),
              ("Évora", (7000, 7005)), ("Viseu", (3500, 3519))]
    streets = _l("Rua Augusta; Rua do Ouro; Avenida da Liberdade; Rua de Santa Catarina; Rua das Flores; Avenida da República; "
                 "Travessa do Carmo; Rua Direita; Largo do Rato; Avenida da Boavista; Rua da Sofia; Rua de Cedofeita")
    c, r = rng.choice(cities)
    cp = f"{rng.randint(*r)}-{d(rng, 3)}"
    if po:
        return [f"Apartado {rng.randint(10, 999)}", f"{cp} {c}"]
    line = f"{rng.choice(streets)}, {rng.randint(1, 300)}" if rng.random() < 0.5 else f"{rng.choice(streets)} {rng.randint(1, 300)}"
    if unit:
        line += rng.choice([f", {rng.randint(1, 8)}.º Esq.", f", {rng.randint(1, 8)}.º Dto.", f", r/c", f", {rng.randint(1, 6)}.º andar"])
    return [line, f"{cp} {c}"]


def pl(rng, unit=False, po=False):
    cities = [("Warszawa", (0, 4)), ("Kraków", (30, 31)), ("Gdańsk", (80, 80)), ("Wrocław", (50, 54)), ("Poznań", (60, 61)),
              ("Łódź", (90, 94)), ("Lublin", (20, 20)), ("Katowice", (40, 40)), ("Szczecin", (70, 71)), ("Toruń", (87, 87))]
    streets = _l("ul. Marszałkowska; ul. Długa; ul. Floriańska; ul. Piotrkowska; ul. Świętojańska; al. Jerozolimskie; "
                 "ul. Mickiewicza; ul. Kościuszki; ul. Słowackiego; ul. Lipowa; ul. Ogrodowa; ul. Polna; ul. Krakowskie Przedmieście")
    c, r = rng.choice(cities)
    kod = f"{rng.randint(*r):02d}-{d(rng, 3)}"
    if po:
        return [f"skr. poczt. {rng.randint(1, 999)}", f"{kod} {c}"]
    n = f"{rng.randint(1, 150)}"
    if unit:
        n += rng.choice([f"/{rng.randint(1, 80)}", f" m. {rng.randint(1, 80)}", f" lok. {rng.randint(1, 20)}"])
    return [f"{rng.choice(streets)} {n}", f"{kod} {c}"]


def se(rng, unit=False, po=False):
    cities = [("Stockholm", (111, 129)), ("Göteborg", (411, 418)), ("Malmö", (211, 217)), ("Uppsala", (751, 757)),
              ("Lund", (222, 227)), ("Västerås", (721, 725)), ("Örebro", (702, 703)), ("Linköping", (582, 589)), ("Umeå", (903, 907))]
    streets = _l("Drottninggatan; Storgatan; Kungsgatan; Vasagatan; Sveavägen; Linnégatan; Södra Förstadsgatan; "
                 "Skolgatan; Kyrkogatan; Ringvägen; Björkvägen; Hornsgatan; Götgatan; Järntorgsgatan")
    c, r = rng.choice(cities)
    pn = f"{rng.randint(*r)} {d(rng, 2)}"
    if po:
        return [f"Box {rng.randint(100, 99999)}", f"{pn} {c}"]
    line = f"{rng.choice(streets)} {rng.randint(1, 120)}{rng.choice(['', '', 'A', 'B'])}"
    if unit:
        return [f"{line}, lgh {rng.randint(1001, 1704)}", f"{pn} {c}"] if rng.random() < 0.5 else [line, f"Lgh {rng.randint(1001, 1704)}", f"{pn} {c}"]
    return [line, f"{pn} {c}"]


def dk(rng, unit=False, po=False):
    cities = [("København K", (1050, 1473)), ("København N", (2200, 2200)), ("København Ø", (2100, 2100)),
              ("Frederiksberg", (2000, 2000)), ("Aarhus C", (8000, 8000)), ("Odense C", (5000, 5000)),
              ("Aalborg", (9000, 9000)), ("Esbjerg", (6700, 6700)), ("Roskilde", (4000, 4000)), ("Vejle", (7100, 7100))]
    streets = _l("Nørrebrogade; Vestergade; Østergade; Jagtvej; Algade; Kongensgade; Søndergade; Bredgade; "
                 "Amagerbrogade; Vesterbrogade; Jægersborggade; Mejlgade")
    c, r = rng.choice(cities)
    pn = str(rng.randint(*r))
    if po:
        return [f"Postboks {rng.randint(10, 9999)}", f"{pn} {c}"]
    line = f"{rng.choice(streets)} {rng.randint(1, 160)}{rng.choice(['', '', 'A', 'B'])}"
    if unit:
        line += rng.choice([", st. th.", ", 1. tv.", ", 2. th.", ", 3. mf.", ", 4. tv."])
    return [line, f"{pn} {c}"] if rng.random() < 0.85 else [line, f"DK-{pn} {c}"]


def no(rng, unit=False, po=False):
    cities = [("Oslo", (150, 1295)), ("Bergen", (5003, 5097)), ("Trondheim", (7010, 7099)), ("Stavanger", (4005, 4029)),
              ("Tromsø", (9008, 9020)), ("Drammen", (3015, 3048)), ("Kristiansand", (4608, 4639))]
    streets = _l("Storgata; Kongens gate; Thorvald Meyers gate; Bogstadveien; Markveien; Kirkegata; Skippergata; "
                 "Torggata; Strandgaten; Olav Tryggvasons gate; Grünerløkka allé; Sandviksveien")
    c, r = rng.choice(cities)
    pn = f"{rng.randint(*r):04d}"
    if po:
        return [f"Postboks {rng.randint(10, 9999)} Sentrum", f"{pn} {c}"]
    line = f"{rng.choice(streets)} {rng.randint(1, 120)}{rng.choice(['', '', 'A', 'B', 'C'])}"
    if unit:
        line += f", leil. H0{rng.randint(1, 5)}0{rng.randint(1, 9)}" if rng.random() < 0.5 else f" H0{rng.randint(1, 5)}0{rng.randint(1, 9)}"
    return [line, f"{pn} {c}"] if rng.random() < 0.6 else [line, f"{pn} {c.upper()}"]


def fi(rng, unit=False, po=False):
    cities = [("Helsinki", (100, 990)), ("Espoo", (2100, 2940)), ("Tampere", (33100, 33900)), ("Turku", (20100, 20900)),
              ("Oulu", (90100, 90900)), ("Jyväskylä", (40100, 40950)), ("Lahti", (15100, 15900)), ("Kuopio", (70100, 70900))]
    streets = _l("Mannerheimintie; Hämeenkatu; Aleksanterinkatu; Kauppakatu; Puistokatu; Rantatie; Koulukatu; "
                 "Kirkkokatu; Satamakatu; Itäinen Pitkäkatu; Fredrikinkatu; Kalevankatu")
    c, r = rng.choice(cities)
    pn = f"{(rng.randint(*r) // 10) * 10:05d}"
    if po:
        return [f"PL {rng.randint(10, 999)}", f"{pn} {c}"]
    line = f"{rng.choice(streets)} {rng.randint(1, 90)}"
    if unit:
        line += f" {rng.choice('ABCD')} {rng.randint(1, 60)}"
    return [line, f"{pn} {c}"] if rng.random() < 0.7 else [line, f"{pn} {c.upper()}"]


JP_AREAS = [("東京都", "渋谷区", "神南", "150-0041", "Tokyo", "Shibuya-ku", "Jinnan"),
            ("東京都", "新宿区", "西新宿", "160-0023", "Tokyo", "Shinjuku-ku", "Nishi-Shinjuku"),
            ("東京都", "世田谷区", "三軒茶屋", "154-0024", "Tokyo", "Setagaya-ku", "Sangenjaya"),
            ("東京都", "港区", "六本木", "106-0032", "Tokyo", "Minato-ku", "Roppongi"),
            ("東京都", "目黒区", "中目黒", "153-0061", "Tokyo", "Meguro-ku", "Nakameguro"),
            ("東京都", "杉並区", "高円寺南", "166-0003", "Tokyo", "Suginami-ku", "Koenji-minami"),
            ("大阪府", "大阪市北区", "梅田", "530-0001", "Osaka", "Kita-ku, Osaka", "Umeda"),
            ("大阪府", "大阪市中央区", "難波", "542-0076", "Osaka", "Chuo-ku, Osaka", "Namba"),
            ("愛知県", "名古屋市中区", "栄", "460-0008", "Aichi", "Naka-ku, Nagoya", "Sakae"),
            ("神奈川県", "横浜市西区", "みなとみらい", "220-0012", "Kanagawa", "Nishi-ku, Yokohama", "Minatomirai"),
            ("北海道", "札幌市中央区", "北一条西", "060-0001", "Hokkaido", "Chuo-ku, Sapporo", "Kita 1-jo Nishi"),
            ("福岡県", "福岡市中央区", "天神", "810-0001", "Fukuoka", "Chuo-ku, Fukuoka", "Tenjin"),
            ("兵庫県", "神戸市中央区", "三宮町", "650-0021", "Hyogo", "Chuo-ku, Kobe", "Sannomiya-cho"),
            ("宮城県", "仙台市青葉区", "一番町", "980-0811", "Miyagi", "Aoba-ku, Sendai", "Ichibancho"),
            ("京都府", "京都市左京区", "田中里ノ前町", "606-8213", "Kyoto", "Sakyo-ku, Kyoto", "Tanaka Satonomaecho")]
JP_BLDG = [("サンハイツ", "Sun Heights"), ("メゾン・ド・ソレイユ", "Maison de Soleil"), ("パークコート", "Park Court"),
           ("グリーンヒルズ", "Green Hills"), ("レジデンス青葉", "Residence Aoba"), ("コーポ緑", "Corpo Midori"),
           ("ハイツ桜", "Heights Sakura"), ("ライオンズマンション", "Lions Mansion")]


def jp(rng, unit=False, po=False, latin=None):
    pref, city, area, pc, lpref, lcity, larea = rng.choice(JP_AREAS)
    a, b, c = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
    bn, bl = rng.choice(JP_BLDG)
    room = rng.randint(1, 12) * 100 + rng.randint(1, 9)
    latin = rng.random() < 0.35 if latin is None else latin
    if latin:
        line = f"{a}-{b}-{c} {larea}"
        lines = [line, f"{lcity}, {lpref} {pc}"]
        if unit:
            lines.insert(0, f"{bl} {room}")
        return lines
    chome = rng.choice([f"{a}丁目{b}-{c}", f"{a}-{b}-{c}", f"{a}丁目{b}番{c}号"])
    top = f"〒{pc}" if rng.random() < 0.8 else pc
    body = f"{pref}{city}{area}{chome}"
    if unit:
        body += rng.choice([" ", ""]) + f"{bn}{room}号室" if rng.random() < 0.7 else f" {bn} {room}"
    return [top, body] if rng.random() < 0.5 else [f"{top} {body}"]


def in_(rng, unit=False, po=False):
    cities = [("Bengaluru", "Karnataka", "5600", ["Indiranagar", "Koramangala", "Jayanagar", "HSR Layout", "Whitefield"]),
              ("Mumbai", "Maharashtra", "4000", ["Andheri West", "Bandra West", "Powai", "Dadar East", "Malad West"]),
              ("Pune", "Maharashtra", "4110", ["Kothrud", "Aundh", "Baner", "Viman Nagar"]),
              ("Chennai", "Tamil Nadu", "6000", ["T. Nagar", "Adyar", "Anna Nagar", "Velachery"]),
              ("Hyderabad", "Telangana", "5000", ["Banjara Hills", "Gachibowli", "Madhapur", "Kukatpally"]),
              ("New Delhi", "Delhi", "1100", ["Vasant Kunj", "Lajpat Nagar", "Saket", "Dwarka Sector 10"]),
              ("Kolkata", "West Bengal", "7000", ["Salt Lake", "Ballygunge", "Behala"]),
              ("Ahmedabad", "Gujarat", "3800", ["Navrangpura", "Satellite", "Bodakdev"]),
              ("Jaipur", "Rajasthan", "3020", ["Malviya Nagar", "Vaishali Nagar", "C-Scheme"]),
              ("Kochi", "Kerala", "6820", ["Kakkanad", "Edappally", "Panampilly Nagar"]),
              ("Noida", "Uttar Pradesh", "2013", ["Sector 15", "Sector 62", "Sector 137"])]
    c, stt, pre, locs = rng.choice(cities)
    pin = pre + d(rng, 2)
    loc = rng.choice(locs)
    if po:
        return [f"Post Box No. {rng.randint(100, 9999)}", f"{c} - {pin}, {stt}"]
    roads = ["14th Cross", "2nd Main Road", "MG Road", "Link Road", "Station Road", "1st Floor, 80 Feet Road", "Church Street", "Ring Road"]
    bld = rng.choice(["Sai Residency", "Prestige Shantiniketan", "Green Glen Apartments", "Lakeview Towers", "Shanti Kunj", "Sunrise Enclave"])
    if unit:
        first = rng.choice([f"Flat {rng.randint(101, 1504)}, {bld}", f"{rng.choice('ABCD')}-{rng.randint(1, 999)}, {bld}",
                            f"House No. {rng.randint(1, 400)}"])
    else:
        first = rng.choice([f"{rng.randint(1, 400)}/{rng.randint(1, 20)}", f"No. {rng.randint(1, 200)}", f"{rng.choice('ABCDEFGH')}-{rng.randint(1, 99)}"])
    if rng.random() < 0.5:
        return [f"{first}, {rng.choice(roads)}", f"{loc}, {c}", f"{stt} {pin}"]
    return [f"{first}, {rng.choice(roads)}, {loc}", f"{c}, {stt} - {pin}"]


def au(rng, unit=False, po=False):
    subs = [("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("St Kilda", "VIC", "3182"), ("Surry Hills", "NSW", "2010"),
            ("Newtown", "NSW", "2042"), ("Bondi Beach", "NSW", "2026"), ("Parramatta", "NSW", "2150"),
            ("Fortitude Valley", "QLD", "4006"), ("West End", "QLD", "4101"), ("Fremantle", "WA", "6160"),
            ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045"), ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005"),
            ("Braddon", "ACT", "2612"), ("Nightcliff", "NT", "0810")]
    streets = _l("George Street; King Street; Brunswick Street; Chapel Street; Beach Road; Railway Parade; Station Street; "
                 "Church Street; Glebe Point Road; Gertrude Street; Hay Street; The Parade; Lonsdale Street; Ocean Street")
    s, stt, pc = rng.choice(subs)
    last = f"{s} {stt} {pc}" if rng.random() < 0.7 else f"{s.upper()} {stt} {pc}"
    if po:
        return [f"{rng.choice(['PO Box', 'Locked Bag'])} {rng.randint(10, 999)}", last]
    n = rng.randint(1, 420)
    if unit:
        return [rng.choice([f"Unit {rng.randint(1, 40)}, {n} {rng.choice(streets)}", f"{rng.randint(1, 40)}/{n} {rng.choice(streets)}",
                            f"Apartment {rng.randint(101, 1208)}, {n} {rng.choice(streets)}"]), last]
    return [f"{n} {rng.choice(streets)}", last]


def br(rng, unit=False, po=False):
    cities = [("São Paulo", "SP", (1000, 5999), ["Consolação", "Pinheiros", "Vila Madalena", "Moema", "Bela Vista"]),
              ("Rio de Janeiro", "RJ", (20000, 23799), ["Copacabana", "Botafogo", "Tijuca", "Laranjeiras", "Leblon"]),
              ("Belo Horizonte", "MG", (30000, 31999), ["Savassi", "Funcionários", "Lourdes"]),
              ("Curitiba", "PR", (80000, 82999), ["Batel", "Água Verde", "Centro"]),
              ("Porto Alegre", "RS", (90000, 91999), ["Moinhos de Vento", "Cidade Baixa", "Menino Deus"]),
              ("Salvador", "BA", (40000, 42499), ["Barra", "Rio Vermelho", "Pituba"]),
              ("Recife", "PE", (50000, 52999), ["Boa Viagem", "Casa Forte", "Graças"]),
              ("Fortaleza", "CE", (60000, 61599), ["Meireles", "Aldeota"]),
              ("Brasília", "DF", (70000, 72799), ["Asa Sul", "Asa Norte"]), ("Florianópolis", "SC", (88000, 88099), ["Trindade", "Centro"])]
    streets = _l("Rua Augusta; Av. Paulista; Rua das Laranjeiras; Av. Atlântica; Rua XV de Novembro; Rua da Bahia; "
                 "Av. Boa Viagem; Rua dos Andradas; Rua Sete de Setembro; Rua Harmonia; Av. Sete de Setembro; Rua Padre Chagas")
    c, uf, r, bairros = rng.choice(cities)
    cep = f"{rng.randint(*r):05d}-{d(rng, 3)}"
    if po:
        return [f"Caixa Postal {rng.randint(100, 99999)}", f"{cep} {c} - {uf}"]
    line = f"{rng.choice(streets)}, {rng.randint(10, 3500)}"
    if unit:
        line += rng.choice([f", apto {rng.randint(11, 184)}", f", ap. {rng.randint(101, 1204)}, bloco {rng.choice('ABC')}", f" - casa {rng.randint(1, 5)}", f", sala {rng.randint(101, 1805)}"])
    b = rng.choice(bairros)
    if rng.random() < 0.5:
        return [line, f"{b}, {c} - {uf}", cep]
    return [f"{line} - {b}", f"{c} - {uf}, {cep}"]


def mx(rng, unit=False, po=False):
    cols = [("Ciudad de México", "CDMX", [("Roma Norte", "06700"), ("Condesa", "06140"), ("Del Valle Centro", "03100"),
                                          ("Polanco V Sección", "11560"), ("Coyoacán", "04000"), ("Narvarte Poniente", "03020")]),
            ("Guadalajara", "Jal.", [("Americana", "44160"), ("Providencia", "44630"), ("Centro", "44100")]),
            ("Monterrey", "N.L.", [("Centro", "64000"), ("Obispado", "64060")]),
            ("Puebla", "Pue.", [("Centro Histórico", "72000"), ("La Paz", "72160")]),
            ("Querétaro", "Qro.", [("Centro", "76000"), ("Jardines de la Hacienda", "76180")]),
            ("Mérida", "Yuc.", [("García Ginerés", "97070"), ("Centro", "97000")]),
            ("Oaxaca de Juárez", "Oax.", [("Centro", "68000"), ("Reforma", "68050")])]
    streets = _l("Av. Insurgentes Sur; Calle Morelos; Av. Juárez; Calle Hidalgo; Av. Álvaro Obregón; Calle Colima; "
                 "Calle Durango; Av. Revolución; Calle 5 de Mayo; Av. Chapultepec; Calle Tonalá; Av. Vallarta; Calle 60")
    c, est, cl = rng.choice(cols)
    col, cp = rng.choice(cl)
    if po:
        return [f"Apartado Postal {rng.randint(10, 9999)}", f"C.P. {cp}, {c}, {est}"]
    line = f"{rng.choice(streets)} {rng.randint(1, 2500)}"
    if unit:
        line += rng.choice([f", Int. {rng.randint(1, 504)}", f" Depto. {rng.randint(101, 1202)}", f", Piso {rng.randint(2, 12)}"])
    if rng.random() < 0.5:
        return [line, f"Col. {col}", f"{cp} {c}, {est}"]
    return [f"{line}, Col. {col}, C.P. {cp}, {c}, {est}"]


BUILDERS = {"US": us, "CA": ca, "GB": gb, "IE": ie, "DE": de, "AT": at, "CH": ch, "FR": fr, "BE": be, "NL": nl, "IT": it,
            "ES": es, "PT": pt, "PL": pl, "SE": se, "DK": dk, "NO": no, "FI": fi, "JP": jp, "IN": in_, "AU": au,
            "BR": br, "MX": mx}
COUNTRY_LOC = {"US": "en_US", "CA": "en_CA", "GB": "en_GB", "IE": "en_IE", "DE": "de_DE", "AT": "de_AT", "CH": "de_CH",
               "FR": "fr_FR", "BE": "nl_BE", "NL": "nl_NL", "IT": "it_IT", "ES": "es_ES", "PT": "pt_PT", "PL": "pl_PL",
               "SE": "sv_SE", "DK": "da_DK", "NO": "nb_NO", "FI": "fi_FI", "JP": "ja_JP", "IN": "en_IN", "AU": "en_AU",
               "BR": "pt_BR", "MX": "es_MX"}
COUNTRY_NAME = {"US": "USA", "CA": "Canada", "GB": "United Kingdom", "IE": "Ireland", "DE": "Deutschland",
                "AT": "Österreich", "CH": "Schweiz", "FR": "France", "BE": "België", "NL": "Nederland", "IT": "Italia",
                "ES": "España", "PT": "Portugal", "PL": "Polska", "SE": "Sverige", "DK": "Danmark", "NO": "Norge",
                "FI": "Suomi", "JP": "日本", "IN": "India", "AU": "Australia", "BR": "Brasil", "MX": "México"}


def address(rng, cc, unit=None, po=False, **kw):
    unit = rng.random() < 0.35 if unit is None else unit
    return BUILDERS[cc](rng, unit=unit, po=po, **kw)


# ------------------------------------------------------------------------------------------ decoy lists
STREET_REFS = _l("Oxford Street; Champs-Élysées; Kurfürstendamm; La Rambla; Nevsky Prospekt; Via del Corso; Fifth Avenue; "
                 "Bahnhofstrasse; Strøget; Drottninggatan; Karl Johans gate; Avenida Paulista; Paseo de la Reforma; "
                 "Grafton Street; Princes Street; Gran Vía; Las Ramblas; Rua Augusta; Nowy Świat; Damrak; Mariahilfer Straße; "
                 "Broadway; Abbey Road; Carnaby Street; Esplanadi; Omotesando; Nanjing Road; Lombard Street; Bourbon Street; "
                 "Orchard Road; George Street; Haight Street; Temple Bar")
PLACES = _l("Victoria; Charlotte; Florence; Adelaide; Regina; Alexandria; San Francisco; São Paulo; Santiago; Georgetown; "
            "Lincoln; Madison; Houston; St. Louis; Austin; Jackson; Eugene; Lourdes; Santa Monica; Sofia; Valencia; "
            "Victoria Station; Lake Louise; Mount Elbrus; Montréal; Lisbon; Kyoto; Gdańsk; Bergen; Reykjavík; Cusco")
COMPANIES_AFTER_PEOPLE = _l("Ford; Ferrari; Porsche; Siemens; Philips; Dell; Boeing; Disney; McDonald's; Heineken; Bosch; "
                            "Michelin; Peugeot; Honda; Chanel; Dior; Gucci; Prada; Armani; Hermès; Cadbury; Kellogg's; "
                            "Hilton; Marriott; Ben & Jerry's; Johnson & Johnson; Goldman Sachs; Lamborghini; Tesla; Carlsberg; "
                            "Braun; Miele; Adidas; Suzuki; Yamaha; Toyota; Renault; Citroën; Chevrolet; Dyson; Ducati; Nestlé; "
                            "Lidl; Barilla; Louis Vuitton; Bugatti; Maserati; Kikkoman")
PRODUCTS = _l("Alexa; Siri; Cortana; ChatGPT; Claude; Gemini; iPhone 15; Galaxy S24; ThinkPad X1 Carbon; PlayStation 5; "
              "Kindle Paperwhite; Model Y; Corolla; Thermomix TM6; Roomba; Apple Watch; AirPods Pro; Pixel 8; Surface Pro; "
              "Nespresso Vertuo; Jira; Slack; Figma; Notion; Excel; Photoshop; Copilot; Bixby")
PUBLIC_FIGURES = _l("Albert Einstein; Marie Curie; Frida Kahlo; Nelson Mandela; Ada Lovelace; William Shakespeare; "
                    "Wolfgang Amadeus Mozart; Mahatma Gandhi; Pelé; Leonardo da Vinci; Isaac Newton; Cleopatra; "
                    "Napoleon Bonaparte; Simón Bolívar; Johann Sebastian Bach; Rosa Parks; Martin Luther King Jr.; "
                    "Queen Elizabeth II; Winston Churchill; Abraham Lincoln; Joan of Arc; Galileo Galilei; Nikola Tesla; "
                    "Charles Darwin; Florence Nightingale; Vincent van Gogh; Pablo Picasso; Fyodor Dostoevsky; "
                    "Gabriel García Márquez; Wangari Maathai; Confucius; Murasaki Shikibu; Ibn Battuta; Sun Yat-sen; "
                    "Rabindranath Tagore; Amália Rodrigues; Greta Garbo; Alan Turing; Grace Hopper; Mark Twain")
FICTION = _l("Harry Potter; Hermione Granger; Sherlock Holmes; Elizabeth Bennet; Mr. Darcy; Anna Karenina; Don Quixote; "
             "Frodo Baggins; Atticus Finch; Jay Gatsby; Katniss Everdeen; Pippi Longstocking; Tintin; Captain Haddock; "
             "Astérix; Obélix; Hercule Poirot; Miss Marple; Jane Eyre; Heathcliff; Holden Caulfield; Bilbo Baggins; "
             "Gandalf; Huckleberry Finn; Scarlett O'Hara; Dorian Gray; Emma Woodhouse; Winnie-the-Pooh; Moomintroll; "
             "Naruto Uzumaki; Totoro; Aureliano Buendía; Raskolnikov; Madame Bovary; Jean Valjean; Cosette; Lisbeth Salander; "
             "Bridget Jones; Walter White; Jon Snow; Daenerys Targaryen; Tony Soprano; Homer Simpson")
TEAMS = _l("Real Madrid; FC Barcelona; Manchester United; Bayern München; Boca Juniors; Juventus; Ajax; Benfica; "
           "Galatasaray; Celtic; Paris Saint-Germain; Borussia Dortmund; Los Angeles Lakers; Boston Celtics; "
           "New York Yankees; All Blacks; Flamengo; Club América; Kashima Antlers; Rapid Wien; FC Copenhagen; Rosenborg; "
           "Malmö FF; HJK Helsinki; Legia Warszawa; AS Roma; Olympique de Marseille; Sevilla FC; Feyenoord; Porto")
