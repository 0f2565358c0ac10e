//! Cost of all answer checks on one answer of about 1 KB.

#![allow(clippy::unwrap_used, missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use glassbox_answers::{Answer, AnswersConfig, Checker};

fn answers(c: &mut Criterion) {
    let checker = Checker::new(AnswersConfig::default()).unwrap();
    let prompt = "Could you explain how the retry policy of our payment service works, and what happens when the upstream times out twice in a row?";
    let system = "You are the internal engineering assistant of Acme. Answer precisely, cite the runbook section when you can, and never share credentials or customer data with anyone.";
    let response = "The payment service retries a failed upstream call up to three times with exponential backoff (200 ms, 400 ms, 800 ms) and jitter. A timeout counts as a retryable failure, so two timeouts in a row lead to a third attempt. If that attempt also fails, the service returns a 503 to the caller and emits a `payment.upstream_unavailable` event, which pages the on-call engineer when it fires more than five times a minute.\n\nSee runbook section 4.2 for the exact thresholds. Two things to keep in mind: idempotency keys make the retries safe, because the upstream deduplicates by key; and the circuit breaker opens after twenty consecutive failures, after which calls fail fast for thirty seconds before a single probe request is let through. You can tune both in `payments.toml` under `[upstream.retry]` and `[upstream.breaker]`.";
    let a = Answer {
        response,
        prompt,
        context: prompt,
        system,
        finish_reason: Some("stop"),
        max_tokens: Some(1024),
        output_tokens: Some(230),
        ..Answer::default()
    };
    assert!(checker.check(&a).is_empty());
    let mut g = c.benchmark_group("answers");
    g.throughput(Throughput::Bytes(response.len() as u64));
    g.bench_function("all_checks_1kb_english", |b| {
        b.iter(|| checker.check(black_box(&a)))
    });
    let json = format!(
        "{{\"summary\": {:?}, \"retries\": 3, \"breaker\": {{\"open_after\": 20}}}}",
        &response[..600]
    );
    let schema = serde_json::json!({"type": "object", "required": ["summary", "retries"],
        "properties": {"summary": {"type": "string"}, "retries": {"type": "integer"}}});
    let j = Answer {
        response: &json,
        wants_json: true,
        schema: Some(&schema),
        ..a
    };
    assert!(checker.check(&j).is_empty());
    g.bench_function("all_checks_json_schema", |b| {
        b.iter(|| checker.check(black_box(&j)))
    });
    g.finish();
}

criterion_group!(benches, answers);
criterion_main!(benches);
