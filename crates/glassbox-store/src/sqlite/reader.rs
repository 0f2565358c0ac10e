//! Read side of the SQLite backend: trace lookup and search, logs and events,
//! investigation; and the API's rare writes on their own connection (readiness probe,
//! erasure of a data subject). Sessions are in `sessions`, full-text search in `search`.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Mutex;

use glassbox_core::{Event, LogRecord, Span, TraceId};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use super::writer::split_models;
use super::{block_ids, decode_block, ReadPool};
use crate::timeline::{self, IdColumn, TimelineSource};
use crate::{Eraser, ErasureReport, BLOB_SCHEME};
use crate::{
    EventFilter, EventPage, FeedbackFilter, Investigation, LogFilter, LogPage, LogReader,
    SessionDetail, SessionFilter, SessionPage, SessionStats, StoreError, StoredEvent, StoredLog,
    TimelineReader, TraceFilter, TracePage, TraceReader, TraceSummary, WriteProbe,
};

/// Reads the SQLite store through a small pool of read-only connections.
pub struct SqliteReader {
    pub(super) pool: ReadPool,
}

impl SqliteReader {
    pub(super) fn new(path: PathBuf) -> Self {
        Self {
            pool: ReadPool {
                path,
                idle: Mutex::new(Vec::new()),
            },
        }
    }

    /// Writes the health-probe row through a fresh read-write connection: succeeds only
    /// when the database can be written now (disk not full, file and directory
    /// writable, the write lock obtainable within two seconds).
    pub fn probe_write(&self) -> Result<(), StoreError> {
        let conn = self.write_conn(std::time::Duration::from_secs(2))?;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        conn.execute(
            "INSERT INTO health_probe (id, at_ns) VALUES (1, ?1) \
             ON CONFLICT(id) DO UPDATE SET at_ns = excluded.at_ns",
            params![now],
        )?;
        Ok(())
    }

    /// A read-write connection for the rare writes the API makes (readiness probe,
    /// erasure); the pipeline's writer keeps its own.
    fn write_conn(&self, busy: std::time::Duration) -> Result<Connection, StoreError> {
        let conn = Connection::open_with_flags(
            &self.pool.path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(busy)?;
        Ok(conn)
    }

    fn with_conn<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let conn = self.pool.get()?;
        let out = f(&conn);
        self.pool.put(conn);
        out
    }
}

/// Feedback events that belong to the `traces` row in scope: given in its project on its
/// trace id, or on its correlation id without a trace id (the events API accepts either).
macro_rules! feedback_of_trace {
    ($($cond:tt)*) => {
        concat!(
            "(SELECT count(*) FROM events e WHERE e.name = 'feedback' AND e.project = traces.project AND (e.trace_id = traces.trace_id \
             OR (e.trace_id IS NULL AND traces.correlation_id <> '' AND e.correlation_id = traces.correlation_id)) AND ",
            $($cond)*,
            ")"
        )
    };
}

/// A thumbs feedback event `e` with value `$v` (1 up, 0 down).
macro_rules! thumbs {
    ($v:literal) => {
        concat!(
            "json_extract(e.data, '$.properties.\"feedback.type\"') = 'thumbs' AND json_extract(e.data, '$.value') = ",
            $v
        )
    };
}

const TRACE_COLUMNS: &str = concat!(
    "trace_id, start_ns, end_ns, root_name, root_service, span_count, error_count, \
     correlation_id, user_id, session_id, models, input_tokens, output_tokens, answer_flags, cost_usd, ",
    feedback_of_trace!(thumbs!("1")),
    ", ",
    feedback_of_trace!(thumbs!("0")),
    ", topic, project",
);

fn trace_row(r: &Row<'_>) -> rusqlite::Result<(Vec<u8>, TraceSummaryParts)> {
    Ok((
        r.get(0)?,
        TraceSummaryParts {
            start: r.get(1)?,
            end: r.get(2)?,
            root_name: r.get(3)?,
            service: r.get(4)?,
            span_count: r.get(5)?,
            error_count: r.get(6)?,
            correlation_id: r.get(7)?,
            user_id: r.get(8)?,
            session_id: r.get(9)?,
            models: r.get(10)?,
            input_tokens: r.get(11)?,
            output_tokens: r.get(12)?,
            answer_flags: r.get(13)?,
            cost_usd: r.get(14)?,
            feedback_up: r.get(15)?,
            feedback_down: r.get(16)?,
            topic: r.get(17)?,
            project: r.get(18)?,
        },
    ))
}

struct TraceSummaryParts {
    start: i64,
    end: i64,
    root_name: String,
    service: String,
    span_count: i64,
    error_count: i64,
    correlation_id: String,
    user_id: Option<String>,
    session_id: Option<String>,
    models: String,
    input_tokens: i64,
    output_tokens: i64,
    answer_flags: String,
    cost_usd: f64,
    feedback_up: i64,
    feedback_down: i64,
    topic: Option<String>,
    project: String,
}

fn to_summary(id: &[u8], p: TraceSummaryParts) -> Result<TraceSummary, StoreError> {
    let trace_id = TraceId::from_bytes(id).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let start = p.start.max(0) as u64;
    let end = p.end.max(0) as u64;
    Ok(TraceSummary {
        trace_id,
        root_name: p.root_name,
        service: p.service,
        start_time_unix_nano: start,
        duration_ns: end.saturating_sub(start),
        span_count: p.span_count.max(0) as u64,
        error_count: p.error_count.max(0) as u64,
        error: p.error_count > 0,
        correlation_id: p.correlation_id,
        user_id: p.user_id,
        session_id: p.session_id,
        models: split_models(&p.models),
        input_tokens: p.input_tokens,
        output_tokens: p.output_tokens,
        answer_flags: split_models(&p.answer_flags),
        cost_usd: p.cost_usd,
        feedback_up: p.feedback_up.max(0) as u64,
        feedback_down: p.feedback_down.max(0) as u64,
        topic: p.topic,
        project: p.project,
    })
}

pub(super) fn query_traces(
    conn: &Connection,
    where_sql: &str,
    args: Vec<Value>,
    limit: usize,
) -> Result<Vec<TraceSummary>, StoreError> {
    let sql = format!(
        "SELECT {TRACE_COLUMNS} FROM traces WHERE {where_sql} ORDER BY start_ns DESC, trace_id DESC LIMIT {limit}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args), trace_row)?;
    let mut out = Vec::new();
    for row in rows {
        let (id, parts) = row?;
        out.push(to_summary(&id, parts)?);
    }
    Ok(out)
}

fn spans_of(conn: &Connection, trace_id: TraceId) -> Result<Vec<Span>, StoreError> {
    let key = &trace_id.as_bytes()[..];
    let blocks: Option<Vec<u8>> = conn
        .prepare_cached("SELECT blocks FROM traces WHERE trace_id = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    let mut spans = Vec::new();
    let Some(blocks) = blocks else {
        return Ok(spans);
    };
    let mut block =
        conn.prepare_cached("SELECT data FROM span_blocks WHERE id = ?1 AND trace_id = ?2")?;
    for id in block_ids(&blocks) {
        let Some(data) = block
            .query_row(params![id, key], |r| r.get::<_, Vec<u8>>(0))
            .optional()?
        else {
            continue;
        };
        for mut span in decode_block(&data)? {
            glassbox_core::semconv::fill_messages(&mut span);
            spans.push(span);
        }
    }
    spans.sort_by_key(|s| (s.start_time_unix_nano, s.span_id));
    Ok(spans)
}

pub(super) fn encode_cursor(a: i64, b: &str) -> String {
    format!("{a}.{b}")
}

/// `SELECT id, data` of a time-ordered table (`logs`, `events`) matching `w`, newest first,
/// after a cursor of [`cut_page`], one row more than `limit` (to know whether a next page
/// exists).
pub(super) fn newest_rows_sql(
    table: &str,
    w: &mut Where,
    cursor: Option<&str>,
    limit: usize,
) -> Result<String, StoreError> {
    if let Some(c) = cursor {
        let (time, id) = decode_cursor(c)?;
        let id: i64 = id.parse().map_err(|_| {
            StoreError::InvalidQuery("cursor: not a cursor returned by this API".into())
        })?;
        w.after("time_ns", "id", time, Value::Integer(id));
    }
    Ok(format!(
        "SELECT id, data FROM {table} WHERE {} ORDER BY time_ns DESC, id DESC LIMIT {}",
        w.sql(),
        limit + 1
    ))
}

/// Keeps the first `limit` rows of a page fetched with one extra; when there was one, the
/// cursor after the last row kept (`key` gives its time and tie-breaker).
pub(crate) fn cut_page<T>(
    rows: &mut Vec<T>,
    limit: usize,
    key: impl Fn(&T) -> (u64, String),
) -> Option<String> {
    if rows.len() <= limit {
        return None;
    }
    rows.truncate(limit);
    rows.last().map(|r| {
        let (time, tie) = key(r);
        encode_cursor(i64::try_from(time).unwrap_or(i64::MAX), &tie)
    })
}

pub(crate) fn decode_cursor(c: &str) -> Result<(i64, String), StoreError> {
    let (a, b) = c.split_once('.').ok_or_else(|| {
        StoreError::InvalidQuery("cursor: not a cursor returned by this API".into())
    })?;
    let a = a.parse().map_err(|_| {
        StoreError::InvalidQuery("cursor: not a cursor returned by this API".into())
    })?;
    Ok((a, b.to_string()))
}

/// A `WHERE` clause built from optional filters, with numbered parameters.
#[derive(Default)]
pub(super) struct Where {
    pub(super) clauses: Vec<String>,
    pub(super) args: Vec<Value>,
}

impl Where {
    /// Adds `clause`, whose `?` is the next parameter `v`.
    pub(super) fn push(&mut self, clause: &str, v: Value) {
        self.args.push(v);
        self.clauses
            .push(clause.replace('?', &format!("?{}", self.args.len())));
    }

    /// `column = value` when the filter is set.
    pub(super) fn eq(&mut self, column: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.push(&format!("{column} = ?"), Value::Text(v.clone()));
        }
    }

    /// `column IN (values…)` when any value is given.
    pub(super) fn any(&mut self, column: &str, values: &[String]) {
        if values.is_empty() {
            return;
        }
        let mut marks = Vec::with_capacity(values.len());
        for v in values {
            self.args.push(Value::Text(v.clone()));
            marks.push(format!("?{}", self.args.len()));
        }
        self.clauses
            .push(format!("{column} IN ({})", marks.join(", ")));
    }

    /// `project IN (…)` when the query is limited to projects (none at all: no row).
    pub(super) fn projects(&mut self, projects: &Option<Vec<String>>) {
        self.projects_of("project", projects);
    }

    /// [`Where::projects`] on a qualified column (`traces.project` in a join).
    pub(super) fn projects_of(&mut self, column: &str, projects: &Option<Vec<String>>) {
        match projects {
            None => {}
            Some(list) if list.is_empty() => self.clauses.push("0".into()),
            Some(list) => self.any(column, list),
        }
    }

    /// `clause` with an integer parameter when set.
    pub(super) fn int(&mut self, clause: &str, value: Option<u64>) {
        if let Some(v) = value {
            self.push(clause, Value::Integer(i64::try_from(v).unwrap_or(i64::MAX)));
        }
    }

    /// Keyset paging: rows strictly after `(time, key)` in descending order.
    pub(super) fn after(&mut self, time_col: &str, key_col: &str, time: i64, key: Value) {
        self.args.push(Value::Integer(time));
        self.args.push(key);
        let (a, b) = (self.args.len() - 1, self.args.len());
        self.clauses.push(format!(
            "({time_col} < ?{a} OR ({time_col} = ?{a} AND {key_col} < ?{b}))"
        ));
    }

    pub(super) fn sql(&self) -> String {
        if self.clauses.is_empty() {
            "1".into()
        } else {
            self.clauses.join(" AND ")
        }
    }
}

impl TraceReader for SqliteReader {
    fn get_trace(&self, trace_id: TraceId) -> Result<Vec<Span>, StoreError> {
        self.with_conn(|c| spans_of(c, trace_id))
    }

    fn traces_with_prefix(
        &self,
        hex_prefix: &str,
        limit: usize,
    ) -> Result<Vec<TraceId>, StoreError> {
        let p = hex_prefix.to_ascii_lowercase();
        if !(8..32).contains(&p.len()) || !p.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::InvalidQuery(format!(
                "`{hex_prefix}` is not a trace id prefix: give 8 to 31 hex digits"
            )));
        }
        // The ids that start with the prefix are the range [prefix000…, prefixfff…].
        let bound = |fill: char| {
            let mut h = p.clone();
            h.extend(std::iter::repeat_n(fill, 32 - p.len()));
            hex::decode(h).map_err(|e| StoreError::InvalidQuery(e.to_string()))
        };
        let (lo, hi) = (bound('0')?, bound('f')?);
        self.with_conn(|c| {
            let mut q = c.prepare_cached(
                "SELECT trace_id FROM traces WHERE trace_id BETWEEN ?1 AND ?2 LIMIT ?3",
            )?;
            let rows = q.query_map(
                params![lo, hi, i64::try_from(limit).unwrap_or(i64::MAX)],
                |r| r.get::<_, Vec<u8>>(0),
            )?;
            let mut out = Vec::new();
            for r in rows {
                if let Ok(id) = TraceId::from_bytes(&r?) {
                    out.push(id);
                }
            }
            Ok(out)
        })
    }

    fn search_traces(&self, f: &TraceFilter) -> Result<TracePage, StoreError> {
        let mut w = Where::default();
        w.projects(&f.projects);
        w.eq("root_service", &f.service);
        w.eq("correlation_id", &f.correlation_id);
        w.any("user_id", &f.user_ids);
        w.eq("session_id", &f.session_id);
        if let Some(m) = &f.model {
            w.push("models_match(models, ?)", Value::Text(m.clone()));
        }
        w.eq("topic", &f.topic);
        if let Some(flag) = &f.flag {
            w.push(
                "('\n' || answer_flags || '\n') LIKE ('%' || char(10) || ? || char(10) || '%')",
                Value::Text(flag.clone()),
            );
        }
        if let Some(fb) = f.feedback {
            w.clauses.push(
                match fb {
                    FeedbackFilter::Up => concat!(feedback_of_trace!(thumbs!("1")), " > 0"),
                    FeedbackFilter::Down => concat!(feedback_of_trace!(thumbs!("0")), " > 0"),
                    FeedbackFilter::Any => concat!(feedback_of_trace!("1"), " > 0"),
                    FeedbackFilter::None => concat!(feedback_of_trace!("1"), " = 0"),
                }
                .into(),
            );
        }
        w.int("(end_ns - start_ns) >= ?", f.min_duration_ns);
        w.int("start_ns >= ?", f.start_from_ns);
        w.int("start_ns < ?", f.start_to_ns);
        match f.error {
            Some(true) => w.clauses.push("error_count > 0".into()),
            Some(false) => w.clauses.push("error_count = 0".into()),
            None => {}
        }
        if let Some(q) = &f.text {
            let limit = f.limit.clamp(1, 1000);
            let (traces, next_cursor) =
                self.with_conn(|c| super::search::search(c, q, &w, f.cursor.as_deref(), limit))?;
            return Ok(TracePage {
                traces,
                next_cursor,
            });
        }
        if let Some(c) = &f.cursor {
            let (start, tid) = decode_cursor(c)?;
            let tid = TraceId::from_hex(&tid).map_err(|_| {
                StoreError::InvalidQuery("cursor: not a cursor returned by this API".into())
            })?;
            w.after(
                "start_ns",
                "trace_id",
                start,
                Value::Blob(tid.as_bytes().to_vec()),
            );
        }
        let limit = f.limit.clamp(1, 1000);
        let where_sql = w.sql();
        let mut traces = self.with_conn(|c| query_traces(c, &where_sql, w.args, limit + 1))?;
        let next_cursor = cut_page(&mut traces, limit, |t| {
            (t.start_time_unix_nano, t.trace_id.to_hex())
        });
        Ok(TracePage {
            traces,
            next_cursor,
        })
    }

    fn search_sessions(&self, f: &SessionFilter) -> Result<SessionPage, StoreError> {
        self.with_conn(|c| super::sessions::search(c, f))
    }

    fn session_stats(&self, f: &SessionFilter) -> Result<SessionStats, StoreError> {
        self.with_conn(|c| super::sessions::window_stats(c, f))
    }

    fn get_session(&self, session_id: &str) -> Result<Option<SessionDetail>, StoreError> {
        self.with_conn(|c| super::sessions::get(c, session_id))
    }

    fn topics(&self, f: &crate::TopicFilter) -> Result<Vec<crate::TopicSummary>, StoreError> {
        self.with_conn(|c| super::topics::topics(c, f))
    }
}

/// Rows of `(id, json)` decoded into records.
fn json_rows<T: serde::de::DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    args: Vec<Value>,
) -> Result<Vec<(i64, T)>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params_from_iter(args), |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, json) = row?;
        let record = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        out.push((id, record));
    }
    Ok(out)
}

fn log_rows(conn: &Connection, sql: &str, args: Vec<Value>) -> Result<Vec<StoredLog>, StoreError> {
    Ok(json_rows::<LogRecord>(conn, sql, args)?
        .into_iter()
        .map(|(id, record)| StoredLog { id, record })
        .collect())
}

pub(super) fn event_rows(
    conn: &Connection,
    sql: &str,
    args: Vec<Value>,
) -> Result<Vec<StoredEvent>, StoreError> {
    Ok(json_rows::<Event>(conn, sql, args)?
        .into_iter()
        .map(|(id, event)| StoredEvent { id, event })
        .collect())
}

impl LogReader for SqliteReader {
    fn search_logs(&self, f: &LogFilter) -> Result<LogPage, StoreError> {
        let mut w = Where::default();
        w.projects(&f.projects);
        if let Some(t) = &f.text {
            w.push("instr(lower(data), lower(?)) > 0", Value::Text(t.clone()));
        }
        w.eq("service", &f.service);
        if let Some(s) = f.min_severity {
            w.push("severity >= ?", Value::Integer(i64::from(s)));
        }
        if let Some(t) = f.trace_id {
            w.push("trace_id = ?", Value::Blob(t.as_bytes().to_vec()));
        }
        w.eq("correlation_id", &f.correlation_id);
        w.any("user_id", &f.user_ids);
        w.eq("session_id", &f.session_id);
        w.eq("event_name", &f.event_name);
        if let Some(m) = &f.model {
            // A call's log names the model asked for and the one that answered.
            w.push(
                "models_match(coalesce(json_extract(data, '$.attributes.model'), '') || char(10) || \
                 coalesce(json_extract(data, '$.attributes.model_version'), ''), ?)",
                Value::Text(m.clone()),
            );
        }
        if let Some(topic) = &f.topic {
            w.push(
                "json_extract(data, '$.attributes.\"gen_ai.prompt.topic\"') = ?",
                Value::Text(topic.clone()),
            );
        }
        if let Some(flag) = &f.flag {
            w.push(
                "EXISTS (SELECT 1 FROM json_each(data, '$.attributes.\"answer.flags\"') WHERE value = ?)",
                Value::Text(flag.clone()),
            );
        }
        w.int("time_ns >= ?", f.from_ns);
        w.int("time_ns < ?", f.to_ns);
        let limit = f.limit.clamp(1, 1000);
        let sql = newest_rows_sql("logs", &mut w, f.cursor.as_deref(), limit)?;
        let mut logs = self.with_conn(|c| log_rows(c, &sql, w.args))?;
        let next_cursor = cut_page(&mut logs, limit, |l| {
            (l.record.time_unix_nano, l.id.to_string())
        });
        Ok(LogPage { logs, next_cursor })
    }

    fn search_events(&self, f: &EventFilter) -> Result<EventPage, StoreError> {
        self.with_conn(|conn| {
            let mut w = Where::default();
            w.projects(&f.projects);
            w.eq("name", &f.name);
            w.eq("correlation_id", &f.correlation_id);
            if let Some(t) = f.trace_id {
                w.push("trace_id = ?", Value::Blob(t.as_bytes().to_vec()));
            }
            w.any("user_id", &f.user_ids);
            w.eq("session_id", &f.session_id);
            w.int("time_ns >= ?", f.from_ns);
            w.int("time_ns < ?", f.to_ns);
            let limit = f.limit.clamp(1, 1000);
            let sql = newest_rows_sql("events", &mut w, f.cursor.as_deref(), limit)?;
            let mut events = event_rows(conn, &sql, w.args)?;
            let next_cursor = cut_page(&mut events, limit, |e| {
                (e.event.time_unix_nano, e.id.to_string())
            });
            Ok(EventPage {
                events,
                next_cursor,
            })
        })
    }
}

/// The investigation's lookups on one connection.
struct ConnTimeline<'a>(&'a Connection);

impl ConnTimeline<'_> {
    /// The column and argument of an id; `None` for a trace id that is not one.
    fn id(column: IdColumn, value: &str) -> Option<(&'static str, Value)> {
        Some(match column {
            IdColumn::Trace => (
                "trace_id",
                Value::Blob(TraceId::from_hex(value).ok()?.as_bytes().to_vec()),
            ),
            IdColumn::Correlation => ("correlation_id", Value::Text(value.to_string())),
            IdColumn::User => ("user_id", Value::Text(value.to_string())),
            IdColumn::Session => ("session_id", Value::Text(value.to_string())),
        })
    }
}

impl TimelineSource for ConnTimeline<'_> {
    fn traces_by(
        &self,
        column: IdColumn,
        value: &str,
        limit: usize,
    ) -> Result<Vec<TraceSummary>, StoreError> {
        let Some((c, arg)) = Self::id(column, value) else {
            return Ok(Vec::new());
        };
        query_traces(self.0, &format!("{c} = ?1"), vec![arg], limit)
    }

    fn spans_of(&self, trace: TraceId) -> Result<Vec<Span>, StoreError> {
        spans_of(self.0, trace)
    }

    fn logs_by(&self, column: IdColumn, value: &str) -> Result<Vec<StoredLog>, StoreError> {
        let Some((c, arg)) = Self::id(column, value) else {
            return Ok(Vec::new());
        };
        log_rows(
            self.0,
            &format!("SELECT id, data FROM logs WHERE {c} = ?1 ORDER BY time_ns LIMIT 1000"),
            vec![arg],
        )
    }

    fn events_by(&self, column: IdColumn, value: &str) -> Result<Vec<StoredEvent>, StoreError> {
        let Some((c, arg)) = Self::id(column, value) else {
            return Ok(Vec::new());
        };
        event_rows(
            self.0,
            &format!("SELECT id, data FROM events WHERE {c} = ?1 ORDER BY time_ns LIMIT 1000"),
            vec![arg],
        )
    }
}

impl TimelineReader for SqliteReader {
    fn investigate(&self, id: &str, limit: usize) -> Result<Investigation, StoreError> {
        self.with_conn(|conn| timeline::investigate(&ConnTimeline(conn), id, limit))
    }
}

impl WriteProbe for SqliteReader {
    fn probe_write(&self) -> Result<(), StoreError> {
        SqliteReader::probe_write(self)
    }
}

impl Eraser for SqliteReader {
    fn erase_users(&self, pseudonyms: &[String]) -> Result<ErasureReport, StoreError> {
        let mut report = ErasureReport::default();
        if pseudonyms.is_empty() {
            return Ok(report);
        }
        let conn = self.write_conn(std::time::Duration::from_secs(30))?;
        let tx =
            rusqlite::Transaction::new_unchecked(&conn, rusqlite::TransactionBehavior::Immediate)?;
        let users = params_from_iter(pseudonyms.iter());
        let marks = vec!["?"; pseudonyms.len()].join(", ");
        // The subject's traces and the span blocks they list.
        let mut traces: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
        {
            let mut q = tx.prepare(&format!(
                "SELECT trace_id, blocks FROM traces WHERE user_id IN ({marks})"
            ))?;
            let mut rows = q.query(users)?;
            while let Some(r) = rows.next()? {
                traces.push((r.get(0)?, r.get(1)?));
            }
        }
        let mut blobs = BTreeSet::new();
        {
            let mut read_block = tx.prepare("SELECT data FROM span_blocks WHERE id = ?1")?;
            let mut del_block = tx.prepare("DELETE FROM span_blocks WHERE id = ?1")?;
            let mut del_trace = tx.prepare("DELETE FROM traces WHERE trace_id = ?1")?;
            let mut del_trace_logs = tx.prepare("SELECT id, data FROM logs WHERE trace_id = ?1")?;
            let mut del_log = tx.prepare("DELETE FROM logs WHERE id = ?1")?;
            let mut del_trace_events = tx.prepare("DELETE FROM events WHERE trace_id = ?1")?;
            for (trace_id, blocks) in &traces {
                for id in block_ids(blocks) {
                    let data: Option<Vec<u8>> =
                        read_block.query_row(params![id], |r| r.get(0)).optional()?;
                    if let Some(data) = data {
                        for span in decode_block(&data)? {
                            report.spans += 1;
                            collect_blob_refs(&span.attributes, &mut blobs);
                        }
                    }
                    del_block.execute(params![id])?;
                    super::search::unindex_block(&tx, id)?;
                }
                let mut logs = Vec::new();
                {
                    let mut rows = del_trace_logs.query(params![trace_id])?;
                    while let Some(r) = rows.next()? {
                        logs.push((r.get::<_, i64>(0)?, r.get::<_, String>(1)?));
                    }
                }
                for (id, data) in logs {
                    blob_refs_in_text(&data, &mut blobs);
                    report.logs += del_log.execute(params![id])? as u64;
                }
                report.events += del_trace_events.execute(params![trace_id])? as u64;
                report.traces += del_trace.execute(params![trace_id])? as u64;
            }
        }
        // Records of the subject outside those traces.
        {
            let mut q = tx.prepare(&format!("SELECT data FROM logs WHERE user_id IN ({marks})"))?;
            let mut rows = q.query(params_from_iter(pseudonyms.iter()))?;
            while let Some(r) = rows.next()? {
                blob_refs_in_text(&r.get::<_, String>(0)?, &mut blobs);
            }
        }
        report.logs += tx.execute(
            &format!("DELETE FROM logs WHERE user_id IN ({marks})"),
            params_from_iter(pseudonyms.iter()),
        )? as u64;
        report.events += tx.execute(
            &format!("DELETE FROM events WHERE user_id IN ({marks})"),
            params_from_iter(pseudonyms.iter()),
        )? as u64;
        // Their share of topic keywords: a word no longer counts them among its users.
        tx.execute(
            &format!("DELETE FROM topic_keyword_users WHERE user IN ({marks})"),
            params_from_iter(pseudonyms.iter()),
        )?;
        tx.commit()?;
        report.blobs = blobs.into_iter().collect();
        Ok(report)
    }
}

/// Blob references among a span's attributes (`glassbox.payload`).
pub(crate) fn collect_blob_refs(attrs: &glassbox_core::Attributes, out: &mut BTreeSet<String>) {
    for v in attrs.values() {
        if let Some(s) = v.as_str() {
            if s.starts_with(BLOB_SCHEME) {
                out.insert(s.to_string());
            }
        }
    }
}

/// Blob references anywhere in a stored JSON text.
pub(crate) fn blob_refs_in_text(text: &str, out: &mut BTreeSet<String>) {
    let mut rest = text;
    while let Some(i) = rest.find(BLOB_SCHEME) {
        let tail = &rest[i + BLOB_SCHEME.len()..];
        let hex: String = tail.chars().take_while(char::is_ascii_hexdigit).collect();
        if hex.len() == 64 {
            out.insert(format!("{BLOB_SCHEME}{hex}"));
        }
        rest = &tail[hex.len()..];
    }
}
