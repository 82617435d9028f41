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

use overstap_domain::round2::{Round1Standing, Round2WindowError, seats_left};
use overstap_domain::{ProgrammeId, PupilId, RegionId};
use overstap_persistence::{round2, statistics};
use sea_orm::ConnectionTrait;

use crate::error::ApiError;

/// Seats left per programme of the region: capacity minus the pupils placed there after all
/// changes.
pub async fn seats_left_per_programme<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    standings: &HashMap<PupilId, Round1Standing>,
) -> Result<HashMap<ProgrammeId, u32>, ApiError> {
    let placed = round2::placed_per_programme(standings);
    Ok(statistics::region_programmes(db, region)
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
