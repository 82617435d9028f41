//! `Session`: the signed-in person, taken from the bearer token, never from the request body.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, http::header, web};
use overstap_domain::{BoardId, ParentAccountId, PupilId, RegionId, Role, SchoolId, StaffUserId};
use overstap_persistence::audit::AuditActor;
use overstap_persistence::sessions;
use uuid::Uuid;

use crate::auth::client_access::{self, ClientGrant};
use crate::auth::tokens::Claims;
use crate::auth::two_step;
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct Session {
    pub subject: Uuid,
    pub role: Role,
    pub region_id: RegionId,
    school_id: Option<SchoolId>,
    board_id: Option<BoardId>,
    pupil_id: Option<PupilId>,
    pub session_id: Uuid,
    /// Signed in with a one-time password (staff who set it up).
    pub two_step: bool,
    /// Set for an API client: it acts as its school's staff (`role`), within its scopes.
    client: Option<ClientGrant>,
}

impl Session {
    fn require(&self, role: Role) -> Result<(), ApiError> {
        if self.role == role {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }

    /// The primary school of a PO staff member.
    pub fn po_school(&self) -> Result<SchoolId, ApiError> {
        self.require(Role::PoStaff)?;
        self.school_id.ok_or(ApiError::Forbidden)
    }

    /// The secondary school of a VO staff member.
    pub fn vo_school(&self) -> Result<SchoolId, ApiError> {
        self.require(Role::VoStaff)?;
        self.school_id.ok_or(ApiError::Forbidden)
    }

    /// The school a PO or VO staff session works on (one of the account's schools).
    pub fn working_school(&self) -> Option<SchoolId> {
        self.school_id
    }

    pub fn board(&self) -> Result<BoardId, ApiError> {
        self.require(Role::BoardAdmin)?;
        self.board_id.ok_or(ApiError::Forbidden)
    }

    /// The pupil a parent account belongs to.
    pub fn parent_pupil(&self) -> Result<PupilId, ApiError> {
        self.require(Role::Parent)?;
        self.pupil_id.ok_or(ApiError::Forbidden)
    }

    pub fn parent_account(&self) -> Result<ParentAccountId, ApiError> {
        self.require(Role::Parent)?;
        Ok(ParentAccountId::from_uuid(self.subject))
    }

    /// Who acts, for the audit log: the person, or the API client under its own name.
    pub fn actor(&self) -> AuditActor {
        match &self.client {
            Some(client) => AuditActor::api_client(client.id),
            None => AuditActor::signed_in(self.role, self.subject),
        }
    }

    /// The actor's role as records name it (`created_by`): an API client is `api_client`.
    pub fn actor_role(&self) -> &'static str {
        match self.client {
            Some(_) => client_access::ROLE,
            None => self.role.as_str(),
        }
    }

    /// The API client of the session, if it is one.
    pub fn client(&self) -> Option<&ClientGrant> {
        self.client.as_ref()
    }

    pub fn staff_user(&self) -> Result<StaffUserId, ApiError> {
        if self.client.is_some() {
            return Err(ApiError::InsufficientScope { needed: None });
        }
        if self.role.is_staff() {
            Ok(StaffUserId::from_uuid(self.subject))
        } else {
            Err(ApiError::Forbidden)
        }
    }

    pub fn coordinator_region(&self) -> Result<RegionId, ApiError> {
        self.require(Role::Coordinator)?;
        Ok(self.region_id)
    }
}

pub(crate) fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

/// The claims of a valid bearer token.
fn from_token(req: &HttpRequest) -> Result<(Claims, web::Data<AppState>), ApiError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::internal("AppState missing"))?;
    let token = bearer(req).ok_or(ApiError::Unauthenticated)?;
    let claims = state.tokens.verify(&token, state.clock.now())?;
    Ok((claims, state))
}

/// The session of a person's claims, before its revocation is checked.
fn person(claims: Claims) -> Result<Session, ApiError> {
    Ok(Session {
        subject: claims.sub,
        role: claims.role.parse().map_err(|_| ApiError::Unauthenticated)?,
        region_id: RegionId::from_uuid(claims.region),
        school_id: claims.school.map(SchoolId::from_uuid),
        board_id: claims.board.map(BoardId::from_uuid),
        pupil_id: claims.pupil.map(PupilId::from_uuid),
        session_id: claims.sid,
        two_step: claims.two_step,
        client: None,
    })
}

/// The session of an API client's claims, checked (see [`client_access::check`]).
async fn client(state: &AppState, req: &HttpRequest, claims: Claims) -> Result<Session, ApiError> {
    let access = client_access::check(state, req, &claims).await?;
    Ok(Session {
        subject: claims.sub,
        role: access.role,
        region_id: access.region,
        school_id: Some(access.school),
        board_id: None,
        pupil_id: None,
        session_id: claims.sid,
        two_step: false,
        client: Some(access.grant),
    })
}

fn is_client(claims: &Claims) -> bool {
    claims.role == client_access::ROLE
}

/// A signed-out (revoked) session stops at once, not when its token expires.
async fn refuse_revoked(state: &AppState, session: Session) -> Result<Session, ApiError> {
    if sessions::family_is_active(
        &state.db,
        session.session_id,
        session.subject,
        session.role.as_str(),
    )
    .await?
    {
        Ok(session)
    } else {
        Err(ApiError::Unauthenticated)
    }
}

impl FromRequest for Session {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Session, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        // Already checked in full for this request (by the idempotency middleware).
        if let Some(session) = req.extensions().get::<Session>().cloned() {
            return Box::pin(async move { Ok(session) });
        }
        let token = from_token(req);
        let req = req.clone();
        Box::pin(async move {
            let (claims, state) = token?;
            if is_client(&claims) {
                return client(&state, &req, claims).await;
            }
            let session = refuse_revoked(&state, person(claims)?).await?;
            // A coordinator or board admin without a one-time password may only set it up.
            if state.two_step_required && two_step::required_for(session.role) && !session.two_step
            {
                return Err(ApiError::OneTimePasswordSetupRequired);
            }
            Ok(session)
        })
    }
}

/// A staff member's session that may still lack the one-time password its role requires:
/// only for setting up and managing two-step sign-in itself. Parents get 403.
pub struct StaffSetupSession(pub Session);

impl FromRequest for StaffSetupSession {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<StaffSetupSession, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = from_token(req);
        let req = req.clone();
        Box::pin(async move {
            let (claims, state) = token?;
            if is_client(&claims) {
                // Checked like any client request: its scopes open none of these endpoints.
                client(&state, &req, claims).await?;
                return Err(ApiError::InsufficientScope { needed: None });
            }
            let session = refuse_revoked(&state, person(claims)?).await?;
            if session.role.is_staff() {
                Ok(StaffSetupSession(session))
            } else {
                Err(ApiError::Forbidden)
            }
        })
    }
}

/// A parent's session whose revocation is checked by the statement that loads the parent's
/// context (`ParentContext::load_verifying`, which every route taking this calls first), instead of by
/// a query of its own: the portal's reads are one round trip. Its ids are only reachable
/// through that load. Any other role gets 403 after the usual revocation check (401 first).
pub struct ParentSession(Session);

impl ParentSession {
    /// For `ParentContext::load_verifying` only: the caller must refuse the session unless the same
    /// read found its family still live.
    pub(crate) fn unchecked(&self) -> &Session {
        &self.0
    }
}

impl FromRequest for ParentSession {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<ParentSession, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = from_token(req);
        let req = req.clone();
        Box::pin(async move {
            let (claims, state) = token?;
            if is_client(&claims) {
                client(&state, &req, claims).await?;
                return Err(ApiError::InsufficientScope { needed: None });
            }
            let session = person(claims)?;
            if session.role == Role::Parent && session.pupil_id.is_some() {
                return Ok(ParentSession(session));
            }
            refuse_revoked(&state, session).await?;
            Err(ApiError::Forbidden)
        })
    }
}
