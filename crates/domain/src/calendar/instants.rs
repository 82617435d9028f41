//! The calendar's instants in UTC, as stored, and the rules that make them a calendar.

use crate::tz::LocalTimeError;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// The moments of one procedure, in UTC. Every `*_closes_at` and the deadline are exclusive
/// ends: the first instant at which the window is closed (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarInstants {
    #[serde(with = "time::serde::rfc3339")]
    pub login_dispatch_opens_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub login_dispatch_closes_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub registration_opens_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub registration_closes_at: OffsetDateTime,
    /// VO schools verify priority claims from the close of registration until this instant.
    #[serde(with = "time::serde::rfc3339")]
    pub priority_verification_deadline: OffsetDateTime,
    /// From this instant the coordinator may run the placement.
    #[serde(with = "time::serde::rfc3339")]
    pub placement_at: OffsetDateTime,
    /// From this instant parents see the result.
    #[serde(with = "time::serde::rfc3339")]
    pub publication_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option", default)]
    pub round2_opens_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option", default)]
    pub round2_closes_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("{later} ({later_at}) must be {} {earlier} ({earlier_at})", if *.strict { "after" } else { "at or after" })]
    OutOfOrder {
        earlier: &'static str,
        earlier_at: OffsetDateTime,
        later: &'static str,
        later_at: OffsetDateTime,
        /// Whether the two may not be equal (the window between them would be empty).
        strict: bool,
    },
    #[error("round 2 needs both an opening and a closing moment, or neither")]
    Round2Incomplete,
    #[error("{field}: {source}")]
    LocalTime {
        field: &'static str,
        source: LocalTimeError,
    },
}

impl CalendarInstants {
    pub(super) fn validate(&self) -> Result<(), CalendarError> {
        let mut order = vec![
            ("login_dispatch_opens_at", self.login_dispatch_opens_at, "login_dispatch_closes_at", self.login_dispatch_closes_at, true),
            ("login_dispatch_opens_at", self.login_dispatch_opens_at, "registration_opens_at", self.registration_opens_at, false),
            ("login_dispatch_closes_at", self.login_dispatch_closes_at, "registration_closes_at", self.registration_closes_at, false),
            ("registration_opens_at", self.registration_opens_at, "registration_closes_at", self.registration_closes_at, true),
            ("registration_closes_at", self.registration_closes_at, "priority_verification_deadline", self.priority_verification_deadline, true),
            ("priority_verification_deadline", self.priority_verification_deadline, "placement_at", self.placement_at, false),
            ("placement_at", self.placement_at, "publication_at", self.publication_at, true),
        ];
        match (self.round2_opens_at, self.round2_closes_at) {
            (None, None) => {}
            (Some(opens_at), Some(closes_at)) => {
                order.push(("publication_at", self.publication_at, "round2_opens_at", opens_at, false));
                order.push(("round2_opens_at", opens_at, "round2_closes_at", closes_at, true));
            }
            _ => return Err(CalendarError::Round2Incomplete),
        }
        for (earlier, earlier_at, later, later_at, strict) in order {
            let in_order = if strict { earlier_at < later_at } else { earlier_at <= later_at };
            if !in_order {
                return Err(CalendarError::OutOfOrder { earlier, earlier_at, later, later_at, strict });
            }
        }
        Ok(())
    }
}
