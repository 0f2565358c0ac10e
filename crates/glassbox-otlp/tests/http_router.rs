//! The OTLP/HTTP router, in process, with a fake sink.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;

use std::io::Write;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use bytes::Bytes;
use common::{fixture, FakeSink};
use glassbox_otlp::{
    router, router_with, router_with_limit, Admission, Limits, RpcStatus, SinkError,
};
use http_body_util::BodyExt;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceResponse;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceResponse;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse;
use prost::Message;
use tower::ServiceExt;

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn post(
    path: &str,
    content_type: &str,
    encoding: Option<&str>,
    body: impl Into<Body>,
) -> Request<Body> {
    let mut b = Request::post(path).header("content-type", content_type);
    if let Some(e) = encoding {
        b = b.header("content-encoding", e);
    }
    b.body(body.into()).unwrap()
}

async fn send(app: axum::Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Bytes) {
    let resp = app.oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    (status, headers, body)
}

#[tokio::test]
async fn protobuf_export_reaches_the_sink() {
    let sink = Arc::new(FakeSink::default());
    let (status, headers, body) = send(
        router(sink.clone()),
        post(
            "/v1/traces",
            "application/x-protobuf",
            None,
            fixture("openai-v2-v1_traces-06.pb"),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/x-protobuf");
    assert_eq!(
        ExportTraceServiceResponse::decode(body).unwrap(),
        ExportTraceServiceResponse::default()
    );
    let spans = sink.spans.lock().unwrap();
    assert_eq!(spans.len(), 1);
    assert_eq!(
        spans[0].gen_ai.as_ref().and_then(|g| g.output_tokens),
        Some(8)
    );
}

#[tokio::test]
async fn json_export_answers_json() {
    let sink = Arc::new(FakeSink::default());
    let (status, headers, body) = send(
        router(sink.clone()),
        post(
            "/v1/traces",
            "application/json",
            None,
            fixture("py-http-json-v1_traces-00.json"),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(&body[..], b"{}");
    assert_eq!(sink.spans.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn gzip_json_and_gzip_protobuf() {
    let sink = Arc::new(FakeSink::default());
    let app = router(sink.clone());
    let (s1, _, _) = send(
        app.clone(),
        post(
            "/v1/traces",
            "application/json",
            Some("gzip"),
            fixture("py-http-json-gzip-v1_traces-00.json.gz"),
        ),
    )
    .await;
    let (s2, _, _) = send(
        app,
        post(
            "/v1/traces",
            "application/x-protobuf",
            Some("gzip"),
            fixture("basic_traces-http-protobuf-gzip-02.pb.gz"),
        ),
    )
    .await;
    assert_eq!((s1, s2), (StatusCode::OK, StatusCode::OK));
    assert!(sink.spans.lock().unwrap().len() >= 2);
}

#[tokio::test]
async fn chunked_body_without_content_length() {
    let sink = Arc::new(FakeSink::default());
    let data = fixture("js-http-json-v1_traces-00.json");
    let chunks: Vec<Result<Bytes, std::io::Error>> = data
        .chunks(50)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    let body = Body::from_stream(futures::stream::iter(chunks));
    let (status, _, _) = send(
        router(sink.clone()),
        post("/v1/traces", "application/json", None, body),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!sink.spans.lock().unwrap().is_empty());
}

#[tokio::test]
async fn undecodable_body_is_400_with_a_status_in_the_request_encoding() {
    let sink = Arc::new(FakeSink::default());
    let (status, _, body) = send(
        router(sink.clone()),
        post(
            "/v1/traces",
            "application/json",
            None,
            fixture("basic_traces-http-protobuf-00.generic-proto3.json"),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["code"], 3);
    assert!(v["message"].as_str().unwrap().contains("base64"), "{v}");

    let (status, headers, body) = send(
        router(sink.clone()),
        post(
            "/v1/traces",
            "application/x-protobuf",
            None,
            &b"\xff\xff\xff"[..],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(headers["content-type"], "application/x-protobuf");
    let st = RpcStatus::decode(body).unwrap();
    assert_eq!(st.code, 3);
    assert!(st.message.contains("invalid protobuf"), "{}", st.message);
    assert!(sink.spans.lock().unwrap().is_empty());
}

#[tokio::test]
async fn snake_case_json_is_400_not_an_empty_200() {
    let sink = Arc::new(FakeSink::default());
    let (status, _, body) = send(
        router(sink),
        post(
            "/v1/traces",
            "application/json",
            None,
            fixture("edge-cases/snake_case.json"),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&body).contains("resourceSpans"));
}

#[tokio::test]
async fn too_large_after_decompression_is_413() {
    let sink = Arc::new(FakeSink::default());
    let bomb = gzip(&vec![b' '; 2 << 20]);
    let (status, _, body) = send(
        router_with_limit(sink.clone(), 1 << 20),
        post("/v1/traces", "application/json", Some("gzip"), bomb),
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&body).unwrap()["code"],
        8
    );
    let (status, _, _) = send(
        router_with_limit(sink, 1 << 20),
        post("/v1/traces", "application/json", None, vec![b' '; 2 << 20]),
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn unsupported_content_type_and_encoding_are_415() {
    let sink = Arc::new(FakeSink::default());
    let (status, _, body) = send(
        router(sink.clone()),
        post("/v1/traces", "application/xml", None, "x"),
    )
    .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let msg = String::from_utf8_lossy(&body).to_string();
    assert!(
        msg.contains("application/x-protobuf") && msg.contains("application/json"),
        "{msg}"
    );
    let (status, _, _) = send(
        router(sink),
        post("/v1/traces", "application/json", Some("br"), "{}"),
    )
    .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn full_sink_is_429_with_retry_after() {
    let sink = Arc::new(FakeSink::refusing(SinkError::Full {
        retry_after_secs: 7,
    }));
    let (status, headers, body) = send(
        router(sink),
        post(
            "/v1/traces",
            "application/x-protobuf",
            None,
            fixture("openai-v2-v1_traces-06.pb"),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(headers["retry-after"], "7");
    let st = RpcStatus::decode(body).unwrap();
    assert_eq!((st.code, st.details.len()), (8, 1));

    let sink = Arc::new(FakeSink::refusing(SinkError::Unavailable {
        reason: "store down".into(),
    }));
    let (status, headers, _) = send(
        router(sink),
        post(
            "/v1/traces",
            "application/json",
            None,
            fixture("py-http-json-v1_traces-00.json"),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(headers.contains_key("retry-after"));
}

/// One span with a non-hex id, one log record with a base64 trace id: the rest of the
/// export is stored and the bad record is named in the partial success, on the path with
/// a trailing slash too.
#[tokio::test]
async fn a_non_hex_id_rejects_only_its_record() {
    let body = r#"{"resourceSpans":[{"scopeSpans":[{"spans":[
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174","name":"ok"},
        {"traceId":"not-hex-at-all!!","spanId":"eee19b7ec3c1b176","name":"bad"},
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b175","name":"ok2"}]}]}]}"#;
    let sink = Arc::new(FakeSink::default());
    let (status, _, resp) = send(
        router(sink.clone()),
        post("/v1/traces/", "application/json", None, body),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&resp));
    let v: serde_json::Value = serde_json::from_slice(&resp).unwrap();
    assert_eq!(v["partialSuccess"]["rejectedSpans"], "1");
    let msg = v["partialSuccess"]["errorMessage"].as_str().unwrap();
    assert!(
        msg.contains("spans[1].traceId: expected 32 hex characters"),
        "{msg}"
    );
    let names: Vec<String> = sink
        .spans
        .lock()
        .unwrap()
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(names, ["ok", "ok2"]);

    let logs = r#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[
        {"timeUnixNano":"1700000000000000000","body":{"stringValue":"fine"}},
        {"timeUnixNano":"1700000000000000000","traceId":"W4vv95gDgQPSabYzgT/GDA==","body":{"stringValue":"bad"}}]}]}]}"#;
    let (status, _, resp) = send(
        router(sink.clone()),
        post("/v1/logs", "application/json", None, logs),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&resp));
    let v: serde_json::Value = serde_json::from_slice(&resp).unwrap();
    assert_eq!(v["partialSuccess"]["rejectedLogRecords"], "1");
    assert!(v["partialSuccess"]["errorMessage"]
        .as_str()
        .unwrap()
        .contains("not base64"));
    // Every span bad: nothing to store, so the whole export is refused.
    let all_bad = r#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"zz","spanId":"eee19b7ec3c1b174"}]}]}]}"#;
    let (status, _, _) = send(
        router(sink.clone()),
        post("/v1/traces", "application/json", None, all_bad),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn zero_span_id_is_a_partial_success_and_valid_spans_are_kept() {
    let body = r#"{"resourceSpans":[{"scopeSpans":[{"spans":[
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174","name":"ok"},
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"0000000000000000","name":"bad"},
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b175","name":"ok2"}]}]}]}"#;
    let sink = Arc::new(FakeSink::default());
    let (status, _, resp) = send(
        router(sink.clone()),
        post("/v1/traces", "application/json", None, body),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&resp).unwrap();
    assert_eq!(v["partialSuccess"]["rejectedSpans"], "1");
    assert!(v["partialSuccess"]["errorMessage"]
        .as_str()
        .unwrap()
        .contains("spans[1].spanId: span id is all zeroes"));
    let names: Vec<String> = sink
        .spans
        .lock()
        .unwrap()
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(names, ["ok", "ok2"]);

    // The same in protobuf.
    let req = glassbox_otlp::decode_traces(body.as_bytes(), glassbox_otlp::Encoding::Json).unwrap();
    let (_, _, resp) = send(
        router(sink),
        post(
            "/v1/traces",
            "application/x-protobuf",
            None,
            req.encode_to_vec(),
        ),
    )
    .await;
    let ps = ExportTraceServiceResponse::decode(resp)
        .unwrap()
        .partial_success
        .unwrap();
    assert_eq!(ps.rejected_spans, 1);
}

#[tokio::test]
async fn empty_request_is_200() {
    let sink = Arc::new(FakeSink::default());
    let (status, _, body) = send(
        router(sink.clone()),
        post("/v1/traces", "application/json", None, "{}"),
    )
    .await;
    assert_eq!((status, &body[..]), (StatusCode::OK, &b"{}"[..]));
    let (status, _, _) = send(
        router(sink),
        post("/v1/traces", "application/x-protobuf", None, Bytes::new()),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn logs_and_metrics_routes() {
    let sink = Arc::new(FakeSink::default());
    let app = router(sink.clone());
    let (status, _, body) = send(
        app.clone(),
        post(
            "/v1/logs",
            "application/x-protobuf",
            None,
            fixture("openai-v2-v1_logs-05.pb"),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        ExportLogsServiceResponse::decode(body).unwrap(),
        ExportLogsServiceResponse::default()
    );
    let (status, _, body) = send(
        app.clone(),
        post(
            "/v1/metrics",
            "application/x-protobuf",
            None,
            fixture("openai-v2-v1_metrics-08.pb"),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        ExportMetricsServiceResponse::decode(body).unwrap(),
        ExportMetricsServiceResponse::default()
    );
    assert!(!sink.logs.lock().unwrap().is_empty());
    assert!(!sink.metrics.lock().unwrap().is_empty());

    let bad_hist = r#"{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"h","histogram":{"dataPoints":[
        {"count":"3","bucketCounts":["1","2","0"],"explicitBounds":[0.5]},{"count":"1","bucketCounts":["1"]}]}}]}]}]}"#;
    let (status, _, body) =
        send(app, post("/v1/metrics", "application/json", None, bad_hist)).await;
    assert_eq!(status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["partialSuccess"]["rejectedDataPoints"], "1");
}

#[tokio::test]
async fn exports_beyond_the_ingest_budget_wait_then_get_503_with_retry_after() {
    let body = fixture("openai-v2-v1_traces-06.pb");
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let sink = Arc::new(FakeSink {
        gate: Some(gate.clone()),
        ..Default::default()
    });
    // Room for exactly one such export.
    let app = router_with(
        sink.clone(),
        Limits {
            admission: Admission::new(body.len(), std::time::Duration::from_millis(100)),
            ..Limits::default()
        },
    );
    let post_pb = |b: Vec<u8>| {
        let len = b.len();
        let mut req = post("/v1/traces", "application/x-protobuf", None, b);
        req.headers_mut().insert("content-length", len.into());
        req
    };
    // The first export is admitted and waits for the (slow) store.
    let first = tokio::spawn(send(app.clone(), post_pb(body.clone())));
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    // The second finds no room and gives up after the wait limit.
    let (status, headers, resp) = send(app.clone(), post_pb(body.clone())).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(headers["retry-after"], "1");
    let st = RpcStatus::decode(resp).unwrap();
    assert_eq!(st.code, 14, "UNAVAILABLE");
    assert!(st.message.contains("busy"), "{}", st.message);
    assert!(sink.spans.lock().unwrap().is_empty());
    // The store catches up: the first is acknowledged and its room released.
    gate.add_permits(2);
    assert_eq!(first.await.unwrap().0, StatusCode::OK);
    let (status, _, _) = send(app, post_pb(body)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(sink.spans.lock().unwrap().len(), 2);
}
