//! Sessions: the traces sharing a `session.id`, grouped on read (the `traces` row carries
//! the session and its index), with the feedback given on the session or on its turns.

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::reader::{cut_page, decode_cursor, query_traces, Where};
use crate::{
    SessionDetail, SessionFilter, SessionPage, SessionStats, SessionSummary, StoreError,
    StoredEvent,
};

/// Users listed on a session summary (the count covers all).
const LISTED_USERS: usize = 5;

/// Turns returned with one session.
const MAX_TURNS: usize = 1000;

const SESSION_COLUMNS: &str = "session_id, count(*), min(start_ns), max(end_ns), \
     count(DISTINCT user_id), group_concat(DISTINCT user_id), group_concat(DISTINCT root_service), \
     sum(error_count > 0), sum(answer_flags <> ''), sum(input_tokens), sum(output_tokens), sum(cost_usd)";

fn split_list(s: Option<String>, max: usize) -> Vec<String> {
    let mut v: Vec<String> = s
        .unwrap_or_default()
        .split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect();
    v.sort();
    v.truncate(max);
    v
}

fn sessions_where(
    conn: &Connection,
    where_sql: &str,
    having_sql: &str,
    args: Vec<Value>,
    limit: usize,
) -> Result<Vec<SessionSummary>, StoreError> {
    let sql = format!(
        "SELECT {SESSION_COLUMNS} FROM traces WHERE session_id IS NOT NULL AND {where_sql} \
         GROUP BY session_id HAVING {having_sql} ORDER BY max(end_ns) DESC, session_id DESC LIMIT {limit}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args), |r| {
        let start: i64 = r.get(2)?;
        let end: i64 = r.get(3)?;
        let (start, end) = (start.max(0) as u64, end.max(0) as u64);
        Ok(SessionSummary {
            session_id: r.get(0)?,
            turns: r.get::<_, i64>(1)?.max(0) as u64,
            start_time_unix_nano: start,
            end_time_unix_nano: end,
            duration_ns: end.saturating_sub(start),
            users: r.get::<_, i64>(4)?.max(0) as u64,
            user_ids: split_list(r.get(5)?, LISTED_USERS),
            services: split_list(r.get(6)?, usize::MAX),
            error_turns: r.get::<_, i64>(7)?.max(0) as u64,
            flagged_turns: r.get::<_, i64>(8)?.max(0) as u64,
            input_tokens: r.get(9)?,
            output_tokens: r.get(10)?,
            cost_usd: r.get(11)?,
            feedback_up: 0,
            feedback_down: 0,
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row?);
    }
    Ok(out)
}

/// Events of `sessions`: carrying the session id, or given on the trace or correlation id
/// of one of its turns; each event once per session, oldest first.
fn linked_events(
    conn: &Connection,
    sessions: &[String],
    feedback_only: bool,
) -> Result<Vec<(String, StoredEvent)>, StoreError> {
    if sessions.is_empty() {
        return Ok(Vec::new());
    }
    let marks = (1..=sessions.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let name = if feedback_only {
        " AND e.name = 'feedback'"
    } else {
        ""
    };
    let args = || {
        sessions
            .iter()
            .map(|s| Value::Text(s.clone()))
            .collect::<Vec<_>>()
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let queries = [
        format!(
            "SELECT e.id, e.data, e.session_id FROM events e WHERE e.session_id IN ({marks}){name} \
             ORDER BY e.time_ns LIMIT 10000"
        ),
        format!(
            "SELECT DISTINCT e.id, e.data, t.session_id FROM traces t JOIN events e \
             ON (e.trace_id = t.trace_id OR (e.trace_id IS NULL AND t.correlation_id <> '' \
             AND e.correlation_id = t.correlation_id)) \
             WHERE t.session_id IN ({marks}){name} ORDER BY e.time_ns LIMIT 10000"
        ),
    ];
    for sql in &queries {
        for (session, ev) in event_rows_with_key(conn, sql, args())? {
            if seen.insert((session.clone(), ev.id)) {
                out.push((session, ev));
            }
        }
    }
    out.sort_by_key(|(_, e)| (e.event.time_unix_nano, e.id));
    Ok(out)
}

/// `(id, data, key)` rows as events with their key.
fn event_rows_with_key(
    conn: &Connection,
    sql: &str,
    args: Vec<Value>,
) -> Result<Vec<(String, StoredEvent)>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params_from_iter(args), |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, json, key) = row?;
        let event = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        out.push((key, StoredEvent { id, event }));
    }
    Ok(out)
}

fn add_feedback(conn: &Connection, sessions: &mut [SessionSummary]) -> Result<(), StoreError> {
    let ids: Vec<String> = sessions.iter().map(|s| s.session_id.clone()).collect();
    crate::query::add_session_feedback(sessions, linked_events(conn, &ids, true)?);
    Ok(())
}

/// Most sessions the length statistics look at (the most recently started first).
const STATS_SESSIONS: usize = 1_000_000;

/// Session length and turns over every session matching `where_sql`.
fn stats(conn: &Connection, where_sql: &str, args: Vec<Value>) -> Result<SessionStats, StoreError> {
    let sql = format!(
        "SELECT max(end_ns) - min(start_ns), count(*) FROM traces \
         WHERE session_id IS NOT NULL AND {where_sql} GROUP BY session_id \
         ORDER BY min(start_ns) DESC LIMIT {STATS_SESSIONS}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut durations = Vec::new();
    let mut turns = Vec::new();
    for row in stmt.query_map(params_from_iter(args), |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
    })? {
        let (d, t) = row?;
        durations.push(d.max(0) as u64);
        turns.push(t.max(0) as u64);
    }
    durations.sort_unstable();
    turns.sort_unstable();
    let at =
        |v: &[u64], q: f64| (!v.is_empty()).then(|| v[((v.len() - 1) as f64 * q).round() as usize]);
    Ok(SessionStats {
        sessions: durations.len() as u64,
        median_duration_ns: at(&durations, 0.5),
        p90_duration_ns: at(&durations, 0.9),
        median_turns: at(&turns, 0.5),
    })
}

/// The turns (traces) a session filter keeps.
fn turns_where(f: &SessionFilter) -> Where {
    let mut w = Where::default();
    w.projects(&f.projects);
    w.eq("root_service", &f.service);
    w.any("user_id", &f.user_ids);
    w.int("start_ns >= ?", f.from_ns);
    w.int("start_ns < ?", f.to_ns);
    w
}

/// Session count and length over every session `f` matches (its page and cursor unused).
pub(super) fn window_stats(
    conn: &Connection,
    f: &SessionFilter,
) -> Result<SessionStats, StoreError> {
    let w = turns_where(f);
    stats(conn, &w.sql(), w.args)
}

pub(super) fn search(conn: &Connection, f: &SessionFilter) -> Result<SessionPage, StoreError> {
    let mut w = turns_where(f);
    let mut having = Where {
        args: std::mem::take(&mut w.args),
        ..Where::default()
    };
    let where_sql = w.sql();
    let stats = match f.cursor {
        None => Some(stats(conn, &where_sql, having.args.clone())?),
        Some(_) => None,
    };
    if let Some(c) = &f.cursor {
        let (end, session) = decode_cursor(c)?;
        having.after("max(end_ns)", "session_id", end, Value::Text(session));
    }
    let limit = f.limit.clamp(1, 1000);
    let mut sessions = sessions_where(conn, &where_sql, &having.sql(), having.args, limit + 1)?;
    let next_cursor = cut_page(&mut sessions, limit, |s| {
        (s.end_time_unix_nano, s.session_id.clone())
    });
    add_feedback(conn, &mut sessions)?;
    Ok(SessionPage {
        sessions,
        next_cursor,
        stats,
    })
}

pub(super) fn get(conn: &Connection, id: &str) -> Result<Option<SessionDetail>, StoreError> {
    let mut found = sessions_where(
        conn,
        "session_id = ?1",
        "1",
        vec![Value::Text(id.to_string())],
        1,
    )?;
    let Some(mut session) = found.pop() else {
        return Ok(None);
    };
    add_feedback(conn, std::slice::from_mut(&mut session))?;
    let mut turns = query_traces(
        conn,
        "session_id = ?1",
        vec![Value::Text(id.to_string())],
        MAX_TURNS,
    )?;
    turns.sort_by_key(|t| (t.start_time_unix_nano, t.trace_id));
    let events = linked_events(conn, &[id.to_string()], false)?
        .into_iter()
        .map(|(_, e)| e)
        .collect();
    Ok(Some(SessionDetail {
        session,
        turns,
        events,
    }))
}
