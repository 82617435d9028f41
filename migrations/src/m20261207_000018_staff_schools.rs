//! Staff who work at more than one school: the schools an account works at besides its own
//! (`staff_users.school_id`), and the school a sign-in session is working on
//! (`refresh_tokens.school_id`; null means the account's own school).

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, Index, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{fk, index, instant, uuid};
use crate::names::{Schools, StaffUsers};

#[derive(DeriveIden, Clone, Copy)]
enum StaffSchools {
    Table,
    StaffUserId,
    SchoolId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RefreshTokensV18 {
    #[sea_orm(iden = "refresh_tokens")]
    Table,
    SchoolId,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut table = Table::create()
            .table(StaffSchools::Table)
            .col(uuid(StaffSchools::StaffUserId))
            .col(uuid(StaffSchools::SchoolId))
            .col(instant(StaffSchools::CreatedAt))
            .primary_key(
                Index::create()
                    .col(StaffSchools::StaffUserId)
                    .col(StaffSchools::SchoolId),
            )
            .to_owned();
        fk(
            &mut table,
            (StaffSchools::Table, StaffSchools::StaffUserId),
            (StaffUsers::Table, StaffUsers::Id),
            true,
        );
        fk(
            &mut table,
            (StaffSchools::Table, StaffSchools::SchoolId),
            (Schools::Table, Schools::Id),
            true,
        );
        manager.create_table(table).await?;
        index(
            manager,
            "ix_staff_schools_school",
            StaffSchools::Table,
            &[StaffSchools::SchoolId],
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RefreshTokensV18::Table)
                    .add_column(ColumnDef::new(RefreshTokensV18::SchoolId).uuid().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RefreshTokensV18::Table)
                    .drop_column(RefreshTokensV18::SchoolId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(StaffSchools::Table).to_owned())
            .await
    }
}
