//! Hot paths of glassbox-metrics: recording one call, rendering a full registry, and the
//! dashboard queries over a day of rollups representing 10 million calls.
//!
//! Run: `cargo bench -p glassbox-metrics --bench metrics`
//! After criterion, prints p50/p99 of `summary` and `timeseries` over 200 runs each.

#![allow(clippy::panic)] // a bench may stop on a broken setup

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use glassbox_metrics::{
    summary, timeseries, CacheOutcome, CallObservation, DdSketch, GroupBy, MetricsConfig,
    MetricsHub, RollupKind, RollupRow, StatusClass, TimeseriesMetric,
};

const MINUTES: i64 = 1440;
const MODELS: [&str; 4] = ["gpt-4o", "gpt-4o-mini", "claude-sonnet", "llama-3-70b"];
const SERVICES: [&str; 2] = ["support-bot", "search"];

/// Deterministic pseudo-random latencies (xorshift), log-spread over 20 ms – 20 s.
struct Rng(u64);
impl Rng {
    fn next_f64(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    fn latency(&mut self) -> f64 {
        0.02 * 1000f64.powf(self.next_f64())
    }
}

/// 1,440 minutes × 8 label sets, 868 calls per row: 10.0 million calls.
fn day_of_rollups() -> Vec<RollupRow> {
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let mut rows = Vec::new();
    for minute in 0..MINUTES {
        for model in MODELS {
            for service in SERVICES {
                let (mut lat, mut ttft) = (DdSketch::new(), DdSketch::new());
                for _ in 0..868 {
                    let l = rng.latency();
                    lat.add(l);
                    ttft.add(l * 0.1);
                }
                let mut r =
                    RollupRow::empty(minute, RollupKind::Call, service, model, "chat", "ok");
                r.count = 868;
                r.errors = 9;
                r.latency_sketch = lat.to_bytes();
                r.ttft_sketch = ttft.to_bytes();
                r.input_tokens = 868 * 500;
                r.output_tokens = 868 * 200;
                r.cache_hits = 100;
                r.cache_misses = 768;
                rows.push(r);
            }
        }
    }
    rows
}

fn full_hub() -> MetricsHub {
    let hub = MetricsHub::new(MetricsConfig::default()).unwrap_or_else(|e| panic!("{e}"));
    let statuses = [
        StatusClass::Ok,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];
    let models: Vec<String> = (0..100).map(|i| format!("model-{i}")).collect();
    for model in &models {
        for op in ["chat", "embeddings"] {
            for status in statuses {
                for i in 0..5u64 {
                    hub.record_call(&CallObservation {
                        provider: "openai",
                        route: "/v1/chat/completions",
                        status_class: status,
                        ttft_ns: Some(50_000_000 * (i + 1)),
                        time_per_output_token_ns: Some(20_000_000),
                        input_tokens: 100 * i,
                        output_tokens: 50 * i,
                        cache: CacheOutcome::Miss,
                        error_type: status.is_error().then_some("upstream"),
                        ..CallObservation::new("support-bot", model, op, 300_000_000 * (i + 1))
                    });
                }
            }
        }
    }
    for e in ["email", "phone", "credit_card", "iban", "ip"] {
        for s in ["prompt", "completion", "log_body", "attribute"] {
            hub.record_redactions(e, s, 3);
        }
    }
    for stage in ["ingest", "redact", "store"] {
        hub.set_queue_depth(stage, 10);
        hub.record_dropped(stage, 1);
    }
    hub
}

fn percentiles(mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..200)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[100], times[197])
}

fn main() {
    let mut c = Criterion::default().configure_from_args();

    let hub = MetricsHub::new(MetricsConfig::default()).unwrap_or_else(|e| panic!("{e}"));
    let obs = CallObservation {
        provider: "openai",
        route: "/v1/chat/completions",
        ttft_ns: Some(120_000_000),
        time_per_output_token_ns: Some(15_000_000),
        input_tokens: 512,
        output_tokens: 256,
        cache: CacheOutcome::Miss,
        ..CallObservation::new("support-bot", "gpt-4o", "chat", 850_000_000)
    };
    hub.record_call(&obs);
    c.bench_function("record_call (existing series, clock read)", |b| {
        b.iter(|| hub.record_call(black_box(&obs)))
    });

    let full = full_hub();
    c.bench_function("render_openmetrics (3,000 call series)", |b| {
        b.iter(|| black_box(full.render_openmetrics()))
    });

    let rows = day_of_rollups();
    let calls: u64 = rows.iter().map(|r| r.count).sum();
    let window = Duration::from_secs(86_400);
    let latency = TimeseriesMetric::Latency(glassbox_metrics::query::Percentile::P99);
    c.bench_function("summary (24 h, 10 M calls)", |b| {
        b.iter(|| black_box(summary(black_box(&rows), window)))
    });
    c.bench_function("timeseries latency_p99 (24 h, 1 m step, by model)", |b| {
        b.iter(|| {
            black_box(timeseries(
                black_box(&rows),
                latency,
                0,
                MINUTES,
                1,
                GroupBy::Model,
            ))
        })
    });
    c.final_summary();

    let (p50, p99) = percentiles(|| {
        black_box(summary(&rows, window));
    });
    println!(
        "summary over {} rows / {calls} calls: p50 {p50:?}, p99 {p99:?}",
        rows.len()
    );
    let (p50, p99) = percentiles(|| {
        black_box(timeseries(&rows, latency, 0, MINUTES, 1, GroupBy::Model));
    });
    println!("timeseries 24h x 1m by model: p50 {p50:?}, p99 {p99:?}");
    let (p50, p99) = percentiles(|| {
        black_box(full.render_openmetrics());
    });
    println!(
        "render_openmetrics ({} bytes): p50 {p50:?}, p99 {p99:?}",
        full.render_openmetrics().len()
    );
}
