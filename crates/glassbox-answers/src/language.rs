//! Language mismatch: the answer is in another language than the user wrote in.
//!
//! Detection (`whatlang`, trigram profiles) runs on the prose only — code blocks,
//! inline code and URLs removed — over at most the first 600 bytes of each side, among
//! the languages people most often talk to models in. Prompts that ask for another
//! language ("translate…", "answer in English") are not compared.

use std::sync::OnceLock;

use regex::Regex;
use whatlang::{Detector, Lang, Script};

use crate::refusal::floor_char_boundary;

const SAMPLE_BYTES: usize = 600;

/// Words that ask for an answer in another language.
fn asks_for_language() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)translat|traduc|traduz|tradu[iï]|übersetz|ubersetz|vertaal|przetłumacz|переве|翻译|翻訳|번역|\b(?:in|into|en|auf|em|in)\s+(?:english|spanish|french|german|italian|portuguese|japanese|chinese|korean|russian|dutch|polish|arabic|hindi|inglés|ingles|español|francés|alemán|anglais|espagnol|allemand|français|englisch|spanisch|französisch|deutsch|inglês|espanhol|francês|alemão|inglese|spagnolo|francese|tedesco)\b|英語で|英文|用英语|中文回答|日本語で",
        )
        .ok()
    })
    .as_ref()
}

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| {
        Detector::with_allowlist(vec![
            Lang::Eng,
            Lang::Spa,
            Lang::Por,
            Lang::Fra,
            Lang::Deu,
            Lang::Ita,
            Lang::Nld,
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
        ])
    })
}

/// Prose of `text`: fenced code, inline code and URLs left out, capped near
/// [`SAMPLE_BYTES`].
fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(SAMPLE_BYTES) + 16);
    let mut in_fence = false;
    for line in text.lines() {
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
                if word.contains("://") || word.starts_with("www.") {
                    continue;
                }
                out.push_str(word);
                out.push(' ');
            }
        }
        if out.len() >= SAMPLE_BYTES {
            break;
        }
    }
    let end = floor_char_boundary(&out, SAMPLE_BYTES);
    out.truncate(end);
    out
}

/// Han and kana count for more than one letter each (a word is 1–3 of them).
fn weighted_letters(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if crate::degenerate::is_caseless_script(c) {
                3
            } else {
                usize::from(c.is_alphabetic())
            }
        })
        .sum()
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Detected {
    lang: Lang,
    script: Script,
}

fn detect(text: &str) -> Option<Detected> {
    let info = detector().detect(text)?;
    Some(Detected {
        lang: info.lang(),
        script: info.script(),
    })
}

/// Languages that are the same for this purpose (the detector mixes them on short text).
fn same_family(a: Lang, b: Lang) -> bool {
    use Lang::*;
    a == b || matches!((a, b), (Rus, Ukr) | (Ukr, Rus) | (Jpn, Cmn) | (Cmn, Jpn))
}

/// True when `answer` is in another language than `prompt`.
pub(crate) fn mismatch(prompt: &str, answer: &str, min_chars: usize) -> bool {
    if asks_for_language().is_some_and(|re| re.is_match(prompt)) {
        return false;
    }
    let (p, a) = (prose(prompt), prose(answer));
    if weighted_letters(&p) < min_chars || weighted_letters(&a) < min_chars {
        return false;
    }
    let (Some(dp), Some(da)) = (detect(&p), detect(&a)) else {
        return false;
    };
    if dp.script != da.script {
        // Latin against Cyrillic, Han, Arabic…: different languages for sure, unless the
        // answer is mostly code or names (then it is short in prose, handled above).
        let mixed_cjk = matches!(
            (dp.script, da.script),
            (Script::Mandarin, Script::Katakana | Script::Hiragana)
                | (Script::Katakana | Script::Hiragana, Script::Mandarin)
                | (Script::Katakana, Script::Hiragana)
                | (Script::Hiragana, Script::Katakana)
        );
        return !mixed_cjk;
    }
    if same_family(dp.lang, da.lang) {
        return false;
    }
    // Same script, different language: only when both are clear and long enough to tell.
    // Same script, different language: the general detector's confidence is low on short
    // text, so each side is asked again between just the two candidates.
    let pair = Detector::with_allowlist(vec![dp.lang, da.lang]);
    let sure = |text: &str, lang: Lang| {
        pair.detect(text)
            .is_some_and(|i| i.lang() == lang && i.confidence() >= 0.5)
    };
    sure(&p, dp.lang) && sure(&a, da.lang)
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
        // Too short to tell.
        assert!(!mismatch("Hola", "Hello there", 40));
    }
}
