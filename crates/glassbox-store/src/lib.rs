//! glassbox storage: the capability traits every backend implements, the embedded SQLite
//! backend (the default, one machine) and the ClickHouse backend (many stateless nodes).
//!
//! ```text
//!   pipeline writer thread ──WriteBatch──> BatchWriter   (one transaction per group:
//!                                                        records, then restored bodies;
//!                                                        housekeeping between groups)
//!   query API / CLI ───────────────────> TraceReader, LogReader, TimelineReader
//! ```
//!
//! Sinks accept only [`Redacted`](glassbox_core::Redacted) records: nothing raw reaches
//! disk through this crate. No backend type (SQLite rows, connections) leaks out of it.

mod batch;
mod blob;
pub mod clickhouse;
#[cfg(test)]
mod conformance;
mod error;
mod query;
pub mod sqlite;
mod timeline;

pub use batch::{
    mark_offloaded, put_body_back, EncodedBlock, LateSignal, ParkedBody, RestoredBody,
    RestoredPayload, WriteBatch, KEPT_LATE, NOT_SAMPLED, PAYLOAD_ATTR, PAYLOAD_LATE_ATTR,
    PAYLOAD_SIZE_ATTR,
};
pub use blob::{BlobStore, BLOB_SCHEME};
pub use error::StoreError;
pub use query::{
    EventFilter, EventPage, FeedbackFilter, Investigation, LogFilter, LogPage, SessionDetail,
    SessionFilter, SessionPage, SessionStats, SessionSummary, StoredEvent, StoredLog,
    TimelineEntry, TopicFilter, TopicSummary, TraceFilter, TracePage, TraceSummary,
};

use glassbox_core::{Span, TraceId};

/// Writes batches; owned by the single writer thread.
pub trait BatchWriter: Send {
    /// Writes every batch in one durable transaction (group commit). When this returns
    /// `Ok`, all records survive a crash of the process.
    fn write_group(&mut self, batches: &[WriteBatch]) -> Result<(), StoreError>;

    /// Deletes the records of `scope` older than `cutoff_unix_nano`; returns the rows
    /// removed.
    fn delete_older_than(
        &mut self,
        cutoff_unix_nano: u64,
        scope: RetentionScope<'_>,
    ) -> Result<u64, StoreError>;

    /// Cheap check that the store can take writes (for `/readyz`).
    fn is_writable(&self) -> bool;

    /// Housekeeping between groups, called after the last group's acknowledgements went
    /// out (rewinding a write-ahead log), so it delays no committed write's ack. Returns
    /// how long it took when it rewound the log (the time ingest waited).
    fn between_groups(&mut self) -> Option<std::time::Duration> {
        None
    }
}

/// Which records a retention pass removes: projects may keep their records for longer or
/// shorter than the global retention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetentionScope<'a> {
    /// Every record.
    All,
    /// Records of every project but these (which have a retention of their own), and
    /// records of no project (metric points, the machine's gauges).
    Except(&'a [String]),
    /// The records of one project.
    Only(&'a str),
}

/// Reads traces.
pub trait TraceReader: Send + Sync {
    /// Every stored span of a trace, in start order; empty when the trace is unknown.
    fn get_trace(&self, trace_id: TraceId) -> Result<Vec<Span>, StoreError>;

    /// Trace summaries matching `filter`, newest first, with a cursor for the next page.
    fn search_traces(&self, filter: &TraceFilter) -> Result<TracePage, StoreError>;

    /// Stored trace ids that start with `hex_prefix` (8 to 31 hex digits), at most
    /// `limit`: one means the short id is unique.
    fn traces_with_prefix(
        &self,
        hex_prefix: &str,
        limit: usize,
    ) -> Result<Vec<TraceId>, StoreError>;

    /// Sessions (traces grouped by session id) matching `filter`, most recently active
    /// first, with a cursor for the next page.
    fn search_sessions(&self, filter: &SessionFilter) -> Result<SessionPage, StoreError>;

    /// Session count and length over every session `filter` matches (page size and
    /// cursor unused): what the first page of [`TraceReader::search_sessions`] carries,
    /// without listing sessions.
    fn session_stats(&self, filter: &SessionFilter) -> Result<SessionStats, StoreError>;

    /// One session with its turns and events; `None` when no trace carries the id.
    fn get_session(&self, session_id: &str) -> Result<Option<SessionDetail>, StoreError>;

    /// Topics of the calls in a window, most asked first.
    fn topics(&self, filter: &TopicFilter) -> Result<Vec<TopicSummary>, StoreError>;
}

/// Reads structured logs, feedback and business events.
pub trait LogReader: Send + Sync {
    /// Logs matching `filter`, newest first.
    fn search_logs(&self, filter: &LogFilter) -> Result<LogPage, StoreError>;

    /// Feedback and business events matching `filter`, newest first.
    fn search_events(&self, filter: &EventFilter) -> Result<EventPage, StoreError>;
}

/// Finds everything linked to one id (correlation, trace, user or session).
pub trait TimelineReader: Send + Sync {
    /// Spans, logs and events linked to `id`, in one time-ordered timeline.
    fn investigate(&self, id: &str, limit: usize) -> Result<Investigation, StoreError>;
}

/// Proves that a backend can take a write now (`/readyz`), rather than that the last
/// write went well.
pub trait WriteProbe: Send + Sync {
    /// A small real write; an error says why the store cannot be written.
    fn probe_write(&self) -> Result<(), StoreError>;
}

/// What erasing a data subject removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ErasureReport {
    /// Traces removed (every span of each).
    pub traces: u64,
    /// Spans removed.
    pub spans: u64,
    /// Log records removed.
    pub logs: u64,
    /// Feedback and business events removed.
    pub events: u64,
    /// Offloaded payload blobs the removed records pointed at (`blob://sha256/…`), for
    /// the caller to delete from the blob store.
    pub blobs: Vec<String>,
}

/// Removes everything stored about one data subject (privacy law's right to erasure).
pub trait Eraser: Send + Sync {
    /// Deletes every trace whose user is one of `pseudonyms` (the subject's pseudonym
    /// under each redaction key), with all its spans, and every log record and event of
    /// those users or those traces, in one transaction.
    fn erase_users(&self, pseudonyms: &[String]) -> Result<ErasureReport, StoreError>;
}

/// A backend that can serve every read the query API needs.
pub trait ReadStore: TraceReader + LogReader + TimelineReader {}
impl<T: TraceReader + LogReader + TimelineReader> ReadStore for T {}

/// Everything a server needs of a backend's read side: queries, readiness probes,
/// erasure and persisted rollups.
pub trait Store: ReadStore + WriteProbe + Eraser + glassbox_rollup::RollupSource {}
impl<T: ReadStore + WriteProbe + Eraser + glassbox_rollup::RollupSource> Store for T {}
