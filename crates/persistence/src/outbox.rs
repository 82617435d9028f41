//! The mail outbox: messages are written here in the transaction of the change that causes
//! them, and a worker delivers them.

use overstap_domain::{PlacementRunId, ProcedureId, ProgrammeId, RegionId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use time::{OffsetDateTime, UtcOffset};
use uuid::Uuid;

use crate::entities::mail_outbox;
use crate::stored::{Stored, StoredText};

/// Where a message is in its delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailStatus {
    /// Waiting for (another) delivery attempt.
    Pending,
    Sent,
    /// Given up after the last attempt.
    Failed,
}

impl MailStatus {
    pub const fn as_str(&self) -> &'static str {
        match self {
            MailStatus::Pending => "pending",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
        }
    }
}

impl StoredText for MailStatus {
    const WHAT: &'static str = "mail status";
    fn name(&self) -> &'static str {
        self.as_str()
    }
    fn from_name(name: &str) -> Option<Self> {
        [MailStatus::Pending, MailStatus::Sent, MailStatus::Failed]
            .into_iter()
            .find(|status| status.name() == name)
    }
}

/// A message to send; the worker derives its Message-ID from the outbox id. Either rendered
/// (subject and bodies), or as `template` parameters that the worker renders on delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub template: Option<serde_json::Value>,
    /// The region it is written for: the From then carries the region's sender name.
    pub region: Option<RegionId>,
}

impl NewMail {
    /// The message, sent in the name of `region`.
    pub fn in_region(self, region: RegionId) -> NewMail {
        NewMail {
            region: Some(region),
            ..self
        }
    }
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
        region_id: Set(mail.region.map(|r| r.as_uuid())),
        status: Set(Stored(MailStatus::Pending)),
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
                         next_attempt_at, last_error, created_at, sent_at, template, region_id";

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

/// Delivered: the messages leave the queue (one statement for all of them), and their stored
/// template parameters (names, ELK numbers) are cleared.
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
        .col_expr(
            mail_outbox::Column::Template,
            Expr::value(Option::<serde_json::Value>::None),
        )
        .filter(mail_outbox::Column::Id.is_in(ids.iter().copied()))
        .filter(mail_outbox::Column::Status.eq("pending"))
        .exec(db)
        .await?;
    Ok(())
}

/// Whether the message `id` went out.
pub async fn is_sent<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<bool, DbErr> {
    Ok(mail_outbox::Entity::find_by_id(id)
        .one(db)
        .await?
        .is_some_and(|row| row.status == "sent"))
}

/// Not sent, on purpose: the link it was to carry stopped working before delivery (a newer
/// login, a changed address), or the reset was asked for a number without an account. The
/// message is removed (it held names and numbers that are no longer needed); the worker logs
/// its id and the reason.
pub async fn cancel<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<(), DbErr> {
    mail_outbox::Entity::delete_many()
        .filter(mail_outbox::Column::Id.eq(id))
        .filter(mail_outbox::Column::Status.eq("pending"))
        .exec(db)
        .await?;
    Ok(())
}

/// The development mailbox is where a message goes without SMTP: its rendered form is stored
/// (there is nowhere else to read it) and it counts as sent.
pub async fn store_in_mailbox<C: ConnectionTrait>(
    db: &C,
    row: &mail_outbox::Model,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::Status, Expr::value("sent"))
        .col_expr(mail_outbox::Column::SentAt, Expr::value(Some(utc(now))))
        .col_expr(mail_outbox::Column::Recipient, Expr::value(&row.recipient))
        .col_expr(mail_outbox::Column::RegionId, Expr::value(row.region_id))
        .col_expr(mail_outbox::Column::Subject, Expr::value(&row.subject))
        .col_expr(mail_outbox::Column::BodyText, Expr::value(&row.body_text))
        .col_expr(mail_outbox::Column::BodyHtml, Expr::value(&row.body_html))
        .col_expr(
            mail_outbox::Column::Template,
            Expr::value(Option::<serde_json::Value>::None),
        )
        .filter(mail_outbox::Column::Id.eq(row.id))
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
                        "region": m.region.map(|r| r.as_uuid()),
                    })
                })
                .collect();
            db.execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "INSERT INTO mail_outbox (id, recipient, subject, body_text, body_html, template, \
                 region_id, status, attempts, next_attempt_at, last_error, created_at, sent_at) \
                 SELECT gen_random_uuid(), r.recipient, r.subject, r.body_text, r.body_html, \
                 r.template, r.region, 'pending', 0, $2, NULL, $3, NULL \
                 FROM json_to_recordset($1::json) AS r(recipient text, subject text, \
                 body_text text, body_html text, template json, region uuid)",
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

/// A programme as the result e-mail names it.
#[derive(Debug, Clone, Copy)]
pub struct ResultProgramme<'a> {
    pub id: ProgrammeId,
    pub programme_name: &'a str,
    pub school_name: &'a str,
    pub town: &'a str,
}

/// What the result e-mails of an official run are made of, for the set-based path.
#[derive(Debug, Clone, Copy)]
pub struct ResultMails<'a> {
    pub run: PlacementRunId,
    pub procedure: ProcedureId,
    /// The template's parameters that every message shares (kind, dates, links).
    pub shared: &'a serde_json::Value,
    /// Known language codes; another stored value is sent in `fallback_language`.
    pub languages: &'a [&'a str],
    pub fallback_language: &'a str,
    /// A placement at a programme missing here is sent as unplaced.
    pub programmes: &'a [ResultProgramme<'a>],
}

/// PostgreSQL: one result message per placement of the run whose pupil belongs to the
/// procedure, due at `due`, in one `INSERT … SELECT` over the placements, pupils and parent
/// accounts: the rows never travel to the application (200,000 in a large region). The
/// template is `shared` plus `language`, `child_first_name` and `placed` (null, or `rank`,
/// `programme_name`, `school_name`, `town`). Returns how many were queued.
pub async fn enqueue_result_mails_postgres<C: ConnectionTrait>(
    db: &C,
    mails: ResultMails<'_>,
    due: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<u64, DbErr> {
    let due = utc(due.max(now));
    let programmes: Vec<serde_json::Value> = mails
        .programmes
        .iter()
        .map(|p| {
            serde_json::json!({
                "id": p.id.as_uuid(), "programme_name": p.programme_name,
                "school_name": p.school_name, "town": p.town,
            })
        })
        .collect();
    // The shared parameters are one JSON object; the per-pupil ones are spliced in as text
    // (`{shared…, per-pupil…}`), which costs a third of building and merging jsonb per row.
    let shared = mails.shared.to_string();
    let Some(shared_fields) = shared
        .strip_suffix('}')
        .filter(|fields| fields.len() > 1 && mails.shared.is_object())
    else {
        return Err(DbErr::Custom(
            "the shared mail parameters must be a non-empty JSON object".to_owned(),
        ));
    };
    // The placements were written in this transaction and have no statistics yet: the planner
    // takes them for a few rows and looks every pupil up by index (twice as slow as hashing the
    // procedure's pupils for 200,000).
    db.execute_unprepared("SET LOCAL enable_nestloop = off")
        .await?;
    let result = db
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "INSERT INTO mail_outbox (id, recipient, subject, body_text, body_html, template, \
             status, attempts, next_attempt_at, last_error, created_at, sent_at, region_id) \
             SELECT CAST($1 || lpad(to_hex(row_number() OVER ()), 12, '0') AS uuid), \
               p.parent_email, '', '', '', \
               CAST($4 || ',' || substr(CAST(json_build_object( \
                 'language', CASE WHEN a.language = ANY (string_to_array($5, ',')) \
                             THEN a.language ELSE $6 END, \
                 'child_first_name', p.first_name, \
                 'placed', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object( \
                   'rank', COALESCE(pl.choice_rank, 0), 'programme_name', c.programme_name, \
                   'school_name', c.school_name, 'town', c.town) END) AS text), 2) AS json), \
               'pending', 0, $8, NULL, $9, NULL, \
               (SELECT region_id FROM procedures WHERE id = $3) \
             FROM placements pl \
             JOIN pupils p ON p.id = pl.pupil_id AND p.procedure_id = $3 \
             LEFT JOIN parent_accounts a ON a.pupil_id = pl.pupil_id \
             LEFT JOIN json_to_recordset($7::json) AS c(id uuid, programme_name text, \
               school_name text, town text) ON c.id = pl.programme_id \
             WHERE pl.run_id = $2",
            [
                time_ordered_prefix().into(),
                mails.run.as_uuid().into(),
                mails.procedure.as_uuid().into(),
                shared_fields.into(),
                mails.languages.join(",").into(),
                mails.fallback_language.into(),
                serde_json::Value::Array(programmes).to_string().into(),
                due.into(),
                utc(now).into(),
            ],
        ))
        .await?;
    db.execute_unprepared("SET LOCAL enable_nestloop TO DEFAULT")
        .await?;
    Ok(result.rows_affected())
}

/// The first 20 hex digits of a UUIDv7 from the system clock, hyphenated
/// (`xxxxxxxx-xxxx-7xxx-yxxx-`): the statement appends a 12-digit row number, so the messages
/// of one statement get ascending ids at the right-hand end of the primary-key index.
pub(crate) fn time_ordered_prefix() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    let mut random = [0u8; 10];
    random.copy_from_slice(&Uuid::new_v4().as_bytes()[6..]);
    let id = uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid();
    let mut text = id.hyphenated().to_string();
    text.truncate(24);
    text
}
