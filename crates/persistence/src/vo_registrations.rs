//! The VO school's registrations: the AV registrations with one of its programmes as 1st
//! choice (with the claim and the school's verdict), and how many AV lists name each of its
//! programmes at each rank. Every read is one set-based query, whatever the number of pupils.

use overstap_domain::{
    PriorityRuleKind, PriorityVerdict, ProcedureId, ProgrammeId, RegistrationId, SchoolId,
    StaffUserId,
};
use sea_orm::sea_query::{Expr, ExprTrait, JoinType, Order};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{preference_entry, priority_decision, programme, pupil, registration};
use crate::priority::{Claim, Decision};
use crate::stored::Stored;
use crate::vo_pupils::{PupilLine, PupilRow, av_entries_at, build, col, with_pupil};

/// An AV registration whose 1st choice is one of the school's programmes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstChoice {
    pub registration_id: RegistrationId,
    pub pupil: PupilLine,
    pub programme_id: ProgrammeId,
    pub programme_name: String,
    pub claim: Option<Claim>,
    /// The school's verdict on the claim at this programme.
    pub decision: Option<Decision>,
}

/// How many AV lists name a programme at a rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankCount {
    pub programme_id: ProgrammeId,
    pub rank: u32,
    pub count: u32,
}

fn to_u32(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

#[derive(FromQueryResult)]
struct FirstChoiceRow {
    registration_id: Uuid,
    programme_id: Uuid,
    programme_name: String,
    priority_claim: Option<Stored<PriorityRuleKind>>,
    sibling_name: Option<String>,
    sibling_class: Option<String>,
    decision: Option<Stored<PriorityVerdict>>,
    reason: Option<String>,
    decided_by: Option<Uuid>,
    decided_at: Option<OffsetDateTime>,
    #[sea_orm(nested)]
    pupil: PupilRow,
}

/// The AV registrations of `procedure` whose 1st choice is a programme of `school`, by name.
pub async fn first_choices<C: ConnectionTrait>(
    db: &C,
    school: SchoolId,
    procedure: ProcedureId,
) -> Result<Vec<FirstChoice>, DbErr> {
    let mut select = av_entries_at(school, procedure);
    select
        .and_where(col(preference_entry::Entity, preference_entry::Column::Rank).eq(1))
        .expr_as(
            col(registration::Entity, registration::Column::Id),
            "registration_id",
        )
        .expr_as(
            col(programme::Entity, programme::Column::Id),
            "programme_id",
        )
        .expr_as(
            col(programme::Entity, programme::Column::Name),
            "programme_name",
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
        ))
        // A verdict counts only for the programme it was given at.
        .join(
            JoinType::LeftJoin,
            priority_decision::Entity,
            col(
                priority_decision::Entity,
                priority_decision::Column::RegistrationId,
            )
            .equals((registration::Entity, registration::Column::Id))
            .and(
                col(
                    priority_decision::Entity,
                    priority_decision::Column::ProgrammeId,
                )
                .equals((
                    preference_entry::Entity,
                    preference_entry::Column::ProgrammeId,
                )),
            ),
        )
        .column((
            priority_decision::Entity,
            priority_decision::Column::Decision,
        ))
        .column((priority_decision::Entity, priority_decision::Column::Reason))
        .column((
            priority_decision::Entity,
            priority_decision::Column::DecidedBy,
        ))
        .column((
            priority_decision::Entity,
            priority_decision::Column::DecidedAt,
        ));
    with_pupil(
        &mut select,
        (registration::Entity, registration::Column::PupilId),
    );
    select
        .order_by((pupil::Entity, pupil::Column::LastName), Order::Asc)
        .order_by((pupil::Entity, pupil::Column::FirstName), Order::Asc)
        .order_by((pupil::Entity, pupil::Column::ElkNumber), Order::Asc);
    FirstChoiceRow::find_by_statement(build(db, &select))
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            let registration_id = RegistrationId::from_uuid(row.registration_id);
            let programme_id = ProgrammeId::from_uuid(row.programme_id);
            let decision = match (row.decision, row.decided_by, row.decided_at) {
                (Some(verdict), Some(by), Some(at)) => Some(Decision {
                    registration_id,
                    programme_id,
                    verdict: verdict.0,
                    reason: row.reason,
                    decided_by: StaffUserId::from_uuid(by),
                    decided_at: at,
                }),
                _ => None,
            };
            Ok(FirstChoice {
                registration_id,
                pupil: row.pupil.into(),
                programme_id,
                programme_name: row.programme_name,
                claim: row.priority_claim.map(|kind| Claim {
                    kind: kind.0,
                    sibling_name: row.sibling_name,
                    sibling_class: row.sibling_class,
                }),
                decision,
            })
        })
        .collect()
}

#[derive(FromQueryResult)]
struct RankCountRow {
    programme_id: Uuid,
    rank: i32,
    count: i64,
}

/// Per programme of `school` and rank: how many AV lists of `procedure` name it there.
pub async fn rank_counts<C: ConnectionTrait>(
    db: &C,
    school: SchoolId,
    procedure: ProcedureId,
) -> Result<Vec<RankCount>, DbErr> {
    let mut select = av_entries_at(school, procedure);
    select
        .expr_as(
            col(
                preference_entry::Entity,
                preference_entry::Column::ProgrammeId,
            ),
            "programme_id",
        )
        .expr_as(
            col(preference_entry::Entity, preference_entry::Column::Rank),
            "rank",
        )
        .expr_as(Expr::cust("COUNT(*)"), "count")
        .group_by_col((
            preference_entry::Entity,
            preference_entry::Column::ProgrammeId,
        ))
        .group_by_col((preference_entry::Entity, preference_entry::Column::Rank));
    Ok(RankCountRow::find_by_statement(build(db, &select))
        .all(db)
        .await?
        .into_iter()
        .map(|row| RankCount {
            programme_id: ProgrammeId::from_uuid(row.programme_id),
            rank: u32::try_from(row.rank).unwrap_or(0),
            count: to_u32(row.count),
        })
        .collect())
}

#[derive(FromQueryResult)]
struct CountRow {
    count: i64,
}

/// How many AV lists of `procedure` name at least one programme of `school`.
pub async fn lists_naming<C: ConnectionTrait>(
    db: &C,
    school: SchoolId,
    procedure: ProcedureId,
) -> Result<u32, DbErr> {
    let mut select = av_entries_at(school, procedure);
    select.expr_as(
        col(
            preference_entry::Entity,
            preference_entry::Column::RegistrationId,
        )
        .count_distinct(),
        "count",
    );
    Ok(CountRow::find_by_statement(build(db, &select))
        .one(db)
        .await?
        .map_or(0, |row| to_u32(row.count)))
}
