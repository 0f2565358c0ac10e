//! glassbox's one vocabulary: spans, log records, events and their ids, the correlation-ID
//! rules and the GenAI semantic-convention view every other crate speaks.
//!
//! This crate owns data shapes and pure rules only. It must not do I/O, know about a wire
//! format (OTLP lives in `glassbox-otlp`) or about storage.

pub mod analysis;
pub mod caller;
pub mod compare;
pub mod correlation;
pub mod glob;
pub mod ids;
pub mod model;
pub mod pricing;
pub mod project;
pub mod redacted;
pub mod routes;
pub mod semconv;
pub mod thread;
pub mod time;
pub mod weights;

pub use caller::Caller;
pub use ids::{IdError, SpanId, TraceId};
pub use model::{
    AttrValue, Attributes, Event, GenAi, LogRecord, MetricPoint, Span, SpanEvent, SpanKind,
    SpanLink, SpanStatus, StatusCode, ANSWER_FLAGS_KEY, COST_USD_KEY, TOPIC_KEY,
};
pub use project::{ProjectAccess, ProjectScope};
pub use redacted::{Redact, Redacted};
