//! The blob store for offloaded payloads: content-addressed by the SHA-256 of the
//! (already redacted) body, zstd-compressed, deduplicated. A local directory by default;
//! any S3-compatible store when configured (`s3://bucket/prefix`, standard AWS variables).

use std::sync::Arc;

use futures::TryStreamExt;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, PutPayload};
use sha2::{Digest, Sha256};

use crate::StoreError;

/// Prefix of every blob reference.
pub const BLOB_SCHEME: &str = "blob://sha256/";

/// Largest decompressed blob served back.
const MAX_BLOB_BYTES: usize = 256 << 20;

/// A blob written longer ago than this is written again when its body comes back.
pub const REFRESH_AFTER_SECS: i64 = 3600;

fn now_unix_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// A content-addressed blob store.
#[derive(Clone)]
pub struct BlobStore {
    store: Arc<dyn ObjectStore>,
    prefix: String,
    location: String,
}

fn backend(e: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(format!("blob store: {e}"))
}

impl BlobStore {
    /// Opens a blob store from a location: a directory path, or `s3://bucket/prefix`
    /// (credentials, region and endpoint from the standard `AWS_*` environment variables;
    /// `AWS_ENDPOINT_URL` for S3-compatible servers).
    pub fn open(location: &str) -> Result<Self, StoreError> {
        if let Some(rest) = location.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            if bucket.is_empty() {
                return Err(StoreError::InvalidQuery(format!(
                    "blob store `{location}`: the bucket name is missing"
                )));
            }
            let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
            if let Ok(endpoint) =
                std::env::var("AWS_ENDPOINT_URL").or_else(|_| std::env::var("AWS_ENDPOINT"))
            {
                builder = builder
                    .with_endpoint(&endpoint)
                    .with_allow_http(endpoint.starts_with("http://"))
                    .with_virtual_hosted_style_request(false);
            }
            let store = builder.build().map_err(backend)?;
            return Ok(Self {
                store: Arc::new(store),
                prefix: prefix.trim_matches('/').to_string(),
                location: location.to_string(),
            });
        }
        std::fs::create_dir_all(location)
            .map_err(|e| backend(format!("cannot create {location}: {e}")))?;
        let store = LocalFileSystem::new_with_prefix(location).map_err(backend)?;
        Ok(Self {
            store: Arc::new(store),
            prefix: String::new(),
            location: location.to_string(),
        })
    }

    /// Where the blobs live, for messages.
    pub fn location(&self) -> &str {
        &self.location
    }

    fn path(&self, sha_hex: &str) -> StorePath {
        let shard = sha_hex.get(..2).unwrap_or("00");
        if self.prefix.is_empty() {
            StorePath::from(format!("sha256/{shard}/{sha_hex}.zst"))
        } else {
            StorePath::from(format!("{}/sha256/{shard}/{sha_hex}.zst", self.prefix))
        }
    }

    /// Stores `body` (once per distinct content) and returns `blob://sha256/<hex>`.
    ///
    /// Retention goes by a blob's last write, so a body stored long ago and used again now
    /// is written again (at most once per [`REFRESH_AFTER_SECS`]): the janitor must not
    /// remove a blob that a recent record points at.
    pub async fn put(&self, body: &[u8]) -> Result<String, StoreError> {
        let sha = hex::encode(Sha256::digest(body));
        let path = self.path(&sha);
        let fresh = match self.store.head(&path).await {
            Ok(meta) => now_unix_secs() - meta.last_modified.timestamp() < REFRESH_AFTER_SECS,
            Err(_) => false,
        };
        if !fresh {
            let compressed = zstd::bulk::compress(body, 3).map_err(backend)?;
            self.store
                .put(&path, PutPayload::from(compressed))
                .await
                .map_err(backend)?;
        }
        Ok(format!("{BLOB_SCHEME}{sha}"))
    }

    /// Reads a blob back by its SHA-256 hex; `None` when absent.
    pub async fn get(&self, sha_hex: &str) -> Result<Option<Vec<u8>>, StoreError> {
        if sha_hex.len() != 64 || !sha_hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::InvalidQuery(
                "sha256: expected 64 hex characters".into(),
            ));
        }
        let sha_hex = sha_hex.to_ascii_lowercase();
        match self.store.get(&self.path(&sha_hex)).await {
            Ok(r) => {
                let bytes = r.bytes().await.map_err(backend)?;
                let body = zstd::bulk::decompress(&bytes, MAX_BLOB_BYTES)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                Ok(Some(body))
            }
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(backend(e)),
        }
    }

    /// Deletes the blob a `blob://sha256/<hex>` reference names; `false` when it was
    /// already gone.
    pub async fn delete(&self, reference: &str) -> Result<bool, StoreError> {
        let sha = reference.strip_prefix(BLOB_SCHEME).unwrap_or(reference);
        if sha.len() != 64 || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::InvalidQuery(format!(
                "`{reference}` is not a blob reference ({BLOB_SCHEME}<64 hex characters>)"
            )));
        }
        match self
            .store
            .delete(&self.path(&sha.to_ascii_lowercase()))
            .await
        {
            Ok(()) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(backend(e)),
        }
    }

    /// Deletes blobs last written before `cutoff_unix_secs`; returns how many.
    pub async fn delete_older_than(&self, cutoff_unix_secs: i64) -> Result<u64, StoreError> {
        let prefix = if self.prefix.is_empty() {
            StorePath::from("sha256")
        } else {
            StorePath::from(format!("{}/sha256", self.prefix))
        };
        let old: Vec<_> = self
            .store
            .list(Some(&prefix))
            .try_filter(|m| futures::future::ready(m.last_modified.timestamp() < cutoff_unix_secs))
            .try_collect()
            .await
            .map_err(backend)?;
        let mut removed = 0;
        for meta in old {
            if self.store.delete(&meta.location).await.is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[tokio::test]
    async fn local_roundtrip_dedup_and_retention() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::open(dir.path().to_str().unwrap()).unwrap();
        let body = br#"{"gen_ai.input_messages":"[EMAIL] asked about order 42"}"#.repeat(100);
        let a = store.put(&body).await.unwrap();
        let b = store.put(&body).await.unwrap();
        assert_eq!(a, b);
        assert!(a.starts_with(BLOB_SCHEME));
        let sha = a.trim_start_matches(BLOB_SCHEME);
        assert_eq!(store.get(sha).await.unwrap().unwrap(), body);
        assert!(store.get(&"0".repeat(64)).await.unwrap().is_none());
        assert!(store.get("nothex").await.is_err());
        let on_disk: u64 = walk(dir.path());
        assert!(on_disk < body.len() as u64 / 5, "compressed: {on_disk}");
        assert_eq!(store.delete_older_than(i64::MAX).await.unwrap(), 1);
        assert!(store.get(sha).await.unwrap().is_none());
    }

    #[tokio::test]
    async fn a_reused_old_blob_is_rewritten_so_retention_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::open(dir.path().to_str().unwrap()).unwrap();
        let body = br#"{"gen_ai.input_messages":"[EMAIL] asked again"}"#;
        let sha = store.put(body).await.unwrap();
        let sha = sha.trim_start_matches(BLOB_SCHEME);
        let file = dir
            .path()
            .join("sha256")
            .join(&sha[..2])
            .join(format!("{sha}.zst"));
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        std::fs::File::options()
            .write(true)
            .open(&file)
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
        let an_hour_ago = now_unix_secs() - 3600;
        // used again now: written again, so a one-hour retention keeps it
        store.put(body).await.unwrap();
        assert_eq!(store.delete_older_than(an_hour_ago).await.unwrap(), 0);
        assert_eq!(store.get(sha).await.unwrap().unwrap(), body);
    }

    fn walk(p: &std::path::Path) -> u64 {
        std::fs::read_dir(p)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                if e.file_type().unwrap().is_dir() {
                    walk(&e.path())
                } else {
                    e.metadata().unwrap().len()
                }
            })
            .sum()
    }
}
