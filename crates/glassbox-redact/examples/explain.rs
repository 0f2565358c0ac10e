//! Show what the scanner finds in a text, with the rule that found each value:
//!
//! ```sh
//! echo 'Hi Takumi, ship to Lindenstraße 113b, 50337 Köln' | cargo run -p glassbox-redact --example explain
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Read;

use glassbox_redact::{KeyRing, RedactConfig, Redactor};

fn main() {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("explain: cannot read standard input: {e}");
        std::process::exit(2);
    }
    let r = match Redactor::new(
        &RedactConfig::default(),
        KeyRing::single("explain", b"0123456789abcdef0123"),
    ) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("explain: {e}");
            std::process::exit(2);
        }
    };
    for f in r.findings(&text) {
        println!(
            "{:<14} {:<22} {:?}",
            f.kind.label(),
            f.rule,
            &text[f.start..f.end]
        );
    }
}
