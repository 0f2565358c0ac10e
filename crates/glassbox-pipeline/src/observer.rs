//! Self-telemetry hooks: the pipeline reports what it saw, dropped and wrote, and the
//! metrics crate turns that into counters (wired in the server).

use std::time::Duration;

use glassbox_core::{Event, Span};

use crate::Source;

/// A pipeline stage, for queue depth and drop counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Between sources and the redact workers.
    Ingest,
    /// Between the redact workers and the writer.
    Write,
}

impl Stage {
    /// Stable label.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Ingest => "ingest",
            Stage::Write => "write",
        }
    }
}

/// Receives pipeline telemetry. Called on hot paths: implementations must be cheap.
pub trait PipelineObserver: Send + Sync {
    /// A redacted span is on its way to the store (every span, before sampling).
    fn on_span(&self, _span: &Span) {}
    /// A redacted event is on its way to the store.
    fn on_event(&self, _event: &Event) {}
    /// Records were refused because a queue was full.
    fn on_dropped(&self, _stage: Stage, _source: Source, _records: usize) {}
    /// Current depth of a queue, in submissions.
    fn on_queue_depth(&self, _stage: Stage, _depth: usize) {}
    /// A group commit finished.
    fn on_store_write(&self, _records: usize, _took: Duration, _ok: bool) {}
    /// The writer paused between groups to rewind the store's write-ahead log.
    fn on_wal_rewind(&self, _took: Duration) {}
}

/// Observer that ignores everything.
pub struct NoopObserver;
impl PipelineObserver for NoopObserver {}
