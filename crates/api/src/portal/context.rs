//! Everything a parent request needs, loaded for the signed-in parent's own child only.

use std::str::FromStr;
use std::sync::Arc;

use overstap_domain::{Advice, Calendar, Language};
use overstap_persistence::parents::{self, ParentAccount};
use overstap_persistence::pupils::{self, Pupil};
use overstap_persistence::registrations::{self, BoardCell, Stored};
use overstap_persistence::schools::School;
use sea_orm::ConnectionTrait;

use crate::auth::Session;
use crate::error::ApiError;
use crate::portal::catalogue::RegionCatalogue;
use crate::state::AppState;

pub struct ParentContext {
    pub account: ParentAccount,
    pub pupil: Pupil,
    pub advice: Advice,
    pub primary_school: School,
    pub calendar: Calendar,
    pub stored: Stored,
    pub offer: Arc<RegionCatalogue>,
}

impl ParentContext {
    /// The child of the session's parent account; anything else is not found. Four queries
    /// at most: the account, the registration, the pupil, and (cached) procedure, primary
    /// school and catalogue.
    pub async fn load<C: ConnectionTrait>(
        db: &C,
        state: &AppState,
        session: &Session,
    ) -> Result<ParentContext, ApiError> {
        let account_id = session.parent_account()?;
        let pupil_id = session.parent_pupil()?;
        let account = parents::find(db, account_id)
            .await?
            .filter(|a| a.pupil_id == pupil_id)
            .ok_or(ApiError::NotFound)?;
        let stored = registrations::find_for_pupil(db, pupil_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let pupil = pupils::find_with_status(db, pupil_id, stored.registration.status().as_str())
            .await?
            .ok_or(ApiError::NotFound)?;
        let advice = Advice::from_str(&pupil.advice).map_err(ApiError::internal)?;
        let primary_school = state.references.school(db, pupil.school_id).await?;
        let procedure = state.references.procedure(db, pupil.procedure_id).await?;
        let calendar = procedure.calendar()?;
        let offer = state.catalogues.get(db, primary_school.region_id).await?;
        Ok(ParentContext {
            account,
            pupil,
            advice,
            primary_school,
            calendar,
            stored,
            offer,
        })
    }

    pub fn language(&self) -> Language {
        Language::from_str(&self.account.language).unwrap_or(Language::Nl)
    }

    pub fn cell(&self) -> BoardCell<'_> {
        BoardCell {
            school: self.pupil.school_id,
            class_name: &self.pupil.class_name,
        }
    }
}
