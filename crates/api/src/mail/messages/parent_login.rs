//! The "ouder inlog": the personal link with which a parent creates the account.

use overstap_domain::Language;
use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use crate::mail::render::Mail;

/// The "ouder inlog": the personal link that creates the parent's account.
pub struct ParentLogin<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub elk_number: &'a str,
    pub activation_link: &'a str,
    /// Exclusive end of the link's validity: the close of the registration week.
    pub valid_until: OffsetDateTime,
    pub registration_opens_at: OffsetDateTime,
    pub school_name: &'a str,
}

pub fn parent_login(recipient: &str, mail: &ParentLogin<'_>) -> NewMail {
    let language = mail.language;
    Mail::new("parent-login", language)
        .arg("child", mail.child_first_name)
        .arg("school", mail.school_name)
        .arg("elk", mail.elk_number)
        .arg("link", mail.activation_link)
        .arg(
            "opens",
            format_date_time(mail.registration_opens_at, language),
        )
        .arg("until", format_last_moment(mail.valid_until, language))
        .into_mail(recipient)
}
