//! glassbox's stored records → OTLP/JSON export requests, for exports that other
//! OpenTelemetry tools read back (a Collector's `otlpjsonfile` receiver, another backend's
//! `/v1/traces`).
//!
//! ```text
//!   [Span]     ─> ExportTraceServiceRequest JSON (resource → scope → spans)
//!   [LogRecord]─> ExportLogsServiceRequest JSON  (resource → scope → log records)
//!   [Event]    ─> ExportLogsServiceRequest JSON  (one log record per event, `eventName` set)
//! ```
//!
//! Follows the OTLP JSON encoding (ids in hex, enums as integers, 64-bit integers as
//! decimal strings, bytes in base64). What glassbox resolved on arrival (correlation id,
//! pseudonymized user, session) travels as `correlation.id`, `user.id` and `session.id`
//! attributes unless the record already carries them. Records are already redacted: this
//! module only changes their form.

use std::collections::BTreeMap;

use base64::Engine as _;
use glassbox_core::{AttrValue, Attributes, Event, LogRecord, Span};
use serde_json::{json, Map, Value};

/// An OTLP/JSON `AnyValue`.
fn any_value(v: &AttrValue) -> Value {
    match v {
        AttrValue::Str(s) => json!({ "stringValue": s }),
        AttrValue::Bool(b) => json!({ "boolValue": b }),
        AttrValue::Int(i) => json!({ "intValue": i.to_string() }),
        AttrValue::Double(d) if d.is_nan() => json!({ "doubleValue": "NaN" }),
        AttrValue::Double(d) if d.is_infinite() => {
            json!({ "doubleValue": if *d > 0.0 { "Infinity" } else { "-Infinity" } })
        }
        AttrValue::Double(d) => json!({ "doubleValue": d }),
        AttrValue::Bytes(b) => {
            let raw = hex::decode(&b.bytes).unwrap_or_default();
            json!({ "bytesValue": base64::engine::general_purpose::STANDARD.encode(raw) })
        }
        AttrValue::Array(items) => {
            json!({ "arrayValue": { "values": items.iter().map(any_value).collect::<Vec<_>>() } })
        }
        AttrValue::Map(m) => json!({ "kvlistValue": { "values": key_values(m) } }),
    }
}

/// OTLP/JSON `KeyValue`s, in key order.
fn key_values(attrs: &Attributes) -> Vec<Value> {
    attrs
        .iter()
        .map(|(k, v)| json!({ "key": k, "value": any_value(v) }))
        .collect()
}

/// `attrs` plus the ids glassbox resolved, where the record does not carry them already.
fn with_ids(
    attrs: &Attributes,
    correlation_id: &str,
    user_id: Option<&str>,
    session_id: Option<&str>,
) -> Attributes {
    let mut out = attrs.clone();
    let mut put = |k: &str, v: Option<&str>| {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            out.entry(k.to_string())
                .or_insert_with(|| AttrValue::Str(v.to_string()));
        }
    };
    put("correlation.id", Some(correlation_id));
    put("user.id", user_id);
    put("session.id", session_id);
    out
}

/// Resource (as its attributes, keyed by their JSON) → scope (name, version) → records.
type Grouped = BTreeMap<String, (Value, BTreeMap<(String, String), Vec<Value>>)>;

fn group(groups: &mut Grouped, resource: &Attributes, scope: (&str, &str), record: Value) {
    let attrs = key_values(resource);
    let key = Value::Array(attrs.clone()).to_string();
    groups
        .entry(key)
        .or_insert_with(|| (json!({ "attributes": attrs }), BTreeMap::new()))
        .1
        .entry((scope.0.to_string(), scope.1.to_string()))
        .or_default()
        .push(record);
}

fn assemble(groups: Grouped, outer: &str, inner: &str, records: &str) -> Value {
    let resources: Vec<Value> = groups
        .into_values()
        .map(|(resource, scopes)| {
            let scopes: Vec<Value> = scopes
                .into_iter()
                .map(|((name, version), list)| {
                    let mut scope = Map::new();
                    scope.insert("name".into(), json!(name));
                    if !version.is_empty() {
                        scope.insert("version".into(), json!(version));
                    }
                    json!({ "scope": scope, records: list })
                })
                .collect();
            json!({ "resource": resource, inner: scopes })
        })
        .collect();
    json!({ outer: resources })
}

/// One span in OTLP/JSON.
fn span_json(s: &Span) -> Value {
    let mut v = Map::new();
    v.insert("traceId".into(), json!(s.trace_id.to_hex()));
    v.insert("spanId".into(), json!(s.span_id.to_hex()));
    if let Some(p) = s.parent_span_id {
        v.insert("parentSpanId".into(), json!(p.to_hex()));
    }
    v.insert("name".into(), json!(s.name));
    v.insert("kind".into(), json!(s.kind.to_otlp()));
    v.insert(
        "startTimeUnixNano".into(),
        json!(s.start_time_unix_nano.to_string()),
    );
    v.insert(
        "endTimeUnixNano".into(),
        json!(s.end_time_unix_nano.to_string()),
    );
    let attrs = with_ids(
        &s.attributes,
        &s.correlation_id,
        s.user_id.as_deref(),
        s.session_id.as_deref(),
    );
    v.insert("attributes".into(), json!(key_values(&attrs)));
    if !s.events.is_empty() {
        let events: Vec<Value> = s
            .events
            .iter()
            .map(|e| {
                json!({
                    "timeUnixNano": e.time_unix_nano.to_string(),
                    "name": e.name,
                    "attributes": key_values(&e.attributes),
                })
            })
            .collect();
        v.insert("events".into(), json!(events));
    }
    if !s.links.is_empty() {
        let links: Vec<Value> = s
            .links
            .iter()
            .map(|l| {
                json!({
                    "traceId": l.trace_id.to_hex(),
                    "spanId": l.span_id.to_hex(),
                    "attributes": key_values(&l.attributes),
                })
            })
            .collect();
        v.insert("links".into(), json!(links));
    }
    let code = match s.status.code {
        glassbox_core::StatusCode::Unset => 0,
        glassbox_core::StatusCode::Ok => 1,
        glassbox_core::StatusCode::Error => 2,
    };
    let mut status = Map::new();
    status.insert("code".into(), json!(code));
    if !s.status.message.is_empty() {
        status.insert("message".into(), json!(s.status.message));
    }
    v.insert("status".into(), Value::Object(status));
    Value::Object(v)
}

/// The resource of a stored record: its attributes, with `service.name` set from the
/// resolved service when the sender left it out.
fn resource_of(resource: &Attributes, service: &str) -> Attributes {
    let mut r = resource.clone();
    if !service.is_empty() {
        r.entry("service.name".into())
            .or_insert_with(|| AttrValue::Str(service.to_string()));
    }
    r
}

/// An OTLP/JSON `ExportTraceServiceRequest` holding `spans`.
pub fn traces_request(spans: &[Span]) -> Value {
    let mut groups = Grouped::new();
    for s in spans {
        group(
            &mut groups,
            &resource_of(&s.resource, &s.service),
            (&s.scope_name, &s.scope_version),
            span_json(s),
        );
    }
    assemble(groups, "resourceSpans", "scopeSpans", "spans")
}

fn log_json(l: &LogRecord) -> Value {
    let mut v = Map::new();
    v.insert("timeUnixNano".into(), json!(l.time_unix_nano.to_string()));
    if l.observed_time_unix_nano > 0 {
        v.insert(
            "observedTimeUnixNano".into(),
            json!(l.observed_time_unix_nano.to_string()),
        );
    }
    v.insert("severityNumber".into(), json!(l.severity_number));
    if !l.severity_text.is_empty() {
        v.insert("severityText".into(), json!(l.severity_text));
    }
    if !l.event_name.is_empty() {
        v.insert("eventName".into(), json!(l.event_name));
    }
    if let Some(b) = &l.body {
        v.insert("body".into(), any_value(b));
    }
    let attrs = with_ids(
        &l.attributes,
        &l.correlation_id,
        l.user_id.as_deref(),
        l.session_id.as_deref(),
    );
    v.insert("attributes".into(), json!(key_values(&attrs)));
    if let Some(t) = l.trace_id {
        v.insert("traceId".into(), json!(t.to_hex()));
    }
    if let Some(s) = l.span_id {
        v.insert("spanId".into(), json!(s.to_hex()));
    }
    Value::Object(v)
}

/// An OTLP/JSON `ExportLogsServiceRequest` holding `logs`.
pub fn logs_request(logs: &[LogRecord]) -> Value {
    let mut groups = Grouped::new();
    for l in logs {
        group(
            &mut groups,
            &resource_of(&l.resource, &l.service),
            ("", ""),
            log_json(l),
        );
    }
    assemble(groups, "resourceLogs", "scopeLogs", "logRecords")
}

/// Scope name of feedback and business events exported as log records.
pub const EVENTS_SCOPE: &str = "glassbox.events";

/// An OTLP/JSON `ExportLogsServiceRequest` with one log record per event: `eventName`
/// is the event's name, its value, comment and properties are attributes
/// (`event.value`, `event.comment`, then the properties as given).
pub fn events_request(events: &[Event]) -> Value {
    let mut groups = Grouped::new();
    for e in events {
        let mut attrs = e.properties.clone();
        if let Some(v) = e.value {
            attrs.insert("event.value".into(), AttrValue::Double(v));
        }
        if let Some(c) = &e.comment {
            attrs.insert("event.comment".into(), AttrValue::Str(c.clone()));
        }
        let attrs = with_ids(
            &attrs,
            &e.correlation_id,
            e.user_id.as_deref(),
            e.session_id.as_deref(),
        );
        let mut v = Map::new();
        v.insert("timeUnixNano".into(), json!(e.time_unix_nano.to_string()));
        v.insert("eventName".into(), json!(e.name));
        v.insert("attributes".into(), json!(key_values(&attrs)));
        if let Some(t) = e.trace_id {
            v.insert("traceId".into(), json!(t.to_hex()));
        }
        group(
            &mut groups,
            &Attributes::new(),
            (EVENTS_SCOPE, ""),
            Value::Object(v),
        );
    }
    assemble(groups, "resourceLogs", "scopeLogs", "logRecords")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::{convert_logs, convert_traces, decode_logs, decode_traces, Encoding};

    /// Real exports: SDK basics with events and links, three GenAI instrumentations.
    const FIXTURES: [(&[u8], Encoding); 4] = [
        (
            include_bytes!("../../../tests/fixtures/otlp/basic_traces-http-protobuf-00.pb"),
            Encoding::Protobuf,
        ),
        (
            include_bytes!("../../../tests/fixtures/otlp/openllmetry-v1_traces-03.pb"),
            Encoding::Protobuf,
        ),
        (
            include_bytes!("../../../tests/fixtures/otlp/openinference-v1_traces-11.pb"),
            Encoding::Protobuf,
        ),
        (
            include_bytes!("../../../tests/fixtures/otlp/spec-example-trace.json"),
            Encoding::Json,
        ),
    ];

    #[test]
    fn exported_spans_read_back_as_the_same_spans() {
        for (body, encoding) in FIXTURES {
            round_trip(body, encoding);
        }
    }

    fn round_trip(body: &[u8], encoding: Encoding) {
        let req = decode_traces(body, encoding).unwrap();
        let mut spans = convert_traces(&req).records;
        assert!(!spans.is_empty());
        spans[0]
            .attributes
            .insert("nan".into(), AttrValue::Double(f64::NAN));
        spans[0].attributes.insert(
            "blob".into(),
            AttrValue::Bytes(glassbox_core::model::BytesValue {
                bytes: "00ff10".into(),
            }),
        );
        let out = traces_request(&spans).to_string();
        let back = convert_traces(&decode_traces(out.as_bytes(), Encoding::Json).unwrap()).records;
        assert_eq!(back.len(), spans.len());
        for (a, b) in spans.iter().zip(&back) {
            assert_eq!(a.trace_id, b.trace_id);
            assert_eq!(a.span_id, b.span_id);
            assert_eq!(a.parent_span_id, b.parent_span_id);
            assert_eq!(a.name, b.name);
            assert_eq!(a.kind, b.kind);
            assert_eq!(a.start_time_unix_nano, b.start_time_unix_nano);
            assert_eq!(a.end_time_unix_nano, b.end_time_unix_nano);
            assert_eq!(a.status, b.status);
            assert_eq!(a.events, b.events);
            assert_eq!(a.links, b.links);
            assert_eq!(a.service, b.service);
            assert_eq!(a.scope_name, b.scope_name);
            assert_eq!(a.correlation_id, b.correlation_id, "{}", a.name);
            for (k, v) in &a.attributes {
                match v {
                    AttrValue::Double(d) if d.is_nan() => {
                        assert!(
                            matches!(b.attributes.get(k), Some(AttrValue::Double(x)) if x.is_nan())
                        )
                    }
                    _ => assert_eq!(Some(v), b.attributes.get(k), "attribute {k}"),
                }
            }
        }
    }

    #[test]
    fn exported_logs_and_events_read_back() {
        let log = LogRecord {
            time_unix_nano: 1_700_000_000_000_000_000,
            observed_time_unix_nano: 1_700_000_000_000_000_001,
            severity_number: 13,
            severity_text: "WARN".into(),
            event_name: "gen_ai.call".into(),
            body: Some(AttrValue::Str("answer flagged: refusal".into())),
            attributes: Attributes::from([("model".into(), AttrValue::Str("gpt-4o".into()))]),
            resource: Attributes::new(),
            trace_id: Some(
                glassbox_core::TraceId::from_hex("0af7651916cd43dd8448eb211c80319c").unwrap(),
            ),
            span_id: None,
            service: "checkout".into(),
            correlation_id: "web-7f3a9c".into(),
            user_id: Some("u-1".into()),
            session_id: None,
        };
        let out = logs_request(std::slice::from_ref(&log)).to_string();
        let back = convert_logs(&decode_logs(out.as_bytes(), Encoding::Json).unwrap(), 0).records;
        assert_eq!(back.len(), 1);
        let b = &back[0];
        assert_eq!(b.service, "checkout");
        assert_eq!(b.body, log.body);
        assert_eq!(b.severity_number, 13);
        assert_eq!(b.event_name, "gen_ai.call");
        assert_eq!(b.trace_id, log.trace_id);
        assert_eq!(b.correlation_id, "web-7f3a9c");
        assert_eq!(b.user_id.as_deref(), Some("u-1"));

        let ev = Event {
            time_unix_nano: 5,
            name: "feedback".into(),
            correlation_id: "web-7f3a9c".into(),
            trace_id: None,
            session_id: Some("s-1".into()),
            user_id: None,
            value: Some(1.0),
            comment: Some("great".into()),
            properties: Attributes::new(),
        };
        let out = events_request(&[ev]).to_string();
        let back = convert_logs(&decode_logs(out.as_bytes(), Encoding::Json).unwrap(), 0).records;
        assert_eq!(back[0].event_name, "feedback");
        assert_eq!(back[0].session_id.as_deref(), Some("s-1"));
        assert_eq!(
            back[0].attributes.get("event.comment"),
            Some(&AttrValue::Str("great".into()))
        );
    }
}
