//! The response cache: exact match on the normalized request of deterministic calls,
//! in memory with a TTL and a byte budget.
//!
//! ```text
//!  request ──> eligible? (temperature 0, or `x-glassbox-cache: force`; not `cache-control: no-cache`)
//!                │ no ─> bypass
//!                ▼ yes
//!            key = sha256(endpoint, body without stream/stream_options, who) ──> hit: answer (JSON or replayed SSE)
//!                                                                          └─> miss: call, then store the 2xx answer
//! ```
//!
//! `who` scopes every entry to one caller: the glassbox token that authenticated the
//! call, the provider credential forwarded upstream, and the end user (`user`,
//! `safety_identifier`, `x-glassbox-user-id`). Two customers or two API keys asking the
//! same thing never get each other's answer.
//!
//! Cached answers hold raw model output in memory only; nothing here is written to disk.

use std::sync::Arc;
use std::time::Duration;

use axum::http::HeaderMap;
use bytes::Bytes;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::config::CacheConfig;
use crate::openai::{Endpoint, RequestInfo};

/// What the cache did for a call (`glassbox.cache`, `x-glassbox-cache`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheStatus {
    /// Answered from the cache.
    Hit,
    /// Eligible, not cached yet; the answer will be stored.
    Miss,
    /// Not eligible (non-deterministic, opted out, or cache off).
    Bypass,
}

impl CacheStatus {
    /// Attribute and header value.
    pub fn as_str(self) -> &'static str {
        match self {
            CacheStatus::Hit => "hit",
            CacheStatus::Miss => "miss",
            CacheStatus::Bypass => "bypass",
        }
    }
}

/// A cache key: SHA-256 of the normalized request.
pub type CacheKey = [u8; 32];

/// One cached answer: the non-streamed JSON body.
#[derive(Debug)]
pub struct CachedAnswer {
    /// The `chat.completion` / `text_completion` / embeddings body.
    pub body: Bytes,
}

/// The cache.
pub struct ResponseCache {
    entries: moka::sync::Cache<CacheKey, Arc<CachedAnswer>>,
    max_entry_bytes: usize,
}

impl ResponseCache {
    /// A cache with `config`'s TTL and byte budget.
    pub fn new(config: &CacheConfig) -> Self {
        let entries = moka::sync::Cache::builder()
            .max_capacity(config.max_bytes)
            .weigher(|_k: &CacheKey, v: &Arc<CachedAnswer>| {
                u32::try_from(v.body.len() + 64).unwrap_or(u32::MAX)
            })
            .time_to_live(Duration::from_secs(config.ttl_secs.max(1)))
            .build();
        Self {
            entries,
            max_entry_bytes: config.max_entry_bytes,
        }
    }

    /// Looks up an answer.
    pub fn get(&self, key: &CacheKey) -> Option<Arc<CachedAnswer>> {
        self.entries.get(key)
    }

    /// Stores an answer (ignored when larger than `max_entry_bytes`).
    pub fn put(&self, key: CacheKey, body: Bytes) {
        if body.len() <= self.max_entry_bytes {
            self.entries.insert(key, Arc::new(CachedAnswer { body }));
        }
    }
}

/// Whether a request may be served from or stored in the cache.
pub fn eligible(endpoint: Endpoint, info: &RequestInfo, headers: &HeaderMap) -> bool {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    };
    let cache_control = header("cache-control").to_ascii_lowercase();
    if cache_control.contains("no-cache") || cache_control.contains("no-store") {
        return false;
    }
    let forced = header("x-glassbox-cache").eq_ignore_ascii_case("force");
    // Replay is implemented for chat streams; other streams are not cached.
    let shape_ok = match endpoint {
        Endpoint::Chat => true,
        Endpoint::Completions | Endpoint::Embeddings => !info.stream,
        Endpoint::Responses => false,
    };
    shape_ok && (forced || info.temperature == Some(0.0))
}

/// Whose entries a call may see: the glassbox token, the forwarded provider credential
/// and the end user.
#[derive(Debug, Clone, Copy, Default)]
pub struct Who<'a> {
    /// Fingerprint of the glassbox token (auth on).
    pub token: Option<u64>,
    /// The client's `Authorization` as forwarded to the upstream (a provider key).
    pub credential: Option<&'a [u8]>,
    /// `x-glassbox-user-id`.
    pub user_header: Option<&'a str>,
}

/// The key of a request: the endpoint, every body field that can change the answer
/// (and `user`/`safety_identifier`, which scope it) and who is asking.
pub fn key(endpoint: Endpoint, body: &Map<String, Value>, who: Who<'_>) -> CacheKey {
    let mut h = Sha256::new();
    h.update(endpoint.path().as_bytes());
    h.update(b"\n");
    // Length-prefixed, so no two different callers hash alike.
    let mut part = |tag: &[u8], v: Option<&[u8]>| {
        h.update(tag);
        match v {
            Some(v) => {
                h.update((v.len() as u64).to_be_bytes());
                h.update(v);
            }
            None => h.update(b"-"),
        }
    };
    let token = who.token.map(u64::to_be_bytes);
    part(b"token", token.as_ref().map(|t| &t[..]));
    part(b"credential", who.credential);
    part(b"user", who.user_header.map(str::as_bytes));
    for field in ["user", "safety_identifier"] {
        let v = body.get(field).map(Value::to_string);
        part(field.as_bytes(), v.as_deref().map(str::as_bytes));
    }
    // A sorted walk, so field order does not matter whatever serde_json's map is
    // (`user` and `safety_identifier` are in `who` already).
    let mut keys: Vec<&String> = body
        .keys()
        .filter(|k| {
            !matches!(
                k.as_str(),
                "stream" | "stream_options" | "user" | "safety_identifier"
            )
        })
        .collect();
    keys.sort();
    for k in keys {
        h.update(k.as_bytes());
        h.update(b"=");
        hash_value(&mut h, &body[k.as_str()]);
        h.update(b"\n");
    }
    h.finalize().into()
}

fn hash_value(h: &mut Sha256, v: &Value) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            h.update(b"{");
            for k in keys {
                h.update(k.as_bytes());
                h.update(b":");
                hash_value(h, &map[k.as_str()]);
                h.update(b",");
            }
            h.update(b"}");
        }
        Value::Array(items) => {
            h.update(b"[");
            for i in items {
                hash_value(h, i);
                h.update(b",");
            }
            h.update(b"]");
        }
        other => h.update(other.to_string().as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    #[test]
    fn key_ignores_order_and_stream() {
        let a = json!({"model": "m", "temperature": 0, "messages": [{"role": "user", "content": "hi"}], "stream": true});
        let b = json!({"messages": [{"content": "hi", "role": "user"}], "temperature": 0, "model": "m"});
        let c = json!({"messages": [{"content": "hello", "role": "user"}], "temperature": 0, "model": "m"});
        let k = |v: &Value| key(Endpoint::Chat, v.as_object().unwrap(), Who::default());
        assert_eq!(k(&a), k(&b));
        assert_ne!(k(&a), k(&c));
        assert_ne!(
            key(
                Endpoint::Completions,
                b.as_object().unwrap(),
                Who::default()
            ),
            k(&b)
        );
    }

    #[test]
    fn key_is_scoped_to_the_caller_and_the_user() {
        let body = json!({"model": "m", "temperature": 0, "messages": [{"role": "user", "content": "hi"}]});
        let with_user = |u: &str| {
            let mut b = body.clone();
            b["user"] = json!(u);
            b
        };
        let k = |v: &Value, who: Who<'_>| key(Endpoint::Chat, v.as_object().unwrap(), who);
        let none = Who::default();
        let t1 = Who {
            token: Some(1),
            ..none
        };
        let t2 = Who {
            token: Some(2),
            ..none
        };
        assert_eq!(k(&body, t1), k(&body, t1));
        assert_ne!(k(&body, t1), k(&body, t2));
        assert_ne!(k(&body, none), k(&body, t1));
        let key_a = Who {
            credential: Some(b"Bearer sk-a"),
            ..none
        };
        let key_b = Who {
            credential: Some(b"Bearer sk-b"),
            ..none
        };
        assert_ne!(k(&body, key_a), k(&body, key_b));
        assert_ne!(k(&with_user("u1"), none), k(&with_user("u2"), none));
        assert_ne!(k(&with_user("u1"), none), k(&body, none));
        let hdr = |u| Who {
            user_header: Some(u),
            ..none
        };
        assert_ne!(k(&body, hdr("u1")), k(&body, hdr("u2")));
        // A user in the header and the same text in another field do not collide.
        assert_ne!(k(&with_user("u1"), none), k(&body, hdr("u1")));
    }

    #[test]
    fn eligibility() {
        let det = RequestInfo {
            temperature: Some(0.0),
            ..Default::default()
        };
        let warm = RequestInfo {
            temperature: Some(0.7),
            ..Default::default()
        };
        let mut h = HeaderMap::new();
        assert!(eligible(Endpoint::Chat, &det, &h));
        assert!(!eligible(Endpoint::Chat, &warm, &h));
        h.insert("x-glassbox-cache", "force".parse().unwrap());
        assert!(eligible(Endpoint::Chat, &warm, &h));
        h.insert("cache-control", "no-cache".parse().unwrap());
        assert!(!eligible(Endpoint::Chat, &det, &h));
    }

    #[test]
    fn ttl_and_entry_budget() {
        let c = ResponseCache::new(&CacheConfig {
            max_entry_bytes: 4,
            ..Default::default()
        });
        c.put([1; 32], Bytes::from_static(b"ok"));
        c.put([2; 32], Bytes::from_static(b"too large"));
        assert_eq!(&c.get(&[1; 32]).unwrap().body[..], b"ok");
        assert!(c.get(&[2; 32]).is_none());
    }
}
