//! Small random instances for the properties, and the checks every outcome must pass.

use crate::placement::instance::{Instance, Outcome};
use crate::placement::lottery::{Seed, lot_numbers};
use crate::placement::snapshot::{
    PlacementSnapshot, SnapshotPriority, SnapshotProgramme, SnapshotUnit,
};
use crate::placement::synthetic::{synthetic_programme, synthetic_pupil};
use crate::placement::{Application, UnitSpec};
use crate::region::{PlacementMechanism, TieBreaking};
use proptest::prelude::*;
use proptest::sample::subsequence;

/// The raw material of an instance: kept as plain data so proptest can shrink it.
#[derive(Debug, Clone)]
pub(super) struct Problem {
    pub capacities: Vec<u32>,
    /// (twins, programmes most preferred first, class per programme index)
    pub units: Vec<(bool, Vec<u32>, Vec<u16>)>,
    pub lottery_seed: u64,
    pub tie_breaking: TieBreaking,
}

pub(super) fn problems(with_priorities: bool) -> impl Strategy<Value = Problem> {
    let tie = prop_oneof![Just(TieBreaking::Single), Just(TieBreaking::Multiple)];
    (1usize..=5, tie).prop_flat_map(move |(programmes, tie_breaking)| {
        let max_class = if with_priorities { 2u16 } else { 0 };
        let unit = (
            proptest::bool::weighted(0.2),
            subsequence((0..programmes as u32).collect::<Vec<_>>(), 0..=programmes).prop_shuffle(),
            proptest::collection::vec(0..=max_class, programmes),
        );
        (
            proptest::collection::vec(0u32..=3, programmes),
            proptest::collection::vec(unit, 0..=12),
            any::<u64>(),
        )
            .prop_map(move |(capacities, units, lottery_seed)| Problem {
                capacities,
                units,
                lottery_seed,
                tie_breaking,
            })
    })
}

fn seed(value: u64, programme: u32) -> Seed {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&value.to_be_bytes());
    bytes[8..12].copy_from_slice(&programme.to_be_bytes());
    Seed::from_bytes(bytes)
}

impl Problem {
    /// Lots are permutations (one for all programmes, or one per programme), so keys never tie.
    pub fn instance(&self) -> Instance {
        let n = self.units.len() as u32;
        let single = lot_numbers(&seed(self.lottery_seed, u32::MAX), n);
        let per_programme: Vec<Vec<u32>> = (0..self.capacities.len() as u32)
            .map(|programme| lot_numbers(&seed(self.lottery_seed, programme), n))
            .collect();
        let specs: Vec<UnitSpec> = self
            .units
            .iter()
            .enumerate()
            .map(|(unit, (twins, choices, classes))| UnitSpec {
                twins: *twins,
                applications: choices
                    .iter()
                    .map(|&programme| Application {
                        programme,
                        class: classes[programme as usize],
                        lot: match self.tie_breaking {
                            TieBreaking::Single => single[unit],
                            TieBreaking::Multiple => per_programme[programme as usize][unit],
                        },
                    })
                    .collect(),
            })
            .collect();
        Instance::new(self.capacities.clone(), &specs).unwrap()
    }

    /// The same problem as a snapshot: unit `u` is pupil `2u` (and twin `2u + 1`).
    pub fn snapshot(&self, mechanism: PlacementMechanism) -> PlacementSnapshot {
        let mut priorities = Vec::new();
        let units = (0u32..)
            .zip(&self.units)
            .map(|(unit, (twins, choices, classes))| {
                for &programme in choices {
                    let class = classes[programme as usize];
                    if class > 0 {
                        priorities.push(SnapshotPriority {
                            pupil: synthetic_pupil(2 * unit),
                            programme: synthetic_programme(programme),
                            class,
                        });
                    }
                }
                SnapshotUnit {
                    pupil: synthetic_pupil(2 * unit),
                    twin: twins.then(|| synthetic_pupil(2 * unit + 1)),
                    choices: choices.iter().map(|&p| synthetic_programme(p)).collect(),
                }
            })
            .collect();
        PlacementSnapshot {
            mechanism,
            tie_breaking: self.tie_breaking,
            seed: seed(self.lottery_seed, 0),
            programmes: (0u32..)
                .zip(&self.capacities)
                .map(|(index, &capacity)| SnapshotProgramme {
                    id: synthetic_programme(index),
                    capacity,
                })
                .collect(),
            units,
            priorities,
        }
    }
}

/// The programme's admitted units, best key first, with their keys.
fn admitted(instance: &Instance, outcome: &Outcome, programme: u32) -> Vec<(u64, u32)> {
    let mut admitted: Vec<(u64, u32)> = (0..instance.units())
        .filter_map(|unit| {
            let position = outcome.position(unit)?;
            let index = instance.range(unit).start + position;
            (instance.choices[index] == programme).then_some((instance.keys[index], unit))
        })
        .collect();
    admitted.sort_unstable();
    admitted
}

/// Seats taken at `programme` by admitted units whose key is better than `key`.
fn seats_above(instance: &Instance, outcome: &Outcome, programme: u32, key: u64) -> u32 {
    admitted(instance, outcome, programme)
        .iter()
        .filter(|(admitted_key, _)| *admitted_key < key)
        .map(|&(_, unit)| instance.seats(unit))
        .sum()
}

/// The twin rule: in the order a programme admits (by key; under immediate acceptance by
/// round, then key) every admitted unit found a free seat above it. So a programme is over
/// capacity only through its last admitted unit, a twin pair, and by at most one seat.
pub(super) fn assert_capacity(instance: &Instance, outcome: &Outcome, by_round: bool) {
    for programme in 0..instance.programmes() {
        let capacity = instance.capacity(programme);
        let mut order = admitted(instance, outcome, programme);
        if by_round {
            order.sort_by_key(|&(key, unit)| (outcome.position(unit), key));
        }
        let mut taken = 0;
        let mut twins = 0;
        for (_, unit) in order {
            assert!(
                taken < capacity,
                "programme {programme}: unit {unit} had no free seat"
            );
            taken += instance.seats(unit);
            twins += u32::from(instance.seats(unit) == 2);
        }
        assert!(
            taken <= capacity + twins.min(1),
            "programme {programme} over capacity"
        );
    }
}

/// Nobody prefers a programme that would take them: a programme a unit ranks above its
/// place already gives all its seats to units it ranks higher.
pub(super) fn assert_stable(instance: &Instance, outcome: &Outcome) {
    for unit in 0..instance.units() {
        let got = outcome.position(unit).unwrap_or(usize::MAX);
        for index in instance.range(unit).take(got) {
            let programme = instance.choices[index];
            let above = seats_above(instance, outcome, programme, instance.keys[index]);
            assert!(
                above >= instance.capacity(programme),
                "unit {unit} and programme {programme} block ({above} seats above)"
            );
        }
    }
}

/// No unit is unplaced or placed lower while a programme it ranks higher has a free seat.
pub(super) fn assert_non_wasteful(instance: &Instance, outcome: &Outcome) {
    let taken = outcome.seats_taken(instance);
    for unit in 0..instance.units() {
        let got = outcome.position(unit).unwrap_or(usize::MAX);
        for &programme in instance.choices(unit).iter().take(got) {
            assert!(
                taken[programme as usize] >= instance.capacity(programme),
                "unit {unit} is refused by programme {programme}, which has a free seat"
            );
        }
    }
}

/// Serial dictatorship: in lot order, each unit takes its best programme with a free seat.
pub(super) fn serial_dictatorship(instance: &Instance) -> Vec<Option<usize>> {
    let mut order: Vec<u32> = (0..instance.units()).collect();
    order.sort_by_key(|&unit| instance.keys.get(instance.range(unit).start).copied());
    let mut taken = vec![0; instance.programmes() as usize];
    let mut positions = vec![None; instance.units() as usize];
    for unit in order {
        let free = instance
            .choices(unit)
            .iter()
            .position(|&p| taken[p as usize] < instance.capacity(p));
        if let Some(position) = free {
            taken[instance.choices(unit)[position] as usize] += instance.seats(unit);
            positions[unit as usize] = Some(position);
        }
    }
    positions
}
