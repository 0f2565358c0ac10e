//! Cross-origin access for browsers (`[server] cors_allowed_origins`, default none).
//!
//! Only the routes a web page legitimately calls take part: the gateway (`/v1/…`),
//! OTLP/HTTP, `/api/events`, `/api/feedback` and `/ingest/segment/…`. For a listed origin a preflight is
//! answered here (before auth: browsers send no credentials on a preflight) and real
//! responses carry `Access-Control-Allow-Origin: <that origin>` and expose
//! `x-request-id`, `traceparent` and `server-timing`. Never `*`, and no cookies are
//! involved, so `Access-Control-Allow-Credentials` is never sent. Other origins get no
//! CORS headers (their preflight is refused with a message naming the setting).

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// Response headers a page may read.
const EXPOSED: &str = "x-request-id, traceparent, server-timing, x-correlation-id";

/// The origins allowed to call glassbox from a browser.
#[derive(Debug, Clone, Default)]
pub struct Cors {
    origins: Arc<Vec<String>>,
}

/// A configured origin that is not `scheme://host[:port]`.
#[derive(Debug, thiserror::Error)]
#[error("`{origin}` is not an origin: {why} (write it as a page's origin, e.g. `https://app.example.com` or `http://localhost:3000`)")]
pub struct OriginError {
    /// The value as configured.
    pub origin: String,
    /// What is wrong with it.
    pub why: &'static str,
}

impl Cors {
    /// Checks and normalizes each origin (lower case, no trailing slash).
    pub fn new(origins: &[String]) -> Result<Self, OriginError> {
        let mut out = Vec::with_capacity(origins.len());
        for o in origins {
            let bad = |why| OriginError {
                origin: o.clone(),
                why,
            };
            let norm = o.trim().trim_end_matches('/').to_ascii_lowercase();
            if norm == "*" {
                return Err(bad("a wildcard would let every web page send data with a visitor's browser; list each origin"));
            }
            let Some((scheme, rest)) = norm.split_once("://") else {
                return Err(bad("it has no scheme"));
            };
            if scheme != "http" && scheme != "https" {
                return Err(bad("the scheme must be http or https"));
            }
            if rest.is_empty() || rest.contains(['/', '?', '#', '*', ' ']) {
                return Err(bad("an origin has a host and optional port, no path"));
            }
            out.push(norm);
        }
        Ok(Self {
            origins: Arc::new(out),
        })
    }

    /// True when no origin is configured (CORS off).
    pub fn is_empty(&self) -> bool {
        self.origins.is_empty()
    }

    fn allows(&self, origin: &str) -> bool {
        let o = origin.trim_end_matches('/');
        self.origins.iter().any(|a| a.eq_ignore_ascii_case(o))
    }
}

/// Routes a browser page may call across origins.
pub fn is_cors_route(path: &str) -> bool {
    path.starts_with("/v1/")
        || path == "/api/events"
        || path == "/api/feedback"
        || path.starts_with("/ingest/segment/")
}

/// Axum middleware: answers preflights and decorates responses for allowed origins.
pub async fn handle(State(cors): State<Cors>, req: Request, next: Next) -> Response {
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let Some(origin) = origin.filter(|_| is_cors_route(req.uri().path())) else {
        return next.run(req).await;
    };
    let preflight = req.method() == Method::OPTIONS
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let allowed = cors.allows(&origin);
    if preflight {
        if !allowed {
            let msg = format!(
                "origin {origin} may not call glassbox from a browser: add it to [server] cors_allowed_origins (GLASSBOX_SERVER__CORS_ALLOWED_ORIGINS)"
            );
            return ApiError::status(StatusCode::FORBIDDEN, msg).into_response();
        }
        let mut res = StatusCode::NO_CONTENT.into_response();
        let h = res.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&origin) {
            h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
        }
        h.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET, POST, OPTIONS"),
        );
        // The origin is trusted: let it send the headers it asks for (SDKs add their own).
        if let Some(asked) = req.headers().get(header::ACCESS_CONTROL_REQUEST_HEADERS) {
            h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, asked.clone());
        }
        h.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("600"),
        );
        h.insert(header::VARY, HeaderValue::from_static("Origin"));
        return res;
    }
    let mut res = next.run(req).await;
    if allowed {
        let h = res.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&origin) {
            h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
        }
        h.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static(EXPOSED),
        );
        h.append(header::VARY, HeaderValue::from_static("Origin"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_checked() {
        assert!(Cors::new(&["*".into()]).is_err());
        assert!(Cors::new(&["app.example.com".into()]).is_err());
        assert!(Cors::new(&["https://app.example.com/path".into()]).is_err());
        assert!(Cors::new(&["ftp://x".into()]).is_err());
        let c = Cors::new(&[
            "https://App.example.com/".into(),
            "http://localhost:3000".into(),
        ])
        .unwrap_or_else(|e| unreachable!("{e}"));
        assert!(c.allows("https://app.example.com"));
        assert!(c.allows("http://localhost:3000"));
        assert!(!c.allows("http://localhost:3001"));
        assert!(!c.allows("https://evil.example.com"));
        assert!(is_cors_route("/v1/chat/completions") && is_cors_route("/api/events"));
        assert!(!is_cors_route("/api/traces"));
    }
}
