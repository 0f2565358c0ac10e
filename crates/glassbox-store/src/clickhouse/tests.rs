//! The shared store behaviour and ClickHouse-only behaviour, against ClickHouse's engine
//! (chdb behind `tests/clickhouse/chdb_http.py`, which speaks ClickHouse's HTTP interface).
//! `GLASSBOX_CHDB_PYTHON` names a Python with `chdb` and `zstandard` (the test script sets
//! it); without it these tests say so and pass without running.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use glassbox_core::{AttrValue, GenAi, Redacted, TraceId};
use serde_json::Map;

use super::{open, ClickHouseConfig, ClickHouseReader, ClickHouseWriter};
use crate::conformance::{batch, conformance_tests, span, AlreadyClean, Caps, DAY_NS, T1, T2};
use crate::{BatchWriter, RestoredBody, RestoredPayload, TraceFilter, TraceReader, WriteBatch};

/// One server per test process; each test gets a database of its own.
struct Server {
    port: u16,
    child: Mutex<Child>,
    _dir: tempfile::TempDir,
}

static SERVER: OnceLock<Option<Server>> = OnceLock::new();
static NEXT_DB: AtomicUsize = AtomicUsize::new(0);

fn server() -> Option<&'static Server> {
    SERVER
        .get_or_init(|| {
            let Ok(python) = std::env::var("GLASSBOX_CHDB_PYTHON") else {
                eprintln!("ClickHouse store tests skipped: set GLASSBOX_CHDB_PYTHON to a Python with chdb (scripts/test.sh does)");
                return None;
            };
            let script = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/clickhouse/chdb_http.py");
            let dir = tempfile::tempdir().unwrap();
            let port_file = dir.path().join("port");
            let child = Command::new(python)
                .arg(&script)
                .args(["--port", "0", "--compatibility", "24.8", "--path"])
                .arg(dir.path().join("data"))
                .arg("--port-file")
                .arg(&port_file)
                .args(["--exit-with", &std::process::id().to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("starting tests/clickhouse/chdb_http.py");
            let mut child = child;
            let started = Instant::now();
            let port = loop {
                if let Ok(s) = std::fs::read_to_string(&port_file) {
                    break s.trim().parse::<u16>().unwrap();
                }
                if let Ok(Some(status)) = child.try_wait() {
                    let mut err = String::new();
                    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
                    panic!("chdb_http.py exited ({status}): {err}");
                }
                assert!(
                    started.elapsed() < Duration::from_secs(60),
                    "chdb_http.py did not start within 60 s"
                );
                std::thread::sleep(Duration::from_millis(50));
            };
            Some(Server {
                port,
                child: Mutex::new(child),
                _dir: dir,
            })
        })
        .as_ref()
}

fn config(database: &str, node: &str) -> Option<ClickHouseConfig> {
    let s = server()?;
    // Still running (it outlives no test: it stops when this process does).
    assert!(s.child.lock().unwrap().try_wait().unwrap().is_none());
    Some(ClickHouseConfig {
        url: format!("http://127.0.0.1:{}", s.port),
        database: database.into(),
        node: node.into(),
        ..ClickHouseConfig::default()
    })
}

/// A fresh database on the test server, opened as a node would.
fn fresh() -> Option<(ClickHouseWriter, ClickHouseReader, String)> {
    let db = format!("glassbox_t{}", NEXT_DB.fetch_add(1, Ordering::Relaxed));
    let (w, r) = open(&config(&db, "node-a")?).unwrap();
    Some((w, r, db))
}

conformance_tests!(
    fresh(),
    Caps {
        exact_retention: false
    }
);

#[test]
fn a_second_node_migrates_nothing_and_reads_what_the_first_wrote() {
    let Some((mut w, _r, db)) = fresh() else {
        return;
    };
    let mut s = span(T1, 1, None, 1_000, 2_000);
    s.user_id = Some("u-1".into());
    w.write_group(&[batch(vec![s])]).unwrap();
    // Another node opens the same database: the schema is there, the data too.
    let (_w2, r2) = open(&config(&db, "node-b").unwrap()).unwrap();
    let page = r2
        .search_traces(&TraceFilter {
            user_ids: vec!["u-1".into()],
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.traces.len(), 1);
    assert_eq!(page.traces[0].trace_id.to_hex(), T1);
}

#[test]
fn the_same_group_written_twice_is_stored_once() {
    let Some((mut w, r, _db)) = fresh() else {
        return;
    };
    let mut log = glassbox_core::LogRecord {
        time_unix_nano: 1_500,
        observed_time_unix_nano: 1_500,
        severity_number: 9,
        severity_text: "INFO".into(),
        event_name: String::new(),
        body: Some(AttrValue::Str("hello".into())),
        attributes: Default::default(),
        resource: Default::default(),
        trace_id: Some(TraceId::from_hex(T1).unwrap()),
        span_id: None,
        service: "app".into(),
        correlation_id: "c".into(),
        user_id: None,
        session_id: None,
    };
    let group = || {
        let mut b = batch(vec![
            span(T1, 1, None, 1_000, 2_000),
            span(T1, 2, Some(1), 1_100, 1_200),
        ]);
        b.logs.push(Redacted::new(&AlreadyClean, log.clone()));
        vec![b]
    };
    // A lost acknowledgement: the pipeline writes the group again.
    w.write_group(&group()).unwrap();
    w.write_group(&group()).unwrap();
    // The same records reaching the store in another grouping (another node) collapse
    // too, once read.
    log.observed_time_unix_nano = 1_500;
    w.write_group(&[batch(vec![span(T1, 2, Some(1), 1_100, 1_200)])])
        .unwrap();
    let page = r
        .search_traces(&TraceFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.traces[0].span_count, 2);
    assert_eq!(
        r.get_trace(TraceId::from_hex(T1).unwrap()).unwrap().len(),
        2
    );
    let logs = crate::LogReader::search_logs(
        &r,
        &crate::LogFilter {
            limit: 10,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(logs.logs.len(), 1);
}

#[test]
fn a_late_body_comes_back_onto_its_span_even_before_the_span_arrives() {
    let Some((mut w, r, _db)) = fresh() else {
        return;
    };
    let not_sampled = |trace: &str, id: u64| {
        let mut s = span(trace, id, None, 1_000, 2_000);
        s.attributes.insert(
            crate::PAYLOAD_ATTR.into(),
            AttrValue::Str(crate::NOT_SAMPLED.into()),
        );
        s.gen_ai = Some(GenAi::default());
        s
    };
    let body = |text: &str| {
        let mut m = Map::new();
        m.insert(
            "gen_ai.input_messages".into(),
            serde_json::json!([{"role": "user", "parts": [{"type": "text", "content": text}]}]),
        );
        RestoredPayload::Inline(Redacted::new(&AlreadyClean, m))
    };
    w.write_group(&[batch(vec![not_sampled(T1, 1)])]).unwrap();
    // The body of T2's span arrives first; the span follows in a later group.
    w.write_group(&[WriteBatch {
        restored_bodies: vec![
            RestoredBody {
                trace_id: TraceId::from_hex(T1).unwrap(),
                span_id: span(T1, 1, None, 0, 0).span_id,
                payload: body("why was I charged twice?"),
            },
            RestoredBody {
                trace_id: TraceId::from_hex(T2).unwrap(),
                span_id: span(T2, 7, None, 0, 0).span_id,
                payload: body("cancel my order"),
            },
        ],
        ..Default::default()
    }])
    .unwrap();
    w.write_group(&[batch(vec![not_sampled(T2, 7)])]).unwrap();
    for (trace, text) in [(T1, "charged twice"), (T2, "cancel my order")] {
        let spans = r.get_trace(TraceId::from_hex(trace).unwrap()).unwrap();
        assert_eq!(spans.len(), 1, "one version of the span is read");
        let s = &spans[0];
        assert_eq!(
            s.attributes.get(crate::PAYLOAD_ATTR),
            Some(&AttrValue::Str(crate::KEPT_LATE.into()))
        );
        let msgs = s.gen_ai.as_ref().unwrap().input_messages.as_ref().unwrap();
        assert!(msgs.to_string().contains(text), "{msgs}");
        let found = r
            .search_traces(&TraceFilter {
                text: Some(text.into()),
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(found.traces.len(), 1, "the restored body is searchable");
        assert_eq!(found.traces[0].span_count, 1);
    }
}

#[test]
fn a_body_parked_by_one_node_comes_back_through_a_late_signal_on_another() {
    let Some((mut a, r, db)) = fresh() else {
        return;
    };
    let (mut b, _rb) = open(&config(&db, "node-b").unwrap()).unwrap();
    let mut parked = Vec::new();
    let mut spans = Vec::new();
    for (trace, id, corr, text) in [
        (T1, 1, "order-1", "why was I charged twice?"),
        (T2, 2, "order-2", "cancel my order"),
    ] {
        let mut s = span(trace, id, None, 1_000, 2_000);
        s.correlation_id = corr.into();
        s.attributes.insert(
            crate::PAYLOAD_ATTR.into(),
            AttrValue::Str(crate::NOT_SAMPLED.into()),
        );
        let mut body = Map::new();
        body.insert("gen_ai.prompt".into(), serde_json::json!(text));
        parked.push(crate::ParkedBody {
            trace_id: s.trace_id,
            span_id: s.span_id,
            correlation_id: Some(corr.into()),
            body: Redacted::new(&AlreadyClean, body),
        });
        spans.push(s);
    }
    // Node A stores the spans without their bodies and parks the bodies.
    let mut group = batch(spans);
    group.parked = parked;
    a.write_group(&[group]).unwrap();
    let prompt = |trace: &str| {
        r.get_trace(TraceId::from_hex(trace).unwrap()).unwrap()[0]
            .attributes
            .get("gen_ai.prompt")
            .cloned()
    };
    assert_eq!(prompt(T1), None);
    // Feedback reaches node B: by trace id for one, by correlation id for the other.
    b.write_group(&[WriteBatch {
        late_signals: vec![
            crate::LateSignal::Trace(TraceId::from_hex(T1).unwrap()),
            crate::LateSignal::Correlation("order-2".into()),
        ],
        ..Default::default()
    }])
    .unwrap();
    assert_eq!(
        prompt(T1),
        Some(AttrValue::Str("why was I charged twice?".into()))
    );
    assert_eq!(prompt(T2), Some(AttrValue::Str("cancel my order".into())));
    // A second signal finds the span restored already and leaves it as it is.
    b.write_group(&[WriteBatch {
        late_signals: vec![crate::LateSignal::Trace(TraceId::from_hex(T1).unwrap())],
        ..Default::default()
    }])
    .unwrap();
    assert_eq!(
        r.get_trace(TraceId::from_hex(T1).unwrap()).unwrap().len(),
        1
    );
}

#[test]
fn otel_tools_read_the_exporter_columns() {
    let Some((mut w, _r, db)) = fresh() else {
        return;
    };
    let mut s = span(
        T1,
        1,
        None,
        1_700_000_000_123_456_789,
        1_700_000_001_000_000_000,
    );
    s.name = "chat gpt-4o".into();
    s.kind = glassbox_core::SpanKind::Client;
    s.status.code = glassbox_core::StatusCode::Error;
    s.attributes.insert(
        "gen_ai.request.model".into(),
        AttrValue::Str("gpt-4o".into()),
    );
    s.attributes
        .insert("gen_ai.usage.input_tokens".into(), AttrValue::Int(42));
    s.resource
        .insert("service.name".into(), AttrValue::Str("agent".into()));
    w.write_group(&[batch(vec![s])]).unwrap();
    let http = super::Http::new(&config(&db, "n").unwrap()).unwrap();
    #[derive(serde::Deserialize)]
    struct Row {
        ns: i64,
        #[serde(rename = "SpanName")]
        span_name: String,
        #[serde(rename = "SpanKind")]
        span_kind: String,
        #[serde(rename = "StatusCode")]
        status_code: String,
        #[serde(rename = "Duration")]
        duration: u64,
        model: String,
        tokens: String,
        service: String,
    }
    // A query as Grafana's ClickHouse data source writes one.
    let rows: Vec<Row> = http
        .rows(
            "SELECT toUnixTimestamp64Nano(Timestamp) AS ns, SpanName, SpanKind, StatusCode, Duration,
                SpanAttributes['gen_ai.request.model'] AS model, SpanAttributes['gen_ai.usage.input_tokens'] AS tokens,
                ResourceAttributes['service.name'] AS service
             FROM otel_traces WHERE ServiceName = 'agent'",
            &[],
        )
        .unwrap();
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r.ns, 1_700_000_000_123_456_789, "nanoseconds kept");
    assert_eq!(
        (
            r.span_name.as_str(),
            r.span_kind.as_str(),
            r.status_code.as_str()
        ),
        ("chat gpt-4o", "Client", "Error")
    );
    assert_eq!(r.duration, 876_543_211);
    assert_eq!(
        (r.model.as_str(), r.tokens.as_str(), r.service.as_str()),
        ("gpt-4o", "42", "agent")
    );
    #[derive(serde::Deserialize)]
    struct Lookup {
        n: u64,
        start: i64,
    }
    let lookup: Vec<Lookup> = http
        .rows(
            &format!(
                "SELECT count() AS n, toUnixTimestamp(min(Start)) AS start FROM otel_traces_trace_id_ts WHERE TraceId = '{T1}'"
            ),
            &[],
        )
        .unwrap();
    assert_eq!(
        (lookup[0].n, lookup[0].start),
        (1, 1_700_000_000),
        "the trace-id lookup table is filled"
    );
}

#[test]
fn retention_drops_whole_days_before_the_cutoff_day() {
    let Some((mut w, r, _db)) = fresh() else {
        return;
    };
    let day = |d: u64| d * DAY_NS + 3_600_000_000_000;
    w.write_group(&[batch(vec![
        span(T1, 1, None, day(20_000), day(20_000) + 5),
        span(T2, 2, None, day(20_001), day(20_001) + 5),
    ])])
    .unwrap();
    assert_eq!(
        w.delete_older_than(day(20_001), crate::RetentionScope::All)
            .unwrap(),
        1
    );
    assert!(r
        .get_trace(TraceId::from_hex(T1).unwrap())
        .unwrap()
        .is_empty());
    assert_eq!(
        r.get_trace(TraceId::from_hex(T2).unwrap()).unwrap().len(),
        1
    );
}

#[test]
fn an_unreachable_clickhouse_says_where_it_looked() {
    let c = ClickHouseConfig {
        url: "http://127.0.0.1:9".into(),
        timeout_secs: 2,
        ..ClickHouseConfig::default()
    };
    let e = open(&c).err().unwrap().to_string();
    assert!(
        e.contains("cannot reach ClickHouse at http://127.0.0.1:9"),
        "{e}"
    );
    assert!(e.contains("storage.clickhouse.url"), "{e}");
}

#[test]
fn a_readiness_probe_writes() {
    let Some((_w, r, _db)) = fresh() else {
        return;
    };
    crate::WriteProbe::probe_write(&r).unwrap();
}

#[test]
fn rollups_of_two_nodes_for_one_minute_merge_to_the_traffic_of_both() {
    use glassbox_rollup::{DdSketch, RollupFilter, RollupKind, RollupRow, RollupSource};
    let Some((mut a, r, db)) = fresh() else {
        return;
    };
    let (mut b, _rb) = open(&config(&db, "node-b").unwrap()).unwrap();
    // Node A saw 900 fast calls in the minute, node B 100 slow ones.
    let row = |latencies: &[f64]| {
        let mut sketch = DdSketch::new();
        for &l in latencies {
            sketch.add(l);
        }
        let mut row = RollupRow::empty(
            29_000_000,
            RollupKind::Call,
            "agent",
            "gpt-4o",
            "chat",
            "ok",
        );
        row.count = latencies.len() as u64;
        row.latency_sketch = sketch.to_bytes();
        row
    };
    let fast: Vec<f64> = (0..900).map(|i| 0.1 + f64::from(i) * 1e-4).collect();
    let slow: Vec<f64> = (0..100).map(|i| 2.0 + f64::from(i) * 1e-2).collect();
    for (w, lat) in [(&mut a, &fast), (&mut b, &slow)] {
        w.write_group(&[WriteBatch {
            rollups: vec![row(lat)],
            ..Default::default()
        }])
        .unwrap();
    }
    // A retried write of node A's row is not counted again.
    a.write_group(&[WriteBatch {
        rollups: vec![row(&fast)],
        ..Default::default()
    }])
    .unwrap();
    let rows = r
        .rollups(29_000_000, 29_000_001, &RollupFilter::default())
        .unwrap();
    assert_eq!(rows.len(), 2, "one row per node");
    let mut merged = rows[0].clone();
    merged.merge(&rows[1]).unwrap();
    assert_eq!(merged.count, 1_000);
    let sketch = DdSketch::from_bytes(&merged.latency_sketch).unwrap();
    let p99 = sketch.quantile(0.99).unwrap();
    // The true P99 of both nodes' calls: the 990th of 1,000, among node B's.
    assert!((p99 - 2.89).abs() / 2.89 < 0.02, "p99 {p99}");
}

#[test]
fn one_node_at_a_time_holds_the_retention_lease() {
    let Some((a, _r, db)) = fresh() else {
        return;
    };
    let (b, _rb) = open(&config(&db, "node-b").unwrap()).unwrap();
    let hold = std::time::Duration::from_secs(60);
    assert!(a.lease("retention", hold).unwrap(), "the first claim wins");
    assert!(!b.lease("retention", hold).unwrap(), "held by node A");
    assert!(a.lease("retention", hold).unwrap(), "node A renews its own");
    // A lapsed lease goes to whoever claims next.
    assert!(a
        .lease("janitor", std::time::Duration::from_millis(1))
        .unwrap());
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert!(b.lease("janitor", hold).unwrap());
    assert!(!a.lease("janitor", hold).unwrap());
}

#[test]
fn a_minute_still_open_on_one_node_is_counted_on_the_others_once() {
    use glassbox_rollup::{RollupFilter, RollupKind, RollupRow, RollupSource};
    let Some((mut a, ra, db)) = fresh() else {
        return;
    };
    let (_b, rb) = open(&config(&db, "node-b").unwrap()).unwrap();
    let row = |count: u64| {
        let mut r = RollupRow::empty(
            29_000_100,
            RollupKind::Call,
            "agent",
            "gpt-4o",
            "chat",
            "ok",
        );
        r.count = count;
        r
    };
    let counted = |r: &ClickHouseReader| -> u64 {
        r.rollups(29_000_100, 29_000_101, &RollupFilter::default())
            .unwrap()
            .iter()
            .map(|r| r.count)
            .sum()
    };
    // Node A's open minute, snapshotted twice as it grows: node B counts the newest.
    for n in [40, 70] {
        a.write_group(&[WriteBatch {
            open_rollups: vec![row(n)],
            ..Default::default()
        }])
        .unwrap();
    }
    assert_eq!(counted(&rb), 70, "node B sees node A's open minute");
    assert_eq!(
        counted(&ra),
        0,
        "node A's own open minute is its hub's, not the store's"
    );
    // Node A closes the minute (75 calls by then): its snapshot no longer counts.
    a.write_group(&[WriteBatch {
        rollups: vec![row(75)],
        ..Default::default()
    }])
    .unwrap();
    assert_eq!(counted(&rb), 75);
    assert_eq!(counted(&ra), 75);
}
