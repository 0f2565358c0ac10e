//! The investigation every backend answers (`glassbox investigate cust-402`): what to
//! look up by an id and in which order, written once; a backend supplies the lookups
//! ([`TimelineSource`]).
//!
//! ```text
//!   id ─> traces whose trace, correlation, user or session id it is
//!      ─> their spans, and the logs and events of each trace
//!      ─> logs and events by the id, and by each trace's correlation id
//!      ─> events sent with the id as their trace
//!      ─> one time-ordered timeline (logs and events once each)
//! ```

use std::collections::{BTreeSet, HashSet};

use glassbox_core::{Span, TraceId};

use crate::{Investigation, StoreError, StoredEvent, StoredLog, TimelineEntry, TraceSummary};

/// Most traces pulled into one investigation per kind of id.
pub(crate) const MAX_TRACES: usize = 100;

/// The ids records are looked up by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IdColumn {
    /// The trace id (hex).
    Trace,
    /// The correlation id.
    Correlation,
    /// The (pseudonymized) user id.
    User,
    /// The session id.
    Session,
}

impl IdColumn {
    /// How an investigation says what the id matched.
    fn kind(self) -> &'static str {
        match self {
            IdColumn::Trace => "trace_id",
            IdColumn::Correlation => "correlation_id",
            IdColumn::User => "user_id",
            IdColumn::Session => "session_id",
        }
    }
}

/// The lookups of one backend.
pub(crate) trait TimelineSource {
    /// Summaries of the traces whose `column` is `value`, at most `limit`.
    fn traces_by(
        &self,
        column: IdColumn,
        value: &str,
        limit: usize,
    ) -> Result<Vec<TraceSummary>, StoreError>;
    /// Every stored span of a trace.
    fn spans_of(&self, trace: TraceId) -> Result<Vec<Span>, StoreError>;
    /// The logs whose `column` is `value`, at most 1,000, in any order (the timeline
    /// sorts them).
    fn logs_by(&self, column: IdColumn, value: &str) -> Result<Vec<StoredLog>, StoreError>;
    /// The events whose `column` is `value`, at most 1,000, in any order.
    fn events_by(&self, column: IdColumn, value: &str) -> Result<Vec<StoredEvent>, StoreError>;
}

#[derive(Default)]
struct Timeline {
    matched_as: BTreeSet<String>,
    traces: Vec<TraceSummary>,
    seen: HashSet<TraceId>,
    entries: Vec<TimelineEntry>,
    log_ids: HashSet<i64>,
    event_ids: HashSet<i64>,
}

impl Timeline {
    fn traces(&mut self, list: Vec<TraceSummary>, kind: &str) {
        if !list.is_empty() {
            self.matched_as.insert(kind.to_string());
        }
        for t in list {
            if self.seen.insert(t.trace_id) {
                self.traces.push(t);
            }
        }
    }

    fn logs(&mut self, logs: Vec<StoredLog>) {
        for log in logs {
            if self.log_ids.insert(log.id) {
                self.entries.push(TimelineEntry::Log {
                    time_unix_nano: log.record.time_unix_nano,
                    log: Box::new(log),
                });
            }
        }
    }

    fn events(&mut self, events: Vec<StoredEvent>) {
        for ev in events {
            if self.event_ids.insert(ev.id) {
                self.entries.push(TimelineEntry::Event {
                    time_unix_nano: ev.event.time_unix_nano,
                    event: Box::new(ev),
                });
            }
        }
    }
}

/// Everything linked to `id`, at most `limit` entries.
pub(crate) fn investigate(
    src: &impl TimelineSource,
    id: &str,
    limit: usize,
) -> Result<Investigation, StoreError> {
    let mut tl = Timeline::default();
    let parsed_trace = TraceId::from_hex(id).ok();
    if let Some(t) = parsed_trace {
        tl.traces(src.traces_by(IdColumn::Trace, &t.to_hex(), 1)?, "trace_id");
    }
    for column in [IdColumn::Correlation, IdColumn::User, IdColumn::Session] {
        tl.traces(src.traces_by(column, id, MAX_TRACES)?, column.kind());
    }
    let traces: Vec<(TraceId, String)> = tl
        .traces
        .iter()
        .map(|t| (t.trace_id, t.correlation_id.clone()))
        .collect();
    for (trace, _) in &traces {
        for span in src.spans_of(*trace)? {
            tl.entries.push(TimelineEntry::Span {
                time_unix_nano: span.start_time_unix_nano,
                span: Box::new(span),
            });
        }
        let hex = trace.to_hex();
        tl.logs(src.logs_by(IdColumn::Trace, &hex)?);
        tl.events(src.events_by(IdColumn::Trace, &hex)?);
    }
    // Logs and events linked by correlation: the id itself, and the correlation ids of
    // every trace found (so a trace id also brings its request's logs).
    let mut lookups: Vec<(IdColumn, String)> = vec![
        (IdColumn::Correlation, id.to_string()),
        (IdColumn::User, id.to_string()),
        (IdColumn::Session, id.to_string()),
    ];
    for (_, correlation) in traces {
        if correlation != id
            && !lookups
                .iter()
                .any(|(c, v)| *c == IdColumn::Correlation && *v == correlation)
        {
            lookups.push((IdColumn::Correlation, correlation));
        }
    }
    for (column, value) in lookups {
        let logs = src.logs_by(column, &value)?;
        let events = src.events_by(column, &value)?;
        if value == id && (!logs.is_empty() || !events.is_empty()) {
            tl.matched_as.insert(column.kind().to_string());
        }
        tl.logs(logs);
        tl.events(events);
    }
    if let Some(t) = parsed_trace {
        let events = src.events_by(IdColumn::Trace, &t.to_hex())?;
        if !events.is_empty() {
            tl.matched_as.insert("trace_id".into());
        }
        tl.events(events);
    }
    let Timeline {
        matched_as,
        mut traces,
        mut entries,
        ..
    } = tl;
    entries.sort_by_key(TimelineEntry::time);
    let truncated = entries.len() > limit;
    entries.truncate(limit);
    traces.sort_by_key(|t| t.start_time_unix_nano);
    Ok(Investigation {
        id: id.to_string(),
        matched_as: matched_as.into_iter().collect(),
        traces,
        timeline: entries,
        truncated,
    })
}
