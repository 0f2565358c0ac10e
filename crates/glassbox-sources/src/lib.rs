//! Sources glassbox reads rather than receives.
//!
//! - [`postgres_log`]: PostgreSQL's `jsonlog`/`csvlog` statement log, each statement that
//!   carries a sqlcommenter `traceparent` turned into a span of that trace;
//! - [`tail`]: follows those files through rotation, with offsets saved across restarts;
//! - [`scrape`]: serving engines' and GPU exporters' Prometheus endpoints (vLLM, DCGM),
//!   their known series set as gauges in the metrics hub;
//! - [`gpu`]: GPU saturation through NVML, polled into the hub.

pub mod gpu;
pub mod postgres_log;
pub mod scrape;
pub mod tail;

pub use postgres_log::{Correlator, Format};
pub use tail::{SpanSink, TailConfig, Tailer};
