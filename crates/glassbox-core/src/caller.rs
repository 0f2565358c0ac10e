//! Who is calling, as far as the rest of glassbox needs to know: the fingerprint of the
//! glassbox token that authenticated a request (never the token itself).
//!
//! The server's auth layer attaches a [`Caller`] to each authenticated request; the
//! gateway scopes its response cache by it, so two tokens never share a cached answer.

/// The caller of one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Caller {
    /// The first 8 bytes of the SHA-256 of the glassbox token used; `None` when auth is off.
    pub token: Option<u64>,
}
