//! glassbox-metrics
