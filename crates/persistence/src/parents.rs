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
