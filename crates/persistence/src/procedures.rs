//! Procedures: one calendar per region per school year.

use overstap_domain::{ProcedureId, RegionId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::procedure;

/// The stored instants of a procedure's calendar, all UTC.
#[derive(Debug, Clone, PartialEq)]
pub struct Procedure {
    pub id: ProcedureId,
    pub region_id: RegionId,
    pub school_year: String,
    pub login_dispatch_opens_at: OffsetDateTime,
    pub login_dispatch_closes_at: OffsetDateTime,
    pub registration_opens_at: OffsetDateTime,
    pub registration_closes_at: OffsetDateTime,
    pub priority_verification_deadline: OffsetDateTime,
    pub placement_at: OffsetDateTime,
    pub publication_at: OffsetDateTime,
    pub round2_opens_at: Option<OffsetDateTime>,
    pub round2_closes_at: Option<OffsetDateTime>,
}

fn from_row(row: procedure::Model) -> Procedure {
    Procedure {
        id: ProcedureId::from_uuid(row.id),
        region_id: RegionId::from_uuid(row.region_id),
        school_year: row.school_year,
        login_dispatch_opens_at: row.login_dispatch_opens_at,
        login_dispatch_closes_at: row.login_dispatch_closes_at,
        registration_opens_at: row.registration_opens_at,
        registration_closes_at: row.registration_closes_at,
        priority_verification_deadline: row.priority_verification_deadline,
        placement_at: row.placement_at,
        publication_at: row.publication_at,
        round2_opens_at: row.round2_opens_at,
        round2_closes_at: row.round2_closes_at,
    }
}

/// The region's most recent procedure (the highest school year).
pub async fn current_for_region<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
) -> Result<Option<Procedure>, DbErr> {
    Ok(procedure::Entity::find()
        .filter(procedure::Column::RegionId.eq(region_id.as_uuid()))
        .order_by_desc(procedure::Column::SchoolYear)
        .one(db)
        .await?
        .map(from_row))
}

pub async fn find<C: ConnectionTrait>(
    db: &C,
    id: ProcedureId,
) -> Result<Option<Procedure>, DbErr> {
    Ok(procedure::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(from_row))
}

/// Stores a procedure; the `id` of the argument is ignored and a new one returned.
pub async fn insert<C: ConnectionTrait>(db: &C, p: &Procedure) -> Result<ProcedureId, DbErr> {
    let id = Uuid::new_v4();
    procedure::Entity::insert(procedure::ActiveModel {
        id: Set(id),
        region_id: Set(p.region_id.as_uuid()),
        school_year: Set(p.school_year.clone()),
        login_dispatch_opens_at: Set(p.login_dispatch_opens_at),
        login_dispatch_closes_at: Set(p.login_dispatch_closes_at),
        registration_opens_at: Set(p.registration_opens_at),
        registration_closes_at: Set(p.registration_closes_at),
        priority_verification_deadline: Set(p.priority_verification_deadline),
        placement_at: Set(p.placement_at),
        publication_at: Set(p.publication_at),
        round2_opens_at: Set(p.round2_opens_at),
        round2_closes_at: Set(p.round2_closes_at),
    })
    .exec(db)
    .await?;
    Ok(ProcedureId::from_uuid(id))
}
