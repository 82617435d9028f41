//! Regions.

use overstap_domain::RegionId;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use uuid::Uuid;

use crate::entities::region;

#[derive(Debug, Clone)]
pub struct Region {
    pub id: RegionId,
    pub code: String,
    pub name: String,
    /// The name of the region profile (`amstelland`, `amsterdam`).
    pub profile: String,
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

/// Is there any region yet? The demo seeder fills an empty database only.
pub async fn any<C: ConnectionTrait>(db: &C) -> Result<bool, DbErr> {
    Ok(region::Entity::find().one(db).await?.is_some())
}
