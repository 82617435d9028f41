//! The frozen input of a placement run, its canonical hash, and its translation into the
//! dense [`Instance`] with lot numbers drawn from the seed.

use super::id_index::IdIndex;
use super::instance::{Instance, class_of, lot_of, rank_key};
use super::lottery::{Seed, lot_numbers};
use crate::ids::{ProgrammeId, PupilId};
use crate::region::{PlacementMechanism, TieBreaking};
use serde::{Deserialize, Serialize};

/// Everything a run depends on. Order inside the vectors does not matter: the hash, the
/// lottery and the engine all work on the canonical order (programmes and priorities by id,
/// units by their first pupil id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementSnapshot {
    pub mechanism: PlacementMechanism,
    pub tie_breaking: TieBreaking,
    pub seed: Seed,
    pub programmes: Vec<SnapshotProgramme>,
    pub units: Vec<SnapshotUnit>,
    #[serde(default)]
    pub priorities: Vec<SnapshotPriority>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotProgramme {
    pub id: ProgrammeId,
    pub capacity: u32,
}

/// A pupil with a definitive list, or linked twins (one list, one lot number, one unit).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotUnit {
    pub pupil: PupilId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twin: Option<PupilId>,
    /// Most preferred first.
    pub choices: Vec<ProgrammeId>,
}

/// A pupil's priority class at a programme; pupils without one have class 0. The convention:
/// 2 for an approved priority claim, 1 for a region placement category (primary school or
/// home town inside the region), 0 for everyone else. A twin unit has the higher of the
/// twins' classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotPriority {
    pub pupil: PupilId,
    pub programme: ProgrammeId,
    pub class: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    #[error("programme {programme} appears twice")]
    DuplicateProgramme { programme: ProgrammeId },
    #[error("pupil {pupil} appears in more than one place")]
    DuplicatePupil { pupil: PupilId },
    #[error("pupil {pupil} lists programme {programme}, which is not in the snapshot")]
    UnknownProgramme {
        pupil: PupilId,
        programme: ProgrammeId,
    },
    #[error("pupil {pupil} lists programme {programme} twice")]
    DuplicateChoice {
        pupil: PupilId,
        programme: ProgrammeId,
    },
    #[error("a priority names pupil {pupil}, who is not in the snapshot")]
    PriorityForUnknownPupil { pupil: PupilId },
    #[error("pupil {pupil} has more than one priority class at programme {programme}")]
    DuplicatePriority {
        pupil: PupilId,
        programme: ProgrammeId,
    },
    #[error("{what} exceeds the engine's limit")]
    TooLarge { what: &'static str },
}

/// The snapshot in canonical order, with the dense instance built from it.
pub(crate) struct Prepared<'a> {
    pub(crate) instance: Instance,
    /// Canonical programme order: index `p` of the instance is `programmes[p]`.
    pub(crate) programmes: Vec<ProgrammeId>,
    /// Canonical unit order: unit `u` of the instance is `units[u]` = (first, twin).
    pub(crate) units: Vec<&'a SnapshotUnit>,
}

impl SnapshotUnit {
    /// The unit's pupils in id order; a unit is sorted and found by the first.
    pub(crate) fn members(&self) -> (PupilId, Option<PupilId>) {
        match self.twin {
            Some(twin) if twin < self.pupil => (twin, Some(self.pupil)),
            twin => (self.pupil, twin),
        }
    }
}

impl PlacementSnapshot {
    /// Checks the snapshot, draws the lottery and builds the dense instance, with units in
    /// canonical order (by first pupil id) and programmes in id order.
    pub fn prepare_instance(&self) -> Result<Instance, SnapshotError> {
        self.prepare().map(|prepared| prepared.instance)
    }

    /// Checks the snapshot, draws the lottery and builds the dense instance.
    pub(crate) fn prepare(&self) -> Result<Prepared<'_>, SnapshotError> {
        let mut programmes: Vec<SnapshotProgramme> = self.programmes.clone();
        programmes.sort_unstable_by_key(|p| p.id);
        if let Some(pair) = programmes.windows(2).find(|pair| pair[0].id == pair[1].id) {
            return Err(SnapshotError::DuplicateProgramme {
                programme: pair[0].id,
            });
        }
        let ids: Vec<ProgrammeId> = programmes.iter().map(|p| p.id).collect();
        let lookup = IdIndex::new(&ids);
        let capacities: Vec<u32> = programmes.iter().map(|p| p.capacity).collect();
        let units = self.canonical_units();
        check_pupils_unique(&units)?;

        let total: usize = units.iter().map(|unit| unit.choices.len()).sum();
        let mut offsets = Vec::with_capacity(units.len() + 1);
        let mut choices = Vec::with_capacity(total);
        let mut seats = Vec::with_capacity(units.len());
        let mut seen = vec![usize::MAX; ids.len()];
        offsets.push(0u32);
        for (index, unit) in units.iter().enumerate() {
            if unit.choices.len() >= usize::from(u8::MAX) {
                return Err(SnapshotError::TooLarge { what: "a list" });
            }
            for &programme in &unit.choices {
                let pupil = unit.pupil;
                let position = lookup
                    .get(programme)
                    .ok_or(SnapshotError::UnknownProgramme { pupil, programme })?
                    as usize;
                if seen[position] == index {
                    return Err(SnapshotError::DuplicateChoice { pupil, programme });
                }
                seen[position] = index;
                choices.push(position as u32);
            }
            let end = u32::try_from(choices.len())
                .map_err(|_| SnapshotError::TooLarge { what: "the lists" })?;
            offsets.push(end);
            seats.push(if unit.twin.is_some() { 2 } else { 1 });
        }
        let unit_count =
            u32::try_from(units.len()).map_err(|_| SnapshotError::TooLarge { what: "units" })?;
        let keys = self.draw_keys(&ids, unit_count, &offsets, &choices);
        let mut instance = Instance {
            capacities,
            offsets,
            choices,
            keys,
            seats,
        };
        apply_priorities(&mut instance, &self.priorities, &units, &ids)?;
        Ok(Prepared {
            instance,
            programmes: ids,
            units,
        })
    }

    /// Class 0 keys with the lot numbers: one per unit (single), or one per unit per
    /// programme drawn over that programme's applicants in unit order (multiple). Both are
    /// permutations, so keys never tie at a programme.
    fn draw_keys(
        &self,
        ids: &[ProgrammeId],
        units: u32,
        offsets: &[u32],
        choices: &[u32],
    ) -> Vec<u64> {
        match self.tie_breaking {
            TieBreaking::Single => {
                let lots = lot_numbers(&self.seed, units);
                let mut keys = Vec::with_capacity(choices.len());
                for (unit, lot) in lots.iter().enumerate() {
                    let count = offsets[unit + 1] - offsets[unit];
                    keys.extend((0..count).map(|_| rank_key(0, *lot)));
                }
                keys
            }
            TieBreaking::Multiple => {
                let mut applicants = vec![0u32; ids.len()];
                for &programme in choices {
                    applicants[programme as usize] += 1;
                }
                let lots: Vec<Vec<u32>> = ids
                    .iter()
                    .zip(&applicants)
                    .map(|(&id, &count)| lot_numbers(&self.seed.for_programme(id), count))
                    .collect();
                let mut drawn = vec![0usize; ids.len()];
                choices
                    .iter()
                    .map(|&programme| {
                        let programme = programme as usize;
                        let lot = lots[programme][drawn[programme]];
                        drawn[programme] += 1;
                        rank_key(0, lot)
                    })
                    .collect()
            }
        }
    }
}

fn check_pupils_unique(units: &[&SnapshotUnit]) -> Result<(), SnapshotError> {
    let mut pupils: Vec<PupilId> = units
        .iter()
        .flat_map(|unit| std::iter::once(unit.pupil).chain(unit.twin))
        .collect();
    pupils.sort_unstable();
    match pupils.windows(2).find(|pair| pair[0] == pair[1]) {
        Some(pair) => Err(SnapshotError::DuplicatePupil { pupil: pair[0] }),
        None => Ok(()),
    }
}

fn apply_priorities(
    instance: &mut Instance,
    priorities: &[SnapshotPriority],
    units: &[&SnapshotUnit],
    programmes: &[ProgrammeId],
) -> Result<(), SnapshotError> {
    if priorities.is_empty() {
        return Ok(());
    }
    let mut given: Vec<&SnapshotPriority> = priorities.iter().collect();
    given.sort_unstable_by_key(|p| (p.pupil, p.programme));
    if let Some(pair) = given
        .windows(2)
        .find(|pair| (pair[0].pupil, pair[0].programme) == (pair[1].pupil, pair[1].programme))
    {
        return Err(SnapshotError::DuplicatePriority {
            pupil: pair[0].pupil,
            programme: pair[0].programme,
        });
    }
    for priority in &given {
        if programmes.binary_search(&priority.programme).is_err() {
            return Err(SnapshotError::UnknownProgramme {
                pupil: priority.pupil,
                programme: priority.programme,
            });
        }
    }
    let mut used = vec![false; given.len()];
    for (unit, snapshot_unit) in (0u32..).zip(units) {
        let (first, twin) = snapshot_unit.members();
        for pupil in std::iter::once(first).chain(twin) {
            let from = given.partition_point(|p| p.pupil < pupil);
            let to = from + given[from..].partition_point(|p| p.pupil == pupil);
            for at in from..to {
                used[at] = true;
                // A class at a programme the unit did not list changes nothing.
                let Ok(programme) = programmes.binary_search(&given[at].programme) else {
                    continue;
                };
                for index in instance.range(unit) {
                    if instance.choices[index] == programme as u32 {
                        let key = instance.keys[index];
                        let class = class_of(key).max(given[at].class);
                        instance.keys[index] = rank_key(class, lot_of(key));
                    }
                }
            }
        }
    }
    match used.iter().position(|&used| !used) {
        Some(at) => Err(SnapshotError::PriorityForUnknownPupil {
            pupil: given[at].pupil,
        }),
        None => Ok(()),
    }
}
