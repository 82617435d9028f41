//! The parent's own child.

use actix_web::{get, web};
use overstap_api_types::{ChildResponse, ErrorResponse};
use overstap_persistence::{pupils, schools};

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::state::AppState;

/// The child this parent account belongs to.
#[utoipa::path(tag = "parent", security(("bearer" = [])), responses(
    (status = 200, body = ChildResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not a parent", body = ErrorResponse)))]
#[get("/parent/child")]
async fn get_child(
    state: web::Data<AppState>,
    session: Session,
) -> Result<web::Json<ChildResponse>, ApiError> {
    let pupil = pupils::find(&state.db, session.parent_pupil()?)
        .await?
        .ok_or(ApiError::NotFound)?;
    let school = schools::find(&state.db, pupil.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(web::Json(dto::child(pupil, school.name)))
}
