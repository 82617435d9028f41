//! The e-mails of the parent portal, in the parent's language (nl, en, tr, ar): the
//! ontvangstbevestiging when a registration becomes definitive, a password-reset link, the
//! notice that a registration was withdrawn, the placement result (uitslag) at the
//! publication moment, and every later change of the place a VO school records. Rendered at
//! once into outbox messages; their texts are in `locales/<lang>/mail.ftl`, their templates in
//! `crates/api/templates/mail/`.

mod confirmation;
mod password_reset;
mod placement_changed;
mod result;
mod round2_confirmation;
#[cfg(test)]
mod tests;
mod withdrawn;

pub use confirmation::{Confirmation, ConfirmedProgramme, confirmation};
pub use password_reset::{PasswordReset, password_reset};
pub use placement_changed::{PlaceChange, PlacementChanged, placement_changed};
pub use result::{PlacementResult, placement_result};
pub use round2_confirmation::{Round2Confirmation, round2_confirmation};
pub use withdrawn::{Withdrawn, withdrawn};
