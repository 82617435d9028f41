//! A VO school's verdict on the priority claim at its programme: one row per registration,
//! overwritten when the school changes its mind (the audit log keeps every verdict); and the
//! claim the verdict is about.

use overstap_domain::{
    PriorityRuleKind, PriorityVerdict, ProcedureId, ProgrammeId, RegistrationId, SchoolId,
    StaffUserId,
};
use sea_orm::sea_query::{ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    QueryFilter,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{preference_entry, priority_decision, registration};
use crate::stored::Stored;
use crate::vo_pupils::{av_entries_at, build, col};

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

/// The priority claim at a 1st choice, as the parent made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub kind: PriorityRuleKind,
    pub sibling_name: Option<String>,
    pub sibling_class: Option<String>,
}

/// The 1st choice of AV `registration` if it is a programme of `school`, with its claim.
pub async fn first_choice_at<C: ConnectionTrait>(
    db: &C,
    registration: RegistrationId,
    school: SchoolId,
    procedure: ProcedureId,
) -> Result<Option<(ProgrammeId, Option<Claim>)>, DbErr> {
    #[derive(FromQueryResult)]
    struct Row {
        programme_id: Uuid,
        priority_claim: Option<Stored<PriorityRuleKind>>,
        sibling_name: Option<String>,
        sibling_class: Option<String>,
    }
    let mut select = av_entries_at(school, procedure);
    select
        .and_where(col(preference_entry::Entity, preference_entry::Column::Rank).eq(1))
        .and_where(col(registration::Entity, registration::Column::Id).eq(registration.as_uuid()))
        .expr_as(
            col(
                preference_entry::Entity,
                preference_entry::Column::ProgrammeId,
            ),
            "programme_id",
        )
        .column((
            preference_entry::Entity,
            preference_entry::Column::PriorityClaim,
        ))
        .column((
            preference_entry::Entity,
            preference_entry::Column::SiblingName,
        ))
        .column((
            preference_entry::Entity,
            preference_entry::Column::SiblingClass,
        ));
    Ok(Row::find_by_statement(build(db, &select))
        .one(db)
        .await?
        .map(|row| {
            (
                ProgrammeId::from_uuid(row.programme_id),
                row.priority_claim.map(|kind| Claim {
                    kind: kind.0,
                    sibling_name: row.sibling_name,
                    sibling_class: row.sibling_class,
                }),
            )
        }))
}
