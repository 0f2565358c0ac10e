//! glassbox's network surface: every `/api` route (query, events, metrics, privacy,
//! bodies, erasure) with one error shape, OTLP/HTTP and OTLP/gRPC receivers wired to the
//! pipeline, bearer-token auth with scopes and projects (which also keeps glassbox tokens
//! from reaching any handler and limits each caller to its projects), CORS for listed
//! origins, health endpoints (readiness proves the store writable) and graceful shutdown.
//!
//! Handlers are thin: they validate, call the store or the pipeline, and shape JSON. This
//! crate must not redact, decode wire formats (glassbox-otlp does) or write SQL.

pub mod api;
pub mod app;
pub mod auth;
pub mod cors;
pub mod error;
pub mod ratelimit;
mod sink;
mod state;

pub use app::{grpc_router, http_router, is_loopback, otlp_http_router, serve, shutdown_signal};
pub use auth::{Auth, Scope, Token};
pub use cors::Cors;
pub use ratelimit::BrowserLimits;
pub use sink::PipelineSink;
pub use state::{AppState, Pseudonymizer, Readiness};
