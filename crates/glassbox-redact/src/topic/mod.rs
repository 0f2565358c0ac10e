//! Topics: what a user turn asks about, as a keyed, opaque, stable id (`T-3f9a1c2b`), so
//! glassbox can count "how many users asked about this" without keeping what they wrote.
//!
//! ```text
//!  redacted user turn ─ words, lowercased (placeholders skipped) ─ vocabulary entries (a hash each)
//!     "pls cancel my flight to [LOCATION], refund if possible"   cancel:A9 flight:O7 refund:O9
//!                                                                 └─ topic "refund"
//!  no vocabulary word: the content word with the smallest keyed hash (MinHash, k = 1)
//!  id = "T-" + HMAC(key, topic)[..8]          keywords = the concepts it named
//! ```
//!
//! The topic is the subject of the turn: the most specific thing it names (a refund before
//! the order it is about, a password before the account), or, when it names none, what it
//! asks to be done (summarize, translate, rewrite… the text it is given is not the
//! subject). Wanting, booking and asking are too weak to be a topic on their own, and past
//! tenses are backstory ("I booked a hotel, now I want my money back" is about a refund).
//! Names, numbers, places, dates and PII never enter a topic, so "cancel my flight to Rome
//! on the 14th" and "I can't make it, please cancel the flight for Ana García" meet.
//! Requests about one subject meet whatever is done to it: cancelling, changing and
//! booking a flight are one topic (the evaluation counts that against us).
//!
//! Assignment needs no state: any node, before or after a restart, gives the same text the
//! same id under the same key; without the key nobody can test a guessed text. Runs on
//! redacted text only (the pipeline redacts first).

pub mod eval;
mod lexicon;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::KeyRing;

/// The topic of one user turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// The keyed id, `T-` and 8 hex digits.
    pub id: String,
    /// What made the topic: vocabulary concepts (`flight`, `cancel`: never names or
    /// numbers) or, for a turn outside the vocabulary, its sampled content word.
    /// Shown only once enough distinct users used them.
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Action,
    Object,
}

#[derive(Debug)]
struct Concept {
    name: &'static str,
    role: Role,
    priority: u8,
}

impl Concept {
    /// Actions below this say that something is wanted, not what is done.
    const STRONG: u8 = 5;

    /// Actions whose object is the text they are given (summarize *this*): the objects
    /// inside that text do not make the topic.
    fn is_self_contained(&self) -> bool {
        matches!(self.name, "summarize" | "translate" | "rewrite")
    }
}

/// What a word of the vocabulary names alone, and whether longer entries start with it.
#[derive(Default)]
struct Entry {
    concepts: Vec<u16>,
    starts_phrase: bool,
}

/// The entries of several words that start with one pair of words: the hashes of their
/// words after the pair (longest first) and what they name.
type Phrases = Vec<(Vec<u64>, Vec<u16>)>;

/// The key of a pair of words.
fn pair_key(first: u64, second: u64) -> u64 {
    (first.rotate_left(17) ^ second).wrapping_mul(0xff51_afd7_ed55_8ccd) | 1
}

/// Vocabulary words by hash: open addressing over a compact key array (32 KB for the
/// shipped vocabulary, so the lookups of words that are not in it, most words, stay in
/// cache), then the entries.
struct WordTable<E> {
    keys: Vec<u64>,
    slots: Vec<u32>,
    entries: Vec<E>,
    bits: u32,
    /// One bit per [`FILTER_BITS`] hash prefix that some key has: 4 KB that stay in the
    /// first-level cache, so most words (in no entry) cost one bit test.
    filter: Vec<u64>,
}

/// Bits of a word's hash that pick its bit in a table's filter.
const FILTER_BITS: u32 = 15;

impl<E> WordTable<E> {
    fn build(words: HashMap<u64, E>) -> WordTable<E> {
        let bits = (words.len() * 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let size = 1usize << bits;
        let mut t = WordTable {
            keys: vec![0; size],
            slots: vec![0; size],
            entries: Vec::with_capacity(words.len()),
            bits,
            filter: vec![0; (1 << FILTER_BITS) / 64],
        };
        for (hash, entry) in words {
            let f = filter_bit(hash);
            t.filter[f / 64] |= 1 << (f % 64);
            let mut i = t.home(hash);
            while t.keys[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            t.keys[i] = hash;
            t.slots[i] = u32::try_from(t.entries.len()).unwrap_or(u32::MAX);
            t.entries.push(entry);
        }
        t
    }

    fn home(&self, hash: u64) -> usize {
        (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - self.bits)) as usize
    }

    fn get(&self, hash: u64) -> Option<&E> {
        let f = filter_bit(hash);
        if self.filter[f / 64] & (1 << (f % 64)) == 0 {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut i = self.home(hash);
        loop {
            match self.keys[i] {
                0 => return None,
                k if k == hash => return self.entries.get(self.slots[i] as usize),
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// A word's bit in a table's filter: the top bits of its hash, mixed (the table's home
/// slot takes other bits of the same product, so the two stay independent enough).
fn filter_bit(hash: u64) -> usize {
    (hash.wrapping_mul(0xc2b2_ae3d_27d4_eb4f) >> (64 - FILTER_BITS)) as usize
}

/// The compiled vocabulary (built once per process).
struct Vocabulary {
    /// Words (by hash of their lowercase form) to what they name.
    words: WordTable<Entry>,
    /// Pairs of words ([`pair_key`]) to the entries of several words they start.
    pairs: WordTable<Phrases>,
    concepts: Vec<Concept>,
    stopwords: HashSet<&'static str>,
}

fn vocabulary() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| Vocabulary::parse(lexicon::LEXICON))
}

impl Vocabulary {
    fn parse(text: &'static str) -> Vocabulary {
        let mut concepts = Vec::new();
        let mut words: HashMap<u64, Entry> = HashMap::new();
        let mut pairs: HashMap<u64, Phrases> = HashMap::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // A line that does not parse is skipped (a test checks that none is).
            let Some((head, list)) = line.split_once('|') else {
                continue;
            };
            let mut head = head.split_whitespace();
            let role = match head.next() {
                Some("A") => Role::Action,
                Some("O") => Role::Object,
                _ => continue,
            };
            let (Some(name), Some(Ok(priority))) = (head.next(), head.next().map(str::parse::<u8>))
            else {
                continue;
            };
            let Ok(id) = u16::try_from(concepts.len()) else {
                break;
            };
            concepts.push(Concept {
                name,
                role,
                priority,
            });
            for w in list.split(',') {
                let w = w.trim();
                let mut hashes = Vec::new();
                if w == "[health]" {
                    hashes.push(HEALTH);
                } else {
                    each_word(w, |t| hashes.push(t.hash));
                }
                let concepts = match hashes.as_slice() {
                    [] => continue,
                    [one] => &mut words.entry(*one).or_default().concepts,
                    [first, second, rest @ ..] => {
                        words.entry(*first).or_default().starts_phrase = true;
                        let phrases = pairs.entry(pair_key(*first, *second)).or_default();
                        let i = match phrases.iter().position(|(r, _)| r.as_slice() == rest) {
                            Some(i) => i,
                            None => {
                                phrases.push((rest.to_vec(), Vec::new()));
                                phrases.len() - 1
                            }
                        };
                        &mut phrases[i].1
                    }
                };
                if !concepts.contains(&id) {
                    concepts.push(id);
                }
            }
        }
        for p in pairs.values_mut() {
            p.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        Vocabulary {
            words: WordTable::build(words),
            pairs: WordTable::build(pairs),
            concepts,
            stopwords: STOPWORDS.split_whitespace().collect(),
        }
    }
}

/// A concept found in the text, at a byte offset.
#[derive(Clone, Copy)]
struct Hit {
    concept: u16,
    start: usize,
}

/// Assigns topics under one key.
pub struct Topics {
    keys: KeyRing,
    /// Seeds the fallback MinHash, so which words stand for an unknown request is keyed too.
    seed: u64,
    /// The id of every vocabulary concept, hashed once.
    concept_ids: HashMap<&'static str, String>,
}

/// Longest text read for a topic: the request is at the start or the end of a turn.
const HEAD: usize = 400;
const TAIL: usize = 300;

impl Topics {
    /// Topics keyed with `keys` (none are assigned without a key).
    pub fn new(keys: KeyRing) -> Self {
        let seed = keys
            .hmac_hex(b"glassbox topic seed")
            .and_then(|h| u64::from_str_radix(&h[..16], 16).ok())
            .unwrap_or(0x9e37_79b9_7f4a_7c15);
        let concept_ids = vocabulary()
            .concepts
            .iter()
            .filter_map(|c| Some((c.name, topic_id(&keys, c.name)?)))
            .collect();
        Topics {
            keys,
            seed,
            concept_ids,
        }
    }

    /// What a redacted turn is counted under (`flight`, or `~word` for a turn outside
    /// the vocabulary), for evaluation and debugging: it is what the id hides.
    pub fn frame(&self, redacted: &str) -> Option<String> {
        frame(redacted, self.seed).map(|f| f.0)
    }

    /// The topic of a redacted user turn; `None` without a key or without a word to go on.
    pub fn assign(&self, redacted: &str) -> Option<Topic> {
        if self.keys.is_empty() {
            return None;
        }
        let (frame, keywords) = frame(redacted, self.seed)?;
        let id = match self.concept_ids.get(frame.as_str()) {
            Some(id) => id.clone(),
            None => topic_id(&self.keys, &frame)?,
        };
        Some(Topic { id, keywords })
    }
}

/// `T-` and the first 8 hex digits of the frame's keyed hash.
fn topic_id(keys: &KeyRing, frame: &str) -> Option<String> {
    let h = keys.hmac_hex(format!("topic\0{frame}").as_bytes())?;
    Some(format!("T-{}", &h[..8]))
}

/// Every vocabulary concept named in a redacted text, in order: (concept, `A`/`O`,
/// priority, byte offset in the text). For evaluation and debugging.
pub fn concepts(text: &str) -> Vec<(&'static str, char, u8, usize)> {
    let v = vocabulary();
    find_hits(v, &words_of(text))
        .into_iter()
        .map(|h| {
            let c = &v.concepts[h.concept as usize];
            let role = if c.role == Role::Action { 'A' } else { 'O' };
            (c.name, role, c.priority, h.start)
        })
        .collect()
}

/// The frame (the concept the turn is about, or `~word` outside the vocabulary) and
/// its keywords.
fn frame(text: &str, seed: u64) -> Option<(String, Vec<String>)> {
    let v = vocabulary();
    let words = words_of(text);
    let hits = find_hits(v, &words);
    let concept = |h: &Hit| &v.concepts[h.concept as usize];
    // The most specific of the kind asked for; the first named wins a tie.
    let best = |keep: &dyn Fn(&Concept) -> bool| -> Option<Hit> {
        let mut best: Option<Hit> = None;
        for h in hits.iter().filter(|h| keep(concept(h))) {
            if best.is_none_or(|b| concept(h).priority > concept(&b).priority) {
                best = Some(*h);
            }
        }
        best
    };
    let strong = |c: &Concept| c.role == Role::Action && c.priority >= Concept::STRONG;
    let about = best(&|c| c.role == Role::Action && c.is_self_contained())
        .or_else(|| best(&|c| c.role == Role::Object))
        .or_else(|| best(&strong));
    let Some(about) = about else {
        return fallback(text, &words, seed, &v.stopwords);
    };
    // Keywords name concepts, not the words used: "plane ticket", "vuelo" and "flights"
    // all count for "flight", so the users behind a keyword add up across wordings.
    let mut keywords = vec![concept(&about).name.replace('_', " ")];
    if let Some(action) = best(&strong).filter(|a| a.start != about.start) {
        keywords.push(concept(&action).name.replace('_', " "));
    }
    Some((concept(&about).name.to_string(), keywords))
}

/// The words of a turn, read once: all of it, or its first and last part when long (the
/// request is at the start or the end of a turn).
fn words_of(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::with_capacity(text.len() / 5);
    if text.len() > HEAD + TAIL {
        let head_end = floor_char(text, HEAD);
        let tail_start = floor_char(text, text.len() - TAIL);
        each_word(&text[..head_end], |w| words.push(w));
        each_word(&text[tail_start..], |w| {
            words.push(Word {
                start: w.start + tail_start,
                end: w.end + tail_start,
                ..w
            })
        });
    } else {
        each_word(text, |w| words.push(w));
    }
    words
}

/// Every vocabulary entry the words name, in order, the longest entry at each word: one
/// hash lookup a word.
fn find_hits(v: &Vocabulary, words: &[Word]) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut i = 0;
    'words: while i < words.len() {
        let w = &words[i];
        if let Some(entry) = v.words.get(w.hash) {
            if entry.starts_phrase {
                if let Some(next) = words.get(i + 1) {
                    // The pair as written, or its second word a plural (entries of two).
                    let found = v.pairs.get(pair_key(w.hash, next.hash)).and_then(|p| {
                        p.iter().find(|(rest, _)| {
                            words.get(i + 2..i + 2 + rest.len()).is_some_and(|have| {
                                rest.iter().zip(have).enumerate().all(|(j, (want, have))| {
                                    *want == have.hash
                                        || (j + 1 == rest.len() && have.plural.contains(want))
                                })
                            })
                        })
                    });
                    let found = found.map(|(rest, c)| (rest.len(), c)).or_else(|| {
                        next.plural.iter().filter(|h| **h != 0).find_map(|h| {
                            let p = v.pairs.get(pair_key(w.hash, *h))?;
                            p.iter()
                                .find(|(rest, _)| rest.is_empty())
                                .map(|(_, c)| (0, c))
                        })
                    });
                    if let Some((rest, concepts)) = found {
                        hits.extend(concepts.iter().map(|&concept| Hit {
                            concept,
                            start: w.start,
                        }));
                        i += rest + 2;
                        continue 'words;
                    }
                }
            }
            if !entry.concepts.is_empty() {
                hits.extend(entry.concepts.iter().map(|&concept| Hit {
                    concept,
                    start: w.start,
                }));
                i += 1;
                continue;
            }
        }
        // A plural of a one-word entry.
        if let Some(entry) = w
            .plural
            .iter()
            .filter(|h| **h != 0)
            .find_map(|h| v.words.get(*h))
        {
            hits.extend(entry.concepts.iter().map(|&concept| Hit {
                concept,
                start: w.start,
            }));
        }
        i += 1;
    }
    hits
}

/// One word of a text: the hash of its lowercase form, the hashes of that form less a
/// final `s` and `es` (0: none), and where it is.
#[derive(Clone, Copy)]
struct Word {
    hash: u64,
    plural: [u64; 2],
    start: usize,
    end: usize,
}

/// The hash of a masked health value (`[HEALTH]`): no word of any text has it.
const HEALTH: u64 = 0x4845_414c_5448_0001;

const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// Calls `f` with every word of `text`: runs of letters and digits (an apostrophe
/// between two letters is part of the word: `can't`), lowercased. Redaction placeholders
/// (`[EMAIL]`, `[ID:…]`) are not words; `[HEALTH]` is the word [`HEALTH`].
fn each_word(text: &str, mut f: impl FnMut(Word)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        if b == b'[' && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase) {
            if let Some(close) = bytes[i..].iter().take(96).position(|&c| c == b']') {
                if text[i..].starts_with("[HEALTH") {
                    f(Word {
                        hash: HEALTH,
                        plural: [0, 0],
                        start: i,
                        end: i + close + 1,
                    });
                }
                i += close + 1;
                continue;
            }
        }
        if b.is_ascii() && !b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // A word starts here (or a non-ASCII character that may start one).
        let mut start = i;
        let (mut h, mut b1, mut b2) = (FNV_BASIS, FNV_BASIS, FNV_BASIS);
        let mut last = [0u8; 2];
        while i < n {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                let lb = b.to_ascii_lowercase();
                b2 = b1;
                b1 = h;
                h = fnv_step(h, lb);
                last = [last[1], lb];
                i += 1;
            } else if b == b'\''
                && i > start
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
            {
                if elision(&text[start..i]) {
                    // `l'authentification`, `dell'acqua`: the word starts after the
                    // article.
                    (h, b1, b2, last) = (FNV_BASIS, FNV_BASIS, FNV_BASIS, [0, 0]);
                    i += 1;
                    start = i;
                    continue;
                }
                b2 = b1;
                b1 = h;
                h = fnv_step(h, b'\'');
                last = [last[1], b'\''];
                i += 1;
            } else if b.is_ascii() {
                break;
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                let apostrophe = c == '\u{2019}'
                    && i > start
                    && bytes.get(i + 3).is_some_and(u8::is_ascii_alphabetic);
                if !c.is_alphanumeric() && !apostrophe {
                    break;
                }
                let mut buf = [0u8; 4];
                let mut push = |l: char| {
                    for &byte in l.encode_utf8(&mut buf).as_bytes() {
                        b2 = b1;
                        b1 = h;
                        h = fnv_step(h, byte);
                        last = [last[1], byte];
                    }
                };
                if apostrophe && elision(&text[start..i]) {
                    (h, b1, b2, last) = (FNV_BASIS, FNV_BASIS, FNV_BASIS, [0, 0]);
                    i += c.len_utf8();
                    start = i;
                    continue;
                }
                if apostrophe {
                    // A typographic apostrophe is an apostrophe.
                    push('\'');
                } else {
                    c.to_lowercase().for_each(&mut push);
                }
                i += c.len_utf8();
            }
        }
        if i == start {
            // A non-ASCII character that is no letter.
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let mut plural = [0, 0];
        if last[1] == b's' && last[0] != b's' {
            plural[0] = b1;
            if last[0] == b'e' {
                plural[1] = b2;
            }
        }
        f(Word {
            hash: h,
            plural,
            start,
            end: i,
        });
    }
}

/// True when `word` is a French or Italian article or particle elided before an
/// apostrophe (`l'`, `d'`, `qu'`, `dell'`): the word proper follows it.
fn elision(word: &str) -> bool {
    const ELIDED: &[&str] = &[
        "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "un", "dell",
        "all", "nell", "sull", "dall", "quell", "quest", "com",
    ];
    word.len() <= 6 && ELIDED.iter().any(|e| word.eq_ignore_ascii_case(e))
}

/// Outside the vocabulary: the content word with the smallest seeded hash stands for the
/// text (MinHash, k = 1), so two texts meet with the probability that they share their
/// words (their Jaccard similarity). Words are stemmed lightly (`bookings` → `booking`).
fn fallback(
    text: &str,
    words: &[Word],
    seed: u64,
    stop: &HashSet<&str>,
) -> Option<(String, Vec<String>)> {
    let mut low: (u64, String) = (u64::MAX, String::new());
    for w in words.iter().filter(|w| w.hash != HEALTH) {
        let word = text[w.start..w.end].to_lowercase().replace('\u{2019}', "'");
        if word.chars().count() < 4
            || word.bytes().any(|b| b.is_ascii_digit())
            || stop.contains(word.as_str())
        {
            continue;
        }
        let stemmed = stem(&word);
        let h = fnv(seed, stemmed.as_bytes());
        if h < low.0 {
            low = (h, stemmed.to_string());
        }
    }
    if low.0 == u64::MAX {
        return None;
    }
    Some((format!("~{}", low.1), vec![low.1]))
}

/// A plural or a verb ending off an ASCII word: `flights` → `flight`, `booked` → `book`.
fn stem(w: &str) -> &str {
    if !w.is_ascii() {
        return w;
    }
    for (suffix, min) in [("ing", 6), ("ed", 5), ("es", 6), ("s", 5)] {
        if w.len() >= min && w.ends_with(suffix) && !w.ends_with("ss") {
            return &w[..w.len() - suffix.len()];
        }
    }
    w
}

/// A seeded FNV-1a hash with a final mix, so short words spread over the whole range.
fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = bytes.iter().fold(seed ^ FNV_BASIS, |h, &b| fnv_step(h, b));
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words too common to stand for a request (English, Spanish, French, German, Portuguese,
/// Italian), for texts outside the vocabulary.
const STOPWORDS: &str = "
about above after again against also always another anyone anything around aren't asap
because been before being below between both cannot could couldn't does doesn't doing
don't down during each else even ever every from further give have haven't having hello
help here hers herself himself into it's itself just know last least like look made make
many maybe might more most much must myself need never next okay once only other ought
ours ourselves over please pls plz really right said same should shouldn't some something
still such sure tell than thank thanks that that's their theirs them themselves then
there there's these they this those though through thx today tomorrow under until upon
very want wants wanted well were what what's when where which while whom whose why will
with within without would wouldn't yeah year years your yours yourself hey dear kind
regards best cheers team hola gracias favor para como esta este esto pero porque quiero
necesito tengo puede puedes sobre también bonjour merci pour avec dans cette mais vous
nous votre notre être avoir faire besoin voudrais hallo danke bitte eine einen einem einer
nicht mein meine meinen haben sein kann können möchte brauche ciao grazie sono questo
questa della nella perché voglio vorrei olá obrigado você preciso gostaria isso está
";

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn topics() -> Topics {
        Topics::new(KeyRing::single("k1", b"a test key of thirty-two bytes!!"))
    }

    fn id(t: &Topics, s: &str) -> String {
        t.assign(s).map(|t| t.id).unwrap_or_default()
    }

    #[test]
    fn same_request_in_other_words_and_entities_meets() {
        let t = topics();
        let a = id(&t, "Please cancel my flight to [LOCATION] on the 14th.");
        assert!(a.starts_with("T-") && a.len() == 10, "{a}");
        for other in [
            "hi, can you cancel the flight for [PERSON]? booking ref 77812",
            "I need to cancel my plane ticket asap",
            "Book me a flight to Lisbon",
        ] {
            assert_eq!(a, id(&t, other), "{other}");
        }
        assert_ne!(a, id(&t, "book a hotel room in Porto"));
        assert_ne!(a, id(&t, "how many bags can I check in?"));
    }

    #[test]
    fn the_most_specific_subject_wins() {
        let t = topics();
        // A refund is more specific than the order it is about.
        assert_eq!(
            t.frame("where is my refund for order 5512").unwrap(),
            "refund"
        );
        assert_eq!(t.frame("where is my order 5512").unwrap(), "order");
        // Past tenses are backstory: the booking does not make this a flight topic.
        assert_eq!(
            t.frame("I booked a hotel last month and it was awful; I want my money back")
                .unwrap(),
            "refund"
        );
    }

    #[test]
    fn weak_wants_alone_do_not_make_a_topic() {
        let t = topics();
        let a = id(&t, "book a hotel room in Porto for two nights");
        assert_eq!(
            t.frame("I need a hotel in Kyoto, 3 nights from May 2")
                .unwrap(),
            "hotel"
        );
        assert_eq!(a, id(&t, "I need a hotel in Kyoto, 3 nights from May 2"));
        assert_eq!(a, id(&t, "looking for accommodation near the station"));
        // "book" on its own is too weak to be a topic: the sampled words decide.
        assert!(t.frame("book it for me").unwrap().starts_with('~'));
    }

    #[test]
    fn self_contained_actions_ignore_the_text_they_are_given() {
        let t = topics();
        assert_eq!(
            id(
                &t,
                "Summarize this: our flight refund policy changed in March..."
            ),
            id(&t, "tl;dr of the meeting notes below please")
        );
        assert_eq!(
            t.frame("translate into Spanish: where is my order?")
                .unwrap(),
            "translate"
        );
    }

    #[test]
    fn placeholders_and_words_inside_them_are_ignored() {
        assert_eq!(
            frame("[PASSWORD] reset for [EMAIL]", 1).map(|f| f.0),
            frame("reset for", 1).map(|f| f.0)
        );
        assert_eq!(frame("[PERSON] [EMAIL]", 1), None);
        // Masked health data still says the turn is about health.
        assert_eq!(
            frame("can I take [HEALTH] with [HEALTH]?", 1)
                .map(|f| f.0)
                .as_deref(),
            Some("health")
        );
    }

    #[test]
    fn whole_words_only_except_stems() {
        // "card" inside "cardigan" is not a card; "cancellation" is a cancel.
        assert_eq!(
            frame("a cardigan", 1).map(|f| f.0).as_deref(),
            Some("~cardigan")
        );
        assert_eq!(
            frame("cancellation please", 1).map(|f| f.0).as_deref(),
            Some("cancel")
        );
        assert_eq!(
            frame("two flights", 1).map(|f| f.0).as_deref(),
            Some("flight")
        );
    }

    #[test]
    fn other_languages_share_the_frame() {
        let t = topics();
        let en = id(&t, "cancel my flight");
        assert_eq!(en, id(&t, "quiero cancelar mi vuelo a Madrid"));
        assert_eq!(en, id(&t, "je voudrais annuler mon vol"));
        assert_eq!(en, id(&t, "Bitte meinen Flug stornieren"));
        // An elided article is not part of the word after it.
        let mfa = id(&t, "my authenticator codes stopped working");
        assert_eq!(mfa, id(&t, "je n'ai plus accès à l'authentification"));
        assert_eq!(
            mfa,
            id(
                &t,
                "J\u{2019}ai perdu l\u{2019}authentification à deux facteurs"
            )
        );
        assert_ne!(en, mfa);
    }

    #[test]
    fn outside_the_vocabulary_the_sampled_words_decide() {
        let t = topics();
        let a = id(&t, "what's the capital of mongolia");
        assert_eq!(a, id(&t, "mongolia capital?"));
        assert_ne!(a, id(&t, "tallest mountain in nepal"));
    }

    #[test]
    fn keyed_ids_differ_per_key_and_none_without_one() {
        let other = Topics::new(KeyRing::single("k2", b"another key, also thirty-two b!!"));
        assert_ne!(
            id(&topics(), "cancel my flight"),
            id(&other, "cancel my flight")
        );
        assert_eq!(
            Topics::new(KeyRing::empty()).assign("cancel my flight"),
            None
        );
    }

    #[test]
    fn keywords_are_vocabulary_words() {
        let t = topics()
            .assign("Please cancel my flight to Oslo, I'm [PERSON]")
            .unwrap();
        assert_eq!(t.keywords, vec!["flight", "cancel"]);
        // Other words for the same concepts give the same keywords.
        let t = topics()
            .assign("quiero cancelar mi billete de avión")
            .unwrap();
        assert_eq!(t.keywords, vec!["flight", "cancel"]);
        let t = topics().assign("rental car at the airport?").unwrap();
        assert_eq!(t.keywords, vec!["car rental"]);
    }

    #[test]
    fn long_texts_are_read_at_both_ends() {
        let t = topics();
        let filler = "lorem ipsum dolor sit amet ".repeat(200);
        assert_eq!(
            id(&t, &format!("Please cancel my order. {filler}")),
            id(&t, "cancel order")
        );
        assert_eq!(
            id(&t, &format!("{filler} So: please cancel my order.")),
            id(&t, "cancel order")
        );
    }

    #[test]
    fn the_vocabulary_is_read_whole_and_stays_small() {
        let v = vocabulary();
        let phrases: usize = v.pairs.entries.iter().map(Vec::len).sum();
        let entries = v.words.entries.len() + phrases;
        println!(
            "topic vocabulary: {} concepts, {entries} entries",
            v.concepts.len()
        );
        assert!(v.concepts.len() > 100 && entries > 1_000, "{entries}");
        let lines = lexicon::LEXICON
            .lines()
            .filter(|l| l.starts_with("A ") || l.starts_with("O "))
            .count();
        assert_eq!(v.concepts.len(), lines, "every lexicon line parses");
        assert!(entries < 20_000);
    }

    #[test]
    fn phrases_plurals_apostrophes_and_other_scripts() {
        let f = |s: &str| frame(s, 1).map(|f| f.0);
        assert_eq!(f("I want my money back").as_deref(), Some("refund"));
        assert_eq!(f("where are my credit cards?").as_deref(), Some("card"));
        assert_eq!(f("I can't log in").as_deref(), Some("reset"));
        assert_eq!(f("I can\u{2019}t log in").as_deref(), Some("reset"));
        assert_eq!(f("MONEY  BACK!!").as_deref(), Some("refund"));
        assert_eq!(f("Rückerstattung bitte").as_deref(), Some("refund"));
        // A phrase does not match across a word it does not have.
        assert_ne!(f("money was back").as_deref(), Some("refund"));
    }

    #[test]
    fn every_byte_boundary_is_safe() {
        let t = topics();
        for s in ["ÉÀ[", "[A", "[Aé", "cancel[", "€€€ 注文をキャンセル", ""] {
            let _ = t.assign(s);
        }
        let long = "é".repeat(2_000);
        let _ = t.assign(&long);
    }
}
