//! The glassbox web UI: a single-page app written as plain ES modules, CSS and SVG (no
//! build step, no third-party code, works offline), embedded in the binary.
//!
//! ```text
//!  GET /, /traces, /traces/{id}, /logs, /investigate/{id}, /privacy ─> index.html (no-cache)
//!  GET /ui/{version}/{file}  ─> embedded asset, content-addressed version ─> immutable cache
//!  GET /ui/{file}            ─> the same asset, revalidated (no-cache)
//! ```
//!
//! The app routes on the client with the History API, so every view has a shareable URL
//! and the server answers the same shell for each of them. It only reads the `/api/…`
//! JSON API; it owns no data and must not reach anything but its own origin.
//! Authentication is the caller's job: the server wiring mounts this router behind it.

mod assets;

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub use assets::{asset_version, content_type, paths as asset_paths};

/// Client-side routes that answer the app shell (`index.html`).
pub const SHELL_ROUTES: [&str; 9] = [
    "/",
    "/traces",
    "/traces/{trace_id}",
    "/compare",
    "/logs",
    "/sessions",
    "/sessions/{session_id}",
    "/investigate/{id}",
    "/privacy",
];

/// Content-Security-Policy of the shell: the app loads only its own scripts and styles
/// and talks only to its own origin.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Routes of the web UI: the shell for every view and the assets under `/ui/`.
pub fn router() -> Router {
    let mut r = Router::new();
    for path in SHELL_ROUTES {
        r = r.route(path, get(shell));
    }
    r.route("/ui/{*path}", get(asset))
}

async fn shell() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(CSP),
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            ),
        ],
        assets::index_html(),
    )
        .into_response()
}

async fn asset(Path(path): Path<String>) -> Response {
    // `/ui/v-<hash>/app.js` is cached for good; `/ui/app.js` is revalidated.
    let (file, immutable) = match path.split_once('/') {
        Some((ver, rest)) if ver.starts_with("v-") => (rest, ver == asset_version()),
        _ => (path.as_str(), false),
    };
    let Some(bytes) = assets::get(file) else {
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no such asset",
        )
            .into_response();
    };
    let cache = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(content_type(file)),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests;
