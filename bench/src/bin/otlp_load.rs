//! OTLP/HTTP protobuf ingest at a fixed arrival rate, then query latency.
//!
//! ```text
//! glassbox serve --data-dir /tmp/gb-bench &
//! cargo run --release -p glassbox-bench --bin otlp_load -- \
//!     --rate 50000 --duration 30 --pid $(pgrep -f 'glassbox serve') --data-dir /tmp/gb-bench
//! ```
//! Reports acknowledged spans/s, export latency percentiles (from the scheduled start, so
//! stalls are not hidden), whether the last acknowledged trace is queryable at once, peak
//! RSS, bytes on disk per span, and `GET /api/traces/{id}` / `/api/investigate/{id}`
//! latency percentiles over the stored data.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use clap::Parser;
use glassbox_bench::{cpu_seconds, dir_bytes, interval, peak_rss_bytes, percentile, summarize_ms};
use glassbox_workload::{agent_trace, AgentTraceOptions};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value;
use prost::Message;
use rand::Rng;

#[derive(Parser)]
struct Args {
    /// glassbox base URL.
    #[arg(long, default_value = "http://127.0.0.1:4000")]
    target: String,
    /// Offered load in spans per second.
    #[arg(long, default_value_t = 50_000.0)]
    rate: f64,
    /// Seconds of load.
    #[arg(long, default_value_t = 30)]
    duration: u64,
    /// Agent runs per export request (SDK batch processors send many spans at once).
    #[arg(long, default_value_t = 4)]
    traces_per_request: usize,
    /// Most requests in flight.
    #[arg(long, default_value_t = 256)]
    max_in_flight: usize,
    /// glassbox's PID, for peak RSS.
    #[arg(long)]
    pid: Option<u32>,
    /// glassbox's data directory, for bytes on disk per span.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Query samples for the trace-by-id and investigate measurements (0 skips).
    #[arg(long, default_value_t = 2000)]
    query_samples: usize,
    /// Workload: `standard` (model calls carry 1–4 KB of messages, other steps none,
    /// ~1 KB/span) or `heavy` (every step carries 200–4,000 bytes of text, ~2.6 KB/span,
    /// as agent frameworks that record everything export; use with
    /// `--traces-per-request 34 --max-in-flight 2` for 512-span batches from 2 exporters).
    #[arg(long, default_value = "standard")]
    profile: String,
    /// Write the run's figures to this JSON file (for bench/suite.sh and bench/guard.sh).
    #[arg(long)]
    json: Option<PathBuf>,
}

/// One pre-encoded export request; per send only its trace ids and correlation ids are
/// rewritten in place (the generator shares the machine: it must cost little).
struct Template {
    body: Vec<u8>,
    spans: usize,
    /// Per agent run: byte offsets of its trace id (16 bytes) in `body`.
    trace_id_at: Vec<Vec<usize>>,
    /// Per agent run: byte offsets of its correlation id (`req-` + 16 hex) in `body`.
    correlation_at: Vec<Vec<usize>>,
}

fn find_all(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    hay.windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect()
}

fn templates(n: usize, traces_per_request: usize, heavy: bool) -> Vec<Template> {
    let mut rng = rand::rng();
    let opts = if heavy {
        AgentTraceOptions {
            slow_step_probability: 0.05,
            min_message_bytes: 200,
            max_message_bytes: 4000,
            text_on_every_span: true,
            ..Default::default()
        }
    } else {
        AgentTraceOptions {
            slow_step_probability: 0.05,
            ..Default::default()
        }
    };
    (0..n)
        .map(|_| {
            let mut request = ExportTraceServiceRequest::default();
            let mut spans = 0;
            let mut markers = Vec::new();
            for _ in 0..traces_per_request {
                let mut run = agent_trace(&mut rng, now_ns(), &opts);
                spans += run.span_count;
                let tid: [u8; 16] = rng.random();
                let corr = format!("req-{:016x}", rng.random::<u64>());
                for rs in &mut run.request.resource_spans {
                    for ss in &mut rs.scope_spans {
                        for span in &mut ss.spans {
                            span.trace_id = tid.to_vec();
                            for kv in &mut span.attributes {
                                if kv.key == "correlation.id" {
                                    if let Some(v) = kv.value.as_mut() {
                                        v.value = Some(any_value::Value::StringValue(corr.clone()));
                                    }
                                }
                            }
                        }
                    }
                }
                markers.push((tid, corr));
                request.resource_spans.extend(run.request.resource_spans);
            }
            let body = request.encode_to_vec();
            let trace_id_at = markers
                .iter()
                .map(|(tid, _)| find_all(&body, tid))
                .collect();
            let correlation_at = markers
                .iter()
                .map(|(_, c)| find_all(&body, c.as_bytes()))
                .collect();
            Template {
                body,
                spans,
                trace_id_at,
                correlation_at,
            }
        })
        .collect()
}

fn now_ns() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// Gives every trace in the request a fresh trace id and a unique correlation id; returns
/// (encoded body, trace ids, correlation ids).
fn stamp(t: &Template, rng: &mut impl Rng) -> (Vec<u8>, Vec<String>, Vec<String>) {
    let mut body = t.body.clone();
    let mut ids = Vec::with_capacity(t.trace_id_at.len());
    let mut correlations = Vec::with_capacity(t.trace_id_at.len());
    for (tid_at, corr_at) in t.trace_id_at.iter().zip(&t.correlation_at) {
        let tid: [u8; 16] = rng.random();
        for &at in tid_at {
            body[at..at + 16].copy_from_slice(&tid);
        }
        let corr = format!("req-{:016x}", rng.random::<u64>());
        for &at in corr_at {
            body[at..at + corr.len()].copy_from_slice(corr.as_bytes());
        }
        ids.push(tid.iter().map(|b| format!("{b:02x}")).collect());
        correlations.push(corr);
    }
    (body, ids, correlations)
}

/// Length of the throughput windows reported during and after the run.
const WINDOW_SECS: u64 = 10;

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.max_in_flight)
        .build()?;
    if client
        .get(format!("{}/healthz", args.target))
        .send()
        .await
        .is_err()
    {
        bail!(
            "glassbox is not answering at {}: start it first (glassbox serve)",
            args.target
        );
    }
    eprintln!("generating payloads…");
    let heavy = match args.profile.as_str() {
        "standard" => false,
        "heavy" => true,
        other => bail!("--profile {other}: use standard or heavy"),
    };
    let pool = Arc::new(templates(64, args.traces_per_request, heavy));
    let (bytes, spans) = pool
        .iter()
        .fold((0, 0), |(b, n), t| (b + t.body.len(), n + t.spans));
    println!(
        "workload: {} profile, {:.0} bytes/span on the wire (protobuf), {:.0} spans/request",
        args.profile,
        bytes as f64 / spans.max(1) as f64,
        spans as f64 / pool.len().max(1) as f64
    );
    let avg_spans = pool.iter().map(|t| t.spans).sum::<usize>() as f64 / pool.len() as f64;
    let req_rate = args.rate / avg_spans;
    let avg_kib =
        pool.iter().map(|t| t.body.len()).sum::<usize>() as f64 / pool.len() as f64 / 1024.0;
    eprintln!(
        "offering {:.0} spans/s = {req_rate:.0} requests/s of ~{avg_spans:.0} spans (~{avg_kib:.0} KiB protobuf) for {}s",
        args.rate, args.duration
    );

    let cpu_before = args.pid.and_then(cpu_seconds);
    let acked_spans = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(Mutex::new(std::collections::BTreeMap::<String, u64>::new()));
    let latencies = Arc::new(Mutex::new(Vec::<f64>::new()));
    let acked_ids = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let last_ack = Arc::new(Mutex::new(None::<(Instant, String)>));
    let in_flight = Arc::new(tokio::sync::Semaphore::new(args.max_in_flight));
    let start = Instant::now();
    let step = interval(req_rate);
    let total = (req_rate * args.duration as f64) as u64;
    let mut rng = rand::rng();
    let mut tasks = Vec::with_capacity(total as usize);
    let mut dropped_by_generator = 0u64;
    // Sustained means every window, not the average: acknowledged spans per 10 s window,
    // printed as they close (progress) and summarised at the end.
    let windows = Arc::new(Mutex::new(Vec::<f64>::new()));
    let progress = {
        let (acked_spans, windows) = (acked_spans.clone(), windows.clone());
        let secs = args.duration;
        tokio::spawn(async move {
            let mut before = 0u64;
            for w in 1..=secs / WINDOW_SECS {
                tokio::time::sleep_until((start + Duration::from_secs(w * WINDOW_SECS)).into())
                    .await;
                let now = acked_spans.load(Ordering::Relaxed);
                let rate = (now - before) as f64 / WINDOW_SECS as f64;
                before = now;
                eprintln!(
                    "  t={:>4}s  {rate:>8.0} spans/s acknowledged",
                    w * WINDOW_SECS
                );
                windows.lock().map(|mut v| v.push(rate)).ok();
            }
        })
    };
    for k in 0..total {
        let scheduled = start + step.mul_f64(k as f64);
        tokio::time::sleep_until(scheduled.into()).await;
        let Ok(permit) = in_flight.clone().try_acquire_owned() else {
            dropped_by_generator += 1;
            continue;
        };
        let t = &pool[(k as usize) % pool.len()];
        let spans = t.spans as u64;
        let (body, ids, correlations) = stamp(t, &mut rng);
        let client = client.clone();
        let url = format!("{}/v1/traces", args.target);
        let (acked_spans, errors, latencies, acked_ids, last_ack) = (
            acked_spans.clone(),
            errors.clone(),
            latencies.clone(),
            acked_ids.clone(),
            last_ack.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let resp = client
                .post(&url)
                .header("content-type", "application/x-protobuf")
                .body(body)
                .send()
                .await;
            let took = scheduled.elapsed().as_secs_f64() * 1e3;
            drop(permit);
            match resp {
                Ok(r) if r.status().is_success() => {
                    acked_spans.fetch_add(spans, Ordering::Relaxed);
                    latencies.lock().map(|mut l| l.push(took)).ok();
                    if let Ok(mut a) = acked_ids.lock() {
                        a.extend(ids.iter().cloned().zip(correlations));
                    }
                    if let (Ok(mut l), Some(id)) = (last_ack.lock(), ids.last()) {
                        *l = Some((Instant::now(), id.clone()));
                    }
                }
                Ok(r) => count_error(&errors, r.status().to_string()),
                Err(e) => count_error(&errors, format!("transport: {e}")),
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    progress.abort();
    let elapsed = start.elapsed().as_secs_f64();
    let cpu_used = match (cpu_before, args.pid.and_then(cpu_seconds)) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    let acked = acked_spans.load(Ordering::Relaxed);
    let mut lat = latencies.lock().map(|l| l.clone()).unwrap_or_default();
    println!("== ingest (OTLP/HTTP protobuf, open loop)");
    println!(
        "offered           {:.0} spans/s for {:.1}s",
        args.rate, elapsed
    );
    println!(
        "acknowledged      {acked} spans = {:.0} spans/s",
        acked as f64 / elapsed
    );
    let mut per_window = windows.lock().map(|w| w.clone()).unwrap_or_default();
    if !per_window.is_empty() {
        per_window.sort_by(f64::total_cmp);
        println!(
            "per {WINDOW_SECS} s window   min {:.0}  median {:.0}  max {:.0} spans/s  ({} windows)",
            per_window[0],
            per_window[per_window.len() / 2],
            per_window[per_window.len() - 1],
            per_window.len()
        );
    }
    println!("export latency    {}", summarize_ms(&mut lat));
    let cpu_us_per_span = cpu_used.map(|c| c * 1e6 / acked.max(1) as f64);
    if let (Some(c), Some(per)) = (cpu_used, cpu_us_per_span) {
        println!("glassbox CPU      {c:.2} s = {per:.1} µs per acknowledged span");
    }
    if let Some(path) = &args.json {
        let summary = serde_json::json!({
            "profile": args.profile,
            "bytes_per_span": bytes as f64 / spans.max(1) as f64,
            "offered_spans_per_s": args.rate,
            "seconds": elapsed,
            "acked_spans_per_s": acked as f64 / elapsed,
            "window_min_spans_per_s": per_window.first(),
            "window_median_spans_per_s": per_window.get(per_window.len() / 2),
            "latency_p50_ms": percentile(&lat, 0.5),
            "latency_p99_ms": percentile(&lat, 0.99),
            "cpu_seconds": cpu_used,
            "cpu_us_per_span": cpu_us_per_span,
            "peak_rss_mib": args.pid.and_then(peak_rss_bytes).map(|b| b as f64 / 1048576.0),
        });
        std::fs::write(path, serde_json::to_vec_pretty(&summary)?)?;
    }
    println!("not sent (generator at max in flight): {dropped_by_generator}");
    println!(
        "errors            {:?}",
        errors.lock().map(|e| e.clone()).unwrap_or_default()
    );

    let last = last_ack.lock().map(|l| l.clone()).unwrap_or_default();
    if let Some((acked_at, id)) = last {
        let r = client
            .get(format!("{}/api/traces/{id}", args.target))
            .send()
            .await?;
        println!(
            "last acked trace  {id}: GET /api/traces -> {} ({:.1} ms after its ack)",
            r.status(),
            acked_at.elapsed().as_secs_f64() * 1e3
        );
    }
    if let Some(pid) = args.pid {
        if let Some(peak) = peak_rss_bytes(pid) {
            println!("peak RSS          {:.1} MiB", peak as f64 / 1048576.0);
        }
    }
    if let Some(dir) = &args.data_dir {
        let stored = client
            .get(format!("{}/readyz", args.target))
            .send()
            .await
            .map(|_| ())
            .ok();
        let _ = stored;
        let bytes = dir_bytes(dir);
        println!("data dir          {:.1} MiB for {acked} spans this run = {:.0} bytes/span (whole dir / spans acked)", bytes as f64 / 1048576.0, bytes as f64 / acked.max(1) as f64);
    }

    if args.query_samples > 0 {
        let ids = acked_ids.lock().map(|a| a.clone()).unwrap_or_default();
        if ids.is_empty() {
            bail!("nothing was acknowledged; no queries to run");
        }
        let mut by_id = Vec::new();
        let mut investigate = Vec::new();
        for _ in 0..args.query_samples {
            let (id, corr) = &ids[rng.random_range(0..ids.len())];
            let t0 = Instant::now();
            let r = client
                .get(format!("{}/api/traces/{id}", args.target))
                .send()
                .await?;
            let _ = r.bytes().await?;
            by_id.push(t0.elapsed().as_secs_f64() * 1e3);
            let t0 = Instant::now();
            let r = client
                .get(format!("{}/api/investigate/{corr}", args.target))
                .send()
                .await?;
            let _ = r.bytes().await?;
            investigate.push(t0.elapsed().as_secs_f64() * 1e3);
        }
        println!(
            "== queries ({} samples each, sequential, end to end over HTTP)",
            args.query_samples
        );
        println!("GET /api/traces/{{id}}       {}", summarize_ms(&mut by_id));
        println!(
            "GET /api/investigate/{{id}}  {}",
            summarize_ms(&mut investigate)
        );
    }
    Ok(())
}

fn count_error(errors: &Mutex<std::collections::BTreeMap<String, u64>>, kind: String) {
    // A poisoned lock means another task panicked; its count is lost with it.
    if let Ok(mut e) = errors.lock() {
        *e.entry(kind).or_default() += 1;
    }
}
