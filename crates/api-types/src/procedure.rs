//! The procedure calendar of the signed-in person's region.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::vocabulary::Phase;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseResponse {
    pub phase: Phase,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub opens_at: OffsetDateTime,
    /// The first instant the phase is closed again; absent for open-ended phases.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub closes_at: Option<OffsetDateTime>,
    /// Opening moment for people, in Europe/Amsterdam, e.g. "woensdag 25 maart 2026 om 00:00".
    pub opens_at_display: String,
    pub is_open: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProcedureResponse {
    pub region_name: String,
    pub school_year: String,
    /// The server's current time (fixed or offset in demos).
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub now: OffsetDateTime,
    pub phases: Vec<PhaseResponse>,
}
