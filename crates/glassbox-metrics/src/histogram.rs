//! Fixed-bucket histograms for the Prometheus endpoint, and the bucket boundaries glassbox
//! exposes (the OpenTelemetry GenAI semantic conventions' where they define one).
//!
//! Buckets hold per-bucket counts (not cumulative); [`crate::exposition`] accumulates them
//! when rendering. Callers hold their own lock; this type has no synchronisation.

/// `gen_ai.client.operation.duration` boundaries, seconds.
pub const OPERATION_DURATION_BUCKETS: &[f64] = &[
    0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
];

/// `gen_ai.client.token.usage` boundaries, tokens.
pub const TOKEN_USAGE_BUCKETS: &[f64] = &[
    1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0, 65536.0, 262144.0, 1048576.0, 4194304.0,
    16777216.0, 67108864.0,
];

/// `gen_ai.server.time_to_first_token` boundaries, seconds.
pub const TIME_TO_FIRST_TOKEN_BUCKETS: &[f64] = &[
    0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
];

/// `gen_ai.server.time_per_output_token` boundaries, seconds.
pub const TIME_PER_OUTPUT_TOKEN_BUCKETS: &[f64] = &[
    0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5,
];

/// `glassbox_store_write_duration_seconds` boundaries, seconds.
pub const STORE_WRITE_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

/// A histogram over fixed upper bounds (`le`), plus an implicit `+Inf` bucket.
#[derive(Debug, Clone)]
pub(crate) struct Histogram {
    bounds: &'static [f64],
    /// `bounds.len() + 1` counts; the last is the `+Inf` overflow.
    counts: Box<[u64]>,
    sum: f64,
}

impl Histogram {
    pub fn new(bounds: &'static [f64]) -> Self {
        Self {
            bounds,
            counts: vec![0; bounds.len() + 1].into_boxed_slice(),
            sum: 0.0,
        }
    }

    #[inline]
    pub fn observe(&mut self, value: f64) {
        // Upper bounds are inclusive, as Prometheus' `le` says.
        let i = self.bounds.partition_point(|&b| b < value);
        self.counts[i] += 1;
        self.sum += value;
    }

    /// Adds another histogram with the same bounds.
    pub fn add(&mut self, other: &Histogram) {
        for (a, b) in self.counts.iter_mut().zip(other.counts.iter()) {
            *a += b;
        }
        self.sum += other.sum;
    }

    pub fn bounds(&self) -> &'static [f64] {
        self.bounds
    }

    pub fn counts(&self) -> &[u64] {
        &self.counts
    }

    pub fn count(&self) -> u64 {
        self.counts.iter().sum()
    }

    pub fn sum(&self) -> f64 {
        self.sum
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    #[test]
    fn bounds_are_inclusive() {
        let mut h = Histogram::new(OPERATION_DURATION_BUCKETS);
        h.observe(0.01);
        h.observe(0.011);
        h.observe(1000.0);
        assert_eq!(h.counts()[0], 1);
        assert_eq!(h.counts()[1], 1);
        assert_eq!(h.counts()[14], 1);
        assert_eq!(h.count(), 3);
    }
}
