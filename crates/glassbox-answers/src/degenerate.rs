//! Degenerate output: a model stuck in a loop ("the the the", one sentence or line over
//! and over until max tokens), runs of one character, replacement characters and
//! mojibake (UTF-8 read as Latin-1).

use crate::hash::WordHash;

/// Tokens of `text`, hashed: runs of letters and digits, lowercased, and each
/// character of a caseless script (Han, kana, Hangul, Thai) on its own. Used for loops
/// and for system prompt shingles.
pub(crate) fn tokens(text: &str, hasher: &WordHash) -> Vec<u64> {
    let mut out = Vec::with_capacity(text.len() / 5 + 8);
    let mut word = hasher.start();
    let mut in_word = false;
    for c in text.chars() {
        // Most characters of Latin-script text are ASCII even when some are not.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word = hasher.feed(word, u64::from(c.to_ascii_lowercase()));
                in_word = true;
            } else if in_word {
                out.push(hasher.end(word));
                word = hasher.start();
                in_word = false;
            }
            continue;
        }
        // Latin-1 letters (á, é, ñ, ü, ß…): lower-cased without the Unicode tables.
        if ('\u{C0}'..='\u{FF}').contains(&c) && c != '\u{D7}' && c != '\u{F7}' {
            let lower = if c <= '\u{DE}' {
                u32::from(c) + 0x20
            } else {
                u32::from(c)
            };
            word = hasher.feed(word, u64::from(lower));
            in_word = true;
            continue;
        }
        if is_caseless_script(c) {
            if in_word {
                out.push(hasher.end(word));
                word = hasher.start();
                in_word = false;
            }
            out.push(hasher.end(hasher.feed(hasher.start(), u64::from(c))));
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                word = hasher.feed(word, u64::from(l));
            }
            in_word = true;
        } else if in_word {
            out.push(hasher.end(word));
            word = hasher.start();
            in_word = false;
        }
    }
    if in_word {
        out.push(hasher.end(word));
    }
    out
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

/// True when at least `min_share` of the 4-token windows repeat an earlier window of
/// the answer (windows minus distinct windows, over windows). Counted with a small
/// open-addressing set, and given up as soon as too many windows are distinct: ordinary
/// prose is decided after a little more than `1 - min_share` of its windows.
fn mostly_repeated(toks: &[u64], hasher: &WordHash, min_share: f64) -> bool {
    if toks.len() < 8 {
        return false;
    }
    let n = toks.len() - 3;
    // Most distinct windows the answer may hold and still repeat enough.
    let max_distinct = ((1.0 - min_share) * n as f64).floor() as usize;
    let slots = (2 * n).next_power_of_two().max(16);
    let mask = slots - 1;
    // Zero marks an empty slot; a window hashing to zero is stored as one.
    let mut set = vec![0u64; slots];
    let mut distinct = 0;
    for w in toks.windows(4) {
        let h = hasher.window(w).max(1);
        let mut i = (h ^ (h >> 29)) as usize & mask;
        loop {
            if set[i] == h {
                break;
            }
            if set[i] == 0 {
                set[i] = h;
                distinct += 1;
                if distinct > max_distinct {
                    return false;
                }
                break;
            }
            i = (i + 1) & mask;
        }
    }
    true
}

/// The lines of `text` inside fenced code blocks (the fences left out).
pub(crate) fn fenced_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut in_fence = false;
    text.lines().filter(move |line| {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            false
        } else {
            in_fence
        }
    })
}

/// True when more than half of `text`'s bytes are inside fenced code blocks.
fn mostly_code(text: &str) -> bool {
    let code: usize = fenced_lines(text).map(|line| line.len() + 1).sum();
    code * 2 > text.len()
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
    if text.is_ascii() {
        let b = text.as_bytes();
        let mut run = 1usize;
        for i in 1..b.len() {
            if b[i] == b[i - 1] {
                run += 1;
                if run >= 24 && run >= run_limit(char::from(b[i])) {
                    return true;
                }
            } else {
                run = 1;
            }
        }
        return false;
    }
    char_run_unicode(text)
}

fn run_limit(c: char) -> usize {
    match c {
        '-' | '=' | '_' | '*' | '#' | '~' | '.' | '─' | '━' | '═' | '|' | '+' | '/' | '\\'
        | '^' | '<' | '>' => 160,
        '0' | '1' | '9' | 'x' | 'X' => 32,
        c if c.is_whitespace() => usize::MAX,
        _ => 24,
    }
}

fn char_run_unicode(text: &str) -> bool {
    let mut prev = '\0';
    let mut run = 0usize;
    for c in text.chars() {
        if c == prev {
            run += 1;
            if run >= run_limit(c) {
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
    while let Some(off) = memchr::memchr(0xC3, &bytes[i..]) {
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
    mojibake >= 1
}

/// A short pattern repeated at the end without spaces ("hahahaha", "LateLateLate",
/// "好的好的好的"): the last characters are periodic with a period of 2 to 12 over at least
/// 36 characters and four periods.
fn periodic_tail(text: &str) -> bool {
    let tail: Vec<char> = text.trim_end().chars().rev().take(240).collect();
    for p in 2..=12usize {
        let mut run = 0;
        while run + p < tail.len() && tail[run] == tail[run + p] {
            run += 1;
        }
        let covered = run + p;
        if run > 0 && covered >= 36.max(4 * p) {
            // A run of one separator character is a rule, not a loop.
            let distinct = tail[..p]
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len();
            if distinct > 1 || !tail[0].is_ascii_punctuation() {
                return true;
            }
        }
    }
    false
}

/// True when `text` is degenerate. `loop_min_words`: a loop at the end must cover this
/// many tokens (and two periods) to count.
pub(crate) fn is_degenerate(
    text: &str,
    toks: &[u64],
    loop_min_words: usize,
    hasher: &WordHash,
) -> bool {
    if char_run(text) || encoding_garbage(text) || repeated_lines(text) || periodic_tail(text) {
        return true;
    }
    let (run, period) = tail_loop(toks);
    if run >= loop_min_words.max(3 * period) {
        return true;
    }
    // A loop in the middle (a model that recovered): most of a long answer repeats.
    // Code repeats itself by nature (a migration's ALTER TABLE lines), so an answer
    // that is mostly fenced code is left to the exact loops above.
    toks.len() >= 60 && mostly_repeated(toks, hasher, 0.6) && !mostly_code(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deg(t: &str) -> bool {
        let h = WordHash::default();
        is_degenerate(t, &tokens(t, &h), 12, &h)
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
        assert!(deg(&format!("Late a sti{}", "Late".repeat(12))));
        assert!(deg("t'intÃ©resse"));
    }

    #[test]
    fn latin1_letters_fold_like_the_unicode_tables() {
        let h = WordHash::default();
        for c in '\u{C0}'..='\u{FF}' {
            let toks = tokens(&format!("x{c}y"), &h);
            if c.is_alphanumeric() {
                let mut want = h.feed(h.start(), u64::from('x'));
                for l in c.to_lowercase() {
                    want = h.feed(want, u64::from(l));
                }
                want = h.end(h.feed(want, u64::from('y')));
                assert_eq!(toks, vec![want], "{c}");
            } else {
                assert_eq!(toks.len(), 2, "{c} separates words");
            }
        }
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
            "```sql\nALTER TABLE users    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();\nALTER TABLE users    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();\nALTER TABLE orders   ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();\nALTER TABLE orders   ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();\nALTER TABLE invoices ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();\nALTER TABLE invoices ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();\n```",
            "我可以帮你写这个函数。首先，我们需要定义输入和输出，然后逐步实现逻辑。",
        ] {
            assert!(!deg(t), "{t}");
        }
    }
}
