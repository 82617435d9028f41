//! Region profiles: the rules that differ per region, as data, so a new region is configuration.

use crate::advice::Advice;
use crate::priority::PriorityRuleKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How pupils with one advice register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "route", rename_all = "snake_case")]
pub enum ListRoute {
    /// No preference list: the PO school prints the paper ELK form (pro, VSO).
    Paper,
    /// A preference list naming at least this many distinct schools.
    List { min_distinct_schools: usize },
}

/// How lottery ties are broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TieBreaking {
    /// One lot number per pupil for every school (Amsterdam's DA-STB).
    Single,
    /// A separate lot number per school.
    Multiple,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacementMechanism {
    /// Pupil-proposing deferred acceptance: losing at a 1st choice costs nothing at the 2nd.
    DeferredAcceptance,
    /// Immediate acceptance ("first choices first").
    ImmediateAcceptance,
}

/// A region's rules as configured; [`RegionProfile::new`] checks them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionProfileConfig {
    pub name: String,
    /// One route for every advice.
    pub list_routes: BTreeMap<Advice, ListRoute>,
    /// A cap on distinct schools, if the region has one.
    pub max_distinct_schools: Option<usize>,
    /// The priority rule kinds schools of this region may offer.
    pub priority_rules: Vec<PriorityRuleKind>,
    pub tie_breaking: TieBreaking,
    /// Whether parents see their lot number with the result.
    pub publishes_lot_numbers: bool,
    pub placement: PlacementMechanism,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegionProfileError {
    #[error("no list route is configured for advice {advice}")]
    MissingRoute { advice: Advice },
    #[error("advice {advice} requires a list of at least 0 schools; use the paper route instead")]
    EmptyMinimum { advice: Advice },
    #[error("advice {advice} requires {minimum} schools but the region allows at most {maximum}")]
    MaximumBelowMinimum {
        advice: Advice,
        minimum: usize,
        maximum: usize,
    },
}

/// A checked region profile: every advice has a route and every minimum is reachable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RegionProfileConfig", into = "RegionProfileConfig")]
pub struct RegionProfile {
    config: RegionProfileConfig,
}

impl RegionProfile {
    pub fn new(config: RegionProfileConfig) -> Result<RegionProfile, RegionProfileError> {
        for advice in Advice::ALL {
            match config.list_routes.get(&advice) {
                None => return Err(RegionProfileError::MissingRoute { advice }),
                Some(ListRoute::List {
                    min_distinct_schools: 0,
                }) => return Err(RegionProfileError::EmptyMinimum { advice }),
                Some(&ListRoute::List {
                    min_distinct_schools: minimum,
                }) => match config.max_distinct_schools {
                    Some(maximum) if maximum < minimum => {
                        return Err(RegionProfileError::MaximumBelowMinimum {
                            advice,
                            minimum,
                            maximum,
                        });
                    }
                    _ => {}
                },
                Some(ListRoute::Paper) => {}
            }
        }
        Ok(RegionProfile { config })
    }

    /// The built-in profile a region names (`amstelland`, `amsterdam`), if there is one.
    pub fn named(key: &str) -> Option<RegionProfile> {
        match key {
            "amstelland" => Some(RegionProfile::amstelland()),
            "amsterdam" => Some(RegionProfile::amsterdam()),
            _ => None,
        }
    }

    /// Amstelland (Kernprocedure Amstelland): lists of 2 schools for vmbo-b up to vmbo-k and
    /// 5 from vmbo-(g)t; pro on paper; sibling and staff-child priority at the 1st choice;
    /// school-level lotteries (a number per school) whose numbers are not published.
    pub fn amstelland() -> RegionProfile {
        RegionProfile {
            config: RegionProfileConfig {
                name: "Amstelland".into(),
                list_routes: routes(&[(Advice::VmboB, 2), (Advice::VmboGT, 5)]),
                max_distinct_schools: None,
                priority_rules: vec![PriorityRuleKind::Sibling, PriorityRuleKind::StaffChild],
                tie_breaking: TieBreaking::Multiple,
                publishes_lot_numbers: false,
                placement: PlacementMechanism::DeferredAcceptance,
            },
        }
    }

    /// Amsterdam (central lottery and matching): lists of 4, 6 and 12 schools; pro on paper;
    /// sibling priority abolished, only the hardship clause and Kopklas remain; DA-STB with
    /// one published lot number per pupil.
    pub fn amsterdam() -> RegionProfile {
        RegionProfile {
            config: RegionProfileConfig {
                name: "Amsterdam".into(),
                list_routes: routes(&[(Advice::VmboB, 4), (Advice::VmboGT, 6), (Advice::Havo, 12)]),
                max_distinct_schools: None,
                priority_rules: vec![PriorityRuleKind::Hardship, PriorityRuleKind::Kopklas],
                tie_breaking: TieBreaking::Single,
                publishes_lot_numbers: true,
                placement: PlacementMechanism::DeferredAcceptance,
            },
        }
    }

    pub fn name(&self) -> &str {
        &self.config.name
    }

    pub fn config(&self) -> &RegionProfileConfig {
        &self.config
    }

    pub fn list_route(&self, advice: Advice) -> ListRoute {
        // `new` guarantees a route for every advice; paper is the safe reading otherwise.
        self.config
            .list_routes
            .get(&advice)
            .copied()
            .unwrap_or(ListRoute::Paper)
    }

    pub fn max_distinct_schools(&self) -> Option<usize> {
        self.config.max_distinct_schools
    }

    pub fn allows_priority_rule(&self, kind: PriorityRuleKind) -> bool {
        self.config.priority_rules.contains(&kind)
    }

    pub fn tie_breaking(&self) -> TieBreaking {
        self.config.tie_breaking
    }

    pub fn publishes_lot_numbers(&self) -> bool {
        self.config.publishes_lot_numbers
    }

    pub fn placement(&self) -> PlacementMechanism {
        self.config.placement
    }
}

/// Pro on paper, then each `(from, minimum)` applies from that advice up to the next one.
fn routes(thresholds: &[(Advice, usize)]) -> BTreeMap<Advice, ListRoute> {
    Advice::ALL
        .into_iter()
        .map(|advice| {
            let route = thresholds
                .iter()
                .rev()
                .find(|(from, _)| *from <= advice)
                .map_or(ListRoute::Paper, |&(_, minimum)| ListRoute::List {
                    min_distinct_schools: minimum,
                });
            (advice, route)
        })
        .collect()
}

impl TryFrom<RegionProfileConfig> for RegionProfile {
    type Error = RegionProfileError;
    fn try_from(config: RegionProfileConfig) -> Result<Self, Self::Error> {
        RegionProfile::new(config)
    }
}

impl From<RegionProfile> for RegionProfileConfig {
    fn from(profile: RegionProfile) -> Self {
        profile.config
    }
}

#[cfg(test)]
mod tests;
