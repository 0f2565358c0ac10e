//! Where two runs of an agent went different ways: their steps aligned by what they are
//! (an LCS alignment over step keys, not by position), each pair marked, and the first
//! divergence with the model call that decided it; or one run against the typical run of
//! many good ones.
//!
//! ```text
//!  run a: plan ─ chat ─ search_flights ─ chat ─ book_flight
//!  run b: plan ─ chat ─ search_hotels  ─ chat
//!         same   same   ▲ only_a / only_b: the fork; the deciding call is the chat before
//! ```

use std::collections::HashMap;

use serde::Serialize;

use crate::{AttrValue, Span, SpanId};

/// What a step is, for alignment: kind, name, tool and model.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct StepKey {
    /// `gen_ai.operation.name` (`chat`, `execute_tool`…) or `span`.
    pub kind: String,
    /// The span name.
    pub name: String,
    /// `gen_ai.tool.name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    /// The model asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

/// One step of one run, as compared.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// The span.
    pub span_id: SpanId,
    /// Position in the run (depth-first, by start time).
    pub index: usize,
    /// Depth in the tree (0: root).
    pub depth: usize,
    /// What it is.
    pub key: StepKey,
    /// Duration, ns.
    pub duration_ns: u64,
    /// Input + output tokens.
    pub tokens: i64,
    /// Cost, US dollars, when priced.
    pub cost_usd: Option<f64>,
    /// True when the span failed.
    pub error: bool,
    /// Keyed prompt hash (model calls).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_hash: Option<String>,
    /// Hash of the (redacted) tool-call arguments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments_hash: Option<String>,
}

/// How an aligned pair compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PairStatus {
    /// The same step, done the same way.
    Same,
    /// The same step, done differently (arguments, prompt, an error, far slower).
    Changed,
    /// Only the first run has it.
    OnlyA,
    /// Only the second run has it.
    OnlyB,
}

/// One line of the alignment.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    /// How they compare.
    pub status: PairStatus,
    /// The step of run a.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub a: Option<Step>,
    /// The step of run b.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b: Option<Step>,
    /// What differs (`arguments`, `prompt`, `error`, `latency`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub differs: Vec<&'static str>,
    /// b − a duration, ns (both present).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_delta_ns: Option<i64>,
    /// b − a tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens_delta: Option<i64>,
    /// b − a cost, US dollars.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_delta_usd: Option<f64>,
}

/// Where the runs first went different ways.
#[derive(Debug, Clone, Serialize)]
pub struct Divergence {
    /// Index into the alignment.
    pub pair: usize,
    /// What differed there: `path` (a step only one run took), `tool`, `model`,
    /// `arguments`, `prompt`, `error`.
    pub differs: Vec<&'static str>,
    /// The last model call of run a before the fork: usually the decision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deciding_call_a: Option<Step>,
    /// The same in run b.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deciding_call_b: Option<Step>,
}

/// Two runs, aligned.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The alignment, in run order.
    pub pairs: Vec<Pair>,
    /// The first divergence, `None` when the runs took the same path the same way.
    pub first_divergence: Option<Divergence>,
    /// Steps in both / only in a / only in b / changed.
    pub counts: HashMap<&'static str, usize>,
    /// b − a wall time of the runs, ns.
    pub duration_delta_ns: i64,
}

fn attr<'a>(s: &'a Span, key: &str) -> Option<&'a str> {
    s.attributes.get(key).and_then(AttrValue::as_str)
}

/// A short, stable hash of text (the stored, redacted text: it reveals nothing more).
fn short_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(text.as_bytes());
    d[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// The steps of a run: depth-first from the roots, children by start time.
pub fn steps(spans: &[Span]) -> Vec<Step> {
    let ids: std::collections::HashSet<SpanId> = spans.iter().map(|s| s.span_id).collect();
    let mut children: HashMap<Option<SpanId>, Vec<&Span>> = HashMap::new();
    for s in spans {
        let parent = s.parent_span_id.filter(|p| ids.contains(p));
        children.entry(parent).or_default().push(s);
    }
    for v in children.values_mut() {
        v.sort_by_key(|s| (s.start_time_unix_nano, s.span_id.to_hex()));
    }
    let mut out = Vec::with_capacity(spans.len());
    let mut stack: Vec<(&Span, usize)> = children
        .get(&None)
        .map(|v| v.iter().rev().map(|s| (*s, 0)).collect())
        .unwrap_or_default();
    while let Some((s, depth)) = stack.pop() {
        let g = s.gen_ai.as_ref();
        let kind = g
            .and_then(|g| g.operation.clone())
            .unwrap_or_else(|| "span".into());
        let tool = g.and_then(|g| g.tool_name.clone());
        let model = g.and_then(|g| g.request_model.clone().or_else(|| g.response_model.clone()));
        let args = attr(s, "gen_ai.tool.call.arguments")
            .or_else(|| attr(s, "tool.arguments"))
            .or_else(|| attr(s, "input.value").filter(|_| tool.is_some()));
        out.push(Step {
            span_id: s.span_id,
            index: out.len(),
            depth,
            key: StepKey {
                kind,
                name: s.name.clone(),
                tool,
                model,
            },
            duration_ns: s.duration_ns(),
            tokens: g.map_or(0, |g| {
                g.input_tokens.unwrap_or(0) + g.output_tokens.unwrap_or(0)
            }),
            cost_usd: s.cost_usd(),
            error: s.is_error(),
            prompt_hash: g.and_then(|g| g.prompt_hash.clone()),
            arguments_hash: args.map(short_hash),
        });
        if let Some(kids) = children.get(&Some(s.span_id)) {
            for k in kids.iter().rev() {
                stack.push((k, depth + 1));
            }
        }
    }
    out
}

fn is_model_call(s: &Step) -> bool {
    matches!(
        s.key.kind.as_str(),
        "chat" | "text_completion" | "generate_content" | "responses"
    ) || (s.key.model.is_some() && s.key.tool.is_none() && s.key.kind != "execute_tool")
}

/// Longest-common-subsequence alignment of two key sequences, as index pairs.
fn align(a: &[Step], b: &[Step]) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (a.len(), b.len());
    // Keys as small integers: equality checks in the table are then integer compares.
    let mut ids: HashMap<&StepKey, u32> = HashMap::new();
    let mut id = |k| {
        let next = ids.len() as u32;
        *ids.entry(k).or_insert(next)
    };
    let ka: Vec<u32> = a.iter().map(|s| id(&s.key)).collect();
    let kb: Vec<u32> = b.iter().map(|s| id(&s.key)).collect();
    // lcs[i][j]: LCS of a[i..] and b[j..], one flat row-major table.
    let w = m + 1;
    let mut lcs = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * w + j] = if ka[i] == kb[j] {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n.max(m));
    while i < n || j < m {
        if i < n && j < m && ka[i] == kb[j] {
            out.push((Some(i), Some(j)));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
            out.push((None, Some(j)));
            j += 1;
        } else {
            out.push((Some(i), None));
            i += 1;
        }
    }
    out
}

/// What differs between two steps with the same key.
fn differences(a: &Step, b: &Step) -> Vec<&'static str> {
    let mut d = Vec::new();
    if a.arguments_hash != b.arguments_hash {
        d.push("arguments");
    }
    if a.prompt_hash.is_some() && b.prompt_hash.is_some() && a.prompt_hash != b.prompt_hash {
        d.push("prompt");
    }
    if a.error != b.error {
        d.push("error");
    }
    let (x, y) = (a.duration_ns.max(1) as f64, b.duration_ns.max(1) as f64);
    if (x / y).max(y / x) >= 3.0 && a.duration_ns.abs_diff(b.duration_ns) >= 100_000_000 {
        d.push("latency");
    }
    d
}

/// Compares two runs (the spans of two traces).
pub fn compare(a_spans: &[Span], b_spans: &[Span]) -> Comparison {
    let (a, b) = (steps(a_spans), steps(b_spans));
    let mut pairs = Vec::with_capacity(a.len().max(b.len()));
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    for (i, j) in align(&a, &b) {
        let (sa, sb) = (i.map(|i| a[i].clone()), j.map(|j| b[j].clone()));
        let (status, differs) = match (&sa, &sb) {
            (Some(x), Some(y)) => {
                let d = differences(x, y);
                (
                    if d.is_empty() {
                        PairStatus::Same
                    } else {
                        PairStatus::Changed
                    },
                    d,
                )
            }
            (Some(_), None) => (PairStatus::OnlyA, Vec::new()),
            _ => (PairStatus::OnlyB, Vec::new()),
        };
        *counts
            .entry(match status {
                PairStatus::Same => "same",
                PairStatus::Changed => "changed",
                PairStatus::OnlyA => "only_a",
                PairStatus::OnlyB => "only_b",
            })
            .or_default() += 1;
        let both = sa.as_ref().zip(sb.as_ref());
        pairs.push(Pair {
            status,
            duration_delta_ns: both.map(|(x, y)| y.duration_ns as i64 - x.duration_ns as i64),
            tokens_delta: both.map(|(x, y)| y.tokens - x.tokens),
            cost_delta_usd: both.and_then(|(x, y)| Some(y.cost_usd? - x.cost_usd?)),
            a: sa,
            b: sb,
            differs,
        });
    }
    let first_divergence = first_divergence(&pairs);
    let wall = |s: &[Span]| {
        let start = s.iter().map(|x| x.start_time_unix_nano).min().unwrap_or(0);
        let end = s.iter().map(|x| x.end_time_unix_nano).max().unwrap_or(0);
        end.saturating_sub(start) as i64
    };
    Comparison {
        pairs,
        first_divergence,
        counts,
        duration_delta_ns: wall(b_spans) - wall(a_spans),
    }
}

/// The first pair where the runs took different paths (a step only one took) or did the
/// same step differently in a way that changes the path (arguments, prompt, an error) —
/// latency alone is not a fork. A step present in one run only next to another present
/// in the other only is reported as one fork with what differs between them.
fn first_divergence(pairs: &[Pair]) -> Option<Divergence> {
    let at = pairs.iter().position(|p| match p.status {
        PairStatus::Same => false,
        PairStatus::Changed => p.differs.iter().any(|d| *d != "latency"),
        PairStatus::OnlyA | PairStatus::OnlyB => true,
    })?;
    let p = &pairs[at];
    let mut differs = p
        .differs
        .iter()
        .copied()
        .filter(|d| *d != "latency")
        .collect::<Vec<_>>();
    if p.status == PairStatus::OnlyA || p.status == PairStatus::OnlyB {
        differs.push("path");
        // The step the other run took in its place, when there is one right next to it.
        let other = pairs[at + 1..]
            .iter()
            .take_while(|q| q.status == PairStatus::OnlyA || q.status == PairStatus::OnlyB)
            .find(|q| q.status != p.status);
        let (x, y) = match p.status {
            PairStatus::OnlyA => (p.a.as_ref(), other.and_then(|q| q.b.as_ref())),
            _ => (other.and_then(|q| q.a.as_ref()), p.b.as_ref()),
        };
        if let (Some(x), Some(y)) = (x, y) {
            if x.key.tool != y.key.tool {
                differs.push("tool");
            }
            if x.key.model != y.key.model {
                differs.push("model");
            }
        }
    }
    let before = |side: fn(&Pair) -> Option<&Step>| {
        pairs[..at]
            .iter()
            .rev()
            .filter_map(side)
            .find(|s| is_model_call(s))
            .cloned()
    };
    Some(Divergence {
        pair: at,
        differs,
        deciding_call_a: before(|p| p.a.as_ref()),
        deciding_call_b: before(|p| p.b.as_ref()),
    })
}

/// One step of a run against the same step in good runs.
#[derive(Debug, Clone, Serialize)]
pub struct BaselineStep {
    /// The step.
    pub step: Step,
    /// Share of baseline runs that have this step (0–1).
    pub occurs_in: f64,
    /// Median duration of the step in baseline runs, ns (when it occurs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub typical_duration_ns: Option<u64>,
    /// Why it stands out: `slow` (3× typical and 100 ms more), `rare` (in under 5% of
    /// good runs), `error`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unusual: Vec<&'static str>,
}

/// A run against many good runs.
#[derive(Debug, Clone, Serialize)]
pub struct BaselineComparison {
    /// Good runs compared with.
    pub baseline_runs: usize,
    /// The run's steps, each with how it compares.
    pub steps: Vec<BaselineStep>,
    /// Steps most good runs (half or more) have and this run lacks.
    pub missing: Vec<MissingStep>,
    /// The unusual step that cost the most time over its typical duration, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
}

/// A step the run skipped.
#[derive(Debug, Clone, Serialize)]
pub struct MissingStep {
    /// What it is.
    pub key: StepKey,
    /// Share of good runs that have it.
    pub occurs_in: f64,
}

fn median(v: &mut [u64]) -> Option<u64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    Some(v[v.len() / 2])
}

/// Compares a run with `baseline` runs (each the spans of one good trace).
pub fn against_baseline(run: &[Span], baseline: &[Vec<Span>]) -> BaselineComparison {
    let mut occurrences: HashMap<StepKey, usize> = HashMap::new();
    let mut durations: HashMap<StepKey, Vec<u64>> = HashMap::new();
    for b in baseline {
        let mut seen = std::collections::HashSet::new();
        for s in steps(b) {
            durations
                .entry(s.key.clone())
                .or_default()
                .push(s.duration_ns);
            if seen.insert(s.key.clone()) {
                *occurrences.entry(s.key).or_default() += 1;
            }
        }
    }
    let n = baseline.len().max(1) as f64;
    let run_steps = steps(run);
    let mut headline: Option<(u64, String)> = None;
    let mut out = Vec::with_capacity(run_steps.len());
    for s in run_steps.iter() {
        let occurs_in = occurrences.get(&s.key).copied().unwrap_or(0) as f64 / n;
        let typical = durations.get_mut(&s.key).and_then(|v| median(v));
        let mut unusual = Vec::new();
        if let Some(t) = typical {
            if s.duration_ns >= 3 * t.max(1) && s.duration_ns - t >= 100_000_000 {
                unusual.push("slow");
                let extra = s.duration_ns - t;
                if headline.as_ref().is_none_or(|(e, _)| extra > *e) {
                    headline = Some((
                        extra,
                        format!(
                            "`{}` took {:.1} s, typical {:.1} s over {} runs",
                            s.key.tool.as_deref().unwrap_or(&s.key.name),
                            s.duration_ns as f64 / 1e9,
                            t as f64 / 1e9,
                            baseline.len()
                        ),
                    ));
                }
            }
        }
        if !baseline.is_empty() && occurs_in < 0.05 {
            unusual.push("rare");
            if headline.is_none() {
                headline = Some((
                    0,
                    format!(
                        "`{}` occurs in {:.0}% of good runs",
                        s.key.tool.as_deref().unwrap_or(&s.key.name),
                        occurs_in * 100.0
                    ),
                ));
            }
        }
        if s.error {
            unusual.push("error");
        }
        out.push(BaselineStep {
            step: s.clone(),
            occurs_in,
            typical_duration_ns: typical,
            unusual,
        });
    }
    let present: std::collections::HashSet<&StepKey> = run_steps.iter().map(|s| &s.key).collect();
    let mut missing: Vec<MissingStep> = occurrences
        .iter()
        .filter(|(k, c)| !present.contains(k) && **c as f64 / n >= 0.5)
        .map(|(k, c)| MissingStep {
            key: k.clone(),
            occurs_in: *c as f64 / n,
        })
        .collect();
    missing.sort_by(|a, b| {
        b.occurs_in
            .total_cmp(&a.occurs_in)
            .then(a.key.name.cmp(&b.key.name))
    });
    BaselineComparison {
        baseline_runs: baseline.len(),
        steps: out,
        missing,
        headline: headline.map(|(_, h)| h),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::{GenAi, TraceId};

    struct Run {
        trace: TraceId,
        spans: Vec<Span>,
        t: u64,
    }

    impl Run {
        fn new(seed: u8) -> Self {
            let trace = TraceId::from_bytes(&[seed; 16]).unwrap();
            let mut root = Span::new(trace, sid(seed, 0), "invoke_agent travel", 0, 0);
            root.gen_ai = Some(GenAi {
                operation: Some("invoke_agent".into()),
                ..GenAi::default()
            });
            Self {
                trace,
                spans: vec![root],
                t: 0,
            }
        }

        /// Appends a child step of the root lasting `ms`.
        fn step(
            &mut self,
            op: &str,
            name: &str,
            tool: Option<&str>,
            ms: u64,
            prompt: Option<&str>,
        ) {
            let n = self.spans.len() as u8;
            let seed = self.spans[0].span_id.as_bytes()[0];
            let mut s = Span::new(
                self.trace,
                sid(seed, n),
                name,
                self.t,
                self.t + ms * 1_000_000,
            );
            s.parent_span_id = Some(self.spans[0].span_id);
            s.gen_ai = Some(GenAi {
                operation: Some(op.into()),
                tool_name: tool.map(str::to_string),
                request_model: (op == "chat").then(|| "gpt-4o".into()),
                prompt_hash: prompt.map(str::to_string),
                ..GenAi::default()
            });
            self.t += ms * 1_000_000 + 1;
            self.spans[0].end_time_unix_nano = self.t;
            self.spans.push(s);
        }
    }

    fn sid(seed: u8, n: u8) -> SpanId {
        SpanId::from_bytes(&[seed, n, 0, 0, 0, 0, 0, 1]).unwrap()
    }

    /// The seed's "Book me a flight" agent: 20 steps; `hotels` takes the other branch
    /// after a different model decision at step 9.
    fn booking(seed: u8, hotels: bool, api_ms: u64) -> Run {
        let mut r = Run::new(seed);
        r.step("chat", "chat gpt-4o", None, 300, Some("plan"));
        for (tool, ms) in [
            ("get_user_profile", 40),
            ("get_calendar", 60),
            ("check_loyalty", 30),
        ] {
            r.step(
                "execute_tool",
                &format!("execute_tool {tool}"),
                Some(tool),
                ms,
                None,
            );
        }
        r.step("chat", "chat gpt-4o", None, 250, Some("route"));
        r.step(
            "execute_tool",
            "execute_tool call_flight_api",
            Some("call_flight_api"),
            api_ms,
            None,
        );
        r.step("chat", "chat gpt-4o", None, 200, Some("summarize-options"));
        r.step(
            "execute_tool",
            "execute_tool rank_options",
            Some("rank_options"),
            20,
            None,
        );
        r.step(
            "chat",
            "chat gpt-4o",
            None,
            280,
            Some(if hotels {
                "decide-hotel"
            } else {
                "decide-flight"
            }),
        );
        if hotels {
            r.step(
                "execute_tool",
                "execute_tool search_hotels",
                Some("search_hotels"),
                500,
                None,
            );
            r.step("chat", "chat gpt-4o", None, 200, Some("hotel-answer"));
        } else {
            r.step(
                "execute_tool",
                "execute_tool search_flights",
                Some("search_flights"),
                450,
                None,
            );
            r.step("chat", "chat gpt-4o", None, 220, Some("confirm"));
            r.step("execute_tool", "execute_tool book", Some("book"), 300, None);
            for tool in [
                "send_confirmation",
                "update_crm",
                "charge_card",
                "issue_ticket",
                "add_calendar",
                "notify_user",
                "log_trip",
                "close_session",
            ] {
                r.step(
                    "execute_tool",
                    &format!("execute_tool {tool}"),
                    Some(tool),
                    15,
                    None,
                );
            }
        }
        r
    }

    #[test]
    fn the_fork_is_found_with_the_call_that_decided_it() {
        let (a, b) = (booking(1, false, 400), booking(2, true, 400));
        assert_eq!(a.spans.len(), 21);
        let c = compare(&a.spans, &b.spans);
        let d = c.first_divergence.as_ref().unwrap();
        let p = &c.pairs[d.pair];
        // The deciding chat call itself differs by prompt first…
        assert_eq!(p.status, PairStatus::Changed, "{p:?}");
        assert_eq!(d.differs, vec!["prompt"]);
        // …and right after it the paths split: flights in a, hotels in b.
        let fork = c
            .pairs
            .iter()
            .position(|p| p.status == PairStatus::OnlyA || p.status == PairStatus::OnlyB)
            .unwrap();
        assert!(fork > d.pair);
        let names: Vec<_> = c.pairs[fork..]
            .iter()
            .filter_map(|p| p.a.as_ref().or(p.b.as_ref()))
            .map(|s| s.key.tool.clone())
            .collect();
        assert!(
            names.contains(&Some("search_flights".into()))
                && names.contains(&Some("search_hotels".into()))
        );
        assert_eq!(
            c.counts["only_a"] + c.counts["same"] + c.counts.get("changed").unwrap_or(&0),
            21
        );
    }

    #[test]
    fn without_prompt_hashes_the_path_split_is_the_divergence() {
        let (mut a, mut b) = (booking(1, false, 400), booking(2, true, 400));
        for s in a.spans.iter_mut().chain(b.spans.iter_mut()) {
            if let Some(g) = s.gen_ai.as_mut() {
                g.prompt_hash = None;
            }
        }
        let c = compare(&a.spans, &b.spans);
        let d = c.first_divergence.unwrap();
        assert!(
            d.differs.contains(&"path") && d.differs.contains(&"tool"),
            "{:?}",
            d.differs
        );
        let p = &c.pairs[d.pair];
        let tools: Vec<_> = [p.a.as_ref(), p.b.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|s| s.key.tool.clone())
            .collect();
        assert!(
            tools == ["search_flights"] || tools == ["search_hotels"],
            "{tools:?}"
        );
        // The deciding call: the chat right before the fork, in both runs.
        let da = d.deciding_call_a.unwrap();
        assert_eq!(da.key.kind, "chat");
        assert_eq!(da.index, 9);
        assert_eq!(d.deciding_call_b.unwrap().index, 9);
    }

    #[test]
    fn identical_runs_do_not_diverge_and_latency_alone_is_not_a_fork() {
        let c = compare(
            &booking(1, false, 400).spans,
            &booking(2, false, 5_000).spans,
        );
        assert!(c.first_divergence.is_none());
        let slow = c
            .pairs
            .iter()
            .find(|p| p.differs.contains(&"latency"))
            .unwrap();
        assert_eq!(
            slow.a.as_ref().unwrap().key.tool.as_deref(),
            Some("call_flight_api")
        );
        assert_eq!(slow.duration_delta_ns, Some(4_600_000_000));
    }

    #[test]
    fn the_slow_step_and_the_rare_step_stand_out_against_200_good_runs() {
        let mut baseline: Vec<Vec<Span>> = (0..200)
            .map(|i| booking((i % 250) as u8 + 5, false, 400).spans)
            .collect();
        // 2% of good runs escalate to a human.
        for b in baseline.iter_mut().take(4) {
            let mut r = Run {
                trace: b[0].trace_id,
                t: b[0].end_time_unix_nano,
                spans: std::mem::take(b),
            };
            r.step(
                "execute_tool",
                "execute_tool escalate_to_human",
                Some("escalate_to_human"),
                50,
                None,
            );
            *b = r.spans;
        }
        let mut run = booking(3, false, 5_100);
        run.step(
            "execute_tool",
            "execute_tool escalate_to_human",
            Some("escalate_to_human"),
            50,
            None,
        );
        let c = against_baseline(&run.spans, &baseline);
        assert_eq!(c.baseline_runs, 200);
        assert_eq!(
            c.headline.as_deref(),
            Some("`call_flight_api` took 5.1 s, typical 0.4 s over 200 runs")
        );
        let esc = c
            .steps
            .iter()
            .find(|s| s.step.key.tool.as_deref() == Some("escalate_to_human"))
            .unwrap();
        assert!((esc.occurs_in - 0.02).abs() < 1e-9 && esc.unusual.contains(&"rare"));
        // A run that skipped booking misses steps every good run has.
        let short = booking(4, true, 400);
        let m = against_baseline(&short.spans, &baseline);
        assert!(m
            .missing
            .iter()
            .any(|s| s.key.tool.as_deref() == Some("book") && s.occurs_in == 1.0));
    }
}
