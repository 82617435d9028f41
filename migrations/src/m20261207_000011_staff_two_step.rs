//! Two-step sign-in for staff (RFC 6238 one-time passwords): one secret per staff member,
//! pending until its first code is confirmed, with the last accepted time step (a code works
//! once); and single-use recovery codes, stored only as SHA-256.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{fk, id, instant, instant_null, text, unique, uuid};
use crate::names::StaffUsers;

#[derive(DeriveIden, Clone, Copy)]
enum StaffTotp {
    Table,
    StaffUserId,
    /// Base32, as authenticator apps show it.
    Secret,
    /// Null while the staff member has not yet typed a first code from their app.
    ConfirmedAt,
    /// The last time step (Unix seconds / 30) whose code was accepted; never accepted again.
    LastStep,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum StaffRecoveryCodes {
    Table,
    Id,
    StaffUserId,
    CodeHash,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut totp = Table::create()
            .table(StaffTotp::Table)
            .col(
                ColumnDef::new(StaffTotp::StaffUserId)
                    .uuid()
                    .not_null()
                    .primary_key(),
            )
            .col(text(StaffTotp::Secret))
            .col(instant_null(StaffTotp::ConfirmedAt))
            .col(ColumnDef::new(StaffTotp::LastStep).big_integer().null())
            .col(instant(StaffTotp::CreatedAt))
            .to_owned();
        fk(
            &mut totp,
            (StaffTotp::Table, StaffTotp::StaffUserId),
            (StaffUsers::Table, StaffUsers::Id),
            true,
        );
        manager.create_table(totp).await?;

        let mut codes = Table::create()
            .table(StaffRecoveryCodes::Table)
            .col(id(StaffRecoveryCodes::Id))
            .col(uuid(StaffRecoveryCodes::StaffUserId))
            .col(text(StaffRecoveryCodes::CodeHash))
            .col(instant_null(StaffRecoveryCodes::UsedAt))
            .col(instant(StaffRecoveryCodes::CreatedAt))
            .to_owned();
        fk(
            &mut codes,
            (StaffRecoveryCodes::Table, StaffRecoveryCodes::StaffUserId),
            (StaffUsers::Table, StaffUsers::Id),
            true,
        );
        manager.create_table(codes).await?;
        unique(
            manager,
            "ux_staff_recovery_codes_user_hash",
            StaffRecoveryCodes::Table,
            &[
                StaffRecoveryCodes::StaffUserId,
                StaffRecoveryCodes::CodeHash,
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(StaffRecoveryCodes::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(StaffTotp::Table).to_owned())
            .await
    }
}
