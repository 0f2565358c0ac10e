//! OpenMetrics text exposition of a [`MetricsHub`] (`GET /metrics`).
//!
//! Metric names follow the OpenTelemetry GenAI semantic conventions where they define one
//! (`gen_ai_client_operation_duration_seconds`, `gen_ai_client_token_usage`,
//! `gen_ai_server_time_to_first_token_seconds`, `gen_ai_server_time_per_output_token_seconds`,
//! with their bucket boundaries); everything else is `glassbox_*`. This module only reads
//! the hub; it never resets anything (all counters are cumulative).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::Ordering;

use crate::histogram::Histogram;
use crate::hub::{GaugeKind, MetricsHub};

/// `Content-Type` of [`MetricsHub::render_openmetrics`]'s output.
pub const OPENMETRICS_CONTENT_TYPE: &str =
    "application/openmetrics-text; version=1.0.0; charset=utf-8";

const GENAI_LABELS: [&str; 4] = [
    "gen_ai_operation_name",
    "gen_ai_provider_name",
    "gen_ai_request_model",
    "service",
];

struct Out {
    buf: String,
}

impl Out {
    fn header(&mut self, name: &str, kind: &str, help: &str) {
        let _ = writeln!(self.buf, "# TYPE {name} {kind}");
        let _ = writeln!(self.buf, "# HELP {name} {help}");
    }

    fn labels(&mut self, names: &[&str], values: &[&str]) {
        if names.is_empty() {
            return;
        }
        self.buf.push('{');
        let mut first = true;
        for (n, v) in names.iter().zip(values) {
            if !first {
                self.buf.push(',');
            }
            first = false;
            self.buf.push_str(n);
            self.buf.push_str("=\"");
            escape_into(&mut self.buf, v);
            self.buf.push('"');
        }
        self.buf.push('}');
    }

    fn sample_u64(&mut self, name: &str, names: &[&str], values: &[&str], v: u64) {
        self.buf.push_str(name);
        self.labels(names, values);
        self.buf.push(' ');
        push_u64(&mut self.buf, v);
        self.buf.push('\n');
    }

    fn sample_f64(&mut self, name: &str, names: &[&str], values: &[&str], v: f64) {
        self.buf.push_str(name);
        self.labels(names, values);
        self.buf.push(' ');
        push_f64(&mut self.buf, v);
        self.buf.push('\n');
    }

    fn histogram(&mut self, name: &str, names: &[&str], values: &[&str], h: &Histogram) {
        // Render the label set once; every bucket line reuses it.
        let mut labels = String::with_capacity(128);
        for (n, v) in names.iter().zip(values) {
            labels.push_str(n);
            labels.push_str("=\"");
            escape_into(&mut labels, v);
            labels.push_str("\",");
        }
        let mut cumulative = 0u64;
        for (i, &n) in h.counts().iter().enumerate() {
            cumulative += n;
            self.buf.push_str(name);
            self.buf.push_str("_bucket{");
            self.buf.push_str(&labels);
            self.buf.push_str("le=\"");
            match h.bounds().get(i) {
                Some(&b) => push_f64(&mut self.buf, b),
                None => self.buf.push_str("+Inf"),
            }
            self.buf.push_str("\"} ");
            push_u64(&mut self.buf, cumulative);
            self.buf.push('\n');
        }
        let bare = labels.strip_suffix(',').unwrap_or("");
        for (suffix, is_sum) in [("_sum", true), ("_count", false)] {
            self.buf.push_str(name);
            self.buf.push_str(suffix);
            if !bare.is_empty() {
                self.buf.push('{');
                self.buf.push_str(bare);
                self.buf.push('}');
            }
            self.buf.push(' ');
            if is_sum {
                push_f64(&mut self.buf, h.sum());
            } else {
                push_u64(&mut self.buf, cumulative);
            }
            self.buf.push('\n');
        }
    }
}

fn push_u64(buf: &mut String, mut v: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        buf.push(d as char);
    }
}

/// Canonical float text: integers keep a `.0` (`1.0`), others as Rust's shortest form.
fn push_f64(buf: &mut String, v: f64) {
    if v.is_nan() {
        buf.push_str("NaN");
    } else if v.is_infinite() {
        buf.push_str(if v > 0.0 { "+Inf" } else { "-Inf" });
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        let _ = write!(buf, "{v:.1}");
    } else {
        let _ = write!(buf, "{v}");
    }
}

fn escape_into(buf: &mut String, v: &str) {
    for c in v.chars() {
        match c {
            '\\' => buf.push_str("\\\\"),
            '"' => buf.push_str("\\\""),
            '\n' => buf.push_str("\\n"),
            c => buf.push(c),
        }
    }
}

/// Per (operation, provider, model, service): the semconv histograms, summed over the
/// routes and status classes the hub keeps apart.
struct GenAiHistograms {
    duration: Histogram,
    input_tokens: Histogram,
    output_tokens: Histogram,
    ttft: Histogram,
    tpot: Histogram,
}

impl MetricsHub {
    /// Renders every series in the OpenMetrics text format (ends with `# EOF`); serve it
    /// with [`OPENMETRICS_CONTENT_TYPE`].
    pub fn render_openmetrics(&self) -> String {
        let mut out = Out {
            buf: String::with_capacity(64 * 1024),
        };
        self.render_calls(&mut out);
        self.render_counters(&mut out);
        self.render_events(&mut out);
        self.render_pipeline(&mut out);
        self.render_gauges(&mut out);
        out.buf.push_str("# EOF\n");
        out.buf
    }

    fn render_calls(&self, out: &mut Out) {
        type Key = [String; 4];
        let mut genai: BTreeMap<Key, GenAiHistograms> = BTreeMap::new();
        let mut requests: Vec<([String; 6], u64, [u64; 3])> = Vec::new();
        self.calls.for_each(|l, series| {
            let s = series.lock();
            let key = [
                l[3].to_string(),
                l[2].to_string(),
                l[1].to_string(),
                l[0].to_string(),
            ];
            match genai.get_mut(&key) {
                Some(g) => {
                    g.duration.add(&s.duration);
                    g.input_tokens.add(&s.input_tokens);
                    g.output_tokens.add(&s.output_tokens);
                    g.ttft.add(&s.ttft);
                    g.tpot.add(&s.tpot);
                }
                None => {
                    genai.insert(
                        key,
                        GenAiHistograms {
                            duration: s.duration.clone(),
                            input_tokens: s.input_tokens.clone(),
                            output_tokens: s.output_tokens.clone(),
                            ttft: s.ttft.clone(),
                            tpot: s.tpot.clone(),
                        },
                    );
                }
            }
            requests.push((
                l.clone().map(String::from),
                s.requests,
                [s.cache_hits, s.cache_misses, s.cache_bypass],
            ));
        });
        requests.sort_unstable_by(|a, b| a.0.cmp(&b.0));

        let name = "gen_ai_client_operation_duration_seconds";
        out.header(name, "histogram", "GenAI operation duration.");
        for (k, g) in &genai {
            out.histogram(name, &GENAI_LABELS, &refs(k), &g.duration);
        }
        let name = "gen_ai_client_token_usage";
        out.header(name, "histogram", "Number of input and output tokens used.");
        let mut token_labels = GENAI_LABELS.to_vec();
        token_labels.push("gen_ai_token_type");
        for (k, g) in &genai {
            let mut values = refs(k).to_vec();
            values.push("input");
            out.histogram(name, &token_labels, &values, &g.input_tokens);
            values[4] = "output";
            out.histogram(name, &token_labels, &values, &g.output_tokens);
        }
        let name = "gen_ai_server_time_to_first_token_seconds";
        out.header(name, "histogram", "Time to generate the first token.");
        for (k, g) in genai.iter().filter(|(_, g)| g.ttft.count() > 0) {
            out.histogram(name, &GENAI_LABELS, &refs(k), &g.ttft);
        }
        let name = "gen_ai_server_time_per_output_token_seconds";
        out.header(name, "histogram", "Time per output token after the first.");
        for (k, g) in genai.iter().filter(|(_, g)| g.tpot.count() > 0) {
            out.histogram(name, &GENAI_LABELS, &refs(k), &g.tpot);
        }

        out.header(
            "glassbox_requests",
            "counter",
            "Model calls by status class (ok, 4xx, 5xx, error).",
        );
        let names = [
            "service",
            "gen_ai_request_model",
            "gen_ai_provider_name",
            "gen_ai_operation_name",
            "route",
            "status_class",
        ];
        for (l, n, _) in &requests {
            out.sample_u64("glassbox_requests_total", &names, &refs(l), *n);
        }
        out.header(
            "glassbox_cache_lookups",
            "counter",
            "Response-cache outcomes (hit, miss, bypass).",
        );
        let mut merged: BTreeMap<[&str; 3], [u64; 3]> = BTreeMap::new();
        for (l, _, c) in &requests {
            let e = merged.entry([&l[0], &l[1], &l[3]]).or_default();
            for i in 0..3 {
                e[i] += c[i];
            }
        }
        for (l, c) in merged.iter().filter(|(_, c)| c.iter().any(|&n| n > 0)) {
            for (i, result) in ["hit", "miss", "bypass"].into_iter().enumerate() {
                out.sample_u64(
                    "glassbox_cache_lookups_total",
                    &[
                        "service",
                        "gen_ai_request_model",
                        "gen_ai_operation_name",
                        "result",
                    ],
                    &[l[0], l[1], l[2], result],
                    c[i],
                );
            }
        }
    }

    fn render_counters(&self, out: &mut Out) {
        out.header(
            "glassbox_errors",
            "counter",
            "Failed model calls by error type.",
        );
        let names = ["service", "gen_ai_request_model", "error_type"];
        for (l, v) in sorted_atomics(&self.errors) {
            out.sample_u64("glassbox_errors_total", &names, &refs(&l), v);
        }
        out.header(
            "glassbox_safety_violations",
            "counter",
            "Safety rule matches by category and action (flag, block).",
        );
        let names = ["service", "gen_ai_request_model", "category", "action"];
        for (l, v) in sorted_atomics(&self.safety) {
            out.sample_u64("glassbox_safety_violations_total", &names, &refs(&l), v);
        }
        out.header(
            "glassbox_answer_flags",
            "counter",
            "Model answers flagged by an answer-health check (refusal, truncated, empty, degenerate, language_mismatch, invalid_json, schema_violation, toxic_output, pii_echo, system_prompt_leak): silent failures behind a 200 OK.",
        );
        let names = [
            "service",
            "gen_ai_request_model",
            "gen_ai_response_model",
            "flag",
        ];
        for (l, v) in sorted_atomics(&self.answer_flags) {
            out.sample_u64("glassbox_answer_flags_total", &names, &refs(&l), v);
        }
        out.header(
            "glassbox_cost_usd",
            "counter",
            "What model calls cost, US dollars, from the price table (priced models only).",
        );
        let names = ["service", "gen_ai_request_model"];
        for (l, v) in sorted_atomics(&self.cost) {
            out.sample_f64(
                "glassbox_cost_usd_total",
                &names,
                &refs(&l),
                v as f64 * 1e-9,
            );
        }
        out.header(
            "glassbox_redactions",
            "counter",
            "PII entities redacted, by entity type and source.",
        );
        for (l, v) in sorted_atomics(&self.redactions) {
            out.sample_u64(
                "glassbox_redactions_total",
                &["entity_type", "source"],
                &refs(&l),
                v,
            );
        }
    }

    fn render_events(&self, out: &mut Out) {
        let mut rows: Vec<([String; 3], u64, u64, u64, f64, u64)> = Vec::new();
        self.events.for_each(|l, s| {
            let s = s.lock();
            rows.push((
                l.clone().map(String::from),
                s.total,
                s.feedback_up,
                s.feedback_down,
                s.score_sum,
                s.score_count,
            ));
        });
        rows.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let is_feedback = |l: &[String; 3]| l[2] == crate::observation::FEEDBACK_EVENT;
        out.header(
            "glassbox_feedback",
            "counter",
            "User feedback votes (up, down).",
        );
        for (l, _, up, down, _, _) in rows.iter().filter(|r| is_feedback(&r.0)) {
            let names = ["service", "gen_ai_request_model", "vote"];
            out.sample_u64(
                "glassbox_feedback_total",
                &names,
                &[&l[0], &l[1], "up"],
                *up,
            );
            out.sample_u64(
                "glassbox_feedback_total",
                &names,
                &[&l[0], &l[1], "down"],
                *down,
            );
        }
        out.header(
            "glassbox_feedback_score",
            "summary",
            "Numeric feedback scores.",
        );
        for (l, _, _, _, sum, count) in rows.iter().filter(|r| is_feedback(&r.0) && r.5 > 0) {
            let names = ["service", "gen_ai_request_model"];
            out.sample_f64("glassbox_feedback_score_sum", &names, &[&l[0], &l[1]], *sum);
            out.sample_u64(
                "glassbox_feedback_score_count",
                &names,
                &[&l[0], &l[1]],
                *count,
            );
        }
        out.header(
            "glassbox_business_events",
            "counter",
            "Business events (conversion, session_end, custom) by name.",
        );
        for (l, total, ..) in rows.iter().filter(|r| !is_feedback(&r.0)) {
            out.sample_u64(
                "glassbox_business_events_total",
                &["service", "name"],
                &[&l[0], &l[2]],
                *total,
            );
        }
    }

    fn render_pipeline(&self, out: &mut Out) {
        out.header(
            "glassbox_dropped_records",
            "counter",
            "Records dropped, by pipeline stage.",
        );
        for (l, v) in sorted_atomics(&self.dropped) {
            out.sample_u64("glassbox_dropped_records_total", &["stage"], &refs(&l), v);
        }
        out.header(
            "glassbox_gateway_records_dropped",
            "counter",
            "Gateway call records (span and log) not stored because the pipeline queue was full; the calls themselves were answered.",
        );
        out.sample_u64(
            "glassbox_gateway_records_dropped_total",
            &[],
            &[],
            self.gateway_dropped(),
        );
        out.header(
            "glassbox_pipeline_queue_depth",
            "gauge",
            "Records waiting in a pipeline queue.",
        );
        for (l, v) in sorted_atomics(&self.queue_depth) {
            out.sample_u64("glassbox_pipeline_queue_depth", &["stage"], &refs(&l), v);
        }
        let name = "glassbox_store_write_duration_seconds";
        out.header(name, "histogram", "Duration of one store write batch.");
        let h = self.store_write.lock().clone();
        out.histogram(name, &[], &[], &h);
        let name = "glassbox_store_wal_rewind_duration_seconds";
        out.header(
            name,
            "histogram",
            "Time the store writer paused between write batches to rewind its write-ahead log (ingest waits meanwhile).",
        );
        let h = self.wal_rewind.lock().clone();
        out.histogram(name, &[], &[], &h);
    }

    fn render_gauges(&self, out: &mut Out) {
        let mut by_kind: BTreeMap<&'static str, Vec<([String; 2], f64)>> = BTreeMap::new();
        self.gauges.for_each(|l, s| {
            if let (Some(kind), Some(v)) = (GaugeKind::from_name(&l[0]), s.lock().current) {
                by_kind
                    .entry(kind.name())
                    .or_default()
                    .push(([l[1].to_string(), l[2].to_string()], v));
            }
        });
        for kind in GaugeKind::ALL {
            let Some(series) = by_kind.get_mut(kind.name()) else {
                continue;
            };
            series.sort_by(|a, b| a.0.cmp(&b.0));
            out.header(kind.exposition_name(), "gauge", kind.help());
            for (l, v) in series.iter() {
                out.sample_f64(kind.exposition_name(), &kind.label_names(), &refs(l), *v);
            }
        }
    }
}

fn refs<const N: usize>(v: &[String; N]) -> [&str; N] {
    std::array::from_fn(|i| v[i].as_str())
}

fn sorted_atomics<const N: usize>(
    fam: &crate::family::Family<N, std::sync::atomic::AtomicU64>,
) -> Vec<([String; N], u64)> {
    let mut v = Vec::new();
    fam.for_each(|l, c| {
        v.push((
            std::array::from_fn(|i| l[i].to_string()),
            c.load(Ordering::Relaxed),
        ))
    });
    v.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    v
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use crate::observation::{CacheOutcome, CallObservation, SafetyOutcome, StatusClass};
    use crate::MetricsConfig;

    #[test]
    fn renders_semconv_and_glassbox_families() {
        let hub = MetricsHub::new(MetricsConfig::default()).unwrap();
        hub.record_call(&CallObservation {
            provider: "openai",
            ttft_ns: Some(30_000_000),
            input_tokens: 12,
            output_tokens: 300,
            cache: CacheOutcome::Miss,
            ..CallObservation::new("bot", "gpt-\"4o\"", "chat", 150_000_000)
        });
        hub.record_call(&CallObservation {
            provider: "openai",
            status_class: StatusClass::ServerError,
            error_type: Some("500"),
            safety: SafetyOutcome::Block("jailbreak"),
            ..CallObservation::new("bot", "gpt-\"4o\"", "chat", 2_000_000_000)
        });
        hub.record_redactions("email", "prompt", 3);
        hub.set_queue_depth("redact", 7);
        hub.record_dropped("ingest", 2);
        hub.record_store_write(std::time::Duration::from_millis(3));
        hub.record_wal_rewind(std::time::Duration::from_millis(120));
        hub.set_gauge(GaugeKind::GpuUtilization, "nvml", "0", 55.0, 0);
        let text = hub.render_openmetrics();
        for want in [
            "# TYPE gen_ai_client_operation_duration_seconds histogram",
            "gen_ai_client_operation_duration_seconds_bucket{gen_ai_operation_name=\"chat\",gen_ai_provider_name=\"openai\",gen_ai_request_model=\"gpt-\\\"4o\\\"\",service=\"bot\",le=\"0.16\"} 1",
            "gen_ai_client_operation_duration_seconds_bucket{gen_ai_operation_name=\"chat\",gen_ai_provider_name=\"openai\",gen_ai_request_model=\"gpt-\\\"4o\\\"\",service=\"bot\",le=\"+Inf\"} 2",
            "gen_ai_token_type=\"output\",le=\"1024.0\"} 2",
            "gen_ai_server_time_to_first_token_seconds_count{",
            "status_class=\"5xx\"} 1",
            "glassbox_errors_total{service=\"bot\",gen_ai_request_model=\"gpt-\\\"4o\\\"\",error_type=\"500\"} 1",
            "glassbox_safety_violations_total{service=\"bot\",gen_ai_request_model=\"gpt-\\\"4o\\\"\",category=\"jailbreak\",action=\"block\"} 1",
            "glassbox_redactions_total{entity_type=\"email\",source=\"prompt\"} 3",
            "glassbox_pipeline_queue_depth{stage=\"redact\"} 7",
            "glassbox_dropped_records_total{stage=\"ingest\"} 2",
            "glassbox_store_write_duration_seconds_bucket{le=\"0.005\"} 1",
            "glassbox_store_wal_rewind_duration_seconds_bucket{le=\"0.1\"} 0",
            "glassbox_store_wal_rewind_duration_seconds_bucket{le=\"0.25\"} 1",
            "glassbox_gpu_utilization_percent{source=\"nvml\",gpu=\"0\"} 55.0",
            "result=\"miss\"} 1",
        ] {
            assert!(text.contains(want), "missing {want}\n{text}");
        }
        assert!(text.ends_with("# EOF\n"));
    }
}
