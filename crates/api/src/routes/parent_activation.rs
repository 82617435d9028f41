//! The parent's account without a session: activation from the login e-mail, password reset
//! (use cases in `parent::activation`).

use actix_web::{HttpRequest, HttpResponse, post, web};
use overstap_api_types::{
    ActivateRequest, ActivationPreviewRequest, ActivationPreviewResponse, ErrorResponse,
    PasswordResetCompleteRequest, PasswordResetRequest, PortalLanguage, TokenResponse,
};
use overstap_domain::{ElkNumber, Role};

use crate::auth::refresh_cookie;
use crate::error::{ApiError, validate};
use crate::json_body::JsonBody;
use crate::parent::activation;
use crate::parent::views::domain_language;
use crate::routes::auth::start_session;
use crate::state::AppState;

/// Show whose account a parent activation link opens
///
/// For anyone holding the login e-mail's link; no sign-in. Answers the child's name and
/// ELK-nummer and until when the link works, before the parent chooses a password. Only the
/// newest link of the child works, unused and before it expires.
#[utoipa::path(tag = "auth", request_body = ActivationPreviewRequest, responses(
    (status = 200, description = "The child the link is for, and until when it works",
        body = ActivationPreviewResponse),
    (status = 410, description = "The link is unknown, used, replaced or expired \
        (`invalid_link`)", body = ErrorResponse),
    (status = 422, description = "`token` missing or too long (`invalid_input`)",
        body = ErrorResponse)))]
#[post("/auth/parent/activation/preview")]
async fn preview_activation(
    state: web::Data<AppState>,
    body: JsonBody<ActivationPreviewRequest>,
) -> Result<web::Json<ActivationPreviewResponse>, ApiError> {
    validate(&*body)?;
    Ok(web::Json(
        activation::preview(&state.db, &body.token, state.clock.now()).await?,
    ))
}

/// Activate the parent account with the e-mailed link and a new password
///
/// For anyone holding the newest login link of a child in status blauw; no sign-in. The password
/// has 8 to 64 characters and is not common. The status turns groen and the parent is signed in.
/// Allowed from the opening of login dispatch until the aanmeldweek closes.
#[utoipa::path(tag = "auth", request_body = ActivateRequest, responses(
    (status = 200, description = "Activated and signed in: a new session's tokens",
        body = TokenResponse),
    (status = 409, description = "Outside the activation window (`window_closed`, with both \
        ends)", body = ErrorResponse),
    (status = 410, description = "The link is unknown, used, replaced or expired, or the \
        account is activated already (`invalid_link`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `password` is `too_short`, `too_long` or \
        `too_common`", body = ErrorResponse),
    (status = 429, description = "Too many requests from this client (`rate_limited`); see \
        Retry-After", body = ErrorResponse)))]
#[post("/auth/parent/activate")]
async fn activate(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<ActivateRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    state.sign_in_limiter.check_client(&req)?;
    let language = domain_language(body.language.unwrap_or(PortalLanguage::Nl));
    let account = activation::activate(&state, &body.token, &body.password, language).await?;
    let tokens = start_session(&state, Role::Parent, account.as_uuid()).await?;
    Ok(refresh_cookie::respond(
        &req,
        tokens,
        state.tokens.refresh_ttl_seconds,
    ))
}

/// Ask for a parent password-reset e-mail by ELK number
///
/// For anyone; no sign-in. Always 202 for a well-formed request: the answer does not tell
/// whether the ELK-nummer has an activated account. If it has, the reset link goes to the
/// parent's address the primary school has on file. Repeated requests for one number are limited.
#[utoipa::path(tag = "auth", request_body = PasswordResetRequest, responses(
    (status = 202, description = "If the number has an account, an e-mail is on its way"),
    (status = 422, description = "`elk_number` missing or too long (`invalid_input`)",
        body = ErrorResponse),
    (status = 429, description = "Too many requests (`rate_limited`); see Retry-After",
        body = ErrorResponse)))]
#[post("/auth/parent/password-reset")]
async fn request_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<PasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    // Keyed on the number as parsed, so "572 000 0008" and "5720000008" share one budget.
    let number = ElkNumber::parse(&body.elk_number)
        .map_or_else(|_| body.elk_number.trim().to_owned(), |elk| elk.to_string());
    state
        .sign_in_limiter
        .check(&req, &format!("reset:{number}"))?;
    activation::request_reset(&state.db, &body.elk_number, state.clock.now()).await?;
    Ok(HttpResponse::Accepted().finish())
}

/// Set a new parent password with the e-mailed reset link
///
/// For anyone holding the reset link; no sign-in. The password has 8 to 64 characters and is not
/// common. The link works once and until it expires; every session of the account ends, and the
/// parent signs in again with the new password.
#[utoipa::path(tag = "auth", request_body = PasswordResetCompleteRequest, responses(
    (status = 204, description = "Password changed; sign in with it"),
    (status = 410, description = "The link is unknown, used or expired (`invalid_link`)",
        body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `token` missing, or `password` is \
        `too_short`, `too_long` or `too_common`", body = ErrorResponse),
    (status = 429, description = "Too many requests from this client (`rate_limited`); see \
        Retry-After", body = ErrorResponse)))]
#[post("/auth/parent/password-reset/complete")]
async fn complete_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<PasswordResetCompleteRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    state.sign_in_limiter.check_client(&req)?;
    activation::complete_reset(&state, &body.token, &body.password).await?;
    Ok(HttpResponse::NoContent().finish())
}
