//! A VO school's own programmes.

use actix_web::{get, web};
use overstap_api_types::{ErrorResponse, ProgrammeListResponse};
use overstap_persistence::schools;

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;

/// List the programmes of the signed-in VO staff member's school
///
/// VO staff, own school. The programmes (name, admitted advice, seats, information page) of the
/// current procedure year; none before the region has a procedure.
#[utoipa::path(tag = "school", security(("bearer" = [])), responses(
    (status = 200, description = "The school's programmes", body = ProgrammeListResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse)))]
#[get("/school/programmes")]
async fn list_programmes(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ProgrammeListResponse>, ApiError> {
    let school_id = session.vo_school()?;
    let Some(procedure) =
        overstap_persistence::procedures::current_for_region(&state.db, session.region_id).await?
    else {
        return Ok(web::Json(ProgrammeListResponse {
            programmes: Vec::new(),
        }));
    };
    let programmes = schools::list_programmes(&state.db, school_id, procedure.id)
        .await?
        .into_iter()
        .map(dto::programme)
        .collect();
    Ok(web::Json(ProgrammeListResponse { programmes }))
}
