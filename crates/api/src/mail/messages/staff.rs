//! The e-mails to staff: the invitation to a new account and the password-reset link, in the
//! account's language (nl or en). Texts in `locales/<lang>/staff-mail.ftl`.

use overstap_domain::i18n::format_date_time;
use overstap_domain::{Language, Role};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use crate::mail::render::Mail;

/// The message id of a role's name as people call it.
pub const fn role_text(role: Role) -> &'static str {
    match role {
        // Parents never get a staff e-mail; the nearest name keeps the render total.
        Role::Parent | Role::PoStaff => "staff-role-po-staff",
        Role::VoStaff => "staff-role-vo-staff",
        Role::BoardAdmin => "staff-role-board-admin",
        Role::Coordinator => "staff-role-coordinator",
    }
}

/// Staff e-mails are Dutch or English; any other language reads English.
fn staff_language(language: Language) -> Language {
    if language == Language::Nl {
        Language::Nl
    } else {
        Language::En
    }
}

/// An account was made: choose a password with the link.
pub struct StaffInvitation<'a> {
    pub language: Language,
    pub name: &'a str,
    pub email: &'a str,
    /// Who invited them; None for the operator at the command line.
    pub inviter: Option<&'a str>,
    pub role: Role,
    /// The school, board or region they work for.
    pub workplace: &'a str,
    pub region: &'a str,
    pub link: &'a str,
    pub valid_until: OffsetDateTime,
}

pub fn staff_invitation(mail: &StaffInvitation<'_>) -> NewMail {
    let language = staff_language(mail.language);
    let inviter = mail.inviter.map_or_else(
        || crate::mail::texts::Texts::new(language, Vec::new()).get("staff-inviter-operator", &[]),
        str::to_owned,
    );
    Mail::new("staff-invitation", language)
        .arg("name", mail.name)
        .arg("inviter", inviter)
        .arg("region", mail.region)
        .arg("workplace", mail.workplace)
        .arg("username", mail.email)
        .arg("link", mail.link)
        .arg("until", format_date_time(mail.valid_until, language))
        .value("role", role_text(mail.role))
        .into_mail(mail.email)
}

/// A new password was asked for.
pub struct StaffPasswordReset<'a> {
    pub language: Language,
    pub name: &'a str,
    pub email: &'a str,
    pub region: &'a str,
    pub link: &'a str,
    pub valid_until: OffsetDateTime,
}

pub fn staff_password_reset(mail: &StaffPasswordReset<'_>) -> NewMail {
    let language = staff_language(mail.language);
    Mail::new("staff-password-reset", language)
        .arg("name", mail.name)
        .arg("region", mail.region)
        .arg("link", mail.link)
        .arg("until", format_date_time(mail.valid_until, language))
        .into_mail(mail.email)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NASTY: &str = r#"<b>Ali & "Noor"</b>"#;
    const LINK: &str = "http://localhost:8080/inloggen/school/uitnodiging?token=abc&x=1";

    fn invitation(language: Language, inviter: Option<&str>) -> NewMail {
        staff_invitation(&StaffInvitation {
            language,
            name: NASTY,
            email: "juf@school.example",
            inviter,
            role: Role::PoStaff,
            workplace: "De Regenboog",
            region: "ELK Amstelland",
            link: LINK,
            valid_until: datetime!(2026-12-14 12:30 UTC),
        })
    }

    #[test]
    fn the_invitation_names_role_workplace_username_and_the_link_in_dutch_and_english() {
        let nl = invitation(Language::Nl, Some("Coördinator Amstelland"));
        assert_eq!(nl.subject, "Uitnodiging voor Overstap (ELK Amstelland)");
        assert_eq!(nl.recipient, "juf@school.example");
        for part in [&nl.body_text, &nl.body_html] {
            assert!(
                part.contains("Coördinator Amstelland heeft een account"),
                "{part}"
            );
            assert!(part.contains("medewerker basisschool"), "{part}");
            assert!(part.contains("De Regenboog"), "{part}");
            assert!(part.contains("juf@school.example"), "{part}");
            assert!(part.contains("maandag 14 december 2026 om 13:30"), "{part}");
        }
        assert!(nl.body_text.contains(LINK));
        assert!(nl.body_html.contains("uitnodiging?token=abc&amp;x=1"));
        // A name is escaped in HTML and left alone in text.
        assert!(!nl.body_html.contains(NASTY));
        assert!(
            nl.body_html
                .contains("&lt;b&gt;Ali &amp; &quot;Noor&quot;&lt;/b&gt;")
        );
        assert!(nl.body_text.contains(NASTY));

        let en = invitation(Language::En, None);
        assert_eq!(en.subject, "Invitation to Overstap (ELK Amstelland)");
        assert!(
            en.body_text
                .contains("The Overstap administrator has made an account")
        );
        assert!(en.body_text.contains("Monday 14 December 2026 at 13:30"));
        // Turkish and Arabic readers of a staff e-mail read English.
        assert_eq!(invitation(Language::Tr, None).subject, en.subject);
    }

    #[test]
    fn the_password_reset_carries_its_link_and_deadline() {
        let mail = staff_password_reset(&StaffPasswordReset {
            language: Language::Nl,
            name: "Piet",
            email: "piet@vo.example",
            region: "ELK Amstelland",
            link: LINK,
            valid_until: datetime!(2026-07-01 10:00 UTC),
        });
        assert_eq!(mail.subject, "Nieuw wachtwoord kiezen voor Overstap");
        assert!(mail.body_text.contains("Beste Piet,"));
        assert!(mail.body_text.contains("woensdag 1 juli 2026 om 12:00"));
        assert!(mail.body_text.contains(LINK));
    }
}
