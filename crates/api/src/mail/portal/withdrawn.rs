//! The registration was withdrawn (AV -> AG): the list stays as a draft, but it no longer
//! counts until the parent confirms it again within the registration week.

use overstap_domain::Language;
use overstap_domain::i18n::format_last_moment;
use overstap_persistence::outbox::NewMail;
use time::OffsetDateTime;

use super::{SENDER, sent_automatically};
use crate::mail::layout::{Block, Letter};
use crate::mail::templates::common::{button_fallback, closing, greeting};

/// The registration was withdrawn (AV → AG): it no longer counts until confirmed again.
pub struct Withdrawn<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    /// Exclusive end of the registration week.
    pub closes_at: OffsetDateTime,
    pub portal_link: &'a str,
}

pub fn withdrawn(recipient: &str, mail: &Withdrawn<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let (subject, intro, notice, until_label, button, not_you) = match language {
        Language::Nl => (
            format!("De aanmelding van {child} is ingetrokken"),
            format!(
                "De aanmelding van {child} voor het voortgezet onderwijs is ingetrokken. Uw \
                 voorkeurslijst is bewaard als concept, maar de aanmelding telt niet meer mee \
                 voor de plaatsing."
            ),
            "Maak de aanmelding opnieuw definitief voor het einde van de aanmeldweek. Alleen \
             een definitieve aanmelding doet mee aan de plaatsing.",
            "Opnieuw definitief maken kan tot en met",
            "Naar de aanmelding",
            "Heeft u de aanmelding niet zelf ingetrokken? Log dan in, maak haar opnieuw \
             definitief en neem contact op met de basisschool.",
        ),
        Language::En => (
            format!("{child}'s registration has been withdrawn"),
            format!(
                "{child}'s registration for secondary school has been withdrawn. Your list of \
                 preferences is kept as a draft, but the registration no longer counts for \
                 placement."
            ),
            "Make the registration final again before the registration week ends. Only a \
             final registration takes part in placement.",
            "You can make it final again until",
            "Go to the registration",
            "Did you not withdraw the registration yourself? Then sign in, make it final \
             again and contact the primary school.",
        ),
        Language::Tr => (
            format!("{child} için başvuru geri çekildi"),
            format!(
                "Çocuğunuz {child} için ortaöğretime yapılan başvuru (aanmelding) geri \
                 çekildi. Tercih listeniz (voorkeurslijst) taslak olarak saklandı, ancak \
                 başvuru artık yerleştirmede dikkate alınmıyor."
            ),
            "Başvuruyu, başvuru haftası (aanmeldweek) bitmeden yeniden kesinleştirin. \
             Yerleştirmeye yalnızca kesinleşmiş başvurular katılır.",
            "Yeniden kesinleştirmek için son an",
            "Başvuruya git",
            "Başvuruyu siz geri çekmediyseniz giriş yapın, başvuruyu yeniden kesinleştirin ve \
             ilkokulla (basisschool) iletişime geçin.",
        ),
        Language::Ar => (
            format!("تم سحب تسجيل طفلكم {child}"),
            format!(
                "تم سحب تسجيل (aanmelding) طفلكم {child} في التعليم الثانوي. قائمة التفضيلات \
                 (voorkeurslijst) محفوظة كمسودة، لكن التسجيل لم يعد يُحتسب في توزيع المقاعد."
            ),
            "اجعلوا التسجيل نهائيًا من جديد قبل انتهاء أسبوع التسجيل (aanmeldweek). لا يشارك \
             في توزيع المقاعد إلا التسجيل النهائي.",
            "يمكن جعله نهائيًا من جديد حتى",
            "الذهاب إلى التسجيل",
            "إذا لم تسحبوا التسجيل بأنفسكم، فسجّلوا الدخول واجعلوه نهائيًا من جديد، وتواصلوا \
             مع المدرسة الابتدائية (basisschool).",
        ),
    };
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::Notice(notice.to_owned()),
            Block::Facts(vec![(
                until_label.to_owned(),
                format_last_moment(mail.closes_at, language),
            )]),
            Block::Button {
                label: button.to_owned(),
                link: mail.portal_link.to_owned(),
                fallback: button_fallback(language),
            },
            Block::Text(not_you.to_owned()),
            Block::Text(closing(language, SENDER)),
            Block::Footer(sent_automatically(language).to_owned()),
        ],
    }
    .into_mail(recipient)
}
