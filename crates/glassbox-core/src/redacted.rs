//! `Redacted<T>`: a value that has been through a redactor.
//!
//! Sinks (the store, the blob store, exporters) only accept `Redacted<T>`. The only way to
//! build one is [`Redacted::new`], which runs the value through a [`Redact`] implementation,
//! so an unredacted record cannot reach a sink by accident.

/// Something that can scrub sensitive content out of a `T`.
pub trait Redact<T> {
    /// Returns `value` with every sensitive part masked, hashed or dropped.
    fn redact(&self, value: T) -> T;
}

/// A value that passed through a [`Redact`] implementation.
#[derive(Debug, Clone)]
pub struct Redacted<T>(T);

impl<T> Redacted<T> {
    /// Redacts `value` with `redactor`; the only constructor.
    pub fn new<R: Redact<T> + ?Sized>(redactor: &R, value: T) -> Self {
        Self(redactor.redact(value))
    }

    /// Borrows the redacted value.
    pub fn get(&self) -> &T {
        &self.0
    }

    /// Mutably borrows the redacted value, for later pipeline stages (payload policy) that
    /// only remove or replace already-redacted content.
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.0
    }

    /// Takes the redacted value out.
    pub fn into_inner(self) -> T {
        self.0
    }
}
