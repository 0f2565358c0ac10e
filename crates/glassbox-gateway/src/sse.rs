//! Reading an upstream's Server-Sent Events stream while it is forwarded.
//!
//! ```text
//!  upstream bytes ──> StreamTap::feed ──┬──> bytes for the client (same chunk, or the
//!  (any fragmentation)                  │     complete events minus the usage-only chunk
//!                                       │     the gateway itself asked for)
//!                                       └──> Assembly: id, model, text, tool calls,
//!                                             finish reasons, usage, first-token flag
//! ```
//!
//! The tap never holds more than one incomplete event, and never delays bytes when it
//! has nothing to strip. Must not do I/O.

use bytes::{Bytes, BytesMut};
use serde_json::{json, Value};

use crate::openai::{Endpoint, ResponseInfo, Usage};

#[derive(Debug, Clone, Default)]
struct ToolCallAcc {
    id: String,
    name: String,
    arguments: String,
}

#[derive(Debug, Clone, Default)]
struct ChoiceAcc {
    role: Option<String>,
    text: String,
    tool_calls: Vec<ToolCallAcc>,
    finish_reason: Option<String>,
}

/// The completion assembled from a stream's chunks.
#[derive(Debug, Clone, Default)]
pub struct Assembly {
    endpoint: Option<Endpoint>,
    /// `id` of the completion.
    pub id: Option<String>,
    /// `model` the upstream answered with.
    pub model: Option<String>,
    created: Option<i64>,
    choices: Vec<ChoiceAcc>,
    /// Usage from the final chunk, when the upstream sent one.
    pub usage: Option<Usage>,
    /// `data: [DONE]` was seen (or `response.completed`).
    pub done: bool,
    /// Events seen.
    pub events: u64,
    /// Content-bearing chunks seen (≈ output tokens for most servers).
    pub content_chunks: u64,
}

impl Assembly {
    fn choice(&mut self, index: usize) -> &mut ChoiceAcc {
        let index = index.min(127);
        if self.choices.len() <= index {
            self.choices.resize_with(index + 1, ChoiceAcc::default);
        }
        &mut self.choices[index]
    }

    /// Applies one parsed `data:` JSON; returns true when it carried output (a token).
    fn apply(&mut self, v: &Value) -> bool {
        if let Some(kind) = v.get("type").and_then(Value::as_str) {
            return self.apply_responses_event(kind, v);
        }
        if self.id.is_none() {
            self.id = v.get("id").and_then(Value::as_str).map(str::to_string);
        }
        if self.model.is_none() {
            self.model = v.get("model").and_then(Value::as_str).map(str::to_string);
        }
        if self.created.is_none() {
            self.created = v.get("created").and_then(Value::as_i64);
        }
        if let Some(u) = v.get("usage").and_then(Usage::from_value) {
            self.usage = Some(u);
        }
        let mut token = false;
        for c in v
            .get("choices")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let index = c.get("index").and_then(Value::as_u64).unwrap_or(0) as usize;
            let acc = self.choice(index);
            if let Some(f) = c.get("finish_reason").and_then(Value::as_str) {
                acc.finish_reason = Some(f.to_string());
            }
            if let Some(t) = c.get("text").and_then(Value::as_str) {
                token |= !t.is_empty();
                acc.text.push_str(t);
            }
            let Some(delta) = c.get("delta") else {
                continue;
            };
            if let Some(r) = delta.get("role").and_then(Value::as_str) {
                acc.role = Some(r.to_string());
            }
            if let Some(t) = delta.get("content").and_then(Value::as_str) {
                token |= !t.is_empty();
                acc.text.push_str(t);
            }
            for tc in delta
                .get("tool_calls")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default()
            {
                let i = tc
                    .get("index")
                    .and_then(Value::as_u64)
                    .unwrap_or(0)
                    .min(127) as usize;
                if acc.tool_calls.len() <= i {
                    acc.tool_calls.resize_with(i + 1, ToolCallAcc::default);
                }
                let call = &mut acc.tool_calls[i];
                if let Some(id) = tc.get("id").and_then(Value::as_str) {
                    call.id = id.to_string();
                }
                if let Some(n) = tc.pointer("/function/name").and_then(Value::as_str) {
                    call.name.push_str(n);
                }
                if let Some(a) = tc.pointer("/function/arguments").and_then(Value::as_str) {
                    token |= !a.is_empty();
                    call.arguments.push_str(a);
                }
            }
        }
        if token {
            self.content_chunks += 1;
        }
        token
    }

    fn apply_responses_event(&mut self, kind: &str, v: &Value) -> bool {
        match kind {
            "response.output_text.delta" => {
                let d = v.get("delta").and_then(Value::as_str).unwrap_or("");
                self.choice(0).text.push_str(d);
                self.content_chunks += 1;
                !d.is_empty()
            }
            "response.created"
            | "response.completed"
            | "response.incomplete"
            | "response.failed" => {
                if let Some(r) = v.get("response") {
                    self.id = r
                        .get("id")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .or(self.id.take());
                    self.model = r
                        .get("model")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .or(self.model.take());
                    if let Some(u) = r.get("usage").and_then(Usage::from_value) {
                        self.usage = Some(u);
                    }
                    if kind != "response.created" {
                        self.choice(0).finish_reason =
                            r.get("status").and_then(Value::as_str).map(str::to_string);
                        self.done = true;
                    }
                }
                false
            }
            _ => false,
        }
    }

    /// The assembled output as a [`ResponseInfo`].
    pub fn response_info(&self) -> ResponseInfo {
        let mut out = Vec::with_capacity(self.choices.len());
        let mut text = String::new();
        let mut finish_reasons = Vec::new();
        for c in &self.choices {
            let mut parts = Vec::new();
            if !c.text.is_empty() {
                parts.push(glassbox_core::semconv::text_part(&c.text));
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&c.text);
            }
            // The assembled calls in OpenAI's shape, converted like a non-streamed answer's.
            let calls: Vec<Value> = c
                .tool_calls
                .iter()
                .map(|t| json!({"id": t.id, "type": "function", "function": {"name": t.name, "arguments": t.arguments}}))
                .collect();
            parts.extend(glassbox_core::semconv::openai_tool_call_parts(
                &Value::Array(calls),
            ));
            for t in &c.tool_calls {
                text.push_str(&t.arguments);
            }
            let finish = c.finish_reason.clone().unwrap_or_default();
            if !finish.is_empty() {
                finish_reasons.push(finish.clone());
            }
            out.push(json!({"role": c.role.as_deref().unwrap_or("assistant"), "parts": parts, "finish_reason": finish}));
        }
        ResponseInfo {
            id: self.id.clone(),
            model: self.model.clone(),
            usage: self.usage,
            finish_reasons,
            output_messages: Some(Value::Array(out)),
            output_text: text,
        }
    }

    /// The equivalent non-streamed `chat.completion` body (for the response cache).
    pub fn to_chat_completion(&self) -> Value {
        let choices: Vec<Value> = self
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut message = json!({"role": c.role.as_deref().unwrap_or("assistant"), "content": c.text});
                if !c.tool_calls.is_empty() {
                    message["tool_calls"] = Value::Array(
                        c.tool_calls
                            .iter()
                            .map(|t| json!({"id": t.id, "type": "function", "function": {"name": t.name, "arguments": t.arguments}}))
                            .collect(),
                    );
                }
                json!({"index": i, "message": message, "finish_reason": c.finish_reason})
            })
            .collect();
        let mut v = json!({
            "id": self.id, "object": "chat.completion", "created": self.created.unwrap_or(0),
            "model": self.model, "choices": choices,
        });
        if let Some(u) = self.usage {
            v["usage"] = json!({
                "prompt_tokens": u.input_tokens.unwrap_or(0),
                "completion_tokens": u.output_tokens.unwrap_or(0),
                "total_tokens": u.input_tokens.unwrap_or(0) + u.output_tokens.unwrap_or(0),
            });
        }
        v
    }

    /// The endpoint this assembly reads.
    pub fn endpoint(&self) -> Option<Endpoint> {
        self.endpoint
    }
}

/// Finds the end of the first complete event in `buf`: the index just past its blank line.
fn event_end(buf: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = memchr::memchr(b'\n', &buf[from..]) {
        let nl = from + i;
        // "\n\n" or "\n\r\n" ends an event.
        match buf.get(nl + 1) {
            Some(b'\n') => return Some(nl + 2),
            Some(b'\r') if buf.get(nl + 2) == Some(&b'\n') => return Some(nl + 3),
            _ => from = nl + 1,
        }
    }
    None
}

/// The data of an event: its `data:` lines joined with `\n`.
fn event_data(event: &[u8]) -> Option<std::borrow::Cow<'_, [u8]>> {
    let mut first: Option<&[u8]> = None;
    let mut joined: Option<Vec<u8>> = None;
    for line in event.split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let Some(rest) = line.strip_prefix(b"data:") else {
            continue;
        };
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        match (&mut joined, first) {
            (Some(j), _) => {
                j.push(b'\n');
                j.extend_from_slice(rest);
            }
            (None, Some(f)) => {
                let mut j = f.to_vec();
                j.push(b'\n');
                j.extend_from_slice(rest);
                joined = Some(j);
            }
            (None, None) => first = Some(rest),
        }
    }
    match joined {
        Some(j) => Some(std::borrow::Cow::Owned(j)),
        None => first.map(std::borrow::Cow::Borrowed),
    }
}

/// True for the usage-only chunk `include_usage` adds: empty `choices`, a `usage` object.
pub fn is_usage_only(v: &Value) -> bool {
    v.get("choices")
        .and_then(Value::as_array)
        .is_some_and(Vec::is_empty)
        && v.get("usage").is_some_and(Value::is_object)
}

/// Watches an SSE stream on its way to the client.
#[derive(Debug)]
pub struct StreamTap {
    strip_usage_chunk: bool,
    pending: BytesMut,
    /// What the stream said so far.
    pub assembly: Assembly,
    /// Set by `feed` when the last chunk carried the first output token.
    saw_token: bool,
}

impl StreamTap {
    /// A tap for `endpoint`; `strip_usage_chunk` removes the usage-only chunk (the
    /// gateway asked for it, the client did not).
    pub fn new(endpoint: Endpoint, strip_usage_chunk: bool) -> Self {
        Self {
            strip_usage_chunk,
            pending: BytesMut::new(),
            assembly: Assembly {
                endpoint: Some(endpoint),
                ..Assembly::default()
            },
            saw_token: false,
        }
    }

    /// True (once per call) when the chunks fed since the last call carried output.
    pub fn take_token_seen(&mut self) -> bool {
        std::mem::take(&mut self.saw_token)
    }

    fn process_event(&mut self, event: &[u8]) -> bool {
        self.assembly.events += 1;
        let Some(data) = event_data(event) else {
            return true;
        };
        if data.as_ref() == b"[DONE]" {
            self.assembly.done = true;
            return true;
        }
        let Ok(v) = serde_json::from_slice::<Value>(&data) else {
            return true;
        };
        if self.assembly.apply(&v) {
            self.saw_token = true;
        }
        !(self.strip_usage_chunk && is_usage_only(&v))
    }

    /// Feeds upstream bytes; returns what goes to the client now.
    pub fn feed(&mut self, chunk: Bytes) -> Bytes {
        if !self.strip_usage_chunk {
            // Forward as is; parse on the side.
            self.pending.extend_from_slice(&chunk);
            while let Some(end) = event_end(&self.pending) {
                let event = self.pending.split_to(end);
                self.process_event(&event);
            }
            return chunk;
        }
        self.pending.extend_from_slice(&chunk);
        let mut out = BytesMut::new();
        while let Some(end) = event_end(&self.pending) {
            let event = self.pending.split_to(end);
            if self.process_event(&event) {
                out.extend_from_slice(&event);
            }
        }
        out.freeze()
    }

    /// End of the upstream stream: whatever incomplete event is left goes out as is.
    pub fn finish(&mut self) -> Bytes {
        let rest = self.pending.split().freeze();
        if rest.iter().any(|b| !b.is_ascii_whitespace()) {
            let keep = self.process_event(&rest);
            if self.strip_usage_chunk && !keep {
                return Bytes::new();
            }
        }
        if self.strip_usage_chunk {
            rest
        } else {
            Bytes::new()
        }
    }
}

/// Replays a cached `chat.completion` body as a chat SSE stream.
pub fn replay_chat_as_sse(completion: &Value, include_usage: bool) -> Bytes {
    let id = completion.get("id").cloned().unwrap_or(Value::Null);
    let model = completion.get("model").cloned().unwrap_or(Value::Null);
    let created = completion.get("created").cloned().unwrap_or(Value::Null);
    let chunk = |choices: Value, usage: Option<Value>| {
        let mut c = json!({"id": id, "object": "chat.completion.chunk", "created": created, "model": model, "choices": choices});
        if include_usage {
            c["usage"] = usage.unwrap_or(Value::Null);
        }
        format!("data: {c}\n\n")
    };
    let mut out = String::new();
    for (i, c) in completion
        .get("choices")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let m = c.get("message").cloned().unwrap_or(Value::Null);
        out.push_str(&chunk(json!([{"index": i, "delta": {"role": m.get("role").cloned().unwrap_or(json!("assistant")), "content": ""}, "finish_reason": null}]), None));
        let mut delta = json!({"content": m.get("content").cloned().unwrap_or(Value::Null)});
        if let Some(calls) = m.get("tool_calls").and_then(Value::as_array) {
            let indexed: Vec<Value> = calls
                .iter()
                .enumerate()
                .map(|(j, t)| {
                    let mut t = t.clone();
                    t["index"] = json!(j);
                    t
                })
                .collect();
            delta["tool_calls"] = Value::Array(indexed);
        }
        out.push_str(&chunk(
            json!([{"index": i, "delta": delta, "finish_reason": null}]),
            None,
        ));
        out.push_str(&chunk(json!([{"index": i, "delta": {}, "finish_reason": c.get("finish_reason").cloned().unwrap_or(json!("stop"))}]), None));
    }
    if include_usage {
        out.push_str(&chunk(json!([]), completion.get("usage").cloned()));
    }
    out.push_str("data: [DONE]\n\n");
    Bytes::from(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const STREAM: &str = "data: {\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}],\"usage\":null}\n\n\
data: {\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"},\"finish_reason\":null}],\"usage\":null}\n\n\
data: {\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"stop\"}],\"usage\":null}\n\n\
data: {\"id\":\"c1\",\"model\":\"m\",\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2}}\n\n\
data: [DONE]\n\n";

    #[test]
    fn strips_only_the_usage_chunk() {
        let mut tap = StreamTap::new(Endpoint::Chat, true);
        let mut out = tap.feed(Bytes::from_static(STREAM.as_bytes())).to_vec();
        out.extend_from_slice(&tap.finish());
        let out = String::from_utf8(out).unwrap();
        assert!(!out.contains("prompt_tokens"));
        assert!(out.ends_with("data: [DONE]\n\n"));
        assert_eq!(tap.assembly.usage.unwrap().output_tokens, Some(2));
        let info = tap.assembly.response_info();
        assert_eq!(info.output_text, "Hello");
        assert_eq!(info.finish_reasons, vec!["stop"]);
        assert!(tap.assembly.done);
    }

    #[test]
    fn passes_through_unchanged_when_not_stripping() {
        let mut tap = StreamTap::new(Endpoint::Chat, false);
        let (a, b) = STREAM.split_at(57);
        let mut out = tap.feed(Bytes::from(a.to_string())).to_vec();
        out.extend_from_slice(&tap.feed(Bytes::from(b.to_string())));
        out.extend_from_slice(&tap.finish());
        assert_eq!(out, STREAM.as_bytes());
        assert_eq!(tap.assembly.usage.unwrap().input_tokens, Some(3));
    }

    #[test]
    fn replay_roundtrips_through_the_tap() {
        let mut tap = StreamTap::new(Endpoint::Chat, false);
        tap.feed(Bytes::from_static(STREAM.as_bytes()));
        let completion = tap.assembly.to_chat_completion();
        let replay = replay_chat_as_sse(&completion, true);
        let mut again = StreamTap::new(Endpoint::Chat, false);
        again.feed(replay);
        assert_eq!(again.assembly.response_info().output_text, "Hello");
        assert_eq!(again.assembly.usage.unwrap().output_tokens, Some(2));
    }
}
