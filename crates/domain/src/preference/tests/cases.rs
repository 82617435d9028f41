//! Builds catalogues and drafts for the property tests: valid lists with chosen rules broken.

use crate::advice::Advice;
use crate::ids::ProgrammeId;
use crate::preference::{
    Catalogue, ListContext, ListDraft, ListEntry, ProgrammeOffer, SchoolOffer,
};
use crate::priority::{PriorityClaim, PriorityRuleKind};
use crate::region::{ListRoute, RegionProfile, RegionProfileConfig};
use crate::test_support::{programme, pupil, school};
use std::collections::BTreeSet;

const SCHOOLS: u128 = 16;
/// What the two broad programmes of every school admit: every listable level.
const LEVELS: [Advice; 5] = [
    Advice::VmboB,
    Advice::VmboK,
    Advice::VmboGT,
    Advice::Havo,
    Advice::Vwo,
];
const PICKY_SCHOOL: u128 = 99;
const PICKY: u128 = 990;
const UNKNOWN: u128 = 5_000;

fn broad(school: u128, second: bool) -> ProgrammeId {
    programme(school * 10 + u128::from(second))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Violation {
    Duplicate,
    Unknown,
    NotEligible,
    TooShort,
    TooLong,
    ClaimNotAtFirst,
    RuleNotInRegion,
    RuleNotOffered,
    SiblingNameMissing,
    SiblingClassMissing,
    TwinIsSelf,
}

impl Violation {
    pub(super) const ALL: [Violation; 11] = [
        Violation::Duplicate,
        Violation::Unknown,
        Violation::NotEligible,
        Violation::TooShort,
        Violation::TooLong,
        Violation::ClaimNotAtFirst,
        Violation::RuleNotInRegion,
        Violation::RuleNotOffered,
        Violation::SiblingNameMissing,
        Violation::SiblingClassMissing,
        Violation::TwinIsSelf,
    ];

    pub(super) fn code(&self) -> &'static str {
        match self {
            Violation::Duplicate => "duplicate",
            Violation::Unknown => "unknown_programme",
            Violation::NotEligible => "not_eligible",
            Violation::TooShort => "too_short",
            Violation::TooLong => "too_long",
            Violation::ClaimNotAtFirst => "priority_not_at_first_choice",
            Violation::RuleNotInRegion => "priority_rule_not_in_region",
            Violation::RuleNotOffered => "priority_rule_not_offered",
            Violation::SiblingNameMissing => "sibling_name_missing",
            Violation::SiblingClassMissing => "sibling_class_missing",
            Violation::TwinIsSelf => "twin_is_self",
        }
    }
}

/// SplitMix64: the test's own choices, reproducible from the proptest seed.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// A catalogue, region, pupil and draft, plus what the draft was built to break.
#[derive(Debug)]
pub(super) struct Case {
    pub catalogue: Catalogue,
    pub region: RegionProfile,
    pub advice: Advice,
    pub draft: ListDraft,
    pub minimum: usize,
    pub cap: Option<usize>,
}

impl Case {
    pub(super) fn context(&self) -> ListContext<'_> {
        ListContext {
            pupil: pupil(1),
            advice: self.advice,
            catalogue: &self.catalogue,
            region: &self.region,
            twin_programmes: None,
        }
    }
}

fn minimum(region: &RegionProfile, advice: Advice) -> usize {
    match region.list_route(advice) {
        ListRoute::List {
            min_distinct_schools,
        } => min_distinct_schools,
        ListRoute::Paper => 0,
    }
}

/// Builds a valid list for a listable advice, then breaks exactly the rules in `violations`.
pub(super) fn build(
    violations: &BTreeSet<Violation>,
    seed: u64,
    advice: Advice,
    amsterdam: bool,
) -> Case {
    let mut dice = Dice(seed);
    let has = |v: Violation| violations.contains(&v);
    let base = if amsterdam {
        RegionProfile::amsterdam()
    } else {
        RegionProfile::amstelland()
    };
    let min = minimum(&base, advice);

    let claim_kind = if has(Violation::SiblingNameMissing) || has(Violation::SiblingClassMissing) {
        PriorityRuleKind::Sibling
    } else {
        PriorityRuleKind::ALL[dice.below(4)]
    };
    let claim_at_first = has(Violation::RuleNotInRegion)
        || has(Violation::RuleNotOffered)
        || has(Violation::SiblingNameMissing)
        || has(Violation::SiblingClassMissing)
        || dice.coin();

    let mut config: RegionProfileConfig = base.config().clone();
    config.priority_rules = PriorityRuleKind::ALL
        .into_iter()
        .filter(|&kind| !(kind == claim_kind && has(Violation::RuleNotInRegion)))
        .collect();
    // A cap holds for every advice, so it cannot be below the largest minimum.
    let top = Advice::ALL
        .into_iter()
        .map(|a| minimum(&base, a))
        .max()
        .unwrap_or(0);
    config.max_distinct_schools = if has(Violation::TooLong) {
        Some(top)
    } else if dice.coin() {
        Some(top + dice.below(3))
    } else {
        None
    };
    let region = RegionProfile::new(config).unwrap();

    let mut order: Vec<u128> = (0..SCHOOLS).collect();
    dice.shuffle(&mut order);
    let first_school = order[0];

    let mut programmes = Vec::new();
    let mut schools = Vec::new();
    for n in 0..SCHOOLS {
        for second in [false, true] {
            programmes.push(ProgrammeOffer {
                id: broad(n, second),
                school: school(n),
                admitted: LEVELS.to_vec(),
            });
        }
        let mut rules: Vec<PriorityRuleKind> = PriorityRuleKind::ALL
            .into_iter()
            .filter(|_| dice.coin())
            .collect();
        if n == first_school {
            rules.retain(|&kind| kind != claim_kind);
            if !has(Violation::RuleNotOffered) {
                rules.push(claim_kind);
            }
        }
        schools.push(SchoolOffer {
            id: school(n),
            priority_rules: rules,
        });
    }
    let other_level = if advice.admission_level() == Advice::Vwo {
        Advice::VmboB
    } else {
        Advice::Vwo
    };
    programmes.push(ProgrammeOffer {
        id: programme(PICKY),
        school: school(PICKY_SCHOOL),
        admitted: vec![other_level],
    });
    let catalogue = Catalogue::new(programmes, schools);

    let listed = if has(Violation::TooShort) {
        min - 1
    } else {
        min
    };
    let too_long = if has(Violation::TooLong) {
        top + 1 - listed
    } else {
        0
    };
    let mut entries: Vec<ListEntry> = Vec::new();
    for &n in &order[..listed] {
        entries.push(ListEntry::new(broad(n, false)));
        if dice.below(4) == 0 {
            entries.push(ListEntry::new(broad(n, true)));
        }
    }
    for &n in &order[listed..listed + too_long] {
        entries.push(ListEntry::new(broad(n, false)));
    }
    if has(Violation::Duplicate) {
        let copy = entries[dice.below(entries.len())].programme;
        entries.push(ListEntry::new(copy));
    }
    if has(Violation::Unknown) {
        entries.push(ListEntry::new(programme(UNKNOWN)));
    }
    if has(Violation::NotEligible) {
        entries.push(ListEntry::new(programme(PICKY)));
    }
    if claim_at_first {
        entries[0].priority_claim = Some(match claim_kind {
            PriorityRuleKind::Sibling => PriorityClaim::Sibling {
                name: if has(Violation::SiblingNameMissing) {
                    " ".into()
                } else {
                    "Noor".into()
                },
                class: if has(Violation::SiblingClassMissing) {
                    String::new()
                } else {
                    "2B".into()
                },
            },
            PriorityRuleKind::StaffChild => PriorityClaim::StaffChild,
            PriorityRuleKind::Hardship => PriorityClaim::Hardship,
            PriorityRuleKind::Kopklas => PriorityClaim::Kopklas,
        });
    }
    if has(Violation::ClaimNotAtFirst) {
        if entries.len() < 2 {
            entries.push(ListEntry::new(broad(first_school, true)));
        }
        let rank = 1 + dice.below(entries.len() - 1);
        entries[rank].priority_claim = Some(PriorityClaim::Hardship);
    }
    let twin = if has(Violation::TwinIsSelf) {
        Some(pupil(1))
    } else {
        dice.coin().then(|| pupil(2))
    };
    let cap = region.max_distinct_schools();
    Case {
        catalogue,
        region,
        advice,
        draft: ListDraft { entries, twin },
        minimum: min,
        cap,
    }
}

/// Any draft at all over the same kind of catalogue, mostly near-valid.
pub(super) fn scramble(case: &mut Case, seed: u64) {
    let mut dice = Dice(seed ^ 0xA5A5);
    let pool: Vec<ProgrammeId> = (0..SCHOOLS)
        .flat_map(|n| [broad(n, false), broad(n, true)])
        .chain([programme(PICKY), programme(UNKNOWN)])
        .collect();
    for _ in 0..dice.below(4) {
        match dice.below(4) {
            0 if !case.draft.entries.is_empty() => {
                let at = dice.below(case.draft.entries.len());
                case.draft.entries.remove(at);
            }
            1 => case
                .draft
                .entries
                .push(ListEntry::new(pool[dice.below(pool.len())])),
            2 if !case.draft.entries.is_empty() => {
                let at = dice.below(case.draft.entries.len());
                case.draft.entries[at].priority_claim = Some(PriorityClaim::Sibling {
                    name: "Noor".into(),
                    class: "2B".into(),
                });
            }
            _ => case.advice = Advice::ALL[dice.below(Advice::ALL.len())],
        }
    }
}

/// Checks every rule without the code under test.
pub(super) fn keeps_every_rule(case: &Case) -> Result<(), String> {
    let ListRoute::List {
        min_distinct_schools,
    } = case.region.list_route(case.advice)
    else {
        return Err("the paper route admits no list".into());
    };
    let entries = &case.draft.entries;
    let mut seen = BTreeSet::new();
    let mut schools = BTreeSet::new();
    for entry in entries {
        if !seen.insert(entry.programme) {
            return Err(format!("{} is listed twice", entry.programme));
        }
        let offer = case
            .catalogue
            .programme(entry.programme)
            .ok_or("an unknown programme")?;
        if !offer.admitted.contains(&case.advice.admission_level()) {
            return Err(format!(
                "{} does not admit {}",
                entry.programme, case.advice
            ));
        }
        schools.insert(offer.school);
    }
    if schools.len() < min_distinct_schools {
        return Err(format!(
            "{} schools, fewer than {min_distinct_schools}",
            schools.len()
        ));
    }
    if case
        .region
        .max_distinct_schools()
        .is_some_and(|max| schools.len() > max)
    {
        return Err("more schools than the cap".into());
    }
    if entries
        .iter()
        .skip(1)
        .any(|entry| entry.priority_claim.is_some())
    {
        return Err("a claim below the 1st choice".into());
    }
    if let Some(first) = entries.first()
        && let Some(claim) = &first.priority_claim
    {
        let school = case
            .catalogue
            .programme(first.programme)
            .map(|offer| offer.school)
            .ok_or("no school")?;
        if !case.region.allows_priority_rule(claim.kind())
            || !case.catalogue.offers_priority_rule(school, claim.kind())
        {
            return Err(format!("claim {} not available", claim.kind()));
        }
        if let PriorityClaim::Sibling { name, class } = claim
            && (name.trim().is_empty() || class.trim().is_empty())
        {
            return Err("sibling without name or class".into());
        }
    }
    if case.draft.twin == Some(pupil(1)) {
        return Err("twin of itself".into());
    }
    Ok(())
}
