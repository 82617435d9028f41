//! Placement: priority decisions of VO schools, committed lottery seeds, runs with their
//! placements and reserve lists, and an audit log the database itself keeps append-only.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

use crate::m20261129_000001_initial::{
    fk, id, index, instant, instant_null, int, text, text_null, unique, uuid,
};
use crate::names::{Procedures, Programmes, Pupils, Registrations};

#[derive(DeriveIden, Clone, Copy)]
pub enum PriorityDecisions {
    Table,
    Id,
    RegistrationId,
    ProgrammeId,
    Decision,
    Reason,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum SeedCommitments {
    Table,
    Id,
    ProcedureId,
    Round,
    Commitment,
    Seed,
    CreatedBy,
    CreatedAt,
    UsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum PlacementRuns {
    Table,
    Id,
    ProcedureId,
    Round,
    Kind,
    /// The round for the official run, NULL for dry runs: unique per procedure.
    OfficialRound,
    CommitmentId,
    Seed,
    EngineVersion,
    InputHash,
    OutputHash,
    Snapshot,
    Participants,
    Placed,
    StartedBy,
    StartedAt,
    FinishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum Placements {
    Table,
    Id,
    RunId,
    PupilId,
    ProgrammeId,
    ChoiceRank,
    LotNumber,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum ReserveEntries {
    Table,
    Id,
    RunId,
    ProgrammeId,
    Position,
    PupilId,
    ChoiceRank,
    LotNumber,
}

fn int_null<T: sea_orm_migration::prelude::IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).integer().null().to_owned()
}

fn uuid_null<T: sea_orm_migration::prelude::IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).uuid().null().to_owned()
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut decisions = Table::create()
            .table(PriorityDecisions::Table)
            .col(id(PriorityDecisions::Id))
            .col(uuid(PriorityDecisions::RegistrationId))
            .col(uuid(PriorityDecisions::ProgrammeId))
            .col(text(PriorityDecisions::Decision))
            .col(text_null(PriorityDecisions::Reason))
            .col(uuid(PriorityDecisions::DecidedBy))
            .col(instant(PriorityDecisions::DecidedAt))
            .to_owned();
        fk(
            &mut decisions,
            (PriorityDecisions::Table, PriorityDecisions::RegistrationId),
            (Registrations::Table, Registrations::Id),
            true,
        );
        manager.create_table(decisions).await?;
        unique(
            manager,
            "uq_priority_decisions_registration",
            PriorityDecisions::Table,
            &[PriorityDecisions::RegistrationId],
        )
        .await?;

        let mut commitments = Table::create()
            .table(SeedCommitments::Table)
            .col(id(SeedCommitments::Id))
            .col(uuid(SeedCommitments::ProcedureId))
            .col(int(SeedCommitments::Round))
            .col(text(SeedCommitments::Commitment))
            .col(text(SeedCommitments::Seed))
            .col(uuid(SeedCommitments::CreatedBy))
            .col(instant(SeedCommitments::CreatedAt))
            .col(instant_null(SeedCommitments::UsedAt))
            .to_owned();
        fk(
            &mut commitments,
            (SeedCommitments::Table, SeedCommitments::ProcedureId),
            (Procedures::Table, Procedures::Id),
            true,
        );
        manager.create_table(commitments).await?;

        let mut runs = Table::create()
            .table(PlacementRuns::Table)
            .col(id(PlacementRuns::Id))
            .col(uuid(PlacementRuns::ProcedureId))
            .col(int(PlacementRuns::Round))
            .col(text(PlacementRuns::Kind))
            .col(int_null(PlacementRuns::OfficialRound))
            .col(uuid_null(PlacementRuns::CommitmentId))
            .col(text(PlacementRuns::Seed))
            .col(text(PlacementRuns::EngineVersion))
            .col(text(PlacementRuns::InputHash))
            .col(text(PlacementRuns::OutputHash))
            .col(text(PlacementRuns::Snapshot))
            .col(int(PlacementRuns::Participants))
            .col(int(PlacementRuns::Placed))
            .col(uuid(PlacementRuns::StartedBy))
            .col(instant(PlacementRuns::StartedAt))
            .col(instant(PlacementRuns::FinishedAt))
            .to_owned();
        fk(
            &mut runs,
            (PlacementRuns::Table, PlacementRuns::ProcedureId),
            (Procedures::Table, Procedures::Id),
            true,
        );
        manager.create_table(runs).await?;
        unique(
            manager,
            "uq_placement_runs_official_round",
            PlacementRuns::Table,
            &[PlacementRuns::ProcedureId, PlacementRuns::OfficialRound],
        )
        .await?;

        let mut placements = Table::create()
            .table(Placements::Table)
            .col(id(Placements::Id))
            .col(uuid(Placements::RunId))
            .col(uuid(Placements::PupilId))
            .col(uuid_null(Placements::ProgrammeId))
            .col(int_null(Placements::ChoiceRank))
            .col(int_null(Placements::LotNumber))
            .to_owned();
        fk(
            &mut placements,
            (Placements::Table, Placements::RunId),
            (PlacementRuns::Table, PlacementRuns::Id),
            true,
        );
        fk(
            &mut placements,
            (Placements::Table, Placements::PupilId),
            (Pupils::Table, Pupils::Id),
            true,
        );
        manager.create_table(placements).await?;
        unique(
            manager,
            "uq_placements_run_pupil",
            Placements::Table,
            &[Placements::RunId, Placements::PupilId],
        )
        .await?;
        index(
            manager,
            "ix_placements_run_programme",
            Placements::Table,
            &[Placements::RunId, Placements::ProgrammeId],
        )
        .await?;

        let mut reserve = Table::create()
            .table(ReserveEntries::Table)
            .col(id(ReserveEntries::Id))
            .col(uuid(ReserveEntries::RunId))
            .col(uuid(ReserveEntries::ProgrammeId))
            .col(int(ReserveEntries::Position))
            .col(uuid(ReserveEntries::PupilId))
            .col(int(ReserveEntries::ChoiceRank))
            .col(int(ReserveEntries::LotNumber))
            .to_owned();
        fk(
            &mut reserve,
            (ReserveEntries::Table, ReserveEntries::RunId),
            (PlacementRuns::Table, PlacementRuns::Id),
            true,
        );
        fk(
            &mut reserve,
            (ReserveEntries::Table, ReserveEntries::ProgrammeId),
            (Programmes::Table, Programmes::Id),
            true,
        );
        manager.create_table(reserve).await?;
        unique(
            manager,
            "uq_reserve_entries_position",
            ReserveEntries::Table,
            &[
                ReserveEntries::RunId,
                ReserveEntries::ProgrammeId,
                ReserveEntries::Position,
            ],
        )
        .await?;
        index(
            manager,
            "ix_reserve_entries_run_pupil",
            ReserveEntries::Table,
            &[ReserveEntries::RunId, ReserveEntries::PupilId],
        )
        .await?;

        append_only_audit_log(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match db.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log; \
                     DROP FUNCTION IF EXISTS audit_log_refuse_change();",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "DROP TRIGGER IF EXISTS audit_log_no_update; \
                     DROP TRIGGER IF EXISTS audit_log_no_delete;",
                )
                .await?;
            }
        }
        manager
            .drop_table(Table::drop().table(ReserveEntries::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Placements::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(PlacementRuns::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SeedCommitments::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(PriorityDecisions::Table).to_owned())
            .await
    }
}

/// The audit log refuses UPDATE and DELETE in the database itself, whatever code runs.
async fn append_only_audit_log(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    match db.get_database_backend() {
        DbBackend::Postgres => {
            db.execute_unprepared(
                "CREATE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$ \
                 BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; \
                 $$ LANGUAGE plpgsql;",
            )
            .await?;
            db.execute_unprepared(
                "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log \
                 FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();",
            )
            .await?;
        }
        _ => {
            db.execute_unprepared(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log \
                 BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
            )
            .await?;
            db.execute_unprepared(
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log \
                 BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
            )
            .await?;
        }
    }
    Ok(())
}
