//! PO and VO schools and the programmes of VO schools.

use std::collections::HashMap;

use overstap_domain::{
    Advice, BoardId, PriorityRuleKind, ProcedureId, ProgrammeId, RegionId, SchoolId, SchoolKind,
};

use crate::stored::Stored;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, sea_query::Query,
};
use uuid::Uuid;

use crate::entities::{
    placement, preference_entry, programme, pupil, registration, reserve_entry, school,
};

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
    pub active: bool,
}

#[derive(Debug, Clone)]
pub struct Programme {
    pub id: ProgrammeId,
    pub school_id: SchoolId,
    /// The procedure year it is offered in.
    pub procedure_id: Option<ProcedureId>,
    pub name: String,
    pub admitted_advice: Vec<Advice>,
    pub capacity: u32,
    pub info_url: Option<String>,
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
        active: row.active,
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
        active: Set(true),
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
        procedure_id: row.procedure_id.map(ProcedureId::from_uuid),
        name: row.name,
        admitted_advice,
        capacity: u32::try_from(row.capacity).unwrap_or(0),
        info_url: row.info_url,
    })
}

/// The programmes `school_id` offers in `procedure`, by name.
pub async fn list_programmes<C: ConnectionTrait>(
    db: &C,
    school_id: SchoolId,
    procedure: ProcedureId,
) -> Result<Vec<Programme>, DbErr> {
    programme::Entity::find()
        .filter(programme::Column::SchoolId.eq(school_id.as_uuid()))
        .filter(programme::Column::ProcedureId.eq(procedure.as_uuid()))
        .order_by_asc(programme::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(programme_from_row)
        .collect()
}

/// A programme without an information page (the demo, tests and benchmarks).
pub async fn insert_programme<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    school_id: SchoolId,
    name: &str,
    admitted_advice: &[Advice],
    capacity: u32,
) -> Result<ProgrammeId, DbErr> {
    create_programme(
        db,
        Some(procedure),
        school_id,
        &ProgrammeDetails {
            name,
            admitted_advice,
            capacity,
            info_url: None,
        },
    )
    .await
}

/// What a coordinator enters for a programme.
pub struct ProgrammeDetails<'a> {
    pub name: &'a str,
    pub admitted_advice: &'a [Advice],
    pub capacity: u32,
    pub info_url: Option<&'a str>,
}

fn advice_list(admitted_advice: &[Advice]) -> String {
    admitted_advice
        .iter()
        .map(Advice::as_str)
        .collect::<Vec<_>>()
        .join(",")
}

/// A programme of `procedure`, or of none while the region has no procedure yet (its first
/// procedure adopts it).
pub async fn create_programme<C: ConnectionTrait>(
    db: &C,
    procedure: Option<ProcedureId>,
    school_id: SchoolId,
    details: &ProgrammeDetails<'_>,
) -> Result<ProgrammeId, DbErr> {
    let id = Uuid::new_v4();
    programme::Entity::insert(programme::ActiveModel {
        id: Set(id),
        school_id: Set(school_id.as_uuid()),
        procedure_id: Set(procedure.map(|p| p.as_uuid())),
        name: Set(details.name.to_owned()),
        admitted_advice: Set(advice_list(details.admitted_advice)),
        capacity: Set(i32::try_from(details.capacity).unwrap_or(i32::MAX)),
        info_url: Set(details.info_url.map(str::to_owned)),
    })
    .exec(db)
    .await?;
    Ok(ProgrammeId::from_uuid(id))
}

/// The programmes `school_id` was given before its region had a procedure, by name.
pub async fn list_unassigned_programmes<C: ConnectionTrait>(
    db: &C,
    school_id: SchoolId,
) -> Result<Vec<Programme>, DbErr> {
    programme::Entity::find()
        .filter(programme::Column::SchoolId.eq(school_id.as_uuid()))
        .filter(programme::Column::ProcedureId.is_null())
        .order_by_asc(programme::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(programme_from_row)
        .collect()
}

/// The region's first procedure takes the programmes made before it.
pub async fn adopt_programmes<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    procedure: ProcedureId,
) -> Result<u64, DbErr> {
    let schools_of_region = Query::select()
        .column(school::Column::Id)
        .from(school::Entity)
        .and_where(school::Column::RegionId.eq(region.as_uuid()))
        .to_owned();
    Ok(programme::Entity::update_many()
        .col_expr(
            programme::Column::ProcedureId,
            sea_orm::sea_query::Expr::value(procedure.as_uuid()),
        )
        .filter(programme::Column::ProcedureId.is_null())
        .filter(programme::Column::SchoolId.in_subquery(schools_of_region))
        .exec(db)
        .await?
        .rows_affected)
}

/// A new year starts with last year's programmes (new ids, same names, levels, capacity and
/// information page); the schools change them from there.
pub async fn copy_programmes<C: ConnectionTrait>(
    db: &C,
    from: ProcedureId,
    to: ProcedureId,
) -> Result<u64, DbErr> {
    let rows = programme::Entity::find()
        .filter(programme::Column::ProcedureId.eq(from.as_uuid()))
        .all(db)
        .await?;
    let copied = rows.len() as u64;
    for chunk in rows.chunks(500) {
        programme::Entity::insert_many(chunk.iter().map(|row| programme::ActiveModel {
            id: Set(Uuid::new_v4()),
            school_id: Set(row.school_id),
            procedure_id: Set(Some(to.as_uuid())),
            name: Set(row.name.clone()),
            admitted_advice: Set(row.admitted_advice.clone()),
            capacity: Set(row.capacity),
            info_url: Set(row.info_url.clone()),
        }))
        .exec(db)
        .await?;
    }
    Ok(copied)
}

pub async fn find_programme<C: ConnectionTrait>(
    db: &C,
    id: ProgrammeId,
) -> Result<Option<Programme>, DbErr> {
    programme::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(programme_from_row)
        .transpose()
}

pub async fn update_programme<C: ConnectionTrait>(
    db: &C,
    id: ProgrammeId,
    details: &ProgrammeDetails<'_>,
) -> Result<(), DbErr> {
    programme::Entity::update_many()
        .col_expr(programme::Column::Name, details.name.into())
        .col_expr(
            programme::Column::AdmittedAdvice,
            advice_list(details.admitted_advice).into(),
        )
        .col_expr(
            programme::Column::Capacity,
            i32::try_from(details.capacity).unwrap_or(i32::MAX).into(),
        )
        .col_expr(
            programme::Column::InfoUrl,
            details.info_url.map(str::to_owned).into(),
        )
        .filter(programme::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// Has any preference list, placement or reserve list named the programme (in any year)?
pub async fn programme_in_use<C: ConnectionTrait>(db: &C, id: ProgrammeId) -> Result<bool, DbErr> {
    let id = id.as_uuid();
    Ok(preference_entry::Entity::find()
        .filter(preference_entry::Column::ProgrammeId.eq(id))
        .count(db)
        .await?
        > 0
        || placement::Entity::find()
            .filter(placement::Column::ProgrammeId.eq(id))
            .count(db)
            .await?
            > 0
        || reserve_entry::Entity::find()
            .filter(reserve_entry::Column::ProgrammeId.eq(id))
            .count(db)
            .await?
            > 0)
}

pub async fn delete_programme<C: ConnectionTrait>(db: &C, id: ProgrammeId) -> Result<(), DbErr> {
    programme::Entity::delete_by_id(id.as_uuid())
        .exec(db)
        .await?;
    Ok(())
}

/// Changes everything but the kind and the region.
pub async fn update<C: ConnectionTrait>(
    db: &C,
    id: SchoolId,
    details: &NewSchool<'_>,
) -> Result<(), DbErr> {
    school::Entity::update_many()
        .col_expr(school::Column::BoardId, details.board_id.as_uuid().into())
        .col_expr(school::Column::Code, details.code.into())
        .col_expr(school::Column::Name, details.name.into())
        .col_expr(school::Column::Town, details.town.into())
        .col_expr(school::Column::ContactEmail, details.contact_email.into())
        .col_expr(school::Column::ContactPhone, details.contact_phone.into())
        .col_expr(
            school::Column::Website,
            details.website.map(str::to_owned).into(),
        )
        .col_expr(
            school::Column::PriorityRule,
            details.priority_rule.map(|r| r.as_str().to_owned()).into(),
        )
        .filter(school::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_active<C: ConnectionTrait>(
    db: &C,
    id: SchoolId,
    active: bool,
) -> Result<(), DbErr> {
    school::Entity::update_many()
        .col_expr(school::Column::Active, active.into())
        .filter(school::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// The schools (of any region) with these BRIN numbers, by number.
pub async fn find_by_codes<C: ConnectionTrait>(
    db: &C,
    codes: &[String],
) -> Result<HashMap<String, School>, DbErr> {
    let mut found = HashMap::new();
    for chunk in codes.chunks(500) {
        for row in school::Entity::find()
            .filter(school::Column::Code.is_in(chunk.iter().cloned()))
            .all(db)
            .await?
        {
            let school = school_from_row(row)?;
            found.insert(school.code.clone(), school);
        }
    }
    Ok(found)
}

/// Does the school take part in this procedure: a PO school with pupils, a VO school named on
/// a preference list?
pub async fn takes_part<C: ConnectionTrait>(
    db: &C,
    school: &School,
    procedure: ProcedureId,
) -> Result<bool, DbErr> {
    let count = match school.kind {
        SchoolKind::Po => {
            pupil::Entity::find()
                .filter(pupil::Column::SchoolId.eq(school.id.as_uuid()))
                .filter(pupil::Column::ProcedureId.eq(procedure.as_uuid()))
                .count(db)
                .await?
        }
        SchoolKind::Vo => {
            let programmes = Query::select()
                .column(programme::Column::Id)
                .from(programme::Entity)
                .and_where(programme::Column::SchoolId.eq(school.id.as_uuid()))
                .to_owned();
            let registrations = Query::select()
                .column(registration::Column::Id)
                .from(registration::Entity)
                .and_where(registration::Column::ProcedureId.eq(procedure.as_uuid()))
                .to_owned();
            preference_entry::Entity::find()
                .filter(preference_entry::Column::ProgrammeId.in_subquery(programmes))
                .filter(preference_entry::Column::RegistrationId.in_subquery(registrations))
                .count(db)
                .await?
        }
    };
    Ok(count > 0)
}
