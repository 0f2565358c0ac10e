//! `GET /api/export/{traces,logs,events}?format=jsonl|csv|otlp&…filters`: everything a
//! filter matches, streamed page by page (memory stays flat whatever the size).
//!
//! ```text
//!   filters ─> blocking task: page through the store ─> rows in the format ─> 64 KiB chunks
//!                                                                     ─> channel ─> response body
//! ```
//!
//! The unit is the span for traces (JSONL: one span per line; CSV: one row per span with
//! its trace's columns; OTLP: one `ExportTraceServiceRequest` per trace and line, as the
//! Collector's file exporter writes them), the record for logs and events (OTLP: one
//! `ExportLogsServiceRequest` per page and line; events become log records with their
//! `eventName`). A store error after the first bytes aborts the body, so a client sees an
//! incomplete transfer instead of a file that looks complete.

use std::collections::HashMap;
use std::io::Write;

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use glassbox_core::{AttrValue, Span};
use glassbox_store::{ReadStore, StoreError};
use tokio::sync::mpsc;

use super::params::SearchParams;
use crate::error::ApiError;
use crate::AppState;

/// Records asked from the store per page.
const PAGE: usize = 200;
/// Bytes gathered before a chunk goes out.
const CHUNK: usize = 64 * 1024;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Jsonl,
    Csv,
    Otlp,
}

impl Format {
    fn parse(p: &SearchParams<'_>) -> Result<Self, ApiError> {
        match p.text("format").as_deref() {
            None | Some("jsonl") | Some("ndjson") => Ok(Format::Jsonl),
            Some("csv") => Ok(Format::Csv),
            Some("otlp") | Some("otlp-json") => Ok(Format::Otlp),
            Some(other) => Err(ApiError::bad_param(
                "format",
                format!("`{other}` is not an export format: use jsonl, csv or otlp"),
            )),
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Jsonl | Format::Otlp => "application/x-ndjson",
            Format::Csv => "text/csv; charset=utf-8",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Otlp => "otlp.jsonl",
        }
    }
}

/// `max=`: at most this many traces, logs or events (default: all).
fn max_records(p: &SearchParams<'_>) -> Result<u64, ApiError> {
    match p.text("max") {
        None => Ok(u64::MAX),
        Some(s) => match s.parse::<u64>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(ApiError::bad_param(
                "max",
                format!("`{s}` is not a record count: give a positive whole number"),
            )),
        },
    }
}

/// The response body's writer: gathers bytes and sends them as chunks. A send that
/// fails (the client went away) fails the write, which ends the export.
struct ChunkSink {
    buf: Vec<u8>,
    tx: mpsc::Sender<Result<Bytes, std::io::Error>>,
}

impl ChunkSink {
    fn send(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client went away"))
    }
}

impl Write for ChunkSink {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.send()
    }
}

/// Why an export stopped early.
enum Stop {
    /// The client went away: nothing to report.
    Gone,
    /// The store or the encoder failed: the body is aborted with this.
    Failed(String),
}

impl From<std::io::Error> for Stop {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Stop::Gone
        } else {
            Stop::Failed(e.to_string())
        }
    }
}

impl From<StoreError> for Stop {
    fn from(e: StoreError) -> Self {
        Stop::Failed(e.to_string())
    }
}

impl From<csv::Error> for Stop {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Stop::from(io),
            other => Stop::Failed(format!("{other:?}")),
        }
    }
}

impl From<serde_json::Error> for Stop {
    fn from(e: serde_json::Error) -> Self {
        Stop::Failed(e.to_string())
    }
}

/// Runs `produce` on the blocking pool, streaming what it writes as the response body.
fn stream(
    state: &AppState,
    what: &str,
    format: Format,
    produce: impl FnOnce(&dyn ReadStore, &mut ChunkSink) -> Result<(), Stop> + Send + 'static,
) -> Response {
    let (tx, mut rx) = mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let reader = state.reader.clone();
    tokio::task::spawn_blocking(move || {
        let mut sink = ChunkSink {
            buf: Vec::with_capacity(CHUNK),
            tx: tx.clone(),
        };
        let outcome = produce(&*reader, &mut sink).and_then(|()| Ok(sink.send()?));
        if let Err(Stop::Failed(message)) = outcome {
            tracing::warn!(%message, "export stopped");
            let _ = tx.blocking_send(Err(std::io::Error::other(message)));
        }
    });
    let body = Body::from_stream(futures::stream::poll_fn(move |cx| rx.poll_recv(cx)));
    let stamp = glassbox_core::time::now_unix_nanos() / 1_000_000_000;
    (
        [
            (header::CONTENT_TYPE, format.content_type().to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"glassbox-{what}-{stamp}.{}\"",
                    format.extension()
                ),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

/// Writes one CSV record (quoted as needed) to `out`.
fn csv_record<I, T>(out: &mut impl Write, fields: I) -> Result<(), Stop>
where
    I: IntoIterator<Item = T>,
    T: AsRef<[u8]>,
{
    let mut w = csv::WriterBuilder::new()
        .buffer_capacity(1024)
        .from_writer(Vec::new());
    w.write_record(fields)?;
    let line = w.into_inner().map_err(|e| Stop::Failed(e.to_string()))?;
    out.write_all(&line)?;
    Ok(())
}

/// RFC 3339 time in UTC with nanoseconds.
fn rfc3339(unix_nano: u64) -> String {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_nanos(unix_nano);
    humantime::format_rfc3339_nanos(t).to_string()
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

fn attr_text(v: &AttrValue) -> String {
    match v {
        AttrValue::Str(s) => s.clone(),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

const SPAN_COLUMNS: [&str; 21] = [
    "trace_id",
    "span_id",
    "parent_span_id",
    "name",
    "service",
    "kind",
    "start_time",
    "start_time_unix_nano",
    "duration_ms",
    "status",
    "status_message",
    "operation",
    "request_model",
    "response_model",
    "input_tokens",
    "output_tokens",
    "cost_usd",
    "answer_flags",
    "correlation_id",
    "user_id",
    "session_id",
];

fn span_row(s: &Span) -> Vec<String> {
    let g = s.gen_ai.clone().unwrap_or_default();
    let num = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    vec![
        s.trace_id.to_hex(),
        s.span_id.to_hex(),
        s.parent_span_id.map(|p| p.to_hex()).unwrap_or_default(),
        s.name.clone(),
        s.service.clone(),
        serde_json::to_value(s.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        rfc3339(s.start_time_unix_nano),
        s.start_time_unix_nano.to_string(),
        format!("{:.3}", s.duration_ns() as f64 / 1e6),
        serde_json::to_value(s.status.code)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        s.status.message.clone(),
        opt(&g.operation).to_string(),
        opt(&g.request_model).to_string(),
        opt(&g.response_model).to_string(),
        num(g.input_tokens),
        num(g.output_tokens),
        s.cost_usd().map(|c| format!("{c:.6}")).unwrap_or_default(),
        s.answer_flags().collect::<Vec<_>>().join(" "),
        s.correlation_id.clone(),
        opt(&s.user_id).to_string(),
        opt(&s.session_id).to_string(),
    ]
}

/// `GET /api/export/traces?format=&max=&…` (the filters of `/api/traces`).
pub async fn traces(
    State(state): State<AppState>,
    access: super::Access,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = SearchParams(&q);
    p.only(&[super::traces::FILTER_PARAMS, &["format", "max"]].concat())?;
    let format = Format::parse(&p)?;
    let max = max_records(&p)?;
    let mut filter = super::traces::filter(&state, &p)?;
    filter.projects = access.projects();
    filter.limit = PAGE;
    Ok(stream(&state, "traces", format, move |r, out| {
        if format == Format::Csv {
            csv_record(out, SPAN_COLUMNS)?;
        }
        let mut done = 0u64;
        loop {
            let page = r.search_traces(&filter)?;
            for t in &page.traces {
                if done == max {
                    break;
                }
                done += 1;
                let spans = access.spans(r.get_trace(t.trace_id)?);
                match format {
                    Format::Jsonl => {
                        for s in &spans {
                            serde_json::to_writer(&mut *out, s)?;
                            out.write_all(b"\n")?;
                        }
                    }
                    Format::Otlp => {
                        serde_json::to_writer(&mut *out, &glassbox_otlp::traces_request(&spans))?;
                        out.write_all(b"\n")?;
                    }
                    Format::Csv => {
                        for s in &spans {
                            csv_record(out, span_row(s))?;
                        }
                    }
                }
            }
            match page.next_cursor {
                Some(c) if done < max => filter.cursor = Some(c),
                _ => break,
            }
        }
        Ok(())
    }))
}

/// A page of records after a cursor, and the cursor after it.
type Page<R> = Result<(Vec<R>, Option<String>), StoreError>;

/// Pages of records, fetched by cursor, written in `format`: JSONL a record per line,
/// OTLP one request per page and line, CSV a row per record under `columns`.
struct Records<'a, R> {
    format: Format,
    max: u64,
    columns: &'a [&'a str],
    /// The page after a cursor, and the cursor after it.
    fetch: &'a mut dyn FnMut(Option<String>) -> Page<R>,
    /// One OTLP/JSON export request for a page.
    otlp: &'a dyn Fn(&[R]) -> serde_json::Value,
    /// One CSV row.
    row: &'a dyn Fn(&R) -> Result<Vec<String>, Stop>,
}

impl<R: serde::Serialize> Records<'_, R> {
    fn write(self, out: &mut ChunkSink) -> Result<(), Stop> {
        if self.format == Format::Csv {
            csv_record(out, self.columns)?;
        }
        let (mut done, mut cursor) = (0u64, None);
        loop {
            let (mut page, next) = (self.fetch)(cursor)?;
            page.truncate(usize::try_from(self.max - done).unwrap_or(usize::MAX));
            done += page.len() as u64;
            match self.format {
                Format::Jsonl => {
                    for r in &page {
                        serde_json::to_writer(&mut *out, r)?;
                        out.write_all(b"\n")?;
                    }
                }
                Format::Otlp if !page.is_empty() => {
                    serde_json::to_writer(&mut *out, &(self.otlp)(&page))?;
                    out.write_all(b"\n")?;
                }
                Format::Otlp => {}
                Format::Csv => {
                    for r in &page {
                        csv_record(out, (self.row)(r)?)?;
                    }
                }
            }
            match next {
                Some(c) if done < self.max => cursor = Some(c),
                _ => return Ok(()),
            }
        }
    }
}

const LOG_COLUMNS: [&str; 14] = [
    "id",
    "time",
    "time_unix_nano",
    "severity_number",
    "severity_text",
    "service",
    "event_name",
    "body",
    "trace_id",
    "span_id",
    "correlation_id",
    "user_id",
    "session_id",
    "attributes",
];

fn log_row(l: &glassbox_store::StoredLog) -> Result<Vec<String>, Stop> {
    let rec = &l.record;
    Ok(vec![
        l.id.to_string(),
        rfc3339(rec.time_unix_nano),
        rec.time_unix_nano.to_string(),
        rec.severity_number.to_string(),
        rec.severity_text.clone(),
        rec.service.clone(),
        rec.event_name.clone(),
        rec.body.as_ref().map(attr_text).unwrap_or_default(),
        rec.trace_id.map(|t| t.to_hex()).unwrap_or_default(),
        rec.span_id.map(|s| s.to_hex()).unwrap_or_default(),
        rec.correlation_id.clone(),
        opt(&rec.user_id).to_string(),
        opt(&rec.session_id).to_string(),
        serde_json::to_string(&rec.attributes)?,
    ])
}

/// `GET /api/export/logs?format=&max=&…` (the filters of `/api/logs`).
pub async fn logs(
    State(state): State<AppState>,
    access: super::Access,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = SearchParams(&q);
    p.only(&[super::logs::FILTER_PARAMS, &["format", "max"]].concat())?;
    let format = Format::parse(&p)?;
    let max = max_records(&p)?;
    let mut filter = super::logs::filter(&state, &p)?;
    filter.projects = access.projects();
    filter.limit = PAGE;
    Ok(stream(&state, "logs", format, move |r, out| {
        Records {
            format,
            max,
            columns: &LOG_COLUMNS,
            fetch: &mut |cursor| {
                filter.cursor = cursor;
                let page = r.search_logs(&filter)?;
                Ok((page.logs, page.next_cursor))
            },
            otlp: &|page| {
                let records: Vec<_> = page.iter().map(|l| l.record.clone()).collect();
                glassbox_otlp::logs_request(&records)
            },
            row: &log_row,
        }
        .write(out)
    }))
}

const EVENT_COLUMNS: [&str; 11] = [
    "id",
    "time",
    "time_unix_nano",
    "name",
    "value",
    "comment",
    "correlation_id",
    "trace_id",
    "session_id",
    "user_id",
    "properties",
];

fn event_row(e: &glassbox_store::StoredEvent) -> Result<Vec<String>, Stop> {
    let ev = &e.event;
    Ok(vec![
        e.id.to_string(),
        rfc3339(ev.time_unix_nano),
        ev.time_unix_nano.to_string(),
        ev.name.clone(),
        ev.value.map(|v| v.to_string()).unwrap_or_default(),
        opt(&ev.comment).to_string(),
        ev.correlation_id.clone(),
        ev.trace_id.map(|t| t.to_hex()).unwrap_or_default(),
        opt(&ev.session_id).to_string(),
        opt(&ev.user_id).to_string(),
        serde_json::to_string(&ev.properties)?,
    ])
}

/// `GET /api/export/events?format=&max=&…` (the filters of `GET /api/events`).
pub async fn events(
    State(state): State<AppState>,
    access: super::Access,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = SearchParams(&q);
    p.only(&[super::events::FILTER_PARAMS, &["format", "max"]].concat())?;
    let format = Format::parse(&p)?;
    let max = max_records(&p)?;
    let mut filter = super::events::filter(&state, &p)?;
    filter.projects = access.projects();
    filter.limit = PAGE;
    Ok(stream(&state, "events", format, move |r, out| {
        Records {
            format,
            max,
            columns: &EVENT_COLUMNS,
            fetch: &mut |cursor| {
                filter.cursor = cursor;
                let page = r.search_events(&filter)?;
                Ok((page.events, page.next_cursor))
            },
            otlp: &|page| {
                let events: Vec<_> = page.iter().map(|e| e.event.clone()).collect();
                glassbox_otlp::events_request(&events)
            },
            row: &event_row,
        }
        .write(out)
    }))
}
