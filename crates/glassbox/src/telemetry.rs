//! Wires the pipeline's observations into the metrics hub, and moves closed rollups and
//! redaction counters into their sinks on a timer.
//!
//! ```text
//!  pipeline worker ─on_span/on_event─> MetricsHub (every record, before sampling)
//!  every 5 s: hub.take_closed_rollups ─> pipeline (Source::Rollups) ─> store
//!             hub.open_rollups (a store many nodes share) ─> the same, as a snapshot
//!             redactor counters (delta) ─> hub.record_redactions
//! ```

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use glassbox_core::{Event, Span, TraceId};
use glassbox_metrics::{BusinessEvent, CallObservation, Feedback, FeedbackObservation, MetricsHub};
use glassbox_pipeline::{PipelineHandle, PipelineObserver, Records, Source, Stage, SubmitError};
use glassbox_redact::Redactor;

/// Feeds the metrics hub from the pipeline.
pub struct HubObserver {
    /// The hub.
    pub hub: Arc<MetricsHub>,
    /// Recent model calls by trace and correlation id, so feedback is counted under the
    /// service and model of the call it rates (and `?model=` filters keep it).
    recent: std::sync::Mutex<RecentCalls>,
}

impl HubObserver {
    /// An observer feeding `hub`.
    pub fn new(hub: Arc<MetricsHub>) -> Self {
        Self {
            hub,
            recent: std::sync::Mutex::new(RecentCalls::default()),
        }
    }
}

/// A call's service and model.
type CallLabels = (Arc<str>, Arc<str>);

/// The service and model of the last model call seen per trace and per correlation id
/// (when a call has its own, not its trace id), bounded with the oldest forgotten first:
/// feedback comes seconds to minutes after its call.
#[derive(Default)]
struct RecentCalls {
    by_trace: HashMap<TraceId, CallLabels>,
    by_correlation: HashMap<Box<str>, CallLabels>,
    /// Insertion order of the entries of both maps.
    order: std::collections::VecDeque<Result<TraceId, Box<str>>>,
}

impl RecentCalls {
    /// Entries remembered (a call has one or two).
    const CAPACITY: usize = 100_000;

    fn remember(&mut self, span: &Span, call: CallLabels) {
        let own_correlation =
            span.correlation_id.len() != 32 || span.correlation_id != span.trace_id.to_hex();
        if own_correlation
            && self
                .by_correlation
                .insert(span.correlation_id.as_str().into(), call.clone())
                .is_none()
        {
            self.order
                .push_back(Err(span.correlation_id.as_str().into()));
        }
        if self.by_trace.insert(span.trace_id, call).is_none() {
            self.order.push_back(Ok(span.trace_id));
        }
        while self.order.len() > Self::CAPACITY {
            match self.order.pop_front() {
                Some(Ok(t)) => {
                    self.by_trace.remove(&t);
                }
                Some(Err(c)) => {
                    self.by_correlation.remove(&c);
                }
                None => break,
            }
        }
    }

    fn find(&self, event: &Event) -> Option<CallLabels> {
        event
            .trace_id
            .and_then(|t| self.by_trace.get(&t))
            .or_else(|| self.by_correlation.get(event.correlation_id.as_str()))
            .cloned()
    }
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
            if let Ok(mut recent) = self.recent.lock() {
                recent.remember(span, (obs.service.into(), obs.model.into()));
            }
        }
    }

    fn on_event(&self, event: &Event) {
        if event.name == "feedback" {
            if let Some(v) = event.value {
                let call = self.recent.lock().ok().and_then(|r| r.find(event));
                let (service, model) = call.as_ref().map(|(s, m)| (&**s, &**m)).unwrap_or(("", ""));
                self.hub.record_feedback(&FeedbackObservation {
                    project: glassbox_core::project::of(&event.properties),
                    service,
                    model,
                    feedback: Feedback::from_value(v),
                    time_unix_nano: event.time_unix_nano,
                });
            }
        } else {
            self.hub.record_event(&BusinessEvent {
                project: glassbox_core::project::of(&event.properties),
                service: "",
                name: &event.name,
                value: event.value,
                time_unix_nano: event.time_unix_nano,
            });
        }
    }

    fn on_dropped(&self, stage: Stage, source: Source, records: usize) {
        self.hub.record_dropped(stage.as_str(), records as u64);
        // OTLP exporters were told to retry (429); a gateway call's record is just lost.
        if source == Source::Gateway {
            self.hub.record_gateway_dropped(records as u64);
        }
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
/// commits) and redaction counters into the hub. With `share_open_minutes` (a store many
/// nodes share), also writes a snapshot of the minutes still open, so every node's
/// summary counts every node's traffic within seconds, not once the minute closes.
/// Runs until the process ends.
pub async fn run_housekeeping(
    hub: Arc<MetricsHub>,
    redactor: Arc<Redactor>,
    pipeline: PipelineHandle,
    share_open_minutes: bool,
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
        if share_open_minutes {
            share_open_rollups(&hub, &pipeline).await;
        }
    }
}

/// Writes a snapshot of the hub's open minutes; a failed write is skipped (the next
/// tick brings a fresher snapshot).
pub async fn share_open_rollups(hub: &MetricsHub, pipeline: &PipelineHandle) {
    let rows = hub.open_rollups();
    if rows.is_empty() {
        return;
    }
    let records = Records {
        open_rollups: rows,
        ..Default::default()
    };
    if let Err(e) = pipeline.submit_and_wait(Source::Rollups, records).await {
        tracing::debug!(error = %e, "open minutes not shared this time");
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use glassbox_core::{GenAi, SpanId, TraceId};

    fn call(trace: u8, correlation: &str) -> Span {
        let mut s = Span::new(
            TraceId::from_bytes(&[trace; 16]).unwrap(),
            SpanId::from_bytes(&[trace; 8]).unwrap(),
            "chat gpt-4o",
            1_000_000_000,
            2_000_000_000,
        );
        s.service = "support-bot".into();
        s.correlation_id = correlation.into();
        s.gen_ai = Some(GenAi {
            operation: Some("chat".into()),
            request_model: Some("gpt-4o".into()),
            ..Default::default()
        });
        s
    }

    fn feedback(trace: Option<u8>, correlation: &str, value: f64) -> Event {
        Event {
            time_unix_nano: 3_000_000_000,
            name: "feedback".into(),
            correlation_id: correlation.into(),
            trace_id: trace.map(|t| TraceId::from_bytes(&[t; 16]).unwrap()),
            session_id: None,
            user_id: None,
            value: Some(value),
            comment: None,
            properties: Default::default(),
        }
    }

    /// A gateway record the full pipeline refused is counted where operators look; an
    /// OTLP export refused the same way was told to retry and is not a lost record.
    #[test]
    fn gateway_records_lost_to_a_full_pipeline_are_counted() {
        let hub = Arc::new(MetricsHub::new(glassbox_metrics::MetricsConfig::default()).unwrap());
        let obs = HubObserver::new(hub.clone());
        obs.on_dropped(Stage::Ingest, Source::Gateway, 2);
        obs.on_dropped(Stage::Ingest, Source::OtlpTraces, 40);
        obs.on_dropped(Stage::Ingest, Source::Gateway, 2);
        assert_eq!(hub.gateway_dropped(), 4);
        let text = hub.render_openmetrics();
        assert!(
            text.contains("glassbox_gateway_records_dropped_total 4"),
            "{text}"
        );
        assert!(
            text.contains("glassbox_dropped_records_total{stage=\"ingest\"} 44"),
            "{text}"
        );
    }

    /// Feedback is counted under the service and model of the call it rates, found by
    /// trace id or by correlation id alone.
    #[test]
    fn feedback_is_attached_to_the_call_it_rates() {
        let hub = Arc::new(MetricsHub::new(glassbox_metrics::MetricsConfig::default()).unwrap());
        let obs = HubObserver::new(hub.clone());
        obs.on_span(&call(1, "web-7f3a"));
        obs.on_event(&feedback(Some(1), "whatever", 1.0));
        obs.on_event(&feedback(None, "web-7f3a", 0.0));
        obs.on_event(&feedback(None, "unknown-call", 0.0));
        let text = hub.render_openmetrics();
        let line = |vote: &str, model: &str, service: &str| {
            format!("glassbox_feedback_total{{service=\"{service}\",gen_ai_request_model=\"{model}\",vote=\"{vote}\"}} 1")
        };
        assert!(
            text.contains(&line("up", "gpt-4o", "support-bot")),
            "{text}"
        );
        assert!(
            text.contains(&line("down", "gpt-4o", "support-bot")),
            "{text}"
        );
        assert!(text.contains(&line("down", "unknown", "unknown")), "{text}");
    }
}
