//! OTLP/gRPC receiver: the collector `TraceService`, `LogsService` and `MetricsService`
//! over the same [`OtlpSink`] as the HTTP receiver, gzip accepted and sent.
//!
//! ```text
//!   tonic (decode, gzip, size cap) ─> export ─> Export*ServiceResponse (+ partial_success)
//!                                           ├> INVALID_ARGUMENT   every record rejected
//!                                           ├> RESOURCE_EXHAUSTED sink full (+ RetryInfo)
//!                                           └> UNAVAILABLE        sink unavailable (+ RetryInfo)
//! ```

use std::sync::Arc;

use opentelemetry_proto::tonic::collector::logs::v1::logs_service_server::{
    LogsService, LogsServiceServer,
};
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsPartialSuccess, ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use opentelemetry_proto::tonic::collector::metrics::v1::metrics_service_server::{
    MetricsService, MetricsServiceServer,
};
use opentelemetry_proto::tonic::collector::metrics::v1::{
    ExportMetricsPartialSuccess, ExportMetricsServiceRequest, ExportMetricsServiceResponse,
};
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_server::{
    TraceService, TraceServiceServer,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTracePartialSuccess, ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use prost::Message;
use tonic::codec::CompressionEncoding;
use tonic::service::Routes;
use tonic::{Code, Request, Response, Status};

use crate::admission::{Admission, Admitted};
use crate::decode::DEFAULT_MAX_BODY_BYTES;
use crate::export::{self, ExportError, Outcome};
use crate::http::UNAVAILABLE_RETRY_AFTER_SECS;
use crate::sink::{OtlpSink, SinkError};
use crate::status::{RpcStatus, CODE_RESOURCE_EXHAUSTED, CODE_UNAVAILABLE};

/// The gRPC receiver; one value serves all three signals.
pub struct GrpcReceiver<S> {
    sink: Arc<S>,
    admission: Admission,
}

impl<S> Clone for GrpcReceiver<S> {
    fn clone(&self) -> Self {
        Self {
            sink: Arc::clone(&self.sink),
            admission: self.admission.clone(),
        }
    }
}

impl<S: OtlpSink> GrpcReceiver<S> {
    /// A receiver handing records to `sink`, with the default admission budget.
    pub fn new(sink: Arc<S>) -> Self {
        Self::with_admission(sink, Admission::default())
    }

    /// A receiver sharing `admission` (e.g. with the HTTP receiver).
    pub fn with_admission(sink: Arc<S>, admission: Admission) -> Self {
        Self { sink, admission }
    }

    /// Room for a decoded message of `bytes` wire bytes, or UNAVAILABLE + RetryInfo.
    async fn admit(&self, bytes: usize) -> Result<Admitted, Status> {
        self.admission.admit(bytes).await.ok_or_else(|| {
            let secs = self.admission.retry_after_secs();
            retryable(
                Code::Unavailable,
                CODE_UNAVAILABLE,
                format!(
                    "glassbox is busy: the exports already in flight fill its ingest budget; retry after {secs}s"
                ),
                secs,
            )
        })
    }
}

/// The three OTLP collector services, gzip on both ways and a 64 MiB message cap, ready
/// for `tonic::transport::Server::builder().add_routes(..)`.
pub fn grpc_services<S: OtlpSink>(sink: Arc<S>) -> Routes {
    grpc_services_with(sink, Admission::default())
}

/// [`grpc_services`] sharing an admission budget.
pub fn grpc_services_with<S: OtlpSink>(sink: Arc<S>, admission: Admission) -> Routes {
    let receiver = GrpcReceiver::with_admission(sink, admission);
    Routes::new(
        TraceServiceServer::new(receiver.clone())
            .accept_compressed(CompressionEncoding::Gzip)
            .send_compressed(CompressionEncoding::Gzip)
            .max_decoding_message_size(DEFAULT_MAX_BODY_BYTES),
    )
    .add_service(
        LogsServiceServer::new(receiver.clone())
            .accept_compressed(CompressionEncoding::Gzip)
            .send_compressed(CompressionEncoding::Gzip)
            .max_decoding_message_size(DEFAULT_MAX_BODY_BYTES),
    )
    .add_service(
        MetricsServiceServer::new(receiver)
            .accept_compressed(CompressionEncoding::Gzip)
            .send_compressed(CompressionEncoding::Gzip)
            .max_decoding_message_size(DEFAULT_MAX_BODY_BYTES),
    )
}

fn to_status(e: ExportError) -> Status {
    match e {
        ExportError::Invalid(message) => Status::invalid_argument(format!(
            "every record in the request was rejected: {message}"
        )),
        ExportError::Sink(e @ SinkError::Full { retry_after_secs }) => retryable(
            Code::ResourceExhausted,
            CODE_RESOURCE_EXHAUSTED,
            e.to_string(),
            retry_after_secs,
        ),
        ExportError::Sink(e @ SinkError::Unavailable { .. }) => retryable(
            Code::Unavailable,
            CODE_UNAVAILABLE,
            e.to_string(),
            UNAVAILABLE_RETRY_AFTER_SECS,
        ),
    }
}

/// A status carrying `google.rpc.RetryInfo`, which OTLP clients read as the retry delay.
fn retryable(code: Code, numeric: i32, message: String, secs: u32) -> Status {
    let details = RpcStatus::new(numeric, message.clone())
        .with_retry_after(secs)
        .encode_to_vec();
    Status::with_details(code, message, details.into())
}

/// The sender's project, when the server's auth layer attached one.
fn project_of<T>(request: &Request<T>) -> crate::sink::Project {
    request
        .extensions()
        .get::<glassbox_core::ProjectAccess>()
        .map(|a| a.write.clone())
}

fn rejected(outcome: &Outcome) -> Option<(i64, String)> {
    (outcome.rejected > 0).then(|| (outcome.rejected, outcome.message.clone()))
}

#[async_trait::async_trait]
impl<S: OtlpSink> TraceService for GrpcReceiver<S> {
    async fn export(
        &self,
        request: Request<ExportTraceServiceRequest>,
    ) -> Result<Response<ExportTraceServiceResponse>, Status> {
        // tonic has decoded the message already; admission still bounds how many wait
        // in the pipeline.
        let _admitted = self.admit(request.get_ref().encoded_len()).await?;
        let outcome = export::traces(
            self.sink.as_ref(),
            project_of(&request),
            request.into_inner(),
            Vec::new(),
        )
        .await
        .map_err(to_status)?;
        Ok(Response::new(ExportTraceServiceResponse {
            partial_success: rejected(&outcome).map(|(rejected_spans, error_message)| {
                ExportTracePartialSuccess {
                    rejected_spans,
                    error_message,
                }
            }),
        }))
    }
}

#[async_trait::async_trait]
impl<S: OtlpSink> LogsService for GrpcReceiver<S> {
    async fn export(
        &self,
        request: Request<ExportLogsServiceRequest>,
    ) -> Result<Response<ExportLogsServiceResponse>, Status> {
        // tonic has decoded the message already; admission still bounds how many wait
        // in the pipeline.
        let _admitted = self.admit(request.get_ref().encoded_len()).await?;
        let outcome = export::logs(
            self.sink.as_ref(),
            project_of(&request),
            request.into_inner(),
            Vec::new(),
        )
        .await
        .map_err(to_status)?;
        Ok(Response::new(ExportLogsServiceResponse {
            partial_success: rejected(&outcome).map(|(rejected_log_records, error_message)| {
                ExportLogsPartialSuccess {
                    rejected_log_records,
                    error_message,
                }
            }),
        }))
    }
}

#[async_trait::async_trait]
impl<S: OtlpSink> MetricsService for GrpcReceiver<S> {
    async fn export(
        &self,
        request: Request<ExportMetricsServiceRequest>,
    ) -> Result<Response<ExportMetricsServiceResponse>, Status> {
        // tonic has decoded the message already; admission still bounds how many wait
        // in the pipeline.
        let _admitted = self.admit(request.get_ref().encoded_len()).await?;
        let outcome = export::metrics(
            self.sink.as_ref(),
            project_of(&request),
            request.into_inner(),
            Vec::new(),
        )
        .await
        .map_err(to_status)?;
        Ok(Response::new(ExportMetricsServiceResponse {
            partial_success: rejected(&outcome).map(|(rejected_data_points, error_message)| {
                ExportMetricsPartialSuccess {
                    rejected_data_points,
                    error_message,
                }
            }),
        }))
    }
}
