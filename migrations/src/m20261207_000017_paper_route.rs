//! The paper route: why a pupil registers on paper, and when and where the printed form was
//! handed in.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};

#[derive(DeriveIden, Clone, Copy)]
enum PupilsV17 {
    #[sea_orm(iden = "pupils")]
    Table,
    PaperRoute,
    PaperHandedInOn,
    PaperHandedInTo,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            ColumnDef::new(PupilsV17::PaperRoute)
                .text()
                .null()
                .to_owned(),
            ColumnDef::new(PupilsV17::PaperHandedInOn)
                .date()
                .null()
                .to_owned(),
            ColumnDef::new(PupilsV17::PaperHandedInTo)
                .text()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(PupilsV17::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            PupilsV17::PaperRoute,
            PupilsV17::PaperHandedInOn,
            PupilsV17::PaperHandedInTo,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(PupilsV17::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
