//! What a VO school sees of the procedure: the AV lists naming its programmes, the claims at
//! its programmes, its capacities, and its placed pupils and reserve lists of a run. Every
//! read is one set-based query, whatever the number of pupils.

use overstap_domain::{
    Advice, PriorityRuleKind, PriorityVerdict, ProcedureId, ProgrammeId, PupilId, RegistrationId,
    SchoolId, StaffUserId,
};
use sea_orm::sea_query::{Expr, ExprTrait, IntoColumnRef, JoinType, Order, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, Statement,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{
    placement, preference_entry, priority_decision, programme, pupil, registration, reserve_entry,
    school,
};
use crate::priority::Decision;
use crate::schools::Programme;
use crate::stored::Stored;

/// A pupil as the VO school sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PupilLine {
    pub pupil_id: PupilId,
    pub first_name: String,
    pub last_name: String,
    pub elk_number: String,
    pub advice: Advice,
    pub primary_school_name: String,
}

/// The priority claim at a 1st choice, as the parent made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub kind: PriorityRuleKind,
    pub sibling_name: Option<String>,
    pub sibling_class: Option<String>,
}

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

/// A placed pupil (`position` is None) or a reserve-list entry of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementLine {
    pub programme_id: ProgrammeId,
    pub position: Option<u32>,
    pub pupil: PupilLine,
    pub choice_rank: Option<u32>,
}

fn col<E: EntityTrait, C: ColumnTrait>(entity: E, column: C) -> Expr {
    Expr::col((entity, column))
}

fn to_u32(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

fn opt_u32(value: Option<i32>) -> Option<u32> {
    value.and_then(|v| u32::try_from(v).ok())
}

/// The definitive (AV) list entries of `procedure` at `school`'s programmes.
fn av_entries_at(school: SchoolId, procedure: ProcedureId) -> SelectStatement {
    Query::select()
        .from(preference_entry::Entity)
        .inner_join(
            programme::Entity,
            col(programme::Entity, programme::Column::Id).equals((
                preference_entry::Entity,
                preference_entry::Column::ProgrammeId,
            )),
        )
        .inner_join(
            registration::Entity,
            col(registration::Entity, registration::Column::Id).equals((
                preference_entry::Entity,
                preference_entry::Column::RegistrationId,
            )),
        )
        .and_where(col(programme::Entity, programme::Column::SchoolId).eq(school.as_uuid()))
        .and_where(
            col(registration::Entity, registration::Column::ProcedureId).eq(procedure.as_uuid()),
        )
        .and_where(col(registration::Entity, registration::Column::Status).eq("AV"))
        .to_owned()
}

/// Joins the pupil named by `pupil_id` and their primary school, and selects a `PupilRow`.
fn with_pupil(select: &mut SelectStatement, pupil_id: impl IntoColumnRef) {
    select
        .inner_join(
            pupil::Entity,
            col(pupil::Entity, pupil::Column::Id).equals(pupil_id),
        )
        .inner_join(
            school::Entity,
            col(school::Entity, school::Column::Id)
                .equals((pupil::Entity, pupil::Column::SchoolId)),
        )
        .expr_as(col(pupil::Entity, pupil::Column::Id), "pupil_id")
        .column((pupil::Entity, pupil::Column::FirstName))
        .column((pupil::Entity, pupil::Column::LastName))
        .column((pupil::Entity, pupil::Column::ElkNumber))
        .column((pupil::Entity, pupil::Column::Advice))
        .expr_as(
            col(school::Entity, school::Column::Name),
            "primary_school_name",
        );
}

#[derive(FromQueryResult)]
struct PupilRow {
    pupil_id: Uuid,
    first_name: String,
    last_name: String,
    elk_number: String,
    advice: Stored<Advice>,
    primary_school_name: String,
}

impl From<PupilRow> for PupilLine {
    fn from(row: PupilRow) -> PupilLine {
        PupilLine {
            pupil_id: PupilId::from_uuid(row.pupil_id),
            first_name: row.first_name,
            last_name: row.last_name,
            elk_number: row.elk_number,
            advice: row.advice.0,
            primary_school_name: row.primary_school_name,
        }
    }
}

fn build<C: ConnectionTrait>(db: &C, select: &SelectStatement) -> Statement {
    db.get_database_backend().build(select)
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

/// The programme `id` if it belongs to `school`.
pub async fn programme_of<C: ConnectionTrait>(
    db: &C,
    school: SchoolId,
    id: ProgrammeId,
) -> Result<Option<Programme>, DbErr> {
    programme::Entity::find_by_id(id.as_uuid())
        .filter(programme::Column::SchoolId.eq(school.as_uuid()))
        .one(db)
        .await?
        .map(crate::schools::programme_from_row)
        .transpose()
}

pub async fn set_capacity<C: ConnectionTrait>(
    db: &C,
    id: ProgrammeId,
    capacity: u32,
) -> Result<(), DbErr> {
    programme::Entity::update_many()
        .col_expr(
            programme::Column::Capacity,
            Expr::value(i32::try_from(capacity).unwrap_or(i32::MAX)),
        )
        .filter(programme::Column::Id.eq(id.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
}

#[derive(FromQueryResult)]
struct PlacementRow {
    programme_id: Uuid,
    position: Option<i32>,
    choice_rank: Option<i32>,
    #[sea_orm(nested)]
    pupil: PupilRow,
}

impl From<PlacementRow> for PlacementLine {
    fn from(row: PlacementRow) -> PlacementLine {
        PlacementLine {
            programme_id: ProgrammeId::from_uuid(row.programme_id),
            position: opt_u32(row.position),
            pupil: row.pupil.into(),
            choice_rank: opt_u32(row.choice_rank),
        }
    }
}

/// The pupils `run` placed at `school`'s programmes, by programme and name.
pub async fn placed<C: ConnectionTrait>(
    db: &C,
    run: Uuid,
    school: SchoolId,
) -> Result<Vec<PlacementLine>, DbErr> {
    let mut select = Query::select()
        .from(placement::Entity)
        .inner_join(
            programme::Entity,
            col(programme::Entity, programme::Column::Id)
                .equals((placement::Entity, placement::Column::ProgrammeId)),
        )
        .and_where(col(placement::Entity, placement::Column::RunId).eq(run))
        .and_where(col(programme::Entity, programme::Column::SchoolId).eq(school.as_uuid()))
        .expr_as(
            col(placement::Entity, placement::Column::ProgrammeId),
            "programme_id",
        )
        .expr_as(Expr::cust("CAST(NULL AS INTEGER)"), "position")
        .column((placement::Entity, placement::Column::ChoiceRank))
        .to_owned();
    with_pupil(&mut select, (placement::Entity, placement::Column::PupilId));
    select
        .order_by((programme::Entity, programme::Column::Name), Order::Asc)
        .order_by((pupil::Entity, pupil::Column::LastName), Order::Asc)
        .order_by((pupil::Entity, pupil::Column::FirstName), Order::Asc);
    Ok(PlacementRow::find_by_statement(build(db, &select))
        .all(db)
        .await?
        .into_iter()
        .map(PlacementLine::from)
        .collect())
}

/// The reserve lists of `run` at `school`'s programmes, each in its order.
pub async fn reserve<C: ConnectionTrait>(
    db: &C,
    run: Uuid,
    school: SchoolId,
) -> Result<Vec<PlacementLine>, DbErr> {
    let mut select = Query::select()
        .from(reserve_entry::Entity)
        .inner_join(
            programme::Entity,
            col(programme::Entity, programme::Column::Id)
                .equals((reserve_entry::Entity, reserve_entry::Column::ProgrammeId)),
        )
        .and_where(col(reserve_entry::Entity, reserve_entry::Column::RunId).eq(run))
        .and_where(col(programme::Entity, programme::Column::SchoolId).eq(school.as_uuid()))
        .expr_as(
            col(reserve_entry::Entity, reserve_entry::Column::ProgrammeId),
            "programme_id",
        )
        .column((reserve_entry::Entity, reserve_entry::Column::Position))
        .column((reserve_entry::Entity, reserve_entry::Column::ChoiceRank))
        .to_owned();
    with_pupil(
        &mut select,
        (reserve_entry::Entity, reserve_entry::Column::PupilId),
    );
    select
        .order_by((programme::Entity, programme::Column::Name), Order::Asc)
        .order_by(
            (reserve_entry::Entity, reserve_entry::Column::ProgrammeId),
            Order::Asc,
        )
        .order_by(
            (reserve_entry::Entity, reserve_entry::Column::Position),
            Order::Asc,
        );
    Ok(PlacementRow::find_by_statement(build(db, &select))
        .all(db)
        .await?
        .into_iter()
        .map(PlacementLine::from)
        .collect())
}
