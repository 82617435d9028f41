//! The mail outbox: messages are written here in the transaction of the change that causes
//! them, and a worker delivers them.

use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::mail_outbox;

/// A message to send; the worker derives its Message-ID from the outbox id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
}

pub async fn enqueue<C: ConnectionTrait>(
    db: &C,
    mail: NewMail,
    now: OffsetDateTime,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    mail_outbox::Entity::insert(active(id, mail, now))
        .exec(db)
        .await?;
    Ok(id)
}

/// Enqueues many messages in few statements (bulk login dispatch).
pub async fn enqueue_many<C: ConnectionTrait>(
    db: &C,
    mails: Vec<NewMail>,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    let mut rows = mails
        .into_iter()
        .map(|mail| active(Uuid::new_v4(), mail, now))
        .peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(500).collect();
        mail_outbox::Entity::insert_many(chunk).exec(db).await?;
    }
    Ok(())
}

fn active(id: Uuid, mail: NewMail, now: OffsetDateTime) -> mail_outbox::ActiveModel {
    mail_outbox::ActiveModel {
        id: Set(id),
        recipient: Set(mail.recipient),
        subject: Set(mail.subject),
        body_text: Set(mail.body_text),
        body_html: Set(mail.body_html),
        status: Set("pending".to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
    }
}
