"""Per-locale names, streets, towns, postcode shapes, address layouts, phone
shapes and e-mail domains, all written by hand for dev14.

Names: "native/roman" (roman omitted for Latin script); gendered surnames
"masc;fem".  Towns: (town, postcode shape or list).  Address layouts use
{st} {n} {town} {pc} {apt} {fl} {pob} plus per-locale slots.
"""

L = {}


def add(code, **kw):
    kw["code"] = code
    kw.setdefault("lang", code.split("-")[0])
    kw.setdefault("order", "GS")
    kw.setdefault("extra", {})
    L[code] = kw


def sp(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# ============================================================== English
add("en-US", cc=None, ssn=True,
    gm=sp("James, DeShawn, Connor, Mateo, Ethan, Brandon, Tyrone, Kenji, Miguel, Caleb, Darnell, Hunter, Wyatt, Malik"),
    gf=sp("Jasmine, Emily, Aaliyah, Rachel, Megan, Brianna, Mei-Ling, Kayla, Destiny, Hannah, Sofia, Priyanka, Shaniqua, Abigail"),
    sn=sp("Alvarez, Carter, Nakamura, McBride, Johnson, Kowalski, Goldberg, Washington, O'Malley, Nguyen, Hernandez, "
          "Whitfield, Brooks, Castellano, Yazzie, Schaefer, Okoro, DiMarco"),
    mid=sp("Lee, Marie, Ann, James, Rose, Michael, Grace, Allen"),
    streets=sp("Maple Avenue, ~ High Street, Elm St, SE Division St, W 5th Ave, Cedar Lane, Oak Hollow Dr, Lakeshore Blvd, "
               "Pine Ridge Rd, Magnolia Ct, E Cherry St, Bluebonnet Ln, Old Mill Road, Sycamore Terrace"),
    towns=[("Columbus, OH", "432##"), ("Portland, OR", "972##"), ("Austin, TX", "787##"), ("Raleigh, NC", "276##"),
           ("Madison, WI", "537##"), ("Tucson, AZ", "857##"), ("Albany, NY", "122##"), ("Boise, ID", "837##"),
           ("Richmond, VA", "232##"), ("Spokane, WA", "992##"), ("Savannah, GA", "314##"), ("Dayton, OH", "454##")],
    tpl=["{n} {st}\n{town} {pc}", "{n} {st}, Apt {apt}\n{town} {pc}", "{n} {st} Unit {apt}B\n{town} {pc}",
         "PO Box {pob}\n{town} {pc}", "{n} {st} #{apt}\n{town} {pc}", "RR 2 Box {pob}\n{town} {pc}",
         "{n} {st}, Suite {pob}\n{town} {pc}-{p4}"],
    extra={"p4": "####"},
    phone=["+1 ([614|415|512|720|919|503|617|312|702|808]) ~##-####", "([614|415|512|720|919|503]) ~##-####",
           "[614|415|512|720|919|503|617]-~##-####", "+1 [312|702|808|208|804] ~## ####",
           "[614|512|919].~##.####", "([617|312]) ~##-#### ext. ###", "1-[208|804|509]-~##-####"],
    mail=sp("gmail.com, yahoo.com, outlook.com, icloud.com, aol.com, comcast.net, proton.me"),
    cards=["visa", "visa", "mastercard", "mastercard2", "amex", "discover"])

add("en-GB", cc="GB",
    gm=sp("Oliver, Rhys, Callum, Harry, Alistair, Tomasz, Kwame, Dylan, Hamish, Imran, George, Owen, Rupert"),
    gf=sp("Siobhan, Fiona, Charlotte, Amelia, Priya, Niamh, Bethan, Eleanor, Zara, Chloe, Imogen, Aoife, Morag"),
    sn=sp("O'Donnell, MacLeod, Pemberton, McAllister, Wiśniewski, Chaudhry, Fairweather, Llewellyn, Okafor, "
          "Hargreaves, Thistlethwaite, Ashworth, Doherty, Rahman, Bellamy, Featherstonehaugh, Ní Bhriain"),
    streets=sp("Harehills Lane, Cotham Hill, Leith Walk, Wilmslow Road, Mansfield Road, Albany Road, Byres Road, "
               "Heworth Green, Unthank Road, Lewes Road, Church Street, Victoria Terrace"),
    towns=[("Leeds", "LS6 #%%"), ("Bristol", "BS6 #%%"), ("Edinburgh", "EH7 #%%"), ("Manchester", "M14 #%%"),
           ("Nottingham", "NG7 #%%"), ("Cardiff", "CF24 #%%"), ("Glasgow", "G12 #%%"), ("York", "YO31 #%%"),
           ("Norwich", "NR2 #%%"), ("Brighton", "BN2 #%%")],
    tpl=["{n} {st}\n{town}\n{pc}", "Flat {apt}, {n} {st}\n{town} {pc}", "{house}\n{st}\n{town}\n{pc}",
         "Flat {fl}/{apt2}, {n} {st}\n{town} {pc}", "{n} {st}, {town} {pc}"],
    extra={"house": sp("Ivy Cottage, The Old Rectory, 2 Mill House, Rose Barn"), "apt2": "#"},
    phone=["07[911|912|817|723|448|584|956] ### ###", "+44 7[911|912|817|723|448|584] ######",
           "+44 (0)[113|117|131|161|115|29] ### ####", "0[113|117|131|161|115] ### ####", "020 [7|8]~## ####",
           "+44 20 [7|8]~## ####"],
    mail=sp("gmail.com, btinternet.com, outlook.com, yahoo.co.uk, hotmail.co.uk, sky.com"),
    cards=["visa", "visa", "mastercard", "amex"])

add("en-IN", cc=None,
    gm=sp("Rohan, Arjun, Vikram, Karthik, Aditya, Siddharth, Rahul, Imran, Venkatesh, Harpreet, Aniket, Nikhil"),
    gf=sp("Priya, Ananya, Sneha, Kavya, Deepika, Meera, Aishwarya, Pooja, Farah, Lakshmi, Ritu, Nandini"),
    sn=sp("Raghunathan, Mehta, Iyer, Nair, Kulkarni, Singh Rathore, Banerjee, Reddy, Chatterjee, Deshpande, Gill, "
          "Qureshi, Pillai, Bhattacharya, Joshi, Menon"),
    streets=sp("Koregaon Park Road, 100 Feet Road, Nungambakkam High Road, Lake Gardens, Tonk Road, Hazratganj, "
               "Road No. 12, Panampilly Nagar Avenue, CG Road"),
    towns=[("Pune, Maharashtra", "4110##"), ("Bengaluru, Karnataka", "5600##"), ("Chennai, Tamil Nadu", "6000##"),
           ("Kolkata, West Bengal", "7000##"), ("Jaipur, Rajasthan", "3020##"), ("Lucknow, Uttar Pradesh", "2260##"),
           ("Hyderabad, Telangana", "5000##"), ("Kochi, Kerala", "6820##"), ("Ahmedabad, Gujarat", "3800##")],
    tpl=["Flat {apt}, {bldg}\n{n} {st}\n{town} {pc}", "{n}, {st}\n{town} - {pc}", "H.No. {n}-{n2}, {st}\n{town} {pc}",
         "{bldg}, Flat {fl}0{apt2}, {st}, {town} {pc}"],
    extra={"bldg": sp("Sai Krupa Apartments, Prestige Shantiniketan, Lotus Residency, Green Park Society, "
                      "Kamdhenu Heights, Silver Oak Towers"), "apt2": "#"},
    phone=["+91 [98|97|99|88|70|63]### #####", "0[98|97]### #####", "+91-[80|22|11|44|33]-~###-####",
           "[98|99|91|81]########", "+91 [94|96|90]#######"],
    mail=sp("gmail.com, yahoo.co.in, rediffmail.com, outlook.com, hotmail.com"),
    cards=["visa", "mastercard", "rupay", "rupay"])

add("en-AU", cc=None,
    gm=sp("Liam, Jack, Harrison, Lachlan, Cooper, Tane, Nikolai, Riley, Mitchell, Dev, Angus"),
    gf=sp("Chloe, Mia, Isla, Matilda, Sienna, Grace, Ruby, Ngaire, Harper, Jessica, Tahlia"),
    sn=sp("O'Connor, Nguyen, Papadopoulos, Kowalczyk, Walsh, Fitzgerald, Tran, Macpherson, Singh, Costa, Whitlock, "
          "Brennan, Haddad"),
    streets=sp("Brunswick Street, King Street, Given Terrace, Rokeby Road, The Parade, Hampden Road, Lonsdale Street, "
               "Church St, Moorabool Street, Mitchell Street"),
    towns=[("Fitzroy VIC", "3065"), ("Newtown NSW", "2042"), ("Paddington QLD", "4064"), ("Subiaco WA", "6008"),
           ("Norwood SA", "5067"), ("Battery Point TAS", "7004"), ("Braddon ACT", "2612"), ("Parramatta NSW", "2150"),
           ("Geelong VIC", "3220"), ("Darwin City NT", "0800")],
    tpl=["{n} {st}\n{town} {pc}", "Unit {apt}/{n} {st}\n{town} {pc}", "{apt}/{n} {st}, {town} {pc}",
         "PO Box {pob}\n{town} {pc}", "Level {fl}, {n} {st}\n{town} {pc}"],
    phone=["04[12|13|17|21|23|38|50] ### ###", "+61 4[12|13|17|21|23|38] ### ###", "(0[2|3|7|8]) ~### ####",
           "+61 [2|3|7|8] ~### ####", "04[12|17]######"],
    mail=sp("gmail.com, bigpond.com, outlook.com, icloud.com, optusnet.com.au"),
    cards=["visa", "mastercard", "amex"])

add("en-NG", cc=None,
    gm=sp("Adebayo, Oluwaseun, Chinedu, Obinna, Abubakar, Emeka, Tunde, Ifeanyi, Musa, Babatunde, Kelechi, Yakubu"),
    gf=sp("Folasade, Ngozi, Chiamaka, Aisha, Zainab, Funmilayo, Adaeze, Yewande, Hauwa, Nneka, Temitope, Ifeoma"),
    sn=sp("Ogunleye, Adeyemi, Okonkwo, Okafor, Eze, Nwosu, Bello, Garba, Bakare, Olaniyan, Ibrahim, Adebisi, "
          "Nwachukwu, Abdullahi, Oyelaran, Akinola, Danjuma, Obi"),
    streets=sp("Allen Avenue, Herbert Macaulay Way, Aminu Kano Crescent, Awolowo Avenue, Ogui Road, Aba Road, "
               "Adeola Odeku Street, Admiralty Way"),
    towns=[("Ikeja, Lagos", "1002##"), ("Yaba, Lagos", "1012##"), ("Wuse II, Abuja", "9002##"),
           ("Bodija, Ibadan", "2002##"), ("GRA, Enugu", "4001##"), ("Old GRA, Port Harcourt", "5002##"),
           ("Sabon Gari, Kano", "7000##")],
    tpl=["{n} {st}\n{town} {pc}", "Flat {apt}, Block {blk}, {estate}\n{town}", "Plot {n}, {estate}, {town}",
         "P.M.B. {pob}, {town}", "{n} {st}, off {st2}, {town}"],
    extra={"blk": "[A|B|C|D]#", "estate": sp("Lekki Phase 1, Gwarinpa Estate, Ikota River Estate, Trans-Ekulu, "
                                             "Independence Layout"),
           "st2": sp("Opebi Road, Ahmadu Bello Way, Ring Road")},
    phone=["+234 [803|805|806|807|813|816|703|706|810|902] ### ####", "0[803|805|806|813|703|902] ### ####",
           "0[803|805|706]-###-####", "+234 1 ### ####", "+2348[03|05|06]#######"],
    mail=sp("gmail.com, yahoo.com, yahoo.co.uk, outlook.com"),
    cards=["visa", "mastercard", "mastercard"])

add("en-ZA", cc=None,
    gm=sp("Thabo, Sipho, Pieter, Johan, Tshepo, Mandla, Riaan, Yusuf, Lwazi, Kagiso"),
    gf=sp("Lerato, Annelie, Nomvula, Ayesha, Zanele, Thandiwe, Marike, Palesa, Naledi, Candice"),
    sn=sp("Mokoena, Ndlovu, Dlamini, van der Merwe, du Plessis, Patel, Khumalo, Botha, Nkosi, Naidoo, Pretorius, "
          "Mahlangu, Jacobs, Coetzee"),
    streets=sp("Lower Main Road, 7th Street, Musgrave Road, Burnett Street, Govan Mbeki Avenue, Dorp Street, "
               "Vilakazi Street, Jan Smuts Avenue"),
    towns=[("Observatory, Cape Town", "7925"), ("Melville, Johannesburg", "2092"), ("Berea, Durban", "4001"),
           ("Hatfield, Pretoria", "0083"), ("Central, Gqeberha", "6001"), ("Stellenbosch", "7600"),
           ("Orlando West, Soweto", "1804")],
    tpl=["{n} {st}\n{town}\n{pc}", "Unit {apt}, {complex}\n{n} {st}\n{town}, {pc}", "PO Box {pob}, {town}, {pc}",
         "{n} {st}, {town}, {pc}"],
    extra={"complex": sp("Oak Village, Sunset Mews, Die Eike, Umhlanga Ridge")},
    phone=["+27 [82|83|72|73|76|84|61|71] ### ####", "0[82|83|72|76|61] ### ####", "(0[21|11|31|12|41]) ~## ####",
           "+27 [21|11|31] ~## ####", "0[82|72]#######"],
    mail=sp("gmail.com, webmail.co.za, mweb.co.za, outlook.com, icloud.com"),
    cards=["visa", "mastercard"])

# ============================================================== Spanish
add("es-ES", cc="ES", surn2=True,
    gm=sp("Javier, Alejandro, Pablo, Iker, Jordi, Sergio, Álvaro, Rubén, Íñigo, Hugo, Mario, José Manuel"),
    gf=sp("María José, Lucía, Carmen, Nerea, Ainhoa, Marta, Paula, Begoña, Rocío, Montserrat, Irene, Elena"),
    sn=sp("Fernández, Ruiz, García, López, Martínez, Sánchez, Etxeberria, Puig, Castillo, Ortega, Navarro, Iglesias, "
          "Gil, Vázquez, Romero, Domínguez, de la Fuente"),
    streets=sp("Calle de Embajadores, Carrer de Verdi, Avenida del Puerto, Calle Feria, Calle Ercilla, "
               "Paseo de la Independencia, Calle Larios, Calle Mayor, Avenida de la Constitución, Calle Estafeta"),
    towns=[("Madrid", "280##"), ("Barcelona", "080##"), ("Valencia", "460##"), ("Sevilla", "410##"),
           ("Bilbao", "480##"), ("Zaragoza", "500##"), ("Málaga", "290##"), ("Granada", "180##"), ("Pamplona", "310##")],
    tpl=["{st}, {n}, {piso}\n{pc} {town}", "{st} {n}, {piso}, {pc} {town}", "Apartado de Correos {pob}\n{pc} {town}",
         "{st}, {n}\n{pc} {town}", "{st}, n.º {n}, {piso}\n{pc} {town}"],
    extra={"piso": sp("3.º B, 2.º izq., bajo A, 5.º 2.ª, ático, 1.º dcha., 4.º D")},
    phone=["+34 6## ## ## ##", "6## ### ###", "[91|93|96|95|94] ### ## ##", "+34 9[1|3|5|6]# ### ###",
           "6########", "+34 7## ## ## ##"],
    mail=sp("gmail.com, hotmail.es, yahoo.es, telefonica.net, outlook.es"),
    cards=["visa", "mastercard"])

add("es-MX", cc=None, surn2=True,
    gm=sp("José Luis, Miguel Ángel, Diego, Emiliano, Rodrigo, Alejandro, Luis Fernando, Santiago, Jesús, Arturo"),
    gf=sp("Guadalupe, Ximena, Fernanda, Mariana, Itzel, Valeria, Citlali, Daniela, Regina, Alejandra"),
    sn=sp("Hernández, Ramírez, Torres, Flores, Gutiérrez, Mendoza, Aguilar, Rivera, Cruz, Juárez, Pacheco, Moreno, "
          "Salazar, Xicoténcatl"),
    streets=sp("Calle Durango, Av. Insurgentes Sur, Calle López Cotilla, Av. Constitución, Calle 5 de Mayo, "
               "Calle 60, Av. Juárez, Calle Tabasco"),
    towns=[("Ciudad de México, CDMX", "06700"), ("Ciudad de México, CDMX", "03100"), ("Guadalajara, Jal.", "44160"),
           ("Monterrey, ~.L.", "64000"), ("Puebla, Pue.", "72160"), ("Mérida, Yuc.", "97070"),
           ("Oaxaca de Juárez, Oax.", "68000")],
    tpl=["{st} {n}, Int. {apt}\nCol. {col}\n{pc} {town}", "{st} {n}, Col. {col}, {pc} {town}",
         "{st} #{n} Depto. {apt}, Col. {col}, C.P. {pc}, {town}", "{st} {n}\n{col}\n{pc} {town}"],
    extra={"col": sp("Roma Norte, Del Valle Centro, Americana, Centro, La Paz, García Ginerés, Narvarte Poniente")},
    phone=["+52 55 #### ####", "55 #### ####", "(33) #### ####", "+52 1 81 #### ####", "+52 (222) ### ####",
           "(999) ### ####", "55-####-####"],
    mail=sp("gmail.com, hotmail.com, prodigy.net.mx, outlook.com, yahoo.com.mx"),
    cards=["visa", "mastercard", "amex"])

add("es-AR", cc=None,
    gm=sp("Matías, Facundo, Joaquín, Tomás, Nicolás, Agustín, Lautaro, Federico, Gonzalo, Ezequiel"),
    gf=sp("Florencia, Camila, Agustina, Micaela, Sofía, Lucila, Rocío, Milagros, Valentina, Julieta"),
    sn=sp("Gómez, Fernández, Rodríguez, Pereyra, Sosa, Romero, Benítez, Acosta, Medina, Giménez, Ferraro, Kaplan, "
          "Iriarte, Paz"),
    streets=sp("Av. Corrientes, Bv. Oroño, Av. Colón, Calle 7, Av. San Martín, Thames, Gurruchaga, Av. Cabildo"),
    towns=[("CABA", "C14##@@@"), ("Rosario, Santa Fe", "S20##@@@"), ("Córdoba", "X50##@@@"),
           ("Mendoza", "M55##@@@"), ("La Plata, Buenos Aires", "B19##@@@"), ("San Miguel de Tucumán", "T40##@@@")],
    tpl=["{st} {n}, Piso {fl} Depto. {dep}\n{pc} {town}", "{st} {n}\n{pc} {town}",
         "{st} {n} {fl}º \"{dep}\", {pc} {town}", "{st} {n}, {fl}° {dep}, {town} ({pc})"],
    extra={"dep": "[A|B|C|D|E]"},
    phone=["+54 9 11 ~###-####", "011 ~###-####", "(0341) 15-~##-####", "+54 351 ~##-####", "11 ~###-####",
           "15-~###-####"],
    mail=sp("gmail.com, hotmail.com, fibertel.com.ar, yahoo.com.ar"),
    cards=["visa", "mastercard", "amex"])

# ============================================================== Portuguese
add("pt-BR", cc="BR", surn2=True,
    gm=sp("João Pedro, Lucas, Gabriel, Rafael, Thiago, Matheus, Felipe, Gustavo, Caio, Luiz Carlos, Anderson, Wellington"),
    gf=sp("Bruna, Ana Clara, Juliana, Larissa, Camila, Fernanda, Letícia, Mariana, Beatriz, Tatiane, Luana, Gabriela"),
    sn=sp("dos Santos, Araújo, da Silva, Oliveira, Souza, Pereira, Ferreira, Rodrigues, Almeida, Nascimento, Lima, "
          "Carvalho, Ribeiro, Gomes, Barbosa, Cavalcanti, de Souza"),
    suffix=sp("Júnior, Filho, Neto"),
    streets=sp("Rua Augusta, Rua Voluntários da Pátria, Av. Afonso Pena, Rua Padre Chagas, Av. Boa Viagem, "
               "Rua Tibúrcio Cavalcante, Rua Comendador Araújo, Rua Amazonas"),
    towns=[("Consolação, São Paulo - SP", "01304-###"), ("Botafogo, Rio de Janeiro - RJ", "22270-###"),
           ("Centro, Belo Horizonte - MG", "30130-###"), ("Moinhos de Vento, Porto Alegre - RS", "90570-###"),
           ("Boa Viagem, Recife - PE", "51020-###"), ("Meireles, Fortaleza - CE", "60165-###"),
           ("Batel, Curitiba - PR", "80420-###"), ("Pituba, Salvador - BA", "41810-###")],
    tpl=["{st}, {n}, apto {apt}\n{town}\n{pc}", "{st}, {n} - {town}, {pc}",
         "{st}, {n}, bloco {blk}, ap. {apt} - {town} - CEP {pc}", "Caixa Postal {pob}\n{town}\n{pc}",
         "{st} {n}, casa {n2} - {town} - CEP {pc}"],
    extra={"blk": "[A|B|C|2|3]"},
    phone=["+55 [11|21|31|51|81|85|41|71] 9####-####", "([11|21|31|51|81]) 9####-####", "([11|21|31]) [2|3]###-####",
           "+55 (51) 9####-####", "(0xx11) 9####-####", "[11|21]9########"],
    mail=sp("gmail.com, hotmail.com, uol.com.br, bol.com.br, terra.com.br, outlook.com"),
    cards=["visa", "mastercard", "elo", "elo"])

add("pt-PT", cc="PT", surn2=True,
    gm=sp("João, Tiago, Rui, Miguel, Duarte, Gonçalo, Nuno, Afonso, Diogo, Vasco"),
    gf=sp("Inês, Beatriz, Mariana, Catarina, Leonor, Joana, Matilde, Rita, Sofia, Teresa"),
    sn=sp("Ferreira, Santos, Pereira, Costa, Martins, Sousa, Rodrigues, Carvalho, Lopes, Marques, Gaspar, Fonseca, "
          "Antunes, Magalhães"),
    streets=sp("Rua de Cedofeita, Avenida de Roma, Rua Ferreira Borges, Rua do Souto, Rua de Santo António, "
               "Avenida Lourenço Peixinho, Avenida Almirante Reis"),
    towns=[("Porto", "4050-###"), ("Lisboa", "1700-###"), ("Coimbra", "3000-###"), ("Braga", "4710-###"),
           ("Faro", "8000-###"), ("Aveiro", "3810-###"), ("Setúbal", "2900-###")],
    tpl=["{st}, {n}, {andar}\n{pc} {town}", "{st} {n} {andar}, {pc} {town}", "Apartado {pob}\n{pc} {town}",
         "{st}, n.º {n}\n{pc} {town}"],
    extra={"andar": sp("3.º Esq., 2.º Dto., R/C, 1.º Frente, 4.º B")},
    phone=["+351 9[1|2|3|6]# ### ###", "9[1|2|3|6]# ### ###", "+351 21 ### ####", "22 ### ####", "9[1|3]#######"],
    mail=sp("gmail.com, sapo.pt, hotmail.com, outlook.pt, netcabo.pt"),
    cards=["visa", "mastercard"])

# ============================================================== French
add("fr-FR", cc="FR",
    gm=sp("Julien, Mathieu, Théo, Hugo, Karim, Antoine, Baptiste, Étienne, Yannick, Loïc, Mehdi, Rémi"),
    gf=sp("Camille, Léa, Chloé, Manon, Inès, Sophie, Aurélie, Élodie, Margaux, Yasmine, Clémence, Océane"),
    sn=sp("Lefèvre, Moreau, Girard, Lambert, Fontaine, Rousseau, Bensaïd, Mercier, Chevalier, Le Goff, Faure, "
          "Roussel, Benali, Gauthier, de Saint-Aubin"),
    streets=sp("rue des Tanneurs, allée des Cerisiers, boulevard de la Liberté, impasse du Moulin, cours Julien, "
               "quai de la Fosse, rue Sainte-Catherine, avenue Jean-Jaurès, rue de la République, chemin des Vignes"),
    towns=[("Strasbourg", ["67000", "67100", "67200"]), ("Lyon", ["69001", "69003", "69007", "69008"]),
           ("Lille", ["59000", "59800"]), ("Toulouse", ["31000", "31200", "31400"]), ("Rennes", ["35000", "35200"]),
           ("Marseille", ["13001", "13006", "13008"]), ("Nantes", ["44000", "44100"]), ("Bordeaux", ["33000", "33800"])],
    tpl=["{n} {st}\n{pc} {town}", "{bat}\n{n} {st}\n{pc} {town}", "{n} bis {st}, {pc} {town}",
         "BP {pob}\n{pc} {town} Cedex", "{n}, {st} – {pc} {town}"],
    extra={"bat": ["Bâtiment B, appt 34", "Résidence Les Tilleuls, esc. 2", "3e étage gauche", "Appt 12"]},
    phone=["0[6|7] ## ## ## ##", "+33 [6|7] ## ## ## ##", "+33 (0)[1|2|3|4|5] ## ## ## ##",
           "0[1|2|3|4|5].##.##.##.##", "0[6|7]########", "0[1|4|5] ## ## ## ##"],
    mail=sp("orange.fr, free.fr, laposte.net, gmail.com, sfr.fr, hotmail.fr, wanadoo.fr"),
    cards=["visa", "mastercard"])

add("fr-CA", cc=None,
    gm=sp("Jean-François, Mathieu, Olivier, Félix, Gabriel, Samuel, Étienne, Maxime, Louis-Philippe, Sébastien"),
    gf=sp("Marie-Ève, Geneviève, Catherine, Audrey, Émilie, Laurence, Rosalie, Stéphanie, Josée, Marie-Pier"),
    sn=sp("Tremblay, Gagnon, Roy, Bouchard, Gauthier, Côté, Bélanger, Lévesque, Pelletier, Fortin, Ouellet, "
          "Bergeron, Thibodeau"),
    streets=sp("rue Saint-Denis, avenue Cartier, rue Principale, boulevard René-Lévesque, rue King Ouest, "
               "rue des Forges, avenue du Mont-Royal Est, boulevard des Laurentides"),
    towns=[("Montréal (Québec)", "H2J #&#"), ("Québec (Québec)", "G1R #&#"), ("Gatineau (Québec)", "J9H #&#"),
           ("Sherbrooke (Québec)", "J1H #&#"), ("Trois-Rivières (Québec)", "G9A #&#"), ("Laval (Québec)", "H7~ #&#")],
    tpl=["{n}, {st}, app. {apt}\n{town}  {pc}", "{n} {st}\n{town} {pc}", "C.P. {pob}, succ. Centre-ville\n{town} {pc}",
         "{n}-{n2}, {st}, {town} {pc}"],
    phone=["+1 [514|438|418|819|450] ~##-####", "([514|418|819]) ~##-####", "[514|418|819|450]-~##-####",
           "[514|418] ~##-#### poste ###"],
    mail=sp("videotron.ca, gmail.com, hotmail.com, sympatico.ca, outlook.com"),
    cards=["visa", "mastercard", "amex"])

add("fr-BE", cc="BE",
    gm=sp("Thomas, Maxime, Arnaud, Cédric, Quentin, Jérôme, Nicolas, Youssef, Benoît, Grégory"),
    gf=sp("Laura, Aurélie, Pauline, Céline, Justine, Amandine, Sarah, Nadia, Marie, Charlotte"),
    sn=sp("Peeters, Janssens, Dubois, Lambert, Renard, Lejeune, Denis, Leclercq, Wauters, Maes, Claes, El Amrani, "
          "Delvaux, Van den Broeck"),
    streets=sp("Rue du Midi, Avenue Rogier, Chaussée de Waterloo, Rue de Fer, Rue de la Montagne, Boulevard Tirou, "
               "Rue de Namur, Place Flagey"),
    towns=[("Bruxelles", "1000"), ("Ixelles", "1050"), ("Uccle", "1180"), ("Liège", "4000"), ("Namur", "5000"),
           ("Charleroi", "6000"), ("Mons", "7000"), ("Louvain-la-Neuve", "1348")],
    tpl=["{st} {n}\n{pc} {town}", "{st} {n}, boîte {bte}\n{pc} {town}", "{st} {n} bte {bte}, {pc} {town}"],
    extra={"bte": "#"},
    phone=["+32 4[70|75|76|77|78|79|85|86|95|96|97|98|99] ## ## ##", "04[75|76|77|78|85|96]/##.##.##",
           "0[2|4|9] ### ## ##", "+32 [2|4|9] ### ## ##", "04[75|76|77] ## ## ##"],
    mail=sp("skynet.be, telenet.be, gmail.com, hotmail.com, proximus.be"),
    cards=["visa", "mastercard"])

# ============================================================== German
add("de-DE", cc="DE",
    gm=sp("Jonas, Lukas, Maximilian, Tobias, Florian, Mehmet, Sebastian, Niklas, Jörg, Matthias, Benedikt, Kai-Uwe"),
    gf=sp("Lena, Hannah, Johanna, Katharina, Anja, Sabine, Lea-Marie, Annika, Ayşe, Franziska, Birgit, Svenja"),
    sn=sp("Keller, Schmidt, Weber, Müller, Schröder, Hoffmann, Wagner, Becker, Schäfer, Krüger, Yılmaz, von Bülow, "
          "Neumann, Zimmermann, Hartmann, Köhler, Brandt-Schulze, Meißner, Großmann, Kowalczyk"),
    streets=sp("Lindenstraße, Schanzenstraße, Am Kuhberg, Eisenacher Str., Hauptstraße, Gutenbergplatz, Sonnenallee, "
               "Bergmannstraße, Karl-Heine-Straße, Im Wiesengrund, Auf dem Hügel, Kastanienallee"),
    towns=[("Berlin", ["10969", "10435", "12047", "10115", "13353"]), ("Hamburg", ["20357", "22765", "20099"]),
           ("München", ["80331", "81541", "80799"]), ("Köln", ["50667", "50823", "50937"]),
           ("Leipzig", ["04155", "04109", "04275"]), ("Ulm", ["89077", "89073"]), ("Heidelberg", ["69117", "69120"]),
           ("Mainz", ["55116", "55118"]), ("Freiburg im Breisgau", ["79098", "79102"]), ("Dresden", ["01099", "01307"])],
    tpl=["{st} {n}\n{pc} {town}", "{st} {n}, {og}\n{pc} {town}", "Postfach {pf}\n{pc} {town}",
         "{st} {n}, {pc} {town}", "{st} {n}\n{og}\nD-{pc} {town}"],
    extra={"og": sp("2. OG links, Hinterhaus 3. OG, Whg. 12, EG rechts, 4. Stock, Seitenflügel"),
           "pf": "## ## ##", "n": "[#|##|1##|#a|##b]"},
    phone=["+49 1[51|52|57|60|62|70|71|72|73|75|76|77|78|79] ########", "01[51|52|57|60|62|70|71|72|76] #### ####",
           "0[30|40|89] #### ####", "+49 (0)[30|40|89|221|341|731] ### ### ##", "0[221|341|731|6221]/####-###",
           "01[51|57|60|76] ########"],
    mail=sp("web.de, gmx.de, t-online.de, gmail.com, posteo.de, mailbox.org, outlook.de"),
    cards=["visa", "mastercard", "mastercard2"])

add("de-AT", cc="AT",
    gm=sp("Florian, Lukas, David, Stefan, Dominik, Markus, Alexander, Thomas, Matthias, Bernhard"),
    gf=sp("Katharina, Julia, Lisa, Magdalena, Theresa, Verena, Christina, Elisabeth, Sophie, Sarah"),
    sn=sp("Gruber, Huber, Bauer, Wagner, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs, Eder, Novak, "
          "Wimmer"),
    streets=sp("Schönbrunner Straße, Herrengasse, Linzer Gasse, Maria-Theresien-Straße, Neubaugasse, "
               "Landstraßer Hauptstraße, Thaliastraße, Annenstraße"),
    towns=[("Wien", ["1050", "1070", "1160", "1020", "1180"]), ("Graz", ["8010", "8020"]), ("Salzburg", ["5020"]),
           ("Innsbruck", ["6020"]), ("Linz", ["4020"]), ("Klagenfurt am Wörthersee", ["9020"])],
    tpl=["{st} {n}/Top {apt}\n{pc} {town}", "{st} {n}/{stg}/{apt}\n{pc} {town}", "{st} {n}, {pc} {town}",
         "{st} {n}/{apt}, A-{pc} {town}"],
    extra={"stg": "#"},
    phone=["+43 6[64|60|76|50|99] ### ####", "06[64|60|76|50] #######", "+43 1 ### ## ##", "01/### ## ##-##",
           "0[316|662|512|732] ## ## ##"],
    mail=sp("gmx.at, aon.at, chello.at, gmail.com, a1.net"),
    cards=["visa", "mastercard"])

add("de-CH", cc="CH",
    gm=sp("Reto, Beat, Urs, Lukas, Jan, Nicolas, Fabio, Marco, Simon, Adrian"),
    gf=sp("Corinne, Nicole, Andrea, Seraina, Fabienne, Daniela, Sandra, Mirjam, Laura, Anna"),
    sn=sp("Meier, Müller, Schneider, Brunner, Baumann, Gerber, Frei, Keller, Zürcher, Bühler, Widmer, Graf, Käser, "
          "Rüegg"),
    streets=sp("Langstrasse, Spalenberg, Gerechtigkeitsgasse, Weinbergstrasse, Hirschmattstrasse, Zürcherstrasse, "
               "Technikumstrasse, Rorschacher Strasse"),
    towns=[("Zürich", ["8004", "8003", "8037", "8050"]), ("Basel", ["4051", "4057"]), ("Bern", ["3011", "3013"]),
           ("Luzern", ["6003", "6004"]), ("Winterthur", ["8400", "8406"]), ("St. Gallen", ["9000"])],
    tpl=["{st} {n}\n{pc} {town}", "{st} {n}, {pc} {town}", "Postfach {pob}\n{pc} {town}",
         "{st} {n}, CH-{pc} {town}"],
    phone=["+41 7[6|7|8|9] ### ## ##", "07[6|7|8|9] ### ## ##", "0[44|61|31|41|52|71] ### ## ##",
           "+41 (0)[44|22|61] ### ## ##"],
    mail=sp("bluewin.ch, gmx.ch, sunrise.ch, gmail.com, hispeed.ch"),
    cards=["visa", "mastercard"])

# ============================================================== Italian, Dutch
add("it-IT", cc="IT",
    gm=sp("Giuseppe, Marco, Alessandro, Lorenzo, Matteo, Francesco, Davide, Gianluca, Pierpaolo, Salvatore, Andrea, Niccolò"),
    gf=sp("Giulia, Chiara, Francesca, Martina, Alessia, Valentina, Federica, Sara, Elisa, Beatrice, Ilaria, Gaia"),
    sn=sp("Rossi, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Lombardi, "
          "Barbieri, Mancini, Fontana, Caruso, D'Angelo"),
    streets=sp("Via dei Serragli, Corso Buenos Aires, Via Toledo, Piazza Santo Stefano, Via Garibaldi, Via del Pigneto, "
               "Via Maqueda, Corso Vittorio Emanuele II, Via Mazzini, Viale Monza"),
    towns=[("Firenze FI", ["50124", "50122", "50133"]), ("Milano MI", ["20124", "20135", "20144"]),
           ("Napoli NA", ["80134", "80121"]), ("Bologna BO", ["40125", "40126"]), ("Torino TO", ["10122", "10128"]),
           ("Roma RM", ["00187", "00153", "00185"]), ("Palermo PA", ["90133", "90141"]), ("Bari BA", ["70121"]),
           ("Verona VR", ["37121"])],
    tpl=["{st} {n}\n{pc} {town}", "{st} {n}, scala {sc}, int. {apt}\n{pc} {town}", "{st}, {n} - {pc} {town}",
         "Casella Postale {pob}\n{pc} {town}", "{st} {n}/{sc}, {pc} {town}"],
    extra={"sc": "[A|B|C]"},
    phone=["+39 3[47|33|35|38|40|48|66|89|29|27] ### ####", "3[47|33|38|40|66|89] #######", "0[55|81|51|11] ### ####",
           "0[2|6] #### ####", "+39 0[2|6] #### ####", "+39 3[47|33|38]#######"],
    mail=sp("libero.it, gmail.com, virgilio.it, tiscali.it, alice.it, hotmail.it"),
    cards=["visa", "mastercard", "amex"])

add("nl-NL", cc="NL",
    gm=sp("Daan, Sem, Bram, Thijs, Jeroen, Pieter, Mohammed, Ruben, Joost, Wouter"),
    gf=sp("Sanne, Femke, Anouk, Lotte, Eva, Marloes, Fleur, Noor, Esther, Ilse"),
    sn=sp("de Vries, van der Meer, Jansen, Bakker, Visser, Smit, van den Berg, Mulder, de Jong, Bos, Vermeulen, "
          "El Idrissi, Hendriks, van Dijk, Kok"),
    streets=sp("Prinsengracht, Nieuwe Binnenweg, Oudegracht, Stationsweg, Kerkstraat, Vismarkt, Stratumseind, "
               "Laan van Meerdervoort, Molenstraat, Biltstraat"),
    towns=[("Amsterdam", "10~# @@"), ("Rotterdam", "30~# @@"), ("Utrecht", "35~# @@"), ("Leiden", "23~# @@"),
           ("Groningen", "97~# @@"), ("Eindhoven", "56~# @@"), ("Den Haag", "25~# @@"), ("Nijmegen", "65~# @@")],
    tpl=["{st} {n}\n{pc} {town}", "{st} {n}-{h}\n{pc} {town}", "{st} {n}{hl}, {pc} {town}",
         "Postbus {pob}\n{pc} {town}", "{st} {n} {hl2}\n{pc}  {town}"],
    extra={"h": "[1|2|3|hs|II]", "hl": "[A|B|C]", "hl2": "[bis|zw|III]"},
    phone=["+31 6 ########", "06-########", "06 ## ## ## ##", "0[20|10|30|70|40|50] ### ####",
           "+31 (0)[20|10|30] ### ####", "+31 6 ## ## ## ##"],
    mail=sp("ziggo.nl, kpnmail.nl, gmail.com, hotmail.nl, xs4all.nl, outlook.com"),
    cards=["visa", "mastercard"])

# ============================================================== Nordic, Central/Eastern Europe
add("pl-PL", cc="PL",
    gm=sp("Piotr, Krzysztof, Tomasz, Paweł, Michał, Łukasz, Grzegorz, Jakub, Marcin, Wojciech"),
    gf=sp("Agnieszka, Katarzyna, Małgorzata, Joanna, Magdalena, Aleksandra, Zofia, Natalia, Ewa, Dorota"),
    sn=sp("Nowak, Kowalski;Kowalska, Wiśniewski;Wiśniewska, Wójcik, Kamiński;Kamińska, Lewandowski;Lewandowska, "
          "Zieliński;Zielińska, Szymański;Szymańska, Woźniak, Dąbrowski;Dąbrowska, Kozłowski;Kozłowska, Mazur, "
          "Krawczyk, Grabowski;Grabowska, Pawlak, Sobczak"),
    streets=sp("ul. Piotrkowska, ul. Długa, al. Jana Pawła II, ul. Świętojańska, ul. Marszałkowska, ul. Świdnicka, "
               "ul. Półwiejska, ul. Zielona, os. Tysiąclecia"),
    towns=[("Łódź", "90-###"), ("Gdańsk", "80-###"), ("Kraków", "31-###"), ("Gdynia", "81-###"),
           ("Warszawa", "0[0|2]-###"), ("Wrocław", "50-###"), ("Poznań", "61-###"), ("Lublin", "20-###")],
    tpl=["{st} {n} m. {apt}\n{pc} {town}", "{st} {n}/{apt}, {pc} {town}", "{st} {n}\n{pc} {town}",
         "skr. poczt. {pob}\n{pc} {town}"],
    extra={"n": "[#|##|1##|##A]"},
    phone=["+48 [5|6|7|8]## ### ###", "[501|601|602|660|691|724|788|512] ### ###", "(22) ### ## ##",
           "+48 [58|12|71|61] ### ## ##", "[5|6|7]##-###-###"],
    mail=sp("wp.pl, onet.pl, o2.pl, gmail.com, interia.pl"),
    cards=["visa", "mastercard"])

add("sv-SE", cc="SE",
    gm=sp("Erik, Johan, Oskar, Anders, Mikael, Linus, Emil, Björn, Ahmad, Gustav"),
    gf=sp("Elin, Karin, Sofia, Maja, Ebba, Linnea, Ingrid, Astrid, Sara, Frida"),
    sn=sp("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Lindqvist, Bergström, Lundgren, Sjöberg, Holm, Åberg, "
          "Öberg, Hedlund, Nyström"),
    streets=sp("Götgatan, Vasagatan, Stora Södergatan, Kungsgatan, Drottninggatan, Storgatan, Sankt Eriksgatan, "
               "Linnégatan"),
    towns=[("Stockholm", "11~ ##"), ("Göteborg", "41~ ##"), ("Lund", "22~ ##"), ("Uppsala", "75~ ##"),
           ("Malmö", "21~ ##"), ("Umeå", "90~ ##")],
    tpl=["{st} {n}, lgh {lgh}\n{pc} {town}", "{st} {n}\n{pc} {town}", "{st} {n} {lett}, {pc} {town}",
         "Box {pob}\n{pc} {town}", "{st} {n}\nSE-{pc} {town}"],
    extra={"lgh": "1~0#", "lett": "[A|B|C]"},
    phone=["+46 7[0|2|3|6|9] ### ## ##", "07[0|2|3|6|9]-### ## ##", "08-### ## ##", "0[31|40|46|18|90]-## ## ##",
           "+46 [8|31|40] ### ## ##"],
    mail=sp("telia.com, gmail.com, hotmail.se, outlook.com, bredband.net"),
    cards=["visa", "mastercard"])

add("nb-NO", cc="NO",
    gm=sp("Magnus, Henrik, Sindre, Eirik, Håkon, Andreas, Jørgen, Vegard, Thomas, Ola"),
    gf=sp("Ingrid, Silje, Ida, Marte, Ragnhild, Synnøve, Tonje, Kristine, Hanne, Solveig"),
    sn=sp("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Bakken, Haugen, Lie, Dahl, "
          "Strand, Fjeldstad, Bjørnstad, Sæther"),
    streets=sp("Thorvald Meyers gate, Kong Oscars gate, Munkegata, Kirkegata, Storgata, Pedersgata, Markens gate, "
               "Sjøgata"),
    towns=[("Oslo", "05##"), ("Bergen", "50##"), ("Trondheim", "70##"), ("Stavanger", "40##"), ("Tromsø", "90##"),
           ("Kristiansand", "46##")],
    tpl=["{st} {n}\n{pc} {town}", "{st} {n} {lett}, {pc} {town}", "Postboks {pob}\n{pc} {town}",
         "{st} {n}, leil. H0{fl}0{apt2}\n{pc} {town}"],
    extra={"lett": "[A|B|C]", "apt2": "[1|2|3|4]"},
    phone=["+47 [4|9]## ## ###", "[4|9]## ## ###", "[22|23|55|73|51] ## ## ##", "+47 [22|55|73] ## ## ##",
           "+47 [4|9]#######"],
    mail=sp("online.no, gmail.com, hotmail.com, live.no, outlook.com"),
    cards=["visa", "mastercard"])

add("da-DK", cc="DK",
    gm=sp("Mads, Rasmus, Frederik, Mikkel, Kasper, Søren, Anders, Jonas, Emil, Nikolaj"),
    gf=sp("Mette, Sofie, Ida, Louise, Camilla, Freja, Signe, Line, Pernille, Maja"),
    sn=sp("Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Madsen, "
          "Kjær, Østergaard, Lund, Holm"),
    streets=sp("Nørrebrogade, Jægergårdsgade, Vestergade, Østerbrogade, Boulevarden, Algade, Gammel Kongevej, Bredgade"),
    towns=[("København N", "2200"), ("København Ø", "2100"), ("Aarhus C", "8000"), ("Odense C", "5000"),
           ("Aalborg", "9000"), ("Frederiksberg", "2000"), ("Roskilde", "4000")],
    tpl=["{st} {n}, {etage}\n{pc} {town}", "{st} {n}\n{pc} {town}", "{st} {n}, {etage}, {pc} {town}",
         "Postboks {pob}\n{pc} {town}", "{st} {n}{lett}\nDK-{pc} {town}"],
    extra={"etage": sp("3. tv., 1. th., st. mf., 2. sal, 4. tv"), "lett": "[A|B]"},
    phone=["+45 [20|21|22|26|28|30|31|40|42|50|51|60|61|71|81] ## ## ##", "[20|22|26|30|40|42|50|60] ## ## ##",
           "[33|35|86|66|98] ## ## ##", "+45 [20|28|40]######"],
    mail=sp("gmail.com, hotmail.dk, mail.dk, jubii.dk, outlook.dk"),
    cards=["visa", "mastercard"])

add("fi-FI", cc="FI",
    gm=sp("Mikko, Juha, Antti, Ville, Jussi, Teemu, Eero, Aleksi, Lauri, Janne"),
    gf=sp("Aino, Laura, Johanna, Emilia, Satu, Noora, Veera, Hanna, Päivi, Riikka"),
    sn=sp("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, "
          "Salonen, Väisänen, Kärkkäinen"),
    streets=sp("Fleminginkatu, Hämeenkatu, Aurakatu, Kauppurienkatu, Kauppakatu, Mannerheimintie, Tapiolantie, Puistokatu"),
    towns=[("Helsinki", "005#0"), ("Tampere", "331#0"), ("Turku", "201#0"), ("Oulu", "901#0"), ("Jyväskylä", "401#0"),
           ("Espoo", "021#0")],
    tpl=["{st} {n} {lett} {apt}\n{pc} {town}", "{st} {n}\n{pc} {town}", "{st} {n} as. {apt}, {pc} {town}",
         "PL {pob}\n{pc} {town}", "{st} {n} {lett} {apt}, FI-{pc} {town}"],
    extra={"lett": "[A|B|C|D]"},
    phone=["+358 4[0|1|4|5|6] ### ####", "04[0|1|4|5] ### ####", "09 #### ####", "+358 50 ### ####", "050 ### ####"],
    mail=sp("gmail.com, hotmail.fi, elisanet.fi, kolumbus.fi, outlook.com"),
    cards=["visa", "mastercard"])

add("cs-CZ", cc="CZ",
    gm=sp("Jan, Petr, Tomáš, Jakub, Lukáš, Martin, Ondřej, Jiří, Vojtěch, Radek"),
    gf=sp("Tereza, Kateřina, Lucie, Veronika, Barbora, Eliška, Markéta, Jana, Petra, Zuzana"),
    sn=sp("Novák;Nováková, Svoboda;Svobodová, Dvořák;Dvořáková, Černý;Černá, Procházka;Procházková, Kučera;Kučerová, "
          "Veselý;Veselá, Horák;Horáková, Němec;Němcová, Marek;Marková, Pokorný;Pokorná, Růžička;Růžičková"),
    streets=sp("Vinohradská, Kounicova, Masarykova, Husova, Korunní, Lidická, Nádražní, Palackého"),
    towns=[("Praha 10", "100 00"), ("Praha 2", "120 00"), ("Brno", "602 00"), ("Olomouc", "779 00"),
           ("Plzeň", "301 00"), ("Ostrava", "702 00"), ("České Budějovice", "370 01")],
    tpl=["{st} {cp}/{n}\n{pc} {town}", "{st} {n}, {pc} {town}", "{st} {cp}/{n}, byt {apt}\n{pc} {town}",
         "P. O. Box {pob}, {pc} {town}"],
    extra={"cp": "[1###|2###|###]"},
    phone=["+420 [6|7]## ### ###", "[60|72|73|77]# ### ###", "2## ### ###", "+420 2## ### ###"],
    mail=sp("seznam.cz, email.cz, centrum.cz, gmail.com, post.cz"),
    cards=["visa", "mastercard"])

add("ro-RO", cc="RO",
    gm=sp("Andrei, Mihai, Alexandru, Ionuț, Cristian, Bogdan, Răzvan, Vlad, Gheorghe, Ștefan"),
    gf=sp("Ioana, Elena, Andreea, Mihaela, Alexandra, Cristina, Roxana, Bianca, Ana-Maria, Irina"),
    sn=sp("Popescu, Ionescu, Popa, Dumitru, Stan, Stoica, Gheorghiu, Munteanu, Constantinescu, Lungu, Mureșan, Rusu, "
          "Dobre, Pătrașcu"),
    streets=sp("Str. Mihai Eminescu, Bd. Eroilor, Str. Lăpușneanu, Calea Aradului, Str. Republicii, Bd. Tomis, "
               "Calea Victoriei, Str. Horea"),
    towns=[("București, Sector 1", "0105##"), ("Cluj-Napoca", "4001##"), ("Iași", "7000##"), ("Timișoara", "3000##"),
           ("Brașov", "5000##"), ("Constanța", "9006##")],
    tpl=["{st} nr. {n}, bl. {bl}, sc. {sc}, ap. {apt}\n{pc} {town}", "{st} nr. {n}, {town} {pc}",
         "{st} nr. {n}, et. {fl}, ap. {apt}, {town}, cod {pc}"],
    extra={"bl": "[A3|C7|M12|14B]", "sc": "[1|2|A|B]"},
    phone=["+40 7[2|3|4|5|6|7]# ### ###", "07[2|3|4|5|6]# ### ###", "021 ### ## ##", "0[264|232|256|268]-### ###",
           "07[2|4]#.###.###"],
    mail=sp("yahoo.com, gmail.com, yahoo.ro, rdslink.ro"),
    cards=["visa", "mastercard"])

add("el-GR", cc="GR",
    gm=sp("Γιώργος/Giorgos, Δημήτρης/Dimitris, Νίκος/Nikos, Κωνσταντίνος/Konstantinos, Παναγιώτης/Panagiotis, "
          "Αλέξανδρος/Alexandros, Χρήστος/Christos, Σπύρος/Spyros"),
    gf=sp("Μαρία/Maria, Ελένη/Eleni, Κατερίνα/Katerina, Σοφία/Sofia, Δήμητρα/Dimitra, Αναστασία/Anastasia, "
          "Χριστίνα/Christina, Βασιλική/Vasiliki"),
    sn=sp("Παπαδόπουλος/Papadopoulos;Παπαδοπούλου/Papadopoulou, Οικονόμου/Oikonomou, Γεωργίου/Georgiou, "
          "Παπαδάκης/Papadakis;Παπαδάκη/Papadaki, Βασιλείου/Vasileiou, Καραγιάννης/Karagiannis;Καραγιάννη/Karagianni, "
          "Νικολάου/Nikolaou, Μακρής/Makris;Μακρή/Makri, Αντωνίου/Antoniou, Ζαχαρίου/Zachariou"),
    streets=sp("Οδός Ερμού, Τσιμισκή, Μαιζώνος, Θησέως, Λεωφόρος Συγγρού, Αγίου Δημητρίου, Πανεπιστημίου, Κοραή"),
    towns=[("Αθήνα", "105 ##"), ("Θεσσαλονίκη", "546 ##"), ("Πάτρα", "262 ##"), ("Καλλιθέα", "176 ##"),
           ("Ηράκλειο", "712 ##"), ("Λάρισα", "412 ##")],
    tpl=["{st} {n}\n{pc} {town}", "{st} {n}, {fl}ος όροφος, {pc} {town}", "{st} {n}, Τ.Κ. {pc}, {town}"],
    phone=["+30 69[4|7|8|9] ### ####", "69[4|7|8|9] ### ####", "210 ### ####", "+30 2310 ### ###", "2610 ######"],
    mail=sp("gmail.com, yahoo.gr, otenet.gr, hotmail.com"),
    cards=["visa", "mastercard"])

add("tr-TR", cc="TR",
    gm=sp("Mehmet, Mustafa, Emre, Burak, Oğuz, Kerem, Can, Hakan, Murat, Serkan, Barış, İlker"),
    gf=sp("Ayşe, Elif, Zeynep, Merve, Büşra, Esra, Gül, Şeyma, Derya, Özlem, İpek, Selin"),
    sn=sp("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Kılıç, Aslan, Çetin, Kurt, Koç, "
          "Özdemir"),
    streets=sp("Moda Cad., Atatürk Bulvarı, Kıbrıs Şehitleri Cad., Ulubatlı Hasan Bulvarı, Işıklar Cad., Bağdat Cad., "
               "Gazi Mustafa Kemal Bulvarı, Lale Sok."),
    towns=[("Kadıköy/İstanbul", "347##"), ("Çankaya/Ankara", "066##"), ("Konak/İzmir", "352##"),
           ("Osmangazi/Bursa", "162##"), ("Muratpaşa/Antalya", "070##"), ("Beşiktaş/İstanbul", "343##")],
    tpl=["{mah} {st} No:{n} D:{apt}\n{pc} {town}", "{st} No:{n} Daire {apt}, {mah}, {pc} {town}",
         "{mah} {st} No: {n}/{apt} {town}", "{mah}, {st} No:{n} K:{fl} D:{apt}\n{pc} {town}"],
    extra={"mah": sp("Caferağa Mah., Kızılay Mah., Alsancak Mah., Cumhuriyet Mah., Bahçelievler Mah., "
                     "Fenerbahçe Mah., Esentepe Mah.")},
    phone=["+90 5[30|32|33|35|42|44|05|06|07|52|55] ### ## ##", "05[32|33|35|42|05|55] ### ## ##",
           "0 (2[12|16]) ### ## ##", "+90 (312) ### ## ##", "05[32|42]#######", "0 5[32|42] ### ## ##"],
    mail=sp("gmail.com, hotmail.com, yandex.com.tr, outlook.com"),
    cards=["visa", "mastercard", "troy", "troy"])

add("ru-RU", cc=None, patro=True,
    gm=sp("Дмитрий/Dmitry, Алексей/Alexey, Сергей/Sergey, Андрей/Andrey, Михаил/Mikhail, Илья/Ilya, Никита/Nikita, "
          "Артём/Artyom, Тимур/Timur, Павел/Pavel"),
    gf=sp("Анна/Anna, Екатерина/Ekaterina, Мария/Maria, Ольга/Olga, Татьяна/Tatyana, Наталья/Natalya, Юлия/Yulia, "
          "Дарья/Darya, Ксения/Ksenia, Алина/Alina"),
    pat=sp("Сергеевич/Sergeyevich;Сергеевна/Sergeyevna, Александрович/Alexandrovich;Александровна/Alexandrovna, "
           "Викторович/Viktorovich;Викторовна/Viktorovna, Игоревич/Igorevich;Игоревна/Igorevna, "
           "Андреевич/Andreyevich;Андреевна/Andreyevna, Николаевич/Nikolayevich;Николаевна/Nikolayevna, "
           "Олегович/Olegovich;Олеговна/Olegovna"),
    sn=sp("Морозов/Morozov;Морозова/Morozova, Смирнов/Smirnov;Смирнова/Smirnova, Кузнецов/Kuznetsov;Кузнецова/Kuznetsova, "
          "Волков/Volkov;Волкова/Volkova, Соколов/Sokolov;Соколова/Sokolova, Лебедев/Lebedev;Лебедева/Lebedeva, "
          "Никитин/Nikitin;Никитина/Nikitina, Орлов/Orlov;Орлова/Orlova, Захаров/Zakharov;Захарова/Zakharova, "
          "Фёдоров/Fyodorov;Фёдорова/Fyodorova, Ковалёв/Kovalyov;Ковалёва/Kovalyova, Шевченко/Shevchenko"),
    streets=sp("ул. Рубинштейна, пр-т Мира, ул. Ленина, ул. Баумана, Ленинский пр-т, ул. Профсоюзная, "
               "наб. реки Фонтанки, ул. Красная"),
    towns=[("Москва", "12####"), ("Санкт-Петербург", "19####"), ("Екатеринбург", "620###"), ("Казань", "420###"),
           ("Новосибирск", "630###"), ("Нижний Новгород", "603###")],
    tpl=["{st}, д. {n}, кв. {apt}, {town}, {pc}", "{pc}, г. {town}, {st}, д. {n}, кв. {apt}",
         "{st}, д. {n}, корп. {k}, кв. {apt}\n{town}\n{pc}", "а/я {pob}, {town}, {pc}"],
    extra={"k": "[1|2|3]"},
    phone=["+7 9[16|03|05|15|26|77|85|99|21] ###-##-##", "8 (9[16|03|26|85]) ###-##-##", "+7 (812) ###-##-##",
           "+7 (495) ###-##-##", "89[16|03|26]#######", "8-9[16|26]-###-##-##"],
    mail=sp("yandex.ru, mail.ru, gmail.com, rambler.ru, bk.ru"),
    cards=["mir", "mir", "visa", "mastercard"])

add("uk-UA", cc="UA", patro=True,
    gm=sp("Олександр/Oleksandr, Андрій/Andrii, Тарас/Taras, Богдан/Bohdan, Максим/Maksym, Дмитро/Dmytro, "
          "Євген/Yevhen, Ярослав/Yaroslav"),
    gf=sp("Оксана/Oksana, Олена/Olena, Наталія/Nataliia, Ірина/Iryna, Соломія/Solomiia, Юлія/Yuliia, "
          "Катерина/Kateryna, Анастасія/Anastasiia"),
    pat=sp("Іванович/Ivanovych;Іванівна/Ivanivna, Петрович/Petrovych;Петрівна/Petrivna, "
           "Миколайович/Mykolaiovych;Миколаївна/Mykolaivna, Васильович/Vasylovych;Василівна/Vasylivna"),
    sn=sp("Шевчук/Shevchuk, Коваленко/Kovalenko, Бондаренко/Bondarenko, Ткаченко/Tkachenko, Кравчук/Kravchuk, "
          "Мельник/Melnyk, Олійник/Oliinyk, Лисенко/Lysenko, Гончаренко/Honcharenko, Савчук/Savchuk, "
          "Ковальський/Kovalskyi;Ковальська/Kovalska"),
    streets=sp("вул. Хрещатик, вул. Дерибасівська, пр. Свободи, вул. Сумська, вул. Грушевського, просп. Перемоги, "
               "вул. Городоцька, вул. Соборна"),
    towns=[("Київ", "0[1|2|4]###"), ("Одеса", "650##"), ("Львів", "790##"), ("Харків", "610##"), ("Дніпро", "490##"),
           ("Вінниця", "210##")],
    tpl=["{st}, {n}, кв. {apt}, м. {town}, {pc}", "{st}, буд. {n}, кв. {apt}\nм. {town}\n{pc}",
         "{pc}, м. {town}, {st}, {n}"],
    phone=["+380 [67|50|63|66|68|73|93|97|98] ### ## ##", "0[67|50|63|97] ### ## ##", "(044) ###-##-##",
           "+380 (32) ###-##-##", "0[67|50]-###-##-##"],
    mail=sp("ukr.net, i.ua, gmail.com, meta.ua"),
    cards=["visa", "mastercard"])

# ============================================================== Middle East
add("ar-SA", cc="SA", arab_chain=True, digits="arab",
    gm=sp("محمد/Mohammed, عبدالله/Abdullah, فيصل/Faisal, خالد/Khalid, سلطان/Sultan, تركي/Turki, نواف/Nawaf, "
          "عبدالرحمن/Abdulrahman"),
    gf=sp("نورة/Noura, ريم/Reem, سارة/Sarah, هيفاء/Haifa, لمى/Lama, العنود/Alanoud, منيرة/Munira, جواهر/Jawaher"),
    sn=sp("العتيبي/Al-Otaibi, الشمري/Al-Shammari, القحطاني/Al-Qahtani, الدوسري/Al-Dossari, الغامدي/Al-Ghamdi, "
          "الحربي/Al-Harbi, الزهراني/Al-Zahrani, المطيري/Al-Mutairi"),
    streets=sp("شارع التحلية, طريق الملك فهد, شارع الأمير سلطان, شارع العروبة, شارع الستين, شارع الثلاثين"),
    towns=[("الرياض", "12###"), ("جدة", "23###"), ("الدمام", "32###"), ("مكة المكرمة", "24###"),
           ("المدينة المنورة", "42###")],
    tpl=["{b4} {st}، {dist}، {town} {pc}، {add4}", "{st}، {dist}\n{town} {pc}", "ص.ب {pob}، {town} {pc}",
         "{dist}، {st}، مبنى {b4}، {town}"],
    extra={"b4": "~###", "add4": "~###", "dist": sp("حي العليا, حي الروضة, حي السليمانية, حي الشاطئ, حي الملقا, حي النزهة")},
    phone=["+966 5[0|3|4|5|6|9] ### ####", "05[0|3|5|6] ### ####", "011 ### ####", "+966 1[1|2|3] ### ####",
           "05[0|5]#######"],
    mail=sp("gmail.com, hotmail.com, outlook.sa, yahoo.com"),
    cards=["visa", "mastercard"])

add("ar-EG", cc="EG", egy_chain=True, digits="arab",
    gm=sp("أحمد/Ahmed, محمود/Mahmoud, مصطفى/Mostafa, كريم/Karim, عمرو/Amr, يوسف/Youssef, إسلام/Islam, شريف/Sherif"),
    gf=sp("منى/Mona, ياسمين/Yasmine, هبة/Heba, دينا/Dina, مريم/Mariam, نهى/Noha, رانيا/Rania, سلمى/Salma"),
    sn=sp("عبد الحميد/Abdel Hamid, منصور/Mansour, فهمي/Fahmy, الشافعي/El Shafei, عبد الرحمن/Abdel Rahman, "
          "حسن/Hassan, إبراهيم/Ibrahim, سليمان/Soliman, نجيب/Naguib, رشدي/Roshdy"),
    streets=sp("شارع قصر النيل, شارع فؤاد, شارع مصدق, شارع عباس العقاد, شارع 9, شارع 26 يوليو"),
    towns=[("القاهرة", "115##"), ("الإسكندرية", "215##"), ("الجيزة", "123##"), ("المنصورة", "355##"),
           ("أسيوط", "715##")],
    tpl=["{n} {st}، {dist}، {town} {pc}", "شقة {apt}، الدور {floor}، {n} {st}، {dist}، {town}",
         "{n} {st}\n{dist}\n{town}"],
    extra={"dist": sp("وسط البلد, محطة الرمل, الدقي, مدينة نصر, المعادي, الزمالك"),
           "floor": sp("الأول, الثاني, الثالث, الخامس, السابع")},
    phone=["+20 1[0|1|2|5]# ### ####", "01[0|1|2|5]# ### ####", "02 #### ####", "03 ### ####", "+201[0|1|2]########"],
    mail=sp("gmail.com, yahoo.com, hotmail.com, outlook.com"),
    cards=["visa", "mastercard"])

add("he-IL", cc="IL",
    gm=sp("יונתן/Yonatan, אורי/Ori, נועם/Noam, איתי/Itay, דניאל/Daniel, עומר/Omer, אביב/Aviv, משה/Moshe"),
    gf=sp("נועה/Noa, מיכל/Michal, שירה/Shira, תמר/Tamar, יעל/Yael, רוני/Roni, הדס/Hadas, אורית/Orit"),
    sn=sp("כהן/Cohen, לוי/Levi, מזרחי/Mizrahi, פרץ/Peretz, ביטון/Biton, אברהם/Avraham, פרידמן/Friedman, שפירא/Shapira, "
          "אזולאי/Azoulay, בן-דוד/Ben-David, גולדשטיין/Goldstein, חדד/Haddad"),
    streets=sp("רחוב דיזנגוף, רחוב יפו, שדרות בן גוריון, רחוב הרצל, רחוב ויצמן, רחוב אלנבי, רחוב ביאליק, דרך בגין"),
    towns=[("תל אביב-יפו", "63#####"), ("ירושלים", "94#####"), ("חיפה", "35#####"), ("באר שבע", "84#####"),
           ("רמת גן", "52#####"), ("הרצליה", "46#####")],
    tpl=["{st} {n}, דירה {apt}, {town} {pc}", "{st} {n}\n{town} {pc}", "ת.ד. {pob}, {town} {pc}",
         "{st} {n}/{apt}, {town}"],
    phone=["+972 5[0|2|3|4|8]-###-####", "05[0|2|3|4|8]-#######", "05[0|2|4]-###-####", "0[2|3|4|8]-###-####",
           "+972 [2|3] ### ####"],
    mail=sp("gmail.com, walla.co.il, hotmail.com, 012.net.il"),
    cards=["visa", "mastercard", "amex"])

add("fa-IR", cc=None, digits="pers",
    gm=sp("علی/Ali, رضا/Reza, محمدرضا/Mohammadreza, امیرحسین/Amirhossein, مهدی/Mahdi, آرش/Arash, کوروش/Kourosh, حمید/Hamid"),
    gf=sp("مریم/Maryam, زهرا/Zahra, نگار/Negar, پریسا/Parisa, شیرین/Shirin, مهسا/Mahsa, نازنین/Nazanin, لیلا/Leila"),
    sn=sp("حسینی/Hosseini, رضایی/Rezaei, محمدی/Mohammadi, کریمی/Karimi, احمدی/Ahmadi, موسوی/Mousavi, جعفری/Jafari, "
          "صادقی/Sadeghi, تهرانی/Tehrani, نوری/Nouri, قاسمی/Ghasemi, فراهانی/Farahani"),
    streets=sp("خیابان ولیعصر, خیابان چهارباغ عباسی, خیابان زند, بلوار وکیل‌آباد, خیابان امام, خیابان شریعتی, خیابان انقلاب"),
    towns=[("تهران", "1~########"), ("اصفهان", "81########"), ("شیراز", "71########"), ("مشهد", "91########"),
           ("تبریز", "51########")],
    tpl=["{town}، {st}، {alley}، پلاک {n}، واحد {apt}، کد پستی {pc}", "{town}، {st}، پلاک {n}\nکد پستی: {pc}",
         "{st}، {alley}، پلاک {n}، طبقه {fl}، {town}"],
    extra={"alley": sp("کوچه نسترن, کوچه یاس, کوچه سوم, کوچه بهار, بن‌بست لاله")},
    phone=["+98 9[12|13|19|35|36|01|02|10] ### ####", "09[12|19|35|01] ### ####", "021-#### ####",
           "0[21|31|71|51]-########"],
    mail=sp("gmail.com, yahoo.com, chmail.ir"),
    cards=[])

# ============================================================== South Asia
add("hi-IN", cc=None, digits="deva",
    gm=sp("राहुल/Rahul, अमित/Amit, संजय/Sanjay, विकास/Vikas, आदित्य/Aditya, रोहित/Rohit, मनोज/Manoj, अंकित/Ankit"),
    gf=sp("पूजा/Pooja, नेहा/Neha, सुनीता/Sunita, प्रियंका/Priyanka, अंजलि/Anjali, कविता/Kavita, रीना/Reena, स्नेहा/Sneha"),
    sn=sp("शर्मा/Sharma, वर्मा/Verma, गुप्ता/Gupta, सिंह/Singh, यादव/Yadav, मिश्रा/Mishra, त्रिपाठी/Tripathi, चौहान/Chauhan, "
          "अग्रवाल/Agarwal, पांडे/Pandey, श्रीवास्तव/Srivastava, जोशी/Joshi"),
    streets=sp("गोमती नगर, सेक्टर 15, मालवीय नगर, अरेरा कॉलोनी, बोरिंग रोड, लंका"),
    towns=[("लखनऊ, उत्तर प्रदेश", "2260##"), ("जयपुर, राजस्थान", "3020##"), ("नोएडा, उत्तर प्रदेश", "2013##"),
           ("भोपाल, मध्य प्रदेश", "4620##"), ("पटना, बिहार", "8000##"), ("वाराणसी, उत्तर प्रदेश", "2210##")],
    tpl=["फ्लैट {apt}, {bldg}, {st}, {town} {pc}", "मकान नं. {n}, {st}\n{town} - {pc}", "{n}/{n2} {st}, {town} {pc}"],
    extra={"bldg": sp("साईं अपार्टमेंट, शिवालिक हाइट्स, गंगा एन्क्लेव")},
    phone=["+91 [98|97|99|88|70|63]### #####", "0[98|97]### #####", "0522-2######", "[98|99|91|81]########"],
    mail=sp("gmail.com, yahoo.co.in, rediffmail.com"),
    cards=["visa", "rupay", "rupay", "mastercard"])

add("bn-BD", cc=None, digits="beng",
    gm=sp("রহিম/Rahim, তানভীর/Tanvir, সাকিব/Sakib, আরিফ/Arif, মাহমুদ/Mahmud, ফাহিম/Fahim, রাফি/Rafi, জুবায়ের/Zubayer"),
    gf=sp("নুসরাত/Nusrat, তাসনিম/Tasnim, ফারহানা/Farhana, সুমাইয়া/Sumaiya, রুমানা/Rumana, শারমিন/Sharmin, তানিয়া/Tania, "
          "মৌমিতা/Moumita"),
    sn=sp("হোসেন/Hossain, রহমান/Rahman, আহমেদ/Ahmed, ইসলাম/Islam, চৌধুরী/Chowdhury, খান/Khan, সরকার/Sarkar, "
          "মজুমদার/Majumder, দাস/Das, বিশ্বাস/Biswas"),
    streets=sp("জামাল খান রোড, জিন্দাবাজার, সাহেব বাজার রোড, কে ডি এ এভিনিউ, সাতমসজিদ রোড"),
    towns=[("ধানমন্ডি, ঢাকা", "1205"), ("উত্তরা, ঢাকা", "1230"), ("গুলশান, ঢাকা", "1212"), ("চট্টগ্রাম", "4000"),
           ("সিলেট", "3100"), ("রাজশাহী", "6000"), ("খুলনা", "9100")],
    tpl=["বাড়ি {n}, রোড {r}, {town} {pc}", "ফ্ল্যাট {fl}বি, বাড়ি {n}, সেক্টর {r}, {town} {pc}", "{n} {st}, {town} {pc}",
         "বাসা নং {n}, {st}\n{town}-{pc}"],
    extra={"r": "[#|1#|2#]"},
    phone=["+880 1[7|8|9|5|6|3]##-######", "01[7|8|9|5]##-######", "01[7|8]#########", "02-#######"],
    mail=sp("gmail.com, yahoo.com, hotmail.com"),
    cards=["visa", "mastercard"])

add("ta-IN", cc=None,
    gm=sp("கார்த்திக்/Karthik, அருண்/Arun, விக்னேஷ்/Vignesh, சுரேஷ்/Suresh, பிரகாஷ்/Prakash, செந்தில்/Senthil, "
          "முருகன்/Murugan, ராஜேஷ்/Rajesh"),
    gf=sp("பிரியா/Priya, லட்சுமி/Lakshmi, திவ்யா/Divya, கயல்விழி/Kayalvizhi, மீனா/Meena, சுதா/Sudha, அனிதா/Anitha, "
          "தேன்மொழி/Thenmozhi"),
    sn=sp("சுப்பிரமணியன்/Subramanian, ராமசாமி/Ramasamy, கிருஷ்ணன்/Krishnan, வேலுசாமி/Velusamy, அண்ணாமலை/Annamalai, "
          "சண்முகம்/Shanmugam, நடராஜன்/Natarajan, பாலசுப்ரமணியம்/Balasubramaniam"),
    streets=sp("காந்தி சாலை, பெரியார் தெரு, மேல மாசி வீதி, அண்ணா சாலை, நேரு தெரு, கம்பர் தெரு"),
    towns=[("தி. நகர், சென்னை", "6000##"), ("கோயம்புத்தூர்", "6410##"), ("மதுரை", "6250##"),
           ("திருச்சிராப்பள்ளி", "6200##"), ("சேலம்", "6360##")],
    tpl=["பிளாட் {apt}, {n} {st}, {town} {pc}", "{n}, {st}\n{town} - {pc}", "கதவு எண் {n}, {st}, {town} {pc}"],
    phone=["+91 [94|98|99|90|80]### #####", "044-#### ####", "0[94|98]### #####", "[94|98]########"],
    mail=sp("gmail.com, yahoo.co.in, rediffmail.com"),
    cards=["visa", "rupay", "mastercard"])

# ============================================================== South-East Asia
add("th-TH", cc=None, digits="thai",
    gm=sp("สมศักดิ์/Somsak, ธนากร/Thanakorn, ปิยะพงษ์/Piyapong, วีระพล/Weerapon, ณัฐวุฒิ/Nattawut, กิตติพัฒน์/Kittipat, "
          "อนุชา/Anucha, ชยพล/Chayapon"),
    gf=sp("สุดารัตน์/Sudarat, กัญญา/Kanya, พิมพ์ชนก/Pimchanok, วรรณา/Wanna, ศิริพร/Siriporn, นภัสสร/Napatsorn, "
          "อรุณี/Arunee, ปวีณา/Paweena"),
    sn=sp("ศรีสุข/Srisuk, วงศ์สวัสดิ์/Wongsawat, แก้วมณี/Kaewmanee, บุญมา/Boonma, ทองดี/Thongdee, สุขสวัสดิ์/Suksawat, "
          "รัตนพันธ์/Rattanapan, เจริญผล/Charoenphon, ศรีวงศ์/Sriwong"),
    streets=sp("ซอยสุขุมวิท 39, ถนนนิมมานเหมินท์, ถนนสีลม, ถนนมิตรภาพ, ซอยอารีย์ 4, ถนนพระรามที่ 9"),
    towns=[("แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร", "10110"), ("แขวงสีลม เขตบางรัก กรุงเทพฯ", "10500"),
           ("ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่", "50200"),
           ("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", "40000"), ("ตำบลป่าตอง อำเภอกะทู้ จังหวัดภูเก็ต", "83150")],
    tpl=["{n}/{n2} {st} {town} {pc}", "{n} หมู่ {moo} {st}\n{town} {pc}", "ห้อง {apt}{fl}{apt2} อาคาร{bldg} {n} {st} {town} {pc}"],
    extra={"moo": "[1|2|3|4|5|6|7|8]", "apt2": "#", "bldg": sp("ลุมพินีวิลล์, ศุภาลัย, เดอะทรี")},
    phone=["+66 [8|9|6]# ### ####", "0[8|9|6]#-###-####", "02-###-####", "0[8|9]# ### ####"],
    mail=sp("gmail.com, hotmail.com, yahoo.co.th, outlook.co.th"),
    cards=["visa", "mastercard", "jcb"])

add("vi-VN", cc=None, order="SG",
    vi_names=True,
    gm=sp("Hùng, Tuấn, Dũng, Quang, Khoa, Phúc, Long, Nam, Đạt, Huy"),
    gf=sp("Hà, Lan, Hương, Trang, Linh, Mai, Thảo, Ngân, Phương, Yến"),
    sn=sp("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ"),
    midm=sp("Văn, Minh, Đức, Hữu, Quốc, Thanh"), midf=sp("Thị, Thu, Ngọc, Thanh, Minh, Bảo"),
    streets=sp("ngõ 54 phố Hào Nam, đường Nguyễn Văn Cừ, đường Nguyễn Hữu Thọ, đường Lê Lợi, đường Bạch Đằng, phố Huế, "
               "đường Trần Hưng Đạo"),
    towns=[("phường Ô Chợ Dừa, quận Đống Đa, Hà Nội", ""), ("phường 4, quận 5, TP. Hồ Chí Minh", ""),
           ("phường Tân Phong, quận 7, TP.HCM", ""), ("phường Vĩnh Ninh, TP. Huế", ""),
           ("phường Hải Châu I, quận Hải Châu, Đà Nẵng", "")],
    tpl=["Số {n} {st}, {town}", "Căn hộ {fl}.0{apt2}, chung cư {bldg}, {n} {st}, {town}", "{n}/{n2} {st}\n{town}",
         "{n} {st}, {town}"],
    extra={"apt2": "[1|2|3|5|8]", "bldg": sp("Sunrise City, Hoàng Anh Gia Lai, Vinhomes Central Park, Times City")},
    phone=["09[0|1|3|4|8] ### ####", "+84 9[0|1|3|4|8] ### ####", "028 #### ####", "(024) #### ####",
           "08[1|2|3|4|5|6] ### ####", "+84 3[2|3|5|8]# ### ###"],
    mail=sp("gmail.com, yahoo.com.vn, outlook.com"),
    cards=["visa", "mastercard", "jcb"])

add("id-ID", cc=None,
    gm=sp("Budi, Agus, Rizky, Dimas, Fajar, Hendra, Andi, Yusuf, Bayu, Eko"),
    gf=sp("Siti, Dewi, Putri, Ayu, Rina, Intan, Nur, Fitri, Wulan, Ratna"),
    sn=sp("Santoso, Wijaya, Hidayat, Saputra, Kusuma, Pratama, Siregar, Nasution, Simanjuntak, Hutapea, Setiawan, "
          "Gunawan, Harahap, Lubis"),
    mono=sp("Sutrisno, Suharti, Mulyadi, Sukarni, Wagiman, Paijo"),
    streets=sp("Jl. Kemang Raya, Jl. Dago, Jl. Malioboro, Jl. Gatot Subroto, Jl. Teuku Umar, Jl. Sisingamangaraja, "
               "Jl. Veteran, Jl. Imam Bonjol"),
    towns=[("Mampang Prapatan, Jakarta Selatan", "127##"), ("Coblong, Bandung", "401##"),
           ("Gondomanan, Yogyakarta", "552##"), ("Sidoarjo", "612##"), ("Medan Baru, Medan", "201##"),
           ("Denpasar Barat, Bali", "801##"), ("Tembalang, Semarang", "502##")],
    tpl=["{st} No. {n}, RT {rt}/RW {rw}, {town} {pc}", "{st} No. {n}\n{town} {pc}",
         "Perumahan {perum} Blok {blk} No. {n}\n{town} {pc}", "{st} Gg. {gang} No. {n}, {town}"],
    extra={"rt": "00#", "rw": "0#", "blk": "[A|B|C|D]#", "perum": sp("Griya Asri, Taman Sari Indah, Bumi Permata"),
           "gang": sp("Mawar, Kenanga, Melati II")},
    phone=["+62 8[11|12|13|21|22|52|53|56|57|77|78|95|96]-####-####", "08[12|13|21|52|57|77|95]-####-####",
           "08[12|13|21] #### ####", "(021) #### ####", "(022) ### ####", "+628[12|13|21]########"],
    mail=sp("gmail.com, yahoo.co.id, yahoo.com, outlook.com"),
    cards=["visa", "mastercard", "jcb"])

add("ms-MY", cc=None, my_names=True,
    gm=sp("Muhammad Irfan, Ahmad Faiz, Mohd Hafiz, Amirul Hakim, Syafiq, Danial"),
    gf=sp("Nurul Aina, Siti Aisyah, Nur Izzati, Farah Nadia, Aisyah, Syahirah"),
    sn=sp("Zulkifli, Abdullah, Ismail, Rahman, Hassan, Osman, Yusof, Kamarudin"),
    chinese=sp("Tan Wei Ming, Lim Mei Ling, Wong Kah Hoe, Ng Siew Lan, Chong Jia Hui, Lee Boon Keat"),
    indian=sp("Kavitha a/p Subramaniam, Rajesh a/l Muthusamy, Thivya a/p Raman, Ganesh a/l Krishnan"),
    streets=sp("Jalan SS 2/24, Jalan Tun Sambanthan, Lebuh Chulia, Jalan Ampang, Jalan Sultan Idris Shah, Jalan Gaya, "
               "Persiaran Kayangan, Jalan Telawi 3"),
    towns=[("Petaling Jaya, Selangor", "473##"), ("Kuala Lumpur", "50###"), ("George Town, Pulau Pinang", "102##"),
           ("Johor Bahru, Johor", "802##"), ("Ipoh, Perak", "304##"), ("Kota Kinabalu, Sabah", "884##"),
           ("Shah Alam, Selangor", "404##")],
    tpl=["No. {n}, {st}\n{pc} {town}", "Unit {blk}-{fl}-{apt}, {bldg}, {st}, {pc} {town}",
         "Lot {n}, Kampung {kg}, {pc} {town}", "{n} {st}, {pc} {town}"],
    extra={"blk": "[A|B|C]", "bldg": sp("Menara Sentral, Pangsapuri Seri Melati, The Vertical, Residensi Harmoni"),
           "kg": sp("Baru Sungai Buloh, Sungai Penchala, Bukit Lanjan")},
    phone=["+60 1[2|3|6|7|9]-### ####", "01[2|3|6|7|9]-### ####", "011-#### ####", "03-#### ####",
           "+60 [3|4|7]-### ####", "+601[2|9]#######"],
    mail=sp("gmail.com, yahoo.com, hotmail.com, outlook.com"),
    cards=["visa", "mastercard"])

add("tl-PH", cc=None, ph_names=True,
    gm=sp("Jose Miguel, Mark Anthony, John Paul, Rodel, Jerome, Paolo, Carlo, Reynaldo, Jericho, Nestor"),
    gf=sp("Maria Cristina, Rowena, Kristine Joy, Marites, Angelica, Jonalyn, Princess, Lovely, Rhea, Camille"),
    sn=sp("Santos, Reyes, Bautista, Garcia, Mendoza, Villanueva, Ramos, Castillo, Soriano, Manalo, Macaraeg, "
          "Pangilinan, Dimaculangan, dela Rosa"),
    streets=sp("34th St., Mabini St., Gen. Luna St., Rizal Ave., Gorordo Ave., J.P. Laurel Ave., España Blvd., "
               "Kalayaan Ave."),
    towns=[("Bonifacio Global City, Taguig", "1634"), ("Brgy. San Antonio, Makati City", "1203"),
           ("Brgy. Talon Dos, Las Piñas", "1747"), ("Jaro, Iloilo City", "5000"), ("Lahug, Cebu City", "6000"),
           ("Brgy. Poblacion, Davao City", "8000"), ("Sampaloc, Manila", "1008")],
    tpl=["Unit {fl}0{apt2}, {bldg}, {st}\n{town} {pc}", "{n} {st}, {town} {pc}",
         "Blk {blk} Lot {n}, {subd}, {town} {pc}", "{n} {st}\n{town}, {pc}"],
    extra={"apt2": "#", "blk": "[#|1#]", "bldg": sp("Avida Tower 2, One Serendra, Grand Residences"),
           "subd": sp("Camella Homes, BF Homes, Villa Verde")},
    phone=["+63 9[17|18|19|20|27|28|05|06|15|16|35|45|55|66|77|95|98|99] ### ####",
           "09[17|18|19|27|28|05|15|16|77|98] ### ####", "09[17|18|27]#######", "(02) 8### ####", "+63 2 8### ####"],
    mail=sp("gmail.com, yahoo.com, yahoo.com.ph, outlook.com"),
    cards=["visa", "mastercard"])

# ============================================================== East Asia
add("ja-JP", cc=None, order="SG",
    gm=sp("翔太/Shota/ショウタ, 大輔/Daisuke/ダイスケ, 健太/Kenta/ケンタ, 拓海/Takumi/タクミ, 悠真/Yuma/ユウマ, "
          "直樹/Naoki/ナオキ, 誠/Makoto/マコト, 蓮/Ren/レン"),
    gf=sp("美咲/Misaki/ミサキ, 陽菜/Hina/ヒナ, 結衣/Yui/ユイ, さくら/Sakura/サクラ, 由美子/Yumiko/ユミコ, "
          "彩花/Ayaka/アヤカ, 恵/Megumi/メグミ, 葵/Aoi/アオイ"),
    sn=sp("佐藤/Sato/サトウ, 鈴木/Suzuki/スズキ, 高橋/Takahashi/タカハシ, 田中/Tanaka/タナカ, 伊藤/Ito/イトウ, "
          "渡辺/Watanabe/ワタナベ, 中村/Nakamura/ナカムラ, 小林/Kobayashi/コバヤシ, 加藤/Kato/カトウ, 吉田/Yoshida/ヨシダ, "
          "松本/Matsumoto/マツモト, 井上/Inoue/イノウエ, 木村/Kimura/キムラ"),
    streets=[""],
    towns=[("東京都渋谷区神宮前", "150-0001"), ("大阪府大阪市北区芝田", "530-0012"), ("北海道札幌市中央区大通西", "060-0042"),
           ("愛知県名古屋市中区栄", "460-0008"), ("福岡県福岡市博多区博多駅前", "812-0011"),
           ("神奈川県横浜市中区山下町", "231-0023"), ("宮城県仙台市青葉区一番町", "980-0811")],
    tpl=["〒{pc} {town}{c1}-{c2}-{c3}", "〒{pc}\n{town}{c1}丁目{c2}番{c3}号\n{bldg}{room}号室",
         "{town}{c1}-{c2}-{c3} {bldg}{room}", "〒{pc} {town}{c1}丁目{c2}-{c3}"],
    extra={"c1": "[1|2|3|4|5]", "c2": "[#|1#]", "c3": "[#|1#|2#]", "room": "[1|2|3|4|5|6|7|8]0[1|2|3|5]",
           "bldg": sp("ヴィラ表参道, メゾン栄, グランドメゾン大通, サンハイツ, コーポ青葉")},
    phone=["0[90|80|70]-####-####", "+81 [90|80|70]-####-####", "03-~###-####", "06-~###-####",
           "0[11|52|92|45|22]-###-####", "0[90|80]########"],
    mail=sp("gmail.com, yahoo.co.jp, docomo.ne.jp, ezweb.ne.jp, icloud.com, outlook.jp"),
    cards=["jcb", "jcb", "visa", "mastercard"])

add("ko-KR", cc=None, order="SG", join_name="",
    gm=sp("민준/Min-jun, 서준/Seo-jun, 도윤/Do-yun, 지호/Ji-ho, 현우/Hyun-woo, 준혁/Jun-hyuk, 성민/Sung-min, 태양/Tae-yang"),
    gf=sp("서연/Seo-yeon, 지민/Ji-min, 수아/Su-a, 하은/Ha-eun, 예진/Ye-jin, 민지/Min-ji, 은비/Eun-bi, 지수/Ji-su"),
    sn=sp("김/Kim, 이/Lee, 박/Park, 최/Choi, 정/Jung, 강/Kang, 조/Cho, 윤/Yoon, 장/Jang, 임/Lim, 한/Han, 오/Oh"),
    streets=sp("월드컵북로, 해운대로, 판교역로, 동대구로, 컨벤시아대로, 상무대로, 대학로, 테헤란로"),
    towns=[("서울특별시 마포구", "04###"), ("부산광역시 해운대구", "48###"), ("경기도 성남시 분당구", "13###"),
           ("대구광역시 수성구", "42###"), ("인천광역시 연수구", "21###"), ("광주광역시 서구", "61###"),
           ("대전광역시 유성구", "34###"), ("서울특별시 강남구", "06###")],
    tpl=["{town} {st} {n}, {dong}동 {ho}호 ({pc})", "({pc}) {town} {st} {n}, {fl}층", "{town} {st} {n}-{n2}",
         "{town} {st} {n} {bldg} {dong}동 {ho}호"],
    extra={"dong": "1[0|1]#", "ho": "[1|2|3|5|8|12|15]0[1|2|3|4]", "bldg": sp("래미안아파트, 푸르지오, 힐스테이트")},
    phone=["010-####-####", "+82 10-####-####", "02-~###-####", "0[51|53|31|32|42|62]-~##-####", "010 #### ####",
           "010########"],
    mail=sp("naver.com, daum.net, gmail.com, kakao.com, hanmail.net"),
    cards=["visa", "mastercard"])

add("zh-CN", cc=None, order="SG", join_name="",
    gm=sp("建国/Jianguo, 伟/Wei, 浩然/Haoran, 子轩/Zixuan, 志强/Zhiqiang, 宇航/Yuhang, 俊杰/Junjie, 明/Ming"),
    gf=sp("芳/Fang, 秀英/Xiuying, 静怡/Jingyi, 雨欣/Yuxin, 丽娟/Lijuan, 梦瑶/Mengyao, 婷婷/Tingting, 晓燕/Xiaoyan"),
    sn=sp("王/Wang, 李/Li, 张/Zhang, 刘/Liu, 陈/Chen, 杨/Yang, 黄/Huang, 赵/Zhao, 周/Zhou, 吴/Wu, 徐/Xu, 孙/Sun, 欧阳/Ouyang"),
    streets=sp("漕溪北路, 建国路, 科技园南路, 文三路, 人民南路四段, 珞喻路"),
    towns=[("上海市徐汇区", "200030"), ("北京市朝阳区", "100022"), ("广东省深圳市南山区", "518057"),
           ("浙江省杭州市西湖区", "310012"), ("四川省成都市武侯区", "610041"), ("湖北省武汉市洪山区", "430074")],
    tpl=["{town}{st}{n}弄{n2}号{room}室", "{town}{st}{n}号院{n2}号楼{u}单元{room}", "{town}{st}{n}号 {pc}",
         "{pc} {town}{st}{n}号{bldg}{room}室"],
    extra={"u": "[1|2|3]", "room": "[1|2|3|5|8|11|16]0[1|2|3|4]", "bldg": sp("阳光花园, 金色家园, 翠苑小区")},
    phone=["+86 1[38|39|37|35|36|50|51|58|59|86|87|88|89|77|99] #### ####", "1[38|39|35|58|86|87|77]########",
           "0[21|10|20|571|28|27]-~###-####", "(0[10|21]) ~### ####", "0755-~###-####"],
    mail=sp("qq.com, 163.com, 126.com, sina.com, foxmail.com"),
    cards=["unionpay", "unionpay", "unionpay19", "visa"])

add("zh-TW", cc=None, order="SG", join_name="",
    gm=sp("冠宇/Kuan-yu, 家豪/Chia-hao, 俊傑/Chun-chieh, 建宏/Chien-hung, 宗翰/Tsung-han, 承恩/Cheng-en"),
    gf=sp("淑芬/Shu-fen, 雅婷/Ya-ting, 怡君/Yi-chun, 佳穎/Chia-ying, 詩涵/Shih-han, 欣怡/Hsin-yi"),
    sn=sp("陳/Chen, 林/Lin, 黃/Huang, 張/Chang, 李/Lee, 王/Wang, 吳/Wu, 劉/Liu, 蔡/Tsai, 楊/Yang, 許/Hsu, 鄭/Cheng"),
    streets=sp("忠孝東路四段, 台灣大道三段, 四維三路, 文化路二段, 大學路, 中山北路二段"),
    towns=[("台北市大安區", "106"), ("臺中市西屯區", "407"), ("高雄市苓雅區", "802"), ("新北市板橋區", "220"),
           ("台南市東區", "701")],
    tpl=["{pc}{town}{st}{n}巷{n2}弄{n3}號{fl}樓", "{town}{st}{n}號{fl}樓之{k}", "{pc} {town}{st}{n}號"],
    extra={"n3": "[#|1#]", "k": "[1|2|3|5]"},
    phone=["09##-###-###", "+886 9## ### ###", "(02) ####-####", "02-####-####", "(04) ####-####", "07-###-####"],
    mail=sp("gmail.com, yahoo.com.tw, hotmail.com, msa.hinet.net"),
    cards=["visa", "mastercard", "jcb"])

add("sw-KE", cc=None,
    gm=sp("Baraka, Juma, Otieno, Mwangi, Omondi, Hamisi, Kamau, Wafula, Ochieng, Kiprono"),
    gf=sp("Amina, Wanjiru, Achieng, Fatuma, Neema, Zawadi, Akinyi, Mwanaisha, Nyambura, Imani"),
    sn=sp("Otieno, Ochieng, Kamau, Njoroge, Mutua, Wambui, Hassan, Odhiambo, Kariuki, Chebet, Mwakilema, Barasa"),
    streets=sp("Barabara ya Ngong, Barabara ya Moi, Kenyatta Avenue, Moi Avenue, Barabara ya Oginga Odinga, "
               "Argwings Kodhek Road"),
    towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100")],
    tpl=["S.L.P. {pob}-{pc}, {town}", "P.O. Box {pob}-{pc}, {town}", "Nyumba Na. {n}, {st}, {estate}, {town}",
         "Fleti {fl}{bl}, Jengo la {bldg}, {st}, {town} {pc}"],
    extra={"estate": sp("Kilimani, Westlands, Nyali, Milimani, South B"), "bl": "[A|B|C]",
           "bldg": sp("Amani, Baraka, Tumaini")},
    phone=["+254 7[0|1|2|4|9]# ### ###", "07[0|1|2|4|9]# ######", "07[1|2]#-###-###", "+254 1[0|1]# ### ###",
           "020 ### ####"],
    mail=sp("gmail.com, yahoo.com, outlook.com"),
    cards=["visa", "mastercard"])

# IBAN country used by IBAN-less locales when a text needs a transfer
IBAN_FOR = {"en-US": None, "en-IN": None, "en-AU": None, "en-NG": None, "en-ZA": None, "es-MX": None,
            "es-AR": None, "fr-CA": None, "ru-RU": None, "fa-IR": None, "hi-IN": None, "bn-BD": None,
            "ta-IN": None, "th-TH": None, "vi-VN": None, "id-ID": None, "ms-MY": None, "tl-PH": None,
            "ja-JP": None, "ko-KR": None, "zh-CN": None, "zh-TW": None, "sw-KE": None}
