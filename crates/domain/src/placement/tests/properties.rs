//! Properties of both mechanisms over small random instances, 1,000 cases each.

use super::support::{
    assert_capacity, assert_non_wasteful, assert_stable, problems, serial_dictatorship,
};
use crate::placement::deferred_acceptance::deferred_acceptance_in_order;
use crate::placement::{deferred_acceptance, immediate_acceptance, place, reserve_lists};
use crate::region::{PlacementMechanism, TieBreaking};
use proptest::prelude::*;
use std::collections::BTreeMap;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn deferred_acceptance_keeps_capacity_except_by_the_twin_rule(problem in problems(true)) {
        let instance = problem.instance();
        assert_capacity(&instance, &deferred_acceptance(&instance), false);
    }

    #[test]
    fn deferred_acceptance_is_stable(problem in problems(true)) {
        let instance = problem.instance();
        assert_stable(&instance, &deferred_acceptance(&instance));
    }

    #[test]
    fn deferred_acceptance_wastes_no_seat(problem in problems(true)) {
        let instance = problem.instance();
        assert_non_wasteful(&instance, &deferred_acceptance(&instance));
    }

    #[test]
    fn immediate_acceptance_keeps_capacity_and_wastes_no_seat(problem in problems(true)) {
        let instance = problem.instance();
        let outcome = immediate_acceptance(&instance);
        assert_capacity(&instance, &outcome, true);
        assert_non_wasteful(&instance, &outcome);
    }

    #[test]
    fn immediate_acceptance_never_gives_a_first_choice_away_to_a_later_one(
        problem in problems(true),
    ) {
        // Whoever got a programme as a first choice was not displaced by anyone who ranked it
        // lower, whatever the keys say.
        let instance = problem.instance();
        let outcome = immediate_acceptance(&instance);
        for unit in 0..instance.units() {
            if let Some(first) = instance.choices(unit).first()
                && outcome.position(unit) != Some(0)
            {
                let later = (0..instance.units()).any(|other| {
                    outcome.position(other).is_some_and(|at| at > 0)
                        && outcome.programme(&instance, other) == Some(*first)
                });
                prop_assert!(!later, "unit {} lost its 1st choice to a later choice", unit);
            }
        }
    }

    #[test]
    fn the_processing_order_does_not_change_the_outcome(
        problem in problems(true),
        shuffle_seed in any::<u64>(),
    ) {
        let instance = problem.instance();
        let mut order: Vec<u32> = (0..instance.units()).collect();
        let lots = crate::placement::lot_numbers(
            &crate::placement::Seed::from_bytes([shuffle_seed as u8; 32]),
            instance.units(),
        );
        order.sort_by_key(|&unit| lots[unit as usize]);
        prop_assert_eq!(
            deferred_acceptance_in_order(&instance, &order),
            deferred_acceptance(&instance)
        );
    }

    #[test]
    fn single_tie_breaking_without_priorities_is_serial_dictatorship(problem in problems(false)) {
        let mut problem = problem;
        problem.tie_breaking = TieBreaking::Single;
        let instance = problem.instance();
        let outcome = deferred_acceptance(&instance);
        let positions: Vec<Option<usize>> =
            (0..instance.units()).map(|unit| outcome.position(unit)).collect();
        prop_assert_eq!(positions, serial_dictatorship(&instance));
    }

    #[test]
    fn nobody_is_placed_twice_and_twins_are_placed_together(problem in problems(true)) {
        let snapshot = problem.snapshot(PlacementMechanism::DeferredAcceptance);
        let run = place(&snapshot).unwrap();
        let mut expected: Vec<_> = snapshot
            .units
            .iter()
            .flat_map(|unit| std::iter::once(unit.pupil).chain(unit.twin))
            .collect();
        expected.sort_unstable();
        let placed: Vec<_> = run.assignment.placements.iter().map(|p| p.pupil).collect();
        prop_assert_eq!(placed, expected);
        for unit in &snapshot.units {
            if let Some(twin) = unit.twin {
                prop_assert_eq!(
                    run.assignment.programme_of(unit.pupil),
                    run.assignment.programme_of(twin)
                );
            }
        }
    }

    #[test]
    fn the_same_snapshot_gives_the_same_run_whatever_the_order_of_its_rows(
        problem in problems(true),
        ia in any::<bool>(),
    ) {
        let mechanism = if ia {
            PlacementMechanism::ImmediateAcceptance
        } else {
            PlacementMechanism::DeferredAcceptance
        };
        let snapshot = problem.snapshot(mechanism);
        let first = place(&snapshot).unwrap();
        prop_assert_eq!(&place(&snapshot).unwrap(), &first);
        let mut reordered = snapshot.clone();
        reordered.units.reverse();
        reordered.programmes.reverse();
        reordered.priorities.reverse();
        let second = place(&reordered).unwrap();
        prop_assert_eq!(&second.input_hash, &first.input_hash);
        prop_assert_eq!(&second.output_hash, &first.output_hash);
        prop_assert_eq!(second, first);
    }

    #[test]
    fn reserve_lists_hold_exactly_those_who_ranked_the_programme_higher_in_order(
        problem in problems(true),
    ) {
        let instance = problem.instance();
        let outcome = deferred_acceptance(&instance);
        let lists = reserve_lists(&instance, &outcome);
        let mut expected: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for unit in 0..instance.units() {
            let got = outcome.position(unit).unwrap_or(usize::MAX);
            for &programme in instance.choices(unit).iter().take(got) {
                expected.entry(programme).or_default().push(unit);
            }
        }
        for (programme, list) in (0u32..).zip(&lists) {
            let mut units: Vec<u32> = list.iter().map(|entry| entry.unit).collect();
            units.sort_unstable();
            prop_assert_eq!(units, expected.get(&programme).cloned().unwrap_or_default());
            for pair in list.windows(2) {
                let key = |e: &crate::placement::ReserveEntry| {
                    (e.position, std::cmp::Reverse(e.class), std::cmp::Reverse(e.lot))
                };
                prop_assert!(key(&pair[0]) < key(&pair[1]));
            }
        }
    }
}
