//! The VO school's workspace: 1st-choice registrations with their priority claims, the lists
//! naming the school, capacities, and the placed pupils and reserve lists after publication.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::vocabulary::{Advice, PriorityRuleKind};

/// The school's verdict on a priority claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PriorityVerdict {
    Approved,
    Rejected,
}

/// The priority claim the parent made at the 1st choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClaimResponse {
    pub kind: PriorityRuleKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sibling_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sibling_class: Option<String>,
}

/// The school's decision on a claim; the placement gives priority for `approved` only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriorityDecisionResponse {
    pub registration_id: Uuid,
    pub decision: PriorityVerdict,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The staff member who decided.
    pub decided_by: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub decided_at: OffsetDateTime,
}

/// Approve or reject a claim; a rejection needs a reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct PriorityDecisionRequest {
    pub decision: PriorityVerdict,
    /// Required when rejecting; the parent may ask for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 1000, code = "too_long")))]
    #[cfg_attr(feature = "openapi", schema(max_length = 1000))]
    pub reason: Option<String>,
}

/// An AV registration whose 1st choice is one of the school's programmes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoRegistration {
    pub registration_id: Uuid,
    pub pupil_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub elk_number: String,
    pub advice: Advice,
    pub primary_school_name: String,
    pub programme_id: Uuid,
    pub programme_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<ClaimResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<PriorityDecisionResponse>,
}

/// How many AV lists name the programme at `rank`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListRankCount {
    pub rank: u32,
    pub count: u32,
}

/// The AV lists naming one programme of the school, by rank and in total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeListCounts {
    pub programme_id: Uuid,
    pub programme_name: String,
    pub capacity: u32,
    /// Ranks with at least one list, ascending.
    pub by_rank: Vec<ListRankCount>,
    pub total: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoRegistrationsResponse {
    /// By last name, then first name.
    pub registrations: Vec<VoRegistration>,
    /// Every programme of the school, by name.
    pub counts: Vec<ProgrammeListCounts>,
    /// AV lists naming at least one programme of the school.
    pub lists_naming_school: u32,
    /// Claims can be decided from the close of the registration week until this instant.
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub verification_closes_at: OffsetDateTime,
    /// Capacities can be changed until this instant (the placement moment).
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub capacity_closes_at: OffsetDateTime,
}

/// A programme's number of seats.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct CapacityRequest {
    #[cfg_attr(
        feature = "validate",
        validate(range(min = 0, max = 2000, code = "range"))
    )]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 2000))]
    pub capacity: i64,
}

/// A pupil placed at a programme, or on its reserve list (with `position`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlacementPupil {
    /// 1-based place on the reserve list; absent for placed pupils.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,
    pub pupil_id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub elk_number: String,
    pub advice: Advice,
    pub primary_school_name: String,
    /// The rank of this programme on the pupil's list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_rank: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammePlacements {
    pub programme_id: Uuid,
    pub programme_name: String,
    pub capacity: u32,
    /// By last name, then first name.
    pub placed: Vec<PlacementPupil>,
    /// In reserve-list order.
    pub reserve: Vec<PlacementPupil>,
}

/// The published placement at the school's programmes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoPlacementsResponse {
    pub run_id: Uuid,
    pub round: u32,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub published_at: OffsetDateTime,
    /// Every programme of the school, by name.
    pub programmes: Vec<ProgrammePlacements>,
}
