//! `GET /api/topics?window=24h`: what users asked about, counted by keyed topic id (no
//! text), with a trend, error rate, thumbs-up ratio and k-anonymous keywords.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::Json;
use glassbox_core::time::now_unix_nanos;
use glassbox_store::TopicFilter;
use serde_json::{json, Value};

use super::params::{parse_duration_ns, parse_limit, SearchParams};
use crate::error::ApiError;
use crate::AppState;

/// `GET /api/topics?window=24h&buckets=24&model=&service=&k=&limit=50`.
pub async fn list(
    State(state): State<AppState>,
    access: super::Access,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let p = SearchParams(&q);
    p.only(&["window", "buckets", "model", "service", "k", "limit"])?;
    let window = p.text("window").unwrap_or_else(|| "24h".into());
    let window_ns = parse_duration_ns("window", &window)?;
    if window_ns == 0 {
        return Err(ApiError::bad_param(
            "window",
            "use a window longer than zero, e.g. `24h`",
        ));
    }
    let buckets = match p.text("buckets") {
        None => 24,
        Some(b) => match b.parse::<usize>() {
            Ok(n) if (1..=500).contains(&n) => n,
            _ => {
                return Err(ApiError::bad_param(
                    "buckets",
                    format!("`{b}` is not a number of trend points: use 1 to 500"),
                ))
            }
        },
    };
    // A caller may ask for more users per keyword than the policy, never fewer.
    let floor = state.topic_min_users.max(1);
    let min_users = match p.text("k") {
        None => floor,
        Some(k) => match k.parse::<u64>() {
            Ok(n) if n >= floor => n,
            _ => {
                return Err(ApiError::bad_param(
                    "k",
                    format!("`{k}` is not allowed: keywords need at least {floor} distinct users (redaction.topic_min_users)"),
                ))
            }
        },
    };
    let to_ns = now_unix_nanos();
    let filter = TopicFilter {
        projects: access.projects(),
        from_ns: to_ns.saturating_sub(window_ns),
        to_ns,
        buckets,
        min_users,
        model: p.text("model"),
        service: p.text("service"),
        limit: parse_limit(p.text("limit").as_deref())?,
    };
    let (from_ns, to_ns) = (filter.from_ns, filter.to_ns);
    let topics = super::query(&state, move |r| r.topics(&filter)).await?;
    Ok(Json(json!({
        "window": window,
        "from_unix_nano": from_ns,
        "to_unix_nano": to_ns,
        "buckets": buckets,
        "min_users": min_users,
        "topics": topics,
    })))
}
