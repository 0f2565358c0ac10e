//! The gateway's shared state: validated config, resolved upstreams, the pooled HTTP
//! client, the cache, the compiled safety rules and the pipeline handle.
//!
//! Built once at start ([`GatewayState::new`]); cloned per request (one `Arc`).
//! Must not hold per-request data.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::http::HeaderValue;
use glassbox_pipeline::PipelineHandle;

use crate::cache::ResponseCache;
use crate::config::{ConfigError, GatewayConfig};
use crate::safety::SafetyRules;

/// One upstream, ready to call.
pub(crate) struct Upstream {
    pub name: String,
    pub provider: String,
    /// Base URL without a trailing slash.
    pub base_url: String,
    /// `Bearer <key>`, marked sensitive so it is never printed.
    pub auth: Option<HeaderValue>,
    pub forward_client_auth: bool,
    pub models: Vec<String>,
    /// Whether a wrong-base-URL hint was logged for it already (logged once).
    pub hinted: std::sync::atomic::AtomicBool,
}

impl Upstream {
    pub fn serves(&self, model: &str) -> bool {
        // Model names in any case, with `*` and `?` (the filters' matcher).
        self.models.is_empty()
            || self
                .models
                .iter()
                .any(|p| glassbox_core::glob::glob_match(p, model))
    }
}

/// Counters the gateway keeps about itself.
#[derive(Debug, Default)]
pub struct GatewayStats {
    /// Calls recorded.
    pub calls: AtomicU64,
    /// Records dropped because the pipeline was full.
    pub dropped_records: AtomicU64,
    /// Upstream attempts retried.
    pub retries: AtomicU64,
}

pub(crate) struct Inner {
    pub config: GatewayConfig,
    pub upstreams: Vec<Upstream>,
    pub default_upstream: usize,
    pub client: reqwest::Client,
    pub cache: Option<ResponseCache>,
    pub safety: SafetyRules,
    pub pipeline: PipelineHandle,
    pub stats: GatewayStats,
}

/// Shared gateway state; cheap to clone.
#[derive(Clone)]
pub struct GatewayState {
    pub(crate) inner: Arc<Inner>,
}

impl GatewayState {
    /// Validates `config`, reads upstream keys from the environment, builds the pooled
    /// client, the cache and the safety rules.
    pub fn new(config: GatewayConfig, pipeline: PipelineHandle) -> Result<Self, ConfigError> {
        Self::with_scanner(config, pipeline, None)
    }

    /// As [`GatewayState::new`], the safety rules' `secrets` check using `redactor`'s PII
    /// scanner (the pipeline's) rather than building a second one.
    pub fn with_scanner(
        config: GatewayConfig,
        pipeline: PipelineHandle,
        redactor: Option<Arc<glassbox_redact::Redactor>>,
    ) -> Result<Self, ConfigError> {
        config.validate()?;
        let mut upstreams = Vec::with_capacity(config.upstreams.len());
        for (i, u) in config.upstreams.iter().enumerate() {
            let auth =
                match u
                    .api_key_env
                    .as_deref()
                    .and_then(|var| std::env::var(var).ok())
                    .filter(|k| !k.trim().is_empty())
                {
                    Some(key) => {
                        let mut v = HeaderValue::from_str(&format!("Bearer {}", key.trim()))
                            .map_err(|_| ConfigError::Invalid {
                                key: format!("gateway.upstreams[{i}].api_key_env"),
                                reason: "the key is not a valid header value".into(),
                            })?;
                        v.set_sensitive(true);
                        Some(v)
                    }
                    None => None,
                };
            upstreams.push(Upstream {
                name: u.name.clone(),
                provider: u.provider.clone(),
                base_url: u.base_url.trim_end_matches('/').to_string(),
                auth,
                forward_client_auth: u.forward_client_auth,
                models: u.models.clone(),
                hinted: std::sync::atomic::AtomicBool::new(false),
            });
        }
        let default_upstream = config
            .default_upstream
            .as_ref()
            .and_then(|d| upstreams.iter().position(|u| &u.name == d))
            .unwrap_or(0);
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_millis(config.timeouts.connect_ms.max(1)))
            .pool_max_idle_per_host(4096)
            .pool_idle_timeout(Duration::from_secs(90))
            .tcp_nodelay(true)
            .no_proxy()
            .build()
            .map_err(|e| ConfigError::Client(e.to_string()))?;
        let cache = config
            .cache
            .enabled
            .then(|| ResponseCache::new(&config.cache));
        let safety = match redactor {
            Some(r) => SafetyRules::sharing(&config.safety, r)?,
            None => SafetyRules::new(&config.safety)?,
        };
        // Token tables (tens of MiB) are only needed when an upstream sends no usage: they
        // are built on first use, so gateways in front of usage-reporting servers never
        // pay their memory.
        Ok(Self {
            inner: Arc::new(Inner {
                config,
                upstreams,
                default_upstream,
                client,
                cache,
                safety,
                pipeline,
                stats: GatewayStats::default(),
            }),
        })
    }

    /// The validated config.
    pub fn config(&self) -> &GatewayConfig {
        &self.inner.config
    }

    /// Calls recorded so far.
    pub fn calls_recorded(&self) -> u64 {
        self.inner.stats.calls.load(Ordering::Relaxed)
    }

    /// Records dropped because the pipeline queue was full.
    pub fn records_dropped(&self) -> u64 {
        self.inner.stats.dropped_records.load(Ordering::Relaxed)
    }
}

impl Inner {
    /// Upstreams to try for `model`, in order: every upstream that lists it, else the default.
    pub fn candidates(&self, model: &str) -> Vec<usize> {
        let mut c: Vec<usize> = (0..self.upstreams.len())
            .filter(|&i| self.upstreams[i].serves(model))
            .collect();
        if c.is_empty() {
            c.push(self.default_upstream);
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upstream(models: &[&str]) -> Upstream {
        Upstream {
            name: "u".into(),
            provider: "openai".into(),
            base_url: "http://127.0.0.1:1".into(),
            auth: None,
            forward_client_auth: false,
            models: models.iter().map(|m| m.to_string()).collect(),
            hinted: std::sync::atomic::AtomicBool::new(false),
        }
    }

    #[test]
    fn an_upstream_serves_the_models_its_globs_name_in_any_case() {
        let u = upstream(&["gpt-4o*", "llama-*-instruct", "claude-?-opus"]);
        assert!(u.serves("gpt-4o-mini"));
        assert!(u.serves("GPT-4o"));
        assert!(u.serves("llama-3.1-8b-instruct"));
        assert!(u.serves("claude-3-opus"));
        assert!(!u.serves("gpt-4"));
        assert!(!u.serves("claude-35-opus"));
        assert!(upstream(&[]).serves("anything"));
    }
}
