//! Measure topic assignment on a labelled set (JSONL `{"intent", "text"}`):
//!
//! ```sh
//! cargo run --release -p glassbox-redact --example topic_eval -- tests/fixtures/topics/topics-holdout.jsonl
//! cargo run --release -p glassbox-redact --example topic_eval -- FILE --intents   # per intent
//! cargo run --release -p glassbox-redact --example topic_eval -- --frames < texts.txt
//! ```
//! Prints the share of same-intent pairs that share a topic id, the share of
//! different-intent pairs that do, and the assignment speed (µs per KB, one thread).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::BufRead;
use std::time::Instant;

use glassbox_redact::topic::eval;
use glassbox_redact::{KeyRing, RedactConfig, Redactor, Source, Topics};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let keys = KeyRing::single("eval", b"0123456789abcdef0123");
    let topics = Topics::new(keys.clone());
    let redactor = Redactor::new(&RedactConfig::default(), keys).unwrap_or_else(|e| {
        eprintln!("topic_eval: {e}");
        std::process::exit(2);
    });
    if args.iter().any(|a| a == "--frames") {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            let red = redactor.redact_str(&line, Source::Other);
            println!("{:<28} {}", topics.frame(&red).unwrap_or_default(), red);
        }
        return;
    }
    if args.iter().any(|a| a == "--concepts") {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            let red = redactor.redact_str(&line, Source::Other);
            let hits: Vec<_> = glassbox_redact::topic::concepts(&red);
            println!("{}", serde_json::json!(hits));
        }
        return;
    }
    let Some(path) = args.first().filter(|a| !a.starts_with("--")) else {
        eprintln!("usage: topic_eval SET.jsonl [--intents] | topic_eval --frames < TEXTS");
        std::process::exit(2);
    };
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("topic_eval: cannot read {path}: {e}");
        std::process::exit(2);
    });
    let report = eval::evaluate(&topics, &redactor, &data).unwrap_or_else(|e| {
        eprintln!("topic_eval: {path}: {e}");
        std::process::exit(2);
    });
    println!("{path}\n{}", report.table());
    if args.iter().any(|a| a == "--intents") {
        for (intent, rate, top) in &report.per_intent {
            println!("  {:5.1}%  {intent:<32} {top}", rate * 100.0);
        }
    }
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            v["text"]
                .as_str()
                .map(|t| redactor.redact_str(t, Source::Other).into_owned())
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t0 = Instant::now();
        for t in &texts {
            std::hint::black_box(topics.assign(t));
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    println!(
        "assignment: {:.2} µs per text, {:.2} µs per KB (best of 5, one thread)",
        best * 1e6 / texts.len() as f64,
        best * 1e6 / (bytes as f64 / 1024.0)
    );
}
