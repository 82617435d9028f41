//! The rules a preference list can break, one error per broken rule.

use crate::advice::Advice;
use crate::ids::{ProgrammeId, PupilId, SchoolId};
use crate::priority::PriorityRuleKind;
use std::fmt;

/// Ranks are 1-based, as parents see them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreferenceError {
    #[error("advice {advice} registers with the paper form, not with a preference list")]
    PaperRoute { advice: Advice },
    #[error("choice {rank}: programme {programme} is not offered in this procedure")]
    UnknownProgramme { rank: usize, programme: ProgrammeId },
    #[error("choice {rank}: programme {programme} is already choice {first_rank}")]
    Duplicate {
        rank: usize,
        first_rank: usize,
        programme: ProgrammeId,
    },
    #[error("choice {rank}: programme {programme} does not admit advice {advice}")]
    NotEligible {
        rank: usize,
        programme: ProgrammeId,
        advice: Advice,
    },
    #[error("the list names {given} distinct schools; at least {required} are required")]
    TooShort { required: usize, given: usize },
    #[error("the list names {given} distinct schools; at most {max} are allowed")]
    TooLong { max: usize, given: usize },
    #[error("choice {rank}: priority can be claimed only at the 1st choice")]
    PriorityNotAtFirstChoice { rank: usize },
    #[error("priority rule {kind} is not used in this region")]
    PriorityRuleNotInRegion { kind: PriorityRuleKind },
    #[error("school {school} of the 1st choice offers no {kind} priority rule")]
    PriorityRuleNotOffered {
        school: SchoolId,
        kind: PriorityRuleKind,
    },
    #[error("the sibling rule needs the sibling's name")]
    SiblingNameMissing,
    #[error("the sibling rule needs the sibling's class")]
    SiblingClassMissing,
    #[error("a pupil cannot be linked to itself as its twin")]
    TwinIsSelf,
    #[error("linked twins submit the same list; this one differs from twin {twin}'s")]
    TwinListDiffers { twin: PupilId },
}

impl PreferenceError {
    /// A stable snake_case name for the rule, e.g. for an API error code.
    pub const fn code(&self) -> &'static str {
        match self {
            PreferenceError::PaperRoute { .. } => "paper_route",
            PreferenceError::UnknownProgramme { .. } => "unknown_programme",
            PreferenceError::Duplicate { .. } => "duplicate",
            PreferenceError::NotEligible { .. } => "not_eligible",
            PreferenceError::TooShort { .. } => "too_short",
            PreferenceError::TooLong { .. } => "too_long",
            PreferenceError::PriorityNotAtFirstChoice { .. } => "priority_not_at_first_choice",
            PreferenceError::PriorityRuleNotInRegion { .. } => "priority_rule_not_in_region",
            PreferenceError::PriorityRuleNotOffered { .. } => "priority_rule_not_offered",
            PreferenceError::SiblingNameMissing => "sibling_name_missing",
            PreferenceError::SiblingClassMissing => "sibling_class_missing",
            PreferenceError::TwinIsSelf => "twin_is_self",
            PreferenceError::TwinListDiffers { .. } => "twin_list_differs",
        }
    }
}

/// Every rule a list breaks; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreferenceErrors(Vec<PreferenceError>);

impl PreferenceErrors {
    pub(super) fn new(errors: Vec<PreferenceError>) -> Self {
        PreferenceErrors(errors)
    }

    pub fn as_slice(&self) -> &[PreferenceError] {
        &self.0
    }

    pub fn into_vec(self) -> Vec<PreferenceError> {
        self.0
    }

    pub fn iter(&self) -> std::slice::Iter<'_, PreferenceError> {
        self.0.iter()
    }
}

impl IntoIterator for PreferenceErrors {
    type Item = PreferenceError;
    type IntoIter = std::vec::IntoIter<PreferenceError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl fmt::Display for PreferenceErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PreferenceErrors {}
