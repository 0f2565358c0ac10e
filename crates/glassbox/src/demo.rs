//! `glassbox demo`: `serve` on the embedded defaults, plus a built-in mock model behind the
//! gateway, plus synthetic traffic — agent runs over OTLP (retrieval, tool calls, model
//! calls; now and then a 5 s step or a failure), chat calls through the gateway (PII in
//! prompts, cacheable questions, blocked prompts), logs, feedback and business events — so
//! a newcomer sees a living dashboard within a minute.

use std::time::Duration;

use anyhow::{Context, Result};
use glassbox_workload::{agent_trace, chat_request, AgentTraceOptions};
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::common::v1::{any_value, AnyValue, KeyValue};
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
use opentelemetry_proto::tonic::resource::v1::Resource;
use prost::Message;
use rand::{Rng, SeedableRng};
use serde_json::json;

use crate::config::Validated;
use crate::serve;

/// Runs the demo until SIGINT/SIGTERM.
pub async fn run(mut v: Validated) -> Result<()> {
    let mock = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .context("starting the mock model")?;
    let mock_addr = mock.local_addr()?;
    let mock_opts = glassbox_gateway::MockOptions {
        delay_ms: 120,
        chunk_delay_ms: 15,
        chunks: 12,
        failure_rate: 0.03,
        failure_status: 500,
        // Some answers fail silently (refusals, cut-off answers, loops) for the overview's
        // "silent failures" tile.
        answer_faults: 0.06,
        ..Default::default()
    };
    tokio::spawn(glassbox_gateway::serve_mock(
        mock,
        mock_opts,
        std::future::pending(),
    ));
    if v.config.gateway.upstreams.is_empty() {
        let mut gw =
            glassbox_gateway::GatewayConfig::with_upstream(&format!("http://{mock_addr}/v1"));
        gw.upstreams[0].name = "demo-mock".into();
        gw.upstreams[0].api_key_env = None;
        gw.service_name = "support-chat".into();
        gw.safety.toxicity = glassbox_gateway::SafetyAction::Block;
        gw.safety.prompt_injection = glassbox_gateway::SafetyAction::Block;
        v.config.gateway = gw;
    }
    let rt = serve::start(&v)?;
    let base = format!("http://{}", v.listen);
    let host = v.listen;
    eprintln!(
        "\n  glassbox demo is starting with synthetic traffic (a mock model on {mock_addr}).\n\n\
         \x20 dashboard      http://{host}/\n\
         \x20 traces         http://{host}/traces\n\
         \x20 investigate    http://{host}/investigate/cust-402\n\
         \x20 privacy        http://{host}/privacy\n\
         \x20 prometheus     http://{host}/metrics\n\n\
         \x20 point your own app at it:\n\
         \x20   export OPENAI_BASE_URL=http://{host}/v1\n\
         \x20   export OTEL_EXPORTER_OTLP_ENDPOINT=http://{host}\n\n\
         \x20 data: {}   stop: Ctrl-C\n",
        v.config.server.data_dir.display()
    );
    let token = v
        .tokens
        .iter()
        .find(|t| {
            use glassbox_server::Scope::{Admin, Gateway, Ingest};
            t.scopes.contains(&Admin) || (t.scopes.contains(&Ingest) && t.scopes.contains(&Gateway))
        })
        .map(|t| t.secret.clone());
    tokio::spawn(async move {
        if let Err(e) = workload(base, token).await {
            tracing::warn!(error = %e, "demo traffic stopped");
        }
    });
    serve::serve_runtime(
        rt,
        &v,
        axum::Router::new(),
        glassbox_server::shutdown_signal(),
        false,
    )
    .await
}

fn kv(key: &str, v: &str) -> KeyValue {
    KeyValue {
        key: key.into(),
        value: Some(AnyValue {
            value: Some(any_value::Value::StringValue(v.into())),
        }),
        ..Default::default()
    }
}

fn hex_bytes(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

async fn workload(base: String, token: Option<String>) -> Result<()> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()?;
    let auth = |r: reqwest::RequestBuilder| match &token {
        Some(t) => r.bearer_auth(t),
        None => r,
    };
    for _ in 0..100 {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut rng = rand::rngs::StdRng::from_os_rng();
    let mut tick: u64 = 0;
    let mut interval = tokio::time::interval(Duration::from_millis(250));
    loop {
        interval.tick().await;
        tick += 1;
        // An agent run every second (a burst at start so pages are never empty).
        let agent_runs = if tick == 1 {
            12
        } else if tick.is_multiple_of(4) {
            1
        } else {
            0
        };
        for n in 0..agent_runs {
            let opts = AgentTraceOptions {
                slow_step_probability: if tick == 1 && n == 0 { 1.0 } else { 0.12 },
                max_spans: 18,
                min_message_bytes: 200,
                max_message_bytes: 1200,
                ..Default::default()
            };
            let mut run = agent_trace(&mut rng, glassbox_core::time::now_unix_nanos(), &opts);
            if tick == 1 && n == 0 {
                // A known customer for the quick start's "what happened to customer #402?"
                set_correlation(&mut run, "cust-402");
            }
            let body = run.request.encode_to_vec();
            auth(
                client
                    .post(format!("{base}/v1/traces"))
                    .header("content-type", "application/x-protobuf")
                    .body(body),
            )
            .send()
            .await?;
            let log = log_for(&run, &mut rng);
            auth(
                client
                    .post(format!("{base}/v1/logs"))
                    .header("content-type", "application/x-protobuf")
                    .body(log.encode_to_vec()),
            )
            .send()
            .await?;
            if rng.random_bool(0.4) {
                let up = !run.failed && rng.random_bool(0.75);
                let mut fb = json!({"trace_id": run.trace_id, "correlation_id": run.correlation_id, "value": if up { "up" } else { "down" }, "user_id": run.user_id, "session_id": run.session_id});
                if !up {
                    fb["comment"] = json!("Wrong flight again. Email me at jane.doe@example.com or call +44 20 7946 0958.");
                }
                auth(client.post(format!("{base}/api/feedback")).json(&fb))
                    .send()
                    .await?;
            }
            if rng.random_bool(0.2) {
                let ev = json!({"name": "conversion", "correlation_id": run.correlation_id, "session_id": run.session_id, "value": rng.random_range(20..400), "properties": {"plan": "pro"}});
                auth(client.post(format!("{base}/api/events")).json(&ev))
                    .send()
                    .await?;
            }
            if rng.random_bool(0.3) {
                let ev = json!({"name": "session_end", "session_id": run.session_id, "correlation_id": run.correlation_id, "value": rng.random_range(30..1800)});
                auth(client.post(format!("{base}/api/events")).json(&ev))
                    .send()
                    .await?;
            }
        }
        // A few chat calls through the gateway every tick.
        for _ in 0..rng.random_range(1..4) {
            let call = chat_request(&mut rng);
            let req = client
                .post(format!("{base}/v1/chat/completions"))
                .header("x-correlation-id", &call.correlation_id)
                .header("x-glassbox-session-id", &call.session_id)
                .json(&call.body);
            let base = base.clone();
            let req = auth(req);
            tokio::spawn(async move {
                match req.send().await {
                    Ok(r) => {
                        let _ = r.bytes().await;
                    }
                    Err(e) => tracing::debug!(error = %e, base, "demo chat call failed"),
                }
            });
        }
    }
}

fn set_correlation(run: &mut glassbox_workload::AgentRun, id: &str) {
    run.correlation_id = id.to_string();
    for rs in &mut run.request.resource_spans {
        for ss in &mut rs.scope_spans {
            for span in &mut ss.spans {
                for a in &mut span.attributes {
                    if a.key == "correlation.id" {
                        a.value = Some(AnyValue {
                            value: Some(any_value::Value::StringValue(id.into())),
                        });
                    }
                }
            }
        }
    }
}

fn log_for(run: &glassbox_workload::AgentRun, rng: &mut impl Rng) -> ExportLogsServiceRequest {
    let now = glassbox_core::time::now_unix_nanos();
    let (severity, text, body) = if run.failed {
        (17, "ERROR", format!("agent run failed for user {}: a tool call returned 503; escalated to ops (pager: ops-oncall@example.com)", run.user_id))
    } else if run.slow {
        (
            13,
            "WARN",
            "agent run took longer than 5s: execute_tool step was slow".to_string(),
        )
    } else {
        (
            9,
            "INFO",
            format!("agent run finished in {} steps", run.span_count),
        )
    };
    let service = run
        .request
        .resource_spans
        .first()
        .and_then(|r| r.resource.as_ref())
        .and_then(|r| r.attributes.first())
        .and_then(|a| a.value.as_ref())
        .and_then(|v| match &v.value {
            Some(any_value::Value::StringValue(s)) => Some(s.to_string()),
            _ => None,
        })
        .unwrap_or_else(|| String::from("agent"));
    ExportLogsServiceRequest {
        resource_logs: vec![ResourceLogs {
            resource: Some(Resource {
                attributes: vec![kv("service.name", &service)],
                ..Default::default()
            }),
            scope_logs: vec![ScopeLogs {
                log_records: vec![LogRecord {
                    time_unix_nano: now,
                    observed_time_unix_nano: now,
                    severity_number: severity,
                    severity_text: text.into(),
                    body: Some(AnyValue {
                        value: Some(any_value::Value::StringValue(body)),
                    }),
                    attributes: vec![
                        kv("correlation.id", &run.correlation_id),
                        kv("session.id", &run.session_id),
                        kv("user.id", &run.user_id),
                        kv(
                            "app.region",
                            ["eu-west-1", "us-east-1"][rng.random_range(0..2)],
                        ),
                    ],
                    trace_id: hex_bytes(&run.trace_id),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        }],
    }
}
