//! Quality on the labelled dev corpus (`tests/fixtures/pii/pii-dev-corpus.jsonl`):
//! per entity type, the share of labelled values fully masked (the exact value
//! no longer appears in the output), and the share of decoys altered.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use glassbox_redact::{KeyRing, RedactConfig, Redactor, Source};

const STRUCTURED: &[&str] = &[
    "EMAIL",
    "CREDIT_CARD",
    "US_SSN",
    "PHONE",
    "IP_ADDRESS",
    "IBAN",
    "PASSWORD",
    "AWS_ACCESS_KEY",
    "GITHUB_TOKEN",
    "OPENAI_KEY",
    "STRIPE_KEY",
    "SLACK_TOKEN",
    "JWT",
    "GENERIC_SECRET",
];

#[test]
fn corpus_quality() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/pii/pii-dev-corpus.jsonl"
    );
    let data = std::fs::read_to_string(path).expect("corpus fixture");
    let r = Redactor::new(
        &RedactConfig::default(),
        KeyRing::single("default", b"0123456789abcdef0123"),
    )
    .unwrap();
    let mut ent: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut dec: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut misses: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let out = r.redact_str(text, Source::Other);
        for e in v["entities"].as_array().unwrap() {
            let ty = e["type"].as_str().unwrap().to_string();
            let val = e["value"].as_str().unwrap();
            let c = ent.entry(ty.clone()).or_default();
            c.0 += 1;
            if !out.contains(val) {
                c.1 += 1;
            } else {
                misses.entry(ty).or_default().push(val.to_string());
            }
        }
        for d in v["decoys"].as_array().unwrap() {
            let ty = d["type"].as_str().unwrap().to_string();
            let val = d["value"].as_str().unwrap();
            let c = dec.entry(ty.clone()).or_default();
            c.0 += 1;
            if !out.contains(val) {
                c.1 += 1;
                misses
                    .entry(format!("decoy {ty}"))
                    .or_default()
                    .push(val.to_string());
            }
        }
    }
    println!(
        "\n{:<16} {:>6} {:>8} {:>8}",
        "entity", "n", "masked", "rate"
    );
    let mut failures = Vec::new();
    for (ty, (n, m)) in &ent {
        let rate = f64::from(*m) / f64::from(*n);
        println!("{ty:<16} {n:>6} {m:>8} {:>7.2}%", rate * 100.0);
        let min = if STRUCTURED.contains(&ty.as_str()) {
            0.99
        } else {
            0.95
        };
        if rate < min {
            failures.push(format!("{ty}: {:.2}% < {:.0}%", rate * 100.0, min * 100.0));
        }
    }
    let (mut dn, mut dm) = (0, 0);
    println!(
        "\n{:<16} {:>6} {:>8} {:>8}",
        "decoy", "n", "altered", "rate"
    );
    for (ty, (n, m)) in &dec {
        dn += n;
        dm += m;
        println!(
            "{ty:<16} {n:>6} {m:>8} {:>7.2}%",
            f64::from(*m) / f64::from(*n) * 100.0
        );
    }
    let drate = f64::from(dm) / f64::from(dn);
    println!(
        "{:<16} {dn:>6} {dm:>8} {:>7.2}%",
        "all decoys",
        drate * 100.0
    );
    if drate > 0.02 {
        failures.push(format!("decoys altered {:.2}% > 2%", drate * 100.0));
    }
    for (ty, v) in &misses {
        println!("misses {ty}: {:?}", &v[..v.len().min(8)]);
    }
    assert!(failures.is_empty(), "quality targets missed: {failures:?}");
}
