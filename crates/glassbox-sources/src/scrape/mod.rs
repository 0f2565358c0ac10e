//! Scrapes configured Prometheus endpoints of serving engines and GPU exporters, keeps
//! the series glassbox understands, and re-exports them as `glassbox_serving_*` gauges
//! (rolled up per minute for `/api/metrics/timeseries`).
//!
//! ```text
//!  every target.interval:  GET target.url ─> parse_exposition ─> keep known series
//!     vllm:gpu_cache_usage_perc | vllm:kv_cache_usage_perc ─> serving_kv_cache_usage
//!     vllm:num_requests_running                            ─> serving_requests_running
//!     vllm:num_requests_waiting                            ─> serving_requests_waiting
//!     DCGM_FI_DEV_GPU_UTIL                                 ─> serving_gpu_utilization
//!  ─> hub.set_gauge(kind, target.name, model_name | gpu, value)
//! ```
//!
//! A failed scrape logs and leaves the gauges at their last value; it never stops the task.

mod client;
mod parse;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use glassbox_core::time::now_unix_nanos;
use serde::Deserialize;
use thiserror::Error;
use tokio::task::JoinHandle;

use client::{http_get, ScrapeUrl};
use glassbox_metrics::{GaugeKind, MetricsHub};
pub use parse::{parse_exposition, ParseError, Sample};

/// Largest `/metrics` body accepted.
pub const MAX_SCRAPE_BYTES: usize = 8 * 1024 * 1024;

/// One endpoint to scrape (config: `[[metrics.scrape]]`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScrapeTarget {
    /// Name of the target, used as the `target` label (`vllm-a`, `dcgm`).
    pub name: String,
    /// `http://host:port/path` of its Prometheus endpoint.
    pub url: String,
    /// Time between scrapes (config: whole seconds, default 15).
    #[serde(default = "default_interval", with = "secs")]
    pub interval: Duration,
}

fn default_interval() -> Duration {
    Duration::from_secs(15)
}

mod secs {
    use serde::{Deserialize, Deserializer};
    use std::time::Duration;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        u64::deserialize(d).map(Duration::from_secs)
    }
}

/// An unusable scrape target, naming the key.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
#[error("invalid config key `metrics.scrape.{key}` for target `{target}`: {reason}")]
pub struct ScrapeConfigError {
    /// The target's name.
    pub target: String,
    /// `name`, `url` or `interval`.
    pub key: &'static str,
    /// Why.
    pub reason: &'static str,
}

impl ScrapeTarget {
    /// Checks the target.
    pub fn validate(&self) -> Result<(), ScrapeConfigError> {
        let err = |key, reason| ScrapeConfigError {
            target: self.name.clone(),
            key,
            reason,
        };
        if self.name.is_empty() || self.name.len() > 64 {
            return Err(err("name", "must be 1 to 64 bytes"));
        }
        ScrapeUrl::parse(&self.url).map_err(|reason| err("url", reason))?;
        if self.interval < Duration::from_secs(1) || self.interval > Duration::from_secs(3600) {
            return Err(err("interval", "must be between 1 and 3600 seconds"));
        }
        Ok(())
    }
}

/// Why one scrape failed.
#[derive(Debug, Clone, Error)]
pub enum ScrapeError {
    /// The target URL is unusable.
    #[error("bad target url: {0}")]
    Url(&'static str),
    /// Connecting, writing or reading failed.
    #[error("i/o error: {0}")]
    Io(String),
    /// No complete answer within the deadline.
    #[error("timed out")]
    Timeout,
    /// The answer was not 200.
    #[error("http status {0}")]
    Status(u16),
    /// The answer was not HTTP as expected.
    #[error("bad response: {0}")]
    BadResponse(&'static str),
    /// The body was over the cap.
    #[error("body larger than {0} bytes")]
    TooLarge(usize),
    /// The body was not valid exposition text.
    #[error("bad exposition: {0}")]
    Parse(#[from] ParseError),
}

impl From<std::io::Error> for ScrapeError {
    fn from(e: std::io::Error) -> Self {
        Self::Io(e.to_string())
    }
}

fn kind_of(sample: &Sample) -> Option<(GaugeKind, &str)> {
    let device = |label: &str| sample.label(label).unwrap_or("unknown");
    Some(match sample.name.as_str() {
        "vllm:gpu_cache_usage_perc" | "vllm:kv_cache_usage_perc" => {
            (GaugeKind::ServingKvCacheUsage, device("model_name"))
        }
        "vllm:num_requests_running" => (GaugeKind::ServingRequestsRunning, device("model_name")),
        "vllm:num_requests_waiting" => (GaugeKind::ServingRequestsWaiting, device("model_name")),
        "DCGM_FI_DEV_GPU_UTIL" => (GaugeKind::ServingGpuUtilization, device("gpu")),
        _ => return None,
    })
}

/// Keeps the known series of one scrape and sets their gauges. Several samples for one
/// (gauge, device), e.g. one per vLLM engine, add up for request counts and take the
/// largest for ratios. Returns how many gauges were set.
pub fn apply_samples(
    hub: &MetricsHub,
    target: &str,
    samples: &[Sample],
    now_unix_nano: u64,
) -> usize {
    let mut merged: BTreeMap<(&'static str, &str), (GaugeKind, f64)> = BTreeMap::new();
    for s in samples.iter().filter(|s| s.value.is_finite()) {
        let Some((kind, device)) = kind_of(s) else {
            continue;
        };
        let e = merged
            .entry((kind.name(), device))
            .or_insert((kind, f64::NAN));
        e.1 = match kind {
            GaugeKind::ServingRequestsRunning | GaugeKind::ServingRequestsWaiting => {
                if e.1.is_nan() {
                    s.value
                } else {
                    e.1 + s.value
                }
            }
            _ => {
                if e.1.is_nan() {
                    s.value
                } else {
                    e.1.max(s.value)
                }
            }
        };
    }
    for ((_, device), (kind, value)) in &merged {
        hub.set_gauge(*kind, target, device, *value, now_unix_nano);
    }
    merged.len()
}

/// The client scrapes go through: no redirects (a `/metrics` endpoint answers where it
/// is), no proxy from the environment (targets are on the local network).
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .unwrap_or_default()
}

/// Scrapes `target` once into `hub`; returns how many gauges were set.
pub async fn scrape_once(hub: &MetricsHub, target: &ScrapeTarget) -> Result<usize, ScrapeError> {
    scrape_with(&client(), hub, target).await
}

async fn scrape_with(
    client: &reqwest::Client,
    hub: &MetricsHub,
    target: &ScrapeTarget,
) -> Result<usize, ScrapeError> {
    let url = ScrapeUrl::parse(&target.url).map_err(ScrapeError::Url)?;
    let timeout = target.interval.min(Duration::from_secs(10));
    let body = http_get(client, &url, timeout, MAX_SCRAPE_BYTES).await?;
    let samples = parse_exposition(&body)?;
    Ok(apply_samples(hub, &target.name, &samples, now_unix_nanos()))
}

/// Starts one background task per target (call from inside a tokio runtime). Abort the
/// handles to stop them; they hold no state worth flushing.
pub fn spawn_scrapers(
    hub: Arc<MetricsHub>,
    targets: Vec<ScrapeTarget>,
) -> Result<Vec<JoinHandle<()>>, ScrapeConfigError> {
    for t in &targets {
        t.validate()?;
    }
    Ok(targets
        .into_iter()
        .map(|target| {
            let hub = hub.clone();
            let client = client();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(target.interval);
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                loop {
                    tick.tick().await;
                    match scrape_with(&client, &hub, &target).await {
                        Ok(n) => tracing::debug!(target_name = %target.name, gauges = n, "scraped"),
                        Err(error) => {
                            hub.record_dropped("scrape", 1);
                            tracing::warn!(target_name = %target.name, %error, "scrape failed");
                        }
                    }
                }
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use glassbox_metrics::MetricsConfig;
    use glassbox_metrics::RollupKind;

    const FAKE_VLLM: &str =
        "# HELP vllm:num_requests_running Number of requests currently running on GPU.\n\
# TYPE vllm:num_requests_running gauge\n\
vllm:num_requests_running{engine=\"0\",model_name=\"llama-3-8b\"} 3.0\n\
vllm:num_requests_running{engine=\"1\",model_name=\"llama-3-8b\"} 2.0\n\
# TYPE vllm:num_requests_waiting gauge\n\
vllm:num_requests_waiting{engine=\"0\",model_name=\"llama-3-8b\"} 7.0\n\
# TYPE vllm:gpu_cache_usage_perc gauge\n\
vllm:gpu_cache_usage_perc{engine=\"0\",model_name=\"llama-3-8b\"} 0.42\n\
# TYPE vllm:prompt_tokens_total counter\n\
vllm:prompt_tokens_total{model_name=\"llama-3-8b\"} 12345.0\n\
DCGM_FI_DEV_GPU_UTIL{gpu=\"0\",UUID=\"GPU-abc\",Hostname=\"h\"} 93\n";

    async fn fake_vllm() -> String {
        let app = axum::Router::new().route("/metrics", axum::routing::get(|| async { FAKE_VLLM }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{addr}/metrics")
    }

    #[tokio::test]
    async fn scrapes_a_fake_vllm_endpoint() {
        let hub = Arc::new(MetricsHub::new(MetricsConfig::default()).unwrap());
        let target = ScrapeTarget {
            name: "vllm-a".into(),
            url: fake_vllm().await,
            interval: Duration::from_secs(1),
        };
        assert_eq!(scrape_once(&hub, &target).await.unwrap(), 4);
        let text = hub.render_openmetrics();
        for want in [
            "glassbox_serving_requests_running{target=\"vllm-a\",model_name=\"llama-3-8b\"} 5.0",
            "glassbox_serving_requests_waiting{target=\"vllm-a\",model_name=\"llama-3-8b\"} 7.0",
            "glassbox_serving_kv_cache_usage_ratio{target=\"vllm-a\",model_name=\"llama-3-8b\"} 0.42",
            "glassbox_serving_gpu_utilization_percent{target=\"vllm-a\",gpu=\"0\"} 93.0",
        ] {
            assert!(text.contains(want), "missing {want}\n{text}");
        }
        let rows = hub.open_rollups();
        assert!(rows
            .iter()
            .any(|r| r.kind == RollupKind::Gauge && r.operation == "serving_requests_running"));

        // The background task scrapes too.
        let handles = spawn_scrapers(hub.clone(), vec![target]).unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
        for h in handles {
            h.abort();
        }
        let samples: u64 = hub
            .open_rollups()
            .iter()
            .filter(|r| r.operation == "serving_requests_running")
            .map(|r| r.count)
            .sum();
        assert_eq!(samples, 2);
    }

    #[tokio::test]
    async fn failures_are_errors_not_panics() {
        let hub = MetricsHub::new(MetricsConfig::default()).unwrap();
        let url = fake_vllm().await.replace("/metrics", "/nope");
        let target = ScrapeTarget {
            name: "x".into(),
            url,
            interval: Duration::from_secs(1),
        };
        assert!(matches!(
            scrape_once(&hub, &target).await,
            Err(ScrapeError::Status(404))
        ));
        let bad = ScrapeTarget {
            url: "ftp://x".into(),
            ..target
        };
        assert_eq!(bad.validate().unwrap_err().key, "url");
    }
}
