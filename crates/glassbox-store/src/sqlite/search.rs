//! Full-text search over what a trace said: span names, status messages, tool names and
//! the (redacted) prompts and answers, in an FTS5 index with one row per span block.
//!
//! ```text
//!   write: span block (rowid = block id) ─> span_text (contentless FTS5, no positions)
//!   read:  q ─> matching blocks, newest first, in chunks ─> their traces ─> other filters
//! ```
//!
//! The index stores no text, only tokens (`content=''`, `detail=none`); it is deleted with
//! its blocks (retention, erasure). A query is the AND of its words (`*` after a word
//! matches a prefix). Results come newest block first, so a common word answers after the
//! first chunk instead of after every match. Han and kana text is tokenized by runs (no
//! word breaks inside), so a CJK word is found only as a whole run or as its prefix.

use std::collections::{HashMap, HashSet};

use glassbox_core::{AttrValue, Span, TraceId};
use rusqlite::types::Value;
use rusqlite::{params, Connection};

use super::reader::{decode_cursor, encode_cursor, query_traces, Where};
use crate::{StoreError, TraceSummary};

/// Message text indexed per span, bytes (names and tool names always are).
pub(super) const TEXT_PER_SPAN: usize = 2048;

/// Matching blocks examined per step of a search.
const CHUNK: usize = 2000;

/// Attributes that carry message text when a span has no normalized messages.
const TEXT_ATTRS: [&str; 8] = [
    "gen_ai.prompt",
    "gen_ai.completion",
    "gen_ai.input.messages",
    "gen_ai.output.messages",
    "llm.input_messages",
    "llm.output_messages",
    "input.value",
    "output.value",
];

fn push_json_strings(v: &serde_json::Value, out: &mut String, end: usize) {
    if out.len() >= end {
        return;
    }
    match v {
        serde_json::Value::String(s) => push_capped(out, s, end),
        serde_json::Value::Array(a) => a.iter().for_each(|x| push_json_strings(x, out, end)),
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                // Roles and part types are structure, not text.
                if k != "role" && k != "type" && k != "finish_reason" {
                    push_json_strings(x, out, end);
                }
            }
        }
        _ => {}
    }
}

fn push_attr(v: &AttrValue, out: &mut String, end: usize) {
    match v {
        AttrValue::Str(s) => push_capped(out, s, end),
        AttrValue::Array(a) => a.iter().for_each(|x| push_attr(x, out, end)),
        AttrValue::Map(m) => m.values().for_each(|x| push_attr(x, out, end)),
        _ => {}
    }
}

fn push_capped(out: &mut String, s: &str, end: usize) {
    if out.len() >= end {
        return;
    }
    let mut take = (end - out.len()).min(s.len());
    while !s.is_char_boundary(take) {
        take -= 1;
    }
    out.push_str(&s[..take]);
    out.push(' ');
}

/// The searchable text of spans: names, tool names, status messages and up to
/// [`TEXT_PER_SPAN`] bytes of message text each.
pub(crate) fn text_of(spans: &[&Span]) -> String {
    let mut out = String::new();
    for s in spans {
        out.push_str(&s.name);
        out.push(' ');
        if !s.status.message.is_empty() {
            out.push_str(&s.status.message);
            out.push(' ');
        }
        let end = out.len() + TEXT_PER_SPAN;
        match &s.gen_ai {
            Some(g) => {
                if let Some(t) = &g.tool_name {
                    out.push_str(t);
                    out.push(' ');
                }
                let messages = [
                    &g.input_messages,
                    &g.output_messages,
                    &g.system_instructions,
                ];
                let has = messages.iter().any(|m| m.is_some());
                for m in messages.into_iter().flatten() {
                    push_json_strings(m, &mut out, end);
                }
                if !has {
                    attrs_text(s, &mut out, end);
                }
            }
            None => attrs_text(s, &mut out, end),
        }
    }
    out
}

fn attrs_text(s: &Span, out: &mut String, end: usize) {
    for (k, v) in &s.attributes {
        if TEXT_ATTRS.iter().any(|p| k.starts_with(p)) {
            push_attr(v, out, end);
        }
    }
}

/// Indexes one block's text under its rowid.
pub(super) fn index_block(conn: &Connection, block_id: i64, text: &str) -> Result<(), StoreError> {
    if text.trim().is_empty() {
        return Ok(());
    }
    conn.prepare_cached("INSERT INTO span_text (rowid, text) VALUES (?1, ?2)")?
        .execute(params![block_id, text])?;
    Ok(())
}

/// Removes a block from the index (nothing when it was never indexed).
pub(super) fn unindex_block(conn: &Connection, block_id: i64) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM span_text WHERE rowid = ?1")?
        .execute(params![block_id])?;
    Ok(())
}

/// Most indexed words a prefix is expanded into (beyond, FTS5's own prefix search runs).
const MAX_EXPANSION: usize = 32;

/// A user's query as an FTS5 expression: every word must occur (quoted, so operators
/// are plain words; punctuation separates words as the tokenizer does, so `lookup_order`
/// is `lookup` and `order`), a trailing `*` keeps a prefix search. `expand` may turn a
/// prefix into the indexed words it starts (an OR of words is read lazily, newest first,
/// where FTS5's prefix search first merges every match of every such word).
pub(super) fn fts_query(q: &str, expand: impl Fn(&str) -> Option<Vec<String>>) -> Option<String> {
    let terms: Vec<String> = q
        .split(|c: char| !(c.is_alphanumeric() || c == '*'))
        .filter_map(|w| {
            let prefix = w.ends_with('*');
            let w = w.trim_matches('*');
            if w.is_empty() {
                return None;
            }
            if !prefix {
                return Some(format!("\"{w}\""));
            }
            Some(match expand(w) {
                Some(words) if !words.is_empty() => format!(
                    "({})",
                    words
                        .iter()
                        .map(|t| format!("\"{t}\""))
                        .collect::<Vec<_>>()
                        .join(" OR ")
                ),
                _ => format!("\"{w}\" *"),
            })
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// The indexed words starting with `prefix` (at most [`MAX_EXPANSION`]; `None` when there
/// are more, or when the prefix is not already in the index's folded form).
fn indexed_words(conn: &Connection, prefix: &str) -> Option<Vec<String>> {
    // The tokenizer folds case and diacritics: lower-cased ASCII is in its folded form;
    // anything else goes to FTS5's own prefix search, which folds it.
    if !prefix.is_ascii() {
        return None;
    }
    let folded = prefix.to_ascii_lowercase();
    let mut stmt = conn
        .prepare_cached(
            "SELECT term FROM span_text_vocab WHERE term >= ?1 AND term < ?1 || char(1114111) LIMIT ?2",
        )
        .ok()?;
    let words: Vec<String> = stmt
        .query_map(params![folded, (MAX_EXPANSION + 1) as i64], |r| r.get(0))
        .ok()?
        .collect::<Result<_, _>>()
        .ok()?;
    (words.len() <= MAX_EXPANSION).then_some(words)
}

/// Traces with a block matching `q` and the other filters in `w`: pages go from the newest
/// matching block back, each page newest trace first; `cursor` continues after a previous
/// page. A trace whose older block matches too
/// can show again on a later page.
pub(super) fn search(
    conn: &Connection,
    q: &str,
    w: &Where,
    cursor: Option<&str>,
    limit: usize,
) -> Result<(Vec<TraceSummary>, Option<String>), StoreError> {
    let Some(expr) = fts_query(q, |p| indexed_words(conn, p)) else {
        return Err(StoreError::InvalidQuery(
            "q: give at least one word to search for".into(),
        ));
    };
    let mut after = match cursor {
        Some(c) => {
            let (rowid, tag) = decode_cursor(c)?;
            if tag != "text" {
                return Err(StoreError::InvalidQuery(
                    "cursor: not a cursor returned by this API for this search".into(),
                ));
            }
            rowid
        }
        None => i64::MAX,
    };
    let mut found: Vec<(i64, TraceSummary)> = Vec::new();
    let mut seen: HashSet<TraceId> = HashSet::new();
    let fts_error = |e: rusqlite::Error| match e {
        rusqlite::Error::SqliteFailure(_, Some(m)) if m.contains("fts5") => {
            StoreError::InvalidQuery(format!("q: {m}"))
        }
        other => other.into(),
    };
    let mut blocks = conn.prepare_cached(
        "SELECT t.rowid, b.trace_id FROM span_text t JOIN span_blocks b ON b.id = t.rowid \
         WHERE span_text MATCH ?1 AND t.rowid < ?2 ORDER BY t.rowid DESC LIMIT ?3",
    )?;
    'chunks: loop {
        let rows = blocks
            .query_map(params![expr, after, CHUNK as i64], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .map_err(fts_error)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(fts_error)?;
        let Some(&(last, _)) = rows.last() else {
            break;
        };
        let mut order: Vec<(i64, TraceId)> = Vec::new();
        for (rowid, id) in rows.iter() {
            if let Ok(t) = TraceId::from_bytes(id) {
                if seen.insert(t) {
                    order.push((*rowid, t));
                }
            }
        }
        if !order.is_empty() {
            let marks = (0..order.len())
                .map(|i| format!("?{}", w.args.len() + i + 1))
                .collect::<Vec<_>>()
                .join(", ");
            let mut args = w.args.clone();
            args.extend(
                order
                    .iter()
                    .map(|(_, t)| Value::Blob(t.as_bytes().to_vec())),
            );
            let sql = format!("{} AND trace_id IN ({marks})", w.sql());
            let summaries: HashMap<TraceId, TraceSummary> =
                query_traces(conn, &sql, args, order.len())?
                    .into_iter()
                    .map(|s| (s.trace_id, s))
                    .collect();
            let mut summaries = summaries;
            for (rowid, t) in &order {
                if let Some(s) = summaries.remove(t) {
                    found.push((*rowid, s));
                    if found.len() > limit {
                        break 'chunks;
                    }
                }
            }
        }
        if rows.len() < CHUNK {
            break;
        }
        after = last;
    }
    let next = if found.len() > limit {
        found.truncate(limit);
        found.last().map(|(rowid, _)| encode_cursor(*rowid, "text"))
    } else {
        None
    };
    // A page holds the traces whose matching text was written last; it shows them newest
    // trace first. Write order alone is not start order: spans of concurrent calls reach
    // the store in whatever order the pipeline finished them.
    found.sort_by(|(_, a), (_, b)| {
        b.start_time_unix_nano
            .cmp(&a.start_time_unix_nano)
            .then_with(|| b.trace_id.to_hex().cmp(&a.trace_id.to_hex()))
    });
    Ok((found.into_iter().map(|(_, s)| s).collect(), next))
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn queries_are_words_anded_with_prefixes_kept() {
        let none = |_: &str| None;
        assert_eq!(
            fts_query("refund policy", none).as_deref(),
            Some("\"refund\" AND \"policy\"")
        );
        assert_eq!(
            fts_query("timeout* OR \"x\"", none).as_deref(),
            Some("\"timeout\" * AND \"OR\" AND \"x\"")
        );
        assert_eq!(fts_query("  ---  ", none), None);
        assert_eq!(
            fts_query("Köln 東京", none).as_deref(),
            Some("\"Köln\" AND \"東京\"")
        );
        let words = |_: &str| Some(vec!["deployed".to_string(), "deployment".to_string()]);
        assert_eq!(
            fts_query("deploy* failed", words).as_deref(),
            Some("(\"deployed\" OR \"deployment\") AND \"failed\"")
        );
    }
}
