//! [`Family`]: the sharded label-set → value map behind every metric series, with the
//! per-label cardinality cap.
//!
//! ```text
//!  record(labels: [&str; N]) ──hash──> shard (read lock) ──found──> &V (atomics / short mutex)
//!                                          │ missing (once per series)
//!                                          └─> fold each label through its LabelGuard
//!                                              (past the cap: "other") ─> insert (write lock)
//! ```
//!
//! Once a series exists, a lookup hashes the borrowed label strings and takes one shard
//! read lock: no allocation. Values past a label's cap never get a series of their own, so
//! memory stays bounded whatever callers send. This module knows nothing of metric names.

use std::collections::HashSet;
use std::hash::{BuildHasher, Hasher};

use hashbrown::{DefaultHashBuilder, HashTable};
use parking_lot::{Mutex, RwLock};

/// The value a label takes once its cap is reached.
pub const OTHER: &str = "other";

const SHARDS: usize = 16;

/// One series: its (possibly folded) label values and its value.
pub(crate) struct Entry<const N: usize, V> {
    pub labels: [Box<str>; N],
    pub value: V,
}

/// Remembers the distinct values one label has taken, up to a cap.
struct LabelGuard {
    seen: Mutex<HashSet<Box<str>>>,
    cap: usize,
}

impl LabelGuard {
    fn fold<'a>(&self, value: &'a str, max_len: usize) -> &'a str {
        if value.len() > max_len {
            return OTHER;
        }
        let mut seen = self.seen.lock();
        if seen.contains(value) {
            value
        } else if seen.len() < self.cap {
            seen.insert(value.into());
            value
        } else {
            OTHER
        }
    }
}

/// A sharded map from `N` label values to a `V`.
pub(crate) struct Family<const N: usize, V> {
    shards: Box<[RwLock<HashTable<Entry<N, V>>>]>,
    hasher: DefaultHashBuilder,
    guards: [LabelGuard; N],
    max_len: usize,
}

impl<const N: usize, V: Default> Family<N, V> {
    /// A family whose every label keeps at most `cap` distinct values (then `other`), and
    /// folds values longer than `max_len` bytes to `other`.
    pub fn new(cap: usize, max_len: usize) -> Self {
        Self {
            shards: (0..SHARDS).map(|_| RwLock::new(HashTable::new())).collect(),
            hasher: DefaultHashBuilder::default(),
            guards: std::array::from_fn(|_| LabelGuard {
                seen: Mutex::new(HashSet::new()),
                cap,
            }),
            max_len,
        }
    }

    fn hash(&self, labels: &[&str; N]) -> u64 {
        let mut h = self.hasher.build_hasher();
        for l in labels {
            h.write(l.as_bytes());
            h.write_u8(0xff);
        }
        h.finish()
    }

    fn shard(&self, hash: u64) -> &RwLock<HashTable<Entry<N, V>>> {
        &self.shards[(hash >> 56) as usize % SHARDS]
    }

    /// Runs `f` on the series for `labels`, creating it (with folded labels) on first use.
    #[inline]
    pub fn with<R>(&self, labels: [&str; N], f: impl FnOnce(&V) -> R) -> R {
        let hash = self.hash(&labels);
        {
            let shard = self.shard(hash).read();
            if let Some(e) = shard.find(hash, |e| eq(&e.labels, &labels)) {
                return f(&e.value);
            }
        }
        self.with_slow(labels, f)
    }

    #[cold]
    fn with_slow<R>(&self, labels: [&str; N], f: impl FnOnce(&V) -> R) -> R {
        let mut folded = labels;
        for (i, l) in folded.iter_mut().enumerate() {
            *l = self.guards[i].fold(l, self.max_len);
        }
        let hash = self.hash(&folded);
        {
            let shard = self.shard(hash).read();
            if let Some(e) = shard.find(hash, |e| eq(&e.labels, &folded)) {
                return f(&e.value);
            }
        }
        let mut shard = self.shard(hash).write();
        let entry = shard
            .entry(
                hash,
                |e| eq(&e.labels, &folded),
                |e| {
                    let ls: [&str; N] = std::array::from_fn(|i| &*e.labels[i]);
                    self.hash(&ls)
                },
            )
            .or_insert_with(|| Entry {
                labels: folded.map(Box::from),
                value: V::default(),
            });
        f(&entry.get().value)
    }

    /// Visits every series (one shard read lock at a time).
    pub fn for_each(&self, mut f: impl FnMut(&[Box<str>; N], &V)) {
        for shard in self.shards.iter() {
            for e in shard.read().iter() {
                f(&e.labels, &e.value);
            }
        }
    }

    /// Number of series.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.shards.iter().map(|s| s.read().len()).sum()
    }
}

#[inline]
fn eq<const N: usize>(stored: &[Box<str>; N], wanted: &[&str; N]) -> bool {
    stored.iter().zip(wanted).all(|(a, b)| **a == **b)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    #[test]
    fn folds_past_the_cap() {
        let fam: Family<2, AtomicU64> = Family::new(3, 64);
        for i in 0..10 {
            let model = format!("m{i}");
            fam.with(["svc", &model], |c| c.fetch_add(1, Ordering::Relaxed));
        }
        assert_eq!(fam.len(), 4);
        let mut other = 0;
        fam.for_each(|l, v| {
            if &*l[1] == OTHER {
                other = v.load(Ordering::Relaxed);
            }
        });
        assert_eq!(other, 7);
        // An existing value still gets its own series after the cap is reached.
        fam.with(["svc", "m0"], |c| c.fetch_add(1, Ordering::Relaxed));
        assert_eq!(fam.len(), 4);
    }

    #[test]
    fn long_values_fold() {
        let fam: Family<1, AtomicU64> = Family::new(100, 8);
        fam.with(["a-very-long-label-value"], |c| {
            c.fetch_add(1, Ordering::Relaxed)
        });
        fam.for_each(|l, _| assert_eq!(&*l[0], OTHER));
    }
}
