//! Staff accounts made in the product: single-use links (an invitation to choose a first
//! password, or a password reset), stored only as SHA-256 of their token and minted when their
//! e-mail is delivered; and the language of a staff member's e-mails. An invited account has an
//! empty `password_hash` until its invitation is used.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, Expr, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{
    fk, id, index, instant, instant_null, text, text_null, unique, uuid,
};
use crate::names::StaffUsers;

#[derive(DeriveIden, Clone, Copy)]
enum StaffLinks {
    Table,
    Id,
    StaffUserId,
    /// `invitation` or `password_reset`.
    Purpose,
    /// Null until the e-mail carrying the link is delivered.
    TokenHash,
    /// Who asked for it (a staff member); null for the command line and self-service resets.
    CreatedBy,
    CreatedAt,
    /// Set when the token is minted.
    ExpiresAt,
    UsedAt,
    /// A newer link of the same account replaced this one.
    SupersededAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum StaffUsersV12 {
    #[sea_orm(iden = "staff_users")]
    Table,
    Language,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut links = Table::create()
            .table(StaffLinks::Table)
            .col(id(StaffLinks::Id))
            .col(uuid(StaffLinks::StaffUserId))
            .col(text(StaffLinks::Purpose))
            .col(text_null(StaffLinks::TokenHash))
            .col(ColumnDef::new(StaffLinks::CreatedBy).uuid().null())
            .col(instant(StaffLinks::CreatedAt))
            .col(instant_null(StaffLinks::ExpiresAt))
            .col(instant_null(StaffLinks::UsedAt))
            .col(instant_null(StaffLinks::SupersededAt))
            .to_owned();
        fk(
            &mut links,
            (StaffLinks::Table, StaffLinks::StaffUserId),
            (StaffUsers::Table, StaffUsers::Id),
            true,
        );
        manager.create_table(links).await?;
        unique(
            manager,
            "ux_staff_links_token_hash",
            StaffLinks::Table,
            &[StaffLinks::TokenHash],
        )
        .await?;
        index(
            manager,
            "ix_staff_links_staff_user",
            StaffLinks::Table,
            &[StaffLinks::StaffUserId],
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsersV12::Table)
                    .add_column(
                        ColumnDef::new(StaffUsersV12::Language)
                            .text()
                            .not_null()
                            .default(Expr::val("nl")),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsersV12::Table)
                    .drop_column(StaffUsersV12::Language)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(StaffLinks::Table).to_owned())
            .await
    }
}
