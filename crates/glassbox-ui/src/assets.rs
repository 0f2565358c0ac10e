//! The embedded asset files, their content types and the content hash that versions
//! their URLs. Must not touch the file system at run time.

use std::sync::OnceLock;

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        /// Every asset, by its path under `/ui/`.
        const ASSETS: &[(&str, &[u8])] = &[$(($path, include_bytes!(concat!("../assets/", $path)))),*];
    };
}

embed!(
    "app.css",
    "app.js",
    "api.js",
    "util.js",
    "chart.js",
    "favicon.svg",
    "views/overview.js",
    "views/traces.js",
    "views/trace.js",
    "views/compare.js",
    "views/logs.js",
    "views/sessions.js",
    "views/session.js",
    "views/topics.js",
    "views/investigate.js",
    "views/privacy.js",
    "views/onboarding.js",
);

const INDEX_HTML: &str = include_str!("../assets/index.html");

/// The bytes of an asset, by its path under `/ui/` (`views/trace.js`).
pub fn get(path: &str) -> Option<&'static [u8]> {
    ASSETS.iter().find(|(p, _)| *p == path).map(|(_, b)| *b)
}

/// The paths of every asset.
pub fn paths() -> impl Iterator<Item = &'static str> {
    ASSETS.iter().map(|(p, _)| *p)
}

/// `v-` and a hash of every asset's bytes: changes whenever any asset changes, so asset
/// URLs can be cached forever.
pub fn asset_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        // FNV-1a, 64-bit: stable across builds and platforms, no dependency.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for (path, bytes) in ASSETS {
            for b in path.bytes().chain(bytes.iter().copied()) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        format!("v-{:012x}", h & 0xffff_ffff_ffff)
    })
}

/// `index.html`, with its asset URLs pointing at the current version.
pub fn index_html() -> &'static str {
    static HTML: OnceLock<String> = OnceLock::new();
    HTML.get_or_init(|| INDEX_HTML.replace("/ui/VERSION/", &format!("/ui/{}/", asset_version())))
}

/// The content type of an asset, by extension.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
