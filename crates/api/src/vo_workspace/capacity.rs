//! Setting a programme's capacity, until the placement moment.

use overstap_api_types::ProgrammeResponse;
use overstap_api_types::vo::CapacityRequest;
use overstap_domain::ProgrammeId;
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::{DatabaseConnection, vo_workspace};
use time::OffsetDateTime;

use super::VoContext;
use crate::auth::Session;
use crate::dto;
use crate::error::{ApiError, validate};

/// Sets the seats of the school's own programme and logs the change; another school's
/// programme is a 404. Refused from the placement moment on: the run reads the capacities.
pub async fn set(
    db: &DatabaseConnection,
    session: &Session,
    programme: ProgrammeId,
    body: &CapacityRequest,
    now: OffsetDateTime,
) -> Result<ProgrammeResponse, ApiError> {
    session.vo_school()?;
    validate(body)?;
    let capacity = u32::try_from(body.capacity).map_err(ApiError::internal)?;
    let txn = overstap_persistence::begin_write(db).await?;
    let context = VoContext::load(&txn, session).await?;
    let mut found = vo_workspace::programme_of(&txn, context.school.id, programme)
        .await?
        .ok_or(ApiError::NotFound)?;
    let instants = &context.procedure.instants;
    if now >= instants.placement_at {
        return Err(ApiError::window_closed(
            "set_capacity",
            instants.login_dispatch_opens_at,
            instants.placement_at,
        ));
    }
    vo_workspace::set_capacity(&txn, programme, capacity).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::CapacitySet,
            AuditActor::signed_in(session.role, session.subject),
            AuditSubject::Programme(programme),
            now,
        )
        .details(serde_json::json!({ "from": found.capacity, "to": capacity })),
    )
    .await?;
    txn.commit().await?;
    found.capacity = capacity;
    Ok(dto::programme(found))
}
