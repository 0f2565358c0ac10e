//! Where accepted records go: the [`OtlpSink`] the pipeline implements.
//!
//! The receivers call the sink once per export request and answer the client only when
//! the sink resolves, so an OTLP `200` means "durably stored". A full sink is reported
//! to the client as retryable (HTTP 429 / gRPC `RESOURCE_EXHAUSTED`) with a delay.

use glassbox_core::ProjectAccess;
use glassbox_core::{LogRecord, MetricPoint, Span};

/// Why the sink could not take a batch; both are retryable for the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SinkError {
    /// Queues are full; the client should retry after the given delay.
    #[error("glassbox is at capacity; retry in {retry_after_secs}s")]
    Full {
        /// Seconds the client should wait before retrying.
        retry_after_secs: u32,
    },
    /// The sink cannot store anything right now (shutting down, store down…).
    #[error("glassbox cannot store telemetry right now: {reason}")]
    Unavailable {
        /// Why, for the client and the logs.
        reason: String,
    },
}

/// The project an export is written to (from the request's [`ProjectAccess`]
/// extension); `None` when no auth layer attached one.
pub type Project = Option<std::sync::Arc<str>>;

/// The project of a request with these extensions.
pub(crate) fn project_of(ext: &axum::http::Extensions) -> Project {
    ext.get::<ProjectAccess>().map(|a| a.write.clone())
}

/// Receives converted records from the OTLP receivers.
#[async_trait::async_trait]
pub trait OtlpSink: Send + Sync + 'static {
    /// Resolves once the records are durably stored (the ack the OTLP client waits for).
    /// `project`: the sender's project, when the server's auth layer attached one.
    async fn accept_spans(&self, spans: Vec<Span>, project: Project) -> Result<(), SinkError>;
    /// Resolves once the log records are durably stored.
    async fn accept_logs(&self, logs: Vec<LogRecord>, project: Project) -> Result<(), SinkError>;
    /// Resolves once the metric points are durably stored.
    async fn accept_metrics(
        &self,
        points: Vec<MetricPoint>,
        project: Project,
    ) -> Result<(), SinkError>;
}
