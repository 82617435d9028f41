//! Sign-in, token refresh, sign-out and "who am I".

use serde::{Deserialize, Serialize};

use crate::pupils::ChildResponse;
use crate::schools::{BoardSummary, SchoolResponse};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Parent,
    PoStaff,
    VoStaff,
    BoardAdmin,
    Coordinator,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct StaffSignInRequest {
    #[cfg_attr(
        feature = "validate",
        validate(email(code = "email"), length(max = 254, code = "too_long"))
    )]
    pub email: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 1024, code = "length"))
    )]
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct ParentSignInRequest {
    /// The pupil's ELK number, the parent's username. Spaces and dashes are ignored.
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 32, code = "length"))
    )]
    pub elk_number: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 1024, code = "length"))
    )]
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct RefreshRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 256, code = "length"))
    )]
    pub refresh_token: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct SignOutRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 256, code = "length"))
    )]
    pub refresh_token: String,
}

/// A short-lived bearer access token and a single-use refresh token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenResponse {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    /// Exchange once at `/auth/refresh` for a new pair; the old one stops working.
    pub refresh_token: String,
    pub role: Role,
}

/// The signed-in person and their tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeResponse {
    pub role: Role,
    pub display_name: String,
    /// Set for PO and VO staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<SchoolResponse>,
    /// Set for board admins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board: Option<BoardSummary>,
    /// Set for parents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<ChildResponse>,
    pub region_name: String,
}
