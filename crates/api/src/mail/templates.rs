//! The parent-facing e-mails, in the parent's language, as outbox messages (HTML and text).
//!
//! Every text lives in a `match` on `Language`; adding a language is one arm per e-mail (the
//! compiler lists them) plus its words in `field_name`.

use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_domain::pupil::PupilField;
use overstap_domain::{Language, RegistrationStatus};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use crate::mail::layout::{Block, Letter};

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

/// The PO school corrected the child's data.
pub struct DataCorrected<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub changes: &'a [PupilField],
    pub school_name: &'a str,
    pub portal_link: &'a str,
}

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

pub fn parent_login(recipient: &str, mail: &ParentLogin<'_>) -> NewMail {
    let child = mail.child_first_name;
    let school = mail.school_name;
    let opens = format_date_time(mail.registration_opens_at, mail.language);
    let until = format_last_moment(mail.valid_until, mail.language);
    let elk = mail.elk_number.to_owned();
    let link = mail.activation_link.to_owned();
    let letter = match mail.language {
        Language::Nl => Letter {
            language: mail.language,
            subject: format!("Aanmelden voor de middelbare school: inloggegevens voor {child}"),
            blocks: vec![
                Block::Text(format!("Beste ouder of verzorger van {child},")),
                Block::Text(format!(
                    "Via Overstap meldt u {child} aan voor een school voor voortgezet onderwijs. \
                     {school} stuurt u daarvoor deze persoonlijke inloglink. Met de knop \
                     hieronder maakt u uw account aan."
                )),
                Block::Button {
                    label: "Account aanmaken".to_owned(),
                    link,
                    fallback: "Werkt de knop niet? Kopieer dan deze link in uw browser:".to_owned(),
                },
                Block::Facts(vec![
                    ("Uw gebruikersnaam (ELK-nummer)".to_owned(), elk),
                    ("De aanmeldweek begint".to_owned(), opens),
                    ("De link is geldig tot en met".to_owned(), until),
                ]),
                Block::Notice(
                    "Bewaar dit ELK-nummer goed: het is uw gebruikersnaam voor Overstap. \
                     Deze link is persoonlijk; stuur deze e-mail niet door."
                        .to_owned(),
                ),
                Block::Text(format!("Met vriendelijke groet,\n{school}")),
                Block::Footer(format!(
                    "Deze e-mail is verstuurd via Overstap namens {school}. Vragen? Neem contact \
                     op met de school."
                )),
            ],
        },
        Language::En => Letter {
            language: mail.language,
            subject: format!("Secondary school registration: sign-in details for {child}"),
            blocks: vec![
                Block::Text(format!("Dear parent or carer of {child},")),
                Block::Text(format!(
                    "With Overstap you register {child} for a secondary school. {school} sends \
                     you this personal sign-in link for it. Use the button below to create \
                     your account."
                )),
                Block::Button {
                    label: "Create account".to_owned(),
                    link,
                    fallback: "Button not working? Copy this link into your browser:".to_owned(),
                },
                Block::Facts(vec![
                    ("Your user name (ELK number)".to_owned(), elk),
                    ("The registration week opens".to_owned(), opens),
                    ("The link is valid until".to_owned(), until),
                ]),
                Block::Notice(
                    "Keep this ELK number safe: it is your user name for Overstap. This link \
                     is personal; do not forward this e-mail."
                        .to_owned(),
                ),
                Block::Text(format!("Kind regards,\n{school}")),
                Block::Footer(format!(
                    "This e-mail was sent through Overstap on behalf of {school}. Questions? \
                     Please contact the school."
                )),
            ],
        },
    };
    letter.into_mail(recipient)
}

pub fn data_corrected(recipient: &str, mail: &DataCorrected<'_>) -> NewMail {
    let child = mail.child_first_name;
    let school = mail.school_name;
    let changes: Vec<String> = mail
        .changes
        .iter()
        .map(|field| field_name(*field, mail.language).to_owned())
        .collect();
    let link = mail.portal_link.to_owned();
    let letter = match mail.language {
        Language::Nl => Letter {
            language: mail.language,
            subject: format!("De gegevens van {child} zijn aangepast"),
            blocks: vec![
                Block::Text(format!("Beste ouder of verzorger van {child},")),
                Block::Text(format!(
                    "{school} heeft deze gegevens van {child} in Overstap aangepast:"
                )),
                Block::List(changes),
                Block::Notice(
                    "Was de aanmelding al definitief, dan blijft zij definitief: u hoeft niets \
                     opnieuw te doen."
                        .to_owned(),
                ),
                Block::Button {
                    label: "Gegevens bekijken".to_owned(),
                    link,
                    fallback: "Werkt de knop niet? Kopieer dan deze link in uw browser:".to_owned(),
                },
                Block::Text(format!(
                    "Klopt er iets niet? Neem dan contact op met {school}.\n\n\
                     Met vriendelijke groet,\n{school}"
                )),
                Block::Footer(format!(
                    "Deze e-mail is verstuurd via Overstap namens {school}."
                )),
            ],
        },
        Language::En => Letter {
            language: mail.language,
            subject: format!("{child}'s details have been corrected"),
            blocks: vec![
                Block::Text(format!("Dear parent or carer of {child},")),
                Block::Text(format!(
                    "{school} has corrected these details of {child} in Overstap:"
                )),
                Block::List(changes),
                Block::Notice(
                    "If the registration was already final, it stays final: you do not need \
                     to do anything again."
                        .to_owned(),
                ),
                Block::Button {
                    label: "View details".to_owned(),
                    link,
                    fallback: "Button not working? Copy this link into your browser:".to_owned(),
                },
                Block::Text(format!(
                    "Is something wrong? Please contact {school}.\n\nKind regards,\n{school}"
                )),
                Block::Footer(format!(
                    "This e-mail was sent through Overstap on behalf of {school}."
                )),
            ],
        },
    };
    letter.into_mail(recipient)
}

pub fn reminder(recipient: &str, mail: &Reminder<'_>) -> NewMail {
    let child = mail.child_first_name;
    let school = mail.school_name;
    let until = format_last_moment(mail.closes_at, mail.language);
    let link = mail.portal_link.to_owned();
    let letter = match mail.language {
        Language::Nl => Letter {
            language: mail.language,
            subject: format!("Herinnering: de aanmelding van {child} is nog niet voltooid"),
            blocks: vec![
                Block::Text(format!("Beste ouder of verzorger van {child},")),
                Block::Text(format!(
                    "De aanmelding van {child} voor het voortgezet onderwijs is nog niet \
                     voltooid. {}",
                    match mail.status {
                        RegistrationStatus::Wit | RegistrationStatus::Blauw =>
                            "U heeft nog geen account aangemaakt.",
                        RegistrationStatus::Groen => "U heeft nog geen scholen gekozen.",
                        RegistrationStatus::Ag =>
                            "U heeft een voorkeurslijst gemaakt, maar die is nog niet definitief.",
                        RegistrationStatus::Av => "Kijk in Overstap of alles klopt.",
                    }
                )),
                Block::Facts(vec![("Aanmelden kan tot en met".to_owned(), until)]),
                Block::Button {
                    label: "Aanmelding afronden".to_owned(),
                    link,
                    fallback: "Werkt de knop niet? Kopieer dan deze link in uw browser:".to_owned(),
                },
                Block::Text(format!("Met vriendelijke groet,\n{school}")),
                Block::Footer(format!(
                    "Deze e-mail is verstuurd via Overstap namens {school}."
                )),
            ],
        },
        Language::En => Letter {
            language: mail.language,
            subject: format!("Reminder: {child}'s registration is not complete yet"),
            blocks: vec![
                Block::Text(format!("Dear parent or carer of {child},")),
                Block::Text(format!(
                    "{child}'s registration for secondary school is not complete yet. {}",
                    match mail.status {
                        RegistrationStatus::Wit | RegistrationStatus::Blauw =>
                            "You have not created your account yet.",
                        RegistrationStatus::Groen => "You have not chosen any schools yet.",
                        RegistrationStatus::Ag =>
                            "You have made a list of preferences, but it is not final yet.",
                        RegistrationStatus::Av => "Please check in Overstap that all is well.",
                    }
                )),
                Block::Facts(vec![("You can register until".to_owned(), until)]),
                Block::Button {
                    label: "Complete the registration".to_owned(),
                    link,
                    fallback: "Button not working? Copy this link into your browser:".to_owned(),
                },
                Block::Text(format!("Kind regards,\n{school}")),
                Block::Footer(format!(
                    "This e-mail was sent through Overstap on behalf of {school}."
                )),
            ],
        },
    };
    letter.into_mail(recipient)
}

/// The name a parent knows a pupil field by.
pub fn field_name(field: PupilField, language: Language) -> &'static str {
    match language {
        Language::Nl => match field {
            PupilField::Name => "naam",
            PupilField::BirthDate => "geboortedatum",
            PupilField::Advice => "schooladvies",
            PupilField::Lwoo => "leerwegondersteuning (lwoo)",
            PupilField::Address => "adres",
            PupilField::HomeTown => "woonplaats",
            PupilField::ParentEmails => "e-mailadressen van de ouders",
        },
        Language::En => match field {
            PupilField::Name => "name",
            PupilField::BirthDate => "date of birth",
            PupilField::Advice => "school advice",
            PupilField::Lwoo => "learning support (lwoo)",
            PupilField::Address => "address",
            PupilField::HomeTown => "home town",
            PupilField::ParentEmails => "parents' e-mail addresses",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NASTY: &str = r#"<b>Ali & "Noor"</b>"#;
    const ESCAPED: &str = "&lt;b&gt;Ali &amp; &quot;Noor&quot;&lt;/b&gt;";
    const LINK: &str = "http://localhost:8080/activate?token=abc&x=1";
    const OPENS: OffsetDateTime = datetime!(2026-03-24 23:00 UTC);
    const CLOSES: OffsetDateTime = datetime!(2026-03-31 22:00 UTC);

    fn login(language: Language, child: &str) -> NewMail {
        parent_login(
            "ouder@example.nl",
            &ParentLogin {
                language,
                child_first_name: child,
                elk_number: "123456789012",
                activation_link: LINK,
                valid_until: CLOSES,
                registration_opens_at: OPENS,
                school_name: "De Regenboog",
            },
        )
    }

    fn corrected(language: Language, child: &str) -> NewMail {
        data_corrected(
            "ouder@example.nl",
            &DataCorrected {
                language,
                child_first_name: child,
                changes: &[PupilField::BirthDate, PupilField::Advice],
                school_name: "De Regenboog",
                portal_link: LINK,
            },
        )
    }

    fn remind(language: Language, child: &str) -> NewMail {
        reminder(
            "ouder@example.nl",
            &Reminder {
                language,
                child_first_name: child,
                status: RegistrationStatus::Ag,
                closes_at: CLOSES,
                portal_link: LINK,
                school_name: "De Regenboog",
            },
        )
    }

    fn every_mail(language: Language, child: &str) -> [NewMail; 3] {
        [
            login(language, child),
            corrected(language, child),
            remind(language, child),
        ]
    }

    fn both(mail: &NewMail, text: &str) -> bool {
        mail.body_text.contains(text) && mail.body_html.contains(text)
    }

    #[test]
    fn the_login_mail_carries_the_link_the_elk_number_and_the_dates() {
        let expect = [
            (
                Language::Nl,
                "woensdag 25 maart 2026 om 00:00",
                "dinsdag 31 maart 2026 om 23:59",
            ),
            (
                Language::En,
                "Wednesday 25 March 2026 at 00:00",
                "Tuesday 31 March 2026 at 23:59",
            ),
        ];
        for (language, opens, until) in expect {
            let mail = login(language, "Sem");
            assert!(mail.body_text.contains(LINK), "{language}");
            assert!(
                mail.body_html
                    .contains("href=\"http://localhost:8080/activate?token=abc&amp;x=1\"")
            );
            assert!(both(&mail, "123456789012"), "{language}");
            assert!(both(&mail, opens), "{language}: {}", mail.body_text);
            assert!(both(&mail, until), "{language}: {}", mail.body_text);
            assert!(mail.subject.contains("Sem"));
            assert_eq!(mail.recipient, "ouder@example.nl");
        }
        assert!(login(Language::Nl, "Sem").body_text.contains("ELK-nummer"));
        assert!(login(Language::En, "Sem").body_text.contains("ELK number"));
    }

    #[test]
    fn the_correction_mail_names_the_changed_fields_and_keeps_a_definitive_registration() {
        let nl = corrected(Language::Nl, "Sem");
        assert!(both(&nl, "geboortedatum") && both(&nl, "schooladvies"));
        assert!(both(&nl, "blijft zij definitief"));
        assert!(!nl.body_text.contains("adres"));
        let en = corrected(Language::En, "Sem");
        assert!(both(&en, "date of birth") && both(&en, "school advice"));
        assert!(both(&en, "stays final"));
        for mail in [nl, en] {
            assert!(mail.body_text.contains(LINK));
        }
    }

    #[test]
    fn the_reminder_says_until_when_the_registration_can_be_completed() {
        let nl = remind(Language::Nl, "Sem");
        assert!(both(&nl, "nog niet voltooid"));
        assert!(both(&nl, "dinsdag 31 maart 2026 om 23:59"));
        assert!(both(&nl, "nog niet definitief"));
        let en = remind(Language::En, "Sem");
        assert!(both(&en, "not complete yet"));
        assert!(both(&en, "Tuesday 31 March 2026 at 23:59"));
        for mail in [nl, en] {
            assert!(mail.body_text.contains(LINK));
        }
    }

    #[test]
    fn html_escapes_names_and_text_keeps_them_as_written() {
        for language in Language::ALL {
            for mail in every_mail(language, NASTY) {
                assert!(mail.body_html.contains(ESCAPED), "{}", mail.body_html);
                assert!(!mail.body_html.contains("<b>"), "{}", mail.body_html);
                assert!(mail.body_text.contains(NASTY));
                assert!(mail.subject.contains(NASTY));
            }
        }
    }

    #[test]
    fn subjects_differ_per_language() {
        for (nl, en) in every_mail(Language::Nl, "Sem")
            .iter()
            .zip(every_mail(Language::En, "Sem").iter())
        {
            assert_ne!(nl.subject, en.subject);
            assert_ne!(nl.body_text, en.body_text);
        }
        let subjects: Vec<String> = every_mail(Language::Nl, "Sem")
            .into_iter()
            .map(|m| m.subject)
            .collect();
        assert_eq!(
            subjects.len(),
            subjects
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len()
        );
    }

    #[test]
    fn html_is_a_whole_document_in_the_mail_language_for_phones() {
        for language in Language::ALL {
            for mail in every_mail(language, "Sem") {
                assert!(mail.body_html.starts_with("<!DOCTYPE html>"));
                assert!(mail.body_html.contains(&format!("lang=\"{language}\"")));
                assert!(mail.body_html.contains("width=device-width"));
                assert!(mail.body_html.trim_end().ends_with("</html>"));
            }
        }
    }

    #[test]
    fn every_field_has_a_name_in_every_language() {
        let fields = [
            PupilField::Name,
            PupilField::BirthDate,
            PupilField::Advice,
            PupilField::Lwoo,
            PupilField::Address,
            PupilField::HomeTown,
            PupilField::ParentEmails,
        ];
        for language in Language::ALL {
            let names: std::collections::HashSet<_> =
                fields.iter().map(|f| field_name(*f, language)).collect();
            assert_eq!(names.len(), fields.len());
        }
    }
}
