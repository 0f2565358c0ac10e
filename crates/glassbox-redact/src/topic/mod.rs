//! Topics: what a user turn asks about, as a keyed, opaque, stable id (`T-3f9a1c2b`), so
//! glassbox can count "how many users asked about this" without keeping what they wrote.
//!
//! ```text
//!  redacted user turn ─ lowercase, placeholders blanked ─ concept words (one automaton)
//!     "pls cancel my flight to [LOCATION] on the 14th"      cancel:A9  flight:O7
//!                                                            └─ frame "cancel|flight"
//!  no concept: the two content words with the smallest keyed hash (MinHash, k = 2)
//!  id = "T-" + HMAC(key, frame)[..8]       keywords = the concept words it matched
//! ```
//!
//! The frame is *what is done* and *to what*: the strongest action named (cancel, track,
//! reset…; wanting, booking and asking are too weak to tell intents apart and are left
//! out) and the object it is done to (the first one named after the action, else the most
//! specific one in the text). Names, numbers, places, dates and PII never enter a frame,
//! so "cancel my flight to Rome on the 14th" and "I can't make it, please cancel the
//! flight for Ana García" meet. Assignment needs no state: any node, before or after a
//! restart, gives the same text the same id under the same key; without the key nobody
//! can test a guessed text.
//!
//! Runs on redacted text only (the pipeline redacts first).

pub mod eval;
mod lexicon;

use std::collections::HashSet;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

use crate::KeyRing;

/// The topic of one user turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// The keyed id, `T-` and 8 hex digits.
    pub id: String,
    /// Words of the turn that made the topic: vocabulary words (never names or numbers)
    /// or, for a turn outside the vocabulary, its two sampled content words. Shown only
    /// once enough distinct users used them.
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

    /// Actions whose object is the text they are given (summarize *this*), not the
    /// topic: the objects inside that text do not make the topic.
    fn is_self_contained(&self) -> bool {
        matches!(self.name, "summarize" | "translate" | "rewrite" | "convert")
    }
}

struct Pattern {
    /// Matches any word it starts (`cancel*`).
    prefix: bool,
    concepts: Vec<u16>,
}

/// The compiled vocabulary (built once per process).
struct Vocabulary {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
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
        let mut words: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (head, list) = line.split_once('|').expect("lexicon line has `|`");
            let mut head = head.split_whitespace();
            let role = match head.next() {
                Some("A") => Role::Action,
                Some("O") => Role::Object,
                other => panic!("lexicon role {other:?}"),
            };
            let name = head.next().expect("lexicon concept name");
            let priority: u8 = head
                .next()
                .and_then(|p| p.parse().ok())
                .expect("lexicon priority");
            let id = u16::try_from(concepts.len()).expect("fewer than 65k concepts");
            concepts.push(Concept {
                name,
                role,
                priority,
            });
            for w in list.split(',') {
                let w = w.trim();
                if w.is_empty() {
                    continue;
                }
                let (word, prefix) = match w.strip_suffix('*') {
                    Some(stem) => (stem, true),
                    None => (w, false),
                };
                match words.iter().position(|x| x == word) {
                    Some(i) => {
                        let p = &mut patterns[i];
                        p.prefix |= prefix;
                        if !p.concepts.contains(&id) {
                            p.concepts.push(id);
                        }
                    }
                    None => {
                        words.push(word.to_string());
                        patterns.push(Pattern {
                            prefix,
                            concepts: vec![id],
                        });
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&words)
            .expect("topic vocabulary compiles");
        Vocabulary {
            automaton,
            patterns,
            concepts,
            stopwords: STOPWORDS.split_whitespace().collect(),
        }
    }
}

/// A concept found in the text, at a byte offset of the lowercased text.
#[derive(Clone, Copy)]
struct Hit {
    concept: u16,
    start: usize,
    end: usize,
}

/// Assigns topics under one key.
pub struct Topics {
    keys: KeyRing,
    /// Seeds the fallback MinHash, so which words stand for an unknown request is keyed too.
    seed: u64,
}

/// How far after an action its object may be named, in bytes of text.
const OBJECT_WINDOW: usize = 80;
/// Longest text read for a topic: the request is at the start or the end of a turn.
const HEAD: usize = 1_200;
const TAIL: usize = 600;

impl Topics {
    /// Topics keyed with `keys` (none are assigned without a key).
    pub fn new(keys: KeyRing) -> Self {
        let seed = keys
            .hmac_hex(b"glassbox topic seed")
            .and_then(|h| u64::from_str_radix(&h[..16], 16).ok())
            .unwrap_or(0x9e37_79b9_7f4a_7c15);
        Topics { keys, seed }
    }

    /// The frame a redacted turn is counted under (`cancel|flight`, or `~word word` for a
    /// turn outside the vocabulary), for evaluation and debugging: it is what the id hides.
    pub fn frame(&self, redacted: &str) -> Option<String> {
        frame(redacted, self.seed).map(|f| f.0)
    }

    /// The topic of a redacted user turn; `None` without a key or without a word to go on.
    pub fn assign(&self, redacted: &str) -> Option<Topic> {
        if self.keys.is_empty() {
            return None;
        }
        let (frame, keywords) = frame(redacted, self.seed)?;
        let h = self.keys.hmac_hex(format!("topic\0{frame}").as_bytes())?;
        Some(Topic {
            id: format!("T-{}", &h[..8]),
            keywords,
        })
    }
}

/// The frame (`action|object`, or `~word word` outside the vocabulary) and its keywords.
fn frame(text: &str, seed: u64) -> Option<(String, Vec<String>)> {
    let v = vocabulary();
    let lower = lowercase_clean(text);
    let mut hits: Vec<Hit> = Vec::new();
    let bytes = lower.as_bytes();
    let mut pos = 0;
    // Matches are searched one at a time: a candidate that fails the word-boundary test
    // ("looking for a" in "looking for accommodation") must not hide one that starts
    // inside it, so the search resumes one character later rather than after it.
    while let Some(m) = v.automaton.find(Input::new(&lower).span(pos..lower.len())) {
        let (s, e) = (m.start(), m.end());
        let next = s + lower[s..].chars().next().map_or(1, char::len_utf8);
        if s > 0 && is_word_byte(&lower, s, true) {
            pos = next;
            continue;
        }
        let p = &v.patterns[m.pattern().as_usize()];
        let rest = word_rest(bytes, e);
        // Whole word, or with a plural ending, unless the word is a stem.
        if !p.prefix && !(rest.is_empty() || rest == "s" || rest == "es") {
            pos = next;
            continue;
        }
        let end = e + rest.len();
        pos = end;
        for &c in &p.concepts {
            hits.push(Hit {
                concept: c,
                start: s,
                end,
            });
        }
    }
    let best = |role: Role, from: usize, to: usize| -> Option<Hit> {
        let mut best: Option<Hit> = None;
        for h in hits.iter().filter(|h| h.start >= from && h.start < to) {
            let c = &v.concepts[h.concept as usize];
            if c.role != role {
                continue;
            }
            if best.is_none_or(|b| c.priority > v.concepts[b.concept as usize].priority) {
                best = Some(*h);
            }
        }
        best
    };
    let action = best(Role::Action, 0, usize::MAX)
        .filter(|h| v.concepts[h.concept as usize].priority >= Concept::STRONG);
    let object = match action {
        Some(a) if v.concepts[a.concept as usize].is_self_contained() => None,
        Some(a) => hits
            .iter()
            .find(|h| {
                h.start > a.start
                    && h.start <= a.end + OBJECT_WINDOW
                    && v.concepts[h.concept as usize].role == Role::Object
            })
            .copied()
            .or_else(|| best(Role::Object, 0, usize::MAX)),
        None => best(Role::Object, 0, usize::MAX),
    };
    if action.is_none() && object.is_none() {
        return fallback(&lower, seed, &v.stopwords);
    }
    let name = |h: Option<Hit>| h.map_or("", |h| v.concepts[h.concept as usize].name);
    let frame = format!("{}|{}", name(action), name(object));
    let keywords = [action, object]
        .into_iter()
        .flatten()
        .map(|h| lower[h.start..h.end].to_string())
        .collect();
    Some((frame, keywords))
}

/// Outside the vocabulary: the two content words with the smallest seeded hash stand for
/// the text (MinHash with k = 2), so texts sharing their rarest words tend to meet.
fn fallback(lower: &str, seed: u64, stop: &HashSet<&str>) -> Option<(String, Vec<String>)> {
    let mut low: [(u64, &str); 2] = [(u64::MAX, ""), (u64::MAX, "")];
    for w in lower.split(|c: char| !c.is_alphanumeric()) {
        if w.chars().count() < 4 || w.bytes().any(|b| b.is_ascii_digit()) || stop.contains(w) {
            continue;
        }
        let h = fnv(seed, w.as_bytes());
        if w == low[0].1 || w == low[1].1 {
            continue;
        }
        if h < low[0].0 {
            low[1] = low[0];
            low[0] = (h, w);
        } else if h < low[1].0 {
            low[1] = (h, w);
        }
    }
    let mut words: Vec<&str> = low
        .iter()
        .filter(|(h, _)| *h != u64::MAX)
        .map(|(_, w)| *w)
        .collect();
    if words.is_empty() {
        return None;
    }
    words.sort_unstable();
    Some((
        format!("~{}", words.join(" ")),
        words.into_iter().map(str::to_string).collect(),
    ))
}

fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // A final mix so short words spread over the whole range.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// True when the character ending before (`before`) or starting at byte `i` is a letter
/// or digit.
fn is_word_byte(s: &str, i: usize, before: bool) -> bool {
    if before {
        s[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    } else {
        s[i..].chars().next().is_some_and(char::is_alphanumeric)
    }
}

/// The rest of the word that starts or continues at byte `i`.
fn word_rest(bytes: &[u8], i: usize) -> &str {
    let s = std::str::from_utf8(&bytes[i..]).unwrap_or("");
    let n = s
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(j, _)| j);
    &s[..n]
}

/// The text lowercased, with redaction placeholders (`[EMAIL]`, `[ID:…]`) and long
/// middles left out (the request is at the start or the end of a turn).
fn lowercase_clean(text: &str) -> String {
    let text = if text.len() > HEAD + TAIL {
        let head_end = floor_char(text, HEAD);
        let tail_start = floor_char(text, text.len() - TAIL);
        format!("{} . {}", &text[..head_end], &text[tail_start..])
    } else {
        text.to_string()
    };
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'[' && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase) {
            if let Some(close) = bytes[i..].iter().take(96).position(|&c| c == b']') {
                out.push(' ');
                i += close + 1;
                continue;
            }
        }
        if b.is_ascii() {
            // Typographic apostrophes are folded below; ASCII as is.
            out.push(b.to_ascii_lowercase() as char);
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c == '\u{2019}' {
                out.push('\'');
            } else {
                out.extend(c.to_lowercase());
            }
            i += c.len_utf8();
        }
    }
    out
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
        assert_eq!(
            a,
            id(
                &t,
                "hi, can you cancel the flight for [PERSON]? booking ref 77812"
            )
        );
        assert_eq!(a, id(&t, "I need to cancel my plane ticket asap"));
        assert_ne!(a, id(&t, "I'd like to change my flight to Friday"));
        assert_ne!(a, id(&t, "Book me a flight to Lisbon"));
    }

    #[test]
    fn backstory_in_the_past_tense_does_not_make_the_topic() {
        let t = topics();
        assert_eq!(
            id(
                &t,
                "I booked a flight last month and it was cancelled; I want my money back"
            ),
            id(&t, "refund please")
        );
    }

    #[test]
    fn weak_wants_do_not_split_a_topic() {
        let t = topics();
        let a = id(&t, "book a hotel room in Porto for two nights");
        assert_eq!(
            t.frame("I need a hotel in Kyoto, 3 nights from May 2")
                .unwrap(),
            "|hotel"
        );
        assert_eq!(a, id(&t, "I need a hotel in Kyoto, 3 nights from May 2"));
        assert_eq!(a, id(&t, "looking for accommodation near the station"));
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
    }

    #[test]
    fn placeholders_and_words_inside_them_are_ignored() {
        assert_eq!(
            frame("[PASSWORD] reset for [EMAIL]", 1).map(|f| f.0),
            frame("reset for", 1).map(|f| f.0)
        );
        assert_eq!(frame("[PERSON] [EMAIL]", 1), None);
    }

    #[test]
    fn whole_words_only_except_stems() {
        // "card" inside "cardigan" is not a card; "cancellation" is a cancel.
        assert_eq!(
            frame("a cardigan", 1).map(|f| f.0).as_deref(),
            Some("~cardigan")
        );
        assert_eq!(
            frame("cancellation of my order", 1).map(|f| f.0).as_deref(),
            Some("cancel|order")
        );
        assert_eq!(
            frame("two flights", 1).map(|f| f.0).as_deref(),
            Some("|flight")
        );
    }

    #[test]
    fn other_languages_share_the_frame() {
        let t = topics();
        let en = id(&t, "cancel my flight");
        assert_eq!(en, id(&t, "quiero cancelar mi vuelo a Madrid"));
        assert_eq!(en, id(&t, "je voudrais annuler mon vol"));
        assert_eq!(en, id(&t, "Bitte meinen Flug stornieren"));
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
        assert_eq!(t.keywords, vec!["cancel", "flight"]);
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
    fn every_byte_boundary_is_safe() {
        let t = topics();
        for s in ["ÉÀ[", "[A", "[Aé", "cancel[", "€€€ 注文をキャンセル", ""] {
            let _ = t.assign(s);
        }
        let long = "é".repeat(2_000);
        let _ = t.assign(&long);
    }
}
