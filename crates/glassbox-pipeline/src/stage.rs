//! The standard record stage: redact, then apply the payload policy.

use std::sync::Arc;

use std::collections::HashMap;

use glassbox_core::{AttrValue, Redacted, Span, SpanId};
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
        let spans: Vec<Redacted<Span>> = records
            .spans
            .into_iter()
            .map(|s| {
                let mut r = Redacted::new(&redactor, s);
                self.payload.apply_span(r.get_mut());
                r
            })
            .collect();
        // A call's log line carries the same keyed prompt hashes as its span.
        let hashes: HashMap<SpanId, (Option<String>, Option<String>)> = spans
            .iter()
            .filter_map(|s: &Redacted<Span>| {
                let g = s.get().gen_ai.as_ref()?;
                (g.prompt_hash.is_some() || g.system_prompt_hash.is_some()).then(|| {
                    (
                        s.get().span_id,
                        (g.prompt_hash.clone(), g.system_prompt_hash.clone()),
                    )
                })
            })
            .collect();
        let logs = records
            .logs
            .into_iter()
            .map(|mut l| {
                if let Some((prompt, system)) = l.span_id.and_then(|id| hashes.get(&id)) {
                    for (key, value) in [("prompt_hash", prompt), ("system_prompt_hash", system)] {
                        if let Some(v) = value {
                            l.attributes
                                .entry(key.into())
                                .or_insert_with(|| AttrValue::Str(v.clone()));
                        }
                    }
                }
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
