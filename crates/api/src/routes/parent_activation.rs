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
use crate::parent::activation;
use crate::parent::views::domain_language;
use crate::routes::auth::start_session;
use crate::state::AppState;

/// Whose account an activation link opens, before the parent chooses a password.
#[utoipa::path(tag = "auth", request_body = ActivationPreviewRequest, responses(
    (status = 200, body = ActivationPreviewResponse),
    (status = 410, description = "invalid_link: unknown, used, replaced or expired", body = ErrorResponse),
    (status = 422, body = ErrorResponse)))]
#[post("/auth/parent/activation/preview")]
async fn preview_activation(
    state: web::Data<AppState>,
    body: web::Json<ActivationPreviewRequest>,
) -> Result<web::Json<ActivationPreviewResponse>, ApiError> {
    validate(&*body)?;
    Ok(web::Json(
        activation::preview(&state.db, &body.token, state.clock.now()).await?,
    ))
}

/// Activate the account with the e-mailed link and a new password (8 to 64 characters, not a
/// common password); the status turns groen and the parent is signed in.
#[utoipa::path(tag = "auth", request_body = ActivateRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 409, description = "window_closed", body = ErrorResponse),
    (status = 410, description = "invalid_link", body = ErrorResponse),
    (status = 422, description = "password: too_short, too_long or too_common", body = ErrorResponse),
    (status = 429, body = ErrorResponse)))]
#[post("/auth/parent/activate")]
async fn activate(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<ActivateRequest>,
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

/// Ask for a password-reset e-mail. Always 202: the answer does not tell whether the ELK
/// number has an account.
#[utoipa::path(tag = "auth", request_body = PasswordResetRequest, responses(
    (status = 202, description = "If the number has an account, an e-mail is on its way"),
    (status = 422, body = ErrorResponse), (status = 429, body = ErrorResponse)))]
#[post("/auth/parent/password-reset")]
async fn request_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<PasswordResetRequest>,
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

/// Set a new password with the e-mailed reset link; every session of the account ends.
#[utoipa::path(tag = "auth", request_body = PasswordResetCompleteRequest, responses(
    (status = 204, description = "Password changed; sign in with it"),
    (status = 410, description = "invalid_link", body = ErrorResponse),
    (status = 422, description = "password: too_short, too_long or too_common", body = ErrorResponse),
    (status = 429, body = ErrorResponse)))]
#[post("/auth/parent/password-reset/complete")]
async fn complete_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<PasswordResetCompleteRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    state.sign_in_limiter.check_client(&req)?;
    activation::complete_reset(&state, &body.token, &body.password).await?;
    Ok(HttpResponse::NoContent().finish())
}
