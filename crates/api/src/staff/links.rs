//! The single-use staff links: an invitation to choose a first password, and a password reset.
//! A link gets its token when its e-mail is delivered; the token is only in that e-mail.

use overstap_api_types::{StaffInvitationPreviewResponse, StaffLanguage};
use overstap_persistence::audit::{self, AuditAction, AuditActor, AuditEntry, AuditSubject};
use overstap_persistence::outbox::{self, NewMail};
use overstap_persistence::staff::StaffUser;
use overstap_persistence::staff_links::{self, LinkPurpose, StaffLink};
use overstap_persistence::{DatabaseConnection, DbErr, boards, regions, schools, sessions, staff};
use sea_orm::ConnectionTrait;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use crate::auth::password_policy;
use crate::auth::tokens::{hash_opaque_token, new_opaque_token};
use crate::error::ApiError;
use crate::mail::deferred;
use crate::mail::messages::{self, StaffInvitation, StaffPasswordReset};
use crate::state::AppState;

/// How long an invitation works once its e-mail is delivered.
pub const INVITATION_VALIDITY: Duration = Duration::days(7);
/// How long a staff password-reset link works once its e-mail is delivered.
pub const RESET_VALIDITY: Duration = Duration::hours(1);
/// The SPA page an invitation opens.
pub const INVITATION_PATH: &str = "/inloggen/school/uitnodiging";
/// The SPA page a staff password-reset link opens.
pub const RESET_PATH: &str = "/inloggen/school/nieuw-wachtwoord";

/// Why a staff e-mail must not go out; names no person.
pub type NotSent = &'static str;

/// The link's address with its token.
fn address(public_url: &str, purpose: LinkPurpose, token: &str) -> String {
    let path = match purpose {
        LinkPurpose::Invitation => INVITATION_PATH,
        LinkPurpose::PasswordReset => RESET_PATH,
    };
    format!("{public_url}{path}?token={token}")
}

/// Mints the token of the waiting link `id`: its address, the account and the minted link; or
/// why it cannot (superseded, used, the account deactivated).
pub async fn mint<C: ConnectionTrait>(
    db: &C,
    id: uuid::Uuid,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<Result<(String, StaffUser, StaffLink), NotSent>, DbErr> {
    let Some(link) = staff_links::find(db, id).await? else {
        return Ok(Err("the staff link is gone"));
    };
    let Some(user) = staff::find(db, link.staff_user).await?.filter(|u| u.active) else {
        return Ok(Err("the account was deactivated before delivery"));
    };
    let validity = match link.purpose {
        LinkPurpose::Invitation => INVITATION_VALIDITY,
        LinkPurpose::PasswordReset => RESET_VALIDITY,
    };
    let (token, token_hash) = new_opaque_token();
    let Some(link) = staff_links::mint(db, link.id, &token_hash, now + validity).await? else {
        return Ok(Err("the link stopped working before delivery"));
    };
    Ok(Ok((address(public_url, link.purpose, &token), user, link)))
}

/// The e-mail of the staff link `id`, rendered at delivery with its freshly minted token.
pub async fn deliver(
    db: &DatabaseConnection,
    id: uuid::Uuid,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<Result<NewMail, NotSent>, DbErr> {
    let (address, user, link) = match mint(db, id, public_url, now).await? {
        Ok(minted) => minted,
        Err(reason) => return Ok(Err(reason)),
    };
    Ok(Ok(render(db, &user, &link, &address).await?))
}

async fn render<C: ConnectionTrait>(
    db: &C,
    user: &StaffUser,
    link: &StaffLink,
    address: &str,
) -> Result<NewMail, DbErr> {
    let region = regions::find(db, user.region_id)
        .await?
        .map(|r| r.name)
        .unwrap_or_default();
    let valid_until = link.expires_at.unwrap_or(OffsetDateTime::UNIX_EPOCH);
    Ok(match link.purpose {
        LinkPurpose::Invitation => {
            let inviter = match link.created_by {
                Some(id) => staff::find(db, id).await?.map(|u| u.display_name),
                None => None,
            };
            let workplace = super::workplace_name(db, user).await?;
            messages::staff_invitation(&StaffInvitation {
                language: user.language,
                name: &user.display_name,
                email: &user.email,
                inviter: inviter.as_deref(),
                role: user.role,
                workplace: &workplace,
                region: &region,
                link: address,
                valid_until,
            })
        }
        LinkPurpose::PasswordReset => messages::staff_password_reset(&StaffPasswordReset {
            language: user.language,
            name: &user.display_name,
            email: &user.email,
            region: &region,
            link: address,
            valid_until,
        }),
    }
    .in_region(user.region_id))
}

/// A reset asked for `email`, at delivery: an active account with a password gets a link (every
/// older link of it stops working); any other address gets nothing.
pub async fn deliver_reset(
    db: &DatabaseConnection,
    email: &str,
    public_url: &str,
    now: OffsetDateTime,
) -> Result<Result<NewMail, NotSent>, DbErr> {
    let Some(user) = staff::find_by_email(db, email)
        .await?
        .filter(|u| u.active && u.password_hash.is_some())
    else {
        return Ok(Err(
            "no active staff account with a password for this address",
        ));
    };
    let txn = overstap_persistence::begin_write(db).await?;
    let id = staff_links::create(&txn, user.id, LinkPurpose::PasswordReset, None, now).await?;
    let (address, user, link) = match mint(&txn, id, public_url, now).await? {
        Ok(minted) => minted,
        Err(reason) => return Ok(Err(reason)),
    };
    audit::append(
        &txn,
        AuditEntry::new(
            AuditAction::StaffPasswordResetRequested,
            AuditActor::ANONYMOUS,
            AuditSubject::StaffUser(user.id),
            now,
        ),
    )
    .await?;
    let mail = render(&txn, &user, &link, &address).await?;
    txn.commit().await?;
    Ok(Ok(mail))
}

/// Queues a password reset for `email`: the same work whether or not it has an account.
pub async fn request_reset<C: ConnectionTrait>(
    db: &C,
    email: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    outbox::enqueue(db, deferred::staff_password_reset_request(email), now).await?;
    Ok(())
}

/// The link a token names, if it still works, with its (active) account. An invitation says
/// why it does not (used, superseded, expired); a reset link only that it does not.
async fn live_link(
    state: &AppState,
    token: &str,
    purpose: LinkPurpose,
) -> Result<(StaffLink, StaffUser), ApiError> {
    let now = state.clock.now();
    let link = staff_links::find_by_token_hash(&state.db, &hash_opaque_token(token.trim()))
        .await?
        .filter(|l| l.purpose == purpose)
        .ok_or(ApiError::InvalidLink)?;
    let expired = link.expires_at.is_none_or(|at| at <= now);
    let problem = if link.used_at.is_some() {
        Some(ApiError::InvitationUsed)
    } else if link.superseded_at.is_some() {
        Some(ApiError::InvitationSuperseded)
    } else if expired {
        Some(ApiError::InvitationExpired)
    } else {
        None
    };
    if let Some(problem) = problem {
        return Err(match purpose {
            LinkPurpose::Invitation => problem,
            LinkPurpose::PasswordReset => ApiError::InvalidLink,
        });
    }
    let user = staff::find(&state.db, link.staff_user)
        .await?
        .filter(|u| u.active)
        .ok_or(ApiError::InvalidLink)?;
    Ok((link, user))
}

/// Who an invitation is for, before the password is chosen.
pub async fn preview(
    state: &AppState,
    token: &str,
) -> Result<StaffInvitationPreviewResponse, ApiError> {
    let (link, user) = live_link(state, token, LinkPurpose::Invitation).await?;
    let school_name = match user.school_id {
        Some(id) => schools::find(&state.db, id).await?.map(|s| s.name),
        None => None,
    };
    let board_name = match user.board_id {
        Some(id) => boards::find(&state.db, id).await?.map(|b| b.name),
        None => None,
    };
    let region_name = regions::find(&state.db, user.region_id)
        .await?
        .map(|r| r.name)
        .unwrap_or_default();
    Ok(StaffInvitationPreviewResponse {
        email: user.email,
        display_name: user.display_name,
        role: crate::dto::role(user.role),
        school_name,
        board_name,
        region_name,
        expires_at: link
            .expires_at
            .and_then(|at| at.format(&Rfc3339).ok())
            .unwrap_or_default(),
    })
}

/// Sets the password of the link's account; the link works once, and a reset ends every
/// session of the account.
pub async fn set_password(
    state: &AppState,
    token: &str,
    password: &str,
    purpose: LinkPurpose,
) -> Result<(), ApiError> {
    // A password of the wrong length is refused before the link is looked up.
    let length = password_policy::STAFF_MIN_CHARS;
    if let Some(problem) = password_policy::check_length("password", password, length) {
        return Err(ApiError::Invalid(vec![problem]));
    }
    let now = state.clock.now();
    let (link, user) = live_link(state, token, purpose).await?;
    let words = [user.email.as_str(), user.display_name.as_str()];
    if let Some(problem) = password_policy::check_staff("password", password, &words) {
        return Err(ApiError::Invalid(vec![problem]));
    }
    let hash = state.hasher.hash(password.to_owned()).await?;
    let txn = overstap_persistence::begin_write(&state.db).await?;
    if !staff_links::mark_used(&txn, link.id, now).await? {
        return Err(match purpose {
            LinkPurpose::Invitation => ApiError::InvitationUsed,
            LinkPurpose::PasswordReset => ApiError::InvalidLink,
        });
    }
    staff::set_password(&txn, user.id, hash).await?;
    let action = match purpose {
        LinkPurpose::Invitation => AuditAction::StaffInvitationAccepted,
        LinkPurpose::PasswordReset => {
            sessions::revoke_subject(&txn, user.id.as_uuid(), now).await?;
            AuditAction::StaffPasswordReset
        }
    };
    audit::append(
        &txn,
        AuditEntry::new(
            action,
            AuditActor::signed_in(user.role, user.id.as_uuid()),
            AuditSubject::StaffUser(user.id),
            now,
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The wire form of an account's e-mail language.
pub fn language(language: overstap_domain::Language) -> StaffLanguage {
    if language == overstap_domain::Language::En {
        StaffLanguage::En
    } else {
        StaffLanguage::Nl
    }
}
