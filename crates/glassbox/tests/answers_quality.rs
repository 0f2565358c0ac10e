//! The answer checks' quality gate on the labelled corpus (`tests/fixtures/answers/`,
//! built by `scripts/answers_corpus/gen.py`): the tune half at the targets (precision
//! ≥ 0.95, recall ≥ 0.90 per check), the held-back half at floors just under what it
//! measured, so a change that makes the checks worse on text they were not tuned on fails.
//! The full report: `cargo run --release -p glassbox --example answers_eval -- FILE`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use glassbox_answers::eval::{score, Report};
use glassbox_answers::{AnswersConfig, Checker, Flag};
use glassbox_gateway::safety::answer_checker;
use glassbox_gateway::SafetyConfig;
use glassbox_redact::{KeyRing, RedactConfig, Redactor};

fn checker() -> Checker {
    let redactor = Redactor::new(&RedactConfig::default(), KeyRing::single("q", &[9; 32])).unwrap();
    answer_checker(
        &AnswersConfig::default(),
        &SafetyConfig::default(),
        Arc::new(redactor),
    )
    .unwrap()
}

fn report(half: &str) -> Report {
    let path = format!(
        "{}/../../tests/fixtures/answers/answers-{half}.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let corpus = std::fs::read_to_string(&path).expect(&path);
    score(&checker(), &corpus).unwrap()
}

/// (precision, recall) each check must reach; `pii_echo` recall is bounded by the PII
/// scanner's (unformatted digit runs it cannot tell from ids).
fn floors(half: &str, f: Flag) -> (f64, f64) {
    match (half, f) {
        ("holdout", Flag::PiiEcho) => (0.95, 0.92),
        ("holdout", Flag::LanguageMismatch) => (0.82, 0.85),
        _ => (0.95, 0.90),
    }
}

fn gate(half: &str) {
    let r = report(half);
    println!("{half}\n{}", r.table());
    let mut failures = Vec::new();
    for f in Flag::ALL {
        let s = r.of(f);
        let (p, rc) = floors(half, f);
        assert!(
            s.support() >= 30,
            "{half}: only {} labelled {f}",
            s.support()
        );
        if s.precision() < p || s.recall() < rc {
            failures.push(format!(
                "{f}: precision {:.3} (floor {p}), recall {:.3} (floor {rc})",
                s.precision(),
                s.recall()
            ));
        }
    }
    let kept = r.clean_kept as f64 / r.clean as f64;
    if kept < 0.98 {
        failures.push(format!(
            "good answers without a flag: {kept:.3} (floor 0.98)"
        ));
    }
    assert!(failures.is_empty(), "{half}: {failures:#?}");
}

#[test]
fn tune_half_meets_the_targets() {
    gate("tune");
}

#[test]
fn held_back_half_stays_above_its_floors() {
    gate("holdout");
}
