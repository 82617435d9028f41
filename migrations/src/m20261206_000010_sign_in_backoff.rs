//! Sign-in backoff kept in the database, so every replica sees the same failures: one row per
//! account name (its SHA-256, never the name), removed at the next successful sign-in. And the
//! moment each session began, carried by its refresh tokens, for its absolute lifetime.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{instant, instant_null, int};

#[derive(DeriveIden, Clone, Copy)]
enum SignInBackoff {
    Table,
    /// SHA-256 (hex) of the normalised account name: an e-mail address or an ELK number.
    AccountKey,
    Failures,
    LastFailureAt,
    BlockedUntil,
}

#[derive(DeriveIden, Clone, Copy)]
enum RefreshTokensSession {
    #[sea_orm(iden = "refresh_tokens")]
    Table,
    /// The sign-in that began the token's session (its family); null on older rows.
    SessionStartedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SignInBackoff::Table)
                    .col(
                        ColumnDef::new(SignInBackoff::AccountKey)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(int(SignInBackoff::Failures))
                    .col(instant(SignInBackoff::LastFailureAt))
                    .col(instant(SignInBackoff::BlockedUntil))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RefreshTokensSession::Table)
                    .add_column(instant_null(RefreshTokensSession::SessionStartedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RefreshTokensSession::Table)
                    .drop_column(RefreshTokensSession::SessionStartedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(SignInBackoff::Table).to_owned())
            .await
    }
}
