//! The procedure years of a region and their calendars: the current one that everyone
//! follows, and the coordinator's planning of the next (created by copying, edited until each
//! phase begins).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

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
    /// The procedure's id, e.g. for `procedure_id` on the pupil list.
    pub procedure_id: Uuid,
    pub region_name: String,
    pub school_year: String,
    /// The server's current time (fixed or offset in demos).
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub now: OffsetDateTime,
    pub phases: Vec<PhaseResponse>,
}

/// A calendar as people plan it: Europe/Amsterdam wall-clock times written
/// `YYYY-MM-DDTHH:MM` (as an HTML `datetime-local` field gives them). Every `*_closes_at` and
/// the deadline are exclusive ends: "until 31 March inclusive" is `2027-04-01T00:00`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocalCalendarBody {
    /// PO schools may send parent logins from here.
    #[cfg_attr(
        feature = "openapi",
        schema(
            example = "2027-03-16T00:00",
            pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"
        )
    )]
    pub login_dispatch_opens_at: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            example = "2027-03-24T00:00",
            pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"
        )
    )]
    pub login_dispatch_closes_at: String,
    /// The registration week opens.
    #[cfg_attr(
        feature = "openapi",
        schema(
            example = "2027-03-24T00:00",
            pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"
        )
    )]
    pub registration_opens_at: String,
    /// The registration week closes; the VO schools' priority verification starts.
    #[cfg_attr(
        feature = "openapi",
        schema(
            example = "2027-03-31T00:00",
            pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"
        )
    )]
    pub registration_closes_at: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            example = "2027-04-07T00:00",
            pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"
        )
    )]
    pub priority_verification_deadline: String,
    /// From here the coordinator may run the placement.
    #[cfg_attr(
        feature = "openapi",
        schema(
            example = "2027-04-07T00:00",
            pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"
        )
    )]
    pub placement_at: String,
    /// From here parents see the result.
    #[cfg_attr(
        feature = "openapi",
        schema(
            example = "2027-04-14T16:00",
            pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"
        )
    )]
    pub publication_at: String,
    /// A second round, both moments or neither.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$")
    )]
    pub round2_opens_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$")
    )]
    pub round2_closes_at: Option<String>,
}

/// One procedure year of the region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProcedureSummary {
    pub id: Uuid,
    /// E.g. `2026-2027`: the school year in which the pupils are in group 8.
    pub school_year: String,
    /// The region's latest procedure, which new pupils and every change belong to; earlier
    /// ones are read only.
    pub is_current: bool,
    pub calendar: LocalCalendarBody,
    pub phases: Vec<PhaseResponse>,
    /// The calendar's moments that can still change (their phases have not begun), by field
    /// name.
    pub editable: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProcedureListResponse {
    /// The latest school year first.
    pub procedures: Vec<ProcedureSummary>,
    /// Whether a next procedure can be created now (the latest one's school year has ended,
    /// or there is none).
    pub can_create: bool,
    /// When the current procedure's school year ends, from which the next can be created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub next_from: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ProcedureProposalQuery {
    /// The school year to propose a calendar for; by default the one after the latest
    /// procedure (or the current school year when the region has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // Blank: the default. Otherwise the domain's `SchoolYear::parse` (trimmed, two
    // consecutive years as integers, the first 1900 to 9998); a 422 otherwise.
    #[cfg_attr(feature = "openapi", param(pattern = r"^(\d{4}-\d{4})?$"))]
    pub school_year: Option<String>,
}

/// "Copy from last year": the same weekdays and times one year on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProcedureProposalResponse {
    pub school_year: String,
    pub calendar: LocalCalendarBody,
    /// The school year copied, or `template` when the region has no procedure yet (the
    /// Amstelland calendar).
    pub copied_from: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateProcedureRequest {
    #[cfg_attr(
        feature = "openapi",
        schema(example = "2026-2027", pattern = r"^\d{4}-\d{4}$")
    )]
    pub school_year: String,
    pub calendar: LocalCalendarBody,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateProcedureRequest {
    pub calendar: LocalCalendarBody,
}
