//! Every event window of the Amstelland 2026 calendar at its edges: the last second outside,
//! the first inside, the last inside and the first outside again.

use super::*;
use crate::ids::RegistrationId;
use crate::test_support::World;
use time::Duration;
use time::macros::datetime;
use uuid::Uuid;

const SECOND: Duration = Duration::SECOND;

fn registration_in(status: RegistrationStatus, world: &World) -> Registration {
    Registration::restore(RegistrationParts {
        id: RegistrationId::from_uuid(Uuid::from_u128(1)),
        pupil: world.pupil,
        status,
        form_version: 1,
        login_version: u32::from(status != Wit),
        draft: matches!(status, Ag | Av).then(|| world.draft(5)),
        week_closed: false,
    })
    .unwrap()
}

/// The event applied to a registration in a status that allows it.
fn attempt(
    event: RegistrationEvent,
    now: OffsetDateTime,
) -> Result<RegistrationStatus, RegistrationError> {
    let world = World::amstelland();
    let calendar = Calendar::amstelland_2026();
    let result = match event {
        RegistrationEvent::SendLogin => registration_in(Wit, &world).send_login(&calendar, now),
        RegistrationEvent::ResendLogin => {
            registration_in(Blauw, &world).resend_login(&calendar, now)
        }
        RegistrationEvent::ActivateAccount => {
            registration_in(Blauw, &world).activate_account(1, &calendar, now)
        }
        RegistrationEvent::SaveDraft => {
            registration_in(Groen, &world).save_draft(world.draft(2), &calendar, now)
        }
        RegistrationEvent::Confirm => registration_in(Ag, &world)
            .confirm(&world.context(), &calendar, now)
            .map(|(confirmed, _)| confirmed),
        RegistrationEvent::Withdraw => registration_in(Av, &world).withdraw(&calendar, now),
        RegistrationEvent::CorrectPupilData => registration_in(Av, &world)
            .correct_pupil_data(&[crate::pupil::PupilField::Name])
            .map(|correction| correction.registration),
        RegistrationEvent::CloseWeek => registration_in(Av, &world).close_week(&calendar, now),
    };
    result.map(|registration| registration.status())
}

fn assert_window(event: RegistrationEvent, opens_at: OffsetDateTime, closes_at: OffsetDateTime) {
    let closed = Err(RegistrationError::WindowClosed {
        event,
        opens_at,
        closes_at,
    });
    assert_eq!(
        attempt(event, opens_at - SECOND),
        closed,
        "{event} just before {opens_at}"
    );
    assert!(attempt(event, opens_at).is_ok(), "{event} at {opens_at}");
    assert!(
        attempt(event, closes_at - SECOND).is_ok(),
        "{event} in its last second"
    );
    assert_eq!(attempt(event, closes_at), closed, "{event} at {closes_at}");
    assert_eq!(
        attempt(event, closes_at + SECOND),
        closed,
        "{event} after {closes_at}"
    );
}

#[test]
fn logins_are_sent_and_activated_from_17_march_until_the_week_closes() {
    for event in [
        RegistrationEvent::SendLogin,
        RegistrationEvent::ResendLogin,
        RegistrationEvent::ActivateAccount,
    ] {
        assert_window(
            event,
            datetime!(2026-03-16 23:00 UTC),
            datetime!(2026-03-31 22:00 UTC),
        );
    }
}

#[test]
fn lists_change_only_from_24_march_23_00_utc_until_31_march_21_59_59_utc() {
    for event in [
        RegistrationEvent::SaveDraft,
        RegistrationEvent::Confirm,
        RegistrationEvent::Withdraw,
    ] {
        assert_window(
            event,
            datetime!(2026-03-24 23:00 UTC),
            datetime!(2026-03-31 22:00 UTC),
        );
        assert!(attempt(event, datetime!(2026-03-31 21:59:59 UTC)).is_ok());
    }
}

#[test]
fn a_list_can_be_confirmed_on_both_sides_of_the_switch_to_summer_time() {
    for now in [
        datetime!(2026-03-29 00:59:59 UTC),
        datetime!(2026-03-29 01:00 UTC),
    ] {
        assert_eq!(attempt(RegistrationEvent::Confirm, now), Ok(Av), "{now}");
    }
}

#[test]
fn the_week_closes_at_1_april_00_00_amsterdam_time_and_not_a_second_earlier() {
    let closes_at = datetime!(2026-03-31 22:00 UTC);
    assert_eq!(
        attempt(RegistrationEvent::CloseWeek, closes_at - SECOND),
        Err(RegistrationError::WeekStillOpen { closes_at })
    );
    assert_eq!(attempt(RegistrationEvent::CloseWeek, closes_at), Ok(Av));
}

#[test]
fn pupil_data_corrections_have_no_window() {
    assert_eq!(
        RegistrationEvent::CorrectPupilData.window(&Calendar::amstelland_2026()),
        None
    );
    assert_eq!(
        attempt(
            RegistrationEvent::CorrectPupilData,
            datetime!(2026-12-31 00:00 UTC)
        ),
        Ok(Av)
    );
}

#[test]
fn the_window_refusal_states_the_event_and_both_moments() {
    let error = attempt(RegistrationEvent::Confirm, datetime!(2026-04-01 09:00 UTC)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "confirm is possible from 2026-03-24T23:00:00Z until (not including) 2026-03-31T22:00:00Z"
    );
}
