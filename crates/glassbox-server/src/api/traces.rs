//! `GET /api/traces/{trace_id}` (one trace with its analysis) and `GET /api/traces` (search).

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::Json;
use glassbox_core::analysis::analyze;
use glassbox_core::{Span, TraceId};
use glassbox_store::{FeedbackFilter, TraceFilter};
use serde_json::{json, Value};

use super::params::{parse_duration_ns, SearchParams};
use crate::error::ApiError;
use crate::AppState;

/// Parses a trace id from a path, with a 400 that says what a trace id looks like.
pub fn parse_trace_id(s: &str) -> Result<TraceId, ApiError> {
    TraceId::from_hex(s)
        .map_err(|e| ApiError::bad_param("trace_id", format!("`{s}` is not a trace id: {e}")))
}

/// One trace: spans with self time and critical-path flags, the critical path, the slowest
/// step and where errors happened.
pub fn trace_document(trace_id: TraceId, spans: &[Span]) -> Value {
    let a = analyze(spans);
    let by_id: HashMap<_, _> = spans.iter().map(|s| (s.span_id, s)).collect();
    let start = spans
        .iter()
        .map(|s| s.start_time_unix_nano)
        .min()
        .unwrap_or(0);
    let end = spans
        .iter()
        .map(|s| s.end_time_unix_nano)
        .max()
        .unwrap_or(0);
    let mut services: Vec<&str> = spans.iter().map(|s| s.service.as_str()).collect();
    services.sort_unstable();
    services.dedup();
    let span_docs: Vec<Value> = spans
        .iter()
        .map(|s| {
            let mut v = serde_json::to_value(s).unwrap_or(Value::Null);
            v["duration_ns"] = json!(s.duration_ns());
            v["self_time_ns"] = json!(a.self_time_ns.get(&s.span_id).copied().unwrap_or(0));
            v["depth"] = json!(a.depth.get(&s.span_id).copied().unwrap_or(0));
            v["critical_time_ns"] = json!(a.critical_time_ns.get(&s.span_id).copied().unwrap_or(0));
            v["on_critical_path"] = json!(a.critical_time_ns.contains_key(&s.span_id));
            v["error_below"] = json!(a.error_ancestors.contains(&s.span_id));
            if v["gen_ai"].is_null() {
                v["gen_ai"] = json!({});
            }
            v
        })
        .collect();
    let slowest = a.slowest_step.and_then(|id| by_id.get(&id)).map(|s| {
        // Steps are numbered in start order among the root's children, as a reader counts them.
        let mut steps: Vec<&Span> = spans
            .iter()
            .filter(|c| c.parent_span_id.is_some() && c.parent_span_id == s.parent_span_id)
            .collect();
        steps.sort_by_key(|c| (c.start_time_unix_nano, c.span_id));
        let step = steps
            .iter()
            .position(|c| c.span_id == s.span_id)
            .map_or(1, |p| p + 1);
        json!({
            "span_id": s.span_id,
            "name": s.name,
            "critical_time_ns": a.slowest_step_critical_ns,
            "duration_ns": s.duration_ns(),
            "step": step,
        })
    });
    json!({
        "trace_id": trace_id,
        "start_time_unix_nano": start,
        "duration_ns": end.saturating_sub(start),
        "span_count": spans.len(),
        "services": services,
        "spans": span_docs,
        "critical_path": a.critical_path,
        "critical_segments": a.critical_segments,
        "slowest_step": slowest,
        "errors": { "spans": a.error_spans, "ancestors": a.error_ancestors },
    })
}

/// A full trace id, or a unique prefix of 8+ hex digits (as the CLI and the UI show
/// them); `param` names the parameter in errors.
pub async fn resolve_trace_id(
    state: &AppState,
    id: &str,
    param: &'static str,
) -> Result<TraceId, ApiError> {
    let id = id.trim();
    match TraceId::from_hex(id) {
        Ok(t) => Ok(t),
        Err(_) if (8..32).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_hexdigit()) => {
            let prefix = id.to_string();
            let found = super::query(state, move |r| r.traces_with_prefix(&prefix, 2)).await?;
            match found.as_slice() {
                [one] => Ok(*one),
                [] => Err(ApiError::not_found(format!(
                    "no stored trace id starts with `{id}`"
                ))),
                _ => Err(ApiError::bad_param(
                    param,
                    format!("`{id}` starts more than one trace id: give more digits"),
                )),
            }
        }
        Err(e) => Err(ApiError::bad_param(
            param,
            format!("`{id}` is not a trace id: {e}"),
        )),
    }
}

/// `GET /api/traces/{trace_id}`.
pub async fn get_one(
    State(state): State<AppState>,
    access: super::Access,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let trace_id = resolve_trace_id(&state, &id, "trace_id").await?;
    let spans = access.spans(super::query(&state, move |r| r.get_trace(trace_id)).await?);
    if spans.is_empty() {
        return Err(ApiError::not_found(format!(
            "no trace {trace_id} is stored"
        )));
    }
    Ok(Json(trace_document(trace_id, &spans)))
}

/// The filters of the traces list (`/api/traces`, `/api/export/traces`).
pub(crate) const FILTER_PARAMS: &[&str] = &[
    "q",
    "service",
    "correlation_id",
    "user_id",
    "session_id",
    "model",
    "status",
    "flag",
    "topic",
    "feedback",
    "min_duration",
    "min_duration_ms",
    "since",
    "from",
    "to",
];

/// A [`TraceFilter`] from the list's filter parameters (page size and cursor left unset).
pub(crate) fn filter(state: &AppState, p: &SearchParams<'_>) -> Result<TraceFilter, ApiError> {
    let text = |k: &str| p.text(k);
    let mut filter = TraceFilter {
        text: text("q"),
        service: text("service"),
        correlation_id: text("correlation_id"),
        session_id: text("session_id"),
        model: text("model"),
        user_ids: text("user_id")
            .map(|u| (state.pseudonymize)(&u))
            .unwrap_or_default(),
        ..Default::default()
    };
    // Checked here, not only by the store: an export has started its answer by the time
    // the store reads the query.
    if filter
        .text
        .as_deref()
        .is_some_and(|q| !q.chars().any(char::is_alphanumeric))
    {
        return Err(ApiError::bad_param(
            "q",
            "q: give at least one word to search for",
        ));
    }
    filter.error = match text("status").as_deref() {
        None | Some("any") => None,
        Some("error") => Some(true),
        Some("ok") => Some(false),
        Some(other) => {
            return Err(ApiError::bad_param(
                "status",
                format!("`{other}` is not a status: use error, ok or any"),
            ))
        }
    };
    filter.feedback = match text("feedback") {
        None => None,
        Some(f) => Some(FeedbackFilter::parse(&f).ok_or_else(|| {
            ApiError::bad_param(
                "feedback",
                format!("`{f}` is not a feedback filter: use up, down, any or none"),
            )
        })?),
    };
    if let Some(d) = text("min_duration") {
        filter.min_duration_ns = Some(parse_duration_ns("min_duration", &d)?);
    }
    if let Some(d) = text("min_duration_ms") {
        filter.min_duration_ns = Some(parse_duration_ns("min_duration_ms", &format!("{d}ms"))?);
    }
    filter.flag = super::params::answer_flag(p)?;
    filter.topic = super::params::topic(p)?;
    (filter.start_from_ns, filter.start_to_ns) = p.time_range()?;
    Ok(filter)
}

/// `GET /api/traces?q=&service=&correlation_id=&user_id=&session_id=&model=&status=error|ok&feedback=&min_duration=&flag=&topic=&since=&from=&to=&limit=&cursor=`.
pub async fn list(
    State(state): State<AppState>,
    access: super::Access,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let p = SearchParams(&q);
    p.only(&[FILTER_PARAMS, &["limit", "cursor"]].concat())?;
    let mut filter = filter(&state, &p)?;
    filter.projects = access.projects();
    filter.limit = p.limit()?;
    filter.cursor = p.text("cursor");
    let page = super::query(&state, move |r| r.search_traces(&filter)).await?;
    Ok(Json(json!(page)))
}
