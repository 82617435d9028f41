//! VO programmes belong to one procedure year: a school's programmes, levels and capacity can
//! differ from year to year while an earlier year's placements and statistics keep reading the
//! programmes they were made with. Existing programmes join their region's latest procedure (every
//! installation so far ran one); a programme of a region without a procedure keeps none until
//! the region's first procedure adopts it.

use sea_orm_migration::prelude::{
    ColumnDef, ConnectionTrait, DbErr, DeriveIden, DeriveMigrationName, Index, MigrationTrait,
    SchemaManager, Table,
};

use crate::m20261129_000001_initial::unique;

/// A school's programme names were unique; now per procedure year.
const OLD_NAME: &str = "uq_programmes_school_name";
const NAME: &str = "uq_programmes_procedure_school_name";

#[derive(DeriveIden, Clone, Copy)]
enum ProgrammesV19 {
    #[sea_orm(iden = "programmes")]
    Table,
    ProcedureId,
    SchoolId,
    Name,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ProgrammesV19::Table)
                    .add_column(ColumnDef::new(ProgrammesV19::ProcedureId).uuid().null())
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE programmes SET procedure_id = (\
                    SELECT p.id FROM procedures p JOIN schools s ON s.region_id = p.region_id \
                    WHERE s.id = programmes.school_id ORDER BY p.school_year DESC LIMIT 1)",
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name(OLD_NAME)
                    .table(ProgrammesV19::Table)
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            NAME,
            ProgrammesV19::Table,
            &[
                ProgrammesV19::ProcedureId,
                ProgrammesV19::SchoolId,
                ProgrammesV19::Name,
            ],
        )
        .await
    }

    /// Fails once a school kept a programme name over two years: the old index cannot hold.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(NAME)
                    .table(ProgrammesV19::Table)
                    .to_owned(),
            )
            .await?;
        unique(
            manager,
            OLD_NAME,
            ProgrammesV19::Table,
            &[ProgrammesV19::SchoolId, ProgrammesV19::Name],
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ProgrammesV19::Table)
                    .drop_column(ProgrammesV19::ProcedureId)
                    .to_owned(),
            )
            .await
    }
}
