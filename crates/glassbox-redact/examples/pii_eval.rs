//! Measure the PII scanner on a labelled corpus:
//!
//! ```sh
//! cargo run --release -p glassbox-redact --example pii_eval -- tests/fixtures/pii/eval-holdout.jsonl
//! cargo run --release -p glassbox-redact --example pii_eval -- FILE --misses   # show what leaked
//! cargo run --release -p glassbox-redact --example pii_eval -- FILE --passes 30 # steadier speed
//! ```
//! Prints recall per type, decoys kept, PII-free texts untouched and the
//! scanner's speed (MB of text per CPU-second, one thread, best of 5 passes or `--passes N`).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

use glassbox_redact::{eval, KeyRing, RedactConfig, Redactor, Source};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first().filter(|a| !a.starts_with("--")) else {
        eprintln!("usage: pii_eval CORPUS.jsonl [--misses] [--outputs FILE]");
        std::process::exit(2);
    };
    let data = match std::fs::read_to_string(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("pii_eval: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let r = match Redactor::new(
        &RedactConfig::default(),
        KeyRing::single("eval", b"0123456789abcdef0123"),
    ) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("pii_eval: {e}");
            std::process::exit(2);
        }
    };
    let report = match eval::evaluate(&r, &data) {
        Ok(rep) => rep,
        Err(e) => {
            eprintln!("pii_eval: {path}: {e}");
            std::process::exit(2);
        }
    };
    println!(
        "{path}: {} texts, {:.2} MB\n",
        report.texts,
        report.bytes as f64 / 1e6
    );
    print!("{}", report.table());
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    // `--passes N`: more passes give a steadier best on a noisy machine.
    let passes: usize = args
        .iter()
        .position(|a| a == "--passes")
        .and_then(|p| args.get(p + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let mut best = f64::MAX;
    for _ in 0..passes {
        let t0 = Instant::now();
        for t in &texts {
            std::hint::black_box(r.redact_str(t, Source::Other));
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    println!(
        "\nscanner speed: {:.1} MB/s on one thread (best of {passes})",
        report.bytes as f64 / 1e6 / best
    );
    // `--outputs FILE`: every redacted text, one JSON string a line, for inspection.
    if let Some(p) = args.iter().position(|a| a == "--outputs") {
        let Some(file) = args.get(p + 1) else {
            eprintln!("pii_eval: --outputs needs a file name");
            std::process::exit(2);
        };
        let lines: Vec<String> = texts
            .iter()
            .map(|t| {
                serde_json::Value::String(r.redact_str(t, Source::Other).into_owned()).to_string()
            })
            .collect();
        if let Err(e) = std::fs::write(file, lines.join("\n") + "\n") {
            eprintln!("pii_eval: cannot write {file}: {e}");
            std::process::exit(2);
        }
    }
    if args.iter().any(|a| a == "--misses") {
        for (ty, v) in &report.misses {
            println!("misses {ty}: {v:?}");
        }
    }
}
