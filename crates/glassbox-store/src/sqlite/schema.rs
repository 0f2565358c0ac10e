//! Tables and indexes. Every index here is one a query uses; each random-key index costs
//! ingest throughput (at scale, one 4 KiB page written to the WAL and again at checkpoint
//! per insert), so spans carry no index at all: the per-trace row in `traces` lists its
//! span blocks and carries the correlation/user/session/time indexes.

use rusqlite::{params, Connection};

use super::push_block_id;
use crate::StoreError;

const SCHEMA_VERSION: i64 = 7;

const SCHEMA: &str = r#"
-- One row that /readyz rewrites (at most every few seconds) to prove the database can be
-- written now.
CREATE TABLE IF NOT EXISTS health_probe (
    id INTEGER PRIMARY KEY,
    at_ns INTEGER NOT NULL
);
-- Spans are stored in blocks, appended in arrival order (rowid): one block per trace and
-- export batch, one compressed JSON array. `span_ids` (8 bytes each) lets the writer
-- drop spans a retrying client sends twice without decoding the block.
CREATE TABLE IF NOT EXISTS span_blocks (
    id INTEGER PRIMARY KEY,
    trace_id BLOB NOT NULL,
    span_count INTEGER NOT NULL,
    span_ids BLOB NOT NULL,
    data BLOB NOT NULL
);

-- One row per trace: its summary and `blocks`, the rowids of its span blocks (8 bytes
-- each, little-endian). Rewritten on every group that brings spans of the trace, which
-- dirties the same page the summary update does.
CREATE TABLE IF NOT EXISTS traces (
    trace_id BLOB PRIMARY KEY,
    start_ns INTEGER NOT NULL,
    end_ns INTEGER NOT NULL,
    root_name TEXT NOT NULL,
    root_service TEXT NOT NULL,
    has_root INTEGER NOT NULL,
    span_count INTEGER NOT NULL,
    error_count INTEGER NOT NULL,
    correlation_id TEXT NOT NULL,
    user_id TEXT,
    session_id TEXT,
    models TEXT NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    blocks BLOB NOT NULL DEFAULT x'',
    -- Answer-health flags seen on the trace's spans, newline-separated.
    answer_flags TEXT NOT NULL DEFAULT '',
    -- What the trace's model calls cost, US dollars (priced models only).
    cost_usd REAL NOT NULL DEFAULT 0,
    -- The keyed topic of the user turn that started it (`T-3f9a1c2b`).
    topic TEXT,
    -- The project of the trace's first stored span.
    project TEXT NOT NULL DEFAULT 'default'
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS traces_by_start ON traces (start_ns);
CREATE INDEX IF NOT EXISTS traces_by_correlation ON traces (correlation_id);
CREATE INDEX IF NOT EXISTS traces_by_user ON traces (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS traces_by_session ON traces (session_id) WHERE session_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS logs (
    id INTEGER PRIMARY KEY,
    time_ns INTEGER NOT NULL,
    trace_id BLOB,
    service TEXT NOT NULL,
    severity INTEGER NOT NULL,
    event_name TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    user_id TEXT,
    session_id TEXT,
    data TEXT NOT NULL,
    project TEXT NOT NULL DEFAULT 'default'
);
CREATE INDEX IF NOT EXISTS logs_by_time ON logs (time_ns);
CREATE INDEX IF NOT EXISTS logs_by_trace ON logs (trace_id) WHERE trace_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS logs_by_correlation ON logs (correlation_id);
CREATE INDEX IF NOT EXISTS logs_by_user ON logs (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS logs_by_session ON logs (session_id) WHERE session_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    time_ns INTEGER NOT NULL,
    name TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    trace_id BLOB,
    user_id TEXT,
    session_id TEXT,
    data TEXT NOT NULL,
    project TEXT NOT NULL DEFAULT 'default'
);
CREATE INDEX IF NOT EXISTS events_by_time ON events (time_ns);
CREATE INDEX IF NOT EXISTS events_by_correlation ON events (correlation_id);
CREATE INDEX IF NOT EXISTS events_by_trace ON events (trace_id) WHERE trace_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_by_user ON events (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_by_session ON events (session_id) WHERE session_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS metric_points (
    id INTEGER PRIMARY KEY,
    time_ns INTEGER NOT NULL,
    service TEXT NOT NULL,
    name TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS metric_points_by_time ON metric_points (time_ns);

CREATE TABLE IF NOT EXISTS rollups (
    minute INTEGER NOT NULL,
    kind TEXT NOT NULL,
    service TEXT NOT NULL,
    model TEXT NOT NULL,
    operation TEXT NOT NULL,
    status_class TEXT NOT NULL,
    count INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    latency_sketch BLOB NOT NULL,
    ttft_sketch BLOB NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cache_hits INTEGER NOT NULL,
    cache_misses INTEGER NOT NULL,
    safety_flags INTEGER NOT NULL,
    safety_blocks INTEGER NOT NULL,
    feedback_up INTEGER NOT NULL,
    feedback_down INTEGER NOT NULL,
    feedback_score_sum REAL NOT NULL,
    feedback_score_count INTEGER NOT NULL,
    value_sketch BLOB NOT NULL,
    value_sum REAL NOT NULL,
    value_max REAL NOT NULL,
    answer_flagged INTEGER NOT NULL DEFAULT 0,
    -- `refusal=3,truncated=1`
    answer_flag_counts TEXT NOT NULL DEFAULT '',
    cost_usd REAL NOT NULL DEFAULT 0,
    priced_calls INTEGER NOT NULL DEFAULT 0,
    -- The project of the calls and events counted; gauges belong to none ('').
    project TEXT NOT NULL DEFAULT 'default'
);
CREATE INDEX IF NOT EXISTS rollups_by_minute ON rollups (minute);

-- Topic keywords (vocabulary words of redacted user turns), counted per topic, and the
-- users who used each: a keyword is shown only once enough distinct users used it.
CREATE TABLE IF NOT EXISTS topic_keywords (
    project TEXT NOT NULL DEFAULT 'default',
    topic TEXT NOT NULL,
    keyword TEXT NOT NULL,
    uses INTEGER NOT NULL,
    last_ns INTEGER NOT NULL,
    PRIMARY KEY (project, topic, keyword)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS topic_keyword_users (
    project TEXT NOT NULL DEFAULT 'default',
    topic TEXT NOT NULL,
    keyword TEXT NOT NULL,
    user TEXT NOT NULL,
    last_ns INTEGER NOT NULL,
    PRIMARY KEY (project, topic, keyword, user)
) WITHOUT ROWID;

-- Full-text index of span blocks (rowid = span_blocks.id): tokens only, no text and no
-- positions (see `search`). Blocks stored before the index existed are not in it.
CREATE VIRTUAL TABLE IF NOT EXISTS span_text USING fts5(
    text, content='', contentless_delete=1, detail=none,
    tokenize='unicode61 remove_diacritics 2'
);
-- Its vocabulary, to expand a prefix into the words it starts.
CREATE VIRTUAL TABLE IF NOT EXISTS span_text_vocab USING fts5vocab(span_text, 'row');
"#;

/// Creates or upgrades the schema.
pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Backend(format!(
            "database schema version {version} is newer than this glassbox understands ({SCHEMA_VERSION}); upgrade glassbox"
        )));
    }
    // Versions 1 to 3 kept one row per span in `spans` (trace_id, span_id, start_ns, data:
    // a span's JSON, zstd-compressed or plain) and a `traces` table without `blocks`.
    let legacy = (1..4).contains(&version);
    if legacy {
        conn.execute_batch(
            "BEGIN; ALTER TABLE spans RENAME TO spans_legacy; \
             ALTER TABLE traces ADD COLUMN blocks BLOB NOT NULL DEFAULT x''; COMMIT;",
        )?;
    }
    conn.execute_batch(SCHEMA)?;
    // Version 5 added the answer-health and cost columns (tables created above already
    // have them).
    if (1..5).contains(&version) {
        add_column(conn, "traces", "answer_flags", "TEXT NOT NULL DEFAULT ''")?;
        add_column(conn, "traces", "cost_usd", "REAL NOT NULL DEFAULT 0")?;
        add_column(conn, "rollups", "cost_usd", "REAL NOT NULL DEFAULT 0")?;
        add_column(
            conn,
            "rollups",
            "priced_calls",
            "INTEGER NOT NULL DEFAULT 0",
        )?;
        add_column(
            conn,
            "rollups",
            "answer_flagged",
            "INTEGER NOT NULL DEFAULT 0",
        )?;
        add_column(
            conn,
            "rollups",
            "answer_flag_counts",
            "TEXT NOT NULL DEFAULT ''",
        )?;
    }
    // Version 6 added topics.
    if (1..6).contains(&version) {
        add_column(conn, "traces", "topic", "TEXT")?;
    }
    // Version 7 added projects: records stored before belong to `default`.
    if (1..7).contains(&version) {
        add_column(conn, "traces", "project", "TEXT NOT NULL DEFAULT 'default'")?;
        add_column(conn, "logs", "project", "TEXT NOT NULL DEFAULT 'default'")?;
        add_column(conn, "events", "project", "TEXT NOT NULL DEFAULT 'default'")?;
        add_column(
            conn,
            "rollups",
            "project",
            "TEXT NOT NULL DEFAULT 'default'",
        )?;
        conn.execute_batch("UPDATE rollups SET project = '' WHERE kind = 'gauge'")?;
        // Topic keywords are counted per project: the tables gain it in their keys.
        let has_project: bool = conn
            .prepare("SELECT 1 FROM pragma_table_info('topic_keywords') WHERE name = 'project'")?
            .exists([])?;
        if !has_project {
            // The schema creates them anew (with the project) once the old ones are out
            // of the way.
            conn.execute_batch(
                "BEGIN;
                 ALTER TABLE topic_keywords RENAME TO topic_keywords_v6;
                 ALTER TABLE topic_keyword_users RENAME TO topic_keyword_users_v6;",
            )?;
            conn.execute_batch(SCHEMA)?;
            conn.execute_batch(
                "INSERT INTO topic_keywords (topic, keyword, uses, last_ns)
                     SELECT topic, keyword, uses, last_ns FROM topic_keywords_v6;
                 INSERT INTO topic_keyword_users (topic, keyword, user, last_ns)
                     SELECT topic, keyword, user, last_ns FROM topic_keyword_users_v6;
                 DROP TABLE topic_keywords_v6;
                 DROP TABLE topic_keyword_users_v6;
                 COMMIT;",
            )?;
        }
    }
    if legacy {
        migrate_legacy_spans(conn)?;
    }
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}

/// Adds a column unless the table has it.
fn add_column(conn: &Connection, table: &str, column: &str, decl: &str) -> Result<(), StoreError> {
    let exists: bool = conn
        .prepare(&format!(
            "SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?1"
        ))?
        .exists([column])?;
    if !exists {
        conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {decl}"))?;
    }
    Ok(())
}

/// Moves per-span rows into blocks of one span each (the block decoder reads a lone span
/// as well as an array) and lists each trace's blocks on its row. Memory stays bounded
/// however large the store: the grouping by trace is an index build (an external sort).
fn migrate_legacy_spans(conn: &Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "temp_store", "FILE")?;
    let tx = conn.unchecked_transaction()?;
    tx.execute_batch(
        "INSERT INTO span_blocks (trace_id, span_count, span_ids, data) \
         SELECT trace_id, 1, span_id, data FROM spans_legacy; \
         DROP TABLE spans_legacy; DROP TABLE IF EXISTS span_chunks; \
         CREATE INDEX span_blocks_migration ON span_blocks (trace_id, id);",
    )?;
    {
        let mut select =
            tx.prepare("SELECT trace_id, id FROM span_blocks ORDER BY trace_id, id")?;
        let mut update = tx.prepare("UPDATE traces SET blocks = ?2 WHERE trace_id = ?1")?;
        let mut rows = select.query([])?;
        let mut current: Option<(Vec<u8>, Vec<u8>)> = None;
        while let Some(row) = rows.next()? {
            let trace: Vec<u8> = row.get(0)?;
            let id: i64 = row.get(1)?;
            match &mut current {
                Some((t, blocks)) if *t == trace => push_block_id(blocks, id),
                _ => {
                    if let Some((t, blocks)) = current.take() {
                        update.execute(params![t, blocks])?;
                    }
                    let mut blocks = Vec::new();
                    push_block_id(&mut blocks, id);
                    current = Some((trace, blocks));
                }
            }
        }
        if let Some((t, blocks)) = current {
            update.execute(params![t, blocks])?;
        }
    }
    tx.execute_batch("DROP INDEX span_blocks_migration;")?;
    tx.commit()?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}
