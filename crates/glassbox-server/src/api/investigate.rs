//! `GET /api/investigate/{id}`: one time-ordered timeline of everything linked to a
//! correlation id, trace id, user id or session id.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::Json;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::AppState;

/// Looks `id` up as given and, for user ids, as its pseudonym.
pub async fn investigate(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let id = id.trim().to_string();
    if id.is_empty() || id.len() > 256 {
        return Err(ApiError::bad_param(
            "id",
            "give a correlation id, trace id, user id or session id (1 to 256 characters)",
        ));
    }
    let limit = match q.get("limit") {
        None => 2000,
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=10_000).contains(n))
            .ok_or_else(|| {
                ApiError::bad_param("limit", format!("`{s}` is not a limit: use 1 to 10000"))
            })?,
    };
    let pseudonym = (state.pseudonymize)(&id);
    let found = super::query(&state, move |reader| {
        let mut inv = reader.investigate(&id, limit)?;
        if inv.timeline.is_empty() && pseudonym != id {
            let mut by_pseudonym = reader.investigate(&pseudonym, limit)?;
            if !by_pseudonym.timeline.is_empty() {
                by_pseudonym.id = id;
                inv = by_pseudonym;
            }
        }
        Ok(inv)
    })
    .await?;
    if found.timeline.is_empty() {
        return Err(ApiError::not_found(format!(
            "nothing is linked to `{}`: not a known correlation id, trace id, user id or session id",
            found.id
        )));
    }
    Ok(Json(json!(found)))
}
