//! `glassbox-fuzz TARGET... --secs N`: runs fuzz targets for a time budget each, prints
//! progress every round, and on a finding writes the shrunk input to `--findings` and
//! exits 1.
//!
//! ```sh
//! cargo run --release -p glassbox-fuzz -- all --secs 600
//! cargo run --release -p glassbox-fuzz -- otlp-json --secs 60
//! cargo run --release -p glassbox-fuzz -- scanner --replay fuzz/findings/scanner-….bin
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Parser;
use glassbox_fuzz::{fuzz, redactor, run_one, Target};

#[derive(Parser)]
#[command(about = "Fuzz glassbox's untrusted-input parsers")]
struct Args {
    /// Targets to run (or `all`).
    #[arg(required = true)]
    targets: Vec<String>,
    /// Seconds per target.
    #[arg(long, default_value_t = 60)]
    secs: u64,
    /// Cases per round (progress is printed after each).
    #[arg(long, default_value_t = 2000)]
    round: u32,
    /// Where shrunk failing inputs are written.
    #[arg(long, default_value = "fuzz/findings")]
    findings: PathBuf,
    /// Run one saved input through the (single) target instead of fuzzing.
    #[arg(long)]
    replay: Option<PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut targets = Vec::new();
    for t in &args.targets {
        if t == "all" {
            targets.extend(Target::ALL);
            continue;
        }
        let target = <Target as clap::ValueEnum>::from_str(t, true).map_err(|_| {
            anyhow::anyhow!(
                "unknown target `{t}`: use all, {}",
                Target::ALL.map(Target::name).join(", ")
            )
        })?;
        targets.push(target);
    }
    if let Some(path) = &args.replay {
        let input = std::fs::read(path)?;
        for t in &targets {
            run_one(*t, &input, &redactor()?);
            println!("{}: {} ran without a panic", t.name(), path.display());
        }
        return Ok(());
    }
    let mut failed = false;
    for target in targets {
        let start = Instant::now();
        println!("{}: fuzzing for {} s", target.name(), args.secs);
        let outcome = fuzz(target, Duration::from_secs(args.secs), args.round, |s| {
            println!(
                "  {:>5.0} s  {:>9} cases  {:>7.0} cases/s  slowest {:>8.2?}  rss {} MB",
                start.elapsed().as_secs_f64(),
                s.cases,
                s.cases as f64 / start.elapsed().as_secs_f64().max(1e-3),
                s.slowest,
                s.peak_rss >> 20
            );
        })?;
        match outcome {
            Ok(s) => println!(
                "{}: clean after {} cases in {:.0} s (slowest case {:.2?}, peak rss {} MB)",
                target.name(),
                s.cases,
                start.elapsed().as_secs_f64(),
                s.slowest,
                s.peak_rss >> 20
            ),
            Err(finding) => {
                failed = true;
                std::fs::create_dir_all(&args.findings)?;
                let path = args.findings.join(format!(
                    "{}-{}.bin",
                    target.name(),
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_secs())
                ));
                std::fs::write(&path, &finding.input)?;
                println!(
                    "{}: FINDING: {}\n  input ({} bytes) written to {}; replay with --replay {}",
                    target.name(),
                    finding.reason,
                    finding.input.len(),
                    path.display(),
                    path.display()
                );
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
    Ok(())
}
