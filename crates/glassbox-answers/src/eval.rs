//! Scoring the checks against a labelled corpus (`tests/fixtures/answers/`): precision
//! and recall per flag, from lines that carry `labels` (expected) next to the input.

use std::fmt::Write as _;

use serde_json::Value;

use crate::command::check_value;
use crate::{Checker, Flag, Flags};

/// Counts for one flag.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct FlagScore {
    /// Flagged and labelled.
    pub true_positives: u64,
    /// Flagged, not labelled.
    pub false_positives: u64,
    /// Labelled, not flagged.
    pub false_negatives: u64,
}

impl FlagScore {
    /// Share of flags that were right (1 when nothing was flagged).
    pub fn precision(&self) -> f64 {
        let d = self.true_positives + self.false_positives;
        if d == 0 {
            1.0
        } else {
            self.true_positives as f64 / d as f64
        }
    }

    /// Share of labelled cases flagged (1 when none was labelled).
    pub fn recall(&self) -> f64 {
        let d = self.true_positives + self.false_negatives;
        if d == 0 {
            1.0
        } else {
            self.true_positives as f64 / d as f64
        }
    }

    /// Labelled cases.
    pub fn support(&self) -> u64 {
        self.true_positives + self.false_negatives
    }
}

/// Scores of one corpus.
#[derive(Debug, Default, Clone)]
pub struct Report {
    /// Lines scored.
    pub lines: u64,
    /// Lines without any label that got no flag.
    pub clean_kept: u64,
    /// Lines without any label.
    pub clean: u64,
    /// Per flag, in [`Flag::ALL`] order.
    pub flags: [FlagScore; Flag::ALL.len()],
    /// Ids of lines whose flags differ from their labels (for looking at the tune half).
    pub misses: Vec<(String, Vec<&'static str>, Vec<String>)>,
}

impl Report {
    /// The score of `flag`.
    pub fn of(&self, flag: Flag) -> FlagScore {
        self.flags[flag.index()]
    }

    /// A Markdown table: flag, support, precision, recall.
    pub fn table(&self) -> String {
        let mut s = String::from("| check | labelled | precision | recall |\n|---|---|---|---|\n");
        for f in Flag::ALL {
            let sc = self.of(f);
            let _ = writeln!(
                s,
                "| {} | {} | {:.3} | {:.3} |",
                f.as_str(),
                sc.support(),
                sc.precision(),
                sc.recall()
            );
        }
        let _ = writeln!(
            s,
            "\n{} answers; {} of {} good answers without any flag ({:.1}%)",
            self.lines,
            self.clean_kept,
            self.clean,
            100.0 * self.clean_kept as f64 / self.clean.max(1) as f64
        );
        s
    }
}

/// Scores `checker` on JSON Lines `corpus` (each line: a `glassbox check` input plus
/// `labels`). Lines that cannot be checked are an error naming the line.
pub fn score(checker: &Checker, corpus: &str) -> Result<Report, String> {
    let mut r = Report::default();
    for (n, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: not JSON: {e}", n + 1))?;
        let labels: Vec<String> = v
            .get("labels")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("line {}: field \"labels\": expected an array", n + 1))?
            .iter()
            .filter_map(|l| l.as_str().map(str::to_string))
            .collect();
        let expected: Flags = labels
            .iter()
            .map(|l| Flag::parse(l).ok_or_else(|| format!("line {}: unknown label {l:?}", n + 1)))
            .collect::<Result<_, _>>()?;
        let got = check_value(checker, &v).map_err(|e| format!("line {}: {e}", n + 1))?;
        r.lines += 1;
        if expected.is_empty() {
            r.clean += 1;
            r.clean_kept += u64::from(got.is_empty());
        }
        for f in Flag::ALL {
            let s = &mut r.flags[f.index()];
            match (got.contains(f), expected.contains(f)) {
                (true, true) => s.true_positives += 1,
                (true, false) => s.false_positives += 1,
                (false, true) => s.false_negatives += 1,
                (false, false) => {}
            }
        }
        if got != expected {
            let id = v
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string();
            r.misses.push((id, got.names(), labels));
        }
    }
    Ok(r)
}
