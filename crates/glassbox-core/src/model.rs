//! Records glassbox stores and serves: [`Span`], [`LogRecord`], [`Event`], and the
//! normalized [`GenAi`] view of a model, agent or tool step.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ids::{SpanId, TraceId};

/// An attribute value, as in OTLP's `AnyValue`. Serializes to plain JSON
/// (`"x"`, `1`, `true`, `[…]`, `{…}`); bytes serialize as lowercase hex under `{"bytes":…}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AttrValue {
    /// UTF-8 text.
    Str(String),
    /// Boolean.
    Bool(bool),
    /// Signed 64-bit integer.
    Int(i64),
    /// IEEE 754 double. NaN and infinities are kept as strings on the wire (`"NaN"`).
    Double(f64),
    /// Opaque bytes, hex-encoded in JSON.
    Bytes(BytesValue),
    /// Ordered list.
    Array(Vec<AttrValue>),
    /// Nested key/value list.
    Map(BTreeMap<String, AttrValue>),
}

/// Bytes carried by an attribute; JSON form `{"bytes": "<hex>"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BytesValue {
    /// Lowercase hex of the bytes.
    pub bytes: String,
}

/// Only the object form `{"bytes": "<hex>"}` reads as bytes. A derived impl would also
/// accept a one-element array (serde reads structs from sequences), and [`AttrValue`]
/// being untagged, `["stop"]` would come back as bytes instead of a list of one string.
impl<'de> Deserialize<'de> for BytesValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = BytesValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object {\"bytes\": \"<hex>\"}")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<BytesValue, A::Error> {
                let mut bytes = None;
                while let Some(k) = m.next_key::<String>()? {
                    if k == "bytes" && bytes.is_none() {
                        bytes = Some(m.next_value::<String>()?);
                    } else {
                        return Err(serde::de::Error::unknown_field(&k, &["bytes"]));
                    }
                }
                bytes
                    .map(|bytes| BytesValue { bytes })
                    .ok_or_else(|| serde::de::Error::missing_field("bytes"))
            }
        }
        d.deserialize_map(V)
    }
}

impl AttrValue {
    /// The text, when this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            AttrValue::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value as an integer, accepting integral doubles and numeric strings.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            AttrValue::Int(i) => Some(*i),
            AttrValue::Double(d) if d.fract() == 0.0 && d.is_finite() => Some(*d as i64),
            AttrValue::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// The value as a double, accepting integers and numeric strings.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            AttrValue::Double(d) => Some(*d),
            AttrValue::Int(i) => Some(*i as f64),
            AttrValue::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// A short text rendering (strings unquoted, everything else as JSON).
    pub fn to_display_string(&self) -> String {
        match self {
            AttrValue::Str(s) => s.clone(),
            other => serde_json::to_string(other).unwrap_or_default(),
        }
    }
}

/// Attributes keyed by name; sorted so output is stable.
pub type Attributes = BTreeMap<String, AttrValue>;

/// OTLP span kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// Not specified by the sender.
    #[default]
    Unspecified,
    /// Internal operation.
    Internal,
    /// Handles a remote request.
    Server,
    /// Makes a remote request.
    Client,
    /// Sends a message.
    Producer,
    /// Receives a message.
    Consumer,
}

impl SpanKind {
    /// From the OTLP enum number; unknown numbers map to `Unspecified`.
    pub fn from_otlp(n: i32) -> Self {
        match n {
            1 => Self::Internal,
            2 => Self::Server,
            3 => Self::Client,
            4 => Self::Producer,
            5 => Self::Consumer,
            _ => Self::Unspecified,
        }
    }

    /// The OTLP enum number.
    pub fn to_otlp(self) -> i32 {
        match self {
            Self::Unspecified => 0,
            Self::Internal => 1,
            Self::Server => 2,
            Self::Client => 3,
            Self::Producer => 4,
            Self::Consumer => 5,
        }
    }
}

/// OTLP status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum StatusCode {
    /// Not set.
    #[default]
    Unset,
    /// Explicitly successful.
    Ok,
    /// Failed.
    Error,
}

impl StatusCode {
    /// From the OTLP enum number.
    pub fn from_otlp(n: i32) -> Self {
        match n {
            1 => Self::Ok,
            2 => Self::Error,
            _ => Self::Unset,
        }
    }
}

/// A span's status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SpanStatus {
    /// Status code.
    pub code: StatusCode,
    /// Optional developer-facing message (redacted like any content).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
}

/// A timed event inside a span (exceptions, GenAI message events…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanEvent {
    /// Event time.
    pub time_unix_nano: u64,
    /// Event name.
    pub name: String,
    /// Event attributes.
    #[serde(default)]
    pub attributes: Attributes,
}

/// A link to another span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanLink {
    /// Linked trace.
    pub trace_id: TraceId,
    /// Linked span.
    pub span_id: SpanId,
    /// Link attributes.
    #[serde(default)]
    pub attributes: Attributes,
}

/// The normalized GenAI view of a span, in OpenTelemetry GenAI semantic-convention terms
/// (v1.41), whichever convention the sender used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct GenAi {
    /// `gen_ai.operation.name`: chat, text_completion, embeddings, execute_tool,
    /// invoke_agent, create_agent, retrieval…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// `gen_ai.provider.name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// `gen_ai.request.model`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_model: Option<String>,
    /// `gen_ai.response.model`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_model: Option<String>,
    /// `gen_ai.response.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_id: Option<String>,
    /// `gen_ai.request.temperature`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// `gen_ai.request.top_p`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// `gen_ai.request.max_tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<i64>,
    /// `gen_ai.usage.input_tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_tokens: Option<i64>,
    /// `gen_ai.usage.output_tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_tokens: Option<i64>,
    /// `gen_ai.usage.cache_read.input_tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cached_input_tokens: Option<i64>,
    /// `gen_ai.usage.reasoning.output_tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning_tokens: Option<i64>,
    /// Time to first token, in nanoseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_to_first_token_ns: Option<u64>,
    /// `gen_ai.response.finish_reasons`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub finish_reasons: Vec<String>,
    /// `gen_ai.conversation.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// `gen_ai.agent.name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_name: Option<String>,
    /// `gen_ai.tool.name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_name: Option<String>,
    /// `gen_ai.tool.call.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
    /// `gen_ai.system_instructions` (redacted), as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_instructions: Option<serde_json::Value>,
    /// `gen_ai.input.messages` (redacted), as JSON in the semconv message shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_messages: Option<serde_json::Value>,
    /// `gen_ai.output.messages` (redacted), as JSON in the semconv message shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_messages: Option<serde_json::Value>,
    /// Keyed hash of the normalized prompt, so identical prompts can be counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_hash: Option<String>,
    /// Keyed hash of the normalized system prompt, so prompt templates can be counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_prompt_hash: Option<String>,
    /// True when the messages above were left out of the stored record because the span's
    /// own (redacted) attributes carry them; readers re-derive them with
    /// [`crate::semconv::fill_messages`], so they are scanned and stored once.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub messages_from_attributes: bool,
    /// Offloaded or sampled-out payload reference (`blob://sha256/<hex>`), when the
    /// messages were moved out of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload_ref: Option<String>,
    /// The words that made the user turn's topic ([`TOPIC_KEY`]), on their way to the
    /// store's keyword counts; never serialized with the span.
    #[serde(skip)]
    pub topic_keywords: Vec<String>,
}

impl GenAi {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        *self == GenAi::default()
    }
}

/// One span, with its resource and the fields glassbox indexes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Trace id.
    pub trace_id: TraceId,
    /// Span id.
    pub span_id: SpanId,
    /// Parent span, absent for a root.
    #[serde(default)]
    pub parent_span_id: Option<SpanId>,
    /// Span name.
    pub name: String,
    /// Span kind.
    #[serde(default)]
    pub kind: SpanKind,
    /// Start, Unix ns.
    pub start_time_unix_nano: u64,
    /// End, Unix ns.
    pub end_time_unix_nano: u64,
    /// Status.
    #[serde(default)]
    pub status: SpanStatus,
    /// Span attributes as received (redacted).
    #[serde(default)]
    pub attributes: Attributes,
    /// Events.
    #[serde(default)]
    pub events: Vec<SpanEvent>,
    /// Links.
    #[serde(default)]
    pub links: Vec<SpanLink>,
    /// Resource attributes (redacted).
    #[serde(default)]
    pub resource: Attributes,
    /// Instrumentation scope name.
    #[serde(default)]
    pub scope_name: String,
    /// Instrumentation scope version.
    #[serde(default)]
    pub scope_version: String,
    /// `service.name` of the resource (`unknown_service` when absent).
    pub service: String,
    /// Resolved correlation id (see [`crate::correlation`]).
    pub correlation_id: String,
    /// Pseudonymized user id, when known.
    #[serde(default)]
    pub user_id: Option<String>,
    /// Session id, when known.
    #[serde(default)]
    pub session_id: Option<String>,
    /// The normalized GenAI view, when the span is a model, agent or tool step.
    #[serde(default)]
    pub gen_ai: Option<GenAi>,
}

/// Span attribute: what the call cost, US dollars (set by the pipeline from the price table).
pub const COST_USD_KEY: &str = "glassbox.cost.usd";

/// Span attribute: the keyed topic id of the call's user turn (`T-3f9a1c2b`), set by the
/// pipeline from the redacted turn.
pub const TOPIC_KEY: &str = "gen_ai.prompt.topic";

/// Span attribute: the answer-health flags of the call's answer (set by the pipeline).
pub const ANSWER_FLAGS_KEY: &str = "glassbox.answer.flags";

impl Span {
    /// The call's cost in US dollars ([`COST_USD_KEY`]), when priced.
    pub fn cost_usd(&self) -> Option<f64> {
        self.attributes
            .get(COST_USD_KEY)
            .and_then(AttrValue::as_f64)
            .filter(|c| c.is_finite() && *c >= 0.0)
    }

    /// The keyed topic id of the call's user turn ([`TOPIC_KEY`]).
    pub fn topic(&self) -> Option<&str> {
        self.attributes.get(TOPIC_KEY).and_then(AttrValue::as_str)
    }

    /// The names of the answer's flags ([`ANSWER_FLAGS_KEY`]), none when it has none.
    pub fn answer_flags(&self) -> impl Iterator<Item = &str> {
        let list = match self.attributes.get(ANSWER_FLAGS_KEY) {
            Some(AttrValue::Array(names)) => names.as_slice(),
            _ => &[],
        };
        list.iter().filter_map(AttrValue::as_str)
    }

    /// A span with no attributes, events or links, service `unknown_service`, and the trace
    /// id as its correlation id (the fallback of [`crate::correlation::resolve`]).
    pub fn new(
        trace_id: TraceId,
        span_id: SpanId,
        name: impl Into<String>,
        start_unix_nano: u64,
        end_unix_nano: u64,
    ) -> Self {
        Self {
            trace_id,
            span_id,
            parent_span_id: None,
            name: name.into(),
            kind: SpanKind::Unspecified,
            start_time_unix_nano: start_unix_nano,
            end_time_unix_nano: end_unix_nano,
            status: SpanStatus::default(),
            attributes: Attributes::new(),
            events: Vec::new(),
            links: Vec::new(),
            resource: Attributes::new(),
            scope_name: String::new(),
            scope_version: String::new(),
            service: "unknown_service".into(),
            correlation_id: trace_id.to_hex(),
            user_id: None,
            session_id: None,
            gen_ai: None,
        }
    }

    /// Duration in nanoseconds (zero when the end precedes the start).
    pub fn duration_ns(&self) -> u64 {
        self.end_time_unix_nano
            .saturating_sub(self.start_time_unix_nano)
    }

    /// True when the span's status is error.
    pub fn is_error(&self) -> bool {
        self.status.code == StatusCode::Error
    }
}

/// One structured log record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogRecord {
    /// Event time, Unix ns (observed time when the sender gave none).
    pub time_unix_nano: u64,
    /// When glassbox or the collector saw it.
    #[serde(default)]
    pub observed_time_unix_nano: u64,
    /// OTLP severity number (0 = unspecified, 9 = info, 17 = error…).
    #[serde(default)]
    pub severity_number: i32,
    /// Severity text.
    #[serde(default)]
    pub severity_text: String,
    /// Event name (OTLP `event_name` or `event.name` attribute).
    #[serde(default)]
    pub event_name: String,
    /// Body (redacted).
    pub body: Option<AttrValue>,
    /// Attributes (redacted).
    #[serde(default)]
    pub attributes: Attributes,
    /// Resource attributes (redacted).
    #[serde(default)]
    pub resource: Attributes,
    /// Trace id, when the log belongs to a trace.
    #[serde(default)]
    pub trace_id: Option<TraceId>,
    /// Span id, when the log belongs to a span.
    #[serde(default)]
    pub span_id: Option<SpanId>,
    /// `service.name` of the resource.
    pub service: String,
    /// Resolved correlation id.
    pub correlation_id: String,
    /// Pseudonymized user id.
    #[serde(default)]
    pub user_id: Option<String>,
    /// Session id.
    #[serde(default)]
    pub session_id: Option<String>,
}

/// A feedback or business event (thumbs up/down, conversion, session end, custom).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Event time, Unix ns.
    pub time_unix_nano: u64,
    /// Event name (`feedback`, `conversion`, `session_end`, …).
    pub name: String,
    /// Correlation id it belongs to.
    pub correlation_id: String,
    /// Trace id, when given.
    #[serde(default)]
    pub trace_id: Option<TraceId>,
    /// Session id, when given.
    #[serde(default)]
    pub session_id: Option<String>,
    /// Pseudonymized user id, when given.
    #[serde(default)]
    pub user_id: Option<String>,
    /// Numeric value (feedback score: 1 up, 0 down, or a score).
    #[serde(default)]
    pub value: Option<f64>,
    /// Free-form text (feedback comment), redacted.
    #[serde(default)]
    pub comment: Option<String>,
    /// Free-form properties, redacted.
    #[serde(default)]
    pub properties: Attributes,
}

/// One OTLP metric data point, flattened, as accepted from `/v1/metrics` and kept raw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetricPoint {
    /// Point time, Unix ns.
    pub time_unix_nano: u64,
    /// Start of the aggregation interval, Unix ns (0 when not given).
    #[serde(default)]
    pub start_time_unix_nano: u64,
    /// `service.name` of the resource.
    pub service: String,
    /// Metric name (`gen_ai.client.token.usage`, …).
    pub name: String,
    /// Unit (`s`, `{token}`, …).
    #[serde(default)]
    pub unit: String,
    /// `gauge`, `sum`, `histogram`, `exponential_histogram` or `summary`.
    pub kind: String,
    /// Point attributes (redacted).
    #[serde(default)]
    pub attributes: Attributes,
    /// The point's value(s) as JSON: `{"as_double":…}`/`{"as_int":…}` for numbers,
    /// `{"count","sum","bucket_counts","explicit_bounds","min","max"}` for histograms…
    pub value: serde_json::Value,
}

#[cfg(test)]
mod attr_json_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn one_element_lists_stay_lists_and_bytes_stay_bytes() {
        let list = AttrValue::Array(vec![AttrValue::Str("stop".into())]);
        let back: AttrValue = serde_json::from_str(&serde_json::to_string(&list).unwrap()).unwrap();
        assert_eq!(back, list);
        let bytes = AttrValue::Bytes(BytesValue {
            bytes: "00ff".into(),
        });
        let json = serde_json::to_string(&bytes).unwrap();
        assert_eq!(json, r#"{"bytes":"00ff"}"#);
        assert_eq!(serde_json::from_str::<AttrValue>(&json).unwrap(), bytes);
        // An object with more keys than `bytes` is a map.
        let m: AttrValue = serde_json::from_str(r#"{"bytes":"00","n":1}"#).unwrap();
        assert!(matches!(m, AttrValue::Map(_)));
    }
}
