//! The parent's round 2: eligibility, the programmes with seats left that admit the child's
//! advice, saving and confirming the list (with the confirmation e-mail), and the result.

use overstap_api_types::round2::{Round2ListRequest, Round2Programme, Round2Response};
use overstap_api_types::{PortalProgramme, Round2Result, Round2WindowState};
use overstap_domain::i18n::{format_date_time, format_last_moment};
use overstap_domain::round2::{
    Round2List, Round2ListError, Round2Reason, Round2Window, eligibility,
};
use overstap_domain::{PlacementRunId, ProgrammeId};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::{outbox, placement_runs, round2};
use sea_orm::ConnectionTrait;
use time::{OffsetDateTime, UtcOffset};

use super::{placed_after_changes, seats_left_per_programme, window_error};
use crate::error::ApiError;
use crate::mail::messages::{ConfirmedProgramme, Round2Confirmation, round2_confirmation};
use crate::parent::ParentContext;

/// The round-1 official run and why the child takes part, once results are published.
async fn participation<C: ConnectionTrait>(
    db: &C,
    context: &ParentContext,
    now: OffsetDateTime,
) -> Result<Option<(PlacementRunId, Round2Reason)>, ApiError> {
    if now < context.calendar.instants().publication_at {
        return Ok(None);
    }
    let Some(run) = placement_runs::latest_official(db, context.stored.procedure_id).await? else {
        return Ok(None);
    };
    let standing = round2::standing(db, run.id, context.pupil.id).await?;
    Ok(eligibility(standing).map(|reason| (run.id, reason)))
}

/// The programmes the child's advice admits that still have seats.
async fn offered<C: ConnectionTrait>(
    db: &C,
    context: &ParentContext,
    run1: PlacementRunId,
) -> Result<Vec<Round2Programme>, ApiError> {
    let placed = placed_after_changes(db, run1).await?;
    let seats = seats_left_per_programme(
        db,
        context.primary_school.region_id,
        context.pupil.procedure_id,
        &placed,
    )
    .await?;
    Ok(context
        .offer
        .eligible(context.advice)
        .into_iter()
        .filter_map(|programme| {
            let left = seats
                .get(&ProgrammeId::from_uuid(programme.id))
                .copied()
                .unwrap_or(0);
            (left > 0).then_some(Round2Programme {
                programme,
                seats_left: left,
            })
        })
        .collect())
}

fn ids(programmes: &[Round2Programme]) -> Vec<ProgrammeId> {
    programmes
        .iter()
        .map(|p| ProgrammeId::from_uuid(p.programme.id))
        .collect()
}

pub async fn view<C: ConnectionTrait>(
    db: &C,
    context: &ParentContext,
    now: OffsetDateTime,
) -> Result<Round2Response, ApiError> {
    let language = context.language();
    let window = Round2Window::of(context.calendar.instants());
    let window_state = match window {
        None => Round2WindowState::NotPlanned,
        Some(w) if now < w.opens_at => Round2WindowState::NotYetOpen,
        Some(w) if w.is_open(now) => Round2WindowState::Open,
        Some(_) => Round2WindowState::Closed,
    };
    let taking_part = participation(db, context, now).await?;
    let programmes = match taking_part {
        Some((run1, _)) => offered(db, context, run1).await?,
        None => Vec::new(),
    };
    let stored = round2::find_list(db, context.stored.procedure_id, context.pupil.id).await?;
    let list: Vec<PortalProgramme> = stored
        .iter()
        .flat_map(|s| s.programmes.iter())
        .filter_map(|p| context.offer.programme(*p).cloned())
        .collect();
    let mut response = Round2Response {
        eligible: taking_part.is_some(),
        reason: taking_part.map(|(_, reason)| crate::dto::round2_reason(reason)),
        window: window_state,
        opens_at: window.map(|w| w.opens_at),
        closes_at: window.map(|w| w.closes_at),
        opens_at_display: window.map(|w| format_date_time(w.opens_at, language)),
        closes_at_display: window.map(|w| format_last_moment(w.closes_at, language)),
        programmes,
        list,
        revision: stored.as_ref().map(|s| s.revision),
        confirmed_at: stored
            .as_ref()
            .and_then(|s| s.confirmed_at)
            .map(|at| at.to_offset(UtcOffset::UTC)),
        result: Round2Result::None,
        placed: None,
        placed_rank: None,
    };
    // The round-2 run is published by being run; it took part if it placed the child or not.
    if let Some(run) = placement_runs::official_run(db, context.stored.procedure_id, 2).await?
        && let Some(placed) = placement_runs::placements_of(db, run.id, &[context.pupil.id])
            .await?
            .remove(&context.pupil.id)
    {
        match placed.programme {
            Some(programme) => {
                response.result = Round2Result::Placed;
                response.placed = context.offer.programme(programme).cloned();
                response.placed_rank = placed.choice_rank;
            }
            None => response.result = Round2Result::Unplaced,
        }
    }
    Ok(response)
}

/// Checks the window and the child's eligibility; answers the round-1 run.
async fn may_submit<C: ConnectionTrait>(
    txn: &C,
    context: &ParentContext,
    now: OffsetDateTime,
) -> Result<PlacementRunId, ApiError> {
    Round2Window::check(Round2Window::of(context.calendar.instants()), now)
        .map_err(|e| window_error("round2_list", e))?;
    let (run1, _) = participation(txn, context, now)
        .await?
        .ok_or(ApiError::Forbidden)?;
    Ok(run1)
}

/// Saves the list over an earlier unconfirmed one.
pub async fn save_list<C: ConnectionTrait>(
    txn: &C,
    context: &ParentContext,
    body: &Round2ListRequest,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let run1 = may_submit(txn, context, now).await?;
    let offered = ids(&offered(txn, context, run1).await?);
    let chosen: Vec<ProgrammeId> = body
        .programmes
        .iter()
        .map(|id| ProgrammeId::from_uuid(*id))
        .collect();
    let list = Round2List::parse(&chosen, &offered).map_err(ApiError::from)?;
    if !round2::save_list(
        txn,
        context.stored.procedure_id,
        context.pupil.id,
        list.programmes(),
        now,
    )
    .await?
    {
        return Err(ApiError::NotAllowedInStatus {
            message: "The round-2 list is already definitive.".to_owned(),
            facts: serde_json::json!({ "action": "save_round2_list", "confirmed": true }),
        });
    }
    Ok(())
}

/// Makes the saved list definitive and sends the confirmation e-mail. Confirming a definitive
/// list again changes nothing and sends nothing.
pub async fn confirm<C: ConnectionTrait>(
    txn: &C,
    context: &ParentContext,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let run1 = may_submit(txn, context, now).await?;
    let procedure = context.stored.procedure_id;
    let stored = round2::find_list(txn, procedure, context.pupil.id)
        .await?
        .ok_or_else(|| ApiError::from(vec![Round2ListError::Empty]))?;
    if stored.confirmed_at.is_some() {
        return Ok(());
    }
    // Seats may have gone since the list was saved.
    let offered = ids(&offered(txn, context, run1).await?);
    let list = Round2List::parse(&stored.programmes, &offered).map_err(ApiError::from)?;
    if !round2::confirm_list(txn, procedure, context.pupil.id, now).await? {
        return Ok(());
    }
    let programmes: Vec<ConfirmedProgramme<'_>> = list
        .programmes()
        .iter()
        .filter_map(|id| {
            let programme = context.offer.programme(*id)?;
            Some(ConfirmedProgramme {
                rank: list.rank_of(*id)?,
                programme_name: &programme.name,
                school_name: &programme.school_name,
                town: &programme.town,
            })
        })
        .collect();
    let closes_at = context
        .calendar
        .instants()
        .round2_closes_at
        .ok_or_else(|| ApiError::internal("round 2 without a closing moment"))?;
    let portal_link = format!("{public_url}/ouder/ronde-2");
    let mail = round2_confirmation(
        &context.pupil.parent_email,
        &Round2Confirmation {
            language: context.language(),
            child_first_name: &context.pupil.first_name,
            programmes: &programmes,
            confirmed_at: now,
            closes_at,
            portal_link: &portal_link,
        },
    );
    outbox::enqueue(txn, mail.in_region(context.primary_school.region_id), now).await?;
    audit::append(
        txn,
        AuditEntry::new(
            AuditAction::Round2ListConfirmed,
            AuditActor::parent(context.account.id),
            AuditSubject::Pupil(context.pupil.id),
            now,
        )
        .details(serde_json::json!({
            "programmes": list.programmes().iter().map(|p| p.to_string()).collect::<Vec<_>>(),
        })),
    )
    .await?;
    Ok(())
}
