//! Failed sign-ins per account name, in the database so that every replica applies the same
//! backoff. The caller hashes the name and decides the waits; this module only counts.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::OnConflict,
};
use time::{Duration, OffsetDateTime, UtcOffset};

use crate::entities::sign_in_backoff;

/// Failures older than this are forgotten at the next failure.
pub const FORGET_AFTER: Duration = Duration::hours(24);

/// The failures recorded for `account_key`, if any: the count and until when to wait.
pub async fn find<C: ConnectionTrait>(
    db: &C,
    account_key: &str,
) -> Result<Option<sign_in_backoff::Model>, DbErr> {
    sign_in_backoff::Entity::find_by_id(account_key.to_owned())
        .one(db)
        .await
}

/// Counts a failed sign-in; `wait` turns the number of failures in a row into the time the
/// next attempt must wait. Returns that number.
pub async fn record_failure<C: ConnectionTrait>(
    db: &C,
    account_key: &str,
    now: OffsetDateTime,
    wait: impl Fn(i32) -> Duration,
) -> Result<i32, DbErr> {
    let now = now.to_offset(UtcOffset::UTC);
    let earlier = sign_in_backoff::Entity::find_by_id(account_key.to_owned())
        .one(db)
        .await?
        .filter(|row| row.last_failure_at > now - FORGET_AFTER)
        .map_or(0, |row| row.failures);
    let failures = earlier.saturating_add(1);
    sign_in_backoff::Entity::insert(sign_in_backoff::ActiveModel {
        account_key: Set(account_key.to_owned()),
        failures: Set(failures),
        last_failure_at: Set(now),
        blocked_until: Set(now + wait(failures)),
    })
    .on_conflict(
        OnConflict::column(sign_in_backoff::Column::AccountKey)
            .update_columns([
                sign_in_backoff::Column::Failures,
                sign_in_backoff::Column::LastFailureAt,
                sign_in_backoff::Column::BlockedUntil,
            ])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(failures)
}

/// A successful sign-in forgets the failures.
pub async fn clear<C: ConnectionTrait>(db: &C, account_key: &str) -> Result<(), DbErr> {
    sign_in_backoff::Entity::delete_many()
        .filter(sign_in_backoff::Column::AccountKey.eq(account_key))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes rows whose last failure is older than [`FORGET_AFTER`] (the daily purge).
pub async fn prune<C: ConnectionTrait>(db: &C, now: OffsetDateTime) -> Result<u64, DbErr> {
    Ok(sign_in_backoff::Entity::delete_many()
        .filter(
            sign_in_backoff::Column::LastFailureAt
                .lt((now - FORGET_AFTER).to_offset(UtcOffset::UTC)),
        )
        .exec(db)
        .await?
        .rows_affected)
}
