//! The school and procedure a VO staff member's request works in: shared by the VO school's
//! registrations, capacity, placements and priority decisions.

use overstap_persistence::procedures::{self, Procedure};
use overstap_persistence::schools::{self, School};
use sea_orm::ConnectionTrait;

use crate::auth::Session;
use crate::error::ApiError;

/// The signed-in VO staff member's school and its region's current procedure.
pub struct VoContext {
    pub school: School,
    pub procedure: Procedure,
}

impl VoContext {
    pub async fn load<C: ConnectionTrait>(
        db: &C,
        session: &Session,
    ) -> Result<VoContext, ApiError> {
        let school_id = session.vo_school()?;
        let school = schools::find(db, school_id)
            .await?
            .ok_or(ApiError::Forbidden)?;
        let procedure = procedures::current_for_region(db, school.region_id)
            .await?
            .ok_or(ApiError::NotFound)?;
        Ok(VoContext { school, procedure })
    }
}
