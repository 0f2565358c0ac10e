//! Assembles the HTTP surface (API, OTLP/HTTP, extra routers such as the gateway, metrics
//! and UI) and the OTLP/gRPC surface, both behind the same auth, and serves them until a
//! shutdown signal.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::middleware;
use axum::serve::ListenerExt;
use axum::Router;
use tokio::net::TcpListener;

use crate::auth::{require_scope, Auth};
use crate::cors::{self, Cors};
use crate::sink::PipelineSink;
use crate::{api, AppState};

/// The HTTP router: query/events API and OTLP/HTTP, merged with `extra`, behind auth;
/// `public` (the UI's shell and assets, which hold no data) is served without a token.
/// CORS for `cors` origins wraps both, so a browser's preflight needs no token.
pub fn http_router(
    state: AppState,
    auth: Auth,
    extra: Router,
    public: Router,
    cors: Cors,
) -> Router {
    let sink = Arc::new(PipelineSink {
        pipeline: state.pipeline.clone(),
    });
    let limits = glassbox_otlp::Limits {
        admission: state.admission.clone(),
        ..Default::default()
    };
    api::router(state)
        .merge(glassbox_otlp::router_with(sink, limits))
        .merge(extra)
        .layer(middleware::from_fn_with_state(auth, require_scope))
        .merge(public)
        .layer(middleware::from_fn_with_state(cors, cors::handle))
}

/// The OTLP/gRPC services as a router, behind auth.
pub fn grpc_router(state: &AppState, auth: Auth) -> Router {
    let sink = Arc::new(PipelineSink {
        pipeline: state.pipeline.clone(),
    });
    glassbox_otlp::grpc_services_with(sink, state.admission.clone())
        .into_axum_router()
        .layer(middleware::from_fn_with_state(auth, require_scope))
}

/// True when the address is loopback (the safe default).
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// Serves HTTP and gRPC until `shutdown` resolves, then lets in-flight requests finish.
pub async fn serve(
    http: TcpListener,
    http_app: Router,
    grpc: Option<(TcpListener, Router)>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (tx, rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown.await;
        let _ = tx.send(true);
    });
    let wait = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|v| *v).await;
    };
    let http_server = axum::serve(nodelay(http), http_app).with_graceful_shutdown(wait(rx.clone()));
    match grpc {
        Some((listener, router)) => {
            let grpc_server =
                axum::serve(nodelay(listener), router).with_graceful_shutdown(wait(rx));
            let (a, b) = tokio::join!(http_server, grpc_server);
            a?;
            b
        }
        None => http_server.await,
    }
}

/// Streamed responses (SSE chunks, gRPC frames) must not wait for Nagle's algorithm.
fn nodelay(listener: TcpListener) -> impl axum::serve::Listener<Addr = SocketAddr> {
    listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "could not set TCP_NODELAY");
        }
    })
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing in-flight requests and flushing the pipeline");
}
