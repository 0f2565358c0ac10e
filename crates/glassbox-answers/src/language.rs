//! Language mismatch: the answer is in another language than the user wrote in.
//!
//! Detection (`whatlang`, trigram profiles) runs on the prose only — code blocks,
//! inline code and URLs removed — over at most the first 600 bytes of each side, among
//! the languages people most often talk to models in. Prompts that ask for another
//! language ("translate…", "answer in English") are not compared.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use regex::Regex;
use whatlang::{Detector, Lang};

use crate::refusal::floor_char_boundary;

const SAMPLE_BYTES: usize = 400;

/// Words that ask for an answer in another language.
fn asks_for_language() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)translat|traduc|traduz|tradu[iï]|übersetz|ubersetz|vertaal|przetłumacz|переве|翻译|翻訳|번역|(?-u:\b)(?:in|into|en|auf|em)\s+(?:english|spanish|french|german|italian|portuguese|japanese|chinese|korean|russian|dutch|polish|arabic|hindi|inglés|ingles|español|francés|alemán|anglais|espagnol|allemand|français|englisch|spanisch|französisch|deutsch|inglês|espanhol|francês|alemão|inglese|spagnolo|francese|tedesco)(?-u:\b)|英語で|英文|用英语|中文回答|日本語で",
        )
        .ok()
    })
    .as_ref()
}

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| {
        // The languages with function word lists, and more people write to models in.
        let mut langs = PROFILED.to_vec();
        langs.extend([
            Lang::Pol,
            Lang::Tur,
            Lang::Swe,
            Lang::Rus,
            Lang::Ukr,
            Lang::Jpn,
            Lang::Cmn,
            Lang::Kor,
            Lang::Ara,
            Lang::Hin,
            Lang::Vie,
            Lang::Ind,
        ]);
        Detector::with_allowlist(langs)
    })
}

/// The prose of `text` (fenced code, inline code, URLs and identifiers left out, capped
/// near [`SAMPLE_BYTES`]) and its function word profile, in one pass.
fn prose_and_profile(text: &str) -> (String, [usize; PROFILED.len()]) {
    let mut profile = [0usize; PROFILED.len()];
    let mut out = String::with_capacity(text.len().min(SAMPLE_BYTES) + 16);
    let mut in_fence = false;
    'lines: for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let mut in_code = false;
        for (i, part) in line.split('`').enumerate() {
            if i > 0 {
                in_code = !in_code;
            }
            if in_code {
                continue;
            }
            for word in part.split_whitespace() {
                if is_identifier(word) {
                    continue;
                }
                out.push_str(word);
                out.push(' ');
                count_function_words(word, &mut profile);
                if out.len() >= SAMPLE_BYTES {
                    break 'lines;
                }
            }
        }
    }
    let end = floor_char_boundary(&out, SAMPLE_BYTES);
    out.truncate(end);
    (out, profile)
}

/// URLs, paths, file names and code identifiers (`node_modules`, `getUser`, `v1.2`)
/// say nothing about the language around them. One pass over the bytes.
fn is_identifier(word: &str) -> bool {
    let b = word.as_bytes();
    let edge = |c: u8| c < 0x80 && !c.is_ascii_alphanumeric();
    let (mut s, mut e) = (0, b.len());
    while s < e && edge(b[s]) {
        s += 1;
    }
    while e > s && edge(b[e - 1]) {
        e -= 1;
    }
    let w = &b[s..e];
    let (mut inner_upper, mut lower) = (false, false);
    for (i, &c) in w.iter().enumerate() {
        match c {
            b'_' | b'/' | b'\\' | b'=' | b'(' | b'<' | b'@' | b'0'..=b'9' | b':' => return true,
            b'.' => return true,
            b'A'..=b'Z' if i > 0 => inner_upper = true,
            b'a'..=b'z' => lower = true,
            _ => {}
        }
    }
    inner_upper && lower
}

/// The most common function words of the Latin-script languages the detector mixes up
/// on short text; a prompt full of one language's function words is in that language.
fn function_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Eng => &[
            "the", "is", "are", "and", "to", "of", "in", "it", "you", "i", "my", "how", "what",
            "why", "can", "do", "does", "for", "with", "this", "that", "a", "an", "be", "on", "me",
            "should", "would", "there", "not", "but", "very", "also", "we", "your", "have", "has",
            "will", "from",
        ],
        Lang::Spa => &[
            "el", "la", "los", "las", "es", "y", "de", "que", "en", "un", "una", "por", "para",
            "con", "cómo", "qué", "mi", "puedo", "hay", "se", "lo", "del", "al", "está", "son",
            "como", "no", "pero", "muy", "más", "este", "esta", "esa", "ese", "también", "tiene",
            "tengo", "ya",
        ],
        Lang::Por => &[
            "o", "a", "os", "as", "é", "e", "de", "que", "em", "um", "uma", "por", "para", "com",
            "como", "meu", "minha", "posso", "não", "do", "da", "no", "na", "são", "está", "não",
            "mas", "muito", "mais", "você", "também", "isso", "este", "esta", "tem", "já",
        ],
        Lang::Fra => &[
            "le", "la", "les", "est", "et", "de", "que", "en", "un", "une", "pour", "avec",
            "comment", "je", "mon", "ma", "peux", "des", "du", "au", "pas", "ne", "sont", "qui",
            "dans", "ne", "mais", "très", "plus", "aussi", "ce", "cette", "vous", "nous", "il",
            "elle",
        ],
        Lang::Deu => &[
            "der", "die", "das", "ist", "und", "zu", "von", "in", "ein", "eine", "wie", "ich",
            "mein", "kann", "nicht", "mit", "für", "den", "dem", "auf", "sind", "was", "es", "sie",
            "nicht", "aber", "sehr", "auch", "dass", "wir", "du", "noch", "schon",
        ],
        Lang::Ita => &[
            "il", "lo", "la", "gli", "le", "è", "e", "di", "che", "in", "un", "una", "per", "con",
            "come", "mio", "posso", "non", "del", "della", "sono", "si", "tra", "al", "cosa",
            "non", "ma", "molto", "più", "anche", "questo", "questa", "ho", "già",
        ],
        Lang::Nld => &[
            "de", "het", "een", "is", "en", "van", "dat", "in", "hoe", "ik", "mijn", "kan", "niet",
            "met", "voor", "op", "zijn", "wat",
        ],
        _ => &[],
    }
}

/// The Latin-script languages with function word lists, in profile order.
const PROFILED: [Lang; 7] = [
    Lang::Eng,
    Lang::Spa,
    Lang::Por,
    Lang::Fra,
    Lang::Deu,
    Lang::Ita,
    Lang::Nld,
];

type WordIndex = HashMap<&'static str, u8, BuildHasherDefault<crate::hash::Prehashed>>;

/// Function word → bit set of the [`PROFILED`] languages it belongs to.
fn function_word_index() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m = WordIndex::default();
        for (i, lang) in PROFILED.iter().enumerate() {
            for w in function_words(*lang) {
                *m.entry(*w).or_insert(0u8) |= 1 << i;
            }
        }
        m
    })
}

/// Function word hits of `text` per [`PROFILED`] language, in one pass.
fn count_function_words(text: &str, counts: &mut [usize; PROFILED.len()]) {
    let index = function_word_index();
    // Function words are short (at most 7 bytes); longer words skip the lookup.
    let mut buf = [0u8; 8];
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if w.is_empty() || w.len() > buf.len() {
            continue;
        }
        let bits = if w.is_ascii() {
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).ok().and_then(|l| index.get(l))
        } else {
            index.get(w.to_lowercase().as_str())
        };
        if let Some(bits) = bits {
            for (i, c) in counts.iter_mut().enumerate() {
                if bits & (1 << i) != 0 {
                    *c += 1;
                }
            }
        }
    }
}

/// The language a profile clearly points at: two hits or more, twice the runner-up.
fn clear_winner(profile: &[usize; PROFILED.len()]) -> Option<Lang> {
    let mut order: Vec<usize> = (0..PROFILED.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(profile[i]));
    let (best, second) = (profile[order[0]], profile[order[1]]);
    (best >= 2 && best >= 2 * second).then(|| PROFILED[order[0]])
}

/// Hits of `lang` in a profile (0 for a language without a word list).
fn hits(profile: &[usize; PROFILED.len()], lang: Lang) -> usize {
    PROFILED
        .iter()
        .position(|l| *l == lang)
        .map_or(0, |i| profile[i])
}

fn detect(text: &str) -> Option<Detected> {
    let info = detector().detect(text)?;
    Some(Detected { lang: info.lang() })
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Detected {
    lang: Lang,
}

/// What one pass over a text's letters tells.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Letters {
    /// Letters, with Han and kana counted three times (a word is 1–3 of them).
    weighted: usize,
    /// Share of letters that are Han or kana.
    cjk_share: f64,
    /// Any kana (Japanese, not Chinese).
    kana: bool,
    /// The script most letters are written in (coarse blocks; Han and kana together).
    script: u8,
}

fn letters(s: &str) -> Letters {
    let mut counts = [0usize; 10];
    let (mut all, mut kana) = (0usize, false);
    for c in s.chars() {
        let k = match c as u32 {
            0x41..=0x5A | 0x61..=0x7A => 0,
            0..=0x7F => continue,
            _ if !c.is_alphabetic() => continue,
            0x80..=0x24F | 0x1E00..=0x1EFF => 0,    // Latin
            0x370..=0x3FF => 1,                     // Greek
            0x400..=0x52F => 2,                     // Cyrillic
            0x590..=0x5FF => 3,                     // Hebrew
            0x600..=0x6FF | 0x750..=0x77F => 4,     // Arabic
            0x900..=0x97F => 5,                     // Devanagari
            0xE00..=0xE7F => 6,                     // Thai
            0xAC00..=0xD7AF | 0x1100..=0x11FF => 7, // Hangul
            0x3040..=0x30FF => {
                kana = true;
                8
            }
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => 8, // Han
            _ => 9,
        };
        all += 1;
        counts[k] += 1;
    }
    let mut script = 0;
    for (i, c) in counts.iter().enumerate() {
        if *c > counts[script] {
            script = i;
        }
    }
    Letters {
        weighted: all + 2 * counts[8],
        cjk_share: counts[8] as f64 / all.max(1) as f64,
        kana,
        script: script as u8,
    }
}

/// True when `answer` is in another language than `prompt`.
pub(crate) fn mismatch(prompt: &str, answer: &str, min_chars: usize) -> bool {
    // A prompt that asks for another language is checked last: most answers are in the
    // prompt's language, and the prompt can be long.
    differ(prompt, answer, min_chars) && !asks_for_language().is_some_and(|re| re.is_match(prompt))
}

/// True when prompt and answer are in different languages (whatever was asked).
fn differ(prompt: &str, answer: &str, min_chars: usize) -> bool {
    let ((p, profile_p), (a, profile_a)) = (prose_and_profile(prompt), prose_and_profile(answer));
    // Prompts are short: half the letters an answer needs (scripts tell languages apart
    // on little text; within a script the two-way detection below decides).
    let (lp, la) = (letters(&p), letters(&a));
    if lp.weighted < (min_chars / 2).max(8) || la.weighted < min_chars {
        return false;
    }
    // Chinese and Japanese share Han characters; kana mark Japanese.
    if lp.cjk_share >= 0.5 && la.cjk_share >= 0.5 {
        return lp.kana != la.kana;
    }
    let script = lp.script;
    if script != la.script {
        // Latin against Cyrillic, Han, Arabic…: different languages for sure.
        return true;
    }
    // Latin script: function words name the language of most texts plainly, and the
    // trigram detector (the expensive, and on short text the less reliable, part) is
    // only asked when they do not.
    let (wp, wa) = if script == 0 {
        (clear_winner(&profile_p), clear_winner(&profile_a))
    } else {
        (None, None)
    };
    if let (Some(x), Some(y)) = (wp, wa) {
        return x != y;
    }
    let (Some(dp), Some(da)) = (
        wp.or_else(|| detect(&p).map(|d| d.lang)),
        wa.or_else(|| detect(&a).map(|d| d.lang)),
    ) else {
        return false;
    };
    if dp == da {
        return false;
    }
    // The general detector's confidence is low on short text, so each side it named is
    // asked again between just the two candidates.
    let pair = Detector::with_allowlist(vec![dp, da]);
    let sure = |text: &str, lang: Lang, by_words: bool| {
        by_words
            || pair
                .detect(text)
                .is_some_and(|i| i.lang() == lang && i.confidence() >= 0.5)
    };
    // Text without function words needs to be long for the detector's guess to count.
    let words_agree = |profile, weighted: usize, lang, other, long: usize| {
        let (own, theirs) = (hits(profile, lang), hits(profile, other));
        own > theirs || (own == 0 && theirs == 0 && weighted >= long)
    };
    sure(&p, dp, wp.is_some())
        && sure(&a, da, wa.is_some())
        && words_agree(&profile_p, lp.weighted, dp, da, min_chars)
        && words_agree(&profile_a, la.weighted, da, dp, min_chars * 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_in_another_language_are_caught() {
        let en = "Can you explain how to configure the database connection pool for the service?";
        let es = "Claro, para configurar el grupo de conexiones de la base de datos debes editar el archivo de configuración y ajustar el tamaño máximo.";
        let de = "Natürlich, um den Verbindungspool der Datenbank zu konfigurieren, musst du die Konfigurationsdatei bearbeiten und die maximale Größe anpassen.";
        let ja = "データベースの接続プールを設定するには、設定ファイルを編集して最大サイズを調整してください。";
        let en_answer = "Sure. To configure the database connection pool, edit the configuration file and set the maximum pool size to match your workload.";
        assert!(mismatch(en, es, 40));
        assert!(mismatch(en, de, 40));
        assert!(mismatch(en, ja, 40));
        assert!(!mismatch(en, en_answer, 40));
        assert!(mismatch(es, en_answer, 40));
        // Asked for it: no mismatch.
        assert!(!mismatch(
            "Translate this into Spanish: how do I configure the pool?",
            es,
            40
        ));
        // Code does not count as language.
        let code = "```python\nimport os\nprint(os.environ['HOME'])\n```\nRun it as shown above, it prints your home directory.";
        assert!(!mismatch(en, code, 40));
        // Chinese asked, Japanese answered (and the other way round); Han alone is not enough.
        let zh = "怎样才能养成早起的习惯？";
        assert!(mismatch(zh, ja, 40));
        assert!(!mismatch(zh, "先把起床时间每天提前十五分钟，慢慢调整。晚上早点睡，睡前不要玩手机，早上起床后马上拉开窗帘晒晒太阳。", 40));
        // Identifiers are not words of a language.
        assert!(!mismatch(
            "Is it safe to delete node_modules?",
            "Yes. It only holds the installed packages, and running npm install rebuilds all of them from the lock file.",
            40
        ));
        // Words of no language (a mock model's salad) are not another language.
        assert!(!mismatch(
            "Hi, my name is Ann. The deployment failed on step 3 with a timeout talking to the database.",
            "Model quiet answer amber glass answer quiet light delta model stone stone",
            40
        ));
        // Too short to tell.
        assert!(!mismatch("Hola", "Hello there", 40));
    }
}
