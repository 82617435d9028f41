//! `Idempotency-Key` on the `POST`s that create or send e-mail: the first request with a key
//! claims it, its answer is kept and replayed to a retry with the same key and request;
//! another request under the same key is refused. Keys live 24 hours.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    TryInsertResult,
};
use time::{Duration, OffsetDateTime, UtcOffset};

use crate::entities::idempotent_request::{self, Model};

/// How long a key is remembered.
pub const KEY_LIFETIME: Duration = Duration::hours(24);
/// A first request that has not finished after this long is taken to have died with its
/// server, and a retry may run: far longer than the requests that take a key run (an import
/// of a school's pupils takes seconds), though no timeout enforces it. A server that died
/// after its work committed but before the answer was kept makes a retry after this time act
/// again.
pub const ABANDONED_AFTER: Duration = Duration::minutes(10);

/// What a request with a key may do.
#[derive(Debug, Clone, PartialEq)]
pub enum Claim {
    /// It is the first (or the earlier one expired or was abandoned): run it, and finish or
    /// release the claim with this id.
    Run(String),
    /// The same request finished before: answer what it answered.
    Replay(Model),
    /// The key was used for another request.
    OtherRequest,
    /// The first request with this key is still running.
    Running,
}

fn utc(at: OffsetDateTime) -> OffsetDateTime {
    at.to_offset(UtcOffset::UTC)
}

pub async fn claim<C: ConnectionTrait>(
    db: &C,
    caller: &str,
    key: &str,
    request_hash: &str,
    now: OffsetDateTime,
) -> Result<Claim, DbErr> {
    let claim_id = uuid::Uuid::new_v4().to_string();
    let inserted = idempotent_request::Entity::insert(idempotent_request::ActiveModel {
        caller: Set(caller.to_owned()),
        key: Set(key.to_owned()),
        request_hash: Set(request_hash.to_owned()),
        claim_id: Set(claim_id.clone()),
        status: Set(None),
        content_type: Set(None),
        location: Set(None),
        body: Set(None),
        created_at: Set(utc(now)),
    })
    .on_conflict_do_nothing_on([
        idempotent_request::Column::Caller,
        idempotent_request::Column::Key,
    ])
    .exec(db)
    .await?;
    if matches!(inserted, TryInsertResult::Inserted(_)) {
        return Ok(Claim::Run(claim_id));
    }
    let Some(row) = idempotent_request::Entity::find_by_id((caller.to_owned(), key.to_owned()))
        .one(db)
        .await?
    else {
        // Pruned in between: the next try inserts it.
        return Ok(Claim::Running);
    };
    let expired = row.created_at <= now - KEY_LIFETIME;
    let abandoned = row.status.is_none() && row.created_at <= now - ABANDONED_AFTER;
    if expired || abandoned {
        // Take it over, unless another retry did just now.
        let taken = idempotent_request::Entity::update_many()
            .col_expr(
                idempotent_request::Column::RequestHash,
                Expr::value(request_hash.to_owned()),
            )
            .col_expr(
                idempotent_request::Column::ClaimId,
                Expr::value(claim_id.clone()),
            )
            .col_expr(idempotent_request::Column::Status, Expr::value(None::<i32>))
            .col_expr(
                idempotent_request::Column::Body,
                Expr::value(None::<String>),
            )
            .col_expr(idempotent_request::Column::CreatedAt, Expr::value(utc(now)))
            .filter(idempotent_request::Column::Caller.eq(caller))
            .filter(idempotent_request::Column::Key.eq(key))
            .filter(idempotent_request::Column::CreatedAt.eq(row.created_at))
            .exec(db)
            .await?
            .rows_affected;
        return Ok(if taken == 1 {
            Claim::Run(claim_id)
        } else {
            Claim::Running
        });
    }
    Ok(if row.request_hash != request_hash {
        Claim::OtherRequest
    } else if row.status.is_none() {
        Claim::Running
    } else {
        Claim::Replay(row)
    })
}

/// The answer of the request that claimed the key, to replay.
pub struct Answer<'a> {
    pub status: u16,
    pub content_type: Option<&'a str>,
    pub location: Option<&'a str>,
    pub body: &'a str,
}

pub async fn finish<C: ConnectionTrait>(
    db: &C,
    caller: &str,
    key: &str,
    claim_id: &str,
    answer: Answer<'_>,
) -> Result<(), DbErr> {
    idempotent_request::Entity::update_many()
        .col_expr(
            idempotent_request::Column::Status,
            Expr::value(Some(i32::from(answer.status))),
        )
        .col_expr(
            idempotent_request::Column::ContentType,
            Expr::value(answer.content_type.map(str::to_owned)),
        )
        .col_expr(
            idempotent_request::Column::Location,
            Expr::value(answer.location.map(str::to_owned)),
        )
        .col_expr(
            idempotent_request::Column::Body,
            Expr::value(Some(answer.body.to_owned())),
        )
        .filter(idempotent_request::Column::Caller.eq(caller))
        .filter(idempotent_request::Column::Key.eq(key))
        .filter(idempotent_request::Column::ClaimId.eq(claim_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Gives the key back (the request failed on the server's side and changed nothing).
pub async fn release<C: ConnectionTrait>(
    db: &C,
    caller: &str,
    key: &str,
    claim_id: &str,
) -> Result<(), DbErr> {
    idempotent_request::Entity::delete_many()
        .filter(idempotent_request::Column::Caller.eq(caller))
        .filter(idempotent_request::Column::Key.eq(key))
        .filter(idempotent_request::Column::ClaimId.eq(claim_id))
        .filter(idempotent_request::Column::Status.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces the kept answers that name `id` (a pupil being erased) by `replacement`, a refusal
/// without personal data: the key stays taken, so a retry still does nothing twice.
pub async fn forget_answers_naming<C: ConnectionTrait>(
    db: &C,
    id: uuid::Uuid,
    replacement: Answer<'_>,
) -> Result<u64, DbErr> {
    Ok(idempotent_request::Entity::update_many()
        .col_expr(
            idempotent_request::Column::Status,
            Expr::value(Some(i32::from(replacement.status))),
        )
        .col_expr(
            idempotent_request::Column::ContentType,
            Expr::value(replacement.content_type.map(str::to_owned)),
        )
        .col_expr(
            idempotent_request::Column::Location,
            Expr::value(None::<String>),
        )
        .col_expr(
            idempotent_request::Column::Body,
            Expr::value(Some(replacement.body.to_owned())),
        )
        .filter(idempotent_request::Column::Body.contains(id.to_string()))
        .exec(db)
        .await?
        .rows_affected)
}

/// Forgets keys older than [`KEY_LIFETIME`] (the daily purge).
pub async fn prune<C: ConnectionTrait>(db: &C, now: OffsetDateTime) -> Result<u64, DbErr> {
    Ok(idempotent_request::Entity::delete_many()
        .filter(idempotent_request::Column::CreatedAt.lt(utc(now - KEY_LIFETIME)))
        .exec(db)
        .await?
        .rows_affected)
}
