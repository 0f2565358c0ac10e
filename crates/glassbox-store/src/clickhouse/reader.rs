//! The read side. Trace summaries are aggregated from the spans of the traces a query can
//! touch (`summary_sql`): no per-trace row is kept up to date by any node, so nodes never
//! race on one, and a span that reaches any node counts at once.

use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;

use glassbox_core::{Event, LogRecord, Span, TraceId};
use glassbox_rollup::{RollupError, RollupFilter, RollupRow, RollupSource};
use serde::Deserialize;

use super::http::{Http, Param};
use super::writer::ts;
use crate::sqlite::reader::{blob_refs_in_text, collect_blob_refs, cut_page, decode_cursor};
use crate::timeline::{IdColumn, TimelineSource};
use crate::{
    Eraser, ErasureReport, EventFilter, EventPage, FeedbackFilter, Investigation, LogFilter,
    LogPage, LogReader, SessionDetail, SessionFilter, SessionPage, SessionStats, SessionSummary,
    StoreError, StoredEvent, StoredLog, TimelineReader, TopicFilter, TopicSummary, TraceFilter,
    TracePage, TraceReader, TraceSummary, WriteProbe,
};

/// Users listed on a session.
const LISTED_USERS: usize = 5;
/// Turns listed on a session's page.
const MAX_TURNS: usize = 1000;
/// Sessions a window's statistics are computed over.
const STATS_SESSIONS: usize = 1_000_000;
/// Keywords shown per topic.
const KEYWORDS: usize = 6;

/// Answers every query from ClickHouse; shared by the query API's threads.
pub struct ClickHouseReader {
    http: Arc<Http>,
    node: String,
    cluster: String,
}

impl ClickHouseReader {
    pub(super) fn new(http: Arc<Http>, node: String, cluster: String) -> Self {
        Self {
            http,
            node,
            cluster,
        }
    }

    fn on_cluster(&self) -> String {
        super::schema::on_cluster(&self.cluster)
    }
}

/// A `WHERE` clause of typed parameters (`{p0:String}`), never spliced values.
#[derive(Default)]
struct Where {
    clauses: Vec<String>,
}

/// The parameters of one statement, shared by its clauses.
#[derive(Default)]
struct Params(Vec<(String, Param)>);

impl Params {
    /// A placeholder for `v`.
    fn add(&mut self, ty: &str, v: Param) -> String {
        let name = format!("p{}", self.0.len());
        let mark = format!("{{{name}:{ty}}}");
        self.0.push((name, v));
        mark
    }

    fn str(&mut self, v: &str) -> String {
        self.add("String", Param::Str(v.to_string()))
    }

    fn int(&mut self, v: u64) -> String {
        self.add("Int64", Param::Int(i128::from(v.min(i64::MAX as u64))))
    }

    fn list(&mut self, v: &[String]) -> String {
        self.add("Array(String)", Param::List(v.to_vec()))
    }
}

impl Where {
    fn push(&mut self, clause: String) {
        self.clauses.push(clause);
    }

    fn eq(&mut self, p: &mut Params, column: &str, value: &Option<String>) {
        if let Some(v) = value {
            let m = p.str(v);
            self.push(format!("{column} = {m}"));
        }
    }

    fn any(&mut self, p: &mut Params, column: &str, values: &[String]) {
        if !values.is_empty() {
            let m = p.list(values);
            self.push(format!("{column} IN {m}"));
        }
    }

    /// Rows of the listed projects only, when the query is limited to projects; rows
    /// written before projects existed (`''`) belong to `default`.
    fn projects(&mut self, p: &mut Params, column: &str, projects: &Option<Vec<String>>) {
        match projects {
            None => {}
            Some(list) if list.is_empty() => self.push("0".into()),
            Some(list) => {
                let m = p.list(list);
                self.push(format!("if({column} = '', 'default', {column}) IN {m}"));
            }
        }
    }

    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            "1".into()
        } else {
            self.clauses.join(" AND ")
        }
    }
}

/// A model filter (`gpt-4o`, `gpt-4o*`, `claude-?-opus`) as a case-blind LIKE pattern.
fn model_like(pattern: &str) -> String {
    let mut out = String::new();
    for c in pattern.chars() {
        match c {
            '*' => out.push('%'),
            '?' => out.push('_'),
            '%' | '_' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// Trace summaries (the columns of [`SummaryRow`]) of every trace that has a span
/// matching `span_where`, aggregated over all of each trace's spans (newest version of
/// each). `text` (LIKE patterns over the folded words, see [`text_patterns`]) adds
/// `text_match`: every pattern matched by some span of the trace.
fn summary_sql(span_where: &str, visible: &str, text: &[String]) -> String {
    let text_agg = if text.is_empty() {
        ", 1 AS text_match".to_string()
    } else {
        let all: Vec<String> = text
            .iter()
            .map(|m| format!("countIf(SearchText LIKE {m}) > 0"))
            .collect();
        format!(", {} AS text_match", all.join(" AND "))
    };
    let text_col = if text.is_empty() { "" } else { ", SearchText" };
    format!(
        "SELECT TraceId AS trace_id, min(StartNs) AS start_ns, max(EndNs) AS end_ns,
            if(countIf(ParentSpanId = '') > 0, argMinIf(SpanName, StartNs, ParentSpanId = ''), argMin(SpanName, StartNs)) AS root_name,
            if(countIf(ParentSpanId = '') > 0, argMinIf(ServiceName, StartNs, ParentSpanId = ''), argMin(ServiceName, StartNs)) AS root_service,
            count() AS span_count, countIf(StatusCode = 'Error') AS error_count,
            if(countIf(CorrelationId != TraceId) > 0, argMinIf(CorrelationId, StartNs, CorrelationId != TraceId), TraceId) AS correlation_id,
            argMinIf(UserId, StartNs, UserId != '') AS user_id,
            argMinIf(SessionId, StartNs, SessionId != '') AS session_id,
            arrayDistinct(arrayFlatten(groupArray(GenAiModels))) AS models,
            sum(InputTokens) AS input_tokens, sum(OutputTokens) AS output_tokens,
            arrayDistinct(arrayFlatten(groupArray(AnswerFlags))) AS answer_flags,
            sum(CostUsd) AS cost_usd,
            argMinIf(Topic, StartNs, Topic != '') AS topic,
            if(countIf(Project != '') > 0, argMinIf(Project, StartNs, Project != ''), 'default') AS project{text_agg}
         FROM (
            SELECT TraceId, SpanId, ParentSpanId, SpanName, ServiceName, StatusCode, CorrelationId,
                UserId, SessionId, GenAiModels, InputTokens, OutputTokens, AnswerFlags, CostUsd, Topic, Project,
                toUnixTimestamp64Nano(Timestamp) AS StartNs, StartNs + toInt64(Duration) AS EndNs{text_col}
            FROM otel_traces
            WHERE TraceId IN (SELECT TraceId FROM otel_traces WHERE {span_where}) AND {visible}
            ORDER BY Version DESC
            LIMIT 1 BY TraceId, SpanId
         )
         GROUP BY TraceId"
    )
}

/// A `q=` search as LIKE patterns over the folded words (`% word %`, `% prefix%` for
/// `prefix*`), one per word: a trace matches when its spans say every word.
fn text_patterns(q: &str, p: &mut Params) -> Result<Vec<String>, StoreError> {
    let mut out = Vec::new();
    for w in q.split(|c: char| !(c.is_alphanumeric() || c == '*')) {
        let prefix = w.ends_with('*');
        let folded = super::fold_words(w.trim_matches('*'));
        let word = folded.trim();
        if word.is_empty() {
            continue;
        }
        // Folding can split a word (`l'été`): each piece is a word of its own.
        let pieces: Vec<&str> = word.split(' ').collect();
        for (i, piece) in pieces.iter().enumerate() {
            let open_end = prefix && i + 1 == pieces.len();
            let pattern = if open_end {
                format!("% {piece}%")
            } else {
                format!("% {piece} %")
            };
            out.push(p.str(&pattern));
        }
    }
    if out.is_empty() {
        return Err(StoreError::InvalidQuery(
            "q: give at least one word to search for".into(),
        ));
    }
    Ok(out)
}

/// Summaries joined with the feedback their traces got (by trace id, or by correlation id
/// for feedback sent without one).
fn summaries_with_feedback(span_where: &str, visible: &str, text: &[String]) -> String {
    format!(
        "SELECT s.*, fb_t.up + fb_c.up AS feedback_up, fb_t.down + fb_c.down AS feedback_down,
            fb_t.n + fb_c.n AS feedback_any
         FROM ({summary}) AS s
         LEFT JOIN (
            SELECT TraceId, if(Project = '', 'default', Project) AS P,
                countIf(Thumbs = 1) AS up, countIf(Thumbs = 0) AS down, count() AS n
            FROM glassbox_events FINAL WHERE Name = 'feedback' AND TraceId != '' GROUP BY TraceId, P
         ) AS fb_t ON fb_t.TraceId = s.trace_id AND fb_t.P = s.project
         LEFT JOIN (
            SELECT CorrelationId, if(Project = '', 'default', Project) AS P,
                countIf(Thumbs = 1) AS up, countIf(Thumbs = 0) AS down, count() AS n
            FROM glassbox_events FINAL WHERE Name = 'feedback' AND TraceId = '' AND CorrelationId != ''
            GROUP BY CorrelationId, P
         ) AS fb_c ON fb_c.CorrelationId = s.correlation_id AND fb_c.P = s.project",
        summary = summary_sql(span_where, visible, text)
    )
}

#[derive(Deserialize)]
struct SummaryRow {
    trace_id: String,
    start_ns: i64,
    end_ns: i64,
    root_name: String,
    root_service: String,
    span_count: u64,
    error_count: u64,
    correlation_id: String,
    user_id: String,
    session_id: String,
    models: Vec<String>,
    input_tokens: i64,
    output_tokens: i64,
    answer_flags: Vec<String>,
    cost_usd: f64,
    topic: String,
    project: String,
    #[serde(default)]
    feedback_up: u64,
    #[serde(default)]
    feedback_down: u64,
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

impl SummaryRow {
    fn into_summary(self) -> Result<TraceSummary, StoreError> {
        let trace_id = TraceId::from_hex(&self.trace_id)
            .map_err(|e| StoreError::Corrupt(format!("trace id {:?}: {e}", self.trace_id)))?;
        let start = self.start_ns.max(0) as u64;
        let end = self.end_ns.max(0) as u64;
        let mut flags = self.answer_flags;
        flags.sort();
        Ok(TraceSummary {
            trace_id,
            root_name: self.root_name,
            service: self.root_service,
            start_time_unix_nano: start,
            duration_ns: end.saturating_sub(start),
            span_count: self.span_count,
            error_count: self.error_count,
            error: self.error_count > 0,
            correlation_id: self.correlation_id,
            user_id: non_empty(self.user_id),
            session_id: non_empty(self.session_id),
            models: self.models,
            input_tokens: self.input_tokens,
            output_tokens: self.output_tokens,
            answer_flags: flags,
            cost_usd: self.cost_usd,
            feedback_up: self.feedback_up,
            feedback_down: self.feedback_down,
            topic: non_empty(self.topic),
            project: self.project,
        })
    }
}

#[derive(Deserialize)]
struct SpanJsonRow {
    #[serde(rename = "SpanJson")]
    span_json: String,
}

#[derive(Deserialize)]
struct RecordRow {
    #[serde(rename = "Id")]
    id: i64,
    #[serde(rename = "RecordJson")]
    record_json: String,
}

#[derive(Deserialize)]
struct KeyedRecordRow {
    key: String,
    #[serde(rename = "Id")]
    id: i64,
    #[serde(rename = "RecordJson")]
    record_json: String,
}

fn decode<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl ClickHouseReader {
    /// Summaries matching `outer` among the traces with a span matching `span_where`,
    /// newest first.
    fn summaries(
        &self,
        span_where: &str,
        visible: &str,
        text: &[String],
        outer: &str,
        p: Params,
        limit: usize,
    ) -> Result<Vec<TraceSummary>, StoreError> {
        let sql = format!(
            "SELECT * FROM ({}) WHERE {outer} ORDER BY start_ns DESC, trace_id DESC LIMIT {limit}",
            summaries_with_feedback(span_where, visible, text)
        );
        self.http
            .rows::<SummaryRow>(&sql, &p.0)?
            .into_iter()
            .map(SummaryRow::into_summary)
            .collect()
    }

    fn logs_where(
        &self,
        where_sql: &str,
        p: &Params,
        limit: usize,
    ) -> Result<Vec<StoredLog>, StoreError> {
        let rows: Vec<RecordRow> = self.http.rows(
            &format!(
                "SELECT Id, RecordJson FROM otel_logs FINAL WHERE {where_sql} \
                 ORDER BY Timestamp DESC, Id DESC LIMIT {limit}"
            ),
            &p.0,
        )?;
        rows.into_iter()
            .map(|r| {
                Ok(StoredLog {
                    id: r.id,
                    record: decode::<LogRecord>(&r.record_json)?,
                })
            })
            .collect()
    }

    fn events_where(
        &self,
        where_sql: &str,
        p: &Params,
        limit: usize,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        let rows: Vec<RecordRow> = self.http.rows(
            &format!(
                "SELECT Id, RecordJson FROM glassbox_events FINAL WHERE {where_sql} \
                 ORDER BY Timestamp DESC, Id DESC LIMIT {limit}"
            ),
            &p.0,
        )?;
        rows.into_iter()
            .map(|r| {
                Ok(StoredEvent {
                    id: r.id,
                    event: decode::<Event>(&r.record_json)?,
                })
            })
            .collect()
    }
}

/// Keyset paging on (time, id) for logs and events.
fn after_cursor(w: &mut Where, p: &mut Params, cursor: Option<&str>) -> Result<(), StoreError> {
    if let Some(c) = cursor {
        let (time, id) = decode_cursor(c)?;
        let id: i64 = id.parse().map_err(|_| {
            StoreError::InvalidQuery("cursor: not a cursor returned by this API".into())
        })?;
        let t = p.add("Int64", Param::Int(i128::from(time)));
        let i = p.add("Int64", Param::Int(i128::from(id)));
        w.push(format!(
            "(toUnixTimestamp64Nano(Timestamp) < {t} OR (toUnixTimestamp64Nano(Timestamp) = {t} AND Id < {i}))"
        ));
    }
    Ok(())
}

fn time_window(w: &mut Where, p: &mut Params, column: &str, from: Option<u64>, to: Option<u64>) {
    if let Some(f) = from {
        let m = p.int(f);
        w.push(format!("{column} >= fromUnixTimestamp64Nano({m})"));
    }
    if let Some(t) = to {
        let m = p.int(t);
        w.push(format!("{column} < fromUnixTimestamp64Nano({m})"));
    }
}

impl TraceReader for ClickHouseReader {
    fn get_trace(&self, trace_id: TraceId) -> Result<Vec<Span>, StoreError> {
        let mut p = Params::default();
        let m = p.str(&trace_id.to_hex());
        // The lookup table gives the trace's time range, so only its days are read.
        let rows: Vec<SpanJsonRow> = self.http.rows(
            &format!(
                "WITH (SELECT (min(Start), max(End)) FROM otel_traces_trace_id_ts WHERE TraceId = {m}) AS range
                 SELECT SpanJson FROM otel_traces
                 WHERE TraceId = {m} AND Timestamp >= range.1 AND Timestamp <= addSeconds(range.2, 1)
                 ORDER BY Version DESC LIMIT 1 BY SpanId"
            ),
            &p.0,
        )?;
        let mut spans = Vec::with_capacity(rows.len());
        for r in rows {
            let mut span: Span = decode(&r.span_json)?;
            glassbox_core::semconv::fill_messages(&mut span);
            spans.push(span);
        }
        spans.sort_by_key(|s| (s.start_time_unix_nano, s.span_id));
        Ok(spans)
    }

    fn traces_with_prefix(
        &self,
        hex_prefix: &str,
        limit: usize,
    ) -> Result<Vec<TraceId>, StoreError> {
        let prefix = hex_prefix.to_ascii_lowercase();
        if !(8..=31).contains(&prefix.len()) || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::InvalidQuery(
                "trace id prefix: expected 8 to 31 hex digits".into(),
            ));
        }
        #[derive(Deserialize)]
        struct Id {
            #[serde(rename = "TraceId")]
            trace_id: String,
        }
        let mut p = Params::default();
        let m = p.str(&prefix);
        let rows: Vec<Id> = self.http.rows(
            &format!(
                "SELECT DISTINCT TraceId FROM otel_traces_trace_id_ts WHERE startsWith(TraceId, {m}) \
                 ORDER BY TraceId LIMIT {}",
                limit.max(1)
            ),
            &p.0,
        )?;
        rows.into_iter()
            .map(|r| TraceId::from_hex(&r.trace_id).map_err(|e| StoreError::Corrupt(e.to_string())))
            .collect()
    }

    fn search_traces(&self, f: &TraceFilter) -> Result<TracePage, StoreError> {
        let mut p = Params::default();
        // Spans that narrow the traces read: the window (a trace starting in it has its
        // first span in it) and the most selective id given.
        let mut pre = Where::default();
        time_window(
            &mut pre,
            &mut p,
            "Timestamp",
            f.start_from_ns,
            f.start_to_ns,
        );
        if let Some(c) = &f.correlation_id {
            let m = p.str(c);
            pre.push(format!("CorrelationId = {m}"));
        } else if let Some(s) = &f.session_id {
            let m = p.str(s);
            pre.push(format!("SessionId = {m}"));
        } else if !f.user_ids.is_empty() {
            let m = p.list(&f.user_ids);
            pre.push(format!("UserId IN {m}"));
        }
        let text = match &f.text {
            Some(q) => text_patterns(q, &mut p)?,
            None => Vec::new(),
        };
        if let Some(first) = text.first() {
            // A trace that says every word has a span that says the first.
            pre.push(format!("SearchText LIKE {first}"));
        }
        let mut w = Where::default();
        w.projects(&mut p, "project", &f.projects);
        w.eq(&mut p, "root_service", &f.service);
        w.eq(&mut p, "correlation_id", &f.correlation_id);
        w.any(&mut p, "user_id", &f.user_ids);
        w.eq(&mut p, "session_id", &f.session_id);
        if let Some(m) = &f.model {
            let m = p.str(&model_like(m));
            w.push(format!("arrayExists(x -> lower(x) LIKE {m}, models)"));
        }
        w.eq(&mut p, "topic", &f.topic);
        if let Some(flag) = &f.flag {
            let m = p.str(flag);
            w.push(format!("has(answer_flags, {m})"));
        }
        if let Some(fb) = f.feedback {
            w.push(
                match fb {
                    FeedbackFilter::Up => "feedback_up > 0",
                    FeedbackFilter::Down => "feedback_down > 0",
                    FeedbackFilter::Any => "feedback_any > 0",
                    FeedbackFilter::None => "feedback_any = 0",
                }
                .into(),
            );
        }
        if let Some(d) = f.min_duration_ns {
            let m = p.int(d);
            w.push(format!("end_ns - start_ns >= {m}"));
        }
        if let Some(t) = f.start_from_ns {
            let m = p.int(t);
            w.push(format!("start_ns >= {m}"));
        }
        if let Some(t) = f.start_to_ns {
            let m = p.int(t);
            w.push(format!("start_ns < {m}"));
        }
        match f.error {
            Some(true) => w.push("error_count > 0".into()),
            Some(false) => w.push("error_count = 0".into()),
            None => {}
        }
        if !text.is_empty() {
            w.push("text_match".into());
        }
        if let Some(c) = &f.cursor {
            let (start, tid) = decode_cursor(c)?;
            let tid = TraceId::from_hex(&tid).map_err(|_| {
                StoreError::InvalidQuery("cursor: not a cursor returned by this API".into())
            })?;
            let s = p.add("Int64", Param::Int(i128::from(start)));
            let t = p.str(&tid.to_hex());
            w.push(format!(
                "(start_ns < {s} OR (start_ns = {s} AND trace_id < {t}))"
            ));
        }
        let limit = f.limit.clamp(1, 1000);
        // A trace id two projects both used is summarised over the visible projects' spans.
        let mut visible = Where::default();
        visible.projects(&mut p, "Project", &f.projects);
        let mut traces =
            self.summaries(&pre.sql(), &visible.sql(), &text, &w.sql(), p, limit + 1)?;
        let next_cursor = cut_page(&mut traces, limit, |t| {
            (t.start_time_unix_nano, t.trace_id.to_hex())
        });
        Ok(TracePage {
            traces,
            next_cursor,
        })
    }

    fn search_sessions(&self, f: &SessionFilter) -> Result<SessionPage, StoreError> {
        let stats = match f.cursor {
            None => Some(self.session_stats(f)?),
            Some(_) => None,
        };
        let (pre, visible, w, mut p) = turns_where(f);
        let mut having = Vec::new();
        if let Some(c) = &f.cursor {
            let (end, session) = decode_cursor(c)?;
            let e = p.add("Int64", Param::Int(i128::from(end)));
            let s = p.str(&session);
            having.push(format!(
                "(end_ns < {e} OR (end_ns = {e} AND session_id < {s}))"
            ));
        }
        let limit = f.limit.clamp(1, 1000);
        let mut sessions =
            self.sessions(&pre.sql(), &visible.sql(), &w.sql(), &having, p, limit + 1)?;
        let next_cursor = cut_page(&mut sessions, limit, |s| {
            (s.end_time_unix_nano, s.session_id.clone())
        });
        self.add_feedback(&mut sessions)?;
        Ok(SessionPage {
            sessions,
            next_cursor,
            stats,
        })
    }

    fn session_stats(&self, f: &SessionFilter) -> Result<SessionStats, StoreError> {
        let (pre, visible, w, p) = turns_where(f);
        #[derive(Deserialize)]
        struct Stats {
            sessions: u64,
            median_duration: Option<f64>,
            p90_duration: Option<f64>,
            median_turns: Option<f64>,
        }
        let sql = format!(
            "SELECT count() AS sessions,
                if(count() > 0, quantileExact(0.5)(d), NULL) AS median_duration,
                if(count() > 0, quantileExact(0.9)(d), NULL) AS p90_duration,
                if(count() > 0, quantileExact(0.5)(t), NULL) AS median_turns
             FROM (
                SELECT max(end_ns) - min(start_ns) AS d, count() AS t FROM ({summary})
                WHERE session_id != '' AND {outer} GROUP BY session_id
                ORDER BY min(start_ns) DESC LIMIT {STATS_SESSIONS}
             )",
            summary = summary_sql(&pre.sql(), &visible.sql(), &[]),
            outer = w.sql()
        );
        let s: Vec<Stats> = self.http.rows(&sql, &p.0)?;
        let s = s.into_iter().next();
        let u = |v: Option<f64>| v.map(|x| x.max(0.0).round() as u64);
        Ok(match s {
            Some(s) if s.sessions > 0 => SessionStats {
                sessions: s.sessions,
                median_duration_ns: u(s.median_duration),
                p90_duration_ns: u(s.p90_duration),
                median_turns: u(s.median_turns),
            },
            _ => SessionStats {
                sessions: 0,
                median_duration_ns: None,
                p90_duration_ns: None,
                median_turns: None,
            },
        })
    }

    fn get_session(&self, session_id: &str) -> Result<Option<SessionDetail>, StoreError> {
        let mut p = Params::default();
        let m = p.str(session_id);
        let mut found = self.sessions(
            &format!("SessionId = {m}"),
            "1",
            &format!("session_id = {m}"),
            &[],
            p,
            1,
        )?;
        let Some(mut session) = found.pop() else {
            return Ok(None);
        };
        self.add_feedback(std::slice::from_mut(&mut session))?;
        let mut turns = TimelineSource::traces_by(self, IdColumn::Session, session_id, MAX_TURNS)?;
        turns.sort_by_key(|t| (t.start_time_unix_nano, t.trace_id));
        let events = self
            .linked_events(&[session_id.to_string()], false)?
            .into_iter()
            .map(|(_, e)| e)
            .collect();
        Ok(Some(SessionDetail {
            session,
            turns,
            events,
        }))
    }

    fn topics(&self, f: &TopicFilter) -> Result<Vec<TopicSummary>, StoreError> {
        let mut p = Params::default();
        let from = f.from_ns.min(i64::MAX as u64);
        let to = f.to_ns.min(i64::MAX as u64).max(from + 1);
        let mut pre = Where::default();
        time_window(&mut pre, &mut p, "Timestamp", Some(from), Some(to));
        pre.push("Topic != ''".into());
        let mut w = Where::default();
        let (fm, tm) = (p.int(from), p.int(to));
        w.push(format!(
            "start_ns >= {fm} AND start_ns < {tm} AND topic != ''"
        ));
        w.projects(&mut p, "project", &f.projects);
        w.eq(&mut p, "root_service", &f.service);
        if let Some(m) = &f.model {
            let m = p.str(&model_like(m));
            w.push(format!("arrayExists(x -> lower(x) LIKE {m}, models)"));
        }
        let mut visible = Where::default();
        visible.projects(&mut p, "Project", &f.projects);
        let buckets = f.buckets.clamp(1, 500);
        let width = ((to - from) / buckets as u64).max(1);
        let limit = f.limit.clamp(1, 1000);
        #[derive(Deserialize)]
        struct Row {
            topic: String,
            count: u64,
            users: u64,
            errors: u64,
            flagged: u64,
            up: u64,
            down: u64,
            trend: Vec<(u64, u64)>,
        }
        let sql = format!(
            "SELECT topic, count() AS count, uniqExactIf(user_id, user_id != '') AS users,
                countIf(error_count > 0) AS errors, countIf(length(answer_flags) > 0) AS flagged,
                sum(feedback_up) AS up, sum(feedback_down) AS down,
                arraySort(x -> x.1, arrayMap(b -> (b, countEqual(groupArray(bucket), b)), arrayDistinct(groupArray(bucket)))) AS trend
             FROM (
                SELECT *, least(intDiv(start_ns - {fm}, {width}), {last}) AS bucket
                FROM ({s}) WHERE {outer}
             )
             GROUP BY topic ORDER BY count DESC, topic LIMIT {limit}",
            s = summaries_with_feedback(&pre.sql(), &visible.sql(), &[]),
            outer = w.sql(),
            last = buckets - 1,
        );
        let rows: Vec<Row> = self.http.rows(&sql, &p.0)?;
        let k = f.min_users.max(1);
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let mut trend = vec![0u64; buckets];
            for (b, n) in r.trend {
                if let Some(slot) = trend.get_mut(b as usize) {
                    *slot = n;
                }
            }
            let n = r.up + r.down;
            let keywords = if r.users >= k {
                self.topic_keywords(&r.topic, k, &f.projects)?
            } else {
                Vec::new()
            };
            out.push(TopicSummary {
                topic: r.topic,
                count: r.count,
                users: r.users,
                trend,
                errors: r.errors,
                error_rate: if r.count > 0 {
                    r.errors as f64 / r.count as f64
                } else {
                    0.0
                },
                flagged: r.flagged,
                feedback_up: r.up,
                feedback_down: r.down,
                thumbs_up_ratio: (n > 0).then(|| r.up as f64 / n as f64),
                keywords,
            });
        }
        Ok(out)
    }
}

/// The span prefilter, the per-turn filter and their parameters of a session query.
fn turns_where(f: &SessionFilter) -> (Where, Where, Where, Params) {
    let mut p = Params::default();
    let mut pre = Where::default();
    time_window(&mut pre, &mut p, "Timestamp", f.from_ns, f.to_ns);
    pre.push("SessionId != ''".into());
    let mut w = Where::default();
    w.projects(&mut p, "project", &f.projects);
    w.eq(&mut p, "root_service", &f.service);
    w.any(&mut p, "user_id", &f.user_ids);
    if let Some(t) = f.from_ns {
        let m = p.int(t);
        w.push(format!("start_ns >= {m}"));
    }
    if let Some(t) = f.to_ns {
        let m = p.int(t);
        w.push(format!("start_ns < {m}"));
    }
    let mut visible = Where::default();
    visible.projects(&mut p, "Project", &f.projects);
    (pre, visible, w, p)
}

impl ClickHouseReader {
    fn sessions(
        &self,
        span_where: &str,
        visible: &str,
        outer: &str,
        having: &[String],
        p: Params,
        limit: usize,
    ) -> Result<Vec<SessionSummary>, StoreError> {
        #[derive(Deserialize)]
        struct Row {
            session_id: String,
            turns: u64,
            start_ns: i64,
            end_ns: i64,
            users: u64,
            user_ids: Vec<String>,
            services: Vec<String>,
            error_turns: u64,
            flagged_turns: u64,
            input_tokens: i64,
            output_tokens: i64,
            cost_usd: f64,
        }
        let having = if having.is_empty() {
            "1".to_string()
        } else {
            having.join(" AND ")
        };
        let sql = format!(
            "SELECT session_id, count() AS turns, min(start_ns) AS start_ns, max(end_ns) AS end_ns,
                uniqExactIf(user_id, user_id != '') AS users,
                arraySort(groupUniqArrayIf(user_id, user_id != '')) AS user_ids,
                arraySort(groupUniqArray(root_service)) AS services,
                countIf(error_count > 0) AS error_turns, countIf(length(answer_flags) > 0) AS flagged_turns,
                sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cost_usd) AS cost_usd
             FROM ({summary}) WHERE session_id != '' AND {outer}
             GROUP BY session_id HAVING {having}
             ORDER BY end_ns DESC, session_id DESC LIMIT {limit}",
            summary = summary_sql(span_where, visible, &[])
        );
        let rows: Vec<Row> = self.http.rows(&sql, &p.0)?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let (start, end) = (r.start_ns.max(0) as u64, r.end_ns.max(0) as u64);
                let mut user_ids = r.user_ids;
                user_ids.truncate(LISTED_USERS);
                SessionSummary {
                    session_id: r.session_id,
                    turns: r.turns,
                    start_time_unix_nano: start,
                    end_time_unix_nano: end,
                    duration_ns: end.saturating_sub(start),
                    users: r.users,
                    user_ids,
                    services: r.services,
                    error_turns: r.error_turns,
                    flagged_turns: r.flagged_turns,
                    input_tokens: r.input_tokens,
                    output_tokens: r.output_tokens,
                    cost_usd: r.cost_usd,
                    feedback_up: 0,
                    feedback_down: 0,
                }
            })
            .collect())
    }

    /// Events of sessions: sent with the session id, or linked to one of its traces (by
    /// trace id, or by correlation id when sent without a trace).
    fn linked_events(
        &self,
        sessions: &[String],
        feedback_only: bool,
    ) -> Result<Vec<(String, StoredEvent)>, StoreError> {
        if sessions.is_empty() {
            return Ok(Vec::new());
        }
        let name = if feedback_only {
            " AND e.Name = 'feedback'"
        } else {
            ""
        };
        let mut p = Params::default();
        let ids = p.list(sessions);
        let direct = format!(
            "SELECT e.SessionId AS key, e.Id AS Id, e.RecordJson AS RecordJson FROM glassbox_events AS e FINAL \
             WHERE e.SessionId IN {ids}{name} ORDER BY e.Timestamp LIMIT 10000"
        );
        let via_traces = format!(
            "SELECT t.session_id AS key, e.Id AS Id, e.RecordJson AS RecordJson
             FROM (SELECT trace_id, correlation_id, session_id FROM ({summary}) WHERE session_id IN {ids}) AS t
             INNER JOIN (SELECT * FROM glassbox_events FINAL) AS e
             ON e.TraceId = t.trace_id OR (e.TraceId = '' AND e.CorrelationId != '' AND e.CorrelationId = t.correlation_id)
             WHERE 1{name} ORDER BY e.Timestamp LIMIT 10000",
            summary = summary_sql(&format!("SessionId IN {ids}"), "1", &[])
        );
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for sql in [direct, via_traces] {
            let rows: Vec<KeyedRecordRow> = self.http.rows(&sql, &p.0)?;
            for r in rows {
                if seen.insert((r.key.clone(), r.id)) {
                    out.push((
                        r.key,
                        StoredEvent {
                            id: r.id,
                            event: decode(&r.record_json)?,
                        },
                    ));
                }
            }
        }
        out.sort_by_key(|(_, e)| (e.event.time_unix_nano, e.id));
        Ok(out)
    }

    fn add_feedback(&self, sessions: &mut [SessionSummary]) -> Result<(), StoreError> {
        let ids: Vec<String> = sessions.iter().map(|s| s.session_id.clone()).collect();
        crate::query::add_session_feedback(sessions, self.linked_events(&ids, true)?);
        Ok(())
    }

    /// A topic's most used keywords that at least `k` distinct users used.
    fn topic_keywords(
        &self,
        topic: &str,
        k: u64,
        projects: &Option<Vec<String>>,
    ) -> Result<Vec<String>, StoreError> {
        #[derive(Deserialize)]
        struct Word {
            #[serde(rename = "Keyword")]
            keyword: String,
        }
        let mut p = Params::default();
        let t = p.str(topic);
        let km = p.int(k);
        let mut w = Where::default();
        w.push(format!("Topic = {t}"));
        w.projects(&mut p, "Project", projects);
        let rows: Vec<Word> = self.http.rows(
            &format!(
                "SELECT Keyword FROM glassbox_topic_words FINAL WHERE {}
                 GROUP BY Keyword HAVING uniqExactIf(UserId, UserId != '') >= {km}
                 ORDER BY sum(Uses) DESC, Keyword LIMIT {KEYWORDS}",
                w.sql()
            ),
            &p.0,
        )?;
        Ok(rows.into_iter().map(|w| w.keyword).collect())
    }
}

impl LogReader for ClickHouseReader {
    fn search_logs(&self, f: &LogFilter) -> Result<LogPage, StoreError> {
        let mut p = Params::default();
        let mut w = Where::default();
        if let Some(t) = &f.text {
            let m = p.str(t);
            w.push(format!("positionCaseInsensitiveUTF8(RecordJson, {m}) > 0"));
        }
        w.projects(&mut p, "Project", &f.projects);
        w.eq(&mut p, "ServiceName", &f.service);
        if let Some(s) = f.min_severity {
            let m = p.add("Int64", Param::Int(i128::from(s)));
            w.push(format!("SeverityNumber >= {m}"));
        }
        if let Some(t) = f.trace_id {
            let m = p.str(&t.to_hex());
            w.push(format!("TraceId = {m}"));
        }
        w.eq(&mut p, "CorrelationId", &f.correlation_id);
        w.any(&mut p, "UserId", &f.user_ids);
        w.eq(&mut p, "SessionId", &f.session_id);
        w.eq(&mut p, "EventName", &f.event_name);
        if let Some(m) = &f.model {
            // A call's log names the model asked for and the one that answered.
            let m = p.str(&model_like(m));
            w.push(format!(
                "arrayExists(x -> x != '' AND lower(x) LIKE {m}, [LogAttributes['model'], LogAttributes['model_version']])"
            ));
        }
        if let Some(topic) = &f.topic {
            let m = p.str(topic);
            w.push(format!("LogAttributes['gen_ai.prompt.topic'] = {m}"));
        }
        if let Some(flag) = &f.flag {
            let m = p.str(flag);
            w.push(format!(
                "has(JSONExtract(LogAttributes['answer.flags'], 'Array(String)'), {m})"
            ));
        }
        time_window(&mut w, &mut p, "Timestamp", f.from_ns, f.to_ns);
        after_cursor(&mut w, &mut p, f.cursor.as_deref())?;
        let limit = f.limit.clamp(1, 1000);
        let mut logs = self.logs_where(&w.sql(), &p, limit + 1)?;
        let next_cursor = cut_page(&mut logs, limit, |l| {
            (l.record.time_unix_nano, l.id.to_string())
        });
        Ok(LogPage { logs, next_cursor })
    }

    fn search_events(&self, f: &EventFilter) -> Result<EventPage, StoreError> {
        let mut p = Params::default();
        let mut w = Where::default();
        w.projects(&mut p, "Project", &f.projects);
        w.eq(&mut p, "Name", &f.name);
        w.eq(&mut p, "CorrelationId", &f.correlation_id);
        if let Some(t) = f.trace_id {
            let m = p.str(&t.to_hex());
            w.push(format!("TraceId = {m}"));
        }
        w.any(&mut p, "UserId", &f.user_ids);
        w.eq(&mut p, "SessionId", &f.session_id);
        time_window(&mut w, &mut p, "Timestamp", f.from_ns, f.to_ns);
        after_cursor(&mut w, &mut p, f.cursor.as_deref())?;
        let limit = f.limit.clamp(1, 1000);
        let mut events = self.events_where(&w.sql(), &p, limit + 1)?;
        let next_cursor = cut_page(&mut events, limit, |e| {
            (e.event.time_unix_nano, e.id.to_string())
        });
        Ok(EventPage {
            events,
            next_cursor,
        })
    }
}

/// The ClickHouse columns of an id: on spans, and on the trace summaries.
fn id_columns(column: IdColumn) -> (&'static str, &'static str) {
    match column {
        IdColumn::Trace => ("TraceId", "trace_id"),
        IdColumn::Correlation => ("CorrelationId", "correlation_id"),
        IdColumn::User => ("UserId", "user_id"),
        IdColumn::Session => ("SessionId", "session_id"),
    }
}

impl TimelineSource for ClickHouseReader {
    fn traces_by(
        &self,
        column: IdColumn,
        value: &str,
        limit: usize,
    ) -> Result<Vec<TraceSummary>, StoreError> {
        let (span_col, summary_col) = id_columns(column);
        let mut p = Params::default();
        let m = p.str(value);
        self.summaries(
            &format!("{span_col} = {m}"),
            "1",
            &[],
            &format!("{summary_col} = {m}"),
            p,
            limit,
        )
    }

    fn spans_of(&self, trace: TraceId) -> Result<Vec<Span>, StoreError> {
        self.get_trace(trace)
    }

    fn logs_by(&self, column: IdColumn, value: &str) -> Result<Vec<StoredLog>, StoreError> {
        let mut p = Params::default();
        let m = p.str(value);
        self.logs_where(&format!("{} = {m}", id_columns(column).0), &p, 1000)
    }

    fn events_by(&self, column: IdColumn, value: &str) -> Result<Vec<StoredEvent>, StoreError> {
        let mut p = Params::default();
        let m = p.str(value);
        self.events_where(&format!("{} = {m}", id_columns(column).0), &p, 1000)
    }
}

impl TimelineReader for ClickHouseReader {
    fn investigate(&self, id: &str, limit: usize) -> Result<Investigation, StoreError> {
        crate::timeline::investigate(self, id, limit)
    }
}

impl WriteProbe for ClickHouseReader {
    fn probe_write(&self) -> Result<(), StoreError> {
        let row = serde_json::json!({
            "Node": self.node,
            "At": ts(glassbox_core::time::now_unix_nanos()),
        });
        let mut body = serde_json::to_vec(&row).map_err(|e| StoreError::Backend(e.to_string()))?;
        body.push(b'\n');
        self.http.insert("glassbox_health_probe", body, None)
    }
}

impl RollupSource for ClickHouseReader {
    fn rollups(
        &self,
        from_minute: i64,
        to_minute: i64,
        filter: &RollupFilter,
    ) -> Result<Vec<RollupRow>, RollupError> {
        #[derive(Deserialize)]
        struct Row {
            #[serde(rename = "Minute")]
            minute: i64,
            #[serde(rename = "Node")]
            node: String,
            #[serde(rename = "RowJson")]
            row_json: String,
        }
        let mut p = Params::default();
        let f = p.add("Int64", Param::Int(i128::from(from_minute)));
        let t = p.add("Int64", Param::Int(i128::from(to_minute)));
        let me = p.add("String", Param::Str(self.node.clone()));
        // Closed rows first: a node that closes a minute between the two reads is then
        // counted from its snapshot, never twice.
        let closed: Vec<Row> = self
            .http
            .rows(
                &format!(
                    "SELECT Minute, Node, RowJson FROM glassbox_rollups FINAL \
                     WHERE Minute >= {f} AND Minute < {t}"
                ),
                &p.0,
            )
            .map_err(|e| RollupError::Store(e.to_string()))?;
        // Other nodes' open minutes (this node's own are in its hub, fresher).
        let open: Vec<Row> = self
            .http
            .rows(
                &format!(
                    "SELECT Minute, Node, RowJson FROM glassbox_open_rollups FINAL \
                     WHERE Minute >= {f} AND Minute < {t} AND Node != {me}"
                ),
                &p.0,
            )
            .map_err(|e| RollupError::Store(e.to_string()))?;
        let closed_minutes: std::collections::HashSet<(i64, String)> =
            closed.iter().map(|r| (r.minute, r.node.clone())).collect();
        let mut out = Vec::with_capacity(closed.len() + open.len());
        let still_open = open
            .into_iter()
            .filter(|r| !closed_minutes.contains(&(r.minute, r.node.clone())));
        for r in closed.into_iter().chain(still_open) {
            let row: RollupRow = serde_json::from_str(&r.row_json)
                .map_err(|e| RollupError::Store(format!("stored rollup row: {e}")))?;
            if filter.matches(&row) {
                out.push(row);
            }
        }
        Ok(out)
    }
}

#[derive(Deserialize)]
struct Count {
    n: u64,
}

impl Eraser for ClickHouseReader {
    fn erase_users(&self, pseudonyms: &[String]) -> Result<ErasureReport, StoreError> {
        let mut report = ErasureReport::default();
        if pseudonyms.is_empty() {
            return Ok(report);
        }
        let mut p = Params::default();
        let users = p.list(pseudonyms);
        // The subject's traces: those whose user (earliest span that names one) is theirs.
        #[derive(Deserialize)]
        struct Tid {
            trace_id: String,
        }
        let tids: Vec<Tid> = self.http.rows(
            &format!(
                "SELECT trace_id FROM ({}) WHERE user_id IN {users}",
                summary_sql(&format!("UserId IN {users}"), "1", &[])
            ),
            &p.0,
        )?;
        let tids: Vec<String> = tids.into_iter().map(|t| t.trace_id).collect();
        let mut blobs = BTreeSet::new();
        let traces = p.list(&tids);
        let spans: Vec<SpanJsonRow> = self.http.rows(
            &format!("SELECT SpanJson FROM otel_traces WHERE TraceId IN {traces} LIMIT 1 BY TraceId, SpanId"),
            &p.0,
        )?;
        for s in &spans {
            let span: Span = decode(&s.span_json)?;
            collect_blob_refs(&span.attributes, &mut blobs);
        }
        report.spans = spans.len() as u64;
        report.traces = tids.len() as u64;
        let logs: Vec<RecordRow> = self.http.rows(
            &format!("SELECT Id, RecordJson FROM otel_logs FINAL WHERE TraceId IN {traces} OR UserId IN {users}"),
            &p.0,
        )?;
        for l in &logs {
            blob_refs_in_text(&l.record_json, &mut blobs);
        }
        report.logs = logs.len() as u64;
        let events: Vec<Count> = self.http.rows(
            &format!("SELECT count() AS n FROM glassbox_events FINAL WHERE TraceId IN {traces} OR UserId IN {users}"),
            &p.0,
        )?;
        report.events = events.first().map_or(0, |c| c.n);
        // Lightweight deletes: rows disappear from reads at once, and from disk as parts
        // merge.
        let oc = self.on_cluster();
        for (table, cond) in [
            ("otel_traces", format!("TraceId IN {traces}")),
            ("otel_traces_trace_id_ts", format!("TraceId IN {traces}")),
            (
                "otel_logs",
                format!("TraceId IN {traces} OR UserId IN {users}"),
            ),
            (
                "glassbox_events",
                format!("TraceId IN {traces} OR UserId IN {users}"),
            ),
            ("glassbox_topic_words", format!("UserId IN {users}")),
        ] {
            self.http
                .execute(&format!("DELETE FROM {table}{oc} WHERE {cond}"), &p.0)?;
        }
        report.blobs = blobs.into_iter().collect();
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_filters_become_like_patterns() {
        assert_eq!(model_like("gpt-4o*"), "gpt-4o%");
        assert_eq!(model_like("claude-?-opus"), "claude-_-opus");
        assert_eq!(model_like("GPT_4%"), "gpt\\_4\\%");
    }
}
