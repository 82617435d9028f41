//! A placement run from a snapshot: the outcome per pupil, reserve lists, and the hashes
//! that make the run auditable.

use super::ENGINE_VERSION;
use super::deferred_acceptance::deferred_acceptance;
use super::hash::Canonical;
use super::immediate_acceptance::immediate_acceptance;
use super::instance::{Instance, Outcome};
use super::reserve::reserve_lists;
use super::snapshot::{PlacementSnapshot, Prepared, SnapshotError};
use crate::ids::{ProgrammeId, PupilId};
use crate::region::{PlacementMechanism, TieBreaking};
use serde::{Deserialize, Serialize};

/// Runs the mechanism on a dense instance.
pub fn solve(instance: &Instance, mechanism: PlacementMechanism) -> Outcome {
    match mechanism {
        PlacementMechanism::DeferredAcceptance => deferred_acceptance(instance),
        PlacementMechanism::ImmediateAcceptance => immediate_acceptance(instance),
    }
}

/// The result of [`place`]: store it whole with the snapshot; both are immutable afterwards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementRun {
    pub engine_version: String,
    pub input_hash: String,
    pub output_hash: String,
    pub assignment: Assignment,
    /// One per programme, in programme id order (empty lists included).
    pub reserve_lists: Vec<ReserveList>,
}

/// Where every pupil was placed, sorted by pupil id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub placements: Vec<PupilPlacement>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilPlacement {
    pub pupil: PupilId,
    pub programme: Option<ProgrammeId>,
    /// 1-based rank of the programme on the pupil's list.
    pub choice_rank: Option<u32>,
    /// The pupil's lot number under single tie-breaking (lower won); `None` under multiple.
    pub lot_number: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReserveList {
    pub programme: ProgrammeId,
    /// First in line first.
    pub entries: Vec<ReserveListEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReserveListEntry {
    pub pupil: PupilId,
    /// The linked twin, who waits together with the pupil.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twin: Option<PupilId>,
    /// 1-based rank of this programme on the pupil's list.
    pub choice_rank: u32,
    pub priority_class: u16,
    /// The lot number at this programme.
    pub lot_number: u32,
}

impl Assignment {
    /// SHA-256 (hex) over the domain tag "overstap-assignment-v1", the number of pupils and,
    /// per pupil in id order, its 16 UUID bytes then 0x00 (unplaced) or 0x01 and the
    /// programme's 16 UUID bytes.
    pub fn output_hash(&self) -> String {
        let mut canonical = Canonical::new("overstap-assignment-v1");
        canonical.u64(self.placements.len() as u64);
        for placement in &self.placements {
            canonical.raw(placement.pupil.as_uuid().as_bytes());
            match placement.programme {
                None => canonical.u8(0),
                Some(programme) => {
                    canonical.u8(1);
                    canonical.raw(programme.as_uuid().as_bytes());
                }
            }
        }
        canonical.finish()
    }

    pub fn programme_of(&self, pupil: PupilId) -> Option<ProgrammeId> {
        self.placements
            .binary_search_by_key(&pupil, |placement| placement.pupil)
            .ok()
            .and_then(|found| self.placements[found].programme)
    }
}

/// Runs a placement: checks the snapshot, draws the lottery from its seed, applies its
/// mechanism, and returns the assignment, the reserve lists and both hashes. A pure
/// function of the snapshot: the same snapshot gives the same run, byte for byte.
pub fn place(snapshot: &PlacementSnapshot) -> Result<PlacementRun, SnapshotError> {
    let input_hash = snapshot.input_hash();
    let Prepared {
        instance,
        programmes,
        units,
    } = snapshot.prepare()?;
    let outcome = solve(&instance, snapshot.mechanism);
    let single = snapshot.tie_breaking == TieBreaking::Single;
    let waiting = reserve_lists(&instance, &outcome);
    let placed_at: Vec<u32> = (0..instance.units())
        .map(|unit| outcome.programme(&instance, unit).unwrap_or(u32::MAX))
        .collect();
    let lots: Vec<u32> = (0..instance.units())
        .map(|unit| match instance.choices(unit) {
            [] => u32::MAX,
            _ => instance.application(unit, 0).lot,
        })
        .collect();
    // The instance is the largest structure here; free it before the id-level results grow.
    drop(instance);
    let mut placements = Vec::with_capacity(units.len() * 2);
    for (unit, snapshot_unit) in (0u32..).zip(&units) {
        let (first, twin) = snapshot_unit.members();
        let position = outcome.position(unit);
        let lot = lots[unit as usize];
        for pupil in std::iter::once(first).chain(twin) {
            placements.push(PupilPlacement {
                pupil,
                programme: position.map(|_| programmes[placed_at[unit as usize] as usize]),
                choice_rank: position.map(|at| at as u32 + 1),
                lot_number: (single && lot != u32::MAX).then_some(lot),
            });
        }
    }
    drop((placed_at, lots));
    placements.sort_unstable_by_key(|placement| placement.pupil);
    let assignment = Assignment { placements };
    let reserve_lists = waiting
        .into_iter()
        .zip(&programmes)
        .map(|(entries, &programme)| ReserveList {
            programme,
            entries: entries
                .into_iter()
                .map(|entry| ReserveListEntry {
                    pupil: units[entry.unit as usize].members().0,
                    twin: units[entry.unit as usize].members().1,
                    choice_rank: entry.position + 1,
                    priority_class: entry.class,
                    lot_number: entry.lot,
                })
                .collect(),
        })
        .collect();
    Ok(PlacementRun {
        engine_version: ENGINE_VERSION.to_owned(),
        input_hash,
        output_hash: assignment.output_hash(),
        assignment,
        reserve_lists,
    })
}
