//! Wires the pipeline's observations into the metrics hub, and moves closed rollups and
//! redaction counters into their sinks on a timer.
//!
//! ```text
//!  pipeline worker ─on_span/on_event─> MetricsHub (every record, before sampling)
//!  every 5 s: hub.take_closed_rollups ─> pipeline (Source::Rollups) ─> store
//!             redactor counters (delta) ─> hub.record_redactions
//! ```

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use glassbox_core::{Event, Span};
use glassbox_metrics::{BusinessEvent, CallObservation, Feedback, FeedbackObservation, MetricsHub};
use glassbox_pipeline::{PipelineHandle, PipelineObserver, Records, Source, Stage, SubmitError};
use glassbox_redact::Redactor;

/// Feeds the metrics hub from the pipeline.
pub struct HubObserver {
    /// The hub.
    pub hub: Arc<MetricsHub>,
}

impl PipelineObserver for HubObserver {
    fn on_span(&self, span: &Span) {
        // Model calls only: tool, agent and retrieval steps have no model.
        let is_model_call = span
            .gen_ai
            .as_ref()
            .is_some_and(|g| g.request_model.is_some() || g.response_model.is_some());
        if !is_model_call {
            return;
        }
        if let Some(obs) = CallObservation::from_span(span) {
            self.hub.record_call(&obs);
        }
    }

    fn on_event(&self, event: &Event) {
        if event.name == "feedback" {
            if let Some(v) = event.value {
                self.hub.record_feedback(&FeedbackObservation {
                    service: "",
                    model: "",
                    feedback: Feedback::from_value(v),
                    time_unix_nano: event.time_unix_nano,
                });
            }
        } else {
            self.hub.record_event(&BusinessEvent {
                service: "",
                name: &event.name,
                value: event.value,
                time_unix_nano: event.time_unix_nano,
            });
        }
    }

    fn on_dropped(&self, stage: Stage, _source: Source, records: usize) {
        self.hub.record_dropped(stage.as_str(), records as u64);
    }

    fn on_queue_depth(&self, stage: Stage, depth: usize) {
        self.hub.set_queue_depth(stage.as_str(), depth as u64);
    }

    fn on_store_write(&self, _records: usize, took: Duration, _ok: bool) {
        self.hub.record_store_write(took);
    }

    fn on_wal_rewind(&self, took: Duration) {
        self.hub.record_wal_rewind(took);
    }
}

/// Moves closed rollups into the store (through the pipeline, so they share its group
/// commits) and redaction counters into the hub. Runs until the process ends.
pub async fn run_housekeeping(
    hub: Arc<MetricsHub>,
    redactor: Arc<Redactor>,
    pipeline: PipelineHandle,
) {
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        for e in redactor.counters().entries {
            let key = (e.kind.key().to_string(), e.source.label().to_string());
            let before = seen.insert(key.clone(), e.count).unwrap_or(0);
            if e.count > before {
                hub.record_redactions(&key.0, &key.1, e.count - before);
            }
        }
        flush_rollups(&hub, &pipeline, glassbox_core::time::now_unix_nanos()).await;
    }
}

/// Persists rollups closed by `now`; keeps retrying while the pipeline is full.
pub async fn flush_rollups(hub: &MetricsHub, pipeline: &PipelineHandle, now: u64) {
    let rows = hub.take_closed_rollups(now);
    if rows.is_empty() {
        return;
    }
    let records = Records {
        rollups: rows,
        ..Default::default()
    };
    for _ in 0..30 {
        match pipeline
            .submit_and_wait(Source::Rollups, records.clone())
            .await
        {
            Err(SubmitError::Full { retry_after_secs }) => {
                tokio::time::sleep(Duration::from_secs(u64::from(retry_after_secs))).await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "could not store metric rollups");
                return;
            }
            Ok(()) => return,
        }
    }
}
