//! Parent login links: one row per login e-mail; a new one invalidates the earlier ones.

use overstap_domain::PupilId;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::parent_login;

pub struct NewLogin {
    pub pupil: PupilId,
    /// The registration's login version this e-mail carries.
    pub version: u32,
    /// SHA-256 of the token in the link; the token itself is never stored.
    pub token_hash: String,
    pub sent_to: String,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Login {
    pub id: Uuid,
    pub pupil: PupilId,
    pub version: u32,
    pub sent_to: String,
    pub expires_at: OffsetDateTime,
    pub used_at: Option<OffsetDateTime>,
    pub invalidated_at: Option<OffsetDateTime>,
}

fn from_row(row: parent_login::Model) -> Login {
    Login {
        id: row.id,
        pupil: PupilId::from_uuid(row.pupil_id),
        version: u32::try_from(row.version).unwrap_or(0),
        sent_to: row.sent_to,
        expires_at: row.expires_at,
        used_at: row.used_at,
        invalidated_at: row.invalidated_at,
    }
}

/// Records new login links and invalidates every earlier unused link of those pupils.
pub async fn issue_many<C: ConnectionTrait>(
    db: &C,
    logins: Vec<NewLogin>,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    for chunk in logins.chunks(500) {
        parent_login::Entity::update_many()
            .col_expr(parent_login::Column::InvalidatedAt, Expr::value(now))
            .filter(parent_login::Column::PupilId.is_in(chunk.iter().map(|l| l.pupil.as_uuid())))
            .filter(parent_login::Column::UsedAt.is_null())
            .filter(parent_login::Column::InvalidatedAt.is_null())
            .exec(db)
            .await?;
        parent_login::Entity::insert_many(chunk.iter().map(|login| parent_login::ActiveModel {
            id: Set(Uuid::new_v4()),
            pupil_id: Set(login.pupil.as_uuid()),
            version: Set(i32::try_from(login.version).unwrap_or(i32::MAX)),
            token_hash: Set(login.token_hash.clone()),
            sent_to: Set(login.sent_to.clone()),
            created_at: Set(now),
            expires_at: Set(login.expires_at),
            used_at: Set(None),
            invalidated_at: Set(None),
        }))
        .exec(db)
        .await?;
    }
    Ok(())
}

pub async fn find_by_token_hash<C: ConnectionTrait>(
    db: &C,
    token_hash: &str,
) -> Result<Option<Login>, DbErr> {
    Ok(parent_login::Entity::find()
        .filter(parent_login::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .map(from_row))
}

/// All login links of a pupil, oldest first (for tests and support).
pub async fn for_pupil<C: ConnectionTrait>(db: &C, pupil: PupilId) -> Result<Vec<Login>, DbErr> {
    let mut logins: Vec<Login> = parent_login::Entity::find()
        .filter(parent_login::Column::PupilId.eq(pupil.as_uuid()))
        .all(db)
        .await?
        .into_iter()
        .map(from_row)
        .collect();
    logins.sort_by_key(|l| l.version);
    Ok(logins)
}
