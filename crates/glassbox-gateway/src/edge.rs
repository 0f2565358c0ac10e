//! What the gateway learns from a request's headers before it calls anyone: the W3C
//! trace context, the correlation id, and the user and session.
//!
//! Owns parsing `traceparent` and minting the gateway span's ids. Must not touch bodies.

use axum::http::HeaderMap;
use glassbox_core::correlation::{resolve_edge, EdgeHeaders};
use glassbox_core::{SpanId, TraceId};

/// A parsed W3C `traceparent` (`version-traceid-parentid-flags`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TraceParent {
    /// The caller's trace.
    pub trace_id: TraceId,
    /// The caller's span, parent of the gateway span.
    pub parent_id: SpanId,
    /// Trace flags (bit 0: sampled).
    pub flags: u8,
}

/// Parses a `traceparent` header; `None` for anything malformed (then the gateway starts
/// a new trace, as the W3C spec says).
pub fn parse_traceparent(value: &str) -> Option<TraceParent> {
    let v = value.trim();
    let mut parts = v.split('-');
    let version = parts.next()?;
    let trace = parts.next()?;
    let parent = parts.next()?;
    let flags = parts.next()?;
    if version.len() != 2 || flags.len() != 2 || version.eq_ignore_ascii_case("ff") {
        return None;
    }
    let version_n = u8::from_str_radix(version, 16).ok()?;
    // Version 00 has exactly four fields; later versions may append more.
    if version_n == 0 && parts.next().is_some() {
        return None;
    }
    let is_lower_hex = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    if !is_lower_hex(trace) || !is_lower_hex(parent) {
        return None;
    }
    Some(TraceParent {
        trace_id: TraceId::from_hex(trace).ok()?,
        parent_id: SpanId::from_hex(parent).ok()?,
        flags: u8::from_str_radix(flags, 16).ok()?,
    })
}

/// Formats a `traceparent` for the gateway span.
pub fn format_traceparent(trace_id: TraceId, span_id: SpanId, flags: u8) -> String {
    format!("00-{trace_id}-{span_id}-{flags:02x}")
}

/// The identity of one gateway call.
#[derive(Debug, Clone)]
pub struct CallIdentity {
    /// Trace the gateway span belongs to.
    pub trace_id: TraceId,
    /// The gateway span.
    pub span_id: SpanId,
    /// The caller's span, when it sent a `traceparent`.
    pub parent_span_id: Option<SpanId>,
    /// Trace flags to propagate (sampled by default).
    pub flags: u8,
    /// Resolved correlation id.
    pub correlation_id: String,
    /// User from `x-glassbox-user-id` (the body's `user`/`safety_identifier` may fill it later).
    pub user_id: Option<String>,
    /// Session from `x-glassbox-session-id`.
    pub session_id: Option<String>,
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

impl CallIdentity {
    /// Resolves ids from request headers.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let parent = header(headers, "traceparent").and_then(parse_traceparent);
        let trace_id = parent.map(|p| p.trace_id).unwrap_or_else(TraceId::random);
        let correlation_id = resolve_edge(&EdgeHeaders {
            correlation_id: header(headers, "x-correlation-id"),
            baggage: header(headers, "baggage"),
            request_id: header(headers, "x-request-id"),
            trace_id: Some(trace_id),
        });
        let bounded =
            |s: &str| (s.len() <= glassbox_core::correlation::MAX_ID_LEN).then(|| s.to_string());
        Self {
            trace_id,
            span_id: SpanId::random(),
            parent_span_id: parent.map(|p| p.parent_id),
            flags: parent.map(|p| p.flags).unwrap_or(1),
            correlation_id,
            user_id: header(headers, "x-glassbox-user-id").and_then(bounded),
            session_id: header(headers, "x-glassbox-session-id").and_then(bounded),
        }
    }

    /// The gateway span's `traceparent`.
    pub fn traceparent(&self) -> String {
        format_traceparent(self.trace_id, self.span_id, self.flags)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn traceparent_parsing() {
        let p =
            parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").unwrap();
        assert_eq!(p.trace_id.to_hex(), "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(p.parent_id.to_hex(), "00f067aa0ba902b7");
        assert_eq!(p.flags, 1);
        for bad in [
            "",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        ] {
            assert!(parse_traceparent(bad).is_none(), "{bad}");
        }
        assert!(
            parse_traceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")
                .is_some()
        );
    }

    #[test]
    fn identity_follows_caller_and_correlation_order() {
        let mut h = HeaderMap::new();
        h.insert(
            "traceparent",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
                .parse()
                .unwrap(),
        );
        let id = CallIdentity::from_headers(&h);
        assert_eq!(id.trace_id.to_hex(), "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(id.parent_span_id.unwrap().to_hex(), "00f067aa0ba902b7");
        assert_eq!(id.correlation_id, "4bf92f3577b34da6a3ce929d0e0e4736");
        h.insert("x-request-id", "req-7".parse().unwrap());
        assert_eq!(CallIdentity::from_headers(&h).correlation_id, "req-7");
        let root = CallIdentity::from_headers(&HeaderMap::new());
        assert!(root.parent_span_id.is_none());
        assert_eq!(root.correlation_id, root.trace_id.to_hex());
        assert!(root
            .traceparent()
            .starts_with(&format!("00-{}-", root.trace_id)));
    }
}
