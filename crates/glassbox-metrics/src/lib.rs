//! glassbox-metrics: every number glassbox shows, computed from every call and event.
//!
//! Owns: the hot-path [`MetricsHub`] (bounded-label series, per-minute [`RollupRow`]s
//! per project; the row and the [`DdSketch`] live below in `glassbox-rollup`, shared with
//! the stores, and are re-exported here), the OpenMetrics exposition, the summary and
//! timeseries computations behind `/api/metrics/*` (served by `glassbox-server`, like
//! every route). The GPU probe (NVML) and the Prometheus scraper of serving engines read
//! the outside world and live in `glassbox-sources`; they record into the hub.
//!
//! Must not: write to the store (the caller persists what
//! [`MetricsHub::take_closed_rollups`] returns and implements [`RollupSource`]), see raw
//! content, or take user, trace or correlation ids as labels.
//!
//! ```text
//!  record_* ──> MetricsHub ──render_openmetrics──> GET /metrics
//!                   │  └──open_rollups──────┐
//!                   └─take_closed_rollups─> store ──RollupSource──> summary / timeseries
//! ```

//! # Wiring (server, store, pipeline)
//!
//! ```text
//!  let hub = Arc::new(MetricsHub::new(config.metrics)?);          // [metrics]
//!  gateway:   hub.record_call(&CallObservation { .. })            // after each call
//!  pipeline:  CallObservation::from_span(&span).map(|o| hub.record_call(&o))  // OTLP spans
//!             hub.record_redactions / record_dropped / set_queue_depth / record_store_write
//!  events:    hub.record_feedback(..) / hub.record_event(..)
//!  store:     every ~10 s: store.insert_rollups(hub.take_closed_rollups(now_unix_nanos()))
//!             and impl RollupSource for the store (rows are additive: insert, never replace)
//!  server:    router.merge(glassbox_server::api::metrics::api_router(MetricsApiState { hub, source: store, .. }))
//!  sources:   glassbox_sources::gpu::start_gpu_poller(hub.clone(), &config.gpu)  // keep alive
//!             glassbox_sources::scrape::spawn_scrapers(hub.clone(), targets)?
//! ```
//!
//! Do not record a span that the gateway already recorded: gateway calls and the spans
//! the gateway emits for them describe the same call.

pub mod config;
pub mod exposition;
mod family;
pub mod histogram;
pub mod hub;
pub mod observation;
pub mod query;
pub use glassbox_rollup::rollup;
pub use glassbox_rollup::sketch;

pub use config::{MetricsConfig, MetricsConfigError};
pub use exposition::OPENMETRICS_CONTENT_TYPE;
pub use family::OTHER;
pub use hub::{minute_of, now_unix_secs, GaugeKind, MetricsHub};
pub use observation::{
    BusinessEvent, CacheOutcome, CallObservation, Feedback, FeedbackObservation, SafetyOutcome,
    StatusClass, CONVERSION_EVENT, FEEDBACK_EVENT, SESSION_END_EVENT,
};
pub use query::{
    parse_duration, reject_unknown, summary, timeseries, GroupBy, ParamError, Summary, Timeseries,
    TimeseriesMetric,
};
pub use rollup::{
    AnswerFlagCounts, MemoryRollupSource, RollupError, RollupFilter, RollupKind, RollupRow,
    RollupSource,
};
pub use sketch::{DdSketch, SketchError, RELATIVE_ACCURACY};
