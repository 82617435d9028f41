//! The VO school's capacity: the seats of each of its programmes, until the placement moment.

use actix_web::{put, web};
use overstap_api_types::vo::CapacityRequest;
use overstap_api_types::{ErrorResponse, ProgrammeResponse};
use overstap_domain::ProgrammeId;
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::vo_capacity;
use uuid::Uuid;

use crate::auth::Session;
use crate::dto;
use crate::error::{ApiError, validate};
use crate::json_body::JsonBody;
use crate::state::AppState;
use crate::vo_context::VoContext;

/// Set the number of seats of one of the school's programmes
///
/// VO staff, own school, for a programme of the current procedure year, until the placement moment
/// (the run reads the capacities). Audited with the old and new number.
#[utoipa::path(tag = "school", security(("bearer" = [])), request_body = CapacityRequest,
    params(("programme_id" = Uuid, Path, description = "The programme's id")),
    responses(
    (status = 200, description = "The programme with its new capacity", body = ProgrammeResponse),
    (status = 401, description = "Not signed in, or the token expired (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Not VO staff (`forbidden`)", body = ErrorResponse),
    (status = 404, description = "Not a programme of this school, or the region has no procedure (`not_found`)", body = ErrorResponse),
    (status = 409, description = "`window_closed`: the placement moment has passed", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: capacity below 0 or above 2000 (`range`)", body = ErrorResponse)))]
#[put("/school/programmes/{programme_id}/capacity")]
async fn set_programme_capacity(
    state: web::Data<AppState>,
    session: Session,
    path: web::Path<Uuid>,
    body: JsonBody<CapacityRequest>,
) -> Result<web::Json<ProgrammeResponse>, ApiError> {
    let programme = ProgrammeId::from_uuid(*path);
    let now = state.clock.now();
    session.vo_school()?;
    validate(&*body)?;
    let capacity = u32::try_from(body.capacity).map_err(ApiError::internal)?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let context = VoContext::load(&txn, &session).await?;
    // Another school's programme is a 404.
    let mut found =
        vo_capacity::programme_of(&txn, context.school.id, context.procedure.id, programme)
            .await?
            .ok_or(ApiError::NotFound)?;
    // The run reads the capacities, so they are fixed from the placement moment on.
    let instants = &context.procedure.instants;
    if now >= instants.placement_at {
        return Err(ApiError::window_closed(
            "set_capacity",
            instants.login_dispatch_opens_at,
            instants.placement_at,
        ));
    }
    vo_capacity::set_capacity(&txn, programme, capacity).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::CapacitySet,
            session.actor(),
            AuditSubject::Programme(programme),
            now,
        )
        .details(serde_json::json!({ "from": found.capacity, "to": capacity })),
    )
    .await?;
    txn.commit().await?;
    found.capacity = capacity;
    Ok(web::Json(dto::programme(found)))
}
