//! The one place API errors become HTTP responses: `{"error": {"message", "param"}}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use glassbox_store::StoreError;
use serde_json::json;

/// An error answered to an API client.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    param: Option<String>,
}

impl ApiError {
    /// 400 naming the bad parameter.
    pub fn bad_param(param: &'static str, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            param: Some(param.to_string()),
        }
    }

    /// 400 naming a parameter built at run time (`[3].value`).
    pub fn bad_param_owned(param: String, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            param: Some(param),
        }
    }

    /// 404.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
            param: None,
        }
    }

    /// Any status with a message.
    pub fn status(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            param: None,
        }
    }
}

impl From<glassbox_metrics::ParamError> for ApiError {
    fn from(e: glassbox_metrics::ParamError) -> Self {
        ApiError::bad_param_owned(e.param.to_string(), e.to_string())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            // The store names the parameter at fault first (`q: …`, `cursor: …`).
            StoreError::InvalidQuery(m) => {
                let param = m
                    .split_once(':')
                    .map(|(p, _)| p)
                    .filter(|p| {
                        !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                    })
                    .unwrap_or("cursor")
                    .to_string();
                ApiError::bad_param_owned(param, m)
            }
            other => {
                tracing::error!(error = %other, "store query failed");
                ApiError::status(StatusCode::INTERNAL_SERVER_ERROR, other.to_string())
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body =
            json!({ "error": { "message": self.message, "status": self.status.as_u16() } });
        if let Some(p) = self.param {
            body["error"]["param"] = json!(p);
        }
        (self.status, Json(body)).into_response()
    }
}
