//! Regions and school boards.

use overstap_domain::{BoardId, RegionId};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use uuid::Uuid;

use crate::entities::{board, region};

#[derive(Debug, Clone)]
pub struct Region {
    pub id: RegionId,
    pub code: String,
    pub name: String,
    /// The name of the region profile (`amstelland`, `amsterdam`).
    pub profile: String,
}

#[derive(Debug, Clone)]
pub struct Board {
    pub id: BoardId,
    pub region_id: RegionId,
    pub name: String,
}

pub async fn find<C: ConnectionTrait>(db: &C, id: RegionId) -> Result<Option<Region>, DbErr> {
    Ok(region::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(|row| Region {
            id: RegionId::from_uuid(row.id),
            code: row.code,
            name: row.name,
            profile: row.profile,
        }))
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    code: &str,
    name: &str,
    profile: &str,
) -> Result<RegionId, DbErr> {
    let id = Uuid::new_v4();
    region::Entity::insert(region::ActiveModel {
        id: Set(id),
        code: Set(code.to_owned()),
        name: Set(name.to_owned()),
        profile: Set(profile.to_owned()),
    })
    .exec(db)
    .await?;
    Ok(RegionId::from_uuid(id))
}

pub async fn find_board<C: ConnectionTrait>(db: &C, id: BoardId) -> Result<Option<Board>, DbErr> {
    Ok(board::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(|row| Board {
            id: BoardId::from_uuid(row.id),
            region_id: RegionId::from_uuid(row.region_id),
            name: row.name,
        }))
}

pub async fn insert_board<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
    name: &str,
) -> Result<BoardId, DbErr> {
    let id = Uuid::new_v4();
    board::Entity::insert(board::ActiveModel {
        id: Set(id),
        region_id: Set(region_id.as_uuid()),
        name: Set(name.to_owned()),
    })
    .exec(db)
    .await?;
    Ok(BoardId::from_uuid(id))
}

/// Is there any region yet? The demo seeder fills an empty database only.
pub async fn any<C: ConnectionTrait>(db: &C) -> Result<bool, DbErr> {
    Ok(region::Entity::find().one(db).await?.is_some())
}

/// The boards of a region, by name.
pub async fn list_boards<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
) -> Result<Vec<Board>, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    Ok(board::Entity::find()
        .filter(board::Column::RegionId.eq(region_id.as_uuid()))
        .order_by_asc(board::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|row| Board {
            id: BoardId::from_uuid(row.id),
            region_id: RegionId::from_uuid(row.region_id),
            name: row.name,
        })
        .collect())
}
