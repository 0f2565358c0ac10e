//! Request bodies → OTLP export requests: bounded decompression, then protobuf (prost) or
//! OTLP/JSON (our own decoder in `json`).
//!
//! ```text
//!   body ─> decompress (gzip | identity, capped) ─> protobuf | OTLP/JSON ─> Export*ServiceRequest
//! ```
//!
//! Nothing here allocates more than the cap: gzip is read through `take(limit + 1)`.

use std::io::Read;

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;

use crate::json;

/// Largest accepted request body after decompression: 64 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// Why a request body could not be decoded.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DecodeError {
    /// `Content-Encoding` other than gzip or identity.
    #[error("unsupported content-encoding {0:?}; accepted: gzip, identity")]
    UnsupportedEncoding(String),
    /// The body, after decompression, is over the limit.
    #[error("request body is larger than {limit} bytes after decompression")]
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The gzip stream is corrupt.
    #[error("invalid gzip body: {0}")]
    Gzip(String),
    /// The protobuf bytes do not decode.
    #[error("invalid protobuf: {0}")]
    Protobuf(String),
    /// The body is not JSON at all.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A field breaks an OTLP/JSON rule.
    #[error("{path}: {message}")]
    Field {
        /// Where, e.g. `resourceSpans[0].scopeSpans[0].spans[3].traceId`.
        path: String,
        /// What was wrong.
        message: String,
    },
}

/// The wire encoding of an OTLP/HTTP body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `application/x-protobuf`.
    Protobuf,
    /// `application/json` (OTLP/JSON).
    Json,
}

impl Encoding {
    /// The content type this encoding is sent with.
    pub fn content_type(self) -> &'static str {
        match self {
            Encoding::Protobuf => "application/x-protobuf",
            Encoding::Json => "application/json",
        }
    }

    /// From a `Content-Type` header value (parameters such as `charset` ignored).
    pub fn from_content_type(value: &str) -> Option<Self> {
        let media = value
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match media.as_str() {
            "application/x-protobuf" | "application/protobuf" => Some(Encoding::Protobuf),
            // `text/plain`: what `navigator.sendBeacon` sends for a string body (a page
            // cannot set another type without a preflight the beacon never makes).
            "application/json" | "text/plain" => Some(Encoding::Json),
            _ => None,
        }
    }
}

/// Undoes `Content-Encoding` (gzip, or identity/absent), refusing bodies over
/// `max_bytes` after decompression without ever inflating more than `max_bytes + 1`.
pub fn decompress(
    body: &[u8],
    content_encoding: Option<&str>,
    max_bytes: usize,
) -> Result<Vec<u8>, DecodeError> {
    let encoding = content_encoding
        .map(|e| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match encoding.as_str() {
        "" | "identity" => {
            if body.len() > max_bytes {
                return Err(DecodeError::TooLarge { limit: max_bytes });
            }
            Ok(body.to_vec())
        }
        "gzip" | "x-gzip" => {
            let limit = u64::try_from(max_bytes)
                .unwrap_or(u64::MAX)
                .saturating_add(1);
            let mut out = Vec::with_capacity(body.len().saturating_mul(4).min(max_bytes));
            flate2::read::MultiGzDecoder::new(body)
                .take(limit)
                .read_to_end(&mut out)
                .map_err(|e| DecodeError::Gzip(e.to_string()))?;
            if out.len() > max_bytes {
                return Err(DecodeError::TooLarge { limit: max_bytes });
            }
            Ok(out)
        }
        other => Err(DecodeError::UnsupportedEncoding(other.to_string())),
    }
}

fn parse_json(body: &[u8]) -> Result<serde_json::Value, DecodeError> {
    serde_json::from_slice(body).map_err(|e| DecodeError::Json(e.to_string()))
}

/// Decodes a trace export request.
pub fn decode_traces(
    body: &[u8],
    encoding: Encoding,
) -> Result<ExportTraceServiceRequest, DecodeError> {
    match encoding {
        Encoding::Protobuf => ExportTraceServiceRequest::decode(body)
            .map_err(|e| DecodeError::Protobuf(e.to_string())),
        Encoding::Json => json::traces(&parse_json(body)?),
    }
}

/// Decodes a trace export request, leaving out the spans of an OTLP/JSON document that
/// do not decode (returned as messages for the partial-success answer).
pub fn decode_traces_partial(
    body: &[u8],
    encoding: Encoding,
) -> Result<(ExportTraceServiceRequest, Vec<String>), DecodeError> {
    match encoding {
        Encoding::Protobuf => decode_traces(body, encoding).map(|r| (r, Vec::new())),
        Encoding::Json => {
            let v = parse_json(body)?;
            json::partial(|| json::traces(&v))
        }
    }
}

/// [`decode_traces_partial`] for logs.
pub fn decode_logs_partial(
    body: &[u8],
    encoding: Encoding,
) -> Result<(ExportLogsServiceRequest, Vec<String>), DecodeError> {
    match encoding {
        Encoding::Protobuf => decode_logs(body, encoding).map(|r| (r, Vec::new())),
        Encoding::Json => {
            let v = parse_json(body)?;
            json::partial(|| json::logs(&v))
        }
    }
}

/// [`decode_traces_partial`] for metrics (data points).
pub fn decode_metrics_partial(
    body: &[u8],
    encoding: Encoding,
) -> Result<(ExportMetricsServiceRequest, Vec<String>), DecodeError> {
    match encoding {
        Encoding::Protobuf => decode_metrics(body, encoding).map(|r| (r, Vec::new())),
        Encoding::Json => {
            let v = parse_json(body)?;
            json::partial(|| json::metrics(&v))
        }
    }
}

/// Decodes a logs export request.
pub fn decode_logs(
    body: &[u8],
    encoding: Encoding,
) -> Result<ExportLogsServiceRequest, DecodeError> {
    match encoding {
        Encoding::Protobuf => {
            ExportLogsServiceRequest::decode(body).map_err(|e| DecodeError::Protobuf(e.to_string()))
        }
        Encoding::Json => json::logs(&parse_json(body)?),
    }
}

/// Decodes a metrics export request.
pub fn decode_metrics(
    body: &[u8],
    encoding: Encoding,
) -> Result<ExportMetricsServiceRequest, DecodeError> {
    match encoding {
        Encoding::Protobuf => ExportMetricsServiceRequest::decode(body)
            .map_err(|e| DecodeError::Protobuf(e.to_string())),
        Encoding::Json => json::metrics(&parse_json(body)?),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use std::io::Write;

    use super::*;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn identity_and_absent_pass_through() {
        assert_eq!(decompress(b"abc", None, 10).unwrap(), b"abc");
        assert_eq!(decompress(b"abc", Some("identity"), 10).unwrap(), b"abc");
        assert_eq!(
            decompress(b"abc", Some("identity"), 2),
            Err(DecodeError::TooLarge { limit: 2 })
        );
    }

    #[test]
    fn gzip_is_inflated_up_to_the_limit() {
        let body = gzip(&[7u8; 1000]);
        assert_eq!(decompress(&body, Some("gzip"), 1000).unwrap().len(), 1000);
        assert_eq!(
            decompress(&body, Some("GZIP"), 999),
            Err(DecodeError::TooLarge { limit: 999 })
        );
        assert!(matches!(
            decompress(b"not gzip", Some("gzip"), 10),
            Err(DecodeError::Gzip(_))
        ));
    }

    #[test]
    fn unknown_encoding_is_refused() {
        assert_eq!(
            decompress(b"x", Some("br"), 10),
            Err(DecodeError::UnsupportedEncoding("br".into()))
        );
    }

    #[test]
    fn default_limit_is_64_mib() {
        assert_eq!(DEFAULT_MAX_BODY_BYTES, 67_108_864);
    }

    #[test]
    fn content_types() {
        assert_eq!(
            Encoding::from_content_type("application/json; charset=utf-8"),
            Some(Encoding::Json)
        );
        assert_eq!(
            Encoding::from_content_type("application/x-protobuf"),
            Some(Encoding::Protobuf)
        );
        // What `navigator.sendBeacon` sends for a string body: read as JSON.
        assert_eq!(
            Encoding::from_content_type("text/plain;charset=UTF-8"),
            Some(Encoding::Json)
        );
        assert_eq!(Encoding::from_content_type("application/xml"), None);
        assert_eq!(Encoding::from_content_type("text/html"), None);
    }
}
