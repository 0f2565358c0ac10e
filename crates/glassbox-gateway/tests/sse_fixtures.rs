#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The stream tap against golden SSE streams in `tests/fixtures/sse/` (real-shaped
//! OpenAI streams: role chunk, deltas, finish chunk, usage chunk, `[DONE]`; a tool-call
//! stream; a CRLF text-completion stream; a Responses API stream), whatever the
//! fragmentation of the bytes.

use bytes::Bytes;
use glassbox_gateway::openai::Endpoint;
use glassbox_gateway::sse::StreamTap;
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/fixtures/sse/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Runs `bytes` through a tap, split at `cuts`.
fn run(endpoint: Endpoint, strip: bool, bytes: &[u8], cuts: &[usize]) -> (Vec<u8>, StreamTap) {
    let mut tap = StreamTap::new(endpoint, strip);
    let mut points: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    points.sort_unstable();
    points.push(bytes.len());
    let mut out = Vec::new();
    let mut from = 0;
    for p in points {
        if p > from {
            out.extend_from_slice(&tap.feed(Bytes::copy_from_slice(&bytes[from..p])));
            from = p;
        }
    }
    out.extend_from_slice(&tap.finish());
    (out, tap)
}

/// The fixture without its usage-only event.
fn without_usage_event(bytes: &[u8], sep: &str) -> Vec<u8> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let kept: Vec<&str> = text
        .split_inclusive(&format!("{sep}{sep}"))
        .filter(|ev| !ev.contains("\"choices\":[],\"usage\":{"))
        .collect();
    kept.concat().into_bytes()
}

#[test]
fn chat_stream_assembles_and_strips() {
    let bytes = fixture("chat_basic_include_usage.sse");
    let (out, tap) = run(Endpoint::Chat, true, &bytes, &[]);
    assert_eq!(out, without_usage_event(&bytes, "\n"));
    let info = tap.assembly.response_info();
    assert_eq!(info.output_text, "The sky is blue.");
    assert_eq!(
        info.id.as_deref(),
        Some("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG")
    );
    assert_eq!(info.model.as_deref(), Some("gpt-4o-mini-2024-07-18"));
    assert_eq!(info.finish_reasons, vec!["stop"]);
    let u = info.usage.unwrap();
    assert_eq!(
        (
            u.input_tokens,
            u.output_tokens,
            u.cached_input_tokens,
            u.reasoning_tokens
        ),
        (Some(14), Some(5), Some(0), Some(0))
    );
    assert!(tap.assembly.done);
    assert_eq!(tap.assembly.content_chunks, 5);
}

#[test]
fn tool_call_stream_assembles() {
    let bytes = fixture("chat_tool_call.sse");
    let (out, tap) = run(Endpoint::Chat, true, &bytes, &[]);
    assert_eq!(out, bytes, "nothing to strip");
    let info = tap.assembly.response_info();
    assert_eq!(info.finish_reasons, vec!["tool_calls"]);
    let part = &info.output_messages.unwrap()[0]["parts"][0];
    assert_eq!(part["type"], "tool_call");
    assert_eq!(part["id"], "call_DdmO9pD3xa9XTPNJ32zg2hcA");
    assert_eq!(part["name"], "get_weather");
    // Arguments are parsed, as for a non-streamed answer and an OTLP span.
    assert_eq!(part["arguments"], serde_json::json!({"location": "Paris"}));
    let completion = tap.assembly.to_chat_completion();
    assert_eq!(
        completion["choices"][0]["message"]["tool_calls"][0]["function"]["name"],
        "get_weather"
    );
}

#[test]
fn crlf_completions_stream() {
    let bytes = fixture("completions_crlf_include_usage.sse");
    let (out, tap) = run(Endpoint::Completions, true, &bytes, &[]);
    assert_eq!(out, without_usage_event(&bytes, "\r\n"));
    let info = tap.assembly.response_info();
    assert_eq!(info.output_text, "\n\nThis is a test");
    assert_eq!(info.finish_reasons, vec!["length"]);
    assert_eq!(info.usage.unwrap().output_tokens, Some(4));
}

#[test]
fn responses_stream() {
    let bytes = fixture("responses_stream.sse");
    let (out, tap) = run(Endpoint::Responses, false, &bytes, &[]);
    assert_eq!(out, bytes);
    let info = tap.assembly.response_info();
    assert_eq!(info.output_text, "Hi there!");
    assert_eq!(info.model.as_deref(), Some("gpt-4.1-2025-04-14"));
    assert_eq!(info.usage.unwrap().input_tokens, Some(37));
    assert_eq!(info.finish_reasons, vec!["completed"]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Whatever the TCP fragmentation, stripping removes exactly the usage event and
    /// the assembled record is the same.
    #[test]
    fn stripping_is_fragmentation_independent(cuts in proptest::collection::vec(0usize..4096, 0..40), which in 0usize..2) {
        let (name, endpoint, sep) = [("chat_basic_include_usage.sse", Endpoint::Chat, "\n"), ("completions_crlf_include_usage.sse", Endpoint::Completions, "\r\n")][which];
        let bytes = fixture(name);
        let (out, tap) = run(endpoint, true, &bytes, &cuts);
        prop_assert_eq!(&out, &without_usage_event(&bytes, sep));
        let (whole_out, whole_tap) = run(endpoint, true, &bytes, &[]);
        prop_assert_eq!(out, whole_out);
        prop_assert_eq!(tap.assembly.response_info(), whole_tap.assembly.response_info());
    }

    /// Without stripping, the client gets the upstream's bytes unchanged.
    #[test]
    fn passthrough_is_byte_exact(cuts in proptest::collection::vec(0usize..4096, 0..40)) {
        let bytes = fixture("chat_tool_call.sse");
        let (out, _) = run(Endpoint::Chat, false, &bytes, &cuts);
        prop_assert_eq!(out, bytes);
    }
}
