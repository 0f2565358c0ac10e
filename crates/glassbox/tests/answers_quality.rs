//! The answer checks' quality gate on the labelled corpora (`tests/fixtures/answers/`,
//! built by `scripts/answers_corpus/gen.py` from eight content sets by different
//! authors): the halves the checks were developed on (tune, holdout, fresh, report, dev,
//! dev2) at the targets (precision ≥ 0.95, recall ≥ 0.90 per check), and the final halves
//! (final, final2), each written before a round of changes and only ever scored, at
//! floors just under what they measure, so a change that makes the checks worse on text they were not tuned on fails.
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

/// (precision, recall) each check must reach.
fn floors(half: &str, f: Flag) -> (f64, f64) {
    // The final halves' floors sit just under what they measure (README, "Answer-health
    // quality"): toxic_output recall is far below the target there, refusal recall on final too.
    match (half, f) {
        ("final", Flag::Refusal) => (0.98, 0.83),
        ("final", Flag::Truncated) => (0.97, 0.98),
        ("final", Flag::Degenerate) => (0.98, 0.98),
        ("final", Flag::LanguageMismatch) => (0.93, 0.92),
        ("final", Flag::ToxicOutput) => (0.98, 0.69),
        ("final", Flag::PiiEcho) => (0.96, 0.96),
        // The third dev set (set I) is below the targets on two checks after one round.
        ("dev3", Flag::Truncated) => (0.89, 0.98),
        ("dev3", Flag::PiiEcho) => (0.98, 0.84),
        ("final2", Flag::Refusal) => (0.95, 0.94),
        ("final2", Flag::Truncated) => (0.97, 0.98),
        ("final2", Flag::Degenerate) => (0.98, 0.95),
        ("final2", Flag::LanguageMismatch) => (0.93, 0.90),
        ("final2", Flag::ToxicOutput) => (0.98, 0.65),
        ("final2", Flag::PiiEcho) => (0.96, 0.95),
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
fn holdout_half_meets_the_targets() {
    gate("holdout");
}

#[test]
fn fresh_half_meets_the_targets() {
    gate("fresh");
}

#[test]
fn report_half_meets_the_targets() {
    gate("report");
}

#[test]
fn dev_half_meets_the_targets() {
    gate("dev");
}

#[test]
fn dev2_half_meets_the_targets() {
    gate("dev2");
}

#[test]
fn dev3_half_stays_above_its_floors() {
    gate("dev3");
}

#[test]
fn final_half_stays_above_its_floors() {
    gate("final");
}

#[test]
fn final2_half_stays_above_its_floors() {
    gate("final2");
}

/// Lines of a text corpus (`#` comments and blank lines left out, `\n` written as such).
fn lines_of(name: &str) -> Vec<String> {
    let path = format!(
        "{}/../../tests/fixtures/answers/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .expect(&path)
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.replace("\\n", "\n"))
        .collect()
}

/// The toxic answers of another author in eight languages (a development set since
/// the abuse lexicon) and their look-alikes: the share flagged stays at what it
/// measures, and no look-alike is flagged.
#[test]
fn toxic_answers_of_another_author() {
    let rules = glassbox_gateway::safety::SafetyRules::new(&SafetyConfig::default()).unwrap();
    let toxic = lines_of("toxic-answers.txt");
    let flagged = toxic.iter().filter(|t| rules.matches_output(t)).count();
    let recall = flagged as f64 / toxic.len() as f64;
    assert!(
        recall >= 0.58,
        "{flagged} of {} toxic answers flagged",
        toxic.len()
    );
    let fine: Vec<_> = lines_of("toxic-hard-negatives.txt")
        .into_iter()
        .filter(|t| rules.matches_output(t))
        .collect();
    assert!(fine.is_empty(), "look-alikes flagged: {fine:#?}");
}
