//! The answer-health flags, as a small bit set.

use std::fmt;

/// One thing that can be wrong with an answer behind a `200 OK`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    /// The model declined ("I can't help with that", "As an AI…").
    Refusal,
    /// Cut off: `finish_reason = length`, max tokens reached mid-sentence, JSON or code
    /// that stops before it closes.
    Truncated,
    /// Nothing but whitespace or punctuation (and no tool call).
    Empty,
    /// Repetition loops, runs of one character, replacement characters, mojibake.
    Degenerate,
    /// The answer is in another language than the user's message.
    LanguageMismatch,
    /// JSON was asked for (`response_format`, a tool call) and the output does not parse.
    InvalidJson,
    /// The output parses but does not match the requested JSON Schema.
    SchemaViolation,
    /// The safety rules (toxicity lexicon, custom rules) match the answer.
    ToxicOutput,
    /// The answer holds personal data the prompt did not contain.
    PiiEcho,
    /// A long stretch of the system prompt is repeated in the answer.
    SystemPromptLeak,
}

impl Flag {
    /// Every flag, in bit order.
    pub const ALL: [Flag; 10] = [
        Flag::Refusal,
        Flag::Truncated,
        Flag::Empty,
        Flag::Degenerate,
        Flag::LanguageMismatch,
        Flag::InvalidJson,
        Flag::SchemaViolation,
        Flag::ToxicOutput,
        Flag::PiiEcho,
        Flag::SystemPromptLeak,
    ];

    /// The name used in attributes, metrics labels, filters and config.
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Refusal => "refusal",
            Flag::Truncated => "truncated",
            Flag::Empty => "empty",
            Flag::Degenerate => "degenerate",
            Flag::LanguageMismatch => "language_mismatch",
            Flag::InvalidJson => "invalid_json",
            Flag::SchemaViolation => "schema_violation",
            Flag::ToxicOutput => "toxic_output",
            Flag::PiiEcho => "pii_echo",
            Flag::SystemPromptLeak => "system_prompt_leak",
        }
    }

    /// Parses a flag name; `None` for anything else.
    pub fn parse(name: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// Position in [`Flag::ALL`] (and in per-flag counter arrays).
    pub fn index(self) -> usize {
        self as usize
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of [`Flag`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Flags(u16);

impl Flags {
    /// No flag.
    pub const NONE: Flags = Flags(0);

    /// Every flag.
    pub fn all() -> Flags {
        Flag::ALL.into_iter().collect()
    }

    /// Adds `flag`.
    pub fn insert(&mut self, flag: Flag) {
        self.0 |= flag.bit();
    }

    /// Removes `flag`.
    pub fn remove(&mut self, flag: Flag) {
        self.0 &= !flag.bit();
    }

    /// True when `flag` is in the set.
    pub fn contains(self, flag: Flag) -> bool {
        self.0 & flag.bit() != 0
    }

    /// True when no flag is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Number of flags set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The flags in both sets.
    pub fn intersect(self, other: Flags) -> Flags {
        Flags(self.0 & other.0)
    }

    /// The flags set, in bit order.
    pub fn iter(self) -> impl Iterator<Item = Flag> {
        Flag::ALL.into_iter().filter(move |f| self.contains(*f))
    }

    /// The names of the flags set, in bit order.
    pub fn names(self) -> Vec<&'static str> {
        self.iter().map(Flag::as_str).collect()
    }
}

impl FromIterator<Flag> for Flags {
    fn from_iter<I: IntoIterator<Item = Flag>>(iter: I) -> Self {
        let mut s = Flags::NONE;
        for f in iter {
            s.insert(f);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_sets_behave() {
        for f in Flag::ALL {
            assert_eq!(Flag::parse(f.as_str()), Some(f));
        }
        assert_eq!(Flag::parse("nope"), None);
        let mut s = Flags::NONE;
        s.insert(Flag::Truncated);
        s.insert(Flag::InvalidJson);
        assert_eq!(s.names(), vec!["truncated", "invalid_json"]);
        assert_eq!(s.len(), 2);
        s.remove(Flag::Truncated);
        assert!(!s.contains(Flag::Truncated));
        assert_eq!(Flags::all().len(), Flag::ALL.len());
    }
}
