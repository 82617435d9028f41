//! The e-mails a school's actions send: login, correction, reminder, in every language.

use std::collections::HashSet;

use overstap_domain::pupil::PupilField;
use overstap_domain::{Language, RegistrationStatus};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;
use time::macros::datetime;

use super::{DataCorrected, ParentLogin, Reminder, data_corrected, parent_login, reminder};
use crate::mail::pupil_fields::field_name;

const NASTY: &str = r#"<b>Ali & "Noor"</b>"#;
const ESCAPED: &str = "&lt;b&gt;Ali &amp; &quot;Noor&quot;&lt;/b&gt;";
const LINK: &str = "http://localhost:8080/activate?token=abc&x=1";
const OPENS: OffsetDateTime = datetime!(2026-03-24 23:00 UTC);
const CLOSES: OffsetDateTime = datetime!(2026-03-31 22:00 UTC);
const SCHOOL: &str = "De Regenboog";

/// The opening of the registration week and the last moment of it, as each language writes them.
const DATES: [(Language, &str, &str); 4] = [
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
    (
        Language::Tr,
        "25 Mart 2026 Çarşamba saat 00:00",
        "31 Mart 2026 Salı saat 23:59",
    ),
    (
        Language::Ar,
        "الأربعاء 25 مارس 2026 الساعة 00:00",
        "الثلاثاء 31 مارس 2026 الساعة 23:59",
    ),
];

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
            school_name: SCHOOL,
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
            school_name: SCHOOL,
            portal_link: LINK,
        },
    )
}

fn remind_with(language: Language, child: &str, status: RegistrationStatus) -> NewMail {
    reminder(
        "ouder@example.nl",
        &Reminder {
            language,
            child_first_name: child,
            status,
            closes_at: CLOSES,
            portal_link: LINK,
            school_name: SCHOOL,
        },
    )
}

fn remind(language: Language, child: &str) -> NewMail {
    remind_with(language, child, RegistrationStatus::Ag)
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
    for (language, opens, until) in DATES {
        let mail = login(language, "Sem");
        assert!(mail.body_text.contains(LINK), "{language}");
        assert!(
            mail.body_html
                .contains("href=\"http://localhost:8080/activate?token=abc&amp;x=1\"")
        );
        assert!(both(&mail, "123456789012"), "{language}");
        assert!(both(&mail, opens), "{language}: {}", mail.body_text);
        assert!(both(&mail, until), "{language}: {}", mail.body_text);
        assert!(both(&mail, SCHOOL), "{language}");
        assert!(mail.subject.contains("Sem"));
        assert_eq!(mail.recipient, "ouder@example.nl");
    }
    assert!(login(Language::Nl, "Sem").body_text.contains("ELK-nummer"));
    assert!(login(Language::En, "Sem").body_text.contains("ELK number"));
    for language in [Language::Tr, Language::Ar] {
        let mail = login(language, "Sem");
        assert!(both(&mail, "(ELK-nummer)"), "{language}");
        assert!(both(&mail, "(aanmeldweek)"), "{language}");
    }
}

#[test]
fn the_correction_mail_names_the_changed_fields_and_keeps_a_definitive_registration() {
    let stays_final = [
        (Language::Nl, "blijft zij definitief"),
        (Language::En, "stays final"),
        (Language::Tr, "kesin olarak kalır"),
        (Language::Ar, "يبقى نهائيًا"),
    ];
    for (language, stays_final) in stays_final {
        let mail = corrected(language, "Sem");
        for field in [PupilField::BirthDate, PupilField::Advice] {
            assert!(both(&mail, &field_name(field, language)), "{language}");
        }
        assert!(
            !mail
                .body_text
                .contains(&field_name(PupilField::HomeTown, language))
        );
        assert!(both(&mail, stays_final), "{language}");
        assert!(mail.body_text.contains(LINK));
    }
    assert!(both(&corrected(Language::Nl, "Sem"), "geboortedatum"));
    assert!(both(&corrected(Language::Tr, "Sem"), "doğum tarihi"));
    assert!(both(&corrected(Language::Ar, "Sem"), "تاريخ الميلاد"));
    assert!(!corrected(Language::Nl, "Sem").body_text.contains("adres"));
}

#[test]
fn the_reminder_says_until_when_the_registration_can_be_completed() {
    let not_complete = [
        (Language::Nl, "nog niet voltooid", "nog niet definitief"),
        (Language::En, "not complete yet", "not final yet"),
        (Language::Tr, "henüz tamamlanmadı", "(voorkeurslijst)"),
        (Language::Ar, "لم يكتمل", "(voorkeurslijst)"),
    ];
    for ((language, _, until), (_, not_complete, draft)) in DATES.into_iter().zip(not_complete) {
        let mail = remind(language, "Sem");
        assert!(both(&mail, not_complete), "{language}");
        assert!(both(&mail, until), "{language}: {}", mail.body_text);
        assert!(both(&mail, draft), "{language}");
        assert!(mail.body_text.contains(LINK));
    }
}

#[test]
fn the_reminder_names_the_step_that_is_missing_for_every_status() {
    let statuses = [
        RegistrationStatus::Blauw,
        RegistrationStatus::Groen,
        RegistrationStatus::Ag,
        RegistrationStatus::Av,
    ];
    for language in Language::ALL {
        let texts: HashSet<String> = statuses
            .iter()
            .map(|status| remind_with(language, "Sem", *status).body_text)
            .collect();
        assert_eq!(texts.len(), statuses.len(), "{language}");
        assert_eq!(
            remind_with(language, "Sem", RegistrationStatus::Wit).body_text,
            remind_with(language, "Sem", RegistrationStatus::Blauw).body_text
        );
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
fn subjects_and_texts_differ_per_language() {
    for index in 0..3 {
        let mails: Vec<NewMail> = Language::ALL
            .into_iter()
            .map(|language| every_mail(language, "Sem")[index].clone())
            .collect();
        let subjects: HashSet<&str> = mails.iter().map(|m| m.subject.as_str()).collect();
        let texts: HashSet<&str> = mails.iter().map(|m| m.body_text.as_str()).collect();
        assert_eq!(subjects.len(), Language::ALL.len(), "{subjects:?}");
        assert_eq!(texts.len(), Language::ALL.len());
    }
    for language in Language::ALL {
        let subjects: HashSet<String> = every_mail(language, "Sem")
            .into_iter()
            .map(|m| m.subject)
            .collect();
        assert_eq!(subjects.len(), 3, "{language}");
    }
}

#[test]
fn html_is_a_whole_document_in_the_mail_language_for_phones() {
    for language in Language::ALL {
        let dir = if language == Language::Ar {
            "rtl"
        } else {
            "ltr"
        };
        for mail in every_mail(language, "Sem") {
            assert!(mail.body_html.starts_with("<!DOCTYPE html>"));
            assert!(
                mail.body_html
                    .contains(&format!("<html lang=\"{language}\" dir=\"{dir}\">")),
                "{language}"
            );
            assert!(mail.body_html.contains("width=device-width"));
            assert!(mail.body_html.trim_end().ends_with("</html>"));
        }
    }
}

#[test]
fn arabic_text_parts_read_from_the_right_and_others_carry_no_marks() {
    for mail in every_mail(Language::Ar, "Sem") {
        for line in mail.body_text.lines() {
            if !(line.is_empty() || line == "--" || line == LINK) {
                assert!(line.starts_with('\u{200F}'), "{line:?}");
            }
        }
    }
    for language in [Language::Nl, Language::En, Language::Tr] {
        for mail in every_mail(language, "Sem") {
            assert!(!mail.body_text.contains('\u{200F}'), "{language}");
        }
    }
}

#[test]
fn every_field_has_a_name_in_every_language() {
    let fields = PupilField::ALL;
    for language in Language::ALL {
        let names: HashSet<_> = fields.iter().map(|f| field_name(*f, language)).collect();
        assert_eq!(names.len(), fields.len());
    }
}
