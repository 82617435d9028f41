//! Offers of freed seats to reserve lists, their decisions, and the placement changes that
//! follow. Every row is written once; the current placement is the run's, changed by the
//! newest placement change of that pupil.

use overstap_domain::{OfferOutcome, PlacementRunId, ProgrammeId, PupilId, ReserveOfferId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    TryInsertResult,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{
    placement, placement_change, reserve_entry, reserve_offer, reserve_offer_decision,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub id: ReserveOfferId,
    pub run_id: PlacementRunId,
    pub programme: ProgrammeId,
    pub pupil: PupilId,
    pub position: u32,
    pub offered_at: OffsetDateTime,
    /// Once the parents answered.
    pub outcome: Option<OfferOutcome>,
}

/// The highest pupil on the programme's reserve list who was not offered a seat there yet.
pub async fn next_candidate<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
    programme: ProgrammeId,
) -> Result<Option<(PupilId, u32)>, DbErr> {
    let offered: Vec<Uuid> = reserve_offer::Entity::find()
        .filter(reserve_offer::Column::RunId.eq(run.as_uuid()))
        .filter(reserve_offer::Column::ProgrammeId.eq(programme.as_uuid()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.pupil_id)
        .collect();
    Ok(reserve_entry::Entity::find()
        .filter(reserve_entry::Column::RunId.eq(run.as_uuid()))
        .filter(reserve_entry::Column::ProgrammeId.eq(programme.as_uuid()))
        .filter(reserve_entry::Column::PupilId.is_not_in(offered))
        .order_by_asc(reserve_entry::Column::Position)
        .one(db)
        .await?
        .map(|row| {
            (
                PupilId::from_uuid(row.pupil_id),
                u32::try_from(row.position).unwrap_or(0),
            )
        }))
}

pub async fn insert_offer<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
    programme: ProgrammeId,
    pupil: PupilId,
    position: u32,
    offered_by: Uuid,
    now: OffsetDateTime,
) -> Result<ReserveOfferId, DbErr> {
    let id = ReserveOfferId::from_uuid(Uuid::new_v4());
    reserve_offer::Entity::insert(reserve_offer::ActiveModel {
        id: Set(id.as_uuid()),
        run_id: Set(run.as_uuid()),
        programme_id: Set(programme.as_uuid()),
        pupil_id: Set(pupil.as_uuid()),
        position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        offered_by: Set(offered_by),
        offered_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(id)
}

fn offer_from(row: reserve_offer::Model, outcome: Option<OfferOutcome>) -> Offer {
    Offer {
        id: ReserveOfferId::from_uuid(row.id),
        run_id: PlacementRunId::from_uuid(row.run_id),
        programme: ProgrammeId::from_uuid(row.programme_id),
        pupil: PupilId::from_uuid(row.pupil_id),
        position: u32::try_from(row.position).unwrap_or(0),
        offered_at: row.offered_at,
        outcome,
    }
}

async fn outcome_of<C: ConnectionTrait>(
    db: &C,
    offer: Uuid,
) -> Result<Option<OfferOutcome>, DbErr> {
    Ok(reserve_offer_decision::Entity::find()
        .filter(reserve_offer_decision::Column::OfferId.eq(offer))
        .one(db)
        .await?
        .map(|d| d.outcome.0))
}

pub async fn find_offer<C: ConnectionTrait>(
    db: &C,
    id: ReserveOfferId,
) -> Result<Option<Offer>, DbErr> {
    let Some(row) = reserve_offer::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let outcome = outcome_of(db, row.id).await?;
    Ok(Some(offer_from(row, outcome)))
}

/// The offers of a run at these programmes, oldest first.
pub async fn offers_at<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
    programmes: &[ProgrammeId],
) -> Result<Vec<Offer>, DbErr> {
    let rows = reserve_offer::Entity::find()
        .filter(reserve_offer::Column::RunId.eq(run.as_uuid()))
        .filter(reserve_offer::Column::ProgrammeId.is_in(programmes.iter().map(|p| p.as_uuid())))
        .order_by_asc(reserve_offer::Column::OfferedAt)
        .order_by_asc(reserve_offer::Column::ProgrammeId)
        .order_by_asc(reserve_offer::Column::Position)
        .all(db)
        .await?;
    let decisions: std::collections::HashMap<Uuid, OfferOutcome> =
        reserve_offer_decision::Entity::find()
            .filter(reserve_offer_decision::Column::OfferId.is_in(rows.iter().map(|r| r.id)))
            .all(db)
            .await?
            .into_iter()
            .map(|d| (d.offer_id, d.outcome.0))
            .collect();
    Ok(rows
        .into_iter()
        .map(|row| {
            let outcome = decisions.get(&row.id).copied();
            offer_from(row, outcome)
        })
        .collect())
}

/// Records the answer; false when the offer was already answered.
pub async fn decide<C: ConnectionTrait>(
    db: &C,
    offer: ReserveOfferId,
    outcome: OfferOutcome,
    decided_by: Uuid,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = reserve_offer_decision::Entity::insert(reserve_offer_decision::ActiveModel {
        id: Set(Uuid::new_v4()),
        offer_id: Set(offer.as_uuid()),
        outcome: Set(outcome.into()),
        decided_by: Set(decided_by),
        decided_at: Set(now),
    })
    .on_conflict_do_nothing_on([reserve_offer_decision::Column::OfferId])
    .exec(db)
    .await?;
    Ok(matches!(result, TryInsertResult::Inserted(_)))
}

/// A manual change of a pupil's placement after the run, with its reason.
pub struct Change<'a> {
    pub run: PlacementRunId,
    pub pupil: PupilId,
    pub from: Option<ProgrammeId>,
    pub to: Option<ProgrammeId>,
    pub reason: &'a str,
    pub made_by: Uuid,
}

pub async fn record_change<C: ConnectionTrait>(
    db: &C,
    change: Change<'_>,
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    placement_change::Entity::insert(placement_change::ActiveModel {
        id: Set(Uuid::new_v4()),
        run_id: Set(change.run.as_uuid()),
        pupil_id: Set(change.pupil.as_uuid()),
        from_programme_id: Set(change.from.map(|p| p.as_uuid())),
        to_programme_id: Set(change.to.map(|p| p.as_uuid())),
        reason: Set(change.reason.to_owned()),
        made_by: Set(change.made_by),
        made_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// The pupil's programme now: the newest change, else the run's placement. `None` when the
/// pupil took no part in the run.
pub async fn current_programme<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
    pupil: PupilId,
) -> Result<Option<Option<ProgrammeId>>, DbErr> {
    if let Some(change) = placement_change::Entity::find()
        .filter(placement_change::Column::RunId.eq(run.as_uuid()))
        .filter(placement_change::Column::PupilId.eq(pupil.as_uuid()))
        .order_by_desc(placement_change::Column::MadeAt)
        .one(db)
        .await?
    {
        return Ok(Some(change.to_programme_id.map(ProgrammeId::from_uuid)));
    }
    Ok(placement::Entity::find()
        .filter(placement::Column::RunId.eq(run.as_uuid()))
        .filter(placement::Column::PupilId.eq(pupil.as_uuid()))
        .one(db)
        .await?
        .map(|row| row.programme_id.map(ProgrammeId::from_uuid)))
}

/// The programme of each pupil's newest change among `rows`.
fn newest_per_pupil(
    rows: impl IntoIterator<Item = placement_change::Model>,
) -> std::collections::HashMap<PupilId, Option<ProgrammeId>> {
    let mut newest: std::collections::HashMap<PupilId, (OffsetDateTime, Option<ProgrammeId>)> =
        std::collections::HashMap::new();
    for row in rows {
        let pupil = PupilId::from_uuid(row.pupil_id);
        if newest.get(&pupil).is_none_or(|(at, _)| *at < row.made_at) {
            newest.insert(
                pupil,
                (row.made_at, row.to_programme_id.map(ProgrammeId::from_uuid)),
            );
        }
    }
    newest.into_iter().map(|(p, (_, to))| (p, to)).collect()
}

/// For each of `pupils` with a change after the run: the programme of the newest change.
pub async fn changed_programmes<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
    pupils: &[PupilId],
) -> Result<std::collections::HashMap<PupilId, Option<ProgrammeId>>, DbErr> {
    let mut rows = Vec::new();
    for chunk in pupils.chunks(500) {
        rows.extend(
            placement_change::Entity::find()
                .filter(placement_change::Column::RunId.eq(run.as_uuid()))
                .filter(placement_change::Column::PupilId.is_in(chunk.iter().map(|p| p.as_uuid())))
                .all(db)
                .await?,
        );
    }
    Ok(newest_per_pupil(rows))
}

/// Every pupil moved after the run, with the programme of their newest change.
pub async fn latest_changes<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
) -> Result<std::collections::HashMap<PupilId, Option<ProgrammeId>>, DbErr> {
    Ok(newest_per_pupil(
        placement_change::Entity::find()
            .filter(placement_change::Column::RunId.eq(run.as_uuid()))
            .all(db)
            .await?,
    ))
}
