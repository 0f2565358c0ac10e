"""Hand-written name material (given names and family names) for cultures and
scripts where Faker is thin, absent or romanises.  Written for this corpus.

Each entry: given_m / given_f (or given), family_m / family_f (or family),
order "gf" (given first) or "fg" (family first), sep between parts.
"""

NAMES = {
    # ---------------------------------------------------------------- scripts
    "ar": dict(
        given_m="محمد أحمد يوسف خالد عمر حسن طارق كريم سامي عادل ماجد فيصل".split(),
        given_f="فاطمة عائشة مريم ليلى نور سارة زينب هدى رانيا سلمى ريم دانة".split(),
        family=["العتيبي", "الحربي", "القحطاني", "الشمري", "المصري", "حداد", "الخطيب",
                "النجار", "الزهراني", "منصور", "السيد", "الدوسري", "عبد الله", "الأنصاري"],
        order="gf", sep=" "),
    "ar_latn": dict(
        given_m="Mohammed Ahmed Youssef Khaled Omar Hassan Tariq Karim Sami Faisal Majed Ziad".split(),
        given_f="Fatima Aisha Mariam Layla Noor Sara Zainab Huda Rania Salma Reem Dana".split(),
        family=["Al-Otaibi", "Al Harbi", "Al-Qahtani", "El-Sayed", "Haddad", "Khoury", "Mansour",
                "Nasser", "Abdelrahman", "Farouk", "Al Hashimi", "Bouzid", "Benali", "Saleh", "Aziz"],
        order="gf", sep=" "),
    "fa": dict(
        given_m="علی رضا حسین مهدی امیر داریوش".split(),
        given_f="فاطمه زهرا مریم شیرین پریسا نگار".split(),
        family=["رضایی", "محمدی", "حسینی", "کریمی", "احمدی", "تهرانی", "موسوی"],
        order="gf", sep=" "),
    "fa_latn": dict(
        given_m="Ali Reza Hossein Mehdi Amir Dariush Babak Kaveh".split(),
        given_f="Fatemeh Zahra Maryam Shirin Parisa Negar Golnaz Yasaman".split(),
        family="Rezaei Mohammadi Hosseini Karimi Ahmadi Tehrani Mousavi Jafari Sadeghi".split(),
        order="gf", sep=" "),
    "ur": dict(
        given_m="عمران بلال عثمان فیصل".split(), given_f="عائشہ حرا زارا صائمہ".split(),
        family=["صدیقی", "قریشی", "چوہدری", "ملک", "بٹ"], order="gf", sep=" "),
    "pk_latn": dict(
        given_m="Bilal Usman Faisal Imran Hamza Zeeshan Asad Kashif".split(),
        given_f="Ayesha Hira Zara Saima Mahnoor Sana Iqra Rabia".split(),
        family="Siddiqui Qureshi Chaudhry Malik Butt Rana Sheikh Abbasi Mirza".split(),
        order="gf", sep=" "),
    "ru": dict(
        given_m="Алексей Дмитрий Сергей Иван Андрей Михаил Павел Николай Артём Егор".split(),
        given_f="Ольга Наталья Екатерина Мария Татьяна Анастасия Юлия Светлана Ирина Дарья".split(),
        family_m="Иванов Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков Зайцев".split(),
        family_f="Иванова Смирнова Кузнецова Попова Соколова Лебедева Козлова Новикова Морозова Волкова Зайцева".split(),
        patr_m="Алексеевич Сергеевич Иванович Петрович Андреевич Николаевич Викторович".split(),
        patr_f="Алексеевна Сергеевна Ивановна Петровна Андреевна Николаевна Викторовна".split(),
        order="gf", sep=" "),
    "ru_latn": dict(
        given_m="Aleksei Dmitry Sergey Ivan Andrei Mikhail Pavel Nikolai Artyom".split(),
        given_f="Olga Natalia Ekaterina Maria Tatiana Anastasia Yulia Svetlana Irina".split(),
        family_m="Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov".split(),
        family_f="Ivanova Smirnova Kuznetsova Popova Sokolova Lebedeva Kozlova Novikova Morozova Volkova".split(),
        order="gf", sep=" "),
    "uk": dict(
        given_m="Тарас Богдан Андрій Дмитро Максим Олександр Остап Юрій".split(),
        given_f="Олена Оксана Ірина Наталія Юлія Галина Соломія Христина".split(),
        family="Шевченко Коваленко Бондаренко Ткаченко Кравчук Мельник Олійник Шевчук Поліщук Лисенко Гнатюк".split(),
        order="gf", sep=" "),
    "uk_latn": dict(
        given_m="Taras Bohdan Andriy Dmytro Maksym Oleksandr Ostap Yuriy".split(),
        given_f="Olena Oksana Iryna Nataliia Yuliia Halyna Solomiia Khrystyna".split(),
        family="Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Oliinyk Shevchuk Polishchuk Lysenko".split(),
        order="gf", sep=" "),
    "bg": dict(
        given_m="Георги Йордан Стефан Никола Христо".split(),
        given_f="Десислава Милена Цветелина Радостина Гергана".split(),
        family_m="Петров Димитров Николов Георгиев Стоянов".split(),
        family_f="Петрова Димитрова Николова Георгиева Стоянова".split(),
        order="gf", sep=" "),
    "sr": dict(
        given_m="Стефан Милош Никола Марко Душан".split(),
        given_f="Милица Јелена Ана Драгана Теодора".split(),
        family="Јовановић Николић Петровић Марковић Ђорђевић Стојановић".split(),
        order="gf", sep=" "),
    "el": dict(
        given_m="Γιώργος Νίκος Κωνσταντίνος Δημήτρης Γιάννης Παναγιώτης Χρήστος Βασίλης".split(),
        given_f="Μαρία Ελένη Αικατερίνη Σοφία Αναστασία Δέσποινα Βασιλική Ειρήνη".split(),
        family_m="Παπαδόπουλος Οικονόμου Γεωργίου Νικολάου Βλάχος Αλεξίου Μαυρίδης Καραγιάννης Παππάς".split(),
        family_f="Παπαδοπούλου Οικονόμου Γεωργίου Νικολάου Βλάχου Αλεξίου Μαυρίδου Καραγιάννη Παππά".split(),
        order="gf", sep=" "),
    "el_latn": dict(
        given_m="Giorgos Nikos Konstantinos Dimitris Giannis Panagiotis Christos".split(),
        given_f="Maria Eleni Katerina Sofia Anastasia Despoina Eirini".split(),
        family_m="Papadopoulos Oikonomou Georgiou Nikolaou Vlachos Mavridis Karagiannis".split(),
        family_f="Papadopoulou Oikonomou Georgiou Nikolaou Vlachou Mavridou Karagianni".split(),
        order="gf", sep=" "),
    "hi": dict(
        given_m="राहुल अमित विकास संजय रोहन अर्जुन सुरेश मनोज".split(),
        given_f="प्रिया सुनीता अंजलि पूजा कविता नेहा दीपिका स्नेहा".split(),
        family="शर्मा वर्मा गुप्ता सिंह पटेल यादव मिश्रा जोशी चौहान अग्रवाल".split(),
        order="gf", sep=" "),
    "in_latn": dict(
        given_m="Arjun Rohit Siddharth Vikram Rahul Karthik Aditya Gurpreet Anirudh Venkatesh".split(),
        given_f="Priya Kavya Ananya Meenakshi Aditi Harpreet Divya Lakshmi Sneha Pooja".split(),
        family="Raghunathan Menon Iyer Deshpande Bhattacharya Kulkarni Sundaram Reddy Chatterjee Sandhu Nair Banerjee Pillai Joshi".split(),
        order="gf", sep=" "),
    "ta": dict(
        given_m="கார்த்திக் முருகன் செந்தில்".split(), given_f="லட்சுமி மீனாட்சி பிரியா".split(),
        family="சுப்பிரமணியன் ராஜேந்திரன் வேலுசாமி".split(), order="gf", sep=" "),
    "ko": dict(
        given_m="민준 지훈 도윤 예준 현우 성민 준호 태양".split(),
        given_f="서연 하은 수빈 지민 서윤 민지 유진 예린".split(),
        family="김 이 박 최 정 강 조 윤 장 임 한 오".split(),
        order="fg", sep=""),
    "ko_latn": dict(
        given_m="Min-jun Ji-hoon Do-yoon Ye-jun Hyun-woo Sung-min Jun-ho".split(),
        given_f="Seo-yeon Ha-eun Su-bin Ji-min Seo-yoon Min-ji Yu-jin".split(),
        family="Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han".split(),
        order="fg", sep=" "),
    "ja": dict(
        given_m="健太 翔太 大輔 拓也 直樹 蓮 悠斗 和也 隆".split(),
        given_f="陽菜 美咲 さくら 結衣 由美子 葵 愛子 真央 彩".split(),
        family="佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 松本 井上".split(),
        order="fg", sep=" "),
    "ja_latn": dict(
        given_m="Kenta Shota Daisuke Takuya Naoki Ren Yuto Kazuya".split(),
        given_f="Hina Misaki Sakura Yui Yumiko Aoi Aiko Mao".split(),
        family="Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida".split(),
        order="gf", sep=" "),
    "ja_kana": dict(
        given_m="ジョン マイケル カルロス アフマド".split(), given_f="マリア エミリー ソフィア アンナ".split(),
        family="スミス ガルシア ミラー ロドリゲス".split(), order="gf", sep="・"),
    "zh": dict(
        given_m="伟 强 磊 军 洋 勇 杰 浩然 子轩 建国 志强".split(),
        given_f="芳 娜 秀英 敏 静 丽 艳 婷婷 子涵 梓萱 雨桐".split(),
        family="王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 欧阳".split(),
        order="fg", sep=""),
    "zh_tw": dict(
        given_m="志明 家豪 建宏 俊傑 冠宇 承翰".split(),
        given_f="怡君 雅婷 淑芬 佳穎 美玲 詩涵".split(),
        family="陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭".split(),
        order="fg", sep=""),
    "zh_latn": dict(
        given_m="Wei Qiang Lei Jun Yang Jie Haoran Zixuan Zhiqiang".split(),
        given_f="Fang Na Xiuying Min Jing Li Tingting Zihan Yutong".split(),
        family="Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun".split(),
        order="fg", sep=" "),
    "th": dict(
        given_m="สมชาย ณัฐพล ธนากร วีระ ปิยะ อนุชา กิตติ".split(),
        given_f="สมศรี กนกวรรณ พิมพ์ชนก อรุณี ศิริพร สุภาพร มาลี".split(),
        family="ศรีสุข วงศ์สวัสดิ์ แก้วมณี ใจดี สุขสมบูรณ์ ทองดี บุญมา รัตนพันธ์ จันทร์เพ็ญ".split(),
        order="gf", sep=" "),
    "th_latn": dict(
        given_m="Somchai Nattapong Thanakorn Weera Piya Anucha Kitti".split(),
        given_f="Somsri Kanokwan Pimchanok Arunee Siriporn Supaporn Malee".split(),
        family="Srisuk Wongsawat Kaewmanee Jaidee Suksomboon Thongdee Boonma Rattanapan".split(),
        order="gf", sep=" "),
    "he": dict(
        given_m="יוסי אבי דוד איתי עומר משה אורי".split(),
        given_f="נועה מיכל תמר שירה רחל יעל הדס".split(),
        family="כהן לוי מזרחי פרץ ביטון אברהם פרידמן אזולאי שפירא גולדברג".split(),
        order="gf", sep=" "),
    "he_latn": dict(
        given_m="Yossi Avi David Itai Omer Moshe Uri".split(),
        given_f="Noa Michal Tamar Shira Rachel Yael Hadas".split(),
        family="Cohen Levi Mizrahi Peretz Biton Avraham Friedman Azoulay Shapira Goldberg".split(),
        order="gf", sep=" "),
    "et_geez": dict(
        given_m="ዳዊት ዮሐንስ በረከት ቴዎድሮስ".split(), given_f="ትዕግስት ሰላም ሕይወት መሰረት".split(),
        family="ኃይሌ ተስፋዬ በቀለ ግርማ".split(), order="gf", sep=" "),
    # ---------------------------------------------------------------- Latin
    "yo": dict(
        given_m="Olumide Adebayo Oluwaseun Babatunde Temitope Ayodele Kayode Olusegun".split(),
        given_f="Funmilayo Yetunde Folake Adunni Titilayo Omolara Bukola Morenike".split(),
        family="Adeyemi Ogunleye Olaniyan Adebisi Fashola Oyelaran Akinola Balogun Ogunbiyi".split(),
        order="gf", sep=" "),
    "ig": dict(
        given_m="Chinedu Obinna Emeka Uchenna Nnamdi Ikenna Chukwudi Somtochukwu".split(),
        given_f="Ngozi Chiamaka Ifeoma Adaeze Nneka Chidinma Obiageli Amarachi".split(),
        family="Okafor Eze Nwosu Okonkwo Obi Nwachukwu Okeke Anyanwu Onyekachi".split(),
        order="gf", sep=" "),
    "ha": dict(
        given_m="Aminu Abubakar Ibrahim Usman Sani Yusuf".split(),
        given_f="Zainab Hauwa Fatima Aisha Maryam Hadiza".split(),
        family="Bello Musa Abdullahi Danjuma Garba Lawal Shehu".split(),
        order="gf", sep=" "),
    "gh": dict(
        given_m="Kwame Kofi Yaw Kwabena Kojo Kwaku Kwesi Fiifi".split(),
        given_f="Ama Akosua Abena Efua Adwoa Afua Esi Akua".split(),
        family="Mensah Owusu Boateng Asante Osei Appiah Agyeman Darko Ofori Amoah Quaye".split(),
        order="gf", sep=" "),
    "ke": dict(
        given_m="Kamau Otieno Kipchoge Mwangi Omondi Kiprono Wekesa Baraka".split(),
        given_f="Wanjiru Achieng Njeri Wairimu Chebet Akinyi Nyambura Wanjiku".split(),
        family="Kamau Odhiambo Mwangi Kiplagat Ochieng Njoroge Mutua Kariuki Chepkoech Otieno".split(),
        order="gf", sep=" "),
    "et": dict(
        given_m="Dawit Yohannes Bereket Tewodros Abebe Henok".split(),
        given_f="Tigist Selam Hiwot Meseret Bethlehem Mahlet".split(),
        family="Haile Tesfaye Bekele Girma Alemu Mengistu Wolde Tadesse".split(),
        order="gf", sep=" "),
    "za": dict(
        given_m="Thabo Sipho Bongani Pieter Lwazi Johan Mandla".split(),
        given_f="Nomvula Lerato Zanele Annelie Thandeka Precious Naledi".split(),
        family="Nkosi|Dlamini|Mokoena|Ndlovu|Khumalo|van der Merwe|Botha|Naidoo|Mahlangu".split("|"),
        order="gf", sep=" "),
    "vi": dict(
        given_m="Hùng Dũng Tuấn Quang Khoa Minh Nam Phúc".split(),
        given_f="Lan Hương Linh Trang Mai Thảo Ngọc Hạnh".split(),
        middle_m="Văn Minh Đức Hữu Quốc Thanh".split(), middle_f="Thị Ngọc Thu Thanh Kim Mỹ".split(),
        family="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Đặng Bùi Đỗ".split(),
        order="fmg", sep=" "),
    "tr": dict(
        given_m="Mehmet Mustafa Emre Burak Hakan Çağlar Gökhan İlker Oğuz Serkan".split(),
        given_f="Ayşe Fatma Zeynep Elif Özlem Şule Büşra Gülşen Merve Ebru".split(),
        family="Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Güneş Koç".split(),
        order="gf", sep=" "),
    "pl": dict(
        given_m="Piotr Krzysztof Grzegorz Łukasz Paweł Wojciech Tomasz Michał".split(),
        given_f="Katarzyna Małgorzata Agnieszka Magdalena Zofia Joanna Ewa Bożena".split(),
        family_m="Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski".split(),
        family_f="Kowalska Nowak Wiśniewska Wójcik Kowalczyk Kamińska Lewandowska Zielińska Szymańska Woźniak Dąbrowska".split(),
        order="gf", sep=" "),
    "id": dict(
        given_m="Budi Agus Rizky Bambang Wayan Hendra Eko Dimas Joko".split(),
        given_f="Siti Dewi Putri Ayu Made Rina Sri Indah Wulan".split(),
        family="Santoso Setiawan Pratama Susilo Gunawan Wulandari Rahmawati Lestari Hidayat Nugroho Saputra".split(),
        order="gf", sep=" "),
    "ph": dict(
        given_m="Jose Miguel|Juan Carlo|Arnel|Jhun|Jerome|Mark Anthony|Rodel|Jayson".split("|"),
        given_f="Maria Theresa|Ma. Cristina|Rowena|Marites|Lovely|Princess|Rhea Mae|Jennylyn".split("|"),
        family="dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Aquino|Macaraeg|Dimaculangan|Soriano|Tolentino".split("|"),
        order="gf", sep=" "),
    "br": dict(
        given_m="João Pedro|Thiago|Rafael|Gustavo|Caio|Vinícius|Luiz Fernando|Matheus".split("|"),
        given_f="Ana Luiza|Juliana|Larissa|Fernanda|Luana|Beatriz|Maria Eduarda|Thaís".split("|"),
        family="Silva|Santos|Oliveira|Souza|Ferreira|Carvalho|Rodrigues|Almeida|Nascimento|Gonçalves|Barbosa|da Silva Pereira|dos Santos Lima".split("|"),
        order="gf", sep=" "),
}

# single-token nicknames people use in chat (Thai nicknames, Filipino, etc.)
NICKNAMES = {
    "th": ["Nok", "Ploy", "Bee", "Toon", "Aom", "Pim", "Golf", "Beam"],
    "ph": ["Jhun", "Bong", "Tin", "Cha", "Jojo", "Bebeth"],
    "id": ["Yuli", "Tono", "Ani", "Budi"],
}
