//! The region's settings as data: the contact details parents see, its time zone, and its
//! rules (a region profile as JSON; empty while the region
//! follows the built-in template named in `profile` unchanged).

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, Expr, MigrationTrait, SchemaManager, Table,
};

#[derive(DeriveIden, Clone, Copy)]
enum RegionsV14 {
    #[sea_orm(iden = "regions")]
    Table,
    ContactEmail,
    ContactPhone,
    Website,
    TimeZone,
    Rules,
}

const NULLABLE_TEXT: [RegionsV14; 4] = [
    RegionsV14::ContactEmail,
    RegionsV14::ContactPhone,
    RegionsV14::Website,
    RegionsV14::Rules,
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in NULLABLE_TEXT {
            manager
                .alter_table(
                    Table::alter()
                        .table(RegionsV14::Table)
                        .add_column(ColumnDef::new(column).text().null())
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(RegionsV14::Table)
                    .add_column(
                        ColumnDef::new(RegionsV14::TimeZone)
                            .text()
                            .not_null()
                            .default(Expr::val("Europe/Amsterdam")),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in NULLABLE_TEXT.into_iter().chain([RegionsV14::TimeZone]) {
            manager
                .alter_table(
                    Table::alter()
                        .table(RegionsV14::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
