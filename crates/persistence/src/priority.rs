//! A VO school's verdict on the priority claim at its programme: one row per registration,
//! overwritten when the school changes its mind (the audit log keeps every verdict).

use overstap_domain::{PriorityVerdict, ProgrammeId, RegistrationId, StaffUserId};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::priority_decision;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub registration_id: RegistrationId,
    pub programme_id: ProgrammeId,
    pub verdict: PriorityVerdict,
    pub reason: Option<String>,
    pub decided_by: StaffUserId,
    pub decided_at: OffsetDateTime,
}

/// Writes `decision` over any earlier one for the same registration.
pub async fn upsert<C: ConnectionTrait>(db: &C, decision: &Decision) -> Result<(), DbErr> {
    priority_decision::Entity::insert(priority_decision::ActiveModel {
        id: Set(Uuid::new_v4()),
        registration_id: Set(decision.registration_id.as_uuid()),
        programme_id: Set(decision.programme_id.as_uuid()),
        decision: Set(decision.verdict.into()),
        reason: Set(decision.reason.clone()),
        decided_by: Set(decision.decided_by.as_uuid()),
        decided_at: Set(decision.decided_at),
    })
    .on_conflict(
        OnConflict::column(priority_decision::Column::RegistrationId)
            .update_columns([
                priority_decision::Column::ProgrammeId,
                priority_decision::Column::Decision,
                priority_decision::Column::Reason,
                priority_decision::Column::DecidedBy,
                priority_decision::Column::DecidedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The stored verdict on `registration`'s claim, if any.
pub async fn find<C: ConnectionTrait>(
    db: &C,
    registration: RegistrationId,
) -> Result<Option<Decision>, DbErr> {
    priority_decision::Entity::find()
        .filter(priority_decision::Column::RegistrationId.eq(registration.as_uuid()))
        .one(db)
        .await?
        .map(|row| {
            Ok(Decision {
                registration_id: RegistrationId::from_uuid(row.registration_id),
                programme_id: ProgrammeId::from_uuid(row.programme_id),
                verdict: row.decision.0,
                reason: row.reason,
                decided_by: StaffUserId::from_uuid(row.decided_by),
                decided_at: row.decided_at,
            })
        })
        .transpose()
}
