//! Round 2 in the run pipeline: when its runs may start, its input snapshot (the confirmed
//! round-2 lists of pupils still without a place, on the seats left), and the official run's
//! places recorded as changes of round 1.

use overstap_domain::placement::{
    PlacementSnapshot, PupilPlacement, Seed, SnapshotProgramme, SnapshotUnit,
};
use overstap_domain::round2::eligibility;
use overstap_domain::{PlacementRunId, ProgrammeId, RegionProfile};
use overstap_persistence::procedures::Procedure;
use overstap_persistence::reserve_offers::{self, Change};
use overstap_persistence::round2;
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;
use uuid::Uuid;

use super::seats_left_per_programme;
use crate::error::ApiError;

/// The round-2 input: every programme with its seats left, and each confirmed round-2 list of a
/// pupil still without a place. Twins apply separately and no priority tiers apply in round 2.
pub async fn snapshot<C: ConnectionTrait>(
    db: &C,
    procedure: &Procedure,
    profile: &RegionProfile,
    seed: Seed,
    round1: PlacementRunId,
) -> Result<PlacementSnapshot, ApiError> {
    let standings = round2::standings(db, round1).await?;
    let placed = round2::placed_per_programme(&standings);
    let seats = seats_left_per_programme(db, procedure.region_id, procedure.id, &placed).await?;
    let mut programmes: Vec<SnapshotProgramme> = seats
        .into_iter()
        .map(|(id, capacity)| SnapshotProgramme { id, capacity })
        .collect();
    programmes.sort_by_key(|p| p.id);
    let known: std::collections::HashSet<ProgrammeId> = programmes.iter().map(|p| p.id).collect();
    let mut units: Vec<SnapshotUnit> = round2::confirmed_lists(db, procedure.id)
        .await?
        .into_iter()
        .filter(|(pupil, _)| eligibility(standings.get(pupil).copied()).is_some())
        .map(|(pupil, choices)| SnapshotUnit {
            pupil,
            twin: None,
            choices: choices.into_iter().filter(|p| known.contains(p)).collect(),
        })
        .filter(|unit| !unit.choices.is_empty())
        .collect();
    units.sort_by_key(|u| u.pupil);
    Ok(PlacementSnapshot {
        mechanism: profile.placement(),
        tie_breaking: profile.tie_breaking(),
        seed,
        programmes,
        units,
        priorities: Vec::new(),
    })
}

/// Records each round-2 place as a change of round 1's placement, so everything that follows
/// round 1 with its changes shows it.
pub async fn record_places<C: ConnectionTrait>(
    txn: &C,
    round1: PlacementRunId,
    round2_run: PlacementRunId,
    placements: &[PupilPlacement],
    made_by: Uuid,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let reason = format!("round 2: placed by official run {round2_run}");
    for placement in placements {
        let Some(programme) = placement.programme else {
            continue;
        };
        reserve_offers::record_change(
            txn,
            Change {
                run: round1,
                pupil: placement.pupil,
                from: None,
                to: Some(programme),
                reason: &reason,
                made_by,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
