//! glassbox-redact
