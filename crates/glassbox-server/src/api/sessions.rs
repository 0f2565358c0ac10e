//! `GET /api/sessions` (conversations: the traces sharing a session id, with their users,
//! errors, cost and feedback) and `GET /api/sessions/{id}` (one session's turns and events).

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::Json;
use glassbox_store::{SessionDetail, SessionFilter};
use serde_json::{json, Value};

use super::params::SearchParams;
use crate::error::ApiError;
use crate::AppState;

/// `GET /api/sessions?service=&user_id=&since=&from=&to=&limit=&cursor=`: sessions most
/// recently active first, over their turns in the window.
pub async fn list(
    State(state): State<AppState>,
    access: super::Access,
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
        projects: access.projects(),
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
    access: super::Access,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let key = id.clone();
    let found = super::query(&state, move |r| r.get_session(&key))
        .await?
        .and_then(|d| visible(&access, d));
    match found {
        Some(detail) => Ok(Json(json!(detail))),
        None => Err(ApiError::not_found(format!(
            "no stored trace carries session id `{id}`"
        ))),
    }
}

/// `detail` limited to the caller's projects (a session id two projects both used shows
/// each only its own turns, counted again from them); `None` when none is left.
fn visible(access: &super::Access, mut detail: SessionDetail) -> Option<SessionDetail> {
    let before = detail.turns.len();
    detail.turns.retain(|t| access.allows(&t.project));
    detail
        .events
        .retain(|e| access.allows(glassbox_core::project::of(&e.event.properties)));
    if detail.turns.is_empty() {
        return None;
    }
    if detail.turns.len() != before {
        let s = &mut detail.session;
        let turns = &detail.turns;
        s.turns = turns.len() as u64;
        s.start_time_unix_nano = turns
            .iter()
            .map(|t| t.start_time_unix_nano)
            .min()
            .unwrap_or(0);
        s.end_time_unix_nano = turns
            .iter()
            .map(|t| t.start_time_unix_nano + t.duration_ns)
            .max()
            .unwrap_or(0);
        s.duration_ns = s.end_time_unix_nano.saturating_sub(s.start_time_unix_nano);
        let mut users: Vec<String> = turns.iter().filter_map(|t| t.user_id.clone()).collect();
        users.sort();
        users.dedup();
        s.users = users.len() as u64;
        s.user_ids.retain(|u| users.contains(u));
        let mut services: Vec<String> = turns.iter().map(|t| t.service.clone()).collect();
        services.sort();
        services.dedup();
        s.services = services;
        s.error_turns = turns.iter().filter(|t| t.error).count() as u64;
        s.flagged_turns = turns.iter().filter(|t| !t.answer_flags.is_empty()).count() as u64;
        s.input_tokens = turns.iter().map(|t| t.input_tokens).sum();
        s.output_tokens = turns.iter().map(|t| t.output_tokens).sum();
        s.cost_usd = turns.iter().map(|t| t.cost_usd).sum();
        s.feedback_up = turns.iter().map(|t| t.feedback_up).sum();
        s.feedback_down = turns.iter().map(|t| t.feedback_down).sum();
    }
    Some(detail)
}
