//! `pii_echo` through glassbox's own PII scanner, limited to the kinds an answer has no
//! business inventing: contact details, card and account numbers, national ids, secrets.
//! Names, places, dates and IP addresses are everyday content of answers ("Who wrote
//! Hamlet?") and are left out.

use std::sync::Arc;

use glassbox_redact::{EntityKind, Redactor};

use crate::PiiFinder;

/// The scanner, as a [`PiiFinder`].
pub struct RedactorPii(pub Arc<Redactor>);

fn echo_kind(k: EntityKind) -> bool {
    matches!(
        k,
        EntityKind::Email
            | EntityKind::CreditCard
            | EntityKind::UsSsn
            | EntityKind::Phone
            | EntityKind::Iban
            | EntityKind::CryptoWallet
            | EntityKind::Secret
            | EntityKind::UsPassport
            | EntityKind::UsDriverLicense
            | EntityKind::UsItin
            | EntityKind::UkNhs
    )
}

/// True when `text` may hold one of those kinds: an `@`, seven digits, or a long run of
/// key-like characters. Most answers have none and skip the scanner.
fn may_hold(text: &str) -> bool {
    let mut digits = 0usize;
    let mut run = 0usize;
    for b in text.bytes() {
        match b {
            b'@' => return true,
            b'0'..=b'9' => {
                digits += 1;
                run += 1;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'-' | b'+' | b'/' | b'=' => run += 1,
            _ => run = 0,
        }
        if digits >= 7 || run >= 20 {
            return true;
        }
    }
    false
}

impl PiiFinder for RedactorPii {
    fn values<'t>(&self, text: &'t str) -> Vec<&'t str> {
        if !may_hold(text) {
            return Vec::new();
        }
        self.0
            .findings(text)
            .into_iter()
            .filter(|f| echo_kind(f.kind))
            .filter_map(|f| text.get(f.start..f.end))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use glassbox_redact::{KeyRing, RedactConfig};

    #[test]
    fn finds_contact_details_not_names() {
        let r = Redactor::new(&RedactConfig::default(), KeyRing::single("t", &[7; 32])).unwrap();
        let p = RedactorPii(Arc::new(r));
        assert_eq!(
            p.values("Mail jane.doe@example.com today"),
            vec!["jane.doe@example.com"]
        );
        assert!(p
            .values("Hamlet was written by William Shakespeare in London.")
            .is_empty());
        assert!(!may_hold("A short answer with 3 digits: 123."));
    }
}
