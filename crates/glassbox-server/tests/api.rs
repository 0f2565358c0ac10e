#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The query, investigate, events and health API in process: a real SQLite store, a real
//! pipeline with the PII redactor, requests through the router with `oneshot`.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use glassbox_core::{AttrValue, GenAi, Span, SpanId, SpanStatus, StatusCode as SpanCode, TraceId};
use glassbox_pipeline::{
    NoopObserver, PayloadPolicy, Pipeline, PipelineConfig, Records, Source, StandardStage,
};
use glassbox_redact::{KeyRing, RedactConfig, Redactor};
use glassbox_server::{http_router, AppState, Auth, Scope, Token};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

struct Fixture {
    app: axum::Router,
    _pipeline: Pipeline,
    _dir: tempfile::TempDir,
}

const TRACE: &str = "0af7651916cd43dd8448eb211c80319c";

fn span(id: u64, parent: Option<u64>, name: &str, start: u64, end: u64) -> Span {
    let span_id = |n: u64| SpanId::from_bytes(&n.to_be_bytes()).unwrap();
    let mut s = Span::new(
        TraceId::from_hex(TRACE).unwrap(),
        span_id(id),
        name,
        start,
        end,
    );
    s.parent_span_id = parent.map(span_id);
    s.service = "agent".into();
    s
}

async fn fixture(tokens: Vec<Token>) -> Fixture {
    fixture_auth(Auth::new(tokens)).await
}

async fn fixture_auth(auth: Auth) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let (writer, reader) = glassbox_store::sqlite::open(dir.path()).unwrap();
    let redactor = Arc::new(
        Redactor::new(&RedactConfig::default(), KeyRing::single("k1", b"test-key")).unwrap(),
    );
    let stage = Arc::new(StandardStage {
        text: redactor.clone(),
        payload: PayloadPolicy::default(),
        answers: None,
        prices: None,
        project_text: Default::default(),
    });
    let pipeline = Pipeline::start(
        PipelineConfig::default(),
        stage,
        Box::new(writer),
        Arc::new(NoopObserver),
    )
    .unwrap();
    let pseudo = redactor.clone();
    let reader = Arc::new(reader);
    let state = AppState {
        probe: glassbox_server::Readiness::new(reader.clone()),
        reader,
        pipeline: pipeline.handle(),
        pseudonymize: Arc::new(move |s: &str| pseudo.pseudonyms(s)),
        admission: glassbox_otlp::Admission::default(),
        topic_min_users: 2,
        projects: Arc::from(Vec::<String>::new()),
    };
    let mut root = span(
        1,
        None,
        "invoke_agent planner",
        1_000_000_000,
        7_000_000_000,
    );
    root.attributes
        .insert("correlation.id".into(), AttrValue::Str("cust-402".into()));
    root.correlation_id = "cust-402".into();
    root.user_id = Some("alice@example.com".into());
    root.session_id = Some("sess-1".into());
    let mut tool = span(
        2,
        Some(1),
        "execute_tool search_flights",
        1_500_000_000,
        6_600_000_000,
    );
    tool.status = SpanStatus {
        code: SpanCode::Error,
        message: "timeout calling bob@example.com".into(),
    };
    let mut chat = span(3, Some(1), "chat gpt-4o", 6_600_000_000, 6_900_000_000);
    chat.gen_ai = Some(GenAi {
        operation: Some("chat".into()),
        request_model: Some("gpt-4o".into()),
        input_messages: Some(
            json!([{"role": "user", "parts": [{"type": "text", "content": "my card is 4111 1111 1111 1111"}]}]),
        ),
        ..Default::default()
    });
    pipeline
        .handle()
        .submit_and_wait(
            Source::OtlpTraces,
            Records {
                spans: vec![root, tool, chat],
                ..Default::default()
            },
        )
        .await
        .unwrap();
    Fixture {
        app: http_router(
            state,
            auth,
            axum::Router::new(),
            axum::Router::new(),
            glassbox_server::Cors::default(),
        ),
        _pipeline: pipeline,
        _dir: dir,
    }
}

async fn call(
    app: &axum::Router,
    method: &str,
    uri: &str,
    body: Option<Value>,
    token: Option<&str>,
) -> (StatusCode, Value) {
    call_with(app, method, uri, body, token, &[]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trace_document_has_analysis_and_no_raw_pii() {
    let f = fixture(vec![]).await;
    let (status, doc) = call(&f.app, "GET", &format!("/api/traces/{TRACE}"), None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["spans"].as_array().unwrap().len(), 3);
    assert_eq!(doc["slowest_step"]["name"], "execute_tool search_flights");
    assert_eq!(doc["slowest_step"]["step"], 1);
    let tool = doc["spans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "execute_tool search_flights")
        .unwrap();
    assert_eq!(tool["on_critical_path"], true);
    assert_eq!(tool["self_time_ns"], 5_100_000_000u64);
    assert!(doc["errors"]["ancestors"]
        .as_array()
        .unwrap()
        .contains(&json!("0000000000000001")));
    let text = doc.to_string();
    assert!(
        !text.contains("4111 1111 1111 1111")
            && !text.contains("bob@example.com")
            && !text.contains("alice@example.com")
    );
    assert!(text.contains("[CREDIT_CARD]") && text.contains("[EMAIL]"));
    let chat = doc["spans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "chat gpt-4o")
        .unwrap();
    assert!(chat["gen_ai"]["prompt_hash"].as_str().unwrap().len() == 64);

    let (status, err) = call(&f.app, "GET", "/api/traces/xyz", None, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["error"]["param"], "trace_id");
    let (status, _) = call(
        &f.app,
        "GET",
        "/api/traces/0af7651916cd43dd8448eb211c80319d",
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_investigate_and_events() {
    let f = fixture(vec![]).await;
    let (_, page) = call(
        &f.app,
        "GET",
        "/api/traces?status=error&min_duration=5s&service=agent",
        None,
        None,
    )
    .await;
    assert_eq!(page["traces"].as_array().unwrap().len(), 1);
    let (_, page) = call(&f.app, "GET", "/api/traces?min_duration=10s", None, None).await;
    assert!(page["traces"].as_array().unwrap().is_empty());
    // the raw user id finds the pseudonymized trace
    let (_, page) = call(
        &f.app,
        "GET",
        "/api/traces?user_id=alice@example.com",
        None,
        None,
    )
    .await;
    assert_eq!(page["traces"].as_array().unwrap().len(), 1);
    let (status, err) = call(&f.app, "GET", "/api/traces?status=sideways", None, None).await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("status"))
    );
    let (status, err) = call(&f.app, "GET", "/api/traces?limit=0", None, None).await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("limit"))
    );

    let (status, ok) = call(&f.app, "POST", "/api/feedback", Some(json!({"correlation_id": "cust-402", "value": "down", "comment": "call me at +1 415 555 0134"})), None).await;
    assert_eq!(status, StatusCode::OK, "{ok}");
    let (status, _) = call(
        &f.app,
        "POST",
        "/api/events",
        Some(json!([{"name": "conversion", "session_id": "sess-1"}])),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, err) = call(
        &f.app,
        "POST",
        "/api/feedback",
        Some(json!([{"trace_id": TRACE, "value": "up"}, {"trace_id": "nothex", "value": "up"}])),
        None,
    )
    .await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("[1].trace_id"))
    );
    let (status, err) = call(
        &f.app,
        "POST",
        "/api/events",
        Some(json!({"correlation_id": "x"})),
        None,
    )
    .await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("name"))
    );

    let (status, inv) = call(&f.app, "GET", "/api/investigate/cust-402", None, None).await;
    assert_eq!(status, StatusCode::OK);
    let types: Vec<&str> = inv["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(types.iter().filter(|t| **t == "span").count(), 3);
    assert!(types.contains(&"event"));
    assert!(
        !inv.to_string().contains("415 555 0134"),
        "feedback comments are redacted"
    );
    let (status, _) = call(&f.app, "GET", "/api/investigate/sess-1", None, None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(&f.app, "GET", "/api/investigate/nobody-at-all", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, _) = call(&f.app, "GET", "/healthz", None, None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, ready) = call(&f.app, "GET", "/readyz", None, None).await;
    assert_eq!(
        (status, ready["status"].as_str()),
        (StatusCode::OK, Some("ready"))
    );
    let (status, openapi) = call(&f.app, "GET", "/api/openapi.json", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(openapi["paths"]["/api/investigate/{id}"].is_object());
}

/// A unique prefix of 8+ hex digits finds a trace, in the trace API and in investigate.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn short_trace_ids() {
    let f = fixture(vec![]).await;
    let (status, doc) = call(
        &f.app,
        "GET",
        &format!("/api/traces/{}", &TRACE[..8]),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{doc}");
    assert_eq!(doc["trace_id"], TRACE);
    let (status, inv) = call(
        &f.app,
        "GET",
        &format!("/api/investigate/{}", &TRACE[..10]),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{inv}");
    assert!(!inv["timeline"].as_array().unwrap().is_empty());
    let (status, err) = call(&f.app, "GET", "/api/traces/ffffffff", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{err}");
    assert!(err["error"]["message"]
        .as_str()
        .unwrap()
        .contains("starts with `ffffffff`"));
    let (status, _) = call(&f.app, "GET", "/api/traces/0af765", None, None).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "fewer than 8 digits is not an id"
    );
}

/// `/readyz` proves the store writable now: while another process holds the database's
/// write lock, it says not ready (and why), although every earlier write succeeded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_probes_a_write_now() {
    let f = fixture(vec![]).await;
    let (status, ready) = call(&f.app, "GET", "/readyz", None, None).await;
    assert_eq!(status, StatusCode::OK, "{ready}");
    assert_eq!(ready["store_writable"], true);
    // Another process takes the write lock and keeps it.
    let db = f._dir.path().join(glassbox_store::sqlite::DB_FILE);
    let other = rusqlite::Connection::open(&db).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    tokio::time::sleep(glassbox_server::Readiness::EVERY).await;
    let (status, ready) = call(&f.app, "GET", "/readyz", None, None).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{ready}");
    assert_eq!(ready["store_writable"], false);
    assert!(
        ready["store_error"].as_str().unwrap().contains("locked"),
        "{ready}"
    );
    assert_eq!(ready["last_write_ok"], true, "the last write did succeed");
    other.execute_batch("ROLLBACK").unwrap();
    tokio::time::sleep(glassbox_server::Readiness::EVERY).await;
    let (status, ready) = call(&f.app, "GET", "/readyz", None, None).await;
    assert_eq!(status, StatusCode::OK, "{ready}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_and_scopes() {
    let reader = "read-token-0123456789";
    let ingest = "ingest-token-0123456789";
    let f = fixture(vec![
        Token {
            secret: reader.into(),
            scopes: vec![Scope::Read],
            projects: Vec::new(),
        },
        Token {
            secret: ingest.into(),
            scopes: vec![Scope::Ingest],
            projects: Vec::new(),
        },
    ])
    .await;
    let (status, err) = call(&f.app, "GET", "/api/traces", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(err["error"]["message"].as_str().unwrap().contains("read"));
    assert_eq!(
        call(&f.app, "GET", "/api/traces", None, Some(ingest))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(&f.app, "GET", "/api/traces", None, Some(reader))
            .await
            .0,
        StatusCode::OK
    );
    let fb = json!({"trace_id": TRACE, "value": "up"});
    assert_eq!(
        call(
            &f.app,
            "POST",
            "/api/feedback",
            Some(fb.clone()),
            Some(reader)
        )
        .await
        .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(&f.app, "POST", "/api/feedback", Some(fb), Some(ingest))
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        call(&f.app, "GET", "/healthz", None, None).await.0,
        StatusCode::OK
    );
}

async fn call_raw(app: &axum::Router, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let req = Request::builder().uri(uri).body(Body::empty()).unwrap();
    let resp = app.clone().oneshot(req).await.unwrap();
    let (status, headers) = (resp.status(), resp.headers().clone());
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8(bytes.to_vec()).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_feedback_and_streamed_exports() {
    let f = fixture(vec![]).await;
    let (status, _) = call(
        &f.app,
        "POST",
        "/api/feedback",
        Some(json!({"correlation_id": "cust-402", "value": "up", "comment": "mail me at carol@example.com"})),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    // The thread of the interaction: hops seen, and what to do about the missing ones.
    let (_, inv) = call(&f.app, "GET", "/api/investigate/cust-402", None, None).await;
    let hops: Vec<(String, u64)> = inv["thread"]["hops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["hop"].as_str().unwrap().to_string(),
                h["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        hops,
        [
            ("browser", 0),
            ("backend", 2),
            ("database", 0),
            ("model", 1),
            ("analytics", 0),
            ("feedback", 1)
        ]
        .map(|(h, n)| (h.to_string(), n))
    );
    let missing = inv["thread"]["missing"].to_string();
    assert!(
        missing.contains("glassbox.js") && missing.contains("\"database\""),
        "{missing}"
    );

    // Sessions: the list, one session, an unknown one.
    let (status, page) = call(&f.app, "GET", "/api/sessions", None, None).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let s = &page["sessions"][0];
    assert_eq!(s["session_id"], "sess-1");
    assert_eq!(
        (s["turns"].as_u64(), s["feedback_up"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(s["error_turns"], 1);
    assert!(
        !page.to_string().contains("alice@example.com"),
        "users are pseudonyms"
    );
    let (status, one) = call(&f.app, "GET", "/api/sessions/sess-1", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["turns"].as_array().unwrap().len(), 1);
    assert_eq!(one["events"].as_array().unwrap().len(), 1);
    assert!(!one.to_string().contains("carol@example.com"));
    let (status, err) = call(&f.app, "GET", "/api/sessions/nope", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{err}");
    let (status, err) = call(&f.app, "GET", "/api/sessions?windw=1h", None, None).await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("windw"))
    );

    // Feedback on the traces list, and its filter.
    let (_, page) = call(&f.app, "GET", "/api/traces?feedback=up", None, None).await;
    assert_eq!(page["traces"][0]["feedback_up"], 1);
    let (_, page) = call(&f.app, "GET", "/api/traces?feedback=down", None, None).await;
    assert!(page["traces"].as_array().unwrap().is_empty());
    let (status, err) = call(&f.app, "GET", "/api/traces?feedback=sideways", None, None).await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("feedback"))
    );
    let (status, events) = call(&f.app, "GET", "/api/events?name=feedback", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(events["events"].as_array().unwrap().len(), 1);

    // Exports: JSONL (a span per line), CSV (a row per span), OTLP (a request per trace).
    let (status, headers, body) = call_raw(&f.app, "/api/export/traces").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/x-ndjson");
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains(".jsonl"));
    let lines: Vec<Value> = body
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|s| s["trace_id"] == TRACE));
    for raw in [
        "4111 1111 1111 1111",
        "bob@example.com",
        "alice@example.com",
    ] {
        assert!(!body.contains(raw), "{raw} in the export");
    }
    let (status, headers, body) =
        call_raw(&f.app, "/api/export/traces?format=csv&status=error").await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let mut rdr = csv::Reader::from_reader(body.as_bytes());
    assert_eq!(rdr.headers().unwrap().len(), 21);
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows
        .iter()
        .any(|r| &r[3] == "execute_tool search_flights" && &r[9] == "error"));
    let (_, _, body) = call_raw(&f.app, "/api/export/traces?format=otlp").await;
    assert_eq!(body.lines().count(), 1);
    let req = glassbox_otlp::decode_traces(body.trim().as_bytes(), glassbox_otlp::Encoding::Json)
        .unwrap();
    let spans = glassbox_otlp::convert_traces(&req).records;
    assert_eq!(spans.len(), 3);
    let root = spans.iter().find(|s| s.parent_span_id.is_none()).unwrap();
    assert_eq!(root.correlation_id, "cust-402");
    assert_eq!(root.session_id.as_deref(), Some("sess-1"));
    let (_, _, body) = call_raw(&f.app, "/api/export/traces?status=ok").await;
    assert!(body.is_empty(), "a filter matching nothing exports nothing");
    let (_, _, body) = call_raw(&f.app, "/api/export/events?format=otlp").await;
    let req =
        glassbox_otlp::decode_logs(body.trim().as_bytes(), glassbox_otlp::Encoding::Json).unwrap();
    let records = glassbox_otlp::convert_logs(&req, 0).records;
    assert_eq!(records[0].event_name, "feedback");
    let (status, _, body) = call_raw(&f.app, "/api/export/events?format=csv").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body.lines().count(), 2, "{body}");
    let (status, _, _) = call_raw(&f.app, "/api/export/logs?format=csv&severity=warn").await;
    assert_eq!(status, StatusCode::OK);

    let (status, err) = call(&f.app, "GET", "/api/export/traces?format=xml", None, None).await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("format"))
    );
    let (status, err) = call(&f.app, "GET", "/api/export/logs?limit=5", None, None).await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("limit"))
    );
    let (status, err) = call(&f.app, "GET", "/api/export/traces?max=0", None, None).await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("max"))
    );
}

async fn segment(
    app: &axum::Router,
    path: &str,
    body: Value,
    basic: Option<&str>,
) -> (StatusCode, Value) {
    use base64::Engine as _;
    let mut req = Request::builder()
        .method("POST")
        .uri(path)
        .header("content-type", "application/json");
    if let Some(key) = basic {
        let creds = base64::engine::general_purpose::STANDARD.encode(format!("{key}:"));
        req = req.header("authorization", format!("Basic {creds}"));
    }
    let resp = app
        .clone()
        .oneshot(req.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn segment_tracking_api_events_join_the_thread() {
    let key = "segment-write-key-0123456789";
    let reader = "read-token-0123456789";
    let f = fixture(vec![
        Token {
            secret: key.into(),
            scopes: vec![Scope::Ingest],
            projects: Vec::new(),
        },
        Token {
            secret: reader.into(),
            scopes: vec![Scope::Read],
            projects: Vec::new(),
        },
    ])
    .await;
    let track = json!({
        "type": "track", "event": "Order Completed", "userId": "dana@example.com",
        "messageId": "msg-1", "timestamp": "2026-12-05T10:00:00.123Z",
        "properties": {"revenue": 42.5, "coupon": "call me at +1 415 555 0134"},
        "context": {"traceparent": format!("00-{TRACE}-00f067aa0ba902b7-01"), "page": {"path": "/checkout"}}
    });
    // The write key as Basic user name, as Segment's libraries send it; a wrong key and
    // no key are refused.
    assert_eq!(
        segment(&f.app, "/ingest/segment/v1/track", track.clone(), None)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        segment(
            &f.app,
            "/ingest/segment/v1/track",
            track.clone(),
            Some("nope")
        )
        .await
        .0,
        StatusCode::FORBIDDEN
    );
    let (status, ok) = segment(&f.app, "/ingest/segment/v1/track", track, Some(key)).await;
    assert_eq!((status, ok), (StatusCode::OK, json!({"success": true})));
    let batch = json!({"batch": [
        {"type": "identify", "userId": "dana@example.com", "messageId": "msg-2",
         "traits": {"email": "dana@example.com", "plan": "pro"}},
        {"type": "page", "anonymousId": "anon-7", "name": "Pricing",
         "properties": {"correlation_id": "cust-402", "session_id": "sess-1"}},
    ]});
    let (status, _) = segment(&f.app, "/ingest/segment/v1/batch", batch, Some(key)).await;
    assert_eq!(status, StatusCode::OK);

    let (_, events) = call(&f.app, "GET", "/api/events?limit=10", None, Some(reader)).await;
    let events = events["events"].as_array().unwrap();
    let by = |name: &str| events.iter().find(|e| e["name"] == name).unwrap().clone();
    // A purchase counts as a conversion, linked to the trace its traceparent names.
    let conv = by("conversion");
    assert_eq!(conv["trace_id"], TRACE);
    assert_eq!(conv["correlation_id"], TRACE);
    assert_eq!(conv["value"], 42.5);
    assert_eq!(conv["properties"]["segment.event"], "Order Completed");
    assert_eq!(conv["properties"]["page.path"], "/checkout");
    assert_eq!(conv["time_unix_nano"], 1_796_464_800_123_000_000u64);
    let page = by("page_view");
    assert_eq!(
        (page["correlation_id"].as_str(), page["session_id"].as_str()),
        (Some("cust-402"), Some("sess-1"))
    );
    assert_eq!(page["properties"]["segment.page"], "Pricing");
    assert_eq!(by("identify")["properties"]["plan"], "pro");
    let all = Value::Array(events.clone()).to_string();
    for raw in ["dana@example.com", "415 555 0134"] {
        assert!(!all.contains(raw), "{raw} stored raw");
    }
    // The thread: the trace's investigation holds the purchase.
    let (_, inv) = call(
        &f.app,
        "GET",
        &format!("/api/investigate/{TRACE}"),
        None,
        Some(reader),
    )
    .await;
    assert!(inv["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["type"] == "event" && e["event"]["name"] == "conversion"));

    // Bad messages name the field, with the batch position.
    let (status, err) = segment(&f.app, "/ingest/segment/v1/batch",
        json!({"batch": [{"type": "track", "event": "x", "userId": "u", "messageId": "m"}, {"type": "track", "event": "y", "userId": "u", "messageId": "m", "timestamp": "yesterday"}]}), Some(key)).await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("batch[1].timestamp"))
    );
    let (status, err) = segment(
        &f.app,
        "/ingest/segment/v1/track",
        json!({"event": "x", "messageId": "m"}),
        Some(key),
    )
    .await;
    assert_eq!(
        (status, err["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("userId"))
    );
    let (status, _) = segment(&f.app, "/ingest/segment/v1/trak", json!({}), Some(key)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_keys_send_only_browser_data_and_are_rate_limited() {
    let browser = "browser-key-0123456789";
    let reader = "read-token-0123456789";
    let f = fixture_auth(
        Auth::new(vec![
            Token {
                secret: browser.into(),
                scopes: vec![Scope::IngestBrowser],
                projects: Vec::new(),
            },
            Token {
                secret: reader.into(),
                scopes: vec![Scope::Read],
                projects: Vec::new(),
            },
        ])
        .with_browser_limits(glassbox_server::BrowserLimits {
            per_ip_per_minute: 4,
            per_key_per_minute: 1000,
        }),
    )
    .await;
    // What a page sends: feedback and events.
    let fb = json!({"correlation_id": "web-0123456789abcdef", "value": "up"});
    assert_eq!(
        call(&f.app, "POST", "/api/feedback", Some(fb), Some(browser))
            .await
            .0,
        StatusCode::OK
    );
    // Nothing else: reading, OTLP logs and metrics.
    for (method, path) in [
        ("GET", "/api/traces"),
        ("POST", "/v1/logs"),
        ("POST", "/v1/metrics"),
        ("GET", "/api/logs"),
    ] {
        let (status, err) = call(&f.app, method, path, Some(json!({})), Some(browser)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}: {err}");
    }
    // A beacon: no headers, so the key is in the query and the JSON body is text/plain.
    let trace = "5b8efff798038103d269b633813fc60c";
    let otlp = json!({"resourceSpans": [{
        "resource": {"attributes": [
            {"key": "service.name", "value": {"stringValue": "shop-web"}},
            {"key": "telemetry.sdk.language", "value": {"stringValue": "webjs"}}]},
        "scopeSpans": [{"spans": [{
            "traceId": trace, "spanId": "eee19b7ec3c1b174", "name": "click #buy", "kind": 1,
            "startTimeUnixNano": "1733400000000000000", "endTimeUnixNano": "1733400000250000000",
            "attributes": [{"key": "correlation.id", "value": {"stringValue": "web-0123456789abcdef"}}]}]}]}]});
    let req = Request::post(format!("/v1/traces?glassbox_key={browser}"))
        .header("content-type", "text/plain;charset=UTF-8")
        .body(Body::from(otlp.to_string()))
        .unwrap();
    let resp = f.app.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let (status, doc) = call(
        &f.app,
        "GET",
        &format!("/api/traces/{trace}"),
        None,
        Some(reader),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{doc}");
    // A key in the query is for browser routes only.
    let (status, _) = call(
        &f.app,
        "GET",
        &format!("/api/traces?glassbox_key={browser}"),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // 4 a minute from one address: the 2 above count, the 5th request is refused.
    let ev = json!({"name": "add_to_cart", "correlation_id": "web-0123456789abcdef"});
    for _ in 0..2 {
        assert_eq!(
            call(
                &f.app,
                "POST",
                "/api/events",
                Some(ev.clone()),
                Some(browser)
            )
            .await
            .0,
            StatusCode::OK
        );
    }
    let req = Request::post("/api/events")
        .header("authorization", format!("Bearer {browser}"))
        .header("content-type", "application/json")
        .body(Body::from(ev.to_string()))
        .unwrap();
    let resp = f.app.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(resp.headers()["retry-after"], "15");
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    let msg = String::from_utf8_lossy(&body);
    assert!(msg.contains("browser_per_ip_per_minute"), "{msg}");
    // Another kind of token is not limited.
    for _ in 0..6 {
        assert_eq!(
            call(&f.app, "GET", "/api/traces", None, Some(reader))
                .await
                .0,
            StatusCode::OK
        );
    }
}

/// A request with an optional token and extra headers; the JSON answer (a body that is
/// not JSON as a string).
async fn call_with(
    app: &axum::Router,
    method: &str,
    uri: &str,
    body: Option<Value>,
    token: Option<&str>,
    headers: &[(&str, &str)],
) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = match body {
        Some(b) => req
            .header("content-type", "application/json")
            .body(Body::from(b.to_string()))
            .unwrap(),
        None => req.body(Body::empty()).unwrap(),
    };
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let v = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()));
    (status, v)
}

/// One OTLP/JSON trace of one span, whose resource claims project `b` (which glassbox
/// must ignore: the project is the sender's).
fn otlp_trace(trace: &str, name: &str, tag: &str) -> Value {
    let s = |v: &str| json!({"stringValue": v});
    json!({"resourceSpans": [{
        "resource": {"attributes": [
            {"key": "service.name", "value": s("svc")},
            {"key": "glassbox.project", "value": s("b")},
        ]},
        "scopeSpans": [{"spans": [{
            "traceId": trace, "spanId": if tag == "b2" { "00f067aa0ba902b8" } else { "00f067aa0ba902b7" }, "name": name,
            "startTimeUnixNano": "1000000000", "endTimeUnixNano": "2000000000",
            "attributes": [
                {"key": "correlation.id", "value": s(&format!("cust-{tag}"))},
                {"key": "session.id", "value": s(&format!("sess-{tag}"))},
                {"key": "user.id", "value": s(&format!("user-{tag}"))},
            ],
        }]}],
    }]})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_project_token_sees_nothing_of_another_project() {
    let tok = |secret: &str, scope: Scope, projects: &[&str]| Token {
        secret: secret.into(),
        scopes: vec![scope],
        projects: projects.iter().map(|p| p.to_string()).collect(),
    };
    let (a_in, a_read, b_in, b_read, admin) = (
        "a-ingest-token-0123456789",
        "a-read-token-0123456789",
        "b-ingest-token-0123456789",
        "b-read-token-0123456789",
        "admin-token-0123456789",
    );
    let f = fixture(vec![
        tok(a_in, Scope::Ingest, &["a"]),
        tok(a_read, Scope::Read, &["a"]),
        tok(b_in, Scope::Ingest, &["b"]),
        tok(b_read, Scope::Read, &["b"]),
        tok(admin, Scope::Admin, &[]),
    ])
    .await;
    let (ta, tb) = (
        "aaaaaaaa000000000000000000000001",
        "bbbbbbbb000000000000000000000002",
    );
    // Each project sends a trace (claiming project `b` in its resource), an event and
    // feedback; project b also sends a span into project a's trace id.
    for (token, trace, tag) in [(a_in, ta, "a"), (b_in, tb, "b"), (b_in, ta, "b2")] {
        let (st, body) = call_with(
            &f.app,
            "POST",
            "/v1/traces",
            Some(otlp_trace(trace, &format!("root {tag}"), tag)),
            Some(token),
            &[],
        )
        .await;
        assert_eq!(st, StatusCode::OK, "{body}");
    }
    for (token, tag) in [(a_in, "a"), (b_in, "b")] {
        let ev = json!({"name": "checkout", "correlation_id": format!("cust-{tag}")});
        let (st, _) = call_with(&f.app, "POST", "/api/events", Some(ev), Some(token), &[]).await;
        assert_eq!(st, StatusCode::OK);
        let fb = json!({"correlation_id": format!("cust-{tag}"), "value": "down"});
        let (st, _) = call_with(&f.app, "POST", "/api/feedback", Some(fb), Some(token), &[]).await;
        assert_eq!(st, StatusCode::OK);
    }
    // A token cannot write into a project it is not bound to.
    let (st, body) = call_with(
        &f.app,
        "POST",
        "/v1/traces",
        Some(otlp_trace(tb, "sneak", "x")),
        Some(b_in),
        &[("x-glassbox-project", "a")],
    )
    .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    assert!(
        body.to_string().contains("not bound to project `a`"),
        "{body}"
    );

    let get = |token: &'static str, uri: String| {
        let app = f.app.clone();
        async move { call_with(&app, "GET", &uri, None, Some(token), &[]).await }
    };
    // Lists: only the caller's project.
    for (token, own, other, mine) in [(a_read, ta, tb, "a"), (b_read, tb, ta, "b")] {
        let (st, page) = get(token, "/api/traces?limit=100".into()).await;
        assert_eq!(st, StatusCode::OK);
        let ids: Vec<&str> = page["traces"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["trace_id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&own), "{token}: {ids:?}");
        assert!(
            !ids.contains(&other) && !ids.contains(&TRACE),
            "{token}: {ids:?}"
        );
        assert!(page["traces"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["project"] == mine));
        for uri in [
            "/api/logs?limit=100",
            "/api/events?limit=100",
            "/api/sessions?limit=100",
        ] {
            let (st, page) = get(token, uri.into()).await;
            assert_eq!(st, StatusCode::OK, "{uri}");
            let text = page.to_string();
            let theirs = if mine == "a" { "cust-b" } else { "cust-a\"" };
            assert!(!text.contains(theirs), "{token} {uri}: {text}");
            assert!(
                !text.contains("cust-402") && !text.contains("sess-1\""),
                "{token} {uri}: {text}"
            );
        }
        let (_, export) = get(token, "/api/export/traces?format=jsonl".into()).await;
        assert!(!export
            .to_string()
            .contains(&format!("root {}", if mine == "a" { "b" } else { "a" })));
        let (_, p) = get(token, "/api/projects".into()).await;
        assert_eq!(p["projects"], json!([mine]));
        assert_eq!(p["write"], mine);
    }
    // By id: another project's trace, session and ids are not found; a trace id both
    // projects used shows each only its own spans.
    assert_eq!(
        get(a_read, format!("/api/traces/{tb}")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(a_read, format!("/api/traces/{TRACE}")).await.0,
        StatusCode::NOT_FOUND
    );
    let (st, doc) = get(a_read, format!("/api/traces/{ta}")).await;
    assert_eq!(st, StatusCode::OK);
    assert!(
        doc.to_string().contains("root a") && !doc.to_string().contains("root b2"),
        "{doc}"
    );
    let (st, doc) = get(b_read, format!("/api/traces/{ta}")).await;
    assert_eq!(st, StatusCode::OK);
    assert!(
        doc.to_string().contains("root b2") && !doc.to_string().contains("\"root a\""),
        "{doc}"
    );
    assert_eq!(
        get(a_read, "/api/sessions/sess-b".into()).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(a_read, "/api/sessions/sess-a".into()).await.0,
        StatusCode::OK
    );
    assert_eq!(
        get(a_read, "/api/investigate/cust-b".into()).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(a_read, "/api/investigate/cust-402".into()).await.0,
        StatusCode::NOT_FOUND
    );
    let (st, inv) = get(a_read, "/api/investigate/cust-a".into()).await;
    assert_eq!(st, StatusCode::OK);
    assert!(!inv.to_string().contains("root b2"), "{inv}");
    assert_eq!(
        get(a_read, format!("/api/compare?a={tb}")).await.0,
        StatusCode::NOT_FOUND
    );
    // Reading another project by header is refused (routes not limited by project,
    // which refuse a project-bound caller, are served by the binary: tests/e2e).
    let (st, _) = call_with(
        &f.app,
        "GET",
        "/api/traces",
        None,
        Some(a_read),
        &[("x-glassbox-project", "b")],
    )
    .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (st, topics) = get(a_read, "/api/topics".into()).await;
    assert_eq!(st, StatusCode::OK, "{topics}");
    // A token bound to no project sees every project, or one it names.
    let (_, page) = get(admin, "/api/traces?limit=100".into()).await;
    assert_eq!(page["traces"].as_array().unwrap().len(), 3);
    let (_, page) = call_with(
        &f.app,
        "GET",
        "/api/traces?limit=100",
        None,
        Some(admin),
        &[("x-glassbox-project", "b")],
    )
    .await;
    let ids: Vec<&str> = page["traces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["trace_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![tb]);
}
