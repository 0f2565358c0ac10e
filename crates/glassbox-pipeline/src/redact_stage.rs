//! The redact stage: walks every record and sends every string that can carry user
//! content through the PII scanner, pseudonymizes identifiers, and computes keyed prompt
//! hashes from the raw prompt before it is masked.
//!
//! ```text
//!   Span ─┬─ name, status message, correlation/session ids ──> scan
//!         ├─ attributes, event and link attributes, resource ──> per-field policy
//!         ├─ user_id ──> pseudonym (keyed hash)
//!         └─ gen_ai messages ──> prompt_hash (raw, keyed) then scan every string
//! ```
//!
//! The walking lives here; what counts as PII and how it is masked is the
//! [`TextRedactor`]'s business (glassbox-redact implements it).

use glassbox_core::{AttrValue, Attributes, Event, GenAi, LogRecord, MetricPoint, Redact, Span};
use serde_json::Value;

use crate::Source;

/// What the policy says to do with one field's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldOutcome {
    /// Leave the value as it is.
    Keep,
    /// Replace the value.
    Replace(String),
    /// Remove the field.
    Drop,
}

/// The scanner and policy as the pipeline needs them.
pub trait TextRedactor: Send + Sync {
    /// Applies the field policy to a string attribute (`key` is the attribute name).
    fn redact_field(&self, key: &str, value: &str, source: Source) -> FieldOutcome;
    /// Scans free text; `None` when nothing was found.
    fn redact_text(&self, text: &str, source: Source) -> Option<String>;
    /// A stable keyed pseudonym for an identifier (user ids).
    fn pseudonymize(&self, value: &str) -> String;
    /// A keyed hash of `value`, as hex, for counting identical prompts.
    fn keyed_hash(&self, value: &str) -> String;
    /// The topic of a redacted user turn: its keyed id and the words that made it.
    fn topic(&self, _redacted_turn: &str) -> Option<(String, Vec<String>)> {
        None
    }
}

/// Redacts records of one source with a [`TextRedactor`].
pub struct RecordRedactor<'a> {
    /// The scanner.
    pub text: &'a dyn TextRedactor,
    /// Where the records came from (for counters).
    pub source: Source,
}

impl RecordRedactor<'_> {
    fn scan(&self, s: &mut String) {
        if let Some(r) = self.text.redact_text(s, self.source) {
            *s = r;
        }
    }

    fn scan_opt(&self, s: &mut Option<String>) {
        if let Some(v) = s {
            self.scan(v);
        }
    }

    fn attributes(&self, attrs: &mut Attributes) {
        // Only keys that change are copied: most spans have none.
        let mut dropped = Vec::new();
        let mut renamed = Vec::new();
        for (key, v) in attrs.iter_mut() {
            if self.value(key, v) {
                dropped.push(key.clone());
            } else if let Some(clean) = self.key(key) {
                // A key can carry PII too (`user.alice@example.com`); the value moves to
                // the redacted key.
                renamed.push((key.clone(), clean));
            }
        }
        for key in dropped {
            attrs.remove(&key);
        }
        for (key, clean) in renamed {
            if let Some(v) = attrs.remove(&key) {
                attrs.insert(clean, v);
            }
        }
    }

    /// The redacted form of an attribute or map key, when it holds something to redact.
    /// Plain keys (`gen_ai.usage.input_tokens`) skip the scanner.
    fn key(&self, key: &str) -> Option<String> {
        if !key_may_hold_pii(key) {
            return None;
        }
        self.text.redact_text(key, self.source)
    }

    /// Returns true when the field must be dropped.
    fn value(&self, key: &str, v: &mut AttrValue) -> bool {
        match v {
            AttrValue::Str(s) => match self.text.redact_field(key, s, self.source) {
                FieldOutcome::Keep => {
                    if mirrors_scanned_field(key) {
                        self.scan(s);
                    }
                    false
                }
                FieldOutcome::Replace(r) => {
                    *s = r;
                    false
                }
                FieldOutcome::Drop => true,
            },
            AttrValue::Array(items) => {
                items.retain_mut(|item| !self.value(key, item));
                false
            }
            AttrValue::Map(map) => {
                let keys: Vec<String> = map.keys().cloned().collect();
                for k in keys {
                    let full = format!("{key}.{k}");
                    let drop = map.get_mut(&k).is_some_and(|item| self.value(&full, item));
                    if drop {
                        map.remove(&k);
                    } else if let Some(clean) = self.key(&k) {
                        if let Some(v) = map.remove(&k) {
                            map.insert(clean, v);
                        }
                    }
                }
                false
            }
            // Bytes may hold anything: keep only their length.
            AttrValue::Bytes(b) => {
                let n = b.bytes.len() / 2;
                *v = AttrValue::Str(format!("[BYTES:{n}]"));
                false
            }
            AttrValue::Bool(_) | AttrValue::Int(_) | AttrValue::Double(_) => false,
        }
    }

    fn json(&self, v: &mut Value) {
        match v {
            Value::String(s) => self.scan(s),
            Value::Array(items) => items.iter_mut().for_each(|i| self.json(i)),
            Value::Object(map) => map.values_mut().for_each(|i| self.json(i)),
            _ => {}
        }
    }

    /// `derivable`: the span's attributes carry the messages too; then the copies here
    /// are dropped after hashing (the attributes are redacted and readers re-derive the
    /// messages from them), so bodies are scanned, encoded and stored once.
    /// Returns the topic of the call's user turn, from its redacted text. `redacted_input`:
    /// the span's `gen_ai.input.messages` attribute, already redacted, when it has one.
    fn gen_ai(
        &self,
        g: &mut GenAi,
        derivable: bool,
        redacted_input: Option<&str>,
    ) -> Option<String> {
        if g.prompt_hash.is_none() {
            if let Some(prompt) = g.input_messages.as_ref().and_then(normalized_prompt) {
                g.prompt_hash = Some(self.text.keyed_hash(&prompt));
            }
        }
        if g.system_prompt_hash.is_none() {
            let system = g
                .system_instructions
                .as_ref()
                .and_then(normalized_prompt)
                .or_else(|| {
                    g.input_messages
                        .as_ref()
                        .and_then(system_messages)
                        .as_ref()
                        .and_then(normalized_prompt)
                });
            if let Some(system) = system {
                g.system_prompt_hash = Some(self.text.keyed_hash(&system));
            }
        }
        // Copies about to be dropped unscanned: only the user turn is read, for its topic,
        // and from these raw messages only when the redacted attribute cannot give it.
        let raw_input = if derivable {
            g.input_messages.take()
        } else {
            None
        };
        if derivable
            && (raw_input.is_some()
                || g.output_messages.is_some()
                || g.system_instructions.is_some())
        {
            g.input_messages = None;
            g.output_messages = None;
            g.system_instructions = None;
            g.messages_from_attributes = true;
        }
        for v in [
            &mut g.input_messages,
            &mut g.output_messages,
            &mut g.system_instructions,
        ]
        .into_iter()
        .flatten()
        {
            self.json(v);
        }
        self.scan_opt(&mut g.conversation_id);
        self.scan_opt(&mut g.agent_name);
        self.scan_opt(&mut g.tool_name);
        let turn = match raw_input {
            // The attribute already scanned holds the same turn: read it there rather
            // than scan the turn a second time.
            Some(raw) => redacted_input
                .and_then(|json| serde_json::from_str::<Value>(json).ok())
                .as_ref()
                .and_then(last_user_turn)
                .or_else(|| {
                    let raw = last_user_turn(&raw)?;
                    Some(self.text.redact_text(&raw, self.source).unwrap_or(raw))
                }),
            None => g.input_messages.as_ref().and_then(last_user_turn),
        }?;
        let (topic, keywords) = self.text.topic(&turn)?;
        g.topic_keywords = keywords;
        Some(topic)
    }

    fn user(&self, u: &mut Option<String>) {
        if let Some(v) = u {
            *v = self.text.pseudonymize(v);
        }
    }
}

/// Attributes whose value is copied into a field this stage scans (correlation, request
/// and session ids; agent and tool names). The field policy may call them safe, but a raw
/// copy beside the scanned field would keep what the scan removed, so they are scanned too.
fn mirrors_scanned_field(key: &str) -> bool {
    use glassbox_core::correlation::{CORRELATION_KEYS, REQUEST_ID_KEYS, SESSION_KEYS};
    CORRELATION_KEYS.contains(&key)
        || REQUEST_ID_KEYS.contains(&key)
        || SESSION_KEYS.contains(&key)
        || matches!(key, "gen_ai.agent.name" | "gen_ai.tool.name")
}

/// Keys made of lowercase letters, `.`, `_`, `-` and short digit runs (every semantic
/// convention name) cannot hold an email, a card, a phone or a key; anything else is
/// scanned.
fn key_may_hold_pii(key: &str) -> bool {
    let mut digits = 0;
    for b in key.bytes() {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if digits >= 4 {
                    return true;
                }
            }
            b'a'..=b'z' | b'.' | b'_' | b'-' => digits = 0,
            _ => return true,
        }
    }
    false
}

/// The prompt text hashed for `prompt_hash`: every message's role and text, whitespace
/// collapsed, so the same prompt hashes the same whichever convention carried it.
pub fn normalized_prompt(messages: &Value) -> Option<String> {
    let mut out = String::new();
    collect_text(messages, &mut out);
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    (!out.is_empty()).then_some(out)
}

/// Appends `s` with every run of whitespace collapsed to one space (and none leading).
/// Whitespace is Unicode's, as `str::split_whitespace` reads it; ASCII text (most of it)
/// is split byte by byte, with the same result.
fn push_collapsed(out: &mut String, s: &str) {
    if !s.is_ascii() {
        for word in s.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        return;
    }
    // Unicode's White_Space in ASCII: tab, line feed, vertical tab, form feed, carriage
    // return and space. Text between runs other than one plain space is copied whole.
    let space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let b = s.as_bytes();
    let Some(mut start) = b.iter().position(|&c| !space(c)) else {
        return;
    };
    if !out.is_empty() {
        out.push(' ');
    }
    let mut i = start;
    while let Some(off) = b[i..].iter().position(|&c| space(c)) {
        let ws = i + off;
        let mut j = ws + 1;
        while j < b.len() && space(b[j]) {
            j += 1;
        }
        if j == b.len() {
            out.push_str(&s[start..ws]);
            return;
        }
        if j > ws + 1 || b[ws] != b' ' {
            out.push_str(&s[start..ws]);
            out.push(' ');
            start = j;
        }
        i = j;
    }
    out.push_str(&s[start..]);
}

/// The text of the last user message of a semconv message list (what the user asked
/// this time; later tool results and earlier turns are not it).
fn last_user_turn(messages: &Value) -> Option<String> {
    let m = messages
        .as_array()?
        .iter()
        .rev()
        .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))?;
    let mut out = String::new();
    for key in ["parts", "content"] {
        if let Some(v) = m.get(key) {
            collect_text(v, &mut out);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The system-role messages of a semconv message list.
fn system_messages(messages: &Value) -> Option<Value> {
    let system: Vec<Value> = messages
        .as_array()?
        .iter()
        .filter(|m| m.get("role").and_then(Value::as_str) == Some("system"))
        .cloned()
        .collect();
    (!system.is_empty()).then_some(Value::Array(system))
}

fn collect_text(v: &Value, out: &mut String) {
    match v {
        Value::String(s) => push_collapsed(out, s),
        Value::Array(items) => items.iter().for_each(|i| collect_text(i, out)),
        Value::Object(map) => {
            for (k, v) in map {
                if k != "type" {
                    collect_text(v, out);
                }
            }
        }
        _ => {}
    }
}

impl Redact<Span> for RecordRedactor<'_> {
    fn redact(&self, mut s: Span) -> Span {
        self.scan(&mut s.name);
        self.scan(&mut s.status.message);
        self.scan(&mut s.correlation_id);
        self.scan_opt(&mut s.session_id);
        self.user(&mut s.user_id);
        self.attributes(&mut s.attributes);
        self.attributes(&mut s.resource);
        for e in &mut s.events {
            self.scan(&mut e.name);
            self.attributes(&mut e.attributes);
        }
        for l in &mut s.links {
            self.attributes(&mut l.attributes);
        }
        let derivable = s.attributes.keys().any(|k| crate::payload::is_body_key(k));
        let redacted_input = s
            .attributes
            .get("gen_ai.input.messages")
            .and_then(AttrValue::as_str);
        let topic = match &mut s.gen_ai {
            Some(g) => self.gen_ai(g, derivable, redacted_input),
            None => None,
        };
        if let Some(topic) = topic {
            s.attributes
                .insert(glassbox_core::TOPIC_KEY.into(), AttrValue::Str(topic));
        }
        s
    }
}

impl Redact<LogRecord> for RecordRedactor<'_> {
    fn redact(&self, mut l: LogRecord) -> LogRecord {
        if let Some(body) = &mut l.body {
            if self.value("body", body) {
                l.body = None;
            }
        }
        self.scan(&mut l.event_name);
        self.scan(&mut l.correlation_id);
        self.scan_opt(&mut l.session_id);
        self.user(&mut l.user_id);
        self.attributes(&mut l.attributes);
        self.attributes(&mut l.resource);
        l
    }
}

impl Redact<Event> for RecordRedactor<'_> {
    fn redact(&self, mut e: Event) -> Event {
        self.scan(&mut e.name);
        self.scan(&mut e.correlation_id);
        self.scan_opt(&mut e.session_id);
        self.scan_opt(&mut e.comment);
        self.user(&mut e.user_id);
        self.attributes(&mut e.properties);
        e
    }
}

impl Redact<MetricPoint> for RecordRedactor<'_> {
    fn redact(&self, mut p: MetricPoint) -> MetricPoint {
        self.attributes(&mut p.attributes);
        p
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {

    #[test]
    fn collapsing_whitespace_reads_as_split_whitespace() {
        for text in [
            "",
            "   ",
            "one",
            "  two  words ",
            "a b c  d \te\n",
            "single spaces only",
            " lead",
            "trail\n",
            "\tx",
            "tabs\tand\nlines\r\n and\x0bvertical\x0cfeeds",
            "x\x1cy",
            "non\u{a0}breaking and\u{3000}ideographic",
            "émoji 😀  here",
        ] {
            for prefix in ["", "prev"] {
                let mut fast = prefix.to_string();
                super::push_collapsed(&mut fast, text);
                let mut slow = prefix.to_string();
                for word in text.split_whitespace() {
                    if !slow.is_empty() {
                        slow.push(' ');
                    }
                    slow.push_str(word);
                }
                assert_eq!(fast, slow, "{text:?}");
            }
        }
    }
    use super::*;

    /// Masks one address; calls `correlation.id`, `gen_ai.agent.name` and `model` safe.
    struct Fake;
    impl TextRedactor for Fake {
        fn redact_field(&self, key: &str, value: &str, source: Source) -> FieldOutcome {
            if matches!(key, "correlation.id" | "gen_ai.agent.name" | "model") {
                return FieldOutcome::Keep;
            }
            self.redact_text(value, source)
                .map_or(FieldOutcome::Keep, FieldOutcome::Replace)
        }
        fn redact_text(&self, text: &str, _source: Source) -> Option<String> {
            text.contains("alice@example.com")
                .then(|| text.replace("alice@example.com", "[EMAIL]"))
        }
        fn pseudonymize(&self, value: &str) -> String {
            format!("user:{}", value.len())
        }
        fn keyed_hash(&self, value: &str) -> String {
            format!("{}", value.len())
        }
    }

    /// Topics are the redacted turn itself, so a test can see what they were given.
    struct Topical;
    impl TextRedactor for Topical {
        fn redact_field(&self, key: &str, value: &str, source: Source) -> FieldOutcome {
            Fake.redact_field(key, value, source)
        }
        fn redact_text(&self, text: &str, source: Source) -> Option<String> {
            Fake.redact_text(text, source)
        }
        fn pseudonymize(&self, value: &str) -> String {
            Fake.pseudonymize(value)
        }
        fn keyed_hash(&self, value: &str) -> String {
            Fake.keyed_hash(value)
        }
        fn topic(&self, turn: &str) -> Option<(String, Vec<String>)> {
            Some((format!("T({turn})"), vec!["word".into()]))
        }
    }

    #[test]
    fn the_topic_is_of_the_last_user_turn_redacted() {
        use glassbox_core::{SpanId, TraceId};
        let r = RecordRedactor {
            text: &Topical,
            source: Source::OtlpTraces,
        };
        let messages = r#"[{"role":"user","parts":[{"type":"text","content":"old question"}]},{"role":"assistant","parts":[{"type":"text","content":"answer"}]},{"role":"user","parts":[{"type":"text","content":"mail alice@example.com please"}]},{"role":"tool","parts":[{"type":"text","content":"tool output"}]}]"#;
        // Carried by the attributes (read back from them once redacted) and as the
        // normalized copy only (redacted with the rest of the copy).
        for in_attributes in [true, false] {
            let mut s = Span::new(
                TraceId::from_bytes(&[1; 16]).unwrap(),
                SpanId::from_bytes(&[2; 8]).unwrap(),
                "chat",
                1,
                2,
            );
            if in_attributes {
                s.attributes = attrs(&[("gen_ai.input.messages", messages)]);
            }
            s.gen_ai = Some(GenAi {
                input_messages: serde_json::from_str(messages).ok(),
                ..Default::default()
            });
            let s = r.redact(s);
            assert_eq!(
                s.topic(),
                Some("T(mail [EMAIL] please)"),
                "in attributes: {in_attributes}"
            );
            assert_eq!(s.gen_ai.unwrap().topic_keywords, vec!["word"]);
        }
    }

    fn attrs(pairs: &[(&str, &str)]) -> Attributes {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), AttrValue::Str(v.to_string())))
            .collect()
    }

    #[test]
    fn keys_holding_pii_are_redacted_and_plain_keys_skip_the_scan() {
        let r = RecordRedactor {
            text: &Fake,
            source: Source::OtlpTraces,
        };
        let mut a = attrs(&[
            ("app.user.alice@example.com", "x"),
            ("gen_ai.usage.input_tokens", "3"),
        ]);
        let mut nested = std::collections::BTreeMap::new();
        nested.insert("alice@example.com".to_string(), AttrValue::Int(1));
        a.insert("app.map".into(), AttrValue::Map(nested));
        r.attributes(&mut a);
        assert!(
            a.contains_key("app.user.[EMAIL]") && !a.contains_key("app.user.alice@example.com")
        );
        assert!(a.contains_key("gen_ai.usage.input_tokens"));
        let AttrValue::Map(m) = &a["app.map"] else {
            unreachable!()
        };
        assert!(m.contains_key("[EMAIL]"));
        assert!(!key_may_hold_pii("gen_ai.prompt.12.content"));
        assert!(key_may_hold_pii("order.4111111111111111"));
        assert!(key_may_hold_pii("x-User"));
    }

    #[test]
    fn safe_copies_of_scanned_fields_and_names_are_scanned() {
        let r = RecordRedactor {
            text: &Fake,
            source: Source::OtlpTraces,
        };
        let mut e = Event {
            time_unix_nano: 1,
            name: "signup alice@example.com".into(),
            correlation_id: "c".into(),
            trace_id: None,
            session_id: None,
            user_id: None,
            value: None,
            comment: None,
            properties: attrs(&[("correlation.id", "order alice@example.com")]),
        };
        e = r.redact(e);
        assert_eq!(e.name, "signup [EMAIL]");
        assert_eq!(
            e.properties["correlation.id"],
            AttrValue::Str("order [EMAIL]".into())
        );
        let mut l = LogRecord {
            time_unix_nano: 1,
            observed_time_unix_nano: 1,
            severity_number: 9,
            severity_text: "INFO".into(),
            event_name: "app.alice@example.com".into(),
            body: None,
            attributes: attrs(&[
                ("gen_ai.agent.name", "agent of alice@example.com"),
                ("model", "gpt alice@example.com"),
            ]),
            resource: Attributes::new(),
            trace_id: None,
            span_id: None,
            service: "svc".into(),
            correlation_id: "c".into(),
            user_id: None,
            session_id: None,
        };
        l = r.redact(l);
        assert_eq!(l.event_name, "app.[EMAIL]");
        assert_eq!(
            l.attributes["gen_ai.agent.name"],
            AttrValue::Str("agent of [EMAIL]".into())
        );
        // other safe fields stay untouched, as the policy says
        assert_eq!(
            l.attributes["model"],
            AttrValue::Str("gpt alice@example.com".into())
        );
    }
}
