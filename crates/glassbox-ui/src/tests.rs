#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::{to_bytes, Body};
use axum::http::{header, Request, StatusCode};
use tower::ServiceExt;

use super::*;

async fn get(path: &str) -> (StatusCode, String, String, Vec<u8>) {
    let res = router()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let h = |n| {
        res.headers()
            .get(n)
            .map(|v: &HeaderValue| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let (ct, cc) = (h(header::CONTENT_TYPE), h(header::CACHE_CONTROL));
    let body = to_bytes(res.into_body(), 10 << 20).await.unwrap().to_vec();
    (status, ct, cc, body)
}

#[tokio::test]
async fn every_view_route_answers_the_shell() {
    for path in [
        "/",
        "/traces",
        "/traces?service=checkout&status=error",
        "/traces/4bf92f3577b34da6a3ce929d0e0e4736",
        "/logs",
        "/logs?q=timeout",
        "/investigate/req-42",
        "/privacy",
    ] {
        let (status, ct, cc, body) = get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(ct, "text/html; charset=utf-8", "{path}");
        assert_eq!(cc, "no-cache", "{path}");
        let html = String::from_utf8(body).unwrap();
        assert!(html.contains("<main id=\"app\""), "{path}");
        assert!(
            html.contains(&format!("/ui/{}/app.js", asset_version())),
            "{path}"
        );
        assert!(!html.contains("/ui/VERSION/"), "{path}");
    }
}

#[tokio::test]
async fn assets_have_their_content_types_and_cache_headers() {
    let v = asset_version();
    for (file, ct) in [
        ("app.js", "text/javascript; charset=utf-8"),
        ("views/trace.js", "text/javascript; charset=utf-8"),
        ("chart.js", "text/javascript; charset=utf-8"),
        ("app.css", "text/css; charset=utf-8"),
        ("favicon.svg", "image/svg+xml"),
    ] {
        let (status, got, cc, body) = get(&format!("/ui/{v}/{file}")).await;
        assert_eq!((status, got.as_str()), (StatusCode::OK, ct), "{file}");
        assert_eq!(cc, "public, max-age=31536000, immutable", "{file}");
        assert!(!body.is_empty());
        let (status, _, cc, _) = get(&format!("/ui/{file}")).await;
        assert_eq!(
            (status, cc.as_str()),
            (StatusCode::OK, "no-cache"),
            "{file}"
        );
    }
    // An old version still answers, but must be revalidated.
    let (status, _, cc, _) = get("/ui/v-000000000000/app.js").await;
    assert_eq!((status, cc.as_str()), (StatusCode::OK, "no-cache"));
    assert_eq!(get("/ui/nope.js").await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        get(&format!("/ui/{v}/../Cargo.toml")).await.0,
        StatusCode::NOT_FOUND
    );
}

#[test]
fn every_asset_is_referenced_and_relative_imports_resolve() {
    for path in assets::paths() {
        if path.ends_with(".js") {
            let text = std::str::from_utf8(assets::get(path).unwrap()).unwrap();
            // Each `from './x.js'` must name an embedded file.
            for spec in text
                .split("from '")
                .skip(1)
                .filter_map(|s| s.split('\'').next())
            {
                let base = path.rsplit_once('/').map_or("", |(d, _)| d);
                let mut parts: Vec<&str> = if base.is_empty() {
                    vec![]
                } else {
                    base.split('/').collect()
                };
                for seg in spec.split('/') {
                    match seg {
                        "." => {}
                        ".." => {
                            parts.pop();
                        }
                        s => parts.push(s),
                    }
                }
                let resolved = parts.join("/");
                assert!(
                    assets::get(&resolved).is_some(),
                    "{path} imports {spec} ({resolved}), which is not embedded"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_browser_snippet_is_public_small_and_loads_from_any_origin() {
    use std::io::Write as _;
    for (path, tail) in [
        ("/glassbox.js", "window.glassbox = glassbox"),
        ("/glassbox.mjs", "export default glassbox"),
    ] {
        let res = router()
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let h = |n: &str| res.headers().get(n).unwrap().to_str().unwrap().to_string();
        assert_eq!(h("content-type"), "text/javascript; charset=utf-8");
        assert_eq!(h("access-control-allow-origin"), "*");
        assert_eq!(h("cross-origin-resource-policy"), "cross-origin");
        let body = to_bytes(res.into_body(), 1 << 20).await.unwrap();
        let text = std::str::from_utf8(&body).unwrap();
        assert!(text.contains(tail), "{path}");
        assert!(text.contains("traceparent") && text.contains("sendBeacon"));
        // At most 6 KB gzipped.
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&body).unwrap();
        let size = gz.finish().unwrap().len();
        assert!(size <= 6 * 1024, "{path}: {size} bytes gzipped");
    }
}
