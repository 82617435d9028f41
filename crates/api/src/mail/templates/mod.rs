//! The parent-facing e-mails, in the parent's language (nl, en, tr, ar), as outbox messages
//! with an HTML and a text part. One file per e-mail; all their user-facing text lives here
//! and in `mail::portal`.
//!
//! Every text lives in a `match` on `Language`; adding a language is one arm per e-mail (the
//! compiler lists them), its words in `common` and in `field_name`. Turkish and Arabic keep the
//! Dutch procedure words a parent meets at school (ELK-nummer, aanmelding, voorkeurslijst) in
//! parentheses after the translation.

mod address_changed;
pub(crate) mod common;
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
