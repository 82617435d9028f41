//! A VO school changed the child's place after publication: it withdrew the place at the
//! parents' request, or recorded the parents' answer to a reserve-list offer. The parent hears
//! of every change to the place, whoever typed it in.

use overstap_domain::Language;
use overstap_persistence::outbox::NewMail;

use super::{SENDER, sent_automatically};
use crate::mail::layout::{Block, Letter};
use crate::mail::templates::common::{button_fallback, closing, greeting};

/// What the school recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceChange {
    /// The place was given up at the parents' request; round 2 is open to the child.
    Withdrawn,
    /// The parents accepted a freed seat from the reserve list: the child is placed there now.
    OfferAccepted,
    /// The parents declined the offered seat: the child keeps the place they had.
    OfferDeclined,
}

pub struct PlacementChanged<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub change: PlaceChange,
    pub programme_name: &'a str,
    pub school_name: &'a str,
    pub portal_link: &'a str,
}

pub fn placement_changed(recipient: &str, mail: &PlacementChanged<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let place = format!("{} ({})", mail.programme_name, mail.school_name);
    let school = mail.school_name;
    let (subject, intro, button, not_you) = match (language, mail.change) {
        (Language::Nl, PlaceChange::Withdrawn) => (
            format!("De plaats van {child} is vervallen"),
            format!(
                "{school} heeft vastgelegd dat {child} op uw verzoek de plaats bij {place} \
                 opgeeft. {child} heeft nu geen plaats en kan meedoen aan ronde 2."
            ),
            "Naar de uitslag",
            format!("Heeft u hier niet om gevraagd? Neem dan meteen contact op met {school}."),
        ),
        (Language::Nl, PlaceChange::OfferAccepted) => (
            format!("{child} is geplaatst bij {school}"),
            format!(
                "{school} heeft vastgelegd dat u de aangeboden plaats bij {place} aanneemt. \
                 {child} is nu daar geplaatst; de vorige plaats is vrijgegeven."
            ),
            "Naar de uitslag",
            format!("Klopt dit niet? Neem dan meteen contact op met {school}."),
        ),
        (Language::Nl, PlaceChange::OfferDeclined) => (
            format!("Aangeboden plaats voor {child} niet aangenomen"),
            format!(
                "{school} heeft vastgelegd dat u de aangeboden plaats bij {place} niet aanneemt. \
                 {child} houdt de plaats die {child} al had."
            ),
            "Naar de uitslag",
            format!("Klopt dit niet? Neem dan meteen contact op met {school}."),
        ),
        (Language::En, PlaceChange::Withdrawn) => (
            format!("{child}'s place has been given up"),
            format!(
                "{school} has recorded that, at your request, {child} gives up the place at \
                 {place}. {child} now has no place and can take part in round 2."
            ),
            "View the result",
            format!("Did you not ask for this? Then please contact {school} right away."),
        ),
        (Language::En, PlaceChange::OfferAccepted) => (
            format!("{child} is placed at {school}"),
            format!(
                "{school} has recorded that you accept the offered place at {place}. {child} \
                 is now placed there; the previous place has been released."
            ),
            "View the result",
            format!("Is this not right? Then please contact {school} right away."),
        ),
        (Language::En, PlaceChange::OfferDeclined) => (
            format!("Offered place for {child} declined"),
            format!(
                "{school} has recorded that you decline the offered place at {place}. {child} \
                 keeps the place they already had."
            ),
            "View the result",
            format!("Is this not right? Then please contact {school} right away."),
        ),
        (Language::Tr, PlaceChange::Withdrawn) => (
            format!("{child} için ayrılan yerden vazgeçildi"),
            format!(
                "{school}, isteğiniz üzerine çocuğunuz {child} için {place} yerinden \
                 vazgeçildiğini kaydetti. {child} şu anda bir yere yerleştirilmemiştir ve 2. \
                 tura (ronde 2) katılabilir."
            ),
            "Sonuca git",
            format!("Bunu siz istemediyseniz lütfen hemen {school} ile iletişime geçin."),
        ),
        (Language::Tr, PlaceChange::OfferAccepted) => (
            format!("{child}, {school} okuluna yerleştirildi"),
            format!(
                "{school}, {place} için teklif edilen yeri kabul ettiğinizi kaydetti. \
                 Çocuğunuz {child} artık oraya yerleştirildi; önceki yer serbest bırakıldı."
            ),
            "Sonuca git",
            format!("Bu doğru değilse lütfen hemen {school} ile iletişime geçin."),
        ),
        (Language::Tr, PlaceChange::OfferDeclined) => (
            format!("{child} için teklif edilen yer kabul edilmedi"),
            format!(
                "{school}, {place} için teklif edilen yeri kabul etmediğinizi kaydetti. \
                 Çocuğunuz {child} mevcut yerini korur."
            ),
            "Sonuca git",
            format!("Bu doğru değilse lütfen hemen {school} ile iletişime geçin."),
        ),
        (Language::Ar, PlaceChange::Withdrawn) => (
            format!("تم التخلي عن مقعد طفلكم {child}"),
            format!(
                "سجّلت {school} أنه بناءً على طلبكم تخلّى طفلكم {child} عن المقعد في {place}. \
                 ليس لطفلكم الآن مقعد، ويمكنه المشاركة في الجولة الثانية (ronde 2)."
            ),
            "الذهاب إلى النتيجة",
            format!("إذا لم تطلبوا ذلك، يُرجى التواصل فورًا مع {school}."),
        ),
        (Language::Ar, PlaceChange::OfferAccepted) => (
            format!("تم قبول طفلكم {child} في {school}"),
            format!(
                "سجّلت {school} أنكم قبلتم المقعد المعروض في {place}. أصبح طفلكم {child} مسجلًا \
                 هناك الآن، وتم تحرير المقعد السابق."
            ),
            "الذهاب إلى النتيجة",
            format!("إذا لم يكن هذا صحيحًا، يُرجى التواصل فورًا مع {school}."),
        ),
        (Language::Ar, PlaceChange::OfferDeclined) => (
            format!("لم يتم قبول المقعد المعروض على طفلكم {child}"),
            format!(
                "سجّلت {school} أنكم لم تقبلوا المقعد المعروض في {place}. يحتفظ طفلكم {child} \
                 بالمقعد الذي كان لديه."
            ),
            "الذهاب إلى النتيجة",
            format!("إذا لم يكن هذا صحيحًا، يُرجى التواصل فورًا مع {school}."),
        ),
    };
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::Button {
                label: button.to_owned(),
                link: mail.portal_link.to_owned(),
                fallback: button_fallback(language),
            },
            Block::Text(not_you),
            Block::Text(closing(language, SENDER)),
            Block::Footer(sent_automatically(language).to_owned()),
        ],
    }
    .into_mail(recipient)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_change_in_every_language_names_the_child_the_place_and_the_school() {
        for language in [Language::Nl, Language::En, Language::Tr, Language::Ar] {
            let mut subjects = Vec::new();
            for change in [
                PlaceChange::Withdrawn,
                PlaceChange::OfferAccepted,
                PlaceChange::OfferDeclined,
            ] {
                let mail = placement_changed(
                    "ouder@example.org",
                    &PlacementChanged {
                        language,
                        child_first_name: "Noor",
                        change,
                        programme_name: "havo/vwo",
                        school_name: "Het Amstel College",
                        portal_link: "http://localhost:8080/ouder/uitslag",
                    },
                );
                for part in [&mail.body_text, &mail.body_html] {
                    for needle in ["Noor", "havo/vwo", "Het Amstel College", "/ouder/uitslag"] {
                        assert!(part.contains(needle), "{language:?} {change:?}: {needle}");
                    }
                }
                subjects.push(mail.subject);
            }
            subjects.dedup();
            assert_eq!(subjects.len(), 3, "{language:?}: one subject per change");
        }
    }
}
