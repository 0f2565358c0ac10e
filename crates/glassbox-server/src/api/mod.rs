//! The JSON query and events API under `/api/`, and analytics events in Segment's format
//! under `/ingest/segment/`. Handlers are thin: parse and validate, call the store or the
//! pipeline, shape the answer.

pub mod compare;
pub mod events;
pub mod export;
pub mod health;
pub mod investigate;
pub mod logs;
pub mod metrics;
pub mod params;
pub mod privacy;
pub mod segment;
pub mod sessions;
pub mod topics;
pub mod traces;

use axum::routing::{get, post};
use axum::Router;

use crate::error::ApiError;
use crate::AppState;

/// The caller's projects, as the auth layer decided them (every project when no auth layer
/// ran, as in tests of a handler alone).
#[derive(Debug, Clone, Default)]
pub struct Access(pub glassbox_core::ProjectAccess);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Access {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Access(
            parts
                .extensions
                .get::<glassbox_core::ProjectAccess>()
                .cloned()
                .unwrap_or_default(),
        ))
    }
}

impl Access {
    /// The projects a query must be limited to; `None`: every project.
    pub fn projects(&self) -> Option<Vec<String>> {
        self.0.read.list().map(<[String]>::to_vec)
    }

    /// True when records of `project` may be read.
    pub fn allows(&self, project: &str) -> bool {
        self.0.read.allows(project)
    }

    /// Where this request's records are written.
    pub fn write(&self) -> std::sync::Arc<str> {
        self.0.write.clone()
    }

    /// The spans of `spans` this caller may read (a trace id shared by two projects
    /// shows each only its own spans).
    pub fn spans(&self, mut spans: Vec<glassbox_core::Span>) -> Vec<glassbox_core::Span> {
        if self.0.read != glassbox_core::ProjectScope::All {
            spans.retain(|s| self.allows(glassbox_core::project::of(&s.resource)));
        }
        spans
    }

    /// `inv` limited to what this caller may read: its traces, spans, logs and events.
    pub fn investigation(&self, inv: &mut glassbox_store::Investigation) {
        use glassbox_core::project::of;
        use glassbox_store::TimelineEntry;
        if self.0.read == glassbox_core::ProjectScope::All {
            return;
        }
        inv.traces.retain(|t| self.allows(&t.project));
        inv.timeline.retain(|e| match e {
            TimelineEntry::Span { span, .. } => self.allows(of(&span.resource)),
            TimelineEntry::Log { log, .. } => self.allows(of(&log.record.resource)),
            TimelineEntry::Event { event, .. } => self.allows(of(&event.event.properties)),
        });
        if inv.timeline.is_empty() {
            inv.matched_as.clear();
            inv.truncated = false;
        }
    }
}

/// `GET /api/projects`: the projects this caller may read (for the UI's switcher) and the
/// one its records go to.
pub async fn projects(
    axum::extract::State(state): axum::extract::State<AppState>,
    access: Access,
) -> axum::Json<serde_json::Value> {
    let readable: Vec<String> = match access.0.read.list() {
        Some(list) => list.to_vec(),
        None => {
            let mut all = vec![glassbox_core::project::DEFAULT_PROJECT.to_string()];
            all.extend(
                state
                    .projects
                    .iter()
                    .filter(|p| *p != glassbox_core::project::DEFAULT_PROJECT)
                    .cloned(),
            );
            all
        }
    };
    axum::Json(serde_json::json!({
        "projects": readable,
        "all": access.0.read == glassbox_core::ProjectScope::All,
        "write": &*access.0.write,
    }))
}

/// Runs a store query on the blocking pool (store calls block on SQLite I/O).
pub(crate) async fn query<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&dyn glassbox_store::ReadStore) -> Result<T, glassbox_store::StoreError>
        + Send
        + 'static,
) -> Result<T, ApiError> {
    query_with(&state.reader, f).await
}

/// [`query`] on a given reader.
pub(crate) async fn query_with<T: Send + 'static>(
    reader: &std::sync::Arc<dyn glassbox_store::ReadStore>,
    f: impl FnOnce(&dyn glassbox_store::ReadStore) -> Result<T, glassbox_store::StoreError>
        + Send
        + 'static,
) -> Result<T, ApiError> {
    let reader = reader.clone();
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
        .route("/api/projects", get(projects))
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
