//! A short run of every fuzz target in the test suite (the long runs are in the README):
//! it must find nothing, and it keeps the targets compiling and working.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Duration;

use glassbox_fuzz::{fuzz, seeds, Target};

#[test]
fn every_target_runs_clean_for_a_few_seconds() {
    let secs = std::env::var("GLASSBOX_FUZZ_SMOKE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(4);
    for target in Target::ALL {
        assert!(
            seeds(target).len() >= 3,
            "{}: seed corpus missing",
            target.name()
        );
        match fuzz(target, Duration::from_secs(secs), 100, |_| {}).unwrap() {
            Ok(stats) => assert!(
                stats.cases >= 100,
                "{}: only {} cases",
                target.name(),
                stats.cases
            ),
            Err(f) => panic!(
                "{}: {} on input {:?}",
                target.name(),
                f.reason,
                String::from_utf8_lossy(&f.input)
            ),
        }
    }
}
