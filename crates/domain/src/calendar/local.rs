//! Building a calendar from Europe/Amsterdam wall-clock times, and the Amstelland 2026 fixture.

use super::{Calendar, CalendarError, CalendarInstants};
use crate::tz;
use time::macros::datetime;
use time::{OffsetDateTime, PrimitiveDateTime};

/// A calendar as a coordinator configures it: Amsterdam wall-clock times, with the same
/// exclusive ends as [`CalendarInstants`] ("until 31 March inclusive" is 1 April 00:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalCalendar {
    pub login_dispatch_opens_at: PrimitiveDateTime,
    pub login_dispatch_closes_at: PrimitiveDateTime,
    pub registration_opens_at: PrimitiveDateTime,
    pub registration_closes_at: PrimitiveDateTime,
    pub priority_verification_deadline: PrimitiveDateTime,
    pub placement_at: PrimitiveDateTime,
    pub publication_at: PrimitiveDateTime,
    pub round2_opens_at: Option<PrimitiveDateTime>,
    pub round2_closes_at: Option<PrimitiveDateTime>,
}

impl LocalCalendar {
    /// Converts to UTC, refusing wall-clock times that a DST switch skips or repeats.
    pub fn to_instants(&self) -> Result<CalendarInstants, CalendarError> {
        let utc = |field: &'static str, local: PrimitiveDateTime| {
            tz::to_utc(local).map_err(|source| CalendarError::LocalTime { field, source })
        };
        let optional =
            |field, local: Option<PrimitiveDateTime>| local.map(|l| utc(field, l)).transpose();
        Ok(CalendarInstants {
            login_dispatch_opens_at: utc("login_dispatch_opens_at", self.login_dispatch_opens_at)?,
            login_dispatch_closes_at: utc(
                "login_dispatch_closes_at",
                self.login_dispatch_closes_at,
            )?,
            registration_opens_at: utc("registration_opens_at", self.registration_opens_at)?,
            registration_closes_at: utc("registration_closes_at", self.registration_closes_at)?,
            priority_verification_deadline: utc(
                "priority_verification_deadline",
                self.priority_verification_deadline,
            )?,
            placement_at: utc("placement_at", self.placement_at)?,
            publication_at: utc("publication_at", self.publication_at)?,
            round2_opens_at: optional("round2_opens_at", self.round2_opens_at)?,
            round2_closes_at: optional("round2_closes_at", self.round2_closes_at)?,
        })
    }

    /// The Amsterdam wall-clock times of stored instants, e.g. to edit a calendar.
    pub fn from_instants(instants: &CalendarInstants) -> LocalCalendar {
        let local = |instant: OffsetDateTime| {
            let local = tz::to_local(instant);
            PrimitiveDateTime::new(local.date(), local.time())
        };
        LocalCalendar {
            login_dispatch_opens_at: local(instants.login_dispatch_opens_at),
            login_dispatch_closes_at: local(instants.login_dispatch_closes_at),
            registration_opens_at: local(instants.registration_opens_at),
            registration_closes_at: local(instants.registration_closes_at),
            priority_verification_deadline: local(instants.priority_verification_deadline),
            placement_at: local(instants.placement_at),
            publication_at: local(instants.publication_at),
            round2_opens_at: instants.round2_opens_at.map(local),
            round2_closes_at: instants.round2_closes_at.map(local),
        }
    }
}

impl Calendar {
    pub fn from_local(local: &LocalCalendar) -> Result<Calendar, CalendarError> {
        Calendar::new(local.to_instants()?)
    }

    pub fn to_local(&self) -> LocalCalendar {
        LocalCalendar::from_instants(self.instants())
    }
}

impl LocalCalendar {
    /// Amstelland 2026 as configured; see [`Calendar::amstelland_2026`].
    pub const AMSTELLAND_2026: LocalCalendar = LocalCalendar {
        login_dispatch_opens_at: datetime!(2026-03-17 00:00),
        login_dispatch_closes_at: datetime!(2026-03-25 00:00),
        registration_opens_at: datetime!(2026-03-25 00:00),
        registration_closes_at: datetime!(2026-04-01 00:00),
        priority_verification_deadline: datetime!(2026-04-08 00:00),
        placement_at: datetime!(2026-04-08 00:00),
        publication_at: datetime!(2026-04-15 16:00),
        round2_opens_at: None,
        round2_closes_at: None,
    };
}

pub(super) fn amstelland_2026() -> Calendar {
    // Fixed UTC instants, so the fixture cannot fail; a test checks they equal the local table.
    Calendar {
        instants: CalendarInstants {
            login_dispatch_opens_at: datetime!(2026-03-16 23:00 UTC),
            login_dispatch_closes_at: datetime!(2026-03-24 23:00 UTC),
            registration_opens_at: datetime!(2026-03-24 23:00 UTC),
            registration_closes_at: datetime!(2026-03-31 22:00 UTC),
            priority_verification_deadline: datetime!(2026-04-07 22:00 UTC),
            placement_at: datetime!(2026-04-07 22:00 UTC),
            publication_at: datetime!(2026-04-15 14:00 UTC),
            round2_opens_at: None,
            round2_closes_at: None,
        },
    }
}
