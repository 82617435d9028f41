//! The names a parent knows the pupil fields by, for the correction e-mail.

use overstap_domain::Language;
use overstap_domain::pupil::PupilField;

use crate::mail::render::report;
use crate::mail::texts::Texts;

/// The message with the name of a pupil field.
pub(crate) fn field_message(field: PupilField) -> &'static str {
    match field {
        PupilField::Name => "pupil-field-name",
        PupilField::BirthDate => "pupil-field-birth-date",
        PupilField::Advice => "pupil-field-advice",
        PupilField::Lwoo => "pupil-field-lwoo",
        PupilField::Address => "pupil-field-address",
        PupilField::HomeTown => "pupil-field-home-town",
        PupilField::ParentEmails => "pupil-field-parent-emails",
    }
}

/// The name a parent knows a pupil field by.
pub fn field_name(field: PupilField, language: Language) -> String {
    let texts = Texts::new(language, Vec::new());
    let name = texts.get(field_message(field), &[]);
    let problems = texts.problems();
    if !problems.is_empty() {
        report("field_name", language, &problems);
    }
    name
}
