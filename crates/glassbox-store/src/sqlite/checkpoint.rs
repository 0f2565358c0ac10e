//! WAL checkpoints off the writer thread.
//!
//! SQLite's automatic checkpoint runs inside the commit that crosses the threshold, on the
//! writer thread, and ends with two `fsync`s; under sustained ingest the writer spent most
//! of its off-CPU time waiting in them, and every acknowledgement waited with it. Here a
//! checkpointer thread with its own connection copies WAL frames into the database
//! (PASSIVE: it never blocks the writer or readers), and the WAL is rewound from its start
//! once it has grown past [`Tuning::restart_bytes`]: the checkpointer runs passes back to back
//! until one copies only a few frames, then asks, and the writer runs a short RESTART
//! checkpoint between two groups (only the frames written since the last pass are left to
//! copy, and ingest waits only for those).
//!
//! ```text
//!   writer thread:  group ─ commit ─ acks ─ [restart wanted? RESTART] ─ group …
//!   checkpointer:   every pass_interval: PASSIVE; WAL ≥ restart_bytes → converge, ask;
//!                   quiet for a while and the WAL file large → TRUNCATE
//! ```

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::Connection;

use crate::StoreError;

/// When the checkpointer works.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tuning {
    /// How often it copies WAL frames into the database.
    pub pass_interval: Duration,
    /// WAL length (frames × page size) after which the WAL is rewound.
    pub restart_bytes: i64,
    /// A pass that copies no more than this leaves little for the writer's RESTART.
    pub leftover_bytes: i64,
    /// Passes in a row with nothing to copy before a large WAL file is truncated.
    pub quiet_passes_before_truncate: u32,
    /// WAL files larger than this are truncated when ingest is quiet.
    pub truncate_above_bytes: u64,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            pass_interval: Duration::from_millis(1000),
            // A rewind every few seconds at full ingest.
            restart_bytes: 128 << 20,
            // A few milliseconds of ingest.
            leftover_bytes: 4 << 20,
            quiet_passes_before_truncate: 5,
            truncate_above_bytes: 32 << 20,
        }
    }
}

/// Most extra passes before asking for the rewind anyway.
const MAX_CONVERGE_PASSES: usize = 8;
/// How long a RESTART or TRUNCATE may wait for readers (writers wait while it is pending)
/// before it gives up for this round.
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
    pub(super) fn start(path: &Path, tuning: Tuning) -> Result<Self, StoreError> {
        let conn = Connection::open(path)?;
        // PASSIVE never waits; TRUNCATE waits this long at most.
        conn.busy_timeout(RESTART_WAIT)?;
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        let wal = std::path::PathBuf::from(wal);
        let stop = Arc::new(AtomicBool::new(false));
        let restart_wanted = Arc::new(AtomicBool::new(false));
        let thread = {
            let stop = stop.clone();
            let restart_wanted = restart_wanted.clone();
            std::thread::Builder::new()
                .name("glassbox-checkpoint".into())
                .spawn(move || run(&conn, &wal, &tuning, &stop, &restart_wanted))
                .map_err(|e| StoreError::Backend(format!("cannot start the checkpointer: {e}")))?
        };
        Ok(Self {
            stop,
            restart_wanted,
            thread: Some(thread),
        })
    }

    /// Called by the writer between groups (after the acks of the last one): rewinds the
    /// WAL when the checkpointer asked.
    pub(super) fn between_groups(&self, writer: &Connection) -> Option<Duration> {
        if !self.restart_wanted.load(Ordering::Acquire) {
            return None;
        }
        // Readers are short; one that holds on past RESTART_WAIT only postpones the rewind.
        let started = std::time::Instant::now();
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
        Some(started.elapsed())
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

fn run(
    conn: &Connection,
    wal: &Path,
    tuning: &Tuning,
    stop: &AtomicBool,
    restart_wanted: &AtomicBool,
) {
    let page_size: i64 = conn
        .pragma_query_value(None, "page_size", |r| r.get(0))
        .unwrap_or(4096)
        .max(512);
    let mut quiet_passes = 0u32;
    let mut last_log_frames = -1i64;
    let mut waited_for_writer = 0u32;
    while !stop.load(Ordering::Acquire) {
        std::thread::park_timeout(tuning.pass_interval);
        if stop.load(Ordering::Acquire) {
            break;
        }
        if restart_wanted.load(Ordering::Acquire) {
            // Ingest stopped before the writer could rewind: the writer is idle, so
            // blocking it costs nothing; rewind (and shrink) here.
            waited_for_writer += 1;
            if waited_for_writer >= tuning.quiet_passes_before_truncate {
                match checkpoint(conn, "TRUNCATE") {
                    Ok(r) if !r.busy => restart_wanted.store(false, Ordering::Release),
                    Ok(_) => {}
                    Err(e) => tracing::debug!(error = %e, "WAL truncation postponed"),
                }
            }
            continue;
        }
        waited_for_writer = 0;
        let pass = checkpoint(conn, "PASSIVE");
        // The WAL file keeps the size of its longest run; once ingest has been quiet for a
        // while, give the space back.
        match &pass {
            Ok(r) if r.log_frames == r.checkpointed_frames && r.log_frames == last_log_frames => {
                quiet_passes += 1;
            }
            _ => quiet_passes = 0,
        }
        last_log_frames = pass.as_ref().map_or(-1, |r| r.log_frames);
        if quiet_passes >= tuning.quiet_passes_before_truncate
            && std::fs::metadata(wal).is_ok_and(|m| m.len() > tuning.truncate_above_bytes)
        {
            if let Err(e) = checkpoint(conn, "TRUNCATE") {
                tracing::debug!(error = %e, "WAL truncation postponed");
            }
        }
        match pass {
            Ok(r) if r.log_frames >= tuning.restart_bytes / page_size => {
                if let Err(e) = converge(conn, tuning.leftover_bytes / page_size, r) {
                    tracing::warn!(error = %e, "WAL checkpoint failed; retrying");
                    continue;
                }
                restart_wanted.store(true, Ordering::Release);
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "WAL checkpoint failed; retrying"),
        }
    }
}

/// Runs passes back to back until one copies only a few frames: each pass copies what the
/// writer added during the one before, so the work left for the writer's RESTART (during
/// which ingest waits) shrinks to a few milliseconds' worth.
fn converge(
    conn: &Connection,
    leftover_frames: i64,
    mut last: CheckpointResult,
) -> Result<(), StoreError> {
    for _ in 0..MAX_CONVERGE_PASSES {
        let r = checkpoint(conn, "PASSIVE")?;
        let copied = r.checkpointed_frames - last.checkpointed_frames;
        last = r;
        if copied <= leftover_frames {
            break;
        }
    }
    Ok(())
}
