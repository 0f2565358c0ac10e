"""Addresses and phone numbers in local formats (hand-written for this corpus).

address(rng, country, lang) -> (lines, sep): the lines of one postal address
(street line through postcode/city) and the separator used when the caller
writes it on one line.
phone(rng, country) -> a phone number as people write it.
"""

from names import S, split_pair


def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ND(rng, n):
    return rng.choice("123456789") + D(rng, n - 1)


def P(rng, items):
    return rng.choice(items)


# --------------------------------------------------------------------------- US
US_STREETS = S("Maple; Oak; Pine; Cedar; Elm; Washington; Lake; Hill; Sunset; Park; Main; Highland; Franklin; "
               "Jefferson; Lincoln; Madison; Church; Spring; Ridge; Willow; Chestnut; Walnut; Magnolia; Peachtree; "
               "Martin Luther King Jr; Mission; Valencia; Broadway; Old Mill; Prospect; Riverside; Cherry Blossom; "
               "Dogwood; Hickory; Laurel Canyon; Juniper")
US_SUFFIX = S("St; Street; Ave; Avenue; Blvd; Rd; Road; Dr; Drive; Ln; Lane; Ct; Way; Pl; Ter; Cir; Pkwy")
US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
             ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("Atlanta", "GA", "303"), ("Brooklyn", "NY", "112"),
             ("San Jose", "CA", "951"), ("Oakland", "CA", "946"), ("Seattle", "WA", "981"), ("Boston", "MA", "021"),
             ("Chicago", "IL", "606"), ("Phoenix", "AZ", "850"), ("Nashville", "TN", "372"), ("Raleigh", "NC", "276"),
             ("Madison", "WI", "537"), ("Tampa", "FL", "336"), ("Minneapolis", "MN", "554"), ("Omaha", "NE", "681"),
             ("Albuquerque", "NM", "871"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"),
             ("Burlington", "VT", "054"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"),
             ("Kansas City", "MO", "641"), ("Salt Lake City", "UT", "841"), ("Pittsburgh", "PA", "152"),
             ("Richmond", "VA", "232"), ("Louisville", "KY", "402"), ("El Paso", "TX", "799"),
             ("Jersey City", "NJ", "073")]


def addr_US(rng, lang):
    city, st, z3 = P(rng, US_CITIES)
    z = z3 + D(rng, 2) + (("-" + D(rng, 4)) if rng.random() < 0.2 else "")
    if rng.random() < 0.1:
        return ["PO Box %s" % ND(rng, rng.choice([3, 4, 5])), "%s, %s %s" % (city, st, z)], ", "
    dirn = (P(rng, ["N ", "S ", "E ", "W ", "NW ", "SE "]) if rng.random() < 0.2 else "")
    street = "%s %s%s %s" % (ND(rng, rng.choice([2, 3, 4, 5])), dirn, P(rng, US_STREETS), P(rng, US_SUFFIX))
    lines = [street]
    r = rng.random()
    unit = None
    if r < 0.35:
        unit = P(rng, ["Apt %s" % (ND(rng, 1) + P(rng, "ABCDEF")), "Apt. %s" % ND(rng, 3), "Suite %s" % ND(rng, 3),
                       "Unit %s" % ND(rng, 2), "#%s" % ND(rng, 3), "Apartment %s" % ND(rng, 2)])
        if rng.random() < 0.5:
            lines[0] += ", " + unit
        else:
            lines.append(unit)
    lines.append("%s, %s %s" % (city, st, z))
    return lines, ", "


# --------------------------------------------------------------------------- CA
CA_CITIES = [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"), ("Québec", "QC", "G"),
             ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"), ("Edmonton", "AB", "T"), ("Winnipeg", "MB", "R"),
             ("Halifax", "NS", "B"), ("St. John's", "NL", "A"), ("Regina", "SK", "S"), ("Victoria", "BC", "V"),
             ("Gatineau", "QC", "J"), ("Sherbrooke", "QC", "J")]
CA_STREETS_EN = S("Bloor St W; Yonge St; Jasper Ave NW; Granville St; Portage Ave; Barrington St; Rideau St; "
                  "Queen St E; Dundas St W; Kingsway; Whyte Ave; Spring Garden Rd; Elgin St; Danforth Ave")
CA_STREETS_FR = S("rue Sainte-Catherine Ouest; boulevard Saint-Laurent; avenue du Parc; rue Sherbrooke Est; "
                  "rue Saint-Denis; chemin de la Côte-des-Neiges; avenue Cartier; rue Wellington Nord")
CA_L = "ABCEGHJKLMNPRSTVXY"
CA_L2 = "ABCEGHJKLMNPRSTVWXYZ"


def ca_postal(rng, first):
    return "%s%s%s %s%s%s" % (first, D(rng, 1), rng.choice(CA_L2), D(rng, 1), rng.choice(CA_L2), D(rng, 1))


def addr_CA(rng, lang):
    city, prov, first = P(rng, CA_CITIES)
    pc = ca_postal(rng, first)
    num = ND(rng, rng.choice([2, 3, 4]))
    if prov == "QC" and (lang == "fr" or rng.random() < 0.5):
        street = "%s, %s" % (num, P(rng, CA_STREETS_FR))
        lines = [street]
        if rng.random() < 0.4:
            lines.insert(0, P(rng, ["app. %s" % ND(rng, 3), "bureau %s" % ND(rng, 3)]))
        prov_full = {"QC": "Québec"}[prov]
        lines.append("%s (%s)  %s" % (city, prov_full, pc) if rng.random() < 0.5 else "%s QC %s" % (city, pc))
        return lines, ", "
    street = "%s %s" % (num, P(rng, CA_STREETS_EN))
    r = rng.random()
    if r < 0.25:
        street = "%s-%s" % (ND(rng, 4), street)  # unit-civic style: 1203-55 Bloor St W
    elif r < 0.45:
        street = "Unit %s, %s" % (ND(rng, 3), street)
    elif r < 0.5:
        return ["PO Box %s, Stn Main" % ND(rng, 4), "%s %s  %s" % (city, prov, pc)], ", "
    return [street, "%s %s  %s" % (city, prov, pc) if rng.random() < 0.3 else "%s, %s %s" % (city, prov, pc)], ", "


# --------------------------------------------------------------------------- UK
UK_STREETS = S("Albert Road; Victoria Street; High Street; Church Lane; Station Road; Kings Road; Mill Lane; "
               "Park Avenue; Queen's Crescent; Grove Terrace; Elm Close; Orchard Way; Manor Drive; The Green; "
               "Windsor Gardens; Beech Mews; Cavendish Place; Priory Walk; Marlborough Hill; St Mary's Row; "
               "Coronation Street; Cathcart Road; Otley Road; Whitehall Crescent")
UK_CITIES = [("London", ["SW", "SE", "N", "NW", "E", "W"]), ("Manchester", ["M"]), ("Leeds", ["LS"]),
             ("Birmingham", ["B"]), ("Glasgow", ["G"]), ("Edinburgh", ["EH"]), ("Bristol", ["BS"]),
             ("Cardiff", ["CF"]), ("Liverpool", ["L"]), ("Belfast", ["BT"]), ("Sheffield", ["S"]),
             ("Nottingham", ["NG"]), ("Brighton", ["BN"]), ("Oxford", ["OX"]), ("Cambridge", ["CB"]), ("York", ["YO"]),
             ("Bath", ["BA"]), ("Norwich", ["NR"]), ("Aberdeen", ["AB"]), ("Swansea", ["SA"])]
UK_LOCALITY = S("Headingley; Didsbury; Clifton; Jesmond; Roath; Morningside; Hyndland; Chorlton; Harborne; "
                "Kemptown; Jericho; Walthamstow; Peckham; Ealing")
UK_IN = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(rng, area):
    d = str(rng.randint(1, 20 if len(area) == 2 else 29))
    if rng.random() < 0.08 and len(d) == 1:
        d += rng.choice("ABEHMNPRVWXY")
    return "%s%s %s%s%s" % (area, d, D(rng, 1), rng.choice(UK_IN), rng.choice(UK_IN))


def addr_UK(rng, lang):
    city, areas = P(rng, UK_CITIES)
    pc = uk_postcode(rng, rng.choice(areas))
    lines = []
    r = rng.random()
    street = "%s %s" % (rng.randint(1, 240), P(rng, UK_STREETS))
    if r < 0.25:
        lines.append(P(rng, ["Flat %s" % rng.randint(1, 40), "Flat %s/%s" % (rng.randint(0, 4), rng.randint(1, 3)),
                             "Apartment %s" % rng.randint(1, 90), "Flat %s%s" % (rng.randint(1, 9), rng.choice("ABC"))]))
    elif r < 0.33:
        lines.append(P(rng, ["Rose Cottage", "The Old Rectory", "Ivy House", "2 Mill Cottages"]))
        street = P(rng, UK_STREETS)
    if rng.random() < 0.5 and lines and lines[0].startswith("Flat"):
        street = lines.pop() + ", " + street
    lines.append(street)
    if rng.random() < 0.35:
        lines.append(P(rng, UK_LOCALITY))
    city_s = city.upper() if rng.random() < 0.3 else city
    if rng.random() < 0.6:
        lines.append(city_s)
        lines.append(pc)
    else:
        lines.append("%s %s" % (city_s, pc))
    return lines, ", "


# --------------------------------------------------------------------------- IE
IE_STREETS = S("Griffith Avenue; Leeson Street Upper; Rathgar Road; Main Street; Shop Street; O'Connell Street; "
               "Barrack Street; Church Road; Strand Road; Ranelagh Road; College Road; Mary Street")
IE_DUBLIN = [("Drumcondra", "9", "D09"), ("Rathmines", "6", "D06"), ("Ranelagh", "6", "D06"), ("Phibsborough", "7", "D07"),
             ("Clontarf", "3", "D03"), ("Ballsbridge", "4", "D04"), ("Stoneybatter", "7", "D07"), ("Glasnevin", "11", "D11")]
IE_TOWNS = [("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"),
            ("Sligo", "F91"), ("Athlone", "N37"), ("Dundalk", "A91"), ("Killarney", "V93"), ("Tralee", "V92")]
IE_RURAL = [("Ballyduff", "Co. Waterford", "P51"), ("Dunmanway", "Co. Cork", "P47"), ("Clifden", "Co. Galway", "H71"),
            ("Dingle", "Co. Kerry", "V92"), ("Carrick-on-Shannon", "Co. Leitrim", "N41"), ("Bantry", "Co. Cork", "P75")]
EIR = "ACDEFHKNPRTVWXY0123456789"


def eircode(rng, key):
    return "%s %s" % (key, "".join(rng.choice(EIR) for _ in range(4)))


def addr_IE(rng, lang):
    r = rng.random()
    if r < 0.45:
        loc, dn, key = P(rng, IE_DUBLIN)
        lines = ["%s %s" % (rng.randint(1, 180), P(rng, IE_STREETS)), loc, "Dublin %s" % dn, eircode(rng, key)]
        if rng.random() < 0.3:
            lines.insert(0, "Apartment %s" % rng.randint(1, 60))
        if rng.random() < 0.5:
            lines[-2] = lines[-2] + " " + lines.pop()
        return lines, ", "
    if r < 0.75:
        town, key = P(rng, IE_TOWNS)
        return ["%s %s" % (rng.randint(1, 120), P(rng, IE_STREETS)), town, eircode(rng, key)], ", "
    vill, county, key = P(rng, IE_RURAL)
    return [P(rng, ["Knockanore", "Gortnaclohy", "Ballinrooey", "Coolnagoppoge", "Derrynane Upper"]), vill, county,
            eircode(rng, key)], ", "


# --------------------------------------------------------------------------- DE / AT / CH
DE_STREETS = S("Hauptstraße; Schulstraße; Gartenstraße; Bahnhofstraße; Dorfstraße; Bergstraße; Lindenstraße; "
               "Birkenweg; Am Markt; Goethestraße; Schillerplatz; Friedrichstraße; Kastanienallee; Karl-Marx-Allee; "
               "Münchner Str.; Kölner Straße; Im Winkel; Wilhelm-Leuschner-Str.; Rosenheimer Platz; Ostertorsteinweg")
DE_CITIES = [("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
             ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Düsseldorf", 40210, 40629),
             ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328), ("Hannover", 30159, 30669), ("Nürnberg", 90402, 90491),
             ("Bremen", 28195, 28779), ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167)]


def addr_DE(rng, lang):
    city, a, b = P(rng, DE_CITIES)
    plz = "%05d" % rng.randint(a, b)
    num = str(rng.randint(1, 160)) + (rng.choice("abc") if rng.random() < 0.15 else "")
    street = "%s %s" % (P(rng, DE_STREETS), num)
    lines = [street]
    if rng.random() < 0.25:
        extra = P(rng, ["3. OG links", "Hinterhaus", "App. %s" % rng.randint(1, 40), "2. Etage", "Seitenflügel, 4. OG"])
        if rng.random() < 0.5:
            lines[0] += ", " + extra
        else:
            lines.append(extra)
    if rng.random() < 0.06:
        lines = ["Postfach %s" % ND(rng, 5)]
    lines.append("%s %s" % (plz, city))
    return lines, ", "


AT_STREETS = S("Mariahilfer Straße; Landstraßer Hauptstraße; Favoritenstraße; Praterstraße; Neubaugasse; "
               "Herrengasse; Annenstraße; Getreidegasse; Maria-Theresien-Straße; Landstraße; Linzer Gasse")
AT_CITIES = [("Graz", "80%d0", 1, 5), ("Linz", "40%d0", 2, 4), ("Salzburg", "50%d0", 2, 2), ("Innsbruck", "60%d0", 2, 2),
             ("Klagenfurt am Wörthersee", "90%d0", 2, 2)]


def addr_AT(rng, lang):
    street = P(rng, AT_STREETS)
    n = rng.randint(1, 140)
    r = rng.random()
    if r < 0.4:
        num = "%d/%d/%d" % (n, rng.randint(1, 6), rng.randint(1, 30))
    elif r < 0.6:
        num = "%d/Top %d" % (n, rng.randint(1, 25))
    else:
        num = str(n)
    if rng.random() < 0.5:
        plz = "1%02d0" % rng.randint(1, 23)
        city = "Wien"
    else:
        city, pat, a, b = P(rng, AT_CITIES)
        plz = pat % rng.randint(a, b)
    return ["%s %s" % (street, num), "%s %s" % (plz, city)], ", "


CH_ADDR = [("Bahnhofstrasse", "8001", "Zürich"), ("Seefeldstrasse", "8008", "Zürich"), ("Langstrasse", "8004", "Zürich"),
           ("Marktgasse", "3011", "Bern"), ("Spalenberg", "4051", "Basel"), ("Rue du Rhône", "1204", "Genève"),
           ("Avenue de la Gare", "1003", "Lausanne"), ("Via Nassa", "6900", "Lugano"), ("Pilatusstrasse", "6003", "Luzern"),
           ("Multergasse", "9000", "St. Gallen"), ("Technikumstrasse", "8400", "Winterthur"),
           ("Rue de Lausanne", "1700", "Fribourg")]


def addr_CH(rng, lang):
    st, plz, city = P(rng, CH_ADDR)
    lines = ["%s %d" % (st, rng.randint(1, 120))]
    if rng.random() < 0.15:
        lines.append("Postfach %s" % ND(rng, 4))
    plz_s = ("CH-" + plz) if rng.random() < 0.2 else plz
    lines.append("%s %s" % (plz_s, city))
    return lines, ", "


# --------------------------------------------------------------------------- FR / BE
FR_STREETS = S("rue de la République; avenue Jean Jaurès; boulevard Voltaire; place Bellecour; "
               "rue du Faubourg Saint-Antoine; rue des Lilas; allée des Tilleuls; chemin des Vignes; impasse du Moulin; "
               "quai de la Tournelle; rue Nationale; cours Mirabeau; rue de Paris; avenue des Champs; rue Sainte-Catherine")
FR_CITIES = [("Paris", lambda r: "750%02d" % r.randint(1, 20)), ("Lyon", lambda r: "6900%d" % r.randint(1, 9)),
             ("Marseille", lambda r: "130%02d" % r.randint(1, 16)), ("Toulouse", lambda r: "31000"),
             ("Nice", lambda r: "06000"), ("Nantes", lambda r: "44000"), ("Strasbourg", lambda r: "67000"),
             ("Montpellier", lambda r: "34000"), ("Bordeaux", lambda r: "33000"), ("Lille", lambda r: "59000"),
             ("Rennes", lambda r: "35000"), ("Dijon", lambda r: "21000"), ("Boulogne-Billancourt", lambda r: "92100"),
             ("Aix-en-Provence", lambda r: "13100")]


def addr_FR(rng, lang):
    city, pcf = P(rng, FR_CITIES)
    n = str(rng.randint(1, 180))
    if rng.random() < 0.12:
        n += P(rng, [" bis", " ter", "bis"])
    street = "%s%s %s" % (n, "," if rng.random() < 0.2 else "", P(rng, FR_STREETS))
    lines = []
    if rng.random() < 0.3:
        lines.append(P(rng, ["Appt %d, Bât. %s" % (rng.randint(1, 60), rng.choice("ABCD")), "Résidence Les Pins",
                             "Escalier %s, 3e étage" % rng.choice("ABC"), "Chez M. et Mme"]))
        if lines[0].startswith("Chez"):
            lines = []
    lines.append(street)
    if rng.random() < 0.05:
        lines = ["BP %d" % rng.randint(10, 999)]
    cs = city.upper() if rng.random() < 0.35 else city
    lines.append("%s %s" % (pcf(rng), cs))
    return lines, ", "


BE_ADDR = [("Rue Royale", "1000", "Bruxelles"), ("Avenue Louise", "1050", "Ixelles"), ("Meir", "2000", "Antwerpen"),
           ("Korenmarkt", "9000", "Gent"), ("Rue Saint-Gilles", "4000", "Liège"), ("Bondgenotenlaan", "3000", "Leuven"),
           ("Steenstraat", "8000", "Brugge"), ("Chaussée de Waterloo", "1180", "Uccle"),
           ("Rue de Fer", "5000", "Namur"), ("Grote Steenweg", "2600", "Berchem")]


def addr_BE(rng, lang):
    st, pc, city = P(rng, BE_ADDR)
    n = str(rng.randint(1, 300))
    if rng.random() < 0.35:
        n += P(rng, [" bte %d" % rng.randint(1, 20), " bus %d" % rng.randint(1, 20), "/%d" % rng.randint(1, 12)])
    return ["%s %s" % (st, n), "%s %s" % (pc, city)], ", "


# --------------------------------------------------------------------------- NL
NL_STREETS = S("Keizersgracht; Prinsengracht; Kalverstraat; Oudegracht; Coolsingel; Lange Voorhout; Dorpsstraat; "
               "Kerkstraat; Vismarkt; Herengracht; Stationsweg; Molenstraat; Vondelstraat; Witte de Withstraat")
NL_CITIES = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Den Haag", 2491, 2597), ("Utrecht", 3511, 3585),
             ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Leiden", 2311, 2334), ("Haarlem", 2011, 2037),
             ("Maastricht", 6211, 6229), ("Nijmegen", 6511, 6546), ("'s-Hertogenbosch", 5211, 5237)]


def nl_pc(rng, a, b):
    while True:
        l = rng.choice("ABCDEFGHJKLMNPRTVWXZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            break
    return "%d %s" % (rng.randint(a, b), l)


def addr_NL(rng, lang):
    city, a, b = P(rng, NL_CITIES)
    n = str(rng.randint(1, 400))
    if rng.random() < 0.3:
        n += P(rng, ["-II", "-III", "-hs", "A", "B", " bis", "-1"])
    pc = nl_pc(rng, a, b)
    city_line = "%s  %s" % (pc, city.upper()) if rng.random() < 0.25 else "%s %s" % (pc, city)
    return ["%s %s" % (P(rng, NL_STREETS), n), city_line], ", "


# --------------------------------------------------------------------------- IT / ES / PT
IT_STREETS = S("Via Roma; Corso Vittorio Emanuele II; Piazza Navona; Via Garibaldi; Viale Europa; Via dei Mille; "
               "Largo Augusto; Vicolo del Cinque; Via della Spiga; Corso Buenos Aires; Via Toledo; Via Etnea")
IT_CITIES = [("20121", "Milano", "MI"), ("00186", "Roma", "RM"), ("80132", "Napoli", "NA"), ("10121", "Torino", "TO"),
             ("40121", "Bologna", "BO"), ("50122", "Firenze", "FI"), ("90133", "Palermo", "PA"), ("30121", "Venezia", "VE"),
             ("16121", "Genova", "GE"), ("70121", "Bari", "BA"), ("95124", "Catania", "CT"), ("37121", "Verona", "VR")]


def addr_IT(rng, lang):
    cap, city, prov = P(rng, IT_CITIES)
    street = "%s%s %d" % (P(rng, IT_STREETS), "," if rng.random() < 0.4 else "", rng.randint(1, 200))
    lines = [street]
    if rng.random() < 0.3:
        lines[0] += ", " + P(rng, ["int. %d" % rng.randint(1, 30), "scala %s" % rng.choice("ABC"),
                                   "piano %d" % rng.randint(1, 8), "scala B, int. %d" % rng.randint(1, 20)])
    lines.append(P(rng, ["%s %s %s" % (cap, city, prov), "%s %s (%s)" % (cap, city, prov), "%s - %s" % (cap, city)]))
    return lines, ", "


ES_STREETS = S("Calle Mayor; C/ de Balmes; Avda. de la Constitución; Paseo de la Castellana; Plaza de España; "
               "Gran Vía; Carrer de Mallorca; Calle Sierpes; Rúa do Franco; Calle de Alcalá; Av. Diagonal; "
               "Calle Larios; Calle Colón; Ronda de Sant Pere")
ES_CITIES = [("28013", "Madrid"), ("28046", "Madrid"), ("08008", "Barcelona"), ("41004", "Sevilla"),
             ("46002", "Valencia"), ("48001", "Bilbao"), ("29015", "Málaga"), ("50001", "Zaragoza"),
             ("15704", "Santiago de Compostela"), ("18009", "Granada"), ("07001", "Palma"), ("33003", "Oviedo")]


def addr_ES(rng, lang):
    cp, city = P(rng, ES_CITIES)
    st = P(rng, ES_STREETS)
    n = rng.randint(1, 250)
    piso = P(rng, ["%dº %dª" % (rng.randint(1, 9), rng.randint(1, 4)), "%dº %s" % (rng.randint(1, 9), rng.choice("ABCD")),
                   "%dº izq." % rng.randint(1, 9), "%dº dcha." % rng.randint(1, 9), "bajo", "ático %dª" % rng.randint(1, 2),
                   "esc. B, %dº %dª" % (rng.randint(1, 7), rng.randint(1, 4))])
    if rng.random() < 0.75:
        first = "%s, %d, %s" % (st, n, piso) if rng.random() < 0.4 else "%s %d, %s" % (st, n, piso)
    else:
        first = "%s %d" % (st, n)
    last = "%s %s" % (cp, city)
    if rng.random() < 0.2:
        last += " (%s)" % city
    return [first, last], ", "


PT_STREETS = S("Rua Augusta; Avenida da Liberdade; Rua de Santa Catarina; Travessa do Carmo; Praça do Comércio; "
               "Rua Mouzinho da Silveira; Rua do Ouro; Avenida dos Aliados; Rua da Sofia; Rua Direita")
PT_CITIES = [("1100", "Lisboa"), ("1250", "Lisboa"), ("1200", "Lisboa"), ("4000", "Porto"), ("4050", "Porto"),
             ("3000", "Coimbra"), ("4700", "Braga"), ("8000", "Faro"), ("2750", "Cascais"), ("3800", "Aveiro")]


def addr_PT(rng, lang):
    a, city = P(rng, PT_CITIES)
    cp = "%s-%s" % (a, D(rng, 3))
    first = "%s, %d" % (P(rng, PT_STREETS), rng.randint(1, 400)) if rng.random() < 0.5 else "%s %d" % (P(rng, PT_STREETS), rng.randint(1, 400))
    if rng.random() < 0.55:
        first += ", " + P(rng, ["%dº Esq." % rng.randint(1, 8), "%dº Dto." % rng.randint(1, 8), "r/c", "%dº" % rng.randint(1, 8),
                               "%dº Frente" % rng.randint(1, 8)])
    return [first, "%s %s" % (cp, city)], ", "


# --------------------------------------------------------------------------- PL / CZ
PL_STREETS = S("ul. Marszałkowska; ul. Długa; al. Jerozolimskie; ul. Floriańska; os. Tysiąclecia; pl. Grunwaldzki; "
               "ul. Piotrkowska; ul. Świętojańska; ul. Zielona; ul. Mickiewicza; ul. Kościuszki; ul. Lipowa")
PL_CITIES = [("00-%03d", "Warszawa"), ("02-%03d", "Warszawa"), ("31-%03d", "Kraków"), ("80-%03d", "Gdańsk"),
             ("50-%03d", "Wrocław"), ("61-%03d", "Poznań"), ("90-%03d", "Łódź"), ("20-%03d", "Lublin"),
             ("40-%03d", "Katowice"), ("81-%03d", "Gdynia")]


def addr_PL(rng, lang):
    pat, city = P(rng, PL_CITIES)
    n = rng.randint(1, 180)
    r = rng.random()
    if r < 0.4:
        num = "%d/%d" % (n, rng.randint(1, 80))
    elif r < 0.55:
        num = "%d m. %d" % (n, rng.randint(1, 80))
    else:
        num = str(n) + (rng.choice("ABC") if rng.random() < 0.15 else "")
    return ["%s %s" % (P(rng, PL_STREETS), num), "%s %s" % (pat % rng.randint(1, 999), city)], ", "


CZ_ADDR = [("Vinohradská", "130 00", "Praha 3"), ("Husova", "110 00", "Praha 1"), ("Náměstí Svobody", "602 00", "Brno"),
           ("Masarykova", "301 00", "Plzeň"), ("Korunní", "120 00", "Praha 2"), ("Nádražní", "702 00", "Ostrava"),
           ("Palackého", "779 00", "Olomouc"), ("Dukelská", "370 01", "České Budějovice")]


def addr_CZ(rng, lang):
    st, pc, city = P(rng, CZ_ADDR)
    n = "%d/%d" % (rng.randint(100, 2999), rng.randint(1, 250)) if rng.random() < 0.6 else str(rng.randint(1, 90))
    return ["%s %s" % (st, n), "%s %s" % (pc, city)], ", "


# --------------------------------------------------------------------------- Nordics
SE_STREETS = S("Drottninggatan; Storgatan; Kungsgatan; Vasagatan; Sveavägen; Östra Hamngatan; Linnégatan; "
               "Götgatan; Södra Förstadsgatan; Järntorget")
SE_CITIES = [("111", "Stockholm"), ("113", "Stockholm"), ("116", "Stockholm"), ("411", "Göteborg"), ("413", "Göteborg"),
             ("211", "Malmö"), ("753", "Uppsala"), ("702", "Örebro"), ("581", "Linköping"), ("903", "Umeå")]


def addr_SE(rng, lang):
    a, city = P(rng, SE_CITIES)
    pc = "%s %s" % (a, D(rng, 2))
    first = "%s %d%s" % (P(rng, SE_STREETS), rng.randint(1, 90), rng.choice(["", "", " B", "A"]))
    lines = [first]
    if rng.random() < 0.35:
        lines[0] += ", " + P(rng, ["lgh %d" % rng.randint(1001, 1604), "%d tr" % rng.randint(1, 6)])
    if rng.random() < 0.07:
        lines = ["Box %d" % rng.randint(10, 9999)]
    lines.append("%s %s" % (pc, city))
    return lines, ", "


DK_STREETS = S("Nørrebrogade; Vesterbrogade; Strøget; Østergade; Jagtvej; Åboulevarden; Frederiksberg Allé; "
               "Istedgade; Vestergade; Amagerbrogade")
DK_CITIES = [("2200", "København N"), ("1620", "København V"), ("2100", "København Ø"), ("2300", "København S"),
             ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("1850", "Frederiksberg C")]


def addr_DK(rng, lang):
    pc, city = P(rng, DK_CITIES)
    first = "%s %d" % (P(rng, DK_STREETS), rng.randint(1, 200))
    if rng.random() < 0.6:
        first += ", " + P(rng, ["%d. tv" % rng.randint(1, 5), "st. th.", "%d. sal" % rng.randint(1, 4),
                               "%d. mf." % rng.randint(1, 5), "%d. th" % rng.randint(1, 5)])
    return [first, "%s %s" % (pc, city)], ", "


NO_STREETS = S("Karl Johans gate; Storgata; Bogstadveien; Thorvald Meyers gate; Kongens gate; Markveien; "
               "Grensen; Olav Tryggvasons gate; Strandgaten; Kirkegata")
NO_CITIES = [("0159", "Oslo"), ("0551", "Oslo"), ("0355", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"),
             ("4006", "Stavanger"), ("9008", "Tromsø"), ("4612", "Kristiansand")]


def addr_NO(rng, lang):
    pc, city = P(rng, NO_CITIES)
    first = "%s %d%s" % (P(rng, NO_STREETS), rng.randint(1, 120), rng.choice(["", "", "B", " A"]))
    if rng.random() < 0.35:
        first += " H%02d%02d" % (rng.randint(1, 6), rng.randint(1, 8))
    if rng.random() < 0.07:
        return ["Postboks %d Sentrum" % rng.randint(100, 9999), "%s %s" % (pc, city.upper())], ", "
    return [first, "%s %s" % (pc, city)], ", "


FI_STREETS = S("Mannerheimintie; Aleksanterinkatu; Hämeenkatu; Puistokatu; Kauppakatu; Fredrikinkatu; "
               "Hämeentie; Yliopistonkatu; Isokatu; Kirkkokatu")
FI_CITIES = [("00100", "Helsinki"), ("00530", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"), ("90100", "Oulu"),
             ("40100", "Jyväskylä"), ("02150", "Espoo"), ("70100", "Kuopio")]


def addr_FI(rng, lang):
    pc, city = P(rng, FI_CITIES)
    first = "%s %d" % (P(rng, FI_STREETS), rng.randint(1, 90))
    r = rng.random()
    if r < 0.5:
        first += " %s %d" % (rng.choice("ABCD"), rng.randint(1, 60))
    elif r < 0.6:
        first += " as. %d" % rng.randint(1, 40)
    return [first, "%s %s" % (pc, city.upper() if rng.random() < 0.3 else city)], ", "


# --------------------------------------------------------------------------- JP / CN / KR
JP_PLACES = [("東京都渋谷区神南", "Jinnan, Shibuya-ku, Tokyo", "150-0041"),
             ("東京都新宿区西新宿", "Nishi-Shinjuku, Shinjuku-ku, Tokyo", "160-0023"),
             ("東京都世田谷区三軒茶屋", "Sangenjaya, Setagaya-ku, Tokyo", "154-0024"),
             ("大阪府大阪市北区梅田", "Umeda, Kita-ku, Osaka-shi, Osaka", "530-0001"),
             ("神奈川県横浜市中区山下町", "Yamashitacho, Naka-ku, Yokohama-shi, Kanagawa", "231-0023"),
             ("愛知県名古屋市中区栄", "Sakae, Naka-ku, Nagoya-shi, Aichi", "460-0008"),
             ("福岡県福岡市博多区博多駅前", "Hakataekimae, Hakata-ku, Fukuoka-shi, Fukuoka", "812-0011"),
             ("北海道札幌市中央区北一条西", "Kita-ichijo-nishi, Chuo-ku, Sapporo-shi, Hokkaido", "060-0001"),
             ("兵庫県神戸市中央区三宮町", "Sannomiyacho, Chuo-ku, Kobe-shi, Hyogo", "650-0021"),
             ("京都府京都市左京区下鴨", "Shimogamo, Sakyo-ku, Kyoto-shi, Kyoto", "606-0801")]
JP_BLDG = [("パークハイツ", "Park Heights"), ("メゾン青葉", "Maison Aoba"), ("グランドメゾン", "Grand Maison"),
           ("サンライズマンション", "Sunrise Mansion"), ("レジデンス桜", "Residence Sakura"), ("コーポみどり", "Corp Midori")]
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def addr_JP(rng, lang):
    nat, lat, zipc = P(rng, JP_PLACES)
    chome, ban, go = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
    bn, bl = P(rng, JP_BLDG)
    room = rng.randint(101, 1208)
    has_b = rng.random() < 0.6
    if lang == "ja":
        if rng.random() < 0.5:
            blk = "%d丁目%d-%d" % (chome, ban, go)
        else:
            blk = "%d-%d-%d" % (chome, ban, go)
            if rng.random() < 0.3:
                blk = blk.translate(FW)
        line = nat + blk + ((" " + bn + "%d号室" % room) if has_b else "")
        if rng.random() < 0.5:
            return ["〒" + zipc, line], " "
        return ["〒%s %s" % (zipc, line)], " "
    first = ("%s %d, " % (bl, room) if has_b else "") + "%d-%d-%d %s" % (chome, ban, go, lat)
    return [first, zipc], " " if rng.random() < 0.5 else ", "


CN_PLACES = [("北京市", "朝阳区", "建国路", "Beijing", "Chaoyang District", "Jianguo Road", "100022"),
             ("上海市", "浦东新区", "世纪大道", "Shanghai", "Pudong New Area", "Century Avenue", "200120"),
             ("广东省广州市", "天河区", "天河路", "Guangzhou, Guangdong", "Tianhe District", "Tianhe Road", "510620"),
             ("广东省深圳市", "南山区", "科技南路", "Shenzhen, Guangdong", "Nanshan District", "Keji South Road", "518057"),
             ("浙江省杭州市", "西湖区", "文三路", "Hangzhou, Zhejiang", "Xihu District", "Wensan Road", "310012"),
             ("四川省成都市", "武侯区", "人民南路", "Chengdu, Sichuan", "Wuhou District", "Renmin South Road", "610041"),
             ("江苏省南京市", "鼓楼区", "中山北路", "Nanjing, Jiangsu", "Gulou District", "Zhongshan North Road", "210008")]


def addr_CN(rng, lang):
    c, d, s, cl, dl, sl, pc = P(rng, CN_PLACES)
    n, bld, room = rng.randint(1, 999), rng.randint(1, 12), "%d%02d" % (rng.randint(1, 30), rng.randint(1, 12))
    if lang == "zh":
        line = "%s%s%s%d号%s号楼%s室" % (c, d, s, n, bld, room)
        if rng.random() < 0.5:
            return [line, "邮编：" + pc], "，"
        return [line], ""
    return ["Room %s, Building %d, %d %s" % (room, bld, n, sl), "%s, %s %s" % (dl, cl, pc)], ", "


KR_PLACES = [("서울특별시 강남구 테헤란로", "Teheran-ro, Gangnam-gu, Seoul", "06236", "역삼동"),
             ("서울특별시 마포구 월드컵북로", "World Cup buk-ro, Mapo-gu, Seoul", "03925", "상암동"),
             ("부산광역시 해운대구 해운대해변로", "Haeundaehaebyeon-ro, Haeundae-gu, Busan", "48094", "우동"),
             ("경기도 성남시 분당구 판교역로", "Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do", "13529", "백현동"),
             ("서울특별시 종로구 세종대로", "Sejong-daero, Jongno-gu, Seoul", "03172", "세종로"),
             ("대구광역시 중구 동성로", "Dongseong-ro, Jung-gu, Daegu", "41911", "동성로2가")]


def addr_KR(rng, lang):
    nat, lat, pc, dong = P(rng, KR_PLACES)
    n = rng.randint(1, 400)
    apt = (rng.randint(101, 115), rng.randint(101, 2304))
    if lang == "ko":
        line = "%s %d" % (nat, n)
        if rng.random() < 0.5:
            line += ", %d동 %d호 (%s)" % (apt[0], apt[1], dong)
        else:
            line += ", %d층 (%s)" % (rng.randint(2, 25), dong)
        if rng.random() < 0.5:
            return ["(%s) %s" % (pc, line)], " "
        return [line, pc], " "
    return ["Apt %d-%d, %d %s" % (apt[0], apt[1], n, lat) if rng.random() < 0.5 else "%d %s" % (n, lat), pc], " "


# --------------------------------------------------------------------------- IN / AU
IN_ADDR = [("Indiranagar", "Bengaluru", "Karnataka", "5600%02d"), ("Koramangala", "Bengaluru", "Karnataka", "5600%02d"),
           ("Andheri (West)", "Mumbai", "Maharashtra", "4000%02d"), ("Anna Nagar", "Chennai", "Tamil Nadu", "6000%02d"),
           ("Salt Lake, Sector V", "Kolkata", "West Bengal", "7000%02d"), ("Lajpat Nagar II", "New Delhi", "Delhi", "1100%02d"),
           ("Banjara Hills", "Hyderabad", "Telangana", "5000%02d"), ("Kothrud", "Pune", "Maharashtra", "4110%02d"),
           ("Navrangpura", "Ahmedabad", "Gujarat", "3800%02d"), ("Sector 21C", "Faridabad", "Haryana", "1210%02d")]


def addr_IN(rng, lang):
    loc, city, state, pin = P(rng, IN_ADDR)
    pin = pin % rng.randint(1, 99)
    if lang == "hi" and rng.random() < 0.7:
        return ["मकान नं. %d, सेक्टर %d" % (rng.randint(1, 400), rng.randint(1, 60)),
                P(rng, ["नोएडा, उत्तर प्रदेश 2013%02d", "लखनऊ, उत्तर प्रदेश 2260%02d", "जयपुर, राजस्थान 3020%02d",
                        "भोपाल, मध्य प्रदेश 4620%02d"]) % rng.randint(1, 99)], ", "
    r = rng.random()
    if r < 0.3:
        first = ["Flat %d%s, %s" % (rng.randint(1, 20), rng.choice("ABCD"),
                                    P(rng, ["Sunshine Apartments", "Green Park Residency", "Shanti Niketan Society",
                                            "Prestige Lakeside Habitat", "Lodha Palava"]))]
    elif r < 0.55:
        first = ["%s-%d, %s" % (rng.choice("ABCD"), rng.randint(1, 450), P(rng, ["2nd Floor", "Ground Floor", "Tower 3"]))]
    elif r < 0.8:
        first = ["H.No. %d-%d/%d" % (rng.randint(1, 12), rng.randint(1, 99), rng.randint(1, 9))]
    else:
        first = ["Plot No. %d, %s" % (rng.randint(1, 300), P(rng, ["14th Cross", "2nd Street", "5th Main Road", "MG Road"]))]
    if rng.random() < 0.35:
        first.append(P(rng, ["Near Gandhi Chowk", "Opp. City Hospital", "Behind Shiv Mandir", "Near Metro Pillar 112"]))
    first.append(loc)
    if rng.random() < 0.5:
        first.append("%s, %s %s" % (city, state, pin))
    else:
        first.append("%s - %s" % (city, pin))
    return first, ", "


AU_SUBURBS = [("Fitzroy", "VIC", "3065"), ("Parramatta", "NSW", "2150"), ("Bondi Beach", "NSW", "2026"),
              ("Surry Hills", "NSW", "2010"), ("Fremantle", "WA", "6160"), ("South Brisbane", "QLD", "4101"),
              ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
              ("Darwin City", "NT", "0800"), ("Carlton", "VIC", "3053"), ("Newtown", "NSW", "2042"),
              ("Margaret River", "WA", "6285"), ("Toowong", "QLD", "4066")]
AU_STREETS = S("Smith Street; Brunswick St; George St; Bourke Street; Oxford St; Beach Road; Murray Street; "
               "Elizabeth St; Gouger Street; Bushland Rd; Victoria Parade; Coronation Dr")


def addr_AU(rng, lang):
    sub, st, pc = P(rng, AU_SUBURBS)
    street = P(rng, AU_STREETS)
    n = rng.randint(1, 300)
    r = rng.random()
    if r < 0.25:
        first = ["%d/%d %s" % (rng.randint(1, 30), n, street)]
    elif r < 0.45:
        first = ["Unit %d" % rng.randint(1, 30), "%d %s" % (n, street)]
    elif r < 0.52:
        first = ["PO Box %d" % rng.randint(10, 9999)]
    elif r < 0.56:
        first = ["Lot %d %s" % (rng.randint(1, 99), street)]
    else:
        first = ["%d %s" % (n, street)]
    sub_s = sub.upper() if rng.random() < 0.5 else sub
    last = "%s %s %s" % (sub_s, st, pc) if rng.random() < 0.8 else "%s, %s %s" % (sub_s, st, pc)
    return first + [last], ", "


# --------------------------------------------------------------------------- BR / MX / AR / CO
BR_STREETS = S("Rua Oscar Freire; Av. Paulista; Rua Augusta; Av. Atlântica; Rua Visconde de Pirajá; "
               "Av. Sete de Setembro; Rua XV de Novembro; Rua da Bahia; Av. Beira Mar; Rua das Flores; "
               "Alameda Santos; Travessa Dona Paula")
BR_PLACES = [("Jardim Paulista", "São Paulo", "SP", "01415"), ("Bela Vista", "São Paulo", "SP", "01310"),
             ("Copacabana", "Rio de Janeiro", "RJ", "22070"), ("Ipanema", "Rio de Janeiro", "RJ", "22410"),
             ("Savassi", "Belo Horizonte", "MG", "30140"), ("Centro", "Curitiba", "PR", "80020"),
             ("Moinhos de Vento", "Porto Alegre", "RS", "90570"), ("Boa Viagem", "Recife", "PE", "51020"),
             ("Meireles", "Fortaleza", "CE", "60165"), ("Barra", "Salvador", "BA", "40140")]


def addr_BR(rng, lang):
    bairro, city, uf, c5 = P(rng, BR_PLACES)
    cep = "%s-%s" % (c5, D(rng, 3))
    if rng.random() < 0.15:
        cep = cep.replace("-", "")
    first = "%s, %d" % (P(rng, BR_STREETS), rng.randint(1, 3000))
    if rng.random() < 0.6:
        first += P(rng, [", apto %d" % rng.randint(11, 1504), ", ap. %d, bloco %s" % (rng.randint(11, 304), rng.choice("ABC")),
                         " - casa %d" % rng.randint(1, 6), ", sala %d" % rng.randint(101, 1210)])
    r = rng.random()
    if r < 0.5:
        return [first, bairro, "%s - %s" % (city, uf), "CEP %s" % cep if rng.random() < 0.5 else cep], ", "
    return [first + " - " + bairro, "%s/%s" % (city, uf), cep], ", "


MX_STREETS = S("Av. Insurgentes Sur; Av. Paseo de la Reforma; Calle Madero; Av. Revolución; Calle Hidalgo; "
               "Av. Vallarta; Calle 60; Av. Constitución; Calle Morelos; Calle Durango; Av. Álvaro Obregón")
MX_PLACES = [("Col. Roma Norte", "Cuauhtémoc", "Ciudad de México", "CDMX", "06700"),
             ("Col. Condesa", "Cuauhtémoc", "Ciudad de México", "CDMX", "06140"),
             ("Col. Del Valle", "Benito Juárez", "Ciudad de México", "CDMX", "03100"),
             ("Col. Americana", "", "Guadalajara", "Jal.", "44160"), ("Col. Centro", "", "Mérida", "Yuc.", "97000"),
             ("Col. Del Valle", "", "San Pedro Garza García", "N.L.", "66220"),
             ("Col. Centro", "", "Oaxaca de Juárez", "Oax.", "68000"),
             ("Fracc. Costa de Oro", "", "Boca del Río", "Ver.", "94299"),
             ("Zona Río", "", "Tijuana", "B.C.", "22010"), ("Col. La Paz", "", "Puebla", "Pue.", "72160")]


def addr_MX(rng, lang):
    col, mun, city, st, cp = P(rng, MX_PLACES)
    r = rng.random()
    if r < 0.12:
        first = "Mz %d Lt %d, Calle %s" % (rng.randint(1, 40), rng.randint(1, 60), P(rng, ["Jazmín", "Fresno", "Cedro", "Encino"]))
    else:
        first = "%s %d" % (P(rng, MX_STREETS), rng.randint(1, 2500))
        if rng.random() < 0.5:
            first += P(rng, [", Int. %d" % rng.randint(1, 400), " Depto. %d" % rng.randint(1, 40),
                             " Ext. %d Int. %s" % (rng.randint(1, 99), rng.choice("ABC"))])
    second = col + ((", " + mun) if mun else "")
    cps = P(rng, ["C.P. %s" % cp, cp, "CP %s" % cp])
    return [first, second, "%s %s, %s" % (cps, city, st)], ", "


def addr_AR(rng, lang):
    r = rng.random()
    if r < 0.5:
        return ["Av. %s %d, piso %d dto. %s" % (P(rng, ["Corrientes", "Santa Fe", "Cabildo", "Rivadavia", "Callao"]),
                                               rng.randint(100, 5000), rng.randint(1, 14), rng.choice("ABCDEF")),
                "C%d%s CABA" % (rng.randint(1000, 1440), "".join(rng.choice("ABCDEFGH") for _ in range(3)))], ", "
    city, cp = P(rng, [("Córdoba", "X5000"), ("Rosario", "S2000"), ("Mendoza", "M5500"), ("La Plata", "B1900"),
                       ("Mar del Plata", "B7600")])
    return ["%s %d%s" % (P(rng, ["Calle 7 N°", "Bv. Oroño", "San Martín", "Av. Colón", "Belgrano"]), rng.randint(10, 3000),
                         P(rng, ["", ", 2° B", ", PB"])), "%s %s" % (cp, city)], ", "


def addr_CO(rng, lang):
    via = P(rng, ["Calle", "Carrera", "Cra.", "Cl.", "Av. Calle", "Transversal", "Diagonal"])
    first = "%s %d%s # %d-%d" % (via, rng.randint(1, 150), rng.choice(["", "", "A", "B", " Bis"]), rng.randint(1, 120),
                                  rng.randint(1, 99))
    if rng.random() < 0.3:
        first = first.replace(" # ", " No. ")
    lines = [first]
    if rng.random() < 0.5:
        lines.append(P(rng, ["Apto %d" % rng.randint(101, 1504), "Torre %s, Apto %d" % (rng.choice("ABC"), rng.randint(101, 1504)),
                             "Of. %d" % rng.randint(101, 902), "Casa %d" % rng.randint(1, 40)]))
    city = P(rng, ["Bogotá D.C.", "Bogotá", "El Poblado, Medellín, Antioquia", "Cali, Valle del Cauca",
                   "Barranquilla, Atlántico", "Bucaramanga, Santander"])
    lines.append(city + ("" if rng.random() < 0.6 else " %s" % ("11" + D(rng, 4))))
    return lines, ", "


# --------------------------------------------------------------------------- TR / GR / RU / UA
def addr_TR(rng, lang):
    r = rng.random()
    if r < 0.4:
        return ["%s Mah. %s Cad. No: %d D: %d" % (P(rng, ["Caferağa", "Moda", "Cumhuriyet", "Alsancak", "Bahçelievler"]),
                                                 P(rng, ["Atatürk", "Bağdat", "İstiklal", "Kıbrıs Şehitleri", "Gazi Mustafa Kemal"]),
                                                 rng.randint(1, 300), rng.randint(1, 40)),
                P(rng, ["34710 Kadıköy/İstanbul", "34430 Beyoğlu/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir",
                        "16050 Nilüfer/Bursa", "07100 Muratpaşa/Antalya"])], ", "
    return ["%s Sok. No:%d/%d" % (P(rng, ["1234.", "Gül", "Lale", "Menekşe", "Papatya"]), rng.randint(1, 90), rng.randint(1, 20)),
            "%s Mah." % P(rng, ["Suadiye", "Kızılay", "Bostanlı", "Ataşehir"]),
            P(rng, ["34740 Kadıköy / İSTANBUL", "06420 Çankaya / ANKARA", "35590 Karşıyaka / İZMİR"])], ", "


GR_ST = [("Ερμού", "Ermou", "105 63", "Αθήνα", "Athens"), ("Λεωφόρος Βασιλίσσης Σοφίας", "Leoforos Vasilissis Sofias", "106 74", "Αθήνα", "Athens"),
         ("Τσιμισκή", "Tsimiski", "546 22", "Θεσσαλονίκη", "Thessaloniki"), ("Πανεπιστημίου", "Panepistimiou", "106 79", "Αθήνα", "Athens"),
         ("Μαιζώνος", "Maizonos", "262 21", "Πάτρα", "Patra"), ("Καλοκαιρινού", "Kalokairinou", "712 02", "Ηράκλειο", "Heraklion")]


def addr_GR(rng, lang):
    sn, sl, pc, cn, cl = P(rng, GR_ST)
    n = rng.randint(1, 180)
    if lang == "el":
        return ["%s %d" % (sn, n), "%s %s" % (pc, cn)], ", "
    return ["%s %d" % (sl, n), "%s %s" % (pc, cl)], ", "


RU_ST = [("ул. Тверская", "ul. Tverskaya", "Москва", "Moscow", "125009"), ("Невский пр.", "Nevsky pr.", "Санкт-Петербург", "St Petersburg", "191186"),
         ("ул. Ленина", "ul. Lenina", "Екатеринбург", "Yekaterinburg", "620014"), ("ул. Баумана", "ul. Baumana", "Казань", "Kazan", "420111"),
         ("Красный пр.", "Krasny pr.", "Новосибирск", "Novosibirsk", "630099"), ("ул. Арбат", "ul. Arbat", "Москва", "Moscow", "119002")]


def addr_RU(rng, lang):
    sn, sl, cn, cl, pc = P(rng, RU_ST)
    d, kv = rng.randint(1, 120), rng.randint(1, 300)
    if lang in ("ru", "uk"):
        korp = (", корп. %d" % rng.randint(1, 4)) if rng.random() < 0.25 else ""
        if rng.random() < 0.5:
            return ["%s, г. %s" % (pc, cn), "%s, д. %d%s, кв. %d" % (sn, d, korp, kv)], ", "
        return ["%s, д. %d%s, кв. %d" % (sn, d, korp, kv), "%s, %s" % (cn, pc)], ", "
    return ["%s, d. %d, kv. %d" % (sl, d, kv), "%s %s" % (cl, pc)], ", "


UA_ST = [("вул. Хрещатик", "vul. Khreshchatyk", "Київ", "Kyiv", "01001"), ("вул. Дерибасівська", "vul. Derybasivska", "Одеса", "Odesa", "65026"),
         ("просп. Свободи", "prosp. Svobody", "Львів", "Lviv", "79000"), ("вул. Сумська", "vul. Sumska", "Харків", "Kharkiv", "61002"),
         ("вул. Січових Стрільців", "vul. Sichovykh Striltsiv", "Київ", "Kyiv", "04053")]


def addr_UA(rng, lang):
    sn, sl, cn, cl, pc = P(rng, UA_ST)
    d, kv = rng.randint(1, 120), rng.randint(1, 200)
    if lang in ("uk", "ru"):
        return ["%s, %d, кв. %d" % (sn, d, kv), "%s, %s" % (cn, pc)], ", "
    return ["%s %d, apt %d" % (sl, d, kv), "%s %s" % (cl, pc)], ", "


# --------------------------------------------------------------------------- Middle East
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
BN_DIG = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def addr_AE(rng, lang):
    if lang == "ar":
        return P(rng, [["فيلا %d، شارع %d" % (rng.randint(1, 90), rng.randint(1, 40)), "البرشاء %d، دبي" % rng.randint(1, 3)],
                       ["شقة %d، برج المارينا" % rng.randint(101, 3404), "دبي مارينا، دبي"],
                       ["ص.ب %d" % rng.randint(1000, 99999), "أبوظبي"]]), "، "
    return P(rng, [["Villa %d, Street %d" % (rng.randint(1, 90), rng.randint(1, 40)), "Al Barsha %d, Dubai" % rng.randint(1, 3)],
                   ["Apartment %d, Marina Heights Tower" % rng.randint(101, 3404), "Dubai Marina, Dubai"],
                   ["Flat %d, Building %d, Al Nahda 2" % (rng.randint(101, 904), rng.randint(1, 30)), "Sharjah"],
                   ["P.O. Box %d" % rng.randint(1000, 99999), "Abu Dhabi"]]), ", "


def addr_SA(rng, lang):
    b, pc, add = rng.randint(1000, 9999), rng.randint(11000, 14999), rng.randint(1000, 9999)
    if lang == "ar":
        return ["%d طريق الملك فهد، حي العليا" % b, "الرياض %d - %d" % (pc, add)], "، "
    return ["%d King Fahd Road, Al Olaya Dist." % b, "Riyadh %d - %d" % (pc, add)], ", "


def addr_EG(rng, lang):
    n = rng.randint(1, 90)
    if lang == "ar":
        s = "%d شارع التحرير، الدقي" % n
        if rng.random() < 0.5:
            s = s.translate(AR_DIG)
        return [s, "الجيزة"], "، "
    return ["%d Tahrir St, Dokki" % n, "Giza 12611"], ", "


IL_ST = [("הרצל", "Herzl St"), ("שדרות רוטשילד", "Rothschild Blvd"), ("בן יהודה", "Ben Yehuda St"), ("יפו", "Jaffa Rd"),
         ("ויצמן", "Weizmann St"), ("אלנבי", "Allenby St"), ("דיזנגוף", "Dizengoff St")]
IL_CITY = [("תל אביב-יפו", "Tel Aviv-Yafo"), ("ירושלים", "Jerusalem"), ("חיפה", "Haifa"), ("באר שבע", "Be'er Sheva"),
           ("רמת גן", "Ramat Gan")]


def addr_IL(rng, lang):
    (sn, sl), (cn, cl) = P(rng, IL_ST), P(rng, IL_CITY)
    n, apt, pc = rng.randint(1, 200), rng.randint(1, 40), ND(rng, 7)
    if lang == "he":
        return ["%s %d, דירה %d" % (sn, n, apt), "%s %s" % (cn, pc)], ", "
    return ["%d %s, Apt %d" % (n, sl, apt), "%s %s" % (cl, pc)], ", "


# --------------------------------------------------------------------------- SE Asia / Africa
def addr_VN(rng, lang):
    r = rng.random()
    n = rng.randint(1, 300)
    if lang == "vi" or rng.random() < 0.4:
        if r < 0.5:
            return ["Số %d Ngõ %d Phố Huế" % (n, rng.randint(1, 120)), "Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội"], ", "
        return ["%d/%d Lê Lợi" % (n, rng.randint(1, 40)) if rng.random() < 0.5 else "%d Nguyễn Huệ" % n,
                "Phường Bến Nghé, Quận %d, TP. Hồ Chí Minh" % rng.randint(1, 12)], ", "
    if r < 0.5:
        return ["No. %d, Lane %d Hue Street" % (n, rng.randint(1, 120)), "Pham Dinh Ho Ward, Hai Ba Trung District, Hanoi"], ", "
    return ["%d Nguyen Hue Street" % n, "Ben Nghe Ward, District %d, Ho Chi Minh City" % rng.randint(1, 12)], ", "


def addr_TH(rng, lang):
    a, b = rng.randint(1, 999), rng.randint(1, 300)
    if lang == "th":
        return ["%d/%d ถนนสุขุมวิท แขวงคลองเตยเหนือ" % (a, b), "เขตวัฒนา กรุงเทพมหานคร 10110"], " "
    return P(rng, [["%d/%d Sukhumvit Road, Khlong Toei Nuea" % (a, b), "Watthana, Bangkok 10110"],
                   ["%d/%d Moo %d, Nimmanhaemin Rd" % (a, b, rng.randint(1, 12)), "Suthep, Mueang Chiang Mai 50200"],
                   ["%d Patak Road, Karon" % a, "Mueang Phuket, Phuket 83100"]]), ", "


def addr_ID(rng, lang):
    return P(rng, [["Jl. Jend. Sudirman No. %d, RT %03d/RW %03d" % (rng.randint(1, 300), rng.randint(1, 15), rng.randint(1, 12)),
                    "Kel. Karet Semanggi, Kec. Setiabudi", "Jakarta Selatan 12930"],
                   ["Jl. Malioboro No. %d" % rng.randint(1, 200), "Yogyakarta 55213"],
                   ["Perumahan Griya Asri Blok C%d No. %d" % (rng.randint(1, 9), rng.randint(1, 40)), "Bekasi 17115"],
                   ["Jl. Ir. H. Juanda No. %d" % rng.randint(1, 400), "Dago, Bandung 40135"],
                   ["Jl. Raya Kuta No. %d" % rng.randint(1, 200), "Badung, Bali 80361"]]), ", "


def addr_MY(rng, lang):
    return P(rng, [["No. %d, Jalan SS 2/%d" % (rng.randint(1, 99), rng.randint(1, 99)), "47300 Petaling Jaya, Selangor"],
                   ["Unit %d-%d, Menara Binjai, Jalan Binjai" % (rng.randint(1, 40), rng.randint(1, 12)), "50450 Kuala Lumpur"],
                   ["Lot %d, Kampung Baru" % rng.randint(1, 900), "21000 Kuala Terengganu, Terengganu"],
                   ["No. %d, Lorong Kenari %d, Taman Sri Jaya" % (rng.randint(1, 99), rng.randint(1, 9)), "81100 Johor Bahru, Johor"]]), ", "


def addr_KE(rng, lang):
    if lang == "sw" and rng.random() < 0.4:
        return ["S.L.P. %d" % rng.randint(100, 99999), P(rng, ["Arusha", "Dar es Salaam", "Dodoma", "Mombasa"])], ", "
    return P(rng, [["P.O. Box %d-00100" % rng.randint(100, 99999), "Nairobi"],
                   ["Apartment %s%d, Riverside Gardens" % (rng.choice("ABC"), rng.randint(1, 20)), "Riverside Drive, Westlands, Nairobi"],
                   ["House No. %d, Ngong Road" % rng.randint(1, 200), "Kilimani, Nairobi"],
                   ["Plot %d, Msasani Peninsula" % rng.randint(1, 500), "Dar es Salaam"]]), ", "


def addr_NG(rng, lang):
    return P(rng, [["%d Adeola Odeku Street" % rng.randint(1, 90), "Victoria Island, Lagos 101241"],
                   ["Plot %d, Aminu Kano Crescent" % rng.randint(1, 500), "Wuse II, Abuja"],
                   ["No. %d Awolowo Road" % rng.randint(1, 200), "Ikoyi, Lagos"],
                   ["%d Ogui Road" % rng.randint(1, 120), "Enugu 400001"],
                   ["Flat %d, Block %s, Gbagada Phase 2" % (rng.randint(1, 12), rng.choice("ABCDEF")), "Lagos State"]]), ", "


def addr_PH(rng, lang):
    return P(rng, [["Unit %d%s, The Residences, %d Ayala Avenue" % (rng.randint(1, 40), rng.choice("ABC"), rng.randint(100, 900)),
                    "Makati City, 1226 Metro Manila"],
                   ["Blk %d Lot %d, Phase 2, Camella Homes" % (rng.randint(1, 40), rng.randint(1, 40)), "Brgy. San Isidro, Cainta, Rizal 1900"],
                   ["%d P. Burgos St., Brgy. Poblacion" % rng.randint(1, 900), "Cebu City 6000"],
                   ["#%d Maginhawa St., Teachers Village" % rng.randint(1, 200), "Quezon City 1101"]]), ", "


def addr_BD(rng, lang):
    h, r = rng.randint(1, 90), rng.randint(1, 30)
    if lang == "bn":
        return [("বাড়ি %d, রোড %d" % (h, r)).translate(BN_DIG), "ধানমন্ডি, ঢাকা ১২০৫"], ", "
    return ["House %d, Road %d" % (h, r), P(rng, ["Dhanmondi, Dhaka 1205", "Gulshan 2, Dhaka 1212", "Agrabad, Chattogram 4100"])], ", "


ADDR = {k[5:]: v for k, v in globals().items() if k.startswith("addr_")}
ADDR["GB"] = ADDR["UK"]
ADDR["TZ"] = ADDR["KE"]


def address(rng, country, lang):
    return ADDR[country](rng, lang)


# --------------------------------------------------------------------------- phones
def ph(rng, country):
    r = rng.random()
    c = country
    if c in ("US", "CA"):
        a = rng.choice("23456789") + D(rng, 2)
        x = rng.choice("23456789") + D(rng, 2)
        y = D(rng, 4)
        return P(rng, ["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "+1 %s %s %s" % (a, x, y),
                       "+1-%s-%s-%s" % (a, x, y), "%s.%s.%s" % (a, x, y), "%s%s%s" % (a, x, y), "1 (%s) %s-%s" % (a, x, y)])
    if c in ("UK", "GB"):
        if r < 0.6:
            m = "7" + rng.choice("1234579") + D(rng, 2)
            s = D(rng, 6)
            return P(rng, ["0%s %s" % (m, s), "+44 %s %s" % (m, s), "+44 (0)%s %s" % (m, s), "0%s %s %s" % (m, s[:3], s[3:]),
                           "0%s%s" % (m, s)])
        return P(rng, ["020 %s %s" % (ND(rng, 4), D(rng, 4)), "+44 20 %s %s" % (ND(rng, 4), D(rng, 4)),
                       "(0161) %s %s" % (ND(rng, 3), D(rng, 4)), "0113 %s %s" % (ND(rng, 3), D(rng, 4))])
    if c == "IE":
        m = "8" + rng.choice("35679")
        return P(rng, ["0%s %s %s" % (m, D(rng, 3), D(rng, 4)), "+353 %s %s %s" % (m, D(rng, 3), D(rng, 4)),
                       "(01) %s %s" % (ND(rng, 3), D(rng, 4)), "+353 1 %s %s" % (ND(rng, 3), D(rng, 4))])
    if c == "DE":
        m = "1" + rng.choice(["51", "52", "57", "60", "62", "70", "71", "72", "76", "79"])
        n = D(rng, rng.choice([7, 8]))
        return P(rng, ["0%s %s" % (m, n), "+49 %s %s" % (m, n), "0%s/%s" % (m, n), "+49 (0)%s %s" % (m, n),
                       "030 %s" % ND(rng, 8), "+49 30 %s" % ND(rng, 8), "089 / %s %s" % (ND(rng, 3), D(rng, 4)),
                       "0%s-%s" % (m, n)])
    if c == "AT":
        m = "6" + rng.choice(["64", "60", "76", "50", "99"])
        return P(rng, ["0%s %s" % (m, D(rng, 7)), "+43 %s %s" % (m, D(rng, 7)), "+43 1 %s" % ND(rng, 7), "01/%s" % ND(rng, 7)])
    if c == "CH":
        m = "7" + rng.choice("6789")
        return P(rng, ["0%s %s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2)), "+41 %s %s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2)),
                       "044 %s %s %s" % (ND(rng, 3), D(rng, 2), D(rng, 2)), "+41 (0)%s %s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2))])
    if c == "FR":
        d = rng.choice("67") + D(rng, 8)
        g = [d[i:i + 2] for i in range(1, 9, 2)]
        return P(rng, ["0%s %s" % (d[0], " ".join(g)), "+33 %s %s" % (d[0], " ".join(g)), "0%s.%s" % (d[0], ".".join(g)),
                       "+33 (0)%s %s" % (d[0], " ".join(g)), "0%s%s" % (d[0], "".join(g)), "01 %s" % " ".join(D(rng, 2) for _ in range(4))])
    if c == "BE":
        m = "4" + rng.choice("789") + D(rng, 1)
        return P(rng, ["0%s %s %s %s" % (m, D(rng, 2), D(rng, 2), D(rng, 2)), "+32 %s %s %s %s" % (m, D(rng, 2), D(rng, 2), D(rng, 2)),
                       "02 %s %s %s" % (ND(rng, 3), D(rng, 2), D(rng, 2)), "+32 2 %s %s %s" % (ND(rng, 3), D(rng, 2), D(rng, 2))])
    if c == "NL":
        n = D(rng, 8)
        return P(rng, ["06-%s" % n, "06 %s" % n, "+31 6 %s" % n, "+31 (0)6 %s" % n, "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]),
                       "020 %s %s" % (ND(rng, 3), D(rng, 4)), "+31 20 %s %s" % (ND(rng, 3), D(rng, 4))])
    if c == "IT":
        m = "3" + rng.choice(["33", "35", "38", "40", "47", "49", "66", "92"])
        return P(rng, ["%s %s %s" % (m, D(rng, 3), D(rng, 4)), "+39 %s %s %s" % (m, D(rng, 3), D(rng, 4)), "%s%s" % (m, D(rng, 7)),
                       "+39 %s %s" % (m, D(rng, 7)), "06 %s %s" % (ND(rng, 4), D(rng, 4)), "+39 02 %s %s" % (ND(rng, 4), D(rng, 4))])
    if c == "ES":
        m = rng.choice("67") + D(rng, 2)
        a, b = D(rng, 3), D(rng, 3)
        return P(rng, ["%s %s %s" % (m, a, b), "+34 %s %s %s" % (m, a, b), "+34 %s %s %s %s" % (m, a[:2], a[2] + b[0], b[1:]),
                       "%s%s%s" % (m, a, b), "91 %s %s %s" % (ND(rng, 3), D(rng, 2), D(rng, 2)), "(+34) %s %s %s" % (m, a, b)])
    if c == "PT":
        m = "9" + rng.choice("1236") + D(rng, 1)
        return P(rng, ["%s %s %s" % (m, D(rng, 3), D(rng, 3)), "+351 %s %s %s" % (m, D(rng, 3), D(rng, 3)),
                       "21 %s %s" % (ND(rng, 3), D(rng, 4)), "+351 %s%s" % (m, D(rng, 6))])
    if c == "PL":
        m = rng.choice("5678") + D(rng, 2)
        return P(rng, ["%s %s %s" % (m, D(rng, 3), D(rng, 3)), "+48 %s %s %s" % (m, D(rng, 3), D(rng, 3)), "%s-%s-%s" % (m, D(rng, 3), D(rng, 3)),
                       "+48 22 %s %s %s" % (ND(rng, 3), D(rng, 2), D(rng, 2)), "(22) %s %s %s" % (ND(rng, 3), D(rng, 2), D(rng, 2))])
    if c == "CZ":
        m = rng.choice(["60", "72", "73", "77", "79"]) + D(rng, 1)
        return P(rng, ["%s %s %s" % (m, D(rng, 3), D(rng, 3)), "+420 %s %s %s" % (m, D(rng, 3), D(rng, 3)), "+420%s%s" % (m, D(rng, 6))])
    if c == "SE":
        m = "7" + rng.choice("02369")
        return P(rng, ["0%s-%s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2)), "+46 %s %s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2)),
                       "0%s %s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2)), "08-%s %s %s" % (ND(rng, 3), D(rng, 3), D(rng, 2)),
                       "+46 (0)%s-%s%s" % (m, D(rng, 3), D(rng, 4))])
    if c == "DK":
        n = rng.choice("2345") + D(rng, 7)
        return P(rng, ["%s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]), "+45 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]), "+45 %s" % n, n])
    if c == "NO":
        n = rng.choice("49") + D(rng, 7)
        return P(rng, ["%s %s %s" % (n[:3], n[3:5], n[5:]), "+47 %s %s %s" % (n[:3], n[3:5], n[5:]), "+47 %s" % n,
                       "%s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])])
    if c == "FI":
        m = "4" + rng.choice("0146")
        return P(rng, ["0%s %s %s" % (m, D(rng, 3), D(rng, 4)), "+358 %s %s %s" % (m, D(rng, 3), D(rng, 4)), "0%s-%s%s" % (m, D(rng, 3), D(rng, 4)),
                       "09 %s %s" % (ND(rng, 3), D(rng, 4))])
    if c == "JP":
        m = rng.choice(["090", "080", "070"])
        a, b = D(rng, 4), D(rng, 4)
        return P(rng, ["%s-%s-%s" % (m, a, b), "+81 %s-%s-%s" % (m[1:], a, b), "+81-%s-%s-%s" % (m[1:], a, b),
                       ("%s-%s-%s" % (m, a, b)).translate(FW), "03-%s-%s" % (ND(rng, 4), D(rng, 4)), "%s%s%s" % (m, a, b),
                       "06-%s-%s" % (ND(rng, 4), D(rng, 4))])
    if c == "KR":
        a, b = ND(rng, 4), D(rng, 4)
        return P(rng, ["010-%s-%s" % (a, b), "+82 10-%s-%s" % (a, b), "+82-10-%s-%s" % (a, b), "010 %s %s" % (a, b),
                       "02-%s-%s" % (ND(rng, 3), D(rng, 4)), "010%s%s" % (a, b)])
    if c == "CN":
        m = "1" + rng.choice("3456789") + D(rng, 1)
        a, b = D(rng, 4), D(rng, 4)
        return P(rng, ["%s %s %s" % (m, a, b), "+86 %s %s %s" % (m, a, b), "%s%s%s" % (m, a, b), "+86-%s-%s-%s" % (m, a, b),
                       "010-%s" % ND(rng, 8), "(021) %s %s" % (ND(rng, 4), D(rng, 4))])
    if c == "IN":
        m = rng.choice("6789") + D(rng, 4)
        b = D(rng, 5)
        return P(rng, ["%s %s" % (m, b), "+91 %s %s" % (m, b), "+91-%s%s" % (m, b), "%s%s" % (m, b), "0%s %s" % (m, b),
                       "022 %s %s" % (ND(rng, 4), D(rng, 4)), "+91 80 %s %s" % (ND(rng, 4), D(rng, 4))])
    if c == "AU":
        m = "4" + D(rng, 2)
        a, b = D(rng, 3), D(rng, 3)
        return P(rng, ["0%s %s %s" % (m, a, b), "+61 %s %s %s" % (m, a, b), "0%s%s%s" % (m, a, b),
                       "(02) %s %s" % (ND(rng, 4), D(rng, 4)), "+61 3 %s %s" % (ND(rng, 4), D(rng, 4)), "+61 (0)%s %s %s" % (m, a, b)])
    if c == "BR":
        ddd = P(rng, ["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        a, b = "9" + D(rng, 4), D(rng, 4)
        return P(rng, ["(%s) %s-%s" % (ddd, a, b), "+55 %s %s-%s" % (ddd, a, b), "+55 (%s) %s-%s" % (ddd, a, b), "%s %s%s" % (ddd, a, b),
                       "(%s) %s-%s" % (ddd, ND(rng, 4), D(rng, 4)), "+55%s%s%s" % (ddd, a, b)])
    if c == "MX":
        lada = P(rng, ["55", "33", "81", "999", "664", "222"])
        n = D(rng, 10 - len(lada))
        h = len(n) // 2
        return P(rng, ["%s %s %s" % (lada, n[:h], n[h:]), "+52 %s %s %s" % (lada, n[:h], n[h:]), "+52 1 %s %s %s" % (lada, n[:h], n[h:]),
                       "(%s) %s-%s" % (lada, n[:h], n[h:]), "+52%s%s" % (lada, n)])
    if c == "AR":
        a, b = ND(rng, 4), D(rng, 4)
        return P(rng, ["+54 9 11 %s-%s" % (a, b), "011 %s-%s" % (a, b), "15 %s-%s" % (a, b), "+54 11 %s %s" % (a, b), "(0351) 15-%s-%s" % (ND(rng, 3), D(rng, 4))])
    if c == "CO":
        m = "3" + rng.choice("0125") + D(rng, 1)
        return P(rng, ["%s %s %s" % (m, D(rng, 3), D(rng, 4)), "+57 %s %s" % (m, D(rng, 7)), "+57 %s %s %s" % (m, D(rng, 3), D(rng, 4)),
                       "(601) %s %s" % (ND(rng, 3), D(rng, 4))])
    if c == "TR":
        m = "5" + rng.choice("0345") + D(rng, 1)
        return P(rng, ["0%s %s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2)), "+90 %s %s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2)),
                       "0 (%s) %s %s %s" % (m, D(rng, 3), D(rng, 2), D(rng, 2)), "+90%s%s" % (m, D(rng, 7)),
                       "0212 %s %s %s" % (ND(rng, 3), D(rng, 2), D(rng, 2))])
    if c == "GR":
        m = "69" + rng.choice("0345789")
        return P(rng, ["%s %s %s" % (m, D(rng, 3), D(rng, 4)), "+30 %s %s %s" % (m, D(rng, 3), D(rng, 4)), "+30%s%s" % (m, D(rng, 7)),
                       "210 %s %s" % (ND(rng, 3), D(rng, 4)), "2310 %s %s" % (ND(rng, 3), D(rng, 3))])
    if c == "RU":
        m = "9" + D(rng, 2)
        a, b, d = D(rng, 3), D(rng, 2), D(rng, 2)
        return P(rng, ["+7 (%s) %s-%s-%s" % (m, a, b, d), "8 %s %s-%s-%s" % (m, a, b, d), "8 (%s) %s-%s-%s" % (m, a, b, d),
                       "+7 %s %s %s %s" % (m, a, b, d), "+7%s%s%s%s" % (m, a, b, d), "8 (495) %s-%s-%s" % (ND(rng, 3), D(rng, 2), D(rng, 2))])
    if c == "UA":
        m = P(rng, ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"])
        a, b, d = D(rng, 3), D(rng, 2), D(rng, 2)
        return P(rng, ["+380 %s %s %s %s" % (m, a, b, d), "0%s %s %s %s" % (m, a, b, d), "+380 (%s) %s-%s-%s" % (m, a, b, d),
                       "+380%s%s%s%s" % (m, a, b, d), "(0%s) %s-%s-%s" % (m, a, b, d)])
    if c in ("SA", "AE"):
        cc = "966" if c == "SA" else "971"
        m = "5" + rng.choice("0245") + ""
        a, b = D(rng, 3), D(rng, 4)
        s = P(rng, ["+%s %s %s %s" % (cc, m, a, b), "0%s %s %s" % (m, a, b), "+%s-%s-%s%s" % (cc, m, a, b), "00%s %s %s %s" % (cc, m, a, b)])
        return s
    if c == "EG":
        m = "1" + rng.choice("0125")
        a, b = D(rng, 4), D(rng, 4)
        return P(rng, ["+20 %s %s %s" % (m, a, b), "0%s %s %s" % (m, a, b), "0%s%s%s" % (m, a, b)])
    if c == "IL":
        m = "5" + rng.choice("0234578")
        a, b = D(rng, 3), D(rng, 4)
        return P(rng, ["0%s-%s-%s" % (m, a, b), "+972 %s-%s-%s" % (m, a, b), "+972-%s-%s%s" % (m, a, b), "0%s%s%s" % (m, a, b),
                       "03-%s-%s" % (ND(rng, 3), D(rng, 4))])
    if c == "VN":
        m = P(rng, ["90", "91", "93", "94", "96", "97", "98", "86", "88", "70", "77", "83", "84"])
        n = D(rng, 7)
        return P(rng, ["0%s %s %s %s" % (m, n[:3], n[3:5], n[5:]), "+84 %s %s %s" % (m, n[:3], n[3:]), "0%s%s" % (m, n),
                       "0%s%s %s %s" % (m, n[0], n[1:4], n[4:]), "(+84) %s%s" % (m, n)])
    if c == "TH":
        m = P(rng, ["81", "82", "86", "89", "91", "92", "95", "98", "61", "62"])
        return P(rng, ["0%s %s %s" % (m, D(rng, 3), D(rng, 4)), "+66 %s %s %s" % (m, D(rng, 3), D(rng, 4)),
                       "0%s-%s-%s" % (m, D(rng, 3), D(rng, 4)), "02 %s %s" % (ND(rng, 3), D(rng, 4))])
    if c == "ID":
        m = "8" + rng.choice("1235") + D(rng, 1)
        a, b = D(rng, 4), D(rng, rng.choice([3, 4]))
        return P(rng, ["0%s-%s-%s" % (m, a, b), "+62 %s %s %s" % (m, a, b), "0%s %s %s" % (m, a, b), "+62%s%s%s" % (m, a, b),
                       "(021) %s %s" % (ND(rng, 4), D(rng, 4))])
    if c == "MY":
        m = "1" + rng.choice("0234679")
        return P(rng, ["0%s-%s %s" % (m, D(rng, 3), D(rng, 4)), "+60 %s-%s %s" % (m, D(rng, 3), D(rng, 4)), "0%s%s" % (m, D(rng, 7)),
                       "03-%s %s" % (ND(rng, 4), D(rng, 4))])
    if c in ("KE", "TZ"):
        cc = "254" if c == "KE" else "255"
        m = "7" + D(rng, 2)
        return P(rng, ["0%s %s" % (m, D(rng, 6)), "+%s %s %s" % (cc, m, D(rng, 6)), "+%s %s %s %s" % (cc, m, D(rng, 3), D(rng, 3)),
                       "0%s%s" % (m, D(rng, 6))])
    if c == "NG":
        m = P(rng, ["803", "805", "806", "807", "808", "810", "813", "816", "903", "906", "701", "708"])
        return P(rng, ["0%s %s %s" % (m, D(rng, 3), D(rng, 4)), "+234 %s %s %s" % (m, D(rng, 3), D(rng, 4)), "0%s%s" % (m, D(rng, 7)),
                       "+234 (0)%s %s %s" % (m, D(rng, 3), D(rng, 4))])
    if c == "PH":
        m = "9" + D(rng, 2)
        return P(rng, ["0%s %s %s" % (m, D(rng, 3), D(rng, 4)), "+63 %s %s %s" % (m, D(rng, 3), D(rng, 4)), "0%s-%s-%s" % (m, D(rng, 3), D(rng, 4)),
                       "(02) 8%s %s" % (D(rng, 3), D(rng, 4))])
    if c == "BD":
        m = "1" + rng.choice("3456789") + D(rng, 2)
        return P(rng, ["0%s-%s" % (m, D(rng, 6)), "+880 %s-%s" % (m, D(rng, 6)), "+880%s%s" % (m, D(rng, 6))])
    raise KeyError(country)


def phone(rng, country):
    return ph(rng, country)
