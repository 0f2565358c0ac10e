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
//! streamed chat), `--only gateway|direct`, `--runs N` (each point N times: the spread is
//! reported), `--json FILE` (the figures, for bench/suite.sh and bench/guard.sh).
//!
//! Against separate processes, as a user measures it (`bench/suite.sh` pins them to cores):
//! `--gateway http://127.0.0.1:4000/v1 --gateway-pid P --upstream http://127.0.0.1:9000/v1
//! --upstream-pid Q`. Then CPU per call is measured too: the CPU time each process used
//! during its runs, divided by the calls (the upstream's own is the reference a machine's
//! speed is read from).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::serve::ListenerExt;
use glassbox_bench::{cpu_seconds, spread};
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
    runs: u64,
    json: Option<String>,
    gateway: Option<String>,
    gateway_pid: Option<u32>,
    upstream: Option<String>,
    upstream_pid: Option<u32>,
}

fn args() -> Args {
    let mut a = Args {
        rate: 1000,
        secs: 10,
        stream: false,
        only: None,
        runs: 1,
        json: None,
        gateway: None,
        gateway_pid: None,
        upstream: None,
        upstream_pid: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--rate" => a.rate = it.next().and_then(|v| v.parse().ok()).unwrap_or(a.rate),
            "--secs" => a.secs = it.next().and_then(|v| v.parse().ok()).unwrap_or(a.secs),
            "--stream" => a.stream = true,
            "--only" => a.only = it.next(),
            "--runs" => {
                a.runs = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(a.runs)
                    .max(1)
            }
            "--json" => a.json = it.next(),
            "--gateway" => a.gateway = it.next(),
            "--gateway-pid" => a.gateway_pid = it.next().and_then(|v| v.parse().ok()),
            "--upstream" => a.upstream = it.next(),
            "--upstream-pid" => a.upstream_pid = it.next().and_then(|v| v.parse().ok()),
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

/// The in-process setup: a mock upstream and a gateway with full observability.
type Local = (Pipeline, GatewayState, tempfile::TempDir);

async fn in_process() -> Result<(String, String, Local), Box<dyn std::error::Error>> {
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
        project_text: Default::default(),
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
    Ok((mock_url, gw_url, (pipeline, state, dir)))
}

/// Runs `{base}/chat/completions` at the configured rate and reports it as `name`; the CPU
/// `pid` used meanwhile, per call in µs, is printed and pushed onto `cpu_per_call`.
async fn measured(
    client: &reqwest::Client,
    name: &str,
    base: &str,
    a: &Args,
    pid: Option<u32>,
    cpu_per_call: &mut Vec<f64>,
) -> Outcome {
    let before = pid.and_then(cpu_seconds);
    let url = format!("{base}/chat/completions");
    let o = run(client.clone(), url, a.rate, a.secs, a.stream).await;
    report(name, &o);
    if let (Some(b), Some(e)) = (before, pid.and_then(cpu_seconds)) {
        let c = (e - b) * 1e6 / o.sent.max(1) as f64;
        println!("          {name} CPU {c:.1} µs per call");
        cpu_per_call.push(c);
    }
    o
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = args();
    let external = a.gateway.is_some();
    let (mock_url, gw_url, local) = if let Some(gw) = a.gateway.clone() {
        let up = a
            .upstream
            .clone()
            .ok_or("--gateway needs --upstream (the same upstream the gateway forwards to)")?;
        (up, gw, None)
    } else {
        let (m, g, local) = in_process().await?;
        (m, g, Some(local))
    };

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
        "open loop at {} req/s for {}s, {what}, measured from the scheduled send time{}",
        a.rate,
        a.secs,
        if a.runs > 1 {
            format!(", {} runs", a.runs)
        } else {
            String::new()
        }
    );
    let q = |o: &Outcome, p: f64| o.hist.value_at_quantile(p) as f64 / 1000.0;
    let (mut added_p50, mut added_p99, mut gw_p50, mut gw_p99) = (vec![], vec![], vec![], vec![]);
    let (mut gw_cpu, mut up_cpu, mut errors) = (vec![], vec![], 0u64);
    for _ in 0..a.runs {
        let mut direct = None;
        if a.only.as_deref() != Some("gateway") {
            let o = measured(
                &client,
                "direct",
                &mock_url,
                &a,
                a.upstream_pid,
                &mut up_cpu,
            )
            .await;
            errors += o.errors;
            direct = Some(o);
        }
        if a.only.as_deref() != Some("direct") {
            let o = measured(&client, "gateway", &gw_url, &a, a.gateway_pid, &mut gw_cpu).await;
            gw_p50.push(q(&o, 0.5));
            gw_p99.push(q(&o, 0.99));
            errors += o.errors;
            if let Some(d) = direct {
                let (p50, p99) = (q(&o, 0.5) - q(&d, 0.5), q(&o, 0.99) - q(&d, 0.99));
                println!("   added: p50 {p50:.3} ms, p99 {p99:.3} ms");
                added_p50.push(p50);
                added_p99.push(p99);
            }
        }
    }
    if a.runs > 1 {
        let line = |name: &str, v: &[f64], unit: &str| {
            if let serde_json::Value::Object(m) = spread(v) {
                println!(
                    "{name:>22}: median {:.3} {unit}, min {:.3}, max {:.3}",
                    m["median"].as_f64().unwrap_or(f64::NAN),
                    m["min"].as_f64().unwrap_or(f64::NAN),
                    m["max"].as_f64().unwrap_or(f64::NAN)
                );
            }
        };
        println!("over {} runs:", a.runs);
        line("added p50", &added_p50, "ms");
        line("added p99", &added_p99, "ms");
        line("gateway CPU per call", &gw_cpu, "µs");
        line("upstream CPU per call", &up_cpu, "µs");
    }
    if let Some(path) = &a.json {
        let summary = serde_json::json!({
            "rate": a.rate,
            "seconds": a.secs,
            "runs": a.runs,
            "stream": a.stream,
            "external": external,
            "errors": errors,
            "added_p50_ms": spread(&added_p50),
            "added_p99_ms": spread(&added_p99),
            "gateway_p50_ms": spread(&gw_p50),
            "gateway_p99_ms": spread(&gw_p99),
            "gateway_cpu_us_per_call": spread(&gw_cpu),
            "upstream_cpu_us_per_call": spread(&up_cpu),
            "calibration_ms": glassbox_bench::calibration_ms(),
        });
        std::fs::write(path, serde_json::to_vec_pretty(&summary)?)?;
    }
    if let Some((pipeline, state, _dir)) = local {
        println!(
            "records: {} calls recorded, {} dropped, pipeline accepted {}",
            state.calls_recorded(),
            state.records_dropped(),
            pipeline.handle().accepted()
        );
        pipeline.shutdown();
    }
    Ok(())
}
