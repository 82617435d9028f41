use super::*;
use crate::priority::PriorityRuleKind;
use crate::test_support::{World, programme, pupil, school};

mod cases;
mod properties;

fn errors(draft: &ListDraft, context: &ListContext<'_>) -> Vec<PreferenceError> {
    PreferenceList::parse(draft, context)
        .map(|_| Vec::new())
        .unwrap_or_else(PreferenceErrors::into_vec)
}

fn sibling(name: &str, class: &str) -> Option<PriorityClaim> {
    Some(PriorityClaim::Sibling {
        name: name.into(),
        class: class.into(),
    })
}

#[test]
fn a_list_of_five_schools_is_accepted_and_keeps_its_order_and_claim() {
    let world = World::amstelland();
    let mut draft = world.draft(6);
    draft.entries[0].priority_claim = sibling("Noor", "2B");
    let list = PreferenceList::parse(&draft, &world.context()).unwrap();
    assert_eq!(list.distinct_schools(), 6);
    assert_eq!(list.first_choice().map(|c| c.school), Some(school(0)));
    assert_eq!(list.rank_of(programme(2)), Some(3));
    assert_eq!(list.priority_claim(), sibling("Noor", "2B").as_ref());
    assert_eq!(list.to_draft(), draft);
}

#[test]
fn two_programmes_of_one_school_count_as_one_school() {
    let mut world = World::amstelland();
    let extra = ProgrammeOffer {
        id: programme(100),
        school: school(0),
        admitted: vec![Advice::Havo],
    };
    world.catalogue = Catalogue::new(world.catalogue.programmes().cloned().chain([extra]), []);
    let mut draft = world.draft(4);
    draft.entries.insert(1, ListEntry::new(programme(100)));
    assert_eq!(
        errors(&draft, &world.context()),
        [PreferenceError::TooShort {
            required: 5,
            given: 4
        }]
    );
}

#[test]
fn a_duplicate_an_unknown_and_an_ineligible_programme_are_each_reported_at_their_rank() {
    let mut world = World::amstelland();
    let havo_only = ProgrammeOffer {
        id: programme(200),
        school: school(9),
        admitted: vec![Advice::Havo],
    };
    world.catalogue = Catalogue::new(world.catalogue.programmes().cloned().chain([havo_only]), []);
    let mut draft = world.draft(5);
    draft.entries.push(ListEntry::new(programme(1)));
    draft.entries.push(ListEntry::new(programme(300)));
    draft.entries.push(ListEntry::new(programme(200)));
    let mut context = world.context();
    context.advice = Advice::VmboGTHavo;
    let found = errors(&draft, &context);
    assert!(found.contains(&PreferenceError::Duplicate {
        rank: 6,
        first_rank: 2,
        programme: programme(1)
    }));
    assert!(found.contains(&PreferenceError::UnknownProgramme {
        rank: 7,
        programme: programme(300)
    }));
    assert!(found.contains(&PreferenceError::NotEligible {
        rank: 8,
        programme: programme(200),
        advice: Advice::VmboGTHavo
    }));
}

#[test]
fn a_double_advice_may_list_what_admits_its_lower_level() {
    let world = World::amstelland();
    let mut context = world.context();
    context.advice = Advice::HavoVwo;
    assert!(PreferenceList::parse(&world.draft(5), &context).is_ok());
    context.advice = Advice::VmboGTHavo;
    assert_eq!(errors(&world.draft(5), &context).len(), 6);
}

#[test]
fn pro_pupils_register_on_paper_so_no_other_rule_is_reported() {
    let world = World::amstelland();
    let mut context = world.context();
    context.advice = Advice::Pro;
    assert_eq!(
        errors(&world.draft(1), &context),
        [PreferenceError::PaperRoute {
            advice: Advice::Pro
        }]
    );
    assert!(
        world
            .catalogue
            .eligible_programmes(Advice::Pro, &world.region)
            .is_empty()
    );
    assert_eq!(
        world
            .catalogue
            .eligible_programmes(Advice::Vwo, &world.region)
            .len(),
        6
    );
}

#[test]
fn a_list_longer_than_the_regions_cap_is_refused() {
    let mut world = World::amstelland();
    let mut config = world.region.config().clone();
    config.max_distinct_schools = Some(5);
    world.region = RegionProfile::new(config).unwrap();
    assert_eq!(
        errors(&world.draft(6), &world.context()),
        [PreferenceError::TooLong { max: 5, given: 6 }]
    );
}

#[test]
fn priority_is_claimed_only_at_the_first_choice() {
    let world = World::amstelland();
    let mut draft = world.draft(5);
    draft.entries[2].priority_claim = sibling("Noor", "2B");
    assert_eq!(
        errors(&draft, &world.context()),
        [PreferenceError::PriorityNotAtFirstChoice { rank: 3 }]
    );
}

#[test]
fn priority_is_claimed_only_if_the_first_choice_school_offers_the_rule() {
    let world = World::amstelland();
    let mut draft = world.draft(5);
    draft.entries.swap(0, 1);
    draft.entries[0].priority_claim = sibling("Noor", "2B");
    assert_eq!(
        errors(&draft, &world.context()),
        [PreferenceError::PriorityRuleNotOffered {
            school: school(1),
            kind: PriorityRuleKind::Sibling
        }]
    );
}

#[test]
fn sibling_priority_needs_the_siblings_name_and_class() {
    let world = World::amstelland();
    let mut draft = world.draft(5);
    draft.entries[0].priority_claim = sibling(" ", "");
    assert_eq!(
        errors(&draft, &world.context()),
        [
            PreferenceError::SiblingNameMissing,
            PreferenceError::SiblingClassMissing
        ]
    );
}

#[test]
fn amsterdam_refuses_the_sibling_rule_even_where_a_school_still_lists_it() {
    let world = World::amstelland();
    let catalogue = Catalogue::new(
        world.catalogue.programmes().cloned().map(|mut p| {
            p.admitted.push(Advice::VmboGT);
            p
        }),
        [SchoolOffer {
            id: school(0),
            priority_rules: vec![PriorityRuleKind::Sibling],
        }],
    );
    let amsterdam = RegionProfile::amsterdam();
    let context = ListContext {
        advice: Advice::VmboGT,
        catalogue: &catalogue,
        region: &amsterdam,
        ..world.context()
    };
    let mut draft = world.draft(6);
    draft.entries[0].priority_claim = sibling("Noor", "2B");
    assert_eq!(
        errors(&draft, &context),
        [PreferenceError::PriorityRuleNotInRegion {
            kind: PriorityRuleKind::Sibling
        }]
    );
}

#[test]
fn a_twin_link_points_to_another_pupil_with_the_same_list() {
    let world = World::amstelland();
    let mut draft = world.draft(5);
    draft.twin = Some(world.pupil);
    assert_eq!(
        errors(&draft, &world.context()),
        [PreferenceError::TwinIsSelf]
    );

    draft.twin = Some(pupil(2));
    let same: Vec<ProgrammeId> = (0..5).map(programme).collect();
    let mut context = world.context();
    context.twin_programmes = Some(&same);
    assert_eq!(
        PreferenceList::parse(&draft, &context).unwrap().twin(),
        Some(pupil(2))
    );
    let reversed: Vec<ProgrammeId> = same.iter().rev().copied().collect();
    context.twin_programmes = Some(&reversed);
    assert_eq!(
        errors(&draft, &context),
        [PreferenceError::TwinListDiffers { twin: pupil(2) }]
    );
}

#[test]
fn the_errors_read_as_one_sentence_per_rule() {
    let world = World::amstelland();
    let mut draft = world.draft(2);
    draft.twin = Some(world.pupil);
    let message = PreferenceList::parse(&draft, &world.context())
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        "the list names 2 distinct schools; at least 5 are required; \
         a pupil cannot be linked to itself as its twin"
    );
}

#[test]
fn a_draft_round_trips_through_json_without_empty_fields() {
    let world = World::amstelland();
    let mut draft = world.draft(2);
    draft.entries[0].priority_claim = sibling("Noor", "2B");
    let json = serde_json::to_string(&draft).unwrap();
    assert!(!json.contains("twin"), "{json}");
    assert_eq!(serde_json::from_str::<ListDraft>(&json).unwrap(), draft);
}
