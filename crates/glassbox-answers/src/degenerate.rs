//! Degenerate output: a model stuck in a loop ("the the the", one sentence or line over
//! and over until max tokens), runs of one character, replacement characters and
//! mojibake (UTF-8 read as Latin-1).

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};

/// Tokens of `text` for loop detection: words split on whitespace, and each character
/// of a caseless script (Han, kana, Hangul, Thai) on its own, hashed.
fn tokens(text: &str, out: &mut Vec<u64>, hasher: &impl BuildHasher) {
    for word in text.split_whitespace() {
        if word.is_ascii() {
            out.push(hasher.hash_one(word));
            continue;
        }
        let mut start = 0;
        for (i, c) in word.char_indices() {
            if is_caseless_script(c) {
                if start < i {
                    out.push(hasher.hash_one(&word[start..i]));
                }
                out.push(hasher.hash_one(c));
                start = i + c.len_utf8();
            }
        }
        if start < word.len() {
            out.push(hasher.hash_one(&word[start..]));
        }
    }
}

/// Scripts written without spaces between words.
pub(crate) fn is_caseless_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // kana
        | 0x3400..=0x4DBF // CJK ext A
        | 0x4E00..=0x9FFF // CJK
        | 0xAC00..=0xD7AF // Hangul
        | 0x0E00..=0x0E7F // Thai
        | 0xF900..=0xFAFF)
}

/// The longest run at the end of `toks` where every token equals the one `p` before it,
/// over periods 1..=64; returns (run length in tokens, period).
fn tail_loop(toks: &[u64]) -> (usize, usize) {
    let n = toks.len();
    let mut best = (0, 0);
    for p in 1..=64.min(n / 2) {
        let mut run = 0;
        let mut i = n;
        while i > p && toks[i - 1] == toks[i - 1 - p] {
            run += 1;
            i -= 1;
        }
        // The run plus the first period it repeats.
        let covered = if run >= p { run + p } else { 0 };
        if covered > best.0 {
            best = (covered, p);
        }
    }
    best
}

/// Share of 4-token windows that already occurred earlier in the answer.
fn repeated_window_share(toks: &[u64]) -> f64 {
    if toks.len() < 8 {
        return 0.0;
    }
    let mut seen: HashMap<[u64; 4], ()> = HashMap::with_capacity(toks.len());
    let mut repeats = 0usize;
    let windows = toks.len() - 3;
    for w in toks.windows(4) {
        let key = [w[0], w[1], w[2], w[3]];
        if seen.insert(key, ()).is_some() {
            repeats += 1;
        }
    }
    repeats as f64 / windows as f64
}

/// A line repeated back to back many times (lists a model cannot stop).
fn repeated_lines(text: &str) -> bool {
    let mut prev: Option<&str> = None;
    let mut run = 1;
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| l.chars().count() >= 8)
    {
        if Some(line) == prev {
            run += 1;
            if run >= 5 {
                return true;
            }
        } else {
            run = 1;
            prev = Some(line);
        }
    }
    false
}

/// The longest run of one character (not whitespace); characters used for rules and
/// separators in Markdown and ASCII art need a much longer run.
fn char_run(text: &str) -> bool {
    let mut prev = '\0';
    let mut run = 0usize;
    for c in text.chars() {
        if c == prev {
            run += 1;
            let limit = match c {
                '-' | '=' | '_' | '*' | '#' | '~' | '.' | '─' | '━' | '═' | '0' | '|' | '+'
                | '/' | '\\' | '^' | '<' | '>' => 160,
                c if c.is_whitespace() => usize::MAX,
                _ => 24,
            };
            if run >= limit {
                return true;
            }
        } else {
            prev = c;
            run = 1;
        }
    }
    false
}

/// Replacement characters, or UTF-8 decoded as Latin-1 / Windows-1252 (`Ã©`, `â€™`).
fn encoding_garbage(text: &str) -> bool {
    let replacement = text.matches('\u{FFFD}').count();
    if replacement >= 2 {
        return true;
    }
    let bytes = text.as_bytes();
    // 'Ã' (C3 83) or 'Â' (C3 82) followed by a Latin-1 supplement char (C2 xx / C3 xx),
    // or "â€" (C3 A2 E2 82 AC): the marks of double-encoded UTF-8.
    let mut mojibake = 0;
    let mut i = 0;
    while let Some(off) = memchr_c3(&bytes[i..]) {
        let j = i + off;
        let next = bytes.get(j + 1).copied();
        let after = bytes.get(j + 2).copied();
        match (next, after) {
            (Some(0x83 | 0x82), Some(0xC2 | 0xC3)) => mojibake += 1,
            (Some(0xA2), Some(0xE2)) if bytes.get(j + 3) == Some(&0x82) => mojibake += 1,
            _ => {}
        }
        i = j + 1;
    }
    mojibake >= 3
}

fn memchr_c3(b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == 0xC3)
}

/// True when `text` is degenerate. `loop_min_words`: a loop at the end must cover this
/// many tokens (and two periods) to count.
pub(crate) fn is_degenerate(text: &str, loop_min_words: usize, hasher: &impl BuildHasher) -> bool {
    if char_run(text) || encoding_garbage(text) || repeated_lines(text) {
        return true;
    }
    let mut toks = Vec::with_capacity(text.len() / 5 + 8);
    tokens(text, &mut toks, hasher);
    let (run, period) = tail_loop(&toks);
    if run >= loop_min_words.max(3 * period) {
        return true;
    }
    // A loop in the middle (a model that recovered): most of a long answer repeats.
    toks.len() >= 60 && repeated_window_share(&toks) >= 0.6
}

/// A hasher that keeps its key (for shingles) — std's SipHash with per-process keys.
#[derive(Clone, Default)]
pub(crate) struct Keyed(std::collections::hash_map::RandomState);

impl BuildHasher for Keyed {
    type Hasher = std::collections::hash_map::DefaultHasher;
    fn build_hasher(&self) -> Self::Hasher {
        self.0.build_hasher()
    }
}

/// Hashes one value with `b`.
pub(crate) fn hash_with(b: &impl BuildHasher, v: impl Hash) -> u64 {
    b.hash_one(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deg(t: &str) -> bool {
        is_degenerate(t, 12, &Keyed::default())
    }

    #[test]
    fn loops_runs_and_garbage_are_degenerate() {
        assert!(deg(&format!(
            "Here is the answer: {}",
            "the the ".repeat(20)
        )));
        assert!(deg(&format!(
            "Sure. {}",
            "I will now explain the algorithm in detail. ".repeat(8)
        )));
        assert!(deg(&format!("OK {}", "!".repeat(40))));
        assert!(deg("caf\u{FFFD} cr\u{FFFD}me br\u{FFFD}l\u{FFFD}e"));
        assert!(deg("CafÃ© crÃ¨me, dÃ©jÃ  vu, â€™quoteâ€™"));
        assert!(deg(&"- item number one\n".repeat(9)));
        assert!(deg(&format!("答案是{}", "好的".repeat(30))));
    }

    #[test]
    fn ordinary_answers_are_not() {
        for t in [
            "The capital of France is Paris. It has been the capital since the 10th century.",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n-----------------------------------",
            "fn main() {\n    let x = 1;\n    let y = 2;\n    println!(\"{}\", x + y);\n}\n",
            "Café crème, déjà vu, naïve façade — all fine in UTF-8.",
            "1. Preheat the oven.\n2. Mix the flour.\n3. Bake for 20 minutes.\n4. Let it cool.",
            "Yes.",
            "我可以帮你写这个函数。首先，我们需要定义输入和输出，然后逐步实现逻辑。",
        ] {
            assert!(!deg(t), "{t}");
        }
    }
}
