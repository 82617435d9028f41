//! Sign-in: password hashing, tokens, the session extractor and throttling.

pub mod backoff;
pub mod client_access;
pub mod password;
pub mod password_policy;
pub mod rate_limit;
pub mod refresh_cookie;
pub mod session;
pub mod tokens;
pub mod two_step;

use overstap_api_types::TokenResponse;
use overstap_domain::{Role, SchoolId};
use overstap_persistence::sessions::{self, NewRefreshToken};
use overstap_persistence::{parents, pupils, staff};
use sea_orm::ConnectionTrait;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::dto;
use crate::error::ApiError;
pub use password::PasswordHasher;
pub use rate_limit::SignInLimiter;
pub use session::{ParentSession, Session, StaffSetupSession};
pub use tokens::{Claims, TokenKeys};

/// Builds the claims of whoever `role` + `subject` names, from the database: the tenant
/// always comes from here, never from a request. `working_school` is the school a staff
/// session chose to work on; it counts only while the account still works there (otherwise,
/// and when none was chosen, the account's own school).
pub async fn claims_for<C: ConnectionTrait>(
    db: &C,
    role: Role,
    subject: Uuid,
    session_id: Uuid,
    working_school: Option<Uuid>,
) -> Result<Option<Claims>, ApiError> {
    let base = |region: Uuid| Claims {
        sub: subject,
        role: role.as_str().to_owned(),
        region,
        school: None,
        board: None,
        pupil: None,
        sid: session_id,
        two_step: false,
        scope: None,
        iss: String::new(),
        aud: String::new(),
        iat: 0,
        exp: 0,
    };
    if role == Role::Parent {
        let Some(account) =
            parents::find(db, overstap_domain::ParentAccountId::from_uuid(subject)).await?
        else {
            return Ok(None);
        };
        let Some(pupil) = pupils::find(db, account.pupil_id).await? else {
            return Ok(None);
        };
        let Some(school) = overstap_persistence::schools::find(db, pupil.school_id).await? else {
            return Ok(None);
        };
        return Ok(Some(Claims {
            pupil: Some(pupil.id.as_uuid()),
            ..base(school.region_id.as_uuid())
        }));
    }
    let Some(user) = staff::find(db, overstap_domain::StaffUserId::from_uuid(subject)).await?
    else {
        return Ok(None);
    };
    if !user.active || user.role != role {
        return Ok(None);
    }
    let mut school = user.school_id.map(|s| s.as_uuid());
    if let Some(chosen) = working_school
        && school.is_some()
        && school != Some(chosen)
        && staff::other_schools(db, user.id)
            .await?
            .iter()
            .any(|s| s.as_uuid() == chosen)
        // A deactivated other school is no longer worked on (the own school always is).
        && overstap_persistence::schools::find(db, SchoolId::from_uuid(chosen))
            .await?
            .is_some_and(|s| s.active)
    {
        school = Some(chosen);
    }
    Ok(Some(Claims {
        school,
        board: user.board_id.map(|b| b.as_uuid()),
        two_step: overstap_persistence::staff_two_step::is_enabled(db, user.id).await?,
        ..base(user.region_id.as_uuid())
    }))
}

/// Issues an access token and a refresh token in a new session `claims.sid` (at sign-in).
pub async fn issue_tokens<C: ConnectionTrait>(
    db: &C,
    keys: &TokenKeys,
    claims: Claims,
    now: OffsetDateTime,
) -> Result<TokenResponse, ApiError> {
    issue_tokens_in(db, keys, claims, now, now).await
}

/// Issues a pair in session `claims.sid`, which began at `session_started`: the refresh token
/// never outlives the session's absolute lifetime (`keys.session_max_seconds`).
pub async fn issue_tokens_in<C: ConnectionTrait>(
    db: &C,
    keys: &TokenKeys,
    claims: Claims,
    now: OffsetDateTime,
    session_started: OffsetDateTime,
) -> Result<TokenResponse, ApiError> {
    let (refresh_token, refresh_hash) = tokens::new_opaque_token();
    let ttl = i64::try_from(keys.refresh_ttl_seconds).map_err(ApiError::internal)?;
    let max = i64::try_from(keys.session_max_seconds).map_err(ApiError::internal)?;
    let expires_at = (now + Duration::seconds(ttl)).min(session_started + Duration::seconds(max));
    sessions::insert(
        db,
        NewRefreshToken {
            token_hash: &refresh_hash,
            family_id: claims.sid,
            role: &claims.role,
            subject_id: claims.sub,
            expires_at,
            session_started_at: session_started,
            school_id: claims.school,
        },
        now,
    )
    .await?;
    let role: Role = claims.role.parse().map_err(ApiError::internal)?;
    // Whether the role needs the second step and lacks it; the caller clears this when the
    // server does not require two steps.
    let two_step_setup_required = two_step::required_for(role) && !claims.two_step;
    let access_token = keys.issue(claims, now)?;
    Ok(TokenResponse {
        access_token,
        token_type: "Bearer".to_owned(),
        expires_in: keys.access_ttl_seconds,
        refresh_token: Some(refresh_token),
        role: dto::role(role),
        two_step_setup_required,
    })
}
