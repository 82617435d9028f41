//! The coordinator's view of the whole region.

use actix_web::{get, web};
use overstap_api_types::{ErrorResponse, SchoolListResponse};
use overstap_persistence::{regions, schools};

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;

/// Every PO and VO school of the coordinator's region, and every board.
#[utoipa::path(tag = "region", security(("bearer" = [])), responses(
    (status = 200, body = SchoolListResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a coordinator", body = ErrorResponse)))]
#[get("/region/schools")]
async fn list_region_schools(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<SchoolListResponse>, ApiError> {
    let region_id = session.coordinator_region()?;
    let schools = schools::list_for_region(&state.db, region_id)
        .await?
        .into_iter()
        .map(dto::school)
        .collect();
    let boards = regions::list_boards(&state.db, region_id)
        .await?
        .into_iter()
        .map(dto::board)
        .collect();
    Ok(web::Json(SchoolListResponse { schools, boards }))
}
