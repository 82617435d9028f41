//! Round 2 after publication: parents of pupils without a place submit a new list from the
//! programmes with seats left; the coordinator runs it through the same run pipeline (round
//! parameter 2); a VO school may withdraw a place at the parents' request, which frees it.
//!
//! The round-2 official run's places are recorded as placement changes against round 1's
//! official run, like an accepted reserve offer: the result page, the PO board, the VO lists
//! and the statistics all follow round 1 with its changes, so they show round 2 without a
//! second source. Round-2 results are published by the official round-2 run itself, which is
//! only possible once the round-2 window has closed; the result e-mails are due at once.

pub mod parent;
pub mod run;
pub mod withdrawal;

use std::collections::HashMap;

use overstap_domain::round2::{Round2WindowError, seats_left};
use overstap_domain::{PlacementRunId, ProcedureId, ProgrammeId, PupilId, RegionId};
use overstap_persistence::{placement_runs, reserve_offers, statistics};
use sea_orm::ConnectionTrait;

use crate::error::ApiError;

/// How many pupils hold a place at each programme after all changes of round 1's official run:
/// the run's grouped counts, corrected by the (few) pupils a change moved, so a parent's request
/// does not read every placement of the region.
pub async fn placed_after_changes<C: ConnectionTrait>(
    db: &C,
    round1: PlacementRunId,
) -> Result<HashMap<ProgrammeId, u32>, ApiError> {
    let mut placed = statistics::placed_per_programme(db, round1).await?;
    let changes = reserve_offers::latest_changes(db, round1).await?;
    let moved: Vec<PupilId> = changes.keys().copied().collect();
    let before = placement_runs::placements_of(db, round1, &moved).await?;
    for (pupil, now) in &changes {
        if let Some(count) = before
            .get(pupil)
            .and_then(|b| b.programme)
            .and_then(|p| placed.get_mut(&p))
        {
            *count = count.saturating_sub(1);
        }
        if let Some(programme) = now {
            *placed.entry(*programme).or_insert(0) += 1;
        }
    }
    Ok(placed)
}

/// Seats left per programme of the region in `procedure`: capacity minus `placed` (after all
/// changes).
pub async fn seats_left_per_programme<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    procedure: ProcedureId,
    placed: &HashMap<ProgrammeId, u32>,
) -> Result<HashMap<ProgrammeId, u32>, ApiError> {
    Ok(statistics::region_programmes(db, region, procedure)
        .await?
        .into_iter()
        .map(|p| {
            let taken = placed.get(&p.programme_id).copied().unwrap_or(0);
            (p.programme_id, seats_left(p.capacity, taken))
        })
        .collect())
}

/// 409: no round 2 planned, or outside its window (with both ends).
pub fn window_error(action: &str, error: Round2WindowError) -> ApiError {
    match error {
        Round2WindowError::NotPlanned => ApiError::Conflict {
            message: "This procedure plans no round 2.".to_owned(),
            facts: Some(serde_json::json!({ "reason": "round2_not_planned", "action": action })),
        },
        Round2WindowError::WindowClosed {
            opens_at,
            closes_at,
        } => ApiError::window_closed(action, opens_at, closes_at),
    }
}
