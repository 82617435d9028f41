//! E-mail: the parent-facing messages, and the worker that delivers the outbox over SMTP.
//!
//! Every message is rendered from its template in `crates/api/templates/mail/` (HTML and plain
//! text over one layout, by minijinja, which escapes every value in the HTML) with its texts
//! from `locales/<lang>/mail.ftl` at the repository root (Fluent, one file per language, which
//! a translator edits without touching Rust; see docs/translations.md). Both are compiled into
//! the binary. Dates are formatted by `overstap_domain::i18n` (Europe/Amsterdam, in the
//! reader's language) and passed to the texts as values.
//!
//! Handlers write a message to the outbox (`overstap_persistence::outbox`) in the transaction
//! of the change that causes it; without SMTP the messages stay readable in the dev mailbox,
//! where a message with a secret link is delivered when the mailbox is looked at (`mailbox`).

pub mod deferred;
pub mod mailbox;
pub mod messages;
pub mod pupil_fields;
pub(crate) mod render;
pub mod smtp;
pub(crate) mod texts;
pub mod worker;

pub use messages::{DataCorrected, ParentLogin, Reminder, data_corrected, parent_login, reminder};
pub use pupil_fields::field_name;
pub use smtp::{MailSetupError, message_id};
pub use worker::{OutboxWorker, WorkerConfig};
