//! Every HTTP route glassbox serves is in its OpenAPI document (`/api/openapi.json`) with
//! the same method: the routers' source is read for `.route("PATH", METHOD(…))` calls, so
//! a new route without documentation fails here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// (method, path) of every `.route(…)` in the servers' sources.
fn served_routes() -> BTreeSet<(String, String)> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let route = regex::Regex::new(
        r#"\.route\(\s*"([^"]+)",\s*(?:axum::routing::)?(get|post|delete|put|patch|any)\("#,
    )
    .unwrap();
    let mut out = BTreeSet::new();
    let mut files = Vec::new();
    for krate in std::fs::read_dir(&crates).unwrap() {
        let src = krate.unwrap().path().join("src");
        // The UI's pages are documented in the README, not the API; the mock upstream is
        // a separate test server.
        if src.is_dir() && !src.starts_with(crates.join("glassbox-ui")) {
            rust_files(&src, &mut files);
        }
    }
    for file in files {
        if file.ends_with("mock.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        // Test modules build throwaway routers (fake scrape targets).
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for c in route.captures_iter(text) {
            // `/v1/traces/` is the documented `/v1/traces`, accepted with a trailing slash.
            let path = c[1].replace("{*rest}", "{path}");
            let path = match path.strip_suffix('/') {
                Some(p) if !p.is_empty() => p.to_string(),
                _ => path,
            };
            out.insert((c[2].to_string(), path));
        }
    }
    out
}

#[test]
fn every_served_route_is_documented() {
    let doc: serde_json::Value = serde_json::from_str(glassbox_server::api::OPENAPI_JSON).unwrap();
    let paths = doc["paths"].as_object().unwrap();
    let routes = served_routes();
    assert!(
        routes.len() >= 20,
        "the route scan found too few routes ({}); has the router code moved?",
        routes.len()
    );
    let mut missing = Vec::new();
    for (method, path) in &routes {
        let Some(item) = paths.get(path) else {
            missing.push(format!("{method} {path} (path not documented)"));
            continue;
        };
        let ok = if method == "any" {
            item.get("get").is_some() && item.get("post").is_some()
        } else {
            item.get(method.as_str()).is_some()
        };
        if !ok {
            missing.push(format!("{method} {path} (method not documented)"));
        }
    }
    assert!(
        missing.is_empty(),
        "routes missing from crates/glassbox-server/src/api/openapi.json:\n{}",
        missing.join("\n")
    );
    // The routes glassbox suggests for a mistyped path are all real, documented routes.
    for known in glassbox_core::routes::KNOWN {
        assert!(
            paths.contains_key(*known),
            "glassbox_core::routes::KNOWN lists `{known}`, which the API does not document"
        );
    }
    // And every operation documents its responses.
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            if matches!(method.as_str(), "parameters" | "summary" | "description") {
                continue;
            }
            assert!(
                op["responses"].as_object().is_some_and(|r| !r.is_empty()),
                "{method} {path} has no responses"
            );
        }
    }
}
