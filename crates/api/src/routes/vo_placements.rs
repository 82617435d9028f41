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
    let published = vo_placements::published(&state.db, &context, state.clock.now()).await?;
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
    let published = vo_placements::published(&state.db, &context, state.clock.now()).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"plaatsingen.csv\"",
        ))
        .body(vo_placements::csv(&published)))
}
