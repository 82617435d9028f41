//! Pupils as their primary school sees them, and the child as the parent sees it.

use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

use crate::error::ErrorCode;
use crate::vocabulary::{Advice, PaperReason, RegistrationStatus, Submitted};

// Dates travel as ISO 8601 calendar dates ("2014-05-17").
time::serde::format_description!(iso_date, Date, "[year]-[month]-[day]");

/// A pupil row of the primary school's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PupilResponse {
    pub id: Uuid,
    /// The school's own pupil id.
    pub external_id: String,
    pub elk_number: String,
    pub first_name: String,
    pub last_name: String,
    pub class_name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date, example = "2014-05-17"))]
    #[serde(with = "iso_date")]
    pub birth_date: Date,
    pub advice: Advice,
    pub lwoo: bool,
    pub home_town: String,
    pub parent_email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twin_pupil_id: Option<Uuid>,
    pub status: RegistrationStatus,
    /// Starts at 1; each correction of the data makes a new version of the form.
    pub form_version: u32,
    /// Set when the pupil takes the paper route: no parent login by the bulk send, not
    /// counted as "not registered".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper_route: Option<PaperRouteBody>,
}

/// A pupil's paper route: why, and when and where the printed form was handed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaperRouteBody {
    pub reason: PaperReason,
    /// The day the paper form was handed in (not after today).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "iso_date::option"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date, example = "2027-03-25"))]
    pub handed_in_on: Option<Date>,
    /// The secondary school it went to (by name: a VSO school need not take part).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub handed_in_to: Option<String>,
}

/// Record, change or end (`paper_route` absent) a pupil's paper route.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaperRouteRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper_route: Option<PaperRouteBody>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PupilListResponse {
    pub pupils: Vec<PupilResponse>,
    pub total: u64,
}

/// The pupil a parent account belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChildResponse {
    pub elk_number: String,
    pub first_name: String,
    pub last_name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date, example = "2014-05-17"))]
    #[serde(with = "iso_date")]
    pub birth_date: Date,
    pub advice: Advice,
    pub primary_school_name: String,
    pub status: RegistrationStatus,
    pub class_name: String,
    pub lwoo: bool,
    pub home_town: String,
    /// Where the school sends e-mails about this registration.
    pub parent_email: String,
    /// The primary school's contact details, for corrections.
    pub primary_school: crate::parent::SchoolContact,
    /// The region's contact details, for questions about the procedure.
    pub region: crate::parent::RegionContact,
    /// The portal language the parent chose (`nl` by default).
    pub language: crate::parent::PortalLanguage,
}

/// Filters of the pupil list; all optional and combined with AND.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PupilListQuery {
    /// Only this class, e.g. `8A`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// Only this status; an unknown name is a 422 for the field `status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", param(value_type = Option<RegistrationStatus>))]
    pub status: Option<Submitted<RegistrationStatus>>,
    /// Words matched against name, ELK number, own pupil id and parent e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only pupils whose registration is not yet complete (everything but `AV`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs_attention: Option<bool>,
    /// An earlier procedure year to read (an id from `GET /procedures`); the current
    /// procedure when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure_id: Option<uuid::Uuid>,
}

/// A pupil's data as the primary school enters or corrects it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct PupilDataRequest {
    /// The school's own pupil id (from its administration software); unique per school.
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 64, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 64))]
    pub external_id: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 100, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub first_name: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 100, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub last_name: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 20, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20))]
    pub class_name: String,
    #[serde(with = "iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date, example = "2014-05-17"))]
    pub birth_date: Date,
    #[cfg_attr(feature = "openapi", schema(value_type = Advice))]
    pub advice: Submitted<Advice>,
    #[serde(default)]
    pub lwoo: bool,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 100, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub home_town: String,
    #[cfg_attr(
        feature = "validate",
        validate(email(code = "email"), length(max = 254, code = "too_long"))
    )]
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub parent_email: String,
    /// The twin, a pupil of the same school; `null` for none.
    #[serde(default)]
    pub twin_pupil_id: Option<Uuid>,
}

/// Send (or re-send) the parent login, optionally to a corrected address first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct SendLoginRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "validate",
        validate(email(code = "email"), length(max = 254, code = "too_long"))
    )]
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub parent_email: Option<String>,
}

/// Send the parent login to a selection, or to every pupil whose login was not sent yet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct BulkSendLoginRequest {
    /// At most 1500 ids: what fits in the 64 KiB a request body may hold.
    #[serde(default)]
    #[cfg_attr(feature = "validate", validate(length(max = 1500, code = "too_long")))]
    #[cfg_attr(feature = "openapi", schema(max_items = 1500))]
    pub pupil_ids: Vec<Uuid>,
    /// Ignore `pupil_ids` and send to every pupil still `wit`.
    #[serde(default)]
    pub all_not_sent: bool,
}

/// Pupils to remind (their parents get an e-mail); only `blauw`, `groen` and `AG` are reminded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct ReminderRequest {
    /// At most 1500 ids: what fits in the 64 KiB a request body may hold.
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 1500, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 1500))]
    pub pupil_ids: Vec<Uuid>,
}

/// A pupil a bulk action left out, and why (a stable code).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkippedPupil {
    pub pupil_id: Uuid,
    /// Why: e.g. `not_found` (not a pupil of the school), `not_allowed_in_status`.
    pub code: ErrorCode,
}

/// What a bulk action did: the pupils it acted on and those it skipped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkResponse {
    pub done: Vec<Uuid>,
    pub skipped: Vec<SkippedPupil>,
}

/// The outcome of a CSV import: everything or nothing was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportResponse {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
}

/// The coordinator looks a pupil of the region up by ELK number (e.g. to erase it on request).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct RegionPupilQuery {
    /// The pupil's ELK number; spaces and dashes are ignored.
    // Not ELK-shaped (10 digits, the first not 0; spaces, dots, dashes and no-break spaces
    // ignored): never a pupil, answered 404.
    #[cfg_attr(feature = "openapi", param(pattern = r"^[1-9][0-9]{9}$"))]
    pub elk_number: String,
}

/// A pupil of the coordinator's region, as much as an erasure request needs to be checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionPupilResponse {
    pub id: uuid::Uuid,
    pub elk_number: String,
    pub first_name: String,
    pub last_name: String,
    pub primary_school_name: String,
}
