//! Bearer tokens with scopes. With no token configured every request is allowed (and the
//! server refuses non-loopback listeners unless told `--insecure-no-auth`); with any token
//! configured, every request to data needs one with the right scope.
//!
//! ```text
//!  route                                              scope
//!  /healthz, /readyz, the UI shell and /ui/ assets    none (they hold no data)
//!  /v1/traces, /v1/logs, /v1/metrics, OTLP/gRPC        ingest
//!  POST /api/feedback, POST /api/events                ingest
//!  POST /ingest/segment/v1/…                          ingest
//!    the same four from a web page (POST /v1/traces,    ingest or ingest-browser
//!    /api/events, /api/feedback, /ingest/segment/…)     (rate-limited, see below)
//!  /v1/chat/completions … (every other /v1/ route)     gateway
//!  GET /api/…, /metrics                                read
//!  anything that changes or deletes data              admin
//!  (admin holds every scope)
//! ```
//!
//! A glassbox token never leaves glassbox: a client that also holds a model provider's
//! key sends the provider key in `Authorization` and the glassbox token in
//! `x-glassbox-token`; a client without one sends the glassbox token in `Authorization`
//! and the provider key is configured on the upstream. Either way this layer removes the
//! glassbox token from the request before any handler (the gateway's forwarding included)
//! sees it, and attaches a [`Caller`] fingerprint instead.
//!
//! A browser key (`ingest-browser`) is public by nature: it ships in every page that
//! loads `glassbox.js`. It can only send browser spans, feedback and events, may come
//! as `?glassbox_key=` (what `navigator.sendBeacon` can send, having no headers), and
//! each key is rate-limited per client address and in total ([`BrowserLimiter`]).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use glassbox_core::project::PROJECT_HEADER;
use glassbox_core::{Caller, ProjectAccess, ProjectScope};
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::ratelimit::{BrowserLimiter, BrowserLimits};

/// The header that carries a glassbox token beside a provider key in `Authorization`.
pub const TOKEN_HEADER: &str = "x-glassbox-token";

/// What a token may do.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Send telemetry: OTLP, events and feedback.
    Ingest,
    /// Read traces, logs, metrics, blobs and the privacy report.
    Read,
    /// Everything, including what changes or deletes data.
    Admin,
    /// Call models through the gateway (`/v1/chat/completions` and the other OpenAI routes).
    Gateway,
    /// What a web page may send with a public key: browser spans (`POST /v1/traces`),
    /// feedback, events and Segment-format events, rate-limited per key and address.
    #[serde(rename = "ingest-browser")]
    IngestBrowser,
}

impl Scope {
    /// The name used in config files and messages.
    pub fn name(self) -> &'static str {
        match self {
            Scope::Ingest => "ingest",
            Scope::Read => "read",
            Scope::Admin => "admin",
            Scope::Gateway => "gateway",
            Scope::IngestBrowser => "ingest-browser",
        }
    }
}

/// A configured token.
#[derive(Debug, Clone)]
pub struct Token {
    /// The secret value.
    pub secret: String,
    /// Scopes granted.
    pub scopes: Vec<Scope>,
    /// Projects the token may read and write; empty: every project.
    pub projects: Vec<String>,
}

/// The configured tokens, each with its fingerprint (computed once, not per request).
#[derive(Debug, Clone, Default)]
pub struct Auth {
    tokens: Arc<Vec<(Token, u64)>>,
    browser: BrowserLimiter,
}

/// The outcome of checking a request's credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Allowed; the caller's token, when auth is on.
    Allowed(Caller),
    /// Allowed as a browser key: the request counts against the key's rate limits.
    Browser(Caller),
    /// No glassbox token was presented.
    Missing,
    /// A token was presented but it is unknown or lacks the scope.
    Refused,
}

impl Auth {
    /// Builds the checker.
    pub fn new(tokens: Vec<Token>) -> Self {
        Self {
            tokens: Arc::new(
                tokens
                    .into_iter()
                    .map(|t| {
                        let f = fingerprint(&t.secret);
                        (t, f)
                    })
                    .collect(),
            ),
            browser: BrowserLimiter::default(),
        }
    }

    /// The same tokens with `limits` for browser keys.
    pub fn with_browser_limits(mut self, limits: BrowserLimits) -> Self {
        self.browser = BrowserLimiter::new(limits);
        self
    }

    /// True when tokens are configured.
    pub fn enabled(&self) -> bool {
        !self.tokens.is_empty()
    }

    /// Checks a presented bearer value for `scope`.
    pub fn allows(&self, presented: Option<&str>, scope: Scope) -> bool {
        if !self.enabled() {
            return true;
        }
        presented
            .and_then(|p| self.find(p))
            .is_some_and(|(t, _)| grants(t, scope))
    }

    /// What a request of `caller` may touch: a token bound to projects reads those and
    /// writes to the first, or to the one `x-glassbox-project` names; a token bound to
    /// none (or no auth) reads every project, or the one the header names, and writes to
    /// the header's project or `default`. The error says why the header is refused.
    pub fn access(&self, caller: &Caller, headers: &HeaderMap) -> Result<ProjectAccess, String> {
        let bound: &[String] = match caller.token {
            Some(f) => self
                .tokens
                .iter()
                .find(|(_, tf)| *tf == f)
                .map(|(t, _)| t.projects.as_slice())
                .unwrap_or(&[]),
            None => &[],
        };
        let asked = match headers.get(PROJECT_HEADER) {
            None => None,
            Some(v) => {
                let name = v
                    .to_str()
                    .map_err(|_| format!("header `{PROJECT_HEADER}` must be a project name"))?
                    .trim();
                glassbox_core::project::validate_name(name)
                    .map_err(|e| format!("header `{PROJECT_HEADER}`: {e}"))?;
                Some(name)
            }
        };
        match (asked, bound) {
            (Some(p), []) => Ok(ProjectAccess {
                write: Arc::from(p),
                read: ProjectScope::one(p),
            }),
            (Some(p), bound) if bound.iter().any(|b| b == p) => Ok(ProjectAccess {
                write: Arc::from(p),
                read: ProjectScope::one(p),
            }),
            (Some(p), bound) => Err(format!(
                "this token is not bound to project `{p}` (it may use: {}); send one of those in `{PROJECT_HEADER}`, or leave the header out",
                bound.join(", ")
            )),
            (None, []) => Ok(ProjectAccess::default()),
            (None, bound) => Ok(ProjectAccess {
                write: Arc::from(bound[0].as_str()),
                read: ProjectScope::Only(Arc::from(bound.to_vec())),
            }),
        }
    }

    /// The configured token equal to `presented` (compared in constant time).
    fn find(&self, presented: &str) -> Option<&(Token, u64)> {
        self.tokens
            .iter()
            .find(|(t, _)| constant_time_eq(t.secret.as_bytes(), presented.as_bytes()))
    }

    /// Checks the credentials in `headers` for `scope`.
    pub fn check(&self, headers: &HeaderMap, scope: Scope) -> Verdict {
        self.check_request(headers, None, scope, false)
    }

    /// Checks a request's credentials for `scope`: the headers' token, else
    /// `query_key`; on a browser route (`browser`) a browser key is accepted too.
    pub fn check_request(
        &self,
        headers: &HeaderMap,
        query_key: Option<&str>,
        scope: Scope,
        browser: bool,
    ) -> Verdict {
        if !self.enabled() {
            return Verdict::Allowed(Caller::default());
        }
        let presented = presented_token(headers).or(query_key.map(std::borrow::Cow::Borrowed));
        let Some(presented) = presented else {
            return Verdict::Missing;
        };
        match self.find(&presented) {
            Some((t, f)) if grants(t, scope) => Verdict::Allowed(Caller { token: Some(*f) }),
            Some((t, f)) if browser && t.scopes.contains(&Scope::IngestBrowser) => {
                Verdict::Browser(Caller { token: Some(*f) })
            }
            _ => Verdict::Refused,
        }
    }

    /// Removes every glassbox token from `headers`: `x-glassbox-token`, and
    /// `Authorization` when it holds one (a provider key there stays); and the project
    /// header, which the auth layer has read.
    pub fn strip(&self, headers: &mut HeaderMap) {
        headers.remove(TOKEN_HEADER);
        headers.remove(PROJECT_HEADER);
        if !self.enabled() {
            return;
        }
        let ours = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| match bearer_value(v) {
                Some(b) => self.find(b).is_some(),
                None => basic_user(v).is_some_and(|u| self.find(&u).is_some()),
            });
        if ours {
            headers.remove(header::AUTHORIZATION);
        }
    }
}

fn grants(t: &Token, scope: Scope) -> bool {
    t.scopes.contains(&scope) || t.scopes.contains(&Scope::Admin)
}

/// First 8 bytes of SHA-256: tells tokens apart without holding them.
fn fingerprint(token: &str) -> u64 {
    let d = Sha256::digest(token.as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    u64::from_be_bytes(b)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// OTLP/HTTP paths, also written with a trailing slash.
pub(crate) fn is_otlp_http(path: &str) -> bool {
    matches!(
        path.strip_suffix('/').unwrap_or(path),
        "/v1/traces" | "/v1/logs" | "/v1/metrics"
    )
}

/// Routes a web page may send to with a browser key: browser spans, feedback, events.
pub fn is_browser_route(method: &Method, path: &str) -> bool {
    *method == Method::POST
        && (matches!(path.strip_suffix('/').unwrap_or(path), "/v1/traces")
            || path == "/api/events"
            || path == "/api/feedback"
            || path.starts_with("/ingest/segment/"))
}

/// Routes that keep projects apart: ingest stamps the caller's project on what it
/// stores, and these reads are limited to the caller's projects. Every other route with
/// data refuses a caller limited to projects rather than show it another project's data:
/// `/metrics` (Prometheus series of the whole node) and erasure (which removes a person
/// from every project).
pub fn serves_projects(method: &Method, path: &str) -> bool {
    if required_scope(method, path).is_none() {
        return true;
    }
    if is_otlp_http(path) || path.starts_with("/opentelemetry.proto.") {
        return true;
    }
    if *method == Method::POST
        && (path == "/api/events"
            || path == "/api/feedback"
            || path.starts_with("/ingest/segment/"))
    {
        return true;
    }
    if path.starts_with("/v1/") {
        return true; // the gateway
    }
    if *method != Method::GET {
        return false;
    }
    matches!(
        path,
        "/api/projects"
            | "/api/traces"
            | "/api/logs"
            | "/api/events"
            | "/api/sessions"
            | "/api/compare"
            | "/api/topics"
            | "/api/metrics/summary"
            | "/api/metrics/timeseries"
            | "/api/privacy"
            | "/api/openapi.json"
    ) || [
        "/api/traces/",
        "/api/blobs/",
        "/api/sessions/",
        "/api/investigate/",
        "/api/export/",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

/// The scope a request needs, from its path and method; `None` for routes without data.
/// Routes mounted as public (the UI) never reach this check.
pub fn required_scope(method: &Method, path: &str) -> Option<Scope> {
    if path == "/healthz" || path == "/readyz" || *method == Method::OPTIONS {
        return None;
    }
    if is_otlp_http(path) || path.starts_with("/opentelemetry.proto.") {
        return Some(Scope::Ingest);
    }
    if path.starts_with("/v1/") || path == "/v1" {
        return Some(Scope::Gateway);
    }
    if (path == "/api/feedback" || path == "/api/events" || path.starts_with("/ingest/"))
        && *method == Method::POST
    {
        return Some(Scope::Ingest);
    }
    if *method == Method::GET || *method == Method::HEAD {
        return Some(Scope::Read);
    }
    Some(Scope::Admin)
}

/// The glassbox token a request presents: `x-glassbox-token`, else the bearer value of
/// `Authorization`, else the user name of HTTP Basic credentials (how analytics
/// libraries send a write key: `Basic base64(<key>:)`; the password when the user name
/// is empty).
pub fn presented_token(headers: &HeaderMap) -> Option<std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    if let Some(t) = headers
        .get(TOKEN_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        return Some(Cow::Borrowed(t));
    }
    let auth = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    if let Some(b) = bearer_value(auth) {
        return Some(Cow::Borrowed(b));
    }
    basic_user(auth).map(Cow::Owned)
}

/// The user name (or, when it is empty, the password) of `Basic` credentials.
fn basic_user(v: &str) -> Option<String> {
    use base64::Engine as _;
    let (scheme, rest) = v.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let raw = base64::engine::general_purpose::STANDARD
        .decode(rest.trim())
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (user, pass) = text.split_once(':').unwrap_or((&text, ""));
    let key = if user.is_empty() { pass } else { user };
    (!key.is_empty()).then(|| key.to_string())
}

fn bearer_value(v: &str) -> Option<&str> {
    let (scheme, rest) = v.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| rest.trim())
        .filter(|r| !r.is_empty())
}

/// Axum middleware enforcing scopes, removing glassbox tokens from the request and
/// attaching the [`Caller`] and its [`ProjectAccess`].
pub async fn require_scope(State(auth): State<Auth>, mut req: Request, next: Next) -> Response {
    let caller = match required_scope(req.method(), req.uri().path()) {
        None => Caller::default(),
        Some(scope) => match check_scope(&auth, &req, scope) {
            Verdict::Allowed(c) => c,
            Verdict::Browser(c) => {
                let ip = client_ip(&req);
                if let Err(limited) = auth.browser.check(c.token.unwrap_or(0), ip) {
                    let limits = auth.browser.limits();
                    let msg = if limited.per_ip {
                        format!("this browser key sent more than {} requests a minute from {ip}; retry in {}s (raise [auth] browser_per_ip_per_minute if a page legitimately needs more)", limits.per_ip_per_minute, limited.retry_after_secs)
                    } else {
                        format!("this browser key sent more than {} requests a minute in all; retry in {}s (raise [auth] browser_per_key_per_minute if the traffic is legitimate)", limits.per_key_per_minute, limited.retry_after_secs)
                    };
                    let mut res =
                        ApiError::status(StatusCode::TOO_MANY_REQUESTS, msg).into_response();
                    if let Ok(v) = limited.retry_after_secs.to_string().parse() {
                        res.headers_mut().insert(header::RETRY_AFTER, v);
                    }
                    return res;
                }
                c
            }
            verdict => {
                let status = if verdict == Verdict::Missing {
                    StatusCode::UNAUTHORIZED
                } else {
                    StatusCode::FORBIDDEN
                };
                let how = if scope == Scope::Gateway {
                    "send `x-glassbox-token: <token>` (your provider key may stay in `Authorization`) or `Authorization: Bearer <token>` when the upstream's key is configured in glassbox"
                } else {
                    "send `Authorization: Bearer <token>`"
                };
                let path = req.uri().path();
                let typo = match glassbox_core::routes::suggest(path) {
                    Some(r) if !glassbox_core::routes::is_known(path) => {
                        format!(" (glassbox has no route `{path}`: did you mean `{r}`?)")
                    }
                    _ => String::new(),
                };
                let msg = format!(
                    "this endpoint needs a glassbox token with the `{}` (or `admin`) scope: {how}{typo}",
                    scope.name()
                );
                return ApiError::status(status, msg).into_response();
            }
        },
    };
    let access = match auth.access(&caller, req.headers()) {
        Ok(a) => a,
        Err(msg) => return ApiError::status(StatusCode::FORBIDDEN, msg).into_response(),
    };
    if access.read != ProjectScope::All && !serves_projects(req.method(), req.uri().path()) {
        let msg = format!(
            "`{} {}` is not limited by project: it answers only tokens bound to no project, without `{PROJECT_HEADER}`",
            req.method(),
            req.uri().path()
        );
        return ApiError::status(StatusCode::FORBIDDEN, msg).into_response();
    }
    auth.strip(req.headers_mut());
    req.extensions_mut().insert(caller);
    req.extensions_mut().insert(access);
    next.run(req).await
}

/// [`Auth::check_request`] for `req`: on a browser route a browser key is accepted,
/// also as `?glassbox_key=`.
fn check_scope(auth: &Auth, req: &Request, scope: Scope) -> Verdict {
    let browser = scope == Scope::Ingest && is_browser_route(req.method(), req.uri().path());
    if !browser || !auth.enabled() {
        return auth.check(req.headers(), scope);
    }
    let query = req
        .uri()
        .query()
        .filter(|q| q.contains("glassbox_key="))
        .and_then(|_| {
            axum::extract::Query::<std::collections::HashMap<String, String>>::try_from_uri(
                req.uri(),
            )
            .ok()
        });
    let key = query
        .as_ref()
        .and_then(|q| q.0.get("glassbox_key"))
        .map(String::as_str);
    auth.check_request(req.headers(), key, scope, true)
}

/// The client's address: the peer, or when the peer is a proxy on this machine
/// (loopback), the first address of its `X-Forwarded-For`. Unspecified when unknown.
fn client_ip(req: &Request) -> IpAddr {
    let peer = req
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let forwarded = || {
        req.headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse::<IpAddr>().ok())
    };
    match peer {
        Some(ip) if ip.is_loopback() => forwarded().unwrap_or(ip),
        Some(ip) => ip,
        None => IpAddr::from([0, 0, 0, 0]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap_or_else(|_| unreachable!()));
        }
        h
    }

    #[test]
    fn scopes() {
        let auth = Auth::new(vec![
            Token {
                secret: "r".into(),
                scopes: vec![Scope::Read],
                projects: Vec::new(),
            },
            Token {
                secret: "a".into(),
                scopes: vec![Scope::Admin],
                projects: Vec::new(),
            },
        ]);
        assert!(auth.allows(Some("r"), Scope::Read));
        assert!(!auth.allows(Some("r"), Scope::Ingest));
        assert!(!auth.allows(Some("r"), Scope::Gateway));
        assert!(auth.allows(Some("a"), Scope::Ingest));
        assert!(auth.allows(Some("a"), Scope::Gateway));
        assert!(!auth.allows(None, Scope::Read));
        assert!(!auth.allows(Some("x"), Scope::Read));
        assert!(Auth::default().allows(None, Scope::Admin));
    }

    #[test]
    fn routes_limited_by_project() {
        use Method as M;
        for (m, path) in [
            (M::POST, "/v1/traces"),
            (M::POST, "/v1/chat/completions"),
            (M::POST, "/api/events"),
            (M::POST, "/api/feedback"),
            (M::POST, "/ingest/segment/v1/track"),
            (M::GET, "/api/projects"),
            (M::GET, "/api/traces"),
            (M::GET, "/api/traces/0af7651916cd43dd8448eb211c80319c"),
            (M::GET, "/api/compare"),
            (M::GET, "/api/investigate/cust-402"),
            (M::GET, "/api/logs"),
            (M::GET, "/api/events"),
            (M::GET, "/api/sessions"),
            (M::GET, "/api/sessions/s-1"),
            (M::GET, "/api/topics"),
            (M::GET, "/api/metrics/summary"),
            (M::GET, "/api/metrics/timeseries"),
            (M::GET, "/api/export/traces"),
            (M::GET, "/api/privacy"),
            (M::GET, "/api/blobs/00"),
            (M::GET, "/api/openapi.json"),
            (M::GET, "/healthz"),
        ] {
            assert!(serves_projects(&m, path), "{m} {path}");
        }
        for (m, path) in [
            (M::GET, "/metrics"),
            (M::DELETE, "/api/subjects/u-1"),
            (M::GET, "/api/unknown"),
        ] {
            assert!(!serves_projects(&m, path), "{m} {path}");
        }
    }

    /// The README's route × scope table, route by route.
    #[test]
    fn every_route_has_its_scope() {
        use Scope::*;
        let table: &[(Method, &str, Option<Scope>)] = &[
            (Method::GET, "/healthz", None),
            (Method::GET, "/readyz", None),
            (Method::OPTIONS, "/v1/chat/completions", None),
            (Method::POST, "/v1/traces", Some(Ingest)),
            (Method::POST, "/v1/traces/", Some(Ingest)),
            (Method::POST, "/v1/logs", Some(Ingest)),
            (Method::POST, "/v1/metrics", Some(Ingest)),
            (
                Method::POST,
                "/opentelemetry.proto.collector.trace.v1.TraceService/Export",
                Some(Ingest),
            ),
            (Method::POST, "/api/feedback", Some(Ingest)),
            (Method::POST, "/api/events", Some(Ingest)),
            (Method::POST, "/ingest/segment/v1/batch", Some(Ingest)),
            (Method::POST, "/v1/chat/completions", Some(Gateway)),
            (Method::POST, "/v1/completions", Some(Gateway)),
            (Method::POST, "/v1/embeddings", Some(Gateway)),
            (Method::POST, "/v1/responses", Some(Gateway)),
            (Method::GET, "/v1/models", Some(Gateway)),
            (Method::GET, "/api/traces", Some(Read)),
            (
                Method::GET,
                "/api/traces/0af7651916cd43dd8448eb211c80319c",
                Some(Read),
            ),
            (Method::GET, "/api/investigate/web-1", Some(Read)),
            (Method::GET, "/api/compare", Some(Read)),
            (Method::GET, "/api/topics", Some(Read)),
            (Method::GET, "/api/logs", Some(Read)),
            (Method::GET, "/api/metrics/summary", Some(Read)),
            (Method::GET, "/api/metrics/timeseries", Some(Read)),
            (Method::GET, "/api/privacy", Some(Read)),
            (Method::GET, "/api/blobs/00", Some(Read)),
            (Method::GET, "/api/openapi.json", Some(Read)),
            (Method::GET, "/metrics", Some(Read)),
            (Method::DELETE, "/api/subjects/u-1", Some(Admin)),
            (Method::POST, "/api/admin/anything", Some(Admin)),
        ];
        for (m, p, want) in table {
            assert_eq!(required_scope(m, p), *want, "{m} {p}");
        }
    }

    #[test]
    fn a_write_key_in_basic_credentials_is_a_token() {
        let auth = Auth::new(vec![Token {
            secret: "write-key-0123456789".into(),
            scopes: vec![Scope::Ingest],
            projects: Vec::new(),
        }]);
        // `write-key-0123456789:` and `:write-key-0123456789`, base64.
        for creds in [
            "d3JpdGUta2V5LTAxMjM0NTY3ODk6",
            "OndyaXRlLWtleS0wMTIzNDU2Nzg5",
        ] {
            let mut h = headers(&[("authorization", &format!("Basic {creds}"))]);
            assert!(
                matches!(auth.check(&h, Scope::Ingest), Verdict::Allowed(_)),
                "{creds}"
            );
            auth.strip(&mut h);
            assert!(
                h.get("authorization").is_none(),
                "a glassbox key never passes on"
            );
        }
        let h = headers(&[("authorization", "Basic bm9wZTo=")]);
        assert!(matches!(auth.check(&h, Scope::Ingest), Verdict::Refused));
        let h = headers(&[("authorization", "Basic %%%")]);
        assert!(matches!(auth.check(&h, Scope::Ingest), Verdict::Missing));
    }

    #[test]
    fn glassbox_tokens_never_pass_on() {
        let auth = Auth::new(vec![Token {
            secret: "glassbox-token-0123456789".into(),
            scopes: vec![Scope::Gateway],
            projects: Vec::new(),
        }]);
        // Provider key in Authorization, glassbox token beside it: the key stays.
        let mut h = headers(&[
            ("authorization", "Bearer sk-provider-key"),
            (TOKEN_HEADER, "glassbox-token-0123456789"),
        ]);
        assert!(matches!(
            auth.check(&h, Scope::Gateway),
            Verdict::Allowed(Caller { token: Some(_) })
        ));
        auth.strip(&mut h);
        assert_eq!(
            h.get("authorization").map(|v| v.as_bytes()),
            Some(&b"Bearer sk-provider-key"[..])
        );
        assert!(h.get(TOKEN_HEADER).is_none());
        // Glassbox token in Authorization: removed.
        let mut h = headers(&[("authorization", "bearer  glassbox-token-0123456789")]);
        assert!(matches!(
            auth.check(&h, Scope::Gateway),
            Verdict::Allowed(_)
        ));
        auth.strip(&mut h);
        assert!(h.get("authorization").is_none());
        // A provider key alone is not a glassbox token.
        let h = headers(&[("authorization", "Bearer sk-provider-key")]);
        assert_eq!(auth.check(&h, Scope::Gateway), Verdict::Refused);
        assert_eq!(
            auth.check(&HeaderMap::new(), Scope::Gateway),
            Verdict::Missing
        );
    }

    #[test]
    fn callers_differ_by_token() {
        let auth = Auth::new(vec![
            Token {
                secret: "token-a-0123456789abc".into(),
                scopes: vec![Scope::Gateway],
                projects: Vec::new(),
            },
            Token {
                secret: "token-b-0123456789abc".into(),
                scopes: vec![Scope::Gateway],
                projects: Vec::new(),
            },
        ]);
        let a = auth.check(
            &headers(&[(TOKEN_HEADER, "token-a-0123456789abc")]),
            Scope::Gateway,
        );
        let b = auth.check(
            &headers(&[(TOKEN_HEADER, "token-b-0123456789abc")]),
            Scope::Gateway,
        );
        assert!(matches!(a, Verdict::Allowed(_)) && matches!(b, Verdict::Allowed(_)));
        assert_ne!(a, b);
    }
}
