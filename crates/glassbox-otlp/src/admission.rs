//! Admission: how many request bytes may be in glassbox at once (being decoded, waiting in
//! the pipeline, being written).
//!
//! A decoded export takes several times its wire size in memory until it is stored, so a
//! burst (or a store that pauses for a WAL rewind) would otherwise turn every request a
//! client has in flight into resident memory. Requests beyond the budget wait before their
//! body is read (it stays in the socket, and the client sees latency, not an error); one
//! that cannot get in within the wait limit is answered 503 + `Retry-After`.
//!
//! ```text
//!   request ─> admit(Content-Length) ─┬─ room ──> read, decode, export ... ack ─> release
//!                                     └─ none within `wait` ──> 503 / UNAVAILABLE, retry
//! ```

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Budget accounting unit: permits are KiB.
const UNIT: usize = 1024;

/// Default budget: 8 MiB of request bodies in flight.
pub const DEFAULT_MAX_INFLIGHT_BYTES: usize = 8 << 20;
/// Default longest wait for room before answering 503.
pub const DEFAULT_ADMISSION_WAIT: Duration = Duration::from_secs(5);

/// A shared budget of request bytes in flight.
#[derive(Clone, Debug)]
pub struct Admission {
    budget: Option<Arc<Semaphore>>,
    max_units: u32,
    wait: Duration,
}

/// Room held by one request; released when dropped (after the response).
#[derive(Debug)]
pub struct Admitted {
    permits: Vec<OwnedSemaphorePermit>,
}

impl Default for Admission {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_INFLIGHT_BYTES, DEFAULT_ADMISSION_WAIT)
    }
}

impl Admission {
    /// At most `max_inflight_bytes` of requests at once (0: no limit); a request waits
    /// at most `wait` for room.
    pub fn new(max_inflight_bytes: usize, wait: Duration) -> Self {
        if max_inflight_bytes == 0 {
            return Self::unlimited();
        }
        let max_units = u32::try_from(max_inflight_bytes.div_ceil(UNIT))
            .unwrap_or(u32::MAX)
            .min(u32::try_from(Semaphore::MAX_PERMITS).unwrap_or(u32::MAX));
        Self {
            budget: Some(Arc::new(Semaphore::new(max_units as usize))),
            max_units,
            wait,
        }
    }

    /// No budget: every request is admitted at once.
    pub fn unlimited() -> Self {
        Self {
            budget: None,
            max_units: 0,
            wait: Duration::ZERO,
        }
    }

    /// Room for `bytes` more; `None` when none freed up within the wait limit. A request
    /// larger than the whole budget waits for all of it.
    pub async fn admit(&self, bytes: usize) -> Option<Admitted> {
        let mut admitted = Admitted {
            permits: Vec::new(),
        };
        self.top_up(&mut admitted, bytes).await.then_some(admitted)
    }

    /// Extends `admitted` by `more` bytes (the body turned out larger than announced, e.g.
    /// after decompression). False when no room freed up within the wait limit.
    pub async fn top_up(&self, admitted: &mut Admitted, more: usize) -> bool {
        let Some(budget) = &self.budget else {
            return true;
        };
        let held: u32 = admitted
            .permits
            .iter()
            .map(|p| p.num_permits() as u32)
            .sum();
        let want = u32::try_from(more.div_ceil(UNIT))
            .unwrap_or(u32::MAX)
            .min(self.max_units.saturating_sub(held));
        if want == 0 {
            return true;
        }
        match tokio::time::timeout(self.wait, budget.clone().acquire_many_owned(want)).await {
            Ok(Ok(permit)) => {
                admitted.permits.push(permit);
                true
            }
            // Timed out, or the semaphore was closed (never: it is not closed).
            _ => false,
        }
    }

    /// The wait limit.
    pub fn wait(&self) -> Duration {
        self.wait
    }

    /// The `Retry-After` (seconds, at least 1) for a request that found no room.
    pub fn retry_after_secs(&self) -> u32 {
        u32::try_from(self.wait.as_secs())
            .unwrap_or(u32::MAX)
            .max(1)
    }
}

impl Admitted {
    /// Bytes (rounded up to KiB) this request holds.
    pub fn bytes(&self) -> usize {
        self.permits.iter().map(|p| p.num_permits() * UNIT).sum()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[tokio::test]
    async fn requests_wait_for_room_and_give_up_after_the_limit() {
        let a = Admission::new(10 * UNIT, Duration::from_millis(50));
        let first = a.admit(6 * UNIT).await.unwrap();
        assert_eq!(first.bytes(), 6 * UNIT);
        // 4 KiB left: a 5 KiB request waits, then gives up.
        assert!(a.admit(5 * UNIT).await.is_none());
        // It gets in as soon as room frees.
        let waiting = tokio::spawn({
            let a = a.clone();
            async move { a.admit(5 * UNIT).await.map(|p| p.bytes()) }
        });
        tokio::time::sleep(Duration::from_millis(10)).await;
        drop(first);
        assert_eq!(waiting.await.unwrap(), Some(5 * UNIT));
    }

    #[tokio::test]
    async fn a_request_larger_than_the_budget_takes_all_of_it() {
        let a = Admission::new(4 * UNIT, Duration::from_millis(50));
        let mut big = a.admit(100 * UNIT).await.unwrap();
        assert_eq!(big.bytes(), 4 * UNIT);
        assert!(a.top_up(&mut big, 50 * UNIT).await, "nothing more to take");
        assert!(a.admit(1).await.is_none());
        drop(big);
        assert!(a.admit(1).await.is_some());
    }

    #[tokio::test]
    async fn top_up_after_decompression() {
        let a = Admission::new(8 * UNIT, Duration::from_millis(50));
        let mut req = a.admit(UNIT).await.unwrap();
        assert!(a.top_up(&mut req, 5 * UNIT).await);
        assert_eq!(req.bytes(), 6 * UNIT);
        assert!(a.admit(3 * UNIT).await.is_none());
        assert!(Admission::unlimited().admit(usize::MAX).await.is_some());
    }
}
