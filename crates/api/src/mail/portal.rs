//! The e-mails of the parent portal, in the parent's language (nl, en, tr, ar): the
//! ontvangstbevestiging when a registration becomes definitive, a password-reset link, the
//! notice that a registration was withdrawn, the placement result (uitslag) at the
//! publication moment, and every later change of the place a VO school records. Rendered at once into outbox messages with the shared layout; all
//! their user-facing text lives in these files.

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

use overstap_domain::Language;

/// The portal e-mails come from Overstap itself, not from a school.
const SENDER: &str = "Overstap";

fn sent_automatically(language: Language) -> &'static str {
    match language {
        Language::Nl => "Deze e-mail is automatisch verstuurd door Overstap.",
        Language::En => "This e-mail was sent automatically by Overstap.",
        Language::Tr => "Bu e-posta Overstap tarafından otomatik olarak gönderilmiştir.",
        Language::Ar => "أُرسلت هذه الرسالة تلقائيًا من Overstap.",
    }
}
