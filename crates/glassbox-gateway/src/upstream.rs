//! Calling upstreams: request building, timeouts, retries with exponential back-off and
//! jitter, and ordered fallback.
//!
//! ```text
//!  for upstream in candidates (config order):
//!     for attempt in 0..=max_retries:
//!        send ──> headers within first_byte timeout?
//!           2xx / 4xx (not 429) ──────────────> return it
//!           429 / 5xx / connect error / timeout ─> back off (Retry-After capped), retry
//!     next upstream
//!  all failed ──> the last failure, as the client will see it
//! ```
//!
//! Retries happen only before the response is handed to the client, so a stream is
//! never retried once bytes have gone out. Must not log credentials or bodies.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use bytes::Bytes;

use crate::edge::CallIdentity;
use crate::error::GatewayError;
use crate::state::Inner;

/// Why the exchange failed, as the client will be told.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The upstream answered an error; passed on with its status and (normalized) body.
    Status {
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
    },
    /// The gateway could not get an answer.
    Gateway(GatewayError),
}

/// What the client sent that the upstream needs.
pub(crate) struct Outgoing<'a> {
    pub method: Method,
    /// Path and query after the base URL (`/chat/completions`).
    pub path_and_query: &'a str,
    pub client_headers: &'a HeaderMap,
    pub body: Bytes,
    pub id: &'a CallIdentity,
}

/// Client headers passed to the upstream (everything else is dropped: hop-by-hop,
/// `host`, glassbox's own and correlation headers).
const FORWARDED: &[&str] = &[
    "content-type",
    "accept",
    "openai-organization",
    "openai-project",
    "openai-beta",
    "user-agent",
    "x-stainless-retry-count",
];

fn build(inner: &Inner, upstream: usize, out: &Outgoing<'_>) -> reqwest::RequestBuilder {
    let u = &inner.upstreams[upstream];
    let url = format!("{}{}", u.base_url, out.path_and_query);
    let mut headers = HeaderMap::with_capacity(FORWARDED.len() + 3);
    for name in FORWARDED {
        if let Some(v) = out.client_headers.get(*name) {
            headers.insert(*name, v.clone());
        }
    }
    let client_auth = out.client_headers.get("authorization");
    let auth = match (&u.auth, client_auth) {
        (Some(_), Some(c)) if u.forward_client_auth => Some(c.clone()),
        (Some(k), _) => Some(k.clone()),
        (None, c) => c.cloned(),
    };
    if let Some(mut a) = auth {
        a.set_sensitive(true);
        headers.insert("authorization", a);
    }
    if let Ok(tp) = HeaderValue::from_str(&out.id.traceparent()) {
        headers.insert("traceparent", tp);
    }
    inner
        .client
        .request(out.method.clone(), url)
        .headers(headers)
        .body(out.body.clone())
}

fn retryable(status: StatusCode) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()
}

/// Back-off before retry `n` (0-based): `initial · 2^n`, capped, with jitter.
pub(crate) fn backoff(inner: &Inner, n: u32, retry_after: Option<Duration>) -> Duration {
    let r = &inner.config.retry;
    let cap = Duration::from_millis(r.max_backoff_ms);
    let base =
        Duration::from_millis(r.initial_backoff_ms.saturating_mul(1u64 << n.min(20))).min(cap);
    let jittered = base.mul_f64(1.0 - r.jitter * rand::random::<f64>());
    retry_after.map(|ra| ra.min(cap)).unwrap_or(jittered)
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers
        .get("retry-after-ms")
        .and_then(|v| v.to_str().ok())
        .and_then(|s| s.trim().parse::<f64>().ok())
        .map(|ms| ms / 1000.0);
    let v = v.or_else(|| {
        headers
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|s| s.trim().parse::<f64>().ok())
    });
    v.filter(|s| s.is_finite() && *s >= 0.0)
        .map(Duration::from_secs_f64)
}

/// Reads an error body, bounded by size and by the deadline.
async fn read_error_body(resp: reqwest::Response, deadline: Instant) -> Bytes {
    const LIMIT: usize = 64 * 1024;
    let read = async {
        let mut resp = resp;
        let mut buf = Vec::new();
        while let Ok(Some(chunk)) = resp.chunk().await {
            buf.extend_from_slice(&chunk[..chunk.len().min(LIMIT - buf.len())]);
            if buf.len() >= LIMIT {
                break;
            }
        }
        Bytes::from(buf)
    };
    tokio::time::timeout_at(deadline.into(), read)
        .await
        .unwrap_or_default()
}

/// Sends with retries and fallback. On success returns the upstream's index and its
/// response (status 2xx, or a non-retryable 4xx).
pub(crate) async fn send(
    inner: &Inner,
    candidates: &[usize],
    out: &Outgoing<'_>,
    deadline: Instant,
    allow_retry: bool,
    retries: &mut u32,
    chosen: &mut Option<usize>,
) -> Result<(usize, reqwest::Response), Failure> {
    let first_byte = Duration::from_millis(inner.config.timeouts.first_byte_ms.max(1));
    let max_retries = if allow_retry {
        inner.config.retry.max_retries
    } else {
        0
    };
    let mut last = Failure::Gateway(GatewayError::NoUpstream(String::new()));
    let mut attempts = 0u32;
    for &u in candidates {
        let name = &inner.upstreams[u].name;
        for attempt in 0..=max_retries {
            if attempts > 0 {
                *retries += 1;
                inner.stats.retries.fetch_add(1, Ordering::Relaxed);
            }
            attempts += 1;
            *chosen = Some(u);
            let now = Instant::now();
            if now >= deadline {
                return Err(Failure::Gateway(GatewayError::Timeout {
                    upstream: name.clone(),
                    which: "total",
                }));
            }
            let wait = first_byte.min(deadline - now);
            let mut hint = None;
            match tokio::time::timeout(wait, build(inner, u, out).send()).await {
                Ok(Ok(resp)) if retryable(resp.status()) => {
                    let status = resp.status();
                    let headers = resp.headers().clone();
                    hint = retry_after(&headers);
                    let body = read_error_body(resp, deadline).await;
                    last = Failure::Status {
                        status,
                        headers,
                        body,
                    };
                }
                Ok(Ok(resp)) => return Ok((u, resp)),
                Ok(Err(e)) => {
                    let reason = if e.is_connect() {
                        "connection failed".to_string()
                    } else {
                        e.without_url().to_string()
                    };
                    last = Failure::Gateway(GatewayError::Unreachable {
                        upstream: name.clone(),
                        url: shown_url(&inner.upstreams[u].base_url, out.path_and_query),
                        reason,
                    });
                }
                Err(_) => {
                    last = Failure::Gateway(GatewayError::Timeout {
                        upstream: name.clone(),
                        which: "first_byte",
                    })
                }
            }
            if attempt < max_retries {
                let pause = backoff(inner, attempt, hint);
                if Instant::now() + pause >= deadline {
                    return Err(last);
                }
                tokio::time::sleep(pause).await;
            }
        }
    }
    Err(last)
}

/// The URL a call went to, as an error may show it: no query, no credentials.
fn shown_url(base: &str, path_and_query: &str) -> String {
    let path = path_and_query.split('?').next().unwrap_or_default();
    let full = format!("{base}{path}");
    match reqwest::Url::parse(&full) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.to_string()
        }
        Err(_) => full,
    }
}
