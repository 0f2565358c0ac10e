//! `POST /api/feedback` and `POST /api/events`: feedback and business events, one object or
//! an array of them; `GET /api/events` lists them. A batch is validated whole: one bad item refuses the batch with a 400
//! naming the item and field, and nothing of it is stored.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use glassbox_core::time::now_unix_nanos;
use glassbox_core::{AttrValue, Attributes, Event, TraceId};
use glassbox_pipeline::{Records, Source, SubmitError};
use glassbox_store::EventFilter;
use serde_json::{json, Map, Value};

use super::params::{parse_time_ns, SearchParams};
use crate::error::ApiError;
use crate::AppState;

/// Most items in one request.
pub const MAX_BATCH: usize = 1000;

/// A validation failure naming the item and field.
struct Invalid {
    field: String,
    message: String,
}

fn invalid(field: impl Into<String>, message: impl Into<String>) -> Invalid {
    Invalid {
        field: field.into(),
        message: message.into(),
    }
}

fn items(body: Value) -> Result<Vec<Map<String, Value>>, ApiError> {
    let list = match body {
        Value::Array(a) => a,
        other => vec![other],
    };
    if list.is_empty() {
        return Err(ApiError::bad_param(
            "body",
            "the batch is empty: send an object or a non-empty array",
        ));
    }
    if list.len() > MAX_BATCH {
        return Err(ApiError::bad_param(
            "body",
            format!("{} items in one request; at most {MAX_BATCH}", list.len()),
        ));
    }
    list.into_iter()
        .enumerate()
        .map(|(i, v)| match v {
            Value::Object(m) => Ok(m),
            _ => Err(ApiError::bad_param(
                "body",
                format!("item {i} must be a JSON object"),
            )),
        })
        .collect()
}

fn opt_string(m: &Map<String, Value>, key: &str) -> Result<Option<String>, Invalid> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) if s.chars().count() > 256 && key != "comment" => {
            Err(invalid(key, "must be at most 256 characters"))
        }
        Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
        Some(Value::Number(n)) if key != "comment" => Ok(Some(n.to_string())),
        Some(_) => Err(invalid(key, "must be a string")),
    }
}

fn common(m: &Map<String, Value>, name: String) -> Result<Event, Invalid> {
    let trace_id = opt_string(m, "trace_id")?
        .map(|t| {
            TraceId::from_hex(&t)
                .map_err(|e| invalid("trace_id", format!("`{t}` is not a trace id: {e}")))
        })
        .transpose()?;
    let correlation = opt_string(m, "correlation_id")?;
    let session_id = opt_string(m, "session_id")?;
    let correlation_id = correlation
        .or_else(|| trace_id.map(|t| t.to_hex()))
        .or_else(|| session_id.clone())
        .ok_or_else(|| {
            invalid(
                "correlation_id",
                "give correlation_id, trace_id or session_id, so the event can be linked",
            )
        })?;
    let time_unix_nano = match m.get("timestamp") {
        None | Some(Value::Null) => now_unix_nanos(),
        // `1733400000.0` is as good as `1733400000`; fractions and negatives are not.
        Some(Value::Number(n)) => parse_time_ns("timestamp", &integral(n)).map_err(|_| {
            invalid(
                "timestamp",
                "must be Unix seconds, milliseconds or nanoseconds",
            )
        })?,
        Some(_) => {
            return Err(invalid(
                "timestamp",
                "must be a number (Unix seconds, milliseconds or nanoseconds)",
            ))
        }
    };
    let mut properties = Attributes::new();
    match m.get("properties") {
        None | Some(Value::Null) => {}
        Some(Value::Object(p)) => {
            for (k, v) in p {
                properties.insert(k.clone(), json_to_attr(v));
            }
        }
        Some(_) => return Err(invalid("properties", "must be an object")),
    }
    Ok(Event {
        time_unix_nano,
        name,
        correlation_id,
        trace_id,
        session_id,
        user_id: opt_string(m, "user_id")?,
        value: None,
        comment: opt_string(m, "comment")?,
        properties,
    })
}

/// A JSON number as an integer's digits when it is one (`12.0` → `12`), else as written.
fn integral(n: &serde_json::Number) -> String {
    match (n.as_u64(), n.as_f64()) {
        (Some(u), _) => u.to_string(),
        (None, Some(f)) if f.fract() == 0.0 && (0.0..18_446_744_073_709_551_616.0).contains(&f) => {
            format!("{f:.0}")
        }
        _ => n.to_string(),
    }
}

pub(crate) fn json_to_attr(v: &Value) -> AttrValue {
    match v {
        Value::Null => AttrValue::Str(String::new()),
        Value::Bool(b) => AttrValue::Bool(*b),
        Value::Number(n) => n
            .as_i64()
            .map(AttrValue::Int)
            .unwrap_or_else(|| AttrValue::Double(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => AttrValue::Str(s.clone()),
        Value::Array(a) => AttrValue::Array(a.iter().map(json_to_attr).collect()),
        Value::Object(o) => AttrValue::Map(
            o.iter()
                .map(|(k, v)| (k.clone(), json_to_attr(v)))
                .collect(),
        ),
    }
}

fn feedback_event(m: &Map<String, Value>) -> Result<Event, Invalid> {
    let mut e = common(m, "feedback".into())?;
    let (value, kind) = match m.get("value") {
        Some(Value::String(s)) => match s.to_ascii_lowercase().as_str() {
            "up" | "thumbs_up" | "positive" | "+1" => (1.0, "thumbs"),
            "down" | "thumbs_down" | "negative" | "-1" => (0.0, "thumbs"),
            _ => {
                return Err(invalid(
                    "value",
                    format!("`{s}` is not feedback: use \"up\", \"down\" or a number"),
                ))
            }
        },
        Some(Value::Bool(b)) => (if *b { 1.0 } else { 0.0 }, "thumbs"),
        Some(Value::Number(n)) => match n.as_f64() {
            Some(f) if f.is_finite() => (f, "score"),
            _ => return Err(invalid("value", "must be a finite number")),
        },
        None | Some(Value::Null) => {
            return Err(invalid(
                "value",
                "is required: \"up\", \"down\" or a number",
            ))
        }
        Some(_) => return Err(invalid("value", "must be \"up\", \"down\" or a number")),
    };
    e.value = Some(value);
    e.properties
        .insert("feedback.type".into(), AttrValue::Str(kind.into()));
    Ok(e)
}

fn business_event(m: &Map<String, Value>) -> Result<Event, Invalid> {
    let name = match m.get("name") {
        Some(Value::String(s)) if !s.trim().is_empty() && s.chars().count() <= 128 => {
            s.trim().to_string()
        }
        Some(Value::String(_)) => return Err(invalid("name", "must be 1 to 128 characters")),
        None | Some(Value::Null) => {
            return Err(invalid(
                "name",
                "is required (e.g. \"conversion\", \"session_end\")",
            ))
        }
        Some(_) => return Err(invalid("name", "must be a string")),
    };
    let mut e = common(m, name)?;
    e.value = match m.get("value") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => n.as_f64(),
        Some(_) => return Err(invalid("value", "must be a number")),
    };
    Ok(e)
}

async fn accept(
    state: AppState,
    access: super::Access,
    body: Value,
    build: fn(&Map<String, Value>) -> Result<Event, Invalid>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let list = items(body)?;
    let batch = list.len() > 1;
    let mut events = Vec::with_capacity(list.len());
    for (i, m) in list.iter().enumerate() {
        let e = build(m).map_err(|inv| {
            let field = if batch {
                format!("[{i}].{}", inv.field)
            } else {
                inv.field.clone()
            };
            ApiError::bad_param_owned(
                field,
                format!(
                    "{}: {}",
                    if batch {
                        format!("item {i}, {}", inv.field)
                    } else {
                        inv.field
                    },
                    inv.message
                ),
            )
        })?;
        events.push(e);
    }
    let n = events.len();
    let correlation_ids: Vec<String> = events.iter().map(|e| e.correlation_id.clone()).collect();
    submit(&state, events, access.write()).await?;
    Ok((
        StatusCode::OK,
        Json(json!({ "accepted": n, "correlation_ids": correlation_ids })),
    ))
}

/// Hands events to the pipeline and waits for their commit.
pub(crate) async fn submit(
    state: &AppState,
    events: Vec<Event>,
    project: std::sync::Arc<str>,
) -> Result<(), ApiError> {
    match state
        .pipeline
        .submit_and_wait(
            Source::Events,
            Records {
                events,
                project: Some(project),
                ..Default::default()
            },
        )
        .await
    {
        Ok(()) => Ok(()),
        Err(SubmitError::Full { retry_after_secs }) => Err(ApiError::status(
            StatusCode::TOO_MANY_REQUESTS,
            format!("glassbox is at capacity; retry in {retry_after_secs}s"),
        )),
        Err(e) => Err(ApiError::status(
            StatusCode::SERVICE_UNAVAILABLE,
            e.to_string(),
        )),
    }
}

/// `POST /api/feedback`: `{trace_id | correlation_id, value: "up"|"down"|number, comment?}`.
pub async fn feedback(
    State(state): State<AppState>,
    access: super::Access,
    body: Result<Json<Value>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let Json(body) = body.map_err(|e| {
        ApiError::bad_param("body", format!("the body must be JSON: {}", e.body_text()))
    })?;
    accept(state, access, body, feedback_event).await
}

/// `POST /api/events`: `{name, correlation_id | session_id | trace_id, properties?, value?}`.
pub async fn events(
    State(state): State<AppState>,
    access: super::Access,
    body: Result<Json<Value>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let Json(body) = body.map_err(|e| {
        ApiError::bad_param("body", format!("the body must be JSON: {}", e.body_text()))
    })?;
    accept(state, access, body, business_event).await
}

/// The filters of the events list (`/api/events`, `/api/export/events`).
pub(crate) const FILTER_PARAMS: &[&str] = &[
    "name",
    "correlation_id",
    "trace_id",
    "user_id",
    "session_id",
    "since",
    "from",
    "to",
];

/// An [`EventFilter`] from the events list's filter parameters.
pub(crate) fn filter(state: &AppState, p: &SearchParams<'_>) -> Result<EventFilter, ApiError> {
    let mut f = EventFilter {
        name: p.text("name"),
        correlation_id: p.text("correlation_id"),
        session_id: p.text("session_id"),
        user_ids: p
            .text("user_id")
            .map(|u| (state.pseudonymize)(&u))
            .unwrap_or_default(),
        ..Default::default()
    };
    if let Some(t) = p.text("trace_id") {
        f.trace_id = Some(super::traces::parse_trace_id(&t)?);
    }
    (f.from_ns, f.to_ns) = p.time_range()?;
    Ok(f)
}

/// `GET /api/events?name=&correlation_id=&trace_id=&user_id=&session_id=&since=&from=&to=&limit=&cursor=`.
pub async fn list(
    State(state): State<AppState>,
    access: super::Access,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let p = SearchParams(&q);
    p.only(&[FILTER_PARAMS, &["limit", "cursor"]].concat())?;
    let mut filter = filter(&state, &p)?;
    filter.projects = access.projects();
    filter.limit = p.limit()?;
    filter.cursor = p.text("cursor");
    let page = super::query(&state, move |r| r.search_events(&filter)).await?;
    Ok(Json(json!(page)))
}
