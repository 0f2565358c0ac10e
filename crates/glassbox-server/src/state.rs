//! Shared state of the HTTP handlers.

use std::sync::Arc;

use glassbox_pipeline::PipelineHandle;
use glassbox_store::ReadStore;

/// Maps a raw identifier (a user id as the caller knows it) to the pseudonym glassbox
/// stores, so lookups by raw id find pseudonymized records.
pub type Pseudonymizer = Arc<dyn Fn(&str) -> String + Send + Sync>;

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
}
