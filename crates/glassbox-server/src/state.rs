//! Shared state of the HTTP handlers.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use glassbox_pipeline::PipelineHandle;
use glassbox_store::{ReadStore, WriteProbe};

/// Maps a raw identifier (a user id as the caller knows it) to the pseudonyms glassbox
/// stores it as — one per redaction key, the active key's first — so lookups by raw id
/// find pseudonymized records from before and after a key rotation.
pub type Pseudonymizer = Arc<dyn Fn(&str) -> Vec<String> + Send + Sync>;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// Query side of the store.
    pub reader: Arc<dyn ReadStore>,
    /// Where ingested records go.
    pub pipeline: PipelineHandle,
    /// Pseudonymizes identifiers for lookups.
    pub pseudonymize: Pseudonymizer,
    /// Ingest budget shared by the OTLP/HTTP and OTLP/gRPC receivers.
    pub admission: glassbox_otlp::Admission,
    /// Proves the store writable for `/readyz`.
    pub probe: Readiness,
    /// Distinct users a topic keyword needs before `/api/topics` shows it.
    pub topic_min_users: u64,
    /// The projects defined in the configuration (`default` is always there too).
    pub projects: Arc<[String]>,
}

/// The store's write probe, run at most every [`Readiness::EVERY`] however often
/// `/readyz` is called (it needs no token, so it must not write on every request).
#[derive(Clone)]
pub struct Readiness {
    probe: Arc<dyn WriteProbe>,
    last: Arc<Mutex<Option<Probed>>>,
}

/// When the last probe ran and what it found.
type Probed = (Instant, Result<(), String>);

impl Readiness {
    /// How long one probe's answer is reused.
    pub const EVERY: Duration = Duration::from_secs(2);

    /// Wraps a backend's probe.
    pub fn new(probe: Arc<dyn WriteProbe>) -> Self {
        Self {
            probe,
            last: Arc::new(Mutex::new(None)),
        }
    }

    /// Whether the store can be written now (`Err` says why).
    pub async fn check(&self) -> Result<(), String> {
        if let Ok(last) = self.last.lock() {
            if let Some((at, r)) = last.as_ref() {
                if at.elapsed() < Self::EVERY {
                    return r.clone();
                }
            }
        }
        let probe = self.probe.clone();
        let r = tokio::task::spawn_blocking(move || probe.probe_write())
            .await
            .map_err(|e| format!("the write probe did not finish: {e}"))
            .and_then(|r| r.map_err(|e| e.to_string()));
        if let Ok(mut last) = self.last.lock() {
            *last = Some((Instant::now(), r.clone()));
        }
        r
    }
}
