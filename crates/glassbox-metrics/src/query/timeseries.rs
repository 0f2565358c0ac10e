//! [`timeseries`]: one metric per time bucket, optionally one series per model, service
//! or operation.

use std::collections::BTreeMap;

use serde::Serialize;

use super::params::ParamError;
use super::summary::{merge_or_warn, ratio};
use crate::hub::GaugeKind;
use crate::observation::{CONVERSION_EVENT, FEEDBACK_EVENT, SESSION_END_EVENT};
use crate::rollup::{RollupKind, RollupRow};
use crate::sketch::DdSketch;

/// Picks one sketch column of a row.
type SketchColumn = fn(&RollupRow) -> &[u8];

/// A metric [`timeseries`] can compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeseriesMetric {
    /// Latency quantile in ms: `latency_p50`, `latency_p90`, `latency_p99`.
    Latency(Percentile),
    /// Time to first token in ms: `ttft_p50`, `ttft_p90`, `ttft_p99`.
    Ttft(Percentile),
    /// `requests_per_s`: calls per second in the bucket.
    RequestsPerS,
    /// `error_rate`: failed / all calls.
    ErrorRate,
    /// `input_tokens`: sum per bucket.
    InputTokens,
    /// `output_tokens`: sum per bucket.
    OutputTokens,
    /// `cache_hit_rate`: hits / (hits + misses).
    CacheHitRate,
    /// `safety_violations`: flags + blocks per bucket.
    SafetyViolations,
    /// `silent_failures`: calls with an answer-health flag per bucket.
    SilentFailures,
    /// `silent_failure_rate`: flagged / all calls.
    SilentFailureRate,
    /// `cost_usd`: US dollars per bucket.
    CostUsd,
    /// `thumbs_up_ratio`: up / (up + down).
    ThumbsUpRatio,
    /// `conversions`: conversion events per bucket.
    Conversions,
    /// `session_length_p50`: median session length, seconds.
    SessionLengthP50,
    /// A gauge's mean over the bucket: `gpu_utilization` (NVML and DCGM),
    /// `gpu_memory_used_bytes`, `gpu_power_watts`, `serving_kv_cache_usage`,
    /// `serving_requests_running`, `serving_requests_waiting`…
    GaugeAvg(GaugeKind),
    /// A gauge's maximum over the bucket: the gauge name with `_max` (`gpu_utilization_max`).
    GaugeMax(GaugeKind),
}

/// A quantile of a latency-like sketch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Percentile {
    /// 50th.
    P50,
    /// 90th.
    P90,
    /// 99th.
    P99,
}

impl Percentile {
    fn q(self) -> f64 {
        match self {
            Self::P50 => 0.5,
            Self::P90 => 0.9,
            Self::P99 => 0.99,
        }
    }
}

impl TimeseriesMetric {
    /// Names accepted by [`TimeseriesMetric::parse`], for error messages and docs.
    pub const NAMES: &'static str = "latency_p50, latency_p90, latency_p99, ttft_p50, ttft_p90, \
        ttft_p99, requests_per_s, error_rate, input_tokens, output_tokens, cache_hit_rate, \
        safety_violations, silent_failures, silent_failure_rate, cost_usd, thumbs_up_ratio, conversions, session_length_p50, gpu_utilization, \
        gpu_memory_used_bytes, gpu_memory_total_bytes, gpu_power_watts, serving_kv_cache_usage, \
        serving_requests_running, serving_requests_waiting, serving_gpu_utilization (gauges \
        also as <name>_max)";

    /// From the `metric` query parameter.
    pub fn parse(name: &str) -> Result<Self, ParamError> {
        use Percentile::*;
        Ok(match name {
            "latency_p50" => Self::Latency(P50),
            "latency_p90" => Self::Latency(P90),
            "latency_p99" => Self::Latency(P99),
            "ttft_p50" => Self::Ttft(P50),
            "ttft_p90" => Self::Ttft(P90),
            "ttft_p99" => Self::Ttft(P99),
            "requests_per_s" => Self::RequestsPerS,
            "error_rate" => Self::ErrorRate,
            "input_tokens" => Self::InputTokens,
            "output_tokens" => Self::OutputTokens,
            "cache_hit_rate" => Self::CacheHitRate,
            "safety_violations" => Self::SafetyViolations,
            "silent_failures" => Self::SilentFailures,
            "silent_failure_rate" => Self::SilentFailureRate,
            "cost_usd" => Self::CostUsd,
            "thumbs_up_ratio" => Self::ThumbsUpRatio,
            "conversions" => Self::Conversions,
            "session_length_p50" => Self::SessionLengthP50,
            other => {
                let (base, max) = match other.strip_suffix("_max") {
                    Some(b) => (b, true),
                    None => (other, false),
                };
                match GaugeKind::from_name(base) {
                    Some(k) if max => Self::GaugeMax(k),
                    Some(k) => Self::GaugeAvg(k),
                    None => {
                        return Err(ParamError::new(
                            "metric",
                            format!("unknown metric `{name}`; one of: {}", Self::NAMES),
                        ))
                    }
                }
            }
        })
    }

    /// The metric's name, as [`TimeseriesMetric::parse`] accepts it.
    pub fn name(self) -> String {
        let p = |p: Percentile| match p {
            Percentile::P50 => "p50",
            Percentile::P90 => "p90",
            Percentile::P99 => "p99",
        };
        match self {
            Self::Latency(q) => format!("latency_{}", p(q)),
            Self::Ttft(q) => format!("ttft_{}", p(q)),
            Self::RequestsPerS => "requests_per_s".into(),
            Self::ErrorRate => "error_rate".into(),
            Self::InputTokens => "input_tokens".into(),
            Self::OutputTokens => "output_tokens".into(),
            Self::CacheHitRate => "cache_hit_rate".into(),
            Self::SafetyViolations => "safety_violations".into(),
            Self::SilentFailures => "silent_failures".into(),
            Self::SilentFailureRate => "silent_failure_rate".into(),
            Self::CostUsd => "cost_usd".into(),
            Self::ThumbsUpRatio => "thumbs_up_ratio".into(),
            Self::Conversions => "conversions".into(),
            Self::SessionLengthP50 => "session_length_p50".into(),
            Self::GaugeAvg(k) => k.name().into(),
            Self::GaugeMax(k) => format!("{}_max", k.name()),
        }
    }

    /// For quantile metrics: which sketch of a row, and which quantile.
    fn sketch(self) -> Option<(SketchColumn, f64)> {
        match self {
            Self::Latency(p) => Some((|r| &r.latency_sketch, p.q())),
            Self::Ttft(p) => Some((|r| &r.ttft_sketch, p.q())),
            Self::SessionLengthP50 => Some((|r| &r.value_sketch, 0.5)),
            _ => None,
        }
    }

    /// Unit change from the sketch's seconds: ms for latencies, seconds for sessions.
    fn sketch_scale(self) -> f64 {
        match self {
            Self::SessionLengthP50 => 1.0,
            _ => 1e3,
        }
    }

    /// True when `row` feeds this metric.
    fn wants(self, row: &RollupRow) -> bool {
        match self {
            Self::ThumbsUpRatio => row.kind == RollupKind::Event && row.operation == FEEDBACK_EVENT,
            Self::Conversions => row.kind == RollupKind::Event && row.operation == CONVERSION_EVENT,
            Self::SessionLengthP50 => {
                row.kind == RollupKind::Event && row.operation == SESSION_END_EVENT
            }
            Self::GaugeAvg(k) | Self::GaugeMax(k) => {
                row.kind == RollupKind::Gauge
                    && (row.operation == k.name()
                        || (k == GaugeKind::GpuUtilization
                            && row.operation == GaugeKind::ServingGpuUtilization.name()))
            }
            _ => row.kind == RollupKind::Call,
        }
    }
}

/// How to split the series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupBy {
    /// One series, named `all`.
    #[default]
    None,
    /// One per model (per device for GPU gauges).
    Model,
    /// One per service (per source for gauges).
    Service,
    /// One per operation.
    Operation,
}

impl GroupBy {
    /// From the `group_by` query parameter (`model`, `service`, `operation`, `none`).
    pub fn parse(s: &str) -> Result<Self, ParamError> {
        match s {
            "" | "none" => Ok(Self::None),
            "model" => Ok(Self::Model),
            "service" => Ok(Self::Service),
            "operation" => Ok(Self::Operation),
            other => Err(ParamError::new(
                "group_by",
                format!("unknown group `{other}`; one of: model, service, operation, none"),
            )),
        }
    }

    fn key(self, row: &RollupRow) -> &str {
        match self {
            Self::None => "all",
            Self::Model => &row.model,
            Self::Service => &row.service,
            Self::Operation => &row.operation,
        }
    }
}

/// One point: the bucket's start (Unix seconds) and its value (`null` when undefined,
/// e.g. a latency quantile of a bucket with no calls).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    /// Bucket start, Unix seconds.
    pub t: i64,
    /// Value.
    pub v: Option<f64>,
}

/// One series of a [`Timeseries`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    /// Group value (`all` when not grouped).
    pub group: String,
    /// One point per bucket, oldest first.
    pub points: Vec<Point>,
    /// The metric over the whole window (`null` when undefined): the statistic the
    /// summary's tiles show, so a chart's legend and the tile beside it agree. Sums per
    /// bucket (tokens, cost, flags, conversions) are summed over the window.
    pub window: Option<f64>,
}

/// The answer of [`timeseries`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeseries {
    /// The metric's name as asked.
    pub metric: String,
    /// First bucket start, Unix seconds.
    pub from: i64,
    /// End of the last bucket, Unix seconds (exclusive).
    pub to: i64,
    /// Bucket length, seconds.
    pub step_seconds: i64,
    /// Series, sorted by group.
    pub series: Vec<Series>,
}

#[derive(Default)]
struct Bucket {
    count: u64,
    errors: u64,
    tokens: u64,
    hits: u64,
    misses: u64,
    up: u64,
    down: u64,
    sum: f64,
    max: Option<f64>,
}

/// Computes `metric` over `[from_minute, to_minute)` in buckets of `step_minutes`,
/// one series per `group_by` value. `rows` may hold anything; rows outside the range or
/// not feeding the metric are ignored.
pub fn timeseries(
    rows: &[RollupRow],
    metric: TimeseriesMetric,
    from_minute: i64,
    to_minute: i64,
    step_minutes: i64,
    group_by: GroupBy,
) -> Timeseries {
    let step = step_minutes.max(1);
    let to_minute = to_minute.max(from_minute);
    let n = ((to_minute - from_minute + step - 1) / step) as usize;
    let step_secs = step * 60;
    let relevant = rows
        .iter()
        .filter(|r| r.minute >= from_minute && r.minute < to_minute && metric.wants(r));
    let point = |i: usize, v| Point {
        t: (from_minute + i as i64 * step) * 60,
        v,
    };
    let mut values: BTreeMap<&str, Vec<Option<f64>>> = BTreeMap::new();
    let mut whole: BTreeMap<&str, Option<f64>> = BTreeMap::new();
    let window_secs = (to_minute - from_minute).max(1) * 60;
    if let Some((sketch_of, q)) = metric.sketch() {
        // Quantiles: visit rows bucket by bucket, merging into one reused sketch, so a
        // day at one-minute steps does not hold thousands of sketches at once.
        let mut order: Vec<(&str, usize, &RollupRow)> = relevant
            .map(|r| {
                (
                    group_by.key(r),
                    ((r.minute - from_minute) / step) as usize,
                    r,
                )
            })
            .collect();
        order.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let mut scratch = DdSketch::new();
        let mut group_sketch = DdSketch::new();
        let mut i = 0;
        while i < order.len() {
            let (group, bucket, _) = order[i];
            scratch.clear();
            while i < order.len() && order[i].0 == group && order[i].1 == bucket {
                merge_or_warn(&mut scratch, sketch_of(order[i].2));
                i += 1;
            }
            let series = values.entry(group).or_insert_with(|| vec![None; n]);
            if let Some(slot) = series.get_mut(bucket) {
                *slot = scratch.quantile(q).map(|v| v * metric.sketch_scale());
            }
            // Both sketches are built here with the same parameters: merging cannot fail.
            let _ = group_sketch.merge(&scratch);
            if i == order.len() || order[i].0 != group {
                whole.insert(
                    group,
                    group_sketch.quantile(q).map(|v| v * metric.sketch_scale()),
                );
                group_sketch.clear();
            }
        }
    } else {
        let mut groups: BTreeMap<&str, Vec<Bucket>> = BTreeMap::new();
        for row in relevant {
            let i = ((row.minute - from_minute) / step) as usize;
            let buckets = groups
                .entry(group_by.key(row))
                .or_insert_with(|| (0..n).map(|_| Bucket::default()).collect());
            if let Some(b) = buckets.get_mut(i) {
                accumulate(metric, b, row);
            }
        }
        for (group, buckets) in groups {
            let mut all = Bucket::default();
            for b in &buckets {
                all.add(b);
            }
            whole.insert(group, value(metric, &all, window_secs));
            values.insert(
                group,
                buckets
                    .iter()
                    .map(|b| value(metric, b, step_secs))
                    .collect(),
            );
        }
    }
    let series = values
        .into_iter()
        .map(|(group, vs)| Series {
            window: whole.get(group).copied().flatten(),
            group: group.to_owned(),
            points: vs
                .into_iter()
                .enumerate()
                .map(|(i, v)| point(i, v))
                .collect(),
        })
        .collect();
    Timeseries {
        metric: metric.name(),
        from: from_minute * 60,
        to: (from_minute + n as i64 * step) * 60,
        step_seconds: step_secs,
        series,
    }
}

impl Bucket {
    /// Adds another bucket's counts (a window is the sum of its buckets).
    fn add(&mut self, o: &Bucket) {
        self.count += o.count;
        self.errors += o.errors;
        self.tokens += o.tokens;
        self.hits += o.hits;
        self.misses += o.misses;
        self.up += o.up;
        self.down += o.down;
        self.sum += o.sum;
        self.max = match (self.max, o.max) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
}

fn accumulate(metric: TimeseriesMetric, b: &mut Bucket, row: &RollupRow) {
    use TimeseriesMetric::*;
    b.count += row.count;
    match metric {
        ErrorRate => b.errors += row.errors,
        InputTokens => b.tokens += row.input_tokens,
        OutputTokens => b.tokens += row.output_tokens,
        CacheHitRate => {
            b.hits += row.cache_hits;
            b.misses += row.cache_misses;
        }
        SafetyViolations => b.tokens += row.safety_flags + row.safety_blocks,
        SilentFailures => b.tokens += row.answer_flagged,
        SilentFailureRate => b.errors += row.answer_flagged,
        CostUsd => b.sum += row.cost_usd,
        ThumbsUpRatio => {
            b.up += row.feedback_up;
            b.down += row.feedback_down;
        }
        GaugeAvg(_) | GaugeMax(_) => {
            b.sum += row.value_sum;
            b.max = Some(b.max.map_or(row.value_max, |m| m.max(row.value_max)));
        }
        RequestsPerS | Conversions | Latency(_) | Ttft(_) | SessionLengthP50 => {}
    }
}

fn value(metric: TimeseriesMetric, b: &Bucket, step_secs: i64) -> Option<f64> {
    use TimeseriesMetric::*;
    match metric {
        Latency(_) | Ttft(_) | SessionLengthP50 => None,
        RequestsPerS => Some(b.count as f64 / step_secs as f64),
        ErrorRate | SilentFailureRate => ratio(b.errors, b.count),
        InputTokens | OutputTokens | SafetyViolations | SilentFailures => Some(b.tokens as f64),
        Conversions => Some(b.count as f64),
        CacheHitRate => ratio(b.hits, b.hits + b.misses),
        ThumbsUpRatio => ratio(b.up, b.up + b.down),
        GaugeAvg(_) => (b.count > 0).then(|| b.sum / b.count as f64),
        CostUsd => Some(b.sum),
        GaugeMax(_) => b.max,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    fn row(minute: i64, model: &str, n: u64, latency_s: f64) -> RollupRow {
        let mut sk = DdSketch::new();
        sk.add_n(latency_s, n);
        let mut r = RollupRow::empty(minute, RollupKind::Call, "svc", model, "chat", "ok");
        r.count = n;
        r.latency_sketch = sk.to_bytes();
        r.input_tokens = n;
        r
    }

    #[test]
    fn buckets_and_groups() {
        let rows: Vec<_> = (0..10)
            .flat_map(|m| [row(m, "a", 60, 0.1), row(m, "b", 120, 0.5)])
            .collect();
        let m = TimeseriesMetric::parse("latency_p50").unwrap();
        let ts = timeseries(&rows, m, 0, 10, 5, GroupBy::Model);
        assert_eq!(ts.series.len(), 2);
        assert_eq!(ts.series[0].points.len(), 2);
        assert_eq!(ts.series[0].points[1].t, 300);
        let v = ts.series[1].points[0].v.unwrap();
        assert!((v - 500.0).abs() < 5.0, "{v}");
        let rps = timeseries(
            &rows,
            TimeseriesMetric::RequestsPerS,
            0,
            10,
            1,
            GroupBy::None,
        );
        assert_eq!(rps.series[0].group, "all");
        assert_eq!(rps.series[0].points[3].v, Some(3.0));
        // The window value is the statistic over every row, as the summary computes it:
        // half the calls at 0.1 s and 1 s apart is not the median of bucket medians.
        let mixed: Vec<_> = (0..10)
            .map(|m| {
                if m < 6 {
                    row(m, "a", 10, 0.1)
                } else {
                    row(m, "a", 10, 1.0)
                }
            })
            .collect();
        let all = timeseries(&mixed, m, 0, 10, 5, GroupBy::None);
        assert!((all.series[0].points[1].v.unwrap() - 1000.0).abs() < 10.0);
        assert!(
            (all.series[0].window.unwrap() - 100.0).abs() < 1.0,
            "{:?}",
            all.series[0].window
        );
        assert_eq!(
            rps.series[0].window,
            Some(3.0),
            "180 calls a minute over the window"
        );
        let tokens = timeseries(
            &rows,
            TimeseriesMetric::InputTokens,
            0,
            10,
            5,
            GroupBy::Model,
        );
        assert_eq!(
            tokens.series[0].window,
            Some(600.0),
            "sums are summed over the window"
        );
        // A range with no data has no series (the UI draws an empty chart).
        let empty = timeseries(&rows, m, 100, 110, 1, GroupBy::None);
        assert!(empty.series.is_empty());
    }

    #[test]
    fn gauges_and_unknown_metrics() {
        let mut g = RollupRow::empty(3, RollupKind::Gauge, "nvml", "0", "gpu_utilization", "");
        g.count = 4;
        g.value_sum = 200.0;
        g.value_max = 90.0;
        let m = TimeseriesMetric::parse("gpu_utilization").unwrap();
        let ts = timeseries(&[g.clone()], m, 0, 5, 1, GroupBy::Model);
        assert_eq!(ts.series[0].points[3].v, Some(50.0));
        assert_eq!(ts.series[0].group, "0");
        let mx = TimeseriesMetric::parse("gpu_utilization_max").unwrap();
        let ts = timeseries(&[g], mx, 0, 5, 1, GroupBy::None);
        assert_eq!(ts.series[0].points[3].v, Some(90.0));
        assert_eq!(TimeseriesMetric::parse("nope").unwrap_err().param, "metric");
        assert_eq!(GroupBy::parse("user").unwrap_err().param, "group_by");
    }
}
