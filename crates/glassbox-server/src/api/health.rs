//! `/healthz` (the process is up) and `/readyz` (the store is writable and queues have room).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

use crate::AppState;

/// Liveness.
pub async fn healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

/// Readiness: 503 while queues are nearly full or the last store write failed.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let ready = state.pipeline.is_ready();
    let body = json!({
        "status": if ready { "ready" } else { "not_ready" },
        "ingest_queue_depth": state.pipeline.ingest_depth(),
    });
    (
        if ready {
            StatusCode::OK
        } else {
            StatusCode::SERVICE_UNAVAILABLE
        },
        Json(body),
    )
}
