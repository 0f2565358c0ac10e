//! `GET /api/logs`: structured logs by text and fields, newest first.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::Json;
use glassbox_store::LogFilter;
use serde_json::{json, Value};

use super::params::SearchParams;
use super::traces::parse_trace_id;
use crate::error::ApiError;
use crate::AppState;

/// The filters of the log search (`/api/logs`, `/api/export/logs`).
pub(crate) const FILTER_PARAMS: &[&str] = &[
    "q",
    "service",
    "severity",
    "trace_id",
    "correlation_id",
    "user_id",
    "session_id",
    "event_name",
    "model",
    "flag",
    "topic",
    "since",
    "from",
    "to",
];

/// A [`LogFilter`] from the search's filter parameters (page size and cursor left unset).
pub(crate) fn filter(state: &AppState, p: &SearchParams<'_>) -> Result<LogFilter, ApiError> {
    let text = |k: &str| p.text(k);
    let mut filter = LogFilter {
        text: text("q"),
        service: text("service"),
        correlation_id: text("correlation_id"),
        session_id: text("session_id"),
        event_name: text("event_name"),
        model: text("model"),
        user_ids: text("user_id")
            .map(|u| (state.pseudonymize)(&u))
            .unwrap_or_default(),
        ..Default::default()
    };
    if let Some(t) = text("trace_id") {
        filter.trace_id = Some(parse_trace_id(&t)?);
    }
    if let Some(s) = text("severity") {
        filter.min_severity = Some(match s.to_ascii_lowercase().as_str() {
            "trace" => 1,
            "debug" => 5,
            "info" => 9,
            "warn" | "warning" => 13,
            "error" => 17,
            "fatal" => 21,
            n => n.parse().map_err(|_| {
                ApiError::bad_param("severity", format!("`{s}` is not a severity: use trace, debug, info, warn, error, fatal or 1-24"))
            })?,
        });
    }
    filter.flag = super::params::answer_flag(p)?;
    filter.topic = super::params::topic(p)?;
    (filter.from_ns, filter.to_ns) = p.time_range()?;
    Ok(filter)
}

/// `GET /api/logs?q=&service=&severity=&trace_id=&correlation_id=&user_id=&session_id=&event_name=&model=&flag=&topic=&since=&limit=&cursor=`.
pub async fn search(
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
    let page = super::query(&state, move |r| r.search_logs(&filter)).await?;
    Ok(Json(json!(page)))
}
