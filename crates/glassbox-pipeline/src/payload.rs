//! The payload policy stage: which (already redacted) bodies are kept inline, which are
//! offloaded to the blob store, and which are dropped because their trace was not sampled.
//!
//! ```text
//!   redacted span ──> keep rule? (error, slow, safety block, answer flag) ──yes──┐
//!                 └─> sampled? (trace id low 56 bits vs rate) ─yes──┴─> size > threshold? ─yes─> blob store
//!                                                    │no                        │no                (blob://sha256/…)
//!                                                    ▼                          ▼
//!                                   bodies removed, `glassbox.payload=not_sampled`   kept inline
//!                                                    │
//!                                                    ▼
//!                                   spool (memory only, window + byte budget)
//!                                                    │ late signal: negative feedback, an error
//!                                                    ▼ span or error log in the trace
//!                                   RestoredBody (inline or offloaded) ──> store puts it back
//! ```
//!
//! Metrics and the structured fields of every record are kept whatever happens here:
//! only bodies (messages, prompts, completions) are sampled. Log payloads are sampled but
//! not spooled: late signals bring back span bodies.

use std::sync::Arc;

use glassbox_core::{AttrValue, Event, LogRecord, Redact, Redacted, Span, TraceId};
use glassbox_store::{ParkedBody, RestoredBody, RestoredPayload, NOT_SAMPLED, PAYLOAD_ATTR};
use serde_json::{Map, Value};

use crate::spool::{BodySpool, SpooledBody};

/// Where offloaded bodies go (content-addressed; implemented by the blob store).
pub trait BlobSink: Send + Sync {
    /// Stores `body` and returns its reference (`blob://sha256/<hex>`).
    fn put(&self, body: &[u8]) -> Result<String, String>;
}

/// Payload policy settings.
#[derive(Clone)]
pub struct PayloadPolicy {
    /// Share of traces whose bodies are kept (0.0–1.0), decided on the trace id.
    pub sample_rate: f64,
    /// Projects with a sample rate of their own (`[[projects]] payload_sample_rate`).
    pub project_sample_rates: Arc<std::collections::HashMap<String, f64>>,
    /// Bodies of spans at least this slow are always kept.
    pub slow_threshold_ns: u64,
    /// Bodies above this many bytes are offloaded.
    pub offload_threshold_bytes: usize,
    /// The blob store; without one, large bodies stay inline.
    pub blobs: Option<Arc<dyn BlobSink>>,
    /// Recent bodies dropped for sampling, held for late signals (shared by every
    /// worker; [`BodySpool::disabled`] turns late signals off).
    pub spool: Arc<BodySpool>,
    /// Also park spooled bodies in the store, for a store many nodes share: a late
    /// signal that reaches another node then still finds them.
    pub share_parked: bool,
}

impl Default for PayloadPolicy {
    fn default() -> Self {
        Self {
            sample_rate: 1.0,
            project_sample_rates: Arc::default(),
            slow_threshold_ns: 5_000_000_000,
            offload_threshold_bytes: 32 * 1024,
            blobs: None,
            spool: Arc::new(BodySpool::default()),
            share_parked: false,
        }
    }
}

/// The body taken off a span that already went through the redactor: there is nothing
/// left to scrub, so this is the identity. Private: only [`PayloadPolicy::apply_span`],
/// which holds a [`Redacted<Span>`], produces spooled bodies.
struct TakenFromRedactedSpan;

impl Redact<Map<String, Value>> for TakenFromRedactedSpan {
    fn redact(&self, body: Map<String, Value>) -> Map<String, Value> {
        body
    }
}

/// Negative feedback: a `feedback` event whose value is 0 (thumbs down, or a score of 0).
pub fn is_negative_feedback(event: &Event) -> bool {
    event.name == "feedback" && event.value == Some(0.0)
}

/// Attribute keys that carry message bodies (any convention).
pub fn is_body_key(key: &str) -> bool {
    const EXACT: &[&str] = &[
        "gen_ai.input.messages",
        "gen_ai.output.messages",
        "gen_ai.system_instructions",
        "gen_ai.prompt",
        "gen_ai.completion",
        "input.value",
        "output.value",
        "llm.prompts",
        "payload",
        "gen_ai.tool.call.arguments",
        "gen_ai.tool.call.result",
    ];
    const PREFIXES: &[&str] = &[
        "gen_ai.prompt.",
        "gen_ai.completion.",
        "llm.input_messages.",
        "llm.output_messages.",
    ];
    if key == glassbox_core::TOPIC_KEY {
        // The keyed topic id sits under the legacy prompt prefix, and is no body.
        return false;
    }
    EXACT.contains(&key) || PREFIXES.iter().any(|p| key.starts_with(p))
}

/// A cheap estimate of a span's body size as JSON (text lengths plus a little per node),
/// without encoding anything.
fn approx_body_len(span: &Span) -> usize {
    fn attr_len(v: &AttrValue) -> usize {
        match v {
            AttrValue::Str(s) => s.len() + 2,
            AttrValue::Array(items) => items.iter().map(attr_len).sum::<usize>() + 2 + items.len(),
            AttrValue::Map(m) => {
                m.iter()
                    .map(|(k, v)| k.len() + 4 + attr_len(v))
                    .sum::<usize>()
                    + 2
            }
            AttrValue::Bytes(b) => b.bytes.len() + 12,
            _ => 24,
        }
    }
    fn json_len(v: &Value) -> usize {
        match v {
            Value::String(s) => s.len() + 2,
            Value::Array(items) => items.iter().map(json_len).sum::<usize>() + 2 + items.len(),
            Value::Object(m) => {
                m.iter()
                    .map(|(k, v)| k.len() + 4 + json_len(v))
                    .sum::<usize>()
                    + 2
            }
            _ => 24,
        }
    }
    let attrs: usize = span
        .attributes
        .iter()
        .filter(|(k, _)| is_body_key(k))
        .map(|(k, v)| k.len() + 4 + attr_len(v))
        .sum();
    let gen_ai = span.gen_ai.as_ref().map_or(0, |g| {
        [
            &g.input_messages,
            &g.output_messages,
            &g.system_instructions,
        ]
        .into_iter()
        .flatten()
        .map(json_len)
        .sum()
    });
    attrs + gen_ai
}

/// The OpenTelemetry probability-sampling decision on a trace id: keep when the low 56
/// bits are at or above `(1 - rate) · 2^56`, so every service agrees without talking.
pub fn trace_sampled(trace_id: TraceId, rate: f64) -> bool {
    if rate >= 1.0 {
        return true;
    }
    if rate <= 0.0 {
        return false;
    }
    let threshold = ((1.0 - rate) * (1u64 << 56) as f64) as u64;
    trace_id.sampling_randomness() >= threshold
}

impl PayloadPolicy {
    fn keep(&self, span: &Span) -> bool {
        span.is_error()
            || span.duration_ns() >= self.slow_threshold_ns
            || span
                .attributes
                .get("glassbox.safety")
                .and_then(AttrValue::as_str)
                == Some("block")
            // A silent failure (refusal, loop, invalid JSON…) is kept like an error.
            || span.attributes.contains_key(glassbox_answers::ANSWER_FLAGS_KEY)
            || trace_sampled(span.trace_id, self.rate_of(span))
    }

    /// The sample rate of the span's project.
    fn rate_of(&self, span: &Span) -> f64 {
        if self.project_sample_rates.is_empty() {
            return self.sample_rate;
        }
        self.project_sample_rates
            .get(glassbox_core::project::of(&span.resource))
            .copied()
            .unwrap_or(self.sample_rate)
    }

    /// Applies the policy to one redacted span. A body dropped for sampling goes to the
    /// spool, where a late signal can still find it; with [`PayloadPolicy::share_parked`]
    /// it is also returned, to be parked in the store.
    pub fn apply_span(&self, redacted: &mut Redacted<Span>) -> Option<ParkedBody> {
        let span = redacted.get_mut();
        let keep = self.keep(span);
        // Fast path: a kept body that is clearly below the offload threshold stays exactly
        // where it is (no moving, encoding or re-inserting).
        if keep
            && (self.blobs.is_none()
                || approx_body_len(span) < self.offload_threshold_bytes * 4 / 5)
        {
            return None;
        }
        let mut body = Map::new();
        let keys: Vec<String> = span
            .attributes
            .keys()
            .filter(|k| is_body_key(k))
            .cloned()
            .collect();
        for k in keys {
            if let Some(v) = span.attributes.remove(&k) {
                body.insert(k, serde_json::to_value(v).unwrap_or(Value::Null));
            }
        }
        if let Some(g) = &mut span.gen_ai {
            for (name, slot) in [
                ("input_messages", &mut g.input_messages),
                ("output_messages", &mut g.output_messages),
                ("system_instructions", &mut g.system_instructions),
            ] {
                if let Some(v) = slot.take() {
                    body.insert(format!("gen_ai.{name}"), v);
                }
            }
        }
        if body.is_empty() {
            return None;
        }
        if !keep {
            span.attributes
                .insert(PAYLOAD_ATTR.into(), AttrValue::Str(NOT_SAMPLED.into()));
            if !self.spool.is_enabled() {
                return None;
            }
            let (trace_id, span_id) = (span.trace_id, span.span_id);
            let own =
                (span.correlation_id != trace_id.to_hex()).then_some(span.correlation_id.as_str());
            let parked = self.share_parked.then(|| ParkedBody {
                trace_id,
                span_id,
                correlation_id: own.map(str::to_string),
                body: Redacted::new(&TakenFromRedactedSpan, body.clone()),
            });
            self.spool.put(
                trace_id,
                span_id,
                own,
                Redacted::new(&TakenFromRedactedSpan, body),
            );
            return parked;
        }
        match self.offload(&body) {
            Some((reference, size)) => glassbox_store::mark_offloaded(span, reference, size),
            None => glassbox_store::put_body_back(span, body),
        }
        None
    }

    /// Sends a body above the offload threshold to the blob store; `None` keeps it inline
    /// (small, no blob store, or the store failed).
    fn offload(&self, body: &Map<String, Value>) -> Option<(String, u64)> {
        let blobs = self.blobs.as_ref()?;
        let encoded = serde_json::to_vec(body).unwrap_or_default();
        if encoded.len() <= self.offload_threshold_bytes {
            return None;
        }
        match blobs.put(&encoded) {
            Ok(reference) => Some((reference, encoded.len() as u64)),
            Err(e) => {
                tracing::warn!(error = %e, "failed to offload a payload; keeping it inline");
                None
            }
        }
    }

    /// A late signal for `trace_id`: takes the trace's spooled bodies and returns them for
    /// the store to put back, offloading the large ones as [`apply_span`] would have.
    ///
    /// [`apply_span`]: PayloadPolicy::apply_span
    pub fn restore_late(&self, trace_id: TraceId) -> Vec<RestoredBody> {
        self.spool
            .take_trace(trace_id)
            .into_iter()
            .map(|(span_id, body)| RestoredBody {
                trace_id,
                span_id,
                payload: self.restored_payload(body),
            })
            .collect()
    }

    /// A late signal that names only a correlation id: restores the bodies of every
    /// trace whose spans carry it.
    pub fn restore_late_correlation(&self, correlation: &str) -> Vec<RestoredBody> {
        self.spool
            .take_correlation(correlation)
            .into_iter()
            .map(|(trace_id, span_id, body)| RestoredBody {
                trace_id,
                span_id,
                payload: self.restored_payload(body),
            })
            .collect()
    }

    fn restored_payload(&self, body: SpooledBody) -> RestoredPayload {
        match self.offload(body.get()) {
            Some((reference, size)) => RestoredPayload::Offloaded { reference, size },
            None => RestoredPayload::Inline(body),
        }
    }

    /// Applies the policy to one redacted log record (its `payload` attribute and, for
    /// GenAI event logs, its body).
    pub fn apply_log(&self, log: &mut LogRecord) {
        let keep = log.severity_number >= 17
            || log
                .trace_id
                .is_none_or(|t| trace_sampled(t, self.sample_rate));
        let Some(payload) = log.attributes.remove("payload") else {
            return;
        };
        if !keep {
            log.attributes
                .insert("payload".into(), AttrValue::Str("not_sampled".into()));
            return;
        }
        let encoded = serde_json::to_vec(&payload).unwrap_or_default();
        if encoded.len() > self.offload_threshold_bytes {
            if let Some(blobs) = &self.blobs {
                if let Ok(reference) = blobs.put(&encoded) {
                    log.attributes
                        .insert("payload".into(), AttrValue::Str(reference));
                    log.attributes
                        .insert("payload.size".into(), AttrValue::Int(encoded.len() as i64));
                    return;
                }
            }
        }
        log.attributes.insert("payload".into(), payload);
    }
}

/// Offloads into a [`glassbox_store::BlobStore`] from the pipeline's worker threads.
pub struct BlobOffloader {
    /// The store.
    pub store: glassbox_store::BlobStore,
    /// Runtime that drives the store's async I/O.
    pub runtime: tokio::runtime::Handle,
}

impl BlobSink for BlobOffloader {
    fn put(&self, body: &[u8]) -> Result<String, String> {
        self.runtime
            .block_on(self.store.put(body))
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::*;

    #[test]
    fn sampling_is_deterministic_and_proportional() {
        let mut kept = 0;
        for i in 0..10_000u128 {
            let t = TraceId::from_bytes(
                &(i.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835) | 1).to_be_bytes(),
            )
            .unwrap();
            if trace_sampled(t, 0.25) {
                kept += 1;
            }
            assert_eq!(trace_sampled(t, 0.25), trace_sampled(t, 0.25));
        }
        assert!((2_000..3_000).contains(&kept), "kept {kept}");
        let t = TraceId::from_hex("000000000000000000ffffffffffffff").unwrap();
        assert!(trace_sampled(t, 0.01), "max randomness is always sampled");
    }

    struct Clean;
    impl Redact<Span> for Clean {
        fn redact(&self, s: Span) -> Span {
            s
        }
    }

    fn chat(trace: u8) -> Redacted<Span> {
        let mut attributes = glassbox_core::Attributes::new();
        attributes.insert("gen_ai.prompt".into(), AttrValue::Str("hello".into()));
        Redacted::new(
            &Clean,
            Span {
                trace_id: TraceId::from_bytes(&[trace; 16]).unwrap(),
                span_id: glassbox_core::SpanId::from_bytes(&[1; 8]).unwrap(),
                parent_span_id: None,
                name: "chat".into(),
                kind: Default::default(),
                start_time_unix_nano: 0,
                end_time_unix_nano: 1,
                status: Default::default(),
                attributes,
                events: vec![],
                links: vec![],
                resource: Default::default(),
                scope_name: String::new(),
                scope_version: String::new(),
                service: "svc".into(),
                correlation_id: "c".into(),
                user_id: None,
                session_id: None,
                gen_ai: None,
            },
        )
    }

    #[test]
    fn only_bodies_dropped_for_sampling_are_spooled() {
        let kept = PayloadPolicy::default();
        let mut s = chat(1);
        kept.apply_span(&mut s);
        assert_eq!(
            s.get().attributes.get("gen_ai.prompt"),
            Some(&AttrValue::Str("hello".into()))
        );
        assert!(kept.spool.is_empty());

        let unsampled = PayloadPolicy {
            sample_rate: 0.0,
            ..PayloadPolicy::default()
        };
        let mut s = chat(2);
        unsampled.apply_span(&mut s);
        assert_eq!(
            s.get().attributes.get(PAYLOAD_ATTR),
            Some(&AttrValue::Str(NOT_SAMPLED.into()))
        );
        assert_eq!(unsampled.spool.len(), 1);
        let back = unsampled.restore_late(s.get().trace_id);
        assert_eq!(back.len(), 1);
        match &back[0].payload {
            RestoredPayload::Inline(body) => {
                assert_eq!(body.get()["gen_ai.prompt"], Value::String("hello".into()))
            }
            RestoredPayload::Offloaded { .. } => panic!("small bodies stay inline"),
        }
        assert!(unsampled.restore_late(s.get().trace_id).is_empty());

        let off = PayloadPolicy {
            sample_rate: 0.0,
            spool: Arc::new(BodySpool::disabled()),
            ..PayloadPolicy::default()
        };
        let mut s = chat(3);
        off.apply_span(&mut s);
        assert!(off.spool.is_empty());
    }

    #[test]
    fn a_shared_store_gets_a_copy_of_each_parked_body() {
        let local = PayloadPolicy {
            sample_rate: 0.0,
            ..PayloadPolicy::default()
        };
        assert!(
            local.apply_span(&mut chat(4)).is_none(),
            "one machine: the spool only"
        );
        let shared = PayloadPolicy {
            sample_rate: 0.0,
            share_parked: true,
            ..PayloadPolicy::default()
        };
        let mut s = chat(5);
        let parked = shared.apply_span(&mut s).unwrap();
        assert_eq!(
            (parked.trace_id, parked.span_id),
            (s.get().trace_id, s.get().span_id)
        );
        assert_eq!(parked.correlation_id.as_deref(), Some("c"));
        assert_eq!(
            parked.body.get()["gen_ai.prompt"],
            Value::String("hello".into())
        );
        assert_eq!(shared.spool.len(), 1, "and kept in this node's spool");
        let mut kept = chat(6);
        let all = PayloadPolicy {
            share_parked: true,
            ..PayloadPolicy::default()
        };
        assert!(
            all.apply_span(&mut kept).is_none(),
            "a kept body is not parked"
        );
    }

    #[test]
    fn negative_feedback_is_a_zero_feedback_value() {
        let mut e = Event {
            time_unix_nano: 1,
            name: "feedback".into(),
            correlation_id: "c".into(),
            trace_id: None,
            session_id: None,
            user_id: None,
            value: Some(0.0),
            comment: None,
            properties: Default::default(),
        };
        assert!(is_negative_feedback(&e));
        e.value = Some(1.0);
        assert!(!is_negative_feedback(&e));
        e.value = Some(0.0);
        e.name = "conversion".into();
        assert!(!is_negative_feedback(&e));
    }

    #[test]
    fn body_keys() {
        assert!(is_body_key("gen_ai.prompt.0.content"));
        assert!(is_body_key("llm.input_messages.1.message.content"));
        assert!(!is_body_key("gen_ai.request.model"));
    }
}
