//! School boards (schoolbesturen): each groups schools of one region.

use overstap_domain::{BoardId, RegionId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::entities::{board, school};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    pub id: BoardId,
    pub region_id: RegionId,
    pub name: String,
    pub active: bool,
}

fn from_row(row: board::Model) -> Board {
    Board {
        id: BoardId::from_uuid(row.id),
        region_id: RegionId::from_uuid(row.region_id),
        name: row.name,
        active: row.active,
    }
}

pub async fn find<C: ConnectionTrait>(db: &C, id: BoardId) -> Result<Option<Board>, DbErr> {
    Ok(board::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(from_row))
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
    name: &str,
) -> Result<BoardId, DbErr> {
    let id = Uuid::new_v4();
    board::Entity::insert(board::ActiveModel {
        id: Set(id),
        region_id: Set(region_id.as_uuid()),
        name: Set(name.to_owned()),
        active: Set(true),
    })
    .exec(db)
    .await?;
    Ok(BoardId::from_uuid(id))
}

/// The boards of a region, by name (deactivated ones too).
pub async fn list<C: ConnectionTrait>(db: &C, region_id: RegionId) -> Result<Vec<Board>, DbErr> {
    Ok(board::Entity::find()
        .filter(board::Column::RegionId.eq(region_id.as_uuid()))
        .order_by_asc(board::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(from_row)
        .collect())
}

pub async fn rename<C: ConnectionTrait>(db: &C, id: BoardId, name: &str) -> Result<(), DbErr> {
    board::Entity::update_many()
        .col_expr(board::Column::Name, name.into())
        .filter(board::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_active<C: ConnectionTrait>(
    db: &C,
    id: BoardId,
    active: bool,
) -> Result<(), DbErr> {
    board::Entity::update_many()
        .col_expr(board::Column::Active, active.into())
        .filter(board::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// How many active schools the board still has.
pub async fn active_schools<C: ConnectionTrait>(db: &C, id: BoardId) -> Result<u64, DbErr> {
    school::Entity::find()
        .filter(school::Column::BoardId.eq(id.as_uuid()))
        .filter(school::Column::Active.eq(true))
        .count(db)
        .await
}
