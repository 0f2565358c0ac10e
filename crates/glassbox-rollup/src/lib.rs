//! The data every metric store and reader shares, below both: [`DdSketch`] (mergeable
//! percentiles with a relative-error bound, and its binary form) and [`RollupRow`] (one
//! minute of one series, per project) with [`RollupSource`], the read side a store
//! implements.
//!
//! ```text
//!   glassbox-metrics (hub, queries) ──RollupRow──> glassbox-store (SQLite, ClickHouse)
//!                     <──RollupSource──
//! ```
//!
//! Plain data and arithmetic: no I/O, no clock.

pub mod rollup;
pub mod sketch;

pub use rollup::{
    AnswerFlagCounts, MemoryRollupSource, RollupError, RollupFilter, RollupKind, RollupRow,
    RollupSource,
};
pub use sketch::{DdSketch, SketchError, RELATIVE_ACCURACY};
