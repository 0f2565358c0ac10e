//! The record of one gateway call, and how it becomes one span and one log record.
//!
//! ```text
//!  handler fills CallRecord ──> CallGuard (held by the handler, then by the body)
//!                                   │ Drop: after the last byte went out, or on cancel
//!                                   ▼
//!                 finalize: span (GenAI semconv) + log (gen_ai.gateway.call)
//!                                   │ submit_nowait: full queue → drop and count
//!                                   ▼
//!                               pipeline (redacts before anything is written)
//! ```
//!
//! Records carry raw prompts: the pipeline's redact stage is what makes them safe to
//! store. Credentials are never put in a record.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use glassbox_core::{
    AttrValue, Attributes, GenAi, LogRecord, Span, SpanKind, SpanStatus, StatusCode,
};
use glassbox_pipeline::{Records, Source};
use serde_json::Value;

use crate::cache::{CacheKey, CacheStatus};
use crate::edge::CallIdentity;
use crate::openai::{Endpoint, RequestInfo, ResponseInfo};
use crate::safety::{Decision, Verdict};
use crate::state::Inner;

/// Everything known about one call.
pub(crate) struct CallRecord {
    pub id: CallIdentity,
    pub endpoint: Option<Endpoint>,
    /// Span name for pass-through calls (`GET /v1/models`).
    pub passthrough_name: Option<String>,
    pub http_method: String,
    pub start: Instant,
    pub start_ns: u64,
    pub request: RequestInfo,
    pub upstream: Option<(String, String)>,
    pub retries: u32,
    pub status: u16,
    pub error_type: Option<String>,
    pub error_message: Option<String>,
    pub cache: CacheStatus,
    pub cache_key: Option<CacheKey>,
    pub safety: Verdict,
    pub first_token_at: Option<Instant>,
    pub response: Option<ResponseInfo>,
    /// Body to cache once the call completes (streamed chat answers).
    pub cache_body: Option<bytes::Bytes>,
    pub completed: bool,
    pub stream: bool,
    /// The caller's project (from the auth layer); `None`: `default`.
    pub project: Option<std::sync::Arc<str>>,
}

impl CallRecord {
    pub fn new(id: CallIdentity, endpoint: Option<Endpoint>, http_method: &str) -> Self {
        Self {
            id,
            endpoint,
            passthrough_name: None,
            http_method: http_method.to_string(),
            start: Instant::now(),
            start_ns: glassbox_core::time::now_unix_nanos(),
            request: RequestInfo::default(),
            upstream: None,
            retries: 0,
            status: 0,
            error_type: None,
            error_message: None,
            cache: CacheStatus::Bypass,
            cache_key: None,
            project: None,
            safety: Verdict::default(),
            first_token_at: None,
            response: None,
            cache_body: None,
            completed: false,
            stream: false,
        }
    }

    pub fn fail(&mut self, status: u16, error_type: &str, message: impl Into<String>) {
        self.status = status;
        self.error_type = Some(error_type.to_string());
        self.error_message = Some(message.into());
    }
}

/// Finalizes its record when dropped: the end of the body, or a cancelled call.
pub(crate) struct CallGuard {
    pub rec: Option<Box<CallRecord>>,
    pub state: Arc<Inner>,
}

impl CallGuard {
    pub fn rec(&mut self) -> &mut CallRecord {
        // Always Some until drop; the fallback keeps clippy's no-panic rule.
        self.rec.get_or_insert_with(|| {
            Box::new(CallRecord::new(
                CallIdentity::from_headers(&Default::default()),
                None,
                "",
            ))
        })
    }
}

impl Drop for CallGuard {
    fn drop(&mut self) {
        if let Some(rec) = self.rec.take() {
            finalize(&self.state, *rec);
        }
    }
}

fn s(v: impl Into<String>) -> AttrValue {
    AttrValue::Str(v.into())
}

fn finalize(state: &Inner, mut rec: CallRecord) {
    let end = Instant::now();
    let cancelled = !rec.completed;
    let duration = end.duration_since(rec.start);
    let end_ns = rec.start_ns + u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX);
    if !cancelled && (200..300).contains(&rec.status) {
        if let (Some(key), Some(body), Some(cache)) =
            (rec.cache_key, rec.cache_body.take(), &state.cache)
        {
            cache.put(key, body);
        }
    }
    let endpoint = rec.endpoint;
    let op = endpoint.map(Endpoint::operation);
    let model = rec.request.model.clone();
    let mut response = rec.response.take().unwrap_or_default();
    let mut usage = response.usage.unwrap_or_default();
    let mut usage_source = "upstream";
    if endpoint.is_some()
        && !matches!(endpoint, Some(Endpoint::Embeddings))
        && (200..300).contains(&rec.status)
    {
        if usage.input_tokens.is_none() || usage.output_tokens.is_none() {
            usage_source = "estimated";
            if usage.input_tokens.is_none() {
                usage.input_tokens = Some(crate::tokens::count_tokens(
                    &model,
                    &rec.request.prompt_text,
                ));
            }
            if usage.output_tokens.is_none() {
                usage.output_tokens =
                    Some(crate::tokens::count_tokens(&model, &response.output_text));
            }
        }
    } else if response.usage.is_none() {
        usage_source = "none";
    }
    let ttft = rec.first_token_at.map(|t| t.duration_since(rec.start));
    let tpot = match (rec.first_token_at, usage.output_tokens) {
        (Some(first), Some(n)) if n > 1 => {
            Some(end.duration_since(first) / u32::try_from(n - 1).unwrap_or(u32::MAX))
        }
        _ => None,
    };

    let mut a: Attributes = BTreeMap::new();
    if let Some(op) = op {
        a.insert("gen_ai.operation.name".into(), s(op));
    }
    if let Some((name, provider)) = &rec.upstream {
        a.insert("glassbox.upstream".into(), s(name.clone()));
        a.insert("gen_ai.provider.name".into(), s(provider.clone()));
    }
    if !model.is_empty() {
        a.insert("gen_ai.request.model".into(), s(model.clone()));
    }
    if let Some(m) = &response.model {
        a.insert("gen_ai.response.model".into(), s(m.clone()));
    }
    if let Some(id) = &response.id {
        a.insert("gen_ai.response.id".into(), s(id.clone()));
    }
    if let Some(t) = rec.request.temperature {
        a.insert("gen_ai.request.temperature".into(), AttrValue::Double(t));
    }
    if let Some(t) = rec.request.top_p {
        a.insert("gen_ai.request.top_p".into(), AttrValue::Double(t));
    }
    if let Some(t) = rec.request.max_tokens {
        a.insert("gen_ai.request.max_tokens".into(), AttrValue::Int(t));
    }
    if let Some(n) = usage.input_tokens {
        a.insert("gen_ai.usage.input_tokens".into(), AttrValue::Int(n));
    }
    if let Some(n) = usage.output_tokens {
        a.insert("gen_ai.usage.output_tokens".into(), AttrValue::Int(n));
    }
    if let Some(n) = usage.cached_input_tokens {
        a.insert(
            "gen_ai.usage.cache_read.input_tokens".into(),
            AttrValue::Int(n),
        );
    }
    if let Some(n) = usage.reasoning_tokens {
        a.insert(
            "gen_ai.usage.reasoning.output_tokens".into(),
            AttrValue::Int(n),
        );
    }
    if usage.input_tokens.is_some() || usage.output_tokens.is_some() {
        a.insert("glassbox.usage.source".into(), s(usage_source));
    }
    if !response.finish_reasons.is_empty() {
        a.insert(
            "gen_ai.response.finish_reasons".into(),
            AttrValue::Array(
                response
                    .finish_reasons
                    .iter()
                    .map(|f| s(f.clone()))
                    .collect(),
            ),
        );
    }
    if let Some(t) = ttft {
        a.insert(
            "gen_ai.response.time_to_first_chunk".into(),
            AttrValue::Double(t.as_secs_f64()),
        );
    }
    if let Some(t) = tpot {
        a.insert(
            "gen_ai.response.time_per_output_token".into(),
            AttrValue::Double(t.as_secs_f64()),
        );
    }
    if let Some(format) = &rec.request.response_format {
        if glassbox_answers::format_wants_json(format) {
            a.insert("gen_ai.output.type".into(), s("json"));
        }
        // Handed to the answer checks, which remove it before anything is stored.
        if let Some(schema) = glassbox_answers::schema_of_response_format(format) {
            a.insert(
                glassbox_answers::JSON_SCHEMA_KEY.into(),
                s(schema.to_string()),
            );
        }
    }
    a.insert("http.request.method".into(), s(rec.http_method.clone()));
    if rec.status != 0 {
        a.insert(
            "http.response.status_code".into(),
            AttrValue::Int(i64::from(rec.status)),
        );
    }
    if let Some(e) = &rec.error_type {
        a.insert("error.type".into(), s(e.clone()));
    }
    if endpoint.is_some() {
        a.insert("glassbox.cache".into(), s(rec.cache.as_str()));
        a.insert("glassbox.safety".into(), s(rec.safety.decision.as_str()));
        if let Some(c) = rec.safety.primary_category() {
            a.insert("glassbox.safety.category".into(), s(c));
            if rec.safety.categories.len() > 1 {
                a.insert(
                    "glassbox.safety.categories".into(),
                    AttrValue::Array(rec.safety.categories.iter().map(|c| s(c.clone())).collect()),
                );
            }
        }
        a.insert("gen_ai.request.stream".into(), AttrValue::Bool(rec.stream));
    }
    a.insert(
        "glassbox.retries".into(),
        AttrValue::Int(i64::from(rec.retries)),
    );
    if cancelled {
        a.insert("glassbox.cancelled".into(), AttrValue::Bool(true));
    }

    let is_error = rec.status >= 400 || (rec.error_type.is_some() && !cancelled);
    let span_status = SpanStatus {
        code: if is_error {
            StatusCode::Error
        } else {
            StatusCode::Unset
        },
        message: if is_error {
            rec.error_message.clone().unwrap_or_default()
        } else {
            String::new()
        },
    };
    let user_id = rec.id.user_id.clone().or_else(|| rec.request.user.clone());
    let gen_ai = endpoint.map(|_| GenAi {
        operation: op.map(str::to_string),
        provider: rec.upstream.as_ref().map(|u| u.1.clone()),
        request_model: (!model.is_empty()).then(|| model.clone()),
        response_model: response.model.clone(),
        response_id: response.id.clone(),
        temperature: rec.request.temperature,
        top_p: rec.request.top_p,
        max_tokens: rec.request.max_tokens,
        input_tokens: usage.input_tokens,
        output_tokens: usage.output_tokens,
        cached_input_tokens: usage.cached_input_tokens,
        reasoning_tokens: usage.reasoning_tokens,
        time_to_first_token_ns: ttft.map(|t| u64::try_from(t.as_nanos()).unwrap_or(u64::MAX)),
        finish_reasons: response.finish_reasons.clone(),
        conversation_id: rec.id.session_id.clone(),
        system_instructions: rec.request.system_instructions.clone(),
        input_messages: rec.request.input_messages.clone(),
        output_messages: response.output_messages.clone(),
        ..GenAi::default()
    });
    let name = match (op, &rec.passthrough_name) {
        (Some(op), _) if !model.is_empty() => format!("{op} {model}"),
        (Some(op), _) => op.to_string(),
        (None, Some(n)) => n.clone(),
        (None, None) => "gateway".into(),
    };
    let mut resource = Attributes::new();
    resource.insert("service.name".into(), s(state.config.service_name.clone()));

    // The log: structured fields as attributes whose keys the field policy knows.
    let mut la: Attributes = BTreeMap::new();
    la.insert("trace_id".into(), s(rec.id.trace_id.to_hex()));
    la.insert("span_id".into(), s(rec.id.span_id.to_hex()));
    la.insert("correlation_id".into(), s(rec.id.correlation_id.clone()));
    if let Some(u) = &user_id {
        la.insert("user_id".into(), s(u.clone()));
    }
    if let Some(sid) = &rec.id.session_id {
        la.insert("session.id".into(), s(sid.clone()));
    }
    if !model.is_empty() {
        la.insert("model".into(), s(model.clone()));
    }
    if let Some(m) = &response.model {
        la.insert("model_version".into(), s(m.clone()));
    }
    if let Some(t) = rec.request.temperature {
        la.insert("temperature".into(), AttrValue::Double(t));
    }
    la.insert(
        "status".into(),
        s(if cancelled {
            "cancelled"
        } else if is_error {
            "error"
        } else {
            "ok"
        }),
    );
    la.insert("status_code".into(), AttrValue::Int(i64::from(rec.status)));
    la.insert(
        "latency_ms".into(),
        AttrValue::Double(duration.as_secs_f64() * 1000.0),
    );
    if let Some(t) = ttft {
        la.insert(
            "ttft_ms".into(),
            AttrValue::Double(t.as_secs_f64() * 1000.0),
        );
    }
    if let Some(n) = usage.input_tokens {
        la.insert("input_tokens".into(), AttrValue::Int(n));
    }
    if let Some(n) = usage.output_tokens {
        la.insert("output_tokens".into(), AttrValue::Int(n));
    }
    if endpoint.is_some() {
        la.insert("cache".into(), s(rec.cache.as_str()));
        la.insert("safety".into(), s(rec.safety.decision.as_str()));
        if let Some(c) = rec.safety.primary_category() {
            la.insert("safety_category".into(), s(c));
        }
    }
    if let Some((name, _)) = &rec.upstream {
        la.insert("upstream".into(), s(name.clone()));
    }
    la.insert("retries".into(), AttrValue::Int(i64::from(rec.retries)));
    if let Some(e) = &rec.error_type {
        la.insert("error.type".into(), s(e.clone()));
    }
    if cancelled {
        la.insert("cancelled".into(), AttrValue::Bool(true));
    }
    if endpoint.is_some() {
        let mut payload = BTreeMap::new();
        if let Some(v) = rec.request.system_instructions.take() {
            payload.insert("system_instructions".into(), json_attr(v));
        }
        if let Some(v) = rec.request.input_messages.take() {
            payload.insert("input_messages".into(), json_attr(v));
        }
        if let Some(v) = response.output_messages.take() {
            payload.insert("output_messages".into(), json_attr(v));
        }
        la.insert("payload".into(), AttrValue::Map(payload));
    }
    let severity = if is_error {
        (17, "ERROR")
    } else if rec.safety.decision != Decision::Pass || cancelled {
        (13, "WARN")
    } else {
        (9, "INFO")
    };
    let log = LogRecord {
        time_unix_nano: end_ns,
        observed_time_unix_nano: end_ns,
        severity_number: severity.0,
        severity_text: severity.1.into(),
        event_name: "gen_ai.gateway.call".into(),
        body: Some(s(format!(
            "{name} {}",
            if cancelled {
                "cancelled".to_string()
            } else {
                rec.status.to_string()
            }
        ))),
        attributes: la,
        resource: resource.clone(),
        trace_id: Some(rec.id.trace_id),
        span_id: Some(rec.id.span_id),
        service: state.config.service_name.clone(),
        correlation_id: rec.id.correlation_id.clone(),
        user_id: user_id.clone(),
        session_id: rec.id.session_id.clone(),
    };
    let span = Span {
        trace_id: rec.id.trace_id,
        span_id: rec.id.span_id,
        parent_span_id: rec.id.parent_span_id,
        name,
        kind: SpanKind::Client,
        start_time_unix_nano: rec.start_ns,
        end_time_unix_nano: end_ns,
        status: span_status,
        attributes: a,
        events: Vec::new(),
        links: Vec::new(),
        resource,
        scope_name: "glassbox-gateway".into(),
        scope_version: env!("CARGO_PKG_VERSION").into(),
        service: state.config.service_name.clone(),
        correlation_id: rec.id.correlation_id,
        user_id,
        session_id: rec.id.session_id,
        gen_ai,
    };
    state.stats.calls.fetch_add(1, Ordering::Relaxed);
    let records = Records {
        spans: vec![span],
        logs: vec![log],
        project: rec.project,
        ..Records::default()
    };
    if let Err(e) = state.pipeline.submit_nowait(Source::Gateway, records) {
        state.stats.dropped_records.fetch_add(2, Ordering::Relaxed);
        tracing::debug!(error = %e, "gateway record dropped");
    }
}

/// JSON to an attribute value (nulls become empty strings; attributes have no null).
pub(crate) fn json_attr(v: Value) -> AttrValue {
    match v {
        Value::Null => AttrValue::Str(String::new()),
        Value::Bool(b) => AttrValue::Bool(b),
        Value::Number(n) => n
            .as_i64()
            .map(AttrValue::Int)
            .unwrap_or_else(|| AttrValue::Double(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => AttrValue::Str(s),
        Value::Array(items) => AttrValue::Array(items.into_iter().map(json_attr).collect()),
        Value::Object(map) => {
            AttrValue::Map(map.into_iter().map(|(k, v)| (k, json_attr(v))).collect())
        }
    }
}

/// Milliseconds, for `server-timing`.
pub(crate) fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
