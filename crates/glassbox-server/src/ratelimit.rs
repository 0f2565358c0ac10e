//! Rate limits for browser keys (tokens with the `ingest-browser` scope).
//!
//! A browser key ships inside every page that loads `glassbox.js`, so anyone can read
//! it. What it may do is narrow (send browser spans, feedback and events), and how much
//! of it is bounded here: one token bucket per key and one per key and client address.
//! A page that misbehaves, or someone replaying the key from a script, is answered 429
//! with `Retry-After` long before glassbox's own capacity is at stake.
//!
//! Buckets refill continuously (`per_minute / 60` tokens a second) up to one minute's
//! worth. Idle buckets are dropped so the table stays as small as the set of active
//! clients.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Limits for browser keys, in requests per minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BrowserLimits {
    /// Per key and client address.
    pub per_ip_per_minute: u32,
    /// Per key, all addresses together.
    pub per_key_per_minute: u32,
}

impl Default for BrowserLimits {
    fn default() -> Self {
        Self {
            per_ip_per_minute: 600,
            per_key_per_minute: 60_000,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn take(&mut self, per_minute: u32, now: Instant) -> Result<(), u64> {
        let cap = f64::from(per_minute.max(1));
        let rate = cap / 60.0;
        let dt = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + dt * rate).min(cap);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            // Seconds until one token is back, at least 1.
            Err(((1.0 - self.tokens) / rate).ceil().max(1.0) as u64)
        }
    }
}

#[derive(Debug, Default)]
struct Table {
    per_key: HashMap<u64, Bucket>,
    per_ip: HashMap<(u64, IpAddr), Bucket>,
    last_prune: Option<Instant>,
}

/// The limiter, shared by every request of a server.
#[derive(Debug, Clone, Default)]
pub struct BrowserLimiter {
    limits: BrowserLimits,
    table: Arc<Mutex<Table>>,
}

/// Which limit refused a request, and when to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    /// True when the per-address limit refused it, false for the per-key limit.
    pub per_ip: bool,
    /// Seconds to wait.
    pub retry_after_secs: u64,
}

impl BrowserLimiter {
    /// A limiter with `limits`.
    pub fn new(limits: BrowserLimits) -> Self {
        Self {
            limits,
            table: Arc::default(),
        }
    }

    /// The limits in force.
    pub fn limits(&self) -> BrowserLimits {
        self.limits
    }

    /// Counts one request of `key` (a token fingerprint) from `ip`.
    pub fn check(&self, key: u64, ip: IpAddr) -> Result<(), Limited> {
        self.check_at(key, ip, Instant::now())
    }

    fn check_at(&self, key: u64, ip: IpAddr, now: Instant) -> Result<(), Limited> {
        let mut t = self
            .table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if t.last_prune
            .is_none_or(|p| now.saturating_duration_since(p).as_secs() >= 60)
        {
            // A bucket idle for a minute is full again: forgetting it changes nothing.
            t.per_ip
                .retain(|_, b| now.saturating_duration_since(b.at).as_secs() < 60);
            t.per_key
                .retain(|_, b| now.saturating_duration_since(b.at).as_secs() < 60);
            t.last_prune = Some(now);
        }
        let full = |per_minute: u32| Bucket {
            tokens: f64::from(per_minute.max(1)),
            at: now,
        };
        let (ip_limit, key_limit) = (
            self.limits.per_ip_per_minute,
            self.limits.per_key_per_minute,
        );
        // Check the address first, so one noisy client does not drain the key's budget.
        let ip_bucket = t.per_ip.entry((key, ip)).or_insert_with(|| full(ip_limit));
        ip_bucket
            .take(ip_limit, now)
            .map_err(|retry_after_secs| Limited {
                per_ip: true,
                retry_after_secs,
            })?;
        let key_bucket = t.per_key.entry(key).or_insert_with(|| full(key_limit));
        key_bucket
            .take(key_limit, now)
            .map_err(|retry_after_secs| Limited {
                per_ip: false,
                retry_after_secs,
            })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn per_address_then_per_key() {
        let l = BrowserLimiter::new(BrowserLimits {
            per_ip_per_minute: 3,
            per_key_per_minute: 5,
        });
        let t0 = Instant::now();
        let a: IpAddr = [203, 0, 113, 1].into();
        let b: IpAddr = [203, 0, 113, 2].into();
        for _ in 0..3 {
            assert!(l.check_at(1, a, t0).is_ok());
        }
        let refused = l.check_at(1, a, t0).unwrap_err();
        assert!(refused.per_ip);
        assert_eq!(
            refused.retry_after_secs, 20,
            "one request per 20 s at 3/min"
        );
        // Another address has its own bucket, until the key's budget is spent.
        assert!(l.check_at(1, b, t0).is_ok());
        assert!(l.check_at(1, b, t0).is_ok());
        let refused = l.check_at(1, b, t0).unwrap_err();
        assert!(!refused.per_ip, "the key's 5/min is spent: {refused:?}");
        // Another key is not affected.
        assert!(l.check_at(2, a, t0).is_ok());
        // Buckets refill with time.
        assert!(l.check_at(1, a, t0 + Duration::from_secs(21)).is_ok());
    }
}
