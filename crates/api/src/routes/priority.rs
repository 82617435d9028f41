//! A VO school's verdict on the priority claim (voorrang) at its programme.

use actix_web::{put, web};
use overstap_api_types::ErrorResponse;
use overstap_api_types::vo::{PriorityDecisionRequest, PriorityDecisionResponse};
use overstap_domain::RegistrationId;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::priority;
use crate::state::AppState;

/// Approve or reject the priority claim at the 1st choice (a rejection needs a reason);
/// possible from the close of the registration week until the verification deadline.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = PriorityDecisionRequest,
    params(("registration_id" = Uuid, Path, description = "The registration's id")),
    responses((status = 200, body = PriorityDecisionResponse), (status = 401, body = ErrorResponse),
    (status = 403, description = "Not VO staff", body = ErrorResponse),
    (status = 404, description = "Not a 1st choice at this school, or no claim", body = ErrorResponse),
    (status = 409, description = "`window_closed`: outside the verification window", body = ErrorResponse),
    (status = 422, description = "A rejection without a reason", body = ErrorResponse)))]
#[put("/school/registrations/{registration_id}/priority")]
async fn decide_priority(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: web::Json<PriorityDecisionRequest>,
) -> Result<web::Json<PriorityDecisionResponse>, ApiError> {
    let registration = RegistrationId::from_uuid(*path);
    let decided =
        priority::decide(&state.db, &session, registration, &body, state.clock.now()).await?;
    Ok(web::Json(decided))
}
