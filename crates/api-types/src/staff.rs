//! Staff accounts: invitations, the list a coordinator or board admin manages, and the staff's
//! own password reset.

use serde::{Deserialize, Serialize};

use crate::auth::Role;
use crate::schools::SchoolSummary;

/// Where an account stands: invited (no password yet), active, or deactivated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StaffAccountState {
    Invited,
    Active,
    Deactivated,
}

/// The language of a staff member's e-mails (the staff interface's languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StaffLanguage {
    #[default]
    Nl,
    En,
}

/// One staff account as its manager sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffMemberResponse {
    pub id: uuid::Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The school of PO and VO staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_id: Option<uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_name: Option<String>,
    /// The schools PO or VO staff also work at, besides `school_id`, by name.
    #[serde(default)]
    pub other_schools: Vec<SchoolSummary>,
    /// The board of a board admin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_id: Option<uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_name: Option<String>,
    pub state: StaffAccountState,
    pub language: StaffLanguage,
    /// When the latest invitation link stops working (RFC 3339), while the account is invited
    /// and the e-mail went out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation_expires_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffListResponse {
    pub staff: Vec<StaffMemberResponse>,
}

/// Invite somebody: the account exists at once (state `invited`); the e-mailed link lets them
/// choose a password. PO and VO staff name their school, a board admin the board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct InviteStaffRequest {
    #[cfg_attr(
        feature = "validate",
        validate(email(code = "email"), length(max = 254, code = "too_long"))
    )]
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 120, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub display_name: String,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_id: Option<uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_id: Option<uuid::Uuid>,
    /// Schools of the same kind PO or VO staff also work at (a teacher at two locations);
    /// after signing in they switch between them.
    #[serde(default)]
    #[cfg_attr(feature = "validate", validate(length(max = 50, code = "too_many")))]
    #[cfg_attr(feature = "openapi", schema(max_items = 50))]
    pub other_school_ids: Vec<uuid::Uuid>,
    #[serde(default)]
    pub language: StaffLanguage,
}

/// Change what an account may do. A change of role, school or board, or a school taken away,
/// ends its sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct UpdateStaffRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 120, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub display_name: String,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_id: Option<uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_id: Option<uuid::Uuid>,
    /// The schools PO or VO staff also work at; left out, they stay as they are. Taking a
    /// school away ends the account's sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "validate", validate(length(max = 50, code = "too_many")))]
    #[cfg_attr(feature = "openapi", schema(max_items = 50))]
    pub other_school_ids: Option<Vec<uuid::Uuid>>,
    pub language: StaffLanguage,
}

/// Deactivate (every session ends on its next request) or reactivate an account.
/// The token of an invitation or staff password-reset link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct StaffLinkRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 128, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 128))]
    pub token: String,
}

/// Who an invitation is for, shown before the password is chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffInvitationPreviewResponse {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_name: Option<String>,
    pub region_name: String,
    /// RFC 3339.
    pub expires_at: String,
}

/// Set the password with an invitation or password-reset link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct StaffSetPasswordRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 128, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 128))]
    pub token: String,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 1024, code = "length"))
    )]
    // The staff password rule (`auth::password_policy` in the API) allows 12 to 64 characters,
    // narrower than the validator's 1 to 1024.
    #[cfg_attr(feature = "openapi", schema(min_length = 12, max_length = 64))]
    pub password: String,
}

/// Ask for a password-reset link; the answer is the same whether or not the address has an
/// account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct StaffPasswordResetRequest {
    #[cfg_attr(
        feature = "validate",
        validate(email(code = "email"), length(max = 254, code = "too_long"))
    )]
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 254))]
    pub email: String,
}
