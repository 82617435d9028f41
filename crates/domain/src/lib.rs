//! Overstap's domain: the rules of the transfer from primary to secondary school.
//!
//! Pure code: no I/O, no clock, no global randomness. `now` and seeds are parameters.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod advice;
pub mod api_client;
pub mod calendar;
pub mod elk;
pub mod i18n;
pub mod ids;
pub(crate) mod names;
pub mod placement;
pub mod preference;
pub mod priority;
pub mod pupil;
pub mod region;
pub mod registration;
pub mod retention;
pub mod role;
pub mod round2;
pub mod school;
pub mod school_year;
pub mod staff;
pub mod status;
pub mod tz;

#[cfg(test)]
mod test_support;

pub use advice::{Advice, UnknownAdvice, admits};
pub use api_client::{ApiScope, ScopeSet};
pub use calendar::{
    CALENDAR_FIELDS, Calendar, CalendarError, CalendarInstants, LocalCalendar, Phase, PlanError,
    Window,
};
pub use elk::{ElkNumber, ElkNumberError, ElkNumberGenerator};
pub use i18n::{Language, format_date, format_date_time, format_last_moment};
pub use ids::{
    ApiClientId, BoardId, ParentAccountId, PlacementRunId, ProcedureId, ProgrammeId, PupilId,
    RegionId, RegistrationId, ReserveOfferId, SchoolId, SeedCommitmentId, StaffUserId,
};
pub use names::UnknownName;
pub use placement::{OfferOutcome, RunKind};
pub use preference::{
    Catalogue, Choice, ListContext, ListDraft, ListEntry, PreferenceError, PreferenceErrors,
    PreferenceList, ProgrammeOffer, SchoolOffer,
};
pub use priority::{PriorityClaim, PriorityRuleKind, PriorityVerdict};
pub use pupil::{PupilDetails, PupilField};
pub use region::{ListRoute, PlacementMechanism, RegionProfile, RegionProfileConfig, TieBreaking};
pub use registration::{
    Correction, Registration, RegistrationError, RegistrationEvent, RegistrationParts, RestoreError,
};
pub use role::Role;
pub use school::SchoolKind;
pub use school_year::{SchoolYear, SchoolYearError};
pub use status::{RegistrationStatus, UnknownStatus};

#[cfg(test)]
mod tests {
    #[test]
    fn the_domain_depends_on_no_runtime_database_web_or_openapi_crate() {
        let manifest = include_str!("../Cargo.toml");
        for forbidden in ["tokio", "sea-orm", "sea_orm", "actix", "utoipa"] {
            assert!(
                !manifest.contains(forbidden),
                "Cargo.toml names {forbidden}"
            );
        }
    }
}
