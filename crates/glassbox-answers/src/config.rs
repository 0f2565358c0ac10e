//! `[answers]`: which checks run, their thresholds and extra refusal phrases, with
//! overrides per upstream (gateway calls) or per service (OTLP spans).
//!
//! ```toml
//! [answers]
//! checks = ["refusal", "truncated", "empty", "degenerate"]   # default: all
//! refusal_phrases = ["outside my area of expertise"]
//! language_min_chars = 40
//! leak_min_words = 20
//!
//! [answers.overrides.support-bot]   # a gateway upstream or a service.name
//! disable = ["language_mismatch"]
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::flags::{Flag, Flags};

/// The answer checks' settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AnswersConfig {
    /// `false` turns every check off.
    pub enabled: bool,
    /// The checks that run, by name; empty means all.
    pub checks: Vec<String>,
    /// Checks that do not run (applied after `checks`).
    pub disable: Vec<String>,
    /// Extra phrases that mark a refusal, matched case-insensitively near the start of
    /// an answer (or anywhere in a short one).
    pub refusal_phrases: Vec<String>,
    /// Letters each of prompt and answer needs before their languages are compared.
    pub language_min_chars: usize,
    /// Consecutive words of the system prompt an answer must repeat to count as a leak
    /// (a system prompt shorter than this leaks when repeated whole, from 10 words).
    pub leak_min_words: usize,
    /// A repetition loop at the end of an answer must cover at least this many words.
    pub loop_min_words: usize,
    /// Overrides by gateway upstream name or `service.name`: `checks`, `disable` and
    /// `refusal_phrases` replace (`checks`) or extend (`disable`, phrases) the above.
    pub overrides: BTreeMap<String, AnswersOverride>,
}

impl Default for AnswersConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            checks: Vec::new(),
            disable: Vec::new(),
            refusal_phrases: Vec::new(),
            language_min_chars: 40,
            leak_min_words: 20,
            loop_min_words: 12,
            overrides: BTreeMap::new(),
        }
    }
}

/// Settings for one upstream or service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AnswersOverride {
    /// The checks that run here (empty: as in `[answers]`).
    pub checks: Vec<String>,
    /// Checks turned off here.
    pub disable: Vec<String>,
    /// Refusal phrases added here.
    pub refusal_phrases: Vec<String>,
}

/// A setting that names something that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key}: {reason}")]
pub struct AnswersConfigError {
    /// The config key (`answers.checks[2]`).
    pub key: String,
    /// What is wrong and what is expected.
    pub reason: String,
}

fn parse_flags(key: &str, names: &[String]) -> Result<Flags, AnswersConfigError> {
    let mut set = Flags::NONE;
    for (i, n) in names.iter().enumerate() {
        match Flag::parse(n) {
            Some(f) => set.insert(f),
            None => {
                return Err(AnswersConfigError {
                    key: format!("{key}[{i}]"),
                    reason: format!(
                        "unknown check {n:?}; expected one of {}",
                        Flag::ALL.map(Flag::as_str).join(", ")
                    ),
                })
            }
        }
    }
    Ok(set)
}

impl AnswersConfig {
    /// The checks in force for `name` (an upstream or service; `None`: the defaults).
    pub fn enabled_for(&self, name: Option<&str>) -> Result<Flags, AnswersConfigError> {
        if !self.enabled {
            return Ok(Flags::NONE);
        }
        let mut set = if self.checks.is_empty() {
            Flags::all()
        } else {
            parse_flags("answers.checks", &self.checks)?
        };
        for f in parse_flags("answers.disable", &self.disable)?.iter() {
            set.remove(f);
        }
        if let Some((key, o)) = name.and_then(|n| self.overrides.get_key_value(n)) {
            if !o.checks.is_empty() {
                set = parse_flags(&format!("answers.overrides.{key}.checks"), &o.checks)?;
            }
            for f in parse_flags(&format!("answers.overrides.{key}.disable"), &o.disable)?.iter() {
                set.remove(f);
            }
        }
        Ok(set)
    }

    /// Checks every name and threshold; the error names the key.
    pub fn validate(&self) -> Result<(), AnswersConfigError> {
        self.enabled_for(None)?;
        for name in self.overrides.keys() {
            self.enabled_for(Some(name))?;
        }
        let positive = [
            ("answers.language_min_chars", self.language_min_chars),
            ("answers.leak_min_words", self.leak_min_words),
            ("answers.loop_min_words", self.loop_min_words),
        ];
        for (key, v) in positive {
            if v == 0 {
                return Err(AnswersConfigError {
                    key: key.into(),
                    reason: "must be at least 1".into(),
                });
            }
        }
        let phrases = self
            .refusal_phrases
            .iter()
            .map(|p| ("answers.refusal_phrases", p));
        let more = self.overrides.values().flat_map(|o| {
            o.refusal_phrases
                .iter()
                .map(|p| ("answers.overrides.*.refusal_phrases", p))
        });
        for (key, p) in phrases.chain(more) {
            if p.trim().chars().count() < 4 {
                return Err(AnswersConfigError {
                    key: key.into(),
                    reason: format!(
                        "phrase {p:?} is too short to mean a refusal (4 characters or more)"
                    ),
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn checks_disable_and_overrides_compose() {
        let c: AnswersConfig = serde_json::from_value(serde_json::json!({
            "disable": ["language_mismatch"],
            "overrides": {"bot": {"checks": ["refusal", "empty"], "disable": ["empty"]}}
        }))
        .unwrap();
        let d = c.enabled_for(None).unwrap();
        assert!(!d.contains(Flag::LanguageMismatch) && d.contains(Flag::Refusal));
        assert_eq!(c.enabled_for(Some("bot")).unwrap().names(), vec!["refusal"]);
        assert_eq!(c.enabled_for(Some("other")).unwrap(), d);
    }

    #[test]
    fn unknown_names_and_bad_thresholds_name_their_key() {
        let c = AnswersConfig {
            checks: vec!["refusal".into(), "refusals".into()],
            ..AnswersConfig::default()
        };
        let e = c.validate().unwrap_err();
        assert_eq!(e.key, "answers.checks[1]");
        assert!(e.reason.contains("refusal, truncated"), "{e}");
        let c = AnswersConfig {
            leak_min_words: 0,
            ..AnswersConfig::default()
        };
        assert_eq!(c.validate().unwrap_err().key, "answers.leak_min_words");
        let c = AnswersConfig {
            refusal_phrases: vec!["no".into()],
            ..AnswersConfig::default()
        };
        assert_eq!(c.validate().unwrap_err().key, "answers.refusal_phrases");
    }
}
