//! Trace analysis: self time, the critical path, the slowest step on it and where errors
//! happened. Pure functions over a trace's spans; the query API and the CLI both use them.
//!
//! Critical path, as Jaeger computes it: start at the root, walk back from its
//! last-finishing child, then from the child that finished before that one started, and so
//! on, recursing into each chosen child. Time not covered by a chosen child belongs to the
//! parent itself. Children overflowing their parent's end are clipped to it.

use std::collections::HashMap;

use serde::Serialize;

use crate::{Span, SpanId};

/// One stretch of the critical path owned by one span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CriticalSegment {
    /// The span doing the work in this stretch.
    pub span_id: SpanId,
    /// Stretch start, Unix ns.
    pub start_unix_nano: u64,
    /// Stretch end, Unix ns.
    pub end_unix_nano: u64,
}

/// What the analysis found in one trace.
#[derive(Debug, Clone, Serialize)]
pub struct TraceAnalysis {
    /// Self time per span: its duration minus the time covered by its children.
    pub self_time_ns: HashMap<SpanId, u64>,
    /// Spans on the critical path, in time order.
    pub critical_path: Vec<SpanId>,
    /// The critical path as time-ordered stretches.
    pub critical_segments: Vec<CriticalSegment>,
    /// Time each span contributes to the critical path.
    pub critical_time_ns: HashMap<SpanId, u64>,
    /// The root's direct step whose subtree adds most to the critical path (the root
    /// itself when it has no steps).
    pub slowest_step: Option<SpanId>,
    /// Critical-path time of the slowest step's whole subtree.
    pub slowest_step_critical_ns: u64,
    /// Spans whose status is error.
    pub error_spans: Vec<SpanId>,
    /// Ancestors of error spans (to mark the path to a failure).
    pub error_ancestors: Vec<SpanId>,
    /// Depth of each span in the tree (roots are 0).
    pub depth: HashMap<SpanId, usize>,
}

/// Deepest tree walked; deeper (malformed or hostile) traces are cut there.
const MAX_DEPTH: usize = 4096;

/// Analyses one trace's spans (any order; orphans are treated as roots).
pub fn analyze(spans: &[Span]) -> TraceAnalysis {
    let index: HashMap<SpanId, usize> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| (s.span_id, i))
        .collect();
    let mut children: HashMap<SpanId, Vec<usize>> = HashMap::new();
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s
            .parent_span_id
            .filter(|p| index.contains_key(p) && *p != s.span_id)
        {
            Some(p) => children.entry(p).or_default().push(i),
            None => roots.push(i),
        }
    }

    let mut self_time_ns = HashMap::new();
    for s in spans {
        let (start, end) = (
            s.start_time_unix_nano,
            s.end_time_unix_nano.max(s.start_time_unix_nano),
        );
        let mut intervals: Vec<(u64, u64)> = children
            .get(&s.span_id)
            .into_iter()
            .flatten()
            .map(|&c| {
                (
                    spans[c].start_time_unix_nano.max(start),
                    spans[c].end_time_unix_nano.min(end),
                )
            })
            .filter(|(a, b)| b > a)
            .collect();
        intervals.sort_unstable();
        let mut covered = 0u64;
        let mut cur: Option<(u64, u64)> = None;
        for (a, b) in intervals {
            match cur {
                Some((ca, cb)) if a <= cb => cur = Some((ca, cb.max(b))),
                Some((ca, cb)) => {
                    covered += cb - ca;
                    cur = Some((a, b));
                }
                None => cur = Some((a, b)),
            }
        }
        if let Some((ca, cb)) = cur {
            covered += cb - ca;
        }
        self_time_ns.insert(s.span_id, (end - start).saturating_sub(covered));
    }

    let mut depth = HashMap::new();
    let mut stack: Vec<(usize, usize)> = roots.iter().map(|&r| (r, 0)).collect();
    while let Some((i, d)) = stack.pop() {
        if depth.insert(spans[i].span_id, d).is_some() || d >= MAX_DEPTH {
            continue;
        }
        for &c in children.get(&spans[i].span_id).into_iter().flatten() {
            stack.push((c, d + 1));
        }
    }

    // The critical path starts at the root that finishes last.
    let mut critical_segments = Vec::new();
    if let Some(&root) = roots.iter().max_by_key(|&&r| {
        (
            spans[r].end_time_unix_nano,
            std::cmp::Reverse(spans[r].start_time_unix_nano),
        )
    }) {
        let end = spans[root]
            .end_time_unix_nano
            .max(spans[root].start_time_unix_nano);
        walk_critical(
            spans,
            &children,
            root,
            (spans[root].start_time_unix_nano, end),
            0,
            &mut critical_segments,
        );
    }
    critical_segments.retain(|s| s.end_unix_nano > s.start_unix_nano);
    critical_segments.sort_by_key(|s| s.start_unix_nano);
    let mut critical_time_ns: HashMap<SpanId, u64> = HashMap::new();
    let mut critical_path = Vec::new();
    for seg in &critical_segments {
        let t = critical_time_ns.entry(seg.span_id).or_insert(0);
        if *t == 0 && !critical_path.contains(&seg.span_id) {
            critical_path.push(seg.span_id);
        }
        *t += seg.end_unix_nano - seg.start_unix_nano;
    }
    // The slowest step is one of the critical root's direct steps: the one whose subtree
    // adds most time to the critical path (a slow HTTP call inside `execute_tool x` makes
    // `execute_tool x` the slow step). A root without steps is its own slowest step.
    let critical_root = critical_segments
        .iter()
        .find(|seg| roots.iter().any(|&r| spans[r].span_id == seg.span_id))
        .map(|seg| seg.span_id);
    let subtree_critical = |top: SpanId| -> u64 {
        let mut total = 0;
        let mut stack = vec![top];
        let mut visited = 0usize;
        while let Some(id) = stack.pop() {
            visited += 1;
            if visited > spans.len() {
                break;
            }
            total += critical_time_ns.get(&id).copied().unwrap_or(0);
            for &c in children.get(&id).into_iter().flatten() {
                stack.push(spans[c].span_id);
            }
        }
        total
    };
    let slowest_step = critical_root.and_then(|root| {
        children
            .get(&root)
            .into_iter()
            .flatten()
            .map(|&c| (subtree_critical(spans[c].span_id), spans[c].span_id))
            .filter(|(t, _)| *t > 0)
            .max_by_key(|(t, id)| (*t, std::cmp::Reverse(*id)))
            .map(|(_, id)| id)
            .or(Some(root))
    });
    let step_critical_time_ns = slowest_step.map_or(0, subtree_critical);

    let error_spans: Vec<SpanId> = spans
        .iter()
        .filter(|s| s.is_error())
        .map(|s| s.span_id)
        .collect();
    let mut error_ancestors = Vec::new();
    for e in &error_spans {
        let mut cur = spans[index[e]].parent_span_id;
        let mut hops = 0;
        while let Some(p) = cur.filter(|p| index.contains_key(p)) {
            if !error_ancestors.contains(&p) {
                error_ancestors.push(p);
            }
            hops += 1;
            if hops > MAX_DEPTH {
                break;
            }
            cur = spans[index[&p]].parent_span_id;
        }
    }

    TraceAnalysis {
        self_time_ns,
        critical_path,
        critical_segments,
        critical_time_ns,
        slowest_step,
        slowest_step_critical_ns: step_critical_time_ns,
        error_spans,
        error_ancestors,
        depth,
    }
}

fn walk_critical(
    spans: &[Span],
    children: &HashMap<SpanId, Vec<usize>>,
    i: usize,
    (lo, hi): (u64, u64),
    depth: usize,
    out: &mut Vec<CriticalSegment>,
) {
    let span = &spans[i];
    let start = span.start_time_unix_nano.max(lo).min(hi);
    let mut cursor = hi.min(span.end_time_unix_nano).max(start);
    if depth < MAX_DEPTH {
        // Children clipped to the parent; those starting after its end are not on the path.
        let mut kids: Vec<(u64, u64, usize)> = children
            .get(&span.span_id)
            .into_iter()
            .flatten()
            .map(|&c| {
                (
                    spans[c].start_time_unix_nano.max(start),
                    spans[c].end_time_unix_nano.min(cursor),
                    c,
                )
            })
            .filter(|(s, e, _)| e >= s && *s < cursor)
            .collect();
        kids.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (kstart, kend, c) in kids {
            if kend > cursor || kstart >= cursor {
                continue; // overlaps a child already on the path: concurrent, not critical
            }
            out.push(CriticalSegment {
                span_id: span.span_id,
                start_unix_nano: kend,
                end_unix_nano: cursor,
            });
            walk_critical(spans, children, c, (kstart, kend), depth + 1, out);
            cursor = kstart;
        }
    }
    out.push(CriticalSegment {
        span_id: span.span_id,
        start_unix_nano: start,
        end_unix_nano: cursor,
    });
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::{StatusCode, TraceId};

    fn sp(id: u8, parent: Option<u8>, start: u64, end: u64) -> Span {
        let trace = TraceId::from_hex("0af7651916cd43dd8448eb211c80319c").unwrap();
        let mut s = Span::new(trace, self::id(id), format!("s{id}"), start, end);
        s.parent_span_id = parent.map(self::id);
        s
    }

    fn id(n: u8) -> SpanId {
        SpanId::from_bytes(&[0, 0, 0, 0, 0, 0, 0, n]).unwrap()
    }

    #[test]
    fn sequential_agent_steps() {
        // root 0..100: plan 0..10, search 10..70 (slow), answer 70..95
        let spans = vec![
            sp(1, None, 0, 100),
            sp(2, Some(1), 0, 10),
            sp(3, Some(1), 10, 70),
            sp(4, Some(1), 70, 95),
        ];
        let a = analyze(&spans);
        assert_eq!(a.critical_path, vec![id(2), id(3), id(4), id(1)]);
        assert_eq!(a.slowest_step, Some(id(3)));
        assert_eq!(a.self_time_ns[&id(1)], 5);
        assert_eq!(a.critical_time_ns[&id(3)], 60);
        let total: u64 = a
            .critical_segments
            .iter()
            .map(|s| s.end_unix_nano - s.start_unix_nano)
            .sum();
        assert_eq!(total, 100, "segments tile the root");
    }

    #[test]
    fn parallel_children_only_the_last_finisher_is_critical() {
        // two concurrent tool calls: 10..50 and 10..80; then summarize 80..90
        let spans = vec![
            sp(1, None, 0, 100),
            sp(2, Some(1), 10, 50),
            sp(3, Some(1), 10, 80),
            sp(4, Some(1), 80, 90),
        ];
        let a = analyze(&spans);
        assert!(!a.critical_path.contains(&id(2)));
        assert_eq!(a.slowest_step, Some(id(3)));
        assert_eq!(a.self_time_ns[&id(1)], 20);
    }

    #[test]
    fn nested_and_overflowing_children() {
        let spans = vec![
            sp(1, None, 0, 100),
            sp(2, Some(1), 50, 150),
            sp(3, Some(2), 60, 140),
        ];
        let a = analyze(&spans);
        assert_eq!(a.critical_time_ns[&id(3)], 40, "clipped at the root's end");
        assert_eq!(a.depth[&id(3)], 2);
    }

    #[test]
    fn slowest_step_is_the_top_level_step_around_a_slow_call() {
        // tool 10..70 wraps an HTTP call 15..65; answer 70..95
        let spans = vec![
            sp(1, None, 0, 100),
            sp(2, Some(1), 10, 70),
            sp(3, Some(2), 15, 65),
            sp(4, Some(1), 70, 95),
        ];
        let a = analyze(&spans);
        assert_eq!(a.slowest_step, Some(id(2)));
        assert_eq!(a.slowest_step_critical_ns, 60);
        let alone = analyze(&[sp(9, None, 0, 10)]);
        assert_eq!(alone.slowest_step, Some(id(9)));
    }

    #[test]
    fn errors_mark_ancestors_and_orphans_are_roots() {
        let mut failing = sp(3, Some(2), 20, 30);
        failing.status.code = StatusCode::Error;
        let spans = vec![
            sp(1, None, 0, 100),
            sp(2, Some(1), 10, 40),
            failing,
            sp(9, Some(77), 0, 5),
        ];
        let a = analyze(&spans);
        assert_eq!(a.error_spans, vec![id(3)]);
        assert_eq!(a.error_ancestors, vec![id(2), id(1)]);
        assert_eq!(a.depth[&id(9)], 0);
    }

    proptest::proptest! {
        #[test]
        fn segments_never_exceed_root(ends in proptest::collection::vec((0u64..1000, 0u64..1000), 1..30)) {
            let mut spans = vec![sp(1, None, 0, 1000)];
            for (i, (a, b)) in ends.iter().enumerate() {
                let parent = if i % 3 == 0 { 1 } else { (i as u8).max(2) };
                spans.push(sp(i as u8 + 2, Some(parent), *a.min(b), *a.max(b)));
            }
            let a = analyze(&spans);
            let total: u64 = a.critical_segments.iter().map(|s| s.end_unix_nano - s.start_unix_nano).sum();
            proptest::prop_assert!(total <= 1000);
            for s in &spans {
                proptest::prop_assert!(a.self_time_ns[&s.span_id] <= s.duration_ns());
            }
        }
    }
}
