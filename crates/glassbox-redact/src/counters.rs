//! Redaction counters by entity type and source: relaxed atomics, no locks.
//! The metrics exporter reads them with [`Counters::snapshot`].

use std::sync::atomic::{AtomicU64, Ordering};

use crate::entity::{EntityKind, Source};

const K: usize = EntityKind::ALL.len();
const S: usize = Source::ALL.len();

/// Counters of redacted values.
pub struct Counters {
    cells: [[AtomicU64; S]; K],
}

impl Default for Counters {
    fn default() -> Self {
        Counters {
            cells: std::array::from_fn(|_| std::array::from_fn(|_| AtomicU64::new(0))),
        }
    }
}

/// One counter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CounterEntry {
    /// Entity type.
    pub kind: EntityKind,
    /// Source label.
    pub source: Source,
    /// Values redacted since start.
    pub count: u64,
}

/// A point-in-time copy of the non-zero counters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CounterSnapshot {
    /// Non-zero counters.
    pub entries: Vec<CounterEntry>,
}

impl CounterSnapshot {
    /// Total for one entity type over all sources.
    pub fn total(&self, kind: EntityKind) -> u64 {
        self.entries
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.count)
            .sum()
    }
}

impl Counters {
    /// Add `n` to a counter.
    #[inline]
    pub fn add(&self, kind: EntityKind, source: Source, n: u64) {
        self.cells[kind.index()][source.index()].fetch_add(n, Ordering::Relaxed);
    }

    /// Copy the non-zero counters.
    pub fn snapshot(&self) -> CounterSnapshot {
        let mut entries = Vec::new();
        for kind in EntityKind::ALL {
            for source in Source::ALL {
                let count = self.cells[kind.index()][source.index()].load(Ordering::Relaxed);
                if count > 0 {
                    entries.push(CounterEntry {
                        kind,
                        source,
                        count,
                    });
                }
            }
        }
        CounterSnapshot { entries }
    }
}
