//! Idempotency keys of signed-in `POST`s (`Idempotency-Key`): per caller and key, the hash of
//! the first request, the claim of the request running it and, once it finished, its answer,
//! replayed to a retry.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, Index, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{index, instant, text, text_null};

#[derive(DeriveIden, Clone, Copy)]
enum IdempotentRequests {
    Table,
    Caller,
    Key,
    RequestHash,
    ClaimId,
    Status,
    ContentType,
    Location,
    Body,
    CreatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IdempotentRequests::Table)
                    .col(text(IdempotentRequests::Caller))
                    .col(text(IdempotentRequests::Key))
                    .col(text(IdempotentRequests::RequestHash))
                    .col(text(IdempotentRequests::ClaimId))
                    .col(ColumnDef::new(IdempotentRequests::Status).integer().null())
                    .col(text_null(IdempotentRequests::ContentType))
                    .col(text_null(IdempotentRequests::Location))
                    .col(ColumnDef::new(IdempotentRequests::Body).text().null())
                    .col(instant(IdempotentRequests::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(IdempotentRequests::Caller)
                            .col(IdempotentRequests::Key),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_idempotent_requests_created",
            IdempotentRequests::Table,
            &[IdempotentRequests::CreatedAt],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IdempotentRequests::Table).to_owned())
            .await
    }
}
