#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Late signals: with no trace sampled, bodies are dropped from the stored spans but held
//! (redacted, in memory) in the spool; negative feedback or an error later in the trace
//! brings them back into the store; other traces and signals after the window do not.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use glassbox_core::{
    AttrValue, Event, LogRecord, Span, SpanId, SpanKind, SpanStatus, StatusCode, TraceId,
};
use glassbox_pipeline::{
    BlobSink, BodySpool, NoopObserver, PayloadPolicy, Pipeline, PipelineConfig, Records, Source,
    StandardStage,
};
use glassbox_redact::{KeyRing, RedactConfig, Redactor};
use glassbox_store::{sqlite, TraceReader};

const CARD: &str = "4111 1111 1111 1111";

fn trace(n: u8) -> TraceId {
    TraceId::from_bytes(&[n; 16]).unwrap()
}

fn chat(trace_n: u8, span_n: u8) -> Span {
    // As the OTLP receiver builds it: raw attributes, and the GenAI view normalized from them.
    let mut attributes = glassbox_core::Attributes::new();
    for (k, v) in [
        ("gen_ai.prompt.0.role", "user".to_string()),
        (
            "gen_ai.prompt.0.content",
            format!("refund to card {CARD} please"),
        ),
        ("gen_ai.completion.0.role", "assistant".to_string()),
        ("gen_ai.completion.0.content", "done".to_string()),
        ("gen_ai.request.model", "gpt-4o".to_string()),
        ("gen_ai.operation.name", "chat".to_string()),
    ] {
        attributes.insert(k.into(), AttrValue::Str(v));
    }
    let gen_ai = glassbox_core::semconv::normalize("chat gpt-4o", &attributes, &[]);
    Span {
        trace_id: trace(trace_n),
        span_id: SpanId::from_bytes(&[span_n; 8]).unwrap(),
        parent_span_id: None,
        name: "chat gpt-4o".into(),
        kind: SpanKind::Client,
        start_time_unix_nano: 1_000_000_000,
        end_time_unix_nano: 1_200_000_000,
        status: SpanStatus::default(),
        attributes,
        events: vec![],
        links: vec![],
        resource: Default::default(),
        scope_name: String::new(),
        scope_version: String::new(),
        service: "support-bot".into(),
        correlation_id: trace(trace_n).to_hex(),
        user_id: None,
        session_id: None,
        gen_ai,
    }
}

fn feedback(trace_n: u8, value: f64) -> Event {
    let mut properties = glassbox_core::Attributes::new();
    properties.insert("feedback.type".into(), AttrValue::Str("thumbs".into()));
    Event {
        time_unix_nano: 2_000_000_000,
        name: "feedback".into(),
        correlation_id: trace(trace_n).to_hex(),
        trace_id: Some(trace(trace_n)),
        session_id: None,
        user_id: None,
        value: Some(value),
        comment: None,
        properties,
    }
}

struct Fixture {
    pipeline: Pipeline,
    reader: sqlite::SqliteReader,
    _dir: tempfile::TempDir,
}

fn start(payload: PayloadPolicy) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let (writer, reader) = sqlite::open(dir.path()).unwrap();
    let redactor = Arc::new(
        Redactor::new(&RedactConfig::default(), KeyRing::single("k1", b"test-key")).unwrap(),
    );
    let pipeline = Pipeline::start(
        PipelineConfig::default(),
        Arc::new(StandardStage {
            text: redactor,
            payload,
            answers: None,
            prices: None,
            project_text: Default::default(),
        }),
        Box::new(writer),
        Arc::new(NoopObserver),
    )
    .unwrap();
    Fixture {
        pipeline,
        reader,
        _dir: dir,
    }
}

fn unsampled(spool: &Arc<BodySpool>) -> PayloadPolicy {
    PayloadPolicy {
        sample_rate: 0.0,
        spool: spool.clone(),
        ..PayloadPolicy::default()
    }
}

impl Fixture {
    async fn submit(&self, source: Source, records: Records) {
        self.pipeline
            .handle()
            .submit_and_wait(source, records)
            .await
            .unwrap();
    }

    async fn spans(&self, spans: Vec<Span>) {
        self.submit(
            Source::OtlpTraces,
            Records {
                spans,
                ..Default::default()
            },
        )
        .await;
    }

    async fn events(&self, events: Vec<Event>) {
        self.submit(
            Source::Events,
            Records {
                events,
                ..Default::default()
            },
        )
        .await;
    }

    fn stored(&self, trace_n: u8) -> Span {
        let mut spans = self.reader.get_trace(trace(trace_n)).unwrap();
        assert_eq!(spans.len(), 1);
        spans.remove(0)
    }
}

fn payload_attr(span: &Span) -> Option<&AttrValue> {
    span.attributes.get("glassbox.payload")
}

fn assert_dropped(span: &Span) {
    assert_eq!(
        payload_attr(span),
        Some(&AttrValue::Str("not_sampled".into()))
    );
    assert!(!span.attributes.contains_key("gen_ai.prompt.0.content"));
    let g = span.gen_ai.as_ref().unwrap();
    assert!(g.input_messages.is_none() && g.output_messages.is_none());
    assert_eq!(
        span.attributes.get("gen_ai.request.model"),
        Some(&AttrValue::Str("gpt-4o".into())),
        "metadata is kept whatever the sampling"
    );
}

fn assert_restored_and_redacted(span: &Span) {
    assert_eq!(
        payload_attr(span),
        Some(&AttrValue::Str("kept_late".into()))
    );
    assert_eq!(
        span.attributes.get("glassbox.payload.late"),
        Some(&AttrValue::Bool(true))
    );
    let prompt = span
        .attributes
        .get("gen_ai.prompt.0.content")
        .and_then(AttrValue::as_str)
        .unwrap();
    assert!(prompt.starts_with("refund to card "), "{prompt}");
    let g = span.gen_ai.as_ref().unwrap();
    let input = g.input_messages.as_ref().unwrap().to_string();
    assert!(input.contains("refund to card"), "{input}");
    assert_eq!(
        g.output_messages.as_ref().unwrap()[0]["parts"][0]["content"],
        "done"
    );
    let all = serde_json::to_string(span).unwrap();
    assert!(
        !all.contains(CARD),
        "the restored body is the redacted one: {all}"
    );
    assert!(all.contains("[CREDIT_CARD"), "{all}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thumbs_down_brings_back_the_redacted_body_of_its_trace_only() {
    let spool = Arc::new(BodySpool::default());
    let f = start(unsampled(&spool));
    f.spans(vec![chat(1, 1)]).await;
    f.spans(vec![chat(2, 2)]).await;
    assert_dropped(&f.stored(1));
    assert_dropped(&f.stored(2));
    assert_eq!(spool.len(), 2, "both bodies wait in the spool");

    // Positive feedback is not a late signal.
    f.events(vec![feedback(1, 1.0)]).await;
    assert_dropped(&f.stored(1));
    assert_eq!(spool.len(), 2);

    // A later thumbs down for trace 1.
    f.events(vec![feedback(1, 0.0)]).await;
    assert_restored_and_redacted(&f.stored(1));
    // The unrelated trace keeps nothing, and its body is still only in memory.
    assert_dropped(&f.stored(2));
    assert_eq!(spool.len(), 1);
    let stats = spool.stats();
    assert_eq!((stats.spooled, stats.taken), (2, 1));

    // A second thumbs down finds nothing more to restore and leaves the span as it is.
    f.events(vec![feedback(1, 0.0)]).await;
    assert_restored_and_redacted(&f.stored(1));
    f.pipeline.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thumbs_down_by_correlation_id_only_brings_back_its_traces() {
    let spool = Arc::new(BodySpool::default());
    let f = start(unsampled(&spool));
    // Two traces of one interaction (the page's correlation id), one of another.
    let mut a = chat(7, 7);
    a.correlation_id = "web-7f3a9c".into();
    let mut b = chat(8, 8);
    b.correlation_id = "web-7f3a9c".into();
    let mut c = chat(9, 9);
    c.correlation_id = "web-other".into();
    f.spans(vec![a, b, c]).await;
    assert_dropped(&f.stored(7));
    // The documented flow: the page knows the correlation id, not the trace id.
    let mut down = feedback(7, 0.0);
    down.trace_id = None;
    down.correlation_id = "web-7f3a9c".into();
    f.events(vec![down]).await;
    assert_restored_and_redacted(&f.stored(7));
    assert_restored_and_redacted(&f.stored(8));
    assert_dropped(&f.stored(9));
    assert_eq!(spool.len(), 1);
    f.pipeline.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn negative_feedback_after_the_window_restores_nothing() {
    let spool = Arc::new(BodySpool::new(Duration::from_millis(200), 64 << 20));
    let f = start(unsampled(&spool));
    f.spans(vec![chat(3, 3)]).await;
    assert_eq!(spool.len(), 1);
    tokio::time::sleep(Duration::from_millis(400)).await;
    f.events(vec![feedback(3, 0.0)]).await;
    assert_dropped(&f.stored(3));
    assert!(spool.is_empty(), "the body was evicted, never restored");
    assert_eq!(spool.stats().taken, 0);
    assert_eq!(spool.stats().expired, 1);
    f.pipeline.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_error_in_the_trace_restores_siblings_in_the_same_and_later_exports() {
    let spool = Arc::new(BodySpool::default());
    let f = start(unsampled(&spool));
    // Same export: an unsampled sibling and a failing step of the same trace.
    let sibling = chat(4, 1);
    let mut failing = chat(4, 2);
    failing.status = SpanStatus {
        code: StatusCode::Error,
        message: "tool timeout".into(),
    };
    f.spans(vec![sibling, failing]).await;
    let spans = f.reader.get_trace(trace(4)).unwrap();
    assert_eq!(spans.len(), 2);
    for s in &spans {
        if s.is_error() {
            // kept by the error keep rule, as before
            assert_eq!(payload_attr(s), None);
            assert!(s.gen_ai.as_ref().unwrap().input_messages.is_some());
        } else {
            assert_restored_and_redacted(s);
        }
    }
    // Later: an error log for another trace brings its body back too.
    f.spans(vec![chat(5, 1)]).await;
    assert_dropped(&f.stored(5));
    let log = LogRecord {
        time_unix_nano: 3_000_000_000,
        observed_time_unix_nano: 3_000_000_000,
        severity_number: 17,
        severity_text: "ERROR".into(),
        event_name: String::new(),
        body: Some(AttrValue::Str("checkout failed".into())),
        attributes: Default::default(),
        resource: Default::default(),
        trace_id: Some(trace(5)),
        span_id: None,
        service: "support-bot".into(),
        correlation_id: trace(5).to_hex(),
        user_id: None,
        session_id: None,
    };
    f.submit(
        Source::OtlpLogs,
        Records {
            logs: vec![log],
            ..Default::default()
        },
    )
    .await;
    assert_restored_and_redacted(&f.stored(5));
    assert!(spool.is_empty());
    f.pipeline.shutdown();
}

/// Remembers what was offloaded.
#[derive(Default)]
struct MemBlobs(Mutex<Vec<Vec<u8>>>);
impl BlobSink for MemBlobs {
    fn put(&self, body: &[u8]) -> Result<String, String> {
        let mut v = self.0.lock().unwrap();
        v.push(body.to_vec());
        Ok(format!("blob://sha256/{:064x}", v.len()))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_late_body_is_offloaded_before_it_is_restored() {
    let spool = Arc::new(BodySpool::default());
    let blobs = Arc::new(MemBlobs::default());
    let f = start(PayloadPolicy {
        offload_threshold_bytes: 64,
        blobs: Some(blobs.clone()),
        ..unsampled(&spool)
    });
    f.spans(vec![chat(6, 1)]).await;
    assert_dropped(&f.stored(6));
    assert!(blobs.0.lock().unwrap().is_empty(), "nothing offloaded yet");
    f.events(vec![feedback(6, 0.0)]).await;
    let span = f.stored(6);
    let reference = format!("blob://sha256/{:064x}", 1);
    assert_eq!(
        payload_attr(&span),
        Some(&AttrValue::Str(reference.clone()))
    );
    assert_eq!(
        span.gen_ai.as_ref().unwrap().payload_ref.as_deref(),
        Some(reference.as_str())
    );
    assert!(span.gen_ai.as_ref().unwrap().input_messages.is_none());
    let stored = blobs.0.lock().unwrap();
    let body = String::from_utf8(stored[0].clone()).unwrap();
    assert!(
        body.contains("gen_ai.prompt.0.content") && !body.contains(CARD),
        "{body}"
    );
    assert_eq!(
        span.attributes.get("glassbox.payload.size"),
        Some(&AttrValue::Int(stored[0].len() as i64))
    );
    drop(stored);
    f.pipeline.shutdown();
}
