//! A VO school withdraws a pupil's place at the parents' request (after publication): a
//! reasoned, audited placement change to no programme. The seat is free for round 2 and the
//! pupil may take part in it. The parent is e-mailed.

use overstap_api_types::round2::WithdrawalResponse;
use overstap_domain::PupilId;
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::reserve_offers::{self, Change};
use overstap_persistence::{placement_runs, procedures, round2, schools};

use crate::auth::Session;
use crate::error::ApiError;
use crate::mail::messages::PlaceChange;
use crate::placement::place_notice;
use crate::state::AppState;

const REASON_MAX: usize = 500;

fn reason_error(code: &str, message: &str) -> ApiError {
    ApiError::Invalid(vec![overstap_api_types::FieldError {
        field: "reason".to_owned(),
        code: code.to_owned(),
        message: message.to_owned(),
    }])
}

pub async fn withdraw(
    state: &AppState,
    session: &Session,
    pupil: PupilId,
    reason: &str,
) -> Result<WithdrawalResponse, ApiError> {
    let school = session.vo_school()?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(reason_error(
            "reason_required",
            "Say why the parents asked to give up the place.",
        ));
    }
    if reason.chars().count() > REASON_MAX {
        return Err(reason_error(
            "reason_too_long",
            "The reason is longer than 500 characters.",
        ));
    }
    let procedure = procedures::current_for_region(&state.db, session.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let now = state.clock.now();
    let opens_at = procedure.instants.publication_at;
    let closes_at = procedure.end_of_school_year()?;
    if now < opens_at || now >= closes_at {
        return Err(ApiError::window_closed(
            "withdraw_placement",
            opens_at,
            closes_at,
        ));
    }
    let run = placement_runs::latest_official(&state.db, procedure.id)
        .await?
        .ok_or_else(|| ApiError::Conflict {
            message: "There is no official placement run yet.".to_owned(),
            facts: None,
        })?;
    let own = schools::list_programmes(&state.db, school, procedure.id).await?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    // A second withdrawal of the same pupil at the same moment waits here, then finds no place.
    overstap_persistence::lock_subject(&txn, pupil.as_uuid()).await?;
    // Only a pupil placed at one of this school's programmes now; anyone else is unknown here.
    let placed_at = round2::standing(&txn, run.id, pupil)
        .await?
        .and_then(|s| s.current)
        .and_then(|current| own.iter().find(|p| p.id == current))
        .ok_or(ApiError::NotFound)?;
    let programme = placed_at.id;
    let logged = format!("withdrawn at the parents' request: {reason}");
    reserve_offers::record_change(
        &txn,
        Change {
            run: run.id,
            pupil,
            from: Some(programme),
            to: None,
            reason: &logged,
            made_by: session.subject,
        },
        now,
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::PlacementWithdrawn,
            session.actor(),
            AuditSubject::Pupil(pupil),
            now,
        )
        .details(serde_json::json!({
            "run": run.id,
            "programme": programme.as_uuid(),
            "reason": reason,
        })),
    )
    .await?;
    place_notice::tell_parent(
        &txn,
        pupil,
        PlaceChange::Withdrawn,
        (school, &placed_at.name),
        &state.public_url,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(WithdrawalResponse {
        pupil_id: pupil.as_uuid(),
        programme_id: programme.as_uuid(),
        reason: reason.to_owned(),
        withdrawn_at: now,
    })
}
