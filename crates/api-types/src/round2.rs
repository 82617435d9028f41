//! Round 2: what a parent sees and submits (a new list from the programmes with seats left),
//! and a VO school's withdrawal of a placement at the parents' request.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::vocabulary::{Round2Reason, Round2Result, Round2WindowState};

use crate::parent::PortalProgramme;

/// A programme a round-2 list may name, with its seats left after round 1 and every change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Round2Programme {
    pub programme: PortalProgramme,
    pub seats_left: u32,
}

/// The child's round 2: eligibility, the window, the programmes to choose from, the list and,
/// once the round-2 run is published, its result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Round2Response {
    pub eligible: bool,
    /// Why the child takes part; absent when not eligible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Round2Reason>,
    pub window: Round2WindowState,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub opens_at: Option<OffsetDateTime>,
    /// The first instant lists are no longer accepted.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub closes_at: Option<OffsetDateTime>,
    /// Opening moment in Europe/Amsterdam, in the account's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at_display: Option<String>,
    /// The last minute lists are accepted, in Europe/Amsterdam, in the account's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at_display: Option<String>,
    /// Programmes with seats left that admit the child's advice (empty when not eligible).
    pub programmes: Vec<Round2Programme>,
    /// The saved list, in order.
    pub list: Vec<PortalProgramme>,
    /// Increases with every save; absent before the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i32>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub confirmed_at: Option<OffsetDateTime>,
    pub result: Round2Result,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placed: Option<PortalProgramme>,
    /// The 1-based rank of the placed programme on the round-2 list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placed_rank: Option<u32>,
}

/// A new preference list for round 2: programme ids in order of preference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Round2ListRequest {
    // An empty list is refused (`list_empty`, the domain's `Round2List::parse`).
    #[cfg_attr(feature = "openapi", schema(min_items = 1))]
    pub programmes: Vec<Uuid>,
}

/// The parents asked the VO school to give up the place; the reason is logged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WithdrawPlacementRequest {
    // Trimmed, then required and at most 500 characters (`placement::round2::withdrawal`).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 500))]
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WithdrawalResponse {
    pub pupil_id: Uuid,
    /// The programme the pupil no longer holds a place at; its seat is free for round 2.
    pub programme_id: Uuid,
    pub reason: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub withdrawn_at: OffsetDateTime,
}
