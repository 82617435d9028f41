//! Schools, boards and VO programmes.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::vocabulary::Advice;

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoardSummary {
    pub id: Uuid,
    pub name: String,
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeListResponse {
    pub programmes: Vec<ProgrammeResponse>,
}
