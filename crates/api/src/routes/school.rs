//! A VO school's own programmes.

use actix_web::{get, web};
use overstap_api_types::{ErrorResponse, ProgrammeListResponse};
use overstap_persistence::schools;

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;

/// The programmes of the signed-in VO staff member's own school.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, body = ProgrammeListResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse)))]
#[get("/school/programmes")]
async fn list_programmes(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ProgrammeListResponse>, ApiError> {
    let school_id = session.vo_school()?;
    let programmes = schools::list_programmes(&state.db, school_id)
        .await?
        .into_iter()
        .map(dto::programme)
        .collect();
    Ok(web::Json(ProgrammeListResponse { programmes }))
}
