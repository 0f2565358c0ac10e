//! The glassbox web UI: a single-page app written as plain ES modules, CSS and SVG (no
//! build step, no third-party code, works offline), embedded in the binary.
//!
//! ```text
//!  GET /, /traces, /traces/{id}, /logs, /topics, /investigate/{id}, /privacy ─> index.html (no-cache)
//!  GET /ui/{version}/{file}  ─> embedded asset, content-addressed version ─> immutable cache
//!  GET /ui/{file}            ─> the same asset, revalidated (no-cache)
//!  GET /glassbox.js, /glassbox.mjs ─> the browser snippet (any origin may load it)
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
pub const SHELL_ROUTES: [&str; 10] = [
    "/",
    "/traces",
    "/traces/{trace_id}",
    "/compare",
    "/logs",
    "/sessions",
    "/sessions/{session_id}",
    "/topics",
    "/investigate/{id}",
    "/privacy",
];

/// Content-Security-Policy of the shell: the app loads only its own scripts and styles
/// and talks only to its own origin.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// `glassbox.js` as a classic script (`window.glassbox`, optional `data-*` start).
pub const BROWSER_SCRIPT: &str = concat!(
    include_str!("../assets/glassbox.js"),
    include_str!("../assets/glassbox-classic.js")
);

/// `glassbox.js` as an ES module (`import glassbox from …/glassbox.mjs`).
pub const BROWSER_MODULE: &str = concat!(
    include_str!("../assets/glassbox.js"),
    include_str!("../assets/glassbox-module.js")
);

/// Routes of the web UI: the shell for every view, the assets under `/ui/`, and the
/// browser snippet (`/glassbox.js`, `/glassbox.mjs`) that web pages load from any origin.
pub fn router() -> Router {
    let mut r = Router::new();
    for path in SHELL_ROUTES {
        r = r.route(path, get(shell));
    }
    r.route("/ui/{*path}", get(asset))
        .route("/glassbox.js", get(|| browser_script(BROWSER_SCRIPT)))
        .route("/glassbox.mjs", get(|| browser_script(BROWSER_MODULE)))
}

/// The snippet: public code, holds no data, so any page may load it (a module import
/// across origins needs CORS; a page with COEP needs CORP).
async fn browser_script(body: &'static str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            ),
            (
                header::ACCESS_CONTROL_ALLOW_ORIGIN,
                HeaderValue::from_static("*"),
            ),
            (
                header::HeaderName::from_static("cross-origin-resource-policy"),
                HeaderValue::from_static("cross-origin"),
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        body,
    )
        .into_response()
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
