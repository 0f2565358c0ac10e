//! `GET /api/sessions` (conversations: the traces sharing a session id, with their users,
//! errors, cost and feedback) and `GET /api/sessions/{id}` (one session's turns and events).

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::Json;
use glassbox_store::SessionFilter;
use serde_json::{json, Value};

use super::params::SearchParams;
use crate::error::ApiError;
use crate::AppState;

/// `GET /api/sessions?service=&user_id=&since=&from=&to=&limit=&cursor=`: sessions most
/// recently active first, over their turns in the window.
pub async fn list(
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let p = SearchParams(&q);
    p.only(&[
        "service", "user_id", "since", "from", "to", "limit", "cursor",
    ])?;
    let mut filter = SessionFilter {
        service: p.text("service"),
        user_ids: p
            .text("user_id")
            .map(|u| (state.pseudonymize)(&u))
            .unwrap_or_default(),
        limit: p.limit()?,
        cursor: p.text("cursor"),
        ..Default::default()
    };
    (filter.from_ns, filter.to_ns) = p.time_range()?;
    let page = super::query(&state, move |r| r.search_sessions(&filter)).await?;
    Ok(Json(json!(page)))
}

/// `GET /api/sessions/{id}`: the session over all its stored turns, the turns oldest
/// first, and the feedback and business events given on it or on its turns.
pub async fn get_one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let key = id.clone();
    match super::query(&state, move |r| r.get_session(&key)).await? {
        Some(detail) => Ok(Json(json!(detail))),
        None => Err(ApiError::not_found(format!(
            "no stored trace carries session id `{id}`"
        ))),
    }
}
