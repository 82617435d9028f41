//! Round 2: the parents' lists, and each pupil's round-1 standing (the official run's
//! placement with every change after it) that decides who takes part and which seats are left.

use std::collections::HashMap;

use overstap_domain::round2::Round1Standing;
use overstap_domain::{PlacementRunId, ProcedureId, ProgrammeId, PupilId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    TryInsertResult,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{placement, placement_change, round2_list};

/// A pupil's round-2 list as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredList {
    pub programmes: Vec<ProgrammeId>,
    pub revision: i32,
    pub saved_at: OffsetDateTime,
    pub confirmed_at: Option<OffsetDateTime>,
}

fn decode(text: &str) -> Result<Vec<ProgrammeId>, DbErr> {
    let ids: Vec<Uuid> = serde_json::from_str(text)
        .map_err(|e| DbErr::Type(format!("round2_lists.programmes: {e}")))?;
    Ok(ids.into_iter().map(ProgrammeId::from_uuid).collect())
}

fn encode(programmes: &[ProgrammeId]) -> String {
    let ids: Vec<Uuid> = programmes.iter().map(|p| p.as_uuid()).collect();
    serde_json::Value::from(ids.iter().map(ToString::to_string).collect::<Vec<_>>()).to_string()
}

fn from_row(row: round2_list::Model) -> Result<StoredList, DbErr> {
    Ok(StoredList {
        programmes: decode(&row.programmes)?,
        revision: row.revision,
        saved_at: row.saved_at,
        confirmed_at: row.confirmed_at,
    })
}

pub async fn find_list<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    pupil: PupilId,
) -> Result<Option<StoredList>, DbErr> {
    round2_list::Entity::find()
        .filter(round2_list::Column::ProcedureId.eq(procedure.as_uuid()))
        .filter(round2_list::Column::PupilId.eq(pupil.as_uuid()))
        .one(db)
        .await?
        .map(from_row)
        .transpose()
}

/// Saves the list over an unconfirmed one; false when the list is already confirmed.
pub async fn save_list<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    pupil: PupilId,
    programmes: &[ProgrammeId],
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    // The first save inserts; a save racing it finds the row on the unique index and updates.
    let inserted = round2_list::Entity::insert(round2_list::ActiveModel {
        id: Set(Uuid::new_v4()),
        procedure_id: Set(procedure.as_uuid()),
        pupil_id: Set(pupil.as_uuid()),
        programmes: Set(encode(programmes)),
        revision: Set(1),
        saved_at: Set(now),
        confirmed_at: Set(None),
    })
    .on_conflict_do_nothing_on([
        round2_list::Column::ProcedureId,
        round2_list::Column::PupilId,
    ])
    .exec(db)
    .await?;
    if matches!(inserted, TryInsertResult::Inserted(_)) {
        return Ok(true);
    }
    let Some(row) = round2_list::Entity::find()
        .filter(round2_list::Column::ProcedureId.eq(procedure.as_uuid()))
        .filter(round2_list::Column::PupilId.eq(pupil.as_uuid()))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    let result = round2_list::Entity::update_many()
        .col_expr(
            round2_list::Column::Programmes,
            Expr::value(encode(programmes)),
        )
        .col_expr(round2_list::Column::Revision, Expr::value(row.revision + 1))
        .col_expr(round2_list::Column::SavedAt, Expr::value(now))
        .filter(round2_list::Column::Id.eq(row.id))
        .filter(round2_list::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Makes the saved list definitive; false when there is none or it was confirmed before.
pub async fn confirm_list<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
    pupil: PupilId,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = round2_list::Entity::update_many()
        .col_expr(round2_list::Column::ConfirmedAt, Expr::value(Some(now)))
        .filter(round2_list::Column::ProcedureId.eq(procedure.as_uuid()))
        .filter(round2_list::Column::PupilId.eq(pupil.as_uuid()))
        .filter(round2_list::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Every confirmed round-2 list of the procedure, by pupil id.
pub async fn confirmed_lists<C: ConnectionTrait>(
    db: &C,
    procedure: ProcedureId,
) -> Result<Vec<(PupilId, Vec<ProgrammeId>)>, DbErr> {
    round2_list::Entity::find()
        .filter(round2_list::Column::ProcedureId.eq(procedure.as_uuid()))
        .filter(round2_list::Column::ConfirmedAt.is_not_null())
        .order_by_asc(round2_list::Column::PupilId)
        .all(db)
        .await?
        .into_iter()
        .map(|row| Ok((PupilId::from_uuid(row.pupil_id), decode(&row.programmes)?)))
        .collect()
}

/// Folds a run's placement and its changes (any order) into standings.
fn fold(
    placements: impl IntoIterator<Item = placement::Model>,
    changes: impl IntoIterator<Item = placement_change::Model>,
) -> HashMap<PupilId, Round1Standing> {
    let mut standings: HashMap<PupilId, Round1Standing> = placements
        .into_iter()
        .map(|row| {
            (
                PupilId::from_uuid(row.pupil_id),
                Round1Standing {
                    current: row.programme_id.map(ProgrammeId::from_uuid),
                    ever_placed: row.programme_id.is_some(),
                },
            )
        })
        .collect();
    let mut changes: Vec<placement_change::Model> = changes.into_iter().collect();
    changes.sort_by_key(|c| c.made_at);
    for change in changes {
        let Some(standing) = standings.get_mut(&PupilId::from_uuid(change.pupil_id)) else {
            continue;
        };
        standing.current = change.to_programme_id.map(ProgrammeId::from_uuid);
        standing.ever_placed |= standing.current.is_some();
    }
    standings
}

/// Every participant of `run` with their standing after all changes.
pub async fn standings<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
) -> Result<HashMap<PupilId, Round1Standing>, DbErr> {
    let run = run.as_uuid();
    let placements = placement::Entity::find()
        .filter(placement::Column::RunId.eq(run))
        .all(db)
        .await?;
    let changes = placement_change::Entity::find()
        .filter(placement_change::Column::RunId.eq(run))
        .all(db)
        .await?;
    Ok(fold(placements, changes))
}

/// One pupil's standing in `run`; `None` when the pupil took no part.
pub async fn standing<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
    pupil: PupilId,
) -> Result<Option<Round1Standing>, DbErr> {
    let run = run.as_uuid();
    let placements = placement::Entity::find()
        .filter(placement::Column::RunId.eq(run))
        .filter(placement::Column::PupilId.eq(pupil.as_uuid()))
        .all(db)
        .await?;
    let changes = placement_change::Entity::find()
        .filter(placement_change::Column::RunId.eq(run))
        .filter(placement_change::Column::PupilId.eq(pupil.as_uuid()))
        .all(db)
        .await?;
    Ok(fold(placements, changes).remove(&pupil))
}

/// How many pupils hold a place at each programme after all changes.
pub fn placed_per_programme(
    standings: &HashMap<PupilId, Round1Standing>,
) -> HashMap<ProgrammeId, u32> {
    let mut counts = HashMap::new();
    for programme in standings.values().filter_map(|s| s.current) {
        *counts.entry(programme).or_insert(0) += 1;
    }
    counts
}
