//! The coordinator's placement statistics of the region, as JSON and as CSV.

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};
use overstap_api_types::ErrorResponse;
use overstap_api_types::statistics::{StatisticsQuery, StatisticsResponse};

use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;
use crate::statistics;

/// Get the region's placement statistics
///
/// Coordinator, own region. Participants, seats, placed at the 1st choice, in the top 3 and top 5,
/// outside the top 5 and unplaced; per programme first choices against capacity. From the latest
/// official run as it stands now (also before publication), or from `run_id` (e.g. a dry run) of
/// the region.
#[utoipa::path(tag = "region", security(("bearer" = [])), params(StatisticsQuery), responses(
    (status = 200, description = "The statistics and the run they come from", body = StatisticsResponse),
    (status = 400, description = "A query parameter is missing or malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "`run_id` is not a run of this region, or the region has no procedure (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`conflict` with `details.facts.reason` = `no_official_run`: name a dry run with `run_id`", body = ErrorResponse)))]
#[get("/region/statistics")]
async fn get_region_statistics(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<StatisticsQuery>,
) -> Result<web::Json<StatisticsResponse>, ApiError> {
    let region = session.coordinator_region()?;
    Ok(web::Json(
        statistics::report(&state.db, region, query.run_id).await?,
    ))
}

/// Export the region's placement statistics as CSV
///
/// Coordinator, own region. The same numbers as `GET /region/statistics`: the per-programme table,
/// a blank line, then the summary.
#[utoipa::path(tag = "region", security(("bearer" = [])), params(StatisticsQuery), responses(
    (status = 200, description = "CSV file (`statistieken.csv`)", content_type = "text/csv", body = String),
    (status = 400, description = "A query parameter is missing or malformed (`malformed_request`)", body = ErrorResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not a coordinator (`forbidden`), or two-step sign-in is not set up yet (`one_time_password_setup_required`)", body = ErrorResponse),
    (status = 404, description = "`run_id` is not a run of this region, or the region has no procedure (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`conflict` with `details.facts.reason` = `no_official_run`: name a dry run with `run_id`", body = ErrorResponse)))]
#[get("/region/statistics/export")]
async fn export_region_statistics(
    state: web::Data<AppState>,
    session: Session,
    query: web::Query<StatisticsQuery>,
) -> Result<HttpResponse, ApiError> {
    let region = session.coordinator_region()?;
    let report = statistics::report(&state.db, region, query.run_id).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"statistieken.csv\"",
        ))
        .body(statistics::csv(&report)))
}
