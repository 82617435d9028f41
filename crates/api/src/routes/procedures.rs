//! Procedure years: the current calendar for everyone signed in, the list of the region's
//! years for its staff, and the coordinator's planning (proposal, create, edit).

use actix_web::{HttpResponse, get, post, put, web};
use overstap_api_types::{
    CreateProcedureRequest, ErrorResponse, ProcedureListResponse, ProcedureProposalQuery,
    ProcedureProposalResponse, ProcedureResponse, ProcedureSummary, UpdateProcedureRequest,
};
use overstap_domain::ProcedureId;
use overstap_persistence::{procedures as stored, regions};
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::procedures;
use crate::school_directory::Keeper;
use crate::state::AppState;

/// Get the current procedure's phases and which are open now
///
/// Anyone signed in (parent or staff), own region. The phases of the region's current procedure,
/// when each opens and closes (also for display in Europe/Amsterdam time) and whether it is open
/// now, with the server's clock (`now`).
#[utoipa::path(tag = "procedure", security(("bearer" = [])), responses(
    (status = 200, description = "The current procedure: school year, phases and the server's clock", body = ProcedureResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 404, description = "The region has no procedure yet (`not_found`)", body = ErrorResponse)))]
#[get("/procedure")]
async fn get_procedure(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ProcedureResponse>, ApiError> {
    let region = regions::find(&state.db, session.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let procedure = stored::current_for_region(&state.db, session.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let calendar = procedure.calendar()?;
    let now = state.clock.now();
    Ok(web::Json(ProcedureResponse {
        procedure_id: procedure.id.as_uuid(),
        region_name: region.name,
        school_year: procedure.school_year,
        now,
        phases: procedures::phases(&calendar, now),
    }))
}

/// List the region's procedure years
///
/// Staff of any role, own region. The procedure years, the latest (current) first, each with its
/// calendar, phases and the moments that can still change (`editable`); `can_create` and
/// `next_from` say when the next one can be created. Parents read only `GET /procedure`.
#[utoipa::path(tag = "procedure", security(("bearer" = [])), responses(
    (status = 200, description = "The region's procedure years, the latest first", body = ProcedureListResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Parents read only the current calendar (`GET /procedure`) (`forbidden`)", body = ErrorResponse)))]
#[get("/procedures")]
async fn list_procedures(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ProcedureListResponse>, ApiError> {
    session.staff_user()?;
    Ok(web::Json(
        procedures::list(&state.db, session.region_id, state.clock.now()).await?,
    ))
}

/// Get one procedure year of the region
///
/// Staff of any role, own region. The procedure year as the list shows it (calendar, phases,
/// moments that can still change); `POST /procedures` answers its address in `Location`. Another
/// region's procedure is a 404.
#[utoipa::path(tag = "procedure", security(("bearer" = [])),
    params(("procedure_id" = Uuid, Path, description = "The procedure's id")),
    responses(
    (status = 200, description = "The procedure year", body = ProcedureSummary),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Parents read only the current calendar (`GET /procedure`) (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not a procedure of this region (`not_found`)", body = ErrorResponse)))]
#[get("/procedures/{procedure_id}")]
async fn get_one_procedure(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
) -> Result<web::Json<ProcedureSummary>, ApiError> {
    session.staff_user()?;
    let id = ProcedureId::from_uuid(*path);
    Ok(web::Json(
        procedures::one(&state.db, session.region_id, id, state.clock.now()).await?,
    ))
}

/// Propose a calendar for a school year (copy from last year)
///
/// Coordinator, own region. The latest procedure's calendar (the Amstelland template when the
/// region has none) moved to `school_year` on the same weekdays and times; by default the year
/// after the latest procedure, or the school year running now when there is none. Nothing is
/// stored.
#[utoipa::path(tag = "procedure", security(("bearer" = [])), params(ProcedureProposalQuery),
    responses(
    (status = 200, description = "The proposed calendar, in Europe/Amsterdam local time, and what it was copied from", body = ProcedureProposalResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `school_year` is not a school year like 2026-2027", body = ErrorResponse)))]
#[get("/procedures/proposal")]
async fn propose_procedure(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<ProcedureProposalQuery>,
) -> Result<web::Json<ProcedureProposalResponse>, ApiError> {
    let keeper = Keeper::of(&session)?;
    Ok(web::Json(
        procedures::proposal(
            &state.db,
            keeper.region,
            query.school_year.as_deref(),
            state.clock.now(),
        )
        .await?,
    ))
}

/// Create the region's procedure for the next school year
///
/// Coordinator, own region, once the current procedure's school year has ended (or when the region
/// has none). Moments are Europe/Amsterdam local times, in order, in the future and inside the
/// school year. The VO schools' programmes carry over from the latest year. Audited; `Location`
/// names the new procedure.
#[utoipa::path(tag = "procedure", security(("bearer" = [])), request_body = CreateProcedureRequest,
    responses(
    (status = 201, description = "The new procedure year; `Location` gives its address", body = ProcedureSummary,
        headers(("Location" = String, description = "`/api/v1/procedures/{procedure_id}` of the new year"))),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 409, description = "`school_year_taken`, or `procedure_running`: the current procedure's school year has not ended", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `school_year` (`school_year`, `before_latest`, `not_next`) or `calendar.<moment>`: `local_time_format`, `out_of_order`, `dst_gap`, `dst_repeated`, `outside_school_year`, `in_the_past`, `round2_incomplete`", body = ErrorResponse)))]
#[post("/procedures")]
async fn create_procedure(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<CreateProcedureRequest>,
) -> Result<HttpResponse, ApiError> {
    let keeper = Keeper::of(&session)?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let created = procedures::create(&txn, &keeper, &body, state.clock.now()).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("/api/v1/procedures/{}", created.id),
        ))
        .json(created))
}

/// Change a procedure's calendar
///
/// Coordinator, own region. A moment can move while its phase has not begun (to the future, inside
/// the school year, in order); a moment of a phase that has begun stays as it is. Audited with the
/// moments that changed; an unchanged save writes nothing.
#[utoipa::path(tag = "procedure", security(("bearer" = [])), request_body = UpdateProcedureRequest,
    params(("procedure_id" = Uuid, Path, description = "The procedure's id")),
    responses(
    (status = 200, description = "The procedure year with its new calendar", body = ProcedureSummary),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "Not a procedure of this region (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`phase_started`: the moment belongs to a phase that has begun", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `calendar.<moment>` as for creating, e.g. `in_the_past`", body = ErrorResponse)))]
#[put("/procedures/{procedure_id}")]
async fn update_procedure(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    req: actix_web::HttpRequest,
    body: JsonBody<UpdateProcedureRequest>,
) -> Result<web::Json<ProcedureSummary>, ApiError> {
    let keeper = Keeper::of(&session)?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let id = ProcedureId::from_uuid(*path);
    overstap_persistence::db::lock_subject(&txn, id.as_uuid()).await?;
    if let Some(if_match) = crate::etag::if_match(&req) {
        let current = procedures::one(&txn, session.region_id, id, state.clock.now()).await?;
        crate::etag::check_if_match(Some(&if_match), &current)?;
    }
    let updated = procedures::update(&txn, &keeper, id, &body, state.clock.now()).await?;
    txn.commit().await?;
    state.references.forget_procedure(id);
    Ok(web::Json(updated))
}
