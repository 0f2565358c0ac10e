//! The write side: each group becomes one INSERT per table, deduplicated by a token made
//! of the rows themselves, so a group retried after a lost acknowledgement is dropped by
//! ClickHouse instead of stored twice. Every table is a ReplacingMergeTree keyed on what
//! identifies a record, so a record that reaches two nodes (a client retrying elsewhere)
//! also collapses to one when parts merge; readers deduplicate until then.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use glassbox_core::{
    AttrValue, Attributes, Event, LogRecord, Span, SpanId, SpanKind, StatusCode, TraceId,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::http::{Http, Param};
use crate::{
    BatchWriter, LateSignal, RestoredPayload, RetentionScope, StoreError, WriteBatch, NOT_SAMPLED,
    PAYLOAD_ATTR,
};

/// Bodies to put back on stored spans.
type Restores = Vec<((TraceId, SpanId), RestoredPayload)>;

/// How long a body brought back by a late signal waits for a span not written yet.
const EARLY_RESTORE_TTL: Duration = Duration::from_secs(120);
/// Most bodies waiting for their span.
const EARLY_RESTORE_MAX: usize = 10_000;

/// Writes groups to ClickHouse; owned by the pipeline's writer thread.
pub struct ClickHouseWriter {
    http: Arc<Http>,
    node: String,
    cluster: String,
    early: HashMap<(TraceId, SpanId), (Instant, RestoredPayload)>,
    healthy: bool,
    park_window: Duration,
    /// Project retention passes done: (scope, cutoff day). Rows go by whole days, as
    /// partitions do, so a scope is trimmed once a day, not on every run.
    trimmed: std::collections::HashSet<(String, u64)>,
}

impl ClickHouseWriter {
    pub(super) fn new(http: Arc<Http>, node: String, cluster: String) -> Self {
        Self {
            http,
            node,
            cluster,
            trimmed: std::collections::HashSet::new(),
            early: HashMap::new(),
            healthy: true,
            park_window: Duration::from_secs(600),
        }
    }

    /// How long parked bodies wait for a late signal (`payload.late_signal_window`).
    pub fn set_park_window(&mut self, window: Duration) {
        self.park_window = window;
    }
}

/// `DateTime64(9)` text: seconds and nine fraction digits (exact, unambiguous).
pub(super) fn ts(ns: u64) -> String {
    format!("{}.{:09}", ns / 1_000_000_000, ns % 1_000_000_000)
}

/// An attribute as the exporter's `Map(…, String)` holds it: text as is, the rest JSON.
fn attr_text(v: &AttrValue) -> String {
    match v {
        AttrValue::Str(s) => s.clone(),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

fn attr_map(attrs: &Attributes) -> BTreeMap<&str, String> {
    attrs
        .iter()
        .map(|(k, v)| (k.as_str(), attr_text(v)))
        .collect()
}

fn kind_name(k: SpanKind) -> &'static str {
    match k {
        SpanKind::Unspecified => "Unspecified",
        SpanKind::Internal => "Internal",
        SpanKind::Server => "Server",
        SpanKind::Client => "Client",
        SpanKind::Producer => "Producer",
        SpanKind::Consumer => "Consumer",
    }
}

fn status_name(c: StatusCode) -> &'static str {
    match c {
        StatusCode::Unset => "Unset",
        StatusCode::Ok => "Ok",
        StatusCode::Error => "Error",
    }
}

/// A stable id for a record: the first 63 bits of the SHA-256 of its stored form (the
/// same record sent twice gets the same id, and collapses to one row).
pub(super) fn record_id(json: &str) -> i64 {
    let d = Sha256::digest(json.as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    (u64::from_le_bytes(b) >> 1) as i64
}

fn to_json<T: Serialize>(v: &T) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| StoreError::Backend(e.to_string()))
}

/// Rows for one table, one JSON object per line.
#[derive(Default)]
struct Rows(Vec<u8>);

impl Rows {
    fn push<T: Serialize>(&mut self, row: &T) -> Result<(), StoreError> {
        serde_json::to_writer(&mut self.0, row).map_err(|e| StoreError::Backend(e.to_string()))?;
        self.0.push(b'\n');
        Ok(())
    }

    /// The deduplication token: what the rows are, so the same rows get the same token.
    fn token(&self, table: &str) -> String {
        let mut h = Sha256::new();
        h.update(table.as_bytes());
        h.update(&self.0);
        hex::encode(&h.finalize()[..16])
    }

    fn insert(self, http: &Http, table: &str) -> Result<(), StoreError> {
        if self.0.is_empty() {
            return Ok(());
        }
        let token = self.token(table);
        http.insert(table, self.0, Some(&token))
    }
}

#[derive(Serialize)]
struct SpanRow<'a> {
    #[serde(rename = "Timestamp")]
    timestamp: String,
    #[serde(rename = "TraceId")]
    trace_id: String,
    #[serde(rename = "SpanId")]
    span_id: String,
    #[serde(rename = "ParentSpanId")]
    parent_span_id: String,
    #[serde(rename = "SpanName")]
    span_name: &'a str,
    #[serde(rename = "SpanKind")]
    span_kind: &'static str,
    #[serde(rename = "ServiceName")]
    service_name: &'a str,
    #[serde(rename = "ResourceAttributes")]
    resource_attributes: BTreeMap<&'a str, String>,
    #[serde(rename = "ScopeName")]
    scope_name: &'a str,
    #[serde(rename = "ScopeVersion")]
    scope_version: &'a str,
    #[serde(rename = "SpanAttributes")]
    span_attributes: BTreeMap<&'a str, String>,
    #[serde(rename = "Duration")]
    duration: u64,
    #[serde(rename = "StatusCode")]
    status_code: &'static str,
    #[serde(rename = "StatusMessage")]
    status_message: &'a str,
    #[serde(rename = "Events.Timestamp")]
    events_timestamp: Vec<String>,
    #[serde(rename = "Events.Name")]
    events_name: Vec<&'a str>,
    #[serde(rename = "Events.Attributes")]
    events_attributes: Vec<BTreeMap<&'a str, String>>,
    #[serde(rename = "Links.TraceId")]
    links_trace_id: Vec<String>,
    #[serde(rename = "Links.SpanId")]
    links_span_id: Vec<String>,
    #[serde(rename = "Links.TraceState")]
    links_trace_state: Vec<&'static str>,
    #[serde(rename = "Links.Attributes")]
    links_attributes: Vec<BTreeMap<&'a str, String>>,
    #[serde(rename = "Project")]
    project: &'a str,
    #[serde(rename = "CorrelationId")]
    correlation_id: &'a str,
    #[serde(rename = "UserId")]
    user_id: &'a str,
    #[serde(rename = "SessionId")]
    session_id: &'a str,
    #[serde(rename = "GenAiOperation")]
    gen_ai_operation: &'a str,
    #[serde(rename = "GenAiModels")]
    gen_ai_models: Vec<&'a str>,
    #[serde(rename = "InputTokens")]
    input_tokens: i64,
    #[serde(rename = "OutputTokens")]
    output_tokens: i64,
    #[serde(rename = "CostUsd")]
    cost_usd: f64,
    #[serde(rename = "Topic")]
    topic: &'a str,
    #[serde(rename = "AnswerFlags")]
    answer_flags: Vec<&'a str>,
    #[serde(rename = "PayloadRef")]
    payload_ref: &'a str,
    #[serde(rename = "SearchText")]
    search_text: String,
    #[serde(rename = "SpanJson")]
    span_json: String,
    #[serde(rename = "Version")]
    version: u64,
}

/// A span's row; `version` 0 as first written, later for a restored body.
fn span_row(span: &Span, version: u64) -> Result<SpanRow<'_>, StoreError> {
    let g = span.gen_ai.as_ref();
    let mut models: Vec<&str> = Vec::new();
    if let Some(g) = g {
        for m in [&g.request_model, &g.response_model].into_iter().flatten() {
            if !m.is_empty() && !models.contains(&m.as_str()) {
                models.push(m);
            }
        }
    }
    Ok(SpanRow {
        timestamp: ts(span.start_time_unix_nano),
        trace_id: span.trace_id.to_hex(),
        span_id: span.span_id.to_hex(),
        parent_span_id: span.parent_span_id.map(|p| p.to_hex()).unwrap_or_default(),
        span_name: &span.name,
        span_kind: kind_name(span.kind),
        service_name: &span.service,
        resource_attributes: attr_map(&span.resource),
        scope_name: &span.scope_name,
        scope_version: &span.scope_version,
        span_attributes: attr_map(&span.attributes),
        duration: span
            .end_time_unix_nano
            .saturating_sub(span.start_time_unix_nano),
        status_code: status_name(span.status.code),
        status_message: &span.status.message,
        events_timestamp: span.events.iter().map(|e| ts(e.time_unix_nano)).collect(),
        events_name: span.events.iter().map(|e| e.name.as_str()).collect(),
        events_attributes: span
            .events
            .iter()
            .map(|e| attr_map(&e.attributes))
            .collect(),
        links_trace_id: span.links.iter().map(|l| l.trace_id.to_hex()).collect(),
        links_span_id: span.links.iter().map(|l| l.span_id.to_hex()).collect(),
        links_trace_state: span.links.iter().map(|_| "").collect(),
        links_attributes: span.links.iter().map(|l| attr_map(&l.attributes)).collect(),
        project: glassbox_core::project::of(&span.resource),
        correlation_id: &span.correlation_id,
        user_id: span.user_id.as_deref().unwrap_or(""),
        session_id: span.session_id.as_deref().unwrap_or(""),
        gen_ai_operation: g.and_then(|g| g.operation.as_deref()).unwrap_or(""),
        gen_ai_models: models,
        input_tokens: g.and_then(|g| g.input_tokens).unwrap_or(0),
        output_tokens: g.and_then(|g| g.output_tokens).unwrap_or(0),
        cost_usd: span.cost_usd().unwrap_or(0.0),
        topic: span.topic().unwrap_or(""),
        answer_flags: span.answer_flags().collect(),
        payload_ref: span
            .attributes
            .get(PAYLOAD_ATTR)
            .and_then(AttrValue::as_str)
            .unwrap_or(""),
        search_text: super::fold_words(&crate::sqlite::search::text_of(&[span])),
        span_json: to_json(span)?,
        version,
    })
}

#[derive(Serialize)]
struct LogRow<'a> {
    #[serde(rename = "Timestamp")]
    timestamp: String,
    #[serde(rename = "TraceId")]
    trace_id: String,
    #[serde(rename = "SpanId")]
    span_id: String,
    #[serde(rename = "SeverityText")]
    severity_text: &'a str,
    #[serde(rename = "SeverityNumber")]
    severity_number: u8,
    #[serde(rename = "ServiceName")]
    service_name: &'a str,
    #[serde(rename = "Body")]
    body: String,
    #[serde(rename = "ResourceAttributes")]
    resource_attributes: BTreeMap<&'a str, String>,
    #[serde(rename = "LogAttributes")]
    log_attributes: BTreeMap<&'a str, String>,
    #[serde(rename = "EventName")]
    event_name: &'a str,
    #[serde(rename = "Id")]
    id: i64,
    #[serde(rename = "Project")]
    project: &'a str,
    #[serde(rename = "CorrelationId")]
    correlation_id: &'a str,
    #[serde(rename = "UserId")]
    user_id: &'a str,
    #[serde(rename = "SessionId")]
    session_id: &'a str,
    #[serde(rename = "RecordJson")]
    record_json: String,
}

fn log_row(log: &LogRecord) -> Result<LogRow<'_>, StoreError> {
    let json = to_json(log)?;
    Ok(LogRow {
        timestamp: ts(log.time_unix_nano),
        trace_id: log.trace_id.map(|t| t.to_hex()).unwrap_or_default(),
        span_id: log.span_id.map(|s| s.to_hex()).unwrap_or_default(),
        severity_text: &log.severity_text,
        severity_number: u8::try_from(log.severity_number.clamp(0, 255)).unwrap_or(0),
        service_name: &log.service,
        body: log.body.as_ref().map(attr_text).unwrap_or_default(),
        resource_attributes: attr_map(&log.resource),
        log_attributes: attr_map(&log.attributes),
        event_name: &log.event_name,
        id: record_id(&json),
        project: glassbox_core::project::of(&log.resource),
        correlation_id: &log.correlation_id,
        user_id: log.user_id.as_deref().unwrap_or(""),
        session_id: log.session_id.as_deref().unwrap_or(""),
        record_json: json,
    })
}

/// 1 thumbs up, 0 thumbs down, -1 anything else (the `Thumbs` column).
fn thumbs_column(e: &Event) -> i8 {
    match crate::query::thumbs(e) {
        Some(true) => 1,
        Some(false) => 0,
        None => -1,
    }
}

#[derive(Serialize)]
struct EventRow<'a> {
    #[serde(rename = "Timestamp")]
    timestamp: String,
    #[serde(rename = "Id")]
    id: i64,
    #[serde(rename = "Name")]
    name: &'a str,
    #[serde(rename = "Project")]
    project: &'a str,
    #[serde(rename = "CorrelationId")]
    correlation_id: &'a str,
    #[serde(rename = "TraceId")]
    trace_id: String,
    #[serde(rename = "UserId")]
    user_id: &'a str,
    #[serde(rename = "SessionId")]
    session_id: &'a str,
    #[serde(rename = "Thumbs")]
    thumbs: i8,
    #[serde(rename = "RecordJson")]
    record_json: String,
}

#[derive(Serialize)]
struct PointRow<'a> {
    #[serde(rename = "Timestamp")]
    timestamp: String,
    #[serde(rename = "ServiceName")]
    service_name: &'a str,
    #[serde(rename = "Name")]
    name: &'a str,
    #[serde(rename = "Id")]
    id: i64,
    #[serde(rename = "RecordJson")]
    record_json: String,
}

/// What identifies a rollup row: its minute, the node that counted it and its labels.
#[derive(Serialize)]
struct RollupKeyRow<'a> {
    #[serde(rename = "Minute")]
    minute: i64,
    #[serde(rename = "Node")]
    node: &'a str,
    #[serde(rename = "Kind")]
    kind: &'a str,
    #[serde(rename = "Service")]
    service: &'a str,
    #[serde(rename = "Model")]
    model: &'a str,
    #[serde(rename = "Operation")]
    operation: &'a str,
    #[serde(rename = "StatusClass")]
    status_class: &'a str,
    #[serde(rename = "Project")]
    project: &'a str,
}

impl<'a> RollupKeyRow<'a> {
    fn of(r: &'a glassbox_rollup::RollupRow, node: &'a str) -> Self {
        Self {
            minute: r.minute,
            node,
            kind: r.kind.as_str(),
            service: &r.service,
            model: &r.model,
            operation: &r.operation,
            status_class: &r.status_class,
            project: &r.project,
        }
    }
}

#[derive(Serialize)]
struct RollupDbRow<'a> {
    #[serde(flatten)]
    key: RollupKeyRow<'a>,
    #[serde(rename = "RowId")]
    row_id: i64,
    #[serde(rename = "RowJson")]
    row_json: String,
}

#[derive(Serialize)]
struct OpenRollupDbRow<'a> {
    #[serde(flatten)]
    key: RollupKeyRow<'a>,
    #[serde(rename = "Version")]
    version: u64,
    #[serde(rename = "RowJson")]
    row_json: String,
}

#[derive(Serialize)]
struct WordRow<'a> {
    #[serde(rename = "Timestamp")]
    timestamp: String,
    #[serde(rename = "Project")]
    project: &'a str,
    #[serde(rename = "Topic")]
    topic: &'a str,
    #[serde(rename = "Keyword")]
    keyword: &'a str,
    #[serde(rename = "UserId")]
    user_id: &'a str,
    #[serde(rename = "Uses")]
    uses: u32,
}

#[derive(Serialize)]
struct ParkedRow<'a> {
    #[serde(rename = "ParkedAt")]
    parked_at: String,
    #[serde(rename = "ExpiresAt")]
    expires_at: u64,
    #[serde(rename = "TraceId")]
    trace_id: String,
    #[serde(rename = "SpanId")]
    span_id: String,
    #[serde(rename = "CorrelationId")]
    correlation_id: &'a str,
    #[serde(rename = "BodyJson")]
    body_json: String,
}

#[derive(Deserialize)]
struct ParkedJson {
    #[serde(rename = "TraceId")]
    trace_id: String,
    #[serde(rename = "SpanId")]
    span_id: String,
    #[serde(rename = "BodyJson")]
    body_json: String,
}

/// A parked body as it comes back: already redacted when it was parked.
struct FromParkedRedactedBody;

impl glassbox_core::Redact<serde_json::Map<String, serde_json::Value>> for FromParkedRedactedBody {
    fn redact(
        &self,
        body: serde_json::Map<String, serde_json::Value>,
    ) -> serde_json::Map<String, serde_json::Value> {
        body
    }
}

#[derive(Deserialize)]
struct StoredSpanJson {
    #[serde(rename = "SpanJson")]
    span_json: String,
}

impl ClickHouseWriter {
    fn write(&mut self, batches: &[WriteBatch]) -> Result<(), StoreError> {
        let http = &*self.http;
        let mut spans = Rows::default();
        let mut words: BTreeMap<(&str, &str, &str, &str), (u32, u64)> = BTreeMap::new();
        let mut written: Vec<(TraceId, SpanId)> = Vec::new();
        for batch in batches {
            for s in &batch.spans {
                let span = s.get();
                spans.push(&span_row(span, 0)?)?;
                written.push((span.trace_id, span.span_id));
                if let (Some(topic), Some(g)) = (span.topic(), span.gen_ai.as_ref()) {
                    let who = span.user_id.as_deref().unwrap_or("");
                    let project = glassbox_core::project::of(&span.resource);
                    for word in &g.topic_keywords {
                        let e = words.entry((project, topic, word, who)).or_default();
                        e.0 += 1;
                        e.1 = e.1.max(span.start_time_unix_nano);
                    }
                }
            }
        }
        spans.insert(http, "otel_traces")?;

        let mut logs = Rows::default();
        let mut events = Rows::default();
        let mut points = Rows::default();
        let mut rollups = Rows::default();
        let mut open_rollups = Rows::default();
        // Snapshots of open minutes: a later one replaces an earlier one (same key).
        let version = glassbox_core::time::now_unix_nanos();
        for batch in batches {
            for l in &batch.logs {
                logs.push(&log_row(l.get())?)?;
            }
            for e in &batch.events {
                let e = e.get();
                let json = to_json(e)?;
                events.push(&EventRow {
                    timestamp: ts(e.time_unix_nano),
                    id: record_id(&json),
                    name: &e.name,
                    project: glassbox_core::project::of(&e.properties),
                    correlation_id: &e.correlation_id,
                    trace_id: e.trace_id.map(|t| t.to_hex()).unwrap_or_default(),
                    user_id: e.user_id.as_deref().unwrap_or(""),
                    session_id: e.session_id.as_deref().unwrap_or(""),
                    thumbs: thumbs_column(e),
                    record_json: json,
                })?;
            }
            for p in &batch.metric_points {
                let p = p.get();
                let json = to_json(p)?;
                points.push(&PointRow {
                    timestamp: ts(p.time_unix_nano),
                    service_name: &p.service,
                    name: &p.name,
                    id: record_id(&json),
                    record_json: json,
                })?;
            }
            for r in &batch.rollups {
                let json = to_json(r)?;
                rollups.push(&RollupDbRow {
                    key: RollupKeyRow::of(r, &self.node),
                    row_id: record_id(&json),
                    row_json: json,
                })?;
            }
            for r in &batch.open_rollups {
                open_rollups.push(&OpenRollupDbRow {
                    key: RollupKeyRow::of(r, &self.node),
                    version,
                    row_json: to_json(r)?,
                })?;
            }
        }
        let mut parked = Rows::default();
        let now_parked = glassbox_core::time::now_unix_nanos();
        let expires = now_parked / 1_000_000_000 + self.park_window.as_secs().max(1);
        for batch in batches {
            for p in &batch.parked {
                parked.push(&ParkedRow {
                    parked_at: ts(now_parked),
                    expires_at: expires,
                    trace_id: p.trace_id.to_hex(),
                    span_id: p.span_id.to_hex(),
                    correlation_id: p.correlation_id.as_deref().unwrap_or(""),
                    body_json: to_json(p.body.get())?,
                })?;
            }
        }
        let mut topic_words = Rows::default();
        for ((project, topic, keyword, user_id), (uses, last)) in &words {
            topic_words.push(&WordRow {
                timestamp: ts(*last),
                project,
                topic,
                keyword,
                user_id,
                uses: *uses,
            })?;
        }
        logs.insert(http, "otel_logs")?;
        events.insert(http, "glassbox_events")?;
        points.insert(http, "glassbox_metric_points")?;
        rollups.insert(http, "glassbox_rollups")?;
        // After the closed rows: a reader that finds a minute closed ignores its snapshot.
        open_rollups.insert(http, "glassbox_open_rollups")?;
        topic_words.insert(http, "glassbox_topic_words")?;
        // Parked after this group's spans are in (the spans name them `not_sampled`).
        parked.insert(http, "glassbox_parked_bodies")?;

        // Bodies late signals brought back: for spans of this group that were waiting,
        // then the group's own.
        let now = Instant::now();
        self.early
            .retain(|_, (at, _)| now.duration_since(*at) < EARLY_RESTORE_TTL);
        let mut restores: Restores = Vec::new();
        for key in written {
            if let Some((_, p)) = self.early.remove(&key) {
                restores.push((key, p));
            }
        }
        restores.extend(batches.iter().flat_map(|b| {
            b.restored_bodies
                .iter()
                .map(|r| ((r.trace_id, r.span_id), r.payload.clone()))
        }));
        // Late signals: the bodies any node parked for their traces.
        let signals: Vec<&LateSignal> = batches.iter().flat_map(|b| &b.late_signals).collect();
        if !signals.is_empty() {
            restores.extend(self.parked_for(&signals)?);
        }
        if !restores.is_empty() {
            self.restore(restores)?;
        }
        Ok(())
    }

    /// The parked bodies late signals ask for (still in their window).
    fn parked_for(&self, signals: &[&LateSignal]) -> Result<Restores, StoreError> {
        let mut traces = Vec::new();
        let mut correlations = Vec::new();
        for s in signals {
            match s {
                LateSignal::Trace(t) => traces.push(t.to_hex()),
                LateSignal::Correlation(c) => correlations.push(c.clone()),
            }
        }
        let rows: Vec<ParkedJson> = self.http.rows(
            "SELECT TraceId, SpanId, BodyJson FROM glassbox_parked_bodies FINAL \
             WHERE (TraceId IN {t:Array(String)} OR CorrelationId IN {c:Array(String)}) \
             AND ExpiresAt > now()",
            &[
                ("t".into(), Param::List(traces)),
                ("c".into(), Param::List(correlations)),
            ],
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let (Ok(t), Ok(s)) = (TraceId::from_hex(&r.trace_id), SpanId::from_hex(&r.span_id))
            else {
                continue;
            };
            let body: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&r.body_json)
                    .map_err(|e| StoreError::Corrupt(format!("parked body: {e}")))?;
            out.push((
                (t, s),
                RestoredPayload::Inline(glassbox_core::Redacted::new(
                    &FromParkedRedactedBody,
                    body,
                )),
            ));
        }
        Ok(out)
    }

    /// Writes a new version of each span with its body back on; a body whose span is not
    /// stored yet waits (a while) for it.
    fn restore(
        &mut self,
        restores: Vec<((TraceId, SpanId), RestoredPayload)>,
    ) -> Result<(), StoreError> {
        let mut by_trace: BTreeMap<TraceId, Vec<(SpanId, RestoredPayload)>> = BTreeMap::new();
        for ((t, s), p) in restores {
            by_trace.entry(t).or_default().push((s, p));
        }
        let version = glassbox_core::time::now_unix_nanos();
        let mut stored_spans: Vec<Span> = Vec::new();
        for (trace, wanted) in by_trace {
            let ids: Vec<String> = wanted.iter().map(|(s, _)| s.to_hex()).collect();
            let rows: Vec<StoredSpanJson> = self.http.rows(
                "SELECT SpanJson FROM otel_traces WHERE TraceId = {t:String} AND SpanId IN {ids:Array(String)} \
                 ORDER BY Version DESC LIMIT 1 BY SpanId",
                &[("t".into(), Param::Str(trace.to_hex())), ("ids".into(), Param::List(ids))],
            )?;
            let mut found: HashMap<SpanId, Span> = HashMap::new();
            for r in rows {
                match serde_json::from_str::<Span>(&r.span_json) {
                    Ok(s) => {
                        found.insert(s.span_id, s);
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot restore a late body onto a stored span")
                    }
                }
            }
            for (span_id, payload) in wanted {
                match found.remove(&span_id) {
                    Some(mut span) => {
                        if span.attributes.get(PAYLOAD_ATTR) != Some(&AttrValue::Str(NOT_SAMPLED.into())) {
                            continue;
                        }
                        payload.apply(&mut span);
                        stored_spans.push(span);
                    }
                    None if self.early.len() < EARLY_RESTORE_MAX => {
                        self.early.insert((trace, span_id), (Instant::now(), payload));
                    }
                    None => tracing::warn!("a late-signal body arrived before its span and the wait list is full; dropped"),
                }
            }
        }
        let mut rows = Rows::default();
        for span in &stored_spans {
            rows.push(&span_row(span, version)?)?;
        }
        rows.insert(&self.http, "otel_traces")
    }
}

#[derive(Deserialize)]
struct PartitionRows {
    partition_id: String,
    rows: u64,
}

/// Tables retention trims, with their day partitions.
const RETAINED: &[&str] = &[
    "otel_traces",
    "otel_logs",
    "glassbox_events",
    "glassbox_metric_points",
    "glassbox_rollups",
    "glassbox_open_rollups",
    "glassbox_topic_words",
];

impl BatchWriter for ClickHouseWriter {
    fn write_group(&mut self, batches: &[WriteBatch]) -> Result<(), StoreError> {
        let r = self.write(batches);
        self.healthy = r.is_ok();
        r
    }

    /// Drops whole days older than the cutoff (partitions go at once, without rewriting
    /// anything); the day the cutoff falls in goes when it is entirely past. A project
    /// with a retention of its own is trimmed by lightweight deletes of its whole days
    /// instead, once a day. One node of the cluster does it at a time (a lease); the
    /// others return 0.
    fn delete_older_than(
        &mut self,
        cutoff_unix_nano: u64,
        scope: RetentionScope<'_>,
    ) -> Result<u64, StoreError> {
        if !self.lease("retention", RETENTION_LEASE)? {
            return Ok(0);
        }
        match scope {
            RetentionScope::All => self.drop_days(cutoff_unix_nano, RETAINED),
            RetentionScope::Except(_) | RetentionScope::Only(_) => {
                let mut removed = self.delete_days_of(cutoff_unix_nano, scope)?;
                if matches!(scope, RetentionScope::Except(_)) {
                    // Metric points belong to no project.
                    removed += self.drop_days(cutoff_unix_nano, &["glassbox_metric_points"])?;
                }
                Ok(removed)
            }
        }
    }

    fn is_writable(&self) -> bool {
        self.healthy
    }
}

/// How long a node holds the retention lease: it renews it on each run (every minute)
/// while it lives; another node takes over once it lapses.
const RETENTION_LEASE: Duration = Duration::from_secs(300);

#[derive(Deserialize)]
struct LeaseRow {
    holder: String,
    live: u8,
}

impl ClickHouseWriter {
    /// Takes or renews the lease `name` for `hold`; false while another node holds it.
    /// Claims are rows, the newest claim wins: two nodes claiming at once both read back
    /// the same winner.
    /// Drops the day partitions of `tables` entirely before the cutoff's day.
    fn drop_days(&self, cutoff_unix_nano: u64, tables: &[&str]) -> Result<u64, StoreError> {
        let day = cutoff_unix_nano / 86_400_000_000_000;
        let cutoff_day = civil_day(day);
        let on_cluster = super::schema::on_cluster(&self.cluster);
        let mut removed = 0;
        for table in tables {
            let parts: Vec<PartitionRows> = self.http.rows(
                "SELECT partition_id, sum(rows) AS rows FROM system.parts \
                 WHERE database = currentDatabase() AND table = {t:String} AND active \
                 AND partition_id < {day:String} GROUP BY partition_id",
                &[
                    ("t".into(), Param::Str((*table).into())),
                    ("day".into(), Param::Str(cutoff_day.clone())),
                ],
            )?;
            for p in parts {
                if p.partition_id.len() != 8 || !p.partition_id.bytes().all(|b| b.is_ascii_digit())
                {
                    continue;
                }
                self.http.execute(
                    &format!(
                        "ALTER TABLE {table}{on_cluster} DROP PARTITION ID '{}'",
                        p.partition_id
                    ),
                    &[],
                )?;
                removed += p.rows;
            }
        }
        Ok(removed)
    }

    /// Deletes the rows of a project scope from the days entirely before the cutoff's
    /// day (lightweight deletes: gone from reads at once, from disk as parts merge).
    fn delete_days_of(
        &mut self,
        cutoff_unix_nano: u64,
        scope: RetentionScope<'_>,
    ) -> Result<u64, StoreError> {
        const DAY: u64 = 86_400_000_000_000;
        let day = cutoff_unix_nano / DAY;
        let (key, cond, param) = match scope {
            RetentionScope::Only(p) => (
                format!("only {p}"),
                "if(Project = '', 'default', Project) = {p:String}",
                Param::Str(p.to_string()),
            ),
            RetentionScope::Except(list) => (
                format!("except {}", list.join(",")),
                "if(Project = '', 'default', Project) NOT IN {p:Array(String)}",
                Param::List(list.to_vec()),
            ),
            RetentionScope::All => return Ok(0),
        };
        if !self.trimmed.insert((key, day)) {
            return Ok(0);
        }
        let before_ns = day * DAY;
        let before_minute = i64::try_from(before_ns / 60_000_000_000).unwrap_or(i64::MAX);
        let params = [
            ("p".to_string(), param),
            ("t".to_string(), Param::Int(i128::from(before_ns))),
            ("m".to_string(), Param::Int(i128::from(before_minute))),
        ];
        let on_cluster = super::schema::on_cluster(&self.cluster);
        let mut removed = 0;
        for (table, old) in [
            (
                "otel_traces",
                "toUnixTimestamp64Nano(Timestamp) < {t:Int64}",
            ),
            ("otel_logs", "toUnixTimestamp64Nano(Timestamp) < {t:Int64}"),
            (
                "glassbox_events",
                "toUnixTimestamp64Nano(Timestamp) < {t:Int64}",
            ),
            (
                "glassbox_topic_words",
                "toUnixTimestamp64Nano(Timestamp) < {t:Int64}",
            ),
            ("glassbox_rollups", "Minute < {m:Int64}"),
            ("glassbox_open_rollups", "Minute < {m:Int64}"),
        ] {
            #[derive(Deserialize)]
            struct Count {
                n: u64,
            }
            let n: Vec<Count> = self.http.rows(
                &format!("SELECT count() AS n FROM {table} WHERE {old} AND {cond}"),
                &params,
            )?;
            let n = n.first().map_or(0, |c| c.n);
            if n > 0 {
                self.http.execute(
                    &format!("DELETE FROM {table}{on_cluster} WHERE {old} AND {cond}"),
                    &params,
                )?;
                removed += n;
            }
        }
        Ok(removed)
    }

    pub(super) fn lease(&self, name: &str, hold: Duration) -> Result<bool, StoreError> {
        let read = || -> Result<Option<LeaseRow>, StoreError> {
            let rows: Vec<LeaseRow> = self.http.rows(
                "SELECT argMax(Holder, Until) AS holder, max(Until) > now64(3) AS live \
                 FROM glassbox_leases WHERE Name = {n:String} HAVING count() > 0",
                &[("n".into(), Param::Str(name.into()))],
            )?;
            Ok(rows.into_iter().next())
        };
        if let Some(l) = read()? {
            if l.live == 1 && l.holder != self.node {
                return Ok(false);
            }
        }
        let until_ms = glassbox_core::time::now_unix_nanos() / 1_000_000
            + u64::try_from(hold.as_millis()).unwrap_or(u64::MAX);
        let row = serde_json::json!({
            "Name": name,
            "Holder": self.node,
            "Until": format!("{}.{:03}", until_ms / 1000, until_ms % 1000),
        });
        let mut body = serde_json::to_vec(&row).map_err(|e| StoreError::Backend(e.to_string()))?;
        body.push(b'\n');
        self.http.insert("glassbox_leases", body, None)?;
        Ok(read()?.is_some_and(|l| l.holder == self.node))
    }
}

/// `YYYYMMDD` of a day counted from 1970-01-01 (the partition id of `toDate`).
fn civil_day(days: u64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}{m:02}{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_partition_ids() {
        assert_eq!(civil_day(0), "19700101");
        assert_eq!(civil_day(19_676), "20231115");
        assert_eq!(civil_day(20_794), "20261207");
    }

    #[test]
    fn timestamps_keep_every_nanosecond() {
        assert_eq!(ts(1_700_000_000_123_456_789), "1700000000.123456789");
        assert_eq!(ts(5), "0.000000005");
    }
}
