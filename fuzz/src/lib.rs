//! Fuzz targets for the parsers that take untrusted input, on stable Rust: proptest's
//! runner drives each target with three kinds of input, mixed:
//!
//! ```text
//!   seeds (tests/fixtures: real OTLP exports, SSE streams, PII texts)
//!     └─> mutated: bit flips, byte edits, inserts of boundary bytes (0x00, 0xff,
//!         varint 0x80…), deletions, truncation, duplicated runs, splices of two seeds
//!   generated structure: OTLP-JSON documents with wrong types, huge numbers, bad ids,
//!         deep nesting; SSE events with random JSON deltas; text dense in digits,
//!         escapes and separators
//!   arbitrary bytes
//! ```
//!
//! A case fails when the target panics, takes longer than [`CASE_TIME_LIMIT`] (a hang or
//! a blow-up), or the process's resident memory passes [`RSS_LIMIT_BYTES`] (unbounded
//! allocation). Failures are shrunk by proptest and written out so they can be replayed.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use bytes::Bytes;
use glassbox_gateway::openai::Endpoint;
use glassbox_gateway::sse::StreamTap;
use glassbox_otlp::{
    convert_logs, convert_metrics, convert_traces, decode_logs, decode_metrics, decode_traces,
    decompress, Encoding,
};
use glassbox_redact::jsonl::{redact_json_line, JsonLineStreamer};
use glassbox_redact::{KeyRing, RedactConfig, Redactor, Source};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

/// One case may take this long (release build) before it counts as a hang.
pub const CASE_TIME_LIMIT: Duration = Duration::from_secs(2);
/// Resident memory above this fails the run (the inputs are at most a few hundred KB).
pub const RSS_LIMIT_BYTES: u64 = 1 << 30;
/// Largest generated input.
const MAX_INPUT: usize = 256 * 1024;

/// What can be fuzzed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// OTLP protobuf export requests (traces, logs, metrics), gzip too, then conversion.
    OtlpProto,
    /// OTLP/JSON export requests, then conversion.
    OtlpJson,
    /// The gateway's SSE stream tap, fed in arbitrary fragments, then assembled.
    Sse,
    /// The PII scanner on text and the streaming JSON-lines redactor.
    Scanner,
    /// The gateway's reading of OpenAI request and response bodies (any JSON a client or
    /// an upstream might send).
    Openai,
}

impl Target {
    /// Every target.
    pub const ALL: [Target; 5] = [
        Target::OtlpProto,
        Target::OtlpJson,
        Target::Sse,
        Target::Scanner,
        Target::Openai,
    ];

    /// Name on the command line and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Target::OtlpProto => "otlp-proto",
            Target::OtlpJson => "otlp-json",
            Target::Sse => "sse",
            Target::Scanner => "scanner",
            Target::Openai => "openai",
        }
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn files_in(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().and_then(|n| n.to_str()).is_some_and(&keep) {
                if let Ok(b) = std::fs::read(&p) {
                    out.push(b);
                }
            }
        }
    }
    out
}

/// The seed corpus of a target: real inputs from `tests/fixtures` (and `fuzz/corpus`).
pub fn seeds(target: Target) -> Vec<Vec<u8>> {
    let f = fixtures();
    let mut s = match target {
        Target::OtlpProto => files_in(&f.join("otlp"), |n| {
            n.ends_with(".pb") || n.ends_with(".pb.gz")
        }),
        Target::OtlpJson => files_in(&f.join("otlp"), |n| n.ends_with(".json")),
        Target::Sse => files_in(&f.join("sse"), |_| true),
        Target::Openai => {
            // Request and response bodies as clients and providers send them, and the
            // JSON data of every streamed event.
            let mut v = vec![
                br#"{"model":"gpt-4o","temperature":0,"messages":[{"role":"system","content":"be brief"},{"role":"user","content":[{"type":"text","text":"hi"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}]},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}}]},{"role":"tool","tool_call_id":"c1","content":"ok"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}],"response_format":{"type":"json_object"},"stream":true,"stream_options":{"include_usage":true},"user":"u-1","max_tokens":50}"#.to_vec(),
                br#"{"model":"gpt-3.5-turbo-instruct","prompt":["a","b"],"max_tokens":5}"#.to_vec(),
                br#"{"model":"text-embedding-3-small","input":["x","y"]}"#.to_vec(),
                br#"{"model":"o3","instructions":"be brief","input":[{"role":"user","content":[{"type":"input_text","text":"hi"}]}],"reasoning":{"effort":"low"}}"#.to_vec(),
                br#"{"id":"chatcmpl-1","object":"chat.completion","model":"gpt-4o-2024-08-06","choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,"tool_calls":[{"id":"c9","type":"function","function":{"name":"f","arguments":"{}"}}]}}],"usage":{"prompt_tokens":10,"completion_tokens":2,"total_tokens":12,"prompt_tokens_details":{"cached_tokens":4},"completion_tokens_details":{"reasoning_tokens":1}}}"#.to_vec(),
                br#"{"id":"resp_1","object":"response","output":[{"type":"message","content":[{"type":"output_text","text":"hi"}]}],"usage":{"input_tokens":3,"output_tokens":1}}"#.to_vec(),
            ];
            for stream in files_in(&f.join("sse"), |_| true) {
                for line in stream.split(|&b| b == b'\n') {
                    if let Some(data) = line.strip_prefix(b"data: ") {
                        v.push(data.to_vec());
                    }
                }
            }
            v
        }
        Target::Scanner => {
            let mut lines = Vec::new();
            for file in ["pii/pii-dev-corpus.jsonl", "pii/eval-tune.jsonl"] {
                if let Ok(text) = std::fs::read_to_string(f.join(file)) {
                    // Every 7th line: a few hundred varied texts, each kept whole (JSON line).
                    lines.extend(text.lines().step_by(7).map(|l| l.as_bytes().to_vec()));
                }
            }
            lines
        }
    };
    s.extend(files_in(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus")
            .join(target.name()),
        |_| true,
    ));
    if s.is_empty() {
        s.push(b"{}".to_vec());
    }
    s
}

/// Runs one input through a target. Returning is success; a panic is a finding.
pub fn run_one(target: Target, input: &[u8], redactor: &Redactor) {
    match target {
        Target::OtlpProto => {
            let body = if input.starts_with(&[0x1f, 0x8b]) {
                match decompress(input, Some("gzip"), 8 << 20) {
                    Ok(b) => b,
                    Err(_) => return,
                }
            } else {
                input.to_vec()
            };
            otlp(&body, Encoding::Protobuf);
        }
        Target::OtlpJson => otlp(input, Encoding::Json),
        Target::Sse => {
            for endpoint in [Endpoint::Chat, Endpoint::Completions, Endpoint::Responses] {
                for strip in [false, true] {
                    let mut tap = StreamTap::new(endpoint, strip);
                    // Fragments cut where the input says (bytes divisible by 5), so one
                    // input covers many fragmentations.
                    let mut from = 0;
                    for (i, b) in input.iter().enumerate() {
                        if b % 5 == 0 && i > from {
                            std::hint::black_box(tap.feed(Bytes::copy_from_slice(&input[from..i])));
                            from = i;
                        }
                    }
                    std::hint::black_box(tap.feed(Bytes::copy_from_slice(&input[from..])));
                    std::hint::black_box(tap.finish());
                    let info = tap.assembly.response_info();
                    std::hint::black_box(info);
                    std::hint::black_box(tap.assembly.to_chat_completion());
                }
            }
        }
        Target::Openai => {
            if let Ok(v) = serde_json::from_slice::<serde_json::Value>(input) {
                for endpoint in [
                    Endpoint::Chat,
                    Endpoint::Completions,
                    Endpoint::Embeddings,
                    Endpoint::Responses,
                ] {
                    if let Some(map) = v.as_object() {
                        let _ = std::hint::black_box(glassbox_gateway::openai::read_request(
                            endpoint, map,
                        ));
                    }
                    std::hint::black_box(glassbox_gateway::openai::read_response(endpoint, &v));
                }
            }
        }
        Target::Scanner => {
            let text = String::from_utf8_lossy(input);
            std::hint::black_box(redactor.redact_str(&text, Source::Other));
            let mut streamer = JsonLineStreamer::new();
            let mut out = Vec::new();
            for line in input.split(|&b| b == b'\n') {
                out.clear();
                let _ = redact_json_line(&mut streamer, redactor, line, &mut out, Source::Other);
            }
            if let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(input) {
                redactor.redact_json(&mut v, Source::Other);
            }
        }
    }
}

fn otlp(body: &[u8], enc: Encoding) {
    if let Ok(r) = decode_traces(body, enc) {
        std::hint::black_box(convert_traces(&r));
    }
    if let Ok(r) = decode_logs(body, enc) {
        std::hint::black_box(convert_logs(&r, 1_700_000_000_000_000_000));
    }
    if let Ok(r) = decode_metrics(body, enc) {
        std::hint::black_box(convert_metrics(&r));
    }
}

/// One edit of a mutated seed.
#[derive(Debug, Clone)]
enum Mutation {
    FlipBit(usize, u8),
    SetByte(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
    Splice(usize, usize),
}

/// Bytes that sit on parsers' boundaries.
const INTERESTING: &[&[u8]] = &[
    &[0x00],
    &[0xff],
    &[0x80],
    &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
    &[0x0a],
    &[0x7f],
    b"\\u0000",
    b"\\ud800",
    b"-1",
    b"1e400",
    b"18446744073709551616",
    b"\"\"",
    b"null",
    b"[[[[[[[[[[[[[[[[",
    b"{\"a\":",
    b"data: ",
    b"\n\n",
    b"\r\n",
    b"[DONE]",
    b"%FF",
    b"\xf0\x9f\x92\xa9",
    b"\xe2\x80\xae",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(i, b)| Mutation::FlipBit(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, v)| Mutation::SetByte(i, v)),
        (any::<usize>(), prop::sample::select(INTERESTING))
            .prop_map(|(i, v)| Mutation::Insert(i, v.to_vec())),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(i, v)| Mutation::Insert(i, v)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 1usize..256).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Mutation::Splice(i, j)),
    ]
}

fn apply(mut b: Vec<u8>, edits: &[Mutation], seeds: &[Vec<u8>]) -> Vec<u8> {
    for m in edits {
        let n = b.len();
        let at = |i: usize| if n == 0 { 0 } else { i % (n + 1) };
        match m {
            Mutation::FlipBit(i, bit) if n > 0 => b[i % n] ^= 1 << bit,
            Mutation::SetByte(i, v) if n > 0 => b[i % n] = *v,
            Mutation::Insert(i, v) => {
                let p = at(*i);
                b.splice(p..p, v.iter().copied());
            }
            Mutation::Delete(i, len) if n > 0 => {
                let p = i % n;
                let e = (p + len).min(n);
                b.drain(p..e);
            }
            Mutation::Truncate(i) => b.truncate(at(*i)),
            Mutation::Duplicate(i, len) if n > 0 => {
                let p = i % n;
                let e = (p + len).min(n);
                let chunk: Vec<u8> = b[p..e].to_vec();
                b.splice(e..e, chunk);
            }
            Mutation::Splice(j, i) if !seeds.is_empty() => {
                let other = &seeds[j % seeds.len()];
                let p = at(*i);
                let q = if other.is_empty() { 0 } else { i % other.len() };
                b.truncate(p);
                b.extend_from_slice(&other[q..]);
            }
            _ => {}
        }
        if b.len() > MAX_INPUT {
            b.truncate(MAX_INPUT);
        }
    }
    b
}

/// JSON shaped like OTLP, with the wrong types and extreme values parsers meet.
fn otlp_json_doc() -> impl Strategy<Value = Vec<u8>> {
    json_doc(
        vec![
            "resourceSpans",
            "resourceLogs",
            "resourceMetrics",
            "resource",
            "attributes",
            "scopeSpans",
            "scopeLogs",
            "scopeMetrics",
            "spans",
            "logRecords",
            "metrics",
            "traceId",
            "spanId",
            "parentSpanId",
            "name",
            "kind",
            "startTimeUnixNano",
            "endTimeUnixNano",
            "timeUnixNano",
            "status",
            "code",
            "message",
            "events",
            "links",
            "key",
            "value",
            "stringValue",
            "intValue",
            "doubleValue",
            "boolValue",
            "arrayValue",
            "kvlistValue",
            "bytesValue",
            "values",
            "body",
            "severityNumber",
            "gauge",
            "sum",
            "histogram",
            "dataPoints",
            "asInt",
            "asDouble",
            "bucketCounts",
            "explicitBounds",
            "gen_ai.input.messages",
            "gen_ai.request.model",
            "correlation.id",
            "user.id",
        ],
        vec![
            "5b8efff798038103d269b633813fc60c",
            "eee19b7ec3c1b174",
            "",
            "00000000000000000000000000000000",
            "zz",
            "18446744073709551616",
            "-1",
            "1e30",
            "W4vv95gDgQPSabYzgT/GDA==",
            "\u{0}",
            "SPAN_KIND_CLIENT",
            "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"hi\"}]}]",
        ],
    )
}

/// JSON shaped like OpenAI requests and responses, with wrong types and extreme values.
fn openai_doc() -> impl Strategy<Value = Vec<u8>> {
    json_doc(
        vec![
            "model",
            "messages",
            "role",
            "content",
            "type",
            "text",
            "image_url",
            "url",
            "tool_calls",
            "id",
            "function",
            "name",
            "arguments",
            "tool_call_id",
            "temperature",
            "top_p",
            "max_tokens",
            "max_completion_tokens",
            "stream",
            "stream_options",
            "include_usage",
            "user",
            "safety_identifier",
            "prompt",
            "input",
            "instructions",
            "response_format",
            "json_schema",
            "schema",
            "tools",
            "choices",
            "index",
            "message",
            "delta",
            "finish_reason",
            "usage",
            "prompt_tokens",
            "completion_tokens",
            "input_tokens",
            "output_tokens",
            "prompt_tokens_details",
            "cached_tokens",
            "output",
            "output_text",
            "input_text",
        ],
        vec![
            "user",
            "assistant",
            "system",
            "developer",
            "tool",
            "text",
            "image_url",
            "function",
            "gpt-4o",
            "",
            "{\"a\":",
        ],
    )
}

/// Nested JSON documents whose object keys come from `keys` and whose strings are
/// `strings` or arbitrary text, with every JSON type where any may appear.
fn json_doc(keys: Vec<&'static str>, strings: Vec<&'static str>) -> impl Strategy<Value = Vec<u8>> {
    let key = prop::sample::select(keys);
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        prop::sample::select(strings).prop_map(|s| serde_json::Value::String(s.to_string())),
        "\\PC{0,40}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(6, 200, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(|kv| {
                serde_json::Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
    .prop_map(|v| serde_json::to_vec(&v).unwrap_or_default())
}

/// SSE streams of random events with JSON-ish data.
fn sse_stream() -> impl Strategy<Value = Vec<u8>> {
    let data = prop_oneof![
        Just("[DONE]".to_string()),
        Just(r#"{"choices":[{"index":0,"delta":{"content":"Hel"}}]}"#.to_string()),
        Just(r#"{"choices":[{"index":4294967296,"delta":{"tool_calls":[{"index":99999999,"function":{"arguments":"{"}}]}}]}"#.to_string()),
        Just(r#"{"choices":[],"usage":{"prompt_tokens":-5,"completion_tokens":1e308}}"#.to_string()),
        Just(r#"{"type":"response.output_text.delta","delta":"x"}"#.to_string()),
        Just(r#"{"type":"response.completed","response":{"usage":{"input_tokens":"a"}}}"#.to_string()),
        "\\PC{0,60}",
    ];
    let field = prop::sample::select(vec![
        "data: ", "data:", "event: ", ": ", "id: ", "retry: ", "da", "",
    ]);
    let sep = prop::sample::select(vec!["\n\n", "\r\n\r\n", "\n", "\r", ""]);
    prop::collection::vec((field, data, sep), 0..24).prop_map(|events| {
        let mut out = Vec::new();
        for (f, d, s) in events {
            out.extend_from_slice(f.as_bytes());
            out.extend_from_slice(d.as_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        out
    })
}

/// Text dense in what the scanner's detectors trigger on.
fn scanner_text() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        "[0-9 .\\-+()/]{1,40}",
        "[A-Z][a-z]{1,10} [A-Z][a-z]{1,12}",
        "[a-z.]{1,12}@[a-z]{1,8}\\.[a-z]{2,3}",
        Just("\\u0040\\u00e9\\\\n\\n%40%2".to_string()),
        Just("password: ".to_string()),
        Just("4111 1111 1111 1111".to_string()),
        Just("GB82 WEST 1234 5698 7654 32".to_string()),
        Just("Hi Takumi,\n".to_string()),
        Just("\"name\\\\\\\":\\\\\\\"".to_string()),
        Just("123 Main St, Springfield, IL 62704".to_string()),
        "\\PC{0,30}",
        "[\\p{Han}\\p{Hangul}\\p{Cyrillic}\\p{Arabic}\\p{Greek}]{1,12}",
    ];
    let mixed = prop::collection::vec(piece.clone(), 0..40).prop_map(|p| p.concat().into_bytes());
    // Large texts of one repeated shape (thousands of names, numbers or escapes): what
    // would expose work that grows faster than the text.
    let bulk = (
        prop::collection::vec(piece, 1..4),
        100usize..6000,
        prop::sample::select(vec![" ", "\n", ", ", "", "\\n"]),
    )
        .prop_map(|(p, n, sep)| {
            let unit = p.concat();
            let mut out = String::with_capacity((unit.len() + sep.len()) * n);
            for _ in 0..n {
                if out.len() + unit.len() > MAX_INPUT {
                    break;
                }
                out.push_str(&unit);
                out.push_str(sep);
            }
            out.into_bytes()
        });
    prop_oneof![4 => mixed, 1 => bulk]
}

/// The input strategy of a target.
pub fn strategy(target: Target, seeds: Vec<Vec<u8>>) -> BoxedStrategy<Vec<u8>> {
    let seeds = std::sync::Arc::new(seeds);
    let s2 = seeds.clone();
    let mutated = (0..seeds.len(), prop::collection::vec(mutation(), 0..12))
        .prop_map(move |(i, edits)| apply(s2[i].clone(), &edits, &s2));
    let raw = prop::collection::vec(any::<u8>(), 0..4096);
    let structured: BoxedStrategy<Vec<u8>> = match target {
        Target::OtlpProto => {
            // Protobuf-ish: field tags, varints and length prefixes, nested.
            prop::collection::vec(
                prop_oneof![
                    (1u8..16, 0u8..6).prop_map(|(f, w)| vec![(f << 3) | w]),
                    Just(vec![0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
                    Just(vec![
                        0x12, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01
                    ]),
                    prop::collection::vec(any::<u8>(), 0..32),
                ],
                0..64,
            )
            .prop_map(|v| v.concat())
            .boxed()
        }
        Target::OtlpJson => otlp_json_doc().boxed(),
        Target::Openai => openai_doc().boxed(),
        Target::Sse => sse_stream().boxed(),
        Target::Scanner => scanner_text().boxed(),
    };
    prop_oneof![6 => mutated, 3 => structured, 1 => raw].boxed()
}

/// Resident memory of this process, bytes (Linux; 0 elsewhere).
pub fn rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<u64>().ok())
        })
        .map_or(0, |pages| pages * 4096)
}

/// The redactor the scanner target runs.
pub fn redactor() -> anyhow::Result<Redactor> {
    Ok(Redactor::new(
        &RedactConfig::default(),
        KeyRing::single("fuzz", b"fuzz-key-0123456789abcdef"),
    )?)
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    /// Cases run.
    pub cases: u64,
    /// Slowest case.
    pub slowest: Duration,
    /// Peak resident memory seen, bytes.
    pub peak_rss: u64,
}

/// A failing input, shrunk, and why it failed.
#[derive(Debug)]
pub struct Finding {
    /// Why.
    pub reason: String,
    /// The (minimized) input.
    pub input: Vec<u8>,
}

/// Runs `target` for `budget`, in rounds of `cases_per_round`, reporting after each
/// round through `progress`. Returns the first finding, shrunk.
pub fn fuzz(
    target: Target,
    budget: Duration,
    cases_per_round: u32,
    mut progress: impl FnMut(&Stats),
) -> anyhow::Result<Result<Stats, Finding>> {
    let redactor = redactor()?;
    let seeds = seeds(target);
    let strat = strategy(target, seeds);
    let mut stats = Stats::default();
    let start = Instant::now();
    while start.elapsed() < budget {
        let mut runner = TestRunner::new(Config {
            cases: cases_per_round,
            failure_persistence: None,
            max_shrink_iters: 2048,
            ..Config::default()
        });
        let cases = std::cell::Cell::new(0u64);
        let slowest = std::cell::Cell::new(Duration::ZERO);
        let result = runner.run(&strat, |input| {
            let t0 = Instant::now();
            run_one(target, &input, &redactor);
            let took = t0.elapsed();
            cases.set(cases.get() + 1);
            slowest.set(slowest.get().max(took));
            if took > CASE_TIME_LIMIT {
                return Err(TestCaseError::fail(format!(
                    "took {took:?} on {} bytes (limit {CASE_TIME_LIMIT:?})",
                    input.len()
                )));
            }
            if cases.get().is_multiple_of(64) && rss_bytes() > RSS_LIMIT_BYTES {
                return Err(TestCaseError::fail(format!(
                    "resident memory {} MB after an input of {} bytes",
                    rss_bytes() >> 20,
                    input.len()
                )));
            }
            Ok(())
        });
        stats.cases += cases.get();
        stats.slowest = stats.slowest.max(slowest.get());
        stats.peak_rss = stats.peak_rss.max(rss_bytes());
        match result {
            Ok(()) => progress(&stats),
            Err(TestError::Fail(reason, input)) => {
                return Ok(Err(Finding {
                    reason: reason.to_string(),
                    input,
                }))
            }
            Err(TestError::Abort(reason)) => anyhow::bail!("the fuzz runner stopped: {reason}"),
        }
    }
    Ok(Ok(stats))
}
