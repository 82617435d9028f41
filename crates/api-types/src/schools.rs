//! Schools, boards and VO programmes.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::vocabulary::{Advice, PriorityRuleKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SchoolKind {
    /// Primary school (basisonderwijs).
    Po,
    /// Secondary school (voortgezet onderwijs).
    Vo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolResponse {
    pub id: Uuid,
    pub kind: SchoolKind,
    pub name: String,
    pub town: String,
    /// The school's BRIN/registration code.
    pub code: String,
    pub contact_email: String,
    pub contact_phone: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The school board the school belongs to.
    pub board_id: Uuid,
    /// The priority rule a VO school applies at 1st choice, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_rule: Option<PriorityRuleKind>,
    /// A deactivated school keeps its history but takes part in nothing new.
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolListResponse {
    pub schools: Vec<SchoolResponse>,
    /// The boards the schools belong to (a coordinator's list: every board of the region,
    /// also one without schools yet), by name.
    #[serde(default)]
    pub boards: Vec<BoardSummary>,
}

/// A school by id and name: where a staff member works.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolSummary {
    pub id: Uuid,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoardSummary {
    pub id: Uuid,
    pub name: String,
    #[serde(default = "yes")]
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeResponse {
    pub id: Uuid,
    pub school_id: Uuid,
    pub name: String,
    /// The advice levels admitted, e.g. `["havo", "havo/vwo", "vwo"]`.
    pub admitted_advice: Vec<Advice>,
    pub capacity: u32,
    /// The programme's information page for parents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeListResponse {
    pub programmes: Vec<ProgrammeResponse>,
}

/// A school board as the coordinator enters it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct BoardRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 120, code = "length"))
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 120, example = "Stichting Amstelkring")
    )]
    pub name: String,
}

/// Switch a board or a school on or off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActiveRequest {
    pub active: bool,
}

/// A PO or VO school as the coordinator enters it (one by one or as a CSV row).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct SchoolRequest {
    /// PO or VO; fixed once the school exists.
    pub kind: SchoolKind,
    pub board_id: Uuid,
    /// The BRIN number: two digits and two letters, optionally a two-digit location number.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^[0-9]{2}[A-Za-z]{2}([0-9]{2})?$", example = "12AB00")
    )]
    pub code: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 120, code = "length"))
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 120, example = "De Regenboog")
    )]
    pub name: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 80, code = "length"))
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 80, example = "Amstelveen")
    )]
    pub town: String,
    /// Shown to parents.
    #[cfg_attr(
        feature = "validate",
        validate(email(code = "email"), length(max = 254, code = "too_long"))
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(format = Email, max_length = 254, example = "groep8@regenboog.nl")
    )]
    pub contact_email: String,
    /// Shown to parents: 8 to 15 digits.
    // The contract names the plain form (8 to 15 digits, optionally a leading `+`); the domain's
    // `school::phone` also takes spaces, dashes and brackets, at most 30 characters.
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 30, pattern = r"^\+?[0-9]{8,15}$", example = "0201234567")
    )]
    pub contact_phone: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 200, example = "https://www.regenboog.nl")
    )]
    pub website: Option<String>,
    /// VO only: the priority rule applied at 1st choice; one the region's rules offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_rule: Option<PriorityRuleKind>,
}

/// A VO programme (opleiding) as the coordinator enters it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct ProgrammeRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 120, code = "length"))
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 120, example = "havo/vwo")
    )]
    pub name: String,
    /// The advice levels admitted; at least one.
    #[cfg_attr(feature = "validate", validate(length(min = 1, code = "required")))]
    #[cfg_attr(feature = "openapi", schema(min_items = 1))]
    pub admitted_advice: Vec<Advice>,
    /// Seats for first-year pupils.
    #[cfg_attr(
        feature = "validate",
        validate(range(min = 1, max = 2000, code = "range"))
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(minimum = 1, maximum = 2000, example = 120)
    )]
    pub capacity: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 200, example = "https://www.school.nl/havo")
    )]
    pub info_url: Option<String>,
}

/// The outcome of a school import: every row was written, or none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolImportResponse {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Boards named in the file that did not exist yet and were made.
    pub boards_created: u32,
}
