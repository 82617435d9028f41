//! The primary-school workspace: parent login links, maintained status counters, and the
//! registration's login version, list draft and week-closed flag.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveMigrationName, Expr, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{
    fk, id, index, instant, instant_null, int, text, unique, uuid,
};
use crate::names::{ParentLogins, Pupils, RegistrationsV2, Schools, StatusCounts};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut logins = Table::create()
            .table(ParentLogins::Table)
            .col(id(ParentLogins::Id))
            .col(uuid(ParentLogins::PupilId))
            .col(int(ParentLogins::Version))
            .col(text(ParentLogins::TokenHash))
            .col(text(ParentLogins::SentTo))
            .col(instant(ParentLogins::CreatedAt))
            .col(instant(ParentLogins::ExpiresAt))
            .col(instant_null(ParentLogins::UsedAt))
            .col(instant_null(ParentLogins::InvalidatedAt))
            .to_owned();
        fk(
            &mut logins,
            (ParentLogins::Table, ParentLogins::PupilId),
            (Pupils::Table, Pupils::Id),
            true,
        );
        manager.create_table(logins).await?;
        unique(
            manager,
            "uq_parent_logins_token_hash",
            ParentLogins::Table,
            &[ParentLogins::TokenHash],
        )
        .await?;
        unique(
            manager,
            "uq_parent_logins_pupil_version",
            ParentLogins::Table,
            &[ParentLogins::PupilId, ParentLogins::Version],
        )
        .await?;

        // Counted per school, class and status in the transaction of every status change, so
        // the status board never aggregates the registrations parents are writing to.
        let mut counts = Table::create()
            .table(StatusCounts::Table)
            .col(id(StatusCounts::Id))
            .col(uuid(StatusCounts::SchoolId))
            .col(text(StatusCounts::ClassName))
            .col(text(StatusCounts::Status))
            .col(int(StatusCounts::Count))
            .to_owned();
        fk(
            &mut counts,
            (StatusCounts::Table, StatusCounts::SchoolId),
            (Schools::Table, Schools::Id),
            true,
        );
        manager.create_table(counts).await?;
        unique(
            manager,
            "uq_status_counts_cell",
            StatusCounts::Table,
            &[
                StatusCounts::SchoolId,
                StatusCounts::ClassName,
                StatusCounts::Status,
            ],
        )
        .await?;

        // SQLite adds one column per ALTER TABLE.
        for column in [
            ColumnDef::new(RegistrationsV2::LoginVersion)
                .integer()
                .not_null()
                .default(0)
                .to_owned(),
            ColumnDef::new(RegistrationsV2::Draft)
                .json()
                .null()
                .to_owned(),
            ColumnDef::new(RegistrationsV2::WeekClosed)
                .boolean()
                .not_null()
                .default(Expr::value(false))
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(RegistrationsV2::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        index(
            manager,
            "ix_pupils_school_class",
            Pupils::Table,
            &[Pupils::SchoolId, Pupils::ClassName],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            RegistrationsV2::WeekClosed,
            RegistrationsV2::Draft,
            RegistrationsV2::LoginVersion,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(RegistrationsV2::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_index(
                sea_orm_migration::prelude::Index::drop()
                    .name("ix_pupils_school_class")
                    .table(Pupils::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(StatusCounts::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ParentLogins::Table).to_owned())
            .await?;
        Ok(())
    }
}
