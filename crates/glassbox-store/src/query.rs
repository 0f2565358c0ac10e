//! Query shapes shared by every backend: filters, pages and the investigation timeline.

use glassbox_core::{Event, LogRecord, Span, TraceId};
use serde::Serialize;

/// Which traces to list.
#[derive(Debug, Clone, Default)]
pub struct TraceFilter {
    /// Only records of these projects; `None`: every project.
    pub projects: Option<Vec<String>>,
    /// Only traces whose span names, tool names, status messages or (redacted) prompts
    /// and answers hold every word of this; results then come newest match first.
    pub text: Option<String>,
    /// Only traces whose root (or first) span's service is this.
    pub service: Option<String>,
    /// Only traces with this correlation id.
    pub correlation_id: Option<String>,
    /// Only traces of any of these (pseudonymized) users: one user's pseudonyms under
    /// each redaction key. Empty: any user.
    pub user_ids: Vec<String>,
    /// Only traces of this session.
    pub session_id: Option<String>,
    /// Only traces with a call to or answered by a model matching this: a name (any case)
    /// or a glob (`gpt-4o*`).
    pub model: Option<String>,
    /// Only traces with (true) or without (false) an error span.
    pub error: Option<bool>,
    /// Only traces with a span whose answer got this answer-health flag (`refusal`…).
    pub flag: Option<String>,
    /// Only traces started by a user turn of this topic (`T-3f9a1c2b`).
    pub topic: Option<String>,
    /// Only traces with this kind of user feedback.
    pub feedback: Option<FeedbackFilter>,
    /// Only traces at least this long.
    pub min_duration_ns: Option<u64>,
    /// Only traces starting at or after this time.
    pub start_from_ns: Option<u64>,
    /// Only traces starting before this time.
    pub start_to_ns: Option<u64>,
    /// Page size.
    pub limit: usize,
    /// Opaque cursor from a previous page.
    pub cursor: Option<String>,
}

/// One trace in a list.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TraceSummary {
    /// Trace id.
    pub trace_id: TraceId,
    /// Name of the root span (or the earliest span when the root has not arrived).
    pub root_name: String,
    /// Service of that span.
    pub service: String,
    /// Earliest span start, Unix ns.
    pub start_time_unix_nano: u64,
    /// Latest span end minus earliest start.
    pub duration_ns: u64,
    /// Number of spans stored.
    pub span_count: u64,
    /// Number of error spans.
    pub error_count: u64,
    /// True when any span failed.
    pub error: bool,
    /// Correlation id.
    pub correlation_id: String,
    /// Pseudonymized user.
    pub user_id: Option<String>,
    /// Session.
    pub session_id: Option<String>,
    /// Models used by GenAI spans.
    pub models: Vec<String>,
    /// Sum of input tokens.
    pub input_tokens: i64,
    /// Sum of output tokens.
    pub output_tokens: i64,
    /// Answer-health flags seen on the trace's spans.
    pub answer_flags: Vec<String>,
    /// What the trace's model calls cost, US dollars (0 when none is priced).
    pub cost_usd: f64,
    /// Thumbs-up feedback given on the trace (by trace id, or by its correlation id).
    pub feedback_up: u64,
    /// Thumbs-down feedback given on the trace.
    pub feedback_down: u64,
    /// The keyed topic of the user turn that started it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// The project it belongs to.
    pub project: String,
}

/// Traces by the feedback users gave on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackFilter {
    /// At least one thumbs up.
    Up,
    /// At least one thumbs down.
    Down,
    /// Any feedback (thumbs or a score).
    Any,
    /// No feedback at all.
    None,
}

impl FeedbackFilter {
    /// Parses `up`, `down`, `any`, `none`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "up" => Some(Self::Up),
            "down" => Some(Self::Down),
            "any" => Some(Self::Any),
            "none" => Some(Self::None),
            _ => None,
        }
    }
}

/// A page of traces.
#[derive(Debug, Clone, Serialize)]
pub struct TracePage {
    /// Traces, newest first.
    pub traces: Vec<TraceSummary>,
    /// Cursor for the next page, when there is one.
    pub next_cursor: Option<String>,
}

/// Which logs to list.
#[derive(Debug, Clone, Default)]
pub struct LogFilter {
    /// Only records of these projects; `None`: every project.
    pub projects: Option<Vec<String>>,
    /// Substring of the body or attributes (case-insensitive).
    pub text: Option<String>,
    /// Service.
    pub service: Option<String>,
    /// Minimum severity number.
    pub min_severity: Option<i32>,
    /// Trace id.
    pub trace_id: Option<TraceId>,
    /// Correlation id.
    pub correlation_id: Option<String>,
    /// Records of any of these (pseudonymized) users; empty: any user.
    pub user_ids: Vec<String>,
    /// Session.
    pub session_id: Option<String>,
    /// Event name.
    pub event_name: Option<String>,
    /// Only logs of calls to or answered by a model matching this (`gpt-4o`, `gpt-4o*`).
    pub model: Option<String>,
    /// Only logs of calls whose answer got this answer-health flag (`answer.flags`).
    pub flag: Option<String>,
    /// Only logs of calls whose user turn had this topic (`gen_ai.prompt.topic`).
    pub topic: Option<String>,
    /// At or after.
    pub from_ns: Option<u64>,
    /// Before.
    pub to_ns: Option<u64>,
    /// Page size.
    pub limit: usize,
    /// Opaque cursor.
    pub cursor: Option<String>,
}

/// A stored log with its row id.
#[derive(Debug, Clone, Serialize)]
pub struct StoredLog {
    /// Store-assigned id, increasing with arrival.
    pub id: i64,
    /// The record.
    #[serde(flatten)]
    pub record: LogRecord,
}

/// A page of logs.
#[derive(Debug, Clone, Serialize)]
pub struct LogPage {
    /// Logs, newest first.
    pub logs: Vec<StoredLog>,
    /// Cursor for the next page.
    pub next_cursor: Option<String>,
}

/// Which feedback and business events to list.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Only records of these projects; `None`: every project.
    pub projects: Option<Vec<String>>,
    /// Event name (`feedback`, `conversion`…).
    pub name: Option<String>,
    /// Correlation id.
    pub correlation_id: Option<String>,
    /// Trace id.
    pub trace_id: Option<TraceId>,
    /// Events of any of these (pseudonymized) users; empty: any user.
    pub user_ids: Vec<String>,
    /// Session.
    pub session_id: Option<String>,
    /// At or after.
    pub from_ns: Option<u64>,
    /// Before.
    pub to_ns: Option<u64>,
    /// Page size.
    pub limit: usize,
    /// Opaque cursor.
    pub cursor: Option<String>,
}

/// A page of events.
#[derive(Debug, Clone, Serialize)]
pub struct EventPage {
    /// Events, newest first.
    pub events: Vec<StoredEvent>,
    /// Cursor for the next page.
    pub next_cursor: Option<String>,
}

/// Which sessions to list.
#[derive(Debug, Clone, Default)]
pub struct SessionFilter {
    /// Only records of these projects; `None`: every project.
    pub projects: Option<Vec<String>>,
    /// Only sessions with a trace of this service.
    pub service: Option<String>,
    /// Only sessions of any of these (pseudonymized) users; empty: any user.
    pub user_ids: Vec<String>,
    /// Only turns (traces) starting at or after this time.
    pub from_ns: Option<u64>,
    /// Only turns starting before this time.
    pub to_ns: Option<u64>,
    /// Page size.
    pub limit: usize,
    /// Opaque cursor from a previous page.
    pub cursor: Option<String>,
}

/// One session (the traces sharing a `session.id`), over the turns in the asked window.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SessionSummary {
    /// Session id.
    pub session_id: String,
    /// Traces (turns) of the session.
    pub turns: u64,
    /// Start of the first turn, Unix ns.
    pub start_time_unix_nano: u64,
    /// End of the last turn, Unix ns.
    pub end_time_unix_nano: u64,
    /// From the first turn's start to the last turn's end.
    pub duration_ns: u64,
    /// Distinct (pseudonymized) users.
    pub users: u64,
    /// The users, at most 5.
    pub user_ids: Vec<String>,
    /// Services of the turns.
    pub services: Vec<String>,
    /// Turns with an error.
    pub error_turns: u64,
    /// Turns whose answers got an answer-health flag.
    pub flagged_turns: u64,
    /// Input tokens over all turns.
    pub input_tokens: i64,
    /// Output tokens over all turns.
    pub output_tokens: i64,
    /// What the turns' model calls cost, US dollars.
    pub cost_usd: f64,
    /// Thumbs-up feedback on the session or its turns.
    pub feedback_up: u64,
    /// Thumbs-down feedback on the session or its turns.
    pub feedback_down: u64,
}

/// A page of sessions.
#[derive(Debug, Clone, Serialize)]
pub struct SessionPage {
    /// Sessions, most recently active first.
    pub sessions: Vec<SessionSummary>,
    /// Cursor for the next page, when there is one.
    pub next_cursor: Option<String>,
    /// Over every session the filter matches (first page only).
    pub stats: Option<SessionStats>,
}

/// Session length and turns over every session a filter matches.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SessionStats {
    /// Sessions.
    pub sessions: u64,
    /// Median first-turn-start to last-turn-end, ns.
    pub median_duration_ns: Option<u64>,
    /// 90th percentile of the same, ns.
    pub p90_duration_ns: Option<u64>,
    /// Median turns per session.
    pub median_turns: Option<u64>,
}

/// One session with its turns and its feedback and business events.
#[derive(Debug, Clone, Serialize)]
pub struct SessionDetail {
    /// The session over all its stored turns.
    pub session: SessionSummary,
    /// Its traces, oldest first (at most 1,000).
    pub turns: Vec<TraceSummary>,
    /// Feedback and business events of the session or its turns, oldest first.
    pub events: Vec<StoredEvent>,
}

/// A stored event with its row id.
#[derive(Debug, Clone, Serialize)]
pub struct StoredEvent {
    /// Store-assigned id.
    pub id: i64,
    /// The event.
    #[serde(flatten)]
    pub event: Event,
}

/// One entry of an investigation timeline.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TimelineEntry {
    /// A span (agent step, model call, tool call…).
    Span {
        /// When it started.
        time_unix_nano: u64,
        /// The span.
        span: Box<Span>,
    },
    /// A log record.
    Log {
        /// When it happened.
        time_unix_nano: u64,
        /// The log.
        log: Box<StoredLog>,
    },
    /// Feedback or a business event.
    Event {
        /// When it happened.
        time_unix_nano: u64,
        /// The event.
        event: Box<StoredEvent>,
    },
}

impl TimelineEntry {
    /// The entry's time, Unix ns.
    pub fn time(&self) -> u64 {
        match self {
            TimelineEntry::Span { time_unix_nano, .. }
            | TimelineEntry::Log { time_unix_nano, .. }
            | TimelineEntry::Event { time_unix_nano, .. } => *time_unix_nano,
        }
    }
}

/// Everything linked to one id.
#[derive(Debug, Clone, Serialize)]
pub struct Investigation {
    /// The id asked for.
    pub id: String,
    /// What the id turned out to be: `trace_id`, `correlation_id`, `user_id`,
    /// `session_id` (several when it matched more than one kind).
    pub matched_as: Vec<String>,
    /// Traces involved.
    pub traces: Vec<TraceSummary>,
    /// Time-ordered entries.
    pub timeline: Vec<TimelineEntry>,
    /// True when the timeline was cut at the limit.
    pub truncated: bool,
}

/// Which topics to count.
#[derive(Debug, Clone)]
pub struct TopicFilter {
    /// Only records of these projects; `None`: every project.
    pub projects: Option<Vec<String>>,
    /// Calls started at or after this time.
    pub from_ns: u64,
    /// Calls started before this time.
    pub to_ns: u64,
    /// Points in each topic's trend (the window split evenly).
    pub buckets: usize,
    /// Distinct users a keyword needs before it is shown (k-anonymity); a topic with
    /// fewer users in the window shows no keyword at all.
    pub min_users: u64,
    /// Only topics of calls to or answered by a model matching this.
    pub model: Option<String>,
    /// Only topics of this service's calls.
    pub service: Option<String>,
    /// Most topics returned (by calls, most first).
    pub limit: usize,
}

/// One topic over a window.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TopicSummary {
    /// The keyed topic id.
    pub topic: String,
    /// Calls (traces) of the topic.
    pub count: u64,
    /// Distinct (pseudonymized) users.
    pub users: u64,
    /// Calls per bucket, oldest first.
    pub trend: Vec<u64>,
    /// Calls with an error.
    pub errors: u64,
    /// `errors / count`.
    pub error_rate: f64,
    /// Calls whose answer got an answer-health flag.
    pub flagged: u64,
    /// Thumbs up and down given on its calls.
    pub feedback_up: u64,
    /// Thumbs down.
    pub feedback_down: u64,
    /// `up / (up + down)`, when any thumbs were given.
    pub thumbs_up_ratio: Option<f64>,
    /// Its most used words that at least `min_users` distinct users used.
    pub keywords: Vec<String>,
}

/// Thumbs up (`Some(true)`), thumbs down (`Some(false)`), or neither: the feedback every
/// backend counts on traces, sessions and topics.
pub(crate) fn thumbs(e: &Event) -> Option<bool> {
    if e.name != "feedback" {
        return None;
    }
    let is_thumbs = matches!(
        e.properties.get("feedback.type"),
        Some(glassbox_core::AttrValue::Str(s)) if s == "thumbs"
    );
    match (is_thumbs, e.value) {
        (true, Some(1.0)) => Some(true),
        (true, Some(0.0)) => Some(false),
        _ => None,
    }
}

/// Sets each session's thumbs counts from the events linked to it (`(session, event)`).
pub(crate) fn add_session_feedback(
    sessions: &mut [SessionSummary],
    linked: impl IntoIterator<Item = (String, StoredEvent)>,
) {
    let mut counts: std::collections::HashMap<String, (u64, u64)> =
        std::collections::HashMap::new();
    for (session, ev) in linked {
        match thumbs(&ev.event) {
            Some(true) => counts.entry(session).or_default().0 += 1,
            Some(false) => counts.entry(session).or_default().1 += 1,
            None => {}
        }
    }
    for s in sessions {
        if let Some(&(up, down)) = counts.get(&s.session_id) {
            s.feedback_up = up;
            s.feedback_down = down;
        }
    }
}
