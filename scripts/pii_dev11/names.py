"""Hand-written names for pii_dev11 (no library lists).

Latin cultures: given names by gender and family names (pairs where the family name is gendered).
Other scripts: (given, family, romanised given, romanised family, gender)."""
import unicodedata

LATIN = {
    'en_US': dict(m='Tyler Marcus Dwayne Travis Jamal Cody Brandon Austin DeShawn Garrett',
                  f='Jessica Brianna Kayla Caitlyn Heather Ashlyn Destiny Kelsey Shaniqua Mallory',
                  fam='Whitaker|Brennan|Castellano|Pruitt|McAllister|Dunleavy|Harrington|Vasquez|Thibodeaux|Ostrowski|Holloway|Kowalski-Reyes|Greenbaum|Okwuosa',
                  nick={'Jessica': 'Jess', 'Brandon': 'Bran', 'Garrett': 'Gare', 'Mallory': 'Mal', 'Kelsey': 'Kels'}),
    'en_GB': dict(m='Callum Rhys Alistair Declan Tobias Ewan Hamish Rupert Jago Ravi',
                  f='Siobhan Imogen Niamh Poppy Harriet Isla Freya Beatrix Ottilie Philippa',
                  fam='Featherstone|Pritchard|Ainsworth|Llewellyn|Cartwright|Haworth|Blackwood|Fenwick|Sandhu|Whitlock|Pemberton|Ashdown-Hill|Quayle',
                  nick={'Alistair': 'Ali', 'Philippa': 'Pippa', 'Tobias': 'Toby', 'Harriet': 'Hattie', 'Beatrix': 'Trixie'}),
    'ga': dict(m='Oisín Tadhg Ciarán Donncha Cathal Fionn', f='Aoife Caoimhe Saoirse Gráinne Clodagh Méabh',
               fam="O'Donovan|MacCarthy|Fitzgerald|Ó Súilleabháin|Breathnach|Mac Giolla Phádraig|Ní Bhriain",
               nick={'Donncha': 'Donnie'}),
    'yo': dict(m='Oluwaseun Adebayo Chukwuemeka Babatunde Tobenna Obinna Kelechi Olumide',
               f='Chiamaka Ngozi Folasade Ifeoma Adaeze Yetunde Funmilayo Nkechi',
               fam='Okafor|Adeyemi|Nwachukwu|Oyinlola|Balogun|Obi-Nwosu|Adesanya|Okonkwo|Ogunleye|Eze|Onyekachi',
               nick={'Oluwaseun': 'Seun', 'Chukwuemeka': 'Emeka', 'Babatunde': 'Tunde', 'Folasade': 'Sade',
                     'Nkechi': 'Kechi', 'Funmilayo': 'Funmi', 'Chiamaka': 'Ama'}),
    'ke': dict(m='Baraka Kiprono Dennis Otieno Mwangi Kevin', f='Wanjiru Achieng Nyambura Chebet Akinyi Wambui',
               fam='Kamau|Odhiambo|Wafula|Njoroge|Cheruiyot|Mutua|Ochieng|Kiplagat'),
    'pl': dict(m='Tomasz Grzegorz Wojciech Przemysław Krzysztof Bartłomiej Jędrzej',
               f='Agnieszka Małgorzata Katarzyna Zofia Jadwiga Magdalena Bożena',
               fam='Wiśniewski/Wiśniewska|Zieliński/Zielińska|Kowalczyk|Dąbrowski/Dąbrowska|Szymański/Szymańska|Woźniak|Grabowski/Grabowska|Pawlak|Jabłoński/Jabłońska|Krawczyk',
               nick={'Tomasz': 'Tomek', 'Małgorzata': 'Gosia', 'Katarzyna': 'Kasia', 'Wojciech': 'Wojtek',
                     'Przemysław': 'Przemek', 'Krzysztof': 'Krzysiek', 'Magdalena': 'Madzia', 'Zofia': 'Zosia'}),
    'cs': dict(m='Jiří Vojtěch Ondřej Lukáš Radek', f='Kateřina Lucie Tereza Markéta Šárka',
               fam='Dvořák/Dvořáková|Novotný/Novotná|Procházka/Procházková|Černý/Černá|Svoboda/Svobodová|Kučera/Kučerová'),
    'fi': dict(m='Mikko Juha Tuomas Jussi Ville Eero', f='Liisa Aino Satu Tiina Riikka Pirjo',
               fam='Virtanen|Korhonen|Mäkinen|Häkkinen|Lehtonen|Järvinen|Heikkilä|Kärkkäinen'),
    'hu': dict(m='Bence Levente Gergely Zoltán Ákos', f='Zsófia Eszter Réka Dóra Boglárka',
               fam='Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Molnár|Farkas', order='fg'),
    'tr': dict(m='Mehmet Emre Oğuz Burak Kaan Serkan', f='Elif Zeynep Büşra Ayşe Selin Gülşen',
               fam='Yılmaz|Şahin|Çelik|Öztürk|Aydın|Kılıç|Arslan|Doğan|Karaca'),
    'vi': dict(m='Minh Bảo Hùng Tuấn Khoa', f='Hương Trang Lan Mai Linh',
               fam='Nguyễn|Trần|Phạm|Hoàng|Vũ|Đặng|Bùi', order='fg',
               mid_m='Văn Quốc Đức Hữu', mid_f='Thị Thu Ngọc Thanh'),
    'id': dict(m='Bambang Rizky Agus Dimas Yudhistira', f='Putri Wahyuni Ratna Fitri Kartika',
               fam='Sutrisno|Pratama|Wijaya|Santoso|Hidayat|Kusuma|Nugroho|Wahyuningsih'),
    'fil': dict(m='Rodel Jhunrey Jericho Rommel Paolo', f='Maricel Jenalyn Rowena Kristine Lovely',
                fam='Dela Cruz|Bautista|Villanueva|Santos-Reyes|Macaraeg|Dimaculangan|Pangilinan',
                nick={'Jhunrey': 'Jun-Jun', 'Rommel': 'Mel', 'Kristine': 'Tin-Tin'}),
    'pt_BR': dict(m='Thiago Rodrigo Caio Vinícius Luiz Otávio', f='Larissa Gabriela Letícia Thaís Bruna',
                  fam='da Silva Ferreira|dos Santos Lima|Albuquerque|Carvalho de Souza|Nascimento|Oliveira Prado|Gonçalves|Cavalcanti'),
    'pt_PT': dict(m='Duarte Tiago Gonçalo Rui Afonso', f='Inês Beatriz Leonor Mafalda Matilde',
                  fam='Sousa Tavares|Magalhães|Pereira da Costa|Figueiredo|Vasconcelos'),
    'es': dict(m='Íñigo Rodrigo Javier Álvaro Unai Borja', f='Ainhoa Lucía Begoña Nerea Itziar Macarena',
               fam='Fernández de la Fuente|Ibarra Zubizarreta|García Olmedo|Etxeberria|Ruiz-Tagle|Castaño Peña|Villalobos',
               nick={'Macarena': 'Maca', 'Javier': 'Javi', 'Begoña': 'Bego'}),
    'mx': dict(m='Emiliano Jesús Alejandro Uriel Cuauhtli', f='Guadalupe Xóchitl Ximena Itzel Citlali',
               fam='Hernández Olvera|Ramírez Tapia|Gutiérrez Solís|Zamora Villaseñor|Tlacuilo|Ortega Bañuelos',
               nick={'Guadalupe': 'Lupita', 'Alejandro': 'Alex'}),
    'it': dict(m='Gianluca Lorenzo Ottavio Matteo Pierpaolo', f='Chiara Benedetta Ginevra Serena Ludovica',
               fam="De Santis|Lo Bianco|Esposito|D'Alessandro|Della Valle|Ferraro|Mancuso",
               nick={'Gianluca': 'Gianlu', 'Ludovica': 'Ludo'}),
    'fr': dict(m='Jean-Baptiste Gaëtan Loïc Timothée Hervé Aurélien', f='Anne-Sophie Maëlle Clémence Solène Océane Ségolène',
               fam='Lefèvre|Dubois-Marchal|de Villeneuve|Le Goff|Boucher|Fontaine|Giraud|Ngo Bassong',
               nick={'Jean-Baptiste': 'JB', 'Timothée': 'Tim'}),
    'de': dict(m='Jürgen Björn Maximilian Torsten Lennart Hannes', f='Annika Friederike Dörte Wiebke Jana Henrike',
               fam='Schäfer|von Ahlefeldt|Weißenborn|Hoffmann-Kühl|Kretschmer|zu Solms|Brüggemann|Yıldırım',
               nick={'Maximilian': 'Maxi', 'Friederike': 'Frieda'}),
    'nl': dict(m='Joost Pieter-Jan Sander Bram Wouter', f='Sanne Femke Maartje Lieke Anouk',
               fam="van der Berg|de Vries|Bakker|Jansen-Smit|ter Horst|van 't Hof|Mulder|Wijnaldum"),
    'sv': dict(m='Oskar Gustav Anders Linus Olof', f='Linnea Agnes Ebba Saga Maj-Britt',
               fam='Lindqvist|Sjöberg|Åkesson|Hedlund|Bergström|Nyqvist'),
    'ar_lat': dict(m='Youssef Karim Tariq Hamza Ayman', f='Layla Nour Yasmin Salma Rania',
                   fam='al-Masri|El-Amin|Benali|Al-Harbi|Haddad|Mansour|Bouazizi'),
    'in_lat': dict(m='Rahul Vikram Arjun Siddharth Karthik Aniruddh', f='Priya Ananya Divya Meenakshi Sneha Lavanya',
                   fam='Sharma|Verma|Iyer|Subramaniam|Reddy|Chatterjee|Banerjee|Nair|Venkataraman',
                   nick={'Siddharth': 'Sid', 'Aniruddh': 'Ani', 'Meenakshi': 'Meenu'}),
    'mi': dict(m='Tamati Wiremu Rawiri', f='Aroha Mereana Hinemoa', fam='Ngata|Te Whare|Parata|Te Rangi'),
    'ka': dict(m='Giorgi Levan Davit', f='Nino Tamar Mariam', fam='Beridze|Tsiklauri|Kapanadze|Gelashvili'),
    'is': dict(m='Einar Ragnar Sigurður', f='Guðrún Sólveig Hólmfríður', fam='*patronymic'),
}

# romanised East Asian names written the Western way
ROMAN_EA = {
    'ko_lat': [('Min-jun', 'Kim', 'm'), ('Seo-yeon', 'Lee', 'f'), ('Ji-hoon', 'Park', 'm'), ('Yu-jin', 'Choi', 'f'),
               ('Ha-eun', 'Jung', 'f'), ('Do-yoon', 'Kang', 'm')],
    'zh_lat': [('Wei', 'Zhang', 'm'), ('Xiaoming', 'Li', 'm'), ('Jingyi', 'Chen', 'f'), ('Zixuan', 'Liu', 'm'),
               ('Meiling', 'Huang', 'f'), ('Siyuan', 'Lin', 'm'), ('Yuting', 'Zhou', 'f')],
    'ja_lat': [('Haruka', 'Sato', 'f'), ('Yuki', 'Tanaka', 'f'), ('Kenta', 'Watanabe', 'm'), ('Sho', 'Nakamura', 'm'),
               ('Misaki', 'Takahashi', 'f')],
}

SCRIPT = {
    'ru': [('Дмитрий', 'Смирнов', 'dmitry', 'smirnov', 'm', 'Олегович'), ('Екатерина', 'Волкова', 'ekaterina', 'volkova', 'f', 'Андреевна'),
           ('Игорь', 'Белов', 'igor', 'belov', 'm', 'Викторович'), ('Анна', 'Кузнецова', 'anna', 'kuznetsova', 'f', 'Сергеевна'),
           ('Сергей', 'Павлов', 'sergey', 'pavlov', 'm', 'Ильич'), ('Мария', 'Соколова', 'maria', 'sokolova', 'f', 'Петровна'),
           ('Алексей', 'Морозов', 'alexey', 'morozov', 'm', 'Дмитриевич'), ('Ольга', 'Лебедева', 'olga', 'lebedeva', 'f', 'Николаевна')],
    'uk': [('Олена', 'Коваленко', 'olena', 'kovalenko', 'f', 'Петрівна'), ('Тарас', 'Шевчук', 'taras', 'shevchuk', 'm', 'Іванович'),
           ('Оксана', 'Мельник', 'oksana', 'melnyk', 'f', 'Василівна'), ('Богдан', 'Ткаченко', 'bohdan', 'tkachenko', 'm', 'Миколайович'),
           ('Ірина', 'Бондаренко', 'iryna', 'bondarenko', 'f', 'Олегівна')],
    'el': [('Γιώργος', 'Παπαδόπουλος', 'giorgos', 'papadopoulos', 'm'), ('Ελένη', 'Κωνσταντίνου', 'eleni', 'konstantinou', 'f'),
           ('Δημήτρης', 'Αλεξίου', 'dimitris', 'alexiou', 'm'), ('Κατερίνα', 'Σταύρου', 'katerina', 'stavrou', 'f'),
           ('Νίκος', 'Οικονόμου', 'nikos', 'oikonomou', 'm'), ('Βασιλική', 'Μαυρίδου', 'vasiliki', 'mavridou', 'f')],
    'ar': [('يوسف', 'المصري', 'youssef', 'elmasry', 'm'), ('فاطمة', 'بن علي', 'fatima', 'benali', 'f'),
           ('عمر', 'الحربي', 'omar', 'alharbi', 'm'), ('ليلى', 'العامري', 'layla', 'alamri', 'f'),
           ('خالد', 'الزهراني', 'khalid', 'alzahrani', 'm'), ('مريم', 'الشامي', 'mariam', 'alshami', 'f'),
           ('هشام', 'القحطاني', 'hisham', 'alqahtani', 'm')],
    'he': [('נועה', 'לוי', 'noa', 'levi', 'f'), ('איתי', 'כהן', 'itai', 'cohen', 'm'), ('מיכל', 'אברהם', 'michal', 'avraham', 'f'),
           ('יונתן', 'פרץ', 'yonatan', 'peretz', 'm'), ('שירה', 'מזרחי', 'shira', 'mizrahi', 'f'), ('אביב', 'בן דוד', 'aviv', 'bendavid', 'm')],
    'hi': [('प्रिया', 'शर्मा', 'priya', 'sharma', 'f'), ('राहुल', 'वर्मा', 'rahul', 'verma', 'm'), ('अनन्या', 'गुप्ता', 'ananya', 'gupta', 'f'),
           ('विक्रम', 'सिंह', 'vikram', 'singh', 'm'), ('सुनीता', 'यादव', 'sunita', 'yadav', 'f'), ('आदित्य', 'मिश्रा', 'aditya', 'mishra', 'm')],
    'bn': [('সুমিত্রা', 'দাস', 'sumitra', 'das', 'f'), ('অনির্বাণ', 'চক্রবর্তী', 'anirban', 'chakraborty', 'm'),
           ('তানভীর', 'হোসেন', 'tanvir', 'hossain', 'm'), ('রুমানা', 'আক্তার', 'rumana', 'akter', 'f'), ('দেবাশীষ', 'মুখার্জি', 'debashish', 'mukherjee', 'm')],
    'ta': [('கார்த்திக்', 'சுப்பிரமணியம்', 'karthik', 'subramaniam', 'm'), ('மீனாட்சி', 'ராஜேந்திரன்', 'meenakshi', 'rajendran', 'f'),
           ('அருண்', 'குமார்', 'arun', 'kumar', 'm'), ('கவிதா', 'செல்வம்', 'kavitha', 'selvam', 'f')],
    'th': [('สมชาย', 'ใจดี', 'somchai', 'jaidee', 'm'), ('ปิยะนุช', 'ศรีสุข', 'piyanuch', 'srisuk', 'f'),
           ('ธนากร', 'วงศ์สวัสดิ์', 'thanakorn', 'wongsawat', 'm'), ('สุนิสา', 'แก้วมณี', 'sunisa', 'kaewmanee', 'f')],
    'ko': [('민준', '김', 'minjun', 'kim', 'm'), ('서연', '이', 'seoyeon', 'lee', 'f'), ('지훈', '박', 'jihoon', 'park', 'm'),
           ('유진', '최', 'yujin', 'choi', 'f'), ('하은', '정', 'haeun', 'jung', 'f'), ('도윤', '강', 'doyoon', 'kang', 'm'),
           ('수빈', '윤', 'subin', 'yoon', 'f')],
    'ja': [('太郎', '山田', 'taro', 'yamada', 'm', 'ヤマダ タロウ'), ('陽子', '佐藤', 'yoko', 'sato', 'f', 'サトウ ヨウコ'),
           ('健太', '渡辺', 'kenta', 'watanabe', 'm', 'ワタナベ ケンタ'), ('美咲', '高橋', 'misaki', 'takahashi', 'f', 'タカハシ ミサキ'),
           ('翔太', '中村', 'shota', 'nakamura', 'm', 'ナカムラ ショウタ'), ('さくら', '小林', 'sakura', 'kobayashi', 'f', 'コバヤシ サクラ')],
    'zh': [('伟', '王', 'wei', 'wang', 'm'), ('晓明', '张', 'xiaoming', 'zhang', 'm'), ('静怡', '陈', 'jingyi', 'chen', 'f'),
           ('子轩', '刘', 'zixuan', 'liu', 'm'), ('美玲', '黄', 'meiling', 'huang', 'f'), ('思远', '林', 'siyuan', 'lin', 'm'),
           ('欣怡', '周', 'xinyi', 'zhou', 'f')],
}
FAMILY_FIRST = {'hu', 'vi', 'ko', 'ja', 'zh'}
NOSEP = {'ko', 'zh'}

# inflected full names: nominative, genitive, dative, instrumental (pl, ru, cs); fi: nom, gen, allative, elative
INFL = {
    'pl': [('Tomasz Nowak', 'Tomasza Nowaka', 'Tomaszowi Nowakowi', 'Tomaszem Nowakiem', 'tomasz.nowak'),
           ('Grzegorz Wiśniewski', 'Grzegorza Wiśniewskiego', 'Grzegorzowi Wiśniewskiemu', 'Grzegorzem Wiśniewskim', 'g.wisniewski'),
           ('Agnieszka Zielińska', 'Agnieszki Zielińskiej', 'Agnieszce Zielińskiej', 'Agnieszką Zielińską', 'aga.zielinska'),
           ('Małgorzata Dąbrowska', 'Małgorzaty Dąbrowskiej', 'Małgorzacie Dąbrowskiej', 'Małgorzatą Dąbrowską', 'm.dabrowska'),
           ('Wojciech Szymański', 'Wojciecha Szymańskiego', 'Wojciechowi Szymańskiemu', 'Wojciechem Szymańskim', 'wszymanski'),
           ('Zofia Kowalczyk', 'Zofii Kowalczyk', 'Zofii Kowalczyk', 'Zofią Kowalczyk', 'zofia.kowalczyk')],
    'ru': [('Дмитрий Смирнов', 'Дмитрия Смирнова', 'Дмитрию Смирнову', 'Дмитрием Смирновым', 'd.smirnov'),
           ('Екатерина Волкова', 'Екатерины Волковой', 'Екатерине Волковой', 'Екатериной Волковой', 'katya.volkova'),
           ('Игорь Белов', 'Игоря Белова', 'Игорю Белову', 'Игорем Беловым', 'igor.belov'),
           ('Анна Кузнецова', 'Анны Кузнецовой', 'Анне Кузнецовой', 'Анной Кузнецовой', 'a.kuznetsova'),
           ('Сергей Павлов', 'Сергея Павлова', 'Сергею Павлову', 'Сергеем Павловым', 'spavlov')],
    'cs': [('Jiří Dvořák', 'Jiřího Dvořáka', 'Jiřímu Dvořákovi', 'Jiřím Dvořákem', 'jiri.dvorak'),
           ('Kateřina Novotná', 'Kateřiny Novotné', 'Kateřině Novotné', 'Kateřinou Novotnou', 'k.novotna'),
           ('Vojtěch Procházka', 'Vojtěcha Procházky', 'Vojtěchovi Procházkovi', 'Vojtěchem Procházkou', 'vprochazka')],
    'fi': [('Mikko Virtanen', 'Mikko Virtasen', 'Mikko Virtaselle', 'Mikko Virtasesta', 'mikko.virtanen'),
           ('Liisa Korhonen', 'Liisa Korhosen', 'Liisa Korhoselle', 'Liisa Korhosesta', 'liisa.korhonen'),
           ('Juha Mäkinen', 'Juha Mäkisen', 'Juha Mäkiselle', 'Juha Mäkisestä', 'juha.makinen'),
           ('Aino Lehtonen', 'Aino Lehtosen', 'Aino Lehtoselle', 'Aino Lehtosesta', 'aino.lehtonen'),
           ('Tuomas Järvinen', 'Tuomas Järvisen', 'Tuomas Järviselle', 'Tuomas Järvisestä', 'tuomas.jarvinen')],
}

TITLES = {
    'en': (['Mr', 'Mr.'], ['Ms', 'Mrs', 'Ms.'], ['Dr', 'Dr.', 'Prof.']),
    'fr': (['M.'], ['Mme'], ['Dr', 'Me']), 'de': (['Herr'], ['Frau'], ['Dr.', 'Prof. Dr.']),
    'es': (['Sr.', 'don'], ['Sra.', 'doña'], ['Dr.', 'Dra.']), 'it': (['Sig.', 'dott.'], ['Sig.ra', 'dott.ssa'], ['Dr.']),
    'pt': (['Sr.'], ['Sra.', 'D.'], ['Dr.', 'Dra.']), 'nl': (['dhr.'], ['mevr.'], ['dr.']),
    'pl': (['pan'], ['pani'], ['dr']), 'cs': (['pan'], ['paní'], ['MUDr.']), 'ru': (['г-н'], ['г-жа'], ['д-р']),
    'uk': (['пан'], ['пані'], ['д-р']), 'fi': ([''], [''], ['tri']), 'sv': ([''], [''], ['dr']),
    'tr': ([''], [''], ['Dr.']), 'el': (['κ.'], ['κα'], ['Δρ.']), 'ar': (['السيد'], ['السيدة'], ['د.']),
    'he': (['מר'], ["גב'"], ['ד"ר']), 'hi': (['श्री'], ['श्रीमती'], ['डॉ.']), 'bn': (['জনাব'], ['বেগম'], ['ডা.']),
    'ta': (['திரு.'], ['திருமதி'], ['டாக்டர்']), 'th': (['คุณ'], ['คุณ'], ['นพ.']), 'vi': (['ông'], ['bà'], ['BS.']),
    'id': (['Bapak', 'Pak'], ['Ibu', 'Bu'], ['dr.']), 'hu': ([''], [''], ['dr.']),
}
SUFFIX_TITLES = {'ja': ['様', 'さん', '先生'], 'ko': ['님', '씨'], 'zh': ['先生', '女士'], 'tr': ['Bey', 'Hanım']}

TR = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'æ': 'ae',
                    'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'œ': 'oe', "'": '', '’': ''})


def fold(s):
    s = unicodedata.normalize('NFKD', s.translate(TR))
    return ''.join(ch for ch in s if ord(ch) < 128)


def slug(s):
    return ''.join(ch for ch in fold(s).lower() if ch.isalnum())


class Person:
    def __init__(self, cul, g, f, gender, rg=None, rf=None, script='lat', mid='', kana=None, nick=None, patr=None):
        self.cul, self.g, self.f, self.gender = cul, g, f, gender
        self.rg, self.rf = rg or slug(g), rf or slug(f)
        self.script, self.mid, self.kana, self.nick, self.patr = script, mid, kana, nick, patr
        self.ff = cul in FAMILY_FIRST
        sep = '' if cul in NOSEP else ' '
        if self.ff:
            self.full = f + sep + ((mid + ' ') if mid else '') + g
        else:
            self.full = g + ' ' + f

    def tokens(self):
        out = set()
        for x in (self.full, self.nick or '', self.kana or '', self.rg, self.rf, self.patr or ''):
            for t in x.replace(',', ' ').split():
                out.add(t.lower())
        return out

    def latin(self):
        return self.script == 'lat'

    def forms(self):
        if self.latin():
            fs = ['full'] * 5 + ['given'] * 2 + ['init', 'rev', 'lower', 'lgiven']
            if not self.ff:
                fs += ['init2', 'REV']
            if self.nick:
                fs += ['nick', 'nick']
            return fs
        fs = ['full'] * 4 + ['given', 'rom']
        if self.kana:
            fs.append('kana')
        if self.patr:
            fs += ['patr', 'patr2']
        return fs

    def nm(self, form, r=None):
        g, f = self.g, self.f
        if form == 'full':
            return self.full
        if form == 'given':
            return g
        if form == 'family':
            return f
        if form == 'lower':
            return self.full.lower()
        if form == 'lgiven':
            return g.lower()
        if form == 'nick':
            return self.nick or g
        if form == 'kana':
            return self.kana or self.full
        if form == 'patr':
            return '%s %s %s' % (g, self.patr, f)
        if form == 'patr2':
            return '%s %s %s' % (f, g, self.patr)
        if form == 'rom':
            return (self.rg.capitalize() + ' ' + self.rf.capitalize()) if not self.ff else (self.rf.capitalize() + ' ' + self.rg.capitalize())
        if not self.latin() or self.ff:
            return self.full
        ini = g[0] + '.'
        if '-' in g:
            ini = '-'.join(x[0] + '.' for x in g.split('-'))
        if form == 'init':
            return ini + ' ' + f
        if form == 'init2':
            extra = (r.choice('ABCDEFGHJKLMNOPRSTW') if r else 'R') + '.'
            return ini + ' ' + extra + ' ' + f
        if form == 'rev':
            return f + ', ' + g
        if form == 'REV':
            return f.upper() + ' ' + g
        return self.full


def make_person(r, cul):
    if cul in LATIN:
        d = LATIN[cul]
        gender = r.choice('mf')
        g = r.choice(d[gender].split())
        if cul == 'is':
            pair = r.choice([('Sigurðarson', 'Sigurðardóttir'), ('Jónsson', 'Jónsdóttir'), ('Þórsson', 'Þórsdóttir'),
                             ('Hallgrímsson', 'Hallgrímsdóttir'), ('Einarsson', 'Einarsdóttir'), ('Magnússon', 'Magnúsdóttir')])
            f = pair[0 if gender == 'm' else 1]
        else:
            f = r.choice(d['fam'].split('|'))
            if '/' in f:
                f = f.split('/')[0 if gender == 'm' else 1]
            if cul == 'ga' and f == 'Ní Bhriain' and gender == 'm':
                f = 'Ó Briain'
        mid = ''
        if cul == 'vi':
            mid = r.choice(d['mid_' + gender].split())
            while mid == g:
                mid = r.choice(d['mid_' + gender].split())
        nick = d.get('nick', {}).get(g)
        return Person(cul, g, f, gender, mid=mid, nick=nick)
    if cul in ROMAN_EA:
        g, f, gender = r.choice(ROMAN_EA[cul])
        return Person(cul, g, f, gender)
    row = r.choice(SCRIPT[cul])
    g, f, rg, rf, gender = row[:5]
    kana = row[5] if cul == 'ja' else None
    patr = row[5] if cul in ('ru', 'uk') else None
    return Person(cul, g, f, gender, rg, rf, script=cul, kana=kana, patr=patr)
