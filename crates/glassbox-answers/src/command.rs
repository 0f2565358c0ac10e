//! `glassbox check --jsonl`: the answer checks, offline.
//!
//! Each input line is a JSON object with `response` (a string) and, optionally,
//! `prompt`, `system`, `finish_reason`, `response_format` (OpenAI's shape), `max_tokens`,
//! `output_tokens` and `tool_calls` (OpenAI's `[{"function": {"arguments": "…"}}]` or
//! `[{"arguments": "…"}]`). Each output line is the same object with `flags` (a list of
//! flag names) added. A line that is not such an object is reported on stderr with its
//! line number and field, and the rest goes on; the exit status says whether any failed.

use std::io::{BufRead, Write};

use serde_json::{Map, Value};

use crate::{Answer, Checker, Flag};

/// What one run saw.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CheckStats {
    /// Lines checked.
    pub lines: u64,
    /// Lines refused (reported on stderr).
    pub invalid: u64,
    /// Lines with at least one flag.
    pub flagged: u64,
    /// Count per flag, in [`Flag::ALL`] order.
    pub per_flag: [u64; Flag::ALL.len()],
}

/// A line that could not be checked: which field, what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("field {field:?}: {reason}")]
pub struct LineError {
    /// The field at fault (`response`, `tool_calls[0].arguments`…) or `(line)`.
    pub field: String,
    /// What was expected.
    pub reason: String,
}

fn err(field: impl Into<String>, reason: impl Into<String>) -> LineError {
    LineError {
        field: field.into(),
        reason: reason.into(),
    }
}

fn opt_str<'a>(o: &'a Map<String, Value>, key: &str) -> Result<&'a str, LineError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(""),
        Some(Value::String(s)) => Ok(s),
        Some(other) => Err(err(key, format!("expected a string, got {}", kind(other)))),
    }
}

fn opt_int(o: &Map<String, Value>, key: &str) -> Result<Option<i64>, LineError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| err(key, format!("expected an integer, got {}", kind(v)))),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Checks one parsed line; returns its flags.
pub fn check_value(checker: &Checker, v: &Value) -> Result<crate::Flags, LineError> {
    let o = v
        .as_object()
        .ok_or_else(|| err("(line)", format!("expected a JSON object, got {}", kind(v))))?;
    let response = match o.get("response") {
        Some(Value::String(s)) => s.as_str(),
        Some(Value::Null) => "",
        Some(other) => {
            return Err(err(
                "response",
                format!("expected a string, got {}", kind(other)),
            ))
        }
        None => return Err(err("response", "missing; expected the answer's text")),
    };
    let prompt = opt_str(o, "prompt")?;
    let system = opt_str(o, "system")?;
    let finish = opt_str(o, "finish_reason")?;
    let format = match o.get("response_format") {
        None | Some(Value::Null) => None,
        Some(f @ Value::Object(_)) => Some(f),
        Some(other) => {
            return Err(err(
                "response_format",
                format!(
                    "expected an object such as {{\"type\": \"json_object\"}}, got {}",
                    kind(other)
                ),
            ))
        }
    };
    let mut tool_arguments = Vec::new();
    let mut has_tool_calls = false;
    match o.get("tool_calls") {
        None | Some(Value::Null) => {}
        Some(Value::Array(calls)) => {
            for (i, c) in calls.iter().enumerate() {
                has_tool_calls = true;
                let args = c
                    .get("function")
                    .and_then(|f| f.get("arguments"))
                    .or_else(|| c.get("arguments"));
                match args {
                    None | Some(Value::Null) | Some(Value::Object(_)) => {}
                    Some(Value::String(s)) => tool_arguments.push(s.clone()),
                    Some(other) => {
                        return Err(err(
                            format!("tool_calls[{i}].arguments"),
                            format!("expected a string or an object, got {}", kind(other)),
                        ))
                    }
                }
            }
        }
        Some(other) => {
            return Err(err(
                "tool_calls",
                format!("expected an array, got {}", kind(other)),
            ))
        }
    }
    let context = if system.is_empty() {
        prompt.to_string()
    } else {
        format!("{system}\n{prompt}")
    };
    let answer = Answer {
        response,
        prompt,
        context: &context,
        system,
        finish_reason: (!finish.is_empty()).then_some(finish),
        max_tokens: opt_int(o, "max_tokens")?,
        output_tokens: opt_int(o, "output_tokens")?,
        wants_json: format.is_some_and(crate::format_wants_json),
        schema: format.and_then(crate::schema_of_response_format),
        tool_arguments: &tool_arguments,
        has_tool_calls,
    };
    Ok(checker.check(&answer))
}

/// Reads JSON Lines from `input`, writes each object with `flags` added to `out`, and
/// reports refused lines on `errors` (`line N: field "x": …`).
pub fn run_jsonl(
    checker: &Checker,
    input: impl BufRead,
    mut out: impl Write,
    mut errors: impl Write,
) -> std::io::Result<CheckStats> {
    let mut stats = CheckStats::default();
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Result<Value, LineError> =
            serde_json::from_str(&line).map_err(|e| err("(line)", format!("not JSON: {e}")));
        let outcome = parsed.and_then(|v| check_value(checker, &v).map(|f| (v, f)));
        match outcome {
            Ok((mut v, flags)) => {
                stats.lines += 1;
                if !flags.is_empty() {
                    stats.flagged += 1;
                }
                for f in flags.iter() {
                    stats.per_flag[f.index()] += 1;
                }
                if let Value::Object(o) = &mut v {
                    o.insert(
                        "flags".into(),
                        Value::Array(flags.names().into_iter().map(Value::from).collect()),
                    );
                }
                serde_json::to_writer(&mut out, &v)?;
                out.write_all(b"\n")?;
            }
            Err(e) => {
                stats.invalid += 1;
                writeln!(errors, "line {}: {e}", n + 1)?;
            }
        }
    }
    out.flush()?;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::AnswersConfig;

    #[test]
    fn flags_are_added_and_bad_lines_name_their_field() {
        let c = Checker::new(AnswersConfig::default()).unwrap();
        let input = concat!(
            "{\"response\": \"I'm sorry, but I can't help with that.\", \"id\": 7}\n",
            "\n",
            "{\"response\": 3}\n",
            "[1]\n",
            "{\"response\": \"{\\\"a\\\": 1\", \"response_format\": {\"type\": \"json_object\"}}\n",
            "{\"response\": \"\", \"tool_calls\": [{\"function\": {\"arguments\": 5}}]}\n",
            "{\"response\": \"Fine.\", \"max_tokens\": \"ten\"}\n",
        );
        let (mut out, mut errs) = (Vec::new(), Vec::new());
        let stats = run_jsonl(&c, input.as_bytes(), &mut out, &mut errs).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["flags"], serde_json::json!(["refusal"]));
        assert_eq!(lines[0]["id"], 7);
        assert_eq!(
            lines[1]["flags"],
            serde_json::json!(["truncated", "invalid_json"])
        );
        let errs = String::from_utf8(errs).unwrap();
        assert!(
            errs.contains("line 3: field \"response\": expected a string, got a number"),
            "{errs}"
        );
        assert!(
            errs.contains("line 4: field \"(line)\": expected a JSON object"),
            "{errs}"
        );
        assert!(
            errs.contains("line 6: field \"tool_calls[0].arguments\""),
            "{errs}"
        );
        assert!(
            errs.contains("line 7: field \"max_tokens\": expected an integer"),
            "{errs}"
        );
        assert_eq!((stats.lines, stats.invalid, stats.flagged), (2, 4, 2));
    }
}
