//! The primary school no longer records the child's twin (unlinked or changed): the two
//! preference lists are no longer kept the same. Sent to the parents of both children.

use overstap_domain::Language;
use overstap_persistence::outbox::NewMail;

use crate::mail::render::Mail;

pub struct TwinUnlinked<'a> {
    pub language: Language,
    pub child_first_name: &'a str,
    pub twin_first_name: &'a str,
    pub school_name: &'a str,
    pub portal_link: &'a str,
}

pub fn twin_unlinked(recipient: &str, mail: &TwinUnlinked<'_>) -> NewMail {
    Mail::new("twin-unlinked", mail.language)
        .arg("child", mail.child_first_name)
        .arg("twin", mail.twin_first_name)
        .arg("school", mail.school_name)
        .arg("link", mail.portal_link)
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
