//! Round 2 after publication: who takes part, when lists are accepted, and what a list is.
//!
//! Pupils take part when round 1 (with the changes after it) left them without a place: never
//! placed, or placed and then withdrawn at the parents' request. They choose again from the
//! programmes that still have seats and admit their advice.

use std::collections::HashSet;

use time::OffsetDateTime;

use crate::ProgrammeId;
use crate::calendar::CalendarInstants;

/// Why a pupil takes part in round 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round2Reason {
    /// Round 1 placed the pupil nowhere and no later change did.
    Unplaced,
    /// The pupil had a place and the VO school withdrew it at the parents' request.
    Withdrawn,
}

impl Round2Reason {
    pub const fn as_str(&self) -> &'static str {
        match self {
            Round2Reason::Unplaced => "unplaced",
            Round2Reason::Withdrawn => "withdrawn",
        }
    }
}

/// A pupil's round-1 placement as it stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Round1Standing {
    /// The programme now, after every change.
    pub current: Option<ProgrammeId>,
    /// Whether the pupil held a place at some moment (by the run or a change).
    pub ever_placed: bool,
}

/// `None` when the pupil took no part in round 1 or holds a place.
pub fn eligibility(standing: Option<Round1Standing>) -> Option<Round2Reason> {
    let standing = standing?;
    match (standing.current, standing.ever_placed) {
        (Some(_), _) => None,
        (None, true) => Some(Round2Reason::Withdrawn),
        (None, false) => Some(Round2Reason::Unplaced),
    }
}

/// The window in which parents submit round-2 lists: `[opens_at, closes_at)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Round2Window {
    pub opens_at: OffsetDateTime,
    pub closes_at: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Round2WindowError {
    #[error("this procedure plans no round 2")]
    NotPlanned,
    #[error("round 2 accepts lists from {opens_at} until {closes_at}")]
    WindowClosed {
        opens_at: OffsetDateTime,
        closes_at: OffsetDateTime,
    },
}

impl Round2Window {
    /// The calendar's round-2 window, if it plans one.
    pub fn of(instants: &CalendarInstants) -> Option<Round2Window> {
        Some(Round2Window {
            opens_at: instants.round2_opens_at?,
            closes_at: instants.round2_closes_at?,
        })
    }

    pub fn is_open(&self, now: OffsetDateTime) -> bool {
        self.opens_at <= now && now < self.closes_at
    }

    /// Lists are accepted only inside the window.
    pub fn check(
        window: Option<Round2Window>,
        now: OffsetDateTime,
    ) -> Result<(), Round2WindowError> {
        let window = window.ok_or(Round2WindowError::NotPlanned)?;
        if window.is_open(now) {
            Ok(())
        } else {
            Err(Round2WindowError::WindowClosed {
                opens_at: window.opens_at,
                closes_at: window.closes_at,
            })
        }
    }
}

/// Seats left at a programme: its capacity minus the pupils placed there after all changes.
pub fn seats_left(capacity: u32, placed: u32) -> u32 {
    capacity.saturating_sub(placed)
}

/// A rule a round-2 list breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Round2ListError {
    #[error("the list names no programme")]
    Empty,
    #[error("programme {programme} is named more than once (position {position})")]
    Duplicate {
        programme: ProgrammeId,
        position: usize,
    },
    #[error(
        "programme {programme} has no seats left or does not admit the advice (position {position})"
    )]
    NotOffered {
        programme: ProgrammeId,
        position: usize,
    },
}

impl Round2ListError {
    /// The stable code of the rule.
    pub const fn code(&self) -> &'static str {
        match self {
            Round2ListError::Empty => "list_empty",
            Round2ListError::Duplicate { .. } => "duplicate_programme",
            Round2ListError::NotOffered { .. } => "programme_not_offered",
        }
    }
}

/// A valid round-2 list: at least one programme, none twice, each one offered in round 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round2List {
    programmes: Vec<ProgrammeId>,
}

impl Round2List {
    /// Checks `programmes` (in preference order) against the programmes `offered` to this
    /// pupil; every broken rule is reported, with its 1-based position.
    pub fn parse(
        programmes: &[ProgrammeId],
        offered: &[ProgrammeId],
    ) -> Result<Round2List, Vec<Round2ListError>> {
        let mut errors = Vec::new();
        if programmes.is_empty() {
            errors.push(Round2ListError::Empty);
        }
        let mut seen = HashSet::with_capacity(programmes.len());
        for (index, &programme) in programmes.iter().enumerate() {
            let position = index + 1;
            if !seen.insert(programme) {
                errors.push(Round2ListError::Duplicate {
                    programme,
                    position,
                });
            } else if !offered.contains(&programme) {
                errors.push(Round2ListError::NotOffered {
                    programme,
                    position,
                });
            }
        }
        if errors.is_empty() {
            Ok(Round2List {
                programmes: programmes.to_vec(),
            })
        } else {
            Err(errors)
        }
    }

    /// A list stored earlier, trusted as it was checked when saved.
    pub fn restore(programmes: Vec<ProgrammeId>) -> Round2List {
        Round2List { programmes }
    }

    pub fn programmes(&self) -> &[ProgrammeId] {
        &self.programmes
    }

    /// The 1-based rank of `programme` on the list.
    pub fn rank_of(&self, programme: ProgrammeId) -> Option<u32> {
        self.programmes
            .iter()
            .position(|p| *p == programme)
            .and_then(|i| u32::try_from(i + 1).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;
    use uuid::Uuid;

    fn programme(n: u128) -> ProgrammeId {
        ProgrammeId::from_uuid(Uuid::from_u128(n))
    }

    #[test]
    fn eligibility_follows_the_standing_after_changes() {
        let p = Some(programme(1));
        assert_eq!(eligibility(None), None, "took no part in round 1");
        let standing = |current, ever_placed| {
            Some(Round1Standing {
                current,
                ever_placed,
            })
        };
        assert_eq!(eligibility(standing(p, true)), None);
        assert_eq!(
            eligibility(standing(None, false)),
            Some(Round2Reason::Unplaced)
        );
        assert_eq!(
            eligibility(standing(None, true)),
            Some(Round2Reason::Withdrawn)
        );
    }

    #[test]
    fn the_window_is_half_open_and_may_be_unplanned() {
        let window = Round2Window {
            opens_at: datetime!(2026-04-16 07:00 UTC),
            closes_at: datetime!(2026-04-22 22:00 UTC),
        };
        let check = |now| Round2Window::check(Some(window), now);
        assert!(check(datetime!(2026-04-16 06:59:59 UTC)).is_err());
        assert!(check(datetime!(2026-04-16 07:00 UTC)).is_ok());
        assert!(check(datetime!(2026-04-22 21:59:59 UTC)).is_ok());
        assert_eq!(
            check(datetime!(2026-04-22 22:00 UTC)),
            Err(Round2WindowError::WindowClosed {
                opens_at: window.opens_at,
                closes_at: window.closes_at
            })
        );
        assert_eq!(
            Round2Window::check(None, datetime!(2026-04-17 10:00 UTC)),
            Err(Round2WindowError::NotPlanned)
        );
    }

    #[test]
    fn a_list_needs_a_programme_names_each_once_and_only_offered_ones() {
        let offered = [programme(1), programme(2)];
        assert_eq!(
            Round2List::parse(&[], &offered),
            Err(vec![Round2ListError::Empty])
        );
        assert_eq!(
            Round2List::parse(&[programme(1), programme(3), programme(1)], &offered),
            Err(vec![
                Round2ListError::NotOffered {
                    programme: programme(3),
                    position: 2
                },
                Round2ListError::Duplicate {
                    programme: programme(1),
                    position: 3
                },
            ])
        );
        let list = Round2List::parse(&[programme(2), programme(1)], &offered).unwrap();
        assert_eq!(list.rank_of(programme(1)), Some(2));
        assert_eq!(list.rank_of(programme(3)), None);
    }

    #[test]
    fn seats_left_never_go_below_zero() {
        assert_eq!(seats_left(10, 3), 7);
        assert_eq!(
            seats_left(2, 3),
            0,
            "the twin rule may overfill a programme"
        );
    }
}
