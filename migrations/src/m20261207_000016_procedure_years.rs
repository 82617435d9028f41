//! Status counters and pupils' own ids per procedure: a school's 2027 class starts at zero
//! while 2026's counts stay readable, and a school may reuse its own pupil numbers in a new
//! year. Existing counters belong to their region's latest procedure, the only one any
//! installation had before procedures could be created in the product.

use sea_orm_migration::prelude::{
    ColumnDef, ConnectionTrait, DbErr, DeriveIden, DeriveMigrationName, Index, MigrationTrait,
    SchemaManager, Table,
};

use crate::m20261129_000001_initial::unique;

#[derive(DeriveIden, Clone, Copy)]
enum StatusCountsV16 {
    #[sea_orm(iden = "status_counts")]
    Table,
    ProcedureId,
    SchoolId,
    ClassName,
    Status,
}

#[derive(DeriveIden, Clone, Copy)]
enum PupilsV16 {
    #[sea_orm(iden = "pupils")]
    Table,
    ProcedureId,
    SchoolId,
    ExternalId,
}

const OLD_EXTERNAL_ID: &str = "uq_pupils_school_external_id";
const EXTERNAL_ID: &str = "uq_pupils_procedure_school_external_id";
const OLD_CELL: &str = "uq_status_counts_cell";
const CELL: &str = "uq_status_counts_procedure_cell";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StatusCountsV16::Table)
                    .add_column(ColumnDef::new(StatusCountsV16::ProcedureId).uuid().null())
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(
            "UPDATE status_counts SET procedure_id = (\
                SELECT p.id FROM procedures p JOIN schools s ON s.region_id = p.region_id \
                WHERE s.id = status_counts.school_id ORDER BY p.school_year DESC LIMIT 1)",
        )
        .await?;
        db.execute_unprepared("DELETE FROM status_counts WHERE procedure_id IS NULL")
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name(OLD_CELL)
                    .table(StatusCountsV16::Table)
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            CELL,
            StatusCountsV16::Table,
            &[
                StatusCountsV16::ProcedureId,
                StatusCountsV16::SchoolId,
                StatusCountsV16::ClassName,
                StatusCountsV16::Status,
            ],
        )
        .await?;
        manager
            .drop_index(
                Index::drop()
                    .name(OLD_EXTERNAL_ID)
                    .table(PupilsV16::Table)
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            EXTERNAL_ID,
            PupilsV16::Table,
            &[
                PupilsV16::ProcedureId,
                PupilsV16::SchoolId,
                PupilsV16::ExternalId,
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(EXTERNAL_ID)
                    .table(PupilsV16::Table)
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            OLD_EXTERNAL_ID,
            PupilsV16::Table,
            &[PupilsV16::SchoolId, PupilsV16::ExternalId],
        )
        .await?;
        manager
            .drop_index(
                Index::drop()
                    .name(CELL)
                    .table(StatusCountsV16::Table)
                    .to_owned(),
            )
            .await?;
        // Counters of older procedures would collide in the old cells: keep the latest.
        manager
            .get_connection()
            .execute_unprepared(
                "DELETE FROM status_counts WHERE procedure_id <> (\
                    SELECT p.id FROM procedures p JOIN schools s ON s.region_id = p.region_id \
                    WHERE s.id = status_counts.school_id ORDER BY p.school_year DESC LIMIT 1)",
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(StatusCountsV16::Table)
                    .drop_column(StatusCountsV16::ProcedureId)
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            OLD_CELL,
            StatusCountsV16::Table,
            &[
                StatusCountsV16::SchoolId,
                StatusCountsV16::ClassName,
                StatusCountsV16::Status,
            ],
        )
        .await
    }
}
