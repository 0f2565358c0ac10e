//! A bounded local disk queue for records nobody waits on (the gateway's: a model call
//! never waits on observability), kept while the store cannot take writes and written, in
//! order, once it can.
//!
//! ```text
//!   writer: group fails ──> batches without an ack ──push──> <dir>/<seq>.batch.zst (redacted,
//!                                                            zstd, fsynced, bounded bytes)
//!           store back ──> oldest file ──write──> store ──> file removed
//! ```
//!
//! Batches with an ack (OTLP exports, events) are never queued: their senders get the
//! error and retry, so nothing is acknowledged that is not stored. What is queued is
//! already redacted, so nothing raw reaches the disk. Files survive a restart and are
//! written after it. A write that fails again leaves the file where it is; the store's
//! insert deduplication makes a batch written twice (a crash between the write and the
//! file's removal) count once.

use std::collections::VecDeque;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use glassbox_store::WriteBatch;

const SUFFIX: &str = ".batch.zst";

/// Where the queue lives and how large it may grow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskQueueConfig {
    /// Directory of the queue's files (created when missing).
    pub dir: PathBuf,
    /// Most bytes of queued batches; a batch that does not fit is dropped and counted.
    pub max_bytes: u64,
}

/// The queue: one file per batch, oldest first.
#[derive(Debug)]
pub struct DiskQueue {
    dir: PathBuf,
    max_bytes: u64,
    bytes: u64,
    next: u64,
    files: VecDeque<(u64, u64)>,
}

impl DiskQueue {
    /// Opens the queue, finding the batches a previous run left.
    pub fn open(config: &DiskQueueConfig) -> std::io::Result<Self> {
        fs::create_dir_all(&config.dir)?;
        let mut files = Vec::new();
        for entry in fs::read_dir(&config.dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let Some(seq) = name
                .to_str()
                .and_then(|n| n.strip_suffix(SUFFIX))
                .and_then(|n| n.parse::<u64>().ok())
            else {
                continue;
            };
            files.push((seq, entry.metadata()?.len()));
        }
        files.sort_unstable();
        let bytes = files.iter().map(|f| f.1).sum();
        let next = files.last().map_or(0, |f| f.0 + 1);
        if !files.is_empty() {
            tracing::info!(batches = files.len(), bytes, dir = %config.dir.display(), "records queued on disk by an earlier run will be written");
        }
        Ok(Self {
            dir: config.dir.clone(),
            max_bytes: config.max_bytes,
            bytes,
            next,
            files: files.into(),
        })
    }

    fn path(&self, seq: u64) -> PathBuf {
        self.dir.join(format!("{seq:020}{SUFFIX}"))
    }

    /// Queues a batch; `Ok(false)` when it does not fit (the caller counts the drop).
    pub fn push(&mut self, batch: &WriteBatch) -> std::io::Result<bool> {
        let bytes = batch.to_queued().map_err(std::io::Error::other)?;
        let len = bytes.len() as u64;
        if self.bytes + len > self.max_bytes {
            return Ok(false);
        }
        let seq = self.next;
        let path = self.path(seq);
        let tmp = path.with_extension("tmp");
        {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(&bytes)?;
            f.sync_all()?;
        }
        fs::rename(&tmp, &path)?;
        self.next += 1;
        self.bytes += len;
        self.files.push_back((seq, len));
        Ok(true)
    }

    /// The oldest batch, when there is one.
    pub fn front(&self) -> Option<Result<WriteBatch, String>> {
        let &(seq, _) = self.files.front()?;
        Some(
            fs::read(self.path(seq))
                .map_err(|e| e.to_string())
                .and_then(|b| WriteBatch::from_queued(&b).map_err(|e| e.to_string())),
        )
    }

    /// Removes the oldest batch (written, or unreadable).
    pub fn pop_front(&mut self) {
        if let Some((seq, len)) = self.files.pop_front() {
            if let Err(e) = fs::remove_file(self.path(seq)) {
                tracing::warn!(error = %e, "could not remove a written batch from the disk queue");
            }
            self.bytes = self.bytes.saturating_sub(len);
        }
    }

    /// Batches queued.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Bytes queued.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// The queue's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use glassbox_core::{Redact, Redacted, Span, SpanId, TraceId};

    struct Clean;
    impl<T> Redact<T> for Clean {
        fn redact(&self, v: T) -> T {
            v
        }
    }

    fn batch(n: u8) -> WriteBatch {
        let span = Span::new(
            TraceId::from_bytes(&[n; 16]).unwrap(),
            SpanId::from_bytes(&[n; 8]).unwrap(),
            format!("call {n}"),
            1,
            2,
        );
        WriteBatch {
            spans: vec![Redacted::new(&Clean, span)],
            ..Default::default()
        }
    }

    #[test]
    fn batches_come_back_in_order_after_a_restart_and_the_bound_holds() {
        let dir = tempfile::tempdir().unwrap();
        let config = DiskQueueConfig {
            dir: dir.path().join("q"),
            max_bytes: 10_000,
        };
        let mut q = DiskQueue::open(&config).unwrap();
        assert!(q.push(&batch(1)).unwrap());
        assert!(q.push(&batch(2)).unwrap());
        drop(q);
        let mut q = DiskQueue::open(&config).unwrap();
        assert_eq!(q.len(), 2);
        let first = q.front().unwrap().unwrap();
        assert_eq!(first.spans[0].get().name, "call 1");
        q.pop_front();
        assert!(q.push(&batch(3)).unwrap());
        let names: Vec<String> = std::iter::from_fn(|| {
            let b = q.front()?.unwrap();
            q.pop_front();
            Some(b.spans[0].get().name.clone())
        })
        .collect();
        assert_eq!(names, ["call 2", "call 3"]);
        assert_eq!(q.bytes(), 0);
        // Full: a batch that does not fit is refused, the queue unchanged.
        let mut tiny = DiskQueue::open(&DiskQueueConfig {
            dir: dir.path().join("tiny"),
            max_bytes: 10,
        })
        .unwrap();
        assert!(!tiny.push(&batch(4)).unwrap());
        assert!(tiny.is_empty());
    }
}
