//! The e-mails to parents, one file per message with the data it is rendered from, in the
//! parent's language (nl, en, tr, ar), as outbox messages with an HTML and a text part. Each
//! file is named after its template in `crates/api/templates/mail/`; the texts are in
//! `locales/<lang>/mail.ftl` (see `mail::render`). Turkish and Arabic keep the Dutch procedure
//! words a parent meets at school (ELK-nummer, aanmelding, voorkeurslijst) in parentheses after
//! the translation.
//!
//! A school's actions send the login (`parent_login`), the correction (`data_corrected`), the
//! reminder, the notice to the old address (`address_changed`) and the end of a twin link
//! (`twin_unlinked`). The parent portal sends the ontvangstbevestiging (`confirmation`), the
//! password reset, the notice of a withdrawn registration (`withdrawn`), the placement result
//! (uitslag) at the publication moment, every later change of the place a VO school records
//! (`placement_changed`), and the round-2 confirmation.
//!
//! Staff get their invitation and password reset (`staff`), in Dutch or English.

mod address_changed;
mod confirmation;
mod data_corrected;
mod parent_login;
mod password_reset;
mod placement_changed;
mod placement_result;
mod reminder;
mod round2_confirmation;
mod staff;
mod twin_unlinked;
mod withdrawn;

#[cfg(test)]
mod portal_tests;
#[cfg(test)]
mod school_tests;

pub use address_changed::{AddressChanged, address_changed};
pub use confirmation::{Confirmation, ConfirmedProgramme, confirmation};
pub use data_corrected::{DataCorrected, data_corrected};
pub use parent_login::{ParentLogin, parent_login};
pub use password_reset::{PasswordReset, password_reset};
pub use placement_changed::{PlaceChange, PlacementChanged, placement_changed};
pub use placement_result::{PlacementResult, placement_result};
pub use reminder::{Reminder, reminder};
pub use round2_confirmation::{Round2Confirmation, round2_confirmation};
pub use staff::{StaffInvitation, StaffPasswordReset, staff_invitation, staff_password_reset};
pub use twin_unlinked::{TwinUnlinked, twin_unlinked};
pub use withdrawn::{Withdrawn, withdrawn};
