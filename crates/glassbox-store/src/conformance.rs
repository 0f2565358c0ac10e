//! Behaviour every storage backend shares, written once and run against each (the
//! embedded SQLite store and ClickHouse): what a query returns must not depend on where
//! glassbox keeps its data.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use glassbox_core::{
    AttrValue, Event, GenAi, LogRecord, Redact, Redacted, Span, SpanId, SpanStatus, StatusCode,
    TraceId,
};

use crate::{BatchWriter, Eraser, LogFilter, ReadStore, TimelineEntry, TraceFilter, WriteBatch};

/// What a backend's behaviour may legitimately differ in.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Caps {
    /// Retention removes exactly the traces that ended before the cutoff (SQLite); a
    /// partitioned store drops whole days instead (ClickHouse).
    pub exact_retention: bool,
}

/// One day, ns.
pub(crate) const DAY_NS: u64 = 86_400_000_000_000;

/// A backend's reader: every read the query API needs, and erasure.
pub(crate) trait TestStore: ReadStore + Eraser {}
impl<T: ReadStore + Eraser> TestStore for T {}

/// Test-only pass-through: these tests exercise storage, not redaction.
pub(crate) struct AlreadyClean;
impl<T> Redact<T> for AlreadyClean {
    fn redact(&self, value: T) -> T {
        value
    }
}

pub(crate) fn span(trace: &str, id: u64, parent: Option<u64>, start: u64, end: u64) -> Span {
    let span_id = |n: u64| SpanId::from_bytes(&n.to_be_bytes()).unwrap();
    let mut s = Span::new(
        TraceId::from_hex(trace).unwrap(),
        span_id(id),
        format!("step-{id}"),
        start,
        end,
    );
    s.parent_span_id = parent.map(span_id);
    s.service = "agent".into();
    s
}

pub(crate) const T1: &str = "0af7651916cd43dd8448eb211c80319c";
pub(crate) const T2: &str = "1bf7651916cd43dd8448eb211c80319c";

pub(crate) fn batch(spans: Vec<Span>) -> WriteBatch {
    WriteBatch {
        spans: spans
            .into_iter()
            .map(|s| Redacted::new(&AlreadyClean, s))
            .collect(),
        ..Default::default()
    }
}

pub(crate) fn thumbs(
    time: u64,
    trace: Option<&str>,
    correlation: &str,
    session: Option<&str>,
    up: bool,
) -> Event {
    let mut properties = glassbox_core::Attributes::default();
    properties.insert("feedback.type".into(), AttrValue::Str("thumbs".into()));
    Event {
        time_unix_nano: time,
        name: "feedback".into(),
        correlation_id: correlation.into(),
        trace_id: trace.map(|t| TraceId::from_hex(t).unwrap()),
        session_id: session.map(str::to_string),
        user_id: None,
        value: Some(if up { 1.0 } else { 0.0 }),
        comment: Some("thanks".into()),
        properties,
    }
}

pub(crate) fn trace_roundtrip_summary_and_dedup<W: BatchWriter, R: TestStore>(
    w: &mut W,
    r: &R,
    _caps: Caps,
) {
    let mut child = span(T1, 2, Some(1), 1_100, 1_900);
    child.status = SpanStatus {
        code: StatusCode::Error,
        message: "boom".into(),
    };
    child.gen_ai = Some(GenAi {
        request_model: Some("gpt-4o".into()),
        input_tokens: Some(10),
        output_tokens: Some(5),
        ..Default::default()
    });
    child.correlation_id = "cust-402".into();
    // The child arrives before its root, in its own group.
    w.write_group(&[batch(vec![child.clone()])]).unwrap();
    let page = r
        .search_traces(&TraceFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.traces[0].root_name, "step-2");
    w.write_group(&[
        batch(vec![span(T1, 1, None, 1_000, 2_000)]),
        batch(vec![child]),
    ])
    .unwrap();

    let spans = r.get_trace(TraceId::from_hex(T1).unwrap()).unwrap();
    assert_eq!(spans.len(), 2);
    assert_eq!(spans[0].name, "step-1");
    let page = r
        .search_traces(&TraceFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    let t = &page.traces[0];
    assert_eq!(t.root_name, "step-1");
    assert_eq!(t.span_count, 2, "a resent span is not counted twice");
    assert_eq!(t.error_count, 1);
    assert_eq!(t.duration_ns, 1_000);
    assert_eq!(t.correlation_id, "cust-402");
    assert_eq!(t.models, vec!["gpt-4o".to_string()]);
    assert_eq!((t.input_tokens, t.output_tokens), (10, 5));
    assert!(r
        .get_trace(TraceId::from_hex(T2).unwrap())
        .unwrap()
        .is_empty());
}

pub(crate) fn search_filters_and_paging<W: BatchWriter, R: TestStore>(
    w: &mut W,
    r: &R,
    _caps: Caps,
) {
    let mut spans = Vec::new();
    for i in 0..25u64 {
        let trace = format!("{:032x}", i + 1);
        let mut s = span(&trace, 1, None, 1_000 * i, 1_000 * i + 10 * i);
        s.user_id = Some(if i % 2 == 0 {
            "u-even".into()
        } else {
            "u-odd".into()
        });
        s.session_id = Some(format!("s-{}", i % 5));
        if i == 7 {
            s.status.code = StatusCode::Error;
        }
        spans.push(s);
    }
    w.write_group(&[batch(spans)]).unwrap();
    let mut all = Vec::new();
    let mut cursor = None;
    loop {
        let page = r
            .search_traces(&TraceFilter {
                limit: 10,
                cursor: cursor.clone(),
                ..Default::default()
            })
            .unwrap();
        all.extend(page.traces);
        cursor = page.next_cursor;
        if cursor.is_none() {
            break;
        }
    }
    assert_eq!(all.len(), 25);
    assert!(all
        .windows(2)
        .all(|w| w[0].start_time_unix_nano > w[1].start_time_unix_nano));
    let f = |f: TraceFilter| {
        r.search_traces(&TraceFilter { limit: 100, ..f })
            .unwrap()
            .traces
            .len()
    };
    assert_eq!(
        f(TraceFilter {
            user_ids: vec!["u-even".into()],
            ..Default::default()
        }),
        13
    );
    assert_eq!(
        f(TraceFilter {
            session_id: Some("s-3".into()),
            ..Default::default()
        }),
        5
    );
    assert_eq!(
        f(TraceFilter {
            error: Some(true),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        f(TraceFilter {
            min_duration_ns: Some(200),
            ..Default::default()
        }),
        5
    );
    assert_eq!(
        f(TraceFilter {
            start_from_ns: Some(20_000),
            ..Default::default()
        }),
        5
    );
    assert!(r
        .search_traces(&TraceFilter {
            limit: 5,
            cursor: Some("nonsense".into()),
            ..Default::default()
        })
        .is_err());
}

pub(crate) fn investigate_joins_spans_logs_and_events<W: BatchWriter, R: TestStore>(
    w: &mut W,
    r: &R,
    caps: Caps,
) {
    let mut s = span(T1, 1, None, 1_000, 5_000);
    s.correlation_id = "order-402".into();
    s.user_id = Some("user-hash".into());
    let log = LogRecord {
        time_unix_nano: 2_000,
        observed_time_unix_nano: 2_000,
        severity_number: 17,
        severity_text: "ERROR".into(),
        event_name: String::new(),
        body: Some(AttrValue::Str("payment failed".into())),
        attributes: Default::default(),
        resource: Default::default(),
        trace_id: None,
        span_id: None,
        service: "billing".into(),
        correlation_id: "order-402".into(),
        user_id: None,
        session_id: None,
    };
    let event = Event {
        time_unix_nano: 6_000,
        name: "feedback".into(),
        correlation_id: "order-402".into(),
        trace_id: Some(TraceId::from_hex(T1).unwrap()),
        session_id: None,
        user_id: None,
        value: Some(0.0),
        comment: None,
        properties: Default::default(),
    };
    let mut b = batch(vec![s, span(T2, 9, None, 100, 200)]);
    b.logs.push(Redacted::new(&AlreadyClean, log));
    b.events.push(Redacted::new(&AlreadyClean, event));
    w.write_group(&[b]).unwrap();

    let inv = r.investigate("order-402", 100).unwrap();
    assert_eq!(inv.matched_as, vec!["correlation_id".to_string()]);
    let kinds: Vec<&str> = inv
        .timeline
        .iter()
        .map(|e| match e {
            TimelineEntry::Span { .. } => "span",
            TimelineEntry::Log { .. } => "log",
            TimelineEntry::Event { .. } => "event",
        })
        .collect();
    assert_eq!(kinds, vec!["span", "log", "event"]);
    let by_trace = r.investigate(T1, 100).unwrap();
    assert!(by_trace.matched_as.contains(&"trace_id".to_string()));
    assert_eq!(
        by_trace.timeline.len(),
        3,
        "the trace's event and the correlation's log come along"
    );
    assert_eq!(r.investigate("user-hash", 100).unwrap().traces.len(), 1);
    assert!(r.investigate("nobody", 100).unwrap().timeline.is_empty());
    let logs = r
        .search_logs(&LogFilter {
            text: Some("PAYMENT".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(logs.logs.len(), 1);

    if caps.exact_retention {
        let removed = w
            .delete_older_than(3_000, crate::RetentionScope::All)
            .unwrap();
        assert!(removed >= 3, "removed {removed}");
        assert!(r
            .get_trace(TraceId::from_hex(T2).unwrap())
            .unwrap()
            .is_empty());
        assert_eq!(
            r.get_trace(TraceId::from_hex(T1).unwrap()).unwrap().len(),
            1
        );
    } else {
        // Whole days go: a cutoff inside the records' day keeps them, the next day's
        // drops them.
        assert_eq!(
            w.delete_older_than(3_000, crate::RetentionScope::All)
                .unwrap(),
            0
        );
        assert_eq!(
            r.get_trace(TraceId::from_hex(T2).unwrap()).unwrap().len(),
            1
        );
        let removed = w
            .delete_older_than(DAY_NS + 1, crate::RetentionScope::All)
            .unwrap();
        assert!(removed >= 4, "removed {removed}");
        for t in [T1, T2] {
            assert!(r
                .get_trace(TraceId::from_hex(t).unwrap())
                .unwrap()
                .is_empty());
        }
        assert!(r.investigate("order-402", 100).unwrap().timeline.is_empty());
    }
}

pub(crate) fn a_retried_export_stores_only_the_spans_not_held_yet<W: BatchWriter, R: TestStore>(
    w: &mut W,
    r: &R,
    _caps: Caps,
) {
    // Encoded on a worker, as the pipeline does.
    let mut first = batch(vec![
        span(T1, 1, None, 1_000, 2_000),
        span(T1, 2, Some(1), 1_100, 1_200),
    ]);
    first.encode_spans().unwrap();
    w.write_group(&[first]).unwrap();
    let mut retry = batch(vec![
        span(T1, 2, Some(1), 1_100, 1_200),
        span(T1, 3, Some(1), 1_300, 1_900),
        span(T2, 9, None, 5_000, 6_000),
    ]);
    retry.encode_spans().unwrap();
    assert_eq!(retry.encoded_blocks.len(), 2, "one block per trace");
    w.write_group(&[retry]).unwrap();

    let spans = r.get_trace(TraceId::from_hex(T1).unwrap()).unwrap();
    let names: Vec<&str> = spans.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["step-1", "step-2", "step-3"]);
    let page = r
        .search_traces(&TraceFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    let t1 = page
        .traces
        .iter()
        .find(|t| t.trace_id.to_hex() == T1)
        .unwrap();
    assert_eq!(t1.span_count, 3);
    assert_eq!(
        r.get_trace(TraceId::from_hex(T2).unwrap()).unwrap().len(),
        1
    );
}

/// Erasure removes every trace, span, log and event of a subject (under each of its
/// pseudonyms), reports the blobs they pointed at, and leaves everyone else alone.
pub(crate) fn erasing_a_subject_removes_all_of_theirs_and_nothing_else<
    W: BatchWriter,
    R: TestStore,
>(
    w: &mut W,
    r: &R,
    _caps: Caps,
) {
    const T3: &str = "2cf7651916cd43dd8448eb211c80319c";
    let blob = format!("{}{}", crate::BLOB_SCHEME, "ab".repeat(32));
    // Trace 1: the subject under the old key's pseudonym, with an offloaded payload.
    let mut a1 = span(T1, 1, None, 1_000, 2_000);
    a1.user_id = Some("[ID:k1:aaaa]".into());
    a1.attributes
        .insert(crate::PAYLOAD_ATTR.into(), AttrValue::Str(blob.clone()));
    let a1_child = span(T1, 2, Some(1), 1_100, 1_900);
    // Trace 2: the subject under the new key's pseudonym.
    let mut a2 = span(T2, 3, None, 3_000, 4_000);
    a2.user_id = Some("[ID:k2:bbbb]".into());
    // Trace 3: someone else.
    let mut b = span(T3, 4, None, 5_000, 6_000);
    b.user_id = Some("[ID:k2:other]".into());
    let log = |trace: Option<&str>, user: Option<&str>, text: &str| LogRecord {
        time_unix_nano: 2_000,
        observed_time_unix_nano: 2_000,
        severity_number: 9,
        severity_text: "INFO".into(),
        event_name: String::new(),
        body: Some(AttrValue::Str(text.into())),
        attributes: Default::default(),
        resource: Default::default(),
        trace_id: trace.map(|t| TraceId::from_hex(t).unwrap()),
        span_id: None,
        service: "app".into(),
        correlation_id: "c".into(),
        user_id: user.map(Into::into),
        session_id: None,
    };
    let event = |trace: Option<&str>, user: Option<&str>| Event {
        time_unix_nano: 6_000,
        name: "feedback".into(),
        correlation_id: "c".into(),
        trace_id: trace.map(|t| TraceId::from_hex(t).unwrap()),
        session_id: None,
        user_id: user.map(Into::into),
        value: Some(1.0),
        comment: None,
        properties: Default::default(),
    };
    let mut bt = batch(vec![a1, a1_child, a2, b]);
    for l in [
        log(Some(T1), None, "in the subject's trace"),
        log(None, Some("[ID:k2:bbbb]"), "subject, no trace"),
        log(Some(T3), None, "someone else"),
    ] {
        bt.logs.push(Redacted::new(&AlreadyClean, l));
    }
    for e in [
        event(Some(T2), None),
        event(None, Some("[ID:k1:aaaa]")),
        event(Some(T3), Some("[ID:k2:other]")),
    ] {
        bt.events.push(Redacted::new(&AlreadyClean, e));
    }
    w.write_group(&[bt]).unwrap();

    let report = r
        .erase_users(&["[ID:k2:bbbb]".into(), "[ID:k1:aaaa]".into()])
        .unwrap();
    assert_eq!(
        (report.traces, report.spans, report.logs, report.events),
        (2, 3, 2, 2)
    );
    assert_eq!(report.blobs, vec![blob]);
    assert!(r
        .get_trace(TraceId::from_hex(T1).unwrap())
        .unwrap()
        .is_empty());
    assert!(r
        .get_trace(TraceId::from_hex(T2).unwrap())
        .unwrap()
        .is_empty());
    assert!(r.get_trace(TraceId::from_hex(T3).unwrap()).unwrap().len() == 1);
    let logs = r
        .search_logs(&LogFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(logs.logs.len(), 1, "only someone else's log is left");
    assert!(r
        .investigate("[ID:k1:aaaa]", 10)
        .unwrap()
        .timeline
        .is_empty());
    assert!(r
        .investigate("[ID:k2:bbbb]", 10)
        .unwrap()
        .timeline
        .is_empty());
    assert_eq!(r.investigate("[ID:k2:other]", 10).unwrap().traces.len(), 1);
    // Erasing again finds nothing.
    let again = r.erase_users(&["[ID:k2:bbbb]".into()]).unwrap();
    assert_eq!(again, crate::ErasureReport::default());
}

pub(crate) fn trace_id_prefixes<W: BatchWriter, R: TestStore>(w: &mut W, r: &R, _caps: Caps) {
    let a = "abcdef01000000000000000000000001";
    let b = "abcdef01000000000000000000000002";
    w.write_group(&[batch(vec![
        span(a, 1, None, 1, 2),
        span(b, 2, None, 1, 2),
        span(T1, 3, None, 1, 2),
    ])])
    .unwrap();
    assert_eq!(
        r.traces_with_prefix("abcdef01", 5).unwrap().len(),
        2,
        "ambiguous"
    );
    assert_eq!(
        r.traces_with_prefix("ABCDEF010000000000000000000000", 5)
            .unwrap()
            .len(),
        2
    );
    assert_eq!(r.traces_with_prefix(&b[..31], 5).unwrap().len(), 2);
    let one = r.traces_with_prefix(&T1[..9], 5).unwrap();
    assert_eq!(
        one,
        vec![TraceId::from_hex(T1).unwrap()],
        "an odd number of digits works"
    );
    assert!(r.traces_with_prefix("abcdef0", 5).is_err(), "too short");
    assert!(r.traces_with_prefix("abcdefzz", 5).is_err(), "not hex");
}

pub(crate) fn sessions_group_turns_and_count_feedback_given_on_turns_or_the_session<
    W: BatchWriter,
    R: TestStore,
>(
    w: &mut W,
    r: &R,
    _caps: Caps,
) {
    use crate::{EventFilter, FeedbackFilter, SessionFilter};
    const T3: &str = "2cf7651916cd43dd8448eb211c80319c";
    let turn = |trace: &str, start: u64, end: u64, session: &str, user: &str, corr: &str| {
        let mut s = span(trace, 1, None, start, end);
        s.session_id = Some(session.into());
        s.user_id = Some(user.into());
        s.correlation_id = corr.into();
        s
    };
    let mut failing = turn(T2, 5_000, 9_000, "chat-1", "u-b", "c-2");
    failing.status.code = StatusCode::Error;
    let mut b = batch(vec![
        turn(T1, 1_000, 2_000, "chat-1", "u-a", "c-1"),
        failing,
        turn(T3, 3_000, 4_000, "chat-2", "u-a", "c-3"),
    ]);
    for e in [
        // On a turn by trace id, on a turn by correlation id only, on the session itself,
        // and one that carries both the session and the trace (counted once).
        thumbs(2_500, Some(T1), "c-1", None, true),
        thumbs(9_500, None, "c-2", None, false),
        thumbs(9_600, None, "", Some("chat-1"), true),
        thumbs(9_700, Some(T1), "c-1", Some("chat-1"), true),
    ] {
        b.events.push(Redacted::new(&AlreadyClean, e));
    }
    w.write_group(&[b]).unwrap();

    let page = r
        .search_sessions(&SessionFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    let ids: Vec<&str> = page
        .sessions
        .iter()
        .map(|s| s.session_id.as_str())
        .collect();
    assert_eq!(ids, ["chat-1", "chat-2"], "most recently active first");
    let chat = &page.sessions[0];
    assert_eq!((chat.turns, chat.users, chat.error_turns), (2, 2, 1));
    assert_eq!(
        (chat.start_time_unix_nano, chat.duration_ns),
        (1_000, 8_000)
    );
    assert_eq!((chat.feedback_up, chat.feedback_down), (3, 1));
    assert_eq!(chat.user_ids, ["u-a", "u-b"]);
    let stats = page.stats.clone().unwrap();
    assert_eq!(
        r.session_stats(&SessionFilter::default()).unwrap(),
        stats,
        "the statistics alone, as the first page carries them"
    );
    assert_eq!((stats.sessions, stats.median_turns), (2, Some(2)));
    assert_eq!(
        stats.median_duration_ns,
        Some(8_000),
        "chat-1 lasts 8,000 ns, chat-2 1,000"
    );

    // Paging and filters.
    let first = r
        .search_sessions(&SessionFilter {
            limit: 1,
            ..Default::default()
        })
        .unwrap();
    let second = r
        .search_sessions(&SessionFilter {
            limit: 1,
            cursor: first.next_cursor.clone(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(second.sessions[0].session_id, "chat-2");
    assert!(second.next_cursor.is_none());
    assert!(
        second.stats.is_none(),
        "statistics come with the first page"
    );
    let of_b = r
        .search_sessions(&SessionFilter {
            limit: 10,
            user_ids: vec!["u-b".into()],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(of_b.sessions.len(), 1);
    assert_eq!(of_b.sessions[0].turns, 1);

    let detail = r.get_session("chat-1").unwrap().unwrap();
    assert_eq!(detail.turns.len(), 2);
    assert!(detail.turns[0].start_time_unix_nano < detail.turns[1].start_time_unix_nano);
    assert_eq!(detail.events.len(), 4);
    assert!(r.get_session("nope").unwrap().is_none());

    // The traces list carries each trace's feedback and filters by it.
    let traces = r
        .search_traces(&TraceFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    let t1 = traces
        .traces
        .iter()
        .find(|t| t.trace_id.to_hex() == T1)
        .unwrap();
    assert_eq!((t1.feedback_up, t1.feedback_down), (2, 0));
    let count = |fb| {
        r.search_traces(&TraceFilter {
            limit: 10,
            feedback: Some(fb),
            ..Default::default()
        })
        .unwrap()
        .traces
        .len()
    };
    assert_eq!(count(FeedbackFilter::Up), 1);
    assert_eq!(count(FeedbackFilter::Down), 1);
    assert_eq!(count(FeedbackFilter::Any), 2);
    assert_eq!(count(FeedbackFilter::None), 1);

    let events = r
        .search_events(&EventFilter {
            session_id: Some("chat-1".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(events.events.len(), 2);
    assert!(events.events[0].event.time_unix_nano > events.events[1].event.time_unix_nano);
    let paged = r
        .search_events(&EventFilter {
            limit: 3,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(paged.events.len(), 3);
    let rest = r
        .search_events(&EventFilter {
            limit: 3,
            cursor: paged.next_cursor,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(rest.events.len(), 1);
}

pub(crate) fn text_search_finds_traces_by_what_they_said_pages_and_forgets_on_retention<
    W: BatchWriter,
    R: TestStore,
>(
    w: &mut W,
    r: &R,
    caps: Caps,
) {
    let chat = |trace: &str, start: u64, prompt: &str, answer: &str| {
        let mut s = span(trace, 1, None, start, start + 10);
        s.name = "chat gpt-4o".into();
        s.gen_ai = Some(GenAi {
            input_messages: Some(
                serde_json::json!([{"role": "user", "parts": [{"type": "text", "content": prompt}]}]),
            ),
            output_messages: Some(
                serde_json::json!([{"role": "assistant", "parts": [{"type": "text", "content": answer}]}]),
            ),
            ..Default::default()
        });
        s
    };
    const T3: &str = "2cf7651916cd43dd8448eb211c80319c";
    let mut failing = span(T3, 1, None, 3_000, 3_010);
    failing.name = "execute_tool lookup_order".into();
    failing.status = SpanStatus {
        code: StatusCode::Error,
        message: "Gateway timeout from the orders service".into(),
    };
    w.write_group(&[batch(vec![
        chat(
            T1,
            1_000,
            "Where is my refund for the blender?",
            "Your refund was issued on Monday.",
        ),
        chat(
            T2,
            2_000,
            "Wie lange dauert die Rückerstattung?",
            "Drei bis fünf Werktage.",
        ),
        failing,
    ])])
    .unwrap();
    let find = |q: &str| {
        r.search_traces(&TraceFilter {
            text: Some(q.into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap()
        .traces
        .into_iter()
        .map(|t| t.trace_id.to_hex())
        .collect::<Vec<_>>()
    };
    assert_eq!(find("refund"), [T1]);
    assert_eq!(find("REFUND blender"), [T1], "words are ANDed, any case");
    assert!(find("refund toaster").is_empty());
    assert_eq!(find("ruckerstattung"), [T2], "diacritics folded");
    assert_eq!(find("werkt*"), [T2], "prefix");
    assert_eq!(find("timeout"), [T3], "status messages");
    assert_eq!(find("lookup_order"), [T3], "span names");
    assert_eq!(find("gpt"), [T2, T1], "newest first");
    let errors_only = r
        .search_traces(&TraceFilter {
            text: Some("gpt".into()),
            error: Some(true),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert!(errors_only.traces.is_empty(), "other filters apply");
    // Paging.
    let first = r
        .search_traces(&TraceFilter {
            text: Some("gpt".into()),
            limit: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(first.traces[0].trace_id.to_hex(), T2);
    let second = r
        .search_traces(&TraceFilter {
            text: Some("gpt".into()),
            limit: 1,
            cursor: first.next_cursor,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(second.traces[0].trace_id.to_hex(), T1);
    assert!(second.next_cursor.is_none());
    // Bad input.
    let err = r
        .search_traces(&TraceFilter {
            text: Some("  --- ".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.to_string().contains("q:"), "{err}");
    // Retention forgets what the removed spans said.
    w.delete_older_than(
        if caps.exact_retention {
            10_000
        } else {
            DAY_NS + 1
        },
        crate::RetentionScope::All,
    )
    .unwrap();
    assert!(find("refund").is_empty());
    // Spans reach the store in the order the pipeline finished them, not the order the
    // calls started: a page still lists the newest trace first.
    const T4: &str = "6b3f1e0c9d2a4b5c8e7f0a1b2c3d4e5f";
    const T5: &str = "7c4a2f1d0e3b4c6d9f8a1b2c3d4e5f60";
    w.write_group(&[batch(vec![chat(
        T5,
        50_000,
        "A flight to Lisbon on Friday?",
        "Yes.",
    )])])
    .unwrap();
    w.write_group(&[batch(vec![chat(
        T4,
        40_000,
        "A flight to Lisbon on Tuesday?",
        "No.",
    )])])
    .unwrap();
    assert_eq!(
        find("lisbon"),
        [T5, T4],
        "newest trace first, whatever the write order"
    );
}

pub(crate) fn topics_count_calls_users_errors_feedback_and_show_keywords_only_past_k_users<
    W: BatchWriter,
    R: TestStore,
>(
    w: &mut W,
    r: &R,
    _caps: Caps,
) {
    use crate::{TopicFilter, TopicSummary};
    let call = |n: u64, topic: &str, user: &str, words: &[&str]| {
        let trace = format!("{n:032x}");
        let mut s = span(&trace, 1, None, n * 1_000, n * 1_000 + 500);
        s.user_id = Some(user.into());
        s.correlation_id = format!("c-{n}");
        s.attributes.insert(
            glassbox_core::TOPIC_KEY.into(),
            AttrValue::Str(topic.into()),
        );
        s.gen_ai = Some(GenAi {
            operation: Some("chat".into()),
            topic_keywords: words.iter().map(|w| w.to_string()).collect(),
            ..Default::default()
        });
        s
    };
    // T-aaaaaaaa: 4 calls by 3 users (one failed); "cancel" used by all three, "flight"
    // by one. T-bbbbbbbb: 1 call. A span with no topic is not counted.
    let mut failing = call(3, "T-aaaaaaaa", "u-3", &["cancel"]);
    failing.status.code = StatusCode::Error;
    let mut b = batch(vec![
        call(1, "T-aaaaaaaa", "u-1", &["cancel", "flight"]),
        call(2, "T-aaaaaaaa", "u-2", &["cancel"]),
        failing,
        call(4, "T-aaaaaaaa", "u-1", &["cancel"]),
        call(5, "T-bbbbbbbb", "u-1", &["refund"]),
        span(&format!("{:032x}", 6), 1, None, 6_000, 6_500),
    ]);
    for e in [
        thumbs(1_900, Some(&format!("{:032x}", 1)), "c-1", None, true),
        thumbs(2_900, None, "c-2", None, false),
        thumbs(4_900, Some(&format!("{:032x}", 4)), "c-4", None, true),
    ] {
        b.events.push(Redacted::new(&AlreadyClean, e));
    }
    w.write_group(&[b]).unwrap();
    // A retried export of the same call counts neither the call nor its words again.
    w.write_group(&[batch(vec![call(
        1,
        "T-aaaaaaaa",
        "u-1",
        &["cancel", "flight"],
    )])])
    .unwrap();

    let filter = |k: u64| TopicFilter {
        projects: None,
        from_ns: 0,
        to_ns: 10_000,
        buckets: 5,
        min_users: k,
        model: None,
        service: None,
        limit: 10,
    };
    let topics: Vec<TopicSummary> = r.topics(&filter(3)).unwrap();
    assert_eq!(topics.len(), 2);
    let a = &topics[0];
    assert_eq!(a.topic, "T-aaaaaaaa", "most asked first");
    assert_eq!((a.count, a.users, a.errors), (4, 3, 1));
    assert_eq!(a.error_rate, 0.25);
    assert_eq!(
        a.trend,
        vec![1, 2, 1, 0, 0],
        "calls at 1, 2, 3, 4 µs in 2 µs buckets"
    );
    assert_eq!((a.feedback_up, a.feedback_down), (2, 1));
    assert!((a.thumbs_up_ratio.unwrap() - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(a.keywords, vec!["cancel"], "flight: one user only");
    let b = &topics[1];
    assert_eq!((b.topic.as_str(), b.count, b.users), ("T-bbbbbbbb", 1, 1));
    assert!(b.keywords.is_empty() && b.thumbs_up_ratio.is_none());
    // k = 1 shows every word; k above the topic's users shows none at all.
    assert_eq!(
        r.topics(&filter(1)).unwrap()[0].keywords,
        vec!["cancel", "flight"]
    );
    assert!(r.topics(&filter(4)).unwrap()[0].keywords.is_empty());

    // The trace list filters by topic and names each trace's topic.
    let page = r
        .search_traces(&TraceFilter {
            topic: Some("T-bbbbbbbb".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.traces.len(), 1);
    assert_eq!(page.traces[0].topic.as_deref(), Some("T-bbbbbbbb"));

    // Erasing a user removes them from keyword users: "cancel" falls below k = 3.
    r.erase_users(&["u-2".to_string()]).unwrap();
    assert!(r.topics(&filter(3)).unwrap()[0].keywords.is_empty());
    // Retention forgets keyword counts with the calls.
    w.delete_older_than(u64::MAX / 2, crate::RetentionScope::All)
        .unwrap();
    assert!(r.topics(&filter(1)).unwrap().is_empty());
}
/// One `#[test]` per shared behaviour, against the store `$open` gives
/// (`Option<(writer, reader, guard)>`; `None` skips, saying why).
/// Records are kept apart by project: every list limited to projects shows only theirs,
/// and a trace id another project also used is summarised over the visible spans only.
pub(crate) fn projects_keep_records_apart<W: BatchWriter, R: TestStore>(
    w: &mut W,
    r: &R,
    _caps: Caps,
) {
    use crate::{EventFilter, SessionFilter};
    use glassbox_core::project::stamp;
    let turn = |trace: &str, id: u64, start: u64, name: &str, project: &str, tag: &str| {
        let mut s = span(trace, id, None, start, start + 1_000);
        s.name = name.into();
        s.correlation_id = format!("cust-{tag}");
        s.session_id = Some(format!("sess-{tag}"));
        s.user_id = Some(format!("user-{tag}"));
        stamp(&mut s.resource, project);
        s
    };
    let log = |project: &str, tag: &str| {
        let mut l = LogRecord {
            time_unix_nano: 1_500,
            observed_time_unix_nano: 1_500,
            severity_number: 9,
            severity_text: "INFO".into(),
            event_name: String::new(),
            body: Some(AttrValue::Str(format!("log of {tag}"))),
            attributes: Default::default(),
            resource: Default::default(),
            trace_id: None,
            span_id: None,
            service: "agent".into(),
            correlation_id: format!("cust-{tag}"),
            user_id: None,
            session_id: None,
        };
        stamp(&mut l.resource, project);
        l
    };
    let down = |project: &str, trace: &str, tag: &str| {
        let mut e = thumbs(1_700, Some(trace), &format!("cust-{tag}"), None, false);
        stamp(&mut e.properties, project);
        e
    };
    // Project a's trace first; then project b's own trace, and a span of b's under a's
    // trace id (earlier than a's root), with b's thumbs-down on a's trace.
    w.write_group(&[batch(vec![turn(T1, 1, 1_000, "root a", "a", "a")])])
        .unwrap();
    let mut b = batch(vec![
        turn(T2, 2, 1_100, "root b", "b", "b"),
        turn(T1, 3, 500, "root b2", "b", "b2"),
    ]);
    b.logs = vec![log("a", "a"), log("b", "b")]
        .into_iter()
        .map(|l| Redacted::new(&AlreadyClean, l))
        .collect();
    b.events = vec![down("b", T1, "b2"), down("b", T2, "b")]
        .into_iter()
        .map(|e| Redacted::new(&AlreadyClean, e))
        .collect();
    w.write_group(&[b]).unwrap();

    let only = |p: &str| Some(vec![p.to_string()]);
    let traces = |projects: Option<Vec<String>>| {
        r.search_traces(&TraceFilter {
            projects,
            limit: 10,
            ..Default::default()
        })
        .unwrap()
        .traces
    };
    let a = traces(only("a"));
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].trace_id.to_hex(), T1);
    assert_eq!(
        (
            a[0].root_name.as_str(),
            a[0].span_count,
            a[0].project.as_str()
        ),
        ("root a", 1, "a"),
        "another project's span is not part of this project's trace"
    );
    assert_eq!(
        a[0].feedback_down, 0,
        "another project's feedback is not counted"
    );
    let b_traces = traces(only("b"));
    assert!(b_traces
        .iter()
        .any(|t| t.trace_id.to_hex() == T2 && t.project == "b"));
    assert!(b_traces
        .iter()
        .all(|t| t.project == "b" && t.root_name != "root a"));
    assert!(traces(Some(Vec::new())).is_empty());
    assert!(traces(only("c")).is_empty());
    assert!(traces(None).len() >= 2);

    let logs = r
        .search_logs(&LogFilter {
            projects: only("a"),
            limit: 10,
            ..Default::default()
        })
        .unwrap()
        .logs;
    assert_eq!(logs.len(), 1);
    assert_eq!(logs[0].record.correlation_id, "cust-a");
    let events = |p: &str| {
        r.search_events(&EventFilter {
            projects: only(p),
            limit: 10,
            ..Default::default()
        })
        .unwrap()
        .events
    };
    assert!(events("a").is_empty());
    assert_eq!(events("b").len(), 2);
    let sessions = r
        .search_sessions(&SessionFilter {
            projects: only("a"),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    let ids: Vec<&str> = sessions
        .sessions
        .iter()
        .map(|s| s.session_id.as_str())
        .collect();
    assert_eq!(ids, vec!["sess-a"]);
    assert_eq!(sessions.stats.map(|s| s.sessions), Some(1));
    // By id, a store returns every project's spans; the API keeps the caller's.
    assert_eq!(
        r.get_trace(TraceId::from_hex(T1).unwrap()).unwrap().len(),
        2
    );
}

/// A project with a retention of its own is trimmed on its own; the global pass leaves it
/// alone.
pub(crate) fn retention_by_project<W: BatchWriter, R: TestStore>(w: &mut W, r: &R, _caps: Caps) {
    use crate::{EventFilter, RetentionScope};
    use glassbox_core::project::stamp;
    let at = DAY_NS + 1_000;
    let mut b = WriteBatch::default();
    for (i, project) in ["a", "b", "default"].into_iter().enumerate() {
        let trace = format!("{:032x}", 0xa0 + i);
        let mut s = span(&trace, 1, None, at, at + 1_000);
        stamp(&mut s.resource, project);
        b.spans.push(Redacted::new(&AlreadyClean, s));
        let mut e = thumbs(at, Some(&trace), "c", None, true);
        stamp(&mut e.properties, project);
        b.events.push(Redacted::new(&AlreadyClean, e));
    }
    w.write_group(&[b]).unwrap();
    let traces = |p: &str| {
        r.search_traces(&TraceFilter {
            projects: Some(vec![p.to_string()]),
            limit: 10,
            ..Default::default()
        })
        .unwrap()
        .traces
        .len()
    };
    let events = |p: &str| {
        r.search_events(&EventFilter {
            projects: Some(vec![p.to_string()]),
            limit: 10,
            ..Default::default()
        })
        .unwrap()
        .events
        .len()
    };
    let cutoff = 3 * DAY_NS;
    assert!(
        w.delete_older_than(cutoff, RetentionScope::Only("a"))
            .unwrap()
            > 0
    );
    assert_eq!((traces("a"), events("a")), (0, 0));
    assert_eq!((traces("b"), events("b"), traces("default")), (1, 1, 1));
    let keep_b = ["b".to_string()];
    w.delete_older_than(cutoff, RetentionScope::Except(&keep_b))
        .unwrap();
    assert_eq!((traces("default"), events("default")), (0, 0));
    assert_eq!((traces("b"), events("b")), (1, 1));
    w.delete_older_than(cutoff, RetentionScope::All).unwrap();
    assert_eq!((traces("b"), events("b")), (0, 0));
}

macro_rules! conformance_tests {
    ($open:expr, $caps:expr) => {
        conformance_tests!(@each $open, $caps; trace_roundtrip_summary_and_dedup, search_filters_and_paging, investigate_joins_spans_logs_and_events, a_retried_export_stores_only_the_spans_not_held_yet, erasing_a_subject_removes_all_of_theirs_and_nothing_else, trace_id_prefixes, sessions_group_turns_and_count_feedback_given_on_turns_or_the_session, text_search_finds_traces_by_what_they_said_pages_and_forgets_on_retention, topics_count_calls_users_errors_feedback_and_show_keywords_only_past_k_users, projects_keep_records_apart, retention_by_project);
    };
    (@each $open:expr, $caps:expr; $($name:ident),*) => {
        $(
            #[test]
            fn $name() {
                let Some((mut w, r, _guard)) = ($open) else {
                    return;
                };
                $crate::conformance::$name(&mut w, &r, $caps);
            }
        )*
    };
}
pub(crate) use conformance_tests;
