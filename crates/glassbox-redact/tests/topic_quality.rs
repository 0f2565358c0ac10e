//! Quality gates on topic assignment (see `glassbox_redact::topic::eval`): of the pairs of
//! texts that ask the same thing, the share that get one topic id; of the pairs that ask
//! different things, the share that do.
//!
//! - the dev set (`tests/fixtures/topics/topics-dev.jsonl`, 60 intents × 20 wordings,
//!   written by `gen_dev.py`): what the vocabulary was grown against;
//! - a second dev set (`topics-dev2.jsonl`, 60 other intents × 20 wordings by another
//!   author, `gen_dev2.py`): the everyday subjects added after the first;
//! - the held-back set (`topics-holdout.jsonl`, 61 intents × 20 wordings, written
//!   separately by `gen_holdout.py` with its own intents): nobody tunes against it, and
//!   its texts and misses are never printed.
//!
//! The floors are what topics measure today (short of the 80% asked for same-intent pairs
//! on unseen text, see README): they catch a regression, they do not claim the target.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use glassbox_redact::topic::eval::{evaluate, TopicReport};
use glassbox_redact::{KeyRing, RedactConfig, Redactor, Topics};

fn measure(file: &str) -> TopicReport {
    let path = format!(
        "{}/../../tests/fixtures/topics/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let data = std::fs::read_to_string(&path).expect("topic fixture");
    let keys = KeyRing::single("gate", b"topic-gate-key-0123456789");
    let redactor = Redactor::new(&RedactConfig::default(), keys.clone()).unwrap();
    evaluate(&Topics::new(keys), &redactor, &data).unwrap()
}

/// A dev set of 60 intents × 20 wordings: same-intent pairs meet at least `same` of the
/// time, different-intent pairs at most 1.5%.
fn dev_set_meets(file: &str, same: f64) {
    let r = measure(file);
    assert_eq!((r.texts, r.intents), (1200, 60));
    assert!(
        r.same_rate >= same,
        "{file}: same-intent pairs sharing a topic: {:.3}",
        r.same_rate
    );
    assert!(
        r.different_rate <= 0.015,
        "{file}: different-intent pairs sharing: {:.4}",
        r.different_rate
    );
}

#[test]
fn dev_set_paraphrases_meet_and_requests_stay_apart() {
    dev_set_meets("topics-dev.jsonl", 0.62);
}

#[test]
fn second_dev_set_paraphrases_meet_and_requests_stay_apart() {
    dev_set_meets("topics-dev2.jsonl", 0.52);
}

#[test]
fn held_back_set_paraphrases_meet_and_requests_stay_apart() {
    let r = measure("topics-holdout.jsonl");
    assert!(r.texts >= 1200 && r.intents >= 60);
    // Figures only: no text, intent or miss of the held-back set is printed.
    assert!(
        r.same_rate >= 0.44,
        "held-back same-intent pairs sharing a topic: {:.3}",
        r.same_rate
    );
    assert!(
        r.different_rate <= 0.015,
        "held-back different-intent pairs sharing: {:.4}",
        r.different_rate
    );
}
