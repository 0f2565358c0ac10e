"""Health vocabulary tied to a person (HEALTH) in 12 languages.

Entries are "prefix|term": the prefix (an article) stays outside the span.
Categories: cond, mental, med, proc, preg, test.
"""

H = {}
HS = {}  # sentences per category; {h} is the health span, {year} a plain year


def _v(s):
    return [x.strip() for x in s.split(";") if x.strip()]


H["en"] = dict(
    cond=_v("type 2 diabetes; asthma; high blood pressure; epilepsy; Crohn's disease; rheumatoid arthritis; "
            "multiple sclerosis; an |underactive thyroid; COPD; atrial fibrillation; coeliac disease; endometriosis; "
            "HIV; hepatitis B; chronic migraines; psoriasis; sleep apnoea; stage 3 chronic kidney disease; long COVID; "
            "a |severe peanut allergy; Hashimoto's thyroiditis; early-onset Parkinson's disease; lupus"),
    mental=_v("generalised anxiety disorder; depression; bipolar II disorder; PTSD; ADHD; panic disorder; "
              "an |eating disorder; OCD; postnatal depression; borderline personality disorder; insomnia"),
    med=_v("metformin 500 mg twice a day; sertraline 50mg; levothyroxine 75 mcg; lisinopril 10 mg once daily; "
           "insulin glargine 22 units at night; a |salbutamol inhaler, 2 puffs as needed; atorvastatin 40 mg; "
           "methotrexate 15 mg weekly; lamotrigine 100 mg twice daily; apixaban 5 mg; "
           "adalimumab 40 mg every other week; quetiapine 25 mg at bedtime; fluoxetine 20 mg; Truvada for PrEP; "
           "prednisolone 30 mg; warfarin 3 mg"),
    proc=_v("a |knee arthroscopy; an |appendectomy; a |C-section; gallbladder surgery; a |colonoscopy; "
            "a |hip replacement; cataract surgery; two rounds of IVF; chemotherapy; a |mastectomy; a |vasectomy; "
            "a |spinal fusion"),
    preg=_v("12 weeks pregnant; pregnant with twins; 28 weeks pregnant; about 20 weeks pregnant"),
    test=_v("an |HbA1c of 8.2%; a |positive PCR for COVID-19; BRCA1-positive; an |undetectable HIV viral load; "
            "eGFR 42; blood pressure of 165/100; a |positive strep A swab; LDL cholesterol 5.1 mmol/L; "
            "ferritin 8 µg/L"),
)
HS["en"] = dict(
    cond=["I was diagnosed with {h} in {year}.", "I have {h}, so please keep that in mind.",
          "She's been dealing with {h} since {year}.", "history of {h}"],
    mental=["I've been in treatment for {h} since {year}.", "My GP says it's {h}.", "diagnosed with {h} last year"],
    med=["I'm currently on {h}.", "I take {h}.", "Current medication: {h}."],
    proc=["I had {h} in {year}.", "I'm booked in for {h} next month."],
    preg=["I'm {h}.", "heads up, I'm {h} at the moment"],
    test=["My results came back: {h}.", "Lab result: {h}."],
)

H["es"] = dict(
    cond=_v("diabetes tipo 2; asma; hipertensión; epilepsia; enfermedad de Crohn; artritis reumatoide; "
            "esclerosis múltiple; hipotiroidismo; EPOC; fibrilación auricular; celiaquía; endometriosis; VIH; "
            "hepatitis C; migraña crónica; fibromialgia"),
    mental=_v("ansiedad generalizada; depresión mayor; trastorno bipolar; TDAH; un |trastorno de la conducta alimentaria; TEPT"),
    med=_v("metformina 850 mg cada 12 horas; sertralina 50 mg; levotiroxina 100 mcg; enalapril 10 mg; "
           "insulina glargina 18 UI por la noche; omeprazol 20 mg en ayunas; escitalopram 10 mg; Sintrom 4 mg; "
           "ibuprofeno 600 mg cada 8 horas"),
    proc=_v("una |apendicectomía; una |cesárea; una |artroscopia de rodilla; una |colonoscopia; una |mastectomía; "
            "quimioterapia; una |prótesis de cadera"),
    preg=_v("embarazada de 12 semanas; embarazada de gemelos; embarazada de 30 semanas"),
    test=_v("glucosa en ayunas de 180 mg/dl; PCR positiva para COVID-19; HbA1c del 8,1 %; colesterol LDL 190 mg/dl; "
            "serología VIH positiva; tensión 160/100"),
)
HS["es"] = dict(
    cond=["Me diagnosticaron {h} en {year}.", "Tengo {h} desde hace años.", "Antecedentes: {h}."],
    mental=["Estoy en tratamiento por {h} desde {year}.", "Me diagnosticaron {h}."],
    med=["Tomo {h}.", "Actualmente estoy con {h}."],
    proc=["Me hicieron {h} en {year}.", "Tengo programada {h} para marzo."],
    preg=["Estoy {h}."],
    test=["Mis análisis salieron: {h}.", "Resultado: {h}."],
)

H["de"] = dict(
    cond=_v("Typ-2-Diabetes; Asthma bronchiale; Bluthochdruck; Epilepsie; Morbus Crohn; rheumatoide Arthritis; "
            "Multiple Sklerose; eine |Schilddrüsenunterfunktion; COPD; Vorhofflimmern; Zöliakie; Endometriose; HIV; "
            "Hashimoto-Thyreoiditis; Neurodermitis; Long Covid"),
    mental=_v("eine |generalisierte Angststörung; eine |mittelgradige depressive Episode; ADHS; "
              "eine |bipolare Störung; PTBS; Burnout; eine |Essstörung"),
    med=_v("Metformin 1000 mg 1-0-1; Ramipril 5 mg; L-Thyroxin 75 µg; Sertralin 50 mg; Insulin glargin 20 IE abends; "
           "Pantoprazol 40 mg; Ibuprofen 600 mg bei Bedarf; Methylphenidat 20 mg; Marcumar nach INR"),
    proc=_v("eine |Meniskus-OP; eine |Blinddarm-OP; einen |Kaiserschnitt; eine |Darmspiegelung; eine |Hüft-TEP; "
            "eine |Chemotherapie; eine |Bandscheiben-OP"),
    preg=_v("in der 14. SSW; schwanger in der 22. Woche; mit Zwillingen schwanger"),
    test=_v("HbA1c 7,9 %; positiver PCR-Test; TSH 6,8 mU/l; LDL 180 mg/dl; Blutdruck 165/100 mmHg; HIV-Test positiv"),
)
HS["de"] = dict(
    cond=["Bei mir wurde {year} {h} diagnostiziert.", "Ich habe {h}.", "Vorerkrankung: {h}"],
    mental=["Ich bin seit {year} wegen {h} in Behandlung.", "Diagnose: {h}"],
    med=["Ich nehme {h}.", "Aktuelle Medikation: {h}"],
    proc=["Ich hatte {year} {h}.", "Nächste Woche habe ich {h}."],
    preg=["Ich bin {h}."],
    test=["Laborwert: {h}", "Mein Befund: {h}."],
)

H["fr"] = dict(
    cond=_v("un |diabète de type 2; de l'|asthme; de l'|hypertension; une |épilepsie; la |maladie de Crohn; "
            "une |polyarthrite rhumatoïde; une |sclérose en plaques; une |hypothyroïdie; une |BPCO; "
            "une |fibrillation auriculaire; une |maladie cœliaque; une |endométriose; le |VIH"),
    mental=_v("un |trouble anxieux généralisé; une |dépression sévère; un |trouble bipolaire; un |TDAH; un |burn-out; "
              "un |trouble du comportement alimentaire"),
    med=_v("metformine 1000 mg matin et soir; Lévothyrox 75 µg; sertraline 50 mg; ramipril 5 mg; "
           "Doliprane 1 g si besoin; insuline Lantus 20 UI le soir; escitalopram 10 mg"),
    proc=_v("une |appendicectomie; une |césarienne; une |arthroscopie du genou; une |coloscopie; "
            "une |prothèse de hanche; une |chimiothérapie; une |FIV"),
    preg=_v("enceinte de 3 mois; enceinte de 24 semaines; enceinte de jumeaux"),
    test=_v("HbA1c à 8,3 %; test PCR positif au COVID-19; TSH à 7,2 mUI/L; tension à 16/10; sérologie VIH positive"),
)
HS["fr"] = dict(
    cond=["On m'a diagnostiqué {h} en {year}.", "J'ai {h}.", "Antécédents : {h}."],
    mental=["Je suis suivie pour {h} depuis {year}.", "Mon médecin parle d'{h}."],
    med=["Je prends {h}.", "Traitement actuel : {h}."],
    proc=["J'ai eu {h} en {year}.", "J'ai {h} prévue le mois prochain."],
    preg=["Je suis {h}."],
    test=["Résultats : {h}."],
)

H["pt"] = dict(
    cond=_v("diabetes tipo 2; asma; hipertensão; epilepsia; doença de Crohn; artrite reumatoide; esclerose múltipla; "
            "hipotireoidismo; lúpus; HIV; hepatite B; endometriose; fibromialgia"),
    mental=_v("transtorno de ansiedade generalizada; depressão; transtorno bipolar; TDAH; síndrome do pânico; burnout"),
    med=_v("metformina 850 mg duas vezes ao dia; losartana 50 mg; levotiroxina 88 mcg; sertralina 50 mg; "
           "insulina NPH 20 UI; fluoxetina 20 mg; clonazepam 2 mg à noite"),
    proc=_v("uma |cesárea; uma |apendicectomia; uma |cirurgia bariátrica; uma |colonoscopia; "
            "uma |artroscopia no joelho; quimioterapia"),
    preg=_v("grávida de 20 semanas; grávida de gêmeos; grávida de 3 meses"),
    test=_v("glicemia de jejum 190 mg/dL; PCR positivo para COVID-19; HbA1c de 8,4%; colesterol LDL 210 mg/dL; "
            "pressão 16 por 10"),
)
HS["pt"] = dict(
    cond=["Fui diagnosticada com {h} em {year}.", "Tenho {h}.", "Histórico: {h}."],
    mental=["Faço tratamento para {h} desde {year}.", "Meu psiquiatra confirmou {h}."],
    med=["Tomo {h}.", "Uso {h} todos os dias."],
    proc=["Fiz {h} em {year}.", "Vou fazer {h} mês que vem."],
    preg=["Estou {h}."],
    test=["Meu exame deu {h}."],
)

H["it"] = dict(
    cond=_v("diabete di tipo 2; asma; ipertensione; epilessia; morbo di Crohn; artrite reumatoide; sclerosi multipla; "
            "ipotiroidismo; celiachia; fibrillazione atriale; HIV; endometriosi"),
    mental=_v("disturbo d'ansia generalizzato; depressione maggiore; disturbo bipolare; ADHD; attacchi di panico; anoressia"),
    med=_v("metformina 500 mg due volte al giorno; Eutirox 75 mcg; sertralina 50 mg; ramipril 5 mg; "
           "insulina glargine 16 UI la sera; Tachipirina 1000 mg al bisogno; Coumadin 5 mg"),
    proc=_v("un |intervento al menisco; un'|appendicectomia; un |parto cesareo; una |colonscopia; "
            "una |protesi d'anca; la |chemioterapia"),
    preg=_v("incinta di 18 settimane; incinta di due gemelli; al quinto mese di gravidanza"),
    test=_v("glicemia a digiuno 160 mg/dl; tampone positivo al COVID-19; emoglobina glicata 8,0%; pressione 170/100"),
)
HS["it"] = dict(
    cond=["Mi hanno diagnosticato {h} nel {year}.", "Soffro di {h}.", "Anamnesi: {h}."],
    mental=["Sono in cura per {h} dal {year}.", "Diagnosi: {h}."],
    med=["Prendo {h}.", "Terapia in corso: {h}."],
    proc=["Ho fatto {h} nel {year}.", "Devo fare {h} a maggio."],
    preg=["Sono {h}."],
    test=["Esito: {h}."],
)

H["nl"] = dict(
    cond=_v("diabetes type 2; astma; hoge bloeddruk; epilepsie; de |ziekte van Crohn; reuma; MS; "
            "een |trage schildklier; COPD; boezemfibrilleren; coeliakie"),
    mental=_v("een |angststoornis; een |depressie; ADHD; een |bipolaire stoornis; burn-outklachten"),
    med=_v("metformine 500 mg 2x daags; levothyroxine 50 mcg; sertraline 50 mg; omeprazol 20 mg; "
           "insuline 18 eenheden 's avonds"),
    proc=_v("een |knieoperatie; een |keizersnede; een |blindedarmoperatie; een |darmonderzoek; chemo"),
    preg=_v("zwanger van 16 weken; zwanger van een tweeling"),
    test=_v("HbA1c 64 mmol/mol; positieve coronatest; bloeddruk 170/105"),
)
HS["nl"] = dict(
    cond=["Ik heb {h}.", "Bij mij is in {year} {h} vastgesteld."], mental=["Ik ben in behandeling voor {h}."],
    med=["Ik gebruik {h}."], proc=["Ik heb in {year} {h} gehad."], preg=["Ik ben {h}."], test=["Uitslag: {h}."],
)

H["pl"] = dict(
    cond=_v("cukrzycę typu 2; astmę; nadciśnienie; padaczkę; chorobę Leśniowskiego-Crohna; niedoczynność tarczycy; "
            "stwardnienie rozsiane; celiakię"),
    mental=_v("depresję; zaburzenia lękowe; ADHD; chorobę afektywną dwubiegunową"),
    med=_v("metforminę 1000 mg; Euthyrox 50 µg; sertralinę 50 mg; insulinę 20 j. wieczorem"),
    proc=_v("operację kolana; cesarskie cięcie; wycięcie wyrostka; kolonoskopię; chemioterapię"),
    preg=_v("w 20. tygodniu ciąży; w ciąży bliźniaczej"),
    test=_v("HbA1c 8,2%; dodatni test na COVID-19; ciśnienie 170/100"),
)
HS["pl"] = dict(
    cond=["Choruję na {h}.", "Zdiagnozowano u mnie {h}."], mental=["Leczę {h} od {year} roku."],
    med=["Przyjmuję {h}."], proc=["W {year} roku miałam {h}."], preg=["Jestem {h}."], test=["Wynik: {h}."],
)

H["tr"] = dict(
    cond=_v("tip 2 diyabet; astım; hipertansiyon; epilepsi; Crohn hastalığı; romatoid artrit; MS; hipotiroidi; "
            "Hashimoto tiroiditi; çölyak"),
    mental=_v("anksiyete bozukluğu; depresyon; bipolar bozukluk; DEHB; panik bozukluk"),
    med=_v("Glifor 1000 mg; Euthyrox 100 mcg; Lustral 50 mg; günde 20 ünite insülin"),
    proc=_v("diz ameliyatı; sezaryen; apandisit ameliyatı; kolonoskopi; kemoterapi"),
    preg=_v("12 haftalık hamile; ikiz hamilesi"),
    test=_v("HbA1c %8,5; COVID-19 PCR pozitif; tansiyon 17/10"),
)
HS["tr"] = dict(
    cond=["Bende {h} var.", "{year} yılında {h} tanısı aldım."], mental=["{year} yılından beri {h} tedavisi görüyorum."],
    med=["{h} kullanıyorum."], proc=["Geçen yıl {h} oldum."], preg=["Doktorum {h} olduğumu söyledi."],
    test=["Sonuç: {h}."],
)

H["sv"] = dict(
    cond=_v("typ 2-diabetes; astma; högt blodtryck; epilepsi; Crohns sjukdom; reumatoid artrit; MS; hypotyreos; celiaki"),
    mental=_v("generaliserat ångestsyndrom; depression; ADHD; bipolär sjukdom; utmattningssyndrom"),
    med=_v("Metformin 500 mg två gånger dagligen; Levaxin 100 mikrogram; sertralin 50 mg; Waran enligt ordination"),
    proc=_v("en |knäoperation; kejsarsnitt; en |blindtarmsoperation; cellgiftsbehandling"),
    preg=_v("gravid i vecka 20; gravid med tvillingar"),
    test=_v("HbA1c 62 mmol/mol; positivt covidtest; blodtryck 165/100"),
)
HS["sv"] = dict(
    cond=["Jag har {h}.", "Jag fick diagnosen {h} år {year}."], mental=["Jag behandlas för {h} sedan {year}."],
    med=["Jag tar {h}."], proc=["Jag gjorde {h} {year}."], preg=["Jag är {h}."], test=["Provsvar: {h}."],
)

H["ru"] = dict(
    cond=_v("сахарный диабет 2 типа; бронхиальная астма; гипертония; эпилепсия; болезнь Крона; ревматоидный артрит; "
            "гипотиреоз"),
    mental=_v("генерализованное тревожное расстройство; депрессия; биполярное расстройство; СДВГ"),
    med=_v("метформин 1000 мг; L-тироксин 75 мкг; сертралин 50 мг; эналаприл 10 мг"),
    proc=_v("операция на колене; кесарево сечение; удаление аппендикса; химиотерапия"),
    preg=_v("беременность 20 недель; беременность двойней"),
    test=_v("HbA1c 8,6%; положительный ПЦР-тест на COVID-19; давление 170/100"),
)
HS["ru"] = dict(
    cond=["У меня {h}.", "Диагноз: {h}."], mental=["Диагноз: {h}, наблюдаюсь с {year} года."],
    med=["Принимаю {h}."], proc=["Перенесённые операции: {h} ({year})."], preg=["У меня {h}."],
    test=["Результат анализа: {h}."],
)

H["ja"] = dict(
    cond=_v("2型糖尿病; 喘息; 高血圧; てんかん; クローン病; 関節リウマチ; 甲状腺機能低下症; アトピー性皮膚炎"),
    mental=_v("うつ病; パニック障害; 双極性障害; ADHD; 適応障害"),
    med=_v("メトホルミン500mg; チラーヂンS 50μg; セルトラリン25mg; アムロジピン5mg"),
    proc=_v("帝王切開; 虫垂切除術; 膝の手術; 大腸内視鏡検査; 抗がん剤治療"),
    preg=_v("妊娠20週; 妊娠3か月"),
    test=_v("HbA1c 8.1%; PCR検査で陽性; 血圧170/100"),
)
HS["ja"] = dict(
    cond=["{h}と診断されています。", "持病は{h}です。"], mental=["{year}年から{h}で通院しています。"],
    med=["{h}を服用しています。"], proc=["{year}年に{h}を受けました。"], preg=["現在{h}です。"],
    test=["検査結果：{h}"],
)

CATS = ["cond", "mental", "med", "proc", "preg", "test"]


def has_health(lang):
    return lang in H


def pick(rng, lang, cat=None, gender=None):
    v = H[lang]
    if cat is None:
        cat = rng.choice(["cond", "cond", "mental", "med", "med", "proc", "test", "preg"])
    if cat == "preg" and gender == "m":
        cat = "cond"
    item = rng.choice(v[cat])
    if "|" in item:
        pre, term = item.split("|", 1)
    else:
        pre, term = "", item
    return cat, pre, term
