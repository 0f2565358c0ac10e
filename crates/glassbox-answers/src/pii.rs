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

/// True when `text` may hold one of those kinds: an `@`, a number of seven digits or
/// more (however grouped: `+44 (0)7810 890696`, `4111-1111-…`), or a long key-like run
/// with a digit in it. Most answers have none and skip the scanner; "200 ms, 400 ms,
/// 800 ms" is three short numbers, not one long one.
fn may_hold(text: &str) -> bool {
    const OTHER: u8 = 0;
    const DIGIT: u8 = 1;
    /// Part of a key-like run, and may separate a number's groups (`-`, `+`, `/`).
    const KEY_SEP: u8 = 2;
    /// Part of a key-like run only (letters, `_`, `=`).
    const KEY: u8 = 3;
    /// Separates a number's groups only (space, `.`, parentheses).
    const SEP: u8 = 4;
    const CLASS: [u8; 256] = {
        let mut t = [OTHER; 256];
        let mut i = 0;
        while i < 256 {
            let b = i as u8;
            t[i] = match b {
                b'0'..=b'9' => DIGIT,
                b'-' | b'+' | b'/' => KEY_SEP,
                b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'=' => KEY,
                b' ' | b'.' | b'(' | b')' => SEP,
                _ => OTHER,
            };
            i += 1;
        }
        t
    };
    let bytes = text.as_bytes();
    if bytes.contains(&b'@') {
        return true;
    }
    // Digits are rare in prose: jump from one to the next, and look around each for
    // the number it belongs to and the key-like run it is part of.
    let n = bytes.len();
    let key = |b: u8| matches!(CLASS[usize::from(b)], DIGIT | KEY | KEY_SEP);
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(u8::is_ascii_digit) {
        let start = i + off;
        let (mut l, mut r) = (start, start);
        while l > 0 && key(bytes[l - 1]) {
            l -= 1;
        }
        while r < n && key(bytes[r]) {
            r += 1;
        }
        if r - l >= 20 {
            return true;
        }
        let (mut digits, mut gap, mut j) = (0usize, 0usize, start);
        while j < n {
            match CLASS[usize::from(bytes[j])] {
                DIGIT => {
                    digits += 1;
                    gap = 0;
                }
                SEP | KEY_SEP if gap < 2 => gap += 1,
                _ => break,
            }
            if digits >= 7 {
                return true;
            }
            j += 1;
        }
        i = j.max(r).max(start + 1);
    }
    false
}

/// An address that names a service, not a person: the SSH user of a Git host
/// (`ssh -T git@github.com`) and the senders nobody answers (`noreply@…`). Answers
/// about tools write them all the time.
fn service_address(v: &str) -> bool {
    let Some((local, _)) = v.split_once('@') else {
        return false;
    };
    [
        "git",
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "mailer-daemon",
        "postmaster",
    ]
    .iter()
    .any(|s| local.eq_ignore_ascii_case(s))
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
            .filter(|v| !service_address(v))
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
        assert!(p
            .values("Then check the connection with `ssh -T git@github.com`.")
            .is_empty());
        assert!(!may_hold("A short answer with 3 digits: 123."));
        assert!(!may_hold(
            "Backoff of 200 ms, 400 ms and 800 ms, then a 503."
        ));
        assert!(!may_hold(
            "Emit payment.upstream_unavailable when it fails."
        ));
        for held in [
            "Call +44 (0)7810 890696 today",
            "Card 4111-1111-1111-1111",
            "on file: 503823375376",
            "token ghp_a1B2c3D4e5F6g7H8i9J0",
            "write to a@b.c",
        ] {
            assert!(may_hold(held), "{held}");
        }
    }
}
