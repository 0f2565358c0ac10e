//! The JSON query and events API under `/api/`, and analytics events in Segment's format
//! under `/ingest/segment/`. Handlers are thin: parse and validate, call the store or the
//! pipeline, shape the answer.

pub mod compare;
pub mod events;
pub mod export;
pub mod health;
pub mod investigate;
pub mod logs;
pub mod params;
pub mod segment;
pub mod sessions;
pub mod topics;
pub mod traces;

use axum::routing::{get, post};
use axum::Router;

use crate::error::ApiError;
use crate::AppState;

/// Runs a store query on the blocking pool (store calls block on SQLite I/O).
pub(crate) async fn query<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&dyn glassbox_store::ReadStore) -> Result<T, glassbox_store::StoreError>
        + Send
        + 'static,
) -> Result<T, ApiError> {
    let reader = state.reader.clone();
    tokio::task::spawn_blocking(move || f(&*reader))
        .await
        .map_err(|e| {
            ApiError::status(axum::http::StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
        })?
        .map_err(ApiError::from)
}

/// The OpenAPI document describing this API.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");

/// Routes of the query, events and health API.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route(
            "/api/openapi.json",
            get(|| async { ([("content-type", "application/json")], OPENAPI_JSON) }),
        )
        .route("/api/traces", get(traces::list))
        .route("/api/traces/{trace_id}", get(traces::get_one))
        .route("/api/compare", get(compare::compare_traces))
        .route("/api/investigate/{id}", get(investigate::investigate))
        .route("/api/logs", get(logs::search))
        .route("/api/sessions", get(sessions::list))
        .route("/api/sessions/{session_id}", get(sessions::get_one))
        .route("/api/topics", get(topics::list))
        .route("/api/export/traces", get(export::traces))
        .route("/api/export/logs", get(export::logs))
        .route("/api/export/events", get(export::events))
        .route("/ingest/segment/v1/{kind}", post(segment::ingest))
        .route("/api/feedback", post(events::feedback))
        .route("/api/events", post(events::events).get(events::list))
        .with_state(state)
}
