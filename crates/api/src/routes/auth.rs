//! Sign-in for staff and parents, token refresh and sign-out.

use actix_web::{HttpRequest, HttpResponse, post, web};
use overstap_api_types::{
    ErrorResponse, ParentSignInRequest, RefreshRequest, SignOutRequest, StaffSignInRequest,
    TokenResponse,
};
use overstap_domain::{ElkNumber, Role};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::{parents, sessions, staff, staff_two_step};
use uuid::Uuid;

use crate::auth::{self, backoff, refresh_cookie, tokens, two_step};
use crate::error::{ApiError, validate};
use crate::json_body::JsonBody;
use crate::state::AppState;

/// How long after its use a refresh token's reuse counts as a concurrent refresh, not theft.
const CONCURRENT_REFRESH_GRACE: time::Duration = time::Duration::seconds(30);

/// Issues the first token pair of a new session and records the sign-in, in one transaction.
pub(crate) async fn start_session(
    state: &AppState,
    role: Role,
    subject: Uuid,
) -> Result<TokenResponse, ApiError> {
    let now = state.clock.now();
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let claims = auth::claims_for(&txn, role, subject, Uuid::new_v4(), None)
        .await?
        .ok_or(ApiError::InvalidCredentials)?;
    let mut tokens = auth::issue_tokens(&txn, &state.tokens, claims, now).await?;
    tokens.two_step_setup_required &= state.two_step_required;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::SignIn,
            AuditActor::signed_in(role, subject),
            AuditSubject::account(role, subject),
            now,
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(tokens)
}

/// Sign in as school or region staff with e-mail address and password
///
/// For any active staff account (PO or VO staff, board admin, coordinator). An account with
/// two-step sign-in also sends the code of its authenticator app or an unused recovery code.
/// Failed attempts from one network make the next one wait. A coordinator or board admin who
/// must use two-step sign-in and has not set it up gets `two_step_setup_required`.
#[utoipa::path(tag = "auth", request_body = StaffSignInRequest, responses(
    (status = 200, description = "Signed in: a new session's access and refresh token (the \
        refresh token as the `overstap_refresh` cookie when asked for)", body = TokenResponse),
    (status = 401, description = "Unknown account or wrong password (`invalid_credentials`); \
        right password but the one-time password is missing (`one_time_password_required`) \
        or wrong, expired or used (`invalid_one_time_password`)", body = ErrorResponse),
    (status = 422, description = "E-mail address or password missing or malformed \
        (`invalid_input`)", body = ErrorResponse),
    (status = 429, description = "Too many attempts (`rate_limited`); see Retry-After",
        body = ErrorResponse)))]
#[post("/auth/staff/sign-in")]
async fn sign_in_staff(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<StaffSignInRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    let name = staff::normalise_email(&body.email);
    state.sign_in_limiter.check(&req, &name)?;
    let now = state.clock.now();
    let attempt = backoff::Attempt::new(&name, state.sign_in_limiter.client_ip(&req));
    let failures = backoff::check(&state.db, &attempt, now).await?;
    let user = staff::find_by_email(&state.db, &body.email)
        .await?
        .filter(|u| u.active);
    let hash = user.as_ref().and_then(|u| u.password_hash.clone());
    if !state.hasher.verify(hash, body.password.clone()).await? {
        backoff::failed(&state.db, &attempt, now).await?;
        return Err(ApiError::InvalidCredentials);
    }
    let user = user.ok_or(ApiError::InvalidCredentials)?;
    let second = second_step(&state, &user, &body, now).await;
    if matches!(second, Err(ApiError::InvalidOneTimePassword)) {
        backoff::failed(&state.db, &attempt, now).await?;
    }
    let second = second?;
    backoff::succeeded(&state.db, &attempt, failures).await?;
    let tokens = start_session(&state, user.role, user.id.as_uuid()).await?;
    if second == SecondStep::RecoveryCode {
        audit::append(
            &state.db,
            AuditEntry::new(
                AuditAction::RecoveryCodeUsed,
                AuditActor::signed_in(user.role, user.id.as_uuid()),
                AuditSubject::StaffUser(user.id),
                now,
            ),
        )
        .await?;
    }
    Ok(refresh_cookie::respond(
        &req,
        tokens,
        state.tokens.refresh_ttl_seconds,
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SecondStep {
    /// The account signs in with a password alone.
    None,
    OneTimePassword,
    RecoveryCode,
}

/// Checks the second step of an account whose password was right: a one-time password (each
/// time step accepted once) or an unused recovery code, when the account has set them up.
async fn second_step(
    state: &AppState,
    user: &staff::StaffUser,
    body: &StaffSignInRequest,
    now: time::OffsetDateTime,
) -> Result<SecondStep, ApiError> {
    let Some(totp) = staff_two_step::find(&state.db, user.id)
        .await?
        .filter(|t| t.confirmed)
    else {
        return Ok(SecondStep::None);
    };
    if let Some(code) = &body.one_time_password {
        let step = two_step::matching_step(&totp.secret, code, now)?;
        return match step {
            Some(step) if staff_two_step::accept_step(&state.db, user.id, step).await? => {
                Ok(SecondStep::OneTimePassword)
            }
            _ => Err(ApiError::InvalidOneTimePassword),
        };
    }
    if let Some(code) = &body.recovery_code {
        let hash = two_step::recovery_code_hash(code);
        return if staff_two_step::use_recovery_code(&state.db, user.id, &hash, now).await? {
            Ok(SecondStep::RecoveryCode)
        } else {
            Err(ApiError::InvalidOneTimePassword)
        };
    }
    Err(ApiError::OneTimePasswordRequired)
}

/// Sign in as a parent with the child's ELK number and password
///
/// For a parent whose account was activated from the login e-mail; the password is the one
/// chosen at activation (or at a later reset). A mistyped ELK-nummer is answered like an unknown
/// one. Failed attempts from one network make the next one wait.
#[utoipa::path(tag = "auth", request_body = ParentSignInRequest, responses(
    (status = 200, description = "Signed in: a new session's access and refresh token (the \
        refresh token as the `overstap_refresh` cookie when asked for)", body = TokenResponse),
    (status = 401, description = "Unknown ELK number, no activated account, or wrong password \
        (`invalid_credentials`)", body = ErrorResponse),
    (status = 422, description = "ELK number or password missing or too long (`invalid_input`)",
        body = ErrorResponse),
    (status = 429, description = "Too many attempts (`rate_limited`); see Retry-After",
        body = ErrorResponse)))]
#[post("/auth/parent/sign-in")]
async fn sign_in_parent(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<ParentSignInRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    // A mistyped number is answered exactly like an unknown one, after the same work.
    let elk = ElkNumber::parse(&body.elk_number).ok();
    let key = elk.map_or_else(|| body.elk_number.trim().to_owned(), |e| e.to_string());
    state.sign_in_limiter.check(&req, &key)?;
    let now = state.clock.now();
    let attempt = backoff::Attempt::new(&key, state.sign_in_limiter.client_ip(&req));
    let failures = backoff::check(&state.db, &attempt, now).await?;
    let account = match elk {
        Some(elk) => parents::find_by_elk_number(&state.db, &elk.to_string()).await?,
        None => None,
    };
    let hash = account.as_ref().and_then(|a| a.password_hash.clone());
    if !state.hasher.verify(hash, body.password.clone()).await? {
        backoff::failed(&state.db, &attempt, now).await?;
        return Err(ApiError::InvalidCredentials);
    }
    let account = account.ok_or(ApiError::InvalidCredentials)?;
    backoff::succeeded(&state.db, &attempt, failures).await?;
    let tokens = start_session(&state, Role::Parent, account.id.as_uuid()).await?;
    Ok(refresh_cookie::respond(
        &req,
        tokens,
        state.tokens.refresh_ttl_seconds,
    ))
}

/// Exchange a refresh token for a new token pair
///
/// For any signed-in person; the token comes from the body or the `overstap_refresh` cookie.
/// Each refresh token works once: a used one presented again ends the whole session (it may have
/// been stolen), unless within 30 seconds (two tabs refreshing at once). The session keeps its
/// start, so its absolute lifetime does not grow; a deactivated account cannot refresh.
#[utoipa::path(tag = "auth", request_body = RefreshRequest, responses(
    (status = 200, description = "A new access and refresh token; the old refresh token stops \
        working", body = TokenResponse),
    (status = 401, description = "Missing, unknown, expired, used or revoked refresh token, or \
        the account is gone or deactivated (`invalid_refresh_token`)", body = ErrorResponse)))]
#[post("/auth/refresh")]
async fn refresh_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    let now = state.clock.now();
    let presented = refresh_cookie::token(&req, body.refresh_token.as_deref())
        .ok_or(ApiError::InvalidRefreshToken)?;
    let token = sessions::find_by_hash(&state.db, &tokens::hash_opaque_token(&presented))
        .await?
        .ok_or(ApiError::InvalidRefreshToken)?;
    if token.revoked_at.is_some() || token.expires_at <= now {
        return Err(ApiError::InvalidRefreshToken);
    }
    if let Some(used_at) = token.used_at {
        // Two tabs refreshing at once present the same token within moments: the loser just
        // gets a 401 and picks up the winner's tokens. Later reuse looks like theft.
        if now - used_at > CONCURRENT_REFRESH_GRACE {
            sessions::revoke_family(&state.db, token.family_id, now).await?;
        }
        return Err(ApiError::InvalidRefreshToken);
    }
    let txn = overstap_persistence::begin_write(&state.db).await?;
    if !sessions::mark_used(&txn, token.id, now).await? {
        return Err(ApiError::InvalidRefreshToken);
    }
    let role: Role = token.role.parse().map_err(ApiError::internal)?;
    let Some(claims) = auth::claims_for(
        &txn,
        role,
        token.subject_id,
        token.family_id,
        token.school_id,
    )
    .await?
    else {
        drop(txn);
        sessions::revoke_family(&state.db, token.family_id, now).await?;
        return Err(ApiError::InvalidRefreshToken);
    };
    // The session keeps the moment it began: its absolute lifetime counts from there.
    let mut tokens =
        auth::issue_tokens_in(&txn, &state.tokens, claims, now, token.session_started_at).await?;
    tokens.two_step_setup_required &= state.two_step_required;
    txn.commit().await?;
    Ok(refresh_cookie::respond(
        &req,
        tokens,
        state.tokens.refresh_ttl_seconds,
    ))
}

/// Sign out: end the session of this refresh token
///
/// Needs no access token: the refresh token (body or `overstap_refresh` cookie) names the
/// session. Every token of the session stops working, its access tokens too, and the cookie is
/// removed. An unknown or already invalid token is not an error.
#[utoipa::path(tag = "auth", request_body = SignOutRequest, responses(
    (status = 204, description = "Signed out (also when the token was already invalid)")))]
#[post("/auth/sign-out")]
async fn sign_out(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: JsonBody<SignOutRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    if let Some(presented) = refresh_cookie::token(&req, body.refresh_token.as_deref())
        && let Some(token) =
            sessions::find_by_hash(&state.db, &tokens::hash_opaque_token(&presented)).await?
    {
        sessions::revoke_family(&state.db, token.family_id, state.clock.now()).await?;
    }
    Ok(HttpResponse::NoContent()
        .cookie(refresh_cookie::removal())
        .finish())
}
