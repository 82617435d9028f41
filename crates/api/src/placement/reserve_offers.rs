//! After publication a VO school offers a freed seat to the top of a programme's reserve list
//! and records the parents' answer. An accepted offer is a manual placement change with its
//! reason; both the offer and the change are logged and never edited.

use overstap_api_types::{OfferOutcome, ReserveOfferResponse};
use overstap_domain::{OfferOutcome as DomainOutcome, ProgrammeId, ReserveOfferId};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::placement_runs::{self, Run};
use overstap_persistence::reserve_offers::{self, Change, Offer};
use overstap_persistence::{procedures, pupils, schools};
use time::Duration;

use crate::auth::Session;
use crate::dto;
use crate::error::ApiError;
use crate::mail::messages::PlaceChange;
use crate::placement::place_notice;
use crate::state::AppState;

/// Offers stay possible until the end of the school year, about four months on.
const OFFERS_FOR: Duration = Duration::days(120);

/// The official run, once its results are published.
async fn published_run(state: &AppState, session: &Session) -> Result<Run, ApiError> {
    let procedure = procedures::current_for_region(&state.db, session.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let publication_at = procedure.instants.publication_at;
    let now = state.clock.now();
    if now < publication_at {
        return Err(ApiError::window_closed(
            "reserve_offer",
            publication_at,
            publication_at + OFFERS_FOR,
        ));
    }
    placement_runs::latest_official(&state.db, procedure.id)
        .await?
        .ok_or_else(|| ApiError::Conflict {
            message: "There is no official placement run yet.".to_owned(),
            facts: None,
        })
}

/// The VO school's programmes of the current procedure year: (id, name).
async fn own_programmes(
    state: &AppState,
    session: &Session,
) -> Result<Vec<(ProgrammeId, String)>, ApiError> {
    let school = session.vo_school()?;
    let procedure = procedures::current_for_region(&state.db, session.region_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(schools::list_programmes(&state.db, school, procedure.id)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect())
}

async fn response(
    state: &AppState,
    offer: Offer,
    programmes: &[(ProgrammeId, String)],
) -> Result<ReserveOfferResponse, ApiError> {
    let pupil = pupils::find(&state.db, offer.pupil)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(ReserveOfferResponse {
        id: offer.id.as_uuid(),
        programme_id: offer.programme.as_uuid(),
        programme_name: programmes
            .iter()
            .find(|(id, _)| *id == offer.programme)
            .map(|(_, name)| name.clone())
            .unwrap_or_default(),
        pupil_id: offer.pupil.as_uuid(),
        first_name: pupil.first_name,
        last_name: pupil.last_name,
        elk_number: pupil.elk_number,
        position: offer.position,
        offered_at: offer.offered_at,
        outcome: offer.outcome.map(dto::offer_outcome),
    })
}

pub async fn list(
    state: &AppState,
    session: &Session,
) -> Result<Vec<ReserveOfferResponse>, ApiError> {
    let programmes = own_programmes(state, session).await?;
    let run = published_run(state, session).await?;
    let ids: Vec<ProgrammeId> = programmes.iter().map(|(id, _)| *id).collect();
    let mut list = Vec::new();
    for offer in reserve_offers::offers_at(&state.db, run.id, &ids).await? {
        list.push(response(state, offer, &programmes).await?);
    }
    Ok(list)
}

/// Offers the seat to the highest pupil on the list not offered one yet.
pub async fn offer(
    state: &AppState,
    session: &Session,
    programme: ProgrammeId,
) -> Result<ReserveOfferResponse, ApiError> {
    let programmes = own_programmes(state, session).await?;
    if !programmes.iter().any(|(id, _)| *id == programme) {
        return Err(ApiError::NotFound);
    }
    let run = published_run(state, session).await?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let (pupil, position) = reserve_offers::next_candidate(&txn, run.id, programme)
        .await?
        .ok_or_else(|| ApiError::Conflict {
            message: "Everybody on this reserve list has had an offer.".to_owned(),
            facts: None,
        })?;
    let id = reserve_offers::insert_offer(
        &txn,
        run.id,
        programme,
        pupil,
        position,
        session.subject,
        now,
    )
    .await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ReserveOffer,
            session.actor(),
            AuditSubject::ReserveOffer(id),
            now,
        )
        .details(serde_json::json!({
            "run": run.id, "programme": programme.as_uuid(),
            "pupil": pupil.as_uuid(), "position": position,
        })),
    )
    .await?;
    txn.commit().await?;
    let offer = reserve_offers::find_offer(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    response(state, offer, &programmes).await
}

/// Records `accepted` or `declined`; an acceptance moves the pupil to this programme.
pub async fn decide(
    state: &AppState,
    session: &Session,
    offer_id: ReserveOfferId,
    outcome: OfferOutcome,
) -> Result<ReserveOfferResponse, ApiError> {
    let outcome = dto::offer_outcome_in(outcome);
    let programmes = own_programmes(state, session).await?;
    let offer = reserve_offers::find_offer(&state.db, offer_id)
        .await?
        .filter(|o| programmes.iter().any(|(id, _)| *id == o.programme))
        .ok_or(ApiError::NotFound)?;
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    if !reserve_offers::decide(&txn, offer.id, outcome, session.subject, now).await? {
        return Err(ApiError::Conflict {
            message: "This offer was already answered.".to_owned(),
            facts: None,
        });
    }
    if outcome == DomainOutcome::Accepted {
        // Every change of one pupil's place goes one at a time (see the withdrawal).
        overstap_persistence::lock_subject(&txn, offer.pupil.as_uuid()).await?;
        let from = reserve_offers::current_programme(&txn, offer.run_id, offer.pupil)
            .await?
            .flatten();
        reserve_offers::record_change(
            &txn,
            Change {
                run: offer.run_id,
                pupil: offer.pupil,
                from,
                to: Some(offer.programme),
                reason: "reserve list: offer accepted",
                made_by: session.subject,
            },
            now,
        )
        .await?;
    }
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ReserveOfferDecided,
            session.actor(),
            AuditSubject::ReserveOffer(offer.id),
            now,
        )
        .details(serde_json::json!({
            "outcome": outcome.as_str(),
            "pupil": offer.pupil.as_uuid(),
        })),
    )
    .await?;
    let programme_name = programmes
        .iter()
        .find(|(id, _)| *id == offer.programme)
        .map_or("", |(_, name)| name.as_str());
    let change = if outcome == DomainOutcome::Accepted {
        PlaceChange::OfferAccepted
    } else {
        PlaceChange::OfferDeclined
    };
    place_notice::tell_parent(
        &txn,
        offer.pupil,
        change,
        (session.vo_school()?, programme_name),
        &state.public_url,
        now,
    )
    .await?;
    txn.commit().await?;
    let offer = reserve_offers::find_offer(&state.db, offer.id)
        .await?
        .ok_or(ApiError::NotFound)?;
    response(state, offer, &programmes).await
}
