//! OTLP/JSON → prost messages, written over `serde_json::Value` so every deviation from
//! the OTLP/JSON rules gets a message naming the exact field.
//!
//! ```text
//!   bytes ─> serde_json::Value ─> Obj (known keys, snake_case guard) ─> prost message
//! ```
//!
//! Rules followed (OTLP specification, "JSON Protobuf Encoding"):
//! - keys are lowerCamelCase; the original snake_case names are refused with a message
//!   (a generic decoder would silently ignore them and store nothing);
//! - trace and span ids are hex, not base64; other `bytes` fields are base64;
//! - enums are integers; an enum name is refused with the number to use instead;
//! - 64-bit integers are decimal strings or numbers; doubles may be `"NaN"`,
//!   `"Infinity"`, `"-Infinity"`;
//! - unknown fields are ignored.
//!
//! This module builds messages only; it must not validate ids or semantics (that is
//! `convert`'s job, which can reject single records instead of the whole request). In a
//! [`partial`] decode (what the HTTP receiver runs) a span, log record or data point that
//! does not decode is left out with its message, for the partial-success answer, rather
//! than failing the document.

use base64::Engine as _;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{
    any_value, AnyValue, ArrayValue, InstrumentationScope, KeyValue, KeyValueList,
};
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs, SeverityNumber};
use opentelemetry_proto::tonic::metrics::v1::{
    exemplar, exponential_histogram_data_point, metric, number_data_point, summary_data_point,
    AggregationTemporality, Exemplar, ExponentialHistogram, ExponentialHistogramDataPoint, Gauge,
    Histogram, HistogramDataPoint, Metric, NumberDataPoint, ResourceMetrics, ScopeMetrics, Sum,
    Summary, SummaryDataPoint,
};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{
    span, status, ResourceSpans, ScopeSpans, Span, Status,
};
use serde_json::{Map, Value};

use crate::decode::DecodeError;

type Result<T> = std::result::Result<T, DecodeError>;

/// Where in the document a value sits, rendered as `resourceSpans[0].scopeSpans[1].spans[3]`.
/// A linked list on the stack, rendered only when an error is reported.
#[derive(Clone, Copy)]
struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    seg: Seg<'a>,
}

#[derive(Clone, Copy)]
enum Seg<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

impl<'a> Path<'a> {
    const ROOT: Path<'static> = Path {
        parent: None,
        seg: Seg::Root,
    };

    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Key(key),
        }
    }

    fn index(&'a self, i: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Index(i),
        }
    }
}

/// Renders a path as `resourceSpans[0].scopeSpans[1].spans[3].traceId`.
fn render(path: &Path<'_>) -> String {
    let mut segs = Vec::new();
    let mut cur = Some(path);
    while let Some(p) = cur {
        segs.push(p.seg);
        cur = p.parent;
    }
    let mut out = String::new();
    for seg in segs.iter().rev() {
        match seg {
            Seg::Root => {}
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    if out.is_empty() {
        out.push_str("(root)");
    }
    out
}

fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) if s.chars().count() > 40 => {
            format!("string of {} characters", s.chars().count())
        }
        Value::String(s) => format!("string {s:?}"),
        Value::Array(a) => format!("array of {} items", a.len()),
        Value::Object(_) => "object".into(),
    }
}

/// lower_snake → lowerCamel.
fn camel(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A JSON object being read as one OTLP message.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: &'a Path<'a>,
}

impl<'a> Obj<'a> {
    /// Opens `v` as a message whose lowerCamelCase keys are `known`.
    fn open(v: &'a Value, path: &'a Path<'a>, known: &[&str]) -> Result<Self> {
        let Value::Object(map) = v else {
            return Err(err(
                path,
                format!("expected an object, got {}", describe(v)),
            ));
        };
        for key in map.keys() {
            if key.contains('_') {
                let c = camel(key);
                if known.contains(&c.as_str()) {
                    return Err(err(
                        &path.key(key),
                        format!(
                            "OTLP/JSON keys are lowerCamelCase: use \"{c}\" instead of \"{key}\" \
                             (snake_case field names are not valid OTLP/JSON)"
                        ),
                    ));
                }
            }
        }
        Ok(Self { map, path })
    }

    /// A present, non-null field.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn string(&self, key: &str) -> Result<String> {
        match self.get(key) {
            None => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(v) => Err(err(
                &self.path.key(key),
                format!("expected a string, got {}", describe(v)),
            )),
        }
    }

    fn bool(&self, key: &str) -> Result<bool> {
        match self.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(v) => Err(err(
                &self.path.key(key),
                format!("expected true or false, got {}", describe(v)),
            )),
        }
    }

    fn u64(&self, key: &str) -> Result<u64> {
        self.get(key)
            .map_or(Ok(0), |v| as_u64(v, &self.path.key(key)))
    }

    fn i64(&self, key: &str) -> Result<i64> {
        self.get(key)
            .map_or(Ok(0), |v| as_i64(v, &self.path.key(key)))
    }

    fn u32(&self, key: &str) -> Result<u32> {
        let p = self.path.key(key);
        let n = self.u64(key)?;
        u32::try_from(n)
            .map_err(|_| err(&p, format!("{n} does not fit an unsigned 32-bit integer")))
    }

    fn i32(&self, key: &str) -> Result<i32> {
        let p = self.path.key(key);
        let n = self.i64(key)?;
        i32::try_from(n).map_err(|_| err(&p, format!("{n} does not fit a signed 32-bit integer")))
    }

    fn f64(&self, key: &str) -> Result<f64> {
        self.get(key)
            .map_or(Ok(0.0), |v| as_f64(v, &self.path.key(key)))
    }

    fn opt_f64(&self, key: &str) -> Result<Option<f64>> {
        self.get(key)
            .map(|v| as_f64(v, &self.path.key(key)))
            .transpose()
    }

    /// An enum field: an integer. Names are refused, naming the number to send instead.
    fn enumeration(&self, key: &str, by_name: fn(&str) -> Option<i32>) -> Result<i32> {
        let p = self.path.key(key);
        match self.get(key) {
            None => Ok(0),
            Some(Value::String(name)) => Err(err(
                &p,
                match by_name(name) {
                    Some(n) => format!(
                        "enum values are integers in OTLP/JSON: got the name {name:?}, send {n}"
                    ),
                    None => format!("enum values are integers in OTLP/JSON, got string {name:?}"),
                },
            )),
            Some(v) => {
                let n = as_i64(v, &p)?;
                i32::try_from(n).map_err(|_| err(&p, format!("{n} is not a valid enum value")))
            }
        }
    }

    /// A trace or span id: hex (never base64). Empty or absent → empty bytes; the length
    /// is checked later, per record.
    fn hex_id(&self, key: &str, bytes_len: usize) -> Result<Vec<u8>> {
        let p = self.path.key(key);
        let s = match self.get(key) {
            None => return Ok(Vec::new()),
            Some(Value::String(s)) => s,
            Some(v) => {
                return Err(err(
                    &p,
                    format!("expected a hex string, got {}", describe(v)),
                ))
            }
        };
        if s.is_empty() {
            return Ok(Vec::new());
        }
        let hex_len = bytes_len * 2;
        if s.len() % 2 == 0 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return hex::decode(s).map_err(|e| err(&p, e.to_string()));
        }
        let base64_like = s
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_'));
        Err(err(
            &p,
            if base64_like {
                format!(
                    "expected {hex_len} hex characters, got {} base64-looking characters \
                     (OTLP/JSON encodes trace and span ids as hex, not base64)",
                    s.len()
                )
            } else {
                format!(
                    "expected {hex_len} hex characters, got {}",
                    describe(&Value::String(s.clone()))
                )
            },
        ))
    }

    /// A base64 `bytes` field (anything but ids).
    fn base64(&self, key: &str) -> Result<Vec<u8>> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::String(s)) => decode_base64(s)
                .ok_or_else(|| err(&self.path.key(key), "expected base64 bytes".to_string())),
            Some(v) => Err(err(
                &self.path.key(key),
                format!("expected a base64 string, got {}", describe(v)),
            )),
        }
    }

    /// A repeated field; each item read by `item`.
    fn list<T>(
        &self,
        key: &'a str,
        mut item: impl FnMut(&Value, &Path<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let p = self.path.key(key);
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| item(v, &p.index(i)))
                .collect(),
            Some(v) => Err(err(&p, format!("expected an array, got {}", describe(v)))),
        }
    }

    /// The records of a repeated field (spans, log records, data points): in a partial
    /// decode ([`partial`]) a record that does not decode is left out and its error kept
    /// for the client's partial-success answer, so one bad span does not lose the batch.
    fn records<T>(
        &self,
        key: &'a str,
        mut item: impl FnMut(&Value, &Path<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let p = self.path.key(key);
        match self.get(key) {
            Some(Value::Array(items)) if PARTIAL.with(|r| r.borrow().is_some()) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, v) in items.iter().enumerate() {
                    match item(v, &p.index(i)) {
                        Ok(t) => out.push(t),
                        Err(e) => PARTIAL.with(|r| {
                            if let Some(list) = r.borrow_mut().as_mut() {
                                list.push(e.to_string());
                            }
                        }),
                    }
                }
                Ok(out)
            }
            _ => self.list(key, item),
        }
    }

    /// An optional sub-message.
    fn msg<T>(
        &self,
        key: &'a str,
        read: impl FnOnce(&Value, &Path<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        let p = self.path.key(key);
        self.get(key).map(|v| read(v, &p)).transpose()
    }

    fn attributes(&self, key: &'a str) -> Result<Vec<KeyValue>> {
        self.list(key, key_value)
    }
}

thread_local! {
    /// Errors of the records left out by the partial decode running on this thread.
    static PARTIAL: std::cell::RefCell<Option<Vec<String>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `decode` as a partial decode: records (spans, log records, data points) that do
/// not decode are left out and their errors returned beside the request; anything else
/// wrong still fails the whole document.
pub(crate) fn partial<T>(decode: impl FnOnce() -> Result<T>) -> Result<(T, Vec<String>)> {
    PARTIAL.with(|r| *r.borrow_mut() = Some(Vec::new()));
    let out = decode();
    let rejected = PARTIAL.with(|r| r.borrow_mut().take()).unwrap_or_default();
    out.map(|t| (t, rejected))
}

fn err(path: &Path<'_>, message: String) -> DecodeError {
    DecodeError::Field {
        path: render(path),
        message,
    }
}

fn decode_base64(s: &str) -> Option<Vec<u8>> {
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
        .iter()
        .find_map(|engine| engine.decode(s).ok())
}

fn as_u64(v: &Value, p: &Path<'_>) -> Result<u64> {
    let bad = || {
        err(
            p,
            format!(
                "expected an unsigned 64-bit integer (number or decimal string), got {}",
                describe(v)
            ),
        )
    };
    match v {
        Value::Number(n) => n
            .as_u64()
            .or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 1.8446744073709552e19)
                    .map(|f| f as u64)
            })
            .ok_or_else(bad),
        Value::String(s) => s.trim().parse::<u64>().map_err(|_| bad()),
        _ => Err(bad()),
    }
}

fn as_i64(v: &Value, p: &Path<'_>) -> Result<i64> {
    let bad = || {
        err(
            p,
            format!(
                "expected a 64-bit integer (number or decimal string), got {}",
                describe(v)
            ),
        )
    };
    match v {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 9.2e18)
                    .map(|f| f as i64)
            })
            .ok_or_else(bad),
        Value::String(s) => s.trim().parse::<i64>().map_err(|_| bad()),
        _ => Err(bad()),
    }
}

fn as_f64(v: &Value, p: &Path<'_>) -> Result<f64> {
    match v {
        Value::Number(n) => n.as_f64().ok_or_else(|| err(p, format!("{n} is not a double"))),
        Value::String(s) => match s.as_str() {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            other => other.trim().parse::<f64>().ok().filter(|f| f.is_finite()).ok_or_else(|| {
                err(p, format!("expected a double (number, \"NaN\", \"Infinity\" or \"-Infinity\"), got {}", describe(v)))
            }),
        },
        _ => Err(err(p, format!("expected a double, got {}", describe(v)))),
    }
}

// ---- common ---------------------------------------------------------------------------

fn key_value(v: &Value, p: &Path<'_>) -> Result<KeyValue> {
    let o = Obj::open(v, p, &["key", "value"])?;
    Ok(KeyValue {
        key: o.string("key")?,
        value: o.msg("value", any_value)?,
        ..Default::default()
    })
}

fn any_value(v: &Value, p: &Path<'_>) -> Result<AnyValue> {
    const KEYS: &[&str] = &[
        "stringValue",
        "boolValue",
        "intValue",
        "doubleValue",
        "arrayValue",
        "kvlistValue",
        "bytesValue",
    ];
    let o = Obj::open(v, p, KEYS)?;
    let set: Vec<&str> = KEYS
        .iter()
        .copied()
        .filter(|k| o.get(k).is_some())
        .collect();
    if set.len() > 1 {
        return Err(err(
            p,
            format!("an AnyValue holds one value, got {}", set.join(" and ")),
        ));
    }
    let value = match set.first().copied() {
        None => None,
        Some("stringValue") => Some(any_value::Value::StringValue(o.string("stringValue")?)),
        Some("boolValue") => Some(any_value::Value::BoolValue(o.bool("boolValue")?)),
        Some("intValue") => Some(any_value::Value::IntValue(o.i64("intValue")?)),
        Some("doubleValue") => Some(any_value::Value::DoubleValue(o.f64("doubleValue")?)),
        Some("arrayValue") => o
            .msg("arrayValue", |v, p| {
                let a = Obj::open(v, p, &["values"])?;
                Ok(ArrayValue {
                    values: a.list("values", any_value)?,
                })
            })?
            .map(any_value::Value::ArrayValue),
        Some("kvlistValue") => o
            .msg("kvlistValue", |v, p| {
                let a = Obj::open(v, p, &["values"])?;
                Ok(KeyValueList {
                    values: a.list("values", key_value)?,
                })
            })?
            .map(any_value::Value::KvlistValue),
        Some(_) => Some(any_value::Value::BytesValue(o.base64("bytesValue")?)),
    };
    Ok(AnyValue { value })
}

fn resource(v: &Value, p: &Path<'_>) -> Result<Resource> {
    let o = Obj::open(
        v,
        p,
        &["attributes", "droppedAttributesCount", "entityRefs"],
    )?;
    Ok(Resource {
        attributes: o.attributes("attributes")?,
        dropped_attributes_count: o.u32("droppedAttributesCount")?,
        ..Default::default()
    })
}

fn scope(v: &Value, p: &Path<'_>) -> Result<InstrumentationScope> {
    let o = Obj::open(
        v,
        p,
        &["name", "version", "attributes", "droppedAttributesCount"],
    )?;
    Ok(InstrumentationScope {
        name: o.string("name")?,
        version: o.string("version")?,
        attributes: o.attributes("attributes")?,
        dropped_attributes_count: o.u32("droppedAttributesCount")?,
    })
}

fn root<'a>(v: &'a Value, known: &[&str]) -> Result<Obj<'a>> {
    static ROOT: Path<'static> = Path::ROOT;
    match v {
        Value::Object(_) => Obj::open(v, &ROOT, known),
        other => Err(DecodeError::Json(format!(
            "expected a JSON object at the top level, got {}",
            describe(other)
        ))),
    }
}

// ---- traces ---------------------------------------------------------------------------

/// Decodes an OTLP/JSON `ExportTraceServiceRequest`.
pub(crate) fn traces(v: &Value) -> Result<ExportTraceServiceRequest> {
    let o = root(v, &["resourceSpans"])?;
    Ok(ExportTraceServiceRequest {
        resource_spans: o.list("resourceSpans", resource_spans)?,
    })
}

fn resource_spans(v: &Value, p: &Path<'_>) -> Result<ResourceSpans> {
    let o = Obj::open(v, p, &["resource", "scopeSpans", "schemaUrl"])?;
    Ok(ResourceSpans {
        resource: o.msg("resource", resource)?,
        scope_spans: o.list("scopeSpans", |v, p| {
            let o = Obj::open(v, p, &["scope", "spans", "schemaUrl"])?;
            Ok(ScopeSpans {
                scope: o.msg("scope", scope)?,
                spans: o.records("spans", span)?,
                schema_url: o.string("schemaUrl")?,
            })
        })?,
        schema_url: o.string("schemaUrl")?,
    })
}

fn span(v: &Value, p: &Path<'_>) -> Result<Span> {
    let o = Obj::open(
        v,
        p,
        &[
            "traceId",
            "spanId",
            "traceState",
            "parentSpanId",
            "flags",
            "name",
            "kind",
            "startTimeUnixNano",
            "endTimeUnixNano",
            "attributes",
            "droppedAttributesCount",
            "events",
            "droppedEventsCount",
            "links",
            "droppedLinksCount",
            "status",
        ],
    )?;
    Ok(Span {
        trace_id: o.hex_id("traceId", 16)?,
        span_id: o.hex_id("spanId", 8)?,
        trace_state: o.string("traceState")?,
        parent_span_id: o.hex_id("parentSpanId", 8)?,
        flags: o.u32("flags")?,
        name: o.string("name")?,
        kind: o.enumeration("kind", |n| {
            span::SpanKind::from_str_name(n).map(|k| k as i32)
        })?,
        start_time_unix_nano: o.u64("startTimeUnixNano")?,
        end_time_unix_nano: o.u64("endTimeUnixNano")?,
        attributes: o.attributes("attributes")?,
        dropped_attributes_count: o.u32("droppedAttributesCount")?,
        events: o.list("events", |v, p| {
            let o = Obj::open(
                v,
                p,
                &[
                    "timeUnixNano",
                    "name",
                    "attributes",
                    "droppedAttributesCount",
                ],
            )?;
            Ok(span::Event {
                time_unix_nano: o.u64("timeUnixNano")?,
                name: o.string("name")?,
                attributes: o.attributes("attributes")?,
                dropped_attributes_count: o.u32("droppedAttributesCount")?,
            })
        })?,
        dropped_events_count: o.u32("droppedEventsCount")?,
        links: o.list("links", |v, p| {
            let o = Obj::open(
                v,
                p,
                &[
                    "traceId",
                    "spanId",
                    "traceState",
                    "attributes",
                    "droppedAttributesCount",
                    "flags",
                ],
            )?;
            Ok(span::Link {
                trace_id: o.hex_id("traceId", 16)?,
                span_id: o.hex_id("spanId", 8)?,
                trace_state: o.string("traceState")?,
                attributes: o.attributes("attributes")?,
                dropped_attributes_count: o.u32("droppedAttributesCount")?,
                flags: o.u32("flags")?,
            })
        })?,
        dropped_links_count: o.u32("droppedLinksCount")?,
        status: o.msg("status", |v, p| {
            let o = Obj::open(v, p, &["message", "code"])?;
            Ok(Status {
                message: o.string("message")?,
                code: o.enumeration("code", |n| {
                    status::StatusCode::from_str_name(n).map(|c| c as i32)
                })?,
            })
        })?,
    })
}

// ---- logs -----------------------------------------------------------------------------

/// Decodes an OTLP/JSON `ExportLogsServiceRequest`.
pub(crate) fn logs(v: &Value) -> Result<ExportLogsServiceRequest> {
    let o = root(v, &["resourceLogs"])?;
    Ok(ExportLogsServiceRequest {
        resource_logs: o.list("resourceLogs", |v, p| {
            let o = Obj::open(v, p, &["resource", "scopeLogs", "schemaUrl"])?;
            Ok(ResourceLogs {
                resource: o.msg("resource", resource)?,
                scope_logs: o.list("scopeLogs", |v, p| {
                    let o = Obj::open(v, p, &["scope", "logRecords", "schemaUrl"])?;
                    Ok(ScopeLogs {
                        scope: o.msg("scope", scope)?,
                        log_records: o.records("logRecords", log_record)?,
                        schema_url: o.string("schemaUrl")?,
                    })
                })?,
                schema_url: o.string("schemaUrl")?,
            })
        })?,
    })
}

fn log_record(v: &Value, p: &Path<'_>) -> Result<LogRecord> {
    let o = Obj::open(
        v,
        p,
        &[
            "timeUnixNano",
            "observedTimeUnixNano",
            "severityNumber",
            "severityText",
            "body",
            "attributes",
            "droppedAttributesCount",
            "flags",
            "traceId",
            "spanId",
            "eventName",
        ],
    )?;
    Ok(LogRecord {
        time_unix_nano: o.u64("timeUnixNano")?,
        observed_time_unix_nano: o.u64("observedTimeUnixNano")?,
        severity_number: o.enumeration("severityNumber", |n| {
            SeverityNumber::from_str_name(n).map(|s| s as i32)
        })?,
        severity_text: o.string("severityText")?,
        body: o.msg("body", any_value)?,
        attributes: o.attributes("attributes")?,
        dropped_attributes_count: o.u32("droppedAttributesCount")?,
        flags: o.u32("flags")?,
        trace_id: o.hex_id("traceId", 16)?,
        span_id: o.hex_id("spanId", 8)?,
        event_name: o.string("eventName")?,
    })
}

// ---- metrics --------------------------------------------------------------------------

/// Decodes an OTLP/JSON `ExportMetricsServiceRequest`.
pub(crate) fn metrics(v: &Value) -> Result<ExportMetricsServiceRequest> {
    let o = root(v, &["resourceMetrics"])?;
    Ok(ExportMetricsServiceRequest {
        resource_metrics: o.list("resourceMetrics", |v, p| {
            let o = Obj::open(v, p, &["resource", "scopeMetrics", "schemaUrl"])?;
            Ok(ResourceMetrics {
                resource: o.msg("resource", resource)?,
                scope_metrics: o.list("scopeMetrics", |v, p| {
                    let o = Obj::open(v, p, &["scope", "metrics", "schemaUrl"])?;
                    Ok(ScopeMetrics {
                        scope: o.msg("scope", scope)?,
                        metrics: o.list("metrics", metric)?,
                        schema_url: o.string("schemaUrl")?,
                    })
                })?,
                schema_url: o.string("schemaUrl")?,
            })
        })?,
    })
}

fn temporality(o: &Obj<'_>) -> Result<i32> {
    o.enumeration("aggregationTemporality", |n| {
        AggregationTemporality::from_str_name(n).map(|t| t as i32)
    })
}

fn metric(v: &Value, p: &Path<'_>) -> Result<Metric> {
    const DATA: &[&str] = &[
        "gauge",
        "sum",
        "histogram",
        "exponentialHistogram",
        "summary",
    ];
    let known = [
        "name",
        "description",
        "unit",
        "metadata",
        "gauge",
        "sum",
        "histogram",
        "exponentialHistogram",
        "summary",
    ];
    let o = Obj::open(v, p, &known)?;
    let set: Vec<&str> = DATA
        .iter()
        .copied()
        .filter(|k| o.get(k).is_some())
        .collect();
    if set.len() > 1 {
        return Err(err(
            p,
            format!("a metric holds one kind of data, got {}", set.join(" and ")),
        ));
    }
    let data = match set.first().copied() {
        None => None,
        Some("gauge") => o
            .msg("gauge", |v, p| {
                let o = Obj::open(v, p, &["dataPoints"])?;
                Ok(Gauge {
                    data_points: o.records("dataPoints", number_point)?,
                })
            })?
            .map(metric::Data::Gauge),
        Some("sum") => o
            .msg("sum", |v, p| {
                let o = Obj::open(
                    v,
                    p,
                    &["dataPoints", "aggregationTemporality", "isMonotonic"],
                )?;
                Ok(Sum {
                    data_points: o.records("dataPoints", number_point)?,
                    aggregation_temporality: temporality(&o)?,
                    is_monotonic: o.bool("isMonotonic")?,
                })
            })?
            .map(metric::Data::Sum),
        Some("histogram") => o
            .msg("histogram", |v, p| {
                let o = Obj::open(v, p, &["dataPoints", "aggregationTemporality"])?;
                Ok(Histogram {
                    data_points: o.records("dataPoints", histogram_point)?,
                    aggregation_temporality: temporality(&o)?,
                })
            })?
            .map(metric::Data::Histogram),
        Some("exponentialHistogram") => o
            .msg("exponentialHistogram", |v, p| {
                let o = Obj::open(v, p, &["dataPoints", "aggregationTemporality"])?;
                Ok(ExponentialHistogram {
                    data_points: o.records("dataPoints", exp_histogram_point)?,
                    aggregation_temporality: temporality(&o)?,
                })
            })?
            .map(metric::Data::ExponentialHistogram),
        Some(_) => o
            .msg("summary", |v, p| {
                let o = Obj::open(v, p, &["dataPoints"])?;
                Ok(Summary {
                    data_points: o.records("dataPoints", summary_point)?,
                })
            })?
            .map(metric::Data::Summary),
    };
    Ok(Metric {
        name: o.string("name")?,
        description: o.string("description")?,
        unit: o.string("unit")?,
        metadata: o.attributes("metadata")?,
        data,
    })
}

/// `asDouble` / `asInt`, shared by number points and exemplars.
fn number_value(o: &Obj<'_>, p: &Path<'_>) -> Result<Option<NumberValue>> {
    match (o.get("asDouble").is_some(), o.get("asInt").is_some()) {
        (true, true) => Err(err(
            p,
            "a data point holds asDouble or asInt, not both".into(),
        )),
        (true, false) => Ok(Some(NumberValue::Double(o.f64("asDouble")?))),
        (false, true) => Ok(Some(NumberValue::Int(o.i64("asInt")?))),
        (false, false) => Ok(None),
    }
}

enum NumberValue {
    Double(f64),
    Int(i64),
}

fn number_point(v: &Value, p: &Path<'_>) -> Result<NumberDataPoint> {
    let o = Obj::open(
        v,
        p,
        &[
            "attributes",
            "startTimeUnixNano",
            "timeUnixNano",
            "asDouble",
            "asInt",
            "exemplars",
            "flags",
        ],
    )?;
    Ok(NumberDataPoint {
        attributes: o.attributes("attributes")?,
        start_time_unix_nano: o.u64("startTimeUnixNano")?,
        time_unix_nano: o.u64("timeUnixNano")?,
        exemplars: o.list("exemplars", exemplar)?,
        flags: o.u32("flags")?,
        value: number_value(&o, p)?.map(|n| match n {
            NumberValue::Double(d) => number_data_point::Value::AsDouble(d),
            NumberValue::Int(i) => number_data_point::Value::AsInt(i),
        }),
    })
}

fn exemplar(v: &Value, p: &Path<'_>) -> Result<Exemplar> {
    let o = Obj::open(
        v,
        p,
        &[
            "filteredAttributes",
            "timeUnixNano",
            "asDouble",
            "asInt",
            "spanId",
            "traceId",
        ],
    )?;
    Ok(Exemplar {
        filtered_attributes: o.attributes("filteredAttributes")?,
        time_unix_nano: o.u64("timeUnixNano")?,
        span_id: o.hex_id("spanId", 8)?,
        trace_id: o.hex_id("traceId", 16)?,
        value: number_value(&o, p)?.map(|n| match n {
            NumberValue::Double(d) => exemplar::Value::AsDouble(d),
            NumberValue::Int(i) => exemplar::Value::AsInt(i),
        }),
    })
}

fn u64_list(o: &Obj<'_>, key: &'static str) -> Result<Vec<u64>> {
    o.list(key, as_u64)
}

fn histogram_point(v: &Value, p: &Path<'_>) -> Result<HistogramDataPoint> {
    let o = Obj::open(
        v,
        p,
        &[
            "attributes",
            "startTimeUnixNano",
            "timeUnixNano",
            "count",
            "sum",
            "bucketCounts",
            "explicitBounds",
            "exemplars",
            "flags",
            "min",
            "max",
        ],
    )?;
    Ok(HistogramDataPoint {
        attributes: o.attributes("attributes")?,
        start_time_unix_nano: o.u64("startTimeUnixNano")?,
        time_unix_nano: o.u64("timeUnixNano")?,
        count: o.u64("count")?,
        sum: o.opt_f64("sum")?,
        bucket_counts: u64_list(&o, "bucketCounts")?,
        explicit_bounds: o.list("explicitBounds", as_f64)?,
        exemplars: o.list("exemplars", exemplar)?,
        flags: o.u32("flags")?,
        min: o.opt_f64("min")?,
        max: o.opt_f64("max")?,
    })
}

fn exp_histogram_point(v: &Value, p: &Path<'_>) -> Result<ExponentialHistogramDataPoint> {
    let o = Obj::open(
        v,
        p,
        &[
            "attributes",
            "startTimeUnixNano",
            "timeUnixNano",
            "count",
            "sum",
            "scale",
            "zeroCount",
            "positive",
            "negative",
            "flags",
            "exemplars",
            "min",
            "max",
            "zeroThreshold",
        ],
    )?;
    let buckets = |v: &Value, p: &Path<'_>| {
        let o = Obj::open(v, p, &["offset", "bucketCounts"])?;
        Ok(exponential_histogram_data_point::Buckets {
            offset: o.i32("offset")?,
            bucket_counts: u64_list(&o, "bucketCounts")?,
        })
    };
    Ok(ExponentialHistogramDataPoint {
        attributes: o.attributes("attributes")?,
        start_time_unix_nano: o.u64("startTimeUnixNano")?,
        time_unix_nano: o.u64("timeUnixNano")?,
        count: o.u64("count")?,
        sum: o.opt_f64("sum")?,
        scale: o.i32("scale")?,
        zero_count: o.u64("zeroCount")?,
        positive: o.msg("positive", buckets)?,
        negative: o.msg("negative", buckets)?,
        flags: o.u32("flags")?,
        exemplars: o.list("exemplars", exemplar)?,
        min: o.opt_f64("min")?,
        max: o.opt_f64("max")?,
        zero_threshold: o.f64("zeroThreshold")?,
    })
}

fn summary_point(v: &Value, p: &Path<'_>) -> Result<SummaryDataPoint> {
    let o = Obj::open(
        v,
        p,
        &[
            "attributes",
            "startTimeUnixNano",
            "timeUnixNano",
            "count",
            "sum",
            "quantileValues",
            "flags",
        ],
    )?;
    Ok(SummaryDataPoint {
        attributes: o.attributes("attributes")?,
        start_time_unix_nano: o.u64("startTimeUnixNano")?,
        time_unix_nano: o.u64("timeUnixNano")?,
        count: o.u64("count")?,
        sum: o.f64("sum")?,
        quantile_values: o.list("quantileValues", |v, p| {
            let o = Obj::open(v, p, &["quantile", "value"])?;
            Ok(summary_data_point::ValueAtQuantile {
                quantile: o.f64("quantile")?,
                value: o.f64("value")?,
            })
        })?,
        flags: o.u32("flags")?,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn span_json(extra: &str) -> String {
        format!(
            r#"{{"resourceSpans":[{{"scopeSpans":[{{"spans":[{{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174"{extra}}}]}}]}}]}}"#
        )
    }

    fn decode(body: &str) -> Result<ExportTraceServiceRequest> {
        traces(&serde_json::from_str(body).map_err(|e| DecodeError::Json(e.to_string()))?)
    }

    fn first_span(body: &str) -> Span {
        decode(body).unwrap().resource_spans[0].scope_spans[0].spans[0].clone()
    }

    fn attr(value: &str) -> Result<Option<any_value::Value>> {
        let body = span_json(&format!(r#","attributes":[{{"key":"k","value":{value}}}]"#));
        Ok(
            decode(&body)?.resource_spans[0].scope_spans[0].spans[0].attributes[0]
                .value
                .clone()
                .and_then(|v| v.value),
        )
    }

    #[test]
    fn any_values() {
        use any_value::Value as V;
        assert_eq!(attr(r#"{"intValue":"-5"}"#).unwrap(), Some(V::IntValue(-5)));
        assert_eq!(attr(r#"{"intValue":5}"#).unwrap(), Some(V::IntValue(5)));
        assert_eq!(
            attr(r#"{"doubleValue":"Infinity"}"#).unwrap(),
            Some(V::DoubleValue(f64::INFINITY))
        );
        assert_eq!(
            attr(r#"{"doubleValue":"-Infinity"}"#).unwrap(),
            Some(V::DoubleValue(f64::NEG_INFINITY))
        );
        assert_eq!(
            attr(r#"{"bytesValue":"aGk="}"#).unwrap(),
            Some(V::BytesValue(b"hi".to_vec()))
        );
        assert_eq!(
            attr(r#"{"boolValue":true}"#).unwrap(),
            Some(V::BoolValue(true))
        );
        assert_eq!(attr("{}").unwrap(), None);
        assert_eq!(attr("null").unwrap(), None);
        let e = attr(r#"{"stringValue":"a","intValue":1}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("an AnyValue holds one value"), "{e}");
        let e = attr(r#"{"doubleValue":"nan"}"#).unwrap_err().to_string();
        assert!(e.ends_with("attributes[0].value.doubleValue: expected a double (number, \"NaN\", \"Infinity\" or \"-Infinity\"), got string \"nan\""), "{e}");
        let e = attr(r#"{"string_value":"x"}"#).unwrap_err().to_string();
        assert!(e.contains("use \"stringValue\""), "{e}");
    }

    #[test]
    fn ids_hex_only() {
        assert_eq!(
            first_span(&span_json("")).span_id,
            hex::decode("eee19b7ec3c1b174").unwrap()
        );
        let e = decode(&span_json(r#","parentSpanId":"xyz!""#))
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "resourceSpans[0].scopeSpans[0].spans[0].parentSpanId: expected 16 hex characters, got string \"xyz!\""
        );
        // Odd lengths of hex digits cannot be hex bytes.
        assert!(decode(&span_json(r#","parentSpanId":"abc""#)).is_err());
        // Wrong-length hex decodes; the span is rejected later, alone.
        assert_eq!(
            first_span(&span_json(r#","parentSpanId":"abcd""#)).parent_span_id,
            vec![0xab, 0xcd]
        );
    }

    #[test]
    fn numbers_and_enums() {
        let s = first_span(&span_json(
            r#","startTimeUnixNano":"18446744073709551615","endTimeUnixNano":1e3,"kind":3,"flags":"256""#,
        ));
        assert_eq!(
            (
                s.start_time_unix_nano,
                s.end_time_unix_nano,
                s.kind,
                s.flags
            ),
            (u64::MAX, 1000, 3, 256)
        );
        let e = decode(&span_json(r#","startTimeUnixNano":-1"#))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("startTimeUnixNano: expected an unsigned 64-bit integer"),
            "{e}"
        );
        let e = decode(&span_json(r#","status":{"code":"STATUS_CODE_ERROR"}"#))
            .unwrap_err()
            .to_string();
        assert!(e.contains("status.code: enum values are integers in OTLP/JSON: got the name \"STATUS_CODE_ERROR\", send 2"), "{e}");
        let e = decode(&span_json(r#","flags":4294967296"#))
            .unwrap_err()
            .to_string();
        assert!(e.contains("does not fit an unsigned 32-bit integer"), "{e}");
    }

    #[test]
    fn structure_errors() {
        assert!(matches!(decode("[]"), Err(DecodeError::Json(_))));
        assert!(matches!(decode("{"), Err(DecodeError::Json(_))));
        let e = decode(r#"{"resourceSpans":{}}"#).unwrap_err().to_string();
        assert_eq!(e, "resourceSpans: expected an array, got object");
        let e = decode(r#"{"resourceSpans":[{"scopeSpans":[{"spans":[1]}]}]}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "resourceSpans[0].scopeSpans[0].spans[0]: expected an object, got number 1"
        );
        assert_eq!(
            decode(r#"{"resourceSpans":null,"other":1}"#).unwrap(),
            ExportTraceServiceRequest::default()
        );
    }

    proptest! {
        #[test]
        fn int_values_roundtrip_as_string_or_number(n in any::<i64>(), as_string in any::<bool>()) {
            let lit = if as_string { format!("\"{n}\"") } else { n.to_string() };
            prop_assert_eq!(attr(&format!(r#"{{"intValue":{lit}}}"#)).unwrap(), Some(any_value::Value::IntValue(n)));
        }

        #[test]
        fn finite_doubles_roundtrip(d in any::<f64>().prop_filter("finite", |d| d.is_finite())) {
            let lit = serde_json::to_string(&d).unwrap();
            prop_assert_eq!(attr(&format!(r#"{{"doubleValue":{lit}}}"#)).unwrap(), Some(any_value::Value::DoubleValue(d)));
        }

        #[test]
        fn any_ids_roundtrip_as_hex(t in proptest::array::uniform16(any::<u8>()), upper in any::<bool>()) {
            let mut h = hex::encode(t);
            if upper { h = h.to_uppercase(); }
            let s = first_span(&format!(r#"{{"resourceSpans":[{{"scopeSpans":[{{"spans":[{{"traceId":"{h}"}}]}}]}}]}}"#));
            prop_assert_eq!(s.trace_id, t.to_vec());
        }

        #[test]
        fn base64_ids_are_refused(t in proptest::array::uniform16(any::<u8>())) {
            let b64 = base64::engine::general_purpose::STANDARD.encode(t);
            let body = format!(r#"{{"resourceSpans":[{{"scopeSpans":[{{"spans":[{{"traceId":"{b64}"}}]}}]}}]}}"#);
            // 24 characters ending in "==" are never hex.
            let e = decode(&body).unwrap_err().to_string();
            prop_assert!(e.contains("base64-looking"), "{}", e);
        }

        #[test]
        fn unknown_fields_are_ignored(key in "[a-z][a-zA-Z]{0,12}", n in any::<i32>()) {
            prop_assume!(!["traceId", "spanId", "name", "kind", "flags", "status", "links", "events", "attributes", "traceState", "parentSpanId"].contains(&key.as_str()));
            let s = first_span(&span_json(&format!(r#","{key}":{{"x":[{n}]}}"#)));
            prop_assert_eq!(s.span_id.len(), 8);
        }

        #[test]
        fn arbitrary_json_never_panics(s in "\\PC{0,64}") {
            let _ = decode(&s);
            let _ = decode(&span_json(&format!(r#","name":{}"#, serde_json::Value::String(s.clone()))));
        }
    }
}
