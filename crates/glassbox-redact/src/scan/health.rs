//! HEALTH detection: conditions, medications, procedures, pregnancy, mental
//! health and addiction, test results — a vocabulary (`data/health_terms.txt`,
//! six languages) matched by the shared literal prefilter, then widened to the
//! whole statement a reader would need to hide: modifiers before the term
//! (`type 2 diabetes`, `stage 3 breast cancer`, `12 weeks pregnant`) and a
//! type, grade, dosage or result after it (`diabetes tipe 2`, `bipolar II disorder`,
//! `metformin 500 mg twice daily`, `HbA1c of 7.2%`, `HIV positive`).
//!
//! Ops words that look medical (`/healthz`, health check, liveness probe,
//! heartbeat, memory leak, virus scanner, `kill -9`) are not in the vocabulary, and a
//! sentence about a condition in general (an awareness campaign, research, a first-line
//! drug) that names no person is no one's health.

use super::util::{at, letter_after, letter_before, run_while};
use crate::entity::EntityKind;

const TERMS: &str = include_str!("../../data/health_terms.txt");

/// The vocabulary, one lower-case term per entry, and whether the term is a
/// word ending (`*sucht` finds `Spielsucht`, `*itis` finds `Gastritis`).
pub fn terms() -> impl Iterator<Item = (&'static str, bool)> {
    TERMS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.strip_prefix('*') {
            Some(ending) => (ending, true),
            None => (l, false),
        })
}

/// Words that make a condition more specific; kept inside the finding.
const MODIFIERS: &[&str] = &[
    "type 1",
    "type 2",
    "tyypin 1",
    "tyypin 2",
    "tipe 1",
    "tipe 2",
    "type i",
    "type ii",
    "typ 1",
    "typ 2",
    "tipo 1",
    "tipo 2",
    "tip 1",
    "tip 2",
    "stage 1",
    "stage 2",
    "stage 3",
    "stage 4",
    "stage i",
    "stage ii",
    "stage iii",
    "stage iv",
    "chronic",
    "severe",
    "acute",
    "mild",
    "moderate",
    "major",
    "clinical",
    "gestational",
    "early-onset",
    "terminal",
    "advanced",
    "metastatic",
    "postpartum",
    "generalized",
    "generalised",
    "social",
    "juvenile",
    "seasonal",
    "chronische",
    "chronischer",
    "schwere",
    "crónica",
    "crónico",
    "chronique",
    "sévère",
    "grave",
    "cronica",
    "cronico",
    "severa",
    "severo",
];

/// Units of a dose or a lab value.
const UNITS: &[&str] = &[
    "mg/dl",
    "mmol/l",
    "mg",
    "mcg",
    "µg",
    "ug",
    "ml",
    "iu",
    "ui",
    "units",
    "unidades",
    "ünite",
    "einheiten",
    "mikrogram",
    "microgramos",
    "ng/ml",
    "g/l",
    // Other languages' units (`แอมโลดิปีน 5 มก.`, `ইনসুলিন ২০ ইউনিট`, `insulin 20 đơn
    // vị`, `인슐린 20단위`, `inzulin 16 j.`).
    "มก.",
    "มก",
    "มิลลิกรัม",
    "মি.গ্রা.",
    "মিগ্রা",
    "মাইক্রোগ্রাম",
    "ইউনিট",
    "मि.ग्रा.",
    "मिलीग्राम",
    "यूनिट",
    "ミリグラム",
    "単位",
    "毫克",
    "单位",
    "밀리그램",
    "단위",
    "мг",
    "мкг",
    "ед.",
    "од.",
    "đơn vị",
    "jednotek",
    "egység",
    "yksikköä",
    "enheter",
    "eenheden",
    "unità",
    "unités",
    "jednostek",
    "j.",
    "%",
    "g",
];

/// A medicine the vocabulary does not know, named by its dose: a word of three letters or
/// more right before `<number> mg` (`Glycomet 500 mg`, `Thyronorm 50 mcg`, `チラーヂン50μg`),
/// `u` being where the unit starts and `ue` where it ends. Returns the finding.
pub fn dosed(t: &[u8], u: usize, ue: usize) -> Option<(usize, usize)> {
    if letter_after(t, ue) {
        return None;
    }
    // The number before the unit, with a space or not.
    let mut k = u;
    if k > 0 && t[k - 1] == b' ' {
        k -= 1;
    }
    let ne = k;
    while k > 0
        && (t[k - 1].is_ascii_digit()
            || (t[k - 1] == b'.' || t[k - 1] == b',') && k >= 2 && t[k - 2].is_ascii_digit())
    {
        k -= 1;
    }
    if k == ne || (k > 0 && t[k - 1].is_ascii_digit()) {
        return None;
    }
    // The word before the number: letters of any script, three or more.
    let mut we = k;
    if we > 0 && t[we - 1] == b' ' {
        we -= 1;
    }
    let mut ws = we;
    let mut letters = 0;
    while let Some((c, l)) = super::util::char_before(t, ws) {
        if !(c.is_alphabetic() || c == '-') {
            break;
        }
        ws -= l;
        letters += 1;
    }
    if letters < 3 {
        return None;
    }
    let w = String::from_utf8_lossy(&t[ws..we]).to_lowercase();
    const NOT_MEDICINES: &[&str] = &[
        "the", "and", "with", "take", "takes", "took", "taking", "about", "each", "every", "per",
        "only", "than", "from", "over", "under", "dose", "dosis", "also", "plus", "und", "mit",
        "con", "com", "avec", "est", "por", "para", "pour", "una", "uno", "eine", "einer",
        "contains", "weighs", "weight", "max", "min", "approx", "around", "nearly", "total",
        "sample", "batch", "order", "price", "size", "pack", "box", "bottle", "tablet", "tablets",
        "capsule", "capsules", "was", "were", "are", "has", "have", "had", "now", "then", "ist",
        "sind", "est", "sont", "son", "tiene",
    ];
    if NOT_MEDICINES.contains(&w.as_str()) {
        return None;
    }
    let mut end = ue;
    if let Some(f) = FREQUENCY.iter().find(|f| starts_with_ci(t, end, f)) {
        if !letter_after(t, end + f.len()) {
            end += f.len();
        }
    }
    Some((ws, end))
}

/// How often a dose is taken.
const FREQUENCY: &[&str] = &[
    " once daily",
    " twice daily",
    " three times daily",
    " once a day",
    " twice a day",
    " three times a day",
    " a day",
    " per day",
    " daily",
    " nightly",
    " weekly",
    " at night",
    " every morning",
    " every day",
    " bid",
    " tid",
    " qd",
    " al día",
    " al dia",
    " por día",
    " täglich",
    " par jour",
    " por dia",
    " al giorno",
];

const RESULTS: &[&str] = &[
    " positive",
    " negative",
    " positivo",
    " positiva",
    " negativo",
    " positiv",
    " négatif",
    " positif",
    "+",
];

/// Push a HEALTH finding for the term at `t[s..e]` if it stands as a word.
pub fn detect(
    t: &[u8],
    s: usize,
    e: usize,
    ending: bool,
    out: &mut Vec<(EntityKind, &'static str, usize, usize)>,
) {
    if ending {
        // A word that ends with the term: `Spielsucht`, `Gastritis`.
        if !letter_before(t, s) || letter_after(t, e) {
            return;
        }
        let mut ws = s;
        while let Some((c, l)) = super::util::char_before(t, ws) {
            if !c.is_alphabetic() && c != '-' {
                break;
            }
            ws -= l;
        }
        if s - ws < 3 || general_statement(t, ws, e) {
            return;
        }
        out.push((EntityKind::Health, "health_term", ws, widen_right(t, e)));
        return;
    }
    // Chinese, Japanese, Korean and Thai write no spaces between words: a term in those
    // scripts counts wherever it stands (`我有甲状腺功能减退`, `แม่ต้องผ่าคลอดเดือนหน้า`).
    if super::util::char_at(t, s)
        .is_some_and(|(c, _)| super::util::is_cjk(c) || ('\u{0E00}'..='\u{0E7F}').contains(&c))
    {
        out.push((EntityKind::Health, "health_term", s, widen_right(t, e)));
        return;
    }
    if letter_before(t, s) {
        return;
    }
    let mut end = e;
    // Inflections of longer stems (`Depressionen`, `diabetics`, `tumors`).
    let infl = run_while(t, e, 4, |b| b.is_ascii_lowercase() || b >= 0x80);
    if infl > e {
        if e - s < 6 || infl - e > 3 || letter_after(t, infl) {
            return;
        }
        end = infl;
    } else if letter_after(t, e) {
        return;
    }
    if is_label(t, end) {
        return;
    }
    // A capitalised term that names a scientist's cycle, law or effect (`the Krebs
    // cycle`, German `Krebs` being cancer) is science, no one's health.
    if at(t, s).is_ascii_uppercase()
        && [" cycle", " law", " effect", " constant", " equation"]
            .iter()
            .any(|w| {
                starts_with_ci(t, end, w)
                    && !letter_after(t, end + w.len() + usize::from(at(t, end + w.len()) == b's'))
            })
    {
        return;
    }
    if general_statement(t, s, end) {
        return;
    }
    let start = widen_left(t, s);
    let end = widen_right(t, end);
    out.push((EntityKind::Health, "health_term", start, end));
}

/// What says a sentence is about a condition or a medicine in general (an encyclopedia's,
/// a campaign's or a study's words), in the six languages of the vocabulary. Lower case.
const GENERAL_MARKERS: &[&str] = &[
    "awareness",
    "research on ",
    "research into ",
    "researchers",
    "studies show",
    "a study ",
    "is a progressive",
    "is a chronic",
    "is a common",
    "is a rare",
    "is a condition",
    "is a disease",
    "is a disorder",
    "is an infection",
    "is a type of",
    "is a class of",
    "is caused by",
    "are caused by",
    "symptoms include",
    "symptoms of ",
    "risk factors",
    "first-line",
    "is used to treat",
    "are used to treat",
    "treatment options",
    "difference between",
    "affects millions",
    "affects about",
    "prevalence",
    "incidence of",
    "is transmitted",
    "general information",
    "not medical advice",
    "not advice",
    "encyclopedia",
    "clinical trial",
    "guidelines",
    "es una enfermedad",
    "es un trastorno",
    "síntomas de",
    "factores de riesgo",
    "se utiliza para tratar",
    "investigación sobre",
    "concienciación",
    "prevalencia",
    "ist eine chronische",
    "ist eine krankheit",
    "ist eine erkrankung",
    "symptome von",
    "risikofaktoren",
    "wird eingesetzt",
    "forschung zu",
    "aufklärung",
    "est une maladie",
    "est un trouble",
    "symptômes de",
    "facteurs de risque",
    "recherche sur",
    "sensibilisation",
    "é uma doença",
    "sintomas de",
    "fatores de risco",
    "pesquisa sobre",
    "conscientização",
    "è una malattia",
    "sintomi di",
    "fattori di rischio",
    "ricerca sulla",
    "sensibilizzazione",
    // How common it is, in a population (`affects roughly one in ten adults
    // worldwide`, `betrifft jeden zehnten Erwachsenen`, `um em cada dez adultos`).
    "one in ",
    " adults",
    "worldwide",
    "of the population",
    "adultos",
    "adultes",
    "erwachsene",
    "adulti",
    "weltweit",
    "en el mundo",
    "dans le monde",
    "no mundo",
    "nel mondo",
    // Meetings and publications about it.
    "conference",
    "congress",
    "symposium",
    "webinar",
    "a review",
    "systematic review",
    "meta-analys",
    "published",
    "congreso",
    "congresso",
    "kongress",
    "fachtagung",
    "colloque",
    "congrès",
    "publicado",
    "veröffentlicht",
    "publié",
    "pubblicato",
    // What it is called and how it is usually treated.
    "is often called",
    "also known as",
    "named after",
    "treatment is usually",
    "der ersten wahl",
    "de première intention",
    "de primera línea",
    "de primeira linha",
    "di prima linea",
    "tratamiento inicial",
    "tratamento inicial",
    "traitement initial",
    "trattamento iniziale",
    // Conditions compared or listed in a leaflet's words (`Common conditions such as …
    // are covered in a separate leaflet`, `Unlike …, … usually responds to treatment`).
    "conditions such as",
    "unlike ",
    "usually responds",
    "leaflet",
    "contagious",
    "a diferencia de",
    "suele responder",
    "folleto",
    "im gegensatz zu",
    "contrairement à",
    "ao contrário d",
    "a differenza d",
];

/// Words that put a person in a sentence (pronouns, patients, family), six languages,
/// lower case: a sentence holding one is about someone's health.
const PERSON_WORDS: &[&str] = &[
    "baby",
    "brother",
    "child",
    "client",
    "dad",
    "daughter",
    "father",
    "friend",
    "he",
    "her",
    "him",
    "his",
    "husband",
    "i",
    "i'm",
    "i've",
    "me",
    "mine",
    "mom",
    "mother",
    "mr",
    "mrs",
    "ms",
    "mum",
    "my",
    "our",
    "patient",
    "she",
    "sister",
    "son",
    "their",
    "they",
    "us",
    "we",
    "wife",
    "you",
    "your",
    "yo",
    "mi",
    "mis",
    "tengo",
    "tiene",
    "su",
    "él",
    "ella",
    "paciente",
    "hijo",
    "hija",
    "madre",
    "padre",
    "ich",
    "mein",
    "meine",
    "meiner",
    "mir",
    "mich",
    "er",
    "sie",
    "sein",
    "seine",
    "ihr",
    "ihre",
    "patientin",
    "je",
    "j'ai",
    "mon",
    "ma",
    "mes",
    "moi",
    "il",
    "elle",
    "son",
    "sa",
    "patiente",
    "eu",
    "meu",
    "minha",
    "ele",
    "ela",
    "io",
    "mio",
    "mia",
    "lui",
    "lei",
    "paziente",
];

/// True when the term at `t[s..e]` stands in a sentence that speaks of it in general
/// (`April is Hodgkin lymphoma awareness month.`, `Metformin is usually the first-line
/// drug for type 2 diabetes.`) and names no one: no one's health is in it.
fn general_statement(t: &[u8], s: usize, e: usize) -> bool {
    let ends = |b: u8| matches!(b, b'.' | b'!' | b'?' | b'\n');
    let mut a = s;
    while a > 0 && s - a < 300 && !ends(t[a - 1]) {
        a -= 1;
    }
    let mut b = e;
    while b < t.len() && b - e < 300 && !ends(t[b]) {
        b += 1;
    }
    let Ok(sentence) = std::str::from_utf8(&t[a..b]) else {
        return false;
    };
    let lower = sentence.to_lowercase();
    if !GENERAL_MARKERS.iter().any(|m| lower.contains(m)) {
        return false;
    }
    !lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| PERSON_WORDS.contains(&w))
}

/// A term that labels a form's field (`Allergies:`, `Alergias / condiciones médicas:`)
/// says nothing about anyone; its value is read by the label rule.
fn is_label(t: &[u8], end: usize) -> bool {
    let k = super::util::skip_spaces(t, end, 2);
    match at(t, k) {
        b':' => true,
        b'/' => {
            let lim = t.len().min(k + 48);
            t[k..lim]
                .iter()
                .take_while(|&&b| b != b'\n')
                .position(|&b| b == b':')
                .is_some_and(|p| !t[k..k + p].iter().any(u8::is_ascii_digit))
        }
        _ => false,
    }
}

fn ends_with_ci(t: &[u8], end: usize, w: &str) -> bool {
    let w = w.as_bytes();
    end >= w.len() && t[end - w.len()..end].eq_ignore_ascii_case(w)
}

fn widen_left(t: &[u8], s: usize) -> usize {
    let mut start = s;
    for _ in 0..2 {
        if start < 2 || t[start - 1] != b' ' {
            break;
        }
        let before = start - 1;
        // `12 weeks pregnant`, `20 semanas`.
        if let Some(m) = MODIFIERS.iter().find(|m| ends_with_ci(t, before, m)) {
            let ms = before - m.len();
            if !letter_before(t, ms) {
                start = ms;
                continue;
            }
        }
        let mut found = false;
        for unit in [
            "weeks",
            "months",
            "semanas",
            "wochen",
            "semaines",
            "settimane",
            "meses",
        ] {
            if ends_with_ci(t, before, unit) {
                let us = before - unit.len();
                if at(t, us.wrapping_sub(1)) == b' ' {
                    let mut ds = us - 1;
                    while ds > 0 && t[ds - 1].is_ascii_digit() {
                        ds -= 1;
                    }
                    if ds < us - 1 {
                        start = ds;
                        found = true;
                    }
                }
            }
        }
        if !found {
            break;
        }
    }
    start
}

fn starts_with_ci(t: &[u8], i: usize, w: &str) -> bool {
    let w = w.as_bytes();
    t.len() >= i + w.len() && t[i..i + w.len()].eq_ignore_ascii_case(w)
}

/// Past the type or grade written after a condition (`diabetes type 2`, `diabetes tipe 2`,
/// `bipolar II disorder`, `диабет 2 типа`): a qualifier left outside would tell the
/// condition on its own.
fn qualifier_after(t: &[u8], e: usize) -> usize {
    let digit_at = |k: usize| at(t, k).is_ascii_digit() && !at(t, k + 1).is_ascii_alphanumeric();
    for w in [
        " type ",
        " tipe ",
        " typ ",
        " tipo ",
        " tip ",
        " typu ",
        " stage ",
        " grade ",
        " stadium ",
        " stade ",
        " estadio ",
        " fase ",
    ] {
        if starts_with_ci(t, e, w) && digit_at(e + w.len()) {
            return e + w.len() + 1;
        }
    }
    // The form a medicine is taken in or released as (`salbutamol inhaler`, `bupropion
    // XL`), and its dose after that (`XL 150 mg`, read on by `widen_right`).
    for w in [
        " inhaler",
        " inhalers",
        " tablets",
        " tablet",
        " capsules",
        " injection",
        " injections",
        " patch",
        " cream",
        " drops",
        " XL",
        " SR",
        " ER",
        " XR",
        " CR",
        " retard",
    ] {
        if t[e..].starts_with(w.as_bytes()) && !at(t, e + w.len()).is_ascii_alphanumeric() {
            return e + w.len();
        }
    }
    // A grade in Roman numerals (` II`, ` III`, ` I disorder`).
    for w in [" III", " II", " I"] {
        if starts_with_ci(t, e, w) && !at(t, e + w.len()).is_ascii_alphanumeric() {
            let k = e + w.len();
            if starts_with_ci(t, k, " disorder") {
                return k + " disorder".len();
            }
            return if w == " I" { e } else { k };
        }
    }
    if at(t, e) == b' ' && digit_at(e + 1) && starts_with_ci(t, e + 2, " типа") {
        return e + 2 + " типа".len();
    }
    e
}

fn widen_right(t: &[u8], e: usize) -> usize {
    let e = qualifier_after(t, e);
    if let Some(r) = RESULTS.iter().find(|r| starts_with_ci(t, e, r)) {
        let re = e + r.len();
        if !letter_after(t, re) {
            return re;
        }
    }
    // A dose or value: `500 mg`, `10mg`, `: 7.2%`, ` of 7.2%`, ` of 183/95`, ` at 140 mg/dL`.
    let mut i = e;
    let mut filler = false;
    for f in [
        " of ", ": ", " at ", " = ", " was ", " is ", " level ", " de ", " von ", " di ", " ",
    ] {
        if starts_with_ci(t, i, f) && at(t, i + f.len()).is_ascii_digit() {
            i += f.len();
            filler = f != " ";
            break;
        }
    }
    if i == e || !at(t, i).is_ascii_digit() {
        return e;
    }
    let mut j = run_while(t, i, 8, |b| b.is_ascii_digit());
    if matches!(at(t, j), b'.' | b',') && at(t, j + 1).is_ascii_digit() {
        j = run_while(t, j + 1, 4, |b| b.is_ascii_digit());
    }
    // `183/95` (blood pressure).
    if at(t, j) == b'/' && at(t, j + 1).is_ascii_digit() {
        j = run_while(t, j + 1, 4, |b| b.is_ascii_digit());
    }
    if letter_after(t, j) && !UNITS.iter().any(|u| starts_with_ci(t, j, u)) {
        return e;
    }
    let k_unit = if at(t, j) == b' ' { j + 1 } else { j };
    if filler && !UNITS.iter().any(|u| starts_with_ci(t, k_unit, u)) {
        // A lab value without a unit: `TSH of 8.4`.
        return j;
    }
    let k = if at(t, j) == b' ' { j + 1 } else { j };
    let Some(unit) = UNITS.iter().find(|u| starts_with_ci(t, k, u)) else {
        return e;
    };
    let mut end = k + unit.len();
    if letter_after(t, end) && *unit != "%" {
        return e;
    }
    if let Some(f) = FREQUENCY.iter().find(|f| starts_with_ci(t, end, f)) {
        if !letter_after(t, end + f.len()) {
            end += f.len();
        }
    }
    end
}
