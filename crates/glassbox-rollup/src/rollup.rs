//! [`RollupRow`]: one minute of one series, as the store persists it, and
//! [`RollupSource`]: the read side the store implements.
//!
//! A row is plain data (integers, floats, strings, sketch BLOBs), so a SQLite or ClickHouse
//! table can mirror it column for column. Rows are **additive**: late data for a minute
//! that was already handed out comes back as another row with the same key, so a store
//! must insert (or merge on conflict), never replace; every reader here merges rows.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::sketch::{DdSketch, SketchError};

/// What a row counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RollupKind {
    /// Model calls: key (service, model, operation, status_class).
    Call,
    /// Feedback and business events: key (service, model, operation = event name).
    Event,
    /// Sampled gauges (GPU, serving engines): key (service = source, model = device,
    /// operation = gauge name).
    Gauge,
}

impl RollupKind {
    /// Column value: `call`, `event`, `gauge`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Call => "call",
            Self::Event => "event",
            Self::Gauge => "gauge",
        }
    }

    /// From the column value.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "call" => Some(Self::Call),
            "event" => Some(Self::Event),
            "gauge" => Some(Self::Gauge),
            _ => None,
        }
    }
}

/// One minute × one key. Fields a kind does not use stay zero / empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RollupRow {
    /// Minute, as Unix seconds / 60.
    pub minute: i64,
    /// What the row counts.
    pub kind: RollupKind,
    /// Service (call, event) or source (`nvml`, scrape target name) for gauges.
    pub service: String,
    /// Model (call, event; empty when unknown) or device for gauges.
    pub model: String,
    /// GenAI operation (call), event name (event) or gauge name (gauge).
    pub operation: String,
    /// `ok`, `4xx`, `5xx`, `error` for calls; empty otherwise.
    pub status_class: String,
    /// The project of the calls and events counted (gauges, which describe the machine,
    /// belong to none: empty).
    #[serde(default = "default_project")]
    pub project: String,
    /// Calls, events, or gauge samples.
    pub count: u64,
    /// Failed calls.
    pub errors: u64,
    /// Call latency in seconds, [`DdSketch`] bytes (empty when no value).
    pub latency_sketch: Vec<u8>,
    /// Time to first token in seconds, [`DdSketch`] bytes (empty when no value).
    pub ttft_sketch: Vec<u8>,
    /// Input tokens.
    pub input_tokens: u64,
    /// Output tokens.
    pub output_tokens: u64,
    /// Cache hits.
    pub cache_hits: u64,
    /// Cache misses.
    pub cache_misses: u64,
    /// Calls a safety rule flagged.
    pub safety_flags: u64,
    /// Calls a safety rule blocked.
    pub safety_blocks: u64,
    /// Calls with at least one answer-health flag (silent failures).
    #[serde(default)]
    pub answer_flagged: u64,
    /// Calls per answer flag, in `glassbox_answers::Flag::ALL` order.
    #[serde(default)]
    pub answer_flags: AnswerFlagCounts,
    /// What the calls cost, US dollars (priced models only).
    #[serde(default)]
    pub cost_usd: f64,
    /// Calls with a known cost.
    #[serde(default)]
    pub priced_calls: u64,
    /// Thumbs up.
    pub feedback_up: u64,
    /// Thumbs down.
    pub feedback_down: u64,
    /// Sum of numeric feedback scores.
    pub feedback_score_sum: f64,
    /// Number of numeric feedback scores.
    pub feedback_score_count: u64,
    /// Event values (session length in seconds for `session_end`), [`DdSketch`] bytes.
    pub value_sketch: Vec<u8>,
    /// Sum of event values or gauge samples.
    pub value_sum: f64,
    /// Largest gauge sample (or event value).
    pub value_max: f64,
}

fn default_project() -> String {
    glassbox_core::project::DEFAULT_PROJECT.to_string()
}

impl RollupRow {
    /// An empty row for a key.
    pub fn empty(
        minute: i64,
        kind: RollupKind,
        service: &str,
        model: &str,
        operation: &str,
        status_class: &str,
    ) -> Self {
        Self {
            minute,
            kind,
            service: service.into(),
            model: model.into(),
            operation: operation.into(),
            status_class: status_class.into(),
            project: if kind == RollupKind::Gauge {
                String::new()
            } else {
                default_project()
            },
            count: 0,
            errors: 0,
            latency_sketch: Vec::new(),
            ttft_sketch: Vec::new(),
            input_tokens: 0,
            output_tokens: 0,
            cache_hits: 0,
            cache_misses: 0,
            safety_flags: 0,
            safety_blocks: 0,
            answer_flagged: 0,
            answer_flags: AnswerFlagCounts::default(),
            cost_usd: 0.0,
            priced_calls: 0,
            feedback_up: 0,
            feedback_down: 0,
            feedback_score_sum: 0.0,
            feedback_score_count: 0,
            value_sketch: Vec::new(),
            value_sum: 0.0,
            value_max: 0.0,
        }
    }

    /// Adds `other` (same key) into `self`, merging sketches.
    pub fn merge(&mut self, other: &RollupRow) -> Result<(), SketchError> {
        self.count += other.count;
        self.errors += other.errors;
        merge_sketch_bytes(&mut self.latency_sketch, &other.latency_sketch)?;
        merge_sketch_bytes(&mut self.ttft_sketch, &other.ttft_sketch)?;
        merge_sketch_bytes(&mut self.value_sketch, &other.value_sketch)?;
        self.input_tokens += other.input_tokens;
        self.output_tokens += other.output_tokens;
        self.cache_hits += other.cache_hits;
        self.cache_misses += other.cache_misses;
        self.safety_flags += other.safety_flags;
        self.safety_blocks += other.safety_blocks;
        self.answer_flagged += other.answer_flagged;
        self.answer_flags.add(&other.answer_flags);
        self.cost_usd += other.cost_usd;
        self.priced_calls += other.priced_calls;
        self.feedback_up += other.feedback_up;
        self.feedback_down += other.feedback_down;
        self.feedback_score_sum += other.feedback_score_sum;
        self.feedback_score_count += other.feedback_score_count;
        self.value_sum += other.value_sum;
        self.value_max = self.value_max.max(other.value_max);
        Ok(())
    }
}

/// Calls per answer flag, in `glassbox_answers::Flag::ALL` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AnswerFlagCounts(pub [u64; glassbox_answers::Flag::ALL.len()]);

impl AnswerFlagCounts {
    /// Counts one call's flags.
    pub fn record(&mut self, flags: glassbox_answers::Flags) {
        for f in flags.iter() {
            self.0[f.index()] += 1;
        }
    }

    /// Adds `other` in.
    pub fn add(&mut self, other: &AnswerFlagCounts) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }

    /// `(flag name, count)` for the flags counted at least once.
    pub fn nonzero(&self) -> impl Iterator<Item = (&'static str, u64)> + '_ {
        glassbox_answers::Flag::ALL
            .into_iter()
            .map(|f| (f.as_str(), self.0[f.index()]))
            .filter(|(_, n)| *n > 0)
    }

    /// Stored form: `refusal=3,truncated=1` (empty when none).
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (name, n) in self.nonzero() {
            if !out.is_empty() {
                out.push(',');
            }
            out.push_str(name);
            out.push('=');
            out.push_str(&n.to_string());
        }
        out
    }

    /// Reads [`AnswerFlagCounts::encode`]'s form; unknown names and bad counts are skipped
    /// (a newer glassbox may know more flags).
    pub fn decode(s: &str) -> Self {
        let mut c = Self::default();
        for part in s.split(',') {
            if let Some((name, n)) = part.split_once('=') {
                if let (Some(f), Ok(n)) = (glassbox_answers::Flag::parse(name), n.parse::<u64>()) {
                    c.0[f.index()] += n;
                }
            }
        }
        c
    }
}

/// JSON form: `{"refusal": 3, "truncated": 1}`.
impl Serialize for AnswerFlagCounts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.nonzero())
    }
}

impl<'de> Deserialize<'de> for AnswerFlagCounts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let m = std::collections::BTreeMap::<String, u64>::deserialize(d)?;
        let mut c = Self::default();
        for (name, n) in m {
            if let Some(f) = glassbox_answers::Flag::parse(&name) {
                c.0[f.index()] += n;
            }
        }
        Ok(c)
    }
}

fn merge_sketch_bytes(into: &mut Vec<u8>, from: &[u8]) -> Result<(), SketchError> {
    if from.is_empty() {
        return Ok(());
    }
    if into.is_empty() {
        into.extend_from_slice(from);
        return Ok(());
    }
    let mut s = DdSketch::from_bytes(into)?;
    s.merge_bytes(from)?;
    *into = s.to_bytes();
    Ok(())
}

/// Which rows a query wants; `None` matches everything. Filters apply to the row's
/// `service` / `model` / `operation` columns whatever its kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RollupFilter {
    /// Only this service.
    pub service: Option<String>,
    /// Only this model.
    pub model: Option<String>,
    /// Only this operation.
    pub operation: Option<String>,
    /// Only these kinds (empty: all).
    #[serde(default)]
    pub kinds: Vec<RollupKind>,
    /// Only calls and events of these projects (`None`: every project); gauges describe
    /// the machine and pass.
    #[serde(default)]
    pub projects: Option<Vec<String>>,
}

impl RollupFilter {
    /// True when `row` passes.
    pub fn matches(&self, row: &RollupRow) -> bool {
        let ok = |want: &Option<String>, have: &str| want.as_deref().is_none_or(|w| w == have);
        let model_ok = self
            .model
            .as_deref()
            .is_none_or(|w| glassbox_core::glob::glob_match(w, &row.model));
        // Filters on service/model narrow calls and events; gauges describe the machine and
        // are kept unless asked for by name.
        let project_ok = self
            .projects
            .as_ref()
            .is_none_or(|list| list.contains(&row.project));
        let dims = row.kind == RollupKind::Gauge
            || (ok(&self.service, &row.service)
                && model_ok
                && ok(&self.operation, &row.operation)
                && project_ok);
        dims && (self.kinds.is_empty() || self.kinds.contains(&row.kind))
    }
}

/// Why persisted rollups could not be read.
#[derive(Debug, Error)]
pub enum RollupError {
    /// The backing store failed.
    #[error("rollup store unavailable: {0}")]
    Store(String),
    /// A stored sketch could not be decoded.
    #[error(transparent)]
    Sketch(#[from] SketchError),
}

/// The read side of persisted rollups; the store implements it.
pub trait RollupSource: Send + Sync {
    /// Rows with `from_minute <= minute < to_minute` that pass `filter` (a store may
    /// return more; callers filter again). Order does not matter.
    fn rollups(
        &self,
        from_minute: i64,
        to_minute: i64,
        filter: &RollupFilter,
    ) -> Result<Vec<RollupRow>, RollupError>;
}

/// A [`RollupSource`] in memory: for tests, and for running without a store.
#[derive(Debug, Default)]
pub struct MemoryRollupSource {
    rows: parking_lot::RwLock<Vec<RollupRow>>,
}

impl MemoryRollupSource {
    /// An empty source.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends rows (what a store's writer would persist).
    pub fn extend(&self, rows: impl IntoIterator<Item = RollupRow>) {
        self.rows.write().extend(rows);
    }
}

impl RollupSource for MemoryRollupSource {
    fn rollups(
        &self,
        from_minute: i64,
        to_minute: i64,
        filter: &RollupFilter,
    ) -> Result<Vec<RollupRow>, RollupError> {
        Ok(self
            .rows
            .read()
            .iter()
            .filter(|r| r.minute >= from_minute && r.minute < to_minute && filter.matches(r))
            .cloned()
            .collect())
    }
}
