//! Measuring topics on a labelled set: JSONL lines `{"intent": "…", "text": "…"}`, each
//! text redacted first (as the pipeline does), then assigned a topic.
//!
//! - same-intent pairs that share a topic id (want high: paraphrases meet);
//! - different-intent pairs that share one (want low: requests stay apart).

use std::collections::{BTreeMap, HashMap};

use super::Topics;
use crate::{Redactor, Source};

/// What a labelled set measured.
#[derive(Debug, Clone)]
pub struct TopicReport {
    /// Labelled texts read.
    pub texts: usize,
    /// Distinct intents.
    pub intents: usize,
    /// Distinct topic ids assigned.
    pub topics: usize,
    /// Texts that got no topic.
    pub unassigned: usize,
    /// Same-intent pairs sharing a topic / all same-intent pairs.
    pub same_rate: f64,
    /// Different-intent pairs sharing a topic / all different-intent pairs.
    pub different_rate: f64,
    /// Per intent: the share of its pairs that meet, and its most common frame.
    pub per_intent: Vec<(String, f64, String)>,
}

/// A line that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct EvalError {
    /// 1-based line number.
    pub line: usize,
    /// What was wrong.
    pub reason: String,
}

fn pairs(n: usize) -> f64 {
    (n * n.saturating_sub(1) / 2) as f64
}

/// Scores `jsonl` (see the module docs).
pub fn evaluate(
    topics: &Topics,
    redactor: &Redactor,
    jsonl: &str,
) -> Result<TopicReport, EvalError> {
    // intent -> frame -> count, and topic id -> intent -> count
    let mut by_intent: BTreeMap<String, HashMap<String, usize>> = BTreeMap::new();
    let mut by_topic: HashMap<String, HashMap<String, usize>> = HashMap::new();
    let mut texts = 0;
    let mut unassigned = 0;
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |reason: &str| EvalError {
            line: i + 1,
            reason: reason.to_string(),
        };
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| err(&format!("not JSON: {e}")))?;
        let intent = v["intent"]
            .as_str()
            .ok_or_else(|| err("`intent` must be a string"))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| err("`text` must be a string"))?;
        texts += 1;
        let redacted = redactor.redact_str(text, Source::Other);
        let frame = topics.frame(&redacted).unwrap_or_default();
        *by_intent
            .entry(intent.to_string())
            .or_default()
            .entry(frame)
            .or_default() += 1;
        match topics.assign(&redacted) {
            Some(t) => {
                *by_topic
                    .entry(t.id)
                    .or_default()
                    .entry(intent.to_string())
                    .or_default() += 1;
            }
            None => unassigned += 1,
        }
    }
    let mut same_total = 0.0;
    let mut per_intent = Vec::new();
    let mut intent_sizes: HashMap<&str, usize> = HashMap::new();
    for (intent, frames) in &by_intent {
        let n: usize = frames.values().sum();
        intent_sizes.insert(intent, n);
        same_total += pairs(n);
        let met: f64 = frames
            .iter()
            .filter(|(f, _)| !f.is_empty())
            .map(|(_, &c)| pairs(c))
            .sum();
        let top = frames
            .iter()
            .max_by_key(|(f, c)| (**c, std::cmp::Reverse((*f).clone())))
            .map(|(f, c)| format!("{f} ({c}/{n})"))
            .unwrap_or_default();
        per_intent.push((
            intent.clone(),
            if n > 1 { met / pairs(n) } else { 1.0 },
            top,
        ));
    }
    let mut same_met = 0.0;
    let mut different_met = 0.0;
    for intents in by_topic.values() {
        let n: usize = intents.values().sum();
        let within: f64 = intents.values().map(|&c| pairs(c)).sum();
        same_met += within;
        different_met += pairs(n) - within;
    }
    let different_total = pairs(texts) - same_total;
    Ok(TopicReport {
        texts,
        intents: by_intent.len(),
        topics: by_topic.len(),
        unassigned,
        same_rate: if same_total > 0.0 {
            same_met / same_total
        } else {
            0.0
        },
        different_rate: if different_total > 0.0 {
            different_met / different_total
        } else {
            0.0
        },
        per_intent,
    })
}

impl TopicReport {
    /// The figures as a short table.
    pub fn table(&self) -> String {
        format!(
            "texts {}  intents {}  topics {}  unassigned {}\n\
             same-intent pairs sharing a topic       {:6.1}%  (want >= 80%)\n\
             different-intent pairs sharing a topic  {:6.2}%  (want <= 2%)\n",
            self.texts,
            self.intents,
            self.topics,
            self.unassigned,
            self.same_rate * 100.0,
            self.different_rate * 100.0
        )
    }
}
