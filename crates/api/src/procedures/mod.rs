//! Procedure years: the region's current procedure, which new pupils and every change belong
//! to, and the coordinator's planning of the next one (proposed by copying last year's
//! weekdays, created in Europe/Amsterdam local time, edited until each phase begins). Earlier
//! procedures stay readable and no longer change.

mod planning;
mod wire;

pub use planning::{create, list, one, proposal, update};
pub use wire::{body, phases};

use overstap_domain::{ProcedureId, RegionId};
use overstap_persistence::procedures::{self, Procedure};
use sea_orm::ConnectionTrait;
use serde_json::json;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::error::ApiError;

/// The region's current procedure (its latest school year); 409 while it has none.
pub async fn current<C: ConnectionTrait>(db: &C, region: RegionId) -> Result<Procedure, ApiError> {
    procedures::current_for_region(db, region)
        .await?
        .ok_or_else(|| ApiError::Conflict {
            message: "The region has no procedure yet.".to_owned(),
            facts: Some(json!({ "reason": "no_procedure" })),
        })
}

/// The procedure a list reads: `requested` when it is one of the region's (an unknown id is a
/// field error), else the current one; none while the region has none (an empty list).
pub async fn to_read<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    requested: Option<Uuid>,
) -> Result<Option<Procedure>, ApiError> {
    match requested {
        None => Ok(procedures::current_for_region(db, region).await?),
        Some(id) => procedures::find_in_region(db, region, ProcedureId::from_uuid(id))
            .await?
            .map(Some)
            .ok_or_else(|| {
                ApiError::field(
                    "procedure_id",
                    "not_found",
                    "Not a procedure of this region; see GET /procedures.",
                )
            }),
    }
}

/// The current procedure, for adding pupils to it: refused (409, `procedure_over`) once its
/// school year has ended, until the coordinator creates the next one.
pub async fn open_for_pupils<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    now: OffsetDateTime,
) -> Result<Procedure, ApiError> {
    let procedure = current(db, region).await?;
    if now >= procedure.end_of_school_year()? {
        return Err(ApiError::Conflict {
            message: format!(
                "The school year {} is over; the coordinator creates the next procedure first.",
                procedure.school_year
            ),
            facts: Some(
                json!({ "reason": "procedure_over", "school_year": procedure.school_year }),
            ),
        });
    }
    Ok(procedure)
}

/// Refuses a change to something of an earlier procedure year (409 `earlier_procedure`).
pub async fn ensure_current<C: ConnectionTrait>(
    db: &C,
    belongs_to: ProcedureId,
    current: &Procedure,
) -> Result<(), ApiError> {
    if belongs_to == current.id {
        return Ok(());
    }
    let school_year = procedures::find(db, belongs_to)
        .await?
        .map(|p| p.school_year)
        .unwrap_or_default();
    Err(ApiError::EarlierProcedure { school_year })
}
