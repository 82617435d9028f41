//! The coordinator's statistics of a placement run: outcomes by choice rank and, per
//! programme, first choices against capacity.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::vocabulary::RunKind;

/// Which run to report on; without `run_id` the latest official run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct StatisticsQuery {
    /// A run (dry or official) of the region's procedures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_id: Option<Uuid>,
}

/// The run the numbers come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatisticsRun {
    pub id: Uuid,
    pub kind: RunKind,
    pub round: u32,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub finished_at: OffsetDateTime,
}

/// A number of participants and its share of all participants (0 to 1).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatisticsOutcome {
    pub count: u32,
    pub share: f64,
}

/// The run's outcomes. The top 3 includes the 1st choice and the top 5 the top 3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatisticsSummary {
    pub participants: u32,
    /// The capacities of the region's programmes added up.
    pub seats: u32,
    pub placed: StatisticsOutcome,
    pub first_choice: StatisticsOutcome,
    pub top_3: StatisticsOutcome,
    pub top_5: StatisticsOutcome,
    pub outside_top_5: StatisticsOutcome,
    pub unplaced: StatisticsOutcome,
    /// Placed by the round-2 run (counted in `placed`; ranks above are on the round-1 list,
    /// so a round-2 place at a programme the round-1 list did not name is `outside_top_5`).
    #[serde(default)]
    pub round_2: StatisticsOutcome,
}

/// One programme: first choices against capacity, and how many the run placed there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeStatistics {
    pub school_id: Uuid,
    pub school_name: String,
    pub programme_id: Uuid,
    pub programme_name: String,
    pub capacity: u32,
    /// AV lists with this programme as 1st choice.
    pub first_choices: u32,
    pub placed: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatisticsResponse {
    pub run: StatisticsRun,
    /// The rounds the numbers cover: `[1]`, or `[1, 2]` once the round-2 run placed pupils.
    #[serde(default)]
    pub rounds: Vec<u32>,
    /// Whether the numbers follow the changes after the run (accepted reserve offers,
    /// withdrawals, round-2 places): true for round 1's official run.
    #[serde(default)]
    pub follows_changes: bool,
    pub summary: StatisticsSummary,
    /// Every programme of the region, by school and programme name.
    pub programmes: Vec<ProgrammeStatistics>,
}
