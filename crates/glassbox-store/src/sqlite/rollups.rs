//! The rollup table read side: rows for a minute range, merged by the metrics crate.

use glassbox_rollup::{
    AnswerFlagCounts, RollupError, RollupFilter, RollupKind, RollupRow, RollupSource,
};
use rusqlite::params;

use super::SqliteReader;

fn u(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

impl RollupSource for SqliteReader {
    fn rollups(
        &self,
        from_minute: i64,
        to_minute: i64,
        filter: &RollupFilter,
    ) -> Result<Vec<RollupRow>, RollupError> {
        let conn = self
            .pool
            .get()
            .map_err(|e| RollupError::Store(e.to_string()))?;
        let out = (|| {
            let mut stmt = conn.prepare_cached(
                "SELECT minute, kind, service, model, operation, status_class, count, errors, latency_sketch, ttft_sketch, \
                 input_tokens, output_tokens, cache_hits, cache_misses, safety_flags, safety_blocks, feedback_up, \
                 feedback_down, feedback_score_sum, feedback_score_count, value_sketch, value_sum, value_max, \
                 answer_flagged, answer_flag_counts, cost_usd, priced_calls, project FROM rollups WHERE minute >= ?1 AND minute < ?2",
            )?;
            let rows = stmt.query_map(params![from_minute, to_minute], |r| {
                Ok(RollupRow {
                    minute: r.get(0)?,
                    kind: RollupKind::parse(&r.get::<_, String>(1)?).unwrap_or(RollupKind::Call),
                    service: r.get(2)?,
                    model: r.get(3)?,
                    operation: r.get(4)?,
                    status_class: r.get(5)?,
                    count: u(r.get(6)?),
                    errors: u(r.get(7)?),
                    latency_sketch: r.get(8)?,
                    ttft_sketch: r.get(9)?,
                    input_tokens: u(r.get(10)?),
                    output_tokens: u(r.get(11)?),
                    cache_hits: u(r.get(12)?),
                    cache_misses: u(r.get(13)?),
                    safety_flags: u(r.get(14)?),
                    safety_blocks: u(r.get(15)?),
                    feedback_up: u(r.get(16)?),
                    feedback_down: u(r.get(17)?),
                    feedback_score_sum: r.get(18)?,
                    feedback_score_count: u(r.get(19)?),
                    value_sketch: r.get(20)?,
                    value_sum: r.get(21)?,
                    value_max: r.get(22)?,
                    answer_flagged: u(r.get(23)?),
                    answer_flags: AnswerFlagCounts::decode(&r.get::<_, String>(24)?),
                    cost_usd: r.get(25)?,
                    priced_calls: u(r.get(26)?),
                    project: r.get(27)?,
                })
            })?;
            let mut out = Vec::new();
            for row in rows {
                let row = row?;
                if filter.matches(&row) {
                    out.push(row);
                }
            }
            Ok::<_, rusqlite::Error>(out)
        })();
        self.pool.put(conn);
        out.map_err(|e| RollupError::Store(e.to_string()))
    }
}
