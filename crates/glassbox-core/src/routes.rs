//! The HTTP routes glassbox serves, for suggestions: a mistyped path (`/v1/trace`,
//! `/api/trace/…`) is answered with the nearest real route instead of a bare 404 — and
//! never forwarded anywhere; likewise a mistyped query parameter is named, not ignored
//! ([`unknown_params`]).

/// Routes by template (`{…}` matches one segment).
pub const KNOWN: &[&str] = &[
    "/v1/traces",
    "/v1/logs",
    "/v1/metrics",
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/responses",
    "/v1/models",
    "/v1/models/{model}",
    "/api/traces",
    "/api/traces/{trace_id}",
    "/api/compare",
    "/api/topics",
    "/api/investigate/{id}",
    "/api/logs",
    "/api/sessions",
    "/api/sessions/{session_id}",
    "/api/export/traces",
    "/api/export/logs",
    "/api/export/events",
    "/ingest/segment/v1/{kind}",
    "/api/feedback",
    "/api/events",
    "/api/metrics/summary",
    "/api/metrics/timeseries",
    "/api/privacy",
    "/api/blobs/{sha256}",
    "/api/subjects/{user_id}",
    "/api/openapi.json",
    "/metrics",
    "/glassbox.js",
    "/glassbox.mjs",
    "/healthz",
    "/readyz",
];

fn matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(a, b)| a == b || (a.starts_with('{') && !b.is_empty()))
}

/// Edit distance, bytes, capped work (paths are short).
fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Whether `path` is one of the [`KNOWN`] routes (a trailing slash allowed).
pub fn is_known(path: &str) -> bool {
    let trimmed = path.trim_end_matches('/');
    KNOWN.iter().any(|k| matches(k, trimmed))
}

/// The nearest known route to a path no route matched, when one is near enough to be
/// what was meant (`/v1/trace` → `/v1/traces`, `/v1/traces/x` → `/v1/traces`).
pub fn suggest(path: &str) -> Option<&'static str> {
    let path = path.split('?').next().unwrap_or(path);
    if path.len() > 200 {
        return None;
    }
    let trimmed = path.trim_end_matches('/');
    if let Some(k) = KNOWN.iter().find(|k| matches(k, trimmed)) {
        return Some(k);
    }
    // Compare with templates whose parameters are filled by the path's own segments.
    let best = KNOWN
        .iter()
        .map(|k| {
            let filled: Vec<&str> = k
                .split('/')
                .zip(trimmed.split('/').chain(std::iter::repeat("")))
                .map(|(t, p)| {
                    if t.starts_with('{') && !p.is_empty() {
                        p
                    } else {
                        t
                    }
                })
                .collect();
            (distance(&filled.join("/"), trimmed), *k)
        })
        .min_by_key(|(d, _)| *d)?;
    let limit = (trimmed.len() / 3).max(3);
    (best.0 <= limit).then_some(best.1)
}

/// The first query parameter of `given` that is not in `known` (alphabetically), with a
/// message naming every unknown one and what the endpoint takes; `None` when all are
/// known. A mistyped filter would otherwise be ignored silently and the answer would look
/// filtered when it is not.
pub fn unknown_params<'a>(
    given: impl IntoIterator<Item = &'a String>,
    known: &[&str],
) -> Option<(String, String)> {
    let mut unknown: Vec<&str> = given
        .into_iter()
        .map(String::as_str)
        .filter(|k| !known.contains(k))
        .collect();
    // Named ones first: they are what a person mistyped.
    unknown.sort_unstable_by_key(|k| (k.is_empty(), *k));
    unknown.dedup();
    let first = unknown.first()?;
    let param = if first.is_empty() {
        "(unnamed parameter)".to_string()
    } else {
        first.escape_debug().to_string()
    };
    let message = format!(
        "unknown query parameter{} {}: this endpoint takes {}",
        if unknown.len() > 1 { "s" } else { "" },
        unknown
            .iter()
            .map(|u| if u.is_empty() {
                "`` (no name)".to_string()
            } else {
                format!("`{}`", u.escape_debug())
            })
            .collect::<Vec<_>>()
            .join(", "),
        known.join(", ")
    );
    Some((param, message))
}

#[cfg(test)]
mod unknown_param_tests {
    use super::*;

    #[test]
    fn names_the_typo_first_and_never_an_empty_param() {
        let given = ["".to_string(), "modle".to_string(), "limit".to_string()];
        let (param, msg) = unknown_params(given.iter(), &["model", "limit"]).unwrap_or_default();
        assert_eq!(param, "modle");
        assert!(
            msg.contains("`modle`")
                && msg.contains("no name")
                && msg.contains("takes model, limit"),
            "{msg}"
        );
        let only_empty = ["".to_string()];
        assert_eq!(
            unknown_params(only_empty.iter(), &["a"])
                .unwrap_or_default()
                .0,
            "(unnamed parameter)"
        );
        assert!(unknown_params(["limit".to_string()].iter(), &["limit"]).is_none());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(suggest("/v1/trace"), Some("/v1/traces"));
        assert_eq!(suggest("/v1/traces/"), Some("/v1/traces"));
        assert_eq!(suggest("/v1/log"), Some("/v1/logs"));
        assert_eq!(suggest("/v1/chat/completion"), Some("/v1/chat/completions"));
        assert_eq!(
            suggest("/api/trace/0af7651916cd43dd8448eb211c80319c"),
            Some("/api/traces/{trace_id}")
        );
        assert_eq!(suggest("/v1/api/traces"), Some("/api/traces"));
        assert_eq!(suggest("/totally/elsewhere/entirely/unrelated"), None);
        assert!(is_known("/v1/traces/") && is_known("/api/traces/abc") && !is_known("/v1/trace"));
    }
}
