//! Directed abuse found by its words: insults, contemptuous adjectives, phrases of
//! contempt and threats in ten languages (`data/abuse_lexicon.txt`), and the few shapes
//! that aim an insult at the reader whatever the insult is.
//!
//! ```text
//!  "…that's not how rebase works, you absolute plank."
//!                          you ─ absolute ─ plank ─ "."   → a weak noun said to the reader
//!  "Get lost, ignoramus."      "," ─ ignoramus ─ "."      → an insult said alone (vocative)
//!  "Are you always this incompetent?"  are you ─ this ─ incompetent → a copula and an insulting adjective
//!  "Dostoevsky's The Idiot (1869)"   no "you", not alone in its clause → nothing
//! ```
//!
//! A noun of the lexicon is abuse when it is said to the reader: after a form of "you"
//! with at most a few articles, intensifiers or adjectives between (`you uncultured
//! doofus`, `eres un completo inútil`, `du bist so ein Trottel`), or alone in its clause
//! between commas and the end of a sentence (`Listen, loser, nobody cares`). Weak nouns
//! (`donkey`, `plank`, `disaster`) count only after "you". An adjective counts after a
//! copula said to the reader (`you're so dense`, `are you this incompetent`), not in a
//! condition (`if you are clueless about taxes`). Phrases and threats count anywhere.
//! Japanese and Chinese have no spaces: their nouns count after a contemptuous "you"
//! (`お前`, `你这个`) or right before the end of a sentence (`…、このバカが。`).
//!
//! The caller drops negated matches and those inside quotations (see `safety`).
//!
//! Cost: every answer and prompt is read once, word by word; a word is hashed only when
//! its shape (length, first, second and last letters) is that of an entry's longest
//! word, and looked up only behind a 64 K-bit filter, so ordinary text passes at about
//! 2 µs per KB. Japanese and Chinese entries are searched by an automaton only in text
//! that has those scripts. What is found is read in context on a lower-cased copy of
//! its neighbourhood only.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

const LEXICON: &str = include_str!("../data/abuse_lexicon.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Noun,
    WeakNoun,
    Adj,
    Phrase,
    Threat,
    /// A contemptuous "you" of a language without spaces (`お前`, `你这个`).
    Address,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    kind: Kind,
    /// The language's code in the lexicon (`en`, `de`…).
    lang: &'static str,
    /// Written in a script without spaces between words: matched as a substring.
    spaceless: bool,
}

/// Forms of "you" said to the reader before a description of them, per language, besides
/// the [`COPULAS`]. Lower case, one space between words, `'` for every apostrophe.
const YOU: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "you",
            "ye",
            "ya",
            "u",
            "you're just",
            "such",
            "what an",
            "what a",
            "you big",
        ],
    ),
    (
        "es",
        &[
            "tú",
            "tu",
            "vos",
            "usted es",
            "pedazo de",
            "menudo",
            "menuda",
            "qué",
            "oye",
            "mira",
        ],
    ),
    (
        "de",
        &[
            "du",
            "so ein",
            "so eine",
            "was für ein",
            "was für eine",
            "du bist so ein",
            "du bist ein",
            "du bist eine",
        ],
    ),
    (
        "fr",
        &[
            "tu",
            "espèce de",
            "espèce d'",
            "pauvre",
            "quel",
            "quelle",
            "sale",
            "bande de",
        ],
    ),
    (
        "pt",
        &[
            "ó",
            "você",
            "tu",
            "és",
            "seu",
            "sua",
            "seu grande",
            "sua grande",
        ],
    ),
    ("it", &["brutto", "brutta", "pezzo di", "razza di"]),
    ("nl", &["jij", "wat een", "vuile", "stomme"]),
    ("pl", &["ty", "ty jakiś", "ty głupi"]),
];

/// Copulas said to the reader: only these make an adjective of the lexicon abuse, and
/// after them the insult needs no end of clause (`you're an idiot and…`).
const COPULAS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "you're",
            "youre",
            "you are",
            "you re",
            "ur",
            "u r",
            "are you",
            "you look",
            "you sound",
            "you seem",
            "you're being",
            "you are being",
            "you were",
            "were you",
            "you've been",
            "you have been",
            "you really are",
            "you truly are",
            "you honestly are",
        ],
    ),
    ("es", &["eres", "sos", "es usted", "sois", "ustedes son"]),
    (
        "de",
        &[
            "du bist", "bist du", "sie sind", "sind sie", "ihr seid", "seid ihr",
        ],
    ),
    (
        "fr",
        &["tu es", "t'es", "t es", "es-tu", "vous êtes", "êtes-vous"],
    ),
    (
        "pt",
        &["você é", "vc é", "voce e", "você e", "tu és", "vocês são"],
    ),
    ("it", &["sei", "tu sei", "lei è", "siete"]),
    (
        "nl",
        &["je bent", "jij bent", "ben je", "ben jij", "jullie zijn"],
    ),
    ("pl", &["jesteś", "ty jesteś", "jesteście"]),
];

/// Forms of "you" that call the reader names, with the [`NAMING`] forms: after them even
/// a weak noun insults (`you donkey`, `seu jumento.`), when it ends its clause.
const VOCATIVE: &[&str] = &[
    "you", "ye", "ya", "u", "you big", "du", "jij", "ty", "seu", "sua", "ó",
];

/// Forms that name the reader by what follows, also an adjective: `espèce d'inculte`.
const NAMING: &[&str] = &[
    "espèce de",
    "espèce d'",
    "pezzo di",
    "razza di",
    "bande de",
    "pedazo de",
    "brutto",
    "brutta",
];

/// Every form of "you" of `lang`: the [`YOU`] forms and the [`COPULAS`].
fn you_forms(lang: &str) -> Vec<&'static str> {
    let mut forms = forms_of(YOU, lang).to_vec();
    forms.extend_from_slice(forms_of(COPULAS, lang));
    forms
}

fn forms_of<'a>(table: &'a [(&str, &'a [&str])], lang: &str) -> &'a [&'a str] {
    table
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&[], |(_, forms)| forms)
}

/// Words that may stand between "you" and the insult: articles, intensifiers and the
/// like (`you're such an absolute`, `eres un completo`, `du bist so ein`).
const FILLERS: &[&str] = &[
    "a",
    "an",
    "the",
    "such",
    "so",
    "this",
    "that",
    "really",
    "truly",
    "just",
    "absolute",
    "absolutely",
    "complete",
    "completely",
    "total",
    "totally",
    "utter",
    "utterly",
    "real",
    "proper",
    "right",
    "big",
    "little",
    "fucking",
    "bloody",
    "damn",
    "damned",
    "freaking",
    "goddamn",
    "incredibly",
    "genuinely",
    "seriously",
    "always",
    "still",
    "being",
    "one",
    "un",
    "una",
    "uno",
    "muy",
    "tan",
    "tanto",
    "completo",
    "completa",
    "total",
    "verdadero",
    "verdadera",
    "auténtico",
    "auténtica",
    "menudo",
    "menuda",
    "ein",
    "eine",
    "einen",
    "so",
    "echt",
    "total",
    "wirklich",
    "voll",
    "richtig",
    "komplett",
    "der",
    "die",
    "größte",
    "une",
    "vraiment",
    "trop",
    "tellement",
    "complètement",
    "grand",
    "grande",
    "gros",
    "grosse",
    "sacré",
    "sacrée",
    "vrai",
    "vraie",
    "qu'un",
    "qu'une",
    "um",
    "uma",
    "muito",
    "tão",
    "completo",
    "completa",
    "grande",
    "mesmo",
    "proprio",
    "davvero",
    "così",
    "veramente",
    "proprio",
    "gran",
    "vero",
    "vera",
    "een",
    "echt",
    "zo",
    "zo'n",
    "ontzettend",
    "totaal",
    "volslagen",
    "taki",
    "taka",
    "totalny",
    "totalna",
    "kompletny",
    "kompletna",
    "prawdziwy",
    "prawdziwa",
    "immer",
    "siempre",
    "toujours",
    "sempre",
    "aussi",
    "altijd",
    "zawsze",
    "así",
    "más",
    "plus",
    "mehr",
    "dermaßen",
    "derart",
    "ganz",
    "hyper",
    "super",
    "mega",
    "muy",
    "bien",
    "bem",
];

/// Copulas that follow what they say of the reader, after an exclamation (`qué menso
/// eres`, `how stupid are you`, `wie blöd bist du`).
const COPULAS_AFTER: &[(&str, &[&str])] = &[
    ("en", &["are you", "you are", "can you be"]),
    ("es", &["eres", "sos", "sois", "es usted", "eres tú"]),
    ("de", &["bist du", "sind sie", "seid ihr", "du bist"]),
    ("fr", &["es-tu", "êtes-vous", "tu es", "t'es"]),
    ("pt", &["és", "você é", "é você", "és tu"]),
    ("it", &["sei", "siete", "sei tu"]),
    ("nl", &["ben je", "ben jij", "zijn jullie"]),
    ("pl", &["jesteś", "jesteście"]),
];

/// Words that open an exclamation about the reader before an inverted copula.
const EXCLAMATIONS: &[&str] = &[
    "how", "so", "qué", "que", "tan", "wie", "so", "comme", "que", "quão", "como", "che", "quanto",
    "come", "hoe", "zo", "jak", "ale", "mann", "alter",
];

/// What follows an insult aimed at the reader by comparison: "a moron like you".
const LIKE_YOU: &[&str] = &[
    " like you",
    " comme toi",
    " comme vous",
    " wie du",
    " wie dich",
    " wie sie",
    " como tú",
    " como tu",
    " como vos",
    " como usted",
    " como você",
    " como vc",
    " come te",
    " come voi",
    " als jij",
    " zoals jij",
    " jak ty",
    " jak wy",
];

/// Words that open a condition or a question about someone else: "if you are clueless
/// about taxes, hire an accountant" describes nobody.
const CONDITIONS: &[&str] = &[
    "if", "when", "whether", "unless", "even if", "si", "cuando", "aunque", "wenn", "falls", "ob",
    "quand", "lorsque", "se", "quando", "caso", "als", "jeśli", "gdy", "feel", "feels", "seem",
    "might", "may", "could", "would",
];

/// What ends a clause after an insult said alone or to "you".
fn ends_clause(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        matches!(
            c,
            ',' | '.'
                | '!'
                | '?'
                | ';'
                | ':'
                | '…'
                | ')'
                | '—'
                | '–'
                | '\n'
                | '¡'
                | '¿'
                | '。'
                | '！'
                | '？'
                | '，'
                | '、'
                | '"'
                | '”'
                | '»'
        )
    })
}

/// Words that go on describing the reader after an insult said to them: "you idiot
/// who can't read", "you clown and your ideas".
fn continues_description(rest: &str) -> bool {
    let word: String = rest
        .trim_start_matches(' ')
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        word.as_str(),
        "who"
            | "and"
            | "like"
            | "with"
            | "y"
            | "que"
            | "und"
            | "der"
            | "die"
            | "et"
            | "qui"
            | "e"
            | "che"
            | "en"
            | "i"
            | "który"
            | "która"
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '_'
}

/// `text` in lower case with every whitespace a space, byte for byte the same length
/// (a letter whose lower case is longer is left as it is).
fn fold(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    fold_into(&mut bytes, text);
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned())
}

/// Whether a word that opens a form of "you" of `lang` stands in the 60 bytes before
/// `s`, in the same clause.
fn you_near(text: &str, s: usize, lang: &str) -> bool {
    let from = floor_char(text, s.saturating_sub(60));
    let window = &text[from..s];
    let clause = window
        .rfind(['.', '!', '?', ';', ':', '\n'])
        .map_or(window, |k| &window[k + 1..]);
    let forms = you_forms(lang);
    clause
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .any(|w| {
            forms.iter().any(|f| {
                let first = f.split(' ').next().unwrap_or("");
                reads_as(w, 0, first) == Some(w.len())
            })
        })
}

/// The char boundary at or before `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// [`fold`] written over `out`, which holds `text`'s bytes.
fn fold_into(out: &mut [u8], text: &str) {
    for (k, c) in text.char_indices() {
        if c.is_ascii() {
            out[k] = if c.is_ascii_whitespace() {
                b' '
            } else {
                c.to_ascii_lowercase() as u8
            };
            continue;
        }
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            if l.len_utf8() == c.len_utf8() {
                l.encode_utf8(&mut out[k..k + c.len_utf8()]);
            }
        }
    }
}

/// Up to `max` words before `end` in the same clause, nearest last, apostrophes made `'`.
fn words_before(folded: &str, end: usize, max: usize) -> (Vec<String>, usize) {
    let mut words = Vec::new();
    let mut i = end;
    let bytes = folded.as_bytes();
    while words.len() < max {
        // Spaces between words (at most two), nothing else.
        let mut j = i;
        let mut spaces = 0;
        while j > 0 && bytes[j - 1] == b' ' {
            j -= 1;
            spaces += 1;
        }
        if spaces > 2 || j == 0 || (spaces == 0 && j != end) {
            break;
        }
        let Some(last) = folded[..j].chars().next_back() else {
            break;
        };
        if !is_word_char(last) {
            break;
        }
        let start = folded[..j]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_word_char(*c))
            .last()
            .map_or(j, |(k, _)| k);
        words.push(folded[start..j].replace('’', "'"));
        i = start;
    }
    words.reverse();
    (words, i)
}

/// The lexicon, compiled: entries of spaced scripts are looked up by their longest word
/// (a hash, behind two bit filters that turn most words away without a look-up), the
/// entries of Japanese and Chinese by one automaton run only on text that has their
/// script.
pub(crate) struct Abuse {
    entries: Vec<Entry>,
    /// Each entry's text: lower case, one space between words, `'` for apostrophes.
    texts: Vec<String>,
    /// Entries of spaced scripts by the hash of their longest word.
    by_key: HashMap<u64, Vec<u32>>,
    /// Per entry, how many words before its longest word it starts.
    back: Vec<u8>,
    /// One bit per key (its low 16 bits).
    key_bits: Vec<u64>,
    /// One bit per shape ([`shape_key`]) of an entry's longest word: a word whose shape
    /// is not set is passed over without hashing it.
    shape_bits: Vec<u64>,
    /// Entries of Japanese and Chinese (their ids in `entries`).
    spaceless: AhoCorasick,
    spaceless_ids: Vec<u32>,
    adjectives: HashSet<String>,
}

/// A word's shape, hashed to 16 bits: its length in bytes and its first, second and last
/// bytes in lower case. `None` when it starts or ends outside ASCII (such words are
/// always hashed).
fn shape_key(word: &[u8]) -> Option<usize> {
    let (&first, &last) = (word.first()?, word.last()?);
    if first >= 0x80 || last >= 0x80 {
        return None;
    }
    let second = word.get(1).map_or(0, u8::to_ascii_lowercase);
    let k = (word.len().min(31) as u32) << 24
        | u32::from(first.to_ascii_lowercase()) << 16
        | u32::from(second) << 8
        | u32::from(last.to_ascii_lowercase());
    Some((k.wrapping_mul(0x9e37_79b1) >> 16) as usize)
}

fn bit(bits: &[u64], k: usize) -> bool {
    bits[k / 64] & (1 << (k % 64)) != 0
}

/// FxHash-style step over one lower-case byte.
fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The hash of a word as the lexicon keys it: lower case, `’` as `'`.
fn word_hash(word: &str) -> u64 {
    let mut h = 0u64;
    for c in word.chars() {
        if c.is_ascii() {
            h = step(h, c.to_ascii_lowercase() as u8);
        } else if c == '’' {
            h = step(h, b'\'');
        } else {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                for &b in l.encode_utf8(&mut buf).as_bytes() {
                    h = step(h, b);
                }
            }
        }
    }
    h
}

/// Whether `text` at `at` reads as `entry` (lower case, single spaces): letters compared
/// without case, any run of whitespace for a space, `’` for `'`. Returns the end.
fn reads_as(text: &str, at: usize, entry: &str) -> Option<usize> {
    let mut t = text[at..].char_indices().peekable();
    for want in entry.chars() {
        if want == ' ' {
            let mut any = false;
            while let Some(&(_, c)) = t.peek() {
                if !c.is_whitespace() {
                    break;
                }
                any = true;
                t.next();
            }
            if !any {
                return None;
            }
            continue;
        }
        let (_, got) = t.next()?;
        let same = got == want
            || (want == '\'' && got == '’')
            || (got.is_ascii() && got.to_ascii_lowercase() == want)
            || (!got.is_ascii() && got.to_lowercase().eq(std::iter::once(want)));
        if !same {
            return None;
        }
    }
    Some(t.next().map_or(text.len(), |(k, _)| at + k))
}

impl Abuse {
    /// Compiles the lexicon (an error only if it grew past what Aho-Corasick takes).
    pub(crate) fn new() -> Result<Self, String> {
        let mut entries = Vec::new();
        let mut texts = Vec::new();
        let mut by_key: HashMap<u64, Vec<u32>> = HashMap::new();
        let mut back = Vec::new();
        let mut key_bits = vec![0u64; 1 << 10];
        let mut shape_bits = vec![0u64; 1 << 10];
        let mut spaceless_patterns: Vec<String> = Vec::new();
        let mut spaceless_ids = Vec::new();
        let mut adjectives = HashSet::new();
        let mut kind = None;
        let mut spaceless = false;
        let mut lang: &'static str = "";
        for line in LEXICON.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let (l, k) = section.split_once('.').unwrap_or(("", section));
                lang = l;
                spaceless = matches!(lang, "ja" | "zh");
                kind = match k {
                    "noun" => Some(Kind::Noun),
                    "weak_noun" => Some(Kind::WeakNoun),
                    "adj" => Some(Kind::Adj),
                    "phrase" => Some(Kind::Phrase),
                    "threat" => Some(Kind::Threat),
                    "address" if spaceless => Some(Kind::Address),
                    _ => None,
                };
                continue;
            }
            let Some(kind) = kind else { continue };
            let entry = fold(line)
                .replace('’', "'")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if kind == Kind::Adj && !spaceless {
                adjectives.insert(entry.clone());
            }
            let id = u32::try_from(entries.len()).map_err(|e| e.to_string())?;
            if spaceless {
                spaceless_patterns.push(entry.clone());
                spaceless_ids.push(id);
                back.push(0);
            } else {
                let words: Vec<&str> = entry
                    .split(' ')
                    .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
                    .filter(|w| !w.is_empty())
                    .collect();
                // Keyed by its longest word (the first of the longest), and how many words
                // before it the entry starts: function words (`a`, `you`, `go`) open and
                // fill many entries and most sentences.
                let Some((at, shaped)) = words
                    .iter()
                    .enumerate()
                    .rev()
                    .max_by_key(|(_, w)| w.len())
                    .map(|(k, w)| (k, *w))
                else {
                    continue;
                };
                let key = word_hash(shaped);
                back.push(u8::try_from(at).map_err(|e| e.to_string())?);
                // A word that starts or ends outside ASCII is always hashed in the text.
                if let Some(k) = shape_key(shaped.as_bytes()) {
                    shape_bits[k / 64] |= 1 << (k % 64);
                }
                by_key.entry(key).or_default().push(id);
                key_bits[(key & 0xffff) as usize / 64] |= 1 << (key & 63);
            }
            texts.push(entry);
            entries.push(Entry {
                kind,
                lang,
                spaceless,
            });
        }
        let spaceless = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&spaceless_patterns)
            .map_err(|e| e.to_string())?;
        Ok(Self {
            entries,
            texts,
            by_key,
            back,
            key_bits,
            shape_bits,
            spaceless,
            spaceless_ids,
            adjectives,
        })
    }

    /// The entries found in `text`, as (entry, start, end), in no particular order.
    fn candidates(&self, text: &str) -> Vec<(Entry, usize, usize)> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        // Words of spaced scripts: runs of letters, digits, `'`, `’`, `-`, `_`.
        let ascii_word = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-' | b'_');
        // The starts of the last words read, for entries whose longest word is not their
        // first.
        let mut starts = [0usize; 8];
        let mut n = 0usize;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if !ascii_word(b) {
                    i += 1;
                    continue;
                }
            } else {
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                if !is_word_char(c) {
                    i += c.len_utf8();
                    continue;
                }
            }
            let start = i;
            // The word's end and, within its first four bytes, an elision mark after
            // which the word starts again (`d'inculte`).
            let mut end = i;
            let mut elided_at = None;
            while end < bytes.len() {
                let b = bytes[end];
                if b < 0x80 {
                    if !ascii_word(b) {
                        break;
                    }
                    if b == b'\'' && end - start <= 3 {
                        elided_at = Some(end + 1);
                    }
                    end += 1;
                } else if b == 0xc3 && bytes.get(end + 1).is_some_and(|&n| n != 0x97 && n != 0xb7) {
                    // Latin-1 letters (`é`, `ñ`, `ß`), all but `×` and `÷`.
                    end += 2;
                } else {
                    match text[end..].chars().next() {
                        Some(c) if is_word_char(c) => {
                            if c == '’' && end - start <= 3 {
                                elided_at = Some(end + c.len_utf8());
                            }
                            end += c.len_utf8();
                        }
                        _ => break,
                    }
                }
            }
            i = end;
            starts[n % 8] = start;
            n += 1;
            let words = std::iter::once(start).chain(elided_at.filter(|&k| k < end));
            for from in words {
                let word = &bytes[from..end];
                if shape_key(word).is_some_and(|k| !bit(&self.shape_bits, k)) {
                    continue;
                }
                let h = word_hash(&text[from..end]);
                if !bit(&self.key_bits, (h & 0xffff) as usize) {
                    continue;
                }
                for &id in self.by_key.get(&h).map_or(&[][..], Vec::as_slice) {
                    let back = usize::from(self.back[id as usize]);
                    if back >= n || back >= 8 {
                        continue;
                    }
                    let at = if back == 0 {
                        from
                    } else {
                        starts[(n - 1 - back) % 8]
                    };
                    if let Some(e) = reads_as(text, at, &self.texts[id as usize]) {
                        out.push((self.entries[id as usize], at, e));
                    }
                }
            }
        }
        // Japanese and Chinese: only text that has their script (lead bytes of U+3000 to
        // U+9FFF) is searched.
        if bytes.iter().any(|&b| (0xe3..=0xe9).contains(&b)) {
            for m in self.spaceless.find_overlapping_iter(text) {
                let id = self.spaceless_ids[m.pattern().as_usize()];
                out.push((self.entries[id as usize], m.start(), m.end()));
            }
        }
        out
    }

    /// Every stretch of `text` that aims abuse at the reader, as byte ranges (from the
    /// "you" before the insult, so the caller sees a negation inside it).
    pub(crate) fn find(&self, text: &str) -> Vec<(usize, usize)> {
        let mut found = self.candidates(text);
        // A weak noun (`failure`, `joke`) counts only after a "you": most found in
        // ordinary text have none in the few words before, and are let go unread.
        found.retain(|&(entry, s, _)| {
            entry.kind != Kind::WeakNoun || entry.spaceless || you_near(text, s, entry.lang)
        });
        let mut out = Vec::new();
        if found.is_empty() {
            return out;
        }
        found.sort_by_key(|&(_, s, e)| (s, e));
        // Only the stretches around what was found are read: lower-cased there, the
        // rest left as it is (the same bytes, so every offset holds).
        let mut bytes = text.as_bytes().to_vec();
        let mut done = 0;
        for &(_, s, e) in &found {
            let from = floor_char(text, s.saturating_sub(240)).max(done);
            let to = floor_char(text, (e + 160).min(text.len()));
            if from < to {
                fold_into(&mut bytes[from..to], &text[from..to]);
                done = to;
            }
        }
        let Ok(folded) = String::from_utf8(bytes) else {
            return out;
        };
        let mut addressed_at: Vec<usize> = Vec::new();
        for (entry, s, e) in found {
            if entry.spaceless {
                match entry.kind {
                    Kind::Address => addressed_at.push(e),
                    Kind::Phrase | Kind::Threat => out.push((s, e)),
                    Kind::Noun | Kind::WeakNoun | Kind::Adj => {
                        let addressed = addressed_at.iter().any(|&a| a <= s && s - a <= 18);
                        if addressed
                            || (Self::opens_clause(&folded[..s])
                                && self.ends_sentence_soon(&folded, e))
                        {
                            out.push((s, e));
                        }
                    }
                }
                continue;
            }
            let before = folded[..s].chars().next_back();
            let after = folded[e..].chars().next();
            // An elided article or preposition is no part of the word: `espèce d'inculte`.
            let elided = matches!(before, Some('\'' | '’'))
                && folded[..s]
                    .trim_end_matches(['\'', '’'])
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .count()
                    <= 3;
            if (before.is_some_and(is_word_char) && !elided) || after.is_some_and(is_word_char) {
                continue;
            }
            match entry.kind {
                Kind::Phrase | Kind::Threat => out.push((s, e)),
                Kind::Noun | Kind::WeakNoun => {
                    if let Some((from, copula)) =
                        self.said_to_you(&folded, s, &you_forms(entry.lang), entry.lang, true)
                    {
                        let strong = entry.kind == Kind::Noun;
                        let form = self.form_at(&folded, from, s);
                        let vocative = VOCATIVE.contains(&form) || NAMING.contains(&form);
                        // After a bare "you" the insult ends its clause or goes on
                        // describing the reader ("you fool yourself" is a verb); in other
                        // languages a strong noun after "du" is a noun ("Du Trottel hast…").
                        if (copula && strong)
                            || (strong && vocative && entry.lang != "en")
                            || (strong || copula || vocative)
                                && (ends_clause(after) || continues_description(&folded[e..]))
                        {
                            out.push((from, e));
                        }
                    } else if (entry.kind == Kind::Noun
                        && e - s >= 4
                        && ends_clause(after)
                        && self.alone_in_clause(&folded, s, e))
                        || (entry.kind == Kind::Noun
                            && LIKE_YOU.iter().any(|l| folded[e..].starts_with(l)))
                        || self.inverted(&folded, s, e, entry.lang)
                    {
                        out.push((s, e));
                    }
                }
                Kind::Adj => {
                    if let Some((from, _)) = self.said_to_you(
                        &folded,
                        s,
                        forms_of(COPULAS, entry.lang),
                        entry.lang,
                        false,
                    ) {
                        out.push((from, e));
                    } else if let Some((from, _)) = self
                        .said_to_you(&folded, s, NAMING, entry.lang, false)
                        .filter(|_| ends_clause(after))
                    {
                        out.push((from, e));
                    } else if self.inverted(&folded, s, e, entry.lang)
                        || (e - s >= 5
                            && matches!(after, Some('.' | '!' | '?') | None)
                            && self.alone_in_clause(&folded, s, e))
                    {
                        out.push((s, e));
                    }
                }
                Kind::Address => {}
            }
        }
        out
    }

    /// Where the "you" starts when the words before `s` are a form of it and at most a
    /// few fillers (one unknown word among them when `any_adjective`: `you uncultured
    /// doofus`); `None` in a condition.
    /// Also says whether the form is a copula (`you're`, `eres`), after which the insult
    /// needs no end of clause.
    fn said_to_you(
        &self,
        folded: &str,
        s: usize,
        forms: &[&str],
        lang: &str,
        any_adjective: bool,
    ) -> Option<(usize, bool)> {
        let (words, _) = words_before(folded, s, 7);
        let n = words.len();
        let mut unknown = 0;
        // `k` words between the form and the insult.
        for k in 0..=n.min(4) {
            if k > 0 {
                let w = &words[n - k];
                if !FILLERS.contains(&w.as_str()) && !self.adjectives.contains(w) {
                    unknown += 1;
                    if !any_adjective || unknown > 1 {
                        return None;
                    }
                }
            }
            for len in (1..=3).rev() {
                if k + len > n {
                    continue;
                }
                let form = words[n - k - len..n - k].join(" ");
                if forms.contains(&form.as_str()) {
                    let head = &words[..n - k - len];
                    if head.iter().any(|w| CONDITIONS.contains(&w.as_str())) {
                        return None;
                    }
                    let copula = forms_of(COPULAS, lang).contains(&form.as_str());
                    return Some((Self::offset_of(folded, s, k + len), copula));
                }
            }
        }
        None
    }

    /// An exclamation with the copula after what it says of the reader: `qué menso
    /// eres`, `how stupid are you`, `wie blöd bist du`.
    fn inverted(&self, folded: &str, s: usize, e: usize, lang: &str) -> bool {
        let rest = folded[e..].trim_start_matches(' ');
        let copula = forms_of(COPULAS_AFTER, lang).iter().any(|c| {
            rest.strip_prefix(c)
                .is_some_and(|r| !r.chars().next().is_some_and(is_word_char))
        });
        if !copula {
            return false;
        }
        let (words, start) = words_before(folded, s, 3);
        let opens = folded[..start]
            .trim_end_matches(' ')
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        words
            .iter()
            .rev()
            .take(2)
            .any(|w| EXCLAMATIONS.contains(&w.as_str()))
            && opens
    }

    /// The words from `from` up to the first filler before `s`: the form of "you" that
    /// [`Self::said_to_you`] found.
    fn form_at<'a>(&self, folded: &'a str, from: usize, s: usize) -> &'a str {
        let stretch = folded[from..s].trim_end();
        let mut end = stretch.len();
        for (i, w) in stretch.split(' ').enumerate() {
            let at = stretch
                .split(' ')
                .take(i)
                .map(|w| w.len() + 1)
                .sum::<usize>();
            if i > 0 && (FILLERS.contains(&w) || self.adjectives.contains(w)) {
                end = at.saturating_sub(1);
                break;
            }
        }
        &stretch[..end]
    }

    /// The byte offset where the `count`-th word before `s` starts.
    fn offset_of(folded: &str, s: usize, count: usize) -> usize {
        words_before(folded, s, count).1
    }

    /// An insult said alone: between a clause's start (a comma, a colon, a dash, the
    /// start of a sentence) and its end, with at most two words before it, and not one
    /// item of a list of words (`synonyms: fool, idiot, moron`).
    fn alone_in_clause(&self, folded: &str, s: usize, e: usize) -> bool {
        let (words, start) = words_before(folded, s, 3);
        if words.len() > 2 {
            return false;
        }
        let prev = folded[..start].trim_end_matches(' ').chars().next_back();
        let opens = prev.is_none_or(|c| {
            matches!(
                c,
                ',' | '.' | '!' | '?' | ';' | '—' | '–' | '\n' | '¡' | '¿' | '('
            )
        });
        if !opens {
            return false;
        }
        if words
            .iter()
            .any(|w| !FILLERS.contains(&w.as_str()) && !self.adjectives.contains(w))
        {
            return false;
        }
        // A list: another single word right after the comma that follows, or a colon
        // before the first item.
        let rest = folded[e..].trim_start_matches([',', ' ']);
        let next_word: String = rest.chars().take_while(|c| is_word_char(*c)).collect();
        let after_next = rest[next_word.len()..].chars().next();
        let listy = folded[e..].starts_with(',')
            && !next_word.is_empty()
            && matches!(after_next, Some(',') | Some('.') | None)
            || folded[..start].trim_end_matches(' ').ends_with(':')
            || Self::after_list_item(&folded[..start]);
        !listy
    }

    /// True when a clause starts right before a word of a spaceless script, or a
    /// demonstrative or "really" stands between (`このバカが。`, `真是废物。`).
    fn opens_clause(before: &str) -> bool {
        let mut before = before.trim_end_matches(' ');
        for prefix in [
            "この",
            "その",
            "あの",
            "这个",
            "這個",
            "你个",
            "真是",
            "简直是",
            "簡直是",
            "大",
            "ド",
        ] {
            if let Some(b) = before.strip_suffix(prefix) {
                before = b.trim_end_matches(' ');
                break;
            }
        }
        before.chars().next_back().is_none_or(|c| {
            matches!(
                c,
                '。' | '！'
                    | '？'
                    | '!'
                    | '?'
                    | '、'
                    | '，'
                    | ','
                    | '.'
                    | '\n'
                    | '「'
                    | '：'
                    | ':'
                    | '…'
            )
        })
    }

    /// True when `before` ends with a one-word item of a list: `…: fool,` or `…, fool,`.
    fn after_list_item(before: &str) -> bool {
        let Some(b) = before.trim_end_matches(' ').strip_suffix(',') else {
            return false;
        };
        let (words, start) = words_before(b, b.len(), 2);
        words.len() == 1
            && matches!(
                b[..start].trim_end_matches(' ').chars().next_back(),
                Some(',' | ':')
            )
    }

    /// True when a sentence ends within two characters after `e` (particles such as
    /// が, め, だ, 啊 between): `…このバカが。`, `笨蛋！`.
    fn ends_sentence_soon(&self, folded: &str, e: usize) -> bool {
        let mut chars = folded[e..].chars();
        for _ in 0..3 {
            match chars.next() {
                None
                | Some('。' | '！' | '？' | '!' | '?' | '…' | '，' | '、' | ',' | '.' | '\n') => {
                    return true
                }
                Some(
                    'が' | 'め' | 'だ' | 'ね' | 'よ' | 'か' | '啊' | '吧' | '呀' | '了' | '嗎'
                    | '吗' | 'ー' | '~' | '～',
                ) => {}
                Some(_) => return false,
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn flags(abuse: &Abuse, text: &str) -> bool {
        !abuse.find(text).is_empty()
    }

    #[test]
    fn insults_said_to_the_reader_in_any_words() {
        let abuse = Abuse::new().unwrap();
        for toxic in [
            "That's not how merges work, you absolute plank.",
            "Here you go, you gormless doofus.",
            "Restart the router, nitwit.",
            "Listen, dimwit, the port is 443.",
            "Are you always this incompetent?",
            "You really are clueless.",
            "Only someone like you, a moron like you, would ask.",
            "Qué menso eres, de verdad.",
            "Eres un completo inútil.",
            "La réponse est 4, espèce d'inculte.",
            "Du bist so ein Trottel.",
            "Du Trottel hast das nicht gelesen?",
            "Sei proprio un cretino.",
            "Você é um babaca.",
            "Jij bent een sukkel.",
            "Jesteś idiotą.",
            "お前はバカか。",
            "答えは4だ、このバカが。",
            "你这个白痴。",
            "Shut the fuck up and read the docs.",
            "Ask again and I'll make you pay.",
        ] {
            assert!(flags(&abuse, toxic), "{toxic}");
        }
        for fine in [
            "Don't let them fool you: the numbers are flat.",
            "If you are clueless about taxes, hire an accountant.",
            "Synonyms: fool, idiot, moron.",
            "Dostoevsky's The Idiot was published in 1869.",
            "Seu cavalo precisa de ferraduras novas.",
            "Siete con noi fino alle cinque?",
            "水参与代谢，排出废物。",
            "バカンスの予約は三か月前がおすすめです。",
            "Children learn to read around the age of six.",
            "You're new here, so start with the tutorial.",
            "You look tired; take a break.",
        ] {
            assert!(!flags(&abuse, fine), "{fine}");
        }
    }

    #[test]
    fn fold_keeps_offsets() {
        for t in ["Ünïcode İstanbul ẞ ǅ", "You’re\tan\nIDIOT", "バカ。"] {
            assert_eq!(fold(t).len(), t.len(), "{t}");
        }
        assert_eq!(fold("You’re\tan\nIDIOT"), "you’re an idiot");
    }

    #[test]
    fn words_before_stop_at_the_clause() {
        let f = fold("well, you absolute plank");
        let (w, start) = words_before(&f, f.len() - "plank".len(), 5);
        assert_eq!(w, vec!["you", "absolute"]);
        assert_eq!(&f[start..], "you absolute plank");
    }
}
