//! Bearer tokens with scopes. With no token configured every request is allowed (and the
//! server refuses non-loopback listeners unless told `--insecure-no-auth`); with any token
//! configured, every request needs one with the right scope.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// What a token may do.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Send telemetry (OTLP, gateway, events).
    Ingest,
    /// Read traces, logs, metrics, blobs and the UI.
    Read,
    /// Everything.
    Admin,
}

/// A configured token.
#[derive(Debug, Clone)]
pub struct Token {
    /// The secret value.
    pub secret: String,
    /// Scopes granted.
    pub scopes: Vec<Scope>,
}

/// The configured tokens.
#[derive(Debug, Clone, Default)]
pub struct Auth {
    tokens: Arc<Vec<Token>>,
}

impl Auth {
    /// Builds the checker.
    pub fn new(tokens: Vec<Token>) -> Self {
        Self {
            tokens: Arc::new(tokens),
        }
    }

    /// True when tokens are configured.
    pub fn enabled(&self) -> bool {
        !self.tokens.is_empty()
    }

    /// Checks a presented bearer value for `scope`.
    pub fn allows(&self, presented: Option<&str>, scope: Scope) -> bool {
        if !self.enabled() {
            return true;
        }
        let Some(presented) = presented else {
            return false;
        };
        self.tokens.iter().any(|t| {
            constant_time_eq(t.secret.as_bytes(), presented.as_bytes())
                && (t.scopes.contains(&scope) || t.scopes.contains(&Scope::Admin))
        })
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The scope a request needs, from its path and method.
pub fn required_scope(method: &axum::http::Method, path: &str) -> Option<Scope> {
    if path == "/healthz" || path == "/readyz" {
        return None;
    }
    if path.starts_with("/v1/") || path.starts_with("/opentelemetry.proto.") {
        return Some(Scope::Ingest);
    }
    if (path == "/api/feedback" || path == "/api/events") && method == axum::http::Method::POST {
        return Some(Scope::Ingest);
    }
    Some(Scope::Read)
}

/// Extracts the bearer token (also accepts `x-glassbox-token`).
pub fn bearer(req: &Request) -> Option<&str> {
    req.headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .or_else(|| {
            req.headers()
                .get("x-glassbox-token")
                .and_then(|v| v.to_str().ok())
        })
        .map(str::trim)
}

/// Axum middleware enforcing scopes.
pub async fn require_scope(State(auth): State<Auth>, req: Request, next: Next) -> Response {
    if let Some(scope) = required_scope(req.method(), req.uri().path()) {
        if !auth.allows(bearer(&req), scope) {
            let status = if bearer(&req).is_some() {
                StatusCode::FORBIDDEN
            } else {
                StatusCode::UNAUTHORIZED
            };
            let msg = format!(
                "this endpoint needs a token with the `{}` scope: send `Authorization: Bearer <token>`",
                match scope {
                    Scope::Ingest => "ingest",
                    Scope::Read => "read",
                    Scope::Admin => "admin",
                }
            );
            return ApiError::status(status, msg).into_response();
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes() {
        let auth = Auth::new(vec![
            Token {
                secret: "r".into(),
                scopes: vec![Scope::Read],
            },
            Token {
                secret: "a".into(),
                scopes: vec![Scope::Admin],
            },
        ]);
        assert!(auth.allows(Some("r"), Scope::Read));
        assert!(!auth.allows(Some("r"), Scope::Ingest));
        assert!(auth.allows(Some("a"), Scope::Ingest));
        assert!(!auth.allows(None, Scope::Read));
        assert!(!auth.allows(Some("x"), Scope::Read));
        assert!(Auth::default().allows(None, Scope::Admin));
        assert_eq!(
            required_scope(&axum::http::Method::POST, "/v1/traces"),
            Some(Scope::Ingest)
        );
        assert_eq!(required_scope(&axum::http::Method::GET, "/healthz"), None);
        assert_eq!(
            required_scope(&axum::http::Method::GET, "/api/traces"),
            Some(Scope::Read)
        );
    }
}
