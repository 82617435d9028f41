//! Tests of the placement engine: properties over small random instances, and fixed cases.

mod fixed;
mod properties;
mod snapshots;
mod support;
