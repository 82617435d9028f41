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
use crate::json_body::JsonBody;
use crate::staff::links;
use crate::state::AppState;

/// Show whom a staff invitation is for, before the password is chosen
///
/// For anyone holding the e-mailed invitation link; no sign-in. Answers the name, e-mail address,
/// role, school or board, region and until when the link works (7 days from delivery). A used,
/// replaced or expired invitation is refused with a code that says which.
#[utoipa::path(tag = "auth", request_body = StaffLinkRequest, responses(
    (status = 200, description = "Whom the invitation is for",
        body = StaffInvitationPreviewResponse),
    (status = 410, description = "The link is unknown or its account deactivated (`invalid_link`), \
        used (`invitation_used`), expired (`invitation_expired`) or replaced by a newer one \
        (`invitation_superseded`)", body = ErrorResponse),
    (status = 422, description = "`token` missing or too long (`invalid_input`)",
        body = ErrorResponse),
    (status = 429, description = "Too many requests from this client (`rate_limited`); see \
        Retry-After", body = ErrorResponse)))]
#[post("/auth/staff/invitation/preview")]
async fn preview_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<StaffLinkRequest>,
) -> Result<web::Json<StaffInvitationPreviewResponse>, ApiError> {
    validate(&*body)?;
    state.sign_in_limiter.check_client(&req)?;
    Ok(web::Json(links::preview(&state, &body.token).await?))
}

/// Accept a staff invitation by choosing the account's first password
///
/// For anyone holding the e-mailed invitation link; no sign-in. The password follows the staff
/// rules (12 to 64 characters, very hard to guess). The link works once; afterwards the staff
/// member signs in with e-mail address and password.
#[utoipa::path(tag = "auth", request_body = StaffSetPasswordRequest, responses(
    (status = 204, description = "Password set; sign in with it"),
    (status = 410, description = "The link is unknown or its account deactivated (`invalid_link`), \
        used (`invitation_used`), expired (`invitation_expired`) or replaced by a newer one \
        (`invitation_superseded`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `password` is `too_short`, `too_long` or \
        `too_weak`", body = ErrorResponse),
    (status = 429, description = "Too many requests from this client (`rate_limited`); see \
        Retry-After", body = ErrorResponse)))]
#[post("/auth/staff/invitation/accept")]
async fn accept_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<StaffSetPasswordRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    state.sign_in_limiter.check_client(&req)?;
    links::set_password(&state, &body.token, &body.password, LinkPurpose::Invitation).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Ask for a password-reset e-mail for a staff account
///
/// For anyone; no sign-in. The answer is the same for every address, so it does not tell which
/// have accounts. An active account that has chosen a password gets an e-mail with a link valid
/// for one hour; its older links stop working. Repeated requests for one address are limited.
#[utoipa::path(tag = "auth", request_body = StaffPasswordResetRequest, responses(
    (status = 202, description = "If the address has an account, a link is on its way"),
    (status = 422, description = "`email` is not an e-mail address or too long (`invalid_input`)",
        body = ErrorResponse),
    (status = 429, description = "Too many requests (`rate_limited`); see Retry-After",
        body = ErrorResponse)))]
#[post("/auth/staff/password-reset")]
async fn request_staff_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<StaffPasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    let email = normalise_email(&body.email);
    state
        .sign_in_limiter
        .check(&req, &format!("staff-reset:{email}"))?;
    links::request_reset(&state.db, &email, state.clock.now()).await?;
    Ok(HttpResponse::Accepted().finish())
}

/// Set a new staff password with the e-mailed reset link
///
/// For anyone holding the reset link; no sign-in. The password follows the staff rules (12 to
/// 64 characters, very hard to guess). The link works once, for one hour; every session of the
/// account ends.
#[utoipa::path(tag = "auth", request_body = StaffSetPasswordRequest, responses(
    (status = 204, description = "Password changed; sign in with it"),
    (status = 410, description = "The link is unknown, used, replaced, expired or its account \
        deactivated (`invalid_link`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: `token` missing, or `password` is \
        `too_short`, `too_long` or `too_weak`", body = ErrorResponse),
    (status = 429, description = "Too many requests from this client (`rate_limited`); see \
        Retry-After", body = ErrorResponse)))]
#[post("/auth/staff/password-reset/complete")]
async fn complete_staff_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<StaffSetPasswordRequest>,
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
