//! Round 2: per pupil the new preference list the parents submit from the programmes with seats
//! left; confirmed once, after which it is what the round-2 run reads.

use sea_orm_migration::prelude::{
    DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{fk, id, instant, instant_null, int, text, unique, uuid};
use crate::names::{Procedures, Pupils};

#[derive(DeriveIden, Clone, Copy)]
pub enum Round2Lists {
    Table,
    Id,
    ProcedureId,
    PupilId,
    /// The chosen programme ids in order, as a JSON array.
    Programmes,
    Revision,
    SavedAt,
    ConfirmedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut lists = Table::create()
            .table(Round2Lists::Table)
            .col(id(Round2Lists::Id))
            .col(uuid(Round2Lists::ProcedureId))
            .col(uuid(Round2Lists::PupilId))
            .col(text(Round2Lists::Programmes))
            .col(int(Round2Lists::Revision))
            .col(instant(Round2Lists::SavedAt))
            .col(instant_null(Round2Lists::ConfirmedAt))
            .to_owned();
        fk(
            &mut lists,
            (Round2Lists::Table, Round2Lists::ProcedureId),
            (Procedures::Table, Procedures::Id),
            true,
        );
        fk(
            &mut lists,
            (Round2Lists::Table, Round2Lists::PupilId),
            (Pupils::Table, Pupils::Id),
            true,
        );
        manager.create_table(lists).await?;
        unique(
            manager,
            "uq_round2_lists_pupil",
            Round2Lists::Table,
            &[Round2Lists::ProcedureId, Round2Lists::PupilId],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Round2Lists::Table).to_owned())
            .await
    }
}
