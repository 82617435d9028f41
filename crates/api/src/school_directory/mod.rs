//! The region's school directory, kept by its coordinator: boards, PO and VO schools (one by
//! one or from a CSV file) and the VO schools' programmes. A deactivated board or school keeps
//! its history but takes part in nothing new; what is still in use cannot be switched off or
//! removed (409 `in_use`).

pub mod boards;
pub mod import;
pub mod programmes;
pub mod schools;

use overstap_api_types::FieldError;
use overstap_domain::pupil::record::ValueProblem;
use overstap_domain::{RegionId, RegionProfile, Role, StaffUserId};
use overstap_persistence::audit::AuditActor;
use overstap_persistence::regions;
use sea_orm::ConnectionTrait;

use crate::auth::Session;
use crate::error::ApiError;

/// The coordinator keeping the directory of their region.
#[derive(Debug, Clone, Copy)]
pub struct Keeper {
    pub id: StaffUserId,
    pub region: RegionId,
}

impl Keeper {
    pub fn of(session: &Session) -> Result<Keeper, ApiError> {
        Ok(Keeper {
            region: session.coordinator_region()?,
            id: session.staff_user()?,
        })
    }

    pub fn actor(&self) -> AuditActor {
        AuditActor::signed_in(Role::Coordinator, self.id.as_uuid())
    }
}

/// The rules of the keeper's region.
pub async fn profile<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
) -> Result<RegionProfile, ApiError> {
    Ok(regions::find(db, region)
        .await?
        .ok_or(ApiError::NotFound)?
        .rules)
}

/// A field error from a domain rule.
pub(crate) fn field_problem(field: &str, problem: ValueProblem) -> FieldError {
    FieldError {
        field: field.to_owned(),
        code: problem.code.to_owned(),
        message: problem.message,
    }
}
