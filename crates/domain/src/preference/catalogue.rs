//! What the VO schools offer in one procedure: programmes, their admitted levels, priority rules.

use crate::advice::{Advice, admits};
use crate::ids::{ProgrammeId, SchoolId};
use crate::priority::PriorityRuleKind;
use crate::region::{ListRoute, RegionProfile};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A programme (opleiding) a preference list can rank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeOffer {
    pub id: ProgrammeId,
    pub school: SchoolId,
    /// The single levels it admits; see [`crate::advice::admits`].
    pub admitted: Vec<Advice>,
}

/// The priority rules a school publishes in the keuzegids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolOffer {
    pub id: SchoolId,
    pub priority_rules: Vec<PriorityRuleKind>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    programmes: BTreeMap<ProgrammeId, ProgrammeOffer>,
    priority_rules: BTreeMap<SchoolId, Vec<PriorityRuleKind>>,
}

impl Catalogue {
    /// Schools without a `SchoolOffer` offer no priority rule.
    pub fn new(
        programmes: impl IntoIterator<Item = ProgrammeOffer>,
        schools: impl IntoIterator<Item = SchoolOffer>,
    ) -> Catalogue {
        Catalogue {
            programmes: programmes.into_iter().map(|p| (p.id, p)).collect(),
            priority_rules: schools
                .into_iter()
                .map(|s| (s.id, s.priority_rules))
                .collect(),
        }
    }

    pub fn programme(&self, id: ProgrammeId) -> Option<&ProgrammeOffer> {
        self.programmes.get(&id)
    }

    pub fn programmes(&self) -> impl Iterator<Item = &ProgrammeOffer> {
        self.programmes.values()
    }

    pub fn priority_rules(&self, school: SchoolId) -> &[PriorityRuleKind] {
        self.priority_rules.get(&school).map_or(&[], Vec::as_slice)
    }

    pub fn offers_priority_rule(&self, school: SchoolId, kind: PriorityRuleKind) -> bool {
        self.priority_rules(school).contains(&kind)
    }

    /// The programmes a pupil with `advice` may list in `region`: none on the paper route,
    /// otherwise those admitting the pupil's admission level.
    pub fn eligible_programmes(
        &self,
        advice: Advice,
        region: &RegionProfile,
    ) -> Vec<&ProgrammeOffer> {
        match region.list_route(advice) {
            ListRoute::Paper => Vec::new(),
            ListRoute::List { .. } => self
                .programmes()
                .filter(|programme| admits(&programme.admitted, advice))
                .collect(),
        }
    }
}
