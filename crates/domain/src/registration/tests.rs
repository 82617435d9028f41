use super::*;
use crate::ids::RegistrationId;
use crate::preference::PreferenceError;
use crate::pupil::PupilField;
use crate::test_support::World;
use time::macros::datetime;
use uuid::Uuid;

use RegistrationEvent::{
    ActivateAccount, CloseWeek, Confirm, CorrectPupilData, ResendLogin, SaveDraft, SendLogin,
    Withdraw,
};

const DURING_THE_WEEK: OffsetDateTime = datetime!(2026-03-26 10:00 UTC);
const AFTER_THE_WEEK: OffsetDateTime = datetime!(2026-04-01 10:00 UTC);

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

/// Applies `event` with valid arguments at a moment inside its window.
fn apply(
    registration: &Registration,
    event: RegistrationEvent,
    world: &World,
) -> Result<Registration, RegistrationError> {
    let calendar = Calendar::amstelland_2026();
    let now = DURING_THE_WEEK;
    match event {
        SendLogin => registration.send_login(&calendar, now),
        ResendLogin => registration.resend_login(&calendar, now),
        ActivateAccount => {
            registration.activate_account(registration.login_version(), &calendar, now)
        }
        SaveDraft => registration.save_draft(world.draft(3), &calendar, now),
        Confirm => registration
            .confirm(&world.context(), &calendar, now)
            .map(|(confirmed, _)| confirmed),
        Withdraw => registration.withdraw(&calendar, now),
        CorrectPupilData => registration
            .correct_pupil_data(&[PupilField::Address])
            .map(|correction| correction.registration),
        CloseWeek => registration.close_week(&calendar, AFTER_THE_WEEK),
    }
}

fn refused(
    status: RegistrationStatus,
    event: RegistrationEvent,
) -> Result<RegistrationStatus, RegistrationError> {
    Err(RegistrationError::NotAllowedInStatus { status, event })
}

#[test]
fn every_status_and_event_pair_gives_the_new_status_or_the_exact_refusal() {
    let table: [(
        RegistrationStatus,
        RegistrationEvent,
        Result<RegistrationStatus, RegistrationError>,
    ); 40] = [
        (Wit, SendLogin, Ok(Blauw)),
        (Wit, ResendLogin, refused(Wit, ResendLogin)),
        (Wit, ActivateAccount, refused(Wit, ActivateAccount)),
        (Wit, SaveDraft, refused(Wit, SaveDraft)),
        (Wit, Confirm, refused(Wit, Confirm)),
        (Wit, Withdraw, refused(Wit, Withdraw)),
        (Wit, CorrectPupilData, Ok(Wit)),
        (Wit, CloseWeek, Ok(Wit)),
        (Blauw, SendLogin, refused(Blauw, SendLogin)),
        (Blauw, ResendLogin, Ok(Blauw)),
        (Blauw, ActivateAccount, Ok(Groen)),
        (Blauw, SaveDraft, refused(Blauw, SaveDraft)),
        (Blauw, Confirm, refused(Blauw, Confirm)),
        (Blauw, Withdraw, refused(Blauw, Withdraw)),
        (Blauw, CorrectPupilData, Ok(Blauw)),
        (Blauw, CloseWeek, Ok(Blauw)),
        (Groen, SendLogin, refused(Groen, SendLogin)),
        (Groen, ResendLogin, refused(Groen, ResendLogin)),
        (Groen, ActivateAccount, refused(Groen, ActivateAccount)),
        (Groen, SaveDraft, Ok(Ag)),
        (Groen, Confirm, refused(Groen, Confirm)),
        (Groen, Withdraw, refused(Groen, Withdraw)),
        (Groen, CorrectPupilData, Ok(Groen)),
        (Groen, CloseWeek, Ok(Groen)),
        (Ag, SendLogin, refused(Ag, SendLogin)),
        (Ag, ResendLogin, refused(Ag, ResendLogin)),
        (Ag, ActivateAccount, refused(Ag, ActivateAccount)),
        (Ag, SaveDraft, Ok(Ag)),
        (Ag, Confirm, Ok(Av)),
        (Ag, Withdraw, refused(Ag, Withdraw)),
        (Ag, CorrectPupilData, Ok(Ag)),
        (Ag, CloseWeek, Ok(Ag)),
        (Av, SendLogin, refused(Av, SendLogin)),
        (Av, ResendLogin, refused(Av, ResendLogin)),
        (Av, ActivateAccount, refused(Av, ActivateAccount)),
        (Av, SaveDraft, refused(Av, SaveDraft)),
        (Av, Confirm, refused(Av, Confirm)),
        (Av, Withdraw, Ok(Ag)),
        (Av, CorrectPupilData, Ok(Av)),
        (Av, CloseWeek, Ok(Av)),
    ];
    for status in RegistrationStatus::ALL {
        for event in RegistrationEvent::ALL {
            let rows = table
                .iter()
                .filter(|(s, e, _)| *s == status && *e == event)
                .count();
            assert_eq!(rows, 1, "{status} × {event} appears {rows} times");
        }
    }
    let world = World::amstelland();
    for (status, event, expected) in table {
        let actual = apply(&registration_in(status, &world), event, &world).map(|r| r.status());
        assert_eq!(actual, expected, "{status} × {event}");
    }
}

#[test]
fn a_parent_goes_from_white_to_registered_withdraws_and_confirms_again() {
    let world = World::amstelland();
    let calendar = Calendar::amstelland_2026();
    let now = DURING_THE_WEEK;
    let registration =
        Registration::new(RegistrationId::from_uuid(Uuid::from_u128(2)), world.pupil)
            .send_login(&calendar, datetime!(2026-03-18 09:00 UTC))
            .unwrap()
            .activate_account(1, &calendar, now)
            .unwrap()
            .save_draft(world.draft(5), &calendar, now)
            .unwrap()
            .confirm(&world.context(), &calendar, now)
            .unwrap()
            .0;
    assert_eq!(registration.status(), Av);
    let withdrawn = registration.withdraw(&calendar, now).unwrap();
    assert_eq!(withdrawn.status(), Ag);
    assert_eq!(withdrawn.draft(), Some(&world.draft(5)));
    let (confirmed, list) = withdrawn.confirm(&world.context(), &calendar, now).unwrap();
    assert_eq!(
        list.choices().len(),
        5,
        "the list as parsed comes back with the confirmation"
    );
    let closed = confirmed.close_week(&calendar, AFTER_THE_WEEK).unwrap();
    assert!(closed.takes_part_in_placement());
    assert_eq!(
        closed
            .definitive_list(&world.context())
            .unwrap()
            .unwrap()
            .distinct_schools(),
        5
    );
}

#[test]
fn a_started_list_that_is_not_definitive_at_the_close_does_not_take_part() {
    let world = World::amstelland();
    let closed = registration_in(Ag, &world)
        .close_week(&Calendar::amstelland_2026(), AFTER_THE_WEEK)
        .unwrap();
    assert!(closed.week_closed());
    assert!(!closed.takes_part_in_placement());
    assert_eq!(closed.definitive_list(&world.context()), None);
}

#[test]
fn resending_the_login_makes_the_earlier_link_stale() {
    let world = World::amstelland();
    let calendar = Calendar::amstelland_2026();
    let resent = registration_in(Blauw, &world)
        .resend_login(&calendar, DURING_THE_WEEK)
        .unwrap();
    assert_eq!(resent.login_version(), 2);
    assert_eq!(
        resent.activate_account(1, &calendar, DURING_THE_WEEK),
        Err(RegistrationError::StaleLoginLink {
            given: 1,
            current: 2
        })
    );
    assert_eq!(
        resent
            .activate_account(2, &calendar, DURING_THE_WEEK)
            .map(|r| r.status()),
        Ok(Groen)
    );
}

#[test]
fn confirming_a_short_list_is_refused_with_the_required_and_given_length() {
    let world = World::amstelland();
    let calendar = Calendar::amstelland_2026();
    let registration = registration_in(Groen, &world)
        .save_draft(world.draft(3), &calendar, DURING_THE_WEEK)
        .unwrap();
    let Err(RegistrationError::InvalidList(errors)) =
        registration.confirm(&world.context(), &calendar, DURING_THE_WEEK)
    else {
        panic!("a list of 3 schools was accepted");
    };
    assert_eq!(
        errors.into_vec(),
        [PreferenceError::TooShort {
            required: 5,
            given: 3
        }]
    );
}

#[test]
fn saving_an_empty_draft_is_refused() {
    let world = World::amstelland();
    assert_eq!(
        registration_in(Groen, &world).save_draft(
            ListDraft::default(),
            &Calendar::amstelland_2026(),
            DURING_THE_WEEK
        ),
        Err(RegistrationError::EmptyDraft)
    );
}

#[test]
fn a_correction_makes_a_new_form_version_and_keeps_a_definitive_registration_definitive() {
    let world = World::amstelland();
    let correction = registration_in(Av, &world)
        .correct_pupil_data(&[
            PupilField::ParentEmails,
            PupilField::Advice,
            PupilField::Advice,
        ])
        .unwrap();
    assert_eq!(correction.registration.status(), Av);
    assert_eq!(correction.registration.form_version(), 2);
    assert_eq!(correction.registration.login_version(), 1);
    assert_eq!(
        correction.changes,
        [PupilField::Advice, PupilField::ParentEmails]
    );
    assert!(correction.notify_parent);
    let before_login = registration_in(Blauw, &world)
        .correct_pupil_data(&[PupilField::Name])
        .unwrap();
    assert!(!before_login.notify_parent);
    assert_eq!(
        registration_in(Wit, &world).correct_pupil_data(&[]),
        Err(RegistrationError::NothingChanged)
    );
}

#[test]
fn stored_fields_that_contradict_the_status_are_refused_on_restore() {
    let world = World::amstelland();
    let parts = registration_in(Av, &world).to_parts();
    assert_eq!(
        Registration::restore(parts.clone()).unwrap().to_parts(),
        parts
    );
    assert_eq!(
        Registration::restore(RegistrationParts {
            draft: None,
            ..parts.clone()
        }),
        Err(RestoreError::Draft {
            status: Av,
            has_draft: false
        })
    );
    assert_eq!(
        Registration::restore(RegistrationParts {
            status: Wit,
            ..parts.clone()
        }),
        Err(RestoreError::LoginVersion {
            status: Wit,
            login_version: 1
        })
    );
    assert_eq!(
        Registration::restore(RegistrationParts {
            form_version: 0,
            ..parts
        }),
        Err(RestoreError::FormVersionZero)
    );
    let mut groen = registration_in(Groen, &world).to_parts();
    groen.draft = Some(world.draft(1));
    assert_eq!(
        Registration::restore(groen),
        Err(RestoreError::Draft {
            status: Groen,
            has_draft: true
        })
    );
}
