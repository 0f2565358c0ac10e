//! Reading an [`Answer`] out of a raw GenAI span (semconv messages, as the OTLP decoder
//! and the gateway build them).

use glassbox_core::{AttrValue, Span};
use serde_json::Value;

use crate::json::{format_wants_json, schema_of_response_format};
use crate::Answer;

pub use glassbox_core::ANSWER_FLAGS_KEY;

/// Span attribute through which the gateway hands the request's JSON Schema to the
/// checks (JSON text); the pipeline removes it after checking, so it is never stored.
pub const JSON_SCHEMA_KEY: &str = "glassbox.request.json_schema";

/// The texts of one span's answer, owned (the span is about to be redacted in place).
#[derive(Debug, Default, Clone)]
pub struct OwnedAnswer {
    /// See [`Answer::response`].
    pub response: String,
    /// See [`Answer::prompt`].
    pub prompt: String,
    /// See [`Answer::context`].
    pub context: String,
    /// See [`Answer::system`].
    pub system: String,
    /// See [`Answer::finish_reason`].
    pub finish_reason: Option<String>,
    /// See [`Answer::max_tokens`].
    pub max_tokens: Option<i64>,
    /// See [`Answer::output_tokens`].
    pub output_tokens: Option<i64>,
    /// See [`Answer::wants_json`].
    pub wants_json: bool,
    /// See [`Answer::schema`].
    pub schema: Option<Value>,
    /// See [`Answer::tool_arguments`].
    pub tool_arguments: Vec<String>,
    /// See [`Answer::has_tool_calls`].
    pub has_tool_calls: bool,
}

impl OwnedAnswer {
    /// Borrows it for [`crate::Checker::check`].
    pub fn as_answer(&self) -> Answer<'_> {
        Answer {
            response: &self.response,
            prompt: &self.prompt,
            context: &self.context,
            system: &self.system,
            finish_reason: self.finish_reason.as_deref(),
            max_tokens: self.max_tokens,
            output_tokens: self.output_tokens,
            wants_json: self.wants_json,
            schema: self.schema.as_ref(),
            tool_arguments: &self.tool_arguments,
            has_tool_calls: self.has_tool_calls,
        }
    }
}

fn push_text(out: &mut String, s: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(s);
}

/// Appends the text parts of a semconv message list (or one message, or parts) to `out`;
/// tool calls go to `tools`.
fn texts(v: &Value, out: &mut String, tools: &mut Option<&mut OwnedAnswer>) {
    match v {
        Value::String(s) => push_text(out, s),
        Value::Array(items) => items.iter().for_each(|i| texts(i, out, tools)),
        Value::Object(o) => {
            if let Some(parts) = o.get("parts") {
                return texts(parts, out, tools);
            }
            match o.get("type").and_then(Value::as_str) {
                Some("text") | None => {
                    if let Some(c) = o.get("content").or_else(|| o.get("text")) {
                        texts(c, out, tools);
                    }
                }
                Some("tool_call") => {
                    if let Some(t) = tools.as_deref_mut() {
                        t.has_tool_calls = true;
                        if let Some(Value::String(args)) = o.get("arguments") {
                            t.tool_arguments.push(args.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
}

/// The text of the last message with role `user` in a semconv message list.
fn last_user(messages: &Value) -> String {
    let mut out = String::new();
    if let Some(m) = messages.as_array().and_then(|ms| {
        ms.iter()
            .rev()
            .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))
    }) {
        texts(m, &mut out, &mut None);
    }
    out
}

/// The request's `response_format` as OpenInference records it
/// (`llm.invocation_parameters`, a JSON string).
fn invocation_format(span: &Span) -> Option<Value> {
    let s = span
        .attributes
        .get("llm.invocation_parameters")
        .and_then(AttrValue::as_str)?;
    let v: Value = serde_json::from_str(s).ok()?;
    v.get("response_format").cloned()
}

/// The answer of a raw GenAI span, or `None` when it carries no output (embeddings, tool
/// steps, calls whose bodies were not captured). Removes [`JSON_SCHEMA_KEY`].
pub fn answer_of_span(span: &mut Span) -> Option<OwnedAnswer> {
    let schema_attr = match span.attributes.remove(JSON_SCHEMA_KEY) {
        Some(AttrValue::Str(s)) => serde_json::from_str::<Value>(&s).ok(),
        _ => None,
    };
    let g = span.gen_ai.as_ref()?;
    let output = g.output_messages.as_ref()?;
    let mut a = OwnedAnswer::default();
    let mut response = String::new();
    texts(output, &mut response, &mut Some(&mut a));
    a.response = response;
    if let Some(input) = &g.input_messages {
        a.prompt = last_user(input);
        texts(input, &mut a.context, &mut None);
        if let Some(system) = input.as_array().map(|ms| {
            ms.iter()
                .filter(|m| m.get("role").and_then(Value::as_str) == Some("system"))
                .cloned()
                .collect::<Vec<_>>()
        }) {
            texts(&Value::Array(system), &mut a.system, &mut None);
        }
    }
    if let Some(sys) = &g.system_instructions {
        let mut s = String::new();
        texts(sys, &mut s, &mut None);
        push_text(&mut a.system, &s);
        push_text(&mut a.context, &s);
    }
    a.finish_reason = g.finish_reasons.first().cloned();
    a.max_tokens = g.max_tokens;
    a.output_tokens = g.output_tokens;
    let output_type = span
        .attributes
        .get("gen_ai.output.type")
        .and_then(AttrValue::as_str);
    let format = invocation_format(span);
    a.wants_json = output_type == Some("json")
        || schema_attr.is_some()
        || format.as_ref().is_some_and(format_wants_json);
    a.schema = schema_attr.or_else(|| format.as_ref().and_then(schema_of_response_format).cloned());
    Some(a)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use glassbox_core::{GenAi, SpanId, TraceId};
    use serde_json::json;

    #[test]
    fn reads_messages_tools_format_and_drops_the_schema_attribute() {
        let mut span = Span::new(
            TraceId::from_bytes(&[1; 16]).unwrap(),
            SpanId::from_bytes(&[2; 8]).unwrap(),
            "chat",
            0,
            1,
        );
        span.attributes
            .insert("gen_ai.output.type".into(), AttrValue::Str("json".into()));
        span.attributes.insert(
            JSON_SCHEMA_KEY.into(),
            AttrValue::Str(r#"{"type":"object"}"#.into()),
        );
        span.gen_ai = Some(GenAi {
            input_messages: Some(json!([
                {"role": "system", "parts": [{"type": "text", "content": "Be brief."}]},
                {"role": "user", "parts": [{"type": "text", "content": "first"}]},
                {"role": "assistant", "parts": [{"type": "text", "content": "ok"}]},
                {"role": "user", "parts": [{"type": "text", "content": "second question"}]}
            ])),
            output_messages: Some(json!([{"role": "assistant", "parts": [
                {"type": "text", "content": "{\"a\": 1}"},
                {"type": "tool_call", "name": "f", "arguments": "{bad"}
            ], "finish_reason": "stop"}])),
            finish_reasons: vec!["stop".into()],
            ..GenAi::default()
        });
        let a = answer_of_span(&mut span).unwrap();
        assert!(!span.attributes.contains_key(JSON_SCHEMA_KEY));
        assert_eq!(a.response, "{\"a\": 1}");
        assert_eq!(a.prompt, "second question");
        assert_eq!(a.system, "Be brief.");
        assert!(a.context.contains("first") && a.context.contains("Be brief."));
        assert_eq!(a.tool_arguments, vec!["{bad"]);
        assert!(a.wants_json && a.has_tool_calls);
        assert_eq!(a.schema, Some(json!({"type": "object"})));
        assert_eq!(a.finish_reason.as_deref(), Some("stop"));
    }
}
