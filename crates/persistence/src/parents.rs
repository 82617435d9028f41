//! Parent accounts: one per pupil, signed in with the pupil's ELK number.

use overstap_domain::{ParentAccountId, PupilId};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{parent_account, pupil};

#[derive(Debug, Clone)]
pub struct ParentAccount {
    pub id: ParentAccountId,
    pub pupil_id: PupilId,
    /// None until the parent has activated the account.
    pub password_hash: Option<String>,
    pub language: String,
}

fn from_row(row: parent_account::Model) -> ParentAccount {
    ParentAccount {
        id: ParentAccountId::from_uuid(row.id),
        pupil_id: PupilId::from_uuid(row.pupil_id),
        password_hash: row.password_hash,
        language: row.language,
    }
}

/// The account of the pupil with this (normalised) ELK number.
pub async fn find_by_elk_number<C: ConnectionTrait>(
    db: &C,
    elk_number: &str,
) -> Result<Option<ParentAccount>, DbErr> {
    let Some(pupil) = pupil::Entity::find()
        .filter(pupil::Column::ElkNumber.eq(elk_number))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(parent_account::Entity::find()
        .filter(parent_account::Column::PupilId.eq(pupil.id))
        .one(db)
        .await?
        .map(from_row))
}

pub async fn find<C: ConnectionTrait>(
    db: &C,
    id: ParentAccountId,
) -> Result<Option<ParentAccount>, DbErr> {
    Ok(parent_account::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(from_row))
}

/// Creates the account of a pupil; with a password hash it is active at once (demo data).
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    pupil_id: PupilId,
    password_hash: Option<String>,
    language: &str,
    now: OffsetDateTime,
) -> Result<ParentAccountId, DbErr> {
    let id = Uuid::new_v4();
    let activated_at = password_hash.as_ref().map(|_| now);
    parent_account::Entity::insert(parent_account::ActiveModel {
        id: Set(id),
        pupil_id: Set(pupil_id.as_uuid()),
        password_hash: Set(password_hash),
        activated_at: Set(activated_at),
        language: Set(language.to_owned()),
        created_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(ParentAccountId::from_uuid(id))
}

/// The account of a pupil, if the parent has one.
pub async fn find_for_pupil<C: ConnectionTrait>(
    db: &C,
    pupil_id: PupilId,
) -> Result<Option<ParentAccount>, DbErr> {
    Ok(parent_account::Entity::find()
        .filter(parent_account::Column::PupilId.eq(pupil_id.as_uuid()))
        .one(db)
        .await?
        .map(from_row))
}

/// The pupil with this ELK number, if any (ELK numbers are unique across the region).
pub async fn pupil_with_elk_number<C: ConnectionTrait>(
    db: &C,
    elk_number: &str,
) -> Result<Option<PupilId>, DbErr> {
    Ok(pupil::Entity::find()
        .filter(pupil::Column::ElkNumber.eq(elk_number))
        .one(db)
        .await?
        .map(|p| PupilId::from_uuid(p.id)))
}

/// Activation: gives the pupil's account its first password (creating the account if the
/// login e-mail did not), and marks the login link used. False when the link was used or
/// replaced meanwhile (a concurrent activation won).
pub async fn activate<C: ConnectionTrait>(
    db: &C,
    pupil_id: PupilId,
    login_id: Uuid,
    password_hash: String,
    language: &str,
    now: OffsetDateTime,
) -> Result<Option<ParentAccountId>, DbErr> {
    use crate::entities::parent_login;
    use sea_orm::sea_query::Expr;
    let used = parent_login::Entity::update_many()
        .col_expr(parent_login::Column::UsedAt, Expr::value(now))
        .filter(parent_login::Column::Id.eq(login_id))
        .filter(parent_login::Column::UsedAt.is_null())
        .filter(parent_login::Column::InvalidatedAt.is_null())
        .exec(db)
        .await?;
    if used.rows_affected != 1 {
        return Ok(None);
    }
    match find_for_pupil(db, pupil_id).await? {
        Some(account) => {
            parent_account::Entity::update_many()
                .col_expr(
                    parent_account::Column::PasswordHash,
                    Expr::value(Some(password_hash)),
                )
                .col_expr(parent_account::Column::ActivatedAt, Expr::value(Some(now)))
                .col_expr(parent_account::Column::Language, Expr::value(language))
                .filter(parent_account::Column::Id.eq(account.id.as_uuid()))
                .exec(db)
                .await?;
            Ok(Some(account.id))
        }
        None => Ok(Some(
            insert(db, pupil_id, Some(password_hash), language, now).await?,
        )),
    }
}

pub async fn set_password<C: ConnectionTrait>(
    db: &C,
    id: ParentAccountId,
    password_hash: String,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    parent_account::Entity::update_many()
        .col_expr(
            parent_account::Column::PasswordHash,
            Expr::value(Some(password_hash)),
        )
        .filter(parent_account::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_language<C: ConnectionTrait>(
    db: &C,
    id: ParentAccountId,
    language: &str,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    parent_account::Entity::update_many()
        .col_expr(parent_account::Column::Language, Expr::value(language))
        .filter(parent_account::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}
