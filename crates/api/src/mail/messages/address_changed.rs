//! The school changed the parent's e-mail address: a notice to the old address, so a parent
//! whose address was changed by someone else hears of it.

use overstap_domain::Language;
use overstap_persistence::outbox::NewMail;

use crate::mail::render::Mail;

/// The notice to the address that was on file before the change.
pub struct AddressChanged<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub school_name: &'a str,
}

pub fn address_changed(old_address: &str, mail: &AddressChanged<'_>) -> NewMail {
    Mail::new("address-changed", mail.language)
        .arg("child", mail.child_first_name)
        .arg("school", mail.school_name)
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
