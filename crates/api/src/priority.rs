//! Approving or rejecting a priority claim at the school's programme, from the close of the
//! registration week (lists are final then) until the verification deadline.

use overstap_api_types::FieldError;
use overstap_api_types::vo::{PriorityDecisionRequest, PriorityDecisionResponse};
use overstap_domain::{Phase, PriorityVerdict, RegistrationId, StaffUserId};
use overstap_persistence::DatabaseConnection;
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::priority::{self, Decision};
use time::OffsetDateTime;

use crate::auth::Session;
use crate::dto;
use crate::error::{ApiError, validate};
use crate::vo_context::VoContext;

/// The verdict and its trimmed reason; a rejection without a reason is refused.
fn parse(body: &PriorityDecisionRequest) -> Result<(PriorityVerdict, Option<String>), ApiError> {
    validate(body)?;
    let reason = body
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned);
    let verdict = dto::verdict_in(body.decision);
    if verdict == PriorityVerdict::Rejected && reason.is_none() {
        return Err(ApiError::Invalid(vec![FieldError {
            field: "reason".to_owned(),
            code: "required".to_owned(),
            message: "Give the reason for rejecting the claim.".to_owned(),
        }]));
    }
    Ok((verdict, reason))
}

/// Writes the school's verdict on the claim at the 1st choice of `registration` (overwriting
/// an earlier one) and logs it. Another school's registration, or one without a claim, is a 404.
pub async fn decide(
    db: &DatabaseConnection,
    session: &Session,
    registration: RegistrationId,
    body: &PriorityDecisionRequest,
    now: OffsetDateTime,
) -> Result<PriorityDecisionResponse, ApiError> {
    session.vo_school()?;
    let (verdict, reason) = parse(body)?;
    let txn = overstap_persistence::begin_write(db).await?;
    let context = VoContext::load(&txn, session).await?;
    let (programme_id, claim) =
        priority::first_choice_at(&txn, registration, context.school.id, context.procedure.id)
            .await?
            .ok_or(ApiError::NotFound)?;
    let claim = claim.ok_or(ApiError::NotFound)?;
    let calendar = context.procedure.calendar()?;
    if let Some(window) = calendar.window(Phase::PriorityVerification)
        && !window.contains(now)
    {
        return Err(ApiError::window_closed(
            Phase::PriorityVerification.as_str(),
            window.opens_at,
            calendar.instants().priority_verification_deadline,
        ));
    }
    let decided = Decision {
        registration_id: registration,
        programme_id,
        verdict,
        reason,
        decided_by: StaffUserId::from_uuid(session.subject),
        decided_at: now,
    };
    priority::upsert(&txn, &decided).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::PriorityDecided,
            session.actor(),
            AuditSubject::Registration(registration),
            now,
        )
        .details(serde_json::json!({
            "programme_id": programme_id.as_uuid(),
            "claim": claim.kind,
            "decision": verdict.as_str(),
            "reason": decided.reason,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(dto::priority_decision(decided))
}
