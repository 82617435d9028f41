//! The audit log as a coordinator (the region's) or a board admin (the board's schools') reads
//! it: newest first, filtered, a page at a time.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// Filters (all optional, combined with AND) and the page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct AuditLogQuery {
    /// Only entries by this role (`coordinator`, `board_admin`, `po_staff`, `vo_staff`,
    /// `parent`, `system`, `operator`, `anonymous`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 32, code = "length")))]
    #[cfg_attr(feature = "openapi", param(max_length = 32))]
    pub actor_role: Option<String>,
    /// Only entries by this account (a staff member's or parent account's id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_id: Option<Uuid>,
    /// Only entries about this pupil (ELK number, spaces allowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 40, code = "length")))]
    // Trimmed; empty means no filter; otherwise 10 digits, the first not 0, with spaces, dots,
    // dashes or no-break spaces anywhere (the check digit is checked too): a 422 otherwise.
    #[cfg_attr(
        feature = "openapi",
        param(max_length = 40, pattern = r"^([1-9][0-9]{9})?$")
    )]
    pub elk_number: Option<String>,
    /// An action (`staff.invited`) or a family ending in a dot (`staff.`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 64, code = "length")))]
    #[cfg_attr(feature = "openapi", param(max_length = 64))]
    pub action: Option<String>,
    /// From this moment (RFC 3339), inclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 40, code = "length")))]
    #[cfg_attr(feature = "openapi", param(max_length = 40))]
    pub from: Option<String>,
    /// Until this moment (RFC 3339), exclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 40, code = "length")))]
    #[cfg_attr(feature = "openapi", param(max_length = 40))]
    pub until: Option<String>,
    /// Entries per page: 1 to 200, 50 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "validate",
        validate(range(min = 1, max = 200, code = "range"))
    )]
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 100, code = "length")))]
    #[cfg_attr(feature = "openapi", param(max_length = 100))]
    pub cursor: Option<String>,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditLogEntry {
    pub id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub occurred_at: OffsetDateTime,
    pub actor_role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_id: Option<Uuid>,
    /// The name of a staff member or API client that acted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_name: Option<String>,
    /// What happened, e.g. `staff.invited`.
    pub action: String,
    /// What it happened to, e.g. `pupil`, `school`, `staff_user`.
    pub subject_kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pupil_id: Option<Uuid>,
    /// Further facts (ids and counts, never personal data).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub details: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditLogResponse {
    pub entries: Vec<AuditLogEntry>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
