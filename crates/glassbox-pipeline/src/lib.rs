//! glassbox-pipeline
