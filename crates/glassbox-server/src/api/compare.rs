//! `GET /api/compare?a={trace}&b={trace}`: two runs aligned step by step, with the first
//! divergence; without `b`, run `a` against the last `baseline` (default 200) successful
//! traces with the same root span name and service.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::Json;
use glassbox_core::compare::{against_baseline, compare};
use glassbox_core::{Span, TraceId};
use glassbox_store::TraceFilter;
use serde_json::{json, Value};

use super::params::SearchParams;
use super::traces::resolve_trace_id;
use crate::error::ApiError;
use crate::AppState;

/// Pages of 1,000 traces searched for baseline runs at most.
const MAX_BASELINE_PAGES: usize = 20;

async fn spans_of(
    state: &AppState,
    access: &super::Access,
    id: TraceId,
    param: &'static str,
) -> Result<Vec<Span>, ApiError> {
    let spans = access.spans(super::query(state, move |r| r.get_trace(id)).await?);
    if spans.is_empty() {
        return Err(ApiError::not_found(format!(
            "`{param}`: no trace {id} is stored"
        )));
    }
    Ok(spans)
}

/// Runs a comparison (CPU work on up to thousands of spans) off the async workers.
async fn on_blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        ApiError::status(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            format!("comparison failed: {e}"),
        )
    })
}

fn root_of(spans: &[Span]) -> Option<&Span> {
    spans
        .iter()
        .find(|s| s.parent_span_id.is_none())
        .or_else(|| spans.iter().min_by_key(|s| s.start_time_unix_nano))
}

/// `GET /api/compare?a=&b=` or `GET /api/compare?a=&baseline=200`.
pub async fn compare_traces(
    State(state): State<AppState>,
    access: super::Access,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let p = SearchParams(&q);
    p.only(&["a", "b", "baseline"])?;
    let a_id = p
        .text("a")
        .ok_or_else(|| ApiError::bad_param("a", "give the trace to compare: `a={trace id}`"))?;
    let a = resolve_trace_id(&state, &a_id, "a").await?;
    let a_spans = spans_of(&state, &access, a, "a").await?;
    if let Some(b_id) = p.text("b") {
        if p.text("baseline").is_some() {
            return Err(ApiError::bad_param(
                "baseline",
                "give either `b` (compare two runs) or `baseline` (compare with good runs), not both",
            ));
        }
        let b = resolve_trace_id(&state, &b_id, "b").await?;
        let b_spans = spans_of(&state, &access, b, "b").await?;
        let c = on_blocking(move || compare(&a_spans, &b_spans)).await?;
        return Ok(Json(json!({ "a": a, "b": b, "comparison": c })));
    }
    let n = match p.text("baseline") {
        None => 200,
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .ok_or_else(|| {
                ApiError::bad_param(
                    "baseline",
                    format!("`{s}` is not a number of runs: use 1 to 1000"),
                )
            })?,
    };
    let root =
        root_of(&a_spans).ok_or_else(|| ApiError::bad_param("a", "the trace has no spans"))?;
    let (root_name, service) = (root.name.clone(), root.service.clone());
    // The latest successful traces of the same entry point, newest first.
    let mut ids = Vec::new();
    let mut cursor = None;
    for _ in 0..MAX_BASELINE_PAGES {
        let filter = TraceFilter {
            service: Some(service.clone()),
            error: Some(false),
            limit: 1000,
            cursor: cursor.take(),
            projects: access.projects(),
            ..TraceFilter::default()
        };
        let page = super::query(&state, move |r| r.search_traces(&filter)).await?;
        ids.extend(
            page.traces
                .iter()
                .filter(|t| t.root_name == root_name && t.trace_id != a)
                .map(|t| t.trace_id),
        );
        if ids.len() >= n || page.next_cursor.is_none() {
            break;
        }
        cursor = page.next_cursor;
    }
    ids.truncate(n);
    let visible = access.clone();
    let baseline = super::query(&state, move |r| {
        ids.iter()
            .map(|id| r.get_trace(*id).map(|spans| visible.spans(spans)))
            .collect::<Result<Vec<_>, _>>()
    })
    .await?;
    let c = on_blocking(move || against_baseline(&a_spans, &baseline)).await?;
    Ok(Json(
        json!({ "a": a, "root_name": root_name, "service": service, "baseline": c }),
    ))
}
