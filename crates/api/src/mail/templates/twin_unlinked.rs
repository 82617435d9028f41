//! The primary school no longer records the child's twin (unlinked or changed): the two
//! preference lists are no longer kept the same. Sent to the parents of both children.

use overstap_domain::Language;
use overstap_persistence::outbox::NewMail;

use super::common::{button_fallback, closing, greeting, sent_for_school};
use crate::mail::layout::{Block, Letter};

pub struct TwinUnlinked<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub twin_first_name: &'a str,
    pub school_name: &'a str,
    pub portal_link: &'a str,
}

pub fn twin_unlinked(recipient: &str, mail: &TwinUnlinked<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let twin = mail.twin_first_name;
    let school = mail.school_name;
    let (subject, intro, notice, button, wrong) = match language {
        Language::Nl => (
            format!("De voorkeurslijsten van {child} en {twin} zijn niet meer gekoppeld"),
            format!(
                "{school} heeft {child} en {twin} in Overstap niet langer als tweeling \
                 geregistreerd. Daarom zijn hun voorkeurslijsten niet meer gekoppeld: een \
                 wijziging in de ene lijst verandert de andere niet meer, en bij de loting \
                 tellen zij niet meer als één eenheid."
            ),
            format!(
                "Controleer de voorkeurslijst van {child} en maak de aanmelding zo nodig opnieuw definitief."
            ),
            "Naar de aanmelding",
            format!("Klopt dit niet? Neem dan contact op met {school}."),
        ),
        Language::En => (
            format!("The preference lists of {child} and {twin} are no longer linked"),
            format!(
                "{school} no longer records {child} and {twin} as twins in Overstap. Their \
                 preference lists are therefore no longer linked: a change to one list no longer \
                 changes the other, and they no longer count as one unit in the lottery."
            ),
            format!(
                "Please check {child}'s preference list and confirm the registration again if needed."
            ),
            "Go to the registration",
            format!("Is this not right? Please contact {school}."),
        ),
        Language::Tr => (
            format!("{child} ve {twin} için tercih listeleri (voorkeurslijst) artık bağlı değil"),
            format!(
                "{school}, Overstap'ta {child} ve {twin} çocuklarını artık ikiz olarak kayıtlı \
                 tutmuyor. Bu nedenle tercih listeleri artık bağlı değil: bir listedeki değişiklik \
                 diğerini değiştirmez ve kurada (loting) artık tek bir birim sayılmazlar."
            ),
            format!(
                "Lütfen {child} için tercih listesini kontrol edin ve gerekirse başvuruyu (aanmelding) yeniden kesinleştirin."
            ),
            "Başvuruya git",
            format!("Bu doğru değilse lütfen {school} ile iletişime geçin."),
        ),
        Language::Ar => (
            format!("لم تعد قائمتا التفضيلات الخاصتان بـ {child} و{twin} مرتبطتين"),
            format!(
                "لم تعد {school} تسجّل {child} و{twin} كتوأم في Overstap. لذلك لم تعد قائمتا \
                 التفضيلات (voorkeurslijst) مرتبطتين: التغيير في إحداهما لم يعد يغيّر الأخرى، \
                 ولم يعودا يُحتسبان كوحدة واحدة في القرعة."
            ),
            format!(
                "يُرجى مراجعة قائمة تفضيلات {child} وجعل التسجيل (aanmelding) نهائيًا من جديد عند الحاجة."
            ),
            "الذهاب إلى التسجيل",
            format!("إذا لم يكن هذا صحيحًا، يُرجى التواصل مع {school}."),
        ),
    };
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::Notice(notice),
            Block::Button {
                label: button.to_owned(),
                link: mail.portal_link.to_owned(),
                fallback: button_fallback(language),
            },
            Block::Text(format!("{wrong}\n\n{}", closing(language, school))),
            Block::Footer(sent_for_school(language, school)),
        ],
    }
    .into_mail(recipient)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_children_and_the_school_are_named_in_every_language() {
        for language in [Language::Nl, Language::En, Language::Tr, Language::Ar] {
            let mail = twin_unlinked(
                "ouder@example.org",
                &TwinUnlinked {
                    language,
                    child_first_name: "Noor",
                    twin_first_name: "Daan",
                    school_name: "De Regenboog",
                    portal_link: "http://localhost:8080/ouder",
                },
            );
            for needle in ["Noor", "Daan", "De Regenboog", "/ouder"] {
                assert!(mail.body_text.contains(needle), "{language:?}: {needle}");
                assert!(mail.body_html.contains(needle), "{language:?}: {needle}");
            }
        }
    }
}
