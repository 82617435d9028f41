//! Synthetic placement problems of a realistic shape, for benchmarks and load tests.

use super::lottery::Seed;
use super::snapshot::{PlacementSnapshot, SnapshotPriority, SnapshotProgramme, SnapshotUnit};
use crate::ids::{ProgrammeId, PupilId};
use crate::region::{PlacementMechanism, TieBreaking};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use uuid::Uuid;

/// The size and mix of a synthetic problem.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SyntheticShape {
    pub pupils: u32,
    pub programmes: u32,
    pub choices: u32,
    /// Seats over pupils, e.g. 1.1.
    pub seats_per_pupil: f64,
    /// Popularity of the `i`-th programme is `1 / (i + 1)^skew`.
    pub skew: f64,
    pub mechanism: PlacementMechanism,
    pub tie_breaking: TieBreaking,
}

impl SyntheticShape {
    /// Amsterdam-sized DA-STB: `pupils` pupils choosing `choices` of `programmes` programmes.
    pub fn new(pupils: u32, programmes: u32, choices: u32) -> SyntheticShape {
        SyntheticShape {
            pupils,
            programmes,
            choices: choices.min(programmes),
            seats_per_pupil: 1.1,
            skew: 0.8,
            mechanism: PlacementMechanism::DeferredAcceptance,
            tie_breaking: TieBreaking::Single,
        }
    }
}

pub fn synthetic_programme(index: u32) -> ProgrammeId {
    ProgrammeId::from_uuid(Uuid::from_u128(0x9900_0000_0000 + u128::from(index)))
}

pub fn synthetic_pupil(index: u32) -> PupilId {
    PupilId::from_uuid(Uuid::from_u128(0x7700_0000_0000 + u128::from(index)))
}

/// A snapshot of the given shape, the same for the same `generator_seed`. About 1 in 100
/// units are twins; 3 in 100 pupils hold an approved claim (class 2) at their 1st choice and
/// 20 in 100 a region category (class 1) at one of their first three choices.
pub fn synthetic_snapshot(shape: SyntheticShape, generator_seed: u64) -> PlacementSnapshot {
    let mut rng = ChaCha8Rng::seed_from_u64(generator_seed);
    let programmes: Vec<SnapshotProgramme> = (0..shape.programmes)
        .map(|index| SnapshotProgramme {
            id: synthetic_programme(index),
            capacity: (f64::from(shape.pupils) * shape.seats_per_pupil
                / f64::from(shape.programmes.max(1)))
            .ceil() as u32,
        })
        .collect();
    let mut cumulative = Vec::with_capacity(shape.programmes as usize);
    let mut total = 0.0;
    for index in 0..shape.programmes {
        total += 1.0 / f64::from(index + 1).powf(shape.skew);
        cumulative.push(total);
    }
    let mut units = Vec::new();
    let mut priorities = Vec::new();
    let mut taken = vec![u32::MAX; shape.programmes as usize];
    let mut pupil = 0;
    while pupil < shape.pupils {
        let twins = pupil + 1 < shape.pupils && rng.next_u32() % 100 == 0;
        let mut choices = Vec::with_capacity(shape.choices as usize);
        while choices.len() < shape.choices as usize {
            let x = unit_interval(&mut rng) * total;
            let index = cumulative
                .partition_point(|&c| c <= x)
                .min(cumulative.len() - 1);
            if taken[index] != pupil {
                taken[index] = pupil;
                choices.push(synthetic_programme(index as u32));
            }
        }
        let roll = rng.next_u32() % 100;
        if roll < 3 {
            priorities.push((pupil, choices[0], 2));
        } else if roll < 23 && !choices.is_empty() {
            let at = (rng.next_u32() as usize % 3).min(choices.len() - 1);
            priorities.push((pupil, choices[at], 1));
        }
        units.push(SnapshotUnit {
            pupil: synthetic_pupil(pupil),
            twin: twins.then(|| synthetic_pupil(pupil + 1)),
            choices,
        });
        pupil += if twins { 2 } else { 1 };
    }
    let mut seed = [0u8; 32];
    rng.fill_bytes(&mut seed);
    PlacementSnapshot {
        mechanism: shape.mechanism,
        tie_breaking: shape.tie_breaking,
        seed: Seed::from_bytes(seed),
        programmes,
        units,
        priorities: priorities
            .into_iter()
            .map(|(pupil, programme, class)| SnapshotPriority {
                pupil: synthetic_pupil(pupil),
                programme,
                class,
            })
            .collect(),
    }
}

fn unit_interval(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}
