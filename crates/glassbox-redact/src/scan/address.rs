//! ADDRESS detection for street addresses of many countries.
//!
//! The structural walk calls [`at_number`] at every house number (`12`, `113b`,
//! `12/3`, `12-3-45`, `12 bis`); around it the street is recognised by its type
//! word:
//! - types that follow the name (`164 Victoria Street`, `1600 Amphitheatre Pkwy`,
//!   `12 MG Road`): the house number comes first;
//! - types that precede the name (`115 rue de la Paix`, `Via Roma 12`,
//!   `Calle Mayor 5`, `Rua Augusta, 1500`, `ul. Długa 5/3`): a number before or after;
//! - types written inside the word (`Lindenstraße 113b`, `Kerkstraat 12`,
//!   `Storgatan 5`, `Nørregade 12`, `Aleksanterinkatu 52`): the number follows;
//! - no type word at all (`114 Phillips Forges`, `Haugeberget 28`) when a
//!   postcode follows;
//! - all in lower case, as voice transcripts write it (`62 main street ballincollig co.
//!   cork d02 4a56`, [`lower_case_at_number`]): with a postcode, or after a place cue.
//!
//! PO boxes (`P.O. Box 1234`, `Postfach 12 34`), Japanese addresses
//! (`〒100-0001 東京都千代田区…`) and addresses in scripts without Latin letters, read as
//! one segment around a street, unit or district word (`서울특별시 … 테헤란로 102`,
//! `建国路5号`, `شارع`, `רחוב`, `ул.`) are found from the literal prefilter ([`detect`]).
//!
//! No house number, no address: a street named in passing stays. From the
//! street line the finding grows left over a flat or unit (`Flat 12, `) and
//! right over the parts that follow on the same or the next lines: units,
//! postcode and city, city and state, country — so a US address over three
//! lines or a UK one with its postcode is masked whole.

use std::sync::OnceLock;

use regex::bytes::Regex;

use super::util::{at, char_at, char_before, letter_after};
use crate::entity::EntityKind;

/// A letter right before `i`, unless it ends an escaped line break or tab inside a JSON
/// string (`…go to\\nFlat 5, Block B`).
fn letter_before(t: &[u8], i: usize) -> bool {
    super::util::letter_before(t, i)
        && !(i >= 2 && t[i - 2] == b'\\' && matches!(t[i - 1], b'n' | b't' | b'r'))
}

/// What kind of address keyword matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddrKw {
    /// A post office box.
    PoBox,
    /// Japanese postal mark or prefecture.
    Japan,
    /// A street, unit or district word of a script written without Latin letters
    /// (Korean `특별시`, Chinese `路…号`, Arabic `شارع`, Hebrew `רחוב`, Thai `ถนน`,
    /// Russian and Ukrainian `ул.`/`вул.`) or Turkish `Mah.`/`Sok.`/`Cad.`.
    Segment,
}

const SUFFIX: &[&str] = &[
    "street",
    "st",
    "st.",
    "avenue",
    "ave",
    "ave.",
    "av.",
    "road",
    "rd",
    "rd.",
    "boulevard",
    "blvd",
    "blvd.",
    "lane",
    "ln",
    "ln.",
    "drive",
    "dr",
    "dr.",
    "court",
    "ct",
    "ct.",
    "way",
    "place",
    "pl",
    "terrace",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "circle",
    "cir",
    "crescent",
    "close",
    "row",
    "walk",
    "square",
    "sq",
    "grove",
    "gardens",
    "hill",
    "loop",
    "trail",
    "mews",
    "marg",
    "nagar",
    "path",
    "pike",
    "plaza",
    "rise",
    "vale",
    "view",
    "wharf",
    "quay",
    "esplanade",
    "parade",
];
const PREFIX: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "bd",
    "chemin",
    "allée",
    "impasse",
    "place",
    "quai",
    "route",
    "via",
    "viale",
    "piazza",
    "piazzale",
    "corso",
    "largo",
    "vicolo",
    "calle",
    "c/",
    "avenida",
    "avda.",
    "av.",
    "paseo",
    "carrera",
    "camino",
    "carrer",
    "rambla",
    "plaza",
    "rua",
    "travessa",
    "praça",
    "alameda",
    "estrada",
    "ul.",
    "ulica",
    "al.",
    "aleja",
    "plac",
    "os.",
    "rond-point",
    "cours",
    "rehov",
    "derech",
    "sderot",
    "passage",
    "esplanade",
    "promenade",
    "faubourg",
    "sentier",
    "ruelle",
    "voie",
    "ronda",
    "travesía",
    "glorieta",
    "carretera",
    "avinguda",
    "passeig",
    "strada",
    "lungomare",
    "borgo",
    "salita",
];
/// Words before a house number that say one follows.
const NUMBER_MARKS: &[&str] = &[
    "nr.", "nr", "no.", "no", "nº", "n°", "n.º", "n.°", "n.", "№", "д.", "num.", "número",
    "numero", "nro.", "č.", "br.", "số",
];

/// Whether `v` opens with a street type written before the name (`Via Roma`, `Rua
/// Augusta`, `Calle Serrano`, `Str. Republicii`), a capitalised word after it.
pub fn opens_with_street_type(v: &[u8]) -> bool {
    let Some(sp) = v.iter().position(|&b| b == b' ') else {
        return false;
    };
    (eq_any(&v[..sp], PREFIX) || eq_any(&v[..sp], OPENING))
        && char_at(v, sp + 1).is_some_and(|(c, _)| c.is_uppercase())
}

/// Street types written first in Romanian, Indonesian, Russian, Ukrainian, Vietnamese,
/// Thai and Mexican addresses (`Str. Republicii nr. 15`, `Jl. Pemuda No. 23A`).
const OPENING: &[&str] = &[
    "str.",
    "jl.",
    "jln.",
    "jalan",
    "gg.",
    "gang",
    "șos.",
    "sos.",
    "calea",
    "bulevardul",
    "b-dul",
    "aleea",
    "splaiul",
    "intrarea",
    "ул.",
    "улица",
    "пр-т",
    "проспект",
    "пер.",
    "переулок",
    "vul.",
    "vulytsia",
    "prospekt",
    "ulitsa",
    "soi",
    "thanon",
    "phố",
    "đường",
    "ngõ",
    "calzada",
    "callejón",
    "privada",
    "cerrada",
    "andador",
];

const GLUED: &[&str] = &[
    "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "ufer", "chaussee",
    "steig", "pfad", "markt", "straat", "laan", "gracht", "plein", "dijk", "kade", "singel",
    "gatan", "vägen", "vagen", "gränd", "torget", "gade", "vej", "allé", "veien", "vei", "gata",
    "katu", "tie", "kuja", "polku", "väylä", "utca", "ulice",
];
const POBOX: &[&str] = &[
    "po box",
    "p.o. box",
    "p. o. box",
    "p.o.box",
    "post office box",
    "postfach",
    "apartado",
    "apdo.",
    "caixa postal",
    "casilla",
    "boîte postale",
    "casella postale",
    "postbus",
    "postboks",
    // Swahili, Arabic and Hebrew (`S.L.P. 8204-00100, Nairobi`, `ص.ب 9925`, `ת.ד. 4114`).
    "s.l.p.",
    "ص.ب",
    "ص. ب",
    "ת.ד.",
];
const JAPAN: &[&str] = &["〒", "県", "府", "東京都", "北海道"];

/// Keywords for the literal prefilter (street types are found from house
/// numbers by [`at_number`] instead: short words like `st` or `weg` would make
/// the prefilter stop everywhere).
pub fn keywords() -> Vec<(&'static str, AddrKw)> {
    let mut v = Vec::new();
    v.extend(POBOX.iter().map(|k| (*k, AddrKw::PoBox)));
    v.extend(JAPAN.iter().map(|k| (*k, AddrKw::Japan)));
    v.extend(SEGMENT.iter().map(|k| (*k, AddrKw::Segment)));
    v
}

/// Words that make the text around them an address when a number is with them (see
/// [`AddrKw::Segment`]).
const SEGMENT: &[&str] = &[
    "특별시",
    "광역시",
    "특별자치",
    "경기도",
    "강원도",
    "충청북도",
    "충청남도",
    "전라북도",
    "전라남도",
    "경상북도",
    "경상남도",
    "号楼",
    "號樓",
    "路",
    "街",
    "شارع",
    "شقة",
    "طريق",
    "רחוב",
    "דירה",
    "שדרות",
    "ถนน",
    "ซอย",
    // Persian, Hindi and Bengali streets, lanes, plots and flats (`خیابان ولیعصر، کوچه
    // نسترن، پلاک ۱۲`, `173 स्टेशन रोड, …`, `ফ্ল্যাট 1T, সাত মসজিদ রোড`).
    "خیابان",
    "کوچه",
    "پلاک",
    "بلوار",
    "रोड",
    "मार्ग",
    "कॉलोनी",
    "गली",
    "मकान",
    "फ्लैट",
    "सेक्टर",
    "রোড",
    "সড়ক",
    "বাড়ি",
    "ফ্ল্যাট",
    "লেন",
    "ул.",
    "вул.",
    "пр-т",
    "просп.",
    "пер.",
    "бул.",
    "наб.",
    "улица",
    "вулиця",
    "проспект",
    // Korean and Vietnamese addresses in Latin letters (`453 Teheran-ro, Gangnam-gu, Seoul
    // 06527`, `148/29 Lê Văn Sỹ, Phường 15, Quận 3, TP.HCM`).
    "-gu, ",
    "Phường ",
    "Quận ",
    "Mah.",
    "Sok.",
    "Cad.",
    "Mahallesi",
    "Sokak",
    "Caddesi",
    "Bulvarı",
    // Armenian and Georgian avenues, streets and flats (`Սայաթ-Նովայի պողոտա 80, բն. 9`,
    // `პეკინის ქუჩა 41, ბინა 9`), Thai house numbers and districts.
    "պողոտա",
    "փողոց",
    "ქუჩა",
    "გამზირი",
    "ბინა",
    "บ้านเลขที่",
    "ตำบล",
    "อำเภอ",
];

/// An address written as one segment around a [`SEGMENT`] word at `t[s..e]`: from the
/// start of the segment (a line, a quote, a cell, a field's value) to its end, with a
/// digit in it (a house, flat or postcode number) and no more than 160 bytes.
fn segment(t: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    // Chinese `路`/`街` count only before a house number: `建国路5号`.
    let han = t[s] >= 0xE4 && t[s] <= 0xE9 && e - s == 3;
    if han && !t[s..e].starts_with("号".as_bytes()) && !t[s..e].starts_with("號".as_bytes()) {
        let d = run_digits(t, e);
        if d == e || !(t[d..].starts_with("号".as_bytes()) || t[d..].starts_with("號".as_bytes()))
        {
            return None;
        }
    }
    let stop_left = |b: u8| {
        matches!(
            b,
            b'\n' | b'"' | b'\'' | b'\t' | b'|' | b'>' | b'(' | b'`' | b';' | b'='
        )
    };
    let stop_right = |b: u8| {
        matches!(
            b,
            b'\n' | b'"' | b'\'' | b'\t' | b'|' | b'<' | b')' | b'`' | b';'
        )
    };
    // Left: to the segment's start; a Latin word (`at`, `is`) before non-Latin text
    // ends it too, and so does `: `.
    let latin_core = t[s].is_ascii();
    let mut a = s;
    while a > 0 && s - a < 100 {
        let b = t[a - 1];
        if stop_left(b)
            || (b == b' ' && a >= 2 && t[a - 2] == b':')
            || (b == b'\\' && at(t, a) == b'n')
        {
            break;
        }
        if !latin_core && b.is_ascii_alphabetic() {
            // Keep a unit word written in Latin (`Apt 4, …`) only when it is glued to a digit.
            break;
        }
        a -= 1;
    }
    while a < s && matches!(t[a], b' ' | b',' | b'-' | b':') {
        a += 1;
    }
    // A Latin word before a Latin marker is the segment's start only when capitalised
    // (`Moda Mah.`), so `at Moda Mah.` starts at `Moda`.
    if latin_core {
        let mut k = a;
        while k < s {
            if t[k].is_ascii_lowercase() && (k == a || t[k - 1] == b' ') {
                a = memchr::memchr(b' ', &t[k..s]).map_or(s, |p| k + p + 1);
            }
            k += 1;
        }
    }
    // Right: to the segment's end (a sentence's end: `. ` or `? `).
    let mut z = e;
    while z < t.len() && z - e < 120 {
        let b = t[z];
        // A sentence ends at `. ` before a Latin word, but not after an abbreviation
        // (`Sok. No: 38`, `д. 38`, `ул. Тверская`).
        let sentence_end = matches!(b, b'.' | b'?' | b'!')
            && match at(t, z + 1) {
                0 | b'\n' => true,
                b' ' => {
                    let word = t[..z]
                        .iter()
                        .rev()
                        .take_while(|&&c| c.is_ascii_alphabetic() || c >= 0x80)
                        .count();
                    // After a postcode (`Seoul 06527. Key box…`) a dot ends the sentence.
                    let digits = t[..z]
                        .iter()
                        .rev()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    at(t, z + 2).is_ascii_alphabetic() && (!(b == b'.' && word <= 3) || digits >= 4)
                }
                _ => false,
            };
        if stop_right(b)
            || sentence_end
            // A colon before a time ends it (`বেইলি রোড: 10:00–19:00`: a shop's hours).
            || (b == b':'
                && at(t, z + 1) == b' '
                && at(t, z + 2).is_ascii_digit()
                && (at(t, z + 3) == b':' || at(t, z + 4) == b':'))
            || (b == b'\\' && matches!(at(t, z + 1), b'n' | b'"'))
            || (b == b' ' && at(t, z + 1).is_ascii_lowercase())
        {
            break;
        }
        z += 1;
    }
    while z > e && matches!(t[z - 1], b' ' | b',' | b'.' | b'-' | b':') {
        z -= 1;
    }
    // The byte limits may stop inside a character of a script of three-byte letters
    // (Thai, Devanagari): the segment keeps whole characters.
    while a < s && (t[a] & 0xC0) == 0x80 {
        a += 1;
    }
    while z > e && z < t.len() && (t[z] & 0xC0) == 0x80 {
        z -= 1;
    }
    let seg = &t[a..z];
    (z > a
        && z - a >= 8
        && z - a <= 160
        && seg.iter().any(u8::is_ascii_digit)
        && !seg.windows(3).any(|w| w == b"://"))
    .then_some((a, z))
}

fn run_digits(t: &[u8], i: usize) -> usize {
    let mut k = i;
    while k < t.len() && t[k].is_ascii_digit() {
        k += 1;
    }
    k
}

fn eq_any(w: &[u8], list: &[&str]) -> bool {
    list.iter().any(|k| k.as_bytes().eq_ignore_ascii_case(w))
}

fn lower_ends_with(w: &[u8], suffix: &[u8]) -> bool {
    w.len() > suffix.len() && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Word spans (any script, with `'` `-` `.` inside) around `i` on one line.
fn word_fwd(t: &[u8], i: usize) -> usize {
    let mut j = i;
    while let Some((c, l)) = char_at(t, j) {
        if c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '/') || (c == '.' && j > i) {
            j += l;
        } else {
            break;
        }
    }
    // A quote that closes a string is no part of the word (`… 105 64 Athens'`).
    while j > i && matches!(t[j - 1], b'\'' | b'-' | b'/') {
        j -= 1;
    }
    j
}

/// An address whose house number starts at `s` (a digit at a word start):
/// `164 Victoria Street`, `115 rue de la Paix` (number first) or
/// `Lindenstraße 113b`, `Via Roma 12`, `Rua Augusta, 1500` (number after the street).
pub fn at_number(t: &[u8], s: usize, out: &mut Out) -> Option<usize> {
    let r = res()?;
    let he = house_at(t, s)?;
    // Every shape below has a street after the number (`12 Main St`, `12, rue…`) or
    // before it (`Hauptstraße 5`): a space on one side at least.
    let space_after = at(t, he) == b' ' || (at(t, he) == b',' && at(t, he + 1) == b' ');
    // (`Calle Álamo #323`, as Mexico writes the number after its street.)
    let space_before =
        s >= 2 && (t[s - 1] == b' ' || (t[s - 1] == b'#' && s >= 3 && t[s - 2] == b' '));
    if !(space_after || space_before) {
        return None;
    }
    // A day, its month and a year (`10 December 1815`, `10 Jul 1856`, `November 7, 1867`)
    // is a date.
    if (space_after && super::keywords::month_then_year_at(t, he + 1))
        || (space_before && super::keywords::day_after_month_at(t, s))
        || super::keywords::year_after_month_name(t, s)
    {
        return None;
    }
    if let Some((start, end)) = unit_first(t, s, he) {
        let (end, _) = tail(t, end, r);
        out.push((EntityKind::Address, "street_address", start, end));
        return Some(end);
    }
    let (start, end) = match number_first(t, s, he, r).or_else(|| number_after(t, s, he, r)) {
        Some((start, end, needs_tail)) => {
            let (end, tail) = tail(t, end, r);
            if needs_tail && !tail {
                return None;
            }
            (start, end)
        }
        None => {
            // No street word: the shape alone (`114 Phillips Forges, Watsonstad DD38 7EX`,
            // `Haugeberget 28, 9488 Engen`), when a postcode follows.
            let (start, core_end) =
                generic_number_first(t, s, he).or_else(|| generic_number_after(t, s, he))?;
            let (end, _, postcode) = tail_parts(t, core_end, r);
            if !postcode || !postcode_plausible(&t[core_end..end]) {
                return None;
            }
            (start, end)
        }
    };
    let mut start = widen_left(t, start, r);
    if t[s..he].iter().filter(|&&b| b == b'-').count() == 2 {
        start = start.min(building_before(t, s));
    }
    // The quote that closes a string stays (`SET line = '…, 105 64 Athens'`).
    let mut end = end;
    while end > start && t[end - 1] == b'\'' {
        end -= 1;
    }
    out.push((EntityKind::Address, "street_address", start, end));
    Some(end)
}

/// An address that opens with the house, plot or flat and goes on with numbered roads,
/// blocks and the names of buildings, estates and districts, as South Asia, the Gulf,
/// Nigeria and the Philippines write them (`House 94, Road 25`, `Plot 247-B, Gulberg III,
/// Lahore 54660`, `Flat 6, Block C, Dolphin Estate`, `Villa 4, Street 13, Jumeirah 1`,
/// `Blk 31 Lot 25, Phase 1, BF Homes`). The number starts at `s` and ends at `he`.
fn unit_first(t: &[u8], s: usize, he: usize) -> Option<(usize, usize)> {
    if s < 2 || t[s - 1] != b' ' {
        return None;
    }
    let ws = word_back(t, s - 1);
    let unit = &t[ws..s - 1];
    // A house, plot, flat or villa is someone's home whatever follows; a unit, block or
    // lot only before a numbered road or block.
    let home = eq_any(
        unit,
        &[
            "House",
            "Plot",
            "Flat",
            "Villa",
            "Blk",
            "Apartment",
            "H.No.",
            "Bungalow",
        ],
    );
    let other = eq_any(unit, &["Unit", "Block", "Lot", "Shop"]);
    if !(home || other) || letter_before(t, ws) {
        return None;
    }
    let mut end = he;
    let mut segments = 0;
    let mut numbered = 0;
    for _ in 0..6 {
        let sep = if t[end..].starts_with(b", ") {
            2
        } else if at(t, end) == b' ' && segments == 0 && end == he {
            1
        } else {
            break;
        };
        let p = end + sep;
        if let Some(e) = numbered_part(t, p) {
            end = e;
            segments += 1;
            numbered += 1;
            continue;
        }
        if sep == 1 {
            break;
        }
        // One to four capitalised words (`Askari Tower`, `Gulberg III`, `Brgy. Poblacion`),
        // perhaps a number or postcode after them (`Jumeirah 1`, `Makati City 1210`).
        let mut k = p;
        let mut words = 0;
        while words < 4 && is_cap_word_start(t, k) {
            let we = word_fwd(t, k);
            if we == k || eq_any(&t[k..we], NOT_PLACES) {
                break;
            }
            words += 1;
            k = we;
            if at(t, k) == b' ' && (is_cap_word_start(t, k + 1) || at(t, k + 1).is_ascii_digit()) {
                if at(t, k + 1).is_ascii_digit() {
                    let de = k + 1 + t[k + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
                    if !letter_after(t, de) && de - k - 1 <= 6 {
                        k = de;
                        break;
                    }
                    break;
                }
                k += 1;
            } else {
                break;
            }
        }
        if words == 0 {
            break;
        }
        end = k;
        segments += 1;
    }
    // A full stop after the last word closes the sentence (`…, Jumeirah 1, Dubai. Old`).
    if t[end - 1] == b'.' && end >= 5 && t[end - 5..end - 1].iter().all(u8::is_ascii_lowercase) {
        end -= 1;
    }
    let enough = if home { segments >= 1 } else { numbered >= 1 };
    enough.then_some((ws, end))
}

/// A numbered road, block or phase (`Road 25`, `Street 10`, `Block C`, `Phase 1`,
/// `Lot 25`, `Tower 4`, `9th Cross`, `2nd Main`): its end.
fn numbered_part(t: &[u8], p: usize) -> Option<usize> {
    let we = word_fwd(t, p);
    let w = &t[p..we];
    let kinds = [
        "Road", "Rd", "Rd.", "Street", "St", "St.", "Lane", "Sector", "Block", "Blk", "Phase",
        "Lot", "Tower", "Gali", "Soi", "Avenue", "Ave", "Ave.", "Cross", "Main", "Zone", "Wing",
        "Floor", "Building", "Bldg", "Estate",
    ];
    if eq_any(w, &kinds) && at(t, we) == b' ' {
        let ns = we + 1;
        let ne = ns
            + t[ns..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'/' || **b == b'-')
                .count();
        let token = &t[ns..ne];
        let ok = !token.is_empty()
            && token.len() <= 6
            && (token.iter().any(u8::is_ascii_digit)
                || (token.len() == 1 && token[0].is_ascii_uppercase()));
        return ok.then_some(ne);
    }
    // `9th Cross`, `2nd Main` (Bengaluru).
    let de = p + t[p..].iter().take_while(|b| b.is_ascii_digit()).count();
    if de > p && eq_any(&t[de..word_fwd(t, de)], &["st", "nd", "rd", "th"]) {
        let we2 = word_fwd(t, de);
        if at(t, we2) == b' ' {
            let w2e = word_fwd(t, we2 + 1);
            if eq_any(
                &t[we2 + 1..w2e],
                &[
                    "Cross", "Main", "Street", "Road", "Block", "Avenue", "Floor",
                ],
            ) {
                return Some(w2e);
            }
        }
    }
    None
}

/// Capitalised words that follow a number in other things than addresses (`Unit 5,
/// Chapter 3`, `Block 2, Lesson 4`).
const NOT_PLACES: &[&str] = &[
    "Chapter", "Lesson", "Section", "Page", "Part", "Season", "Episode", "Module", "Step", "Level",
    "Figure", "Table", "Act", "Scene", "Verse", "Volume", "Week", "Day", "Exercise", "Question",
    "Task", "Test", "Quiz", "Row", "Column", "Line", "Item",
];

/// A Japanese address written in Latin letters starts with its building and room
/// before the block number (`Park House 106, 2-16-7 Marunouchi`, `Sunrise Aoba 206⏎1-22-20
/// Shibuya`): one to four words and a room number, on the same line or the one before.
fn building_before(t: &[u8], s: usize) -> usize {
    let mut i = s;
    if i >= 2 && t[i - 2] == b',' && t[i - 1] == b' ' {
        i -= 2;
    } else {
        // A line break, raw or escaped (`\n`, `\\n`).
        let mut k = i;
        while k > 0 && t[k - 1] == b' ' {
            k -= 1;
        }
        if k >= 1 && t[k - 1] == b'\n' {
            i = k - 1;
        } else if k >= 2 && t[k - 1] == b'n' && t[k - 2] == b'\\' {
            i = k - 2;
            while i > 0 && t[i - 1] == b'\\' {
                i -= 1;
            }
        } else {
            return s;
        }
    }
    // The room number.
    let de = i;
    while i > 0 && t[i - 1].is_ascii_digit() && de - i < 4 {
        i -= 1;
    }
    if i == de || i < 2 || t[i - 1] != b' ' {
        return s;
    }
    let mut start = None;
    let mut k = i - 1;
    for _ in 0..4 {
        let ws = word_back(t, k);
        if ws == k {
            break;
        }
        if is_cap_word_start(t, ws) {
            start = Some(ws);
        } else if !eq_any(&t[ws..k], &["de", "du", "la", "le"]) {
            break;
        }
        if ws < 2 || t[ws - 1] != b' ' {
            break;
        }
        k = ws - 1;
    }
    start.unwrap_or(s)
}

/// A postcode in `tail` that is not a year or a small count (`2024 Release`).
fn postcode_plausible(tail: &[u8]) -> bool {
    let mut i = 0;
    while i < tail.len() {
        if tail[i].is_ascii_digit() && (i == 0 || !tail[i - 1].is_ascii_alphanumeric()) {
            let e = i + tail[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            // A unit's number (`#574`, `bus 3`, `Apt 12`) is no postcode: look further.
            let unit = (i > 0 && tail[i - 1] == b'#')
                || (i > 1 && tail[i - 1] == b' ' && {
                    let ws = tail[..i - 1]
                        .iter()
                        .rposition(|b| !b.is_ascii_alphabetic() && *b != b'.')
                        .map_or(0, |k| k + 1);
                    eq_any(
                        &tail[ws..i - 1],
                        &[
                            "apt", "apt.", "unit", "suite", "ste", "flat", "bus", "bte", "app",
                            "apto", "ap.", "room", "floor", "lgh", "m.", "lok.", "lok", "kv.",
                            "top", "whg.", "depto", "dpto.", "int.",
                        ],
                    )
                });
            // A floor (`2º B`, `3ª`, `1°`) neither.
            let floor =
                tail.get(e) == Some(&0xC2) && matches!(tail.get(e + 1), Some(0xBA | 0xAA | 0xB0));
            if unit || floor {
                i = e;
                continue;
            }
            let n = e - i;
            let v = std::str::from_utf8(&tail[i..e])
                .ok()
                .and_then(|x| x.parse::<u32>().ok())
                .unwrap_or(0);
            let letters_after = tail
                .get(e)
                .is_some_and(|b| b.is_ascii_uppercase() || *b == b' ')
                && tail.get(e + 1).is_some_and(u8::is_ascii_uppercase)
                && tail.get(e + 2).is_some_and(u8::is_ascii_uppercase);
            let joined = matches!(tail.get(e), Some(b'-') | Some(b' '))
                && tail.get(e + 1).is_some_and(u8::is_ascii_digit);
            return n >= 5 || joined || letters_after || (n == 4 && !(1900..=2099).contains(&v));
        }
        if tail[i].is_ascii_uppercase() && tail.get(i + 1).is_some_and(u8::is_ascii_digit) {
            // UK / CA / IE postcodes start with a letter.
            return true;
        }
        i += 1;
    }
    false
}

/// `114 Phillips Forges`, `9/67 Shields Tarn`: a number and capitalised words.
fn generic_number_first(t: &[u8], s: usize, he: usize) -> Option<(usize, usize)> {
    let mut i = he;
    let mut end = None;
    for n in 0..5 {
        if at(t, i) != b' ' {
            break;
        }
        let ws = i + 1;
        let we = word_fwd(t, ws);
        if we == ws {
            break;
        }
        let w = &t[ws..we];
        if is_cap_word_start(t, ws) {
            end = Some(we);
        } else if !(n > 0 && eq_any(w, &["de", "la", "of", "the", "del", "do", "da", "dos"])) {
            break;
        }
        i = we;
    }
    Some((s, end?))
}

/// `Haugeberget 28`, `Trevo Sousa, 22`, `Gert-Dehmel-Ring 27b`, `R. de Abreu 90`.
fn generic_number_after(t: &[u8], s: usize, he: usize) -> Option<(usize, usize)> {
    if s < 2 || letter_after(t, he) {
        return None;
    }
    let mut i = s - 1;
    if t[i] != b' ' {
        return None;
    }
    if i > 0 && t[i - 1] == b',' {
        i -= 1;
    }
    let mut start = None;
    let mut last_word = None;
    for _ in 0..4 {
        let ws = word_back(t, i);
        if ws == i {
            break;
        }
        let w = &t[ws..i];
        // A word that ends a sentence (`…AFTER THE DEPLOY. THE TEST CARD 3566`) is no
        // part of a street's name; an abbreviation's dot is (`R. de Abreu 90`).
        if start.is_some() && w.ends_with(b".") && w.len() > 4 {
            break;
        }
        last_word.get_or_insert((ws, i));
        if is_cap_word_start(t, ws) {
            start = Some(ws);
        } else if !eq_any(
            w,
            &[
                "de", "la", "do", "da", "dos", "das", "del", "di", "van", "der", "den",
            ],
        ) {
            break;
        }
        if ws < 2 || t[ws - 1] != b' ' {
            break;
        }
        i = ws - 1;
    }
    let start = start?;
    // What numbers a document is no street (`Booking 1576 8460`, `Invoice 2397 1847`).
    const ID_WORDS: &[&str] = &[
        "booking",
        "invoice",
        "order",
        "ticket",
        "case",
        "ref",
        "reference",
        "account",
        "policy",
        "claim",
        "flight",
        "seat",
        "chapter",
        "section",
        "step",
        "version",
        "build",
        "item",
        "sku",
        "model",
        "serial",
        "card",
        "voucher",
        "receipt",
        "batch",
        "release",
        "issue",
        "job",
        "bestellung",
        "pedido",
        "commande",
        "ordine",
        "pesanan",
        "zoom",
        "meeting",
        "webinar",
        "room",
        "gate",
        "platform",
    ];
    let word_end = if t[s - 2] == b',' { s - 2 } else { s - 1 };
    if start < word_end && eq_any(&t[start..word_end], ID_WORDS) {
        return None;
    }
    // The word right before the number names a document's number (`THE TEST CARD 3566
    // 6872`, `Your Booking 1576 8460`).
    if last_word.is_some_and(|(a, b)| eq_any(&t[a..b], ID_WORDS)) {
        return None;
    }
    // One lone capitalised word that is the sentence's first is not enough
    // (`Build 4521, 2024 Release`): street names of one word need a postcode
    // of five digits or letters, which `postcode_plausible` checks.
    Some((start, he))
}

/// `164 Victoria Street`, `12, MG Road`, `115 rue de la Paix`.
fn number_first(t: &[u8], s: usize, he: usize, _r: &Res) -> Option<(usize, usize, bool)> {
    let mut i = he;
    if at(t, i) == b',' {
        i += 1;
    }
    for n in 0..7 {
        if at(t, i) != b' ' {
            return None;
        }
        let ws = i + 1;
        let we = word_fwd(t, ws);
        if we == ws {
            return None;
        }
        let w = &t[ws..we];
        let w_trim = w.strip_suffix(b".").unwrap_or(w);
        if n > 0 && is_cap_word_start(t, ws) && (eq_any(w, SUFFIX) || eq_any(w_trim, SUFFIX)) {
            let mut end = we;
            for d in [
                &b" NW"[..],
                b" NE",
                b" SW",
                b" SE",
                b" N",
                b" S",
                b" E",
                b" W",
            ] {
                if t[end..].starts_with(d) && !letter_after(t, end + d.len()) {
                    end += d.len();
                    break;
                }
            }
            return Some((s, end, false));
        }
        if n == 0 && eq_any(w, PREFIX) {
            let name_end = name_words(t, we, 6)?;
            return Some((s, name_end, false));
        }
        let ordinal = w[0].is_ascii_digit()
            && [&b"st"[..], b"nd", b"rd", b"th"]
                .iter()
                .any(|x| w.ends_with(x));
        let cap = is_cap_word_start(t, ws);
        let particle = eq_any(w, &["de", "la", "of", "the", "del", "von", "van"]);
        if !(cap || ordinal || (particle && n > 0)) {
            return None;
        }
        i = we;
        if at(t, i) == b',' {
            return None;
        }
    }
    None
}

/// `Lindenstraße 113b`, `Karl Johans gate 22`, `Via Roma 12`, `Rua Augusta, 1500`, `ul. Długa 5/3`.
fn number_after(t: &[u8], s: usize, he: usize, _r: &Res) -> Option<(usize, usize, bool)> {
    if letter_after(t, he) {
        return None;
    }
    let mut i = s;
    // `Calle Álamo #323`.
    if i >= 3 && t[i - 1] == b'#' && t[i - 2] == b' ' {
        i -= 1;
    }
    // `Straße 5`, `Augusta, 1500`, `n° 5`.
    if i < 2 || t[i - 1] != b' ' {
        return None;
    }
    i -= 1;
    if t[i - 1] == b',' {
        i -= 1;
    }
    // A word that says a number follows (`Str. Republicii nr. 15`, `Jl. Melati No. 149A`,
    // `Rua Bahia, nº 1239`, `пр-т Мира, д. 80`).
    let mw = word_back_marker(t, i);
    if mw < i && eq_any(&t[mw..i], NUMBER_MARKS) && mw >= 2 && t[mw - 1] == b' ' {
        i = mw - 1;
        if t[i - 1] == b',' {
            i -= 1;
        }
    }
    let mut first_word = true;
    let mut after_de = false;
    for _ in 0..7 {
        let ws = word_back(t, i);
        if ws == i {
            return None;
        }
        let w = &t[ws..i];
        // A street type that opens the name (`Str. Republicii`, `Jl. Malioboro`) even
        // when it could close one elsewhere (`Hauptstr.`).
        if !first_word && eq_any(w, OPENING) && is_cap_word_start(t, ws) && !letter_before(t, ws) {
            return Some((ws, he, false));
        }
        // Norway's `gate`, `vei`, `plass` as a word of their own after a name in the
        // genitive (`Karl Johans gate 1`, `Thorvald Meyers gate 12`): English words too
        // (`Gate 12`), so only after a capitalised word.
        let separate =
            first_word && eq_any(w, &["gate", "veg", "plass"]) && ws >= 2 && t[ws - 1] == b' ' && {
                let b = word_back(t, ws - 1);
                b < ws - 1 && is_cap_word_start(t, b) && t[ws - 2] == b's'
            };
        if separate
            || first_word
                && is_cap_word_start(t, ws)
                && GLUED.iter().any(|g| {
                    lower_ends_with(w, g.as_bytes())
                        || (w.len() == g.len() && w.eq_ignore_ascii_case(g.as_bytes()))
                })
        {
            // Capitalised words before a separate type word: `Alte Straße`, `Karl Johans gate`.
            let mut start = ws;
            let mut k = ws;
            for _ in 0..2 {
                if k < 2 || t[k - 1] != b' ' {
                    break;
                }
                let b = word_back(t, k - 1);
                if b < k - 1
                    && is_cap_word_start(t, b)
                    && (separate || GLUED.iter().any(|g| w.eq_ignore_ascii_case(g.as_bytes())))
                {
                    start = b;
                    k = b;
                } else {
                    break;
                }
            }
            return Some((start, he, false));
        }
        if eq_any(w, GLUED) && !first_word {
            return None;
        }
        if eq_any(w, PREFIX) && !letter_before(t, ws) {
            name_words(t, i, 6)?;
            let ambiguous = eq_any(
                w,
                &[
                    "via",
                    "place",
                    "avenue",
                    "boulevard",
                    "corso",
                    "largo",
                    "route",
                    "al.",
                    "plaza",
                    "camino",
                ],
            );
            return Some((ws, he, ambiguous && !at(t, ws).is_ascii_uppercase()));
        }
        let cap = is_cap_word_start(t, ws);
        let particle = eq_any(
            w,
            &[
                "de", "la", "le", "du", "des", "del", "della", "dei", "di", "do", "da", "dos",
                "das", "e", "y",
            ],
        );
        // A street named after a date (`Calle 5 de Mayo`, `Avenida 9 de Julio`, `Rua 7 de
        // Setembro`): the day before its `de`.
        let day = after_de && w.len() <= 2 && w.iter().all(u8::is_ascii_digit);
        if !(cap || particle || day) {
            return None;
        }
        after_de = w.eq_ignore_ascii_case(b"de");
        first_word = false;
        if ws < 2 || t[ws - 1] != b' ' {
            return None;
        }
        i = ws - 1;
    }
    None
}

struct Res {
    unit: Regex,
    postcode_city: Regex,
    city_state: Regex,
    country: Regex,
    left_unit: Regex,
    district: Regex,
}

const POSTCODE: &str = r"(?:(?:[A-Z]{1,3}-)?\d{5}-\d{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|(?:[A-Z]{1,3}-)?\d{5}|\d{3}\x20\d{2}|\d{4}\x20?[A-Z]{2}|\d{2}-\d{3}|\d{7}|\d{6}|\d{3}\x20\d{3}|(?:[A-Z]{1,3}-)?\d{4}|[A-Z]\d[A-Z]\x20?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\x20?\d[A-Z]{2}|[A-Z]\d{2}\x20?[A-Z0-9]{4})";
const CITY: &str = r"(?:(?:Co\.\x20|County\x20)?\p{Lu}[\p{L}'’.]+(?:[\x20-](?:\p{Lu}[\p{L}'’.]+|de|del|la|le|les|sur|am|an|der|im|upon|on|du|da|do|dos|das|di|y|en|ku|shi|cho|machi|gun|mura|ken)\b){0,3}(?:\x20\(\p{L}+\))?)";
const STATE: &str = r"(?:[A-Z]{2,4}|\p{Lu}\p{L}{2,}(?:\x20\p{Lu}\p{L}+)?)";

static RES: OnceLock<Res> = OnceLock::new();

/// Compile the address patterns once; called by `Scanner::new`, which reports
/// a failure as a scanner error.
pub fn init() -> Result<(), regex::Error> {
    if RES.get().is_some() {
        return Ok(());
    }
    let res = Res {
        unit: Regex::new(
            r"^(?i:apartment|appartement|apto|apt|unit|suite|stiege|stock|ste|flat|floor|fl|room|rm|building|bldg|piso|planta|puerta|pta|wohnung|whg|étage|bte|bus|depto|dept|interior|interno|int|lgh|sala|andar|escalera|esc|block|blk|level|lvl|top|tür|app|scala|og|lok|m\.|bloco|casa|ap|lote|quadra|qd|conj|loja)\.?\x20?(?:no\.?\x20?)?#?\x20?(?:[0-9][0-9A-Za-z/-]{0,5}|[A-Za-z][0-9][0-9A-Za-z/-]{0,4}|[A-Za-z]{1,2})\b|^\d{1,3}(?:st|nd|rd|th|º|ª|er|e|°|\.)?\x20(?i:floor|andar|piso|étage|stock|og|etage|planta)\b|^#\x20?\d{1,5}[A-Za-z]?\b|^\d{1,2}\.?[ºª°](?:\x20?-?\x20?(?:(?i:izda|izq|izquierda|dcha|dcha|dra|der|derecha|esq|dto|dta|dir|centro|ctro|int|interior)\.?|[A-Za-z]\b|\d{1,2}[ºª]?))?|^(?i:bajo|ático|atico|entresuelo|entlo\.|r/c)(?:\x20[A-Za-z]\b)?|^(?:\d{1,2}\.|(?i:st|kl)\.)\x20?(?i:th|tv|mf)\b\.?",
        )?,
        postcode_city: Regex::new(&format!(
            r"^(?:〒)?{POSTCODE}\b(?:,?\x20{CITY})?(?:(?:,\x20?|\x20-\x20|\x20){STATE}\b)?"
        ))?,
        city_state: Regex::new(&format!(
            r"^{CITY}(?:(?:,\x20?|\x20-\x20|\x20){STATE}\b)?(?:(?:,\x20?|\x20-\x20|\x20)(?:〒)?{POSTCODE}\b)?"
        ))?,
        country: Regex::new(
            r"^(?i:USA|U\.S\.A\.|United States(?: of America)?|UK|U\.K\.|United Kingdom|England|Scotland|Wales|Ireland|Éire|Canada|Deutschland|Germany|Österreich|Austria|Schweiz|Suisse|Svizzera|Switzerland|France|Belgique|België|Belgium|Nederland|Netherlands|The Netherlands|Italia|Italy|España|Spain|Portugal|Polska|Poland|Sverige|Sweden|Danmark|Denmark|Norge|Norway|Suomi|Finland|Japan|日本|India|Bharat|Australia|Brasil|Brazil|México|Mexico|New Zealand)\b",
        )?,
        district: Regex::new(
            r"^(?:Col\.|Colonia|Bairro|Barrio|Fracc\.|Fraccionamiento|Urb\.|Urbanización)\x20\p{Lu}[\p{L}'.-]*(?:\x20[\p{L}'.-]+){0,4}",
        )?,
        left_unit: Regex::new(
            r"(?:(?i:flat|apt\.?|apartment|unit|suite|ste\.?|room|floor|house|h\.\x20?no\.?|h\.no\.?|plot|door|villa|block|bldg\.?|building|piso|depto\.?|apto\.?|c/o)\x20?(?:no\.?\x20?|#\x20?)?[0-9A-Za-z][0-9A-Za-z/-]{0,5},?\x20+(?:[\p{Lu}][\p{L}'.-]*(?:\x20[\p{Lu}][\p{L}'.-]*){0,3},\x20)?|#\x20?[0-9]{1,5}[A-Za-z]?,\x20+|\b[0-9]{1,5}/[0-9]{1,4},?\x20+)$",
        )?,
    };
    let _ = RES.set(res);
    let _ = &RES;
    Ok(())
}

fn res() -> Option<&'static Res> {
    RES.get()
}

type Out = Vec<(EntityKind, &'static str, usize, usize)>;

/// Run the detector for the address keyword at `t[s..e]`.
pub fn detect(t: &[u8], s: usize, e: usize, kw: AddrKw, out: &mut Out) {
    let Some(r) = res() else { return };
    let core = match kw {
        AddrKw::PoBox => pobox_core(t, s, e, r),
        AddrKw::Japan => {
            if let Some((a, b)) = japan(t, s, e) {
                out.push((EntityKind::Address, "address_jp", a, b));
            }
            return;
        }
        AddrKw::Segment => {
            if let Some((a, b)) = segment(t, s, e) {
                out.push((EntityKind::Address, "address_segment", a, b));
            }
            return;
        }
    };
    let Some((start, end, needs_tail)) = core else {
        return;
    };
    let (end, tail) = tail(t, end, r);
    if needs_tail && !tail {
        return;
    }
    let start = widen_left(t, start, r);
    out.push((EntityKind::Address, "street_address", start, end));
}

fn is_cap_word_start(t: &[u8], i: usize) -> bool {
    char_at(t, i).is_some_and(|(c, _)| c.is_uppercase())
}

/// Start of the word that ends at `i`, with the signs numbers are marked with (`nº`,
/// `n°`, `№`).
fn word_back_marker(t: &[u8], i: usize) -> usize {
    let mut j = i;
    while j > 0 {
        match char_before(t, j) {
            Some((c, l)) if c.is_alphabetic() || matches!(c, '.' | 'º' | '°' | '№') => j -= l,
            _ => break,
        }
    }
    j
}

/// Start of the word that ends at `i` (letters of any script, `'`, `-`, `.`).
fn word_back(t: &[u8], i: usize) -> usize {
    let mut j = i;
    while j > 0 {
        if let Some((c, l)) = char_before(t, j) {
            // CJK text runs into a Latin street name (`请寄到Detlef-Ullmann-Platz 30`).
            let cjk = matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF);
            if !cjk && (c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.')) {
                j -= l;
                continue;
            }
        }
        break;
    }
    // An escaped line break inside a JSON string is no part of the word (`…\\nFlat 5`).
    if j + 1 < i && j > 0 && t[j - 1] == b'\\' && matches!(t[j], b'n' | b't' | b'r') {
        j += 1;
    }
    // A quote that opens a string is no part of the word (`SET line = 'Sonnenstraße 114,
    // …'`); one inside a name is (`O'Connell`), and so is `'s-Gravenhage`.
    while j < i && matches!(t[j], b'\'' | b'-' | b'.') && is_cap_word_start(t, j + 1) {
        j += 1;
    }
    j
}

/// A house number at `i` (`12`, `113b`, `12/3`, `12-3-45`, `12 bis`): returns its end.
fn house_at(t: &[u8], i: usize) -> Option<usize> {
    // CJK text runs into the number without a space (`请寄到3793 Lucas Court`).
    let cjk_before = char_before(t, i).is_some_and(|(c, _)| super::util::is_cjk_or_punct(c));
    if letter_before(t, i) && !cjk_before {
        return None;
    }
    if !at(t, i).is_ascii_digit() {
        return None;
    }
    let digits = |j: usize, max: usize| {
        let mut k = j;
        while k < t.len() && t[k].is_ascii_digit() && k - j < max {
            k += 1;
        }
        k
    };
    let mut j = digits(i, 6);
    if j - i > 5 || at(t, j).is_ascii_digit() {
        return None;
    }
    // One or two letters glued to the number: `113b`; a quantity is none (`100ml`,
    // `1kg`, `16GB`).
    let l = t[j..]
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if l == 2 && !letter_after(t, j + 2) {
        const UNITS: [&[u8]; 14] = [
            b"kg", b"mg", b"ml", b"cl", b"dl", b"cm", b"mm", b"km", b"gb", b"mb", b"tb", b"kb",
            b"oz", b"lb",
        ];
        if UNITS.iter().any(|u| t[j..j + 2].eq_ignore_ascii_case(u)) {
            return None;
        }
    }
    if (1..=2).contains(&l) && !letter_after(t, j + l) {
        j += l;
    }
    // `12/3`, `12-3-45`.
    while matches!(at(t, j), b'/' | b'-') && at(t, j + 1).is_ascii_digit() {
        let k = digits(j + 1, 5);
        if k - (j + 1) > 4 {
            break;
        }
        j = k;
        if at(t, j).is_ascii_alphabetic() && !letter_after(t, j + 1) {
            j += 1;
        }
    }
    // `247-B`, `116/B`: a letter after a dash or slash.
    if matches!(at(t, j), b'/' | b'-')
        && at(t, j + 1).is_ascii_uppercase()
        && !super::util::alnum(at(t, j + 2))
    {
        j += 2;
    }
    for sfx in [&b" bis"[..], b" ter", b"bis", b"ter"] {
        if t[j..].starts_with(sfx) && !letter_after(t, j + sfx.len()) {
            j += sfx.len();
            break;
        }
    }
    if letter_after(t, j) {
        return None;
    }
    Some(j)
}

/// Name words after a prefix keyword: `de la Paix`, `Roma`, `XX Settembre`.
fn name_words(t: &[u8], mut i: usize, max: usize) -> Option<usize> {
    let mut end = None;
    let mut n = 0;
    while n < max {
        if at(t, i) != b' ' {
            break;
        }
        let ws = i + 1;
        let mut we = ws;
        while let Some((c, l)) = char_at(t, we) {
            if c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.') {
                we += l;
            } else {
                break;
            }
        }
        // The day of a street named after a date (`Calle 5 de Mayo`).
        if we == ws {
            let d = t[ws..].iter().take_while(|b| b.is_ascii_digit()).count();
            if (1..=2).contains(&d) && t[ws + d..].starts_with(b" de ") {
                n += 1;
                i = ws + d;
                continue;
            }
        }
        if we == ws {
            break;
        }
        let w = &t[ws..we];
        let cap = is_cap_word_start(t, ws);
        let particle = [
            &b"de"[..],
            b"la",
            b"le",
            b"les",
            b"du",
            b"des",
            b"del",
            b"della",
            b"delle",
            b"dei",
            b"degli",
            b"di",
            b"do",
            b"da",
            b"dos",
            b"das",
            b"e",
            b"y",
            b"l'",
            b"d'",
        ]
        .iter()
        .any(|p| w == *p || (p.ends_with(b"'") && w.starts_with(p)));
        if !cap && !particle {
            break;
        }
        n += 1;
        i = we;
        if cap {
            end = Some(we);
        }
    }
    end
}

/// `P.O. Box 1234`, `Postfach 10 20 30`, `Apartado 45`.
fn pobox_core(t: &[u8], s: usize, e: usize, _r: &Res) -> Option<(usize, usize, bool)> {
    if letter_before(t, s) {
        return None;
    }
    let mut i = e;
    if at(t, i) == b' ' {
        i += 1;
    }
    if matches!(at(t, i), b'#' | b':') {
        i += 1;
        if at(t, i) == b' ' {
            i += 1;
        }
    }
    let ds = i;
    while at(t, i).is_ascii_digit() || (at(t, i) == b' ' && at(t, i + 1).is_ascii_digit()) {
        i += 1;
    }
    (i > ds && !letter_after(t, i)).then_some((s, i, false))
}

/// `〒100-0001 東京都千代田区千代田1-1-1`, `神奈川県横浜市西区みなとみらい2-3-1`.
fn japan(t: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let is_jp = |c: char| {
        matches!(c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xFF10..=0xFF19)
            || c.is_ascii_digit()
            || matches!(c, '-' | '−' | '‐' | 'ー' | '〒' | '－')
    };
    let mut start = s;
    if &t[s..e] != "〒".as_bytes() {
        // Back over the prefecture name (at most three Han characters).
        for _ in 0..3 {
            match char_before(t, start) {
                Some((c, l)) if matches!(c as u32, 0x4E00..=0x9FFF) => start -= l,
                _ => break,
            }
        }
    }
    let mut end = e;
    let mut digits = 0;
    let mut chars = 0;
    while let Some((c, l)) = char_at(t, end) {
        if c == ' ' && chars == 0 {
            end += 1;
            continue;
        }
        if !is_jp(c) || chars > 40 {
            break;
        }
        if c.is_ascii_digit() || matches!(c as u32, 0xFF10..=0xFF19) {
            digits += 1;
        }
        chars += 1;
        end += l;
    }
    let span = std::str::from_utf8(&t[start..end]).ok()?;
    let has_locality = span.contains(['市', '区', '町', '村', '郡']);
    (digits >= 1 && chars >= 4 && (has_locality || &t[s..e] == "〒".as_bytes()))
        .then_some((start, end))
}

/// Grow right over units, postcode and city, city and state, country.
/// Returns the new end and whether a postcode, state or city part was found.
fn tail(t: &[u8], end: usize, r: &Res) -> (usize, bool) {
    let (end, found, _) = tail_parts(t, end, r);
    (end, found)
}

/// [`tail`], also saying whether a postcode was part of it.
fn tail_parts(t: &[u8], mut end: usize, r: &Res) -> (usize, bool, bool) {
    let mut found = false;
    let mut postcode_seen = false;
    let mut town_missing = false;
    // The last part read ended with its postcode (`Col. Condesa, 08372`, `C.P. 08372`):
    // the town may follow it (`08372 Ciudad de México, CDMX`).
    let mut code_last = false;
    for _ in 0..6 {
        // A unit after a plain space: `Gastonboulevard 30 bus 3`, `Rua X 12 apto 4`.
        if !postcode_seen && at(t, end) == b' ' && at(t, end + 1).is_ascii_lowercase() {
            let w = &t[end + 1..t.len().min(end + 24)];
            if let Some(m) = r.unit.find(w) {
                end += 1 + m.end();
                continue;
            }
        }
        // A staircase and a flat after the house number (`Mannerheimintie 12 B 7,
        // 00100 Helsinki`, `Hämeenkatu 5 A 12`).
        if !postcode_seen
            && at(t, end) == b' '
            && (b'A'..=b'H').contains(&at(t, end + 1))
            && at(t, end + 2) == b' '
        {
            let d = t[(end + 3).min(t.len())..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if (1..=3).contains(&d) && matches!(at(t, end + 3 + d), b',' | b'\n' | 0) {
                end += 3 + d;
                continue;
            }
        }
        let (sep_len, newline) = separator(t, end);
        if sep_len == 0 {
            break;
        }
        let plain_space = sep_len == 1 && at(t, end) == b' ';
        let p = end + sep_len;
        let lim = t.len().min(p + 80);
        let w = &t[p..lim];
        if let Some(m) = r.unit.find(w) {
            if !postcode_seen {
                end = p + m.end();
                continue;
            }
        }
        if let Some(m) = r.country.find(w) {
            if !letter_after(t, p + m.end()) {
                end = p + m.end();
                found = true;
                break;
            }
        }
        if postcode_seen {
            // After a postcode only a state (`, CDMX`) may follow, or the town on the
            // next line when the postcode stood alone on its own (`1571LD⏎Oldenzaal`).
            let st = run_state(t, p);
            if st > p && !newline {
                end = st;
            } else if !newline && code_last {
                // A town and its state, then what closes the address (`08372 Monterrey.`,
                // `C.P. 08372, Monterrey, N.L.`); not the next sentence (`08372, Thanks`).
                if let Some(m) = r.city_state.find(w) {
                    let q = p + m.end();
                    // (A town's word may take the sentence's point: `Monterrey. Móvil`.)
                    let point = t[q - 1] == b'.' && matches!(at(t, q), b' ' | 0);
                    if !w[..m.end()].iter().any(u8::is_ascii_digit)
                        && (point
                            || matches!(
                                at(t, q),
                                b'.' | b','
                                    | b'\n'
                                    | b'\r'
                                    | b'"'
                                    | b'\''
                                    | b'<'
                                    | b')'
                                    | b'\\'
                                    | 0
                            ))
                    {
                        end = q - usize::from(point);
                        // A state written with points (`Monterrey, N.L.`, `La Paz, B.C.S.`).
                        if !point && t[end..].starts_with(b", ") {
                            let d = dotted_abbreviation(&t[end + 2..]);
                            if d > 0 {
                                end += 2 + d;
                            }
                        }
                    }
                }
            } else if newline && town_missing {
                if let Some(m) = r.city_state.find(w) {
                    let seg = &w[..m.end()];
                    if !seg.contains(&b'\n')
                        && !letter_after(t, p + m.end())
                        && at(t, p + m.end()) != b':'
                    {
                        end = p + m.end();
                    }
                }
            }
            break;
        }
        if let Some(m) = r.postcode_city.find(w) {
            // Digits after the code make it a phone number's first group (`0808 756 9908`).
            let more_digits = phone_group(t, p, p + m.end());
            if m.end() > 0 && !letter_after(t, p + m.end()) && !more_digits {
                end = p + m.end();
                found = true;
                postcode_seen = true;
                // A town has small letters (`1571LD`, `S7 3LL` are a code alone).
                town_missing = !w[..m.end()].iter().any(u8::is_ascii_lowercase);
                continue;
            }
        }
        // After a plain space, only a town with its postcode (`9 Kings Road Cardiff CF11
        // 9DE`), as addresses are written on one line without commas.
        let with_code = |m: &regex::bytes::Match| {
            let seg = &w[..m.end()];
            seg.iter().any(u8::is_ascii_digit) && seg.iter().any(u8::is_ascii_lowercase)
        };
        if let Some(m) = r
            .city_state
            .find(w)
            .filter(|m| !plain_space || with_code(m))
        {
            let seg = &w[..m.end()];
            // A label is no town (`IBAN DE89…`, `Tel: …`, `BIC BNPAFRPP`).
            let first = &seg[..seg
                .iter()
                .position(|&b| b == b' ' || b == b',')
                .unwrap_or(seg.len())];
            let one_word = first.len() == seg.len() && !seg.iter().any(u8::is_ascii_digit);
            if (one_word && at(t, p + m.end()) == b':')
                || eq_any(
                    first,
                    &[
                        "iban", "bic", "swift", "fax", "phone", "mobile", "email", "e-mail", "vat",
                        "ssn", "dob", "ifsc", "account", "ref", "pin",
                    ],
                )
            {
                break;
            }
            let has_code = seg.iter().any(u8::is_ascii_digit)
                || seg
                    .windows(2)
                    .any(|x| x[0].is_ascii_uppercase() && x[1].is_ascii_uppercase());
            // A town alone on its line when the postcode follows on the next
            // (`Sheffield⏎S7 3LL`).
            let code_next = || {
                let (l, nl) = separator(t, p + m.end());
                nl && r
                    .postcode_city
                    .find(&t[p + m.end() + l..t.len().min(p + m.end() + l + 40)])
                    .is_some_and(|c| {
                        let q = p + m.end() + l + c.end();
                        !letter_after(t, q) && !phone_group(t, p + m.end() + l, q)
                    })
            };
            if m.end() > 0 && !letter_after(t, p + m.end()) && (has_code || !newline || code_next())
            {
                end = p + m.end();
                found = true;
                if seg.iter().any(u8::is_ascii_digit) {
                    postcode_seen = true;
                    code_last = seg.last().is_some_and(u8::is_ascii_digit);
                }
                continue;
            }
        }
        // A district line in Latin America: `Col. Juárez`, `Bairro Centro`.
        if let Some(m) = r.district.find(w) {
            end = p + m.end();
            continue;
        }
        break;
    }
    (end, found, postcode_seen)
}

/// Whether the digits at `t[s..e]`, read as a postcode, are a phone number's first group
/// (`0808 756 9908`): they open with a trunk zero and more digits follow.
fn phone_group(t: &[u8], s: usize, e: usize) -> bool {
    at(t, s) == b'0'
        && at(t, e) == b' '
        && at(t, e + 1).is_ascii_digit()
        && t[s..e].iter().all(|b| b.is_ascii_digit() || *b == b' ')
}

/// The length of capitals each with a point that open `w` (`N.L.`, `B.C.S.`), two or
/// three of them, or 0.
fn dotted_abbreviation(w: &[u8]) -> usize {
    let n = w
        .chunks(2)
        .take(3)
        .take_while(|c| c.len() == 2 && c[0].is_ascii_uppercase() && c[1] == b'.')
        .count();
    if n >= 2 && !at(w, 2 * n).is_ascii_alphanumeric() {
        2 * n
    } else {
        0
    }
}

/// A state or region code after a postcode: `CDMX`, `SP`, `NSW`.
fn run_state(t: &[u8], p: usize) -> usize {
    let mut i = p;
    while i < t.len() && i - p < 4 && t[i].is_ascii_uppercase() {
        i += 1;
    }
    if i - p >= 2 && !letter_after(t, i) {
        i
    } else {
        p
    }
}

/// Separator between address parts at `i`: `, `, ` - `, a newline (also
/// escaped inside JSON: `\n`), or a space before a postcode. Returns its
/// length and whether it breaks the line.
fn separator(t: &[u8], i: usize) -> (usize, bool) {
    // Line breaks, raw or escaped (once or twice) inside JSON, after an optional comma;
    // a JSON string's `\n` is read as a space and a line break (see `scan_text`).
    let comma = usize::from(at(t, i) == b',');
    let space =
        usize::from(at(t, i + comma) == b' ' && matches!(at(t, i + comma + 1), b'\n' | b'\r'));
    let nl = super::util::newline_len(t, i + comma + space);
    let comma = comma + space;
    if nl > 0 {
        let mut n = comma + nl;
        // Indentation of a wrapped line.
        while matches!(at(t, i + n), b' ' | b'\t') && n < 16 {
            n += 1;
        }
        return (n, true);
    }
    let rest = &t[i..t.len().min(i + 6)];
    for sep in [&b", "[..], b" - ", b" \xE2\x80\x93 ", b",", b" "] {
        if rest.starts_with(sep) {
            // A plain space only before a postcode or unit (`Manchester M17 2DB`, `Street Apt 4`).
            if sep == b" " {
                let nb = at(t, i + 1);
                if !(nb.is_ascii_digit() || nb.is_ascii_uppercase() || nb == b'#') {
                    return (0, false);
                }
            }
            return (sep.len(), false);
        }
    }
    (0, false)
}

/// Grow left over a flat or unit: `Flat 12, `, `Apt 4B, `, `H.No. 12-3-45, `, a house
/// number of Thailand or India before the street (`123/45 Sukhumvit Soi 11`).
fn widen_left(t: &[u8], start: usize, r: &Res) -> usize {
    let from = start.saturating_sub(60);
    let mut from = from;
    while from < start && (t[from] & 0xC0) == 0x80 {
        from += 1;
    }
    // Stay on the same line.
    let line = t[from..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(from, |p| from + p + 1);
    match r.left_unit.find(&t[line..start]) {
        Some(m) if !letter_before(t, line + m.start()) => line + m.start(),
        _ => start,
    }
}

/// Street words that open a street's name, in lower case (`rue des lilas`, `carrer de
/// verdi`, `viale monza`), and endings of one-word street names (`hauptstraße`,
/// `ringdijk`, `storgatan`).
const LOWER_STREET_FIRST: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "bd",
    "chemin",
    "allée",
    "allee",
    "place",
    "impasse",
    "quai",
    "calle",
    "avenida",
    "avda",
    "paseo",
    "plaza",
    "carrer",
    "camino",
    "ronda",
    "via",
    "viale",
    "piazza",
    "corso",
    "vicolo",
    "largo",
    "rua",
    "travessa",
    "praça",
    "praca",
    "alameda",
    "estrada",
    "ulica",
    "ul.",
    "aleja",
    "al.",
    "straße",
    "strasse",
];
const LOWER_STREET_ENDS: &[&str] = &[
    "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "ring", "straat",
    "laan", "plein", "gracht", "dijk", "kade", "singel", "gatan", "vägen", "vagen", "gade", "vej",
    "veien", "gata", "katu", "tie",
];

/// A street address in lower case with its number after the street, as voice
/// transcripts of continental Europe write it (`hauptstraße 134 90443 nürnberg`, `rue des
/// lilas 132 75014 paris`, `carrer de verdi 41 50016 zaragoza`, `ringdijk 192 2544 ke den
/// haag`): the street (a word that opens a street's name and up to three more, or one
/// word ending like a street), the house number `s`, a postcode of four or five digits
/// (two letters after four, as the Netherlands write it) and a town. Without the postcode
/// and the town it is not read.
pub fn lower_case_number_after(t: &[u8], s: usize, out: &mut Out) -> Option<usize> {
    let he = house_at(t, s)?;
    if s < 2 || t[s - 1] != b' ' || at(t, he) != b' ' {
        return None;
    }
    let lower = |b: u8| b.is_ascii_lowercase() || b >= 0x80 || b == b'\'' || b == b'.';
    // Up to four words back: the street.
    let mut start = None;
    let mut k = s - 1;
    for n in 0..4 {
        let ws = k - super::util::run_back(t, k, 24, lower);
        if ws == k || t[ws..k].iter().any(|b| b.is_ascii_uppercase()) {
            break;
        }
        let w = &t[ws..k];
        if n == 0
            && LOWER_STREET_ENDS
                .iter()
                .any(|x| w.len() > x.len() + 2 && w.ends_with(x.as_bytes()))
        {
            start = Some(ws);
        }
        if LOWER_STREET_FIRST.iter().any(|x| w == x.as_bytes()) {
            start = Some(ws);
        }
        if ws < 2 || t[ws - 1] != b' ' {
            break;
        }
        k = ws - 1;
    }
    let start = start?;
    // The postcode: four or five digits, and two letters after four (`2544 ke`).
    let ps = he + 1;
    let pe = ps
        + t[ps..]
            .iter()
            .take(6)
            .take_while(|b| b.is_ascii_digit())
            .count();
    if !(4..=5).contains(&(pe - ps)) || at(t, pe) != b' ' {
        return None;
    }
    let mut te = pe + 1;
    if pe - ps == 4
        && at(t, te).is_ascii_lowercase()
        && at(t, te + 1).is_ascii_lowercase()
        && at(t, te + 2) == b' '
    {
        te += 3;
    }
    // The town: one word, two after a particle (`den haag`, `la rochelle`).
    let word_end = |i: usize| {
        i + t[i..]
            .iter()
            .take(24)
            .take_while(|&&b| lower(b) && b != b'.')
            .count()
    };
    let w1 = word_end(te);
    if w1 - te < 3 {
        return None;
    }
    // A quantity after two numbers (`via ferrata 2 1500 metres`) is no town.
    const NOT_TOWNS: &[&str] = &[
        "metres", "meters", "metre", "meter", "km", "kms", "feet", "ft", "times", "people",
        "units", "pieces", "items", "euros", "euro", "dollars", "years", "days", "hours",
        "minutes", "steps", "kg", "calories", "words", "pages", "points", "votes", "users",
    ];
    if NOT_TOWNS.iter().any(|x| &t[te..w1] == x.as_bytes()) {
        return None;
    }
    let mut end = w1;
    if matches!(
        &t[te..w1],
        b"den" | b"de" | b"la" | b"le" | b"el" | b"san" | b"santa" | b"saint" | b"bad"
    ) && at(t, w1) == b' '
    {
        let w2 = word_end(w1 + 1);
        if w2 > w1 + 2 {
            end = w2;
        }
    }
    out.push((EntityKind::Address, "street_address", start, end));
    Some(end)
}

/// A street address written all in lower case, as voice transcripts write it
/// (`2089 e sunset ave #4e madison wi 53701-5316`, `62 main street ballincollig co. cork
/// d02 4a56`, `8 kingsway sheffield s11 7bg`): a house number, one to four words ending
/// in a street word, an optional unit, and then, when they are there, the town and a
/// postcode. Without a postcode, only after a place cue (`im at`, `going to`, `address
/// is`, `live at`). `s` is the house number.
pub fn lower_case_at_number(t: &[u8], s: usize, out: &mut Out) -> Option<usize> {
    let he = house_at(t, s)?;
    if at(t, he) != b' ' || !at(t, he + 1).is_ascii_lowercase() {
        return None;
    }
    // Lower-case ASCII words and where each ends.
    let word = |i: usize| {
        let e = i + t[i..]
            .iter()
            .take(24)
            .take_while(|b| b.is_ascii_lowercase() || **b == b'.' || **b == b'\'')
            .count();
        (e > i && !letter_after(t, e)).then_some(e)
    };
    // The street: up to five words, the last a street word (or one glued: `kingsway`).
    let mut i = he + 1;
    let mut street_end = None;
    for k in 0..5 {
        let Some(e) = word(i) else { break };
        let w = t[i..e].strip_suffix(b".").unwrap_or(&t[i..e]);
        let glued = k == 0
            && ["way", "gate", "field", "wood"]
                .iter()
                .any(|x| w.ends_with(x.as_bytes()) && w.len() > x.len() + 2);
        if (k > 0 && eq_any(&t[i..e], SUFFIX)) || glued {
            street_end = Some(e);
            break;
        }
        if at(t, e) != b' ' {
            break;
        }
        i = e + 1;
    }
    let mut end = street_end?;
    // A unit: `#4e`, `unit 13`, `apt 4b`, `suite 600`; its number is one to six letters
    // and digits.
    let unit_number = |k: usize| {
        let e = k + t[k..]
            .iter()
            .take(6)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        (e > k).then_some(e)
    };
    let unit = |i: usize| -> Option<usize> {
        let j = i + 1;
        if at(t, i) != b' ' {
            return None;
        }
        if at(t, j) == b'#' {
            return unit_number(j + 1);
        }
        let we = word(j)?;
        if !matches!(
            &t[j..we],
            b"unit" | b"apt" | b"apartment" | b"suite" | b"flat" | b"ste"
        ) || at(t, we) != b' '
        {
            return None;
        }
        unit_number(we + 1)
    };
    if let Some(e) = unit(end) {
        end = e;
    }
    // The town and a postcode: up to four words, then the code.
    let mut j = end;
    let mut coded = None;
    for _ in 0..6 {
        if at(t, j) != b' ' {
            break;
        }
        if let Some(e) = lower_postcode(t, j + 1) {
            coded = Some(e);
            break;
        }
        // A district number belongs to the town: `dublin 8`.
        let nd = t[j + 1..]
            .iter()
            .take(3)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if (1..=2).contains(&nd) && at(t, j + 1 + nd) == b' ' {
            j += 1 + nd;
            continue;
        }
        match word(j + 1) {
            Some(e) => j = e,
            None => break,
        }
    }
    let end = match coded {
        Some(e) => e,
        None => {
            const CUES: &[&str] = &[
                "im at",
                "i'm at",
                "going to",
                "address is",
                "live at",
                "moving to",
                "pick me up at",
                "deliver to",
                "ship to",
                "located at",
            ];
            let before = &t[s.saturating_sub(24)..s];
            if !super::util::mentions_any(before, CUES) {
                return None;
            }
            end
        }
    };
    // A flat before the number: `unit 5 91 brunswick st`, `apt 73 the maltings 12 …`.
    let from = s.saturating_sub(48);
    let mut start = s;
    for unit in [&b"unit "[..], b"apt ", b"apartment ", b"flat ", b"suite "] {
        if let Some(k) = memchr::memmem::rfind(&t[from..s], unit) {
            let us = from + k;
            let between = &t[us + unit.len()..s];
            let clean = between
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b' ');
            if (us == 0 || !t[us - 1].is_ascii_alphanumeric())
                && clean
                && between.first().is_some_and(u8::is_ascii_alphanumeric)
            {
                start = start.min(us);
            }
        }
    }
    out.push((EntityKind::Address, "street_address", start, end));
    Some(end)
}

/// A postcode in lower case at `i`, with what names the state before it when it is a
/// number (`wi 53701-5316`, `nsw 2042`, `ns b3h 6s6`, `s11 7bg`, `d02 4a56`).
fn lower_postcode(t: &[u8], i: usize) -> Option<usize> {
    let tok = |k: usize| {
        let e = k + t[k..]
            .iter()
            .take(10)
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        (e > k && !letter_after(t, e)).then_some(e)
    };
    let e0 = tok(i)?;
    let w0 = &t[i..e0];
    let digits = |w: &[u8]| w.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = |w: &[u8]| w.iter().filter(|b| b.is_ascii_lowercase()).count();
    // `wi 53701`, `nsw 2042`, `ns b3h 6s6`: a state or province of two or three letters.
    if (2..=3).contains(&w0.len()) && letters(w0) == w0.len() && at(t, e0) == b' ' {
        let e1 = tok(e0 + 1)?;
        let w1 = &t[e0 + 1..e1];
        let zip = (w1.len() == 5 || w1.len() == 10 || w1.len() == 4)
            && digits(w1) + usize::from(w1.contains(&b'-')) == w1.len();
        if zip {
            return Some(e1);
        }
        // Canadian `b3h 6s6`.
        if w1.len() == 3 && digits(w1) == 1 && at(t, e1) == b' ' {
            let e2 = tok(e1 + 1)?;
            if e2 - (e1 + 1) == 3 && digits(&t[e1 + 1..e2]) == 2 {
                return Some(e2);
            }
        }
        return None;
    }
    // UK `s11 7bg`, `cf24 8df`; Irish `d02 4a56`, `h91 yc3v`: a letter and digits, then
    // three or four letters and digits with at least one of each.
    let outward = (2..=4).contains(&w0.len()) && w0[0].is_ascii_lowercase() && digits(w0) >= 1;
    if outward && at(t, e0) == b' ' {
        let e1 = tok(e0 + 1)?;
        let w1 = &t[e0 + 1..e1];
        if (3..=4).contains(&w1.len()) && digits(w1) >= 1 && letters(w1) >= 1 {
            return Some(e1);
        }
    }
    None
}
