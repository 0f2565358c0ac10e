//! What dashboards ask of rollups: [`summary`] (one window, one set of numbers) and
//! [`timeseries`] (one metric over time, optionally per model/service/operation), plus
//! the parsing of the `window` / `step` parameters.
//!
//! Pure functions over [`crate::RollupRow`]s: no I/O, no clock. Their cost grows with the
//! number of rows (minutes × label sets), never with the number of calls.

mod params;
mod summary;
mod timeseries;

pub use params::{parse_duration, reject_unknown, ParamError};
pub use summary::{summary, Quantiles, Summary};
pub use timeseries::{
    timeseries, GroupBy, Percentile, Point, Series, Timeseries, TimeseriesMetric,
};
