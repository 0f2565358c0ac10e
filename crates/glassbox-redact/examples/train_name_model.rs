//! Train the name model (`src/scan/name_model.rs`) on labelled development sets and
//! write its weights:
//!
//! ```sh
//! cargo run --release -p glassbox-redact --example train_name_model -- \
//!     --out crates/glassbox-redact/data/name_model.bin \
//!     tests/fixtures/pii/eval-tune.jsonl tests/fixtures/pii/eval-dev2.jsonl \
//!     tests/fixtures/pii/pii-dev-corpus.jsonl --valid tests/fixtures/pii/eval-dev3.jsonl
//! ```
//!
//! Every candidate the structural walk would hand the model (two to four capitalised
//! words no rule decided) is an example: a name when it lies inside a labelled PERSON
//! value, not a name when it touches none. A logistic regression over the hashed
//! features is fitted by stochastic gradient descent (a fixed shuffle, so the weights
//! are reproducible); precision and recall at the committed threshold are printed for
//! the training sets and the `--valid` set. Never train on the held-back or fresh sets.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use glassbox_redact::scan::name_model::{BUCKETS, THRESHOLD};
use glassbox_redact::{KeyRing, RedactConfig, Redactor};

struct Example {
    feats: Vec<u32>,
    name: bool,
}

fn examples(r: &Redactor, path: &str) -> Result<Vec<Example>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let Some(text) = v["text"].as_str() else {
            return Err(format!("{path}:{}: `text` must be a string", n + 1));
        };
        // Labels count characters; candidates are byte ranges.
        let byte_at: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let persons: Vec<(usize, usize)> = v["entities"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|e| e["type"] == "PERSON")
                    .filter_map(|e| {
                        let s = byte_at.get(e["start"].as_u64()? as usize)?;
                        let t = byte_at.get(e["end"].as_u64()? as usize)?;
                        Some((*s, *t))
                    })
                    .collect()
            })
            .unwrap_or_default();
        for (s, e, feats) in r.name_model_candidates(text) {
            let inside = persons.iter().any(|&(a, b)| a <= s && e <= b);
            let touches = persons.iter().any(|&(a, b)| a < e && s < b);
            if inside {
                out.push(Example { feats, name: true });
            } else if !touches {
                out.push(Example { feats, name: false });
            }
        }
    }
    Ok(out)
}

fn logit(w: &[f32], bias: f32, feats: &[u32]) -> f32 {
    bias + feats.iter().map(|&f| w[f as usize % BUCKETS]).sum::<f32>()
}

fn report(label: &str, w: &[f32], bias: f32, ex: &[Example]) {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for x in ex {
        let yes = logit(w, bias, &x.feats) > THRESHOLD;
        match (yes, x.name) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            _ => {}
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let names = ex.iter().filter(|x| x.name).count();
    println!(
        "{label}: {} candidates ({names} names): precision {p:.3}, recall {r:.3} at logit > {THRESHOLD}",
        ex.len()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out_path = None;
    let mut valid = Vec::new();
    let mut train = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out_path = it.next().cloned(),
            "--valid" => valid.extend(it.next().cloned()),
            _ => train.push(a.clone()),
        }
    }
    let (Some(out_path), false) = (out_path, train.is_empty()) else {
        eprintln!("usage: train_name_model --out FILE TRAIN.jsonl... [--valid FILE]");
        std::process::exit(2);
    };
    let r = match Redactor::new(
        &RedactConfig::default(),
        KeyRing::single("train", b"0123456789abcdef0123"),
    ) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("train_name_model: {e}");
            std::process::exit(2);
        }
    };
    let load = |paths: &[String]| -> Vec<Example> {
        let mut all = Vec::new();
        for p in paths {
            match examples(&r, p) {
                Ok(mut ex) => all.append(&mut ex),
                Err(e) => {
                    eprintln!("train_name_model: {e}");
                    std::process::exit(2);
                }
            }
        }
        all
    };
    let mut train_ex = load(&train);
    let valid_ex = load(&valid);
    // Balance: names are rarer among candidates; weight the classes equally.
    let pos = train_ex.iter().filter(|x| x.name).count().max(1) as f32;
    let neg = train_ex.iter().filter(|x| !x.name).count().max(1) as f32;
    let (wpos, wneg) = ((pos + neg) / (2.0 * pos), (pos + neg) / (2.0 * neg));
    let mut w = vec![0f32; BUCKETS];
    let mut bias = 0f32;
    // A fixed shuffle (xorshift), so the weights are reproducible.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let l2 = 1e-5f32;
    for epoch in 0..12 {
        for k in (1..train_ex.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            train_ex.swap(k, (seed % (k as u64 + 1)) as usize);
        }
        let lr = 0.2 / (1.0 + epoch as f32);
        for x in &train_ex {
            let z = logit(&w, bias, &x.feats);
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if x.name { 1.0 } else { 0.0 };
            let g = (p - y) * if x.name { wpos } else { wneg };
            for &f in &x.feats {
                let wf = &mut w[f as usize % BUCKETS];
                *wf -= lr * (g + l2 * *wf);
            }
            bias -= lr * g;
        }
    }
    report("training sets", &w, bias, &train_ex);
    if !valid_ex.is_empty() {
        report("validation set", &w, bias, &valid_ex);
    }
    let mut blob = Vec::with_capacity((BUCKETS + 1) * 4);
    for x in w.iter().chain(std::iter::once(&bias)) {
        blob.extend_from_slice(&x.to_le_bytes());
    }
    if let Err(e) = std::fs::write(&out_path, blob) {
        eprintln!("train_name_model: cannot write {out_path}: {e}");
        std::process::exit(2);
    }
    println!("wrote {out_path}");
}
