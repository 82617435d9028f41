//! API clients (OAuth 2.0 client credentials): the client with its region (and board, for a
//! board admin's client), scopes and rate limit; the schools it acts for; its secrets, stored
//! as hashes (a rotated-out secret keeps an end moment); and the requests counted per client
//! and minute, shared by every replica.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, Index, IntoIden, MigrationTrait,
    SchemaManager, Table,
};

use crate::m20261129_000001_initial::{
    fk, id, index, instant, instant_null, int, text, unique, uuid,
};
use crate::names::{Boards, Regions, Schools};

#[derive(DeriveIden, Clone, Copy)]
enum ApiClients {
    Table,
    Id,
    RegionId,
    BoardId,
    Name,
    Scopes,
    RequestsPerMinute,
    CreatedBy,
    CreatedAt,
    RevokedAt,
    LastUsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ApiClientSchools {
    Table,
    ApiClientId,
    SchoolId,
}

#[derive(DeriveIden, Clone, Copy)]
enum ApiClientSecrets {
    Table,
    Id,
    ApiClientId,
    SecretHash,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ApiClientRequests {
    Table,
    ApiClientId,
    Minute,
    Requests,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut clients = Table::create()
            .table(ApiClients::Table)
            .col(id(ApiClients::Id))
            .col(uuid(ApiClients::RegionId))
            .col(ColumnDef::new(ApiClients::BoardId).uuid().null())
            .col(text(ApiClients::Name))
            .col(text(ApiClients::Scopes))
            .col(int(ApiClients::RequestsPerMinute))
            .col(ColumnDef::new(ApiClients::CreatedBy).uuid().null())
            .col(instant(ApiClients::CreatedAt))
            .col(instant_null(ApiClients::RevokedAt))
            .col(instant_null(ApiClients::LastUsedAt))
            .to_owned();
        fk(
            &mut clients,
            (ApiClients::Table, ApiClients::RegionId),
            (Regions::Table, Regions::Id),
            false,
        );
        fk(
            &mut clients,
            (ApiClients::Table, ApiClients::BoardId),
            (Boards::Table, Boards::Id),
            false,
        );
        manager.create_table(clients).await?;
        unique(
            manager,
            "ux_api_clients_region_name",
            ApiClients::Table,
            &[ApiClients::RegionId, ApiClients::Name],
        )
        .await?;

        let mut schools = Table::create()
            .table(ApiClientSchools::Table)
            .col(uuid(ApiClientSchools::ApiClientId))
            .col(uuid(ApiClientSchools::SchoolId))
            .primary_key(
                Index::create()
                    .col(ApiClientSchools::ApiClientId)
                    .col(ApiClientSchools::SchoolId),
            )
            .to_owned();
        fk(
            &mut schools,
            (ApiClientSchools::Table, ApiClientSchools::ApiClientId),
            (ApiClients::Table, ApiClients::Id),
            true,
        );
        fk(
            &mut schools,
            (ApiClientSchools::Table, ApiClientSchools::SchoolId),
            (Schools::Table, Schools::Id),
            true,
        );
        manager.create_table(schools).await?;
        index(
            manager,
            "ix_api_client_schools_school",
            ApiClientSchools::Table,
            &[ApiClientSchools::SchoolId],
        )
        .await?;

        let mut secrets = Table::create()
            .table(ApiClientSecrets::Table)
            .col(id(ApiClientSecrets::Id))
            .col(uuid(ApiClientSecrets::ApiClientId))
            .col(text(ApiClientSecrets::SecretHash))
            .col(instant(ApiClientSecrets::CreatedAt))
            .col(instant_null(ApiClientSecrets::ExpiresAt))
            .to_owned();
        fk(
            &mut secrets,
            (ApiClientSecrets::Table, ApiClientSecrets::ApiClientId),
            (ApiClients::Table, ApiClients::Id),
            true,
        );
        manager.create_table(secrets).await?;
        index(
            manager,
            "ix_api_client_secrets_client",
            ApiClientSecrets::Table,
            &[ApiClientSecrets::ApiClientId],
        )
        .await?;

        let mut requests = Table::create()
            .table(ApiClientRequests::Table)
            .col(uuid(ApiClientRequests::ApiClientId))
            .col(
                ColumnDef::new(ApiClientRequests::Minute)
                    .big_integer()
                    .not_null(),
            )
            .col(int(ApiClientRequests::Requests))
            .primary_key(
                Index::create()
                    .col(ApiClientRequests::ApiClientId)
                    .col(ApiClientRequests::Minute),
            )
            .to_owned();
        fk(
            &mut requests,
            (ApiClientRequests::Table, ApiClientRequests::ApiClientId),
            (ApiClients::Table, ApiClients::Id),
            true,
        );
        manager.create_table(requests).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ApiClientRequests::Table.into_iden(),
            ApiClientSecrets::Table.into_iden(),
            ApiClientSchools::Table.into_iden(),
            ApiClients::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
