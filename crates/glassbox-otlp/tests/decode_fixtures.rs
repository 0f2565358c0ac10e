//! Real payloads and edge cases decode (or are refused) as the OTLP spec says.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;

use common::fixture;
use glassbox_core::AttrValue;
use glassbox_otlp::{
    convert_logs, convert_metrics, convert_traces, decode_logs, decode_metrics, decode_traces,
    decompress, DecodeError, Encoding, DEFAULT_MAX_BODY_BYTES,
};
use prost::Message;

fn json_traces(name: &str) -> Result<glassbox_otlp::Converted<glassbox_core::Span>, DecodeError> {
    decode_traces(&fixture(name), Encoding::Json).map(|r| convert_traces(&r))
}

#[test]
fn protobuf_and_otlp_json_of_the_same_export_agree() {
    let pb = decode_traces(
        &fixture("basic_traces-http-protobuf-00.pb"),
        Encoding::Protobuf,
    )
    .unwrap();
    let js = decode_traces(
        &fixture("basic_traces-http-protobuf-00.otlp.json"),
        Encoding::Json,
    )
    .unwrap();
    assert_eq!(pb, js);
    let spans = convert_traces(&pb);
    assert_eq!(spans.rejected, 0);
    assert!(!spans.records.is_empty());
    let all: Vec<_> = [
        "basic_traces-http-protobuf-00.pb",
        "basic_traces-grpc-traces-00.pb",
        "basic_traces-grpc-traces-01.pb",
    ]
    .iter()
    .filter_map(|n| std::fs::read(common::fixture_path(n)).ok())
    .flat_map(|b| convert_traces(&decode_traces(&b, Encoding::Protobuf).unwrap()).records)
    .collect();
    assert!(all
        .iter()
        .all(|s| s.service != glassbox_otlp::UNKNOWN_SERVICE));
}

#[test]
fn gzip_protobuf_fixture() {
    let body = decompress(
        &fixture("basic_traces-http-protobuf-gzip-02.pb.gz"),
        Some("gzip"),
        DEFAULT_MAX_BODY_BYTES,
    )
    .unwrap();
    let req = decode_traces(&body, Encoding::Protobuf).unwrap();
    assert!(!convert_traces(&req).records.is_empty());
}

#[test]
fn grpc_fixture_is_a_plain_export_request() {
    let req = decode_traces(
        &fixture("basic_traces-grpc-traces-00.pb"),
        Encoding::Protobuf,
    )
    .unwrap();
    assert!(!convert_traces(&req).records.is_empty());
}

#[test]
fn real_sdk_json_payloads() {
    for name in [
        "py-http-json-v1_traces-00.json",
        "js-http-json-v1_traces-00.json",
        "spec-example-trace.json",
    ] {
        let c = json_traces(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!c.records.is_empty(), "{name}");
        assert_eq!(c.rejected, 0, "{name}: {}", c.error_message());
    }
    let gz = decompress(
        &fixture("py-http-json-gzip-v1_traces-00.json.gz"),
        Some("gzip"),
        1 << 20,
    )
    .unwrap();
    let c = convert_traces(&decode_traces(&gz, Encoding::Json).unwrap());
    assert_eq!((c.records.len(), c.rejected), (1, 0));
    let s = &c.records[0];
    assert_eq!(s.links.len(), 1);
    assert!(s.is_error());
    assert_eq!(s.gen_ai.as_ref().and_then(|g| g.input_tokens), Some(21));
}

#[test]
fn spec_examples_for_logs_and_metrics() {
    let logs = decode_logs(&fixture("spec-example-logs.json"), Encoding::Json).unwrap();
    let c = convert_logs(&logs, 1);
    assert!(!c.records.is_empty());
    let metrics = decode_metrics(&fixture("spec-example-metrics.json"), Encoding::Json).unwrap();
    let c = convert_metrics(&metrics);
    assert!(!c.records.is_empty(), "{}", c.error_message());
}

#[test]
fn genai_logs_and_metrics_fixtures() {
    let pb = decode_logs(&fixture("openai-v2-v1_logs-05.pb"), Encoding::Protobuf).unwrap();
    let js = decode_logs(&fixture("openai-v2-v1_logs-05.otlp.json"), Encoding::Json).unwrap();
    assert_eq!(pb, js);
    let logs = convert_logs(&pb, 1);
    assert_eq!(logs.rejected, 0);
    assert!(logs
        .records
        .iter()
        .all(|l| l.service == "research-openai-v2"));
    assert!(logs.records.iter().any(|l| !l.event_name.is_empty()));

    let pb = decode_metrics(&fixture("openai-v2-v1_metrics-08.pb"), Encoding::Protobuf).unwrap();
    let js = decode_metrics(
        &fixture("openai-v2-v1_metrics-08.otlp.json"),
        Encoding::Json,
    )
    .unwrap();
    assert_eq!(pb, js);
    for name in [
        "openai-v2-v1_metrics-08.pb",
        "openai-v2-v1_metrics-09.pb",
        "openllmetry-v1_metrics-05.pb",
    ] {
        let req = decode_metrics(&fixture(name), Encoding::Protobuf).unwrap();
        let c = convert_metrics(&req);
        assert_eq!(c.rejected, 0, "{name}: {}", c.error_message());
        assert!(c.records.iter().any(|p| p.kind == "histogram"), "{name}");
    }
}

#[test]
fn generic_proto3_json_is_refused_clearly() {
    for name in [
        "basic_traces-http-protobuf-00.generic-proto3.json",
        "basic_traces-http-protobuf-01.generic-proto3.json",
    ] {
        let e = json_traces(name).unwrap_err().to_string();
        assert!(e.contains("traceId") || e.contains("kind"), "{name}: {e}");
    }
}

#[test]
fn base64_ids_are_refused_with_where_and_why() {
    let e = json_traces("edge-cases/base64_ids.json")
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "resourceSpans[0].scopeSpans[0].spans[0].traceId: expected 32 hex characters, got 24 \
         base64-looking characters (OTLP/JSON encodes trace and span ids as hex, not base64)"
    );
}

#[test]
fn enum_names_are_refused_naming_the_number() {
    let e = json_traces("edge-cases/kind_string.json")
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("resourceSpans[0].scopeSpans[0].spans[0].kind:"),
        "{e}"
    );
    assert!(e.contains("\"SPAN_KIND_SERVER\", send 2"), "{e}");
}

#[test]
fn snake_case_keys_are_refused_not_ignored() {
    let e = json_traces("edge-cases/snake_case.json")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("use \"resourceSpans\" instead of \"resource_spans\""),
        "{e}"
    );
}

#[test]
fn missing_ids_reject_the_span() {
    let c = json_traces("edge-cases/missing_ids.json").unwrap();
    assert!(c.all_rejected());
    assert!(
        c.error_message()
            .contains("spans[0].traceId: trace id must be 16 bytes"),
        "{}",
        c.error_message()
    );
}

#[test]
fn attribute_edge_cases() {
    let c = json_traces("edge-cases/kvlist_bytes.json").unwrap();
    let a = &c.records[0].attributes;
    assert_eq!(
        a["b"],
        AttrValue::Bytes(glassbox_core::model::BytesValue {
            bytes: "68656c6c6f".into()
        })
    );
    assert!(matches!(a["d"], AttrValue::Double(d) if d.is_nan()));
    assert!(!a.contains_key("empty"));
    assert!(
        matches!(&a["gen_ai.input.messages"], AttrValue::Array(items) if matches!(&items[0], AttrValue::Map(m) if m["role"] == AttrValue::Str("user".into())))
    );

    let c = json_traces("edge-cases/attr_double_as_int.json").unwrap();
    assert_eq!(c.records[0].attributes["d"], AttrValue::Double(1.0));
    let c = json_traces("edge-cases/attr_nan.json").unwrap();
    assert_eq!(c.records.len(), 1);
    // An uppercase hex trace id is still hex.
    assert_eq!(
        c.records[0].trace_id.to_hex(),
        "5b8efff798038103d269b633813fc60c"
    );
    let e = json_traces("edge-cases/attr_int_as_string_bad.json")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("attributes[0].value.intValue: expected a 64-bit integer"),
        "{e}"
    );
    let c = json_traces("edge-cases/unknown_field.json").unwrap();
    assert_eq!((c.records.len(), c.records[0].end_time_unix_nano), (1, 2));
    assert_eq!(c.records[0].parent_span_id, None);
    for name in [
        "edge-cases/attr_bytes.json",
        "edge-cases/attr_emptyvalue.json",
        "edge-cases/attr_kvlist.json",
    ] {
        assert_eq!(json_traces(name).unwrap().records.len(), 1, "{name}");
    }
}

#[test]
fn metrics_ints_as_strings_or_numbers() {
    let req = decode_metrics(
        &fixture("edge-cases/metrics_asint_string.json"),
        Encoding::Json,
    )
    .unwrap();
    let c = convert_metrics(&req);
    assert_eq!(c.rejected, 0);
    let by_name = |n: &str| {
        c.records
            .iter()
            .find(|p| p.name == n)
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(by_name("sum.int.string")["as_int"], 7);
    assert_eq!(by_name("sum.int.number")["as_int"], 7);
    assert_eq!(by_name("gauge.double")["as_double"], 1.5);
    assert_eq!(by_name("hist"), by_name("hist.numcount"));
    assert_eq!(by_name("hist")["bucket_counts"], serde_json::json!([1, 2]));
}

#[test]
fn bad_histogram_rejects_only_that_point() {
    let body = r#"{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"h","histogram":{"dataPoints":[
        {"count":"3","bucketCounts":["1","2","0"],"explicitBounds":[0.5],"timeUnixNano":"1"},
        {"count":"3","bucketCounts":["1","2"],"explicitBounds":[0.5],"timeUnixNano":"1"}]}}]}]}]}"#;
    let c = convert_metrics(&decode_metrics(body.as_bytes(), Encoding::Json).unwrap());
    assert_eq!((c.records.len(), c.rejected), (1, 1));
    assert!(
        c.error_message()
            .contains("dataPoints[0] (h): histogram has 3 bucket counts for 1 explicit bounds"),
        "{}",
        c.error_message()
    );
}

#[test]
fn logs_ids_are_optional_but_checked() {
    let body = r#"{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"svc"}}]},
      "scopeLogs":[{"logRecords":[
        {"body":{"stringValue":"no ids"},"attributes":[{"key":"event.name","value":{"stringValue":"gen_ai.choice"}}]},
        {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174","severityNumber":9,"eventName":"e"},
        {"traceId":"00000000000000000000000000000000","body":{"stringValue":"zero"}}]}]}]}"#;
    let c = convert_logs(&decode_logs(body.as_bytes(), Encoding::Json).unwrap(), 42);
    assert_eq!((c.records.len(), c.rejected), (2, 1));
    assert_eq!(c.records[0].event_name, "gen_ai.choice");
    assert_eq!(c.records[0].trace_id, None);
    assert_eq!(c.records[0].time_unix_nano, 42);
    assert_eq!(
        c.records[1].correlation_id,
        "5b8efff798038103d269b633813fc60c"
    );
    assert_eq!(c.records[1].service, "svc");
    assert!(c
        .error_message()
        .contains("logRecords[2].traceId: trace id is all zeroes"));
}

#[test]
fn protobuf_garbage_is_an_error() {
    assert!(matches!(
        decode_traces(b"\xff\xff\xff", Encoding::Protobuf),
        Err(DecodeError::Protobuf(_))
    ));
    let empty =
        opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest::default()
            .encode_to_vec();
    assert!(
        convert_traces(&decode_traces(&empty, Encoding::Protobuf).unwrap())
            .records
            .is_empty()
    );
}
