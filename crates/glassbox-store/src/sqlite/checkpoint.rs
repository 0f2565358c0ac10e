//! WAL checkpoints off the writer thread.
//!
//! SQLite's automatic checkpoint runs inside the commit that crosses the threshold, on the
//! writer thread, and ends with two `fsync`s; under sustained ingest the writer spent most
//! of its off-CPU time waiting in them, and every acknowledgement waited with it. Here a
//! checkpointer thread with its own connection copies WAL frames into the database
//! (PASSIVE: it never blocks the writer or readers), and the WAL is rewound from its start
//! once it has grown past [`RESTART_FRAMES`]: the checkpointer asks, and the writer runs a
//! short RESTART checkpoint between two groups (only the frames written since the last
//! pass are left to copy).
//!
//! ```text
//!   writer thread:  group ─ commit ─ group ─ commit ─ [restart wanted? RESTART] ─ group …
//!   checkpointer:   every PASS_INTERVAL: PASSIVE checkpoint; WAL ≥ RESTART_FRAMES → ask
//! ```

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::Connection;

use crate::StoreError;

/// How often the checkpointer copies WAL frames into the database.
const PASS_INTERVAL: Duration = Duration::from_millis(1000);
/// WAL length (in 4 KiB frames, 128 MiB) after which the writer rewinds it.
const RESTART_FRAMES: i64 = 32_768;
/// How long the writer's RESTART may wait for readers before it gives up for this round.
const RESTART_WAIT: Duration = Duration::from_millis(100);
/// The writer's normal busy timeout, restored after a RESTART.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Checkpoint counters as `PRAGMA wal_checkpoint` reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CheckpointResult {
    /// The checkpoint could not finish (a reader or writer was in the way).
    pub busy: bool,
    /// Frames in the WAL.
    pub log_frames: i64,
    /// Frames copied into the database.
    pub checkpointed_frames: i64,
}

pub(super) fn checkpoint(conn: &Connection, mode: &str) -> Result<CheckpointResult, StoreError> {
    let (busy, log_frames, checkpointed_frames) =
        conn.query_row(&format!("PRAGMA wal_checkpoint({mode})"), [], |r| {
            Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?))
        })?;
    Ok(CheckpointResult {
        busy: busy != 0,
        log_frames,
        checkpointed_frames,
    })
}

/// The checkpointer thread and what it shares with the writer.
pub(super) struct Checkpointer {
    stop: Arc<AtomicBool>,
    restart_wanted: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Starts the thread on its own connection to `path`.
    pub(super) fn start(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let stop = Arc::new(AtomicBool::new(false));
        let restart_wanted = Arc::new(AtomicBool::new(false));
        let thread = {
            let stop = stop.clone();
            let restart_wanted = restart_wanted.clone();
            std::thread::Builder::new()
                .name("glassbox-checkpoint".into())
                .spawn(move || run(&conn, &stop, &restart_wanted))
                .map_err(|e| StoreError::Backend(format!("cannot start the checkpointer: {e}")))?
        };
        Ok(Self {
            stop,
            restart_wanted,
            thread: Some(thread),
        })
    }

    /// Called by the writer between groups: rewinds the WAL when the checkpointer asked.
    pub(super) fn after_group(&self, writer: &Connection) {
        if !self.restart_wanted.load(Ordering::Acquire) {
            return;
        }
        // Readers are short; one that holds on past RESTART_WAIT only postpones the rewind.
        let result = writer
            .busy_timeout(RESTART_WAIT)
            .map_err(StoreError::from)
            .and_then(|()| checkpoint(writer, "RESTART"));
        if let Err(e) = writer.busy_timeout(BUSY_TIMEOUT) {
            tracing::warn!(error = %e, "cannot restore the writer's busy timeout");
        }
        match result {
            Ok(r) if !r.busy => self.restart_wanted.store(false, Ordering::Release),
            Ok(_) => tracing::debug!("WAL rewind postponed: a reader is still on it"),
            Err(e) => tracing::warn!(error = %e, "WAL checkpoint (restart) failed"),
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        if let Some(t) = self.thread.take() {
            t.thread().unpark();
            let _ = t.join();
        }
    }
}

fn run(conn: &Connection, stop: &AtomicBool, restart_wanted: &AtomicBool) {
    while !stop.load(Ordering::Acquire) {
        std::thread::park_timeout(PASS_INTERVAL);
        if stop.load(Ordering::Acquire) || restart_wanted.load(Ordering::Acquire) {
            continue;
        }
        match checkpoint(conn, "PASSIVE") {
            Ok(r) if r.log_frames >= RESTART_FRAMES => {
                restart_wanted.store(true, Ordering::Release);
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "WAL checkpoint failed; retrying"),
        }
    }
}
