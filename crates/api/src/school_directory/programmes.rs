//! A VO school's programmes (opleidingen): name, admitted advice, seats and information page,
//! per procedure year (a new year starts with a copy of last year's; an earlier year's stay as
//! its placements and statistics read them, 409 `earlier_procedure`). Parents choose among them
//! from the registration week on, so which programmes there are and whom they admit are fixed
//! from then; the seats until the placement moment; the page always.

use overstap_api_types::{FieldError, ProgrammeListResponse, ProgrammeRequest, ProgrammeResponse};
use overstap_domain::pupil::record;
use overstap_domain::school::website;
use overstap_domain::{Advice, ProgrammeId, SchoolId, SchoolKind};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::procedures;
use overstap_persistence::schools::{self, Programme, ProgrammeDetails, School};
use sea_orm::ConnectionTrait;
use serde_json::json;
use time::OffsetDateTime;

use super::{Keeper, field_problem};
use crate::dto;
use crate::error::{ApiError, validate};
use crate::state::AppState;

struct Checked {
    name: String,
    admitted_advice: Vec<Advice>,
    capacity: u32,
    info_url: Option<String>,
}

impl Checked {
    fn details(&self) -> ProgrammeDetails<'_> {
        ProgrammeDetails {
            name: &self.name,
            admitted_advice: &self.admitted_advice,
            capacity: self.capacity,
            info_url: self.info_url.as_deref(),
        }
    }
}

fn check(request: &ProgrammeRequest) -> Result<Checked, ApiError> {
    validate(request)?;
    let mut errors: Vec<FieldError> = Vec::new();
    let name = record::text(&request.name, 120)
        .map_err(|p| errors.push(field_problem("name", p)))
        .ok();
    let mut admitted_advice: Vec<Advice> = request
        .admitted_advice
        .iter()
        .map(|a| dto::advice_in(*a))
        .collect();
    admitted_advice.sort();
    admitted_advice.dedup();
    let info_url = match request.info_url.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(url) => website(url)
            .map_err(|p| errors.push(field_problem("info_url", p)))
            .ok(),
    };
    match name {
        Some(name) if errors.is_empty() => Ok(Checked {
            name,
            admitted_advice,
            capacity: request.capacity,
            info_url,
        }),
        _ => Err(ApiError::Invalid(errors)),
    }
}

/// A VO school of the keeper's region (another region's school, or a PO school, is a 404).
async fn vo_school<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    id: SchoolId,
) -> Result<School, ApiError> {
    let school = super::schools::of_region(db, keeper, id).await?;
    if school.kind == SchoolKind::Vo {
        Ok(school)
    } else {
        Err(ApiError::NotFound)
    }
}

/// A programme of a VO school of the keeper's region, in the current procedure year (or made
/// before the region's first one); one of an earlier year is 409 `earlier_procedure`.
async fn programme<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    id: ProgrammeId,
) -> Result<Programme, ApiError> {
    let programme = schools::find_programme(db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    vo_school(db, keeper, programme.school_id).await?;
    match (
        programme.procedure_id,
        procedures::current_for_region(db, keeper.region).await?,
    ) {
        (None, None) => {}
        (Some(year), Some(current)) => {
            crate::procedures::ensure_current(db, year, &current).await?;
        }
        _ => return Err(ApiError::NotFound),
    }
    Ok(programme)
}

/// The school's programmes of `year`, or of none before the region's first procedure.
async fn of_year<C: ConnectionTrait>(
    db: &C,
    school: SchoolId,
    year: Option<overstap_domain::ProcedureId>,
) -> Result<Vec<Programme>, ApiError> {
    Ok(match year {
        Some(year) => schools::list_programmes(db, school, year).await?,
        None => schools::list_unassigned_programmes(db, school).await?,
    })
}

/// Refuses the change once the phase it belongs to began in the current procedure:
/// `registration` (which programmes there are, whom they admit) or `placement` (seats).
async fn still_open<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    what: &str,
    phase: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let Some(procedure) = procedures::current_for_region(db, keeper.region).await? else {
        return Ok(());
    };
    let starts = if phase == "placement" {
        procedure.instants.placement_at
    } else {
        procedure.instants.registration_opens_at
    };
    if now >= starts {
        Err(ApiError::phase_started(what, phase, starts))
    } else {
        Ok(())
    }
}

fn name_taken(e: sea_orm::DbErr) -> ApiError {
    match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => name_taken_error(),
        _ => ApiError::from(e),
    }
}

pub async fn list(
    state: &AppState,
    keeper: &Keeper,
    school: SchoolId,
) -> Result<ProgrammeListResponse, ApiError> {
    vo_school(&state.db, keeper, school).await?;
    let year = procedures::current_for_region(&state.db, keeper.region)
        .await?
        .map(|p| p.id);
    Ok(ProgrammeListResponse {
        programmes: of_year(&state.db, school, year)
            .await?
            .into_iter()
            .map(dto::programme)
            .collect(),
    })
}

pub async fn create(
    state: &AppState,
    keeper: &Keeper,
    school: SchoolId,
    request: &ProgrammeRequest,
    now: OffsetDateTime,
) -> Result<ProgrammeResponse, ApiError> {
    let checked = check(request)?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let school = vo_school(&txn, keeper, school).await?;
    if !school.active {
        return Err(ApiError::Conflict {
            message: "The school is deactivated; reactivate it first.".to_owned(),
            facts: None,
        });
    }
    still_open(&txn, keeper, "The programmes", "registration", now).await?;
    let year = procedures::current_for_region(&txn, keeper.region)
        .await?
        .map(|p| p.id);
    if of_year(&txn, school.id, year)
        .await?
        .iter()
        .any(|p| p.name.to_lowercase() == checked.name.to_lowercase())
    {
        return Err(name_taken_error());
    }
    let id = schools::create_programme(&txn, year, school.id, &checked.details())
        .await
        .map_err(name_taken)?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ProgrammeCreated,
            keeper.actor(),
            AuditSubject::Programme(id),
            now,
        )
        .details(json!({ "school": school.id.as_uuid(), "name": checked.name })),
    )
    .await?;
    let programme = schools::find_programme(&txn, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    txn.commit().await?;
    Ok(dto::programme(programme))
}

fn name_taken_error() -> ApiError {
    ApiError::field(
        "name",
        "taken",
        "The school has a programme with this name already.",
    )
}

pub async fn update(
    state: &AppState,
    keeper: &Keeper,
    id: ProgrammeId,
    request: &ProgrammeRequest,
    now: OffsetDateTime,
) -> Result<ProgrammeResponse, ApiError> {
    let checked = check(request)?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let found = programme(&txn, keeper, id).await?;
    let mut admitted = found.admitted_advice.clone();
    admitted.sort();
    let mut fields = Vec::new();
    if found.name != checked.name || admitted != checked.admitted_advice {
        still_open(&txn, keeper, "The programmes", "registration", now).await?;
        fields.extend(
            [
                ("name", found.name != checked.name),
                ("admitted_advice", admitted != checked.admitted_advice),
            ]
            .into_iter()
            .filter_map(|(name, differs)| differs.then_some(name)),
        );
    }
    if found.capacity != checked.capacity {
        still_open(&txn, keeper, "The capacity", "placement", now).await?;
        fields.push("capacity");
    }
    if found.info_url != checked.info_url {
        fields.push("info_url");
    }
    if found.name.to_lowercase() != checked.name.to_lowercase()
        && of_year(&txn, found.school_id, found.procedure_id)
            .await?
            .iter()
            .any(|p| p.id != id && p.name.to_lowercase() == checked.name.to_lowercase())
    {
        return Err(name_taken_error());
    }
    if !fields.is_empty() {
        schools::update_programme(&txn, id, &checked.details())
            .await
            .map_err(name_taken)?;
        audit::append(
            &txn,
            AuditEntry::new(
                AuditAction::ProgrammeUpdated,
                keeper.actor(),
                AuditSubject::Programme(id),
                now,
            )
            .details(json!({ "fields": fields, "capacity": checked.capacity })),
        )
        .await?;
    }
    let programme = schools::find_programme(&txn, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    txn.commit().await?;
    Ok(dto::programme(programme))
}

/// Removes a programme nobody has chosen (in any year), before the registration week.
pub async fn delete(
    state: &AppState,
    keeper: &Keeper,
    id: ProgrammeId,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let found = programme(&txn, keeper, id).await?;
    still_open(&txn, keeper, "The programmes", "registration", now).await?;
    if schools::programme_in_use(&txn, id).await? {
        return Err(ApiError::InUse(
            "Parents chose this programme on a list, or pupils were placed in it; it stays."
                .to_owned(),
        ));
    }
    // Audited first: the entry finds its school through the programme.
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ProgrammeDeleted,
            keeper.actor(),
            AuditSubject::Programme(id),
            now,
        )
        .details(json!({ "school": found.school_id.as_uuid(), "name": found.name })),
    )
    .await?;
    schools::delete_programme(&txn, id).await?;
    txn.commit().await?;
    Ok(())
}
