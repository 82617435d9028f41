//! Overstap's domain: the rules of the transfer from primary to secondary school.
//!
//! Pure code: no I/O, no clock, no global randomness. `now` and seeds are parameters.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod advice;
pub mod elk;
pub mod ids;
pub mod role;
pub mod status;
pub mod tz;

pub use advice::{Advice, UnknownAdvice, admits};
pub use elk::{ElkNumber, ElkNumberError, ElkNumberGenerator};
pub use ids::{
    BoardId, ParentAccountId, ProcedureId, ProgrammeId, PupilId, RegionId, RegistrationId,
    SchoolId, StaffUserId,
};
pub use role::Role;
pub use status::{RegistrationStatus, UnknownStatus};
