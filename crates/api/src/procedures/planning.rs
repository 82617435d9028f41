//! Planning procedure years: the region's list with what can still change, "copy from last
//! year", creating the next year (which starts with last year's programmes) and changing a
//! calendar; every change audited.

use overstap_api_types::{
    CreateProcedureRequest, ProcedureListResponse, ProcedureProposalResponse, ProcedureSummary,
    UpdateProcedureRequest,
};
use overstap_domain::{
    CALENDAR_FIELDS, Calendar, LocalCalendar, ProcedureId, RegionId, SchoolYear,
};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::procedures::{self, Procedure};
use sea_orm::ConnectionTrait;
use serde_json::json;
use time::OffsetDateTime;

use super::wire::{body, local_calendar, phases, plan_error, school_year};
use crate::error::ApiError;
use crate::school_directory::Keeper;

/// The moments of `procedure` whose phases have not begun at `now`, by field name; none once
/// its school year has ended.
fn editable(calendar: &Calendar, year_ends_at: OffsetDateTime, now: OffsetDateTime) -> Vec<String> {
    if now >= year_ends_at {
        return Vec::new();
    }
    CALENDAR_FIELDS
        .iter()
        .filter(|(_, phases)| {
            phases.iter().all(|&phase| {
                calendar
                    .window(phase)
                    .is_none_or(|window| window.opens_at > now)
            })
        })
        .map(|(field, _)| (*field).to_owned())
        .collect()
}

fn summary(
    procedure: &Procedure,
    current: Option<ProcedureId>,
    now: OffsetDateTime,
) -> Result<ProcedureSummary, ApiError> {
    let calendar = procedure.calendar()?;
    Ok(ProcedureSummary {
        id: procedure.id.as_uuid(),
        school_year: procedure.school_year.clone(),
        is_current: current == Some(procedure.id),
        calendar: body(&calendar.to_local()),
        phases: phases(&calendar, now),
        editable: editable(&calendar, procedure.end_of_school_year()?, now),
    })
}

/// When the next procedure can be created: once the latest one's school year has ended.
fn next_from(latest: Option<&Procedure>) -> Result<Option<OffsetDateTime>, ApiError> {
    latest
        .map(Procedure::end_of_school_year)
        .transpose()
        .map_err(ApiError::from)
}

pub async fn list<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    now: OffsetDateTime,
) -> Result<ProcedureListResponse, ApiError> {
    let all = procedures::list_for_region(db, region).await?;
    let current = all.first().map(|p| p.id);
    let next_from = next_from(all.first())?;
    Ok(ProcedureListResponse {
        procedures: all
            .iter()
            .map(|p| summary(p, current, now))
            .collect::<Result<_, _>>()?,
        can_create: next_from.is_none_or(|from| now >= from),
        next_from,
    })
}

/// One procedure year of the region, as the list shows it; another region's is 404.
pub async fn one<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    id: ProcedureId,
    now: OffsetDateTime,
) -> Result<ProcedureSummary, ApiError> {
    let found = procedures::find_in_region(db, region, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let current = procedures::list_for_region(db, region)
        .await?
        .first()
        .map(|p| p.id);
    summary(&found, current, now)
}

/// The school year a new procedure is proposed for: the one after the latest, or the one
/// running now when the region has none.
fn default_year(latest: Option<&Procedure>, now: OffsetDateTime) -> Result<SchoolYear, ApiError> {
    if let Some(latest) = latest {
        return Ok(school_year(&latest.school_year)?.next());
    }
    let local = overstap_domain::tz::to_local(now);
    let start = if u8::from(local.month()) >= 8 {
        local.year()
    } else {
        local.year() - 1
    };
    school_year(&format!("{start}-{}", start + 1))
}

/// "Copy from last year": the latest procedure's calendar (or the Amstelland template's when
/// there is none) on the same weekdays in `requested` (default: the next school year).
pub async fn proposal<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    requested: Option<&str>,
    now: OffsetDateTime,
) -> Result<ProcedureProposalResponse, ApiError> {
    let latest = procedures::current_for_region(db, region).await?;
    let year = match requested.map(str::trim).filter(|r| !r.is_empty()) {
        Some(label) => school_year(label)?,
        None => default_year(latest.as_ref(), now)?,
    };
    let (from, source, copied_from) = match &latest {
        Some(latest) => (
            school_year(&latest.school_year)?,
            latest.calendar()?.to_local(),
            latest.school_year.clone(),
        ),
        None => (
            school_year("2025-2026")?,
            LocalCalendar::AMSTELLAND_2026,
            "template".to_owned(),
        ),
    };
    let years = year.start_year() - from.start_year();
    Ok(ProcedureProposalResponse {
        school_year: year.to_string(),
        calendar: body(&source.moved_by_years(years)),
        copied_from,
    })
}

/// Creates the region's procedure for a school year after the latest one, once the latest
/// one's school year has ended; audited.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    request: &CreateProcedureRequest,
    now: OffsetDateTime,
) -> Result<ProcedureSummary, ApiError> {
    let year = school_year(&request.school_year)?;
    let local = local_calendar(&request.calendar)?;
    let latest = procedures::current_for_region(db, keeper.region).await?;
    if let Some(latest) = &latest {
        let latest_year = school_year(&latest.school_year)?;
        if latest_year == year {
            return Err(ApiError::SchoolYearTaken(year.to_string()));
        }
        if latest_year.start_year() > year.start_year() {
            return Err(ApiError::field(
                "school_year",
                "before_latest",
                format!("A new procedure follows the latest one ({latest_year})."),
            ));
        }
        // The next year, or (when the region skipped years) the one running now: a later
        // year would become current while an earlier one still has to run.
        if year != latest_year.next() && year != default_year(None, now)? {
            return Err(ApiError::field(
                "school_year",
                "not_next",
                format!(
                    "The next procedure is for {} or the school year running now.",
                    latest_year.next()
                ),
            ));
        }
        let until = latest.end_of_school_year()?;
        if now < until {
            return Err(ApiError::ProcedureRunning { until });
        }
    }
    let calendar = Calendar::plan(&local, year, now).map_err(plan_error)?;
    // Two coordinators creating the same year at once: the unique index refuses the second.
    let id = procedures::insert(db, keeper.region, &year.to_string(), &calendar)
        .await
        .map_err(|err| match ApiError::from(err) {
            ApiError::AlreadyExists => ApiError::SchoolYearTaken(year.to_string()),
            other => other,
        })?;
    // The VO schools' programmes carry over; each school changes its own for the new year.
    // (The first procedure takes the programmes entered before it.)
    let programmes_copied = match &latest {
        Some(latest) => overstap_persistence::schools::copy_programmes(db, latest.id, id).await?,
        None => overstap_persistence::schools::adopt_programmes(db, keeper.region, id).await?,
    };
    audit::append(
        db,
        AuditEntry::new(
            AuditAction::ProcedureCreated,
            keeper.actor(),
            AuditSubject::Procedure(Some(id)),
            now,
        )
        .details(json!({
            "school_year": year.to_string(),
            "calendar": request.calendar,
            "programmes_copied": programmes_copied,
        })),
    )
    .await?;
    let created = procedures::find(db, id).await?.ok_or(ApiError::NotFound)?;
    summary(&created, Some(id), now)
}

/// Changes the calendar of one of the region's procedures where its phases have not begun;
/// audited with the moments that changed (an unchanged save writes nothing).
pub async fn update<C: ConnectionTrait>(
    db: &C,
    keeper: &Keeper,
    id: ProcedureId,
    request: &UpdateProcedureRequest,
    now: OffsetDateTime,
) -> Result<ProcedureSummary, ApiError> {
    let procedure = procedures::find_in_region(db, keeper.region, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let year = school_year(&procedure.school_year)?;
    let local = local_calendar(&request.calendar)?;
    let before = procedure.calendar()?;
    let (after, changed) = before.amend(&local, year, now).map_err(plan_error)?;
    if !changed.is_empty() {
        procedures::set_calendar(db, id, &after).await?;
        let (old, new) = (body(&before.to_local()), body(&after.to_local()));
        let (old, new) = (json!(old), json!(new));
        let changes: serde_json::Map<String, serde_json::Value> = changed
            .iter()
            .map(|field| {
                (
                    (*field).to_owned(),
                    json!({ "from": old[field], "to": new[field] }),
                )
            })
            .collect();
        audit::append(
            db,
            AuditEntry::new(
                AuditAction::ProcedureUpdated,
                keeper.actor(),
                AuditSubject::Procedure(Some(id)),
                now,
            )
            .details(json!({ "school_year": procedure.school_year, "changes": changes })),
        )
        .await?;
    }
    let current = procedures::current_for_region(db, keeper.region)
        .await?
        .map(|p| p.id);
    let updated = procedures::find(db, id).await?.ok_or(ApiError::NotFound)?;
    summary(&updated, current, now)
}
