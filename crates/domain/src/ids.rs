//! Typed identifiers: a `PupilId` can never be passed where a `SchoolId` is meant.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! typed_id {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )+};
}

typed_id!(
    /// A region that runs one procedure per school year (e.g. Amstelland).
    RegionId,
    /// The procedure of one region for one school year.
    ProcedureId,
    /// A school board (bestuur) with one or more schools.
    BoardId,
    /// A primary (PO) or secondary (VO) school.
    SchoolId,
    /// A programme (opleiding) of a VO school, the unit a preference list ranks.
    ProgrammeId,
    /// A pupil in group 8.
    PupilId,
    /// A staff member's account (PO, VO, board admin, coordinator).
    StaffUserId,
    /// A parent account; one per pupil.
    ParentAccountId,
    /// The registration (aanmelding) of one pupil in one procedure.
    RegistrationId,
    /// One placement run (dry or official) of a round, with its frozen snapshot.
    PlacementRunId,
    /// A seed committed (by its hash) before the official run of a round.
    SeedCommitmentId,
    /// An offer of a freed seat to a pupil on a reserve list.
    ReserveOfferId,
    /// A system that signs in with client credentials (an administration system).
    ApiClientId,
);
