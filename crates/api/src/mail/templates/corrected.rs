//! The PO school corrected the child's data: which fields changed, and that a definitive
//! registration stays definitive.

use overstap_domain::Language;
use overstap_domain::pupil::PupilField;
use overstap_persistence::outbox::NewMail;

use super::common::{button_fallback, closing, greeting, sent_for_school};
use super::field_name;
use crate::mail::layout::{Block, Letter};

/// The PO school corrected the child's data.
pub struct DataCorrected<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub changes: &'a [PupilField],
    pub school_name: &'a str,
    pub portal_link: &'a str,
}

pub fn data_corrected(recipient: &str, mail: &DataCorrected<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let school = mail.school_name;
    let changes: Vec<String> = mail
        .changes
        .iter()
        .map(|field| field_name(*field, language).to_owned())
        .collect();
    let (subject, intro, notice, label, wrong) = match language {
        Language::Nl => (
            format!("De gegevens van {child} zijn aangepast"),
            format!("{school} heeft deze gegevens van {child} in Overstap aangepast:"),
            "Was de aanmelding al definitief, dan blijft zij definitief: u hoeft niets \
             opnieuw te doen.",
            "Gegevens bekijken",
            format!("Klopt er iets niet? Neem dan contact op met {school}."),
        ),
        Language::En => (
            format!("{child}'s details have been corrected"),
            format!("{school} has corrected these details of {child} in Overstap:"),
            "If the registration was already final, it stays final: you do not need \
             to do anything again.",
            "View details",
            format!("Is something wrong? Please contact {school}."),
        ),
        Language::Tr => (
            format!("Çocuğunuz {child} hakkındaki bilgiler düzeltildi"),
            format!("{school}, Overstap'ta çocuğunuz {child} hakkındaki şu bilgileri düzeltti:"),
            "Başvuru (aanmelding) daha önce kesinleştiyse kesin olarak kalır: hiçbir şeyi \
             yeniden yapmanız gerekmez.",
            "Bilgileri görüntüle",
            format!("Yanlış bir bilgi mi var? Lütfen {school} ile iletişime geçin."),
        ),
        Language::Ar => (
            format!("تم تصحيح بيانات طفلكم {child}"),
            format!("قامت {school} بتصحيح البيانات التالية لطفلكم {child} في Overstap:"),
            "إذا كان التسجيل (aanmelding) قد أصبح نهائيًا من قبل، فإنه يبقى نهائيًا: لا \
             تحتاجون إلى القيام بأي شيء من جديد.",
            "عرض البيانات",
            format!("هل هناك خطأ ما؟ يُرجى التواصل مع {school}."),
        ),
    };
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::List(changes),
            Block::Notice(notice.to_owned()),
            Block::Button {
                label: label.to_owned(),
                link: mail.portal_link.to_owned(),
                fallback: button_fallback(language),
            },
            Block::Text(format!("{wrong}\n\n{}", closing(language, school))),
            Block::Footer(sent_for_school(language, school)),
        ],
    }
    .into_mail(recipient)
}
