//! A VO school changed the child's place after publication: it withdrew the place at the
//! parents' request, or recorded the parents' answer to a reserve-list offer. The parent hears
//! of every change to the place, whoever typed it in.

use overstap_domain::Language;
use overstap_persistence::outbox::NewMail;

use crate::mail::render::Mail;

/// What the school recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceChange {
    /// The place was given up at the parents' request; round 2 is open to the child.
    Withdrawn,
    /// The parents accepted a freed seat from the reserve list: the child is placed there now.
    OfferAccepted,
    /// The parents declined the offered seat: the child keeps the place they had.
    OfferDeclined,
}

pub struct PlacementChanged<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub change: PlaceChange,
    pub programme_name: &'a str,
    pub school_name: &'a str,
    pub portal_link: &'a str,
}

pub fn placement_changed(recipient: &str, mail: &PlacementChanged<'_>) -> NewMail {
    let change = match mail.change {
        PlaceChange::Withdrawn => "withdrawn",
        PlaceChange::OfferAccepted => "offer-accepted",
        PlaceChange::OfferDeclined => "offer-declined",
    };
    Mail::new("placement-changed", mail.language)
        .arg("child", mail.child_first_name)
        .arg("change", change)
        .arg("programme", mail.programme_name)
        .arg("school", mail.school_name)
        .arg("link", mail.portal_link)
        .into_mail(recipient)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_change_in_every_language_names_the_child_the_place_and_the_school() {
        for language in [Language::Nl, Language::En, Language::Tr, Language::Ar] {
            let mut subjects = Vec::new();
            for change in [
                PlaceChange::Withdrawn,
                PlaceChange::OfferAccepted,
                PlaceChange::OfferDeclined,
            ] {
                let mail = placement_changed(
                    "ouder@example.org",
                    &PlacementChanged {
                        language,
                        child_first_name: "Noor",
                        change,
                        programme_name: "havo/vwo",
                        school_name: "Het Amstel College",
                        portal_link: "http://localhost:8080/ouder/uitslag",
                    },
                );
                for part in [&mail.body_text, &mail.body_html] {
                    for needle in ["Noor", "havo/vwo", "Het Amstel College", "/ouder/uitslag"] {
                        assert!(part.contains(needle), "{language:?} {change:?}: {needle}");
                    }
                }
                subjects.push(mail.subject);
            }
            subjects.dedup();
            assert_eq!(subjects.len(), 3, "{language:?}: one subject per change");
        }
    }
}
