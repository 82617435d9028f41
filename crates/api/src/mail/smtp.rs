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

    pub async fn send(&self, row: &mail_outbox::Model) -> Result<(), SendError> {
        let message = self.message(row)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(err) => Err(classify(&err)),
        }
    }

    fn message(&self, row: &mail_outbox::Model) -> Result<Message, SendError> {
        let to = row.recipient.parse::<Mailbox>().map_err(|e| {
            SendError::Permanent(format!("invalid recipient {:?}: {e}", row.recipient))
        })?;
        Message::builder()
            .from(self.from.clone())
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
            status: "pending".to_owned(),
            attempts: 0,
            next_attempt_at: datetime!(2026-03-26 09:00 UTC),
            last_error: None,
            template: None,
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
                .message(&row("ouder@example.nl"))
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
    async fn an_invalid_recipient_is_a_permanent_failure() {
        assert!(matches!(
            smtp().message(&row("not an address")),
            Err(SendError::Permanent(_))
        ));
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
