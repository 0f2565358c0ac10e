//! Field policy: how an OTLP attribute key or JSON field name is treated.
//!
//! Exact keys win over globs, longer globs over shorter ones, configured
//! patterns over built-in defaults; unknown keys are scanned (fail closed).

use crate::config::FieldsConfig;

/// How a field's value is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldClass {
    /// Free text: scanned for PII.
    Content,
    /// A user/account identifier: pseudonymized whole with the keyed hash.
    Identifier,
    /// Never touched (model names, token counts, trace ids…).
    Safe,
    /// A credential: masked whole as `[SECRET]`.
    Secret,
}

const DEFAULT_SAFE: &[&str] = &[
    "service.name",
    "service.version",
    "service.namespace",
    "service.instance.id",
    "deployment.environment",
    "deployment.environment.name",
    "telemetry.sdk.*",
    "telemetry.auto.version",
    "otel.*",
    "process.runtime.*",
    "process.pid",
    "host.arch",
    "os.type",
    "os.version",
    "trace_id",
    "span_id",
    "parent_span_id",
    "trace.id",
    "span.id",
    "traceId",
    "spanId",
    "parentSpanId",
    "correlation.id",
    "correlation_id",
    "request.id",
    "gen_ai.system",
    "gen_ai.provider.name",
    "gen_ai.operation.name",
    "gen_ai.request.model",
    "gen_ai.response.model",
    "gen_ai.request.temperature",
    "gen_ai.request.top_p",
    "gen_ai.request.top_k",
    "gen_ai.request.max_tokens",
    "gen_ai.request.seed",
    "gen_ai.request.frequency_penalty",
    "gen_ai.request.presence_penalty",
    "gen_ai.request.stop_sequences",
    "gen_ai.request.choice.count",
    "gen_ai.request.encoding_formats",
    "gen_ai.response.id",
    "gen_ai.response.finish_reasons",
    "gen_ai.usage.*",
    "gen_ai.token.type",
    "gen_ai.output.type",
    "gen_ai.conversation.id",
    "gen_ai.agent.id",
    "gen_ai.agent.name",
    "gen_ai.tool.name",
    "gen_ai.tool.call.id",
    "gen_ai.tool.type",
    "gen_ai.openai.*",
    "gen_ai.data_source.id",
    "llm.model_name",
    "llm.provider",
    "llm.system",
    "llm.token_count.*",
    "llm.request.type",
    "llm.usage.*",
    "openinference.span.kind",
    "traceloop.span.kind",
    "traceloop.entity.name",
    "traceloop.workflow.name",
    "http.status_code",
    "http.response.status_code",
    "http.method",
    "http.request.method",
    "http.route",
    "url.scheme",
    "server.port",
    "server.address",
    "network.protocol.*",
    "rpc.*",
    "error.type",
    "status_code",
    "model",
    "finish_reason",
    "object",
    "created",
    "usage.*",
    "prompt_tokens",
    "completion_tokens",
    "total_tokens",
    "latency_ms",
    "duration_ms",
    "severity_text",
    "severity_number",
    "level",
    "timestamp",
    "time_unix_nano",
    "observed_time_unix_nano",
];

const DEFAULT_IDENTIFIERS: &[&str] = &[
    "user.id",
    "enduser.id",
    "user",
    "user_id",
    "userId",
    "safety_identifier",
    "gen_ai.user.id",
    "enduser.pseudo.id",
    "user.email",
    "user.name",
    "customer.id",
    "customer_id",
    "account.id",
    "client.address",
];

const DEFAULT_SECRETS: &[&str] = &[
    "password",
    "passwd",
    "api_key",
    "apikey",
    "api-key",
    "authorization",
    "http.request.header.authorization",
    "secret",
    "client_secret",
    "access_token",
    "refresh_token",
    "x-api-key",
    "cookie",
    "set-cookie",
    "http.request.header.cookie",
];

#[derive(Debug, Clone)]
struct Pattern {
    text: String,
    /// Text before the first `*`: a cheap first test before [`glob_match`].
    prefix: String,
    class: FieldClass,
    configured: bool,
}

impl Pattern {
    #[inline]
    fn matches(&self, key: &str) -> bool {
        key.starts_with(&self.prefix) && glob_match(&self.text, key)
    }
}

/// Compiled field policy.
#[derive(Debug, Clone)]
pub struct FieldPolicy {
    exact: std::collections::HashMap<String, (FieldClass, bool)>,
    globs: Vec<Pattern>,
}

impl FieldPolicy {
    /// Build from config (configured patterns override defaults).
    pub fn new(cfg: &FieldsConfig) -> Self {
        let mut exact = std::collections::HashMap::new();
        let mut globs = Vec::new();
        let mut add = |p: &str, class: FieldClass, configured: bool| {
            if p.contains('*') {
                globs.push(Pattern {
                    text: p.to_string(),
                    prefix: p.split('*').next().unwrap_or("").to_string(),
                    class,
                    configured,
                });
            } else {
                let e = exact.entry(p.to_string()).or_insert((class, configured));
                if configured {
                    *e = (class, true);
                }
            }
        };
        if !cfg.no_defaults {
            for p in DEFAULT_SAFE {
                add(p, FieldClass::Safe, false);
            }
            for p in DEFAULT_IDENTIFIERS {
                add(p, FieldClass::Identifier, false);
            }
            for p in DEFAULT_SECRETS {
                add(p, FieldClass::Secret, false);
            }
        }
        for p in &cfg.content {
            add(p, FieldClass::Content, true);
        }
        for p in &cfg.identifiers {
            add(p, FieldClass::Identifier, true);
        }
        for p in &cfg.safe {
            add(p, FieldClass::Safe, true);
        }
        for p in &cfg.secrets {
            add(p, FieldClass::Secret, true);
        }
        // Configured first, then longest first.
        globs.sort_by(|a, b| {
            b.configured
                .cmp(&a.configured)
                .then(b.text.len().cmp(&a.text.len()))
        });
        FieldPolicy { exact, globs }
    }

    /// Classify a key.
    pub fn classify(&self, key: &str) -> FieldClass {
        let exact = self.exact.get(key).copied();
        if let Some((class, true)) = exact {
            return class;
        }
        if let Some(p) = self.globs.iter().find(|p| p.configured && p.matches(key)) {
            return p.class;
        }
        if let Some((class, false)) = exact {
            return class;
        }
        if let Some(p) = self.globs.iter().find(|p| p.matches(key)) {
            return p.class;
        }
        FieldClass::Content
    }
}

/// `*` matches any run of characters (including dots), `?` one; case counts (JSON keys
/// are case-sensitive). The matcher is glassbox's one ([`glassbox_core::glob`]).
pub fn glob_match(pattern: &str, key: &str) -> bool {
    glassbox_core::glob::glob_match_case(pattern, key)
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    /// The previous (allocating) matcher, as the reference.
    fn reference(pattern: &str, key: &str) -> bool {
        let parts: Vec<&str> = pattern.split('*').collect();
        if parts.len() == 1 {
            return pattern == key;
        }
        let (first, rest) = (parts[0], &parts[1..]);
        if !key.starts_with(first) {
            return false;
        }
        let mut pos = first.len();
        for (i, part) in rest.iter().enumerate() {
            if i == rest.len() - 1 {
                return key.len() >= pos + part.len() && key[pos..].ends_with(part);
            }
            match key[pos..].find(part) {
                Some(p) => pos += p + part.len(),
                None => return false,
            }
        }
        true
    }

    #[test]
    fn glob_match_is_unchanged() {
        let patterns = [
            "",
            "*",
            "**",
            "a",
            "a*",
            "*a",
            "a*b",
            "a*b*c",
            "*.email",
            "gen_ai.usage.*",
            "a**b",
            "*a*",
            "ab*ab",
            "x*",
        ];
        let keys = [
            "",
            "a",
            "b",
            "ab",
            "abab",
            "aab",
            "abc",
            "acbc",
            "user.email",
            "gen_ai.usage.x",
            "gen_ai.usage.",
            "xyz",
            "é*a",
            "ba",
        ];
        for p in patterns {
            for k in keys {
                assert_eq!(glob_match(p, k), reference(p, k), "{p:?} {k:?}");
            }
        }
    }
}
