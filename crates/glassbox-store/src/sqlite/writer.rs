//! The single SQLite writer: one transaction per group of batches.
//!
//! ```text
//!   write_group: per trace: its row ─> span ids already held (retries) ─> one block row
//!                per batch (encoded on a worker) ─> the row rewritten (summary + blocks)
//!                ──> logs, events, points, rollups of every batch
//!                ──> restored bodies (late signals): decode the stored block, put the body
//!                    back, re-encode; a span not stored yet waits in `early` until it is
//!                ──> commit
//!   between_groups (after the acks): WAL rewind when the checkpointer asks
//! ```

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use glassbox_core::{AttrValue, Span, SpanId, TraceId};
use rusqlite::{params, Connection, OptionalExtension};

use super::checkpoint::Checkpointer;
use super::{block_ids, push_block_id};
use crate::{
    BatchWriter, EncodedBlock, RestoredPayload, RetentionScope, StoreError, WriteBatch,
    NOT_SAMPLED, PAYLOAD_ATTR,
};

/// How long a restored body waits for its span's row (the span and the late signal were
/// processed by different redact workers and reached the writer out of order).
const EARLY_RESTORE_TTL: Duration = Duration::from_secs(60);
/// Most restored bodies waiting for their span's row.
const EARLY_RESTORE_MAX: usize = 1024;

/// Writes batches into SQLite; owned by one thread.
pub struct SqliteWriter {
    conn: Connection,
    checkpointer: Checkpointer,
    /// Restored bodies whose span is not stored yet (memory only; already redacted).
    early: Early,
    /// Whether span blocks go into the full-text index (`search`).
    text_index: bool,
}

impl SqliteWriter {
    /// The writer connection's `PRAGMA synchronous` (1 NORMAL, 2 FULL).
    #[cfg(test)]
    pub(super) fn synchronous(&self) -> i64 {
        self.conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap_or(-1)
    }

    pub(super) fn new(conn: Connection, checkpointer: Checkpointer) -> Result<Self, StoreError> {
        Ok(Self {
            conn,
            checkpointer,
            early: HashMap::new(),
            text_index: true,
        })
    }

    /// Turns the full-text index of new span blocks on (the default) or off; search then
    /// finds only what was indexed while it was on.
    pub fn set_text_index(&mut self, on: bool) {
        self.text_index = on;
    }
}

/// What a group of spans adds to one trace's summary row.
#[derive(Default)]
struct TraceAgg {
    start_ns: u64,
    end_ns: u64,
    root: Option<(String, String)>,
    earliest: Option<(u64, String, String)>,
    span_count: u64,
    error_count: u64,
    explicit_correlation: Option<String>,
    user_id: Option<String>,
    session_id: Option<String>,
    models: Vec<String>,
    input_tokens: i64,
    output_tokens: i64,
    answer_flags: Vec<String>,
    cost_usd: f64,
    topic: Option<String>,
    project: Option<String>,
}

impl TraceAgg {
    fn add(&mut self, span: &Span) {
        if self.span_count == 0 {
            self.start_ns = span.start_time_unix_nano;
        }
        if self.project.is_none() {
            self.project = Some(glassbox_core::project::of(&span.resource).to_string());
        }
        self.start_ns = self.start_ns.min(span.start_time_unix_nano);
        self.end_ns = self.end_ns.max(span.end_time_unix_nano);
        if span.parent_span_id.is_none() {
            self.root = Some((span.name.clone(), span.service.clone()));
        }
        if self
            .earliest
            .as_ref()
            .is_none_or(|(t, _, _)| span.start_time_unix_nano < *t)
        {
            self.earliest = Some((
                span.start_time_unix_nano,
                span.name.clone(),
                span.service.clone(),
            ));
        }
        self.span_count += 1;
        self.error_count += u64::from(span.is_error());
        if self.explicit_correlation.is_none() && span.correlation_id != span.trace_id.to_hex() {
            self.explicit_correlation = Some(span.correlation_id.clone());
        }
        if self.user_id.is_none() {
            self.user_id.clone_from(&span.user_id);
        }
        if self.session_id.is_none() {
            self.session_id.clone_from(&span.session_id);
        }
        if let Some(g) = &span.gen_ai {
            // Both the model asked for and the one that answered (`gpt-4o` →
            // `gpt-4o-2024-08-06`), so a filter on either finds the call.
            for m in [&g.request_model, &g.response_model].into_iter().flatten() {
                if !m.is_empty() && !self.models.contains(m) {
                    self.models.push(m.clone());
                }
            }
            self.input_tokens += g.input_tokens.unwrap_or(0);
            self.output_tokens += g.output_tokens.unwrap_or(0);
        }
        self.cost_usd += span.cost_usd().unwrap_or(0.0);
        if let Some(t) = span.topic() {
            // The earliest call's topic: the user's ask that started the run.
            if self.topic.is_none()
                || self
                    .earliest
                    .as_ref()
                    .is_some_and(|e| e.0 == span.start_time_unix_nano)
            {
                self.topic = Some(t.to_string());
            }
        }
        for f in span.answer_flags() {
            if !self.answer_flags.iter().any(|x| x == f) {
                self.answer_flags.push(f.to_string());
            }
        }
    }
}

fn join_models(models: &[String]) -> String {
    models.join("\n")
}

pub(super) fn split_models(s: &str) -> Vec<String> {
    s.split('\n')
        .filter(|m| !m.is_empty())
        .map(str::to_string)
        .collect()
}

fn i64_of(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// Every write transaction takes the write lock up front (waiting for it under the busy
/// timeout). A deferred one would start as a reader, and if the checkpointer rewinds the
/// WAL before its first write, upgrading that stale snapshot fails at once with "database
/// is locked" instead of waiting.
fn begin(conn: &mut Connection) -> Result<rusqlite::Transaction<'_>, StoreError> {
    Ok(conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
}

impl BatchWriter for SqliteWriter {
    fn write_group(&mut self, batches: &[WriteBatch]) -> Result<(), StoreError> {
        let tx = begin(&mut self.conn)?;
        {
            let mut words = TopicWords::default();
            let mut restores =
                write_spans(&tx, batches, &mut self.early, self.text_index, &mut words)?;
            write_topic_keywords(&tx, words)?;
            let mut insert_log = tx.prepare_cached(
                "INSERT INTO logs (time_ns, trace_id, service, severity, event_name, correlation_id, user_id, session_id, data, project) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            let mut insert_event = tx.prepare_cached(
                "INSERT INTO events (time_ns, name, correlation_id, trace_id, user_id, session_id, data, project) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut insert_point = tx.prepare_cached(
                "INSERT INTO metric_points (time_ns, service, name, data) VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut insert_rollup = tx.prepare_cached(
                "INSERT INTO rollups (minute, kind, service, model, operation, status_class, count, errors, \
                 latency_sketch, ttft_sketch, input_tokens, output_tokens, cache_hits, cache_misses, safety_flags, \
                 safety_blocks, feedback_up, feedback_down, feedback_score_sum, feedback_score_count, value_sketch, \
                 value_sum, value_max, answer_flagged, answer_flag_counts, cost_usd, priced_calls, project) VALUES (?1, ?2, ?3, \
                 ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, \
                 ?26, ?27, ?28)",
            )?;
            for batch in batches {
                for log in &batch.logs {
                    let log = log.get();
                    let json = serde_json::to_string(log)
                        .map_err(|e| StoreError::Backend(e.to_string()))?;
                    insert_log.execute(params![
                        i64_of(log.time_unix_nano),
                        log.trace_id.map(|t| t.as_bytes().to_vec()),
                        log.service,
                        log.severity_number,
                        log.event_name,
                        log.correlation_id,
                        log.user_id,
                        log.session_id,
                        json,
                        glassbox_core::project::of(&log.resource),
                    ])?;
                }
                for event in &batch.events {
                    let event = event.get();
                    let json = serde_json::to_string(event)
                        .map_err(|e| StoreError::Backend(e.to_string()))?;
                    insert_event.execute(params![
                        i64_of(event.time_unix_nano),
                        event.name,
                        event.correlation_id,
                        event.trace_id.map(|t| t.as_bytes().to_vec()),
                        event.user_id,
                        event.session_id,
                        json,
                        glassbox_core::project::of(&event.properties),
                    ])?;
                }
                for point in &batch.metric_points {
                    let point = point.get();
                    let json = serde_json::to_string(point)
                        .map_err(|e| StoreError::Backend(e.to_string()))?;
                    insert_point.execute(params![
                        i64_of(point.time_unix_nano),
                        point.service,
                        point.name,
                        json
                    ])?;
                }
                // Rows are additive: late data for a minute is another row, merged on read.
                for r in &batch.rollups {
                    insert_rollup.execute(params![
                        r.minute,
                        r.kind.as_str(),
                        r.service,
                        r.model,
                        r.operation,
                        r.status_class,
                        i64_of(r.count),
                        i64_of(r.errors),
                        r.latency_sketch,
                        r.ttft_sketch,
                        i64_of(r.input_tokens),
                        i64_of(r.output_tokens),
                        i64_of(r.cache_hits),
                        i64_of(r.cache_misses),
                        i64_of(r.safety_flags),
                        i64_of(r.safety_blocks),
                        i64_of(r.feedback_up),
                        i64_of(r.feedback_down),
                        r.feedback_score_sum,
                        i64_of(r.feedback_score_count),
                        r.value_sketch,
                        r.value_sum,
                        r.value_max,
                        i64_of(r.answer_flagged),
                        r.answer_flags.encode(),
                        r.cost_usd,
                        i64_of(r.priced_calls),
                        r.project,
                    ])?;
                }
            }
            // Spans first (this group's included), then the bodies late signals brought back.
            restores.extend(batches.iter().flat_map(|b| {
                b.restored_bodies
                    .iter()
                    .map(|r| ((r.trace_id, r.span_id), r.payload.clone()))
            }));
            let now = Instant::now();
            self.early
                .retain(|_, (at, _)| now.duration_since(*at) < EARLY_RESTORE_TTL);
            for (key, payload) in restores {
                if let Some(payload) = restore_body(&tx, key, payload)? {
                    if self.early.len() < EARLY_RESTORE_MAX {
                        self.early.insert(key, (now, payload));
                    } else {
                        tracing::warn!("a late-signal body arrived before its span and the wait list is full; dropped");
                    }
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn delete_older_than(
        &mut self,
        cutoff_unix_nano: u64,
        scope: RetentionScope<'_>,
    ) -> Result<u64, StoreError> {
        let cutoff = i64_of(cutoff_unix_nano);
        // `?1` is the cutoff; the scope's projects follow as `?2…`.
        let mut args: Vec<rusqlite::types::Value> = vec![cutoff.into()];
        let of_scope = match scope {
            RetentionScope::All => "1".to_string(),
            RetentionScope::Only(p) => {
                args.push(p.to_string().into());
                "project = ?2".to_string()
            }
            RetentionScope::Except(list) => {
                let marks: Vec<String> = (0..list.len()).map(|i| format!("?{}", i + 2)).collect();
                args.extend(list.iter().map(|p| p.clone().into()));
                if marks.is_empty() {
                    "1".to_string()
                } else {
                    format!("project NOT IN ({})", marks.join(", "))
                }
            }
        };
        let tx = begin(&mut self.conn)?;
        let mut removed = 0usize;
        let run = |sql: &str, args: &[rusqlite::types::Value]| -> Result<usize, StoreError> {
            let n = tx.execute(sql, rusqlite::params_from_iter(args.iter()))?;
            Ok(n)
        };
        {
            // A trace's blocks go with it (a trace ends after it starts: the start index
            // narrows the scan).
            let mut expired = tx.prepare(&format!(
                "SELECT blocks FROM traces WHERE start_ns < ?1 AND end_ns < ?1 AND {of_scope}"
            ))?;
            let mut delete =
                tx.prepare("DELETE FROM span_blocks WHERE id = ?1 RETURNING span_count")?;
            let mut rows = expired.query(rusqlite::params_from_iter(args.iter()))?;
            while let Some(row) = rows.next()? {
                let blocks: Vec<u8> = row.get(0)?;
                for id in block_ids(&blocks) {
                    let spans: Option<i64> =
                        delete.query_row(params![id], |r| r.get(0)).optional()?;
                    removed += usize::try_from(spans.unwrap_or(0)).unwrap_or(0);
                    super::search::unindex_block(&tx, id)?;
                }
            }
        }
        removed += run(
            &format!("DELETE FROM traces WHERE end_ns < ?1 AND {of_scope}"),
            &args,
        )?;
        removed += run(
            &format!("DELETE FROM logs WHERE time_ns < ?1 AND {of_scope}"),
            &args,
        )?;
        removed += run(
            &format!("DELETE FROM events WHERE time_ns < ?1 AND {of_scope}"),
            &args,
        )?;
        if !matches!(scope, RetentionScope::Only(_)) {
            // Metric points belong to no project.
            removed += run("DELETE FROM metric_points WHERE time_ns < ?1", &args[..1])?;
        }
        let mut minute_args = args.clone();
        minute_args[0] = (cutoff / 60_000_000_000).into();
        removed += run(
            &format!("DELETE FROM rollups WHERE minute < ?1 AND {of_scope}"),
            &minute_args,
        )?;
        for table in ["topic_keywords", "topic_keyword_users"] {
            run(
                &format!("DELETE FROM {table} WHERE last_ns < ?1 AND {of_scope}"),
                &args,
            )?;
        }
        tx.commit()?;
        Ok(removed as u64)
    }

    fn between_groups(&mut self) -> Option<Duration> {
        self.checkpointer.between_groups(&self.conn)
    }

    fn is_writable(&self) -> bool {
        self.conn.is_autocommit() && self.conn.execute_batch("SELECT 1").is_ok()
    }
}

/// Counts the group's topic keywords (one upsert per topic and word, whatever the
/// number of calls) and records which users used them, so a keyword can be
/// shown once enough distinct users used it.
#[derive(Default)]
struct TopicWords<'a> {
    /// (project, topic, word): uses and when last used.
    uses: HashMap<(&'a str, &'a str, &'a str), (i64, u64)>,
    /// When each user last used each word.
    users: HashMap<(&'a str, &'a str, &'a str, &'a str), u64>,
}

impl<'a> TopicWords<'a> {
    /// Counts a stored span's topic words (spans a retry sent again are not stored, so
    /// not counted twice).
    fn add(&mut self, span: &'a Span) {
        let (Some(topic), Some(g)) = (span.topic(), span.gen_ai.as_ref()) else {
            return;
        };
        // Users only: one person's many sessions must not pass for many people.
        let who = span.user_id.as_deref();
        let project = glassbox_core::project::of(&span.resource);
        for word in &g.topic_keywords {
            let e = self.uses.entry((project, topic, word)).or_default();
            e.0 += 1;
            e.1 = e.1.max(span.start_time_unix_nano);
            if let Some(who) = who {
                let last = self.users.entry((project, topic, word, who)).or_default();
                *last = (*last).max(span.start_time_unix_nano);
            }
        }
    }
}

fn write_topic_keywords(
    tx: &rusqlite::Transaction<'_>,
    words: TopicWords<'_>,
) -> Result<(), StoreError> {
    let TopicWords { uses, users } = words;
    if uses.is_empty() {
        return Ok(());
    }
    let mut count = tx.prepare_cached(
        "INSERT INTO topic_keywords (project, topic, keyword, uses, last_ns) VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT (project, topic, keyword) DO UPDATE SET uses = uses + excluded.uses, \
         last_ns = max(last_ns, excluded.last_ns)",
    )?;
    for ((project, topic, word), (n, last)) in &uses {
        count.execute(params![project, topic, word, n, i64_of(*last)])?;
    }
    let mut user = tx.prepare_cached(
        "INSERT INTO topic_keyword_users (project, topic, keyword, user, last_ns) VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT (project, topic, keyword, user) DO UPDATE SET last_ns = max(last_ns, excluded.last_ns)",
    )?;
    for ((project, topic, word, who), last) in users {
        user.execute(params![project, topic, word, who, i64_of(last)])?;
    }
    Ok(())
}

type Early = HashMap<(TraceId, SpanId), (Instant, RestoredPayload)>;
type Restores = Vec<((TraceId, SpanId), RestoredPayload)>;

/// Writes every span of the group, one block per trace and batch, and each trace's
/// summary row. Returns the restored bodies that were waiting for a span written now.
fn write_spans<'a>(
    tx: &rusqlite::Transaction<'_>,
    batches: &'a [WriteBatch],
    early: &mut Early,
    text_index: bool,
    words: &mut TopicWords<'a>,
) -> Result<Restores, StoreError> {
    let mut restores = Vec::new();
    let encoded: Vec<std::borrow::Cow<'_, [EncodedBlock]>> = batches
        .iter()
        .map(|b| {
            if b.is_encoded() {
                Ok(std::borrow::Cow::Borrowed(&b.encoded_blocks[..]))
            } else {
                b.encode_blocks().map(std::borrow::Cow::Owned)
            }
        })
        .collect::<Result<_, StoreError>>()?;
    // The blocks of each trace across the group, in arrival order.
    let by_trace = crate::batch::by_trace(
        encoded
            .iter()
            .enumerate()
            .flat_map(|(b, blocks)| blocks.iter().map(move |block| (block.trace_id, (b, block)))),
    );
    let mut insert_block = tx.prepare_cached(
        "INSERT INTO span_blocks (trace_id, span_count, span_ids, data) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (trace_id, blocks) in by_trace {
        let key = &trace_id.as_bytes()[..];
        let existing = load_trace(tx, trace_id)?;
        // A client retrying an export resends spans we already hold; they must be neither
        // stored nor counted twice.
        let mut seen: HashSet<SpanId> = match &existing {
            Some(e) => stored_span_ids(tx, &e.blocks)?,
            None => HashSet::new(),
        };
        let mut agg = TraceAgg::default();
        let mut new_blocks = Vec::new();
        for (b, block) in blocks {
            let all: Vec<&Span> = block
                .spans
                .iter()
                .map(|&i| batches[b].spans[i].get())
                .collect();
            let fresh: Vec<&Span> = all
                .iter()
                .copied()
                .filter(|s| seen.insert(s.span_id))
                .collect();
            if fresh.is_empty() {
                continue;
            }
            let reencoded;
            let data: &[u8] = if fresh.len() == all.len() {
                &block.data
            } else {
                reencoded = super::encode_block(&fresh)?;
                &reencoded
            };
            let span_ids: Vec<u8> = fresh.iter().flat_map(|s| *s.span_id.as_bytes()).collect();
            insert_block.execute(params![key, fresh.len() as i64, span_ids, data])?;
            let block_id = tx.last_insert_rowid();
            new_blocks.push(block_id);
            if text_index {
                super::search::index_block(tx, block_id, &super::search::text_of(&fresh))?;
            }
            for span in fresh {
                agg.add(span);
                words.add(span);
                if !early.is_empty() {
                    if let Some((_, p)) = early.remove(&(span.trace_id, span.span_id)) {
                        restores.push(((span.trace_id, span.span_id), p));
                    }
                }
            }
        }
        if !new_blocks.is_empty() {
            upsert_trace(tx, trace_id, existing, agg, &new_blocks)?;
        }
    }
    Ok(restores)
}

/// Span ids already stored in a trace's blocks (each block lists its own).
fn stored_span_ids(
    tx: &rusqlite::Transaction<'_>,
    blocks: &[u8],
) -> Result<HashSet<SpanId>, StoreError> {
    let mut stmt = tx.prepare_cached("SELECT span_ids FROM span_blocks WHERE id = ?1")?;
    let mut ids = HashSet::new();
    for block in block_ids(blocks) {
        let Some(span_ids) = stmt
            .query_row(params![block], |r| r.get::<_, Vec<u8>>(0))
            .optional()?
        else {
            continue;
        };
        ids.extend(
            span_ids
                .chunks_exact(8)
                .filter_map(|c| SpanId::from_bytes(c).ok()),
        );
    }
    Ok(ids)
}

/// Puts a restored body back on a stored span. Returns the payload when the span is not
/// stored (yet). A span that is not `not_sampled` (it kept its body, or was restored
/// already) is left as it is.
fn restore_body(
    tx: &rusqlite::Transaction<'_>,
    (trace_id, span_id): (TraceId, SpanId),
    payload: RestoredPayload,
) -> Result<Option<RestoredPayload>, StoreError> {
    let Some(trace) = load_trace(tx, trace_id)? else {
        return Ok(Some(payload));
    };
    let mut find = tx.prepare_cached("SELECT span_ids, data FROM span_blocks WHERE id = ?1")?;
    for block in block_ids(&trace.blocks) {
        let Some((span_ids, data)) = find
            .query_row(params![block], |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .optional()?
        else {
            continue;
        };
        if !span_ids.chunks_exact(8).any(|c| c == span_id.as_bytes()) {
            continue;
        }
        // One unreadable block must not fail the whole group (and every ack in it).
        let mut spans = match super::decode_block(&data) {
            Ok(spans) => spans,
            Err(e) => {
                tracing::warn!(error = %e, span_id = %span_id.to_hex(), "cannot restore a late body onto a stored span");
                return Ok(None);
            }
        };
        let Some(span) = spans.iter_mut().find(|s| s.span_id == span_id) else {
            return Ok(None);
        };
        if span.attributes.get(PAYLOAD_ATTR) != Some(&AttrValue::Str(NOT_SAMPLED.into())) {
            return Ok(None);
        }
        payload.apply(span);
        let members: Vec<&Span> = spans.iter().collect();
        tx.prepare_cached("UPDATE span_blocks SET data = ?2 WHERE id = ?1")?
            .execute(params![block, super::encode_block(&members)?])?;
        return Ok(None);
    }
    Ok(Some(payload))
}

struct ExistingTrace {
    start_ns: u64,
    end_ns: u64,
    root_name: String,
    root_service: String,
    has_root: bool,
    span_count: u64,
    error_count: u64,
    correlation_id: String,
    user_id: Option<String>,
    session_id: Option<String>,
    models: Vec<String>,
    input_tokens: i64,
    output_tokens: i64,
    answer_flags: Vec<String>,
    cost_usd: f64,
    topic: Option<String>,
    project: String,
    /// Block ids, 8 bytes each.
    blocks: Vec<u8>,
}

fn load_trace(
    tx: &rusqlite::Transaction<'_>,
    trace_id: TraceId,
) -> Result<Option<ExistingTrace>, StoreError> {
    let key = &trace_id.as_bytes()[..];
    let existing = tx
        .prepare_cached(
            "SELECT start_ns, end_ns, root_name, root_service, has_root, span_count, error_count, correlation_id, \
             user_id, session_id, models, input_tokens, output_tokens, blocks, answer_flags, cost_usd, topic, project FROM traces WHERE trace_id = ?1",
        )?
        .query_row(params![key], |r| {
            Ok(ExistingTrace {
                start_ns: r.get::<_, i64>(0)?.max(0) as u64,
                end_ns: r.get::<_, i64>(1)?.max(0) as u64,
                root_name: r.get(2)?,
                root_service: r.get(3)?,
                has_root: r.get(4)?,
                span_count: r.get::<_, i64>(5)?.max(0) as u64,
                error_count: r.get::<_, i64>(6)?.max(0) as u64,
                correlation_id: r.get(7)?,
                user_id: r.get(8)?,
                session_id: r.get(9)?,
                models: split_models(&r.get::<_, String>(10)?),
                input_tokens: r.get(11)?,
                output_tokens: r.get(12)?,
                blocks: r.get(13)?,
                answer_flags: split_models(&r.get::<_, String>(14)?),
                cost_usd: r.get(15)?,
                topic: r.get(16)?,
                project: r.get(17)?,
            })
        })
        .optional()?;
    Ok(existing)
}

fn upsert_trace(
    tx: &rusqlite::Transaction<'_>,
    trace_id: TraceId,
    existing: Option<ExistingTrace>,
    agg: TraceAgg,
    new_blocks: &[i64],
) -> Result<(), StoreError> {
    let key = &trace_id.as_bytes()[..];
    let trace_hex = trace_id.to_hex();
    let (fallback_name, fallback_service) = agg
        .earliest
        .as_ref()
        .map(|(_, n, s)| (n.clone(), s.clone()))
        .unwrap_or_default();
    let mut merged = match existing {
        None => ExistingTrace {
            start_ns: agg.start_ns,
            end_ns: agg.end_ns,
            has_root: agg.root.is_some(),
            root_name: agg.root.as_ref().map_or(fallback_name, |r| r.0.clone()),
            root_service: agg.root.as_ref().map_or(fallback_service, |r| r.1.clone()),
            span_count: agg.span_count,
            error_count: agg.error_count,
            correlation_id: agg.explicit_correlation.unwrap_or(trace_hex),
            user_id: agg.user_id,
            session_id: agg.session_id,
            models: agg.models,
            input_tokens: agg.input_tokens,
            output_tokens: agg.output_tokens,
            answer_flags: agg.answer_flags,
            cost_usd: agg.cost_usd,
            topic: agg.topic,
            project: agg
                .project
                .unwrap_or_else(|| glassbox_core::project::DEFAULT_PROJECT.to_string()),
            blocks: Vec::new(),
        },
        // Spans another project sent under this trace id are stored (each reader sees only
        // its own project's spans) but never folded into this project's summary.
        Some(e) if agg.project.as_deref().is_some_and(|p| p != e.project) => e,
        Some(mut e) => {
            if let Some((name, service)) = agg.root {
                e.root_name = name;
                e.root_service = service;
                e.has_root = true;
            } else if !e.has_root && agg.start_ns < e.start_ns {
                e.root_name = fallback_name;
                e.root_service = fallback_service;
            }
            e.start_ns = e.start_ns.min(agg.start_ns);
            e.end_ns = e.end_ns.max(agg.end_ns);
            e.span_count += agg.span_count;
            e.error_count += agg.error_count;
            if e.correlation_id == trace_hex {
                if let Some(c) = agg.explicit_correlation {
                    e.correlation_id = c;
                }
            }
            e.user_id = e.user_id.or(agg.user_id);
            e.session_id = e.session_id.or(agg.session_id);
            for m in agg.models {
                if !e.models.contains(&m) {
                    e.models.push(m);
                }
            }
            e.input_tokens += agg.input_tokens;
            e.output_tokens += agg.output_tokens;
            for f in agg.answer_flags {
                if !e.answer_flags.contains(&f) {
                    e.answer_flags.push(f);
                }
            }
            e.cost_usd += agg.cost_usd;
            e.topic = e.topic.or(agg.topic);
            e
        }
    };
    for &id in new_blocks {
        push_block_id(&mut merged.blocks, id);
    }
    tx.prepare_cached(
        "INSERT OR REPLACE INTO traces (trace_id, start_ns, end_ns, root_name, root_service, has_root, span_count, \
         error_count, correlation_id, user_id, session_id, models, input_tokens, output_tokens, blocks, answer_flags, cost_usd, topic, project) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    )?
    .execute(params![
        key,
        i64_of(merged.start_ns),
        i64_of(merged.end_ns),
        merged.root_name,
        merged.root_service,
        merged.has_root,
        i64_of(merged.span_count),
        i64_of(merged.error_count),
        merged.correlation_id,
        merged.user_id,
        merged.session_id,
        join_models(&merged.models),
        merged.input_tokens,
        merged.output_tokens,
        merged.blocks,
        join_models(&merged.answer_flags),
        merged.cost_usd,
        merged.topic,
        merged.project,
    ])?;
    Ok(())
}
