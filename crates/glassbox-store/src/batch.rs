//! The unit of writing: redacted records bound for the store together.

use glassbox_core::{Event, LogRecord, MetricPoint, Redacted, Span};
use glassbox_metrics::RollupRow;

/// Redacted records written in one group commit.
#[derive(Debug, Default, Clone)]
pub struct WriteBatch {
    /// Spans.
    pub spans: Vec<Redacted<Span>>,
    /// Logs.
    pub logs: Vec<Redacted<LogRecord>>,
    /// Feedback and business events.
    pub events: Vec<Redacted<Event>>,
    /// Raw OTLP metric points.
    pub metric_points: Vec<Redacted<MetricPoint>>,
    /// Closed per-minute metric rollups (labels only: model, service, operation).
    pub rollups: Vec<RollupRow>,
}

impl WriteBatch {
    /// Number of records of every kind.
    pub fn len(&self) -> usize {
        self.spans.len()
            + self.logs.len()
            + self.events.len()
            + self.metric_points.len()
            + self.rollups.len()
    }

    /// True when there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
