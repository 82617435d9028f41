//! Refresh tokens, stored only as hashes, rotated on every use.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::Expr,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::refresh_token;

#[derive(Debug, Clone)]
pub struct RefreshToken {
    pub id: Uuid,
    pub family_id: Uuid,
    pub role: String,
    pub subject_id: Uuid,
    pub expires_at: OffsetDateTime,
    pub used_at: Option<OffsetDateTime>,
    pub revoked_at: Option<OffsetDateTime>,
    /// When the session began (the sign-in); the creation of the token on older rows.
    pub session_started_at: OffsetDateTime,
    /// The school a staff session works on, when the staff member chose one.
    pub school_id: Option<Uuid>,
}

pub struct NewRefreshToken<'a> {
    pub token_hash: &'a str,
    pub family_id: Uuid,
    pub role: &'a str,
    pub subject_id: Uuid,
    pub expires_at: OffsetDateTime,
    pub session_started_at: OffsetDateTime,
    pub school_id: Option<Uuid>,
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    token: NewRefreshToken<'_>,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    refresh_token::Entity::insert(refresh_token::ActiveModel {
        id: Set(Uuid::new_v4()),
        token_hash: Set(token.token_hash.to_owned()),
        family_id: Set(token.family_id),
        role: Set(token.role.to_owned()),
        subject_id: Set(token.subject_id),
        created_at: Set(now),
        expires_at: Set(token.expires_at),
        used_at: Set(None),
        revoked_at: Set(None),
        session_started_at: Set(Some(token.session_started_at)),
        school_id: Set(token.school_id),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find_by_hash<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
) -> Result<Option<RefreshToken>, DbErr> {
    Ok(refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .map(|row| RefreshToken {
            id: row.id,
            family_id: row.family_id,
            role: row.role,
            subject_id: row.subject_id,
            expires_at: row.expires_at,
            used_at: row.used_at,
            revoked_at: row.revoked_at,
            session_started_at: row.session_started_at.unwrap_or(row.created_at),
            school_id: row.school_id,
        }))
}

/// Marks a token used; false when another request used or revoked it first.
pub async fn mark_used<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::UsedAt, Expr::value(now))
        .filter(refresh_token::Column::Id.eq(id))
        .filter(refresh_token::Column::UsedAt.is_null())
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records the school a sign-in session works on, on every token of the session: the next
/// refresh keeps it.
pub async fn set_school<C: ConnectionTrait>(
    db: &C,
    family_id: Uuid,
    school_id: Uuid,
) -> Result<(), DbErr> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::SchoolId, Expr::value(school_id))
        .filter(refresh_token::Column::FamilyId.eq(family_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends a sign-in session: every token of the family stops working.
pub async fn revoke_family<C: ConnectionTrait>(
    db: &C,
    family_id: Uuid,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(now))
        .filter(refresh_token::Column::FamilyId.eq(family_id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Is any token of this family, issued to this subject in this role, still unrevoked? Access
/// tokens of a revoked family are refused, and so is a token whose `sid` names someone else's
/// live session.
pub async fn family_is_active<C: ConnectionTrait>(
    db: &C,
    family_id: Uuid,
    subject_id: Uuid,
    role: &str,
) -> Result<bool, DbErr> {
    Ok(refresh_token::Entity::find()
        .filter(refresh_token::Column::FamilyId.eq(family_id))
        .filter(refresh_token::Column::SubjectId.eq(subject_id))
        .filter(refresh_token::Column::Role.eq(role))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
        .is_some())
}

/// Ends every session of an account (after a password reset).
pub async fn revoke_subject<C: ConnectionTrait>(
    db: &C,
    subject_id: Uuid,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(now))
        .filter(refresh_token::Column::SubjectId.eq(subject_id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of an account but `keep` (the one that just changed a credential).
pub async fn revoke_subject_except<C: ConnectionTrait>(
    db: &C,
    subject_id: Uuid,
    keep: Uuid,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(now))
        .filter(refresh_token::Column::SubjectId.eq(subject_id))
        .filter(refresh_token::Column::FamilyId.ne(keep))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
