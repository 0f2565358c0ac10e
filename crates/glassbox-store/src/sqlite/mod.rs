//! The embedded backend: SQLite in WAL mode in the data directory.
//!
//! One [`SqliteWriter`] (owned by the pipeline's writer thread) and any number of readers
//! through [`SqliteReader`]'s small connection pool. Span bodies are zstd-compressed JSON;
//! the columns next to them are only what the lookups need, and every index is one the
//! query API uses (trace id, correlation id, user, session, time).

mod reader;
mod rollups;
mod schema;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};

pub use reader::SqliteReader;
pub use writer::SqliteWriter;

use crate::StoreError;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "glassbox.db";

/// Opens (creating when needed) the store in `data_dir` and returns its writer and reader.
pub fn open(data_dir: &Path) -> Result<(SqliteWriter, SqliteReader), StoreError> {
    std::fs::create_dir_all(data_dir).map_err(|e| {
        StoreError::Backend(format!(
            "cannot create data dir {}: {e}",
            data_dir.display()
        ))
    })?;
    let path = data_dir.join(DB_FILE);
    let conn = Connection::open(&path)?;
    configure(&conn, false)?;
    schema::migrate(&conn)?;
    let writer = SqliteWriter::new(conn)?;
    let reader = SqliteReader::new(path);
    Ok((writer, reader))
}

fn configure(conn: &Connection, read_only: bool) -> Result<(), StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    if !read_only {
        // WAL + synchronous=NORMAL: a committed transaction is in the WAL file before
        // commit returns, so it survives the process being killed; fsync happens at
        // checkpoints. (A power cut can lose the last commits; the OTLP ack contract
        // is about the process.)
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "wal_autocheckpoint", 4000)?;
    }
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "mmap_size", 268_435_456i64)?;
    Ok(())
}

/// A tiny pool of read-only connections.
struct ReadPool {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl ReadPool {
    fn get(&self) -> Result<Connection, StoreError> {
        if let Some(c) = self.idle.lock().ok().and_then(|mut v| v.pop()) {
            return Ok(c);
        }
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&conn, true)?;
        Ok(conn)
    }

    fn put(&self, conn: Connection) {
        if let Ok(mut v) = self.idle.lock() {
            if v.len() < 8 {
                v.push(conn);
            }
        }
    }
}

fn compress(json: &[u8]) -> Result<Vec<u8>, StoreError> {
    zstd::bulk::compress(json, 1).map_err(|e| StoreError::Backend(format!("zstd: {e}")))
}

fn decompress(blob: &[u8]) -> Result<Vec<u8>, StoreError> {
    // Bodies are bounded by the 64 MiB ingest limit; allow generous headroom.
    zstd::bulk::decompress(blob, 256 << 20).map_err(|e| StoreError::Corrupt(format!("zstd: {e}")))
}

#[cfg(test)]
mod tests;
