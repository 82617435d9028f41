//! Round 2: the new list is definitive, with the programmes as confirmed and when the round
//! closes; the result follows after the round-2 placement.

use overstap_domain::Language;
use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::confirmation::ConfirmedProgramme;
use super::{SENDER, sent_automatically};
use crate::mail::layout::{Block, Letter};
use crate::mail::templates::common::{button_fallback, closing, greeting};

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
    let child = mail.child_first_name;
    let (subject, intro, confirmed_label, closes_label, next, button) = match language {
        Language::Nl => (
            format!("De lijst van {child} voor ronde 2 is ontvangen"),
            format!(
                "U heeft de voorkeurslijst van {child} voor de tweede plaatsingsronde (ronde 2) \
                 definitief gemaakt. Deze scholen doen mee, in deze volgorde:"
            ),
            "Definitief gemaakt op",
            "Ronde 2 sluit na",
            "Na het sluiten van ronde 2 worden de vrije plaatsen verdeeld. U krijgt daarna een \
             e-mail met de uitslag; die staat dan ook in het ouderportaal.",
            "Naar ronde 2",
        ),
        Language::En => (
            format!("{child}'s list for round 2 has been received"),
            format!(
                "You have made {child}'s list of preferences for the second placement round \
                 (ronde 2) final. These schools take part, in this order:"
            ),
            "Made final on",
            "Round 2 closes after",
            "When round 2 has closed, the free places are assigned. You will then receive an \
             e-mail with the result; it also appears in the parent portal.",
            "Go to round 2",
        ),
        Language::Tr => (
            format!("{child} için 2. tur listesi alındı"),
            format!(
                "{child} için ikinci yerleştirme turunun (ronde 2) tercih listesini \
                 (voorkeurslijst) kesinleştirdiniz. Bu okullar şu sırayla katılıyor:"
            ),
            "Kesinleştirildiği an",
            "2. tur şu andan sonra kapanır",
            "2. tur kapandıktan sonra boş yerler dağıtılır. Ardından sonucu içeren bir e-posta \
             alacaksınız; sonuç veli portalında da görünür.",
            "2. tura git",
        ),
        Language::Ar => (
            format!("تم استلام قائمة طفلكم {child} للجولة الثانية"),
            format!(
                "لقد جعلتم قائمة تفضيلات (voorkeurslijst) طفلكم {child} للجولة الثانية لتوزيع \
                 المقاعد (ronde 2) نهائية. تشارك هذه المدارس بهذا الترتيب:"
            ),
            "أصبحت نهائية في",
            "تُغلق الجولة الثانية بعد",
            "بعد إغلاق الجولة الثانية تُوزَّع المقاعد الشاغرة. ستصلكم بعد ذلك رسالة بالنتيجة، \
             وتظهر النتيجة أيضًا في بوابة أولياء الأمور.",
            "الذهاب إلى الجولة الثانية",
        ),
    };
    let mut programmes: Vec<&ConfirmedProgramme<'_>> = mail.programmes.iter().collect();
    programmes.sort_by_key(|programme| programme.rank);
    let list = programmes
        .into_iter()
        .map(|p| {
            format!(
                "{}. {} – {}, {}",
                p.rank, p.programme_name, p.school_name, p.town
            )
        })
        .collect();
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::List(list),
            Block::Facts(vec![
                (
                    confirmed_label.to_owned(),
                    format_date_time(mail.confirmed_at, language),
                ),
                (
                    closes_label.to_owned(),
                    format_last_moment(mail.closes_at, language),
                ),
            ]),
            Block::Notice(next.to_owned()),
            Block::Button {
                label: button.to_owned(),
                link: mail.portal_link.to_owned(),
                fallback: button_fallback(language),
            },
            Block::Text(closing(language, SENDER)),
            Block::Footer(sent_automatically(language).to_owned()),
        ],
    }
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
            let first = mail.body_text.find("1. havo – Het College, Uithoorn");
            let second = mail.body_text.find("2. vwo – Het Lyceum, Amstelveen");
            assert!(
                first.is_some() && first < second,
                "{language:?} in rank order"
            );
            assert!(mail.body_text.contains("https://example.org/ouder/ronde-2"));
        }
    }
}
