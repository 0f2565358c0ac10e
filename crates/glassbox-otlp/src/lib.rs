//! glassbox's OTLP receivers: OTLP/HTTP (`/v1/traces`, `/v1/logs`, `/v1/metrics`,
//! protobuf or OTLP/JSON, gzip) and OTLP/gRPC, decoding into glassbox-core's model and
//! handing the records to an [`OtlpSink`].
//!
//! ```text
//!   HTTP request ─> admission ─> decode (decompress, protobuf | OTLP/JSON) ─┐
//!   gRPC message (tonic) ─> admission ──────────────────────────────────────┴> export:
//!                                                             convert ─> OtlpSink
//! ```
//!
//! It also writes stored records back out as OTLP/JSON export requests (`encode`, for
//! exports). This crate owns wire formats and their errors. It must not redact, sample or
//! store: records leave it raw, and the pipeline behind the sink does the rest.

mod admission;
mod convert;
mod decode;
mod encode;
mod export;
mod grpc;
mod http;
mod json;
mod sink;
mod status;

pub use admission::{Admission, Admitted, DEFAULT_ADMISSION_WAIT, DEFAULT_MAX_INFLIGHT_BYTES};
pub use convert::{
    attr_value, attributes, convert_logs, convert_metrics, convert_traces, Converted,
    UNKNOWN_SERVICE,
};
pub use decode::{
    decode_logs, decode_logs_partial, decode_metrics, decode_metrics_partial, decode_traces,
    decode_traces_partial, decompress, DecodeError, Encoding, DEFAULT_MAX_BODY_BYTES,
};
pub use encode::{events_request, logs_request, traces_request, EVENTS_SCOPE};
pub use grpc::{grpc_services, grpc_services_with, GrpcReceiver};
pub use http::{router, router_with, router_with_limit, Limits, UNAVAILABLE_RETRY_AFTER_SECS};
pub use sink::{OtlpSink, Project, SinkError};
pub use status::{ProtoAny, ProtoDuration, RetryInfo, RpcStatus};
