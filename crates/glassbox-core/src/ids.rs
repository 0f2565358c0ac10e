//! Trace and span ids: fixed-size byte arrays, lowercase hex on every surface.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why an id was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// The id had the wrong number of bytes.
    #[error("{kind} must be {expected} bytes ({hex_len} hex characters), got {got} bytes")]
    WrongLength {
        /// `trace id` or `span id`.
        kind: &'static str,
        /// Expected byte length.
        expected: usize,
        /// Expected hex length.
        hex_len: usize,
        /// Byte length received.
        got: usize,
    },
    /// The id was all zeroes, which OpenTelemetry defines as invalid.
    #[error("{kind} is all zeroes, which is invalid")]
    AllZero {
        /// `trace id` or `span id`.
        kind: &'static str,
    },
    /// The id was not hexadecimal.
    #[error("{kind} must be hexadecimal: {reason}")]
    NotHex {
        /// `trace id` or `span id`.
        kind: &'static str,
        /// Decoder message.
        reason: String,
    },
}

macro_rules! define_id {
    ($name:ident, $len:expr, $kind:expr) => {
        /// A W3C/OpenTelemetry id; never all zeroes.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name([u8; $len]);

        impl $name {
            /// Byte length of this id.
            pub const LEN: usize = $len;

            /// Builds an id from raw bytes, refusing the wrong length and all zeroes.
            pub fn from_bytes(bytes: &[u8]) -> Result<Self, IdError> {
                let arr: [u8; $len] = bytes.try_into().map_err(|_| IdError::WrongLength {
                    kind: $kind,
                    expected: $len,
                    hex_len: $len * 2,
                    got: bytes.len(),
                })?;
                if arr.iter().all(|b| *b == 0) {
                    return Err(IdError::AllZero { kind: $kind });
                }
                Ok(Self(arr))
            }

            /// Parses lowercase or uppercase hex.
            pub fn from_hex(s: &str) -> Result<Self, IdError> {
                if s.len() != $len * 2 {
                    return Err(IdError::WrongLength {
                        kind: $kind,
                        expected: $len,
                        hex_len: $len * 2,
                        got: s.len() / 2,
                    });
                }
                let mut arr = [0u8; $len];
                hex::decode_to_slice(s, &mut arr).map_err(|e| IdError::NotHex {
                    kind: $kind,
                    reason: e.to_string(),
                })?;
                Self::from_bytes(&arr)
            }

            /// A fresh random id.
            pub fn random() -> Self {
                loop {
                    let arr: [u8; $len] = rand::random();
                    if arr.iter().any(|b| *b != 0) {
                        return Self(arr);
                    }
                }
            }

            /// The raw bytes.
            pub fn as_bytes(&self) -> &[u8; $len] {
                &self.0
            }

            /// Lowercase hex.
            pub fn to_hex(&self) -> String {
                hex::encode(self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                for b in &self.0 {
                    write!(f, "{b:02x}")?;
                }
                Ok(())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self)
            }
        }

        impl FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::from_hex(s)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.to_hex())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Self::from_hex(&s).map_err(serde::de::Error::custom)
            }
        }
    };
}

define_id!(TraceId, 16, "trace id");
define_id!(SpanId, 8, "span id");

impl TraceId {
    /// The low 56 bits, as the OpenTelemetry probability sampler reads them (W3C "random"
    /// trace-id bits): every service computes the same value for the same trace.
    pub fn sampling_randomness(&self) -> u64 {
        let mut low = [0u8; 8];
        low[1..].copy_from_slice(&self.0[9..16]);
        u64::from_be_bytes(low)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn hex_roundtrip_and_validation() {
        let t = TraceId::from_hex("4df478995a771a9195a5bade1f61313c").unwrap();
        assert_eq!(t.to_string(), "4df478995a771a9195a5bade1f61313c");
        assert!(matches!(
            TraceId::from_hex("00000000000000000000000000000000"),
            Err(IdError::AllZero { .. })
        ));
        assert!(matches!(
            SpanId::from_hex("abc"),
            Err(IdError::WrongLength { .. })
        ));
        assert!(matches!(
            SpanId::from_hex("zzzzzzzzzzzzzzzz"),
            Err(IdError::NotHex { .. })
        ));
        assert_eq!(
            SpanId::from_hex("C4EA5B9C123FB80D").unwrap().to_hex(),
            "c4ea5b9c123fb80d"
        );
    }

    #[test]
    fn sampling_randomness_uses_low_56_bits() {
        let t = TraceId::from_hex("ffffffffffffffffff00000000000001").unwrap();
        assert_eq!(t.sampling_randomness(), 1);
        let t = TraceId::from_hex("0000000000000000ffffffffffffffff").unwrap();
        assert_eq!(t.sampling_randomness(), (1u64 << 56) - 1);
    }

    proptest::proptest! {
        #[test]
        fn any_nonzero_bytes_roundtrip(bytes in proptest::array::uniform16(proptest::num::u8::ANY)) {
            if let Ok(t) = TraceId::from_bytes(&bytes) {
                proptest::prop_assert_eq!(TraceId::from_hex(&t.to_hex()).unwrap(), t);
            }
        }
    }
}
