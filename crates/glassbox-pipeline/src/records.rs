//! What sources hand to the pipeline.

use glassbox_core::{Event, LogRecord, MetricPoint, Span};
use glassbox_rollup::RollupRow;

/// Where records came from (for counters and per-source policy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// OTLP spans over HTTP or gRPC.
    OtlpTraces,
    /// OTLP logs.
    OtlpLogs,
    /// OTLP metrics.
    OtlpMetrics,
    /// The OpenAI-compatible gateway.
    Gateway,
    /// The feedback and events API.
    Events,
    /// Closed metric rollups from the metrics hub.
    Rollups,
}

impl Source {
    /// Stable label for metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::OtlpTraces => "otlp_traces",
            Source::OtlpLogs => "otlp_logs",
            Source::OtlpMetrics => "otlp_metrics",
            Source::Gateway => "gateway",
            Source::Events => "events",
            Source::Rollups => "rollups",
        }
    }
}

/// Unredacted records, as normalized by a source. Only the pipeline's redact stage can
/// turn them into something a sink accepts.
#[derive(Debug, Default, Clone)]
pub struct Records {
    /// Spans.
    pub spans: Vec<Span>,
    /// Logs.
    pub logs: Vec<LogRecord>,
    /// Events.
    pub events: Vec<Event>,
    /// Metric points.
    pub metric_points: Vec<MetricPoint>,
    /// Closed metric rollups (bounded labels only; nothing to redact).
    pub rollups: Vec<RollupRow>,
    /// This node's open minutes, a snapshot for stores many nodes share.
    pub open_rollups: Vec<RollupRow>,
    /// The project every span, log and event here belongs to (the sender's, decided by
    /// the auth layer); `None`: `default`. Stamped after redaction, over whatever the
    /// client sent.
    pub project: Option<std::sync::Arc<str>>,
}

impl Records {
    /// Number of records.
    pub fn len(&self) -> usize {
        self.spans.len()
            + self.logs.len()
            + self.events.len()
            + self.metric_points.len()
            + self.rollups.len()
            + self.open_rollups.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
