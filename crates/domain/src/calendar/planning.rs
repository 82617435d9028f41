//! Planning procedure years: a calendar proposed from last year's, checked against its school
//! year, and changed only where its phases have not begun.

use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime};

use super::{Calendar, CalendarError, CalendarInstants, LocalCalendar, Phase};
use crate::school_year::SchoolYear;

/// The stored moments by their field names, with the phases each one opens or closes.
pub const FIELDS: [(&str, &[Phase]); 9] = [
    ("login_dispatch_opens_at", &[Phase::LoginDispatch]),
    ("login_dispatch_closes_at", &[Phase::LoginDispatch]),
    ("registration_opens_at", &[Phase::Registration]),
    (
        "registration_closes_at",
        &[Phase::Registration, Phase::PriorityVerification],
    ),
    (
        "priority_verification_deadline",
        &[Phase::PriorityVerification],
    ),
    ("placement_at", &[Phase::Placement]),
    ("publication_at", &[Phase::Placement, Phase::Publication]),
    ("round2_opens_at", &[Phase::Round2]),
    ("round2_closes_at", &[Phase::Round2]),
];

/// Why a planned calendar or a change to one is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The moments are not in calendar order, or a local time does not exist or repeats.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// A moment lies outside the procedure's school year (1 August to 1 August).
    #[error("{field} must lie in the school year {year} (from {starts_at} until {ends_at})")]
    OutsideSchoolYear {
        field: &'static str,
        year: String,
        starts_at: OffsetDateTime,
        ends_at: OffsetDateTime,
    },
    /// A new or moved moment lies at or before now: a phase cannot begin in the past.
    #[error("{field} must lie in the future")]
    InThePast { field: &'static str },
    /// The moment belongs to a phase that has begun, so it can no longer change.
    #[error("{field} can no longer change: the {phase} phase began at {started_at}")]
    PhaseStarted {
        field: &'static str,
        phase: Phase,
        started_at: OffsetDateTime,
    },
}

fn moments(i: &CalendarInstants) -> [Option<OffsetDateTime>; 9] {
    [
        Some(i.login_dispatch_opens_at),
        Some(i.login_dispatch_closes_at),
        Some(i.registration_opens_at),
        Some(i.registration_closes_at),
        Some(i.priority_verification_deadline),
        Some(i.placement_at),
        Some(i.publication_at),
        i.round2_opens_at,
        i.round2_closes_at,
    ]
}

impl Calendar {
    /// A new procedure's calendar: in order, without local times a DST switch skips or
    /// repeats, inside its school year, and wholly in the future.
    pub fn plan(
        local: &LocalCalendar,
        year: SchoolYear,
        now: OffsetDateTime,
    ) -> Result<Calendar, PlanError> {
        let calendar = Calendar::from_local(local)?;
        calendar.fits(year)?;
        if let Some(field) = FIELDS
            .iter()
            .zip(moments(calendar.instants()))
            .find(|(_, at)| at.is_some_and(|at| at <= now))
            .map(|((field, _), _)| *field)
        {
            return Err(PlanError::InThePast { field });
        }
        Ok(calendar)
    }

    /// This calendar changed to `local`: a moment of a phase that has begun stays as it is,
    /// a moved or added moment lies in the future, and the result is a valid calendar of
    /// `year`. Answers the new calendar and the names of the moments that changed.
    pub fn amend(
        &self,
        local: &LocalCalendar,
        year: SchoolYear,
        now: OffsetDateTime,
    ) -> Result<(Calendar, Vec<&'static str>), PlanError> {
        let next = Calendar::from_local(local)?;
        let mut changed = Vec::new();
        for (((field, phases), before), after) in FIELDS
            .iter()
            .zip(moments(self.instants()))
            .zip(moments(next.instants()))
        {
            if before == after {
                continue;
            }
            if let Some((phase, started_at)) = phases
                .iter()
                .filter_map(|&phase| Some((phase, self.window(phase)?.opens_at)))
                .filter(|&(_, opens_at)| opens_at <= now)
                .min_by_key(|&(_, opens_at)| opens_at)
            {
                return Err(PlanError::PhaseStarted {
                    field,
                    phase,
                    started_at,
                });
            }
            if after.is_some_and(|at| at <= now) {
                return Err(PlanError::InThePast { field });
            }
            changed.push(*field);
        }
        next.fits(year)?;
        Ok((next, changed))
    }

    /// Every moment lies in `year`: from its first 1 August to its last, inclusive of the end
    /// for closing moments (a round 2 may close as the next school year starts).
    pub fn fits(&self, year: SchoolYear) -> Result<(), PlanError> {
        let (starts_at, ends_at) = year
            .starts_at()
            .and_then(|starts_at| Ok((starts_at, year.ends_at()?)))
            .map_err(|_| PlanError::OutsideSchoolYear {
                field: FIELDS[0].0,
                year: year.to_string(),
                starts_at: OffsetDateTime::UNIX_EPOCH,
                ends_at: OffsetDateTime::UNIX_EPOCH,
            })?;
        for ((field, _), at) in FIELDS.iter().zip(moments(self.instants())) {
            if at.is_some_and(|at| at < starts_at || at > ends_at) {
                return Err(PlanError::OutsideSchoolYear {
                    field,
                    year: year.to_string(),
                    starts_at,
                    ends_at,
                });
            }
        }
        Ok(())
    }
}

impl LocalCalendar {
    /// The same calendar `years` later on the same weekdays and wall-clock times: every date
    /// moves by the same whole number of weeks, the one that brings the first moment nearest to
    /// its day of the month `years` on (Tuesday 17 March 2026 → Tuesday 16 March 2027), so the
    /// moments keep their order and distances. The result is a proposal; it is checked like any
    /// other calendar when saved.
    pub fn moved_by_years(&self, years: i32) -> LocalCalendar {
        let from = self.login_dispatch_opens_at.date();
        let shift = same_weekday(from, years) - from;
        let moved = |at: PrimitiveDateTime| at + shift;
        LocalCalendar {
            login_dispatch_opens_at: moved(self.login_dispatch_opens_at),
            login_dispatch_closes_at: moved(self.login_dispatch_closes_at),
            registration_opens_at: moved(self.registration_opens_at),
            registration_closes_at: moved(self.registration_closes_at),
            priority_verification_deadline: moved(self.priority_verification_deadline),
            placement_at: moved(self.placement_at),
            publication_at: moved(self.publication_at),
            round2_opens_at: self.round2_opens_at.map(moved),
            round2_closes_at: self.round2_closes_at.map(moved),
        }
    }
}

/// The date `years` on with the same weekday as `date`, nearest to the same day of the month.
fn same_weekday(date: Date, years: i32) -> Date {
    let year = date.year() + years;
    // 29 February of a leap year becomes 28 February in a common year.
    let target = (date.day()..=date.day())
        .chain((28..date.day()).rev())
        .find_map(|day| Date::from_calendar_date(year, date.month(), day).ok())
        .unwrap_or(date);
    let weeks = ((target - date).whole_days() as f64 / 7.0).round() as i64;
    date + Duration::weeks(weeks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn year(label: &str) -> SchoolYear {
        SchoolYear::parse(label).unwrap()
    }

    fn amstelland_2027() -> LocalCalendar {
        LocalCalendar::AMSTELLAND_2026.moved_by_years(1)
    }

    #[test]
    fn a_copy_keeps_weekdays_and_times_one_year_on() {
        let next = amstelland_2027();
        assert_eq!(next.login_dispatch_opens_at, datetime!(2027-03-16 00:00));
        assert_eq!(next.registration_opens_at, datetime!(2027-03-24 00:00));
        assert_eq!(next.publication_at, datetime!(2027-04-14 16:00));
        let from = LocalCalendar::AMSTELLAND_2026;
        assert_eq!(next.publication_at.weekday(), from.publication_at.weekday());
        assert_eq!(next.round2_opens_at, None);
    }

    #[test]
    fn every_moment_moves_by_the_same_weeks_so_order_and_distances_stay() {
        let from = LocalCalendar::AMSTELLAND_2026;
        let moved = from.moved_by_years(3);
        assert_eq!(
            moved.publication_at - moved.login_dispatch_opens_at,
            from.publication_at - from.login_dispatch_opens_at
        );
        assert_eq!(
            moved.login_dispatch_opens_at.weekday(),
            from.login_dispatch_opens_at.weekday()
        );
        assert_eq!(moved.login_dispatch_opens_at.year(), 2029);
    }

    #[test]
    fn the_nearest_same_weekday_is_taken_over_several_years_and_leap_days() {
        for (from, years) in [
            (date!(2026 - 03 - 17), 1),
            (date!(2026 - 03 - 17), 3),
            (date!(2024 - 02 - 29), 1),
            (date!(2026 - 12 - 31), 1),
            (date!(2026 - 03 - 25), 7),
        ] {
            let moved = same_weekday(from, years);
            assert_eq!(moved.weekday(), from.weekday(), "{from} + {years}");
            assert_eq!(
                moved.year() - from.year(),
                years,
                "{from} + {years}: {moved}"
            );
            let same_day =
                Date::from_calendar_date(moved.year(), from.month(), from.day().min(28)).unwrap();
            assert!(
                (moved - same_day).whole_days().abs() <= 4,
                "{from} + {years}: {moved}"
            );
        }
    }

    #[test]
    fn a_plan_in_the_future_inside_its_school_year_is_accepted() {
        let plan = Calendar::plan(
            &amstelland_2027(),
            year("2026-2027"),
            datetime!(2026-12-07 12:00 UTC),
        );
        let calendar = plan.unwrap();
        assert_eq!(
            calendar.instants().registration_opens_at,
            datetime!(2027-03-23 23:00 UTC)
        );
    }

    #[test]
    fn a_plan_outside_its_school_year_or_in_the_past_is_refused() {
        let now = datetime!(2026-12-07 12:00 UTC);
        assert!(matches!(
            Calendar::plan(&amstelland_2027(), year("2027-2028"), now),
            Err(PlanError::OutsideSchoolYear {
                field: "login_dispatch_opens_at",
                ..
            })
        ));
        assert_eq!(
            Calendar::plan(
                &amstelland_2027(),
                year("2026-2027"),
                datetime!(2027-03-20 12:00 UTC)
            ),
            Err(PlanError::InThePast {
                field: "login_dispatch_opens_at"
            })
        );
        let mut late_round2 = amstelland_2027();
        late_round2.round2_opens_at = Some(datetime!(2027-06-01 09:00));
        late_round2.round2_closes_at = Some(datetime!(2027-08-02 00:00));
        assert!(matches!(
            Calendar::plan(&late_round2, year("2026-2027"), now),
            Err(PlanError::OutsideSchoolYear {
                field: "round2_closes_at",
                ..
            })
        ));
        late_round2.round2_closes_at = Some(datetime!(2027-08-01 00:00));
        assert!(Calendar::plan(&late_round2, year("2026-2027"), now).is_ok());
    }

    #[test]
    fn a_time_the_clock_skips_or_repeats_is_refused_with_its_field() {
        let now = datetime!(2026-12-07 12:00 UTC);
        let mut gap = amstelland_2027();
        // 28 March 2027 is the switch to summer time: 02:00–03:00 does not exist.
        gap.publication_at = datetime!(2027-03-28 02:30);
        gap.placement_at = datetime!(2027-03-28 00:00);
        gap.priority_verification_deadline = datetime!(2027-03-28 00:00);
        assert!(matches!(
            Calendar::plan(&gap, year("2026-2027"), now),
            Err(PlanError::Calendar(CalendarError::LocalTime {
                field: "publication_at",
                ..
            }))
        ));
    }

    #[test]
    fn moments_of_a_phase_that_began_stay_and_later_ones_may_move() {
        let year = year("2026-2027");
        let planned =
            Calendar::plan(&amstelland_2027(), year, datetime!(2026-12-07 12:00 UTC)).unwrap();
        // In the registration week (opened 24 March 2027 00:00 local).
        let now = datetime!(2027-03-25 12:00 UTC);
        let mut later = amstelland_2027();
        later.publication_at = datetime!(2027-04-15 16:00);
        let (amended, changed) = planned.amend(&later, year, now).unwrap();
        assert_eq!(changed, vec!["publication_at"]);
        assert_eq!(
            amended.instants().publication_at,
            datetime!(2027-04-15 14:00 UTC)
        );

        let mut longer_week = amstelland_2027();
        longer_week.registration_closes_at = datetime!(2027-04-01 00:00);
        assert_eq!(
            planned.amend(&longer_week, year, now),
            Err(PlanError::PhaseStarted {
                field: "registration_closes_at",
                phase: Phase::Registration,
                started_at: datetime!(2027-03-23 23:00 UTC),
            })
        );

        let mut past = amstelland_2027();
        past.priority_verification_deadline = datetime!(2027-03-25 00:00);
        past.placement_at = datetime!(2027-03-25 00:00);
        assert!(matches!(
            planned.amend(&past, year, now),
            Err(PlanError::Calendar(CalendarError::OutOfOrder {
                later: "priority_verification_deadline",
                ..
            }))
        ));

        let (unchanged, none) = planned.amend(&amstelland_2027(), year, now).unwrap();
        assert_eq!(unchanged, planned);
        assert!(none.is_empty());
    }

    #[test]
    fn a_round_2_can_be_added_later_but_not_in_the_past() {
        let year = year("2026-2027");
        let planned =
            Calendar::plan(&amstelland_2027(), year, datetime!(2026-12-07 12:00 UTC)).unwrap();
        let now = datetime!(2027-05-01 12:00 UTC);
        let mut with_round2 = amstelland_2027();
        with_round2.round2_opens_at = Some(datetime!(2027-05-10 09:00));
        with_round2.round2_closes_at = Some(datetime!(2027-05-20 00:00));
        let (_, changed) = planned.amend(&with_round2, year, now).unwrap();
        assert_eq!(changed, vec!["round2_opens_at", "round2_closes_at"]);
        with_round2.round2_opens_at = Some(datetime!(2027-04-30 09:00));
        assert_eq!(
            planned.amend(&with_round2, year, now),
            Err(PlanError::InThePast {
                field: "round2_opens_at"
            })
        );
    }
}
