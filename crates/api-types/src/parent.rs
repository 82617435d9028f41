//! The parent portal: activation, password reset, the child's data, the preference list
//! (voorkeurslijst) with its draft, confirmation and withdrawal, and the result.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::vocabulary::{Advice, PriorityRuleKind, RegistrationStatus, ResultState, Submitted};

/// The languages of the parent portal and of every e-mail to parents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PortalLanguage {
    Nl,
    En,
    Tr,
    Ar,
}

impl PortalLanguage {
    pub const ALL: [PortalLanguage; 4] = [
        PortalLanguage::Nl,
        PortalLanguage::En,
        PortalLanguage::Tr,
        PortalLanguage::Ar,
    ];

    pub const fn as_str(&self) -> &'static str {
        match self {
            PortalLanguage::Nl => "nl",
            PortalLanguage::En => "en",
            PortalLanguage::Tr => "tr",
            PortalLanguage::Ar => "ar",
        }
    }
}

/// The token of an e-mailed activation link (`/activeren?token=…`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct ActivationPreviewRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 200, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub token: String,
}

/// Whose account the link activates, shown before the parent chooses a password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivationPreviewResponse {
    pub child_first_name: String,
    pub child_last_name: String,
    /// The username for signing in later.
    pub elk_number: String,
    /// Exclusive end of the link's validity.
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub valid_until: OffsetDateTime,
}

/// Activate the account: choose a password (8 to 64 characters, not a common password).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct ActivateRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 200, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub token: String,
    // The parents' password rule (`auth::password_policy` in the API): 8 to 64 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 8, max_length = 64))]
    pub password: String,
    /// The language chosen on the activation page; `nl` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<PortalLanguage>,
}

/// Ask for a password-reset e-mail to the address the primary school has on file. Always
/// answered 202, whether or not the ELK number is known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct PasswordResetRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 32, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 32))]
    pub elk_number: String,
}

/// Set a new password with the token from the reset e-mail; every session ends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct PasswordResetCompleteRequest {
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 200, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub token: String,
    // The parents' password rule (`auth::password_policy` in the API): 8 to 64 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 8, max_length = 64))]
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageRequest {
    pub language: PortalLanguage,
}

/// The primary school's contact details, for "something wrong? contact your primary school".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolContact {
    pub name: String,
    pub town: String,
    pub email: String,
    pub phone: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// The region's coordinators, for questions about the procedure itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionContact {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// One programme (opleiding) a parent can put on the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalProgramme {
    pub id: Uuid,
    pub name: String,
    pub school_id: Uuid,
    pub school_name: String,
    pub town: String,
    /// The advice levels admitted, e.g. `["havo", "havo/vwo", "vwo"]`.
    pub levels: Vec<Advice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The priority rule the school offers at 1st choice (`sibling`, ...), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_rule: Option<PriorityRuleKind>,
}

/// The programmes the child's advice admits, ordered by school and programme name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalProgrammesResponse {
    pub advice: Advice,
    pub programmes: Vec<PortalProgramme>,
}

/// A claim at the 1st choice. `kind` is a rule the school offers (`sibling`, ...); for
/// `sibling` the sibling's name and class are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriorityClaimBody {
    #[cfg_attr(feature = "openapi", schema(value_type = PriorityRuleKind))]
    pub kind: Submitted<PriorityRuleKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sibling_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sibling_class: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListEntryBody {
    pub programme_id: Uuid,
    /// Only at the 1st entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_claim: Option<PriorityClaimBody>,
}

/// Save the list as a draft (status AG). `revision` is the one last read: a stale revision is
/// refused with 409 `stale_revision` and nothing is overwritten.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct SaveDraftRequest {
    pub revision: i32,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 40, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 40))]
    pub entries: Vec<ListEntryBody>,
    /// The twin button: link this registration to the twin's (same primary school) and keep
    /// both lists identical.
    #[serde(default)]
    pub link_twin: bool,
    /// Undo the twin button: this list and the twin's are no longer kept the same (both keep
    /// their programmes). Wins over `link_twin`.
    #[serde(default)]
    pub unlink_twin: bool,
}

/// Confirm or withdraw the registration last read at `revision`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RevisionRequest {
    pub revision: i32,
}

/// A programme on the list, with what the parent needs to recognise it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListEntryResponse {
    pub rank: u32,
    pub programme: PortalProgramme,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_claim: Option<PriorityClaimBody>,
}

/// The twin as the parent sees it: the name, and whether the lists are linked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TwinResponse {
    pub first_name: String,
    pub linked: bool,
}

/// The registration week (exclusive end) with its dates as the parent reads them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekResponse {
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub opens_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub closes_at: OffsetDateTime,
    /// "woensdag 25 maart 2026 om 09:00" in the account's language, Europe/Amsterdam.
    pub opens_text: String,
    /// The last moment, e.g. "dinsdag 31 maart 2026 om 23:59".
    pub last_moment_text: String,
    /// Now inside the week: the list can be changed.
    pub open: bool,
}

/// The registration (aanmelding) of the parent's child.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationResponse {
    /// `groen`, `AG` or `AV` for an activated account.
    pub status: RegistrationStatus,
    /// Send it back with the next change; a stale one gets 409.
    pub revision: i32,
    pub entries: Vec<ListEntryResponse>,
    /// The least number of distinct schools this advice needs in this region; 0 on the paper
    /// route (pro/VSO: no list).
    pub min_distinct_schools: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_distinct_schools: Option<u32>,
    pub distinct_schools: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twin: Option<TwinResponse>,
    pub week: WeekResponse,
    /// The list may be changed, confirmed or withdrawn now (open week, not closed).
    pub editable: bool,
    /// The week has closed; the status is the one at the close.
    pub week_closed: bool,
}

/// The placement as the parent sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResultResponse {
    pub state: ResultState,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub publication_at: OffsetDateTime,
    /// "woensdag 15 april 2026 om 16:00" in the account's language.
    pub publication_text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placed: Option<PortalProgramme>,
    /// The 1-based rank of the placed programme on the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placed_rank: Option<u32>,
    /// Positions on reserve lists of programmes ranked higher, where the region publishes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reserve: Vec<ReservePosition>,
    /// The round that gave the place: 2 when the round-2 run placed the child (`placed_rank`
    /// is then the rank on the round-2 list); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReservePosition {
    pub programme: PortalProgramme,
    pub position: u32,
}
