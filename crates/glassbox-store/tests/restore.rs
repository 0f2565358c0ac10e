#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Restored bodies: a late signal puts a redacted body back on a span stored as
//! `not_sampled`, whether the span row is already written, written in the same group, or
//! not written yet.

use glassbox_core::{AttrValue, GenAi, Redact, Redacted, Span, SpanId, SpanKind, TraceId};
use glassbox_store::{
    sqlite, BatchWriter, RestoredBody, RestoredPayload, TraceReader, WriteBatch, KEPT_LATE,
    NOT_SAMPLED, PAYLOAD_ATTR,
};
use serde_json::{json, Map, Value};

/// Test-only pass-through: these tests exercise storage, not redaction.
struct AlreadyClean;
impl<T> Redact<T> for AlreadyClean {
    fn redact(&self, value: T) -> T {
        value
    }
}

fn trace(n: u8) -> TraceId {
    TraceId::from_bytes(&[n; 16]).unwrap()
}

fn span_id(n: u8) -> SpanId {
    SpanId::from_bytes(&[n; 8]).unwrap()
}

/// A span as the payload policy leaves it when its trace is not sampled.
fn unsampled(t: u8, s: u8) -> Span {
    let mut attributes = glassbox_core::Attributes::new();
    attributes.insert(PAYLOAD_ATTR.into(), AttrValue::Str(NOT_SAMPLED.into()));
    Span {
        trace_id: trace(t),
        span_id: span_id(s),
        parent_span_id: None,
        name: "chat".into(),
        kind: SpanKind::Client,
        start_time_unix_nano: 10,
        end_time_unix_nano: 20,
        status: Default::default(),
        attributes,
        events: vec![],
        links: vec![],
        resource: Default::default(),
        scope_name: String::new(),
        scope_version: String::new(),
        service: "svc".into(),
        correlation_id: trace(t).to_hex(),
        user_id: None,
        session_id: None,
        gen_ai: Some(GenAi {
            operation: Some("chat".into()),
            ..Default::default()
        }),
    }
}

fn restored(t: u8, s: u8) -> RestoredBody {
    let mut body = Map::new();
    body.insert(
        "gen_ai.input_messages".into(),
        json!([{"role": "user", "content": "hi [EMAIL]"}]),
    );
    body.insert("gen_ai.prompt.0.content".into(), Value::String("hi".into()));
    RestoredBody {
        trace_id: trace(t),
        span_id: span_id(s),
        payload: RestoredPayload::Inline(Redacted::new(&AlreadyClean, body)),
    }
}

fn spans(v: Vec<Span>) -> WriteBatch {
    WriteBatch {
        spans: v
            .into_iter()
            .map(|s| Redacted::new(&AlreadyClean, s))
            .collect(),
        ..Default::default()
    }
}

fn restores(v: Vec<RestoredBody>) -> WriteBatch {
    WriteBatch {
        restored_bodies: v,
        ..Default::default()
    }
}

fn assert_restored(span: &Span) {
    assert_eq!(
        span.attributes.get(PAYLOAD_ATTR),
        Some(&AttrValue::Str(KEPT_LATE.into()))
    );
    assert_eq!(
        span.attributes.get("gen_ai.prompt.0.content"),
        Some(&AttrValue::Str("hi".into()))
    );
    assert_eq!(
        span.gen_ai.as_ref().unwrap().input_messages,
        Some(json!([{"role": "user", "content": "hi [EMAIL]"}]))
    );
}

#[test]
fn bodies_come_back_on_stored_same_group_and_later_spans() {
    let dir = tempfile::tempdir().unwrap();
    let (mut writer, reader) = sqlite::open(dir.path()).unwrap();

    // Already stored, restored by a later group.
    writer.write_group(&[spans(vec![unsampled(1, 1)])]).unwrap();
    writer
        .write_group(&[restores(vec![restored(1, 1)])])
        .unwrap();
    assert_restored(&reader.get_trace(trace(1)).unwrap()[0]);

    // Same group: the restoration's batch comes first, the span's second; spans are
    // written before restorations whatever the order of batches.
    writer
        .write_group(&[restores(vec![restored(2, 1)]), spans(vec![unsampled(2, 1)])])
        .unwrap();
    assert_restored(&reader.get_trace(trace(2)).unwrap()[0]);

    // The restoration reached the writer before its span (another redact worker): it
    // waits, and the span gets its body when it is written.
    writer
        .write_group(&[restores(vec![restored(3, 1)])])
        .unwrap();
    assert!(reader.get_trace(trace(3)).unwrap().is_empty());
    writer.write_group(&[spans(vec![unsampled(3, 1)])]).unwrap();
    assert_restored(&reader.get_trace(trace(3)).unwrap()[0]);

    // The trace summary is not counted twice.
    let page = reader
        .search_traces(&glassbox_store::TraceFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.traces.len(), 3);
    assert!(page.traces.iter().all(|t| t.span_count == 1));
}

#[test]
fn spans_that_kept_their_body_are_left_alone_and_offloaded_bodies_are_referenced() {
    let dir = tempfile::tempdir().unwrap();
    let (mut writer, reader) = sqlite::open(dir.path()).unwrap();
    let mut kept = unsampled(1, 1);
    kept.attributes.remove(PAYLOAD_ATTR);
    writer
        .write_group(&[spans(vec![kept, unsampled(2, 1)])])
        .unwrap();
    let reference = format!("blob://sha256/{}", "ab".repeat(32));
    writer
        .write_group(&[restores(vec![
            restored(1, 1),
            RestoredBody {
                trace_id: trace(2),
                span_id: span_id(1),
                payload: RestoredPayload::Offloaded {
                    reference: reference.clone(),
                    size: 12345,
                },
            },
        ])])
        .unwrap();
    let one = &reader.get_trace(trace(1)).unwrap()[0];
    assert_eq!(one.attributes.get(PAYLOAD_ATTR), None);
    assert!(one.gen_ai.as_ref().unwrap().input_messages.is_none());
    let two = &reader.get_trace(trace(2)).unwrap()[0];
    assert_eq!(
        two.attributes.get(PAYLOAD_ATTR),
        Some(&AttrValue::Str(reference.clone()))
    );
    assert_eq!(
        two.attributes.get("glassbox.payload.size"),
        Some(&AttrValue::Int(12345))
    );
    assert_eq!(
        two.gen_ai.as_ref().unwrap().payload_ref.as_deref(),
        Some(reference.as_str())
    );
    assert_eq!(
        two.attributes.get("glassbox.payload.late"),
        Some(&AttrValue::Bool(true))
    );
}
