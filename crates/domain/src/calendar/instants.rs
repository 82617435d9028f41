//! The calendar's instants in UTC, as stored, and the rules that make them a calendar.

use crate::tz::{LocalTimeError, rfc3339};
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
    #[error(
        "{later} ({}) must be {} {earlier} ({})",
        rfc3339(later_at),
        if *.strict { "after" } else { "at or after" },
        rfc3339(earlier_at)
    )]
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
        const STRICT: bool = true;
        let login_opens = ("login_dispatch_opens_at", self.login_dispatch_opens_at);
        let login_closes = ("login_dispatch_closes_at", self.login_dispatch_closes_at);
        let registration_opens = ("registration_opens_at", self.registration_opens_at);
        let registration_closes = ("registration_closes_at", self.registration_closes_at);
        let deadline = (
            "priority_verification_deadline",
            self.priority_verification_deadline,
        );
        let placement = ("placement_at", self.placement_at);
        let publication = ("publication_at", self.publication_at);
        let mut rules = vec![
            (login_opens, login_closes, STRICT),
            (login_opens, registration_opens, !STRICT),
            (login_closes, registration_closes, !STRICT),
            (registration_opens, registration_closes, STRICT),
            (registration_closes, deadline, STRICT),
            (deadline, placement, !STRICT),
            (placement, publication, STRICT),
        ];
        match (self.round2_opens_at, self.round2_closes_at) {
            (None, None) => {}
            (Some(opens_at), Some(closes_at)) => {
                let round2_opens = ("round2_opens_at", opens_at);
                rules.push((publication, round2_opens, !STRICT));
                rules.push((round2_opens, ("round2_closes_at", closes_at), STRICT));
            }
            _ => return Err(CalendarError::Round2Incomplete),
        }
        for ((earlier, earlier_at), (later, later_at), strict) in rules {
            let in_order = if strict {
                earlier_at < later_at
            } else {
                earlier_at <= later_at
            };
            if !in_order {
                return Err(CalendarError::OutOfOrder {
                    earlier,
                    earlier_at,
                    later,
                    later_at,
                    strict,
                });
            }
        }
        Ok(())
    }
}
