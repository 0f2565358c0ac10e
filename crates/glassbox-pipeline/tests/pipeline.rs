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

/// One span's records, as a submission.
fn one(n: u64) -> Records {
    Records {
        spans: vec![span(n)],
        ..Default::default()
    }
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
        .submit_and_wait(Source::OtlpTraces, one(1))
        .await
        .unwrap();
    let stored = reader.get_trace(span(1).trace_id).unwrap();
    assert_eq!(
        stored[0].name, "SECRET STEP",
        "the stage ran before the write"
    );
    for n in 2..200 {
        handle.submit_nowait(Source::Gateway, one(n)).unwrap();
    }
    pipeline.shutdown();
    assert_eq!(
        reader.get_trace(span(199).trace_id).unwrap().len(),
        1,
        "shutdown flushed the queue"
    );
    assert_eq!(
        handle.submit_nowait(Source::Gateway, one(500)),
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
        if let Err(SubmitError::Full { retry_after_secs }) =
            handle.submit_nowait(Source::Gateway, one(n))
        {
            assert!(retry_after_secs >= 1);
            refused += 1;
        }
    }
    assert!(refused >= 5, "refused {refused}");
    assert!(!handle.is_ready());
    pipeline.shutdown();
}

/// Counts group commits.
#[derive(Default)]
struct Groups(std::sync::atomic::AtomicUsize);
impl glassbox_pipeline::PipelineObserver for Groups {
    fn on_store_write(&self, _records: usize, _took: std::time::Duration, _ok: bool) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trickle_of_records_shares_commits_and_a_lone_record_waits_for_none() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let (writer, reader) = sqlite::open(dir.path()).unwrap();
    let groups = Arc::new(Groups::default());
    let interval = Duration::from_millis(500);
    let pipeline = Pipeline::start(
        PipelineConfig {
            commit_interval: interval,
            ..Default::default()
        },
        Arc::new(UpperStage),
        Box::new(writer),
        groups.clone(),
    )
    .unwrap();
    let handle = pipeline.handle();
    // The first record after a quiet spell is committed at once.
    let t0 = Instant::now();
    handle
        .submit_and_wait(Source::OtlpTraces, one(1))
        .await
        .unwrap();
    assert!(t0.elapsed() < interval, "took {:?}", t0.elapsed());
    assert_eq!(groups.0.load(std::sync::atomic::Ordering::SeqCst), 1);
    // Twenty records over ~100 ms right after a commit share the next commit.
    for n in 2..22 {
        handle.submit_nowait(Source::Gateway, one(n)).unwrap();
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    handle
        .submit_and_wait(Source::OtlpTraces, one(22))
        .await
        .unwrap();
    for n in 2..=22 {
        assert_eq!(reader.get_trace(span(n).trace_id).unwrap().len(), 1);
    }
    let after_trickle = groups.0.load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        after_trickle <= 3,
        "21 records within one interval took {} commits",
        after_trickle - 1
    );
    // After a quiet spell longer than the interval, a record again waits for nothing.
    tokio::time::sleep(interval + Duration::from_millis(100)).await;
    let t1 = Instant::now();
    handle
        .submit_and_wait(Source::OtlpTraces, one(23))
        .await
        .unwrap();
    assert!(t1.elapsed() < interval, "took {:?}", t1.elapsed());
    pipeline.shutdown();
}

/// A store that refuses writes while `down` is set (a ClickHouse outage).
struct FlakyStore {
    inner: glassbox_store::sqlite::SqliteWriter,
    down: Arc<std::sync::atomic::AtomicBool>,
}

impl glassbox_store::BatchWriter for FlakyStore {
    fn write_group(&mut self, batches: &[WriteBatch]) -> Result<(), glassbox_store::StoreError> {
        if self.down.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(glassbox_store::StoreError::Backend(
                "connection refused".into(),
            ));
        }
        self.inner.write_group(batches)
    }
    fn delete_older_than(
        &mut self,
        cutoff: u64,
        scope: glassbox_store::RetentionScope<'_>,
    ) -> Result<u64, glassbox_store::StoreError> {
        self.inner.delete_older_than(cutoff, scope)
    }
    fn is_writable(&self) -> bool {
        !self.down.load(std::sync::atomic::Ordering::SeqCst)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_records_wait_on_disk_while_the_store_is_down_and_acked_exports_fail() {
    use std::sync::atomic::Ordering;
    let dir = tempfile::tempdir().unwrap();
    let (writer, reader) = sqlite::open(&dir.path().join("store")).unwrap();
    let down = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let queue = glassbox_pipeline::DiskQueueConfig {
        dir: dir.path().join("queue"),
        max_bytes: 1 << 20,
    };
    let start = |writer| {
        Pipeline::start(
            PipelineConfig {
                disk_queue: Some(queue.clone()),
                ..PipelineConfig::default()
            },
            Arc::new(UpperStage),
            Box::new(writer),
            Arc::new(NoopObserver),
        )
        .unwrap()
    };
    let pipeline = start(FlakyStore {
        inner: writer,
        down: down.clone(),
    });
    let handle = pipeline.handle();
    // An export that waits for its ack is told the store failed: it will retry.
    let err = handle
        .submit_and_wait(Source::OtlpTraces, one(1))
        .await
        .unwrap_err();
    assert!(matches!(err, SubmitError::Store(_)), "{err:?}");
    // Gateway records nobody waits on go to the disk queue.
    for n in 10..20 {
        handle.submit_nowait(Source::Gateway, one(n)).unwrap();
    }
    let queued = || std::fs::read_dir(&queue.dir).map_or(0, |d| d.count());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while queued() == 0 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(queued() > 0, "nothing was queued on disk");
    // The process stops before the store comes back: the queue outlives it.
    pipeline.shutdown();
    assert!(queued() > 0);
    assert!(reader.get_trace(span(10).trace_id).unwrap().is_empty());
    // The next start, with the store back, writes the queue in order.
    down.store(false, Ordering::SeqCst);
    let (writer, _) = sqlite::open(&dir.path().join("store")).unwrap();
    let pipeline = start(FlakyStore {
        inner: writer,
        down: down.clone(),
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while queued() > 0 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    pipeline.shutdown();
    assert_eq!(queued(), 0, "the queue was written and emptied");
    for n in 10..20 {
        let stored = reader.get_trace(span(n).trace_id).unwrap();
        assert_eq!(stored.len(), 1, "gateway record {n} lost");
        assert_eq!(stored[0].name, "SECRET STEP", "queued after the stage ran");
    }
}
