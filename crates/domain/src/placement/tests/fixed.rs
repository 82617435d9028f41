//! Fixed cases: the twin rule, immediate acceptance, the lottery's golden values, errors.

use crate::placement::{
    Application, Instance, InstanceError, Seed, UnitSpec, deferred_acceptance,
    immediate_acceptance, lot_numbers, reserve_lists,
};

fn unit(twins: bool, lots: &[(u32, u32)]) -> UnitSpec {
    UnitSpec {
        twins,
        applications: lots
            .iter()
            .map(|&(programme, lot)| Application {
                programme,
                class: 0,
                lot,
            })
            .collect(),
    }
}

fn positions(instance: &Instance, outcome: &crate::placement::Outcome) -> Vec<Option<usize>> {
    (0..instance.units()).map(|u| outcome.position(u)).collect()
}

#[test]
fn twins_who_would_be_split_by_independent_draws_are_placed_together() {
    // Programme 0 has 2 seats. Drawn separately, twin A (lot 0) and single S (lot 1) would
    // fill it and twin B (lot 2) would go to programme 1. As one unit on A's number, the
    // twins take programme 0 together and S moves on.
    let separately = Instance::new(
        vec![2, 5],
        &[
            unit(false, &[(0, 0), (1, 0)]),
            unit(false, &[(0, 1), (1, 1)]),
            unit(false, &[(0, 2), (1, 2)]),
        ],
    )
    .unwrap();
    let split = deferred_acceptance(&separately);
    assert_eq!(positions(&separately, &split), [Some(0), Some(0), Some(1)]);

    let linked = Instance::new(
        vec![2, 5],
        &[
            unit(true, &[(0, 0), (1, 0)]),
            unit(false, &[(0, 1), (1, 1)]),
        ],
    )
    .unwrap();
    let together = deferred_acceptance(&linked);
    assert_eq!(positions(&linked, &together), [Some(0), Some(1)]);
    assert_eq!(together.seats_taken(&linked), [2, 1]);
}

#[test]
fn twins_need_one_free_seat_and_may_take_a_programme_one_over_capacity() {
    // 2 seats: a single with a better lot takes one, the twins still find one free seat.
    let instance = Instance::new(
        vec![2],
        &[
            unit(false, &[(0, 0)]),
            unit(true, &[(0, 1)]),
            unit(false, &[(0, 2)]),
        ],
    )
    .unwrap();
    let outcome = deferred_acceptance(&instance);
    assert_eq!(positions(&instance, &outcome), [Some(0), Some(0), None]);
    assert_eq!(outcome.seats_taken(&instance), [3]);
}

#[test]
fn a_better_twin_pair_displaces_two_singles_at_once() {
    let instance = Instance::new(
        vec![2, 2],
        &[
            unit(false, &[(0, 1), (1, 1)]),
            unit(false, &[(0, 2), (1, 2)]),
            unit(true, &[(0, 0), (1, 0)]),
        ],
    )
    .unwrap();
    let outcome = deferred_acceptance(&instance);
    assert_eq!(positions(&instance, &outcome), [Some(1), Some(1), Some(0)]);
}

#[test]
fn immediate_acceptance_honours_first_choices_before_better_lots() {
    // Unit 0 has the best lot but loses programme 0 as 1st choice to unit 1; in round 2
    // programme 1 is already full with unit 2's 1st choice. Deferred acceptance instead
    // gives unit 0 programme 1.
    let instance = Instance::new(
        vec![1, 1],
        &[
            unit(false, &[(0, 5), (1, 0)]),
            unit(false, &[(0, 1)]),
            unit(false, &[(1, 2)]),
        ],
    )
    .unwrap();
    let ia = immediate_acceptance(&instance);
    assert_eq!(positions(&instance, &ia), [None, Some(0), Some(0)]);
    let da = deferred_acceptance(&instance);
    assert_eq!(positions(&instance, &da), [Some(1), Some(0), None]);
}

#[test]
fn immediate_acceptance_admits_by_priority_class_then_lot_within_a_round() {
    let with_class = |class, lot| UnitSpec {
        twins: false,
        applications: vec![Application {
            programme: 0,
            class,
            lot,
        }],
    };
    let instance = Instance::new(
        vec![1],
        &[with_class(0, 0), with_class(1, 9), with_class(0, 1)],
    )
    .unwrap();
    let outcome = immediate_acceptance(&instance);
    assert_eq!(positions(&instance, &outcome), [None, Some(0), None]);
    assert_eq!(deferred_acceptance(&instance), outcome);
}

#[test]
fn the_lottery_gives_the_same_numbers_for_the_same_seed_forever() {
    // Cross-checked with the independent Python reproduction in docs/matching.md.
    let seed = Seed::from_bytes(*b"overstap golden seed 2026-04-15!");
    assert_eq!(lot_numbers(&seed, 10), [2, 9, 6, 5, 1, 8, 0, 7, 4, 3]);
    assert_eq!(
        lot_numbers(&Seed::from_bytes([0; 32]), 8),
        [1, 4, 3, 2, 0, 5, 7, 6]
    );
    assert_eq!(lot_numbers(&seed, 0), Vec::<u32>::new());
    assert_eq!(lot_numbers(&seed, 1), [0]);
}

#[test]
fn the_lottery_is_a_permutation_and_spreads_evenly() {
    let mut sorted = lot_numbers(&Seed::from_bytes([7; 32]), 5_000);
    sorted.sort_unstable();
    assert_eq!(sorted, (0..5_000).collect::<Vec<_>>());
    // Who draws lot 0 among 4 entrants, over 4,000 seeds: about 1,000 each.
    let mut wins = [0u32; 4];
    for draw in 0u32..4_000 {
        let mut bytes = [0u8; 32];
        bytes[..4].copy_from_slice(&draw.to_le_bytes());
        let lots = lot_numbers(&Seed::from_bytes(bytes), 4);
        wins[lots.iter().position(|&lot| lot == 0).unwrap()] += 1;
    }
    assert!(wins.iter().all(|&w| (880..1120).contains(&w)), "{wins:?}");
}

#[test]
fn the_seed_commitment_is_the_sha256_of_the_seed_bytes() {
    assert_eq!(
        Seed::from_bytes([0; 32]).commitment(),
        "66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925"
    );
    let seed = Seed::from_bytes([0xab; 32]);
    assert_eq!(Seed::parse(&seed.to_hex()), Ok(seed));
    assert!(Seed::parse("abc").is_err());
    assert!(Seed::parse(&"zz".repeat(32)).is_err());
}

#[test]
fn reserve_lists_put_earlier_ranks_first_then_higher_class_then_the_highest_lot() {
    let spec = |applications: &[(u32, u16, u32)]| UnitSpec {
        twins: false,
        applications: applications
            .iter()
            .map(|&(programme, class, lot)| Application {
                programme,
                class,
                lot,
            })
            .collect(),
    };
    let instance = Instance::new(
        vec![1, 10],
        &[
            spec(&[(0, 0, 0), (1, 0, 0)]), // best lot, displaced by unit 4's class
            spec(&[(0, 0, 1), (1, 0, 1)]), // 1st choice lost, lot 1
            spec(&[(0, 0, 4), (1, 0, 4)]), // 1st choice lost, lot 4
            spec(&[(1, 0, 2), (0, 0, 2)]), // placed at its 1st choice: not waiting
            spec(&[(0, 1, 3), (1, 0, 3)]), // class 1 at programme 0: gets it
            spec(&[(1, 0, 5)]),
        ],
    )
    .unwrap();
    let outcome = deferred_acceptance(&instance);
    let lists = reserve_lists(&instance, &outcome);
    let waiting: Vec<u32> = lists[0].iter().map(|entry| entry.unit).collect();
    assert_eq!(outcome.position(4), Some(0));
    assert_eq!(waiting, [2, 1, 0]);
    assert!(lists[1].is_empty());
}

#[test]
fn an_instance_refuses_unknown_programmes_repeated_choices_and_ties() {
    assert_eq!(
        Instance::new(vec![1], &[unit(false, &[(1, 0)])]),
        Err(InstanceError::UnknownProgramme {
            unit: 0,
            programme: 1,
            programmes: 1
        })
    );
    assert_eq!(
        Instance::new(vec![1], &[unit(false, &[(0, 0), (0, 1)])]),
        Err(InstanceError::DuplicateChoice {
            unit: 0,
            programme: 0
        })
    );
    assert_eq!(
        Instance::new(vec![1], &[unit(false, &[(0, 3)]), unit(false, &[(0, 3)])]),
        Err(InstanceError::Tie {
            programme: 0,
            class: 0,
            lot: 3,
            first: 0,
            second: 1
        })
    );
}
