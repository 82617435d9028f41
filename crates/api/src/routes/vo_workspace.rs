//! The VO school's workspace: 1st-choice registrations, capacities, and the published
//! placement with its CSV export. Priority decisions are in `priority`.

use actix_web::http::header;
use actix_web::{HttpResponse, get, put, web};
use overstap_api_types::vo::{CapacityRequest, VoPlacementsResponse, VoRegistrationsResponse};
use overstap_api_types::{ErrorResponse, ProgrammeResponse};
use overstap_domain::ProgrammeId;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;
use crate::vo_workspace::{VoContext, capacity, placements, registrations};

/// The AV registrations with one of the school's programmes as 1st choice (with the priority
/// claim and its decision), and per programme how many AV lists name it at each rank.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, body = VoRegistrationsResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse)))]
#[get("/school/registrations")]
async fn list_school_registrations(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<VoRegistrationsResponse>, ApiError> {
    let context = VoContext::load(&state.db, &session).await?;
    Ok(web::Json(
        registrations::overview(&state.db, &context).await?,
    ))
}

/// Set the number of seats of one of the school's programmes, until the placement moment.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = CapacityRequest,
    params(("programme_id" = Uuid, Path, description = "The programme's id")),
    responses((status = 200, body = ProgrammeResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse),
    (status = 404, description = "Not a programme of this school", body = ErrorResponse),
    (status = 409, description = "`window_closed`: the placement moment has passed", body = ErrorResponse),
    (status = 422, description = "Capacity below 0 or above 2000", body = ErrorResponse)))]
#[put("/school/programmes/{programme_id}/capacity")]
async fn set_programme_capacity(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<CapacityRequest>,
) -> Result<web::Json<ProgrammeResponse>, ApiError> {
    let programme = ProgrammeId::from_uuid(*path);
    let updated = capacity::set(&state.db, &session, programme, &body, state.clock.now()).await?;
    Ok(web::Json(updated))
}

/// The published placement: per programme the placed pupils and the reserve list in order.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, body = VoPlacementsResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse),
    (status = 409, description = "`window_closed`: not published (yet)", body = ErrorResponse)))]
#[get("/school/placements")]
async fn get_school_placements(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<VoPlacementsResponse>, ApiError> {
    let context = VoContext::load(&state.db, &session).await?;
    let published = placements::published(&state.db, &context, state.clock.now()).await?;
    Ok(web::Json(published))
}

/// The published placement as CSV, one row per pupil (placed, then reserve, per programme).
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, description = "CSV file", content_type = "text/csv", body = String),
    (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse),
    (status = 409, description = "`window_closed`: not published (yet)", body = ErrorResponse)))]
#[get("/school/placements/export")]
async fn export_school_placements(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, ApiError> {
    let context = VoContext::load(&state.db, &session).await?;
    let published = placements::published(&state.db, &context, state.clock.now()).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"plaatsingen.csv\"",
        ))
        .body(placements::csv(&published)))
}
