//! `glassbox`: privacy-first observability for AI applications, in one binary.
//!
//! This crate only parses the command line and wires the library crates together; every
//! behaviour lives in those crates.

mod config;
mod demo;
mod serve;
mod telemetry;
mod waterfall;

use std::io::{BufRead, BufReader, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};

// Ingest allocates and frees many small attribute strings per span on several threads;
// mimalloc's thread-local free lists cost a fraction of the system allocator's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Privacy-first observability for AI applications: metrics, logs and traces of every
/// model call and agent step, with PII redacted before anything is written.
#[derive(Parser)]
#[command(name = "glassbox", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server: OTLP receivers, gateway, query API, UI.
    Serve(ServeArgs),
    /// Run the server with a built-in mock model and synthetic traffic: a living
    /// dashboard within a minute.
    Demo(ServeArgs),
    /// Run a fast OpenAI-compatible mock model server (for tests, benchmarks, demos).
    MockUpstream(MockArgs),
    /// Redact PII from text or JSON Lines (stdin by default) and write it to stdout.
    Redact(RedactArgs),
    /// Run the answer-health checks on JSON Lines of model answers (stdin by default):
    /// each line `{"response", "prompt"?, "system"?, "finish_reason"?, "response_format"?,
    /// "max_tokens"?, "output_tokens"?, "tool_calls"?}` comes out with `flags` added.
    Check(CheckArgs),
    /// Print a trace as a terminal waterfall.
    Trace(ClientArgs),
    /// Print everything linked to a correlation id, trace id, user id or session id.
    Investigate(ClientArgs),
    /// Compare two runs step by step and show where they diverged; with one trace, compare
    /// it with the typical run (recent successful runs of the same entry point).
    Diff(DiffArgs),
}

#[derive(Args, Clone)]
struct ServeArgs {
    /// TOML configuration file (see glassbox.example.toml).
    #[arg(long, env = "GLASSBOX_CONFIG")]
    config: Option<PathBuf>,
    /// HTTP listener [default: 127.0.0.1:4000].
    #[arg(long)]
    listen: Option<String>,
    /// OTLP/gRPC listener [default: 127.0.0.1:4317].
    #[arg(long)]
    grpc_listen: Option<String>,
    /// OTLP/HTTP listener on the standard port [default: 127.0.0.1:4318, skipped with a
    /// warning when taken]; `off` disables it.
    #[arg(long)]
    otlp_http_listen: Option<String>,
    /// Data directory [default: ./glassbox-data].
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Allow listening on a non-loopback address without auth tokens.
    #[arg(long)]
    insecure_no_auth: bool,
    /// OpenAI-compatible upstream for the gateway (e.g. http://127.0.0.1:8000/v1); its key
    /// is read from OPENAI_API_KEY.
    #[arg(long)]
    upstream: Option<String>,
}

impl ServeArgs {
    fn load(&self) -> Result<config::Validated> {
        let overrides = config::Overrides {
            listen: self.listen.clone(),
            grpc_listen: self.grpc_listen.clone(),
            otlp_http_listen: self.otlp_http_listen.clone(),
            data_dir: self.data_dir.clone(),
            insecure_no_auth: self.insecure_no_auth,
            upstream: self.upstream.clone(),
        };
        config::load(self.config.as_deref(), &overrides)?.validate()
    }
}

#[derive(Args)]
struct MockArgs {
    /// Where to listen.
    #[arg(long, default_value = "127.0.0.1:8089")]
    listen: std::net::SocketAddr,
    /// Delay before the first byte of every answer, ms.
    #[arg(long, default_value_t = 0)]
    delay_ms: u64,
    /// Delay between streamed chunks, ms.
    #[arg(long, default_value_t = 0)]
    chunk_delay_ms: u64,
    /// Content chunks (≈ tokens) per answer.
    #[arg(long, default_value_t = 8)]
    chunks: usize,
    /// Share of requests that fail, 0.0–1.0.
    #[arg(long, default_value_t = 0.0)]
    failure_rate: f64,
    /// HTTP status of injected failures.
    #[arg(long, default_value_t = 429)]
    failure_status: u16,
    /// Answer without token usage (like servers that report none).
    #[arg(long)]
    no_usage: bool,
    /// Share of chat answers, 0.0–1.0, that fail silently behind a 200 OK (a refusal, an
    /// answer cut off at the token limit, or a repetition loop).
    #[arg(long, default_value_t = 0.0)]
    answer_faults: f64,
}

#[derive(Args)]
struct CheckArgs {
    /// Files to read (stdin when none or `-`).
    files: Vec<PathBuf>,
    /// Input is JSON Lines (the only format; accepted for symmetry with `redact`).
    #[arg(long)]
    jsonl: bool,
    /// TOML configuration whose `[answers]` and `[gateway.safety]` sections apply.
    #[arg(long, env = "GLASSBOX_CONFIG")]
    config: Option<PathBuf>,
    /// Print counts per flag on stderr at the end.
    #[arg(long)]
    stats: bool,
}

#[derive(Args)]
struct RedactArgs {
    /// Files to read (stdin when none or `-`).
    files: Vec<PathBuf>,
    /// Every line is a JSON object; every string value in it is redacted.
    #[arg(long)]
    jsonl: bool,
    /// Print counts by entity type on stderr.
    #[arg(long)]
    stats: bool,
    /// Pass invalid JSON lines over (counted) instead of stopping.
    #[arg(long)]
    skip_invalid: bool,
    /// TOML redaction policy (the `[redaction]` section's keys).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Data directory whose `redaction.key` hashes values (created there if
    /// missing). Without it and without GLASSBOX_REDACT_KEY, a one-off key is used.
    #[arg(long)]
    data_dir: Option<PathBuf>,
}

#[derive(Args)]
struct ClientArgs {
    /// Trace id (for `trace`) or any id (for `investigate`).
    id: String,
    #[command(flatten)]
    remote: Remote,
}

/// Which glassbox a client command asks, and how it prints the answer.
#[derive(Args)]
struct Remote {
    /// glassbox server to ask.
    #[arg(long, env = "GLASSBOX_SERVER", default_value = "http://127.0.0.1:4000")]
    server: String,
    /// Bearer token with the `read` scope, when the server needs one.
    #[arg(long, env = "GLASSBOX_TOKEN")]
    token: Option<String>,
    /// Print the raw JSON instead of the rendering for a terminal.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct DiffArgs {
    /// The run to explain (trace id or a unique prefix of 8+ hex digits).
    a: String,
    /// The run to compare it with; without it, good runs of the same entry point.
    b: Option<String>,
    /// Good runs to compare with when `b` is not given.
    #[arg(long, default_value_t = 200)]
    baseline: usize,
    #[command(flatten)]
    remote: Remote,
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("GLASSBOX_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Colours only for a person at a terminal; a log file or a collector gets plain text.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .init();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("glassbox: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            init_logging();
            let v = args.load()?;
            runtime()?.block_on(serve::run(v, axum::Router::new()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo(args) => {
            init_logging();
            let mut args = args;
            if args.data_dir.is_none() {
                args.data_dir = Some(PathBuf::from("./glassbox-demo-data"));
            }
            let v = args.load()?;
            runtime()?.block_on(demo::run(v))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::MockUpstream(args) => {
            init_logging();
            if !(0.0..=1.0).contains(&args.failure_rate) {
                bail!(
                    "--failure-rate: {} is not between 0.0 and 1.0",
                    args.failure_rate
                );
            }
            if !(0.0..=1.0).contains(&args.answer_faults) {
                bail!(
                    "--answer-faults: {} is not between 0.0 and 1.0",
                    args.answer_faults
                );
            }
            let opts = glassbox_gateway::MockOptions {
                delay_ms: args.delay_ms,
                chunk_delay_ms: args.chunk_delay_ms,
                chunks: args.chunks.max(1),
                failure_rate: args.failure_rate,
                failure_status: args.failure_status,
                usage: !args.no_usage,
                answer_faults: args.answer_faults,
                ..Default::default()
            };
            runtime()?.block_on(async move {
                let listener = serve::bind(args.listen, "--listen").await?;
                eprintln!(
                    "mock OpenAI-compatible upstream on http://{}/v1",
                    args.listen
                );
                glassbox_gateway::serve_mock(listener, opts, glassbox_server::shutdown_signal())
                    .await?;
                Ok::<_, anyhow::Error>(())
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Redact(args) => redact(args),
        Command::Check(args) => check(args),
        Command::Trace(args) => {
            let id = args.id.trim().to_string();
            let doc = runtime()?.block_on(fetch(&args.remote, &format!("/api/traces/{id}")))?;
            print_doc(&args.remote, &doc, waterfall::render_trace);
            Ok(ExitCode::SUCCESS)
        }
        Command::Investigate(args) => {
            let id = args.id.trim().to_string();
            let doc = runtime()?.block_on(fetch(
                &args.remote,
                &format!("/api/investigate/{}", encode_path(&id)),
            ))?;
            print_doc(&args.remote, &doc, waterfall::render_investigation);
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff(d) => {
            let path = match &d.b {
                Some(b) => format!(
                    "/api/compare?a={}&b={}",
                    encode_path(d.a.trim()),
                    encode_path(b.trim())
                ),
                None => format!(
                    "/api/compare?a={}&baseline={}",
                    encode_path(d.a.trim()),
                    d.baseline
                ),
            };
            let doc = runtime()?.block_on(fetch(&d.remote, &path))?;
            print_doc(&d.remote, &doc, waterfall::render_comparison);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn encode_path(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn print_doc(
    args: &Remote,
    doc: &serde_json::Value,
    render: fn(&serde_json::Value, waterfall::Style) -> String,
) {
    if args.json {
        println!("{}", serde_json::to_string_pretty(doc).unwrap_or_default());
        return;
    }
    let tty = std::io::stdout().is_terminal();
    // The terminal's width when printing to one; `COLUMNS`, else 120, when piped.
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok())
        .or_else(|| {
            tty.then(|| console::Term::stdout().size_checked())
                .flatten()
                .map(|(_, w)| usize::from(w))
        })
        .unwrap_or(120);
    let style = waterfall::Style {
        color: tty && std::env::var_os("NO_COLOR").is_none(),
        bar_width: 60,
        width: width.max(60),
    };
    print!("{}", render(doc, style));
}

async fn fetch(args: &Remote, path: &str) -> Result<serde_json::Value> {
    if !(args.server.starts_with("http://") || args.server.starts_with("https://")) {
        anyhow::bail!(
            "--server {}: give glassbox's URL with its scheme, e.g. http://{}",
            args.server,
            args.server.trim_start_matches('/')
        );
    }
    let url = format!("{}{}", args.server.trim_end_matches('/'), path);
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(30))
        .build()?;
    let mut req = client.get(&url);
    if let Some(t) = &args.token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.with_context(|| {
        format!("cannot reach glassbox at {}: is `glassbox serve` running? (set --server or GLASSBOX_SERVER)", args.server)
    })?;
    let status = resp.status();
    let body: serde_json::Value = resp
        .json()
        .await
        .with_context(|| format!("{url} answered {status} with a body that is not JSON"))?;
    if !status.is_success() {
        let msg = body["error"]["message"]
            .as_str()
            .unwrap_or("request failed");
        bail!("{status}: {msg}");
    }
    Ok(body)
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let cfg = config::load(args.config.as_deref(), &config::Overrides::default())?;
    cfg.answers.validate().map_err(|e| anyhow::anyhow!("{e}"))?;
    // Only findings are used (nothing is hashed), so a throwaway key does.
    let redactor = glassbox_redact::Redactor::new(
        &cfg.redaction,
        glassbox_redact::KeyRing::single("check", &rand::random::<[u8; 32]>()),
    )
    .map_err(|e| anyhow::anyhow!("redaction: {e}"))?;
    let checker = glassbox_gateway::safety::answer_checker(
        &cfg.answers,
        &cfg.gateway.safety,
        std::sync::Arc::new(redactor),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut total = glassbox_answers::command::CheckStats::default();
    let files: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    for f in &files {
        let input: Box<dyn BufRead> = if f.as_os_str() == "-" {
            Box::new(BufReader::with_capacity(1 << 20, std::io::stdin()))
        } else {
            let file =
                std::fs::File::open(f).with_context(|| format!("cannot open {}", f.display()))?;
            Box::new(BufReader::with_capacity(1 << 20, file))
        };
        let stats =
            glassbox_answers::command::run_jsonl(&checker, input, &mut out, std::io::stderr())?;
        total.lines += stats.lines;
        total.invalid += stats.invalid;
        total.flagged += stats.flagged;
        for (t, s) in total.per_flag.iter_mut().zip(stats.per_flag) {
            *t += s;
        }
    }
    std::io::Write::flush(&mut out)?;
    if args.stats {
        eprintln!(
            "{} answers checked, {} flagged, {} refused",
            total.lines, total.flagged, total.invalid
        );
        for f in glassbox_answers::Flag::ALL {
            let n = total.per_flag[f.index()];
            if n > 0 {
                eprintln!("  {:<20} {n}", f.as_str());
            }
        }
    }
    if total.invalid > 0 {
        eprintln!(
            "{} line(s) could not be checked (see above); the others were written",
            total.invalid
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn redact(args: RedactArgs) -> Result<ExitCode> {
    let mut inputs: Vec<Box<dyn BufRead>> = Vec::new();
    let mut total = 0u64;
    if args.files.is_empty()
        || args.files.iter().any(|f| f.as_os_str() == "-") && args.files.len() == 1
    {
        inputs.push(Box::new(BufReader::with_capacity(
            1 << 20,
            std::io::stdin(),
        )));
    } else {
        for f in &args.files {
            if f.as_os_str() == "-" {
                inputs.push(Box::new(BufReader::with_capacity(
                    1 << 20,
                    std::io::stdin(),
                )));
                continue;
            }
            let file =
                std::fs::File::open(f).with_context(|| format!("cannot open {}", f.display()))?;
            total += file.metadata().map(|m| m.len()).unwrap_or(0);
            inputs.push(Box::new(BufReader::with_capacity(1 << 20, file)));
        }
    }
    let opts = glassbox_redact::command::CommandOptions {
        jsonl: args.jsonl,
        stats: args.stats,
        skip_invalid: args.skip_invalid,
        policy: args.policy,
        data_dir: args.data_dir,
        total_bytes: (total > 0).then_some(total),
        ..Default::default()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut err = std::io::stderr();
    glassbox_redact::command::run(&opts, inputs, &mut out, &mut err)?;
    std::io::Write::flush(&mut out)?;
    Ok(ExitCode::SUCCESS)
}
