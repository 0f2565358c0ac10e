//! Assembles the HTTP surface (API, OTLP/HTTP, extra routers such as the gateway, metrics
//! and UI) and the OTLP/gRPC surface, both behind the same auth, and serves them until a
//! shutdown signal.

use std::future::{Future, IntoFuture};
use std::net::SocketAddr;
use std::sync::Arc;

use axum::middleware;
use axum::serve::ListenerExt;
use axum::Router;
use tokio::net::{TcpListener, TcpStream};

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
        .fallback(no_such_route)
        .layer(middleware::from_fn_with_state(cors, cors::handle))
}

/// Any path no route serves: a 404 that names the nearest route.
async fn no_such_route(uri: axum::http::Uri) -> axum::response::Response {
    use axum::response::IntoResponse;
    let path = uri.path();
    let hint = glassbox_core::routes::suggest(path)
        .map(|r| format!(" Did you mean `{r}`?"))
        .unwrap_or_default();
    crate::error::ApiError::status(
        axum::http::StatusCode::NOT_FOUND,
        format!("glassbox has no route `{path}`.{hint} The API is listed at /api/openapi.json."),
    )
    .into_response()
}

/// OTLP/HTTP alone (`/v1/traces`, `/v1/logs`, `/v1/metrics`), behind auth: the
/// standard port 4318 serves this, as the OpenTelemetry Collector does.
pub fn otlp_http_router(state: &AppState, auth: Auth, cors: Cors) -> Router {
    let sink = Arc::new(PipelineSink {
        pipeline: state.pipeline.clone(),
    });
    let limits = glassbox_otlp::Limits {
        admission: state.admission.clone(),
        ..Default::default()
    };
    glassbox_otlp::router_with(sink, limits)
        .route("/healthz", axum::routing::get(crate::api::health::healthz))
        .layer(middleware::from_fn_with_state(auth, require_scope))
        .fallback(no_such_route)
        .layer(middleware::from_fn_with_state(cors, cors::handle))
}

/// The OTLP/gRPC services as a router, behind auth. The port also answers OTLP/HTTP
/// (an HTTP exporter pointed at 4317 stores its data rather than seeing a gRPC
/// "unimplemented" it reads as success), and anything else that is not gRPC gets an
/// HTTP error saying which port to use.
pub fn grpc_router(state: &AppState, auth: Auth) -> Router {
    let sink = Arc::new(PipelineSink {
        pipeline: state.pipeline.clone(),
    });
    let limits = glassbox_otlp::Limits {
        admission: state.admission.clone(),
        ..Default::default()
    };
    glassbox_otlp::grpc_services_with(sink.clone(), state.admission.clone())
        .into_axum_router()
        .merge(glassbox_otlp::router_with(sink, limits))
        .layer(middleware::from_fn_with_state(auth, require_scope))
        .layer(middleware::from_fn(grpc_or_otlp_http))
}

/// On the gRPC port: gRPC requests and OTLP/HTTP paths go on; anything else is told
/// where to go.
async fn grpc_or_otlp_http(
    req: axum::extract::Request,
    next: middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let grpc = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/grpc"));
    let path = req.uri().path();
    if grpc || crate::auth::is_otlp_http(path) {
        return next.run(req).await;
    }
    crate::error::ApiError::status(
        axum::http::StatusCode::NOT_FOUND,
        format!(
            "this is glassbox's OTLP/gRPC port; `{path}` is not served here. Send OTLP/HTTP to /v1/traces, /v1/logs or /v1/metrics (this port, 4318, or the main listener, default 4000), and the API, gateway and UI to the main listener"
        ),
    )
    .into_response()
}

/// True when the address is loopback (the safe default).
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// Serves HTTP and the `others` (gRPC, the standard OTLP/HTTP port) until `shutdown`
/// resolves, then lets in-flight requests finish.
pub async fn serve(
    http: TcpListener,
    http_app: Router,
    others: Vec<(TcpListener, Router)>,
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
    let mut servers = Vec::with_capacity(others.len() + 1);
    servers.push(tokio::spawn(
        axum::serve(
            nodelay(http),
            http_app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(wait(rx.clone()))
        .into_future(),
    ));
    for (listener, router) in others {
        servers.push(tokio::spawn(
            axum::serve(
                nodelay(listener),
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(wait(rx.clone()))
            .into_future(),
        ));
    }
    for s in servers {
        s.await.map_err(std::io::Error::other)??;
    }
    Ok(())
}

/// Streamed responses (SSE chunks, gRPC frames) must not wait for Nagle's algorithm.
/// (A named type, so the peer address reaches handlers as `ConnectInfo`.)
fn nodelay(listener: TcpListener) -> axum::serve::TapIo<TcpListener, fn(&mut TcpStream)> {
    fn set(tcp: &mut TcpStream) {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "could not set TCP_NODELAY");
        }
    }
    listener.tap_io(set as fn(&mut TcpStream))
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
