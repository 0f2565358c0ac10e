//! Redaction keys: the secret behind keyed hashes, with ids for rotation.
//!
//! Token format (documented, stable): `[TYPE:<hex>]` when the active key id is
//! `default`, `[TYPE:<keyid>:<hex>]` otherwise, where `<hex>` is the first
//! `hash_length` hex characters of HMAC-SHA256(key, value). Same value + same
//! key ⇒ same token. Must not log or expose key material.

use std::fs;
use std::io::Write;
use std::path::Path;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The key id that is left out of tokens.
pub const DEFAULT_KEY_ID: &str = "default";
/// File name of the generated key in the data directory.
pub const KEY_FILE: &str = "redaction.key";

/// Errors loading or creating keys.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The key file or variable is malformed.
    #[error("invalid redaction key in {origin}: {reason}")]
    Invalid {
        /// Where the key came from.
        origin: String,
        /// What is wrong.
        reason: &'static str,
    },
    /// The key file can be read by others than its owner.
    #[error("redaction key file {path} is readable by group or others (mode {mode:o}); run `chmod 600 {path}` and start again")]
    LoosePermissions {
        /// The path.
        path: String,
        /// Its permission bits.
        mode: u32,
    },
    /// The key file could not be read or written.
    #[error("redaction key file {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

#[derive(Clone)]
struct Key {
    id: String,
    /// HMAC-SHA256 keyed with the secret, its key schedule done once: each token then
    /// clones it instead of hashing the secret's pads again (`None`: never, HMAC takes
    /// keys of any length).
    mac: Option<Hmac<Sha256>>,
}

impl Key {
    fn new(id: &str, secret: &[u8]) -> Self {
        Key {
            id: id.to_string(),
            mac: <Hmac<Sha256> as Mac>::new_from_slice(secret).ok(),
        }
    }
}

/// A set of keys; the first is active. Cheap to clone.
#[derive(Clone, Default)]
pub struct KeyRing {
    keys: Vec<Key>,
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|k| k.id.as_str()).collect();
        f.debug_struct("KeyRing").field("ids", &ids).finish()
    }
}

impl KeyRing {
    /// No keys: hashing is unavailable (a policy that needs it is refused).
    pub fn empty() -> Self {
        KeyRing { keys: Vec::new() }
    }

    /// A random key that lives only as long as this process: hashes made
    /// with it match each other but nothing made before or after.
    pub fn ephemeral() -> Self {
        let mut secret = [0u8; 32];
        rand::Rng::fill(&mut rand::rng(), &mut secret[..]);
        KeyRing::single("ephemeral", &secret)
    }

    /// One key with an id.
    pub fn single(id: &str, secret: &[u8]) -> Self {
        KeyRing {
            keys: vec![Key::new(id, secret)],
        }
    }

    /// Add an older key (kept for reference; the first key stays active).
    pub fn with_key(mut self, id: &str, secret: &[u8]) -> Self {
        self.keys.push(Key::new(id, secret));
        self
    }

    /// Parse `[keyid:]secret` (secret as hex if it is even-length hex of 32+ chars, else
    /// raw bytes), or a rotation list `newid:secret, oldid:secret, …` (every entry with
    /// its id; one per line also works): the first key is active, the others still find
    /// what was pseudonymized with them.
    pub fn parse(spec: &str, origin: &str) -> Result<Self, KeyError> {
        let entries: Vec<&str> = spec
            .split([',', '\n'])
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .collect();
        let all_have_ids = entries.iter().all(|e| {
            e.split_once(':').is_some_and(|(id, s)| {
                !id.is_empty()
                    && !s.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            })
        });
        if entries.len() > 1 && all_have_ids {
            let mut ring = KeyRing::empty();
            for e in entries {
                let one = KeyRing::parse_one(e, origin)?;
                if ring.keys.iter().any(|k| k.id == one.keys[0].id) {
                    return Err(KeyError::Invalid {
                        origin: origin.to_string(),
                        reason: "two keys share an id; give each key its own id",
                    });
                }
                ring.keys.extend(one.keys);
            }
            return Ok(ring);
        }
        KeyRing::parse_one(spec, origin)
    }

    fn parse_one(spec: &str, origin: &str) -> Result<Self, KeyError> {
        let spec = spec.trim();
        let (id, secret) = match spec.split_once(':') {
            Some((id, s))
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
            {
                (id, s)
            }
            _ => (DEFAULT_KEY_ID, spec),
        };
        if secret.len() < 16 {
            return Err(KeyError::Invalid {
                origin: origin.to_string(),
                reason: "secret shorter than 16 characters",
            });
        }
        let bytes = if secret.len() >= 32 && secret.len() % 2 == 0 {
            hex::decode(secret).unwrap_or_else(|_| secret.as_bytes().to_vec())
        } else {
            secret.as_bytes().to_vec()
        };
        Ok(KeyRing::single(id, &bytes))
    }

    /// Read the key from an environment variable, if set.
    pub fn from_env(var: &str) -> Result<Option<Self>, KeyError> {
        match std::env::var(var) {
            Ok(v) if !v.trim().is_empty() => KeyRing::parse(&v, var).map(Some),
            _ => Ok(None),
        }
    }

    /// Load `data_dir/redaction.key`, or create it (random 32 bytes, mode 0600)
    /// when missing. Returns the ring and `true` when the file was created, so
    /// the caller can log it.
    pub fn load_or_create(data_dir: &Path) -> Result<(Self, bool), KeyError> {
        let path = data_dir.join(KEY_FILE);
        let io = |source| KeyError::Io {
            path: path.display().to_string(),
            source,
        };
        match fs::read_to_string(&path) {
            Ok(s) => {
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let mode = fs::metadata(&path).map_err(io)?.permissions().mode() & 0o777;
                    if mode & 0o077 != 0 {
                        return Err(KeyError::LoosePermissions {
                            path: path.display().to_string(),
                            mode,
                        });
                    }
                }
                Ok((KeyRing::parse(&s, &path.display().to_string())?, false))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                fs::create_dir_all(data_dir).map_err(io)?;
                let mut secret = [0u8; 32];
                rand::Rng::fill(&mut rand::rng(), &mut secret[..]);
                let line = format!("k1:{}\n", hex::encode(secret));
                let mut opts = fs::OpenOptions::new();
                opts.write(true).create_new(true);
                #[cfg(unix)]
                {
                    use std::os::unix::fs::OpenOptionsExt;
                    opts.mode(0o600);
                }
                let mut f = opts.open(&path).map_err(io)?;
                f.write_all(line.as_bytes()).map_err(io)?;
                f.sync_all().map_err(io)?;
                Ok((KeyRing::single("k1", &secret), true))
            }
            Err(e) => Err(io(e)),
        }
    }

    /// Whether a key is available.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Id of the active key.
    pub fn active_id(&self) -> Option<&str> {
        self.keys.first().map(|k| k.id.as_str())
    }

    /// Full HMAC-SHA256 of `value` under the active key, hex. `None` without a key.
    pub fn hmac_hex(&self, value: &[u8]) -> Option<String> {
        let key = self.keys.first()?;
        let mut mac = key.mac.clone()?;
        mac.update(value);
        Some(hex::encode(mac.finalize().into_bytes()))
    }

    /// Ids of every key, the active one first.
    pub fn ids(&self) -> Vec<&str> {
        self.keys.iter().map(|k| k.id.as_str()).collect()
    }

    /// Token `[LABEL:hex]` / `[LABEL:keyid:hex]` with `len` hex characters.
    pub fn token(&self, label: &str, value: &[u8], len: usize) -> Option<String> {
        token_with(self.keys.first()?, label, value, len)
    }

    /// The token of `value` under every key, the active one first: what the value was
    /// written as before and after each rotation.
    pub fn tokens_all(&self, label: &str, value: &[u8], len: usize) -> Vec<String> {
        self.keys
            .iter()
            .filter_map(|k| token_with(k, label, value, len))
            .collect()
    }
}

fn token_with(key: &Key, label: &str, value: &[u8], len: usize) -> Option<String> {
    let mut mac = key.mac.clone()?;
    mac.update(value);
    let h = hex::encode(mac.finalize().into_bytes());
    let h = &h[..len.min(h.len())];
    Some(if key.id == DEFAULT_KEY_ID {
        format!("[{label}:{h}]")
    } else {
        format!("[{label}:{}:{h}]", key.id)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_rotation_list_keeps_old_keys_for_lookups() {
        let ring = KeyRing::parse(
            "k2:0123456789abcdef0123456789abcdef, k1:fedcba9876543210fedcba9876543210",
            "GLASSBOX_REDACT_KEY",
        )
        .unwrap();
        assert_eq!(ring.ids(), ["k2", "k1"]);
        assert_eq!(ring.active_id(), Some("k2"));
        let all = ring.tokens_all("ID", b"alice@example.com", 16);
        assert_eq!(all.len(), 2);
        assert!(all[0].starts_with("[ID:k2:") && all[1].starts_with("[ID:k1:"));
        assert_eq!(ring.token("ID", b"alice@example.com", 16).unwrap(), all[0]);
        // The old key alone makes the same token the list's second entry is.
        let old = KeyRing::parse("k1:fedcba9876543210fedcba9876543210", "x").unwrap();
        assert_eq!(old.token("ID", b"alice@example.com", 16).unwrap(), all[1]);
        // One per line works too (a key file).
        let lines = KeyRing::parse(
            "k2:0123456789abcdef0123456789abcdef\nk1:fedcba9876543210fedcba9876543210\n",
            "redaction.key",
        )
        .unwrap();
        assert_eq!(lines.ids(), ["k2", "k1"]);
    }

    #[test]
    fn single_keys_and_bad_lists() {
        // A raw secret with a comma is one key, not a list.
        let one = KeyRing::parse("my,secret,with,commas,long", "x").unwrap();
        assert_eq!(one.ids(), [DEFAULT_KEY_ID]);
        let dup = KeyRing::parse(
            "k1:0123456789abcdef0123456789abcdef,k1:fedcba9876543210fedcba9876543210",
            "x",
        );
        assert!(dup.is_err());
        // A list whose entry is too short is refused, not read as one odd secret.
        assert!(KeyRing::parse("k2:0123456789abcdef0123,k1:short", "x").is_err());
    }
}
