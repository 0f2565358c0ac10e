//! A gateway in front of the mock upstream, recording into a throwaway SQLite store —
//! for running `tests/openai_sdk_e2e.py` before the `glassbox` binary mounts the router.
//!
//! `cargo run -p glassbox-gateway --example serve_with_mock -- 127.0.0.1:4000`
//! then `GLASSBOX_GATEWAY_URL=http://127.0.0.1:4000/v1 python3 crates/glassbox-gateway/tests/openai_sdk_e2e.py`

use std::sync::Arc;

use axum::serve::ListenerExt;
use glassbox_gateway::{router, serve_mock, GatewayConfig, GatewayState, MockOptions};
use glassbox_pipeline::{NoopObserver, PayloadPolicy, Pipeline, PipelineConfig, StandardStage};
use glassbox_redact::{KeyRing, RedactConfig, Redactor};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let listen = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:4000".into());
    let mock = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let mock_url = format!("http://{}/v1", mock.local_addr()?);
    tokio::spawn(serve_mock(
        mock,
        MockOptions {
            chunk_delay_ms: 5,
            ..MockOptions::default()
        },
        std::future::pending(),
    ));
    let dir = tempfile::tempdir()?;
    let (writer, _reader) = glassbox_store::sqlite::open(dir.path())?;
    let redactor = Redactor::new(
        &RedactConfig::default(),
        KeyRing::single("k1", &rand::random::<[u8; 32]>()),
    )?;
    let stage = StandardStage {
        text: Arc::new(redactor),
        payload: PayloadPolicy::default(),
        answers: None,
        prices: None,
        project_text: Default::default(),
    };
    let pipeline = Pipeline::start(
        PipelineConfig::default(),
        Arc::new(stage),
        Box::new(writer),
        Arc::new(NoopObserver),
    )?;
    let mut config = GatewayConfig::with_upstream(&mock_url);
    config.retry.initial_backoff_ms = 10;
    let state = GatewayState::new(config, pipeline.handle())?;
    let listener = tokio::net::TcpListener::bind(&listen).await?;
    eprintln!("gateway on http://{listen}/v1 → mock {mock_url}");
    axum::serve(
        listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        }),
        router(state),
    )
    .await?;
    Ok(())
}
