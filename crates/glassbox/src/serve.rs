//! `glassbox serve`: open the store, build the redactor and the pipeline, mount every
//! surface, serve until SIGINT/SIGTERM, then flush everything accepted.

use std::sync::Arc;

use anyhow::{Context, Result};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use glassbox_metrics::MetricsHub;
use glassbox_pipeline::{BlobOffloader, PayloadPolicy, Pipeline, PipelineConfig, StandardStage};
use glassbox_redact::{KeyRing, Redactor};
use glassbox_server::api::metrics::MetricsApiState;
use glassbox_server::{AppState, Auth};
use glassbox_store::BlobStore;
use serde_json::json;
use tokio::net::TcpListener;

use crate::config::Validated;

/// Everything `serve` built, for callers (demo, tests) that mount more routes.
pub struct Runtime {
    /// Query state.
    pub state: AppState,
    /// The redactor in force.
    pub redactor: Arc<Redactor>,
    /// The blob store.
    pub blobs: BlobStore,
    /// The pipeline (shut down after the listeners close).
    pub pipeline: Pipeline,
    /// Auth.
    pub auth: Auth,
    /// The metrics hub.
    pub hub: Arc<MetricsHub>,
    /// Rollups persisted in the store.
    pub rollups: Arc<dyn glassbox_metrics::RollupSource>,
    /// Erasure of a data subject.
    pub eraser: Arc<dyn glassbox_store::Eraser>,
    /// The data directory's lock, held until the process ends.
    pub _lock: DataDirLock,
}

/// `<data-dir>/glassbox.lock`, locked for as long as this process runs: two glassbox
/// processes writing one store would corrupt each other's view of it.
pub struct DataDirLock {
    _file: std::fs::File,
}

/// File name of the data directory's lock.
pub const LOCK_FILE: &str = "glassbox.lock";

/// Takes the data directory's lock, or says which process holds it.
pub fn lock_data_dir(dir: &std::path::Path) -> Result<DataDirLock> {
    use std::io::{Read, Seek, Write};
    let path = dir.join(LOCK_FILE);
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .with_context(|| format!("cannot open the lock file {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {
            file.set_len(0)?;
            file.seek(std::io::SeekFrom::Start(0))?;
            writeln!(file, "{}", std::process::id())?;
            file.flush()?;
            Ok(DataDirLock { _file: file })
        }
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            let who = if holder.is_empty() {
                "another glassbox process".to_string()
            } else {
                format!("another glassbox process (pid {holder})")
            };
            anyhow::bail!(
                "the data directory {} is in use by {who}: stop it first, or give this one its own --data-dir",
                dir.display()
            )
        }
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", path.display()))
        }
    }
}

/// Loads or creates the hashing key and builds the redactor.
pub fn build_redactor(v: &Validated) -> Result<Redactor> {
    let policy = &v.config.redaction;
    let keys = match KeyRing::from_env(&policy.hash_key_env).context("redaction key")? {
        Some(k) => k,
        // A key created in one node's data directory would give the same user a different
        // pseudonym (and the same prompt a different hash) on every node.
        None if v.config.storage.backend == crate::config::StorageBackend::Clickhouse => {
            anyhow::bail!(
                "storage.backend = \"clickhouse\": the nodes sharing the store must share one \
                 redaction key; set {var} to the same secret on every node (for example \
                 {var}=$(openssl rand -hex 32))",
                var = policy.hash_key_env
            )
        }
        None => {
            let (k, created) =
                KeyRing::load_or_create(&v.config.server.data_dir).context("redaction key")?;
            if created {
                tracing::info!(
                    path = %v.config.server.data_dir.join("redaction.key").display(),
                    "created a new redaction key (owner-only permissions); set {} to supply your own",
                    policy.hash_key_env
                );
            }
            k
        }
    };
    Redactor::new(policy, keys).map_err(|e| anyhow::anyhow!("redaction: {e}"))
}

/// The answer checks as `serve` and `check` run them: the PII scanner for `pii_echo`,
/// the gateway's safety rules for `toxic_output`. `None` when `[answers] enabled = false`.
pub fn build_answer_checker(
    v: &Validated,
    redactor: Arc<Redactor>,
) -> Result<Option<Arc<glassbox_answers::Checker>>> {
    if !v.config.answers.enabled {
        return Ok(None);
    }
    let checker = glassbox_gateway::safety::answer_checker(
        &v.config.answers,
        &v.config.gateway.safety,
        redactor,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(Some(Arc::new(checker)))
}

/// Opens the configured store: its writer (for the pipeline) and its reader.
fn open_store(
    v: &Validated,
    data_dir: &std::path::Path,
) -> Result<(
    Box<dyn glassbox_store::BatchWriter>,
    Arc<dyn glassbox_store::Store>,
)> {
    match v.config.storage.backend {
        crate::config::StorageBackend::Sqlite => {
            let (mut writer, reader) =
                glassbox_store::sqlite::open_with(data_dir, v.config.storage.synchronous)
                    .context("opening the store")?;
            writer.set_text_index(v.config.storage.text_search);
            Ok((Box::new(writer), Arc::new(reader)))
        }
        crate::config::StorageBackend::Clickhouse => {
            let c = &v.config.storage.clickhouse;
            // Blocking HTTP calls: made off the async runtime's threads.
            let opened = std::thread::scope(|s| {
                s.spawn(|| glassbox_store::clickhouse::open(c))
                    .join()
                    .map_err(|_| anyhow::anyhow!("opening the ClickHouse store panicked"))
            })?;
            let (mut writer, reader) = opened.with_context(|| {
                format!(
                    "opening the ClickHouse store at {} (database {}; [storage.clickhouse])",
                    c.url, c.database
                )
            })?;
            writer.set_park_window(v.late_signal_window);
            tracing::info!(url = %c.url, database = %c.database, "storing records in ClickHouse");
            Ok((Box::new(writer), Arc::new(reader)))
        }
    }
}

/// Opens the store and starts the pipeline.
pub fn start(v: &Validated) -> Result<Runtime> {
    let hub =
        Arc::new(MetricsHub::new(v.config.metrics.clone()).map_err(|e| anyhow::anyhow!("{e}"))?);
    let observer = Arc::new(crate::telemetry::HubObserver::new(hub.clone()));
    let data_dir = &v.config.server.data_dir;
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("server.data_dir: cannot create {}", data_dir.display()))?;
    let lock = lock_data_dir(data_dir)?;
    // The key first: a missing shared key is a configuration error, found before any
    // connection is tried.
    let redactor = Arc::new(build_redactor(v)?);
    let (writer, reader) = open_store(v, data_dir)?;
    let clickhouse = v.config.storage.backend == crate::config::StorageBackend::Clickhouse;
    let blob_location = if v.config.payload.blob_store.is_empty() {
        data_dir.join("blobs").display().to_string()
    } else {
        v.config.payload.blob_store.clone()
    };
    let blobs = BlobStore::open(&blob_location)
        .with_context(|| format!("payload.blob_store: {blob_location}"))?;
    let payload = PayloadPolicy {
        sample_rate: v.config.payload.sample_rate,
        project_sample_rates: Arc::new(
            v.projects
                .iter()
                .filter_map(|p| p.payload_sample_rate.map(|r| (p.name.clone(), r)))
                .collect(),
        ),
        slow_threshold_ns: u64::try_from(v.keep_slower_than.as_nanos()).unwrap_or(u64::MAX),
        offload_threshold_bytes: v.config.payload.offload_threshold_bytes,
        blobs: Some(Arc::new(BlobOffloader {
            store: blobs.clone(),
            runtime: tokio::runtime::Handle::current(),
        })),
        spool: Arc::new(glassbox_pipeline::BodySpool::new(
            v.late_signal_window,
            v.config.payload.spool_max_bytes,
        )),
        // Nodes sharing one store park dropped bodies there too, so a late signal that
        // reaches another node finds them.
        share_parked: clickhouse,
    };
    let config = PipelineConfig {
        ingest_queue: v.config.pipeline.ingest_queue,
        workers: v.config.pipeline.workers,
        max_group_records: v.config.pipeline.max_group_records,
        commit_interval: v.commit_interval,
        retention: v.retention,
        project_retention: v
            .projects
            .iter()
            .filter_map(|p| p.retention.map(|r| (p.name.clone(), r)))
            .collect(),
        disk_queue: (clickhouse && v.config.pipeline.disk_queue_max_bytes > 0).then(|| {
            glassbox_pipeline::DiskQueueConfig {
                dir: data_dir.join("queue"),
                max_bytes: v.config.pipeline.disk_queue_max_bytes,
            }
        }),
        // ClickHouse stores spans as rows, not the embedded store's blocks.
        encode_spans: !clickhouse,
        ..PipelineConfig::default()
    };
    let mut project_text: std::collections::HashMap<
        String,
        Arc<dyn glassbox_pipeline::TextRedactor>,
    > = std::collections::HashMap::new();
    for (i, p) in v.projects.iter().enumerate() {
        if let Some(r) = &p.redaction {
            let own = redactor
                .with_actions(r.default_action, &r.entities)
                .map_err(|e| anyhow::anyhow!("projects[{i}].redaction: {e}"))?;
            project_text.insert(p.name.clone(), Arc::new(own));
        }
    }
    let stage = Arc::new(StandardStage {
        text: redactor.clone(),
        payload,
        answers: build_answer_checker(v, redactor.clone())?,
        prices: v.config.pricing.table()?.map(Arc::new),
        project_text,
    });
    let pipeline =
        Pipeline::start(config, stage, writer, observer).context("starting the pipeline")?;
    let pseudonymizer = redactor.clone();
    let state = AppState {
        probe: glassbox_server::Readiness::new(reader.clone()),
        reader: reader.clone(),
        pipeline: pipeline.handle(),
        pseudonymize: Arc::new(move |s: &str| pseudonymizer.pseudonyms(s)),
        admission: glassbox_otlp::Admission::new(
            v.config.pipeline.max_inflight_bytes,
            glassbox_otlp::DEFAULT_ADMISSION_WAIT,
        ),
        topic_min_users: v.config.redaction.topic_min_users,
        projects: v
            .projects
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
            .into(),
    };
    Ok(Runtime {
        state,
        redactor,
        blobs,
        pipeline,
        auth: Auth::new(v.tokens.clone()).with_browser_limits(glassbox_server::BrowserLimits {
            per_ip_per_minute: v.config.auth.browser_per_ip_per_minute,
            per_key_per_minute: v.config.auth.browser_per_key_per_minute,
        }),
        hub,
        rollups: reader.clone(),
        eraser: reader,
        _lock: lock,
    })
}

/// `/api/blobs/{sha256}`, `/api/privacy` and `/api/subjects/{user_id}`, served by
/// `glassbox-server` with this configuration's policy.
pub fn privacy_routes(rt: &Runtime, v: &Validated) -> Router {
    // Deny-list terms are the very values to hide: report how many, never which.
    let mut redaction = serde_json::to_value(&v.config.redaction).unwrap_or_default();
    if let Some(obj) = redaction.as_object_mut() {
        let n = obj
            .remove("deny_list")
            .and_then(|d| d.as_array().map(Vec::len))
            .unwrap_or(0);
        obj.insert("deny_list_terms".into(), json!(n));
    }
    glassbox_server::api::privacy::router(glassbox_server::api::privacy::PrivacyState {
        redactor: rt.redactor.clone(),
        blobs: rt.blobs.clone(),
        policy: json!({
            "redaction": redaction,
            "payload": v.config.payload,
            "blob_store": rt.blobs.location(),
        }),
        eraser: rt.eraser.clone(),
        reader: rt.state.reader.clone(),
    })
}

/// The gateway's routes, or — without an upstream — routes that say how to configure one.
fn gateway_routes(rt: &Runtime, v: &Validated) -> Result<Router> {
    if v.config.gateway.upstreams.is_empty() {
        let hint = || async {
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"error": {
                    "message": "glassbox has no model upstream configured: start it with --upstream http://HOST:PORT/v1 or add [[gateway.upstreams]] to the config",
                    "type": "glassbox_not_configured",
                    "code": "no_upstream"
                }})),
            )
        };
        return Ok(Router::new()
            .route("/v1/chat/completions", axum::routing::post(hint))
            .route("/v1/completions", axum::routing::post(hint))
            .route("/v1/embeddings", axum::routing::post(hint))
            .route("/v1/responses", axum::routing::post(hint))
            .route("/v1/models", get(hint)));
    }
    let state = glassbox_gateway::GatewayState::with_scanner(
        v.config.gateway.clone(),
        rt.state.pipeline.clone(),
        Some(rt.redactor.clone()),
    )
    .map_err(|e| anyhow::anyhow!("gateway: {e}"))?;
    tracing::info!(
        upstreams = v.config.gateway.upstreams.len(),
        "gateway enabled at /v1"
    );
    Ok(glassbox_gateway::router(state))
}

/// Deletes the payload blobs last written more than `retention` before `now_unix_secs`
/// (`storage.retention`: the rows that point at them are gone by then); returns how many.
pub async fn sweep_blobs(
    blobs: &BlobStore,
    retention: std::time::Duration,
    now_unix_secs: i64,
) -> Result<u64, glassbox_store::StoreError> {
    let keep = i64::try_from(retention.as_secs()).unwrap_or(i64::MAX);
    blobs
        .delete_older_than(now_unix_secs.saturating_sub(keep))
        .await
}

/// Runs [`sweep_blobs`] now and every ten minutes, saying what it removed.
async fn run_blob_janitor(blobs: BlobStore, retention: std::time::Duration) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        let now = glassbox_core::time::now_unix_nanos() / 1_000_000_000;
        match sweep_blobs(&blobs, retention, i64::try_from(now).unwrap_or(i64::MAX)).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                blobs = n,
                location = blobs.location(),
                "retention removed old payload blobs"
            ),
            Err(e) => tracing::warn!(error = %e, "payload blob retention failed"),
        }
    }
}

/// Binds a listener with a message that says what to do when the port is taken.
pub async fn bind(addr: std::net::SocketAddr, flag: &str) -> Result<TcpListener> {
    TcpListener::bind(addr).await.with_context(|| {
        format!("cannot listen on {addr}: is another glassbox (or another program) using it? choose another with {flag}")
    })
}

/// Runs `glassbox serve` until a shutdown signal.
pub async fn run(v: Validated, extra: Router) -> Result<()> {
    let rt = start(&v)?;
    serve_runtime(rt, &v, extra, glassbox_server::shutdown_signal(), true).await
}

/// What `glassbox serve` tells the person who started it: where to look and where to
/// send data, whether the gateway is on, where the data and the key live.
fn banner(v: &Validated, otlp_http: Option<std::net::SocketAddr>, auth: bool) -> String {
    let host = v.listen;
    let otlp_http = match otlp_http {
        Some(a) => format!("http://{a} (standard port; also http://{host})"),
        None => format!("http://{host}"),
    };
    let gateway = match v.config.gateway.upstreams.first() {
        Some(u) => format!(
            "on: export OPENAI_BASE_URL=http://{host}/v1   (upstream {} at {})",
            u.name, u.base_url
        ),
        None => {
            "off: start with --upstream http://HOST:PORT/v1 to put it in front of a model".into()
        }
    };
    let key = if std::env::var_os(&v.config.redaction.hash_key_env).is_some() {
        format!("from ${}", v.config.redaction.hash_key_env)
    } else {
        v.config
            .server
            .data_dir
            .join("redaction.key")
            .display()
            .to_string()
    };
    format!(
        "\n  glassbox is running{}.\n\n         \x20 dashboard       http://{host}/\n         \x20 OTLP/HTTP       {otlp_http}   (export OTEL_EXPORTER_OTLP_ENDPOINT=…)\n         \x20 OTLP/gRPC       http://{}\n         \x20 gateway         {gateway}\n         \x20 prometheus      http://{host}/metrics\n         \x20 data            {}\n         \x20 redaction key   {key}\n         \x20 stop            Ctrl-C\n",
        if auth { " (tokens required)" } else { "" },
        v.grpc_listen,
        v.config.server.data_dir.display(),
    )
}

/// Serves a started runtime until `shutdown`, then flushes the pipeline.
pub async fn serve_runtime(
    rt: Runtime,
    v: &Validated,
    extra: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    announce: bool,
) -> Result<()> {
    let http = bind(v.listen, "--listen").await?;
    let grpc = bind(v.grpc_listen, "--grpc-listen").await?;
    let otlp_http = match v.otlp_http_listen {
        None => None,
        Some((addr, true)) => Some(bind(addr, "--otlp-http-listen").await?),
        Some((addr, false)) => match TcpListener::bind(addr).await {
            Ok(l) => Some(l),
            Err(e) => {
                tracing::warn!(
                    address = %addr,
                    error = %e,
                    "the standard OTLP/HTTP port is taken (another glassbox or a Collector?); OTLP/HTTP stays on http://{}/v1/traces and the gRPC port. Set --otlp-http-listen to choose another port, or `off`",
                    v.listen
                );
                None
            }
        },
    };
    let metrics_api = glassbox_server::api::metrics::api_router(MetricsApiState {
        hub: rt.hub.clone(),
        source: rt.rollups.clone(),
        sessions: Some(Arc::new(StoreSessions {
            reader: rt.state.reader.clone(),
            cache: std::sync::Mutex::new(std::collections::HashMap::new()),
        })),
    });
    let extra = extra
        .merge(privacy_routes(&rt, v))
        .merge(metrics_api)
        .merge(gateway_routes(&rt, v)?);
    let housekeeping = tokio::spawn(crate::telemetry::run_housekeeping(
        rt.hub.clone(),
        rt.redactor.clone(),
        rt.state.pipeline.clone(),
        v.config.storage.backend == crate::config::StorageBackend::Clickhouse,
    ));
    // Bodies are shared by content: they go once the longest retention is past.
    let _blob_janitor = v
        .retention
        .map(|r| {
            v.projects
                .iter()
                .filter_map(|p| p.retention)
                .fold(r, std::cmp::max)
        })
        .map(|r| tokio::spawn(run_blob_janitor(rt.blobs.clone(), r)));
    let _gpu = glassbox_sources::gpu::start_gpu_poller(rt.hub.clone(), &v.config.gpu);
    let targets = v
        .config
        .scrape
        .iter()
        .map(|t| glassbox_sources::scrape::ScrapeTarget {
            name: t.name.clone(),
            url: t.url.clone(),
            interval: std::time::Duration::from_secs(t.interval_secs),
        })
        .collect();
    let scrapers = glassbox_sources::scrape::spawn_scrapers(rt.hub.clone(), targets)
        .map_err(|e| anyhow::anyhow!("scrape: {e}"))?;
    let tailers = spawn_postgres_tailers(v, &rt.state.pipeline)?;
    let app = glassbox_server::http_router(
        rt.state.clone(),
        rt.auth.clone(),
        extra,
        glassbox_ui::router(),
        v.cors.clone(),
    );
    let grpc_app = glassbox_server::grpc_router(&rt.state, rt.auth.clone());
    tracing::info!(
        http = %v.listen,
        grpc = %v.grpc_listen,
        data_dir = %v.config.server.data_dir.display(),
        auth = rt.auth.enabled(),
        "glassbox is listening"
    );
    if announce {
        let otlp_addr = otlp_http.as_ref().and_then(|l| l.local_addr().ok());
        eprintln!("{}", banner(v, otlp_addr, rt.auth.enabled()));
    }
    let mut others = vec![(grpc, grpc_app)];
    if let Some(listener) = otlp_http {
        tracing::info!(address = %listener.local_addr()?, "OTLP/HTTP on the standard port");
        others.push((
            listener,
            glassbox_server::otlp_http_router(&rt.state, rt.auth.clone(), v.cors.clone()),
        ));
    }
    glassbox_server::serve(http, app, others, shutdown)
        .await
        .context("server failed")?;
    housekeeping.abort();
    for s in scrapers.into_iter().chain(tailers) {
        s.abort();
    }
    // Everything still in memory becomes a rollup row before the pipeline drains.
    crate::telemetry::flush_rollups(&rt.hub, &rt.state.pipeline, u64::MAX).await;
    let pipeline = rt.pipeline;
    tokio::task::spawn_blocking(move || pipeline.shutdown())
        .await
        .context("flushing the pipeline")?;
    tracing::info!("flushed; bye");
    Ok(())
}

/// One tailer per `[[sources.postgres_log]]`, each with its offsets in
/// `<data-dir>/sources/postgres_log-<n>.json`.
fn spawn_postgres_tailers(
    v: &crate::config::Validated,
    pipeline: &glassbox_pipeline::PipelineHandle,
) -> anyhow::Result<Vec<tokio::task::JoinHandle<()>>> {
    let mut handles = Vec::new();
    for (i, p) in v.config.sources.postgres_log.iter().enumerate() {
        let cfg = glassbox_sources::TailConfig {
            path: std::path::PathBuf::from(&p.path),
            format: p.format,
            service: p.service.clone(),
            poll: std::time::Duration::from_millis(p.poll_ms),
            state_file: v
                .config
                .server
                .data_dir
                .join("sources")
                .join(format!("postgres_log-{i}.json")),
        };
        let tailer = glassbox_sources::Tailer::new(cfg, pipeline.clone())
            .map_err(|e| anyhow::anyhow!("sources.postgres_log[{i}]: {e}"))?;
        tracing::info!(path = %p.path, "tailing the PostgreSQL log");
        handles.push(tokio::spawn(tailer.run(std::future::pending())));
    }
    Ok(handles)
}

#[cfg(test)]
mod blob_janitor_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[tokio::test]
    async fn sweep_removes_only_blobs_older_than_retention() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::open(dir.path().to_str().unwrap()).unwrap();
        let old = blobs.put(b"{\"payload\":\"old\"}").await.unwrap();
        let new = blobs.put(b"{\"payload\":\"new\"}").await.unwrap();
        let sha = |r: &str| {
            r.trim_start_matches(glassbox_store::BLOB_SCHEME)
                .to_string()
        };
        let day = std::time::Duration::from_secs(86_400);
        let now = i64::try_from(glassbox_core::time::now_unix_nanos() / 1_000_000_000).unwrap();
        // Nothing is older than a day yet.
        assert_eq!(sweep_blobs(&blobs, day, now).await.unwrap(), 0);
        // One blob last written eight days ago, against a week's retention.
        let old_path = walk(dir.path())
            .into_iter()
            .find(|p| p.to_string_lossy().contains(&sha(&old)))
            .unwrap();
        let eight_days_ago = std::time::SystemTime::now() - 8 * day;
        std::fs::File::options()
            .write(true)
            .open(&old_path)
            .unwrap()
            .set_modified(eight_days_ago)
            .unwrap();
        assert_eq!(sweep_blobs(&blobs, 7 * day, now).await.unwrap(), 1);
        assert!(blobs.get(&sha(&old)).await.unwrap().is_none());
        assert!(blobs.get(&sha(&new)).await.unwrap().is_some());
    }

    fn walk(p: &std::path::Path) -> Vec<std::path::PathBuf> {
        std::fs::read_dir(p)
            .unwrap()
            .flat_map(|e| {
                let e = e.unwrap();
                if e.file_type().unwrap().is_dir() {
                    walk(&e.path())
                } else {
                    vec![e.path()]
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod lock_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// A second glassbox on the same data directory refuses and names the first; once
    /// the first is gone the directory is free again.
    #[test]
    fn one_glassbox_per_data_directory() {
        let dir = tempfile::tempdir().unwrap();
        let first = lock_data_dir(dir.path()).unwrap();
        let err = lock_data_dir(dir.path()).err().unwrap().to_string();
        assert!(err.contains("in use by another glassbox process"), "{err}");
        assert!(
            err.contains(&format!("pid {}", std::process::id())),
            "{err}"
        );
        assert!(err.contains("--data-dir"), "{err}");
        drop(first);
        let again = lock_data_dir(dir.path());
        assert!(again.is_ok(), "the lock is released with its holder");
    }
}

/// The summary's session figures from the store's sessions (traces grouped by session
/// id), for applications that report no `session_end` events. The overview asks every
/// few seconds: an answer is reused for 30 s per window length and service.
struct StoreSessions {
    reader: Arc<dyn glassbox_store::ReadStore>,
    cache: std::sync::Mutex<std::collections::HashMap<SessionsKey, SessionsSeen>>,
}

type SessionsSeen = (std::time::Instant, Option<(u64, Option<f64>)>);
/// Window length, service and projects.
type SessionsKey = (u64, Option<String>, Option<Vec<String>>);

impl glassbox_server::api::metrics::SessionSource for StoreSessions {
    fn sessions(
        &self,
        from_unix_nano: u64,
        to_unix_nano: u64,
        service: Option<&str>,
        projects: Option<&[String]>,
    ) -> Option<(u64, Option<f64>)> {
        let key = (
            to_unix_nano.saturating_sub(from_unix_nano),
            service.map(str::to_string),
            projects.map(<[String]>::to_vec),
        );
        if let Some((at, seen)) = self.cache.lock().ok()?.get(&key) {
            if at.elapsed() < std::time::Duration::from_secs(30) {
                return *seen;
            }
        }
        let stats = self
            .reader
            .session_stats(&glassbox_store::SessionFilter {
                service: service.map(str::to_string),
                projects: projects.map(<[String]>::to_vec),
                from_ns: Some(from_unix_nano),
                to_ns: Some(to_unix_nano),
                ..Default::default()
            })
            .ok()?;
        let seen = Some((
            stats.sessions,
            stats.median_duration_ns.map(|ns| ns as f64 / 1e9),
        ));
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(key, (std::time::Instant::now(), seen));
        }
        seen
    }
}
