//! Two-step sign-in of the signed-in staff member: set up (secret + QR code), confirm with a
//! first code (recovery codes are handed out then), new recovery codes, turn off. A
//! coordinator or board admin who must use it reaches only these routes until it is set up.

use actix_web::{HttpResponse, get, post, web};
use overstap_api_types::{
    ErrorResponse, OneTimePasswordRequest, RecoveryCodesResponse, TwoStepSetupResponse,
    TwoStepStatus,
};
use overstap_domain::StaffUserId;
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::{sessions, staff, staff_two_step};
use time::OffsetDateTime;

use crate::auth::{StaffSetupSession, backoff, two_step};
use crate::error::{ApiError, validate};
use crate::json_body::JsonBody;
use crate::state::AppState;

/// Wrong codes typed while signed in count like wrong passwords: after a few, each next try
/// waits longer (a code has only a million values).
fn attempt(user: StaffUserId) -> backoff::Attempt {
    backoff::Attempt::new(&format!("two-step {user}"), None)
}

fn wrong_code() -> ApiError {
    ApiError::Invalid(vec![overstap_api_types::FieldError {
        field: "code".to_owned(),
        code: "invalid_one_time_password".to_owned(),
        message: "This code is wrong or expired; type the code your app shows now.".to_owned(),
    }])
}

/// Checks a code from the app against the confirmed secret, once per time step, throttled.
async fn check_code(
    state: &AppState,
    user: StaffUserId,
    code: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let attempt = attempt(user);
    let failures = backoff::check(&state.db, &attempt, now).await?;
    let totp = staff_two_step::find(&state.db, user)
        .await?
        .filter(|t| t.confirmed)
        .ok_or_else(|| ApiError::Conflict {
            message: "Two-step sign-in is not turned on.".to_owned(),
            facts: None,
        })?;
    match two_step::matching_step(&totp.secret, code, now)? {
        Some(step) if staff_two_step::accept_step(&state.db, user, step).await? => {
            backoff::succeeded(&state.db, &attempt, failures).await
        }
        _ => {
            backoff::failed(&state.db, &attempt, now).await?;
            Err(wrong_code())
        }
    }
}

async fn audit_entry(
    state: &AppState,
    session: &StaffSetupSession,
    action: AuditAction,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let session = &session.0;
    audit::append(
        &state.db,
        AuditEntry::new(
            action,
            session.actor(),
            AuditSubject::StaffUser(overstap_domain::StaffUserId::from_uuid(session.subject)),
            now,
        ),
    )
    .await?;
    Ok(())
}

/// Show my two-step sign-in: on or off, required, recovery codes left
///
/// For any signed-in staff member, also a coordinator or board admin who has not set it up yet;
/// parents are refused. Says whether two-step sign-in is on for the account, whether the server
/// requires it for the role (coordinators and board admins) and how many recovery codes are left.
#[utoipa::path(tag = "auth", responses(
    (status = 200, description = "The account's two-step sign-in", body = TwoStepStatus),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Parents (`forbidden`)", body = ErrorResponse)),
    security(("bearer" = [])))]
#[get("/auth/two-step")]
async fn get_two_step(
    state: web::Data<AppState>,
    session: StaffSetupSession,
) -> Result<web::Json<TwoStepStatus>, ApiError> {
    let user = session.0.staff_user()?;
    Ok(web::Json(TwoStepStatus {
        enabled: staff_two_step::is_enabled(&state.db, user).await?,
        required: state.two_step_required && two_step::required_for(session.0.role),
        recovery_codes_left: staff_two_step::recovery_codes_left(&state.db, user).await?,
    }))
}

/// Start setting up two-step sign-in with a new authenticator secret
///
/// For any signed-in staff member, also one whose role must still set it up; parents are
/// refused. Answers a new secret for the authenticator app, as text, `otpauth://` address and QR
/// code. Nothing changes until a first code is confirmed; a second call replaces the pending
/// secret. Refused while two-step sign-in is on: turn it off first to use another app.
#[utoipa::path(tag = "auth", responses(
    (status = 201, description = "The pending secret, to confirm with a first code",
        body = TwoStepSetupResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Parents (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "Two-step sign-in is already on (`conflict`)",
        body = ErrorResponse)),
    security(("bearer" = [])))]
#[post("/auth/two-step/setup")]
async fn set_up_two_step(
    state: web::Data<AppState>,
    session: StaffSetupSession,
) -> Result<HttpResponse, ApiError> {
    let user_id = session.0.staff_user()?;
    let user = staff::find(&state.db, user_id)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    let secret = two_step::new_secret();
    if !staff_two_step::start(&state.db, user_id, &secret, state.clock.now()).await? {
        return Err(ApiError::Conflict {
            message: "Two-step sign-in is already on; turn it off first to use another app."
                .to_owned(),
            facts: None,
        });
    }
    let otpauth_uri = two_step::provisioning_uri(&secret, &user.email)?;
    let qr_svg = two_step::qr_svg(&otpauth_uri)?;
    Ok(HttpResponse::Created().json(TwoStepSetupResponse {
        secret,
        otpauth_uri,
        qr_svg,
    }))
}

/// Turn two-step sign-in on with the first code the authenticator app shows
///
/// For a signed-in staff member who started the set-up (`POST /auth/two-step/setup`); parents are
/// refused. Answers the recovery codes, this once only. The member's other sessions end, and this
/// session's next refresh carries the second step. Wrong codes make the next try wait.
#[utoipa::path(tag = "auth", request_body = OneTimePasswordRequest, responses(
    (status = 200, description = "On; the recovery codes, shown only now",
        body = RecoveryCodesResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Parents (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "No set-up started, or already on (`conflict`)",
        body = ErrorResponse),
    (status = 422, description = "Wrong or expired code (`invalid_input`; field `code`: \
        `invalid_one_time_password`)", body = ErrorResponse),
    (status = 429, description = "Too many wrong codes (`rate_limited`); see Retry-After",
        body = ErrorResponse)),
    security(("bearer" = [])))]
#[post("/auth/two-step/confirm")]
async fn confirm_two_step(
    state: web::Data<AppState>,
    session: StaffSetupSession,
    body: JsonBody<OneTimePasswordRequest>,
) -> Result<web::Json<RecoveryCodesResponse>, ApiError> {
    validate(&*body)?;
    let user = session.0.staff_user()?;
    let now = state.clock.now();
    let not_started = || ApiError::Conflict {
        message: "Start the set-up first (POST /auth/two-step/setup).".to_owned(),
        facts: None,
    };
    let pending = staff_two_step::find(&state.db, user)
        .await?
        .filter(|t| !t.confirmed)
        .ok_or_else(not_started)?;
    let attempt = attempt(user);
    let failures = backoff::check(&state.db, &attempt, now).await?;
    let Some(step) = two_step::matching_step(&pending.secret, &body.code, now)? else {
        backoff::failed(&state.db, &attempt, now).await?;
        return Err(wrong_code());
    };
    backoff::succeeded(&state.db, &attempt, failures).await?;
    let (codes, hashes) = two_step::new_recovery_codes();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    if !staff_two_step::confirm(&txn, user, step, now).await? {
        return Err(not_started());
    }
    staff_two_step::replace_recovery_codes(&txn, user, &hashes, now).await?;
    sessions::revoke_subject_except(&txn, session.0.subject, session.0.session_id, now).await?;
    txn.commit().await?;
    audit_entry(&state, &session, AuditAction::TwoStepEnabled, now).await?;
    Ok(web::Json(RecoveryCodesResponse {
        recovery_codes: codes,
    }))
}

/// Replace my recovery codes, with a code from the authenticator app
///
/// For a signed-in staff member whose two-step sign-in is on; parents are refused. The current
/// code of the app (each code works once) proves the app is at hand; the old recovery codes stop
/// working. Wrong codes make the next try wait.
#[utoipa::path(tag = "auth", request_body = OneTimePasswordRequest, responses(
    (status = 200, description = "The new recovery codes, shown only now",
        body = RecoveryCodesResponse),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Parents (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "Two-step sign-in is not on (`conflict`)", body = ErrorResponse),
    (status = 422, description = "Wrong, expired or used code (`invalid_input`; field `code`: \
        `invalid_one_time_password`)", body = ErrorResponse),
    (status = 429, description = "Too many wrong codes (`rate_limited`); see Retry-After",
        body = ErrorResponse)),
    security(("bearer" = [])))]
#[post("/auth/two-step/recovery-codes")]
async fn renew_recovery_codes(
    state: web::Data<AppState>,
    session: StaffSetupSession,
    body: JsonBody<OneTimePasswordRequest>,
) -> Result<web::Json<RecoveryCodesResponse>, ApiError> {
    validate(&*body)?;
    let user = session.0.staff_user()?;
    let now = state.clock.now();
    check_code(&state, user, &body.code, now).await?;
    let (codes, hashes) = two_step::new_recovery_codes();
    staff_two_step::replace_recovery_codes(&state.db, user, &hashes, now).await?;
    audit_entry(&state, &session, AuditAction::RecoveryCodesRenewed, now).await?;
    Ok(web::Json(RecoveryCodesResponse {
        recovery_codes: codes,
    }))
}

/// Turn two-step sign-in off, with a code from the authenticator app
///
/// For a signed-in staff member whose two-step sign-in is on; parents are refused, and so are
/// coordinators and board admins where the server requires it for their role. The secret and
/// the recovery codes are removed. Wrong codes make the next try wait.
#[utoipa::path(tag = "auth", request_body = OneTimePasswordRequest, responses(
    (status = 204, description = "Off: sign-in asks for the password only"),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 403, description = "Parents (`forbidden`)", body = ErrorResponse),
    (status = 409, description = "Not on, or required for the role (`conflict`)",
        body = ErrorResponse),
    (status = 422, description = "Wrong, expired or used code (`invalid_input`; field `code`: \
        `invalid_one_time_password`)", body = ErrorResponse),
    (status = 429, description = "Too many wrong codes (`rate_limited`); see Retry-After",
        body = ErrorResponse)),
    security(("bearer" = [])))]
#[post("/auth/two-step/disable")]
async fn disable_two_step(
    state: web::Data<AppState>,
    session: StaffSetupSession,
    body: JsonBody<OneTimePasswordRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    let user = session.0.staff_user()?;
    if state.two_step_required && two_step::required_for(session.0.role) {
        return Err(ApiError::Conflict {
            message: "Your role always signs in with a one-time password.".to_owned(),
            facts: None,
        });
    }
    let now = state.clock.now();
    check_code(&state, user, &body.code, now).await?;
    staff_two_step::remove(&state.db, user).await?;
    audit_entry(&state, &session, AuditAction::TwoStepDisabled, now).await?;
    Ok(HttpResponse::NoContent().finish())
}
