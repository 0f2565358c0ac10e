//! Golden tests: the three GenAI instrumentations' real spans, decoded, converted and
//! normalized, compared with hand-checked expected files in
//! `tests/fixtures/otlp/golden/`. Run with `GLASSBOX_BLESS=1` to rewrite them after a
//! deliberate change, then review the diff.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;

use common::{fixture, fixture_path};
use glassbox_core::{GenAi, Span};
use glassbox_otlp::{convert_traces, decode_traces, Encoding};
use serde_json::json;

const FIXTURES: &[&str] = &[
    "openai-v2-v1_traces-06",
    "openai-v2-v1_traces-07",
    "openinference-v1_traces-11",
    "openinference-v1_traces-12",
    "openllmetry-v1_traces-03",
    "openllmetry-v1_traces-04",
];

fn spans(name: &str) -> Vec<Span> {
    let req = decode_traces(&fixture(&format!("{name}.pb")), Encoding::Protobuf).unwrap();
    if let Ok(json) = std::fs::read(fixture_path(&format!("{name}.otlp.json"))) {
        assert_eq!(
            decode_traces(&json, Encoding::Json).unwrap(),
            req,
            "{name}: protobuf and OTLP/JSON differ"
        );
    }
    let c = convert_traces(&req);
    assert_eq!(c.rejected, 0, "{name}: {}", c.error_message());
    c.records
}

#[test]
fn golden_genai_views() {
    let bless = std::env::var_os("GLASSBOX_BLESS").is_some();
    for name in FIXTURES {
        let view: Vec<_> = spans(name)
            .iter()
            .map(|s| {
                json!({
                    "name": s.name,
                    "service": s.service,
                    "correlation_id": s.correlation_id,
                    "session_id": s.session_id,
                    "user_id": s.user_id,
                    "gen_ai": s.gen_ai,
                })
            })
            .collect();
        let got = serde_json::to_string_pretty(&view).unwrap() + "\n";
        let path = fixture_path(&format!("golden/{name}.genai.json"));
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(
            got, want,
            "{name}: GenAI view changed; rerun with GLASSBOX_BLESS=1 and review the diff"
        );
    }
}

/// The model span of each instrumentation of the same OpenAI call.
fn model_span(name: &str) -> GenAi {
    spans(name)
        .into_iter()
        .filter_map(|s| s.gen_ai)
        .find(|g| g.input_tokens.is_some())
        .unwrap_or_else(|| panic!("{name}: no model span"))
}

#[test]
fn three_instrumentations_agree_on_the_same_call() {
    let views: Vec<GenAi> = [
        "openai-v2-v1_traces-06",
        "openinference-v1_traces-11",
        "openllmetry-v1_traces-03",
    ]
    .iter()
    .map(|n| model_span(n))
    .collect();
    let key = |g: &GenAi| {
        (
            g.operation.clone(),
            g.provider.clone(),
            g.request_model.clone(),
            g.response_model.clone(),
            g.input_tokens,
            g.output_tokens,
            g.temperature,
            g.max_tokens,
            g.finish_reasons.clone(),
            g.input_messages.clone(),
            g.output_messages.clone(),
        )
    };
    let first = key(&views[0]);
    assert_eq!(first.0.as_deref(), Some("chat"));
    assert_eq!(first.1.as_deref(), Some("openai"));
    assert_eq!((first.4, first.5), (Some(21), Some(8)));
    assert_eq!(
        first.9,
        Some(json!([
            {"role": "system", "parts": [{"type": "text", "content": "You are terse."}]},
            {"role": "user", "parts": [{"type": "text", "content": "Capital of France?"}]}
        ]))
    );
    for v in &views[1..] {
        assert_eq!(key(v), first);
    }
}
