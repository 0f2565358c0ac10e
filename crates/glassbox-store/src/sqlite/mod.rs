//! The embedded backend: SQLite in WAL mode in the data directory.
//!
//! One [`SqliteWriter`] (owned by the pipeline's writer thread) and any number of readers
//! through [`SqliteReader`]'s small connection pool. Spans are stored in blocks (the spans
//! of one trace from one export, zstd-compressed JSON) listed on their trace's row; the
//! columns next to them are only what the lookups need, and every index is one the query
//! API uses (trace id, correlation id, user, session, time). WAL checkpoints run on their
//! own thread (`checkpoint`).

mod checkpoint;
pub(crate) mod reader;
mod rollups;
mod schema;
pub(crate) mod search;
mod sessions;
mod topics;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};

pub use reader::SqliteReader;
pub use writer::SqliteWriter;

use crate::StoreError;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "glassbox.db";

/// What a commit survives (`storage.synchronous`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Durability {
    /// `synchronous = NORMAL` in WAL mode: a committed batch is in the WAL file before the
    /// export is acknowledged, so it survives the process being killed; the WAL is
    /// fsynced at checkpoints, so a power cut or kernel crash can lose the last commits.
    #[default]
    Normal,
    /// `synchronous = FULL`: every commit is fsynced before the export is acknowledged;
    /// it also survives a power cut, at an ingest cost (see the README).
    Full,
}

/// Opens (creating when needed) the store in `data_dir` and returns its writer and reader.
pub fn open(data_dir: &Path) -> Result<(SqliteWriter, SqliteReader), StoreError> {
    open_with(data_dir, Durability::Normal)
}

/// [`open`] with a chosen durability.
pub fn open_with(
    data_dir: &Path,
    durability: Durability,
) -> Result<(SqliteWriter, SqliteReader), StoreError> {
    open_tuned(data_dir, checkpoint::Tuning::default(), durability)
}

fn open_tuned(
    data_dir: &Path,
    tuning: checkpoint::Tuning,
    durability: Durability,
) -> Result<(SqliteWriter, SqliteReader), StoreError> {
    std::fs::create_dir_all(data_dir).map_err(|e| {
        StoreError::Backend(format!(
            "cannot create data dir {}: {e}",
            data_dir.display()
        ))
    })?;
    let path = data_dir.join(DB_FILE);
    let conn = Connection::open(&path)?;
    configure(&conn, false)?;
    if durability == Durability::Full {
        conn.pragma_update(None, "synchronous", "FULL")?;
    }
    schema::migrate(&conn)?;
    let writer = SqliteWriter::new(conn, checkpoint::Checkpointer::start(&path, tuning)?)?;
    let reader = SqliteReader::new(path);
    Ok((writer, reader))
}

fn configure(conn: &Connection, read_only: bool) -> Result<(), StoreError> {
    conn.busy_timeout(checkpoint::BUSY_TIMEOUT)?;
    if !read_only {
        // WAL + synchronous=NORMAL: a committed transaction is in the WAL file before
        // commit returns, so it survives the process being killed; fsync happens at
        // checkpoints. (A power cut can lose the last commits unless the writer is
        // switched to FULL, see `Durability`.) Checkpoints run on their own thread
        // (see `checkpoint`).
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
    }
    // The writer keeps the hot B-tree pages (32 MiB); readers share the OS page cache and
    // keep a small cache each, so memory stays bounded however many readers there are.
    conn.pragma_update(None, "cache_size", if read_only { -8192 } else { -32768 })?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    register_functions(conn)?;
    Ok(())
}

/// `models_match(list, pattern)`: true when any line of a newline-separated model list
/// matches a model filter (`gpt-4o`, `gpt-4o*`; see [`glassbox_core::glob`]).
fn register_functions(conn: &Connection) -> Result<(), StoreError> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "models_match",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let list = ctx.get_raw(0).as_str().unwrap_or("");
            let pattern = ctx.get_raw(1).as_str().unwrap_or("");
            Ok(list
                .split('\n')
                .any(|m| !m.is_empty() && glassbox_core::glob::glob_match(pattern, m)))
        },
    )?;
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

thread_local! {
    // zstd contexts are expensive to create (a fresh one per record cost more than the
    // compression itself); each thread keeps one.
    static COMPRESSOR: std::cell::RefCell<Option<zstd::bulk::Compressor<'static>>> = const { std::cell::RefCell::new(None) };
    static DECOMPRESSOR: std::cell::RefCell<Option<zstd::bulk::Decompressor<'static>>> = const { std::cell::RefCell::new(None) };
}

/// Spans of one trace in the embedded store's encoding: a JSON array, zstd-compressed
/// unless it is short.
pub fn encode_block(spans: &[&glassbox_core::Span]) -> Result<Vec<u8>, StoreError> {
    let json = serde_json::to_vec(spans).map_err(|e| StoreError::Backend(e.to_string()))?;
    // Short blocks (a lone tool or HTTP step) gain little from zstd, whose per-call table
    // building costs more than it saves: they are stored as plain JSON.
    if json.len() < RAW_BELOW_BYTES {
        return Ok(json);
    }
    compress(&json)
}

/// The spans of a block written by [`encode_block`] (or a lone span: stores before schema
/// version 4 kept one span per row, and their rows became one-span blocks).
pub(super) fn decode_block(blob: &[u8]) -> Result<Vec<glassbox_core::Span>, StoreError> {
    let json = decompress(blob)?;
    let corrupt = |e: serde_json::Error| StoreError::Corrupt(format!("span block: {e}"));
    if json.first() == Some(&b'{') {
        return Ok(vec![serde_json::from_slice(&json).map_err(corrupt)?]);
    }
    serde_json::from_slice(&json).map_err(corrupt)
}

/// Block ids as `traces.blocks` lists them (8 bytes each, little-endian).
pub(super) fn block_ids(blocks: &[u8]) -> impl Iterator<Item = i64> + '_ {
    blocks
        .chunks_exact(8)
        .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
}

/// Appends a block id to a `traces.blocks` list.
pub(super) fn push_block_id(blocks: &mut Vec<u8>, id: i64) {
    blocks.extend_from_slice(&id.to_le_bytes());
}

/// Span blocks shorter than this are stored uncompressed.
const RAW_BELOW_BYTES: usize = 768;

fn compress(json: &[u8]) -> Result<Vec<u8>, StoreError> {
    let err = |e: std::io::Error| StoreError::Backend(format!("zstd: {e}"));
    COMPRESSOR.with(|c| {
        let mut slot = c.borrow_mut();
        if slot.is_none() {
            *slot = Some(zstd::bulk::Compressor::new(1).map_err(err)?);
        }
        match slot.as_mut() {
            Some(c) => c.compress(json).map_err(err),
            None => Err(StoreError::Backend("zstd: no compressor".into())),
        }
    })
}

fn decompress(blob: &[u8]) -> Result<Vec<u8>, StoreError> {
    // Plain JSON starts with `[` or `{`; a zstd frame starts with its magic number.
    if matches!(blob.first(), Some(b'[' | b'{')) {
        return Ok(blob.to_vec());
    }
    let err = |e: std::io::Error| StoreError::Corrupt(format!("zstd: {e}"));
    DECOMPRESSOR.with(|d| {
        let mut slot = d.borrow_mut();
        if slot.is_none() {
            *slot = Some(zstd::bulk::Decompressor::new().map_err(err)?);
        }
        match slot.as_mut() {
            // Bodies are bounded by the 64 MiB ingest limit; allow generous headroom.
            Some(d) => d.decompress(blob, 256 << 20).map_err(err),
            None => Err(StoreError::Corrupt("zstd: no decompressor".into())),
        }
    })
}

#[cfg(test)]
mod tests;
