//! E-mail: the parent-facing templates, and the worker that delivers the outbox over SMTP.
//!
//! Handlers write a message to the outbox (`overstap_persistence::outbox`) in the transaction
//! of the change that causes it; without SMTP the messages stay readable in the dev mailbox,
//! where a message with a secret link is delivered when the mailbox is looked at (`mailbox`).

pub mod deferred;
pub(crate) mod layout;
pub mod mailbox;
pub mod portal;
pub mod smtp;
pub mod templates;
pub mod worker;

pub use smtp::{MailSetupError, message_id};
pub use templates::{
    DataCorrected, ParentLogin, Reminder, data_corrected, field_name, parent_login, reminder,
};
pub use worker::{OutboxWorker, WorkerConfig};
