//! glassbox's configuration: one TOML file (every key documented in
//! `glassbox.example.toml`), overridden by `GLASSBOX_…` environment variables, overridden
//! by command-line flags. Parsed in two stages: a raw serde tree that refuses unknown keys,
//! then validation that names the offending key.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

/// The whole configuration.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Listeners and the data directory.
    pub server: ServerConfig,
    /// Bearer tokens.
    pub auth: AuthConfig,
    /// Queue sizes and workers.
    pub pipeline: PipelineSection,
    /// Retention.
    pub storage: StorageConfig,
    /// PII redaction policy.
    pub redaction: glassbox_redact::RedactConfig,
    /// Payload sampling and offloading.
    pub payload: PayloadConfig,
    /// Metrics hub: label cardinality and rollup timing.
    pub metrics: glassbox_metrics::MetricsConfig,
    /// GPU saturation through NVML (absent GPUs are skipped silently).
    pub gpu: glassbox_sources::gpu::GpuConfig,
    /// Prometheus endpoints of the serving stack to scrape (vLLM, DCGM exporter).
    pub scrape: Vec<ScrapeConfig>,
    /// Logs glassbox reads and joins to traces (PostgreSQL's statement log).
    pub sources: SourcesConfig,
    /// The OpenAI-compatible gateway (mounted when at least one upstream is set).
    pub gateway: glassbox_gateway::GatewayConfig,
    /// Answer-health checks on every model response (refusals, truncation, loops…).
    pub answers: glassbox_answers::AnswersConfig,
    /// What calls cost: the built-in price table and overrides.
    pub pricing: PricingConfig,
    /// Projects: records are kept apart by project, tokens are bound to projects, and
    /// each project may have its own retention, payload sample rate and redaction actions.
    pub projects: Vec<ProjectConfig>,
}

/// `[[projects]]`: one project and its own policies (unset: the global ones).
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ProjectConfig {
    /// The name tokens are bound by and clients send in `x-glassbox-project`.
    pub name: String,
    /// How long this project's records are kept (`storage.retention` when unset), longer
    /// or shorter than the rest.
    pub retention: Option<String>,
    /// Share of this project's traces whose bodies are kept (`payload.sample_rate` when
    /// unset).
    pub payload_sample_rate: Option<f64>,
    /// This project's own actions per entity type (`[redaction]`'s when unset).
    pub redaction: Option<ProjectRedaction>,
}

/// `[projects.redaction]`: what this project's records do with each kind of value; the
/// detectors, custom rules, deny list and keys are `[redaction]`'s.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ProjectRedaction {
    /// Action for entity types not listed in `entities` (`[redaction]`'s when unset).
    pub default_action: Option<glassbox_redact::Action>,
    /// Action per entity type, keyed as in `[redaction] entities`.
    pub entities: std::collections::BTreeMap<String, glassbox_redact::Action>,
}

/// `[pricing]`: US dollars per million tokens, per model.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PricingConfig {
    /// `false`: no cost is computed.
    pub enabled: bool,
    /// Prices that replace or extend the built-in table (same `model`: replaced).
    pub models: Vec<glassbox_core::pricing::ModelPrice>,
}

impl Default for PricingConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            models: Vec::new(),
        }
    }
}

impl PricingConfig {
    /// The table in force, `None` when pricing is off.
    pub fn table(&self) -> Result<Option<glassbox_core::pricing::PriceTable>> {
        if !self.enabled {
            return Ok(None);
        }
        Ok(Some(
            glassbox_core::pricing::PriceTable::with_builtin(&self.models)
                .map_err(|e| anyhow::anyhow!("{e}"))?,
        ))
    }
}

/// `[sources]`: files glassbox tails.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct SourcesConfig {
    /// `[[sources.postgres_log]]`: PostgreSQL `jsonlog`/`csvlog` files.
    pub postgres_log: Vec<PostgresLogConfig>,
}

/// One PostgreSQL log to tail: statements that carry a sqlcommenter `traceparent` become
/// spans of that trace (duration, error, SQLSTATE, lock waits, redacted statement text).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PostgresLogConfig {
    /// A file, or `*` in the file name for PostgreSQL's rotated files
    /// (`/var/lib/postgresql/15/main/log/postgresql-*.json`).
    pub path: String,
    /// `jsonlog` or `csvlog`; default from the file name (`.json`, `.csv`).
    #[serde(default)]
    pub format: Option<glassbox_sources::Format>,
    /// Service name of the statement spans.
    #[serde(default = "default_pg_service")]
    pub service: String,
    /// How often to look for new lines, in milliseconds.
    #[serde(default = "default_pg_poll")]
    pub poll_ms: u64,
}

fn default_pg_service() -> String {
    "postgresql".into()
}

fn default_pg_poll() -> u64 {
    250
}

/// One Prometheus endpoint to scrape.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScrapeConfig {
    /// Name shown as the source of its series (`vllm-a`, `dcgm`).
    pub name: String,
    /// `http://host:port/metrics`.
    pub url: String,
    /// Seconds between scrapes.
    #[serde(default = "default_scrape_interval")]
    pub interval_secs: u64,
}

fn default_scrape_interval() -> u64 {
    15
}

/// Listeners and the data directory.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ServerConfig {
    /// HTTP listener: gateway, OTLP/HTTP, API, UI, `/metrics`.
    pub listen: String,
    /// OTLP/gRPC listener (it also answers OTLP/HTTP, for exporters pointed at it).
    pub grpc_listen: String,
    /// OTLP/HTTP listener on the standard port, as the OpenTelemetry Collector serves it,
    /// so an SDK with no endpoint configured just works; `"off"` disables it. Unset: the
    /// default `127.0.0.1:4318`, skipped with a warning when that port is taken (another
    /// glassbox or a Collector); set explicitly, a taken port refuses the start.
    pub otlp_http_listen: Option<String>,
    /// Where the database, blobs and the redaction key live.
    pub data_dir: PathBuf,
    /// Allow non-loopback listeners without tokens (not recommended).
    pub insecure_no_auth: bool,
    /// Web page origins (`https://app.example.com`) that may call the gateway, OTLP/HTTP,
    /// events and feedback from a browser. Empty: no cross-origin access.
    pub cors_allowed_origins: Vec<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:4000".into(),
            grpc_listen: "127.0.0.1:4317".into(),
            otlp_http_listen: None,
            data_dir: PathBuf::from("./glassbox-data"),
            insecure_no_auth: false,
            cors_allowed_origins: Vec::new(),
        }
    }
}

/// Bearer tokens; when any is configured, every request needs one.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AuthConfig {
    /// Tokens and their scopes.
    pub tokens: Vec<TokenConfig>,
    /// Requests a minute one browser key (`ingest-browser`) may send from one client address.
    pub browser_per_ip_per_minute: u32,
    /// Requests a minute one browser key may send from all addresses together.
    pub browser_per_key_per_minute: u32,
}

impl Default for AuthConfig {
    fn default() -> Self {
        let limits = glassbox_server::BrowserLimits::default();
        Self {
            tokens: Vec::new(),
            browser_per_ip_per_minute: limits.per_ip_per_minute,
            browser_per_key_per_minute: limits.per_key_per_minute,
        }
    }
}

/// One token.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct TokenConfig {
    /// The token itself (prefer `token_env`).
    pub token: Option<String>,
    /// Environment variable holding the token.
    pub token_env: Option<String>,
    /// Scopes: `ingest`, `read`, `gateway`, `admin`, `ingest-browser` (a public key for
    /// web pages: browser spans, feedback and events only, rate-limited).
    pub scopes: Vec<glassbox_server::Scope>,
    /// Projects the token reads and writes (each named in `[[projects]]`; the first is
    /// where its records go unless `x-glassbox-project` names another). Empty: every
    /// project.
    pub projects: Vec<String>,
}

/// Pipeline sizing.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PipelineSection {
    /// Submissions waiting for the redact workers before ingest answers 429.
    pub ingest_queue: usize,
    /// Redact worker threads.
    pub workers: usize,
    /// Most records written in one group commit.
    pub max_group_records: usize,
    /// Shortest time between two group commits (`5ms`): under a steady trickle of
    /// records, those arriving this soon after a commit share the next one (`0ms`:
    /// commit as soon as the last commit is done).
    pub commit_interval: String,
    /// OTLP request bytes in glassbox at once (decoding, queued, being written); more
    /// wait unread (0: no limit).
    pub max_inflight_bytes: usize,
    /// With `storage.backend = "clickhouse"`: most bytes of gateway records kept on local
    /// disk (`<data_dir>/queue`, redacted) while ClickHouse cannot take writes, written
    /// once it can (0: drop them instead).
    pub disk_queue_max_bytes: u64,
}

impl Default for PipelineSection {
    fn default() -> Self {
        let d = glassbox_pipeline::PipelineConfig::default();
        Self {
            ingest_queue: d.ingest_queue,
            workers: d.workers,
            max_group_records: d.max_group_records,
            commit_interval: format!("{}ms", d.commit_interval.as_millis()),
            max_inflight_bytes: glassbox_otlp::DEFAULT_MAX_INFLIGHT_BYTES,
            disk_queue_max_bytes: 256 << 20,
        }
    }
}

/// Retention.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct StorageConfig {
    /// Where records live: `sqlite` (one machine, in `server.data_dir`) or `clickhouse`
    /// (many stateless nodes on one ClickHouse, see `[storage.clickhouse]`).
    pub backend: StorageBackend,
    /// Delete records and blobs older than this (`7d`, `24h`); empty keeps everything.
    pub retention: String,
    /// What an acknowledged export survives: `normal` a crash of the process, `full`
    /// also a power cut (every commit fsynced).
    pub synchronous: glassbox_store::sqlite::Durability,
    /// Index what spans say (names, status messages, redacted prompts and answers) for
    /// the traces list's `q=` search. Off saves ingest work; search then finds only what
    /// was indexed while it was on.
    pub text_search: bool,
    /// The ClickHouse server (`backend = "clickhouse"`).
    pub clickhouse: glassbox_store::clickhouse::ClickHouseConfig,
}

/// Storage backends.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum StorageBackend {
    /// The embedded SQLite store (one machine).
    #[default]
    Sqlite,
    /// ClickHouse 24.8 or later (many stateless nodes).
    Clickhouse,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            backend: StorageBackend::Sqlite,
            clickhouse: glassbox_store::clickhouse::ClickHouseConfig::default(),
            retention: "7d".into(),
            synchronous: glassbox_store::sqlite::Durability::Normal,
            text_search: true,
        }
    }
}

/// Payload sampling and offloading.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PayloadConfig {
    /// Share of traces whose message bodies are kept, 0.0–1.0 (decided on the trace id).
    pub sample_rate: f64,
    /// Bodies of calls at least this slow are always kept (`5s`).
    pub keep_slower_than: String,
    /// Bodies larger than this many bytes go to the blob store.
    pub offload_threshold_bytes: usize,
    /// Blob store: a directory (default `<data_dir>/blobs`) or `s3://bucket/prefix`.
    pub blob_store: String,
    /// How long a body dropped for sampling stays in memory (already redacted, never
    /// written) so that a late signal can still keep it: negative feedback, or an error
    /// span or error log later in its trace (`10m`; `0s` turns late signals off; at most
    /// `24h`).
    pub late_signal_window: String,
    /// Most bytes (estimated memory) of bodies held for late signals; the oldest go first
    /// when over (0 turns late signals off; otherwise at least 65536).
    pub spool_max_bytes: usize,
}

impl Default for PayloadConfig {
    fn default() -> Self {
        Self {
            sample_rate: 1.0,
            keep_slower_than: "5s".into(),
            offload_threshold_bytes: 32 * 1024,
            blob_store: String::new(),
            late_signal_window: "10m".into(),
            spool_max_bytes: glassbox_pipeline::DEFAULT_MAX_BYTES,
        }
    }
}

/// Flags that override the file and the environment.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    /// `--listen`.
    pub listen: Option<String>,
    /// `--grpc-listen`.
    pub grpc_listen: Option<String>,
    /// `--otlp-http-listen`.
    pub otlp_http_listen: Option<String>,
    /// `--data-dir`.
    pub data_dir: Option<PathBuf>,
    /// `--insecure-no-auth`.
    pub insecure_no_auth: bool,
    /// `--upstream URL`: one upstream serving every model.
    pub upstream: Option<String>,
}

/// Loads the configuration: file (optional) < environment < flags.
pub fn load(path: Option<&Path>, overrides: &Overrides) -> Result<Config> {
    let mut text = None;
    let mut tree = match path {
        Some(p) => {
            let t = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read config file {}", p.display()))?;
            let tree = t
                .parse::<toml::Table>()
                .map_err(|e| anyhow::anyhow!("config file {}: {e}", p.display()))?;
            text = Some(t);
            tree
        }
        None => toml::Table::new(),
    };
    let from_env = apply_env(&mut tree, std::env::vars())?;
    let mut config = decode(tree, path.zip(text.as_deref()), &from_env)?;
    if let Some(v) = &overrides.listen {
        config.server.listen.clone_from(v);
    }
    if let Some(v) = &overrides.grpc_listen {
        config.server.grpc_listen.clone_from(v);
    }
    if let Some(v) = &overrides.otlp_http_listen {
        config.server.otlp_http_listen = Some(v.clone());
    }
    if let Some(v) = &overrides.data_dir {
        config.server.data_dir.clone_from(v);
    }
    config.server.insecure_no_auth |= overrides.insecure_no_auth;
    if let Some(url) = &overrides.upstream {
        let quick = glassbox_gateway::GatewayConfig::with_upstream(url);
        config.gateway.upstreams = quick.upstreams;
        config.gateway.default_upstream = None;
    }
    Ok(config)
}

/// Turns the merged tree into a [`Config`]; a bad value is reported with its key and
/// where it came from: the environment variable, or the file and line.
fn decode(
    tree: toml::Table,
    file: Option<(&Path, &str)>,
    from_env: &[(String, String, String)],
) -> Result<Config> {
    serde_path_to_error::deserialize::<_, Config>(toml::Value::Table(tree)).map_err(|e| {
        let key = e.path().to_string();
        let what = plain_type_names(e.inner().message().trim());
        if let Some((_, var, value)) = from_env.iter().find(|(k, _, _)| *k == key) {
            return anyhow::anyhow!("{var}={value}: {key}: {what}");
        }
        match file {
            Some((p, text)) => match line_of(text, &key) {
                Some(n) => anyhow::anyhow!("config file {} line {n}: {key}: {what}", p.display()),
                None => anyhow::anyhow!("config file {}: {key}: {what}", p.display()),
            },
            None => anyhow::anyhow!("invalid configuration: {key}: {what}"),
        }
    })
}

/// serde's type names as a person would say them.
fn plain_type_names(msg: &str) -> String {
    msg.replace("expected f64", "expected a number")
        .replace("expected f32", "expected a number")
        .replace("expected usize", "expected a whole number (0 or more)")
        .replace("expected u64", "expected a whole number (0 or more)")
        .replace("expected u32", "expected a whole number (0 or more)")
        .replace("expected u16", "expected a whole number (0 or more)")
        .replace("expected i64", "expected a whole number")
        .replace("expected a boolean", "expected true or false")
}

/// The line (1-based) of `section.key` in a TOML text: the `key =` line inside its
/// `[section]` table.
fn line_of(text: &str, dotted: &str) -> Option<usize> {
    let (section, leaf) = match dotted.rsplit_once('.') {
        Some((s, l)) => (s, l),
        None => ("", dotted),
    };
    let mut current = String::new();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        if let Some(h) = l.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            current = h.trim_matches(|c| c == '[' || c == ']').trim().to_string();
            continue;
        }
        let Some((k, _)) = l.split_once('=') else {
            continue;
        };
        if current == section && k.trim() == leaf {
            return Some(i + 1);
        }
    }
    None
}

/// Applies `GLASSBOX_SECTION__KEY=value` (and the shorthands `GLASSBOX_LISTEN`,
/// `GLASSBOX_GRPC_LISTEN`, `GLASSBOX_DATA_DIR`) onto the TOML tree. Values are read as
/// TOML (`true`, `0.5`, `["a"]`) and fall back to plain strings.
///
/// Returns what it set: (dotted key, variable name, value), so errors can name the
/// variable a bad value came from.
pub fn apply_env(
    tree: &mut toml::Table,
    vars: impl Iterator<Item = (String, String)>,
) -> Result<Vec<(String, String, String)>> {
    let mut set = Vec::new();
    for (name, value) in vars {
        let Some(rest) = name.strip_prefix("GLASSBOX_") else {
            continue;
        };
        let path: Vec<String> = match rest {
            "LISTEN" => vec!["server".into(), "listen".into()],
            "GRPC_LISTEN" => vec!["server".into(), "grpc_listen".into()],
            "DATA_DIR" => vec!["server".into(), "data_dir".into()],
            r if r.contains("__") => r.split("__").map(str::to_ascii_lowercase).collect(),
            _ => continue, // other GLASSBOX_* variables (keys, tokens) are read where used
        };
        let parsed = format!("v = {value}")
            .parse::<toml::Table>()
            .ok()
            .and_then(|mut t| t.remove("v"))
            .unwrap_or_else(|| toml::Value::String(value.clone()));
        set.push((path.join("."), name.clone(), value.clone()));
        let mut node = &mut *tree;
        for (i, key) in path.iter().enumerate() {
            if i + 1 == path.len() {
                node.insert(key.clone(), parsed.clone());
            } else {
                let entry = node
                    .entry(key.clone())
                    .or_insert_with(|| toml::Value::Table(toml::Table::new()));
                node = match entry {
                    toml::Value::Table(t) => t,
                    _ => bail!("environment variable {name}: `{key}` is not a section"),
                };
            }
        }
    }
    Ok(set)
}

/// The validated configuration the server runs with.
pub struct Validated {
    /// The configuration as given.
    pub config: Config,
    /// HTTP listener.
    pub listen: SocketAddr,
    /// gRPC listener.
    pub grpc_listen: SocketAddr,
    /// The standard OTLP/HTTP listener: its address, and whether it was asked for
    /// explicitly (a taken port then refuses the start); `None` when turned off.
    pub otlp_http_listen: Option<(SocketAddr, bool)>,
    /// Tokens.
    pub tokens: Vec<glassbox_server::Token>,
    /// Origins allowed to call from a browser.
    pub cors: glassbox_server::Cors,
    /// Retention, when set.
    pub retention: Option<std::time::Duration>,
    /// Slow threshold for the payload keep rule.
    pub keep_slower_than: std::time::Duration,
    /// How long unsampled bodies wait for a late signal (zero: off).
    pub late_signal_window: std::time::Duration,
    /// `pipeline.commit_interval`, parsed.
    pub commit_interval: std::time::Duration,
    /// Each defined project's own policies.
    pub projects: Vec<ProjectPolicy>,
}

/// A project's policies, parsed; `None`: the global one.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectPolicy {
    /// The project.
    pub name: String,
    /// How long its records are kept.
    pub retention: Option<std::time::Duration>,
    /// Its own actions per entity type.
    pub redaction: Option<ProjectRedaction>,
    /// Share of its traces whose bodies are kept.
    pub payload_sample_rate: Option<f64>,
}

/// Parses `30s`, `5m`, `24h`, `7d`, `500ms` (see [`glassbox_core::time::parse_duration`]).
pub fn parse_duration(key: &str, s: &str) -> Result<std::time::Duration> {
    glassbox_core::time::parse_duration(s, false).map_err(|e| anyhow::anyhow!("{key}: {e}"))
}

impl Config {
    /// Checks every value and names the key of the first bad one.
    pub fn validate(self) -> Result<Validated> {
        let listen: SocketAddr = self.server.listen.parse().with_context(|| {
            format!(
                "server.listen: `{}` is not an address like 127.0.0.1:4000",
                self.server.listen
            )
        })?;
        let grpc_listen: SocketAddr = self.server.grpc_listen.parse().with_context(|| {
            format!(
                "server.grpc_listen: `{}` is not an address like 127.0.0.1:4317",
                self.server.grpc_listen
            )
        })?;
        if self.server.data_dir.as_os_str().is_empty() {
            bail!("server.data_dir: must not be empty");
        }
        self.answers
            .validate()
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut project_policies = Vec::new();
        for (i, p) in self.projects.iter().enumerate() {
            glassbox_core::project::validate_name(&p.name)
                .map_err(|e| anyhow::anyhow!("projects[{i}].name: {e}"))?;
            if self.projects[..i].iter().any(|q| q.name == p.name) {
                bail!("projects[{i}].name: project `{}` is defined twice", p.name);
            }
            let retention = match &p.retention {
                None => None,
                Some(r) => Some(parse_duration(&format!("projects[{i}].retention"), r)?),
            };
            if let Some(r) = p.payload_sample_rate {
                if !(0.0..=1.0).contains(&r) {
                    bail!("projects[{i}].payload_sample_rate: must be between 0 and 1, got {r}");
                }
            }
            if let Some(r) = &p.redaction {
                if let Some(k) = r
                    .entities
                    .keys()
                    .find(|k| glassbox_redact::EntityKind::from_key(k).is_none())
                {
                    bail!("projects[{i}].redaction.entities: unknown entity type `{k}` (use the keys of [redaction] entities: email, credit_card, phone, person, address, …)");
                }
            }
            project_policies.push(ProjectPolicy {
                name: p.name.clone(),
                retention,
                redaction: p.redaction.clone(),
                payload_sample_rate: p.payload_sample_rate,
            });
        }
        let mut tokens = Vec::new();
        for (i, t) in self.auth.tokens.iter().enumerate() {
            let secret = match (&t.token, &t.token_env) {
                (Some(s), None) => s.clone(),
                (None, Some(var)) => std::env::var(var).with_context(|| {
                    format!("auth.tokens[{i}].token_env: environment variable {var} is not set")
                })?,
                _ => bail!("auth.tokens[{i}]: set exactly one of `token` or `token_env`"),
            };
            if secret.len() < 16 {
                bail!("auth.tokens[{i}]: the token must be at least 16 characters");
            }
            if t.scopes.is_empty() {
                bail!("auth.tokens[{i}].scopes: give at least one of ingest, read, gateway, admin, ingest-browser");
            }
            if t.scopes.contains(&glassbox_server::Scope::IngestBrowser) && t.scopes.len() > 1 {
                bail!("auth.tokens[{i}].scopes: a browser key (ingest-browser) is public, it ships in web pages; give it no other scope and use a separate token for the rest");
            }
            for p in &t.projects {
                if p != glassbox_core::project::DEFAULT_PROJECT
                    && !self.projects.iter().any(|d| &d.name == p)
                {
                    bail!("auth.tokens[{i}].projects: project `{p}` is not defined; add a [[projects]] entry with name = \"{p}\"");
                }
            }
            tokens.push(glassbox_server::Token {
                secret,
                scopes: t.scopes.clone(),
                projects: t.projects.clone(),
            });
        }
        for (key, v) in [
            (
                "auth.browser_per_ip_per_minute",
                self.auth.browser_per_ip_per_minute,
            ),
            (
                "auth.browser_per_key_per_minute",
                self.auth.browser_per_key_per_minute,
            ),
        ] {
            if v == 0 {
                bail!("{key}: must be at least 1 (requests a minute)");
            }
        }
        if tokens.is_empty() && !self.server.insecure_no_auth {
            for (key, addr) in [
                ("server.listen", listen),
                ("server.grpc_listen", grpc_listen),
            ] {
                if !addr.ip().is_loopback() {
                    bail!(
                        "{key}: refusing to listen on {addr} without auth tokens; configure [[auth.tokens]] or pass --insecure-no-auth"
                    );
                }
            }
        }
        if self.pipeline.ingest_queue == 0
            || self.pipeline.workers == 0
            || self.pipeline.max_group_records == 0
        {
            bail!("pipeline: ingest_queue, workers and max_group_records must be at least 1");
        }
        let commit_interval =
            parse_duration("pipeline.commit_interval", &self.pipeline.commit_interval)?;
        if commit_interval > std::time::Duration::from_secs(1) {
            bail!(
                "pipeline.commit_interval: `{}` is longer than 1s; records would wait that long to be written (a few ms is enough to share commits)",
                self.pipeline.commit_interval
            );
        }
        let retention = match self.storage.retention.trim() {
            "" => None,
            r => Some(parse_duration("storage.retention", r)?),
        };
        if !(0.0..=1.0).contains(&self.payload.sample_rate) {
            bail!(
                "payload.sample_rate: {} is not between 0.0 and 1.0",
                self.payload.sample_rate
            );
        }
        let keep_slower_than =
            parse_duration("payload.keep_slower_than", &self.payload.keep_slower_than)?;
        let late_signal_window = parse_duration(
            "payload.late_signal_window",
            &self.payload.late_signal_window,
        )?;
        if late_signal_window > std::time::Duration::from_secs(86_400) {
            bail!(
                "payload.late_signal_window: `{}` is longer than 24h; late signals are honoured for minutes, not days",
                self.payload.late_signal_window
            );
        }
        if self.payload.spool_max_bytes != 0 && self.payload.spool_max_bytes < 65_536 {
            bail!(
                "payload.spool_max_bytes: {} is too small to hold a body; use 0 (off) or at least 65536",
                self.payload.spool_max_bytes
            );
        }
        glassbox_metrics::MetricsHub::new(self.metrics.clone())
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        for (i, p) in self.sources.postgres_log.iter().enumerate() {
            if p.path.trim().is_empty() {
                bail!("sources.postgres_log[{i}].path: give the log file (or a pattern with `*` in the file name)");
            }
            if p.format.is_none()
                && !p.path.contains('*')
                && glassbox_sources::Format::from_path(&p.path).is_none()
            {
                bail!("sources.postgres_log[{i}].format: `{}` ends in neither .json nor .csv; set format = \"jsonlog\" or \"csvlog\"", p.path);
            }
            if p.poll_ms < 10 {
                bail!("sources.postgres_log[{i}].poll_ms: must be at least 10");
            }
        }
        for (i, t) in self.scrape.iter().enumerate() {
            if !t.url.starts_with("http://") {
                bail!("scrape[{i}].url: `{}` must start with http://", t.url);
            }
            if t.interval_secs == 0 {
                bail!("scrape[{i}].interval_secs: must be at least 1");
            }
        }
        let otlp_http_listen = match self.server.otlp_http_listen.as_deref().map(str::trim) {
            None => Some((SocketAddr::from(([127, 0, 0, 1], 4318)), false)),
            Some("off") | Some("") => None,
            Some(a) => Some((
                a.parse().with_context(|| {
                    format!("server.otlp_http_listen: `{a}` is not an address like 127.0.0.1:4318 (or `off`)")
                })?,
                true,
            )),
        };
        let cors = glassbox_server::Cors::new(&self.server.cors_allowed_origins)
            .map_err(|e| anyhow::anyhow!("server.cors_allowed_origins: {e}"))?;
        Ok(Validated {
            config: self,
            listen,
            grpc_listen,
            otlp_http_listen,
            tokens,
            cors,
            retention,
            commit_interval,
            keep_slower_than,
            late_signal_window,
            projects: project_policies,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::collections::BTreeSet;

    fn keys(prefix: &str, v: &toml::Value, out: &mut BTreeSet<String>) {
        if let toml::Value::Table(t) = v {
            for (k, v) in t {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.insert(path.clone());
                keys(&path, v, out);
            }
        }
    }

    #[test]
    fn projects_are_checked_by_name() {
        let parse = |t: &str| toml::from_str::<Config>(t).unwrap().validate();
        let ok = parse(
            "[[projects]]\nname = \"shop\"\nretention = \"30d\"\npayload_sample_rate = 0.25\n\
             [[auth.tokens]]\ntoken = \"0123456789abcdef0123\"\nscopes = [\"read\"]\nprojects = [\"shop\", \"default\"]\n",
        )
        .unwrap();
        assert_eq!(ok.projects[0].payload_sample_rate, Some(0.25));
        assert_eq!(
            ok.projects[0].retention,
            Some(std::time::Duration::from_secs(30 * 86_400))
        );
        let bad_retention = parse("[[projects]]\nname = \"a\"\nretention = \"soon\"\n")
            .err()
            .unwrap()
            .to_string();
        assert!(
            bad_retention.starts_with("projects[0].retention:"),
            "{bad_retention}"
        );
        assert_eq!(ok.tokens[0].projects, vec!["shop", "default"]);
        let undefined = parse(
            "[[auth.tokens]]\ntoken = \"0123456789abcdef0123\"\nscopes = [\"read\"]\nprojects = [\"shpo\"]\n",
        )
        .err().unwrap()
        .to_string();
        assert!(
            undefined.contains("auth.tokens[0].projects: project `shpo` is not defined"),
            "{undefined}"
        );
        let bad = parse("[[projects]]\nname = \"Shop\"\n")
            .err()
            .unwrap()
            .to_string();
        assert!(bad.starts_with("projects[0].name:"), "{bad}");
        let redaction = parse(
            "[[projects]]\nname = \"a\"\n[projects.redaction]\nentities = { persn = \"hash\" }\n",
        )
        .err()
        .unwrap()
        .to_string();
        assert!(
            redaction.contains("projects[0].redaction.entities: unknown entity type `persn`"),
            "{redaction}"
        );
        let twice = parse("[[projects]]\nname = \"a\"\n[[projects]]\nname = \"a\"\n")
            .err()
            .unwrap()
            .to_string();
        assert!(twice.contains("defined twice"), "{twice}");
        let rate = parse("[[projects]]\nname = \"a\"\npayload_sample_rate = 2.0\n")
            .err()
            .unwrap()
            .to_string();
        assert!(
            rate.starts_with("projects[0].payload_sample_rate"),
            "{rate}"
        );
    }

    #[test]
    fn example_config_is_in_step_with_the_struct() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glassbox.example.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        // Every key in the example is accepted (unknown keys are refused)…
        let parsed: Config = toml::from_str(&text).unwrap();
        parsed.clone().validate().unwrap();
        // …and every key of the struct is documented in the example.
        let mut documented = BTreeSet::new();
        keys(
            "",
            &toml::Value::Table(text.parse::<toml::Table>().unwrap()),
            &mut documented,
        );
        let commented: String = text
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix('#'))
            .map(|l| format!("{}\n", l.trim_start()))
            .collect();
        let mut all = BTreeSet::new();
        keys(
            "",
            &toml::Value::try_from(Config::default()).unwrap(),
            &mut all,
        );
        for key in all {
            let leaf = key.rsplit('.').next().unwrap();
            let present = documented.contains(&key)
                || commented.lines().any(|l| {
                    l.starts_with(&format!("{leaf} =")) || l.starts_with(&format!("{leaf}="))
                });
            assert!(present, "glassbox.example.toml does not document `{key}`");
        }
    }

    #[test]
    fn unknown_keys_are_refused_by_name() {
        let err = toml::from_str::<Config>("[server]\nlisen = \"x\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("lisen"), "{err}");
        let err = Config {
            server: ServerConfig {
                listen: "nope".into(),
                ..Default::default()
            },
            ..Default::default()
        }
        .validate()
        .err()
        .unwrap()
        .to_string();
        assert!(err.starts_with("server.listen"), "{err}");
    }

    #[test]
    fn non_loopback_needs_tokens_or_insecure_flag() {
        let open = Config {
            server: ServerConfig {
                listen: "0.0.0.0:4000".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(open
            .clone()
            .validate()
            .err()
            .unwrap()
            .to_string()
            .contains("--insecure-no-auth"));
        let mut insecure = open.clone();
        insecure.server.insecure_no_auth = true;
        assert!(insecure.validate().is_ok());
        let mut with_token = open;
        with_token.auth.tokens.push(TokenConfig {
            token: Some("0123456789abcdef0123".into()),
            token_env: None,
            scopes: vec![glassbox_server::Scope::Admin],
            projects: Vec::new(),
        });
        assert!(with_token.validate().is_ok());
    }

    #[test]
    fn late_signal_settings_are_validated_by_name() {
        let d = Config::default().validate().unwrap();
        assert_eq!(d.late_signal_window, std::time::Duration::from_secs(600));
        assert_eq!(d.config.payload.spool_max_bytes, 64 << 20);
        for (window, bytes, key) in [
            ("ten minutes", 64 << 20, "payload.late_signal_window"),
            ("2d", 64 << 20, "payload.late_signal_window"),
            ("10m", 1000, "payload.spool_max_bytes"),
        ] {
            let mut c = Config::default();
            c.payload.late_signal_window = window.into();
            c.payload.spool_max_bytes = bytes;
            let err = c.validate().err().unwrap().to_string();
            assert!(err.starts_with(key), "{err}");
        }
        let mut off = Config::default();
        off.payload.late_signal_window = "0s".into();
        off.payload.spool_max_bytes = 0;
        assert!(off.validate().unwrap().late_signal_window.is_zero());
    }

    #[test]
    fn env_overrides() {
        let mut tree = toml::Table::new();
        apply_env(
            &mut tree,
            vec![
                ("GLASSBOX_LISTEN".to_string(), "127.0.0.1:9000".to_string()),
                (
                    "GLASSBOX_PAYLOAD__SAMPLE_RATE".to_string(),
                    "0.25".to_string(),
                ),
                ("GLASSBOX_STORAGE__RETENTION".to_string(), "24h".to_string()),
                ("PATH".to_string(), "/bin".to_string()),
            ]
            .into_iter(),
        )
        .unwrap();
        let c: Config = toml::Value::Table(tree).try_into().unwrap();
        assert_eq!(c.server.listen, "127.0.0.1:9000");
        assert_eq!(c.payload.sample_rate, 0.25);
        assert_eq!(c.storage.retention, "24h");
        let mut bad = toml::Table::new();
        apply_env(
            &mut bad,
            vec![("GLASSBOX_SERVER__LISTEN_TYPO".to_string(), "x".to_string())].into_iter(),
        )
        .unwrap();
        let err = toml::Value::Table(bad)
            .try_into::<Config>()
            .unwrap_err()
            .to_string();
        assert!(err.contains("listen_typo"), "{err}");
    }

    /// A bad value names its key and where it came from, in words a person uses.
    #[test]
    fn type_errors_name_the_key_and_its_source() {
        let mut tree = toml::Table::new();
        let env = apply_env(
            &mut tree,
            vec![(
                "GLASSBOX_PAYLOAD__SAMPLE_RATE".to_string(),
                "abc".to_string(),
            )]
            .into_iter(),
        )
        .unwrap();
        let err = decode(tree, None, &env).unwrap_err().to_string();
        assert_eq!(
            err,
            "GLASSBOX_PAYLOAD__SAMPLE_RATE=abc: payload.sample_rate: invalid type: string \"abc\", expected a number"
        );
        let text = "[server]\nlisten = \"127.0.0.1:4000\"\n\n[payload]\n# sampled\nsample_rate = \"half\"\n";
        let tree: toml::Table = text.parse().unwrap();
        let err = decode(tree, Some((Path::new("glassbox.toml"), text)), &[])
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "config file glassbox.toml line 6: payload.sample_rate: invalid type: string \"half\", expected a number"
        );
    }
}
