//! The e-mails a school has Overstap send to parents, in the parent's language (nl, en, tr,
//! ar), as outbox messages with an HTML and a text part; `mail::portal` has those of the
//! parent portal. One file per e-mail, with the data it is rendered from; the texts are in
//! `locales/<lang>/mail.ftl` and the templates in `crates/api/templates/mail/` (see
//! `mail::render`). Turkish and Arabic keep the Dutch procedure words a parent meets at school
//! (ELK-nummer, aanmelding, voorkeurslijst) in parentheses after the translation.

mod address_changed;
mod corrected;
mod fields;
mod login;
mod reminder;
#[cfg(test)]
mod tests;
mod twin_unlinked;

pub use address_changed::{AddressChanged, address_changed};
pub use corrected::{DataCorrected, data_corrected};
pub use fields::field_name;
pub use login::{ParentLogin, parent_login};
pub use reminder::{Reminder, reminder};
pub use twin_unlinked::{TwinUnlinked, twin_unlinked};
