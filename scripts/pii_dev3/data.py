# -*- coding: utf-8 -*-
"""Hand-written word lists for the dev3 PII corpus generator (pure data, no randomness)."""


def L(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# locale -> (given names, family names).  For ru/pl/el the first half of the
# given list is male and the second half female (family names get feminised).
NAMES = {
    "en-US": (L("James|Michael|Robert|David|William|Tyler|Brandon|Kevin|Jason|Ryan|Austin|Cody|Dustin|Trevor|Marcus|Jennifer|Ashley|Jessica|Brittany|Megan|Kayla|Tiffany|Danielle|Courtney|Heather|Amber|Shannon|Lindsey|Crystal|Whitney|DeShawn|Latoya|Keisha|Darnell"),
              L("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|Martin|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|Baker|O'Neill|McAllister")),
    "en-GB": (L("Oliver|Harry|George|Jack|Charlie|Alfie|Freddie|Archie|Rhys|Callum|Declan|Hamish|Niall|Ewan|Gareth|Amelia|Isla|Poppy|Imogen|Freya|Niamh|Siobhan|Sinead|Aoife|Bethan|Cerys|Eilidh|Morag|Harriet|Philippa"),
              L("Patel|Jones|Evans|Hughes|Roberts|Edwards|Davies|Morgan|Murphy|O'Brien|O'Connor|MacDonald|McLeod|Campbell|Stewart|Fraser|Thomson|Ferguson|Pritchard|Llewellyn|Whitaker|Ashworth|Pemberton|Fairbrother|Armitage|Higginbottom|Sutcliffe|Ramsbottom|Cholmondeley|Featherstone")),
    "de-DE": (L("Lukas|Jonas|Felix|Maximilian|Leon|Paul|Finn|Elias|Tobias|Johannes|Matthias|Stefan|Jürgen|Klaus|Dieter|Anna|Lena|Laura|Julia|Sophie|Lea|Hannah|Katharina|Sabine|Ursula|Birgit|Petra|Franziska|Annika|Greta"),
              L("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Krause|von Berg|von der Heide|Großmann|Weiß")),
    "fr-FR": (L("Louis|Gabriel|Léo|Raphaël|Arthur|Hugo|Jules|Mathéo|Théo|Étienne|Benoît|François|Jérôme|Guillaume|Thibault|Jean-Baptiste|Camille|Léa|Chloé|Manon|Inès|Jade|Louise|Émilie|Margaux|Amélie|Hélène|Céline|Océane|Noémie|Clémence|Marie-Claire"),
              L("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|Garnier|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Mercier|Dupont|Lambert|Bonnet|Faure|de la Fontaine|Le Goff|de Villiers|N'Diaye")),
    "es-ES": (L("Alejandro|Pablo|Javier|Sergio|Carlos|Álvaro|Diego|Jorge|Adrián|Íñigo|Raúl|Rubén|Gonzalo|Marcos|Andrés|Lucía|María|Paula|Carmen|Laura|Marta|Elena|Sofía|Nerea|Irene|Begoña|Pilar|Rocío|Ainhoa|Montserrat"),
              L("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Ramírez|Serrano|Blanco|de la Fuente|Echeverría|Urquijo")),
    "es-MX": (L("José Luis|Juan Carlos|Emiliano|Santiago|Diego|Héctor|Arturo|Rodrigo|Cuauhtémoc|Jesús|Omar|Iván|Luis Fernando|Ulises|Tonatiuh|Guadalupe|Ximena|Itzel|Valeria|Mariana|Renata|Regina|Fernanda|Alejandra|Yolanda|Rosa María|Citlali|Xóchitl|Brenda|Karla|Daniela|Leticia"),
              L("Hernández|García|Martínez|López|González|Rodríguez|Pérez|Sánchez|Ramírez|Cruz|Flores|Gómez|Morales|Vázquez|Reyes|Jiménez|Torres|Díaz|Gutiérrez|Ruiz|Mendoza|Aguilar|Ortiz|Castillo|Romero|Chávez|Rivera|Juárez|Villalobos|de los Santos|Tlatelpa|Xicoténcatl")),
    "it-IT": (L("Francesco|Alessandro|Lorenzo|Matteo|Leonardo|Andrea|Gabriele|Riccardo|Tommaso|Giuseppe|Antonio|Marco|Giovanni|Luca|Stefano|Giulia|Sofia|Aurora|Alice|Ginevra|Chiara|Francesca|Martina|Federica|Valentina|Elisa|Beatrice|Alessia|Giorgia|Ilaria"),
              L("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|D'Angelo|Dell'Acqua|Lo Bianco")),
    "pt-BR": (L("João Pedro|Lucas|Gabriel|Rafael|Thiago|Mateus|Bruno|Felipe|Gustavo|Leonardo|Vinícius|Caio|Rodrigo|Henrique|Ana Beatriz|Mariana|Larissa|Fernanda|Juliana|Camila|Letícia|Gabriela|Bianca|Luana|Thaís|Débora|Aline|Renata|Maria das Graças|Conceição"),
              L("Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Martins|Carvalho|Almeida|Lopes|Soares|Fernandes|Vieira|Barbosa|Rocha|Dias|Nascimento|Andrade|Moreira|Nunes|Marques|Machado|dos Santos|da Conceição|de Souza Lima")),
    "pl-PL": (L("Tomasz|Piotr|Krzysztof|Andrzej|Paweł|Michał|Marcin|Jakub|Łukasz|Grzegorz|Mateusz|Wojciech|Rafał|Szymon|Bartłomiej|Anna|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|Aleksandra|Monika|Zofia|Dorota|Weronika|Justyna|Żaneta"),
              L("Wiśniewski|Kowalski|Nowak|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|Nowakowski|Pawłowski|Michalski|Król|Wieczorek|Jabłoński|Wróbel|Majewski|Olszewski|Stępień|Malinowski|Górski|Brzęczyszczykiewicz")),
    "nl-NL": (L("Daan|Sem|Lucas|Milan|Levi|Bram|Thijs|Jesse|Ruben|Sander|Joost|Pieter|Wouter|Maarten|Jeroen|Emma|Julia|Sophie|Tess|Fenna|Sanne|Lotte|Eva|Anouk|Femke|Marieke|Ilse|Noor|Roos|Lieke"),
              L("van der Berg|de Jong|Jansen|de Vries|van den Bosch|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van Dijk|Kok|Jacobs|de Haan|Vermeulen|van der Linden|'t Hart")),
    "sv-SE": (L("Erik|Lars|Karl|Anders|Johan|Per|Nils|Olof|Magnus|Björn|Oskar|Axel|Gustav|Hampus|Viggo|Linnéa|Astrid|Ingrid|Maja|Elsa|Ebba|Saga|Sigrid|Karin|Kerstin|Britt|Åsa|Märta|Solveig|Freja|Tove"),
              L("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Lindqvist|Lundgren|Berglund|Åberg|Sjöberg|Engström|Holmberg|Nyström|Lindström|Bergström|Sandberg|Forsberg|Söderberg")),
    "tr-TR": (L("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Murat|Emre|Burak|Oğuz|Çağlar|Serkan|Yusuf|Kerem|Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Merve|Özlem|Gülşen|Şeyma|Büşra|İrem|Ebru|Deniz|Sevgi"),
              L("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Erdoğan|Güneş|Aktaş|Bulut|Tekin|Karaca|Ünal|Bozkurt")),
    "ru-RU": (L("Александр|Дмитрий|Максим|Сергей|Андрей|Алексей|Иван|Михаил|Никита|Егор|Артём|Павел|Роман|Олег|Игорь|Анна|Мария|Елена|Ольга|Наталья|Татьяна|Ирина|Екатерина|Светлана|Юлия|Дарья|Полина|Ксения|Виктория|Алина"),
              L("Иванов|Смирнов|Кузнецов|Попов|Васильев|Петров|Соколов|Михайлов|Новиков|Фёдоров|Морозов|Волков|Алексеев|Лебедев|Семёнов|Егоров|Павлов|Козлов|Степанов|Николаев|Орлов|Андреев|Макаров|Никитин|Захаров|Зайцев|Соловьёв|Борисов|Яковлев|Григорьев")),
    "uk-UA": (L("Олександр|Андрій|Богдан|Василь|Дмитро|Іван|Микола|Олег|Петро|Тарас|Юрій|Ярослав|Степан|Остап|Максим|Оксана|Олена|Ірина|Наталія|Тетяна|Людмила|Галина|Марія|Соломія|Христина|Софія|Дарина|Богдана|Ярина|Зоряна"),
              L("Шевченко|Бондаренко|Коваленко|Ткаченко|Кравченко|Олійник|Мельник|Шевчук|Поліщук|Бойко|Ковальчук|Лисенко|Марченко|Руденко|Савченко|Петренко|Клименко|Павленко|Гончаренко|Литвиненко|Мороз|Кравчук|Сидоренко|Тимошенко|Федоренко|Гаврилюк|Дорошенко|Яременко|Захарченко|Вакарчук")),
    "el-GR": (L("Γιώργος|Δημήτρης|Κωνσταντίνος|Γιάννης|Νίκος|Παναγιώτης|Βασίλης|Χρήστος|Αθανάσιος|Μιχάλης|Ευάγγελος|Σπύρος|Αντώνης|Στέλιος|Θοδωρής|Μαρία|Ελένη|Αικατερίνη|Βασιλική|Σοφία|Αγγελική|Γεωργία|Δήμητρα|Κωνσταντίνα|Ευαγγελία|Ιωάννα|Χριστίνα|Παρασκευή|Δέσποινα|Αναστασία"),
              L("Παπαδόπουλος|Παπαδάκης|Γεωργίου|Οικονόμου|Νικολάου|Παπανικολάου|Βασιλείου|Αθανασίου|Δημητρίου|Ιωάννου|Κωνσταντίνου|Καραγιάννης|Μακρής|Αλεξίου|Σταθόπουλος|Αντωνίου|Πετρόπουλος|Χριστοδούλου|Κωστόπουλος|Λαμπράκης|Μαυρίδης|Ζαχαρίου|Τσακίρης|Κυριακίδης|Μιχαηλίδης|Πολυχρόνης|Σαββίδης|Ραφαηλίδης|Θεοδωρίδης|Αναστασίου")),
    "ar-SA": (L("محمد|أحمد|علي|عمر|يوسف|خالد|حسن|إبراهيم|مصطفى|طارق|سامي|كريم|فاطمة|عائشة|مريم|نور|ليلى|سارة|هدى|رنا|ياسمين|زينب|سلمى|دينا|أمل|هالة|رشا|منى|خديجة|سعاد"),
              L("العلي|الحسن|الخطيب|المصري|الشامي|حداد|نصار|منصور|سليمان|عباس|القاسم|الزهراني|العتيبي|الشمري|الدوسري|القحطاني|الغامدي|الحربي|المطيري|بن سالم|عبد الله|الأحمد|النجار|الحلبي|العمري|الفارس|الرفاعي|السيد|الكردي|أبو زيد")),
    "ar-Latn": (L("Mohammed|Ahmed|Omar|Khalid|Youssef|Tariq|Hassan|Karim|Samir|Faisal|Rami|Nabil|Hamza|Bilal|Ziad|Fatima|Aisha|Mariam|Layla|Noor|Huda|Rania|Yasmin|Salma|Dina|Amal|Hala|Reem|Lina|Zainab"),
                L("al-Rashid|al-Hashimi|bin Salman|al-Farsi|Haddad|Nassar|Mansour|el-Sayed|Abdullah|al-Qasimi|al-Masri|Khoury|Saleh|Aziz|bin Zayed|al-Amin|Hamdan|Darwish|al-Zahrani|Karam|Barakat|Qureshi|Siddiqui|Abu Bakr|bint Khalid|Al Maktoum|el-Khatib|Shaheen|al-Otaibi|Bou Khalil")),
    "he-IL": (L("דוד|יוסף|משה|אברהם|יונתן|איתי|עומר|אורי|נועם|דניאל|אריאל|גיא|עידו|רועי|אלון|נועה|תמר|יעל|מאיה|שירה|אביגיל|מיכל|רוני|הדס|ליאור|שרה|רחל|לאה|אסתר|חנה"),
              L("כהן|לוי|מזרחי|פרץ|ביטון|דהן|אברהם|פרידמן|אגבאריה|מלכה|אזולאי|כץ|יוסף|דוד|עמר|אוחיון|חדד|גבאי|בן דוד|שפירא|רוזנברג|גולדברג|שושן|אלון|ברק|שמואלי|קליין|וייס|פרנקל|זילברמן")),
    "hi-IN": (L("राहुल|अमित|सुनील|अनिल|विजय|संजय|राजेश|मनोज|अजय|दीपक|रवि|आकाश|अर्जुन|विकास|रोहित|प्रिया|अंजलि|पूजा|नेहा|सुनीता|कविता|रीता|अनीता|मीना|सीमा|आरती|स्नेहा|दिव्या|श्रेया|ज्योति"),
              L("शर्मा|वर्मा|गुप्ता|सिंह|कुमार|यादव|मिश्रा|पांडे|तिवारी|जोशी|अग्रवाल|चौहान|ठाकुर|मेहता|पटेल|शुक्ला|त्रिपाठी|श्रीवास्तव|सक्सेना|भट्ट|राठौर|कपूर|मल्होत्रा|बंसल|चौधरी|दुबे|रस्तोगी|सेठी|नायर|जैन")),
    "hi-Latn": (L("Aarav|Vivaan|Aditya|Arjun|Sai|Reyansh|Ishaan|Kabir|Rohan|Vikram|Rajesh|Sanjay|Anil|Suresh|Pranav|Ananya|Diya|Priya|Kavya|Isha|Meera|Pooja|Neha|Shreya|Riya|Lakshmi|Deepika|Sunita|Anjali|Aishwarya"),
                L("Sharma|Verma|Gupta|Singh|Kumar|Patel|Reddy|Nair|Iyer|Menon|Rao|Joshi|Mehta|Shah|Desai|Kapoor|Malhotra|Chopra|Bhatia|Agarwal|Banerjee|Chatterjee|Mukherjee|Das|Pillai|Krishnan|Subramanian|Venkatesh|Naidu|Kulkarni")),
    "bn-BD": (L("রাহুল|সুমন|তানভীর|রাকিব|আরিফ|ফাহিম|সাকিব|জুবায়ের|নাসির|কামরুল|মাহমুদ|রফিক|শফিক|হাসান|ইমরান|নুসরাত|ফারহানা|সাবরিনা|তাসলিমা|রুমানা|শারমিন|নাজমা|সুমাইয়া|তানিয়া|মিতু|রিয়া|পপি|শিরিন|লাইলা|জান্নাত"),
              L("রহমান|হোসেন|আহমেদ|ইসলাম|খান|চৌধুরী|মিয়া|সরকার|দাস|বিশ্বাস|মন্ডল|রায়|সাহা|ঘোষ|বসু|চক্রবর্তী|ভট্টাচার্য|মুখার্জি|ব্যানার্জি|সেন|দত্ত|পাল|নাথ|হালদার|তালুকদার|শেখ|আলম|কবির|সিদ্দিকী|মজুমদার")),
    "ta-IN": (L("அருண்|கார்த்திக்|விஜய்|சுரேஷ்|ரமேஷ்|முருகன்|செந்தில்|பாலாஜி|கணேஷ்|சரவணன்|பிரகாஷ்|ராஜா|மணி|குமார்|தினேஷ்|பிரியா|லக்ஷ்மி|மீனா|கவிதா|சித்ரா|தேவி|அனிதா|ரேவதி|சுதா|கலா|வள்ளி|நிவேதா|பவித்ரா|ஐஸ்வர்யா|தமிழ்செல்வி"),
              L("சுப்பிரமணியம்|ராமசாமி|கிருஷ்ணன்|வேலுசாமி|நடராஜன்|பழனிசாமி|சுந்தரம்|ராஜேந்திரன்|அண்ணாமலை|கந்தசாமி|சிவகுமார்|வெங்கடேசன்|பாலசுப்ரமணியம்|ஆறுமுகம்|முத்துசாமி|சண்முகம்|ரங்கநாதன்|துரைசாமி|மாரியப்பன்|கோவிந்தன்|ஜெயராமன்|ஸ்ரீனிவாசன்|சேகர்|ராஜகோபால்|நாராயணன்|தங்கராஜ்|இளங்கோவன்|அய்யாசாமி|செல்வராஜ்|பெருமாள்")),
    "th-TH": (L("สมชาย|สมศักดิ์|ประเสริฐ|วิชัย|สุชาติ|ธนากร|กิตติ|อนุชา|ณัฐพล|ปิยะ|ธีรวัฒน์|วีระ|ชัยวัฒน์|อภิชาติ|พงศกร|สมหญิง|สุภาพร|มาลี|วิไล|นภา|ปราณี|กาญจนา|รัตนา|ศิริพร|อรทัย|จันทร์เพ็ญ|พิมพ์ชนก|ณัฐธิดา|กมลชนก|สุดารัตน์"),
              L("สุขสวัสดิ์|ศรีสุข|วงศ์ใหญ่|ทองดี|แก้วมณี|จันทร์แก้ว|บุญมา|ศรีวงศ์|พรหมมา|สายทอง|รุ่งเรือง|เจริญสุข|มั่นคง|ศักดิ์สิทธิ์|ทองคำ|ใจดี|แสงทอง|พึ่งบุญ|นาคสวัสดิ์|อินทร์แก้ว|สมบูรณ์ชัย|ประเสริฐศรี|ธนาสาร|วัฒนกุล|กิตติศักดิ์|ปัญญาดี|ศรีประเสริฐ|บุญยืน|ชัยมงคล|ลิ้มทอง")),
    "zh-CN": (L("伟|芳|娜|秀英|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀兰|霞|平|刚|桂英|建华|子涵|浩然|欣怡|梓萱|宇轩|思远|晓东|雨桐"),
              L("王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|欧阳|司马")),
    "zh-Latn": (L("Wei|Fang|Xiuying|Min|Jing|Qiang|Lei|Jun|Yong|Yan|Jie|Juan|Tao|Ming|Chao|Xiulan|Xia|Ping|Gang|Zihan|Haoran|Xinyi|Zixuan|Yuxuan|Siyuan|Jiahui|Yichen|Xiaodong|Yutong|Meiling"),
                L("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Gao|Lin|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Ouyang|Situ|Cai|Jiang")),
    "ja-JP": (L("はると|ゆうと|そうた|ゆい|あおい|ひなた|さくら|ことね|めい|りく|ハルカ|ユウキ|ケンタ|ミサキ|アヤ|ダイスケ|ナナミ|ショウタ|リナ|タクミ|翔太|美咲|健一|由美|大輔|陽菜|蓮|結衣|拓海|真由美"),
              L("佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|林|斎藤|清水|山崎|森|池田|橋本|阿部|石川|前田|藤田|小川|岡田|サトウ|タナカ")),
    "ko-KR": (L("민준|서연|지우|서준|하은|도윤|지호|수아|예준|지민|시우|하준|유진|현우|지아|은서|준서|서윤|민서|건우|채원|우진|다은|지훈|수빈|예린|태윤|하린|승민|나연"),
              L("김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|전|홍|고|문|양|손|배|백|허|유|남|남궁|선우")),
    "vi-VN": (L("Văn An|Thị Lan|Minh Tuấn|Thu Hà|Quốc Bảo|Ngọc Anh|Đức Thắng|Thanh Hương|Hoàng Long|Mỹ Linh|Gia Huy|Bảo Ngọc|Khánh Linh|Hữu Phước|Thị Hồng|Văn Hùng|Minh Châu|Phương Thảo|Anh Dũng|Xuân Mai|Trọng Nghĩa|Thùy Dung|Hải Yến|Công Vinh|Đình Khoa|Tiến Dũng|Kim Oanh|Nhật Minh|Diệu Linh|Quang Vinh"),
              L("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lâm|Mai|Tạ|Cao|Hà|Châu|Lương|Quách|Tôn|Thái|Kiều|Văn")),
    "yo-NG": (L("Adébáyọ̀|Olúwaṣeun|Fúnmiláyọ̀|Adéwálé|Ayọ̀dèjì|Olúwatóyìn|Bọ́láńlé|Tèmítọ́pẹ́|Ìfẹ́olúwa|Kẹ́hìndé|Táíwò|Ọlámídé|Àbẹ̀ní|Mọ́rẹ́nikẹ́|Yétúndé|Dàmilọ́lá|Fọláṣadé|Ìyábọ̀|Olúmìdé|Babátúndé|Kúnlé|Adérónkẹ́|Títílayọ̀|Ṣọlá|Oyèwọlé|Bùkọ́lá|Ìbùkún|Ọmọ́tọ́ṣọ̀|Akínwùmí|Oláyínká|Kemi|Tunde"),
              L("Adébáyọ̀|Ọlábísí|Adéyẹmí|Ògúnlànà|Àjàyí|Ọládipọ̀|Akínwándé|Fáṣọlá|Adéníyì|Olúwọlé|Ìdòwú|Ọ̀ṣúntókun|Ṣódípẹ̀|Adéògún|Akíndélé|Àkàndé|Ògúndélé|Ọ̀gúnbíyìí|Adélékè|Fálọlá|Oyèlárán|Àlàbí|Adéjùmọ̀|Akínọlá|Ìṣọ̀lá|Adégbóyè|Olúyẹ̀mí|Ọ̀ládèjì|Adeyemi|Ogunleye|Balogun")),
    "ig-NG": (L("Chinedu|Chiamaka|Ngozi|Obinna|Emeka|Nkechi|Ifeoma|Chukwuemeka|Adaeze|Uchenna|Ikenna|Chidinma|Nnamdi|Amarachi|Ebuka|Ọbịọma|Kelechi|Chiọma|Somtochukwu|Ụzọma|Chibuike|Ogechi|Ifeanyi|Nneka|Tochukwu|Ezinne|Onyekachi|Chisom|Ụchechi|Nwakaego"),
              L("Okafor|Okonkwo|Eze|Nwosu|Obi|Nwankwo|Chukwu|Onyeka|Okeke|Ugwu|Nnaji|Ọkọrọ|Ezeh|Ibe|Anyanwu|Nwachukwu|Obiora|Ezeani|Onwuegbuzie|Ọnụọha|Uzor|Agu|Nwafor|Iwu|Mbah|Ogbonna|Ekwueme|Okoli|Umeh|Ọbịanụjụ")),
    "ak-GH": (L("Kofi|Ama|Kwame|Akua|Kwaku|Yaw|Yaa|Kwabena|Abena|Kwasi|Akosua|Kojo|Adwoa|Kwadwo|Afia|Efua|Esi|Ekow|Fiifi|Nana|Kobina|Araba|Ato|Adjoa|Kweku|Afua|Akwasi|Ekua|Serwaa|Amara"),
              L("Mensah|Osei|Owusu|Boateng|Asante|Agyeman|Appiah|Acheampong|Ofori|Darko|Amoah|Opoku|Antwi|Bonsu|Frimpong|Gyamfi|Addo|Ankrah|Quaye|Tetteh|Annan|Sarpong|Asamoah|Kuffour|Nkrumah|Adjei|Oppong|Badu|Baffour|Yeboah")),
    "sw-KE": (L("Kamau|Otieno|Mwangi|Kipchoge|Baraka|Juma|Amani|Faraji|Jabali|Kiprono|Omondi|Barasa|Mutua|Zuberi|Wekesa|Wanjiru|Achieng|Njeri|Wairimu|Akinyi|Imani|Zawadi|Halima|Neema|Rehema|Nia|Makena|Wambui|Chebet|Nyambura|Atieno"),
              L("Kamau|Mwangi|Otieno|Ochieng|Njoroge|Kariuki|Wanjala|Kipkemboi|Odhiambo|Kimani|Mutiso|Onyango|Wafula|Cheruiyot|Karanja|Muthoni|Gitau|Ndungu|Korir|Rotich|Maina|Owino|Waweru|Kiprotich|Nyaga|Kiplagat|Macharia|Omollo|Keter|Wekesa")),
    "fil-PH": (L("Jose|Juan|Mark|Paolo|Jericho|Jayson|Joshua|Aljon|Marlon|Dindo|Bong|Ramil|Jun|Nonoy|Rommel|Maria|Ana|Angelica|Kristine|Rhea|Mary Grace|Lovely|Princess|Kimberly|Rowena|Cherry|Joy|Arlene|Maricel|Liezl|Charmaine"),
               L("dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Ramos|Aquino|Castillo|Flores|Gonzales|Navarro|Dizon|Manalo|Pangilinan|Macaraeg|Lacson|Dimaculangan|Tolentino|Soriano|Salazar|de Leon|Mercado|Magsaysay|Bernardo|Evangelista|Pascual|Agbayani|Tan")),
    "id-ID": (L("Budi|Agus|Adi|Rizky|Andi|Eko|Wahyu|Hendra|Yudi|Bambang|Dedi|Joko|Arief|Bayu|Fajar|Siti|Dewi|Sri|Putri|Ayu|Ratna|Indah|Lestari|Fitri|Nur|Wulan|Kartika|Intan|Mega|Anisa"),
              L("Santoso|Wijaya|Saputra|Kurniawan|Hidayat|Setiawan|Pratama|Wibowo|Susanto|Gunawan|Nugroho|Sutanto|Halim|Siregar|Nasution|Simanjuntak|Lubis|Hutapea|Purnomo|Hartono|Tanjung|Harahap|Sitompul|Rahmawati|Firmansyah|Sembiring|Ginting|Tampubolon|Suryadi|Utomo")),
}

# nicknames / short forms (given -> list)
NICK = {
    "Robert": ["Bob", "Rob", "Bobby"], "Michael": ["Mike", "Mikey"], "William": ["Bill", "Will", "Billy"],
    "James": ["Jim", "Jamie"], "David": ["Dave"], "Jennifer": ["Jen", "Jenny"], "Jessica": ["Jess"],
    "Danielle": ["Dani"], "Courtney": ["Court"], "Kevin": ["Kev"], "Oliver": ["Ollie"], "Harry": ["Haz"],
    "Philippa": ["Pippa"], "Harriet": ["Hattie"], "Alfie": ["Alf"], "Archie": ["Arch"], "Imogen": ["Immy"],
    "Александр": ["Саша", "Шура"], "Дмитрий": ["Дима"], "Иван": ["Ваня"], "Екатерина": ["Катя"],
    "Мария": ["Маша"], "Наталья": ["Наташа"], "Алексей": ["Лёша"], "Михаил": ["Миша"],
    "Олександр": ["Сашко"], "Тарас": ["Тарасик"],
    "Francesco": ["Checco", "Franco"], "Giuseppe": ["Beppe", "Pino"], "Alessandro": ["Ale", "Sandro"],
    "José Luis": ["Pepe"], "Guadalupe": ["Lupe"], "Alejandro": ["Álex"], "Montserrat": ["Montse"],
    "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Tomasz": ["Tomek"],
    "Krzysztof": ["Krzysiek"], "Wojciech": ["Wojtek"], "Johannes": ["Hannes"], "Maximilian": ["Max"],
    "Franziska": ["Franzi"], "Katharina": ["Kathi"], "Olúwaṣeun": ["Ṣeun", "Seun"], "Babátúndé": ["Túndé"],
    "Chukwuemeka": ["Emeka"], "Oluwatóyìn": ["Tóyìn"], "Fúnmiláyọ̀": ["Fúnmi"], "Adébáyọ̀": ["Bayo"],
    "Somtochukwu": ["Somto"], "Tochukwu": ["Tochi"], "Kwabena": ["Kobby"], "Akosua": ["Akos"],
    "Jericho": ["Echo"], "Jayson": ["Jay"], "Mary Grace": ["Grace", "MG"], "Rommel": ["Mel"],
    "Aishwarya": ["Ash"], "Lakshmi": ["Lux"], "Vikram": ["Vicky"], "Konstantinos": ["Kostas"],
    "Κωνσταντίνος": ["Κώστας"], "Παναγιώτης": ["Πάνος"], "Ευάγγελος": ["Βαγγέλης"],
    "João Pedro": ["JP"], "Maria das Graças": ["Gracinha"], "Ana Beatriz": ["Bia"], "Vinícius": ["Vini"],
    "Jean-Baptiste": ["JB"], "Marie-Claire": ["Marie"], "Guillaume": ["Guigui"],
    "Bartłomiej": ["Bartek"], "Mateusz": ["Mati"], "Zeynep": ["Zey"],
}

DOMAINS = L("gmail.com|outlook.com|yahoo.co.uk|proton.me|hotmail.fr|web.de|gmx.de|icloud.com|yandex.ru|mail.ru|naver.com|qq.com|163.com|libero.it|uol.com.br|wp.pl|o2.pl|orange.fr|free.fr|ziggo.nl|telia.se|yahoo.co.jp|hanmail.net|ymail.com|fastmail.com|zoho.com|btinternet.com|sky.com|t-online.de|bigpond.com|rogers.com|eircom.net|rediffmail.com")
WORK_DOMAINS = L("northwind-logistics.com|acme-robotics.io|bluepeak.health|kestrel.finance|orbitalbank.eu|lumenrx.co|harbourline.co.uk|tidewater-legal.com|fernhill.school|quarrylabs.dev|meridianhr.de|calder-energy.fr|vela-insurance.es|altamira.mx|sundial-clinic.in|lagoscargo.ng|savanna-tech.co.ke|nordlys.se|istanbulcloud.com.tr|saigonpay.vn")
HANDLES = L("sunny|kitebird|moonpie|jazzhands|nightowl|bluefin|quietstorm|papaya|tinfoil|cobalt|zeppelin|lilypad|rocketfuel|marmalade|skylark|pebble|wanderer|hazelnut|firefly|mango|octopus|paperplane|glacier|tangerine|lumen|dusk|orbit|pixel|fennel|sparrow")

PW_WORDS = L("maple|river|otter|battery|staple|horse|correct|lantern|cactus|violet|pepper|tiger|glacier|velvet|banjo|walrus|saffron|copper|meadow|thunder|pickle|orbit|marble|falcon|crimson|harbor|biscuit|nimbus|quartz|willow|puffin|jigsaw|mango|ember|sprocket|tundra|zebra|kettle|mosaic|lemon|sailor|oyster|blue|llama|sunrise|purple|monkey|dishwasher|Schmetterling|Kartoffel|mariposa|azul|ciliegia|verde|papillon|fromage|zolw|kedi|gato|raposa|vlinder")
PW_BASES = L("hunter|summer|winter|dragon|sunshine|welcome|letmein|princess|football|monkey|shadow|master|qwerty|trustno1|iloveyou|starwars|baseball|michelle|liverpool|arsenal|chelsea|Bayern|Juventus|Flamengo|Galatasaray|Zenit|sakura|hangang|Mabuhay|Jollof")

HEALTH = {
    "en": L("type 2 diabetes|type 1 diabetes|asthma|hypertension|high blood pressure|major depressive disorder|generalized anxiety disorder|ADHD|epilepsy|Crohn's disease|HIV positive|hepatitis C|bipolar II disorder|multiple sclerosis|rheumatoid arthritis|coeliac disease|migraine with aura|COPD|stage II breast cancer|chronic kidney disease stage 3|PTSD|hypothyroidism|atrial fibrillation|sleep apnea|schizophrenia|early-onset Alzheimer's|Parkinson's disease|endometriosis|psoriatic arthritis|long COVID|lupus|a torn ACL|a herniated disc at L4-L5|gestational diabetes|anorexia nervosa|alcohol use disorder|opioid use disorder|autism spectrum disorder|glaucoma|sickle cell anaemia"),
    "en_med": L("metformin 500 mg|sertraline 50mg|lisinopril 10 mg|levothyroxine 75 mcg|insulin glargine|a salbutamol inhaler|atorvastatin 20 mg|fluoxetine 20mg|adalimumab (Humira)|methotrexate 15 mg weekly|lamotrigine 100mg|warfarin|prednisolone 40mg|quetiapine 25 mg|semaglutide (Ozempic)|Adderall XR 20mg|lithium carbonate|escitalopram 10 mg|apixaban 5mg|montelukast|Truvada (PrEP)|buprenorphine|methylphenidate 36mg|pregabalin 75mg|tamoxifen|gabapentin 300 mg|omeprazole 20mg|insulin lispro|Sumatriptan 50 mg|hydroxychloroquine"),
    "de": L("Diabetes Typ 2|Asthma bronchiale|Bluthochdruck|eine mittelgradige depressive Episode|Epilepsie|Morbus Crohn|Multiple Sklerose|Schilddrüsenunterfunktion|Metformin 1000 mg|Ramipril 5 mg|L-Thyroxin 50 µg|Vorhofflimmern"),
    "fr": L("diabète de type 2|asthme|hypertension artérielle|dépression sévère|épilepsie|maladie de Crohn|sclérose en plaques|hypothyroïdie|Lévothyrox 75|Doliprane 1000 mg|insuffisance rénale chronique"),
    "es": L("diabetes tipo 2|asma|hipertensión|trastorno depresivo mayor|epilepsia|enfermedad de Crohn|esclerosis múltiple|hipotiroidismo|metformina 850 mg|enalapril 10 mg|ansiedad generalizada"),
    "pt": L("diabetes tipo 2|asma|hipertensão|depressão|epilepsia|doença de Crohn|hipotireoidismo|losartana 50 mg|anemia falciforme"),
    "it": L("diabete di tipo 2|asma|ipertensione|disturbo bipolare|epilessia|morbo di Crohn|sclerosi multipla|celiachia|Eutirox 50 mcg"),
    "nl": L("diabetes type 2|astma|hoge bloeddruk|depressie|epilepsie|ziekte van Crohn"),
    "pl": L("cukrzyca typu 2|astma|nadciśnienie|depresja|padaczka|choroba Hashimoto"),
    "ru": L("сахарный диабет 2 типа|бронхиальная астма|гипертония|депрессия|эпилепсия"),
    "tr": L("tip 2 diyabet|astım|hipertansiyon|depresyon|epilepsi"),
}

MONTHS = {
    "en": L("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": L("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": L("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": L("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "pt": L("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "it": L("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "nl": L("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "pl": L("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
    "ru": L("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"),
    "tr": L("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
    "sv": L("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
    "id": L("Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"),
}
SPOKEN_NUM = L("zero|one|two|three|four|five|six|seven|eight|nine")
ORDINALS = L("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty first|twenty second|twenty third|twenty fourth|twenty fifth|twenty sixth|twenty seventh|twenty eighth")

# Brand / product / place / tool words that look like names (decoys)
OPS = L("Mercury|Jenkins|Dr. Pepper|Victoria Station|Mont Blanc|Jack Daniel's|Marks & Spencer|Ben & Jerry's|Tim Hortons|Wendy's|McDonald's|Trader Joe's|Sam's Club|John Lewis|Harvey Nichols|Hugo Boss|Tommy Hilfiger|Ralph Lauren|Calvin Klein|Louis Vuitton|Christian Dior|Estée Lauder|Jimmy Choo|Mercedes-Benz|Porsche|Lamborghini|Tesla|Ford Transit|Dell Latitude|Johnson & Johnson|Procter & Gamble|Wells Fargo|Morgan Stanley|Charles Schwab|Goldman Sachs|Lloyds|Barclays|Sainsbury's|Waitrose|Captain Morgan|Johnnie Walker|Jim Beam|Jameson|Tia Maria|Grey Goose|Baileys|Alexa|Siri|Cortana|Watson|Jupiter|Apollo|Hermes|Athena|Cassandra|Kafka|Grafana|Hudson|Heroku|Sidekiq|Django|Julia|Ada|Ruby|Elixir|Phoenix|Hugo|Jekyll|Gatsby|Sentry|Loki|Thanos|Prometheus|Jaeger|Zipkin|Kibana|Logstash|Vault|Consul|Nomad|Traefik|Envoy|Istio|Argo CD|Harbor|Ansible|Puppet|Chef|Selenium|Pandas|Airflow|Luigi|Celery|Dagster|Mistral|Llama|Gemini|Claude|Copilot|Ollama|Alfred|Postman|Wireshark|Victoria|Charlotte|Austin|Madison|Florence|Adelaide|Regina|Eugene|Jackson Hole|Santa Monica|St. Louis|San Jose|São Paulo|Ho Chi Minh City|Lake Louise|Fort Collins|Port Elizabeth|Mount Vernon|Lincoln Park|Georgetown|Penn Station|Grand Central|King's Cross|Charles de Gaulle|Lake Victoria|Kilimanjaro|St. Petersburg|Alexandria|Jubilee line|Elizabeth line|Bakerloo|George Washington Bridge|Lincoln Tunnel|Dunkin'|Ronald McDonald House|Uncle Ben's|Sherwin-Williams|Kellogg's|Heinz|Campbell's|Hershey's|Cadbury|Lipton|Nestlé|Mary Kay|Ted Baker|Paul Smith|Fred Perry|Kate Spade|Jo Malone|Ben Sherman|Marie Curie ward|Darwin|Newton|Kepler|Hopper|Ampere|Turing|Santa Maria|Fernet-Branca|Don Julio|José Cuervo|Casa Sanchez|Aunt Bessie's|Sir Kensington's|St. Pancras|Saint-Lazare|Praça da Sé|Puerta del Sol|Alexanderplatz|Karl Marx Allee|Anne Frankhuis|Lady Gaga tour|Robin Hood Airport|Peter Pan|Sherlock|Matilda")
TECH_OPS = L("Jenkins|Grafana|Kafka|Cassandra|Sentry|Loki|Thanos|Prometheus|Jaeger|Kibana|Logstash|Vault|Consul|Nomad|Traefik|Envoy|Istio|Argo CD|Harbor|Ansible|Puppet|Chef|Selenium|Airflow|Luigi|Celery|Dagster|Hudson|Heroku|Sidekiq|Django|Phoenix|Hugo|Jekyll|Mercury|Apollo|Hermes|Athena|Jupiter|Postman|Wireshark|Copilot|Claude|Gemini|Mistral|Ollama|Darwin|Hopper|Ampere|Turing|Kepler")
PLACE_OPS = L("Victoria Station|Mont Blanc|Victoria|Charlotte|Austin|Madison|Florence|Adelaide|Regina|Eugene|Jackson Hole|Santa Monica|St. Louis|San Jose|São Paulo|Ho Chi Minh City|Lake Louise|Fort Collins|Port Elizabeth|Mount Vernon|Lincoln Park|Georgetown|Penn Station|Grand Central|King's Cross|Charles de Gaulle|Lake Victoria|Kilimanjaro|St. Petersburg|Alexandria|St. Pancras|Saint-Lazare|Puerta del Sol|Alexanderplatz|Praça da Sé")
BRAND_OPS = L("Dr. Pepper|Jack Daniel's|Marks & Spencer|Ben & Jerry's|Tim Hortons|Wendy's|McDonald's|Trader Joe's|Sam's Club|John Lewis|Harvey Nichols|Hugo Boss|Tommy Hilfiger|Ralph Lauren|Calvin Klein|Louis Vuitton|Christian Dior|Estée Lauder|Jimmy Choo|Mercedes-Benz|Porsche|Tesla|Johnson & Johnson|Procter & Gamble|Wells Fargo|Morgan Stanley|Charles Schwab|Goldman Sachs|Lloyds|Barclays|Sainsbury's|Waitrose|Captain Morgan|Johnnie Walker|Jim Beam|Jameson|Tia Maria|Baileys|Kellogg's|Heinz|Cadbury|Ted Baker|Paul Smith|Fred Perry|Kate Spade|Jo Malone|Don Julio|José Cuervo|Aunt Bessie's|Sherwin-Williams|Mary Kay|Uncle Ben's")
PRODUCTS = L("noise-cancelling headphones|standing desk|espresso machine|trail running shoes|4K monitor|mechanical keyboard|air fryer|robot vacuum|winter parka|yoga mat|e-reader|cast iron skillet|smart thermostat|carry-on suitcase|baby stroller|gaming chair|electric toothbrush|dash cam|hiking backpack|water filter")
SERVICES = L("billing-api|auth-gateway|checkout-svc|search-indexer|notif-worker|ledger|media-transcoder|profile-svc|rate-limiter|payments-core|inventory-sync|llm-proxy|embedding-worker|chat-orchestrator|audit-log|session-store|pdf-renderer|geo-lookup|fraud-scorer|email-relay")
PATHS = L("/var/log/nginx/access.log|/var/log/syslog|/etc/nginx/conf.d/default.conf|/opt/app/releases/current/config.yml|/srv/data/exports/daily.csv|/home/deploy/.ssh/known_hosts|/tmp/upload_7f3a/part-0001.bin|/usr/local/lib/python3.11/site-packages/requests/adapters.py|src/components/CheckoutForm.tsx|internal/handlers/user.go|app/models/invoice.rb|lib/redact/scanner.rs|tests/integration/test_refunds.py|C:\\ProgramData\\Vendor\\logs\\service.log|C:\\Windows\\System32\\drivers\\etc\\hosts|D:\\builds\\release\\setup.msi|~/.config/gcloud/configurations/config_default|./deploy/k8s/values-prod.yaml|docs/runbooks/oncall.md|migrations/0042_add_invoice_index.sql|/mnt/backups/pg/base/16384/2619|s3://acme-prod-logs/2024/03/11/app.log.gz|packages/ui/src/index.ts|/etc/systemd/system/worker.service|/Library/Logs/DiagnosticReports/Safari.crash|vendor/github.com/aws/aws-sdk-go/aws/config.go")
PII_FREE_TOPICS = L("cache invalidation|flaky integration tests|the quarterly roadmap|egress costs|the new pricing page|dark mode|the SSO rollout|log retention|the onboarding flow|the mobile release")
PHRASES_NEUTRAL = L("sounds good|ok will check|np|makes sense|on it|let me look|thanks!|+1|ack|will do|nice|agreed|hmm not sure|lgtm|ship it")
PHRASE_PAD_EN = L("Let me know if anything looks off.|No rush on this one.|Happy to jump on a call if easier.|I'll keep an eye on the dashboard.|Apologies for the back-and-forth.|Thanks again for the quick turnaround.|Flagging in case it matters for the audit.|We can revisit after the freeze.|Nothing urgent, just FYI.|Ping me here if it breaks again.")
