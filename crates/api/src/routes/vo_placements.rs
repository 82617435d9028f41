//! The VO school's placements: the published placement at its programmes, as JSON and as CSV.

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};
use overstap_api_types::ErrorResponse;
use overstap_api_types::vo::VoPlacementsResponse;

use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;
use crate::vo_context::VoContext;
use crate::vo_placements;

/// Get the school's published placement
///
/// VO staff, own school, from the publication moment until the end of the school year. Per
/// programme the placed pupils and the reserve list in order, with accepted reserve offers applied,
/// and the round-2 places once round 2 has its official run.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, description = "Per programme the placed pupils and the reserve list", body = VoPlacementsResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: not published (yet), no official run, or the school year has ended", body = ErrorResponse)))]
#[get("/school/placements")]
async fn get_school_placements(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<VoPlacementsResponse>, ApiError> {
    let context = VoContext::load(&state.db, &session).await?;
    let published = vo_placements::published(&state.db, &context, state.clock.now()).await?;
    Ok(web::Json(published))
}

/// Export the school's published placement as CSV
///
/// VO staff, own school, from the publication moment until the end of the school year. The same
/// placement as `GET /school/placements`, one row per pupil: per programme the placed pupils, then
/// the reserve list.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, description = "CSV file (`plaatsingen.csv`)", content_type = "text/csv", body = String),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: not published (yet), no official run, or the school year has ended", body = ErrorResponse)))]
#[get("/school/placements/export")]
async fn export_school_placements(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, ApiError> {
    let context = VoContext::load(&state.db, &session).await?;
    let published = vo_placements::published(&state.db, &context, state.clock.now()).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"plaatsingen.csv\"",
        ))
        .body(vo_placements::csv(&published)))
}
