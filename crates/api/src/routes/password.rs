//! A signed-in person changes their own password: parents by the parents' rules, staff by the
//! stricter staff rules. Their other sessions end.

use actix_web::{HttpResponse, post, web};
use overstap_api_types::{ChangePasswordRequest, ErrorResponse, FieldError};
use overstap_domain::{ParentAccountId, Role, StaffUserId};
use overstap_persistence::audit::{self, AuditAction, AuditEntry, AuditSubject};
use overstap_persistence::{parents, pupils, sessions, staff};

use crate::auth::{Session, backoff, password_policy};
use crate::error::{ApiError, validate};
use crate::json_body::JsonBody;
use crate::state::AppState;

/// The stored hash and the rule check for the new password, by kind of account.
async fn current_and_rules(
    state: &AppState,
    session: &Session,
    new_password: &str,
) -> Result<(Option<String>, Option<FieldError>), ApiError> {
    if session.role == Role::Parent {
        let account = parents::find(&state.db, ParentAccountId::from_uuid(session.subject))
            .await?
            .ok_or(ApiError::Unauthenticated)?;
        let pupil = pupils::find(&state.db, account.pupil_id)
            .await?
            .ok_or(ApiError::Unauthenticated)?;
        let problem = password_policy::check_parent("new_password", new_password, &pupil);
        return Ok((account.password_hash, problem));
    }
    let user = staff::find(&state.db, StaffUserId::from_uuid(session.subject))
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    let words = [user.email.as_str(), user.display_name.as_str()];
    let problem = password_policy::check_staff("new_password", new_password, &words);
    Ok((user.password_hash, problem))
}

/// Change my own password, with the current one
///
/// For any signed-in person. A parent's new password follows the parents' rules (8 to 64
/// characters, not common), a staff member's the stricter staff rules (12 to 64, very hard to
/// guess). Every other session of the account ends; this one stays. Wrong current passwords
/// make the next try wait.
#[utoipa::path(tag = "auth", request_body = ChangePasswordRequest, responses(
    (status = 204, description = "Changed"),
    (status = 401, description = "Not signed in, or the token expired or was revoked \
        (`unauthenticated`)", body = ErrorResponse),
    (status = 422, description = "`invalid_input`: wrong current password (`current_password`: \
        `wrong_password`), or the new one breaks a rule (`new_password`: `too_short`, \
        `too_long`, `too_common` for parents, `too_weak` for staff)", body = ErrorResponse),
    (status = 429, description = "Too many wrong current passwords (`rate_limited`); see \
        Retry-After", body = ErrorResponse)),
    security(("bearer" = [])))]
#[post("/auth/password")]
async fn change_password(
    state: web::Data<AppState>,
    session: Session,
    body: JsonBody<ChangePasswordRequest>,
) -> Result<HttpResponse, ApiError> {
    validate(&*body)?;
    let now = state.clock.now();
    let attempt = backoff::Attempt::new(&format!("password {}", session.subject), None);
    let failures = backoff::check(&state.db, &attempt, now).await?;
    let (hash, problem) = current_and_rules(&state, &session, &body.new_password).await?;
    if !state
        .hasher
        .verify(hash, body.current_password.clone())
        .await?
    {
        backoff::failed(&state.db, &attempt, now).await?;
        return Err(ApiError::Invalid(vec![FieldError {
            field: "current_password".to_owned(),
            code: "wrong_password".to_owned(),
            message: "This is not your current password.".to_owned(),
        }]));
    }
    backoff::succeeded(&state.db, &attempt, failures).await?;
    if let Some(problem) = problem {
        return Err(ApiError::Invalid(vec![problem]));
    }
    let new_hash = state.hasher.hash(body.new_password.clone()).await?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    if session.role == Role::Parent {
        parents::set_password(&txn, ParentAccountId::from_uuid(session.subject), new_hash).await?;
    } else {
        staff::set_password(&txn, StaffUserId::from_uuid(session.subject), new_hash).await?;
    }
    sessions::revoke_subject_except(&txn, session.subject, session.session_id, now).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::PasswordChanged,
            session.actor(),
            AuditSubject::account(session.role, session.subject),
            now,
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
