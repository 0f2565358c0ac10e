//! [`MetricsHub`]: where every observation lands. It keeps the live Prometheus series and
//! the open per-minute rollups, and hands closed minutes to the store.
//!
//! ```text
//!  gateway / OTLP / events / pipeline
//!      │ record_call, record_feedback, record_event, record_redactions, record_dropped,
//!      │ set_queue_depth, record_store_write, set_gauge          (hot path: no I/O, no
//!      ▼                                                           allocation once a series exists)
//!  MetricsHub ── families of series (sharded, one short lock per series)
//!      │                      │                             │
//!      │ render_openmetrics   │ open_rollups (queries)      │ take_closed_rollups (store writer,
//!      ▼                      ▼                             ▼  e.g. every 10 s)
//!   GET /metrics          GET /api/metrics/*             RollupRow → store
//! ```
//!
//! The hub never blocks on I/O and never touches the store; persisting rows is the
//! caller's job.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use glassbox_core::time::now_unix_nanos;
use parking_lot::Mutex;

use crate::config::{MetricsConfig, MetricsConfigError};
use crate::family::Family;
use crate::histogram::{
    Histogram, OPERATION_DURATION_BUCKETS, STORE_WRITE_BUCKETS, TIME_PER_OUTPUT_TOKEN_BUCKETS,
    TIME_TO_FIRST_TOKEN_BUCKETS, TOKEN_USAGE_BUCKETS,
};
use crate::observation::{
    BusinessEvent, CacheOutcome, CallObservation, Feedback, FeedbackObservation, SafetyOutcome,
    FEEDBACK_EVENT,
};
use crate::rollup::{RollupKind, RollupRow};
use crate::sketch::DdSketch;

/// Open cells (a minute of one project) kept per series before the oldest is dropped (and
/// counted as dropped at stage `rollup`): bounds memory when nothing calls
/// `take_closed_rollups` — 180 minutes of one project, or fewer minutes of several.
const MAX_OPEN_CELLS: usize = 720;

const NANOS_PER_MINUTE: u64 = 60_000_000_000;

/// The minute (Unix seconds / 60) of a Unix-ns timestamp; `0` means now.
pub fn minute_of(unix_nano: u64) -> i64 {
    let t = if unix_nano == 0 {
        now_unix_nanos()
    } else {
        unix_nano
    };
    (t / NANOS_PER_MINUTE) as i64
}

/// A sampled gauge glassbox exposes and rolls up per minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GaugeKind {
    /// GPU utilization, percent (NVML).
    GpuUtilization,
    /// GPU memory used, bytes (NVML).
    GpuMemoryUsed,
    /// GPU memory total, bytes (NVML).
    GpuMemoryTotal,
    /// GPU power draw, watts (NVML).
    GpuPower,
    /// vLLM KV-cache usage, 0–1 (`vllm:gpu_cache_usage_perc`).
    ServingKvCacheUsage,
    /// Requests running in the serving engine (`vllm:num_requests_running`).
    ServingRequestsRunning,
    /// Requests waiting in the serving engine (`vllm:num_requests_waiting`).
    ServingRequestsWaiting,
    /// GPU utilization, percent, from DCGM (`DCGM_FI_DEV_GPU_UTIL`).
    ServingGpuUtilization,
}

impl GaugeKind {
    /// Every kind, in exposition order.
    pub const ALL: [GaugeKind; 8] = [
        Self::GpuUtilization,
        Self::GpuMemoryUsed,
        Self::GpuMemoryTotal,
        Self::GpuPower,
        Self::ServingKvCacheUsage,
        Self::ServingRequestsRunning,
        Self::ServingRequestsWaiting,
        Self::ServingGpuUtilization,
    ];

    /// Short name: the rollup row's `operation` and the timeseries metric name.
    pub fn name(self) -> &'static str {
        match self {
            Self::GpuUtilization => "gpu_utilization",
            Self::GpuMemoryUsed => "gpu_memory_used_bytes",
            Self::GpuMemoryTotal => "gpu_memory_total_bytes",
            Self::GpuPower => "gpu_power_watts",
            Self::ServingKvCacheUsage => "serving_kv_cache_usage",
            Self::ServingRequestsRunning => "serving_requests_running",
            Self::ServingRequestsWaiting => "serving_requests_waiting",
            Self::ServingGpuUtilization => "serving_gpu_utilization",
        }
    }

    /// From [`GaugeKind::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Prometheus metric name.
    pub fn exposition_name(self) -> &'static str {
        match self {
            Self::GpuUtilization => "glassbox_gpu_utilization_percent",
            Self::GpuMemoryUsed => "glassbox_gpu_memory_used_bytes",
            Self::GpuMemoryTotal => "glassbox_gpu_memory_total_bytes",
            Self::GpuPower => "glassbox_gpu_power_watts",
            Self::ServingKvCacheUsage => "glassbox_serving_kv_cache_usage_ratio",
            Self::ServingRequestsRunning => "glassbox_serving_requests_running",
            Self::ServingRequestsWaiting => "glassbox_serving_requests_waiting",
            Self::ServingGpuUtilization => "glassbox_serving_gpu_utilization_percent",
        }
    }

    /// Prometheus help text.
    pub fn help(self) -> &'static str {
        match self {
            Self::GpuUtilization => "GPU utilization in percent, from NVML.",
            Self::GpuMemoryUsed => "GPU memory used in bytes, from NVML.",
            Self::GpuMemoryTotal => "GPU memory total in bytes, from NVML.",
            Self::GpuPower => "GPU power draw in watts, from NVML.",
            Self::ServingKvCacheUsage => "Serving engine KV-cache usage (0-1), scraped.",
            Self::ServingRequestsRunning => "Requests running in the serving engine, scraped.",
            Self::ServingRequestsWaiting => "Requests waiting in the serving engine, scraped.",
            Self::ServingGpuUtilization => "GPU utilization in percent, scraped from DCGM.",
        }
    }

    /// Label names for (source, device) in the exposition.
    pub fn label_names(self) -> [&'static str; 2] {
        match self {
            Self::GpuUtilization | Self::GpuMemoryUsed | Self::GpuMemoryTotal | Self::GpuPower => {
                ["source", "gpu"]
            }
            Self::ServingKvCacheUsage
            | Self::ServingRequestsRunning
            | Self::ServingRequestsWaiting => ["target", "model_name"],
            Self::ServingGpuUtilization => ["target", "gpu"],
        }
    }
}

/// Live state of one call series: cumulative Prometheus histograms and counters, and the
/// open rollup minutes.
pub(crate) struct CallSeries {
    pub duration: Histogram,
    pub input_tokens: Histogram,
    pub output_tokens: Histogram,
    pub ttft: Histogram,
    pub tpot: Histogram,
    pub requests: u64,
    pub cache_hits: u64,
    pub cache_misses: u64,
    pub cache_bypass: u64,
    cells: Vec<CallCell>,
}

impl Default for CallSeries {
    fn default() -> Self {
        Self {
            duration: Histogram::new(OPERATION_DURATION_BUCKETS),
            input_tokens: Histogram::new(TOKEN_USAGE_BUCKETS),
            output_tokens: Histogram::new(TOKEN_USAGE_BUCKETS),
            ttft: Histogram::new(TIME_TO_FIRST_TOKEN_BUCKETS),
            tpot: Histogram::new(TIME_PER_OUTPUT_TOKEN_BUCKETS),
            requests: 0,
            cache_hits: 0,
            cache_misses: 0,
            cache_bypass: 0,
            cells: Vec::new(),
        }
    }
}

#[derive(Clone)]
struct CallCell {
    minute: i64,
    project: Box<str>,
    count: u64,
    errors: u64,
    latency: DdSketch,
    ttft: DdSketch,
    input_tokens: u64,
    output_tokens: u64,
    cache_hits: u64,
    cache_misses: u64,
    safety_flags: u64,
    safety_blocks: u64,
    answer_flagged: u64,
    answer_flags: crate::AnswerFlagCounts,
    cost_usd: f64,
    priced_calls: u64,
}

impl CallCell {
    fn new(minute: i64, project: &str) -> Self {
        Self {
            minute,
            project: project.into(),
            count: 0,
            errors: 0,
            latency: DdSketch::new(),
            ttft: DdSketch::new(),
            input_tokens: 0,
            output_tokens: 0,
            cache_hits: 0,
            cache_misses: 0,
            safety_flags: 0,
            safety_blocks: 0,
            answer_flagged: 0,
            answer_flags: crate::AnswerFlagCounts::default(),
            cost_usd: 0.0,
            priced_calls: 0,
        }
    }
}

/// Live state of one event series (service, model, name).
#[derive(Default)]
pub(crate) struct EventSeries {
    pub total: u64,
    pub feedback_up: u64,
    pub feedback_down: u64,
    pub score_sum: f64,
    pub score_count: u64,
    cells: Vec<EventCell>,
}

#[derive(Clone)]
struct EventCell {
    minute: i64,
    project: Box<str>,
    count: u64,
    up: u64,
    down: u64,
    score_sum: f64,
    score_count: u64,
    values: DdSketch,
    value_sum: f64,
    value_max: f64,
}

/// Live state of one gauge series (kind, source, device).
#[derive(Default)]
pub(crate) struct GaugeSeries {
    pub current: Option<f64>,
    cells: Vec<GaugeCell>,
}

#[derive(Clone)]
struct GaugeCell {
    minute: i64,
    samples: u64,
    sum: f64,
    max: f64,
}

/// Finds (or opens) the cell `is` picks (a minute, and a project for calls and events);
/// most calls hit the last one. Past [`MAX_OPEN_CELLS`] the oldest cell is evicted.
fn cell_for<T>(
    cells: &mut Vec<T>,
    is: impl Fn(&T) -> bool,
    new: impl FnOnce() -> T,
) -> (&mut T, bool) {
    let found = cells.iter().rposition(is);
    let mut evicted = false;
    let pos = match found {
        Some(p) => p,
        None => {
            if cells.len() >= MAX_OPEN_CELLS {
                cells.remove(0);
                evicted = true;
            }
            cells.push(new());
            cells.len() - 1
        }
    };
    (&mut cells[pos], evicted)
}

/// Takes the cells older than `cutoff` (all of them when `None` is not given… see callers).
fn split_cells<T: Clone>(
    cells: &mut Vec<T>,
    minute_of: impl Fn(&T) -> i64,
    take_before: Option<i64>,
) -> Vec<T> {
    match take_before {
        Some(cutoff) => {
            let (closed, open): (Vec<T>, Vec<T>) = std::mem::take(cells)
                .into_iter()
                .partition(|c| minute_of(c) < cutoff);
            *cells = open;
            closed
        }
        None => cells.clone(),
    }
}

/// Every metric glassbox computes, in memory. `Send + Sync`; share it in an `Arc`.
pub struct MetricsHub {
    config: MetricsConfig,
    /// [service, model, provider, operation, route, status_class]
    pub(crate) calls: Family<6, Mutex<CallSeries>>,
    /// [service, model, error_type]
    pub(crate) errors: Family<3, AtomicU64>,
    /// [service, model, category, action]
    pub(crate) safety: Family<4, AtomicU64>,
    /// [service, model, response model, flag]
    pub(crate) answer_flags: Family<4, AtomicU64>,
    /// [service, model]: cost in nano-dollars.
    pub(crate) cost: Family<2, AtomicU64>,
    /// [entity_type, source]
    pub(crate) redactions: Family<2, AtomicU64>,
    /// [service, model, name]
    pub(crate) events: Family<3, Mutex<EventSeries>>,
    /// [stage]
    pub(crate) dropped: Family<1, AtomicU64>,
    /// Gateway call records (span + log) not stored because the pipeline was full.
    pub(crate) gateway_dropped: AtomicU64,
    /// [stage]
    pub(crate) queue_depth: Family<1, AtomicU64>,
    pub(crate) store_write: Mutex<Histogram>,
    pub(crate) wal_rewind: Mutex<Histogram>,
    /// [gauge name, source, device]
    pub(crate) gauges: Family<3, Mutex<GaugeSeries>>,
    /// When this hub (this glassbox process) started collecting, Unix seconds.
    started_unix_secs: f64,
}

/// `""` is a poor label value; it reads as "label absent" in Prometheus.
#[inline]
fn label(s: &str) -> &str {
    if s.is_empty() {
        "unknown"
    } else {
        s
    }
}

impl MetricsHub {
    /// A hub with the given settings (checked).
    pub fn new(config: MetricsConfig) -> Result<Self, MetricsConfigError> {
        config.validate()?;
        let (cap, len) = (config.max_label_values, config.max_label_value_len);
        Ok(Self {
            calls: Family::new(cap, len),
            errors: Family::new(cap, len),
            safety: Family::new(cap, len),
            answer_flags: Family::new(cap, len),
            cost: Family::new(cap, len),
            redactions: Family::new(cap, len),
            events: Family::new(cap, len),
            dropped: Family::new(cap, len),
            gateway_dropped: AtomicU64::new(0),
            queue_depth: Family::new(cap, len),
            store_write: Mutex::new(Histogram::new(STORE_WRITE_BUCKETS)),
            wal_rewind: Mutex::new(Histogram::new(STORE_WRITE_BUCKETS)),
            gauges: Family::new(cap, len),
            config,
            started_unix_secs: now_unix_secs(),
        })
    }

    /// When this process started collecting, Unix seconds: rates over a window are
    /// averaged from here when glassbox started inside the window and nothing older
    /// is stored.
    pub fn started_unix_secs(&self) -> f64 {
        self.started_unix_secs
    }

    /// The settings in force.
    pub fn config(&self) -> &MetricsConfig {
        &self.config
    }

    /// Records one model call: Prometheus series and the open rollup minute.
    pub fn record_call(&self, obs: &CallObservation<'_>) {
        let minute = minute_of(obs.end_unix_nano);
        let service = label(obs.service);
        let model = label(obs.model);
        let labels = [
            service,
            model,
            label(obs.provider),
            label(obs.operation),
            label(obs.route),
            obs.status_class.as_str(),
        ];
        let duration_s = obs.duration_ns as f64 * 1e-9;
        let ttft_s = obs.ttft_ns.map(|t| t as f64 * 1e-9);
        let is_error = obs.status_class.is_error();
        let (flag, block) = match obs.safety {
            SafetyOutcome::Pass => (0, 0),
            SafetyOutcome::Flag(_) => (1, 0),
            SafetyOutcome::Block(_) => (0, 1),
        };
        let evicted = self.calls.with(labels, |series| {
            let mut s = series.lock();
            s.requests += 1;
            s.duration.observe(duration_s);
            s.input_tokens.observe(obs.input_tokens as f64);
            s.output_tokens.observe(obs.output_tokens as f64);
            if let Some(t) = ttft_s {
                s.ttft.observe(t);
            }
            if let Some(t) = obs.time_per_output_token_ns {
                s.tpot.observe(t as f64 * 1e-9);
            }
            let (hit, miss) = match obs.cache {
                CacheOutcome::Hit => (1, 0),
                CacheOutcome::Miss => (0, 1),
                CacheOutcome::Bypass => {
                    s.cache_bypass += 1;
                    (0, 0)
                }
                CacheOutcome::None => (0, 0),
            };
            s.cache_hits += hit;
            s.cache_misses += miss;
            let (cell, evicted) = cell_for(
                &mut s.cells,
                |c| c.minute == minute && *c.project == *obs.project,
                || CallCell::new(minute, obs.project),
            );
            cell.count += 1;
            cell.errors += u64::from(is_error);
            cell.latency.add(duration_s);
            if let Some(t) = ttft_s {
                cell.ttft.add(t);
            }
            cell.input_tokens += obs.input_tokens;
            cell.output_tokens += obs.output_tokens;
            cell.cache_hits += hit;
            cell.cache_misses += miss;
            cell.safety_flags += flag;
            cell.safety_blocks += block;
            if !obs.answer_flags.is_empty() {
                cell.answer_flagged += 1;
                cell.answer_flags.record(obs.answer_flags);
            }
            if let Some(c) = obs.cost_usd {
                cell.cost_usd += c;
                cell.priced_calls += 1;
            }
            evicted
        });
        if evicted {
            self.record_dropped("rollup", 1);
        }
        if is_error {
            let error_type = label(obs.error_type.unwrap_or(obs.status_class.as_str()));
            self.errors.with([service, model, error_type], |c| {
                c.fetch_add(1, Ordering::Relaxed);
            });
        }
        if let Some(c) = obs.cost_usd {
            let nano = (c * 1e9).round();
            if nano >= 1.0 {
                self.cost.with([service, model], |n| {
                    n.fetch_add(nano as u64, Ordering::Relaxed);
                });
            }
        }
        for flag in obs.answer_flags.iter() {
            self.answer_flags.with(
                [service, model, label(obs.response_model), flag.as_str()],
                |c| {
                    c.fetch_add(1, Ordering::Relaxed);
                },
            );
        }
        match obs.safety {
            SafetyOutcome::Pass => {}
            SafetyOutcome::Flag(category) => {
                self.safety
                    .with([service, model, label(category), "flag"], |c| {
                        c.fetch_add(1, Ordering::Relaxed);
                    })
            }
            SafetyOutcome::Block(category) => {
                self.safety
                    .with([service, model, label(category), "block"], |c| {
                        c.fetch_add(1, Ordering::Relaxed);
                    })
            }
        }
    }

    /// Records one feedback (thumbs up/down or a score).
    pub fn record_feedback(&self, fb: &FeedbackObservation<'_>) {
        let minute = minute_of(fb.time_unix_nano);
        let labels = [label(fb.service), label(fb.model), FEEDBACK_EVENT];
        let evicted = self.events.with(labels, |series| {
            let mut s = series.lock();
            s.total += 1;
            let (up, down, score) = match fb.feedback {
                Feedback::Up => (1, 0, None),
                Feedback::Down => (0, 1, None),
                Feedback::Score(v) if v.is_finite() => (0, 0, Some(v)),
                Feedback::Score(_) => (0, 0, None),
            };
            s.feedback_up += up;
            s.feedback_down += down;
            if let Some(v) = score {
                s.score_sum += v;
                s.score_count += 1;
            }
            let (cell, evicted) = cell_for(
                &mut s.cells,
                |c| c.minute == minute && *c.project == *fb.project,
                || EventCell::new(minute, fb.project),
            );
            cell.count += 1;
            cell.up += up;
            cell.down += down;
            if let Some(v) = score {
                cell.score_sum += v;
                cell.score_count += 1;
            }
            evicted
        });
        if evicted {
            self.record_dropped("rollup", 1);
        }
    }

    /// Records one business event (`conversion`, `session_end` with the session length in
    /// seconds as its value, or any app-defined name).
    pub fn record_event(&self, ev: &BusinessEvent<'_>) {
        let minute = minute_of(ev.time_unix_nano);
        let labels = [label(ev.service), "unknown", label(ev.name)];
        let evicted = self.events.with(labels, |series| {
            let mut s = series.lock();
            s.total += 1;
            let (cell, evicted) = cell_for(
                &mut s.cells,
                |c| c.minute == minute && *c.project == *ev.project,
                || EventCell::new(minute, ev.project),
            );
            cell.count += 1;
            if let Some(v) = ev.value.filter(|v| v.is_finite()) {
                cell.values.add(v);
                cell.value_sum += v;
                cell.value_max = cell.value_max.max(v);
            }
            evicted
        });
        if evicted {
            self.record_dropped("rollup", 1);
        }
    }

    /// Counts `n` redactions of one entity type (`email`, `credit_card`…) found in one
    /// source (`prompt`, `completion`, `log_body`, `attribute`…).
    pub fn record_redactions(&self, entity_type: &str, source: &str, n: u64) {
        self.redactions
            .with([label(entity_type), label(source)], |c| {
                c.fetch_add(n, Ordering::Relaxed);
            });
    }

    /// Counts `n` records dropped at a pipeline stage (`ingest`, `redact`, `store`…).
    pub fn record_dropped(&self, stage: &str, n: u64) {
        self.dropped.with([label(stage)], |c| {
            c.fetch_add(n, Ordering::Relaxed);
        });
    }

    /// Counts `n` gateway call records (a call is a span and a log) not stored because
    /// the pipeline's queue was full: the call itself was answered, its record is lost.
    pub fn record_gateway_dropped(&self, n: u64) {
        self.gateway_dropped.fetch_add(n, Ordering::Relaxed);
    }

    /// Gateway call records lost to a full pipeline since start.
    pub fn gateway_dropped(&self) -> u64 {
        self.gateway_dropped.load(Ordering::Relaxed)
    }

    /// Sets the current depth of a pipeline queue.
    pub fn set_queue_depth(&self, stage: &str, depth: u64) {
        self.queue_depth
            .with([label(stage)], |g| g.store(depth, Ordering::Relaxed));
    }

    /// Records how long one store write (batch) took.
    pub fn record_store_write(&self, duration: std::time::Duration) {
        self.store_write.lock().observe(duration.as_secs_f64());
    }

    /// Records how long the store writer paused to rewind its write-ahead log.
    pub fn record_wal_rewind(&self, duration: std::time::Duration) {
        self.wal_rewind.lock().observe(duration.as_secs_f64());
    }

    /// Sets a gauge (GPU probes, scraped serving metrics) and adds the sample to its
    /// rollup minute. `source` is `nvml` or a scrape target name; `device` a GPU index or
    /// a served model name.
    pub fn set_gauge(
        &self,
        kind: GaugeKind,
        source: &str,
        device: &str,
        value: f64,
        time_unix_nano: u64,
    ) {
        if !value.is_finite() {
            return;
        }
        let minute = minute_of(time_unix_nano);
        self.gauges
            .with([kind.name(), label(source), label(device)], |series| {
                let mut s = series.lock();
                s.current = Some(value);
                let (cell, _) = cell_for(
                    &mut s.cells,
                    |c| c.minute == minute,
                    || GaugeCell {
                        minute,
                        samples: 0,
                        sum: 0.0,
                        max: f64::NEG_INFINITY,
                    },
                );
                cell.samples += 1;
                cell.sum += value;
                cell.max = cell.max.max(value);
            });
    }

    /// Removes and returns every rollup minute that is closed at `now_unix_nano` (ended at
    /// least `close_delay_secs` ago), merged by key: what the store should persist now.
    /// Late data for a returned minute comes back in a later call as another row.
    pub fn take_closed_rollups(&self, now_unix_nano: u64) -> Vec<RollupRow> {
        let delay = self.config.close_delay_secs * 1_000_000_000;
        let cutoff = minute_of(now_unix_nano.saturating_sub(delay).max(1));
        self.collect_rollups(Some(cutoff))
    }

    /// A copy of every rollup minute still in memory (not yet taken), merged by key, so
    /// queries see data at once. Rows already taken are the store's; merging this with
    /// the store's rows never counts a call twice.
    pub fn open_rollups(&self) -> Vec<RollupRow> {
        self.collect_rollups(None)
    }

    fn collect_rollups(&self, take_before: Option<i64>) -> Vec<RollupRow> {
        let mut acc = RowMerger::default();
        self.calls.for_each(|l, series| {
            let cells = split_cells(&mut series.lock().cells, |c| c.minute, take_before);
            for c in cells {
                let m = acc.row(
                    c.minute,
                    RollupKind::Call,
                    [&l[0], &l[1], &l[3], &l[5]],
                    &c.project,
                );
                m.row.count += c.count;
                m.row.errors += c.errors;
                m.row.input_tokens += c.input_tokens;
                m.row.output_tokens += c.output_tokens;
                m.row.cache_hits += c.cache_hits;
                m.row.cache_misses += c.cache_misses;
                m.row.safety_flags += c.safety_flags;
                m.row.safety_blocks += c.safety_blocks;
                m.row.answer_flagged += c.answer_flagged;
                m.row.answer_flags.add(&c.answer_flags);
                m.row.cost_usd += c.cost_usd;
                m.row.priced_calls += c.priced_calls;
                // Same accuracy everywhere: merge cannot fail.
                let _ = m.latency.merge(&c.latency);
                let _ = m.ttft.merge(&c.ttft);
            }
        });
        self.events.for_each(|l, series| {
            let cells = split_cells(&mut series.lock().cells, |c| c.minute, take_before);
            for c in cells {
                let m = acc.row(
                    c.minute,
                    RollupKind::Event,
                    [&l[0], &l[1], &l[2], ""],
                    &c.project,
                );
                m.row.count += c.count;
                m.row.feedback_up += c.up;
                m.row.feedback_down += c.down;
                m.row.feedback_score_sum += c.score_sum;
                m.row.feedback_score_count += c.score_count;
                m.row.value_sum += c.value_sum;
                m.row.value_max = m.row.value_max.max(c.value_max);
                let _ = m.values.merge(&c.values);
            }
        });
        self.gauges.for_each(|l, series| {
            let cells = split_cells(&mut series.lock().cells, |c| c.minute, take_before);
            for c in cells {
                let m = acc.row(c.minute, RollupKind::Gauge, [&l[1], &l[2], &l[0], ""], "");
                m.row.count += c.samples;
                m.row.value_sum += c.sum;
                m.row.value_max = if m.row.count == c.samples {
                    c.max
                } else {
                    m.row.value_max.max(c.max)
                };
            }
        });
        acc.finish()
    }
}

impl EventCell {
    fn new(minute: i64, project: &str) -> Self {
        Self {
            minute,
            project: project.into(),
            count: 0,
            up: 0,
            down: 0,
            score_sum: 0.0,
            score_count: 0,
            values: DdSketch::new(),
            value_sum: 0.0,
            value_max: 0.0,
        }
    }
}

struct MergingRow {
    row: RollupRow,
    latency: DdSketch,
    ttft: DdSketch,
    values: DdSketch,
}

type RowKey = (i64, RollupKind, String, String, String, String, String);

#[derive(Default)]
struct RowMerger {
    rows: BTreeMap<RowKey, MergingRow>,
}

impl RowMerger {
    /// The row of a key: `[service, model, operation, status_class]` and the project
    /// (empty for gauges).
    fn row(
        &mut self,
        minute: i64,
        kind: RollupKind,
        [service, model, operation, status_class]: [&str; 4],
        project: &str,
    ) -> &mut MergingRow {
        let key = (
            minute,
            kind,
            service.to_owned(),
            model.to_owned(),
            operation.to_owned(),
            status_class.to_owned(),
            project.to_owned(),
        );
        self.rows.entry(key).or_insert_with(|| MergingRow {
            row: RollupRow {
                project: project.to_owned(),
                ..RollupRow::empty(minute, kind, service, model, operation, status_class)
            },
            latency: DdSketch::new(),
            ttft: DdSketch::new(),
            values: DdSketch::new(),
        })
    }

    fn finish(self) -> Vec<RollupRow> {
        self.rows
            .into_values()
            .map(|m| {
                let mut row = m.row;
                row.latency_sketch = m.latency.to_bytes();
                row.ttft_sketch = m.ttft.to_bytes();
                row.value_sketch = m.values.to_bytes();
                row
            })
            .collect()
    }
}

/// Now, Unix seconds.
pub fn now_unix_secs() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use crate::observation::StatusClass;

    const MIN: u64 = NANOS_PER_MINUTE;

    fn hub() -> MetricsHub {
        MetricsHub::new(MetricsConfig::default()).unwrap()
    }

    fn call(model: &str, ms: u64, at: u64) -> CallObservation<'_> {
        CallObservation {
            provider: "openai",
            route: "/v1/chat/completions",
            input_tokens: 10,
            output_tokens: 20,
            ttft_ns: Some(ms * 100_000),
            end_unix_nano: at,
            ..CallObservation::new("svc", model, "chat", ms * 1_000_000)
        }
    }

    #[test]
    fn hub_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<MetricsHub>();
    }

    #[test]
    fn rollups_close_by_minute_and_merge_label_sets() {
        let h = hub();
        let t0 = 1_000 * MIN;
        for i in 0..100 {
            h.record_call(&call("gpt", 100 + i, t0 + 5_000_000_000));
        }
        // Another provider / route folds into the same rollup key.
        h.record_call(&CallObservation {
            provider: "azure",
            ..call("gpt", 100, t0 + 1)
        });
        h.record_call(&CallObservation {
            status_class: StatusClass::ServerError,
            error_type: Some("500"),
            ..call("gpt", 100, t0 + MIN + 1)
        });
        assert_eq!(h.open_rollups().len(), 2);
        // Minute 1000 is not closed until 10 s after it ends.
        assert!(h.take_closed_rollups(t0 + MIN + 5_000_000_000).is_empty());
        let closed = h.take_closed_rollups(t0 + MIN + 11_000_000_000);
        assert_eq!(closed.len(), 1);
        let row = &closed[0];
        assert_eq!((row.minute, row.count, row.errors), (1000, 101, 0));
        assert_eq!(row.input_tokens, 1010);
        let p50 = DdSketch::from_bytes(&row.latency_sketch)
            .unwrap()
            .quantile(0.5)
            .unwrap();
        assert!((p50 - 0.149).abs() / 0.149 < 0.01, "{p50}");
        let open = h.open_rollups();
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].errors, 1);
        assert_eq!(open[0].status_class, "5xx");
    }

    #[test]
    fn rollups_keep_projects_apart_and_the_filter_picks_them() {
        use crate::rollup::RollupFilter;
        let h = hub();
        let t0 = 1_000 * MIN;
        for (project, n) in [("a", 3), ("b", 5)] {
            for _ in 0..n {
                h.record_call(&CallObservation {
                    project,
                    ..call("gpt", 100, t0 + 1)
                });
            }
            h.record_feedback(&FeedbackObservation {
                project,
                service: "svc",
                model: "gpt",
                feedback: Feedback::Down,
                time_unix_nano: t0 + 1,
            });
        }
        h.set_gauge(GaugeKind::GpuUtilization, "nvml", "0", 40.0, t0 + 1);
        let rows = h.open_rollups();
        let count = |project: &str, kind: RollupKind| -> u64 {
            let f = RollupFilter {
                projects: Some(vec![project.to_string()]),
                kinds: vec![kind],
                ..Default::default()
            };
            rows.iter().filter(|r| f.matches(r)).map(|r| r.count).sum()
        };
        assert_eq!(count("a", RollupKind::Call), 3);
        assert_eq!(count("b", RollupKind::Call), 5);
        assert_eq!(count("c", RollupKind::Call), 0);
        assert_eq!(count("a", RollupKind::Event), 1);
        // The machine's gauges are every project's.
        assert_eq!(count("a", RollupKind::Gauge), 1);
        let all: u64 = rows
            .iter()
            .filter(|r| r.kind == RollupKind::Call)
            .map(|r| r.count)
            .sum();
        assert_eq!(all, 8);
        // Rows survive a trip through JSON (a store's rows), project included; rows
        // written before projects read as `default`.
        let row = rows.iter().find(|r| r.project == "b").unwrap();
        let back: RollupRow = serde_json::from_str(&serde_json::to_string(row).unwrap()).unwrap();
        assert_eq!(&back, row);
        let mut old = serde_json::to_value(row).unwrap();
        old.as_object_mut().unwrap().remove("project");
        let old: RollupRow = serde_json::from_value(old).unwrap();
        assert_eq!(old.project, "default");
    }

    #[test]
    fn events_feedback_and_gauges_roll_up() {
        let h = hub();
        let t = 50 * MIN;
        for fb in [
            Feedback::Up,
            Feedback::Up,
            Feedback::Down,
            Feedback::Score(4.0),
        ] {
            h.record_feedback(&FeedbackObservation {
                project: "default",
                service: "svc",
                model: "gpt",
                feedback: fb,
                time_unix_nano: t,
            });
        }
        h.record_event(&BusinessEvent {
            project: "default",
            service: "svc",
            name: "session_end",
            value: Some(30.0),
            time_unix_nano: t,
        });
        h.set_gauge(GaugeKind::GpuUtilization, "nvml", "0", 40.0, t);
        h.set_gauge(GaugeKind::GpuUtilization, "nvml", "0", 80.0, t);
        let rows = h.take_closed_rollups(t + 2 * MIN);
        let fb = rows.iter().find(|r| r.operation == "feedback").unwrap();
        assert_eq!(
            (fb.feedback_up, fb.feedback_down, fb.feedback_score_count),
            (2, 1, 1)
        );
        let se = rows.iter().find(|r| r.operation == "session_end").unwrap();
        assert_eq!(se.value_sum, 30.0);
        let g = rows.iter().find(|r| r.kind == RollupKind::Gauge).unwrap();
        assert_eq!((g.count, g.value_sum, g.value_max), (2, 120.0, 80.0));
        assert!(h.open_rollups().is_empty());
    }

    #[test]
    fn concurrent_recording_counts_everything() {
        let h = std::sync::Arc::new(hub());
        let t = 7 * MIN;
        let threads: Vec<_> = (0..4)
            .map(|i| {
                let h = h.clone();
                std::thread::spawn(move || {
                    let model = format!("m{}", i % 2);
                    for _ in 0..10_000 {
                        h.record_call(&call(&model, 10, t));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let total: u64 = h.open_rollups().iter().map(|r| r.count).sum();
        assert_eq!(total, 40_000);
    }
}
