//! Two-step sign-in of staff: the one-time-password secret per staff member and their recovery
//! codes. The caller generates secrets and codes and checks them; this module stores, and makes
//! each code and each time step usable once, also with several replicas.

use overstap_domain::StaffUserId;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};
use time::{OffsetDateTime, UtcOffset};
use uuid::Uuid;

use crate::entities::{staff_recovery_code, staff_totp};

/// A staff member's secret, confirmed or still waiting for its first code.
#[derive(Debug, Clone)]
pub struct StaffTotp {
    /// Base32.
    pub secret: String,
    pub confirmed: bool,
}

pub async fn find<C: ConnectionTrait>(
    db: &C,
    user: StaffUserId,
) -> Result<Option<StaffTotp>, DbErr> {
    Ok(staff_totp::Entity::find_by_id(user.as_uuid())
        .one(db)
        .await?
        .map(|row| StaffTotp {
            secret: row.secret,
            confirmed: row.confirmed_at.is_some(),
        }))
}

/// Whether the staff member signs in with a one-time password.
pub async fn is_enabled<C: ConnectionTrait>(db: &C, user: StaffUserId) -> Result<bool, DbErr> {
    Ok(find(db, user).await?.is_some_and(|t| t.confirmed))
}

/// Stores a new secret waiting for its first code, replacing an earlier unconfirmed one.
/// Returns false (and changes nothing) when a confirmed secret exists.
pub async fn start<C: ConnectionTrait>(
    db: &C,
    user: StaffUserId,
    secret: &str,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    staff_totp::Entity::delete_many()
        .filter(staff_totp::Column::StaffUserId.eq(user.as_uuid()))
        .filter(staff_totp::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    let inserted = staff_totp::Entity::insert(staff_totp::ActiveModel {
        staff_user_id: Set(user.as_uuid()),
        secret: Set(secret.to_owned()),
        confirmed_at: Set(None),
        last_step: Set(None),
        created_at: Set(now.to_offset(UtcOffset::UTC)),
    })
    .on_conflict(
        OnConflict::column(staff_totp::Column::StaffUserId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

/// Confirms the pending secret with the step of its first code. False when there was no
/// pending secret (none, or confirmed meanwhile).
pub async fn confirm<C: ConnectionTrait>(
    db: &C,
    user: StaffUserId,
    step: i64,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = staff_totp::Entity::update_many()
        .col_expr(
            staff_totp::Column::ConfirmedAt,
            Expr::value(now.to_offset(UtcOffset::UTC)),
        )
        .col_expr(staff_totp::Column::LastStep, Expr::value(step))
        .filter(staff_totp::Column::StaffUserId.eq(user.as_uuid()))
        .filter(staff_totp::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Accepts time step `step` once: true when it is later than every step accepted before (one
/// statement, so two replicas never both accept the same code).
pub async fn accept_step<C: ConnectionTrait>(
    db: &C,
    user: StaffUserId,
    step: i64,
) -> Result<bool, DbErr> {
    let result = staff_totp::Entity::update_many()
        .col_expr(staff_totp::Column::LastStep, Expr::value(step))
        .filter(staff_totp::Column::StaffUserId.eq(user.as_uuid()))
        .filter(staff_totp::Column::ConfirmedAt.is_not_null())
        .filter(
            staff_totp::Column::LastStep
                .is_null()
                .or(staff_totp::Column::LastStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Ends two-step sign-in for the staff member: the secret and every recovery code go.
pub async fn remove<C: ConnectionTrait>(db: &C, user: StaffUserId) -> Result<(), DbErr> {
    staff_recovery_code::Entity::delete_many()
        .filter(staff_recovery_code::Column::StaffUserId.eq(user.as_uuid()))
        .exec(db)
        .await?;
    staff_totp::Entity::delete_many()
        .filter(staff_totp::Column::StaffUserId.eq(user.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces the staff member's recovery codes by these (SHA-256 hashes).
pub async fn replace_recovery_codes<C: ConnectionTrait>(
    db: &C,
    user: StaffUserId,
    hashes: &[String],
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    staff_recovery_code::Entity::delete_many()
        .filter(staff_recovery_code::Column::StaffUserId.eq(user.as_uuid()))
        .exec(db)
        .await?;
    let now = now.to_offset(UtcOffset::UTC);
    let rows = hashes.iter().map(|hash| staff_recovery_code::ActiveModel {
        id: Set(Uuid::new_v4()),
        staff_user_id: Set(user.as_uuid()),
        code_hash: Set(hash.clone()),
        used_at: Set(None),
        created_at: Set(now),
    });
    staff_recovery_code::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Uses a recovery code once: true when an unused code with this hash was there.
pub async fn use_recovery_code<C: ConnectionTrait>(
    db: &C,
    user: StaffUserId,
    hash: &str,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = staff_recovery_code::Entity::update_many()
        .col_expr(
            staff_recovery_code::Column::UsedAt,
            Expr::value(now.to_offset(UtcOffset::UTC)),
        )
        .filter(staff_recovery_code::Column::StaffUserId.eq(user.as_uuid()))
        .filter(staff_recovery_code::Column::CodeHash.eq(hash))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// How many recovery codes the staff member has left.
pub async fn recovery_codes_left<C: ConnectionTrait>(
    db: &C,
    user: StaffUserId,
) -> Result<u64, DbErr> {
    staff_recovery_code::Entity::find()
        .filter(staff_recovery_code::Column::StaffUserId.eq(user.as_uuid()))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}
