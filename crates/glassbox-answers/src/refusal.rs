//! Refusals: the model declined. Refusals open an answer ("I'm sorry, but I can't…",
//! "As an AI language model…"), so only the head is searched, or the whole of a short
//! answer; one case-insensitive regex over at most a few hundred bytes.

use regex::{Regex, RegexBuilder};

/// Bytes from the start searched in a long answer.
const HEAD_BYTES: usize = 320;
/// Answers up to this long are searched whole.
const SHORT_BYTES: usize = 700;

/// English: a first person "can't / won't / unable" followed by a verb of helping.
const ENGLISH: &str = r"(?-u:\b)i(?:\s+am|'m)?\s+(?:really\s+|truly\s+)?(?:can't|cannot|can\s+not|won't|will\s+not|won't\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|am\s+unable\s+to|'m\s+unable\s+to|unable\s+to|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|not\s+able\s+to|must\s+decline\s+to|have\s+to\s+decline\s+to|am\s+not\s+allowed\s+to|'m\s+not\s+allowed\s+to|am\s+not\s+permitted\s+to|'m\s+not\s+permitted\s+to)\s+(?:(?:help|assist)(?:\s+you)?\s+with|help\s+(?:you\s+)?(?:with\s+)?(?:that|this)|assist\s+(?:you\s+)?(?:with\s+)?(?:that|this)|provide|comply|fulfil|fulfill|do\s+(?:that|this)|answer\s+(?:that|this)|create|write|generate|share|engage|support\s+(?:that|this)|discuss|give\s+(?:you\s+)?(?:advice|instructions|information)|offer|continue\s+(?:with\s+)?(?:this|that)|complete\s+(?:this|that)|participate|produce|recommend|be\s+of\s+assistance|go\s+along\s+with|take\s+part)";

/// German: "kann ich (dir / Ihnen / leider / dabei …) nicht".
const GERMAN: &str = r"(?:kann|darf|werde)\s+ich\s+(?:(?:dir|ihnen|euch|leider|dabei|hier|das|damit|so|ihnen)\s+){0,3}(?:nicht|keine)\s+(?:helfen|tun|beantworten|geben|machen|liefern|erstellen|anbieten|unterstützen|weiterhelfen|sagen)";

/// Phrases that mean a refusal in every language they are written in.
const PHRASES: &[&str] = &[
    // English
    "as an ai language model",
    "as an ai model",
    "as an ai assistant, i can",
    "as an ai, i can",
    "as a language model, i",
    "i must decline",
    "i have to decline",
    "i'm going to have to decline",
    "i'm not comfortable",
    "i am not comfortable",
    "it would not be appropriate for me",
    "it wouldn't be appropriate for me",
    "against my guidelines",
    "against my programming",
    "goes against my guidelines",
    "i'm sorry, but i can't",
    "i'm sorry, but i cannot",
    "sorry, but i can't",
    "sorry, but i cannot",
    "i apologize, but i can't",
    "i apologize, but i cannot",
    "this request violates",
    "i can't help with that",
    "i can't help with this",
    "that's not something i can help with",
    "that is not something i can help with",
    "not something i can assist with",
    // Spanish
    "lo siento, pero no puedo",
    "lo siento, no puedo",
    "no puedo ayudarte con",
    "no puedo ayudar con",
    "no puedo ayudarle con",
    "no puedo proporcionar",
    "no puedo asistir",
    "no puedo cumplir",
    "no puedo hacer eso",
    "no puedo responder a eso",
    "no puedo responder a esa",
    "no puedo ayudar con eso",
    "como modelo de lenguaje",
    "como una ia, no",
    "como ia, no",
    "no me es posible ayudar",
    "no estoy en condiciones de",
    "lamentablemente, no puedo",
    "lamentablemente no puedo",
    // German
    "es tut mir leid, aber ich kann",
    "tut mir leid, aber ich kann",
    "ich kann dir dabei nicht helfen",
    "ich kann ihnen dabei nicht helfen",
    "ich kann dabei nicht helfen",
    "ich kann ihnen nicht helfen",
    "ich kann dir nicht helfen",
    "ich kann keine anleitung",
    "ich kann keine informationen",
    "dabei kann ich nicht helfen",
    "als ki-sprachmodell",
    "als sprachmodell kann ich",
    "als ki kann ich",
    "ich bin nicht in der lage",
    "das kann ich nicht tun",
    "leider kann ich dir dabei",
    "leider kann ich ihnen dabei",
    "leider kann ich diese anfrage",
    "leider kann ich das nicht",
    // French
    "je suis désolé, mais je ne peux pas",
    "je suis désolée, mais je ne peux pas",
    "désolé, mais je ne peux pas",
    "désolée, mais je ne peux pas",
    "je ne peux pas vous aider",
    "je ne peux pas t'aider",
    "je ne peux pas fournir",
    "je ne peux pas répondre à",
    "je ne peux pas faire cela",
    "je ne peux pas accéder à cette demande",
    "je ne suis pas en mesure de",
    "en tant qu'ia",
    "en tant qu'intelligence artificielle",
    "en tant que modèle de langage",
    // Portuguese
    "desculpe, mas não posso",
    "lamento, mas não posso",
    "não posso ajudar com",
    "não posso te ajudar",
    "não posso ajudá-lo",
    "não posso ajudar nisso",
    "não posso fornecer",
    "não posso atender",
    "não posso responder a",
    "não consigo ajudar com",
    "como modelo de linguagem",
    "como uma ia, não",
    "infelizmente, não posso",
    "infelizmente não posso",
    "não tenho permissão para",
    // Italian
    "mi dispiace, ma non posso",
    "mi dispiace, non posso",
    "non posso aiutarti",
    "non posso aiutarla",
    "non posso aiutare con",
    "non posso fornire",
    "non posso rispondere a",
    "non sono in grado di",
    "come modello linguistico",
    "come modello di linguaggio",
    "come intelligenza artificiale, non",
    "purtroppo non posso",
    // Japanese
    "お手伝いできません",
    "お手伝いすることはできません",
    "お答えできません",
    "お答えすることはできません",
    "対応できません",
    "提供できません",
    "提供することはできません",
    "できかねます",
    "いたしかねます",
    "ai言語モデルとして",
    // 〜かねます: the polite "cannot" after any verb stem.
    "かねます",
    "aiとして,",
    // Chinese
    "抱歉,我无法",
    "抱歉,我不能",
    "很抱歉,我无法",
    "很抱歉,我不能",
    "对不起,我无法",
    "对不起,我不能",
    "我无法帮助",
    "我不能帮助",
    "我无法提供",
    "我不能提供",
    "我无法协助",
    "我不能协助",
    "我无法回答",
    "我不能回答",
    "作为一个ai",
    "作为一个人工智能",
    "作为人工智能",
    "作为ai语言模型",
    "无法满足您的要求",
    "無法協助",
    "我無法",
];

/// A compiled refusal matcher.
pub(crate) struct Refusals {
    re: Regex,
}

impl Refusals {
    /// The built-in phrases plus `extra` (matched literally, case-insensitively).
    pub(crate) fn new<'a>(extra: impl IntoIterator<Item = &'a str>) -> Result<Self, regex::Error> {
        let mut pattern = format!("{ENGLISH}|{GERMAN}");
        for p in PHRASES
            .iter()
            .copied()
            .chain(extra.into_iter().map(str::trim))
        {
            pattern.push('|');
            pattern.push_str(&regex::escape(&p.to_lowercase()));
        }
        let re = RegexBuilder::new(&pattern)
            .case_insensitive(true)
            .size_limit(32 << 20)
            .build()?;
        Ok(Self { re })
    }

    /// True when `answer` is a refusal.
    pub(crate) fn is_refusal(&self, answer: &str) -> bool {
        let trimmed = answer.trim_start();
        let head = if trimmed.len() <= SHORT_BYTES {
            trimmed
        } else {
            &trimmed[..floor_char_boundary(trimmed, HEAD_BYTES)]
        };
        if !head.is_ascii() {
            // Typographic apostrophes, full-width and ideographic commas, as models write
            // them, read as their ASCII forms (the phrases are written that way).
            let normal: String = head
                .chars()
                .map(|c| match c {
                    '\u{2019}' | '\u{2018}' => '\'',
                    '\u{ff0c}' | '\u{3001}' => ',',
                    c => c,
                })
                .collect();
            return self.re.is_match(&normal);
        }
        self.re.is_match(head)
    }
}

/// The largest char boundary at or below `i`.
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn refusals_in_many_languages_and_not_helpful_answers() {
        let r = Refusals::new(["outside my remit"]).unwrap();
        for yes in [
            "I'm sorry, but I can't help with that.",
            "I can\u{2019}t assist with that request.",
            "As an AI language model, I do not have opinions.",
            "I am unable to provide instructions for that.",
            "Lo siento, pero no puedo ayudar con eso.",
            "Es tut mir leid, aber ich kann dabei nicht helfen.",
            "Je suis désolé, mais je ne peux pas répondre à cette question.",
            "Desculpe, mas não posso ajudar com isso.",
            "Mi dispiace, ma non posso aiutarti con questa richiesta.",
            "Das kann ich dir leider nicht beantworten.",
            "そのご質問にはお答えしかねます。",
            "申し訳ありませんが、そのご依頼にはお答えできません。",
            "抱歉，我无法协助完成这个请求。",
            "That is outside my remit.",
        ] {
            assert!(r.is_refusal(yes), "{yes}");
        }
        for no in [
            "Sure! Here's how to reverse a list in Python: use reversed().",
            "I can't stress enough how important tests are. Here is a plan.",
            "If the build fails with 'cannot find crate', run cargo update.",
            "Leider gibt es dafür keine einfache Lösung, aber so geht es: …",
            "我可以帮你写这个函数。",
        ] {
            assert!(!r.is_refusal(no), "{no}");
        }
        // Deep in a long answer, quoting a refusal is not one.
        let long = format!(
            "{} The bot replied \"I can't help with that\".",
            "Fine. ".repeat(200)
        );
        assert!(!r.is_refusal(&long));
    }
}
