//! OTLP export requests → glassbox's model ([`Span`], [`LogRecord`], [`MetricPoint`]).
//!
//! ```text
//!   Export*ServiceRequest ─> per record: validate ids ─> attributes ─> correlation,
//!                            session, user ─> GenAI view (semconv) ─> Converted { records, rejected }
//! ```
//!
//! A bad record (wrong-length or all-zero id, malformed histogram) is rejected alone and
//! counted, with a message naming where it was, so the client gets an OTLP partial
//! success while the valid records are kept. Identifiers stay raw here: pseudonymization
//! happens later, in the pipeline's redact stage.

use glassbox_core::correlation::{first_id, resolve, SESSION_KEYS, USER_KEYS};
use glassbox_core::model::BytesValue;
use glassbox_core::{
    semconv, AttrValue, Attributes, LogRecord, MetricPoint, Span, SpanEvent, SpanId, SpanKind,
    SpanLink, SpanStatus, StatusCode, TraceId,
};
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{any_value, AnyValue, InstrumentationScope, KeyValue};
use opentelemetry_proto::tonic::metrics::v1::{
    exponential_histogram_data_point::Buckets, metric, number_data_point, HistogramDataPoint,
    NumberDataPoint,
};
use opentelemetry_proto::tonic::resource::v1::Resource;
use serde_json::{json, Value};

/// `service.name` used when the resource has none, as the OpenTelemetry SDKs do.
pub const UNKNOWN_SERVICE: &str = "unknown_service";

/// How many rejection messages are joined into a partial-success message.
const MAX_MESSAGES: usize = 5;

/// The records kept from one export request, and what was rejected.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted<T> {
    /// Valid records, in request order.
    pub records: Vec<T>,
    /// How many records were rejected.
    pub rejected: i64,
    /// Why, one message per rejected record (`where: what`), capped.
    pub errors: Vec<String>,
}

impl<T> Default for Converted<T> {
    fn default() -> Self {
        Self {
            records: Vec::new(),
            rejected: 0,
            errors: Vec::new(),
        }
    }
}

impl<T> Converted<T> {
    pub(crate) fn reject(&mut self, message: String) {
        self.rejected += 1;
        if self.errors.len() < MAX_MESSAGES {
            self.errors.push(message);
        }
    }

    /// The partial-success message: the first few reasons, and how many more there were.
    pub fn error_message(&self) -> String {
        let mut msg = self.errors.join("; ");
        let more = self.rejected - self.errors.len() as i64;
        if more > 0 {
            msg.push_str(&format!("; and {more} more"));
        }
        msg
    }

    /// True when the request had records and every one was rejected.
    pub fn all_rejected(&self) -> bool {
        self.records.is_empty() && self.rejected > 0
    }
}

/// Converts an OTLP `AnyValue`; bytes become lowercase hex.
pub fn attr_value(v: &AnyValue) -> Option<AttrValue> {
    Some(match v.value.as_ref()? {
        any_value::Value::StringValue(s) => AttrValue::Str(s.clone()),
        any_value::Value::BoolValue(b) => AttrValue::Bool(*b),
        any_value::Value::IntValue(i) => AttrValue::Int(*i),
        any_value::Value::DoubleValue(d) => AttrValue::Double(*d),
        any_value::Value::ArrayValue(a) => {
            AttrValue::Array(a.values.iter().filter_map(attr_value).collect())
        }
        any_value::Value::KvlistValue(kv) => AttrValue::Map(attributes(&kv.values)),
        any_value::Value::BytesValue(b) => AttrValue::Bytes(BytesValue {
            bytes: hex::encode(b),
        }),
        // Dictionary-encoded strings only exist inside profiles, which glassbox does not take.
        any_value::Value::StringValueStrindex(_) => return None,
    })
}

/// Converts OTLP key/values; empty values (`{}`) are dropped, later duplicates win.
pub fn attributes(kvs: &[KeyValue]) -> Attributes {
    kvs.iter()
        .filter_map(|kv| Some((kv.key.clone(), attr_value(kv.value.as_ref()?)?)))
        .collect()
}

fn resource_attrs(r: Option<&Resource>) -> Attributes {
    r.map(|r| attributes(&r.attributes)).unwrap_or_default()
}

fn service_name(resource: &Attributes) -> String {
    resource
        .get("service.name")
        .and_then(AttrValue::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or(UNKNOWN_SERVICE)
        .to_string()
}

fn scope_parts(s: Option<&InstrumentationScope>) -> (String, String) {
    s.map(|s| (s.name.clone(), s.version.clone()))
        .unwrap_or_default()
}

/// Converts every span of a trace export request.
pub fn convert_traces(req: &ExportTraceServiceRequest) -> Converted<Span> {
    let mut out = Converted::default();
    for (ri, rs) in req.resource_spans.iter().enumerate() {
        let resource = resource_attrs(rs.resource.as_ref());
        let service = service_name(&resource);
        for (si, ss) in rs.scope_spans.iter().enumerate() {
            let (scope_name, scope_version) = scope_parts(ss.scope.as_ref());
            for (i, s) in ss.spans.iter().enumerate() {
                let at = || format!("resourceSpans[{ri}].scopeSpans[{si}].spans[{i}]");
                let ids = TraceId::from_bytes(&s.trace_id)
                    .map_err(|e| format!("{}.traceId: {e}", at()))
                    .and_then(|t| {
                        SpanId::from_bytes(&s.span_id)
                            .map(|sp| (t, sp))
                            .map_err(|e| format!("{}.spanId: {e}", at()))
                    });
                let (trace_id, span_id) = match ids {
                    Ok(ids) => ids,
                    Err(msg) => {
                        out.reject(msg);
                        continue;
                    }
                };
                // An empty parent means a root; a malformed one is dropped rather than
                // losing the span, since the span itself is sound.
                let parent_span_id = SpanId::from_bytes(&s.parent_span_id).ok();
                let attrs = attributes(&s.attributes);
                let events: Vec<SpanEvent> = s
                    .events
                    .iter()
                    .map(|e| SpanEvent {
                        time_unix_nano: e.time_unix_nano,
                        name: e.name.clone(),
                        attributes: attributes(&e.attributes),
                    })
                    .collect();
                let links = s
                    .links
                    .iter()
                    .filter_map(|l| {
                        Some(SpanLink {
                            trace_id: TraceId::from_bytes(&l.trace_id).ok()?,
                            span_id: SpanId::from_bytes(&l.span_id).ok()?,
                            attributes: attributes(&l.attributes),
                        })
                    })
                    .collect();
                let status = s
                    .status
                    .as_ref()
                    .map(|st| SpanStatus {
                        code: StatusCode::from_otlp(st.code),
                        message: st.message.clone(),
                    })
                    .unwrap_or_default();
                let sets = [&attrs, &resource];
                let correlation_id = resolve(&sets, Some(trace_id), || trace_id.to_hex());
                let gen_ai = semconv::normalize(&s.name, &attrs, &events);
                out.records.push(Span {
                    trace_id,
                    span_id,
                    parent_span_id,
                    name: s.name.clone(),
                    kind: SpanKind::from_otlp(s.kind),
                    start_time_unix_nano: s.start_time_unix_nano,
                    end_time_unix_nano: s.end_time_unix_nano,
                    status,
                    session_id: first_id(SESSION_KEYS, &sets),
                    user_id: first_id(USER_KEYS, &sets),
                    correlation_id,
                    attributes: attrs,
                    events,
                    links,
                    resource: resource.clone(),
                    scope_name: scope_name.clone(),
                    scope_version: scope_version.clone(),
                    service: service.clone(),
                    gen_ai,
                });
            }
        }
    }
    out
}

/// An optional id: empty bytes mean none; anything else must be valid.
fn optional_id<T>(
    bytes: &[u8],
    parse: fn(&[u8]) -> Result<T, glassbox_core::IdError>,
) -> Result<Option<T>, String> {
    if bytes.is_empty() {
        return Ok(None);
    }
    parse(bytes).map(Some).map_err(|e| e.to_string())
}

/// Converts every log record of a logs export request.
pub fn convert_logs(req: &ExportLogsServiceRequest, now_unix_nano: u64) -> Converted<LogRecord> {
    let mut out = Converted::default();
    for (ri, rl) in req.resource_logs.iter().enumerate() {
        let resource = resource_attrs(rl.resource.as_ref());
        let service = service_name(&resource);
        for (si, sl) in rl.scope_logs.iter().enumerate() {
            for (i, l) in sl.log_records.iter().enumerate() {
                let at = || format!("resourceLogs[{ri}].scopeLogs[{si}].logRecords[{i}]");
                let trace_id = match optional_id(&l.trace_id, TraceId::from_bytes) {
                    Ok(t) => t,
                    Err(e) => {
                        out.reject(format!("{}.traceId: {e}", at()));
                        continue;
                    }
                };
                let span_id = match optional_id(&l.span_id, SpanId::from_bytes) {
                    Ok(s) => s,
                    Err(e) => {
                        out.reject(format!("{}.spanId: {e}", at()));
                        continue;
                    }
                };
                let attrs = attributes(&l.attributes);
                let event_name = if l.event_name.is_empty() {
                    attrs
                        .get("event.name")
                        .map(AttrValue::to_display_string)
                        .unwrap_or_default()
                } else {
                    l.event_name.clone()
                };
                let observed = if l.observed_time_unix_nano == 0 {
                    now_unix_nano
                } else {
                    l.observed_time_unix_nano
                };
                let sets = [&attrs, &resource];
                out.records.push(LogRecord {
                    time_unix_nano: if l.time_unix_nano == 0 {
                        observed
                    } else {
                        l.time_unix_nano
                    },
                    observed_time_unix_nano: observed,
                    severity_number: l.severity_number,
                    severity_text: l.severity_text.clone(),
                    event_name,
                    body: l.body.as_ref().and_then(attr_value),
                    correlation_id: resolve(&sets, trace_id, || TraceId::random().to_hex()),
                    session_id: first_id(SESSION_KEYS, &sets),
                    user_id: first_id(USER_KEYS, &sets),
                    attributes: attrs,
                    resource: resource.clone(),
                    trace_id,
                    span_id,
                    service: service.clone(),
                });
            }
        }
    }
    out
}

/// A double as JSON; NaN and infinities as the strings OTLP/JSON uses.
fn double(d: f64) -> Value {
    if d.is_nan() {
        json!("NaN")
    } else if d == f64::INFINITY {
        json!("Infinity")
    } else if d == f64::NEG_INFINITY {
        json!("-Infinity")
    } else {
        json!(d)
    }
}

fn opt_double(d: Option<f64>) -> Value {
    d.map_or(Value::Null, double)
}

fn number_value(p: &NumberDataPoint) -> Result<Value, String> {
    match p.value {
        Some(number_data_point::Value::AsDouble(d)) => Ok(json!({ "as_double": double(d) })),
        Some(number_data_point::Value::AsInt(i)) => Ok(json!({ "as_int": i })),
        None => Err("data point has neither asDouble nor asInt".into()),
    }
}

fn histogram_value(p: &HistogramDataPoint, temporality: i32) -> Result<Value, String> {
    if !p.bucket_counts.is_empty() && p.bucket_counts.len() != p.explicit_bounds.len() + 1 {
        return Err(format!(
            "histogram has {} bucket counts for {} explicit bounds (expected {})",
            p.bucket_counts.len(),
            p.explicit_bounds.len(),
            p.explicit_bounds.len() + 1
        ));
    }
    if p.explicit_bounds.windows(2).any(|w| w[0] >= w[1]) {
        return Err("histogram explicit bounds are not strictly increasing".into());
    }
    Ok(json!({
        "count": p.count,
        "sum": opt_double(p.sum),
        "bucket_counts": p.bucket_counts,
        "explicit_bounds": p.explicit_bounds.iter().map(|b| double(*b)).collect::<Vec<_>>(),
        "min": opt_double(p.min),
        "max": opt_double(p.max),
        "aggregation_temporality": temporality,
    }))
}

fn buckets(b: Option<&Buckets>) -> Value {
    b.map_or(
        Value::Null,
        |b| json!({ "offset": b.offset, "bucket_counts": b.bucket_counts }),
    )
}

/// Converts every data point of every metric of a metrics export request.
pub fn convert_metrics(req: &ExportMetricsServiceRequest) -> Converted<MetricPoint> {
    let mut out = Converted::default();
    for (ri, rm) in req.resource_metrics.iter().enumerate() {
        let resource = resource_attrs(rm.resource.as_ref());
        let service = service_name(&resource);
        for (si, sm) in rm.scope_metrics.iter().enumerate() {
            for (mi, m) in sm.metrics.iter().enumerate() {
                let at = |pi: usize| {
                    format!(
                        "resourceMetrics[{ri}].scopeMetrics[{si}].metrics[{mi}].dataPoints[{pi}]"
                    )
                };
                // (attributes, start, time, value) per point, with the metric kind.
                type Row = (Attributes, u64, u64, Result<Value, String>);
                let (kind, rows): (&str, Vec<Row>) = match &m.data {
                    None => continue,
                    Some(metric::Data::Gauge(g)) => (
                        "gauge",
                        g.data_points
                            .iter()
                            .map(|p| (attributes(&p.attributes), p.start_time_unix_nano, p.time_unix_nano, number_value(p)))
                            .collect(),
                    ),
                    Some(metric::Data::Sum(s)) => (
                        "sum",
                        s.data_points
                            .iter()
                            .map(|p| {
                                let v = number_value(p).map(|mut v| {
                                    if let Value::Object(o) = &mut v {
                                        o.insert("aggregation_temporality".into(), json!(s.aggregation_temporality));
                                        o.insert("is_monotonic".into(), json!(s.is_monotonic));
                                    }
                                    v
                                });
                                (attributes(&p.attributes), p.start_time_unix_nano, p.time_unix_nano, v)
                            })
                            .collect(),
                    ),
                    Some(metric::Data::Histogram(h)) => (
                        "histogram",
                        h.data_points
                            .iter()
                            .map(|p| {
                                let v = histogram_value(p, h.aggregation_temporality);
                                (attributes(&p.attributes), p.start_time_unix_nano, p.time_unix_nano, v)
                            })
                            .collect(),
                    ),
                    Some(metric::Data::ExponentialHistogram(h)) => (
                        "exponential_histogram",
                        h.data_points
                            .iter()
                            .map(|p| {
                                let v = json!({
                                    "count": p.count,
                                    "sum": opt_double(p.sum),
                                    "scale": p.scale,
                                    "zero_count": p.zero_count,
                                    "zero_threshold": double(p.zero_threshold),
                                    "positive": buckets(p.positive.as_ref()),
                                    "negative": buckets(p.negative.as_ref()),
                                    "min": opt_double(p.min),
                                    "max": opt_double(p.max),
                                    "aggregation_temporality": h.aggregation_temporality,
                                });
                                (attributes(&p.attributes), p.start_time_unix_nano, p.time_unix_nano, Ok(v))
                            })
                            .collect(),
                    ),
                    Some(metric::Data::Summary(s)) => (
                        "summary",
                        s.data_points
                            .iter()
                            .map(|p| {
                                let q: Vec<Value> = p
                                    .quantile_values
                                    .iter()
                                    .map(|q| json!({ "quantile": double(q.quantile), "value": double(q.value) }))
                                    .collect();
                                let v = json!({ "count": p.count, "sum": double(p.sum), "quantile_values": q });
                                (attributes(&p.attributes), p.start_time_unix_nano, p.time_unix_nano, Ok(v))
                            })
                            .collect(),
                    ),
                };
                for (pi, (attrs, start, time, value)) in rows.into_iter().enumerate() {
                    match value {
                        Ok(value) => out.records.push(MetricPoint {
                            time_unix_nano: time,
                            start_time_unix_nano: start,
                            service: service.clone(),
                            name: m.name.clone(),
                            unit: m.unit.clone(),
                            kind: kind.to_string(),
                            attributes: attrs,
                            value,
                        }),
                        Err(msg) => out.reject(format!("{} ({}): {msg}", at(pi), m.name)),
                    }
                }
            }
        }
    }
    out
}
