"""Hand-written name lists for pii_dev7 and the Person model.

Every list here was written for this corpus. Faker (seeded from the one
random.Random) adds variety for locales where it is good; the hand lists carry the
cultures where it is weak, the particles (van der, de la, bin, al-, ibn, O', Mc),
hyphenated and double-barrelled surnames, nicknames and the native-script names.

Lists are '|'-separated. A given-name entry "Nom/Case1/Case2..." carries the case
forms named by the culture's ``cases``. A family entry "Masc/Fem" carries gendered
forms; ":m" or ":f" restricts an entry to one gender.
"""
import re
import unicodedata


def _split(s):
    return [x.strip() for x in s.split("|") if x.strip()]


CULTURES = {}


def culture(code, lang, m, f, fam, order="wf", faker=None, nick=None, cases=(),
            native=None, weight=1.0, title_m="Mr", title_f="Ms"):
    if native:
        native = dict(native)
        for k in ("m", "f", "fam"):
            native[k] = _split(native[k])
    CULTURES[code] = dict(code=code, lang=lang, m=_split(m), f=_split(f), fam=_split(fam),
                          order=order, faker=faker, nick=nick or {}, cases=tuple(cases),
                          native=native, weight=weight, title_m=title_m, title_f=title_f)


# ------------------------------------------------------------------ English-speaking
culture("en_US", "en",
        m="Marcus|Tyler|DeShawn|Ethan|Caleb|Jamal|Brandon|Cody|Luis|Trevor|Darnell|Hunter|Jordan|Malik|Connor|Elijah|Mason|Reggie",
        f="Ashley|Brianna|Kayla|Jasmine|Madison|Tamika|Shelby|Megan|Destiny|Alyssa|Kendra|Lauren|Jess|Brooke|Aaliyah|Courtney|Maya|Tiffany",
        fam="Washington|Reynolds|Brooks|Jenkins|Coleman|Whitaker|Delgado|Ramirez|Kowalczyk|Hoang|Pruitt|Sullivan|McKinney|Okafor-Reed|Van Buskirk|DiMaggio|Castellano|Blackwood",
        faker="en_US", nick={"Jessica": "Jess", "Michael": "Mike", "Elizabeth": "Liz", "Robert": "Bobby",
                             "Christopher": "Chris", "Katherine": "Katie", "Jennifer": "Jen", "Daniel": "Danny",
                             "Reginald": "Reggie", "Alexandra": "Alex", "Nicholas": "Nick", "Samantha": "Sam"})
culture("en_GB", "en",
        m="Oliver|Harry|Alfie|Callum|Rhys|Ewan|Finlay|Jack|Rory|Hamish|Gareth|Dylan|Angus|Owain|Toby|Barnaby",
        f="Amelia|Isla|Poppy|Harriet|Freya|Imogen|Bethan|Eilidh|Georgia|Rosie|Niamh|Phoebe|Sian|Cerys|Hattie|Kirsty",
        fam="Pemberton-Hughes|Ashworth-Clarke|Fairbairn|MacLeod|McAllister|Mackenzie|Llewellyn|ap Rhys|Hollingsworth|Featherstone|Carmichael|Whitcombe|Thistlethwaite|Bradshaw|Oyelaran-Smith|Hussain|Griffiths|Lockhart",
        faker="en_GB", nick={"Harriet": "Hattie", "Alfred": "Alfie", "Rebecca": "Becky", "Thomas": "Tom",
                             "Edward": "Ted", "Margaret": "Maggie", "Catherine": "Cat"})
culture("en_IE", "en",
        m="Ciarán|Oisín|Cian|Pádraig|Eoin|Tadhg|Darragh|Seán|Colm|Fionn|Ruairí|Dónal|Cathal|Diarmuid",
        f="Siobhán|Aoife|Niamh|Sadhbh|Róisín|Caoimhe|Orla|Clodagh|Gráinne|Saoirse|Aisling|Méabh|Deirbhile|Ailbhe",
        fam="O'Brien|O'Sullivan|McCarthy|Byrne|Fitzgerald|MacNamara|O'Connell|Kavanagh|Ó Súilleabháin:m|Ní Shúilleabháin:f|Mac Giolla Phádraig:m|Nic Giolla Phádraig:f|Ó Dónaill:m|Ní Dhónaill:f|Walsh|O'Neill|McGrath|Ó Briain:m|Ní Bhriain:f|O'Donoghue",
        faker="en_IE", nick={"Pádraig": "Paudie", "Diarmuid": "Dermot", "Seán": "Shane"})
culture("en_AU", "en",
        m="Lachlan|Jarrah|Bailey|Harrison|Cooper|Darcy|Riley|Brodie|Flynn|Kane",
        f="Matilda|Chloe|Tahlia|Mackenzie|Summer|Indigo|Jorja|Sienna|Kiara|Ellie",
        fam="Nguyen|Fitzpatrick|O'Rourke|Papadakis|Whitlock|Campbell|Kerr|Tran|Bellamy|Dunstan",
        faker="en_AU", nick={"Lachlan": "Lachie", "Matilda": "Tilly", "Harrison": "Harry"})
culture("en_NZ", "en",
        m="Wiremu|Tāne|Hemi|Rangi|Tama|Nikau|Manaia|Ihaia|Rāwiri|Kahu",
        f="Aroha|Mere|Anahera|Ngaio|Kiri|Hine|Moana|Tui|Marama|Awhina",
        fam="Ngata|Parata|Walker|Te Whata|Horomona|Tipene|Rāwiri|Paewai|Te Kani|Wihongi|Mahuika",
        faker="en_NZ")
culture("en_ZA", "en",
        m="Sipho|Bongani|Lwazi|Themba|Sibusiso|Thabo|Mandla|Kagiso|Lungile|Pieter|Tshepo|Andile",
        f="Thandiwe|Nomvula|Ayanda|Zanele|Lindiwe|Lerato|Naledi|Palesa|Nandi|Anri|Refilwe|Busisiwe",
        fam="Dlamini|Nkosi|Mthembu|Ndlovu|Khumalo|van Wyk|Botha|du Plessis|Mahlangu|Mokoena|Molefe|Sithole|van der Merwe|Naidoo|Radebe|le Roux",
        faker="zu_ZA", nick={"Bongani": "Bongi", "Sibusiso": "Sbu", "Thandiwe": "Thandi", "Lindiwe": "Lindi"})
culture("en_NG", "en",
        m="Adebayo|Tunde|Olumide|Femi|Kehinde|Chidi|Emeka|Obinna|Aminu|Musa|Ifeanyi|Segun|Chukwuemeka|Babatunde",
        f="Folake|Funmilayo|Yetunde|Temitope|Bisi|Ngozi|Chiamaka|Adaeze|Zainab|Hadiza|Nkechi|Omolara|Ifeoma|Amarachi",
        fam="Adeyemi|Ogunleye|Okonkwo|Balogun|Adewale|Oladipo|Afolabi|Okafor|Nwosu|Eze|Okoro|Bello|Abubakar|Danjuma|Onyekachi|Adeleke-Cole",
        faker="yo_NG", nick={"Babatunde": "Tunde", "Oluwafemi": "Femi", "Chukwuemeka": "Emeka", "Olubisi": "Bisi"})
culture("ak_GH", "en",
        m="Kwame|Kofi|Yaw|Kwabena|Kojo|Kwaku|Kwesi|Fiifi|Nana Kwame|Yaw Boakye",
        f="Ama|Akosua|Abena|Efua|Adwoa|Akua|Esi|Afua|Yaa|Araba",
        fam="Mensah|Owusu|Asante|Boateng|Osei|Agyeman|Appiah|Ofori|Darko|Amoako|Quansah",
        faker="tw_GH")
culture("sw_KE", "sw",
        m="Baraka|Juma|Otieno|Kazungu|Jabari|Mwangi|Kipchoge|Omondi|Hamisi|Rashidi|Mutua|Kamau",
        f="Neema|Wanjiru|Achieng|Zawadi|Imani|Halima|Mwajuma|Amani|Nyokabi|Wambui|Rehema|Furaha",
        fam="Mwangi|Ochieng|Kamau|Wanjiku|Njoroge|Mutua|Odhiambo|Kariuki|Mbwana|Salim|Kiptoo|Chebet|Wekesa|Mwakilema",
        faker="sw", title_m="Bw.", title_f="Bi.")
culture("am_ET", "en",
        m="Abebe|Dawit|Yonas|Bereket|Tesfaye|Henok|Samuel|Fitsum|Nahom|Eyob",
        f="Tigist|Selam|Hiwot|Meron|Mekdes|Bethlehem|Rahel|Liya|Saron|Tsion",
        fam="Girma|Bekele|Haile|Tadesse|Alemu|Kebede|Wolde|Assefa|Mengistu|Gebremedhin")
culture("yo_NG", "yo",
        m="Adébáyọ̀|Olúwaṣeun|Túndé|Fẹ́mi|Kéhìndé|Ayọ̀dèjì|Ṣẹ̀gun|Oláolúwa",
        f="Fọláké|Yétúndé|Títílayọ̀|Bísí|Ọmọ́lará|Àdùkẹ́|Mọ́jísọ́lá|Ìyábọ̀",
        fam="Adéyẹmí|Ògúnlẹ́yẹ|Balógun|Adéwálé|Ọládipọ̀|Afọlábí|Àjàyí|Òjó",
        faker="yo_NG")

# ------------------------------------------------------------------ Europe (Latin)
culture("es_ES", "es",
        m="Mateo|Alejandro|José Luis|Javier|Iñaki|Álvaro|Sergio|Rubén|Pablo|Jorge|Íker|Francisco|Ignacio|Jesús",
        f="Lucía|María José|Carmen|Nerea|Ainhoa|Marta|Irene|Pilar|Rocío|Montserrat|Begoña|Inmaculada|Alba|Noelia",
        fam="García|Rodríguez|Fernández|de la Cruz|del Valle|Martínez-Soto|Gutiérrez|Castillo|Morales|Sáez de Ibarra|Ruiz|Navarro|Iglesias|Etxeberria|Villanueva|Ortega",
        faker="es_ES", nick={"Francisco": "Paco", "Ignacio": "Nacho", "José Luis": "Pepe", "Montserrat": "Montse",
                             "Inmaculada": "Inma", "Jesús": "Chuy", "Guadalupe": "Lupe", "Concepción": "Concha"},
        title_m="Sr.", title_f="Sra.")
culture("es_MX", "es",
        m="Santiago|Diego|Emiliano|Jesús|Rodrigo|Luis Ángel|Fernando|Héctor|Ulises|Armando",
        f="Ximena|Guadalupe|Valentina|Camila|Fernanda|Itzel|Daniela|Yesenia|Mariana|Citlali",
        fam="Hernández|López|Ramírez|Flores|de la Garza|Cervantes|Treviño|Aguilar|Cuauhtémoc|Villarreal|Zamora|Ochoa",
        faker="es_MX", nick={"Guadalupe": "Lupe", "Jesús": "Chuy", "Fernanda": "Fer", "Rodrigo": "Rodri"},
        title_m="Sr.", title_f="Sra.")
culture("es_AR", "es",
        m="Facundo|Tomás|Joaquín|Agustín|Gonzalo|Nicolás|Matías|Ezequiel",
        f="Agustina|Florencia|Milagros|Sofía|Catalina|Rocío|Micaela|Julieta",
        fam="Fernández|González|Pérez Aguirre|Sosa|Benítez|Acosta|Medina|Quiroga|Di Pietro|Rossi Vidal",
        faker="es_AR", nick={"Florencia": "Flor", "Agustina": "Agus", "Facundo": "Facu", "Joaquín": "Joaco"},
        title_m="Sr.", title_f="Sra.")
culture("es_CO", "es",
        m="Andrés|Camilo|Sebastián|Juan Pablo|Esteban|Julián",
        f="Valeria|Natalia|Luisa Fernanda|Paola|Catalina|Manuela",
        fam="Restrepo|Gómez|Cardona|Ospina|Valencia|Zuluaga|Quintero|Londoño",
        faker="es_CO", title_m="Sr.", title_f="Sra.")
culture("pt_BR", "pt",
        m="João Pedro|Thiago|Gabriel|Rafael|Lucas|Washington|Gustavo|Caio|Vinícius|Leandro|Anderson|Wellington",
        f="Ana Clara|Beatriz|Larissa|Luíza|Conceição|Thaís|Fernanda|Jéssica|Gabriela|Raíssa|Francisca|Letícia",
        fam="Silva|Santos|Oliveira|Souza|Pereira|da Silva|dos Santos|de Almeida|Carvalho|Rodrigues|Nascimento|Lima|Araújo|Barbosa|Cavalcanti",
        faker="pt_BR", nick={"Beatriz": "Bia", "Rafael": "Rafa", "Gabriela": "Gabi", "Francisca": "Chica",
                             "Vinícius": "Vini", "Fernanda": "Nanda"},
        title_m="Sr.", title_f="Sra.")
culture("pt_PT", "pt",
        m="Gonçalo|Tiago|Duarte|Rodrigo|Afonso|Nuno|Rui|Bernardo",
        f="Inês|Mafalda|Leonor|Matilde|Beatriz|Catarina|Joana|Margarida",
        fam="Ferreira|Costa|Martins|Sousa|Gonçalves|Pinto|Teixeira|Moreira|Correia|Vasconcelos",
        faker="pt_PT", title_m="Sr.", title_f="Sra.")
culture("fr_FR", "fr",
        m="Théo|Mathieu|Jean-Baptiste|Benoît|Guillaume|Hugo|Loïc|Quentin|Antoine|Rémi|Yannick|Jérôme",
        f="Anaïs|Chloé|Léa|Marie-Claire|Hélène|Océane|Clémence|Margaux|Élodie|Maëlle|Solène|Inès",
        fam="Lefebvre|Dubois|Moreau|Girard|de la Tour|Lemoine|Fontaine|Rousseau|Le Goff|Mercier|Benali|Faure|Chevalier|Delacroix-Martin|Nguyen|Le Bihan",
        faker="fr_FR", title_m="M.", title_f="Mme")
culture("fr_CA", "fr",
        m="Maxime|Étienne|Olivier|Félix|Jean-François|Samuel",
        f="Geneviève|Marie-Ève|Josée|Audrey|Catherine|Mélissa",
        fam="Tremblay|Gagnon|Bouchard|Côté|Pelletier|Lévesque|Bergeron|Ouellet",
        faker="fr_CA", title_m="M.", title_f="Mme")
culture("fr_SN", "fr",
        m="Mamadou|Ousmane|Cheikh|Abdoulaye|Moussa",
        f="Aminata|Fatou|Awa|Mariama|Khady",
        fam="Diop|Ndiaye|Fall|Sow|Diallo|Ba|Sarr|Faye", title_m="M.", title_f="Mme")
culture("de_DE", "de",
        m="Jürgen|Lukas|Jörg|Felix|Björn|Maximilian|Timo|Uwe|Sören|Niklas|Moritz|Dirk",
        f="Sabine|Anna-Lena|Mareike|Heike|Ursula|Jana|Katrin|Leonie|Svenja|Birgit|Franziska|Merle",
        fam="Schneider|Fischer|Weber|Becker|von Lindenau|von der Heyde|Hoffmann|Schäfer|Krüger|Wagner-Rieß|Zimmermann|Öztürk|Kowalewski|Bauer|Hartmann|Lange",
        faker="de_DE", nick={"Franziska": "Franzi", "Maximilian": "Max", "Katharina": "Kathi"},
        title_m="Herr", title_f="Frau")
culture("de_AT", "de",
        m="Florian|Stefan|Lorenz|Matthias|Klemens",
        f="Theresa|Magdalena|Verena|Johanna|Christina",
        fam="Gruber|Huber|Pichler|Steiner|Moser|Mayrhofer|Wallner",
        faker="de_AT", title_m="Herr", title_f="Frau")
culture("de_CH", "de",
        m="Reto|Urs|Beat|Gian-Luca|Mattia",
        f="Regula|Seraina|Corinne|Nadja|Mirjam",
        fam="Meier|Brunner|Baumgartner|Keller|Hürlimann|Widmer|von Arx",
        faker="de_CH", title_m="Herr", title_f="Frau")
culture("it_IT", "it",
        m="Marco|Alessandro|Matteo|Lorenzo|Davide|Giacomo|Federico|Salvatore|Gianluca|Pierpaolo",
        f="Giulia|Francesca|Chiara|Sara|Giorgia|Federica|Martina|Alessia|Ilaria|Benedetta",
        fam="Russo|Esposito|Bianchi|Romano|Colombo|De Luca|Di Stefano|D'Angelo|Lo Russo|Ferrari|Greco|Marchetti|Fontana|Dell'Acqua|Santoro",
        faker="it_IT", nick={"Francesca": "Fra", "Alessandro": "Ale", "Giacomo": "Jack", "Salvatore": "Totò"},
        title_m="Sig.", title_f="Sig.ra")
culture("nl_NL", "en",
        m="Daan|Bram|Jeroen|Sven|Ruben|Thijs|Joost|Maarten|Wouter|Sjoerd",
        f="Sanne|Femke|Lotte|Anouk|Maaike|Eline|Fleur|Marloes|Iris|Noor",
        fam="de Vries|van der Berg|van den Heuvel|Jansen|de Jong|Bakker|Visser|van Dijk|Smit|Meijer|de Boer|van der Meer|ter Horst|van 't Hof|Verhoeven|Kuipers",
        faker="nl_NL")
culture("sv_SE", "en",
        m="Erik|Johan|Oskar|Nils|Björn|Gustav|Linus|Anders",
        f="Linnea|Elsa|Ingrid|Maja|Astrid|Saga|Sigrid|Ebba",
        fam="Lindqvist|Andersson|Johansson|Karlsson|Nilsson|Bergström|Sjöberg|Lundgren|Holmqvist",
        faker="sv_SE")
culture("nb_NO", "en",
        m="Sindre|Øystein|Håkon|Eirik|Magnus|Torbjørn",
        f="Siri|Kari|Solveig|Ragnhild|Ingvild|Tuva",
        fam="Hansen|Johansen|Olsen|Haugen|Bakken|Dahl|Strand|Solberg|Aasheim",
        faker="no_NO")
culture("da_DK", "en",
        m="Søren|Rasmus|Mads|Anders|Frederik",
        f="Mette|Freja|Ida|Signe|Karen",
        fam="Jensen|Nielsen|Pedersen|Christensen|Møller|Kjær|Østergaard",
        faker="da_DK")
culture("fi_FI", "en",
        m="Eero|Mikko|Juha|Antti|Ville|Jukka|Teemu|Lauri",
        f="Aino|Satu|Laura|Kaisa|Tuula|Hanna|Elina|Päivi",
        fam="Virtanen|Korhonen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Koskinen|Heikkinen|Järvinen",
        faker="fi_FI")
culture("pl_PL", "pl", cases=("gen", "dat", "ins"),
        m="Tomek/Tomka/Tomkowi/Tomkiem|Piotr/Piotra/Piotrowi/Piotrem|Marek/Marka/Markowi/Markiem|"
          "Paweł/Pawła/Pawłowi/Pawłem|Krzysztof/Krzysztofa/Krzysztofowi/Krzysztofem|Jakub/Jakuba/Jakubowi/Jakubem|"
          "Michał/Michała/Michałowi/Michałem|Grzegorz/Grzegorza/Grzegorzowi/Grzegorzem|Bartek/Bartka/Bartkowi/Bartkiem",
        f="Kasia/Kasi/Kasi/Kasią|Magda/Magdy/Magdzie/Magdą|Agnieszka/Agnieszki/Agnieszce/Agnieszką|"
          "Ania/Ani/Ani/Anią|Zosia/Zosi/Zosi/Zosią|Ewa/Ewy/Ewie/Ewą|Małgorzata/Małgorzaty/Małgorzacie/Małgorzatą|"
          "Joanna/Joanny/Joannie/Joanną|Dorota/Doroty/Dorocie/Dorotą",
        fam="Nowak|Wiśniewski/Wiśniewska|Wójcik|Kamiński/Kamińska|Lewandowski/Lewandowska|Zieliński/Zielińska|"
            "Szymański/Szymańska|Woźniak|Dąbrowski/Dąbrowska|Grabowski/Grabowska|Pawlak|Krawczyk|Jabłoński/Jabłońska",
        faker="pl_PL", title_m="Pan", title_f="Pani")
culture("cs_CZ", "en",
        m="Jiří|Tomáš|Ondřej|Jakub|Lukáš|Vojtěch",
        f="Petra|Lucie|Tereza|Kateřina|Zuzana|Barbora",
        fam="Novák/Nováková|Svoboda/Svobodová|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá",
        faker="cs_CZ")
culture("hu_HU", "en", order="fw",
        m="Bence|Gábor|Levente|Balázs|Zoltán|Márton",
        f="Eszter|Zsófia|Réka|Dóra|Katalin|Boglárka",
        fam="Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh",
        faker="hu_HU")
culture("ro_RO", "en",
        m="Andrei|Mihai|Radu|Bogdan|Cătălin|Ștefan",
        f="Ioana|Elena|Alexandra|Ana-Maria|Irina|Oana",
        fam="Popescu|Ionescu|Popa|Dumitru|Stan|Constantinescu|Stoica|Munteanu",
        faker="ro_RO")
culture("tr_TR", "tr",
        m="Mehmet|Mustafa|Emre|Can|Burak|Cem|Oğuz|Kaan|Umut|Serkan|Barış|Tolga|Deniz",
        f="Ayşe|Elif|Zeynep|Selin|Gülşen|Yıldız|Ece|Deniz|Merve|Büşra|Şule|Özlem|Tuğba",
        fam="Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldırım|Aydın|Öztürk|Arslan|Doğan|Kılıç|Aksoy|Erdem|Korkmaz|Güneş",
        title_m="Bey", title_f="Hanım")
culture("el_GR", "el", cases=("acc",),
        m="Giorgos|Dimitris|Nikos|Kostas|Yiannis|Thanasis|Stavros|Panagiotis",
        f="Maria|Eleni|Katerina|Sofia|Ioanna|Despina|Vasiliki|Eirini",
        fam="Papadopoulos/Papadopoulou|Georgiou|Nikolaidis/Nikolaidou|Konstantinou|Pappas/Pappa|Vlachos/Vlachou|Oikonomou|Karagiannis/Karagianni",
        native=dict(
            m="Γιώργος/Γιώργο|Δημήτρης/Δημήτρη|Νίκος/Νίκο|Κώστας/Κώστα|Γιάννης/Γιάννη|Θανάσης/Θανάση|Σταύρος/Σταύρο|Παναγιώτης/Παναγιώτη",
            f="Μαρία/Μαρία|Ελένη/Ελένη|Κατερίνα/Κατερίνα|Σοφία/Σοφία|Ιωάννα/Ιωάννα|Δέσποινα/Δέσποινα|Βασιλική/Βασιλική|Ειρήνη/Ειρήνη",
            fam="Παπαδόπουλος/Παπαδοπούλου|Γεωργίου|Νικολαΐδης/Νικολαΐδου|Κωνσταντίνου|Παππάς/Παππά|Βλάχος/Βλάχου|Οικονόμου|Καραγιάννης/Καραγιάννη",
            cases=("acc",)))
culture("ru_RU", "ru", cases=("gen", "dat", "ins"),
        m="Dmitri|Sergei|Alexei|Pavel|Nikita|Maxim|Andrei|Igor",
        f="Anastasia|Ekaterina|Natalia|Olga|Tatiana|Yulia|Svetlana|Daria",
        fam="Volkov/Volkova|Sokolov/Sokolova|Lebedev/Lebedeva|Novikov/Novikova|Morozov/Morozova|Kuznetsov/Kuznetsova|Orlov/Orlova|Belyaev/Belyaeva",
        nick={"Alexei": "Lyosha", "Ekaterina": "Katya", "Dmitri": "Dima", "Natalia": "Natasha", "Aleksandr": "Sasha"},
        native=dict(
            m="Иван/Ивана/Ивану/Иваном|Олег/Олега/Олегу/Олегом|Дмитрий/Дмитрия/Дмитрию/Дмитрием|Сергей/Сергея/Сергею/Сергеем|"
              "Алексей/Алексея/Алексею/Алексеем|Павел/Павла/Павлу/Павлом|Никита/Никиты/Никите/Никитой|Максим/Максима/Максиму/Максимом|"
              "Артём/Артёма/Артёму/Артёмом|Александр/Александра/Александру/Александром",
            f="Мария/Марии/Марии/Марией|Анна/Анны/Анне/Анной|Екатерина/Екатерины/Екатерине/Екатериной|Наталья/Натальи/Наталье/Натальей|"
              "Ольга/Ольги/Ольге/Ольгой|Татьяна/Татьяны/Татьяне/Татьяной|Юлия/Юлии/Юлии/Юлией|Ксения/Ксении/Ксении/Ксенией|"
              "Надежда/Надежды/Надежде/Надеждой|Вера/Веры/Вере/Верой|Любовь/Любови/Любови/Любовью",
            fam="Иванов/Иванова|Смирнов/Смирнова|Кузнецов/Кузнецова|Попов/Попова|Соколов/Соколова|Лебедев/Лебедева|"
                "Новиков/Новикова|Морозов/Морозова|Волков/Волкова|Фёдоров/Фёдорова|Белых|Шевчук",
            cases=("gen", "dat", "ins"), faker="ru_RU",
            nick={"Александр": "Саша", "Дмитрий": "Дима", "Екатерина": "Катя", "Мария": "Маша", "Наталья": "Наташа",
                  "Алексей": "Лёша", "Ольга": "Оля", "Павел": "Паша", "Татьяна": "Таня", "Сергей": "Серёжа",
                  "Анна": "Аня", "Иван": "Ваня", "Надежда": "Надя", "Ксения": "Ксюша", "Юлия": "Юля"}))
culture("uk_UA", "en",
        m="Taras|Bohdan|Andriy|Oleksandr|Mykola|Yaroslav",
        f="Oksana|Iryna|Nataliia|Olena|Solomiia|Khrystyna",
        fam="Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Kravchuk|Hnatyuk|Savchenko",
        nick={"Oleksandr": "Sasha", "Nataliia": "Natalka"})
culture("ka_GE", "en",
        m="Giorgi|Levan|Davit|Irakli|Luka", f="Nino|Tamar|Mariam|Ketevan|Salome",
        fam="Beridze|Kapanadze|Gelashvili|Tsiklauri|Lomidze|Kvaratskhelia")
culture("hy_AM", "en",
        m="Aram|Tigran|Narek|Vardan|Hayk", f="Ani|Lusine|Anahit|Gayane|Siranush",
        fam="Petrosyan|Hovhannisyan|Sargsyan|Grigoryan|Harutyunyan|Avetisyan")
culture("kk_KZ", "en",
        m="Bolat|Nurlan|Yerlan|Daulet|Askar|Arman|Timur",
        f="Aigerim|Dana|Aruzhan|Madina|Saule|Dinara|Zhanar",
        fam="Nurlanov/Nurlanova|Bekov/Bekova|Akhmetov/Akhmetova|Seitkali|Zhunusov/Zhunusova|Omarov/Omarova|Abenov/Abenova|Tulegenov/Tulegenova")
culture("haw_US", "en",
        m="Keanu|Kai|Makana|Kalani|Ikaika|Kainoa", f="Leilani|Noelani|Mahina|Kiele|Anela|Kalena",
        fam="Kahale|Akana|Kealoha|Kamakana|Nakoa|Kahananui|Palakiko")

# ------------------------------------------------------------------ West / South Asia, MENA
culture("ar_SA", "ar",
        m="Ahmed|Omar|Khalid|Yousef|Hassan|Tariq|Karim|Faisal|Saeed|Abdullah|Mahmoud|Nabil",
        f="Fatima|Layla|Noor|Mariam|Rania|Huda|Salma|Aisha|Reem|Dalia|Lina|Yasmin",
        fam="al-Mansouri|Haddad|Khoury|El-Sayed|al-Harbi|Abdelrahman|Nasser|Saleh|al-Shami|Qasim|al-Otaibi|Bou Saab|Abu Zaid|al-Qahtani|"
            "ibn Rashid:m|bint Hamad:f|bin Salem al-Harbi:m|bint Salem al-Harbi:f|Al-Farsi|ibn Yusuf:m|bint Nasser:f",
        native=dict(
            m="أحمد|عمر|خالد|يوسف|حسن|طارق|كريم|فيصل|سعيد|عبدالله|محمود|نبيل",
            f="فاطمة|ليلى|نور|مريم|رانيا|هدى|سلمى|عائشة|ريم|داليا|لينا|ياسمين",
            fam="الحداد|المنصوري|الخوري|العتيبي|السيد|القحطاني|الشمري|النجار|الزعبي|بن سالم"),
        title_m="Mr", title_f="Ms")
culture("fa_IR", "en",
        m="Dariush|Reza|Arash|Kaveh|Farhad|Babak|Omid|Siavash",
        f="Shirin|Maryam|Parisa|Nasrin|Behnaz|Niloufar|Golnaz|Shabnam",
        fam="Hosseini|Rahimi|Tehrani|Karimi|Moradi|Jafari|Sadeghi|Ghorbani|Mousavi")
culture("he_IL", "he",
        m="Itai|Omer|Eitan|Avi|Yonatan|Dror|Noam|Gilad|Amit|Tal",
        f="Noa|Yael|Tamar|Shira|Maya|Michal|Hila|Adi|Liat|Tal",
        fam="Cohen|Levi|Mizrahi|Peretz|Friedman|Ben-David|Azoulay|Shapira|Ben-Ami|Katz|Avraham|Biton",
        native=dict(
            m="איתי|עומר|איתן|אבי|יונתן|דרור|נועם|גלעד|עמית|טל",
            f="נועה|יעל|תמר|שירה|מאיה|מיכל|הילה|עדי|ליאת|טל",
            fam="כהן|לוי|מזרחי|פרץ|פרידמן|בן-דוד|אזולאי|שפירא|בן-עמי|כץ|אברהם|ביטון", faker="he_IL"))
culture("hi_IN", "hi",
        m="Rahul|Vikram|Arjun|Rohan|Aditya|Siddharth|Karthik|Venkatesh|Amit|Pranav|Harish|Sandeep",
        f="Priya|Anjali|Sneha|Kavya|Neha|Meera|Lakshmi|Pooja|Divya|Ananya|Shreya|Swati",
        fam="Sharma|Patel|Iyer|Reddy|Nair|Gupta|Menon|Chatterjee|Banerjee|Krishnamurthy|Subramanian|Mukherjee|Singh|Kaur|Desai|Venkataraman",
        nick={"Venkatesh": "Venky", "Siddharth": "Sid", "Aditya": "Adi", "Lakshmi": "Lux"},
        native=dict(
            m="राहुल|विक्रम|अर्जुन|रोहन|आदित्य|अमित|सुनील|मनोज|दीपक|संजय",
            f="प्रिया|अंजलि|स्नेहा|नेहा|मीरा|सुनीता|पूजा|कविता|रेखा|दिव्या",
            fam="शर्मा|वर्मा|गुप्ता|सिंह|पटेल|यादव|मिश्रा|जोशी|चौहान|अग्रवाल"),
        title_m="Mr", title_f="Ms")
culture("ta_IN", "en",
        m="Karthikeyan|Senthil|Murugan|Arun|Balaji|Vignesh", f="Kavitha|Revathi|Janani|Divya|Meenakshi|Nandhini",
        fam="Subramanian|Ramasamy|Krishnan|Natarajan|Annamalai|Sundaram")
culture("ur_PK", "en",
        m="Bilal|Hamza|Usman|Faisal|Zeeshan|Imran|Asad", f="Ayesha|Sana|Zara|Mehwish|Hira|Sadia|Maham",
        fam="Khan|Qureshi|Malik|Siddiqui|Chaudhry|Butt|Awan|Raza|Sheikh")
culture("bn_BD", "en",
        m="Tanvir|Rafiq|Sabbir|Arif|Mahmud|Shakil", f="Nusrat|Farhana|Taslima|Sharmin|Tahmina|Rumana",
        fam="Rahman|Hossain|Islam|Ahmed|Chowdhury|Akter|Sarkar|Talukder")

# ------------------------------------------------------------------ East / South-East Asia
culture("vi_VN", "vi", order="fw",
        m="Minh|Hùng|Tuấn|Quang|Dũng|Khoa|Đức Anh|Bảo|Long|Phúc",
        f="Lan|Mai|Linh|Hương|Thảo|Ngọc Anh|Phương|Trang|Hạnh|Vy",
        fam="Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng|Bùi|Đỗ|Ngô",
        faker="vi_VN")
culture("id_ID", "id",
        m="Budi|Agus|Wahyu|Eko|Hendra|Bambang|Rizky|Dimas|Fajar|Arif",
        f="Sri|Dewi|Siti|Rina|Putri|Ayu|Fitri|Yuliana|Ratna|Indah",
        fam="Santoso|Wijaya|Susanto|Hartono|Pratama|Nugroho|Kusuma|Setiawan|Saputra|Lestari|Siregar|Simanjuntak",
        faker="id_ID", title_m="Pak", title_f="Bu")
culture("ms_MY", "id",
        m="Ahmad|Faizal|Hafiz|Syafiq|Amirul|Zulkifli", f="Nurul Aisyah|Aminah|Farah|Izzati|Siti Hajar|Nur Syazwani",
        fam="bin Ismail:m|binti Rahman:f|bin Omar:m|binti Yusof:f|bin Abdullah:m|binti Hassan:f|bin Salleh:m|binti Ahmad:f",
        title_m="Encik", title_f="Puan")
culture("fil_PH", "en",
        m="Jayson|Paolo|Carlo|Jericho|Mark Anthony|Rommel|Darwin|Jun-Jun|Bong|Reynaldo",
        f="Maricel|Rowena|Bea|Princess|Lovely|Joy|Maria Cristina|Kristine|Jhoanna|Liezl",
        fam="Santos|Reyes|Bautista|Ocampo|Mendoza|Villanueva|Dela Cruz|Macaraeg|Dimaculangan|Pangilinan|Soriano|Manalo",
        faker="fil_PH")
culture("th_TH", "th",
        m="Somchai|Kittipong|Chaiwat|Thanawat|Anucha|Prasert|Nattapong|Bank|Golf|Beam",
        f="Malee|Siriporn|Anong|Pimchanok|Ploy|Nok|Mint|Kanokwan|Supaporn|Fah",
        fam="Srisuk|Wongsakul|Saetang|Boonmee|Kaewmanee|Thongchai|Phromma|Chaisiri|Sukjai|Rattanapong",
        native=dict(
            m="สมชาย|กิตติพงษ์|ชัยวัฒน์|ธนวัฒน์|อนุชา|ประเสริฐ|ณัฐพงษ์|วีระ|สุรชัย",
            f="มาลี|ศิริพร|อนงค์|พิมพ์ชนก|กนกวรรณ|สุภาพร|พลอย|นภา|อรทัย",
            fam="ศรีสุข|วงศ์สกุล|แซ่ตั้ง|บุญมี|แก้วมณี|ทองชัย|พรหมมา|ชัยศิริ|สุขใจ|รัตนพงษ์"),
        title_m="Khun", title_f="Khun")
culture("ja_JP", "ja", order="either",
        m="Haruto|Kenji|Ren|Takeshi|Sota|Daisuke|Hiroshi|Kaito|Yuto|Shinji",
        f="Yuki|Sakura|Aiko|Hina|Yui|Emi|Misaki|Naomi|Ayaka|Rina",
        fam="Tanaka|Suzuki|Takahashi|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Sasaki|Matsumoto|Inoue",
        native=dict(
            m="健二|翔太|大輔|拓也|蓮|悠人|直樹|和也|浩一|陽斗",
            f="裕子|愛子|美咲|陽菜|結衣|さくら|恵美|真由美|彩花|千尋",
            fam="田中|鈴木|高橋|渡辺|伊藤|山本|中村|小林|加藤|佐々木|松本|井上",
            order="fw_sp", faker="ja_JP"))
culture("zh_CN", "zh", order="either",
        m="Wei|Hao|Jun|Lei|Haoran|Zihao|Yichen|Jianguo|Tao|Xiaoming",
        f="Jing|Mei|Yan|Fang|Tingting|Zihan|Xinyi|Yutong|Xiaoli|Ying",
        fam="Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Lin|Guo",
        native=dict(
            m="伟|强|磊|洋|浩然|俊杰|子轩|建国|志强|宇航",
            f="芳|娜|敏|静|婷婷|子涵|欣怡|雨桐|晓丽|佳怡",
            fam="王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|林|郭",
            order="fw_ns", faker="zh_CN"))
culture("zh_TW", "zh", order="either",
        m="Chih-ming|Chia-hao|Kuan-yu|Wen-hsiung|Yu-ting", f="Ya-ting|Yi-chun|Shu-fen|Hsin-yi|Pei-shan",
        fam="Chen|Lin|Huang|Chang|Lee|Wang|Tsai|Hsu|Cheng",
        native=dict(m="志明|家豪|冠宇|文雄|建宏|俊傑", f="雅婷|怡君|淑芬|欣怡|佩珊|美玲",
                    fam="陳|林|黃|張|李|王|蔡|許|鄭", order="fw_ns", faker="zh_TW"))
culture("ko_KR", "ko", order="fw",
        m="Min-jun|Ji-ho|Do-yun|Jae-won|Hyun-woo|Seung-hoon|Tae-yang|Joon-young",
        f="Seo-yeon|Ha-eun|Soo-jin|Ji-woo|Eun-ji|Ye-rin|Min-seo|Da-eun",
        fam="Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin",
        native=dict(m="민준|지호|도윤|재원|현우|승훈|태양|준영|시우|건우",
                    f="서연|하은|수진|지우|은지|예린|민서|다은|지민|서윤",
                    fam="김|이|박|최|정|강|조|윤|장|임|한|신",
                    order="fw_ns", faker="ko_KR"))

# Names that are also places, brands, products, months or common words. Used in the
# "collision" templates, always in a context that makes them a person.
COLLIDERS = {
    # name: (gender, family names to pair with, decoy phrase it collides with, decoy type)
    "Florence": ("f", ["Adeyemi", "Whitcombe", "Moreau"]),
    "Charlotte": ("f", ["Bergström", "Okafor", "Lindqvist"]),
    "Victoria": ("f", ["Ramírez", "Chen", "Kowalczyk"]),
    "Austin": ("m", ["Brooks", "Mwangi", "Delgado"]),
    "Sydney": ("f", ["Park", "Whitaker", "Nakoa"]),
    "Madison": ("f", ["Coleman", "Reyes", "Fairbairn"]),
    "Jackson": ("m", ["Tipene", "Pruitt", "Okonkwo"]),
    "Paris": ("f", ["Hussain", "Delgado", "Jenkins"]),
    "Georgia": ("f", ["Llewellyn", "Papadakis", "Brooks"]),
    "Savannah": ("f", ["Whitlock", "Mensah", "Reynolds"]),
    "Chelsea": ("f", ["Griffiths", "Santos", "Kahale"]),
    "Wendy": ("f", ["Tan", "Holmqvist", "Carmichael"]),
    "Tim": ("m", ["Horvat", "Laine", "Blackwood"]),
    "Ben": ("m", ["Okoro", "Sjöberg", "Ashworth-Clarke"]),
    "Mercedes": ("f", ["Ortega", "Villanueva", "Quiroga"]),
    "Siri": ("f", ["Johansen", "Haugen", "Solberg"]),
    "Alexa": ("f", ["Morales", "Nguyen", "Whitaker"]),
    "Claude": ("m", ["Martin", "Girard", "Lemoine"]),
    "Will": ("m", ["Fairbairn", "Okafor", "Brennan"]),
    "Mark": ("m", ["Jensen", "Castellano", "Nakamura"]),
    "Grace": ("f", ["Mensah", "Odhiambo", "Lockhart"]),
    "Hope": ("f", ["Adewale", "Kerr", "Nkosi"]),
    "Joy": ("f", ["Bautista", "Ogunleye", "Campbell"]),
    "Rose": ("f", ["Mahlangu", "Dunstan", "Ferrari"]),
    "Bill": ("m", ["Pruitt", "Haddad", "Lundgren"]),
    "June": ("f", ["Park", "Whitcombe", "Osei"]),
    "May": ("f", ["Tan", "Reyes", "Lockhart"]),
    "April": ("f", ["Delgado", "Morgan-Price", "Santos"]),
    "August": ("m", ["Lindqvist", "Weber", "Haugen"]),
    "Darwin": ("m", ["Macaraeg", "Soriano", "Quispe"]),
    "Washington": ("m", ["Nascimento", "Araújo", "Silva"]),
    "Lincoln": ("m", ["Barbosa", "Hayes", "Tipene"]),
    "Santiago": ("m", ["Restrepo", "Ochoa", "Benítez"]),
    "Sofia": ("f", ["Karagianni", "Lindqvist", "Morales"]),
    "Dell": ("m", ["Harper", "Kamau", "Whitlock"]),
    "Jarvis": ("m", ["Okonjo", "Pruitt", "Hale"]),
    "Tesla": ("f", ["Moreno", "Lindgren", "Kwan"]),
    "Ford": ("m", ["Kimathi", "Everett", "Calloway"]),
    "Gemma": ("f", ["Hartley", "Conti", "Brannigan"]),
    "Hugo": ("m", ["Lemoine", "Brandt", "Alves"]),
}


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()


def is_latin(s):
    return all(ord(c) < 0x250 or c in "ʻ’ṣẹọḌḍṢỌẸ" or 0x1E00 <= ord(c) <= 0x1EFF or unicodedata.combining(c)
               for c in s if c.isalpha())


class Person:
    def __init__(self, given, family, gender, culture, order="wf", cases=None, nick=None,
                 middle="", latin=None, title=None, lang="en"):
        self.given = given
        self.family = family
        self.gender = gender
        self.culture = culture
        self.order = order
        self.cases = cases or {}
        self.nick = nick or given
        self.middle = middle
        self.latin = latin or (given, family)  # romanised pair for e-mail and handles
        self.title = title
        self.lang = lang

    @property
    def full(self):
        g = self.given if not self.middle else (self.middle + " " + self.given if self.order == "fw" else self.given + " " + self.middle)
        if not self.family:
            return g
        if self.order == "fw":
            return f"{self.family} {g}"
        if self.order == "fw_ns":
            return f"{self.family}{g}"
        if self.order == "fw_sp":
            return f"{self.family} {g}"
        return f"{g} {self.family}"

    @property
    def fam(self):
        return self.family or self.given

    def upper(self, s):
        return tr_upper(s) if self.culture == "tr_TR" else s.upper()

    def local_parts(self):
        g, f = self.latin
        g = ascii_fold(g).lower().replace(" ", "").replace("'", "").replace("-", "")
        f = ascii_fold(f).lower().replace(" ", "").replace("'", "").replace("-", "")
        return g, f

    def __repr__(self):
        return f"Person({self.full!r}, {self.culture})"


# ------------------------------------------------------------------ person factory

FAM_IS_GIVEN = {"ms_MY", "id_ID", "th_TH", "am_ET"}  # "Pak Budi", "Khun Malee", "Encik Ahmad"

# Placeholder and famous combinations that must never be drawn for a private person.
BLOCKED_FULL = {
    "John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Mario Rossi", "Juan Pérez",
    "Jean Dupont", "Jan Kowalski", "Joe Bloggs", "Taro Yamada", "Yamada Taro", "山田 太郎", "山田 花子",
    "홍길동", "张三", "李四", "Juan dela Cruz", "Juan Dela Cruz", "Fulano de Tal", "Li Na", "Wang Wei",
    "Li Bai", "Yao Ming", "Иван Иванов", "Иванов Иван", "Ivan Ivanov", "Ali Baba", "Tom Jones",
    "John Smith", "Michael Jordan", "George Washington", "Jack Daniel", "Ralph Lauren", "Tim Horton",
    "Sun Li", "Kim Jong", "Nguyễn Du", "Hugo Boss", "Abebe Bikila", "Siti Nurhaliza", "José Rizal",
    "Mary Jane", "Mark Twain", "Anne Frank",
}

PATRONYMIC = {
    "m": "Иванович|Сергеевич|Петрович|Александрович|Николаевич|Андреевич|Викторович|Олегович".split("|"),
    "f": "Ивановна|Сергеевна|Петровна|Александровна|Николаевна|Андреевна|Викторовна|Олеговна".split("|"),
}
VI_MIDDLE = {"m": ["Văn", "Minh", "Đức", "Hữu", "Quốc", "Thanh"], "f": ["Thị", "Ngọc", "Thanh", "Thu", "Minh", "Bảo"]}


def _pick_given(rng, lst, cases_keys):
    entry = rng.choice(lst)
    parts = entry.split("/")
    cases = {}
    if cases_keys and len(parts) > 1:
        cases = dict(zip(cases_keys, parts[1:]))
    return parts[0], cases


PARTICLE = re.compile(r"(^|\s)(van|de|der|den|la|del|da|dos|du|le|Le|De|Di|Lo|von|zu|bin|binti|ibn|bint|al|ap|Mac|Ó|Ní|Nic|ter|Te|Bou|Abu)(\s|$)"
                      r"|-|'|^Mc|^Mac|^al-|^El-")


def _gender_ok(e, gender):
    return not (e.endswith(":m") or e.endswith(":f")) or e[-1] == gender


def _pick_family(rng, lst, gender):
    if rng.random() < 0.3:  # favour particles, hyphens and apostrophes where the culture has them
        marked = [e for e in lst if PARTICLE.search(e.split(":")[0]) and _gender_ok(e, gender)]
        if marked:
            lst = marked
    pool = []
    for e in lst:
        if e.endswith(":m") or e.endswith(":f"):
            if e[-1] != gender:
                continue
            e = e[:-2]
        pool.append(e)
    e = rng.choice(pool)
    if "/" in e:
        m, f = e.split("/")
        return f if gender == "f" else m
    return e


class PersonFactory:
    def __init__(self, rng, fakers):
        self.rng = rng
        self.fakers = fakers

    def _faker_name(self, loc, gender, what):
        f = self.fakers.get(loc)
        if f is None:
            return None
        try:
            if what == "given":
                return f.first_name_female() if gender == "f" else f.first_name_male()
            if gender == "f" and hasattr(f, "last_name_female"):
                return f.last_name_female()
            if gender == "m" and hasattr(f, "last_name_male"):
                return f.last_name_male()
            return f.last_name()
        except AttributeError:
            return None

    def make(self, code, native=False, gender=None, single=None):
        for _ in range(50):
            p = self._make(code, native, gender, single)
            if p.full not in BLOCKED_FULL:
                return p
        raise RuntimeError(code)

    def _make(self, code, native, gender, single):
        rng = self.rng
        c = CULTURES[code]
        gender = gender or rng.choice("mf")
        nat = c["native"] if (native and c["native"]) else None
        src = nat or c
        cases_keys = tuple(src.get("cases", ()) or ())
        given_list = src["f"] if gender == "f" else src["m"]
        given, cases = _pick_given(rng, given_list, cases_keys)
        # Faker adds variety where its lists are good (never for cased names)
        floc = (nat or {}).get("faker") if nat else c["faker"]
        if floc and not cases_keys and rng.random() < 0.3:
            g2 = self._faker_name(floc, gender, "given")
            if g2 and (nat or is_latin(g2)) and " " not in g2:
                given = g2
        family = _pick_family(rng, src["fam"], gender)
        if floc and rng.random() < 0.3:
            f2 = self._faker_name(floc, gender, "family")
            if f2 and (nat or is_latin(f2)):
                family = f2
        order = (nat or {}).get("order", c["order"]) if nat else c["order"]
        if order == "either":
            order = rng.choice(["wf", "fw"])
        if single is None:
            single = code == "id_ID" and rng.random() < 0.3
        if single:
            family = ""
        middle = ""
        if code == "vi_VN" and rng.random() < 0.8:
            middle = rng.choice(VI_MIDDLE[gender])
        latin = None
        if nat:
            lg, _ = _pick_given(rng, c["f"] if gender == "f" else c["m"], ())
            latin = (lg, _pick_family(rng, c["fam"], gender))
        elif not is_latin(given + family):
            latin = (ascii_fold(given) or "user", ascii_fold(family) or "mail")
        nick = ((nat or {}).get("nick") or c["nick"]).get(given, given) if nat else c["nick"].get(given, given)
        p = Person(given, family, gender, code, order=order, cases=cases, nick=nick, middle=middle,
                   latin=latin, lang=c["lang"] if native else "en")
        p.native = bool(nat)
        p.title = c["title_f"] if gender == "f" else c["title_m"]
        if code == "ru_RU" and nat:
            p.patronymic = rng.choice(PATRONYMIC[gender])
        else:
            p.patronymic = ""
        p.fam_is_given = code in FAM_IS_GIVEN
        return p

    def collider(self, name):
        g, fams = COLLIDERS[name]
        fam = self.rng.choice(fams)
        code = {"Darwin": "fil_PH", "Washington": "pt_BR", "Santiago": "es_CO", "Mercedes": "es_AR",
                "Siri": "nb_NO", "Claude": "fr_FR", "Sofia": "el_GR", "August": "sv_SE",
                "Hugo": "fr_FR"}.get(name, "en_US")
        p = Person(name, fam, g, code)
        p.native = False
        p.title = "Ms" if g == "f" else "Mr"
        p.patronymic = ""
        p.fam_is_given = False
        return p
