//! The running pipeline: bounded queues, redact workers and the writer thread.
//!
//! ```text
//!   PipelineHandle::submit ──try_send──> ingest (bounded) ──> worker × N ── RecordStage::process
//!                                                                  │
//!                                                                  ▼
//!   ack (oneshot) <── writer thread: group commit <── write (bounded, blocking send)
//! ```

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, Receiver, RecvTimeoutError, Sender, TryRecvError, TrySendError};
use glassbox_store::{BatchWriter, RetentionScope, WriteBatch};
use tokio::sync::oneshot;

use crate::{PipelineObserver, Records, Source, Stage};

/// Turns raw records into what a sink accepts: the redact and payload-policy stages.
pub trait RecordStage: Send + Sync {
    /// Redacts, pseudonymizes and applies the payload policy to `records`.
    fn process(&self, source: Source, records: Records) -> WriteBatch;

    /// Housekeeping, called by idle workers (e.g. evicting expired spooled bodies).
    fn idle(&self) {}
}

/// Pipeline sizing and housekeeping.
#[derive(Debug, Clone)]
pub struct PipelineConfig {
    /// Submissions the ingest queue holds before refusing.
    pub ingest_queue: usize,
    /// Processed batches the write queue holds.
    pub write_queue: usize,
    /// Redact worker threads.
    pub workers: usize,
    /// Most records in one group commit.
    pub max_group_records: usize,
    /// Shortest time between the starts of two group commits. Under a steady trickle
    /// (a gateway at 1,000 calls/s) records wait up to this long to share a commit
    /// instead of paying one each: SQLite's per-commit work (WAL frames of the same hot
    /// pages, full-text index flush, page-cache upkeep) then costs per group, not per
    /// record. A record that arrives after a quiet spell is written at once; zero
    /// commits whatever is queued as soon as the last commit is done.
    pub commit_interval: Duration,
    /// Delete records older than this, when set.
    pub retention: Option<Duration>,
    /// Projects with a retention of their own (longer or shorter than `retention`).
    pub project_retention: Vec<(String, Duration)>,
    /// Keep batches nobody waits on (gateway records) on local disk while the store
    /// cannot take writes, and write them once it can; `None` drops them (counted).
    pub disk_queue: Option<crate::DiskQueueConfig>,
    /// Encode spans into the embedded store's blocks on the workers (a store that does
    /// not use them saves the work).
    pub encode_spans: bool,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        Self {
            // Export requests carry up to a few MiB each: queue depth is what bounds memory.
            ingest_queue: 512,
            write_queue: 64,
            workers: 2,
            max_group_records: 20_000,
            commit_interval: Duration::from_millis(20),
            retention: None,
            project_retention: Vec::new(),
            disk_queue: None,
            encode_spans: true,
        }
    }
}

/// Why a submission was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SubmitError {
    /// The ingest queue is full; the client should retry after this many seconds.
    #[error("pipeline is full, retry after {retry_after_secs}s")]
    Full {
        /// Suggested back-off.
        retry_after_secs: u32,
    },
    /// The pipeline is shutting down.
    #[error("glassbox is shutting down")]
    ShuttingDown,
    /// The store refused the write; nothing was acknowledged.
    #[error("store write failed: {0}")]
    Store(String),
}

type Ack = oneshot::Sender<Result<(), SubmitError>>;

struct Submission {
    source: Source,
    records: Records,
    ack: Option<Ack>,
}

struct WriteJob {
    batch: WriteBatch,
    ack: Option<Ack>,
}

struct Shared {
    ingest_tx: Sender<Submission>,
    ingest_capacity: usize,
    closed: AtomicBool,
    writer_healthy: AtomicBool,
    accepted: AtomicU64,
    observer: Arc<dyn PipelineObserver>,
}

/// A cheap, cloneable way for sources to submit records.
#[derive(Clone)]
pub struct PipelineHandle {
    shared: Arc<Shared>,
}

impl PipelineHandle {
    fn enqueue(
        &self,
        source: Source,
        records: Records,
        ack: Option<Ack>,
    ) -> Result<(), SubmitError> {
        if self.shared.closed.load(Ordering::Acquire) {
            return Err(SubmitError::ShuttingDown);
        }
        let n = records.len();
        match self.shared.ingest_tx.try_send(Submission {
            source,
            records,
            ack,
        }) {
            Ok(()) => {
                self.shared.accepted.fetch_add(n as u64, Ordering::Relaxed);
                self.shared
                    .observer
                    .on_queue_depth(Stage::Ingest, self.shared.ingest_tx.len());
                Ok(())
            }
            Err(TrySendError::Full(_)) => {
                self.shared.observer.on_dropped(Stage::Ingest, source, n);
                Err(SubmitError::Full {
                    retry_after_secs: 1,
                })
            }
            Err(TrySendError::Disconnected(_)) => Err(SubmitError::ShuttingDown),
        }
    }

    /// Submits and waits until the records are durably stored (the OTLP ack).
    pub async fn submit_and_wait(
        &self,
        source: Source,
        records: Records,
    ) -> Result<(), SubmitError> {
        if records.is_empty() {
            return Ok(());
        }
        let (tx, rx) = oneshot::channel();
        self.enqueue(source, records, Some(tx))?;
        rx.await.unwrap_or(Err(SubmitError::ShuttingDown))
    }

    /// Submits without waiting (the gateway: the model call never waits on
    /// observability). A full queue drops the records and counts the drop.
    pub fn submit_nowait(&self, source: Source, records: Records) -> Result<(), SubmitError> {
        self.enqueue(source, records, None)
    }

    /// True when the queues have room and the last write succeeded.
    pub fn is_ready(&self) -> bool {
        self.has_room() && self.last_write_ok()
    }

    /// True while open and the ingest queue is below 90% full.
    pub fn has_room(&self) -> bool {
        !self.shared.closed.load(Ordering::Acquire)
            && self.shared.ingest_tx.len() < self.shared.ingest_capacity * 9 / 10
    }

    /// Whether the writer's last group commit succeeded.
    pub fn last_write_ok(&self) -> bool {
        self.shared.writer_healthy.load(Ordering::Acquire)
    }

    /// Submissions waiting in the ingest queue.
    pub fn ingest_depth(&self) -> usize {
        self.shared.ingest_tx.len()
    }

    /// Records accepted since start.
    pub fn accepted(&self) -> u64 {
        self.shared.accepted.load(Ordering::Relaxed)
    }
}

/// The running pipeline; [`Pipeline::shutdown`] flushes everything accepted.
pub struct Pipeline {
    handle: PipelineHandle,
    workers: Vec<JoinHandle<()>>,
    writer: Option<JoinHandle<()>>,
}

impl Pipeline {
    /// Starts the worker and writer threads.
    pub fn start(
        config: PipelineConfig,
        stage: Arc<dyn RecordStage>,
        writer: Box<dyn BatchWriter>,
        observer: Arc<dyn PipelineObserver>,
    ) -> std::io::Result<Self> {
        let (ingest_tx, ingest_rx) = bounded::<Submission>(config.ingest_queue.max(1));
        let (write_tx, write_rx) = bounded::<WriteJob>(config.write_queue.max(1));
        let shared = Arc::new(Shared {
            ingest_tx,
            ingest_capacity: config.ingest_queue.max(1),
            closed: AtomicBool::new(false),
            writer_healthy: AtomicBool::new(true),
            accepted: AtomicU64::new(0),
            observer: observer.clone(),
        });
        let mut workers = Vec::new();
        for n in 0..config.workers.max(1) {
            let rx = ingest_rx.clone();
            let tx = write_tx.clone();
            let stage = stage.clone();
            let shared = shared.clone();
            let encode = config.encode_spans;
            workers.push(
                std::thread::Builder::new()
                    .name(format!("glassbox-redact-{n}"))
                    .spawn(move || run_worker(rx, tx, stage, shared, encode))?,
            );
        }
        drop(write_tx);
        let writer_shared = shared.clone();
        let writer = std::thread::Builder::new()
            .name("glassbox-writer".into())
            .spawn(move || run_writer(write_rx, writer, config, writer_shared))?;
        Ok(Self {
            handle: PipelineHandle { shared },
            workers,
            writer: Some(writer),
        })
    }

    /// A handle for sources.
    pub fn handle(&self) -> PipelineHandle {
        self.handle.clone()
    }

    /// Stops accepting, drains every queue into the store and waits for the threads.
    pub fn shutdown(mut self) {
        self.handle.shared.closed.store(true, Ordering::Release);
        // Sources may still hold handles (and so the ingest sender): workers stop once they
        // see `closed` and an empty queue; the writer stops when every worker is gone and
        // the write queue is drained.
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
        if let Some(w) = self.writer.take() {
            let _ = w.join();
        }
    }
}

fn run_worker(
    rx: Receiver<Submission>,
    tx: Sender<WriteJob>,
    stage: Arc<dyn RecordStage>,
    shared: Arc<Shared>,
    encode: bool,
) {
    let observer = &shared.observer;
    loop {
        let sub = match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(s) => s,
            Err(RecvTimeoutError::Timeout) => {
                if shared.closed.load(Ordering::Acquire) && rx.is_empty() {
                    return;
                }
                stage.idle();
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => return,
        };
        let mut batch = stage.process(sub.source, sub.records);
        // Encoding here spreads it over the workers; the single writer then only writes.
        if encode {
            if let Err(e) = batch.encode_spans() {
                tracing::warn!(error = %e, "could not encode spans on the worker; the writer will");
            }
        }
        for s in &batch.spans {
            observer.on_span(s.get());
        }
        for e in &batch.events {
            observer.on_event(e.get());
        }
        observer.on_queue_depth(Stage::Write, tx.len());
        if tx
            .send(WriteJob {
                batch,
                ack: sub.ack,
            })
            .is_err()
        {
            return;
        }
    }
}

fn run_writer(
    rx: Receiver<WriteJob>,
    mut writer: Box<dyn BatchWriter>,
    config: PipelineConfig,
    shared: Arc<Shared>,
) {
    let mut last_retention = Instant::now();
    let mut last_commit: Option<Instant> = None;
    let mut queue = config
        .disk_queue
        .as_ref()
        .and_then(|c| match crate::DiskQueue::open(c) {
            Ok(q) => Some(q),
            Err(e) => {
                tracing::error!(error = %e, dir = %c.dir.display(), "cannot open the disk queue; gateway records are dropped while the store is down");
                None
            }
        });
    let mut next_replay = Instant::now();
    loop {
        let first = match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) => {
                if let Some(q) = &mut queue {
                    replay_queued(&mut *writer, q, &mut next_replay, &shared);
                }
                run_retention(&mut *writer, &config, &mut last_retention);
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => {
                if let Some(q) = &mut queue {
                    next_replay = Instant::now();
                    replay_queued(&mut *writer, q, &mut next_replay, &shared);
                }
                return;
            }
        };
        let mut records = first.batch.len();
        let mut jobs = vec![first];
        // Whatever is queued joins the group; when the last commit started less than
        // `commit_interval` ago, records arriving until then join it too.
        let due = last_commit.map(|t| t + config.commit_interval);
        // The linger is one sleep, not a wait on the channel: a blocking receive spins and
        // yields before it parks and is woken by every job that arrives, which on a busy
        // core cost more CPU than the commit it saves.
        let mut slept = false;
        while records < config.max_group_records {
            match rx.try_recv() {
                Ok(job) => {
                    records += job.batch.len();
                    jobs.push(job);
                }
                Err(TryRecvError::Disconnected) => break,
                Err(TryRecvError::Empty) => match due {
                    Some(due) if !slept => {
                        slept = true;
                        let now = Instant::now();
                        if now < due {
                            std::thread::sleep(due - now);
                        }
                    }
                    _ => break,
                },
            }
        }
        last_commit = Some(Instant::now());
        let (batches, acks): (Vec<WriteBatch>, Vec<Option<Ack>>) =
            jobs.into_iter().map(|j| (j.batch, j.ack)).unzip();
        let started = Instant::now();
        let result = writer.write_group(&batches);
        let ok = result.is_ok();
        shared.writer_healthy.store(ok, Ordering::Release);
        shared
            .observer
            .on_store_write(records, started.elapsed(), ok);
        let outcome = result.map_err(|e| {
            tracing::error!(error = %e, records, "failed to write batch group");
            SubmitError::Store(e.to_string())
        });
        for (batch, ack) in batches.iter().zip(acks) {
            match ack {
                Some(ack) => {
                    let _ = ack.send(outcome.clone());
                }
                // Nobody waits on these (gateway records): keep them for later.
                None if outcome.is_err() => match &mut queue {
                    Some(q) => match q.push(batch) {
                        Ok(true) => {}
                        Ok(false) => {
                            tracing::warn!(
                                records = batch.len(),
                                "the disk queue is full; gateway records dropped"
                            );
                            shared.observer.on_dropped(
                                Stage::Write,
                                crate::Source::Gateway,
                                batch.len(),
                            );
                        }
                        Err(e) => {
                            tracing::error!(error = %e, "cannot queue gateway records on disk; dropped");
                            shared.observer.on_dropped(
                                Stage::Write,
                                crate::Source::Gateway,
                                batch.len(),
                            );
                        }
                    },
                    None => shared.observer.on_dropped(
                        Stage::Write,
                        crate::Source::Gateway,
                        batch.len(),
                    ),
                },
                None => {}
            }
        }
        if outcome.is_ok() {
            if let Some(q) = &mut queue {
                replay_queued(&mut *writer, q, &mut next_replay, &shared);
            }
        }
        if let Some(took) = writer.between_groups() {
            shared.observer.on_wal_rewind(took);
        }
        run_retention(&mut *writer, &config, &mut last_retention);
    }
}

/// Batches written from the disk queue per call: the queue drains while new records keep
/// flowing.
const REPLAY_PER_CALL: usize = 16;

/// Writes queued batches, oldest first, while the store takes them; after a failure waits
/// a second before trying again.
fn replay_queued(
    writer: &mut dyn BatchWriter,
    queue: &mut crate::DiskQueue,
    next: &mut Instant,
    shared: &Shared,
) {
    if queue.is_empty() || Instant::now() < *next {
        return;
    }
    for _ in 0..REPLAY_PER_CALL {
        let Some(front) = queue.front() else {
            return;
        };
        let batch = match front {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(error = %e, dir = %queue.dir().display(), "an unreadable batch in the disk queue; removed");
                queue.pop_front();
                continue;
            }
        };
        let started = Instant::now();
        let result = writer.write_group(std::slice::from_ref(&batch));
        shared
            .observer
            .on_store_write(batch.len(), started.elapsed(), result.is_ok());
        match result {
            Ok(()) => {
                queue.pop_front();
                shared.writer_healthy.store(true, Ordering::Release);
                if queue.is_empty() {
                    tracing::info!("the disk queue is written; every gateway record kept while the store was down is stored");
                }
            }
            Err(_) => {
                *next = Instant::now() + Duration::from_secs(1);
                return;
            }
        }
    }
}

fn run_retention(writer: &mut dyn BatchWriter, config: &PipelineConfig, last: &mut Instant) {
    if config.retention.is_none() && config.project_retention.is_empty() {
        return;
    }
    if last.elapsed() < Duration::from_secs(60) {
        return;
    }
    *last = Instant::now();
    let now = glassbox_core::time::now_unix_nanos();
    let cutoff =
        |keep: Duration| now.saturating_sub(u64::try_from(keep.as_nanos()).unwrap_or(u64::MAX));
    let own: Vec<String> = config
        .project_retention
        .iter()
        .map(|(p, _)| p.clone())
        .collect();
    // The global retention for every project without its own, then each of those.
    let passes = config
        .retention
        .map(|keep| {
            let scope = if own.is_empty() {
                RetentionScope::All
            } else {
                RetentionScope::Except(&own)
            };
            (cutoff(keep), scope)
        })
        .into_iter()
        .chain(
            config
                .project_retention
                .iter()
                .map(|(p, keep)| (cutoff(*keep), RetentionScope::Only(p))),
        );
    for (cut, scope) in passes {
        match writer.delete_older_than(cut, scope) {
            Ok(n) if n > 0 => tracing::info!(rows = n, ?scope, "retention removed old records"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, ?scope, "retention failed"),
        }
    }
}
