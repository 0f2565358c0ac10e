//! Agent runs as OTLP trace requests.

use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{any_value, AnyValue, InstrumentationScope, KeyValue};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{
    span, status, ResourceSpans, ScopeSpans, Span, Status,
};
use rand::Rng;

/// Knobs for one generated agent run.
#[derive(Debug, Clone)]
pub struct AgentTraceOptions {
    /// Fewest spans in a run.
    pub min_spans: usize,
    /// Most spans in a run.
    pub max_spans: usize,
    /// Smallest message attribute, bytes.
    pub min_message_bytes: usize,
    /// Largest message attribute, bytes.
    pub max_message_bytes: usize,
    /// Chance that one tool call is pathologically slow (5 s).
    pub slow_step_probability: f64,
    /// Chance that a tool call fails.
    pub error_probability: f64,
    /// Put PII in prompts (as users do).
    pub with_pii: bool,
    /// Every step carries message text, not only model calls: a retrieval its query and
    /// passages, a tool call its arguments and result, an HTTP call its response body (how
    /// agent frameworks that record everything export their runs).
    pub text_on_every_span: bool,
}

impl Default for AgentTraceOptions {
    fn default() -> Self {
        Self {
            min_spans: 5,
            max_spans: 25,
            min_message_bytes: 1024,
            max_message_bytes: 4096,
            slow_step_probability: 0.1,
            error_probability: 0.08,
            with_pii: true,
            text_on_every_span: false,
        }
    }
}

/// What was generated, for callers that want to link feedback or check results.
#[derive(Debug, Clone)]
pub struct AgentRun {
    /// The export request.
    pub request: ExportTraceServiceRequest,
    /// Trace id, hex.
    pub trace_id: String,
    /// Correlation id put on the root span.
    pub correlation_id: String,
    /// Session id.
    pub session_id: String,
    /// User id (raw; glassbox pseudonymizes it).
    pub user_id: String,
    /// Number of spans.
    pub span_count: usize,
    /// True when a step was made 5 s slow.
    pub slow: bool,
    /// True when a step failed.
    pub failed: bool,
}

const AGENTS: &[&str] = &[
    "travel_planner",
    "support_triage",
    "code_reviewer",
    "research_assistant",
];
const TOOLS: &[&str] = &[
    "search_flights",
    "lookup_order",
    "query_kb",
    "run_sql",
    "fetch_url",
    "get_weather",
];
const MODELS: &[(&str, &str)] = &[
    ("gpt-4o-mini", "openai"),
    ("gpt-4o", "openai"),
    ("claude-sonnet-4", "anthropic"),
    ("llama-3.1-8b", "vllm"),
];
const FIRST: &[&str] = &[
    "Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Liam",
];
const LAST: &[&str] = &[
    "Garcia", "Smith", "Khan", "Chen", "Ivanova", "Silva", "Patel", "Murphy",
];

fn kv(key: &str, v: any_value::Value) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue { value: Some(v) }),
        ..Default::default()
    }
}
fn s(key: &str, v: impl Into<String>) -> KeyValue {
    kv(key, any_value::Value::StringValue(v.into()))
}
fn i(key: &str, v: i64) -> KeyValue {
    kv(key, any_value::Value::IntValue(v))
}
fn d(key: &str, v: f64) -> KeyValue {
    kv(key, any_value::Value::DoubleValue(v))
}

/// A user prompt of roughly `len` bytes, with PII sprinkled in when asked.
pub fn prompt_text(rng: &mut impl Rng, len: usize, with_pii: bool) -> String {
    const FILLER: &[&str] = &[
        "Could you check the status of my booking and suggest alternatives if it is delayed?",
        "We migrated the billing service last week and some invoices look duplicated.",
        "Please summarise the attached incident report for the on-call channel.",
        "The deployment failed on step 3 with a timeout talking to the database.",
        "Find me a flight to Lisbon next Tuesday, morning departure, aisle seat.",
        "Order ORD-2024-88812 shipped with the wrong size; version v2.3.14 of the app shows no refund button.",
    ];
    let mut out = String::with_capacity(len + 64);
    let first = FIRST[rng.random_range(0..FIRST.len())];
    let last = LAST[rng.random_range(0..LAST.len())];
    if with_pii {
        out.push_str(&format!("Hi, my name is {first} {last}. "));
    }
    while out.len() < len {
        out.push_str(FILLER[rng.random_range(0..FILLER.len())]);
        out.push(' ');
        if with_pii && rng.random_bool(0.15) {
            let pii = match rng.random_range(0..5) {
                0 => format!(
                    "You can reach me at {}.{}@example.com. ",
                    first.to_lowercase(),
                    last.to_lowercase()
                ),
                1 => "My card is 4111 1111 1111 1111 exp 09/27. ".to_string(),
                2 => format!("Call me on +1 415 555 {:04}. ", rng.random_range(100..9999)),
                3 => "Our staging key is AKIAIOSFODNN7EXAMPLE, is that a problem? ".to_string(),
                _ => format!(
                    "Server 10.{}.{}.{} is the one failing. ",
                    rng.random_range(0..255),
                    rng.random_range(0..255),
                    rng.random_range(1..255)
                ),
            };
            out.push_str(&pii);
        }
    }
    out
}

/// A message length between the options' bounds.
fn text_len(rng: &mut impl Rng, opts: &AgentTraceOptions) -> usize {
    rng.random_range(opts.min_message_bytes..=opts.max_message_bytes.max(opts.min_message_bytes))
}

fn messages_json(role: &str, text: &str) -> String {
    serde_json::json!([{ "role": role, "parts": [{ "type": "text", "content": text }] }])
        .to_string()
}

/// Generates one agent run ending at `end_unix_nano`.
pub fn agent_trace(rng: &mut impl Rng, end_unix_nano: u64, opts: &AgentTraceOptions) -> AgentRun {
    let trace_id: [u8; 16] = rng.random();
    let trace_id = if trace_id == [0; 16] {
        [1; 16]
    } else {
        trace_id
    };
    let agent = AGENTS[rng.random_range(0..AGENTS.len())];
    let user_n = rng.random_range(1..500);
    let user_id = format!("user-{user_n}");
    let session_id = format!("sess-{}-{}", user_n, rng.random_range(1..4));
    let correlation_id = format!("cust-{}", rng.random_range(100..1000));
    let target = rng.random_range(opts.min_spans..=opts.max_spans.max(opts.min_spans));
    let slow = rng.random_bool(opts.slow_step_probability);
    let mut spans: Vec<Span> = Vec::with_capacity(target);
    let root_id = new_span_id(rng);
    // Lay the steps out in time: each step starts after the previous one.
    let mut cursor: u64 = 0;
    let mut failed = false;
    let mut step = 0;
    while spans.len() + 1 < target {
        step += 1;
        let (model, provider) = MODELS[rng.random_range(0..MODELS.len())];
        let kind = if step == 1 { 0 } else { rng.random_range(0..3) };
        match kind {
            // model call
            0 => {
                let dur = rng.random_range(300_000_000..1_800_000_000u64);
                let msg_len = rng.random_range(
                    opts.min_message_bytes..=opts.max_message_bytes.max(opts.min_message_bytes),
                );
                let prompt = prompt_text(rng, msg_len, opts.with_pii);
                let input = rng.random_range(200..2000);
                let output = rng.random_range(20..600);
                spans.push(Span {
                    trace_id: trace_id.to_vec(),
                    span_id: new_span_id(rng).to_vec(),
                    parent_span_id: root_id.to_vec(),
                    name: format!("chat {model}"),
                    kind: span::SpanKind::Client as i32,
                    start_time_unix_nano: cursor,
                    end_time_unix_nano: cursor + dur,
                    attributes: vec![
                        s("gen_ai.operation.name", "chat"),
                        s("gen_ai.provider.name", provider),
                        s("gen_ai.request.model", model),
                        s("gen_ai.response.model", model),
                        d("gen_ai.request.temperature", [0.0, 0.2, 0.7][rng.random_range(0..3)]),
                        i("gen_ai.usage.input_tokens", input),
                        i("gen_ai.usage.output_tokens", output),
                        s("gen_ai.input.messages", messages_json("user", &prompt)),
                        s("gen_ai.output.messages", messages_json("assistant", "Here is what I found: the booking is confirmed and the refund is on its way.")),
                    ],
                    ..Default::default()
                });
                cursor += dur + rng.random_range(1_000_000..20_000_000);
            }
            // retrieval
            1 => {
                let dur = rng.random_range(40_000_000..250_000_000u64);
                spans.push(Span {
                    trace_id: trace_id.to_vec(),
                    span_id: new_span_id(rng).to_vec(),
                    parent_span_id: root_id.to_vec(),
                    name: "retrieval knowledge_base".into(),
                    kind: span::SpanKind::Internal as i32,
                    start_time_unix_nano: cursor,
                    end_time_unix_nano: cursor + dur,
                    attributes: {
                        let mut a = vec![
                            s("gen_ai.operation.name", "retrieval"),
                            s("gen_ai.data_source.id", "kb-main"),
                            i("retrieval.documents", rng.random_range(3..12)),
                        ];
                        if opts.text_on_every_span {
                            let query = prompt_text(rng, 120, opts.with_pii);
                            let len = text_len(rng, opts);
                            let passages = prompt_text(rng, len, opts.with_pii);
                            a.push(s("gen_ai.retrieval.query.text", query));
                            a.push(s("gen_ai.retrieval.documents", passages));
                        }
                        a
                    },
                    ..Default::default()
                });
                cursor += dur + rng.random_range(1_000_000..10_000_000);
            }
            // tool call with a nested HTTP client span
            _ => {
                let tool = TOOLS[rng.random_range(0..TOOLS.len())];
                let is_slow = slow
                    && !spans
                        .iter()
                        .any(|s| s.end_time_unix_nano - s.start_time_unix_nano >= 5_000_000_000);
                let dur = if is_slow {
                    5_100_000_000
                } else {
                    rng.random_range(80_000_000..900_000_000u64)
                };
                let fails = !failed && rng.random_bool(opts.error_probability);
                failed |= fails;
                let tool_id = new_span_id(rng);
                spans.push(Span {
                    trace_id: trace_id.to_vec(),
                    span_id: tool_id.to_vec(),
                    parent_span_id: root_id.to_vec(),
                    name: format!("execute_tool {tool}"),
                    kind: span::SpanKind::Internal as i32,
                    start_time_unix_nano: cursor,
                    end_time_unix_nano: cursor + dur,
                    attributes: {
                        let mut a = vec![
                            s("gen_ai.operation.name", "execute_tool"),
                            s("gen_ai.tool.name", tool),
                            s(
                                "gen_ai.tool.call.id",
                                format!("call_{}", rng.random_range(10_000..99_999)),
                            ),
                        ];
                        if opts.text_on_every_span {
                            let args = serde_json::json!({ "query": prompt_text(rng, 160, opts.with_pii) });
                            let len = text_len(rng, opts);
                            let result = serde_json::json!({ "result": prompt_text(rng, len, opts.with_pii) });
                            a.push(s("gen_ai.tool.call.arguments", args.to_string()));
                            a.push(s("gen_ai.tool.call.result", result.to_string()));
                        }
                        a
                    },
                    status: fails.then(|| Status {
                        code: status::StatusCode::Error as i32,
                        message: format!("{tool} failed: upstream returned 503"),
                    }),
                    ..Default::default()
                });
                if spans.len() + 1 < target {
                    let inner_start = cursor + dur / 10;
                    let inner_dur = dur * 8 / 10;
                    spans.push(Span {
                        trace_id: trace_id.to_vec(),
                        span_id: new_span_id(rng).to_vec(),
                        parent_span_id: tool_id.to_vec(),
                        name: format!("GET /api/{tool}"),
                        kind: span::SpanKind::Client as i32,
                        start_time_unix_nano: inner_start,
                        end_time_unix_nano: inner_start + inner_dur,
                        attributes: {
                            let mut a = vec![
                                s("http.request.method", "GET"),
                                i("http.response.status_code", if fails { 503 } else { 200 }),
                            ];
                            if opts.text_on_every_span {
                                let len = text_len(rng, opts);
                                let body = prompt_text(rng, len, opts.with_pii);
                                a.push(s("http.response.body", body));
                            }
                            a
                        },
                        status: fails.then(|| Status {
                            code: status::StatusCode::Error as i32,
                            message: "503 Service Unavailable".into(),
                        }),
                        ..Default::default()
                    });
                }
                cursor += dur + rng.random_range(1_000_000..10_000_000);
            }
        }
    }
    let total = cursor + 2_000_000;
    let start = end_unix_nano.saturating_sub(total);
    for sp in &mut spans {
        sp.start_time_unix_nano += start;
        sp.end_time_unix_nano += start;
    }
    spans.insert(
        0,
        Span {
            trace_id: trace_id.to_vec(),
            span_id: root_id.to_vec(),
            name: format!("invoke_agent {agent}"),
            kind: span::SpanKind::Server as i32,
            start_time_unix_nano: start,
            end_time_unix_nano: start + total,
            attributes: vec![
                s("gen_ai.operation.name", "invoke_agent"),
                s("gen_ai.agent.name", agent),
                s("correlation.id", correlation_id.clone()),
                s("session.id", session_id.clone()),
                s("user.id", user_id.clone()),
            ],
            status: failed.then(|| Status {
                code: status::StatusCode::Error as i32,
                message: "a tool call failed".into(),
            }),
            ..Default::default()
        },
    );
    let span_count = spans.len();
    let request = ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource {
                attributes: vec![
                    s("service.name", format!("{agent}-agent")),
                    s("deployment.environment", "demo"),
                ],
                ..Default::default()
            }),
            scope_spans: vec![ScopeSpans {
                scope: Some(InstrumentationScope {
                    name: "glassbox.workload".into(),
                    version: "1".into(),
                    ..Default::default()
                }),
                spans,
                ..Default::default()
            }],
            ..Default::default()
        }],
    };
    AgentRun {
        request,
        trace_id: hex(&trace_id),
        correlation_id,
        session_id,
        user_id,
        span_count,
        slow,
        failed,
    }
}

fn new_span_id(rng: &mut impl Rng) -> [u8; 8] {
    let id: [u8; 8] = rng.random();
    if id == [0; 8] {
        [1; 8]
    } else {
        id
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn runs_have_the_requested_shape() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let opts = AgentTraceOptions::default();
        for _ in 0..50 {
            let run = agent_trace(&mut rng, 2_000_000_000_000_000_000, &opts);
            assert!(
                (opts.min_spans..=opts.max_spans).contains(&run.span_count),
                "{}",
                run.span_count
            );
            let spans = &run.request.resource_spans[0].scope_spans[0].spans;
            let root = &spans[0];
            assert!(root.parent_span_id.is_empty());
            assert!(spans
                .iter()
                .all(|s| s.start_time_unix_nano >= root.start_time_unix_nano
                    && s.end_time_unix_nano <= root.end_time_unix_nano));
            if run.slow {
                assert!(
                    spans
                        .iter()
                        .any(|s| s.end_time_unix_nano - s.start_time_unix_nano == 5_100_000_000)
                        || run.span_count < 4
                );
            }
        }
    }
}
