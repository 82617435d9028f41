//! Sign-in, token refresh, sign-out and "who am I".

use serde::{Deserialize, Serialize};

use crate::pupils::ChildResponse;
use crate::schools::{BoardSummary, SchoolResponse, SchoolSummary};

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
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 1024, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 1024))]
    pub password: String,
    /// The 6-digit code of the authenticator app, for staff who turned two-step sign-in on
    /// (required for coordinators and board admins). Without it such an account answers 401
    /// `one_time_password_required` after a correct password.
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 16, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 16))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_time_password: Option<String>,
    /// Instead of a code: one of the recovery codes handed out when two-step sign-in was
    /// turned on; each works once.
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 32, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 32))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_code: Option<String>,
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
    // Not ELK-shaped (10 digits, the first not 0; spaces, dots, dashes and no-break spaces
    // ignored): never an account, answered 401 like an unknown number.
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 32, pattern = r"^[1-9][0-9]{9}$")
    )]
    pub elk_number: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 1024, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 1024))]
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
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
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
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
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
    /// The role must sign in with a one-time password and this account has not set it up:
    /// until it has (`/auth/two-step/setup`, `/auth/two-step/confirm`), every other staff
    /// endpoint answers 403 `one_time_password_setup_required`.
    #[serde(default)]
    pub two_step_setup_required: bool,
}

/// Work on another of my schools.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SwitchSchoolRequest {
    pub school_id: uuid::Uuid,
}

/// The signed-in person and their tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeResponse {
    /// The signed-in account: the staff member's, or the parent account's.
    pub id: uuid::Uuid,
    pub role: Role,
    pub display_name: String,
    /// Set for PO and VO staff: the school this session works on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<SchoolResponse>,
    /// Every school PO or VO staff work at (their own first), when there is more than one:
    /// switch with `POST /auth/school`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schools: Vec<SchoolSummary>,
    /// Set for board admins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board: Option<BoardSummary>,
    /// Set for parents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<ChildResponse>,
    pub region_name: String,
}

/// Two-step sign-in of the signed-in staff member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TwoStepStatus {
    /// Sign-in asks for a one-time password.
    pub enabled: bool,
    /// The role may not sign in without it (coordinators and board admins).
    pub required: bool,
    /// Unused recovery codes.
    pub recovery_codes_left: u64,
}

/// A new secret for the authenticator app, waiting for its first code
/// (`/auth/two-step/confirm`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TwoStepSetupResponse {
    /// Base32, for typing into the app by hand.
    pub secret: String,
    /// `otpauth://totp/…`, what the QR code holds.
    pub otpauth_uri: String,
    /// The URI as an SVG QR code.
    pub qr_svg: String,
}

/// A one-time password from the authenticator app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct OneTimePasswordRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 16, code = "length"))
    )]
    // Six digits; whitespace anywhere is ignored. Any other code is refused as wrong (422).
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 16, pattern = r"^[0-9]{6}$")
    )]
    pub code: String,
}

/// Recovery codes, shown once: each signs in once instead of a one-time password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecoveryCodesResponse {
    pub recovery_codes: Vec<String>,
}

/// A signed-in person's new password, with the current one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct ChangePasswordRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 1024, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 1024))]
    pub current_password: String,
    /// Parents: 8–64 characters, not a common password. Staff: 12–64 characters and very
    /// hard to guess (zxcvbn score 4).
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 1024, code = "length"))
    )]
    // The password rules (`auth::password_policy` in the API) allow 8 (parents) or 12 (staff)
    // to 64 characters, narrower than the validator's 1 to 1024.
    #[cfg_attr(feature = "openapi", schema(min_length = 8, max_length = 64))]
    pub new_password: String,
}
