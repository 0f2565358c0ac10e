//! Topic assignment per user turn: typical short turns, and 1 KB turns (several requests
//! run together, the size the budget is set for: ≤ 5 µs per 1 KB turn on one core).
//! Run: `cargo bench -p glassbox-redact --bench topic`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use glassbox_redact::{KeyRing, RedactConfig, Redactor, Source, Topics};

fn turns() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/topics/topics-dev.jsonl"
    );
    let keys = KeyRing::single("bench", b"bench-key-0123456789");
    let r = Redactor::new(&RedactConfig::default(), keys).unwrap();
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            r.redact_str(v["text"].as_str().unwrap(), Source::Other)
                .into_owned()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let topics = Topics::new(KeyRing::single("bench", b"bench-key-0123456789"));
    let short = turns();
    // 1 KB turns: consecutive turns joined until they reach 1,024 bytes.
    let mut long = Vec::new();
    let mut cur = String::new();
    for t in &short {
        cur.push_str(t);
        cur.push('\n');
        if cur.len() >= 1024 {
            long.push(std::mem::take(&mut cur));
        }
    }
    let mut g = c.benchmark_group("topic");
    for (name, set) in [("short turn", &short), ("1 KB turn", &long)] {
        g.throughput(Throughput::Elements(set.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                for t in set.iter() {
                    black_box(topics.assign(black_box(t)));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
