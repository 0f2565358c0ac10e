//! One export, whatever the transport: convert, hand the valid records to the sink,
//! report what was rejected. HTTP and gRPC handlers only translate in and out of this.
//!
//! ```text
//!   Export*ServiceRequest ─> convert (+ records the JSON decode left out) ─> all rejected? ─> Invalid
//!                                    └> sink.accept_* ─> Outcome { rejected, message } | Sink(err)
//! ```

use glassbox_core::time::now_unix_nanos;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

use crate::convert::{convert_logs, convert_metrics, convert_traces, Converted};
use crate::sink::{OtlpSink, SinkError};

/// What the client is told after a successful export.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Outcome {
    /// Records rejected (0 = full success).
    pub rejected: i64,
    /// Why they were rejected.
    pub message: String,
}

/// Why an export failed as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ExportError {
    /// Every record was invalid: not retryable.
    Invalid(String),
    /// The sink refused: retryable.
    Sink(SinkError),
}

/// Which signal an export carries, for logs and messages.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Signal {
    Traces,
    Logs,
    Metrics,
}

impl Signal {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Signal::Traces => "traces",
            Signal::Logs => "logs",
            Signal::Metrics => "metrics",
        }
    }
}

fn check<T>(signal: Signal, c: &Converted<T>) -> Result<Outcome, ExportError> {
    if c.rejected > 0 {
        tracing::warn!(signal = signal.as_str(), rejected = c.rejected, reason = %c.error_message(), "rejected otlp records");
    }
    if c.all_rejected() {
        return Err(ExportError::Invalid(c.error_message()));
    }
    Ok(Outcome {
        rejected: c.rejected,
        message: c.error_message(),
    })
}

pub(crate) async fn traces<S: OtlpSink>(
    sink: &S,
    project: crate::sink::Project,
    req: ExportTraceServiceRequest,
    left_out: Vec<String>,
) -> Result<Outcome, ExportError> {
    let mut c = convert_traces(&req);
    for message in left_out {
        c.reject(message);
    }
    // The decoded request is several times its wire size; it must not live until the
    // store acknowledges.
    drop(req);
    let outcome = check(Signal::Traces, &c)?;
    if !c.records.is_empty() {
        sink.accept_spans(c.records, project)
            .await
            .map_err(ExportError::Sink)?;
    }
    Ok(outcome)
}

pub(crate) async fn logs<S: OtlpSink>(
    sink: &S,
    project: crate::sink::Project,
    req: ExportLogsServiceRequest,
    left_out: Vec<String>,
) -> Result<Outcome, ExportError> {
    let mut c = convert_logs(&req, now_unix_nanos());
    for message in left_out {
        c.reject(message);
    }
    // The decoded request is several times its wire size; it must not live until the
    // store acknowledges.
    drop(req);
    let outcome = check(Signal::Logs, &c)?;
    if !c.records.is_empty() {
        sink.accept_logs(c.records, project)
            .await
            .map_err(ExportError::Sink)?;
    }
    Ok(outcome)
}

pub(crate) async fn metrics<S: OtlpSink>(
    sink: &S,
    project: crate::sink::Project,
    req: ExportMetricsServiceRequest,
    left_out: Vec<String>,
) -> Result<Outcome, ExportError> {
    let mut c = convert_metrics(&req);
    for message in left_out {
        c.reject(message);
    }
    // The decoded request is several times its wire size; it must not live until the
    // store acknowledges.
    drop(req);
    let outcome = check(Signal::Metrics, &c)?;
    if !c.records.is_empty() {
        sink.accept_metrics(c.records, project)
            .await
            .map_err(ExportError::Sink)?;
    }
    Ok(outcome)
}
