//! The one place gateway failures become HTTP answers, in the error shape the OpenAI
//! SDKs parse: `{"error":{"message","type","param","code"}}`.
//!
//! Must not log request content or credentials.

use axum::http::StatusCode;
use bytes::Bytes;
use serde_json::json;

/// A failure the gateway answers itself (upstream errors with a body are passed on as
/// the upstream sent them, see [`openai_error_body`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GatewayError {
    /// The request body is not what the endpoint takes.
    #[error("{0}")]
    BadRequest(String),
    /// The request body is larger than `max_request_bytes`.
    #[error("request body is larger than {0} bytes")]
    TooLarge(usize),
    /// A safety rule blocked the prompt.
    #[error("the request was blocked by the {category} safety rule")]
    Blocked {
        /// Category that matched.
        category: String,
    },
    /// No upstream could be reached.
    #[error("upstream `{upstream}` unreachable at {url}: {reason}; is it running, and is its base_url right (usually ending in /v1)?")]
    Unreachable {
        /// Upstream name.
        upstream: String,
        /// The URL tried (no query, no credentials).
        url: String,
        /// Connection error, without credentials.
        reason: String,
    },
    /// The upstream did not answer in time.
    #[error("upstream {upstream} timed out ({which})")]
    Timeout {
        /// Upstream name.
        upstream: String,
        /// `first_byte` or `total`.
        which: &'static str,
    },
    /// No upstream is configured for the request.
    #[error("no upstream serves model {0:?}")]
    NoUpstream(String),
}

impl GatewayError {
    /// HTTP status for the client.
    pub fn status(&self) -> StatusCode {
        match self {
            GatewayError::BadRequest(_) | GatewayError::Blocked { .. } => StatusCode::BAD_REQUEST,
            GatewayError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            GatewayError::Unreachable { .. } => StatusCode::BAD_GATEWAY,
            GatewayError::Timeout { .. } => StatusCode::GATEWAY_TIMEOUT,
            GatewayError::NoUpstream(_) => StatusCode::NOT_FOUND,
        }
    }

    /// `error.type` for the span, and the OpenAI error `code`.
    pub fn code(&self) -> &'static str {
        match self {
            GatewayError::BadRequest(_) => "invalid_request",
            GatewayError::TooLarge(_) => "request_too_large",
            GatewayError::Blocked { .. } => "content_blocked",
            GatewayError::Unreachable { .. } => "upstream_unreachable",
            GatewayError::Timeout { .. } => "upstream_timeout",
            GatewayError::NoUpstream(_) => "model_not_found",
        }
    }

    /// The OpenAI-style JSON body.
    pub fn body(&self) -> Bytes {
        let kind = match self {
            GatewayError::BadRequest(_)
            | GatewayError::TooLarge(_)
            | GatewayError::Blocked { .. }
            | GatewayError::NoUpstream(_) => "invalid_request_error",
            GatewayError::Unreachable { .. } | GatewayError::Timeout { .. } => "api_error",
        };
        openai_error_body(&self.to_string(), kind, Some(self.code()))
    }
}

/// An OpenAI-style error body.
pub fn openai_error_body(message: &str, kind: &str, code: Option<&str>) -> Bytes {
    Bytes::from(
        json!({"error": {"message": message, "type": kind, "param": null, "code": code}})
            .to_string(),
    )
}

/// Makes sure an upstream error body is in OpenAI's shape (some OpenAI-compatible servers
/// answer plain text or `{"detail":…}`), keeping it as is when it already is.
pub fn normalize_upstream_error(status: StatusCode, body: &[u8]) -> Bytes {
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) {
        if v.get("error").is_some_and(|e| e.is_object()) {
            return Bytes::copy_from_slice(body);
        }
    }
    let kind = match status.as_u16() {
        429 => "rate_limit_error",
        401 => "authentication_error",
        403 => "permission_error",
        404 => "not_found_error",
        400..=499 => "invalid_request_error",
        _ => "api_error",
    };
    let text = String::from_utf8_lossy(&body[..body.len().min(2048)])
        .trim()
        .to_string();
    let message = if text.is_empty() {
        format!("upstream answered {status}")
    } else {
        text
    };
    openai_error_body(&message, kind, None)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn blocked_is_openai_shaped() {
        let e = GatewayError::Blocked {
            category: "prompt_injection".into(),
        };
        assert_eq!(e.status(), StatusCode::BAD_REQUEST);
        let v: serde_json::Value = serde_json::from_slice(&e.body()).unwrap();
        assert_eq!(v["error"]["type"], "invalid_request_error");
        assert_eq!(v["error"]["code"], "content_blocked");
    }

    #[test]
    fn upstream_errors_are_normalized() {
        let kept = br#"{"error":{"message":"slow down","type":"rate_limit_error"}}"#;
        assert_eq!(
            &normalize_upstream_error(StatusCode::TOO_MANY_REQUESTS, kept)[..],
            kept
        );
        let v: serde_json::Value = serde_json::from_slice(&normalize_upstream_error(
            StatusCode::TOO_MANY_REQUESTS,
            b"busy",
        ))
        .unwrap();
        assert_eq!(v["error"]["type"], "rate_limit_error");
        assert_eq!(v["error"]["message"], "busy");
    }
}
