//! PO and VO schools and the programmes of VO schools.

use overstap_domain::{
    Advice, BoardId, PriorityRuleKind, ProgrammeId, RegionId, SchoolId, SchoolKind,
};

use crate::stored::Stored;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::entities::{programme, school};

#[derive(Debug, Clone)]
pub struct School {
    pub id: SchoolId,
    pub board_id: BoardId,
    pub region_id: RegionId,
    pub kind: SchoolKind,
    pub code: String,
    pub name: String,
    pub town: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub website: Option<String>,
    pub priority_rule: Option<PriorityRuleKind>,
}

#[derive(Debug, Clone)]
pub struct Programme {
    pub id: ProgrammeId,
    pub school_id: SchoolId,
    pub name: String,
    pub admitted_advice: Vec<Advice>,
    pub capacity: u32,
}

fn school_from_row(row: school::Model) -> Result<School, DbErr> {
    let kind = row.kind.0;
    Ok(School {
        id: SchoolId::from_uuid(row.id),
        board_id: BoardId::from_uuid(row.board_id),
        region_id: RegionId::from_uuid(row.region_id),
        kind,
        code: row.code,
        name: row.name,
        town: row.town,
        contact_email: row.contact_email,
        contact_phone: row.contact_phone,
        website: row.website,
        priority_rule: row.priority_rule.map(|rule| rule.0),
    })
}

pub async fn find<C: ConnectionTrait>(db: &C, id: SchoolId) -> Result<Option<School>, DbErr> {
    school::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(school_from_row)
        .transpose()
}

pub async fn list_for_board<C: ConnectionTrait>(
    db: &C,
    board_id: BoardId,
) -> Result<Vec<School>, DbErr> {
    school::Entity::find()
        .filter(school::Column::BoardId.eq(board_id.as_uuid()))
        .order_by_asc(school::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(school_from_row)
        .collect()
}

pub async fn list_for_region<C: ConnectionTrait>(
    db: &C,
    region_id: RegionId,
) -> Result<Vec<School>, DbErr> {
    school::Entity::find()
        .filter(school::Column::RegionId.eq(region_id.as_uuid()))
        .order_by_asc(school::Column::Kind)
        .order_by_asc(school::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(school_from_row)
        .collect()
}

pub struct NewSchool<'a> {
    pub board_id: BoardId,
    pub region_id: RegionId,
    pub kind: SchoolKind,
    pub code: &'a str,
    pub name: &'a str,
    pub town: &'a str,
    pub contact_email: &'a str,
    pub contact_phone: &'a str,
    pub website: Option<&'a str>,
    pub priority_rule: Option<PriorityRuleKind>,
}

pub async fn insert<C: ConnectionTrait>(db: &C, new: NewSchool<'_>) -> Result<SchoolId, DbErr> {
    let id = Uuid::new_v4();
    school::Entity::insert(school::ActiveModel {
        id: Set(id),
        board_id: Set(new.board_id.as_uuid()),
        region_id: Set(new.region_id.as_uuid()),
        kind: Set(new.kind.into()),
        code: Set(new.code.to_owned()),
        name: Set(new.name.to_owned()),
        town: Set(new.town.to_owned()),
        contact_email: Set(new.contact_email.to_owned()),
        contact_phone: Set(new.contact_phone.to_owned()),
        website: Set(new.website.map(str::to_owned)),
        priority_rule: Set(new.priority_rule.map(Stored)),
    })
    .exec(db)
    .await?;
    Ok(SchoolId::from_uuid(id))
}

/// A programme row, its admitted advice parsed (an unknown level is an error).
pub(crate) fn programme_from_row(row: programme::Model) -> Result<Programme, DbErr> {
    let admitted_advice = row
        .admitted_advice
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect::<Result<Vec<Advice>, _>>()
        .map_err(|e| DbErr::Type(format!("programme {}: {e}", row.id)))?;
    Ok(Programme {
        id: ProgrammeId::from_uuid(row.id),
        school_id: SchoolId::from_uuid(row.school_id),
        name: row.name,
        admitted_advice,
        capacity: u32::try_from(row.capacity).unwrap_or(0),
    })
}

pub async fn list_programmes<C: ConnectionTrait>(
    db: &C,
    school_id: SchoolId,
) -> Result<Vec<Programme>, DbErr> {
    programme::Entity::find()
        .filter(programme::Column::SchoolId.eq(school_id.as_uuid()))
        .order_by_asc(programme::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(programme_from_row)
        .collect()
}

pub async fn insert_programme<C: ConnectionTrait>(
    db: &C,
    school_id: SchoolId,
    name: &str,
    admitted_advice: &[Advice],
    capacity: u32,
) -> Result<ProgrammeId, DbErr> {
    let id = Uuid::new_v4();
    programme::Entity::insert(programme::ActiveModel {
        id: Set(id),
        school_id: Set(school_id.as_uuid()),
        name: Set(name.to_owned()),
        admitted_advice: Set(admitted_advice
            .iter()
            .map(Advice::as_str)
            .collect::<Vec<_>>()
            .join(",")),
        capacity: Set(i32::try_from(capacity).unwrap_or(i32::MAX)),
    })
    .exec(db)
    .await?;
    Ok(ProgrammeId::from_uuid(id))
}
