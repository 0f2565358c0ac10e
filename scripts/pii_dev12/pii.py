# -*- coding: utf-8 -*-
"""Generators for the non-name PII values: addresses, phones, e-mails,
passwords, health terms, IBANs, cards, SSNs, IPs."""
import string


def _s(x):
    return x.split("|")


def pick(rng, lst):
    return lst[rng.randrange(len(lst))]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz_digits(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


# =============================================================== ADDRESSES
# each country: function(rng, multiline) -> str
def _join(lines, multiline, sep=", "):
    return "\n".join(lines) if multiline else sep.join(lines)


US_STREETS = _s("Maple Ave|Oak Street|Cedar Ln|Sunset Blvd|Elm St|Jefferson Ave|Magnolia Dr|Lakeview Terrace|W 43rd St|N Clark St|Peachtree Rd NE|Canyon Ridge Ct|Old Mill Rd|Route 9W|Hickory Hollow Ln|S Congress Ave|Bay Shore Dr|Pine Knoll Way")
US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Brooklyn", "NY", "112"),
             ("Chicago", "IL", "606"), ("Atlanta", "GA", "303"), ("Boise", "ID", "837"), ("Columbus", "OH", "432"),
             ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Sacramento", "CA", "958"),
             ("Burlington", "VT", "054"), ("Fargo", "ND", "581"), ("Baton Rouge", "LA", "708"), ("Anchorage", "AK", "995")]


def addr_us(rng, ml):
    c, st, z = pick(rng, US_CITIES)
    street = "%d %s" % (rng.randrange(2, 9999), pick(rng, US_STREETS))
    unit = pick(rng, ["", "", "Apt %d%s" % (rng.randrange(1, 40), pick(rng, "ABCD")), "Unit %d" % rng.randrange(100, 999), "Suite %d" % rng.randrange(100, 2400), "#%d" % rng.randrange(2, 60)])
    zipc = z + digits(rng, 2) + (("-" + digits(rng, 4)) if rng.random() < .15 else "")
    if rng.random() < 0.08:
        return _join(["PO Box %d" % rng.randrange(100, 99999), "%s, %s %s" % (c, st, zipc)], ml)
    l1 = street + ((", " + unit) if unit and not ml else "")
    lines = [l1] + ([unit] if unit and ml else []) + ["%s, %s %s" % (c, st, zipc)]
    return _join(lines, ml)


def addr_ca(rng, ml):
    L = string.ascii_uppercase.replace("D", "").replace("F", "").replace("I", "").replace("O", "").replace("Q", "").replace("U", "")
    c = pick(rng, [("Toronto", "ON", ["Yonge St", "Queen St W", "Dundas St E", "Bathurst St"]), ("Montréal", "QC", ["rue Saint-Denis", "boul. Saint-Laurent", "av. du Parc"]),
                   ("Vancouver", "BC", ["Commercial Dr", "W Broadway", "Main St"]), ("Halifax", "NS", ["Spring Garden Rd", "Robie St"]), ("Calgary", "AB", ["17 Ave SW", "Macleod Trail SE"])])
    first = {"ON": "M", "QC": "H", "BC": "V", "NS": "B", "AB": "T"}[c[1]]
    pc = "%s%s%s %s%s%s" % (first, rng.randrange(10), pick(rng, L), rng.randrange(10), pick(rng, L), rng.randrange(10))
    n = rng.randrange(10, 4999)
    street = ("%d %s" % (n, pick(rng, c[2]))) if c[1] != "QC" else ("%d, %s" % (n, pick(rng, c[2])))
    if rng.random() < .35:
        street = "%d-%s" % (rng.randrange(101, 2400), street) if c[1] != "QC" else "app. %d, %s" % (rng.randrange(1, 40), street)
    return _join([street, "%s, %s %s" % (c[0], c[1], pc)], ml, ", " if rng.random() < .7 else " ")


UK_STREETS = _s("Albert Road|Victoria Street|Mill Lane|Church Close|Kingsway|Highfield Avenue|The Crescent|Station Road|Bramble Way|Queen's Drive|Wellington Terrace|Coronation Street|Manor Park Road|Hamilton Place")
UK_TOWNS = [("Manchester", "M14 6LN"), ("Leeds", "LS6 2AB"), ("Bristol", "BS8 4RT"), ("Cardiff", "CF24 3DE"), ("Glasgow", "G12 8QQ"), ("Norwich", "NR2 1QB"),
            ("London", "SE15 4QL"), ("London", "N16 7UX"), ("Edinburgh", "EH9 1PL"), ("Belfast", "BT7 1NN"), ("York", "YO31 7EP"), ("Brighton", "BN2 1TW")]


def addr_gb(rng, ml):
    t, pc = pick(rng, UK_TOWNS)
    pc = pc[:-2] + pick(rng, "ABDEFGHJLNPQRSTUWXYZ") + pick(rng, "ABDEFGHJLNPQRSTUWXYZ")
    lines = []
    r = rng.random()
    if r < .3:
        lines.append("Flat %d" % rng.randrange(1, 30) if rng.random() < .6 else "Flat %d%s" % (rng.randrange(1, 9), pick(rng, "ABC")))
    elif r < .4:
        lines.append(pick(rng, ["Rose Cottage", "The Old Rectory", "Ivy House", "2 Orchard Mews"]))
    lines.append("%d %s" % (rng.randrange(1, 240), pick(rng, UK_STREETS)))
    if rng.random() < .3:
        lines.append(pick(rng, ["Didsbury", "Headingley", "Clifton", "Roath", "Peckham", "Stoke Newington", "Morningside"]))
    lines.append(t if ml and rng.random() < .5 else "%s %s" % (t, pc))
    if ml and not lines[-1].endswith(pc):
        lines.append(pc)
    if not ml and len(lines) > 1 and lines[0].startswith("Flat") and rng.random() < .5:
        return lines[0] + ", " + ", ".join(lines[1:])
    return _join(lines, ml)


def addr_ie(rng, ml):
    opts = [("Dublin 6", "D06 %s%d%s%d" % (pick(rng, "KXWY"), rng.randrange(10), pick(rng, "PRTV"), rng.randrange(10))), ("Galway", "H91 %s%s%d%s" % (pick(rng, "EKXW"), pick(rng, "PRTV"), rng.randrange(10), pick(rng, "NXWY"))),
            ("Cork", "T12 %s%d%s%d" % (pick(rng, "AEKX"), rng.randrange(10), pick(rng, "PRTV"), rng.randrange(10)))]
    c, ek = pick(rng, opts)
    st = pick(rng, ["Ranelagh Road", "Sráid an Chaisleáin", "Oliver Plunkett Street", "Shop Street", "Leeson Park", "Bóthar na Trá"])
    lines = ["%d %s" % (rng.randrange(1, 120), st)] + (["Apt %d, Grand Canal Dock" % rng.randrange(1, 90)] if rng.random() < .2 else []) + ["%s, %s" % (c, ek) if not ml else c, ek] [: (1 if not ml else 2)]
    if ml:
        lines = lines[:-2] + [c, ek] if False else lines
    return _join(lines, ml)


DE_STREETS = _s("Lindenstraße|Hauptstraße|Bahnhofstr.|Schillerplatz|Goethestraße|Am Mühlbach|Kastanienallee|Friedrich-Ebert-Str.|Weinbergsweg|Sonnenstraße|Rosenweg|Ackerstraße|An der Alster|Prinzregentenstraße")
DE_CITIES = [("10969", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("04109", "Leipzig"), ("70173", "Stuttgart"),
             ("60311", "Frankfurt am Main"), ("28195", "Bremen"), ("01067", "Dresden"), ("90402", "Nürnberg"), ("79098", "Freiburg im Breisgau")]


def addr_de(rng, ml):
    plz, city = pick(rng, DE_CITIES)
    if rng.random() < .07:
        return _join(["Postfach %d %02d %02d" % (rng.randrange(10, 99), rng.randrange(100), rng.randrange(100)), "%s %s" % (plz[:-1] + str(rng.randrange(10)), city)], ml)
    hn = "%d%s" % (rng.randrange(1, 180), pick(rng, ["", "", "", "a", "b", " c"]))
    lines = ["%s %s" % (pick(rng, DE_STREETS), hn)]
    if rng.random() < .2:
        lines.append(pick(rng, ["c/o Familie Brandt", "3. OG links", "Hinterhaus, 2. Stock", "Whg. %d" % rng.randrange(1, 40)]))
    lines.append("%s %s" % (plz, city))
    if rng.random() < .1:
        lines[-1] = "D-" + lines[-1]
    return _join(lines, ml)


def addr_at(rng, ml):
    plz, city = pick(rng, [("1060", "Wien"), ("1020", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("4020", "Linz")])
    st = pick(rng, ["Mariahilfer Straße", "Praterstraße", "Getreidegasse", "Herrengasse", "Landstraßer Hauptstraße", "Maria-Theresien-Straße"])
    hn = "%d" % rng.randrange(1, 150) + (("/%d/%d" % (rng.randrange(1, 9), rng.randrange(1, 30))) if rng.random() < .6 else "")
    return _join(["%s %s" % (st, hn), "%s %s" % (plz if rng.random() < .8 else "A-" + plz, city)], ml)


def addr_ch(rng, ml):
    plz, city = pick(rng, [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("1204", "Genève"), ("6900", "Lugano"), ("1003", "Lausanne")])
    st = pick(rng, ["Bahnhofstrasse", "Seefeldstrasse", "Spalenberg", "Rue du Rhône", "Via Nassa", "Kramgasse", "Avenue de la Gare"])
    return _join(["%s %d" % (st, rng.randrange(1, 120)), "%s %s" % (plz if rng.random() < .8 else "CH-" + plz, city)], ml)


FR_STREETS = _s("rue des Lilas|avenue Jean-Jaurès|boulevard Voltaire|rue de la République|impasse des Tilleuls|place du Marché|rue Victor-Hugo|chemin des Vignes|allée des Acacias|quai de la Loire|rue du Faubourg Saint-Antoine")
FR_CITIES = [("75019", "Paris"), ("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
             ("44000", "Nantes"), ("59800", "Lille"), ("67000", "Strasbourg"), ("35000", "Rennes"), ("06000", "Nice")]


def addr_fr(rng, ml):
    cp, city = pick(rng, FR_CITIES)
    if rng.random() < .06:
        return _join(["BP %d" % rng.randrange(10, 999), "%s %s Cedex" % (cp, city.upper())], ml)
    lines = []
    if rng.random() < .25:
        lines.append(pick(rng, ["Bât. B, esc. 2", "Résidence Les Pins, apt %d" % rng.randrange(1, 80), "%de étage, porte droite" % rng.randrange(2, 9), "Appartement %d" % rng.randrange(1, 60)]))
    lines.append("%d%s %s" % (rng.randrange(1, 220), pick(rng, ["", "", "", " bis", " ter"]), pick(rng, FR_STREETS)))
    lines.append("%s %s" % (cp, city.upper() if rng.random() < .3 else city))
    return _join(lines, ml)


def addr_be(rng, ml):
    if rng.random() < .5:
        st = pick(rng, ["Kerkstraat", "Meir", "Veldstraat", "Stationsstraat", "Korenmarkt"])
        cp, city = pick(rng, [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge")])
        hn = "%d%s" % (rng.randrange(1, 200), pick(rng, ["", "", " bus %d" % rng.randrange(1, 20)]))
    else:
        st = pick(rng, ["Rue de la Loi", "Avenue Louise", "Chaussée d'Ixelles", "Rue Haute", "Boulevard d'Avroy"])
        cp, city = pick(rng, [("1040", "Etterbeek"), ("1050", "Ixelles"), ("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur")])
        hn = "%d%s" % (rng.randrange(1, 300), pick(rng, ["", "", "/%d" % rng.randrange(1, 20), " boîte %d" % rng.randrange(1, 12)]))
    return _join(["%s %s" % (st, hn), "%s %s" % (cp, city)], ml)


def addr_nl(rng, ml):
    st = pick(rng, ["Prinsengracht", "Keizersgracht", "Oudegracht", "Witte de Withstraat", "Kerkstraat", "Dorpsstraat", "Nieuwe Binnenweg", "Laan van Meerdervoort"])
    cp = "%d %s%s" % (rng.randrange(1011, 9999), pick(rng, "ABCDEGHJKLMNPRSTVWXZ"), pick(rng, "ABCDEGHJKLMNPRSTVWXZ"))
    city = pick(rng, ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Groningen", "Eindhoven", "Zwolle", "Haarlem"])
    hn = "%d%s" % (rng.randrange(1, 400), pick(rng, ["", "", "-1", "-II", " A", "hs", "-3 hoog"]))
    return _join(["%s %s" % (st, hn), "%s %s" % (cp, city if rng.random() < .75 else city.upper())], ml)


def addr_it(rng, ml):
    st = pick(rng, ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Piazza del Popolo", "Viale Monza", "Via dei Mille", "Vicolo del Cinque", "Via Toledo"])
    cap, city, pr = pick(rng, [("20121", "Milano", "MI"), ("00153", "Roma", "RM"), ("80134", "Napoli", "NA"), ("10121", "Torino", "TO"), ("40125", "Bologna", "BO"), ("50122", "Firenze", "FI"), ("90133", "Palermo", "PA")])
    hn = "%d%s" % (rng.randrange(1, 200), pick(rng, ["", "", "/B", ", scala C, int. %d" % rng.randrange(1, 30)]))
    last = "%s %s %s" % (cap, city, pr) if rng.random() < .5 else "%s %s (%s)" % (cap, city, pr)
    return _join(["%s %s" % (st, hn) if rng.random() < .7 else "%s, %s" % (st, hn), last], ml)


def addr_es(rng, ml):
    st = pick(rng, ["Calle Mayor", "C/ de Alcalá", "Avda. de la Constitución", "Carrer de Mallorca", "Calle Sierpes", "Paseo de Gracia", "Plaza Mayor", "Calle San Vicente Ferrer", "Rúa do Franco"])
    cp, city = pick(rng, [("28013", "Madrid"), ("08037", "Barcelona"), ("41004", "Sevilla"), ("46002", "Valencia"), ("48001", "Bilbao"), ("15705", "Santiago de Compostela"), ("29015", "Málaga")])
    piso = pick(rng, ["", "", ", %dº %s" % (rng.randrange(1, 9), pick(rng, "ABCD")), ", %dº izda." % rng.randrange(1, 7), ", bajo"])
    return _join(["%s, %d%s" % (st, rng.randrange(1, 180), piso) if rng.random() < .6 else "%s %d%s" % (st, rng.randrange(1, 180), piso), "%s %s" % (cp, city)], ml)


def addr_pt(rng, ml):
    st = pick(rng, ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Rua das Flores", "Largo do Chiado"])
    cp, city = pick(rng, [("1100-053", "Lisboa"), ("4000-443", "Porto"), ("3000-150", "Coimbra"), ("8000-138", "Faro"), ("4700-306", "Braga")])
    cp = cp[:5] + digits(rng, 3)
    andar = pick(rng, ["", ", %d.º Esq." % rng.randrange(1, 8), ", %d.º Dto." % rng.randrange(1, 8), ", r/c"])
    return _join(["%s %d%s" % (st, rng.randrange(1, 300), andar), "%s %s" % (cp, city)], ml)


def addr_pl(rng, ml):
    st = pick(rng, ["ul. Marszałkowska", "ul. Floriańska", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Długa", "os. Tysiąclecia", "ul. Świętojańska"])
    kod, city = pick(rng, [("00-514", "Warszawa"), ("31-019", "Kraków"), ("90-001", "Łódź"), ("80-831", "Gdańsk"), ("50-077", "Wrocław"), ("61-770", "Poznań")])
    hn = "%d%s" % (rng.randrange(1, 150), pick(rng, ["", "/%d" % rng.randrange(1, 60), " m. %d" % rng.randrange(1, 60), " lok. %d" % rng.randrange(1, 20)]))
    return _join(["%s %s" % (st, hn), "%s %s" % (kod, city)], ml)


def addr_cz(rng, ml):
    st = pick(rng, ["Vinohradská", "Na Příkopě", "Husova", "Masarykova", "Korunní", "Údolní"])
    psc, city = pick(rng, [("120 00", "Praha 2"), ("110 00", "Praha 1"), ("602 00", "Brno"), ("702 00", "Ostrava"), ("301 00", "Plzeň")])
    return _join(["%s %d/%d" % (st, rng.randrange(100, 2600), rng.randrange(1, 90)), "%s %s" % (psc, city)], ml)


def addr_se(rng, ml):
    st = pick(rng, ["Drottninggatan", "Kungsgatan", "Storgatan", "Götgatan", "Linnégatan", "Södra Vägen", "Hornsgatan"])
    pn, city = pick(rng, [("111 21", "Stockholm"), ("118 46", "Stockholm"), ("411 38", "Göteborg"), ("211 22", "Malmö"), ("753 20", "Uppsala"), ("903 26", "Umeå")])
    l1 = "%s %d%s" % (st, rng.randrange(1, 120), pick(rng, ["", "", " B", ", lgh %d" % rng.randrange(1001, 1603)]))
    return _join([l1, "%s %s" % (pn, city if rng.random() < .7 else city.upper())], ml)


def addr_no(rng, ml):
    st = pick(rng, ["Thorvald Meyers gate", "Bogstadveien", "Markveien", "Kongens gate", "Strandgaten", "Storgata"])
    pn, city = pick(rng, [("0555", "Oslo"), ("0355", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("9008", "Tromsø"), ("4006", "Stavanger")])
    return _join(["%s %d%s" % (st, rng.randrange(1, 90), pick(rng, ["", "B", "A", " H0%d0%d" % (rng.randrange(1, 5), rng.randrange(1, 5))])), "%s %s" % (pn, city.upper() if rng.random() < .5 else city)], ml)


def addr_dk(rng, ml):
    st = pick(rng, ["Nørrebrogade", "Vesterbrogade", "Istedgade", "Søndergade", "Strøget", "Jægersborggade"])
    pn, city = pick(rng, [("2200", "København N"), ("1620", "København V"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg")])
    fl = pick(rng, ["", ", %d. th." % rng.randrange(1, 6), ", %d. tv." % rng.randrange(1, 6), ", st."])
    return _join(["%s %d%s" % (st, rng.randrange(1, 200), fl), "%s %s" % (pn, city)], ml)


def addr_fi(rng, ml):
    st = pick(rng, ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Puistokatu", "Fredrikinkatu"])
    pn, city = pick(rng, [("00100", "Helsinki"), ("00180", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"), ("90100", "Oulu")])
    return _join(["%s %d%s" % (st, rng.randrange(1, 90), pick(rng, ["", " A %d" % rng.randrange(1, 40), " B %d" % rng.randrange(1, 40), " C"])), "%s %s" % (pn, city.upper() if rng.random() < .4 else city)], ml)


def addr_jp(rng, ml):
    if rng.random() < .55:
        pref = pick(rng, [("150-0001", "東京都渋谷区神宮前"), ("160-0022", "東京都新宿区新宿"), ("530-0001", "大阪府大阪市北区梅田"), ("604-8005", "京都府京都市中京区"),
                          ("060-0042", "北海道札幌市中央区大通西"), ("812-0011", "福岡県福岡市博多区博多駅前"), ("231-0023", "神奈川県横浜市中区山下町")])
        bld = pick(rng, ["", "", " ハイツ青山%d号室" % rng.randrange(101, 505), " メゾン桜%d" % rng.randrange(101, 909), " グランドタワー%d階" % rng.randrange(2, 30)])
        body = "%s%d-%d-%d%s" % (pref[1], rng.randrange(1, 7), rng.randrange(1, 30), rng.randrange(1, 20), bld)
        if ml:
            return "〒%s\n%s" % (pref[0], body)
        return "〒%s %s" % (pref[0], body) if rng.random() < .7 else "%s %s" % (body, pref[0])
    area, zipc = pick(rng, [("Jingumae, Shibuya-ku, Tokyo", "150-0001"), ("Umeda, Kita-ku, Osaka", "530-0001"), ("Nakagyo-ku, Kyoto", "604-8005"), ("Kichijoji-Honcho, Musashino-shi, Tokyo", "180-0004")])
    pre = pick(rng, ["", "Room %d, Maison Sakura, " % rng.randrange(101, 808)])
    return _join(["%s%d-%d-%d %s" % (pre, rng.randrange(1, 7), rng.randrange(1, 30), rng.randrange(1, 20), area), zipc], ml, " ")


def addr_in(rng, ml):
    c = pick(rng, [("Indiranagar", "Bengaluru", "Karnataka", "5600"), ("Andheri West", "Mumbai", "Maharashtra", "4000"), ("Salt Lake Sector V", "Kolkata", "West Bengal", "7000"),
                   ("T. Nagar", "Chennai", "Tamil Nadu", "6000"), ("Banjara Hills", "Hyderabad", "Telangana", "5000"), ("Vasant Kunj", "New Delhi", "Delhi", "1100"), ("Kothrud", "Pune", "Maharashtra", "4110")])
    lines = []
    lines.append(pick(rng, ["Flat %d, %s" % (rng.randrange(101, 1204), pick(rng, ["Sai Residency", "Prestige Lakeside", "Shanti Kunj Apartments", "Green Valley Towers"])),
                            "House No. %d" % rng.randrange(1, 900), "%d/%d" % (rng.randrange(1, 90), rng.randrange(1, 30)), "Plot %d" % rng.randrange(1, 400)]))
    lines.append(pick(rng, ["%dth Cross" % rng.randrange(4, 19), "%dth Main Road" % rng.randrange(4, 19), "Link Road", "MG Road", "Nehru Marg", "Station Road"]))
    lines.append(c[0])
    lines.append("%s, %s %s" % (c[1], c[2], c[3][:3] + digits(rng, 3) if len(c[3]) == 4 else c[3] + digits(rng, 2)))
    if rng.random() < .3:
        lines.insert(2, pick(rng, ["Near City Hospital", "Opp. Central Library", "Behind Shiv Mandir"]))
    return _join(lines, ml)


def addr_au(rng, ml):
    sub, st, pc = pick(rng, [("Bondi", "NSW", "2026"), ("Fitzroy", "VIC", "3065"), ("Fremantle", "WA", "6160"), ("South Brisbane", "QLD", "4101"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612")])
    stn = pick(rng, ["Beach Road", "Brunswick Street", "Hay Street", "Boundary Street", "Jetty Road", "Northbourne Avenue", "Smith St"])
    u = pick(rng, ["", "", "Unit %d, " % rng.randrange(1, 40), "%d/" % rng.randrange(1, 40)])
    return _join(["%s%d %s" % (u, rng.randrange(1, 400), stn), "%s %s %s" % (sub if rng.random() < .6 else sub.upper(), st, pc)], ml)


def addr_nz(rng, ml):
    if rng.random() < .15:
        return _join(["PO Box %d" % rng.randrange(1000, 99999), "Wellington %d" % rng.randrange(6140, 6150)], ml)
    sub, city, pc = pick(rng, [("Grey Lynn", "Auckland", "1021"), ("Te Aro", "Wellington", "6011"), ("Riccarton", "Christchurch", "8041"), ("Roslyn", "Dunedin", "9010")])
    return _join(["%d %s" % (rng.randrange(1, 300), pick(rng, ["Ponsonby Road", "Cuba Street", "Riccarton Road", "Highgate", "Karangahape Road"])), sub, "%s %s" % (city, pc)], ml)


def addr_br(rng, ml):
    st = pick(rng, ["Rua Oscar Freire", "Av. Paulista", "Rua das Laranjeiras", "Rua XV de Novembro", "Av. Sete de Setembro", "Rua Augusta", "Rua da Aurora"])
    bairro, city, uf, cep = pick(rng, [("Jardins", "São Paulo", "SP", "01426"), ("Laranjeiras", "Rio de Janeiro", "RJ", "22240"), ("Centro", "Curitiba", "PR", "80020"),
                                       ("Boa Vista", "Recife", "PE", "50050"), ("Savassi", "Belo Horizonte", "MG", "30140"), ("Barra", "Salvador", "BA", "40140")])
    comp = pick(rng, ["", ", apto %d" % rng.randrange(11, 1804), ", casa 2", ", bloco B, ap. %d" % rng.randrange(11, 304)])
    l1 = "%s, %d%s" % (st, rng.randrange(10, 3000), comp)
    l2 = "%s, %s - %s" % (bairro, city, uf) if rng.random() < .7 else "%s - %s/%s" % (bairro, city, uf)
    cepf = "%s-%s" % (cep, digits(rng, 3))
    if ml:
        return "\n".join([l1, l2, "CEP %s" % cepf if rng.random() < .5 else cepf])
    return "%s, %s, %s" % (l1, l2, cepf) if rng.random() < .6 else "%s - %s - CEP %s" % (l1, l2, cepf)


def addr_mx(rng, ml):
    st = pick(rng, ["Av. Insurgentes Sur", "Calle Durango", "Av. Juárez", "Calle Hidalgo", "Av. Revolución", "Calle Morelos"])
    col, cp, city = pick(rng, [("Col. Roma Norte", "06700", "Ciudad de México, CDMX"), ("Col. Del Valle", "03100", "Benito Juárez, CDMX"), ("Col. Centro", "44100", "Guadalajara, Jal."),
                               ("Col. Obispado", "64060", "Monterrey, N.L."), ("Barrio de Xochimilco", "68040", "Oaxaca de Juárez, Oax.")])
    num = "%d%s" % (rng.randrange(1, 2000), pick(rng, ["", " Int. %d" % rng.randrange(1, 30), " Depto. %d" % rng.randrange(101, 503)]))
    return _join(["%s %s" % (st, num), col, "C.P. %s, %s" % (cp, city) if rng.random() < .5 else "%s %s" % (cp, city)], ml)


def addr_za(rng, ml):
    st = pick(rng, ["Long Street", "Jan Smuts Avenue", "Florida Road", "Kloof Street", "Church Street", "Oxford Road"])
    sub, city, pc = pick(rng, [("Cape Town City Centre", "Cape Town", "8001"), ("Rosebank", "Johannesburg", "2196"), ("Morningside", "Durban", "4001"), ("Hatfield", "Pretoria", "0083")])
    return _join(["%d %s" % (rng.randrange(1, 400), st), sub, "%s, %s" % (city, pc) if rng.random() < .5 else "%s %s" % (city, pc)], ml)


def addr_ng(rng, ml):
    st = pick(rng, ["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Ahmadu Bello Way", "Bode Thomas Street", "Herbert Macaulay Way", "Ogui Road"])
    area, city = pick(rng, [("Victoria Island", "Lagos"), ("Ikoyi", "Lagos"), ("Ikeja", "Lagos"), ("Wuse II", "Abuja"), ("Bodija", "Ibadan"), ("GRA Phase 2", "Port Harcourt")])
    pc = pick(rng, ["", " %d" % rng.randrange(100001, 930000)])
    return _join(["%s%d %s" % (pick(rng, ["", "Flat %d, " % rng.randrange(1, 12)]), rng.randrange(1, 120), st), area, "%s%s" % (city, pc)], ml)


def addr_ke(rng, ml):
    if rng.random() < .4:
        return _join(["P.O. Box %d-%s" % (rng.randrange(100, 99999), pick(rng, ["00100", "00200", "80100", "40100"])), pick(rng, ["Nairobi", "Mombasa", "Kisumu"])], ml)
    return _join(["%s, %s" % (pick(rng, ["Riverside Gardens, Apt %d" % rng.randrange(1, 40), "House %d" % rng.randrange(1, 90)]), pick(rng, ["Ngong Road", "Kiambu Road", "Argwings Kodhek Road", "Lenana Road"])),
                  pick(rng, ["Kilimani", "Westlands", "Lavington", "Karen"]), "Nairobi"], ml)


def addr_sg(rng, ml):
    if rng.random() < .6:
        blk = rng.randrange(100, 999)
        return _join(["Blk %d %s" % (blk, pick(rng, ["Ang Mo Kio Avenue 3", "Tampines Street 21", "Bedok North Road", "Jurong West Street 52", "Toa Payoh Lorong 1"])),
                      "#%02d-%d" % (rng.randrange(2, 25), rng.randrange(10, 999)), "Singapore %d" % rng.randrange(310000, 680000)], ml)
    return _join(["%d %s" % (rng.randrange(1, 400), pick(rng, ["Orchard Road", "Holland Road", "Tanjong Pagar Road"])), "#%02d-%02d %s" % (rng.randrange(2, 40), rng.randrange(1, 20), pick(rng, ["The Sail", "Reflections", "Parc Clematis"])), "Singapore %d" % rng.randrange(100000, 280000)], ml)


def addr_ph(rng, ml):
    return _join(["%s%d %s St." % (pick(rng, ["", "Unit %d%s, " % (rng.randrange(1, 30), pick(rng, "ABC"))]), rng.randrange(1, 300), pick(rng, ["Jupiter", "Mabini", "Rizal", "Kalayaan", "Aguinaldo"])),
                  ] + list(pick(rng, [("Brgy. Bel-Air, Makati City", "1209 Metro Manila"), ("Brgy. Kapitolyo, Pasig City", "1603 Metro Manila"), ("Lahug, Cebu City", "6000 Cebu"), ("Brgy. Poblacion, Davao City", "8000 Davao del Sur")])), ml)


def addr_kr(rng, ml):
    if rng.random() < .7:
        return "%s %s %d%s" % (pick(rng, ["서울특별시 강남구", "서울특별시 마포구", "부산광역시 해운대구", "경기도 성남시 분당구", "대구광역시 수성구"]), pick(rng, ["테헤란로", "월드컵북로", "해운대해변로", "판교역로", "달구벌대로"]),
                               rng.randrange(1, 500), pick(rng, ["", ", %d층" % rng.randrange(2, 20), " %d동 %d호" % (rng.randrange(101, 110), rng.randrange(101, 1505))]))
    return _join(["%d %s" % (rng.randrange(1, 500), pick(rng, ["Teheran-ro, Gangnam-gu", "Worldcup buk-ro, Mapo-gu"])), "Seoul %05d" % rng.randrange(1000, 8900)], ml)


def addr_cn(rng, ml):
    return "%s%s%d号%s" % (pick(rng, ["上海市浦东新区", "北京市朝阳区", "广州市天河区", "深圳市南山区", "成都市武侯区", "杭州市西湖区"]),
                          pick(rng, ["世纪大道", "建国路", "天河路", "科技园南路", "人民南路", "文三路"]), rng.randrange(1, 999),
                          pick(rng, ["", "", "%d栋%d室" % (rng.randrange(1, 20), rng.randrange(101, 2505)), "%d楼" % rng.randrange(2, 40)]))


def addr_ru(rng, ml):
    if rng.random() < .7:
        return "%s, д. %d%s, %s, %d" % (pick(rng, ["ул. Тверская", "пр. Мира", "ул. Ленина", "Невский пр.", "ул. Малая Садовая", "ул. Гагарина"]), rng.randrange(1, 150),
                                      pick(rng, [", кв. %d" % rng.randrange(1, 300), ", корп. 2, кв. %d" % rng.randrange(1, 300), ""]),
                                      pick(rng, ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "г. Екатеринбург"]), rng.randrange(101000, 630000))
    return "%d, г. %s, ул. %s, д. %d, кв. %d" % (rng.randrange(101000, 630000), pick(rng, ["Москва", "Самара", "Пермь"]), pick(rng, ["Профсоюзная", "Садовая", "Советская"]), rng.randrange(1, 90), rng.randrange(1, 200))


def addr_ua(rng, ml):
    return "%s, %d%s, %s, %05d" % (pick(rng, ["вул. Хрещатик", "вул. Січових Стрільців", "просп. Шевченка", "вул. Городоцька"]), rng.randrange(1, 120),
                                  pick(rng, [", кв. %d" % rng.randrange(1, 200), ""]), pick(rng, ["Київ", "Львів", "Одеса", "Харків"]), rng.randrange(1000, 79999))


def addr_gr(rng, ml):
    return "%s %d, %s %s" % (pick(rng, ["Οδός Ερμού", "Λεωφ. Κηφισίας", "Πατησίων", "Τσιμισκή", "Αγίου Δημητρίου"]), rng.randrange(1, 200),
                            "%03d %02d" % (rng.randrange(100, 999), rng.randrange(0, 99)), pick(rng, ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"]))


def addr_tr(rng, ml):
    return "%s No:%d D:%d, %s %d" % (pick(rng, ["Bağdat Cad.", "İstiklal Cad.", "Atatürk Bulvarı", "Kızılay Sok.", "Cumhuriyet Mah. 1203. Sok."]), rng.randrange(1, 200), rng.randrange(1, 30),
                                   pick(rng, ["Kadıköy/İstanbul", "Beyoğlu/İstanbul", "Çankaya/Ankara", "Konak/İzmir"]), rng.randrange(6000, 35999))


def addr_ar(rng, ml):
    if rng.random() < .5:
        return "%s، %s، %s %d" % (pick(rng, ["شارع الملك فهد", "شارع التحلية", "طريق الملك عبدالعزيز"]), pick(rng, ["حي العليا", "حي السليمانية", "حي الروضة"]), pick(rng, ["الرياض", "جدة", "الدمام"]), rng.randrange(11000, 34999))
    return "%d %s، %s، %s" % (rng.randrange(1, 90), pick(rng, ["شارع التحرير", "شارع قصر النيل", "شارع جامعة الدول العربية"]), pick(rng, ["الدقي", "الزمالك", "المهندسين"]), pick(rng, ["الجيزة", "القاهرة"]))


def addr_he(rng, ml):
    return "%s %d%s, %s %d" % (pick(rng, ["רחוב הרצל", "שדרות רוטשילד", "רחוב יפו", "רחוב דיזנגוף", "רחוב ויצמן"]), rng.randrange(1, 200),
                              pick(rng, ["", " דירה %d" % rng.randrange(1, 40)]), pick(rng, ["תל אביב-יפו", "ירושלים", "חיפה", "באר שבע"]), rng.randrange(1000000, 9999999))


def addr_th(rng, ml):
    return "%d/%d %s %s %s %d" % (rng.randrange(1, 999), rng.randrange(1, 99), pick(rng, ["ถนนสุขุมวิท", "ถนนพหลโยธิน", "ถนนนิมมานเหมินท์", "ซอยอารีย์ 2"]),
                                 pick(rng, ["แขวงคลองเตย เขตคลองเตย", "ตำบลสุเทพ อำเภอเมือง", "แขวงสามเสนใน เขตพญาไท"]), pick(rng, ["กรุงเทพมหานคร", "เชียงใหม่"]), rng.randrange(10100, 50300))


def addr_vn(rng, ml):
    return "Số %d %s, %s, %s" % (rng.randrange(1, 300), pick(rng, ["Nguyễn Huệ", "Lê Lợi", "Hàng Bài", "Trần Hưng Đạo", "ngõ 45 Phố Huế"]), pick(rng, ["Phường Bến Nghé, Quận 1", "Quận Hoàn Kiếm", "Phường 7, Quận 3", "Quận Hai Bà Trưng"]), pick(rng, ["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng"]))


def addr_id(rng, ml):
    return "%s No. %d%s, %s, %s %d" % (pick(rng, ["Jl. Sudirman", "Jl. Diponegoro", "Jl. Malioboro", "Jl. Kemang Raya", "Jl. Braga"]), rng.randrange(1, 200), pick(rng, ["", " RT 03/RW 05"]),
                                     pick(rng, ["Kel. Menteng", "Kec. Setiabudi", "Kel. Sukajadi"]), pick(rng, ["Jakarta Pusat", "Jakarta Selatan", "Bandung", "Yogyakarta", "Surabaya"]), rng.randrange(10110, 60299))


ADDR_BY_COUNTRY = {
    "US": addr_us, "CA": addr_ca, "GB": addr_gb, "IE": addr_ie, "DE": addr_de, "AT": addr_at, "CH": addr_ch, "FR": addr_fr, "BE": addr_be,
    "NL": addr_nl, "IT": addr_it, "ES": addr_es, "PT": addr_pt, "PL": addr_pl, "CZ": addr_cz, "SE": addr_se, "DK": addr_dk, "NO": addr_no,
    "FI": addr_fi, "JP": addr_jp, "IN": addr_in, "AU": addr_au, "NZ": addr_nz, "BR": addr_br, "MX": addr_mx, "ZA": addr_za, "NG": addr_ng,
    "KE": addr_ke, "SG": addr_sg, "PH": addr_ph, "KR": addr_kr, "CN": addr_cn, "RU": addr_ru, "UA": addr_ua, "GR": addr_gr, "TR": addr_tr,
    "SA": addr_ar, "IL": addr_he, "TH": addr_th, "VN": addr_vn, "ID": addr_id,
}

LOCALE_COUNTRY = {
    "en_US": "US", "en_GB": "GB", "en_IE": "IE", "en_IN": "IN", "en_AU": "AU", "en_NZ": "NZ", "en_NG": "NG", "en_ZA": "ZA", "en_KE": "KE",
    "en_PH": "PH", "en_SG": "SG", "en_CA": "CA", "es_ES": "ES", "es_MX": "MX", "pt_PT": "PT", "pt_BR": "BR", "fr_FR": "FR", "fr_BE": "BE", "fr_CA": "CA",
    "de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL", "cs_CZ": "CZ", "sv_SE": "SE", "nb_NO": "NO",
    "da_DK": "DK", "fi_FI": "FI", "tr_TR": "TR", "ru_RU": "RU", "uk_UA": "UA", "el_GR": "GR", "ar_SA": "SA", "ar_EG": "SA", "he_IL": "IL",
    "hi_IN": "IN", "bn_BD": "IN", "ta_IN": "IN", "th_TH": "TH", "zh_CN": "CN", "zh_TW": "CN", "ja_JP": "JP", "ko_KR": "KR", "vi_VN": "VN",
    "id_ID": "ID", "sw_KE": "KE", "yo_NG": "NG", "hu_HU": "DE",
}


def address(rng, locale=None, country=None, multiline=None):
    if country is None:
        country = LOCALE_COUNTRY.get(locale, "US")
        if locale and locale.startswith("en_US") and rng.random() < .35:
            country = pick(rng, sorted(ADDR_BY_COUNTRY))
        elif locale in ("en_GB", "en_IE") and rng.random() < .35:
            country = pick(rng, ["IE", "GB", "DE", "FR", "NL", "ES", "IT", "PT", "PL", "SE", "DK", "NO", "FI", "BE", "AT", "CH"])
    if multiline is None:
        multiline = rng.random() < .25
    return ADDR_BY_COUNTRY[country](rng, multiline)


# =============================================================== PHONES
def _grp(rng, *ns, sep=" "):
    return sep.join(digits(rng, n) for n in ns)


PHONE_FMT = {
    "US": lambda r: pick(r, ["+1 (%s) %s-%s", "(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s", "1-%s-%s-%s"]) % (nz_digits(r, 3).replace("555", "565"), nz_digits(r, 3), digits(r, 4)),
    "CA": lambda r: pick(r, ["+1 (%s) %s-%s", "%s-%s-%s"]) % (pick(r, ["416", "514", "604", "902", "403"]), nz_digits(r, 3), digits(r, 4)),
    "GB": lambda r: pick(r, ["+44 7%s %s", "07%s %s", "+44 (0)20 %s %s", "020 %s %s", "+44 161 %s %s", "0131 %s %s"]) % ((digits(r, 3), digits(r, 6)) if True else None) if False else pick(r, [
        "+44 7%s %s" % (digits(r, 3), digits(r, 6)), "07%s %s" % (digits(r, 3), digits(r, 6)), "+44 (0)20 %s %s" % (digits(r, 4), digits(r, 4)),
        "020 %s %s" % (digits(r, 4), digits(r, 4)), "+44 161 %s %s" % (digits(r, 3), digits(r, 4)), "0131 %s %s" % (digits(r, 3), digits(r, 4))]),
    "IE": lambda r: pick(r, ["+353 8%s %s %s" % (pick(r, "35679"), digits(r, 3), digits(r, 4)), "08%s %s %s" % (pick(r, "35679"), digits(r, 3), digits(r, 4)), "+353 1 %s %s" % (digits(r, 3), digits(r, 4))]),
    "DE": lambda r: pick(r, ["+49 30 %s" % digits(r, 8), "030 %s %s" % (digits(r, 4), digits(r, 4)), "+49 1%s %s" % (pick(r, ["51", "52", "60", "70", "76"]), digits(r, 8)),
                             "0176 %s" % digits(r, 8), "+49 (0)89 %s-%s" % (digits(r, 4), digits(r, 3)), "0221/%s" % digits(r, 7)]),
    "AT": lambda r: pick(r, ["+43 664 %s" % digits(r, 7), "+43 1 %s %s" % (digits(r, 3), digits(r, 4)), "0676 %s %s" % (digits(r, 3), digits(r, 4))]),
    "CH": lambda r: pick(r, ["+41 79 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2)), "044 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))]),
    "FR": lambda r: pick(r, ["+33 6 %s" % _grp(r, 2, 2, 2, 2), "06 %s" % _grp(r, 2, 2, 2, 2), "07.%s" % _grp(r, 2, 2, 2, 2, sep="."), "+33 (0)1 %s" % _grp(r, 2, 2, 2, 2), "01 %s" % _grp(r, 2, 2, 2, 2)]),
    "BE": lambda r: pick(r, ["+32 47%s %s %s %s" % (pick(r, "0123456789"), digits(r, 2), digits(r, 2), digits(r, 2)), "0478 %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2))]),
    "NL": lambda r: pick(r, ["+31 6 %s" % digits(r, 8), "06-%s" % digits(r, 8), "+31 20 %s %s" % (digits(r, 3), digits(r, 4)), "020-%s %s" % (digits(r, 3), digits(r, 4))]),
    "IT": lambda r: pick(r, ["+39 3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)), "3%s %s" % (digits(r, 2), digits(r, 7)), "+39 02 %s %s" % (digits(r, 4), digits(r, 4)), "06 %s" % digits(r, 8)]),
    "ES": lambda r: pick(r, ["+34 6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "6%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "+34 91 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2)), "93 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))]),
    "PT": lambda r: pick(r, ["+351 9%s%s %s %s" % (pick(r, "1236"), digits(r, 1), digits(r, 3), digits(r, 3)), "9%s%s %s %s" % (pick(r, "1236"), digits(r, 1), digits(r, 3), digits(r, 3)), "+351 21 %s %s" % (digits(r, 3), digits(r, 4))]),
    "PL": lambda r: pick(r, ["+48 %s %s %s" % (nz_digits(r, 3), digits(r, 3), digits(r, 3)), "%s-%s-%s" % (nz_digits(r, 3), digits(r, 3), digits(r, 3)), "+48 22 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))]),
    "CZ": lambda r: pick(r, ["+420 %s %s %s" % (pick(r, ["601", "602", "731", "777"]), digits(r, 3), digits(r, 3)), "%s %s %s" % (pick(r, ["603", "724"]), digits(r, 3), digits(r, 3))]),
    "SE": lambda r: pick(r, ["+46 70 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2)), "070-%s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2)), "08-%s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))]),
    "NO": lambda r: pick(r, ["+47 %s %s %s" % (pick(r, ["412", "928", "977", "455"]), digits(r, 2), digits(r, 3)), "%s %s %s %s" % (pick(r, ["22", "55", "91", "48"]), digits(r, 2), digits(r, 2), digits(r, 2))]),
    "DK": lambda r: pick(r, ["+45 %s" % _grp(r, 2, 2, 2, 2), "%s %s" % (digits(r, 4), digits(r, 4))]),
    "FI": lambda r: pick(r, ["+358 40 %s" % digits(r, 7), "040 %s %s" % (digits(r, 3), digits(r, 4)), "+358 9 %s %s" % (digits(r, 4), digits(r, 3)), "050-%s" % digits(r, 7)]),
    "TR": lambda r: pick(r, ["+90 5%s %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2)), "0 (5%s) %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2)), "05%s %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2))]),
    "RU": lambda r: pick(r, ["+7 9%s %s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2)), "8 (9%s) %s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2)), "+7 (495) %s-%s-%s" % (digits(r, 3), digits(r, 2), digits(r, 2))]),
    "UA": lambda r: pick(r, ["+380 %s %s %s" % (pick(r, ["67", "50", "63", "93"]), digits(r, 3), digits(r, 4)), "0%s %s %s %s" % (pick(r, ["67", "50", "97"]), digits(r, 3), digits(r, 2), digits(r, 2))]),
    "GR": lambda r: pick(r, ["+30 69%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)), "69%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)), "210 %s %s" % (digits(r, 3), digits(r, 4))]),
    "SA": lambda r: pick(r, ["+966 5%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)), "05%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)), "+20 10 %s %s" % (digits(r, 4), digits(r, 4)), "+971 50 %s %s" % (digits(r, 3), digits(r, 4))]),
    "IL": lambda r: pick(r, ["+972 5%s-%s-%s" % (digits(r, 1), digits(r, 3), digits(r, 4)), "05%s-%s%s" % (digits(r, 1), digits(r, 3), digits(r, 4)), "03-%s%s" % (digits(r, 3), digits(r, 4))]),
    "IN": lambda r: pick(r, ["+91 %s %s" % (pick(r, "6789") + digits(r, 4), digits(r, 5)), "+91-%s" % (pick(r, "6789") + digits(r, 9)), "0%s %s" % (pick(r, "6789") + digits(r, 4), digits(r, 5)), "080-%s %s" % (digits(r, 4), digits(r, 4)), "+880 1%s-%s" % (digits(r, 3), digits(r, 6))]),
    "TH": lambda r: pick(r, ["+66 8%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)), "08%s-%s-%s" % (digits(r, 1), digits(r, 3), digits(r, 4)), "02-%s-%s" % (digits(r, 3), digits(r, 4))]),
    "CN": lambda r: pick(r, ["+86 13%s %s %s" % (digits(r, 1), digits(r, 4), digits(r, 4)), "1%s%s" % (pick(r, ["38", "39", "86", "58", "77"]), digits(r, 8)), "138-%s-%s" % (digits(r, 4), digits(r, 4)), "(010) %s %s" % (digits(r, 4), digits(r, 4)), "+886 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3))]),
    "JP": lambda r: pick(r, ["+81 90-%s-%s" % (digits(r, 4), digits(r, 4)), "090-%s-%s" % (digits(r, 4), digits(r, 4)), "03-%s-%s" % (digits(r, 4), digits(r, 4)), "080 %s %s" % (digits(r, 4), digits(r, 4)), "06-%s-%s" % (digits(r, 4), digits(r, 4))]),
    "KR": lambda r: pick(r, ["+82 10-%s-%s" % (digits(r, 4), digits(r, 4)), "010-%s-%s" % (digits(r, 4), digits(r, 4)), "02-%s-%s" % (digits(r, 3), digits(r, 4))]),
    "VN": lambda r: pick(r, ["+84 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "09%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "028 %s %s" % (digits(r, 4), digits(r, 4))]),
    "ID": lambda r: pick(r, ["+62 812-%s-%s" % (digits(r, 4), digits(r, 4)), "0812 %s %s" % (digits(r, 4), digits(r, 4)), "(021) %s %s" % (digits(r, 4), digits(r, 4))]),
    "PH": lambda r: pick(r, ["+63 917 %s %s" % (digits(r, 3), digits(r, 4)), "0917-%s-%s" % (digits(r, 3), digits(r, 4)), "(02) 8%s %s" % (digits(r, 3), digits(r, 4))]),
    "SG": lambda r: pick(r, ["+65 9%s %s" % (digits(r, 3), digits(r, 4)), "8%s %s" % (digits(r, 3), digits(r, 4)), "+65 6%s %s" % (digits(r, 3), digits(r, 4))]),
    "AU": lambda r: pick(r, ["+61 4%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "04%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "(02) %s %s" % (digits(r, 4), digits(r, 4)), "+61 3 %s %s" % (digits(r, 4), digits(r, 4))]),
    "NZ": lambda r: pick(r, ["+64 21 %s %s" % (digits(r, 3), digits(r, 4)), "021 %s %s" % (digits(r, 3), digits(r, 4)), "(09) %s %s" % (digits(r, 3), digits(r, 4))]),
    "BR": lambda r: pick(r, ["+55 11 9%s-%s" % (digits(r, 4), digits(r, 4)), "(11) 9%s-%s" % (digits(r, 4), digits(r, 4)), "(21) 9%s %s" % (digits(r, 4), digits(r, 4)), "+55 (81) 3%s-%s" % (digits(r, 3), digits(r, 4))]),
    "MX": lambda r: pick(r, ["+52 55 %s %s" % (digits(r, 4), digits(r, 4)), "55 %s %s" % (digits(r, 4), digits(r, 4)), "+52 1 33 %s %s" % (digits(r, 4), digits(r, 4)), "(81) %s-%s" % (digits(r, 4), digits(r, 4))]),
    "ZA": lambda r: pick(r, ["+27 82 %s %s" % (digits(r, 3), digits(r, 4)), "082 %s %s" % (digits(r, 3), digits(r, 4)), "021 %s %s" % (digits(r, 3), digits(r, 4))]),
    "NG": lambda r: pick(r, ["+234 80%s %s %s" % (pick(r, "3568"), digits(r, 3), digits(r, 4)), "080%s %s %s" % (pick(r, "3568"), digits(r, 3), digits(r, 4)), "+234 (0)70%s %s %s" % (pick(r, "3568"), digits(r, 3), digits(r, 4))]),
    "KE": lambda r: pick(r, ["+254 7%s %s" % (digits(r, 2), digits(r, 6)), "07%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)), "+254 (0) 722 %s" % digits(r, 6)]),
}


def phone(rng, locale=None, country=None, ext=None):
    if country is None:
        country = LOCALE_COUNTRY.get(locale, "US")
        if rng.random() < .12:
            country = pick(rng, sorted(PHONE_FMT))
    p = PHONE_FMT.get(country, PHONE_FMT["US"])(rng)
    if ext is None:
        ext = rng.random() < .07
    if ext:
        p += pick(rng, [" ext. %d" % rng.randrange(100, 9999), " x%d" % rng.randrange(10, 999), " ext %d" % rng.randrange(10, 999), " (ext. %d)" % rng.randrange(100, 999)])
    return p


SPOKEN_DIGIT = {"0": ["zero", "oh"], "1": ["one"], "2": ["two"], "3": ["three"], "4": ["four"], "5": ["five"], "6": ["six"], "7": ["seven"], "8": ["eight"], "9": ["nine"]}


def spoken_phone(rng):
    raw = pick(rng, ["0" + "7" + digits(rng, 9), nz_digits(rng, 3) + digits(rng, 7), "0" + digits(rng, 9)])
    out = []
    i = 0
    while i < len(raw):
        if i + 1 < len(raw) and raw[i] == raw[i + 1] and rng.random() < .5:
            out.append("double " + pick(rng, SPOKEN_DIGIT[raw[i]]))
            i += 2
        else:
            out.append(pick(rng, SPOKEN_DIGIT[raw[i]]))
            i += 1
    return " ".join(out)


# =============================================================== EMAIL
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "aol.com", "fastmail.fm"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["hotmail.es", "yahoo.es", "telefonica.net"], "pt": ["sapo.pt", "uol.com.br", "bol.com.br", "terra.com.br"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"], "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "cs": ["seznam.cz", "centrum.cz"], "sv": ["telia.com", "bredband.net"],
    "nb": ["online.no"], "da": ["mail.dk", "jubii.dk"], "fi": ["elisanet.fi", "luukku.com"], "tr": ["yandex.com.tr", "hotmail.com.tr"], "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
    "uk": ["ukr.net", "i.ua"], "el": ["otenet.gr", "yahoo.gr"], "ar": ["hotmail.com", "gmail.com"], "he": ["walla.co.il", "bezeqint.net"], "hi": ["rediffmail.com", "gmail.com"],
    "bn": ["gmail.com"], "ta": ["gmail.com", "yahoo.co.in"], "th": ["hotmail.co.th", "gmail.com"], "zh": ["qq.com", "163.com", "126.com", "sina.com"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
    "ko": ["naver.com", "daum.net", "kakao.com"], "vi": ["gmail.com", "yahoo.com.vn"], "id": ["yahoo.co.id", "gmail.com"], "sw": ["gmail.com", "yahoo.com"], "yo": ["gmail.com", "yahoo.com"], "hu": ["freemail.hu", "citromail.hu"],
}
CORP = ["northwind-logistics.com", "acme-robotics.io", "kestrel.health", "brightlane.co.uk", "helvetia-consult.ch", "tallinnsoft.ee", "poseidon-shipping.gr",
        "fjordline-data.no", "sakura-trading.co.jp", "mercado-verde.com.mx", "uni-heidelberg.de", "ens-lyon.fr", "ucl.ac.uk", "iitb.ac.in", "unilag.edu.ng",
        "hospital-sanrafael.es", "clinica-aurora.com.br", "datawerk.nl", "baltic-freight.pl", "orbitpay.com", "lumen-analytics.ai", "greenfield-school.org"]


def email(rng, person=None, locale="en_US"):
    lang = locale.split("_")[0]
    if person is not None:
        local = person.ascii_handle(rng)
    else:
        local = pick(rng, ["moonlit", "kayak", "blue", "tiger", "pixel", "nomad", "salsa", "dr.who.fan", "gamer", "bookworm", "sunrise"]) + digits(rng, rng.randrange(2, 5))
    if rng.random() < .35:
        dom = pick(rng, CORP)
    else:
        dom = pick(rng, FREEMAIL.get(lang, FREEMAIL["en"]) + (FREEMAIL["en"] if rng.random() < .3 else []))
    if rng.random() < .05:
        local += "+" + pick(rng, ["shop", "news", "bank", "travel"])
    return local + "@" + dom


# =============================================================== PASSWORDS
PW_WORDS = {
    "en": _s("Sunflower|Marmalade|Galaxy|Tractor|Pumpkin|Lighthouse|Bluebird|Snowfall|Cinnamon|Rainbow|Brooklyn|Dolphin|Thunder|Maverick|Liverpool"),
    "de": _s("Sonnenblume|Schmetterling|Bergsee|Kuckucksuhr|Lebkuchen|Eichhörnchen|Wanderlust|Schneeflocke"),
    "fr": _s("Papillon|Tournesol|Chocolat|Soleil|Marseille|Croissant|Lavande|Libellule"),
    "es": _s("Mariposa|Girasol|Estrella|Corazon|Tortuga|Barcelona|Golondrina|Chiquito"),
    "pt": _s("Saudade|Borboleta|Flamengo|Corinthians|Cachorro|Bacalhau|Passarinho"),
    "it": _s("Farfalla|Girasole|Juventus|Gelato|Tramonto|Ciao|Pinocchio"),
    "nl": _s("Tulpen|Fietsen|Hagelslag|Stroopwafel|Molen|Zonnetje"),
    "pl": _s("Kotek|Słoneczko|Biedronka|Pierogi|Warszawa|Żaba"),
    "sv": _s("Midsommar|Kanelbulle|Älgen|Sommarstuga|Blåbär"),
    "tr": _s("Galatasaray|Kelebek|Papatya|Simit|Bulut"),
    "ru": _s("Solnyshko|Kotik|Zvezda|Medved|Spartak|ромашка|Берёза"),
    "el": _s("Kalimera|Thalassa|Ouzo|Agapi"),
    "id": _s("Bunga|Matahari|Kucing|Rendang"),
    "sw": _s("Simba|Jambo|Tembo|Pole"),
}


def password(rng, locale="en_US"):
    lang = locale.split("_")[0]
    words = PW_WORDS.get(lang, PW_WORDS["en"])
    r = rng.random()
    if r < 0.28:
        alpha = string.ascii_letters + string.digits + "!@#$%^&*_-+=?"
        n = rng.randrange(10, 22)
        while True:
            s = "".join(rng.choice(alpha) for _ in range(n))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c in "!@#$%^&*_-+=?" for c in s):
                return s
    if r < 0.55:
        w = pick(rng, words)
        return w + pick(rng, ["", "_", "#", "!", "-", "."]) + str(rng.randrange(1, 2026)) + pick(rng, ["", "!", "?", "$", "!!", "*"])
    if r < 0.68:
        w = pick(rng, words).lower()
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1").replace("s", "$")
        return leet.capitalize() + digits(rng, 2)
    if r < 0.8:
        ws = [pick(rng, words).lower() for _ in range(rng.randrange(3, 5))]
        return pick(rng, ["-", ".", "_", " "]).join(ws) if rng.random() < .8 else "".join(w.capitalize() for w in ws)
    if r < 0.9:
        return pick(rng, ["Qwerty", "Passw0rd", "Welcome", "Letmein", "Admin", "Winter", "Summer", "Spring", "Autumn"]) + str(rng.randrange(2015, 2026)) + pick(rng, ["!", "#", "?", "", "."])
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(rng.randrange(8, 14)))


# =============================================================== HEALTH
HEALTH = {
    "en": dict(
        cond=_s("type 2 diabetes|type 1 diabetes|hypertension|asthma|major depressive disorder|generalized anxiety disorder|bipolar II disorder|epilepsy|Crohn's disease|ulcerative colitis|rheumatoid arthritis|multiple sclerosis|HIV|hepatitis C|COPD|atrial fibrillation|hypothyroidism|migraine with aura|celiac disease|ADHD|PTSD|endometriosis|polycystic ovary syndrome|chronic kidney disease stage 3|psoriasis|sleep apnea|long COVID|a peanut allergy|stage II breast cancer|early-onset Parkinson's|an eating disorder|schizophrenia|gestational diabetes|glaucoma|a herniated disc|alcohol use disorder|fibromyalgia|lupus"),
        med=_s("metformin 500 mg|sertraline 50 mg|lisinopril 10 mg|levothyroxine 75 mcg|atorvastatin 20 mg|insulin glargine 20 units|salbutamol inhaler|fluoxetine 20mg|lamotrigine 100 mg|adalimumab 40 mg|methotrexate 15 mg weekly|apixaban 5 mg|quetiapine 25 mg|lithium 400 mg|prednisolone 30 mg|amlodipine 5 mg|omeprazole 20 mg|methylphenidate 18 mg|bupropion XL 150 mg|PrEP (Truvada)|escitalopram 10 mg|gabapentin 300 mg|warfarin 3 mg|semaglutide 0.5 mg"),
        proc=_s("a knee arthroscopy|a colonoscopy|chemotherapy|an appendectomy|a hip replacement|IVF treatment|a C-section|dialysis|a lumbar puncture|cataract surgery|a mastectomy|physiotherapy for a torn ACL|a coronary angioplasty|cognitive behavioural therapy"),
    ),
    "es": dict(cond=_s("diabetes tipo 2|hipertensión|asma|depresión|ansiedad generalizada|epilepsia|artritis reumatoide|hipotiroidismo|enfermedad de Crohn|fibromialgia"),
               med=_s("metformina 850 mg|sertralina 50 mg|enalapril 10 mg|omeprazol 20 mg|levotiroxina 50 mcg|ibuprofeno 600 mg"), proc=_s("una colonoscopia|quimioterapia|una cesárea|una apendicectomía")),
    "pt": dict(cond=_s("diabetes tipo 2|hipertensão|asma|depressão|transtorno de ansiedade|epilepsia|hipotireoidismo|lúpus|HIV"),
               med=_s("losartana 50 mg|metformina 850 mg|fluoxetina 20 mg|sinvastatina 20 mg|clonazepam 2 mg"), proc=_s("uma cesariana|hemodiálise|quimioterapia|uma cirurgia bariátrica")),
    "fr": dict(cond=_s("diabète de type 2|hypertension artérielle|asthme|dépression|trouble bipolaire|épilepsie|sclérose en plaques|maladie de Crohn|apnée du sommeil|endométriose"),
               med=_s("metformine 1000 mg|paroxétine 20 mg|Doliprane 1000 mg|Lévothyrox 75 µg|ramipril 5 mg|Kardégic 75 mg"), proc=_s("une coloscopie|une chimiothérapie|une pose de prothèse de hanche|une FIV")),
    "de": dict(cond=_s("Diabetes mellitus Typ 2|Bluthochdruck|Asthma bronchiale|Depression|Angststörung|Epilepsie|Multiple Sklerose|Morbus Crohn|Schilddrüsenunterfunktion|Borderline-Persönlichkeitsstörung|Burnout-Syndrom"),
               med=_s("Metformin 1000 mg|Ramipril 5 mg|L-Thyroxin 100 µg|Citalopram 20 mg|Ibuprofen 800|Pantoprazol 40 mg|Insulin Lantus 18 IE"), proc=_s("eine Darmspiegelung|eine Chemotherapie|eine Knie-OP|eine Reha nach Bandscheibenvorfall")),
    "it": dict(cond=_s("diabete di tipo 2|ipertensione|asma|depressione|celiachia|epilessia|sclerosi multipla|ipotiroidismo"),
               med=_s("metformina 500 mg|Tachipirina 1000 mg|ramipril 5 mg|Eutirox 50 mcg|sertralina 50 mg"), proc=_s("una colonscopia|la chemioterapia|un intervento al menisco")),
    "nl": dict(cond=_s("diabetes type 2|hoge bloeddruk|astma|depressie|ADHD|epilepsie|de ziekte van Crohn|reuma"),
               med=_s("metformine 500 mg|paracetamol 1000 mg|omeprazol 20 mg|sertraline 50 mg"), proc=_s("een darmonderzoek|chemokuur|een knieoperatie")),
    "pl": dict(cond=_s("cukrzyca typu 2|nadciśnienie|astma|depresja|padaczka|niedoczynność tarczycy|stwardnienie rozsiane"),
               med=_s("metformina 850 mg|Euthyrox 50 µg|ramipryl 5 mg|sertralina 50 mg"), proc=_s("kolonoskopia|chemioterapia|operacja kolana")),
    "cs": dict(cond=_s("cukrovka 2. typu|vysoký krevní tlak|astma|deprese|epilepsie"), med=_s("metformin 500 mg|Euthyrox 75 µg"), proc=_s("kolonoskopie|chemoterapie")),
    "sv": dict(cond=_s("typ 2-diabetes|högt blodtryck|astma|depression|utmattningssyndrom|epilepsi"), med=_s("Alvedon 500 mg|metformin 500 mg|sertralin 50 mg|Levaxin 100 mikrog"), proc=_s("en gastroskopi|cellgiftsbehandling")),
    "nb": dict(cond=_s("diabetes type 2|høyt blodtrykk|astma|depresjon|epilepsi"), med=_s("Paracet 500 mg|metformin 500 mg|Levaxin 50 mikrog"), proc=_s("en koloskopi|cellegiftbehandling")),
    "da": dict(cond=_s("type 2-diabetes|forhøjet blodtryk|astma|depression|migræne"), med=_s("Panodil 500 mg|metformin 500 mg|sertralin 50 mg"), proc=_s("en kikkertundersøgelse|kemoterapi")),
    "fi": dict(cond=_s("tyypin 2 diabetes|verenpainetauti|astma|masennus|epilepsia"), med=_s("Panadol 500 mg|metformiini 500 mg|Thyroxin 100 mikrog"), proc=_s("paksusuolen tähystys|solunsalpaajahoito")),
    "tr": dict(cond=_s("tip 2 diyabet|hipertansiyon|astım|depresyon|epilepsi|Hashimoto tiroiditi"), med=_s("Glifor 1000 mg|Lustral 50 mg|Coraspin 100 mg"), proc=_s("kolonoskopi|kemoterapi|baypas ameliyatı")),
    "ru": dict(cond=_s("сахарный диабет 2 типа|гипертония|бронхиальная астма|депрессия|эпилепсия|гипотиреоз|ВИЧ"), med=_s("метформин 850 мг|эналаприл 10 мг|L-тироксин 50 мкг|сертралин 50 мг"), proc=_s("колоноскопия|химиотерапия|операция на сердце")),
    "uk": dict(cond=_s("цукровий діабет 2 типу|гіпертонія|астма|депресія|епілепсія"), med=_s("метформін 500 мг|еналаприл 10 мг"), proc=_s("колоноскопія|хіміотерапія")),
    "el": dict(cond=_s("διαβήτης τύπου 2|υπέρταση|άσθμα|κατάθλιψη|επιληψία|θαλασσαιμία"), med=_s("μετφορμίνη 850 mg|Depon 500 mg"), proc=_s("κολονοσκόπηση|χημειοθεραπεία")),
    "ar": dict(cond=_s("السكري من النوع الثاني|ارتفاع ضغط الدم|الربو|الاكتئاب|الصرع|فقر الدم المنجلي"), med=_s("ميتفورمين 500 ملغ|أملوديبين 5 ملغ|إنسولين"), proc=_s("عملية قلب مفتوح|غسيل الكلى|العلاج الكيميائي")),
    "he": dict(cond=_s("סוכרת סוג 2|יתר לחץ דם|אסתמה|דיכאון|אפילפסיה"), med=_s("מטפורמין 850 מ\"ג|אופטלגין 500 מ\"ג"), proc=_s("קולונוסקופיה|כימותרפיה")),
    "hi": dict(cond=_s("मधुमेह टाइप 2|उच्च रक्तचाप|दमा|अवसाद|थायराइड|टीबी"), med=_s("मेटफॉर्मिन 500 mg|Telma 40 mg|Thyronorm 50 mcg"), proc=_s("डायलिसिस|कीमोथेरेपी|एंजियोप्लास्टी")),
    "bn": dict(cond=_s("ডায়াবেটিস|উচ্চ রক্তচাপ|হাঁপানি|বিষণ্ণতা|থাইরয়েড"), med=_s("মেটফরমিন 500 mg|Napa 500 mg"), proc=_s("কেমোথেরাপি|ডায়ালাইসিস")),
    "ta": dict(cond=_s("சர்க்கரை நோய்|இரத்த அழுத்தம்|ஆஸ்துமா|மன அழுத்தம்"), med=_s("மெட்ஃபார்மின் 500 mg|Dolo 650"), proc=_s("டயாலிசிஸ்|கீமோதெரபி")),
    "th": dict(cond=_s("เบาหวานชนิดที่ 2|ความดันโลหิตสูง|หอบหืด|โรคซึมเศร้า|ไทรอยด์"), med=_s("เมทฟอร์มิน 500 มก.|พาราเซตามอล 500 มก."), proc=_s("ผ่าตัดไส้ติ่ง|เคมีบำบัด|ฟอกไต")),
    "zh": dict(cond=_s("2型糖尿病|高血压|哮喘|抑郁症|焦虑症|癫痫|乙肝|甲状腺功能减退"), med=_s("二甲双胍 500mg|氨氯地平 5mg|舍曲林 50mg|胰岛素"), proc=_s("肠镜检查|化疗|心脏搭桥手术|透析")),
    "ja": dict(cond=_s("2型糖尿病|高血圧|気管支喘息|うつ病|不安障害|てんかん|橋本病|パニック障害"), med=_s("メトホルミン 500mg|アムロジピン 5mg|ロキソニン 60mg|レクサプロ 10mg"), proc=_s("大腸内視鏡検査|抗がん剤治療|人工透析|帝王切開")),
    "ko": dict(cond=_s("제2형 당뇨병|고혈압|천식|우울증|공황장애|갑상선기능저하증"), med=_s("메트포르민 500mg|암로디핀 5mg|졸피뎀 10mg"), proc=_s("대장내시경|항암치료|제왕절개")),
    "vi": dict(cond=_s("tiểu đường tuýp 2|cao huyết áp|hen suyễn|trầm cảm|viêm gan B"), med=_s("metformin 500 mg|amlodipin 5 mg"), proc=_s("nội soi đại tràng|hóa trị|chạy thận")),
    "id": dict(cond=_s("diabetes tipe 2|hipertensi|asma|depresi|TBC|demam berdarah"), med=_s("metformin 500 mg|amlodipine 10 mg|paracetamol 500 mg"), proc=_s("operasi usus buntu|kemoterapi|cuci darah")),
    "sw": dict(cond=_s("kisukari|shinikizo la damu|pumu|malaria|kifua kikuu|VVU"), med=_s("metformin 500 mg|dawa za ARV"), proc=_s("upasuaji wa tumbo|kusafishwa damu")),
    "yo": dict(cond=_s("àtọ̀gbẹ|ẹ̀jẹ̀ ríru|ikọ́ fée|ibà"), med=_s("metformin 500 mg|Coartem"), proc=_s("iṣẹ́ abẹ")),
    "hu": dict(cond=_s("2-es típusú cukorbetegség|magas vérnyomás|asztma|depresszió"), med=_s("metformin 500 mg|Algopyrin 500 mg"), proc=_s("vastagbéltükrözés|kemoterápia")),
}


def health(rng, locale="en_US", kind=None):
    lang = locale.split("_")[0]
    h = HEALTH.get(lang, HEALTH["en"])
    kind = kind or pick(rng, ["cond", "cond", "med", "proc"])
    return pick(rng, h[kind])


# =============================================================== IBAN
IBAN_SPEC = {  # country: list of (kind, n) with kind 'n' digits, 'a' upper letters, 'c' alnum
    "DE": [("n", 18)], "FR": [("n", 10), ("c", 11), ("n", 2)], "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)],
    "NL": [("a", 4), ("n", 10)], "GB": [("a", 4), ("n", 14)], "IE": [("a", 4), ("n", 14)], "PL": [("n", 24)], "PT": [("n", 21)],
    "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)], "SE": [("n", 20)], "DK": [("n", 14)], "NO": [("n", 11)],
    "FI": [("n", 14)], "TR": [("n", 5), ("n", 1), ("c", 16)], "GR": [("n", 7), ("c", 16)], "CZ": [("n", 20)], "SA": [("n", 2), ("c", 18)],
    "IL": [("n", 19)], "HU": [("n", 24)], "LU": [("n", 3), ("c", 13)], "RO": [("a", 4), ("c", 16)], "UA": [("n", 6), ("c", 19)], "AE": [("n", 19)],
}
BANK_CODES = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "BUNQ", "KNAB"], "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MONZ", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "INGB"]}


def iban(rng, country=None, spaced=None):
    country = country or pick(rng, sorted(IBAN_SPEC))
    spec = IBAN_SPEC[country]
    parts = []
    for i, (k, n) in enumerate(spec):
        if k == "a" and n == 4 and country in BANK_CODES:
            parts.append(pick(rng, BANK_CODES[country]))
        elif k == "n":
            parts.append(digits(rng, n) if not (country == "TR" and i == 1) else "0")
        elif k == "a":
            parts.append("".join(rng.choice(string.ascii_uppercase) for _ in range(n)))
        else:
            parts.append("".join(rng.choice(string.digits * 3 + string.ascii_uppercase) for _ in range(n)))
    bban = "".join(parts)
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    ib = "%s%02d%s" % (country, check, bban)
    assert int("".join(str(int(c, 36)) for c in ib[4:] + ib[:4])) % 97 == 1
    if spaced is None:
        spaced = rng.random() < .6
    if spaced:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


LOCALE_IBAN = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT", "sv": "SE", "da": "DK", "nb": "NO", "fi": "FI",
               "tr": "TR", "el": "GR", "cs": "CZ", "ar": "SA", "he": "IL", "hu": "HU", "uk": "UA", "en": "GB"}


def iban_for(rng, locale):
    lang = locale.split("_")[0]
    if locale == "de_AT":
        return iban(rng, "AT")
    if locale == "de_CH":
        return iban(rng, "CH")
    if locale == "fr_BE":
        return iban(rng, "BE")
    if locale == "en_IE":
        return iban(rng, "IE")
    c = LOCALE_IBAN.get(lang)
    if c is None or rng.random() < .25:
        c = pick(rng, sorted(IBAN_SPEC))
    return iban(rng, c)


# =============================================================== CARDS
def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        dgt = int(ch)
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        dgt = int(ch)
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def credit_card(rng, sep=None):
    kind = pick(rng, ["visa", "visa", "mc", "mc", "amex", "disc", "mc2"])
    if kind == "visa":
        n = luhn_complete("4" + digits(rng, 5), 16, rng)
    elif kind == "mc":
        n = luhn_complete(str(rng.randrange(51, 56)) + digits(rng, 4), 16, rng)
    elif kind == "mc2":
        n = luhn_complete(str(rng.randrange(2221, 2721)) + digits(rng, 2), 16, rng)
    elif kind == "amex":
        n = luhn_complete(pick(rng, ["34", "37"]) + digits(rng, 4), 15, rng)
    else:
        n = luhn_complete("6011" + digits(rng, 2), 16, rng)
    assert luhn_ok(n)
    if sep is None:
        sep = pick(rng, [" ", " ", "-", "", " "])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    return sep.join(n[i:i + 4] for i in range(0, 16, 4)) if sep else n


# =============================================================== SSN
def ssn(rng, style=None):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    g = rng.randrange(1, 100)
    s = rng.randrange(1, 10000)
    style = style or pick(rng, ["-", "-", "-", " ", ""])
    return "%03d%s%02d%s%04d" % (a, style, g, style, s)


# =============================================================== IP
def ipv4(rng, private=None):
    if private is None:
        private = rng.random() < .25
    if private:
        return pick(rng, ["10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                          "192.168.%d.%d" % (rng.randrange(256), rng.randrange(2, 255)), "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(1, 255))])
    while True:
        a = rng.randrange(1, 224)
        if a not in (10, 127, 172, 192, 0, 100, 169):
            return "%d.%d.%d.%d" % (a, rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))


def ipv6(rng):
    groups = ["%x" % rng.randrange(0, 65536) for _ in range(8)]
    groups[0] = pick(rng, ["2001", "2a02", "2600", "2804", "240e", "2a01"])
    if rng.random() < .5:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def ip(rng):
    return ipv6(rng) if rng.random() < .2 else ipv4(rng)
