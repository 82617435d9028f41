//! Pupils as their primary school sees them, and the child as the parent sees it.

use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

// Dates travel as ISO 8601 calendar dates ("2014-05-17").
time::serde::format_description!(iso_date, Date, "[year]-[month]-[day]");

/// A pupil row of the primary school's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PupilResponse {
    pub id: Uuid,
    pub elk_number: String,
    pub first_name: String,
    pub last_name: String,
    pub class_name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date, example = "2014-05-17"))]
    #[serde(with = "iso_date")]
    pub birth_date: Date,
    /// The school advice, e.g. `havo/vwo`.
    pub advice: String,
    pub lwoo: bool,
    pub home_town: String,
    pub parent_email: String,
    /// `wit`, `blauw`, `groen`, `AG` or `AV`.
    pub status: String,
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
    pub advice: String,
    pub primary_school_name: String,
    pub status: String,
}
