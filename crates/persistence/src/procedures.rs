//! Procedures: one calendar per region per school year.

use overstap_domain::{Calendar, CalendarInstants, ProcedureId, RegionId, SchoolYear};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::procedure;

/// A stored procedure: its region, school year and calendar instants (UTC).
#[derive(Debug, Clone, PartialEq)]
pub struct Procedure {
    pub id: ProcedureId,
    pub region_id: RegionId,
    pub school_year: String,
    pub instants: CalendarInstants,
}

impl Procedure {
    /// The domain calendar; stored instants were validated when written.
    pub fn calendar(&self) -> Result<Calendar, DbErr> {
        Calendar::new(self.instants).map_err(|e| DbErr::Type(format!("procedure {}: {e}", self.id)))
    }

    /// When the procedure's school year ends (the domain's rule); a stored label that is not
    /// a school year is an error, never a guess.
    pub fn end_of_school_year(&self) -> Result<OffsetDateTime, DbErr> {
        SchoolYear::parse(&self.school_year)
            .and_then(SchoolYear::ends_at)
            .map_err(|e| DbErr::Type(format!("procedure {}: {e}", self.id)))
    }
}

fn from_row(row: procedure::Model) -> Procedure {
    Procedure {
        id: ProcedureId::from_uuid(row.id),
        region_id: RegionId::from_uuid(row.region_id),
        school_year: row.school_year,
        instants: CalendarInstants {
            login_dispatch_opens_at: row.login_dispatch_opens_at,
            login_dispatch_closes_at: row.login_dispatch_closes_at,
            registration_opens_at: row.registration_opens_at,
            registration_closes_at: row.registration_closes_at,
            priority_verification_deadline: row.priority_verification_deadline,
            placement_at: row.placement_at,
            publication_at: row.publication_at,
            round2_opens_at: row.round2_opens_at,
            round2_closes_at: row.round2_closes_at,
        },
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

pub async fn find<C: ConnectionTrait>(db: &C, id: ProcedureId) -> Result<Option<Procedure>, DbErr> {
    Ok(procedure::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(from_row))
}

/// The calendar's columns set, every other column untouched.
fn with_calendar(calendar: &Calendar) -> procedure::ActiveModel {
    let p = calendar.instants();
    procedure::ActiveModel {
        login_dispatch_opens_at: Set(p.login_dispatch_opens_at),
        login_dispatch_closes_at: Set(p.login_dispatch_closes_at),
        registration_opens_at: Set(p.registration_opens_at),
        registration_closes_at: Set(p.registration_closes_at),
        priority_verification_deadline: Set(p.priority_verification_deadline),
        placement_at: Set(p.placement_at),
        publication_at: Set(p.publication_at),
        round2_opens_at: Set(p.round2_opens_at),
        round2_closes_at: Set(p.round2_closes_at),
        ..Default::default()
    }
}

/// Stores the procedure of a region for a school year.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
    school_year: &str,
    calendar: &Calendar,
) -> Result<ProcedureId, DbErr> {
    let id = Uuid::new_v4();
    procedure::Entity::insert(procedure::ActiveModel {
        id: Set(id),
        region_id: Set(region_id.as_uuid()),
        school_year: Set(school_year.to_owned()),
        ..with_calendar(calendar)
    })
    .exec(db)
    .await?;
    Ok(ProcedureId::from_uuid(id))
}

/// Every procedure of the region, the latest school year first.
pub async fn list_for_region<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
) -> Result<Vec<Procedure>, DbErr> {
    Ok(procedure::Entity::find()
        .filter(procedure::Column::RegionId.eq(region_id.as_uuid()))
        .order_by_desc(procedure::Column::SchoolYear)
        .all(db)
        .await?
        .into_iter()
        .map(from_row)
        .collect())
}

/// The procedure `id` if it belongs to `region`.
pub async fn find_in_region<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
    id: ProcedureId,
) -> Result<Option<Procedure>, DbErr> {
    Ok(find(db, id).await?.filter(|p| p.region_id == region_id))
}

/// Replaces the calendar of procedure `id`.
pub async fn set_calendar<C: ConnectionTrait>(
    db: &C,
    id: ProcedureId,
    calendar: &Calendar,
) -> Result<(), DbErr> {
    procedure::Entity::update(procedure::ActiveModel {
        id: Set(id.as_uuid()),
        ..with_calendar(calendar)
    })
    .exec(db)
    .await?;
    Ok(())
}
