"""HEALTH vocabulary per language: conditions, medication with dose, procedures,
pregnancy and test results.  Languages without a list fall back to English
(clinical notes in many countries are written in English)."""

H = {
    "en": dict(
        cond=["type 2 diabetes", "asthma", "hypertension", "major depressive disorder", "generalised anxiety disorder",
              "epilepsy", "Crohn's disease", "rheumatoid arthritis", "HIV", "hepatitis C", "coeliac disease",
              "chronic kidney disease stage 3", "bipolar II disorder", "ADHD", "multiple sclerosis", "atrial fibrillation",
              "COPD", "endometriosis", "PTSD", "hypothyroidism", "a peanut allergy", "long COVID", "migraine with aura",
              "early-onset Parkinson's disease"],
        med=["metformin 500 mg twice daily", "sertraline 50 mg", "levothyroxine 75 mcg", "salbutamol inhaler 100 mcg PRN",
             "lisinopril 10 mg once daily", "insulin glargine 18 units at night", "apixaban 5 mg BD",
             "lamotrigine 100 mg", "methotrexate 15 mg weekly", "quetiapine 25 mg at bedtime", "atorvastatin 20 mg",
             "adalimumab 40 mg every other week", "Biktarvy one tablet daily"],
        proc=["appendectomy in 2019", "knee replacement (left) in March", "C-section in 2021", "gastric bypass",
              "chemotherapy, cycle 4 of 6", "dialysis three times a week", "IVF, second cycle"],
        test=["HbA1c 8.2%", "positive PCR for influenza A", "HIV viral load undetectable", "eGFR 48",
              "BP 158/96", "PSA 6.1 ng/mL", "positive pregnancy test", "LDL 4.9 mmol/L"],
        preg=["pregnant, 24 weeks", "28 weeks pregnant", "pregnant (G2P1), due in June"],
    ),
    "es": dict(
        cond=["diabetes tipo 2", "asma", "hipertensión arterial", "depresión", "trastorno de ansiedad", "epilepsia",
              "enfermedad de Crohn", "artritis reumatoide", "VIH", "hipotiroidismo", "celiaquía", "fibromialgia"],
        med=["metformina 850 mg cada 12 h", "sertralina 50 mg", "levotiroxina 50 mcg", "enalapril 10 mg/día",
             "omeprazol 20 mg en ayunas", "insulina glargina 20 UI"],
        proc=["apendicectomía en 2018", "cesárea en 2020", "prótesis de rodilla derecha"],
        test=["HbA1c 7,9 %", "PCR positiva", "TA 160/95"],
        preg=["embarazada de 20 semanas", "gestación de 32 semanas"],
    ),
    "pt": dict(
        cond=["diabetes tipo 2", "asma", "hipertensão", "depressão", "transtorno de ansiedade", "epilepsia",
              "doença de Crohn", "artrite reumatoide", "HIV", "hipotireoidismo", "lúpus"],
        med=["metformina 850 mg 2x ao dia", "sertralina 50 mg", "losartana 50 mg", "levotiroxina 75 mcg",
             "insulina NPH 20 UI"],
        proc=["cesárea em 2019", "apendicectomia", "cirurgia bariátrica"],
        test=["HbA1c 8,1%", "PA 150/100", "teste de gravidez positivo"],
        preg=["gestante de 22 semanas", "grávida de 30 semanas"],
    ),
    "fr": dict(
        cond=["diabète de type 2", "asthme", "hypertension artérielle", "dépression", "trouble anxieux", "épilepsie",
              "maladie de Crohn", "polyarthrite rhumatoïde", "VIH", "hypothyroïdie", "sclérose en plaques"],
        med=["metformine 1000 mg matin et soir", "sertraline 50 mg", "Lévothyrox 75 µg", "ramipril 5 mg",
             "Ventoline 100 µg si besoin"],
        proc=["appendicectomie en 2017", "césarienne en 2022", "pose de prothèse de hanche"],
        test=["HbA1c à 8,4 %", "TA 155/92", "test de grossesse positif"],
        preg=["enceinte de 5 mois", "grossesse de 26 SA"],
    ),
    "de": dict(
        cond=["Diabetes mellitus Typ 2", "Asthma bronchiale", "arterielle Hypertonie", "Depression",
              "Angststörung", "Epilepsie", "Morbus Crohn", "rheumatoide Arthritis", "HIV", "Hypothyreose",
              "Multiple Sklerose", "Vorhofflimmern", "Zöliakie"],
        med=["Metformin 1000 mg 1-0-1", "Sertralin 50 mg", "L-Thyroxin 75 µg", "Ramipril 5 mg morgens",
             "Salbutamol-Spray bei Bedarf", "Apixaban 5 mg 1-0-1", "Insulin glargin 16 IE abends"],
        proc=["Appendektomie 2016", "Kaiserschnitt 2021", "Knie-TEP links", "Chemotherapie (Zyklus 3)"],
        test=["HbA1c 8,0 %", "RR 160/95 mmHg", "positiver Schwangerschaftstest", "eGFR 52"],
        preg=["schwanger, 24. SSW", "in der 30. Schwangerschaftswoche"],
    ),
    "it": dict(
        cond=["diabete di tipo 2", "asma", "ipertensione", "depressione", "disturbo d'ansia", "epilessia",
              "morbo di Crohn", "artrite reumatoide", "HIV", "ipotiroidismo", "celiachia"],
        med=["metformina 500 mg due volte al giorno", "sertralina 50 mg", "Eutirox 75 mcg", "ramipril 5 mg"],
        proc=["appendicectomia nel 2015", "parto cesareo nel 2020"],
        test=["HbA1c 7,8%", "PA 150/95"],
        preg=["incinta di 20 settimane"],
    ),
    "nl": dict(
        cond=["diabetes type 2", "astma", "hoge bloeddruk", "depressie", "angststoornis", "epilepsie", "ziekte van Crohn",
              "reuma", "hiv"],
        med=["metformine 500 mg 2x daags", "sertraline 50 mg", "levothyroxine 75 mcg"],
        proc=["blindedarmoperatie in 2018", "keizersnede"], test=["HbA1c 64 mmol/mol"], preg=["zwanger, 20 weken"],
    ),
    "pl": dict(
        cond=["cukrzyca typu 2", "astma", "nadciśnienie tętnicze", "depresja", "padaczka", "choroba Leśniowskiego-Crohna",
              "reumatoidalne zapalenie stawów", "niedoczynność tarczycy"],
        med=["metformina 500 mg 2 x dziennie", "sertralina 50 mg", "Euthyrox 75 µg"],
        proc=["appendektomia w 2019 r.", "cesarskie cięcie"], test=["HbA1c 8,3%"], preg=["w 24. tygodniu ciąży"],
    ),
    "ru": dict(
        cond=["сахарный диабет 2 типа", "бронхиальная астма", "гипертоническая болезнь", "депрессия", "эпилепсия",
              "болезнь Крона", "ревматоидный артрит", "ВИЧ", "гипотиреоз"],
        med=["метформин 850 мг 2 раза в день", "сертралин 50 мг", "L-тироксин 75 мкг", "эналаприл 10 мг"],
        proc=["аппендэктомия в 2018 г.", "кесарево сечение"], test=["HbA1c 8,1%", "АД 160/100"],
        preg=["беременность 22 недели"],
    ),
    "tr": dict(
        cond=["tip 2 diyabet", "astım", "hipertansiyon", "depresyon", "anksiyete bozukluğu", "epilepsi", "Crohn hastalığı",
              "romatoid artrit", "hipotiroidi"],
        med=["metformin 1000 mg günde iki kez", "sertralin 50 mg", "levotiroksin 50 mcg"],
        proc=["2019'da apandisit ameliyatı", "sezaryen"], test=["HbA1c %8,2"], preg=["24 haftalık hamile"],
    ),
    "ja": dict(
        cond=["2型糖尿病", "気管支喘息", "高血圧症", "うつ病", "不安障害", "てんかん", "クローン病", "関節リウマチ", "甲状腺機能低下症"],
        med=["メトホルミン500mg 1日2回", "セルトラリン50mg", "レボチロキシン50μg", "アムロジピン5mg 朝1回"],
        proc=["2018年に虫垂切除術", "帝王切開（2021年）"], test=["HbA1c 8.0%", "血圧 158/94"], preg=["妊娠24週"],
    ),
    "ko": dict(
        cond=["제2형 당뇨병", "천식", "고혈압", "우울증", "공황장애", "뇌전증", "크론병", "류마티스 관절염", "갑상선 기능 저하증"],
        med=["메트포르민 500mg 하루 두 번", "설트랄린 50mg", "레보티록신 50mcg"],
        proc=["2019년 충수절제술", "제왕절개"], test=["당화혈색소 7.9%"], preg=["임신 20주"],
    ),
    "zh": dict(
        cond=["2型糖尿病", "哮喘", "高血压", "抑郁症", "焦虑症", "癫痫", "克罗恩病", "类风湿关节炎", "乙肝", "甲状腺功能减退"],
        med=["二甲双胍 500mg 每日两次", "舍曲林 50mg", "左甲状腺素 50μg", "氨氯地平 5mg 每日一次"],
        proc=["2017年阑尾切除术", "剖宫产"], test=["糖化血红蛋白 8.1%", "血压 160/95"], preg=["怀孕24周"],
    ),
    "ar": dict(
        cond=["السكري من النوع الثاني", "الربو", "ارتفاع ضغط الدم", "الاكتئاب", "الصرع", "داء كرون", "التهاب المفاصل الروماتويدي",
              "قصور الغدة الدرقية"],
        med=["ميتفورمين 500 ملغ مرتين يومياً", "سيرترالين 50 ملغ", "ليفوثيروكسين 50 ميكروغرام"],
        proc=["استئصال الزائدة عام 2018", "ولادة قيصرية"], test=["السكر التراكمي 8.3%"], preg=["حامل في الأسبوع 24"],
    ),
    "hi": dict(
        cond=["टाइप 2 मधुमेह", "दमा", "उच्च रक्तचाप", "अवसाद", "मिर्गी", "थायरॉइड"],
        med=["मेटफॉर्मिन 500 mg दिन में दो बार", "एम्लोडिपिन 5 mg"],
        proc=["2019 में अपेंडिक्स का ऑपरेशन"], test=["HbA1c 8.4%"], preg=["24 हफ़्ते की गर्भवती"],
    ),
    "sv": dict(
        cond=["typ 2-diabetes", "astma", "högt blodtryck", "depression", "epilepsi", "Crohns sjukdom", "ledgångsreumatism"],
        med=["metformin 500 mg två gånger dagligen", "sertralin 50 mg", "Levaxin 75 mikrogram"],
        proc=["blindtarmsoperation 2018"], test=["HbA1c 62 mmol/mol"], preg=["gravid i vecka 24"],
    ),
}


def vocab(lang):
    return H.get(lang, H["en"])


# General medical words used in PII-free articles (not a person's condition);
# eponymous ones are PROPER_NOUN decoys there.
EPONYMS = ["Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hodgkin lymphoma", "Down syndrome",
           "Tourette syndrome", "Hashimoto's thyroiditis", "Graves' disease", "Addison's disease", "Cushing's syndrome",
           "Bell's palsy", "Huntington's disease", "Asperger syndrome", "Raynaud's phenomenon", "Guillain-Barré syndrome",
           "Morbus Bechterew", "maladie de Charcot", "enfermedad de Chagas", "Kawasaki disease", "Lyme disease"]
