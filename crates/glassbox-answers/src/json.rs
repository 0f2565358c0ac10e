//! JSON answers: `response_format` `json_object` / `json_schema` and tool-call arguments
//! must parse; with a schema they must match it. Compiled schemas are cached by the
//! schema's text, so a service that sends the same schema on every call compiles it once.

use std::sync::Arc;

use parking_lot::Mutex;
use serde_json::Value;

use crate::hash::{HashMap64, WordHash};

/// Distinct schemas kept compiled; the cache is emptied when it fills.
const CACHE_CAP: usize = 256;

/// What a JSON answer turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum JsonOutcome {
    /// Parses (and matches the schema, if any).
    Valid,
    /// Stops before the document closes (also a truncation).
    Unterminated,
    /// Does not parse.
    Invalid,
    /// Parses but breaks the schema.
    SchemaViolation,
}

/// Checks JSON answers against schemas, caching compiled validators.
#[derive(Default)]
pub(crate) struct JsonChecks {
    cache: Mutex<HashMap64<Option<Arc<jsonschema::Validator>>>>,
    hasher: WordHash,
}

/// Parses `text` as one JSON document (surrounding whitespace allowed).
pub(crate) fn parse(text: &str) -> Result<Value, JsonOutcome> {
    serde_json::from_str::<Value>(text.trim()).map_err(|e| {
        if e.is_eof() {
            JsonOutcome::Unterminated
        } else {
            JsonOutcome::Invalid
        }
    })
}

impl JsonChecks {
    fn validator(&self, schema: &Value) -> Option<Arc<jsonschema::Validator>> {
        let key = self.hasher.exact(&schema.to_string());
        if let Some(v) = self.cache.lock().get(&key) {
            return v.clone();
        }
        // A schema that does not compile cannot be violated: it is the caller's bug, and
        // the provider would have refused the request.
        let compiled = jsonschema::validator_for(schema).ok().map(Arc::new);
        let mut cache = self.cache.lock();
        if cache.len() >= CACHE_CAP {
            cache.clear();
        }
        cache.insert(key, compiled.clone());
        compiled
    }

    /// Checks `text` as JSON, against `schema` when given.
    pub(crate) fn check(&self, text: &str, schema: Option<&Value>) -> JsonOutcome {
        let value = match parse(text) {
            Ok(v) => v,
            Err(outcome) => return outcome,
        };
        match schema.and_then(|s| self.validator(s)) {
            Some(v) if !v.is_valid(&value) => JsonOutcome::SchemaViolation,
            _ => JsonOutcome::Valid,
        }
    }

    /// Distinct schemas compiled so far (for tests).
    #[cfg(test)]
    fn cached(&self) -> usize {
        self.cache.lock().len()
    }
}

/// The schema inside an OpenAI `response_format` (`{"type": "json_schema", "json_schema":
/// {"schema": …}}`), or the value itself when it already is one.
pub fn schema_of_response_format(format: &Value) -> Option<&Value> {
    match format.get("type").and_then(Value::as_str) {
        Some("json_schema") => format.get("json_schema")?.get("schema"),
        _ => None,
    }
}

/// True when an OpenAI `response_format` asks for JSON.
pub fn format_wants_json(format: &Value) -> bool {
    matches!(
        format.get("type").and_then(Value::as_str),
        Some("json_object" | "json_schema")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parse_schema_and_truncation() {
        let c = JsonChecks::default();
        let schema = json!({"type": "object", "required": ["name", "age"],
            "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}});
        assert_eq!(
            c.check(r#"{"name":"a","age":3}"#, Some(&schema)),
            JsonOutcome::Valid
        );
        assert_eq!(
            c.check(r#"{"name":"a","age":"3"}"#, Some(&schema)),
            JsonOutcome::SchemaViolation
        );
        assert_eq!(
            c.check(r#"{"name":"a","ag"#, Some(&schema)),
            JsonOutcome::Unterminated
        );
        assert_eq!(c.check("Sure! {\"name\": 1}", None), JsonOutcome::Invalid);
        assert_eq!(c.check("  [1, 2]\n", None), JsonOutcome::Valid);
        assert_eq!(c.cached(), 1);
        let rf = json!({"type": "json_schema", "json_schema": {"name": "p", "schema": schema}});
        assert!(format_wants_json(&rf));
        assert_eq!(schema_of_response_format(&rf), Some(&schema));
        assert!(!format_wants_json(&json!({"type": "text"})));
    }
}
