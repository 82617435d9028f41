//! What staff do with an e-mailed link, without being signed in: read whom an invitation is
//! for, choose the first password with it, ask for a password reset and complete it.

use actix_web::{HttpRequest, HttpResponse, post, web};
use overstap_api_types::{
    ErrorResponse, StaffInvitationPreviewResponse, StaffLinkRequest, StaffPasswordResetRequest,
    StaffSetPasswordRequest,
};
use overstap_persistence::staff::normalise_email;
use overstap_persistence::staff_links::LinkPurpose;

use crate::error::{ApiError, validate};
use crate::staff::links;
use crate::state::AppState;

/// Whom an invitation is for (name, e-mail, role, workplace, region) and until when it works.
#[utoipa::path(tag = "auth", request_body = StaffLinkRequest, responses(
    (status = 200, body = StaffInvitationPreviewResponse),
    (status = 410, description = "invalid_link, invitation_used, invitation_expired or \
        invitation_superseded", body = ErrorResponse),
    (status = 422, body = ErrorResponse), (status = 429, body = ErrorResponse)))]
#[post("/auth/staff/invitation/preview")]
async fn preview_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<StaffLinkRequest>,
) -> Result<web::Json<StaffInvitationPreviewResponse>, ApiError> {
    validate(&*body)?;
    state.sign_in_limiter.check_client(&req)?;
    Ok(web::Json(links::preview(&state, &body.token).await?))
}

/// Choose the first password with an invitation; then sign in with it. The link works once.
#[utoipa::path(tag = "auth", request_body = StaffSetPasswordRequest, responses(
    (status = 204, description = "Password set; sign in with it"),
    (status = 410, description = "invalid_link, invitation_used, invitation_expired or \
        invitation_superseded", body = ErrorResponse),
    (status = 422, description = "password: too_short, too_long or too_weak",
        body = ErrorResponse),
    (status = 429, body = ErrorResponse)))]
#[post("/auth/staff/invitation/accept")]
async fn accept_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<StaffSetPasswordRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    state.sign_in_limiter.check_client(&req)?;
    links::set_password(&state, &body.token, &body.password, LinkPurpose::Invitation).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Ask for a password-reset link for a staff account. The answer is the same for every
/// address; an active account with a password gets an e-mail with a link valid for one hour.
#[utoipa::path(tag = "auth", request_body = StaffPasswordResetRequest, responses(
    (status = 202, description = "If the address has an account, a link is on its way"),
    (status = 422, body = ErrorResponse), (status = 429, body = ErrorResponse)))]
#[post("/auth/staff/password-reset")]
async fn request_staff_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<StaffPasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    let email = normalise_email(&body.email);
    state
        .sign_in_limiter
        .check(&req, &format!("staff-reset:{email}"))?;
    links::request_reset(&state.db, &email, state.clock.now()).await?;
    Ok(HttpResponse::Accepted().finish())
}

/// Set a new password with the e-mailed reset link; every session of the account ends.
#[utoipa::path(tag = "auth", request_body = StaffSetPasswordRequest, responses(
    (status = 204, description = "Password changed; sign in with it"),
    (status = 410, description = "invalid_link", body = ErrorResponse),
    (status = 422, body = ErrorResponse), (status = 429, body = ErrorResponse)))]
#[post("/auth/staff/password-reset/complete")]
async fn complete_staff_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<StaffSetPasswordRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    state.sign_in_limiter.check_client(&req)?;
    links::set_password(
        &state,
        &body.token,
        &body.password,
        LinkPurpose::PasswordReset,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
