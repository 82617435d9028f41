//! The parent's account: activation from the login e-mail's link, and password reset by
//! e-mail to the address the primary school has on file.

use overstap_api_types::ActivationPreviewResponse;
use overstap_domain::{Calendar, ElkNumber, Language, ParentAccountId};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::parent_logins::{self, Login};
use overstap_persistence::pupils::{self, Pupil};
use overstap_persistence::registrations::{self, BoardCell};
use overstap_persistence::{outbox, parents, password_resets, procedures, sessions};
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;

use crate::auth::password_policy;
use crate::auth::tokens::hash_opaque_token;
use crate::error::ApiError;
use crate::mail::deferred;
use crate::state::AppState;

/// A login link that can still activate: the newest one, unused, not expired.
async fn valid_login<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: OffsetDateTime,
) -> Result<(Login, Pupil), ApiError> {
    let login = parent_logins::find_by_token_hash(db, &hash_opaque_token(token.trim()))
        .await?
        .filter(|l| l.used_at.is_none() && l.invalidated_at.is_none() && now < l.expires_at)
        .ok_or(ApiError::InvalidLink)?;
    let pupil = pupils::find(db, login.pupil)
        .await?
        .ok_or(ApiError::InvalidLink)?;
    Ok((login, pupil))
}

pub async fn preview<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: OffsetDateTime,
) -> Result<ActivationPreviewResponse, ApiError> {
    let (login, pupil) = valid_login(db, token, now).await?;
    Ok(ActivationPreviewResponse {
        child_first_name: pupil.first_name,
        child_last_name: pupil.last_name,
        elk_number: pupil.elk_number,
        valid_until: login.expires_at,
    })
}

/// A password of the wrong length is refused before the link is looked up.
fn length_first(password: &str) -> Result<(), ApiError> {
    match password_policy::check_length("password", password, password_policy::MIN_CHARS) {
        Some(problem) => Err(ApiError::Invalid(vec![problem])),
        None => Ok(()),
    }
}

fn check_password(password: &str, pupil: &Pupil) -> Result<(), ApiError> {
    match password_policy::check_parent("password", password, pupil) {
        Some(error) => Err(ApiError::Invalid(vec![error])),
        None => Ok(()),
    }
}

/// Blauw → groen: the account gets its password; returns the account to sign in.
pub async fn activate(
    state: &AppState,
    token: &str,
    password: &str,
    language: Language,
) -> Result<ParentAccountId, ApiError> {
    length_first(password)?;
    let now = state.clock.now();
    let (login, pupil) = valid_login(&state.db, token, now).await?;
    check_password(password, &pupil)?;
    let hash = state.hasher.hash(password.to_owned()).await?;
    let calendar = calendar_for(&state.db, &pupil).await?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    let stored = registrations::find_for_pupil(&txn, pupil.id)
        .await?
        .ok_or(ApiError::InvalidLink)?;
    let next = stored
        .registration
        .activate_account(login.version, &calendar, now)
        .map_err(|err| match err {
            overstap_domain::RegistrationError::WindowClosed { .. } => ApiError::from(err),
            _ => ApiError::InvalidLink,
        })?;
    let account = parents::activate(&txn, pupil.id, login.id, hash, language, now)
        .await?
        .ok_or(ApiError::InvalidLink)?;
    let cell = BoardCell {
        school: pupil.school_id,
        class_name: &pupil.class_name,
    };
    if !registrations::save(&txn, &stored, &next, cell, now).await? {
        return Err(ApiError::InvalidLink);
    }
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ParentActivated,
            AuditActor::parent(account),
            AuditSubject::ParentAccount(account),
            now,
        )
        .details(serde_json::json!({ "login_version": login.version })),
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}

pub(crate) async fn calendar_for<C: ConnectionTrait>(
    db: &C,
    pupil: &Pupil,
) -> Result<Calendar, ApiError> {
    let procedure = procedures::find(db, pupil.procedure_id)
        .await?
        .ok_or_else(|| ApiError::internal("pupil without procedure"))?;
    Ok(procedure.calendar()?)
}

/// Queues a reset link for `elk_number`. Whether the number has an activated account is
/// looked up when the message is delivered, so the request does the same work (one outbox row)
/// for every well-formed number, and the answer does not reveal which numbers have accounts.
pub async fn request_reset<C: ConnectionTrait>(
    db: &C,
    elk_number: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let Ok(elk) = ElkNumber::parse(elk_number) else {
        return Ok(());
    };
    outbox::enqueue(db, deferred::password_reset_request(&elk), now).await?;
    Ok(())
}

/// Sets the new password; the link works once and every session of the account ends.
pub async fn complete_reset(state: &AppState, token: &str, password: &str) -> Result<(), ApiError> {
    length_first(password)?;
    let now = state.clock.now();
    let reset = password_resets::find_by_token_hash(&state.db, &hash_opaque_token(token.trim()))
        .await?
        .filter(|r| r.used_at.is_none() && now < r.expires_at)
        .ok_or(ApiError::InvalidLink)?;
    let account = parents::find(&state.db, reset.account)
        .await?
        .ok_or(ApiError::InvalidLink)?;
    let pupil = pupils::find(&state.db, account.pupil_id)
        .await?
        .ok_or(ApiError::InvalidLink)?;
    check_password(password, &pupil)?;
    let hash = state.hasher.hash(password.to_owned()).await?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    if !password_resets::mark_used(&txn, reset.id, now).await? {
        return Err(ApiError::InvalidLink);
    }
    parents::set_password(&txn, account.id, hash).await?;
    sessions::revoke_subject(&txn, account.id.as_uuid(), now).await?;
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::ParentPasswordReset,
            AuditActor::parent(account.id),
            AuditSubject::ParentAccount(account.id),
            now,
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
