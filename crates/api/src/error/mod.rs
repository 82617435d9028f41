//! `ApiError`: the one place where a failure becomes an HTTP status and a stable code.

mod database;
mod domain;

pub use domain::list_errors;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use overstap_api_types::{ErrorCode, ErrorDetails, ErrorResponse, FieldError, Problem, RowError};
use overstap_domain::Language;
use overstap_domain::i18n::{format_date_time, format_last_moment};
use time::OffsetDateTime;
use validator::{ValidationErrors, ValidationErrorsKind};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("invalid rows")]
    InvalidRows(Vec<RowError>),
    #[error("malformed request: {0}")]
    Malformed(String),
    #[error("unsupported file: {0}")]
    UnsupportedFile(String),
    #[error("{message}")]
    WindowClosed {
        message: String,
        facts: serde_json::Value,
    },
    #[error("{message}")]
    NotAllowedInStatus {
        message: String,
        facts: serde_json::Value,
    },
    #[error("unknown account or wrong password")]
    InvalidCredentials,
    #[error("not signed in")]
    Unauthenticated,
    #[error("the refresh token is not valid")]
    InvalidRefreshToken,
    #[error("not allowed for this role")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("{message}")]
    Conflict {
        message: String,
        facts: Option<serde_json::Value>,
    },
    /// A unique index refused a row: a concurrent request made the same thing first.
    #[error("already exists")]
    AlreadyExists,
    #[error("stale revision; current is {current_revision}")]
    StaleRevision { current_revision: i32 },
    #[error("the link is unknown, used, replaced or expired")]
    InvalidLink,
    #[error("a one-time password is needed")]
    OneTimePasswordRequired,
    #[error("wrong one-time password or recovery code")]
    InvalidOneTimePassword,
    #[error("two-step sign-in must be set up first")]
    OneTimePasswordSetupRequired,
    #[error("the invitation was used already")]
    InvitationUsed,
    #[error("the invitation expired")]
    InvitationExpired,
    #[error("a newer invitation replaced this one")]
    InvitationSuperseded,
    #[error("another staff account has this e-mail address")]
    EmailTaken,
    #[error("another school has this BRIN number")]
    BrinTaken,
    #[error("{0}")]
    InUse(String),
    #[error("{message}")]
    PhaseStarted {
        message: String,
        facts: serde_json::Value,
    },
    /// The region already has a procedure for this school year.
    #[error("the region already has a procedure for {0}")]
    SchoolYearTaken(String),
    /// The current procedure's school year has not ended yet.
    #[error("the current procedure runs until {until}")]
    ProcedureRunning { until: OffsetDateTime },
    /// The thing belongs to an earlier procedure year, which is read only.
    #[error("this belongs to the procedure {school_year}, which is read only")]
    EarlierProcedure { school_year: String },
    /// The pupil takes the paper route: the parent registers on paper.
    #[error("the pupil takes the paper route")]
    OnPaper,
    #[error("request body too large")]
    PayloadTooLarge { limit: usize },
    /// The path exists with other methods only (listed in the `Allow` header).
    #[error("method not allowed")]
    MethodNotAllowed { allow: String },
    #[error("too many attempts")]
    RateLimited { retry_after_seconds: u64 },
    /// An API client's token does not carry a scope this endpoint needs (`None`: the
    /// endpoint is not open to API clients at all).
    #[error("insufficient scope")]
    InsufficientScope { needed: Option<&'static str> },
    /// The `Idempotency-Key` came with another request before.
    #[error("the idempotency key was used for another request")]
    IdempotencyKeyReused,
    /// `If-Match` named a tag that is no longer current (`current` is the tag now).
    #[error("precondition failed")]
    PreconditionFailed { current: String },
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// `action` is allowed only in `[opens_at, closes_at)`; the facts give both ends in
    /// Europe/Amsterdam for people (Dutch and English) and as Unix seconds for programs.
    pub fn window_closed(
        action: &str,
        opens_at: OffsetDateTime,
        closes_at: OffsetDateTime,
    ) -> ApiError {
        ApiError::WindowClosed {
            message: format!(
                "This is possible from {} until {} (Europe/Amsterdam).",
                format_date_time(opens_at, Language::En),
                format_last_moment(closes_at, Language::En)
            ),
            facts: serde_json::json!({
                "action": action,
                "opens_at": opens_at.unix_timestamp(),
                "closes_at": closes_at.unix_timestamp(),
                "opens_at_display": format_date_time(opens_at, Language::Nl),
                "closes_at_display": format_last_moment(closes_at, Language::Nl),
                "opens_at_display_en": format_date_time(opens_at, Language::En),
                "closes_at_display_en": format_last_moment(closes_at, Language::En),
            }),
        }
    }

    /// `what` can no longer change: `phase` began at `started_at`.
    pub fn phase_started(what: &str, phase: &str, started_at: OffsetDateTime) -> ApiError {
        ApiError::PhaseStarted {
            message: format!(
                "{what} can no longer change: the {} began on {} (Europe/Amsterdam).",
                phase.replace('_', " "),
                format_date_time(started_at, Language::En)
            ),
            facts: serde_json::json!({
                "phase": phase,
                "started_at": started_at.unix_timestamp(),
                "started_at_display": format_date_time(started_at, Language::Nl),
                "started_at_display_en": format_date_time(started_at, Language::En),
            }),
        }
    }

    /// One refused field: 422 `invalid_input`.
    pub fn field(field: &str, code: &str, message: impl Into<String>) -> ApiError {
        ApiError::Invalid(vec![FieldError::new(field, code, message)])
    }

    pub fn internal(cause: impl std::fmt::Display) -> ApiError {
        ApiError::Internal(cause.to_string())
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            ApiError::Invalid(_) | ApiError::InvalidRows(_) => ErrorCode::InvalidInput,
            ApiError::Malformed(_) => ErrorCode::MalformedRequest,
            ApiError::UnsupportedFile(_) => ErrorCode::UnsupportedFile,
            ApiError::WindowClosed { .. } => ErrorCode::WindowClosed,
            ApiError::NotAllowedInStatus { .. } => ErrorCode::NotAllowedInStatus,
            ApiError::InvalidCredentials => ErrorCode::InvalidCredentials,
            ApiError::Unauthenticated => ErrorCode::Unauthenticated,
            ApiError::InvalidRefreshToken => ErrorCode::InvalidRefreshToken,
            ApiError::Forbidden => ErrorCode::Forbidden,
            ApiError::NotFound => ErrorCode::NotFound,
            ApiError::Conflict { .. } => ErrorCode::Conflict,
            ApiError::AlreadyExists => ErrorCode::AlreadyExists,
            ApiError::StaleRevision { .. } => ErrorCode::StaleRevision,
            ApiError::InvalidLink => ErrorCode::InvalidLink,
            ApiError::OneTimePasswordRequired => ErrorCode::OneTimePasswordRequired,
            ApiError::InvalidOneTimePassword => ErrorCode::InvalidOneTimePassword,
            ApiError::OneTimePasswordSetupRequired => ErrorCode::OneTimePasswordSetupRequired,
            ApiError::InvitationUsed => ErrorCode::InvitationUsed,
            ApiError::InvitationExpired => ErrorCode::InvitationExpired,
            ApiError::InvitationSuperseded => ErrorCode::InvitationSuperseded,
            ApiError::EmailTaken => ErrorCode::EmailTaken,
            ApiError::BrinTaken => ErrorCode::BrinTaken,
            ApiError::InUse(_) => ErrorCode::InUse,
            ApiError::PhaseStarted { .. } => ErrorCode::PhaseStarted,
            ApiError::SchoolYearTaken(_) => ErrorCode::SchoolYearTaken,
            ApiError::ProcedureRunning { .. } => ErrorCode::ProcedureRunning,
            ApiError::EarlierProcedure { .. } => ErrorCode::EarlierProcedure,
            ApiError::OnPaper => ErrorCode::PaperRoute,
            ApiError::PayloadTooLarge { .. } => ErrorCode::PayloadTooLarge,
            ApiError::MethodNotAllowed { .. } => ErrorCode::MethodNotAllowed,
            ApiError::RateLimited { .. } => ErrorCode::RateLimited,
            ApiError::InsufficientScope { .. } => ErrorCode::InsufficientScope,
            ApiError::IdempotencyKeyReused => ErrorCode::IdempotencyKeyReused,
            ApiError::PreconditionFailed { .. } => ErrorCode::PreconditionFailed,
            ApiError::Unavailable(_) => ErrorCode::Unavailable,
            ApiError::Internal(_) => ErrorCode::Internal,
        }
    }

    fn message(&self) -> String {
        match self {
            ApiError::Invalid(fields) => format!(
                "{} field(s) are invalid: {}",
                fields.len(),
                fields
                    .iter()
                    .map(|f| f.field.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ApiError::InvalidRows(rows) => format!(
                "{} problem(s) in the file; nothing was imported. First: line {}.",
                rows.len(),
                rows.first().map_or(0, |r| r.line)
            ),
            ApiError::Malformed(why) => format!("The request could not be read: {why}"),
            ApiError::UnsupportedFile(why) => format!("The file cannot be read: {why}"),
            ApiError::WindowClosed { message, .. }
            | ApiError::NotAllowedInStatus { message, .. } => message.clone(),
            ApiError::InvalidCredentials => "Unknown account or wrong password.".to_owned(),
            ApiError::Unauthenticated => {
                "Sign in first; the access token is missing, invalid or expired.".to_owned()
            }
            ApiError::InvalidRefreshToken => "The session has ended; sign in again.".to_owned(),
            ApiError::Forbidden => "Your role may not do this.".to_owned(),
            ApiError::NotFound => "Not found.".to_owned(),
            ApiError::Conflict { message, .. } => message.clone(),
            ApiError::AlreadyExists => {
                "Another request made this at the same moment; reload to see it.".to_owned()
            }
            ApiError::StaleRevision { .. } => {
                "Somebody changed this since you read it; read it again and retry.".to_owned()
            }
            ApiError::InvalidLink => "This link is unknown, already used, replaced by a newer \
                one or expired. Ask the primary school to send a new login."
                .to_owned(),
            ApiError::OneTimePasswordRequired => {
                "Enter the code from your authenticator app, or a recovery code.".to_owned()
            }
            ApiError::InvalidOneTimePassword => {
                "This code is wrong, expired or already used.".to_owned()
            }
            ApiError::OneTimePasswordSetupRequired => "Your role signs in with a one-time \
                password: set up two-step sign-in first."
                .to_owned(),
            ApiError::InvitationUsed => "This invitation was used already: sign in with the \
                password you chose then, or ask for a new password."
                .to_owned(),
            ApiError::InvitationExpired => "This invitation expired; ask whoever invited you to \
                send a new one."
                .to_owned(),
            ApiError::InvitationSuperseded => "A newer invitation replaced this one; use the \
                link in the latest e-mail."
                .to_owned(),
            ApiError::EmailTaken => "Another staff account has this e-mail address.".to_owned(),
            ApiError::BrinTaken => "Another school has this BRIN number.".to_owned(),
            ApiError::InUse(message) => message.clone(),
            ApiError::PhaseStarted { message, .. } => message.clone(),
            ApiError::SchoolYearTaken(year) => {
                format!("The region already has a procedure for the school year {year}.")
            }
            ApiError::ProcedureRunning { until } => format!(
                "The current procedure runs until its school year ends on {} (Europe/Amsterdam); \
                 the next procedure can be created from then on.",
                format_date_time(*until, Language::En)
            ),
            ApiError::EarlierProcedure { school_year } => format!(
                "This belongs to the procedure {school_year}, which stays readable but no longer \
                 changes."
            ),
            ApiError::OnPaper => "The primary school recorded that this child registers on paper; \
                ask the primary school for the form."
                .to_owned(),
            ApiError::PayloadTooLarge { limit } => {
                format!("The request body is larger than {limit} bytes.")
            }
            ApiError::MethodNotAllowed { allow } => {
                format!("This path answers only {allow}.")
            }
            ApiError::RateLimited {
                retry_after_seconds,
            } => format!("Too many attempts; try again in {retry_after_seconds} seconds."),
            ApiError::InsufficientScope {
                needed: Some(scope),
            } => {
                format!("This needs the scope {scope}; ask for a token with it.")
            }
            ApiError::PreconditionFailed { .. } => "Somebody changed this since you read it (the \
                If-Match tag is not current); read it again."
                .to_owned(),
            ApiError::IdempotencyKeyReused => "This Idempotency-Key came with another request \
                before; a new request takes a new key."
                .to_owned(),
            ApiError::InsufficientScope { needed: None } => {
                "API clients cannot do this; a person signs in for it.".to_owned()
            }
            ApiError::Unavailable(_) => "The service is temporarily unavailable.".to_owned(),
            ApiError::Internal(_) => "Something went wrong on our side.".to_owned(),
        }
    }

    pub fn body(&self) -> ErrorResponse {
        let details = match self {
            ApiError::Invalid(fields) => Some(ErrorDetails {
                fields: fields.clone(),
                ..ErrorDetails::default()
            }),
            ApiError::InvalidRows(rows) => Some(ErrorDetails {
                rows: rows.clone(),
                ..ErrorDetails::default()
            }),
            ApiError::Conflict {
                facts: Some(facts), ..
            }
            | ApiError::WindowClosed { facts, .. }
            | ApiError::PhaseStarted { facts, .. }
            | ApiError::NotAllowedInStatus { facts, .. } => Some(ErrorDetails {
                facts: Some(facts.clone()),
                ..ErrorDetails::default()
            }),
            ApiError::SchoolYearTaken(year) => Some(ErrorDetails {
                facts: Some(serde_json::json!({ "school_year": year })),
                ..ErrorDetails::default()
            }),
            ApiError::EarlierProcedure { school_year } => Some(ErrorDetails {
                facts: Some(serde_json::json!({ "school_year": school_year })),
                ..ErrorDetails::default()
            }),
            ApiError::ProcedureRunning { until } => Some(ErrorDetails {
                facts: Some(serde_json::json!({
                    "until": until.unix_timestamp(),
                    "until_display": format_date_time(*until, Language::Nl),
                    "until_display_en": format_date_time(*until, Language::En),
                })),
                ..ErrorDetails::default()
            }),
            ApiError::StaleRevision { current_revision } => Some(ErrorDetails {
                facts: Some(serde_json::json!({ "current_revision": current_revision })),
                ..ErrorDetails::default()
            }),
            ApiError::RateLimited {
                retry_after_seconds,
            } => Some(ErrorDetails {
                facts: Some(serde_json::json!({ "retry_after_seconds": retry_after_seconds })),
                ..ErrorDetails::default()
            }),
            ApiError::InsufficientScope {
                needed: Some(scope),
            } => Some(ErrorDetails {
                facts: Some(serde_json::json!({ "scope": scope })),
                ..ErrorDetails::default()
            }),
            _ => None,
        };
        let message = self.message();
        ErrorResponse {
            problem: Problem::of(self.code(), self.status_code().as_u16(), &message),
            code: self.code(),
            message,
            details,
            request_id: None,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Invalid(_) | ApiError::InvalidRows(_) | ApiError::UnsupportedFile(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ApiError::Malformed(_) => StatusCode::BAD_REQUEST,
            ApiError::WindowClosed { .. } | ApiError::NotAllowedInStatus { .. } => {
                StatusCode::CONFLICT
            }
            ApiError::InvalidCredentials
            | ApiError::Unauthenticated
            | ApiError::InvalidRefreshToken
            | ApiError::OneTimePasswordRequired
            | ApiError::InvalidOneTimePassword => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden | ApiError::OneTimePasswordSetupRequired => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Conflict { .. }
            | ApiError::AlreadyExists
            | ApiError::StaleRevision { .. } => StatusCode::CONFLICT,
            ApiError::InvalidLink
            | ApiError::InvitationUsed
            | ApiError::InvitationExpired
            | ApiError::InvitationSuperseded => StatusCode::GONE,
            ApiError::EmailTaken
            | ApiError::BrinTaken
            | ApiError::InUse(_)
            | ApiError::PhaseStarted { .. }
            | ApiError::SchoolYearTaken(_)
            | ApiError::ProcedureRunning { .. }
            | ApiError::EarlierProcedure { .. }
            | ApiError::OnPaper => StatusCode::CONFLICT,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::InsufficientScope { .. } => StatusCode::FORBIDDEN,
            ApiError::IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::PreconditionFailed { .. } => StatusCode::PRECONDITION_FAILED,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        // The cause of a server-side failure is logged here, once, inside the request's span;
        // the body stays opaque (the request id is added by the middleware).
        match self {
            ApiError::Internal(cause) => tracing::error!(%cause, "request failed"),
            ApiError::Unavailable(cause) => tracing::warn!(%cause, "dependency unavailable"),
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        match self {
            ApiError::RateLimited {
                retry_after_seconds,
            } => {
                response.insert_header((header::RETRY_AFTER, retry_after_seconds.to_string()));
            }
            ApiError::Unauthenticated => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            ApiError::MethodNotAllowed { allow } => {
                response.insert_header((header::ALLOW, allow.as_str()));
            }
            ApiError::PreconditionFailed { current } => {
                response.insert_header((header::ETAG, current.as_str()));
            }
            // RFC 6750 §3.1.
            ApiError::InsufficientScope { needed } => {
                let value = match needed {
                    Some(scope) => format!(r#"Bearer error="insufficient_scope", scope="{scope}""#),
                    None => r#"Bearer error="insufficient_scope""#.to_owned(),
                };
                response.insert_header((header::WWW_AUTHENTICATE, value));
            }
            // The database is restarting or overloaded: a client should try again shortly.
            ApiError::Unavailable(_) => {
                response.insert_header((header::RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS));
            }
            _ => {}
        }
        problem_json(&mut response, &self.body())
    }
}

/// The media type of every refusal (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// `body` as `application/problem+json`.
pub fn problem_json(
    response: &mut actix_web::HttpResponseBuilder,
    body: &ErrorResponse,
) -> HttpResponse {
    match serde_json::to_string(body) {
        Ok(text) => response.content_type(PROBLEM_JSON).body(text),
        Err(_) => response.finish(),
    }
}

/// What a 503 tells the client to wait before trying again.
const UNAVAILABLE_RETRY_AFTER_SECONDS: &str = "5";

impl From<ValidationErrors> for ApiError {
    fn from(errors: ValidationErrors) -> ApiError {
        let mut fields = Vec::new();
        collect_field_errors("", &errors, &mut fields);
        fields.sort_by(|a, b| a.field.cmp(&b.field));
        ApiError::Invalid(fields)
    }
}

fn collect_field_errors(prefix: &str, errors: &ValidationErrors, out: &mut Vec<FieldError>) {
    for (field, kind) in errors.errors() {
        let name = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                out.extend(list.iter().map(|e| {
                    FieldError {
                        field: name.clone(),
                        code: e.code.to_string(),
                        message: e
                            .message
                            .as_ref()
                            .map_or_else(|| default_message(&e.code), ToString::to_string),
                    }
                }));
            }
            ValidationErrorsKind::Struct(inner) => collect_field_errors(&name, inner, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect_field_errors(&format!("{name}[{index}]"), inner, out);
                }
            }
        }
    }
}

fn default_message(code: &str) -> String {
    match code {
        "email" => "Not a valid e-mail address.".to_owned(),
        "length" => "Too short or too long.".to_owned(),
        "too_long" => "Too long.".to_owned(),
        other => format!("Invalid ({other})."),
    }
}

/// Validates a parsed request body, turning violations into a 422.
pub fn validate<T: validator::Validate>(value: &T) -> Result<(), ApiError> {
    value.validate().map_err(ApiError::from)
}
