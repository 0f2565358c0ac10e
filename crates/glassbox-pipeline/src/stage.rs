//! The standard record stage: check model answers and price calls on the raw spans, then
//! redact, then apply the payload policy, then honour late signals (negative feedback, an
//! error span or error log) for traces whose bodies were dropped for sampling and are still
//! in the spool.

use std::sync::Arc;

use std::collections::HashMap;

use glassbox_answers::{answer_of_span, Checker, Flags, ANSWER_FLAGS_KEY, JSON_SCHEMA_KEY};
use glassbox_core::pricing::{PriceTable, Usage};
use glassbox_core::{AttrValue, Redacted, Span, SpanId, TraceId, COST_USD_KEY};
use glassbox_store::{LateSignal, WriteBatch};

use crate::payload::is_negative_feedback;
use crate::{PayloadPolicy, RecordRedactor, RecordStage, Records, Source, TextRedactor};

/// Severity number of `ERROR` (OTLP): logs at or above it are late signals.
const ERROR_SEVERITY: i32 = 17;

/// Answer checks, then redaction with a [`TextRedactor`], then the [`PayloadPolicy`].
pub struct StandardStage {
    /// The scanner and policy.
    pub text: Arc<dyn TextRedactor>,
    /// The payload policy.
    pub payload: PayloadPolicy,
    /// The answer-health checks run on every span with output messages, on the raw
    /// text before redaction; `None` runs none.
    pub answers: Option<Arc<Checker>>,
    /// Prices for `glassbox.cost.usd` on model calls; `None` prices nothing.
    pub prices: Option<Arc<PriceTable>>,
    /// Projects with a redaction policy of their own (`[projects.redaction]`); the
    /// others use `text`.
    pub project_text: HashMap<String, Arc<dyn TextRedactor>>,
}

/// The cost of a GenAI span's tokens, US dollars: `None` without tokens or a known
/// model. A call answered from glassbox's cache costs nothing.
pub fn span_cost(prices: &PriceTable, span: &Span) -> Option<f64> {
    let g = span.gen_ai.as_ref()?;
    if g.input_tokens.is_none() && g.output_tokens.is_none() {
        return None;
    }
    let model = g.response_model.as_deref().or(g.request_model.as_deref())?;
    let price = prices
        .lookup(model)
        .or_else(|| g.request_model.as_deref().and_then(|m| prices.lookup(m)))?;
    if span
        .attributes
        .get("glassbox.cache")
        .and_then(AttrValue::as_str)
        == Some("hit")
    {
        return Some(0.0);
    }
    let n = |v: Option<i64>| v.map_or(0, |v| u64::try_from(v).unwrap_or(0));
    let usage = Usage {
        input: n(g.input_tokens),
        output: n(g.output_tokens),
        cache_read: n(g.cached_input_tokens),
        cache_write: n(span
            .attributes
            .get("gen_ai.usage.cache_creation.input_tokens")
            .and_then(AttrValue::as_i64)),
    };
    Some(price.cost(usage))
}

/// The flags as an attribute value: a list of names.
fn flags_value(flags: Flags) -> AttrValue {
    AttrValue::Array(
        flags
            .names()
            .into_iter()
            .map(|n| AttrValue::Str(n.into()))
            .collect(),
    )
}

impl StandardStage {
    /// Runs the answer checks on a raw span and records the flags as
    /// `glassbox.answer.flags`. Always drops the request schema the gateway handed over.
    fn check_answer(&self, span: &mut Span) -> Option<Flags> {
        let Some(checker) = &self.answers else {
            span.attributes.remove(JSON_SCHEMA_KEY);
            return None;
        };
        let answer = answer_of_span(span)?;
        let upstream = span
            .attributes
            .get("glassbox.upstream")
            .and_then(AttrValue::as_str);
        let scope: Vec<&str> = upstream
            .into_iter()
            .chain([span.service.as_str()])
            .collect();
        let flags = checker.check_in(&answer.as_answer(), &scope);
        if flags.is_empty() {
            return None;
        }
        span.attributes
            .insert(ANSWER_FLAGS_KEY.into(), flags_value(flags));
        Some(flags)
    }
}

impl RecordStage for StandardStage {
    fn process(&self, source: Source, records: Records) -> WriteBatch {
        let text = records
            .project
            .as_deref()
            .and_then(|p| self.project_text.get(p))
            .unwrap_or(&self.text);
        let redactor = RecordRedactor {
            text: &**text,
            source,
        };
        // A call's log line carries its span's answer flags and cost.
        let mut flagged: HashMap<SpanId, Flags> = HashMap::new();
        let mut costs: HashMap<SpanId, f64> = HashMap::new();
        let mut parked = Vec::new();
        let project = records
            .project
            .as_deref()
            .unwrap_or(glassbox_core::project::DEFAULT_PROJECT);
        let spans: Vec<Redacted<Span>> = records
            .spans
            .into_iter()
            .map(|mut s| {
                if let Some(flags) = self.check_answer(&mut s) {
                    flagged.insert(s.span_id, flags);
                }
                if let Some(cost) = self.prices.as_ref().and_then(|p| span_cost(p, &s)) {
                    s.attributes
                        .insert(COST_USD_KEY.into(), AttrValue::Double(cost));
                    costs.insert(s.span_id, cost);
                }
                let mut r = Redacted::new(&redactor, s);
                glassbox_core::project::stamp(&mut r.get_mut().resource, project);
                parked.extend(self.payload.apply_span(&mut r));
                r
            })
            .collect();
        // A call's log line carries the same keyed prompt hashes and topic as its span.
        let hashes: HashMap<SpanId, [Option<String>; 3]> = spans
            .iter()
            .filter_map(|s: &Redacted<Span>| {
                let s = s.get();
                let g = s.gen_ai.as_ref()?;
                let keys = [
                    g.prompt_hash.clone(),
                    g.system_prompt_hash.clone(),
                    s.topic().map(str::to_string),
                ];
                keys.iter()
                    .any(Option::is_some)
                    .then_some((s.span_id, keys))
            })
            .collect();
        let logs: Vec<Redacted<glassbox_core::LogRecord>> = records
            .logs
            .into_iter()
            .map(|mut l| {
                if let Some(flags) = l.span_id.and_then(|id| flagged.get(&id)) {
                    // A silent failure is worth a WARN, whatever the call's status said.
                    if l.severity_number < 13 {
                        l.severity_number = 13;
                        l.severity_text = "WARN".into();
                    }
                    l.attributes
                        .entry("answer.flags".into())
                        .or_insert_with(|| flags_value(*flags));
                }
                if let Some(cost) = l.span_id.and_then(|id| costs.get(&id)) {
                    l.attributes
                        .entry("cost_usd".into())
                        .or_insert(AttrValue::Double(*cost));
                }
                if let Some(values) = l.span_id.and_then(|id| hashes.get(&id)) {
                    let keys = [
                        "prompt_hash",
                        "system_prompt_hash",
                        glassbox_core::TOPIC_KEY,
                    ];
                    for (key, value) in keys.into_iter().zip(values) {
                        if let Some(v) = value {
                            l.attributes
                                .entry(key.into())
                                .or_insert_with(|| AttrValue::Str(v.clone()));
                        }
                    }
                }
                let mut r = Redacted::new(&redactor, l);
                glassbox_core::project::stamp(&mut r.get_mut().resource, project);
                self.payload.apply_log(r.get_mut());
                r
            })
            .collect();
        let events: Vec<Redacted<glassbox_core::Event>> = records
            .events
            .into_iter()
            .map(|e| {
                let mut r = Redacted::new(&redactor, e);
                glassbox_core::project::stamp(&mut r.get_mut().properties, project);
                r
            })
            .collect();
        // Late signals: run after this submission's own spans went through the policy, so
        // a trace's error span also brings back its siblings' bodies from the same export
        // (the writer stores spans before restorations).
        let mut restored_bodies = Vec::new();
        let mut late_signals = Vec::new();
        if !self.payload.spool.is_empty() || self.payload.share_parked {
            let mut late: Vec<TraceId> = spans
                .iter()
                .map(Redacted::get)
                .filter(|s| s.is_error())
                .map(|s| s.trace_id)
                .chain(
                    logs.iter()
                        .map(Redacted::get)
                        .filter(|l: &&glassbox_core::LogRecord| l.severity_number >= ERROR_SEVERITY)
                        .filter_map(|l| l.trace_id),
                )
                .chain(
                    events
                        .iter()
                        .map(Redacted::get)
                        .filter(|e| is_negative_feedback(e))
                        .filter_map(|e| e.trace_id),
                )
                .collect();
            late.sort_unstable();
            late.dedup();
            if self.payload.share_parked {
                late_signals.extend(late.iter().copied().map(LateSignal::Trace));
            }
            for trace_id in late {
                restored_bodies.extend(self.payload.restore_late(trace_id));
            }
            // Feedback sent by correlation id (the documented flow: the page knows the
            // correlation id, not the trace id) brings back every trace of it.
            let mut late_correlations: Vec<&str> = events
                .iter()
                .map(Redacted::get)
                .filter(|e| is_negative_feedback(e) && !e.correlation_id.is_empty())
                .filter(|e| e.trace_id.is_none_or(|t| t.to_hex() != e.correlation_id))
                .map(|e| e.correlation_id.as_str())
                .collect();
            late_correlations.sort_unstable();
            late_correlations.dedup();
            if self.payload.share_parked {
                late_signals.extend(
                    late_correlations
                        .iter()
                        .map(|c| LateSignal::Correlation(c.to_string())),
                );
            }
            for c in late_correlations {
                restored_bodies.extend(self.payload.restore_late_correlation(c));
            }
            if !restored_bodies.is_empty() {
                tracing::debug!(
                    bodies = restored_bodies.len(),
                    "late signal: restoring unsampled bodies"
                );
            }
        }
        WriteBatch {
            spans,
            logs,
            events,
            metric_points: records
                .metric_points
                .into_iter()
                .map(|p| Redacted::new(&redactor, p))
                .collect(),
            rollups: records.rollups,
            open_rollups: records.open_rollups,
            restored_bodies,
            parked,
            late_signals,
            encoded_blocks: Vec::new(),
        }
    }

    fn idle(&self) {
        self.payload.spool.evict_expired();
    }
}
