//! HTTP surface of the metrics: `GET /metrics` (OpenMetrics), `GET /api/metrics/summary`
//! and `GET /api/metrics/timeseries`. Thin handlers: parse and check the parameters, read
//! rows, call [`glassbox_metrics::summary`] / [`glassbox_metrics::timeseries`], answer
//! JSON; errors in the API's one shape ([`ApiError`]).
//!
//! ```text
//!  query ─> parse params (400 naming the param) ─> rows = source.rollups(window)  (persisted,
//!           on a blocking thread)  + hub.open_rollups() in the window (not yet persisted)
//!        ─> summary / timeseries ─> JSON
//! ```
//!
//! Rows the hub has handed out with `take_closed_rollups` are no longer in
//! `open_rollups`, so the two never overlap. A row taken but not yet written by the store
//! is briefly in neither.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};

use glassbox_metrics::{
    minute_of, parse_duration, reject_unknown, summary, timeseries, GroupBy, MetricsHub,
    ParamError, RollupFilter, RollupRow, RollupSource, TimeseriesMetric, OPENMETRICS_CONTENT_TYPE,
};

use crate::error::ApiError;

/// Most buckets one timeseries request may ask for.
pub const MAX_BUCKETS: i64 = 10_080;

/// What the metrics handlers need.
#[derive(Clone)]
pub struct MetricsApiState {
    /// The live hub (Prometheus series and open minutes).
    pub hub: Arc<MetricsHub>,
    /// Persisted rollups (the store).
    pub source: Arc<dyn RollupSource>,
    /// Sessions as the store groups them, for the summary's session count and length
    /// when the application reports no `session_end` events.
    pub sessions: Option<Arc<dyn SessionSource>>,
}

/// Session count and median length over a window, from the traces' session ids.
pub trait SessionSource: Send + Sync {
    /// Sessions with a turn starting in `[from_unix_nano, to_unix_nano)` (of `service`
    /// and of `projects` when given): their number and median length in seconds.
    fn sessions(
        &self,
        from_unix_nano: u64,
        to_unix_nano: u64,
        service: Option<&str>,
        projects: Option<&[String]>,
    ) -> Option<(u64, Option<f64>)>;
}

/// Routes `GET /metrics`, `GET /api/metrics/summary` and `GET /api/metrics/timeseries`.
pub fn api_router(state: MetricsApiState) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .route("/api/metrics/summary", get(summary_handler))
        .route("/api/metrics/timeseries", get(timeseries_handler))
        .with_state(state)
}

async fn metrics(State(state): State<MetricsApiState>) -> Response {
    let body = state.hub.render_openmetrics();
    ([(header::CONTENT_TYPE, OPENMETRICS_CONTENT_TYPE)], body).into_response()
}

type Params = Query<HashMap<String, String>>;

fn filter_from(params: &HashMap<String, String>, projects: Option<Vec<String>>) -> RollupFilter {
    let get = |k: &str| params.get(k).filter(|v| !v.is_empty()).cloned();
    RollupFilter {
        service: get("service"),
        model: get("model"),
        operation: get("operation"),
        kinds: Vec::new(),
        projects,
    }
}

fn window_param(params: &HashMap<String, String>) -> Result<Duration, ParamError> {
    parse_duration("window", params.get("window").map_or("1h", String::as_str))
}

/// Persisted rows plus the hub's open minutes, for `[from, to)`.
async fn rows_for(
    state: &MetricsApiState,
    from: i64,
    to: i64,
    filter: RollupFilter,
) -> Result<Vec<RollupRow>, ApiError> {
    let source = state.source.clone();
    let f = filter.clone();
    let mut rows = tokio::task::spawn_blocking(move || source.rollups(from, to, &f))
        .await
        .map_err(|e| {
            ApiError::status(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("rollup read task failed: {e}"),
            )
        })?
        .map_err(|e| ApiError::status(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    // A store may return more than asked; keep exactly the window and filter.
    rows.retain(|r| r.minute >= from && r.minute < to && filter.matches(r));
    rows.extend(
        state
            .hub
            .open_rollups()
            .into_iter()
            .filter(|r| r.minute >= from && r.minute < to && filter.matches(r)),
    );
    Ok(rows)
}

async fn summary_handler(
    State(state): State<MetricsApiState>,
    access: super::Access,
    Query(params): Params,
) -> Result<Response, ApiError> {
    reject_unknown(params.keys(), &["window", "service", "model", "operation"])?;
    let window = window_param(&params)?;
    let to = minute_of(0) + 1;
    let from = to - (window.as_secs() / 60) as i64;
    let projects = access.projects();
    let rows = rows_for(&state, from, to, filter_from(&params, projects.clone())).await?;
    let first_row = rows.iter().map(|r| r.minute).min();
    let covered = rate_span(
        window,
        glassbox_metrics::now_unix_secs(),
        state.hub.started_unix_secs(),
        first_row,
    );
    let mut s = summary(&rows, covered);
    s.window_seconds = window.as_secs();
    if s.sessions == 0 {
        sessions_from_traces(&state, &params, projects, from, to, &mut s).await;
    }
    s.gateway_records_dropped = state.hub.gateway_dropped();
    Ok(Json(s).into_response())
}

/// When the application reports no `session_end` events: the session count and median
/// length from the store's sessions (traces grouped by session id). Sessions have no model
/// or operation, so only unfiltered or per-service summaries count them.
async fn sessions_from_traces(
    state: &MetricsApiState,
    params: &HashMap<String, String>,
    projects: Option<Vec<String>>,
    from_minute: i64,
    to_minute: i64,
    s: &mut glassbox_metrics::Summary,
) {
    let Some(src) = state.sessions.clone() else {
        return;
    };
    if params.contains_key("model") || params.contains_key("operation") {
        return;
    }
    let service = params.get("service").filter(|v| !v.is_empty()).cloned();
    let (from_ns, to_ns) = (
        from_minute as u64 * 60_000_000_000,
        to_minute as u64 * 60_000_000_000,
    );
    let found = tokio::task::spawn_blocking(move || {
        src.sessions(from_ns, to_ns, service.as_deref(), projects.as_deref())
    })
    .await
    .ok()
    .flatten();
    if let Some((n, median)) = found.filter(|(n, _)| *n > 0) {
        s.sessions = n;
        s.median_session_length_s = median;
        s.session_source = "traces";
        s.conversion_rate = Some(s.conversions as f64 / n as f64);
        s.conversion_rate_basis = "sessions";
    }
}

/// What per-time rates (requests/s, tokens/min, violations/h) are averaged over: the
/// window, or the part of it glassbox has been collecting when it started inside the
/// window and holds nothing older there — so a glassbox started five minutes ago shows
/// its real rate in a 1 h window, while one flag after a quiet hour reads 1/h, not 60/h.
fn rate_span(window: Duration, now: f64, started: f64, first_row_minute: Option<i64>) -> Duration {
    let since = first_row_minute
        .map(|m| (m as f64 * 60.0).min(started))
        .unwrap_or(started);
    Duration::from_secs_f64((now - since).clamp(10.0, window.as_secs_f64().max(10.0)))
}

async fn timeseries_handler(
    State(state): State<MetricsApiState>,
    access: super::Access,
    Query(params): Params,
) -> Result<Response, ApiError> {
    reject_unknown(
        params.keys(),
        &[
            "metric",
            "window",
            "step",
            "group_by",
            "service",
            "model",
            "operation",
        ],
    )?;
    let metric_name = params
        .get("metric")
        .filter(|m| !m.is_empty())
        .ok_or_else(|| {
            ParamError::new(
                "metric",
                format!("`metric` is required; one of: {}", TimeseriesMetric::NAMES),
            )
        })?;
    let metric = TimeseriesMetric::parse(metric_name)?;
    let window = window_param(&params)?;
    let window_min = (window.as_secs() / 60) as i64;
    let step_min = match params.get("step").filter(|s| !s.is_empty()) {
        Some(s) => (parse_duration("step", s)?.as_secs() / 60) as i64,
        // About 360 points whatever the window.
        None => (window_min + 359) / 360,
    };
    if step_min > window_min {
        return Err(ParamError::new("step", "must not be longer than `window`").into());
    }
    if window_min / step_min > MAX_BUCKETS {
        return Err(ParamError::new(
            "step",
            format!("too small for this window: at most {MAX_BUCKETS} points"),
        )
        .into());
    }
    let group_by = GroupBy::parse(params.get("group_by").map_or("", String::as_str))?;
    // Buckets end at the end of the current minute.
    let to = minute_of(0) + 1;
    let from = to - window_min;
    let rows = rows_for(&state, from, to, filter_from(&params, access.projects())).await?;
    let mut ts = timeseries(&rows, metric, from, to, step_min, group_by);
    if matches!(metric, TimeseriesMetric::RequestsPerS) {
        // The window's rate over the time the window covers, as the summary counts it
        // (a glassbox started ten minutes ago has not been idle for the other fifty).
        let covered = rate_span(
            window,
            glassbox_metrics::now_unix_secs(),
            state.hub.started_unix_secs(),
            rows.iter().map(|r| r.minute).min(),
        );
        let full = ((to - from) * 60) as f64;
        for series in &mut ts.series {
            if let Some(v) = series.window.as_mut() {
                *v *= full / covered.as_secs_f64();
            }
        }
    }
    Ok(Json(ts).into_response())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use axum::body::Body;
    use axum::http::Request;
    use glassbox_core::time::now_unix_nanos;
    use glassbox_metrics::{CallObservation, MemoryRollupSource, MetricsConfig};
    use tower::ServiceExt;

    #[test]
    fn rates_use_the_window_unless_glassbox_started_inside_it() {
        let hour = Duration::from_secs(3600);
        let now = 1_000_000.0 * 60.0;
        let minute_ago = Some(999_999);
        // Running for a day, one flag a minute ago after a quiet hour: over the hour.
        assert_eq!(rate_span(hour, now, now - 86_400.0, minute_ago), hour);
        // Started five minutes ago: over those five minutes.
        assert_eq!(
            rate_span(hour, now, now - 300.0, minute_ago),
            Duration::from_secs(300)
        );
        // Started five minutes ago, but older rows (from before a restart) are stored.
        assert_eq!(
            rate_span(hour, now, now - 300.0, Some(1_000_000 - 40)),
            Duration::from_secs(2400)
        );
        // Nothing stored: the window (or since start).
        assert_eq!(rate_span(hour, now, now - 86_400.0, None), hour);
        assert_eq!(
            rate_span(hour, now, now - 1.0, None),
            Duration::from_secs(10)
        );
    }

    async fn get_json(router: &Router, uri: &str) -> (StatusCode, serde_json::Value, String) {
        let resp = router
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = resp.status();
        let ct = resp
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24)
            .await
            .unwrap();
        let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::String(
            String::from_utf8_lossy(&bytes).into(),
        ));
        (status, json, ct)
    }

    #[tokio::test]
    async fn merges_persisted_and_open_rows_without_double_counting() {
        let hub = Arc::new(MetricsHub::new(MetricsConfig::default()).unwrap());
        let source = Arc::new(MemoryRollupSource::new());
        let now = now_unix_nanos();
        // Two minutes ago: persisted. Now: open.
        for _ in 0..30 {
            hub.record_call(&CallObservation {
                end_unix_nano: now - 120_000_000_000,
                ..CallObservation::new("svc", "gpt", "chat", 100_000_000)
            });
        }
        source.extend(hub.take_closed_rollups(now));
        for _ in 0..10 {
            hub.record_call(&CallObservation::new("svc", "gpt", "chat", 200_000_000));
        }
        hub.record_call(&CallObservation::new("svc", "other-model", "chat", 1));
        let router = api_router(MetricsApiState {
            sessions: None,
            hub: hub.clone(),
            source: source.clone(),
        });
        let (status, body, _) =
            get_json(&router, "/api/metrics/summary?window=15m&model=gpt").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["requests"], 40);
        let (_, body, _) = get_json(
            &router,
            "/api/metrics/timeseries?metric=requests_per_s&window=15m&step=1m&group_by=model",
        )
        .await;
        assert_eq!(body["series"].as_array().unwrap().len(), 2, "{body}");
        let gpt = &body["series"][0];
        let total: f64 = gpt["points"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p["v"].as_f64())
            .sum();
        assert!((total * 60.0 - 40.0).abs() < 1e-6, "{body}");
        let (status, text, ct) = get_json(&router, "/metrics").await;
        assert_eq!(status, StatusCode::OK);
        assert!(ct.starts_with("application/openmetrics-text"));
        assert!(text.as_str().unwrap().contains("glassbox_requests_total"));
    }

    #[tokio::test]
    async fn a_caller_limited_to_projects_counts_only_theirs() {
        let hub = Arc::new(MetricsHub::new(MetricsConfig::default()).unwrap());
        let source = Arc::new(MemoryRollupSource::new());
        let now = now_unix_nanos();
        for (project, n, at) in [
            ("a", 3, now - 120_000_000_000),
            ("b", 5, now - 120_000_000_000),
        ] {
            for _ in 0..n {
                hub.record_call(&CallObservation {
                    project,
                    end_unix_nano: at,
                    ..CallObservation::new("svc", "gpt", "chat", 100_000_000)
                });
            }
        }
        source.extend(hub.take_closed_rollups(now));
        // Open minutes too.
        hub.record_call(&CallObservation {
            project: "a",
            ..CallObservation::new("svc", "gpt", "chat", 100_000_000)
        });
        let router = api_router(MetricsApiState {
            sessions: None,
            hub,
            source,
        });
        let as_caller = |projects: Option<&[&str]>| {
            let mut req = Request::get("/api/metrics/summary?window=15m")
                .body(Body::empty())
                .unwrap();
            if let Some(list) = projects {
                req.extensions_mut().insert(glassbox_core::ProjectAccess {
                    write: Arc::from(list[0]),
                    read: glassbox_core::ProjectScope::Only(
                        list.iter()
                            .map(|p| p.to_string())
                            .collect::<Vec<_>>()
                            .into(),
                    ),
                });
            }
            let router = router.clone();
            async move {
                let resp = router.oneshot(req).await.unwrap();
                let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24)
                    .await
                    .unwrap();
                serde_json::from_slice::<serde_json::Value>(&bytes).unwrap()
            }
        };
        assert_eq!(as_caller(Some(&["a"])).await["requests"], 4);
        assert_eq!(as_caller(Some(&["b"])).await["requests"], 5);
        assert_eq!(as_caller(Some(&["a", "b"])).await["requests"], 9);
        assert_eq!(as_caller(Some(&["c"])).await["requests"], 0);
        assert_eq!(as_caller(None).await["requests"], 9);
    }

    #[tokio::test]
    async fn bad_parameters_name_themselves() {
        let router = api_router(MetricsApiState {
            sessions: None,
            hub: Arc::new(MetricsHub::new(MetricsConfig::default()).unwrap()),
            source: Arc::new(MemoryRollupSource::new()),
        });
        for (uri, param) in [
            ("/api/metrics/summary?window=1w", "window"),
            ("/api/metrics/timeseries?window=1h", "metric"),
            ("/api/metrics/timeseries?metric=bogus", "metric"),
            (
                "/api/metrics/timeseries?metric=error_rate&step=2h&window=1h",
                "step",
            ),
            ("/api/metrics/timeseries?metric=error_rate&step=10s", "step"),
            (
                "/api/metrics/timeseries?metric=error_rate&group_by=user",
                "group_by",
            ),
        ] {
            let (status, body, _) = get_json(&router, uri).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
            assert_eq!(body["error"]["param"], param, "{uri}: {body}");
            assert!(body["error"]["message"].as_str().unwrap().contains(param));
        }
    }
}
