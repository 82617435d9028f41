//! Procedure years: the region's current procedure, which new pupils and every change belong
//! to, and the coordinator's planning of the next one (proposed by copying last year's
//! weekdays, created in Europe/Amsterdam local time, edited until each phase begins). Earlier
//! procedures stay readable and no longer change.

use overstap_api_types::{
    CreateProcedureRequest, FieldError, LocalCalendarBody, PhaseResponse, ProcedureListResponse,
    ProcedureProposalResponse, ProcedureSummary, UpdateProcedureRequest,
};
use overstap_domain::i18n::format_date_time;
use overstap_domain::tz::LocalTimeError;
use overstap_domain::{
    CALENDAR_FIELDS, Calendar, CalendarError, Language, LocalCalendar, Phase, PlanError,
    ProcedureId, RegionId, SchoolYear,
};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::procedures::{self, Procedure};
use sea_orm::ConnectionTrait;
use serde_json::json;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};
use uuid::Uuid;

use crate::error::ApiError;
use crate::school_directory::Keeper;

/// The region's current procedure (its latest school year); 409 while it has none.
pub async fn current<C: ConnectionTrait>(db: &C, region: RegionId) -> Result<Procedure, ApiError> {
    procedures::current_for_region(db, region)
        .await?
        .ok_or_else(|| ApiError::Conflict {
            message: "The region has no procedure yet.".to_owned(),
            facts: Some(json!({ "reason": "no_procedure" })),
        })
}

/// The procedure a list reads: `requested` when it is one of the region's (an unknown id is a
/// field error), else the current one.
pub async fn to_read<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    requested: Option<Uuid>,
) -> Result<Procedure, ApiError> {
    match requested {
        None => current(db, region).await,
        Some(id) => procedures::find_in_region(db, region, ProcedureId::from_uuid(id))
            .await?
            .ok_or_else(|| {
                ApiError::field(
                    "procedure_id",
                    "not_found",
                    "Not a procedure of this region; see GET /procedures.",
                )
            }),
    }
}

/// The current procedure, for adding pupils to it: refused (409, `procedure_over`) once its
/// school year has ended, until the coordinator creates the next one.
pub async fn open_for_pupils<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    now: OffsetDateTime,
) -> Result<Procedure, ApiError> {
    let procedure = current(db, region).await?;
    if now >= procedure.end_of_school_year()? {
        return Err(ApiError::Conflict {
            message: format!(
                "The school year {} is over; the coordinator creates the next procedure first.",
                procedure.school_year
            ),
            facts: Some(
                json!({ "reason": "procedure_over", "school_year": procedure.school_year }),
            ),
        });
    }
    Ok(procedure)
}

/// Refuses a change to something of an earlier procedure year (409 `earlier_procedure`).
pub async fn ensure_current<C: ConnectionTrait>(
    db: &C,
    belongs_to: ProcedureId,
    current: &Procedure,
) -> Result<(), ApiError> {
    if belongs_to == current.id {
        return Ok(());
    }
    let school_year = procedures::find(db, belongs_to)
        .await?
        .map(|p| p.school_year)
        .unwrap_or_default();
    Err(ApiError::EarlierProcedure { school_year })
}

const LOCAL_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]");

fn show(at: PrimitiveDateTime) -> String {
    at.format(LOCAL_FORMAT).unwrap_or_else(|_| at.to_string())
}

pub fn body(local: &LocalCalendar) -> LocalCalendarBody {
    LocalCalendarBody {
        login_dispatch_opens_at: show(local.login_dispatch_opens_at),
        login_dispatch_closes_at: show(local.login_dispatch_closes_at),
        registration_opens_at: show(local.registration_opens_at),
        registration_closes_at: show(local.registration_closes_at),
        priority_verification_deadline: show(local.priority_verification_deadline),
        placement_at: show(local.placement_at),
        publication_at: show(local.publication_at),
        round2_opens_at: local.round2_opens_at.map(show),
        round2_closes_at: local.round2_closes_at.map(show),
    }
}

/// The wall-clock times of a request; every field that does not read is named.
fn local_calendar(body: &LocalCalendarBody) -> Result<LocalCalendar, ApiError> {
    let mut errors = Vec::new();
    let mut read = |field: &str, text: &str| {
        PrimitiveDateTime::parse(text.trim(), LOCAL_FORMAT)
            .map_err(|_| {
                errors.push(FieldError::new(
                    &format!("calendar.{field}"),
                    "local_time_format",
                    "Write a Europe/Amsterdam time as YYYY-MM-DDTHH:MM, e.g. 2027-03-24T00:00.",
                ));
            })
            .ok()
    };
    let read_optional = |read: &mut dyn FnMut(&str, &str) -> Option<PrimitiveDateTime>,
                         field: &str,
                         text: &Option<String>| {
        text.as_deref()
            .filter(|t| !t.trim().is_empty())
            .map(|t| read(field, t))
    };
    let fields = (
        read("login_dispatch_opens_at", &body.login_dispatch_opens_at),
        read("login_dispatch_closes_at", &body.login_dispatch_closes_at),
        read("registration_opens_at", &body.registration_opens_at),
        read("registration_closes_at", &body.registration_closes_at),
        read(
            "priority_verification_deadline",
            &body.priority_verification_deadline,
        ),
        read("placement_at", &body.placement_at),
        read("publication_at", &body.publication_at),
        read_optional(&mut read, "round2_opens_at", &body.round2_opens_at),
        read_optional(&mut read, "round2_closes_at", &body.round2_closes_at),
    );
    match fields {
        (
            Some(login_dispatch_opens_at),
            Some(login_dispatch_closes_at),
            Some(registration_opens_at),
            Some(registration_closes_at),
            Some(priority_verification_deadline),
            Some(placement_at),
            Some(publication_at),
            round2_opens_at,
            round2_closes_at,
        ) if errors.is_empty() => Ok(LocalCalendar {
            login_dispatch_opens_at,
            login_dispatch_closes_at,
            registration_opens_at,
            registration_closes_at,
            priority_verification_deadline,
            placement_at,
            publication_at,
            round2_opens_at: round2_opens_at.flatten(),
            round2_closes_at: round2_closes_at.flatten(),
        }),
        _ => Err(ApiError::Invalid(errors)),
    }
}

/// A refused plan as the field it concerns and a stable code.
fn plan_error(err: PlanError) -> ApiError {
    let field = |name: &str| format!("calendar.{name}");
    match err {
        PlanError::Calendar(CalendarError::OutOfOrder {
            earlier,
            later,
            strict,
            ..
        }) => ApiError::field(
            &field(later),
            "out_of_order",
            format!(
                "{later} must be {} {earlier}.",
                if strict { "after" } else { "at or after" }
            ),
        ),
        PlanError::Calendar(CalendarError::Round2Incomplete) => ApiError::field(
            &field("round2_closes_at"),
            "round2_incomplete",
            "A round 2 needs both an opening and a closing moment, or neither.",
        ),
        PlanError::Calendar(CalendarError::LocalTime {
            field: name,
            source,
        }) => {
            let code = match source {
                LocalTimeError::Nonexistent { .. } => "dst_gap",
                LocalTimeError::Ambiguous { .. } => "dst_repeated",
            };
            ApiError::field(&field(name), code, source.to_string())
        }
        PlanError::OutsideSchoolYear {
            field: name, year, ..
        } => ApiError::field(
            &field(name),
            "outside_school_year",
            format!("Every moment must lie in the school year {year} (1 August to 1 August)."),
        ),
        PlanError::InThePast { field: name } => ApiError::field(
            &field(name),
            "in_the_past",
            "A moment that is planned or moved must lie in the future.",
        ),
        PlanError::PhaseStarted {
            field: name,
            phase,
            started_at,
        } => ApiError::phase_started(&field(name), phase.as_str(), started_at),
    }
}

fn school_year(label: &str) -> Result<SchoolYear, ApiError> {
    SchoolYear::parse(label).map_err(|_| {
        ApiError::field(
            "school_year",
            "school_year",
            "Write a school year as two consecutive years, e.g. 2026-2027.",
        )
    })
}

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

pub fn phases(calendar: &Calendar, now: OffsetDateTime) -> Vec<PhaseResponse> {
    Phase::ALL
        .into_iter()
        .filter_map(|phase| calendar.window(phase).map(|w| (phase, w)))
        .map(|(phase, window)| PhaseResponse {
            phase: crate::dto::phase(phase),
            opens_at: window.opens_at,
            closes_at: window.closes_at,
            opens_at_display: format_date_time(window.opens_at, Language::Nl),
            is_open: calendar.is_open(phase, now),
        })
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
