//! The procedure calendar of one region and school year: its phases and their windows.
//!
//! Every window is half-open, `[opens_at, closes_at)`: `closes_at` is the first instant at
//! which the phase is closed, not its last second. "Until 31 March 23:59:59 inclusive" is
//! therefore stored as `closes_at` = 1 April 00:00 Amsterdam time (31 March 22:00 UTC), which
//! also keeps 23:59:59.5 inside the window. Texts for people show the last minute instead
//! (see [`crate::i18n::format_last_moment`]).

mod instants;
mod local;
mod planning;

pub use instants::{CalendarError, CalendarInstants};
pub use local::LocalCalendar;
pub use planning::{FIELDS as CALENDAR_FIELDS, PlanError};

use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// PO schools send the parent login e-mails.
    LoginDispatch,
    /// The registration week: parents submit, withdraw and resubmit their lists.
    Registration,
    /// From the close of the week until the deadline, VO schools verify priority claims.
    PriorityVerification,
    /// From the placement moment until publication, the coordinator runs the placement.
    Placement,
    /// From the publication moment on, parents see the result; it stays open.
    Publication,
    /// Optional second round after publication.
    Round2,
}

impl Phase {
    /// In calendar order.
    pub const ALL: [Phase; 6] = [
        Phase::LoginDispatch,
        Phase::Registration,
        Phase::PriorityVerification,
        Phase::Placement,
        Phase::Publication,
        Phase::Round2,
    ];

    pub const fn as_str(&self) -> &'static str {
        match self {
            Phase::LoginDispatch => "login_dispatch",
            Phase::Registration => "registration",
            Phase::PriorityVerification => "priority_verification",
            Phase::Placement => "placement",
            Phase::Publication => "publication",
            Phase::Round2 => "round2",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A half-open interval of instants; `closes_at: None` never closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub opens_at: OffsetDateTime,
    pub closes_at: Option<OffsetDateTime>,
}

impl Window {
    pub fn contains(&self, now: OffsetDateTime) -> bool {
        self.opens_at <= now && self.closes_at.is_none_or(|closes_at| now < closes_at)
    }
}

/// A validated calendar: every window is non-empty and the phases follow each other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "CalendarInstants", into = "CalendarInstants")]
pub struct Calendar {
    instants: CalendarInstants,
}

impl Calendar {
    pub fn new(instants: CalendarInstants) -> Result<Calendar, CalendarError> {
        instants.validate()?;
        Ok(Calendar { instants })
    }

    /// Amstelland 2026 (DOMAIN.md): logins 17–24 March, registration 25–31 March, results
    /// 15 April 16:00. DOMAIN.md gives no dates for priority verification and placement; we
    /// assume the VO schools verify in the week after registration (until 7 April 23:59:59)
    /// and placement runs from then on. The seed has no round 2.
    pub fn amstelland_2026() -> Calendar {
        local::amstelland_2026()
    }

    pub fn instants(&self) -> &CalendarInstants {
        &self.instants
    }

    /// The window of `phase`, or `None` for a round 2 that is not planned.
    pub fn window(&self, phase: Phase) -> Option<Window> {
        let i = &self.instants;
        let window = |opens_at, closes_at| Window {
            opens_at,
            closes_at: Some(closes_at),
        };
        match phase {
            Phase::LoginDispatch => Some(window(
                i.login_dispatch_opens_at,
                i.login_dispatch_closes_at,
            )),
            Phase::Registration => Some(window(i.registration_opens_at, i.registration_closes_at)),
            Phase::PriorityVerification => Some(window(
                i.registration_closes_at,
                i.priority_verification_deadline,
            )),
            Phase::Placement => Some(window(i.placement_at, i.publication_at)),
            Phase::Publication => Some(Window {
                opens_at: i.publication_at,
                closes_at: None,
            }),
            Phase::Round2 => Some(window(i.round2_opens_at?, i.round2_closes_at?)),
        }
    }

    pub fn is_open(&self, phase: Phase, now: OffsetDateTime) -> bool {
        self.window(phase)
            .is_some_and(|window| window.contains(now))
    }

    /// Every phase open at `now`, in calendar order (publication and round 2 overlap).
    pub fn open_phases(&self, now: OffsetDateTime) -> Vec<Phase> {
        Phase::ALL
            .into_iter()
            .filter(|&phase| self.is_open(phase, now))
            .collect()
    }

    /// The open phase that opened last: round 2 rather than publication while both are open.
    pub fn current_phase(&self, now: OffsetDateTime) -> Option<Phase> {
        Phase::ALL
            .into_iter()
            .filter_map(|phase| Some((phase, self.window(phase)?)))
            .filter(|(_, window)| window.contains(now))
            .max_by_key(|(phase, window)| (window.opens_at, *phase))
            .map(|(phase, _)| phase)
    }

    /// The first phase that opens after `now`, and when.
    pub fn next_phase(&self, now: OffsetDateTime) -> Option<(Phase, OffsetDateTime)> {
        Phase::ALL
            .into_iter()
            .filter_map(|phase| Some((phase, self.window(phase)?.opens_at)))
            .filter(|&(_, opens_at)| opens_at > now)
            .min_by_key(|&(phase, opens_at)| (opens_at, phase))
    }
}

impl TryFrom<CalendarInstants> for Calendar {
    type Error = CalendarError;
    fn try_from(instants: CalendarInstants) -> Result<Self, Self::Error> {
        Calendar::new(instants)
    }
}

impl From<Calendar> for CalendarInstants {
    fn from(calendar: Calendar) -> Self {
        calendar.instants
    }
}

#[cfg(test)]
mod tests;
