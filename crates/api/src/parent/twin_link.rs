//! The twin link between two parents' preference lists. It holds only while the primary school
//! records the two children as twins: a stale link is dropped at the next save, ignored at the
//! confirmation and in the placement snapshot; when the school unlinks or changes the twin, the
//! links in both lists are dropped and both parents are e-mailed; a parent can unlink. Every write
//! into the other child's registration is audited with who made it.

use overstap_domain::preference::ListDraft;
use overstap_domain::{Calendar, PupilId, RegistrationId, RegistrationStatus};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::pupils::{self, Pupil};
use overstap_persistence::registrations::{self, BoardCell};
use overstap_persistence::schools::School;
use overstap_persistence::{outbox, parents};
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;

use crate::error::ApiError;
use crate::mail::messages::{self, TwinUnlinked};

/// Who wrote into a registration that is not (only) their own.
pub type Actor = AuditActor;

/// Whether the school still records `linked` as the twin of `pupil`.
pub fn still_recorded(pupil: &Pupil, linked: PupilId) -> bool {
    pupil.twin_pupil_id == Some(linked)
}

/// Audits a write into `pupil`'s registration made from `from`'s (the twin button).
pub async fn audit_write<C: ConnectionTrait>(
    txn: &C,
    actor: Actor,
    action: AuditAction,
    (registration, pupil): (RegistrationId, PupilId),
    from: PupilId,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    audit::append(
        txn,
        AuditEntry::new(action, actor, AuditSubject::Registration(registration), now)
            .details(serde_json::json!({ "pupil": pupil.as_uuid(), "from_pupil": from.as_uuid() })),
    )
    .await?;
    Ok(())
}

/// Drops the link to `other` from `pupil`'s list while it can still be edited (groen or AG,
/// inside the registration week); audited. Returns whether a link was dropped. A confirmed list
/// keeps its entries; its stale link is ignored by the snapshot.
pub async fn drop_link<C: ConnectionTrait>(
    txn: &C,
    pupil: PupilId,
    other: PupilId,
    calendar: &Calendar,
    actor: Actor,
    now: OffsetDateTime,
) -> Result<bool, ApiError> {
    let Some(stored) = registrations::find_for_pupil(txn, pupil).await? else {
        return Ok(false);
    };
    if !matches!(
        stored.registration.status(),
        RegistrationStatus::Groen | RegistrationStatus::Ag
    ) {
        return Ok(false);
    }
    let Some(draft) = stored
        .registration
        .draft()
        .filter(|d| d.twin == Some(other))
        .cloned()
    else {
        return Ok(false);
    };
    let unlinked = ListDraft {
        entries: draft.entries,
        twin: None,
    };
    // Outside the registration week a list no longer changes.
    let Ok(next) = stored.registration.save_draft(unlinked, calendar, now) else {
        return Ok(false);
    };
    let Some(record) = pupils::find(txn, pupil).await? else {
        return Ok(false);
    };
    let cell = BoardCell {
        school: record.school_id,
        class_name: &record.class_name,
    };
    if !registrations::save(txn, &stored, &next, cell, now).await? {
        return Err(ApiError::Conflict {
            message: "The twin's list changed at the same moment; try again.".to_owned(),
            facts: None,
        });
    }
    audit_write(
        txn,
        actor,
        AuditAction::TwinUnlinked,
        (stored.registration.id(), pupil),
        other,
        now,
    )
    .await?;
    Ok(true)
}

/// The school no longer records `old_twin` as the twin of `pupil`: the links in both lists
/// are dropped and, when either list was linked, both parents are told.
pub async fn school_unlinked<C: ConnectionTrait>(
    txn: &C,
    pupil: &Pupil,
    old_twin: PupilId,
    school: &School,
    actor: Actor,
    portal_link: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let Some(twin) = pupils::find(txn, old_twin).await? else {
        return Ok(());
    };
    let calendar = crate::parent::activation::calendar_for(txn, pupil).await?;
    let first = drop_link(txn, pupil.id, twin.id, &calendar, actor, now).await?;
    let second = drop_link(txn, twin.id, pupil.id, &calendar, actor, now).await?;
    if !(first || second) {
        return Ok(());
    }
    for (child, other) in [(pupil, &twin), (&twin, pupil)] {
        if child.parent_email.is_empty() {
            continue;
        }
        let language = parents::language_for_pupil(txn, child.id).await?;
        let mail = messages::twin_unlinked(
            &child.parent_email,
            &TwinUnlinked {
                language,
                child_first_name: &child.first_name,
                twin_first_name: &other.first_name,
                school_name: &school.name,
                portal_link,
            },
        );
        outbox::enqueue(txn, mail.in_region(school.region_id), now).await?;
    }
    Ok(())
}
