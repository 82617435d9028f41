//! The rules of a preference list, each adding its own error when broken.

use super::{Choice, ListContext, ListDraft, PreferenceError};
use crate::advice::admits;
use crate::ids::ProgrammeId;
use crate::priority::PriorityClaim;
use crate::region::RegionProfile;
use std::collections::{BTreeSet, HashMap};

/// Per entry: a claim only at rank 1, no programme twice, known and admitting the advice.
/// Returns the entries that pass, as choices.
pub(super) fn check_entries(
    draft: &ListDraft,
    context: &ListContext<'_>,
    errors: &mut Vec<PreferenceError>,
) -> Vec<Choice> {
    let mut choices = Vec::with_capacity(draft.entries.len());
    let mut first_ranks: HashMap<ProgrammeId, usize> = HashMap::new();
    for (index, entry) in draft.entries.iter().enumerate() {
        let rank = index + 1;
        let programme = entry.programme;
        if rank > 1 && entry.priority_claim.is_some() {
            errors.push(PreferenceError::PriorityNotAtFirstChoice { rank });
        }
        if let Some(&first_rank) = first_ranks.get(&programme) {
            // Reported once as a duplicate; its other faults are already reported at first_rank.
            errors.push(PreferenceError::Duplicate {
                rank,
                first_rank,
                programme,
            });
            continue;
        }
        first_ranks.insert(programme, rank);
        match context.catalogue.programme(programme) {
            None => errors.push(PreferenceError::UnknownProgramme { rank, programme }),
            Some(offer) if !admits(&offer.admitted, context.advice) => {
                errors.push(PreferenceError::NotEligible {
                    rank,
                    programme,
                    advice: context.advice,
                });
            }
            Some(offer) => choices.push(Choice {
                programme,
                school: offer.school,
            }),
        }
    }
    choices
}

/// The number of distinct schools among the valid choices, against the region's bounds.
pub(super) fn check_length(
    choices: &[Choice],
    minimum: usize,
    region: &RegionProfile,
    errors: &mut Vec<PreferenceError>,
) {
    let given = choices
        .iter()
        .map(|choice| choice.school)
        .collect::<BTreeSet<_>>()
        .len();
    if given < minimum {
        errors.push(PreferenceError::TooShort {
            required: minimum,
            given,
        });
    }
    if let Some(max) = region.max_distinct_schools()
        && given > max
    {
        errors.push(PreferenceError::TooLong { max, given });
    }
}

/// The claim at the 1st choice: a rule of the region, offered by that school, and for the
/// sibling rule with the sibling's name and class.
pub(super) fn check_claim(
    first_programme: ProgrammeId,
    claim: &PriorityClaim,
    context: &ListContext<'_>,
    errors: &mut Vec<PreferenceError>,
) {
    let kind = claim.kind();
    if !context.region.allows_priority_rule(kind) {
        errors.push(PreferenceError::PriorityRuleNotInRegion { kind });
    }
    if let Some(offer) = context.catalogue.programme(first_programme)
        && !context.catalogue.offers_priority_rule(offer.school, kind)
    {
        errors.push(PreferenceError::PriorityRuleNotOffered {
            school: offer.school,
            kind,
        });
    }
    if let PriorityClaim::Sibling { name, class } = claim {
        if name.trim().is_empty() {
            errors.push(PreferenceError::SiblingNameMissing);
        }
        if class.trim().is_empty() {
            errors.push(PreferenceError::SiblingClassMissing);
        }
    }
}

/// The twin link points to another pupil, and linked twins submit the same programmes.
pub(super) fn check_twin(
    draft: &ListDraft,
    context: &ListContext<'_>,
    errors: &mut Vec<PreferenceError>,
) {
    let Some(twin) = draft.twin else {
        return;
    };
    if twin == context.pupil {
        errors.push(PreferenceError::TwinIsSelf);
    }
    if let Some(twin_programmes) = context.twin_programmes {
        let same = draft
            .entries
            .iter()
            .map(|entry| entry.programme)
            .eq(twin_programmes.iter().copied());
        if !same {
            errors.push(PreferenceError::TwinListDiffers { twin });
        }
    }
}
