//! glassbox-gateway: the OpenAI-compatible proxy that instruments every model call.
//!
//! ```text
//!  client (OpenAI SDK) ──> router ──> proxy::api_call ──> upstream::send ──> provider
//!                                        │ safety, cache        (retries, fallback)
//!                                        ▼
//!                     body (forwarded as it arrives) ──Drop──> record ──> pipeline
//! ```
//!
//! Owns: the `/v1/*` routes, streaming with time-to-first-token and usage capture, the
//! response cache, safety rules, retries and fallback, and a fast mock upstream for demos
//! and load tests. Must not: write anything itself (records go to the pipeline, which
//! redacts them), log or store credentials, or make a model call wait on observability.
//! The OTLP routes `/v1/traces`, `/v1/logs` and `/v1/metrics` belong to `glassbox-otlp`.

mod abuse;
mod body;
pub mod cache;
pub mod config;
pub mod edge;
pub mod error;
pub mod mock;
pub mod openai;
mod proxy;
mod record;
pub mod safety;
pub mod sse;
mod state;
pub mod tokens;
mod upstream;

pub use config::{
    CacheConfig, ConfigError, GatewayConfig, RetryConfig, SafetyAction, SafetyConfig,
    SafetyRuleConfig, TimeoutConfig, UpstreamConfig,
};
pub use error::GatewayError;
pub use mock::{mock_router, serve_mock, MockOptions, MockStats};
pub use state::{GatewayState, GatewayStats};

use axum::routing::{any, get, post};
use axum::Router;

/// The gateway's routes: `POST /v1/chat/completions`, `/v1/completions`,
/// `/v1/embeddings`, `/v1/responses`, `GET /v1/models` and `/v1/models/{model}`, and the
/// routes `gateway.passthrough_routes` lists. Any other `/v1/…` path is a 404 that names
/// the nearest glassbox route: a mistyped OTLP path must never reach a model provider
/// with the user's data and credentials. Static routes merged next to it (the OTLP
/// receiver's `/v1/traces`…) win over the catch-all.
pub fn router(state: GatewayState) -> Router {
    Router::new()
        .route("/v1/chat/completions", post(proxy::chat))
        .route("/v1/completions", post(proxy::completions))
        .route("/v1/embeddings", post(proxy::embeddings))
        .route("/v1/responses", post(proxy::responses))
        .route("/v1/models", get(proxy::other))
        .route("/v1/models/{model}", get(proxy::other))
        .route("/v1/{*rest}", any(proxy::listed_or_not_found))
        .with_state(state)
}
