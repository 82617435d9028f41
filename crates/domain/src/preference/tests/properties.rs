//! Property tests: accepted lists keep every rule; each broken rule gets exactly its own error.

use super::cases::{Violation, build, keeps_every_rule, scramble};
use crate::advice::Advice;
use crate::preference::{PreferenceError, PreferenceList};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn violation_sets() -> impl Strategy<Value = BTreeSet<Violation>> {
    prop::collection::btree_set(prop::sample::select(Violation::ALL.to_vec()), 0..=5)
        .prop_filter("a list cannot be too short and too long at once", |set| {
            !(set.contains(&Violation::TooShort) && set.contains(&Violation::TooLong))
        })
}

fn listable_advice() -> impl Strategy<Value = Advice> {
    prop::sample::select(Advice::ALL[1..].to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_list_that_parse_accepts_satisfies_every_rule(
        violations in violation_sets(),
        seed in any::<u64>(),
        advice in listable_advice(),
        amsterdam in any::<bool>(),
        scrambled in any::<bool>(),
    ) {
        let mut case = build(&violations, seed, advice, amsterdam);
        if scrambled {
            scramble(&mut case, seed);
        }
        if let Ok(list) = PreferenceList::parse(&case.draft, &case.context()) {
            prop_assert_eq!(keeps_every_rule(&case), Ok(()));
            prop_assert_eq!(list.to_draft(), case.draft.clone());
        }
    }

    #[test]
    fn every_violated_rule_is_reported_with_its_own_error(
        violations in violation_sets(),
        seed in any::<u64>(),
        advice in listable_advice(),
        amsterdam in any::<bool>(),
    ) {
        let case = build(&violations, seed, advice, amsterdam);
        let result = PreferenceList::parse(&case.draft, &case.context());
        if violations.is_empty() {
            prop_assert!(result.is_ok(), "{:?}", result);
            return Ok(());
        }
        let errors = result.err().unwrap().into_vec();
        let mut reported: Vec<&str> = errors.iter().map(PreferenceError::code).collect();
        reported.sort_unstable();
        let mut expected: Vec<&str> = violations.iter().map(Violation::code).collect();
        expected.sort_unstable();
        prop_assert_eq!(reported, expected, "{:?}", errors);
        let min = case.minimum;
        if violations.contains(&Violation::TooShort) {
            let too_short = PreferenceError::TooShort { required: min, given: min - 1 };
            prop_assert!(errors.contains(&too_short));
        }
        if violations.contains(&Violation::TooLong) {
            let max = case.cap.unwrap();
            let too_long = PreferenceError::TooLong { max, given: max + 1 };
            prop_assert!(errors.contains(&too_long));
        }
    }
}
