//! `mock-upstream`: a fast OpenAI-compatible model server for demos, tests and load
//! tests. Replies are derived from the prompt (same prompt, same reply).
//!
//! Endpoints: `POST /v1/chat/completions` (streamed or not; usage in a last chunk when
//! the request sets `stream_options.include_usage`), `POST /v1/completions`,
//! `POST /v1/embeddings`, `GET /v1/models`. A model whose name contains `fail-429` or
//! `fail-500` always fails with that status (handy for end-to-end tests).
//! Must not record anything: it stands in for a provider.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use axum::{Json, Router};
use bytes::Bytes;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// Mock behaviour (the `glassbox mock-upstream` flags).
#[derive(Debug, Clone, PartialEq)]
pub struct MockOptions {
    /// Delay before answering (before the first byte), ms.
    pub delay_ms: u64,
    /// Delay between streamed chunks, ms.
    pub chunk_delay_ms: u64,
    /// Content chunks (≈ tokens) per answer.
    pub chunks: usize,
    /// Share of requests that fail (0.0–1.0) with `failure_status`.
    pub failure_rate: f64,
    /// Status of injected failures (429 or 500…).
    pub failure_status: u16,
    /// Whether answers report token usage (off: like servers that send none).
    pub usage: bool,
    /// Dimensions of embedding vectors.
    pub embedding_dims: usize,
    /// Share of chat answers (0.0–1.0) that fail silently behind a `200 OK`: a refusal,
    /// an answer cut off at the token limit, or a repetition loop (a third each).
    pub answer_faults: f64,
}

impl Default for MockOptions {
    fn default() -> Self {
        Self {
            delay_ms: 0,
            chunk_delay_ms: 0,
            chunks: 8,
            failure_rate: 0.0,
            failure_status: 429,
            usage: true,
            embedding_dims: 8,
            answer_faults: 0.0,
        }
    }
}

/// What the mock has seen (for tests).
#[derive(Debug, Default)]
pub struct MockStats {
    /// Requests received on any endpoint.
    pub requests: AtomicU64,
    /// Streams whose client went away before the end.
    pub cancelled_streams: AtomicU64,
}

impl MockStats {
    /// Requests received so far.
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }
}

#[derive(Clone)]
struct Mock {
    opts: Arc<MockOptions>,
    stats: Arc<MockStats>,
}

/// The mock's routes, counting into `stats`.
pub fn mock_router(opts: MockOptions, stats: Arc<MockStats>) -> Router {
    Router::new()
        .route("/v1/chat/completions", post(chat))
        .route("/v1/completions", post(completions))
        .route("/v1/embeddings", post(embeddings))
        .route("/v1/models", get(models))
        .with_state(Mock {
            opts: Arc::new(opts),
            stats,
        })
}

/// Serves the mock on `listener` until `shutdown` completes.
pub async fn serve_mock(
    listener: tokio::net::TcpListener,
    opts: MockOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Small SSE writes must not wait for the peer's delayed ACK (Nagle).
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, mock_router(opts, Arc::new(MockStats::default())))
        .with_graceful_shutdown(shutdown)
        .await
}

/// A chat answer that goes wrong quietly (see [`MockOptions::answer_faults`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnswerFault {
    Refusal,
    Truncated,
    Loop,
}

fn answer_fault(rate: f64) -> Option<AnswerFault> {
    if rate <= 0.0 || rand::random::<f64>() >= rate {
        return None;
    }
    Some(match rand::random::<u8>() % 3 {
        0 => AnswerFault::Refusal,
        1 => AnswerFault::Truncated,
        _ => AnswerFault::Loop,
    })
}

/// The answer's pieces and finish reason with `fault` applied.
fn faulty(pieces: Vec<String>, fault: Option<AnswerFault>) -> (Vec<String>, &'static str) {
    match fault {
        None => (pieces, "stop"),
        Some(AnswerFault::Refusal) => (
            "I'm sorry, but I can't help with that request."
                .split_inclusive(' ')
                .map(str::to_string)
                .collect(),
            "stop",
        ),
        Some(AnswerFault::Truncated) => {
            let keep = pieces.len().div_ceil(2);
            (pieces.into_iter().take(keep).collect(), "length")
        }
        Some(AnswerFault::Loop) => {
            let mut p = pieces;
            p.extend(std::iter::repeat_n(" the answer is".to_string(), 12));
            (p, "stop")
        }
    }
}

fn prompt_text(body: &Value) -> String {
    if let Some(messages) = body.get("messages").and_then(Value::as_array) {
        let last_user = messages
            .iter()
            .rev()
            .find(|m| m.get("role").and_then(Value::as_str) == Some("user"));
        return match last_user.and_then(|m| m.get("content")) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(parts)) => parts
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        };
    }
    match body.get("prompt").or_else(|| body.get("input")) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

const WORDS: &[&str] = &[
    "glass", "box", "signal", "trace", "token", "model", "answer", "quiet", "river", "stone",
    "light", "field", "north", "amber", "echo", "delta",
];

/// The reply's pieces: `chunks` words chosen from the prompt's hash.
fn reply_pieces(prompt: &str, chunks: usize) -> Vec<String> {
    let digest = Sha256::digest(prompt.as_bytes());
    (0..chunks.max(1))
        .map(|i| {
            let w =
                WORDS[usize::from(digest[i % digest.len()].wrapping_add(i as u8)) % WORDS.len()];
            if i == 0 {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            } else {
                format!(" {w}")
            }
        })
        .collect()
}

fn prompt_tokens(prompt: &str) -> usize {
    prompt.len().div_ceil(4).max(1)
}

fn model_of(body: &Value) -> String {
    body.get("model")
        .and_then(Value::as_str)
        .unwrap_or("mock-model")
        .to_string()
}

fn completion_id(prompt: &str) -> String {
    format!(
        "chatcmpl-mock{}",
        hex::encode(&Sha256::digest(prompt.as_bytes())[..6])
    )
}

/// Applies the configured delay and failure rate; `Some` is the failure to answer.
async fn preamble(m: &Mock, body: &Value) -> Option<Response> {
    m.stats.requests.fetch_add(1, Ordering::Relaxed);
    if m.opts.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(m.opts.delay_ms)).await;
    }
    let model = model_of(body);
    let forced = if model.contains("fail-429") {
        Some(429)
    } else if model.contains("fail-500") {
        Some(500)
    } else {
        None
    };
    let status = forced.or_else(|| {
        (m.opts.failure_rate > 0.0 && rand::random::<f64>() < m.opts.failure_rate)
            .then_some(m.opts.failure_status)
    })?;
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let (kind, message) = if status == StatusCode::TOO_MANY_REQUESTS {
        ("rate_limit_error", "Rate limit reached for mock-upstream")
    } else {
        ("server_error", "The mock upstream failed on purpose")
    };
    let mut resp = (
        status,
        Json(json!({"error": {"message": message, "type": kind, "param": null, "code": null}})),
    )
        .into_response();
    if status == StatusCode::TOO_MANY_REQUESTS {
        resp.headers_mut()
            .insert("retry-after-ms", HeaderValue::from_static("10"));
    }
    Some(resp)
}

fn usage_json(prompt: &str, completion: usize) -> Value {
    let p = prompt_tokens(prompt);
    json!({"prompt_tokens": p, "completion_tokens": completion, "total_tokens": p + completion})
}

async fn chat(State(m): State<Mock>, Json(body): Json<Value>) -> Response {
    if let Some(fail) = preamble(&m, &body).await {
        return fail;
    }
    let prompt = prompt_text(&body);
    let (pieces, finish) = faulty(
        reply_pieces(&prompt, m.opts.chunks),
        answer_fault(m.opts.answer_faults),
    );
    let model = model_of(&body);
    let id = completion_id(&prompt);
    let created = 1_700_000_000u64;
    if body.get("stream").and_then(Value::as_bool) == Some(true) {
        let include_usage = m.opts.usage
            && body
                .pointer("/stream_options/include_usage")
                .and_then(Value::as_bool)
                == Some(true);
        let chunk = |choices: Value| {
            let mut c = json!({"id": id, "object": "chat.completion.chunk", "created": created, "model": model, "system_fingerprint": "fp_mock", "choices": choices});
            if include_usage {
                c["usage"] = Value::Null;
            }
            Bytes::from(format!("data: {c}\n\n"))
        };
        let mut events = Vec::with_capacity(pieces.len() + 4);
        events.push(chunk(json!([{"index": 0, "delta": {"role": "assistant", "content": "", "refusal": null}, "logprobs": null, "finish_reason": null}])));
        for p in &pieces {
            events.push(chunk(json!([{"index": 0, "delta": {"content": p}, "logprobs": null, "finish_reason": null}])));
        }
        events.push(chunk(
            json!([{"index": 0, "delta": {}, "logprobs": null, "finish_reason": finish}]),
        ));
        if include_usage {
            let c = json!({"id": id, "object": "chat.completion.chunk", "created": created, "model": model, "system_fingerprint": "fp_mock", "choices": [], "usage": usage_json(&prompt, pieces.len())});
            events.push(Bytes::from(format!("data: {c}\n\n")));
        }
        events.push(Bytes::from_static(b"data: [DONE]\n\n"));
        return sse_response(events, m.opts.chunk_delay_ms, m.stats.clone());
    }
    let mut v = json!({
        "id": id, "object": "chat.completion", "created": created, "model": model, "system_fingerprint": "fp_mock",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": pieces.concat(), "refusal": null}, "logprobs": null, "finish_reason": finish}],
    });
    if m.opts.usage {
        v["usage"] = usage_json(&prompt, pieces.len());
    }
    Json(v).into_response()
}

/// Tracks whether a stream ran to its end.
struct StreamWatch {
    stats: Arc<MockStats>,
    done: bool,
}

impl StreamWatch {
    fn mark_done(&mut self) {
        self.done = true;
    }
}

impl Drop for StreamWatch {
    fn drop(&mut self) {
        if !self.done {
            self.stats.cancelled_streams.fetch_add(1, Ordering::Relaxed);
        }
    }
}

fn sse_response(events: Vec<Bytes>, chunk_delay_ms: u64, stats: Arc<MockStats>) -> Response {
    let watch = StreamWatch { stats, done: false };
    let stream = futures::stream::unfold(
        (events.into_iter(), watch, true),
        move |(mut it, mut watch, first)| async move {
            let Some(ev) = it.next() else {
                watch.mark_done();
                return None;
            };
            if chunk_delay_ms > 0 && !first {
                tokio::time::sleep(Duration::from_millis(chunk_delay_ms)).await;
            }
            Some((Ok::<_, std::convert::Infallible>(ev), (it, watch, false)))
        },
    );
    let mut resp = Response::new(Body::from_stream(stream));
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    resp
}

async fn completions(State(m): State<Mock>, Json(body): Json<Value>) -> Response {
    if let Some(fail) = preamble(&m, &body).await {
        return fail;
    }
    let prompt = prompt_text(&body);
    let pieces = reply_pieces(&prompt, m.opts.chunks);
    let model = model_of(&body);
    let id = format!("cmpl-mock{}", &completion_id(&prompt)[13..]);
    if body.get("stream").and_then(Value::as_bool) == Some(true) {
        let include_usage = m.opts.usage
            && body
                .pointer("/stream_options/include_usage")
                .and_then(Value::as_bool)
                == Some(true);
        let mut events: Vec<Bytes> = pieces
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let finish = if i + 1 == pieces.len() { json!("stop") } else { Value::Null };
                let c = json!({"id": id, "object": "text_completion", "created": 1_700_000_000u64, "model": model, "choices": [{"index": 0, "text": p, "logprobs": null, "finish_reason": finish}]});
                Bytes::from(format!("data: {c}\n\n"))
            })
            .collect();
        if include_usage {
            let c = json!({"id": id, "object": "text_completion", "created": 1_700_000_000u64, "model": model, "choices": [], "usage": usage_json(&prompt, pieces.len())});
            events.push(Bytes::from(format!("data: {c}\n\n")));
        }
        events.push(Bytes::from_static(b"data: [DONE]\n\n"));
        return sse_response(events, m.opts.chunk_delay_ms, m.stats.clone());
    }
    let mut v = json!({"id": id, "object": "text_completion", "created": 1_700_000_000u64, "model": model,
        "choices": [{"index": 0, "text": pieces.concat(), "logprobs": null, "finish_reason": "stop"}]});
    if m.opts.usage {
        v["usage"] = usage_json(&prompt, pieces.len());
    }
    Json(v).into_response()
}

async fn embeddings(State(m): State<Mock>, Json(body): Json<Value>) -> Response {
    if let Some(fail) = preamble(&m, &body).await {
        return fail;
    }
    let inputs: Vec<String> = match body.get("input") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| i.to_string())
            })
            .collect(),
        _ => Vec::new(),
    };
    let dims = m.opts.embedding_dims.max(1);
    let data: Vec<Value> = inputs
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let d = Sha256::digest(text.as_bytes());
            let v: Vec<f64> = (0..dims)
                .map(|j| f64::from(d[j % d.len()]) / 127.5 - 1.0)
                .collect();
            json!({"object": "embedding", "index": i, "embedding": v})
        })
        .collect();
    let tokens: usize = inputs.iter().map(|s| prompt_tokens(s)).sum();
    let mut v = json!({"object": "list", "data": data, "model": model_of(&body)});
    if m.opts.usage {
        v["usage"] = json!({"prompt_tokens": tokens, "total_tokens": tokens});
    }
    Json(v).into_response()
}

async fn models(State(m): State<Mock>) -> Response {
    m.stats.requests.fetch_add(1, Ordering::Relaxed);
    Json(json!({"object": "list", "data": [
        {"id": "mock-model", "object": "model", "created": 1_700_000_000u64, "owned_by": "glassbox"},
        {"id": "mock-embedding", "object": "model", "created": 1_700_000_000u64, "owned_by": "glassbox"}
    ]}))
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_are_deterministic() {
        assert_eq!(reply_pieces("hello", 4), reply_pieces("hello", 4));
        assert_ne!(reply_pieces("hello", 4), reply_pieces("other prompt", 4));
        assert_eq!(reply_pieces("x", 5).len(), 5);
    }
}
