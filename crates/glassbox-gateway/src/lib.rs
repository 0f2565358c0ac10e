//! glassbox-gateway
