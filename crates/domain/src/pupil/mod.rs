//! The pupil data on the registration form, and what a correction by the PO school changed.

pub mod paper_route;
pub mod record;

use crate::advice::Advice;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::Date;

/// The data a parent checks on the form. Only the PO school changes it (parents report
/// errors to the school), and each change makes a new form version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PupilDetails {
    pub name: String,
    pub birth_date: Date,
    pub advice: Advice,
    /// Learning support (leerwegondersteuning); informs schools, never limits eligibility.
    pub lwoo: bool,
    pub address: String,
    pub home_town: String,
    pub parent_emails: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PupilField {
    Name,
    BirthDate,
    Advice,
    Lwoo,
    Address,
    HomeTown,
    ParentEmails,
}

impl PupilField {
    pub const ALL: [PupilField; 7] = [
        PupilField::Name,
        PupilField::BirthDate,
        PupilField::Advice,
        PupilField::Lwoo,
        PupilField::Address,
        PupilField::HomeTown,
        PupilField::ParentEmails,
    ];

    pub const fn as_str(&self) -> &'static str {
        match self {
            PupilField::Name => "name",
            PupilField::BirthDate => "birth_date",
            PupilField::Advice => "advice",
            PupilField::Lwoo => "lwoo",
            PupilField::Address => "address",
            PupilField::HomeTown => "home_town",
            PupilField::ParentEmails => "parent_emails",
        }
    }
}

impl fmt::Display for PupilField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PupilDetails {
    /// The fields that differ in `corrected`, in form order: what the parent is told.
    pub fn changed_fields(&self, corrected: &PupilDetails) -> Vec<PupilField> {
        [
            (PupilField::Name, self.name != corrected.name),
            (
                PupilField::BirthDate,
                self.birth_date != corrected.birth_date,
            ),
            (PupilField::Advice, self.advice != corrected.advice),
            (PupilField::Lwoo, self.lwoo != corrected.lwoo),
            (PupilField::Address, self.address != corrected.address),
            (PupilField::HomeTown, self.home_town != corrected.home_town),
            (
                PupilField::ParentEmails,
                self.parent_emails != corrected.parent_emails,
            ),
        ]
        .into_iter()
        .filter_map(|(field, changed)| changed.then_some(field))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn pupil() -> PupilDetails {
        PupilDetails {
            name: "Sem Jansen".into(),
            birth_date: date!(2014 - 05 - 02),
            advice: Advice::Havo,
            lwoo: false,
            address: "Dorpsstraat 1".into(),
            home_town: "Amstelveen".into(),
            parent_emails: vec!["ouder@example.nl".into()],
        }
    }

    #[test]
    fn changed_fields_lists_exactly_the_corrected_fields_in_form_order() {
        let mut corrected = pupil();
        corrected.parent_emails = vec!["ouder@example.com".into()];
        corrected.advice = Advice::HavoVwo;
        assert_eq!(
            pupil().changed_fields(&corrected),
            [PupilField::Advice, PupilField::ParentEmails]
        );
        assert!(pupil().changed_fields(&pupil()).is_empty());
    }
}
