//! The vocabulary of the scanner: entity kinds, sources and findings.
//!
//! Owns the names that appear in placeholders (`[EMAIL]`), in config keys
//! (`email`) and in metrics labels. Must not know how entities are detected.

use std::fmt;

/// A kind of sensitive value the scanner can find.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// An e-mail address.
    Email,
    /// A payment card number (Luhn-valid, known brand).
    CreditCard,
    /// A US social security number.
    UsSsn,
    /// A telephone number, international or national.
    Phone,
    /// An IPv4 or IPv6 address.
    IpAddress,
    /// An international bank account number.
    Iban,
    /// A network hardware (MAC) address.
    MacAddress,
    /// A checksummed bitcoin or ethereum address.
    CryptoWallet,
    /// A credential: API key, token, private key, password.
    Secret,
    /// A person's name.
    Person,
    /// A street address.
    Address,
    /// A date written next to words about birth.
    DateOfBirth,
    /// A US passport number (with context).
    UsPassport,
    /// A US driver licence number (with context).
    UsDriverLicense,
    /// A US individual taxpayer identification number.
    UsItin,
    /// A UK NHS number (mod-11, with context).
    UkNhs,
    /// Health data: a condition, medication, procedure, pregnancy, mental
    /// health or addiction statement, or a test result.
    Health,
    /// A match of a custom rule or deny-list term from the policy.
    Custom,
}

impl EntityKind {
    /// Every kind, in counter order.
    pub const ALL: [EntityKind; 18] = [
        EntityKind::Email,
        EntityKind::CreditCard,
        EntityKind::UsSsn,
        EntityKind::Phone,
        EntityKind::IpAddress,
        EntityKind::Iban,
        EntityKind::MacAddress,
        EntityKind::CryptoWallet,
        EntityKind::Secret,
        EntityKind::Person,
        EntityKind::Address,
        EntityKind::DateOfBirth,
        EntityKind::UsPassport,
        EntityKind::UsDriverLicense,
        EntityKind::UsItin,
        EntityKind::UkNhs,
        EntityKind::Health,
        EntityKind::Custom,
    ];

    /// Placeholder label, e.g. `EMAIL` in `[EMAIL]`.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Email => "EMAIL",
            EntityKind::CreditCard => "CREDIT_CARD",
            EntityKind::UsSsn => "US_SSN",
            EntityKind::Phone => "PHONE",
            EntityKind::IpAddress => "IP_ADDRESS",
            EntityKind::Iban => "IBAN",
            EntityKind::MacAddress => "MAC_ADDRESS",
            EntityKind::CryptoWallet => "CRYPTO_WALLET",
            EntityKind::Secret => "SECRET",
            EntityKind::Person => "PERSON",
            EntityKind::Address => "ADDRESS",
            EntityKind::DateOfBirth => "DATE_OF_BIRTH",
            EntityKind::UsPassport => "US_PASSPORT",
            EntityKind::UsDriverLicense => "US_DRIVER_LICENSE",
            EntityKind::UsItin => "US_ITIN",
            EntityKind::UkNhs => "UK_NHS",
            EntityKind::Health => "HEALTH",
            EntityKind::Custom => "CUSTOM",
        }
    }

    /// Config key and metrics label, e.g. `email`, `credit_card`.
    pub fn key(self) -> &'static str {
        match self {
            EntityKind::Email => "email",
            EntityKind::CreditCard => "credit_card",
            EntityKind::UsSsn => "us_ssn",
            EntityKind::Phone => "phone",
            EntityKind::IpAddress => "ip_address",
            EntityKind::Iban => "iban",
            EntityKind::MacAddress => "mac_address",
            EntityKind::CryptoWallet => "crypto_wallet",
            EntityKind::Secret => "secret",
            EntityKind::Person => "person",
            EntityKind::Address => "address",
            EntityKind::DateOfBirth => "date_of_birth",
            EntityKind::UsPassport => "us_passport",
            EntityKind::UsDriverLicense => "us_driver_license",
            EntityKind::UsItin => "us_itin",
            EntityKind::UkNhs => "uk_nhs",
            EntityKind::Health => "health",
            EntityKind::Custom => "custom",
        }
    }

    /// Parse a config key (`email`) or a label (`EMAIL`).
    pub fn from_key(s: &str) -> Option<EntityKind> {
        EntityKind::ALL
            .into_iter()
            .find(|k| k.key().eq_ignore_ascii_case(s) || k.label() == s)
    }

    /// Position in [`EntityKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Where a scanned string came from; a label on the redaction counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// OTLP span attributes and events.
    OtlpSpan,
    /// OTLP log records.
    OtlpLog,
    /// Gateway request and response bodies.
    Gateway,
    /// Events API (feedback, business events).
    Events,
    /// The `glassbox redact` command.
    Cli,
    /// Anything else.
    Other,
}

impl Source {
    /// Every source, in counter order.
    pub const ALL: [Source; 6] = [
        Source::OtlpSpan,
        Source::OtlpLog,
        Source::Gateway,
        Source::Events,
        Source::Cli,
        Source::Other,
    ];

    /// Metrics label.
    pub fn label(self) -> &'static str {
        match self {
            Source::OtlpSpan => "otlp_span",
            Source::OtlpLog => "otlp_log",
            Source::Gateway => "gateway",
            Source::Events => "events",
            Source::Cli => "cli",
            Source::Other => "other",
        }
    }

    /// Position in [`Source::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One detected value: its kind, the rule that found it and its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What was found.
    pub kind: EntityKind,
    /// Which detector found it (e.g. `aws_access_key`, `luhn`, `custom:employee_id`).
    pub rule: &'static str,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// For custom rules: index of the rule in the policy (for its own action).
    pub custom: Option<u16>,
}
