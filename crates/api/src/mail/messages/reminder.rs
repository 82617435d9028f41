//! The registration is not complete yet and the registration week is closing.

use overstap_domain::i18n::format_last_moment;
use overstap_domain::{Language, RegistrationStatus};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use crate::mail::render::Mail;

/// The registration is not complete yet and the week is closing.
pub struct Reminder<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub status: RegistrationStatus,
    /// Exclusive end of the registration week.
    pub closes_at: OffsetDateTime,
    pub portal_link: &'a str,
    pub school_name: &'a str,
}

pub fn reminder(recipient: &str, mail: &Reminder<'_>) -> NewMail {
    Mail::new("reminder", mail.language)
        .arg("child", mail.child_first_name)
        .arg("school", mail.school_name)
        .arg("link", mail.portal_link)
        .arg("until", format_last_moment(mail.closes_at, mail.language))
        // The texts say what is still missing by the status the PO school sees.
        .arg("status", mail.status.as_str().to_lowercase())
        .into_mail(recipient)
}
