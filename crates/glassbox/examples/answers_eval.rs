//! Precision and recall of the answer checks on a labelled corpus, with the checks wired
//! as `glassbox serve` wires them (PII scanner for `pii_echo`, the default safety rules
//! for `toxic_output`).
//!
//! ```sh
//! cargo run --release -p glassbox --example answers_eval -- tests/fixtures/answers/answers-holdout.jsonl
//! cargo run --release -p glassbox --example answers_eval -- FILE --misses   # list the lines it got wrong
//! ```

use std::sync::Arc;

use anyhow::Context;
use glassbox_answers::AnswersConfig;
use glassbox_gateway::safety::answer_checker;
use glassbox_gateway::SafetyConfig;
use glassbox_redact::{KeyRing, RedactConfig, Redactor};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .context("usage: answers_eval FILE.jsonl [--misses]")?;
    let misses = args.next().as_deref() == Some("--misses");
    let corpus = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    let redactor = Redactor::new(&RedactConfig::default(), KeyRing::single("eval", &[42; 32]))?;
    let checker = answer_checker(
        &AnswersConfig::default(),
        &SafetyConfig::default(),
        Arc::new(redactor),
    )?;
    let started = std::time::Instant::now();
    let report = glassbox_answers::eval::score(&checker, &corpus).map_err(anyhow::Error::msg)?;
    let secs = started.elapsed().as_secs_f64();
    println!("{path}\n\n{}", report.table());
    println!(
        "{:.1} µs per answer on average (one thread, parsing included)",
        secs * 1e6 / report.lines.max(1) as f64
    );
    if misses {
        for (id, got, want) in &report.misses {
            println!("{id}: flagged {got:?}, labelled {want:?}");
        }
    }
    Ok(())
}
