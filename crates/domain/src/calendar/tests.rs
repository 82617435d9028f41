use super::*;
use time::Duration;
use time::macros::datetime;

const SECOND: Duration = Duration::SECOND;

fn amstelland() -> Calendar {
    Calendar::amstelland_2026()
}

/// Checks a window at the second before it opens, the second it opens, its last second and
/// the second it closes.
fn assert_edges(
    calendar: &Calendar,
    phase: Phase,
    opens_at: OffsetDateTime,
    closes_at: Option<OffsetDateTime>,
) {
    assert!(
        !calendar.is_open(phase, opens_at - SECOND),
        "{phase} open before {opens_at}"
    );
    assert!(
        calendar.is_open(phase, opens_at),
        "{phase} closed at {opens_at}"
    );
    match closes_at {
        Some(closes_at) => {
            assert!(
                calendar.is_open(phase, closes_at - SECOND),
                "{phase} closed before {closes_at}"
            );
            assert!(
                calendar.is_open(phase, closes_at - Duration::MILLISECOND),
                "{phase} closed in its last second"
            );
            assert!(
                !calendar.is_open(phase, closes_at),
                "{phase} open at {closes_at}"
            );
        }
        None => assert!(calendar.is_open(phase, datetime!(2027-07-31 12:00 UTC))),
    }
}

#[test]
fn the_fixture_equals_the_amsterdam_local_table_of_domain_md() {
    assert_eq!(
        Calendar::from_local(&LocalCalendar::AMSTELLAND_2026),
        Ok(amstelland())
    );
    assert_eq!(amstelland().to_local(), LocalCalendar::AMSTELLAND_2026);
}

#[test]
fn the_registration_week_runs_from_24_march_23_00_utc_to_31_march_21_59_59_utc() {
    assert_edges(
        &amstelland(),
        Phase::Registration,
        datetime!(2026-03-24 23:00 UTC),
        Some(datetime!(2026-03-31 22:00 UTC)),
    );
    assert!(!amstelland().is_open(Phase::Registration, datetime!(2026-03-24 22:59:59 UTC)));
    assert!(amstelland().is_open(Phase::Registration, datetime!(2026-03-31 21:59:59 UTC)));
}

#[test]
fn the_registration_week_stays_open_across_the_switch_to_summer_time() {
    let calendar = amstelland();
    for now in [
        datetime!(2026-03-29 00:59:59 UTC),
        datetime!(2026-03-29 01:00:00 UTC),
        datetime!(2026-03-29 01:00:01 UTC),
    ] {
        assert!(calendar.is_open(Phase::Registration, now), "{now}");
    }
}

#[test]
fn login_dispatch_runs_from_17_march_to_24_march_inclusive() {
    assert_edges(
        &amstelland(),
        Phase::LoginDispatch,
        datetime!(2026-03-16 23:00 UTC),
        Some(datetime!(2026-03-24 23:00 UTC)),
    );
}

#[test]
fn priority_verification_runs_from_the_close_of_the_week_to_its_deadline() {
    assert_edges(
        &amstelland(),
        Phase::PriorityVerification,
        datetime!(2026-03-31 22:00 UTC),
        Some(datetime!(2026-04-07 22:00 UTC)),
    );
}

#[test]
fn placement_runs_from_the_verification_deadline_until_publication() {
    assert_edges(
        &amstelland(),
        Phase::Placement,
        datetime!(2026-04-07 22:00 UTC),
        Some(datetime!(2026-04-15 14:00 UTC)),
    );
}

#[test]
fn results_are_visible_from_15_april_16_00_summer_time_and_stay_visible() {
    assert_edges(
        &amstelland(),
        Phase::Publication,
        datetime!(2026-04-15 14:00 UTC),
        None,
    );
}

#[test]
fn the_amstelland_fixture_plans_no_round_2() {
    let calendar = amstelland();
    assert_eq!(calendar.window(Phase::Round2), None);
    assert!(!calendar.is_open(Phase::Round2, datetime!(2026-04-20 12:00 UTC)));
}

fn with_round2() -> Calendar {
    let mut local = LocalCalendar::AMSTELLAND_2026;
    local.round2_opens_at = Some(datetime!(2026-04-16 09:00));
    local.round2_closes_at = Some(datetime!(2026-04-21 00:00));
    Calendar::from_local(&local).unwrap()
}

#[test]
fn a_configured_round_2_has_edges_like_any_window() {
    assert_edges(
        &with_round2(),
        Phase::Round2,
        datetime!(2026-04-16 07:00 UTC),
        Some(datetime!(2026-04-20 22:00 UTC)),
    );
}

#[test]
fn the_current_phase_is_the_most_recently_opened_open_phase() {
    let calendar = with_round2();
    assert_eq!(
        calendar.current_phase(datetime!(2026-03-01 00:00 UTC)),
        None
    );
    assert_eq!(
        calendar.current_phase(datetime!(2026-03-20 00:00 UTC)),
        Some(Phase::LoginDispatch)
    );
    assert_eq!(
        calendar.current_phase(datetime!(2026-03-24 23:00 UTC)),
        Some(Phase::Registration)
    );
    assert_eq!(
        calendar.current_phase(datetime!(2026-04-01 00:00 UTC)),
        Some(Phase::PriorityVerification)
    );
    assert_eq!(
        calendar.current_phase(datetime!(2026-04-07 22:00 UTC)),
        Some(Phase::Placement)
    );
    assert_eq!(
        calendar.current_phase(datetime!(2026-04-15 14:00 UTC)),
        Some(Phase::Publication)
    );
    assert_eq!(
        calendar.current_phase(datetime!(2026-04-17 00:00 UTC)),
        Some(Phase::Round2)
    );
    assert_eq!(
        calendar.open_phases(datetime!(2026-04-17 00:00 UTC)),
        [Phase::Publication, Phase::Round2]
    );
    assert_eq!(
        calendar.current_phase(datetime!(2026-05-01 00:00 UTC)),
        Some(Phase::Publication)
    );
}

#[test]
fn the_next_phase_is_the_first_to_open_after_now() {
    let calendar = amstelland();
    assert_eq!(
        calendar.next_phase(datetime!(2026-01-01 00:00 UTC)),
        Some((Phase::LoginDispatch, datetime!(2026-03-16 23:00 UTC)))
    );
    assert_eq!(
        calendar.next_phase(datetime!(2026-03-24 22:59:59 UTC)),
        Some((Phase::Registration, datetime!(2026-03-24 23:00 UTC)))
    );
    assert_eq!(
        calendar.next_phase(datetime!(2026-03-24 23:00 UTC)),
        Some((Phase::PriorityVerification, datetime!(2026-03-31 22:00 UTC)))
    );
    assert_eq!(
        calendar.next_phase(datetime!(2026-03-31 22:00 UTC)),
        Some((Phase::Placement, datetime!(2026-04-07 22:00 UTC)))
    );
    assert_eq!(
        calendar.next_phase(datetime!(2026-04-07 22:00 UTC)),
        Some((Phase::Publication, datetime!(2026-04-15 14:00 UTC)))
    );
    assert_eq!(calendar.next_phase(datetime!(2026-04-15 14:00 UTC)), None);
    assert_eq!(
        with_round2().next_phase(datetime!(2026-04-15 14:00 UTC)),
        Some((Phase::Round2, datetime!(2026-04-16 07:00 UTC)))
    );
}

#[test]
fn a_calendar_whose_phases_are_out_of_order_is_refused_with_the_two_moments() {
    let mut instants = *amstelland().instants();
    instants.registration_closes_at = instants.registration_opens_at;
    assert_eq!(
        Calendar::new(instants),
        Err(CalendarError::OutOfOrder {
            earlier: "registration_opens_at",
            earlier_at: datetime!(2026-03-24 23:00 UTC),
            later: "registration_closes_at",
            later_at: datetime!(2026-03-24 23:00 UTC),
            strict: true,
        })
    );
    let mut instants = *amstelland().instants();
    instants.round2_opens_at = Some(datetime!(2026-04-16 07:00 UTC));
    assert_eq!(
        Calendar::new(instants),
        Err(CalendarError::Round2Incomplete)
    );
}

#[test]
fn a_local_time_skipped_by_the_summer_time_switch_is_refused() {
    let mut local = LocalCalendar::AMSTELLAND_2026;
    local.registration_closes_at = datetime!(2026-03-29 02:30);
    assert_eq!(
        Calendar::from_local(&local),
        Err(CalendarError::LocalTime {
            field: "registration_closes_at",
            source: crate::tz::LocalTimeError::Nonexistent {
                local: datetime!(2026-03-29 02:30)
            },
        })
    );
}

#[test]
fn a_calendar_round_trips_through_serde_as_rfc3339_and_is_validated_on_the_way_in() {
    let json = serde_json::to_string(&with_round2()).unwrap();
    assert!(
        json.contains("\"registration_opens_at\":\"2026-03-24T23:00:00Z\""),
        "{json}"
    );
    assert_eq!(
        serde_json::from_str::<Calendar>(&json).unwrap(),
        with_round2()
    );
    let broken = json.replace("2026-03-31T22:00:00Z", "2026-03-20T22:00:00Z");
    assert!(serde_json::from_str::<Calendar>(&broken).is_err());
}

#[test]
fn a_calendar_error_names_both_fields_and_moments() {
    let mut instants = *amstelland().instants();
    instants.publication_at = instants.placement_at;
    assert_eq!(
        Calendar::new(instants).unwrap_err().to_string(),
        "publication_at (2026-04-07T22:00:00Z) must be after placement_at (2026-04-07T22:00:00Z)"
    );
}
