//! A VO school's verdict on the priority claim (voorrang) at its programme.

use actix_web::{put, web};
use overstap_api_types::ErrorResponse;
use overstap_api_types::vo::{PriorityDecisionRequest, PriorityDecisionResponse};
use overstap_domain::RegistrationId;
use uuid::Uuid;

use crate::auth::Session;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::priority;
use crate::state::AppState;

/// Approve or reject the voorrang claim at the 1st choice
///
/// VO staff, own school, for a registration with one of its programmes as 1st choice, from the
/// close of the registration week until the verification deadline. Overwrites an earlier decision;
/// a rejection needs a reason (the parent may ask for it). Audited.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = PriorityDecisionRequest,
    params(("registration_id" = Uuid, Path, description = "The registration's id")),
    responses(
    (status = 200, description = "The decision", body = PriorityDecisionResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not a 1st choice at this school, no claim, or the region has no procedure (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: outside the verification window", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: a rejection without a `reason` (`required`), or a reason over 1000 characters", body = ErrorResponse)))]
#[put("/school/registrations/{registration_id}/priority")]
async fn decide_priority(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<PriorityDecisionRequest>,
) -> Result<web::Json<PriorityDecisionResponse>, ApiError> {
    let registration = RegistrationId::from_uuid(*path);
    let decided =
        priority::decide(&state.db, &session, registration, &body, state.clock.now()).await?;
    Ok(web::Json(decided))
}
