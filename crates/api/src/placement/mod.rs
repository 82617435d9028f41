//! Placement for the coordinator: the input snapshot read from the database, committed seeds,
//! dry and official runs with their audit record, and what parents see after publication.

pub mod reserve_offers;
pub mod result;
pub mod runs;
pub mod snapshot;
