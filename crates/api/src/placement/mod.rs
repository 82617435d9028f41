//! Placement for the coordinator: the input snapshot read from the database, committed seeds,
//! dry and official runs with their audit record, what parents see after publication, and
//! round 2.

pub mod place_notice;
pub mod reserve_offers;
pub mod result;
pub mod round2;
pub mod runs;
pub mod snapshot;
