//! `google.rpc.Status` (and `RetryInfo`), the error body of OTLP/HTTP and the details of
//! OTLP/gRPC errors, defined here with prost so glassbox needs no googleapis crate.

use prost::Message;

/// gRPC code `INVALID_ARGUMENT`: bad data, not retryable.
pub const CODE_INVALID_ARGUMENT: i32 = 3;
/// gRPC code `RESOURCE_EXHAUSTED`: too large, or glassbox is full.
pub const CODE_RESOURCE_EXHAUSTED: i32 = 8;
/// gRPC code `UNAVAILABLE`: retryable.
pub const CODE_UNAVAILABLE: i32 = 14;

/// `google.rpc.Status`.
#[derive(Clone, PartialEq, Message)]
pub struct RpcStatus {
    /// gRPC status code.
    #[prost(int32, tag = "1")]
    pub code: i32,
    /// Developer-facing message: what was wrong and where.
    #[prost(string, tag = "2")]
    pub message: String,
    /// Typed details.
    #[prost(message, repeated, tag = "3")]
    pub details: Vec<ProtoAny>,
}

/// `google.protobuf.Any`.
#[derive(Clone, PartialEq, Message)]
pub struct ProtoAny {
    /// Type URL, e.g. `type.googleapis.com/google.rpc.RetryInfo`.
    #[prost(string, tag = "1")]
    pub type_url: String,
    /// The encoded message.
    #[prost(bytes = "vec", tag = "2")]
    pub value: Vec<u8>,
}

/// `google.rpc.RetryInfo`.
#[derive(Clone, PartialEq, Message)]
pub struct RetryInfo {
    /// How long the client should wait.
    #[prost(message, optional, tag = "1")]
    pub retry_delay: Option<ProtoDuration>,
}

/// `google.protobuf.Duration`.
#[derive(Clone, PartialEq, Message)]
pub struct ProtoDuration {
    /// Whole seconds.
    #[prost(int64, tag = "1")]
    pub seconds: i64,
    /// Nanoseconds.
    #[prost(int32, tag = "2")]
    pub nanos: i32,
}

impl RpcStatus {
    /// A status with no details.
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            details: Vec::new(),
        }
    }

    /// Adds a `RetryInfo` detail telling the client how long to wait.
    pub fn with_retry_after(mut self, secs: u32) -> Self {
        let info = RetryInfo {
            retry_delay: Some(ProtoDuration {
                seconds: i64::from(secs),
                nanos: 0,
            }),
        };
        self.details.push(ProtoAny {
            type_url: "type.googleapis.com/google.rpc.RetryInfo".into(),
            value: info.encode_to_vec(),
        });
        self
    }

    /// OTLP/JSON form: `{"code":3,"message":"…"}` (details omitted: they are binary).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "code": self.code, "message": self.message })
    }
}
