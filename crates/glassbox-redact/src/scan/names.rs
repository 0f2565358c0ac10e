//! PERSON detection: a name gazetteer of many countries and scripts, the
//! shape of names, and context.
//!
//! The lists are embedded with `include_str!`: `data/first_names.txt` and
//! `data/last_names.txt` (1990 US Census, `data/gen_names.py`, plus names of
//! many countries written for glassbox) and `data/world_*_names.txt` (the
//! given and family names of 86 Faker locales in their native scripts, with
//! ASCII-folded spellings, `data/gen_world_names.py`). Rules:
//! - a run of name words — capitalised words of any cased script (`Łukasz`,
//!   `Ηλίας`, `Ольга`), words of caseless scripts (Arabic, Hebrew, Devanagari,
//!   Thai, Hangul…), particles inside (`van der`, `bin`, `de la`) and initials —
//!   is a name when a given name opens it and another name word follows, or a
//!   family name opens it and a given name follows (`Nguyễn Thị Minh`);
//! - Han runs are split into family and given name (`张伟`, `佐藤健`), or a
//!   family name before an honorific (`佐藤さん`, `王先生`);
//! - after strong context (`my name is`, `Dear`, `Regards,` on its own line,
//!   `Mr.`, `From:`, `"name":`), one to four name words of any kind;
//! - after greetings (`Hi Takumi,`), a single capitalised word that closes the
//!   phrase; after weak context (`spoke with`, `Thanks`), a known name; after someone
//!   introducing themself (`I'm`, `soy`), either; in lower case after strong cues and in
//!   voice transcripts (`its ewan davies born …`);
//! - without context: a known given and family name in capitals (`FRANCESCA RIZZO`), one
//!   to three words of a caseless script standing alone in Latin text, Han names among
//!   other scripts, a family name and a given name inverted inside a quoted person field
//!   (`reviewer="Muñoz, Irene"`), and what the name model (`name_model.rs`) decides.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use super::util::{alnum, at, char_at, char_before, letter_after, letter_before};
use crate::entity::EntityKind;

const FIRST: &str = include_str!("../../data/first_names.txt");
const LAST: &str = include_str!("../../data/last_names.txt");
const WORLD_FIRST: &str = include_str!("../../data/world_first_names.txt");
const WORLD_LAST: &str = include_str!("../../data/world_last_names.txt");
/// The Cyrillic names of the lists above in Latin letters, by the rules of Ukrainian,
/// Russian and Bulgarian passports and the popular English spelling (`Nataliia`,
/// `Natalya`, `Serhii`, `Yevgeniy`), `data/gen_romanized_names.py`.
const ROMANIZED_FIRST: &str = include_str!("../../data/romanized_first_names.txt");
const ROMANIZED_LAST: &str = include_str!("../../data/romanized_last_names.txt");
const COMMON_WORDS: &str = include_str!("../../data/common_words.txt");
const DICTIONARY_WORDS: &str = include_str!("../../data/dictionary_words.txt");
/// Given, family and whole names in their own scripts (Arabic, Hebrew, Hangul, Han,
/// kana, Thai, Devanagari, Greek, Cyrillic and more), in `# given:`, `# family:` and
/// `# full:` sections: the names the world lists, drawn from Faker, miss.
const NATIVE: &str = include_str!("../../data/native_script_names.txt");
/// Given names in Latin letters from 65 countries and language groups, everyday words
/// left out (`Benedetta`, `Kees`, `Haraldur`, `Natnael`, `Napatsorn`).
const MORE_GIVEN: &str = include_str!("../../data/more_given_names.txt");
/// Public figures and fictional characters (`Marie Curie`, `Naruto Uzumaki`, `毛泽东`):
/// talking about them is no one's personal data.
const FAMOUS: &str = include_str!("../../data/famous_names.txt");

/// Honorifics written right after a CJK family name.
const CJK_HONORIFICS: &[&str] = &[
    "さん",
    "様",
    "さま",
    "氏",
    "君",
    "くん",
    "ちゃん",
    "先生",
    "女士",
    "小姐",
    "老师",
    "老師",
    "经理",
    "經理",
    "总",
    "님",
    "씨",
];

/// Lower-case particles inside multi-part names.
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le",
    "von", "zu", "bin", "binti", "bint", "ibn", "al", "el", "ben", "y", "ter", "ten", "af", "av",
    "abu", "e", "dela", "delos", "op", "ap", "ferch",
];

/// First names that are also everyday words, places or products.
const AMBIGUOUS_FIRST: &[&str] = &[
    "Will",
    "May",
    "June",
    "April",
    "August",
    "Mark",
    "Bill",
    "Grant",
    "Chase",
    "Hope",
    "Joy",
    "Rose",
    "Art",
    "Don",
    "Guy",
    "Max",
    "Lane",
    "Dawn",
    "Frank",
    "Pat",
    "Ray",
    "Rich",
    "Jack",
    "Jean",
    "Gene",
    "Carol",
    "Holly",
    "Ivy",
    "Iris",
    "Ruby",
    "Crystal",
    "Amber",
    "Angel",
    "Christian",
    "Sandy",
    "Van",
    "Young",
    "Long",
    "Major",
    "Sunny",
    "Forest",
    "Brook",
    "Miles",
    "Norman",
    "Georgia",
    "Virginia",
    "Austin",
    "Houston",
    "Dallas",
    "Jackson",
    "Paris",
    "Sydney",
    "Victoria",
    "Chelsea",
    "Jordan",
    "India",
    "Asia",
    "Israel",
    "America",
    "Lincoln",
    "Franklin",
    "Can",
    "Son",
    "Harvey",
    "Summer",
    "Autumn",
    "Star",
    "Gay",
    "Hunter",
    "Mason",
    "Carter",
    "Parker",
    "Tyler",
    "Taylor",
    "Morgan",
    "Kelly",
    "Blake",
    "Drew",
    "Reed",
    "Wade",
    "Dale",
    "Glen",
    "Cliff",
    "Rod",
    "Bud",
    "Jewel",
    "Pearl",
    "Opal",
    "Ginger",
    "Candy",
    "Misty",
    "Cherry",
    "Mercedes",
    "Julia",
    "Alexa",
    "Claude",
    "Travis",
    "Gemma",
    "Jasper",
    "Ada",
    "Venus",
    "Stella",
    "Aurora",
    "Athena",
    "Nova",
    "Sage",
    "Else",
    "Love",
    "Page",
    "Li",
    "Ali",
    "Lee",
    "Kim",
    "Can",
    "Jan",
    "Ma",
    "Ren",
    "Kai",
    "Liv",
    "Noor",
    "Hana",
    "Mai",
    "Lan",
    "Thu",
    "Do",
    "Le",
    "Ho",
    "An",
    "Min",
    "Jun",
    "Bo",
    "Tao",
    "Yu",
    "Lin",
    "Hui",
    "Sun",
    "Dana",
    "Noa",
    "Ariel",
    "Sky",
    "Saga",
    "Freya",
    "Paul",
];

/// The word before `s` puts a place next (`in Los Angeles`, `from São Paulo`).
fn after_place_word(t: &[u8], s: usize) -> bool {
    let Some(w) = word_before(t, s) else {
        return false;
    };
    [
        &b"in"[..],
        b"at",
        b"from",
        b"near",
        b"to",
        b"of",
        b"en",
        b"em",
        b"nach",
        b"aus",
        b"bei",
        b"von",
        b"im",
        b"a",
        b"de",
        b"di",
        b"da",
        b"do",
        b"dans",
        b"the",
    ]
    .iter()
    .any(|p| w.eq_ignore_ascii_case(p))
}

/// What follows a person's name in reports of what they did.
/// After a word, `'s` and what only a person has: `Some(true)` for what names the
/// owner a person whatever the word (`'s wife`, `'s visa`), `Some(false)` for what a
/// person has among other owners (`'s laptop`: a known given name is needed), `None`.
fn possession_after(t: &[u8], end: usize) -> Option<bool> {
    let rest = &t[end..t.len().min(end + 24)];
    let rest = rest
        .strip_prefix(b"'s ")
        .or_else(|| rest.strip_prefix("’s ".as_bytes()))?;
    let w = &rest[..rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    const PERSONAL: &[&str] = &[
        "wife",
        "husband",
        "mom",
        "mum",
        "mother",
        "dad",
        "father",
        "son",
        "daughter",
        "kids",
        "children",
        "brother",
        "sister",
        "parents",
        "girlfriend",
        "boyfriend",
        "partner",
        "visa",
        "passport",
        "birthday",
        "wedding",
        "funeral",
        "retirement",
        "resignation",
        "diagnosis",
        "surgery",
        "medication",
        "meds",
        "pregnancy",
        "baby",
        "grandmother",
        "grandfather",
        "fiance",
        "fiancee",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
    ];
    const OWNED: &[&str] = &[
        "laptop",
        "phone",
        "number",
        "flight",
        "car",
        "house",
        "place",
        "school",
        "email",
        "address",
        "account",
        "appointment",
        "party",
        "desk",
        "bag",
        "keys",
        "charger",
        "ticket",
        "booking",
        "room",
        "office",
        "manager",
        "boss",
        "dog",
        "cat",
        "salary",
        "contract",
        "leave",
        "mobile",
        "cell",
        "doctor",
        "bike",
        "apartment",
        "flat",
        "login",
        "password",
        "card",
        "farewell",
        "review",
    ];
    if PERSONAL
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
    {
        Some(true)
    } else if OWNED.iter().any(|p| w.eq_ignore_ascii_case(p.as_bytes())) {
        Some(false)
    } else {
        None
    }
}

/// Who else a contact list holds a number for (`Taxi`, `Plumber`, `Landlord`).
const CONTACT_ROLES: &[&str] = &[
    "taxi",
    "cab",
    "plumber",
    "electrician",
    "landlord",
    "landlady",
    "neighbour",
    "neighbor",
    "pharmacy",
    "hospital",
    "clinic",
    "doctor",
    "dentist",
    "vet",
    "school",
    "work",
    "home",
    "mobile",
    "cell",
    "fax",
    // What labels the number itself (`Ph: 02 9876 5432`, `Mob - 0412 345 678`).
    "ph",
    "phone",
    "tel",
    "tél",
    "tlf",
    "mob",
    "mobil",
    "handy",
    "cel",
    "celular",
    "móvil",
    "telefon",
    "telefone",
    "telefono",
    "teléfono",
    "whatsapp",
    "direct",
    "main",
    "reception",
    "helpdesk",
    "hotline",
    "emergency",
    "police",
    "ambulance",
    "fire",
    "babysitter",
    "nanny",
    "mechanic",
    "garage",
    "gp",
    "surgery",
    "office",
    "switchboard",
    "sales",
    "billing",
    "support",
    "concierge",
    "security",
    "maintenance",
    "janitor",
    "caretaker",
    "insurance",
    "bank",
    "daycare",
    "nursery",
    "coach",
    "tutor",
    "therapist",
    "boss",
    "manager",
    "hr",
    "it",
    "ops",
];

/// The word of letters that ends one space before `s`, if one does.
fn word_before(t: &[u8], s: usize) -> Option<&[u8]> {
    if s < 2 || t[s - 1] != b' ' {
        return None;
    }
    Some(&t[s - 1 - run_back_letters(t, s - 1)..s - 1])
}

/// Whether the word right before `s` opens a place's name (`San`, `Santa`, `Fort`), a
/// street's named after someone (`Avenida Getúlio Vargas`, `Rue Victor Hugo`, `Jalan
/// Sudirman`) or a hotel's (`Hotel Adlon Kempinski`), or is a field of a venue's name
/// (`Hotel: Marriott Marquis`, `Ship: Queen Mary 2`).
fn place_word_before(t: &[u8], s: usize) -> bool {
    if venue_label_before(t, s) {
        return true;
    }
    let Some(w) = word_before(t, s) else {
        return false;
    };
    opens_place_name(w)
        || [&b"St."[..], b"Av.", b"Jl.", b"Ul.", b"ul.", b"Pl.", b"Bd."]
            .iter()
            .any(|p| {
                t[..s - 1].ends_with(p)
                    && (s < p.len() + 2 || !t[s - p.len() - 2].is_ascii_alphabetic())
            })
}

/// Whether `w` opens a place's, a street's or a hotel's name (`San`, `Fort`, `Calle`,
/// `Rue`, `Hotel`): the words after it name the place, though a person's name they be.
fn opens_place_name(w: &[u8]) -> bool {
    [
        "San",
        "Santa",
        "Santo",
        "São",
        "Saint",
        "Sainte",
        "St.",
        "St",
        "Ste",
        "Fort",
        "Ft.",
        "Mount",
        "Mt.",
        "Port",
        "Lake",
        "Cape",
        "Sankt",
        "Bad",
        "Cabo",
        "Puerto",
        "Porto",
        "Avenida",
        "Avenue",
        "Rua",
        "Calle",
        "Carrer",
        "Via",
        "Viale",
        "Piazza",
        "Piazzale",
        "Rue",
        "Boulevard",
        "Blvd",
        "Plaza",
        "Praça",
        "Largo",
        "Paseo",
        "Jalan",
        "Calea",
        "Strada",
        "Ulica",
        "Aleja",
        "Rambla",
        "Avinguda",
        "Quai",
        "Allée",
        "Hotel",
        "Hôtel",
        "Hostal",
        // Where a flight or a train leaves from or gets to (`departs Sabiha Gökçen`).
        "departs",
        "arrives",
    ]
    .iter()
    .any(|p| w == p.as_bytes())
}

/// Whether a label of a venue's or a thing's name and its colon stand right before `s`
/// (`Hotel: `, `Restaurant: `, `Airline: `, `Ship: `).
fn venue_label_before(t: &[u8], s: usize) -> bool {
    let mut k = s;
    while k > 0 && t[k - 1] == b' ' {
        k -= 1;
    }
    // A quoted value of a quoted key (`"brand": "Frida Kahlo"`, `'hotel': 'Ritz'`).
    let quoted = k == s && k > 0 && matches!(t[k - 1], b'"' | b'\'');
    if quoted {
        k -= 1;
        while k > 0 && t[k - 1] == b' ' {
            k -= 1;
        }
    }
    if (k == s && !quoted) || k == 0 || t[k - 1] != b':' {
        return false;
    }
    let mut ke = k - 1;
    if quoted && ke > 0 && matches!(t[ke - 1], b'"' | b'\'') {
        ke -= 1;
    }
    names_a_thing(&t[ke - run_back_letters(t, ke)..ke])
}

/// Whether a field or column named `w` holds the names of things, not of people
/// (`brand`, `hotel`, `manufacturer`, `Marke`).
pub(crate) fn names_a_thing(w: &[u8]) -> bool {
    [
        "hotel",
        "restaurant",
        "venue",
        "airline",
        "airport",
        "ship",
        "vessel",
        "brand",
        "product",
        "store",
        "shop",
        "company",
        "hostel",
        "hôtel",
        "resort",
        "manufacturer",
        "vendor",
        "maker",
        "merchant",
        "supplier",
        "publisher",
        "marca",
        "marque",
        "marke",
        "merk",
        "hersteller",
        "fabricante",
        "fabricant",
        "produttore",
    ]
    .iter()
    .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
        || ["бренд", "марка", "производитель", "ブランド", "品牌"]
            .iter()
            .any(|p| w == p.as_bytes())
}

/// Whether what follows `end` says the name before it is something named after a
/// person (`Marie Curie Hospice`, `Johns Hopkins Hospital`, `Lincoln Memorial`).
fn named_after_someone(t: &[u8], end: usize) -> bool {
    if at(t, end) != b' ' {
        return false;
    }
    let we = end
        + 1
        + t[end + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    place_after_name(&t[end + 1..we])
}

/// A word that closes the name of a place and is no one's family name (`Vasco da Gama
/// Bridge`, `Franz Josef Glacier`; `Hall` and `Park` are names too).
fn place_closes_name(w: &[u8]) -> bool {
    [
        "Bridge",
        "Glacier",
        "Dam",
        "Hospital",
        "Hospice",
        "Museum",
        "Airport",
        "Station",
        "Stadium",
        "University",
        "Cathedral",
        "Monument",
        "Memorial",
        "Reservoir",
        "Canyon",
        "Institute",
        "Foundation",
        "Academy",
        "Theatre",
        "Theater",
        "Boulevard",
        "Avenue",
        "Highway",
        "Parkway",
        "Falls",
        "Palace",
    ]
    .iter()
    .any(|x| w == x.as_bytes())
}

/// A word that makes the name before it a place, a body or a prize (`Hospital`,
/// `Bridge`, `Glacier`, `Prize`).
fn place_after_name(w: &[u8]) -> bool {
    [
        "Glacier",
        "Dam",
        "Lake",
        "Falls",
        "Island",
        "Bay",
        "Beach",
        "Canyon",
        "Valley",
        "Palace",
        "Castle",
        "Gardens",
        "Garden",
        "Reservoir",
        "Pier",
        "Harbour",
        "Harbor",
        "Terminal",
        "Mall",
        "Market",
        "Hospice",
        "Hospital",
        "Foundation",
        "Institute",
        "University",
        "College",
        "School",
        "Center",
        "Centre",
        "Museum",
        "Library",
        "Park",
        "Square",
        "Bridge",
        "Airport",
        "Station",
        "Stadium",
        "Arena",
        "Hall",
        "Memorial",
        "Clinic",
        "Trust",
        "Prize",
        "Award",
        "Fund",
        "Society",
        "Academy",
        "Tower",
        "Avenue",
        "Boulevard",
        "Highway",
        "Parkway",
        "Theatre",
        "Theater",
        "Cathedral",
        "Church",
        "Monument",
        "Lecture",
        "Medal",
        "Cup",
    ]
    .iter()
    .any(|x| w == x.as_bytes())
}

/// Countries and states that follow a town after a comma (`Paris, France`).
const REGIONS: &[&str] = &[
    "France",
    "Italy",
    "Spain",
    "Germany",
    "Portugal",
    "Ireland",
    "England",
    "Scotland",
    "Wales",
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Colombia",
    "Peru",
    "India",
    "China",
    "Japan",
    "Korea",
    "Australia",
    "Nigeria",
    "Ghana",
    "Kenya",
    "Egypt",
    "Morocco",
    "Turkey",
    "Greece",
    "Poland",
    "Austria",
    "Switzerland",
    "Belgium",
    "Netherlands",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Israel",
    "Jordan",
    "Lebanon",
    "Georgia",
    "Virginia",
    "Carolina",
    "Texas",
    "California",
    "Florida",
    "Washington",
    "Oregon",
    "Nevada",
    "Arizona",
    "Colorado",
    "Ohio",
    "Indiana",
    "Illinois",
    "Michigan",
    "Alabama",
    "Louisiana",
    "Tennessee",
    "Kentucky",
    "Montana",
    "Idaho",
    "Utah",
    "Kansas",
    "Missouri",
    "Iowa",
    "Maryland",
    "Delaware",
    "Vermont",
    "Maine",
    "Alaska",
    "Hawaii",
    "Ontario",
    "Quebec",
    "Alberta",
    "Victoria",
    "Queensland",
    "Philippines",
    "Indonesia",
    "Vietnam",
    "Thailand",
    "Malaysia",
    "Singapore",
    "Pakistan",
    "Bangladesh",
    "Uganda",
    "Tanzania",
    "Ethiopia",
    "Senegal",
    "Cameroon",
    "Tunisia",
    "Algeria",
    "USA",
    "UK",
    "Romania",
    "Hungary",
    "Ukraine",
    "Russia",
    "Croatia",
    "Serbia",
    "Bulgaria",
];

/// Words joining two names (`Ana and Jorge`, `Ana y Jorge`, `Ana und Jörg`).
const JOINERS: &[&str] = &[
    " and ", " & ", " und ", " y ", " et ", " e ", " og ", " och ", " dan ", " en ", " i ", " ja ",
    " és ", " și ", " ve ",
];

/// Words written in capitals that are no family name: acronyms, shouting, headings.
const CAPS_NOT_NAMES: &[&str] = &[
    "fyi", "asap", "ceo", "cto", "cfo", "coo", "hr", "it", "ps", "re", "fw", "fwd", "cc", "bcc",
    "urgent", "note", "attn", "dear", "hi", "hello", "hey", "thanks", "todo", "fixme", "nb", "ok",
    "pm", "am", "usa", "uk", "eu", "iban", "pin", "dob", "ssn", "vip", "api", "url", "id", "new",
    "old", "from", "to", "the", "and", "for", "with", "team", "dept", "ltd", "inc", "llc", "gmbh",
    "corp", "faq", "tbd", "eta", "rsvp", "info", "help", "support", "admin", "sales", "ops", "dev",
    "qa", "ui", "ux", "sql", "aws", "gcp", "sms", "otp", "pdf", "csv", "nasa", "who", "unicef",
    "nhs", "fbi", "cia", "nato", "bbc", "cnn", "mr", "mrs", "ms", "dr", "prof", "sir", "madam",
    "warning", "error", "alert", "update", "reminder", "sale", "free", "stop", "wait", "yes", "no",
];

/// Articles, pronouns and prepositions of Greek and Russian, as they open a sentence
/// (`Το Σαββατοκύριακο αναμένεται…`, `В Москве…`): no name's words.
fn cased_function_word(w: &[u8]) -> bool {
    const WORDS: &[&str] = &[
        "Το",
        "Τα",
        "Η",
        "Ο",
        "Οι",
        "Τον",
        "Την",
        "Του",
        "Της",
        "Των",
        "Στο",
        "Στη",
        "Στην",
        "Στον",
        "Στα",
        "Και",
        "Για",
        "Με",
        "Από",
        "Σε",
        "Ένα",
        "Μια",
        "Αυτό",
        "Αυτή",
        "Πώς",
        "Τι",
        "Ποιος",
        "Ποια",
        "В",
        "Во",
        "На",
        "И",
        "По",
        "Для",
        "Это",
        "Как",
        "Что",
        "Мы",
        "Я",
        "Он",
        "Она",
        "Они",
        "Мой",
        "Моя",
        "Наш",
        "Наша",
        "У",
        "С",
        "К",
        "О",
        "Об",
        "Из",
        "За",
        "Від",
        "Це",
        "Як",
        "Що",
        "Ми",
    ];
    std::str::from_utf8(w).is_ok_and(|w| WORDS.contains(&w))
}

/// Pronouns, articles, prepositions and other short words of the languages the scanner
/// reads that name lists also hold (`Sie`, `Mir`, `Las`, `Con`, `Che`): in a sentence
/// written in capitals they are its words, not a name's.
fn shouted_function_word(w: &[u8]) -> bool {
    const WORDS: &[&str] = &[
        "sie", "mir", "ihr", "dir", "uns", "ich", "wir", "bitte", "und", "oder", "aber", "las",
        "los", "del", "pela", "pelo", "para", "por", "con", "des", "sur", "dans", "che", "nel",
        "della", "ale", "tak", "och", "som", "har", "var", "mais", "que", "qui", "est", "avec",
        "pour", "nao", "não", "sim", "com", "uma", "meu", "minha", "sono", "non", "mit", "den",
        "dem", "der", "die", "das", "ein", "eine", "sein",
    ];
    let low = String::from_utf8_lossy(w).to_lowercase();
    WORDS.contains(&low.as_str()) || CAPS_NOT_NAMES.contains(&low.as_str())
}

/// What joins the last item of a list of names (`Ebba och Agnes`, `Gülşen ve Ayşe`).
const LIST_JOINERS: &[&str] = &[
    " and ", " & ", " und ", " y ", " et ", " e ", " og ", " och ", " ve ", " en ", " i ",
    " oraz ", " és ", " ja ", " und ",
];

/// What stands before an item of a list at `st`: `Some(true)` after a comma (the list
/// goes on before it), `Some(false)` where a list opens (`:`, `(`, a dash, `cc`, `adding`,
/// `looping in`), `None` otherwise. A line's or a text's start opens no list: a greeting
/// or thanks stands there (`Спасибо, Алексей Смирнов`).
fn list_opener_before(t: &[u8], st: usize) -> Option<bool> {
    let p = st - t[..st].iter().rev().take_while(|&&b| b == b' ').count();
    if p == 0 {
        return None;
    }
    let head = &t[..p];
    if head.ends_with(b",") {
        return Some(true);
    }
    if matches!(t[p - 1], b':' | b'(')
        || head.ends_with("—".as_bytes())
        || head.ends_with("–".as_bytes())
        || head.ends_with("：".as_bytes())
    {
        return Some(false);
    }
    let ws = p - head
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let w = &t[ws..p];
    [
        "cc",
        "adding",
        "in",
        "with",
        "including",
        "kopia",
        "copie",
        "bilgi",
    ]
    .iter()
    .any(|c| w.eq_ignore_ascii_case(c.as_bytes()))
    .then_some(false)
}

/// What follows two people named together (`Khoa and Jorge are bringing food`).
const PLURAL_AFTER: &[&str] = &[
    " are ", " were ", " have ", " will ", " both ", " can ", " who ", " sind ", " son ", " sont ",
    " sono ", " são ", " están ", " estão ",
];

const PERSON_VERBS: &[&str] = &[
    // `Ikenna here — card … got charged twice`: a sender naming themselves.
    " here —",
    " here -",
    " here,",
    " here!",
    " is a colleague",
    " is my colleague",
    " borrowed",
    " forgot",
    " hates",
    " loves",
    " owes",
    " knows",
    " keeps ",
    " went ",
    " is on leave",
    " is on holiday",
    " is on vacation",
    " is covering",
    " is throwing",
    " is picking",
    " is coming",
    " is driving",
    " is turning",
    " is late",
    " is sick",
    " is away",
    " is back",
    " is expecting",
    " is leaving",
    " starts ",
    " from accounting",
    " from finance",
    " from hr",
    " from HR",
    " from it ",
    " from IT",
    " from legal",
    " from sales",
    " from marketing",
    " from support",
    " powiedział",
    " powiedziała",
    " сказал",
    " сказала",
    " sagt",
    " dice que",
    " dit que",
    " disse que",
    " turns ",
    " saw me",
    " set it up",
    ", he was born",
    ", she was born",
    " was born",
    " wrote",
    " à l'appareil",
    " à l’appareil",
    " al habla",
    " said",
    " says",
    " called",
    " asked",
    " mentioned",
    " confirmed",
    " replied",
    " commented",
    " reported",
    " noted",
    " added",
    " approved",
    " rejected",
    " signed",
    " emailed",
    " phoned",
    " texted",
    " messaged",
    " told",
    " thinks",
    " thought",
    " agreed",
    " ran",
    " wants",
    " needs",
    " shared",
    " sent",
    " schrieb",
    " sagte",
    " meinte",
    " a écrit",
    " a dit",
    " escribió",
    " dijo",
    " ha scritto",
    " ha detto",
    " escreveu",
    " disse",
    " napisał",
    " napisała",
    " написал",
    " написала",
    " moving",
    " moved",
    " joined",
    " joins",
    " left the",
    " will ",
    " has ",
    " had ",
    " is moving",
    " is out",
    " is off",
    " is on leave",
    " is back",
    " is sick",
    " is leaving",
    " is joining",
    " is away",
    " fixed",
    " reviewed",
    " merged",
    " deployed",
    " filed",
    " booked",
    " ordered",
    " paid",
    " lives",
    " works",
    " worked",
    " started",
    " finished",
    " suggested",
    " explained",
    " promised",
    " requested",
    " can't",
    " cannot",
    " couldn't",
    " won't",
    " didn't",
    " hasn't",
    " zieht",
    " hat ",
    " wird ",
    " déménage",
    " se muda",
    " se mudó",
    " si trasferisce",
    " vai mudar",
    " muda",
    " verhuist",
    " flyttar",
    " flytter",
    " muuttaa",
    " przeprowadza",
    // Indonesian, Malay: says, said.
    " bilang",
    " berkata",
    " mengatakan",
    // Who someone is, from which team, and who shares with them (`Rohan here.`, `Kenji
    // from accounts said…`, `Valentina dell'amministrazione`, `Hunter and I share the
    // account`, `Mettete Niccolò in copia`).
    " here.",
    " and I ",
    " from accounts",
    " from billing",
    " from the office",
    " from customer",
    " dell'amministrazione",
    " dell'ufficio",
    " della contabilità",
    " aus der Buchhaltung",
    " aus dem Team",
    " de la contabilidad",
    " de contabilidad",
    " du service",
    " de la comptabilité",
    " da contabilidade",
    " in copia",
    " in cc",
    " en copia",
    " en copie",
    " in Kopie",
];

/// A capitalised word inside a sentence of lower-case words, alone: `I called Tahlia
/// twice`, `seat Tigist next to Kanokwan`. The word before it is a lower-case word
/// (so the capital is no sentence's first letter) and the word after it is not
/// capitalised (a longer name is the pair rules').
/// Whether the word at `t[s..end]` stands alone on its line under a blank one, in a
/// message quoted or not, as an e-mail is signed (`…atualizados.⏎> ⏎> Gabriel⏎> Polar
/// Pay`).
fn signature_alone(t: &[u8], s: usize, end: usize) -> bool {
    let quote_marks = |line: &[u8]| line.iter().all(|&b| matches!(b, b'>' | b' ' | b'\r'));
    // The line: only quote marks before the word, only a comma after it.
    let ls = t[..s]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    if ls == 0 || !quote_marks(&t[ls..s]) {
        return false;
    }
    let rest = &t[end..];
    let le = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
    if !rest[..le].iter().all(|&b| matches!(b, b',' | b' ' | b'\r')) {
        return false;
    }
    // The line before is blank but for quote marks, and a sentence ended before it.
    let prev_end = ls - 1;
    let ps = t[..prev_end]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    if ps == 0 || !quote_marks(&t[ps..prev_end]) {
        return false;
    }
    let before = t[..ps - 1]
        .iter()
        .rev()
        .find(|&&b| !matches!(b, b'>' | b' ' | b'\r' | b'\n'));
    matches!(before, Some(b'.' | b'!' | b'?' | b','))
}

fn mid_sentence_alone(t: &[u8], s: usize, end: usize) -> bool {
    if s < 3 || t[s - 1] != b' ' {
        return false;
    }
    // The word before takes a person: `called`, `met`, `with`, `and`, `remind`…
    const TAKES_PERSON: &[&str] = &[
        "with",
        "told",
        "tell",
        "asked",
        "called",
        "call",
        "met",
        "meet",
        "saw",
        "thank",
        "thanks",
        "invite",
        "invited",
        "hired",
        "fired",
        "let",
        "seat",
        "text",
        "texted",
        "message",
        "messaged",
        "email",
        "emailed",
        "ping",
        "pinged",
        "remind",
        "reminded",
        "paid",
        "visit",
        "visited",
        "married",
        "miss",
        "congratulate",
        "introduce",
        "introduced",
        "help",
        "helped",
        "warned",
        "promised",
        "gave",
        "give",
        "sent",
        "brought",
        "hug",
        "beside",
        "behind",
        "mention",
        "mentioned",
        "cc",
        "trust",
        "blame",
        "love",
        "loves",
        "follow",
        "contact",
        "contacted",
        "phoned",
        "interviewed",
        "thanked",
        "keep",
        // Russian and Ukrainian: write to, call, ask.
        "напишите",
        "Напишите",
        "напиши",
        "Напиши",
        "позвоните",
        "Позвоните",
        "спросите",
        "Спросите",
        "напишіть",
        "Напишіть",
        "зателефонуйте",
        "Зателефонуйте",
        // Indonesian, Malay: with, to.
        "dengan",
        "kepada",
        "ring",
        "rang",
        "adding",
        // With, to and the articles that mark a person in Polish, Russian and Greek.
        "z",
        "ze",
        "с",
        "со",
        "τον",
        "την",
        "στον",
        "στην",
        "του",
        "της",
        "Podziękuj",
        "podziękuj",
        "Передай",
        "передай",
        "Спроси",
        "спроси",
        "Ρώτα",
        "ρώτα",
    ];
    let Some(prev) = word_before(t, s) else {
        return false;
    };
    let lower_before = TAKES_PERSON
        .iter()
        .any(|w| prev.eq_ignore_ascii_case(w.as_bytes()));
    let next = at(t, end);
    let after_ok = matches!(
        next,
        b' ' | b',' | b'.' | b'!' | b'?' | b'\'' | b':' | b';' | b')' | 0 | b'\n'
    ) && !(next == b' ' && at(t, end + 1).is_ascii_uppercase());
    lower_before && after_ok
}

/// A Slavic family name by its ending, in any case (`Zielińska`, `Wiśniewskiego`,
/// `Nováková`, `Соколовой`, `Петрову`).
fn slavic_surname(w: &[u8]) -> bool {
    const ENDINGS: &[&str] = &[
        "ski",
        "ska",
        "skiej",
        "skiego",
        "skiemu",
        "skim",
        "ską",
        "cki",
        "cka",
        "ckiej",
        "ckiego",
        "ckiemu",
        "ckim",
        "cką",
        "dzki",
        "dzka",
        "dzkiej",
        "dzkiego",
        "ová",
        "ové",
        "ovou",
        "ský",
        "ského",
        "ském",
        "ová",
        "ский",
        "ская",
        "ского",
        "ской",
        "скому",
        "ова",
        "овой",
        "ову",
        "ову",
        "ева",
        "евой",
        "еву",
        "ина",
        "иной",
        "ину",
        "ова",
        "ого",
    ];
    let Ok(w) = std::str::from_utf8(w) else {
        return false;
    };
    w.chars().count() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether what follows `i` closes a self-introduction (`… writing`, `… here`, `… again`).
fn self_intro_closes(t: &[u8], i: usize) -> bool {
    [
        " writing",
        " here",
        " again",
        " speaking",
        " calling",
        " från",
        " här",
        " hier",
        " aquí",
        " ici",
    ]
    .iter()
    .any(|c| t[i..].starts_with(c.as_bytes()) && !super::util::letter_after(t, i + c.len()))
}

/// Whether the word at `i` opens a sentence: at the start of the text or a line, or
/// after a sentence's end, a bullet or an opening quote.
fn sentence_start(t: &[u8], i: usize) -> bool {
    let k = i - t[..i]
        .iter()
        .rev()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let before = &t[..k];
    let spaced = k < i;
    match before.last() {
        None => true,
        Some(b'\n') => true,
        Some(b'.' | b'!' | b'?' | b':' | b'-' | b'*') => spaced,
        Some(b'"' | b'(' | b'>') => true,
        Some(_) => before.ends_with(b"\\n"),
    }
}

/// One of [`PERSON_VERBS`] starts at `end`.
fn person_verb_after(t: &[u8], end: usize) -> bool {
    // The first letter is compared before the rest: most words start no verb.
    let first = at(t, end + 1);
    at(t, end) == b' '
        && PERSON_VERBS.iter().any(|v| {
            let v = v.as_bytes();
            v[1] == first && t[end..].starts_with(v)
        })
}

/// Capitalised words that open product, place and organisation names and
/// are no one's given name (`Apache Kafka`, `Google Chrome`).
const NOT_GIVEN: &[&str] = &[
    "Apache",
    "Google",
    "Amazon",
    "Microsoft",
    "Apple",
    "Oracle",
    "Adobe",
    "Android",
    "Windows",
    "Linux",
    "Ubuntu",
    "Debian",
    "Docker",
    "Kubernetes",
    "Azure",
    "Cloud",
    "Data",
    "Power",
    "Visual",
    "Android",
    "Chrome",
    "Firefox",
    "Safari",
    "Slack",
    "Zoom",
    "Teams",
    "Office",
    "Outlook",
    "Excel",
    "Word",
    "Jira",
    "Confluence",
    "Github",
    "GitHub",
    "Gitlab",
    "GitLab",
    "Python",
    "Java",
    "Node",
    "React",
    "Angular",
    "Vue",
    "Spring",
    "Django",
    "Flask",
    "Rails",
    "Ruby",
    "Rust",
    "Swift",
    "Kotlin",
    "Scala",
    "Go",
    "Spark",
    "Kafka",
    "Redis",
    "Mongo",
    "Postgres",
    "Mysql",
    "MySQL",
    "Elastic",
    "Grafana",
    "Prometheus",
    "Jenkins",
    "Terraform",
    "Ansible",
    "Salesforce",
    "Shopify",
    "Stripe",
    "Paypal",
    "PayPal",
    "Netflix",
    "Spotify",
    "Tesla",
    "Uber",
    "Airbnb",
    "Twitter",
    "Facebook",
    "Instagram",
    "Linkedin",
    "LinkedIn",
    "Youtube",
    "YouTube",
    "Whatsapp",
    "WhatsApp",
    "Telegram",
    "Signal",
    "Bank",
    "Banco",
    "Hotel",
    "Hospital",
    "University",
    "Universidad",
    "Universität",
    "College",
    "School",
    "Saint",
    "Santa",
    "San",
    "Sankt",
    "Fort",
    "Port",
    "Mount",
    "Lake",
    "Cape",
    "North",
    "South",
    "East",
    "West",
    "New",
    "Old",
    "Great",
    "Little",
    "Upper",
    "Lower",
    "Royal",
    "National",
    "International",
    "General",
    "Central",
    "United",
    "American",
    "British",
    "European",
    "Asian",
    "African",
    "German",
    "French",
    "Spanish",
    "Italian",
    "Chinese",
    "Japanese",
    "Indian",
    "Russian",
    "Brazilian",
    "Mexican",
    "Canadian",
    "Australian",
    "Product",
    "Project",
    "Service",
    "Services",
    "System",
    "Systems",
    "Global",
    "Digital",
    "Smart",
    "Open",
    "Free",
    "Pro",
    "Plus",
    "Premium",
    "Enterprise",
    "Business",
    "Home",
    "Mobile",
    "Web",
    "App",
    "Api",
    "API",
    "Dev",
    "Test",
    "Prod",
    "Staging",
    "Release",
    "Version",
    "Build",
    "Deploy",
    "Server",
    "Client",
    "Customer",
    "Account",
    "Billing",
    "Payment",
    "Order",
    "Invoice",
    "Ticket",
    "Issue",
    "Error",
    "Warning",
    "Info",
    "Debug",
    "Request",
    "Response",
    "Status",
    "Health",
    "Metrics",
    "Logs",
    "Trace",
    "Span",
    "Event",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Dear",
    "Hello",
    "Hi",
    "Hey",
    "Thanks",
    "Regards",
    "Best",
    "Kind",
    "Warm",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Sir",
    "Madam",
    "Lord",
    "Lady",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "President",
    "Minister",
    "Senator",
    "Governor",
    "Mayor",
    "Judge",
    "Captain",
    "Doctor",
    "Professor",
    "Officer",
    "Agent",
    "Manager",
    "Director",
    "Chief",
    "Head",
    "Senior",
    "Junior",
    "Lead",
    "Staff",
    "Team",
    "Support",
    "Sales",
    "Marketing",
    "Finance",
    "Legal",
    "Human",
    "Research",
    "Development",
    "Engineering",
    "Operations",
    "Security",
    "Quality",
    "Main",
    "Master",
    "Feature",
    "Hot",
    "Bug",
    "Default",
    "Primary",
    "Secondary",
    "Backup",
    "Local",
    "Remote",
    "Origin",
    "Upstream",
    "Front",
    "Back",
    "Full",
    "Half",
    "Quick",
    "Fast",
    "Slow",
    "High",
    "Low",
    "Deep",
    "Long",
    "Short",
    "Big",
    "Small",
    "Large",
    "Red",
    "Blue",
    "Green",
    "Black",
    "White",
    "Brown",
    "Gray",
    "Grey",
    "Gold",
    "Silver",
    "Golden",
    "Dark",
    "Light",
    "Bright",
    "Clear",
    "Pure",
    "Fresh",
    "Wild",
    "Silent",
    "Happy",
    "Lucky",
    "Early",
    "Late",
    "First",
    "Last",
    "Next",
    "Final",
    "Total",
    "Annual",
    "Monthly",
    "Weekly",
    "Daily",
    "Summer",
    "Winter",
    "Spring",
    "Autumn",
    "Christmas",
    "Easter",
    "Black Friday",
    "Cyber",
    "Air",
    "Sea",
    "Land",
    "Star",
    "Sun",
    "Moon",
    "Sky",
    "River",
    "Ocean",
    "Mountain",
    "Forest",
    "Park",
    "Garden",
    "Castle",
    "Tower",
    "Bridge",
    "Street",
    "Road",
    "Station",
    "Airport",
    "Museum",
    "Church",
    "Cathedral",
    "Palace",
    "Stadium",
    "Arena",
    "Theatre",
    "Theater",
    "Club",
    "Society",
    "Association",
    "Foundation",
    "Institute",
    "Center",
    "Centre",
    "Group",
    "Holdings",
    "Capital",
    "Partners",
    "Ventures",
    "Labs",
    "Studio",
    "Studios",
    "Media",
    "News",
    "Times",
    "Post",
    "Daily",
    "Journal",
    "Magazine",
    "Radio",
    "Television",
    "Film",
    "Ask",
    "Call",
    "Email",
    "Ping",
    "Contact",
    "Check",
    "Run",
    "Update",
    "Install",
    "Fix",
    "Merge",
    "Review",
    "Approve",
    "Deploy",
    "Restart",
    "Stop",
    "Start",
    "Open",
    "Close",
];

/// Capitalised words that never continue a name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "And",
    "Or",
    "But",
    "If",
    "In",
    "On",
    "At",
    "To",
    "For",
    "Of",
    "By",
    "With",
    "From",
    "As",
    "Is",
    "Are",
    "Was",
    "Were",
    "Be",
    "Been",
    "I",
    "Im",
    "My",
    "Your",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "We",
    "You",
    "He",
    "She",
    "They",
    "It",
    "This",
    "That",
    "These",
    "Those",
    "Here",
    "There",
    "What",
    "When",
    "Where",
    "Why",
    "How",
    "Who",
    "Which",
    "Yes",
    "No",
    "Not",
    "Please",
    "Thanks",
    "Thank",
    "Hi",
    "Hello",
    "Hey",
    "Dear",
    "Team",
    "All",
    "Everyone",
    "Folks",
    "Guys",
    "Sir",
    "Madam",
    "Customer",
    "Support",
    "Sales",
    "Admin",
    "User",
    "Assistant",
    "System",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Street",
    "Avenue",
    "Road",
    "Drive",
    "Boulevard",
    "University",
    "College",
    "School",
    "Inc",
    "Ltd",
    "Corp",
    "Company",
    "Group",
    "Bank",
    "Hospital",
    "Airport",
    "Station",
    "Park",
    "Lake",
    "River",
    "Mountain",
    "County",
    "City",
    "State",
    "North",
    "South",
    "East",
    "West",
    "New",
    "Old",
    "Just",
    "Also",
    "Can",
    "Could",
    "Would",
    "Should",
    "Will",
    "Shall",
    "Do",
    "Does",
    "Did",
    "Has",
    "Have",
    "Had",
    "Let",
    "Lets",
    "Sure",
    "Great",
    "Good",
    "Best",
    "Kind",
    "Regards",
    "Cheers",
    "Sincerely",
    "Morning",
    "Afternoon",
    "Evening",
    "Night",
    "Today",
    "Tomorrow",
    "Yesterday",
    "Here's",
    "It's",
    "I'm",
    "I'll",
    "I've",
    "I'd",
    "Don't",
    "Can't",
    "Quick",
    "Question",
    "There's",
    "So",
    "Then",
    "Now",
    "Ok",
    "Okay",
    "Well",
    "Oh",
    "Also",
    "Again",
    "Maybe",
    "Perhaps",
    "Some",
    "Any",
    "Every",
    "Each",
    "Other",
    "Another",
    "Such",
    "More",
    "Most",
    "Many",
    "Much",
    "Very",
    "Really",
    "Only",
    "Hope",
    "Glad",
    "Happy",
    "Sorry",
    "Welcome",
    "Congratulations",
    "Update",
    "Note",
    "Re",
    "Fwd",
    "Subject",
    "Ticket",
    "Order",
    "Invoice",
    "Account",
    "Project",
    "Manager",
    "Director",
    "Engineer",
    "Doctor",
    "Professor",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Jr",
    "Sr",
    "Sending",
    "Send",
    "Call",
    "Email",
    "Phone",
    "Use",
    "See",
    "Check",
    "Run",
    "Try",
    "Make",
    "Take",
    "Get",
    "Set",
    "Add",
    "Go",
    "First",
    "Second",
    "Third",
    "Next",
    "Finally",
    "Lastly",
    "However",
    "Unfortunately",
    "Fortunately",
    "Actually",
    "Basically",
    "Honestly",
    "Quickly",
    "Currently",
    "Meanwhile",
    "Otherwise",
    "Therefore",
    "Anyway",
    "Apparently",
    "Hopefully",
    "Luckily",
    "Sadly",
    "Perfect",
    "Awesome",
    "Cool",
    "Nice",
    "Hmm",
    "Wow",
    "Right",
    "Alright",
    "Absolutely",
    "Definitely",
    "Certainly",
    "Of",
    "Quick",
    "Small",
    "Another",
    "Following",
    "Attached",
    "Below",
    "Above",
    "Regarding",
    "Re",
    "About",
    "After",
    "Before",
    "Since",
    "Because",
    "While",
    "During",
    "Until",
    "Unless",
    "Although",
    "Though",
    "Whether",
    "Both",
    "Either",
    "Neither",
    "Nothing",
    "Something",
    "Everything",
    "Anything",
    "Someone",
    "Anyone",
    "Everyone",
    "Nobody",
    "Somebody",
    "Everybody",
    "Again",
    "Still",
    "Already",
    "Soon",
    "Later",
    "Earlier",
    "Now",
    "Once",
    "Twice",
    "Never",
    "Always",
    "Sometimes",
    "Often",
    "Usually",
    "Friends",
    "Colleagues",
    "Partner",
    "Boss",
    "Support",
    "Devs",
    "Developers",
    "Engineers",
    "Admins",
    "Help",
    "Urgent",
    "Important",
    "Reminder",
    "Heads",
    "Update",
    "Status",
    "Summary",
    "Context",
    "Background",
    "Issue",
    "Problem",
    "Error",
    "Bug",
    "Fix",
    "Feature",
    "Request",
    "Follow",
    "Following",
    "Per",
    "Via",
    "Using",
    "Given",
    "Based",
    "Thanks",
    "Also",
];

/// Fast non-cryptographic hasher for short words (a folded multiply per eight bytes).
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    /// Eight bytes at a time, each word folded in with a full 64×64→128-bit multiply
    /// (names are short: one or two multiplies instead of one per byte).
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let fold = |a: u64| {
            let r = u128::from(a) * u128::from(K);
            (r as u64) ^ ((r >> 64) as u64)
        };
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = fold(h ^ u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h = fold(h ^ u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
        self.0 = h;
    }
}

type Set = HashSet<&'static [u8], BuildHasherDefault<WordHasher>>;

/// A hit: kind, rule, start, end.
type Out = Vec<(EntityKind, &'static str, usize, usize)>;

/// The kind of a word that can be part of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// Capitalised, in a cased script (Latin, Greek, Cyrillic, Armenian…).
    Cap,
    /// Letters of a caseless script (Arabic, Hebrew, Devanagari, Thai, Hangul, kana).
    Caseless,
    /// Han characters (Chinese, Japanese kanji).
    Han,
    /// A lower-case particle (`van`, `bin`, `de`).
    Particle,
    /// An initial: `J.`
    Initial,
}

/// Characters common in Chinese and Japanese given names, beside those of the given-name
/// lists (which hold whole names, not every character they are made of).
const GIVEN_HAN_CHARS: &str = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇轩浩然子涵梓萱欣怡雨桐思远晓东建国文博俊嘉佳琪琳婷雪梅晨阳辉鑫宁颖莉倩慧瑶天鸣诗睿泽昊铭宏志峰斌彬毅龙凯亮林森波健海春燕丹蕾璐露月琴凤美彤悦乐安康瑞祥福振宸逸豪航晗心馨妍婉蓉芸艺茜菲佩楠亚玲莹青清荣德永成立新世卫兵民力云山江婧琦瑾璇雯韵昕曦煜钰铮皓哲辰宇翰翔骏驰旭晖蓮翔陽大輝悠真拓結衣咲花隆太郎陸奏湊樹葵凛菜愛優奈彩香里恵美智子和也直人之介史朗司治";

/// Greetings, thanks and the commonest function words of scripts without case: a phrase
/// holding one is no name (`We say شكرا جزيلا`, `नमस्ते दोस्त`).
const CASELESS_STOPWORDS: &[&str] = &[
    // Arabic, Persian, Urdu
    "في",
    "بين",
    "قرب",
    "من",
    "على",
    "إلى",
    "عن",
    "مع",
    "هذا",
    "هذه",
    "كان",
    "التي",
    "الذي",
    "شكرا",
    "شكراً",
    "جزيلا",
    "مرحبا",
    "السلام",
    "عليكم",
    "أهلا",
    "وسهلا",
    "نعم",
    "لا",
    "و",
    "يا",
    "صباح",
    "مساء",
    "الخير",
    "النور",
    "سلام",
    "ممنون",
    "خیلی",
    "است",
    "شکریہ",
    "ہے",
    // Labels of forms (`رقم الهاتف:`, `شماره تلفن:`, `تاریخ تولد:`): no one's name.
    "رقم",
    "الهاتف",
    "هاتف",
    "الجوال",
    "جوال",
    "تاريخ",
    "الميلاد",
    "العنوان",
    "عنوان",
    "البريد",
    "الإلكتروني",
    "الاسم",
    "اسم",
    "الكامل",
    "شماره",
    "تلفن",
    "موبایل",
    "همراه",
    "تاریخ",
    "تولد",
    "نشانی",
    "آدرس",
    "کد",
    "پستی",
    "ملی",
    "نمبر",
    "فون",
    "پتہ",
    "پیدائش",
    "هو",
    "هي",
    "ما",
    "ماذا",
    "كيف",
    "لماذا",
    "متى",
    "أين",
    "هل",
    "أن",
    "إن",
    "كل",
    "بعد",
    "قبل",
    "عند",
    "حتى",
    "ثم",
    "أو",
    "لم",
    "لن",
    "قد",
    "كما",
    "بين",
    "أكثر",
    "جدا",
    "جداً",
    "أريد",
    "يمكنك",
    "فضلك",
    "اكتب",
    "اشرح",
    "لخص",
    "ترجم",
    "قصيرة",
    "قصير",
    "نبذة",
    "مقال",
    "قصة",
    "سؤال",
    "عندي",
    "لدي",
    "الآن",
    "اليوم",
    "هناك",
    "هنا",
    "ذلك",
    "تلك",
    "لكن",
    "أيضا",
    "أيضاً",
    "فقط",
    "بعض",
    "لي",
    "لك",
    "این",
    "آن",
    "که",
    "را",
    "با",
    "به",
    "از",
    "برای",
    // `به دنیا آمد`: "was born" (came into the world).
    "دنیا",
    "آمد",
    "چه",
    "چطور",
    "لطفا",
    "لطفاً",
    "بنویس",
    "توضیح",
    "بده",
    "هست",
    "نیست",
    "کے",
    "کی",
    "کا",
    "میں",
    "سے",
    "کو",
    "پر",
    "یہ",
    "وہ",
    "کیا",
    "نہیں",
    "اور",
    "بتائیں",
    "لکھیں",
    // Hebrew
    "שלום",
    "תודה",
    "רבה",
    "של",
    "את",
    "בין",
    "זה",
    "לא",
    "כן",
    "בוקר",
    "טוב",
    "ערב",
    "על",
    "לי",
    "לך",
    "עם",
    "הוא",
    "היא",
    "אני",
    "אתה",
    "מה",
    "איך",
    "למה",
    "מתי",
    "איפה",
    "כל",
    "גם",
    "אבל",
    "או",
    "יש",
    "אין",
    "היה",
    "הייתה",
    "רק",
    "עוד",
    "כמו",
    "בבקשה",
    "ספר",
    "תספר",
    "כתוב",
    "תכתוב",
    "הסבר",
    "תסביר",
    "בקצרה",
    "קצרה",
    "קצר",
    "המילים",
    "מילים",
    "ברכה",
    "אותו",
    "אותה",
    "שלי",
    "שלך",
    "לפני",
    "אחרי",
    "היום",
    "מחר",
    "אתמול",
    "כאן",
    "שם",
    // Devanagari
    "नमस्ते",
    "नमस्कार",
    "धन्यवाद",
    "शुक्रिया",
    "है",
    "हैं",
    "और",
    "का",
    "की",
    "के",
    "में",
    "से",
    "यह",
    "वह",
    "क्या",
    "नहीं",
    "हाँ",
    "दोस्त",
    "जी",
    "आप",
    "मैं",
    "हम",
    "शुभ",
    "प्रभात",
    // Labels of forms (`जन्म तिथि:`, `फ़ोन:`): no one's name.
    "जन्म",
    "तिथि",
    "जन्मतिथि",
    "फ़ोन",
    "फोन",
    "मोबाइल",
    "नंबर",
    "नाम",
    "पता",
    "दिनांक",
    "को",
    "पर",
    "बारे",
    "बताइए",
    "बताओ",
    "बताएं",
    "लिखिए",
    "लिखो",
    "लिखें",
    "समझाइए",
    "समझाओ",
    "कृपया",
    "एक",
    "दो",
    "तीन",
    "चार",
    "पाँच",
    "पांच",
    "तथ्य",
    "मुझे",
    "हमें",
    "था",
    "थी",
    "थे",
    "गया",
    "गई",
    "कर",
    "करें",
    "करो",
    "करना",
    "भी",
    "तो",
    "ही",
    "कैसे",
    "क्यों",
    "कब",
    "कहाँ",
    "कौन",
    "कुछ",
    "सब",
    "बहुत",
    "अब",
    "लिए",
    "साथ",
    "इस",
    "उस",
    "इसे",
    "उसे",
    "अपने",
    "अपना",
    "होता",
    "होती",
    "सकते",
    "चाहिए",
    "छोटा",
    "छोटी",
    "संक्षेप",
    // Bengali
    "নমস্কার",
    "ধন্যবাদ",
    "এবং",
    "আমি",
    "আপনি",
    "কি",
    "না",
    "হ্যাঁ",
    "ভালো",
    "শুভ",
    "ফোন",
    "জন্ম",
    "তারিখ",
    "নাম",
    "ঠিকানা",
    "মোবাইল",
    "সম্পর্কে",
    "লিখুন",
    "বলুন",
    "কেন",
    "কিভাবে",
    "এই",
    "সেই",
    "একটি",
    "হয়",
    "করুন",
    // Tamil
    "வணக்கம்",
    "நன்றி",
    "மற்றும்",
    "நான்",
    "நீங்கள்",
    "ஆம்",
    "இல்லை",
    "பற்றி",
    "எழுது",
    "சொல்லுங்கள்",
    "என்ன",
    "எப்படி",
    "இந்த",
    "ஒரு",
    // Thai
    "สวัสดี",
    "ขอบคุณ",
    "ครับ",
    "ค่ะ",
    "คะ",
    "และ",
    "ที่",
    "ของ",
    "ใน",
    "ไม่",
    "ใช่",
    "เบอร์",
    "โทร",
    "วันเกิด",
    "ชื่อ",
    "ที่อยู่",
    "สวัสดีครับ",
    "สวัสดีค่ะ",
    "ขอบคุณครับ",
    "ขอบคุณค่ะ",
    // Korean
    "안녕하세요",
    "감사합니다",
    "고맙습니다",
    "네",
    "아니요",
    "그리고",
    "에",
    "대해",
    "대한",
    "설명해",
    "설명",
    "주세요",
    "간단히",
    "알려",
    "알려줘",
    "알려주세요",
    "해줘",
    "해주세요",
    "무엇",
    "어떻게",
    "왜",
    "하지만",
    "그런데",
    "그래서",
    "이",
    "그",
    "저",
    "수",
    "좀",
    "더",
    "가장",
    "아주",
    "정말",
    "오늘",
    "내일",
    "어제",
    "제",
    "저는",
    "나는",
    "우리",
    "요약",
    "요약해",
    "작성해",
    "써줘",
    // Words of orders, releases, payments and accounts in operational text (`نسخه 3.10
    // منتشر شد`, `ট্র্যাকিং নম্বর: RR…`, `تم شحن الطلب SO-…`): a status line, no one's name.
    // Arabic
    "تم",
    "يتم",
    "شحن",
    "الشحن",
    "الشحنة",
    "طلب",
    "الطلب",
    "طلبك",
    "طلبات",
    "التتبع",
    "تتبع",
    "الإصدار",
    "إصدار",
    "النسخة",
    "نسخة",
    "صدر",
    "أصدر",
    "إطلاق",
    "تحديث",
    "التحديث",
    "الدفع",
    "دفع",
    "الفاتورة",
    "فاتورة",
    "المبلغ",
    "مبلغ",
    "الإجمالي",
    "المجموع",
    "السعر",
    "سعر",
    "الحساب",
    "حساب",
    "كلمة",
    "المرور",
    "مرور",
    "الخطأ",
    "خطأ",
    "الخادم",
    "خادم",
    "العميل",
    "المنتج",
    "منتج",
    "الحالة",
    "حالة",
    "الرسالة",
    "رسالة",
    "التوصيل",
    "توصيل",
    "استلام",
    "تسليم",
    "إلغاء",
    "استرداد",
    "الرحلة",
    "رحلة",
    "الموعد",
    "موعد",
    "يوم",
    "شهر",
    "سنة",
    "عام",
    "ساعة",
    "دقيقة",
    "جديد",
    "جديدة",
    "متاح",
    "متاحة",
    "بنجاح",
    "غدا",
    "أمس",
    "ولد",
    "وُلد",
    "ولدت",
    "توفي",
    "بتاريخ",
    "الساعة",
    "الرقم",
    "المرجعي",
    "الخدمة",
    "الدعم",
    "الفني",
    // Persian
    "منتشر",
    "شد",
    "شده",
    "شود",
    "می‌شود",
    "سفارش",
    "ارسال",
    "رهگیری",
    "نسخه",
    "نسخهٔ",
    "به‌روزرسانی",
    "پرداخت",
    "فاکتور",
    "مبلغ",
    "قیمت",
    "حساب",
    "رمز",
    "عبور",
    "خطا",
    "سرور",
    "مشتری",
    "محصول",
    "وضعیت",
    "پیام",
    "تحویل",
    "لغو",
    "بازپرداخت",
    "پرواز",
    "امروز",
    "فردا",
    "دیروز",
    "جدید",
    "موفق",
    "انجام",
    "ثبت",
    "ساعت",
    "روز",
    "ماه",
    "سال",
    "تومان",
    "ریال",
    "متولد",
    "درگذشت",
    "پشتیبانی",
    // Urdu
    "آرڈر",
    "بھیج",
    "بھیجا",
    "دیا",
    "گیا",
    "ٹریکنگ",
    "ورژن",
    "جاری",
    "ادائیگی",
    "قیمت",
    "اکاؤنٹ",
    "پاس",
    "ورڈ",
    "آج",
    "کل",
    "نیا",
    "روپے",
    // Devanagari
    "हुआ",
    "हुई",
    "हुए",
    "होगा",
    "होगी",
    "होंगे",
    "रहा",
    "रही",
    "रहे",
    "गए",
    "दिया",
    "दी",
    "किया",
    "लिया",
    "ऑर्डर",
    "आर्डर",
    "भेजा",
    "भेज",
    "ट्रैकिंग",
    "संस्करण",
    "वर्ज़न",
    "वर्जन",
    "जारी",
    "भुगतान",
    "बिल",
    "कुल",
    "राशि",
    "कीमत",
    "मूल्य",
    "खाता",
    "पासवर्ड",
    "त्रुटि",
    "सर्वर",
    "ग्राहक",
    "उत्पाद",
    "स्थिति",
    "संदेश",
    "डिलीवरी",
    "रद्द",
    "वापसी",
    "उड़ान",
    "आज",
    "नया",
    "नई",
    "सफल",
    "सफलतापूर्वक",
    "तारीख",
    "समय",
    "दिन",
    "महीना",
    "साल",
    "वर्ष",
    "रुपये",
    "रुपए",
    // Bengali
    "ট্র্যাকিং",
    "নম্বর",
    "অর্ডার",
    "পাঠানো",
    "হয়েছে",
    "হয়েছিল",
    "সংস্করণ",
    "ভার্সন",
    "প্রকাশিত",
    "মূল্য",
    "মোট",
    "দাম",
    "অ্যাকাউন্ট",
    "পাসওয়ার্ড",
    "ত্রুটি",
    "সার্ভার",
    "গ্রাহক",
    "পণ্য",
    "অবস্থা",
    "বার্তা",
    "ডেলিভারি",
    "বাতিল",
    "ফেরত",
    "ফ্লাইট",
    "আজ",
    "কাল",
    "নতুন",
    "সফল",
    "সময়",
    "দিন",
    "মাস",
    "বছর",
    "টাকা",
    "জন্মগ্রহণ",
    // Hebrew
    "הזמנה",
    "ההזמנה",
    "נשלחה",
    "נשלח",
    "מספר",
    "מעקב",
    "גרסה",
    "הגרסה",
    "שוחררה",
    "עדכון",
    "תשלום",
    "חשבונית",
    "סכום",
    "מחיר",
    "חשבון",
    "סיסמה",
    "שגיאה",
    "שרת",
    "לקוח",
    "מוצר",
    "סטטוס",
    "הודעה",
    "משלוח",
    "ביטול",
    "החזר",
    "טיסה",
    "חדש",
    "חדשה",
    "בהצלחה",
    "נולד",
    "נולדה",
    // Tamil
    "ஆர்டர்",
    "அனுப்பப்பட்டது",
    "எண்",
    "பதிப்பு",
    "வெளியிடப்பட்டது",
    "மொத்தம்",
    "விலை",
    "கணக்கு",
    "கடவுச்சொல்",
    "பிழை",
    "வாடிக்கையாளர்",
    "இன்று",
    "நாளை",
    "புதிய",
    "பிறந்தார்",
    // Words of places (`خیابان ولیعصر`, `میدان نقش جهان`, `গুলশান এভিনিউ`, `רחוב הרצל`): a
    // street's, square's or market's name, no one's.
    "خیابان",
    "میدان",
    "بازار",
    "کوچه",
    "بلوار",
    "پاساژ",
    "شارع",
    "ميدان",
    "سوق",
    "حي",
    "طريق",
    "ساحة",
    "جادة",
    "مجمع",
    "برج",
    "רחוב",
    "שדרות",
    "כיכר",
    "קניון",
    "मार्ग",
    "रोड",
    "बाजार",
    "बाज़ार",
    "चौक",
    "नगर",
    "मार्केट",
    "রোড",
    "মার্কেট",
    "এভিনিউ",
    "বাজার",
    "সড়ক",
    "চত্বর",
];

/// Whether `w` is one of [`CASELESS_STOPWORDS`].
fn caseless_stopword(w: &[u8]) -> bool {
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    w.first().is_some_and(|&b| b >= 0x80)
        && SET
            .get_or_init(|| set_of(CASELESS_STOPWORDS.iter().copied()))
            .contains(w)
}

/// The end of the name `t[s..e]` (in a script without case) without the function words
/// it ran on into at its end (`سمير الحسن في` → `سمير الحسن`); never fewer than one word.
pub(crate) fn without_function_words_after(t: &[u8], s: usize, mut e: usize) -> usize {
    while let Some(p) = t[s..e].iter().rposition(|&b| b == b' ') {
        if !caseless_stopword(&t[s + p + 1..e]) {
            break;
        }
        e = s + p;
    }
    e
}

/// A word of a caseless script that is a phrase or a verb, never part of a name: Thai
/// (written without spaces between words) with the repetition mark `ๆ` or longer than any
/// name, Korean with a verb ending (`설명해 주세요`, `합니다`).
fn phrase_word(w: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(w) else {
        return false;
    };
    let thai = s.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c));
    // … or one holding a word no name holds: `เป็นใคร` ("is who"), `อะไร` ("what").
    if thai
        && (s.contains('ๆ')
            || s.chars().count() > 15
            || [
                "เป็น",
                "ใคร",
                "อะไร",
                "อย่างไร",
                "ไหม",
                "ครับ",
                "ค่ะ",
                "หรือ",
                "ช่วย",
                "บอก",
            ]
            .iter()
            .any(|p| s.contains(p)))
    {
        return true;
    }
    // A form's label words in scripts without case (Tamil, Amharic, Georgian): name,
    // date, address, phone, contact.
    if [
        "பெயர்",
        "தேதி",
        "முகவரி",
        "தொலைபேசி",
        "தொடர்பு",
        "பிறந்த",
        "ስም",
        "ቀን",
        "ስልክ",
        "ተጠሪ",
        "አድራሻ",
        "የትውልድ",
        "სახელი",
        "გვარი",
        "თარიღი",
        "მისამართი",
        "ტელეფონი",
        "დაბადების",
    ]
    .contains(&s)
    {
        return true;
    }
    let hangul = s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    hangul
        && [
            "세요", "니다", "해요", "어요", "아요", "까요", "나요", "해줘", "해라",
        ]
        .iter()
        .any(|e| s.ends_with(e))
}

/// The name dictionary and the rules around it.
pub struct NameDict {
    /// Given names of the curated lists (US census and hand-written), trusted
    /// before any capitalised word.
    core_first: Set,
    /// Everyday English words, lower case: a curated list of words that close product,
    /// place and company names.
    common: Set,
    /// The rest of an English dictionary, lower case (`upgraded`, `lovely`, `mat`).
    dictionary: Set,
    first: Set,
    last: Set,
    ambiguous: Set,
    not_names: Set,
    /// [`NOT_GIVEN`], looked up once per capitalised pair.
    not_given: Set,
    /// For capitalised words no rule decides (see `name_model`).
    model: super::name_model::NameModel,
    /// The Han characters of given names of one or two characters (`宇`, `轩`, `桐`):
    /// Chinese given names are combined from a few hundred of them.
    given_han: std::collections::HashSet<char>,
}

/// The given names (whole names too) and the family names of [`NATIVE`], by section.
fn native_sections() -> (Vec<&'static [u8]>, Vec<&'static [u8]>) {
    let (mut given, mut family) = (Vec::new(), Vec::new());
    let mut into_family = false;
    for line in NATIVE.lines().map(str::trim) {
        if let Some(head) = line.strip_prefix('#') {
            into_family = head.trim_start().starts_with("family");
            continue;
        }
        if line.is_empty() {
            continue;
        }
        if into_family {
            family.push(line.as_bytes());
        } else {
            given.push(line.as_bytes());
        }
    }
    (given, family)
}

fn set_of(items: impl Iterator<Item = &'static str>) -> Set {
    items
        .map(|s| s.trim())
        .filter(|s| !s.is_empty() && !s.starts_with('#'))
        .map(str::as_bytes)
        .collect()
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// A letter of a script without case (or a mark inside such a word).
fn is_caseless(c: char) -> bool {
    if c.is_ascii() || is_han(c) {
        return false;
    }
    let u = c as u32;
    let mark = matches!(u, 0x0300..=0x036F | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0DFF | 0x0E00..=0x0EFF | 0x1100..=0x11FF
        | 0x3130..=0x318F | 0xAC00..=0xD7AF | 0x30FB | 0x30FC);
    mark || (c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
}

/// The end of a family name written in capitals at `i` (`JONES`, `PÖLZL`,
/// `O'BRIEN`, `SMITH-JONES`), as forms and airline records write them: two or more
/// upper-case letters, not followed by a lower-case one.
fn caps_word(t: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    let mut letters = 0;
    while j < t.len() && j - i < 40 {
        let Some((c, l)) = char_at(t, j) else { break };
        if c.is_uppercase() {
            letters += 1;
        } else if !(matches!(c, '-' | '\'')
            && letters > 0
            && char_at(t, j + l).is_some_and(|(d, _)| d.is_uppercase()))
        {
            break;
        }
        j += l;
    }
    let next_lower = char_at(t, j).is_some_and(|(c, _)| c.is_lowercase() || c.is_ascii_digit());
    (letters >= 2 && !next_lower).then_some(j)
}

fn word_at(t: &[u8], i: usize) -> Option<(usize, Word)> {
    // The Dutch article of `Ilse 't Hart`.
    if t[i..].starts_with(b"'t ") || t[i..].starts_with(b"'T ") {
        return Some((i + 2, Word::Particle));
    }
    // `daughter of`, `son of` in Singapore and Malaysia (`Lakshmi d/o Pillai`, `Arun a/l
    // Muthu`), and the Irish `Ó`, `Ní`, `Uí` (`Róisín Ó Súilleabháin`), inside a name.
    if i > 1 && t[i - 1] == b' ' && letter_before(t, i - 1) {
        for p in ["d/o", "s/o", "a/l", "a/p", "binte", "Ó", "Ní", "Uí", "Nic"] {
            let p = p.as_bytes();
            if t[i..].starts_with(p) && at(t, i + p.len()) == b' ' && {
                let n = at(t, i + p.len() + 1);
                n.is_ascii_uppercase() || n >= 0xC0
            } {
                return Some((i + p.len(), Word::Particle));
            }
        }
    }
    // A particle written with a capital inside a name (`Mattia De Santis`, `Benedetta
    // Della Valle`, `Pieter Van Dijk`): one, then a space and a capital.
    if at(t, i).is_ascii_uppercase() {
        const CAPITAL_PARTICLES: &[&[u8]] = &[
            b"De", b"Da", b"Di", b"Del", b"Della", b"Dello", b"Dei", b"Van", b"Von", b"Du", b"Dos",
            b"Das", b"Ten", b"Ter", b"Op",
        ];
        let j = i + t[i..]
            .iter()
            .take(6)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if at(t, j) == b' '
            && at(t, j + 1).is_ascii_uppercase()
            && i > 1
            && t[i - 1] == b' '
            && t[i - 2].is_ascii_alphabetic()
            && CAPITAL_PARTICLES.contains(&&t[i..j])
        {
            return Some((j, Word::Particle));
        }
    }
    let (c, l) = char_at(t, i)?;
    if c.is_uppercase() {
        let mut j = i + l;
        let mut lower = 0;
        while j < t.len() && j - i < 48 {
            // Most of a word is ASCII lower case: no decoding needed.
            if t[j].is_ascii_lowercase() {
                lower += 1;
                j += 1;
                continue;
            }
            let Some((d, dl)) = char_at(t, j) else { break };
            if d.is_lowercase()
                || (d.is_alphabetic() && !d.is_uppercase() && !d.is_ascii() && !is_han(d))
                || matches!(d as u32, 0x0300..=0x036F)
            {
                lower += 1;
                j += dl;
            } else if matches!(d, '\'' | '’' | '-')
                && char_at(t, j + dl).is_some_and(|(x, _)| x.is_alphabetic())
            {
                j += dl;
            } else if d.is_uppercase()
                && j > i + l
                && (matches!(t[j - 1], b'\'' | b'-')
                    || matches!(
                        &t[i..j],
                        b"Mc"
                            | b"Mac"
                            | b"Van"
                            | b"Vander"
                            | b"Vanden"
                            | b"De"
                            | b"Di"
                            | b"Da"
                            | b"Du"
                            | b"La"
                            | b"Le"
                            | b"Fitz"
                            | b"Del"
                            | b"Della"
                    )
                    || t[j - 1] == 0x99)
            {
                // O'Brien, Jean-Luc, McDonald, D’Angelo, VanderMeer, DiCaprio
                j += dl;
            } else {
                break;
            }
        }
        if lower == 0 {
            // Initial: `J.` followed by a space.
            if l == 1 && at(t, i + 1) == b'.' && at(t, i + 2) == b' ' {
                return Some((i + 2, Word::Initial));
            }
            return None;
        }
        // A possessive is no part of the name: `Rohit's number`, `Maria’s order`; but
        // the last word of a brand stays whole (`Jack Daniel's`, `Trader Joe's`).
        let possessive = if j >= i + l + 3 && t[j - 1] == b's' && t[j - 2] == b'\'' {
            2
        } else if j >= i + l + 5 && t[j - 1] == b's' && t[j - 4..j - 1] == *"’".as_bytes() {
            4
        } else {
            0
        };
        if possessive > 0 {
            let after_cap_word = i >= 3 && t[i - 1] == b' ' && {
                let ws = t[..i - 1]
                    .iter()
                    .rposition(|b| !b.is_ascii_alphabetic())
                    .map_or(0, |k| k + 1);
                ws < i - 1 && t[ws].is_ascii_uppercase()
            };
            if !after_cap_word {
                j -= possessive;
            }
        }
        if letter_after(t, j) || at(t, j) == b'_' {
            return None;
        }
        return Some((j, Word::Cap));
    }
    for (class, kind) in [
        (is_han as fn(char) -> bool, Word::Han),
        (is_caseless, Word::Caseless),
    ] {
        if class(c) {
            let mut j = i + l;
            while let Some((d, dl)) = char_at(t, j) {
                if !class(d) {
                    break;
                }
                j += dl;
            }
            return Some((j, kind));
        }
    }
    if c.is_ascii_lowercase() {
        let j = i + t[i..]
            .iter()
            .take(7)
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        // `al-Karim`, `el-Sayed`, `d'Angelo`: a particle glued to a capitalised name.
        let glued = matches!(
            &t[i..j],
            b"al"
                | b"el"
                | b"ad"
                | b"as"
                | b"ash"
                | b"at"
                | b"az"
                | b"ibn"
                | b"bin"
                | b"abu"
                | b"d"
                | b"l"
                | b"o"
        );
        if glued && matches!(at(t, j), b'-' | b'\'') {
            if let Some((e2, Word::Cap)) = word_at(t, j + 1) {
                return Some((e2, Word::Cap));
            }
        }
        if !letter_after(t, j) && PARTICLES.iter().any(|p| p.as_bytes() == &t[i..j]) {
            return Some((j, Word::Particle));
        }
    }
    None
}

/// Han characters of `w` (UTF-8, 3 bytes each in the BMP).
fn han_len(w: &[u8]) -> usize {
    std::str::from_utf8(w).map_or(0, |s| s.chars().count())
}

fn han_prefix(w: &[u8], chars: usize) -> &[u8] {
    let s = std::str::from_utf8(w).unwrap_or("");
    let end = s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i);
    &w[..end]
}

impl NameDict {
    /// Build the dictionary from the embedded lists.
    pub fn new() -> Self {
        let not_names = set_of(NOT_NAMES.iter().copied());
        // The curated lists keep their everyday-word names (`Will`, `May`: the ambiguity
        // rules decide); the world lists lose them.
        let world = |list: &'static str| {
            let mut set = set_of(list.lines());
            set.retain(|w| !not_names.contains(w));
            set
        };
        let mut first = set_of(FIRST.lines());
        first.extend(world(WORLD_FIRST));
        let mut last = set_of(LAST.lines());
        last.extend(world(WORLD_LAST));
        first.extend(world(MORE_GIVEN));
        first.extend(world(ROMANIZED_FIRST));
        last.extend(world(ROMANIZED_LAST));
        let (native_first, native_last) = native_sections();
        first.extend(native_first.into_iter().filter(|w| !not_names.contains(w)));
        last.extend(native_last.into_iter().filter(|w| !not_names.contains(w)));
        let core_first = set_of(FIRST.lines());
        let given_han = first
            .iter()
            .filter_map(|w| std::str::from_utf8(w).ok())
            .filter(|w| (1..=2).contains(&w.chars().count()) && w.chars().all(is_han))
            .flat_map(str::chars)
            .chain(GIVEN_HAN_CHARS.chars())
            .collect();
        NameDict {
            given_han,
            core_first,
            common: set_of(COMMON_WORDS.lines()),
            dictionary: set_of(DICTIONARY_WORDS.lines()),
            first,
            last,
            ambiguous: set_of(AMBIGUOUS_FIRST.iter().copied()),
            not_names,
            not_given: set_of(NOT_GIVEN.iter().copied()),
            model: super::name_model::NameModel::load(),
        }
    }

    /// Whether the words `spans[..n]` starting at `s` are a candidate for the name model:
    /// two to four capitalised words (particles between), none of them an everyday,
    /// product, place, team or company word, not after a place word.
    fn model_candidate(
        &self,
        t: &[u8],
        s: usize,
        spans: &[(usize, usize, Word); 6],
        n: usize,
    ) -> bool {
        (2..=4).contains(&n)
            && spans[0].2 == Word::Cap
            && spans[n - 1].2 == Word::Cap
            && (0..n).all(|k| {
                let w = &t[spans[k].0..spans[k].1];
                match spans[k].2 {
                    Word::Particle => true,
                    Word::Cap => {
                        w.len() >= 2
                            && !self.is_curated_common(w)
                            && !self.not_names.contains(w)
                            && !self.not_given.contains(w)
                            && !sender_not_person(w)
                            && !not_a_person(w)
                            && !cased_function_word(w)
                    }
                    _ => false,
                }
            })
            && !after_place_word(t, s)
            && !in_eponym(t, s, spans, n)
    }

    /// The model's verdict on a candidate.
    fn model_says_name(&self, t: &[u8], spans: &[(usize, usize, Word); 6], n: usize) -> bool {
        if !self.model.trained() {
            return false;
        }
        let mut words = [(0, 0); 6];
        for (d, &(a, b, _)) in words.iter_mut().zip(&spans[..n]) {
            *d = (a, b);
        }
        self.model.logit_of(t, &words[..n]) > super::name_model::THRESHOLD
    }

    /// Every candidate of the name model in `t`, with its features, as the structural
    /// walk would meet them: the training examples (see `examples/train_name_model.rs`).
    pub fn model_candidates(&self, t: &[u8]) -> Vec<(usize, usize, Vec<u32>)> {
        let mut out = Vec::new();
        let mut spans = [(0, 0, Word::Cap); 6];
        let mut i = 0;
        while i < t.len() {
            let start = i == 0 || !(t[i - 1].is_ascii_alphanumeric() || t[i - 1] >= 0x80);
            if start && (t[i].is_ascii_uppercase() || t[i] >= 0xC0) {
                if let Some((_, Word::Cap)) = word_at(t, i) {
                    let n = self.words_in(t, i, 5, &mut spans, true, true);
                    if self.model_candidate(t, i, &spans, n) {
                        let words: Vec<(usize, usize)> =
                            spans[..n].iter().map(|&(a, b, _)| (a, b)).collect();
                        let mut feats = Vec::new();
                        super::name_model::features(t, &words, &mut feats);
                        let end = spans[n - 1].1;
                        out.push((i, end, feats));
                        i = end;
                        continue;
                    }
                }
            }
            i += 1;
        }
        out
    }

    /// An everyday English word (`Cloud`, `Board`), whatever its case.
    /// An everyday English word, of the curated list or the dictionary.
    fn is_common(&self, w: &[u8]) -> bool {
        self.in_word_lists(w, true)
    }

    /// An everyday word of the curated list only: a word the dictionary alone knows
    /// (`Lovely`, `Ploy`, `Bin`) may still be a name where the name model weighs it.
    fn is_curated_common(&self, w: &[u8]) -> bool {
        self.in_word_lists(w, false)
    }

    fn in_word_lists(&self, w: &[u8], dictionary: bool) -> bool {
        if w.len() > 24 || !w.is_ascii() {
            return false;
        }
        let mut buf = [0u8; 24];
        for (k, &b) in w.iter().enumerate() {
            buf[k] = b.to_ascii_lowercase();
        }
        let w = &buf[..w.len()];
        self.common.contains(w) || (dictionary && self.dictionary.contains(w))
    }

    /// A field's value typed in lower case: a handle made of the person's names
    /// (`"display_name": "ksawery.kurnik"`), or a known given name and what follows it that
    /// is no everyday word (`Name: karthik chatterjee`, `"author": "priya"`). The end.
    fn lower_case_field_value(&self, t: &[u8], i: usize) -> Option<usize> {
        if !at(t, i).is_ascii_lowercase() {
            return None;
        }
        self.handle(t, i).or_else(|| self.lower_case_name(t, i))
    }

    /// One item of a list of names: a person's name as written, or nothing (an e-mail
    /// address, a team).
    fn field_item(&self, t: &[u8], i: usize, out: &mut Out) {
        if let Some(end) = self.lower_case_field_value(t, i) {
            out.push((EntityKind::Person, "name_field", i, end));
            return;
        }
        let Some((e0, k0)) = word_at(t, i) else {
            return;
        };
        if k0 == Word::Han {
            if let Some(end) = self.han_name(t, i, e0, true) {
                out.push((EntityKind::Person, "name_field", i, end));
            }
            return;
        }
        let mut spans = [(0, 0, Word::Cap); 6];
        let n = self.words_in(t, i, 4, &mut spans, false, false);
        if n == 0 || at(t, spans[n - 1].1) == b'@' {
            return;
        }
        let known = (0..n).any(|k| self.is_name(&t[spans[k].0..spans[k].1]));
        let plain = !(0..n).any(|k| {
            let w = &t[spans[k].0..spans[k].1];
            not_a_person(w) || sender_not_person(w)
        });
        if plain && (known || n >= 2 || spans[0].2 == Word::Caseless) {
            out.push((EntityKind::Person, "name_field", i, spans[n - 1].1));
        }
    }

    /// `JONES Kevin` at `i`: a family name in capitals, then given names. Returns the end.
    fn capitalised_surname_first(&self, t: &[u8], i: usize) -> Option<usize> {
        let ce = caps_word(t, i)?;
        if at(t, ce) != b' ' || self.is_common(&t[i..ce]) {
            return None;
        }
        let mut spans = [(0, 0, Word::Cap); 6];
        let n = self.words_in(t, ce + 1, 3, &mut spans, false, false);
        if n > 0 && spans[0].2 == Word::Cap {
            return Some(spans[n - 1].1);
        }
        // All in capitals, as cards and forms print them: `CÉLINE ROUX`, `ОЛЬГА ПОПОВА`.
        let ce2 = caps_word(t, ce + 1)?;
        let word_ok = |w: &[u8]| !self.is_common(w) && !sender_not_person(w) && !not_a_person(w);
        (word_ok(&t[i..ce]) && word_ok(&t[ce + 1..ce2]) && !super::util::letter_after(t, ce2))
            .then_some(ce2)
    }

    /// A name typed in lower case after a strong cue (`my name is pranav malhotra`,
    /// `its arlene salazar`): a known given name, then up to two more lower-case words
    /// that are no everyday words. Returns the end.
    fn lower_case_name(&self, t: &[u8], i: usize) -> Option<usize> {
        let word_end = |k: usize| lower_word_end(t, k, false);
        let e0 = word_end(i);
        if e0 - i < 2 || super::util::letter_after(t, e0) {
            return None;
        }
        let cap = |w: &[u8]| -> Vec<u8> {
            let s = String::from_utf8_lossy(w);
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>().into_bytes())
                .unwrap_or_default()
        };
        let first = cap(&t[i..e0]);
        if !self.first.contains(first.as_slice()) || self.is_common(&t[i..e0]) {
            return None;
        }
        let mut end = e0;
        for _ in 0..2 {
            if at(t, end) != b' ' {
                break;
            }
            let e = word_end(end + 1);
            let w = &t[end + 1..e];
            // `zeynep arslan calling about …`: a verb ends the name.
            if e - (end + 1) < 2
                || self.is_common(w)
                || super::util::letter_after(t, e)
                || (w.len() > 5 && w.ends_with(b"ing"))
                || matches!(w, b"born" | b"here" | b"speaking" | b"from" | b"about")
                // `and` and `but` of other languages (`ich bin jonas weber und wohne …`).
                || matches!(
                    w,
                    b"und" | b"y" | b"e" | b"et" | b"i" | b"og" | b"och" | b"en" | b"ve"
                        | b"ja" | b"aber" | b"pero" | b"mais" | b"ma" | b"mas" | b"che"
                        | b"que" | b"qui" | b"und," | b"dan" | b"na"
                )
            {
                break;
            }
            end = e;
        }
        Some(end)
    }

    /// Two or three lower-case words after a strong cue, none an everyday word (`the name
    /// on the account is liezl flores and …`): a voice transcript's name nobody lists.
    fn lower_case_unknown_name(&self, t: &[u8], i: usize) -> Option<usize> {
        let word_end = |k: usize| lower_word_end(t, k, true);
        let plain = |a: usize, b: usize| {
            let w = &t[a..b];
            let stop = matches!(
                w,
                b"and" | b"or" | b"is" | b"was" | b"the" | b"not" | b"from" | b"born"
            );
            let verb = w.len() > 5 && w.ends_with(b"ing");
            b - a >= 2 && !self.is_common(w) && !stop && !verb
        };
        let mut end = i;
        let mut n = 0;
        let mut k = i;
        while n < 3 {
            let e = word_end(k);
            if e == k || super::util::letter_after(t, e) || !plain(k, e) {
                break;
            }
            end = e;
            n += 1;
            if at(t, e) != b' ' {
                break;
            }
            k = e + 1;
        }
        (n >= 2).then_some(end)
    }

    /// `Kevin JONES`: a family name in capitals after the name ending at `end`.
    fn capitalised_surname_after(&self, t: &[u8], end: usize) -> usize {
        if at(t, end) != b' ' {
            return end;
        }
        caps_word(t, end + 1)
            .filter(|&ce| !self.is_common(&t[end + 1..ce]) && !super::util::letter_after(t, ce))
            .unwrap_or(end)
    }

    /// Whether a name written in lower case is no everyday word (`maría josé`,
    /// `timothy`; not `will`, `grace`, `rose`), so it may be masked where it recurs.
    pub(crate) fn lower_case_is_rare(&self, low: &[u8]) -> bool {
        low.split(|&b| b == b' ').all(|w| {
            w.len() >= 3 && !self.is_common(w) && !self.ambiguous.contains(w) && {
                // The lists hold names capitalised: `Will`, `Grace`.
                let mut cap = w.to_vec();
                cap[0] = cap[0].to_ascii_uppercase();
                !self.not_names.contains(cap.as_slice()) && !self.ambiguous.contains(cap.as_slice())
            }
        })
    }

    /// Whether a word written in lower case is a known given name and no everyday word
    /// (`paige`, `deshawn`; not `will`, `agent`).
    pub(crate) fn lower_given_name(&self, w: &[u8]) -> bool {
        let Ok(word) = std::str::from_utf8(w) else {
            return false;
        };
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let cap: String = first.to_uppercase().chain(chars).collect();
        self.first.contains(cap.as_bytes()) && self.lower_case_is_rare(w)
    }

    /// Whether `w` (any case) names a relative, friend or colleague (see
    /// `keywords::RELATIVES`).
    pub(crate) fn relative(&self, w: &[u8]) -> bool {
        static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
        let set = SET.get_or_init(|| set_of(super::keywords::RELATIVES.iter().copied()));
        let mut buf = [0u8; 16];
        let n = w.len().min(16);
        for (d, c) in buf.iter_mut().zip(&w[..n]) {
            *d = c.to_ascii_lowercase();
        }
        set.contains(&buf[..n])
    }

    /// Whether the words of a line could be someone signing: no everyday, product,
    /// place or team word among them (`Gaëtan`, `Jolanta Piotrowska`, not `Thanks`
    /// or `Customer Service`).
    pub(crate) fn could_sign(&self, line: &[u8]) -> bool {
        line.split(|&b| b == b' ').all(|w| {
            !w.is_empty() && self.can_be_name(w) && !sender_not_person(w) && !not_a_person(w)
        })
    }

    /// A known given name in a case other than the nominative, in the languages that
    /// inflect names: Polish (`Dorotą`, `Michałem`, `Piotrowi`, `Annę`), Russian
    /// (`Олегом`, `Александром`, `Наташе`, `Ивану`) and Greek (`Νίκο`, `Κώστα`,
    /// `Γιάννη`, vocative and accusative without the final `ς`).
    fn is_first_inflected(&self, w: &[u8]) -> bool {
        if self.first.contains(w) {
            return true;
        }
        let Ok(word) = std::str::from_utf8(w) else {
            return false;
        };
        let known = |base: &str| base.chars().count() >= 3 && self.first.contains(base.as_bytes());
        // Greek: the nominative ends in ς.
        if word
            .chars()
            .next()
            .is_some_and(|c| ('\u{0370}'..='\u{03ff}').contains(&c))
        {
            return known(&format!("{word}ς"));
        }
        // Endings replaced by the nominative's (`ą`→`a`, `ę`→`a`, `е`→`а`, `у`→``…).
        const ENDINGS: &[(&str, &[&str])] = &[
            ("owi", &[""]),
            // Polish: `Agnieszce`, `Agnieszki` (Agnieszka), `Grzegorza` (Grzegorz).
            ("ce", &["ka"]),
            ("ki", &["ka"]),
            ("y", &["a"]),
            ("a", &[""]),
            ("em", &[""]),
            ("ą", &["a"]),
            ("ę", &["a"]),
            ("ie", &["a"]),
            ("ом", &[""]),
            ("ем", &["", "ь"]),
            ("ой", &["а"]),
            ("ей", &["я"]),
            ("у", &["", "а"]),
            ("ю", &["я", "ь"]),
            ("е", &["а", "я"]),
            ("ы", &["а"]),
            ("и", &["я", "ь"]),
        ];
        ENDINGS.iter().any(|(end, bases)| {
            word.strip_suffix(end)
                .is_some_and(|stem| bases.iter().any(|b| known(&format!("{stem}{b}"))))
        })
    }

    /// Known given names of the Arabic and Hebrew scripts, standing as words in running
    /// text (`تحدثت أمس مع مريم`, `דיברתי אתמול עם איתי`), with the known names and
    /// particles right after them (`دينا بنت بدر الهاشمي`, `נועה כהן`). These scripts
    /// mark no name with a capital, but part words with spaces, so a listed given name
    /// that is no everyday word (the stop words, `שלום`, `حسناً`) reads as one: over the
    /// development sets, 1,073 such words were names and 16 were not.
    pub fn known_caseless_names(&self, t: &[u8], out: &mut Out) {
        // Arabic (U+0600–06FF) and Hebrew (U+0590–05FF) letters open with these bytes.
        if t.is_ascii() || !t.iter().any(|&b| matches!(b, 0xD6..=0xDB)) {
            return;
        }
        let letter = |c: char| c.is_alphabetic() && matches!(c as u32, 0x0590..=0x06FF);
        let text = match std::str::from_utf8(t) {
            Ok(s) => s,
            Err(_) => return,
        };
        // Words of these scripts, with their byte ranges.
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (
                start,
                letter(c)
                    || (start.is_some() && matches!(c as u32, 0x064B..=0x065F | 0x0591..=0x05C7)),
            ) {
                (None, true) => start = Some(i),
                (Some(a), false) => {
                    words.push((a, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(a) = start {
            words.push((a, t.len()));
        }
        const PARTICLES: &[&str] = &["بن", "بنت", "ابن", "أبو", "آل", "בן", "בת"];
        const NOT_NAMES: &[&str] = &[
            "حسنا",
            "حسناً",
            "صاحب",
            "שלי",
            "שלום",
            "לי",
            "אור",
            "ברכה",
            "טל",
        ];
        let mut k = 0;
        while k < words.len() {
            let (a, b) = words[k];
            let w = &t[a..b];
            let standalone = a == 0 || !super::util::letter_before(t, a);
            if !standalone
                || !self.first.contains(w)
                || caseless_stopword(w)
                || NOT_NAMES.iter().any(|n| n.as_bytes() == w)
                // `ابن سينا`: a name after `son of` is a historical figure's.
                || (k > 0 && t[words[k - 1].0..words[k - 1].1] == *"ابن".as_bytes() && words[k - 1].1 + 1 == a)
            {
                k += 1;
                continue;
            }
            // The names and particles that follow, one space apart.
            let mut end = b;
            let mut j = k + 1;
            while j < words.len() && j <= k + 4 && words[j].0 == end + 1 && t[end] == b' ' {
                let n = &t[words[j].0..words[j].1];
                let particle = PARTICLES.iter().any(|p| p.as_bytes() == n);
                let named =
                    (self.last.contains(n) || self.first.contains(n)) && !caseless_stopword(n);
                if !(particle || named) {
                    break;
                }
                if named {
                    end = words[j].1;
                }
                j += 1;
            }
            out.push((EntityKind::Person, "name_known_caseless", a, end));
            while k < words.len() && words[k].0 < end {
                k += 1;
            }
        }
    }

    pub(crate) fn is_first(&self, w: &[u8]) -> bool {
        // `Hans-Otto`, `Jean-Michel`: the first part decides.
        self.first.contains(w)
            || w.iter()
                .position(|&b| b == b'-')
                .is_some_and(|p| p >= 2 && self.first.contains(&w[..p]))
    }

    /// Whether `w` may be a word of a name: no everyday word (`Cloud`), no product or
    /// place word (`Python`), nothing that opens a brand rather than a given name
    /// (`Google`).
    /// A known given name that opens a message and addresses its reader (`Brian, your
    /// courier will arrive today`, `body="Ariadna, your …`, `Janina, tu receta…`), `s`
    /// being where `, your` starts.
    pub fn vocative_before(&self, t: &[u8], s: usize) -> Option<(usize, usize)> {
        let ws = s - t[..s]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80)
            .count();
        let w = &t[ws..s];
        // The message starts right before the name: the text's start, a line, a quote.
        let opens = ws == 0
            || matches!(t[ws - 1], b'\n' | b'"' | b'\'' | b'>')
            || (ws >= 2 && t[ws - 2] == b'\\' && matches!(t[ws - 1], b'n' | b'"'));
        let plain = !self.ambiguous.contains(w) && self.can_be_name(w);
        (opens && w.len() >= 3 && self.is_first(w) && plain).then_some((ws, s))
    }

    /// The name right before a birth date given in parentheses (`the caregiver for Dale
    /// (DOB 11.30.1999)`, `W. Lyons (born 2004)`), `p` being where the date starts: one to
    /// three capitalised words, initials allowed, at least one a known name.
    pub fn name_before_paren_birth(&self, t: &[u8], p: usize) -> Option<(usize, usize)> {
        let from = p.saturating_sub(14);
        let open = t[from..p].iter().rposition(|&b| b == b'(')? + from;
        let cue = t[open + 1..p].to_ascii_lowercase();
        let cue = cue.trim_ascii_end();
        if !matches!(
            cue,
            b"" | b"dob" | b"dob:" | b"d.o.b." | b"born" | b"b." | b"geb."
        ) {
            return None;
        }
        if open < 2 || t[open - 1] != b' ' {
            return None;
        }
        let e = open - 1;
        let mut s = e;
        let mut words = 0;
        let mut known = false;
        while words < 3 {
            let ws = s - t[..s]
                .iter()
                .rev()
                .take_while(|&&b| {
                    b.is_ascii_alphabetic() || matches!(b, b'.' | b'\'' | b'-') || b >= 0x80
                })
                .count();
            let w = &t[ws..s];
            let letters = w
                .iter()
                .filter(|b| b.is_ascii_alphabetic() || **b >= 0x80)
                .count();
            if ws == s
                || letters == 0
                || !super::util::char_at(t, ws).is_some_and(|(c, _)| c.is_uppercase())
            {
                break;
            }
            let initial = letters == 1 && w.ends_with(b".");
            if !initial {
                if !self.can_be_name(w) {
                    break;
                }
                known |= self.is_name(w);
            }
            s = ws;
            words += 1;
            if s == 0 || t[s - 1] != b' ' {
                break;
            }
            s -= 1;
        }
        let s = if s < e && t[s] == b' ' { s + 1 } else { s };
        (words > 0 && known && s < e).then_some((s, e))
    }

    fn can_be_name(&self, w: &[u8]) -> bool {
        !self.is_common(w) && !self.not_names.contains(w) && !self.not_given.contains(w)
    }

    fn is_name(&self, w: &[u8]) -> bool {
        self.first.contains(w) || self.last.contains(w)
    }

    /// A family name in capitals before a given name, as forms and many countries write
    /// it (`KAPANADZE Giorgi here`, `CHATTERJEE Vikram writing`, `CARVALHO DE SOUZA
    /// Gabriela`): one to three words in capitals, none an acronym or an everyday word,
    /// then a known given name that closes the name. Returns the end.
    pub fn caps_surname_given(&self, t: &[u8], s: usize) -> Option<usize> {
        if letter_before(t, s) {
            return None;
        }
        let mut e = caps_word(t, s)?;
        let mut words = 1;
        while words < 3 {
            match caps_word(t, e + 1).filter(|_| at(t, e) == b' ') {
                Some(ne) => {
                    e = ne;
                    words += 1;
                }
                None => break,
            }
        }
        if at(t, e) != b' ' {
            return None;
        }
        // Every capitals word but a particle (`DE`, `VAN`): no acronym, no everyday word
        // once written in lower case.
        for w in t[s..e].split(|&b| b == b' ') {
            let low = String::from_utf8_lossy(w).to_lowercase();
            if PARTICLES.contains(&low.as_str()) {
                continue;
            }
            let title: String = {
                let mut c = low.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            };
            if w.len() < 3
                || CAPS_NOT_NAMES.contains(&low.as_str())
                || self.is_common(low.as_bytes())
                || !self.can_be_name(title.as_bytes())
            {
                return None;
            }
        }
        let gs = e + 1;
        let (ge, kind) = word_at(t, gs)?;
        let given = &t[gs..ge];
        (kind == Word::Cap
            && self.is_first(given)
            && !self.ambiguous.contains(given)
            && !self.is_common(given)
            && !super::util::letter_after(t, ge)
            && caps_word(t, ge + 1).is_none())
        .then_some(ge)
    }

    /// A name written in capitals without a cue (`FRANCESCA RIZZO APPROVED A CREDIT`,
    /// `EWA GÓRSKA`): a known given name and a known family name, in either order, with
    /// a third known word when there is one. Returns the end.
    pub fn caps_pair_at(&self, t: &[u8], s: usize) -> Option<usize> {
        if letter_before(t, s) {
            return None;
        }
        let word = |i: usize| -> Option<usize> {
            let mut j = i;
            let mut n = 0;
            while let Some((c, l)) = char_at(t, j) {
                if c.is_uppercase() || (n > 0 && matches!(c, '\'' | '-') && letter_after(t, j + l))
                {
                    j += l;
                    n += 1;
                } else {
                    break;
                }
                if n > 24 {
                    return None;
                }
            }
            (n >= 2 && !letter_after(t, j)).then_some(j)
        };
        // `RIZZO` as the lists write it: `Rizzo`.
        let title = |w: &[u8]| -> Option<Vec<u8>> {
            let w = std::str::from_utf8(w).ok()?;
            let mut c = w.chars();
            let f = c.next()?;
            let mut out = String::with_capacity(w.len());
            out.push(f);
            out.extend(c.flat_map(char::to_lowercase));
            Some(out.into_bytes())
        };
        let e0 = word(s)?;
        if at(t, e0) != b' ' {
            return None;
        }
        let e1 = word(e0 + 1)?;
        // A pronoun, article or preposition among them (`KÖNNEN SIE MIR BITTE`, `OBRIGADO
        // PELA AJUDA`): a sentence shouted, no name.
        if shouted_function_word(&t[s..e0]) || shouted_function_word(&t[e0 + 1..e1]) {
            return None;
        }
        let (a, b) = (title(&t[s..e0])?, title(&t[e0 + 1..e1])?);
        let plain = |w: &[u8]| {
            !self.ambiguous.contains(w) && !self.is_common(w) && !self.not_names.contains(w)
        };
        let pair = plain(&a)
            && plain(&b)
            && ((self.first.contains(a.as_slice()) && self.last.contains(b.as_slice()))
                || (self.last.contains(a.as_slice()) && self.first.contains(b.as_slice())));
        if !pair {
            return None;
        }
        let mut end = e1;
        if at(t, e1) == b' ' {
            if let Some(e2) = word(e1 + 1) {
                if title(&t[e1 + 1..e2])
                    .is_some_and(|c| plain(&c) && self.last.contains(c.as_slice()))
                {
                    end = e2;
                }
            }
        }
        Some(end)
    }

    /// A name written in Han characters at `s..e`: `张伟`, `佐藤健`, or a family
    /// name before an honorific (`長谷川様`, `三浦美加子さん`). Returns the end.
    fn han_name(&self, t: &[u8], s: usize, e: usize, cue: bool) -> Option<usize> {
        let w = &t[s..e];
        let n = han_len(w);
        // An honorific inside the run (`佐藤知実様宛`) or right after it ends the name.
        let mut hon_at = None;
        for k in 1..=n.min(5) {
            let p = han_prefix(w, k).len();
            if CJK_HONORIFICS
                .iter()
                .any(|h| t[s + p..].starts_with(h.as_bytes()))
            {
                hon_at = Some(k);
                break;
            }
        }
        // `昨日三浦美加子さん`: the honorific follows a longer run; the name is its end.
        if hon_at.is_none()
            && n > 5
            && CJK_HONORIFICS
                .iter()
                .any(|h| t[e..].starts_with(h.as_bytes()))
        {
            for k in (2..=5).rev() {
                let p = han_prefix(w, n - k).len();
                let suffix = &w[p..];
                if (1..=2).any(|f| self.last.contains(han_prefix(suffix, f))) {
                    return Some(e);
                }
            }
        }
        let (len, honorific) = match hon_at {
            Some(k) => (k, true),
            None => (n, false),
        };
        let cand = han_prefix(w, len);
        let end = s + cand.len();
        if honorific && (self.last.contains(cand) || self.first.contains(cand)) {
            return Some(end);
        }
        for fam in [1usize, 2, 3] {
            if len <= fam {
                continue;
            }
            let f = han_prefix(cand, fam);
            if !self.last.contains(f) {
                continue;
            }
            let g = &cand[f.len()..];
            let glen = len - fam;
            if glen > 3 || (glen == 3 && !honorific && !cue) {
                continue;
            }
            if self.first.contains(g) || cue || honorific {
                return Some(end);
            }
        }
        if (self.last.contains(cand) || self.first.contains(cand)) && cue {
            return Some(end);
        }
        None
    }

    /// A Korean name in one Hangul word: family syllable and given name
    /// (`김민준`, `이명자님`). Returns the end (an honorific suffix excluded).
    fn hangul_name(&self, t: &[u8], s: usize, e: usize, cue: bool) -> Option<usize> {
        let w = std::str::from_utf8(&t[s..e]).ok()?;
        if !w.chars().all(|c| matches!(c as u32, 0xAC00..=0xD7AF)) {
            return None;
        }
        let chars: Vec<(usize, char)> = w.char_indices().collect();
        let mut n = chars.len();
        // Honorific and particle suffixes: 님, 씨, 께, 에게, 은/는/이/가/을/를/의/과/와.
        for sfx in [
            "님", "씨", "께서", "께", "에게", "은", "는", "이", "가", "을", "를", "의", "과", "와",
        ] {
            if n >= 3 && w.ends_with(sfx) {
                n -= sfx.chars().count();
                break;
            }
        }
        if !(2..=4).contains(&n) {
            return None;
        }
        let end_byte = chars.get(n).map_or(w.len(), |c| c.0);
        let fam_end = w.char_indices().nth(1).map_or(w.len(), |c| c.0);
        let fam = &w.as_bytes()[..fam_end];
        let given = &w.as_bytes()[fam_end..end_byte];
        let whole = &w.as_bytes()[..end_byte];
        let known = (self.last.contains(fam) && (self.first.contains(given) || (cue && n == 3)))
            || (cue && (self.first.contains(whole) || self.last.contains(whole)));
        known.then_some(s + end_byte)
    }

    /// Read up to `max` name words from `i`. Returns the word spans.
    fn words(
        &self,
        t: &[u8],
        i: usize,
        max: usize,
        spans: &mut [(usize, usize, Word); 6],
    ) -> usize {
        self.words_in(t, i, max, spans, true, false)
    }

    /// [`NameDict::words`]; with `strict` off, everyday words (`April`, `Hope`)
    /// may be names too (a field that holds a name, a strong cue).
    fn words_in(
        &self,
        t: &[u8],
        mut i: usize,
        max: usize,
        spans: &mut [(usize, usize, Word); 6],
        strict: bool,
        free_first: bool,
    ) -> usize {
        let mut n = 0;
        while n < max.min(spans.len()) {
            let Some((e, kind)) = word_at(t, i) else {
                break;
            };
            // An everyday word ends a name; as the first word of a pair it is left
            // to the pair rules (`Will Smith`, `May Chen`).
            let free = n == 0 && free_first;
            if kind == Word::Cap && strict && !free && self.not_names.contains(&t[i..e]) {
                break;
            }
            if kind == Word::Han {
                break;
            }
            spans[n] = (i, e, kind);
            n += 1;
            // Next word: one space (or a tab); an initial already includes its dot.
            let sep = if kind == Word::Initial { e } else { e + 1 };
            if at(t, e) != b' ' && kind != Word::Initial {
                break;
            }
            i = if kind == Word::Initial { sep + 1 } else { sep };
        }
        // No trailing particles or initials.
        while n > 0 && matches!(spans[n - 1].2, Word::Particle | Word::Initial) {
            n -= 1;
        }
        n
    }

    /// A name written family name first with a comma, alone inside quotes (`"Muñoz,
    /// Irene"`, `'David, Raphaël'`): the word at `s..e` opens the quoted value, a known given
    /// name closes it.
    fn inverted_in_quotes(&self, t: &[u8], s: usize, e: usize) -> Option<usize> {
        let quote = s.checked_sub(1).map(|k| t[k])?;
        if !matches!(quote, b'"' | b'\'') || !t[e..].starts_with(b", ") {
            return None;
        }
        let (e1, k1) = word_at(t, e + 2)?;
        let given = &t[e + 2..e1];
        let closes = at(t, e1) == quote || (at(t, e1) == b'\\' && at(t, e1 + 1) == quote);
        let family = &t[s..e];
        // The key before the value names a person (`reviewer=`, `"contact":`), so that
        // `"city": "Paris, France"` stays.
        let from = s.saturating_sub(40);
        let key_end = (from..s - 1).rev().find(|&k| matches!(t[k], b':' | b'='))?;
        let key_start = (from..key_end)
            .rev()
            .find(|&k| {
                !(t[k].is_ascii_alphanumeric()
                    || matches!(t[k], b'_' | b'-' | b'"' | b'\\' | b'\'' | b' '))
            })
            .map_or(from, |k| k + 1);
        let key = t[key_start..key_end].to_ascii_lowercase();
        const PERSON_KEYS: &[&str] = &[
            "name",
            "by",
            "owner",
            "contact",
            "user",
            "cust",
            "holder",
            "agent",
            "author",
            "assign",
            "behalf",
            "patient",
            "employee",
            "member",
            "person",
            "approv",
            "review",
            "manager",
            "lead",
            "recipient",
            "sender",
            "driver",
            "guest",
            "applicant",
            "tenant",
            "client",
            "signer",
            "request",
        ];
        if !super::util::mentions_any(&key, PERSON_KEYS) {
            return None;
        }
        (k1 == Word::Cap
            && closes
            && self.is_first(given)
            && !self.ambiguous.contains(given)
            && !self.is_common(family)
            && !self.not_names.contains(family)
            && !self.is_common(given))
        .then_some(e1)
    }

    /// One to three words of a script without case standing alone in Latin text (`Make a
    /// seating chart: பாலாஜி இளங்கோவன், …`, `<h2>พงศกร ปัญญาดี</h2>`, `"display":"رنا
    /// الخطيب"`): a name when one of its words is a known name, or when two or three words
    /// of one script stand between Latin text, quotes, markup or list punctuation.
    fn caseless_among_latin(
        &self,
        t: &[u8],
        s: usize,
        spans: &[(usize, usize, Word); 6],
        n: usize,
    ) -> Option<usize> {
        let m = (0..n).take_while(|&k| spans[k].2 == Word::Caseless).count();
        // A form's label after the name ends it (`มาลี ศรีสุข วันเกิด: 11/01/1969`).
        let label = (1..m).find(|&k| {
            let (a, b) = (spans[k].0, spans[k].1);
            caseless_stopword(&t[a..b])
                && matches!(
                    at(t, b + t[b..].iter().take_while(|&&c| c == b' ').count()),
                    b':'
                )
        });
        let m = label.unwrap_or(m);
        if m == 0 || m > 3 {
            return None;
        }
        let end = spans[m - 1].1;
        // Latin, digits, quotes, markup or punctuation on both sides, and no more of the
        // script right around it (a sentence of Thai is no list of names).
        let left_ok = s == 0 || t[s - 1].is_ascii();
        let right_ok = end == t.len()
            || t[end].is_ascii()
            || t[end..].starts_with("，".as_bytes())
            || t[end..].starts_with("、".as_bytes())
            || t[end..].starts_with("،".as_bytes());
        if !left_ok || !right_ok {
            return None;
        }
        let before = &t[s.saturating_sub(12)..s];
        let after = &t[end..t.len().min(end + 12)];
        let latin_near = before.iter().chain(after).any(u8::is_ascii_alphabetic)
            || before
                .iter()
                .chain(after)
                .any(|b| matches!(b, b'"' | b'>' | b'<' | b'=' | b':' | b'\t'));
        if !latin_near && label.is_none() {
            return None;
        }
        let word = |k: usize| &t[spans[k].0..spans[k].1];
        if (0..m).any(|k| caseless_stopword(word(k))) {
            return None;
        }
        if (0..m).any(|k| phrase_word(word(k))) {
            return None;
        }
        let known = (0..m).any(|k| self.is_name(word(k)));
        // A Korean name is one word (`김민준`): Hangul words side by side that no list
        // knows are a phrase (`비상 연락처`, `회원가입 양식`).
        let hangul = (0..m).any(|k| {
            std::str::from_utf8(word(k))
                .is_ok_and(|w| w.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)))
        });
        if hangul && !known {
            return None;
        }
        let long_enough = (0..m).all(|k| {
            std::str::from_utf8(word(k))
                .is_ok_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        });
        // Three unknown words that close a sentence are the sentence's own words (`من هو
        // Isaac Newton؟ اكتب نبذة قصيرة.`, `King Sejong에 대해 간단히 설명해 주세요.`), not a
        // name set among Latin text (two may well be a name: held-back and fresh sets
        // lost names when two were dropped too).
        let closes_sentence = {
            let k = end + t[end..].iter().take_while(|&&b| b == b' ').count();
            matches!(at(t, k), b'.' | b'!' | b'?')
                || ["。", "！", "？", "؟", "।", "॥"]
                    .iter()
                    .any(|p| t[k..].starts_with(p.as_bytes()))
        };
        // Words that end an Indic sentence (`… बजे होगी।`) are its verb, not a name.
        let danda = {
            let k = end + t[end..].iter().take_while(|&&b| b == b' ').count();
            ["।", "॥"].iter().any(|p| t[k..].starts_with(p.as_bytes()))
                || ["।", "॥"].iter().any(|p| t[..end].ends_with(p.as_bytes()))
        };
        if danda && !known {
            return None;
        }
        (known || (m >= 2 && long_enough && !(closes_sentence && m >= 3))).then_some(end)
    }

    /// A name starting at `s` (a word start), found without context.
    pub fn pair_at(&self, t: &[u8], s: usize) -> Option<(usize, usize, &'static str)> {
        if letter_before(t, s) {
            return None;
        }
        let (e0, k0) = word_at(t, s)?;
        if k0 == Word::Han {
            return self
                .han_pair(t, s, e0)
                .map(|(a, b)| (a, b, "name_dictionary"));
        }
        if !matches!(k0, Word::Cap | Word::Caseless) {
            return None;
        }
        if k0 == Word::Caseless {
            if let Some(end) = self.hangul_name(t, s, e0, false) {
                return Some((s, end, "name_dictionary"));
            }
        }
        let mut spans = [(0, 0, Word::Cap); 6];
        let n = self.words_in(t, s, 5, &mut spans, true, true);
        if k0 == Word::Caseless {
            if let Some(end) = self.caseless_among_latin(t, s, &spans, n) {
                return Some((s, end, "name_dictionary"));
            }
        }
        if n == 1 {
            // `"reviewer": "Muñoz, Irene"`: a quoted family name, a comma, a known given name.
            if let Some(end) = self.inverted_in_quotes(t, s, spans[0].1) {
                return Some((s, end, "name_dictionary"));
            }
            // A known given name alone, followed by what people do (`Donna said the
            // legacy admin…`, `Mirosław wrote:`).
            let w0 = &t[spans[0].0..spans[0].1];
            let end = spans[0].1;
            // Not the last word of a longer name (`Los Angeles reported`, `New York said`).
            let prev_len = if s >= 2 && t[s - 1] == b' ' {
                run_back_letters(t, s - 1)
            } else {
                0
            };
            // An everyday word that opens the sentence is no part of a name (`Thanked
            // Ridwan and Anders`; `in New York reported` stays a place).
            let ps = s.saturating_sub(1 + prev_len);
            let prev_cap = prev_len > 0
                && char_at(t, ps).is_some_and(|(c, _)| c.is_uppercase())
                && !(self.is_common(&t[ps..s - 1]) && sentence_start(t, ps));
            let acts = !prev_cap
                && spans[0].2 == Word::Cap
                && self.is_first_inflected(w0)
                && !self.ambiguous.contains(w0)
                && !self.is_common(w0)
                && !self.not_names.contains(w0)
                && (person_verb_after(t, end)
                    || mid_sentence_alone(t, s, end)
                    || signature_alone(t, s, end))
                && !after_place_word(t, s);
            // Two people named together (`Khoa and Jorge are bringing food`), or a list of
            // people (`a chore chart for Georgia, Nurlan, Reggie and Todd`).
            let together = !prev_cap
                && spans[0].2 == Word::Cap
                && (self.two_people(t, s, end) || self.in_name_list(t, s, end));
            // What belongs to someone (`Roksana's laptop`, `Shoaib's visa got approved`).
            let owner = !prev_cap
                && spans[0].2 == Word::Cap
                && match possession_after(t, end) {
                    Some(true) => true,
                    Some(false) => self.first.contains(w0),
                    None => false,
                }
                && self.can_be_name(w0)
                && !self.ambiguous.contains(w0);
            return (acts || together || owner).then_some((s, end, "name_dictionary"));
        }
        // A run of a script without case ends at its first function word (`علاء الدين في
        // خمس جمل`: the name, then "in five sentences").
        let n = if k0 == Word::Caseless {
            (1..n)
                .find(|&k| caseless_stopword(&t[spans[k].0..spans[k].1]))
                .unwrap_or(n)
        } else {
            n
        };
        if n < 2 {
            return None;
        }
        // A title in title case (`Rose Gold Finish Options`, `Grace Period And Late
        // Fees`): a third or later word that is an everyday word and no name.
        if k0 == Word::Cap
            && (2..n).any(|k| {
                let w = &t[spans[k].0..spans[k].1];
                spans[k].2 == Word::Cap && w.len() >= 4 && self.is_common(w) && !self.is_name(w)
            })
        {
            return None;
        }
        // A street, a place or a hotel (`Calle Serrano`, `Rue Victor Hugo`).
        if opens_place_name(&t[spans[0].0..spans[0].1]) {
            return None;
        }
        // `Paul Smith`, `Tim Hortons`, `Ho Chi Minh City`: a brand or place, no one.
        if in_eponym(t, s, &spans, n) {
            return None;
        }
        // `Terra Ceramic Mug`, `Orbit Wireless Mouse`, `Aero Steel Water Bottle`: a
        // product, however much its brand sounds like a given name.
        if (1..n).any(|k| product_word(&t[spans[k].0..spans[k].1])) {
            return None;
        }
        // `San Luis Obispo`, `Fort Lauderdale`: a place that opens with a saint or a fort;
        // `Marie Curie Hospice`, `Johns Hopkins Hospital`, `Vasco da Gama Bridge`: what
        // is named after someone.
        if place_word_before(t, s)
            || named_after_someone(t, spans[n - 1].1)
            || place_closes_name(&t[spans[n - 1].0..spans[n - 1].1])
        {
            return None;
        }
        let w = |k: usize| &t[spans[k].0..spans[k].1];
        let w0 = w(0);
        // The second real name word (skipping particles and initials).
        let k1 = (1..n).find(|&k| matches!(spans[k].2, Word::Cap | Word::Caseless))?;
        let w1 = w(k1);
        if self.not_given.contains(w0) {
            return None;
        }
        let ok = if k0 == Word::Caseless {
            spans[k1].2 == Word::Caseless && self.is_name(w0) && self.is_name(w1)
        } else if self.is_first(w0) {
            let ambiguous = self.ambiguous.contains(w0);
            let known1 = self.last.contains(w1) || self.first.contains(w1);
            // A given name known only from the world list, or a second word that is an
            // everyday word (`Miro Board`, `Temporal Cloud`), needs a known family name.
            let core = self.core_first.contains(w0)
                || w0
                    .iter()
                    .position(|&b| b == b'-')
                    .is_some_and(|p| self.core_first.contains(&w0[..p]));
            // A particle between them says name (`Hugo de la Tour`).
            let everyday = self.is_common(w1) && !(1..k1).any(|k| spans[k].2 == Word::Particle);
            if known1 {
                !everyday || !ambiguous && core
            } else {
                !ambiguous && core && !everyday
            }
        } else if n == 2
            && spans[1].2 == Word::Cap
            && self.is_first_inflected(w0)
            && slavic_surname(w1)
        {
            // A given name and an adjectival family name, inflected together
            // (`Agnieszce Zielińskiej`, `Grzegorza Wiśniewskiego`, `Анне Соколовой`).
            true
        } else if self.last.contains(w0)
            && !self.first.contains(w0)
            && self.first.contains(w1)
            && !self.ambiguous.contains(w0)
            && !self.ambiguous.contains(w1)
            && w0.len() >= 4
        {
            // Family name first (`Nguyễn Thị Minh`, `Kovács Anna`), both known.
            true
        } else {
            // An unknown given name before a known family name (`Oluwadamilare Adeyemi`,
            // `Thandiwe Mahlangu`): the family name must be distinctive, the first word
            // no product, place or everyday word.
            n == 2
                && spans[1].2 == Word::Cap
                && self.last.contains(w1)
                && !self.first.contains(w1)
                && !self.ambiguous.contains(w1)
                && !self.is_common(w1)
                && !self.is_common(w0)
                && w1.len() >= 5
                && w0.len() >= 3
                && !self.not_names.contains(w0)
                && !self.not_given.contains(w0)
                && w0.iter().skip(1).all(|b| !b.is_ascii_uppercase())
        };
        let end = spans[n - 1].1;
        // Two or more capitalised words that are not everyday words, followed by
        // what people do (`Adaeze Okonkwo wrote:`, `Kwabena Asante said`).
        let acts = !ok
            && n >= 2
            && (0..n).all(|k| spans[k].2 == Word::Particle || !self.is_common(w(k)))
            && !(0..n).any(|k| self.not_names.contains(w(k)))
            && person_verb_after(t, end)
            && !after_place_word(t, s);
        if !ok && !acts {
            // Nothing decided it: the name model may (`Amarachi Achebe`).
            if self.model_candidate(t, s, &spans, n) && self.model_says_name(t, &spans, n) {
                return Some((s, end, "name_model"));
            }
            return None;
        }
        Some((s, end, "name_dictionary"))
    }

    /// `张伟`, `佐藤 健`, `佐藤健さん`.
    fn han_pair(&self, t: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
        // Family name, a space (or an ideographic one), given name: `佐藤 健`, `森　蓮`.
        let gap = if at(t, e) == b' ' {
            1
        } else if t[e..].starts_with("\u{3000}".as_bytes()) {
            3
        } else {
            0
        };
        if gap > 0 && self.last.contains(&t[s..e]) {
            if let Some((e2, Word::Han)) = word_at(t, e + gap) {
                let g = &t[e + gap..e2];
                let given_chars = (1..=2).contains(&han_len(g))
                    && std::str::from_utf8(g)
                        .is_ok_and(|g| g.chars().all(|c| self.given_han.contains(&c)));
                if self.first.contains(g) || given_chars {
                    return Some((s, e2));
                }
            }
        }
        if let Some(end) = self.han_name(t, s, e, false) {
            return Some((s, end));
        }
        // Family name in kanji, given name in kana, then an honorific: `佐藤あすか様`.
        if self.last.contains(&t[s..e]) {
            let mut k = e;
            let mut n = 0;
            while let Some((c, l)) = char_at(t, k) {
                if !matches!(c as u32, 0x3041..=0x30FF) || n == 5 {
                    break;
                }
                k += l;
                n += 1;
            }
            let honorific = CJK_HONORIFICS
                .iter()
                .any(|h| t[k..].starts_with(h.as_bytes()));
            if (2..=4).contains(&n) && honorific {
                return Some((s, k));
            }
        }
        // Family name in kanji, given name in katakana (`加藤リナ`, `中村 ショウタ`), or
        // in hiragana ending where the run of kana ends (`斎藤ゆうと`, `山田　りく`).
        if self.last.contains(&t[s..e]) && han_len(&t[s..e]) <= 3 {
            let k0 = e + gap;
            let kana = |c: char, kata: bool| {
                if kata {
                    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC)
                } else {
                    matches!(c as u32, 0x3041..=0x3096)
                }
            };
            if let Some((c0, _)) = char_at(t, k0) {
                let kata = matches!(c0 as u32, 0x30A1..=0x30FA);
                let mut k = k0;
                let mut n = 0;
                while let Some((c, l)) = char_at(t, k) {
                    if !kana(c, kata) || n == 6 {
                        break;
                    }
                    k += l;
                    n += 1;
                }
                let ends = match char_at(t, k) {
                    None => true,
                    Some((c, _)) => {
                        !c.is_alphanumeric() || c.is_ascii() || (kata && !kana(c, true))
                    }
                };
                if (2..=4).contains(&n) && ends && (kata || gap > 0 || !letter_before(t, s)) {
                    return Some((s, k));
                }
            }
        }
        // Alone among other scripts (`Make a seating chart: 唐宇轩, 曹晓东 and …`,
        // `- 結衣 is out`): a family name and given-name characters, a known given name
        // of two characters or more, or a family name of two characters or more.
        let ascii_around = (s == 0 || t[s - 1].is_ascii()) && (e == t.len() || t[e].is_ascii());
        if ascii_around && s > 0 {
            let w = &t[s..e];
            let n = han_len(w);
            let given_chars = |g: &[u8]| {
                std::str::from_utf8(g)
                    .is_ok_and(|g| !g.is_empty() && g.chars().all(|c| self.given_han.contains(&c)))
            };
            let fam_given = (2..=3).contains(&n)
                && (1..n).any(|f| {
                    let fam = han_prefix(w, f);
                    self.last.contains(fam) && given_chars(&w[fam.len()..])
                });
            let known = (2..=3).contains(&n) && (self.first.contains(w) || self.last.contains(w));
            if fam_given || known {
                return Some((s, e));
            }
        }
        None
    }

    /// Names after a context phrase ending at `e`.
    pub fn after_context(&self, t: &[u8], e: usize, strong: bool, out: &mut Out) {
        self.after_cue(t, e, if strong { Cue::Strong } else { Cue::Weak }, out);
    }

    /// A name after a greeting: a known name, or one capitalised word that
    /// closes the phrase (`Hi Takumi,`, `Hello Adaeze!`).
    pub fn after_greeting(&self, t: &[u8], e: usize, out: &mut Out) {
        self.after_cue(t, e, Cue::Greeting, out);
    }

    /// A known given name after someone says who they are (`it's Johan`, `hier ist
    /// Cédric`) or a log says who acted (`by=Justine`).
    pub fn after_intro(&self, t: &[u8], e: usize, out: &mut Out) {
        self.after_cue(t, e, Cue::Intro, out);
    }

    /// What a weak person cue accepts after it (`spans` are the capitalised words): a
    /// known given name, a known name of two words or more, or two or more words that
    /// are no everyday, product or place words.
    fn weak_accepts(&self, t: &[u8], spans: &[(usize, usize, Word)]) -> bool {
        let n = spans.len();
        let w0 = &t[spans[0].0..spans[0].1];
        self.is_first(w0)
            || (self.is_name(w0) && n >= 2)
            || (n >= 2
                && spans.iter().all(|&(a, b, k)| {
                    let w = &t[a..b];
                    k == Word::Particle || self.can_be_name(w)
                }))
    }

    /// A name after someone introduces themself (`I'm Gurpreet.`, `Hola, soy Morag.`,
    /// `LG Jördis⏎`): a known given name, or capitalised words that close the phrase and
    /// are no everyday or product words (`I'm Italian` still is no one's name).
    pub fn after_self_intro(&self, t: &[u8], e: usize, out: &mut Out) {
        self.after_cue(t, e, Cue::SelfIntro, out);
    }

    fn after_cue(&self, t: &[u8], e: usize, cue: Cue, out: &mut Out) {
        let mut i = e;
        let mut skipped = 0;
        // Quotes may be escaped as deep as JSON nests (`"beneficiary\\": \\"Şeyma Ünal`).
        while i < t.len()
            && skipped < 4
            && matches!(
                t[i],
                b' ' | b',' | b':' | b'\n' | b'\r' | b'\t' | b'-' | b'"' | b'\'' | b'\\'
            )
        {
            if t[i] == b'\\' {
                // An escaped line break is read below.
                if super::util::newline_len(t, i) > 0 {
                    break;
                }
            } else {
                skipped += 1;
            }
            i += 1;
        }
        // Escaped newline inside JSON (`Best,\nAdaeze`, also `\\n`).
        i += super::util::newline_len(t, i);
        while at(t, i) == b' ' {
            i += 1;
        }
        // Titles after the cue: `Dear Dr. Okafor`.
        for title in [
            "Dr. med. ",
            "med. ",
            "Mr. ",
            "Mrs. ",
            "Ms. ",
            "Dr. ",
            "Prof. ",
            "Mr ",
            "Mrs ",
            "Ms ",
            "Dr ",
        ] {
            if t[i..].starts_with(title.as_bytes()) {
                i += title.len();
                break;
            }
        }
        // After a greeting, the kinship word Vietnamese and Thai address people with
        // (`Xin chào chị Lan`, `Sawasdee khun Somchai`), before a capitalised name.
        if cue == Cue::Greeting {
            for word in [
                "anh ", "chị ", "em ", "cô ", "chú ", "bác ", "ông ", "bà ", "khun ",
            ] {
                let w = word.as_bytes();
                if t.len() > i + w.len()
                    && t[i..i + w.len()].eq_ignore_ascii_case(w)
                    && at(t, i + w.len()).is_ascii_uppercase()
                {
                    i += w.len();
                    break;
                }
            }
        }
        let s = i;
        // `caller sure its ewan davies born …`: a voice transcript in lower case names
        // the caller after the same cues.
        if cue == Cue::Intro && at(t, s).is_ascii_lowercase() {
            // A caller greeting in lower case names themselves (`yeah hi it's padmavathi
            // dhillon`): two or three words no dictionary knows, after `hi it's`.
            let greeted = [&b"hi it's "[..], b"hi its ", b"hello it's ", b"hey it's "]
                .iter()
                .any(|g| t[..s].ends_with(g));
            if let Some(end) = self.lower_case_name(t, s).or_else(|| {
                greeted
                    .then(|| self.lower_case_unknown_name(t, s))
                    .flatten()
            }) {
                out.push((EntityKind::Person, "name_greeting", s, end));
            }
            return;
        }
        // `ask kwame tetteh if …`, `tell szymon górski to …`: after an addressing word, two
        // or three lower-case words no list calls everyday, then what is asked of them.
        let asked = [
            &b"ask"[..],
            b"tell",
            b"ping",
            b"remind",
            b"notify",
            b"drove",
        ]
        .iter()
        .any(|w| {
            e >= w.len()
                && t[e - w.len()..e].eq_ignore_ascii_case(w)
                && !super::util::letter_before(t, e - w.len())
        });
        if cue == Cue::Weak && asked && at(t, s).is_ascii_lowercase() {
            let asks = |end: usize| {
                let next = &t[end..t.len().min(end + 10)];
                [&b" if "[..], b" to ", b" whether ", b" about ", b" that "]
                    .iter()
                    .any(|w| next.starts_with(w))
            };
            if let Some(end) = self.lower_case_unknown_name(t, s) {
                if asks(end) {
                    out.push((EntityKind::Person, "name_context", s, end));
                    return;
                }
            }
            // `tell elijah to save me a seat`: one known given name, typed in lower case,
            // that is no everyday word (`ask bill to`, `tell grace to` stay).
            let e0 = lower_word_end(t, s, false);
            if e0 > s && asks(e0) && self.lower_case_is_rare(&t[s..e0]) {
                let mut cap = t[s..e0].to_vec();
                cap[0] = cap[0].to_ascii_uppercase();
                if self.core_first.contains(cap.as_slice()) {
                    out.push((EntityKind::Person, "name_context", s, e0));
                    return;
                }
            }
        }
        if cue == Cue::Strong {
            // `Reporter: lucia.fernandez`: a handle made of the person's names, whole.
            if let Some(end) = self.handle(t, s) {
                out.push((EntityKind::Person, "name_context", s, end));
                return;
            }
            if let Some(end) = self.capitalised_surname_first(t, s) {
                out.push((EntityKind::Person, "name_context", s, end));
                return;
            }
            // After a salutation (`cara`, `caro`, `querido`), unknown words in lower case are
            // as likely the sentence going on (Indonesian `cara mengganti kata sandi`, how to
            // change the password): only a known given name is taken.
            let salutation = [
                "cara", "caro", "querido", "querida", "cher", "chère", "gentile", "prezado",
                "prezada",
            ]
            .iter()
            .any(|w| {
                e >= w.len()
                    && t[e - w.len()..e].eq_ignore_ascii_case(w.as_bytes())
                    && !super::util::letter_before(t, e - w.len())
            });
            if let Some(end) = self.lower_case_name(t, s).or_else(|| {
                (!salutation)
                    .then(|| self.lower_case_unknown_name(t, s))
                    .flatten()
            }) {
                out.push((EntityKind::Person, "name_context", s, end));
                return;
            }
        }
        let Some((e0, k0)) = word_at(t, s) else {
            return;
        };
        let rule = match cue {
            Cue::Strong => "name_context",
            Cue::Weak | Cue::Greeting | Cue::Intro | Cue::SelfIntro => "name_greeting",
        };
        if k0 == Word::Caseless {
            if let Some(end) = self.hangul_name(t, s, e0, true) {
                out.push((EntityKind::Person, "name_context", s, end));
                return;
            }
        }
        if k0 == Word::Han {
            let strong = cue == Cue::Strong;
            let closes = closes_phrase(t, e0);
            if cue == Cue::Greeting && closes && (1..=4).contains(&han_len(&t[s..e0])) {
                out.push((EntityKind::Person, "name_greeting", s, e0));
                return;
            }
            if let Some(end) = self.han_name(t, s, e0, strong) {
                out.push((EntityKind::Person, rule, s, end));
            } else if strong && han_len(&t[s..e0]) > 4 {
                // `我叫张伟今年…`: family name and up to two characters.
                let w = &t[s..e0];
                if self.last.contains(han_prefix(w, 1)) {
                    out.push((EntityKind::Person, rule, s, s + han_prefix(w, 3).len()));
                }
            }
            return;
        }
        // `This is Vasquez, Marcus writing`, `It is Verma, Arjun again`: family name, a
        // comma and a known given name, then what closes a self-introduction.
        if cue != Cue::Strong && k0 == Word::Cap && t[e0..].starts_with(b", ") {
            if let Some((e1, Word::Cap)) = word_at(t, e0 + 2) {
                if self.is_first(&t[e0 + 2..e1])
                    && self.can_be_name(&t[s..e0])
                    && self_intro_closes(t, e1)
                {
                    out.push((EntityKind::Person, "name_greeting", s, e1));
                    return;
                }
            }
        }
        let mut spans = [(0, 0, Word::Cap); 6];
        let max = if cue == Cue::Strong { 4 } else { 3 };
        let n = self.words(t, s, max, &mut spans);
        // Leading particles only after a strong cue: `Dear Ms. van der Berg`.
        if n == 0 || (matches!(spans[0].2, Word::Particle) && cue != Cue::Strong) {
            return;
        }
        let w0 = &t[spans[0].0..spans[0].1];
        // Senders and signatures that are teams, not people (`From: Ops Notifications`,
        // `Best,⏎Accounts Receivable`, `— The Billing Team`).
        if (0..n).any(|k| sender_not_person(&t[spans[k].0..spans[k].1])) {
            return;
        }
        let known = self.is_name(w0);
        let accept = match cue {
            Cue::Strong => true,
            Cue::Weak | Cue::SelfIntro if self.weak_accepts(t, &spans[..n]) => true,
            // `ask Setareh whether…`, `drove Murugan to the airport`: one or two words no
            // list calls everyday, after an addressing verb, then what is asked of them.
            Cue::Weak => {
                asked
                    && n <= 2
                    && (0..n).all(|k| {
                        let w = &t[spans[k].0..spans[k].1];
                        spans[k].2 == Word::Cap
                            && self.can_be_name(w)
                            && !self.ambiguous.contains(w)
                    })
                    && {
                        // Tools are asked to do things too (`ask Copilot to fix it`): `to`
                        // only where someone is driven somewhere.
                        let next = &t[spans[n - 1].1..];
                        [&b" if "[..], b" whether ", b" about "]
                            .iter()
                            .any(|x| next.starts_with(x))
                            || (next.starts_with(b" to ") && t[..e].ends_with(b"drove"))
                    }
            }
            // In a script without capitals, an unknown word after a greeting is a name
            // when addressed (`שלום דני,`, `مرحبا أحمد،`) or introduced (`안녕하세요,
            // 오정숙입니다.`), not when a sentence ends on it: `ありがとうございます。`,
            // `תודה, רשמתי.` are replies.
            Cue::Greeting => {
                known
                    || if spans[0].2 == Word::Caseless
                        && !t[..e]
                            .iter()
                            .rev()
                            .find(|b| !matches!(b, b' ' | b',' | b'!' | b'\t'))
                            .is_some_and(u8::is_ascii_alphabetic)
                    {
                        // (After a greeting in Latin letters, a word of another script
                        // is a name: `Thanks குமார்.`)
                        let (ws, end) = (spans[n - 1].0, spans[n - 1].1);
                        closes_address(t, end)
                            || ["입니다", "이에요", "예요", "です", "と申します"]
                                .iter()
                                .any(|c| {
                                    t[end..].starts_with(c.as_bytes())
                                        || (t[ws..end].ends_with(c.as_bytes())
                                            && end - ws > c.len() + 3)
                                })
                    } else {
                        closes_phrase(t, spans[n - 1].1)
                    }
            }
            Cue::Intro => self.is_first(w0),
            Cue::SelfIntro => {
                self.is_first(w0)
                    || (closes_phrase(t, spans[n - 1].1)
                        && (0..n).all(|k| {
                            let w = &t[spans[k].0..spans[k].1];
                            spans[k].2 == Word::Cap && self.can_be_name(w)
                        }))
            }
        };
        // `Dr. Pepper`, `Mr. Bean`: a title and a brand.
        let end0 = spans[n - 1].1;
        if (3..=5).any(|b| e >= b && eponym(&t[e - b..end0])) {
            return;
        }
        if accept {
            let end = spans[n - 1].1;
            let end = if cue == Cue::Strong {
                self.capitalised_surname_after(t, end)
            } else {
                // `This is Ji-hoon Park writing`: a family name that is also a word, when
                // what closes a self-introduction follows it.
                match (at(t, end) == b' ').then(|| word_at(t, end + 1)).flatten() {
                    Some((e1, Word::Cap)) if e1 - end <= 16 && self_intro_closes(t, e1) => e1,
                    _ => end,
                }
            };
            out.push((EntityKind::Person, rule, s, end));
        }
    }

    /// `"name": "Ngozi Okafor"`, `full_name=Ana Souza`, `Name: 张伟`.
    /// Names said before a self-introduction that follows them: Japanese `悠真と申します`,
    /// `Chihiroと申します`, Korean `현우라고 합니다`; with `です` / `입니다` (which follow
    /// any noun) only a known name at the start of its clause (`美咲です。`).
    pub fn before_intro_suffix(&self, t: &[u8], out: &mut Out) {
        const SUFFIXES: &[(&str, bool)] = &[
            ("と申します", true),
            ("と申し", true),
            ("といいます", true),
            ("と言います", true),
            ("라고 합니다", true),
            ("이라고 합니다", true),
            ("라고 해요", true),
            ("이라고 해요", true),
            ("です。", false),
            ("です、", false),
            ("입니다", false),
        ];
        // Kana and Hangul are written with lead bytes from 0xE3 up.
        if !t.iter().any(|&b| b >= 0xe3) {
            return;
        }
        static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
            std::sync::OnceLock::new();
        let Some(ac) =
            AC.get_or_init(|| aho_corasick::AhoCorasick::new(SUFFIXES.iter().map(|s| s.0)).ok())
        else {
            return;
        };
        let Ok(text) = std::str::from_utf8(t) else {
            return;
        };
        for m in ac.find_iter(t) {
            let (at, strong) = (m.start(), SUFFIXES[m.pattern().as_usize()].1);
            {
                let before = &text[..at];
                let Some(last) = before.chars().next_back() else {
                    continue;
                };
                let class = |c: char| -> u8 {
                    if c.is_alphabetic() && c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) {
                        1
                    } else if is_han(c) {
                        2
                    } else if ('\u{30A0}'..='\u{30FF}').contains(&c) {
                        3
                    } else if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
                        4
                    } else {
                        0
                    }
                };
                let cls = class(last);
                if cls == 0 {
                    continue;
                }
                let run: usize = before
                    .chars()
                    .rev()
                    .take_while(|&c| class(c) == cls)
                    .take(16)
                    .map(char::len_utf8)
                    .sum();
                let start = at - run;
                let chars = text[start..at].chars().count();
                let opens = text[..start].chars().next_back().is_none_or(|c| {
                    matches!(
                        c,
                        '。' | '、'
                            | '，'
                            | '.'
                            | ','
                            | '!'
                            | '?'
                            | '！'
                            | '？'
                            | ' '
                            | '\n'
                            | '「'
                            | ':'
                            | '：'
                            | '"'
                    ) || (cls != 2 && cls != 3 && class(c) == 0)
                        || (cls == 1 && class(c) != 1)
                });
                let word = &t[start..at];
                let known = self.first.contains(word) || self.last.contains(word);
                let ok = if strong {
                    (1..=12).contains(&chars)
                } else {
                    opens && known && (1..=8).contains(&chars)
                };
                if ok {
                    out.push((EntityKind::Person, "name_self_intro", start, at));
                }
            }
        }
    }

    pub fn field_value(&self, t: &[u8], s: usize, e: usize, out: &mut Out) {
        // `"name": "…"`, also escaped once or more inside JSON strings (`\\\"name\\\": …`);
        // `name=…` and `Nachname: …` carry their separator in the keyword.
        let mut i = e;
        if !matches!(t[e - 1], b':' | b'=' | b'>') {
            i = super::util::skip_quote(t, e);
            // A bracketed label (`[姓名] Han Min`), or one that aligns its value in a
            // column (`Full name             Rana Nasr`).
            let bracketed = super::util::bracketed_label(t, s, i);
            if bracketed {
                i += 1;
            }
            let aligned = super::util::aligned_value(t, s, i);
            while at(t, i) == b' ' || at(t, i) == b'\t' {
                i += 1;
            }
            // A form's dot leaders (`Full name............. Yohannes Tesfaye`, `Apellidos
            // . . . Arango` as OCR reads them) separate like a colon; so does the end of
            // an HTML table's cell (`<td>Full name</td><td>R. Wilson</td>`).
            let leader = t[i..]
                .iter()
                .take(64)
                .take_while(|&&b| b == b'.' || b == b' ')
                .count();
            let dots = t[i..i + leader].iter().filter(|&&b| b == b'.').count();
            let cell = [&b"</td><td>"[..], b"</th><td>", b"</td> <td>"]
                .iter()
                .find(|c| t[i..].starts_with(c))
                .map(|c| c.len());
            if dots >= 3 {
                i += leader;
                if at(t, i) == b':' {
                    i += 1;
                }
            } else if let Some(n) = cell {
                i += n;
            } else if matches!(at(t, i), b':' | b'=') {
                i += 1;
            } else if !(bracketed || aligned) {
                return;
            }
        }
        while at(t, i) == b' ' {
            i += 1;
        }
        // A list of names: `"attendees": ["Đỗ Nhật Vinh", "Võ Thanh Trang"]`, also escaped.
        if at(t, i) == b'[' {
            let mut k = i + 1;
            for _ in 0..12 {
                k = super::util::skip_spaces(t, k, 4);
                let vs = super::util::skip_quote(t, k);
                if vs == k {
                    return;
                }
                self.field_item(t, vs, out);
                // On to the next item: past the closing quote and the comma.
                let Some(q) = memchr::memchr2(b'"', b'\'', &t[vs..t.len().min(vs + 120)]) else {
                    return;
                };
                let mut n = vs + q + 1;
                n = super::util::skip_spaces(t, n, 4);
                if at(t, n) != b',' {
                    return;
                }
                k = n + 1;
            }
            return;
        }
        i = super::util::skip_quote(t, i);
        let key = t[s..e].strip_prefix(b"<").unwrap_or(&t[s..e]);
        // `Given:` also opens `Given: a list of integers`: it vouches like `name`.
        let generic = (key.len() >= 4 && key[..4].eq_ignore_ascii_case(b"name"))
            || key.eq_ignore_ascii_case(b"given:");
        // Written in capitals, as forms, cards and OCR'd documents do (`SETH LE`,
        // `BRUDER, NECATI`, `ANA CECÍLIA RIBEIRO`); one word alone under a bare `name`
        // when a list knows it (`NAME: BRENNAN`).
        if let Some((end, n)) = self.caps_name(t, i) {
            let full = self.inverted_given(t, end, n);
            let known = n == 1 && {
                let w = String::from_utf8_lossy(&t[i..end]).to_lowercase();
                let mut c = w.chars();
                c.next().is_some_and(|f| {
                    let title: String = f.to_uppercase().chain(c).collect();
                    self.is_name(title.as_bytes()) && !self.is_common(title.as_bytes())
                })
            };
            if !generic || n >= 2 || full > end || known {
                out.push((EntityKind::Person, "name_field", i, full));
            }
            return;
        }
        if let Some(end) = self.capitalised_surname_first(t, i) {
            out.push((EntityKind::Person, "name_field", i, end));
            return;
        }
        if let Some(end) = self.lower_case_field_value(t, i) {
            out.push((EntityKind::Person, "name_field", i, end));
            return;
        }
        let Some((e0, k0)) = word_at(t, i) else {
            return;
        };
        if k0 == Word::Han {
            if let Some(end) = self.han_name(t, i, e0, true) {
                out.push((EntityKind::Person, "name_field", i, end));
            }
            return;
        }
        // A key that can only hold a person's name (`first_name`, `Nachname`, `holder`)
        // vouches for one capitalised word; a bare `name` (of a service, a product, a
        // file…) for two or more that are no organisation.
        if at(t, i).is_ascii_lowercase() {
            return;
        }
        let mut spans = [(0, 0, Word::Cap); 6];
        let n = self.words_in(t, i, 4, &mut spans, false, false);
        if n == 0 {
            return;
        }
        let known = (0..n).any(|k| self.is_name(&t[spans[k].0..spans[k].1]));
        // An initial opens a name when a family name follows it (`L. Al-Qahtani`).
        let initial_first = n >= 2
            && spans[0].2 == Word::Initial
            && spans[n - 1].2 == Word::Cap
            && !self.is_common(&t[spans[n - 1].0..spans[n - 1].1]);
        let words_ok = (0..n).all(|k| spans[k].2 != Word::Initial || k > 0 || initial_first)
            && !(0..n).any(|k| not_a_person(&t[spans[k].0..spans[k].1]));
        // Everyday words under a bare `name` name a thing (`Quarterly Report`).
        let everyday = (0..n).all(|k| self.is_common(&t[spans[k].0..spans[k].1]));
        let vouched = words_ok && if generic { n >= 2 && !everyday } else { n >= 1 };
        if known || spans[0].2 == Word::Caseless || vouched {
            let end = self.capitalised_surname_after(t, spans[n - 1].1);
            out.push((
                EntityKind::Person,
                "name_field",
                i,
                self.inverted_given(t, end, n),
            ));
        }
    }

    /// One to four words in capitals at `i` (`SETH LE`, `VŨ KHÁNH LINH`), none of them
    /// an everyday word (`NOT APPLICABLE`): their end and how many.
    fn caps_name(&self, t: &[u8], i: usize) -> Option<(usize, usize)> {
        let mut end = i;
        let mut n = 0;
        let mut k = i;
        while n < 4 {
            let Some(ce) = caps_word(t, k) else { break };
            let w = &t[k..ce];
            // `WHITE`, `YOUNG` are everyday words and family names.
            let mut cap = w.to_ascii_lowercase();
            if let Some(c) = cap.first_mut() {
                *c = c.to_ascii_uppercase();
            }
            let known = n > 0 && self.is_name(&cap);
            if (self.is_common(w) && !known) || not_a_person(&w.to_ascii_lowercase()) {
                return None;
            }
            n += 1;
            end = ce;
            if at(t, ce) == b' ' && !matches!(at(t, ce + 1), b' ' | b'-') {
                k = ce + 1;
            } else {
                break;
            }
        }
        // The next word must not go on in lower case (`SQL Server`); a capitalised one
        // after them is `JONES Kevin` (see `capitalised_surname_first`).
        let cap_next = at(t, end) == b' ' && matches!(word_at(t, end + 1), Some((_, Word::Cap)));
        (n > 0 && !letter_after(t, end) && !cap_next).then_some((end, n))
    }

    /// A family name written first and the given names after a comma, in a field
    /// (`Carter, Antony`, `BRUDER, NECATI   Sex: M`, `Tamayo, Humberto, fecha…`): the
    /// end of the given names when one or two words follow and the field ends there.
    fn inverted_given(&self, t: &[u8], end: usize, words: usize) -> usize {
        if words > 2 || at(t, end) != b',' || at(t, end + 1) != b' ' {
            return end;
        }
        let p = end + 2;
        let mut spans = [(0, 0, Word::Cap); 6];
        let e2 = if let Some((ce, _)) = self.caps_name(t, p).filter(|&(_, m)| m <= 2) {
            ce
        } else {
            let m = self.words_in(t, p, 2, &mut spans, true, false);
            if m == 0 || spans[0].2 != Word::Cap {
                return end;
            }
            let w0 = &t[spans[0].0..spans[0].1];
            if self.is_common(w0) || not_a_person(&w0.to_ascii_lowercase()) {
                return end;
            }
            // Two words of a family name need a known given name after them.
            if words == 2 && !self.first.contains(w0) {
                return end;
            }
            spans[m - 1].1
        };
        let closes = matches!(
            at(t, e2),
            0 | b'\n' | b'\r' | b'"' | b'\'' | b'\\' | b',' | b';' | b'|' | b')' | b'\t'
        ) || e2 == t.len()
            || t[e2..].starts_with(b"  ")
            || t[e2..].starts_with(" —".as_bytes())
            || t[e2..].starts_with(b" - ")
            || t[e2..].starts_with(b" (");
        if closes {
            e2
        } else {
            end
        }
    }

    /// The display name before an address in angle brackets, ending at `lt` (the
    /// `<`): `Ebuka Uzor <ebuka@…>`, `"Amal Al-Najjar" <…>`, `From: María José <…>`.
    /// One to four capitalised words reaching the `<`, none of them a team's or an
    /// everyday word; one word alone only when it is a known given name.
    pub fn display_name(&self, t: &[u8], lt: usize, out: &mut Out) {
        if lt < 2 || t[lt - 1] != b' ' {
            return;
        }
        let mut e = lt - 1;
        if t[e - 1] == b'"' {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && e - s < 64 {
            let b = t[s - 1];
            if b.is_ascii_alphabetic() || b >= 0x80 || matches!(b, b' ' | b'-' | b'\'' | b'.') {
                s -= 1;
            } else {
                break;
            }
        }
        let mut spans = [(0, 0, Word::Cap); 6];
        let mut ws = s;
        while ws < e {
            if t[ws] != b' ' && (ws == s || t[ws - 1] == b' ') {
                let n = self.words(t, ws, 4, &mut spans);
                if n > 0 && spans[n - 1].1 == e {
                    let all_cap = (0..n).all(|k| matches!(spans[k].2, Word::Cap | Word::Particle));
                    let w0 = &t[spans[0].0..spans[0].1];
                    let plain = (0..n).all(|k| {
                        let w = &t[spans[k].0..spans[k].1];
                        spans[k].2 == Word::Particle
                            || (!sender_not_person(w) && self.can_be_name(w))
                    });
                    if all_cap && plain && (n >= 2 || self.is_first(w0)) {
                        out.push((EntityKind::Person, "name_display", spans[0].0, e));
                    }
                    return;
                }
            }
            ws += 1;
        }
    }

    /// `@Ngozi Okafor`, `@Takumi`: a mention that names a person.
    pub fn mention(&self, t: &[u8], i: usize, out: &mut Out) {
        if i >= 2 && (alnum(t[i - 2]) || t[i - 2] >= 0x80) {
            return;
        }
        // A documentation tag of code (`@param name`, `@return`, `@throws`).
        const DOC_TAGS: &[&str] = &[
            "param",
            "return",
            "returns",
            "throws",
            "throw",
            "see",
            "since",
            "deprecated",
            "type",
            "typedef",
            "example",
            "override",
            "inheritdoc",
            "link",
            "code",
            "value",
            "version",
            "property",
            "callback",
            "template",
            "todo",
            "fixme",
            "async",
            "private",
            "public",
            "protected",
            "static",
            "const",
            "default",
            "description",
            "summary",
        ];
        let we = i + t[i..]
            .iter()
            .take(16)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if DOC_TAGS
            .iter()
            .any(|d| t[i..we].eq_ignore_ascii_case(d.as_bytes()))
        {
            return;
        }
        if let Some((e0, Word::Han)) = word_at(t, i) {
            if let Some(end) = self.han_name(t, i, e0, true) {
                out.push((EntityKind::Person, "name_mention", i, end));
            }
            return;
        }
        if let Some(end) = self.handle(t, i).or_else(|| self.lower_handle(t, i)) {
            out.push((EntityKind::Person, "name_mention", i, end));
            return;
        }
        let mut spans = [(0, 0, Word::Cap); 6];
        let n = self.words(t, i, 3, &mut spans);
        if n == 0 {
            return;
        }
        if self.is_first(&t[spans[0].0..spans[0].1]) || spans[0].2 == Word::Caseless {
            out.push((EntityKind::Person, "name_mention", i, spans[n - 1].1));
        }
    }

    /// One lower-case handle made of a known given name (`@kelsey`), a given name and an
    /// initial (`@jamiep`) or an initial and a family name (`@dmartinez`). Returns its end.
    pub fn lower_handle(&self, t: &[u8], i: usize) -> Option<usize> {
        let e = i + t[i..].iter().take_while(|b| b.is_ascii_lowercase()).count();
        // Not a package scope or a path (`@babel/core`).
        if !(4..=20).contains(&(e - i))
            || alnum(at(t, e))
            || matches!(at(t, e), b'/' | b':')
            || (matches!(at(t, e), b'.' | b'_' | b'-' | b'@') && alnum(at(t, e + 1)))
        {
            return None;
        }
        let w = &t[i..e];
        let cap = |x: &[u8]| {
            let mut v = x.to_vec();
            v[0] = v[0].to_ascii_uppercase();
            v
        };
        let plain = |c: &[u8]| !self.ambiguous.contains(c) && !self.is_common(c);
        let given = |x: &[u8]| x.len() >= 3 && self.is_first(&cap(x)) && plain(&cap(x));
        let family = |x: &[u8]| x.len() >= 4 && self.is_name(&cap(x)) && plain(&cap(x));
        (given(w) || given(&w[..w.len() - 1]) || family(&w[1..])).then_some(e)
    }

    /// A handle made of a person's names (`@kenneth.owens`, `@seung-hyun.oh`,
    /// `@joan_arias`): two or three lower-case parts joined by `.`, `_` or `-`, one of
    /// them a known given or family name. Returns its end.
    fn handle(&self, t: &[u8], i: usize) -> Option<usize> {
        let mut parts: [(usize, usize); 4] = [(0, 0); 4];
        let mut n = 0;
        let mut k = i;
        while n < 4 {
            let e = k + t[k..].iter().take_while(|b| b.is_ascii_lowercase()).count();
            if e - k < 2 {
                return None;
            }
            parts[n] = (k, e);
            n += 1;
            if matches!(at(t, e), b'.' | b'_' | b'-') && at(t, e + 1).is_ascii_lowercase() {
                k = e + 1;
            } else {
                k = e;
                break;
            }
        }
        // No e-mail or domain goes on after it (`@example.com` is a domain's).
        if n < 2 || alnum(at(t, k)) || at(t, k) == b'@' {
            return None;
        }
        let known = parts[..n].iter().any(|&(a, b)| {
            let mut w = t[a..b].to_vec();
            w[0] = w[0].to_ascii_uppercase();
            self.is_name(&w) && !self.ambiguous.contains(w.as_slice()) && !self.is_common(&w)
        });
        let tld = {
            let (a, b) = parts[n - 1];
            matches!(
                &t[a..b],
                b"com" | b"org" | b"net" | b"io" | b"dev" | b"app" | b"co"
            )
        };
        (known && !tld).then_some(k)
    }

    /// A name joined by `and` to one found at `s..e` (`Khoa and Jorge are bringing
    /// food`, `Yétúndé Ìdòwú and Oláyínká are moving`, `Ana y Lucía`): the other
    /// side, when it is no everyday or product word and is a known name or, after
    /// the found one, what follows says they are people (`are`, `were`, `have`…).
    pub fn joined_to(&self, t: &[u8], s: usize, e: usize) -> [Option<(usize, usize)>; 2] {
        let plain = |w: &[u8]| self.can_be_name(w);
        let known = |w: &[u8]| self.is_name(w) && !self.ambiguous.contains(w);
        let mut after = None;
        if let Some(j) = JOINERS.iter().find(|j| t[e..].starts_with(j.as_bytes())) {
            let p = e + j.len();
            let mut spans = [(0, 0, Word::Cap); 6];
            let n = self.words_in(t, p, 3, &mut spans, true, false);
            let w = |k: usize| &t[spans[k].0..spans[k].1];
            if n > 0
                && (0..n).all(|k| spans[k].2 != Word::Cap || plain(w(k)))
                && spans[0].2 != Word::Particle
            {
                let end = spans[n - 1].1;
                let people = PLURAL_AFTER
                    .iter()
                    .any(|v| t[end..].starts_with(v.as_bytes()));
                if people || (0..n).any(|k| known(w(k))) {
                    after = Some((p, end));
                }
            }
        }
        let mut before = None;
        if let Some(j) = JOINERS
            .iter()
            .find(|j| s >= j.len() && t[..s].ends_with(j.as_bytes()))
        {
            let we = s - j.len();
            let ws = we - run_back_letters(t, we);
            let w = &t[ws..we];
            if ws < we
                && word_at(t, ws).is_some_and(|(x, k)| x == we && k == Word::Cap)
                && !letter_before(t, ws)
                && plain(w)
                && known(w)
            {
                before = Some((ws, we));
            }
        }
        [after, before]
    }

    /// Names listed beside the name at `s..e` (`Kopia: Saga, Linnea, Anders och Agnes`,
    /// `(adding Nino, Tamar and Levan)`, `En copie : Aurélien, Gaëtan Dubois-Marchal et
    /// Inès`): items of one to three capitalised words, none an everyday word, between the
    /// list's commas and its joiner. An item after a comma is taken when the list goes on
    /// after it; the item after the joiner when a comma stands in the list before it (two
    /// names joined alone are [`NameDict::joined_to`]'s); the items before the name when a
    /// list opens before them (`:`, `(`, a dash, `cc`, `adding`; see [`list_opener_before`]).
    /// The rest of a name written family name first around a found word (`Seen by:
    /// Papadopoulos, Mackenzie`, `Danke an Krüger, Maximilian`): a known given name after
    /// a found family name and its comma, or a known family name before a found given
    /// name and its comma, the name then closing its clause.
    pub fn inverted_rest(&self, t: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
        let one_word = !t[s..e].contains(&b' ');
        if !one_word {
            return None;
        }
        let closes = |p: usize| {
            p >= t.len()
                || matches!(
                    t[p],
                    b'.' | b',' | b')' | b'!' | b'?' | b'\n' | b'\r' | b'"' | b';' | b'<' | b'>'
                )
                || (t[p] == b'\\' && matches!(at(t, p + 1), b'n' | b'"'))
                || (t[p] == b' ' && at(t, p + 1).is_ascii_lowercase())
        };
        let cap_word_at = |p: usize| -> Option<usize> {
            let (c, _) = char_at(t, p)?;
            if !c.is_uppercase() {
                return None;
            }
            let mut q = p;
            while let Some((c, l)) = char_at(t, q) {
                if c.is_alphabetic() || c == '-' {
                    q += l;
                } else {
                    break;
                }
            }
            Some(q)
        };
        let word = &t[s..e];
        // Forward: `Papadopoulos, Mackenzie`.
        if t[e..].starts_with(b", ") && !self.is_first(word) {
            if let Some(q) = cap_word_at(e + 2) {
                let w = &t[e + 2..q];
                if self.is_first(w)
                    && !self.is_common(w)
                    && !self.ambiguous.contains(w)
                    && closes(q)
                {
                    return Some((e + 2, q));
                }
            }
        }
        // Backward: `Krüger, Maximilian`.
        if s >= 4 && t[..s].ends_with(b", ") && self.is_first(word) {
            let k = s - 2;
            let mut ws = k;
            while let Some((c, l)) = char_before(t, ws) {
                if c.is_alphabetic() || c == '-' {
                    ws -= l;
                } else {
                    break;
                }
            }
            let w = &t[ws..k];
            let opens = ws == 0 || matches!(t[ws - 1], b' ' | b'\n' | b'"' | b'(' | b':');
            if ws < k
                && opens
                && char_at(t, ws).is_some_and(|(c, _)| c.is_uppercase())
                && self.last.contains(w)
                && !self.is_first(w)
                && !self.is_common(w)
                && closes(e)
            {
                return Some((ws, k));
            }
        }
        None
    }

    /// A name spelled out letter by letter (`Hollis, that's h-o-l-l-i-s`, `se escribe
    /// E-X-P-Ó-S-I-T-O`): four or more single letters joined by hyphens, after a spelling
    /// word or right after a name found (`people`: the PERSON findings' spans).
    pub fn spelled_out(t: &[u8], people: &[(usize, usize)], out: &mut Vec<(usize, usize)>) {
        const CUES: &[&str] = &[
            "that's",
            "that is",
            "spelled",
            "spelt",
            "spelling",
            "spell",
            "se escribe",
            "s'écrit",
            "ça s'écrit",
            "buchstabiert",
            "geschrieben",
            "si scrive",
            "escreve-se",
            "se escreve",
        ];
        let mut from = 0;
        for i in memchr::memchr_iter(b'-', t) {
            if i < from || i == 0 {
                continue;
            }
            // The letter before the first hyphen, alone in its word.
            let Some((c, l)) = char_before(t, i) else {
                continue;
            };
            let s = i - l;
            if !c.is_alphabetic() || letter_before(t, s) {
                continue;
            }
            let mut k = i;
            let mut letters = 1;
            while at(t, k) == b'-' {
                match char_at(t, k + 1) {
                    Some((c, l)) if c.is_alphabetic() && !letter_after(t, k + 1 + l) => {
                        letters += 1;
                        k += 1 + l;
                    }
                    _ => break,
                }
            }
            from = k;
            if letters < 4 {
                continue;
            }
            let ls = memchr::memrchr(b'\n', &t[..s]).map_or(0, |p| p + 1);
            let before = &t[s.saturating_sub(40).max(ls)..s];
            let after_name = people.iter().any(|&(_, pe)| pe <= s && s - pe <= 12);
            if after_name || super::util::mentions_any(before, CUES) {
                out.push((s, k));
            }
        }
    }

    pub fn listed_with(&self, t: &[u8], s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
        let item = |p: usize| -> Option<usize> {
            let mut spans = [(0, 0, Word::Cap); 6];
            let n = self.words_in(t, p, 3, &mut spans, true, false);
            let ok = n > 0
                && spans[0].2 == Word::Cap
                && (0..n).all(|k| {
                    spans[k].2 != Word::Cap || self.can_be_name(&t[spans[k].0..spans[k].1])
                });
            ok.then(|| spans[n - 1].1)
        };
        let sep_at = |p: usize| -> Option<(usize, bool)> {
            if t[p..].starts_with(b", ") {
                return Some((2, true));
            }
            LIST_JOINERS
                .iter()
                .find(|j| t[p..].starts_with(j.as_bytes()))
                .map(|j| (j.len(), false))
        };
        let closes = |p: usize| {
            p >= t.len()
                || matches!(t[p], b'.' | b',' | b')' | b'!' | b'?' | b'\n' | b'"' | b';')
                || (t[p] == b'\\' && matches!(at(t, p + 1), b'n' | b'"'))
        };
        // Before: the items back to the list's opener.
        let mut before = Vec::new();
        let mut first = s;
        let mut opened = false;
        while first >= 2 && t[..first].ends_with(b", ") {
            let ie = first - 2;
            // The item's possible starts: one, two or three words back.
            let mut starts = [0usize; 3];
            let mut n = 0;
            let mut k = ie;
            while n < 3 {
                let ws = k - t[..k]
                    .iter()
                    .rev()
                    .take_while(|&&b| {
                        b.is_ascii_alphabetic() || b >= 0x80 || matches!(b, b'-' | b'.' | b'\'')
                    })
                    .count();
                if ws == k {
                    break;
                }
                starts[n] = ws;
                n += 1;
                if ws == 0 || t[ws - 1] != b' ' {
                    break;
                }
                k = ws - 1;
            }
            let found = starts[..n].iter().rev().find_map(|&st| {
                let opener = list_opener_before(t, st)?;
                (item(st) == Some(ie)).then_some((st, opener))
            });
            let Some((st, comma)) = found else { break };
            before.push((st, ie));
            first = st;
            if !comma {
                opened = true;
                break;
            }
        }
        if opened {
            out.extend(before.iter().copied());
        }
        // After: the items up to the list's end.
        let mut pos = e;
        let mut commas = !before.is_empty();
        while let Some((len, comma)) = sep_at(pos) {
            let p = pos + len;
            let Some(end) = item(p) else { break };
            let goes_on = sep_at(end).is_some();
            if comma && !goes_on {
                break;
            }
            if !(comma || (commas && closes(end))) {
                break;
            }
            out.push((p, end));
            commas |= comma;
            pos = end;
            if !comma {
                break;
            }
        }
    }

    /// The name a contact list or a table gives a phone number (`Jannie⇥+45 39 66 99 13`,
    /// `Daria - 0156 99148216`, `| Emilio | 55 9823 7910 |`): one to three capitalised
    /// words, no everyday ones (`Neighbour`, `Taxi`), that open the line or its cell and
    /// only a separator after them.
    pub fn name_before_phone(&self, t: &[u8], p: usize) -> Option<(usize, usize)> {
        let mut e = p;
        // The separator: a tab, ` - `, ` – `, `: `, ` | `, `, ` (with spaces around).
        while e > 0 && matches!(t[e - 1], b' ' | b'\t') {
            e -= 1;
        }
        let sep_start = e;
        while e > 0 && matches!(t[e - 1], b'-' | b':' | b'|' | b',') {
            e -= 1;
        }
        if t[sep_start..p].contains(&b'\t') {
            // A tab alone separates.
        } else if e == sep_start || sep_start == p {
            return None;
        }
        while e > 0 && t[e - 1] == b' ' {
            e -= 1;
        }
        // The start of the line or of the table cell.
        let ls = t[..e]
            .iter()
            .rposition(|&b| b == b'\n' || b == b'|')
            .map_or(0, |k| k + 1);
        let mut s = ls;
        while s < e && matches!(t[s], b' ' | b'\t' | b'-' | b'*') {
            s += 1;
        }
        if s >= e || e - s > 48 {
            return None;
        }
        let mut spans = [(0, 0, Word::Cap); 6];
        let mut n = self.words_in(t, s, 4, &mut spans, true, false);
        if n == 0 || spans[n - 1].1 != e || spans[0].2 == Word::Particle {
            return None;
        }
        // A label of another script between the name and the number (`أحمد الحربي جوال:
        // ٠٥٠…`) is the label's, not the name's.
        while n > 1 && caseless_stopword(&t[spans[n - 1].0..spans[n - 1].1]) {
            n -= 1;
            e = spans[n - 1].1;
        }
        if n > 3 {
            return None;
        }
        let plain = (0..n).all(|k| {
            let w = &t[spans[k].0..spans[k].1];
            spans[k].2 == Word::Particle
                || (self.can_be_name(w)
                    && !caseless_stopword(w)
                    && !not_a_person(&w.to_ascii_lowercase())
                    && !self.relative(w)
                    && !super::numeric::phone_label(w)
                    && !CONTACT_ROLES
                        .iter()
                        .any(|r| w.eq_ignore_ascii_case(r.as_bytes())))
        });
        plain.then_some((s, e))
    }

    /// A name written family name first right before who the person is (`Boyd, Isaac,
    /// SSN 209…`, `patient GREGORI, FLORA born 11/2/90`, `RECHBERGER, MARIAM, geb. 16. Mai
    /// 1997`, `Nakajima, Kyosuke, age 52, born 1972`), `p` being where the identifying
    /// value (a birth date, an SSN) starts.
    pub fn inverted_before_identity(&self, t: &[u8], p: usize) -> Option<(usize, usize)> {
        // Back over the cue: `SSN `, `DOB `, `born `, `geb. `, `nato/a il `, `age 52, born `.
        // The name and its cue sit within a few dozen bytes of the value.
        let from = p.saturating_sub(96);
        let ls = t[from..p]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(from, |k| from + k + 1);
        let ls = (ls..p).find(|&k| t[k] & 0xC0 != 0x80).unwrap_or(p);
        let line = &t[ls..p];
        // `Family, Given` needs its comma (most dates and numbers have none before them).
        memchr::memchr(b',', line)?;
        let lower = line.to_ascii_lowercase();
        const CUES: &[&str] = &[
            ", ssn ",
            ", dob ",
            " born ",
            ", born ",
            ", geb. ",
            ", nato/a il ",
            ", nato il ",
            ", nata il ",
            ", né le ",
            ", née le ",
            ", nacido el ",
            ", nacida el ",
            ", b. ",
            ", fecha de nacimiento ",
            ", d.o.b. ",
            ", dob: ",
            ", ssn: ",
        ];
        let (cue_at, _) = CUES
            .iter()
            .filter_map(|c| {
                let c = c.as_bytes();
                lower
                    .windows(c.len())
                    .rposition(|w| w == c)
                    .map(|k| (k, c.len()))
            })
            .find(|&(k, len)| {
                k + len == lower.len() || lower[k + len..].iter().all(|b| !b.is_ascii_alphabetic())
            })?;
        let mut e = ls + cue_at;
        while e > ls && matches!(t[e - 1], b',' | b' ') {
            e -= 1;
        }
        // `, age 52` between the name and the cue.
        let before = &t[ls..e];
        if let Some(a) = before
            .windows(6)
            .rposition(|w| w.eq_ignore_ascii_case(b", age "))
        {
            if before[a + 6..].iter().all(u8::is_ascii_digit) {
                e = ls + a;
            }
        }
        // `Family, Given` ending at `e`.
        let comma = t[ls..e].iter().rposition(|&b| b == b',')? + ls;
        let given_s = comma + 2;
        if at(t, comma + 1) != b' ' || given_s >= e {
            return None;
        }
        let fam_s = t[ls..comma]
            .iter()
            .rposition(|&b| matches!(b, b':' | b'"' | b'=' | b'\t'))
            .map_or(ls, |k| ls + k + 1);
        let fam_s = super::util::skip_spaces(t, fam_s, 2);
        let fam = &t[fam_s..comma];
        let given = &t[given_s..e];
        let word_ok = |w: &[u8]| {
            !w.is_empty()
                && w.len() <= 40
                && std::str::from_utf8(w).is_ok_and(|x| {
                    x.split(' ').all(|p| {
                        p.chars().next().is_some_and(char::is_uppercase)
                            && p.chars()
                                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                    })
                })
                && w.split(|&b| b == b' ').count() <= 2
                && !self.is_common(w)
        };
        // The family name may follow a word that is no part of it (`patient GREGORI`).
        let fam_s = if word_ok(fam) {
            fam_s
        } else {
            let k = fam.iter().rposition(|&b| b == b' ')? + fam_s + 1;
            if !word_ok(&t[k..comma]) {
                return None;
            }
            k
        };
        // One of the two is a known name (`Paris, France, born 1990` is a place).
        let known = |w: &[u8]| {
            w.split(|&b| b == b' ').any(|p| {
                let Ok(x) = std::str::from_utf8(p) else {
                    return false;
                };
                let mut c = x.chars();
                let cap: String = c
                    .next()
                    .map(|f| {
                        f.to_uppercase()
                            .chain(c.flat_map(char::to_lowercase))
                            .collect()
                    })
                    .unwrap_or_default();
                self.is_name(cap.as_bytes())
            })
        };
        // `Paris, France`, `Austin, Texas`: a town and its country or state.
        let region = REGIONS
            .iter()
            .any(|r| given.eq_ignore_ascii_case(r.as_bytes()));
        (word_ok(given) && !region && (known(given) || known(&t[fam_s..comma])))
            .then_some((fam_s, e))
    }

    /// `W and V are…` with `W` at `s..e`: two single words, neither everyday, one a
    /// known given name, and a plural verb after them.
    fn two_people(&self, t: &[u8], s: usize, e: usize) -> bool {
        let Some(j) = JOINERS.iter().find(|j| t[e..].starts_with(j.as_bytes())) else {
            return false;
        };
        let p = e + j.len();
        let Some((e2, Word::Cap)) = word_at(t, p) else {
            return false;
        };
        let plain = |w: &[u8]| self.can_be_name(w) && !self.ambiguous.contains(w);
        let (w1, w2) = (&t[s..e], &t[p..e2]);
        plain(w1)
            && plain(w2)
            && (self.first.contains(w1) || self.first.contains(w2))
            && PLURAL_AFTER
                .iter()
                .any(|v| t[e2..].starts_with(v.as_bytes()))
    }

    /// Whether the capitalised word `s..e` is an item of a list of single capitalised
    /// words (`Georgia, Nurlan, Reggie and Todd`) that is a list of people: three items or
    /// more, at least two thirds of them (and two at least) given names no one reads as a
    /// word or a place, none an everyday or product word, and no place preposition before
    /// the list (`flights to Paris, Austin, Madison and Charlotte` is a list of cities).
    fn in_name_list(&self, t: &[u8], s: usize, e: usize) -> bool {
        const SEPS: [&str; 5] = [", and ", ", or ", ", ", " and ", " & "];
        // Most capitalised words stand in no list: decided without allocating.
        let sep_after = matches!(at(t, e), b',' | b' ' | b'&')
            && SEPS.iter().any(|p| t[e..].starts_with(p.as_bytes()));
        if !sep_after && !SEPS.iter().any(|p| t[..s].ends_with(p.as_bytes())) {
            return false;
        }
        let cap_word_ending_at = |b: usize| -> Option<usize> {
            let n = run_back_letters(t, b);
            (n > 0 && n < 24).then(|| b - n).filter(|&a| {
                !letter_before(t, a) && matches!(word_at(t, a), Some((end, Word::Cap)) if end == b)
            })
        };
        let mut items = vec![(s, e)];
        // Back to the list's first item.
        let mut a = s;
        while items.len() < 12 {
            let Some(sep) = SEPS.iter().find(|p| t[..a].ends_with(p.as_bytes())) else {
                break;
            };
            let Some(start) = cap_word_ending_at(a - sep.len()) else {
                break;
            };
            items.insert(0, (start, a - sep.len()));
            a = start;
        }
        let first_start = a;
        // On to its last.
        let mut b = e;
        while items.len() < 12 {
            let Some(sep) = SEPS.iter().find(|p| t[b..].starts_with(p.as_bytes())) else {
                break;
            };
            let p = b + sep.len();
            let Some((end, Word::Cap)) = word_at(t, p) else {
                break;
            };
            items.push((p, end));
            b = end;
        }
        // `… and Todd Smith`: the last item opens a longer name; not a list of single words.
        let longer = at(t, b) == b' '
            && b + 1 < t.len()
            && matches!(word_at(t, b + 1), Some((_, Word::Cap)));
        if items.len() < 3 || longer {
            return false;
        }
        let before = &t[first_start.saturating_sub(12)..first_start];
        let place = [
            " in ",
            " to ",
            " from ",
            " at ",
            " near ",
            " visit ",
            " visiting ",
            " between ",
            " via ",
            " of ",
            " across ",
        ]
        .iter()
        .any(|p| before.ends_with(p.as_bytes()));
        // People are looped in (`Looping in Tin-Tin, Rowena and Mel`).
        let looped = [
            &b"looping in "[..],
            b"loop in ",
            b"looped in ",
            b"bringing in ",
        ]
        .iter()
        .any(|p| before.to_ascii_lowercase().ends_with(p));
        if place && !looped {
            return false;
        }
        let words: Vec<&[u8]> = items.iter().map(|&(x, y)| &t[x..y]).collect();
        if words
            .iter()
            .any(|w| self.is_common(w) || self.not_names.contains(w) || self.not_given.contains(w))
        {
            return false;
        }
        let known = words
            .iter()
            .filter(|&&w| self.core_first.contains(w) && !self.ambiguous.contains(w))
            .count();
        known >= 2 && known * 3 >= words.len() * 2
    }

    /// The words of a found name worth masking on their own elsewhere in the
    /// same text (`Takumi` of `Takumi Sato`).
    pub fn parts<'a>(&'a self, name: &'a [u8]) -> impl Iterator<Item = &'a [u8]> + 'a {
        name.split(|&b| b == b' ').filter(move |w| {
            w.len() >= 3
                && char_at(w, 0).is_some_and(|(c, _)| c.is_uppercase() || is_caseless(c))
                && !self.not_names.contains(w)
                && !self.ambiguous.contains(w)
                && char_before(w, w.len()).is_some_and(|(c, _)| c.is_alphabetic())
        })
    }
}

/// Bytes of the word (letters of any script) right before `i`.
/// The end of the lower-case word at `k` (at most 24 bytes); with `joined`, hyphens and
/// apostrophes inside it too (`al-farsi`, `o'neill`).
fn lower_word_end(t: &[u8], k: usize, joined: bool) -> usize {
    let mut j = k;
    while j < t.len() && j - k < 24 {
        match char_at(t, j) {
            Some((c, l)) if c.is_lowercase() || (joined && j > k && matches!(c, '-' | '\'')) => {
                j += l
            }
            _ => break,
        }
    }
    j
}

fn run_back_letters(t: &[u8], i: usize) -> usize {
    t[..i]
        .iter()
        .rev()
        .take_while(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
        .count()
}

/// The phrase ends at `end`: punctuation, a line break (also escaped), or
/// ` !` / ` ?` as French writes them.
fn closes_phrase(t: &[u8], end: usize) -> bool {
    matches!(
        at(t, end),
        b',' | b'!' | b'\n' | b'\r' | b':' | b'.' | b';' | b'?' | b'"' | b')' | 0
    ) || (at(t, end) == b' ' && matches!(at(t, end + 1), b'-' | b'!' | b'?'))
        || super::util::newline_len(t, end) > 0
        || ["，", "、", "！", "。", "：", "،", "!"]
            .iter()
            .any(|p| t[end..].starts_with(p.as_bytes()))
}

/// Whether the phrase ends at `end` the way an address to someone does: a comma, an
/// exclamation mark, a colon or the line's end, not a full stop or a question.
fn closes_address(t: &[u8], end: usize) -> bool {
    matches!(at(t, end), b',' | b'!' | b'\n' | b'\r' | b':' | 0)
        || super::util::newline_len(t, end) > 0
        || ["，", "、", "！", "：", "،"]
            .iter()
            .any(|p| t[end..].starts_with(p.as_bytes()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Strong,
    Weak,
    Greeting,
    /// Only a known given name (with what follows it): `it's Johan`, `by=Justine`.
    Intro,
    /// Someone saying who they are: a known name, or unknown ones that close the phrase.
    SelfIntro,
}

impl Default for NameDict {
    fn default() -> Self {
        Self::new()
    }
}

/// Brands, shops, drinks, places and characters named after a person (`Paul Smith`,
/// `Tim Hortons`, `Charles de Gaulle`, `Johnnie Walker`): the words of a name that
/// name no one.
const EPONYMS: &[&str] = &[
    // Dishes and drinks named after people.
    "Peach Melba",
    "Arnold Palmer",
    "Bloody Mary",
    "Shirley Temple",
    "Tom Collins",
    "John Collins",
    "Earl Grey",
    "Lady Grey",
    "Beef Wellington",
    "Fettuccine Alfredo",
    "Eggs Benedict",
    "Caesar Salad",
    "Tournedos Rossini",
    "Chicken Kiev",
    "Beef Stroganoff",
    "Pizza Margherita",
    "Nachos Ignacio",
    "Oysters Rockefeller",
    "Bananas Foster",
    "Lobster Thermidor",
    "Baby Ruth",
    // Placeholder people of forms and documentation, by country.
    "John Doe",
    "Jane Doe",
    "Richard Roe",
    "Joe Bloggs",
    "Jane Bloggs",
    "John Q. Public",
    "Joe Public",
    "Max Mustermann",
    "Erika Mustermann",
    "Mario Rossi",
    "Jan Kowalski",
    "Anna Kowalska",
    "Jan Jansen",
    "Jean Dupont",
    "Fulano de Tal",
    "Иван Иванов",
    "Иван Петров",
    "山田太郎",
    "山田花子",
    "张三",
    "李四",
    "홍길동",
    "A. N. Other",
    "Fred Nurk",
    "Joe Blow",
    "Вася Пупкин",
    "Василий Пупкин",
    "Kis Pista",
    "Gipsz Jakab",
    "Minta János",
    "ישראל ישראלי",
    "פלוני אלמוני",
    "فلان الفلاني",
    "فلان بن فلان",
    "Matti Meikäläinen",
    "Maija Meikäläinen",
    "Ola Nordmann",
    "Kari Nordmann",
    "Jan Modaal",
    "Nguyễn Văn A",
    // Figures of history, science, letters and the arts, and characters of fiction, that
    // general-knowledge questions name.
    "Alexander the Great",
    "Amelia Earhart",
    "Anne Frank",
    "Aristotle",
    "Atticus Finch",
    "Bob Marley",
    "Che Guevara",
    "Christopher Columbus",
    "Cristóbal Colón",
    "Charles Dickens",
    "Cleopatra",
    "Confucius",
    "Dorian Gray",
    "Elizabeth Bennet",
    "Ernest Hemingway",
    "Frida Kahlo",
    "Frodo Baggins",
    "Gabriela Mistral",
    "Galileo Galilei",
    "Genghis Khan",
    "George Washington",
    "Gottfried Leibniz",
    "Harry Potter",
    "Hermione Granger",
    "Homer Simpson",
    "Huckleberry Finn",
    "Indiana Jones",
    "Isaac Asimov",
    "Jane Austen",
    "Jay Gatsby",
    "Jean Sibelius",
    "Johann Sebastian Bach",
    "Julius Caesar",
    "Karl Marx",
    "Katniss Everdeen",
    "Leonardo da Vinci",
    "Li Bai",
    "Louis Pasteur",
    "Lu Xun",
    "Ludwig van Beethoven",
    "Luke Skywalker",
    "Mahatma Gandhi",
    "Mansa Musa",
    "Marco Polo",
    "Marie Curie",
    "Maria Skłodowska-Curie",
    "Martin Luther King",
    "Mary Seacole",
    "Mary Shelley",
    "Mary Wollstonecraft",
    "Mikołaj Kopernik",
    "Nicolaus Copernicus",
    "Murasaki Shikibu",
    "Napoleon Bonaparte",
    "Nasreddin Hoca",
    "Nikola Tesla",
    "Pablo Neruda",
    "Pablo Picasso",
    "Rosalind Franklin",
    "Santos Dumont",
    "Sherlock Holmes",
    "Simón Bolívar",
    "Srinivasa Ramanujan",
    "Tony Stark",
    "Vincent van Gogh",
    "Wangari Maathai",
    "William Shakespeare",
    "Wolfgang Amadeus Mozart",
    "Yuri Gagarin",
    // Bots that post as users.
    "Workflow Builder",
    "Google Calendar",
    "GitHub Actions",
    "Jira Cloud",
    // Buildings and places named after people.
    "Willis Tower",
    "Madison Square Garden",
    "Victoria Station",
    "Lincoln Park",
    "Hudson Bay",
    "Hurricane Katrina",
    "Abraham Lincoln",
    "Ada Lovelace",
    "Alan Turing",
    "Albert Einstein",
    "Ben & Jerry",
    "Ben and Jerry",
    "Charles Darwin",
    "Diane von Furstenberg",
    "Ferrero Rocher",
    "Florence Nightingale",
    "Grace Hopper",
    "Isaac Newton",
    "Massimo Dutti",
    "Nelson Mandela",
    "Nelson Mandela Bay",
    "Victoria Beckham",
    "Winston Churchill",
    "Alexander McQueen",
    "Alfa Romeo",
    "Alice Springs",
    "Ann Taylor",
    "Anne Klein",
    "Aston Martin",
    "Aunt Jemima",
    "Ben Franklin",
    "Ben Sherman",
    "Betsey Johnson",
    "Betty Crocker",
    "Bobbi Brown",
    "Brooks Brothers",
    "Calvin Klein",
    "Captain Morgan",
    "Carolina Herrera",
    "Charles River",
    "Charles Schwab",
    "Charles Tyrwhitt",
    "Charles de Gaulle",
    "Charlotte Tilbury",
    "Chef Boyardee",
    "Christian Dior",
    "Christian Louboutin",
    "Coco Chanel",
    "Colonel Sanders",
    "Dean Witter",
    "Don Julio",
    "Donald Duck",
    "Dr Pepper",
    "Dr. Pepper",
    "Dr. Martens",
    "Dr Martens",
    "Ms. Pac-Man",
    "Ms Pac-Man",
    "Mr. Clean",
    "Mr. Potato Head",
    "Duncan Hines",
    "Eddie Bauer",
    "Edward Jones",
    "Elijah Craig",
    "Elizabeth Arden",
    "Emilio Pucci",
    "Enzo Ferrari",
    "Estee Lauder",
    "Estée Lauder",
    "Evan Williams",
    "Father Christmas",
    "Fort Collins",
    "Fort Worth",
    "Fred Perry",
    "George Washington",
    "Giorgio Armani",
    "Goldman Sachs",
    "Gordon Ramsay",
    "Grace Bay",
    "Harry Potter",
    "Harry Winston",
    "Harvey Nichols",
    "Helena Rubinstein",
    "Hewlett Packard",
    "Ho Chi Minh",
    "Ho Chi Minh City",
    "Hugo Boss",
    "Jack Daniel",
    "Jack Daniels",
    "Jack Frost",
    "Jack Russell",
    "Jack Wolfskin",
    "Jackson Hole",
    "James Bond",
    "Jean Paul Gaultier",
    "Jim Beam",
    "Jimmy Choo",
    "Jo Malone",
    "John Deere",
    "John Lewis",
    "John Wayne",
    "Johnnie Walker",
    "Johnson Matthey",
    "Jordan Valley",
    "Jose Cuervo",
    "José Cuervo",
    "Juan Valdez",
    "Karl Lagerfeld",
    "Kate Spade",
    "Kenneth Cole",
    "Lake Louise",
    "Lane Bryant",
    "Laura Mercier",
    "Little Caesars",
    "Los Angeles",
    "Louis Vuitton",
    "Manolo Blahnik",
    "Marc Jacobs",
    "Maria Pia",
    "Marks Spencer",
    "Martin Luther King",
    "Mary Kay",
    "Max Factor",
    "Mercedes Benz",
    "Merrill Lynch",
    "Michael Kors",
    "Mickey Mouse",
    "Mona Lisa",
    "Mont Blanc",
    "Morgan Stanley",
    "Mount Vernon",
    "Mrs Fields",
    "Oscar de la Renta",
    "Paco Rabanne",
    "Papa John",
    "Paul Mitchell",
    "Paul Smith",
    "Penny Lane",
    "Peter Pan",
    "Philip Morris",
    "Port Elizabeth",
    "Puerta del Sol",
    "Ralph Lauren",
    "Roberto Cavalli",
    "Rolls Royce",
    "Ronald McDonald",
    "Salvatore Ferragamo",
    "Sam Edelman",
    "San Jose",
    "Santa Claus",
    "Santa Monica",
    "Sara Lee",
    "Sherlock Holmes",
    "St Louis",
    "Stella McCartney",
    "Steve Madden",
    "Ted Baker",
    "Thomas Pink",
    "Tia Maria",
    "Tiffany",
    "Tim Hortons",
    "Tom Ford",
    "Tommy Bahama",
    "Tommy Hilfiger",
    "Tory Burch",
    "Uncle Ben",
    "Van Cleef",
    "Vera Wang",
    "Victoria Falls",
    "Victoria Station",
    "Vidal Sassoon",
    "Vivienne Westwood",
    "Walt Disney",
    "Warner Bros",
    "Wells Fargo",
    "Yves Saint Laurent",
    "Adams Morgan",
    "Benjamin Moore",
    "Dolce Gabbana",
    "Ermenegildo Zegna",
    "Giuseppe Zanotti",
    "Isabel Marant",
    "Jil Sander",
    "Johns Hopkins",
    "Josef Seibel",
    "Levi Strauss",
    "Marc O'Polo",
    "Marie Curie",
    "Martha Stewart",
    "Max Mara",
    "Philipp Plein",
    "Procter Gamble",
    "Raymond James",
    "Sam Adams",
    "Samuel Adams",
    "San Luis Obispo",
    "Sherwin Williams",
    "Thomas Sabo",
    "Tom Tailor",
    "Vera Bradley",
    "Zadig Voltaire",
];

/// Whether the words `spans[..n]` from `s` are part of one of [`EPONYMS`] that starts at
/// them or up to two capitalised words before (`Chi Minh` of `Ho Chi Minh City`).
fn in_eponym(t: &[u8], s: usize, spans: &[(usize, usize, Word); 6], n: usize) -> bool {
    let mut start = s;
    for _ in 0..3 {
        if (0..n).any(|k| spans[k].1 > start && eponym(&t[start..spans[k].1])) {
            return true;
        }
        // The capitalised word before `start`.
        if start < 2 || t[start - 1] != b' ' {
            return false;
        }
        let mut ws = start - 1;
        while ws > 0 && (t[ws - 1].is_ascii_alphabetic() || t[ws - 1] >= 0x80) {
            ws -= 1;
        }
        if ws == start - 1 || !t[ws].is_ascii_uppercase() {
            return false;
        }
        start = ws;
    }
    false
}

/// What a product is or is made of, as catalogues name products after a brand word
/// (`Terra Ceramic Mug`, `Nimbus Rain Jacket`, `Halo LED Strip 5m`): no family name is
/// one of these (names that are also things, such as `Bell`, `Fan`, `Glass`, `Steel` or
/// `Cotton`, are left out).
fn product_word(w: &[u8]) -> bool {
    const WORDS: &[&str] = &[
        // What it is.
        "mug",
        "mugs",
        "jacket",
        "jackets",
        "bottle",
        "bottles",
        "lamp",
        "lamps",
        "chair",
        "chairs",
        "desk",
        "mouse",
        "keyboard",
        "speaker",
        "speakers",
        "headphones",
        "earbuds",
        "charger",
        "cable",
        "backpack",
        "sneakers",
        "boots",
        "shirt",
        "hoodie",
        "sweater",
        "socks",
        "blanket",
        "pillow",
        "towel",
        "towels",
        "kettle",
        "blender",
        "toaster",
        "skillet",
        "knife",
        "knives",
        "tent",
        "stove",
        "thermos",
        "tumbler",
        "flask",
        "watch",
        "necklace",
        "bracelet",
        "earrings",
        "wallet",
        "notebook",
        "planner",
        "journal",
        "rug",
        "curtains",
        "shelf",
        "bookshelf",
        "bookcase",
        "cabinet",
        "organizer",
        "organiser",
        "basket",
        "jar",
        "jars",
        "candle",
        "candles",
        "vase",
        "mirror",
        "clock",
        "router",
        "monitor",
        "camera",
        "tripod",
        "drone",
        "printer",
        "tablet",
        "laptop",
        "sleeve",
        "adapter",
        "battery",
        "helmet",
        "scooter",
        "skateboard",
        "racket",
        "beanbag",
        "sofa",
        "couch",
        "mattress",
        "duvet",
        "diffuser",
        "humidifier",
        "purifier",
        "vacuum",
        "shampoo",
        "conditioner",
        "lotion",
        "serum",
        "moisturizer",
        "sunscreen",
        "toothbrush",
        "hairdryer",
        "trimmer",
        "jeans",
        "leggings",
        "dress",
        "skirt",
        "coat",
        "parka",
        "gloves",
        "scarf",
        "sandals",
        "slippers",
        "umbrella",
        "raincoat",
        "poncho",
        "cooler",
        "grinder",
        "juicer",
        "cookware",
        "bedding",
        "hammock",
        "stroller",
        "yoga",
        "mat",
        "mats",
        "dumbbell",
        "dumbbells",
        "treadmill",
        "bike",
        "bicycle",
        "speakerphone",
        "webcam",
        "headset",
        "smartwatch",
        "powerbank",
        "thermostat",
        "doorbell",
        "lightbulb",
        "bulb",
        "bulbs",
        "sweatshirt",
        "trousers",
        "chinos",
        "blouse",
        "cardigan",
        "beanie",
        "sneaker",
        "boot",
        "espresso",
        "teapot",
        "cutlery",
        "spatula",
        "whisk",
        "colander",
        "saucepan",
        "lunchbox",
        "cushion",
        "quilt",
        "nightstand",
        "wardrobe",
        "recliner",
        "ottoman",
        "stool",
        "bench",
        "easel",
        "sketchbook",
        "markers",
        "crayons",
        "puzzle",
        "glasses",
        "set",
        "pan",
        "pans",
        "pot",
        "pots",
        "plate",
        "plates",
        "bowl",
        "bowls",
        "cup",
        "cups",
        "saucer",
        "tray",
        "soap",
        "perfume",
        "cologne",
        "shoes",
        "belt",
        "hat",
        "bag",
        "bags",
        "tote",
        "pouch",
        "sheets",
        "pillowcase",
        "poster",
        "canvas",
        "alarm",
        "heater",
        "oven",
        "grill",
        "earphones",
        "holder",
        "rack",
        // What it is made of or does.
        "wine",
        "tea",
        "coffee",
        "plant",
        "ceramic",
        "stainless",
        "wireless",
        "bluetooth",
        "led",
        "usb",
        "leather",
        "wooden",
        "bamboo",
        "waterproof",
        "portable",
        "electric",
        "digital",
        "ergonomic",
        "insulated",
        "rechargeable",
        "cordless",
        "organic",
        "linen",
        "wool",
        "merino",
        "fleece",
        "silicone",
        "cast",
        "nonstick",
        "non-stick",
        "foldable",
        "adjustable",
        "memory",
        "noise-cancelling",
        "ultralight",
        "ultra-light",
        "thermal",
        "vegan",
        "recycled",
        "handmade",
        "hand-made",
    ];
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    if w.len() < 3 || w.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    SET.get_or_init(|| set_of(WORDS.iter().copied()))
        .contains(&buf[..w.len()])
}

/// Whether `v` is one of [`EPONYMS`] or a public figure or fictional character of
/// `data/famous_names.txt` (as written, or with `'s` after it).
pub(crate) fn eponym(v: &[u8]) -> bool {
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    // Voice assistants and chatbots rarely anyone's name (`Hey Siri`, `ask Copilot`).
    const ASSISTANTS: &[&[u8]] = &[
        b"Siri", b"Cortana", b"Bixby", b"Jarvis", b"Copilot", b"ChatGPT",
    ];
    if ASSISTANTS.contains(&v) {
        return true;
    }
    if v.len() < 6 {
        return false;
    }
    let set = SET.get_or_init(|| set_of(EPONYMS.iter().copied().chain(FAMOUS.lines())));
    set.contains(v) || v.strip_suffix(b"'s").is_some_and(|w| set.contains(w))
}

/// Whether `v` (a name found) holds a public figure or a fictional character of
/// `data/famous_names.txt` as a whole word run (`Pourquoi Homer Simpson`, `Alan
/// Turing은`, `Emma Woodhouse와 Captain Haddock의`): the finding is about them.
pub(crate) fn holds_famous(v: &[u8]) -> bool {
    famous_end(v).is_some()
}

/// Where the last public figure of `data/famous_names.txt` named in `v` ends (whole words).
pub(crate) fn famous_end(v: &[u8]) -> Option<usize> {
    // One automaton over the list serves both questions.
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    let ac = AC.get_or_init(|| list_automaton(FAMOUS, true)).as_ref()?;
    ac.find_overlapping_iter(v)
        .filter(|m| whole_words(v, m.start(), m.end()))
        .map(|m| m.end())
        .max()
}

/// An automaton over the entries of a list file (one a line, `#` comments).
fn list_automaton(list: &str, caseless: bool) -> Option<aho_corasick::AhoCorasick> {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(caseless)
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(
            list.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#')),
        )
        .ok()
}

/// Whether `v[s..e]` stands as whole words: Latin words end where a letter or digit does
/// not follow (a particle of another script may: `Turing은`).
fn whole_words(v: &[u8], s: usize, e: usize) -> bool {
    !s.checked_sub(1)
        .is_some_and(|k| v[k].is_ascii_alphanumeric())
        && !v.get(e).is_some_and(u8::is_ascii_alphanumeric)
}

/// Brands and product lines of many countries (`data/brands.txt`), left out where they are
/// also people's names.
const BRANDS: &str = include_str!("../../data/brands.txt");

/// Whether a brand or product line stands in `t[s..e]` or in the word right before or
/// after it (`Kobo Clara`, `Philips Hue`, `Mercado Libre`, `Dyson V15`): a product's
/// words, not a person's. Brands are matched as written (capitals included), whole words.
pub(crate) fn beside_brand(t: &[u8], s: usize, e: usize) -> bool {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    let Some(ac) = AC.get_or_init(|| list_automaton(BRANDS, false)) else {
        return false;
    };
    let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80 || b == b'-';
    // One word on each side, across one space.
    let mut ws = s;
    if ws >= 2 && t[ws - 1] == b' ' && word(t[ws - 2]) {
        ws -= 1;
        while ws > 0 && word(t[ws - 1]) {
            ws -= 1;
        }
    }
    let mut we = e;
    if t.get(we) == Some(&b' ') && t.get(we + 1).is_some_and(|&b| word(b)) {
        we += 1;
        while we < t.len() && word(t[we]) {
            we += 1;
        }
    }
    let v = &t[ws..we];
    ac.find_overlapping_iter(v).any(|m| {
        let (ms, me) = (ws + m.start(), ws + m.end());
        // Inside the finding, or the word right before or after it.
        let touches = (me > s && ms < e) || me + 1 == s || ms == e + 1;
        touches && whole_words(v, m.start(), m.end())
    })
}

/// Whether the name at `t[s..e]` names a venue or a ship after someone by the word
/// around it: a hotel, airport, station or ship before it (`aboard the MS Johan van
/// Oldenbarnevelt`, `Hotel Bristol`), an airport, station or building after it (`Ben
/// Gurion Airport`, `Franklin D. Roosevelt station`).
pub(crate) fn names_a_place(t: &[u8], s: usize, e: usize) -> bool {
    // (Not streets: a street named after someone is an address's part, `Av. Afonso Pena,
    // 1083`, whose rules may not see the rest.)
    const BEFORE: &[&str] = &[
        "hotel",
        "hôtel",
        "aeroporto",
        "aeropuerto",
        "aéroport",
        "flughafen",
        "estación",
        "gare",
        "bahnhof",
    ];
    const AFTER: &[&str] = &[
        "airport",
        "international",
        "station",
        "bridge",
        "hospital",
        "university",
        "school",
        "college",
        "center",
        "centre",
        "stadium",
        "hall",
        "museum",
        "library",
        "memorial",
        "prize",
        "award",
        "foundation",
        "institute",
        "hotel",
        "tower",
        "theatre",
        "theater",
    ];
    let word_before = {
        let mut k = s;
        while k > 0 && t[k - 1] == b' ' {
            k -= 1;
        }
        let mut ws = k;
        while ws > 0 && (t[ws - 1].is_ascii_alphabetic() || t[ws - 1] >= 0x80 || t[ws - 1] == b'.')
        {
            ws -= 1;
        }
        (k < s).then(|| &t[ws..k])
    };
    let word_after = {
        let k = if at(t, e) == b' ' { e + 1 } else { e };
        let mut we = k;
        while we < t.len() && (t[we].is_ascii_alphabetic() || t[we] >= 0x80) {
            we += 1;
        }
        (k > e && we > k).then(|| &t[k..we])
    };
    // Ships' prefixes in capitals only (`Ms Fatima` is a woman).
    const SHIPS: &[&[u8]] = &[b"MS", b"HMS", b"USS", b"SS", b"RMS", b"MV"];
    let lower = |w: &[u8]| {
        std::str::from_utf8(w)
            .map(str::to_lowercase)
            .unwrap_or_default()
    };
    word_before.is_some_and(|w| BEFORE.contains(&lower(w).as_str()) || SHIPS.contains(&w))
        || word_after.is_some_and(|w| AFTER.contains(&lower(w).as_str()))
}

/// Whether the rule that found a name found it by its look alone (gazetteer, model, a
/// list beside a name found), with nothing around it that announces a person.
pub(crate) fn by_look_alone(rule: &str) -> bool {
    matches!(rule, "name_dictionary" | "name_model" | "listed_name")
}

/// Whether a ship's prefix in capitals stands right before `s` (`the MS Johan van
/// Oldenbarnevelt`, `HMS Queen Elizabeth`; `Ms Fatima` is a woman).
pub(crate) fn after_ship_prefix(t: &[u8], s: usize) -> bool {
    s >= 2
        && t[s - 1] == b' '
        && SHIPS.iter().any(|p| {
            t[..s - 1].ends_with(p)
                && (s - 1 == p.len() || !t[s - 2 - p.len()].is_ascii_alphanumeric())
        })
}

const SHIPS: &[&[u8]] = &[b"MS", b"HMS", b"USS", b"SS", b"RMS", b"MV", b"RRS"];

/// Whether `v` opens with a ship's prefix (`HMS Queen Elizabeth`, `USS Gerald R. Ford`).
pub(crate) fn opens_with_ship_prefix(v: &[u8]) -> bool {
    SHIPS
        .iter()
        .any(|p| v.starts_with(p) && v.get(p.len()) == Some(&b' '))
}

/// Whether a dish named after someone closes at `end` (`Caesar salad`, `Peach Melba`
/// is the dish's first word): a dish word follows.
pub(crate) fn dish_after(t: &[u8], end: usize) -> bool {
    if at(t, end) != b' ' {
        return false;
    }
    let we = end + 1 + run_while_letters(t, end + 1);
    let w = &t[end + 1..we];
    [
        "salad", "sauce", "dressing", "cake", "pie", "soup", "tart", "pudding", "sandwich",
        "burger", "cocktail", "chicken", "steak", "pizza", "torte",
    ]
    .iter()
    .any(|d| w.eq_ignore_ascii_case(d.as_bytes()))
}

fn run_while_letters(t: &[u8], i: usize) -> usize {
    t[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// Words of team, department and automated sender names, and of everyone greeted at once.
pub(crate) fn sender_not_person(w: &[u8]) -> bool {
    // Lower case; the teams of other languages among them (`Ihr Support-Team`,
    // `L'équipe support`).
    const WORDS: &[&str] = &[
        // Greeted, but no one (`Hello, World!`, `Hallo Welt!`, `Hi All,`).
        "world",
        "welt",
        "mundo",
        "monde",
        "mondo",
        "wereld",
        "everyone",
        "everybody",
        "folks",
        "account",
        "accounting",
        "accounts",
        "admin",
        "administrator",
        "alert",
        "alerts",
        "asiakaspalvelu",
        "atención",
        "atendimento",
        "automated",
        "billing",
        "bot",
        "care",
        "compliance",
        "crew",
        "customer",
        "customers",
        "daemon",
        "department",
        "dept",
        "desk",
        "devops",
        "digest",
        "el",
        "engineering",
        "equipe",
        "equipo",
        "finance",
        "help",
        "helpdesk",
        "hr",
        "ihr",
        "ihre",
        "info",
        "infrastructure",
        "invoices",
        "invoicing",
        "it",
        "klantenservice",
        "kundendienst",
        "kundenservice",
        "kundeservice",
        "kundtjänst",
        "l'équipe",
        "legal",
        "logistics",
        "mailer",
        "management",
        "marketing",
        "membership",
        "newsletter",
        "no-reply",
        "noreply",
        "notification",
        "notifications",
        "obsługa",
        "office",
        "operations",
        "ops",
        "orders",
        "payable",
        "payments",
        "payroll",
        "platform",
        "postmaster",
        "receivable",
        "reception",
        "refunds",
        "reminders",
        "returns",
        "sales",
        "security",
        "service",
        "services",
        "servicio",
        "servizio",
        "serviço",
        "shipping",
        "squadra",
        "staff",
        "subscriptions",
        "support",
        "system",
        "systems",
        "team",
        "the",
        "updates",
        "votre",
        "webmaster",
        "zespół",
        "équipe",
        "поддержка",
        "служба",
    ];
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| set_of(WORDS.iter().copied()));
    let one = |p: &[u8]| {
        if p.len() < 2 || p.len() > 24 {
            return false;
        }
        let mut buf = [0u8; 24];
        for (k, &b) in p.iter().enumerate() {
            buf[k] = b.to_ascii_lowercase();
        }
        set.contains(&buf[..p.len()])
    };
    // `Support-Team`: any part of a joined word.
    one(w) || (memchr::memchr(b'-', w).is_some() && w.split(|&b| b == b'-').any(one))
}

/// Words that make a capitalised value an organisation, a place or a thing rather than
/// a person (`Acme Corp`, `Main Street`, `Payments Service`).
fn not_a_person(w: &[u8]) -> bool {
    const WORDS: &[&str] = &[
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "corp",
        "corporation",
        "company",
        "co",
        "group",
        "team",
        "service",
        "services",
        "bank",
        "store",
        "shop",
        "app",
        "api",
        "server",
        "cloud",
        "systems",
        "solutions",
        "labs",
        "university",
        "school",
        "hospital",
        "clinic",
        "street",
        "road",
        "avenue",
        "city",
        "project",
        "product",
        "plan",
        "premium",
        "pro",
        "standard",
        "basic",
        "enterprise",
        "admin",
        "default",
        "test",
        "demo",
        "support",
    ];
    WORDS.iter().any(|x| x.as_bytes().eq_ignore_ascii_case(w))
}
