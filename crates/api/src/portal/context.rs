//! Everything a parent request needs, loaded for the signed-in parent's own child only.

use std::str::FromStr;
use std::sync::Arc;

use overstap_domain::{Advice, Calendar, Language, ParentAccountId, PupilId};
use overstap_persistence::parents::{self, ParentAccount};
use overstap_persistence::procedures;
use overstap_persistence::pupils::{self, Pupil};
use overstap_persistence::registrations::{self, BoardCell, Stored};
use overstap_persistence::schools::{self, School};
use sea_orm::ConnectionTrait;

use crate::auth::Session;
use crate::error::ApiError;
use crate::portal::catalogue::{CatalogueCache, RegionCatalogue};

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
    /// The child of the session's parent account; anything else is not found.
    pub async fn load<C: ConnectionTrait>(
        db: &C,
        catalogues: &CatalogueCache,
        session: &Session,
    ) -> Result<ParentContext, ApiError> {
        let account_id = session.parent_account()?;
        let pupil_id = session.parent_pupil()?;
        Self::load_for(db, catalogues, account_id, pupil_id).await
    }

    pub async fn load_for<C: ConnectionTrait>(
        db: &C,
        catalogues: &CatalogueCache,
        account_id: ParentAccountId,
        pupil_id: PupilId,
    ) -> Result<ParentContext, ApiError> {
        let account = parents::find(db, account_id)
            .await?
            .filter(|a| a.pupil_id == pupil_id)
            .ok_or(ApiError::NotFound)?;
        let pupil = pupils::find(db, pupil_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let advice = Advice::from_str(&pupil.advice).map_err(ApiError::internal)?;
        let primary_school = schools::find(db, pupil.school_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let procedure = procedures::find(db, pupil.procedure_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let calendar = procedure.calendar()?;
        let stored = registrations::find_for_pupil(db, pupil_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        let offer = catalogues.get(db, primary_school.region_id).await?;
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
