//! Gateway configuration: the raw `serde` shape read from the `[gateway]` table of the
//! TOML file, and its validation into what the proxy uses.
//!
//! Owns names, defaults and validation messages. Must not open sockets or read bodies.

use serde::{Deserialize, Serialize};

/// The OpenAI-compatible gateway's settings (`[gateway]` in `glassbox.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GatewayConfig {
    /// Model providers, in fallback order: a request goes to the first upstream that
    /// serves its model, then to the next ones that serve it when that one fails.
    pub upstreams: Vec<UpstreamConfig>,
    /// Name of the upstream used when no upstream lists the requested model (and for
    /// `GET /v1/models` and other `/v1/*` pass-through). Defaults to the first upstream.
    pub default_upstream: Option<String>,
    /// `service.name` the gateway's spans and logs carry.
    pub service_name: String,
    /// Largest request body accepted, in bytes (larger ones get 413).
    pub max_request_bytes: usize,
    /// Timeouts towards upstreams.
    pub timeouts: TimeoutConfig,
    /// Retries and back-off towards upstreams.
    pub retry: RetryConfig,
    /// The response cache.
    pub cache: CacheConfig,
    /// Safety rules applied to prompts before they reach an upstream.
    pub safety: SafetyConfig,
    /// Other upstream routes to pass through as they are (`/v1/audio/speech`, or a
    /// prefix ending in `*`: `/v1/files*`). Anything else under `/v1/` is a 404.
    pub passthrough_routes: Vec<String>,
}

impl GatewayConfig {
    /// Whether `path` is one of `passthrough_routes`.
    pub fn allows_passthrough(&self, path: &str) -> bool {
        self.passthrough_routes
            .iter()
            .any(|r| match r.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => path == r,
            })
    }
}

impl Default for GatewayConfig {
    fn default() -> Self {
        Self {
            upstreams: Vec::new(),
            default_upstream: None,
            service_name: "glassbox-gateway".into(),
            max_request_bytes: 32 * 1024 * 1024,
            timeouts: TimeoutConfig::default(),
            retry: RetryConfig::default(),
            cache: CacheConfig::default(),
            safety: SafetyConfig::default(),
            passthrough_routes: Vec::new(),
        }
    }
}

impl GatewayConfig {
    /// The quick-start config behind `glassbox serve --upstream URL`: one upstream named
    /// `default` serving every model, its key taken from `OPENAI_API_KEY` when set.
    pub fn with_upstream(base_url: &str) -> Self {
        Self {
            upstreams: vec![UpstreamConfig {
                name: "default".into(),
                base_url: base_url.trim_end_matches('/').to_string(),
                api_key_env: Some("OPENAI_API_KEY".into()),
                ..UpstreamConfig::default()
            }],
            ..Self::default()
        }
    }

    /// Checks the config and names the first offending key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.upstreams.is_empty() {
            return Err(ConfigError::Invalid {
                key: "gateway.upstreams".into(),
                reason: "at least one upstream is required".into(),
            });
        }
        for (i, r) in self.passthrough_routes.iter().enumerate() {
            let path = r.trim_end_matches('*');
            if !path.starts_with("/v1/")
                || matches!(
                    path.trim_end_matches('/'),
                    "/v1/traces" | "/v1/logs" | "/v1/metrics"
                )
            {
                return Err(ConfigError::Invalid {
                    key: format!("gateway.passthrough_routes[{i}]"),
                    reason: format!("`{r}` must be an upstream route under /v1/ (e.g. /v1/audio/speech or /v1/files*), not an OTLP route"),
                });
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (i, u) in self.upstreams.iter().enumerate() {
            if u.name.trim().is_empty() {
                return Err(ConfigError::Invalid {
                    key: format!("gateway.upstreams[{i}].name"),
                    reason: "must not be empty".into(),
                });
            }
            if !seen.insert(u.name.as_str()) {
                return Err(ConfigError::Invalid {
                    key: format!("gateway.upstreams[{i}].name"),
                    reason: format!("duplicate upstream name {:?}", u.name),
                });
            }
            if reqwest::Url::parse(&u.base_url)
                .map(|url| !matches!(url.scheme(), "http" | "https"))
                .unwrap_or(true)
            {
                return Err(ConfigError::Invalid {
                    key: format!("gateway.upstreams[{i}].base_url"),
                    reason: format!("{:?} is not an http(s) URL", u.base_url),
                });
            }
        }
        if let Some(d) = &self.default_upstream {
            if !self.upstreams.iter().any(|u| &u.name == d) {
                return Err(ConfigError::Invalid {
                    key: "gateway.default_upstream".into(),
                    reason: format!("no upstream is named {d:?}"),
                });
            }
        }
        if !(0.0..=1.0).contains(&self.retry.jitter) {
            return Err(ConfigError::Invalid {
                key: "gateway.retry.jitter".into(),
                reason: "must be between 0 and 1".into(),
            });
        }
        for (i, r) in self.safety.rules.iter().enumerate() {
            for (j, p) in r.patterns.iter().enumerate() {
                if let Err(e) = regex::Regex::new(p) {
                    return Err(ConfigError::Invalid {
                        key: format!("gateway.safety.rules[{i}].patterns[{j}]"),
                        reason: e.to_string(),
                    });
                }
            }
        }
        Ok(())
    }
}

/// Why a gateway config was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// A key has a value the gateway cannot use.
    #[error("invalid {key}: {reason}")]
    Invalid {
        /// The offending key, dotted (`gateway.upstreams[0].base_url`).
        key: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The HTTP client could not be built.
    #[error("cannot build the upstream HTTP client: {0}")]
    Client(String),
}

/// One OpenAI-compatible model provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UpstreamConfig {
    /// Name used in spans (`glassbox.upstream`) and in `default_upstream`.
    pub name: String,
    /// Base URL including the version prefix, e.g. `https://api.example.com/v1`;
    /// the gateway appends the path after `/v1` (`/chat/completions`).
    pub base_url: String,
    /// Environment variable holding this upstream's API key. Read at start; the key is
    /// never logged or stored.
    pub api_key_env: Option<String>,
    /// When true the client's own `Authorization` header is sent when it has one (the
    /// upstream key is used only for clients that send none). When false (default) the
    /// upstream key replaces the client's; without an upstream key the client's header
    /// is forwarded either way.
    pub forward_client_auth: bool,
    /// Models this upstream serves: exact names or globs with `*` (`gpt-4o*`).
    /// Empty means every model.
    pub models: Vec<String>,
    /// `gen_ai.provider.name` recorded for calls to this upstream (`openai`, `vllm`…).
    pub provider: String,
}

impl Default for UpstreamConfig {
    fn default() -> Self {
        Self {
            name: String::new(),
            base_url: String::new(),
            api_key_env: None,
            forward_client_auth: false,
            models: Vec::new(),
            provider: "openai".into(),
        }
    }
}

/// Timeouts towards upstreams.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TimeoutConfig {
    /// TCP (and TLS) connect timeout, ms.
    pub connect_ms: u64,
    /// Time from sending the request to the upstream's response headers, ms.
    pub first_byte_ms: u64,
    /// Whole exchange including a streamed body, ms.
    pub total_ms: u64,
}

impl Default for TimeoutConfig {
    fn default() -> Self {
        Self {
            connect_ms: 5_000,
            first_byte_ms: 120_000,
            total_ms: 600_000,
        }
    }
}

/// Retries on 429, 5xx and connection errors, with exponential back-off and jitter.
/// A stream is never retried once its first byte has gone to the client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetryConfig {
    /// Retries per upstream after the first attempt (0 disables retries).
    pub max_retries: u32,
    /// Back-off before the first retry, ms; doubles each retry.
    pub initial_backoff_ms: u64,
    /// Longest back-off, ms (also caps an upstream's `Retry-After`).
    pub max_backoff_ms: u64,
    /// Share of each back-off that is randomized (0 = none, 1 = full jitter).
    pub jitter: f64,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self {
            max_retries: 2,
            initial_backoff_ms: 200,
            max_backoff_ms: 5_000,
            jitter: 0.5,
        }
    }
}

/// The in-memory response cache for deterministic requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CacheConfig {
    /// Whether the cache is on.
    pub enabled: bool,
    /// How long an answer is served from the cache, seconds.
    pub ttl_secs: u64,
    /// Memory budget for cached answers, bytes.
    pub max_bytes: u64,
    /// Largest single answer cached, bytes.
    pub max_entry_bytes: usize,
}

impl Default for CacheConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            ttl_secs: 3600,
            max_bytes: 64 * 1024 * 1024,
            max_entry_bytes: 1024 * 1024,
        }
    }
}

/// What a safety category does when it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SafetyAction {
    /// Not checked.
    Off,
    /// Recorded on the span and log; the call goes ahead.
    #[default]
    Flag,
    /// Refused with an OpenAI-style 400 `content_blocked`; no upstream call is made.
    Block,
}

/// Safety rules applied to every prompt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SafetyConfig {
    /// Built-in toxicity lexicon (slurs, threats, abuse).
    pub toxicity: SafetyAction,
    /// Built-in prompt-injection phrases ("ignore all previous instructions"…).
    pub prompt_injection: SafetyAction,
    /// Credentials in prompts (API keys, tokens, private keys), found by the PII scanner.
    pub secrets: SafetyAction,
    /// Extra rules: regular expressions and deny-lists.
    pub rules: Vec<SafetyRuleConfig>,
}

impl Default for SafetyConfig {
    fn default() -> Self {
        Self {
            toxicity: SafetyAction::Flag,
            prompt_injection: SafetyAction::Flag,
            secrets: SafetyAction::Flag,
            rules: Vec::new(),
        }
    }
}

/// A custom safety rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct SafetyRuleConfig {
    /// Category recorded in `glassbox.safety.category` when it matches.
    pub name: String,
    /// Regular expressions (Rust `regex` syntax); any match triggers the rule.
    pub patterns: Vec<String>,
    /// Words or phrases, matched case-insensitively; any match triggers the rule.
    pub deny: Vec<String>,
    /// What to do on a match.
    pub action: SafetyAction,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn quick_start_validates_and_unknown_keys_are_refused() {
        GatewayConfig::with_upstream("http://127.0.0.1:9/v1/")
            .validate()
            .unwrap();
        assert_eq!(
            GatewayConfig::with_upstream("http://h/v1/").upstreams[0].base_url,
            "http://h/v1"
        );
        let err = serde_json::from_str::<GatewayConfig>(r#"{"upstream": []}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
        let bad = GatewayConfig {
            upstreams: vec![UpstreamConfig {
                name: "a".into(),
                base_url: "ftp://x".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        assert!(bad
            .validate()
            .unwrap_err()
            .to_string()
            .contains("upstreams[0].base_url"));
        let bad = GatewayConfig {
            safety: SafetyConfig {
                rules: vec![SafetyRuleConfig {
                    name: "x".into(),
                    patterns: vec!["(".into()],
                    ..Default::default()
                }],
                ..Default::default()
            },
            ..GatewayConfig::with_upstream("http://h/v1")
        };
        assert!(bad
            .validate()
            .unwrap_err()
            .to_string()
            .contains("rules[0].patterns[0]"));
    }
}
