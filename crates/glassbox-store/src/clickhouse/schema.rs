//! Versioned schema: each migration is a list of statements, applied once, in order,
//! recorded in `glassbox_migrations`. Statements are idempotent (`IF NOT EXISTS`), so
//! nodes starting at the same time, or a migration interrupted halfway, converge.
//!
//! `{db}` is the database, `{on_cluster}` ` ON CLUSTER <name>` when a cluster is set, and
//! `{replicated}` `Replicated` (engines become `ReplicatedReplacingMergeTree`…, using the
//! server's default replication path) so every replica holds every row.

use serde::Deserialize;

use super::http::Http;
use crate::StoreError;

/// Oldest ClickHouse glassbox runs on (24.8 LTS): lightweight deletes, `Map` bloom
/// filters and non-replicated insert deduplication all behave as the backend expects.
pub const MIN_VERSION: (u32, u32) = (24, 8);

/// The schema version this glassbox writes.
pub const SCHEMA_VERSION: u32 = 5;

const V1: &[&str] = &[
    // Spans: the OpenTelemetry Collector exporter's `otel_traces` columns, then glassbox's.
    // A span is stored once per version: 0 as written, later versions when a late signal
    // brings its body back; readers take the newest (`LIMIT 1 BY`), merges keep it.
    "CREATE TABLE IF NOT EXISTS {db}.otel_traces{on_cluster} (
        Timestamp DateTime64(9) CODEC(Delta, ZSTD(1)),
        TraceId String CODEC(ZSTD(1)),
        SpanId String CODEC(ZSTD(1)),
        ParentSpanId String CODEC(ZSTD(1)),
        TraceState String CODEC(ZSTD(1)),
        SpanName LowCardinality(String) CODEC(ZSTD(1)),
        SpanKind LowCardinality(String) CODEC(ZSTD(1)),
        ServiceName LowCardinality(String) CODEC(ZSTD(1)),
        ResourceAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
        ScopeName String CODEC(ZSTD(1)),
        ScopeVersion String CODEC(ZSTD(1)),
        SpanAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
        Duration UInt64 CODEC(ZSTD(1)),
        StatusCode LowCardinality(String) CODEC(ZSTD(1)),
        StatusMessage String CODEC(ZSTD(1)),
        Events Nested (
            Timestamp DateTime64(9),
            Name LowCardinality(String),
            Attributes Map(LowCardinality(String), String)
        ) CODEC(ZSTD(1)),
        Links Nested (
            TraceId String,
            SpanId String,
            TraceState String,
            Attributes Map(LowCardinality(String), String)
        ) CODEC(ZSTD(1)),
        Project LowCardinality(String) CODEC(ZSTD(1)),
        CorrelationId String CODEC(ZSTD(1)),
        UserId String CODEC(ZSTD(1)),
        SessionId String CODEC(ZSTD(1)),
        GenAiOperation LowCardinality(String) CODEC(ZSTD(1)),
        GenAiModels Array(LowCardinality(String)) CODEC(ZSTD(1)),
        InputTokens Int64 CODEC(ZSTD(1)),
        OutputTokens Int64 CODEC(ZSTD(1)),
        CostUsd Float64 CODEC(ZSTD(1)),
        Topic LowCardinality(String) CODEC(ZSTD(1)),
        AnswerFlags Array(LowCardinality(String)) CODEC(ZSTD(1)),
        PayloadRef String CODEC(ZSTD(1)),
        SearchText String CODEC(ZSTD(3)),
        SpanJson String CODEC(ZSTD(3)),
        Version UInt64 CODEC(ZSTD(1)),
        INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_correlation_id CorrelationId TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_user_id UserId TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_session_id SessionId TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_res_attr_key mapKeys(ResourceAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_span_attr_key mapKeys(SpanAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_duration Duration TYPE minmax GRANULARITY 1,
        INDEX idx_search_text SearchText TYPE tokenbf_v1(32768, 3, 0) GRANULARITY 1
    ) ENGINE = {replicated}ReplacingMergeTree(Version)
    PARTITION BY toDate(Timestamp)
    ORDER BY (ServiceName, SpanName, toDateTime(Timestamp), TraceId, SpanId)
    SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1, non_replicated_deduplication_window = 1000",
    // The exporter's trace-id lookup: a trace's time range, so reading one trace prunes
    // partitions.
    "CREATE TABLE IF NOT EXISTS {db}.otel_traces_trace_id_ts{on_cluster} (
        TraceId String CODEC(ZSTD(1)),
        Start DateTime CODEC(Delta, ZSTD(1)),
        End DateTime CODEC(Delta, ZSTD(1)),
        INDEX idx_trace_id TraceId TYPE bloom_filter(0.01) GRANULARITY 1
    ) ENGINE = {replicated}MergeTree
    PARTITION BY toDate(Start)
    ORDER BY (TraceId, Start)
    SETTINGS index_granularity = 8192",
    "CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.otel_traces_trace_id_ts_mv{on_cluster}
    TO {db}.otel_traces_trace_id_ts
    AS SELECT
        TraceId,
        min(Timestamp) AS Start,
        max(Timestamp) AS End
    FROM {db}.otel_traces
    WHERE TraceId != ''
    GROUP BY TraceId",
    // Logs: the exporter's `otel_logs` columns, then glassbox's.
    "CREATE TABLE IF NOT EXISTS {db}.otel_logs{on_cluster} (
        Timestamp DateTime64(9) CODEC(Delta, ZSTD(1)),
        TimestampTime DateTime DEFAULT toDateTime(Timestamp),
        TraceId String CODEC(ZSTD(1)),
        SpanId String CODEC(ZSTD(1)),
        TraceFlags UInt8,
        SeverityText LowCardinality(String) CODEC(ZSTD(1)),
        SeverityNumber UInt8,
        ServiceName LowCardinality(String) CODEC(ZSTD(1)),
        Body String CODEC(ZSTD(1)),
        ResourceSchemaUrl LowCardinality(String) CODEC(ZSTD(1)),
        ResourceAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
        ScopeSchemaUrl LowCardinality(String) CODEC(ZSTD(1)),
        ScopeName String CODEC(ZSTD(1)),
        ScopeVersion LowCardinality(String) CODEC(ZSTD(1)),
        ScopeAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
        LogAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
        EventName String CODEC(ZSTD(1)),
        Project LowCardinality(String) CODEC(ZSTD(1)),
        Id Int64,
        CorrelationId String CODEC(ZSTD(1)),
        UserId String CODEC(ZSTD(1)),
        SessionId String CODEC(ZSTD(1)),
        RecordJson String CODEC(ZSTD(3)),
        INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_correlation_id CorrelationId TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_user_id UserId TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_session_id SessionId TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_log_attr_key mapKeys(LogAttributes) TYPE bloom_filter(0.01) GRANULARITY 1
    ) ENGINE = {replicated}ReplacingMergeTree
    PARTITION BY toDate(TimestampTime)
    ORDER BY (ServiceName, TimestampTime, Timestamp, Id)
    SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1, non_replicated_deduplication_window = 1000",
    // Feedback and business events.
    "CREATE TABLE IF NOT EXISTS {db}.glassbox_events{on_cluster} (
        Timestamp DateTime64(9) CODEC(Delta, ZSTD(1)),
        Id Int64,
        Name LowCardinality(String),
        Project LowCardinality(String),
        CorrelationId String CODEC(ZSTD(1)),
        TraceId String CODEC(ZSTD(1)),
        UserId String CODEC(ZSTD(1)),
        SessionId String CODEC(ZSTD(1)),
        Thumbs Int8,
        RecordJson String CODEC(ZSTD(3)),
        INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1,
        INDEX idx_correlation_id CorrelationId TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_user_id UserId TYPE bloom_filter(0.01) GRANULARITY 1,
        INDEX idx_session_id SessionId TYPE bloom_filter(0.01) GRANULARITY 1
    ) ENGINE = {replicated}ReplacingMergeTree
    PARTITION BY toDate(Timestamp)
    ORDER BY (Name, Timestamp, Id)
    SETTINGS non_replicated_deduplication_window = 1000",
    // Raw OTLP metric points.
    "CREATE TABLE IF NOT EXISTS {db}.glassbox_metric_points{on_cluster} (
        Timestamp DateTime64(9) CODEC(Delta, ZSTD(1)),
        ServiceName LowCardinality(String),
        Name LowCardinality(String),
        Id Int64,
        RecordJson String CODEC(ZSTD(3))
    ) ENGINE = {replicated}ReplacingMergeTree
    PARTITION BY toDate(Timestamp)
    ORDER BY (ServiceName, Name, Timestamp, Id)
    SETTINGS non_replicated_deduplication_window = 1000",
    // Per-node, per-minute rollups with their DDSketch states: merged on read, so
    // percentiles stay exact to the sketch's accuracy across nodes and time.
    "CREATE TABLE IF NOT EXISTS {db}.glassbox_rollups{on_cluster} (
        Minute Int64,
        Node LowCardinality(String),
        Kind LowCardinality(String),
        Service LowCardinality(String),
        Model LowCardinality(String),
        Operation LowCardinality(String),
        StatusClass LowCardinality(String),
        RowId Int64,
        RowJson String CODEC(ZSTD(3))
    ) ENGINE = {replicated}ReplacingMergeTree
    PARTITION BY toDate(toDateTime(Minute * 60))
    ORDER BY (Minute, Node, Kind, Service, Model, Operation, StatusClass, RowId)
    SETTINGS non_replicated_deduplication_window = 1000",
    // Topic keywords with the user who used each (k-anonymity is counted on read).
    "CREATE TABLE IF NOT EXISTS {db}.glassbox_topic_words{on_cluster} (
        Timestamp DateTime64(9) CODEC(Delta, ZSTD(1)),
        Topic LowCardinality(String),
        Keyword String,
        UserId String,
        Uses UInt32
    ) ENGINE = {replicated}ReplacingMergeTree
    PARTITION BY toDate(Timestamp)
    ORDER BY (Topic, Keyword, UserId, Timestamp)
    SETTINGS non_replicated_deduplication_window = 1000",
    // A small real write for readiness probes.
    "CREATE TABLE IF NOT EXISTS {db}.glassbox_health_probe{on_cluster} (
        Node String,
        At DateTime64(9)
    ) ENGINE = {replicated}ReplacingMergeTree(At)
    ORDER BY Node",
];

const V2: &[&str] = &[
    // Bodies the payload policy dropped for sampling, parked for late signals by the node
    // that dropped them, so a thumbs-down reaching any node brings them back. Redacted
    // like everything else; gone when the late-signal window ends (`ExpiresAt`).
    "CREATE TABLE IF NOT EXISTS {db}.glassbox_parked_bodies{on_cluster} (
        ParkedAt DateTime64(9) CODEC(Delta, ZSTD(1)),
        ExpiresAt DateTime,
        TraceId String CODEC(ZSTD(1)),
        SpanId String CODEC(ZSTD(1)),
        CorrelationId String CODEC(ZSTD(1)),
        BodyJson String CODEC(ZSTD(3)),
        INDEX idx_correlation_id CorrelationId TYPE bloom_filter(0.01) GRANULARITY 1
    ) ENGINE = {replicated}ReplacingMergeTree
    ORDER BY (TraceId, SpanId)
    TTL ExpiresAt
    SETTINGS non_replicated_deduplication_window = 1000",
];

const V3: &[&str] = &[
    // Leases: housekeeping one node of the cluster does at a time (retention). The
    // newest claim wins; a claim runs out at `Until`.
    "CREATE TABLE IF NOT EXISTS {db}.glassbox_leases{on_cluster} (
        Name LowCardinality(String),
        Holder String,
        Until DateTime64(3)
    ) ENGINE = {replicated}ReplacingMergeTree(Until)
    ORDER BY Name",
];

const V4: &[&str] = &[
    // Each node's minutes still open, as last snapshotted (every few seconds): the newest
    // snapshot of a (minute, node, key) replaces the older ones, and readers count it
    // only until that node's closed rows for the minute are in `glassbox_rollups`.
    "CREATE TABLE IF NOT EXISTS {db}.glassbox_open_rollups{on_cluster} (
        Minute Int64,
        Node LowCardinality(String),
        Kind LowCardinality(String),
        Service LowCardinality(String),
        Model LowCardinality(String),
        Operation LowCardinality(String),
        StatusClass LowCardinality(String),
        Version UInt64,
        RowJson String CODEC(ZSTD(3))
    ) ENGINE = {replicated}ReplacingMergeTree(Version)
    PARTITION BY toDate(toDateTime(Minute * 60))
    ORDER BY (Minute, Node, Kind, Service, Model, Operation, StatusClass)
    SETTINGS non_replicated_deduplication_window = 1000",
];

const V5: &[&str] = &[
    // Projects: rollup rows and topic keywords are counted per project. A snapshot of
    // one project's open minute must not replace another's, so the project joins the
    // keys (a column added and appended to the sorting key in one statement, which
    // ClickHouse allows only without a default: rows from before read '' = `default`).
    "ALTER TABLE {db}.glassbox_open_rollups{on_cluster}
        ADD COLUMN IF NOT EXISTS Project LowCardinality(String),
        MODIFY ORDER BY (Minute, Node, Kind, Service, Model, Operation, StatusClass, Project)",
    "ALTER TABLE {db}.glassbox_rollups{on_cluster}
        ADD COLUMN IF NOT EXISTS Project LowCardinality(String)",
    "ALTER TABLE {db}.glassbox_topic_words{on_cluster}
        ADD COLUMN IF NOT EXISTS Project LowCardinality(String),
        MODIFY ORDER BY (Topic, Keyword, UserId, Timestamp, Project)",
];

/// Every migration, oldest first: (version, statements).
const MIGRATIONS: &[(u32, &[&str])] = &[(1, V1), (2, V2), (3, V3), (4, V4), (5, V5)];

/// ` ON CLUSTER <name>` for a cluster, nothing for a single server.
pub(crate) fn on_cluster(cluster: &str) -> String {
    if cluster.is_empty() {
        String::new()
    } else {
        format!(" ON CLUSTER `{}`", cluster.replace('`', ""))
    }
}

/// A statement with the database and cluster filled in.
pub(crate) fn render(sql: &str, database: &str, cluster: &str) -> String {
    let on_cluster = on_cluster(cluster);
    let replicated = if cluster.is_empty() { "" } else { "Replicated" };
    sql.replace("{db}", database)
        .replace("{on_cluster}", &on_cluster)
        .replace("{replicated}", replicated)
}

/// Parses `24.8.4.13` (or `26.9.2.1`) into (major, minor).
pub(crate) fn parse_version(v: &str) -> Option<(u32, u32)> {
    let mut parts = v.trim().split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

/// Refuses a server older than [`MIN_VERSION`], with what to do.
pub(crate) fn check_version(http: &Http) -> Result<(), StoreError> {
    let text = http.execute_bare("SELECT version()")?;
    let Some(v) = parse_version(&text) else {
        return Err(StoreError::Backend(format!(
            "ClickHouse answered `SELECT version()` with {:?}, not a version",
            text.trim()
        )));
    };
    if v < MIN_VERSION {
        return Err(StoreError::Backend(format!(
            "ClickHouse {} is too old: glassbox needs {}.{} or later (upgrade ClickHouse, or use \
             storage.backend = \"sqlite\")",
            text.trim(),
            MIN_VERSION.0,
            MIN_VERSION.1
        )));
    }
    Ok(())
}

#[derive(Deserialize)]
struct Applied {
    v: u32,
}

/// Creates the database and applies every migration not applied yet.
pub(crate) fn migrate(http: &Http, cluster: &str) -> Result<(), StoreError> {
    let db = http.database().to_string();
    http.execute_bare(&render(
        "CREATE DATABASE IF NOT EXISTS {db}{on_cluster}",
        &db,
        cluster,
    ))?;
    http.execute_bare(&render(
        "CREATE TABLE IF NOT EXISTS {db}.glassbox_migrations{on_cluster} (
            Version UInt32,
            AppliedAt DateTime DEFAULT now()
        ) ENGINE = {replicated}ReplacingMergeTree ORDER BY Version",
        &db,
        cluster,
    ))?;
    let applied: Vec<Applied> =
        http.rows("SELECT max(Version) AS v FROM glassbox_migrations", &[])?;
    let current = applied.first().map_or(0, |a| a.v);
    if current > SCHEMA_VERSION {
        return Err(StoreError::Backend(format!(
            "ClickHouse database {db} has glassbox schema version {current}, newer than this \
             glassbox understands ({SCHEMA_VERSION}); upgrade glassbox"
        )));
    }
    for (version, statements) in MIGRATIONS {
        if *version <= current {
            continue;
        }
        for sql in *statements {
            http.execute_bare(&render(sql, &db, cluster)).map_err(|e| {
                StoreError::Backend(format!("ClickHouse schema migration {version}: {e}"))
            })?;
        }
        http.execute_bare(&format!(
            "INSERT INTO {db}.glassbox_migrations (Version) VALUES ({version})"
        ))?;
        tracing::info!(version, database = %db, "applied ClickHouse schema migration");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse_and_compare() {
        assert_eq!(parse_version("24.8.4.13\n"), Some((24, 8)));
        assert_eq!(parse_version("26.9.2.1"), Some((26, 9)));
        assert!(parse_version("18.16.1").is_some_and(|v| v < MIN_VERSION));
        assert!(parse_version("24.3.1").is_some_and(|v| v < MIN_VERSION));
        assert!(parse_version("24.10.1").is_some_and(|v| v >= MIN_VERSION));
        assert_eq!(parse_version("garbage"), None);
    }

    #[test]
    fn cluster_statements_are_replicated_and_on_cluster() {
        let one = render(V1[0], "gb", "");
        assert!(one.contains("CREATE TABLE IF NOT EXISTS gb.otel_traces ("));
        assert!(one.contains("ENGINE = ReplacingMergeTree(Version)"));
        let many = render(V1[0], "gb", "prod");
        assert!(many.contains("gb.otel_traces ON CLUSTER `prod` ("));
        assert!(many.contains("ENGINE = ReplicatedReplacingMergeTree(Version)"));
        for (_, statements) in MIGRATIONS {
            for sql in *statements {
                assert!(!render(sql, "gb", "c").contains('{'), "{sql}");
            }
        }
    }

    #[test]
    fn the_last_migration_is_the_version_written() {
        let versions: Vec<u32> = MIGRATIONS.iter().map(|m| m.0).collect();
        let expected: Vec<u32> = (1..=SCHEMA_VERSION).collect();
        assert_eq!(
            versions, expected,
            "migrations are numbered 1..=SCHEMA_VERSION"
        );
    }
}
