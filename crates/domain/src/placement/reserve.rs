//! Reserve lists: per programme, the units that ranked it above the place they got.

use super::instance::{Instance, Outcome, class_of, lot_of};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;

/// A unit waiting for a seat at one programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReserveEntry {
    pub unit: u32,
    /// 0-based position of the programme on the unit's list.
    pub position: u32,
    pub class: u16,
    pub lot: u32,
}

/// Per programme: every unit that lists it above its placement (or is unplaced), those who
/// ranked it 1st first, then 2nd, and so on; within a position the higher priority class
/// first, then (the Amsterdam rule) the highest lot number first, which gives the unlucky
/// end of the lottery the first chance at a seat that comes free.
pub fn reserve_lists(instance: &Instance, outcome: &Outcome) -> Vec<Vec<ReserveEntry>> {
    let mut lengths = vec![0usize; instance.capacities.len()];
    for unit in 0..instance.units() {
        let got = outcome.position(unit).unwrap_or(usize::MAX);
        for &programme in instance.choices(unit).iter().take(got) {
            lengths[programme as usize] += 1;
        }
    }
    let mut lists: Vec<Vec<ReserveEntry>> = lengths.into_iter().map(Vec::with_capacity).collect();
    for unit in 0..instance.units() {
        let got = outcome.position(unit).unwrap_or(usize::MAX);
        for (position, index) in instance.range(unit).enumerate().take(got) {
            let key = instance.keys[index];
            lists[instance.choices[index] as usize].push(ReserveEntry {
                unit,
                position: position as u32,
                class: class_of(key),
                lot: lot_of(key),
            });
        }
    }
    for list in &mut lists {
        list.sort_unstable_by_key(|entry| {
            (entry.position, Reverse(entry.class), Reverse(entry.lot))
        });
    }
    lists
}
