//! The redaction policy as written in TOML (`[redact]` in glassbox.toml, or
//! `glassbox redact --policy FILE`). Raw serde structs only; validation into
//! a runtime [`crate::Redactor`] happens in `Redactor::new`.
//!
//! ```toml
//! default_action = "mask"
//! hash_length = 8
//! hash_key_env = "GLASSBOX_REDACT_KEY"
//!
//! [entities]
//! email = "hash"
//! ip_address = "keep"
//!
//! [fields]
//! identifiers = ["customer.id"]
//! safe = ["app.build.*"]
//! content = ["gen_ai.prompt"]
//! identifier_action = "hash"
//!
//! [[custom_rules]]
//! name = "employee_id"
//! pattern = "\\bEMP-\\d{6}\\b"
//! context = ["employee"]
//! action = "mask"
//!
//! deny_list = ["Project Bluebird"]
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What to do with a detected value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Replace with `[TYPE]`.
    #[default]
    Mask,
    /// Replace with a keyed HMAC-SHA256 token `[TYPE:hex]` (or `[TYPE:keyid:hex]`).
    Hash,
    /// Remove the value (empty string; a field holding only it is dropped).
    Drop,
    /// Leave the value as it is (and do not count it).
    Keep,
}

/// The redaction policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RedactConfig {
    /// Action for entity types not listed in `entities`.
    pub default_action: Action,
    /// Action per entity type, keyed by `email`, `credit_card`, `us_ssn`, `phone`,
    /// `ip_address`, `iban`, `mac_address`, `crypto_wallet`, `secret`, `person`,
    /// `address`, `date_of_birth`, `us_passport`, `us_driver_license`, `us_itin`,
    /// `uk_nhs`, `health`, `custom`.
    pub entities: BTreeMap<String, Action>,
    /// How attribute keys / JSON field names are treated.
    pub fields: FieldsConfig,
    /// Extra detectors: a regex with an optional validator and context words.
    pub custom_rules: Vec<CustomRuleConfig>,
    /// Literal terms (case-insensitive, whole words) always redacted as `[CUSTOM]`.
    pub deny_list: Vec<String>,
    /// Hex characters of the HMAC kept in hash tokens (8..=64).
    pub hash_length: usize,
    /// Environment variable holding the hash key (`[keyid:]secret`).
    pub hash_key_env: String,
    /// Distinct users a topic keyword needs before anyone is shown it (k-anonymity); a
    /// topic with fewer users shows only its id.
    pub topic_min_users: u64,
}

impl Default for RedactConfig {
    fn default() -> Self {
        RedactConfig {
            default_action: Action::Mask,
            entities: BTreeMap::new(),
            fields: FieldsConfig::default(),
            custom_rules: Vec::new(),
            deny_list: Vec::new(),
            hash_length: 8,
            hash_key_env: "GLASSBOX_REDACT_KEY".to_string(),
            topic_min_users: 10,
        }
    }
}

/// Field classification overrides. Patterns are exact keys, or globs with `*`
/// (`gen_ai.usage.*`, `*.email`). Exact keys win over globs; among globs the
/// longest wins; then the built-in defaults; unknown keys are `content`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct FieldsConfig {
    /// Keys whose values are scanned for PII.
    pub content: Vec<String>,
    /// Keys whose whole value is pseudonymized with the keyed hash.
    pub identifiers: Vec<String>,
    /// Keys whose values are never touched.
    pub safe: Vec<String>,
    /// Keys whose whole value is a credential and is masked as `[SECRET]`.
    pub secrets: Vec<String>,
    /// Action for identifier fields: `hash` (default), `mask`, `drop` or `keep`.
    pub identifier_action: Option<Action>,
    /// Do not use the built-in field defaults (only the lists above).
    pub no_defaults: bool,
}

/// A custom detector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomRuleConfig {
    /// Rule name; upper-cased it becomes the placeholder (`employee_id` → `[EMPLOYEE_ID]`).
    pub name: String,
    /// Regular expression (Rust `regex` syntax).
    pub pattern: String,
    /// Optional validator: `luhn`, `mod97`, `nhs_mod11`.
    #[serde(default)]
    pub validator: Option<String>,
    /// Words, one of which must appear within 64 bytes before the match (case-insensitive).
    #[serde(default)]
    pub context: Vec<String>,
    /// Action for matches (default: `default_action`).
    #[serde(default)]
    pub action: Option<Action>,
}

impl RedactConfig {
    /// Parse a TOML policy.
    pub fn from_toml_str(s: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(s)
    }
}
