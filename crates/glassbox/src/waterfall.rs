//! The terminal waterfall of `glassbox trace` and `glassbox investigate`: indented steps,
//! proportional bars, durations, the critical path and errors marked.

use std::fmt::Write as _;

use serde_json::Value;

/// Terminal styling.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Emit ANSI colours.
    pub color: bool,
    /// Width of the bar column.
    pub bar_width: usize,
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

/// Renders `GET /api/traces/{id}` as a waterfall.
pub fn render_trace(doc: &Value, style: Style) -> String {
    let mut out = String::new();
    let spans = doc["spans"].as_array().cloned().unwrap_or_default();
    let start = u(&doc["start_time_unix_nano"]);
    let total = u(&doc["duration_ns"]).max(1);
    let _ = writeln!(
        out,
        "trace {}  {}  {} spans  services: {}",
        doc["trace_id"].as_str().unwrap_or("?"),
        fmt_duration(total),
        spans.len(),
        doc["services"]
            .as_array()
            .map(|a| a
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", "))
            .unwrap_or_default()
    );
    if let Some(slow) = doc["slowest_step"].as_object() {
        let _ = writeln!(
            out,
            "{} step {}, `{}`, added {} on the critical path",
            paint(style, "1;33", "slowest:"),
            slow.get("step").map(u).unwrap_or(0),
            slow.get("name").and_then(Value::as_str).unwrap_or("?"),
            fmt_duration(slow.get("critical_time_ns").map(u).unwrap_or(0))
        );
    }
    let _ = writeln!(out);
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
    let name_width = order
        .iter()
        .map(|s| {
            s["depth"].as_u64().unwrap_or(0) as usize * 2
                + s["name"].as_str().map_or(0, |n| n.chars().count())
        })
        .max()
        .unwrap_or(10)
        .clamp(10, 48);
    for s in order {
        let depth = s["depth"].as_u64().unwrap_or(0) as usize;
        let s_start = u(&s["start_time_unix_nano"]).saturating_sub(start);
        let dur = u(&s["duration_ns"]);
        let w = style.bar_width as u64;
        let from = (s_start * w / total).min(w.saturating_sub(1)) as usize;
        let len = ((dur * w).div_ceil(total)).max(1).min(w - from as u64) as usize;
        let critical = s["on_critical_path"].as_bool().unwrap_or(false);
        let error = s["status"]["code"].as_str() == Some("error");
        let bar_char = if critical { "█" } else { "▒" };
        let bar = format!(
            "{}{}{}",
            " ".repeat(from),
            bar_char.repeat(len),
            " ".repeat(style.bar_width - from - len)
        );
        let bar = if error {
            paint(style, "31", &bar)
        } else if critical {
            paint(style, "36", &bar)
        } else {
            bar
        };
        let mut name: String = format!(
            "{}{}",
            "  ".repeat(depth),
            s["name"].as_str().unwrap_or("?")
        );
        if name.chars().count() > name_width {
            name = name.chars().take(name_width - 1).collect::<String>() + "…";
        }
        let mut marks = String::new();
        if critical {
            marks.push_str(&paint(style, "36", " ◆critical"));
        }
        if error {
            marks.push_str(&paint(style, "1;31", " ✗error"));
        } else if s["error_below"].as_bool().unwrap_or(false) {
            marks.push_str(&paint(style, "31", " ↳error below"));
        }
        let model = s["gen_ai"]["request_model"]
            .as_str()
            .map(|m| format!(" [{m}]"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{name:<name_width$} │{bar}│ {:>8} self {:>8}{model}{marks}",
            fmt_duration(dur),
            fmt_duration(u(&s["self_time_ns"])),
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
    for t in doc["traces"].as_array().into_iter().flatten() {
        let _ = writeln!(
            out,
            "  trace {}  {:<32} {:>8}  {} spans{}",
            t["trace_id"].as_str().unwrap_or("?"),
            t["root_name"].as_str().unwrap_or("?"),
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
        let line = match e["type"].as_str() {
            Some("span") => {
                let s = &e["span"];
                let err = s["status"]["code"].as_str() == Some("error");
                format!(
                    "{} {} {} ({}){}",
                    paint(style, "36", "span "),
                    s["service"].as_str().unwrap_or("?"),
                    s["name"].as_str().unwrap_or("?"),
                    fmt_duration(
                        s["end_time_unix_nano"]
                            .as_u64()
                            .unwrap_or(0)
                            .saturating_sub(u(&s["start_time_unix_nano"]))
                    ),
                    if err {
                        paint(style, "1;31", " ✗error")
                    } else {
                        String::new()
                    }
                )
            }
            Some("log") => {
                let l = &e["log"];
                let body = match &l["body"] {
                    Value::String(s) => s.clone(),
                    Value::Null => l["event_name"].as_str().unwrap_or("").to_string(),
                    other => other.to_string(),
                };
                let body: String = body.chars().take(120).collect();
                format!(
                    "{} {} {} {}",
                    paint(style, "33", "log  "),
                    l["severity_text"].as_str().unwrap_or(""),
                    l["service"].as_str().unwrap_or(""),
                    body
                )
            }
            Some("event") => {
                let ev = &e["event"];
                let value = ev["value"]
                    .as_f64()
                    .map(|v| format!(" value={v}"))
                    .unwrap_or_default();
                format!(
                    "{} {}{}",
                    paint(style, "35", "event"),
                    ev["name"].as_str().unwrap_or("?"),
                    value
                )
            }
            _ => continue,
        };
        let _ = writeln!(out, "  +{offset:>9}  {line}");
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

fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return format!("{s:<width$}");
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Renders `GET /api/compare` (two runs, or one run against good runs) for a terminal:
/// the aligned steps side by side with their durations, the fork marked.
pub fn render_comparison(doc: &Value, style: Style) -> String {
    let mut out = String::new();
    let name_w = 34;
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
                truncate(&step_label(step), name_w),
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
            truncate(&an, name_w),
            ad,
            truncate(&bn, name_w),
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

    #[test]
    fn waterfall_marks_critical_and_errors() {
        let doc = json!({
            "trace_id": "0af7651916cd43dd8448eb211c80319c",
            "start_time_unix_nano": 0, "duration_ns": 6_000_000_000u64, "services": ["agent"],
            "slowest_step": {"span_id": "b", "name": "execute_tool search_flights", "critical_time_ns": 5_100_000_000u64, "step": 2},
            "spans": [
                {"span_id": "a", "parent_span_id": null, "name": "invoke_agent", "start_time_unix_nano": 0, "duration_ns": 6_000_000_000u64, "self_time_ns": 100, "depth": 0, "on_critical_path": true, "status": {"code": "unset"}, "gen_ai": {}, "error_below": true},
                {"span_id": "b", "parent_span_id": "a", "name": "execute_tool search_flights", "start_time_unix_nano": 500_000_000u64, "duration_ns": 5_100_000_000u64, "self_time_ns": 5_100_000_000u64, "depth": 1, "on_critical_path": true, "status": {"code": "error"}, "gen_ai": {"request_model": "gpt-4o"}}
            ]
        });
        let text = render_trace(
            &doc,
            Style {
                color: false,
                bar_width: 20,
            },
        );
        assert!(
            text.contains("slowest: step 2, `execute_tool search_flights`, added 5.10s"),
            "{text}"
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[3].starts_with("invoke_agent"));
        assert!(lines[3].contains("↳error below"));
        assert!(lines[4].starts_with("  execute_tool search_flights"));
        assert!(
            lines[4].contains("✗error")
                && lines[4].contains("◆critical")
                && lines[4].contains("[gpt-4o]")
        );
        assert!(
            lines[4].contains("│  "),
            "child bar starts later: {}",
            lines[4]
        );
    }

    #[test]
    fn durations() {
        assert_eq!(fmt_duration(840), "840ns");
        assert_eq!(fmt_duration(12_300_000), "12.3ms");
        assert_eq!(fmt_duration(5_100_000_000), "5.10s");
    }
}
