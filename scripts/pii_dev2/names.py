# -*- coding: utf-8 -*-
"""Hand-written name lists for the dev2 PII corpus (no external generators)."""


def L(s):
    return [x.strip() for x in s.split("|") if x.strip()]


def P(s):
    """'native=latin|native=latin' -> list of (native, latin)."""
    out = []
    for x in L(s):
        a, b = x.split("=")
        out.append((a.strip(), b.strip()))
    return out


EN_M = L("James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|"
         "Anthony|Mark|Donald|Steven|Paul|Andrew|Joshua|Kevin|Brian|George|Timothy|Jason|Edward|Ryan|Jacob|"
         "Gary|Nicholas|Eric|Jonathan|Stephen|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Patrick|Frank|"
         "Raymond|Jack|Dennis|Tyler|Aaron|Adam|Nathan|Henry|Zachary|Douglas|Peter|Kyle|Noah|Ethan|Walter|"
         "Keith|Austin|Sean|Harold|Dylan|Arthur|Jordan|Jesse|Bryan|Bruce|Gabriel|Logan|Alan|Wayne|Mason|"
         "Russell|Bradley|Philip|Eugene|DeShawn|Jamal|Tyrone|Malik|Darnell|Jaylen|Terrell|Marcus|Cody|Travis")
EN_F = L("Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Lisa|Nancy|Betty|Sandra|"
         "Margaret|Ashley|Kimberly|Emily|Donna|Michelle|Carol|Amanda|Melissa|Deborah|Stephanie|Dorothy|Rebecca|"
         "Sharon|Laura|Cynthia|Amy|Kathleen|Angela|Brenda|Emma|Anna|Pamela|Nicole|Samantha|Katherine|Helen|"
         "Rachel|Carolyn|Janet|Catherine|Heather|Diane|Olivia|Julie|Joyce|Victoria|Ruth|Lauren|Kelly|Megan|"
         "Jacqueline|Madison|Gloria|Abigail|Sophia|Alice|Judy|Isabella|Grace|Amber|Danielle|Charlotte|Natalie|"
         "Brittany|Kayla|Alexis|Zoë|Chloë|Renée|Latoya|Keisha|Imani|Aaliyah|Shanice|Bethany|Harper|Savannah")
EN_SUR = L("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|Martin|"
           "Lee|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|"
           "Baker|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Campbell|Parker|Evans|Edwards|Collins|Stewart|"
           "Morris|Murphy|Cook|Rogers|Morgan|Cooper|Peterson|Bailey|Reed|Kelly|Howard|Cox|Ward|Richardson|Watson|"
           "Brooks|Wood|Bennett|Gray|Hughes|Price|Sanders|Myers|Long|Ross|Foster|Powell|Jenkins|Perry|Russell|"
           "Sullivan|Bell|Coleman|Butler|Henderson|Barnes|Fisher|Simmons|Graham|Marshall|Owens|Harrison|Gibson|"
           "McDonald|Wallace|Hamilton|Woods|Cole|West|Reynolds|Ellis|Fitzgerald|Montgomery|O'Brien|O'Connor|"
           "McAllister|Washington|Abernathy|Whitaker|Hawthorne|Blackwood|Delacroix|VanderMeer|St. James")
UK_SUR = L("Patel|Khan|Davies|Lloyd|Pritchard|Atkinson|Ashworth|Fairclough|Ramsbottom|Featherstonehaugh|"
           "Cholmondeley|Wickham|Thornton|Ogilvie|MacLeod|Fraser|Murray|Buchanan|Cunningham|Kerr|Hussain|Begum|"
           "Ahmed|Okafor|Mensah|Nowak|Hughes|Jenkins|Llewellyn|ap Rhys|Gwynne|Holloway|Pemberton|Shackleton|"
           "Higginbotham|Fothergill|Sutcliffe|Blackburn|Dunmore|Pennington|Whitworth|Barraclough|Crawley|Haworth")
UK_M = L("Oliver|Harry|George|Alfie|Charlie|Freddie|Archie|Theo|Callum|Rhys|Gareth|Dafydd|Iwan|Hamish|Angus|"
         "Ewan|Fraser|Nigel|Clive|Graham|Trevor|Ian|Colin|Declan|Rory|Ravi|Imran|Kwame|Tobias|Rupert")
UK_F = L("Amelia|Isla|Ava|Poppy|Freya|Ellie|Evie|Imogen|Harriet|Fiona|Siân|Cerys|Bethan|Rhiannon|Morag|Kirsty|"
         "Shona|Gemma|Hayley|Joanne|Lindsey|Nadia|Priya|Aisha|Jemima|Philippa|Niamh|Sophie|Lucy|Beatrix")
IE_M = L("Seán|Pádraig|Ciarán|Cian|Oisín|Darragh|Eoin|Diarmuid|Cathal|Tadhg|Fionn|Ruairí|Donnchadh|Colm|Éamon|"
         "Conor|Liam|Cillian|Rónán|Odhrán|Senan|Dara|Fergal|Niall|Brendan|Aidan|Declan|Shane")
IE_F = L("Aoife|Siobhán|Niamh|Caoimhe|Saoirse|Róisín|Gráinne|Síle|Orla|Clodagh|Sinéad|Eimear|Méabh|Ciara|"
         "Aisling|Deirdre|Bríd|Úna|Éabha|Ailbhe|Muireann|Clíodhna|Laoise|Nuala|Fiadh|Sorcha|Treasa|Órlaith")
IE_SUR = L("Murphy|Kelly|O'Sullivan|Walsh|O'Brien|Byrne|Ryan|O'Connor|O'Neill|O'Reilly|Doyle|McCarthy|Gallagher|"
           "O'Doherty|Kennedy|Lynch|Murray|Quinn|Moore|McLoughlin|O'Carroll|Connolly|Daly|O'Connell|Ní Bhriain|"
           "Mac Giolla Phádraig|Ó Súilleabháin|Ní Dhomhnaill|Mac Cárthaigh|Ó Briain|Ó Ceallaigh|Nic Aodha|"
           "Fitzpatrick|Brennan|Dunne|Nolan|Keane|Hegarty|Ó Gríofa|Mac Mathúna")
FRCA_M = L("Jean-François|Marc-André|Pierre-Luc|Mathieu|Alexandre|Maxime|Simon|Gabriel|Étienne|Jean-Philippe|"
           "Olivier|Sébastien|Félix|Louis-Philippe|Réjean|Gilles|Yannick|Benoît|Samuel|Vincent")
FRCA_F = L("Émilie|Geneviève|Marie-Ève|Josée|Chantal|Isabelle|Mélissa|Véronique|Annie|Julie|Catherine|Marie-Pier|"
           "Audrey|Karine|Stéphanie|Noémie|Maude|Rosalie|Sophie|Ariane")
FRCA_SUR = L("Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier|Bélanger|"
             "Lévesque|Bergeron|Leblanc|Paquette|Girard|Simard|Boucher|Caron|Beaulieu|Cloutier|Dubé|Poirier|"
             "Fournier|Lapointe|Leclerc|Lefebvre|Poulin|Thibault|St-Pierre|Desjardins|Nadeau|Lachance|Thériault")
AU_SUR = L("Nguyen|Kelly|Papadopoulos|Rossi|Singh|O'Neill|Henderson|Fraser|Campbell|Wilson|Murray|Costa|Ryan|"
           "Harrington|Blackwell|Cartwright|McKenzie|Wong|Tran|Chen|Lim|Kowalczyk|Walsh|Rigby|Thorpe|Quigley")
AU_M = L("Jack|Lachlan|Cooper|Riley|Harrison|Mitchell|Bailey|Hamish|Darcy|Brodie|Jarrah|Kieran|Shane|Bruce|"
         "Craig|Brett|Wayne|Tahu|Ngaio|Lochlan")
AU_F = L("Charlotte|Matilda|Isla|Chloe|Mia|Ruby|Sienna|Tahlia|Kylie|Shannon|Bronwyn|Leanne|Jacinta|Narelle|"
         "Kirra|Indi|Willow|Maddison|Georgia|Alinta")

DE_M = L("Thomas|Michael|Andreas|Stefan|Christian|Matthias|Jürgen|Klaus|Uwe|Jörg|Frank|Markus|Tobias|Florian|"
         "Sebastian|Lukas|Jonas|Felix|Maximilian|Niklas|Moritz|Björn|Dieter|Günther|Horst|Wolfgang|Hans-Peter|"
         "Karl-Heinz|Rüdiger|Sören|Bernd|Torsten|Till|Ole|Malte|Henrik")
DE_F = L("Sabine|Petra|Monika|Claudia|Susanne|Andrea|Birgit|Katrin|Stefanie|Julia|Anna|Lena|Laura|Lea|Hannah|"
         "Sophie|Jana|Jördis|Anke|Ute|Gisela|Bärbel|Ursula|Heike|Silke|Mareike|Franziska|Anna-Lena|Marie-Luise|"
         "Kerstin|Dörte|Wiebke|Friederike|Annegret|Hedwig")
DE_SUR = L("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|"
           "Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|"
           "Werner|Schmitz|Krause|Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann|König|Walter|Mayer|Huber|"
           "Kaiser|Fuchs|Peters|Lang|Scholz|Möller|Weiß|Jung|Hahn|Schubert|Vogel|Friedrich|Keller|Günther|"
           "Berger|Winkler|Roth|Beck|Lorenz|Baumann|Franke|Albrecht|Schuster|Ludwig|Böhm|Winter|Kraus|"
           "Schumacher|Krämer|Vogt|Stein|Jäger|Otto|Sommer|Groß|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|"
           "Schulte|Dietrich|Ziegler|Kühn|Pohl|Engel|Horn|Busch|Bergmann|Voigt|Sauer|Arnold|Pfeiffer|"
           "von Bülow|von der Heyde|zu Solms|Ostermeier|Kleinschmidt|Große-Wilde|Oßwald|Wöhrle|Nüßlein")
AT_SUR = L("Gruber|Huber|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs|Eder|Fischer|Schmid|"
           "Winkler|Weber|Schwarz|Maier|Schneider|Reiter|Mayr|Wimmer|Egger|Brunner|Lang|Baumgartner|Auer|Binder|"
           "Lechner|Wolf|Wallner|Aigner|Ebner|Koller|Lehner|Haas|Schuster|Hörmann|Pölzl|Kröll|Pfeifenberger")
AT_M = L("Florian|Lukas|David|Tobias|Elias|Jakob|Lorenz|Christoph|Gernot|Alois|Sepp|Franz|Herbert|Josef|"
         "Leopold|Valentin|Matthias|Raphael|Bernhard|Günter")
AT_F = L("Valentina|Magdalena|Theresa|Johanna|Katharina|Veronika|Barbara|Elisabeth|Hemma|Anna|Lisa|Sarah|Marlene|"
         "Christina|Sieglinde|Hildegard|Rosa|Antonia|Leonie|Viktoria")
CH_SUR = L("Müller|Meier|Schmid|Keller|Weber|Huber|Schneider|Meyer|Steiner|Fischer|Gerber|Brunner|Baumann|Frei|"
           "Zimmermann|Moser|Widmer|Wyss|Graf|Roth|Bühler|Zürcher|Käser|Bachmann|Hürlimann|Favre|Rochat|Bonvin|"
           "Crettenand|Rossi|Bernasconi|Aebischer|Niederhauser|Zbinden|Grünenfelder|Tschudi|Imhof|Vuilleumier")
CH_M = L("Reto|Urs|Beat|Hansruedi|Jürg|Lukas|Noah|Luca|Leon|Nicolas|Mattia|Gian-Marco|Adrian|Simon|Fabian|"
         "Thierry|Jean-Daniel|Cédric|Ueli|Röbi")
CH_F = L("Mia|Lara|Nina|Seraina|Corinne|Regula|Vreni|Chantal|Mathilde|Aurélie|Anja|Nadja|Flurina|Ladina|"
         "Brigitte|Esther|Rahel|Deborah|Céline|Annina")

FR_M = L("Jean|Pierre|Michel|Philippe|Alain|Nicolas|François|Laurent|Éric|Stéphane|Sébastien|Julien|Guillaume|"
         "Olivier|Thierry|Jérôme|Benoît|Gaëtan|Loïc|Hervé|Jean-Baptiste|Jean-Luc|Théo|Mathéo|Clément|Maël|Noé|"
         "Yannick|Rémi|Aurélien|Cyril|Grégoire|Anthony|Karim|Mehdi")
FR_F = L("Marie|Nathalie|Isabelle|Sylvie|Catherine|Françoise|Valérie|Christine|Sandrine|Céline|Aurélie|Émilie|"
         "Camille|Chloé|Léa|Manon|Inès|Zoé|Océane|Anaïs|Gaëlle|Hélène|Mélanie|Marie-Claire|Anne-Sophie|Noémie|"
         "Élodie|Maëlys|Solène|Bérénice|Ségolène|Clémence|Margaux|Yasmine|Fatoumata")
FR_SUR = L("Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Dubois|Moreau|Laurent|Simon|Michel|Lefebvre|Leroy|"
           "Roux|David|Bertrand|Morel|Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|Lefèvre|"
           "Faure|André|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|Legrand|Gauthier|Perrin|Robin|Clément|"
           "Morin|Henry|Roussel|Mathieu|Masson|Marchand|Duval|Denis|Dumont|Lemaire|Noël|Dufour|Meunier|Brun|"
           "Blanchard|Giraud|Joly|Rivière|Brunet|Gaillard|Barbier|Arnaud|Gérard|Roche|Renard|Leroux|Colin|Caron|"
           "Picard|Fabre|Aubert|Lemoine|Renaud|Dumas|Lacroix|Bourgeois|Leclerc|Payet|Hubert|Carpentier|Moulin|"
           "Deschamps|Huet|Fleury|Jacquet|Poirier|Aubry|Carré|Ménard|Le Gall|Léger|Prévost|Le Roux|Le Goff|"
           "Lévêque|Bénard|Lemaître|d'Aubigné|de Villiers|Le Bihan|Diallo|Traoré|Benali|N'Diaye|Da Silva")
BE_SUR = L("Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Lambert|Dupont|"
           "Vermeulen|Van den Broeck|Desmet|Van Damme|Claeys|Hermans|Michiels|Leclercq|Martens|Smets|Verhoeven|"
           "De Backer|Vandenberghe|Lemaire|Pauwels|Van de Velde|D'Hondt|Vanderstraeten|Timmermans|Delvaux")
BE_M = L("Pieter|Wouter|Jeroen|Koen|Bart|Stijn|Jens|Arne|Thibaut|Gilles|Maxime|Arnaud|Quentin|Lowie|Seppe|Wannes")
BE_F = L("Lotte|Sofie|Ellen|Elke|An|Griet|Lieve|Nele|Hanne|Fien|Marie|Amélie|Justine|Pauline|Lore|Febe")
NL_M = L("Jan|Pieter|Kees|Henk|Bas|Daan|Sem|Lucas|Thijs|Joost|Maarten|Ruud|Sjoerd|Willem|Floris|Job|Ruben|"
         "Gijs|Stijn|Wouter|Jeroen|Hidde|Sietse|Teun|Mees|Arjen|Frits|Coen|Dirk|Menno")
NL_F = L("Anna|Sanne|Lotte|Femke|Fleur|Eva|Anouk|Lieke|Marieke|Ingrid|Annelies|Mieke|Noor|Tess|Julia|Isa|"
         "Saskia|Ilse|Ymke|Jantine|Roos|Floor|Esmée|Mirjam|Geertje|Wietske|Fenna|Ineke|Hanneke|Joke")
NL_SUR = L("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|"
           "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|"
           "van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|"
           "de Bruijn|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|"
           "Koster|van Dam|van der Wal|Prins|Blom|Huisman|de Lange|Kuipers|van Wijk|Postma|Veenstra|"
           "van der Berg|ter Horst|van 't Hof|Bijlsma|IJzerman|Zwart|op den Kamp")
IT_M = L("Giuseppe|Giovanni|Antonio|Mario|Luigi|Francesco|Angelo|Vincenzo|Pietro|Salvatore|Carlo|Franco|"
         "Domenico|Bruno|Paolo|Michele|Giorgio|Aldo|Sergio|Luca|Alessandro|Lorenzo|Matteo|Niccolò|Gianluca|"
         "Gianmarco|Pierpaolo|Ettore|Raffaele|Gennaro")
IT_F = L("Maria|Anna|Giuseppina|Rosa|Angela|Giovanna|Teresa|Lucia|Carmela|Caterina|Francesca|Chiara|Giulia|"
         "Sofia|Aurora|Martina|Alessia|Federica|Ilaria|Valentina|Elisabetta|Noemi|Beatrice|Assunta|Concetta|"
         "Annunziata|Benedetta|Ludovica|Gaia|Rosaria")
IT_SUR = L("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|"
           "Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|"
           "Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|Lombardo|Serra|Coppola|De Santis|"
           "D'Angelo|Marchetti|Parisi|Villa|Conte|Ferraro|Fabbri|Bianco|Marini|Grasso|Valentini|Messina|Sala|"
           "De Angelis|Gatti|Pellegrini|Palumbo|Sanna|Farina|Monti|Cattaneo|Morelli|Amato|Silvestri|Mazza|"
           "Testa|Carbone|Giuliani|Barone|Caputo|Montanari|Guerra|Palmieri|Bernardi|Fiore|De Rosa|Ferretti|"
           "Bellini|Basile|Donati|Piras|Battaglia|Sartori|Neri|Pagano|Sorrentino|D'Amico|Orlando|Dell'Acqua|"
           "Lo Bianco|La Rosa|Di Stefano|Dall'Olio")
ES_M = L("José|Juan|Luis|Carlos|Miguel|Jorge|Francisco|Alejandro|Javier|Sergio|Fernando|Ricardo|Raúl|Andrés|"
         "Íñigo|Joaquín|Sebastián|Martín|Rubén|Óscar|Jesús|Ángel|Gonzalo|Álvaro|Iker|Unai|Xabier|Jordi|Pau|"
         "Marc|José Luis|Juan Carlos|Francisco Javier|José María")
ES_F = L("María|Carmen|Lucía|Ana|Isabel|Laura|Marta|Cristina|Paula|Elena|Sofía|Valentina|Begoña|Ainhoa|Nerea|"
         "Pilar|Rocío|Inés|Montserrat|Núria|Araceli|Maricarmen|María José|Ana Belén|Itziar|Leire|Aitana|Alba|"
         "Mireia|Nuria|Macarena|Consuelo|Inmaculada|Remedios")
ES_SUR = L("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|"
           "Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|"
           "Gil|Ramírez|Serrano|Blanco|Molina|Morales|Suárez|Ortega|Delgado|Castro|Ortiz|Rubio|Marín|Sanz|"
           "Núñez|Iglesias|Medina|Garrido|Cortés|Castillo|Santos|Lozano|Guerrero|Cano|Prieto|Méndez|Cruz|"
           "Flores|Herrera|Peña|León|Márquez|Cabrera|Vidal|Calvo|Campos|Vega|Fuentes|Carrasco|Aguilar|Reyes|"
           "Echeverría|Urrutia|Goikoetxea|Etxeberria|Puigdemont|Casals|Ferrer|Pujol|de la Cruz|del Valle|"
           "de los Santos|de la Fuente|del Río|de la Torre|Ruiz de Alda|Pérez-Reverte|Sáenz de Santamaría")
MX_M = L("José|Juan|Luis|Carlos|Miguel Ángel|Jorge|Francisco|Alejandro|Eduardo|Ricardo|Arturo|Héctor|Raúl|"
         "Emiliano|Santiago|Diego|Leonardo|Mateo|Jesús|Gerardo|Rodrigo|Ulises|Cuauhtémoc|Aarón|Rogelio")
MX_F = L("María Guadalupe|Guadalupe|Ximena|Itzel|Fernanda|Daniela|Mónica|Araceli|Alejandra|Verónica|Leticia|"
         "Yesenia|Brenda|Karla|Mariana|Renata|Regina|Valeria|Citlali|Xóchitl|Marisol|Rosa María|Juana|Lupita")
MX_SUR = L("Hernández|García|Martínez|López|González|Pérez|Rodríguez|Sánchez|Ramírez|Cruz|Flores|Gómez|Morales|"
           "Vázquez|Reyes|Jiménez|Torres|Díaz|Gutiérrez|Ruiz|Mendoza|Aguilar|Ortiz|Moreno|Castillo|Romero|"
           "Álvarez|Méndez|Chávez|Rivera|Juárez|Ramos|Domínguez|Herrera|Medina|Castro|Vargas|Guzmán|Velázquez|"
           "Salazar|Cervantes|Xicoténcatl|Cuevas|Villaseñor|Zúñiga|Ibarra|de la Garza|de la Rosa|del Ángel")
PT_M = L("João|José|António|Francisco|Manuel|Pedro|Tiago|Gonçalo|Rodrigo|Afonso|Duarte|Rui|Nuno|Luís|Vítor|"
         "Sérgio|Bruno|Fábio|Diogo|Simão|João Pedro|José Miguel|Tomás|Martim")
PT_F = L("Maria|Ana|Inês|Beatriz|Leonor|Matilde|Mariana|Carolina|Sofia|Joana|Margarida|Conceição|Fátima|Graça|"
         "Teresa|Rita|Cláudia|Sónia|Maria João|Ana Rita|Maria do Carmo|Filipa|Raquel|Susana")
BR_M = L("Lucas|Gabriel|Rafael|Matheus|Guilherme|Felipe|Gustavo|Thiago|Caio|Vinícius|Leandro|Rogério|Márcio|"
         "Luiz|Otávio|Enzo|Davi|Heitor|João Vitor|Pedro Henrique|Luiz Fernando|Wellington|Cauã|Anderson|Cléber")
BR_F = L("Ana|Maria|Luíza|Letícia|Thaís|Gabriela|Camila|Larissa|Júlia|Vitória|Raíssa|Fernanda|Patrícia|Aline|"
         "Bruna|Jéssica|Ana Beatriz|Maria Eduarda|Ana Clara|Francisca|Sônia|Tatiane|Rayane|Kauane")
PT_SUR = L("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|Gonçalves|Gomes|"
           "Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|Correia|Mendes|Nunes|Soares|"
           "Vieira|Monteiro|Cardoso|Rocha|Araújo|Barbosa|Magalhães|Simões|Brandão|Figueiredo|Guimarães|"
           "Nascimento|Lima|Azevedo|Cavalcanti|Albuquerque|Souza|Damasceno|Assunção")
PT_PART = L("de|da|dos|das|do")

PL_M = L("Tomasz|Piotr|Krzysztof|Paweł|Michał|Łukasz|Grzegorz|Jakub|Mateusz|Wojciech|Marcin|Bartłomiej|Andrzej|"
         "Rafał|Jarosław|Przemysław|Zbigniew|Szymon|Kamil|Dawid|Sławomir|Mirosław|Jędrzej|Maciej|Witold")
PL_F = L("Agnieszka|Małgorzata|Katarzyna|Anna|Joanna|Magdalena|Ewa|Beata|Dorota|Żaneta|Aleksandra|Zofia|"
         "Urszula|Jadwiga|Grażyna|Wiktoria|Halina|Bożena|Elżbieta|Krystyna|Marzena|Jolanta|Kinga|Oliwia|Łucja")
PL_SUR = L("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|"
           "Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|Nowakowski|Pawłowski|"
           "Michalski|Król|Wieczorek|Jabłoński|Wróbel|Nowicki|Majewski|Olszewski|Stępień|Malinowski|Jaworski|"
           "Górski|Rutkowski|Sikora|Ostrowski|Baran|Duda|Szewczyk|Tomaszewski|Pietrzak|Marciniak|Zalewski|"
           "Jakubowski|Zawadzki|Sadowski|Bąk|Chmielewski|Włodarczyk|Czarnecki|Sokołowski|Kubiak|Szczepański|"
           "Wilk|Kalinowski|Lis|Wysocki|Kaźmierczak|Cieślak|Głowacki|Kołodziej|Brzęczyszczykiewicz|Ziółkowski|"
           "Przybylski|Żak|Łuczak|Grzybowski|Kwaśniewski|Dziedzic")
CZ = P("Novák=Nováková|Svoboda=Svobodová|Novotný=Novotná|Dvořák=Dvořáková|Černý=Černá|Procházka=Procházková|"
       "Kučera=Kučerová|Veselý=Veselá|Horák=Horáková|Němec=Němcová|Marek=Marková|Pospíšil=Pospíšilová|"
       "Pokorný=Pokorná|Hájek=Hájková|Král=Králová|Jelínek=Jelínková|Růžička=Růžičková|Beneš=Benešová|"
       "Fiala=Fialová|Sedláček=Sedláčková|Doležal=Doležalová|Zeman=Zemanová|Kolář=Kolářová|"
       "Navrátil=Navrátilová|Čermák=Čermáková|Vaněk=Vaňková|Urban=Urbanová|Blažek=Blažková|Kříž=Křížová|"
       "Kovář=Kovářová|Šťastný=Šťastná|Přibyl=Přibylová")
CZ_M = L("Jiří|Jan|Petr|Josef|Pavel|Martin|Tomáš|Jaroslav|Miroslav|Zdeněk|Václav|Michal|František|Jakub|"
         "Lukáš|Ondřej|Vojtěch|Radek|Bořivoj|Přemysl")
CZ_F = L("Jana|Marie|Eva|Hana|Anna|Lenka|Kateřina|Věra|Lucie|Alena|Petra|Veronika|Tereza|Markéta|Zuzana|"
         "Šárka|Dagmar|Jiřina|Blanka|Radka")
HU_SUR = L("Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász|Lakatos|"
           "Mészáros|Oláh|Simon|Rácz|Fekete|Szilágyi|Török|Fehér|Balázs|Gál|Szűcs|Kocsis|Pintér|Fodor|Szalai|"
           "Sipos|Magyar|Lukács|Gulyás|Bíró|Király|Katona|Jakab|Fazekas|Kelemen|Antal|Orosz|Somogyi|Fülöp|"
           "Veres|Hegedűs|Deák|Bálint|Illés|Vass|Szőke|Vörös|Lengyel|Bognár|Halász|Székely|Gáspár|Pásztor")
HU_M = L("László|István|József|János|Zoltán|Sándor|Gábor|Ferenc|Attila|Péter|Tamás|Zsolt|Tibor|András|Csaba|"
         "Imre|Lajos|György|Balázs|Gyula|Mihály|Károly|Bence|Máté|Ádám|Dániel|Levente|Örs|Győző|Ödön")
HU_F = L("Mária|Erzsébet|Katalin|Éva|Ilona|Anna|Zsuzsanna|Margit|Judit|Ágnes|Andrea|Erika|Krisztina|Eszter|"
         "Orsolya|Zsófia|Réka|Boglárka|Dóra|Noémi|Tünde|Enikő|Gabriella|Csilla|Edit|Ildikó|Klára|Hajnalka|"
         "Emőke|Piroska")
TR_M = L("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Ramazan|Halil|Süleyman|"
         "Abdullah|Mahmut|Recep|Salih|Fatih|Kadir|Emre|Burak|Oğuz|Barış|Çağlar|Uğur|Serkan|Gökhan|Doğan|Kaan|"
         "Berk|Eren|Ilgaz|Çınar")
TR_F = L("Fatma|Ayşe|Emine|Hatice|Zeynep|Elif|Meryem|Şerife|Zehra|Sultan|Hanife|Merve|Özlem|Yasemin|Aylin|"
         "Gülşen|Büşra|Derya|Ebru|Esra|Gizem|Şeyma|Tuğba|Ceren|İrem|Nur|Pınar|Sevgi|Çiğdem|Gökçe|Dilek|Ezgi|"
         "Buket|Sıla|Işıl")
TR_SUR = L("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|"
           "Kara|Koç|Kurt|Özkan|Şimşek|Polat|Özcan|Korkmaz|Çakır|Erdoğan|Yavuz|Can|Acar|Şen|Aktaş|Güler|"
           "Yalçın|Güneş|Bozkurt|Bulut|Keskin|Ünal|Turan|Gül|Özer|Işık|Kaplan|Avcı|Sarı|Tekin|Taş|Köse|"
           "Yüksel|Ateş|Aksoy|Karataş|Çınar|Uçar|Erdem|Bayram|Ergün|Karaağaç|Gündoğdu|Büyükşahin")
VI_SUR = L("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lâm|Mai|Trịnh|"
           "Đoàn|Cao|Lương|Tạ|Vương|Châu|Tô")
VI_MID_M = L("Văn|Minh|Thanh|Đức|Hữu|Quang|Gia|Bảo|Xuân|Công|Quốc|Tuấn|Hoàng|Nhật")
VI_MID_F = L("Thị|Minh|Thanh|Ngọc|Thu|Hoài|Kim|Bảo|Xuân|Phương|Khánh|Mỹ|Diệu|Thùy")
VI_M = L("Anh|Tuấn|Hùng|Dũng|Hải|Nam|Long|Huy|Khoa|Quân|Trung|Thắng|Hiếu|Phúc|Bình|Cường|Duy|Khánh|Tú|Vinh|"
         "Sơn|Đạt|Lộc|Thịnh|Việt|Phong|Tài|Nghĩa")
VI_F = L("Anh|Hương|Linh|Lan|Mai|Phương|Trang|Thảo|Hà|Vy|Ngân|Nhung|Hạnh|Yến|Tâm|Thủy|Loan|Hoa|Quỳnh|Trâm|"
         "Uyên|Nhi|Giang|Diệp|Oanh|Huyền|Xuân|Minh")
YO_M = L("Adébáyọ̀|Olúwaṣeun|Ọláwálé|Ayọ̀délé|Bọ́lájí|Fẹ́mi|Babátúndé|Kẹ́hìndé|Táíwò|Adéwálé|Olúmìdé|Kúnlé|"
         "Ọlákúnlé|Adebayo|Oluwaseun|Olawale|Ayodele|Bolaji|Femi|Babatunde|Kehinde|Taiwo|Tunde|Seyi|Kunle|"
         "Damilare|Gbenga|Segun|Wale|Yinka")
YO_F = L("Tèmítọ́pẹ́|Olúwadámilọ́lá|Adéọlá|Ìfẹ́olúwa|Abímbọ́lá|Mojísọ́lá|Títílayọ̀|Adérónkẹ́|Fúnmiláyọ̀|Yẹ́misí|"
         "Ṣadé|Bùkọ́lá|Ìyábọ̀|Tọ́lání|Temitope|Damilola|Adeola|Ifeoluwa|Abimbola|Mojisola|Titilayo|Funmilayo|"
         "Yemisi|Sade|Bukola|Tolani|Folake|Omolara|Kemi|Bisola")
YO_SUR = L("Adébáyọ̀|Ògúnlẹ́yẹ|Ọlátúnjí|Adéyẹmí|Akínwándé|Àjàyí|Ògúndípẹ̀|Balógun|Adélékè|Ọládiípọ̀|Fáṣọlá|"
           "Oyèlárán|Ìdòwú|Ṣóyínká|Akínọlá|Olúwọlé|Adéníyì|Adebayo|Ogunleye|Olatunji|Adeyemi|Akinwande|Ajayi|"
           "Ogundipe|Balogun|Adeleke|Oladipo|Fashola|Oyelaran|Idowu|Soyinka|Akinola|Oluwole|Adeniyi|Ogunbiyi|"
           "Oyelowo|Babatunde|Okonjo")
IG_M = L("Chinonso|Chukwuemeka|Obinna|Nnamdi|Uchenna|Ebuka|Kelechi|Chibuike|Ikenna|Somtochukwu|Chinedu|"
         "Ugochukwu|Ifeanyi|Chidi|Tochukwu|Ọnyekachi|Emeka|Okechukwu|Nnaemeka|Chukwudi")
IG_F = L("Chiamaka|Ngozi|Adaeze|Ifeoma|Chidinma|Nkechi|Amarachi|Oluchi|Nneka|Obiageli|Onyinyechi|Ezinne|"
         "Chimamanda|Ụzọamaka|Chikọdịlị|Adaobi|Chinwe|Ogechi|Uloma|Nkiruka")
IG_SUR = L("Okonkwo|Okafor|Eze|Nwosu|Obi|Okeke|Nwachukwu|Onyekachi|Chukwu|Okoro|Nwankwo|Ezeh|Agu|Ugwu|Anyanwu|"
           "Onwuachi|Ibekwe|Nwabueze|Okoye|Uzor|Ezeani|Ndukwe|Onuoha|Obiora|Nnadi|Ike|Iwu|Achebe|Adichie|"
           "Ọkọnkwọ|Nwọsụ|Ezeoke|Onyeama|Mbanefo|Nwodo")
PH_M = L("Jose|Juan Miguel|Jericho|Mark Anthony|Jhon|Rommel|Joselito|Efren|Ramon|Rodrigo|Benigno|Emmanuel|"
         "John Paul|Bong|Carlo|Jun|Ronaldo|Arnel|Dindo|Paolo")
PH_F = L("Maria Cristina|Ma. Theresa|Rizalina|Princess|Kristine Joy|Angelica|Rowena|Marivic|Lorna|Divina|"
         "Maricel|Jocelyn|Lovely|Mary Grace|Cherry Mae|Liza|Corazon|Gloria|Leni|Aiza")
PH_SUR = L("dela Cruz|de la Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Aquino|Garcia|Castillo|Magbanua|"
           "Dimaculangan|Macapagal|Panganiban|Lacson|Tolentino|Soriano|Manalo|Pascual|Dizon|Mercado|"
           "de Guzman|delos Reyes|Pangilinan|Ocampo|Navarro|Sarmiento|Evangelista|Lim|Tan")
MS_M = L("Ahmad|Muhammad Faiz|Mohd Hafiz|Amirul|Azlan|Hakim|Iskandar|Khairul|Zulkifli|Faizal|Syafiq|Haziq|"
         "Rizal|Aiman|Danial|Hafizuddin|Nazri|Shahrul|Fikri|Ikhwan")
MS_F = L("Nur Aisyah|Siti Aminah|Nurul Izzah|Farah|Aina|Syazwani|Nabilah|Aishah|Hidayah|Siti Nurhaliza|Nor Azlina|"
         "Fatimah|Sharifah|Puteri|Aqilah|Husna|Najwa|Zulaikha|Balqis|Adibah")
MS_FATHER = L("Abdullah|Hassan|Ismail|Ibrahim|Rahman|Othman|Yusof|Ahmad|Abdul Razak|Hamid|Kassim|Salleh|Zainal|"
              "Mohamed|Jaafar|Mahmud|Hussein|Osman|Yaakob|Sulaiman|Abu Bakar|Hashim")

# ---- non-Latin scripts: (native, romanized) ----
AR_M = P("محمد=Mohammed|أحمد=Ahmed|علي=Ali|عمر=Omar|خالد=Khaled|يوسف=Youssef|حسن=Hassan|إبراهيم=Ibrahim|"
         "عبد الله=Abdullah|عبد الرحمن=Abdulrahman|طارق=Tariq|سامي=Sami|كريم=Karim|فيصل=Faisal|ماجد=Majed|"
         "زياد=Ziad|نبيل=Nabil|هشام=Hisham|وليد=Walid|سعيد=Said")
AR_F = P("سارة=Sara|فاطمة=Fatima|مريم=Mariam|ليلى=Layla|نور=Noor|ريم=Reem|هدى=Huda|عائشة=Aisha|زينب=Zainab|"
         "رانيا=Rania|هالة=Hala|ياسمين=Yasmin|سلمى=Salma|دينا=Dina|لينا=Lina|أمل=Amal|نادية=Nadia|منى=Mona|"
         "جميلة=Jamila|رنا=Rana")
AR_SUR = P("العتيبي=Al-Otaibi|الحربي=Al-Harbi|القحطاني=Al-Qahtani|الشمري=Al-Shammari|المصري=El-Masry|"
           "حداد=Haddad|خوري=Khoury|منصور=Mansour|النجار=Al-Najjar|السيد=El-Sayed|الزهراني=Al-Zahrani|"
           "الغامدي=Al-Ghamdi|بن سعيد=Bin Saeed|الهاشمي=Al-Hashimi|الفارسي=Al Farsi|صالح=Saleh|العلي=Al-Ali|"
           "عيسى=Issa|ناصر=Nasser|عزيز=Aziz|فاروق=Farouk|حمدان=Hamdan|بن صالح=Ben Salah|بوزيد=Bouzid|"
           "بنعلي=Benali|العمراني=El Amrani|الدوسري=Al-Dosari|الكعبي=Al-Kaabi|الخطيب=Al-Khatib|عبد الله=Abdallah")
HE_M = P("יוסי=Yossi|אבי=Avi|דוד=David|משה=Moshe|יונתן=Yonatan|איתי=Itai|עומר=Omer|אורי=Uri|גיל=Gil|נדב=Nadav|"
         "אליה=Eliya|רוני=Roni|עידו=Ido|אסף=Asaf|ניר=Nir|שחר=Shahar|יובל=Yuval|אלון=Alon")
HE_F = P("נועה=Noa|תמר=Tamar|מיכל=Michal|יעל=Yael|שירה=Shira|אביגיל=Avigail|רחל=Rachel|דנה=Dana|הילה=Hila|"
         "ליאת=Liat|אורית=Orit|מאיה=Maya|טליה=Talia|רותם=Rotem|ענבל=Inbal|שני=Shani|אפרת=Efrat|נטע=Neta")
HE_SUR = P("כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|דהן=Dahan|אברהם=Avraham|פרידמן=Friedman|"
           "אזולאי=Azoulay|מלכה=Malka|שפירא=Shapira|גולדברג=Goldberg|רוזנברג=Rosenberg|כץ=Katz|בן דוד=Ben-David|"
           "אוחיון=Ohayon|שלום=Shalom|חדד=Hadad|גבאי=Gabay|ברק=Barak|סגל=Segal|אשכנזי=Ashkenazi|בן עמי=Ben-Ami|"
           "וייס=Weiss")
EL_M = P("Γιώργος=Giorgos|Δημήτρης=Dimitris|Νίκος=Nikos|Κωνσταντίνος=Konstantinos|Γιάννης=Giannis|"
         "Παναγιώτης=Panagiotis|Βασίλειος=Vasileios|Χρήστος=Christos|Αθανάσιος=Athanasios|Μιχάλης=Michalis|"
         "Σπύρος=Spyros|Σταύρος=Stavros|Άγγελος=Angelos|Θοδωρής=Thodoris|Λευτέρης=Lefteris")
EL_F = P("Ελένη=Eleni|Μαρία=Maria|Αικατερίνη=Aikaterini|Βασιλική=Vasiliki|Σοφία=Sofia|Αγγελική=Angeliki|"
         "Δέσποινα=Despoina|Ευαγγελία=Evangelia|Ιωάννα=Ioanna|Χριστίνα=Christina|Θεοδώρα=Theodora|"
         "Κατερίνα=Katerina|Φωτεινή=Foteini|Ζωή=Zoi|Αναστασία=Anastasia")
EL_SUR = [(("Παπαδόπουλος", "Papadopoulos"), ("Παπαδοπούλου", "Papadopoulou")),
          (("Βλάχος", "Vlachos"), ("Βλάχου", "Vlachou")),
          (("Αντωνίου", "Antoniou"), ("Αντωνίου", "Antoniou")),
          (("Γεωργίου", "Georgiou"), ("Γεωργίου", "Georgiou")),
          (("Νικολάου", "Nikolaou"), ("Νικολάου", "Nikolaou")),
          (("Οικονόμου", "Oikonomou"), ("Οικονόμου", "Oikonomou")),
          (("Καραγιάννης", "Karagiannis"), ("Καραγιάννη", "Karagianni")),
          (("Μακρής", "Makris"), ("Μακρή", "Makri")),
          (("Πετρίδης", "Petridis"), ("Πετρίδου", "Petridou")),
          (("Ιωάννου", "Ioannou"), ("Ιωάννου", "Ioannou")),
          (("Κωνσταντινίδης", "Konstantinidis"), ("Κωνσταντινίδου", "Konstantinidou")),
          (("Χατζηδάκης", "Chatzidakis"), ("Χατζηδάκη", "Chatzidaki")),
          (("Σταυρόπουλος", "Stavropoulos"), ("Σταυροπούλου", "Stavropoulou")),
          (("Μαυρίδης", "Mavridis"), ("Μαυρίδου", "Mavridou")),
          (("Λαμπράκης", "Lamprakis"), ("Λαμπράκη", "Lampraki")),
          (("Δημητρίου", "Dimitriou"), ("Δημητρίου", "Dimitriou"))]
RU_M = P("Александр=Aleksandr|Дмитрий=Dmitry|Сергей=Sergey|Андрей=Andrey|Алексей=Alexey|Иван=Ivan|"
         "Михаил=Mikhail|Николай=Nikolay|Владимир=Vladimir|Евгений=Evgeny|Павел=Pavel|Артём=Artyom|"
         "Максим=Maksim|Игорь=Igor|Олег=Oleg|Юрий=Yuri|Григорий=Grigory")
RU_F = P("Елена=Elena|Ольга=Olga|Наталья=Natalya|Татьяна=Tatiana|Анна=Anna|Мария=Maria|Ирина=Irina|"
         "Екатерина=Ekaterina|Светлана=Svetlana|Юлия=Yulia|Анастасия=Anastasia|Дарья=Darya|Ксения=Ksenia|"
         "Людмила=Lyudmila|Виктория=Viktoria|Алёна=Alyona")
RU_SUR = P("Иванов=Ivanov|Смирнов=Smirnov|Кузнецов=Kuznetsov|Попов=Popov|Васильев=Vasiliev|Петров=Petrov|"
           "Соколов=Sokolov|Михайлов=Mikhailov|Новиков=Novikov|Фёдоров=Fyodorov|Морозов=Morozov|Волков=Volkov|"
           "Алексеев=Alekseev|Лебедев=Lebedev|Семёнов=Semyonov|Егоров=Egorov|Павлов=Pavlov|Козлов=Kozlov|"
           "Степанов=Stepanov|Николаев=Nikolaev|Орлов=Orlov|Андреев=Andreev|Макаров=Makarov|Зайцев=Zaitsev|"
           "Соловьёв=Solovyov|Белов=Belov")
RU_PATR_M = P("Александрович=Aleksandrovich|Сергеевич=Sergeyevich|Иванович=Ivanovich|Петрович=Petrovich|"
              "Владимирович=Vladimirovich|Николаевич=Nikolaevich|Дмитриевич=Dmitrievich")
RU_PATR_F = P("Александровна=Aleksandrovna|Сергеевна=Sergeyevna|Ивановна=Ivanovna|Петровна=Petrovna|"
              "Владимировна=Vladimirovna|Николаевна=Nikolaevna|Дмитриевна=Dmitrievna")
UK_UA_M = P("Олександр=Oleksandr|Андрій=Andrii|Дмитро=Dmytro|Тарас=Taras|Богдан=Bohdan|Володимир=Volodymyr|"
            "Юрій=Yurii|Микола=Mykola|Сергій=Serhii|Остап=Ostap|Ярослав=Yaroslav|Василь=Vasyl")
UK_UA_F = P("Оксана=Oksana|Олена=Olena|Ірина=Iryna|Наталія=Nataliia|Ганна=Hanna|Юлія=Yuliia|Катерина=Kateryna|"
            "Соломія=Solomiia|Людмила=Liudmyla|Марія=Mariia|Тетяна=Tetiana|Христина=Khrystyna")
UK_UA_SUR = P("Шевченко=Shevchenko|Коваленко=Kovalenko|Бондаренко=Bondarenko|Ткаченко=Tkachenko|"
              "Кравченко=Kravchenko|Олійник=Oliinyk|Мельник=Melnyk|Шевчук=Shevchuk|Поліщук=Polishchuk|"
              "Бойко=Boiko|Коваль=Koval|Лисенко=Lysenko|Марченко=Marchenko|Руденко=Rudenko|Савченко=Savchenko|"
              "Петренко=Petrenko|Гнатюк=Hnatiuk|Яковенко=Yakovenko|Зінченко=Zinchenko|Мороз=Moroz")
HI_M = P("राहुल=Rahul|अमित=Amit|सुनील=Sunil|विजय=Vijay|राजेश=Rajesh|संजय=Sanjay|अनिल=Anil|रोहित=Rohit|"
         "अर्जुन=Arjun|आदित्य=Aditya|विक्रम=Vikram|मनोज=Manoj|सुरेश=Suresh|अभिषेक=Abhishek|इशान=Ishaan")
HI_F = P("प्रिया=Priya|पूजा=Pooja|नेहा=Neha|अंजलि=Anjali|सुनीता=Sunita|कविता=Kavita|दीपिका=Deepika|आरती=Aarti|"
         "स्नेहा=Sneha|मीरा=Meera|श्रेया=Shreya|अनन्या=Ananya|रेखा=Rekha|सीमा=Seema|लक्ष्मी=Lakshmi")
HI_SUR = P("शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|सिंह=Singh|कुमार=Kumar|पटेल=Patel|यादव=Yadav|मिश्रा=Mishra|"
           "तिवारी=Tiwari|जोशी=Joshi|अग्रवाल=Agarwal|चौहान=Chauhan|पांडे=Pandey|श्रीवास्तव=Srivastava|मेहता=Mehta|"
           "त्रिपाठी=Tripathi|सक्सेना=Saxena|दुबे=Dubey")
IN_M = L("Rahul|Amit|Sunil|Vijay|Rajesh|Sanjay|Rohit|Arjun|Aditya|Venkatesh|Karthik|Srinivas|Harpreet|"
         "Gurpreet|Ishaan|Vikram|Manish|Pranav|Siddharth|Ravi|Anand|Mohan|Ramesh|Sai Krishna|Naveen|Arvind|"
         "Balaji|Prakash|Yashwant|Devendra")
IN_F = L("Priya|Pooja|Neha|Anjali|Sunita|Kavita|Deepika|Aarti|Sneha|Meera|Lakshmi|Divya|Ananya|Shreya|"
         "Swati|Nandini|Padmavathi|Harleen|Simran|Revathi|Kavya|Aishwarya|Bhavana|Jyoti|Tanvi|Madhuri|Sowmya|"
         "Ishita|Ritu|Gayatri")
IN_SUR = L("Sharma|Verma|Gupta|Singh|Kumar|Patel|Yadav|Mishra|Tiwari|Joshi|Agarwal|Chauhan|Pandey|Srivastava|"
           "Mehta|Iyer|Nair|Reddy|Rao|Krishnan|Menon|Subramanian|Chatterjee|Banerjee|Mukherjee|Das|Bose|Ghosh|"
           "Kaur|Gill|Dhillon|Desai|Shah|Kulkarni|Deshpande|Pillai|Naidu|Venkataraman|Bhattacharya|Raghunathan")
BN_M = P("রাহুল=Rahul|সৌমিত্র=Soumitra|রফিক=Rafiq|সাকিব=Sakib|মাহমুদ=Mahmud|অনিক=Anik|দেবাশীষ=Debashish|"
         "সুমন=Sumon|তানভীর=Tanvir|আরিফ=Arif|শুভ=Shuvo|রাকিব=Rakib")
BN_F = P("অর্পিতা=Arpita|তানিয়া=Tania|নুসরাত=Nusrat|ফারহানা=Farhana|তাসলিমা=Taslima|শর্মিলা=Sharmila|"
         "প্রিয়াঙ্কা=Priyanka|মৌমিতা=Moumita|সাবরিনা=Sabrina|রুমানা=Rumana|জান্নাত=Jannat|সুমাইয়া=Sumaiya")
BN_SUR = P("চৌধুরী=Chowdhury|হোসেন=Hossain|রহমান=Rahman|ইসলাম=Islam|আহমেদ=Ahmed|দাস=Das|বসু=Basu|ঘোষ=Ghosh|"
           "চট্টোপাধ্যায়=Chattopadhyay|মুখোপাধ্যায়=Mukhopadhyay|সরকার=Sarkar|খান=Khan|বিশ্বাস=Biswas|"
           "মজুমদার=Majumder|রায়=Roy|সেন=Sen|জাহান=Jahan|তালুকদার=Talukder")
TH_M = P("สมชาย=Somchai|สมศักดิ์=Somsak|ประเสริฐ=Prasert|วิชัย=Wichai|สุรชัย=Surachai|ธนากร=Thanakorn|"
         "ณัฐวุฒิ=Nattawut|กิตติพงษ์=Kittipong|อนุชา=Anucha|ธีรพงศ์=Theerapong|พีระพล=Peerapol|วรเชษฐ์=Worachet")
TH_F = P("สุภาพร=Supaporn|วรรณา=Wanna|มาลี=Malee|กาญจนา=Kanchana|ปิยะนุช=Piyanuch|อรุณี=Arunee|"
         "นภัสสร=Napatsorn|ศิริพร=Siriporn|พิมพ์ชนก=Pimchanok|ชนิดา=Chanida|รัชนี=Ratchanee|จิราพร=Jiraporn")
TH_SUR = P("สุขสวัสดิ์=Suksawat|ศรีสุข=Srisuk|วงศ์สวัสดิ์=Wongsawat|แก้วมณี=Kaewmanee|บุญมา=Boonma|"
           "ทองดี=Thongdee|จันทร์เพ็ญ=Chanpen|รัตนพันธ์=Rattanaphan|พงษ์ศักดิ์=Pongsak|สมบูรณ์=Somboon|"
           "ศรีประเสริฐ=Sriprasert|เจริญผล=Charoenphon|ปัญญาดี=Panyadee|กิตติศักดิ์=Kittisak|ชัยวัฒน์=Chaiwat")
TH_NICK = L("Ploy|Nok|Beam|Mint|Ton|Bank|Fah|Pim|Nan|Golf|Aom|Joy")
ZH_SUR = P("王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|徐=Xu|孙=Sun|马=Ma|"
           "朱=Zhu|胡=Hu|郭=Guo|何=He|高=Gao|林=Lin|罗=Luo|郑=Zheng|梁=Liang|谢=Xie|宋=Song|唐=Tang|"
           "欧阳=Ouyang|司马=Sima|诸葛=Zhuge")
ZH_M = P("伟=Wei|强=Qiang|磊=Lei|军=Jun|洋=Yang|勇=Yong|杰=Jie|涛=Tao|明=Ming|超=Chao|建华=Jianhua|"
         "志强=Zhiqiang|晓明=Xiaoming|浩然=Haoran|宇轩=Yuxuan|思远=Siyuan|子豪=Zihao|俊杰=Junjie|博文=Bowen")
ZH_F = P("芳=Fang|娜=Na|敏=Min|静=Jing|丽=Li|艳=Yan|娟=Juan|秀英=Xiuying|霞=Xia|婷婷=Tingting|子涵=Zihan|"
         "欣怡=Xinyi|雨桐=Yutong|梓萱=Zixuan|嘉怡=Jiayi|思琪=Siqi|雪梅=Xuemei|佳琪=Jiaqi|诗涵=Shihan")
ZH_EN = L("Jessica|Kevin|Vivian|Eric|Grace|Tony|Cathy|Jason|Winnie|Leo|Iris|Andy|Coco|Frank|Sherry")
JA_SUR = P("佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|伊藤=Ito|渡辺=Watanabe|山本=Yamamoto|中村=Nakamura|"
           "小林=Kobayashi|加藤=Kato|吉田=Yoshida|山田=Yamada|佐々木=Sasaki|山口=Yamaguchi|松本=Matsumoto|"
           "井上=Inoue|木村=Kimura|林=Hayashi|清水=Shimizu|斎藤=Saito|山崎=Yamazaki|森=Mori|池田=Ikeda|"
           "橋本=Hashimoto|阿部=Abe|石川=Ishikawa|前田=Maeda|藤田=Fujita|小川=Ogawa|岡田=Okada|大野=Ōno|"
           "工藤=Kudō")
JA_M = P("翔太=Shota|拓海=Takumi|大輝=Daiki|健太=Kenta|陽斗=Haruto|蓮=Ren|悠真=Yuma|湊=Minato|大翔=Hiroto|"
         "誠=Makoto|浩二=Koji|隆=Takashi|直樹=Naoki|亮太=Ryōta|雄一=Yūichi|翔平=Shōhei|康平=Kōhei|健一=Ken'ichi")
JA_F = P("美咲=Misaki|陽菜=Hina|結衣=Yui|さくら=Sakura|葵=Aoi|花子=Hanako|由美子=Yumiko|恵子=Keiko|愛=Ai|"
         "真由美=Mayumi|彩=Aya|優子=Yuko|千尋=Chihiro|舞=Mai|ゆい=Yui|あおい=Aoi|裕子=Yūko|智子=Tomoko")
KO_SUR = P("김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh|서=Seo|"
           "신=Shin|권=Kwon|황=Hwang|안=Ahn|송=Song|류=Ryu|홍=Hong|남궁=Namgung|제갈=Jegal")
KO_M = P("민준=Min-jun|서준=Seo-jun|도윤=Do-yun|예준=Ye-jun|시우=Si-woo|하준=Ha-jun|지호=Ji-ho|주원=Ju-won|"
         "지훈=Ji-hoon|현우=Hyun-woo|성민=Sung-min|동현=Dong-hyun|영호=Young-ho|재석=Jae-seok|태양=Tae-yang")
KO_F = P("서연=Seo-yeon|서윤=Seo-yoon|지우=Ji-woo|하은=Ha-eun|민서=Min-seo|지민=Ji-min|수빈=Su-bin|"
         "예은=Ye-eun|지아=Ji-a|유진=Yu-jin|혜진=Hye-jin|은지=Eun-ji|미경=Mi-kyung|정희=Jung-hee|순자=Soon-ja")

SV_M = L("Lars|Anders|Johan|Erik|Per|Karl|Nils|Mikael|Björn|Magnus|Oskar|Axel|Linus|Gustav|Olle|Håkan|Göran|"
         "Åke|Sten|Torbjörn|Jörgen|Pontus|Ragnar|Sixten|Vilgot")
SV_F = L("Anna|Eva|Maria|Karin|Kristina|Lena|Sara|Emma|Ingrid|Astrid|Maja|Elsa|Linnéa|Saga|Ebba|Märta|Sofie|"
         "Åsa|Birgitta|Ulla|Gunilla|Agneta|Solveig|Tove|Ylva")
SV_SUR = L("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|"
           "Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Lindqvist|Lindström|Lundgren|"
           "Bergström|Sjöberg|Åberg|Ekström|Holmgren|Sandberg|Forsberg|Wallin|Engström|Hedlund|Strömberg|"
           "Åkesson|Sundqvist|Nyström|Öberg|Ågren|af Klercker|von Essen")
DA_M = L("Søren|Jens|Niels|Rasmus|Mads|Mikkel|Frederik|Jørgen|Bjørn|Kasper|Henrik|Morten|Thorbjørn|Asger|"
         "Anders|Christian|Lasse|Mathias|Troels|Bent|Poul|Aksel|Esben|Jesper")
DA_F = L("Mette|Hanne|Susanne|Lene|Camilla|Line|Sofie|Freja|Ida|Kirsten|Ditte|Signe|Karen|Birthe|Inger|Pernille|"
         "Maja|Astrid|Nanna|Trine|Gry|Rikke|Dorthe|Bodil")
DA_SUR = L("Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Petersen|"
           "Madsen|Kristensen|Olsen|Thomsen|Christiansen|Poulsen|Johansen|Møller|Mortensen|Østergaard|Kjær|"
           "Dahl|Lund|Bech|Damgaard|Holm|Frandsen|Krogh|Thygesen|Brøndum|Skovgaard|Højgaard")
NO_M = L("Ole|Knut|Arne|Terje|Ståle|Øyvind|Håvard|Sindre|Eirik|Sigurd|Jon|Bjørnar|Espen|Geir|Trond|Magnus|"
         "Even|Audun|Torstein|Vegard|Halvard|Aksel")
NO_F = L("Ingrid|Solveig|Ragnhild|Sigrid|Kari|Silje|Ingvild|Marit|Åse|Tuva|Nora|Hedda|Guro|Synnøve|Eli|Liv|"
         "Tone|Hege|Randi|Kjersti|Ane|Marte")
NO_SUR = L("Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Johnsen|Pettersen|"
           "Eriksen|Berg|Haugen|Hagen|Johannessen|Andreassen|Jacobsen|Dahl|Jørgensen|Halvorsen|Henriksen|Lund|"
           "Sørensen|Bakken|Strand|Solberg|Moen|Eide|Aasen|Gundersen|Ødegård|Sæther|Brekke|Kvamme|Bjørnstad")
FI_M = L("Juha|Timo|Matti|Kari|Mikko|Jari|Antti|Jukka|Pekka|Sami|Heikki|Ville|Eero|Tuomas|Ilkka|Väinö|Aleksi|"
         "Joonas|Olli|Esa|Lauri|Tapio|Veikko|Onni")
FI_F = L("Tuula|Ritva|Anne|Päivi|Sari|Pirjo|Minna|Johanna|Tiina|Riikka|Satu|Hanna|Aino|Eveliina|Liisa|Sirkka|"
         "Hilkka|Kaisa|Maarit|Outi|Elina|Pihla|Venla|Iida")
FI_SUR = L("Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|"
           "Lehtinen|Saarinen|Salminen|Heinonen|Niemi|Heikkilä|Kinnunen|Salonen|Turunen|Salo|Laitinen|"
           "Tuominen|Rantanen|Karjalainen|Jokinen|Mattila|Savolainen|Lahtinen|Ahonen|Pääkkönen|Hyvärinen|"
           "Väisänen|Räikkönen|Öhman")
