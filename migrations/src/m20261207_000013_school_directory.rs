//! The region's school directory kept in the product: boards and schools can be deactivated
//! (kept for the years they took part in, left out of everything new), and a VO programme
//! links to its own information page.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, Expr, MigrationTrait, SchemaManager, Table,
};

#[derive(DeriveIden, Clone, Copy)]
enum BoardsV13 {
    #[sea_orm(iden = "boards")]
    Table,
    Active,
}

#[derive(DeriveIden, Clone, Copy)]
enum SchoolsV13 {
    #[sea_orm(iden = "schools")]
    Table,
    Active,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProgrammesV13 {
    #[sea_orm(iden = "programmes")]
    Table,
    InfoUrl,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(BoardsV13::Table)
                    .add_column(
                        ColumnDef::new(BoardsV13::Active)
                            .boolean()
                            .not_null()
                            .default(Expr::val(true)),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(SchoolsV13::Table)
                    .add_column(
                        ColumnDef::new(SchoolsV13::Active)
                            .boolean()
                            .not_null()
                            .default(Expr::val(true)),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ProgrammesV13::Table)
                    .add_column(ColumnDef::new(ProgrammesV13::InfoUrl).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ProgrammesV13::Table)
                    .drop_column(ProgrammesV13::InfoUrl)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(SchoolsV13::Table)
                    .drop_column(SchoolsV13::Active)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(BoardsV13::Table)
                    .drop_column(BoardsV13::Active)
                    .to_owned(),
            )
            .await
    }
}
