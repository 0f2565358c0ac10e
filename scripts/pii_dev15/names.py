"""Hand-written name pools, by locale.

Entry syntax: ``native|roman`` (``roman`` omitted for Latin-script names);
gendered surnames as ``male/female`` on each side of the bar; Japanese
entries carry a third field with the katakana reading.
"""

NAMES = {
    "en-US": dict(
        m="James Marcus Tyler Andre Kevin Brandon Luis Ethan DeShawn Caleb Nathaniel Trevor Malik Dustin",
        f="Ashley Brianna Megan Tamika Rachel Kayla Lauren Jasmine Hannah Destiny Emily Courtney Shayla Molly",
        s="Whitaker Delgado Kowalski Brennan Washington Nguyen Hollis Okafor Calloway Lindqvist Moreno Fitzgerald "
          "Abernathy Sorensen Pruitt Haddad McCready Villanueva Greenberg Tolliver"),
    "en-GB": dict(
        m="Oliver Harry Callum Rhys Alfie Jamal Declan Ewan Tobias Rory Gareth Nigel",
        f="Sophie Niamh Chloe Imogen Priya Bethan Freya Aisling Poppy Harriet Siobhan Gemma",
        s="Pemberton Ashworth Fairbairn Llewellyn Okonjo Hargreaves Threlfall McAllister Chaudhry Beaumont Dunmore "
          "Whitfield Doherty Rowntree Bhattacharya"),
    "en-IN": dict(
        m="Arjun Rohan Siddharth Vikram Karthik Aniket Rahul Pranav Imran Harpreet Zubin",
        f="Ananya Priyanka Meera Kavya Sneha Divya Ishita Nandini Shreya Gurleen Farah",
        s="Sharma Iyer Reddy Banerjee Kulkarni Menon Chatterjee Deshpande Nair Gupta Subramaniam Agarwal Dhillon "
          "Siddiqui Fernandes"),
    "en-AU": dict(
        m="Lachlan Mitchell Hamish Darcy Jarrah Cooper Angus Brodie Liam Tane",
        f="Matilda Sienna Tahlia Mackenzie Kirra Isla Maddison Charlotte Aroha Jacinta",
        s="Fitzpatrick Nguyen Mackay Papadopoulos O'Halloran Cartwright Tran Kowalczyk Ellery Bancroft Nakamura "
          "Whitlock"),
    "en-NG": dict(
        m="Chinedu Oluwaseun Emeka Ibrahim Tunde Obinna Musa Adebayo Kelechi Babatunde Uche Suleiman",
        f="Ngozi Funmilayo Chiamaka Aisha Yetunde Amaka Zainab Folake Chidinma Hauwa Ifeoma Bisola",
        s="Okafor Adeyemi Eze Balogun Nwosu Abubakar Okonkwo Olawale Chukwu Danjuma Ogunleye Igwe Bello Onyekachi "
          "Fashola"),
    "en-GH": dict(
        m="Kofi Kwame Yaw Kwabena Kojo Kwesi Fiifi Kwaku Nii Ebo",
        f="Ama Akosua Abena Efua Adwoa Yaa Esi Afua Akua Naa",
        s="Boateng Mensah Asante Owusu Agyeman Osei Darko Acheampong Ofori Amoako Appiah Quaye Tetteh Annan"),
    "es-ES": dict(
        m="Tomás Álvaro Íñigo Javier Sergio Rubén Jordi Xabier Pablo Héctor Joaquín Adrián",
        f="Lucía Nerea Ainhoa Marta Begoña Rocío Paula Montserrat Irene Macarena Inmaculada Aitana",
        s="García Fernández Etxeberria Ruiz Moreno Olmedo Castañeda Iglesias Vázquez Sáez Gallardo Ibáñez "
          "Peñalver Zubizarreta Domínguez Expósito"),
    "es-MX": dict(
        m="José_Luis Juan_Carlos Emiliano Rodrigo Alejandro Jesús Fernando Ulises Octavio Rigoberto",
        f="María_Fernanda Guadalupe Ximena Itzel Valeria Daniela Citlali Alejandra Yadira Maricela",
        s="Hernández López Ramírez Zúñiga Treviño Garza Mendoza Villaseñor Navarrete Ochoa Cisneros Bustamante "
          "Maldonado"),
    "es-CO": dict(
        m="Andrés_Felipe Juan_David Santiago Camilo Julián Jhon_Jairo Sebastián",
        f="Luisa_Fernanda Valentina Natalia Manuela Yesenia Paola Catalina",
        s="Restrepo Cardona Ospina Gaviria Londoño Quintero Arango Betancur Jaramillo Zapata Montoya"),
    "pt-BR": dict(
        m="João_Pedro Thiago Rafael Gustavo Luiz_Carlos Matheus Vinícius Caio Anderson Wellington Raimundo",
        f="Ana_Beatriz Juliana Larissa Fernanda Thaís Gabriela Letícia Raíssa Jéssica Camila Francisca",
        s="Silva Santos Oliveira Souza Pereira Carvalho Nascimento Albuquerque Gonçalves Araújo Barbosa "
          "Cavalcanti Ribeiro Figueiredo"),
    "pt-PT": dict(
        m="Duarte Gonçalo Rui Tiago Nuno Henrique Afonso Vasco",
        f="Inês Beatriz Leonor Mafalda Joana Carolina Matilde Margarida",
        s="Ferreira Rodrigues Fonseca Magalhães Coutinho Sequeira Antunes Quaresma Lobo Teixeira Vasconcelos"),
    "fr-FR": dict(
        m="Jean-Baptiste Mathieu Théo Guillaume Rémi Yannick Karim Loïc Étienne Benoît Pierre-Yves Mamadou",
        f="Camille Élodie Margaux Anaïs Sandrine Inès Clémence Aurélie Noémie Maëlle Marie-Claire Fatoumata",
        s="Lefèvre Moreau Girard Faure Mercier Dubois Benali Rousseau Chevalier Lemaire de_La_Rochère Le_Goff "
          "Duval Traoré N'Diaye Giraud"),
    "fr-CA": dict(
        m="Jean-François Mathis Olivier Félix Gabriel Samuel Marc-André",
        f="Marie-Ève Geneviève Chloé Rosalie Émilie Audrey Marie-Pier",
        s="Tremblay Gagnon Bouchard Côté Lévesque Gauthier Pelletier Bergeron Thibodeau Ouellet"),
    "de-DE": dict(
        m="Lukas Jonas Maximilian Tobias Jörg Uwe Sven Niklas Florian Deniz Matthias Hans-Peter",
        f="Hannah Lea Anja Jana Katharina Lena Birgit Sophie Ute Mareike Anne-Kathrin Elif",
        s="Müller Schröder Wagner Becker Hoffmann Köhler Weiß Schäfer Krüger Yılmaz von_Hohenberg Meißner Brandt "
          "Lehmann Kaczmarek Schulze-Everding"),
    "de-AT": dict(
        m="Florian Lorenz Valentin Kilian Ferdinand Stefan Andreas",
        f="Theresa Magdalena Johanna Verena Christina Elisabeth Barbara",
        s="Gruber Huber Pichler Steiner Moser Leitner Hofer Wimmer Eder Aigner Haslinger"),
    "de-CH": dict(
        m="Reto Urs Beat Samuel Dario Luca Jürg",
        f="Nadine Corinne Seraina Andrea Anja Livia Ursina",
        s="Meier Brunner Zürcher Baumgartner Keller Gerber Widmer Schneeberger Bachmann Caflisch"),
    "it-IT": dict(
        m="Giuseppe Lorenzo Matteo Alessandro Davide Gianluca Salvatore Niccolò Federico Raffaele Gianmarco",
        f="Chiara Giulia Francesca Martina Alessia Sofia Ilaria Federica Beatrice Rosaria Annalisa",
        s="Esposito Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Lombardi D'Angelo Barbieri "
          "Ferraro Lo_Russo"),
    "nl-NL": dict(
        m="Daan Sem Bram Joost Thijs Pieter Ruben Jeroen Wouter Mohamed",
        f="Sanne Fleur Lotte Femke Anouk Eline Noor Marieke Iris Fatima",
        s="de_Vries van_den_Berg Jansen Bakker Visser Smit Meijer de_Jong van_Dijk Mulder Bosman van_der_Linden "
          "Hoekstra El_Amrani"),
    "pl-PL": dict(
        m="Paweł Krzysztof Michał Tomasz Łukasz Wojciech Grzegorz Jakub Piotr Bartosz",
        f="Agnieszka Katarzyna Małgorzata Joanna Magdalena Zofia Aleksandra Natalia Ewa Bożena",
        s="Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Zieliński/Zielińska "
          "Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur "
          "Krawczyk Grabowski/Grabowska Pietrzak"),
    "sv-SE": dict(
        m="Erik Oskar Johan Anders Mattias Nils Axel Emil Björn Ahmad",
        f="Elin Maja Ingrid Linnéa Sara Karin Astrid Ebba Frida Amira",
        s="Lindqvist Andersson Johansson Bergström Nyström Sjöberg Holm Åberg Ekström Lundgren Engström Dahl"),
    "nb-NO": dict(
        m="Håkon Magnus Eirik Sindre Ole Øyvind Jørgen Kristian",
        f="Ingrid Sigrid Tuva Ragnhild Solveig Marit Kari Ane",
        s="Haugen Johansen Olsen Berg Solberg Bakke Strand Dahl Lie Fjeld Sæther Aasen"),
    "da-DK": dict(
        m="Mads Rasmus Søren Frederik Mikkel Anders Kasper",
        f="Mette Signe Freja Ida Louise Camilla Sofie",
        s="Nielsen Jensen Christensen Mortensen Kjær Østergaard Thomsen Rasmussen Bech Holst"),
    "fi-FI": dict(
        m="Juha Mikko Antti Janne Ville Eero Tuomas Jukka",
        f="Aino Sanna Tiina Liisa Helmi Kaisa Minna Venla",
        s="Virtanen Korhonen Mäkinen Nieminen Hämäläinen Heikkinen Järvinen Laaksonen Salminen Lehtonen"),
    "cs-CZ": dict(
        m="Jiří Petr Tomáš Ondřej Lukáš Vojtěch Radek Zdeněk",
        f="Tereza Eliška Lucie Kateřina Markéta Veronika Hana Zuzana",
        s="Svoboda/Svobodová Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá "
          "Horák/Horáková Němec/Němcová Pokorný/Pokorná Marek/Marková"),
    "hu-HU": dict(
        m="László Gábor Zoltán Bence Balázs Ádám Tamás",
        f="Zsófia Eszter Katalin Réka Anna Dóra Krisztina",
        s="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp"),
    "ro-RO": dict(
        m="Andrei Mihai Ionuț Bogdan Cătălin Radu Ștefan Vlad",
        f="Ioana Andreea Mihaela Alexandra Roxana Bianca Cristina Oana",
        s="Popescu Ionescu Dumitrescu Stan Gheorghe Constantinescu Munteanu Rădulescu Marinescu Vasilescu Lungu "
          "Țurcanu"),
    "el-GR": dict(
        m="Γιώργος|Giorgos Δημήτρης|Dimitris Νίκος|Nikos Κωνσταντίνος|Konstantinos Παναγιώτης|Panagiotis "
          "Χρήστος|Christos Σπύρος|Spyros Ανδρέας|Andreas",
        f="Μαρία|Maria Ελένη|Eleni Κατερίνα|Katerina Αικατερίνη|Aikaterini Σοφία|Sofia Δέσποινα|Despoina "
          "Αναστασία|Anastasia Βασιλική|Vasiliki",
        s="Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou Γεωργίου|Georgiou Οικονόμου|Oikonomou "
          "Νικολάου|Nikolaou Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni Βλάχος/Βλάχου|Vlachos/Vlachou "
          "Αντωνίου|Antoniou Μακρής/Μακρή|Makris/Makri Παππάς/Παππά|Pappas/Pappa Δημητρίου|Dimitriou"),
    "tr-TR": dict(
        m="Mehmet Mustafa Emre Burak Ahmet Oğuz Çağrı Serkan Kaan Yusuf",
        f="Ayşe Zeynep Elif Merve Büşra Gülşen Özlem Şeyma Ebru Derya",
        s="Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aslan Güneş Koç Kurt"),
    "ru-RU": dict(
        m="Дмитрий|Dmitry Алексей|Alexey Сергей|Sergey Иван|Ivan Михаил|Mikhail Никита|Nikita Артём|Artyom "
          "Павел|Pavel Андрей|Andrey",
        f="Анастасия|Anastasia Екатерина|Ekaterina Ольга|Olga Татьяна|Tatiana Наталья|Natalya Мария|Maria "
          "Ксения|Ksenia Дарья|Darya Юлия|Yulia",
        s="Смирнов/Смирнова|Smirnov/Smirnova Кузнецов/Кузнецова|Kuznetsov/Kuznetsova Соколов/Соколова|Sokolov/Sokolova "
          "Попов/Попова|Popov/Popova Лебедев/Лебедева|Lebedev/Lebedeva Козлов/Козлова|Kozlov/Kozlova "
          "Новиков/Новикова|Novikov/Novikova Морозов/Морозова|Morozov/Morozova Волков/Волкова|Volkov/Volkova "
          "Захаров/Захарова|Zakharov/Zakharova Белоусов/Белоусова|Belousov/Belousova",
        p="Андреевич/Андреевна|Andreyevich/Andreyevna Сергеевич/Сергеевна|Sergeyevich/Sergeyevna "
          "Викторович/Викторовна|Viktorovich/Viktorovna Игоревич/Игоревна|Igorevich/Igorevna "
          "Александрович/Александровна|Aleksandrovich/Aleksandrovna Николаевич/Николаевна|Nikolayevich/Nikolayevna"),
    "uk-UA": dict(
        m="Олександр|Oleksandr Тарас|Taras Богдан|Bohdan Андрій|Andrii Дмитро|Dmytro Юрій|Yurii Остап|Ostap "
          "Максим|Maksym",
        f="Оксана|Oksana Ірина|Iryna Наталія|Nataliia Олена|Olena Соломія|Solomiia Христина|Khrystyna "
          "Юлія|Yuliia Марія|Mariia",
        s="Шевчук|Shevchuk Коваленко|Kovalenko Бондаренко|Bondarenko Ткаченко|Tkachenko Мельник|Melnyk "
          "Кравчук|Kravchuk Олійник|Oliinyk Гнатюк|Hnatiuk Лисенко|Lysenko Поліщук|Polishchuk",
        p="Іванович/Іванівна|Ivanovych/Ivanivna Петрович/Петрівна|Petrovych/Petrivna "
          "Миколайович/Миколаївна|Mykolaiovych/Mykolaivna Васильович/Василівна|Vasylovych/Vasylivna"),
    "ru-KZ": dict(
        m="Нурлан|Nurlan Ерлан|Yerlan Асхат|Askhat Айдос|Aidos Данияр|Daniyar Бауыржан|Bauyrzhan",
        f="Айгерим|Aigerim Динара|Dinara Асель|Assel Жанар|Zhanar Гульнара|Gulnara Мадина|Madina",
        s="Нурланов/Нурланова|Nurlanov/Nurlanova Абдрахманов/Абдрахманова|Abdrakhmanov/Abdrakhmanova "
          "Сейтказиев/Сейтказиева|Seitkaziyev/Seitkaziyeva Жумабаев/Жумабаева|Zhumabayev/Zhumabayeva "
          "Касымов/Касымова|Kassymov/Kassymova Омаров/Омарова|Omarov/Omarova Тулегенов/Тулегенова|Tulegenov/Tulegenova"),
    "ka-GE": dict(
        m="გიორგი|Giorgi ლევან|Levan დავით|Davit ნიკა|Nika ირაკლი|Irakli ლაშა|Lasha ზურაბ|Zurab",
        f="ნინო|Nino თამარ|Tamar ანა|Ana მარიამ|Mariam ეკატერინე|Ekaterine სალომე|Salome ქეთევან|Ketevan",
        s="ბერიძე|Beridze კაპანაძე|Kapanadze ლომიძე|Lomidze გელაშვილი|Gelashvili მაისურაძე|Maisuradze "
          "ჯაფარიძე|Japaridze ხარაიშვილი|Kharaishvili ნოზაძე|Nozadze ქავთარაძე|Kavtaradze"),
    "hy-AM": dict(
        m="Արամ|Aram Տիգրան|Tigran Դավիթ|Davit Հայկ|Hayk Արմեն|Armen Գոռ|Gor Նարեկ|Narek",
        f="Անի|Ani Նարինե|Narine Լուսինե|Lusine Մարիամ|Mariam Սոնա|Sona Արփի|Arpi Գայանե|Gayane",
        s="Հովհաննիսյան|Hovhannisyan Սարգսյան|Sargsyan Պետրոսյան|Petrosyan Գրիգորյան|Grigoryan "
          "Խաչատրյան|Khachatryan Ավետիսյան|Avetisyan Մկրտչյան|Mkrtchyan Հարությունյան|Harutyunyan "
          "Ղազարյան|Ghazaryan"),
    "am-ET": dict(
        m="አበበ|Abebe ዳዊት|Dawit ሰለሞን|Solomon ተስፋዬ|Tesfaye ዮሐንስ|Yohannes ብርሃኑ|Birhanu መስፍን|Mesfin",
        f="ሕይወት|Hiwot መሰረት|Meseret ትዕግስት|Tigist ሰላማዊት|Selamawit ቤተልሔም|Betelhem ፍሬሕይወት|Frehiwot "
          "ማህሌት|Mahlet",
        s="ገብረመድህን|Gebremedhin ታደሰ|Tadesse በቀለ|Bekele ኃይሌ|Haile ወልደማርያም|Woldemariam አሰፋ|Assefa "
          "ተክሌ|Tekle ደምሴ|Demissie ግርማ|Girma"),
    "ar-SA": dict(
        m="محمد|Mohammed عبدالله|Abdullah فيصل|Faisal خالد|Khalid سلطان|Sultan تركي|Turki نواف|Nawaf "
          "عبدالرحمن|Abdulrahman",
        f="نورة|Noura ريم|Reem هيفاء|Haifa لمى|Lama سارة|Sarah منيرة|Munira العنود|Alanoud جواهر|Jawaher",
        s="العتيبي|Al-Otaibi القحطاني|Al-Qahtani الغامدي|Al-Ghamdi الشمري|Al-Shammari الدوسري|Al-Dosari "
          "الحربي|Al-Harbi الزهراني|Al-Zahrani المطيري|Al-Mutairi السبيعي|Al-Subaie"),
    "ar-EG": dict(
        m="أحمد|Ahmed محمود|Mahmoud مصطفى|Mostafa عمرو|Amr كريم|Karim يوسف|Youssef شريف|Sherif",
        f="منى|Mona ياسمين|Yasmine هبة|Heba دينا|Dina نورهان|Nourhan سلمى|Salma مريم|Mariam",
        s="عبد_الفتاح|Abdel_Fattah السيد|El_Sayed حسن|Hassan إبراهيم|Ibrahim عبد_العزيز|Abdel_Aziz "
          "الشريف|El_Sherif فوزي|Fawzy رمضان|Ramadan عثمان|Osman"),
    "he-IL": dict(
        m="יונתן|Yonatan אורי|Uri איתי|Itai נועם|Noam דניאל|Daniel עומר|Omer אביב|Aviv",
        f="נועה|Noa שירה|Shira מיכל|Michal תמר|Tamar יעל|Yael הדס|Hadas רותם|Rotem",
        s="כהן|Cohen לוי|Levi מזרחי|Mizrahi פרידמן|Friedman אברהמי|Avrahami ביטון|Biton שפירא|Shapira "
          "גולדברג|Goldberg אזולאי|Azoulay בן-דוד|Ben-David"),
    "fa-IR": dict(
        m="علی|Ali رضا|Reza امیرحسین|Amirhossein مهدی|Mehdi حسین|Hossein آرش|Arash بهنام|Behnam",
        f="زهرا|Zahra فاطمه|Fatemeh مریم|Maryam نگار|Negar سارا|Sara شیرین|Shirin پریسا|Parisa",
        s="محمدی|Mohammadi حسینی|Hosseini رضایی|Rezaei کریمی|Karimi احمدی|Ahmadi موسوی|Mousavi "
          "جعفری|Jafari صادقی|Sadeghi نوروزی|Norouzi"),
    "hi-IN": dict(
        m="राहुल|Rahul अमित|Amit विकास|Vikas सौरभ|Saurabh अंकित|Ankit मनोज|Manoj आदित्य|Aditya रोहित|Rohit",
        f="प्रिया|Priya पूजा|Pooja अंजलि|Anjali नेहा|Neha सुनीता|Sunita रिया|Riya कविता|Kavita स्वाति|Swati",
        s="शर्मा|Sharma वर्मा|Verma गुप्ता|Gupta सिंह|Singh यादव|Yadav मिश्रा|Mishra चौहान|Chauhan "
          "त्रिपाठी|Tripathi जोशी|Joshi पांडे|Pandey"),
    "bn-BD": dict(
        m="রাকিব|Rakib তানভীর|Tanvir আরিফ|Arif সাকিব|Sakib মাহমুদ|Mahmud ফাহিম|Fahim নাফিস|Nafis",
        f="নুসরাত|Nusrat ফারহানা|Farhana তাসনিম|Tasnim সাদিয়া|Sadia রুমানা|Rumana মিথিলা|Mithila শারমিন|Sharmin",
        s="হোসেন|Hossain রহমান|Rahman চৌধুরী|Chowdhury ইসলাম|Islam আহমেদ|Ahmed সরকার|Sarkar ভূঁইয়া|Bhuiyan "
          "তালুকদার|Talukder মজুমদার|Majumder"),
    "ta-IN": dict(
        m="கார்த்திக்|Karthik அருண்|Arun செந்தில்|Senthil விக்னேஷ்|Vignesh பாலாஜி|Balaji சுரேஷ்|Suresh "
          "முருகன்|Murugan",
        f="பிரியா|Priya கவிதா|Kavitha மீனாட்சி|Meenakshi தீபா|Deepa லட்சுமி|Lakshmi ஐஸ்வர்யா|Aishwarya "
          "சங்கீதா|Sangeetha",
        s="ராமசாமி|Ramasamy சுப்பிரமணியன்|Subramanian கிருஷ்ணன்|Krishnan வேலு|Velu ராஜேந்திரன்|Rajendran "
          "பழனிசாமி|Palanisamy சந்திரசேகரன்|Chandrasekaran"),
    "th-TH": dict(
        m="สมชาย|Somchai ธนากร|Thanakorn ณัฐวุฒิ|Nattawut วีระพงษ์|Weerapong อนุชา|Anucha ศักดิ์ชัย|Sakchai "
          "กิตติพัฒน์|Kittipat",
        f="สุภาพร|Supaporn กนกวรรณ|Kanokwan ปิยะนุช|Piyanuch วราภรณ์|Waraporn ณัฐธิดา|Nattida อรอุมา|Onuma "
          "พิมพ์ชนก|Pimchanok",
        s="ศรีสุข|Srisuk วงศ์สวัสดิ์|Wongsawat จันทร์เพ็ญ|Chanpen ทองดี|Thongdee สุขประเสริฐ|Sukprasert "
          "บุญมา|Boonma แก้วมณี|Kaewmanee รัตนพันธ์|Rattanaphan"),
    "vi-VN": dict(
        m="Minh Tuấn Hoàng Đức Quang Thành Bảo Khoa",
        f="Lan Hương Trang Linh Thảo Phương Ngọc_Anh Mai",
        s="Nguyễn Trần Lê Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ",
        mid_m="Văn Đức Hữu Minh Quốc", mid_f="Thị Ngọc Thu Thanh Bảo"),
    "id-ID": dict(
        m="Budi Agus Rizky Dimas Wahyu Fajar Hendra Bayu",
        f="Siti Dewi Putri Rina Ayu Indah Fitri Wulan",
        s="Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Setiawan Halim Siregar Simanjuntak"),
    "tl-PH": dict(
        m="Jose_Miguel Mark_Anthony Paolo Carlo Jericho Rommel Jun-jun",
        f="Maria_Cristina Kristine Jennylyn Mary_Grace Angelica Rowena Lovely",
        s="Reyes Bautista dela_Cruz Villanueva Macaraeg Dimaculangan Pangilinan Manalo Soriano Lacson Ocampo "
          "Magbanua"),
    "ja-JP": dict(
        m="翔太|Shota|ショウタ 大輔|Daisuke|ダイスケ 健一|Kenichi|ケンイチ 拓海|Takumi|タクミ 悠真|Yuma|ユウマ "
          "直樹|Naoki|ナオキ 亮|Ryo|リョウ",
        f="美咲|Misaki|ミサキ 陽菜|Hina|ヒナ 由美子|Yumiko|ユミコ 彩|Aya|アヤ 結衣|Yui|ユイ 真由美|Mayumi|マユミ "
          "恵|Megumi|メグミ",
        s="佐藤|Sato|サトウ 鈴木|Suzuki|スズキ 高橋|Takahashi|タカハシ 田中|Tanaka|タナカ 渡辺|Watanabe|ワタナベ "
          "伊藤|Ito|イトウ 中村|Nakamura|ナカムラ 小林|Kobayashi|コバヤシ 松本|Matsumoto|マツモト "
          "井上|Inoue|イノウエ 木村|Kimura|キムラ"),
    "ko-KR": dict(
        m="민준|Min-jun 서준|Seo-jun 도윤|Do-yun 현우|Hyun-woo 지훈|Ji-hoon 성민|Sung-min 준호|Jun-ho",
        f="서연|Seo-yeon 지우|Ji-woo 수빈|Su-bin 민지|Min-ji 하은|Ha-eun 예린|Ye-rin 지현|Ji-hyun",
        s="김|Kim 이|Lee 박|Park 최|Choi 정|Jung 강|Kang 조|Cho 윤|Yoon 장|Jang 임|Lim 한|Han 오|Oh"),
    "zh-CN": dict(
        m="伟|Wei 浩然|Haoran 子轩|Zixuan 建国|Jianguo 志强|Zhiqiang 俊杰|Junjie 宇航|Yuhang",
        f="静|Jing 欣怡|Xinyi 丽娟|Lijuan 婷婷|Tingting 雨萱|Yuxuan 晓燕|Xiaoyan 梓涵|Zihan",
        s="王|Wang 李|Li 张|Zhang 刘|Liu 陈|Chen 杨|Yang 黄|Huang 赵|Zhao 周|Zhou 吴|Wu 徐|Xu 孙|Sun 欧阳|Ouyang"),
    "zh-TW": dict(
        m="冠宇|Kuan-yu 承恩|Cheng-en 家豪|Chia-hao 志明|Chih-ming 宗翰|Tsung-han 彥廷|Yen-ting",
        f="怡君|Yi-chun 雅婷|Ya-ting 淑芬|Shu-fen 佩珊|Pei-shan 詩涵|Shih-han 宜蓁|Yi-chen",
        s="陳|Chen 林|Lin 黃|Huang 張|Chang 李|Lee 王|Wang 吳|Wu 劉|Liu 蔡|Tsai 楊|Yang 許|Hsu 鄭|Cheng"),
    "sw-KE": dict(
        m="Brian Kevin Dennis Collins Juma Baraka Kiprono Kibet",
        f="Wanjiku Achieng Njeri Akinyi Faith Mercy Zawadi Chebet",
        s="Otieno Kamau Mwangi Odhiambo Wanjala Kiprotich Mutua Omondi Njoroge Kariuki Ochieng Wekesa"),
}


def _parse(entry):
    """Return dict with keys native/roman/kana, each a (male, female) pair."""
    bits = entry.replace("_", " ").split("|")
    native = bits[0]
    roman = bits[1] if len(bits) > 1 else bits[0]
    kana = bits[2] if len(bits) > 2 else None

    def mf(s):
        if "/" in s:
            a, b = s.split("/")
            return (a, b)
        return (s, s)
    return {"native": mf(native), "roman": mf(roman), "kana": (kana, kana) if kana else None}


POOL = {}
for _loc, _d in NAMES.items():
    POOL[_loc] = {k: [_parse(e) for e in v.split()] for k, v in _d.items()}
