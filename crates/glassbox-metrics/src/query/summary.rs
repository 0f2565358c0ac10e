//! [`summary`]: the headline numbers of one window, from rollup rows.

use std::time::Duration;

use serde::Serialize;

use crate::observation::{CONVERSION_EVENT, SESSION_END_EVENT};
use crate::rollup::{RollupKind, RollupRow};
use crate::sketch::DdSketch;

/// P50 / P90 / P99 in milliseconds; `null` when there is no data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Quantiles {
    /// Median.
    pub p50: Option<f64>,
    /// 90th percentile.
    pub p90: Option<f64>,
    /// 99th percentile.
    pub p99: Option<f64>,
}

impl Quantiles {
    fn of_seconds(s: &DdSketch) -> Self {
        let ms = |q| s.quantile(q).map(|v| v * 1e3);
        Self {
            p50: ms(0.5),
            p90: ms(0.9),
            p99: ms(0.99),
        }
    }
}

/// The headline numbers of one window. Rates are `null` when their denominator is zero.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Window length, seconds.
    pub window_seconds: u64,
    /// Seconds every per-time rate is averaged over: the window, or the part of it that
    /// has data when glassbox started less than a window ago.
    pub rate_seconds: u64,
    /// Model calls.
    pub requests: u64,
    /// Calls per second over the window.
    pub requests_per_s: f64,
    /// Failed calls (4xx, 5xx, error).
    pub errors: u64,
    /// errors / requests.
    pub error_rate: Option<f64>,
    /// Call latency, ms.
    pub latency_ms: Quantiles,
    /// Time to first token, ms (streaming calls only).
    pub ttft_ms: Quantiles,
    /// Input tokens in the window.
    pub input_tokens: u64,
    /// Output tokens in the window.
    pub output_tokens: u64,
    /// Input tokens per minute.
    pub input_tokens_per_min: f64,
    /// Output tokens per minute.
    pub output_tokens_per_min: f64,
    /// Cache hits.
    pub cache_hits: u64,
    /// Cache misses.
    pub cache_misses: u64,
    /// hits / (hits + misses); bypassed and uncached calls do not count.
    pub cache_hit_rate: Option<f64>,
    /// Calls a safety rule flagged.
    pub safety_flags: u64,
    /// Calls a safety rule blocked.
    pub safety_blocks: u64,
    /// (flags + blocks) per hour.
    pub safety_violations_per_hour: f64,
    /// Calls whose answer an answer-health check flagged (silent failures).
    pub answer_flagged: u64,
    /// answer_flagged / requests.
    pub answer_flag_rate: Option<f64>,
    /// Calls per answer flag (`refusal`, `truncated`…), only flags seen.
    pub answer_flags: std::collections::BTreeMap<&'static str, u64>,
    /// Per answer flag: calls flagged / requests.
    pub answer_flag_rates: std::collections::BTreeMap<&'static str, f64>,
    /// What the window's calls cost, US dollars (priced models only).
    pub cost_usd: f64,
    /// cost_usd per hour over the window.
    pub cost_usd_per_hour: f64,
    /// Calls with a known cost (calls to models missing from the price table have none).
    pub priced_calls: u64,
    /// Thumbs up.
    pub feedback_up: u64,
    /// Thumbs down.
    pub feedback_down: u64,
    /// up / (up + down).
    pub thumbs_up_ratio: Option<f64>,
    /// Mean numeric feedback score.
    pub feedback_score_avg: Option<f64>,
    /// `conversion` events.
    pub conversions: u64,
    /// `session_end` events.
    pub sessions: u64,
    /// conversions / sessions when sessions were reported, else conversions / requests
    /// (see `conversion_rate_basis`).
    pub conversion_rate: Option<f64>,
    /// `sessions`, `requests`, or `none` when both are zero.
    pub conversion_rate_basis: &'static str,
    /// Median session length, seconds: from `session_end` events, else from the traces
    /// grouped by session id (see `session_source`).
    pub median_session_length_s: Option<f64>,
    /// Where `sessions` and the session length come from: `session_end` (events the
    /// application reported), `traces` (traces grouped by session id), or `none`.
    pub session_source: &'static str,
    /// Gateway call records lost because the pipeline was full, since this glassbox
    /// started (not limited to the window): calls answered but not recorded.
    pub gateway_records_dropped: u64,
}

/// Computes the [`Summary`] of `rows` (already limited to the window and filters) over a
/// window of length `window`. Rows whose sketch bytes do not decode are counted but their
/// sketch is skipped.
pub fn summary(rows: &[RollupRow], window: Duration) -> Summary {
    let mut s = Summary {
        window_seconds: window.as_secs(),
        rate_seconds: window.as_secs(),
        ..Summary::default()
    };
    let (mut latency, mut ttft, mut sessions) = (DdSketch::new(), DdSketch::new(), DdSketch::new());
    let (mut score_sum, mut score_count) = (0.0, 0u64);
    let mut answer_flags = crate::AnswerFlagCounts::default();
    for r in rows {
        match r.kind {
            RollupKind::Call => {
                s.requests += r.count;
                s.errors += r.errors;
                s.input_tokens += r.input_tokens;
                s.output_tokens += r.output_tokens;
                s.cache_hits += r.cache_hits;
                s.cache_misses += r.cache_misses;
                s.safety_flags += r.safety_flags;
                s.safety_blocks += r.safety_blocks;
                s.answer_flagged += r.answer_flagged;
                s.cost_usd += r.cost_usd;
                s.priced_calls += r.priced_calls;
                answer_flags.add(&r.answer_flags);
                merge_or_warn(&mut latency, &r.latency_sketch);
                merge_or_warn(&mut ttft, &r.ttft_sketch);
            }
            RollupKind::Event => {
                s.feedback_up += r.feedback_up;
                s.feedback_down += r.feedback_down;
                score_sum += r.feedback_score_sum;
                score_count += r.feedback_score_count;
                match r.operation.as_str() {
                    CONVERSION_EVENT => s.conversions += r.count,
                    SESSION_END_EVENT => {
                        s.sessions += r.count;
                        merge_or_warn(&mut sessions, &r.value_sketch);
                    }
                    _ => {}
                }
            }
            RollupKind::Gauge => {}
        }
    }
    let secs = window.as_secs_f64().max(1.0);
    s.requests_per_s = s.requests as f64 / secs;
    s.error_rate = ratio(s.errors, s.requests);
    s.latency_ms = Quantiles::of_seconds(&latency);
    s.ttft_ms = Quantiles::of_seconds(&ttft);
    s.input_tokens_per_min = s.input_tokens as f64 * 60.0 / secs;
    s.output_tokens_per_min = s.output_tokens as f64 * 60.0 / secs;
    s.cache_hit_rate = ratio(s.cache_hits, s.cache_hits + s.cache_misses);
    s.safety_violations_per_hour = (s.safety_flags + s.safety_blocks) as f64 * 3600.0 / secs;
    s.answer_flag_rate = ratio(s.answer_flagged, s.requests);
    s.cost_usd_per_hour = s.cost_usd * 3600.0 / secs;
    for (name, n) in answer_flags.nonzero() {
        s.answer_flags.insert(name, n);
        if let Some(r) = ratio(n, s.requests) {
            s.answer_flag_rates.insert(name, r);
        }
    }
    s.thumbs_up_ratio = ratio(s.feedback_up, s.feedback_up + s.feedback_down);
    s.feedback_score_avg = (score_count > 0).then(|| score_sum / score_count as f64);
    (s.conversion_rate, s.conversion_rate_basis) = if s.sessions > 0 {
        (ratio(s.conversions, s.sessions), "sessions")
    } else if s.requests > 0 {
        (ratio(s.conversions, s.requests), "requests")
    } else {
        (None, "none")
    };
    s.median_session_length_s = sessions.quantile(0.5);
    s.session_source = if s.sessions > 0 {
        "session_end"
    } else {
        "none"
    };
    s
}

pub(crate) fn ratio(num: u64, den: u64) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

pub(crate) fn merge_or_warn(into: &mut DdSketch, bytes: &[u8]) {
    if let Err(error) = into.merge_bytes(bytes) {
        tracing::warn!(%error, "skipping undecodable rollup sketch");
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    fn call_row(minute: i64, n: u64, latency_s: f64) -> RollupRow {
        let mut sk = DdSketch::new();
        sk.add_n(latency_s, n);
        let mut r = RollupRow::empty(minute, RollupKind::Call, "svc", "m", "chat", "ok");
        r.count = n;
        r.errors = n / 10;
        r.latency_sketch = sk.to_bytes();
        r.input_tokens = n * 100;
        r.cache_hits = 3;
        r.cache_misses = 1;
        r.safety_blocks = 1;
        r
    }

    #[test]
    fn computes_rates_and_quantiles() {
        let mut rows = vec![call_row(0, 900, 0.1), call_row(1, 100, 1.0)];
        let mut fb = RollupRow::empty(1, RollupKind::Event, "svc", "m", "feedback", "");
        fb.feedback_up = 3;
        fb.feedback_down = 1;
        rows.push(fb);
        let mut conv = RollupRow::empty(1, RollupKind::Event, "svc", "", "conversion", "");
        conv.count = 5;
        rows.push(conv);
        let mut sess = RollupRow::empty(1, RollupKind::Event, "svc", "", "session_end", "");
        sess.count = 10;
        let mut sk = DdSketch::new();
        sk.add_n(120.0, 10);
        sess.value_sketch = sk.to_bytes();
        rows.push(sess);
        let s = summary(&rows, Duration::from_secs(600));
        assert_eq!(s.requests, 1000);
        assert!((s.requests_per_s - 1000.0 / 600.0).abs() < 1e-9);
        assert_eq!(s.error_rate, Some(0.1));
        let p50 = s.latency_ms.p50.unwrap();
        let p99 = s.latency_ms.p99.unwrap();
        assert!((p50 - 100.0).abs() < 1.0, "{p50}");
        assert!((p99 - 1000.0).abs() < 10.0, "{p99}");
        assert_eq!(s.ttft_ms.p50, None);
        assert_eq!(s.cache_hit_rate, Some(0.75));
        assert_eq!(s.safety_violations_per_hour, 12.0);
        assert_eq!(s.thumbs_up_ratio, Some(0.75));
        assert_eq!(
            (s.conversion_rate, s.conversion_rate_basis),
            (Some(0.5), "sessions")
        );
        assert!((s.median_session_length_s.unwrap() - 120.0).abs() < 1.2);
        assert!((s.input_tokens_per_min - 10_000.0).abs() < 1e-6);
        let json = serde_json::to_value(&s).unwrap();
        assert!(json["latency_ms"]["p99"].is_number());
    }

    #[test]
    fn empty_window_has_no_rates() {
        let s = summary(&[], Duration::from_secs(3600));
        assert_eq!(s.error_rate, None);
        assert_eq!(s.conversion_rate_basis, "none");
        assert_eq!(s.requests_per_s, 0.0);
    }
}
