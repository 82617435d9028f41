//! Round 2: the new list is definitive, with the programmes as confirmed and when the round
//! closes; the result follows after the round-2 placement.

use overstap_domain::Language;
use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::confirmation::{ConfirmedProgramme, programme_list};
use crate::mail::render::Mail;

/// The round-2 list is definitive.
pub struct Round2Confirmation<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub programmes: &'a [ConfirmedProgramme<'a>],
    pub confirmed_at: OffsetDateTime,
    /// Exclusive end of the round-2 window.
    pub closes_at: OffsetDateTime,
    pub portal_link: &'a str,
}

pub fn round2_confirmation(recipient: &str, mail: &Round2Confirmation<'_>) -> NewMail {
    let language = mail.language;
    Mail::new("round2-confirmation", language)
        .arg("child", mail.child_first_name)
        .arg("link", mail.portal_link)
        .arg("confirmed", format_date_time(mail.confirmed_at, language))
        .arg("until", format_last_moment(mail.closes_at, language))
        .value("programmes", programme_list(mail.programmes))
        .into_mail(recipient)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_round2_confirmation_lists_the_programmes_in_every_language() {
        let programmes = [
            ConfirmedProgramme {
                rank: 2,
                programme_name: "vwo",
                school_name: "Het Lyceum",
                town: "Amstelveen",
            },
            ConfirmedProgramme {
                rank: 1,
                programme_name: "havo",
                school_name: "Het College",
                town: "Uithoorn",
            },
        ];
        for (language, subject_part) in [
            (Language::Nl, "ronde 2"),
            (Language::En, "round 2"),
            (Language::Tr, "2. tur"),
            (Language::Ar, "الثانية"),
        ] {
            let mail = round2_confirmation(
                "ouder@example.org",
                &Round2Confirmation {
                    language,
                    child_first_name: "Sem",
                    programmes: &programmes,
                    confirmed_at: datetime!(2026-04-17 10:00 UTC),
                    closes_at: datetime!(2026-04-22 22:00 UTC),
                    portal_link: "https://example.org/ouder/ronde-2",
                },
            );
            assert!(mail.subject.contains(subject_part), "{language:?}");
            assert!(mail.subject.contains("Sem"), "{language:?}");
            // Arabic isolates every value (FSI … PDI) from the text around it.
            let line = |values: [&str; 4]| {
                let [rank, programme, school, town] = values.map(|value| {
                    if language.is_rtl() {
                        format!("\u{2068}{value}\u{2069}")
                    } else {
                        value.to_owned()
                    }
                });
                format!("{rank}. {programme} – {school}, {town}")
            };
            let first = mail
                .body_text
                .find(&line(["1", "havo", "Het College", "Uithoorn"]));
            let second = mail
                .body_text
                .find(&line(["2", "vwo", "Het Lyceum", "Amstelveen"]));
            assert!(
                first.is_some() && first < second,
                "{language:?} in rank order"
            );
            assert!(mail.body_text.contains("https://example.org/ouder/ronde-2"));
        }
    }
}
