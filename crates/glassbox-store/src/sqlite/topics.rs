//! Topics over a window, read from the per-trace rows (one per call or agent run, every
//! call, not only sampled ones): calls, distinct users, errors, answer flags, a trend,
//! the thumbs given on the calls, and keywords that enough distinct users used.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection};

use super::reader::Where;
use crate::{StoreError, TopicFilter, TopicSummary};

/// Keywords listed per topic.
const KEYWORDS: usize = 6;

pub(super) fn topics(conn: &Connection, f: &TopicFilter) -> Result<Vec<TopicSummary>, StoreError> {
    let from = i64::try_from(f.from_ns).unwrap_or(i64::MAX);
    let to = i64::try_from(f.to_ns).unwrap_or(i64::MAX).max(from + 1);
    let mut w = Where::default();
    w.push("start_ns >= ?", Value::Integer(from));
    w.push("start_ns < ?", Value::Integer(to));
    w.clauses.push("topic IS NOT NULL".into());
    // Qualified: the feedback query below joins `events`, which has a project too.
    w.projects_of("traces.project", &f.projects);
    w.eq("root_service", &f.service);
    if let Some(m) = &f.model {
        w.push("models_match(models, ?)", Value::Text(m.clone()));
    }
    let limit = f.limit.clamp(1, 1000);
    let sql = format!(
        "SELECT topic, count(*), count(DISTINCT user_id), sum(error_count > 0), sum(answer_flags <> '') \
         FROM traces WHERE {} GROUP BY topic ORDER BY count(*) DESC, topic LIMIT {limit}",
        w.sql()
    );
    let mut out: Vec<TopicSummary> = Vec::new();
    {
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(w.args.iter()))?;
        while let Some(r) = rows.next()? {
            let count = r.get::<_, i64>(1)?.max(0) as u64;
            let errors = r.get::<_, i64>(3)?.max(0) as u64;
            out.push(TopicSummary {
                topic: r.get(0)?,
                count,
                users: r.get::<_, i64>(2)?.max(0) as u64,
                trend: vec![0; f.buckets.clamp(1, 500)],
                errors,
                error_rate: if count > 0 {
                    errors as f64 / count as f64
                } else {
                    0.0
                },
                flagged: r.get::<_, i64>(4)?.max(0) as u64,
                feedback_up: 0,
                feedback_down: 0,
                thumbs_up_ratio: None,
                keywords: Vec::new(),
            });
        }
    }
    if out.is_empty() {
        return Ok(out);
    }
    let index: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, t)| (t.topic.clone(), i))
        .collect();
    // The listed topics, as `?N` marks after the window's own parameters.
    let mut args = w.args.clone();
    let mut marks = Vec::new();
    for t in &out {
        args.push(Value::Text(t.topic.clone()));
        marks.push(format!("?{}", args.len()));
    }
    let listed = format!("{} AND topic IN ({})", w.sql(), marks.join(", "));

    // Trend: calls per bucket.
    let buckets = out[0].trend.len() as i64;
    let width = ((to - from) / buckets).max(1);
    let sql = format!(
        "SELECT topic, min((start_ns - {from}) / {width}, {last}), count(*) FROM traces \
         WHERE {listed} GROUP BY 1, 2",
        last = buckets - 1
    );
    {
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        while let Some(r) = rows.next()? {
            let topic: String = r.get(0)?;
            let b = usize::try_from(r.get::<_, i64>(1)?).unwrap_or(0);
            if let Some(&i) = index.get(&topic) {
                if let Some(slot) = out[i].trend.get_mut(b) {
                    *slot = r.get::<_, i64>(2)?.max(0) as u64;
                }
            }
        }
    }

    // Thumbs given on the topic's calls (by trace id, or by the call's correlation id).
    let sql = format!(
        "SELECT traces.topic, \
         sum(json_extract(e.data, '$.value') = 1), sum(json_extract(e.data, '$.value') = 0) \
         FROM traces JOIN events e ON e.name = 'feedback' AND e.project = traces.project AND (e.trace_id = traces.trace_id \
         OR (e.trace_id IS NULL AND traces.correlation_id <> '' AND e.correlation_id = traces.correlation_id)) \
         WHERE {listed} AND json_extract(e.data, '$.properties.\"feedback.type\"') = 'thumbs' \
         GROUP BY traces.topic"
    );
    {
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        while let Some(r) = rows.next()? {
            let topic: String = r.get(0)?;
            if let Some(&i) = index.get(&topic) {
                let t = &mut out[i];
                t.feedback_up = r.get::<_, Option<i64>>(1)?.unwrap_or(0).max(0) as u64;
                t.feedback_down = r.get::<_, Option<i64>>(2)?.unwrap_or(0).max(0) as u64;
                let n = t.feedback_up + t.feedback_down;
                t.thumbs_up_ratio = (n > 0).then(|| t.feedback_up as f64 / n as f64);
            }
        }
    }

    // Keywords, k-anonymous: only topics with at least k users in the window, and only
    // words at least k distinct users used.
    let k = f.min_users.max(1);
    // Within the caller's projects: `?4` is a JSON list of them, or NULL for every project.
    let projects = f
        .projects
        .as_ref()
        .map(|p| serde_json::to_string(p).unwrap_or_default());
    let mut stmt = conn.prepare_cached(
        "SELECT keyword FROM topic_keywords kw \
         WHERE kw.topic = ?1 AND (?4 IS NULL OR kw.project IN (SELECT value FROM json_each(?4))) \
         GROUP BY keyword \
         HAVING (SELECT count(DISTINCT u.user) FROM topic_keyword_users u WHERE u.topic = kw.topic \
                 AND u.keyword = kw.keyword \
                 AND (?4 IS NULL OR u.project IN (SELECT value FROM json_each(?4)))) >= ?2 \
         ORDER BY sum(kw.uses) DESC, kw.keyword LIMIT ?3",
    )?;
    for t in out.iter_mut().filter(|t| t.users >= k) {
        let words = stmt.query_map(
            params![
                t.topic,
                i64::try_from(k).unwrap_or(i64::MAX),
                KEYWORDS as i64,
                projects
            ],
            |r| r.get::<_, String>(0),
        )?;
        t.keywords = words.collect::<Result<_, _>>()?;
    }
    Ok(out)
}
