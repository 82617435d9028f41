//! Immediate acceptance ("first choices first"): round `k` considers every unplaced unit's
//! `k`-th choice, and a programme's admissions are final the moment they are made.

use super::instance::{Instance, NONE, Outcome};

/// Runs immediate acceptance with the same rank keys and twin rule as deferred acceptance: in
/// each round a programme admits its applicants in key order while a seat is still free.
pub fn immediate_acceptance(instance: &Instance) -> Outcome {
    let mut positions = vec![NONE; instance.units() as usize];
    let mut taken = vec![0u32; instance.capacities.len()];
    let longest = (0..instance.units())
        .map(|unit| instance.range(unit).len())
        .max()
        .unwrap_or(0);
    // (programme, key, unit): sorting puts each programme's applicants together, best first.
    let mut round: Vec<(u32, u64, u32)> = Vec::with_capacity(instance.units() as usize);
    for position in 0..longest {
        round.clear();
        for unit in 0..instance.units() {
            let range = instance.range(unit);
            if positions[unit as usize] == NONE && position < range.len() {
                let index = range.start + position;
                round.push((instance.choices[index], instance.keys[index], unit));
            }
        }
        round.sort_unstable();
        for &(programme, _, unit) in &round {
            let programme = programme as usize;
            if taken[programme] < instance.capacities[programme] {
                taken[programme] += instance.seats(unit);
                positions[unit as usize] = position as u32;
            }
        }
    }
    Outcome { positions }
}
