//! Everything a parent request needs, loaded for the signed-in parent's own child only.

use std::sync::Arc;

use overstap_domain::{Advice, Calendar, Language};
use overstap_persistence::parents::{self, ParentAccount, PortalRecord};
use overstap_persistence::pupils::Pupil;
use overstap_persistence::registrations::{BoardCell, Stored};
use overstap_persistence::schools::School;
use sea_orm::ConnectionTrait;

use crate::auth::{ParentSession, Session};
use crate::error::ApiError;
use crate::parent::catalogue::RegionCatalogue;
use crate::state::AppState;

pub struct ParentContext {
    pub account: ParentAccount,
    pub pupil: Pupil,
    pub advice: Advice,
    pub primary_school: School,
    pub calendar: Calendar,
    pub stored: Stored,
    pub offer: Arc<RegionCatalogue>,
    /// The first name of the twin the primary school recorded, if any.
    pub twin_first_name: Option<String>,
}

impl ParentContext {
    /// The child of the session's parent account; anything else is not found. For routes
    /// whose `Session` extractor has already checked the session.
    pub async fn load<C: ConnectionTrait>(
        db: &C,
        state: &AppState,
        session: &Session,
    ) -> Result<ParentContext, ApiError> {
        Self::load_for(db, state, session).await
    }

    /// As `load`, for routes that take a `ParentSession`: the session's revocation is checked
    /// by the same statement, so a signed-out session is refused (401) without a query of its
    /// own.
    pub async fn load_verifying<C: ConnectionTrait>(
        db: &C,
        state: &AppState,
        session: &ParentSession,
    ) -> Result<ParentContext, ApiError> {
        Self::load_for(db, state, session.unchecked()).await
    }

    /// One statement: whether the session is live, the account, the pupil and the
    /// registration; procedure, primary school and catalogue come from in-process caches.
    async fn load_for<C: ConnectionTrait>(
        db: &C,
        state: &AppState,
        session: &Session,
    ) -> Result<ParentContext, ApiError> {
        let read = parents::portal_read(
            db,
            session.session_id,
            session.parent_account()?,
            session.parent_pupil()?,
        )
        .await?;
        if !read.session_live {
            return Err(ApiError::Unauthenticated);
        }
        let PortalRecord {
            account,
            pupil,
            stored,
            twin_first_name,
        } = read.found.ok_or(ApiError::NotFound)?;
        let advice = pupil.advice;
        let primary_school = state.references.school(db, pupil.school_id).await?;
        let procedure = state.references.procedure(db, pupil.procedure_id).await?;
        let calendar = procedure.calendar()?;
        let offer = state
            .catalogues
            .get(db, primary_school.region_id, procedure.id)
            .await?;
        Ok(ParentContext {
            account,
            pupil,
            advice,
            primary_school,
            calendar,
            stored,
            offer,
            twin_first_name,
        })
    }

    pub fn language(&self) -> Language {
        self.account.language
    }

    pub fn cell(&self) -> BoardCell<'_> {
        BoardCell {
            school: self.pupil.school_id,
            class_name: &self.pupil.class_name,
        }
    }
}
