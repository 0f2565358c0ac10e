//! OTLP/HTTP receiver: `POST /v1/traces`, `/v1/logs`, `/v1/metrics`, protobuf or
//! OTLP/JSON, optionally gzip.
//!
//! ```text
//!   request ─> content type (415) ─> admission (waits; 503 + Retry-After when none)
//!           ─> capped body read (413) ─> decompress (413/415/400)
//!           ─> decode (400 + google.rpc.Status) ─> export ─> 200 Export*ServiceResponse
//!                                                         └> 429/503 + Retry-After (sink full)
//! ```
//!
//! Responses use the request's encoding. Handlers stay thin: everything they decide is
//! about HTTP; the work is in `decode`, `convert` and `export`.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::header::{CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsPartialSuccess, ExportLogsServiceResponse,
};
use opentelemetry_proto::tonic::collector::metrics::v1::{
    ExportMetricsPartialSuccess, ExportMetricsServiceResponse,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTracePartialSuccess, ExportTraceServiceResponse,
};
use prost::Message;

use crate::admission::{Admission, Admitted};
use crate::decode::{self, DecodeError, Encoding, DEFAULT_MAX_BODY_BYTES};
use crate::export::{self, ExportError, Outcome, Signal};
use crate::sink::{OtlpSink, SinkError};
use crate::status::{RpcStatus, CODE_INVALID_ARGUMENT, CODE_RESOURCE_EXHAUSTED, CODE_UNAVAILABLE};

/// `Retry-After` sent when the sink is unavailable without saying for how long.
pub const UNAVAILABLE_RETRY_AFTER_SECS: u32 = 5;

/// The content types the receiver accepts, as named in 415 answers.
const ACCEPTED: &str = "application/x-protobuf, application/json";

/// Body size a chunked request (no `Content-Length`) is admitted with before it is read.
const CHUNKED_ESTIMATE_BYTES: usize = 64 << 10;

/// Limits of the OTLP/HTTP receiver.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Bodies larger than this after decompression are refused with 413.
    pub max_body_bytes: usize,
    /// Request bytes in flight at once (shared with the gRPC receiver).
    pub admission: Admission,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            admission: Admission::default(),
        }
    }
}

struct HttpState<S> {
    sink: Arc<S>,
    limits: Limits,
}

impl<S> Clone for HttpState<S> {
    fn clone(&self) -> Self {
        Self {
            sink: Arc::clone(&self.sink),
            limits: self.limits.clone(),
        }
    }
}

/// The OTLP/HTTP routes, with the 64 MiB body limit and the default admission budget.
pub fn router<S: OtlpSink>(sink: Arc<S>) -> Router {
    router_with(sink, Limits::default())
}

/// The OTLP/HTTP routes, refusing bodies over `max_body_bytes` (after decompression)
/// with 413.
pub fn router_with_limit<S: OtlpSink>(sink: Arc<S>, max_body_bytes: usize) -> Router {
    router_with(
        sink,
        Limits {
            max_body_bytes,
            ..Limits::default()
        },
    )
}

/// The OTLP/HTTP routes with explicit limits.
pub fn router_with<S: OtlpSink>(sink: Arc<S>, limits: Limits) -> Router {
    Router::new()
        .route("/v1/traces", post(traces::<S>))
        .route("/v1/logs", post(logs::<S>))
        .route("/v1/metrics", post(metrics::<S>))
        // Exporters configured with a trailing slash are not turned away.
        .route("/v1/traces/", post(traces::<S>))
        .route("/v1/logs/", post(logs::<S>))
        .route("/v1/metrics/", post(metrics::<S>))
        .with_state(HttpState { sink, limits })
}

async fn traces<S: OtlpSink>(
    State(st): State<HttpState<S>>,
    ext: axum::http::Extensions,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (encoding, bytes, _admitted) = match read_body(&st, &headers, body).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (req, left_out) = match decode::decode_traces_partial(&bytes, encoding) {
        Ok(decoded) => decoded,
        Err(e) => return decode_error(encoding, Signal::Traces, &e),
    };
    drop(bytes);
    respond(
        encoding,
        Signal::Traces,
        export::traces(
            st.sink.as_ref(),
            crate::sink::project_of(&ext),
            req,
            left_out,
        )
        .await,
    )
}

async fn logs<S: OtlpSink>(
    State(st): State<HttpState<S>>,
    ext: axum::http::Extensions,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (encoding, bytes, _admitted) = match read_body(&st, &headers, body).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (req, left_out) = match decode::decode_logs_partial(&bytes, encoding) {
        Ok(decoded) => decoded,
        Err(e) => return decode_error(encoding, Signal::Logs, &e),
    };
    drop(bytes);
    respond(
        encoding,
        Signal::Logs,
        export::logs(
            st.sink.as_ref(),
            crate::sink::project_of(&ext),
            req,
            left_out,
        )
        .await,
    )
}

async fn metrics<S: OtlpSink>(
    State(st): State<HttpState<S>>,
    ext: axum::http::Extensions,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (encoding, bytes, _admitted) = match read_body(&st, &headers, body).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (req, left_out) = match decode::decode_metrics_partial(&bytes, encoding) {
        Ok(decoded) => decoded,
        Err(e) => return decode_error(encoding, Signal::Metrics, &e),
    };
    drop(bytes);
    respond(
        encoding,
        Signal::Metrics,
        export::metrics(
            st.sink.as_ref(),
            crate::sink::project_of(&ext),
            req,
            left_out,
        )
        .await,
    )
}

/// Content type, admission, capped body read and decompression. Chunked bodies (no
/// `Content-Length`) are read the same way, through the cap. The returned room is held
/// until the response is sent.
async fn read_body<S>(
    st: &HttpState<S>,
    headers: &HeaderMap,
    body: Body,
) -> Result<(Encoding, Vec<u8>, Admitted), Response> {
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(encoding) = Encoding::from_content_type(content_type) else {
        let message = format!("unsupported content type {content_type:?}; accepted: {ACCEPTED}");
        return Err(status_response(
            Encoding::Json,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            RpcStatus::new(CODE_INVALID_ARGUMENT, message),
            None,
        ));
    };
    let max_body_bytes = st.limits.max_body_bytes;
    let announced = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(CHUNKED_ESTIMATE_BYTES)
        .min(max_body_bytes);
    let admission = &st.limits.admission;
    let Some(mut admitted) = admission.admit(announced).await else {
        return Err(busy(encoding, admission));
    };
    let raw = match Limited::new(body, max_body_bytes).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => {
            return Err(too_large(encoding, max_body_bytes));
        }
        Err(e) => {
            let message = format!("failed to read request body: {e}");
            return Err(status_response(
                encoding,
                StatusCode::BAD_REQUEST,
                RpcStatus::new(CODE_INVALID_ARGUMENT, message),
                None,
            ));
        }
    };
    let content_encoding = headers.get(CONTENT_ENCODING).and_then(|v| v.to_str().ok());
    match decode::decompress(&raw, content_encoding, max_body_bytes) {
        Ok(bytes) => {
            // Compressed or chunked bodies can be larger than announced.
            let more = bytes.len().saturating_sub(admitted.bytes());
            if more > 0 && !admission.top_up(&mut admitted, more).await {
                return Err(busy(encoding, admission));
            }
            Ok((encoding, bytes, admitted))
        }
        Err(DecodeError::TooLarge { limit }) => Err(too_large(encoding, limit)),
        Err(e @ DecodeError::UnsupportedEncoding(_)) => Err(status_response(
            encoding,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            RpcStatus::new(CODE_INVALID_ARGUMENT, e.to_string()),
            None,
        )),
        Err(e) => Err(status_response(
            encoding,
            StatusCode::BAD_REQUEST,
            RpcStatus::new(CODE_INVALID_ARGUMENT, e.to_string()),
            None,
        )),
    }
}

/// 503 + `Retry-After`: no room for the request within the admission wait.
fn busy(encoding: Encoding, admission: &Admission) -> Response {
    let secs = admission.retry_after_secs();
    let message = format!(
        "glassbox is busy: the exports already in flight fill its ingest budget and none finished within {}s; retry after {secs}s",
        admission.wait().as_secs_f64()
    );
    status_response(
        encoding,
        StatusCode::SERVICE_UNAVAILABLE,
        RpcStatus::new(CODE_UNAVAILABLE, message).with_retry_after(secs),
        Some(secs),
    )
}

fn too_large(encoding: Encoding, limit: usize) -> Response {
    let message = format!(
        "request body is larger than {limit} bytes after decompression; send smaller batches"
    );
    status_response(
        encoding,
        StatusCode::PAYLOAD_TOO_LARGE,
        RpcStatus::new(CODE_RESOURCE_EXHAUSTED, message),
        None,
    )
}

fn decode_error(encoding: Encoding, signal: Signal, e: &DecodeError) -> Response {
    tracing::debug!(signal = signal.as_str(), error = %e, "undecodable otlp request");
    let message = format!("invalid OTLP {} request: {e}", signal.as_str());
    status_response(
        encoding,
        StatusCode::BAD_REQUEST,
        RpcStatus::new(CODE_INVALID_ARGUMENT, message),
        None,
    )
}

fn respond(encoding: Encoding, signal: Signal, result: Result<Outcome, ExportError>) -> Response {
    match result {
        Ok(outcome) => success(encoding, signal, &outcome),
        Err(ExportError::Invalid(message)) => {
            let message = format!(
                "every record in the {} request was rejected: {message}",
                signal.as_str()
            );
            status_response(
                encoding,
                StatusCode::BAD_REQUEST,
                RpcStatus::new(CODE_INVALID_ARGUMENT, message),
                None,
            )
        }
        Err(ExportError::Sink(e @ SinkError::Full { retry_after_secs })) => status_response(
            encoding,
            StatusCode::TOO_MANY_REQUESTS,
            RpcStatus::new(CODE_RESOURCE_EXHAUSTED, e.to_string())
                .with_retry_after(retry_after_secs),
            Some(retry_after_secs),
        ),
        Err(ExportError::Sink(e @ SinkError::Unavailable { .. })) => status_response(
            encoding,
            StatusCode::SERVICE_UNAVAILABLE,
            RpcStatus::new(CODE_UNAVAILABLE, e.to_string())
                .with_retry_after(UNAVAILABLE_RETRY_AFTER_SECS),
            Some(UNAVAILABLE_RETRY_AFTER_SECS),
        ),
    }
}

/// The `Export*ServiceResponse` of `signal`, with `partial_success` when anything was
/// rejected.
fn success(encoding: Encoding, signal: Signal, outcome: &Outcome) -> Response {
    let partial = outcome.rejected > 0;
    let body = match encoding {
        Encoding::Protobuf => match signal {
            Signal::Traces => ExportTraceServiceResponse {
                partial_success: partial.then(|| ExportTracePartialSuccess {
                    rejected_spans: outcome.rejected,
                    error_message: outcome.message.clone(),
                }),
            }
            .encode_to_vec(),
            Signal::Logs => ExportLogsServiceResponse {
                partial_success: partial.then(|| ExportLogsPartialSuccess {
                    rejected_log_records: outcome.rejected,
                    error_message: outcome.message.clone(),
                }),
            }
            .encode_to_vec(),
            Signal::Metrics => ExportMetricsServiceResponse {
                partial_success: partial.then(|| ExportMetricsPartialSuccess {
                    rejected_data_points: outcome.rejected,
                    error_message: outcome.message.clone(),
                }),
            }
            .encode_to_vec(),
        },
        Encoding::Json => {
            let value = if partial {
                let count_key = match signal {
                    Signal::Traces => "rejectedSpans",
                    Signal::Logs => "rejectedLogRecords",
                    Signal::Metrics => "rejectedDataPoints",
                };
                // int64 is a decimal string in OTLP/JSON.
                serde_json::json!({ "partialSuccess": {
                    count_key: outcome.rejected.to_string(),
                    "errorMessage": outcome.message,
                }})
            } else {
                serde_json::json!({})
            };
            value.to_string().into_bytes()
        }
    };
    with_content_type(StatusCode::OK, encoding, body, None)
}

fn status_response(
    encoding: Encoding,
    code: StatusCode,
    status: RpcStatus,
    retry_after: Option<u32>,
) -> Response {
    let body = match encoding {
        Encoding::Protobuf => status.encode_to_vec(),
        Encoding::Json => status.to_json().to_string().into_bytes(),
    };
    with_content_type(code, encoding, body, retry_after)
}

fn with_content_type(
    code: StatusCode,
    encoding: Encoding,
    body: Vec<u8>,
    retry_after: Option<u32>,
) -> Response {
    let mut response = (code, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(encoding.content_type()),
    );
    if let Some(secs) = retry_after {
        headers.insert(RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}
