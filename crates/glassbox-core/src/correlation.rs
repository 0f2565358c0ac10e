//! Correlation-ID resolution: one id ties a frontend click to every backend step, model
//! call, log and business event.
//!
//! Order (first present wins): an explicit correlation id (`x-correlation-id` header,
//! baggage `correlation.id`, or a span/log attribute with one of those names) >
//! `x-request-id` > the W3C trace id > a fresh id minted at the edge.

use crate::model::{AttrValue, Attributes};
use crate::TraceId;

/// Attribute keys that carry an explicit correlation id, in priority order.
pub const CORRELATION_KEYS: &[&str] = &[
    "correlation.id",
    "correlation_id",
    "x-correlation-id",
    "http.request.header.x-correlation-id",
    "baggage.correlation.id",
    "app.correlation_id",
];

/// Attribute keys that carry a request id, in priority order.
pub const REQUEST_ID_KEYS: &[&str] = &[
    "x-request-id",
    "http.request.header.x-request-id",
    "request.id",
];

/// Attribute keys that carry a session id, in priority order.
pub const SESSION_KEYS: &[&str] = &[
    "session.id",
    "gen_ai.conversation.id",
    "traceloop.association.properties.session_id",
];

/// Attribute keys that carry a user id, in priority order.
pub const USER_KEYS: &[&str] = &[
    "user.id",
    "enduser.id",
    "traceloop.association.properties.user_id",
];

/// Longest accepted correlation id; longer values are ignored as garbage.
pub const MAX_ID_LEN: usize = 256;

/// Reads the first usable id among `keys` from the given attribute sets (earlier sets win
/// for the same key priority). HTTP header attributes in semconv are string arrays; their
/// first element is used.
pub fn first_id(keys: &[&str], sets: &[&Attributes]) -> Option<String> {
    for key in keys {
        for set in sets {
            if let Some(v) = set.get(*key).and_then(id_text) {
                return Some(v);
            }
        }
    }
    None
}

fn id_text(v: &AttrValue) -> Option<String> {
    let s = match v {
        AttrValue::Str(s) => s.trim().to_string(),
        AttrValue::Int(i) => i.to_string(),
        AttrValue::Array(items) => return items.first().and_then(id_text),
        _ => return None,
    };
    (!s.is_empty() && s.len() <= MAX_ID_LEN).then_some(s)
}

/// Parses a W3C `baggage` header value and returns the `correlation.id` member.
pub fn correlation_from_baggage(baggage: &str) -> Option<String> {
    for member in baggage.split(',') {
        let kv = member.split(';').next().unwrap_or("");
        let mut parts = kv.splitn(2, '=');
        let key = parts.next().unwrap_or("").trim();
        let value = parts.next().unwrap_or("").trim();
        if key == "correlation.id" && !value.is_empty() && value.len() <= MAX_ID_LEN {
            return Some(percent_decode(value));
        }
    }
    None
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Resolves the correlation id of a span or log from its own attributes, its resource's
/// attributes and its trace id. Falls back to the trace id, then to `minted`.
pub fn resolve(
    sets: &[&Attributes],
    trace_id: Option<TraceId>,
    minted: impl FnOnce() -> String,
) -> String {
    first_id(CORRELATION_KEYS, sets)
        .or_else(|| first_id(REQUEST_ID_KEYS, sets))
        .or_else(|| trace_id.map(|t| t.to_hex()))
        .unwrap_or_else(minted)
}

/// Spans of one trace share its correlation, session and user: a span that only fell
/// back to its trace id (or carries no session/user) takes what another span of the same
/// trace in the batch states explicitly — usually the root, where apps set them.
pub fn propagate_within_traces(spans: &mut [crate::Span]) {
    use std::collections::HashMap;
    // correlation, session, user
    type Known = (Option<String>, Option<String>, Option<String>);
    let mut known: HashMap<TraceId, Known> = HashMap::new();
    for s in spans.iter() {
        let entry = known.entry(s.trace_id).or_default();
        if entry.0.is_none() && s.correlation_id != s.trace_id.to_hex() {
            entry.0 = Some(s.correlation_id.clone());
        }
        if entry.1.is_none() {
            entry.1.clone_from(&s.session_id);
        }
        if entry.2.is_none() {
            entry.2.clone_from(&s.user_id);
        }
    }
    for s in spans.iter_mut() {
        let Some((corr, session, user)) = known.get(&s.trace_id) else {
            continue;
        };
        if let Some(c) = corr {
            if s.correlation_id == s.trace_id.to_hex() {
                s.correlation_id.clone_from(c);
            }
        }
        if s.session_id.is_none() {
            s.session_id.clone_from(session);
        }
        if s.user_id.is_none() {
            s.user_id.clone_from(user);
        }
    }
}

/// Headers seen at an HTTP edge (gateway, events API), lowercase names.
#[derive(Debug, Default, Clone)]
pub struct EdgeHeaders<'a> {
    /// `x-correlation-id`.
    pub correlation_id: Option<&'a str>,
    /// `baggage`.
    pub baggage: Option<&'a str>,
    /// `x-request-id`.
    pub request_id: Option<&'a str>,
    /// Trace id parsed from `traceparent`.
    pub trace_id: Option<TraceId>,
}

/// Resolves a correlation id at an HTTP edge, minting a fresh one when nothing is given.
pub fn resolve_edge(h: &EdgeHeaders<'_>) -> String {
    let clean = |s: &str| {
        let t = s.trim();
        (!t.is_empty() && t.len() <= MAX_ID_LEN).then(|| t.to_string())
    };
    h.correlation_id
        .and_then(clean)
        .or_else(|| h.baggage.and_then(correlation_from_baggage))
        .or_else(|| h.request_id.and_then(clean))
        .or_else(|| h.trace_id.map(|t| t.to_hex()))
        .unwrap_or_else(|| TraceId::random().to_hex())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn attrs(pairs: &[(&str, &str)]) -> Attributes {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), AttrValue::Str(v.to_string())))
            .collect()
    }

    #[test]
    fn explicit_beats_request_id_beats_trace() {
        let t = TraceId::from_hex("4df478995a771a9195a5bade1f61313c").unwrap();
        let a = attrs(&[("x-request-id", "req-1"), ("correlation.id", "cust-402")]);
        assert_eq!(resolve(&[&a], Some(t), || "new".into()), "cust-402");
        let a = attrs(&[("http.request.header.x-request-id", "req-1")]);
        assert_eq!(resolve(&[&a], Some(t), || "new".into()), "req-1");
        let a = Attributes::new();
        assert_eq!(resolve(&[&a], Some(t), || "new".into()), t.to_hex());
        assert_eq!(resolve(&[&a], None, || "new".into()), "new");
    }

    #[test]
    fn span_attributes_win_over_resource() {
        let span = attrs(&[("correlation.id", "span-level")]);
        let res = attrs(&[("correlation.id", "resource-level")]);
        assert_eq!(resolve(&[&span, &res], None, || "x".into()), "span-level");
    }

    #[test]
    fn header_arrays_use_first_element() {
        let mut a = Attributes::new();
        a.insert(
            "http.request.header.x-correlation-id".into(),
            AttrValue::Array(vec![AttrValue::Str("c-9".into())]),
        );
        assert_eq!(resolve(&[&a], None, || "x".into()), "c-9");
    }

    #[test]
    fn spans_of_a_trace_share_the_roots_ids() {
        let t = TraceId::from_hex("4df478995a771a9195a5bade1f61313c").unwrap();
        let mk = |corr: &str, session: Option<&str>| {
            let mut s = crate::Span::new(t, crate::SpanId::random(), "s", 0, 1);
            s.correlation_id = corr.into();
            s.session_id = session.map(str::to_string);
            s
        };
        let mut spans = vec![
            mk(&t.to_hex(), None),
            mk("cust-402", Some("s-1")),
            mk("other", None),
        ];
        propagate_within_traces(&mut spans);
        assert_eq!(spans[0].correlation_id, "cust-402");
        assert_eq!(spans[0].session_id.as_deref(), Some("s-1"));
        assert_eq!(
            spans[2].correlation_id, "other",
            "an explicit id is never overwritten"
        );
    }

    #[test]
    fn baggage_parsing() {
        assert_eq!(
            correlation_from_baggage("userId=alice, correlation.id=order%20402;prop=1").as_deref(),
            Some("order 402")
        );
        assert_eq!(correlation_from_baggage("a=b"), None);
        assert_eq!(
            correlation_from_baggage("correlation.id=%"),
            Some("%".into())
        );
    }

    #[test]
    fn edge_order() {
        let t = TraceId::from_hex("4df478995a771a9195a5bade1f61313c").unwrap();
        let h = EdgeHeaders {
            correlation_id: None,
            baggage: Some("correlation.id=bag"),
            request_id: Some("req"),
            trace_id: Some(t),
        };
        assert_eq!(resolve_edge(&h), "bag");
        let h = EdgeHeaders {
            correlation_id: Some(" x1 "),
            ..h
        };
        assert_eq!(resolve_edge(&h), "x1");
        let minted = resolve_edge(&EdgeHeaders::default());
        assert_eq!(minted.len(), 32);
    }
}
