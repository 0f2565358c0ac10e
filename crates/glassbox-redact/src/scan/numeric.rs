//! Numbers with separators: cards, SSNs/ITINs, phones, IPv4.
//!
//! Starts at a digit (or `+`/`(`) that begins a word, reads up to 12 digit
//! chunks joined by single separators, then tries the longest chunk prefix
//! that a validator accepts. Order numbers, prices, versions and invalid-Luhn
//! numbers fall through untouched. Numbers said digit by digit in voice transcripts
//! (`four four six zero …`) go through the same checks ([`spoken`]).

use super::util::{at, window_has, word_end, word_start};
use crate::entity::EntityKind;
use crate::validate;

const MAX_CHUNKS: usize = 12;

#[derive(Clone, Copy, Default)]
struct Chunk {
    start: usize,
    end: usize,
    /// Separator that follows this chunk (0 for none).
    sep: u8,
}

/// A numeric finding: kind, rule, start, end.
pub type NumHit = (EntityKind, &'static str, usize, usize);

const PHONE_WORDS: &[&str] = &[
    "call",
    "phone",
    "tel",
    "mobile",
    "cell",
    "number",
    "whatsapp",
    "sms",
    "text me",
    "fax",
    "contact",
    "reach me",
    "reach us",
    "reach our",
    "dial",
    "switchboard",
    "hotline",
    "office on",
    "handy",
    "tlf",
    "puh",
    "móvil",
    "movil",
    "celular",
    "telefon",
    "téléphone",
    "telefoon",
    "portable",
    "cellulare",
    "numero",
    "número",
    "numéro",
    "nummer",
    "numer",
    "llámame",
    "llamame",
    "llamar",
    "liga no",
    "ligue",
    "joindre",
    "erreichen",
    "anrufen",
    "rufen sie",
    "chiamami",
    "chiamare",
    "bel me",
    "ring me",
    "ring",
    "reach",
    "callback",
    "call back",
    "call-back",
    "text me",
    "zadzwoń",
    "zavolejte",
    "hívjon",
    "ara",
    "arayın",
    "gọi",
    "hubungi",
    "телефон",
    "тел",
    "tél",
    "mobiel",
    "gsm",
    "simu",
    "piga",
    "جوال",
    "звоните",
    "номер",
    "τηλ",
    "Τηλ",
    "ΤΗΛ",
    "κιν.",
    "Κιν.",
    "κινητό",
    "Κινητό",
    "dzwonić",
    "dzwonic",
    "ruf mich unter",
    "erreichbar unter",
    "unter der nummer",
    "ติดต่อ",
    "nomor",
    "no hp",
    "no. hp",
    "电话",
    "请打",
    "拨打",
    "致电",
    "telemóvel",
    "telemovel",
    "dzwońcie",
    "dzwoń",
    "मोबाइल",
    "電話",
    "手机",
    "手機",
    "携帯",
    "番号",
    "전화",
    "핸드폰",
    "هاتف",
    "اتصل",
    "טלפון",
    "फ़ोन",
    "फोन",
    "โทร",
    "appeler",
    "appelez",
    "rappeler",
    "rappelez",
    "ligar",
    "llámenme",
    "llamenme",
    "chiamatemi",
    "bellen",
    "תתקשר",
    "התקשר",
    "להתקשר",
    "позвоните",
    "позвони",
    "τηλέφων",
    "can text",
];

/// Try the numeric detectors at `s` (a digit or `+` at a word start).
/// Returns the hit, if any, and the end of the digit group read, so the
/// caller can skip the whole group (a failed card must not become a phone).
/// With `checksummed_only`, only validated kinds (cards, SSNs, IPs, `+` phones)
/// are accepted: used inside a group that already failed from its start.
pub fn detect(t: &[u8], s: usize, checksummed_only: bool) -> (Option<NumHit>, usize) {
    let mut group_end = s;
    let hit = detect_inner(t, s, checksummed_only, &mut group_end);
    (hit, group_end)
}

fn detect_inner(
    t: &[u8],
    s: usize,
    checksummed_only: bool,
    group_end: &mut usize,
) -> Option<NumHit> {
    let plus = t[s] == b'+';
    let first = if plus { s + 1 } else { s };
    if !at(t, first).is_ascii_digit() {
        return None;
    }
    let paren = s > 0 && t[s - 1] == b'(' && !plus;
    let begin = if paren { s - 1 } else { s };
    // `+` and `(` already separate (`mail@x.com+44 20…`); other starts need a word boundary.
    if !plus && !paren && !word_start(t, begin) {
        return None;
    }
    // The host of a URL (`jdbc:postgresql://192.168.10.133:5432/…`): an IP address only.
    let url_host = begin >= 2 && &t[begin - 2..begin] == b"//" && !plus;
    if begin > 0
        && matches!(t[begin - 1], b'$' | b'#' | b'/' | b'\\' | b'=' | b'%')
        && !plus
        && !url_host
    {
        // Prices, `#123`, paths and `key=123` values are not this detector's.
        if t[begin - 1] != b'=' {
            return None;
        }
    }
    let mut chunks = [Chunk::default(); MAX_CHUNKS];
    let mut n = 0;
    let mut i = first;
    let mut paren_open = paren;
    loop {
        let cs = i;
        while i < t.len() && t[i].is_ascii_digit() && i - cs < 19 {
            i += 1;
        }
        if i == cs {
            break;
        }
        chunks[n] = Chunk {
            start: cs,
            end: i,
            sep: 0,
        };
        n += 1;
        if n == MAX_CHUNKS {
            break;
        }
        // Separator: one of ` - . /`, or `)` / `) ` closing an area code, or ` (` opening one.
        let c = at(t, i);
        let (sep, skip) = match c {
            b')' if paren_open => {
                paren_open = false;
                if at(t, i + 1) == b' ' {
                    (b')', 2)
                } else if let Some(k) = wrap_len(t, i + 1).filter(|&k| {
                    // An area code that ends its line (`(020)⏎9517 0636`): the first group,
                    // two to five digits, one line break (a blank line ends the number).
                    (n == 1 || (plus && n == 2))
                        && (2..=5).contains(&(i - cs))
                        && t[i + 1..i + 1 + k]
                            .iter()
                            .filter(|&&b| b == b'\n' || b == b'n')
                            .count()
                            == 1
                }) {
                    (b')', 1 + k)
                } else {
                    (b')', 1)
                }
            }
            b' ' if at(t, i + 1) == b'('
                && n == 1
                && (plus || (i - cs == 1 && matches!(t[cs], b'7' | b'8'))) =>
            {
                paren_open = true;
                (b' ', 2)
            }
            // `+44(0)118 …`
            b'(' if n == 1 && plus => {
                paren_open = true;
                (b' ', 1)
            }
            // No-break spaces (U+00A0, U+202F) between groups.
            0xC2 if at(t, i + 1) == 0xA0 => (b' ', 2),
            0xE2 if at(t, i + 1) == 0x80 && at(t, i + 2) == 0xAF => (b' ', 3),
            // Typographic hyphens and dashes (U+2010, U+2011 no-break, U+2012 figure,
            // U+2013 en dash), as word processors and phones write them (`555‑0132`).
            0xE2 if at(t, i + 1) == 0x80 && (0x90..=0x93).contains(&at(t, i + 2)) => (b'-', 3),
            // Two spaces between groups, as copied from a form (`4539  1488`).
            b' ' if at(t, i + 1) == b' ' && at(t, i + 2).is_ascii_digit() => (b' ', 2),
            // A hyphen ending a wrapped line (`4539-1488-⏎0343-6467`).
            b'-' if matches!(at(t, i + 1), b'\n' | b'\r' | b'\\') => match wrap_len(t, i + 1) {
                Some(k) => (b'\n', k + 1),
                None => break,
            },
            // A space ending a wrapped line (`4539 1488⏎0343 6467` with the space kept).
            b' ' if matches!(at(t, i + 1), b'\n' | b'\r') => match wrap_len(t, i + 1) {
                Some(k) => (b'\n', k + 1),
                None => break,
            },
            // `+49 (0) 89 / 25 82 50-91`: a slash with spaces around it.
            b' ' if at(t, i + 1) == b'/' && at(t, i + 2) == b' ' => (b'/', 3),
            b' ' | b'-' | b'.' | b'/' => (c, 1),
            // A value wrapped over a line break, also escaped inside a JSON string.
            b'\n' | b'\r' | b'\\' => match wrap_len(t, i) {
                Some(k) => (b'\n', k),
                None => break,
            },
            _ => break,
        };
        if !at(t, i + skip).is_ascii_digit() {
            break;
        }
        chunks[n - 1].sep = sep;
        i += skip;
    }
    if n == 0 {
        return None;
    }
    // A phone extension right after the last group (`…3902x886`, `… ext. 12`) belongs to
    // the number: masked with it when the group is a phone.
    let last = chunks[n - 1];
    let ext_end = if n >= 2 {
        extension_end(t, last.end)
    } else {
        None
    };
    // A chunk glued to letters (`44db9243-…`, `0x5a…`) belongs to an identifier:
    // drop it; a lone one means the whole group is an identifier.
    if ext_end.is_none() && (at(t, last.end).is_ascii_alphabetic() || at(t, last.end) == b'_') {
        if n == 1 {
            return None;
        }
        n -= 1;
        chunks[n - 1].sep = 0;
    }
    // A group that goes on over a line break, if nothing reads it whole, leaves the next
    // line's digits to be read on their own (`8001⏎077 796 6496`: a postcode, then a phone).
    *group_end = chunks[..n]
        .iter()
        .find(|c| c.sep == b'\n')
        .map_or(chunks[n - 1].end, |c| c.end);
    // Groups joined throughout by one `-`, `.` or `/` are one token: an order id
    // `395-1067856-9235791` holds no phone number in its first two groups.
    let one_token = n >= 3
        && matches!(chunks[0].sep, b'-' | b'.' | b'/')
        && chunks[..n - 1].iter().all(|x| x.sep == chunks[0].sep);
    for j in (1..=n).rev() {
        if j < n && one_token {
            break;
        }
        let c = &chunks[..j];
        let end = c[j - 1].end;
        let ext = ext_end.filter(|_| j == n);
        // The full group must end at a word boundary; shorter prefixes end at a separator.
        if j == n && ext.is_none() && !word_end(t, end) {
            continue;
        }
        if let Some((kind, rule)) = classify(t, begin, c, plus, paren, checksummed_only) {
            if url_host && kind != EntityKind::IpAddress {
                return None;
            }
            return match ext {
                Some(e) if kind == EntityKind::Phone => Some((kind, rule, begin, e)),
                // Not a phone: digits glued to letters are an identifier's.
                Some(_) => None,
                None => Some((kind, rule, begin, end)),
            };
        }
    }
    None
}

/// End of a phone extension starting at `i`: `x886`, `X12`, ` x 12`, ` ext 12`,
/// ` ext. 12`, `ext12`, followed by a word end; 1 to 6 digits.
fn extension_end(t: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    if at(t, j) == b' ' {
        j += 1;
    }
    let lower = |k: usize| at(t, k).to_ascii_lowercase();
    if lower(j) == b'e' && lower(j + 1) == b'x' && lower(j + 2) == b't' {
        j += 3;
        if at(t, j) == b'.' {
            j += 1;
        }
    } else if lower(j) == b'x' {
        j += 1;
    } else {
        return None;
    }
    if at(t, j) == b' ' {
        j += 1;
    }
    let digits = j;
    while at(t, j).is_ascii_digit() && j - digits < 7 {
        j += 1;
    }
    (j > digits && j - digits <= 6 && word_end(t, j)).then_some(j)
}

/// Length of a line break at `i` (`\n`, `\r\n`, or the escaped `\\n` /
/// `\\r\\n` of a JSON string) plus the indentation after it.
pub fn wrap_len(t: &[u8], i: usize) -> Option<usize> {
    let mut k = super::util::newline_len(t, i);
    if k == 0 {
        return None;
    }
    while matches!(at(t, i + k), b' ' | b'\t') && k < 16 {
        k += 1;
    }
    Some(k)
}

/// `t[begin..end]` is a whole line (raw or escaped line breaks around it).
fn own_line(t: &[u8], begin: usize, end: usize) -> bool {
    let starts = begin == 0
        || t[begin - 1] == b'\n'
        || (begin >= 2 && t[begin - 2] == b'\\' && t[begin - 1] == b'n');
    // (An escaped break inside a JSON string is read as a space and the break.)
    let ends = end == t.len()
        || matches!(t[end], b'\n' | b'\r')
        || super::util::newline_len(t, end) > 0
        || (t[end] == b' ' && at(t, end + 1) == b'\n');
    starts && ends
}

/// A phone word in the same sentence, at most `win` bytes before `begin`.
fn phone_cue_before(t: &[u8], begin: usize, win: usize) -> bool {
    // Scripts of two or three bytes a letter say as much in more bytes.
    let win = if t[begin.saturating_sub(win)..begin]
        .iter()
        .any(|&b| b >= 0x80)
    {
        win * 3 / 2
    } else {
        win
    };
    let mut from = begin.saturating_sub(win);
    let mut k = begin;
    while k > from {
        let b = t[k - 1];
        // Dot leaders of a form (`Téléphone ......... 0646706191`) are no sentence end,
        // and the label before them counts.
        if b == b'.' && k >= 3 && t[k - 2] == b'.' && t[k - 3] == b'.' {
            let run = super::util::run_back(t, k, 64, |c| c == b'.' || c == b' ');
            from = from.saturating_sub(run);
            k -= run;
            continue;
        }
        // A sentence ends here, unless the dot closes an abbreviation (`tel. 22 123 45 67`,
        // `ph. …`, `mob. …`).
        let abbreviation = b == b'.' && {
            let w = k - 1 - super::util::run_back(t, k - 1, 5, |c| c.is_ascii_alphabetic());
            (1..=4).contains(&(k - 1 - w))
        };
        // A label that ends its line (`Meu número novo:⏎21 419 1668`) labels the next.
        let label_line = || {
            let spaces = super::util::run_back(t, k - 1, 8, |c| c == b' ');
            k > spaces + 1 && t[k - 2 - spaces] == b':'
        };
        if b == b'\n' && k == begin && label_line() {
            from = from.saturating_sub(1);
            k -= 1;
            continue;
        }
        if b == b'\n'
            || (matches!(b, b'.' | b'!' | b'?' | b';') && at(t, k) == b' ' && !abbreviation)
        {
            from = k;
            break;
        }
        k -= 1;
    }
    static CUES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        // Leftmost-longest: `telefone` must be read whole, not as the `tel` it starts with.
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(PHONE_WORDS)
            .ok()
    });
    match cues {
        // `[PHONE]`, a placeholder of an earlier redaction, is no cue.
        // A short Latin cue is a whole word (`Spring2023`, `Sara`, `hotel` and `cellar`
        // hold no `ring`, `ara`, `tel` or `cell`); longer ones may sit inside a word
        // (`cellphone`, `telephone`).
        // A cue followed by another number labels that one (`Tracking number 291949061,
        // ETA 2021-11-26`).
        Some(ac) => ac.find_iter(&t[from..begin]).any(|m| {
            let (ms, me) = (from + m.start(), from + m.end());
            // (The few bytes right before it may be its own trunk prefix: `0 (599) 817…`.)
            let between = &t[me..begin.saturating_sub(3).max(me)];
            if between.iter().any(u8::is_ascii_digit) {
                return false;
            }
            let short_latin = t[ms].is_ascii_alphabetic() && me - ms <= 4;
            // (`[Phone] 0761…` is a form's label: a placeholder is written in capitals.)
            let placeholder =
                ms > 0 && t[ms - 1] == b'[' && !t[ms..me].iter().any(u8::is_ascii_lowercase);
            // `Sendungsnummer`, `Kundennummer`, `Bestellnummer`: a compound numbers
            // something else unless it starts with a phone word (`Telefonnummer`,
            // `Handynummer`, `Rufnummer`).
            let cue = &t[ms..me];
            if (cue.eq_ignore_ascii_case(b"nummer") || cue.eq_ignore_ascii_case(b"numer"))
                && ms > 0
                && t[ms - 1].is_ascii_alphabetic()
            {
                let ws =
                    ms - super::util::run_back(t, ms, 24, |b| b.is_ascii_alphabetic() || b == b'-');
                let head: Vec<u8> = t[ws..ms]
                    .iter()
                    .filter(|&&b| b != b'-')
                    .map(u8::to_ascii_lowercase)
                    .collect();
                const PHONE_HEADS: &[&str] = &[
                    "telefon",
                    "telefons",
                    "tel",
                    "handy",
                    "ruf",
                    "mobil",
                    "mobilfunk",
                    "fax",
                    "festnetz",
                    "kontakt",
                    "whatsapp",
                    "durchwahl",
                    "notruf",
                    "service",
                    "hotline",
                    "telefoon",
                    "gsm",
                    "mobiel",
                ];
                if !PHONE_HEADS.iter().any(|h| head == h.as_bytes()) {
                    return false;
                }
            }
            let whole =
                (ms == 0 || !t[ms - 1].is_ascii_alphanumeric()) && !at(t, me).is_ascii_alphabetic();
            !placeholder && (!short_latin || whole)
        }),
        None => window_has(t, from, begin, PHONE_WORDS),
    }
}

/// Whether the text names barcodes before `begin`: a word `ean`, `ean13`, `gtin`, `upc`
/// or `barcode` in its first line (a catalogue's header) or in the 200 bytes before (a
/// field's key). Bounded, so a long text of numbers is not read again for each.
fn names_barcodes(t: &[u8], begin: usize) -> bool {
    const WORDS: &[&[u8]] = &[
        b"ean",
        b"ean13",
        b"ean-13",
        b"gtin",
        b"upc",
        b"barcode",
        b"barcodes",
    ];
    let names = |w: &[u8]| {
        w.split(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
            .any(|w| WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    let head = &t[..begin.min(1024)];
    let first_line = memchr::memchr(b'\n', head).map_or(head, |k| &head[..k]);
    names(first_line) || names(&t[begin.saturating_sub(200)..begin])
}

/// Whether the word `w` labels a phone number (`Handynummer`, `Telefon`, `Mobile`,
/// `Tel`): no one's name.
pub(crate) fn phone_label(w: &[u8]) -> bool {
    let w = w.to_ascii_lowercase();
    const ENDS: &[&str] = &["nummer", "numer", "number", "numero"];
    const STARTS: &[&str] = &["telefon", "telephon", "phone", "handy", "mobil", "fax"];
    const WHOLE: &[&str] = &["tel", "mob", "cell", "mobile", "phone", "tlf", "puh", "gsm"];
    ENDS.iter().any(|e| w.ends_with(e.as_bytes()))
        || STARTS.iter().any(|p| w.starts_with(p.as_bytes()))
        || WHOLE.iter().any(|x| w == x.as_bytes())
}

/// True when the word right before `begin` labels the number as an identifier
/// (`account 5849371959`, `Order #6478476203`, `ref: 5697074559`, `customer_id=…`,
/// `Kundennummer 4711…`): a phone word further back does not make it a phone number.
fn id_label_before(t: &[u8], begin: usize) -> bool {
    let mut k = begin;
    let skip = |b: u8| {
        matches!(
            b,
            b' ' | b'\t' | b':' | b'#' | b'=' | b'"' | b'\'' | b'-' | b'.'
        )
    };
    while k > 0 && skip(t[k - 1]) {
        k -= 1;
    }
    let word_at = |end: usize| {
        let mut s = end;
        while s > 0 && (t[s - 1].is_ascii_alphanumeric() || t[s - 1] == b'_') {
            s -= 1;
        }
        (s, t[s..end].to_ascii_lowercase())
    };
    let (s, mut w) = word_at(k);
    // `order no. 123…`, `account number 123…`: the label is the word before.
    if matches!(
        w.as_slice(),
        b"no" | b"nr" | b"num" | b"number" | b"nummer" | b"numero" | b"n"
    ) {
        let mut k2 = s;
        while k2 > 0 && skip(t[k2 - 1]) {
            k2 -= 1;
        }
        w = word_at(k2).1;
    }
    const LABELS: &[&[u8]] = &[
        b"id",
        b"ids",
        b"account",
        b"acct",
        b"order",
        b"ref",
        b"reference",
        b"invoice",
        b"ticket",
        b"case",
        b"booking",
        b"tracking",
        b"confirmation",
        b"transaction",
        b"txn",
        b"policy",
        b"membership",
        b"claim",
        b"shipment",
        b"serial",
        b"sku",
        b"pedido",
        b"cuenta",
        b"bestellung",
        b"bestellnummer",
        b"kundennummer",
        b"konto",
        b"commande",
        b"compte",
        b"ordine",
        b"conto",
        b"encomenda",
        b"pesanan",
        b"bestelling",
        b"ordre",
        b"tilaus",
        b"objedn\xc3\xa1vka",
        b"zam\xc3\xb3wienie",
        b"sipari\xc5\x9f",
        // A video meeting's number (`Zoom 809 6245 6528`, `Meeting ID: 415 7163 7119`).
        b"zoom",
        b"meeting",
        b"webinar",
    ];
    // `caller ID: 0161 720 4481` is a phone number.
    if w == b"id" {
        let mut k2 = s;
        while k2 > 0 && t[k2 - 1] == b' ' {
            k2 -= 1;
        }
        if word_at(k2).1 == b"caller" {
            return false;
        }
    }
    LABELS.contains(&w.as_slice()) || w.ends_with(b"_id") || w.ends_with(b"_no")
}

/// A label right before a number that names a document, an order or a voucher, never a
/// line (`Gift card 691-668-6026`, `Tracking 517-690-4533`, `Order 649-452-2933`); an
/// account or a ticket is often known by its phone (`Linked account: 464.387.0321x92204`,
/// `previous ticket: 676.412.8812x62726`).
fn document_label_before(t: &[u8], begin: usize) -> bool {
    let mut k = begin;
    while k > 0 && matches!(t[k - 1], b' ' | b':' | b'#' | b'.') {
        k -= 1;
    }
    let s = k - t[..k]
        .iter()
        .rev()
        .take(16)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let w = t[s..k].to_ascii_lowercase();
    [
        &b"card"[..],
        b"voucher",
        b"coupon",
        b"receipt",
        b"isbn",
        b"parcel",
        b"package",
        b"tracking",
        b"sku",
        b"serial",
        b"order",
        b"invoice",
        b"booking",
        b"confirmation",
        b"pedido",
        b"commande",
        b"bestellung",
        b"ordine",
        b"encomenda",
        b"pesanan",
        b"bestelling",
        b"ordre",
    ]
    .contains(&w.as_slice())
}

fn wrapped_seps(c: &[Chunk]) -> bool {
    c.iter().any(|x| x.sep == b'\n')
}

fn digits_of(t: &[u8], c: &[Chunk], buf: &mut [u8; 48]) -> usize {
    let mut k = 0;
    for ch in c {
        for &b in &t[ch.start..ch.end] {
            if k < buf.len() {
                buf[k] = b;
                k += 1;
            }
        }
    }
    k
}

fn same_sep(c: &[Chunk], allowed: &[u8]) -> bool {
    let Some(first) = c.first() else { return false };
    let s = first.sep;
    allowed.contains(&s) && c[..c.len() - 1].iter().all(|x| x.sep == s)
}

fn classify(
    t: &[u8],
    begin: usize,
    c: &[Chunk],
    plus: bool,
    paren: bool,
    checksummed_only: bool,
) -> Option<(EntityKind, &'static str)> {
    let found = classify_shape(t, begin, c, plus, paren, checksummed_only)?;
    // Four groups of four digits are a card's shape (a meter, loyalty or reference
    // number when the checksum fails), never a phone's.
    if found.0 == EntityKind::Phone && four_by_four(t, begin) {
        return None;
    }
    Some(found)
}

/// `dddd dddd dddd dddd` (or with dashes) at `i`, and no more digits after it.
fn four_by_four(t: &[u8], i: usize) -> bool {
    let mut k = i;
    for g in 0..4 {
        if g > 0 {
            if !matches!(at(t, k), b' ' | b'-') {
                return false;
            }
            k += 1;
        }
        if !(0..4).all(|x| at(t, k + x).is_ascii_digit()) {
            return false;
        }
        k += 4;
    }
    // No fifth group either (`0322 3622 2176 2298 5460` is some other number).
    let more = at(t, k).is_ascii_digit()
        || (matches!(at(t, k), b' ' | b'-') && at(t, k + 1).is_ascii_digit());
    !more
}

fn classify_shape(
    t: &[u8],
    begin: usize,
    c: &[Chunk],
    plus: bool,
    paren: bool,
    checksummed_only: bool,
) -> Option<(EntityKind, &'static str)> {
    let mut buf = [0u8; 48];
    let nd = digits_of(t, c, &mut buf);
    let d = &buf[..nd];
    let j = c.len();
    let mut lbuf = [0usize; MAX_CHUNKS];
    for (k, x) in c.iter().enumerate() {
        lbuf[k] = x.end - x.start;
    }
    let l = &lbuf[..j];

    if plus {
        return phone_international(d, j, l[0]).then_some((EntityKind::Phone, "phone_intl"));
    }

    // IPv4: exactly four dotted parts.
    if j == 4 && c[3].sep != b'.' && same_sep(c, b".") && l.iter().all(|&x| x <= 3) {
        let mut octets = [0u32; 4];
        for (o, x) in octets.iter_mut().zip(c) {
            *o = t[x.start..x.end]
                .iter()
                .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
        }
        if octets.iter().all(|&v| v <= 255) {
            // Addresses that name no host of anyone: `0.0.0.0` (any interface, this
            // network), loopback, multicast, netmasks and broadcast. Kept as they are.
            if matches!(octets[0], 0 | 127 | 224..=255) {
                return None;
            }
            // A version with four parts (`version: 6.4.33.166`, `APP_VERSION=17.8.15.67`,
            // `Istio 24.10.0.75`, `v1.2.3.4`) is no address.
            if version_before(t, begin) || version_after(t, c[3].end) || version_column(t, begin) {
                return None;
            }
            return Some((EntityKind::IpAddress, "ipv4"));
        }
    }

    let wrapped = c[..j - 1].iter().any(|x| x.sep == b'\n');
    // Payment cards.
    if (13..=19).contains(&nd) && !paren {
        let seps_ok = c[..j - 1]
            .iter()
            .all(|x| matches!(x.sep, b' ' | b'-' | b'\n'));
        // `4111.1111.1111.1111`: dots only in groups of four.
        let dotted = j == 4 && same_sep(c, b".") && l == [4, 4, 4, 4];
        let layout_ok = j == 1
            || dotted
            || (seps_ok
                && (l[..j - 1].iter().all(|&x| x == 4) && l[j - 1] <= 4
                    || l == [4, 6, 5]
                    || l == [4, 6, 4]
                    || (wrapped && l.iter().all(|&x| x >= 2))
                    // Groups as someone typed them (`4539 14880343 6467`), after a card word.
                    || (l.iter().all(|&x| x >= 3) && card_cue_before(t, begin))));
        // Thirteen digits in a text that names barcodes (a catalogue's `ean` or `gtin`
        // column, `barcode:`) and no card word before are a product's EAN-13
        // (`4350300205163`); elsewhere they may be one of Visa's old thirteen-digit cards.
        // (Asked last: most numbers are no card by then.)
        let barcode = || nd == 13 && names_barcodes(t, begin) && !card_cue_before(t, begin);
        // A national scheme's range (Mir, RuPay) needs a card's grouping or a card word.
        let regional_ok = || !validate::regional_card(d) || j == 4 || card_cue_before(t, begin);
        if layout_ok
            && validate::card_brand_ok(d)
            && validate::luhn(d)
            && !barcode()
            && regional_ok()
        {
            return Some((EntityKind::CreditCard, "luhn"));
        }
    }

    if wrapped {
        // Beyond cards, only a phone number its cue announces (`my number is 0484⏎512
        // 594`) is read across a line break.
        let phone = !checksummed_only
            && (8..=13).contains(&nd)
            && j <= 4
            && !date_shaped(t, c)
            && phone_cue_before(t, begin, 32)
            && !id_label_before(t, begin);
        return phone.then_some((EntityKind::Phone, "phone_context"));
    }
    // SSN / ITIN: 3-2-4 with one consistent separator.
    if j == 3 && l == [3, 2, 4] && same_sep(c, b"- .") && !paren {
        if validate::itin(d) {
            return Some((EntityKind::UsItin, "itin"));
        }
        if validate::ssn(d) {
            return Some((EntityKind::UsSsn, "ssn"));
        }
    }

    if checksummed_only {
        return None;
    }
    // `0081 90-5313-3370`: the international call prefix instead of `+`.
    if nd >= 11
        && d[0] == b'0'
        && d[1] == b'0'
        && d[2] != b'0'
        && j >= 2
        && !wrapped_seps(c)
        && phone_international(&d[2..], j, l[0].saturating_sub(2))
    {
        return Some((EntityKind::Phone, "phone_intl"));
    }
    // NANP national: (415) 555-2671, 415-555-2671, 415.555.2671, 1-415-555-2671.
    let nanp = |x: &[u8]| x.len() == 10 && x[0] >= b'2' && x[3] >= b'2';
    if j == 3
        && l == [3, 3, 4]
        && (paren || same_sep(c, b"-. ") || c[0].sep == b' ')
        && nanp(d)
        && (paren || !document_label_before(t, begin))
    {
        return Some((EntityKind::Phone, "phone_nanp"));
    }
    if j == 4 && l == [1, 3, 3, 4] && d[0] == b'1' && nanp(&d[1..]) {
        return Some((EntityKind::Phone, "phone_nanp"));
    }
    // Mobile numbers written without a trunk prefix, by their national shape.
    if !paren && j >= 2 && same_sep(c, b" -.") {
        let first = d[0];
        let mobile = match (nd, l) {
            // Italy 347 123 4567, 347 1234567.
            (10, [3, 3, 4]) | (10, [3, 7]) | (10, [3, 4, 3]) if first == b'3' => true,
            // China 138 1234 5678.
            (11, [3, 4, 4]) | (11, [3, 8]) if first == b'1' && d[1] >= b'3' => true,
            // India 98765 43210.
            (10, [5, 5]) if first >= b'6' => true,
            // Mexico 55 1234 5678.
            (10, [2, 4, 4]) if first >= b'2' => true,
            // Spain, Poland, Portugal 612 345 678 / 91 123 45 67.
            (9, [3, 3, 3]) | (9, [3, 2, 2, 2]) | (9, [2, 3, 2, 2])
                if (b'5'..=b'9').contains(&first) =>
            {
                true
            }
            // Norway, Denmark 33 06 63 78.
            (8, [2, 2, 2, 2]) if first >= b'2' && c[0].sep == b' ' => true,
            _ => false,
        };
        if mobile && !id_label_before(t, begin) {
            return Some((EntityKind::Phone, "phone_national"));
        }
    }
    // Russia 8 (912) 345-67-89, 8 912 345 67 89.
    if nd == 11 && (d[0] == b'8' || d[0] == b'7') && l[0] == 1 && j >= 3 && d[1] >= b'3' {
        return Some((EntityKind::Phone, "phone_national"));
    }
    // Brazil national: (11) 98765-4321; not a version in brackets (`(97.0.6743.156)`).
    if paren
        && j >= 2
        && l[0] == 2
        && (10..=11).contains(&nd)
        && d[0] != b'0'
        && at(t, c[0].end) == b')'
    {
        return Some((EntityKind::Phone, "phone_br"));
    }
    // Trunk-prefixed national numbers (GB, FR, DE, AU, IN, ...): 020 7946 0958, 01 23 45 67 89.
    // Also Belgium's nine digits (`02 754 05 48`) and Turkey's trunk zero apart
    // (`0 545 373 87 35`), each in four groups or more.
    let shape_ok = ((10..=12).contains(&nd) && (2..=5).contains(&l[0]))
        || (nd == 9 && l[0] == 2 && j >= 4)
        // Korea's and Israel's area codes with a hyphen (`02-000-2380`, `03-2758809`).
        || (nd == 9 && l[0] == 2 && same_sep(c, b"-"))
        // India's trunk zero before a mobile number (`098366 60651`).
        || (nd == 11 && j == 2 && l[0] == 6 && d[1] >= b'6')
        || (nd == 11 && l[0] == 1 && j >= 4 && d[1] != b'0');
    if d[0] == b'0'
        && j >= 2
        && shape_ok
        // `0221/7596800` (DE), `07.56.78.86.07` (FR), `(02) 2446 5989` (AU).
        && c[..j - 1].iter().all(|x| matches!(x.sep, b' ' | b'-' | b'/' | b'.' | b')'))
        && !(j == 3 && l[2] == 4 && l[1] <= 2)
        && !id_label_before(t, begin)
    {
        return Some((EntityKind::Phone, "phone_national"));
    }
    // Bare national digits only next to phone words.
    if j == 1 && (10..=11).contains(&nd) {
        let ctx = phone_cue_before(t, begin, 32) && !id_label_before(t, begin);
        let cn_mobile = nd == 11 && d[0] == b'1' && d[1] >= b'3';
        if ctx && (nanp(d) || d[0] == b'0' || (nd == 10 && d[0] >= b'6') || cn_mobile) {
            return Some((EntityKind::Phone, "phone_context"));
        }
    }
    // A number alone on its line, as under a signature (`Best,\nAna Souza\n0664.180416`).
    if (8..=15).contains(&nd) && own_line(t, begin, c[j - 1].end) {
        let seps_ok = c[..j - 1]
            .iter()
            .all(|x| matches!(x.sep, b' ' | b'-' | b'.' | b'/' | b')'));
        if seps_ok {
            return Some((EntityKind::Phone, "phone_line"));
        }
    }
    // Any grouping of 7 to 15 digits shortly after a phone word (`phone 33 06 63 78`,
    // `Sie erreichen mich unter 030 377142`,
    // `Llámame al 612 36 00 29`, `joindre au 021.282.46.88`, `Switchboard: 32401964`).
    if (7..=15).contains(&nd) && (j >= 2 || nd >= 8) && !date_shaped(t, c) {
        let seps_ok = c[..j - 1]
            .iter()
            .all(|x| matches!(x.sep, b' ' | b'-' | b'.' | b'/' | b')'));
        if seps_ok && phone_cue_before(t, begin, 32) && !id_label_before(t, begin) {
            return Some((EntityKind::Phone, "phone_context"));
        }
    }
    None
}

/// A version label right before `begin`: `v1.2.3.4`, `version: 6.4.33.166`,
/// `APP_VERSION=17.8.15.67`, `build 20.6.7.93`, `release-`, each a word of its own on the
/// same line.
fn version_before(t: &[u8], begin: usize) -> bool {
    if version_label_before(t, begin) {
        return true;
    }
    // `Upgrade from 8.3.0.110 to 9.18.9.158`: the version a version goes to.
    for arrow in [&b" to "[..], b" -> ", b" \xE2\x86\x92 "] {
        if let Some(p) = t[..begin].strip_suffix(arrow) {
            let vs = p.len()
                - p.iter()
                    .rev()
                    .take(20)
                    .take_while(|b| b.is_ascii_digit() || **b == b'.')
                    .count();
            let dots = p[vs..].iter().filter(|&&b| b == b'.').count();
            if vs < p.len() && dots >= 2 && version_label_before(t, vs) {
                return true;
            }
        }
    }
    false
}

/// [`version_before`] without the step from a version to the next.
fn version_label_before(t: &[u8], begin: usize) -> bool {
    if begin >= 1
        && matches!(t[begin - 1], b'v' | b'V')
        && (begin == 1 || !t[begin - 2].is_ascii_alphanumeric())
    {
        return true;
    }
    let from = begin.saturating_sub(24);
    // The line starts after a line break, raw or escaped inside a JSON string.
    let ls = (from..begin)
        .rev()
        .find(|&k| t[k] == b'\n' || (t[k] == b'n' && k > 0 && t[k - 1] == b'\\'))
        .map_or(from, |k| k + 1);
    let w = &t[ls..begin];
    // A Markdown heading that is a version (`## 8.1.1.3 (14.06.2026)`).
    if w.first() == Some(&b'#') && w.iter().all(|&b| b == b'#' || b == b' ') {
        return true;
    }
    // A product's name right before it, after `in`/`of`/`with`/`using` (`a memory leak
    // in Pascal 1.1.9.22`), unless it names a network role (`in Server 10.0.0.5`); a
    // deployment verb right before it (`deploy 10.2.3.6`, not `ssh deploy@…`).
    if let Some(p) = w.strip_suffix(b" ") {
        let ws = p
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric() && *b != b'-')
            .map_or(0, |k| k + 1);
        let word = &p[ws..];
        const DEPLOYED: &[&[u8]] = &[
            b"deploy",
            b"deployed",
            b"deploying",
            b"migrate",
            b"pinned",
            b"rollout",
            b"installed",
            b"patched",
        ];
        if DEPLOYED.iter().any(|d| word.eq_ignore_ascii_case(d)) {
            return true;
        }
        let before = p[..ws].strip_suffix(b" ").unwrap_or(&[]);
        let prep = [&b"in"[..], b"of", b"with", b"using"].iter().any(|x| {
            before.len() >= x.len()
                && before[before.len() - x.len()..].eq_ignore_ascii_case(x)
                && (before.len() == x.len()
                    || !before[before.len() - x.len() - 1].is_ascii_alphabetic())
        });
        const NETWORK: &[&[u8]] = &[
            b"host",
            b"server",
            b"client",
            b"node",
            b"gateway",
            b"router",
            b"ip",
            b"address",
            b"proxy",
            b"peer",
            b"dns",
            b"from",
            b"to",
            b"at",
            b"src",
            b"dst",
            b"source",
            b"destination",
            b"remote",
            b"local",
            b"nameserver",
            b"upstream",
            b"backend",
            b"origin",
            b"vpn",
            b"subnet",
            b"lb",
            b"db",
            b"redis",
            b"resolver",
            b"ipv4",
        ];
        if prep
            && word.len() >= 3
            && word[0].is_ascii_uppercase()
            && word[1..].iter().any(u8::is_ascii_lowercase)
            && !NETWORK.iter().any(|n| word.eq_ignore_ascii_case(n))
        {
            return true;
        }
    }
    const LABELS: &[&[u8]] = &[
        b"version",
        b"ver",
        b"release",
        b"build",
        b"firmware",
        b"rev",
        b"released",
        b"bumping",
        b"bumped",
        b"upgrade",
        b"upgraded",
        b"sdk",
        b"section",
        b"clause",
        b"chapter",
    ];
    // `Started auth-gateway.service (13.2.9.183)`: a unit's version, as systemd logs it.
    if w.ends_with(b".service (") || w.ends_with(b".service ") {
        return true;
    }
    LABELS.iter().any(|l| {
        w.windows(l.len()).enumerate().any(|(k, x)| {
            let end = k + l.len();
            x.eq_ignore_ascii_case(l)
                && (k == 0 || !w[k - 1].is_ascii_alphabetic())
                && (end == w.len() || !w[end].is_ascii_alphabetic())
        })
    })
}

/// A cell of a CSV column whose header names versions (`sku,product,price,firmware`).
fn version_column(t: &[u8], begin: usize) -> bool {
    let line_end = |a: usize| {
        t[a..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(t.len(), |p| a + p)
    };
    let line_start = |e: usize| {
        t[..e]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |k| k + 1)
    };
    let commas = |a: usize, b: usize| t[a..b].iter().filter(|&&x| x == b',').count();
    // A cell of a CSV row: a comma right before it, and a line break within a row's
    // length (a long line of JSON or prose is no table, and is not walked).
    if begin == 0 || t[begin - 1] != b',' {
        return false;
    }
    let from = begin.saturating_sub(512);
    let Some(nl) = memchr::memrchr(b'\n', &t[from..begin]) else {
        return false;
    };
    let ls = from + nl + 1;
    let col = commas(ls, begin);
    let width = commas(ls, line_end(ls));
    if width == 0 {
        return false;
    }
    // Up over the rows of the same width to the first line of the block: the header.
    let mut k = ls;
    for _ in 0..200 {
        if k == 0 {
            break;
        }
        let p = line_start(k - 1);
        if commas(p, k - 1) != width {
            break;
        }
        k = p;
    }
    if k == ls {
        return false;
    }
    let Some(name) = t[k..line_end(k)].split(|&b| b == b',').nth(col) else {
        return false;
    };
    let name: Vec<u8> = name
        .iter()
        .filter(|b| !matches!(b, b'"' | b'\'' | b' ' | b'\r'))
        .map(u8::to_ascii_lowercase)
        .collect();
    let words: Vec<&[u8]> = name
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let versioned = words.iter().any(|w| {
        matches!(
            *w,
            b"version" | b"firmware" | b"fw" | b"sdk" | b"release" | b"ver"
        )
    });
    let network = words.iter().any(|w| {
        matches!(
            *w,
            b"ip" | b"ipv4" | b"host" | b"addr" | b"address" | b"server" | b"client" | b"node"
        )
    });
    versioned && !network
}

/// What follows a version, not an address: `3.8.1.17 release notes`, `12.2.5.27 is
/// out`, `deploy 10.2.3.6 (61a632f) complete` (a commit after it).
fn version_after(t: &[u8], end: usize) -> bool {
    let rest = &t[end..t.len().min(end + 24)];
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    if [
        &b" release"[..],
        b" is out",
        b" is live",
        b" changelog",
        b" hotfix",
        b"-rc",
        b"-beta",
        b"-alpha",
        b"+build",
        b" (build",
    ]
    .iter()
    .any(|p| starts(p))
    {
        return true;
    }
    // A short commit hash in parentheses.
    let r = rest.strip_prefix(b" ").unwrap_or(rest);
    r.first() == Some(&b'(') && {
        let hex = r[1..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
            .count();
        (7..=12).contains(&hex) && r.get(1 + hex) == Some(&b')')
    }
}

/// Groups that open with a calendar date (`2021-11-26`, `13.07.2023`, `9/1/24`, also
/// `2022-09-19 02:03:53`).
fn date_shaped(t: &[u8], c: &[Chunk]) -> bool {
    if c.len() < 3 || !matches!(c[0].sep, b'-' | b'.' | b'/') || c[1].sep != c[0].sep {
        return false;
    }
    let num = |x: &Chunk| {
        t[x.start..x.end]
            .iter()
            .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'))
    };
    let len = |x: &Chunk| x.end - x.start;
    let (a, b, y) = (num(&c[0]), num(&c[1]), num(&c[2]));
    let day_month = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    if len(&c[0]) == 4 {
        return len(&c[1]) <= 2 && len(&c[2]) <= 2 && day_month(y, b);
    }
    len(&c[0]) <= 2
        && len(&c[1]) <= 2
        && matches!(len(&c[2]), 2 | 4)
        && (day_month(a, b) || day_month(b, a))
}

/// A payment-card word shortly before `begin` (`card`, `Visa`, `tarjeta`, `Karte`…).
fn card_cue_before(t: &[u8], begin: usize) -> bool {
    const WORDS: &[&str] = &[
        "card",
        "visa",
        "mastercard",
        "amex",
        "cc",
        "tarjeta",
        "carte",
        "karte",
        "cartão",
        "cartao",
        "carta",
        "kaart",
        "kort",
        "kortti",
        "karta",
        "kart",
        "карта",
        "카드",
        "カード",
        "卡",
    ];
    // (Asked at every digit group of a text: an automaton reads the window once.)
    static CUES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let window = &t[begin.saturating_sub(40)..begin];
    match CUES.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(WORDS)
            .ok()
    }) {
        Some(ac) => ac.is_match(window),
        None => super::util::mentions_any(window, WORDS),
    }
}

/// E.164 numbers: country code, then a national number valid for that country.
fn phone_international(d: &[u8], chunks: usize, first_group: usize) -> bool {
    let nd = d.len();
    if !(8..=15).contains(&nd) {
        return false;
    }
    let (cc_len, nat) = if d[0] == b'1' || d[0] == b'7' {
        (1, &d[1..])
    } else {
        let two = &d[..2];
        let known2 = matches!(
            two,
            b"20"
                | b"27"
                | b"30"
                | b"31"
                | b"32"
                | b"33"
                | b"34"
                | b"36"
                | b"39"
                | b"40"
                | b"41"
                | b"43"
                | b"44"
                | b"45"
                | b"46"
                | b"47"
                | b"48"
                | b"49"
                | b"51"
                | b"52"
                | b"53"
                | b"54"
                | b"55"
                | b"56"
                | b"57"
                | b"58"
                | b"60"
                | b"61"
                | b"62"
                | b"63"
                | b"64"
                | b"65"
                | b"66"
                | b"81"
                | b"82"
                | b"84"
                | b"86"
                | b"90"
                | b"91"
                | b"92"
                | b"93"
                | b"94"
                | b"95"
                | b"98"
        );
        if known2 {
            (2, &d[2..])
        } else {
            (3, &d[3..])
        }
    };
    // A country code written as a group of its own is one (`+37 563 814 3743`, `+22 111
    // 876 2361`: no country is called so; `+375 29…`, `+44 20…`, `+1 415…` are). Ukraine's
    // numbers are often written `+38 050 …`, the code's last digit with the number.
    let own_group_ok = match first_group {
        1 => cc_len == 1,
        2 => cc_len == 2 || d.starts_with(b"380"),
        3 => cc_len == 3,
        _ => true,
    };
    if !own_group_ok {
        return false;
    }
    let cc = &d[..cc_len];
    let nat = if nat.first() == Some(&b'0') && cc != b"39" {
        &nat[1..]
    } else {
        nat
    };
    let n = nat.len();
    // Italian numbers keep their leading 0 after the country code (`+39 06 …`).
    if n == 0 || (nat[0] == b'0' && cc != b"39") {
        return false;
    }
    match cc {
        // Grouped as a phone number is written (`+1 555 123 4567`), the exchange of a
        // made-up or test number may start with 0 or 1: masked all the same.
        b"1" => n == 10 && nat[0] >= b'2' && (nat[3] >= b'2' || chunks >= 3),
        // Russia and Kazakhstan: ten digits after the code.
        b"7" => n == 10,
        b"44" => n == 10 || n == 9,
        b"49" => (6..=12).contains(&n),
        b"33" => n == 9,
        b"91" => n == 10,
        b"55" => n == 10 || n == 11,
        b"61" => n == 9 && matches!(nat[0], b'2' | b'3' | b'4' | b'7' | b'8'),
        _ => (6..=12).contains(&n) && (chunks >= 2 || nd >= 10),
    }
}

/// The digit a spoken digit word stands for, in lower case: English (`zero` … `nine`,
/// `oh`), French, Spanish, Italian, Portuguese and German.
fn spoken_digit(w: &[u8]) -> Option<u8> {
    let w = std::str::from_utf8(w).ok()?;
    Some(match w {
        "zero" | "oh" | "zéro" | "cero" | "null" => b'0',
        "one" | "un" | "uno" | "um" | "eins" => b'1',
        "two" | "deux" | "dos" | "due" | "dois" | "zwei" => b'2',
        "three" | "trois" | "tres" | "tre" | "três" | "drei" => b'3',
        "four" | "quatre" | "cuatro" | "quattro" | "quatro" | "vier" => b'4',
        "five" | "cinq" | "cinco" | "cinque" | "fünf" => b'5',
        "six" | "seis" | "sei" | "sechs" => b'6',
        "seven" | "sept" | "siete" | "sette" | "sete" | "sieben" => b'7',
        "eight" | "huit" | "ocho" | "otto" | "oito" | "acht" => b'8',
        "nine" | "neuf" | "nueve" | "nove" | "neun" => b'9',
        _ => return None,
    })
}

/// True when the lower-case word `w` may open a number said digit by digit.
pub fn is_spoken_digit(w: &[u8]) -> bool {
    (2..=7).contains(&w.len()) && spoken_digit(w).is_some()
}

/// The word of letters (any script) ending at `e`: its start.
fn word_start_before(t: &[u8], e: usize) -> usize {
    let mut k = e;
    while k > 0 && (t[k - 1].is_ascii_alphabetic() || t[k - 1] >= 0x80) && e - k < 12 {
        k -= 1;
    }
    k
}

/// A number said digit by digit, as a voice transcript writes it (`four four six zero
/// six four …`, `double five`): a card when its digits pass the card checks, a phone
/// number after a phone word, a social security number after its name. Returns the
/// finding, if any, and the end of the run of digit words (nothing in it needs a
/// second look).
pub fn spoken(t: &[u8], s: usize) -> (Option<NumHit>, usize) {
    // Digit words with accents before it (`zéro six …`, `três …`) and a `plus` before
    // them all (`plus trois trois, six …`) belong to the number.
    let mut s = s;
    loop {
        let mut k = s;
        while k > 0 && matches!(t[k - 1], b' ' | b',') && s - k < 3 {
            k -= 1;
        }
        if k == s {
            break;
        }
        let ws = word_start_before(t, k);
        let w = t[ws..k].to_ascii_lowercase();
        if ws < k && (spoken_digit(&w).is_some() || w == b"plus" || w == b"m\xc3\xa1s") {
            s = ws;
            if w == b"plus" || w == b"m\xc3\xa1s" {
                break;
            }
        } else {
            break;
        }
    }
    let mut digits = [0u8; 24];
    let mut n = 0;
    let mut i = s;
    let mut end = s;
    let mut repeat = 1;
    while n < digits.len() {
        let we = i + t[i..]
            .iter()
            .take(10)
            .take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80)
            .count();
        if we == i || at(t, we).is_ascii_alphanumeric() {
            break;
        }
        let w = t[i..we].to_ascii_lowercase();
        if (w == b"plus" || w == b"m\xc3\xa1s") && n == 0 {
            end = we;
        } else if let Some(d) = spoken_digit(&w) {
            for _ in 0..repeat {
                if n < digits.len() {
                    digits[n] = d;
                    n += 1;
                }
            }
            repeat = 1;
            end = we;
        } else if repeat == 1 && (w == b"double" || w == b"triple") {
            repeat = if w == b"double" { 2 } else { 3 };
        } else {
            break;
        }
        // Between words: spaces, a comma or a hyphen.
        let mut k = we;
        while k < t.len() && k - we < 3 && matches!(t[k], b' ' | b',' | b'-') {
            k += 1;
        }
        if k == we {
            break;
        }
        i = k;
    }
    let before = &t[s.saturating_sub(64)..s];
    // `the pin is four nine zero one`: a PIN read out.
    let near = &before[before.len().saturating_sub(20)..];
    let names_pin = ["pin", "passcode"].iter().any(|w| {
        let w = w.as_bytes();
        near.windows(w.len()).enumerate().any(|(k, x)| {
            x.eq_ignore_ascii_case(w)
                && (k == 0 || !near[k - 1].is_ascii_alphabetic())
                && near
                    .get(k + w.len())
                    .is_none_or(|b| !b.is_ascii_alphabetic())
        })
    });
    if (4..=8).contains(&n) && names_pin {
        return (Some((EntityKind::Secret, "pin_spoken", s, end)), end);
    }
    if n < 7 {
        return (None, end.max(s + 1));
    }
    let d = &digits[..n];
    if (13..=19).contains(&n) && validate::card_brand_ok(d) && validate::luhn(d) {
        return (Some((EntityKind::CreditCard, "card_spoken", s, end)), end);
    }
    if n == 9
        && validate::ssn(d)
        && super::util::mentions_any(before, &["social", "ssn", "security number"])
    {
        return (Some((EntityKind::UsSsn, "ssn_spoken", s, end)), end);
    }
    const PHONE: &[&str] = &[
        "phone",
        "call",
        "text",
        "number",
        "mobile",
        "cell",
        "reach",
        "contact",
        "whatsapp",
        "numéro",
        "número",
        "numero",
        "nummer",
        "telefon",
        "téléphone",
        "telefone",
        "teléfono",
        "rappeler",
        "appeler",
        "llamar",
        "llámame",
        "chiamare",
        "ligar",
        "anrufen",
        "portable",
        "móvil",
        "celular",
        "cellulare",
        "handy",
        "llamada",
        "llamen",
        "chiamata",
        "chiamami",
        "appel",
        "appelez",
        "anruf",
        "rufen",
        "ligue",
        "ligação",
        "telefono",
    ];
    const ID: &[&str] = &[
        "order",
        "account",
        "tracking",
        "reference",
        "confirmation",
        "policy",
        "case",
        "member",
        "ticket",
        "invoice",
        "serial",
        "zip",
        "postcode",
        "pin",
        "card",
        "routing",
    ];
    // The phone word may come after the number: `it's zero seven five … that's my mobile`.
    let after = &t[end..t.len().min(end + 32)];
    let named_after = ["mobile", "cell", "phone", "my number", "landline"];
    // An identifier's word counts when it names the number (`account number`, `order
    // #`, `case id:`, `pin is`, or right before it), not when it says whose the phone is
    // (`the phone number on the account.`).
    let id_named = |w: &[u8]| {
        ID.iter().any(|k| {
            let k = k.as_bytes();
            w.windows(k.len()).enumerate().any(|(p, x)| {
                if !x.eq_ignore_ascii_case(k) {
                    return false;
                }
                let rest = &w[p + k.len()..];
                let rest = &rest[rest.iter().take_while(|&&b| b == b' ').count()..];
                rest.is_empty()
                    || [
                        &b"number"[..],
                        b"no",
                        b"nr",
                        b"#",
                        b"id",
                        b":",
                        b"is",
                        b"num",
                        b"-",
                    ]
                    .iter()
                    .any(|x| rest.len() >= x.len() && rest[..x.len()].eq_ignore_ascii_case(x))
            })
        })
    };
    if n <= 15
        && ((super::util::mentions_any(before, PHONE) && !id_named(before))
            || (super::util::mentions_any(after, &named_after)
                && !super::util::mentions_any(after, ID)))
    {
        return (Some((EntityKind::Phone, "phone_spoken", s, end)), end);
    }
    (None, end)
}

/// A digit group at `s`: digits in up to five groups joined by one space or dash, an
/// optional leading `+`. Returns its end and digit count, and its first digit; `None`
/// when a letter, a digit after a dot or another separator glues it to more.
fn digit_group(t: &[u8], s: usize) -> Option<(usize, usize, u8)> {
    let mut i = if at(t, s) == b'+' { s + 1 } else { s };
    let (mut nd, mut groups, mut first) = (0, 0, 0u8);
    loop {
        let st = i;
        while at(t, i).is_ascii_digit() {
            if nd == 0 {
                first = t[i];
            }
            nd += 1;
            i += 1;
        }
        if i == st {
            return None;
        }
        groups += 1;
        if groups < 5 && matches!(at(t, i), b' ' | b'-') && at(t, i + 1).is_ascii_digit() {
            i += 1;
            continue;
        }
        break;
    }
    let glued = at(t, i).is_ascii_alphanumeric()
        || (matches!(at(t, i), b'.' | b',' | b'/' | b':') && at(t, i + 1).is_ascii_digit());
    (!glued).then_some((i, nd, first))
}

/// A phone number right after a person's name (`host is Δημήτρης Τσακίρης, 6987184358 for
/// emergencies`, `Agent on the day: 최태윤, 02-175-4935`, `partner: Tommaso Ricci,
/// 08035918832`): after `, `, ` - ` or ` (`, 9 to 12 digits with a trunk `0` (or 10 starting
/// 6–9, a mobile's shape in many countries), or a `+` and 10 to 14 digits.
pub fn phone_after_name(t: &[u8], name_end: usize) -> Option<(usize, usize)> {
    let rest = &t[name_end..];
    let skip = [&b", "[..], b" - ", b" ("]
        .iter()
        .find(|p| rest.starts_with(p))?
        .len();
    let s = name_end + skip;
    let (e, nd, first) = digit_group(t, s)?;
    // Laid out in three groups or more as phone numbers are (`217 295 747`).
    let groups = 1 + t[s..e]
        .iter()
        .filter(|&&b| matches!(b, b' ' | b'-' | b'.'))
        .count();
    let ok = if t[s] == b'+' {
        (10..=14).contains(&nd)
    } else {
        ((9..=12).contains(&nd) && (first == b'0' || groups >= 3)) || (nd == 10 && first >= b'6')
    };
    ok.then_some((s, e))
}

/// The value a correction puts right: `It should be 758-39-7389 not 400930443` — after a
/// value found at `end`, ` not `, `, not ` or ` instead of ` and a digit group of as many
/// digits is the same kind of value.
pub fn corrected_value(t: &[u8], end: usize, digits: usize) -> Option<(usize, usize)> {
    let rest = &t[end..];
    let skip = [&b" not "[..], b", not ", b" instead of ", b" (not "]
        .iter()
        .find(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p))?
        .len();
    let s = end + skip;
    let (e, nd, _) = digit_group(t, s)?;
    (nd == digits && t[s] != b'+').then_some((s, e))
}
