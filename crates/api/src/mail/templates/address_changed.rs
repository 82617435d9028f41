//! The school changed the parent's e-mail address: a notice to the old address, so a parent
//! whose address was changed by someone else hears of it.

use overstap_domain::Language;
use overstap_persistence::outbox::NewMail;

use super::common::{closing, greeting, sent_for_school};
use crate::mail::layout::{Block, Letter};

/// The notice to the address that was on file before the change.
pub struct AddressChanged<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub school_name: &'a str,
}

pub fn address_changed(old_address: &str, mail: &AddressChanged<'_>) -> NewMail {
    let language = mail.language;
    let child = mail.child_first_name;
    let school = mail.school_name;
    let (subject, intro, notice, wrong) = match language {
        Language::Nl => (
            format!("Het e-mailadres voor {child} in Overstap is gewijzigd"),
            format!(
                "{school} heeft het e-mailadres waarop u berichten over de aanmelding van \
                 {child} in Overstap krijgt, gewijzigd. Dit adres krijgt vanaf nu geen berichten \
                 meer; links die u eerder kreeg om in te loggen of een wachtwoord te kiezen, \
                 werken niet meer."
            ),
            "Het nieuwe adres staat om privacyredenen niet in deze e-mail.",
            format!("Heeft u hier niet om gevraagd? Neem dan meteen contact op met {school}."),
        ),
        Language::En => (
            format!("The e-mail address for {child} in Overstap has changed"),
            format!(
                "{school} has changed the e-mail address at which you receive messages about \
                 {child}'s registration in Overstap. This address will no longer receive \
                 messages; links you received earlier to sign in or choose a password no longer \
                 work."
            ),
            "For privacy reasons the new address is not shown in this e-mail.",
            format!("Did you not ask for this? Then please contact {school} right away."),
        ),
        Language::Tr => (
            format!("Overstap'ta {child} için e-posta adresi değiştirildi"),
            format!(
                "{school}, çocuğunuz {child} için Overstap'taki başvuru (aanmelding) hakkında \
                 mesaj aldığınız e-posta adresini değiştirdi. Bu adrese artık mesaj \
                 gönderilmeyecek; giriş yapmak veya şifre belirlemek için daha önce aldığınız \
                 bağlantılar artık çalışmıyor."
            ),
            "Gizlilik nedeniyle yeni adres bu e-postada gösterilmez.",
            format!("Bunu siz istemediyseniz lütfen hemen {school} ile iletişime geçin."),
        ),
        Language::Ar => (
            format!("تم تغيير عنوان البريد الإلكتروني الخاص بـ {child} في Overstap"),
            format!(
                "قامت {school} بتغيير عنوان البريد الإلكتروني الذي تصلكم عليه الرسائل حول \
                 تسجيل (aanmelding) طفلكم {child} في Overstap. لن تصل رسائل إلى هذا العنوان بعد \
                 الآن، والروابط التي وصلتكم سابقًا لتسجيل الدخول أو لاختيار كلمة مرور لم تعد تعمل."
            ),
            "لأسباب تتعلق بالخصوصية لا يظهر العنوان الجديد في هذه الرسالة.",
            format!("إذا لم تطلبوا ذلك، يُرجى التواصل فورًا مع {school}."),
        ),
    };
    Letter {
        language,
        subject,
        blocks: vec![
            Block::Text(greeting(language, child)),
            Block::Text(intro),
            Block::Notice(notice.to_owned()),
            Block::Text(format!("{wrong}\n\n{}", closing(language, school))),
            Block::Footer(sent_for_school(language, school)),
        ],
    }
    .into_mail(old_address)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notice_names_the_school_in_every_language_and_not_the_new_address() {
        for language in [Language::Nl, Language::En, Language::Tr, Language::Ar] {
            let mail = address_changed(
                "oud@example.org",
                &AddressChanged {
                    language,
                    child_first_name: "Noor",
                    school_name: "De Regenboog",
                },
            );
            assert_eq!(mail.recipient, "oud@example.org");
            assert!(mail.subject.contains("Noor"), "{language:?}");
            assert!(mail.body_text.contains("De Regenboog"), "{language:?}");
            assert!(mail.body_html.contains("De Regenboog"), "{language:?}");
            assert!(
                !mail.body_text.contains('@'),
                "{language:?}: {}",
                mail.body_text
            );
        }
    }
}
