//! Priority rules (voorrangsregels) a school may offer, and a parent's claim to one.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The kinds of priority rule the sources describe. Which ones a region allows is part of
/// its [`crate::RegionProfile`]; which ones a school offers is part of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorityRuleKind {
    /// A brother or sister already attends the school (Amstelland).
    Sibling,
    /// A parent works at the school.
    StaffChild,
    /// The hardship clause (hardheidsclausule), decided case by case.
    Hardship,
    /// A Kopklas pupil at the school that runs the Kopklas (Amsterdam).
    Kopklas,
}

impl PriorityRuleKind {
    pub const ALL: [PriorityRuleKind; 4] = [
        PriorityRuleKind::Sibling,
        PriorityRuleKind::StaffChild,
        PriorityRuleKind::Hardship,
        PriorityRuleKind::Kopklas,
    ];

    pub const fn as_str(&self) -> &'static str {
        match self {
            PriorityRuleKind::Sibling => "sibling",
            PriorityRuleKind::StaffChild => "staff_child",
            PriorityRuleKind::Hardship => "hardship",
            PriorityRuleKind::Kopklas => "kopklas",
        }
    }
}

impl std::str::FromStr for PriorityRuleKind {
    type Err = crate::UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PriorityRuleKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or_else(|| crate::UnknownName {
                what: "priority rule",
                value: s.to_owned(),
            })
    }
}

impl fmt::Display for PriorityRuleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the parent ticks at the 1st choice; the VO school verifies it before placement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PriorityClaim {
    /// The sibling's name and class let the school check the claim.
    Sibling {
        name: String,
        class: String,
    },
    StaffChild,
    Hardship,
    Kopklas,
}

impl PriorityClaim {
    pub fn kind(&self) -> PriorityRuleKind {
        match self {
            PriorityClaim::Sibling { .. } => PriorityRuleKind::Sibling,
            PriorityClaim::StaffChild => PriorityRuleKind::StaffChild,
            PriorityClaim::Hardship => PriorityRuleKind::Hardship,
            PriorityClaim::Kopklas => PriorityRuleKind::Kopklas,
        }
    }
}

crate::names::closed_set! {
    /// A VO school's decision on a claim; the placement gives priority for `Approved` only.
    pub enum PriorityVerdict ("priority verdict") {
        Approved = "approved",
        Rejected = "rejected",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sibling_claim_serialises_with_its_kind_name_and_class() {
        let claim = PriorityClaim::Sibling {
            name: "Noor de Vries".into(),
            class: "2B".into(),
        };
        let json = serde_json::to_string(&claim).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"sibling","name":"Noor de Vries","class":"2B"}"#
        );
        assert_eq!(serde_json::from_str::<PriorityClaim>(&json).unwrap(), claim);
        assert_eq!(claim.kind(), PriorityRuleKind::Sibling);
    }

    #[test]
    fn every_rule_kind_serialises_as_its_name() {
        for kind in PriorityRuleKind::ALL {
            assert_eq!(
                serde_json::to_string(&kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
    }
}
