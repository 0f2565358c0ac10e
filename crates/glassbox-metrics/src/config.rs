//! [`MetricsConfig`]: the `[metrics]` section of glassbox's config, checked once at start.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Settings of the metrics hub. Every field has a default, so `[metrics]` may be omitted.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsConfig {
    /// Most distinct values one label (model, service, route, error type, event name…)
    /// may take in one metric family; later values are counted under `other`.
    pub max_label_values: usize,
    /// Label values longer than this many bytes are counted under `other`.
    pub max_label_value_len: usize,
    /// Seconds after a minute ends before its rollup is handed to the store by
    /// [`crate::MetricsHub::take_closed_rollups`]; later data for it makes another row.
    pub close_delay_secs: u64,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        Self {
            max_label_values: 100,
            max_label_value_len: 128,
            close_delay_secs: 10,
        }
    }
}

/// An invalid `[metrics]` setting, naming its key.
#[derive(Debug, Error, PartialEq)]
#[error("invalid config key `{key}`: {reason}")]
pub struct MetricsConfigError {
    /// The config key, e.g. `metrics.max_label_values`.
    pub key: &'static str,
    /// Why it was refused.
    pub reason: &'static str,
}

impl MetricsConfig {
    /// Checks every field.
    pub fn validate(&self) -> Result<(), MetricsConfigError> {
        if self.max_label_values == 0 || self.max_label_values > 100_000 {
            return Err(MetricsConfigError {
                key: "metrics.max_label_values",
                reason: "must be between 1 and 100000",
            });
        }
        if self.max_label_value_len < 8 || self.max_label_value_len > 4096 {
            return Err(MetricsConfigError {
                key: "metrics.max_label_value_len",
                reason: "must be between 8 and 4096",
            });
        }
        if self.close_delay_secs > 3600 {
            return Err(MetricsConfigError {
                key: "metrics.close_delay_secs",
                reason: "must be at most 3600",
            });
        }
        Ok(())
    }
}
