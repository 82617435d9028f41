//! Placement runs: committed seeds, and per run its frozen snapshot, hashes, placements and
//! reserve lists. Rows are written once and never changed; a new run is a new row.

use overstap_domain::placement::{PupilPlacement, ReserveList, ReserveListEntry};
use overstap_domain::{
    PlacementRunId, ProcedureId, ProgrammeId, PupilId, RunKind, SeedCommitmentId,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Statement,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::entities::{placement, placement_run, reserve_entry, seed_commitment};
use crate::stored::Stored;

fn int(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

fn uint(value: i32) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commitment {
    pub id: SeedCommitmentId,
    pub procedure_id: ProcedureId,
    pub round: u32,
    pub commitment: String,
    /// The seed itself; only revealed in the run that uses it.
    pub seed: String,
    pub created_at: OffsetDateTime,
    pub used_at: Option<OffsetDateTime>,
}

pub async fn insert_commitment<C: ConnectionTrait>(
    db: &C,
    procedure_id: ProcedureId,
    round: u32,
    seed: &str,
    commitment: &str,
    created_by: Uuid,
    now: OffsetDateTime,
) -> Result<SeedCommitmentId, DbErr> {
    let id = SeedCommitmentId::from_uuid(Uuid::new_v4());
    seed_commitment::Entity::insert(seed_commitment::ActiveModel {
        id: Set(id.as_uuid()),
        procedure_id: Set(procedure_id.as_uuid()),
        round: Set(int(round)),
        commitment: Set(commitment.to_owned()),
        seed: Set(seed.to_owned()),
        created_by: Set(created_by),
        created_at: Set(now),
        used_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(id)
}

pub async fn find_commitment<C: ConnectionTrait>(
    db: &C,
    id: SeedCommitmentId,
) -> Result<Option<Commitment>, DbErr> {
    Ok(seed_commitment::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(|row| Commitment {
            id: SeedCommitmentId::from_uuid(row.id),
            procedure_id: ProcedureId::from_uuid(row.procedure_id),
            round: uint(row.round),
            commitment: row.commitment,
            seed: row.seed,
            created_at: row.created_at,
            used_at: row.used_at,
        }))
}

/// Marks the commitment used by a run; false when another run used it first.
pub async fn use_commitment<C: ConnectionTrait>(
    db: &C,
    id: SeedCommitmentId,
    now: OffsetDateTime,
) -> Result<bool, DbErr> {
    let result = seed_commitment::Entity::update_many()
        .col_expr(seed_commitment::Column::UsedAt, Expr::value(Some(now)))
        .filter(seed_commitment::Column::Id.eq(id.as_uuid()))
        .filter(seed_commitment::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// A run as recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub id: PlacementRunId,
    pub procedure_id: ProcedureId,
    pub round: u32,
    pub kind: RunKind,
    pub commitment_id: Option<SeedCommitmentId>,
    pub seed: String,
    pub engine_version: String,
    pub input_hash: String,
    pub output_hash: String,
    pub participants: u32,
    pub placed: u32,
    pub started_by: Uuid,
    pub started_at: OffsetDateTime,
    pub finished_at: OffsetDateTime,
}

/// A run's row without its snapshot, which can be a hundred megabytes.
#[derive(Debug, FromQueryResult)]
struct RunRow {
    id: Uuid,
    procedure_id: Uuid,
    round: i32,
    kind: Stored<RunKind>,
    commitment_id: Option<Uuid>,
    seed: String,
    engine_version: String,
    input_hash: String,
    output_hash: String,
    participants: i32,
    placed: i32,
    started_by: Uuid,
    started_at: OffsetDateTime,
    finished_at: OffsetDateTime,
}

fn runs() -> sea_orm::Select<placement_run::Entity> {
    use placement_run::Column as C;
    placement_run::Entity::find().select_only().columns([
        C::Id,
        C::ProcedureId,
        C::Round,
        C::Kind,
        C::CommitmentId,
        C::Seed,
        C::EngineVersion,
        C::InputHash,
        C::OutputHash,
        C::Participants,
        C::Placed,
        C::StartedBy,
        C::StartedAt,
        C::FinishedAt,
    ])
}

fn run_from_row(row: RunRow) -> Run {
    Run {
        id: PlacementRunId::from_uuid(row.id),
        procedure_id: ProcedureId::from_uuid(row.procedure_id),
        round: uint(row.round),
        kind: row.kind.0,
        commitment_id: row.commitment_id.map(SeedCommitmentId::from_uuid),
        seed: row.seed,
        engine_version: row.engine_version,
        input_hash: row.input_hash,
        output_hash: row.output_hash,
        participants: uint(row.participants),
        placed: uint(row.placed),
        started_by: row.started_by,
        started_at: row.started_at,
        finished_at: row.finished_at,
    }
}

pub struct NewRun<'a> {
    pub procedure_id: ProcedureId,
    pub round: u32,
    pub kind: RunKind,
    pub commitment_id: Option<SeedCommitmentId>,
    pub seed: &'a str,
    pub engine_version: &'a str,
    pub input_hash: &'a str,
    pub output_hash: &'a str,
    /// The snapshot as compact JSON text.
    pub snapshot: String,
    pub started_by: Uuid,
    pub started_at: OffsetDateTime,
    pub finished_at: OffsetDateTime,
}

/// Stores a run with all its placements and reserve lists. An official run for a round that
/// already has one fails on the unique index (the caller checks first for a clear answer).
pub async fn insert_run<C: ConnectionTrait>(
    db: &C,
    run: NewRun<'_>,
    placements: &[PupilPlacement],
    reserve_lists: &[ReserveList],
) -> Result<PlacementRunId, DbErr> {
    let run_id = PlacementRunId::from_uuid(Uuid::new_v4());
    let id = run_id.as_uuid();
    let placed = placements.iter().filter(|p| p.programme.is_some()).count();
    placement_run::Entity::insert(placement_run::ActiveModel {
        id: Set(id),
        procedure_id: Set(run.procedure_id.as_uuid()),
        round: Set(int(run.round)),
        kind: Set(run.kind.into()),
        official_round: Set((run.kind == RunKind::Official).then(|| int(run.round))),
        commitment_id: Set(run.commitment_id.map(|c| c.as_uuid())),
        seed: Set(run.seed.to_owned()),
        engine_version: Set(run.engine_version.to_owned()),
        input_hash: Set(run.input_hash.to_owned()),
        output_hash: Set(run.output_hash.to_owned()),
        snapshot: Set(run.snapshot),
        participants: Set(i32::try_from(placements.len()).unwrap_or(i32::MAX)),
        placed: Set(i32::try_from(placed).unwrap_or(i32::MAX)),
        started_by: Set(run.started_by),
        started_at: Set(run.started_at),
        finished_at: Set(run.finished_at),
    })
    .exec(db)
    .await?;
    if db.get_database_backend() == DbBackend::Postgres {
        insert_results_postgres(db, id, placements, reserve_lists).await?;
        return Ok(run_id);
    }
    // 6 or 7 columns per row: well inside SQLite's bind-parameter limit.
    for chunk in placements.chunks(2000) {
        placement::Entity::insert_many(chunk.iter().map(|p| placement::ActiveModel {
            id: Set(Uuid::new_v4()),
            run_id: Set(id),
            pupil_id: Set(p.pupil.as_uuid()),
            programme_id: Set(p.programme.map(|x| x.as_uuid())),
            choice_rank: Set(p.choice_rank.map(int)),
            lot_number: Set(p.lot_number.map(int)),
        }))
        .exec(db)
        .await?;
    }
    let rows: Vec<reserve_entry::ActiveModel> = reserve_lists
        .iter()
        .flat_map(|list| {
            list.entries
                .iter()
                .enumerate()
                .map(move |(index, entry)| reserve_entry::ActiveModel {
                    id: Set(Uuid::new_v4()),
                    run_id: Set(id),
                    programme_id: Set(list.programme.as_uuid()),
                    position: Set(i32::try_from(index + 1).unwrap_or(i32::MAX)),
                    pupil_id: Set(entry.pupil.as_uuid()),
                    choice_rank: Set(int(entry.choice_rank)),
                    lot_number: Set(int(entry.lot_number)),
                })
        })
        .collect();
    for chunk in rows.chunks(2000) {
        reserve_entry::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await?;
    }
    Ok(run_id)
}

/// Rows per statement of the PostgreSQL bulk path.
const BULK_ROWS: usize = 50_000;

/// PostgreSQL: each table in statements of 50,000 rows passed as one JSON parameter, instead
/// of hundreds of multi-row INSERTs (a 200,000-pupil run writes over 500,000 rows). The JSON
/// is written by hand with one-letter keys (no JSON tree per row), and the ids are
/// time-ordered: a prefix from the clock plus the row's number, so every primary-key insert
/// goes to the right-hand end of the index instead of onto a random leaf page.
async fn insert_results_postgres<C: ConnectionTrait>(
    db: &C,
    run: Uuid,
    placements: &[PupilPlacement],
    reserve_lists: &[ReserveList],
) -> Result<(), DbErr> {
    let prefix = crate::outbox::time_ordered_prefix();
    let mut numbered: i64 = 0;
    for chunk in placements.chunks(BULK_ROWS) {
        let mut rows = JsonRows::with_capacity(chunk.len() * 110);
        for p in chunk {
            rows.row(|r| {
                r.uuid("p", p.pupil.as_uuid());
                r.opt_uuid("g", p.programme.map(|x| x.as_uuid()));
                r.opt_int("c", p.choice_rank);
                r.opt_int("l", p.lot_number);
            });
        }
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "INSERT INTO placements (id, run_id, pupil_id, programme_id, choice_rank, lot_number) \
             SELECT CAST($3 || lpad(to_hex($4 + r.n), 12, '0') AS uuid), $1, r.p, r.g, r.c, r.l \
             FROM ROWS FROM (json_to_recordset($2::json) AS (p uuid, g uuid, c integer, \
             l integer)) WITH ORDINALITY AS r(p, g, c, l, n)",
            [
                run.into(),
                rows.finish().into(),
                prefix.as_str().into(),
                numbered.into(),
            ],
        ))
        .await?;
        numbered += i64::try_from(chunk.len()).unwrap_or(i64::MAX);
    }
    let entries: Vec<(ProgrammeId, usize, &ReserveListEntry)> = reserve_lists
        .iter()
        .flat_map(|list| {
            list.entries
                .iter()
                .enumerate()
                .map(move |(index, entry)| (list.programme, index + 1, entry))
        })
        .collect();
    for chunk in entries.chunks(BULK_ROWS) {
        let mut rows = JsonRows::with_capacity(chunk.len() * 120);
        for (programme, position, entry) in chunk {
            rows.row(|r| {
                r.uuid("g", programme.as_uuid());
                r.int("o", *position);
                r.uuid("p", entry.pupil.as_uuid());
                r.int("c", entry.choice_rank);
                r.int("l", entry.lot_number);
            });
        }
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "INSERT INTO reserve_entries (id, run_id, programme_id, position, pupil_id, \
             choice_rank, lot_number) \
             SELECT CAST($3 || lpad(to_hex($4 + r.n), 12, '0') AS uuid), $1, r.g, r.o, r.p, \
             r.c, r.l \
             FROM ROWS FROM (json_to_recordset($2::json) AS (g uuid, o integer, p uuid, \
             c integer, l integer)) WITH ORDINALITY AS r(g, o, p, c, l, n)",
            [
                run.into(),
                rows.finish().into(),
                prefix.as_str().into(),
                numbered.into(),
            ],
        ))
        .await?;
        numbered += i64::try_from(chunk.len()).unwrap_or(i64::MAX);
    }
    Ok(())
}

/// A JSON array of flat objects, written straight into one string.
struct JsonRows {
    text: String,
}

struct JsonRow<'a> {
    text: &'a mut String,
    first: bool,
}

impl JsonRows {
    fn with_capacity(bytes: usize) -> JsonRows {
        let mut text = String::with_capacity(bytes + 2);
        text.push('[');
        JsonRows { text }
    }

    fn row(&mut self, fields: impl FnOnce(&mut JsonRow<'_>)) {
        if self.text.len() > 1 {
            self.text.push(',');
        }
        self.text.push('{');
        fields(&mut JsonRow {
            text: &mut self.text,
            first: true,
        });
        self.text.push('}');
    }

    fn finish(mut self) -> String {
        self.text.push(']');
        self.text
    }
}

impl JsonRow<'_> {
    /// Keys are fixed ASCII names, so they need no escaping; values are ids and numbers.
    fn key(&mut self, key: &str) {
        if !self.first {
            self.text.push(',');
        }
        self.first = false;
        self.text.push('"');
        self.text.push_str(key);
        self.text.push_str("\":");
    }

    fn uuid(&mut self, key: &str, value: Uuid) {
        self.key(key);
        self.text.push('"');
        let mut buffer = Uuid::encode_buffer();
        self.text
            .push_str(value.hyphenated().encode_lower(&mut buffer));
        self.text.push('"');
    }

    fn opt_uuid(&mut self, key: &str, value: Option<Uuid>) {
        match value {
            Some(value) => self.uuid(key, value),
            None => {
                self.key(key);
                self.text.push_str("null");
            }
        }
    }

    fn int(&mut self, key: &str, value: impl std::fmt::Display) {
        use std::fmt::Write;
        self.key(key);
        // Writing into a String cannot fail.
        let _ = write!(self.text, "{value}");
    }

    fn opt_int(&mut self, key: &str, value: Option<u32>) {
        match value {
            Some(value) => self.int(key, value),
            None => {
                self.key(key);
                self.text.push_str("null");
            }
        }
    }
}

pub async fn find_run<C: ConnectionTrait>(
    db: &C,
    id: PlacementRunId,
) -> Result<Option<Run>, DbErr> {
    Ok(runs()
        .filter(placement_run::Column::Id.eq(id.as_uuid()))
        .into_model::<RunRow>()
        .one(db)
        .await?
        .map(run_from_row))
}

/// The frozen input of a run, as stored.
pub async fn snapshot_of<C: ConnectionTrait>(
    db: &C,
    id: PlacementRunId,
) -> Result<Option<String>, DbErr> {
    Ok(placement_run::Entity::find_by_id(id.as_uuid())
        .one(db)
        .await?
        .map(|row| row.snapshot))
}

/// Every run of the procedure, newest first.
pub async fn list_runs<C: ConnectionTrait>(
    db: &C,
    procedure_id: ProcedureId,
) -> Result<Vec<Run>, DbErr> {
    Ok(runs()
        .filter(placement_run::Column::ProcedureId.eq(procedure_id.as_uuid()))
        .order_by_desc(placement_run::Column::StartedAt)
        .into_model::<RunRow>()
        .all(db)
        .await?
        .into_iter()
        .map(run_from_row)
        .collect())
}

/// The official run of round 1, if any: the placement that parents, schools and reports
/// follow. Later changes are recorded against it: accepted reserve offers, withdrawals and
/// the round-2 results (see `official_run` for the round-2 run itself).
pub async fn latest_official<C: ConnectionTrait>(
    db: &C,
    procedure_id: ProcedureId,
) -> Result<Option<Run>, DbErr> {
    official_run(db, procedure_id, 1).await
}

/// The official run of `round`, if it has been run.
pub async fn official_run<C: ConnectionTrait>(
    db: &C,
    procedure_id: ProcedureId,
    round: u32,
) -> Result<Option<Run>, DbErr> {
    Ok(runs()
        .filter(placement_run::Column::ProcedureId.eq(procedure_id.as_uuid()))
        .filter(placement_run::Column::OfficialRound.eq(int(round)))
        .into_model::<RunRow>()
        .one(db)
        .await?
        .map(run_from_row))
}

/// A pupil's placement in a run: the programme (None when unplaced) and its rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub programme: Option<ProgrammeId>,
    pub choice_rank: Option<u32>,
}

/// Every placement of a run (for statistics and the result e-mails).
pub async fn placements<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
) -> Result<Vec<(PupilId, Placed)>, DbErr> {
    Ok(placement::Entity::find()
        .filter(placement::Column::RunId.eq(run.as_uuid()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            (
                PupilId::from_uuid(row.pupil_id),
                Placed {
                    programme: row.programme_id.map(ProgrammeId::from_uuid),
                    choice_rank: row.choice_rank.map(uint),
                },
            )
        })
        .collect())
}

/// The pupil's positions on reserve lists of a run: (programme, position), by choice rank.
pub async fn reserve_positions<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
    pupil: PupilId,
) -> Result<Vec<(ProgrammeId, u32)>, DbErr> {
    Ok(reserve_entry::Entity::find()
        .filter(reserve_entry::Column::RunId.eq(run.as_uuid()))
        .filter(reserve_entry::Column::PupilId.eq(pupil.as_uuid()))
        .order_by_asc(reserve_entry::Column::ChoiceRank)
        .all(db)
        .await?
        .into_iter()
        .map(|row| (ProgrammeId::from_uuid(row.programme_id), uint(row.position)))
        .collect())
}

/// The placements of `pupils` in a run (those who took part).
pub async fn placements_of<C: ConnectionTrait>(
    db: &C,
    run: PlacementRunId,
    pupils: &[PupilId],
) -> Result<std::collections::HashMap<PupilId, Placed>, DbErr> {
    let mut found = std::collections::HashMap::with_capacity(pupils.len());
    for chunk in pupils.chunks(500) {
        for row in placement::Entity::find()
            .filter(placement::Column::RunId.eq(run.as_uuid()))
            .filter(placement::Column::PupilId.is_in(chunk.iter().map(|p| p.as_uuid())))
            .all(db)
            .await?
        {
            found.insert(
                PupilId::from_uuid(row.pupil_id),
                Placed {
                    programme: row.programme_id.map(ProgrammeId::from_uuid),
                    choice_rank: row.choice_rank.map(uint),
                },
            );
        }
    }
    Ok(found)
}
