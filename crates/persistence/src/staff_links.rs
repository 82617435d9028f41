//! Single-use staff links: an invitation to choose a first password, or a password reset.
//! A link is recorded when it is asked for and gets its token when its e-mail is delivered
//! (`mint`); only the token's SHA-256 is stored. A newer link of the same account supersedes
//! every unused older one.

use overstap_domain::StaffUserId;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::staff_link;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    Invitation,
    PasswordReset,
}

impl LinkPurpose {
    pub const fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Invitation => "invitation",
            LinkPurpose::PasswordReset => "password_reset",
        }
    }

    fn parse(value: &str) -> Result<LinkPurpose, DbErr> {
        match value {
            "invitation" => Ok(LinkPurpose::Invitation),
            "password_reset" => Ok(LinkPurpose::PasswordReset),
            other => Err(DbErr::Type(format!("staff_links.purpose: {other:?}"))),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffLink {
    pub id: Uuid,
    pub staff_user: StaffUserId,
    pub purpose: LinkPurpose,
    /// The staff member who asked for it; None for the command line and self-service resets.
    pub created_by: Option<StaffUserId>,
    pub expires_at: Option<OffsetDateTime>,
    pub used_at: Option<OffsetDateTime>,
    pub superseded_at: Option<OffsetDateTime>,
}

fn from_row(row: staff_link::Model) -> Result<StaffLink, DbErr> {
    Ok(StaffLink {
        id: row.id,
        staff_user: StaffUserId::from_uuid(row.staff_user_id),
        purpose: LinkPurpose::parse(&row.purpose)?,
        created_by: row.created_by.map(StaffUserId::from_uuid),
        expires_at: row.expires_at,
        used_at: row.used_at,
        superseded_at: row.superseded_at,
    })
}

/// Records a new link of `purpose` (its token comes at delivery); every unused earlier link of
/// the account stops working.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    staff_user: StaffUserId,
    purpose: LinkPurpose,
    created_by: Option<StaffUserId>,
    now: OffsetDateTime,
) -> Result<Uuid, DbErr> {
    supersede_all(db, staff_user, now).await?;
    let id = Uuid::new_v4();
    staff_link::Entity::insert(staff_link::ActiveModel {
        id: Set(id),
        staff_user_id: Set(staff_user.as_uuid()),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(None),
        created_by: Set(created_by.map(|s| s.as_uuid())),
        created_at: Set(now),
        expires_at: Set(None),
        used_at: Set(None),
        superseded_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(id)
}

/// Ends every unused link of the account (a deactivation, a changed address).
pub async fn supersede_all<C: ConnectionTrait>(
    db: &C,
    staff_user: StaffUserId,
    now: OffsetDateTime,
) -> Result<u64, DbErr> {
    Ok(staff_link::Entity::update_many()
        .col_expr(staff_link::Column::SupersededAt, Expr::value(now))
        .filter(staff_link::Column::StaffUserId.eq(staff_user.as_uuid()))
        .filter(staff_link::Column::UsedAt.is_null())
        .filter(staff_link::Column::SupersededAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// Gives a waiting link its token (at delivery); the link, or None when it was superseded or
/// minted already (the message must then not go out).
pub async fn mint<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    token_hash: &str,
    expires_at: OffsetDateTime,
) -> Result<Option<StaffLink>, DbErr> {
    let result = staff_link::Entity::update_many()
        .col_expr(staff_link::Column::TokenHash, Expr::value(token_hash))
        .col_expr(staff_link::Column::ExpiresAt, Expr::value(expires_at))
        .filter(staff_link::Column::Id.eq(id))
        .filter(staff_link::Column::TokenHash.is_null())
        .filter(staff_link::Column::UsedAt.is_null())
        .filter(staff_link::Column::SupersededAt.is_null())
        .exec(db)
        .await?;
    if result.rows_affected != 1 {
        return Ok(None);
    }
    find(db, id).await
}

pub async fn find<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<Option<StaffLink>, DbErr> {
    staff_link::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(from_row)
        .transpose()
}

pub async fn find_by_token_hash<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
) -> Result<Option<StaffLink>, DbErr> {
    staff_link::Entity::find()
        .filter(staff_link::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .map(from_row)
        .transpose()
}

/// Marks the link used; false when a concurrent request used (or superseded) it first.
pub async fn mark_used<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = staff_link::Entity::update_many()
        .col_expr(staff_link::Column::UsedAt, Expr::value(now))
        .filter(staff_link::Column::Id.eq(id))
        .filter(staff_link::Column::UsedAt.is_null())
        .filter(staff_link::Column::SupersededAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The live invitation of each of `accounts` (unused, not superseded), newest first.
pub async fn open_invitations<C: ConnectionTrait>(
    db: &C,
    accounts: &[StaffUserId],
) -> Result<Vec<StaffLink>, DbErr> {
    staff_link::Entity::find()
        .filter(staff_link::Column::StaffUserId.is_in(accounts.iter().map(|a| a.as_uuid())))
        .filter(staff_link::Column::Purpose.eq(LinkPurpose::Invitation.as_str()))
        .filter(staff_link::Column::UsedAt.is_null())
        .filter(staff_link::Column::SupersededAt.is_null())
        .order_by_desc(staff_link::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(from_row)
        .collect()
}
