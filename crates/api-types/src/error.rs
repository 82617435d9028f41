//! The one error envelope every failing request answers with.

use serde::{Deserialize, Serialize};

/// A stable, machine-readable reason. Clients switch on this, never on `message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body or a parameter failed validation; `details` lists the fields.
    InvalidInput,
    /// The body is not valid JSON or has the wrong shape.
    MalformedRequest,
    /// Unknown account or wrong password (deliberately indistinguishable).
    InvalidCredentials,
    /// No valid access token was presented.
    Unauthenticated,
    /// The refresh token is unknown, expired, revoked or already used.
    InvalidRefreshToken,
    /// Signed in, but this role may not do this.
    Forbidden,
    /// The resource does not exist, or is not yours to see.
    NotFound,
    /// The request conflicts with the current state.
    Conflict,
    /// Another request created the same thing at the same moment; reload and look.
    AlreadyExists,
    /// The body is larger than allowed.
    PayloadTooLarge,
    /// Too many attempts; retry after the `Retry-After` header.
    RateLimited,
    /// Something failed on our side; quote the `request_id` when reporting it.
    Internal,
    /// A dependency (the database) is unavailable.
    Unavailable,
    /// The action is outside its window in the procedure calendar; `details.facts` has the
    /// window's dates in Europe/Amsterdam.
    WindowClosed,
    /// The registration's status does not allow this action.
    NotAllowedInStatus,
    /// The uploaded file is not a CSV file of the documented shape.
    UnsupportedFile,
    /// Somebody changed this since it was read (another tab, the other parent); read it
    /// again. `details.facts.current_revision` has the current revision.
    StaleRevision,
    /// The activation or password-reset link is unknown, used, replaced by a newer one or
    /// expired; the primary school can send a new login.
    InvalidLink,
    /// The password was right; this account also needs the code of its authenticator app
    /// (`one_time_password`) or a recovery code.
    OneTimePasswordRequired,
    /// The one-time password or recovery code is wrong, expired or already used.
    InvalidOneTimePassword,
    /// This role must sign in with a one-time password: set it up first
    /// (`/auth/two-step/setup`).
    OneTimePasswordSetupRequired,
    /// The invitation was used already: sign in with the password chosen then.
    InvitationUsed,
    /// The invitation's link expired; ask for a new one.
    InvitationExpired,
    /// A newer invitation replaced this one; use the link of the latest e-mail.
    InvitationSuperseded,
    /// Another staff account has this e-mail address.
    EmailTaken,
    /// Another school (in this or another region) has this BRIN number.
    BrinTaken,
    /// Still in use, so it cannot be removed or switched off: a board with active schools, a
    /// school taking part in this year's procedure, a programme named on a list.
    InUse,
    /// This can no longer change because the phase it belongs to has begun; `details.facts`
    /// has the `phase` and its start (`started_at`, Unix seconds, and `started_at_display`).
    PhaseStarted,
    /// The region already has a procedure for this school year.
    SchoolYearTaken,
    /// The region's current procedure runs until its school year ends (`details.facts.until`,
    /// Unix seconds, and `until_display`); the next procedure can be created from then on.
    ProcedureRunning,
    /// This belongs to an earlier procedure year, which stays readable but no longer changes.
    EarlierProcedure,
    /// The pupil takes the paper route: the bulk send and reminders pass them by.
    PaperRoute,
    /// The path exists, but not with this method; the `Allow` header lists the methods it has.
    MethodNotAllowed,
    /// An API client's token lacks the scope this needs (named in `details.facts.scope` and
    /// in the `WWW-Authenticate` header), or the endpoint is not open to API clients.
    InsufficientScope,
    /// This `Idempotency-Key` was used for another request (another path or body); a new
    /// request takes a new key.
    IdempotencyKeyReused,
    /// The `If-Match` tag is not the resource's current `ETag`: somebody changed it since it
    /// was read. Read it again (the answer's `ETag` header has the current tag).
    PreconditionFailed,
}

impl ErrorCode {
    pub const fn as_str(&self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::MalformedRequest => "malformed_request",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::InvalidRefreshToken => "invalid_refresh_token",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::AlreadyExists => "already_exists",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Internal => "internal",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::WindowClosed => "window_closed",
            ErrorCode::NotAllowedInStatus => "not_allowed_in_status",
            ErrorCode::UnsupportedFile => "unsupported_file",
            ErrorCode::StaleRevision => "stale_revision",
            ErrorCode::InvalidLink => "invalid_link",
            ErrorCode::OneTimePasswordRequired => "one_time_password_required",
            ErrorCode::InvalidOneTimePassword => "invalid_one_time_password",
            ErrorCode::OneTimePasswordSetupRequired => "one_time_password_setup_required",
            ErrorCode::InvitationUsed => "invitation_used",
            ErrorCode::InvitationExpired => "invitation_expired",
            ErrorCode::InvitationSuperseded => "invitation_superseded",
            ErrorCode::EmailTaken => "email_taken",
            ErrorCode::BrinTaken => "brin_taken",
            ErrorCode::InUse => "in_use",
            ErrorCode::PhaseStarted => "phase_started",
            ErrorCode::SchoolYearTaken => "school_year_taken",
            ErrorCode::ProcedureRunning => "procedure_running",
            ErrorCode::EarlierProcedure => "earlier_procedure",
            ErrorCode::PaperRoute => "paper_route",
            ErrorCode::InsufficientScope => "insufficient_scope",
            ErrorCode::IdempotencyKeyReused => "idempotency_key_reused",
            ErrorCode::PreconditionFailed => "precondition_failed",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
        }
    }
}

/// An RFC 9457 problem (`application/problem+json`): `type`, `title`, `status` and `detail`,
/// with the stable `code`, `message`, `details` and `request_id` as extension members; 5xx
/// answers carry only a `request_id` to quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorResponse {
    #[serde(flatten)]
    pub problem: Problem,
    pub code: ErrorCode,
    /// A human-readable explanation in English.
    pub message: String,
    /// Per-field problems for `invalid_input`; other facts (window dates, limits) for other codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<ErrorDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// The members RFC 9457 defines. `type` names the problem by its code
/// (`urn:overstap:problem:window_closed`); `title` is that code in words, the same for every
/// occurrence; `detail` is this occurrence's explanation (the same text as `message`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    #[serde(rename = "type", default)]
    #[cfg_attr(
        feature = "openapi",
        schema(example = "urn:overstap:problem:window_closed")
    )]
    pub problem_type: String,
    #[cfg_attr(feature = "openapi", schema(example = "Window closed"))]
    pub title: String,
    /// The HTTP status of the answer.
    #[cfg_attr(
        feature = "openapi",
        schema(minimum = 400, maximum = 599, example = 409)
    )]
    pub status: u16,
    pub detail: String,
}

impl Problem {
    /// The problem members of an answer with `status` refusing with `code`.
    pub fn of(code: ErrorCode, status: u16, detail: &str) -> Problem {
        let words = code.as_str().replace('_', " ");
        let mut title = words[..1].to_uppercase();
        title.push_str(&words[1..]);
        Problem {
            problem_type: format!("urn:overstap:problem:{}", code.as_str()),
            title,
            status,
            detail: detail.to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetails {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// Per-row problems of an import, with their line numbers in the uploaded file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<RowError>,
    /// Further facts of the refusal, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub facts: Option<serde_json::Value>,
}

/// One invalid cell of an uploaded file: line 1 is the header, so data starts at line 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RowError {
    pub line: u32,
    /// The column name from the documented header, or `row` for the whole line.
    pub column: String,
    pub code: String,
    pub message: String,
}

/// One invalid field: its JSON name, a stable code per rule, and a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, code: &str, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: message.into(),
        }
    }
}
