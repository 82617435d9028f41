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
    /// The refresh token; left out by the browser app, whose token is in the `overstap_refresh`
    /// cookie (HttpOnly, Secure, SameSite=Strict, Path=/api/v1/auth).
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 256, code = "length"))
    )]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct SignOutRequest {
    /// The refresh token; left out by the browser app (the cookie names the session).
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 256, code = "length"))
    )]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
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
    /// Exchange once at `/auth/refresh` for a new pair; the old one stops working. Left out
    /// when the request sent `Overstap-Refresh-Cookie: true` (the browser app): the token is
    /// then set as the HttpOnly `overstap_refresh` cookie, out of reach of page scripts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
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
