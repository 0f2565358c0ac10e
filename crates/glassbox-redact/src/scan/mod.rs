//! The PII scanner: finds sensitive values in text, does not decide what to do with them.
//!
//! ```text
//!   text ──┬─> literal prefilter (aho-corasick over cue words) ─> keyword detectors ──────┐
//!          │     (credential prefixes, name/birth/password/phone cues, health terms,       │
//!          │      PO boxes, Japanese addresses; records: vCard, HL7 segments, FHIR names,    │
//!          │      .pgpass, airline reservations and DOCS lines, PostgreSQL COPY rows)        │
//!          ├─> structural walk (numbers, IBAN, names in any script, street addresses,       ├─> resolve ─> repeats ─> findings
//!          │     IPv6/MAC, wallets, long tokens)                                             │
//!          ├─> tables (CSV/TSV columns whose header names what they hold) ──────────────────┤
//!          ├─> lines of chat transcripts (speaker labels, also lower-case) and sign-offs ─────┤
//!          ├─> known Arabic and Hebrew given names standing as words; Japanese and Korean ───┤
//!          │     names before the words that introduce them (`Chihiroと申します`)             │
//!          ├─> values next to one found above (a birth date or phone after a name, ────────┤
//!          │     a name joined by `and`, a name before its phone, birth date or SSN,         │
//!          │     the number a correction puts right: `758-39-7389 not 400930443`)            │
//!          ├─> where nothing was found: a password later on a password word's line (only   │
//!          │     when such a cue matched), a PIN a few words after `PIN`, `SURNAME/GIVEN MR` │
//!          └─> custom rules and deny-list from the policy ───────────────────────────────────┘
//!   then let go: public figures and characters, brands and product lines, teams beside a
//!   score, birth dates over 110 years back
//!   JSON's escaped line breaks read as breaks, Markdown emphasis around a label
//!   (`**Name:**`) as spaces, both the same length, so every offset holds;
//!   text with `\uXXXX` escapes: the passes run over the decoded text instead, findings
//!   mapped back onto the escapes; text with `%XX` (URL encoding): over both, since text
//!   that only looks encoded (`pa%45ss`) must still be read as written
//! ```
//! Every detector looks at a small window around its trigger and validates
//! with cheap checks first (Luhn, mod-97, ranges, checksums, numbering plans).
//! A value found once is masked wherever it repeats (a name's parts too).
//! [`key_hint`] and [`Scanner::hinted`] serve fields whose key names their
//! content. Must not know about actions or keys.

mod address;
mod chat;
mod columns;
mod health;
mod keywords;
#[doc(hidden)]
pub mod name_model;
mod names;
mod numeric;
mod tokens;
mod util;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::entity::{EntityKind, Finding};
use crate::validate;
use keywords::Trigger;
use names::NameDict;

/// Validators a custom rule can require of its matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    /// Luhn check digit over the digits of the match.
    Luhn,
    /// IBAN mod-97 over the alphanumerics of the match.
    Mod97,
    /// UK NHS mod-11 over the digits of the match.
    NhsMod11,
}

impl Validator {
    /// Parse a config name: `luhn`, `mod97`, `nhs_mod11`.
    pub fn from_name(s: &str) -> Option<Self> {
        match s {
            "luhn" => Some(Validator::Luhn),
            "mod97" | "iban" => Some(Validator::Mod97),
            "nhs_mod11" | "mod11" => Some(Validator::NhsMod11),
            _ => None,
        }
    }

    fn check(self, m: &[u8]) -> bool {
        match self {
            Validator::Luhn => validate::luhn(m),
            Validator::Mod97 => {
                let mut buf = [0u8; 34];
                let mut n = 0;
                for &b in m.iter().filter(|b| b.is_ascii_alphanumeric()) {
                    if n == buf.len() {
                        return false;
                    }
                    buf[n] = b.to_ascii_uppercase();
                    n += 1;
                }
                validate::iban(&buf[..n])
            }
            Validator::NhsMod11 => {
                let mut buf = [0u8; 10];
                let mut n = 0;
                for &b in m.iter().filter(|b| b.is_ascii_digit()) {
                    if n == buf.len() {
                        return false;
                    }
                    buf[n] = b;
                    n += 1;
                }
                validate::nhs(&buf[..n])
            }
        }
    }
}

/// How near a soft line break a finding of the joined reading may be and still be kept:
/// the words that told it may stand across the break.
const WRAPPED_CONTEXT: usize = 24;

/// `t` with the line breaks of prose wrapped at a fixed width read as spaces, and where
/// they were; `None` when it has none. A break is soft when the line before it is long
/// (40 bytes or more) and prose (no `key=value`, tab or table) that does not end a
/// sentence or a label, and the next line goes on in small letters, after a comma or
/// with a number after a word.
fn soft_breaks_as_spaces(t: &[u8]) -> Option<(Vec<u8>, Vec<usize>)> {
    let nl = memchr::memchr_iter(b'\n', t).count();
    if nl < 2 || t.len() < 160 {
        return None;
    }
    let mut breaks = Vec::new();
    let mut ls = 0;
    while let Some(p) = memchr::memchr(b'\n', &t[ls..]) {
        let le = ls + p;
        let next = le + 1;
        let line = &t[ls..le];
        let long = line.len() >= 40;
        let ends = line
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace())
            .is_none_or(|&b| {
                matches!(
                    b,
                    b'.' | b'!' | b'?' | b':' | b'|' | b';' | b'{' | b'[' | b'>'
                )
            });
        // The next line goes on with a word in small letters, or after a comma, or with a
        // number after a word (`I was born on Jun⏎25 1986`, `5 сентября⏎1979 года`).
        let goes_on = util::char_at(t, next).is_some_and(|(c, _)| c.is_lowercase())
            || (line.ends_with(b",") && util::letter_after(t, next))
            || (util::at(t, next).is_ascii_digit()
                && line
                    .last()
                    .is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80));
        // Prose: no key=value, no tab, no table, no CSV row (commas with no space after).
        let prose = !line.contains(&b'=')
            && !line.contains(&b'\t')
            && !line.starts_with(b"|")
            && line
                .windows(2)
                .filter(|w| w[0] == b',' && w[1] != b' ')
                .count()
                < 2;
        if long && !ends && goes_on && prose {
            breaks.push(le);
        }
        ls = next;
    }
    // One soft break is a line that happens to be long; prose wrapped at a width has
    // several.
    if breaks.len() < 2 {
        return None;
    }
    let mut joined = t.to_vec();
    for &b in &breaks {
        joined[b] = b' ';
    }
    Some((joined, breaks))
}

/// `t` with each word's first letter as written and the rest as in `lower` (the same
/// length).
fn title_case(t: &[u8], lower: &[u8]) -> Vec<u8> {
    let mut out = lower.to_vec();
    let mut prev_letter = false;
    let mut i = 0;
    while i < t.len() {
        let (c, l) = util::char_at(t, i).unwrap_or((' ', 1));
        if !prev_letter && c.is_alphabetic() {
            out[i..i + l].copy_from_slice(&t[i..i + l]);
        }
        prev_letter = c.is_alphabetic() || c == '\'';
        i += l;
    }
    out
}

/// `t` in lower case when most of its letters are capitals (at least 24 of them, three
/// in four), wherever the lower-case letter is as long in UTF-8 (every offset holds).
/// `None` for ordinary text.
fn shouted_in_lower_case(t: &[u8]) -> Option<Vec<u8>> {
    // Placeholders of an earlier redaction (`[EMAIL]`, `[PHONE:1a2b]`) are no shouting,
    // and stay as written (redacting twice changes nothing).
    let placeholder_end = |i: usize| -> Option<usize> {
        if t[i] != b'[' {
            return None;
        }
        let e = i
            + 1
            + t[i + 1..]
                .iter()
                .take(40)
                .take_while(|b| {
                    b.is_ascii_uppercase() || matches!(b, b'_' | b':') || b.is_ascii_hexdigit()
                })
                .count();
        (e > i + 1 && util::at(t, e) == b']').then_some(e + 1)
    };
    let (mut upper, mut lower) = (0usize, 0usize);
    let mut i = 0;
    let mut looked = false;
    while i < t.len() {
        // Most text says at once that it is no shouting: more small letters than capitals
        // in its first 200 bytes ends the count (this runs on every string scanned).
        if !looked && i >= 200 {
            if lower > upper {
                return None;
            }
            looked = true;
        }
        let b = t[i];
        if b == b'[' {
            if let Some(e) = placeholder_end(i) {
                i = e;
                continue;
            }
        }
        if b.is_ascii_uppercase() {
            upper += 1;
        } else if b.is_ascii_lowercase() {
            lower += 1;
        }
        i += 1;
    }
    if upper < 24 && t.is_ascii() {
        return None;
    }
    let s = std::str::from_utf8(t).ok()?;
    if !t.is_ascii() {
        for c in s.chars().filter(|c| !c.is_ascii()) {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
    }
    if upper < 24 || upper < 3 * lower {
        return None;
    }
    let mut out = Vec::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        if let Some(e) = placeholder_end(i) {
            out.extend_from_slice(&t[i..e]);
            i = e;
            continue;
        }
        let (c, l) = util::char_at(t, i).unwrap_or((char::REPLACEMENT_CHARACTER, 1));
        let mut lowered = c;
        if c.is_uppercase() {
            let mut low = c.to_lowercase();
            if let (Some(lc), None) = (low.next(), low.next()) {
                if lc.len_utf8() == l {
                    lowered = lc;
                }
            }
        }
        if lowered == c {
            out.extend_from_slice(&t[i..i + l]);
        } else {
            let mut buf = [0u8; 4];
            out.extend_from_slice(lowered.encode_utf8(&mut buf).as_bytes());
        }
        i += l;
    }
    Some(out)
}

/// Whether the words right after `e` mark what stands before as an example: `(example)`,
/// `(sample)`, `(placeholder)` and the word for an example in 28 more languages, in
/// parentheses.
fn marked_as_example(t: &[u8], e: usize) -> bool {
    const WORDS: &[&str] = &[
        "example",
        "sample",
        "placeholder",
        "dummy",
        "fictitious",
        "fictional",
        "test",
        "e.g.",
        "ejemplo",
        "exemple",
        "beispiel",
        "esempio",
        "exemplo",
        "voorbeeld",
        "przykład",
        "пример",
        "приклад",
        "зразок",
        "örnek",
        "उदाहरण",
        "例",
        "例え",
        "예시",
        "예",
        "contoh",
        "mfano",
        "példa",
        "esimerkki",
        "exempel",
        "eksempel",
        "příklad",
        "exemplu",
        "παράδειγμα",
        "דוגמה",
        "مثال",
        "ví dụ",
        "ตัวอย่าง",
        "উদাহরণ",
        "示例",
        "范例",
    ];
    let mut k = e;
    while matches!(util::at(t, k), b' ' | b'\t') && k < e + 2 {
        k += 1;
    }
    let open = if util::at(t, k) == b'(' {
        1
    } else if t[k.min(t.len())..].starts_with("（".as_bytes()) {
        3
    } else {
        return false;
    };
    let inner = &t[(k + open).min(t.len())..t.len().min(k + open + 40)];
    WORDS.iter().any(|w| {
        inner.len() > w.len()
            && inner[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && matches!(inner[w.len()], b')' | b',' | b' ' | 0xEF)
    })
}

/// The names every language keeps for "anyone" (`John Doe`, `Max Mustermann`, `Jan
/// Kowalski`, `Fulano de Tal`, `홍길동`, `张三`, `Иван Иванов`), in a text that says it
/// holds examples, tests, templates or fixtures: no one's name there.
fn placeholder_name(t: &[u8], s: usize, e: usize) -> bool {
    const NAMES: &[&str] = &[
        "john doe",
        "jane doe",
        "john smith",
        "jane smith",
        "joe bloggs",
        "fred nurk",
        "a. n. other",
        "max mustermann",
        "erika mustermann",
        "otto normalverbraucher",
        "jan novák",
        "jan novak",
        "jan kowalski",
        "anna kowalska",
        "mario rossi",
        "fulano de tal",
        "fulano",
        "juan pérez",
        "jean dupont",
        "ola nordmann",
        "kari nordmann",
        "matti meikäläinen",
        "maija meikäläinen",
        "gipsz jakab",
        "jan jansen",
        "jan modaal",
        "ivan ivanov",
        "иван иванов",
        "иван иванович иванов",
        "петр петров",
        "taro yamada",
        "山田太郎",
        "山田 太郎",
        "山田花子",
        "홍길동",
        "张三",
        "李四",
        "王五",
        "ישראל ישראלי",
        "فلان",
        "فلان الفلاني",
        "ahmet yılmaz",
    ];
    const CONTEXT: &[&str] = &[
        "example",
        "sample",
        "test",
        "placeholder",
        "dummy",
        "fake",
        "mock",
        "fixture",
        "template",
        "plantilla",
        "modèle",
        "vorlage",
        "sandbox",
        "replace",
        "ejemplo",
        "exemple",
        "beispiel",
        "esempio",
        "exemplo",
        "пример",
        "例",
        "예시",
    ];
    let Ok(v) = std::str::from_utf8(&t[s..e]) else {
        return false;
    };
    let v = v.to_lowercase();
    if !NAMES.contains(&v.as_str()) {
        return false;
    }
    util::mentions_any(&t[s.saturating_sub(300)..t.len().min(e + 300)], CONTEXT)
}

/// Whether `t` is ASCII, Latin-1 punctuation and signs (`U+0080`–`U+00BF`: `«`, `°`, a
/// no-break space) and the punctuation and symbols of `U+2000`–`U+2FFF` (`’`, `—`, `…`,
/// `☎`) alone: no letter with a diacritic, of another script, no CJK punctuation. In
/// UTF-8 the lead byte of every other character is `0xC3` or more, except `0xE2`.
fn plain_latin(t: &[u8]) -> bool {
    t.is_ascii() || t.iter().all(|&b| b < 0xC3 || b == 0xE2)
}

/// A compiled custom rule.
#[derive(Debug, Clone)]
pub struct CustomMatcher {
    /// Rule name, also the placeholder label.
    pub name: &'static str,
    /// Pattern.
    pub regex: regex::bytes::Regex,
    /// Optional validator.
    pub validator: Option<Validator>,
    /// Lower-case context words, one of which must appear within 64 bytes before.
    pub context: Vec<String>,
}

/// The scanner. Built once, shared; `Send + Sync`.
pub struct Scanner {
    cues: &'static Cues,
    names: NameDict,
    custom: Vec<CustomMatcher>,
    deny: Option<AhoCorasick>,
}

/// Errors building a scanner from custom rules.
#[derive(Debug, thiserror::Error)]
pub enum ScannerError {
    /// The literal prefilter could not be built.
    #[error("failed to build the literal prefilter: {0}")]
    Prefilter(String),
    /// A built-in pattern failed to compile (a bug).
    #[error("failed to compile a built-in pattern: {0}")]
    Builtin(String),
}

/// The built-in cue words and their automata: the same for every scanner, built once
/// per process (the DFA takes ~10 MB and tens of milliseconds).
struct Cues {
    all: AhoCorasick,
    /// The cues in Latin letters without diacritics (see [`plain_latin`]), as a DFA, for
    /// text of the same letters: no other cue can match there, so its leftmost-longest
    /// matches are `all`'s.
    plain: AhoCorasick,
    /// Index in `triggers` of each of `plain`'s patterns.
    plain_index: Vec<u32>,
    triggers: Vec<Trigger>,
    /// Per cue, whether it holds a word for a password (so a text without one skips
    /// [`keywords::password_later_on_line`]).
    names_password: Vec<bool>,
}

impl Cues {
    fn get() -> Result<&'static Cues, ScannerError> {
        static CUES: std::sync::OnceLock<Result<Cues, String>> = std::sync::OnceLock::new();
        CUES.get_or_init(|| Cues::build().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| ScannerError::Prefilter(e.clone()))
    }

    fn build() -> Result<Cues, aho_corasick::BuildError> {
        let table = keywords::triggers();
        // All ~4,500 cues as a contiguous NFA (1 MB), not a DFA: a DFA scans them twice
        // as fast (~220 against ~100 MB/s) but its table takes ~33 MB, a fifth of the
        // gateway's memory budget. The two thirds in plain Latin letters make a DFA of
        // ~10 MB that scans at ~260 MB/s; text of plain Latin letters (most span values
        // in English, typographic quotes and dashes included) is read with it alone.
        let all = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(table.iter().map(|(lit, _)| lit.as_bytes()))?;
        let plain_index: Vec<u32> = (0..table.len() as u32)
            .filter(|&k| plain_latin(table[k as usize].0.as_bytes()))
            .collect();
        let plain = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(plain_index.iter().map(|&k| table[k as usize].0.as_bytes()))?;
        Ok(Cues {
            all,
            plain,
            plain_index,
            names_password: table
                .iter()
                .map(|(lit, _)| keywords::names_a_password(lit))
                .collect(),
            triggers: table.into_iter().map(|(_, t)| t).collect(),
        })
    }
}

impl Scanner {
    /// Build a scanner with the built-in detectors, custom rules and deny-list terms.
    pub fn new(custom: Vec<CustomMatcher>, deny_terms: &[String]) -> Result<Self, ScannerError> {
        address::init().map_err(|e| ScannerError::Builtin(e.to_string()))?;
        let cues = Cues::get()?;
        let deny = if deny_terms.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(deny_terms)
                    .map_err(|e| ScannerError::Prefilter(e.to_string()))?,
            )
        };
        Ok(Scanner {
            cues,
            names: NameDict::new(),
            custom,
            deny,
        })
    }

    /// The name model's candidates in `t` with their features (for training it).
    #[doc(hidden)]
    pub fn name_model_candidates(&self, t: &[u8]) -> Vec<(usize, usize, Vec<u32>)> {
        self.names.model_candidates(t)
    }

    /// All findings in `t`, sorted, non-overlapping (overlaps merged into the
    /// earliest, widest finding so nothing leaks between them).
    pub fn scan(&self, t: &[u8]) -> Vec<Finding> {
        let mut found = self.scan_escaped(t);
        // A finding masks whole characters: a rule that stops at a byte limit inside a
        // letter of three bytes (Thai, Devanagari) is widened to the letter's ends.
        for f in &mut found {
            while f.start > 0 && f.start < t.len() && (t[f.start] & 0xC0) == 0x80 {
                f.start -= 1;
            }
            while f.end < t.len() && (t[f.end] & 0xC0) == 0x80 {
                f.end += 1;
            }
        }
        found
    }

    fn scan_escaped(&self, t: &[u8]) -> Vec<Finding> {
        // Text that carries JSON `\uXXXX` escapes (`"name":"\u041c\u0438…"`, often
        // a JSON document inside a string), URL encoding (`a.b%40x.com`) or HTML
        // character references (`O&#39;Brien`) is scanned decoded, and what is found
        // there is mapped back onto the escapes.
        // (A substring searcher costs more to build than this search on a short value.)
        let escaped = memchr::memchr_iter(b'\\', t).any(|i| util::at(t, i + 1) == b'u')
            || (memchr::memchr(b'%', t).is_some() && has_percent_escape(t))
            || util::has_other_digit(t)
            || util::has_html_entity(t);
        if !escaped {
            return self.scan_shouted(t);
        }
        let Some((decoded, map, url)) = util::decode_escapes(t) else {
            return self.scan_shouted(t);
        };
        // JSON escapes decode to what the text says; URL decoding may also hit text that
        // only looks encoded (a password `pa%45ss`), so that text is scanned as written too.
        let mut found = if url {
            self.scan_shouted(t)
        } else {
            Vec::new()
        };
        for f in self.scan_shouted(&decoded) {
            let (start, end) = (map[f.start], map[f.end]);
            if end > start {
                found.push(Finding { start, end, ..f });
            }
        }
        resolve(&mut found);
        found
    }

    /// Add a finding for the whole of `t` as `kind` (the value of a field whose
    /// name announces it) unless findings already cover it or it lacks the shape.
    pub fn hinted(&self, kind: EntityKind, t: &[u8], found: &mut Vec<Finding>) {
        let start = t.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let end = t.len()
            - t.iter()
                .rev()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
        if start >= end || found.iter().any(|f| f.start <= start && f.end >= end) {
            return;
        }
        if columns::plausible(kind, &t[start..end]) {
            found.push(Finding {
                kind,
                rule: "field_name",
                start,
                end,
                custom: None,
            });
            resolve(found);
        }
    }

    /// [`Self::scan_text`], and for text written in capitals (`FECHA DE NACIMIENTO: 3 DE
    /// MARZO DE 1961`, `DIAGNÓSTICO: DIÁLISIS`, as old systems, OCR and forms print it)
    /// also its lower-case reading, for all but names, addresses, keys and tokens: their
    /// rules read the capitals, every other rule reads the words.
    fn scan_shouted(&self, t: &[u8]) -> Vec<Finding> {
        let mut found = self.scan_wrapped(t);
        if let Some(lower) = shouted_in_lower_case(t) {
            // (Keys and tokens are read as written: their case is their shape, and a PEM
            // block's `-----END` marker is in capitals.)
            found.extend(self.scan_text(&lower).into_iter().filter(|f| match f.kind {
                EntityKind::Person | EntityKind::Address => false,
                EntityKind::Secret => {
                    f.rule.contains("password") || f.rule.contains("pin") || f.rule == "access_code"
                }
                _ => true,
            }));
            // In title case, the names a label, greeting or speaker's place announces
            // (`NOMBRE: MARÍA JOSÉ GARCÍA`); not names by their look alone, which every
            // word of such text has, nor their repeats (a repeat is kept only where a name
            // a cue announced is repeated).
            let titled = title_case(t, &lower);
            let people: Vec<Finding> = self
                .scan_text(&titled)
                .into_iter()
                .filter(|f| f.kind == EntityKind::Person && !names::by_look_alone(f.rule))
                .collect();
            let told = |f: &Finding| {
                people
                    .iter()
                    .any(|g| g.rule != "repeat" && titled[g.start..g.end] == titled[f.start..f.end])
            };
            let kept: Vec<Finding> = people
                .iter()
                .filter(|f| f.rule != "repeat" || told(f))
                .cloned()
                .collect();
            found.extend(kept);
            resolve(&mut found);
        }
        found
    }

    /// [`Self::scan_text`], and for prose wrapped at a fixed width (an e-mail, a page of
    /// a PDF as text, `… date of⏎birth is 4 de julio⏎de 1944 …`) also the reading with
    /// its soft line breaks as spaces: the findings there that span such a break.
    fn scan_wrapped(&self, t: &[u8]) -> Vec<Finding> {
        let mut found = self.scan_text(t);
        let Some((joined, breaks)) = soft_breaks_as_spaces(t) else {
            return found;
        };
        // What spans a soft break, or was told by words across one (`Ich bin am
        // 22.2.1963⏎geboren`, `Nasci⏎em 24/02/2004`).
        found.extend(self.scan_text(&joined).into_iter().filter(|f| {
            let k = breaks.partition_point(|&b| b + WRAPPED_CONTEXT < f.start);
            breaks.get(k).is_some_and(|&b| b < f.end + WRAPPED_CONTEXT)
        }));
        resolve(&mut found);
        found
    }

    fn scan_text(&self, t: &[u8]) -> Vec<Finding> {
        // JSON's escaped line breaks and tabs (`Karen Lopez\n184 Hay St\nBRUNSWICK VIC
        // 3056`) part words and lines as real ones do: each is read as a space and the
        // character it stands for, the same length, so every offset found holds for `t`.
        let mut unescaped = None;
        if memchr::memchr_iter(b'\\', t).any(|i| matches!(util::at(t, i + 1), b'n' | b'r' | b't')) {
            unescaped = Some(whitespace_escapes(t));
        }
        // Markdown emphasis around a label (`* **Name:** Per Öberg`, `**Phone**: …`) is
        // read as spaces, the same length, so the label's rules see a plain `Name:`.
        if memchr::memmem::find(t, b":**").is_some() || memchr::memmem::find(t, b"**:").is_some() {
            let mut owned = unescaped.take().unwrap_or_else(|| t.to_vec());
            emphasis_as_spaces(&mut owned);
            unescaped = Some(owned);
        }
        let t = unescaped.as_deref().unwrap_or(t);
        let mut hits: Vec<(EntityKind, &'static str, usize, usize)> = Vec::new();
        let mut password_named = false;
        let mut pos = 0;
        // Matches of either automaton, with the pattern's index in `triggers`.
        let plain = plain_latin(t);
        let find = |range: std::ops::Range<usize>| -> Option<(usize, usize, usize)> {
            let input = aho_corasick::Input::new(t).range(range);
            if plain {
                self.cues.plain.find(input).map(|m| {
                    let k = self.cues.plain_index[m.pattern().as_usize()] as usize;
                    (m.start(), m.end(), k)
                })
            } else {
                self.cues
                    .all
                    .find(input)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            }
        };
        while let Some(m) = find(pos..t.len()) {
            let mut cue = |(start, end, k): (usize, usize, usize)| {
                if let Some(&trig) = self.cues.triggers.get(k) {
                    password_named |= self.cues.names_password[k];
                    keywords::detect(t, start, end, trig, &self.names, &mut hits);
                }
            };
            let (start, end, _) = m;
            cue(m);
            pos = end;
            // A cue matched with what stands before its word (`, je `, ` cc `) may hide a
            // longer one that starts at that word (`Salut, je m'appelle Mathilde`).
            let lead = t[start..end]
                .iter()
                .take_while(|&&b| matches!(b, b' ' | b',' | b'\n' | b'.' | b';' | b':'))
                .count();
            if lead > 0 && start + lead < end {
                // (A cue is at most a few dozen bytes: the search stops there.)
                let stop = t.len().min(end + 64);
                if let Some(m2) = find(start + lead..stop).filter(|m2| m2.0 < end && m2.1 > end) {
                    cue(m2);
                    pos = m2.1;
                }
            }
        }
        keywords::possessive_at_start(t, &self.names, &mut hits);
        tokens::scan(t, &self.names, &mut hits);
        tokens::generated_passwords(t, &mut hits);
        columns::scan(t, &mut hits);
        columns::aligned(t, &mut hits);
        columns::sql_values(t, &mut hits);
        chat::scan(t, &self.names, &mut hits);
        self.names.known_caseless_names(t, &mut hits);
        self.names.before_intro_suffix(t, &mut hits);
        phones_with_extensions(t, &mut hits);
        let after = values_after_found(t, &self.names, &hits);
        hits.extend(after);
        let mut listed = Vec::new();
        for h in hits.iter().filter(|h| h.0 == EntityKind::Person) {
            self.names.listed_with(t, h.2, h.3, &mut listed);
            listed.extend(self.names.inverted_rest(t, h.2, h.3));
        }
        let people: Vec<(usize, usize)> = hits
            .iter()
            .filter(|h| h.0 == EntityKind::Person)
            .map(|h| (h.2, h.3))
            .collect();
        let mut spelled = Vec::new();
        if memchr::memchr(b'-', t).is_some() {
            names::NameDict::spelled_out(t, &people, &mut spelled);
        }
        hits.extend(
            listed
                .into_iter()
                .map(|(a, b)| (EntityKind::Person, "listed_name", a, b))
                .chain(
                    spelled
                        .into_iter()
                        .map(|(a, b)| (EntityKind::Person, "spelled_name", a, b)),
                ),
        );
        let mut later = Vec::new();
        if password_named {
            keywords::password_later_on_line(t, &hits, &mut later);
        }
        keywords::pin_after_words(t, &hits, &mut later);
        keywords::login_pairs(t, &mut later);
        keywords::machine_readable_zone(t, &mut later);
        keywords::passwords_in_elements_and_resets(t, &mut later);
        keywords::slash_names_with_title(t, &hits, &mut later);
        hits.extend(later);
        // Birth dates more than 110 years back: the people born then are history, and
        // so is a name right before one (`Giovanni Agnelli è nato il 31 agosto 1870`).
        let historic_births: Vec<usize> = hits
            .iter()
            .filter(|h| h.0 == EntityKind::DateOfBirth && historic_date(&t[h.2..h.3.min(t.len())]))
            .map(|h| h.2)
            .collect();
        let mut found: Vec<Finding> = hits
            .into_iter()
            .filter(|h| h.3 > h.2 && h.3 <= t.len())
            // A value has a letter or a digit: a blank (`________`, `…………`) holds none.
            .filter(|h| has_alphanumeric(&t[h.2..h.3]))
            // A name in a script without case ends before a function word it ran on into
            // (`سمير الحسن في المكتب`: "in the office").
            .map(|h| {
                if h.0 == EntityKind::Person && util::at(t, h.2) >= 0x80 {
                    (
                        h.0,
                        h.1,
                        h.2,
                        names::without_function_words_after(t, h.2, h.3),
                    )
                } else {
                    h
                }
            })
            // A brand or place named after someone, whatever found it (a product's
            // `"name": "Jimmy Choo"`, a cell `'Massimo Dutti'`), is no one's name.
            .filter(|h| {
                h.0 != EntityKind::Person
                    || !(names::eponym(&t[h.2..h.3])
                        || names::holds_famous(&t[h.2..h.3])
                        || names::beside_brand(t, h.2, h.3))
            })
            // A cell under a column of things (`brand`, `hotel`, `manufacturer`).
            .filter(|h| {
                h.0 != EntityKind::Person
                    || !columns::header_of_cell(t, h.2).is_some_and(names::names_a_thing)
            })
            // A name marked as an example (`राम कुमार (उदाहरण)`, `Ahmet Yılmaz (örnek)`,
            // `Jane Roe (sample)`) is no one's.
            .filter(|h| {
                h.0 != EntityKind::Person
                    || !(marked_as_example(t, h.3) || placeholder_name(t, h.2, h.3))
            })
            // A street, ship, airport or venue named after someone (`Avenida Getúlio
            // Vargas`, `aboard the MS Johan van Oldenbarnevelt`, `Ben Gurion Airport`).
            .filter(|h| {
                h.0 != EntityKind::Person
                    || !((names::by_look_alone(h.1) && names::names_a_place(t, h.2, h.3))
                        || names::after_ship_prefix(t, h.2)
                        || names::opens_with_ship_prefix(&t[h.2..h.3])
                        || names::dish_after(t, h.3))
            })
            // The word for a password is no one's name, nor part of one (`كلمة المرور: …`,
            // `Das Passwort wird nie angezeigt`).
            .filter(|h| {
                h.0 != EntityKind::Person
                    || !t[h.2..h.3]
                        .split(|&b| b == b' ')
                        .any(keywords::is_password_word)
            })
            // A birth date more than 110 years back is history (`Alan Turing föddes
            // 1912-06-23`, `Grace Hopper (born 12/9/1906)`), no living person's.
            .filter(|h| h.0 != EntityKind::DateOfBirth || !historic_date(&t[h.2..h.3]))
            .filter(|h| {
                h.0 != EntityKind::Person
                    || !historic_births.iter().any(|&d| {
                        d >= h.3
                            && d - h.3 <= 48
                            && !t[h.3..d].iter().any(|&b| matches!(b, b'\n' | b'.' | b';'))
                    })
            })
            // A public figure's birth date (`Cristiano Ronaldo出生于1985-02-05吗？`, `Angela
            // Merkel (born Jul 17 1954)`) is no private person's.
            .filter(|h| h.0 != EntityKind::DateOfBirth || !famous_before(t, h.2))
            // A birth date in a piece of trivia (`Fun fact: Lesya Ukrainka was born on
            // 25-02-1871`) is a public figure's.
            .filter(|h| h.0 != EntityKind::DateOfBirth || !trivia_before(t, h.2))
            // Teams in a result (`Kashima Antlers – Rosenborg 4–4`, `FC Copenhagen 0–3
            // Real Madrid`) are no one.
            .filter(|h| h.0 != EntityKind::Person || !in_score_line(t, h.2, h.3))
            // Whose biography, work or quote is asked about is a public figure (`Biography
            // of Greta Thunberg`, `the early work of Chinua Achebe`, `a quote by …`).
            .filter(|h| {
                h.0 != EntityKind::Person
                    || !(public_context_before(t, h.2) || public_context_after(t, h.3))
            })
            .map(|(kind, rule, start, end)| Finding {
                kind,
                rule,
                start,
                end: if kind == EntityKind::Phone {
                    phone_extension_end(t, end)
                } else {
                    end
                },
                custom: None,
            })
            .collect();
        self.scan_custom(t, &mut found);
        if found.len() > 1 {
            resolve(&mut found);
        }
        if !found.is_empty() {
            repeat_occurrences(t, &self.names, &mut found);
        }
        found
    }

    fn scan_custom(&self, t: &[u8], found: &mut Vec<Finding>) {
        for (idx, rule) in self.custom.iter().enumerate() {
            for m in rule.regex.find_iter(t) {
                if m.start() == m.end() {
                    continue;
                }
                if let Some(v) = rule.validator {
                    if !v.check(m.as_bytes()) {
                        continue;
                    }
                }
                if !rule.context.is_empty() {
                    let from = m.start().saturating_sub(64);
                    let ctx: Vec<&str> = rule.context.iter().map(String::as_str).collect();
                    if !util::window_has(t, from, m.start(), &ctx) {
                        continue;
                    }
                }
                found.push(Finding {
                    kind: EntityKind::Custom,
                    rule: rule.name,
                    start: m.start(),
                    end: m.end(),
                    custom: u16::try_from(idx).ok(),
                });
            }
        }
        if let Some(deny) = &self.deny {
            for m in deny.find_iter(t) {
                let (s, e) = (m.start(), m.end());
                let left = s == 0 || !util::alnum(t[s - 1]);
                let right = !util::alnum(util::at(t, e));
                if left && right {
                    found.push(Finding {
                        kind: EntityKind::Custom,
                        rule: "deny_list",
                        start: s,
                        end: e,
                        custom: None,
                    });
                }
            }
        }
    }
}

/// `t` with every `\n`, `\r` and `\t` escape written as a space and the real character.
/// Blanks the `**` around labels that end in a colon: `**Name:**` and `**Name**:` (and
/// their `__` forms) become `  Name:  ` and `  Name  :`; other emphasis stays.
fn emphasis_as_spaces(t: &mut [u8]) {
    for mark in [b'*', b'_'] {
        let mut i = 0;
        while i + 2 < t.len() {
            // The closing pair, right before or after a colon.
            let close = if t[i] == b':' && t[i + 1] == mark && t[i + 2] == mark {
                Some(i + 1)
            } else if t[i] == mark && t[i + 1] == mark && t[i + 2] == b':' {
                Some(i)
            } else {
                None
            };
            let Some(c) = close else {
                i += 1;
                continue;
            };
            // The opening pair on the same line, at most 40 bytes back.
            let from = c.saturating_sub(40);
            let open = (from..c.saturating_sub(1))
                .rev()
                .take_while(|&k| t[k] != b'\n')
                .find(|&k| t[k] == mark && t[k + 1] == mark);
            if let Some(o) = open {
                t[o] = b' ';
                t[o + 1] = b' ';
                t[c] = b' ';
                t[c + 1] = b' ';
            }
            i = c + 2;
        }
    }
}

/// Whether a public figure of `data/famous_names.txt` is named right before the birth
/// date at `a`: within 40 bytes, with no quote, cell or line between (`Angela Merkel (born
/// Jul 17 1954)`, `Fela Kuti, né le 1938-10-15`; a town in the cell before a date in a
/// table is no one born).
fn famous_before(t: &[u8], a: usize) -> bool {
    let mut s = a.saturating_sub(72);
    while s < a && (t[s] & 0xC0) == 0x80 {
        s += 1;
    }
    let w = &t[s..a];
    names::famous_end(w).is_some_and(|e| {
        w.len() - e <= 40
            && !w[e..]
                .iter()
                .any(|&b| matches!(b, b'"' | b'\n' | b'|' | b'\t' | b'\\'))
    })
}

fn whitespace_escapes(t: &[u8]) -> Vec<u8> {
    let mut out = t.to_vec();
    // A JSON document inside a JSON string (`{\"content\": \"line one\\nline two\"}`, its
    // quotes escaped) escapes its line breaks twice: there `\\n` is a line break too (the
    // break and two spaces, as if the next line were indented: the same length). Without
    // escaped quotes it is a backslash and a letter (`C:\\new`).
    let doubled = memchr::memmem::find(t, b"\\\"").is_some();
    let mut i = 0;
    while i + 1 < out.len() {
        if out[i] == b'\\' {
            let real = match out[i + 1] {
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                // Escaped again at each level of nesting: `\\n`, `\\\\n`, …
                b'\\' if doubled => {
                    let k = i + out[i..].iter().take_while(|&&b| b == b'\\').count();
                    let real = match util::at(&out, k) {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        _ => {
                            i = k;
                            continue;
                        }
                    };
                    out[i] = real;
                    out[i + 1..=k].fill(b' ');
                    i = k + 1;
                    continue;
                }
                b'\\' => {
                    // Without escaped quotes an escaped backslash (`C:\\new`) is left as it
                    // is.
                    i += 2;
                    continue;
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            out[i] = b' ';
            out[i + 1] = real;
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether the words right before `s` ask about a public figure's life or work.
fn public_context_before(t: &[u8], s: usize) -> bool {
    const BEFORE: &[&str] = &[
        "biography of",
        "biographies of",
        "the life of",
        "life and work of",
        "the work of",
        "the works of",
        "early work of",
        "later work of",
        "poems of",
        "novels of",
        "paintings of",
        "theories of",
        "the legacy of",
        "quote by",
        "quotes by",
        "famous quote from",
        "speech by",
        "portrait of",
        "statue of",
        "the answer is",
        // Questions of trivia (`When was Ada Lovelace born?`, `Коли народився Тарас
        // Шевченко?`, `מתי נולד …`).
        "when was",
        "who was",
        "коли народився",
        "коли народилася",
        "когда родился",
        "когда родилась",
        "кто такой",
        "кто такая",
        "מתי נולד",
        "מתי נולדה",
        "quand est né",
        "quand est née",
        "cuándo nació",
        "quando nasceu",
        "quando è nato",
        "quando è nata",
        "wann wurde",
        "φιλοσοφία του",
    ];
    trivia_cue_ends(t, s) || ends_with_any(t, s, BEFORE)
}

/// Phrases that open a piece of trivia about a public figure (`Fun fact: Yayoi Kusama was
/// born…`, `Dato curioso: Johan Cruijff nació…`, `Цікавий факт: Тарас Шевченко…`).
const TRIVIA_CUES: &[&str] = &[
    "fun fact:",
    "fun fact",
    "did you know",
    "did you know that",
    "did you know?",
    "trivia:",
    "quiz:",
    "dato curioso:",
    "sabías que",
    "¿sabías que",
    "le saviez-vous ?",
    "le saviez-vous?",
    "le saviez-vous",
    "wusstest du",
    "wussten sie",
    "lo sapevi",
    "curiosità:",
    "você sabia",
    "curiosidade:",
    "ciekawostka:",
    "wist je dat",
    "цікавий факт:",
    "интересный факт:",
    "а вы знали",
    "هل تعلم؟",
    "هل تعلم",
    "آیا می‌دانستید",
    "آیا میدانستید",
    "क्या आप जानते हैं",
    "biliyor muydunuz",
];

/// Whether one of [`TRIVIA_CUES`] ends right before `s` (spaces between).
fn trivia_cue_ends(t: &[u8], s: usize) -> bool {
    ends_with_any(t, s, TRIVIA_CUES)
}

/// Whether a piece of trivia opened earlier on the line, within a sentence or two, of the
/// date at `a` (`Fun fact: Lesya Ukrainka was born on 25-02-1871`).
fn trivia_before(t: &[u8], a: usize) -> bool {
    let mut from = a.saturating_sub(120);
    while from < a && (t[from] & 0xC0) == 0x80 {
        from += 1;
    }
    let w = &t[from..a];
    let w = match memchr::memrchr(b'\n', w) {
        Some(p) => &w[p + 1..],
        None => w,
    };
    let lower = String::from_utf8_lossy(w).to_lowercase();
    TRIVIA_CUES.iter().any(|c| lower.contains(c))
}

/// Whether `t[..s]`, its trailing spaces left out and lower-cased, ends with one of
/// `phrases` at a word's start.
fn ends_with_any(t: &[u8], s: usize, phrases: &[&str]) -> bool {
    let mut from = s.saturating_sub(40);
    while from < s && (t[from] & 0xC0) == 0x80 {
        from += 1;
    }
    let head = &t[from..s];
    let end = head.len() - head.iter().rev().take_while(|&&b| b == b' ').count();
    // Lower-cased whole (Cyrillic, Greek and Hebrew letters too: `Коли народився`); ASCII
    // text, the most, without allocating.
    let head = &head[..end];
    let mut buf = [0u8; 48];
    let lowered;
    let head: &[u8] = if head.is_ascii() {
        let n = head.len().min(48);
        for (d, c) in buf.iter_mut().zip(head) {
            *d = c.to_ascii_lowercase();
        }
        &buf[..n]
    } else {
        lowered = String::from_utf8_lossy(head).to_lowercase().into_bytes();
        &lowered
    };
    phrases.iter().any(|p| {
        let p = p.as_bytes();
        head.len() >= p.len()
            && head[head.len() - p.len()..] == *p
            && (head.len() == p.len() || !head[head.len() - p.len() - 1].is_ascii_alphanumeric())
    })
}

/// Whether a question about a public figure follows the name at `e` (Turkish `… ne
/// zaman doğdu?`, when was … born; `… kimdir?`, who is …).
fn public_context_after(t: &[u8], e: usize) -> bool {
    [" ne zaman doğdu", " ne zaman öldü", " kimdir"]
        .iter()
        .any(|p| t[e..].starts_with(p.as_bytes()))
}

/// Whether the first year written in `v` (four digits standing alone) is more than 110
/// years before this year. No development set labels an earlier birth date; public
/// figures' and ancestors' birth dates are history.
fn historic_date(v: &[u8]) -> bool {
    static CUTOFF: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    let cutoff = *CUTOFF.get_or_init(|| {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        // 365.2425 days a year.
        1970 + (secs / 31_556_952) as u32 - 110
    });
    let mut i = 0;
    while i + 4 <= v.len() {
        let w = &v[i..i + 4];
        let alone = (i == 0 || !v[i - 1].is_ascii_digit())
            && v.get(i + 4).is_none_or(|b| !b.is_ascii_digit());
        if alone && w.iter().all(u8::is_ascii_digit) && matches!(w[0], b'1' | b'2') {
            let year = w.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
            // A year of the Persian solar calendar (`19 شهریور 1329`, `1347/11/02`), 621
            // behind the Gregorian one.
            let solar = (1300..=1420).contains(&year)
                && (!v.is_ascii() || (i == 0 && v.get(4) == Some(&b'/')));
            return if solar {
                year + 621 < cutoff
            } else {
                year < cutoff
            };
        }
        i += 1;
    }
    false
}

/// Whether `t[s..e]` stands beside a score (`Rosenborg 4–4`, `0–3 Real Madrid`), or in a
/// clause that pairs sides with a dash or `vs` and holds a score.
fn in_score_line(t: &[u8], s: usize, e: usize) -> bool {
    // A score: one or two digits, a dash (`-`, `–`, `—`), one or two digits, standing
    // alone (`11:35` is a time, `12-05-2024` a date) and not read on in lower case.
    let score_at = |i: usize| -> Option<usize> {
        let d1 = util::run_while(t, i, 2, |b| b.is_ascii_digit());
        if d1 == i
            || (i > 0 && (t[i - 1].is_ascii_digit() || matches!(t[i - 1], b'-' | b'/' | b'.')))
        {
            return None;
        }
        let mut k = d1;
        if util::at(t, k) == b' ' {
            k += 1;
        }
        let dash = ["-", "–", "—"]
            .iter()
            .find(|d| t[k..].starts_with(d.as_bytes()))?;
        k += dash.len();
        if util::at(t, k) == b' ' {
            k += 1;
        }
        let d2 = util::run_while(t, k, 2, |b| b.is_ascii_digit());
        // A range reads on in lower case (`2-3 times`, `10-12 Uhr`); a score does not.
        let next = util::at(t, if util::at(t, d2) == b' ' { d2 + 1 } else { d2 });
        // Nor part of a date (`12-05-2024`).
        let dated =
            matches!(util::at(t, d2), b'-' | b'/' | b'.') && util::at(t, d2 + 1).is_ascii_digit();
        (d2 > k
            && !dated
            && !util::at(t, d2).is_ascii_digit()
            && !util::at(t, d2).is_ascii_alphabetic()
            && !next.is_ascii_lowercase())
        .then_some(d2)
    };
    // Right after the name, or right before it.
    let after = util::run_while(t, e, 2, |b| b == b' ');
    if score_at(after).is_some() {
        return true;
    }
    let mut b = s;
    while b > 0 && t[b - 1] == b' ' && s - b < 2 {
        b -= 1;
    }
    if b < s {
        let ds = b - util::run_back(t, b, 7, |c| {
            c.is_ascii_digit() || matches!(c, b'-' | b':' | b' ') || c >= 0x80
        });
        if (ds..b).any(|i| score_at(i).is_some_and(|end| end == b)) {
            return true;
        }
    }
    // A clause that pairs two sides (`A – B 4–4`, `A vs B 2-1`).
    // (At most 160 bytes either way: a clause, not the text.)
    let from = s.saturating_sub(160);
    let cs = t[from..s]
        .iter()
        .rposition(|&c| matches!(c, b',' | b';' | b'\n' | b'.' | b'!' | b'?'))
        .map_or(from, |k| from + k + 1);
    let to = t.len().min(e + 160);
    let ce = t[e..to]
        .iter()
        .position(|&c| matches!(c, b',' | b';' | b'\n' | b'!' | b'?'))
        .map_or(to, |k| e + k);
    let clause = &t[cs..ce];
    let paired = [&b" \xe2\x80\x93 "[..], b" - ", b" vs ", b" vs. ", b" v "]
        .iter()
        .any(|p| clause.windows(p.len()).any(|w| w == *p));
    paired && (cs..ce).any(|i| score_at(i).is_some())
}

fn has_alphanumeric(v: &[u8]) -> bool {
    v.iter().any(u8::is_ascii_alphanumeric)
        || (!v.is_ascii()
            && String::from_utf8_lossy(v)
                .chars()
                .any(char::is_alphanumeric))
}

/// A value found once is masked everywhere in the same text, even where its
/// context or boundaries would not have triggered a detector.
///
/// Linear in the text whatever the number of findings: each distinct value is searched
/// once (beyond a few dozen, all of them in one automaton pass), and coverage is a
/// binary search over the sorted findings (a prompt holding thousands of phone numbers
/// must not cost more than a pass per value).
fn repeat_occurrences(t: &[u8], names: &NameDict, found: &mut Vec<Finding>) {
    // Distinct values: whole findings (4+ bytes, anywhere) and the parts of names
    // (`Takumi` of `Takumi Sato`, only as a whole word). A value that is both is
    // searched as a whole value. The first finding with a value lends it its kind.
    // In a chat transcript a name is also masked where it recurs in lower case, as
    // people type there (`hbd maría josé!` after `María José:`): those spellings are
    // made first.
    let chat = found.iter().any(|f| f.rule == "chat_speaker");
    let lowered: Vec<(usize, Vec<u8>)> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| chat && f.kind == EntityKind::Person && f.end - f.start >= 3)
        .filter_map(|(idx, f)| {
            let v = std::str::from_utf8(&t[f.start..f.end]).ok()?;
            let low = v.to_lowercase();
            (low != v && low.len() >= 3 && names.lower_case_is_rare(low.as_bytes()))
                .then(|| (idx, low.into_bytes()))
        })
        .collect();
    let mut wanted: Vec<(&[u8], usize, bool)> = Vec::with_capacity(found.len() * 2);
    for (idx, f) in found.iter().enumerate() {
        let v = &t[f.start..f.end];
        if v.len() >= 4 {
            wanted.push((v, idx, false));
        }
        if f.kind == EntityKind::Person {
            for p in names.parts(v) {
                wanted.push((p, idx, true));
            }
        }
    }
    for (idx, low) in &lowered {
        // Whole words only: `ana` must not mask `banana`.
        wanted.push((low.as_slice(), *idx, true));
    }
    if wanted.is_empty() {
        return;
    }
    // Stable: the first entry of each value is the finding that lends its kind; the
    // value is searched as a whole word only if every entry is a name's part.
    wanted.sort_by(|a, b| a.0.cmp(b.0));
    let mut patterns: Vec<(&[u8], (usize, bool))> = Vec::with_capacity(wanted.len());
    for (v, idx, part) in wanted {
        match patterns.last_mut() {
            Some(last) if last.0 == v => last.1 .1 &= part,
            _ => patterns.push((v, (idx, part))),
        }
    }
    // `found` is sorted and non-overlapping: the finding that may cover `[k, end)` is
    // the last one starting at or before `k`.
    let mut extra = Vec::new();
    let mut consider = |pattern: usize, k: usize, end: usize| {
        let (source, whole_word) = patterns[pattern].1;
        if whole_word && (util::letter_before(t, k) || util::letter_after(t, end)) {
            return;
        }
        let i = found.partition_point(|g| g.start <= k);
        if !(i > 0 && found[i - 1].end >= end) {
            extra.push(Finding {
                start: k,
                end,
                rule: "repeat",
                ..found[source].clone()
            });
        }
    };
    if patterns.len() <= 48 {
        // Up to a few dozen values (the usual case, a name's parts included): each is
        // found by a vectorised search for its rarest byte, which costs nothing to set up
        // (a general substring searcher costs more to build than to run on a chat turn).
        for (n, (p, _)) in patterns.iter().enumerate() {
            find_each(t, p, |k| consider(n, k, k + p.len()));
        }
    } else {
        // Built for one search: a contiguous NFA builds in microseconds, where the DFA the
        // builder would pick for a small set costs more to build than the search saves.
        let Ok(ac) = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(patterns.iter().map(|(p, _)| *p))
        else {
            return;
        };
        for m in ac.find_iter(t) {
            consider(m.pattern().as_usize(), m.start(), m.end());
        }
    }
    if !extra.is_empty() {
        found.extend(extra);
        resolve(found);
    }
}

/// Values next to one already found: a name joined to a name by `and`, a birth date
/// (`Imani Kiplagat (December 19, 1980)`) or a phone number (`host is Karin Berg,
/// 02-736-5065`) right after a name, and
/// after a number the one a correction puts right (`It should be 758-39-7389 not
/// 400930443`), of the same kind.
fn values_after_found(
    t: &[u8],
    names: &NameDict,
    hits: &[(EntityKind, &'static str, usize, usize)],
) -> Vec<(EntityKind, &'static str, usize, usize)> {
    let mut out = Vec::new();
    for &(kind, rule, start, end) in hits {
        // A number with an extension is an office's line: what stands before it is a
        // company or a department as often as a person.
        if rule == "phone_extension" {
            continue;
        }
        match kind {
            EntityKind::Person => {
                for (a, b) in names.joined_to(t, start, end).into_iter().flatten() {
                    out.push((EntityKind::Person, "joined_name", a, b));
                }
                if let Some((a, b)) = keywords::birth_date_after_name(t, end) {
                    out.push((EntityKind::DateOfBirth, "dob_after_name", a, b));
                }
                if let Some((a, b)) = numeric::phone_after_name(t, end) {
                    out.push((EntityKind::Phone, "phone_after_name", a, b));
                }
            }
            EntityKind::DateOfBirth => {
                if let Some((a, b)) = names.inverted_before_identity(t, start) {
                    out.push((EntityKind::Person, "name_before_identity", a, b));
                } else if let Some((a, b)) = names.name_before_paren_birth(t, start) {
                    out.push((EntityKind::Person, "name_before_birth", a, b));
                }
            }
            EntityKind::UsSsn | EntityKind::Phone | EntityKind::CreditCard => {
                if kind == EntityKind::UsSsn {
                    if let Some((a, b)) = names.inverted_before_identity(t, start) {
                        out.push((EntityKind::Person, "name_before_identity", a, b));
                    }
                }
                if kind == EntityKind::Phone {
                    if let Some((a, b)) = names.name_before_phone(t, start) {
                        out.push((EntityKind::Person, "name_before_phone", a, b));
                    }
                }
                let digits = t
                    .get(start..end)
                    .map_or(0, |v| v.iter().filter(|b| b.is_ascii_digit()).count());
                if let Some((a, b)) = numeric::corrected_value(t, end, digits) {
                    out.push((kind, "corrected_value", a, b));
                }
            }
            _ => {}
        }
    }
    out
}

/// Call `f` with the start of every non-overlapping occurrence of `p` in `t`, left to
/// right. `memchr` runs over the byte of `p` least frequent in text, and each
/// candidate is compared whole.
fn find_each(t: &[u8], p: &[u8], mut f: impl FnMut(usize)) {
    let Some((j, &b)) = p.iter().enumerate().min_by_key(|&(_, &b)| byte_rank(b)) else {
        return;
    };
    let mut pos = j;
    while pos < t.len() {
        let Some(off) = memchr::memchr(b, &t[pos..]) else {
            return;
        };
        let at = pos + off;
        let k = at - j;
        if t.get(k..k + p.len()) == Some(p) {
            f(k);
            pos = k + p.len() + j;
        } else {
            pos = at + 1;
        }
    }
}

/// How common a byte is in text, roughly (higher is more common).
fn byte_rank(b: u8) -> u8 {
    const LOWER_BY_FREQUENCY: &[u8; 26] = b"etaoinshrdlcumwfgypbvkjxqz";
    match b {
        b' ' => 255,
        b'a'..=b'z' => {
            let r = LOWER_BY_FREQUENCY.iter().position(|&c| c == b).unwrap_or(0);
            250 - r as u8 * 4
        }
        b'0'..=b'9' | b'.' | b',' | b'-' | b'\n' => 120,
        b'A'..=b'Z' => 80,
        0x80..=0xBF => 60,
        0xC0..=0xFF => 40,
        _ => 100,
    }
}

/// `%XX` with two hex digits somewhere in `t`.
fn has_percent_escape(t: &[u8]) -> bool {
    memchr::memchr_iter(b'%', t).any(|i| {
        t.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && t.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
    })
}

/// The kind of value a field's name announces (`name`, `customer.full_name`,
/// `phone_number`, `dob`, `shipping_address`), from its last one or two segments.
pub fn key_hint(key: &str) -> Option<EntityKind> {
    let key = key.as_bytes();
    if let Some(k) = columns::column_kind(key) {
        return Some(k);
    }
    columns::column_kind(last_segments(key, 2))
        .or_else(|| columns::column_kind(last_segments(key, 1)))
}

/// The last `n` dot-separated segments of `k`.
fn last_segments(k: &[u8], n: usize) -> &[u8] {
    let mut seen = 0;
    for i in (0..k.len()).rev() {
        if k[i] == b'.' {
            seen += 1;
            if seen == n {
                return &k[i + 1..];
            }
        }
    }
    k
}

/// Sort and merge overlapping findings: the union is kept under the kind of
/// the widest member.
fn resolve(found: &mut Vec<Finding>) {
    found.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        match out.last_mut() {
            Some(last) if f.start < last.end => {
                if f.end > last.end {
                    if f.end - f.start > last.end - last.start {
                        last.kind = f.kind;
                        last.rule = f.rule;
                        last.custom = f.custom;
                    }
                    last.end = f.end;
                }
            }
            _ => out.push(f),
        }
    }
    *found = out;
}

/// The end of a phone number's extension right after it (`, ext 6359`, ` x204`,
/// `, Ext. 1619`, ` dahili 342`, ` poste 12`, ` Durchwahl 55`, ` (ext. 8)`): part of the
/// number, masked with it. `end` when there is none.
fn phone_extension_end(t: &[u8], end: usize) -> usize {
    const MARKS: &[&str] = &[
        "extension",
        "ext.",
        "ext",
        "x",
        "dahili",
        "poste",
        "durchwahl",
        "dw.",
        "int.",
        "ramal",
        "anexo",
        "interno",
        "toestel",
        "wewn.",
        "wew.",
        "app.",
        "r.",
        "доб.",
        "内線",
        "转",
        "分机",
        "내선",
    ];
    let mut i = end;
    if util::at(t, i) == b',' {
        i += 1;
    }
    let paren = {
        while util::at(t, i) == b' ' {
            i += 1;
        }
        util::at(t, i) == b'('
    };
    if paren {
        i += 1;
    }
    if i == end || (i == end + 1 && util::at(t, end) == b',') {
        // A mark must be set off by a space (`555-0100 x12`), not glued to a word.
        return end;
    }
    let Some(m) = MARKS
        .iter()
        .find(|m| t.len() >= i + m.len() && t[i..i + m.len()].eq_ignore_ascii_case(m.as_bytes()))
    else {
        return end;
    };
    let mut j = i + m.len();
    while matches!(util::at(t, j), b' ' | b':' | b'#') {
        j += 1;
    }
    let digits = t[j..]
        .iter()
        .take(7)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 0
        || (m.len() == 1 && j > i + 1 + 1)
        || util::at(t, j + digits).is_ascii_alphanumeric()
    {
        return end;
    }
    let mut k = j + digits;
    if paren {
        if util::at(t, k) != b')' {
            return end;
        }
        k += 1;
    }
    k
}

/// A number followed by its extension (`6423 0747, ext 6359`, `07969617589, Ext. 1619`,
/// `0 517 407 48 29 dahili 342`): the extension says it is a phone number, whatever
/// else does not.
fn phones_with_extensions(t: &[u8], hits: &mut Vec<keywords::KwHit>) {
    static MARKS: std::sync::OnceLock<Option<AhoCorasick>> = std::sync::OnceLock::new();
    static FINDER: std::sync::OnceLock<Option<regex::bytes::Regex>> = std::sync::OnceLock::new();
    let Some(marks) = MARKS
        .get_or_init(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build([
                    "ext",
                    "dahili",
                    "poste",
                    "durchwahl",
                    "ramal",
                    "anexo",
                    "interno",
                    "toestel",
                ])
                .ok()
        })
        .as_ref()
    else {
        return;
    };
    // Only a mark right after a digit (`7589, Ext.`, `48 29 dahili`) is worth the
    // pattern's look: `text`, `next` and `context` are not.
    let near_digit = |s: usize| {
        let mut k = s;
        if k > 0 && t[k - 1] == b' ' {
            k -= 1;
        } else {
            return false;
        }
        if k > 0 && matches!(t[k - 1], b',' | b'(') {
            k -= 1;
        }
        k > 0 && t[k - 1].is_ascii_digit()
    };
    let Some(first) = marks
        .find_iter(t)
        .map(|m| m.start())
        .find(|&s| near_digit(s))
    else {
        return;
    };
    let Some(re) = FINDER
        .get_or_init(|| {
            regex::bytes::Regex::new(
                r"(?i)(?:^|[^\w+])(\+?\(?\d[\d ().\-]{5,20}\d),? (?:ext\.?|extension|dahili|poste|durchwahl|ramal|anexo|interno|toestel) ?[:#]? ?\d{1,6}\b",
            )
            .ok()
        })
        .as_ref()
    else {
        return;
    };
    // From a little before the first candidate: the number precedes its mark.
    // (Back to a word's start, so `^` in the pattern means what it says.)
    let mut from = first.saturating_sub(32);
    let floor = from.saturating_sub(64);
    while from > floor && !t[from - 1].is_ascii_whitespace() {
        from -= 1;
    }
    for c in re.captures_iter(&t[from..]) {
        let (Some(num), Some(all)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let n = num.as_bytes();
        let digits = n.iter().filter(|b| b.is_ascii_digit()).count();
        // `2024.11.03 ext 4`, `v1.2.3`: a date or a version, no number anyone dials.
        let dotted = n.contains(&b'.') && !n.iter().any(|b| matches!(b, b' ' | b'-' | b'(' | b')'));
        let dated =
            dotted && (n.starts_with(b"19") || n.starts_with(b"20")) && n.get(4) == Some(&b'.');
        if (7..=15).contains(&digits) && !dated {
            hits.push((
                EntityKind::Phone,
                "phone_extension",
                from + num.start(),
                from + all.end(),
            ));
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::find_each;
    use proptest::prelude::*;

    fn occurrences(t: &[u8], p: &[u8]) -> Vec<usize> {
        let mut v = Vec::new();
        find_each(t, p, |k| v.push(k));
        v
    }

    #[test]
    fn find_each_reports_non_overlapping_occurrences_left_to_right() {
        assert_eq!(occurrences(b"aaaa", b"aa"), vec![0, 2]);
        assert_eq!(occurrences(b"Takumi and Takumi.", b"Takumi"), vec![0, 11]);
        assert_eq!(occurrences(b"xyz", b"xyzw"), Vec::<usize>::new());
        assert_eq!(
            occurrences("Søren, Søren".as_bytes(), "Søren".as_bytes()),
            vec![0, 8]
        );
    }

    proptest! {
        /// The same occurrences as a general substring search, on small alphabets
        /// where candidates and overlaps are frequent.
        #[test]
        fn find_each_agrees_with_memmem(t in "[abZ9 ]{0,64}", p in "[abZ9 ]{1,5}") {
            let want: Vec<usize> = memchr::memmem::find_iter(t.as_bytes(), p.as_bytes()).collect();
            prop_assert_eq!(occurrences(t.as_bytes(), p.as_bytes()), want);
        }
    }
}
