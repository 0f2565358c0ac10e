//! What a model call cost, in US dollars, from a dated price table.
//!
//! Token classes are counted once each. Following the GenAI semantic conventions (and
//! OpenAI's usage), `gen_ai.usage.input_tokens` includes cached reads and cache writes,
//! and output tokens include reasoning tokens:
//!
//! ```text
//! cost = (input − cache_read − cache_write) × input price
//!      + cache_read × cached input price + cache_write × cache write price
//!      + output × output price            (reasoning tokens are part of output)
//! ```
//!
//! The built-in table ([`BUILTIN_AS_OF`]) holds list prices of common models; a config
//! overrides or extends it. A model matches its own entry or the longest entry its name
//! starts with (`gpt-4o-2024-08-06` → `gpt-4o`, `gpt-4o-mini-…` → `gpt-4o-mini`); a
//! `provider/` prefix (`openai/gpt-4o`) is ignored.

use serde::{Deserialize, Serialize};

/// The date the built-in prices were taken from the providers' price lists.
pub const BUILTIN_AS_OF: &str = "2025-08-15";

/// Prices of one model, US dollars per million tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelPrice {
    /// Model name or name prefix (`gpt-4o`, `claude-sonnet-4`).
    pub model: String,
    /// Input tokens.
    pub input: f64,
    /// Output tokens (reasoning included).
    pub output: f64,
    /// Input tokens read from the provider's prompt cache; the input price when absent.
    #[serde(default)]
    pub cached_input: Option<f64>,
    /// Input tokens written to the prompt cache; the input price when absent.
    #[serde(default)]
    pub cache_write: Option<f64>,
}

impl ModelPrice {
    /// The cost of `usage` at these prices, US dollars.
    pub fn cost(&self, usage: Usage) -> f64 {
        let cached = usage.cache_read.min(usage.input);
        let writes = usage.cache_write.min(usage.input - cached);
        let plain = usage.input - cached - writes;
        let per = |tokens: u64, price: f64| tokens as f64 * price / 1e6;
        per(plain, self.input)
            + per(cached, self.cached_input.unwrap_or(self.input))
            + per(writes, self.cache_write.unwrap_or(self.input))
            + per(usage.output, self.output)
    }
}

/// Token counts of one call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// All input tokens (cached reads and cache writes included).
    pub input: u64,
    /// Output tokens (reasoning included).
    pub output: u64,
    /// Input tokens read from the cache.
    pub cache_read: u64,
    /// Input tokens written to the cache.
    pub cache_write: u64,
}

/// A price table: the built-in one, a config's, or both.
#[derive(Debug, Clone, Default)]
pub struct PriceTable {
    /// Sorted by name length, longest first, so the first prefix match is the longest.
    entries: Vec<ModelPrice>,
}

macro_rules! p {
    ($m:expr, $i:expr, $o:expr) => {
        ModelPrice {
            model: $m.into(),
            input: $i,
            output: $o,
            cached_input: None,
            cache_write: None,
        }
    };
    ($m:expr, $i:expr, $o:expr, $c:expr) => {
        ModelPrice {
            model: $m.into(),
            input: $i,
            output: $o,
            cached_input: Some($c),
            cache_write: None,
        }
    };
    ($m:expr, $i:expr, $o:expr, $c:expr, $w:expr) => {
        ModelPrice {
            model: $m.into(),
            input: $i,
            output: $o,
            cached_input: Some($c),
            cache_write: Some($w),
        }
    };
}

/// List prices as of [`BUILTIN_AS_OF`] (standard tier, short context).
fn builtin() -> Vec<ModelPrice> {
    vec![
        // OpenAI
        p!("gpt-5", 1.25, 10.0, 0.125),
        p!("gpt-5-mini", 0.25, 2.0, 0.025),
        p!("gpt-5-nano", 0.05, 0.40, 0.005),
        p!("gpt-4.1", 2.0, 8.0, 0.50),
        p!("gpt-4.1-mini", 0.40, 1.60, 0.10),
        p!("gpt-4.1-nano", 0.10, 0.40, 0.025),
        p!("gpt-4o", 2.50, 10.0, 1.25),
        p!("gpt-4o-mini", 0.15, 0.60, 0.075),
        p!("gpt-4-turbo", 10.0, 30.0),
        p!("gpt-3.5-turbo", 0.50, 1.50),
        p!("o1", 15.0, 60.0, 7.50),
        p!("o1-mini", 1.10, 4.40, 0.55),
        p!("o3", 2.0, 8.0, 0.50),
        p!("o3-mini", 1.10, 4.40, 0.55),
        p!("o4-mini", 1.10, 4.40, 0.275),
        p!("text-embedding-3-small", 0.02, 0.0),
        p!("text-embedding-3-large", 0.13, 0.0),
        p!("text-embedding-ada-002", 0.10, 0.0),
        // Anthropic (cache writes: 5-minute cache)
        p!("claude-opus-4", 15.0, 75.0, 1.50, 18.75),
        p!("claude-sonnet-4", 3.0, 15.0, 0.30, 3.75),
        p!("claude-3-7-sonnet", 3.0, 15.0, 0.30, 3.75),
        p!("claude-3-5-sonnet", 3.0, 15.0, 0.30, 3.75),
        p!("claude-3-5-haiku", 0.80, 4.0, 0.08, 1.0),
        p!("claude-3-haiku", 0.25, 1.25, 0.03, 0.30),
        p!("claude-3-opus", 15.0, 75.0, 1.50, 18.75),
        // Google (up to 200k tokens of context)
        p!("gemini-2.5-pro", 1.25, 10.0, 0.31),
        p!("gemini-2.5-flash", 0.30, 2.50, 0.075),
        p!("gemini-2.5-flash-lite", 0.10, 0.40, 0.025),
        p!("gemini-2.0-flash", 0.10, 0.40, 0.025),
        p!("gemini-1.5-pro", 1.25, 5.0),
        p!("gemini-1.5-flash", 0.075, 0.30),
        // Mistral
        p!("mistral-large", 2.0, 6.0),
        p!("mistral-medium", 0.40, 2.0),
        p!("mistral-small", 0.10, 0.30),
    ]
}

/// A price entry that is not usable.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("pricing.models[{index}]: {reason}")]
pub struct PriceError {
    /// Position in the config list.
    pub index: usize,
    /// What is wrong.
    pub reason: String,
}

impl PriceTable {
    /// The built-in table with `overrides` on top (same model name: replaced).
    pub fn with_builtin(overrides: &[ModelPrice]) -> Result<Self, PriceError> {
        let mut entries = builtin();
        for (index, o) in overrides.iter().enumerate() {
            let bad = |reason: String| PriceError { index, reason };
            if o.model.trim().is_empty() {
                return Err(bad(
                    "`model` must name a model or a model name prefix".into()
                ));
            }
            let prices = [Some(o.input), Some(o.output), o.cached_input, o.cache_write];
            if prices.iter().flatten().any(|p| !p.is_finite() || *p < 0.0) {
                return Err(bad(format!(
                    "prices of {} must be dollars per million tokens, 0 or more",
                    o.model
                )));
            }
            entries.retain(|e| e.model != o.model);
            entries.push(o.clone());
        }
        Ok(Self::from_entries(entries))
    }

    /// A table of exactly `entries`.
    pub fn from_entries(mut entries: Vec<ModelPrice>) -> Self {
        entries.sort_by(|a, b| {
            b.model
                .len()
                .cmp(&a.model.len())
                .then(a.model.cmp(&b.model))
        });
        Self { entries }
    }

    /// The entry for `model`: its own, or the longest one it starts with (at a `-`, `.`,
    /// `:` or `@` boundary, so `o1` does not price `o1x`). `None` when unknown.
    pub fn lookup(&self, model: &str) -> Option<&ModelPrice> {
        // Case-insensitive without allocating: this runs for every model span.
        let name = model.rsplit('/').next().unwrap_or(model).as_bytes();
        self.entries.iter().find(|e| {
            let m = e.model.as_bytes();
            name.len() >= m.len()
                && name[..m.len()].eq_ignore_ascii_case(m)
                && matches!(name.get(m.len()), None | Some(b'-' | b'.' | b':' | b'@'))
        })
    }

    /// The cost of `usage` on `model`, US dollars; `None` when the model is not in the
    /// table.
    pub fn cost(&self, model: &str, usage: Usage) -> Option<f64> {
        Some(self.lookup(model)?.cost(usage))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn longest_prefix_wins_and_versions_match() {
        let t = PriceTable::with_builtin(&[]).unwrap();
        assert_eq!(t.lookup("gpt-4o").unwrap().model, "gpt-4o");
        assert_eq!(t.lookup("gpt-4o-2024-08-06").unwrap().model, "gpt-4o");
        assert_eq!(
            t.lookup("gpt-4o-mini-2024-07-18").unwrap().model,
            "gpt-4o-mini"
        );
        assert_eq!(t.lookup("openai/GPT-4o").unwrap().model, "gpt-4o");
        assert_eq!(
            t.lookup("claude-sonnet-4-20250514").unwrap().model,
            "claude-sonnet-4"
        );
        assert!(t.lookup("o1x").is_none());
        assert!(t.lookup("my-finetune").is_none());
    }

    #[test]
    fn cached_writes_and_reasoning_tokens_are_counted_once() {
        let t = PriceTable::with_builtin(&[]).unwrap();
        // gpt-4o: 1,000 input of which 400 cached, 500 output of which 200 reasoning.
        let c = t
            .cost(
                "gpt-4o",
                Usage {
                    input: 1000,
                    output: 500,
                    cache_read: 400,
                    cache_write: 0,
                },
            )
            .unwrap();
        let by_hand = 600.0 * 2.50 / 1e6 + 400.0 * 1.25 / 1e6 + 500.0 * 10.0 / 1e6;
        assert!((c - by_hand).abs() < 1e-12, "{c} vs {by_hand}");
        // claude-sonnet-4: 10,000 input = 2,000 plain + 3,000 read + 5,000 written.
        let c = t
            .cost(
                "claude-sonnet-4-20250514",
                Usage {
                    input: 10_000,
                    output: 1_000,
                    cache_read: 3_000,
                    cache_write: 5_000,
                },
            )
            .unwrap();
        let by_hand =
            2000.0 * 3.0 / 1e6 + 3000.0 * 0.30 / 1e6 + 5000.0 * 3.75 / 1e6 + 1000.0 * 15.0 / 1e6;
        assert!((c - by_hand).abs() < 1e-12, "{c} vs {by_hand}");
        // Counts that do not add up are clamped, never negative.
        let c = t
            .cost(
                "gpt-4o",
                Usage {
                    input: 10,
                    output: 0,
                    cache_read: 50,
                    cache_write: 50,
                },
            )
            .unwrap();
        assert!((c - 10.0 * 1.25 / 1e6).abs() < 1e-15);
    }

    #[test]
    fn overrides_replace_and_bad_prices_name_their_entry() {
        let mine = ModelPrice {
            model: "gpt-4o".into(),
            input: 1.0,
            output: 2.0,
            cached_input: None,
            cache_write: None,
        };
        let t = PriceTable::with_builtin(std::slice::from_ref(&mine)).unwrap();
        assert_eq!(t.lookup("gpt-4o").unwrap(), &mine);
        let bad = ModelPrice {
            input: -1.0,
            ..mine
        };
        let e = PriceTable::with_builtin(&[bad]).unwrap_err();
        assert_eq!(e.index, 0);
        assert!(e.to_string().starts_with("pricing.models[0]"), "{e}");
    }
}
