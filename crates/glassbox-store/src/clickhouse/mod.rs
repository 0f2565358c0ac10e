//! The ClickHouse backend: many stateless glassbox nodes writing to and reading from one
//! ClickHouse (24.8 or later), over its HTTP interface.
//!
//! ```text
//!   pipeline writer ──WriteBatch──> ClickHouseWriter ── one INSERT per batch and table,
//!                                                        FORMAT JSONEachRow, zstd body,
//!                                                        insert_deduplication_token =
//!                                                        sha256 of the rows (a retried
//!                                                        export is dropped, not doubled)
//!   query API ──────────────────> ClickHouseReader ── SELECT … FORMAT JSONEachRow with
//!                                                      typed query parameters
//! ```
//!
//! Spans go to `otel_traces`, logs to `otel_logs`: the OpenTelemetry Collector's
//! ClickHouse exporter columns, plus glassbox's own (project, correlation id, user
//! pseudonym, session, GenAI columns, and the span as glassbox stored it). Trace summaries
//! are aggregated from the spans when read, so any node answers any query and no node
//! keeps state another needs. Every insert is synchronous (`async_insert=0`): an export is
//! acknowledged only after ClickHouse acknowledged its rows. Metric rollups are written per
//! node and minute (`glassbox_rollups`, sketches merged on read); each node also writes a
//! snapshot of its minutes still open (`glassbox_open_rollups`), which the other nodes
//! count until the minute's closed rows arrive.

mod http;
mod reader;
mod schema;
mod writer;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use http::Http;
pub use reader::ClickHouseReader;
pub use schema::{MIN_VERSION, SCHEMA_VERSION};
pub use writer::ClickHouseWriter;

use crate::StoreError;

/// `[storage.clickhouse]`: where ClickHouse is and how to reach it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ClickHouseConfig {
    /// HTTP interface, `http://host:8123` (or `https://…:8443`).
    pub url: String,
    /// Database glassbox's tables live in (created when missing).
    pub database: String,
    /// User.
    pub user: String,
    /// Name of the environment variable that holds the password (empty: no password).
    pub password_env: String,
    /// Cluster name: tables are created `ON CLUSTER` it, with replicated engines. Empty
    /// for a single server.
    pub cluster: String,
    /// This node's name in per-node rows (rollups); empty: the host name and process id.
    pub node: String,
    /// Seconds one request may take before it fails.
    pub timeout_secs: u64,
    /// Compress request bodies (zstd).
    pub compress: bool,
}

impl Default for ClickHouseConfig {
    fn default() -> Self {
        Self {
            url: "http://127.0.0.1:8123".into(),
            database: "glassbox".into(),
            user: "default".into(),
            password_env: String::new(),
            cluster: String::new(),
            node: String::new(),
            timeout_secs: 30,
            compress: true,
        }
    }
}

impl ClickHouseConfig {
    /// The password, read from [`ClickHouseConfig::password_env`].
    pub fn password(&self) -> Result<String, StoreError> {
        if self.password_env.is_empty() {
            return Ok(String::new());
        }
        std::env::var(&self.password_env).map_err(|_| {
            StoreError::Backend(format!(
                "storage.clickhouse.password_env: environment variable {} is not set",
                self.password_env
            ))
        })
    }

    /// The node name rows of this process carry.
    pub fn node_name(&self) -> String {
        if !self.node.is_empty() {
            return self.node.clone();
        }
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .ok()
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .or_else(|| std::env::var("HOSTNAME").ok())
            .unwrap_or_else(|| "node".into());
        format!("{host}-{}", std::process::id())
    }
}

/// Connects, checks the server's version, applies the schema migrations, and returns the
/// writer (for the pipeline's writer thread) and the reader (for queries).
pub fn open(config: &ClickHouseConfig) -> Result<(ClickHouseWriter, ClickHouseReader), StoreError> {
    let http = Arc::new(Http::new(config)?);
    schema::check_version(&http)?;
    schema::migrate(&http, &config.cluster)?;
    let node = config.node_name();
    Ok((
        ClickHouseWriter::new(http.clone(), node.clone(), config.cluster.clone()),
        ClickHouseReader::new(http, node, config.cluster.clone()),
    ))
}

/// The words of a text as the search column holds them and queries look for them:
/// lower case, diacritics removed, one space around each word (` cafe au lait `), so a
/// word is `LIKE '% word %'` and a prefix `LIKE '% wor%'`.
pub(crate) fn fold_words(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests;
