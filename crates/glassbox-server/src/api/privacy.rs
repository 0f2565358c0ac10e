//! `GET /api/privacy` (the redaction policy in force and what it redacted),
//! `GET /api/blobs/{sha256}` (an offloaded body, already redacted) and
//! `DELETE /api/subjects/{user_id}` (the right to erasure).

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use glassbox_redact::Redactor;
use glassbox_store::{BlobStore, Eraser, ReadStore};
use serde_json::{json, Value};

use super::Access;
use crate::error::ApiError;

/// What these routes need.
#[derive(Clone)]
pub struct PrivacyState {
    /// The redactor: pseudonyms for erasure, counters and the key id for the report.
    pub redactor: Arc<Redactor>,
    /// Where offloaded bodies are.
    pub blobs: BlobStore,
    /// The policy shown (deny-list terms counted, never listed).
    pub policy: Value,
    /// Removes a data subject's records.
    pub eraser: Arc<dyn Eraser>,
    /// Reads the trace a project-bound caller names for a body.
    pub reader: Arc<dyn ReadStore>,
}

/// The routes, with their state.
pub fn router(state: PrivacyState) -> Router {
    Router::new()
        .route("/api/blobs/{sha256}", get(get_blob))
        .route("/api/privacy", get(privacy))
        .route(
            "/api/subjects/{user_id}",
            axum::routing::delete(erase_subject),
        )
        .with_state(state)
}

/// `DELETE /api/subjects/{user_id}` (admin): the right to erasure. Looks the raw user id
/// up under its pseudonym for every redaction key (and as written, for ids kept raw),
/// removes every trace, span, log and event of that user and the payload blobs they
/// pointed at, and reports what it removed. The raw id is never logged or stored.
async fn erase_subject(
    State(s): State<PrivacyState>,
    Path(user_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let user_id = user_id.trim().to_string();
    if user_id.is_empty() || user_id.len() > 256 {
        return Err(ApiError::bad_param(
            "user_id",
            "user_id: give the user id as your application sends it (1 to 256 characters)",
        ));
    }
    let mut ids = s.redactor.pseudonyms(&user_id);
    let pseudonym = ids.first().cloned().unwrap_or_default();
    ids.push(user_id);
    let eraser = s.eraser.clone();
    let report = tokio::task::spawn_blocking(move || eraser.erase_users(&ids))
        .await
        .map_err(|e| {
            ApiError::status(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("erasure did not finish: {e}"),
            )
        })?
        .map_err(|e| {
            ApiError::status(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("erasure failed, nothing was removed: {e}"),
            )
        })?;
    let mut blobs_removed = 0u64;
    let mut blob_errors = Vec::new();
    for b in &report.blobs {
        match s.blobs.delete(b).await {
            Ok(true) => blobs_removed += 1,
            Ok(false) => {}
            Err(e) => blob_errors.push(format!("{b}: {e}")),
        }
    }
    tracing::info!(
        subject = %pseudonym,
        traces = report.traces,
        spans = report.spans,
        logs = report.logs,
        events = report.events,
        blobs = blobs_removed,
        "erased a data subject"
    );
    if !blob_errors.is_empty() {
        return Err(ApiError::status(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!(
                "the subject's {} traces, {} logs and {} events were removed, but {} payload blobs could not be deleted (retention removes them later; retry to see): {}",
                report.traces, report.logs, report.events, blob_errors.len(), blob_errors.join("; ")
            ),
        ));
    }
    Ok(Json(json!({
        "subject": pseudonym,
        "removed": {
            "traces": report.traces,
            "spans": report.spans,
            "logs": report.logs,
            "events": report.events,
            "blobs": blobs_removed,
        },
        "blob_errors": blob_errors,
        "scope": "everything stored when the request ran; calls arriving later are stored as usual, and bodies held in memory for late signals expire within payload.late_signal_window",
    })))
}

/// `GET /api/blobs/{sha256}?trace_id=`: an offloaded body. A caller limited to projects
/// names the trace it belongs to, and gets it only when one of that trace's spans in its
/// projects points at it (bodies are stored by content, for every project at once).
async fn get_blob(
    State(s): State<PrivacyState>,
    access: Access,
    Path(sha): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    super::params::SearchParams(&q).only(&["trace_id"])?;
    let not_found = || ApiError::not_found(format!("no payload blob {sha} is stored"));
    if let Some(projects) = access.projects() {
        let Some(trace) = q.get("trace_id") else {
            return Err(ApiError::status(
                StatusCode::FORBIDDEN,
                "this token is limited by project: name the trace the body belongs to with `?trace_id=`",
            ));
        };
        let trace_id = super::traces::parse_trace_id(trace)?;
        let spans = super::query_with(&s.reader, move |r| r.get_trace(trace_id)).await?;
        let want = format!(
            "{}{}",
            glassbox_store::BLOB_SCHEME,
            sha.to_ascii_lowercase()
        );
        let points_at = spans.iter().any(|sp| {
            projects
                .iter()
                .any(|p| p == glassbox_core::project::of(&sp.resource))
                && sp.attributes.get(glassbox_store::PAYLOAD_ATTR)
                    == Some(&glassbox_core::AttrValue::Str(want.clone()))
        });
        if !points_at {
            return Err(not_found());
        }
    }
    match s.blobs.get(&sha).await {
        Ok(Some(body)) => Ok(([("content-type", "application/json")], body).into_response()),
        Ok(None) => Err(not_found()),
        Err(glassbox_store::StoreError::InvalidQuery(m)) => Err(ApiError::bad_param("sha256", m)),
        Err(e) => Err(ApiError::status(
            StatusCode::INTERNAL_SERVER_ERROR,
            e.to_string(),
        )),
    }
}

/// `GET /api/privacy`: the policy in force, and the redaction counters. The counters are
/// this node's for every project, so a caller limited to projects gets the policy only.
async fn privacy(State(s): State<PrivacyState>, access: Access) -> Json<Value> {
    if access.projects().is_some() {
        return Json(json!({
            "policy": s.policy,
            "counters": [],
            "counters_hidden": "redaction counters count every project's records: they are shown to tokens bound to no project",
            "key_id": s.redactor.key_id(),
        }));
    }
    let counters: Vec<Value> = s
        .redactor
        .counters()
        .entries
        .iter()
        .map(|e| json!({"entity": e.kind.key(), "placeholder": e.kind.label(), "source": e.source.label(), "count": e.count}))
        .collect();
    Json(json!({ "policy": s.policy, "counters": counters, "key_id": s.redactor.key_id() }))
}
