//! A small statistical model of declining, for the refusals the phrase lists and the
//! grammar of [`crate::refusal`] do not know.
//!
//! Phrase rules are exact and fast, but each new author of refusals (a support bot's
//! "此内容无法在这里提供", "Requests of this kind fall outside the scope of this
//! assistant") brings wordings no list had. The model reads the same head of the
//! answer as the rules — quoted passages left out, so a refusal quoted inside a
//! helpful answer is someone else's words — and scores it with a logistic regression
//! over hashed features: character 2- to 5-grams of the lower-cased head (which carry
//! meaning in scripts written without spaces) and its words and word pairs.
//!
//! It is trained offline on the labelled development sets and on helpful answers that
//! open with negation, apology or "only" (`refusal-hard-negatives.txt`, written for it)
//! (`cargo run --release -p glassbox-answers --example train_refusal_model`), never on
//! `answers-final*.jsonl`, and its weights are committed (`data/refusal_model.bin`,
//! [`BUCKETS`] little-endian `f32` and a bias). Scoring one answer is one pass over at
//! most [`MAX_CHARS`] characters and a table load per feature: a few microseconds.

use std::sync::OnceLock;

/// Number of hashed feature buckets (a power of two).
pub const BUCKETS: usize = 1 << 16;

/// Characters of the head that are read.
pub const MAX_CHARS: usize = 400;

/// Logit above which an answer the rules did not flag is a refusal (p ≈ 0.62). Chosen
/// with each development set held out of training in turn (`--loao`): the lowest value
/// at which the held-out precision averaged 0.99 with no set below 0.97 (mean recall
/// 0.89; at 0.0 one author's good answers fell to 0.91).
pub const THRESHOLD: f32 = 0.5;

const WEIGHTS: &[u8] = include_bytes!("../data/refusal_model.bin");

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const WORD_TAG: u64 = 0x9e37_79b9_7f4a_7c15;
const PAIR_TAG: u64 = 0xc2b2_ae3d_27d4_eb4f;

/// The model's weights; all zero (and never confident) when none are committed.
pub struct RefusalModel {
    w: Vec<f32>,
    bias: f32,
    trained: bool,
}

impl RefusalModel {
    /// The committed weights, parsed once per process.
    pub fn shared() -> &'static RefusalModel {
        static MODEL: OnceLock<RefusalModel> = OnceLock::new();
        MODEL.get_or_init(|| Self::from_bytes(WEIGHTS))
    }

    /// Weights from `BUCKETS + 1` little-endian `f32` (the last is the bias); anything
    /// else gives an untrained model, which never says yes.
    pub fn from_bytes(b: &[u8]) -> Self {
        match glassbox_core::weights::linear_weights(b, BUCKETS) {
            Some((w, bias)) => RefusalModel {
                w,
                bias,
                trained: true,
            },
            None => RefusalModel {
                w: Vec::new(),
                bias: 0.0,
                trained: false,
            },
        }
    }

    /// Whether weights were loaded.
    pub fn is_trained(&self) -> bool {
        self.trained
    }

    /// The logit of `head` (an answer's head as [`crate::refusal`] reads it).
    pub fn logit(&self, head: &str) -> f32 {
        if !self.trained {
            return f32::NEG_INFINITY;
        }
        let mut f = Vec::with_capacity(4 * MAX_CHARS);
        features(head, &mut f);
        self.bias + f.iter().map(|&i| self.w[i as usize]).sum::<f32>()
    }

    /// True when the model takes `head` for a refusal. It is asked only about a head
    /// with a word of declining in it ([`has_declining_word`]): n-grams do not see
    /// negation, and would read "Sure, I can help with that" by the company it keeps in
    /// "I can't help with that".
    pub fn says_refusal(&self, head: &str) -> bool {
        has_declining_word(head) && self.logit(head) > THRESHOLD
    }
}

/// Words of negation, restriction and declining in the eight languages the checks
/// read, lower case and sorted (looked up by binary search; Latin scripts: whole words,
/// and a word ending in `n't` or starting with `n'` counts too).
const DECLINING_WORDS: &[&str] = &[
    "ablehnen",
    "afraid",
    "against",
    "apenas",
    "außerhalb",
    "beyond",
    "cannot",
    "decline",
    "dépasse",
    "désolé",
    "désolée",
    "escapa",
    "esula",
    "flagged",
    "foge",
    "fora",
    "fuera",
    "fuori",
    "hors",
    "imposible",
    "impossibile",
    "impossible",
    "impossível",
    "infelizmente",
    "jamais",
    "kein",
    "keine",
    "keinem",
    "keinen",
    "keiner",
    "lamentablemente",
    "lamento",
    "leider",
    "mai",
    "malheureusement",
    "ne",
    "neither",
    "nem",
    "never",
    "nicht",
    "nichts",
    "nie",
    "no",
    "non",
    "nor",
    "not",
    "nunca",
    "nur",
    "não",
    "only",
    "outside",
    "pas",
    "pass",
    "purtroppo",
    "refuse",
    "rejected",
    "restricted",
    "seulement",
    "solo",
    "soltanto",
    "somente",
    "sorry",
    "spiacente",
    "só",
    "sólo",
    "unable",
    "unfortunately",
    "uniquement",
    "unmöglich",
    "únicamente",
    "übersteigt",
];

/// Stems of declining verbs (`rechazar`, `recusar`, `rifiutare`, `refuser`, `declinar`).
const DECLINING_STEMS: &[&str] = &[
    "rechaz",
    "recus",
    "rifiut",
    "refus",
    "declin",
    "ablehn",
    "verweiger",
];

/// Characters and runs that decline in Japanese and Chinese.
const DECLINING_CJK: &[&str] = &[
    "ない",
    "ません",
    "かね",
    "無理",
    "できず",
    "不",
    "無",
    "无",
    "没",
    "沒",
    "未",
    "非",
    "别",
    "別",
    "仅",
    "僅",
    "只",
    "超出",
    "拒",
    "範囲外",
    "のみ",
    "控え",
    "遠慮",
    "抱歉",
    "申し訳",
];

/// True when `head` holds a word of negation, restriction or declining.
pub fn has_declining_word(head: &str) -> bool {
    if !head.is_ascii() && DECLINING_CJK.iter().any(|c| head.contains(c)) {
        return true;
    }
    let mut lower = String::new();
    for w in head.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let w = w.trim_matches('\'');
        if w.is_empty() {
            continue;
        }
        let w = if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            lower.as_str()
        } else {
            w
        };
        if w.ends_with("n't")
            || w.starts_with("n'")
            || DECLINING_WORDS.binary_search(&w).is_ok()
            || DECLINING_STEMS.iter().any(|s| w.starts_with(s))
        {
            return true;
        }
    }
    false
}

fn step(h: u64, c: char) -> u64 {
    (h ^ u64::from(c)).wrapping_mul(FNV_PRIME)
}

fn bucket(h: u64) -> u32 {
    let h = (h ^ (h >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    ((h ^ (h >> 29)) >> 48) as u32 & (BUCKETS as u32 - 1)
}

/// The hashed features of `head` into `out` (cleared first), sorted and distinct (a
/// feature counts once however often it occurs: counting them held out worse):
/// character 2- to 5-grams of the lower-cased text with runs of white space made one
/// space (and a space at both ends), then each word (a run of letters and digits) and
/// each pair of adjacent words. At most [`MAX_CHARS`] characters are read.
pub fn features(head: &str, out: &mut Vec<u32>) {
    out.clear();
    for_each_feature(head, |f| out.push(f));
    out.sort_unstable();
    out.dedup();
}

/// Each feature of `head` handed to `f` as it is found, repeats included.
fn for_each_feature(head: &str, mut f: impl FnMut(u32)) {
    let mut chars: Vec<char> = Vec::with_capacity(MAX_CHARS + 8);
    chars.push(' ');
    let mut space = true;
    for c in head.chars() {
        if chars.len() > MAX_CHARS {
            break;
        }
        if c.is_whitespace() {
            if !space {
                chars.push(' ');
                space = true;
            }
            continue;
        }
        space = false;
        if c.is_ascii() {
            chars.push(c.to_ascii_lowercase());
        } else {
            chars.extend(c.to_lowercase());
        }
    }
    if !space {
        chars.push(' ');
    }
    for i in 0..chars.len() {
        let mut h = FNV_OFFSET;
        for (n, &c) in chars[i..].iter().take(5).enumerate() {
            h = step(h, c);
            if n >= 1 {
                f(bucket(h ^ (n as u64 + 1)));
            }
        }
    }
    let mut prev: Option<u64> = None;
    let mut h = FNV_OFFSET;
    let mut in_word = false;
    for &c in &chars {
        if c.is_alphanumeric() {
            h = step(h, c);
            in_word = true;
        } else if in_word {
            let word = h ^ WORD_TAG;
            f(bucket(word));
            if let Some(p) = prev {
                f(bucket(p.rotate_left(17) ^ word ^ PAIR_TAG));
            }
            prev = Some(word);
            h = FNV_OFFSET;
            in_word = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_distinct_sorted_bounded_and_case_and_space_blind() {
        let mut f = Vec::new();
        features("  I can't   help with THAT. ", &mut f);
        assert!(!f.is_empty());
        assert!(f.windows(2).all(|w| w[0] < w[1]));
        assert!(f.iter().all(|&i| (i as usize) < BUCKETS));
        // Case and runs of white space do not change what is read.
        let mut g = Vec::new();
        features("i can't help with that.", &mut g);
        assert_eq!(f, g);
        // Only the first MAX_CHARS characters are read.
        let long = "word ".repeat(1000);
        let mut a = Vec::new();
        features(&long, &mut a);
        let mut b = Vec::new();
        features(&(long.clone() + "refuse decline"), &mut b);
        assert_eq!(a, b);
    }

    #[test]
    fn declining_words_are_sorted_for_binary_search() {
        assert!(DECLINING_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn only_a_head_with_a_word_of_declining_is_asked() {
        for yes in [
            "I can't help with that.",
            "Je ne peux pas t'aider.",
            "Das kann ich leider nicht.",
            "这个我没办法帮你。",
            "それはお答えできません。",
            "This assistant only handles billing.",
        ] {
            assert!(has_declining_word(yes), "{yes}");
        }
        for no in [
            "Sure, I can help with that.",
            "Je peux t'aider à écrire cette fonction.",
            "Ich kann dir helfen, diese Funktion zu schreiben.",
            "Claro, puedo ayudarte con eso.",
            "我可以帮你写这个函数。",
            "もちろん、お手伝いできます。",
            "Notably, the function returns a list.",
        ] {
            assert!(!has_declining_word(no), "{no}");
            assert!(!RefusalModel::shared().says_refusal(no), "{no}");
        }
    }

    #[test]
    fn untrained_weights_never_say_yes() {
        let m = RefusalModel::from_bytes(&[1, 2, 3]);
        assert!(!m.is_trained());
        assert!(!m.says_refusal("I can't help with that."));
    }

    #[test]
    fn committed_weights_are_loaded() {
        assert!(RefusalModel::shared().is_trained());
    }
}
