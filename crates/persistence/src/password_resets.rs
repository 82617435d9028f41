//! Password-reset links for parent accounts, stored only as hashes; each works once.

use overstap_domain::ParentAccountId;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::password_reset;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordReset {
    pub id: Uuid,
    pub account: ParentAccountId,
    pub expires_at: OffsetDateTime,
    pub used_at: Option<OffsetDateTime>,
}

/// Records a new reset link; earlier unused links of the account stop working.
pub async fn issue<C: ConnectionTrait>(
    db: &C,
    account: ParentAccountId,
    token_hash: &str,
    sent_to: &str,
    expires_at: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::ParentAccountId.eq(account.as_uuid()))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    password_reset::Entity::insert(password_reset::ActiveModel {
        id: Set(Uuid::new_v4()),
        parent_account_id: Set(account.as_uuid()),
        token_hash: Set(token_hash.to_owned()),
        sent_to: Set(sent_to.to_owned()),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// Ends every unused reset link of the account (its address changed); returns how many.
pub async fn invalidate_for_account<C: ConnectionTrait>(
    db: &C,
    account: ParentAccountId,
    now: OffsetDateTime,
) -> Result<u64, DbErr> {
    Ok(password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::ParentAccountId.eq(account.as_uuid()))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

pub async fn find_by_token_hash<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
) -> Result<Option<PasswordReset>, DbErr> {
    Ok(password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .map(|row| PasswordReset {
            id: row.id,
            account: ParentAccountId::from_uuid(row.parent_account_id),
            expires_at: row.expires_at,
            used_at: row.used_at,
        }))
}

/// Marks the link used; false when it was already used (a concurrent request won).
pub async fn mark_used<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::Id.eq(id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
