//! `glassbox redact`: filter text or JSON Lines through the redactor.
//!
//! ```text
//!   inputs (BufRead, one after another) ─> line by line ─> redact ─> out
//!                                                  └─> stats / errors / progress ─> err
//! ```
//! Streaming, one line in memory at a time (lines longer than
//! `max_line_bytes` are an error), so multi-GB inputs run in bounded memory.
//! With `--jsonl` each line goes through [`crate::jsonl`]: a streaming pass
//! that copies the JSON through and rewrites only the string values that
//! redaction changes, with a `serde_json::Value` path for the rare lines it
//! hands over (invalid lines among them, so error messages stay serde_json's).
//! The binary parses flags with clap and calls [`run`].

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use crate::config::RedactConfig;
use crate::entity::Source;
use crate::jsonl;
use crate::keys::KeyRing;
use crate::redactor::{ConfigError, Redactor};

/// Options of the `redact` command.
#[derive(Debug, Clone)]
pub struct CommandOptions {
    /// `--jsonl`: every line is a JSON object; every string value is redacted.
    pub jsonl: bool,
    /// `--stats`: print counts by entity type on stderr at the end.
    pub stats: bool,
    /// `--skip-invalid`: drop invalid JSON lines (counted) instead of failing.
    pub skip_invalid: bool,
    /// `--policy FILE`: TOML policy; default policy when absent.
    pub policy: Option<PathBuf>,
    /// Data directory where `redaction.key` is created if hashing needs a key
    /// and the key variable is not set.
    pub data_dir: Option<PathBuf>,
    /// Total input size in bytes when known (enables the progress bar).
    pub total_bytes: Option<u64>,
    /// Show a progress bar when stderr is a terminal and the input is large.
    pub progress: bool,
    /// Longest accepted line.
    pub max_line_bytes: usize,
}

impl Default for CommandOptions {
    fn default() -> Self {
        CommandOptions {
            jsonl: false,
            stats: false,
            skip_invalid: false,
            policy: None,
            data_dir: None,
            total_bytes: None,
            progress: true,
            max_line_bytes: 64 * 1024 * 1024,
        }
    }
}

/// What the command did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommandStats {
    /// Lines read.
    pub lines: u64,
    /// Bytes read.
    pub bytes: u64,
    /// Invalid JSON lines skipped (`skip_invalid`).
    pub skipped: u64,
    /// Redactions by entity label.
    pub by_entity: BTreeMap<String, u64>,
    /// Whether a new key file was created in the data directory.
    pub key_created: bool,
}

/// Errors of the command.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// Reading input or writing output failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    /// The policy file could not be read or parsed.
    #[error("policy {path}: {reason}")]
    Policy {
        /// The file.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// The policy is invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The key could not be loaded or created.
    #[error(transparent)]
    Key(#[from] crate::keys::KeyError),
    /// A line is not a JSON object (`--jsonl` without `skip_invalid`).
    #[error("line {line}: invalid JSON: {reason}")]
    InvalidJson {
        /// 1-based line number over all inputs.
        line: u64,
        /// Parser message.
        reason: String,
    },
    /// A line is longer than `max_line_bytes`.
    #[error("line {line}: longer than {max} bytes")]
    LineTooLong {
        /// 1-based line number.
        line: u64,
        /// The limit.
        max: usize,
    },
}

/// Build the redactor for the options: policy file, key from the policy's
/// variable or `data_dir/redaction.key` when hashing needs one.
/// Without either, hashing uses a one-off key (the third value is then `true`).
pub fn build_redactor(opts: &CommandOptions) -> Result<(Redactor, bool, bool), CommandError> {
    let config = match &opts.policy {
        None => RedactConfig::default(),
        Some(p) => {
            let path = p.display().to_string();
            let text = std::fs::read_to_string(p).map_err(|e| CommandError::Policy {
                path: path.clone(),
                reason: e.to_string(),
            })?;
            RedactConfig::from_toml_str(&text).map_err(|e| CommandError::Policy {
                path,
                reason: e.to_string(),
            })?
        }
    };
    let mut created = false;
    let mut ephemeral = false;
    let keys = match KeyRing::from_env(&config.hash_key_env)? {
        Some(k) => k,
        None if Redactor::config_needs_key(&config) => match &opts.data_dir {
            Some(dir) => {
                let (k, c) = KeyRing::load_or_create(dir)?;
                created = c;
                k
            }
            None => {
                ephemeral = true;
                KeyRing::ephemeral()
            }
        },
        None => KeyRing::empty(),
    };
    Ok((Redactor::new(&config, keys)?, created, ephemeral))
}

/// Run the command with a redactor built from `opts`.
pub fn run(
    opts: &CommandOptions,
    inputs: Vec<Box<dyn BufRead>>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<CommandStats, CommandError> {
    let (redactor, created, ephemeral) = build_redactor(opts)?;
    if created {
        writeln!(err, "created a new redaction key in the data directory")?;
    }
    if ephemeral {
        writeln!(
            err,
            "no redaction key given (GLASSBOX_REDACT_KEY or --data-dir): hashing with a one-off key, so hashes will not match other runs"
        )?;
    }
    let mut stats = run_with(&redactor, opts, inputs, out, err)?;
    stats.key_created = created;
    Ok(stats)
}

/// Run the command with a ready redactor.
pub fn run_with(
    redactor: &Redactor,
    opts: &CommandOptions,
    inputs: Vec<Box<dyn BufRead>>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<CommandStats, CommandError> {
    let before = redactor.counters();
    let mut stats = CommandStats::default();
    let bar = progress_bar(opts);
    let mut line: Vec<u8> = Vec::with_capacity(64 * 1024);
    let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
    let mut streamer = jsonl::JsonLineStreamer::new();
    for mut input in inputs {
        loop {
            line.clear();
            let n = read_line_bounded(&mut input, &mut line, opts.max_line_bytes)?;
            if n == 0 {
                break;
            }
            stats.lines += 1;
            stats.bytes += n as u64;
            if line.len() > opts.max_line_bytes {
                return Err(CommandError::LineTooLong {
                    line: stats.lines,
                    max: opts.max_line_bytes,
                });
            }
            let (body, eol): (&[u8], &[u8]) = match line.last() {
                Some(b'\n') => {
                    let b = &line[..line.len() - 1];
                    match b.last() {
                        Some(b'\r') => (&b[..b.len() - 1], b"\r\n"),
                        _ => (b, b"\n"),
                    }
                }
                _ => (&line[..], b""),
            };
            if opts.jsonl {
                if body.iter().all(u8::is_ascii_whitespace) {
                    out.write_all(body)?;
                    out.write_all(eol)?;
                    continue;
                }
                buf.clear();
                match jsonl::redact_json_line(&mut streamer, redactor, body, &mut buf, Source::Cli)
                {
                    Ok(()) => {
                        out.write_all(&buf)?;
                        out.write_all(if eol.is_empty() { b"" } else { b"\n" })?;
                    }
                    Err(reason) if !opts.skip_invalid => {
                        return Err(CommandError::InvalidJson {
                            line: stats.lines,
                            reason,
                        });
                    }
                    Err(_) => stats.skipped += 1,
                }
            } else {
                out.write_all(&redactor.redact_bytes(body, Source::Cli))?;
                out.write_all(eol)?;
            }
            if let Some(b) = &bar {
                b.inc(n as u64);
            }
        }
    }
    out.flush()?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let after = redactor.counters();
    for e in &after.entries {
        let prev = before
            .entries
            .iter()
            .find(|p| p.kind == e.kind && p.source == e.source)
            .map_or(0, |p| p.count);
        if e.source == Source::Cli && e.count > prev {
            *stats
                .by_entity
                .entry(e.kind.label().to_string())
                .or_default() += e.count - prev;
        }
    }
    if opts.stats {
        writeln!(
            err,
            "lines={} bytes={} skipped={}",
            stats.lines, stats.bytes, stats.skipped
        )?;
        for (k, v) in &stats.by_entity {
            writeln!(err, "{k}\t{v}")?;
        }
    }
    Ok(stats)
}

/// Read one line (through `\n`) into `buf`, stopping early once it exceeds `max`.
fn read_line_bounded(
    r: &mut Box<dyn BufRead>,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(total);
        }
        let (take, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(p) => (p + 1, true),
            None => (avail.len(), false),
        };
        if buf.len() <= max {
            buf.extend_from_slice(&avail[..take]);
        }
        r.consume(take);
        total += take;
        if done {
            return Ok(total);
        }
    }
}

fn progress_bar(opts: &CommandOptions) -> Option<indicatif::ProgressBar> {
    let total = opts.total_bytes?;
    if !opts.progress || total < 64 * 1024 * 1024 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
    ) {
        bar.set_style(style);
    }
    Some(bar)
}
