//! glassbox-redact: the PII scanner, redaction policies and keyed hashing.
//!
//! Owns: finding sensitive values in text (emails, cards, SSNs, phones, IPs,
//! IBANs, MACs, wallets, secrets, names, addresses, dates of birth, US/UK ids,
//! health data),
//! deciding per entity and per field what to do with them (mask, keyed hash,
//! drop, keep), the redaction key, the redaction counters, and measuring the
//! scanner on labelled corpora (`eval`).
//! Must not do I/O except loading/creating the key file and the `redact`
//! command's streams; pure and fast otherwise.

pub mod entity;
pub mod scan;
pub mod validate;

pub use entity::{EntityKind, Finding, Source};
pub mod config;
pub mod counters;
pub mod fields;
pub mod keys;
mod redactor;

pub use config::{Action, CustomRuleConfig, FieldsConfig, RedactConfig};
pub use counters::{CounterEntry, CounterSnapshot};
pub use fields::FieldClass;
pub use keys::{KeyError, KeyRing};
pub use redactor::{ConfigError, FieldOutcome, Redactor};
pub mod command;
pub mod eval;
pub mod jsonl;
pub mod topic;

pub use topic::{Topic, Topics};
