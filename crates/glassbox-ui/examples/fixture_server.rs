//! A stand-in glassbox for developing and browser-testing the UI: the real UI router plus
//! canned API answers from `tests/fixtures/` and generated metric series around "now".
//!
//! ```text
//! cargo run -p glassbox-ui --example fixture_server -- 127.0.0.1:4010
//! GLASSBOX_FIXTURE_TOKEN=secret …   # to make /api/* answer 401 without `Bearer secret`
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::{Path, Query, Request};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

type Q = Query<HashMap<String, String>>;

fn fixture(name: &str) -> Response {
    let ok = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.');
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    match std::fs::read(&path) {
        Ok(bytes) if ok => ([(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        _ => not_found(&format!("no fixture for {name}")),
    }
}

fn not_found(message: &str) -> Response {
    (
        StatusCode::NOT_FOUND,
        Json(json!({"error": {"message": message, "status": 404}})),
    )
        .into_response()
}

async fn traces(Query(q): Q) -> Response {
    if q.contains_key("cursor") {
        return Json(json!({"traces": [], "next_cursor": null})).into_response();
    }
    fixture(if q.contains_key("min_duration") {
        "traces_slow.json"
    } else {
        "traces.json"
    })
}

async fn logs(Query(q): Q) -> Response {
    if q.contains_key("cursor") {
        return Json(json!({"logs": [], "next_cursor": null})).into_response();
    }
    fixture("logs.json")
}

fn secs(s: &str) -> i64 {
    let (n, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: i64 = n.parse().unwrap_or(1);
    n * match unit {
        "s" => 1,
        "h" => 3600,
        "d" => 86_400,
        _ => 60,
    }
}

/// Smooth, plausible series: a daily wave, a faster ripple and a per-group offset.
async fn timeseries(Query(q): Q) -> Response {
    let metric = q.get("metric").cloned().unwrap_or_default();
    let window = secs(q.get("window").map_or("1h", String::as_str));
    let step = secs(q.get("step").map_or("1m", String::as_str)).max(60);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let to = (now / 60 + 1) * 60;
    let from = to - window;
    let by_model = q.get("group_by").is_some_and(|g| g == "model");
    let groups: Vec<&str> = match (by_model, metric.as_str()) {
        (true, "gpu_utilization") => vec!["GPU-0 H100", "GPU-1 H100"],
        (true, _) => vec!["gpt-4o", "gpt-4o-mini", "llama-3.1-8b"],
        (false, _) => vec!["all"],
    };
    let per_min = step as f64 / 60.0;
    let series: Vec<Value> = groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let k = 1.0 - gi as f64 * 0.3;
            let points: Vec<Value> = (0..window / step)
                .map(|i| {
                    let t = from + i * step;
                    let x = t as f64;
                    let wave = (x / 86_400.0 * std::f64::consts::TAU).sin() * 0.3
                        + (x / 1500.0 + gi as f64).sin() * 0.15;
                    let v = match metric.as_str() {
                        "latency_p50" => Some(800.0 * (1.0 + wave)),
                        "latency_p90" => Some(2400.0 * (1.0 + wave)),
                        "latency_p99" => Some(5200.0 * (1.0 + wave * 1.5)),
                        "ttft_p50" => Some(310.0 * (1.0 + wave)),
                        "ttft_p99" => Some(1300.0 * (1.0 + wave)),
                        "requests_per_s" => Some(2.4 * k * (1.0 + wave)),
                        "error_rate" => Some((0.012 * k * (1.0 + 2.0 * wave)).max(0.0)),
                        "input_tokens" => Some((160_000.0 * per_min * (1.0 + wave)).round()),
                        "output_tokens" => Some((20_000.0 * per_min * (1.0 + wave)).round()),
                        "cache_hit_rate" => Some(0.32 * k + wave * 0.1),
                        "safety_violations" => {
                            Some(((wave + 0.3) * 3.0 * per_min.sqrt()).max(0.0).round())
                        }
                        "thumbs_up_ratio" => (i % 9 != 4).then_some(0.86 + wave * 0.1),
                        "conversions" => Some(((1.2 + wave) * 2.0 * per_min).round()),
                        "gpu_utilization" => Some((0.72 + wave * 0.6 * k).clamp(0.0, 1.0)),
                        _ => None,
                    };
                    json!({"t": t, "v": v})
                })
                .collect();
            json!({"group": g, "points": points})
        })
        .collect();
    Json(json!({"metric": metric, "from": from, "to": to, "step_seconds": step, "series": series}))
        .into_response()
}

async fn require_token(req: Request, next: Next) -> Response {
    if let Ok(token) = std::env::var("GLASSBOX_FIXTURE_TOKEN") {
        let ok = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            == Some(&format!("Bearer {token}"));
        if req.uri().path().starts_with("/api/") && !ok {
            return (StatusCode::UNAUTHORIZED, Json(json!({"error": {"message": "a token with the read scope is required", "status": 401}})))
                .into_response();
        }
    }
    next.run(req).await
}

#[tokio::main]
async fn main() {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:4010".into());
    let api = Router::new()
        .route("/api/traces", get(traces))
        .route("/api/traces/{id}", get(|Path(id): Path<String>| async move { fixture(&format!("trace_{id}.json")) }))
        .route(
            "/api/investigate/{id}",
            get(|Path(id): Path<String>| async move {
                let r = fixture(&format!("investigate_{id}.json"));
                if r.status() == StatusCode::NOT_FOUND {
                    return not_found(&format!(
                        "nothing is linked to `{id}`: not a known correlation id, trace id, user id or session id"
                    ));
                }
                r
            }),
        )
        .route("/api/logs", get(logs))
        .route("/api/metrics/summary", get(|| async { fixture("summary.json") }))
        .route("/api/metrics/timeseries", get(timeseries))
        .route("/api/privacy", get(|| async { fixture("privacy.json") }))
        .route("/api/blobs/{hex}", get(|Path(hex): Path<String>| async move { fixture(&format!("blob_{hex}.json")) }));
    let app = api
        .merge(glassbox_ui::router())
        .layer(middleware::from_fn(require_token));
    let listener = tokio::net::TcpListener::bind(&addr).await.expect("bind");
    println!("glassbox UI fixture server on http://{addr}");
    axum::serve(listener, app).await.expect("serve");
}
