//! The mail outbox: messages are written here in the transaction of the change that causes
//! them, and a worker delivers them.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use time::{OffsetDateTime, UtcOffset};
use uuid::Uuid;

use crate::entities::mail_outbox;

/// A message to send; the worker derives its Message-ID from the outbox id. Either rendered
/// (subject and bodies), or as `template` parameters that the worker renders on delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub template: Option<serde_json::Value>,
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
    let now = utc(now);
    mail_outbox::ActiveModel {
        id: Set(id),
        recipient: Set(mail.recipient),
        subject: Set(mail.subject),
        body_text: Set(mail.body_text),
        body_html: Set(mail.body_html),
        template: Set(mail.template),
        status: Set("pending".to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
    }
}

/// Instants are stored in UTC so that they also order correctly as SQLite text.
fn utc(instant: OffsetDateTime) -> OffsetDateTime {
    instant.to_offset(UtcOffset::UTC)
}

const RETURNING: &str = "id, recipient, subject, body_text, body_html, status, attempts, \
                         next_attempt_at, last_error, created_at, sent_at, template";

/// Claims up to `limit` pending messages that are due at `now`, leasing them until
/// `lease_until`: their next attempt moves there, so no other worker (in this process or another
/// replica) takes them meanwhile. Messages of a worker that dies are retried when the lease ends.
pub async fn claim_due<C: ConnectionTrait>(
    db: &C,
    now: OffsetDateTime,
    lease_until: OffsetDateTime,
    limit: u32,
) -> Result<Vec<mail_outbox::Model>, DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        // SKIP LOCKED: concurrent claimers pass over each other's rows instead of waiting;
        // a row updated meanwhile is re-checked against the WHERE clause and skipped.
        DbBackend::Postgres => format!(
            "UPDATE mail_outbox SET next_attempt_at = $1 WHERE id IN (\
               SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= $2 \
               ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) \
             RETURNING {RETURNING}"
        ),
        // One statement is atomic under SQLite's single writer; julianday() compares instants
        // whatever their text form.
        _ => format!(
            "UPDATE mail_outbox SET next_attempt_at = ? WHERE id IN (\
               SELECT id FROM mail_outbox WHERE status = 'pending' \
               AND julianday(next_attempt_at) <= julianday(?) \
               ORDER BY julianday(next_attempt_at) LIMIT ?) \
             RETURNING {RETURNING}"
        ),
    };
    let statement = Statement::from_sql_and_values(
        backend,
        sql,
        [
            utc(lease_until).into(),
            utc(now).into(),
            i64::from(limit).into(),
        ],
    );
    mail_outbox::Entity::find()
        .from_raw_sql(statement)
        .all(db)
        .await
}

/// Delivered: the messages leave the queue (one statement for all of them).
pub async fn mark_sent<C: ConnectionTrait>(
    db: &C,
    ids: &[Uuid],
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::Status, Expr::value("sent"))
        .col_expr(mail_outbox::Column::SentAt, Expr::value(Some(utc(now))))
        .col_expr(
            mail_outbox::Column::LastError,
            Expr::value(Option::<String>::None),
        )
        .filter(mail_outbox::Column::Id.is_in(ids.iter().copied()))
        .filter(mail_outbox::Column::Status.eq("pending"))
        .exec(db)
        .await?;
    Ok(())
}

/// A failed attempt that will be retried at `next_attempt_at`.
pub async fn mark_retry<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    attempts: i32,
    next_attempt_at: OffsetDateTime,
    error: &str,
) -> Result<(), DbErr> {
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(
            mail_outbox::Column::NextAttemptAt,
            Expr::value(utc(next_attempt_at)),
        )
        .col_expr(
            mail_outbox::Column::LastError,
            Expr::value(Some(error.to_owned())),
        )
        .filter(mail_outbox::Column::Id.eq(id))
        .filter(mail_outbox::Column::Status.eq("pending"))
        .exec(db)
        .await?;
    Ok(())
}

/// Given up: a permanent rejection, or too many attempts.
pub async fn mark_failed<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    attempts: i32,
    error: &str,
) -> Result<(), DbErr> {
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::Status, Expr::value("failed"))
        .col_expr(mail_outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(
            mail_outbox::Column::LastError,
            Expr::value(Some(error.to_owned())),
        )
        .filter(mail_outbox::Column::Id.eq(id))
        .filter(mail_outbox::Column::Status.eq("pending"))
        .exec(db)
        .await?;
    Ok(())
}

/// The newest messages first, whatever their status (the development mailbox).
pub async fn latest<C: ConnectionTrait>(
    db: &C,
    limit: u64,
) -> Result<Vec<mail_outbox::Model>, DbErr> {
    mail_outbox::Entity::find()
        .order_by_desc(mail_outbox::Column::CreatedAt)
        .order_by_desc(mail_outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Enqueues messages that must not go out before `due` (e.g. results at the publication
/// moment): the worker only claims a message once its next attempt is due.
pub async fn enqueue_many_due<C: ConnectionTrait>(
    db: &C,
    mails: Vec<NewMail>,
    due: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    let due = utc(due.max(now));
    if db.get_database_backend() == DbBackend::Postgres {
        // One statement over the rows as a JSON parameter: an official run queues a message
        // per pupil (200,000 in a large region).
        for chunk in mails.chunks(50_000) {
            let rows: Vec<serde_json::Value> = chunk
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "recipient": m.recipient, "subject": m.subject,
                        "body_text": m.body_text, "body_html": m.body_html,
                        "template": m.template,
                    })
                })
                .collect();
            db.execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "INSERT INTO mail_outbox (id, recipient, subject, body_text, body_html, template, \
                 status, attempts, next_attempt_at, last_error, created_at, sent_at) \
                 SELECT gen_random_uuid(), r.recipient, r.subject, r.body_text, r.body_html, \
                 r.template, 'pending', 0, $2, NULL, $3, NULL \
                 FROM json_to_recordset($1::json) AS r(recipient text, subject text, \
                 body_text text, body_html text, template json)",
                [
                    serde_json::Value::Array(rows).to_string().into(),
                    due.into(),
                    utc(now).into(),
                ],
            ))
            .await?;
        }
        return Ok(());
    }
    let mut rows = mails
        .into_iter()
        .map(|mail| {
            let mut row = active(Uuid::new_v4(), mail, now);
            row.next_attempt_at = Set(due);
            row
        })
        .peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(500).collect();
        mail_outbox::Entity::insert_many(chunk).exec(db).await?;
    }
    Ok(())
}
