//! Pupils with their registration status, as their primary school keeps them.

use std::collections::HashMap;

use overstap_domain::{ProcedureId, PupilId, RegistrationId, SchoolId};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::entities::{pupil, registration, registration_form_version};
use crate::status_counts::{self, Deltas};
use overstap_domain::pupil::paper_route::{HandedIn, PaperRoute};
use overstap_domain::{Advice, RegistrationStatus};

#[derive(Debug, Clone, PartialEq)]
pub struct Pupil {
    pub id: PupilId,
    pub procedure_id: ProcedureId,
    pub school_id: SchoolId,
    pub external_id: String,
    pub elk_number: String,
    pub first_name: String,
    pub last_name: String,
    pub class_name: String,
    pub birth_date: Date,
    pub advice: Advice,
    pub lwoo: bool,
    pub home_town: String,
    pub parent_email: String,
    pub twin_pupil_id: Option<PupilId>,
    pub status: RegistrationStatus,
    /// Set when the pupil takes the paper route.
    pub paper_route: Option<PaperRoute>,
}

pub(crate) fn from_row(row: pupil::Model, status: RegistrationStatus) -> Pupil {
    Pupil {
        id: PupilId::from_uuid(row.id),
        procedure_id: ProcedureId::from_uuid(row.procedure_id),
        school_id: SchoolId::from_uuid(row.school_id),
        external_id: row.external_id,
        elk_number: row.elk_number,
        first_name: row.first_name,
        last_name: row.last_name,
        class_name: row.class_name,
        birth_date: row.birth_date,
        advice: row.advice.0,
        lwoo: row.lwoo,
        home_town: row.home_town,
        parent_email: row.parent_email,
        twin_pupil_id: row.twin_pupil_id.map(PupilId::from_uuid),
        status,
        paper_route: row.paper_route.map(|reason| PaperRoute {
            reason: reason.0,
            handed_in: row.paper_handed_in_on.map(|on| HandedIn {
                on,
                to_school: row.paper_handed_in_to.unwrap_or_default(),
            }),
        }),
    }
}

async fn statuses<C: ConnectionTrait>(
    db: &C,
    pupil_ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, RegistrationStatus>, DbErr> {
    Ok(registration::Entity::find()
        .filter(registration::Column::PupilId.is_in(pupil_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.pupil_id, r.status.0))
        .collect())
}

/// The pupils of one school in one procedure, by class and name, with their status, in one
/// query.
pub async fn list_for_school<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    school_id: SchoolId,
) -> Result<Vec<Pupil>, DbErr> {
    Ok(pupil::Entity::find()
        .find_also_related(registration::Entity)
        .filter(pupil::Column::ProcedureId.eq(procedure.as_uuid()))
        .filter(pupil::Column::SchoolId.eq(school_id.as_uuid()))
        .order_by_asc(pupil::Column::ClassName)
        .order_by_asc(pupil::Column::LastName)
        .order_by_asc(pupil::Column::FirstName)
        .all(db)
        .await?
        .into_iter()
        .map(|(row, registration)| {
            let status = registration.map_or(RegistrationStatus::Wit, |r| r.status.0);
            from_row(row, status)
        })
        .collect())
}

/// Filters of the pupil list, combined with AND.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub class_name: Option<String>,
    pub status: Option<RegistrationStatus>,
    /// Every word must occur in the name, ELK number, own id or parent e-mail.
    pub query: Option<String>,
    /// Only registrations that are not complete (everything but AV and the paper route).
    pub needs_attention: bool,
}

impl Filter {
    pub fn matches(&self, p: &Pupil) -> bool {
        if self.class_name.as_ref().is_some_and(|c| *c != p.class_name) {
            return false;
        }
        if self.status.is_some_and(|s| s != p.status) {
            return false;
        }
        // A paper-route pupil registers on paper: never "not yet registered" here.
        if self.needs_attention && (p.status == RegistrationStatus::Av || p.paper_route.is_some()) {
            return false;
        }
        let Some(query) = &self.query else {
            return true;
        };
        let haystack = format!(
            "{} {} {} {} {}",
            p.first_name, p.last_name, p.elk_number, p.external_id, p.parent_email
        )
        .to_lowercase();
        query
            .to_lowercase()
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}

/// The pupils of one school in one procedure that pass `filter`, by class and name.
pub async fn search<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    school_id: SchoolId,
    filter: &Filter,
) -> Result<Vec<Pupil>, DbErr> {
    let mut pupils = list_for_school(db, procedure, school_id).await?;
    pupils.retain(|p| filter.matches(p));
    Ok(pupils)
}

/// Pupils of `schools` in `procedure` with the ELK number `elk`, or whose first or last name contains `name`
/// (case-insensitive; fewer than 2 letters besides LIKE's wildcards find nobody), by name; at
/// most `limit`.
pub async fn find_in_schools<C: ConnectionTrait>(
    db: &C,
    procedure: Option<ProcedureId>,
    schools: &[SchoolId],
    elk: Option<&str>,
    name: Option<&str>,
    limit: u64,
) -> Result<Vec<Pupil>, DbErr> {
    use sea_orm::sea_query::Func;
    use sea_orm::{Condition, QuerySelect};
    let mut query = pupil::Entity::find()
        .find_also_related(registration::Entity)
        .filter(pupil::Column::SchoolId.is_in(schools.iter().map(|s| s.as_uuid())));
    if let Some(procedure) = procedure {
        query = query.filter(pupil::Column::ProcedureId.eq(procedure.as_uuid()));
    }
    if let Some(elk) = elk {
        query = query.filter(pupil::Column::ElkNumber.eq(elk));
    }
    if let Some(name) = name {
        // LIKE's wildcards in a name are taken as nothing, not as wildcards.
        let words: String = name
            .to_lowercase()
            .chars()
            .filter(|c| !matches!(c, '%' | '_' | '\\'))
            .collect();
        if words.trim().chars().count() < 2 {
            return Ok(Vec::new());
        }
        let pattern = format!("%{}%", words.trim());
        let lower =
            |column: pupil::Column| Expr::expr(Func::lower(Expr::col((pupil::Entity, column))));
        query = query.filter(
            Condition::any()
                .add(lower(pupil::Column::FirstName).like(pattern.clone()))
                .add(lower(pupil::Column::LastName).like(pattern)),
        );
    }
    Ok(query
        .order_by_asc(pupil::Column::LastName)
        .order_by_asc(pupil::Column::FirstName)
        .order_by_asc(pupil::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|(row, registration)| {
            let status = registration.map_or(RegistrationStatus::Wit, |r| r.status.0);
            from_row(row, status)
        })
        .collect())
}

/// The school's pupils in `procedure` with these own ids, by own id.
pub async fn find_by_external_ids<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    school_id: SchoolId,
    external_ids: &[String],
) -> Result<HashMap<String, Pupil>, DbErr> {
    let mut found = HashMap::with_capacity(external_ids.len());
    for chunk in external_ids.chunks(500) {
        let rows = pupil::Entity::find()
            .filter(pupil::Column::ProcedureId.eq(procedure.as_uuid()))
            .filter(pupil::Column::SchoolId.eq(school_id.as_uuid()))
            .filter(pupil::Column::ExternalId.is_in(chunk.iter().cloned()))
            .all(db)
            .await?;
        let mut statuses = statuses(db, rows.iter().map(|r| r.id).collect()).await?;
        for row in rows {
            let status = statuses.remove(&row.id).unwrap_or(RegistrationStatus::Wit);
            let pupil = from_row(row, status);
            found.insert(pupil.external_id.clone(), pupil);
        }
    }
    Ok(found)
}

/// Overwrites the editable data of `p.id` (not its ELK number, school or procedure).
pub async fn update<C: ConnectionTrait>(
    db: &C,
    p: &NewPupil,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    pupil::Entity::update_many()
        .col_expr(
            pupil::Column::ExternalId,
            Expr::value(p.external_id.clone()),
        )
        .col_expr(pupil::Column::FirstName, Expr::value(p.first_name.clone()))
        .col_expr(pupil::Column::LastName, Expr::value(p.last_name.clone()))
        .col_expr(pupil::Column::ClassName, Expr::value(p.class_name.clone()))
        .col_expr(pupil::Column::BirthDate, Expr::value(p.birth_date))
        .col_expr(pupil::Column::Advice, Expr::value(p.advice.as_str()))
        .col_expr(pupil::Column::Lwoo, Expr::value(p.lwoo))
        .col_expr(pupil::Column::HomeTown, Expr::value(p.home_town.clone()))
        .col_expr(
            pupil::Column::ParentEmail,
            Expr::value(p.parent_email.clone()),
        )
        .col_expr(pupil::Column::UpdatedAt, Expr::value(now))
        .filter(pupil::Column::Id.eq(p.id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_parent_email<C: ConnectionTrait>(
    db: &C,
    id: PupilId,
    email: &str,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    pupil::Entity::update_many()
        .col_expr(pupil::Column::ParentEmail, Expr::value(email))
        .col_expr(pupil::Column::UpdatedAt, Expr::value(now))
        .filter(pupil::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// Links two pupils as twins both ways (or unlinks `id`), dissolving their earlier links.
pub async fn set_twin<C: ConnectionTrait>(
    db: &C,
    id: PupilId,
    twin: Option<PupilId>,
) -> Result<(), DbErr> {
    let mut involved = vec![id.as_uuid()];
    involved.extend(twin.map(|t| t.as_uuid()));
    pupil::Entity::update_many()
        .col_expr(
            pupil::Column::TwinPupilId,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(
            pupil::Column::Id
                .is_in(involved.clone())
                .or(pupil::Column::TwinPupilId.is_in(involved)),
        )
        .exec(db)
        .await?;
    if let Some(twin) = twin {
        for (a, b) in [(id, twin), (twin, id)] {
            pupil::Entity::update_many()
                .col_expr(pupil::Column::TwinPupilId, Expr::value(Some(b.as_uuid())))
                .filter(pupil::Column::Id.eq(a.as_uuid()))
                .exec(db)
                .await?;
        }
    }
    Ok(())
}

pub async fn find<C: ConnectionTrait>(db: &C, id: PupilId) -> Result<Option<Pupil>, DbErr> {
    let Some(row) = pupil::Entity::find_by_id(id.as_uuid()).one(db).await? else {
        return Ok(None);
    };
    let status = statuses(db, vec![row.id])
        .await?
        .remove(&row.id)
        .unwrap_or(RegistrationStatus::Wit);
    Ok(Some(from_row(row, status)))
}

/// The pupil, with the status the caller has already read from the registration: one query
/// instead of two on the parent portal's hot path.
pub async fn find_with_status<C: ConnectionTrait>(
    db: &C,
    id: PupilId,
    status: RegistrationStatus,
) -> Result<Option<Pupil>, DbErr> {
    Ok(pupil::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(|row| from_row(row, status)))
}

/// A pupil of this school, or nothing: another school's pupil is indistinguishable from none.
pub async fn find_for_school<C: ConnectionTrait>(
    db: &C,
    school_id: SchoolId,
    id: PupilId,
) -> Result<Option<Pupil>, DbErr> {
    Ok(find(db, id).await?.filter(|p| p.school_id == school_id))
}

pub struct NewPupil {
    pub id: PupilId,
    pub procedure_id: ProcedureId,
    pub school_id: SchoolId,
    pub external_id: String,
    pub elk_number: String,
    pub first_name: String,
    pub last_name: String,
    pub class_name: String,
    pub birth_date: Date,
    pub advice: Advice,
    pub lwoo: bool,
    pub home_town: String,
    pub parent_email: String,
    pub twin_pupil_id: Option<PupilId>,
}

/// Inserts pupils with a `wit` registration and its first form version each, in batches.
/// Twin links must point at pupils in the same call or already stored.
pub async fn insert_many<C: ConnectionTrait>(
    db: &C,
    pupils: Vec<NewPupil>,
    created_by: &str,
    now: OffsetDateTime,
) -> Result<Vec<RegistrationId>, DbErr> {
    let mut registration_ids = Vec::with_capacity(pupils.len());
    let mut deltas = Deltas::default();
    for chunk in pupils.chunks(500) {
        let mut pupil_rows = Vec::with_capacity(chunk.len());
        let mut registration_rows = Vec::with_capacity(chunk.len());
        let mut version_rows = Vec::with_capacity(chunk.len());
        for p in chunk {
            let registration_id = Uuid::new_v4();
            registration_ids.push(RegistrationId::from_uuid(registration_id));
            version_rows.push(registration_form_version::ActiveModel {
                id: Set(Uuid::new_v4()),
                registration_id: Set(registration_id),
                version: Set(1),
                data: Set(form_data(p)),
                reason: Set("created".to_owned()),
                created_by: Set(created_by.to_owned()),
                created_at: Set(now),
            });
            registration_rows.push(registration::ActiveModel {
                id: Set(registration_id),
                pupil_id: Set(p.id.as_uuid()),
                procedure_id: Set(p.procedure_id.as_uuid()),
                status: Set(RegistrationStatus::Wit.into()),
                form_version: Set(1),
                revision: Set(0),
                confirmed_at: Set(None),
                updated_at: Set(now),
                login_version: Set(0),
                draft: Set(None),
                week_closed: Set(false),
            });
            deltas.add(
                (p.procedure_id, p.school_id),
                &p.class_name,
                RegistrationStatus::Wit,
                1,
            );
            pupil_rows.push(pupil::ActiveModel {
                id: Set(p.id.as_uuid()),
                procedure_id: Set(p.procedure_id.as_uuid()),
                school_id: Set(p.school_id.as_uuid()),
                external_id: Set(p.external_id.clone()),
                elk_number: Set(p.elk_number.clone()),
                first_name: Set(p.first_name.clone()),
                last_name: Set(p.last_name.clone()),
                class_name: Set(p.class_name.clone()),
                birth_date: Set(p.birth_date),
                advice: Set(p.advice.into()),
                lwoo: Set(p.lwoo),
                home_town: Set(p.home_town.clone()),
                parent_email: Set(p.parent_email.clone()),
                // Twins are linked after all rows exist, so the self-reference never dangles.
                twin_pupil_id: Set(None),
                paper_route: Set(None),
                paper_handed_in_on: Set(None),
                paper_handed_in_to: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            });
        }
        pupil::Entity::insert_many(pupil_rows).exec(db).await?;
        registration::Entity::insert_many(registration_rows)
            .exec(db)
            .await?;
        registration_form_version::Entity::insert_many(version_rows)
            .exec(db)
            .await?;
    }
    status_counts::apply(db, &deltas).await?;
    for p in pupils.iter().filter(|p| p.twin_pupil_id.is_some()) {
        pupil::Entity::update_many()
            .col_expr(
                pupil::Column::TwinPupilId,
                Expr::value(p.twin_pupil_id.map(|t| t.as_uuid())),
            )
            .filter(pupil::Column::Id.eq(p.id.as_uuid()))
            .exec(db)
            .await?;
    }
    Ok(registration_ids)
}

/// The pupil data a form version freezes.
pub fn form_data(p: &NewPupil) -> serde_json::Value {
    serde_json::json!({
        "elk_number": p.elk_number,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "birth_date": p.birth_date.to_string(),
        "advice": p.advice,
        "lwoo": p.lwoo,
        "home_town": p.home_town,
        "parent_email": p.parent_email,
        "class_name": p.class_name,
    })
}

/// Records (or ends, with `None`) the paper route of `pupil`.
pub async fn set_paper_route<C: ConnectionTrait>(
    db: &C,
    pupil: PupilId,
    route: Option<&PaperRoute>,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    let handed_in = route.and_then(|r| r.handed_in.as_ref());
    pupil::Entity::update_many()
        .col_expr(
            pupil::Column::PaperRoute,
            Expr::value(route.map(|r| r.reason.as_str().to_owned())),
        )
        .col_expr(
            pupil::Column::PaperHandedInOn,
            Expr::value(handed_in.map(|h| h.on)),
        )
        .col_expr(
            pupil::Column::PaperHandedInTo,
            Expr::value(handed_in.map(|h| h.to_school.clone())),
        )
        .col_expr(pupil::Column::UpdatedAt, Expr::value(now))
        .filter(pupil::Column::Id.eq(pupil.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

/// Per school and registration status, how many pupils of `procedure` in `schools` take the
/// paper route (the status board counts them apart).
pub async fn paper_route_counts<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    schools: &[SchoolId],
) -> Result<Vec<(SchoolId, RegistrationStatus)>, DbErr> {
    Ok(pupil::Entity::find()
        .find_also_related(registration::Entity)
        .filter(pupil::Column::ProcedureId.eq(procedure.as_uuid()))
        .filter(pupil::Column::SchoolId.is_in(schools.iter().map(|s| s.as_uuid())))
        .filter(pupil::Column::PaperRoute.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|(row, registration)| {
            (
                SchoolId::from_uuid(row.school_id),
                registration.map_or(RegistrationStatus::Wit, |r| r.status.0),
            )
        })
        .collect())
}
