//! The payload policy stage: which (already redacted) bodies are kept inline, which are
//! offloaded to the blob store, and which are dropped because their trace was not sampled.
//!
//! ```text
//!   redacted span ──> keep rule? (error, slow, safety block) ──yes──┐
//!                 └─> sampled? (trace id low 56 bits vs rate) ─yes──┴─> size > threshold? ─yes─> blob store
//!                                                    │no                        │no                (blob://sha256/…)
//!                                                    ▼                          ▼
//!                                   bodies removed, `glassbox.payload=not_sampled`   kept inline
//! ```
//!
//! Metrics and the structured fields of every record are kept whatever happens here:
//! only bodies (messages, prompts, completions) are sampled.

use std::sync::Arc;

use glassbox_core::{AttrValue, LogRecord, Span, TraceId};
use serde_json::{Map, Value};

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
    /// Bodies of spans at least this slow are always kept.
    pub slow_threshold_ns: u64,
    /// Bodies above this many bytes are offloaded.
    pub offload_threshold_bytes: usize,
    /// The blob store; without one, large bodies stay inline.
    pub blobs: Option<Arc<dyn BlobSink>>,
}

impl Default for PayloadPolicy {
    fn default() -> Self {
        Self {
            sample_rate: 1.0,
            slow_threshold_ns: 5_000_000_000,
            offload_threshold_bytes: 32 * 1024,
            blobs: None,
        }
    }
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
    EXACT.contains(&key) || PREFIXES.iter().any(|p| key.starts_with(p))
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
            || trace_sampled(span.trace_id, self.sample_rate)
    }

    /// Applies the policy to one redacted span.
    pub fn apply_span(&self, span: &mut Span) {
        let keep = self.keep(span);
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
            return;
        }
        if !keep {
            span.attributes.insert(
                "glassbox.payload".into(),
                AttrValue::Str("not_sampled".into()),
            );
            return;
        }
        let encoded = serde_json::to_vec(&body).unwrap_or_default();
        if encoded.len() > self.offload_threshold_bytes {
            if let Some(blobs) = &self.blobs {
                match blobs.put(&encoded) {
                    Ok(reference) => {
                        span.attributes
                            .insert("glassbox.payload".into(), AttrValue::Str(reference.clone()));
                        span.attributes.insert(
                            "glassbox.payload.size".into(),
                            AttrValue::Int(encoded.len() as i64),
                        );
                        if let Some(g) = &mut span.gen_ai {
                            g.payload_ref = Some(reference);
                        }
                        return;
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "failed to offload a payload; keeping it inline")
                    }
                }
            }
        }
        restore(span, body);
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

fn restore(span: &mut Span, mut body: Map<String, Value>) {
    if let Some(g) = &mut span.gen_ai {
        g.input_messages = body.remove("gen_ai.input_messages");
        g.output_messages = body.remove("gen_ai.output_messages");
        g.system_instructions = body.remove("gen_ai.system_instructions");
    }
    for (k, v) in body {
        if let Ok(attr) = serde_json::from_value::<AttrValue>(v) {
            span.attributes.insert(k, attr);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
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

    #[test]
    fn body_keys() {
        assert!(is_body_key("gen_ai.prompt.0.content"));
        assert!(is_body_key("llm.input_messages.1.message.content"));
        assert!(!is_body_key("gen_ai.request.model"));
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
