//! The PO school corrected the child's data: which fields changed, and that a definitive
//! registration stays definitive.

use overstap_domain::Language;
use overstap_domain::pupil::PupilField;
use overstap_persistence::outbox::NewMail;

use crate::mail::pupil_fields::field_message;
use crate::mail::render::Mail;

/// The PO school corrected the child's data.
pub struct DataCorrected<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub changes: &'a [PupilField],
    pub school_name: &'a str,
    pub portal_link: &'a str,
}

pub fn data_corrected(recipient: &str, mail: &DataCorrected<'_>) -> NewMail {
    let fields: Vec<&str> = mail.changes.iter().map(|f| field_message(*f)).collect();
    Mail::new("data-corrected", mail.language)
        .arg("child", mail.child_first_name)
        .arg("school", mail.school_name)
        .arg("link", mail.portal_link)
        .value("fields", fields)
        .into_mail(recipient)
}
