//! Why a registration event is refused, and why stored registration data is inconsistent.

use super::RegistrationEvent;
use crate::preference::PreferenceErrors;
use crate::status::RegistrationStatus;
use crate::tz::rfc3339;
use time::OffsetDateTime;

/// One error for all events of the aggregate: they share most refusals, and the API maps
/// them to responses in one place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistrationError {
    #[error("{event} is not possible in status {status}")]
    NotAllowedInStatus {
        status: RegistrationStatus,
        event: RegistrationEvent,
    },
    #[error(
        "{event} is possible from {} until (not including) {}",
        rfc3339(opens_at),
        rfc3339(closes_at)
    )]
    WindowClosed {
        event: RegistrationEvent,
        opens_at: OffsetDateTime,
        closes_at: OffsetDateTime,
    },
    #[error(
        "the registration week is open until (not including) {}",
        rfc3339(closes_at)
    )]
    WeekStillOpen { closes_at: OffsetDateTime },
    #[error("login link {given} was replaced by link {current}")]
    StaleLoginLink { given: u32, current: u32 },
    #[error("a draft needs at least one programme")]
    EmptyDraft,
    #[error("the list breaks these rules: {0}")]
    InvalidList(#[from] PreferenceErrors),
    #[error("the correction changes no field")]
    NothingChanged,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RestoreError {
    #[error("form versions start at 1")]
    FormVersionZero,
    #[error("status {status} does not fit login version {login_version}")]
    LoginVersion {
        status: RegistrationStatus,
        login_version: u32,
    },
    #[error("status {status} {} a list draft", if *.has_draft { "cannot have" } else { "needs" })]
    Draft {
        status: RegistrationStatus,
        has_draft: bool,
    },
}
