"""Word lists for the PII corpus generator: health vocabulary (per language) and the small
hand-written name/address lists used where a library lacks a locale (holdout half) or where
both halves need disjoint data."""

# ───────────────────────────── health vocabulary ─────────────────────────────
# One pool per language; the first 4 items of each list are used by both halves,
# the rest alternate tune/holdout so the holdout also measures unseen vocabulary.
HV = {
    "en": {
        "cond": ["type 2 diabetes", "asthma", "hypertension", "breast cancer", "epilepsy", "multiple sclerosis",
                 "Crohn's disease", "rheumatoid arthritis", "celiac disease", "COPD", "hypothyroidism",
                 "atrial fibrillation", "psoriasis", "chronic migraine", "endometriosis", "lupus", "Parkinson's disease",
                 "chronic kidney disease", "sleep apnea", "fibromyalgia", "glaucoma", "type 1 diabetes", "prostate cancer",
                 "long COVID", "ADHD", "PCOS", "gout", "osteoporosis", "hepatitis B", "heart failure", "a herniated disc",
                 "Hashimoto's thyroiditis", "leukemia", "IBS", "tinnitus", "melanoma", "stage 3 colon cancer", "HIV"],
        "mental": ["depression", "anxiety", "PTSD", "bipolar disorder", "panic attacks", "an eating disorder", "OCD",
                   "postpartum depression", "insomnia", "severe burnout", "social anxiety", "suicidal thoughts",
                   "anorexia", "schizophrenia"],
        "addict": ["alcohol addiction", "opioid addiction", "gambling addiction", "alcoholism", "drug addiction",
                   "cocaine dependence", "meth addiction", "a heroin addiction"],
        "proc": ["chemotherapy", "knee replacement surgery", "dialysis", "radiation therapy", "a hysterectomy",
                 "IVF", "bypass surgery", "a colonoscopy", "a mastectomy", "a hip replacement", "gastric bypass surgery",
                 "an appendectomy", "cataract surgery", "electroconvulsive therapy", "a kidney transplant",
                 "spinal fusion surgery", "an abortion", "a liver biopsy"],
    },
    "es": {"cond": ["diabetes tipo 2", "asma", "hipertensión", "cáncer de mama", "epilepsia", "esclerosis múltiple",
                    "enfermedad de Crohn", "artritis reumatoide", "hipotiroidismo", "migraña crónica", "lupus",
                    "insuficiencia renal crónica", "celiaquía", "fibromialgia"],
           "mental": ["depresión", "ansiedad", "trastorno bipolar", "adicción al alcohol", "estrés postraumático",
                      "ataques de pánico", "adicción a los opioides", "ludopatía", "anorexia", "alcoholismo"],
           "proc": ["quimioterapia", "diálisis", "radioterapia", "una operación de rodilla", "una histerectomía",
                    "fisioterapia", "una cesárea", "un bypass gástrico", "una mastectomía", "un trasplante de riñón"]},
    "de": {"cond": ["Typ-2-Diabetes", "Asthma", "Bluthochdruck", "Brustkrebs", "Epilepsie", "Multiple Sklerose",
                    "Morbus Crohn", "rheumatoide Arthritis", "Schilddrüsenunterfunktion", "Migräne", "Zöliakie",
                    "Vorhofflimmern", "Schuppenflechte", "Niereninsuffizienz"],
           "mental": ["Depressionen", "eine Angststörung", "Alkoholsucht", "Burnout", "eine bipolare Störung",
                      "Panikattacken", "Spielsucht", "eine Essstörung", "Medikamentenabhängigkeit", "eine PTBS"],
           "proc": ["Chemotherapie", "Dialyse", "Strahlentherapie", "eine Knie-OP", "eine Bypass-Operation",
                    "eine Hüftoperation", "eine Darmspiegelung", "eine Gebärmutterentfernung", "Physiotherapie",
                    "eine Nierentransplantation"]},
    "fr": {"cond": ["diabète de type 2", "asthme", "hypertension", "cancer du sein", "épilepsie", "sclérose en plaques",
                    "maladie de Crohn", "polyarthrite rhumatoïde", "hypothyroïdie", "migraine chronique",
                    "maladie cœliaque", "insuffisance rénale", "endométriose", "fibromyalgie"],
           "mental": ["dépression", "anxiété", "alcoolisme", "burn-out", "trouble bipolaire", "crises de panique",
                      "addiction aux opioïdes", "troubles alimentaires", "stress post-traumatique", "addiction au jeu"],
           "proc": ["chimiothérapie", "dialyse", "radiothérapie", "une prothèse de genou", "une hystérectomie",
                    "kinésithérapie", "une FIV", "une coloscopie", "un pontage coronarien", "une greffe de rein"]},
    "pt": {"cond": ["diabetes tipo 2", "asma", "hipertensão", "câncer de mama", "epilepsia", "esclerose múltipla",
                    "doença de Crohn", "artrite reumatoide", "hipotireoidismo", "enxaqueca crônica", "lúpus",
                    "insuficiência renal", "doença celíaca", "fibromialgia"],
           "mental": ["depressão", "ansiedade", "alcoolismo", "síndrome do pânico", "transtorno bipolar", "burnout",
                      "dependência química", "vício em jogos", "anorexia", "transtorno de estresse pós-traumático"],
           "proc": ["quimioterapia", "hemodiálise", "radioterapia", "uma cirurgia no joelho", "uma histerectomia",
                    "fisioterapia", "uma cesariana", "uma cirurgia bariátrica", "uma mastectomia", "um transplante de rim"]},
    "it": {"cond": ["diabete di tipo 2", "asma", "ipertensione", "tumore al seno", "epilessia", "sclerosi multipla",
                    "morbo di Crohn", "artrite reumatoide", "ipotiroidismo", "emicrania", "celiachia",
                    "insufficienza renale", "endometriosi", "fibromialgia"],
           "mental": ["depressione", "ansia", "dipendenza dall'alcol", "attacchi di panico", "disturbo bipolare",
                      "burnout", "ludopatia", "anoressia", "disturbo ossessivo-compulsivo", "dipendenza da oppioidi"],
           "proc": ["chemioterapia", "dialisi", "radioterapia", "una protesi al ginocchio", "un'isterectomia",
                    "fisioterapia", "un bypass gastrico", "una colonscopia", "una mastectomia", "un trapianto di rene"]},
}
DRUGS = [("metformin", ["500 mg", "850 mg", "1000 mg", "500mg"]), ("Lexapro", ["10mg", "10 mg", "20 mg"]),
         ("sertraline", ["50 mg", "100 mg"]), ("lisinopril", ["10 mg", "20 mg"]), ("atorvastatin", ["20 mg", "40mg"]),
         ("insulin glargine", ["20 units", "24 units"]), ("levothyroxine", ["50 mcg", "75 mcg", "100 µg"]),
         ("Ozempic", ["0.5 mg", "1 mg"]), ("methotrexate", ["15 mg", "20 mg"]), ("prednisone", ["5 mg", "20 mg"]),
         ("Adderall", ["20 mg", "10mg"]), ("Xanax", ["0.5 mg", "1 mg"]), ("amlodipine", ["5 mg", "10 mg"]),
         ("Humira", ["40 mg"]), ("fluoxetine", ["20 mg", "40 mg"]), ("lithium", ["300 mg", "600 mg"]),
         ("warfarin", ["5 mg", "2.5 mg"]), ("Eliquis", ["5 mg", "2.5 mg"]), ("gabapentin", ["300 mg", "600mg"]),
         ("Wellbutrin", ["150 mg", "300 mg XL"]), ("Zoloft", ["50mg", "100 mg"]), ("Suboxone", ["8 mg", "8mg/2mg"]),
         ("quetiapine", ["25 mg", "100 mg"]), ("Truvada", ["200/300 mg"]), ("methadone", ["60 mg", "80 mg"]),
         ("Ritalin", ["10 mg", "20 mg"]), ("Seroquel", ["50 mg"]), ("tamoxifen", ["20 mg"]), ("Keppra", ["500 mg"]),
         ("Synthroid", ["88 mcg"]), ("Concerta", ["36 mg"]), ("pregabalin", ["75 mg", "150 mg"]),
         ("Mounjaro", ["5 mg", "7.5 mg"]), ("Depakote", ["500 mg"]), ("Lantus", ["18 units"]), ("bisoprolol", ["2.5 mg", "5 mg"])]

# Hand-written name lists for the holdout half (locales the tune half takes from Faker).
HAND = {
    "he": ("נועה תמר מיכל יעל שירה אביגיל רותם הדס מאיה ליאור איתי יונתן אורי דניאל עומר נועם אריאל גיא עידו אלון "
           "רון יואב משה דוד שרה רחל אסתר חנה עמית טליה אלה נטע ירדן שקד אופיר ליה הילה עדי אביב ענבל",
           "כהן לוי מזרחי פרץ ביטון אברהם פרידמן שפירא דהן אזולאי גבאי אוחיון יוסף חדד עמר מלכה אשכנזי קפלן "
           "רוזנברג גולדברג שטרן ברק סגל וייס רבינוביץ אלמוג נחום שושן טל בן-דוד גרינברג זילברמן אורבך חזן"),
    "th": ("สมชาย สมศักดิ์ ประยุทธ วิชัย สุริยา อนุชา ธนพล กิตติพงษ์ ณัฐวุฒิ พงศกร สุภาพร วรรณา กาญจนา ศิริพร "
           "นภัสสร ปิยะนุช อรุณี มาลี จันทร์เพ็ญ ธิดารัตน์ ชยพล ปกรณ์ รัตนา เพ็ญศรี อัญชลี",
           "ศรีสุข แก้วมณี บุญมา ทองดี สุขสวัสดิ์ วงศ์ใหญ่ จันทร์แก้ว พึ่งบุญ รัตนพันธ์ ศักดิ์ดี อินทรสุวรรณ "
           "ชัยประเสริฐ เพชรรัตน์ มั่นคง สายทอง พรหมมา ใจดี ธนากร นาคสวัสดิ์ ประเสริฐสุข"),
    "vi": ("Minh Lan Hương Tuấn Dũng Hà Linh Trang Phương Hùng Nam Hải Thảo Anh Hoa Khánh Long Quân Vy Nhung "
           "Thắng Sơn Yến Duy Tâm Châu Bích Đạt Nghĩa Uyên",
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh"),
    "yo": ("Oluwaseun Adebayo Folake Titilayo Olumide Ayodele Babatunde Funmilayo Kehinde Taiwo Yetunde Olufemi "
           "Abimbola Temitope Adewale Bukola Damilola Oladele Omolara Oyinkansola Iyanuoluwa Morenike Tolulope "
           "Adetokunbo Ibukunoluwa Ayomide Opeyemi Feyisayo Oluwatobi Adeola Bolanle Kolawole Modupe Segun "
           "Tunde Wuraola Akinwumi Jumoke Simisola Toyin",
           "Adeyemi Ogunleye Adebayo Oyelowo Afolabi Balogun Ogunbanjo Akinola Adeleke Olawale Oyedepo Fashola "
           "Adesina Ogunsanya Olatunji Akande Babalola Ojo Adekunle Oladipo Ayodeji Ogundipe Oyewole Adeniyi "
           "Olaniyan Akintola Olabode Adegoke Ilori Onabanjo Omotoso Ajayi Adewumi Odunsi Oluwole Bamidele "
           "Fadahunsi Ogunlesi Alade Oyebanji"),
    "ig": ("Ngozi Adaeze Chinedu Chiamaka Obinna Ifeoma Nnamdi Uchenna Chukwuemeka Amarachi Ebuka Nkechi Ikenna "
           "Chidinma Kelechi Ozioma Somtochukwu Ugochukwu Adaku Onyinye Chibuike Nneka Ifeanyi Obiageli Chinonso "
           "Ezinne Tochukwu Ogechi Emeka Nkiruka Chidi Amaka Kosisochukwu Ebere Uzoma Chiagozie Oluchi Nnaemeka "
           "Ijeoma Kamsi",
           "Okafor Okeke Eze Nwosu Obi Nwachukwu Okonkwo Onyekachi Chukwu Igwe Anyanwu Ezeh Nnadi Okoro Uzor "
           "Nwankwo Agu Ibe Onwuka Ejiofor Obiora Mbah Nwafor Okoye Ugwu Chukwuma Orji Madu Iheanacho Ekwueme "
           "Nwobodo Udeh Onuoha Ozor Ogbu Ezeani Nweke Achebe Okpara Dike"),
    "in": ("Aarav Vivaan Aditya Arjun Rohan Ishaan Kabir Priya Ananya Diya Kavya Meera Sneha Pooja Neha Rahul "
           "Vikram Sanjay Deepika Lakshmi Harini Karthik Siddharth Nikhil Tanvi",
           "Sharma Verma Iyer Nair Reddy Patel Gupta Menon Chatterjee Banerjee Mukherjee Kulkarni Joshi Desai Rao "
           "Pillai Bhat Agarwal Malhotra Kapoor Subramanian Krishnan"),
}
HAND = {k: (g.split(), f.split()) for k, (g, f) in HAND.items()}
VI_MIDDLE = {"m": ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Gia"], "f": ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Bảo", "Thu", "Minh"]}
JA_ROMAJI_B = "Takumi Haruto Yuki Sakura Hiroshi Kenji Aiko Yui Ren Sota Mei Riko Daiki Kaito Naoko Shota Emi Mao Yuto Hana".split()
# "bin/binti" names (Latin transliteration) used for ar_* and id_ID; one list per half.
BIN_A = (["Ahmad", "Mohd", "Hafiz", "Faisal", "Omar", "Khalid", "Nurul", "Siti", "Aisyah", "Farah", "Hasan", "Rashid"],
         ["Abdullah", "Ismail", "Rahman", "Hassan", "Yusof", "Ibrahim", "Zakaria", "Osman", "Said", "Karim"])
BIN_B = (["Amir", "Hakim", "Zulkifli", "Iskandar", "Hamzah", "Syafiq", "Aina", "Fatimah", "Aminah", "Zainab", "Tariq", "Yasmin"],
         ["Salleh", "Mahmud", "Kassim", "Ali", "Jamal", "Harun", "Sulaiman", "Idris", "Nasser", "Hamid"])
FEMALE_BIN = {"Nurul", "Siti", "Aisyah", "Farah", "Aina", "Fatimah", "Aminah", "Zainab", "Yasmin"}
# Holdout address data where mimesis has no locale.
IE_TOWNS = {"tune": [("Dublin 2", "", "D02"), ("Waterford", "Co. Waterford", "X91"), ("Drogheda", "Co. Louth", "A92"),
                     ("Wexford", "Co. Wexford", "Y35"), ("Letterkenny", "Co. Donegal", "F92"), ("Navan", "Co. Meath", "C15"),
                     ("Ennis", "Co. Clare", "V95"), ("Carlow", "Co. Carlow", "R93")],
            "holdout": [("Galway", "Co. Galway", "H91"), ("Ballina", "Co. Mayo", "F26"), ("Tralee", "Co. Kerry", "V92"),
                        ("Kilkenny", "Co. Kilkenny", "R95"), ("Sligo", "Co. Sligo", "F91"), ("Athlone", "Co. Westmeath", "N37"),
                        ("Dublin 8", "", "D08"), ("Cork", "Co. Cork", "T12"), ("Limerick", "Co. Limerick", "V94")]}
IE_STREETS_B = ["Main Street", "Patrick Street", "O'Connell Street", "Shop Street", "Church Road", "Strand Road",
                "Castle Street", "Bridge Street", "Mill Road", "Abbey Street", "Sea Road", "Dominick Street"]
IN_CITIES_B = [("Bengaluru", "Karnataka", "560"), ("Pune", "Maharashtra", "411"), ("Chennai", "Tamil Nadu", "600"),
               ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700"), ("Jaipur", "Rajasthan", "302"),
               ("Kochi", "Kerala", "682"), ("Ahmedabad", "Gujarat", "380"), ("Lucknow", "Uttar Pradesh", "226")]
IN_STREETS_B = ["MG Road", "Linking Road", "Park Street", "Anna Salai", "Residency Road", "Brigade Road", "FC Road",
                "Road No. 12, Banjara Hills", "Ashram Road", "Hazratganj Main Road", "100 Feet Road, Indiranagar"]
IN_BUILDINGS = {"tune": ["Shanti Apartments", "Prestige Towers", "Sai Krupa Residency", "Green Park Enclave"],
                "holdout": ["Lakeview Heights", "Sobha Classic", "Ganga Sagar CHS", "Brindavan Residency"]}
