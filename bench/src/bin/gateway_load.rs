//! Open-loop load harness: the gateway (full observability: pipeline, redaction, SQLite)
//! against a direct connection to the same mock upstream, in the same run.
//!
//! Requests are sent on a fixed arrival schedule whatever the server does, and latency
//! is measured from each request's *scheduled* time, so a slow server cannot hide its
//! queueing (no coordinated omission). Percentiles come from an HDR histogram.
//!
//! ```text
//! cargo run --release -p glassbox-bench --bin gateway_load -- --rate 1000 --secs 10
//! cargo run --release -p glassbox-bench --bin gateway_load -- --rate 500 --secs 10 --stream
//! ```
//! Flags: `--rate N` requests/s, `--secs N` duration, `--stream` (measure TTFT of
//! streamed chat), `--only gateway|direct`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::serve::ListenerExt;
use glassbox_gateway::{mock_router, router, GatewayConfig, GatewayState, MockOptions, MockStats};
use glassbox_pipeline::{NoopObserver, PayloadPolicy, Pipeline, PipelineConfig, StandardStage};
use glassbox_redact::{KeyRing, RedactConfig, Redactor};
use hdrhistogram::Histogram;
use serde_json::json;

struct Args {
    rate: u64,
    secs: u64,
    stream: bool,
    only: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        rate: 1000,
        secs: 10,
        stream: false,
        only: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--rate" => a.rate = it.next().and_then(|v| v.parse().ok()).unwrap_or(a.rate),
            "--secs" => a.secs = it.next().and_then(|v| v.parse().ok()).unwrap_or(a.secs),
            "--stream" => a.stream = true,
            "--only" => a.only = it.next(),
            other => eprintln!("ignoring unknown flag {other}"),
        }
    }
    a
}

struct Outcome {
    hist: Histogram<u64>,
    errors: u64,
    sent: u64,
    elapsed: Duration,
}

async fn one(
    client: &reqwest::Client,
    url: &str,
    body: &serde_json::Value,
    stream: bool,
) -> Result<Instant, String> {
    let mut resp = client
        .post(url)
        .json(body)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !resp.status().is_success() {
        return Err(resp.status().to_string());
    }
    if stream {
        // Time to the first chunk that carries content (after the role chunk).
        let mut first_content = None;
        while let Some(chunk) = resp.chunk().await.map_err(|e| e.to_string())? {
            if first_content.is_none()
                && memchr::memmem::find(&chunk, b"\"content\":\"").is_some()
                && memchr::memmem::find(&chunk, b"\"content\":\"\"").is_none()
            {
                first_content = Some(Instant::now());
            }
        }
        return first_content.ok_or_else(|| "no content".to_string());
    }
    resp.bytes().await.map_err(|e| e.to_string())?;
    Ok(Instant::now())
}

async fn run(client: reqwest::Client, url: String, rate: u64, secs: u64, stream: bool) -> Outcome {
    let body = Arc::new(
        json!({"model": "mock-model", "stream": stream, "messages": [{"role": "user", "content": "Summarize the quarterly report for jane@example.com in one line."}]}),
    );
    let hist = Arc::new(std::sync::Mutex::new(
        Histogram::<u64>::new_with_bounds(1, 60_000_000, 3)
            .unwrap_or_else(|_| Histogram::new(3).unwrap_or_else(|_| unreachable_hist())),
    ));
    let errors = Arc::new(AtomicU64::new(0));
    let total = rate * secs;
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let start = Instant::now() + Duration::from_millis(50);
    let mut tasks = Vec::with_capacity(total as usize);
    for i in 0..total {
        let scheduled = start + interval.mul_f64(i as f64);
        tokio::time::sleep_until(scheduled.into()).await;
        let (client, url, body, hist, errors) = (
            client.clone(),
            url.clone(),
            body.clone(),
            hist.clone(),
            errors.clone(),
        );
        tasks.push(tokio::spawn(async move {
            match one(&client, &url, &body, stream).await {
                Ok(done) => {
                    let us = done.duration_since(scheduled).as_micros() as u64;
                    if let Ok(mut h) = hist.lock() {
                        let _ = h.record(us.max(1));
                    }
                }
                Err(_) => {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    let elapsed = start.elapsed();
    let hist = hist
        .lock()
        .map(|h| h.clone())
        .unwrap_or_else(|_| unreachable_hist());
    Outcome {
        hist,
        errors: errors.load(Ordering::Relaxed),
        sent: total,
        elapsed,
    }
}

fn unreachable_hist() -> Histogram<u64> {
    // Histogram::new(3) only fails for sigfig > 5.
    match Histogram::new(3) {
        Ok(h) => h,
        Err(_) => std::process::exit(2),
    }
}

fn report(name: &str, o: &Outcome) {
    let q = |p: f64| o.hist.value_at_quantile(p) as f64 / 1000.0;
    println!(
        "{name:>8}: sent {} in {:.1}s ({:.0}/s), errors {} ({:.3}%), latency ms p50 {:.3} p90 {:.3} p99 {:.3} p99.9 {:.3} max {:.3}",
        o.sent,
        o.elapsed.as_secs_f64(),
        o.sent as f64 / o.elapsed.as_secs_f64(),
        o.errors,
        100.0 * o.errors as f64 / o.sent.max(1) as f64,
        q(0.5),
        q(0.9),
        q(0.99),
        q(0.999),
        o.hist.max() as f64 / 1000.0
    );
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = args();
    let mock = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let mock_url = format!("http://{}/v1", mock.local_addr()?);
    let stats = Arc::new(MockStats::default());
    tokio::spawn(async move {
        axum::serve(
            mock.tap_io(|tcp| {
                let _ = tcp.set_nodelay(true);
            }),
            mock_router(MockOptions::default(), stats),
        )
        .await
    });

    let dir = tempfile::tempdir()?;
    let (writer, _reader) = glassbox_store::sqlite::open(dir.path())?;
    let redactor = Arc::new(Redactor::new(
        &RedactConfig::default(),
        KeyRing::single("k1", &rand::random::<[u8; 32]>()),
    )?);
    // The answer checks run as `glassbox serve` runs them (on by default).
    let answers = glassbox_answers::Checker::new(glassbox_answers::AnswersConfig::default())?
        .with_pii(Arc::new(glassbox_answers::RedactorPii(redactor.clone())));
    let stage = StandardStage {
        text: redactor,
        payload: PayloadPolicy::default(),
        answers: Some(Arc::new(answers)),
        prices: Some(Arc::new(glassbox_core::pricing::PriceTable::with_builtin(
            &[],
        )?)),
    };
    let pipeline = Pipeline::start(
        PipelineConfig {
            ingest_queue: 65_536,
            ..PipelineConfig::default()
        },
        Arc::new(stage),
        Box::new(writer),
        Arc::new(NoopObserver),
    )?;
    let state = GatewayState::new(GatewayConfig::with_upstream(&mock_url), pipeline.handle())?;
    let gw = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let gw_url = format!("http://{}/v1", gw.local_addr()?);
    let app = router(state.clone());
    tokio::spawn(async move {
        axum::serve(
            gw.tap_io(|tcp| {
                let _ = tcp.set_nodelay(true);
            }),
            app,
        )
        .await
    });

    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(4096)
        .tcp_nodelay(true)
        .no_proxy()
        .build()?;
    // Warm both paths (connections, tokenizer tables).
    for base in [&mock_url, &gw_url] {
        let _ = run(
            client.clone(),
            format!("{base}/chat/completions"),
            200,
            1,
            a.stream,
        )
        .await;
    }
    let what = if a.stream {
        "TTFT (streamed chat)"
    } else {
        "latency (chat)"
    };
    println!(
        "open loop at {} req/s for {}s, {what}, measured from the scheduled send time",
        a.rate, a.secs
    );
    let mut direct = None;
    if a.only.as_deref() != Some("gateway") {
        let o = run(
            client.clone(),
            format!("{mock_url}/chat/completions"),
            a.rate,
            a.secs,
            a.stream,
        )
        .await;
        report("direct", &o);
        direct = Some(o);
    }
    if a.only.as_deref() != Some("direct") {
        let o = run(
            client.clone(),
            format!("{gw_url}/chat/completions"),
            a.rate,
            a.secs,
            a.stream,
        )
        .await;
        report("gateway", &o);
        if let Some(d) = direct {
            let added = |p: f64| {
                (o.hist.value_at_quantile(p) as f64 - d.hist.value_at_quantile(p) as f64) / 1000.0
            };
            println!(
                "   added: p50 {:.3} ms, p99 {:.3} ms",
                added(0.5),
                added(0.99)
            );
        }
        println!(
            "records: {} calls recorded, {} dropped, pipeline accepted {}",
            state.calls_recorded(),
            state.records_dropped(),
            pipeline.handle().accepted()
        );
    }
    pipeline.shutdown();
    Ok(())
}
