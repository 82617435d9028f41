//! Placement: the lottery and the matching engine, a pure function of a snapshot and its seed.
//!
//! Layers: a [`PlacementSnapshot`] (ids, lists, capacities, priority classes, mechanism,
//! tie-breaking, seed) is checked and turned into a dense [`Instance`] (`u32` indexes, one
//! rank key per application) with lot numbers drawn by [`lot_numbers`]; [`solve`] runs
//! deferred or immediate acceptance on it; [`place`] does all of this and returns a
//! [`PlacementRun`] with the assignment, reserve lists and hashes. `docs/matching.md`
//! describes the rules and encodings.

mod canonical;
mod deferred_acceptance;
mod hash;
mod id_index;
mod immediate_acceptance;
mod instance;
mod lottery;
mod reserve;
mod run;
mod run_kind;
mod snapshot;
pub mod start;
pub mod synthetic;

#[cfg(test)]
mod tests;

pub use deferred_acceptance::deferred_acceptance;
pub use immediate_acceptance::immediate_acceptance;
pub use instance::{Application, Instance, InstanceError, Outcome, UnitSpec};
pub use lottery::{Seed, SeedError, lot_numbers};
pub use reserve::{ReserveEntry, reserve_lists};
pub use run::{
    Assignment, PlacementRun, PupilPlacement, ReserveList, ReserveListEntry, place, solve,
};
pub use run_kind::{OfferOutcome, RunKind};
pub use snapshot::{
    PlacementSnapshot, SnapshotError, SnapshotPriority, SnapshotProgramme, SnapshotUnit,
};
pub use start::{CommitmentFacts, RunFacts, RunRequest, RunStartError, check_round, check_start};

/// Names the engine and lottery procedure; a run records it, and a replay needs the same.
/// Any change to a result for the same snapshot requires a new version.
pub const ENGINE_VERSION: &str = "overstap-placement-1";

/// Priority classes by convention (higher wins at that programme).
pub mod class {
    pub const APPROVED_CLAIM: u16 = 2;
    /// A region placement category, e.g. primary school or home town inside the region.
    pub const REGION_CATEGORY: u16 = 1;
    pub const NONE: u16 = 0;
}
