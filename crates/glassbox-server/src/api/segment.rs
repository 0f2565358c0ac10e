//! `POST /ingest/segment/v1/{track,identify,page,screen,group,alias,batch}`: the analytics
//! events a team already sends in Segment's HTTP Tracking API format (from a webhook
//! destination, RudderStack, or a browser library), as glassbox events tied to the
//! correlation id. The write key is a glassbox token with the `ingest` scope, sent as
//! HTTP Basic user name (`Basic base64(<key>:)`), as Segment's libraries do.
//!
//! ```text
//!   message ─> name (track: its event; page: page_view; screen: screen_view;
//!              identify / group / alias) ─> Event { properties or traits, user, session,
//!              correlation id: properties.correlation_id | context.traceparent | messageId }
//! ```
//!
//! Traits and properties are redacted like every event property. `Order Completed` (the
//! e-commerce spec's purchase) is counted as a `conversion` with its revenue as value.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use glassbox_core::time::now_unix_nanos;
use glassbox_core::{AttrValue, Attributes, Event, TraceId};
use serde_json::{json, Map, Value};

use super::events::{json_to_attr, submit};
use crate::error::ApiError;
use crate::AppState;

/// Message types of the tracking API.
const TYPES: [&str; 6] = ["track", "identify", "page", "screen", "group", "alias"];

/// Event names counted as conversions (stored as `conversion`, the original name kept
/// in `segment.event`).
const CONVERSIONS: [&str; 2] = ["Order Completed", "conversion"];

/// Most messages in one batch (Segment allows 500 KB; messages are small).
const MAX_BATCH: usize = 2500;

fn bad(field: &str, message: impl Into<String>) -> ApiError {
    ApiError::bad_param_owned(field.to_string(), format!("{field}: {}", message.into()))
}

fn text<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn id_text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The trace id of a W3C `traceparent` (`00-<trace>-<span>-<flags>`).
fn traceparent_trace(tp: &str) -> Option<TraceId> {
    let mut parts = tp.trim().split('-');
    let (_version, trace) = (parts.next()?, parts.next()?);
    TraceId::from_hex(trace).ok()
}

/// One tracking-API message as an event; `at` names it in errors (`batch[3]`).
fn message_event(kind: &str, m: &Map<String, Value>, at: &str) -> Result<Event, ApiError> {
    let field = |f: &str| {
        if at.is_empty() {
            f.to_string()
        } else {
            format!("{at}.{f}")
        }
    };
    let context = m.get("context").and_then(Value::as_object);
    let props_key = if matches!(kind, "identify" | "group") {
        "traits"
    } else {
        "properties"
    };
    let props = match m.get(props_key) {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(p)) => p.clone(),
        Some(_) => return Err(bad(&field(props_key), "must be an object")),
    };
    let mut name = match kind {
        "track" => text(m, "event")
            .ok_or_else(|| bad(&field("event"), "a track call needs the event's name"))?
            .to_string(),
        "page" => "page_view".to_string(),
        "screen" => "screen_view".to_string(),
        other => other.to_string(),
    };
    let user_id = id_text(m.get("userId")).or_else(|| id_text(m.get("anonymousId")));
    if user_id.is_none() && kind != "alias" {
        return Err(bad(&field("userId"), "give userId or anonymousId"));
    }
    let trace_id = context
        .and_then(|c| c.get("traceparent"))
        .and_then(Value::as_str)
        .and_then(traceparent_trace)
        .or_else(|| text(&props, "trace_id").and_then(|t| TraceId::from_hex(t).ok()));
    let session_id = id_text(props.get("session_id"))
        .or_else(|| context.and_then(|c| id_text(c.get("sessionId"))))
        .or_else(|| context.and_then(|c| id_text(c.get("session_id"))));
    let message_id = id_text(m.get("messageId"));
    let correlation_id = id_text(props.get("correlation_id"))
        .or_else(|| trace_id.map(|t| t.to_hex()))
        .or_else(|| message_id.clone())
        .or_else(|| session_id.clone())
        .ok_or_else(|| {
            bad(
                &field("messageId"),
                "give properties.correlation_id, context.traceparent or messageId, so the event can be linked",
            )
        })?;
    let time_unix_nano = match m.get("timestamp").or_else(|| m.get("sentAt")) {
        None | Some(Value::Null) => now_unix_nanos(),
        Some(Value::String(s)) => humantime::parse_rfc3339_weak(s.trim())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .and_then(|d| u64::try_from(d.as_nanos()).ok())
            .ok_or_else(|| {
                bad(
                    &field("timestamp"),
                    format!("`{s}` is not an ISO 8601 time in UTC (e.g. 2026-12-05T10:00:00.000Z)"),
                )
            })?,
        Some(_) => return Err(bad(&field("timestamp"), "must be an ISO 8601 string")),
    };
    let mut properties = Attributes::new();
    for (k, v) in &props {
        properties.insert(k.clone(), json_to_attr(v));
    }
    properties.insert("segment.type".into(), AttrValue::Str(kind.into()));
    if let Some(id) = &message_id {
        properties.insert("segment.message_id".into(), AttrValue::Str(id.clone()));
    }
    if let Some(n) = text(m, "name") {
        properties.insert("segment.page".into(), AttrValue::Str(n.into()));
    }
    if let Some(page) = context
        .and_then(|c| c.get("page"))
        .and_then(Value::as_object)
    {
        if let Some(path) = text(page, "path") {
            properties.insert("page.path".into(), AttrValue::Str(path.into()));
        }
    }
    let value = ["revenue", "value", "total"]
        .iter()
        .find_map(|k| props.get(*k).and_then(Value::as_f64));
    if kind == "track" && CONVERSIONS.contains(&name.as_str()) {
        properties.insert("segment.event".into(), AttrValue::Str(name.clone()));
        name = "conversion".into();
    }
    Ok(Event {
        time_unix_nano,
        name,
        correlation_id,
        trace_id,
        session_id,
        user_id,
        value,
        comment: None,
        properties,
    })
}

/// `POST /ingest/segment/v1/{kind}`.
pub async fn ingest(
    State(state): State<AppState>,
    access: super::Access,
    Path(kind): Path<String>,
    body: Result<Json<Value>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let Json(body) = body.map_err(|e| {
        ApiError::bad_param("body", format!("the body must be JSON: {}", e.body_text()))
    })?;
    let Value::Object(m) = body else {
        return Err(ApiError::bad_param("body", "must be a JSON object"));
    };
    let events = if kind == "batch" {
        let list = match m.get("batch") {
            Some(Value::Array(a)) if !a.is_empty() => a,
            _ => {
                return Err(ApiError::bad_param(
                    "batch",
                    "batch: a non-empty array of messages",
                ))
            }
        };
        if list.len() > MAX_BATCH {
            return Err(ApiError::bad_param(
                "batch",
                format!("batch: {} messages; at most {MAX_BATCH}", list.len()),
            ));
        }
        let mut events = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            let at = format!("batch[{i}]");
            let Value::Object(msg) = item else {
                return Err(bad(&at, "must be an object"));
            };
            let kind = text(msg, "type").unwrap_or("track");
            if !TYPES.contains(&kind) {
                return Err(bad(
                    &format!("{at}.type"),
                    format!("`{kind}` is not a message type: use {}", TYPES.join(", ")),
                ));
            }
            events.push(message_event(kind, msg, &at)?);
        }
        events
    } else if TYPES.contains(&kind.as_str()) {
        vec![message_event(&kind, &m, "")?]
    } else {
        return Err(ApiError::not_found(format!(
            "no Segment call `{kind}`: use /ingest/segment/v1/ with track, identify, page, screen, group, alias or batch"
        )));
    };
    submit(&state, events, access.write()).await?;
    Ok((StatusCode::OK, Json(json!({ "success": true }))))
}
