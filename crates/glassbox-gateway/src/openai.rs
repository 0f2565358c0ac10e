//! The OpenAI wire shapes the gateway reads: what a request asks for, and what a
//! (non-streamed) response says, mapped to the GenAI semantic-convention message shape
//! `[{"role":"user","parts":[{"type":"text","content":"…"}]}]`.
//!
//! Owns reading JSON only. Must not do I/O or decide policy.

use glassbox_core::semconv::{openai_content_parts, openai_tool_call_parts, text_part};
use serde_json::{json, Map, Value};

/// Which API an endpoint belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// `POST /v1/chat/completions`.
    Chat,
    /// `POST /v1/completions`.
    Completions,
    /// `POST /v1/embeddings`.
    Embeddings,
    /// `POST /v1/responses`.
    Responses,
}

impl Endpoint {
    /// `gen_ai.operation.name`.
    pub fn operation(self) -> &'static str {
        match self {
            Endpoint::Chat | Endpoint::Responses => "chat",
            Endpoint::Completions => "text_completion",
            Endpoint::Embeddings => "embeddings",
        }
    }

    /// Path after the upstream's base URL.
    pub fn path(self) -> &'static str {
        match self {
            Endpoint::Chat => "/chat/completions",
            Endpoint::Completions => "/completions",
            Endpoint::Embeddings => "/embeddings",
            Endpoint::Responses => "/responses",
        }
    }
}

/// What a request asks for, as far as instrumentation, cache and safety care.
#[derive(Debug, Clone, Default)]
pub struct RequestInfo {
    /// `model`.
    pub model: String,
    /// `stream: true`.
    pub stream: bool,
    /// The client itself asked for `stream_options.include_usage`.
    pub client_wants_usage: bool,
    /// `temperature`.
    pub temperature: Option<f64>,
    /// `top_p`.
    pub top_p: Option<f64>,
    /// `max_tokens`, `max_completion_tokens` or `max_output_tokens`.
    pub max_tokens: Option<i64>,
    /// `safety_identifier` or `user`.
    pub user: Option<String>,
    /// Input messages in the semconv shape (system messages excluded).
    pub input_messages: Option<Value>,
    /// System / developer instructions in the semconv parts shape.
    pub system_instructions: Option<Value>,
    /// Text of the non-system input, for safety rules and local token counts.
    pub prompt_text: String,
    /// `response_format` (Chat) or `text.format` (Responses), in the Chat shape.
    pub response_format: Option<Value>,
}

/// The requested output format in the Chat Completions shape: `response_format`, or the
/// Responses API's `text.format` (`{"type": "json_schema", "schema": …}`) rewritten to it.
fn response_format(body: &serde_json::Map<String, Value>) -> Option<Value> {
    if let Some(f) = body.get("response_format").filter(|f| f.is_object()) {
        return Some(f.clone());
    }
    let f = body.get("text")?.get("format")?;
    match f.get("type").and_then(Value::as_str) {
        Some("json_schema") => Some(serde_json::json!({
            "type": "json_schema",
            "json_schema": {"name": f.get("name"), "schema": f.get("schema")},
        })),
        Some(_) => Some(f.clone()),
        None => None,
    }
}

/// Text of an OpenAI `content` (a string or an array of typed parts).
fn content_text(content: &Value, out: &mut String) {
    match content {
        Value::String(s) => push_line(out, s),
        Value::Array(parts) => {
            for p in parts {
                if let Some(t) = p.get("text").and_then(Value::as_str) {
                    push_line(out, t);
                } else if let Some(s) = p.as_str() {
                    push_line(out, s);
                }
            }
        }
        _ => {}
    }
}

fn push_line(out: &mut String, s: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(s);
}

fn is_system(role: &str) -> bool {
    role == "system" || role == "developer"
}

/// Reads a chat-style `messages` array (chat completions, and the Responses API's `input`).
fn read_messages(messages: &[Value], info: &mut RequestInfo) {
    let mut input = Vec::with_capacity(messages.len());
    let mut system = Vec::new();
    for m in messages {
        let role = m.get("role").and_then(Value::as_str).unwrap_or("user");
        let content = m.get("content").unwrap_or(&Value::Null);
        if is_system(role) {
            system.extend(openai_content_parts(content));
            continue;
        }
        content_text(content, &mut info.prompt_text);
        let mut parts = if role == "tool" {
            vec![json!({
                "type": "tool_call_response",
                "id": m.get("tool_call_id").cloned().unwrap_or(Value::Null),
                "response": content.clone(),
            })]
        } else {
            openai_content_parts(content)
        };
        if let Some(calls) = m.get("tool_calls") {
            parts.extend(openai_tool_call_parts(calls));
        }
        input.push(json!({"role": role, "parts": parts}));
    }
    info.input_messages = Some(Value::Array(input));
    if !system.is_empty() {
        info.system_instructions = Some(Value::Array(system));
    }
}

/// Reads a string-or-array-of-strings input (`prompt`, embeddings `input`).
fn read_plain_input(input: &Value, info: &mut RequestInfo) {
    let mut parts = Vec::new();
    match input {
        Value::String(s) => {
            push_line(&mut info.prompt_text, s);
            parts.push(text_part(s));
        }
        Value::Array(items) => {
            for i in items {
                if let Some(s) = i.as_str() {
                    push_line(&mut info.prompt_text, s);
                    parts.push(text_part(s));
                }
            }
        }
        _ => {}
    }
    info.input_messages = Some(json!([{"role": "user", "parts": parts}]));
}

/// Reads a request body. Errors name what is missing, for a 400.
pub fn read_request(endpoint: Endpoint, body: &Map<String, Value>) -> Result<RequestInfo, String> {
    let model = body
        .get("model")
        .and_then(Value::as_str)
        .ok_or("you must provide a model parameter")?;
    let mut info = RequestInfo {
        model: model.to_string(),
        stream: body.get("stream").and_then(Value::as_bool).unwrap_or(false),
        client_wants_usage: body
            .get("stream_options")
            .and_then(|o| o.get("include_usage"))
            .and_then(Value::as_bool)
            .unwrap_or(false),
        temperature: body.get("temperature").and_then(Value::as_f64),
        top_p: body.get("top_p").and_then(Value::as_f64),
        max_tokens: ["max_tokens", "max_completion_tokens", "max_output_tokens"]
            .iter()
            .find_map(|k| body.get(*k).and_then(Value::as_i64)),
        user: ["safety_identifier", "user"]
            .iter()
            .find_map(|k| body.get(*k).and_then(Value::as_str))
            .map(str::to_string),
        response_format: response_format(body),
        ..RequestInfo::default()
    };
    match endpoint {
        Endpoint::Chat => {
            let messages = body
                .get("messages")
                .and_then(Value::as_array)
                .ok_or("'messages' must be an array")?;
            read_messages(messages, &mut info);
        }
        Endpoint::Completions => {
            read_plain_input(body.get("prompt").unwrap_or(&Value::Null), &mut info)
        }
        Endpoint::Embeddings => {
            let input = body.get("input").ok_or("'input' is required")?;
            read_plain_input(input, &mut info);
        }
        Endpoint::Responses => {
            match body.get("input") {
                Some(Value::Array(items)) => read_messages(items, &mut info),
                Some(other) => read_plain_input(other, &mut info),
                None => {}
            }
            if let Some(instr) = body.get("instructions").and_then(Value::as_str) {
                info.system_instructions = Some(json!([text_part(instr)]));
            }
        }
    }
    Ok(info)
}

/// Token usage, from whichever field names the upstream used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Prompt / input tokens.
    pub input_tokens: Option<i64>,
    /// Completion / output tokens.
    pub output_tokens: Option<i64>,
    /// Cached input tokens.
    pub cached_input_tokens: Option<i64>,
    /// Reasoning tokens.
    pub reasoning_tokens: Option<i64>,
}

impl Usage {
    /// Reads a `usage` object (chat, completions, embeddings and Responses API names).
    pub fn from_value(u: &Value) -> Option<Usage> {
        if !u.is_object() {
            return None;
        }
        let int = |keys: &[&str]| {
            keys.iter()
                .find_map(|k| u.pointer(k).and_then(Value::as_i64))
        };
        Some(Usage {
            input_tokens: int(&["/prompt_tokens", "/input_tokens"]),
            output_tokens: int(&["/completion_tokens", "/output_tokens"]),
            cached_input_tokens: int(&[
                "/prompt_tokens_details/cached_tokens",
                "/input_tokens_details/cached_tokens",
            ]),
            reasoning_tokens: int(&[
                "/completion_tokens_details/reasoning_tokens",
                "/output_tokens_details/reasoning_tokens",
            ]),
        })
    }
}

/// What a response says, for the record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResponseInfo {
    /// `id`.
    pub id: Option<String>,
    /// `model` the upstream answered with.
    pub model: Option<String>,
    /// Usage.
    pub usage: Option<Usage>,
    /// Finish reasons, one per choice.
    pub finish_reasons: Vec<String>,
    /// Output messages in the semconv shape.
    pub output_messages: Option<Value>,
    /// Output text, for local token counts.
    pub output_text: String,
}

/// Reads a complete (non-streamed) response body.
pub fn read_response(endpoint: Endpoint, v: &Value) -> ResponseInfo {
    let mut info = ResponseInfo {
        id: v.get("id").and_then(Value::as_str).map(str::to_string),
        model: v.get("model").and_then(Value::as_str).map(str::to_string),
        usage: v.get("usage").and_then(Usage::from_value),
        ..ResponseInfo::default()
    };
    match endpoint {
        Endpoint::Chat | Endpoint::Completions => {
            let mut out = Vec::new();
            for c in v
                .get("choices")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default()
            {
                let finish = c.get("finish_reason").and_then(Value::as_str).unwrap_or("");
                if !finish.is_empty() {
                    info.finish_reasons.push(finish.to_string());
                }
                let (role, mut parts) = match c.get("message") {
                    Some(m) => {
                        let content = m.get("content").unwrap_or(&Value::Null);
                        content_text(content, &mut info.output_text);
                        let mut parts = openai_content_parts(content);
                        if let Some(calls) = m.get("tool_calls") {
                            parts.extend(openai_tool_call_parts(calls));
                        }
                        (
                            m.get("role").and_then(Value::as_str).unwrap_or("assistant"),
                            parts,
                        )
                    }
                    None => {
                        let text = c.get("text").and_then(Value::as_str).unwrap_or("");
                        push_line(&mut info.output_text, text);
                        ("assistant", vec![text_part(text)])
                    }
                };
                parts.retain(|p| !p.is_null());
                out.push(json!({"role": role, "parts": parts, "finish_reason": finish}));
            }
            info.output_messages = Some(Value::Array(out));
        }
        Endpoint::Responses => {
            let mut parts = Vec::new();
            for item in v
                .get("output")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default()
            {
                for c in item
                    .get("content")
                    .and_then(Value::as_array)
                    .map(Vec::as_slice)
                    .unwrap_or_default()
                {
                    if let Some(t) = c.get("text").and_then(Value::as_str) {
                        push_line(&mut info.output_text, t);
                        parts.push(text_part(t));
                    }
                }
            }
            if let Some(status) = v.get("status").and_then(Value::as_str) {
                info.finish_reasons.push(status.to_string());
            }
            info.output_messages = Some(json!([{"role": "assistant", "parts": parts}]));
        }
        Endpoint::Embeddings => {}
    }
    info
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// One OpenAI call, arriving through the gateway or as an OTLP span whose
    /// instrumentation recorded the OpenAI messages: the same semantic-convention
    /// messages either way (tool-call arguments parsed, media without inline data).
    #[test]
    fn gateway_and_otlp_convert_openai_messages_alike() {
        let messages = json!([
            {"role": "user", "content": [
                {"type": "text", "text": "What is in this picture, and the weather in Paris?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
                {"type": "image_url", "image_url": {"url": "https://img.example.com/cat.png"}}
            ]},
            {"role": "assistant", "content": null, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
                {"id": "call_2", "type": "function", "function": {"name": "echo", "arguments": "not json"}}
            ]},
            {"role": "tool", "tool_call_id": "call_1", "content": "18C, cloudy"}
        ]);
        let body = json!({"model": "gpt-4o", "messages": messages});
        let gateway = read_request(Endpoint::Chat, body.as_object().unwrap())
            .unwrap()
            .input_messages
            .unwrap();
        let mut attrs = glassbox_core::Attributes::new();
        attrs.insert(
            "gen_ai.input.messages".into(),
            glassbox_core::AttrValue::Str(messages.to_string()),
        );
        attrs.insert(
            "gen_ai.request.model".into(),
            glassbox_core::AttrValue::Str("gpt-4o".into()),
        );
        let otlp = glassbox_core::semconv::normalize("chat gpt-4o", &attrs, &[])
            .unwrap()
            .input_messages
            .unwrap();
        assert_eq!(gateway, otlp);
        let call = &gateway[1]["parts"][0];
        assert_eq!(call["arguments"], json!({"city": "Paris"}));
        assert_eq!(gateway[1]["parts"][1]["arguments"], json!("not json"));
        assert_eq!(
            gateway[0]["parts"][1],
            json!({"type": "blob", "modality": "image", "mime_type": "image/png"})
        );
        assert_eq!(
            gateway[0]["parts"][2]["uri"],
            "https://img.example.com/cat.png"
        );
        assert_eq!(gateway[2]["parts"][0]["type"], "tool_call_response");

        // The answer: a non-streamed response and the assembled stream agree too.
        let answer = json!({"choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": null, "tool_calls": [
                {"id": "call_9", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}}]}}]});
        let out = read_response(Endpoint::Chat, &answer)
            .output_messages
            .unwrap();
        assert_eq!(out[0]["parts"][0]["arguments"], json!({"city": "Oslo"}));
    }

    #[test]
    fn chat_request_to_semconv() {
        let body = json!({
            "model": "gpt-4o-mini", "temperature": 0, "max_completion_tokens": 50, "user": "u-1",
            "stream": true, "stream_options": {"include_usage": true},
            "messages": [
                {"role": "system", "content": "be brief"},
                {"role": "user", "content": [{"type": "text", "text": "hi"}, {"type": "image_url", "image_url": {"url": "x"}}]},
                {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
                {"role": "tool", "tool_call_id": "c1", "content": "42"}
            ]
        });
        let info = read_request(Endpoint::Chat, body.as_object().unwrap()).unwrap();
        assert_eq!(info.model, "gpt-4o-mini");
        assert!(info.stream && info.client_wants_usage);
        assert_eq!(info.temperature, Some(0.0));
        assert_eq!(info.max_tokens, Some(50));
        assert_eq!(info.user.as_deref(), Some("u-1"));
        assert_eq!(
            info.system_instructions.unwrap(),
            json!([{"type": "text", "content": "be brief"}])
        );
        let input = info.input_messages.unwrap();
        assert_eq!(
            input[0],
            json!({"role": "user", "parts": [{"type": "text", "content": "hi"}, {"type": "uri", "modality": "image", "uri": "x"}]})
        );
        assert_eq!(input[1]["parts"][0]["name"], "f");
        assert_eq!(input[2]["parts"][0]["type"], "tool_call_response");
        assert_eq!(info.prompt_text, "hi\n42");
        assert!(
            read_request(Endpoint::Chat, json!({"messages": []}).as_object().unwrap()).is_err()
        );
    }

    #[test]
    fn chat_response_reading() {
        let v = json!({"id": "chatcmpl-1", "model": "gpt-4o-mini-2024", "choices": [{"index": 0, "message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 1, "prompt_tokens_details": {"cached_tokens": 2}}});
        let r = read_response(Endpoint::Chat, &v);
        assert_eq!(r.model.as_deref(), Some("gpt-4o-mini-2024"));
        assert_eq!(r.finish_reasons, vec!["stop"]);
        assert_eq!(
            r.usage.unwrap(),
            Usage {
                input_tokens: Some(5),
                output_tokens: Some(1),
                cached_input_tokens: Some(2),
                reasoning_tokens: None
            }
        );
        assert_eq!(
            r.output_messages.unwrap()[0]["parts"][0]["content"],
            "hello"
        );
    }
}
