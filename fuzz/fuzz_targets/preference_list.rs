//! `PreferenceList::parse` on a draft, catalogue and region built from the fuzzer's bytes: never
//! panics, a refusal names at least one rule, and an accepted list keeps every rule itself.
//!
//! Ids are drawn from a few small numbers so that drafts often name catalogue programmes,
//! repeat a programme or share a school.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use overstap_domain::region::{ListRoute, PlacementMechanism, RegionProfileConfig, TieBreaking};
use overstap_domain::{
    Advice, Catalogue, ListContext, ListDraft, ListEntry, PreferenceList, PriorityClaim,
    PriorityRuleKind, ProgrammeId, ProgrammeOffer, PupilId, RegionProfile, SchoolId, SchoolOffer,
    admits,
};
use std::collections::{BTreeMap, BTreeSet};
use uuid::Uuid;

#[derive(Debug, Arbitrary)]
struct Input {
    region: Region,
    advice: u8,
    pupil: u8,
    programmes: Vec<Programme>,
    schools: Vec<School>,
    entries: Vec<Entry>,
    twin: Option<u8>,
    twin_programmes: Option<Vec<u8>>,
}

#[derive(Debug, Arbitrary)]
enum Region {
    Amstelland,
    Amsterdam,
    /// Per advice: 0 is the paper route, otherwise the minimum number of schools.
    Custom {
        minimums: [u8; 9],
        max: Option<u8>,
        rules: u8,
    },
}

#[derive(Debug, Arbitrary)]
struct Programme {
    id: u8,
    school: u8,
    /// One bit per `Advice::ALL` entry.
    admitted: u16,
}

#[derive(Debug, Arbitrary)]
struct School {
    id: u8,
    /// One bit per `PriorityRuleKind::ALL` entry.
    rules: u8,
}

#[derive(Debug, Arbitrary)]
struct Entry {
    programme: u8,
    claim: Option<Claim>,
}

#[derive(Debug, Arbitrary)]
enum Claim {
    Sibling { name: String, class: String },
    StaffChild,
    Hardship,
    Kopklas,
}

fn programme_id(n: u8) -> ProgrammeId {
    ProgrammeId::from_uuid(Uuid::from_u128(u128::from(n % 16) + 1))
}

fn school_id(n: u8) -> SchoolId {
    SchoolId::from_uuid(Uuid::from_u128(u128::from(n % 8) + 1))
}

fn pupil_id(n: u8) -> PupilId {
    PupilId::from_uuid(Uuid::from_u128(u128::from(n % 4) + 1))
}

fn advice(n: u8) -> Advice {
    Advice::ALL[usize::from(n) % Advice::ALL.len()]
}

fn rule_kinds(bits: u8) -> Vec<PriorityRuleKind> {
    PriorityRuleKind::ALL
        .into_iter()
        .enumerate()
        .filter(|(bit, _)| bits & (1 << bit) != 0)
        .map(|(_, kind)| kind)
        .collect()
}

/// `None` where `RegionProfile::new` refuses the configuration.
fn region(region: &Region) -> Option<RegionProfile> {
    match region {
        Region::Amstelland => Some(RegionProfile::amstelland()),
        Region::Amsterdam => Some(RegionProfile::amsterdam()),
        Region::Custom {
            minimums,
            max,
            rules,
        } => {
            let list_routes: BTreeMap<Advice, ListRoute> = Advice::ALL
                .into_iter()
                .zip(minimums)
                .map(|(advice, &minimum)| {
                    let route = match minimum % 8 {
                        0 => ListRoute::Paper,
                        minimum => ListRoute::List {
                            min_distinct_schools: usize::from(minimum),
                        },
                    };
                    (advice, route)
                })
                .collect();
            RegionProfile::new(RegionProfileConfig {
                name: "Fuzz".into(),
                list_routes,
                max_distinct_schools: max.map(|max| usize::from(max % 10)),
                priority_rules: rule_kinds(*rules),
                tie_breaking: TieBreaking::Single,
                publishes_lot_numbers: false,
                placement: PlacementMechanism::DeferredAcceptance,
            })
            .ok()
        }
    }
}

fn claim(claim: &Claim) -> PriorityClaim {
    match claim {
        Claim::Sibling { name, class } => PriorityClaim::Sibling {
            name: name.clone(),
            class: class.clone(),
        },
        Claim::StaffChild => PriorityClaim::StaffChild,
        Claim::Hardship => PriorityClaim::Hardship,
        Claim::Kopklas => PriorityClaim::Kopklas,
    }
}

fuzz_target!(|input: Input| {
    let Some(region) = region(&input.region) else {
        return;
    };
    let advice = advice(input.advice);
    let pupil = pupil_id(input.pupil);
    let catalogue = Catalogue::new(
        input.programmes.iter().map(|p| ProgrammeOffer {
            id: programme_id(p.id),
            school: school_id(p.school),
            admitted: Advice::ALL
                .into_iter()
                .enumerate()
                .filter(|(bit, _)| p.admitted & (1 << bit) != 0)
                .map(|(_, advice)| advice)
                .collect(),
        }),
        input.schools.iter().map(|s| SchoolOffer {
            id: school_id(s.id),
            priority_rules: rule_kinds(s.rules),
        }),
    );
    let draft = ListDraft {
        entries: input
            .entries
            .iter()
            .map(|e| ListEntry {
                programme: programme_id(e.programme),
                priority_claim: e.claim.as_ref().map(claim),
            })
            .collect(),
        twin: input.twin.map(pupil_id),
    };
    let twin_programmes: Option<Vec<ProgrammeId>> = input
        .twin_programmes
        .as_ref()
        .map(|ids| ids.iter().copied().map(programme_id).collect());
    let context = ListContext {
        pupil,
        advice,
        catalogue: &catalogue,
        region: &region,
        twin_programmes: twin_programmes.as_deref(),
    };

    let list = match PreferenceList::parse(&draft, &context) {
        Ok(list) => list,
        Err(errors) => {
            assert!(!errors.as_slice().is_empty(), "a refusal names no rule");
            if region.list_route(advice) == ListRoute::Paper {
                assert_eq!(errors.as_slice().len(), 1, "{errors}");
            }
            return;
        }
    };

    // Every entry was accepted, in order, and no programme twice.
    let choices = list.choices();
    assert_eq!(choices.len(), draft.entries.len());
    let programmes: BTreeSet<ProgrammeId> = list.programmes().collect();
    assert_eq!(programmes.len(), choices.len(), "a programme listed twice");
    for (index, (choice, entry)) in choices.iter().zip(&draft.entries).enumerate() {
        assert_eq!(choice.programme, entry.programme);
        let offer = catalogue.programme(choice.programme);
        let offer = offer.unwrap_or_else(|| panic!("unknown programme {}", choice.programme));
        assert_eq!(choice.school, offer.school);
        assert!(admits(&offer.admitted, advice), "not eligible");
        assert_eq!(list.rank_of(choice.programme), Some(index + 1));
        if index > 0 {
            assert!(entry.priority_claim.is_none(), "a claim below rank 1");
        }
    }

    // The region's length rule.
    let ListRoute::List {
        min_distinct_schools,
    } = region.list_route(advice)
    else {
        panic!("a list accepted on the paper route");
    };
    let schools: BTreeSet<SchoolId> = choices.iter().map(|c| c.school).collect();
    assert_eq!(list.distinct_schools(), schools.len());
    assert!(list.distinct_schools() >= min_distinct_schools);
    if let Some(max) = region.max_distinct_schools() {
        assert!(list.distinct_schools() <= max);
    }
    assert!(list.first_choice().is_some());

    // The claim at the 1st choice.
    assert_eq!(
        list.priority_claim(),
        draft
            .entries
            .first()
            .and_then(|e| e.priority_claim.as_ref())
    );
    if let (Some(claim), Some(first)) = (list.priority_claim(), list.first_choice()) {
        assert!(region.allows_priority_rule(claim.kind()));
        assert!(catalogue.offers_priority_rule(first.school, claim.kind()));
        if let PriorityClaim::Sibling { name, class } = claim {
            assert!(!name.trim().is_empty() && !class.trim().is_empty());
        }
    }

    // The twin link.
    assert_eq!(list.twin(), draft.twin);
    if let Some(twin) = list.twin() {
        assert_ne!(twin, pupil, "linked to itself");
        if let Some(twin_programmes) = &twin_programmes {
            assert!(list.programmes().eq(twin_programmes.iter().copied()));
        }
    }

    // Parsing the list's own draft again gives the same list.
    assert_eq!(list.to_draft(), draft);
    assert_eq!(PreferenceList::parse(&list.to_draft(), &context), Ok(list));
});
