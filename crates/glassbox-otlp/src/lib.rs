//! glassbox-otlp
