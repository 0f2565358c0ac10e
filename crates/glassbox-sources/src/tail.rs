//! Tails PostgreSQL log files: follows new lines, survives rotation, and remembers how far
//! it read across restarts.
//!
//! ```text
//!  every `poll`: files matching `path` (a file, or `*` in the file name)
//!    per file: (inode, offset) ─> read up to 4 MiB of whole records ─> Correlator
//!      ─> spans ─> sink (the pipeline: redaction, then the store) ─> offset saved
//! ```
//! A file is known by its inode, so a renamed file keeps its offset and a new file under
//! an old name starts from its beginning; a file shorter than its offset was truncated
//! and is read again from the start. Files present at the very first start are read
//! from their end (their history belongs to no trace glassbox has), files that appear
//! later from their beginning. The offset only moves after the sink took the spans: a
//! crash re-reads at most one chunk, and a re-read entry gets the same span id.

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use glassbox_core::Span;
use serde::{Deserialize, Serialize};

use crate::postgres_log::{parse_csv_record, parse_json_line, Correlator, Counts, Format};

/// Where spans go.
pub trait SpanSink: Send + Sync + 'static {
    /// Takes `spans`; an error leaves the offset where it was, to retry.
    fn submit(
        &self,
        spans: Vec<Span>,
    ) -> impl std::future::Future<Output = Result<(), String>> + Send;
}

impl SpanSink for glassbox_pipeline::PipelineHandle {
    async fn submit(&self, spans: Vec<Span>) -> Result<(), String> {
        self.submit_and_wait(
            glassbox_pipeline::Source::OtlpTraces,
            glassbox_pipeline::Records {
                spans,
                ..Default::default()
            },
        )
        .await
        .map_err(|e| e.to_string())
    }
}

/// One `[[sources.postgres_log]]`.
#[derive(Debug, Clone)]
pub struct TailConfig {
    /// A file, or a pattern with `*` in the file name (`/var/log/postgresql/*.json`).
    pub path: PathBuf,
    /// The format; `None`: from the file name (`.json` jsonlog, `.csv` csvlog).
    pub format: Option<Format>,
    /// Service name of the spans.
    pub service: String,
    /// How often to look for new lines.
    pub poll: Duration,
    /// Where offsets are saved (a JSON file).
    pub state_file: PathBuf,
}

/// Largest read per file and poll; also the longest record glassbox will wait for.
const CHUNK: usize = 4 << 20;
/// Spans per submission (a 4 MiB chunk of jsonlog is ~7,000 entries: a few batches in flight).
const BATCH: usize = 1_000;

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
struct Position {
    inode: u64,
    offset: u64,
}

/// Saved positions, by path.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Saved {
    files: HashMap<String, Position>,
}

/// The tailer of one configured source.
pub struct Tailer<S: SpanSink> {
    cfg: TailConfig,
    sink: S,
    correlator: Correlator,
    positions: HashMap<PathBuf, Position>,
    first_pass: bool,
    /// Entries that could not be read, in all.
    pub unreadable: u64,
}

impl<S: SpanSink> Tailer<S> {
    /// A tailer that resumes from `cfg.state_file` when it exists.
    pub fn new(cfg: TailConfig, sink: S) -> Result<Self, String> {
        let mut first_pass = true;
        let mut positions = HashMap::new();
        match std::fs::read(&cfg.state_file) {
            Ok(bytes) => {
                let saved: Saved = serde_json::from_slice(&bytes).map_err(|e| {
                    format!(
                        "{}: not a glassbox tail state file ({e}); remove it to start over",
                        cfg.state_file.display()
                    )
                })?;
                positions = saved
                    .files
                    .into_iter()
                    .map(|(k, v)| (PathBuf::from(k), v))
                    .collect();
                first_pass = false;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("{}: {e}", cfg.state_file.display())),
        }
        if cfg.format.is_none() && !cfg.path.to_string_lossy().contains('*') {
            Format::from_path(&cfg.path.to_string_lossy()).ok_or_else(|| {
                format!(
                    "{}: set `format` to \"jsonlog\" or \"csvlog\" (the file name ends in neither .json nor .csv)",
                    cfg.path.display()
                )
            })?;
        }
        Ok(Self {
            correlator: Correlator::new(cfg.service.clone()),
            cfg,
            sink,
            positions,
            first_pass,
            unreadable: 0,
        })
    }

    /// What the correlator has seen so far.
    pub fn counts(&self) -> Counts {
        self.correlator.counts
    }

    /// Polls until `stop` resolves.
    pub async fn run(mut self, stop: impl std::future::Future<Output = ()>) {
        tokio::pin!(stop);
        loop {
            if let Err(e) = self.poll_once().await {
                tracing::warn!(path = %self.cfg.path.display(), error = %e, "postgres log: will retry");
            }
            tokio::select! {
                () = &mut stop => return,
                () = tokio::time::sleep(self.cfg.poll) => {}
            }
        }
    }

    /// Reads what is new in every matching file once; returns the spans submitted.
    pub async fn poll_once(&mut self) -> Result<usize, String> {
        let files = matching_files(&self.cfg.path)?;
        let first = std::mem::replace(&mut self.first_pass, false);
        let mut total = 0;
        let mut seen = Vec::with_capacity(files.len());
        for (path, meta) in files {
            seen.push(path.clone());
            let inode = meta.ino();
            let len = meta.len();
            let known = self.positions.get(&path).copied();
            let mut pos = match known {
                Some(p) if p.inode == inode && p.offset <= len => p,
                // Truncated in place: read it again.
                Some(p) if p.inode == inode => Position { inode, offset: 0 },
                // Renamed here from a path we were reading: keep its offset.
                _ => match self.positions.values().find(|p| p.inode == inode).copied() {
                    Some(p) if p.offset <= len => p,
                    _ if first => Position { inode, offset: len },
                    _ => Position { inode, offset: 0 },
                },
            };
            let format = self
                .cfg
                .format
                .or_else(|| Format::from_path(&path.to_string_lossy()))
                .unwrap_or(Format::Jsonlog);
            while pos.offset < len {
                let (consumed, spans) = self.read_chunk(&path, pos.offset, format)?;
                if consumed == 0 {
                    break;
                }
                // The batches of a chunk go in together, so the pipeline's redact workers
                // share them; the offset moves once all of them are stored.
                total += spans.len();
                futures::future::try_join_all(
                    chunks(spans, BATCH)
                        .into_iter()
                        .map(|b| self.sink.submit(b)),
                )
                .await?;
                pos.offset += consumed as u64;
                self.positions.insert(path.clone(), pos);
                self.save()?;
            }
            self.positions.insert(path, pos);
        }
        // Forget files that are gone.
        let before = self.positions.len();
        self.positions.retain(|p, _| seen.contains(p));
        if self.positions.len() != before || first {
            self.save()?;
        }
        Ok(total)
    }

    /// Reads whole records from `offset`: (bytes consumed, spans).
    fn read_chunk(
        &mut self,
        path: &Path,
        offset: u64,
        format: Format,
    ) -> Result<(usize, Vec<Span>), String> {
        let io = |e: std::io::Error| format!("{}: {e}", path.display());
        let mut f = std::fs::File::open(path).map_err(io)?;
        f.seek(SeekFrom::Start(offset)).map_err(io)?;
        let mut buf = Vec::with_capacity(64 << 10);
        f.take(CHUNK as u64).read_to_end(&mut buf).map_err(io)?;
        let end = match format {
            Format::Jsonlog => memchr::memrchr(b'\n', &buf).map(|i| i + 1),
            Format::Csvlog => csv_boundary(&buf),
        };
        let Some(end) = end else {
            if buf.len() >= CHUNK {
                // A record longer than a chunk: skip it rather than stall the file.
                self.unreadable += 1;
                tracing::warn!(path = %path.display(), offset, "postgres log: a record over 4 MiB was skipped");
                return Ok((buf.len(), Vec::new()));
            }
            return Ok((0, Vec::new()));
        };
        let mut spans = Vec::new();
        let body = &buf[..end];
        match format {
            Format::Jsonlog => {
                for line in body
                    .split(|&b| b == b'\n')
                    .filter(|l| !l.trim_ascii().is_empty())
                {
                    match parse_json_line(line) {
                        Ok(l) => spans.extend(self.correlator.line(&l)),
                        Err(e) => self.unreadable_entry(path, &e.to_string()),
                    }
                }
            }
            Format::Csvlog => {
                let mut rdr = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(body);
                for rec in rdr.records() {
                    match rec
                        .map_err(|e| e.to_string())
                        .and_then(|r| parse_csv_record(&r).map_err(|e| e.to_string()))
                    {
                        Ok(l) => spans.extend(self.correlator.line(&l)),
                        Err(e) => self.unreadable_entry(path, &e),
                    }
                }
            }
        }
        Ok((end, spans))
    }

    fn unreadable_entry(&mut self, path: &Path, why: &str) {
        self.unreadable += 1;
        // The first, then every 1,000th: a wrong format setting must not flood the log.
        if self.unreadable % 1000 == 1 {
            tracing::warn!(path = %path.display(), unreadable = self.unreadable, "postgres log: {why}");
        }
    }

    fn save(&self) -> Result<(), String> {
        let saved = Saved {
            files: self
                .positions
                .iter()
                .map(|(k, v)| (k.to_string_lossy().into_owned(), *v))
                .collect(),
        };
        let io = |e: std::io::Error| format!("{}: {e}", self.cfg.state_file.display());
        if let Some(dir) = self.cfg.state_file.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let tmp = self.cfg.state_file.with_extension("tmp");
        let bytes = serde_json::to_vec(&saved).map_err(|e| e.to_string())?;
        std::fs::write(&tmp, bytes).map_err(io)?;
        std::fs::rename(&tmp, &self.cfg.state_file).map_err(io)
    }
}

fn chunks(mut v: Vec<Span>, n: usize) -> Vec<Vec<Span>> {
    let mut out = Vec::new();
    while v.len() > n {
        let rest = v.split_off(n);
        out.push(v);
        v = rest;
    }
    if !v.is_empty() {
        out.push(v);
    }
    out
}

/// The end of the last whole CSV record in `buf` (a newline outside quotes).
fn csv_boundary(buf: &[u8]) -> Option<usize> {
    let mut quoted = false;
    let mut last = None;
    for (i, &b) in buf.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => last = Some(i + 1),
            _ => {}
        }
    }
    last
}

/// The files `pattern` names, oldest first: the file itself, or with `*`/`?` in the file
/// name every match in its directory (`glassbox_core::glob`, as model filters match).
fn matching_files(pattern: &Path) -> Result<Vec<(PathBuf, std::fs::Metadata)>, String> {
    let name = pattern
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !name.contains(['*', '?']) {
        return Ok(match std::fs::metadata(pattern) {
            Ok(m) if m.is_file() => vec![(pattern.to_path_buf(), m)],
            _ => Vec::new(),
        });
    }
    let dir = pattern
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("{}: {e}", dir.display())),
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if glassbox_core::glob::glob_match(&name, &n) {
            if let Ok(m) = e.metadata() {
                if m.is_file() {
                    out.push((e.path(), m));
                }
            }
        }
    }
    out.sort_by(|a, b| {
        a.1.modified()
            .ok()
            .cmp(&b.1.modified().ok())
            .then_with(|| a.0.cmp(&b.0))
    });
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Collect(Arc<Mutex<Vec<Span>>>);

    impl SpanSink for Collect {
        async fn submit(&self, spans: Vec<Span>) -> Result<(), String> {
            self.0.lock().unwrap().extend(spans);
            Ok(())
        }
    }

    fn entry(n: u32) -> String {
        let stmt = format!(
            "SELECT {n} /*traceparent='00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'*/"
        );
        format!(
            "{{\"timestamp\":\"2024-03-05 10:00:01.500 UTC\",\"dbname\":\"shop\",\"pid\":1,\"session_id\":\"s\",\"line_num\":{n},\"error_severity\":\"LOG\",\"message\":{}}}\n",
            serde_json::to_string(&format!("duration: 1.0 ms  statement: {stmt}")).unwrap()
        )
    }

    fn append(path: &Path, s: &str) {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .unwrap();
        f.write_all(s.as_bytes()).unwrap();
    }

    #[tokio::test]
    async fn follows_rotation_and_resumes_from_saved_offsets() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("postgresql-1.json");
        append(&log, &entry(1)); // history before the first start: skipped
        let cfg = TailConfig {
            path: dir.path().join("postgresql-*.json"),
            format: None,
            service: "postgresql".into(),
            poll: Duration::from_millis(10),
            state_file: dir.path().join("state/tail.json"),
        };
        let sink = Collect::default();
        let mut t = Tailer::new(cfg.clone(), sink.clone()).unwrap();
        assert_eq!(t.poll_once().await.unwrap(), 0);
        append(&log, &entry(2));
        // Half a line: waits for the rest.
        let third = entry(3);
        append(&log, &third[..20]);
        assert_eq!(t.poll_once().await.unwrap(), 1);
        append(&log, &third[20..]);
        assert_eq!(t.poll_once().await.unwrap(), 1);
        // Rotation: PostgreSQL opens a new file; it is read from its beginning.
        let next = dir.path().join("postgresql-2.json");
        append(&next, &entry(4));
        assert_eq!(t.poll_once().await.unwrap(), 1);
        drop(t);
        // A restart resumes where it was: only what is new.
        append(&next, &entry(5));
        let mut t = Tailer::new(cfg, sink.clone()).unwrap();
        assert_eq!(t.poll_once().await.unwrap(), 1);
        let names: Vec<String> = sink
            .0
            .lock()
            .unwrap()
            .iter()
            .map(|s| s.attributes["db.query.text"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(names, ["SELECT 2", "SELECT 3", "SELECT 4", "SELECT 5"]);
        // Truncated in place: read again from the start.
        std::fs::write(&next, entry(6)).unwrap();
        assert_eq!(t.poll_once().await.unwrap(), 1);
    }

    #[test]
    fn csv_records_end_outside_quotes() {
        assert_eq!(csv_boundary(b"a,\"x\ny\",b\nc,\"open\n"), Some(10));
        assert_eq!(csv_boundary(b"a,\"x\n"), None);
        let wildcard = glassbox_core::glob::glob_match;
        assert!(wildcard(
            "postgresql-*.json",
            "postgresql-2024-03-05_1000.json"
        ));
        assert!(!wildcard("postgresql-*.json", "postgresql-2024.csv"));
        assert!(wildcard("*", "x"));
    }
}
