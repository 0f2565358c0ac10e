//! GenAI semantic-convention normalization (OpenTelemetry GenAI v1.41 canonical names;
//! deprecated `gen_ai.*`, OpenInference `llm.*` and OpenLLMetry aliases folded in).
//!
//! ```text
//!   span name + attributes + events ─> canonical gen_ai.* first
//!                                   ─> deprecated gen_ai.* names and message events
//!                                   ─> OpenInference (llm.*, openinference.span.kind)
//!                                   ─> OpenLLMetry (gen_ai.prompt.N.*, llm.*, traceloop.*)
//!                                   ─> GenAi (None when nothing GenAI was found)
//! ```
//!
//! The first source that has a field wins, in the order above. Messages are rewritten into
//! the semconv message shape `[{"role":"user","parts":[{"type":"text","content":"…"}]}]`.
//! The span's raw attributes are never touched: this only reads them.

use serde_json::{json, Map, Value};

use crate::model::{AttrValue, Attributes, GenAi, SpanEvent};

/// Canonical v1.41 attribute names.
pub mod keys {
    /// Operation (chat, embeddings, execute_tool, invoke_agent…).
    pub const OPERATION_NAME: &str = "gen_ai.operation.name";
    /// Provider (openai, anthropic, aws.bedrock…).
    pub const PROVIDER_NAME: &str = "gen_ai.provider.name";
    /// Requested model.
    pub const REQUEST_MODEL: &str = "gen_ai.request.model";
    /// Model that answered.
    pub const RESPONSE_MODEL: &str = "gen_ai.response.model";
    /// Provider's response id.
    pub const RESPONSE_ID: &str = "gen_ai.response.id";
    /// Sampling temperature.
    pub const REQUEST_TEMPERATURE: &str = "gen_ai.request.temperature";
    /// Nucleus sampling.
    pub const REQUEST_TOP_P: &str = "gen_ai.request.top_p";
    /// Token cap.
    pub const REQUEST_MAX_TOKENS: &str = "gen_ai.request.max_tokens";
    /// Prompt tokens.
    pub const USAGE_INPUT_TOKENS: &str = "gen_ai.usage.input_tokens";
    /// Completion tokens.
    pub const USAGE_OUTPUT_TOKENS: &str = "gen_ai.usage.output_tokens";
    /// Prompt tokens served from the provider's cache.
    pub const USAGE_CACHE_READ_INPUT_TOKENS: &str = "gen_ai.usage.cache_read.input_tokens";
    /// Reasoning tokens.
    pub const USAGE_REASONING_OUTPUT_TOKENS: &str = "gen_ai.usage.reasoning.output_tokens";
    /// Why generation stopped, one per choice.
    pub const RESPONSE_FINISH_REASONS: &str = "gen_ai.response.finish_reasons";
    /// Conversation (thread) id.
    pub const CONVERSATION_ID: &str = "gen_ai.conversation.id";
    /// Agent name.
    pub const AGENT_NAME: &str = "gen_ai.agent.name";
    /// Tool name.
    pub const TOOL_NAME: &str = "gen_ai.tool.name";
    /// Tool call id.
    pub const TOOL_CALL_ID: &str = "gen_ai.tool.call.id";
    /// System prompt(s).
    pub const SYSTEM_INSTRUCTIONS: &str = "gen_ai.system_instructions";
    /// Chat history sent to the model.
    pub const INPUT_MESSAGES: &str = "gen_ai.input.messages";
    /// Messages the model returned.
    pub const OUTPUT_MESSAGES: &str = "gen_ai.output.messages";
    /// Time to first chunk of a streamed response, seconds.
    pub const RESPONSE_TIME_TO_FIRST_CHUNK: &str = "gen_ai.response.time_to_first_chunk";
}

/// Puts back the messages of a stored span whose record leaves them to its attributes
/// (`GenAi::messages_from_attributes`).
pub fn fill_messages(span: &mut crate::Span) {
    let Some(g) = span.gen_ai.as_mut().filter(|g| g.messages_from_attributes) else {
        return;
    };
    if let Some(derived) = normalize(&span.name, &span.attributes, &span.events) {
        g.input_messages = derived.input_messages;
        g.output_messages = derived.output_messages;
        g.system_instructions = derived.system_instructions;
    }
}

/// The normalized GenAI view of a span, or `None` when the span has nothing GenAI.
pub fn normalize(span_name: &str, attrs: &Attributes, events: &[SpanEvent]) -> Option<GenAi> {
    let a = Reader(attrs);
    let invocation = a.json_object("llm.invocation_parameters");
    let inv = |k: &str| invocation.as_ref().and_then(|o| o.get(k));
    let oi_kind = a
        .str("openinference.span.kind")
        .map(str::to_ascii_uppercase);
    let tl_kind = a.str("traceloop.span.kind").map(str::to_ascii_lowercase);
    let entity = a.str("traceloop.entity.name");

    let mut g = GenAi {
        operation: a
            .str(keys::OPERATION_NAME)
            .map(str::to_string)
            .or_else(|| oi_kind.as_deref().and_then(openinference_operation))
            .or_else(|| a.str("llm.request.type").and_then(request_type_operation))
            .or_else(|| tl_kind.as_deref().and_then(traceloop_operation)),
        provider: a
            .first_str(&[
                keys::PROVIDER_NAME,
                "gen_ai.system",
                "llm.provider",
                "llm.system",
            ])
            .map(str::to_ascii_lowercase),
        request_model: a
            .first_str(&[keys::REQUEST_MODEL, "llm.request.model"])
            .map(str::to_string)
            .or_else(|| inv("model").and_then(Value::as_str).map(str::to_string))
            .or_else(|| a.str("llm.model_name").map(str::to_string)),
        response_model: a
            .first_str(&[keys::RESPONSE_MODEL, "llm.response.model", "llm.model_name"])
            .map(str::to_string),
        response_id: a.str(keys::RESPONSE_ID).map(str::to_string),
        temperature: a
            .first_f64(&[
                keys::REQUEST_TEMPERATURE,
                "llm.request.temperature",
                "llm.temperature",
            ])
            .or_else(|| inv("temperature").and_then(Value::as_f64)),
        top_p: a
            .first_f64(&[keys::REQUEST_TOP_P, "llm.request.top_p", "llm.top_p"])
            .or_else(|| inv("top_p").and_then(Value::as_f64)),
        max_tokens: a
            .first_i64(&[
                keys::REQUEST_MAX_TOKENS,
                "llm.request.max_tokens",
                "llm.max_tokens",
            ])
            .or_else(|| {
                ["max_tokens", "max_completion_tokens", "max_output_tokens"]
                    .iter()
                    .find_map(|k| inv(k).and_then(Value::as_i64))
            }),
        input_tokens: a.first_i64(&[
            keys::USAGE_INPUT_TOKENS,
            "gen_ai.usage.prompt_tokens",
            "llm.usage.prompt_tokens",
            "llm.token_count.prompt",
        ]),
        output_tokens: a.first_i64(&[
            keys::USAGE_OUTPUT_TOKENS,
            "gen_ai.usage.completion_tokens",
            "llm.usage.completion_tokens",
            "llm.token_count.completion",
        ]),
        cached_input_tokens: a.first_i64(&[
            keys::USAGE_CACHE_READ_INPUT_TOKENS,
            "gen_ai.usage.cache_read_input_tokens",
            "llm.token_count.prompt_details.cache_read",
        ]),
        reasoning_tokens: a.first_i64(&[
            keys::USAGE_REASONING_OUTPUT_TOKENS,
            "gen_ai.usage.reasoning_tokens",
            "llm.token_count.completion_details.reasoning",
        ]),
        time_to_first_token_ns: time_to_first_token_ns(&a),
        finish_reasons: finish_reasons(&a),
        conversation_id: a.str(keys::CONVERSATION_ID).map(str::to_string),
        agent_name: a
            .str(keys::AGENT_NAME)
            .or_else(|| {
                (tl_kind.as_deref() == Some("agent"))
                    .then_some(entity)
                    .flatten()
            })
            .or_else(|| {
                (oi_kind.as_deref() == Some("AGENT"))
                    .then_some(span_name)
                    .filter(|n| !n.is_empty())
            })
            .map(str::to_string),
        tool_name: a
            .first_str(&[keys::TOOL_NAME, "tool.name"])
            .or_else(|| {
                (tl_kind.as_deref() == Some("tool"))
                    .then_some(entity)
                    .flatten()
            })
            .map(str::to_string),
        tool_call_id: a
            .first_str(&[keys::TOOL_CALL_ID, "tool_call.id"])
            .map(str::to_string),
        system_instructions: a.get(keys::SYSTEM_INSTRUCTIONS).map(attr_json),
        input_messages: input_messages(&a, oi_kind.as_deref(), events),
        output_messages: output_messages(&a, events),
        ..GenAi::default()
    };

    // Only a total is sometimes given (OpenLLMetry's `llm.usage.total_tokens`).
    if g.input_tokens.is_none() {
        if let (Some(total), Some(out)) = (
            a.first_i64(&["llm.usage.total_tokens", "gen_ai.usage.total_tokens"]),
            g.output_tokens,
        ) {
            g.input_tokens = Some(total.saturating_sub(out));
        }
    }
    if g.finish_reasons.is_empty() {
        g.finish_reasons = message_finish_reasons(g.output_messages.as_ref());
    }
    attach_finish_reasons(&mut g);
    (!g.is_empty()).then_some(g)
}

fn openinference_operation(kind: &str) -> Option<String> {
    Some(
        match kind {
            "LLM" => "chat",
            "EMBEDDING" => "embeddings",
            "TOOL" => "execute_tool",
            "AGENT" => "invoke_agent",
            "RETRIEVER" => "retrieval",
            "CHAIN" => "invoke_workflow",
            _ => return None,
        }
        .to_string(),
    )
}

fn request_type_operation(t: &str) -> Option<String> {
    Some(
        match t.to_ascii_lowercase().as_str() {
            "chat" => "chat",
            "completion" => "text_completion",
            "embedding" | "embeddings" => "embeddings",
            _ => return None,
        }
        .to_string(),
    )
}

fn traceloop_operation(kind: &str) -> Option<String> {
    Some(
        match kind {
            "agent" => "invoke_agent",
            "tool" => "execute_tool",
            "workflow" => "invoke_workflow",
            _ => return None,
        }
        .to_string(),
    )
}

/// Time to first token: semconv names are in seconds; `_ms`/`_ns` suffixes say otherwise.
fn time_to_first_token_ns(a: &Reader<'_>) -> Option<u64> {
    const SECONDS: &[&str] = &[
        keys::RESPONSE_TIME_TO_FIRST_CHUNK,
        "gen_ai.server.time_to_first_token",
        "gen_ai.response.time_to_first_token",
        "llm.ttft",
        "llm.time_to_first_token",
    ];
    const MILLIS: &[&str] = &[
        "llm.ttft_ms",
        "gen_ai.response.time_to_first_token_ms",
        "ttft_ms",
    ];
    const NANOS: &[&str] = &["llm.ttft_ns", "ttft_ns"];
    let to_ns =
        |v: f64, scale: f64| (v.is_finite() && v >= 0.0).then(|| (v * scale).round() as u64);
    a.first_f64(SECONDS)
        .and_then(|s| to_ns(s, 1e9))
        .or_else(|| a.first_f64(MILLIS).and_then(|ms| to_ns(ms, 1e6)))
        .or_else(|| a.first_f64(NANOS).and_then(|ns| to_ns(ns, 1.0)))
}

fn finish_reasons(a: &Reader<'_>) -> Vec<String> {
    match a
        .get(keys::RESPONSE_FINISH_REASONS)
        .or_else(|| a.get("llm.finish_reason"))
    {
        Some(AttrValue::Array(items)) => items.iter().map(AttrValue::to_display_string).collect(),
        Some(AttrValue::Str(s)) => match serde_json::from_str::<Vec<String>>(s) {
            Ok(list) => list,
            Err(_) => vec![s.clone()],
        },
        Some(other) => vec![other.to_display_string()],
        None => {
            let mut out = Vec::new();
            for i in 0.. {
                match a.str(&format!("gen_ai.completion.{i}.finish_reason")) {
                    Some(r) => out.push(r.to_string()),
                    None => break,
                }
            }
            out
        }
    }
}

fn message_finish_reasons(messages: Option<&Value>) -> Vec<String> {
    messages
        .and_then(Value::as_array)
        .map(|ms| {
            ms.iter()
                .filter_map(|m| m.get("finish_reason")?.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Gives each output message its finish reason when the sender only listed them apart.
fn attach_finish_reasons(g: &mut GenAi) {
    let reasons = g.finish_reasons.clone();
    if let Some(Value::Array(messages)) = g.output_messages.as_mut() {
        if messages.len() == reasons.len() {
            for (m, r) in messages.iter_mut().zip(reasons) {
                if let Value::Object(o) = m {
                    o.entry("finish_reason").or_insert(Value::String(r));
                }
            }
        }
    }
}

// ---- messages -------------------------------------------------------------------------

fn input_messages(a: &Reader<'_>, oi_kind: Option<&str>, events: &[SpanEvent]) -> Option<Value> {
    if let Some(v) = a.get(keys::INPUT_MESSAGES) {
        return Some(messages_json(attr_json(v)));
    }
    if let Some(ms) = indexed_messages(a, "llm.input_messages", ".message") {
        return Some(ms);
    }
    if let Some(ms) = indexed_messages(a, "gen_ai.prompt", "") {
        return Some(ms);
    }
    if let Some(v) = a.get("gen_ai.prompt") {
        return Some(text_or_messages(v, "user"));
    }
    if let Some(ms) = event_messages(events, true) {
        return Some(ms);
    }
    // OpenInference's raw request body, as a last resort on model spans.
    if oi_kind == Some("LLM") {
        if let Some(body) = a.json_object("input.value") {
            if let Some(Value::Array(ms)) = body.get("messages") {
                return Some(messages_json(Value::Array(ms.clone())));
            }
        }
    }
    None
}

fn output_messages(a: &Reader<'_>, events: &[SpanEvent]) -> Option<Value> {
    if let Some(v) = a.get(keys::OUTPUT_MESSAGES) {
        return Some(messages_json(attr_json(v)));
    }
    if let Some(ms) = indexed_messages(a, "llm.output_messages", ".message") {
        return Some(ms);
    }
    if let Some(ms) = indexed_messages(a, "gen_ai.completion", "") {
        return Some(ms);
    }
    if let Some(v) = a.get("gen_ai.completion") {
        return Some(text_or_messages(v, "assistant"));
    }
    event_messages(events, false)
}

/// Flattened messages: `{prefix}.{N}{infix}.role` / `.content` (OpenInference uses
/// `llm.input_messages.0.message.role`, OpenLLMetry `gen_ai.prompt.0.role`).
fn indexed_messages(a: &Reader<'_>, prefix: &str, infix: &str) -> Option<Value> {
    // Most spans carry no such keys: one ordered look-up says so before any key is built.
    if !a.has_key_starting(&format!("{prefix}.0")) {
        return None;
    }
    let mut out = Vec::new();
    for i in 0.. {
        let base = format!("{prefix}.{i}{infix}");
        let role = a.str(&format!("{base}.role"));
        let content = a.get(&format!("{base}.content"));
        let tool_calls = tool_call_parts(a, &base);
        if role.is_none() && content.is_none() && tool_calls.is_empty() {
            break;
        }
        let mut parts = Vec::new();
        match content {
            Some(AttrValue::Str(s)) => parts.push(text_part(s)),
            Some(other) => parts.extend(openai_content_parts(&attr_json(other))),
            None => {
                // OpenInference multi-part content: `.contents.M.message_content.text`.
                for m in 0.. {
                    match a.str(&format!("{base}.contents.{m}.message_content.text")) {
                        Some(t) => parts.push(text_part(t)),
                        None => break,
                    }
                }
            }
        }
        parts.extend(tool_calls);
        let mut msg = Map::new();
        msg.insert("role".into(), json!(role.unwrap_or("user")));
        msg.insert("parts".into(), Value::Array(parts));
        if let Some(r) = a.str(&format!("{base}.finish_reason")) {
            msg.insert("finish_reason".into(), json!(r));
        }
        out.push(Value::Object(msg));
    }
    (!out.is_empty()).then_some(Value::Array(out))
}

fn tool_call_parts(a: &Reader<'_>, base: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for j in 0.. {
        // OpenInference: `.tool_calls.J.tool_call.function.name`; OpenLLMetry: `.tool_calls.J.name`.
        let oi = format!("{base}.tool_calls.{j}.tool_call");
        let tl = format!("{base}.tool_calls.{j}");
        let name = a
            .str(&format!("{oi}.function.name"))
            .or_else(|| a.str(&format!("{tl}.name")));
        let Some(name) = name else { break };
        let args = a
            .str(&format!("{oi}.function.arguments"))
            .or_else(|| a.str(&format!("{tl}.arguments")))
            .map(|s| serde_json::from_str(s).unwrap_or_else(|_| json!(s)));
        let id = a
            .str(&format!("{oi}.id"))
            .or_else(|| a.str(&format!("{tl}.id")));
        let mut part = json!({ "type": "tool_call", "name": name });
        if let Value::Object(p) = &mut part {
            if let Some(id) = id {
                p.insert("id".into(), json!(id));
            }
            if let Some(args) = args {
                p.insert("arguments".into(), args);
            }
        }
        out.push(part);
    }
    out
}

/// Deprecated message events on the span (`gen_ai.user.message`, `gen_ai.choice`, …), the
/// v1.26 `gen_ai.content.prompt`/`completion` events, and the v1.41
/// `gen_ai.client.inference.operation.details` event.
fn event_messages(events: &[SpanEvent], input: bool) -> Option<Value> {
    let mut out = Vec::new();
    for e in events {
        let ea = Reader(&e.attributes);
        let role = match (e.name.as_str(), input) {
            ("gen_ai.client.inference.operation.details", _) => {
                let key = if input {
                    keys::INPUT_MESSAGES
                } else {
                    keys::OUTPUT_MESSAGES
                };
                if let Some(v) = ea.get(key) {
                    return Some(messages_json(attr_json(v)));
                }
                continue;
            }
            ("gen_ai.content.prompt", true) => {
                if let Some(v) = ea.get("gen_ai.prompt") {
                    return Some(text_or_messages(v, "user"));
                }
                continue;
            }
            ("gen_ai.content.completion", false) => {
                if let Some(v) = ea.get("gen_ai.completion") {
                    return Some(text_or_messages(v, "assistant"));
                }
                continue;
            }
            ("gen_ai.system.message", true) => "system",
            ("gen_ai.user.message", true) => "user",
            ("gen_ai.assistant.message", true) => "assistant",
            ("gen_ai.tool.message", true) => "tool",
            ("gen_ai.choice", false) => "assistant",
            _ => continue,
        };
        // The body of these events is `{content, tool_calls, id}` (or `{message: …}` for
        // a choice); on span events SDKs flatten it into attributes.
        let mut body = Map::new();
        for (k, v) in &e.attributes {
            body.insert(k.clone(), attr_json(v));
        }
        if let Some(Value::Object(m)) = body.remove("message") {
            body.extend(m);
        }
        if let Some(m) = ea.json_object("gen_ai.event.content") {
            body.extend(m);
        }
        body.entry("role").or_insert_with(|| json!(role));
        out.push(message_json(Value::Object(body)));
    }
    (!out.is_empty()).then_some(Value::Array(out))
}

/// A deprecated `gen_ai.prompt`/`gen_ai.completion` value: a JSON list of messages, or
/// plain text from one `role`.
fn text_or_messages(v: &AttrValue, role: &str) -> Value {
    match attr_json(v) {
        Value::Array(ms) => messages_json(Value::Array(ms)),
        Value::Object(m) => messages_json(Value::Array(vec![Value::Object(m)])),
        Value::String(s) => json!([{ "role": role, "parts": [text_part(&s)] }]),
        other => json!([{ "role": role, "parts": [text_part(&other.to_string())] }]),
    }
}

/// A list of messages in any of the known shapes → semconv shape.
fn messages_json(v: Value) -> Value {
    match v {
        Value::Array(ms) => Value::Array(ms.into_iter().map(message_json).collect()),
        other => other,
    }
}

/// One message → `{"role", "parts": [...]}` (+ `finish_reason`, `name` kept). Messages that
/// already have `parts` pass unchanged; OpenAI-style `content`/`tool_calls` are rewritten.
fn message_json(v: Value) -> Value {
    let Value::Object(mut m) = v else {
        return v;
    };
    if m.contains_key("parts") {
        return Value::Object(m);
    }
    let mut out = Map::new();
    let role = m.remove("role").unwrap_or_else(|| json!("user"));
    out.insert("role".into(), role.clone());
    let mut parts = Vec::new();
    let tool_call_id = m.remove("tool_call_id").or_else(|| m.remove("id"));
    match m.remove("content") {
        Some(content) if role == "tool" => {
            let mut part = json!({ "type": "tool_call_response", "response": content });
            if let (Value::Object(p), Some(id)) = (&mut part, tool_call_id) {
                p.insert("id".into(), id);
            }
            parts.push(part);
        }
        Some(content) => parts.extend(openai_content_parts(&content)),
        None => {}
    }
    if let Some(calls) = m.remove("tool_calls") {
        parts.extend(openai_tool_call_parts(&calls));
    }
    out.insert("parts".into(), Value::Array(parts));
    for key in ["finish_reason", "name"] {
        if let Some(v) = m.remove(key) {
            out.insert(key.into(), v);
        }
    }
    Value::Object(out)
}

/// OpenAI `content` (a string, or a list of typed parts: `text`, `input_text`,
/// `image_url`, `input_audio`, …) → semantic-convention parts. Text stays text; media
/// become `uri` parts (an `https:` image) or `blob` parts with their modality and MIME
/// type but without the inline data. The gateway and the OTLP normalizer both use this,
/// so a call looks the same however it arrived.
pub fn openai_content_parts(content: &Value) -> Vec<Value> {
    match content {
        Value::String(s) => vec![text_part(s)],
        Value::Array(items) => items.iter().map(openai_part).collect(),
        Value::Null => Vec::new(),
        other => vec![text_part(&other.to_string())],
    }
}

fn openai_part(item: &Value) -> Value {
    let Value::Object(o) = item else {
        return match item {
            Value::String(s) => text_part(s),
            other => text_part(&other.to_string()),
        };
    };
    if let Some(t) = o
        .get("text")
        .or_else(|| o.get("content"))
        .and_then(Value::as_str)
    {
        return text_part(t);
    }
    let ty = o.get("type").and_then(Value::as_str).unwrap_or("blob");
    let url = o
        .get("image_url")
        .and_then(|u| u.get("url").or(Some(u)))
        .and_then(Value::as_str)
        .or_else(|| o.get("url").and_then(Value::as_str));
    match (ty, url) {
        ("image_url" | "input_image" | "image", Some(u)) => match u.strip_prefix("data:") {
            Some(rest) => {
                let mime = rest.split([';', ',']).next().unwrap_or("");
                json!({ "type": "blob", "modality": "image", "mime_type": mime })
            }
            None => json!({ "type": "uri", "modality": "image", "uri": u }),
        },
        ("input_audio", _) => {
            let format = o
                .get("input_audio")
                .and_then(|a| a.get("format"))
                .and_then(Value::as_str)
                .unwrap_or("");
            json!({ "type": "blob", "modality": "audio", "mime_type": format!("audio/{format}") })
        }
        _ => json!({ "type": ty }),
    }
}

/// OpenAI `tool_calls` → `tool_call` parts, arguments parsed from their JSON string
/// (kept as the string when it is not JSON).
pub fn openai_tool_call_parts(calls: &Value) -> Vec<Value> {
    let Value::Array(calls) = calls else {
        return Vec::new();
    };
    calls
        .iter()
        .map(|c| {
            let f = c.get("function");
            let name = f
                .and_then(|f| f.get("name"))
                .or_else(|| c.get("name"))
                .cloned();
            let args = f
                .and_then(|f| f.get("arguments"))
                .or_else(|| c.get("arguments"));
            let mut part = Map::new();
            part.insert("type".into(), json!("tool_call"));
            if let Some(id) = c.get("id") {
                part.insert("id".into(), id.clone());
            }
            part.insert("name".into(), name.unwrap_or(Value::Null));
            if let Some(args) = args {
                let args = match args {
                    Value::String(s) => {
                        serde_json::from_str(s).unwrap_or_else(|_| Value::String(s.clone()))
                    }
                    other => other.clone(),
                };
                part.insert("arguments".into(), args);
            }
            Value::Object(part)
        })
        .collect()
}

/// A text part.
pub fn text_part(s: &str) -> Value {
    json!({ "type": "text", "content": s })
}

/// An attribute as JSON; strings holding JSON arrays/objects are parsed.
fn attr_json(v: &AttrValue) -> Value {
    match v {
        AttrValue::Str(s) => {
            let t = s.trim_start();
            if t.starts_with('[') || t.starts_with('{') {
                if let Ok(parsed) = serde_json::from_str::<Value>(s) {
                    return parsed;
                }
            }
            Value::String(s.clone())
        }
        other => serde_json::to_value(other).unwrap_or(Value::Null),
    }
}

/// Typed reads over an attribute map.
struct Reader<'a>(&'a Attributes);

impl Reader<'_> {
    fn get(&self, key: &str) -> Option<&AttrValue> {
        self.0.get(key)
    }

    /// Whether any key starts with `prefix` (the first key not below it does).
    fn has_key_starting(&self, prefix: &str) -> bool {
        use std::ops::Bound;
        self.0
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .next()
            .is_some_and(|(k, _)| k.starts_with(prefix))
    }

    fn str(&self, key: &str) -> Option<&str> {
        self.0
            .get(key)
            .and_then(AttrValue::as_str)
            .filter(|s| !s.is_empty())
    }

    fn first_str(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.str(k))
    }

    fn first_i64(&self, keys: &[&str]) -> Option<i64> {
        keys.iter()
            .find_map(|k| self.0.get(*k).and_then(AttrValue::as_i64))
    }

    fn first_f64(&self, keys: &[&str]) -> Option<f64> {
        keys.iter()
            .find_map(|k| self.0.get(*k).and_then(AttrValue::as_f64))
            .filter(|f| f.is_finite())
    }

    /// A string attribute holding a JSON object.
    fn json_object(&self, key: &str) -> Option<Map<String, Value>> {
        match serde_json::from_str(self.str(key)?) {
            Ok(Value::Object(o)) => Some(o),
            _ => None,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn attrs(pairs: &[(&str, AttrValue)]) -> Attributes {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    fn s(v: &str) -> AttrValue {
        AttrValue::Str(v.into())
    }

    #[test]
    fn nothing_genai_is_none() {
        let a = attrs(&[("http.method", s("GET"))]);
        assert_eq!(normalize("GET /", &a, &[]), None);
    }

    #[test]
    fn aliases_map_to_canonical_fields() {
        // (attribute, value, field read back)
        type Check = fn(&GenAi) -> Option<String>;
        let table: &[(&str, AttrValue, Check, &str)] = &[
            (
                "gen_ai.system",
                s("OpenAI"),
                |g| g.provider.clone(),
                "openai",
            ),
            (
                "llm.provider",
                s("anthropic"),
                |g| g.provider.clone(),
                "anthropic",
            ),
            ("llm.system", s("openai"), |g| g.provider.clone(), "openai"),
            (
                "gen_ai.usage.prompt_tokens",
                AttrValue::Int(5),
                |g| g.input_tokens.map(|t| t.to_string()),
                "5",
            ),
            (
                "gen_ai.usage.completion_tokens",
                s("6"),
                |g| g.output_tokens.map(|t| t.to_string()),
                "6",
            ),
            (
                "llm.token_count.prompt",
                AttrValue::Int(7),
                |g| g.input_tokens.map(|t| t.to_string()),
                "7",
            ),
            (
                "llm.token_count.completion",
                AttrValue::Int(8),
                |g| g.output_tokens.map(|t| t.to_string()),
                "8",
            ),
            ("llm.model_name", s("m1"), |g| g.request_model.clone(), "m1"),
            (
                "llm.model_name",
                s("m1"),
                |g| g.response_model.clone(),
                "m1",
            ),
            (
                "openinference.span.kind",
                s("LLM"),
                |g| g.operation.clone(),
                "chat",
            ),
            (
                "openinference.span.kind",
                s("TOOL"),
                |g| g.operation.clone(),
                "execute_tool",
            ),
            (
                "openinference.span.kind",
                s("AGENT"),
                |g| g.operation.clone(),
                "invoke_agent",
            ),
            (
                "openinference.span.kind",
                s("EMBEDDING"),
                |g| g.operation.clone(),
                "embeddings",
            ),
            (
                "openinference.span.kind",
                s("RETRIEVER"),
                |g| g.operation.clone(),
                "retrieval",
            ),
            (
                "llm.request.type",
                s("completion"),
                |g| g.operation.clone(),
                "text_completion",
            ),
            (
                "traceloop.span.kind",
                s("tool"),
                |g| g.operation.clone(),
                "execute_tool",
            ),
            ("tool.name", s("search"), |g| g.tool_name.clone(), "search"),
            (
                "gen_ai.response.time_to_first_chunk",
                AttrValue::Double(0.25),
                |g| g.time_to_first_token_ns.map(|t| t.to_string()),
                "250000000",
            ),
            (
                "llm.ttft_ms",
                AttrValue::Int(120),
                |g| g.time_to_first_token_ns.map(|t| t.to_string()),
                "120000000",
            ),
            (
                "gen_ai.usage.cache_read.input_tokens",
                AttrValue::Int(3),
                |g| g.cached_input_tokens.map(|t| t.to_string()),
                "3",
            ),
            (
                "llm.token_count.completion_details.reasoning",
                AttrValue::Int(4),
                |g| g.reasoning_tokens.map(|t| t.to_string()),
                "4",
            ),
            (
                "llm.invocation_parameters",
                s(r#"{"temperature":0.5}"#),
                |g| g.temperature.map(|t| t.to_string()),
                "0.5",
            ),
            (
                "llm.invocation_parameters",
                s(r#"{"max_tokens":9}"#),
                |g| g.max_tokens.map(|t| t.to_string()),
                "9",
            ),
            (
                "llm.invocation_parameters",
                s(r#"{"model":"gpt"}"#),
                |g| g.request_model.clone(),
                "gpt",
            ),
        ];
        for (key, value, read, want) in table {
            let a = attrs(&[(key, value.clone())]);
            let g = normalize("x", &a, &[]).unwrap_or_default();
            assert_eq!(read(&g).as_deref(), Some(*want), "{key}");
        }
    }

    #[test]
    fn canonical_wins_over_aliases() {
        let a = attrs(&[
            ("gen_ai.provider.name", s("openai")),
            ("gen_ai.system", s("other")),
            ("gen_ai.usage.input_tokens", AttrValue::Int(1)),
            ("gen_ai.usage.prompt_tokens", AttrValue::Int(2)),
        ]);
        let g = normalize("x", &a, &[]).unwrap_or_default();
        assert_eq!(g.provider.as_deref(), Some("openai"));
        assert_eq!(g.input_tokens, Some(1));
    }

    #[test]
    fn total_tokens_fill_missing_input() {
        let a = attrs(&[
            ("llm.usage.total_tokens", AttrValue::Int(29)),
            ("gen_ai.usage.completion_tokens", AttrValue::Int(8)),
        ]);
        assert_eq!(
            normalize("x", &a, &[]).and_then(|g| g.input_tokens),
            Some(21)
        );
    }

    #[test]
    fn openllmetry_indexed_messages() {
        let a = attrs(&[
            ("gen_ai.prompt.0.role", s("user")),
            ("gen_ai.prompt.0.content", s("hi")),
            ("gen_ai.completion.0.role", s("assistant")),
            ("gen_ai.completion.0.content", s("hello")),
            ("gen_ai.completion.0.finish_reason", s("stop")),
        ]);
        let g = normalize("x", &a, &[]).unwrap_or_default();
        assert_eq!(
            g.input_messages,
            Some(json!([{"role":"user","parts":[{"type":"text","content":"hi"}]}]))
        );
        assert_eq!(
            g.output_messages,
            Some(
                json!([{"role":"assistant","parts":[{"type":"text","content":"hello"}],"finish_reason":"stop"}])
            )
        );
        assert_eq!(g.finish_reasons, vec!["stop".to_string()]);
    }

    #[test]
    fn openinference_tool_calls() {
        let a = attrs(&[
            ("llm.output_messages.0.message.role", s("assistant")),
            (
                "llm.output_messages.0.message.tool_calls.0.tool_call.id",
                s("call_1"),
            ),
            (
                "llm.output_messages.0.message.tool_calls.0.tool_call.function.name",
                s("get_weather"),
            ),
            (
                "llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments",
                s(r#"{"city":"Paris"}"#),
            ),
        ]);
        let g = normalize("x", &a, &[]).unwrap_or_default();
        assert_eq!(
            g.output_messages,
            Some(
                json!([{"role":"assistant","parts":[{"type":"tool_call","id":"call_1","name":"get_weather","arguments":{"city":"Paris"}}]}])
            )
        );
    }

    #[test]
    fn deprecated_prompt_and_events() {
        let a = attrs(&[
            ("gen_ai.prompt", s(r#"[{"role":"user","content":"q"}]"#)),
            ("gen_ai.completion", s("answer")),
        ]);
        let g = normalize("x", &a, &[]).unwrap_or_default();
        assert_eq!(
            g.input_messages,
            Some(json!([{"role":"user","parts":[{"type":"text","content":"q"}]}]))
        );
        assert_eq!(
            g.output_messages,
            Some(json!([{"role":"assistant","parts":[{"type":"text","content":"answer"}]}]))
        );

        let ev = |name: &str, pairs: &[(&str, AttrValue)]| SpanEvent {
            time_unix_nano: 1,
            name: name.into(),
            attributes: attrs(pairs),
        };
        let events = vec![
            ev("gen_ai.system.message", &[("content", s("be terse"))]),
            ev("gen_ai.user.message", &[("content", s("q"))]),
            ev(
                "gen_ai.choice",
                &[
                    ("finish_reason", s("stop")),
                    ("message", s(r#"{"role":"assistant","content":"a"}"#)),
                ],
            ),
        ];
        let g = normalize("chat", &attrs(&[("gen_ai.system", s("openai"))]), &events)
            .unwrap_or_default();
        assert_eq!(
            g.input_messages,
            Some(json!([
                {"role":"system","parts":[{"type":"text","content":"be terse"}]},
                {"role":"user","parts":[{"type":"text","content":"q"}]}
            ]))
        );
        assert_eq!(
            g.output_messages,
            Some(
                json!([{"role":"assistant","parts":[{"type":"text","content":"a"}],"finish_reason":"stop"}])
            )
        );
    }

    #[test]
    fn tool_message_becomes_tool_call_response() {
        let m = message_json(json!({"role":"tool","content":"22C","tool_call_id":"c1"}));
        assert_eq!(
            m,
            json!({"role":"tool","parts":[{"type":"tool_call_response","id":"c1","response":"22C"}]})
        );
    }

    #[test]
    fn semconv_messages_pass_unchanged() {
        let raw = r#"[{"role":"user","parts":[{"type":"text","content":"x"}]}]"#;
        let g =
            normalize("x", &attrs(&[("gen_ai.input.messages", s(raw))]), &[]).unwrap_or_default();
        assert_eq!(g.input_messages, serde_json::from_str(raw).ok());
    }
}
