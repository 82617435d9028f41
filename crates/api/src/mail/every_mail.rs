//! Every e-mail in every variant, for the rendering tests.

use overstap_domain::pupil::PupilField;
use overstap_domain::{Language, PriorityClaim, RegistrationStatus};
use overstap_persistence::outbox::NewMail;
use time::macros::datetime;

use crate::mail::messages::{
    AddressChanged, Confirmation, ConfirmedProgramme, DataCorrected, ParentLogin, PasswordReset,
    PlaceChange, PlacementChanged, PlacementResult, Reminder, Round2Confirmation, TwinUnlinked,
    Withdrawn, address_changed, confirmation, data_corrected, parent_login, password_reset,
    placement_changed, placement_result, reminder, round2_confirmation, twin_unlinked, withdrawn,
};

pub(super) const LINK: &str = "https://example.nl/ouder?token=abc&x=1";

/// Every e-mail in every variant its template has, in `language`, with `name` as every
/// name: the child, the twin, the schools, the programmes and the towns. Rendering panics on
/// any missing message, unknown variable or template error.
pub(super) fn every_mail(language: Language, name: &str) -> Vec<NewMail> {
    let programmes = [
        ConfirmedProgramme {
            rank: 2,
            programme_name: name,
            school_name: name,
            town: name,
        },
        ConfirmedProgramme {
            rank: 1,
            programme_name: "havo/vwo",
            school_name: "X",
            town: "Y",
        },
    ];
    let (opens, closes) = (
        datetime!(2026-03-24 23:00 UTC),
        datetime!(2026-03-31 22:00 UTC),
    );
    let fields = PupilField::ALL;
    let mut mails = vec![
        parent_login(
            "a@example.nl",
            &ParentLogin {
                language,
                child_first_name: name,
                elk_number: "123456789012",
                activation_link: LINK,
                valid_until: closes,
                registration_opens_at: opens,
                school_name: name,
            },
        ),
        data_corrected(
            "a@example.nl",
            &DataCorrected {
                language,
                child_first_name: name,
                changes: &fields,
                school_name: name,
                portal_link: LINK,
            },
        ),
        address_changed(
            "a@example.nl",
            &AddressChanged {
                language,
                child_first_name: name,
                school_name: name,
            },
        ),
        twin_unlinked(
            "a@example.nl",
            &TwinUnlinked {
                language,
                child_first_name: name,
                twin_first_name: name,
                school_name: name,
                portal_link: LINK,
            },
        ),
        password_reset(
            "a@example.nl",
            &PasswordReset {
                language,
                child_first_name: name,
                elk_number: "123456789012",
                reset_link: LINK,
                valid_until: closes,
            },
        ),
        round2_confirmation(
            "a@example.nl",
            &Round2Confirmation {
                language,
                child_first_name: name,
                programmes: &programmes,
                confirmed_at: opens,
                closes_at: closes,
                portal_link: LINK,
            },
        ),
        withdrawn(
            "a@example.nl",
            &Withdrawn {
                language,
                child_first_name: name,
                closes_at: closes,
                portal_link: LINK,
            },
        ),
    ];
    for status in [
        RegistrationStatus::Wit,
        RegistrationStatus::Blauw,
        RegistrationStatus::Groen,
        RegistrationStatus::Ag,
        RegistrationStatus::Av,
    ] {
        mails.push(reminder(
            "a@example.nl",
            &Reminder {
                language,
                child_first_name: name,
                status,
                closes_at: closes,
                portal_link: LINK,
                school_name: name,
            },
        ));
    }
    let sibling = PriorityClaim::Sibling {
        name: name.to_owned(),
        class: name.to_owned(),
    };
    let claims = [
        (Some(&sibling), Some(name)),
        (Some(&PriorityClaim::StaffChild), None),
        (Some(&PriorityClaim::Hardship), None),
        (Some(&PriorityClaim::Kopklas), None),
        (None, None),
    ];
    for (claim, twin) in claims {
        mails.push(confirmation(
            "a@example.nl",
            &Confirmation {
                language,
                child_first_name: name,
                elk_number: "123456789012",
                programmes: &programmes,
                priority_claim: claim,
                twin_first_name: twin,
                confirmed_at: opens,
                closes_at: closes,
                publication_at: closes,
                portal_link: LINK,
            },
        ));
    }
    for change in [
        PlaceChange::Withdrawn,
        PlaceChange::OfferAccepted,
        PlaceChange::OfferDeclined,
    ] {
        mails.push(placement_changed(
            "a@example.nl",
            &PlacementChanged {
                language,
                child_first_name: name,
                change,
                programme_name: name,
                school_name: name,
                portal_link: LINK,
            },
        ));
    }
    let reserve = [(name, name, 4)];
    for rank in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 101] {
        let placed = ConfirmedProgramme {
            rank,
            programme_name: name,
            school_name: name,
            town: name,
        };
        mails.push(placement_result(
            "a@example.nl",
            &PlacementResult {
                language,
                child_first_name: name,
                placed: Some(placed),
                reserve: if rank == 2 { &reserve } else { &[] },
                round2_opens_at: None,
                portal_link: LINK,
            },
        ));
    }
    for (reserve, round2) in [(&reserve[..], Some(closes)), (&[][..], None)] {
        mails.push(placement_result(
            "a@example.nl",
            &PlacementResult {
                language,
                child_first_name: name,
                placed: None,
                reserve,
                round2_opens_at: round2,
                portal_link: LINK,
            },
        ));
    }
    mails
}
