//! Property tests: the scanner never panics, never leaves a detected value in
//! its output, and redacting the output again changes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::OnceLock;

use glassbox_redact::{KeyRing, RedactConfig, Redactor, Source};
use proptest::prelude::*;

fn r() -> &'static Redactor {
    static R: OnceLock<Redactor> = OnceLock::new();
    R.get_or_init(|| {
        Redactor::new(
            &RedactConfig::default(),
            KeyRing::single("default", b"prop-key-0123456789"),
        )
        .unwrap()
    })
}

fn pii_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "john.smith@example.com",
        "4111 1111 1111 1111",
        "123-45-6789",
        "+44 20 7946 0958",
        "10.0.0.1",
        "GB82 WEST 1234 5698 7654 32",
        "AKIAIOSFODNN7EXAMPLE",
        "my password is Tr0ub4dor&3",
        "Dear Maria Garcia",
        "(415) 555-2671",
        "v2.3.14",
        "$1,299.00",
        "ORD-2024-88812",
        "Sarah Connor",
        "born on 1990-01-02",
        " ",
        "\n",
        ", ",
        "é",
        "🙂",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "token=abc123def456",
        "::",
        "@",
        "sk-",
    ]);
    // Pieces joined by separators, as in real text ("idempotent-ish": values glued
    // to each other without any separator may need a second pass).
    let sep = prop::sample::select(vec![" ", "\n", ", ", ". ", "; ", " (", ") "]);
    prop::collection::vec(
        (
            prop_oneof![pieces.prop_map(String::from), "[a-z ]{0,12}"],
            sep,
        ),
        0..24,
    )
    .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_strings(s in any::<String>()) {
        let _ = r().redact_str(&s, Source::Other);
    }

    #[test]
    fn never_panics_on_bytes(b in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = r().redact_bytes(&b, Source::Other);
    }

    #[test]
    fn detected_values_do_not_survive(s in pii_text()) {
        let out = r().redact_str(&s, Source::Other);
        for f in r().findings(&s) {
            let v = &s[f.start..f.end];
            prop_assert!(!out.contains(v) || v.len() < 4, "{v:?} survives in {out:?}");
        }
    }

    #[test]
    fn redaction_is_idempotent(s in pii_text()) {
        let once = r().redact_str(&s, Source::Other).into_owned();
        let twice = r().redact_str(&once, Source::Other).into_owned();
        prop_assert_eq!(once, twice);
    }
}
