//! glassbox-server
