//! When a placement run may start: which round, which window, dry or official, the single
//! official run per round and its seed commitment. The caller reads the facts; this decides.

use time::OffsetDateTime;

use super::RunKind;
use crate::calendar::CalendarInstants;
use crate::round2::Round2Window;

/// What the coordinator asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunRequest {
    pub kind: RunKind,
    /// 1: the registrations; 2: the round-2 lists on the seats left.
    pub round: u32,
}

/// The seed commitment named by an official run, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitmentFacts {
    /// Made for this procedure and this round.
    pub fits: bool,
    /// Already used by an official run.
    pub used: bool,
}

/// What the database says at the moment of the request.
#[derive(Debug, Clone, Copy)]
pub struct RunFacts<'a> {
    pub now: OffsetDateTime,
    pub instants: &'a CalendarInstants,
    /// Round 2 may run until the school year ends.
    pub end_of_school_year: OffsetDateTime,
    /// Round 1 has its official run (round 2 builds on it).
    pub round1_official: bool,
    /// The requested round already has its official run.
    pub official_exists: bool,
    /// The commitment the request names, if it names one that exists.
    pub commitment: Option<CommitmentFacts>,
}

/// Why a run may not start. Each has one answer at the HTTP edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RunStartError {
    #[error("round {0} does not exist; use 1 or 2")]
    UnknownRound(u32),
    #[error("this procedure plans no round 2")]
    Round2NotPlanned,
    /// Outside the window for this kind of run (`action` names it for clients).
    #[error("{action} is possible from {opens_at} until {closes_at}")]
    WindowClosed {
        action: &'static str,
        opens_at: OffsetDateTime,
        closes_at: OffsetDateTime,
    },
    #[error("round 2 needs the official run of round 1")]
    NoRound1OfficialRun,
    #[error("round {round} already has its official run")]
    OfficialRunExists { round: u32 },
    #[error("the official run needs a seed commitment of this procedure and round")]
    CommitmentRequired,
    #[error("this seed commitment was already used")]
    CommitmentUsed,
}

/// Round 1 places the registration week's lists; round 2 the round-2 lists on the seats left.
/// There is no other round, for a run or for a seed commitment.
pub fn check_round(round: u32) -> Result<(), RunStartError> {
    if matches!(round, 1 | 2) {
        Ok(())
    } else {
        Err(RunStartError::UnknownRound(round))
    }
}

/// Decides whether `request` may start now. Checks in the order a coordinator meets them:
/// the round, its window, round 1 before round 2, the single official run, the commitment.
pub fn check_start(request: RunRequest, facts: &RunFacts<'_>) -> Result<(), RunStartError> {
    let official = request.kind == RunKind::Official;
    let now = facts.now;
    let instants = facts.instants;
    let outside = |action, opens_at, closes_at| {
        if now < opens_at || now >= closes_at {
            Err(RunStartError::WindowClosed {
                action,
                opens_at,
                closes_at,
            })
        } else {
            Ok(())
        }
    };
    match request.round {
        1 => {
            if now < instants.registration_closes_at {
                return Err(RunStartError::WindowClosed {
                    action: "placement_run",
                    opens_at: instants.registration_closes_at,
                    closes_at: instants.publication_at,
                });
            }
            if official {
                outside(
                    "official_placement_run",
                    instants.placement_at,
                    instants.publication_at,
                )?;
            }
        }
        2 => {
            let window = Round2Window::of(instants).ok_or(RunStartError::Round2NotPlanned)?;
            let end = facts.end_of_school_year;
            if official {
                outside("official_placement_run", window.closes_at, end)?;
            } else {
                outside("placement_run", window.opens_at, end)?;
            }
            if !facts.round1_official {
                return Err(RunStartError::NoRound1OfficialRun);
            }
        }
        other => return Err(RunStartError::UnknownRound(other)),
    }
    if !official {
        return Ok(());
    }
    if facts.official_exists {
        return Err(RunStartError::OfficialRunExists {
            round: request.round,
        });
    }
    match facts.commitment {
        Some(CommitmentFacts { fits: true, used }) if used => Err(RunStartError::CommitmentUsed),
        Some(CommitmentFacts { fits: true, .. }) => Ok(()),
        _ => Err(RunStartError::CommitmentRequired),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Duration;
    use time::macros::datetime;

    fn instants() -> CalendarInstants {
        CalendarInstants {
            login_dispatch_opens_at: datetime!(2026-02-01 0:00 UTC),
            login_dispatch_closes_at: datetime!(2026-03-24 23:00 UTC),
            registration_opens_at: datetime!(2026-03-24 23:00 UTC),
            registration_closes_at: datetime!(2026-03-31 22:00 UTC),
            priority_verification_deadline: datetime!(2026-04-03 22:00 UTC),
            placement_at: datetime!(2026-04-07 22:00 UTC),
            publication_at: datetime!(2026-04-14 22:00 UTC),
            round2_opens_at: Some(datetime!(2026-04-15 22:00 UTC)),
            round2_closes_at: Some(datetime!(2026-04-22 22:00 UTC)),
        }
    }

    fn facts(instants: &CalendarInstants, now: OffsetDateTime) -> RunFacts<'_> {
        RunFacts {
            now,
            instants,
            end_of_school_year: datetime!(2026-07-31 22:00 UTC),
            round1_official: false,
            official_exists: false,
            commitment: Some(CommitmentFacts {
                fits: true,
                used: false,
            }),
        }
    }

    const DRY1: RunRequest = RunRequest {
        kind: RunKind::Dry,
        round: 1,
    };
    const OFFICIAL1: RunRequest = RunRequest {
        kind: RunKind::Official,
        round: 1,
    };
    const OFFICIAL2: RunRequest = RunRequest {
        kind: RunKind::Official,
        round: 2,
    };

    #[test]
    fn a_dry_run_may_start_once_the_registration_week_has_closed() {
        let i = instants();
        let during = facts(&i, i.registration_closes_at - Duration::seconds(1));
        assert!(matches!(
            check_start(DRY1, &during),
            Err(RunStartError::WindowClosed {
                action: "placement_run",
                ..
            })
        ));
        assert_eq!(
            check_start(DRY1, &facts(&i, i.registration_closes_at)),
            Ok(())
        );
    }

    #[test]
    fn the_official_run_of_round_1_waits_for_the_placement_moment_and_ends_at_publication() {
        let i = instants();
        for now in [i.placement_at - Duration::seconds(1), i.publication_at] {
            assert!(matches!(
                check_start(OFFICIAL1, &facts(&i, now)),
                Err(RunStartError::WindowClosed {
                    action: "official_placement_run",
                    ..
                })
            ));
        }
        assert_eq!(check_start(OFFICIAL1, &facts(&i, i.placement_at)), Ok(()));
    }

    #[test]
    fn a_round_has_one_official_run_made_with_an_unused_commitment_of_its_own() {
        let i = instants();
        let base = facts(&i, i.placement_at);
        let exists = RunFacts {
            official_exists: true,
            ..base
        };
        assert_eq!(
            check_start(OFFICIAL1, &exists),
            Err(RunStartError::OfficialRunExists { round: 1 })
        );
        for commitment in [
            None,
            Some(CommitmentFacts {
                fits: false,
                used: false,
            }),
        ] {
            let facts = RunFacts { commitment, ..base };
            assert_eq!(
                check_start(OFFICIAL1, &facts),
                Err(RunStartError::CommitmentRequired)
            );
        }
        let used = RunFacts {
            commitment: Some(CommitmentFacts {
                fits: true,
                used: true,
            }),
            ..base
        };
        assert_eq!(
            check_start(OFFICIAL1, &used),
            Err(RunStartError::CommitmentUsed)
        );
        // A dry run needs no commitment and may follow the official run.
        assert_eq!(check_start(DRY1, &exists), Ok(()));
    }

    #[test]
    fn round_2_needs_a_planned_window_and_the_official_run_of_round_1() {
        let mut i = instants();
        let closes = i.round2_closes_at.unwrap_or(i.publication_at);
        let after = facts(&i, closes);
        assert_eq!(
            check_start(OFFICIAL2, &after),
            Err(RunStartError::NoRound1OfficialRun)
        );
        let ready = RunFacts {
            round1_official: true,
            ..after
        };
        assert_eq!(check_start(OFFICIAL2, &ready), Ok(()));
        let late = RunFacts {
            now: ready.end_of_school_year,
            ..ready
        };
        assert!(matches!(
            check_start(OFFICIAL2, &late),
            Err(RunStartError::WindowClosed { .. })
        ));
        i.round2_opens_at = None;
        assert_eq!(
            check_start(OFFICIAL2, &facts(&i, closes)),
            Err(RunStartError::Round2NotPlanned)
        );
        assert_eq!(
            check_start(
                RunRequest {
                    kind: RunKind::Dry,
                    round: 3
                },
                &facts(&i, closes)
            ),
            Err(RunStartError::UnknownRound(3))
        );
    }

    #[test]
    fn only_rounds_1_and_2_exist() {
        assert_eq!(check_round(1), Ok(()));
        assert_eq!(check_round(2), Ok(()));
        for round in [0, 3, u32::MAX] {
            assert_eq!(check_round(round), Err(RunStartError::UnknownRound(round)));
        }
    }
}
