//! The primary school's status board: per class the dots, and counts per status.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::vocabulary::RegistrationStatus;

/// How many pupils are in each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusCounts {
    pub wit: u32,
    pub blauw: u32,
    pub groen: u32,
    #[serde(rename = "AG")]
    pub ag: u32,
    #[serde(rename = "AV")]
    pub av: u32,
    /// Pupils on the paper route, counted here instead of under their status.
    #[serde(default)]
    pub paper: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoardPupil {
    pub id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub elk_number: String,
    pub status: RegistrationStatus,
    /// From the publication moment on: where the pupil was placed (official run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<BoardPlacement>,
    /// Set when the pupil takes the paper route (counted under `paper`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper_route: Option<crate::pupils::PaperRouteBody>,
}

/// A pupil's result as the primary school sees it after publication.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoardPlacement {
    pub placed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_name: Option<String>,
    /// The rank of the programme on the pupil's list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_rank: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClassBoard {
    pub class_name: String,
    pub counts: StatusCounts,
    pub pupils: Vec<BoardPupil>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusBoardResponse {
    /// The whole school.
    pub counts: StatusCounts,
    pub classes: Vec<ClassBoard>,
    /// Whether reminders can be sent now (during the registration week).
    pub reminders_open: bool,
    /// The procedure year shown, e.g. `2026-2027`; absent while the region has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_year: Option<String>,
}

/// Which procedure year a status board shows.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct StatusBoardQuery {
    /// An earlier procedure year (an id from `GET /procedures`); the current one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure_id: Option<Uuid>,
}

/// The counts of one primary school of a board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolCounts {
    pub school_id: Uuid,
    pub school_name: String,
    pub counts: StatusCounts,
}

/// A board admin's overview: each primary school of the board and the board's totals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoardOverviewResponse {
    pub schools: Vec<SchoolCounts>,
    pub total: StatusCounts,
}

/// Find pupils of the board's primary schools: by ELK number (whole) or by name (part of the
/// first or last name, at least 2 characters).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct BoardPupilQuery {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 2, max = 100, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", param(min_length = 2, max_length = 100))]
    pub q: String,
}

/// A pupil found by a board admin, with the school and status to answer a parent's question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoardPupilMatch {
    pub id: Uuid,
    pub elk_number: String,
    pub first_name: String,
    pub last_name: String,
    pub class_name: String,
    pub school_id: Uuid,
    pub school_name: String,
    pub status: RegistrationStatus,
}

/// At most 20 pupils, by name; `more` when the search matched more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoardPupilSearchResponse {
    pub pupils: Vec<BoardPupilMatch>,
    pub more: bool,
}
