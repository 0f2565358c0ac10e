//! glassbox-store
