//! Quality measurement on a labelled corpus (JSON Lines: `text`, `entities`,
//! `decoys`, each span with `type` and `value`). Shared by the quality gates
//! (`tests/corpus_quality.rs`) and `examples/pii_eval.rs`.
//!
//! A labelled value counts as masked when it no longer appears anywhere in
//! the output; a decoy counts as kept when it still appears; a text with no
//! labelled value counts as untouched when the output equals the input.

use std::collections::BTreeMap;

use crate::{Redactor, Source};

/// Counts for one corpus.
#[derive(Debug, Default, Clone)]
pub struct Report {
    /// Per entity type: labelled values, masked values.
    pub entities: BTreeMap<String, (u64, u64)>,
    /// Per decoy type: decoys, kept decoys.
    pub decoys: BTreeMap<String, (u64, u64)>,
    /// Texts without labelled values, and how many came out unchanged.
    pub clean: (u64, u64),
    /// Missed values and altered decoys, by type (at most 12 each).
    pub misses: BTreeMap<String, Vec<String>>,
    /// Bytes of text scanned.
    pub bytes: u64,
    /// Texts read.
    pub texts: u64,
}

/// An error in the corpus file: the line and what is wrong.
#[derive(Debug, thiserror::Error)]
#[error("corpus line {line}: {reason}")]
pub struct CorpusError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl Report {
    /// Share of masked values of `ty`.
    pub fn recall(&self, ty: &str) -> Option<f64> {
        self.entities
            .get(ty)
            .map(|&(n, m)| m as f64 / n.max(1) as f64)
    }

    /// Share of all decoys kept.
    pub fn decoys_kept(&self) -> f64 {
        let (n, k) = self
            .decoys
            .values()
            .fold((0, 0), |a, &(n, k)| (a.0 + n, a.1 + k));
        k as f64 / n.max(1) as f64
    }

    /// Share of PII-free texts left unchanged.
    pub fn clean_untouched(&self) -> f64 {
        self.clean.1 as f64 / self.clean.0.max(1) as f64
    }

    /// Share of all labelled values masked.
    pub fn overall(&self) -> f64 {
        let (n, m) = self
            .entities
            .values()
            .fold((0, 0), |a, &(n, m)| (a.0 + n, a.1 + m));
        m as f64 / n.max(1) as f64
    }

    /// A table for people.
    pub fn table(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:<18} {:>6} {:>7} {:>8}",
            "entity", "n", "masked", "recall"
        );
        for (ty, (n, m)) in &self.entities {
            let _ = writeln!(
                s,
                "{ty:<18} {n:>6} {m:>7} {:>7.2}%",
                *m as f64 / (*n).max(1) as f64 * 100.0
            );
        }
        let _ = writeln!(
            s,
            "{:<18} {:>6} {:>7} {:>7.2}%",
            "all",
            "",
            "",
            self.overall() * 100.0
        );
        let _ = writeln!(
            s,
            "\n{:<18} {:>6} {:>7} {:>8}",
            "decoy", "n", "kept", "kept"
        );
        for (ty, (n, k)) in &self.decoys {
            let _ = writeln!(
                s,
                "{ty:<18} {n:>6} {k:>7} {:>7.2}%",
                *k as f64 / (*n).max(1) as f64 * 100.0
            );
        }
        let _ = writeln!(
            s,
            "{:<18} {:>6} {:>7} {:>7.2}%",
            "all decoys",
            "",
            "",
            self.decoys_kept() * 100.0
        );
        let _ = writeln!(
            s,
            "\nPII-free texts untouched: {}/{} ({:.2}%)",
            self.clean.1,
            self.clean.0,
            self.clean_untouched() * 100.0
        );
        s
    }
}

/// Redact every text of `corpus` and count what was masked and kept.
pub fn evaluate(redactor: &Redactor, corpus: &str) -> Result<Report, CorpusError> {
    let mut r = Report::default();
    for (ln, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |reason: String| CorpusError {
            line: ln + 1,
            reason,
        };
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| err(format!("not JSON: {e}")))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| err("`text` must be a string".into()))?;
        r.texts += 1;
        r.bytes += text.len() as u64;
        let out = redactor.redact_str(text, Source::Other);
        let spans = |key: &str| -> Result<Vec<(String, String)>, CorpusError> {
            let Some(list) = v.get(key) else {
                return Ok(Vec::new());
            };
            let list = list
                .as_array()
                .ok_or_else(|| err(format!("`{key}` must be an array")))?;
            list.iter()
                .map(|e| {
                    let ty = e["type"].as_str();
                    let val = e["value"].as_str();
                    match (ty, val) {
                        (Some(t), Some(v)) => Ok((t.to_string(), v.to_string())),
                        _ => Err(err(format!("`{key}` items need string `type` and `value`"))),
                    }
                })
                .collect()
        };
        let ents = spans("entities")?;
        if ents.is_empty() {
            r.clean.0 += 1;
            if out == text {
                r.clean.1 += 1;
            }
        }
        for (ty, val) in ents {
            let c = r.entities.entry(ty.clone()).or_default();
            c.0 += 1;
            if out.contains(val.as_str()) {
                let m = r.misses.entry(ty).or_default();
                if m.len() < 12 {
                    m.push(val);
                }
            } else {
                c.1 += 1;
            }
        }
        for (ty, val) in spans("decoys")? {
            let c = r.decoys.entry(ty.clone()).or_default();
            c.0 += 1;
            if out.contains(val.as_str()) {
                c.1 += 1;
            } else {
                let m = r.misses.entry(format!("decoy {ty}")).or_default();
                if m.len() < 12 {
                    m.push(val);
                }
            }
        }
    }
    Ok(r)
}
