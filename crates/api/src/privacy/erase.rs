//! A pupil's erasure on request (AVG art. 17): the coordinator removes one pupil and its
//! parent's data exactly as the retention purge does, audited without naming anyone.

use overstap_domain::PupilId;
use overstap_domain::retention::pseudonym;
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::retention::{self, Pupils};
use overstap_persistence::{begin_write, lock_subject, placement_runs, procedures, pupils};

use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;

/// Refused with 409 while the official placement run of round 1 is due (from the placement
/// moment until it is stored, before publication): the run's input would lose a pupil it may
/// already have read. A pupil of another region is a 404.
pub async fn erase_pupil(
    state: &AppState,
    session: &Session,
    pupil_id: PupilId,
) -> Result<(), ApiError> {
    let region = session.coordinator_region()?;
    let now = state.clock.now();
    let txn = begin_write(&state.db).await?;
    lock_subject(&txn, pupil_id.as_uuid()).await?;
    let pupil = pupils::find(&txn, pupil_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let procedure = procedures::find(&txn, pupil.procedure_id)
        .await?
        .filter(|p| p.region_id == region)
        .ok_or(ApiError::NotFound)?;
    let instants = procedure.instants;
    if now >= instants.placement_at
        && now < instants.publication_at
        && placement_runs::official_run(&txn, procedure.id, 1)
            .await?
            .is_none()
    {
        return Err(ApiError::Conflict {
            message: "The official placement run of this region is due; erase the pupil after it has run."
                .to_owned(),
            facts: Some(serde_json::json!({ "placement_at": instants.placement_at, "publication_at": instants.publication_at })),
        });
    }
    // The pupil leaves the status board's counters of its year.
    let mut deltas = overstap_persistence::status_counts::Deltas::default();
    deltas.add(
        (pupil.procedure_id, pupil.school_id),
        &pupil.class_name,
        pupil.status,
        -1,
    );
    overstap_persistence::status_counts::apply(&txn, &deltas).await?;
    let key = state.pseudonym_key.clone();
    let erased = retention::erase(&txn, Pupils::One(pupil_id.as_uuid()), |id| {
        pseudonym(&key, id)
    })
    .await?;
    // Answers kept for idempotent retries may hold the pupil's data (a creation's answer, a
    // bulk send's list): a retry now gets a refusal without it, and still acts no second time.
    let gone = ApiError::Conflict {
        message: "The first answer to this request named a pupil who has since been erased; \
                  it was not done again."
            .to_owned(),
        facts: None,
    }
    .body();
    let gone = serde_json::to_string(&gone).map_err(ApiError::internal)?;
    overstap_persistence::idempotent_requests::forget_answers_naming(
        &txn,
        pupil_id.as_uuid(),
        overstap_persistence::idempotent_requests::Answer {
            status: 409,
            content_type: Some(crate::error::PROBLEM_JSON),
            location: None,
            body: &gone,
        },
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::PupilErased,
            session.actor(),
            AuditSubject::Pupil(overstap_domain::PupilId::from_uuid(pseudonym(
                &key,
                pupil_id.as_uuid(),
            ))),
            now,
        )
        .details(serde_json::json!({
            "parent_accounts": erased.parent_accounts,
            "audit_entries_pseudonymised": erased.audit_entries_pseudonymised,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
