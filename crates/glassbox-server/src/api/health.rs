//! `/healthz` (the process is up) and `/readyz` (the store is writable now and the ingest
//! queue has room).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

use crate::AppState;

/// Liveness.
pub async fn healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

/// Readiness: 503 unless the store can be written now (a real write, at most every 2 s)
/// and the ingest queue has room.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let store = state.probe.check().await;
    let queue_ok = state.pipeline.has_room();
    let ready = store.is_ok() && queue_ok;
    let mut body = json!({
        "status": if ready { "ready" } else { "not_ready" },
        "store_writable": store.is_ok(),
        "ingest_queue_depth": state.pipeline.ingest_depth(),
        "ingest_queue_has_room": queue_ok,
        "last_write_ok": state.pipeline.last_write_ok(),
    });
    if let Err(e) = store {
        body["store_error"] = json!(e);
    }
    (
        if ready {
            StatusCode::OK
        } else {
            StatusCode::SERVICE_UNAVAILABLE
        },
        Json(body),
    )
}
