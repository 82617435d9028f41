//! API clients (OAuth 2.0 client credentials): what a coordinator or board admin manages, and
//! the token endpoint's requests and answers (RFC 6749 §4.4, §5.1, §5.2).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// What an API client may do; the names are the OAuth scope tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ApiScope {
    /// Read the school's pupils: the list, one pupil, the CSV export.
    #[serde(rename = "pupils:read")]
    PupilsRead,
    /// Add and correct pupils, one at a time or by CSV import.
    #[serde(rename = "pupils:write")]
    PupilsWrite,
    /// Read registrations: a primary school's status board, a secondary school's list.
    #[serde(rename = "registrations:read")]
    RegistrationsRead,
    /// Read a secondary school's placements and reserve offers.
    #[serde(rename = "placements:read")]
    PlacementsRead,
}

impl ApiScope {
    pub const ALL: [ApiScope; 4] = [
        ApiScope::PupilsRead,
        ApiScope::PupilsWrite,
        ApiScope::RegistrationsRead,
        ApiScope::PlacementsRead,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ApiScope::PupilsRead => "pupils:read",
            ApiScope::PupilsWrite => "pupils:write",
            ApiScope::RegistrationsRead => "registrations:read",
            ApiScope::PlacementsRead => "placements:read",
        }
    }
}

/// A new API client: its name, the schools it acts for and its scopes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "name": "ParnasSys koppeling De Regenboog",
    "school_ids": ["0f8fad5b-d9cb-469f-a165-70867728950e"],
    "scopes": ["pupils:read", "pupils:write", "registrations:read"]
})))]
pub struct ApiClientRequest {
    /// Unique among the region's clients; shown in the audit log as the actor.
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 80, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub name: String,
    /// The region's schools (a board admin: the board's schools) the client acts for.
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 500, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 500))]
    pub school_ids: Vec<uuid::Uuid>,
    #[cfg_attr(
        feature = "validate",
        validate(length(min = 1, max = 4, code = "length"))
    )]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 4))]
    pub scopes: Vec<ApiScope>,
    /// Requests per minute, counted over every replica; 600 when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "validate",
        validate(range(min = 1, max = 6000, code = "range"))
    )]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 6000))]
    pub requests_per_minute: Option<u32>,
}

/// An API client as its manager sees it (never its secret).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiClientResponse {
    /// The OAuth `client_id`.
    pub id: uuid::Uuid,
    pub name: String,
    pub school_ids: Vec<uuid::Uuid>,
    pub scopes: Vec<ApiScope>,
    pub requests_per_minute: u32,
    /// Set for a board admin's client: it acts for the board's schools only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_id: Option<uuid::Uuid>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When it was revoked; a revoked client gets no more tokens and its tokens stop working.
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub revoked_at: Option<OffsetDateTime>,
    /// The latest token or request (to the minute).
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_used_at: Option<OffsetDateTime>,
    /// After a rotation: when the previous secret stops working.
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_secret_until: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiClientListResponse {
    pub clients: Vec<ApiClientResponse>,
}

/// A client with its new secret: shown this once, stored only as a hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiClientSecretResponse {
    pub client: ApiClientResponse,
    /// The OAuth `client_secret` (64 hexadecimal characters).
    pub client_secret: String,
}

/// A token request (`application/x-www-form-urlencoded`). The client authenticates with HTTP
/// Basic (`client_secret_basic`, preferred) or with `client_id` and `client_secret` here.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenRequest {
    /// Always `client_credentials`.
    #[cfg_attr(feature = "openapi", schema(example = "client_credentials"))]
    pub grant_type: Option<String>,
    /// Space-separated scopes, a subset of the client's; all of them when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(example = "pupils:read registrations:read")
    )]
    pub scope: Option<String>,
    /// The school the token acts for; needed when the client acts for several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

/// A client's access token (RFC 6749 §5.1). There is no refresh token: ask for a new one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClientTokenResponse {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    /// The scopes granted, space-separated.
    pub scope: String,
    /// The school the token acts for.
    pub school_id: uuid::Uuid,
}

/// The RFC 6749 §5.2 error codes the token endpoint answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OAuthErrorCode {
    InvalidRequest,
    InvalidClient,
    InvalidGrant,
    UnauthorizedClient,
    UnsupportedGrantType,
    InvalidScope,
}

/// A refused token request (RFC 6749 §5.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OAuthErrorResponse {
    pub error: OAuthErrorCode,
    pub error_description: String,
}
