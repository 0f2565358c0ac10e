//! The terminal waterfall of `glassbox trace` and `glassbox investigate`: indented steps,
//! proportional bars, durations, the critical path and errors marked.

use std::fmt::Write as _;

use serde_json::Value;

/// Terminal styling.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Emit ANSI colours.
    pub color: bool,
    /// Widest the bar column may grow.
    pub bar_width: usize,
    /// Columns a line may take (the terminal's width).
    pub width: usize,
}

fn paint(style: Style, code: &str, text: &str) -> String {
    if style.color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// Human duration: `840µs`, `12.3ms`, `5.10s`.
pub fn fmt_duration(ns: u64) -> String {
    match ns {
        0..=999 => format!("{ns}ns"),
        1_000..=999_999 => format!("{}µs", ns / 1_000),
        1_000_000..=999_999_999 => format!("{:.1}ms", ns as f64 / 1e6),
        _ => format!("{:.2}s", ns as f64 / 1e9),
    }
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or(0)
}

/// Display width of `s` in terminal columns (one per char: the names and marks here are
/// Latin text and single-width symbols).
fn cols(s: &str) -> usize {
    s.chars().count()
}

/// `s` cut to `width` columns with an ellipsis, padded to `width`.
fn fit(s: &str, width: usize) -> String {
    if cols(s) <= width {
        return format!("{s:<width$}");
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// `s` cut to `width` columns with an ellipsis, not padded.
fn clip(s: &str, width: usize) -> String {
    if cols(s) <= width {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// What failed on a span, one line each: its status message and its exceptions
/// (`type: message`, first line).
fn failure_lines(s: &Value) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(m) = s["status"]["message"].as_str().filter(|m| !m.is_empty()) {
        lines.push(m.lines().next().unwrap_or("").to_string());
    }
    for e in s["events"].as_array().into_iter().flatten() {
        if e["name"].as_str() != Some("exception") {
            continue;
        }
        let a = &e["attributes"];
        let ty = a["exception.type"].as_str().unwrap_or("exception");
        let msg = a["exception.message"].as_str().unwrap_or("");
        let line = format!("{ty}: {}", msg.lines().next().unwrap_or(""));
        if !lines.contains(&line) && !lines.iter().any(|l| l == msg) {
            lines.push(line);
        }
    }
    lines
}

/// Renders `GET /api/traces/{id}` as a waterfall that fits `style.width` columns.
pub fn render_trace(doc: &Value, style: Style) -> String {
    let mut out = String::new();
    let width = style.width.max(60);
    let spans = doc["spans"].as_array().cloned().unwrap_or_default();
    let start = u(&doc["start_time_unix_nano"]);
    let total = u(&doc["duration_ns"]).max(1);
    let header = format!(
        "trace {}  {}  {} spans  services: {}",
        doc["trace_id"].as_str().unwrap_or("?"),
        fmt_duration(total),
        spans.len(),
        strs(&doc["services"]).join(", ")
    );
    let _ = writeln!(out, "{}", clip(&header, width));
    if let Some(slow) = doc["slowest_step"].as_object() {
        let line = format!(
            "step {}, `{}`, added {} on the critical path",
            slow.get("step").map(u).unwrap_or(0),
            slow.get("name").and_then(Value::as_str).unwrap_or("?"),
            fmt_duration(slow.get("critical_time_ns").map(u).unwrap_or(0))
        );
        let _ = writeln!(
            out,
            "{} {}",
            paint(style, "1;33", "slowest:"),
            clip(&line, width - 9)
        );
    }
    // Tree order: parents before children, siblings by start.
    let mut order = Vec::new();
    let ids: Vec<&str> = spans.iter().filter_map(|s| s["span_id"].as_str()).collect();
    let mut roots: Vec<&Value> = spans
        .iter()
        .filter(|s| {
            s["parent_span_id"]
                .as_str()
                .is_none_or(|p| !ids.contains(&p))
        })
        .collect();
    roots.sort_by_key(|s| u(&s["start_time_unix_nano"]));
    let mut stack: Vec<&Value> = roots.into_iter().rev().collect();
    let mut seen = std::collections::HashSet::new();
    while let Some(s) = stack.pop() {
        let id = s["span_id"].as_str().unwrap_or("");
        if !seen.insert(id.to_string()) {
            continue;
        }
        order.push(s);
        let mut kids: Vec<&Value> = spans
            .iter()
            .filter(|c| c["parent_span_id"].as_str() == Some(id))
            .collect();
        kids.sort_by_key(|c| std::cmp::Reverse(u(&c["start_time_unix_nano"])));
        stack.extend(kids);
    }
    // The critical path tells something only where steps run side by side: a span is
    // marked when a sibling of it is off the path. A sequential agent marks nothing.
    let critical = |s: &Value| s["on_critical_path"].as_bool().unwrap_or(false);
    let telling: std::collections::HashSet<&str> = order
        .iter()
        .filter(|s| critical(s))
        .filter(|s| {
            let parent = s["parent_span_id"].as_str();
            parent.is_some()
                && order
                    .iter()
                    .any(|c| c["parent_span_id"].as_str() == parent && !critical(c))
        })
        .filter_map(|s| s["span_id"].as_str())
        .collect();
    let _ = writeln!(out);
    // Columns: mark (2) name │bar│ duration (8) [self (14)] [model].
    let show_self = width >= 110;
    let fixed = 2 + 2 + 2 + 8 + if show_self { 14 } else { 0 };
    let bar_w = ((width - fixed) / 3).clamp(10, style.bar_width.max(10));
    let name_cap = width - fixed - bar_w;
    let name_w = order
        .iter()
        .map(|s| s["depth"].as_u64().unwrap_or(0) as usize * 2 + s["name"].as_str().map_or(0, cols))
        .max()
        .unwrap_or(10)
        .clamp(10, name_cap.min(48));
    let model_w = width.saturating_sub(fixed + bar_w + name_w + 1);
    for s in order {
        let depth = s["depth"].as_u64().unwrap_or(0) as usize;
        let s_start = u(&s["start_time_unix_nano"]).saturating_sub(start);
        let dur = u(&s["duration_ns"]);
        let w = bar_w as u64;
        let from = (s_start * w / total).min(w.saturating_sub(1)) as usize;
        let len = ((dur * w).div_ceil(total)).max(1).min(w - from as u64) as usize;
        let id = s["span_id"].as_str().unwrap_or("");
        let on_path = telling.contains(id);
        let error = s["status"]["code"].as_str() == Some("error");
        let bar = format!(
            "{}{}{}",
            " ".repeat(from),
            if on_path { "█" } else { "▒" }.repeat(len),
            " ".repeat(bar_w - from - len)
        );
        let bar = if error {
            paint(style, "31", &bar)
        } else if on_path {
            paint(style, "36", &bar)
        } else {
            bar
        };
        let mark = if error {
            paint(style, "1;31", "✗ ")
        } else if s["error_below"].as_bool().unwrap_or(false) {
            paint(style, "31", "↳ ")
        } else if on_path {
            paint(style, "36", "◆ ")
        } else {
            "  ".to_string()
        };
        let name = fit(
            &format!(
                "{}{}",
                "  ".repeat(depth),
                s["name"].as_str().unwrap_or("?")
            ),
            name_w,
        );
        let self_col = if show_self {
            format!(" self {:>8}", fmt_duration(u(&s["self_time_ns"])))
        } else {
            String::new()
        };
        let model = s["gen_ai"]["request_model"]
            .as_str()
            .filter(|_| model_w > 4)
            .map(|m| format!(" {}", clip(&format!("[{m}]"), model_w - 1)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{mark}{name} │{bar}│ {:>8}{self_col}{model}",
            fmt_duration(dur)
        );
        if error {
            let indent = 2 + depth * 2 + 2;
            for line in failure_lines(s) {
                let text = clip(&line, width.saturating_sub(indent + 2).max(20));
                let _ = writeln!(
                    out,
                    "{}{}",
                    " ".repeat(indent),
                    paint(style, "31", &format!("└ {text}"))
                );
            }
        }
    }
    // A legend for the marks shown, and only those.
    let failed = spans
        .iter()
        .any(|s| s["status"]["code"].as_str() == Some("error"));
    let mut legend = Vec::new();
    if failed {
        legend.push("✗ failed   ↳ a step below failed");
    }
    if !telling.is_empty() {
        legend.push("◆ on the critical path (the steps beside it did not delay the trace)");
    }
    if !legend.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            paint(style, "2", &clip(&legend.join("   "), width))
        );
    }
    out
}

/// Renders `GET /api/investigate/{id}` as a timeline.
pub fn render_investigation(doc: &Value, style: Style) -> String {
    let mut out = String::new();
    let timeline = doc["timeline"].as_array().cloned().unwrap_or_default();
    let _ = writeln!(
        out,
        "{} matched as {}: {} traces, {} entries{}",
        doc["id"].as_str().unwrap_or("?"),
        doc["matched_as"]
            .as_array()
            .map(|a| a
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", "))
            .unwrap_or_default(),
        doc["traces"].as_array().map_or(0, Vec::len),
        timeline.len(),
        if doc["truncated"].as_bool().unwrap_or(false) {
            " (truncated)"
        } else {
            ""
        }
    );
    let width = style.width.max(60);
    // The thread: the hops seen, then what to do about the missing ones.
    if let Some(hops) = doc["thread"]["hops"].as_array() {
        let line = hops
            .iter()
            .map(|h| {
                let n = u(&h["count"]);
                format!(
                    "{} {}",
                    h["hop"].as_str().unwrap_or("?"),
                    if n > 0 { n.to_string() } else { "–".into() }
                )
            })
            .collect::<Vec<_>>()
            .join(" → ");
        let _ = writeln!(out, "  thread: {}", clip(&line, width.saturating_sub(10)));
        for m in doc["thread"]["missing"].as_array().into_iter().flatten() {
            let hint = clip(m["hint"].as_str().unwrap_or(""), width.saturating_sub(6));
            let _ = writeln!(out, "    {}", paint(style, "2", &hint));
        }
    }
    for t in doc["traces"].as_array().into_iter().flatten() {
        let _ = writeln!(
            out,
            "  trace {}  {} {:>8}  {} spans{}",
            t["trace_id"].as_str().unwrap_or("?"),
            fit(
                t["root_name"].as_str().unwrap_or("?"),
                width.saturating_sub(70).clamp(12, 32)
            ),
            fmt_duration(u(&t["duration_ns"])),
            u(&t["span_count"]),
            if t["error"].as_bool().unwrap_or(false) {
                paint(style, "1;31", "  ✗error")
            } else {
                String::new()
            }
        );
    }
    let _ = writeln!(out);
    let t0 = timeline
        .first()
        .map(|e| u(&e["time_unix_nano"]))
        .unwrap_or(0);
    for e in &timeline {
        let offset = fmt_duration(u(&e["time_unix_nano"]).saturating_sub(t0));
        let mut why = Vec::new();
        let (kind, code, body, failed) = match e["type"].as_str() {
            Some("span") => {
                let s = &e["span"];
                let failed = s["status"]["code"].as_str() == Some("error");
                let failure = if failed {
                    why = failure_lines(s);
                    " ✗error"
                } else {
                    ""
                };
                let dur = s["end_time_unix_nano"]
                    .as_u64()
                    .unwrap_or(0)
                    .saturating_sub(u(&s["start_time_unix_nano"]));
                let body = format!(
                    "{} {} ({}){failure}",
                    s["service"].as_str().unwrap_or("?"),
                    s["name"].as_str().unwrap_or("?"),
                    fmt_duration(dur)
                );
                ("span ", "36", body, failed)
            }
            Some("log") => {
                let l = &e["log"];
                let body = match &l["body"] {
                    Value::String(s) => s.clone(),
                    Value::Null => l["event_name"].as_str().unwrap_or("").to_string(),
                    other => other.to_string(),
                };
                let body = format!(
                    "{} {} {}",
                    l["severity_text"].as_str().unwrap_or(""),
                    l["service"].as_str().unwrap_or(""),
                    body.replace('\n', " ")
                );
                ("log  ", "33", body, false)
            }
            Some("event") => {
                let ev = &e["event"];
                let value = ev["value"]
                    .as_f64()
                    .map(|v| format!(" value={v}"))
                    .unwrap_or_default();
                let comment = ev["comment"]
                    .as_str()
                    .map(|c| format!(" \"{c}\""))
                    .unwrap_or_default();
                let body = format!("{}{value}{comment}", ev["name"].as_str().unwrap_or("?"));
                ("event", "35", body, false)
            }
            _ => continue,
        };
        // `  +   12.3ms  span ` takes 20 columns; the rest is the entry, cut to fit.
        let body = clip(&body, width.saturating_sub(20).max(20));
        let body = if failed {
            paint(style, "31", &body)
        } else {
            body
        };
        let _ = writeln!(out, "  +{offset:>9}  {} {body}", paint(style, code, kind));
        for line in why {
            let line = clip(&format!("└ {line}"), width.saturating_sub(20).max(20));
            let _ = writeln!(out, "{}{}", " ".repeat(20), paint(style, "31", &line));
        }
    }
    out
}

/// The strings of a JSON array (none when it is not one).
fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

fn step_label(step: &Value) -> String {
    let key = &step["key"];
    let name = key["name"].as_str().unwrap_or("?");
    let indent = "  ".repeat(step["depth"].as_u64().unwrap_or(0).min(8) as usize);
    format!("{indent}{name}")
}

/// Renders `GET /api/compare` (two runs, or one run against good runs) for a terminal:
/// the aligned steps side by side with their durations, the fork marked.
pub fn render_comparison(doc: &Value, style: Style) -> String {
    let mut out = String::new();
    // Two names and two durations side by side in the terminal's width.
    let name_w = (style.width.saturating_sub(28) / 2).clamp(16, 40);
    if let Some(base) = doc.get("baseline") {
        out.push_str(&format!(
            "{} against {} good runs of `{}` ({})\n",
            doc["a"].as_str().unwrap_or("?"),
            base["baseline_runs"],
            doc["root_name"].as_str().unwrap_or("?"),
            doc["service"].as_str().unwrap_or("?")
        ));
        if let Some(h) = base["headline"].as_str() {
            out.push_str(&paint(style, "1;33", &format!("→ {h}\n")));
        }
        out.push_str(&format!(
            "{:<name_w$}  {:>9}  {:>9}  {:>6}\n",
            "step", "took", "typical", "runs"
        ));
        for s in base["steps"].as_array().into_iter().flatten() {
            let step = &s["step"];
            let unusual = strs(&s["unusual"]);
            let line = format!(
                "{}  {:>9}  {:>9}  {:>5.0}%{}",
                fit(&step_label(step), name_w),
                fmt_duration(u(&step["duration_ns"])),
                s["typical_duration_ns"]
                    .as_u64()
                    .map(fmt_duration)
                    .unwrap_or_else(|| "–".into()),
                s["occurs_in"].as_f64().unwrap_or(0.0) * 100.0,
                if unusual.is_empty() {
                    String::new()
                } else {
                    format!("  {}", unusual.join(", "))
                }
            );
            out.push_str(&if unusual.is_empty() {
                line
            } else {
                paint(style, "33", &line)
            });
            out.push('\n');
        }
        for m in base["missing"].as_array().into_iter().flatten() {
            out.push_str(&paint(
                style,
                "2",
                &format!(
                    "missing: {} (in {:.0}% of good runs)\n",
                    m["key"]["name"].as_str().unwrap_or("?"),
                    m["occurs_in"].as_f64().unwrap_or(0.0) * 100.0
                ),
            ));
        }
        return out;
    }
    let c = &doc["comparison"];
    out.push_str(&format!(
        "a {}  vs  b {}   (b − a: {}{})\n",
        doc["a"].as_str().unwrap_or("?"),
        doc["b"].as_str().unwrap_or("?"),
        if c["duration_delta_ns"].as_i64().unwrap_or(0) < 0 {
            "−"
        } else {
            "+"
        },
        fmt_duration(c["duration_delta_ns"].as_i64().unwrap_or(0).unsigned_abs())
    ));
    let fork = c["first_divergence"]["pair"].as_u64();
    if let Some(d) = c.get("first_divergence").filter(|d| !d.is_null()) {
        let what = strs(&d["differs"]);
        out.push_str(&paint(
            style,
            "1;33",
            &format!(
                "→ the runs diverge at step {} ({})",
                d["pair"],
                what.join(", ")
            ),
        ));
        if let Some(call) = d.get("deciding_call_a").filter(|c| !c.is_null()) {
            out.push_str(&format!(
                ", after the model call `{}`",
                call["key"]["name"].as_str().unwrap_or("?")
            ));
        }
        out.push('\n');
    } else {
        out.push_str("→ same path, same way\n");
    }
    out.push_str(&format!(
        "   {:<name_w$} {:>9}   {:<name_w$} {:>9}\n",
        "a", "", "b", ""
    ));
    for (i, p) in c["pairs"].as_array().into_iter().flatten().enumerate() {
        let side = |s: &Value| -> (String, String) {
            if s.is_null() {
                (String::new(), String::new())
            } else {
                (step_label(s), fmt_duration(u(&s["duration_ns"])))
            }
        };
        let (an, ad) = side(&p["a"]);
        let (bn, bd) = side(&p["b"]);
        let mark = match p["status"].as_str() {
            Some("same") => " ",
            Some("changed") => "~",
            Some("only_a") => "<",
            _ => ">",
        };
        let line = format!(
            "{}{} {} {:>9}   {} {:>9}",
            if Some(i as u64) == fork { "▶" } else { " " },
            mark,
            fit(&an, name_w),
            ad,
            fit(&bn, name_w),
            bd
        );
        let code = match p["status"].as_str() {
            Some("same") => "0",
            Some("changed") => "33",
            _ => "36",
        };
        out.push_str(&paint(style, code, &line));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn span(
        id: &str,
        parent: Option<&str>,
        name: &str,
        start: u64,
        dur: u64,
        depth: u64,
        critical: bool,
    ) -> Value {
        json!({"span_id": id, "parent_span_id": parent, "name": name, "start_time_unix_nano": start,
               "duration_ns": dur, "self_time_ns": dur, "depth": depth, "on_critical_path": critical,
               "status": {"code": "unset"}, "gen_ai": {}, "events": []})
    }

    fn style(width: usize) -> Style {
        Style {
            color: false,
            bar_width: 60,
            width,
        }
    }

    #[test]
    fn waterfall_fits_80_columns_and_says_why_a_step_failed() {
        let mut root = span(
            "a",
            None,
            "invoke_agent travel_planner_with_a_long_name",
            0,
            6_000_000_000,
            0,
            true,
        );
        root["error_below"] = json!(true);
        let mut tool = span(
            "b",
            Some("a"),
            "execute_tool search_flights_in_every_airline_we_know",
            500_000_000,
            5_100_000_000,
            1,
            true,
        );
        tool["status"] = json!({"code": "error", "message": "upstream timed out after 5s"});
        tool["events"] = json!([{"name": "exception", "attributes": {"exception.type": "TimeoutError", "exception.message": "read timed out\n  at socket.recv"}}]);
        tool["gen_ai"] = json!({"request_model": "gpt-4o-2024-08-06"});
        let doc = json!({
            "trace_id": "0af7651916cd43dd8448eb211c80319c",
            "start_time_unix_nano": 0, "duration_ns": 6_000_000_000u64, "services": ["agent"],
            "slowest_step": {"span_id": "b", "name": "execute_tool search_flights", "critical_time_ns": 5_100_000_000u64, "step": 1},
            "spans": [root, tool, span("c", Some("a"), "chat gpt-4o", 5_600_000_000, 300_000_000, 1, true)]
        });
        for width in [80, 100, 160] {
            let text = render_trace(&doc, style(width));
            for line in text.lines() {
                assert!(
                    cols(line) <= width,
                    "{width} columns: {line:?} is {}",
                    cols(line)
                );
            }
            assert!(
                text.contains("slowest: step 1, `execute_tool search_flights`"),
                "{text}"
            );
            let lines: Vec<&str> = text.lines().collect();
            let tool_at = lines
                .iter()
                .position(|l| l.starts_with("✗   execute_tool"))
                .unwrap();
            assert!(lines[tool_at - 1].starts_with("↳ invoke_agent"), "{text}");
            assert!(
                lines[tool_at + 1].contains("└ upstream timed out after 5s"),
                "{text}"
            );
            assert!(
                lines[tool_at + 2].contains("└ TimeoutError: read timed out"),
                "{text}"
            );
            // A sequential agent: every step is on the critical path, so none is marked.
            assert!(!text.contains("◆ "), "{text}");
        }
        assert!(render_trace(&doc, style(160)).contains("[gpt-4o-2024-08-06]"));
    }

    #[test]
    fn the_critical_path_is_marked_where_steps_run_side_by_side() {
        let doc = json!({
            "trace_id": "0af7651916cd43dd8448eb211c80319c",
            "start_time_unix_nano": 0, "duration_ns": 1_000_000_000u64, "services": ["agent"],
            "spans": [span("a", None, "invoke_agent", 0, 1_000_000_000, 0, true),
                      span("b", Some("a"), "fetch_url docs", 0, 900_000_000, 1, true),
                      span("c", Some("a"), "fetch_url faq", 0, 200_000_000, 1, false)]
        });
        let text = render_trace(&doc, style(100));
        assert!(
            text.lines().any(|l| l.starts_with("◆   fetch_url docs")),
            "{text}"
        );
        assert!(
            text.lines().any(|l| l.starts_with("    fetch_url faq")),
            "{text}"
        );
        assert!(
            text.lines().any(|l| l.starts_with("  invoke_agent")),
            "the root has no sibling: {text}"
        );
    }

    #[test]
    fn investigation_lines_fit_and_name_the_failure() {
        let doc = json!({
            "id": "cust-402", "matched_as": ["correlation_id"], "truncated": false,
            "traces": [{"trace_id": "0af7651916cd43dd8448eb211c80319c", "root_name": "invoke_agent a very long root span name indeed", "duration_ns": 1_000_000, "span_count": 3, "error": true}],
            "timeline": [
                {"type": "span", "time_unix_nano": 0, "span": {"service": "agent", "name": "execute_tool search_flights", "start_time_unix_nano": 0, "end_time_unix_nano": 5_000_000, "status": {"code": "error", "message": "upstream timed out"}}},
                {"type": "log", "time_unix_nano": 1_000, "log": {"severity_text": "ERROR", "service": "billing", "body": "x".repeat(300)}},
                {"type": "event", "time_unix_nano": 2_000, "event": {"name": "feedback", "value": 0.0, "comment": "it never answered"}}
            ]
        });
        let text = render_investigation(&doc, style(80));
        for line in text.lines() {
            assert!(cols(line) <= 80, "{line:?} is {}", cols(line));
        }
        assert!(
            text.contains("✗error\n") && text.contains("└ upstream timed out"),
            "{text}"
        );
        assert!(
            text.contains("feedback value=0 \"it never answered\""),
            "{text}"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(fmt_duration(840), "840ns");
        assert_eq!(fmt_duration(12_300_000), "12.3ms");
        assert_eq!(fmt_duration(5_100_000_000), "5.10s");
    }
}
