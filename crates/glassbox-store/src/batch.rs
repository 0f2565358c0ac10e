//! The unit of writing: redacted records bound for the store together (spans also as
//! per-trace encoded blocks), and the bodies a late signal brings back to spans already
//! written without them.

use glassbox_core::{AttrValue, Event, LogRecord, MetricPoint, Redacted, Span, SpanId, TraceId};
use glassbox_rollup::RollupRow;
use serde_json::{Map, Value};

/// Span attribute that says where a span's body is: `not_sampled`, [`KEPT_LATE`] or a
/// blob reference (`blob://sha256/<hex>`).
pub const PAYLOAD_ATTR: &str = "glassbox.payload";
/// Size in bytes of an offloaded body (next to its blob reference).
pub const PAYLOAD_SIZE_ATTR: &str = "glassbox.payload.size";
/// Set (true) on a span whose body came back through a late signal.
pub const PAYLOAD_LATE_ATTR: &str = "glassbox.payload.late";
/// [`PAYLOAD_ATTR`] of a span whose body was dropped because its trace was not sampled.
pub const NOT_SAMPLED: &str = "not_sampled";
/// [`PAYLOAD_ATTR`] of a span whose body was dropped for sampling, then brought back inline
/// by a late signal (negative feedback, an error later in the trace).
pub const KEPT_LATE: &str = "kept_late";

/// Redacted records written in one group commit.
#[derive(Debug, Default, Clone)]
pub struct WriteBatch {
    /// Spans.
    pub spans: Vec<Redacted<Span>>,
    /// Logs.
    pub logs: Vec<Redacted<LogRecord>>,
    /// Feedback and business events.
    pub events: Vec<Redacted<Event>>,
    /// Raw OTLP metric points.
    pub metric_points: Vec<Redacted<MetricPoint>>,
    /// Closed per-minute metric rollups (labels only: model, service, operation).
    pub rollups: Vec<RollupRow>,
    /// This node's minutes still open, as they stand now: a snapshot that replaces the
    /// node's previous one, so other nodes sharing the store count the open minute too.
    /// A store on one machine ignores them (its node's hub holds every open minute).
    pub open_rollups: Vec<RollupRow>,
    /// Bodies put back on spans stored as `not_sampled`. Applied after every span of the
    /// group is written, so a span written in the same group gets its body back too.
    pub restored_bodies: Vec<RestoredBody>,
    /// Bodies dropped for sampling, parked in a store many nodes share, so that a late
    /// signal reaching another node can still bring them back (empty on one machine,
    /// where the node's own spool is every body there is).
    pub parked: Vec<ParkedBody>,
    /// Late signals (an error, negative feedback) for the store to answer with the parked
    /// bodies it holds.
    pub late_signals: Vec<LateSignal>,
    /// The spans in their stored encoding, one block per trace, when
    /// [`WriteBatch::encode_spans`] ran (on a pipeline worker, so the single writer thread
    /// only writes). Empty: the writer encodes.
    pub encoded_blocks: Vec<EncodedBlock>,
}

/// The spans of one trace from one batch, encoded together for the store: one row, one
/// compression frame (spans of a trace share most of their keys and values).
#[derive(Debug, Clone)]
pub struct EncodedBlock {
    /// The trace every span in the block belongs to.
    pub trace_id: TraceId,
    /// Positions in [`WriteBatch::spans`], in batch order.
    pub spans: Vec<usize>,
    /// The encoded spans.
    pub data: Vec<u8>,
}

impl WriteBatch {
    /// Number of records of every kind.
    pub fn len(&self) -> usize {
        self.spans.len()
            + self.logs.len()
            + self.events.len()
            + self.metric_points.len()
            + self.rollups.len()
            + self.open_rollups.len()
            + self.restored_bodies.len()
            + self.parked.len()
            + self.late_signals.len()
    }

    /// True when there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Encodes every span for storage now (a compressed block per trace), so the writer
    /// does not have to.
    pub fn encode_spans(&mut self) -> Result<(), crate::StoreError> {
        self.encoded_blocks = self.encode_blocks()?;
        Ok(())
    }

    /// The spans grouped by trace (in order of first appearance) and encoded.
    pub fn encode_blocks(&self) -> Result<Vec<EncodedBlock>, crate::StoreError> {
        by_trace(
            self.spans
                .iter()
                .enumerate()
                .map(|(i, s)| (s.get().trace_id, i)),
        )
        .into_iter()
        .map(|(trace_id, spans)| {
            let members: Vec<&Span> = spans.iter().map(|&i| self.spans[i].get()).collect();
            Ok(EncodedBlock {
                trace_id,
                data: crate::sqlite::encode_block(&members)?,
                spans,
            })
        })
        .collect()
    }

    /// The batch as bytes for a local disk queue, to be written later with
    /// [`WriteBatch::from_queued`]: every record (already redacted), without the bodies
    /// late signals restored (those go back with the next late signal) or the encoded
    /// blocks (encoded again when written).
    pub fn to_queued(&self) -> Result<Vec<u8>, crate::StoreError> {
        let q = QueuedBatch {
            spans: self.spans.iter().map(Redacted::get).collect(),
            logs: self.logs.iter().map(Redacted::get).collect(),
            events: self.events.iter().map(Redacted::get).collect(),
            metric_points: self.metric_points.iter().map(Redacted::get).collect(),
            rollups: self.rollups.iter().collect(),
            parked: self
                .parked
                .iter()
                .map(|p| QueuedParked {
                    trace_id: p.trace_id,
                    span_id: p.span_id,
                    correlation_id: p.correlation_id.clone(),
                    body: p.body.get().clone(),
                })
                .collect(),
            late_signals: self.late_signals.iter().collect(),
        };
        let json = serde_json::to_vec(&q).map_err(|e| crate::StoreError::Backend(e.to_string()))?;
        zstd::bulk::compress(&json, 3).map_err(|e| crate::StoreError::Backend(format!("zstd: {e}")))
    }

    /// A batch [`WriteBatch::to_queued`] wrote.
    pub fn from_queued(bytes: &[u8]) -> Result<Self, crate::StoreError> {
        let json = zstd::stream::decode_all(bytes)
            .map_err(|e| crate::StoreError::Corrupt(format!("queued batch: {e}")))?;
        let q: QueuedOwned = serde_json::from_slice(&json)
            .map_err(|e| crate::StoreError::Corrupt(format!("queued batch: {e}")))?;
        Ok(WriteBatch {
            spans: q
                .spans
                .into_iter()
                .map(|s| Redacted::new(&FromQueue, s))
                .collect(),
            logs: q
                .logs
                .into_iter()
                .map(|s| Redacted::new(&FromQueue, s))
                .collect(),
            events: q
                .events
                .into_iter()
                .map(|s| Redacted::new(&FromQueue, s))
                .collect(),
            metric_points: q
                .metric_points
                .into_iter()
                .map(|s| Redacted::new(&FromQueue, s))
                .collect(),
            rollups: q.rollups,
            parked: q
                .parked
                .into_iter()
                .map(|p| ParkedBody {
                    trace_id: p.trace_id,
                    span_id: p.span_id,
                    correlation_id: p.correlation_id,
                    body: Redacted::new(&FromQueue, p.body),
                })
                .collect(),
            late_signals: q.late_signals,
            ..WriteBatch::default()
        })
    }

    /// True when [`WriteBatch::encoded_blocks`] holds every span.
    pub fn is_encoded(&self) -> bool {
        self.encoded_blocks
            .iter()
            .map(|b| b.spans.len())
            .sum::<usize>()
            == self.spans.len()
    }
}

#[derive(serde::Serialize)]
struct QueuedBatch<'a> {
    spans: Vec<&'a Span>,
    logs: Vec<&'a LogRecord>,
    events: Vec<&'a Event>,
    metric_points: Vec<&'a MetricPoint>,
    rollups: Vec<&'a RollupRow>,
    parked: Vec<QueuedParked>,
    late_signals: Vec<&'a LateSignal>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct QueuedParked {
    trace_id: TraceId,
    span_id: SpanId,
    correlation_id: Option<String>,
    body: Map<String, Value>,
}

#[derive(serde::Deserialize)]
struct QueuedOwned {
    spans: Vec<Span>,
    logs: Vec<LogRecord>,
    events: Vec<Event>,
    metric_points: Vec<MetricPoint>,
    rollups: Vec<RollupRow>,
    parked: Vec<QueuedParked>,
    late_signals: Vec<LateSignal>,
}

/// Records read back from the disk queue: they were redacted before they were queued.
struct FromQueue;

impl<T> glassbox_core::Redact<T> for FromQueue {
    fn redact(&self, value: T) -> T {
        value
    }
}

/// `items` grouped by trace, traces in order of first appearance, items in order.
pub(crate) fn by_trace<V>(items: impl IntoIterator<Item = (TraceId, V)>) -> Vec<(TraceId, Vec<V>)> {
    let mut groups: Vec<(TraceId, Vec<V>)> = Vec::new();
    let mut position: std::collections::HashMap<TraceId, usize> = std::collections::HashMap::new();
    for (trace, item) in items {
        let at = *position.entry(trace).or_insert_with(|| {
            groups.push((trace, Vec::new()));
            groups.len() - 1
        });
        groups[at].1.push(item);
    }
    groups
}

/// A (redacted) body that the payload policy held back from a span and a late signal
/// brought back.
#[derive(Debug, Clone)]
pub struct RestoredBody {
    /// Trace of the span.
    pub trace_id: TraceId,
    /// The span the body belongs to.
    pub span_id: SpanId,
    /// The body, inline or already offloaded.
    pub payload: RestoredPayload,
}

/// A (redacted) body the payload policy dropped for sampling, parked for late signals.
#[derive(Debug, Clone)]
pub struct ParkedBody {
    /// Trace of the span.
    pub trace_id: TraceId,
    /// The span the body belongs to.
    pub span_id: SpanId,
    /// The span's own correlation id (not its trace id), when it has one.
    pub correlation_id: Option<String>,
    /// The body.
    pub body: Redacted<Map<String, Value>>,
}

/// Something that asks for a trace's dropped bodies back.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum LateSignal {
    /// An error or negative feedback on this trace.
    Trace(TraceId),
    /// Negative feedback naming only a correlation id: every trace that carries it.
    Correlation(String),
}

/// Where a restored body goes.
#[derive(Debug, Clone)]
pub enum RestoredPayload {
    /// Back on the span: attribute keys and `gen_ai.*_messages` as the payload policy took
    /// them off. Only redacted content can be here.
    Inline(Redacted<Map<String, Value>>),
    /// Already in the blob store (the body was above the offload threshold).
    Offloaded {
        /// `blob://sha256/<hex>`.
        reference: String,
        /// Size of the encoded body in bytes.
        size: u64,
    },
}

impl RestoredPayload {
    /// Puts the body (or its blob reference) on `span`, replacing `not_sampled`.
    pub fn apply(self, span: &mut Span) {
        match self {
            RestoredPayload::Inline(body) => {
                put_body_back(span, body.into_inner());
                span.attributes
                    .insert(PAYLOAD_ATTR.into(), AttrValue::Str(KEPT_LATE.into()));
            }
            RestoredPayload::Offloaded { reference, size } => {
                mark_offloaded(span, reference, size);
            }
        }
        span.attributes
            .insert(PAYLOAD_LATE_ATTR.into(), AttrValue::Bool(true));
    }
}

/// Puts a body that the payload policy took off a span back on it: the `gen_ai.*`
/// message fields into the GenAI view, every other key as an attribute.
pub fn put_body_back(span: &mut Span, mut body: Map<String, Value>) {
    if let Some(g) = &mut span.gen_ai {
        g.input_messages = body.remove("gen_ai.input_messages");
        g.output_messages = body.remove("gen_ai.output_messages");
        g.system_instructions = body.remove("gen_ai.system_instructions");
    }
    for (k, v) in body {
        if let Ok(attr) = serde_json::from_value::<AttrValue>(v) {
            span.attributes.insert(k, attr);
        }
    }
}

/// Points a span at its offloaded body: the blob reference and size as attributes and in
/// the GenAI view.
pub fn mark_offloaded(span: &mut Span, reference: String, size: u64) {
    span.attributes
        .insert(PAYLOAD_ATTR.into(), AttrValue::Str(reference.clone()));
    span.attributes.insert(
        PAYLOAD_SIZE_ATTR.into(),
        AttrValue::Int(i64::try_from(size).unwrap_or(i64::MAX)),
    );
    if let Some(g) = &mut span.gen_ai {
        g.payload_ref = Some(reference);
    }
}
