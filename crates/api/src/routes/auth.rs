//! Sign-in for staff and parents, token refresh and sign-out.

use actix_web::{HttpRequest, HttpResponse, post, web};
use overstap_api_types::{
    ErrorResponse, ParentSignInRequest, RefreshRequest, SignOutRequest, StaffSignInRequest,
    TokenResponse,
};
use overstap_domain::{ElkNumber, Role};
use overstap_persistence::audit::{self, AuditEntry};
use overstap_persistence::{parents, sessions, staff};
use uuid::Uuid;

use crate::auth::{self, backoff, refresh_cookie, tokens};
use crate::error::{ApiError, validate};
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
    let claims = auth::claims_for(&txn, role, subject, Uuid::new_v4())
        .await?
        .ok_or(ApiError::InvalidCredentials)?;
    let tokens = auth::issue_tokens(&txn, &state.tokens, claims, now).await?;
    audit::append(
        &txn,
        AuditEntry {
            occurred_at: now,
            actor_role: role.as_str(),
            actor_id: Some(subject),
            action: "auth.sign_in",
            subject_kind: if role == Role::Parent {
                "parent_account"
            } else {
                "staff_user"
            },
            subject_id: Some(subject),
            details: serde_json::json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(tokens)
}

/// Sign in as school or region staff with e-mail and password.
#[utoipa::path(tag = "auth", request_body = StaffSignInRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, description = "Unknown account or wrong password", body = ErrorResponse),
    (status = 422, body = ErrorResponse),
    (status = 429, description = "Too many attempts; see Retry-After", body = ErrorResponse)))]
#[post("/auth/staff/sign-in")]
async fn sign_in_staff(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<StaffSignInRequest>,
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
    let hash = user.as_ref().map(|u| u.password_hash.clone());
    if !state.hasher.verify(hash, body.password.clone()).await? {
        backoff::failed(&state.db, &attempt, now).await?;
        return Err(ApiError::InvalidCredentials);
    }
    let user = user.ok_or(ApiError::InvalidCredentials)?;
    backoff::succeeded(&state.db, &attempt, failures).await?;
    let tokens = start_session(&state, user.role, user.id.as_uuid()).await?;
    Ok(refresh_cookie::respond(
        &req,
        tokens,
        state.tokens.refresh_ttl_seconds,
    ))
}

/// Sign in as a parent with the child's ELK number and the password chosen at activation.
#[utoipa::path(tag = "auth", request_body = ParentSignInRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, description = "Unknown ELK number or wrong password", body = ErrorResponse),
    (status = 422, body = ErrorResponse),
    (status = 429, description = "Too many attempts; see Retry-After", body = ErrorResponse)))]
#[post("/auth/parent/sign-in")]
async fn sign_in_parent(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<ParentSignInRequest>,
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

/// Exchange a refresh token for a new pair. Each refresh token works once; presenting a
/// used one ends the whole session (it may have been stolen).
#[utoipa::path(tag = "auth", request_body = RefreshRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, description = "Unknown, expired, used or revoked", body = ErrorResponse)))]
#[post("/auth/refresh")]
async fn refresh_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<RefreshRequest>,
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
    let Some(claims) = auth::claims_for(&txn, role, token.subject_id, token.family_id).await?
    else {
        drop(txn);
        sessions::revoke_family(&state.db, token.family_id, now).await?;
        return Err(ApiError::InvalidRefreshToken);
    };
    // The session keeps the moment it began: its absolute lifetime counts from there.
    let tokens =
        auth::issue_tokens_in(&txn, &state.tokens, claims, now, token.session_started_at).await?;
    txn.commit().await?;
    Ok(refresh_cookie::respond(
        &req,
        tokens,
        state.tokens.refresh_ttl_seconds,
    ))
}

/// End the session of this refresh token; its access tokens stop working too.
#[utoipa::path(tag = "auth", request_body = SignOutRequest, responses(
    (status = 204, description = "Signed out (also when the token was already invalid)")))]
#[post("/auth/sign-out")]
async fn sign_out(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<SignOutRequest>,
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
