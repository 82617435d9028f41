//! A password-reset link, sent to the address the primary school has on file.

use overstap_domain::Language;
use overstap_domain::i18n::format_date_time;
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use crate::mail::render::Mail;

/// A password-reset link, sent to the address the primary school has on file.
pub struct PasswordReset<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub elk_number: &'a str,
    pub reset_link: &'a str,
    /// When the link stops working; shown to the minute ("works until 14:30").
    pub valid_until: OffsetDateTime,
}

pub fn password_reset(recipient: &str, mail: &PasswordReset<'_>) -> NewMail {
    Mail::new("password-reset", mail.language)
        .arg("child", mail.child_first_name)
        .arg("elk", mail.elk_number)
        .arg("link", mail.reset_link)
        .arg("until", format_date_time(mail.valid_until, mail.language))
        .into_mail(recipient)
}
