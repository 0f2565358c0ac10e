//! What the gateway, the OTLP receiver and the events API hand to the hub: borrowed,
//! allocation-free descriptions of one call, one feedback, one business event.
//!
//! Never put user, trace, session or correlation ids in these fields: every string here
//! becomes a metric label (bounded by the hub's cardinality cap, but still a label).

use glassbox_core::{AttrValue, Span, StatusCode};

/// How a call ended, as a bounded label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusClass {
    /// Success.
    Ok,
    /// The provider answered 4xx (bad request, rate limit…).
    ClientError,
    /// The provider answered 5xx.
    ServerError,
    /// Failed without an HTTP status (timeout, connection reset, span error…).
    Error,
}

impl StatusClass {
    /// The label value: `ok`, `4xx`, `5xx` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::ClientError => "4xx",
            Self::ServerError => "5xx",
            Self::Error => "error",
        }
    }

    /// From an HTTP status code.
    pub fn from_http(status: u16) -> Self {
        match status {
            400..=499 => Self::ClientError,
            500..=599 => Self::ServerError,
            _ => Self::Ok,
        }
    }

    /// True for everything but `ok`.
    pub fn is_error(self) -> bool {
        self != Self::Ok
    }

    /// True when `label` is the label of a failed call (`4xx`, `5xx`, `error`).
    pub fn label_is_error(label: &str) -> bool {
        matches!(label, "4xx" | "5xx" | "error")
    }
}

/// What the response cache did for a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheOutcome {
    /// Served from the cache.
    Hit,
    /// Looked up, not found, forwarded.
    Miss,
    /// Cache skipped on purpose (streaming, `no-cache`, not cacheable).
    Bypass,
    /// No cache in the path (e.g. OTLP spans from apps calling providers directly).
    None,
}

/// What the safety rules decided for a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SafetyOutcome<'a> {
    /// Nothing matched (or no rules ran).
    Pass,
    /// A rule matched and the call went on; the category names the rule family.
    Flag(&'a str),
    /// A rule matched and the call was refused.
    Block(&'a str),
}

/// One model call, as the hub records it. Borrowed so the caller need not allocate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CallObservation<'a> {
    /// The project the call belongs to.
    pub project: &'a str,
    /// `service.name` of the calling app.
    pub service: &'a str,
    /// Requested model (`gen_ai.request.model`).
    pub model: &'a str,
    /// Provider (`gen_ai.provider.name`: openai, anthropic…).
    pub provider: &'a str,
    /// Operation (`gen_ai.operation.name`: chat, embeddings…).
    pub operation: &'a str,
    /// How it ended.
    pub status_class: StatusClass,
    /// Route template (`/v1/chat/completions`), never a raw path with ids in it.
    pub route: &'a str,
    /// Whole-call duration, ns.
    pub duration_ns: u64,
    /// Time to first token, ns (streaming calls).
    pub ttft_ns: Option<u64>,
    /// Mean time per output token after the first, ns.
    pub time_per_output_token_ns: Option<u64>,
    /// Input (prompt) tokens.
    pub input_tokens: u64,
    /// Output (completion) tokens.
    pub output_tokens: u64,
    /// Cache outcome.
    pub cache: CacheOutcome,
    /// Safety outcome.
    pub safety: SafetyOutcome<'a>,
    /// `error.type` for failed calls (`timeout`, `rate_limited`, `500`…).
    pub error_type: Option<&'a str>,
    /// Answer-health flags (`glassbox.answer.flags`): silent failures of a `200 OK`.
    pub answer_flags: glassbox_answers::Flags,
    /// Model that answered (`gen_ai.response.model`, the model version), `""` if unknown.
    pub response_model: &'a str,
    /// What the call cost, US dollars (`glassbox.cost.usd`), when the model is priced.
    pub cost_usd: Option<f64>,
    /// When the call ended, Unix ns; `0` means now. Picks the rollup minute.
    pub end_unix_nano: u64,
}

impl<'a> CallObservation<'a> {
    /// A successful call with only the essentials set; fill the rest with struct update.
    pub fn new(service: &'a str, model: &'a str, operation: &'a str, duration_ns: u64) -> Self {
        Self {
            project: glassbox_core::project::DEFAULT_PROJECT,
            service,
            model,
            provider: "",
            operation,
            status_class: StatusClass::Ok,
            route: "",
            duration_ns,
            ttft_ns: None,
            time_per_output_token_ns: None,
            input_tokens: 0,
            output_tokens: 0,
            cache: CacheOutcome::None,
            safety: SafetyOutcome::Pass,
            error_type: None,
            answer_flags: glassbox_answers::Flags::NONE,
            response_model: "",
            cost_usd: None,
            end_unix_nano: 0,
        }
    }

    /// Derives an observation from a GenAI span, so spans from apps that call providers
    /// directly count like gateway calls. `None` when the span has no GenAI view or names
    /// neither an operation nor a model (agent-internal steps are not model calls).
    ///
    /// Reads `span.gen_ai` (operation, provider, request/response model, tokens, TTFT),
    /// the span status, and the attributes `http.response.status_code`, `error.type`,
    /// `http.route`, `glassbox.cache` (`hit`/`miss`/`bypass`), `glassbox.safety`
    /// (`pass`/`flag`/`block`), `glassbox.safety.category` and `glassbox.answer.flags`.
    pub fn from_span(span: &'a Span) -> Option<CallObservation<'a>> {
        let g = span.gen_ai.as_ref()?;
        let model = g.request_model.as_deref().or(g.response_model.as_deref());
        let operation = g.operation.as_deref();
        if model.is_none() && operation.is_none() {
            return None;
        }
        // Tool and agent steps are not model calls.
        if matches!(
            operation,
            Some("execute_tool" | "invoke_agent" | "create_agent")
        ) {
            return None;
        }
        let attr_str = |key: &str| span.attributes.get(key).and_then(AttrValue::as_str);
        let http_status = span
            .attributes
            .get("http.response.status_code")
            .and_then(AttrValue::as_i64)
            .and_then(|s| u16::try_from(s).ok());
        let status_class = match (http_status.map(StatusClass::from_http), span.status.code) {
            (Some(c), _) if c.is_error() => c,
            (_, StatusCode::Error) => StatusClass::Error,
            _ => StatusClass::Ok,
        };
        let error_type = if status_class.is_error() {
            attr_str("error.type").or(Some(status_class.as_str()))
        } else {
            None
        };
        let duration_ns = span.duration_ns();
        let output_tokens = g.output_tokens.unwrap_or(0).max(0) as u64;
        let cache = match attr_str("glassbox.cache") {
            Some("hit") => CacheOutcome::Hit,
            Some("miss") => CacheOutcome::Miss,
            Some("bypass") => CacheOutcome::Bypass,
            _ => CacheOutcome::None,
        };
        // A cached answer has no model behind it: its near-zero "first token" would
        // drag the TTFT percentiles down, so TTFT and per-token time are model calls only.
        let ttft_ns = g
            .time_to_first_token_ns
            .filter(|_| cache != CacheOutcome::Hit);
        let time_per_output_token_ns = match ttft_ns {
            Some(ttft) if output_tokens > 1 && duration_ns > ttft => {
                Some((duration_ns - ttft) / (output_tokens - 1))
            }
            _ => None,
        };
        let category = attr_str("glassbox.safety.category").unwrap_or("unspecified");
        let safety = match attr_str("glassbox.safety") {
            Some("flag") => SafetyOutcome::Flag(category),
            Some("block") => SafetyOutcome::Block(category),
            _ => SafetyOutcome::Pass,
        };
        let answer_flags = span
            .answer_flags()
            .filter_map(glassbox_answers::Flag::parse)
            .collect();
        Some(CallObservation {
            project: glassbox_core::project::of(&span.resource),
            service: &span.service,
            model: model.unwrap_or(""),
            provider: g.provider.as_deref().unwrap_or(""),
            operation: operation.unwrap_or(""),
            status_class,
            route: attr_str("http.route").unwrap_or(""),
            duration_ns,
            ttft_ns,
            time_per_output_token_ns,
            input_tokens: g.input_tokens.unwrap_or(0).max(0) as u64,
            output_tokens,
            cache,
            safety,
            error_type,
            answer_flags,
            response_model: g.response_model.as_deref().unwrap_or(""),
            cost_usd: span.cost_usd(),
            end_unix_nano: span.end_time_unix_nano,
        })
    }
}

/// A user's feedback on a response.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Feedback {
    /// Thumbs up.
    Up,
    /// Thumbs down.
    Down,
    /// A numeric score (any scale the app uses; summed and counted).
    Score(f64),
}

impl Feedback {
    /// From a `feedback` event's value, as the events API stores it: 1 → up, 0 → down,
    /// anything else → a score.
    pub fn from_value(value: f64) -> Self {
        if value == 1.0 {
            Self::Up
        } else if value == 0.0 {
            Self::Down
        } else {
            Self::Score(value)
        }
    }
}

/// One feedback, attributed to the service and model of the call it rates when known
/// (empty strings when not).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FeedbackObservation<'a> {
    /// The project the feedback belongs to.
    pub project: &'a str,
    /// Service of the rated call.
    pub service: &'a str,
    /// Model of the rated call.
    pub model: &'a str,
    /// The feedback.
    pub feedback: Feedback,
    /// When it was given, Unix ns; `0` means now.
    pub time_unix_nano: u64,
}

/// Event name counted as a conversion by [`crate::summary`].
pub const CONVERSION_EVENT: &str = "conversion";
/// Event name that ends a session; its value is the session length in seconds.
pub const SESSION_END_EVENT: &str = "session_end";
/// Event name under which feedback is rolled up.
pub const FEEDBACK_EVENT: &str = "feedback";

/// A business event (`conversion`, `session_end`, or any name the app uses).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BusinessEvent<'a> {
    /// The project the event belongs to.
    pub project: &'a str,
    /// Service that sent it.
    pub service: &'a str,
    /// Event name (bounded by the cardinality cap).
    pub name: &'a str,
    /// Value: session length in seconds for `session_end`, an amount for a conversion…
    pub value: Option<f64>,
    /// When it happened, Unix ns; `0` means now.
    pub time_unix_nano: u64,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use glassbox_core::{GenAi, SpanId, SpanStatus, TraceId};

    fn span(gen_ai: Option<GenAi>) -> Span {
        Span {
            trace_id: TraceId::random(),
            span_id: SpanId::random(),
            parent_span_id: None,
            name: "chat gpt-4o".into(),
            kind: Default::default(),
            start_time_unix_nano: 1_000_000_000,
            end_time_unix_nano: 3_000_000_000,
            status: SpanStatus::default(),
            attributes: Default::default(),
            events: vec![],
            links: vec![],
            resource: Default::default(),
            scope_name: String::new(),
            scope_version: String::new(),
            service: "support-bot".into(),
            correlation_id: "c".into(),
            user_id: None,
            session_id: None,
            gen_ai,
        }
    }

    #[test]
    fn derives_a_call_from_a_genai_span() {
        let mut s = span(Some(GenAi {
            operation: Some("chat".into()),
            provider: Some("openai".into()),
            request_model: Some("gpt-4o".into()),
            input_tokens: Some(10),
            output_tokens: Some(11),
            time_to_first_token_ns: Some(1_000_000_000),
            ..Default::default()
        }));
        s.attributes
            .insert("glassbox.cache".into(), AttrValue::Str("miss".into()));
        s.attributes
            .insert("glassbox.safety".into(), AttrValue::Str("block".into()));
        s.attributes.insert(
            "glassbox.safety.category".into(),
            AttrValue::Str("jailbreak".into()),
        );
        let obs = CallObservation::from_span(&s).unwrap();
        assert_eq!(obs.model, "gpt-4o");
        assert_eq!(obs.service, "support-bot");
        assert_eq!(obs.duration_ns, 2_000_000_000);
        assert_eq!(obs.time_per_output_token_ns, Some(100_000_000));
        assert_eq!(obs.ttft_ns, Some(1_000_000_000));
        assert_eq!(obs.cache, CacheOutcome::Miss);
        assert_eq!(obs.safety, SafetyOutcome::Block("jailbreak"));
        assert_eq!(obs.status_class, StatusClass::Ok);
        // A cache hit is a call, but not a model's time to first token.
        s.attributes
            .insert("glassbox.cache".into(), AttrValue::Str("hit".into()));
        let hit = CallObservation::from_span(&s).unwrap();
        assert_eq!(hit.cache, CacheOutcome::Hit);
        assert_eq!((hit.ttft_ns, hit.time_per_output_token_ns), (None, None));
        assert_eq!(hit.duration_ns, 2_000_000_000);
    }

    #[test]
    fn error_spans_and_non_model_spans() {
        let mut s = span(Some(GenAi {
            operation: Some("chat".into()),
            request_model: Some("m".into()),
            ..Default::default()
        }));
        s.status.code = StatusCode::Error;
        s.attributes
            .insert("http.response.status_code".into(), AttrValue::Int(429));
        let obs = CallObservation::from_span(&s).unwrap();
        assert_eq!(obs.status_class, StatusClass::ClientError);
        assert_eq!(obs.error_type, Some("4xx"));
        assert!(CallObservation::from_span(&span(None)).is_none());
        let tool = span(Some(GenAi {
            operation: Some("execute_tool".into()),
            ..Default::default()
        }));
        assert!(CallObservation::from_span(&tool).is_none());
    }
}
