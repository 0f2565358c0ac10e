#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The pipeline acknowledges only what the store holds, refuses when full, and flushes on
//! shutdown.

use std::sync::Arc;

use glassbox_core::{Redact, Redacted, Span, SpanId, TraceId};
use glassbox_pipeline::{
    NoopObserver, Pipeline, PipelineConfig, RecordStage, Records, Source, SubmitError,
};
use glassbox_store::{sqlite, TraceReader, WriteBatch};

struct Upper;
impl Redact<Span> for Upper {
    fn redact(&self, mut s: Span) -> Span {
        s.name = s.name.to_uppercase();
        s
    }
}
struct UpperStage;
impl RecordStage for UpperStage {
    fn process(&self, _source: Source, records: Records) -> WriteBatch {
        WriteBatch {
            spans: records
                .spans
                .into_iter()
                .map(|s| Redacted::new(&Upper, s))
                .collect(),
            ..Default::default()
        }
    }
}

fn span(n: u64) -> Span {
    Span::new(
        TraceId::from_bytes(&(u128::from(n) + 1).to_be_bytes()).unwrap(),
        SpanId::from_bytes(&(n + 1).to_be_bytes()).unwrap(),
        "secret step",
        n,
        n + 1,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ack_means_stored_and_shutdown_flushes() {
    let dir = tempfile::tempdir().unwrap();
    let (writer, reader) = sqlite::open(dir.path()).unwrap();
    let pipeline = Pipeline::start(
        PipelineConfig::default(),
        Arc::new(UpperStage),
        Box::new(writer),
        Arc::new(NoopObserver),
    )
    .unwrap();
    let handle = pipeline.handle();
    handle
        .submit_and_wait(
            Source::OtlpTraces,
            Records {
                spans: vec![span(1)],
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let stored = reader.get_trace(span(1).trace_id).unwrap();
    assert_eq!(
        stored[0].name, "SECRET STEP",
        "the stage ran before the write"
    );
    for n in 2..200 {
        handle
            .submit_nowait(
                Source::Gateway,
                Records {
                    spans: vec![span(n)],
                    ..Default::default()
                },
            )
            .unwrap();
    }
    pipeline.shutdown();
    assert_eq!(
        reader.get_trace(span(199).trace_id).unwrap().len(),
        1,
        "shutdown flushed the queue"
    );
    assert_eq!(
        handle.submit_nowait(
            Source::Gateway,
            Records {
                spans: vec![span(500)],
                ..Default::default()
            }
        ),
        Err(SubmitError::ShuttingDown)
    );
}

struct SlowStage;
impl RecordStage for SlowStage {
    fn process(&self, s: Source, r: Records) -> WriteBatch {
        std::thread::sleep(std::time::Duration::from_millis(200));
        UpperStage.process(s, r)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_queue_refuses_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    let (writer, _reader) = sqlite::open(dir.path()).unwrap();
    let config = PipelineConfig {
        ingest_queue: 2,
        workers: 1,
        ..Default::default()
    };
    let pipeline = Pipeline::start(
        config,
        Arc::new(SlowStage),
        Box::new(writer),
        Arc::new(NoopObserver),
    )
    .unwrap();
    let handle = pipeline.handle();
    let mut refused = 0;
    for n in 0..10 {
        if let Err(SubmitError::Full { retry_after_secs }) = handle.submit_nowait(
            Source::Gateway,
            Records {
                spans: vec![span(n)],
                ..Default::default()
            },
        ) {
            assert!(retry_after_secs >= 1);
            refused += 1;
        }
    }
    assert!(refused >= 5, "refused {refused}");
    assert!(!handle.is_ready());
    pipeline.shutdown();
}
