//! The region's e-mails come from its own name ("ELK Amstelland"): the region keeps the sender
//! name, and each queued message the region it was written for (null for messages that belong
//! to no region, which keep the installation's sender).

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};

#[derive(DeriveIden, Clone, Copy)]
enum RegionsV20 {
    #[sea_orm(iden = "regions")]
    Table,
    MailSenderName,
}

#[derive(DeriveIden, Clone, Copy)]
enum MailOutboxV20 {
    #[sea_orm(iden = "mail_outbox")]
    Table,
    RegionId,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RegionsV20::Table)
                    .add_column(ColumnDef::new(RegionsV20::MailSenderName).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(MailOutboxV20::Table)
                    .add_column(ColumnDef::new(MailOutboxV20::RegionId).uuid().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(MailOutboxV20::Table)
                    .drop_column(MailOutboxV20::RegionId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RegionsV20::Table)
                    .drop_column(RegionsV20::MailSenderName)
                    .to_owned(),
            )
            .await
    }
}
