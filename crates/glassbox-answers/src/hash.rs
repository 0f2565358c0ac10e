//! Fast keyed hashing of words and token windows. Keyed per process, so a hash set of a
//! system prompt's shingles means nothing outside this process; nothing is stored.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// Hashes words with a per-process key (multiply-rotate, splitmix finish).
#[derive(Clone, Copy)]
pub(crate) struct WordHash {
    key: u64,
}

impl Default for WordHash {
    fn default() -> Self {
        Self {
            key: std::collections::hash_map::RandomState::new().hash_one(0x5eed_u64) | 1,
        }
    }
}

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29)
}

#[inline]
fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl WordHash {
    /// Hash of `s` as written.
    #[inline]
    pub(crate) fn exact(&self, s: &str) -> u64 {
        let mut h = self.key;
        let mut chunks = s.as_bytes().chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = mix(h, u64::from_le_bytes(b));
        }
        for &b in chunks.remainder() {
            h = mix(h, u64::from(b));
        }
        finish(h ^ s.len() as u64)
    }

    /// A fresh incremental hash.
    #[inline]
    pub(crate) fn start(&self) -> u64 {
        self.key
    }

    /// Feeds one value (a character) to an incremental hash.
    #[inline]
    pub(crate) fn feed(&self, h: u64, x: u64) -> u64 {
        mix(h, x)
    }

    /// Finishes an incremental hash.
    #[inline]
    pub(crate) fn end(&self, h: u64) -> u64 {
        finish(h)
    }

    /// Hash of a window of hashes.
    #[inline]
    pub(crate) fn window(&self, w: &[u64]) -> u64 {
        finish(w.iter().fold(self.key, |h, &x| mix(h, x)))
    }
}

/// A hasher for keys that already are good hashes.
#[derive(Default)]
pub(crate) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A set of hashes.
pub(crate) type HashSet64 = HashSet<u64, BuildHasherDefault<Prehashed>>;
/// A map from hashes.
pub(crate) type HashMap64<V> = HashMap<u64, V, BuildHasherDefault<Prehashed>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_hash_tells_words_apart() {
        let h = WordHash::default();
        assert_ne!(h.exact("Hello"), h.exact("hello"));
        assert_ne!(h.exact("ab"), h.exact("ba"));
    }
}
