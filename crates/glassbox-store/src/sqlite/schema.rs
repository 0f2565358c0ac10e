//! Tables and indexes. Every index here is one a query uses; each random-key index costs
//! ingest throughput, so spans carry only the trace-id key and the per-trace row in
//! `traces` carries the correlation/user/session/time indexes.

use rusqlite::Connection;

use crate::StoreError;

const SCHEMA_VERSION: i64 = 3;

const SCHEMA: &str = r#"
-- Span records are appended in arrival order (rowid), each trace's spans of one write
-- group contiguously; `span_chunks` maps a trace to its rowid ranges. The only random-key
-- insert is one chunk row per trace and group, not one index entry per span.
CREATE TABLE IF NOT EXISTS spans (
    id INTEGER PRIMARY KEY,
    trace_id BLOB NOT NULL,
    span_id BLOB NOT NULL,
    start_ns INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS span_chunks (
    trace_id BLOB NOT NULL,
    first_id INTEGER NOT NULL,
    last_id INTEGER NOT NULL,
    PRIMARY KEY (trace_id, first_id)
) WITHOUT ROWID;

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
    output_tokens INTEGER NOT NULL
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
    data TEXT NOT NULL
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
    data TEXT NOT NULL
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
    value_max REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS rollups_by_minute ON rollups (minute);
"#;

/// Creates or upgrades the schema.
pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Backend(format!(
            "database schema version {version} is newer than this glassbox understands ({SCHEMA_VERSION}); upgrade glassbox"
        )));
    }
    if version == 1 {
        // v1 kept spans in a WITHOUT ROWID table keyed by (trace_id, span_id).
        conn.execute_batch("BEGIN; ALTER TABLE spans RENAME TO spans_v1; COMMIT;")?;
    }
    conn.execute_batch(SCHEMA)?;
    if version == 1 {
        conn.execute_batch(
            "BEGIN; INSERT INTO spans (trace_id, span_id, start_ns, data) \
             SELECT trace_id, span_id, start_ns, data FROM spans_v1 ORDER BY trace_id, start_ns; \
             DROP TABLE spans_v1; COMMIT;",
        )?;
    }
    if version == 1 || version == 2 {
        // v2 found spans through a (trace_id, span_id) index; v3 through chunks.
        conn.execute_batch(
            "BEGIN; INSERT OR IGNORE INTO span_chunks (trace_id, first_id, last_id) \
             SELECT trace_id, id, id FROM spans; \
             DROP INDEX IF EXISTS spans_by_trace; COMMIT;",
        )?;
    }
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}
