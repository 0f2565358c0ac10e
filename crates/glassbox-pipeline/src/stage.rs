//! The standard record stage: redact, then apply the payload policy.

use std::sync::Arc;

use glassbox_core::Redacted;
use glassbox_store::WriteBatch;

use crate::{PayloadPolicy, RecordRedactor, RecordStage, Records, Source, TextRedactor};

/// Redaction with a [`TextRedactor`] followed by the [`PayloadPolicy`].
pub struct StandardStage {
    /// The scanner and policy.
    pub text: Arc<dyn TextRedactor>,
    /// The payload policy.
    pub payload: PayloadPolicy,
}

impl RecordStage for StandardStage {
    fn process(&self, source: Source, records: Records) -> WriteBatch {
        let redactor = RecordRedactor {
            text: &*self.text,
            source,
        };
        let spans = records
            .spans
            .into_iter()
            .map(|s| {
                let mut r = Redacted::new(&redactor, s);
                self.payload.apply_span(r.get_mut());
                r
            })
            .collect();
        let logs = records
            .logs
            .into_iter()
            .map(|l| {
                let mut r = Redacted::new(&redactor, l);
                self.payload.apply_log(r.get_mut());
                r
            })
            .collect();
        WriteBatch {
            spans,
            logs,
            events: records
                .events
                .into_iter()
                .map(|e| Redacted::new(&redactor, e))
                .collect(),
            metric_points: records
                .metric_points
                .into_iter()
                .map(|p| Redacted::new(&redactor, p))
                .collect(),
            rollups: records.rollups,
        }
    }
}
