//! Trains the refusal model (`src/refusal_model.rs`) on the labelled development sets
//! of answers and writes its weights to `data/refusal_model.bin`.
//!
//! ```sh
//! cargo run --release -p glassbox-answers --example train_refusal_model            # train, write
//! cargo run --release -p glassbox-answers --example train_refusal_model -- --loao # each set held out in turn
//! ```
//!
//! Only the development sets (and `refusal-hard-negatives.txt`, helpful answers that open
//! with negation, always trained on) are read; `answers-final*.jsonl` are never trained on, so
//! they stay a measurement. `--loao` trains on all sets but one and scores the one left
//! out, for each: how the model does on an author it never saw, which is what picks
//! `THRESHOLD`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout
)]

use glassbox_answers::refusal_model::{has_declining_word, BUCKETS, THRESHOLD};
use glassbox_answers::{refusal_model_features, refusal_model_head};

const SETS: &[&str] = &["tune", "holdout", "fresh", "report", "dev", "dev2", "dev3"];
const EPOCHS: usize = 8;
const RATE: f64 = 0.2;
/// Refusals are one answer in twelve; each counts this many times.
const POSITIVE_WEIGHT: f64 = 3.0;
const THRESHOLDS: &[f32] = &[0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0];

struct Example {
    features: Vec<u32>,
    /// Whether the model is asked at all (a word of declining in the head).
    asked: bool,
    refusal: bool,
    set: usize,
}

fn load() -> Vec<Example> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/answers");
    let mut out = Vec::new();
    for (set, name) in SETS.iter().enumerate() {
        let path = format!("{dir}/answers-{name}.jsonl");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let response = v["response"].as_str().unwrap_or("");
            if response.trim().is_empty() {
                continue;
            }
            let refusal = v["labels"]
                .as_array()
                .is_some_and(|l| l.iter().any(|x| x == "refusal"));
            out.push(Example {
                features: refusal_model_features(response),
                asked: has_declining_word(&refusal_model_head(response)),
                refusal,
                set,
            });
        }
    }
    // Helpful answers that open with negation, apology or "only": in every training
    // run, never held out (they are not a measurement).
    let path = format!("{dir}/refusal-hard-negatives.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        out.push(Example {
            features: refusal_model_features(line),
            asked: has_declining_word(&refusal_model_head(line)),
            refusal: false,
            set: usize::MAX,
        });
    }
    out
}

/// Logistic regression by stochastic gradient descent, in a fixed order (xorshift), so
/// the same sets give the same weights.
fn train(examples: &[&Example]) -> (Vec<f32>, f32) {
    let mut w = vec![0f64; BUCKETS];
    let mut bias = 0f64;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let e = examples[k];
            let z = bias + e.features.iter().map(|&f| w[f as usize]).sum::<f64>();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if e.refusal { 1.0 } else { 0.0 };
            let g = (p - y) * if e.refusal { POSITIVE_WEIGHT } else { 1.0 };
            let step = RATE * g / (e.features.len().max(1) as f64).sqrt();
            for &f in &e.features {
                w[f as usize] -= step;
            }
            bias -= RATE * g * 0.1;
        }
    }
    (w.into_iter().map(|x| x as f32).collect(), bias as f32)
}

fn logit(w: &[f32], bias: f32, e: &Example) -> f32 {
    bias + e.features.iter().map(|&f| w[f as usize]).sum::<f32>()
}

/// (precision, recall, refusals) at `threshold`, asking the model as the check does.
fn score(w: &[f32], bias: f32, examples: &[&Example], threshold: f32) -> (f64, f64, usize) {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for e in examples {
        let yes = e.asked && logit(w, bias, e) > threshold;
        match (yes, e.refusal) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            _ => {}
        }
    }
    let p = if tp + fp == 0 {
        1.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fn_ == 0 {
        1.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    (p, r, tp + fn_)
}

fn main() {
    let examples = load();
    let loao = std::env::args().any(|a| a == "--loao");
    if loao {
        println!("each development set held out of training in turn; the model alone on it");
        let mut sums = vec![(0f64, 0f64); THRESHOLDS.len()];
        for (held, name) in SETS.iter().enumerate() {
            let train_set: Vec<&Example> = examples.iter().filter(|e| e.set != held).collect();
            let test_set: Vec<&Example> = examples.iter().filter(|e| e.set == held).collect();
            let (w, b) = train(&train_set);
            let mut row = format!("{name:>8}");
            for (i, &t) in THRESHOLDS.iter().enumerate() {
                let (p, r, n) = score(&w, b, &test_set, t);
                if i == 0 {
                    row.push_str(&format!(" ({n:>3} refusals)"));
                }
                row.push_str(&format!("  >{t:.1}: {p:.3}/{r:.3}"));
                sums[i].0 += p;
                sums[i].1 += r;
            }
            println!("{row}");
        }
        let mut row = format!("{:>8}", "mean");
        row.push_str("                ");
        for (i, &t) in THRESHOLDS.iter().enumerate() {
            let n = SETS.len() as f64;
            row.push_str(&format!(
                "  >{t:.1}: {:.3}/{:.3}",
                sums[i].0 / n,
                sums[i].1 / n
            ));
        }
        println!("{row}");
        println!("(precision/recall; THRESHOLD is {THRESHOLD})");
        return;
    }
    let all: Vec<&Example> = examples.iter().collect();
    let (w, b) = train(&all);
    let (p, r, n) = score(&w, b, &all, THRESHOLD);
    println!(
        "trained on {} answers ({n} refusals) from {} sets and the hard negatives; on them at > {THRESHOLD}: precision {p:.3}, recall {r:.3}",
        all.len(),
        SETS.len()
    );
    let mut bytes = Vec::with_capacity((BUCKETS + 1) * 4);
    for x in w.iter().chain(std::iter::once(&b)) {
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/data/refusal_model.bin");
    std::fs::write(out, bytes).expect("write the weights");
    println!("wrote {out}");
}
