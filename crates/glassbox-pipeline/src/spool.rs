//! The late-signal spool: recent bodies that the payload policy dropped because their
//! trace was not sampled, held in memory for a short window so that negative feedback or
//! an error arriving after the body can still bring it back.
//!
//! ```text
//!   apply_span (not sampled) ──put──> [spool: (trace, span) → redacted body,
//!                                        │         correlation id → its traces]
//!                                        │  evicts: older than the window; oldest first
//!                                        │  when over the byte budget
//!   late signal (thumbs down, error) ──take_trace / take_correlation──> RestoredBody ──> store
//! ```
//!
//! Only [`Redacted`] bodies go in, and nothing here is ever written anywhere: when a body
//! leaves the spool it is either restored through the store (already redacted) or gone.
//! An empty spool costs one atomic load per lookup.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use glassbox_core::{Redacted, SpanId, TraceId};
use serde_json::{Map, Value};

/// A spooled body.
pub type SpooledBody = Redacted<Map<String, Value>>;

/// Default window: late signals up to 10 minutes after the body are honoured.
pub const DEFAULT_WINDOW: Duration = Duration::from_secs(600);
/// Default byte budget (estimated memory of the bodies held).
pub const DEFAULT_MAX_BYTES: usize = 64 << 20;

/// Counters since start (for tests and metrics).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SpoolStats {
    /// Bodies held now.
    pub entries: usize,
    /// Estimated bytes held now.
    pub bytes: usize,
    /// Bodies put in.
    pub spooled: u64,
    /// Bodies taken out by a late signal.
    pub taken: u64,
    /// Bodies evicted because they were older than the window.
    pub expired: u64,
    /// Bodies evicted (or refused) to stay within the byte budget.
    pub over_budget: u64,
}

struct Entry {
    trace_id: TraceId,
    span_id: SpanId,
    /// The span's correlation id when it has its own (not its trace id).
    correlation: Option<Box<str>>,
    at: Instant,
    size: usize,
    body: SpooledBody,
}

#[derive(Default)]
struct Inner {
    /// Insertion order (and so time order): sequence → entry.
    entries: BTreeMap<u64, Entry>,
    /// Trace → the sequences of its entries.
    by_trace: HashMap<TraceId, Vec<u64>>,
    /// Correlation id → the traces with entries that carry it.
    by_correlation: HashMap<Box<str>, Vec<TraceId>>,
    next_seq: u64,
    bytes: usize,
    stats: SpoolStats,
}

impl Inner {
    fn remove(&mut self, seq: u64) -> Option<Entry> {
        let entry = self.entries.remove(&seq)?;
        self.bytes -= entry.size;
        if let Some(seqs) = self.by_trace.get_mut(&entry.trace_id) {
            seqs.retain(|s| *s != seq);
            if seqs.is_empty() {
                self.by_trace.remove(&entry.trace_id);
                self.unlink(entry.correlation.as_deref(), entry.trace_id);
            }
        }
        Some(entry)
    }

    /// Forgets that `trace_id` is held under `correlation`.
    fn unlink(&mut self, correlation: Option<&str>, trace_id: TraceId) {
        let Some(c) = correlation else { return };
        if let Some(traces) = self.by_correlation.get_mut(c) {
            traces.retain(|t| *t != trace_id);
            if traces.is_empty() {
                self.by_correlation.remove(c);
            }
        }
    }

    /// Takes every entry of `trace_id`, oldest first.
    fn take_trace(&mut self, trace_id: TraceId) -> Vec<Entry> {
        let seqs = self.by_trace.remove(&trace_id).unwrap_or_default();
        let mut out = Vec::with_capacity(seqs.len());
        for seq in seqs {
            if let Some(e) = self.entries.remove(&seq) {
                self.bytes -= e.size;
                out.push(e);
            }
        }
        let correlations: Vec<Box<str>> =
            out.iter().filter_map(|e| e.correlation.clone()).collect();
        for c in correlations {
            self.unlink(Some(&c), trace_id);
        }
        self.stats.taken += out.len() as u64;
        out
    }

    fn pop_oldest(&mut self) -> Option<Entry> {
        let seq = *self.entries.keys().next()?;
        self.remove(seq)
    }

    fn expire(&mut self, now: Instant, window: Duration) {
        while let Some(oldest) = self.entries.values().next() {
            if now.saturating_duration_since(oldest.at) < window {
                break;
            }
            self.pop_oldest();
            self.stats.expired += 1;
        }
    }
}

/// A bounded, thread-safe spool of recent unsampled, already-redacted bodies, keyed by
/// (trace id, span id).
pub struct BodySpool {
    window: Duration,
    max_bytes: usize,
    len: AtomicUsize,
    inner: Mutex<Inner>,
}

impl Default for BodySpool {
    fn default() -> Self {
        Self::new(DEFAULT_WINDOW, DEFAULT_MAX_BYTES)
    }
}

impl std::fmt::Debug for BodySpool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BodySpool")
            .field("window", &self.window)
            .field("max_bytes", &self.max_bytes)
            .field("entries", &self.len())
            .finish()
    }
}

impl BodySpool {
    /// A spool holding bodies for `window`, at most `max_bytes` (estimated memory) in all.
    /// A zero window or budget turns it off: nothing is held.
    pub fn new(window: Duration, max_bytes: usize) -> Self {
        Self {
            window,
            max_bytes,
            len: AtomicUsize::new(0),
            inner: Mutex::new(Inner::default()),
        }
    }

    /// A spool that holds nothing.
    pub fn disabled() -> Self {
        Self::new(Duration::ZERO, 0)
    }

    /// False when the spool holds nothing, ever.
    pub fn is_enabled(&self) -> bool {
        !self.window.is_zero() && self.max_bytes > 0
    }

    /// How long bodies are held.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// Bodies held now.
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    /// True when nothing is held (one atomic load).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // The data stays consistent between statements; a panic elsewhere must not stop
        // the pipeline.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn publish(&self, inner: &mut Inner) {
        inner.stats.entries = inner.entries.len();
        inner.stats.bytes = inner.bytes;
        self.len.store(inner.entries.len(), Ordering::Release);
    }

    /// Holds `body` for (`trace_id`, `span_id`), replacing what that span had, findable
    /// also by the span's own `correlation` id; evicts what is past the window, then the
    /// oldest bodies while over the byte budget.
    pub fn put(
        &self,
        trace_id: TraceId,
        span_id: SpanId,
        correlation: Option<&str>,
        body: SpooledBody,
    ) {
        self.put_at(Instant::now(), trace_id, span_id, correlation, body);
    }

    /// [`BodySpool::put`] at a given time.
    pub fn put_at(
        &self,
        now: Instant,
        trace_id: TraceId,
        span_id: SpanId,
        correlation: Option<&str>,
        body: SpooledBody,
    ) {
        if !self.is_enabled() {
            return;
        }
        let size = body_size(body.get());
        let mut inner = self.lock();
        inner.expire(now, self.window);
        let replaced: Vec<u64> = inner
            .by_trace
            .get(&trace_id)
            .map(|seqs| {
                seqs.iter()
                    .copied()
                    .filter(|s| inner.entries.get(s).is_some_and(|e| e.span_id == span_id))
                    .collect()
            })
            .unwrap_or_default();
        for seq in replaced {
            inner.remove(seq);
        }
        if size > self.max_bytes {
            inner.stats.over_budget += 1;
            self.publish(&mut inner);
            return;
        }
        while inner.bytes + size > self.max_bytes {
            if inner.pop_oldest().is_none() {
                break;
            }
            inner.stats.over_budget += 1;
        }
        let seq = inner.next_seq;
        inner.next_seq += 1;
        let correlation: Option<Box<str>> = correlation.map(Into::into);
        if let Some(c) = &correlation {
            let traces = inner.by_correlation.entry(c.clone()).or_default();
            if !traces.contains(&trace_id) {
                traces.push(trace_id);
            }
        }
        inner.entries.insert(
            seq,
            Entry {
                trace_id,
                span_id,
                correlation,
                at: now,
                size,
                body,
            },
        );
        inner.by_trace.entry(trace_id).or_default().push(seq);
        inner.bytes += size;
        inner.stats.spooled += 1;
        self.publish(&mut inner);
    }

    /// Takes every body of `trace_id` still within the window, oldest first.
    pub fn take_trace(&self, trace_id: TraceId) -> Vec<(SpanId, SpooledBody)> {
        self.take_trace_at(Instant::now(), trace_id)
    }

    /// [`BodySpool::take_trace`] at a given time.
    pub fn take_trace_at(&self, now: Instant, trace_id: TraceId) -> Vec<(SpanId, SpooledBody)> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut inner = self.lock();
        inner.expire(now, self.window);
        let out = inner
            .take_trace(trace_id)
            .into_iter()
            .map(|e| (e.span_id, e.body))
            .collect();
        self.publish(&mut inner);
        out
    }

    /// Takes every body of every trace whose spans carry `correlation` (a feedback or an
    /// event that names only the correlation id), oldest first per trace.
    pub fn take_correlation(&self, correlation: &str) -> Vec<(TraceId, SpanId, SpooledBody)> {
        self.take_correlation_at(Instant::now(), correlation)
    }

    /// [`BodySpool::take_correlation`] at a given time.
    pub fn take_correlation_at(
        &self,
        now: Instant,
        correlation: &str,
    ) -> Vec<(TraceId, SpanId, SpooledBody)> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut inner = self.lock();
        inner.expire(now, self.window);
        let traces = inner
            .by_correlation
            .get(correlation)
            .cloned()
            .unwrap_or_default();
        let mut out = Vec::new();
        for trace_id in traces {
            out.extend(
                inner
                    .take_trace(trace_id)
                    .into_iter()
                    .map(|e| (trace_id, e.span_id, e.body)),
            );
        }
        self.publish(&mut inner);
        out
    }

    /// Evicts what is past the window (workers call this when idle, so bodies do not
    /// outlive the window when traffic stops).
    pub fn evict_expired(&self) {
        self.evict_expired_at(Instant::now());
    }

    /// [`BodySpool::evict_expired`] at a given time.
    pub fn evict_expired_at(&self, now: Instant) {
        if self.is_empty() {
            return;
        }
        let mut inner = self.lock();
        inner.expire(now, self.window);
        self.publish(&mut inner);
    }

    /// Counters since start.
    pub fn stats(&self) -> SpoolStats {
        self.lock().stats
    }
}

/// Estimated memory of a body: its text plus a fixed cost per JSON node.
pub(crate) fn body_size(body: &Map<String, Value>) -> usize {
    fn value(v: &Value) -> usize {
        const NODE: usize = 32;
        NODE + match v {
            Value::String(s) => s.len(),
            Value::Array(items) => items.iter().map(value).sum(),
            Value::Object(map) => map.iter().map(|(k, v)| NODE + k.len() + value(v)).sum(),
            Value::Null | Value::Bool(_) | Value::Number(_) => 0,
        }
    }
    body.iter().map(|(k, v)| 32 + k.len() + value(v)).sum()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use glassbox_core::Redact;

    struct Clean;
    impl Redact<Map<String, Value>> for Clean {
        fn redact(&self, v: Map<String, Value>) -> Map<String, Value> {
            v
        }
    }

    fn body(text: &str) -> SpooledBody {
        let mut m = Map::new();
        m.insert("gen_ai.prompt".into(), Value::String(text.into()));
        Redacted::new(&Clean, m)
    }

    fn trace(n: u8) -> TraceId {
        TraceId::from_bytes(&[n; 16]).unwrap()
    }

    fn span(n: u8) -> SpanId {
        SpanId::from_bytes(&[n; 8]).unwrap()
    }

    fn texts(v: &[(SpanId, SpooledBody)]) -> Vec<String> {
        v.iter()
            .map(|(_, b)| b.get()["gen_ai.prompt"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn take_by_trace_returns_only_that_trace_once() {
        let s = BodySpool::default();
        assert!(s.is_empty());
        s.put(trace(1), span(1), None, body("a"));
        s.put(trace(2), span(2), None, body("b"));
        s.put(trace(1), span(3), None, body("c"));
        assert_eq!(s.len(), 3);
        let got = s.take_trace(trace(1));
        assert_eq!(texts(&got), ["a", "c"]);
        assert_eq!(got[0].0, span(1));
        assert_eq!(got[1].0, span(3));
        assert!(s.take_trace(trace(1)).is_empty(), "taken once");
        assert_eq!(s.len(), 1);
        assert_eq!(texts(&s.take_trace(trace(2))), ["b"]);
        assert!(s.is_empty());
        let st = s.stats();
        assert_eq!((st.spooled, st.taken, st.bytes), (3, 3, 0));
    }

    #[test]
    fn take_by_correlation_brings_every_trace_of_it() {
        let s = BodySpool::default();
        s.put(trace(1), span(1), Some("web-402"), body("a"));
        s.put(trace(2), span(2), Some("web-402"), body("b"));
        s.put(trace(3), span(3), Some("web-999"), body("c"));
        s.put(trace(4), span(4), None, body("d"));
        let got = s.take_correlation("web-402");
        let mut traces: Vec<TraceId> = got.iter().map(|g| g.0).collect();
        traces.sort_unstable();
        assert_eq!(traces, [trace(1), trace(2)]);
        assert!(s.take_correlation("web-402").is_empty(), "taken once");
        assert!(s.take_trace(trace(1)).is_empty());
        // Taken by trace, a body is gone from its correlation too.
        assert_eq!(texts(&s.take_trace(trace(3))), ["c"]);
        assert!(s.take_correlation("web-999").is_empty());
        assert_eq!(s.len(), 1);
        let inner = s.lock();
        assert!(
            inner.by_correlation.is_empty(),
            "no index entries left behind"
        );
    }

    #[test]
    fn same_span_again_replaces_its_body() {
        let s = BodySpool::default();
        s.put(trace(1), span(1), None, body("first"));
        s.put(trace(1), span(1), None, body("retry"));
        assert_eq!(s.len(), 1);
        assert_eq!(texts(&s.take_trace(trace(1))), ["retry"]);
        assert_eq!(s.stats().bytes, 0);
    }

    #[test]
    fn bodies_older_than_the_window_are_evicted() {
        let s = BodySpool::new(Duration::from_secs(600), DEFAULT_MAX_BYTES);
        let t0 = Instant::now();
        s.put_at(t0, trace(1), span(1), None, body("old"));
        s.put_at(
            t0 + Duration::from_secs(300),
            trace(1),
            span(2),
            None,
            body("newer"),
        );
        s.put_at(
            t0 + Duration::from_secs(300),
            trace(2),
            span(3),
            None,
            body("other"),
        );
        // 10 min after the first body: it is gone, the newer one is still held.
        let got = s.take_trace_at(t0 + Duration::from_secs(600), trace(1));
        assert_eq!(texts(&got), ["newer"]);
        assert_eq!(s.stats().expired, 1);
        // Idle eviction: nothing outlives the window even without traffic.
        s.evict_expired_at(t0 + Duration::from_secs(901));
        assert!(s.is_empty());
        assert_eq!(s.stats().expired, 2);
        assert!(s
            .take_trace_at(t0 + Duration::from_secs(901), trace(2))
            .is_empty());
    }

    #[test]
    fn byte_budget_evicts_oldest_first() {
        let one = body_size(body("x".repeat(1000).as_str()).get());
        let s = BodySpool::new(DEFAULT_WINDOW, one * 3);
        for n in 1..=5 {
            s.put(trace(n), span(n), None, body(&"x".repeat(1000)));
            assert!(s.stats().bytes <= one * 3);
        }
        assert_eq!(s.len(), 3);
        assert!(s.take_trace(trace(1)).is_empty());
        assert!(s.take_trace(trace(2)).is_empty());
        for n in 3..=5 {
            assert_eq!(s.take_trace(trace(n)).len(), 1, "trace {n} kept");
        }
        assert_eq!(s.stats().over_budget, 2);
        // A body larger than the whole budget is refused, and evicts nothing.
        s.put(trace(6), span(6), None, body("y"));
        s.put(trace(7), span(7), None, body(&"z".repeat(10_000)));
        assert_eq!(s.len(), 1);
        assert_eq!(s.take_trace(trace(6)).len(), 1);
    }

    #[test]
    fn disabled_spool_holds_nothing() {
        for s in [
            BodySpool::disabled(),
            BodySpool::new(Duration::ZERO, 1 << 20),
            BodySpool::new(DEFAULT_WINDOW, 0),
        ] {
            s.put(trace(1), span(1), None, body("a"));
            assert!(s.is_empty());
            assert!(s.take_trace(trace(1)).is_empty());
        }
    }

    #[test]
    fn shared_between_threads() {
        let s = std::sync::Arc::new(BodySpool::default());
        let handles: Vec<_> = (1..=4u8)
            .map(|t| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for n in 1..=50u8 {
                        s.put(trace(t), span(n), None, body("b"));
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(s.len(), 200);
        assert_eq!(s.take_trace(trace(2)).len(), 50);
        assert_eq!(s.len(), 150);
    }
}
