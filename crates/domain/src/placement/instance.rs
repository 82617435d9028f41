//! The engine's input in dense form: programmes and units as `u32` indexes, one rank key per
//! application, checked once so the mechanisms never have to.

use serde::{Deserialize, Serialize};

/// Marks "no programme" / "no position" in the flat outcome vectors.
pub(crate) const NONE: u32 = u32::MAX;

/// One line of a unit's list: the programme, the unit's priority class there (higher wins)
/// and its lot number there (lower wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub programme: u32,
    pub class: u16,
    pub lot: u32,
}

/// What applies together: one pupil, or linked twins who share a list and a lot number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitSpec {
    pub twins: bool,
    /// Most preferred first.
    pub applications: Vec<Application>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    #[error("unit {unit} lists programme {programme}, but there are only {programmes} programmes")]
    UnknownProgramme {
        unit: u32,
        programme: u32,
        programmes: u32,
    },
    #[error("unit {unit} lists programme {programme} twice")]
    DuplicateChoice { unit: u32, programme: u32 },
    #[error("units {first} and {second} tie at programme {programme} (class {class}, lot {lot})")]
    Tie {
        programme: u32,
        class: u16,
        lot: u32,
        first: u32,
        second: u32,
    },
    #[error("{what} exceeds the engine's limit of {limit}")]
    TooLarge { what: &'static str, limit: u64 },
}

/// A checked placement problem. Holding one means: every listed programme exists, no list
/// names a programme twice, and no two units share a rank key at a programme, so every
/// programme's order is strict and the outcome cannot depend on the order of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    pub(crate) capacities: Vec<u32>,
    /// `offsets[u]..offsets[u + 1]` are unit `u`'s entries in `choices` and `keys`.
    pub(crate) offsets: Vec<u32>,
    pub(crate) choices: Vec<u32>,
    /// Lower wins: `(u16::MAX - class) << 32 | lot`.
    pub(crate) keys: Vec<u64>,
    /// Seats a unit takes once admitted: 1, or 2 for twins.
    pub(crate) seats: Vec<u8>,
}

pub(crate) fn rank_key(class: u16, lot: u32) -> u64 {
    (u64::from(u16::MAX - class) << 32) | u64::from(lot)
}

pub(crate) fn class_of(key: u64) -> u16 {
    u16::MAX - (key >> 32) as u16
}

pub(crate) fn lot_of(key: u64) -> u32 {
    key as u32
}

impl Instance {
    pub fn new(capacities: Vec<u32>, units: &[UnitSpec]) -> Result<Instance, InstanceError> {
        let programmes = u32::try_from(capacities.len()).map_err(|_| too_large("programmes"))?;
        if programmes == NONE || u32::try_from(units.len()).is_err() {
            return Err(too_large("programmes or units"));
        }
        let total: usize = units.iter().map(|unit| unit.applications.len()).sum();
        let mut offsets = Vec::with_capacity(units.len() + 1);
        let mut choices = Vec::with_capacity(total);
        let mut keys = Vec::with_capacity(total);
        let mut seats = Vec::with_capacity(units.len());
        let mut seen = vec![NONE; capacities.len()];
        offsets.push(0);
        for (unit, spec) in (0u32..).zip(units) {
            if spec.applications.len() >= u8::MAX as usize {
                return Err(too_large("a list's length"));
            }
            for application in &spec.applications {
                let programme = application.programme;
                if programme >= programmes {
                    return Err(InstanceError::UnknownProgramme {
                        unit,
                        programme,
                        programmes,
                    });
                }
                if seen[programme as usize] == unit {
                    return Err(InstanceError::DuplicateChoice { unit, programme });
                }
                seen[programme as usize] = unit;
                choices.push(programme);
                keys.push(rank_key(application.class, application.lot));
            }
            offsets.push(u32::try_from(choices.len()).map_err(|_| too_large("applications"))?);
            seats.push(if spec.twins { 2 } else { 1 });
        }
        let instance = Instance {
            capacities,
            offsets,
            choices,
            keys,
            seats,
        };
        instance.check_strict_orders()?;
        Ok(instance)
    }

    /// Sorts every application by (programme, key) once; neighbours with equal keys tie.
    fn check_strict_orders(&self) -> Result<(), InstanceError> {
        let mut entries: Vec<(u32, u64, u32)> = Vec::with_capacity(self.choices.len());
        for unit in 0..self.units() {
            for index in self.range(unit) {
                entries.push((self.choices[index], self.keys[index], unit));
            }
        }
        entries.sort_unstable();
        match entries
            .windows(2)
            .find(|pair| pair[0].0 == pair[1].0 && pair[0].1 == pair[1].1)
        {
            Some(pair) => Err(InstanceError::Tie {
                programme: pair[0].0,
                class: class_of(pair[0].1),
                lot: lot_of(pair[0].1),
                first: pair[0].2,
                second: pair[1].2,
            }),
            None => Ok(()),
        }
    }

    pub fn programmes(&self) -> u32 {
        self.capacities.len() as u32
    }

    pub fn units(&self) -> u32 {
        self.seats.len() as u32
    }

    pub fn capacity(&self, programme: u32) -> u32 {
        self.capacities[programme as usize]
    }

    /// 1, or 2 for a twin unit.
    pub fn seats(&self, unit: u32) -> u32 {
        u32::from(self.seats[unit as usize])
    }

    /// The unit's programmes, most preferred first.
    pub fn choices(&self, unit: u32) -> &[u32] {
        &self.choices[self.range(unit)]
    }

    /// The unit's application at list position `position` (0-based).
    pub fn application(&self, unit: u32, position: usize) -> Application {
        let index = self.range(unit).start + position;
        let key = self.keys[index];
        Application {
            programme: self.choices[index],
            class: class_of(key),
            lot: lot_of(key),
        }
    }

    pub(crate) fn range(&self, unit: u32) -> std::ops::Range<usize> {
        self.offsets[unit as usize] as usize..self.offsets[unit as usize + 1] as usize
    }
}

fn too_large(what: &'static str) -> InstanceError {
    InstanceError::TooLarge {
        what,
        limit: u64::from(u32::MAX - 1),
    }
}

/// Where each unit ended up: the list position it holds, or none.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Outcome {
    /// Per unit: the 0-based list position of its placement, or [`NONE`].
    pub(crate) positions: Vec<u32>,
}

impl Outcome {
    /// The 0-based position on the unit's list of the programme it got.
    pub fn position(&self, unit: u32) -> Option<usize> {
        let position = self.positions[unit as usize];
        (position != NONE).then_some(position as usize)
    }

    pub fn programme(&self, instance: &Instance, unit: u32) -> Option<u32> {
        self.position(unit)
            .map(|position| instance.choices(unit)[position])
    }

    /// Seats taken at every programme (a twin unit takes two).
    pub fn seats_taken(&self, instance: &Instance) -> Vec<u32> {
        let mut taken = vec![0; instance.capacities.len()];
        for unit in 0..instance.units() {
            if let Some(programme) = self.programme(instance, unit) {
                taken[programme as usize] += instance.seats(unit);
            }
        }
        taken
    }
}
