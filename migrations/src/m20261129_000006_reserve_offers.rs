//! After publication: seats offered to the top of a reserve list, and the placement changes
//! they cause. Both are written once and never changed; a decision is its own row.

use sea_orm_migration::prelude::{
    ColumnDef, DbErr, DeriveIden, DeriveMigrationName, MigrationTrait, SchemaManager, Table,
};

use crate::m20261129_000001_initial::{fk, id, index, instant, int, text, uuid};
use crate::m20261129_000005_placement::PlacementRuns;

#[derive(DeriveIden, Clone, Copy)]
pub enum ReserveOffers {
    Table,
    Id,
    RunId,
    ProgrammeId,
    PupilId,
    Position,
    OfferedBy,
    OfferedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum ReserveOfferDecisions {
    Table,
    Id,
    OfferId,
    Outcome,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub enum PlacementChanges {
    Table,
    Id,
    RunId,
    PupilId,
    FromProgrammeId,
    ToProgrammeId,
    Reason,
    MadeBy,
    MadeAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut offers = Table::create()
            .table(ReserveOffers::Table)
            .col(id(ReserveOffers::Id))
            .col(uuid(ReserveOffers::RunId))
            .col(uuid(ReserveOffers::ProgrammeId))
            .col(uuid(ReserveOffers::PupilId))
            .col(int(ReserveOffers::Position))
            .col(uuid(ReserveOffers::OfferedBy))
            .col(instant(ReserveOffers::OfferedAt))
            .to_owned();
        fk(
            &mut offers,
            (ReserveOffers::Table, ReserveOffers::RunId),
            (PlacementRuns::Table, PlacementRuns::Id),
            true,
        );
        manager.create_table(offers).await?;
        crate::m20261129_000001_initial::unique(
            manager,
            "uq_reserve_offers_pupil",
            ReserveOffers::Table,
            &[
                ReserveOffers::RunId,
                ReserveOffers::ProgrammeId,
                ReserveOffers::PupilId,
            ],
        )
        .await?;

        let mut decisions = Table::create()
            .table(ReserveOfferDecisions::Table)
            .col(id(ReserveOfferDecisions::Id))
            .col(uuid(ReserveOfferDecisions::OfferId))
            .col(text(ReserveOfferDecisions::Outcome))
            .col(uuid(ReserveOfferDecisions::DecidedBy))
            .col(instant(ReserveOfferDecisions::DecidedAt))
            .to_owned();
        fk(
            &mut decisions,
            (ReserveOfferDecisions::Table, ReserveOfferDecisions::OfferId),
            (ReserveOffers::Table, ReserveOffers::Id),
            true,
        );
        manager.create_table(decisions).await?;
        crate::m20261129_000001_initial::unique(
            manager,
            "uq_reserve_offer_decisions_offer",
            ReserveOfferDecisions::Table,
            &[ReserveOfferDecisions::OfferId],
        )
        .await?;

        let mut changes = Table::create()
            .table(PlacementChanges::Table)
            .col(id(PlacementChanges::Id))
            .col(uuid(PlacementChanges::RunId))
            .col(uuid(PlacementChanges::PupilId))
            .col(
                ColumnDef::new(PlacementChanges::FromProgrammeId)
                    .uuid()
                    .null(),
            )
            .col(
                ColumnDef::new(PlacementChanges::ToProgrammeId)
                    .uuid()
                    .null(),
            )
            .col(text(PlacementChanges::Reason))
            .col(uuid(PlacementChanges::MadeBy))
            .col(instant(PlacementChanges::MadeAt))
            .to_owned();
        fk(
            &mut changes,
            (PlacementChanges::Table, PlacementChanges::RunId),
            (PlacementRuns::Table, PlacementRuns::Id),
            true,
        );
        manager.create_table(changes).await?;
        index(
            manager,
            "ix_placement_changes_run_pupil",
            PlacementChanges::Table,
            &[PlacementChanges::RunId, PlacementChanges::PupilId],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PlacementChanges::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ReserveOfferDecisions::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ReserveOffers::Table).to_owned())
            .await
    }
}
