//! Throughput of the default policy on chat-like text (the dev corpus) and of
//! the jsonl command (streaming, and the Value-based reference for comparison).
//! Run: `cargo bench -p glassbox-redact --bench redact` (`-- command` for jsonl only).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::BufRead;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use glassbox_redact::command::{run_with, CommandOptions};
use glassbox_redact::jsonl::redact_json_line_value;
use glassbox_redact::{KeyRing, RedactConfig, Redactor, Source};

fn corpus() -> (Vec<String>, String) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/pii/pii-dev-corpus.jsonl"
    );
    let raw = std::fs::read_to_string(path).unwrap();
    let texts = raw
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    (texts, raw)
}

fn bench(c: &mut Criterion) {
    let (texts, raw) = corpus();
    let r = Redactor::new(
        &RedactConfig::default(),
        KeyRing::single("default", b"bench-key-0123456789"),
    )
    .unwrap();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("redact");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("redact_str/corpus", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(r.redact_str(black_box(t), Source::Gateway));
            }
        })
    });
    // Clean text (no PII): the common case for most strings.
    let clean: Vec<String> = texts
        .iter()
        .map(|t| r.redact_str(t, Source::Other).into_owned())
        .collect();
    let clean_bytes: usize = clean.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(clean_bytes as u64));
    g.bench_function("redact_str/already_redacted", |b| {
        b.iter(|| {
            for t in &clean {
                black_box(r.redact_str(black_box(t), Source::Gateway));
            }
        })
    });
    g.throughput(Throughput::Bytes(raw.len() as u64));
    let opts = CommandOptions {
        jsonl: true,
        progress: false,
        ..CommandOptions::default()
    };
    g.bench_function("command/jsonl", |b| {
        b.iter(|| {
            let input: Vec<Box<dyn BufRead>> =
                vec![Box::new(std::io::Cursor::new(raw.as_bytes().to_vec()))];
            let mut out = Vec::with_capacity(raw.len());
            let mut err = Vec::new();
            run_with(&r, &opts, input, &mut out, &mut err).unwrap();
            black_box(out.len())
        })
    });
    // The Value-based reference for the same lines (parse, redact_json,
    // serialize): what `--jsonl` did before it streamed, for a same-run comparison.
    g.bench_function("command/jsonl_value_reference", |b| {
        let mut out = Vec::with_capacity(raw.len());
        b.iter(|| {
            out.clear();
            for line in raw.lines() {
                redact_json_line_value(&r, line.as_bytes(), &mut out, Source::Cli).unwrap();
                out.push(b'\n');
            }
            black_box(out.len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
