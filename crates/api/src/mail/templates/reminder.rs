//! The registration is not complete yet and the registration week is closing.

use overstap_domain::i18n::format_last_moment;
use overstap_domain::{Language, RegistrationStatus};
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::common::{button_fallback, closing, greeting, sent_for_school};
use crate::mail::layout::{Block, Letter};

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
    let language = mail.language;
    let child = mail.child_first_name;
    let school = mail.school_name;
    let until = format_last_moment(mail.closes_at, language);
    let next_step = next_step(mail.status, language);
    let (subject, intro, until_label, label) = match language {
        Language::Nl => (
            format!("Herinnering: de aanmelding van {child} is nog niet voltooid"),
            format!(
                "De aanmelding van {child} voor het voortgezet onderwijs is nog niet \
                 voltooid. {next_step}"
            ),
            "Aanmelden kan tot en met",
            "Aanmelding afronden",
        ),
        Language::En => (
            format!("Reminder: {child}'s registration is not complete yet"),
            format!("{child}'s registration for secondary school is not complete yet. {next_step}"),
            "You can register until",
            "Complete the registration",
        ),
        Language::Tr => (
            format!("Hatırlatma: {child} için başvuru henüz tamamlanmadı"),
            format!(
                "Çocuğunuz {child} için ortaöğretime başvuru (aanmelding) henüz \
                 tamamlanmadı. {next_step}"
            ),
            "Başvuru yapabileceğiniz son an",
            "Başvuruyu tamamla",
        ),
        Language::Ar => (
            format!("تذكير: لم يكتمل تسجيل طفلكم {child} بعد"),
            format!(
                "لم يكتمل بعدُ تسجيل (aanmelding) طفلكم {child} في التعليم الثانوي. \
                 {next_step}"
            ),
            "يمكنكم التسجيل حتى",
            "إكمال التسجيل",
        ),
    };
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::Facts(vec![(until_label.to_owned(), until)]),
            Block::Button {
                label: label.to_owned(),
                link: mail.portal_link.to_owned(),
                fallback: button_fallback(language),
            },
            Block::Text(closing(language, school)),
            Block::Footer(sent_for_school(language, school)),
        ],
    }
    .into_mail(recipient)
}

/// What is still missing, from the status the PO school sees.
fn next_step(status: RegistrationStatus, language: Language) -> &'static str {
    use RegistrationStatus::{Ag, Av, Blauw, Groen, Wit};
    match (language, status) {
        (Language::Nl, Wit | Blauw) => "U heeft nog geen account aangemaakt.",
        (Language::Nl, Groen) => "U heeft nog geen scholen gekozen.",
        (Language::Nl, Ag) => {
            "U heeft een voorkeurslijst gemaakt, maar die is nog niet definitief."
        }
        (Language::Nl, Av) => "Kijk in Overstap of alles klopt.",
        (Language::En, Wit | Blauw) => "You have not created your account yet.",
        (Language::En, Groen) => "You have not chosen any schools yet.",
        (Language::En, Ag) => "You have made a list of preferences, but it is not final yet.",
        (Language::En, Av) => "Please check in Overstap that all is well.",
        (Language::Tr, Wit | Blauw) => "Henüz hesabınızı oluşturmadınız.",
        (Language::Tr, Groen) => "Henüz hiçbir okul seçmediniz.",
        (Language::Tr, Ag) => {
            "Bir tercih listesi (voorkeurslijst) hazırladınız, ancak liste henüz kesinleşmedi."
        }
        (Language::Tr, Av) => "Lütfen Overstap'ta her şeyin doğru olup olmadığını kontrol edin.",
        (Language::Ar, Wit | Blauw) => "لم تنشئوا حسابكم بعد.",
        (Language::Ar, Groen) => "لم تختاروا أي مدرسة بعد.",
        (Language::Ar, Ag) => {
            "لقد أعددتم قائمة التفضيلات (voorkeurslijst)، لكنها لم تصبح نهائية بعد."
        }
        (Language::Ar, Av) => "يُرجى التحقق في Overstap من أن كل شيء صحيح.",
    }
}
