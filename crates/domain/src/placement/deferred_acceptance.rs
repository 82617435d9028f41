//! Pupil-proposing deferred acceptance with the twin rule: a programme holds the best units
//! by rank key and admits the next one while a seat is still free above it.

use super::instance::{Instance, NONE, Outcome};
use std::collections::BinaryHeap;

/// A programme's tentatively admitted units, worst key on top, and the seats they take.
struct Held {
    heap: BinaryHeap<(u64, u32)>,
    taken: u32,
}

/// Runs deferred acceptance: the pupil-optimal stable outcome for these rank keys.
pub fn deferred_acceptance(instance: &Instance) -> Outcome {
    // Canonical order keeps memory access sequential; sorting units by key first was slower.
    let mut free: Vec<u32> = (0..instance.units()).rev().collect();
    run(instance, &mut free)
}

/// The same, with units taking their turns in `order` (every unit exactly once). The outcome
/// does not depend on it; the tests check that.
#[cfg(test)]
pub(crate) fn deferred_acceptance_in_order(instance: &Instance, order: &[u32]) -> Outcome {
    let mut free: Vec<u32> = order.iter().rev().copied().collect();
    run(instance, &mut free)
}

/// `free` is a stack of units without a tentative place. A unit proposes down its list until
/// a programme holds it or its list runs out; units it pushes out go back on the stack and
/// continue later from their next choice.
fn run(instance: &Instance, free: &mut Vec<u32>) -> Outcome {
    let mut next = vec![0u8; instance.units() as usize];
    let mut held: Vec<Held> = instance
        .capacities
        .iter()
        .map(|&capacity| Held {
            heap: BinaryHeap::with_capacity(capacity as usize + 1),
            taken: 0,
        })
        .collect();
    while let Some(unit) = free.pop() {
        let range = instance.range(unit);
        let seats = u32::from(instance.seats[unit as usize]);
        loop {
            let index = range.start + usize::from(next[unit as usize]);
            if index >= range.end {
                break;
            }
            next[unit as usize] += 1;
            let programme = instance.choices[index] as usize;
            let capacity = instance.capacities[programme];
            let key = instance.keys[index];
            let holding = &mut held[programme];
            // Full, and ranked below everyone held: the common case, decided without the heap.
            if holding.taken >= capacity
                && holding.heap.peek().is_none_or(|&(worst, _)| key > worst)
            {
                continue;
            }
            holding.heap.push((key, unit));
            holding.taken += seats;
            let mut rejected = false;
            while let Some(out) = pop_excess(holding, capacity, instance) {
                if out == unit {
                    rejected = true;
                } else {
                    free.push(out);
                }
            }
            if !rejected {
                break;
            }
        }
    }
    let mut positions = vec![NONE; instance.units() as usize];
    for holding in held {
        for (_, unit) in holding.heap {
            positions[unit as usize] = u32::from(next[unit as usize]) - 1;
        }
    }
    Outcome { positions }
}

/// The held units form a prefix of the programme's order in which each unit found a free
/// seat above it; the worst unit stays only while the seats above it are below capacity.
fn pop_excess(holding: &mut Held, capacity: u32, instance: &Instance) -> Option<u32> {
    let &(_, worst) = holding.heap.peek()?;
    let seats = u32::from(instance.seats[worst as usize]);
    if holding.taken - seats >= capacity {
        holding.heap.pop();
        holding.taken -= seats;
        Some(worst)
    } else {
        None
    }
}
