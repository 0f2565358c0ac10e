//! Synthetic traffic that looks like a real AI application: agents whose runs are nested
//! traces (plan, retrieval, tool calls, model calls), chat prompts carrying the kind of PII
//! users paste, and feedback. Used by `glassbox demo` (a living dashboard within a minute)
//! and by the load harness under `bench/`.
//!
//! Pure generation: no I/O here; callers send what this builds.

pub mod agent;
pub mod chat;

pub use agent::{agent_trace, AgentRun, AgentTraceOptions};
pub use chat::{chat_request, ChatCall};
