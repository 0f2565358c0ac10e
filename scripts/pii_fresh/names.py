"""Hand-written name lists for the fresh PII evaluation corpus.

Every list here was typed from general knowledge for this corpus; nothing is
taken from Faker, mimesis or the scanner's own dictionaries.  Entries of the
form "native|latin" carry the native-script spelling and a common Latin
transliteration.  Family entries of the form "m,f|m,f" carry gendered forms.
"""

import unicodedata


def S(s):
    return [x.strip() for x in s.split(";") if x.strip()]


GROUPS = {}


def group(key, *, m, f, fam, nick=None, dual=False, native_langs=(), **extra):
    g = dict(m=S(m), f=S(f), fam=S(fam), nick=nick or {}, dual=dual,
             native_langs=set(native_langs))
    g.update(extra)
    GROUPS[key] = g


def nickmap(s):
    d = {}
    for part in S(s):
        k, v = part.split(">")
        d[k.strip()] = [x.strip() for x in v.split("/")]
    return d


group("anglo",
      m="James; Michael; Robert; David; William; Richard; Joseph; Thomas; Christopher; Daniel; Matthew; "
        "Anthony; Mark; Steven; Andrew; Joshua; Kevin; Brian; Timothy; Jason; Ryan; Jacob; Gary; Nicholas; "
        "Eric; Jonathan; Benjamin; Samuel; Oliver; Harry; George; Jack; Liam; Noah; Ethan; Mason; Lachlan; "
        "Callum; Tyrone; DeShawn; Hunter; Brayden; Alexander",
      f="Mary; Patricia; Jennifer; Linda; Elizabeth; Barbara; Susan; Jessica; Sarah; Karen; Emily; Ashley; "
        "Megan; Rachel; Hannah; Olivia; Charlotte; Amelia; Isla; Sophie; Chloe; Grace; Madison; Brittany; "
        "Kayla; Tamika; LaToya; Keisha; Abigail; Harper; Evelyn; Zoe; Matilda; Ruby; Georgia; Savannah; "
        "Victoria; Florence; Paige; Bethany; April; June; Dawn; Hope; Rebecca; Margaret; Mary Ann; Katherine",
      fam="Smith; Johnson; Williams; Brown; Jones; Miller; Davis; Wilson; Anderson; Taylor; Thomas; Moore; "
          "Jackson; Martin; Lee; Thompson; White; Harris; Clark; Lewis; Robinson; Walker; Young; Allen; King; "
          "Wright; Scott; Hill; Green; Baker; Adams; Nelson; Carter; Mitchell; Roberts; Turner; Phillips; "
          "Campbell; Parker; Evans; Edwards; Collins; Stewart; Morris; Cook; Rogers; Reed; Bell; Hughes; Price; "
          "Ford; Cooper; Fisher; Mason; Banks; Winter; Frost; Stone; Brooks; Rivers; Hart; Golden; Sterling; "
          "Fox; Newton; Bishop; Chandler; Fitzgerald; St. John; Ashworth-Blake; Smith-Jones; Montgomery-Clarke; "
          "Featherstonehaugh; Washington; Jefferson; Okafor-Smith",
      nick=nickmap("William>Bill/Will; Robert>Bob/Rob/Bobby; Richard>Rick/Richie; James>Jim/Jamie; Michael>Mike; "
                   "Elizabeth>Liz/Beth/Lizzie; Jennifer>Jen/Jenny; Christopher>Chris; Daniel>Dan/Danny; "
                   "Matthew>Matt; Anthony>Tony; Steven>Steve; Andrew>Andy/Drew; Joshua>Josh; Timothy>Tim; "
                   "Nicholas>Nick; Jonathan>Jon; Benjamin>Ben; Samuel>Sam; Patricia>Pat/Trish; Susan>Sue; "
                   "Jessica>Jess; Abigail>Abby; Victoria>Vicky/Tori; Rebecca>Becky; Alexander>Alex/Xander; "
                   "Thomas>Tom/Tommy; Joseph>Joe; Charlotte>Lottie; Olivia>Liv; Barbara>Barb; Margaret>Maggie/Peggy; "
                   "Katherine>Kate/Katie; Joshua>Josh; Kevin>Kev; Zoe>Zo"))

group("irish",
      m="Seán; Conor; Ciarán; Darragh; Oisín; Cian; Eoin; Pádraig; Niall; Fionn; Tadhg; Cathal; Donal; Rory; Colm; "
        "Diarmuid; Shane; Declan; Liam; Aidan; Ronan; Brendan; Senan; Cillian",
      f="Aoife; Siobhán; Niamh; Saoirse; Caoimhe; Gráinne; Órla; Róisín; Clodagh; Sinéad; Áine; Ciara; Deirdre; "
        "Eimear; Maeve; Aisling; Bríd; Muireann; Nuala; Úna; Fionnuala; Sorcha",
      fam="Murphy; Kelly; O'Sullivan; Walsh; O'Brien; Byrne; Ryan; O'Connor; O'Neill; O'Reilly; Doyle; McCarthy; "
          "Gallagher; O'Doherty; Kennedy; Lynch; Murray; Quinn; Moore; McLoughlin; O'Carroll; Connolly; Daly; "
          "O'Connell; Ní Bhriain; Mac Giolla Phádraig; Ó Súilleabháin; Nic Aodha; Ó Briain; Fitzpatrick; Brennan; "
          "Burke; Collins; Dunne; Farrell; Hayes; Keane; MacNamara; Ó Ceallaigh; Power; Whelan; Cullinane; Ó Murchú",
      nick=nickmap("Pádraig>Paddy; Seán>Shane; Siobhán>Shiv; Fionnuala>Nuala; Diarmuid>Dermot"))

group("spanish",
      m="José; Antonio; Manuel; Francisco; Juan; David; Javier; Daniel; Carlos; Jesús; Alejandro; Miguel; Rafael; "
        "Pablo; Sergio; Fernando; Jorge; Alberto; Álvaro; Diego; Adrián; Rubén; Iñaki; Jordi; Santiago; Mateo; "
        "Sebastián; Emiliano; Joaquín; Facundo; Nicolás; Andrés; Julián; Esteban; Gonzalo; Ignacio; Luis; Ramón; "
        "Héctor; Juan Carlos; José Luis; Juan Pablo; Miguel Ángel; Enrique",
      f="María; Carmen; Ana; Isabel; Laura; Lucía; Cristina; Marta; Elena; Paula; Sara; Raquel; Pilar; Rocío; "
        "Nuria; Itziar; Montserrat; Valentina; Camila; Ximena; Guadalupe; Sofía; Valeria; Renata; Florencia; "
        "Agustina; Milagros; Catalina; Mariana; Daniela; Dolores; Inmaculada; Consuelo; Begoña; Alba; "
        "María José; Ana Belén; María del Carmen; María de los Ángeles; Rosario",
      fam="García; Rodríguez; González; Fernández; López; Martínez; Sánchez; Pérez; Gómez; Martín; Jiménez; Ruiz; "
          "Hernández; Díaz; Moreno; Muñoz; Álvarez; Romero; Alonso; Gutiérrez; Navarro; Torres; Domínguez; "
          "Vázquez; Ramos; Gil; Ramírez; Serrano; Blanco; Molina; Morales; Suárez; Ortega; Delgado; Castro; "
          "Ortiz; Rubio; Marín; Sanz; Iglesias; Medina; Cortés; Castillo; Garrido; Núñez; Guerrero; Vega; Flores; "
          "Herrera; Aguilar; de la Fuente; de la Cruz; del Río; de los Santos; Ochoa; Echeverría; Goikoetxea; "
          "Urquiza; Villanueva; Cienfuegos; Quiroga; Paredes; Quintero; Arango",
      nick=nickmap("Francisco>Paco/Pancho; José>Pepe; Guadalupe>Lupe; Dolores>Lola; Jesús>Chuy; Ignacio>Nacho; "
                   "Alejandro>Álex; Consuelo>Chelo; Rosario>Charo; Manuel>Manolo; Enrique>Quique; Antonio>Toño; "
                   "María José>Majo; Juan Carlos>Juanca; Santiago>Santi; Valentina>Vale; Florencia>Flor"))

group("portuguese",
      m="João; José; António; Antônio; Francisco; Pedro; Lucas; Gabriel; Rafael; Tiago; Diogo; Rodrigo; Miguel; "
        "Gonçalo; Duarte; Afonso; Bernardo; Guilherme; Matheus; Enzo; Heitor; Davi; Arthur; Caio; Thiago; Felipe; "
        "Leonardo; Vinícius; Henrique; Paulo; Ricardo; Marcelo; Sérgio; João Pedro; Luiz Fernando; José Carlos",
      f="Maria; Ana; Beatriz; Mariana; Inês; Leonor; Carolina; Matilde; Francisca; Joana; Rita; Sofia; Lara; "
        "Camila; Larissa; Juliana; Fernanda; Letícia; Gabriela; Bruna; Aline; Tatiane; Luíza; Isadora; "
        "Conceição; Graça; Fátima; Rosângela; Maria Eduarda; Ana Clara; Maria João; Yasmin",
      fam="Silva; Santos; Ferreira; Pereira; Oliveira; Costa; Rodrigues; Martins; Jesus; Sousa; Fernandes; "
          "Gonçalves; Gomes; Lopes; Marques; Alves; Almeida; Ribeiro; Pinto; Carvalho; Teixeira; Moreira; Correia; "
          "Mendes; Nunes; Soares; Vieira; Monteiro; Cardoso; Rocha; Barbosa; Araújo; Cavalcanti; Nascimento; Lima; "
          "Azevedo; Magalhães; Brandão; dos Santos; da Silva; de Souza; da Costa; dos Reis; de Oliveira; "
          "Albuquerque; Figueiredo; Vasconcelos; Sá Carneiro",
      nick=nickmap("Francisco>Chico; José>Zé; Antônio>Tonho; Fernanda>Nanda; Gabriela>Gabi; Rafael>Rafa; "
                   "Guilherme>Gui; Beatriz>Bia; Mariana>Mari; Leonardo>Léo"))

group("french",
      m="Jean; Pierre; Michel; Philippe; Alain; Nicolas; François; Christophe; Laurent; Julien; Thomas; Sébastien; "
        "Mathieu; Antoine; Guillaume; Olivier; Étienne; Théo; Hugo; Lucas; Louis; Gabriel; Arthur; Maxime; Raphaël; "
        "Benoît; Yannick; Jérôme; Cédric; Loïc; Gaëtan; Jean-Pierre; Jean-Baptiste; Pierre-Yves; Jean-Marc; "
        "Marc-André; Alexandre; Frédéric; Dominique",
      f="Marie; Nathalie; Isabelle; Sylvie; Catherine; Françoise; Valérie; Sandrine; Céline; Aurélie; Émilie; "
        "Camille; Léa; Manon; Chloé; Inès; Jade; Louise; Zoé; Margaux; Clémence; Océane; Élodie; Mathilde; "
        "Geneviève; Hélène; Maëlle; Noémie; Solène; Marie-Claire; Anne-Sophie; Marie-Ève; Marie-Hélène; Capucine",
      fam="Martin; Bernard; Dubois; Thomas; Robert; Richard; Petit; Durand; Leroy; Moreau; Simon; Laurent; "
          "Lefebvre; Michel; David; Bertrand; Roux; Vincent; Fournier; Morel; Girard; André; Lefèvre; Mercier; "
          "Dupont; Lambert; Bonnet; François; Legrand; Garnier; Faure; Rousseau; Blanc; Guérin; Muller; Henry; "
          "Roussel; Perrin; Morin; Clément; Gauthier; Dumont; Fontaine; Chevalier; Robin; de La Tour; Le Goff; "
          "Le Gall; Tremblay; Gagnon; Côté; Bouchard; Lévesque; Desjardins; Van Damme; Peeters; Janssens; "
          "d'Aubigny; de Villiers; Saint-Laurent; N'Diaye; Benali",
      nick=nickmap("Alexandre>Alex; Frédéric>Fred; Christophe>Chris; Nicolas>Nico; Dominique>Dom; Catherine>Cathy; "
                   "Isabelle>Isa; Jean-Baptiste>JB; Maxime>Max; Stéphanie>Steph"))

group("german",
      m="Peter; Michael; Thomas; Andreas; Wolfgang; Klaus; Jürgen; Günter; Stefan; Christian; Uwe; Werner; Frank; "
        "Dieter; Horst; Manfred; Ralf; Bernd; Lukas; Leon; Jonas; Finn; Felix; Maximilian; Moritz; Tobias; "
        "Florian; Sebastian; Matthias; Dominik; Jörg; Björn; Sven; Lars; Niklas; Fabian; Karl-Heinz; Hans-Jürgen; "
        "Hans-Peter; Franz-Josef; Urs; Reto; Beat; Ueli; Johannes",
      f="Ursula; Monika; Petra; Sabine; Renate; Helga; Karin; Brigitte; Ingrid; Erika; Andrea; Gabriele; Claudia; "
        "Susanne; Birgit; Heike; Anja; Katrin; Julia; Lena; Lea; Hannah; Mia; Emma; Sophie; Marie; Johanna; "
        "Charlotte; Greta; Frieda; Jana; Svenja; Vreni; Regula; Annelies; Anna-Lena; Eva-Maria; Marie-Luise; "
        "Katharina; Christine",
      fam="Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Schulz; Hoffmann; Schäfer; Koch; "
          "Bauer; Richter; Klein; Wolf; Schröder; Neumann; Schwarz; Zimmermann; Braun; Krüger; Hofmann; Hartmann; "
          "Lange; Schmitt; Werner; Schmitz; Krause; Meier; Lehmann; Schmid; Huber; Gruber; Steiner; Moser; "
          "Brunner; Egger; Pichler; Aigner; Wimmer; Keller; Frei; Gerber; Baumann; Kälin; Ammann; Bühler; Graf; "
          "von Stein; von der Heide; von Bülow; von Hohenberg; Müller-Lüdenscheidt; Schulze-Wehninck; "
          "Kaiser-Brandt; Groß; Weiß; Fuchs; Vogel; Jäger; Sommer; König; Engel; Stern; Öztürk-Wagner",
      nick=nickmap("Wolfgang>Wolfi; Johannes>Hannes; Katharina>Kathi; Maximilian>Max; Christine>Tini; Susanne>Susi; "
                   "Gabriele>Gabi; Matthias>Matze; Andreas>Andi; Christian>Chris; Stefan>Steffi"))

group("italian",
      m="Giuseppe; Giovanni; Antonio; Mario; Luigi; Francesco; Angelo; Vincenzo; Pietro; Salvatore; Carlo; Franco; "
        "Domenico; Bruno; Paolo; Michele; Giorgio; Aldo; Sergio; Luca; Marco; Andrea; Matteo; Lorenzo; Alessandro; "
        "Leonardo; Riccardo; Tommaso; Gabriele; Edoardo; Davide; Simone; Nicola; Gianluca; Gianmarco; Pierluigi; "
        "Gian Paolo; Massimo; Stefano; Fabrizio",
      f="Maria; Anna; Giuseppina; Rosa; Angela; Giovanna; Teresa; Lucia; Carmela; Caterina; Francesca; Sofia; "
        "Giulia; Aurora; Alice; Ginevra; Emma; Giorgia; Greta; Beatrice; Chiara; Martina; Federica; Alessia; Elisa; "
        "Silvia; Valentina; Serena; Ilaria; Roberta; Paola; Antonella; Rossella; Donatella; Maria Grazia; "
        "Anna Maria; Assunta; Concetta",
      fam="Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Bruno; Gallo; Conti; "
          "De Luca; Mancini; Costa; Giordano; Rizzo; Lombardi; Moretti; Barbieri; Fontana; Santoro; Mariani; "
          "Rinaldi; Caruso; Ferrara; Galli; Martini; Leone; Longo; Gentile; Martinelli; Vitale; Lombardo; Serra; "
          "Coppola; De Santis; D'Angelo; Marchetti; Parisi; Villa; Conte; Ferraro; Fabbri; Bellini; Pellegrini; "
          "Palumbo; Sanna; Cattaneo; Benedetti; Di Stefano; Lo Presti; La Rosa; Dalla Valle; Dell'Acqua",
      nick=nickmap("Giuseppe>Peppe/Beppe; Salvatore>Totò; Alessandro>Sandro/Ale; Giovanni>Gianni; Antonio>Tonino; "
                   "Domenico>Mimmo; Vincenzo>Enzo; Francesca>Fra; Federica>Fede; Giuseppina>Pina"))

group("dutch",
      m="Jan; Pieter; Kees; Henk; Willem; Dirk; Bram; Daan; Sem; Lars; Ruben; Thijs; Jeroen; Bas; Sander; Maarten; "
        "Joost; Wouter; Stijn; Koen; Sven; Niels; Joris; Gert; Wim; Johannes; Hendrik; Gijs; Jasper; Floris; "
        "Rutger; Mees; Luuk; Tijmen; Bart; Hans; Jef; Lieven; Wout; Arne",
      f="Anna; Maria; Johanna; Cornelia; Sanne; Lotte; Femke; Eva; Fleur; Anouk; Lisa; Sophie; Emma; Julia; Tess; "
        "Noor; Saar; Lieke; Iris; Marieke; Annelies; Ingrid; Marloes; Esther; Mirjam; Wilma; Ria; Joke; Els; "
        "Griet; Hanne; Lien; Elke; Nele; Fien; Mila; Roos; Loes; Tineke; Hilde",
      fam="de Jong; Jansen; de Vries; van den Berg; van Dijk; Bakker; Janssen; Visser; Smit; Meijer; de Boer; "
          "Mulder; de Groot; Bos; Vos; Peters; Hendriks; van Leeuwen; Dekker; Brouwer; de Wit; Dijkstra; Smits; "
          "de Graaf; van der Meer; van der Linden; Kok; Jacobs; de Haan; Vermeulen; van den Heuvel; van der Veen; "
          "van den Broek; de Bruijn; van der Heijden; Schouten; van Beek; Willems; van Vliet; van de Ven; "
          "Hoekstra; Maas; Verhoeven; Koster; van Dam; van der Wal; Prins; Blom; Huisman; Peeters; Maes; Claes; "
          "Goossens; Wouters; De Smet; Vandenberghe; Van Acker; Verstraete; D'Hondt; Vanhoutte; IJzerman",
      nick=nickmap("Johannes>Hans/Joop; Cornelia>Corrie/Nel; Hendrik>Henk; Willem>Wim/Pim; Johanna>Jo; "
                   "Pieter>Piet; Jan>Jantje"))

group("polish",
      m="Piotr; Krzysztof; Andrzej; Tomasz; Paweł; Jan; Michał; Marcin; Jakub; Adam; Łukasz; Mateusz; Marek; "
        "Grzegorz; Wojciech; Mariusz; Dariusz; Zbigniew; Jerzy; Maciej; Rafał; Kamil; Szymon; Bartosz; Dawid; "
        "Przemysław; Karol; Artur; Filip; Ryszard; Stanisław; Kacper; Wiktor; Bogdan; Henryk; Tadeusz; Jarosław; "
        "Zdzisław; Radosław",
      f="Anna; Maria; Katarzyna; Małgorzata; Agnieszka; Barbara; Ewa; Krystyna; Magdalena; Elżbieta; Joanna; "
        "Aleksandra; Monika; Zofia; Teresa; Danuta; Natalia; Karolina; Marta; Beata; Dorota; Halina; Jadwiga; "
        "Grażyna; Julia; Zuzanna; Wiktoria; Oliwia; Agata; Justyna; Iwona; Bożena; Urszula; Weronika; Kinga; "
        "Paulina; Żaneta; Sylwia; Dominika; Jolanta",
      fam="Nowak; Kowalski; Wiśniewski; Wójcik; Kowalczyk; Kamiński; Lewandowski; Zieliński; Szymański; Woźniak; "
          "Dąbrowski; Kozłowski; Jankowski; Mazur; Wojciechowski; Kwiatkowski; Krawczyk; Kaczmarek; Piotrowski; "
          "Grabowski; Zając; Pawłowski; Michalski; Król; Wieczorek; Jabłoński; Wróbel; Nowakowski; Majewski; "
          "Olszewski; Stępień; Malinowski; Jaworski; Adamczyk; Dudek; Nowicki; Pawlak; Górski; Witkowski; "
          "Walczak; Sikora; Baran; Rutkowski; Michalak; Szewczyk; Brzęczyszczykiewicz; Chrząszcz; Szczepański; "
          "Nowak-Jeleński",
      nick=nickmap("Katarzyna>Kasia; Małgorzata>Gosia/Małgosia; Aleksandra>Ola; Tomasz>Tomek; Wojciech>Wojtek; "
                   "Jakub>Kuba; Agnieszka>Aga; Krzysztof>Krzysiek; Zofia>Zosia; Joanna>Asia; Grzegorz>Grzesiek; "
                   "Magdalena>Magda; Elżbieta>Ela"))

group("czech",
      m="Jiří; Jan; Petr; Josef; Pavel; Martin; Tomáš; Jaroslav; Miroslav; Zdeněk; Václav; Michal; František; "
        "Karel; Milan; Vojtěch; Jakub; Lukáš; David; Ondřej; Radek; Vladimír; Stanislav; Roman; Marek; Antonín; "
        "Aleš; Vít; Matěj; Dominik; Adam; Filip; Ladislav; Bohumil; Oldřich; Luboš; Kryštof; Šimon; Vilém; Přemysl",
      f="Jana; Marie; Eva; Hana; Anna; Lenka; Kateřina; Věra; Lucie; Alena; Petra; Veronika; Jaroslava; Martina; "
        "Tereza; Michaela; Jitka; Helena; Ludmila; Zdeňka; Ivana; Monika; Eliška; Barbora; Kristýna; Markéta; "
        "Zuzana; Dagmar; Adéla; Klára; Natálie; Vendula; Šárka; Blanka; Radka; Pavla; Dana; Libuše; Božena; Jiřina",
      fam="Novák; Svoboda; Novotný; Dvořák; Černý; Procházka; Kučera; Veselý; Horák; Pokorný; Marek; Pospíšil; "
          "Hájek; Král; Jelínek; Růžička; Beneš; Fiala; Sedláček; Doležal; Zeman; Kolář; Navrátil; Čermák; Urban; "
          "Blažek; Kříž; Kovář; Bartoš; Vlček; Polák; Musil; Kopecký; Šimek; Konečný; Malý; Holub; Štěpánek; "
          "Dostál; Soukup; Šťastný; Mareš; Němec",
      nick=nickmap("Jiří>Jirka; Josef>Pepa; Tomáš>Tom; František>Franta; Kateřina>Káťa; Jaroslav>Jarda; "
                   "Vojtěch>Vojta; Ludmila>Lída"))

group("nordic",
      m="Lars; Anders; Johan; Karl; Erik; Per; Nils; Mikael; Björn; Olof; Gustav; Axel; Oskar; Hugo; Elias; Viktor; "
        "Magnus; Fredrik; Henrik; Mattias; Jonas; Sven; Åke; Göran; Stig; Bengt; Ulf; Leif; Håkan; Ole; Knut; "
        "Håvard; Eirik; Sindre; Torstein; Øyvind; Geir; Jørgen; Trond; Espen; Søren; Mads; Rasmus; Jens; Kasper; "
        "Mikkel; Frederik; Morten; Jesper",
      f="Anna; Eva; Maria; Karin; Kristina; Lena; Sara; Emma; Elsa; Astrid; Ingrid; Sigrid; Linnea; Ebba; Maja; "
        "Alma; Saga; Freja; Agnes; Elin; Ida; Nora; Ingeborg; Solveig; Kari; Hanne; Mette; Lone; Pernille; Sofie; "
        "Camilla; Kirsten; Birgitte; Signe; Liv; Tuva; Malin; Åsa; Märta; Gunilla; Ulla; Britt",
      fam="Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson; Gustafsson; "
          "Pettersson; Jonsson; Hansson; Bengtsson; Lindberg; Lindström; Lindqvist; Lundgren; Bergström; Sjöberg; "
          "Åkesson; Hedlund; Nyström; Söderberg; Holm; Ekström; Hansen; Johansen; Olsen; Larsen; Andersen; "
          "Pedersen; Nilsen; Kristiansen; Jensen; Karlsen; Haugen; Bakke; Solberg; Dahl; Berg; Strand; Nørgaard; "
          "Møller; Sørensen; Rasmussen; Christensen; Mikkelsen; Østergaard; Kjærgaard; Lund; Madsen; Thomsen",
      nick=nickmap("Kristina>Stina; Margareta>Maggan; Fredrik>Fredde; Mikael>Micke; Johan>Jocke; Kristoffer>Kris"))

group("finnish",
      m="Juhani; Johannes; Mikael; Matti; Timo; Kari; Jari; Mikko; Antti; Jukka; Markku; Pekka; Heikki; Seppo; "
        "Hannu; Veikko; Ilkka; Ville; Lauri; Eero; Aleksi; Juho; Onni; Eino; Väinö; Tapio; Olli; Risto; Kalle; "
        "Petteri; Jussi; Teemu",
      f="Maria; Helena; Johanna; Anneli; Kaarina; Marjatta; Anna; Liisa; Tuula; Ritva; Leena; Päivi; Sari; Tiina; "
        "Minna; Satu; Aino; Eevi; Helmi; Siiri; Venla; Ilona; Emilia; Kerttu; Pihla; Aada; Hilla; Outi; Riikka; "
        "Sanna; Katja; Hanna",
      fam="Korhonen; Virtanen; Mäkinen; Nieminen; Mäkelä; Hämäläinen; Laine; Heikkinen; Koskinen; Järvinen; "
          "Lehtonen; Lehtinen; Saarinen; Salminen; Heinonen; Niemi; Heikkilä; Kinnunen; Salonen; Turunen; Salo; "
          "Laitinen; Tuominen; Rantanen; Karjalainen; Jokinen; Mattila; Savolainen; Lahtinen; Ahonen; Väisänen; "
          "Hyvönen; Räsänen; Kettunen; Leppänen; Pitkänen; Aaltonen; Manninen; Hiltunen; Kallio; Miettinen",
      nick=nickmap("Juhani>Jussi; Johannes>Hannes; Mikael>Mikke; Aleksi>Aku"))

group("turkish",
      m="Mehmet; Mustafa; Ahmet; Ali; Hüseyin; Hasan; İbrahim; İsmail; Osman; Yusuf; Murat; Ömer; Ramazan; Halil; "
        "Süleyman; Abdullah; Mahmut; Recep; Salih; Fatih; Kemal; Emre; Burak; Can; Eren; Kerem; Berk; Arda; Yiğit; "
        "Çağrı; Oğuz; Serkan; Tolga; Uğur; Barış; Selim; Onur; Cem; Deniz; Levent",
      f="Fatma; Ayşe; Emine; Hatice; Zeynep; Elif; Meryem; Şerife; Zehra; Sultan; Hanife; Merve; Özlem; Yasemin; "
        "Esra; Büşra; Derya; Gül; Gülsüm; Songül; Ebru; Tuğba; Seda; Pınar; Aslı; Nur; Defne; Ecem; Ceren; Buse; "
        "İrem; Sevgi; Dilek; Nazlı; Şule; Ayla; Bahar; Yıldız; Damla; Gizem",
      fam="Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; Doğan; Kılıç; "
          "Aslan; Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Polat; Özcan; Korkmaz; Çakır; Erdoğan; Yavuz; Can; Acar; "
          "Şen; Aktaş; Güler; Yalçın; Güneş; Bozkurt; Bulut; Keskin; Ünal; Turan; Gül; Özer; Işık; Kaplan; Avcı; "
          "Sarı; Tekin; Taş; Köse; Yüksel; Ateş; Aksoy; Karaca",
      nick=nickmap("Mehmet>Memo; Mustafa>Musti; Hüseyin>Hüso; Ayşe>Ayşegül"))

group("greek", dual=True, native_langs=("el",),
      m="Γιώργος|Giorgos; Γιάννης|Giannis; Κωνσταντίνος|Konstantinos; Δημήτρης|Dimitris; Νίκος|Nikos; "
        "Παναγιώτης|Panagiotis; Βασίλης|Vasilis; Χρήστος|Christos; Αθανάσιος|Athanasios; Μιχάλης|Michalis; "
        "Ευάγγελος|Evangelos; Σπύρος|Spyros; Αντώνης|Antonis; Ανδρέας|Andreas; Θοδωρής|Thodoris; Στέλιος|Stelios; "
        "Άγγελος|Angelos; Σταύρος|Stavros; Ηλίας|Ilias; Πέτρος|Petros; Αλέξανδρος|Alexandros; Θανάσης|Thanasis",
      f="Μαρία|Maria; Ελένη|Eleni; Αικατερίνη|Aikaterini; Βασιλική|Vasiliki; Σοφία|Sofia; Αγγελική|Angeliki; "
        "Γεωργία|Georgia; Δήμητρα|Dimitra; Κωνσταντίνα|Konstantina; Παρασκευή|Paraskevi; Ιωάννα|Ioanna; "
        "Ευαγγελία|Evangelia; Χριστίνα|Christina; Αναστασία|Anastasia; Δέσποινα|Despoina; Ειρήνη|Eirini; "
        "Αθηνά|Athina; Κατερίνα|Katerina; Χαρά|Chara; Φωτεινή|Foteini; Ζωή|Zoi; Νεφέλη|Nefeli",
      fam="Παπαδόπουλος,Παπαδοπούλου|Papadopoulos,Papadopoulou; Παπαδάκης,Παπαδάκη|Papadakis,Papadaki; "
          "Γεωργίου|Georgiou; Οικονόμου|Oikonomou; Παπαγεωργίου|Papageorgiou; Νικολάου|Nikolaou; "
          "Δημητρίου|Dimitriou; Ιωάννου|Ioannou; Κωνσταντίνου|Konstantinou; Βασιλείου|Vasileiou; "
          "Αθανασίου|Athanasiou; Χριστοδούλου|Christodoulou; Αντωνίου|Antoniou; Παπανικολάου|Papanikolaou; "
          "Μακρής,Μακρή|Makris,Makri; Αλεξίου|Alexiou; Ευαγγέλου|Evangelou; Καραγιάννης,Καραγιάννη|Karagiannis,Karagianni; "
          "Βλάχος,Βλάχου|Vlachos,Vlachou; Αγγελόπουλος,Αγγελοπούλου|Angelopoulos,Angelopoulou; "
          "Κωστόπουλος,Κωστοπούλου|Kostopoulos,Kostopoulou; Νικολαΐδης,Νικολαΐδου|Nikolaidis,Nikolaidou; "
          "Παπαδημητρίου|Papadimitriou; Σταυρόπουλος,Σταυροπούλου|Stavropoulos,Stavropoulou; "
          "Μιχαηλίδης,Μιχαηλίδου|Michailidis,Michailidou; Ζαχαρίου|Zachariou; Λαμπράκης,Λαμπράκη|Lamprakis,Lampraki; "
          "Σπανός,Σπανού|Spanos,Spanou; Κυριακίδης,Κυριακίδου|Kyriakidis,Kyriakidou; Αναγνώστου|Anagnostou; "
          "Πετρίδης,Πετρίδου|Petridis,Petridou; Μαυρίδης,Μαυρίδου|Mavridis,Mavridou; "
          "Θεοδωρίδης,Θεοδωρίδου|Theodoridis,Theodoridou; Χατζηδάκης,Χατζηδάκη|Chatzidakis,Chatzidaki; "
          "Κουτσούρης,Κουτσούρη|Koutsouris,Koutsouri; Τζαννετάκος,Τζαννετάκου|Tzannetakos,Tzannetakou; "
          "Δρόσος,Δρόσου|Drosos,Drosou; Μπακάλης,Μπακάλη|Bakalis,Bakali; Φραγκιαδάκης,Φραγκιαδάκη|Fragkiadakis,Fragkiadaki; "
          "Σαββίδης,Σαββίδου|Savvidis,Savvidou; Ραφαηλίδης,Ραφαηλίδου|Rafailidis,Rafailidou",
      nick=nickmap("Κωνσταντίνος|Konstantinos>Κώστας|Kostas/Ντίνος|Dinos; Αθανάσιος|Athanasios>Θανάσης|Thanasis; "
                   "Αικατερίνη|Aikaterini>Κατερίνα|Katerina; Παναγιώτης|Panagiotis>Τάκης|Takis/Πάνος|Panos; "
                   "Ευάγγελος|Evangelos>Βαγγέλης|Vangelis"))

group("russian", dual=True, native_langs=("ru", "uk"),
      m="Александр|Aleksandr; Сергей|Sergey; Дмитрий|Dmitry; Андрей|Andrei; Алексей|Alexey; Максим|Maksim; "
        "Евгений|Evgeny; Иван|Ivan; Михаил|Mikhail; Артём|Artyom; Николай|Nikolai; Владимир|Vladimir; "
        "Павел|Pavel; Роман|Roman; Олег|Oleg; Игорь|Igor; Денис|Denis; Константин|Konstantin; Юрий|Yuri; "
        "Виктор|Viktor; Григорий|Grigory; Тимур|Timur; Фёдор|Fyodor; Станислав|Stanislav",
      f="Анна|Anna; Мария|Maria; Елена|Elena; Ольга|Olga; Наталья|Natalya; Татьяна|Tatiana; Ирина|Irina; "
        "Екатерина|Ekaterina; Светлана|Svetlana; Юлия|Yulia; Анастасия|Anastasia; Дарья|Darya; Ксения|Ksenia; "
        "Полина|Polina; Виктория|Viktoria; Алина|Alina; Людмила|Lyudmila; Галина|Galina; Вера|Vera; "
        "Надежда|Nadezhda; Любовь|Lyubov; Софья|Sofya",
      fam="Иванов|Ivanov; Смирнов|Smirnov; Кузнецов|Kuznetsov; Попов|Popov; Васильев|Vasiliev; Петров|Petrov; "
          "Соколов|Sokolov; Михайлов|Mikhailov; Новиков|Novikov; Фёдоров|Fyodorov; Морозов|Morozov; Волков|Volkov; "
          "Алексеев|Alekseev; Лебедев|Lebedev; Семёнов|Semyonov; Егоров|Egorov; Павлов|Pavlov; Козлов|Kozlov; "
          "Степанов|Stepanov; Николаев|Nikolaev; Орлов|Orlov; Андреев|Andreev; Макаров|Makarov; Никитин|Nikitin; "
          "Захаров|Zakharov; Зайцев|Zaitsev; Соловьёв|Solovyov; Борисов|Borisov; Яковлев|Yakovlev; "
          "Григорьев|Grigoriev; Романов|Romanov; Воробьёв|Vorobyov; Сергеев|Sergeev; Кузьмин|Kuzmin; Фролов|Frolov; "
          "Александров|Aleksandrov; Дмитриев|Dmitriev; Королёв|Korolyov; Гусев|Gusev; Ильин|Ilyin; "
          "Вишневский|Vishnevsky; Островский|Ostrovsky; Черных|Chernykh; Трубецкой|Trubetskoy",
      patronymics=S("Александрович,Александровна|Aleksandrovich,Aleksandrovna; Сергеевич,Сергеевна|Sergeyevich,Sergeyevna; "
                    "Иванович,Ивановна|Ivanovich,Ivanovna; Владимирович,Владимировна|Vladimirovich,Vladimirovna; "
                    "Николаевич,Николаевна|Nikolaevich,Nikolaevna; Петрович,Петровна|Petrovich,Petrovna; "
                    "Андреевич,Андреевна|Andreyevich,Andreyevna; Михайлович,Михайловна|Mikhailovich,Mikhailovna; "
                    "Дмитриевич,Дмитриевна|Dmitrievich,Dmitrievna; Юрьевич,Юрьевна|Yurievich,Yurievna"),
      nick=nickmap("Александр|Aleksandr>Саша|Sasha; Михаил|Mikhail>Миша|Misha; Дмитрий|Dmitry>Дима|Dima; "
                   "Екатерина|Ekaterina>Катя|Katya; Алексей|Alexey>Лёша|Lyosha; Евгений|Evgeny>Женя|Zhenya; "
                   "Наталья|Natalya>Наташа|Natasha; Татьяна|Tatiana>Таня|Tanya; Мария|Maria>Маша|Masha; "
                   "Анастасия|Anastasia>Настя|Nastya; Владимир|Vladimir>Володя|Volodya; Сергей|Sergey>Серёжа|Seryozha; "
                   "Иван|Ivan>Ваня|Vanya; Елена|Elena>Лена|Lena; Ольга|Olga>Оля|Olya; Юлия|Yulia>Юля|Yulya; "
                   "Дарья|Darya>Даша|Dasha; Ксения|Ksenia>Ксюша|Ksyusha; Николай|Nikolai>Коля|Kolya; Павел|Pavel>Паша|Pasha"))

group("ukrainian", dual=True, native_langs=("uk", "ru"),
      m="Олександр|Oleksandr; Андрій|Andrii; Сергій|Serhii; Володимир|Volodymyr; Дмитро|Dmytro; Микола|Mykola; "
        "Іван|Ivan; Богдан|Bohdan; Тарас|Taras; Василь|Vasyl; Петро|Petro; Юрій|Yurii; Олег|Oleh; Максим|Maksym; "
        "Віталій|Vitalii; Ярослав|Yaroslav; Остап|Ostap; Назар|Nazar; Степан|Stepan; Данило|Danylo; Григорій|Hryhorii",
      f="Олена|Olena; Наталія|Nataliia; Ірина|Iryna; Оксана|Oksana; Тетяна|Tetiana; Юлія|Yuliia; Катерина|Kateryna; "
        "Ольга|Olha; Марія|Mariia; Світлана|Svitlana; Галина|Halyna; Людмила|Liudmyla; Надія|Nadiia; "
        "Анастасія|Anastasiia; Софія|Sofiia; Вікторія|Viktoriia; Соломія|Solomiia; Христина|Khrystyna; "
        "Дарина|Daryna; Зоряна|Zoriana",
      fam="Шевченко|Shevchenko; Коваленко|Kovalenko; Бондаренко|Bondarenko; Ткаченко|Tkachenko; Кравченко|Kravchenko; "
          "Олійник|Oliinyk; Шевчук|Shevchuk; Коваль|Koval; Поліщук|Polishchuk; Бойко|Boiko; Ткачук|Tkachuk; "
          "Мельник|Melnyk; Лисенко|Lysenko; Марченко|Marchenko; Руденко|Rudenko; Савченко|Savchenko; "
          "Петренко|Petrenko; Мороз|Moroz; Кравчук|Kravchuk; Павленко|Pavlenko; Левченко|Levchenko; "
          "Харченко|Kharchenko; Клименко|Klymenko; Карпенко|Karpenko; Гнатюк|Hnatiuk; Романюк|Romaniuk; "
          "Кузьменко|Kuzmenko; Василенко|Vasylenko; Литвиненко|Lytvynenko; Онищенко|Onyshchenko; Демченко|Demchenko; "
          "Гончаренко|Honcharenko; Яковенко|Yakovenko; Остапчук|Ostapchuk; Костенко|Kostenko; Гриценко|Hrytsenko; "
          "Зінченко|Zinchenko; Ковальчук|Kovalchuk; Пономаренко|Ponomarenko; Іваненко|Ivanenko; Вовк|Vovk",
      nick=nickmap("Олександр|Oleksandr>Сашко|Sashko; Тетяна|Tetiana>Таня|Tania; Володимир|Volodymyr>Вова|Vova; "
                   "Катерина|Kateryna>Катя|Katia; Соломія|Solomiia>Соля|Solia"))

group("arabic", dual=True, native_langs=("ar",),
      m="محمد|Mohammed; أحمد|Ahmed; علي|Ali; عمر|Omar; خالد|Khalid; يوسف|Youssef; إبراهيم|Ibrahim; عبد الله|Abdullah; "
        "عبد الرحمن|Abdulrahman; حسن|Hassan; حسين|Hussein; مصطفى|Mustafa; سعيد|Saeed; فيصل|Faisal; طارق|Tariq; "
        "ماجد|Majid; سلمان|Salman; فهد|Fahad; ناصر|Nasser; زياد|Ziad; كريم|Karim; هشام|Hisham; وليد|Walid; سامي|Sami",
      f="فاطمة|Fatima; عائشة|Aisha; مريم|Maryam; نورة|Noura; سارة|Sara; ليلى|Layla; هدى|Huda; زينب|Zainab; "
        "خديجة|Khadija; ريم|Reem; أمل|Amal; دانة|Dana; لينا|Lina; رنا|Rana; سلمى|Salma; نادية|Nadia; ياسمين|Yasmin; "
        "هالة|Hala; منى|Mona; شيماء|Shaimaa; جميلة|Jamila; رغد|Raghad",
      fam="العتيبي|Al-Otaibi; القحطاني|Al-Qahtani; الشمري|Al-Shammari; الدوسري|Al-Dosari; الحربي|Al-Harbi; "
          "الزهراني|Al-Zahrani; الغامدي|Al-Ghamdi; المطيري|Al-Mutairi; الهاشمي|Al-Hashimi; المنصوري|Al-Mansoori; "
          "الكعبي|Al-Kaabi; النعيمي|Al-Nuaimi; الخطيب|al-Khatib; الحسيني|al-Husseini; المصري|El-Masry; "
          "الشريف|El-Sherif; عبد العزيز|Abdelaziz; حداد|Haddad; خوري|Khoury; نصر|Nasr; سليمان|Suleiman; "
          "منصور|Mansour; حمدان|Hamdan; عيسى|Issa; فرح|Farah; الأحمد|Al-Ahmad; السعدي|Al-Saadi; "
          "البغدادي|al-Baghdadi; التميمي|Al-Tamimi; الراشد|Al-Rashid; العلي|Al-Ali; الجبوري|Al-Jubouri; "
          "عثمان|Othman; صالح|Saleh; إسماعيل|Ismail; الفارس|Al-Fares; الرفاعي|Al-Rifai; شحادة|Shehadeh; "
          "عوض|Awad; درويش|Darwish",
      nick=nickmap("محمد|Mohammed>حمودي|Hamoudi; عبد الله|Abdullah>عبودي|Abboud; فاطمة|Fatima>فطوم|Fattoum"))

group("hebrew", dual=True, native_langs=("he",),
      m="דוד|David; יוסף|Yosef; משה|Moshe; אברהם|Avraham; יצחק|Yitzhak; יעקב|Yaakov; אורי|Uri; נועם|Noam; "
        "איתי|Itai; עומר|Omer; אריאל|Ariel; יונתן|Yonatan; דניאל|Daniel; אלון|Alon; גיא|Guy; רון|Ron; עידו|Ido; "
        "אייל|Eyal; שי|Shai; תומר|Tomer; אביב|Aviv; עמית|Amit",
      f="שרה|Sarah; רחל|Rachel; לאה|Leah; מיכל|Michal; נועה|Noa; תמר|Tamar; יעל|Yael; שירה|Shira; מאיה|Maya; "
        "אביגיל|Avigail; הילה|Hila; רוני|Roni; עדי|Adi; ליאת|Liat; אורית|Orit; דנה|Dana; טל|Tal; ענבל|Inbal; "
        "שני|Shani; נעמה|Naama; אסתר|Esther; חנה|Hannah",
      fam="כהן|Cohen; לוי|Levi; מזרחי|Mizrahi; פרץ|Peretz; ביטון|Biton; דהן|Dahan; פרידמן|Friedman; אזולאי|Azoulay; "
          "מלכה|Malka; חדד|Hadad; גבאי|Gabay; כץ|Katz; אוחיון|Ohayon; שפירא|Shapira; רוזנברג|Rosenberg; "
          "גולדשטיין|Goldstein; בן דוד|Ben David; בן חיים|Ben Haim; אשכנזי|Ashkenazi; סגל|Segal; ברק|Barak; "
          "שמעוני|Shimoni; לנדאו|Landau; וייס|Weiss; קליין|Klein; אלמוג|Almog; נחום|Nahum; עמר|Amar; בר|Bar; "
          "שלום|Shalom; הראל|Harel; זילברמן|Zilberman; קפלן|Kaplan; גרינברג|Greenberg; אדלר|Adler; "
          "רבינוביץ|Rabinovich; בן עמי|Ben Ami; אברמוב|Abramov; טננבאום|Tenenbaum",
      nick=nickmap("יוסף|Yosef>יוסי|Yossi; אברהם|Avraham>אבי|Avi; יצחק|Yitzhak>איציק|Itzik; משה|Moshe>מוישה|Moishe"))

group("indian",
      m="Rahul; Amit; Rajesh; Suresh; Ramesh; Vijay; Sanjay; Anil; Sunil; Arjun; Rohan; Aditya; Vikram; Karthik; "
        "Pranav; Siddharth; Aarav; Vivaan; Ishaan; Harsh; Nikhil; Deepak; Manoj; Gaurav; Abhishek; Venkatesh; "
        "Srinivas; Murugan; Gurpreet; Harpreet; Imran; Faizan; Sandeep; Prakash",
      f="Priya; Anjali; Pooja; Neha; Sneha; Kavya; Divya; Shruti; Ananya; Aishwarya; Lakshmi; Meera; Sunita; Geeta; "
        "Rekha; Deepika; Aditi; Ishita; Riya; Nandini; Swati; Pallavi; Shreya; Tanvi; Radhika; Simran; Manpreet; "
        "Jaspreet; Farah; Zoya; Parvati",
      fam="Sharma; Verma; Gupta; Singh; Kumar; Patel; Shah; Mehta; Reddy; Rao; Nair; Menon; Pillai; Iyer; Iyengar; "
          "Krishnan; Subramanian; Chatterjee; Banerjee; Mukherjee; Das; Bose; Ghosh; Sen; Chakraborty; Joshi; "
          "Kulkarni; Deshpande; Patil; Jadhav; Naidu; Choudhary; Agarwal; Malhotra; Kapoor; Khanna; Bhatia; Sethi; "
          "Gill; Sandhu; Dhillon; Khan; Qureshi; Ansari; Fernandes; D'Souza; Venkataraman; Ramachandran",
      nick=nickmap("Siddharth>Sid; Abhishek>Abhi; Aishwarya>Ash; Venkatesh>Venky; Srinivas>Srini; Priya>Pri; "
                   "Rajesh>Raju; Gurpreet>Gurp; Nandini>Nandu"))

group("hindi", dual=True, native_langs=("hi",),
      m="राहुल|Rahul; अमित|Amit; राजेश|Rajesh; सुरेश|Suresh; विजय|Vijay; संजय|Sanjay; अनिल|Anil; सुनील|Sunil; "
        "अर्जुन|Arjun; रोहन|Rohan; आदित्य|Aditya; विक्रम|Vikram; प्रणव|Pranav; सिद्धार्थ|Siddharth; आरव|Aarav; "
        "ईशान|Ishaan; हर्ष|Harsh; निखिल|Nikhil; दीपक|Deepak; मनोज|Manoj; गौरव|Gaurav; अभिषेक|Abhishek",
      f="प्रिया|Priya; अंजलि|Anjali; पूजा|Pooja; नेहा|Neha; स्नेहा|Sneha; काव्या|Kavya; दिव्या|Divya; श्रुति|Shruti; "
        "अनन्या|Ananya; लक्ष्मी|Lakshmi; मीरा|Meera; सुनीता|Sunita; गीता|Geeta; रेखा|Rekha; अदिति|Aditi; रिया|Riya; "
        "नंदिनी|Nandini; स्वाति|Swati; श्रेया|Shreya; राधिका|Radhika; सिमरन|Simran; पार्वती|Parvati",
      fam="शर्मा|Sharma; वर्मा|Verma; गुप्ता|Gupta; सिंह|Singh; कुमार|Kumar; पटेल|Patel; शाह|Shah; मेहता|Mehta; "
          "जोशी|Joshi; यादव|Yadav; मिश्रा|Mishra; तिवारी|Tiwari; पांडे|Pandey; चौहान|Chauhan; त्रिपाठी|Tripathi; "
          "श्रीवास्तव|Srivastava; अग्रवाल|Agarwal; मल्होत्रा|Malhotra; कपूर|Kapoor; खन्ना|Khanna; ठाकुर|Thakur; "
          "दुबे|Dubey; शुक्ला|Shukla; सक्सेना|Saxena; राठौर|Rathore; चौधरी|Choudhary; भट्ट|Bhatt; कुलकर्णी|Kulkarni; "
          "देशपांडे|Deshpande; पाटिल|Patil; जैन|Jain; बंसल|Bansal; गोयल|Goyal; रस्तोगी|Rastogi; सेठी|Sethi; "
          "नायर|Nair; राव|Rao; रेड्डी|Reddy; दास|Das; बोस|Bose",
      nick=nickmap("अभिषेक|Abhishek>अभि|Abhi; सिद्धार्थ|Siddharth>सिड|Sid"))

group("bengali", dual=True, native_langs=("bn",),
      m="অমিত|Amit; সৌরভ|Sourav; অনির্বাণ|Anirban; অরিজিৎ|Arijit; দেবাশিস|Debashis; সুমন|Suman; রাহুল|Rahul; "
        "অভিজিৎ|Abhijit; সুব্রত|Subrata; প্রসেনজিৎ|Prosenjit; তন্ময়|Tanmoy; শুভজিৎ|Subhajit; রফিক|Rafiq; "
        "তানভীর|Tanvir; মাহমুদ|Mahmud; আরিফ|Arif; সাকিব|Shakib; রাকিব|Rakib; ইমরান|Imran; কৌশিক|Koushik; "
        "দীপঙ্কর|Dipankar; সঞ্জয়|Sanjay",
      f="অনন্যা|Ananya; মৌমিতা|Moumita; প্রিয়াঙ্কা|Priyanka; সুস্মিতা|Susmita; দেবযানী|Debjani; শ্রেয়া|Shreya; "
        "রূপা|Rupa; তানিয়া|Tania; নুসরাত|Nusrat; ফারহানা|Farhana; সাবরিনা|Sabrina; তাসনিম|Tasnim; রুমানা|Rumana; "
        "শর্মিষ্ঠা|Sharmistha; পৌলমী|Poulami; অর্পিতা|Arpita; ঝুম্পা|Jhumpa; মিতালী|Mitali; সোমা|Soma; "
        "ইন্দ্রাণী|Indrani; নাজমা|Nazma; শাহানা|Shahana",
      fam="চট্টোপাধ্যায়|Chattopadhyay; বন্দ্যোপাধ্যায়|Bandyopadhyay; মুখোপাধ্যায়|Mukhopadhyay; "
          "গঙ্গোপাধ্যায়|Gangopadhyay; ভট্টাচার্য|Bhattacharya; চক্রবর্তী|Chakraborty; সেনগুপ্ত|Sengupta; "
          "দাশগুপ্ত|Dasgupta; ঘোষ|Ghosh; বসু|Basu; দত্ত|Dutta; সরকার|Sarkar; মিত্র|Mitra; রায়|Roy; সেন|Sen; পাল|Pal; "
          "মজুমদার|Majumdar; হালদার|Haldar; মণ্ডল|Mondal; বিশ্বাস|Biswas; দে|De; নন্দী|Nandi; সাহা|Saha; "
          "আহমেদ|Ahmed; হোসেন|Hossain; রহমান|Rahman; ইসলাম|Islam; চৌধুরী|Chowdhury; খান|Khan; উদ্দিন|Uddin; "
          "হক|Haque; আলম|Alam; শেখ|Sheikh; তালুকদার|Talukder; ভৌমিক|Bhowmik; কর|Kar; গুহ|Guha; নাগ|Nag; সিনহা|Sinha",
      nick=nickmap("সৌরভ|Sourav>বাপি|Bapi; অনির্বাণ|Anirban>বাবাই|Babai; মৌমিতা|Moumita>মৌ|Mou"))

group("tamil", dual=True, native_langs=("ta",),
      m="கார்த்திக்|Karthik; முருகன்|Murugan; செந்தில்|Senthil; சுரேஷ்|Suresh; ரமேஷ்|Ramesh; அருண்|Arun; "
        "விஜய்|Vijay; பாலாஜி|Balaji; சரவணன்|Saravanan; வெங்கடேஷ்|Venkatesh; கணேஷ்|Ganesh; பிரகாஷ்|Prakash; "
        "ராஜா|Raja; மணி|Mani; சிவா|Siva; அஸ்வின்|Ashwin; கௌதம்|Gautham; தினேஷ்|Dinesh; ஹரி|Hari; பரத்|Bharath; "
        "இளங்கோ|Ilango; அன்பு|Anbu",
      f="லட்சுமி|Lakshmi; பிரியா|Priya; கவிதா|Kavitha; மீனா|Meena; தேவி|Devi; சரண்யா|Saranya; திவ்யா|Divya; "
        "கீர்த்தனா|Keerthana; அனிதா|Anitha; வள்ளி|Valli; செல்வி|Selvi; ராதா|Radha; பவித்ரா|Pavithra; "
        "ஐஸ்வர்யா|Aishwarya; நந்தினி|Nandhini; சங்கீதா|Sangeetha; மாலதி|Malathi; ஜெயா|Jaya; கலைச்செல்வி|Kalaiselvi; "
        "தமிழ்செல்வி|Tamilselvi; இந்துமதி|Indumathi; யாழினி|Yazhini",
      fam="சுப்பிரமணியன்|Subramanian; ராமசாமி|Ramasamy; கிருஷ்ணன்|Krishnan; வேணுகோபால்|Venugopal; "
          "நடராஜன்|Natarajan; சுந்தரம்|Sundaram; பழனிசாமி|Palanisamy; ராஜேந்திரன்|Rajendran; அண்ணாமலை|Annamalai; "
          "சிதம்பரம்|Chidambaram; ஆறுமுகம்|Arumugam; கந்தசாமி|Kandasamy; மாரியப்பன்|Mariappan; "
          "பாலசுப்பிரமணியம்|Balasubramaniam; ஸ்ரீனிவாசன்|Srinivasan; ரங்கநாதன்|Ranganathan; வெங்கட்ராமன்|Venkatraman; "
          "கோவிந்தராஜன்|Govindarajan; சண்முகம்|Shanmugam; முத்துசாமி|Muthusamy; தங்கராஜ்|Thangaraj; பெருமாள்|Perumal; "
          "ஐயர்|Iyer; பிள்ளை|Pillai; செட்டியார்|Chettiar; கணேசன்|Ganesan; ராமநாதன்|Ramanathan; சேகர்|Sekar; "
          "மோகன்|Mohan; இளங்கோவன்|Ilangovan; சீனிவாசன்|Seenivasan; வேலு|Velu; துரைசாமி|Duraisamy; "
          "கருப்பசாமி|Karuppasamy; மணிகண்டன்|Manikandan; அழகர்|Azhagar; சேதுராமன்|Sethuraman; நாகராஜன்|Nagarajan; "
          "லிங்கம்|Lingam; முதலியார்|Mudaliar",
      initials=True)

group("chinese", dual=True, native_langs=("zh",), family_first=True, nospace=True,
      fam="王|Wang; 李|Li; 张|Zhang; 刘|Liu; 陈|Chen; 杨|Yang; 黄|Huang; 赵|Zhao; 吴|Wu; 周|Zhou; 徐|Xu; 孙|Sun; "
          "马|Ma; 朱|Zhu; 胡|Hu; 郭|Guo; 何|He; 高|Gao; 林|Lin; 罗|Luo; 郑|Zheng; 梁|Liang; 谢|Xie; 宋|Song; "
          "唐|Tang; 许|Xu; 韩|Han; 冯|Feng; 邓|Deng; 曹|Cao; 彭|Peng; 曾|Zeng; 肖|Xiao; 田|Tian; 董|Dong; 袁|Yuan; "
          "潘|Pan; 于|Yu; 蒋|Jiang; 蔡|Cai; 欧阳|Ouyang; 司马|Sima; 诸葛|Zhuge",
      m="伟|Wei; 强|Qiang; 磊|Lei; 军|Jun; 洋|Yang; 勇|Yong; 杰|Jie; 涛|Tao; 明|Ming; 超|Chao; 浩然|Haoran; "
        "子轩|Zixuan; 宇轩|Yuxuan; 博文|Bowen; 建国|Jianguo; 志强|Zhiqiang; 晓明|Xiaoming; 俊杰|Junjie; 文博|Wenbo; "
        "家豪|Jiahao; 天佑|Tianyou; 思远|Siyuan; 鹏飞|Pengfei; 国栋|Guodong",
      f="芳|Fang; 娜|Na; 敏|Min; 静|Jing; 丽|Li; 艳|Yan; 婷|Ting; 雪|Xue; 欣怡|Xinyi; 梓涵|Zihan; 诗涵|Shihan; "
        "雨萱|Yuxuan; 晓燕|Xiaoyan; 秀英|Xiuying; 桂英|Guiying; 美玲|Meiling; 丽华|Lihua; 思琪|Siqi; 佳怡|Jiayi; "
        "慧敏|Huimin; 晓红|Xiaohong; 春梅|Chunmei; 雅琴|Yaqin; 梦瑶|Mengyao")

group("japanese", dual=True, native_langs=("ja",), family_first=True,
      fam="佐藤|Sato; 鈴木|Suzuki; 高橋|Takahashi; 田中|Tanaka; 伊藤|Ito; 渡辺|Watanabe; 山本|Yamamoto; "
          "中村|Nakamura; 小林|Kobayashi; 加藤|Kato; 吉田|Yoshida; 山田|Yamada; 佐々木|Sasaki; 山口|Yamaguchi; "
          "松本|Matsumoto; 井上|Inoue; 木村|Kimura; 林|Hayashi; 斎藤|Saito; 清水|Shimizu; 山崎|Yamazaki; 森|Mori; "
          "池田|Ikeda; 橋本|Hashimoto; 阿部|Abe; 石川|Ishikawa; 前田|Maeda; 藤田|Fujita; 後藤|Goto; 岡田|Okada; "
          "長谷川|Hasegawa; 村上|Murakami; 近藤|Kondo; 石井|Ishii; 坂本|Sakamoto; 遠藤|Endo; 青木|Aoki; 藤井|Fujii; "
          "西村|Nishimura; 福田|Fukuda; 太田|Ota; 三浦|Miura; 本田|Honda; 豊田|Toyoda",
      m="太郎|Taro; 翔太|Shota; 大輔|Daisuke; 健太|Kenta; 拓也|Takuya; 直樹|Naoki; 誠|Makoto; 蓮|Ren; 陽翔|Haruto; "
        "湊|Minato; 悠真|Yuma; 大翔|Hiroto; 隆|Takashi; 浩|Hiroshi; 健一|Kenichi; 一郎|Ichiro; 和也|Kazuya; 亮|Ryo; "
        "悠斗|Yuto; 颯太|Sota; 樹|Itsuki; 修|Osamu",
      f="花子|Hanako; 陽子|Yoko; 恵子|Keiko; 由美|Yumi; 美咲|Misaki; さくら|Sakura; 結衣|Yui; 陽菜|Hina; 葵|Aoi; "
        "凛|Rin; 愛|Ai; 真由美|Mayumi; 明美|Akemi; 直美|Naomi; 久美子|Kumiko; 智子|Tomoko; 裕子|Yuko; 千尋|Chihiro; "
        "彩|Aya; 舞|Mai; 美穂|Miho; 京子|Kyoko",
      macron={"Sato": "Satō", "Ito": "Itō", "Kato": "Katō", "Goto": "Gotō", "Endo": "Endō", "Kondo": "Kondō",
              "Ota": "Ōta", "Yuto": "Yūto", "Yuma": "Yūma", "Sota": "Sōta", "Ryo": "Ryō", "Yuko": "Yūko",
              "Kyoko": "Kyōko", "Taro": "Tarō", "Shota": "Shōta", "Saito": "Saitō", "Ichiro": "Ichirō"})

group("korean", dual=True, native_langs=("ko",), family_first=True, nospace=True,
      fam="김|Kim; 이|Lee; 박|Park; 최|Choi; 정|Jung; 강|Kang; 조|Cho; 윤|Yoon; 장|Jang; 임|Lim; 한|Han; 오|Oh; "
          "서|Seo; 신|Shin; 권|Kwon; 황|Hwang; 안|Ahn; 송|Song; 류|Ryu; 전|Jeon; 홍|Hong; 고|Ko; 문|Moon; 양|Yang; "
          "손|Son; 배|Bae; 백|Baek; 허|Heo; 유|Yoo; 남|Nam; 심|Shim; 노|Noh; 하|Ha; 곽|Kwak; 성|Sung; 차|Cha; "
          "주|Joo; 우|Woo; 구|Koo; 민|Min; 남궁|Namgung; 선우|Sunwoo; 제갈|Jegal",
      m="민준|Min-jun; 서준|Seo-jun; 도윤|Do-yun; 예준|Ye-jun; 시우|Si-woo; 하준|Ha-jun; 지호|Ji-ho; 주원|Ju-won; "
        "지훈|Ji-hoon; 현우|Hyun-woo; 성민|Sung-min; 동현|Dong-hyun; 준영|Jun-young; 영수|Young-soo; 정호|Jung-ho; "
        "상철|Sang-chul; 재현|Jae-hyun; 태윤|Tae-yoon; 승우|Seung-woo; 우진|Woo-jin; 건우|Gun-woo; 은우|Eun-woo",
      f="서연|Seo-yeon; 서윤|Seo-yoon; 지우|Ji-woo; 서현|Seo-hyun; 민서|Min-seo; 하은|Ha-eun; 하윤|Ha-yoon; "
        "윤서|Yoon-seo; 지민|Ji-min; 지유|Ji-yoo; 수빈|Su-bin; 예은|Ye-eun; 은지|Eun-ji; 혜진|Hye-jin; "
        "미경|Mi-kyung; 영희|Young-hee; 수진|Su-jin; 지현|Ji-hyun; 다은|Da-eun; 소연|So-yeon; 유진|Yu-jin; 나연|Na-yeon")

group("vietnamese", dual=True, native_langs=("vi",), family_first=True,
      fam="Nguyễn|Nguyen; Trần|Tran; Lê|Le; Phạm|Pham; Hoàng|Hoang; Huỳnh|Huynh; Phan|Phan; Vũ|Vu; Võ|Vo; "
          "Đặng|Dang; Bùi|Bui; Đỗ|Do; Hồ|Ho; Ngô|Ngo; Dương|Duong; Lý|Ly; Đinh|Dinh; Trương|Truong; Lâm|Lam; "
          "Mai|Mai; Tô|To; Hà|Ha; Đoàn|Doan; Cao|Cao; Lương|Luong; Tạ|Ta; Châu|Chau; Quách|Quach; Thái|Thai; "
          "Kiều|Kieu; La|La; Từ|Tu; Vương|Vuong; Triệu|Trieu; Diệp|Diep; Khúc|Khuc; Phùng|Phung; Tăng|Tang; "
          "Mạc|Mac; Âu|Au",
      m="An|An; Bình|Binh; Cường|Cuong; Dũng|Dung; Hùng|Hung; Hải|Hai; Huy|Huy; Khoa|Khoa; Long|Long; Nam|Nam; "
        "Phúc|Phuc; Quân|Quan; Sơn|Son; Tài|Tai; Thắng|Thang; Trung|Trung; Tuấn|Tuan; Việt|Viet; Vinh|Vinh; "
        "Bảo|Bao; Đạt|Dat; Khang|Khang",
      f="Anh|Anh; Chi|Chi; Dung|Dung; Giang|Giang; Hà|Ha; Hạnh|Hanh; Hằng|Hang; Hoa|Hoa; Hương|Huong; Lan|Lan; "
        "Linh|Linh; Mai|Mai; Nga|Nga; Ngân|Ngan; Nhung|Nhung; Oanh|Oanh; Phương|Phuong; Quỳnh|Quynh; Thảo|Thao; "
        "Trang|Trang; Vy|Vy; Yến|Yen",
      middle_m=S("Văn|Van; Hữu|Huu; Đức|Duc; Minh|Minh; Quang|Quang; Thành|Thanh; Công|Cong; Gia|Gia"),
      middle_f=S("Thị|Thi; Ngọc|Ngoc; Thu|Thu; Thanh|Thanh; Minh|Minh; Kim|Kim; Phương|Phuong; Bảo|Bao"))

group("thai", dual=True, native_langs=("th",),
      m="สมชาย|Somchai; สมศักดิ์|Somsak; ประเสริฐ|Prasert; วิชัย|Wichai; สุรชัย|Surachai; อนุชา|Anucha; "
        "ธนพล|Thanaphon; ณัฐวุฒิ|Nattawut; กิตติพงษ์|Kittipong; ชัยวัฒน์|Chaiwat; พงศกร|Pongsakorn; "
        "วีระพงษ์|Weerapong; อภิชาติ|Apichat; ศุภชัย|Supachai; ธีรวัฒน์|Teerawat; บุญมี|Boonmee; "
        "เกรียงไกร|Kriangkrai; จักรพันธ์|Jakkapan; ปิยะ|Piya; นพดล|Noppadon; สุทธิพงษ์|Sutthipong; อรรถพล|Attaphon",
      f="สมหญิง|Somying; สุดารัตน์|Sudarat; ปราณี|Pranee; มาลี|Malee; วันเพ็ญ|Wanpen; กนกวรรณ|Kanokwan; "
        "ศิริพร|Siriporn; อรุณี|Arunee; นิตยา|Nittaya; พรทิพย์|Porntip; รัตนา|Rattana; สุภาพร|Supaporn; "
        "จันทร์เพ็ญ|Chanpen; ณัฐธิดา|Nattida; ปิยะนุช|Piyanuch; อัญชลี|Anchalee; วรรณา|Wanna; ชนิดา|Chanida; "
        "ธิดารัตน์|Thidarat; เพ็ญศรี|Pensri; กาญจนา|Kanchana; อารีรัตน์|Areerat",
      fam="สุขสวัสดิ์|Suksawat; ศรีสุข|Srisuk; แก้วมณี|Kaewmanee; ทองดี|Thongdee; บุญเรือง|Boonruang; "
          "จันทร์แก้ว|Chankaew; วงศ์สวัสดิ์|Wongsawat; รัตนพันธ์|Rattanapan; ศรีวงศ์|Sriwong; พรหมมา|Promma; "
          "สายทอง|Saithong; แสงอรุณ|Sangarun; ประเสริฐศรี|Prasertsri; มีสุข|Meesuk; ทองคำ|Thongkham; "
          "เพชรรัตน์|Petcharat; ชัยประเสริฐ|Chaiprasert; อินทรวงศ์|Intarawong; สมบูรณ์|Somboon; กิตติวงศ์|Kittiwong; "
          "ธนากร|Thanakorn; วงศ์ไทย|Wongthai; เจริญสุข|Charoensuk; พึ่งบุญ|Phuengboon; ศักดิ์สิทธิ์|Saksit; "
          "บุญมา|Boonma; ปัญญาดี|Panyadee; นาคสวัสดิ์|Naksawat; ศรีประเสริฐ|Sriprasert; อุดมศักดิ์|Udomsak; "
          "ทองประเสริฐ|Thongprasert; รุ่งเรือง|Rungruang; สิทธิชัย|Sitthichai; วัฒนา|Wattana; จันทร์หอม|Chanhom; "
          "แสงทอง|Saengthong; ลิ้มสกุล|Limsakul; ตั้งเจริญ|Tangcharoen; เลิศวิไล|Lertwilai; คงสมบูรณ์|Khongsomboon",
      thai_nicks=S("น้อย|Noi; นก|Nok; ปุ้ย|Pui; แอน|Ann; บอย|Boy; ต้น|Ton; เอ็ม|Em; พลอย|Ploy; ฝน|Fon; เบียร์|Beer; "
                   "มด|Mod; กุ้ง|Kung; ปลา|Pla; หนิง|Ning; เจ|Jay; ออม|Aom; ฟ้า|Fah; แนน|Nan; ตาล|Tan; กอล์ฟ|Golf; "
                   "เต้|Tae; โอ๊ต|Oat"))

group("malay_indo",
      m="Budi; Agus; Joko; Bambang; Eko; Hadi; Rudi; Andi; Dedi; Hendra; Wahyu; Dimas; Rizky; Fajar; Arif; Bayu; "
        "Teguh; Yudi; Surya; Aditya; Putra; Ahmad; Muhammad; Irfan; Hafiz; Faizal; Azman; Amir; Zulkifli; Syafiq; "
        "Haziq; Iskandar; Rahmat; Ilham",
      f="Siti; Sri; Dewi; Ayu; Wati; Rina; Yuni; Lestari; Ratna; Indah; Putri; Fitri; Nur; Nurul; Aisyah; Intan; "
        "Wulan; Maya; Dian; Kartika; Nabila; Farah; Aminah; Zaleha; Noraini; Rohani; Syafiqah; Aishah; Salmah; Hidayah",
      fam="Santoso; Wijaya; Kusuma; Setiawan; Hidayat; Saputra; Pratama; Gunawan; Susanto; Halim; Nugroho; Wibowo; "
          "Purnomo; Hartono; Sutrisno; Suryadi; Lubis; Nasution; Siregar; Harahap; Simanjuntak; Sitompul; Panjaitan; "
          "Tanoto; Salim; Kurniawan; Permana; Rahman; Hamzah; Ismail; Abdullah; Hassan; Osman; Yusof; Rahim; Aziz; "
          "Ibrahim; Razak; Mahmud; Sulaiman; Ramli",
      mononyms=S("Sutrisno; Suharti; Mulyono; Sukarni; Wagiman; Parmi; Tukiyem; Slamet; Supriyadi; Ngatini; Darmadi; "
                 "Sumarni; Paijo; Karsinah"))

group("swahili",
      m="Juma; Baraka; Jabari; Hamisi; Omari; Rashidi; Bakari; Salim; Kamau; Otieno; Kiprono; Mwangi; Njoroge; "
        "Wekesa; Odhiambo; Ochieng; Kariuki; Mutua; Musyoka; Abdallah; Daudi; Yohana; Petro; Mosi; Tumaini",
      f="Amani; Neema; Zawadi; Rehema; Imani; Faraja; Upendo; Halima; Mwanaisha; Zuhura; Wanjiru; Wambui; Njeri; "
        "Akinyi; Atieno; Achieng; Nyokabi; Wairimu; Chebet; Jepkosgei; Mumbua; Nafula; Nasimiyu; Saida; Tatu; "
        "Subira; Furaha",
      fam="Mwangi; Kamau; Otieno; Odhiambo; Kariuki; Njoroge; Mutua; Wanjiku; Kiprop; Cheruiyot; Kiptoo; Rotich; "
          "Korir; Langat; Mutai; Onyango; Ouma; Owino; Omondi; Wafula; Wekesa; Barasa; Nyambura; Mohamed; Hassan; "
          "Juma; Mussa; Massawe; Mrema; Mushi; Shirima; Lyimo; Kimaro; Mollel; Ngowi; Mbwambo; Temba; Swai; Minja")

group("nigerian",
      m="Adebayo; Oluwaseun; Babatunde; Olumide; Ayodele; Tunde; Femi; Kayode; Segun; Chukwuemeka; Chinedu; Obinna; "
        "Ikechukwu; Emeka; Uchenna; Nnamdi; Chidi; Ifeanyi; Musa; Abubakar; Ibrahim; Usman; Aliyu; Sani; Yusuf; "
        "Bello; Adébáyọ̀; Olúwasèun",
      f="Adaeze; Chiamaka; Ngozi; Chinwe; Nkechi; Ifeoma; Amarachi; Oluwakemi; Folake; Funmilayo; Abimbola; "
        "Yetunde; Titilayo; Bukola; Temitope; Aisha; Zainab; Hauwa; Amina; Fatima; Hadiza; Halima; Blessing; "
        "Precious; Favour; Patience; Comfort; Ọlábísí",
      fam="Adeyemi; Okafor; Okonkwo; Adebayo; Ogunleye; Olawale; Balogun; Babatunde; Eze; Nwosu; Obi; Okeke; "
          "Nwankwo; Chukwu; Igwe; Uzoma; Onyekachi; Ogbonna; Abubakar; Bello; Ibrahim; Usman; Yakubu; Danjuma; "
          "Suleiman; Aliyu; Adekunle; Akinola; Ogundipe; Oyelaran; Olatunji; Adeleke; Oyebanji; Nnadi; Anyanwu; "
          "Ezeani; Okoro; Udeh; Mbah; Ojo; Ajayi; Afolabi; Ògúnlẹ́yẹ; Adéyẹmí",
      nick=nickmap("Oluwaseun>Seun; Babatunde>Tunde; Oluwakemi>Kemi; Chukwuemeka>Emeka; Ikechukwu>Ike; "
                   "Funmilayo>Funmi; Abimbola>Bimbo; Olumide>Mide; Temitope>Tope; Ifeanyi>Ify"))

group("filipino",
      m="Jose; Juan; Antonio; Mark; John Paul; Christian; Jerome; Rodel; Arnel; Reynaldo; Romeo; Jomar; Jayson; "
        "Kristoffer; Rommel; Marvin; Noel; Ramil; Dindo; Efren; Ernesto; Danilo; Bienvenido; Leonardo; Joel; Rey; "
        "Jhun; Mark Anthony",
      f="Maria; Mary Grace; Maricel; Marites; Rowena; Jocelyn; Lorna; Analyn; Jennylyn; Kristine; Princess; "
        "Angelica; Janine; Lovely; Divina; Erlinda; Corazon; Luzviminda; Rosalinda; Milagros; Charmaine; Cherry; "
        "Honey; Joy; Ligaya; Mylene; Precious; Rhea; Ma. Theresa; Ma. Cristina",
      fam="dela Cruz; Santos; Reyes; Garcia; Bautista; Ocampo; Mendoza; Torres; Tomas; Andrada; Castillo; Flores; "
          "Villanueva; Ramos; Castro; Rivera; Aquino; Navarro; Salazar; Mercado; Aguilar; Domingo; Soriano; Manalo; "
          "Pascual; Dizon; Gonzales; Macaraeg; Magbanua; Dimaculangan; Panganiban; Dimagiba; Lacson; Tolentino; "
          "Mangubat; Batungbakal; Sison; de Leon; Bernardo; Lim; Tan; Sy; Delos Reyes",
      nick=nickmap("Reynaldo>Rey/Jun-Jun; Jose>Pepe/Jojo; Corazon>Cory; Luzviminda>Luz; Bienvenido>Benny; "
                   "Kristine>Tintin; Ernesto>Erning; Mary Grace>Grace"))


# ----------------------------------------------------------------------------
# Person construction

FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "İ": "I"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def split_pair(entry):
    if "|" in entry:
        a, b = entry.split("|", 1)
        return a, b
    return entry, entry


def fem_ru(native, latin):
    n, l = native, latin
    if n.endswith(("ов", "ев", "ёв", "ин", "ын")):
        n += "а"
        l += "a"
    elif n.endswith("ский"):
        n = n[:-4] + "ская"
        l = l[:-3] + "skaya" if l.endswith("sky") else l + "aya"
    elif n.endswith("цкий"):
        n = n[:-4] + "цкая"
        l = l[:-3] + "skaya"
    elif n.endswith("ой"):
        n = n[:-2] + "ая"
        l = l[:-2] + "aya"
    return n, l


def fem_pl(s):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


def fem_cs(s):
    if s.endswith("ý"):
        return s[:-1] + "á"
    if s.endswith("a"):
        return s[:-1] + "ová"
    if s.endswith("ek"):
        return s[:-2] + "ková"
    if s.endswith("ec"):
        return s[:-2] + "cová"
    return s + "ová"


class Person:
    """A person with native/latin renderings of several name forms."""

    def __init__(self, rng, gkey):
        g = GROUPS[gkey]
        self.group = gkey
        self.g = g
        self.gender = rng.choice("mf")
        self.forms = {}  # key -> (native, latin)
        gpool = g[self.gender]
        given = split_pair(rng.choice(gpool))
        fam_entry = rng.choice(g["fam"])
        self.given = given
        nat, lat = split_pair(fam_entry)
        # gendered family names
        if "," in nat or "," in lat:
            nm = nat.split(",")
            lm = lat.split(",")
            idx = 1 if self.gender == "f" else 0
            nat = nm[min(idx, len(nm) - 1)]
            lat = lm[min(idx, len(lm) - 1)]
        elif self.gender == "f":
            if gkey == "russian":
                nat, lat = fem_ru(nat, lat)
            elif gkey == "polish":
                nat = lat = fem_pl(nat)
            elif gkey == "czech":
                nat = lat = fem_cs(nat)
        self.family = (nat, lat)
        self.nicks = []
        nk = g.get("nick", {})
        for key in (given[0], "%s|%s" % given):
            if key in nk:
                self.nicks = [split_pair(x) for x in nk[key]]
        if gkey == "thai":
            self.nicks = [split_pair(rng.choice(g["thai_nicks"]))]
        self.full = self._full(rng)
        self.mononym = False

    def _full(self, rng):
        g, gk = self.g, self.group
        gn, gl = self.given
        fn, fl = self.family
        if gk == "chinese":
            style = rng.random()
            if style < 0.45:
                lat = "%s %s" % (fl, gl)
            elif style < 0.8:
                lat = "%s %s" % (gl, fl)
            elif style < 0.9:
                lat = "%s %s" % (fl.upper(), gl)
            else:
                lat = "%s %s" % (fl, "-".join(p.capitalize() for p in _pinyin_split(gl)))
            return (fn + gn, lat)
        if gk == "japanese":
            mac = g.get("macron", {})
            gl2, fl2 = gl, fl
            if rng.random() < 0.15:
                gl2, fl2 = mac.get(gl, gl), mac.get(fl, fl)
            sep = " " if rng.random() < 0.5 else ("\u3000" if rng.random() < 0.3 else "")
            style = rng.random()
            if style < 0.5:
                lat = "%s %s" % (gl2, fl2)
            elif style < 0.8:
                lat = "%s %s" % (fl2, gl2)
            else:
                lat = "%s %s" % (fl2.upper(), gl2)
            return (fn + sep + gn, lat)
        if gk == "korean":
            style = rng.random()
            if style < 0.45:
                lat = "%s %s" % (fl, gl)
            elif style < 0.8:
                lat = "%s %s" % (gl.replace("-", "") if rng.random() < 0.5 else gl, fl)
            else:
                lat = "%s %s" % (fl.upper(), gl.replace("-", "").upper())
            return (fn + gn, lat)
        if gk == "vietnamese":
            mid = split_pair(rng.choice(g["middle_" + self.gender]))
            self.middle = mid
            nat = "%s %s %s" % (fn, mid[0], gn)
            lat = "%s %s %s" % (fl, mid[1], gl)
            if rng.random() < 0.25:
                lat = "%s %s" % (gl, fl)  # western order
            return (nat, lat)
        if gk == "russian":
            if rng.random() < 0.35:
                pn, pl_ = split_pair(rng.choice(g["patronymics"]))
                i = 1 if self.gender == "f" else 0
                pn, pl_ = pn.split(",")[i], pl_.split(",")[i]
                if rng.random() < 0.4:
                    return ("%s %s %s" % (fn, gn, pn), "%s %s %s" % (fl, gl, pl_))
                return ("%s %s %s" % (gn, pn, fn), "%s %s %s" % (gl, pl_, fl))
            return ("%s %s" % (gn, fn), "%s %s" % (gl, fl))
        if gk == "arabic":
            r = rng.random()
            father = split_pair(rng.choice(g["m"]))
            if r < 0.3:
                if self.gender == "m":
                    return ("%s بن %s %s" % (gn, father[0], fn),
                            "%s %s %s %s" % (gl, rng.choice(["bin", "bin", "ibn", "Bin"]), father[1], fl))
                return ("%s بنت %s %s" % (gn, father[0], fn), "%s bint %s %s" % (gl, father[1], fl))
            if r < 0.5:
                return ("%s %s %s" % (gn, father[0], fn), "%s %s %s" % (gl, father[1], fl))
            return ("%s %s" % (gn, fn), "%s %s" % (gl, fl))
        if gk == "malay_indo":
            r = rng.random()
            if r < 0.2:
                self.mononym = True
                m = rng.choice(g["mononyms"])
                self.given = (m, m)
                return (m, m)
            if r < 0.5:
                father = rng.choice(g["m"])
                rel = "bin" if self.gender == "m" else "binti"
                s = "%s %s %s" % (gn, rel, father)
                self.family = (father, father)
                return (s, s)
            if r < 0.65:
                g2 = rng.choice(g[self.gender])
                s = "%s %s %s" % (gn, g2, fl)
                return (s, s)
            s = "%s %s" % (gn, fl)
            return (s, s)
        if gk == "tamil":
            if rng.random() < 0.35:
                ini = ascii_fold(fl)[0]
                if rng.random() < 0.5:
                    return ("%s %s" % (gn, fn), "%s. %s" % (ini, gl))
                return ("%s %s" % (gn, fn), "%s %s." % (gl, ini))
            return ("%s %s" % (gn, fn), "%s %s" % (gl, fl))
        if gk == "indian":
            if gn in ("Gurpreet", "Harpreet", "Manpreet", "Jaspreet", "Simran"):
                fam = "Singh" if self.gender == "m" else "Kaur"
                self.family = (fam, fam)
                return ("%s %s" % (gn, fam),) * 2
        if gk == "spanish":
            if rng.random() < 0.65:
                f2 = split_pair(rng.choice(g["fam"]))[0]
                if f2 != fn:
                    s = "%s %s %s" % (gn, fn, f2)
                    if rng.random() < 0.1:
                        s = "%s %s y %s" % (gn, fn, f2)
                    return (s, s)
        if gk == "portuguese":
            if rng.random() < 0.6:
                f2 = rng.choice(g["fam"])
                if f2 != fn:
                    s = "%s %s %s" % (gn, f2, fn)
                    return (s, s)
        if gk == "anglo":
            r = rng.random()
            if r < 0.12:
                s = "%s %s. %s" % (gn, rng.choice("ABCDEFGHJKLMNPRSTW"), fn)
                return (s, s)
            if r < 0.18:
                s = "%s %s %s" % (gn, split_pair(rng.choice(g["m" if rng.random() < 0.5 else "f"]))[0], fn)
                return (s, s)
            if r < 0.22 and self.gender == "m":
                s = "%s %s %s" % (gn, fn, rng.choice(["Jr.", "Sr.", "III", "II"]))
                return (s, s)
        if gk == "filipino":
            if rng.random() < 0.35:
                s = "%s %s. %s" % (gn, rng.choice("ABCDEGLMPRST"), fn)
                return (s, s)
        if gk == "nigerian" and rng.random() < 0.3:
            mid = rng.choice(g["m" if rng.random() < 0.5 else "f"])
            s = "%s %s %s" % (gn, mid, fn)
            return (s, s)
        if gk == "german" and rng.random() < 0.12:
            s = "%s %s %s" % (gn, split_pair(rng.choice(g[self.gender]))[0], fn)
            return (s, s)
        if gk == "turkish" and rng.random() < 0.2:
            g2 = rng.choice(g[self.gender])
            if g2 != gn:
                s = "%s %s %s" % (gn, g2, fn)
                return (s, s)
        return ("%s %s" % (gn, fn), "%s %s" % (gl, fl))

    def adopt_family(self, other):
        """Give this person another person's family name (children, spouses)."""
        self.family = other.family
        self.mononym = False
        gn, gl = self.given
        fn, fl = self.family
        if self.g.get("family_first"):
            sep = "" if self.g.get("nospace") else " "
            self.full = (fn + sep + gn, "%s %s" % (fl, gl) if self.group != "vietnamese" else "%s %s" % (fl, gl))
        else:
            self.full = ("%s %s" % (gn, fn), "%s %s" % (gl, fl))

    # -- renderings ---------------------------------------------------------
    def native(self, lang):
        return self.g["dual"] and lang in self.g["native_langs"]

    def pick(self, pair, lang):
        if self.group == "vietnamese":
            return pair[0] if (lang == "vi" or self._vi_diacritics) else pair[1]
        return pair[0] if self.native(lang) else pair[1]

    _vi_diacritics = False

    def full_name(self, lang):
        return self.pick(self.full, lang)

    def given_name(self, lang):
        return self.pick(self.given, lang)

    def family_name(self, lang):
        f = self.pick(self.family, lang)
        if self.group == "dutch" and f[:1].islower():
            f = f[0].upper() + f[1:]
        return f

    def short(self, rng, lang):
        """A later mention: given name, nickname or family name depending on culture."""
        gk = self.group
        if self.mononym:
            return self.full_name(lang)
        if gk == "japanese":
            return self.family_name(lang)
        if gk == "chinese":
            return self.full_name(lang) if rng.random() < 0.6 else self.given_name(lang)
        if gk == "korean" and self.native(lang):
            return self.given_name(lang) if rng.random() < 0.5 else self.full_name(lang)
        if self.nicks and rng.random() < 0.45:
            return self.pick(rng.choice(self.nicks), lang)
        return self.given_name(lang)

    def email_parts(self):
        gl = ascii_fold(self.given[1]).lower().replace(" ", "").replace("'", "").replace(".", "")
        fl = ascii_fold(self.family[1]).lower().replace(" ", "").replace("'", "").replace(".", "")
        return gl.replace("-", ""), fl.replace("-", "")


def _pinyin_split(s):
    # crude syllable split for two-syllable given names, used only for hyphenated display
    vowels = "aeiouv"
    for i in range(2, len(s) - 1):
        if s[i] not in vowels and s[i - 1] in vowels and s[i + 1] in vowels and s[i] != "n" and s[i] != "g":
            return [s[:i], s[i:]]
        if s[i - 1:i + 1] in ("ng",) and i + 1 < len(s) and s[i + 1] not in vowels:
            return [s[:i + 1], s[i + 1:]]
    return [s]


def name_case(rng, s, p_lower=0.05, p_upper=0.05):
    r = rng.random()
    if r < p_lower:
        return s.lower()
    if r < p_lower + p_upper:
        return s.upper()
    return s
