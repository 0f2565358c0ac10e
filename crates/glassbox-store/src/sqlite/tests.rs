#![allow(clippy::unwrap_used, clippy::expect_used)]

use glassbox_core::{AttrValue, TraceId};

use super::open;
use crate::conformance::{batch, conformance_tests, span, Caps, T1, T2};
use crate::{BatchWriter, TraceFilter, TraceReader};

conformance_tests!(
    {
        let dir = tempfile::tempdir().unwrap();
        let (w, r) = open(dir.path()).unwrap();
        Some((w, r, dir))
    },
    Caps {
        exact_retention: true
    }
);

#[test]
fn a_version_6_store_is_upgraded_into_projects_and_keeps_its_data() {
    use crate::TopicFilter;
    let dir = tempfile::tempdir().unwrap();
    {
        let conn = rusqlite::Connection::open(dir.path().join(super::DB_FILE)).unwrap();
        conn.execute_batch(include_str!("../../tests/fixtures/sqlite-schema-v6.sql"))
            .unwrap();
        conn.execute_batch(
            "INSERT INTO traces (trace_id, start_ns, end_ns, root_name, root_service, has_root, span_count, \
             error_count, correlation_id, user_id, models, input_tokens, output_tokens, topic) VALUES \
             (x'0af7651916cd43dd8448eb211c80319c', 1000, 2000, 'step-1', 'agent', 1, 1, 0, 'c-1', 'u-1', '', 0, 0, 'T-aaaaaaaa'); \
             INSERT INTO topic_keywords VALUES ('T-aaaaaaaa', 'refund', 3, 1000); \
             INSERT INTO topic_keyword_users VALUES ('T-aaaaaaaa', 'refund', 'u-1', 1000);",
        )
        .unwrap();
    }
    let (mut w, r) = super::open(dir.path()).unwrap();
    // What was stored before belongs to `default`, keywords included.
    let only = |p: &str| Some(vec![p.to_string()]);
    let page = r
        .search_traces(&TraceFilter {
            projects: only("default"),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.traces.len(), 1);
    assert_eq!(page.traces[0].project, "default");
    let topics = r
        .topics(&TopicFilter {
            projects: only("default"),
            from_ns: 0,
            to_ns: 10_000,
            buckets: 1,
            min_users: 1,
            model: None,
            service: None,
            limit: 10,
        })
        .unwrap();
    assert_eq!(topics[0].keywords, vec!["refund".to_string()]);
    // New records go to their projects.
    let mut s = span(T2, 1, None, 3_000, 4_000);
    glassbox_core::project::stamp(&mut s.resource, "shop");
    w.write_group(&[batch(vec![s])]).unwrap();
    let shop = r
        .search_traces(&TraceFilter {
            projects: only("shop"),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(shop.traces.len(), 1);
}

#[test]
fn a_version_3_store_is_migrated_to_span_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let root = span(T1, 1, None, 1_000, 2_000);
    let mut child = span(T1, 2, Some(1), 1_100, 1_900);
    // Long enough to have been stored zstd-compressed.
    child
        .attributes
        .insert("note".into(), AttrValue::Str("x".repeat(2_000)));
    {
        let conn = rusqlite::Connection::open(dir.path().join(super::DB_FILE)).unwrap();
        conn.execute_batch(
            "CREATE TABLE spans (id INTEGER PRIMARY KEY, trace_id BLOB NOT NULL, span_id BLOB NOT NULL, \
             start_ns INTEGER NOT NULL, data BLOB NOT NULL); \
             CREATE TABLE span_chunks (trace_id BLOB NOT NULL, first_id INTEGER NOT NULL, last_id INTEGER NOT NULL, \
             PRIMARY KEY (trace_id, first_id)) WITHOUT ROWID; \
             CREATE TABLE traces (trace_id BLOB PRIMARY KEY, start_ns INTEGER NOT NULL, end_ns INTEGER NOT NULL, \
             root_name TEXT NOT NULL, root_service TEXT NOT NULL, has_root INTEGER NOT NULL, span_count INTEGER NOT NULL, \
             error_count INTEGER NOT NULL, correlation_id TEXT NOT NULL, user_id TEXT, session_id TEXT, models TEXT NOT NULL, \
             input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL) WITHOUT ROWID; \
             PRAGMA user_version = 3;",
        )
        .unwrap();
        let t = TraceId::from_hex(T1).unwrap();
        let plain = serde_json::to_vec(&root).unwrap();
        let packed = super::compress(&serde_json::to_vec(&child).unwrap()).unwrap();
        assert_ne!(packed.first(), Some(&b'{'));
        for (s, data) in [(&root, plain), (&child, packed)] {
            conn.execute(
                "INSERT INTO spans (trace_id, span_id, start_ns, data) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![&t.as_bytes()[..], &s.span_id.as_bytes()[..], 1_000, data],
            )
            .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO span_chunks VALUES (x'0af7651916cd43dd8448eb211c80319c', 1, 2); \
             INSERT INTO traces VALUES (x'0af7651916cd43dd8448eb211c80319c', 1000, 2000, 'step-1', 'agent', 1, 2, 0, \
             '0af7651916cd43dd8448eb211c80319c', NULL, NULL, '', 0, 0);",
        )
        .unwrap();
    }
    let (mut w, r) = open(dir.path()).unwrap();
    let t = TraceId::from_hex(T1).unwrap();
    let spans = r.get_trace(t).unwrap();
    assert_eq!(spans.len(), 2);
    assert_eq!(
        spans[1].attributes.get("note"),
        child.attributes.get("note")
    );
    // The migrated trace takes new spans, and a resent old one is still recognised.
    w.write_group(&[batch(vec![
        child.clone(),
        span(T1, 3, Some(1), 1_200, 1_300),
    ])])
    .unwrap();
    assert_eq!(r.get_trace(t).unwrap().len(), 3);
    let page = r
        .search_traces(&TraceFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.traces[0].span_count, 3);
    drop((w, r));
    // Opening again is a no-op.
    let (_w, r) = open(dir.path()).unwrap();
    assert_eq!(r.get_trace(t).unwrap().len(), 3);
}

#[test]
fn the_checkpointer_rewinds_the_wal_under_load_and_truncates_it_when_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let tuning = super::checkpoint::Tuning {
        pass_interval: std::time::Duration::from_millis(10),
        restart_bytes: 64 * 1024,
        leftover_bytes: 16 * 1024,
        quiet_passes_before_truncate: 3,
        truncate_above_bytes: 0,
    };
    let (mut w, r) = super::open_tuned(dir.path(), tuning, super::Durability::Normal).unwrap();
    let wal = dir.path().join(format!("{}-wal", super::DB_FILE));
    // Incompressible bodies, so every group adds ~25 frames to the WAL.
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut noise = |n: usize| -> String {
        (0..n)
            .map(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                char::from(b'a' + ((seed >> 59) as u8 % 26))
            })
            .collect()
    };
    let groups = 120u64;
    let mut largest_wal = 0u64;
    let mut rewinds = 0;
    for g in 0..groups {
        let trace = format!("{:032x}", g + 1);
        let mut s = span(&trace, 1, None, 1_000 + g, 2_000 + g);
        s.attributes
            .insert("body".into(), AttrValue::Str(noise(100_000)));
        w.write_group(&[batch(vec![s])]).unwrap();
        rewinds += usize::from(w.between_groups().is_some());
        largest_wal = largest_wal.max(std::fs::metadata(&wal).map_or(0, |m| m.len()));
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(rewinds > 0, "the writer was never asked to rewind the WAL");
    let written = groups * 100_000;
    assert!(
        largest_wal < written / 2,
        "the WAL was never rewound: {largest_wal} bytes for {written} written"
    );
    // Quiet now: the WAL file gives its space back.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::fs::metadata(&wal).map_or(0, |m| m.len()) > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the WAL was not truncated"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    for g in 0..groups {
        let trace = TraceId::from_hex(&format!("{:032x}", g + 1)).unwrap();
        assert_eq!(r.get_trace(trace).unwrap().len(), 1);
    }
}

#[test]
fn durability_sets_what_a_commit_survives() {
    let dir = tempfile::tempdir().unwrap();
    let (w, _r) = super::open_with(dir.path(), super::Durability::Normal).unwrap();
    assert_eq!(
        w.synchronous(),
        1,
        "normal: the WAL is synced at checkpoints"
    );
    drop(w);
    let (w, r) = super::open_with(dir.path(), super::Durability::Full).unwrap();
    assert_eq!(w.synchronous(), 2, "full: every commit is synced");
    r.probe_write().unwrap();
}

#[test]
fn retention_takes_the_text_index_rows_with_the_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, _r) = open(dir.path()).unwrap();
    let mut s = span(T1, 1, None, 1_000, 1_010);
    s.name = "chat gpt-4o".into();
    w.write_group(&[batch(vec![s])]).unwrap();
    let count = || -> i64 {
        let conn = rusqlite::Connection::open(dir.path().join(super::DB_FILE)).unwrap();
        conn.query_row(
            "SELECT count(*) FROM span_text WHERE span_text MATCH 'gpt'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(count(), 1);
    w.delete_older_than(10_000, crate::RetentionScope::All)
        .unwrap();
    assert_eq!(count(), 0);
}
