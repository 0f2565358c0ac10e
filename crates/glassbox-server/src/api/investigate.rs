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
    access: super::Access,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    super::params::SearchParams(&q).only(&["limit"])?;
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
    let pseudonyms = (state.pseudonymize)(&id);
    let found = super::query(&state, move |reader| {
        let look = |id: &str| {
            reader.investigate(id, limit).map(|mut inv| {
                access.investigation(&mut inv);
                inv
            })
        };
        let mut inv = look(&id)?;
        if !inv.timeline.is_empty() {
            return Ok(inv);
        }
        // A short trace id (a unique prefix of 8+ hex digits, as the CLI and UI show them).
        if (8..32).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_hexdigit()) {
            if let [one] = reader.traces_with_prefix(&id, 2)?.as_slice() {
                return look(&one.to_hex());
            }
        }
        // A raw user id: its pseudonym under each redaction key (before and after a
        // rotation), merged into one timeline.
        for p in pseudonyms.iter().filter(|p| **p != id) {
            let by_pseudonym = look(p)?;
            if by_pseudonym.timeline.is_empty() {
                continue;
            }
            if inv.timeline.is_empty() {
                inv = by_pseudonym;
            } else {
                inv.timeline.extend(by_pseudonym.timeline);
                inv.traces.extend(by_pseudonym.traces);
                inv.truncated |= by_pseudonym.truncated;
                inv.timeline
                    .sort_by_key(glassbox_store::TimelineEntry::time);
            }
        }
        inv.id = id;
        Ok(inv)
    })
    .await?;
    if found.timeline.is_empty() {
        return Err(ApiError::not_found(format!(
            "nothing is linked to `{}`: not a known correlation id, trace id, user id or session id",
            found.id
        )));
    }
    let thread = thread(&found);
    let mut doc = json!(found);
    doc["thread"] = thread;
    Ok(Json(doc))
}

/// The hops of the thread seen for the id (spans and events counted per hop, in the
/// order a request crosses them) and a hint for each hop that is missing.
fn thread(inv: &glassbox_store::Investigation) -> Value {
    use glassbox_core::thread::{hop_of, hop_of_event, Hop};
    use glassbox_store::TimelineEntry;
    let mut counts = [0u64; Hop::ALL.len()];
    let slot = |h: Hop| Hop::ALL.iter().position(|x| *x == h).unwrap_or(0);
    for e in &inv.timeline {
        match e {
            TimelineEntry::Span { span, .. } => counts[slot(hop_of(span))] += 1,
            TimelineEntry::Event { event, .. } => {
                counts[slot(hop_of_event(&event.event.name))] += 1
            }
            TimelineEntry::Log { .. } => {}
        }
    }
    let hops: Vec<Value> = Hop::ALL
        .iter()
        .zip(counts)
        .map(|(h, n)| json!({ "hop": h, "count": n }))
        .collect();
    let missing: Vec<Value> = Hop::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n == 0)
        .map(|(h, _)| json!({ "hop": h, "hint": h.missing_hint() }))
        .collect();
    json!({ "hops": hops, "missing": missing })
}
