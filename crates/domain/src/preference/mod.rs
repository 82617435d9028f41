//! The preference list (voorkeurslijst): ranked programmes with an optional priority claim.

mod catalogue;
mod error;
mod rules;

pub use catalogue::{Catalogue, ProgrammeOffer, SchoolOffer};
pub use error::{PreferenceError, PreferenceErrors};

use crate::advice::Advice;
use crate::ids::{ProgrammeId, PupilId, SchoolId};
use crate::priority::PriorityClaim;
use crate::region::{ListRoute, RegionProfile};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One line of a list as the parent entered it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ListEntry {
    pub programme: ProgrammeId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_claim: Option<PriorityClaim>,
}

impl ListEntry {
    pub fn new(programme: ProgrammeId) -> ListEntry {
        ListEntry {
            programme,
            priority_claim: None,
        }
    }
}

/// A list as entered, not yet checked: what an AG registration holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListDraft {
    pub entries: Vec<ListEntry>,
    /// The twin button: the other pupil's registration is linked to this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twin: Option<PupilId>,
}

/// What a list is checked against.
#[derive(Debug, Clone, Copy)]
pub struct ListContext<'a> {
    pub pupil: PupilId,
    pub advice: Advice,
    pub catalogue: &'a Catalogue,
    pub region: &'a RegionProfile,
    /// The linked twin's definitive programmes, once the twin has confirmed: linked twins
    /// submit the same list.
    pub twin_programmes: Option<&'a [ProgrammeId]>,
}

/// A ranked programme with the school it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Choice {
    pub programme: ProgrammeId,
    pub school: SchoolId,
}

/// A list that keeps every rule of its region: holding one means it is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreferenceList {
    choices: Vec<Choice>,
    priority_claim: Option<PriorityClaim>,
    twin: Option<PupilId>,
}

impl PreferenceList {
    /// Checks every rule and reports every one that is broken, each with its own error.
    ///
    /// The length counts distinct schools among the known, eligible programmes: the schools
    /// that would remain once the other errors are fixed. On the paper route no list rule
    /// applies, so that is the only error reported.
    pub fn parse(
        draft: &ListDraft,
        context: &ListContext<'_>,
    ) -> Result<PreferenceList, PreferenceErrors> {
        let minimum = match context.region.list_route(context.advice) {
            ListRoute::Paper => {
                return Err(PreferenceErrors::new(vec![PreferenceError::PaperRoute {
                    advice: context.advice,
                }]));
            }
            ListRoute::List {
                min_distinct_schools,
            } => min_distinct_schools,
        };
        let mut errors = Vec::new();
        let choices = rules::check_entries(draft, context, &mut errors);
        rules::check_length(&choices, minimum, context.region, &mut errors);
        let claim = draft
            .entries
            .first()
            .and_then(|first| Some((first.programme, first.priority_claim.as_ref()?)));
        if let Some((first_programme, claim)) = claim {
            rules::check_claim(first_programme, claim, context, &mut errors);
        }
        rules::check_twin(draft, context, &mut errors);
        if !errors.is_empty() {
            return Err(PreferenceErrors::new(errors));
        }
        Ok(PreferenceList {
            choices,
            priority_claim: claim.map(|(_, claim)| claim.clone()),
            twin: draft.twin,
        })
    }

    pub fn choices(&self) -> &[Choice] {
        &self.choices
    }

    pub fn programmes(&self) -> impl Iterator<Item = ProgrammeId> + '_ {
        self.choices.iter().map(|choice| choice.programme)
    }

    /// Never `None` for a parsed list: every region requires at least one school.
    pub fn first_choice(&self) -> Option<&Choice> {
        self.choices.first()
    }

    pub fn distinct_schools(&self) -> usize {
        self.choices
            .iter()
            .map(|choice| choice.school)
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// The 1-based rank of `programme`, if listed.
    pub fn rank_of(&self, programme: ProgrammeId) -> Option<usize> {
        self.programmes()
            .position(|listed| listed == programme)
            .map(|index| index + 1)
    }

    /// The claim at the 1st choice.
    pub fn priority_claim(&self) -> Option<&PriorityClaim> {
        self.priority_claim.as_ref()
    }

    pub fn twin(&self) -> Option<PupilId> {
        self.twin
    }

    /// The list as entries again, e.g. to keep it as an editable draft after a withdrawal.
    pub fn to_draft(&self) -> ListDraft {
        ListDraft {
            entries: self
                .choices
                .iter()
                .enumerate()
                .map(|(index, choice)| ListEntry {
                    programme: choice.programme,
                    priority_claim: if index == 0 {
                        self.priority_claim.clone()
                    } else {
                        None
                    },
                })
                .collect(),
            twin: self.twin,
        }
    }
}

#[cfg(test)]
mod tests;
