//! The runtime redactor: scanner + policy + keys + counters.
//!
//! ```text
//!   &str / &[u8] / JSON ─> Scanner::scan ─> findings ─> action per entity (mask | hash | drop | keep)
//!                                                     └─> counters[kind][source] += 1
//!   (key, value) ─> FieldPolicy::classify ─> Content: scan | Identifier: pseudonymize | Safe: keep | Secret: [SECRET]
//! ```
//! Built once from a validated [`RedactConfig`], shared behind an `Arc`.

use std::borrow::Cow;

use crate::config::{Action, RedactConfig};
use std::sync::Arc;

use crate::counters::{CounterSnapshot, Counters};
use crate::entity::{EntityKind, Finding, Source};
use crate::fields::{FieldClass, FieldPolicy};
use crate::keys::KeyRing;
use crate::scan::{CustomMatcher, Scanner, Validator};

/// Where redaction counts go: the shared counters, or a per-line tally that the
/// streaming jsonl path commits only once the whole line is known to be valid.
pub(crate) trait Tally {
    /// Count `n` redacted values of `kind` from `source`.
    fn add(&self, kind: EntityKind, source: Source, n: u64);
}

impl Tally for Counters {
    #[inline]
    fn add(&self, kind: EntityKind, source: Source, n: u64) {
        Counters::add(self, kind, source, n);
    }
}

/// Errors in a policy, naming the offending key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Unknown entity type in `entities`.
    #[error("redact.entities.{0}: unknown entity type")]
    UnknownEntity(String),
    /// A custom rule is invalid.
    #[error("redact.custom_rules[{index}] ({name}): {reason}")]
    CustomRule {
        /// Position in the list.
        index: usize,
        /// Rule name.
        name: String,
        /// What is wrong.
        reason: String,
    },
    /// `hash_length` out of range.
    #[error("redact.hash_length: must be between 8 and 64, got {0}")]
    HashLength(usize),
    /// `topic_min_users` below 1.
    #[error("redact.topic_min_users: must be at least 1 (distinct users a topic keyword needs before it is shown), got {0}")]
    TopicMinUsers(u64),
    /// Hashing is configured but no key is available.
    #[error("redact: action \"hash\" is used but no hash key is available (set {0} or give a data directory)")]
    MissingKey(String),
    /// The scanner could not be built.
    #[error("redact: {0}")]
    Scanner(#[from] crate::scan::ScannerError),
}

/// Result of redacting one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldOutcome<'a> {
    /// Keep the value as is.
    Keep(&'a str),
    /// Replace the value.
    Replace(String),
    /// Remove the field.
    Drop,
}

/// The redactor. `Send + Sync`.
pub struct Redactor {
    /// Shared with the variants [`Redactor::with_actions`] makes (projects' policies).
    scanner: Arc<Scanner>,
    actions: [Action; EntityKind::ALL.len()],
    custom: Vec<(String, Action)>,
    fields: FieldPolicy,
    identifier_action: Action,
    keys: KeyRing,
    hash_length: usize,
    /// Shared with the variants: one count of what was redacted, whatever the policy.
    counters: Arc<Counters>,
    topics: Arc<crate::Topics>,
}

impl Redactor {
    /// Validate `config` and build the redactor.
    pub fn new(config: &RedactConfig, keys: KeyRing) -> Result<Self, ConfigError> {
        let mut actions = [config.default_action; EntityKind::ALL.len()];
        for (k, a) in &config.entities {
            let kind =
                EntityKind::from_key(k).ok_or_else(|| ConfigError::UnknownEntity(k.clone()))?;
            actions[kind.index()] = *a;
        }
        if !(8..=64).contains(&config.hash_length) {
            return Err(ConfigError::HashLength(config.hash_length));
        }
        if config.topic_min_users == 0 {
            return Err(ConfigError::TopicMinUsers(0));
        }
        let mut matchers = Vec::new();
        let mut custom = Vec::new();
        for (index, r) in config.custom_rules.iter().enumerate() {
            let err = |reason: String| ConfigError::CustomRule {
                index,
                name: r.name.clone(),
                reason,
            };
            if r.name.is_empty()
                || !r
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                return Err(err(
                    "name must be non-empty letters, digits and underscores".into(),
                ));
            }
            let regex =
                regex::bytes::Regex::new(&r.pattern).map_err(|e| err(format!("pattern: {e}")))?;
            let validator = match &r.validator {
                None => None,
                Some(v) => Some(Validator::from_name(v).ok_or_else(|| {
                    err(format!(
                        "validator: unknown \"{v}\" (luhn, mod97, nhs_mod11)"
                    ))
                })?),
            };
            // Leaked once per rule at startup so findings can carry `&'static str` names.
            let name: &'static str = Box::leak(r.name.clone().into_boxed_str());
            matchers.push(CustomMatcher {
                name,
                regex,
                validator,
                context: r.context.iter().map(|c| c.to_ascii_lowercase()).collect(),
            });
            custom.push((
                r.name.to_ascii_uppercase(),
                r.action.unwrap_or(actions[EntityKind::Custom.index()]),
            ));
        }
        let identifier_action = config.fields.identifier_action.unwrap_or(Action::Hash);
        let needs_key = actions.contains(&Action::Hash)
            || custom.iter().any(|(_, a)| *a == Action::Hash)
            || identifier_action == Action::Hash;
        if needs_key && keys.is_empty() {
            return Err(ConfigError::MissingKey(config.hash_key_env.clone()));
        }
        Ok(Redactor {
            scanner: Arc::new(Scanner::new(matchers, &config.deny_list)?),
            actions,
            custom,
            fields: FieldPolicy::new(&config.fields),
            identifier_action,
            topics: Arc::new(crate::Topics::new(keys.clone())),
            keys,
            hash_length: config.hash_length,
            counters: Arc::default(),
        })
    }

    /// This redactor with another action per entity type — a project's own policy
    /// (`default_action` and `entities` as in [`RedactConfig`]): the scanner, custom
    /// rules, deny list, field policy, keys and counters are this one's.
    pub fn with_actions(
        &self,
        default_action: Option<Action>,
        entities: &std::collections::BTreeMap<String, Action>,
    ) -> Result<Redactor, ConfigError> {
        let mut actions = match default_action {
            Some(a) => [a; EntityKind::ALL.len()],
            None => self.actions,
        };
        for (k, a) in entities {
            let kind =
                EntityKind::from_key(k).ok_or_else(|| ConfigError::UnknownEntity(k.clone()))?;
            actions[kind.index()] = *a;
        }
        if actions.contains(&Action::Hash) && self.keys.is_empty() {
            return Err(ConfigError::MissingKey("GLASSBOX_REDACT_KEY".into()));
        }
        Ok(Redactor {
            scanner: self.scanner.clone(),
            actions,
            custom: self.custom.clone(),
            fields: self.fields.clone(),
            identifier_action: self.identifier_action,
            keys: self.keys.clone(),
            hash_length: self.hash_length,
            counters: self.counters.clone(),
            topics: self.topics.clone(),
        })
    }

    /// Whether a policy needs a hash key (so callers know to load or create one).
    pub fn config_needs_key(config: &RedactConfig) -> bool {
        config.default_action == Action::Hash
            || config.entities.values().any(|a| *a == Action::Hash)
            || config
                .custom_rules
                .iter()
                .any(|r| r.action == Some(Action::Hash))
            || config.fields.identifier_action.unwrap_or(Action::Hash) == Action::Hash
    }

    /// Findings in `text` (kind, rule, byte range), after overlap resolution.
    pub fn findings(&self, text: &str) -> Vec<Finding> {
        self.scanner.scan(text.as_bytes())
    }

    /// The name model's candidates in `text` (byte ranges) with their hashed features:
    /// what `examples/train_name_model.rs` learns from.
    #[doc(hidden)]
    pub fn name_model_candidates(&self, text: &str) -> Vec<(usize, usize, Vec<u32>)> {
        self.scanner.name_model_candidates(text.as_bytes())
    }

    fn action_of(&self, f: &Finding) -> (Action, Cow<'_, str>) {
        match f.custom.and_then(|i| self.custom.get(usize::from(i))) {
            Some((label, a)) => (*a, Cow::Borrowed(label.as_str())),
            None => (self.actions[f.kind.index()], Cow::Borrowed(f.kind.label())),
        }
    }

    /// Apply findings to `t`, appending replacement bytes; `None` when nothing changes.
    fn apply(
        &self,
        t: &[u8],
        found: &[Finding],
        source: Source,
        tally: &impl Tally,
    ) -> Option<Vec<u8>> {
        let mut out: Option<Vec<u8>> = None;
        let mut last = 0;
        for f in found {
            let (action, label) = self.action_of(f);
            if action == Action::Keep {
                continue;
            }
            tally.add(f.kind, source, 1);
            let buf = out.get_or_insert_with(|| Vec::with_capacity(t.len() + 16));
            buf.extend_from_slice(&t[last..f.start]);
            match action {
                Action::Mask => {
                    buf.push(b'[');
                    buf.extend_from_slice(label.as_bytes());
                    buf.push(b']');
                }
                Action::Hash => match self
                    .keys
                    .token(&label, &t[f.start..f.end], self.hash_length)
                {
                    Some(tok) => buf.extend_from_slice(tok.as_bytes()),
                    None => {
                        buf.push(b'[');
                        buf.extend_from_slice(label.as_bytes());
                        buf.push(b']');
                    }
                },
                Action::Drop | Action::Keep => {}
            }
            last = f.end;
        }
        let mut buf = out?;
        buf.extend_from_slice(&t[last..]);
        Some(buf)
    }

    /// Redact a string. Borrowed (no allocation) when nothing is found.
    pub fn redact_str<'a>(&self, text: &'a str, source: Source) -> Cow<'a, str> {
        self.redact_str_with(text, source, &*self.counters)
    }

    /// [`Redactor::redact_str`] counting into `tally`.
    pub(crate) fn redact_str_with<'a>(
        &self,
        text: &'a str,
        source: Source,
        tally: &impl Tally,
    ) -> Cow<'a, str> {
        let found = self.scanner.scan(text.as_bytes());
        self.apply_str(text, &found, source, tally)
    }

    /// Apply the findings of `text`; borrowed when nothing changes.
    fn apply_str<'a>(
        &self,
        text: &'a str,
        found: &[Finding],
        source: Source,
        tally: &impl Tally,
    ) -> Cow<'a, str> {
        if found.is_empty() {
            return Cow::Borrowed(text);
        }
        match self.apply(text.as_bytes(), found, source, tally) {
            // Replacements are ASCII and cuts fall on ASCII bytes, but never trust it blindly.
            Some(buf) => Cow::Owned(
                String::from_utf8(buf)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            ),
            None => Cow::Borrowed(text),
        }
    }

    /// Redact bytes that may not be valid UTF-8. Invalid sequences are scanned
    /// as separators (byte-for-byte, so offsets map back exactly) and copied
    /// through unchanged; they never join or hide a value.
    pub fn redact_bytes<'a>(&self, bytes: &'a [u8], source: Source) -> Cow<'a, [u8]> {
        let found = match std::str::from_utf8(bytes) {
            Ok(s) => self.scanner.scan(s.as_bytes()),
            Err(_) => {
                let cleaned = separators_for_invalid_utf8(bytes);
                self.scanner.scan(&cleaned)
            }
        };
        if found.is_empty() {
            return Cow::Borrowed(bytes);
        }
        match self.apply(bytes, &found, source, &*self.counters) {
            Some(buf) => Cow::Owned(buf),
            None => Cow::Borrowed(bytes),
        }
    }

    /// Classify an attribute key / JSON field name.
    pub fn classify_field(&self, key: &str) -> FieldClass {
        self.fields.classify(key)
    }

    /// Redact one field's value according to its key's class.
    pub fn redact_field<'a>(&self, key: &str, value: &'a str, source: Source) -> FieldOutcome<'a> {
        let class = self.fields.classify(key);
        self.redact_classified(
            class,
            content_hint(class, key),
            value,
            source,
            &*self.counters,
        )
    }

    /// Redact one field's value of an already classified key, counting into `tally`.
    pub(crate) fn redact_classified<'a>(
        &self,
        class: FieldClass,
        hint: Option<EntityKind>,
        value: &'a str,
        source: Source,
        tally: &impl Tally,
    ) -> FieldOutcome<'a> {
        match class {
            FieldClass::Safe => FieldOutcome::Keep(value),
            FieldClass::Secret => {
                if value.is_empty() {
                    return FieldOutcome::Keep(value);
                }
                tally.add(EntityKind::Secret, source, 1);
                match self.actions[EntityKind::Secret.index()] {
                    Action::Drop => FieldOutcome::Drop,
                    Action::Keep => FieldOutcome::Keep(value),
                    Action::Hash => FieldOutcome::Replace(
                        self.keys
                            .token("SECRET", value.as_bytes(), self.hash_length)
                            .unwrap_or_else(|| "[SECRET]".into()),
                    ),
                    Action::Mask => FieldOutcome::Replace("[SECRET]".into()),
                }
            }
            FieldClass::Identifier => match self.identifier_action {
                Action::Keep => FieldOutcome::Keep(value),
                Action::Drop => FieldOutcome::Drop,
                Action::Mask => FieldOutcome::Replace("[ID]".into()),
                Action::Hash => FieldOutcome::Replace(self.pseudonymize(value)),
            },
            FieldClass::Content => {
                let mut found = self.scanner.scan(value.as_bytes());
                // A field whose name says what it holds (`name`, `phone`, `dob`,
                // `address`): the whole value, when it has that shape.
                if let Some(kind) = hint {
                    self.scanner.hinted(kind, value.as_bytes(), &mut found);
                }
                if found.is_empty() {
                    return FieldOutcome::Keep(value);
                }
                let whole = found.len() == 1 && found[0].start == 0 && found[0].end == value.len();
                if whole && self.action_of(&found[0]).0 == Action::Drop {
                    tally.add(found[0].kind, source, 1);
                    return FieldOutcome::Drop;
                }
                // Same result as `redact_str`, without scanning the value twice.
                match self.apply_str(value, &found, source, tally) {
                    Cow::Borrowed(v) => FieldOutcome::Keep(v),
                    Cow::Owned(s) => FieldOutcome::Replace(s),
                }
            }
        }
    }

    /// Keyed-hash token for a whole identifier: `[ID:<16 hex>]` (or `[ID:keyid:<16 hex>]`).
    /// Without a key (only possible when no policy needs one) returns `[ID]`.
    pub fn pseudonymize(&self, value: &str) -> String {
        self.keys
            .token("ID", value.as_bytes(), self.hash_length.max(16))
            .unwrap_or_else(|| "[ID]".into())
    }

    /// The pseudonyms `value` has had under every configured key, the active key's first:
    /// lookups and erasure by a raw id find records from before a key rotation too.
    pub fn pseudonyms(&self, value: &str) -> Vec<String> {
        let all = self
            .keys
            .tokens_all("ID", value.as_bytes(), self.hash_length.max(16));
        if all.is_empty() {
            vec![self.pseudonymize(value)]
        } else {
            all
        }
    }

    /// Ids of the configured keys, the active one first.
    pub fn key_ids(&self) -> Vec<&str> {
        self.keys.ids()
    }

    /// Id of the key that signs new hash tokens and pseudonyms (`None` without a key).
    pub fn key_id(&self) -> Option<&str> {
        self.keys.active_id()
    }

    /// Full keyed HMAC-SHA256 hex of `value` (e.g. prompt hashes). Empty without a key.
    pub fn keyed_hash_hex(&self, value: &str) -> String {
        self.keys.hmac_hex(value.as_bytes()).unwrap_or_default()
    }

    /// The topic of a redacted user turn (see [`crate::topic`]), keyed like every hash.
    pub fn topic(&self, redacted_turn: &str) -> Option<crate::Topic> {
        self.topics.assign(redacted_turn)
    }

    /// Redact a JSON value in place: every string at any depth (object keys are
    /// kept). Object members are treated by their key's field class.
    pub fn redact_json(&self, value: &mut serde_json::Value, source: Source) {
        use serde_json::Value;
        match value {
            Value::String(s) => {
                if let Cow::Owned(r) = self.redact_str(s, source) {
                    *s = r;
                }
            }
            Value::Array(items) => {
                for v in items {
                    self.redact_json(v, source);
                }
            }
            Value::Object(map) => {
                let mut drop_keys = Vec::new();
                for (k, v) in map.iter_mut() {
                    match v {
                        Value::String(s) => match self.redact_field(k, s, source) {
                            FieldOutcome::Keep(_) => {}
                            FieldOutcome::Replace(r) => *s = r,
                            FieldOutcome::Drop => drop_keys.push(k.clone()),
                        },
                        other => match self.fields.classify(k) {
                            FieldClass::Safe => {}
                            _ => self.redact_json(other, source),
                        },
                    }
                }
                for k in drop_keys {
                    map.remove(&k);
                }
            }
            _ => {}
        }
    }

    /// Add a committed per-line tally to the shared counters.
    pub(crate) fn count(&self, kind: EntityKind, source: Source, n: u64) {
        self.counters.add(kind, source, n);
    }

    /// Snapshot of the redaction counters.
    pub fn counters(&self) -> CounterSnapshot {
        self.counters.snapshot()
    }
}

/// The kind a content field's key announces (`name`, `phone`, `dob`); looked up only
/// for fields that are scanned, not for every safe, secret or identifier key.
pub(crate) fn content_hint(class: FieldClass, key: &str) -> Option<EntityKind> {
    (class == FieldClass::Content)
        .then(|| crate::scan::key_hint(key))
        .flatten()
}

/// Copy of `bytes` with every byte of an invalid UTF-8 sequence replaced by a space.
fn separators_for_invalid_utf8(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.extend_from_slice(s.as_bytes());
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.extend_from_slice(&rest[..good]);
                let bad = e.error_len().unwrap_or(rest.len() - good);
                out.extend(std::iter::repeat_n(b' ', bad));
                rest = &rest[good + bad..];
            }
        }
    }
    out
}
