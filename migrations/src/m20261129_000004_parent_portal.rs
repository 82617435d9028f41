//! The parent portal: password-reset links (stored only as hashes) and the idempotency keys
//! that make a retried confirmation answer like the first one.

use sea_orm_migration::prelude::{
    DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{fk, id, instant, instant_null, text, unique, uuid};
use crate::names::{ParentAccounts, Registrations};

#[derive(DeriveIden, Clone, Copy)]
pub enum PasswordResets {
    Table,
    Id,
    ParentAccountId,
    TokenHash,
    SentTo,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum IdempotencyKeys {
    Table,
    Id,
    ParentAccountId,
    Key,
    Action,
    RegistrationId,
    CreatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut resets = Table::create()
            .table(PasswordResets::Table)
            .col(id(PasswordResets::Id))
            .col(uuid(PasswordResets::ParentAccountId))
            .col(text(PasswordResets::TokenHash))
            .col(text(PasswordResets::SentTo))
            .col(instant(PasswordResets::CreatedAt))
            .col(instant(PasswordResets::ExpiresAt))
            .col(instant_null(PasswordResets::UsedAt))
            .to_owned();
        fk(
            &mut resets,
            (PasswordResets::Table, PasswordResets::ParentAccountId),
            (ParentAccounts::Table, ParentAccounts::Id),
            true,
        );
        manager.create_table(resets).await?;
        unique(
            manager,
            "uq_password_resets_token_hash",
            PasswordResets::Table,
            &[PasswordResets::TokenHash],
        )
        .await?;

        let mut keys = Table::create()
            .table(IdempotencyKeys::Table)
            .col(id(IdempotencyKeys::Id))
            .col(uuid(IdempotencyKeys::ParentAccountId))
            .col(text(IdempotencyKeys::Key))
            .col(text(IdempotencyKeys::Action))
            .col(uuid(IdempotencyKeys::RegistrationId))
            .col(instant(IdempotencyKeys::CreatedAt))
            .to_owned();
        fk(
            &mut keys,
            (IdempotencyKeys::Table, IdempotencyKeys::ParentAccountId),
            (ParentAccounts::Table, ParentAccounts::Id),
            true,
        );
        fk(
            &mut keys,
            (IdempotencyKeys::Table, IdempotencyKeys::RegistrationId),
            (Registrations::Table, Registrations::Id),
            true,
        );
        manager.create_table(keys).await?;
        unique(
            manager,
            "uq_idempotency_keys_account_key",
            IdempotencyKeys::Table,
            &[IdempotencyKeys::ParentAccountId, IdempotencyKeys::Key],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IdempotencyKeys::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(PasswordResets::Table).to_owned())
            .await
    }
}
