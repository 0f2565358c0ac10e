//! [`DdSketch`]: a mergeable quantile sketch with a relative-error guarantee, and its
//! compact binary form (what rollups keep as BLOBs).
//!
//! Values are mapped to logarithmic buckets `i = ceil(log_γ(v))` with
//! `γ = (1 + α) / (1 − α)`; a quantile is answered with the bucket's midpoint
//! `2γⁱ / (γ + 1)`, which is within `α` of every value the bucket holds. With
//! `α = 0.99 %` every quantile is within 1 % of the exact one. Two sketches with the same
//! `γ` merge by adding bucket counts, so a merge of per-minute sketches is exactly the
//! sketch of all their values.
//!
//! This module owns the arithmetic and the wire form only; it takes no locks and does no I/O.

use thiserror::Error;

/// Relative accuracy of every sketch glassbox builds (a little under 1 %, so the 1 %
/// promise holds through floating-point rounding).
pub const RELATIVE_ACCURACY: f64 = 0.0099;

/// Values below this (and all values ≤ 0) are counted as zero.
const MIN_INDEXABLE: f64 = 1e-9;

/// At most this many buckets are kept; past it the lowest buckets fold together, which
/// only coarsens the very low quantiles of extremely wide distributions.
const MAX_BINS: usize = 4096;

/// Wire-format version written by [`DdSketch::to_bytes`].
const FORMAT_VERSION: u8 = 1;

/// Why sketch bytes could not be read or merged.
#[derive(Debug, Error, PartialEq)]
pub enum SketchError {
    /// The bytes end before the sketch does.
    #[error("sketch bytes are truncated")]
    Truncated,
    /// A version this build cannot read.
    #[error("unsupported sketch format version {0}")]
    UnsupportedVersion(u8),
    /// The two sketches were built with different accuracies.
    #[error("sketches with different accuracy cannot be merged")]
    IncompatibleAccuracy,
    /// The bytes decode to something impossible.
    #[error("corrupt sketch: {0}")]
    Corrupt(&'static str),
}

/// A DDSketch over non-negative `f64` values.
#[derive(Debug, Clone, PartialEq)]
pub struct DdSketch {
    gamma: f64,
    inv_ln_gamma: f64,
    /// Index of `bins[0]`.
    offset: i32,
    bins: Vec<u64>,
    zero_count: u64,
    count: u64,
    sum: f64,
    min: f64,
    max: f64,
}

impl Default for DdSketch {
    fn default() -> Self {
        Self::new()
    }
}

impl DdSketch {
    /// An empty sketch with glassbox's accuracy ([`RELATIVE_ACCURACY`]).
    pub fn new() -> Self {
        Self::with_gamma((1.0 + RELATIVE_ACCURACY) / (1.0 - RELATIVE_ACCURACY))
    }

    fn with_gamma(gamma: f64) -> Self {
        Self {
            gamma,
            inv_ln_gamma: 1.0 / gamma.ln(),
            offset: 0,
            bins: Vec::new(),
            zero_count: 0,
            count: 0,
            sum: 0.0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
        }
    }

    /// Empties the sketch, keeping its memory for reuse.
    pub fn clear(&mut self) {
        self.bins.clear();
        self.offset = 0;
        self.zero_count = 0;
        self.count = 0;
        self.sum = 0.0;
        self.min = f64::INFINITY;
        self.max = f64::NEG_INFINITY;
    }

    /// Number of values added.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// True when no value was added.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Exact sum of the values added.
    pub fn sum(&self) -> f64 {
        self.sum
    }

    /// Exact smallest value, when any.
    pub fn min(&self) -> Option<f64> {
        (self.count > 0).then_some(self.min)
    }

    /// Exact largest value, when any.
    pub fn max(&self) -> Option<f64> {
        (self.count > 0).then_some(self.max)
    }

    /// Adds one value. NaN and infinities are ignored; negatives count as zero.
    #[inline]
    pub fn add(&mut self, value: f64) {
        self.add_n(value, 1);
    }

    /// Adds `n` copies of one value.
    pub fn add_n(&mut self, value: f64, n: u64) {
        // NaN and infinities carry no latency; an infinite index would not fit the bins.
        if !value.is_finite() || n == 0 {
            return;
        }
        let value = value.max(0.0);
        self.count += n;
        self.sum += value * n as f64;
        self.min = self.min.min(value);
        self.max = self.max.max(value);
        if value < MIN_INDEXABLE {
            self.zero_count += n;
            return;
        }
        let index = self.index_of(value);
        self.add_to_bin(index, n);
    }

    #[inline]
    fn index_of(&self, value: f64) -> i32 {
        // Values are ≥ 1e-9 and finite or +inf; the cast saturates for +inf.
        (value.ln() * self.inv_ln_gamma).ceil() as i32
    }

    fn value_of(&self, index: i32) -> f64 {
        2.0 * self.gamma.powi(index) / (self.gamma + 1.0)
    }

    fn add_to_bin(&mut self, index: i32, n: u64) {
        if self.bins.is_empty() {
            self.offset = index;
            self.bins.push(n);
            return;
        }
        let end = self.offset as i64 + self.bins.len() as i64;
        if (index as i64) < self.offset as i64 {
            let needed = (self.offset as i64 - index as i64) as usize;
            let room = MAX_BINS.saturating_sub(self.bins.len());
            if needed > room {
                // Too wide: fold the new low value into the lowest kept bucket.
                self.bins[0] += n;
                return;
            }
            // Grow downwards with some slack, so values arriving in decreasing order do
            // not copy the bins every time; zero bins are trimmed when serializing.
            let grow = needed.max(16).min(room);
            let mut bins = Vec::with_capacity(self.bins.len() + grow);
            bins.resize(grow, 0);
            bins.extend_from_slice(&self.bins);
            self.bins = bins;
            self.offset -= grow as i32;
            let pos = (index as i64 - self.offset as i64) as usize;
            self.bins[pos] += n;
        } else if (index as i64) >= end {
            let new_len = (index as i64 - self.offset as i64 + 1) as usize;
            self.bins.resize(new_len, 0);
            self.collapse_low();
            let pos = (index as i64 - self.offset as i64) as usize;
            self.bins[pos] += n;
        } else {
            let pos = (index as i64 - self.offset as i64) as usize;
            self.bins[pos] += n;
        }
    }

    /// Keeps at most [`MAX_BINS`] buckets by folding the lowest ones together.
    fn collapse_low(&mut self) {
        if self.bins.len() <= MAX_BINS {
            return;
        }
        let excess = self.bins.len() - MAX_BINS;
        let folded: u64 = self.bins[..=excess].iter().sum();
        self.bins.drain(..excess);
        self.bins[0] = folded;
        self.offset += excess as i32;
    }

    /// The `q`-quantile (`0 ≤ q ≤ 1`) of the values added, within the relative accuracy;
    /// `None` when empty. The rank is `floor(q · (count − 1))` (0-based), as for a sorted array.
    pub fn quantile(&self, q: f64) -> Option<f64> {
        if self.count == 0 || q.is_nan() {
            return None;
        }
        let q = q.clamp(0.0, 1.0);
        let rank = (q * (self.count - 1) as f64).floor() as u64;
        if rank < self.zero_count {
            return Some(self.min.max(0.0));
        }
        let mut seen = self.zero_count;
        for (pos, &n) in self.bins.iter().enumerate() {
            seen += n;
            if seen > rank {
                let estimate = self.value_of(self.offset + pos as i32);
                return Some(estimate.clamp(self.min, self.max));
            }
        }
        Some(self.max)
    }

    /// Adds every value of `other` into `self`.
    pub fn merge(&mut self, other: &DdSketch) -> Result<(), SketchError> {
        if other.count == 0 {
            return Ok(());
        }
        if (other.gamma - self.gamma).abs() > 1e-12 {
            return Err(SketchError::IncompatibleAccuracy);
        }
        let len = other.bins.len();
        self.merge_parts(
            other.zero_count,
            other.sum,
            other.min,
            other.max,
            other.offset,
            len,
            |f| {
                for (i, &n) in other.bins.iter().enumerate() {
                    f(i, n);
                }
                Ok(())
            },
        )
    }

    /// Makes `bins` cover indexes `[lo, lo + len)` in one resize; false when that would
    /// exceed [`MAX_BINS`] (the caller then adds bin by bin, which folds).
    fn cover(&mut self, lo: i32, len: usize) -> bool {
        if len == 0 {
            return true;
        }
        let hi = lo as i64 + len as i64;
        if self.bins.is_empty() {
            if len > MAX_BINS {
                return false;
            }
            self.offset = lo;
            self.bins.resize(len, 0);
            return true;
        }
        let end = self.offset as i64 + self.bins.len() as i64;
        let new_lo = (lo as i64).min(self.offset as i64);
        let new_hi = hi.max(end);
        if new_hi - new_lo > MAX_BINS as i64 {
            return false;
        }
        if new_lo < self.offset as i64 {
            let grow = (self.offset as i64 - new_lo) as usize;
            let mut bins = Vec::with_capacity((new_hi - new_lo) as usize);
            bins.resize(grow, 0);
            bins.extend_from_slice(&self.bins);
            self.bins = bins;
            self.offset = new_lo as i32;
        }
        self.bins.resize((new_hi - self.offset as i64) as usize, 0);
        true
    }

    #[allow(clippy::too_many_arguments)]
    fn merge_parts(
        &mut self,
        zero_count: u64,
        sum: f64,
        min: f64,
        max: f64,
        offset: i32,
        len: usize,
        bins: impl FnOnce(&mut dyn FnMut(usize, u64)) -> Result<(), SketchError>,
    ) -> Result<(), SketchError> {
        let mut added = zero_count;
        let result = if len == 0 {
            // Nothing but the zero bucket: there are no bins to place.
            bins(&mut |_pos: usize, _n: u64| {})
        } else if self.cover(offset, len) {
            // Fast path: one resize, then plain adds.
            let base = (offset as i64 - self.offset as i64) as usize;
            let slots = &mut self.bins[base..base + len];
            bins(&mut |pos: usize, n: u64| {
                if let Some(slot) = slots.get_mut(pos) {
                    *slot += n;
                    added += n;
                }
            })
        } else {
            bins(&mut |pos: usize, n: u64| {
                if n > 0 {
                    self.add_to_bin(offset.saturating_add(pos as i32), n);
                    added += n;
                }
            })
        };
        // Keep `count` equal to what the bins hold even when the input was cut short.
        self.zero_count += zero_count;
        self.count += added;
        self.sum += sum;
        self.min = self.min.min(min);
        self.max = self.max.max(max);
        result
    }

    /// The compact binary form: empty for an empty sketch, otherwise
    /// `version u8 | γ f64 | sum f64 | min f64 | max f64 | zero_count varint |
    /// offset zigzag-varint | bin count varint | bins varint…` (little-endian floats).
    pub fn to_bytes(&self) -> Vec<u8> {
        if self.count == 0 {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(40 + self.bins.len() * 2);
        out.push(FORMAT_VERSION);
        for f in [self.gamma, self.sum, self.min, self.max] {
            out.extend_from_slice(&f.to_le_bytes());
        }
        put_varint(&mut out, self.zero_count);
        let first = self.bins.iter().position(|&n| n > 0).unwrap_or(0);
        let last = self.bins.iter().rposition(|&n| n > 0).map_or(0, |p| p + 1);
        let bins = self.bins.get(first..last).unwrap_or(&[]);
        put_varint(&mut out, zigzag(self.offset + first as i32));
        put_varint(&mut out, bins.len() as u64);
        for &n in bins {
            put_varint(&mut out, n);
        }
        out
    }

    /// Reads the form written by [`DdSketch::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<DdSketch, SketchError> {
        let mut sketch = DdSketch::new();
        sketch.merge_bytes(bytes)?;
        Ok(sketch)
    }

    /// Merges a serialized sketch into `self` without building an intermediate sketch
    /// (the fast path of every dashboard query). On error `self` may hold part of the bins.
    pub fn merge_bytes(&mut self, bytes: &[u8]) -> Result<(), SketchError> {
        if bytes.is_empty() {
            return Ok(());
        }
        let mut reader = Reader { bytes, pos: 0 };
        let version = reader.byte()?;
        if version != FORMAT_VERSION {
            return Err(SketchError::UnsupportedVersion(version));
        }
        let gamma = reader.f64()?;
        if (gamma - self.gamma).abs() > 1e-12 {
            if self.count == 0 && gamma > 1.0 && gamma.is_finite() {
                *self = DdSketch::with_gamma(gamma);
            } else {
                return Err(SketchError::IncompatibleAccuracy);
            }
        }
        let sum = reader.f64()?;
        let min = reader.f64()?;
        let max = reader.f64()?;
        let zero_count = reader.varint()?;
        let offset = unzigzag(reader.varint()?)?;
        // Real indexes stay within about ±40,000 (1e-9 … 1e300 at γ ≈ 1.02).
        if !(-100_000..=100_000).contains(&offset) {
            return Err(SketchError::Corrupt("offset out of range"));
        }
        let len = reader.varint()?;
        if len > MAX_BINS as u64 * 2 || len > (bytes.len() as u64) {
            return Err(SketchError::Corrupt("bin count out of range"));
        }
        self.merge_parts(zero_count, sum, min, max, offset, len as usize, |add| {
            for pos in 0..len as usize {
                add(pos, reader.varint()?);
            }
            Ok(())
        })
    }
}

fn zigzag(v: i32) -> u64 {
    ((v << 1) ^ (v >> 31)) as u32 as u64
}

fn unzigzag(v: u64) -> Result<i32, SketchError> {
    let v = u32::try_from(v).map_err(|_| SketchError::Corrupt("offset out of range"))?;
    Ok(((v >> 1) as i32) ^ -((v & 1) as i32))
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, SketchError> {
        let b = *self.bytes.get(self.pos).ok_or(SketchError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn f64(&mut self) -> Result<f64, SketchError> {
        let end = self.pos + 8;
        let slice = self
            .bytes
            .get(self.pos..end)
            .ok_or(SketchError::Truncated)?;
        let mut buf = [0u8; 8];
        buf.copy_from_slice(slice);
        self.pos = end;
        Ok(f64::from_le_bytes(buf))
    }

    fn varint(&mut self) -> Result<u64, SketchError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(SketchError::Corrupt("varint too long"))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use proptest::prelude::*;

    fn exact(sorted: &[f64], q: f64) -> f64 {
        sorted[(q * (sorted.len() - 1) as f64).floor() as usize]
    }

    fn assert_close(got: f64, want: f64) {
        let err = if want == 0.0 {
            got.abs()
        } else {
            ((got - want) / want).abs()
        };
        assert!(err <= 0.01, "got {got}, want {want}, relative error {err}");
    }

    proptest! {
        #[test]
        fn quantiles_within_one_percent(
            mut values in prop::collection::vec(1e-6f64..1e4, 1..2000),
        ) {
            let mut sketch = DdSketch::new();
            for &v in &values { sketch.add(v); }
            values.sort_by(f64::total_cmp);
            for q in [0.5, 0.9, 0.99] {
                assert_close(sketch.quantile(q).unwrap_or(f64::NAN), exact(&values, q));
            }
            prop_assert_eq!(sketch.count(), values.len() as u64);
        }

        #[test]
        fn merge_equals_sketch_of_union(
            a in prop::collection::vec(1e-4f64..1e3, 0..500),
            b in prop::collection::vec(1e-2f64..1e5, 1..500),
        ) {
            let (mut sa, mut sb, mut su) = (DdSketch::new(), DdSketch::new(), DdSketch::new());
            for &v in &a { sa.add(v); su.add(v); }
            for &v in &b { sb.add(v); su.add(v); }
            sa.merge(&sb).unwrap();
            let mut all: Vec<f64> = a.iter().chain(&b).copied().collect();
            all.sort_by(f64::total_cmp);
            for q in [0.5, 0.9, 0.99] {
                prop_assert_eq!(sa.quantile(q), su.quantile(q));
                assert_close(sa.quantile(q).unwrap_or(f64::NAN), exact(&all, q));
            }
            // Merging the serialized forms gives the same answer.
            let mut from_bytes = DdSketch::from_bytes(&DdSketch::new().to_bytes()).unwrap();
            let (mut sa2, mut sb2) = (DdSketch::new(), DdSketch::new());
            for &v in &a { sa2.add(v); }
            for &v in &b { sb2.add(v); }
            from_bytes.merge_bytes(&sa2.to_bytes()).unwrap();
            from_bytes.merge_bytes(&sb2.to_bytes()).unwrap();
            prop_assert_eq!(from_bytes.quantile(0.99), su.quantile(0.99));
            prop_assert_eq!(from_bytes.count(), su.count());
        }

        #[test]
        fn serialization_roundtrips(values in prop::collection::vec(0f64..1e6, 0..300)) {
            let mut sketch = DdSketch::new();
            for &v in &values { sketch.add(v); }
            let back = DdSketch::from_bytes(&sketch.to_bytes()).unwrap();
            prop_assert_eq!(back.count(), sketch.count());
            prop_assert_eq!(back.quantile(0.5), sketch.quantile(0.5));
        }

        #[test]
        fn garbage_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let _ = DdSketch::from_bytes(&bytes);
        }
    }

    #[test]
    fn merging_a_zeros_only_sketch_keeps_bins_intact() {
        // A sketch holding only zeros has no bins; merging it must not index the
        // other sketch's bins at the zero sketch's (meaningless) offset.
        let mut zeros = DdSketch::new();
        zeros.add(0.0);
        for values in [vec![5.0, 7.5], vec![1e-6, 2e-6], vec![1e6]] {
            let mut s = DdSketch::new();
            for v in &values {
                s.add(*v);
            }
            s.merge(&zeros).unwrap();
            s.merge_bytes(&zeros.to_bytes()).unwrap();
            assert_eq!(s.count(), values.len() as u64 + 2);
            assert_eq!(s.quantile(0.0), Some(0.0));
        }
    }

    #[test]
    fn empty_sketch_is_empty_bytes() {
        assert!(DdSketch::new().to_bytes().is_empty());
        assert_eq!(DdSketch::new().quantile(0.5), None);
    }

    #[test]
    fn zeros_and_latencies_mix() {
        let mut s = DdSketch::new();
        for _ in 0..10 {
            s.add(0.0);
        }
        for i in 1..=90 {
            s.add(i as f64);
        }
        assert_eq!(s.quantile(0.05), Some(0.0));
        assert_close(s.quantile(0.5).unwrap_or(0.0), 40.0);
    }

    #[test]
    fn compact() {
        let mut s = DdSketch::new();
        for i in 0..100_000 {
            s.add(0.05 + (i % 1000) as f64 * 0.002);
        }
        assert!(s.to_bytes().len() < 600, "{} bytes", s.to_bytes().len());
    }

    #[test]
    fn rejects_bad_version_and_truncation() {
        let mut s = DdSketch::new();
        s.add(1.0);
        let mut bytes = s.to_bytes();
        assert_eq!(
            DdSketch::from_bytes(&bytes[..10]),
            Err(SketchError::Truncated)
        );
        bytes[0] = 9;
        assert_eq!(
            DdSketch::from_bytes(&bytes),
            Err(SketchError::UnsupportedVersion(9))
        );
    }
}
