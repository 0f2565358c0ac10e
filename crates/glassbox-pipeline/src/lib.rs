//! The glassbox pipeline: every record from every source passes here, in this order,
//! before anything is written.
//!
//! ```text
//!  sources ──Submission──> [ingest queue] ──> redact workers ──> [write queue] ──> writer thread
//!  (OTLP, gateway,          bounded: full →     redact, count,     bounded            group commit,
//!   events API)             429 / dropped       payload policy                        then ack
//!                                                  │   ▲                                  │ failed, no ack
//!                                     unsampled ──▼   │── late signal (thumbs down, error)  ▼ waiting (gateway)
//!                                            spool of redacted bodies (memory, bounded)   disk queue (bounded,
//!                                            + parked in a shared store, when many nodes   written once the
//!                                              share one (`ParkedBody`, `LateSignal`)      store takes writes)
//! ```
//!
//! Rules: nothing upstream of the redact stage writes anything; the writer only takes
//! [`Redacted`](glassbox_core::Redacted) records; an acknowledged submission is durable.
//! Queues are bounded and count what they refuse. This crate must not know wire formats
//! or SQL.

mod disk_queue;
mod observer;
mod payload;
mod pipeline;
mod records;
mod redact_stage;
mod scanner;
mod spool;
mod stage;

pub use disk_queue::{DiskQueue, DiskQueueConfig};
pub use observer::{NoopObserver, PipelineObserver, Stage};
pub use payload::{
    is_body_key, is_negative_feedback, trace_sampled, BlobOffloader, BlobSink, PayloadPolicy,
};
pub use pipeline::{Pipeline, PipelineConfig, PipelineHandle, RecordStage, SubmitError};
pub use records::{Records, Source};
pub use redact_stage::{normalized_prompt, FieldOutcome, RecordRedactor, TextRedactor};
pub use spool::{BodySpool, SpoolStats, SpooledBody, DEFAULT_MAX_BYTES, DEFAULT_WINDOW};
pub use stage::{span_cost, StandardStage};
