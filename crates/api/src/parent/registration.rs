//! The parent's registration: save the draft (AG), confirm it (AV), withdraw it (AV → AG).
//! Each runs inside the caller's transaction and updates `context` to what it wrote.

use overstap_api_types::{FieldError, SaveDraftRequest};
use overstap_domain::preference::{ListContext, ListDraft, PreferenceList};
use overstap_domain::registration::Registration;
use overstap_domain::{ProgrammeId, PupilId, RegistrationStatus};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::pupils::Pupil;
use overstap_persistence::registrations::{self, BoardCell, Stored};
use overstap_persistence::{idempotency, outbox, preference_entries, pupils};
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;

use crate::error::ApiError;
use crate::error::list_errors;
use crate::mail::messages::{self as mails, Confirmation, ConfirmedProgramme, Withdrawn};
use crate::parent::context::ParentContext;
use crate::parent::twin_link;
use crate::parent::views::{self, blocks_a_draft, draft_from_body};

/// 409 `stale_revision`: somebody saved since `read` was read.
pub fn stale(current: i32) -> ApiError {
    ApiError::StaleRevision {
        current_revision: current,
    }
}

fn check_revision(context: &ParentContext, revision: i32) -> Result<(), ApiError> {
    if revision == context.stored.revision {
        Ok(())
    } else {
        Err(stale(context.stored.revision))
    }
}

/// Writes `next` over the loaded registration, or answers 409 when another write came first.
async fn store<C: ConnectionTrait>(
    txn: &C,
    context: &mut ParentContext,
    next: Registration,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    if !registrations::save(txn, &context.stored, &next, context.cell(), now).await? {
        let current = registrations::find_for_pupil(txn, context.pupil.id)
            .await?
            .map_or(context.stored.revision, |s| s.revision);
        return Err(stale(current));
    }
    context.stored = Stored {
        registration: next,
        procedure_id: context.stored.procedure_id,
        revision: context.stored.revision + 1,
    };
    Ok(())
}

fn list_context<'a>(
    context: &'a ParentContext,
    twin_programmes: Option<&'a [ProgrammeId]>,
) -> ListContext<'a> {
    ListContext {
        pupil: context.pupil.id,
        advice: context.advice,
        catalogue: &context.offer.catalogue,
        region: &context.offer.profile,
        twin_programmes,
    }
}

/// A pupil the primary school put on the paper route registers on paper, not here (409
/// `paper_route`), so an online list never goes into the placement beside the paper form.
fn not_on_paper(context: &ParentContext) -> Result<(), ApiError> {
    if context.pupil.paper_route.is_some() {
        return Err(ApiError::OnPaper);
    }
    Ok(())
}

/// Saves the list as the draft (status AG). Rules a draft may still break (too short,
/// sibling details missing) wait for the confirmation; every other broken rule is a 422.
pub async fn save_draft<C: ConnectionTrait>(
    txn: &C,
    context: &mut ParentContext,
    body: &SaveDraftRequest,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    check_revision(context, body.revision)?;
    not_on_paper(context)?;
    // Once linked, every save is copied to the twin (a save need not repeat `link_twin`), as
    // long as the primary school still records that child as the twin.
    let was_linked = context
        .stored
        .registration
        .draft()
        .and_then(|draft| draft.twin);
    let linked = was_linked.filter(|twin| twin_link::still_recorded(&context.pupil, *twin));
    let actor = AuditActor::parent(context.account.id);
    let twin = if body.unlink_twin {
        if let Some(twin) = linked {
            twin_link::drop_link(txn, twin, context.pupil.id, &context.calendar, actor, now)
                .await?;
        }
        None
    } else if let Some(twin) = linked {
        Some(twin)
    } else if body.link_twin {
        Some(context.pupil.twin_pupil_id.ok_or_else(|| {
            ApiError::Invalid(vec![FieldError {
                field: "link_twin".to_owned(),
                code: "no_twin".to_owned(),
                message: "The primary school has recorded no twin for this child.".to_owned(),
            }])
        })?)
    } else {
        None
    };
    let draft = draft_from_body(&body.entries, twin)?;
    let next = context
        .stored
        .registration
        .save_draft(draft.clone(), &context.calendar, now)?;
    if let Err(errors) = PreferenceList::parse(&draft, &list_context(context, None)) {
        let blocking: Vec<_> = errors
            .as_slice()
            .iter()
            .filter(|e| blocks_a_draft(e))
            .cloned()
            .collect();
        if !blocking.is_empty() {
            return Err(ApiError::Invalid(list_errors(&blocking)));
        }
    }
    store(txn, context, next, now).await?;
    if let Some(twin) = twin {
        copy_to_twin(txn, context, twin, &draft, now).await?;
    }
    Ok(())
}

/// The twin button keeps both lists identical: the twin's draft follows while the twin's
/// registration can still be edited. A confirmed twin keeps its list, and the confirmation
/// of this one then checks that both are the same.
async fn copy_to_twin<C: ConnectionTrait>(
    txn: &C,
    context: &ParentContext,
    twin: PupilId,
    draft: &ListDraft,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let Some(twin_pupil) = pupils::find(txn, twin)
        .await?
        .filter(|p| p.school_id == context.pupil.school_id)
    else {
        return Ok(());
    };
    let Some(stored) = registrations::find_for_pupil(txn, twin).await? else {
        return Ok(());
    };
    if !matches!(
        stored.registration.status(),
        RegistrationStatus::Groen | RegistrationStatus::Ag
    ) {
        return Ok(());
    }
    let twin_draft = ListDraft {
        entries: draft.entries.clone(),
        twin: Some(context.pupil.id),
    };
    let next = stored
        .registration
        .save_draft(twin_draft, &context.calendar, now)?;
    let cell = BoardCell {
        school: twin_pupil.school_id,
        class_name: &twin_pupil.class_name,
    };
    if !registrations::save(txn, &stored, &next, cell, now).await? {
        return Err(ApiError::Conflict {
            message: "The twin's list changed at the same moment; try again.".to_owned(),
            facts: None,
        });
    }
    // A parent wrote into the twin's registration: on record, with who did it.
    twin_link::audit_write(
        txn,
        AuditActor::parent(context.account.id),
        AuditAction::TwinListCopied,
        (stored.registration.id(), twin),
        context.pupil.id,
        now,
    )
    .await?;
    Ok(())
}

/// AG → AV and the confirmation e-mail. A retry with the same `idempotency_key` does nothing
/// and returns false; the caller answers with the current registration, which is still the
/// confirmed one. When the registration moved on since (the confirmation was withdrawn), the
/// retry is a 409: it must not look like a fresh confirmation.
pub async fn confirm<C: ConnectionTrait>(
    txn: &C,
    context: &mut ParentContext,
    idempotency_key: &str,
    revision: i32,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<bool, ApiError> {
    not_on_paper(context)?;
    let registration_id = context.stored.registration.id();
    if !idempotency::claim(
        txn,
        context.account.id,
        idempotency_key,
        "confirm",
        registration_id,
        now,
    )
    .await?
    {
        let status = context.stored.registration.status();
        if status != RegistrationStatus::Av {
            return Err(ApiError::Conflict {
                message: "This confirmation was handled before, and the registration is no \
                          longer confirmed since; reload it."
                    .to_owned(),
                facts: Some(serde_json::json!({ "status": status.as_str() })),
            });
        }
        return Ok(false);
    }
    check_revision(context, revision)?;
    let twin_programmes =
        twin_programmes(txn, &context.stored.registration, &context.pupil).await?;
    let list_context = list_context(context, twin_programmes.as_deref());
    let (next, list) =
        context
            .stored
            .registration
            .confirm(&list_context, &context.calendar, now)?;
    store(txn, context, next, now).await?;
    preference_entries::replace(txn, registration_id, &list).await?;
    let programmes: Vec<ConfirmedProgramme<'_>> = list
        .choices()
        .iter()
        .enumerate()
        .filter_map(|(index, choice)| {
            let programme = context.offer.programme(choice.programme)?;
            Some(ConfirmedProgramme {
                rank: u32::try_from(index + 1).ok()?,
                programme_name: &programme.name,
                school_name: &programme.school_name,
                town: &programme.town,
            })
        })
        .collect();
    let twin_name = match list.twin() {
        Some(twin) => pupils::find(txn, twin).await?.map(|p| p.first_name),
        None => None,
    };
    let instants = context.calendar.instants();
    let portal_link = format!("{public_url}/ouder");
    let mail = mails::confirmation(
        &context.pupil.parent_email,
        &Confirmation {
            language: context.language(),
            child_first_name: &context.pupil.first_name,
            elk_number: &context.pupil.elk_number,
            programmes: &programmes,
            priority_claim: list.priority_claim(),
            twin_first_name: twin_name.as_deref(),
            confirmed_at: now,
            closes_at: instants.registration_closes_at,
            publication_at: instants.publication_at,
            portal_link: &portal_link,
        },
    );
    outbox::enqueue(txn, mail.in_region(context.primary_school.region_id), now).await?;
    audit::append(
        txn,
        AuditEntry::new(
            AuditAction::RegistrationConfirmed,
            AuditActor::parent(context.account.id),
            AuditSubject::Registration(registration_id),
            now,
        )
        .details(serde_json::json!({
            "revision": context.stored.revision,
            "programmes": list.programmes().map(|p| p.to_string()).collect::<Vec<_>>(),
            "priority_claim": list.priority_claim().map(|c| c.kind().as_str()),
        })),
    )
    .await?;
    Ok(true)
}

/// The linked twin's definitive programmes, once the twin is AV.
async fn twin_programmes<C: ConnectionTrait>(
    txn: &C,
    registration: &Registration,
    pupil: &Pupil,
) -> Result<Option<Vec<ProgrammeId>>, ApiError> {
    // A link the primary school no longer records does not bind the confirmation.
    let Some(twin) = registration
        .draft()
        .and_then(|d| d.twin)
        .filter(|twin| twin_link::still_recorded(pupil, *twin))
    else {
        return Ok(None);
    };
    let Some(stored) = registrations::find_for_pupil(txn, twin).await? else {
        return Ok(None);
    };
    if stored.registration.status() != RegistrationStatus::Av {
        return Ok(None);
    }
    Ok(stored
        .registration
        .draft()
        .map(|d| d.entries.iter().map(|e| e.programme).collect()))
}

/// AV → AG: the list stays as a draft and no longer counts until confirmed again.
pub async fn withdraw<C: ConnectionTrait>(
    txn: &C,
    context: &mut ParentContext,
    revision: i32,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    check_revision(context, revision)?;
    let registration_id = context.stored.registration.id();
    let next = context
        .stored
        .registration
        .withdraw(&context.calendar, now)?;
    store(txn, context, next, now).await?;
    preference_entries::clear(txn, registration_id).await?;
    let portal_link = format!("{public_url}/ouder");
    let mail = mails::withdrawn(
        &context.pupil.parent_email,
        &Withdrawn {
            language: context.language(),
            child_first_name: &context.pupil.first_name,
            closes_at: context.calendar.instants().registration_closes_at,
            portal_link: &portal_link,
        },
    );
    outbox::enqueue(txn, mail.in_region(context.primary_school.region_id), now).await?;
    audit::append(
        txn,
        AuditEntry::new(
            AuditAction::RegistrationWithdrawn,
            AuditActor::parent(context.account.id),
            AuditSubject::Registration(registration_id),
            now,
        )
        .details(serde_json::json!({ "revision": context.stored.revision })),
    )
    .await?;
    Ok(())
}

pub use views::registration as view;
