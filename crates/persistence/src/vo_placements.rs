//! The VO school's placements: the pupils a run placed at its programmes and its reserve
//! lists, each one set-based query.

use overstap_domain::{PlacementRunId, ProgrammeId, SchoolId};
use sea_orm::sea_query::{Expr, ExprTrait, Order, Query};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult};
use uuid::Uuid;

use crate::entities::{placement, programme, pupil, reserve_entry};
use crate::vo_pupils::{PupilLine, PupilRow, build, col, with_pupil};

/// A placed pupil (`position` is None) or a reserve-list entry of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementLine {
    pub programme_id: ProgrammeId,
    pub position: Option<u32>,
    pub pupil: PupilLine,
    pub choice_rank: Option<u32>,
}

fn opt_u32(value: Option<i32>) -> Option<u32> {
    value.and_then(|v| u32::try_from(v).ok())
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
    run: PlacementRunId,
    school: SchoolId,
) -> Result<Vec<PlacementLine>, DbErr> {
    let mut select = Query::select()
        .from(placement::Entity)
        .inner_join(
            programme::Entity,
            col(programme::Entity, programme::Column::Id)
                .equals((placement::Entity, placement::Column::ProgrammeId)),
        )
        .and_where(col(placement::Entity, placement::Column::RunId).eq(run.as_uuid()))
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
    run: PlacementRunId,
    school: SchoolId,
) -> Result<Vec<PlacementLine>, DbErr> {
    let mut select = Query::select()
        .from(reserve_entry::Entity)
        .inner_join(
            programme::Entity,
            col(programme::Entity, programme::Column::Id)
                .equals((reserve_entry::Entity, reserve_entry::Column::ProgrammeId)),
        )
        .and_where(col(reserve_entry::Entity, reserve_entry::Column::RunId).eq(run.as_uuid()))
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
