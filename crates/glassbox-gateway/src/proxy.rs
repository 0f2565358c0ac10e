//! The request flow of the instrumented endpoints, and of the `/v1/*` pass-through.
//!
//! ```text
//!  request ─> ids (traceparent, correlation) ─> parse body ─> safety ──block──> 400, no upstream call
//!                                                               │
//!                                                               ▼
//!                          cache lookup ──hit──> answer (JSON or replayed SSE)
//!                               │ miss / bypass
//!                               ▼
//!          upstream::send (timeouts, retries, fallback) ──error──> OpenAI-style error, same status
//!                               │
//!                  stream? ─yes─> ProxyStream (forward as it arrives, tap for the record)
//!                               └no─> whole body, read for the record
//!  every answer carries x-request-id, traceparent, server-timing (and x-glassbox-cache);
//!  the record is finalized when the body is dropped.
//! ```

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{json, Map, Value};

use crate::body::{OnceBody, ProxyStream};
use crate::cache::{self, CacheStatus};
use crate::edge::CallIdentity;
use crate::error::{normalize_upstream_error, GatewayError};
use crate::openai::{read_request, read_response, Endpoint};
use crate::record::{ms, CallGuard, CallRecord};
use crate::safety::Decision;
use crate::sse::{replay_chat_as_sse, StreamTap};
use crate::state::{GatewayState, Inner};
use crate::upstream::{self, Failure, Outgoing};

/// Upstream response headers not passed to the client.
fn skip_response_header(name: &HeaderName) -> bool {
    matches!(
        name.as_str(),
        "content-length"
            | "transfer-encoding"
            | "connection"
            | "keep-alive"
            | "x-request-id"
            | "traceparent"
            | "server-timing"
            | "date"
            | "server"
    )
}

fn decorate(headers: &mut HeaderMap, rec: &CallRecord, upstream_time: Option<Duration>) {
    let id = &rec.id;
    if let Ok(v) = HeaderValue::from_str(&id.correlation_id) {
        headers.insert("x-request-id", v);
    }
    if let Ok(v) = HeaderValue::from_str(&id.traceparent()) {
        headers.insert("traceparent", v);
    }
    let total = rec.start.elapsed();
    let upstream = upstream_time.unwrap_or_default();
    let mut timing = format!("glassbox;dur={:.3}", ms(total.saturating_sub(upstream)));
    if upstream_time.is_some() {
        timing.push_str(&format!(", upstream;dur={:.3}", ms(upstream)));
    }
    timing.push_str(&format!(", traceid;desc=\"{}\"", id.trace_id));
    if let Ok(v) = HeaderValue::from_str(&timing) {
        headers.insert("server-timing", v);
    }
    if rec.endpoint.is_some() {
        headers.insert(
            "x-glassbox-cache",
            HeaderValue::from_static(rec.cache.as_str()),
        );
    }
    headers.insert(
        "access-control-expose-headers",
        HeaderValue::from_static("x-request-id, traceparent, server-timing, x-glassbox-cache"),
    );
}

fn respond(
    mut guard: CallGuard,
    status: StatusCode,
    mut headers: HeaderMap,
    body: Bytes,
    upstream_time: Option<Duration>,
) -> Response {
    let rec = guard.rec();
    if rec.status == 0 {
        rec.status = status.as_u16();
    }
    decorate(&mut headers, rec, upstream_time);
    let mut resp = Response::new(Body::new(OnceBody {
        bytes: Some(body),
        guard,
    }));
    *resp.status_mut() = status;
    *resp.headers_mut() = headers;
    resp
}

fn json_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h
}

/// Records which upstream answered and after how many retries.
fn note_upstream(
    guard: &mut CallGuard,
    inner: &crate::state::Inner,
    retries: u32,
    chosen: Option<usize>,
) {
    let rec = guard.rec();
    rec.retries = retries;
    if let Some(u) = chosen {
        let u = &inner.upstreams[u];
        rec.upstream = Some((u.name.clone(), u.provider.clone()));
    }
}

fn gateway_error(mut guard: CallGuard, e: GatewayError) -> Response {
    let status = e.status();
    guard.rec().fail(status.as_u16(), e.code(), e.to_string());
    respond(guard, status, json_headers(), e.body(), None)
}

fn failure_response(mut guard: CallGuard, f: Failure, upstream_time: Duration) -> Response {
    match f {
        Failure::Gateway(e) => {
            let status = e.status();
            guard.rec().fail(status.as_u16(), e.code(), e.to_string());
            respond(guard, status, json_headers(), e.body(), Some(upstream_time))
        }
        Failure::Status {
            status,
            headers,
            body,
        } => {
            guard.rec().fail(
                status.as_u16(),
                status.as_str(),
                format!("upstream answered {status}"),
            );
            let mut out = json_headers();
            for (k, v) in &headers {
                let n = k.as_str();
                if n == "retry-after"
                    || n == "retry-after-ms"
                    || n.starts_with("x-ratelimit-")
                    || n.starts_with("openai-")
                {
                    out.insert(k.clone(), v.clone());
                }
            }
            respond(
                guard,
                status,
                out,
                normalize_upstream_error(status, &body),
                Some(upstream_time),
            )
        }
    }
}

/// When an upstream answers 404 and its base URL has no version segment (`/v1`), the
/// likely mistake is the base URL: say so (logged once per upstream, and in the
/// `x-glassbox-hint` header of the response).
fn not_found_hint(
    inner: &Inner,
    status: StatusCode,
    chosen: Option<usize>,
    path: &str,
) -> Option<String> {
    if status != StatusCode::NOT_FOUND {
        return None;
    }
    let u = &inner.upstreams[chosen?];
    let base = u.base_url.trim_end_matches('/');
    // `/v1`, `/v2beta`…: a `v` and a digit.
    let versioned = base.rsplit('/').next().is_some_and(|seg| {
        let b = seg.as_bytes();
        b.first() == Some(&b'v') && b.get(1).is_some_and(u8::is_ascii_digit)
    });
    if versioned {
        return None;
    }
    let hint = format!(
        "upstream `{}` answered 404 for {base}{path}: its base URL has no `/v1`; most OpenAI-compatible servers want `{base}/v1` (--upstream {base}/v1, or base_url under [[gateway.upstreams]])",
        u.name
    );
    if u.hinted.swap(true, std::sync::atomic::Ordering::Relaxed) {
        tracing::debug!("{hint}");
    } else {
        tracing::warn!("{hint}");
    }
    Some(hint)
}

/// An upstream's error body with `hint` appended to the message glassbox writes when the
/// upstream's own body was not an OpenAI-style error.
fn hinted_body(body: Bytes, hint: Option<&str>) -> Bytes {
    match hint {
        Some(h)
            if serde_json::from_slice::<Value>(&body)
                .ok()
                .and_then(|v| v.get("error").map(Value::is_object))
                != Some(true) =>
        {
            let text = String::from_utf8_lossy(&body[..body.len().min(2048)])
                .trim()
                .to_string();
            let text = if text.is_empty() {
                "404 Not Found".to_string()
            } else {
                text
            };
            Bytes::from(format!("{text} ({h})"))
        }
        _ => body,
    }
}

fn add_hint(out: &mut Response, hint: Option<String>) {
    if let Some(v) = hint.and_then(|h| HeaderValue::from_str(&h).ok()) {
        out.headers_mut().insert("x-glassbox-hint", v);
    }
}

fn copy_headers(from: &HeaderMap) -> HeaderMap {
    let mut h = HeaderMap::with_capacity(from.len() + 4);
    for (k, v) in from {
        if !skip_response_header(k) {
            h.append(k.clone(), v.clone());
        }
    }
    h
}

/// The caller's project, when the server's auth layer attached one.
fn project_of(ext: &axum::http::Extensions) -> Option<std::sync::Arc<str>> {
    ext.get::<glassbox_core::ProjectAccess>()
        .map(|a| a.write.clone())
}

/// The flow of `/v1/chat/completions`, `/v1/completions`, `/v1/embeddings`, `/v1/responses`.
pub(crate) async fn api_call(state: GatewayState, endpoint: Endpoint, req: Request) -> Response {
    let inner = state.inner.clone();
    let (parts, body) = req.into_parts();
    let id = CallIdentity::from_headers(&parts.headers);
    let mut rec = CallRecord::new(id, Some(endpoint), "POST");
    rec.project = project_of(&parts.extensions);
    let mut guard = CallGuard {
        rec: Some(Box::new(rec)),
        state: inner.clone(),
    };
    let deadline = guard.rec().start + Duration::from_millis(inner.config.timeouts.total_ms.max(1));
    let max = inner.config.max_request_bytes;
    let Ok(bytes) = axum::body::to_bytes(body, max).await else {
        return gateway_error(guard, GatewayError::TooLarge(max));
    };
    let mut map = match serde_json::from_slice::<Map<String, Value>>(&bytes) {
        Ok(m) => m,
        Err(e) => {
            return gateway_error(
                guard,
                GatewayError::BadRequest(format!("the body is not a JSON object: {e}")),
            )
        }
    };
    let info = match read_request(endpoint, &map) {
        Ok(i) => i,
        Err(e) => return gateway_error(guard, GatewayError::BadRequest(e)),
    };
    let verdict = inner.safety.check(&info.prompt_text);
    let blocked = (verdict.decision == Decision::Block)
        .then(|| verdict.primary_category().unwrap_or("safety").to_string());
    let stream = info.stream;
    let client_wants_usage = info.client_wants_usage;
    let model = info.model.clone();
    let cache_eligible = inner.cache.is_some() && cache::eligible(endpoint, &info, &parts.headers);
    {
        let rec = guard.rec();
        rec.stream = stream;
        rec.safety = verdict;
        rec.request = info;
    }
    if let Some(category) = blocked {
        return gateway_error(guard, GatewayError::Blocked { category });
    }

    // Cache.
    if let (true, Some(c)) = (cache_eligible, &inner.cache) {
        let who = cache::Who {
            token: parts
                .extensions
                .get::<glassbox_core::Caller>()
                .and_then(|c| c.token),
            credential: parts
                .headers
                .get(header::AUTHORIZATION)
                .map(HeaderValue::as_bytes),
            user_header: parts
                .headers
                .get("x-glassbox-user-id")
                .and_then(|v| v.to_str().ok()),
        };
        let key = cache::key(endpoint, &map, who);
        if let Some(hit) = c.get(&key) {
            let rec = guard.rec();
            rec.cache = CacheStatus::Hit;
            rec.status = 200;
            let parsed: Value = serde_json::from_slice(&hit.body).unwrap_or(Value::Null);
            rec.response = Some(read_response(endpoint, &parsed));
            rec.first_token_at = Some(Instant::now());
            if stream {
                let mut h = HeaderMap::new();
                h.insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/event-stream"),
                );
                h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
                return respond(
                    guard,
                    StatusCode::OK,
                    h,
                    replay_chat_as_sse(&parsed, client_wants_usage),
                    None,
                );
            }
            return respond(
                guard,
                StatusCode::OK,
                json_headers(),
                hit.body.clone(),
                None,
            );
        }
        let rec = guard.rec();
        rec.cache = CacheStatus::Miss;
        rec.cache_key = Some(key);
    }

    // Ask for usage in the stream when the client did not, and strip it again later.
    let strip_usage =
        stream && matches!(endpoint, Endpoint::Chat | Endpoint::Completions) && !client_wants_usage;
    let upstream_body = if strip_usage {
        let opts = map.entry("stream_options").or_insert_with(|| json!({}));
        if let Some(o) = opts.as_object_mut() {
            o.insert("include_usage".into(), Value::Bool(true));
        } else {
            *opts = json!({"include_usage": true});
        }
        Bytes::from(serde_json::to_vec(&map).unwrap_or_default())
    } else {
        bytes
    };

    let candidates = inner.candidates(&model);
    let sent_at = Instant::now();
    let mut retries = 0;
    let mut chosen = None;
    let result = {
        let id = guard.rec().id.clone();
        let out = Outgoing {
            method: Method::POST,
            path_and_query: endpoint.path(),
            client_headers: &parts.headers,
            body: upstream_body,
            id: &id,
        };
        upstream::send(
            &inner,
            &candidates,
            &out,
            deadline,
            true,
            &mut retries,
            &mut chosen,
        )
        .await
    };
    let upstream_time = sent_at.elapsed();
    note_upstream(&mut guard, &inner, retries, chosen);
    let resp = match result {
        Ok((_, resp)) => resp,
        Err(f) => return failure_response(guard, f, upstream_time),
    };
    let status = resp.status();
    guard.rec().status = status.as_u16();
    let is_sse = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/event-stream"));
    if status.is_success() && stream && is_sse {
        let mut headers = copy_headers(resp.headers());
        let cache_on_complete =
            guard.rec().cache == CacheStatus::Miss && endpoint == Endpoint::Chat;
        decorate(&mut headers, guard.rec(), Some(upstream_time));
        let body = ProxyStream::new(
            resp,
            Some(StreamTap::new(endpoint, strip_usage)),
            guard,
            deadline,
            cache_on_complete,
        );
        let mut out = Response::new(Body::new(body));
        *out.status_mut() = status;
        *out.headers_mut() = headers;
        return out;
    }
    let headers = copy_headers(resp.headers());
    let body = match tokio::time::timeout_at(deadline.into(), resp.bytes()).await {
        Ok(Ok(b)) => b,
        Ok(Err(_)) => {
            let name = guard
                .rec()
                .upstream
                .as_ref()
                .map(|u| u.0.clone())
                .unwrap_or_default();
            return gateway_error(
                guard,
                GatewayError::Unreachable {
                    upstream: name,
                    url: endpoint.path().to_string(),
                    reason: "the response body broke off".into(),
                },
            );
        }
        Err(_) => {
            let name = guard
                .rec()
                .upstream
                .as_ref()
                .map(|u| u.0.clone())
                .unwrap_or_default();
            return gateway_error(
                guard,
                GatewayError::Timeout {
                    upstream: name,
                    which: "total",
                },
            );
        }
    };
    if !status.is_success() {
        let hint = not_found_hint(&inner, status, chosen, endpoint.path());
        let mut out = failure_response(
            guard,
            Failure::Status {
                status,
                headers,
                body: hinted_body(body, hint.as_deref()),
            },
            upstream_time,
        );
        add_hint(&mut out, hint);
        return out;
    }
    let rec = guard.rec();
    if let Ok(v) = serde_json::from_slice::<Value>(&body) {
        rec.response = Some(read_response(endpoint, &v));
    }
    if rec.cache == CacheStatus::Miss {
        rec.cache_body = Some(body.clone());
    }
    respond(guard, status, headers, body, Some(upstream_time))
}

/// Any other `/v1/*` request (and `GET /v1/models`): forwarded to the default upstream
/// with a basic span; the body is streamed back as it arrives.
pub(crate) async fn passthrough(state: GatewayState, req: Request) -> Response {
    let inner = state.inner.clone();
    let (parts, body) = req.into_parts();
    let id = CallIdentity::from_headers(&parts.headers);
    let path = parts.uri.path();
    let mut rec = CallRecord::new(id, None, parts.method.as_str());
    rec.project = project_of(&parts.extensions);
    rec.passthrough_name = Some(format!("{} {}", parts.method, path));
    let mut guard = CallGuard {
        rec: Some(Box::new(rec)),
        state: inner.clone(),
    };
    // Reserved for the OTLP receiver; answer 404 when it is not mounted.
    if matches!(path, "/v1/traces" | "/v1/logs" | "/v1/metrics") {
        return gateway_error(guard, GatewayError::NoUpstream(path.to_string()));
    }
    let deadline = guard.rec().start + Duration::from_millis(inner.config.timeouts.total_ms.max(1));
    let max = inner.config.max_request_bytes;
    let Ok(bytes) = axum::body::to_bytes(body, max).await else {
        return gateway_error(guard, GatewayError::TooLarge(max));
    };
    let rest = path.strip_prefix("/v1").unwrap_or(path);
    let path_and_query = match parts.uri.query() {
        Some(q) => format!("{rest}?{q}"),
        None => rest.to_string(),
    };
    let idempotent = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    let sent_at = Instant::now();
    let mut retries = 0;
    let mut chosen = None;
    let result = {
        let id = guard.rec().id.clone();
        let out = Outgoing {
            method: parts.method.clone(),
            path_and_query: &path_and_query,
            client_headers: &parts.headers,
            body: bytes,
            id: &id,
        };
        upstream::send(
            &inner,
            &[inner.default_upstream],
            &out,
            deadline,
            idempotent,
            &mut retries,
            &mut chosen,
        )
        .await
    };
    let upstream_time = sent_at.elapsed();
    note_upstream(&mut guard, &inner, retries, chosen);
    match result {
        Ok((_, resp)) => {
            let status = resp.status();
            let rec = guard.rec();
            rec.status = status.as_u16();
            if !status.is_success() {
                rec.error_type = Some(status.as_str().to_string());
            }
            let mut headers = copy_headers(resp.headers());
            decorate(&mut headers, guard.rec(), Some(upstream_time));
            let hint = not_found_hint(&inner, status, chosen, path);
            let body = ProxyStream::new(resp, None, guard, deadline, false);
            let mut out = Response::new(Body::new(body));
            *out.status_mut() = status;
            *out.headers_mut() = headers;
            add_hint(&mut out, hint);
            out
        }
        Err(f) => failure_response(guard, f, upstream_time),
    }
}

/// `POST /v1/chat/completions`.
pub(crate) async fn chat(State(s): State<GatewayState>, req: Request) -> Response {
    api_call(s, Endpoint::Chat, req).await
}

/// `POST /v1/completions`.
pub(crate) async fn completions(State(s): State<GatewayState>, req: Request) -> Response {
    api_call(s, Endpoint::Completions, req).await
}

/// `POST /v1/embeddings`.
pub(crate) async fn embeddings(State(s): State<GatewayState>, req: Request) -> Response {
    api_call(s, Endpoint::Embeddings, req).await
}

/// `POST /v1/responses`.
pub(crate) async fn responses(State(s): State<GatewayState>, req: Request) -> Response {
    api_call(s, Endpoint::Responses, req).await
}

/// `GET /v1/models` and `/v1/models/{model}`, passed through.
pub(crate) async fn other(State(s): State<GatewayState>, req: Request) -> Response {
    passthrough(s, req).await
}

/// Any other `/v1/…`: passed through when `gateway.passthrough_routes` lists it, else a
/// 404 naming the nearest glassbox route. Nothing is recorded or forwarded for it.
pub(crate) async fn listed_or_not_found(State(s): State<GatewayState>, req: Request) -> Response {
    let path = req.uri().path();
    if s.inner.config.allows_passthrough(path) {
        return passthrough(s, req).await;
    }
    not_found(path)
}

/// A 404 in OpenAI's error shape that says what the path may have meant.
pub fn not_found(path: &str) -> Response {
    let hint = match glassbox_core::routes::suggest(path) {
        Some(r) => format!(" Did you mean `{r}`?"),
        None => String::new(),
    };
    let message = format!(
        "glassbox has no route `{path}`.{hint} The gateway forwards the OpenAI routes it knows (/v1/chat/completions, /v1/completions, /v1/embeddings, /v1/responses, /v1/models) and those listed in gateway.passthrough_routes; OTLP goes to /v1/traces, /v1/logs, /v1/metrics."
    );
    let body = json!({"error": {"message": message, "type": "not_found_error", "param": "path", "code": "unknown_route"}});
    (StatusCode::NOT_FOUND, json_headers(), body.to_string()).into_response()
}
