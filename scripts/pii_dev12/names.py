# -*- coding: utf-8 -*-
"""Hand-written name pools (no Faker).  Native-script origins store
(native, romanized) pairs.  Gendered surnames are stored per gender."""

def _s(x):
    return x.split("|")

ORIGINS = {
    # ---------------------------------------------------------------- English-speaking
    "us": dict(
        m=_s("Tyler|Marcus|DeShawn|Brandon|Cody|Jamal|Travis|Dustin|Garrett|Caleb|Logan|Jermaine|Wyatt|Colton|Trevor|Darnell|Reggie|Kyle|Elijah|Bryce"),
        f=_s("Brittany|Kayla|Shanice|Madison|Tamika|Courtney|Ashlyn|Destiny|Kelsey|Lakisha|Brianna|Haley|Jordyn|Savannah|Mackenzie|Tiana|Kristen|Ebony|Paige|Alexis"),
        fam=_s("Whitfield|Okonkwo-Barnes|Delacroix|Hollis|McAllister|Pruitt|Washburn|Jefferies|Kowalczyk|Lindqvist|Thibodeaux|Castellano|Abernathy|Pemberton|Huckaby|Vanderpool|Gutierrez|Tran|Nakamura-Reyes|O'Keefe|Baker|Young|Fox|Wolf|Greenberg|Strickland|Mendelsohn|Boudreaux"),
    ),
    "gb": dict(
        m=_s("Oliver|Harry|Rhys|Callum|Alfie|Jack|Dominic|Rupert|Gareth|Tobias|Ewan|Hamish|Nigel|Alistair|Kieran|Finlay|Declan|Graham"),
        f=_s("Imogen|Harriet|Siân|Poppy|Bethany|Eleanor|Gemma|Philippa|Niamh|Morag|Rosalind|Tamsin|Cerys|Felicity|Lowri|Hermione|Abigail|Heather"),
        fam=_s("Pickering|Ashworth|Llewellyn|Fairbairn|Whitmore|Cartwright|Hargreaves|Featherstone|Blackwood|Crowther|Pennington|ap Gruffydd|Fitzwilliam|Macdonald|Threlfall|Ogilvie|Rowntree|Davies-Pryce|Sutcliffe|Hall|Wood|Bird|Mason"),
    ),
    "ie": dict(
        m=_s("Cian|Oisín|Pádraig|Seán|Darragh|Ciarán|Eoin|Tadhg|Colm|Ruairí|Fionn|Donnacha"),
        f=_s("Siobhán|Aoife|Caoimhe|Saoirse|Gráinne|Róisín|Clodagh|Orla|Éabha|Sinéad|Aisling|Méabh"),
        fam=_s("O'Sullivan|McCarthy|Ó Briain|Ní Dhomhnaill|Kavanagh|Fitzgerald|MacNamara|Ó Conchúir|Byrne|Gallagher|Mac Giolla Phádraig|Nolan|Dunne|Keane"),
    ),
    "au": dict(
        m=_s("Lachlan|Cooper|Hamish|Jarrah|Bodhi|Mitchell|Brodie|Angus|Riley|Declan"),
        f=_s("Matilda|Charlotte|Kirra|Mia|Indigo|Skye|Talia|Isla|Sienna|Tahlia"),
        fam=_s("Fitzsimmons|Brennan|Kowalski|Nguyen-Walsh|Papadakis|Stirling|McGuinness|Tran|Hollingworth|Ridley"),
    ),
    "za": dict(
        m=_s("Thabo|Sipho|Pieter|Johannes|Lwazi|Kagiso|Mandla|Riaan|Tumelo|Bongani"),
        f=_s("Nomvula|Lindiwe|Anri|Zanele|Thandeka|Marike|Palesa|Naledi|Elmarie|Busisiwe"),
        fam=_s("van der Merwe|Nkosi|Botha|Dlamini|Mokoena|Pretorius|Khumalo|Steyn|Ndlovu|du Plessis|Mahlangu|Coetzee"),
    ),
    # ---------------------------------------------------------------- Western Europe
    "de": dict(
        m=_s("Jürgen|Lukas|Maximilian|Florian|Dieter|Tobias|Matthias|Jörg|Benedikt|Kai-Uwe|Hans-Peter|Sven|Till|Moritz|Henrik|Wolfgang|Ulrich"),
        f=_s("Annika|Mareike|Friederike|Jana|Katharina|Ursula|Sabine|Lea-Sophie|Hannelore|Greta|Svenja|Birgit|Franziska|Jutta|Lieselotte|Dörte"),
        fam=_s("Schäfer|Müller|Hoffmann|Weißgerber|Kleinschmidt|von Bülow|Brandstätter|Oberholzer|Nußbaum|Zimmermann|Köhler|Kaiser|Wagner-Lenz|Drechsler|Heßler|Lindemann|Vogt|zu Reventlow|Grünewald|Pfeiffer"),
    ),
    "fr": dict(
        m=_s("Étienne|Théo|Grégoire|Baptiste|Loïc|Maël|Jean-Baptiste|Hugo|Aurélien|Benoît|Yannick|Rémi|Thibault|Jérôme|Mathis|Cyprien"),
        f=_s("Ségolène|Clémence|Océane|Maëlle|Gaëlle|Héloïse|Margaux|Anaïs|Solène|Bénédicte|Camille|Marie-Claire|Léa|Chloé|Inès|Amandine"),
        fam=_s("Dubois|Lefèvre|de la Tour|Rousseau|Girard|Moreau|Fontaine|Chevalier|Mercier|Faure|Lemaître|Dupont-Aignan|Bonnard|de Villepin|Garnier|Marchand|Le Goff|Barbier|Durand|Benhamou"),
    ),
    "es": dict(
        m=_s("Álvaro|Íñigo|Javier|Sergio|Rubén|Jordi|Xabier|Gonzalo|Borja|Pau|Ignacio|Alejandro|Marcos|Unai"),
        f=_s("Lucía|Nerea|Ainhoa|Begoña|Montserrat|Itziar|Rocío|Inmaculada|Carmen|Marta|Elena|Paula|Aitana|Alba"),
        fam=_s("García Morales|Fernández|de la Fuente|Iglesias|Sáez|Castro|Ruiz-Zafón|Etxeberria|Puig|Ortega|Navarro|Martín|Domínguez|Echevarría|Vidal|Pérez de Ayala|Soler|Rey"),
    ),
    "mx": dict(
        m=_s("José Luis|Juan Pablo|Emiliano|Santiago|Rodrigo|Ulises|Joaquín|Luis Ángel|Aarón|Fernando"),
        f=_s("Guadalupe|Ximena|María José|Fernanda|Itzel|Valeria|Daniela|Citlali|Renata|Mariana"),
        fam=_s("Hernández López|Ramírez|Torres Salinas|Velázquez|Cervantes|Zúñiga|Ochoa|Villalobos|Bustamante|de León|Quintero|Sandoval|Rangel|Cuauhtémoc Ruiz"),
    ),
    "pt": dict(
        m=_s("João|Tiago|Gonçalo|Rui|Duarte|Afonso|Nuno|Vasco|Diogo|Martim"),
        f=_s("Inês|Beatriz|Leonor|Matilde|Margarida|Joana|Carolina|Mariana|Rita|Teresa"),
        fam=_s("Gonçalves|Ferreira|Sousa|Magalhães|Carvalho|Almeida|Pereira da Costa|Lopes|Figueiredo|Assunção|Vasconcelos|Teixeira"),
    ),
    "br": dict(
        m=_s("Thiago|Luiz Felipe|Caio|Rafael|Gustavo|Vinícius|Leandro|Wellington|Matheus|Anderson|Cauã|Davi"),
        f=_s("Ana Clara|Larissa|Fernanda|Juliana|Letícia|Thaís|Giovanna|Camila|Bruna|Yasmin|Raíssa|Kauane"),
        fam=_s("da Silva|dos Santos|Oliveira|Nascimento|Rodrigues|Albuquerque|Cavalcanti|Barbosa|Araújo|Ribeiro|Moreira|de Souza Lima|Monteiro|Pinheiro"),
    ),
    "it": dict(
        m=_s("Giuseppe|Alessandro|Lorenzo|Matteo|Davide|Gianluca|Pierpaolo|Francesco|Salvatore|Riccardo|Emanuele|Niccolò"),
        f=_s("Chiara|Francesca|Giulia|Alessia|Federica|Martina|Beatrice|Serena|Ilaria|Valentina|Annalisa|Ludovica"),
        fam=_s("Esposito|Bianchi|Colombo|De Luca|Ferraro|Romano|Galli|Mancini|Lombardi|D'Angelo|Barbieri|Fontana|Santoro|Marchetti|Caruso|Di Stefano|Lo Bianco"),
    ),
    "nl": dict(
        m=_s("Bram|Sander|Joost|Thijs|Maarten|Pieter-Jan|Ruud|Wouter|Daan|Sjoerd|Gijs|Koen"),
        f=_s("Femke|Anouk|Marloes|Sanne|Lotte|Ilse|Fleur|Maaike|Noor|Saskia|Jildou|Eva"),
        fam=_s("de Vries|van den Berg|Bakker|Janssen|Visser|van Dijk|Smit|Meijer|de Boer|van der Linden|Mulder|Hendriks|Bosch|van Leeuwen|Dekker"),
    ),
    # ---------------------------------------------------------------- Central/Eastern Europe & Nordics
    "pl": dict(
        m=_s("Krzysztof|Łukasz|Grzegorz|Paweł|Tomasz|Wojciech|Michał|Jędrzej|Bartosz|Przemysław|Dariusz|Szymon"),
        f=_s("Agnieszka|Małgorzata|Katarzyna|Zofia|Joanna|Magdalena|Weronika|Bożena|Dorota|Justyna|Aleksandra|Jadwiga"),
        fam_m=_s("Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Krawczyk|Grabowski"),
        fam_f=_s("Nowak|Wiśniewska|Wójcik|Kamińska|Lewandowska|Zielińska|Szymańska|Woźniak|Dąbrowska|Kozłowska|Jankowska|Mazur|Krawczyk|Grabowska"),
    ),
    "cz": dict(
        m=_s("Jiří|Tomáš|Ondřej|Lukáš|Vojtěch|Jakub|Petr|Miroslav|Zdeněk|Radek"),
        f=_s("Petra|Lucie|Kateřina|Tereza|Veronika|Zuzana|Markéta|Barbora|Jitka|Eliška"),
        fam_m=_s("Novák|Svoboda|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Pokorný|Růžička"),
        fam_f=_s("Nováková|Svobodová|Dvořáková|Černá|Procházková|Kučerová|Veselá|Horáková|Němcová|Pokorná|Růžičková"),
    ),
    "se": dict(
        m=_s("Björn|Anders|Johan|Gustav|Oskar|Nils|Linus|Håkan|Mattias|Sixten|Elias"),
        f=_s("Ingrid|Linnéa|Astrid|Maja|Sofia|Elsa|Ebba|Karin|Agnes|Solveig|Märta"),
        fam=_s("Lindqvist|Johansson|Bergström|Åkesson|Nordin|Sjöberg|Holmgren|Ekström|Lundgren|af Klint|Wallin|Sandberg"),
    ),
    "no": dict(
        m=_s("Magnus|Eirik|Sindre|Håvard|Torbjørn|Espen|Vegard|Øystein|Jørgen|Aksel"),
        f=_s("Ingvild|Dagny|Sigrid|Tuva|Ragnhild|Synnøve|Kari|Marit|Åse|Silje"),
        fam=_s("Haugen|Solberg|Bakken|Kristiansen|Lie|Strand|Dahl|Aasen|Fjeld|Berntsen|Røed|Myhre"),
    ),
    "dk": dict(
        m=_s("Rasmus|Mads|Søren|Frederik|Kasper|Anders|Mikkel|Jens|Troels|Asger"),
        f=_s("Mette|Signe|Ida|Freja|Louise|Birthe|Sofie|Karoline|Ditte|Kirsten"),
        fam=_s("Jørgensen|Nielsen|Kjærgaard|Rasmussen|Østergaard|Mortensen|Thomsen|Holm|Skovgaard|Bech|Damgaard|Frandsen"),
    ),
    "fi": dict(
        m=_s("Juha|Mikko|Teemu|Jukka|Antti|Lauri|Eero|Ville|Tuomas|Kalle"),
        f=_s("Aino|Saara|Kaisa|Minna|Riikka|Tiina|Johanna|Elina|Noora|Hanna-Leena"),
        fam=_s("Virtanen|Korhonen|Mäkelä|Nieminen|Hämäläinen|Järvinen|Lehtonen|Heikkinen|Koskinen|Salonen|Kärkkäinen|Räsänen"),
    ),
    "tr": dict(
        m=_s("Mehmet|Emre|Burak|Oğuz|Kerem|Çağrı|Serkan|Hakan|Barış|Yiğit|Tolga|İlker"),
        f=_s("Ayşe|Elif|Zeynep|Gülşen|Merve|Şule|Esra|Büşra|Özlem|Dilara|Ebru|Nihan"),
        fam=_s("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Koç|Kurtuluş|Erdoğdu|Güneş|Aksoy"),
    ),
    "hu": dict(
        m=_s("Balázs|Gergely|Levente|Zoltán|Ákos|Bence"),
        f=_s("Zsófia|Réka|Eszter|Boglárka|Krisztina|Dóra"),
        fam=_s("Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Farkas|Balogh"),
    ),
    # ---------------------------------------------------------------- Cyrillic / Greek (native, roman)
    "ru": dict(
        m=[("Алексей", "Aleksei"), ("Дмитрий", "Dmitry"), ("Сергей", "Sergei"), ("Николай", "Nikolai"), ("Андрей", "Andrei"),
           ("Игорь", "Igor"), ("Михаил", "Mikhail"), ("Владислав", "Vladislav"), ("Артём", "Artyom"), ("Евгений", "Yevgeny"), ("Глеб", "Gleb")],
        f=[("Наталья", "Natalya"), ("Екатерина", "Yekaterina"), ("Ольга", "Olga"), ("Анастасия", "Anastasia"), ("Юлия", "Yulia"),
           ("Ксения", "Ksenia"), ("Татьяна", "Tatiana"), ("Дарья", "Darya"), ("Вера", "Vera"), ("Людмила", "Lyudmila"), ("Полина", "Polina")],
        fam_m=[("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"), ("Соколов", "Sokolov"), ("Лебедев", "Lebedev"), ("Морозов", "Morozov"),
               ("Волков", "Volkov"), ("Белоусов", "Belousov"), ("Зайцев", "Zaitsev"), ("Орлов", "Orlov"), ("Григорьев", "Grigoryev"), ("Ковальский", "Kovalsky")],
        fam_f=[("Смирнова", "Smirnova"), ("Кузнецова", "Kuznetsova"), ("Соколова", "Sokolova"), ("Лебедева", "Lebedeva"), ("Морозова", "Morozova"),
               ("Волкова", "Volkova"), ("Белоусова", "Belousova"), ("Зайцева", "Zaitseva"), ("Орлова", "Orlova"), ("Григорьева", "Grigoryeva"), ("Ковальская", "Kovalskaya")],
        patr_m=[("Сергеевич", "Sergeyevich"), ("Иванович", "Ivanovich"), ("Петрович", "Petrovich"), ("Андреевич", "Andreyevich")],
        patr_f=[("Сергеевна", "Sergeyevna"), ("Ивановна", "Ivanovna"), ("Петровна", "Petrovna"), ("Андреевна", "Andreyevna")],
    ),
    "ua": dict(
        m=[("Олександр", "Oleksandr"), ("Тарас", "Taras"), ("Богдан", "Bohdan"), ("Остап", "Ostap"), ("Віталій", "Vitalii"),
           ("Ярослав", "Yaroslav"), ("Назар", "Nazar"), ("Андрій", "Andrii"), ("Мирослав", "Myroslav")],
        f=[("Оксана", "Oksana"), ("Соломія", "Solomiia"), ("Ірина", "Iryna"), ("Олена", "Olena"), ("Христина", "Khrystyna"),
           ("Мар'яна", "Mariana"), ("Дарина", "Daryna"), ("Галина", "Halyna"), ("Ярина", "Yaryna")],
        fam=[("Шевчук", "Shevchuk"), ("Коваленко", "Kovalenko"), ("Бондаренко", "Bondarenko"), ("Ткаченко", "Tkachenko"), ("Мельник", "Melnyk"),
             ("Кравчук", "Kravchuk"), ("Гнатюк", "Hnatiuk"), ("Савчук", "Savchuk"), ("Литвиненко", "Lytvynenko"), ("Іваненко", "Ivanenko"), ("Павлюк", "Pavliuk")],
    ),
    "gr": dict(
        m=[("Γιώργος", "Giorgos"), ("Δημήτρης", "Dimitris"), ("Νίκος", "Nikos"), ("Κωνσταντίνος", "Konstantinos"), ("Σπύρος", "Spyros"),
           ("Θανάσης", "Thanasis"), ("Παναγιώτης", "Panagiotis"), ("Στέλιος", "Stelios")],
        f=[("Ελένη", "Eleni"), ("Κατερίνα", "Katerina"), ("Μαρία", "Maria"), ("Δέσποινα", "Despoina"), ("Σοφία", "Sofia"),
           ("Αγγελική", "Angeliki"), ("Χριστίνα", "Christina"), ("Βασιλική", "Vasiliki")],
        fam_m=[("Παπαδόπουλος", "Papadopoulos"), ("Οικονόμου", "Oikonomou"), ("Γεωργίου", "Georgiou"), ("Καραγιάννης", "Karagiannis"),
               ("Βλάχος", "Vlachos"), ("Αντωνόπουλος", "Antonopoulos"), ("Μαυρίδης", "Mavridis"), ("Ζαχαρίου", "Zachariou")],
        fam_f=[("Παπαδοπούλου", "Papadopoulou"), ("Οικονόμου", "Oikonomou"), ("Γεωργίου", "Georgiou"), ("Καραγιάννη", "Karagianni"),
               ("Βλάχου", "Vlachou"), ("Αντωνοπούλου", "Antonopoulou"), ("Μαυρίδου", "Mavridou"), ("Ζαχαρίου", "Zachariou")],
    ),
    # ---------------------------------------------------------------- Middle East
    "ar": dict(
        m=[("يوسف", "Yousef"), ("خالد", "Khalid"), ("عمر", "Omar"), ("طارق", "Tariq"), ("حمزة", "Hamza"), ("مازن", "Mazen"),
           ("فيصل", "Faisal"), ("سامي", "Sami"), ("عبدالله", "Abdullah"), ("نبيل", "Nabil"), ("هشام", "Hisham")],
        f=[("فاطمة", "Fatima"), ("نور", "Nour"), ("ريم", "Reem"), ("ليلى", "Layla"), ("هالة", "Hala"), ("سلمى", "Salma"),
           ("مريم", "Maryam"), ("دانة", "Dana"), ("رنا", "Rana"), ("ياسمين", "Yasmin"), ("لمى", "Lama")],
        fam=[("بن حمد الحربي", "bin Hamad Al-Harbi"), ("بن سعيد", "bin Saeed"), ("الحربي", "Al-Harbi"), ("العتيبي", "Al-Otaibi"), ("الشمري", "Al-Shammari"), ("حداد", "Haddad"), ("المصري", "El-Masry"),
             ("الزهراني", "Al-Zahrani"), ("خوري", "Khoury"), ("النجار", "Al-Najjar"), ("بن علي", "Ben Ali"), ("عبد الرحمن", "Abdel Rahman"),
             ("السيد", "El-Sayed"), ("القحطاني", "Al-Qahtani")],
    ),
    "he": dict(
        m=[("יונתן", "Yonatan"), ("אבישי", "Avishai"), ("נועם", "Noam"), ("איתי", "Itai"), ("עומר", "Omer"), ("גלעד", "Gilad"), ("אליעזר", "Eliezer"), ("דוד", "David")],
        f=[("מיכל", "Michal"), ("שירה", "Shira"), ("נועה", "Noa"), ("תמר", "Tamar"), ("הדס", "Hadas"), ("רותם", "Rotem"), ("אורית", "Orit"), ("יעל", "Yael")],
        fam=[("כהן", "Cohen"), ("לוי", "Levi"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz"), ("ביטון", "Biton"), ("אברהמי", "Avrahami"),
             ("שפירא", "Shapira"), ("בן-דוד", "Ben-David"), ("גולדברג", "Goldberg"), ("פרידמן", "Friedman")],
    ),
    "ir": dict(
        m=_s("Dariush|Kourosh|Arash|Babak|Farhad|Kaveh|Mehrdad|Siavash"),
        f=_s("Shirin|Parisa|Niloufar|Mahsa|Leila|Roya|Golnaz|Ladan"),
        fam=_s("Hosseini|Tehrani|Rahimi|Karimi|Moradi|Jafari|Sadeghi|Ahmadi-Nejad|Farahani|Mirzaei"),
    ),
    # ---------------------------------------------------------------- South Asia
    "hi": dict(
        m=[("राहुल", "Rahul"), ("अर्जुन", "Arjun"), ("विकास", "Vikas"), ("रोहित", "Rohit"), ("आदित्य", "Aditya"), ("सौरभ", "Saurabh"),
           ("मनीष", "Manish"), ("प्रकाश", "Prakash"), ("अनिल", "Anil"), ("हर्ष", "Harsh")],
        f=[("सान्वी", "Saanvi"), ("प्रिया", "Priya"), ("अनन्या", "Ananya"), ("नेहा", "Neha"), ("पूजा", "Pooja"), ("कविता", "Kavita"),
           ("दिव्या", "Divya"), ("रश्मि", "Rashmi"), ("स्नेहा", "Sneha"), ("मीनाक्षी", "Meenakshi")],
        fam=[("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("गुप्ता", "Gupta"), ("मल्होत्रा", "Malhotra"), ("चौधरी", "Chaudhary"), ("अग्रवाल", "Agarwal"),
             ("त्रिपाठी", "Tripathi"), ("सिंह", "Singh"), ("जोशी", "Joshi"), ("कपूर", "Kapoor"), ("मेहता", "Mehta"), ("देशपांडे", "Deshpande")],
    ),
    "bn": dict(
        m=[("তানভীর", "Tanvir"), ("রফিক", "Rafiq"), ("সৌমিত্র", "Soumitra"), ("আরিফ", "Arif"), ("অনির্বাণ", "Anirban"), ("মাহমুদ", "Mahmud"), ("ইমরান", "Imran")],
        f=[("তাসনিম", "Tasnim"), ("রুমানা", "Rumana"), ("নুসরাত", "Nusrat"), ("সুমাইয়া", "Sumaiya"), ("অদিতি", "Aditi"), ("ফারহানা", "Farhana"), ("মৌমিতা", "Moumita")],
        fam=[("চৌধুরী", "Chowdhury"), ("রহমান", "Rahman"), ("হোসেন", "Hossain"), ("বন্দ্যোপাধ্যায়", "Bandyopadhyay"), ("মুখার্জি", "Mukherjee"),
             ("ইসলাম", "Islam"), ("সরকার", "Sarkar"), ("দাস", "Das"), ("আহমেদ", "Ahmed")],
    ),
    "ta": dict(
        m=[("கார்த்திக்", "Karthik"), ("செந்தில்", "Senthil"), ("முருகன்", "Murugan"), ("அருண்", "Arun"), ("விக்னேஷ்", "Vignesh"), ("பாலாஜி", "Balaji")],
        f=[("கவிதா", "Kavitha"), ("மீனா", "Meena"), ("லட்சுமி", "Lakshmi"), ("திவ்யா", "Dhivya"), ("ப்ரியா", "Priya"), ("அனிதா", "Anitha")],
        fam=[("சுப்பிரமணியன்", "Subramanian"), ("ராமசாமி", "Ramasamy"), ("கிருஷ்ணன்", "Krishnan"), ("வேலுசாமி", "Velusamy"),
             ("நடராஜன்", "Natarajan"), ("பழனிசாமி", "Palanisamy"), ("சீனிவாசன்", "Srinivasan")],
    ),
    "in": dict(  # romanized-only, pan-Indian
        m=_s("Venkatesh|Siddharth|Gurpreet|Ravindra|Abhishek|Nikhil|Pranav|Jaspreet|Karan|Sandeep|Harsha|Mohan"),
        f=_s("Lakshmi|Aishwarya|Shreya|Harpreet|Deepika|Nandini|Swati|Padmavathi|Ishita|Tanvi|Bhavna|Ritu"),
        fam=_s("Iyer|Reddy|Nair|Banerjee|Pillai|Kulkarni|Sethi|Bhattacharya|Gill|Rao|Menon|Dhillon|Naidu|Chatterjee"),
    ),
    # ---------------------------------------------------------------- East / South-East Asia
    "th": dict(
        m=[("สมชาย", "Somchai"), ("ธนากร", "Thanakorn"), ("ณัฐพล", "Nattapon"), ("วีระ", "Weera"), ("อนุชา", "Anucha"), ("กิตติ", "Kitti")],
        f=[("สุนิสา", "Sunisa"), ("พิมพ์ชนก", "Pimchanok"), ("กัญญา", "Kanya"), ("วรรณา", "Wanna"), ("ศิริพร", "Siriporn"), ("นภัสสร", "Napatsorn")],
        fam=[("ศรีสุข", "Srisuk"), ("วงศ์ไทย", "Wongthai"), ("แก้วมณี", "Kaewmanee"), ("บุญมา", "Boonma"), ("จันทร์เพ็ญ", "Chanpen"),
             ("ทองดี", "Thongdee"), ("สุวรรณรัตน์", "Suwannarat")],
    ),
    "zh": dict(
        m=[("伟", "Wei"), ("浩然", "Haoran"), ("志强", "Zhiqiang"), ("俊杰", "Junjie"), ("宇航", "Yuhang"), ("子轩", "Zixuan"), ("建国", "Jianguo"), ("明辉", "Minghui")],
        f=[("丽娟", "Lijuan"), ("静", "Jing"), ("雨萱", "Yuxuan"), ("欣怡", "Xinyi"), ("晓燕", "Xiaoyan"), ("佳琪", "Jiaqi"), ("梦瑶", "Mengyao"), ("秀英", "Xiuying")],
        fam=[("王", "Wang"), ("李", "Li"), ("陈", "Chen"), ("刘", "Liu"), ("黄", "Huang"), ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu"),
             ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("欧阳", "Ouyang"), ("郭", "Guo"), ("何", "He")],
    ),
    "ja": dict(
        m=[("健太", "Kenta"), ("翔", "Sho"), ("大輔", "Daisuke"), ("拓也", "Takuya"), ("悠真", "Yuma"), ("誠", "Makoto"), ("隆", "Takashi"), ("蓮", "Ren")],
        f=[("結衣", "Yui"), ("美咲", "Misaki"), ("陽菜", "Hina"), ("さくら", "Sakura"), ("由美子", "Yumiko"), ("葵", "Aoi"), ("直美", "Naomi"), ("彩花", "Ayaka")],
        fam=[("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("伊藤", "Ito"), ("渡辺", "Watanabe"),
             ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("長谷川", "Hasegawa")],
    ),
    "ko": dict(
        m=[("민준", "Min-jun"), ("서준", "Seo-jun"), ("도윤", "Do-yoon"), ("지훈", "Ji-hoon"), ("현우", "Hyun-woo"), ("성민", "Sung-min"), ("재원", "Jae-won")],
        f=[("서연", "Seo-yeon"), ("지우", "Ji-woo"), ("하은", "Ha-eun"), ("수빈", "Su-bin"), ("민지", "Min-ji"), ("예린", "Ye-rin"), ("은정", "Eun-jung")],
        fam=[("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("한", "Han")],
    ),
    "vn": dict(
        m=_s("Minh Tuấn|Quốc Huy|Đức Anh|Văn Thành|Hoàng Nam|Thế Vinh|Gia Bảo|Trọng Hiếu"),
        f=_s("Thu Trang|Ngọc Ánh|Thị Hương|Phương Linh|Bích Ngọc|Thanh Hằng|Mai Anh|Khánh Vy"),
        fam=_s("Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Đỗ|Huỳnh"),
    ),
    "id": dict(
        m=_s("Budi|Agus|Rizky|Dimas|Bayu|Fajar|Hendra|Arief|Yoga|Wahyu"),
        f=_s("Siti|Dewi|Putri|Ayu|Rina|Indah|Wulan|Nurul|Fitri|Ratna"),
        fam=_s("Santoso|Wijaya|Saputra|Hidayat|Kusuma|Pratama|Nugroho|Setiawan|Halim|Siregar|Simanjuntak|Lubis"),
    ),
    "ph": dict(
        m=_s("Jose Mari|Rodel|Jericho|Paolo|Mark Anthony|Arnel|Carlo|Rommel"),
        f=_s("Maricel|Kristine Joy|Jocelyn|Ma. Cristina|Lovely|Rowena|Angelica|Marites"),
        fam=_s("dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Dimaculangan|Macaraeg|Pangilinan|Soriano|de Guzman"),
    ),
    # ---------------------------------------------------------------- Africa
    "yo": dict(
        m=_s("Olumide|Babatunde|Adewale|Oluwaseun|Ayodele|Kayode|Olusegun|Femi|Tunde|Damilola"),
        f=_s("Folake|Adaeze|Oluwatoyin|Funmilayo|Yetunde|Bisola|Temitope|Abimbola|Morenike|Ibukun"),
        fam=_s("Adeyemi|Ogunleye|Adebayo|Okafor|Balogun|Oyelaran|Akinola|Ogundipe|Fashola|Adesanya|Ogunbanjo|Oladipo"),
    ),
    "ig": dict(
        m=_s("Chukwuemeka|Obinna|Ikenna|Chidi|Nnamdi|Uchenna|Emeka|Kelechi"),
        f=_s("Ngozi|Chiamaka|Adaora|Nneka|Ifeoma|Chinwe|Uzoamaka|Amarachi"),
        fam=_s("Okonkwo|Eze|Nwosu|Obi|Okeke|Nwachukwu|Okoro|Onyekachi|Uzoma|Anyanwu"),
    ),
    "ha": dict(
        m=_s("Abubakar|Usman|Ibrahim|Musa|Aminu|Sani|Bello|Lawal"),
        f=_s("Zainab|Hauwa|Aisha|Khadija|Halima|Amina|Hadiza|Rukayya"),
        fam=_s("Danjuma|Abdullahi|Garba|Yakubu|Mohammed|Shehu|Lawan|Bala"),
    ),
    "ke": dict(
        m=_s("Kiprono|Otieno|Kipchumba|Mwangi|Kamau|Omondi|Njoroge|Barasa|Kiprop|Mutua"),
        f=_s("Akinyi|Wairimu|Nyambura|Chebet|Atieno|Wanjiku|Njeri|Achieng|Jepkosgei|Mumbua"),
        fam=_s("Kariuki|Ochieng|Kiprotich|Mutiso|Wafula|Odhiambo|Gitau|Korir|Nyaga|Kimani"),
    ),
    "my": dict(
        m=_s("Ahmad Faizal|Muhammad Hafiz|Amirul|Syahmi|Iskandar|Khairul Anuar"),
        f=_s("Nurul Aina|Siti Aisyah|Nur Farahin|Aisyah|Zulaikha|Puteri Balqis"),
        fam_m=_s("bin Abdullah|bin Ismail|bin Osman|bin Hamzah|bin Yusof|bin Razak"),
        fam_f=_s("binti Abdullah|binti Ismail|binti Osman|binti Hamzah|binti Yusof|binti Razak"),
    ),
    "gh": dict(
        m=_s("Kwame|Kofi|Yaw|Kwabena|Kojo|Nii"),
        f=_s("Akosua|Ama|Efua|Abena|Adwoa|Esi"),
        fam=_s("Mensah|Asante|Boateng|Owusu|Appiah|Osei|Addo|Quaye"),
    ),
    "et": dict(
        m=_s("Dawit|Yonas|Tesfaye|Bereket|Henok"),
        f=_s("Selam|Hirut|Meseret|Tigist|Bethlehem"),
        fam=_s("Alemu|Bekele|Tadesse|Haile|Girma|Wolde"),
    ),
}

# names that are also everyday words -- used only where context makes them names
WORD_NAMES_F = _s("Hope|Rose|Grace|Summer|Faith|Dawn|Joy|Ivy|Holly|Amber|Ruby|Pearl|Daisy|Autumn|April|June|Iris|Heather|Jasmine|Violet|Sunny|Skye|Destiny|Charity|Olive|Hazel")
WORD_NAMES_M = _s("Mark|Will|Bill|Frank|Pat|Jack|Rich|Grant|Chase|Hunter|Cash|Gene|Rob|Sonny|Victor|Norman|Earl|Drew|Lance|Wade|Art|Miles|Cliff|Rusty|Buck")

# which origins are "native script" and in what script
NATIVE = {"ru", "ua", "gr", "ar", "he", "hi", "bn", "ta", "th", "zh", "ja", "ko"}
SURNAME_FIRST = {"zh", "ja", "ko", "vn", "hu"}

# origins by locale (home origin first, then likely others)
LOCALE_ORIGINS = {
    "en_US": ["us", "us", "mx", "in", "ig", "zh", "ko", "vn", "ar", "ph", "ir", "gb", "ie", "yo", "ha", "et", "ru", "he", "pl"],
    "en_GB": ["gb", "gb", "ie", "in", "pl", "yo", "gh", "ar", "bn", "fr", "it", "se", "my"],
    "en_IE": ["ie", "ie", "gb", "pl", "br"],
    "en_IN": ["in", "hi", "ta", "bn", "in"],
    "en_AU": ["au", "au", "gb", "vn", "zh", "gr", "it", "in"],
    "en_NG": ["yo", "ig", "ha", "yo"],
    "en_ZA": ["za", "za", "in", "gb"],
    "en_KE": ["ke", "ke", "in"],
    "en_PH": ["ph", "ph", "es"],
    "en_SG": ["zh", "ta", "in", "my", "my"],
    "es_ES": ["es", "es", "es", "fr", "ar", "br"],
    "es_MX": ["mx", "mx", "es"],
    "pt_PT": ["pt", "pt", "br"],
    "pt_BR": ["br", "br", "pt", "ja", "it"],
    "fr_FR": ["fr", "fr", "fr", "ar", "pt", "ig", "vn"],
    "fr_BE": ["fr", "nl"],
    "de_DE": ["de", "de", "de", "tr", "pl", "ru", "it"],
    "de_AT": ["de", "hu", "cz"],
    "de_CH": ["de", "it", "fr"],
    "it_IT": ["it", "it", "it", "ar"],
    "nl_NL": ["nl", "nl", "nl", "tr", "id"],
    "pl_PL": ["pl", "pl", "ua"],
    "cs_CZ": ["cz", "cz", "ua"],
    "sv_SE": ["se", "se", "fi", "ar"],
    "nb_NO": ["no", "no", "se"],
    "da_DK": ["dk", "dk", "de"],
    "fi_FI": ["fi", "fi", "se"],
    "hu_HU": ["hu"],
    "tr_TR": ["tr"],
    "ru_RU": ["ru"],
    "uk_UA": ["ua"],
    "el_GR": ["gr"],
    "ar_SA": ["ar"],
    "ar_EG": ["ar"],
    "he_IL": ["he"],
    "hi_IN": ["hi"],
    "bn_BD": ["bn"],
    "ta_IN": ["ta"],
    "th_TH": ["th"],
    "zh_CN": ["zh"],
    "zh_TW": ["zh"],
    "ja_JP": ["ja"],
    "ko_KR": ["ko"],
    "vi_VN": ["vn"],
    "id_ID": ["id"],
    "sw_KE": ["ke"],
    "yo_NG": ["yo"],
    "fa_IR": ["ir"],
}


def _pick(rng, lst):
    return lst[rng.randrange(len(lst))]


class Person:
    def __init__(self, rng, origin=None, gender=None, native=None, locale="en_US"):
        if origin is None:
            origin = _pick(rng, LOCALE_ORIGINS.get(locale, ["us"]))
            if rng.random() < 0.18:  # migrants / colleagues from anywhere
                origin = _pick(rng, sorted(ORIGINS))
        self.origin = origin
        o = ORIGINS[origin]
        self.gender = gender or rng.choice("mf")
        g = _pick(rng, o[self.gender])
        if "fam" in o:
            f = _pick(rng, o["fam"])
        else:
            idx = rng.randrange(len(o["fam_m"]))
            f = o["fam_" + self.gender][idx]
        self.is_native_script = origin in NATIVE
        if native is None:
            native = self.is_native_script
        self.native = native and self.is_native_script
        if isinstance(g, tuple):
            self.g = g[0] if self.native else g[1]
            self.f = f[0] if self.native else f[1]
            self.g_roman, self.f_roman = g[1], f[1]
        else:
            self.g, self.f = g, f
            self.g_roman, self.f_roman = g, f
        self.patr = None
        if origin == "ru" and rng.random() < 0.4:
            p = _pick(rng, o["patr_" + self.gender])
            self.patr = p[0] if self.native else p[1]
        # optional middle name for Anglo/other latin names
        self.middle = None
        if origin in ("us", "gb", "au", "za") and rng.random() < 0.2:
            self.middle = _pick(rng, ORIGINS["us"]["m" if rng.random() < .5 else "f"] + ORIGINS["gb"]["m"])
        self.surname_first = origin in SURNAME_FIRST
        # hyphenated double-barrel occasionally
        if origin in ("gb", "us", "de", "fr", "nl", "se", "no") and rng.random() < 0.08:
            f2 = _pick(rng, o.get("fam") or o["fam_m"])
            if f2 != self.f and " " not in f2 and " " not in self.f:
                self.f = self.f + "-" + f2

    # ---- forms -------------------------------------------------------------
    def full(self):
        if self.native and self.origin in ("zh", "ko"):
            return self.f + self.g
        if self.native and self.origin == "ja":
            return self.f + ("\u3000" if False else " ") + self.g if len(self.f) + len(self.g) > 3 else self.f + self.g
        if self.surname_first and self.origin in ("vn", "hu"):
            return self.f + " " + self.g
        if self.surname_first and not self.native:
            # romanized CJK: both orders occur
            return self.g + " " + self.f
        if self.patr:
            return self.g + " " + self.patr + " " + self.f
        return self.g + " " + self.f

    def full_variant(self, rng):
        """A randomly chosen way people write this person's name."""
        r = rng.random()
        if self.origin == "my":
            return self.full() if r < .85 else self.full().lower()
        if self.native and self.origin in ("zh", "ko", "ja", "th", "ar", "he", "hi", "bn", "ta", "ru", "ua", "gr"):
            if self.origin == "ja" and r < 0.3:
                return self.f + self.g
            return self.full()
        if self.origin in ("zh", "ko", "ja") and not self.native and r < 0.35:
            return self.f + " " + self.g  # romanized surname-first
        if self.origin in ("zh", "ko", "ja") and not self.native and r < 0.5:
            return self.f.upper() + " " + self.g
        if r < 0.55:
            return self.full()
        if r < 0.63 and self.middle:
            return "%s %s %s" % (self.g, self.middle, self.f)
        if r < 0.70:
            return "%s. %s" % (self.g[0], self.f)
        if r < 0.76:
            return "%s %s." % (self.g, self.f.split()[-1][0])
        if r < 0.82:
            return "%s, %s" % (self.f, self.g)
        if r < 0.87:
            return "%s %s" % (self.f.upper(), self.g)
        if r < 0.91 and self.middle:
            return "%s %s. %s" % (self.g, self.middle[0], self.f)
        if r < 0.95:
            return "%s %s" % (self.g.lower(), self.f.lower())
        return self.full()

    def given(self):
        return self.g

    def family(self):
        return self.f

    def ascii_handle(self, rng):
        """Something e-mail/username-ish derived from the romanized name."""
        import unicodedata
        def fold(s):
            s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
            s = unicodedata.normalize("NFKD", s)
            return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-")).lower()
        g = fold(self.g_roman.split()[0])
        f = fold(self.f_roman.replace(" ", "").replace("'", ""))
        r = rng.random()
        if r < 0.3:
            return "%s.%s" % (g, f)
        if r < 0.45:
            return "%s%s" % (g[0], f)
        if r < 0.6:
            return "%s_%s%d" % (g, f, rng.randrange(1, 99))
        if r < 0.75:
            return "%s%s" % (g, rng.choice([str(rng.randrange(1965, 2006)), "%02d" % rng.randrange(0, 100)]))
        if r < 0.88:
            return "%s.%s" % (f, g)
        return "%s-%s" % (g, f[:3])


def word_name(rng):
    return _pick(rng, WORD_NAMES_F if rng.random() < 0.55 else WORD_NAMES_M)


def _gender_ar():
    o = ORIGINS["ar"]
    fam = o.pop("fam")
    o["fam_m"] = fam
    o["fam_f"] = [(n.replace("بن ", "بنت ", 1), r.replace("bin ", "bint ", 1)) if r.startswith("bin ") else (n, r) for n, r in fam]


_gender_ar()
