//! Time of `compare` on two 1,000-span runs that share most steps (median of 21).
//!
//! ```sh
//! cargo run --release -p glassbox-core --example compare_timing
//! ```

#![allow(clippy::unwrap_used, clippy::panic)]

use glassbox_core::compare::compare;
use glassbox_core::{GenAi, Span, SpanId, TraceId};

fn run(seed: u8, fork_at: usize) -> Vec<Span> {
    let trace = TraceId::from_bytes(&[seed; 16]).unwrap();
    let id = |n: usize| {
        let b = (n as u32).to_be_bytes();
        SpanId::from_bytes(&[seed, 1, b[0], b[1], b[2], b[3], 0, 1]).unwrap()
    };
    let mut spans = vec![Span::new(
        trace,
        id(0),
        "invoke_agent",
        0,
        1_000_000_000_000,
    )];
    for n in 1..1000 {
        let tool = if n >= fork_at {
            format!("tool_{}_{seed}", n % 17)
        } else {
            format!("tool_{}", n % 17)
        };
        let mut s = Span::new(
            trace,
            id(n),
            format!("execute_tool {tool}"),
            n as u64 * 1000,
            n as u64 * 1000 + 900,
        );
        s.parent_span_id = Some(id(0));
        s.gen_ai = Some(GenAi {
            operation: Some(if n % 3 == 0 {
                "chat".into()
            } else {
                "execute_tool".into()
            }),
            tool_name: Some(tool),
            ..GenAi::default()
        });
        spans.push(s);
    }
    spans
}

fn main() {
    let (a, b) = (run(1, 600), run(2, 600));
    let mut times = Vec::new();
    for _ in 0..21 {
        let t = std::time::Instant::now();
        let c = compare(&a, &b);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(c.first_divergence.is_some());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "compare, two 1,000-span runs: median {:.2} ms (min {:.2}, max {:.2})",
        times[10], times[0], times[20]
    );
}
