//! The placement runs a report is made from, and the region's numbers of one run: outcomes
//! by choice rank, placements and first choices per programme. Set-based: one grouped query
//! each, so a region of 8,000 pupils costs a handful of queries.

use std::collections::HashMap;

use overstap_domain::{
    PlacementRunId, ProcedureId, ProgrammeId, PupilId, RegionId, RunKind, SchoolId,
};

use crate::stored::Stored;
use sea_orm::sea_query::{Expr, ExprTrait, Order, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QuerySelect,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{
    placement, placement_run, preference_entry, procedure, programme, registration, school,
};

/// A placement run as reports need it (not its snapshot).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub id: PlacementRunId,
    pub procedure_id: ProcedureId,
    pub round: u32,
    pub kind: RunKind,
    pub official_round: Option<u32>,
    pub finished_at: OffsetDateTime,
}

#[derive(FromQueryResult)]
struct RunRow {
    id: Uuid,
    procedure_id: Uuid,
    round: i32,
    kind: Stored<RunKind>,
    official_round: Option<i32>,
    finished_at: OffsetDateTime,
}

fn run_from_row(row: RunRow) -> Result<Run, DbErr> {
    let kind = row.kind.0;
    Ok(Run {
        id: PlacementRunId::from_uuid(row.id),
        procedure_id: ProcedureId::from_uuid(row.procedure_id),
        round: u32::try_from(row.round).unwrap_or(0),
        kind,
        official_round: row.official_round.and_then(|r| u32::try_from(r).ok()),
        finished_at: row.finished_at,
    })
}

fn run_columns() -> [placement_run::Column; 6] {
    [
        placement_run::Column::Id,
        placement_run::Column::ProcedureId,
        placement_run::Column::Round,
        placement_run::Column::Kind,
        placement_run::Column::OfficialRound,
        placement_run::Column::FinishedAt,
    ]
}

/// The official run of `procedure`'s round 1, if the placement has been run: reports and
/// lists follow it with the changes recorded against it (reserve offers, withdrawals and the
/// round-2 results).
pub async fn latest_official_run<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
) -> Result<Option<Run>, DbErr> {
    official_run(db, procedure, 1).await
}

/// The official run of `round`, if it has been run.
pub async fn official_run<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    round: u32,
) -> Result<Option<Run>, DbErr> {
    placement_run::Entity::find()
        .select_only()
        .columns(run_columns())
        .filter(placement_run::Column::ProcedureId.eq(procedure.as_uuid()))
        .filter(placement_run::Column::OfficialRound.eq(i32::try_from(round).unwrap_or(i32::MAX)))
        .into_model::<RunRow>()
        .one(db)
        .await?
        .map(run_from_row)
        .transpose()
}

/// The run `id` if it belongs to a procedure of `region`.
pub async fn run_in_region<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    region: RegionId,
) -> Result<Option<Run>, DbErr> {
    let select = Query::select()
        .columns(run_columns().map(|c| (placement_run::Entity, c)))
        .from(placement_run::Entity)
        .inner_join(
            procedure::Entity,
            Expr::col((procedure::Entity, procedure::Column::Id))
                .equals((placement_run::Entity, placement_run::Column::ProcedureId)),
        )
        .and_where(Expr::col((placement_run::Entity, placement_run::Column::Id)).eq(id))
        .and_where(Expr::col((procedure::Entity, procedure::Column::RegionId)).eq(region.as_uuid()))
        .to_owned();
    RunRow::find_by_statement(db.get_database_backend().build(&select))
        .one(db)
        .await?
        .map(run_from_row)
        .transpose()
}

/// How many pupils of `run` got their choice of each rank; `None` is unplaced.
pub async fn outcomes<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
) -> Result<Vec<(Option<u32>, u32)>, DbErr> {
    #[derive(FromQueryResult)]
    struct Row {
        choice_rank: Option<i32>,
        placed: bool,
        count: i64,
    }
    let select = Query::select()
        .column(placement::Column::ChoiceRank)
        .expr_as(
            Expr::col(placement::Column::ProgrammeId).is_not_null(),
            "placed",
        )
        .expr_as(Expr::cust("COUNT(*)"), "count")
        .from(placement::Entity)
        .and_where(Expr::col(placement::Column::RunId).eq(run.as_uuid()))
        .group_by_col(placement::Column::ChoiceRank)
        .add_group_by([Expr::col(placement::Column::ProgrammeId).is_not_null()])
        .to_owned();
    let mut counts: HashMap<Option<u32>, u32> = HashMap::new();
    for row in Row::find_by_statement(db.get_database_backend().build(&select))
        .all(db)
        .await?
    {
        let rank = row
            .choice_rank
            .filter(|_| row.placed)
            .and_then(|r| u32::try_from(r).ok());
        *counts.entry(rank).or_default() += u32::try_from(row.count).unwrap_or(0);
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort_unstable();
    Ok(counts)
}

#[derive(FromQueryResult)]
struct ProgrammeCount {
    programme_id: Uuid,
    count: i64,
}

fn by_programme(rows: Vec<ProgrammeCount>) -> HashMap<ProgrammeId, u32> {
    rows.into_iter()
        .map(|row| {
            (
                ProgrammeId::from_uuid(row.programme_id),
                u32::try_from(row.count).unwrap_or(0),
            )
        })
        .collect()
}

/// How many pupils `run` placed at each programme.
pub async fn placed_per_programme<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
) -> Result<HashMap<ProgrammeId, u32>, DbErr> {
    let select = Query::select()
        .column(placement::Column::ProgrammeId)
        .expr_as(Expr::cust("COUNT(*)"), "count")
        .from(placement::Entity)
        .and_where(Expr::col(placement::Column::RunId).eq(run.as_uuid()))
        .and_where(Expr::col(placement::Column::ProgrammeId).is_not_null())
        .group_by_col(placement::Column::ProgrammeId)
        .to_owned();
    let rows = ProgrammeCount::find_by_statement(db.get_database_backend().build(&select))
        .all(db)
        .await?;
    Ok(by_programme(rows))
}

/// How many AV lists of `procedure` have each programme as their 1st choice.
pub async fn first_choices_per_programme<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
) -> Result<HashMap<ProgrammeId, u32>, DbErr> {
    let select = Query::select()
        .expr_as(
            Expr::col((
                preference_entry::Entity,
                preference_entry::Column::ProgrammeId,
            )),
            "programme_id",
        )
        .expr_as(Expr::cust("COUNT(*)"), "count")
        .from(preference_entry::Entity)
        .inner_join(
            registration::Entity,
            Expr::col((registration::Entity, registration::Column::Id)).equals((
                preference_entry::Entity,
                preference_entry::Column::RegistrationId,
            )),
        )
        .and_where(
            Expr::col((registration::Entity, registration::Column::ProcedureId))
                .eq(procedure.as_uuid()),
        )
        .and_where(Expr::col((registration::Entity, registration::Column::Status)).eq("AV"))
        .and_where(Expr::col((preference_entry::Entity, preference_entry::Column::Rank)).eq(1))
        .group_by_col((
            preference_entry::Entity,
            preference_entry::Column::ProgrammeId,
        ))
        .to_owned();
    let rows = ProgrammeCount::find_by_statement(db.get_database_backend().build(&select))
        .all(db)
        .await?;
    Ok(by_programme(rows))
}

/// A programme of the region with its school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionProgramme {
    pub school_id: SchoolId,
    pub school_name: String,
    pub programme_id: ProgrammeId,
    pub programme_name: String,
    pub capacity: u32,
}

/// Every programme the region's VO schools offer in `procedure`, by school and programme name.
pub async fn region_programmes<C: ConnectionTrait>(
    db: &C,
    region: RegionId,
    procedure: ProcedureId,
) -> Result<Vec<RegionProgramme>, DbErr> {
    #[derive(FromQueryResult)]
    struct Row {
        school_id: Uuid,
        school_name: String,
        programme_id: Uuid,
        programme_name: String,
        capacity: i32,
    }
    let select = Query::select()
        .expr_as(Expr::col((school::Entity, school::Column::Id)), "school_id")
        .expr_as(
            Expr::col((school::Entity, school::Column::Name)),
            "school_name",
        )
        .expr_as(
            Expr::col((programme::Entity, programme::Column::Id)),
            "programme_id",
        )
        .expr_as(
            Expr::col((programme::Entity, programme::Column::Name)),
            "programme_name",
        )
        .column((programme::Entity, programme::Column::Capacity))
        .from(programme::Entity)
        .inner_join(
            school::Entity,
            Expr::col((school::Entity, school::Column::Id))
                .equals((programme::Entity, programme::Column::SchoolId)),
        )
        .and_where(Expr::col((school::Entity, school::Column::RegionId)).eq(region.as_uuid()))
        .and_where(
            Expr::col((programme::Entity, programme::Column::ProcedureId)).eq(procedure.as_uuid()),
        )
        .order_by((school::Entity, school::Column::Name), Order::Asc)
        .order_by((programme::Entity, programme::Column::Name), Order::Asc)
        .order_by((programme::Entity, programme::Column::Id), Order::Asc)
        .to_owned();
    Ok(
        Row::find_by_statement(db.get_database_backend().build(&select))
            .all(db)
            .await?
            .into_iter()
            .map(|row| RegionProgramme {
                school_id: SchoolId::from_uuid(row.school_id),
                school_name: row.school_name,
                programme_id: ProgrammeId::from_uuid(row.programme_id),
                programme_name: row.programme_name,
                capacity: u32::try_from(row.capacity).unwrap_or(0),
            })
            .collect(),
    )
}

/// The rank of each programme on the AV lists of `pupils`, keyed by (pupil, programme): the
/// round-1 rank of a place a change gave after the run.
pub async fn list_ranks<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    pupils: &[PupilId],
) -> Result<HashMap<(PupilId, ProgrammeId), u32>, DbErr> {
    #[derive(FromQueryResult)]
    struct Row {
        pupil_id: Uuid,
        programme_id: Uuid,
        rank: i32,
    }
    let mut ranks = HashMap::new();
    for chunk in pupils.chunks(500) {
        let select = Query::select()
            .expr_as(
                Expr::col((registration::Entity, registration::Column::PupilId)),
                "pupil_id",
            )
            .expr_as(
                Expr::col((
                    preference_entry::Entity,
                    preference_entry::Column::ProgrammeId,
                )),
                "programme_id",
            )
            .expr_as(
                Expr::col((preference_entry::Entity, preference_entry::Column::Rank)),
                "rank",
            )
            .from(preference_entry::Entity)
            .inner_join(
                registration::Entity,
                Expr::col((registration::Entity, registration::Column::Id)).equals((
                    preference_entry::Entity,
                    preference_entry::Column::RegistrationId,
                )),
            )
            .and_where(
                Expr::col((registration::Entity, registration::Column::ProcedureId))
                    .eq(procedure.as_uuid()),
            )
            .and_where(
                Expr::col((registration::Entity, registration::Column::PupilId))
                    .is_in(chunk.iter().map(|p| p.as_uuid())),
            )
            .to_owned();
        for row in Row::find_by_statement(db.get_database_backend().build(&select))
            .all(db)
            .await?
        {
            ranks.insert(
                (
                    PupilId::from_uuid(row.pupil_id),
                    ProgrammeId::from_uuid(row.programme_id),
                ),
                u32::try_from(row.rank).unwrap_or(0),
            );
        }
    }
    Ok(ranks)
}
