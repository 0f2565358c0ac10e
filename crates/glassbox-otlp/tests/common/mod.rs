//! Shared helpers for the integration tests: fixtures and a fake sink.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Mutex;

use glassbox_core::{LogRecord, MetricPoint, Span};
use glassbox_otlp::{OtlpSink, SinkError};

pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/otlp")
        .join(name)
}

pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// Records what it is given; can be told to refuse.
#[derive(Default)]
pub struct FakeSink {
    pub spans: Mutex<Vec<Span>>,
    pub logs: Mutex<Vec<LogRecord>>,
    pub metrics: Mutex<Vec<MetricPoint>>,
    pub refuse: Mutex<Option<SinkError>>,
    /// When set, each export waits for a permit before it is acknowledged (a slow store).
    pub gate: Option<std::sync::Arc<tokio::sync::Semaphore>>,
}

impl FakeSink {
    pub fn refusing(e: SinkError) -> Self {
        Self {
            refuse: Mutex::new(Some(e)),
            ..Default::default()
        }
    }

    fn check(&self) -> Result<(), SinkError> {
        match self.refuse.lock().unwrap().clone() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

#[async_trait::async_trait]
impl OtlpSink for FakeSink {
    async fn accept_spans(
        &self,
        spans: Vec<Span>,
        _project: glassbox_otlp::Project,
    ) -> Result<(), SinkError> {
        self.check()?;
        if let Some(gate) = &self.gate {
            gate.acquire().await.unwrap().forget();
        }
        self.spans.lock().unwrap().extend(spans);
        Ok(())
    }
    async fn accept_logs(
        &self,
        logs: Vec<LogRecord>,
        _project: glassbox_otlp::Project,
    ) -> Result<(), SinkError> {
        self.check()?;
        self.logs.lock().unwrap().extend(logs);
        Ok(())
    }
    async fn accept_metrics(
        &self,
        points: Vec<MetricPoint>,
        _project: glassbox_otlp::Project,
    ) -> Result<(), SinkError> {
        self.check()?;
        self.metrics.lock().unwrap().extend(points);
        Ok(())
    }
}
