//! Delivery over SMTP with lettre: the pooled async transport and the message an outbox row
//! becomes. The Message-ID derives from the outbox id, so a resend is recognisably the same.

use std::error::Error as _;
use std::time::{Duration, SystemTime};

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use overstap_persistence::entities::mail_outbox;
use uuid::Uuid;

/// Why the mail setup is unusable; the server refuses to start with it.
#[derive(Debug, thiserror::Error)]
pub enum MailSetupError {
    #[error("SMTP_URL is not usable: {0}")]
    SmtpUrl(String),
    #[error("OVERSTAP_MAIL_FROM is not an e-mail address: {0}")]
    From(String),
}

/// A failed delivery attempt: worth retrying, or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    Transient(String),
    Permanent(String),
}

#[derive(Clone)]
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// `<{outbox id}@overstap>`.
pub fn message_id(id: Uuid) -> String {
    format!("<{id}@overstap>")
}

impl Smtp {
    /// `url` as in lettre: `smtp://host:port` (plain), `smtp://…?tls=required` (STARTTLS),
    /// `smtps://user:pass@host` (TLS). Up to `connections` are kept open and reused.
    pub fn new(url: &str, from: &str, connections: u32) -> Result<Smtp, MailSetupError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailSetupError::SmtpUrl(e.to_string()))?
            .timeout(Some(Duration::from_secs(20)))
            .pool_config(PoolConfig::new().max_size(connections.max(1)))
            .build();
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| MailSetupError::From(format!("{from:?}: {e}")))?;
        Ok(Smtp { transport, from })
    }

    /// Sends `row`, from `sender_name` (the region's) at the installation's address when given.
    pub async fn send(
        &self,
        row: &mail_outbox::Model,
        sender_name: Option<&str>,
    ) -> Result<(), SendError> {
        let message = self.message(row, sender_name)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            // A server's reply may quote the recipient ("550 <ouder@…>: unknown user"); what
            // is stored in `last_error` and logged names no address.
            Err(err) => Err(match classify(&err) {
                SendError::Permanent(text) => SendError::Permanent(without_addresses(&text)),
                SendError::Transient(text) => SendError::Transient(without_addresses(&text)),
            }),
        }
    }

    fn message(
        &self,
        row: &mail_outbox::Model,
        sender_name: Option<&str>,
    ) -> Result<Message, SendError> {
        let to = row.recipient.parse::<Mailbox>().map_err(|e| {
            SendError::Permanent(without_addresses(&format!("invalid recipient: {e}")))
        })?;
        let from = match sender_name {
            Some(name) => Mailbox::new(Some(name.to_owned()), self.from.email.clone()),
            None => self.from.clone(),
        };
        Message::builder()
            .from(from)
            .to(to)
            .subject(row.subject.as_str())
            .message_id(Some(message_id(row.id)))
            // The time it was written, so every resend of a message is the same message.
            .date(SystemTime::from(row.created_at))
            .multipart(MultiPart::alternative_plain_html(
                row.body_text.clone(),
                row.body_html.clone(),
            ))
            .map_err(|e| SendError::Permanent(format!("cannot build the message: {e}")))
    }
}

/// A 5xx reply rejects the message for good; anything else (no connection, timeout, 4xx) may
/// pass later. 53x (authentication, TLS required) is the server's configuration, not the
/// message's fault, so it is retried too.
fn classify(err: &lettre::transport::smtp::Error) -> SendError {
    let text = describe(err);
    match err.status() {
        Some(code) if err.is_permanent() && !code.to_string().starts_with("53") => {
            SendError::Permanent(text)
        }
        _ => SendError::Transient(text),
    }
}

/// `text` with every e-mail address (a run of address characters around an `@`) replaced by
/// `[address]`.
pub fn without_addresses(text: &str) -> String {
    fn part_of_address(c: char) -> bool {
        c.is_alphanumeric() || "._%+-'!#$&*/=?^`{|}~".contains(c)
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '@' {
            // Take back the local part already written, then skip the domain.
            let mut start = out.len();
            for (at, c) in out.char_indices().rev() {
                if part_of_address(c) {
                    start = at;
                } else {
                    break;
                }
            }
            out.truncate(start);
            out.push_str("[address]");
            i += 1;
            while i < chars.len() && part_of_address(chars[i]) {
                i += 1;
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The error with its causes, as stored in `last_error` (bounded).
fn describe(err: &lettre::transport::smtp::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    if text.len() > 1000 {
        let mut end = 1000;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn row(recipient: &str) -> mail_outbox::Model {
        mail_outbox::Model {
            id: Uuid::nil(),
            recipient: recipient.to_owned(),
            subject: "Inloggegevens voor Noor".to_owned(),
            body_text: "Hallo".to_owned(),
            body_html: "<p>Hallo</p>".to_owned(),
            status: overstap_persistence::outbox::MailStatus::Pending.into(),
            attempts: 0,
            next_attempt_at: datetime!(2026-03-26 09:00 UTC),
            last_error: None,
            template: None,
            region_id: None,
            created_at: datetime!(2026-03-26 09:00 UTC),
            sent_at: None,
        }
    }

    fn smtp() -> Smtp {
        Smtp::new(
            "smtp://127.0.0.1:2525",
            "Overstap <noreply@overstap.example>",
            2,
        )
        .unwrap()
    }

    #[tokio::test]
    async fn the_message_id_and_date_derive_from_the_outbox_row() {
        let formatted = String::from_utf8(
            smtp()
                .message(&row("ouder@example.nl"), None)
                .unwrap()
                .formatted(),
        )
        .unwrap();
        assert!(
            formatted.contains("Message-ID: <00000000-0000-0000-0000-000000000000@overstap>"),
            "{formatted}"
        );
        assert!(
            formatted.contains("Date: Thu, 26 Mar 2026 09:00:00 +0000"),
            "{formatted}"
        );
        assert!(formatted.contains("multipart/alternative"));
    }

    #[tokio::test]
    async fn an_invalid_recipient_is_a_permanent_failure_that_does_not_repeat_it() {
        let Err(SendError::Permanent(text)) =
            smtp().message(&row("zoë.çelik@@ouders.example"), None)
        else {
            panic!("an invalid recipient must be a permanent failure");
        };
        assert!(!text.contains("ouders.example"), "{text}");
        assert!(!text.contains("elik"), "{text}");
    }

    #[test]
    fn addresses_are_taken_out_of_an_error_text() {
        assert_eq!(
            without_addresses("550 5.1.1 <zoe.celik+x@ouders.example>: Recipient address rejected"),
            "550 5.1.1 <[address]>: Recipient address rejected"
        );
        assert_eq!(
            without_addresses("to a@b.nl and Ü.ö@x-y.example."),
            "to [address] and [address]"
        );
        assert_eq!(
            without_addresses("connection refused"),
            "connection refused"
        );
    }

    #[tokio::test]
    async fn a_bad_url_or_sender_refuses_to_start() {
        assert!(matches!(
            Smtp::new("http://example.org", "a@b.example", 1),
            Err(MailSetupError::SmtpUrl(_))
        ));
        assert!(matches!(
            Smtp::new("smtp://127.0.0.1:25", "nobody", 1),
            Err(MailSetupError::From(_))
        ));
    }
}
