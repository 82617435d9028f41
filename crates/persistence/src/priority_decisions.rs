//! A VO school's verdict on the priority claim at its programme: one row per registration,
//! overwritten when the school changes its mind (the audit log keeps every verdict).

use overstap_domain::{ProgrammeId, RegistrationId, StaffUserId};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::priority_decision;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Approved,
    Rejected,
}

impl Verdict {
    pub const fn as_str(&self) -> &'static str {
        match self {
            Verdict::Approved => "approved",
            Verdict::Rejected => "rejected",
        }
    }

    pub fn parse(value: &str) -> Result<Verdict, DbErr> {
        match value {
            "approved" => Ok(Verdict::Approved),
            "rejected" => Ok(Verdict::Rejected),
            other => Err(DbErr::Type(format!(
                "priority_decisions.decision: {other:?}"
            ))),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub registration_id: RegistrationId,
    pub programme_id: ProgrammeId,
    pub verdict: Verdict,
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
        decision: Set(decision.verdict.as_str().to_owned()),
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
                verdict: Verdict::parse(&row.decision)?,
                reason: row.reason,
                decided_by: StaffUserId::from_uuid(row.decided_by),
                decided_at: row.decided_at,
            })
        })
        .transpose()
}
