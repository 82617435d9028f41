//! The registration was withdrawn (AV -> AG): the list stays as a draft, but it no longer
//! counts until the parent confirms it again within the registration week.

use overstap_domain::Language;
use overstap_domain::i18n::format_last_moment;
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use crate::mail::render::Mail;

/// The registration was withdrawn (AV → AG): it no longer counts until confirmed again.
pub struct Withdrawn<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    /// Exclusive end of the registration week.
    pub closes_at: OffsetDateTime,
    pub portal_link: &'a str,
}

pub fn withdrawn(recipient: &str, mail: &Withdrawn<'_>) -> NewMail {
    Mail::new("withdrawn", mail.language)
        .arg("child", mail.child_first_name)
        .arg("link", mail.portal_link)
        .arg("until", format_last_moment(mail.closes_at, mail.language))
        .into_mail(recipient)
}
